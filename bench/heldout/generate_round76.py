#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 76 (dbt, hive, superset, metabase, airbyte) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (stack traces, tracebacks, SQL after its head, a
map or banner's later lines) have no label. Distinct calls of one process never share a
timestamp at the log's resolution (round 53's Clock). Five data and analytics tools:

- dbt Core 1.7.4 with dbt-postgres (`dbt.log`: the project's logs/dbt.log over four mornings,
  written without colour codes): each invocation's header (two blank lines, then
  `============================== 06:00:01.200000 | <invocation id> ==============================`),
  `06:00:01.200735 [info ] [MainThread]: ` lines (the time with no date, the level padded to
  five, the thread cut to ten: `[Thread-1 (]`, `[ThreadPool]`), empty `[info ]` lines, the
  connection and SQL lines of every node (`Using postgres connection "%s"`, `On %s: BEGIN`,
  `On %s: <SQL over several lines>`, `SQL status: %s in %.1f seconds`, `On %s: COMMIT`,
  `Timing info for %s (%s): %s => %s`, `On %s: Close`), the `N of M START ... [RUN]` and `OK
  created ... [SELECT 184211 in 3.21s]` lines padded with dots, `dbt test`'s PASS / WARN / FAIL
  lines, a database error (the Postgres error, `ROLLBACK`, `Database Error in model` with its
  lines, `ERROR creating`, two children `SKIP`ped, the summary), a compilation error and a
  refused connection stopping the run at once (`Encountered an error:` with the error's lines
  under it), a selected rerun, `Finished running ...`, `Done. PASS=... TOTAL=...`, the resource
  report and `Command `dbt run` succeeded at ... / failed at ...`.
- Apache Hive 3.1.3 HiveServer2 (`hive-server2.log`: hive-log4j2.properties'
  `%d{ISO8601} %5p [%t] %c{2}: %m%n`, the level padded to five so INFO has two blanks before
  it): the STARTUP_MSG banner, Tez sessions opened, Superset's pooled sessions, an Airflow
  session every half hour and an analyst's beeline sessions (`Session opened, SessionHandle
  [%s], current sessions:%d`, HDFS and local scratch directories), each query's operation,
  compile and execute lines (`Compiling command(queryId=%s): %s`, `Completed compiling
  command(queryId=%s); Time taken: %.3f seconds`, `Updating thread name to %s %s` / `Resetting
  thread name to  %s`, Tez's `Status: Running (Executing on YARN cluster with App id %s)`,
  `Status: DAG finished successfully in %.2f seconds`, stats of the inserted partition),
  `FAILED: SemanticException [Error 10001]: Line 1:14 Table not found '%s'`, `[Error 10004]`
  and a ParseException each with its stack and Thrift's `Error executing statement: `; the
  metastore down eleven minutes (`MetaStoreClient lost connection. Attempting to reconnect (1
  of 24) after 5s. get_table_req` with its stack, `Failed to connect to the MetaStore
  Server...`, `FAILED: SemanticException org.apache.hadoop.hive.ql.metadata.HiveException:
  ...Unable to instantiate ...SessionHiveMetaStoreClient`, the reconnects); a Tez vertex
  failing on a map task's OOM (`FAILED: Execution Error, return code 2 from ...TezTask.
  Vertex failed, ...`, `Error running hive query: ` with its stack) and the retry; two
  JvmPauseMonitor pauses over two lines; Superset's sessions dropped without closing.
- Apache Superset 3.1.3 (`superset.log`: the web pod's stdout, gunicorn 21.2's `[time +0000]
  [pid] [LEVEL] ` lines and access log, the app's `2024-06-04 06:00:04,743:INFO:superset.config:`
  lines; `superset-worker.log`: the Celery 5.3 worker's banner and `[time: LEVEL/process] `
  lines): four workers booting (config, CSP and cache warnings each), dashboards and their
  charts' `POST /api/v1/chart/data`, the probe's `/health`, SQL Lab's async queries (`Query %i:
  Running query on a Celery worker`, the worker's `Task sql_lab.get_sql_results[%s] received`,
  `Query %d: Executing %d statement(s)` ... `succeeded in %ss: None`, the UI polling
  `/api/v1/query/updated_since`), two Hive errors (`Query %d: <class
  'pyhive.exc.OperationalError'>` with its traceback), the reports scheduler each minute and an
  alert on the hour, a failed login, a gunicorn worker timed out and killed, the metadata
  database's pool exhausted (`Exception on /api/v1/chart/data [POST]` with its traceback, 500s),
  Redis gone six minutes (flask_caching's `Exception possibly due to cache backend.`, `Could not
  cache key %s` and the Redis error, SQL Lab's execute failing, the worker's `Connection to
  broker lost` and `Cannot connect to redis://redis:6379/0: ... Trying again in 2.00 seconds...
  (1/100)` over three lines), a redeploy.
- Metabase 0.49.3 (`metabase.log`: the container's stdout, `2024-06-04 06:00:03,200 INFO
  metabase.core :: `, the logger cut to its last two parts): start-up (the version banner over
  several lines, `System info:` and its map, plugins, `Registered driver :postgres (parents:
  [:sql-jdbc]) 🚚`, migrations, tasks), the API log at DEBUG (`GET /api/dashboard/4 200 147.6
  ms (22 DB calls) App DB connections: 2/15 Jetty threads: 6/50 (5 idle, 0 queued) (106 total
  active threads) Queries in flight: 1 (0 queued)`, each card's `POST
  /api/dashboard/%s/dashcard/%s/card/%s/query 202 [ASYNC: completed] ...; postgres DB 2
  connections: 1/6 (0 threads blocked)`), hourly `Sync metadata` and `Analyze data` of two
  databases with each step's STARTING / FINISHED and the `####` summary block; a card with a
  renamed column failing until it is edited (`Error processing query: ERROR: column "%s" does
  not exist` then the query's map over 25 lines); the `Events` MySQL unreachable for an hour
  (`Failed to connect to Database` with the driver's stack, `Error running step '%s' for %s`
  with a `clojure.lang.ExceptionInfo` and `at` lines, cards failing with `Communications link
  failure`); the 08:00 subscription's SMTP timeout; a restart.
- Airbyte 0.50.33 on Kubernetes (`job-<job>-<attempt>.log`, 27 attempts' job logs): the
  worker's lines in its logback layout (`2024-06-04 06:00:01 INFO
  i.a.w.t.TemporalAttemptExecution(get):138 - Docker volume job log path: ...`, LineGobbler's
  empty lines around `----- START CHECK -----`), the check pods, the orchestrator pod, then the
  containers' lines (`source > `, `destination > `, `replication-orchestrator > Records read:
  5000 (2 MB)`), each stream's lines (a Python CDK source's `Marking stream %s as STARTED`,
  `Read %d records from %s stream`, Java sources' `Queueing query for table: %s`), the sync
  summary's JSON, `failures: [ ]`; Stripe's 429 back-offs, an expired Stripe key failing two
  attempts' checks (`Completing future exceptionally...` with the WorkerException's stack,
  `Retry State: RetryManager(...)`, `Backing off for: 10 seconds.`), the Postgres source's
  connection reset mid-sync (its PSQLException, `readFromSource: exception caught` with a Java
  stack, the failure's JSON) and the retry.

Label notes. The rules of rounds 51 to 74 hold. dbt's time, level and thread, Hive's time,
level, thread and logger, Superset's time, level and logger (and gunicorn's time, pid and
level; Celery's time, level and process), Metabase's time, level and logger, Airbyte's time,
level and `logger(method):line - ` and the `source > ` / `destination > ` /
`replication-orchestrator > ` prefixes are context: the message is the label. An empty message
(dbt's and Airbyte's LineGobbler's blank lines) is labelled `(empty message)`. dbt's SQL after
`On %s: ` is a value, but `BEGIN` and `COMMIT`, which dbt passes literally
(`add_query("BEGIN")`), are wording: `On %s: BEGIN`, `On %s: COMMIT` (SQLCommit's line, written
the same, shares the label). A model's materialization, a status the database returns (`SELECT
184211`, `CREATE VIEW`), Hive's user names and file-system schemes, Airbyte's commands and pod
statuses are values; Metabase's operation (`Sync metadata for %s`, `Analyze data for %s`,
formatted by their callers) is wording, its step names values. Access lines (gunicorn's,
Metabase's API log) are labelled as access records with method, route and status. An error's
text inside a message contributes its format (`Postgres adapter: Postgres error: column "%s"
does not exist`, Hive's `FAILED: SemanticException [Error 10001]: ...`, Metabase's `Error
processing query: ERROR: column "%s" does not exist\n  Position: %d`); a multi-line message's
label holds its later lines' formats with `\n` (dbt's `Encountered an error:\n...`). A stack
trace, a traceback, a query's map, the Celery banner's lines and the SQL after `On %s:` belong
to their event.

Sources: written from the helper's knowledge of each program's source and of real logs, not
checked against copies in this session; least sure: dbt 1.7's header layout (the time only, as
1.5 and later write it), the order of the start-up lines and `Command end result`, the
adapter's wording for a refused connection; Hive's Tez lines (`Dag name:`, the session pool's
lines), `Partition {%s} stats: [...]` and the operation manager's lines; Superset's `Query %i:
Running query on a Celery worker`, the reports scheduler's lines, whether the chart data API
logs anything on a cache miss (taken as not); Metabase's API line after `Queries in flight`
(the query endpoints' `; postgres DB 2 connections: ...`), the sync summary's layout, the
`Failed to connect to Database` and `Error running step` wordings, the pulse lines (invented
where unknown); Airbyte 0.50's worker lines and line numbers, the pod lines and the source
connectors' wording. Timestamps of Airbyte's job logs are in seconds; the Clock works in
milliseconds, so a burst shares a second as in the real logs. Run it only to change the data on
purpose: `python bench/heldout/generate_round76.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records, secs
from generate_round53 import pyframes
from generate_round55 import poisson
from generate_round65 import Out


def day(d: int, h: int, m: int, s: float = 0) -> datetime:
    """An instant of June 2024 (UTC): the round's runs span several days."""
    return datetime(2024, 6, d, h, m, tzinfo=UTC) + timedelta(seconds=s)


def jframes(*frames: str) -> list[str]:
    """A Java stack trace's frame lines as `printStackTrace` writes them."""
    return [f"\tat {f}" for f in frames]


# --------------------------------------------------------------------------------- dbt

DBT_VERSION = "1.7.4"
# (name, schema, materialization, stage, rows per run)
DBT_MODELS = [
    ("stg_orders", "staging", "view", 0, 0),
    ("stg_customers", "staging", "view", 0, 0),
    ("stg_payments", "staging", "view", 0, 0),
    ("stg_products", "staging", "view", 0, 0),
    ("stg_order_items", "staging", "view", 0, 0),
    ("stg_sessions", "staging", "view", 0, 0),
    ("stg_inventory", "staging", "view", 0, 0),
    ("int_orders_enriched", "intermediate", "table", 1, 184000),
    ("int_customer_ltv", "intermediate", "table", 1, 41200),
    ("int_payments_pivoted", "intermediate", "table", 1, 179000),
    ("int_sessions_daily", "intermediate", "table", 1, 2900),
    ("dim_customers", "marts", "table", 2, 41200),
    ("dim_products", "marts", "table", 2, 1830),
    ("fct_orders", "marts", "table", 2, 184000),
    ("fct_order_items", "marts", "table", 2, 512000),
    ("fct_inventory_snapshots", "marts", "incremental", 2, 1830),
    ("fct_revenue_daily", "marts", "table", 3, 1461),
    ("agg_customer_cohorts", "marts", "table", 3, 48),
]
DBT_TESTS = [
    "not_null_stg_orders_order_id",
    "unique_stg_orders_order_id",
    "unique_stg_customers_customer_id",
    "accepted_values_stg_orders_status__placed__shipped__completed__returned",
    "relationships_stg_orders_customer_id__customer_id__ref_stg_customers_",
    "accepted_values_stg_payments_payment_method__credit_card__paypal__bank_transfer__gift_card",
    "not_null_fct_orders_order_id",
    "unique_fct_orders_order_id",
    "unique_dim_customers_customer_id",
    "unique_dim_products_product_id",
    "dbt_utils_expression_is_true_fct_orders_amount_0",
    "source_not_null_shop_raw_orders_id",
]
DBT_SQL = {
    "view": 'create view "warehouse"."analytics_{schema}"."{name}__dbt_tmp"\n    \n    \n  as (\n    with source as (\n\n    select * from "warehouse"."raw"."{src}"\n\n),\n\nrenamed as (\n\n    select\n        id as {key},\n        *\n    from source\n\n)\n\nselect * from renamed\n  );',
    "table": '\n  \n    \n\n  create  table "warehouse"."analytics_{schema}"."{name}__dbt_tmp"\n  \n  \n    as\n  \n  (\n    select\n    o.order_id,\n    o.customer_id,\n    o.ordered_at,\n    sum(i.amount) as amount\nfrom "warehouse"."analytics_staging"."stg_orders" o\njoin "warehouse"."analytics_staging"."stg_order_items" i using (order_id)\ngroup by 1, 2, 3\n  );\n  ',
}


def dbt(r: random.Random) -> list[Log]:
    """dbt Core 1.7.4 with dbt-postgres, `logs/dbt.log` of a project `shop` run by cron each
    morning from 1 to 4 June, 4 threads: 20 models (8 staging views, 4 intermediate tables, 7
    marts tables and an incremental one), `dbt test` after a good run. 1 June: run and test
    (one test warns). 2 June: `fct_orders` fails with a database error (a renamed column),
    its three children are skipped. 3 June: a bad `ref` stops the run at parsing; fixed and
    run by hand at 09:40. 4 June: the warehouse refuses connections (maintenance), the run
    fails at once; rerun at 06:30 and tested (one test fails)."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{t:%H:%M:%S}.{t.microsecond:06d} [{lvl:<5}] [{ctx[:10]}]: "

    o = Out(1, ["d"], head)

    def D(
        t: datetime,
        lvl: str,
        th: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        cont: list[str] | None = None,
    ) -> datetime:
        return o.e("d", t, fmt, *args, lvl=lvl, ctx=th, msg=msg, cont=cont or [], proc=th)

    def comment(node: str) -> str:
        return json.dumps(
            {
                "app": "dbt",
                "dbt_version": DBT_VERSION,
                "profile_name": "shop",
                "target_name": "prod",
                "node_id": node,
            }
        )

    def hms(t: datetime) -> str:
        return f"{t:%H:%M:%S}.{t.microsecond:06d}"

    def query(
        t: datetime, th: str, conn: str, sql: str, status: str, lo: float = 0.002, hi: float = 0.05
    ) -> datetime:
        """ConnectionUsed, SQLQuery (a statement `sql`, or BEGIN / COMMIT) and SQLQueryStatus."""
        t = D(t, "debug", th, 'Using postgres connection "%s"', conn)
        if sql in ("BEGIN", "COMMIT"):
            t = D(t + secs(r, 0.0001, 0.001), "debug", th, f"On %s: {sql}", conn)
        else:
            t = D(
                t + secs(r, 0.0001, 0.001),
                "debug",
                th,
                "On %s: %s",
                msg=f"On {conn}: /* {comment(conn if '.' in conn else 'connection')} */\n{sql}",
            )
        took = r.uniform(lo, hi)
        return D(
            t + timedelta(seconds=took),
            "debug",
            th,
            "SQL status: %s in %.1f seconds",
            status,
            took,
        )

    def begin(t: datetime, th: str, conn: str, state: str) -> datetime:
        t = D(t, "debug", th, 'Using postgres connection "%s"', conn)
        t = D(t + secs(r, 0.0001, 0.001), "debug", th, "On %s: BEGIN", conn)
        t = D(
            t + secs(r, 0.0001, 0.001),
            "debug",
            th,
            "Opening a new connection, currently in state %s",
            state,
        )
        return D(
            t + secs(r, 0.005, 0.03), "debug", th, "SQL status: %s in %.1f seconds", "BEGIN", 0.0
        )

    def invocation(t: datetime, cmd: str, changed: list[str]) -> tuple[datetime, str]:
        inv = uuid4(r)
        o.files["d"].add(t - timedelta(microseconds=1), ["", ""], None)  # type: ignore[arg-type]
        o.files["d"].add(
            t,
            [f"============================== {hms(t)} | {inv} =============================="],
            "============================== %s | %s ==============================",
        )
        t = D(t + secs(r, 0.0001, 0.001), "info", "MainThread", "Running with dbt=%s", DBT_VERSION)
        args = {
            "printer_width": "80",
            "indirect_selection": "eager",
            "log_cache_events": "False",
            "write_json": "True",
            "partial_parse": "True",
            "cache_selected_only": "False",
            "profiles_dir": "/home/dbt/.dbt",
            "fail_fast": "False",
            "version_check": "True",
            "log_path": "/srv/dbt/shop/logs",
            "debug": "False",
            "warn_error": "None",
            "use_colors": "True",
            "use_experimental_parser": "False",
            "no_print": "None",
            "quiet": "False",
            "warn_error_options": "WarnErrorOptions(include=[], exclude=[])",
            "invocation_command": f"dbt {cmd}",
            "log_format": "default",
            "static_parser": "True",
            "target_path": "None",
            "introspect": "True",
            "send_anonymous_usage_stats": "True",
        }
        t = D(
            t + secs(r, 0.001, 0.003),
            "debug",
            "MainThread",
            "running dbt with arguments %s",
            str(args),
        )
        t = D(
            t + secs(r, 0.3, 0.6),
            "info",
            "MainThread",
            "Registered adapter: %s=%s",
            "postgres",
            DBT_VERSION,
        )
        t = D(
            t + secs(r, 0.01, 0.05),
            "debug",
            "MainThread",
            "checksum: %s, vars: %s, profile: %s, target: %s, version: %s",
            hexid(r, 64),
            "{}",
            "",
            "",
            DBT_VERSION,
        )
        if changed == ["full"]:
            t = D(
                t + secs(r, 0.01, 0.03),
                "info",
                "MainThread",
                "Unable to do partial parsing because a project config has changed",
            )
            t += secs(r, 4, 7)
        else:
            t = D(
                t + secs(r, 0.05, 0.2),
                "debug",
                "MainThread",
                "Partial parsing enabled: %d files deleted, %d files added, %d files changed.",
                0,
                0,
                len(changed),
            )
            for f in changed:
                t = D(
                    t + secs(r, 0.001, 0.01),
                    "debug",
                    "MainThread",
                    "Partial parsing: updated file: %s",
                    f"shop://{f}",
                )
        t = D(
            t + secs(r, 0.2, 0.8),
            "debug",
            "MainThread",
            "Sending event: %s",
            f"{{'category': 'dbt', 'action': 'load_project', 'label': '{inv}', 'context': [<snowplow_tracker.self_describing_json.SelfDescribingJson object at 0x7f{hexid(r, 10)}>]}}",
        )
        return t, inv

    def parsed(t: datetime) -> datetime:
        t = D(
            t + secs(r, 0.05, 0.2),
            "warn",
            "MainThread",
            "[WARNING]: Configuration paths exist in your dbt_project.yml file which do not apply to any resources.\\nThere are %d unused configuration paths:\\n%s",
            msg="[WARNING]: Configuration paths exist in your dbt_project.yml file which do not apply to any resources.\nThere are 1 unused configuration paths:\n- models.shop.legacy",
        )
        t = D(
            t + secs(r, 0.01, 0.05),
            "info",
            "MainThread",
            "Found %s",
            f"{len(DBT_MODELS)} models, {len(DBT_TESTS)} tests, 6 sources, 0 exposures, 0 metrics, 471 macros, 0 groups, 0 semantic models",
        )
        return D(t + secs(r, 0.0001, 0.001), "info", "MainThread", "(empty message)", msg="")

    def lists(t: datetime) -> datetime:
        th = "ThreadPool"
        t = D(t, "debug", th, "Acquiring new postgres connection '%s'", "list_warehouse")
        t = D(
            t + secs(r, 0.0001, 0.001),
            "debug",
            th,
            'Using postgres connection "%s"',
            "list_warehouse",
        )
        t = D(
            t + secs(r, 0.0001, 0.001),
            "debug",
            th,
            "On %s: %s",
            msg=f"On list_warehouse: /* {comment('connection.list_warehouse')} */\n\n    select distinct nspname from pg_namespace\n  ",
        )
        t = D(
            t + secs(r, 0.0001, 0.001),
            "debug",
            th,
            "Opening a new connection, currently in state %s",
            "init",
        )
        t = D(
            t + secs(r, 0.01, 0.05), "debug", th, "SQL status: %s in %.1f seconds", "SELECT 9", 0.0
        )
        t = D(t + secs(r, 0.0001, 0.001), "debug", th, "On %s: Close", "list_warehouse")
        prev = "list_warehouse"
        for schema in ["staging", "intermediate", "marts"]:
            conn = f"list_warehouse_analytics_{schema}"
            t = D(
                t + secs(r, 0.001, 0.005),
                "debug",
                th,
                "Re-using an available connection from the pool (formerly %s, now %s)",
                prev,
                conn,
            )
            t = begin(t + secs(r, 0.0001, 0.001), th, conn, "closed")
            n = sum(1 for m in DBT_MODELS if m[1] == schema)
            t = query(
                t + secs(r, 0.0001, 0.001),
                th,
                conn,
                f"select\n      'warehouse' as database,\n      tablename as name,\n      schemaname as schema,\n      'table' as type\n    from pg_tables\n    where schemaname ilike 'analytics_{schema}'\n    union all\n    select\n      'warehouse' as database,\n      viewname as name,\n      schemaname as schema,\n      'view' as type\n    from pg_views\n    where schemaname ilike 'analytics_{schema}'\n  ",
                f"SELECT {n}",
            )
            t = D(t + secs(r, 0.0001, 0.001), "debug", th, "On %s: ROLLBACK", conn)
            t = D(t + secs(r, 0.0001, 0.001), "debug", th, "On %s: Close", conn)
            prev = conn
        th = "MainThread"
        t = begin(t + secs(r, 0.001, 0.01), th, "master", "init")
        t = query(
            t,
            th,
            "master",
            "with relation as (\n        select\n            pg_rewrite.ev_class as class,\n            pg_rewrite.oid as id\n        from pg_rewrite\n    ),\n    class as (\n        select\n            oid as id,\n            relname as name,\n            relnamespace as schema,\n            relkind as kind\n        from pg_class\n    ),\n    ...\n    select distinct * from relationships order by 1, 2\n  ",
            f"SELECT {r.randrange(10, 16)}",
            0.03,
            0.09,
        )
        t = D(t + secs(r, 0.0001, 0.001), "debug", th, "On %s: ROLLBACK", "master")
        t = D(t + secs(r, 0.0001, 0.001), "debug", th, "On %s: Close", "master")
        t = D(
            t + secs(r, 0.001, 0.005),
            "info",
            th,
            "Concurrency: %d threads (target='%s')",
            4,
            "prod",
        )
        return D(t + secs(r, 0.0001, 0.001), "info", th, "(empty message)", msg="")

    def dots(prefix: str) -> str:
        return "." * max(3, 80 - len(prefix) - 1)

    def node_steps(
        t: datetime,
        th: str,
        node: str,
        prev: str,
        build: list[tuple[str, str]],
        err: str | None,
        is_test: bool = False,
    ) -> tuple[datetime, bool]:
        """A node's debug lines on its thread, from the pool connection to `Finished running
        node`: the compile step, then BEGIN and each (sql, status) of `build`; `err`: the
        Postgres error the first statement raises."""
        t = D(
            t + secs(r, 0.0005, 0.002),
            "debug",
            th,
            "Re-using an available connection from the pool (formerly %s, now %s)",
            prev,
            node,
        )
        t = D(t + secs(r, 0.0001, 0.001), "debug", th, "Began running node %s", node)
        c0 = D(t + secs(r, 0.0001, 0.001), "debug", th, "Began compiling node %s", node)
        t = D(c0 + secs(r, 0.005, 0.04), "debug", th, 'Writing injected SQL for node "%s"', node)
        t = D(
            t + secs(r, 0.0005, 0.002),
            "debug",
            th,
            "Timing info for %s (%s): %s => %s",
            node,
            "compile",
            hms(c0),
            hms(t),
        )
        e0 = D(t + secs(r, 0.0001, 0.001), "debug", th, "Began executing node %s", node)
        t = e0
        if not is_test:
            t = D(t + secs(r, 0.002, 0.01), "debug", th, 'Writing runtime sql for node "%s"', node)
            t = begin(t + secs(r, 0.0001, 0.001), th, node, "closed")
        ok = True
        for i, (sql, status) in enumerate(build):
            if is_test:
                t = D(
                    t + secs(r, 0.0005, 0.002), "debug", th, 'Using postgres connection "%s"', node
                )
                t = D(
                    t + secs(r, 0.0001, 0.001),
                    "debug",
                    th,
                    "On %s: %s",
                    msg=f"On {node}: /* {comment(node)} */\n{sql}",
                )
                t = D(
                    t + secs(r, 0.0001, 0.001),
                    "debug",
                    th,
                    "Opening a new connection, currently in state %s",
                    "closed",
                )
                took = r.uniform(0.02, 0.4)
                t = D(
                    t + timedelta(seconds=took),
                    "debug",
                    th,
                    "SQL status: %s in %.1f seconds",
                    status,
                    took,
                )
                continue
            if sql.startswith("drop "):
                t = D(
                    t + secs(r, 0.001, 0.005),
                    "debug",
                    th,
                    "Applying DROP to: %s",
                    sql.split()[4],
                )
            if err and i == 0:
                t = D(
                    t + secs(r, 0.0005, 0.002), "debug", th, 'Using postgres connection "%s"', node
                )
                t = D(
                    t + secs(r, 0.0001, 0.001),
                    "debug",
                    th,
                    "On %s: %s",
                    msg=f"On {node}: /* {comment(node)} */\n{sql}",
                )
                t = D(
                    t + secs(r, 0.01, 0.05),
                    "debug",
                    th,
                    'Postgres adapter: Postgres error: column "%s" does not exist',
                    msg=f'Postgres adapter: Postgres error: column "{err}" does not exist\nLINE 12:     sum(i.{err}) as discounts\n                 ^',
                )
                t = D(t + secs(r, 0.0001, 0.001), "debug", th, "On %s: ROLLBACK", node)
                ok = False
                break
            lo, hi = (0.5, 9.0) if status.startswith(("SELECT", "INSERT")) else (0.002, 0.03)
            t = query(t + secs(r, 0.0005, 0.002), th, node, sql, status, lo, hi)
        if ok and not is_test:
            t = D(t + secs(r, 0.0005, 0.002), "debug", th, "On %s: COMMIT", node)
            t = query(t + secs(r, 0.0001, 0.001), th, node, "COMMIT", "COMMIT", 0.002, 0.02)
        t = D(
            t + secs(r, 0.0005, 0.002),
            "debug",
            th,
            "Timing info for %s (%s): %s => %s",
            node,
            "execute",
            hms(e0),
            hms(t),
        )
        t = D(t + secs(r, 0.0001, 0.001), "debug", th, "On %s: Close", node)
        if not ok:
            path = f"models/marts/{node.split('.')[-1]}.sql"
            t = D(
                t + secs(r, 0.0005, 0.002),
                "debug",
                th,
                "Database Error in model %s (%s)",
                msg=f'Database Error in model {node.split(".")[-1]} ({path})\n  column "{err}" does not exist\n  LINE 12:     sum(i.{err}) as discounts\n                   ^\n  compiled Code at target/run/shop/{path}',
            )
        t = D(t + secs(r, 0.0005, 0.002), "debug", th, "Finished running node %s", node)
        return t, ok

    def model_sql(
        name: str, schema: str, mat: str, rows: int, when: datetime
    ) -> list[tuple[str, str]]:
        rel = f'"warehouse"."analytics_{schema}"."{name}"'
        if mat == "view":
            src = name.removeprefix("stg_")
            sql = DBT_SQL["view"].format(
                schema=schema, name=name, src=src, key=f"{src.rstrip('s')}_id"
            )
            return [
                (f"\n\n  {sql}", "CREATE VIEW"),
                (f'alter table {rel} rename to "{name}__dbt_backup"', "ALTER TABLE"),
                (
                    f'alter table "warehouse"."analytics_{schema}"."{name}__dbt_tmp" rename to "{name}"',
                    "ALTER TABLE",
                ),
                (
                    f'drop view if exists "warehouse"."analytics_{schema}"."{name}__dbt_backup" cascade',
                    "DROP VIEW",
                ),
            ]
        if mat == "incremental":
            tmp = f"{name}__dbt_tmp{when:%H%M%S}{when.microsecond:06d}"
            n = r.randrange(1700, 1900)
            return [
                (
                    f'\n  \n    \n\n  create temporary table "{tmp}"\n  \n  \n    as\n  \n  (\n    select product_id, current_date as snapshot_date, quantity_on_hand\nfrom "warehouse"."analytics_staging"."stg_inventory"\n\n  where current_date > (select max(snapshot_date) from {rel})\n\n  );\n  ',
                    f"SELECT {n}",
                ),
                (
                    f"select\n          column_name,\n          data_type,\n          character_maximum_length,\n          numeric_precision,\n          numeric_scale\n\n      from \"warehouse\".INFORMATION_SCHEMA.columns\n      where table_name = '{tmp}'\n        \n      order by ordinal_position\n\n  ",
                    "SELECT 3",
                ),
                (
                    f'\n      insert into {rel} ("product_id", "snapshot_date", "quantity_on_hand")\n    (\n        select "product_id", "snapshot_date", "quantity_on_hand"\n        from "{tmp}"\n    )\n\n\n  ',
                    f"INSERT 0 {n}",
                ),
            ]
        sql = DBT_SQL["table"].format(schema=schema, name=name)
        n = int(rows * r.uniform(0.98, 1.03))
        return [
            (sql, f"SELECT {n}"),
            (f'alter table {rel} rename to "{name}__dbt_backup"', "ALTER TABLE"),
            (
                f'alter table "warehouse"."analytics_{schema}"."{name}__dbt_tmp" rename to "{name}"',
                "ALTER TABLE",
            ),
            (
                f'drop table if exists "warehouse"."analytics_{schema}"."{name}__dbt_backup" cascade',
                "DROP TABLE",
            ),
        ]

    def schedule(
        t: datetime, items: list[tuple[str, int]], work
    ) -> tuple[datetime, dict[str, str]]:
        """Runs `work(t, thread, index, prev_conn) -> (end, conn)` for each (name, stage) on 4
        threads; a stage starts when the one before it is done."""
        free = {f"Thread-{i} (worker)": t for i in range(1, 5)}
        prev = {
            f"Thread-{i} (worker)": f"list_warehouse_analytics_{s}"
            for i, s in zip(
                range(1, 5), ["staging", "intermediate", "marts", "staging"], strict=True
            )
        }
        stage_end = t
        cur_stage = 0
        ends: list[datetime] = []
        for i, (_name, stage) in enumerate(items, 1):
            if stage != cur_stage:
                stage_end = max(ends) if ends else t
                cur_stage = stage
            th = min(free, key=lambda k: free[k])
            start = max(free[th], stage_end) + secs(r, 0.002, 0.02)
            end, conn = work(start, th, i, prev[th])
            free[th] = end
            prev[th] = conn
            ends.append(end)
        return max(ends), prev

    def run(
        t: datetime, failing: str | None = None, select: list[str] | None = None
    ) -> tuple[datetime, int, int]:
        t = lists(t)
        models = [m for m in DBT_MODELS if select is None or m[0] in select]
        total = len(models)
        failed: set[str] = set()
        skipped: set[str] = set()
        counts = {"view": 0, "table": 0, "incremental": 0}
        results: list[tuple[str, str]] = []

        def work(start: datetime, th: str, i: int, prev: str) -> tuple[datetime, str]:
            name, schema, mat, stage, rows = models[i - 1]
            node = f"model.shop.{name}"
            rel = f"analytics_{schema}.{name}"
            counts[mat] += 1
            if failed and stage == 3:
                msg = f"{i} of {total} SKIP relation {rel} "
                t = D(
                    start,
                    "info",
                    th,
                    "%d of %d SKIP relation %s %s [SKIP]",
                    msg=f"{msg}{dots(msg)} [SKIP]",
                )
                skipped.add(name)
                return t, prev
            desc = f"sql {mat} model {rel}"
            msg = f"{i} of {total} START {desc} "
            t = D(
                start,
                "info",
                th,
                "%d of %d START sql %s model %s %s [RUN]",
                msg=f"{msg}{dots(msg)} [RUN]",
            )
            err = "discount_amt" if name == failing else None
            t, ok = node_steps(t, th, node, prev, model_sql(name, schema, mat, rows, t), err)
            took = (t - start).total_seconds()
            if ok:
                status = {"view": "CREATE VIEW", "table": "SELECT", "incremental": "INSERT 0"}[mat]
                if mat != "view":
                    status += f" {int(rows * r.uniform(0.98, 1.03))}"
                msg = f"{i} of {total} OK created {desc} "
                t = D(
                    t + secs(r, 0.0005, 0.002),
                    "info",
                    th,
                    "%d of %d OK created sql %s model %s %s [%s in %.2fs]",
                    msg=f"{msg}{dots(msg)} [{status} in {took:.2f}s]",
                )
            else:
                failed.add(name)
                msg = f"{i} of {total} ERROR creating {desc} "
                t = D(
                    t + secs(r, 0.0005, 0.002),
                    "error",
                    th,
                    "%d of %d ERROR creating sql %s model %s %s [ERROR in %.2fs]",
                    msg=f"{msg}{dots(msg)} [ERROR in {took:.2f}s]",
                )
                results.append((name, schema))
            return t, node

        end, conns = schedule(t, [(m[0], m[3]) for m in models], work)
        t = end + secs(r, 0.002, 0.01)
        for c in ["master", *conns.values()]:
            t = D(
                t + secs(r, 0.0001, 0.001),
                "debug",
                "MainThread",
                "Connection '%s' was properly closed.",
                c,
            )
        stat = ", ".join(
            f"{n} {k} model{'s' if n > 1 else ''}"
            for k, n in [
                ("table", counts["table"]),
                ("view", counts["view"]),
                ("incremental", counts["incremental"]),
            ]
        )
        stat = ", ".join(x for x in stat.split(", ") if not x.startswith("0 "))
        t = finish(t, "run", stat, len(failed), 0, len(skipped), total, failed_models=results)
        return t, len(failed), len(skipped)

    def finish(
        t: datetime,
        cmd: str,
        stat: str,
        errors: int,
        warns: int,
        skips: int,
        total: int,
        failed_models: list[tuple[str, str]] = (),  # type: ignore[assignment]
        failed_tests: list[tuple[str, int, bool]] = (),  # type: ignore[assignment]
        start: datetime | None = None,
    ) -> datetime:
        t = D(t + secs(r, 0.0005, 0.002), "info", "MainThread", "(empty message)", msg="")
        el = (t - starts[-1]).total_seconds()
        h, rem = divmod(el, 3600)
        m, s = divmod(rem, 60)
        t = D(
            t + secs(r, 0.0001, 0.001),
            "info",
            "MainThread",
            "Finished running %s in %d hours %d minutes and %.2f seconds (%.2fs).",
            stat,
            h,
            m,
            s,
            el,
        )
        t = D(t + secs(r, 0.001, 0.005), "debug", "MainThread", "Command end result")
        t = D(t + secs(r, 0.01, 0.04), "info", "MainThread", "(empty message)", msg="")
        if errors or warns:
            t = D(
                t + secs(r, 0.0001, 0.001),
                "error" if errors else "warn",
                "MainThread",
                "Completed with %s and %s:",
                f"{errors} error{'s' if errors != 1 else ''}",
                f"{warns} warning{'s' if warns != 1 else ''}",
            )
            for name, schema in failed_models:
                t = D(t + secs(r, 0.0001, 0.001), "info", "MainThread", "(empty message)", msg="")
                path = f"models/{schema}/{name}.sql"
                t = D(
                    t + secs(r, 0.0001, 0.001),
                    "error",
                    "MainThread",
                    "Database Error in model %s (%s)",
                    msg=f'  Database Error in model {name} ({path})\n  column "discount_amt" does not exist\n  LINE 12:     sum(i.discount_amt) as discounts\n                   ^\n  compiled Code at target/run/shop/{path}',
                )
            for name, n, fail in failed_tests:
                t = D(t + secs(r, 0.0001, 0.001), "info", "MainThread", "(empty message)", msg="")
                yml = (
                    "models/marts/schema.yml"
                    if "fct" in name or "dim" in name
                    else "models/staging/schema.yml"
                )
                t = D(
                    t + secs(r, 0.0001, 0.001),
                    "error" if fail else "warn",
                    "MainThread",
                    "Failure in test %s (%s)" if fail else "Warning in test %s (%s)",
                    name,
                    yml,
                )
                t = D(
                    t + secs(r, 0.0001, 0.001),
                    "error" if fail else "warn",
                    "MainThread",
                    "Got %d results, configured to %s if %s",
                    msg=f"  Got {n} result{'s' if n != 1 else ''}, configured to {'fail' if fail else 'warn'} if != 0",
                )
                t = D(t + secs(r, 0.0001, 0.001), "info", "MainThread", "(empty message)", msg="")
                t = D(
                    t + secs(r, 0.0001, 0.001),
                    "info",
                    "MainThread",
                    "  compiled Code at %s",
                    f"target/compiled/shop/{yml}/{name}.sql",
                )
            t = D(t + secs(r, 0.0001, 0.001), "info", "MainThread", "(empty message)", msg="")
        else:
            t = D(t + secs(r, 0.0001, 0.001), "info", "MainThread", "Completed successfully")
            t = D(t + secs(r, 0.0001, 0.001), "info", "MainThread", "(empty message)", msg="")
        t = D(
            t + secs(r, 0.0001, 0.001),
            "info",
            "MainThread",
            "Done. PASS=%d WARN=%d ERROR=%d SKIP=%d TOTAL=%d",
            total - errors - warns - skips,
            warns,
            errors,
            skips,
            total,
        )
        return end_of(t, cmd, not errors)

    def end_of(t: datetime, cmd: str, ok: bool) -> datetime:
        el = (t - starts[-1]).total_seconds() + 0.2
        rep = {
            "command_name": cmd,
            "command_success": ok,
            "command_wall_clock_time": round(el, 6),
            "process_user_time": round(el * r.uniform(0.3, 0.6), 6),
            "process_kernel_time": round(r.uniform(0.3, 1.5), 6),
            "process_mem_max_rss": str(r.randrange(180000, 260000)),
            "process_out_blocks": str(r.randrange(4000, 9000)),
            "process_in_blocks": "0",
        }
        t = D(
            t + secs(r, 0.05, 0.15), "debug", "MainThread", "Resource report: %s", json.dumps(rep)
        )
        t = D(
            t + secs(r, 0.0001, 0.001),
            "debug",
            "MainThread",
            f"Command `%s` {'succeeded' if ok else 'failed'} at %s after %.2f seconds",
            f"dbt {cmd}",
            hms(t),
            el,
        )
        return D(t + secs(r, 0.0001, 0.001), "debug", "MainThread", "Flushing usage events")

    def test(t: datetime, outcome: dict[str, tuple[int, bool]]) -> datetime:
        t = lists(t)
        total = len(DBT_TESTS)
        res: list[tuple[str, int, bool]] = []
        errs = warns = 0

        def work(start: datetime, th: str, i: int, prev: str) -> tuple[datetime, str]:
            nonlocal errs, warns
            name = DBT_TESTS[i - 1]
            node = f"test.shop.{name}.{hexid(r, 10)}"
            msg = f"{i} of {total} START test {name} "
            t = D(
                start, "info", th, "%d of %d START test %s %s [RUN]", msg=f"{msg}{dots(msg)} [RUN]"
            )
            sql = f"\n    select\n      count(*) as failures,\n      count(*) != 0 as should_warn,\n      count(*) != 0 as should_error\n    from (\n      \n    \n    select {name.split('_')[-1]}\n    from ...\n\n      \n    ) dbt_internal_test"
            t, _ = node_steps(t, th, node, prev, [(sql, "SELECT 1")], None, is_test=True)
            took = (t - start).total_seconds()
            n, fail = outcome.get(name, (0, False))
            if n == 0:
                msg = f"{i} of {total} PASS {name} "
                t = D(
                    t + secs(r, 0.0005, 0.002),
                    "info",
                    th,
                    "%d of %d PASS %s %s [PASS in %.2fs]",
                    msg=f"{msg}{dots(msg)} [PASS in {took:.2f}s]",
                )
            elif fail:
                errs += 1
                res.append((name, n, True))
                msg = f"{i} of {total} FAIL {n} {name} "
                t = D(
                    t + secs(r, 0.0005, 0.002),
                    "error",
                    th,
                    "%d of %d FAIL %d %s %s [FAIL %d in %.2fs]",
                    msg=f"{msg}{dots(msg)} [FAIL {n} in {took:.2f}s]",
                )
            else:
                warns += 1
                res.append((name, n, False))
                msg = f"{i} of {total} WARN {n} {name} "
                t = D(
                    t + secs(r, 0.0005, 0.002),
                    "warn",
                    th,
                    "%d of %d WARN %d %s %s [WARN %d in %.2fs]",
                    msg=f"{msg}{dots(msg)} [WARN {n} in {took:.2f}s]",
                )
            return t, node

        end, conns = schedule(t, [(x, 0) for x in DBT_TESTS], work)
        t = end + secs(r, 0.002, 0.01)
        for c in ["master", *conns.values()]:
            t = D(
                t + secs(r, 0.0001, 0.001),
                "debug",
                "MainThread",
                "Connection '%s' was properly closed.",
                c,
            )
        return finish(t, "test", f"{total} tests", errs, warns, 0, total, failed_tests=res)

    def encountered(t: datetime, fmt: str, msg: str) -> datetime:
        t = D(
            t,
            "error",
            "MainThread",
            "Encountered an error:\\n" + fmt,
            msg="Encountered an error:\n" + msg,
        )
        return end_of(t, "run", False)

    starts: list[datetime] = []
    # 1 June
    starts.append(day(1, 6, 0, 1.2))
    t, _ = invocation(starts[-1], "run", [])
    t = run(parsed(t))[0]
    starts.append(t + secs(r, 2, 4))
    t, _ = invocation(starts[-1], "test", [])
    test(
        parsed(t),
        {"accepted_values_stg_orders_status__placed__shipped__completed__returned": (4, False)},
    )
    # 2 June
    starts.append(day(2, 6, 0, 1.4))
    t, _ = invocation(
        starts[-1], "run", ["models/marts/fct_orders.sql", "models/staging/stg_order_items.sql"]
    )
    run(parsed(t), failing="fct_orders")
    # 3 June: a bad ref stops the parse
    starts.append(day(3, 6, 0, 1.1))
    t, _ = invocation(starts[-1], "run", ["models/intermediate/int_customer_ltv.sql"])
    encountered(
        t + secs(r, 0.1, 0.3),
        "Compilation Error\\n  Model '%s' (%s) depends on a node named '%s' which was not found",
        "Compilation Error\n  Model 'model.shop.int_customer_ltv' (models/intermediate/int_customer_ltv.sql) depends on a node named 'stg_payment' which was not found",
    )
    starts.append(day(3, 9, 40, 12.5))
    t, _ = invocation(starts[-1], "run --select int_customer_ltv+", ["full"])
    run(parsed(t), select=["int_customer_ltv", "dim_customers", "agg_customer_cohorts"])
    # 4 June: the warehouse is down for maintenance
    starts.append(day(4, 6, 0, 1.3))
    t, _ = invocation(starts[-1], "run", [])
    t = parsed(t)
    t = D(
        t + secs(r, 0.001, 0.003),
        "debug",
        "ThreadPool",
        "Acquiring new postgres connection '%s'",
        "list_warehouse",
    )
    t = D(
        t + secs(r, 0.0001, 0.001),
        "debug",
        "ThreadPool",
        'Using postgres connection "%s"',
        "list_warehouse",
    )
    t = D(
        t + secs(r, 0.0001, 0.001),
        "debug",
        "ThreadPool",
        "On %s: %s",
        msg=f"On list_warehouse: /* {comment('connection.list_warehouse')} */\n\n    select distinct nspname from pg_namespace\n  ",
    )
    t = D(
        t + secs(r, 0.0001, 0.001),
        "debug",
        "ThreadPool",
        "Opening a new connection, currently in state %s",
        "init",
    )
    refused = 'connection to server at "warehouse.internal" (10.0.5.10), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?'
    t = D(
        t + secs(r, 0.01, 0.03),
        "debug",
        "ThreadPool",
        "Postgres adapter: Got an error when attempting to open a postgres connection: '%s'",
        msg=f"Postgres adapter: Got an error when attempting to open a postgres connection: '{refused}\n'",
    )
    t = D(
        t + secs(r, 0.0001, 0.001),
        "debug",
        "ThreadPool",
        "Postgres adapter: Error running SQL: %s",
        msg=f"Postgres adapter: Error running SQL: /* {comment('connection.list_warehouse')} */\n\n    select distinct nspname from pg_namespace\n  ",
    )
    encountered(
        t + secs(r, 0.01, 0.05),
        'Database Error\\n  connection to server at "%s" (%s), port %d failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?',
        'Database Error\n  connection to server at "warehouse.internal" (10.0.5.10), port 5432 failed: Connection refused\n  \tIs the server running on that host and accepting TCP/IP connections?',
    )
    starts.append(day(4, 6, 30, 2.2))
    t, _ = invocation(starts[-1], "run", [])
    t = run(parsed(t))[0]
    starts.append(t + secs(r, 2, 4))
    t, _ = invocation(starts[-1], "test", [])
    test(
        parsed(t),
        {
            "unique_fct_orders_order_id": (3, True),
            "accepted_values_stg_orders_status__placed__shipped__completed__returned": (2, False),
        },
    )
    return o.logs(day(1, 6, 0), {"d": "dbt.log"})


# --------------------------------------------------------------------------------- hive

HV_HOST = "hs2-0.hive.svc.cluster.local"
HV_METASTORE = "thrift://metastore-0.hive.svc.cluster.local:9083"
HV_SUPERSET = [
    (
        "SELECT `order_date` AS `order_date`, sum(`amount`) AS `SUM(amount)` FROM `sales`.`fct_orders` WHERE `order_date` >= '2024-05-28 00:00:00' AND `order_date` < '2024-06-04 00:00:00' GROUP BY `order_date` ORDER BY `SUM(amount)` DESC LIMIT 10000",
        "FieldSchema(name:order_date, type:date, comment:null), FieldSchema(name:sum(amount), type:decimal(28,2), comment:null)",
    ),
    (
        "SELECT `country` AS `country`, count(DISTINCT `customer_id`) AS `COUNT_DISTINCT(customer_id)` FROM `sales`.`dim_customers` GROUP BY `country` ORDER BY `COUNT_DISTINCT(customer_id)` DESC LIMIT 100",
        "FieldSchema(name:country, type:string, comment:null), FieldSchema(name:count_distinct(customer_id), type:bigint, comment:null)",
    ),
    (
        "SELECT `channel` AS `channel`, sum(`sessions`) AS `SUM(sessions)` FROM `web`.`sessions_daily` WHERE `dt` >= '2024-06-01' GROUP BY `channel` LIMIT 1000",
        "FieldSchema(name:channel, type:string, comment:null), FieldSchema(name:sum(sessions), type:bigint, comment:null)",
    ),
    (
        "SELECT count(*) AS `count` FROM `sales`.`fct_orders` WHERE `dt` = '2024-06-04' LIMIT 50000",
        "FieldSchema(name:count, type:bigint, comment:null)",
    ),
]
HV_ETL = [
    (
        "sales.fct_orders",
        "INSERT OVERWRITE TABLE sales.fct_orders PARTITION (dt='2024-06-04') SELECT o.order_id, o.customer_id, o.order_date, sum(i.amount) FROM staging.orders o JOIN staging.order_items i ON o.order_id = i.order_id WHERE o.dt = '2024-06-04' GROUP BY o.order_id, o.customer_id, o.order_date",
    ),
    (
        "web.sessions_daily",
        "INSERT OVERWRITE TABLE web.sessions_daily PARTITION (dt='2024-06-04') SELECT channel, count(*) AS sessions, sum(pageviews) AS pageviews FROM web.events WHERE dt = '2024-06-04' GROUP BY channel",
    ),
]


def hive(r: random.Random) -> list[Log]:
    """HiveServer2 3.1.3 (`hive-server2.log`, the distribution's hive-log4j2.properties:
    `%d{ISO8601} %5p [%t] %c{2}: %m%n`), 4 June 06:00 to 10:00, with Tez on YARN and a remote
    metastore. Superset's pooled sessions run dashboard queries every minute or two (Tez), an
    Airflow DAG opens a session every half hour for two `INSERT OVERWRITE`s, an analyst's
    beeline sessions mix good queries with a missing table, a bad column and a typo (each
    `FAILED:` with its exception's stack and Thrift's `Error executing statement:`). The
    metastore is down from 07:20 to 07:31 (lost connections with their stack, reconnect
    attempts, `Unable to instantiate ...SessionHiveMetaStoreClient`); a Tez DAG fails at 08:32
    on a map task's OOM (the Airflow task retried and succeeds); two GC pauses; superset's
    connections dropped without closing."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        th, lg = ctx.split("|")
        return f"{t:%Y-%m-%dT%H:%M:%S},{t.microsecond // 1000:03d} {lvl:>5} [{th}] {lg}: "

    o = Out(1000, ["h"], head)
    t0, t_end = day(4, 6, 0, 1.1), day(4, 10, 0)
    ms_down, ms_up = day(4, 7, 20, 4), day(4, 7, 31, 40)
    st = {"handler": 40, "bg": 60, "sessions": 0, "conns": 0}
    stale: set[str] = set()

    def H(
        t: datetime,
        lvl: str,
        th: str,
        lg: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        cont: list[str] | None = None,
    ) -> datetime:
        return o.e("h", t, fmt, *args, lvl=lvl, ctx=f"{th}|{lg}", msg=msg, cont=cont or [], proc=th)

    def ms_connect(t: datetime, th: str) -> datetime:
        t = H(
            t,
            "INFO",
            th,
            "metastore.HiveMetaStoreClient",
            "Trying to connect to metastore with URI %s",
            HV_METASTORE,
        )
        st["conns"] += 1
        t = H(
            t + secs(r, 0.005, 0.03),
            "INFO",
            th,
            "metastore.HiveMetaStoreClient",
            "Opened a connection to metastore, current connections: %d",
            st["conns"],
        )
        return H(
            t + secs(r, 0.002, 0.01),
            "INFO",
            th,
            "metastore.HiveMetaStoreClient",
            "Connected to metastore.",
        )

    def start(t: datetime) -> datetime:
        th = "main"
        t = H(
            t,
            "INFO",
            th,
            "server.HiveServer2",
            "STARTUP_MSG: \\n/************************************************************\\nSTARTUP_MSG: Starting %s\\nSTARTUP_MSG:   host = %s\\nSTARTUP_MSG:   args = %s\\nSTARTUP_MSG:   version = %s\\nSTARTUP_MSG:   classpath = %s\\nSTARTUP_MSG:   build = %s\\nSTARTUP_MSG:   java = %s\\n************************************************************/",
            msg=f"STARTUP_MSG: \n/************************************************************\nSTARTUP_MSG: Starting HiveServer2\nSTARTUP_MSG:   host = {HV_HOST}/10.0.7.11\nSTARTUP_MSG:   args = [--hiveconf, hive.aux.jars.path=file:///opt/hive/auxlib]\nSTARTUP_MSG:   version = 3.1.3\nSTARTUP_MSG:   classpath = /opt/hive/conf:/opt/hive/lib/accumulo-core-1.7.3.jar:/opt/hive/lib/antlr-runtime-3.5.2.jar:/opt/hive/lib/hive-exec-3.1.3.jar:/opt/hive/lib/hive-service-3.1.3.jar:/opt/tez/tez-api-0.9.2.jar:/opt/hadoop/etc/hadoop\nSTARTUP_MSG:   build = git://MacBook-Pro.fios-router.home/Users/ngangam/commit/hive -r 4df4d75bf1e16fe0af75aad0b4179c34c07fc975; compiled by 'ngangam' on Sun Apr 3 16:58:16 EDT 2022\nSTARTUP_MSG:   java = 1.8.0_392\n************************************************************/",
        )
        t = H(t + secs(r, 0.05, 0.2), "INFO", th, "server.HiveServer2", "Starting HiveServer2")
        t = H(
            t + secs(r, 0.5, 1.5),
            "INFO",
            th,
            "session.SessionState",
            "Created HDFS directory: %s",
            "/tmp/hive/hive/_tez_session_dir/" + uuid4(r),
        )
        t = ms_connect(t + secs(r, 0.1, 0.3), th)
        t = H(
            t + secs(r, 0.01, 0.05),
            "INFO",
            th,
            "metastore.RetryingMetaStoreClient",
            "RetryingMetaStoreClient proxy=%s ugi=%s retries=%d delay=%d lifetime=%d",
            "class org.apache.hadoop.hive.ql.metadata.SessionHiveMetaStoreClient",
            "hive (auth:SIMPLE)",
            24,
            5,
            0,
        )
        t = H(
            t + secs(r, 0.001, 0.01),
            "INFO",
            th,
            "service.CompositeService",
            "HiveServer2: Background operation thread pool size: %d",
            100,
        )
        for i in range(2):
            sid = uuid4(r)
            t = H(
                t + secs(r, 0.2, 0.6),
                "INFO",
                th,
                "tez.TezSessionState",
                "Opening new Tez Session (id: %s, scratch dir: %s)",
                sid,
                f"hdfs://nn:8020/tmp/hive/hive/_tez_session_dir/{sid}",
            )
            t = H(
                t + secs(r, 1.5, 3.5),
                "INFO",
                th,
                "client.TezClient",
                "The url to track the Tez Session: %s",
                f"http://rm-0.yarn.svc:8088/proxy/application_1717480000000_{i + 1:04d}/",
            )
        t = H(
            t + secs(r, 0.05, 0.2),
            "INFO",
            "Thread-6",
            "thrift.ThriftCLIService",
            "Starting ThriftBinaryCLIService on port %d with %d...%d worker threads",
            10000,
            5,
            500,
        )
        return t

    def handler() -> str:
        st["handler"] += r.randrange(1, 4)
        return f"HiveServer2-Handler-Pool: Thread-{st['handler']}"

    def open_session(t: datetime, user: str) -> tuple[datetime, str, str]:
        th = handler()
        sid = uuid4(r)
        t = H(
            t,
            "INFO",
            th,
            "thrift.ThriftCLIService",
            "Client protocol version: %s",
            "HIVE_CLI_SERVICE_PROTOCOL_V10",
        )
        t = H(
            t + secs(r, 0.005, 0.02),
            "INFO",
            th,
            "session.SessionState",
            "Created HDFS directory: %s",
            f"/tmp/hive/{user}/{sid}",
        )
        t = H(
            t + secs(r, 0.002, 0.01),
            "INFO",
            th,
            "session.SessionState",
            "Created local directory: %s",
            f"/tmp/hive/local/{sid}",
        )
        t = H(
            t + secs(r, 0.002, 0.01),
            "INFO",
            th,
            "session.SessionState",
            "Created HDFS directory: %s",
            f"/tmp/hive/{user}/{sid}/_tmp_space.db",
        )
        t = H(
            t + secs(r, 0.002, 0.01),
            "INFO",
            th,
            "session.HiveSessionImpl",
            "Operation log session directory is created: %s",
            f"/tmp/hive/operation_logs/{sid}",
        )
        st["sessions"] += 1
        t = H(
            t + secs(r, 0.001, 0.005),
            "INFO",
            th,
            "service.CompositeService",
            "Session opened, SessionHandle [%s], current sessions:%d",
            sid,
            st["sessions"],
        )
        return t, sid, th

    def close_session(t: datetime, sid: str, user: str, dropped: bool = False) -> datetime:
        th = handler()
        if dropped:
            t = H(
                t,
                "INFO",
                th,
                "thrift.ThriftCLIService",
                "Session disconnected without closing properly. ",
            )
            t = H(
                t + secs(r, 0.001, 0.005),
                "INFO",
                th,
                "thrift.ThriftCLIService",
                "Closing the session: SessionHandle [%s]",
                sid,
            )
        st["sessions"] -= 1
        t = H(
            t + secs(r, 0.001, 0.005),
            "INFO",
            th,
            "service.CompositeService",
            "Session closed, SessionHandle [%s], current sessions:%d",
            sid,
            st["sessions"],
        )
        t = H(
            t + secs(r, 0.005, 0.03),
            "INFO",
            th,
            "session.SessionState",
            "Deleted directory: %s on fs with scheme %s",
            f"/tmp/hive/{user}/{sid}",
            "hdfs",
        )
        return H(
            t + secs(r, 0.001, 0.005),
            "INFO",
            th,
            "session.SessionState",
            "Deleted directory: %s on fs with scheme %s",
            f"/tmp/hive/local/{sid}",
            "file",
        )

    def ms_outage(t: datetime, th: str, call: str) -> datetime:
        """A call to the metastore during the outage: the lost connection and its retries,
        then HiveException if still down."""
        t = H(
            t,
            "WARN",
            th,
            "metastore.RetryingMetaStoreClient",
            "MetaStoreClient lost connection. Attempting to reconnect (%d of %d) after %ds. %s",
            1,
            24,
            5,
            call,
            cont=[
                "org.apache.thrift.transport.TTransportException: java.net.SocketException: Connection reset",
                *jframes(
                    "org.apache.thrift.transport.TIOStreamTransport.read(TIOStreamTransport.java:129)",
                    "org.apache.thrift.transport.TTransport.readAll(TTransport.java:86)",
                    "org.apache.thrift.protocol.TBinaryProtocol.readAll(TBinaryProtocol.java:429)",
                    f"org.apache.hadoop.hive.metastore.api.ThriftHiveMetastore$Client.recv_{call}(ThriftHiveMetastore.java:2036)",
                    f"org.apache.hadoop.hive.metastore.HiveMetaStoreClient.{call}(HiveMetaStoreClient.java:1714)",
                    "org.apache.hadoop.hive.metastore.RetryingMetaStoreClient.invoke(RetryingMetaStoreClient.java:212)",
                    "org.apache.hadoop.hive.ql.metadata.Hive.getTable(Hive.java:1318)",
                    "org.apache.hadoop.hive.ql.parse.SemanticAnalyzer.getMetaData(SemanticAnalyzer.java:2153)",
                ),
                "Caused by: java.net.SocketException: Connection reset",
                *jframes(
                    "java.net.SocketInputStream.read(SocketInputStream.java:210)",
                    "java.io.BufferedInputStream.read1(BufferedInputStream.java:286)",
                ),
                "\t... 38 more",
            ],
        )
        for _ in range(r.randrange(2, 4)):
            t = H(
                t + secs(r, 5, 5.1),
                "INFO",
                th,
                "metastore.HiveMetaStoreClient",
                "Trying to connect to metastore with URI %s",
                HV_METASTORE,
            )
            if t >= ms_up:
                st["conns"] += 1
                t = H(
                    t + secs(r, 0.005, 0.03),
                    "INFO",
                    th,
                    "metastore.HiveMetaStoreClient",
                    "Opened a connection to metastore, current connections: %d",
                    st["conns"],
                )
                return H(
                    t + secs(r, 0.002, 0.01),
                    "INFO",
                    th,
                    "metastore.HiveMetaStoreClient",
                    "Connected to metastore.",
                )
            t = H(
                t + secs(r, 0.002, 0.01),
                "WARN",
                th,
                "metastore.HiveMetaStoreClient",
                "Failed to connect to the MetaStore Server...",
            )
            t = H(
                t + secs(r, 0.0005, 0.002),
                "INFO",
                th,
                "metastore.HiveMetaStoreClient",
                "Waiting %d seconds before next connection attempt.",
                1,
            )
        return t

    def query(
        t: datetime,
        sid: str,
        user: str,
        sql: str,
        schema: str | None,
        tez: bool,
        fail: str | None = None,
        insert: str | None = None,
    ) -> datetime:
        th = handler()
        qid = f"hive_{t:%Y%m%d%H%M%S}_{uuid4(r)}"
        op = uuid4(r)
        oph = f"OperationHandle [opType=EXECUTE_STATEMENT, getHandleIdentifier()={op}]"
        t = H(t, "INFO", th, "operation.OperationManager", "Adding operation: %s", oph)
        t = H(
            t + secs(r, 0.001, 0.005),
            "INFO",
            th,
            "session.SessionState",
            "Updating thread name to %s %s",
            sid,
            th,
        )
        c0 = t = H(
            t + secs(r, 0.002, 0.01),
            "INFO",
            th,
            "ql.Driver",
            "Compiling command(queryId=%s): %s",
            qid,
            sql,
        )
        t = H(
            t + secs(r, 0.001, 0.005),
            "INFO",
            th,
            "ql.Driver",
            "Concurrency mode is disabled, not creating a lock manager",
        )
        if fail == "parse":
            word = sql.split()[0]
            t = H(
                t + secs(r, 0.005, 0.02),
                "ERROR",
                th,
                "ql.Driver",
                "FAILED: ParseException line %d:%d cannot recognize input near '%s' '%s' '%s'",
                1,
                0,
                word,
                "*",
                "from",
                cont=[
                    f"org.apache.hadoop.hive.ql.parse.ParseException: line 1:0 cannot recognize input near '{word}' '*' 'from'",
                    *jframes(
                        "org.apache.hadoop.hive.ql.parse.ParseDriver.parse(ParseDriver.java:223)",
                        "org.apache.hadoop.hive.ql.parse.ParseUtils.parse(ParseUtils.java:74)",
                        "org.apache.hadoop.hive.ql.Driver.compile(Driver.java:616)",
                        "org.apache.hadoop.hive.ql.Driver.compileInternal(Driver.java:1826)",
                        "org.apache.hive.service.cli.operation.SQLOperation.prepare(SQLOperation.java:197)",
                    ),
                ],
            )
        else:
            t = H(
                t + secs(r, 0.002, 0.01),
                "INFO",
                th,
                "parse.CalcitePlanner",
                "Starting Semantic Analysis",
            )
            if ms_down <= t < ms_up or sid in stale:
                t = ms_outage(t + secs(r, 0.002, 0.01), th, "get_table_req")
                if t < ms_up:
                    fail = "metastore"
                    stale.add(sid)
                else:
                    stale.discard(sid)
            if fail in ("table", "column", "metastore"):
                if fail == "table":
                    tbl = sql.split(" from ")[1].split()[0]
                    fmt = "FAILED: SemanticException [Error 10001]: Line %d:%d Table not found '%s'"
                    text = f"Line 1:14 Table not found '{tbl}'"
                    args: tuple[object, ...] = (1, 14, tbl)
                elif fail == "column":
                    fmt = "FAILED: SemanticException [Error 10004]: Line %d:%d Invalid table alias or column reference '%s': (possible column names are: %s)"
                    text = "Line 1:7 Invalid table alias or column reference 'amt': (possible column names are: order_id, customer_id, order_date, amount, dt)"
                    args = (1, 7, "amt", "order_id, customer_id, order_date, amount, dt")
                else:
                    fmt = "FAILED: SemanticException %s"
                    text = "org.apache.hadoop.hive.ql.metadata.HiveException: java.lang.RuntimeException: Unable to instantiate org.apache.hadoop.hive.ql.metadata.SessionHiveMetaStoreClient"
                    args = (text,)
                code = (
                    "[Error 10001]: "
                    if fail == "table"
                    else "[Error 10004]: "
                    if fail == "column"
                    else ""
                )
                t = H(
                    t + secs(r, 0.005, 0.03),
                    "ERROR",
                    th,
                    "ql.Driver",
                    fmt,
                    *args,
                    cont=[
                        f"org.apache.hadoop.hive.ql.parse.SemanticException: {text}",
                        *jframes(
                            "org.apache.hadoop.hive.ql.parse.SemanticAnalyzer.getMetaData(SemanticAnalyzer.java:2180)",
                            "org.apache.hadoop.hive.ql.parse.SemanticAnalyzer.genResolvedParseTree(SemanticAnalyzer.java:12222)",
                            "org.apache.hadoop.hive.ql.parse.CalcitePlanner.analyzeInternal(CalcitePlanner.java:330)",
                            "org.apache.hadoop.hive.ql.Driver.compile(Driver.java:659)",
                            "org.apache.hadoop.hive.ql.Driver.compileInternal(Driver.java:1826)",
                            "org.apache.hive.service.cli.operation.SQLOperation.prepare(SQLOperation.java:197)",
                        ),
                    ],
                )
                text = f"SemanticException {code}{text}"
            if fail in (None, "tez"):
                t = H(
                    t + secs(r, 0.05, 0.4),
                    "INFO",
                    th,
                    "parse.CalcitePlanner",
                    "Completed plan generation",
                )
                t = H(
                    t + secs(r, 0.001, 0.005),
                    "INFO",
                    th,
                    "ql.Driver",
                    "Semantic Analysis Completed (retrial = %s)",
                    "false",
                )
                t = H(
                    t + secs(r, 0.001, 0.005),
                    "INFO",
                    th,
                    "ql.Driver",
                    "Returning Hive schema: Schema(fieldSchemas:%s, properties:null)",
                    f"[{schema}]" if schema else "null",
                )
        if fail == "parse":
            text = (
                f"ParseException line 1:0 cannot recognize input near '{sql.split()[0]}' '*' 'from'"
            )
        t = H(
            t + secs(r, 0.001, 0.005),
            "INFO",
            th,
            "ql.Driver",
            "Completed compiling command(queryId=%s); Time taken: %.3f seconds",
            qid,
            (t - c0).total_seconds() + 0.001,
        )
        if fail in ("parse", "table", "column", "metastore"):
            t = H(
                t + secs(r, 0.001, 0.005),
                "WARN",
                th,
                "thrift.ThriftCLIService",
                "Error executing statement: ",
                cont=[
                    f"org.apache.hive.service.cli.HiveSQLException: Error while compiling statement: FAILED: {text}",
                    *jframes(
                        "org.apache.hive.service.cli.operation.Operation.toSQLException(Operation.java:335)",
                        "org.apache.hive.service.cli.operation.SQLOperation.prepare(SQLOperation.java:199)",
                        "org.apache.hive.service.cli.operation.SQLOperation.runInternal(SQLOperation.java:260)",
                        "org.apache.hive.service.cli.operation.Operation.run(Operation.java:247)",
                        "org.apache.hive.service.cli.session.HiveSessionImpl.executeStatementInternal(HiveSessionImpl.java:541)",
                        "org.apache.hive.service.cli.CLIService.executeStatementAsync(CLIService.java:315)",
                        "org.apache.hive.service.cli.thrift.ThriftCLIService.ExecuteStatement(ThriftCLIService.java:566)",
                    ),
                ],
            )
            t = H(
                t + secs(r, 0.0005, 0.002),
                "INFO",
                th,
                "session.SessionState",
                "Resetting thread name to  %s",
                th,
            )
            return t
        t = H(
            t + secs(r, 0.0005, 0.002),
            "INFO",
            th,
            "session.SessionState",
            "Resetting thread name to  %s",
            th,
        )
        st["bg"] += r.randrange(1, 3)
        bg = f"HiveServer2-Background-Pool: Thread-{st['bg']}"
        t = H(
            t + secs(r, 0.001, 0.005),
            "INFO",
            bg,
            "session.SessionState",
            "Updating thread name to %s %s",
            sid,
            bg,
        )
        x0 = t = H(
            t + secs(r, 0.001, 0.005),
            "INFO",
            bg,
            "ql.Driver",
            "Executing command(queryId=%s): %s",
            qid,
            sql,
        )
        ok = True
        if tez:
            t = H(t + secs(r, 0.001, 0.005), "INFO", bg, "ql.Driver", "Query ID = %s", qid)
            t = H(t + secs(r, 0.0005, 0.002), "INFO", bg, "ql.Driver", "Total jobs = %d", 1)
            t = H(
                t + secs(r, 0.0005, 0.002),
                "INFO",
                bg,
                "ql.Driver",
                "Launching Job %d out of %d",
                1,
                1,
            )
            t = H(
                t + secs(r, 0.0005, 0.002),
                "INFO",
                bg,
                "ql.Driver",
                "Starting task [%s] in serial mode",
                "Stage-1:MAPRED",
            )
            t = H(
                t + secs(r, 0.001, 0.005),
                "INFO",
                bg,
                "tez.TezSessionPoolManager",
                "The current user: %s, session user: %s",
                user,
                "hive",
            )
            t = H(
                t + secs(r, 0.001, 0.005),
                "INFO",
                bg,
                "tez.TezTask",
                "Subscribed to counters: [] for queryId: %s",
                qid,
            )
            r.randrange(1, 9)  # the DAG number, not printed
            t = H(
                t + secs(r, 0.001, 0.005),
                "INFO",
                bg,
                "tez.TezTask",
                "Dag name: %s",
                f"{sql[:40]}...{sql[-20:]} (Stage-1)",
            )
            app = f"application_1717480000000_{r.choice([1, 2]):04d}"
            t = H(
                t + secs(r, 0.2, 0.6),
                "INFO",
                bg,
                "exec.Task",
                "Status: Running (Executing on YARN cluster with App id %s)",
                app,
            )
            if fail == "tez":
                t += secs(r, 40, 70)
                vid = f"vertex_1717480000000_{app[-4:]}_{r.randrange(10, 99)}_00"
                t = H(t, "ERROR", bg, "exec.Task", "Status: Failed")
                diag = f"Vertex failed, vertexName=Map 1, vertexId={vid}, diagnostics=[Task failed, taskId=task_{vid[7:]}_000012, diagnostics=[TaskAttempt 3 failed, info=[Error: Error while running task ( failure ) : java.lang.OutOfMemoryError: Java heap space]], Vertex did not succeed due to OWN_TASK_FAILURE, failedTasks:1 killedTasks:17, Vertex {vid} [Map 1] killed/failed due to:OWN_TASK_FAILURE]"
                t = H(
                    t + secs(r, 0.001, 0.005),
                    "ERROR",
                    bg,
                    "exec.Task",
                    "Vertex failed, vertexName=%s, vertexId=%s, diagnostics=[%s]",
                    msg=diag,
                )
                t = H(
                    t + secs(r, 0.001, 0.005),
                    "ERROR",
                    bg,
                    "exec.Task",
                    "DAG did not succeed due to VERTEX_FAILURE. failedVertices:%d killedVertices:%d",
                    1,
                    1,
                )
                t = H(
                    t + secs(r, 0.005, 0.02),
                    "ERROR",
                    bg,
                    "ql.Driver",
                    "FAILED: Execution Error, return code %d from %s. %s",
                    msg=f"FAILED: Execution Error, return code 2 from org.apache.hadoop.hive.ql.exec.tez.TezTask. {diag}DAG did not succeed due to VERTEX_FAILURE. failedVertices:1 killedVertices:1",
                )
                ok = False
            else:
                took = r.uniform(4, 30) if insert else r.uniform(1.5, 12)
                t = H(
                    t + timedelta(seconds=took),
                    "INFO",
                    bg,
                    "exec.Task",
                    "Status: DAG finished successfully in %.2f seconds",
                    took,
                )
                if insert:
                    t = H(
                        t + secs(r, 0.01, 0.05),
                        "INFO",
                        bg,
                        "ql.Driver",
                        "Starting task [%s] in serial mode",
                        "Stage-2:DEPENDENCY_COLLECTION",
                    )
                    t = H(
                        t + secs(r, 0.001, 0.005),
                        "INFO",
                        bg,
                        "ql.Driver",
                        "Starting task [%s] in serial mode",
                        "Stage-0:MOVE",
                    )
                    t = H(
                        t + secs(r, 0.001, 0.005),
                        "INFO",
                        bg,
                        "exec.Task",
                        "Loading data to table %s partition (%s) from %s",
                        insert,
                        "dt=2024-06-04",
                        f"hdfs://nn:8020/warehouse/tablespace/managed/hive/{insert.replace('.', '.db/')}/dt=2024-06-04/.hive-staging_{qid}-1/-ext-10000",
                    )
                    t = H(
                        t + secs(r, 0.2, 0.8),
                        "INFO",
                        bg,
                        "ql.Driver",
                        "Starting task [%s] in serial mode",
                        "Stage-3:STATS",
                    )
                    t = H(
                        t + secs(r, 0.05, 0.2),
                        "INFO",
                        bg,
                        "stats.BasicStatsTask",
                        "Partition {%s} stats: [numFiles=%d, numRows=%d, totalSize=%d, rawDataSize=%d]",
                        "dt=2024-06-04",
                        r.randrange(1, 12),
                        rows := r.randrange(2000, 190000),
                        rows * 41,
                        rows * 120,
                    )
        t = H(
            t + secs(r, 0.001, 0.005),
            "INFO",
            bg,
            "ql.Driver",
            "Completed executing command(queryId=%s); Time taken: %.3f seconds",
            qid,
            (t - x0).total_seconds(),
        )
        if ok:
            t = H(t + secs(r, 0.0005, 0.002), "INFO", bg, "ql.Driver", "OK")
        else:
            t = H(
                t + secs(r, 0.001, 0.005),
                "ERROR",
                bg,
                "operation.Operation",
                "Error running hive query: ",
                cont=[
                    "org.apache.hive.service.cli.HiveSQLException: Error while processing statement: FAILED: Execution Error, return code 2 from org.apache.hadoop.hive.ql.exec.tez.TezTask. Vertex failed, vertexName=Map 1, ...",
                    *jframes(
                        "org.apache.hive.service.cli.operation.Operation.toSQLException(Operation.java:335)",
                        "org.apache.hive.service.cli.operation.SQLOperation.runQuery(SQLOperation.java:226)",
                        "org.apache.hive.service.cli.operation.SQLOperation.access$700(SQLOperation.java:87)",
                        "org.apache.hive.service.cli.operation.SQLOperation$BackgroundWork$1.run(SQLOperation.java:316)",
                        "java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1149)",
                        "java.lang.Thread.run(Thread.java:750)",
                    ),
                ],
            )
        t = H(
            t + secs(r, 0.0005, 0.002),
            "INFO",
            bg,
            "session.SessionState",
            "Resetting thread name to  %s",
            bg,
        )
        th = handler()
        t = H(
            t + secs(r, 0.05, 0.5),
            "INFO",
            th,
            "operation.OperationManager",
            "Closing operation: %s",
            oph,
        )
        return H(
            t + secs(r, 0.001, 0.005),
            "INFO",
            th,
            "operation.OperationManager",
            "Removed queryId: %s corresponding to operation: %s with tag: %s",
            qid,
            oph,
            "null",
        )

    t = start(t0)
    # superset's two pooled sessions, dropped and reopened twice
    for _ in range(2):
        x = t + secs(r, 20, 60)
        x, sid, _ = open_session(x, "superset")
        drops = sorted(t0 + secs(r, 3600, 13800) for _ in range(2))
        for q in poisson(r, x + secs(r, 10, 60), t_end, 420):
            if drops and q > drops[0]:
                close_session(drops.pop(0), sid, "superset", dropped=True)
                q, sid, _ = open_session(q, "superset")
            sql, schema = r.choice(HV_SUPERSET)
            query(q + secs(r, 0.05, 0.3), sid, "superset", sql, schema, True)
    # Airflow: a session every half hour, two inserts
    x = day(4, 6, 5, 12)
    retried = False
    while x < t_end:
        y, sid, _ = open_session(x, "etl")
        for tbl, sql in HV_ETL:
            fail = (
                "tez"
                if (
                    day(4, 8, 30) <= y < day(4, 8, 36) and tbl == "sales.fct_orders" and not retried
                )
                else None
            )
            y = query(y + secs(r, 0.3, 1), sid, "etl", sql, None, True, fail=fail, insert=tbl)
            if fail:
                retried = True
                y = query(y + secs(r, 300, 310), sid, "etl", sql, None, True, insert=tbl)
        close_session(y + secs(r, 0.2, 1), sid, "etl")
        x += timedelta(minutes=30) + secs(r, 0, 5)
    # the analyst's beeline sessions
    for s0, qs in [
        (
            day(4, 6, 42, 5),
            [
                ("select * from sales.orders_v2 limit 10", "table"),
                ("select * from sales.fct_orders limit 10", None),
                ("select amt from sales.fct_orders where dt = '2024-06-03'", "column"),
                ("select sum(amount) from sales.fct_orders where dt = '2024-06-03'", None),
            ],
        ),
        (
            day(4, 7, 24, 30),
            [
                ("select count(*) from web.sessions_daily where dt = '2024-06-03'", None),
                ("select count(*) from web.sessions_daily where dt = '2024-06-03'", None),
            ],
        ),
        (
            day(4, 9, 5, 40),
            [
                ("selec * from web.events limit 5", "parse"),
                ("select * from web.events limit 5", None),
                ("select * from web.event_log limit 5", "table"),
                (
                    "select channel, count(*) from web.events where dt = '2024-06-04' group by channel",
                    None,
                ),
            ],
        ),
    ]:
        y, sid, _ = open_session(s0, "analyst")
        for sql, fail in qs:
            fetch = " limit " in sql and "count" not in sql and "sum(" not in sql
            schema = (
                "FieldSchema(name:_c0, type:bigint, comment:null)"
                if not fetch
                else "FieldSchema(name:fct_orders.order_id, type:bigint, comment:null), FieldSchema(name:fct_orders.amount, type:decimal(12,2), comment:null)"
            )
            y = query(y + secs(r, 8, 60), sid, "analyst", sql, schema, not fetch, fail=fail)
        close_session(y + secs(r, 20, 90), sid, "analyst")
    # the metastore's outage, also seen by the background metrics thread
    for x in [ms_down + secs(r, 0, 2)]:
        H(
            x,
            "WARN",
            "HiveServer2-MetricsUpdater",
            "metastore.RetryingMetaStoreClient",
            "MetaStoreClient lost connection. Attempting to reconnect (%d of %d) after %ds. %s",
            1,
            24,
            5,
            "get_all_databases",
        )
    # GC pauses
    for x in [day(4, 8, 31, 50), day(4, 9, 44, 12)]:
        pause = r.randrange(5000, 14000)
        H(
            x,
            "WARN",
            "org.apache.hadoop.hive.common.JvmPauseMonitor$Monitor@6a1b8c2d",
            "common.JvmPauseMonitor",
            "Detected pause in JVM or host machine (eg GC): pause of approximately %dms\\n%s",
            msg=f"Detected pause in JVM or host machine (eg GC): pause of approximately {pause}ms\nGC pool 'G1 Old Generation' had collection(s): count=1 time={pause + r.randrange(10, 200)}ms",
        )
    return o.logs(t0, {"h": "hive-server2.log"})


# --------------------------------------------------------------------------------- superset

SS_PY = "/usr/local/lib/python3.10/site-packages"
SS_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
]
SS_DASH = {3: [12, 13, 14, 15, 18], 5: [21, 22, 23], 8: [30, 31, 32, 33]}
SS_REDIS = "Error 111 connecting to redis:6379. Connection refused."
SS_POOL = "QueuePool limit of size 10 overflow 20 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/14/3o7r)"


def superset(r: random.Random) -> list[Log]:
    """Apache Superset 3.1.3 on Kubernetes, 4 June 06:00 to 10:00: `superset.log` is the web
    pod's stdout (gunicorn 21.2 with 4 gthread workers, its error log `[time] [pid] [LEVEL]`
    and access log, the app's `asctime:LEVEL:logger:message` lines), `superset-worker.log` the
    Celery worker's (its banner, `[time: LEVEL/process]` lines, SQL Lab's async queries and
    the reports scheduler each minute). Dashboards load all morning (their charts' `POST
    /api/v1/chart/data`), the kube probe hits `/health` each minute, three analysts use SQL
    Lab (a few Hive errors, logged with their traceback), a login fails. A slow warehouse at
    07:05 times a worker out (`WORKER TIMEOUT`, SIGKILL, a new worker booted); the metadata
    database's pool is exhausted at 08:10 (`Exception on /api/v1/chart/data [POST]` with
    SQLAlchemy's QueuePool traceback, 500s); Redis goes away from 08:40 to 08:46 (the cache's
    `Exception possibly due to cache backend.`, `Could not cache key`, SQL Lab's execute
    failing, the worker's `Cannot connect to redis://...` loop); a redeploy at 09:30."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        if ctx == "gu":
            return f"[{t:%Y-%m-%d %H:%M:%S} +0000] [{lvl.split('/')[0]}] [{lvl.split('/')[1]}] "
        if ctx == "raw":
            return ""
        if ctx.startswith("celery"):
            return (
                f"[{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}: {lvl}/{ctx.split('|')[1]}] "
            )
        return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}:{lvl}:{ctx}:"

    o = Out(1000, ["w", "c"], head)
    t0, t_end = day(4, 6, 0, 2.3), day(4, 10, 0)
    slow, pool0, pool1 = day(4, 7, 5, 20), day(4, 8, 10, 5), day(4, 8, 14, 30)
    redis0, redis1 = day(4, 8, 40, 12), day(4, 8, 46, 3)
    redeploy = day(4, 9, 30, 4)
    st = {"pids": [], "next": 24, "query": 1184}

    def A(
        t: datetime,
        lvl: str,
        lg: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        cont: list[str] | None = None,
        pid: int | None = None,
    ) -> datetime:
        return o.e(
            "w",
            t,
            fmt,
            *args,
            lvl=lvl,
            ctx=lg,
            msg=msg,
            cont=cont or [],
            proc=pid or r.choice(st["pids"] or [1]),
        )

    def G(t: datetime, pid: int, lvl: str, fmt: str, *args: object) -> datetime:
        return o.e("w", t, fmt, *args, lvl=f"{pid}/{lvl}", ctx="gu", proc=pid)

    def C(
        t: datetime,
        proc: str,
        lvl: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        cont: list[str] | None = None,
    ) -> datetime:
        return o.e(
            "c", t, fmt, *args, lvl=lvl, ctx=f"celery|{proc}", msg=msg, cont=cont or [], proc=proc
        )

    def access(
        t: datetime,
        method: str,
        route: str,
        path: str,
        status: int,
        size: int,
        ref: str = "-",
        ua: str | None = None,
    ) -> None:
        ua = ua or r.choice(SS_UA)
        ip = (
            "10.2.0.1"
            if ua.startswith("kube-probe")
            else r.choice(["10.2.3.14", "10.2.3.15", "10.2.4.7"])
        )
        pid = r.choice(st["pids"])
        t = o.clock.at(("acc", pid), t)
        line = f'{ip} - - [{t:%d/%b/%Y:%H:%M:%S} +0000] "{method} {path} HTTP/1.1" {status} {size} "{ref}" "{ua}"'
        o.files["w"].add(
            t, [line], f'%s - - [%s] "{method} {route} HTTP/1.1" {status} %s "%s" "%s"'
        )

    def worker_boot(t: datetime, pid: int) -> datetime:
        t = G(t, pid, "INFO", "Booting worker with pid: %d", pid)
        t = A(
            t + secs(r, 1.5, 3),
            "INFO",
            "superset.config",
            "Loaded your LOCAL configuration at [%s]",
            "/app/pythonpath/superset_config.py",
            pid=pid,
        )
        t = A(
            t + secs(r, 2, 4),
            "WARNING",
            "superset.initialization",
            "We haven't found any Content Security Policy (CSP) defined in the configurations. Please make sure to configure CSP using the TALISMAN_ENABLED and TALISMAN_CONFIG keys or any other external software. Failing to configure CSP have serious security implications. Check https://developer.mozilla.org/en-US/docs/Web/HTTP/CSP for more information. You can disable this warning using the CONTENT_SECURITY_POLICY_WARNING key.",
            pid=pid,
        )
        t = A(
            t + secs(r, 0.01, 0.1),
            "WARNING",
            "superset.utils.cache_manager",
            "Falling back to the built-in cache, that stores data in the metadata database, for the following cache: `%s`. It is recommended to use `RedisCache`, `MemcachedCache` or another dedicated caching backend for production deployments",
            "EXPLORE_FORM_DATA_CACHE_CONFIG",
            pid=pid,
        )
        st["pids"].append(pid)
        return t

    def gunicorn_start(t: datetime) -> datetime:
        t = G(t, 1, "INFO", "Starting gunicorn %s", "21.2.0")
        t = G(
            t + secs(r, 0.001, 0.01), 1, "INFO", "Listening at: %s (%d)", "http://0.0.0.0:8088", 1
        )
        t = G(t + secs(r, 0.001, 0.01), 1, "INFO", "Using worker: %s", "gthread")
        for _ in range(4):
            t = worker_boot(t + secs(r, 0.01, 0.05), st["next"])
            st["next"] += 1
        return t

    def tb(*frames: tuple[str, int, str, str], exc: str) -> list[str]:
        return ["Traceback (most recent call last):", *pyframes(*frames), exc]

    def redis_tb() -> list[str]:
        first = tb(
            (f"{SS_PY}/redis/connection.py", 699, "connect", "sock = self.retry.call_with_retry("),
            (f"{SS_PY}/redis/retry.py", 46, "call_with_retry", "return do()"),
            (
                f"{SS_PY}/redis/connection.py",
                700,
                "<lambda>",
                "lambda: self._connect(), lambda error: self.disconnect(error)",
            ),
            (f"{SS_PY}/redis/connection.py", 1002, "_connect", "raise err"),
            (f"{SS_PY}/redis/connection.py", 990, "_connect", "sock.connect(socket_address)"),
            exc="ConnectionRefusedError: [Errno 111] Connection refused",
        )
        second = tb(
            (
                f"{SS_PY}/flask_caching/__init__.py",
                335,
                "get",
                "return self.cache.get(*args, **kwargs)",
            ),
            (
                f"{SS_PY}/cachelib/redis.py",
                113,
                "get",
                "return self._deserialize(self._read_client.get(self._get_prefix() + key))",
            ),
            (
                f"{SS_PY}/redis/commands/core.py",
                1829,
                "get",
                'return self.execute_command("GET", name)',
            ),
            (
                f"{SS_PY}/redis/client.py",
                533,
                "execute_command",
                "conn = self.connection or pool.get_connection(command_name, **options)",
            ),
            (f"{SS_PY}/redis/connection.py", 1086, "get_connection", "connection.connect()"),
            (
                f"{SS_PY}/redis/connection.py",
                705,
                "connect",
                "raise ConnectionError(self._error_message(e))",
            ),
            exc=f"redis.exceptions.ConnectionError: {SS_REDIS}",
        )
        return [
            *first,
            "",
            "During handling of the above exception, another exception occurred:",
            "",
            *second,
        ]

    def chart(t: datetime, dash: int, cid: int, ref: str) -> None:
        t += secs(r, 0.05, 2.5)
        if pool0 <= t < pool1:
            A(
                t + secs(r, 30, 30.2),
                "ERROR",
                "superset",
                "Exception on %s [%s]",
                "/api/v1/chart/data",
                "POST",
                cont=tb(
                    (
                        f"{SS_PY}/flask/app.py",
                        1823,
                        "full_dispatch_request",
                        "rv = self.dispatch_request()",
                    ),
                    (
                        f"{SS_PY}/flask/app.py",
                        1799,
                        "dispatch_request",
                        "return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)",
                    ),
                    (
                        f"{SS_PY}/flask_appbuilder/security/decorators.py",
                        95,
                        "wraps",
                        "return f(self, *args, **kwargs)",
                    ),
                    (
                        "/app/superset/views/base_api.py",
                        127,
                        "wraps",
                        "duration, response = time_function(f, self, *args, **kwargs)",
                    ),
                    ("/app/superset/charts/data/api.py", 226, "data", "command.validate()"),
                    (
                        "/app/superset/security/manager.py",
                        1929,
                        "raise_for_access",
                        "if not self.can_access_schema(datasource):",
                    ),
                    (f"{SS_PY}/sqlalchemy/pool/impl.py", 135, "_do_get", "raise exc.TimeoutError("),
                    exc=f"sqlalchemy.exc.TimeoutError: {SS_POOL}",
                ),
            )
            access(
                t + secs(r, 30.2, 30.5),
                "POST",
                "/api/v1/chart/data",
                f"/api/v1/chart/data?form_data=%7B%22slice_id%22%3A{cid}%7D&dashboard_id={dash}",
                500,
                265,
                ref,
            )
            return
        took = r.uniform(0.2, 3.0)
        if slow <= t < slow + timedelta(minutes=7):
            took = r.uniform(20, 58)
        if redis0 <= t < redis1:
            A(
                t + secs(r, 0.01, 0.03),
                "ERROR",
                "flask_caching",
                "Exception possibly due to cache backend.",
                cont=redis_tb(),
            )
            took = r.uniform(1.5, 6)
            key = hexid(r, 32)
            A(
                t + timedelta(seconds=took),
                "WARNING",
                "superset.utils.cache",
                "Could not cache key %s",
                key,
            )
            A(
                t + timedelta(seconds=took) + secs(r, 0.001, 0.003),
                "ERROR",
                "superset.utils.cache",
                "Error %d connecting to %s. %s.",
                msg=SS_REDIS,
                cont=redis_tb(),
            )
        access(
            t + timedelta(seconds=took),
            "POST",
            "/api/v1/chart/data",
            f"/api/v1/chart/data?form_data=%7B%22slice_id%22%3A{cid}%7D&dashboard_id={dash}",
            200,
            r.randrange(900, 40000),
            ref,
        )

    def dashboard(t: datetime) -> None:
        dash = r.choice(list(SS_DASH))
        ref = f"https://bi.example.com/superset/dashboard/{dash}/"
        access(
            t,
            "GET",
            "/superset/dashboard/%s/",
            f"/superset/dashboard/{dash}/",
            200,
            r.randrange(7000, 8000),
            "https://bi.example.com/dashboard/list/",
        )
        x = t + secs(r, 0.3, 0.8)
        access(
            x,
            "GET",
            "/api/v1/dashboard/%s",
            f"/api/v1/dashboard/{dash}",
            200,
            r.randrange(3000, 9000),
            ref,
        )
        access(
            x + secs(r, 0.01, 0.1),
            "GET",
            "/api/v1/dashboard/%s/charts",
            f"/api/v1/dashboard/{dash}/charts",
            200,
            r.randrange(9000, 30000),
            ref,
        )
        access(
            x + secs(r, 0.01, 0.1),
            "GET",
            "/api/v1/dashboard/%s/datasets",
            f"/api/v1/dashboard/{dash}/datasets",
            200,
            r.randrange(9000, 60000),
            ref,
        )
        for cid in SS_DASH[dash]:
            chart(x + secs(r, 0.2, 0.6), dash, cid, ref)

    def sqllab(t: datetime, sql: str, err: str | None) -> None:
        ref = "https://bi.example.com/sqllab/"
        qid = st["query"]
        st["query"] += 1
        if redis0 <= t < redis1:
            A(
                t + secs(r, 0.05, 0.2),
                "ERROR",
                "superset",
                "Exception on %s [%s]",
                "/api/v1/sqllab/execute/",
                "POST",
                cont=tb(
                    (
                        f"{SS_PY}/flask/app.py",
                        1823,
                        "full_dispatch_request",
                        "rv = self.dispatch_request()",
                    ),
                    (
                        "/app/superset/sqllab/api.py",
                        287,
                        "execute_sql_query",
                        "command_result: CommandResult = command.run()",
                    ),
                    (
                        "/app/superset/sqllab/sql_json_executer.py",
                        166,
                        "execute",
                        "task = self._get_sql_results_task.delay(  # type: ignore",
                    ),
                    (
                        f"{SS_PY}/kombu/connection.py",
                        476,
                        "_reraise_as_library_errors",
                        "raise ConnectionError(str(exc)) from exc",
                    ),
                    exc=f"kombu.exceptions.OperationalError: {SS_REDIS}",
                ),
            )
            access(
                t + secs(r, 0.3, 0.6),
                "POST",
                "/api/v1/sqllab/execute/",
                "/api/v1/sqllab/execute/",
                500,
                265,
                ref,
            )
            return
        A(
            t + secs(r, 0.02, 0.08),
            "INFO",
            "superset.sqllab.sql_json_executer",
            "Query %i: Running query on a Celery worker",
            qid,
        )
        access(
            t + secs(r, 0.1, 0.2),
            "POST",
            "/api/v1/sqllab/execute/",
            "/api/v1/sqllab/execute/",
            202,
            r.randrange(900, 1400),
            ref,
        )
        task = uuid4(r)
        proc = f"ForkPoolWorker-{r.randrange(1, 5)}"
        x = C(
            t + secs(r, 0.15, 0.3),
            "MainProcess",
            "INFO",
            "Task %s[%s] received",
            "sql_lab.get_sql_results",
            task,
        )
        x = C(x + secs(r, 0.05, 0.2), proc, "INFO", "Query %d: Executing %d statement(s)", qid, 1)
        x = C(x + secs(r, 0.01, 0.05), proc, "INFO", "Query %d: Set query to 'running'", qid)
        x = C(
            x + secs(r, 0.01, 0.05),
            proc,
            "INFO",
            "Query %d: Running statement %d out of %d",
            qid,
            1,
            1,
        )
        took = r.uniform(2, 25)
        if err:
            x = C(
                x + timedelta(seconds=took * 0.3),
                proc,
                "ERROR",
                "Query %d: %s",
                qid,
                "<class 'pyhive.exc.OperationalError'>",
                cont=tb(
                    (
                        "/app/superset/sql_lab.py",
                        288,
                        "execute_sql_statement",
                        "db_engine_spec.execute_with_cursor(cursor, sql, query)",
                    ),
                    (
                        "/app/superset/db_engine_specs/hive.py",
                        379,
                        "execute_with_cursor",
                        "cursor.execute(sql, async_=True)",
                    ),
                    (f"{SS_PY}/pyhive/hive.py", 481, "execute", "_check_status(response)"),
                    (
                        f"{SS_PY}/pyhive/hive.py",
                        611,
                        "_check_status",
                        "raise OperationalError(response)",
                    ),
                    exc=f"pyhive.exc.OperationalError: TExecuteStatementResp(status=TStatus(statusCode=3, infoMessages=['*org.apache.hive.service.cli.HiveSQLException:Error while compiling statement: FAILED: {err}:28:27'], sqlState='42000', errorCode=10001, errorMessage='Error while compiling statement: FAILED: {err}'), operationHandle=None)",
                ),
            )
        else:
            x = C(
                x + timedelta(seconds=took),
                proc,
                "INFO",
                "Query %d: Storing results in results backend, key: %s",
                qid,
                uuid4(r),
            )
        for k in range(int(took // 2) + 1):
            access(
                t + timedelta(seconds=2 * k + 1),
                "GET",
                "/api/v1/query/updated_since?q=%s",
                f"/api/v1/query/updated_since?q=(last_updated_ms:{int(t.timestamp() * 1000) + 2000 * k - 2000})",
                200,
                r.randrange(100, 900),
                ref,
            )
        C(
            x + secs(r, 0.01, 0.05),
            proc,
            "INFO",
            "Task %s[%s] succeeded in %ss: %s",
            "sql_lab.get_sql_results",
            task,
            f"{(x - t).total_seconds():.6f}",
            "None",
        )

    # the worker's banner and start
    def worker_start(t: datetime) -> datetime:
        banner = [
            " -------------- celery@superset-worker-7d9c5b6f4-x2kqp v5.3.6 (emerald-rush)",
            "--- ***** ----- ",
            f"-- ******* ---- Linux-5.15.0-1057-aws-x86_64-with-glibc2.36 {t:%Y-%m-%d %H:%M:%S}",
            "- *** --- * --- ",
            "- ** ---------- [config]",
            "- ** ---------- .> app:         __main__:0x7f3c1e9b2d40",
            "- ** ---------- .> transport:   redis://redis:6379/0",
            "- ** ---------- .> results:     redis://redis:6379/0",
            "- *** --- * --- .> concurrency: 4 (prefork)",
            "-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)",
            "--- ***** ----- ",
            " -------------- [queues]",
            "                .> celery           exchange=celery(direct) key=celery",
            "                ",
            "",
            "[tasks]",
            "  . cache-warmup",
            "  . email_reports.send",
            "  . fetch_url",
            "  . load_chart_data_into_cache",
            "  . load_explore_json_into_cache",
            "  . reports.execute",
            "  . reports.prune_log",
            "  . reports.scheduler",
            "  . sql_lab.get_sql_results",
            "",
        ]
        o.files["c"].add(t, banner, "celery banner")
        t = C(
            t + secs(r, 0.3, 0.8), "MainProcess", "INFO", "Connected to %s", "redis://redis:6379/0"
        )
        t = C(t + secs(r, 0.01, 0.05), "MainProcess", "INFO", "mingle: searching for neighbors")
        t = C(t + secs(r, 1, 1.1), "MainProcess", "INFO", "mingle: all alone")
        return C(
            t + secs(r, 0.01, 0.05),
            "MainProcess",
            "INFO",
            "%s ready.",
            "celery@superset-worker-7d9c5b6f4-x2kqp",
        )

    gunicorn_start(t0)
    worker_start(t0 + secs(r, 5, 8))
    # the reports scheduler, each minute from beat
    x = day(4, 6, 1, 0)
    while x < t_end:
        if not (redis0 <= x < redis1 + timedelta(seconds=20)):
            task = uuid4(r)
            y = C(
                x + secs(r, 0.003, 0.02),
                "MainProcess",
                "INFO",
                "Task %s[%s] received",
                "reports.scheduler",
                task,
            )
            proc = f"ForkPoolWorker-{r.randrange(1, 5)}"
            if x.minute == 0:
                y = C(
                    y + secs(r, 0.01, 0.05),
                    proc,
                    "INFO",
                    "Scheduling alert %s eta: %s",
                    "Daily revenue drop",
                    f"{x:%Y-%m-%d %H:%M:%S}",
                )
                t2 = uuid4(r)
                C(
                    y + secs(r, 0.01, 0.05),
                    "MainProcess",
                    "INFO",
                    "Task %s[%s] received",
                    "reports.execute",
                    t2,
                )
                z = C(
                    y + secs(r, 0.1, 0.3),
                    "ForkPoolWorker-4",
                    "INFO",
                    "Executing alert/report, task id: %s, scheduled_dttm: %s",
                    t2,
                    f"{x:%Y-%m-%dT%H:%M:%S}",
                )
                C(
                    z + secs(r, 3, 9),
                    "ForkPoolWorker-4",
                    "INFO",
                    "Task %s[%s] succeeded in %ss: %s",
                    "reports.execute",
                    t2,
                    f"{r.uniform(3, 9):.6f}",
                    "None",
                )
            C(
                y + secs(r, 0.02, 0.1),
                proc,
                "INFO",
                "Task %s[%s] succeeded in %ss: %s",
                "reports.scheduler",
                task,
                f"{r.uniform(0.02, 0.1):.6f}",
                "None",
            )
        x += timedelta(minutes=1)
    # the probe
    x = t0 + secs(r, 20, 40)
    while x < t_end:
        if not (redeploy <= x < redeploy + timedelta(seconds=40)):
            access(x, "GET", "/health", "/health", 200, 2, "-", "kube-probe/1.29")
        x += timedelta(seconds=60)
    for x in poisson(r, t0 + timedelta(minutes=3), t_end, 125):
        if not (redeploy <= x < redeploy + timedelta(seconds=40)):
            dashboard(x)
    # SQL Lab
    sessions = [
        (
            day(4, 6, 35),
            [
                ("SELECT * FROM sales.fct_orders LIMIT 100", None),
                ("SELECT order_date, sum(amount) FROM sales.fct_orders GROUP BY order_date", None),
                (
                    "SELECT * FROM sales.order LIMIT 100",
                    "SemanticException [Error 10001]: Line 1:14 Table not found 'order'",
                ),
                ("SELECT * FROM sales.orders LIMIT 100", None),
            ],
        ),
        (
            day(4, 7, 48),
            [
                (
                    "SELECT channel, count(*) FROM web.events WHERE dt = '2024-06-04' GROUP BY channel",
                    None,
                )
            ]
            * 3
            + [
                (
                    "SELECT channel, sum(revenue) FROM web.sessions_daily GROUP BY channel",
                    "SemanticException [Error 10004]: Line 1:20 Invalid table alias or column reference 'revenue'",
                )
            ],
        ),
        (day(4, 8, 38), [("SELECT count(*) FROM sales.dim_customers", None)] * 6),
        (
            day(4, 9, 12),
            [("SELECT country, count(*) FROM sales.dim_customers GROUP BY country", None)] * 4,
        ),
    ]
    for s0, qs in sessions:
        x = s0
        for sql, err in qs:
            x += secs(r, 40, 160)
            sqllab(x, sql, err)
    # logins, one failed
    for x, ok in [(day(4, 6, 31, 5), True), (day(4, 7, 47, 2), False), (day(4, 7, 47, 20), True)]:
        if not ok:
            A(
                x,
                "INFO",
                "flask_appbuilder.security.manager",
                "Login Failed for user: %s",
                "mkowalski",
            )
        access(
            x + secs(r, 0.05, 0.2),
            "POST",
            "/login/",
            "/login/",
            302 if ok else 200,
            r.randrange(200, 300) if ok else 5012,
            "https://bi.example.com/login/",
        )
    # the slow warehouse: one worker times out
    victim = st["pids"][1]
    x = G(slow + secs(r, 62, 65), 1, "CRITICAL", "WORKER TIMEOUT (pid:%d)", victim)
    x = G(
        x + secs(r, 0.5, 1),
        1,
        "ERROR",
        "Worker (pid:%d) was sent SIGKILL! Perhaps out of memory?",
        victim,
    )
    st["pids"].remove(victim)
    worker_boot(x + secs(r, 0.01, 0.05), st["next"])
    st["next"] += 1
    # the worker's broker connection lost
    C(
        redis0 + secs(r, 0.5, 2),
        "MainProcess",
        "WARNING",
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        cont=tb(
            (f"{SS_PY}/celery/worker/consumer/consumer.py", 340, "start", "blueprint.start(self)"),
            (f"{SS_PY}/celery/bootsteps.py", 116, "start", "step.start(parent)"),
            (f"{SS_PY}/celery/worker/consumer/consumer.py", 746, "start", "c.loop(*c.loop_args())"),
            (
                f"{SS_PY}/kombu/transport/redis.py",
                1326,
                "on_readable",
                "self.cycle.on_readable(fileno)",
            ),
            (
                f"{SS_PY}/redis/connection.py",
                524,
                "read_response",
                "raise ConnectionError(SERVER_CLOSED_CONNECTION_ERROR)",
            ),
            exc="redis.exceptions.ConnectionError: Connection closed by server.",
        ),
    )
    x, k = redis0 + secs(r, 3, 4), 1
    while x < redis1:
        wait = min(2 * k, 32)
        C(
            x,
            "MainProcess",
            "ERROR",
            "consumer: Cannot connect to %s: %s.\\nTrying again in %.2f seconds... (%d/%d)\\n",
            msg=f"consumer: Cannot connect to redis://redis:6379/0: {SS_REDIS}.\nTrying again in {wait:.2f} seconds... ({k}/100)\n",
        )
        x += timedelta(seconds=wait) + secs(r, 0.01, 0.05)
        k += 1
    x = C(x, "MainProcess", "INFO", "Connected to %s", "redis://redis:6379/0")
    x = C(x + secs(r, 0.01, 0.05), "MainProcess", "INFO", "mingle: searching for neighbors")
    C(x + secs(r, 1, 1.1), "MainProcess", "INFO", "mingle: all alone")
    # the redeploy
    x = G(redeploy, 1, "INFO", "Handling signal: %s", "term")
    for pid in list(st["pids"]):
        x = G(x + secs(r, 0.01, 0.3), pid, "INFO", "Worker exiting (pid: %d)", pid)
    G(x + secs(r, 0.5, 1.5), 1, "INFO", "Shutting down: %s", "Master")
    st["pids"] = []
    st["next"] = 24
    gunicorn_start(redeploy + secs(r, 20, 30))
    return o.logs(t0, {"w": "superset.log", "c": "superset-worker.log"})


# --------------------------------------------------------------------------------- metabase

MB_VERSION = "v0.49.3 (1c5a9a4 release-x.49.x)"
MB_DBS = {2: ("postgres", "Shop"), 3: ("mysql", "Events")}
MB_DASH = {
    1: [(1, 11), (2, 12), (3, 13), (4, 14)],
    4: [(7, 21), (8, 22), (9, 23)],
    6: [(12, 31), (13, 32)],
}
MB_CARD_DB = {11: 2, 12: 2, 13: 2, 14: 2, 21: 3, 22: 3, 23: 2, 31: 3, 32: 3}
MB_SYNC_STEPS = [
    "sync-dbms-version",
    "sync-timezone",
    "sync-tables",
    "sync-fields",
    "sync-fks",
    "sync-indexes",
    "sync-metabase-metadata",
    "sync-table-privileges",
]
MB_ANALYZE_STEPS = ["fingerprint-fields", "classify-fields", "classify-tables"]
MB_LINK = "Communications link failure\n\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server."


def metabase(r: random.Random) -> list[Log]:
    """Metabase 0.49.3 OSS in a container (`metabase.log`, its stdout: log4j2's `%date %level
    %logger{2} :: %message%n%throwable`, `MB_LOG_LEVEL` left at the default with the API log at
    DEBUG), 4 June 06:00 to 10:00, a PostgreSQL application database and two warehouses
    (postgres `Shop`, mysql `Events`). Start-up (the banner, plugins, drivers, migrations, the
    scheduler), dashboards loaded by users (`GET /api/dashboard/%s`, each card's `POST
    /api/dashboard/%s/dashcard/%s/card/%s/query 202 [ASYNC: completed]`), metadata sync and
    analysis of each database every hour with the summary block. The `Events` MySQL is
    unreachable from 07:05 to 08:12 (`Failed to connect to Database` with the driver's stack,
    sync steps failing with `clojure.lang.ExceptionInfo`, cards failing with `Error processing
    query:` and the query's map), a card with a renamed column fails all morning, the 08:00
    subscription's SMTP connection times out, and the container restarts at 09:20."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} {lvl} {ctx} :: "

    o = Out(1000, ["m"], head)
    t0, t_end = day(4, 6, 0, 3.2), day(4, 10, 0)
    ev_down, ev_up = day(4, 7, 5, 0), day(4, 8, 12, 0)
    restart, back = day(4, 9, 20, 5), day(4, 9, 20, 40)
    st = {"active": 0}

    def M(
        t: datetime,
        lvl: str,
        lg: str,
        fmt: str,
        *args: object,
        msg: str | None = None,
        cont: list[str] | None = None,
        proc: str = "m",
    ) -> datetime:
        return o.e("m", t, fmt, *args, lvl=lvl, ctx=lg, msg=msg, cont=cont or [], proc=proc)

    def startup(t: datetime) -> datetime:
        t = M(t, "INFO", "metabase.util", "Maximum memory available to JVM: %s", "1.9 GB")
        t = M(
            t + secs(r, 1.5, 3),
            "INFO",
            "util.encryption",
            "Saved credentials encryption is ENABLED for this Metabase instance. 🔐 \\n For more information, see https://metabase.com/docs/latest/operations-guide/encrypting-database-details-at-rest.html",
            msg="Saved credentials encryption is ENABLED for this Metabase instance. 🔐 \n For more information, see https://metabase.com/docs/latest/operations-guide/encrypting-database-details-at-rest.html",
        )
        t = M(
            t + secs(r, 3, 6),
            "INFO",
            "metabase.core",
            "\\nMetabase %s\\n\\nCopyright © %d Metabase, Inc.\\n\\nMetabase Enterprise Edition extensions are NOT PRESENT.",
            msg=f"\nMetabase {MB_VERSION}\n\nCopyright © 2024 Metabase, Inc.\n\nMetabase Enterprise Edition extensions are NOT PRESENT.",
        )
        t = M(
            t + secs(r, 0.005, 0.02),
            "INFO",
            "metabase.core",
            "Starting Metabase in STANDALONE mode",
        )
        t = M(
            t + secs(r, 0.05, 0.2),
            "INFO",
            "metabase.server",
            "Launching Embedded Jetty Webserver with config:\\n %s\\n",
            msg="Launching Embedded Jetty Webserver with config:\n {:port 3000}\n",
        )
        t = M(
            t + secs(r, 0.1, 0.3),
            "INFO",
            "metabase.core",
            "Starting Metabase version %s ...",
            MB_VERSION,
        )
        t = M(
            t + secs(r, 0.005, 0.02),
            "INFO",
            "metabase.core",
            "System info:\\n %s\\n",
            msg='System info:\n {"file.encoding" "UTF-8",\n "java.runtime.name" "OpenJDK Runtime Environment",\n "java.runtime.version" "11.0.23+9",\n "java.vendor" "Eclipse Adoptium",\n "java.vendor.url" "https://adoptium.net/",\n "java.version" "11.0.23",\n "java.vm.name" "OpenJDK 64-Bit Server VM",\n "java.vm.version" "11.0.23+9",\n "os.name" "Linux",\n "os.version" "5.15.0-1057-aws",\n "user.language" "en",\n "user.timezone" "GMT"}\n',
        )
        t = M(
            t + secs(r, 0.005, 0.02),
            "INFO",
            "metabase.plugins",
            "Loading plugins in %s...",
            "/plugins",
        )
        for jar in ["sqlite", "redshift", "mongo", "oracle", "bigquery-cloud-sdk", "snowflake"]:
            t = M(
                t + secs(r, 0.02, 0.2),
                "INFO",
                "util.files",
                "Extract file %s -> %s",
                f"/modules/{jar}.metabase-driver.jar",
                f"/plugins/{jar}.metabase-driver.jar",
            )
        t = M(
            t + secs(r, 0.1, 0.3),
            "INFO",
            "plugins.dependencies",
            "Metabase cannot initialize plugin %s due to required dependencies. %s",
            msg="Metabase cannot initialize plugin Metabase Oracle Driver due to required dependencies. Metabase requires the Oracle JDBC driver in order to connect to Oracle databases, but we can't ship it as part of Metabase due to licensing restrictions. See https://metabase.com/docs/latest/databases/oracle for more details.\n",
        )
        for drv, parents, abstract in [
            (":sql", "[]", True),
            (":sql-jdbc", "[:sql]", True),
            (":postgres", "[:sql-jdbc]", False),
            (":mysql", "[:sql-jdbc]", False),
            (":h2", "[:sql-jdbc]", False),
            (":sqlite", "[:sql-jdbc]", False),
            (":mongo", "[]", False),
        ]:
            fmt = (
                "Registered abstract driver %s (parents: %s) 🚚"
                if abstract
                else "Registered driver %s (parents: %s) 🚚"
            )
            t = M(t + secs(r, 0.005, 0.2), "INFO", "driver.impl", fmt, drv, parents)
        t = M(
            t + secs(r, 0.1, 0.3),
            "INFO",
            "metabase.core",
            "Setting up and migrating Metabase DB. Please sit tight, this may take a minute...",
        )
        t = M(
            t + secs(r, 0.005, 0.02),
            "INFO",
            "db.setup",
            "Verifying %s Database Connection ...",
            "postgres",
        )
        t = M(
            t + secs(r, 0.1, 0.4),
            "INFO",
            "db.setup",
            "Successfully verified %s %s application database connection. ✅",
            "PostgreSQL",
            "15.6",
        )
        t = M(
            t + secs(r, 0.005, 0.02),
            "INFO",
            "db.setup",
            "Checking if a database downgrade is required...",
        )
        t = M(t + secs(r, 0.2, 0.6), "INFO", "db.setup", "Running Database Migrations...")
        t = M(t + secs(r, 0.005, 0.02), "INFO", "db.setup", "Setting up Liquibase...")
        t = M(t + secs(r, 0.3, 0.9), "INFO", "db.setup", "Liquibase is ready.")
        t = M(
            t + secs(r, 0.005, 0.02),
            "INFO",
            "db.liquibase",
            "Checking if Database has unrun migrations...",
        )
        t = M(t + secs(r, 0.5, 1.5), "INFO", "db.setup", "Database Migrations Current ...  ✅")
        t = M(
            t + secs(r, 0.005, 0.02),
            "INFO",
            "metabase.util",
            "Database setup took %s",
            f"{r.uniform(2, 5):.1f} s",
        )
        t = M(
            t + secs(r, 0.2, 0.6),
            "INFO",
            "metabase.task",
            "Task scheduler initialized into standby mode.",
        )
        for task in [
            "SyncDatabases",
            "CheckForNewVersions",
            "SendAnonymousUsageStats",
            "SendPulses",
            "TruncateAuditTables",
            "PersistRefresh",
            "SendFollowUpEmails",
            "RefreshSlowQueries",
        ]:
            t = M(t + secs(r, 0.01, 0.1), "INFO", "metabase.task", "Initializing task %s 📆", task)
        t = M(
            t + secs(r, 0.1, 0.3),
            "INFO",
            "metabase.task",
            "Starting Quartz Scheduler %s",
            "MetabaseScheduler",
        )
        return M(
            t + secs(r, 0.3, 0.8),
            "INFO",
            "metabase.core",
            "Metabase Initialization COMPLETE in %s",
            f"{(t - restart_at[0]).total_seconds() + 0.8:.1f} s",
        )

    def api(
        t: datetime,
        method: str,
        route: str,
        path: str,
        status: int,
        took_ms: float,
        calls: int,
        query_db: int | None = None,
    ) -> None:
        st["active"] = r.randrange(1, 6)
        took = f"{took_ms:.1f} ms" if took_ms < 1000 else f"{took_ms / 1000:.1f} s"
        jetty = r.randrange(3, 12)
        base = f"App DB connections: {r.randrange(0, 4)}/15 Jetty threads: {jetty}/50 ({r.randrange(1, jetty)} idle, 0 queued) ({r.randrange(88, 110)} total active threads) Queries in flight: {r.randrange(0, 4)} (0 queued)"
        rest = " (%d DB calls) App DB connections: %d/%d Jetty threads: %d/%d (%d idle, %d queued) (%d total active threads) Queries in flight: %d (%d queued)"
        if query_db is not None:
            eng = MB_DBS[query_db][0]
            msg = f"{method} {path} {status} [ASYNC: completed] {took} ({calls} DB calls) {base}; {eng} DB {query_db} connections: {r.randrange(0, 3)}/{r.choice([6, 10])} (0 threads blocked)"
            fmt = f"{method} {route} {status} [ASYNC: completed] %s{rest}; %s DB %d connections: %d/%d (%d threads blocked)"
        else:
            msg = f"{method} {path} {status} {took} ({calls} DB calls) {base}"
            fmt = f"{method} {route} {status} %s{rest}"
        M(t, "DEBUG", "middleware.log", fmt, msg=msg, proc=f"jetty{r.randrange(1, 9)}")

    def ex_info(msg: str, data: str, frames: list[str]) -> list[str]:
        return [f"clojure.lang.ExceptionInfo: {msg} {data}", *jframes(*frames)]

    def card(t: datetime, dash: int, dc: int, cid: int) -> None:
        db = MB_CARD_DB[cid]
        if cid == 23 and t < fixed:  # a renamed column: fails until the question is edited
            took = r.uniform(40, 120)
            M(
                t + timedelta(milliseconds=took),
                "ERROR",
                "middleware.catch-exceptions",
                'Error processing query: ERROR: column "%s" does not exist\\n  Position: %d',
                msg='Error processing query: ERROR: column "source"."discount_total" does not exist\n  Position: 88',
                cont=[
                    "{:database_id 2,",
                    f' :started_at #t "{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z[GMT]",',
                    ' :state "42703",',
                    " :json_query",
                    " {:constraints {:max-results 10000, :max-results-bare-rows 2000},",
                    "  :type :query,",
                    "  :middleware {:js-int-to-string? true, :ignore-cached-results? false, :process-viz-settings? false},",
                    "  :cache-ttl nil,",
                    "  :database 2,",
                    "  :query {:source-table 14, :aggregation [[:sum [:field 131 nil]]], :breakout [[:field 118 {:temporal-unit :week}]]},",
                    "  :async? true},",
                    " :native",
                    ' {:query "SELECT DATE_TRUNC(\'week\', \\"source\\".\\"ordered_at\\") AS \\"ordered_at\\", SUM(\\"source\\".\\"discount_total\\") AS \\"sum\\" FROM ...",',
                    "  :params nil},",
                    " :status :failed,",
                    " :class org.postgresql.util.PSQLException,",
                    " :stacktrace",
                    ' ["org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)"',
                    '  "org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2401)"',
                    '  "--> driver.sql_jdbc.execute$execute_statement_or_prepared_statement_BANG_.invokeStatic(execute.clj:545)"',
                    '  "driver.sql_jdbc.execute$execute_reducible_query.invokeStatic(execute.clj:713)"],',
                    " :card_id 23,",
                    " :context :dashboard,",
                    ' :error "ERROR: column \\"source\\".\\"discount_total\\" does not exist\\n  Position: 88",',
                    " :row_count 0,",
                    " :running_time 0,",
                    " :data {:rows [], :cols []}}",
                    "",
                ],
                proc="qp",
            )
            api(
                t + timedelta(milliseconds=took + r.uniform(2, 10)),
                "POST",
                "/api/dashboard/%s/dashcard/%s/card/%s/query",
                f"/api/dashboard/{dash}/dashcard/{dc}/card/{cid}/query",
                202,
                took + 10,
                9,
                db,
            )
            return
        if db == 3 and ev_down <= t < ev_up:
            took = r.uniform(10000, 10400)
            M(
                t + timedelta(milliseconds=took),
                "ERROR",
                "middleware.catch-exceptions",
                "Error processing query: Communications link failure\\n\\nThe last packet sent successfully to the server was %d milliseconds ago. The driver has not received any packets from the server.",
                msg=f"Error processing query: {MB_LINK}",
                cont=[
                    "{:database_id 3,",
                    f' :started_at #t "{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z[GMT]",',
                    ' :state "08S01",',
                    " :json_query {:database 3, :type :query, :query {:source-table 41, :aggregation [[:count]], :breakout [[:field 402 {:temporal-unit :hour}]]}},",
                    " :status :failed,",
                    " :class com.mysql.cj.jdbc.exceptions.CommunicationsException,",
                    f" :card_id {cid},",
                    " :context :dashboard,",
                    ' :error "Communications link failure\\n\\nThe last packet sent successfully to the server was 0 milliseconds ago. The driver has not received any packets from the server.",',
                    " :row_count 0,",
                    " :running_time 0,",
                    " :data {:rows [], :cols []}}",
                    "",
                ],
                proc="qp",
            )
            api(
                t + timedelta(milliseconds=took + r.uniform(2, 10)),
                "POST",
                "/api/dashboard/%s/dashcard/%s/card/%s/query",
                f"/api/dashboard/{dash}/dashcard/{dc}/card/{cid}/query",
                202,
                took + 10,
                7,
                db,
            )
            return
        took = r.uniform(80, 2500)
        api(
            t + timedelta(milliseconds=took),
            "POST",
            "/api/dashboard/%s/dashcard/%s/card/%s/query",
            f"/api/dashboard/{dash}/dashcard/{dc}/card/{cid}/query",
            202,
            took,
            r.randrange(8, 14),
            db,
        )

    def dashboard(t: datetime) -> None:
        if restart <= t < back:
            return
        dash = r.choice(list(MB_DASH))
        api(
            t,
            "GET",
            "/api/user/current",
            "/api/user/current",
            200,
            r.uniform(8, 30),
            r.randrange(3, 6),
        )
        api(
            t + secs(r, 0.01, 0.04),
            "GET",
            "/api/session/properties",
            "/api/session/properties",
            200,
            r.uniform(20, 60),
            r.randrange(2, 5),
        )
        api(
            t + secs(r, 0.05, 0.15),
            "GET",
            "/api/dashboard/%s",
            f"/api/dashboard/{dash}",
            200,
            r.uniform(40, 160),
            r.randrange(12, 24),
        )
        for dc, cid in MB_DASH[dash]:
            card(t + secs(r, 0.2, 0.6), dash, dc, cid)

    def step_lines(t: datetime, db: int, what: str, steps: list[str], fail: bool) -> datetime:
        eng, name = MB_DBS[db]
        label = f"{eng} Database {db} '{name}'"
        s0 = t = M(t, "INFO", "sync.util", f"STARTING: {what} for %s", label, proc="sync")
        done: list[tuple[str, float]] = []
        if fail:
            t = M(
                t + secs(r, 10, 10.3),
                "ERROR",
                "driver.util",
                "Failed to connect to Database",
                cont=[
                    f"com.mysql.cj.jdbc.exceptions.CommunicationsException: {MB_LINK}",
                    *jframes(
                        "com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:174)",
                        "com.mysql.cj.jdbc.exceptions.SQLExceptionsMapping.translateException(SQLExceptionsMapping.java:64)",
                        "com.mysql.cj.jdbc.ConnectionImpl.createNewIO(ConnectionImpl.java:829)",
                        "com.mysql.cj.jdbc.ConnectionImpl.<init>(ConnectionImpl.java:449)",
                        "metabase.driver.sql_jdbc.connection$do_with_connection_spec_for_testing_connection.invokeStatic(connection.clj:341)",
                        "metabase.driver.util$can_connect_with_details_QMARK_$fn__40122.invoke(util.clj:155)",
                        "java.lang.Thread.run(Thread.java:829)",
                    ),
                    "Caused by: java.net.SocketTimeoutException: Connect timed out",
                    *jframes(
                        "java.base/java.net.PlainSocketImpl.socketConnect(Native Method)",
                        "com.mysql.cj.protocol.StandardSocketFactory.connect(StandardSocketFactory.java:153)",
                    ),
                    "\t... 41 common frames omitted",
                ],
                proc="sync",
            )
        for step in steps:
            if fail and step in (
                "sync-dbms-version",
                "sync-timezone",
                "sync-tables",
                "fingerprint-fields",
            ):
                t = M(
                    t + secs(r, 0.001, 0.01),
                    "INFO",
                    "sync.util",
                    "STARTING: step '%s' for %s",
                    step,
                    label,
                    proc="sync",
                )
                t = M(
                    t + secs(r, 10, 10.4),
                    "WARN",
                    "sync.util",
                    "Error running step '%s' for %s",
                    step,
                    label,
                    cont=ex_info(
                        MB_LINK.split("\n")[0],
                        '{:db 3, :step "' + step + '"}',
                        [
                            "metabase.driver.sql_jdbc.execute$do_with_resolved_connection.invokeStatic(execute.clj:334)",
                            "metabase.driver.sql_jdbc.sync.describe_database$fast_active_tables.invokeStatic(describe_database.clj:104)",
                            "metabase.sync.fetch_metadata$db_metadata.invokeStatic(fetch_metadata.clj:21)",
                            "metabase.sync.util$do_with_error_handling.invokeStatic(util.clj:171)",
                            "metabase.sync.util$run_step_with_metadata.invokeStatic(util.clj:453)",
                            "java.lang.Thread.run(Thread.java:829)",
                        ],
                    ),
                    proc="sync",
                )
                done.append((step, 10.2))
                continue
            t = M(
                t + secs(r, 0.001, 0.01),
                "INFO",
                "sync.util",
                "STARTING: step '%s' for %s",
                step,
                label,
                proc="sync",
            )
            took = r.uniform(2, 400)
            t = M(
                t + timedelta(milliseconds=took),
                "INFO",
                "sync.util",
                "FINISHED: step '%s' for %s (%s)",
                step,
                label,
                f"{took:.1f} ms",
                proc="sync",
            )
            done.append((step, took))
        dur = (t - s0).total_seconds()
        t = M(
            t + secs(r, 0.001, 0.01),
            "INFO",
            "sync.util",
            f"FINISHED: {what} for %s (%s)",
            label,
            f"{dur:.1f} s",
            proc="sync",
        )
        summ = [
            "",
            "################################################################",
            f"# Completed  {what}  on {name}",
            f"# Start: {s0:%Y-%m-%dT%H:%M:%S}.{s0.microsecond // 1000:03d}Z",
            f"# End: {t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z",
            f"# Duration: {dur:.1f} s",
        ]
        for step, took in done:
            summ.append("# ---------------------------------------------------------------")
            summ.append(f"# Completed step ''{step}'' in {took:.1f} ms")
        summ.append("################################################################")
        return M(
            t + secs(r, 0.001, 0.01),
            "INFO",
            "sync.util",
            f"\\n################################################################\\n# Completed  {what}  on %s\\n# Start: %s\\n# End: %s\\n# Duration: %s\\n%s################################################################",
            msg="\n".join(summ),
            proc="sync",
        )

    restart_at = [t0]
    fixed = day(4, 7, 40, 12)
    startup(t0)
    api(fixed - secs(r, 1, 2), "PUT", "/api/card/%s", "/api/card/23", 200, r.uniform(60, 120), 31)
    for x in poisson(r, t0 + timedelta(minutes=1), t_end, 50):
        dashboard(x)
    for h in range(6, 10):
        for db in (2, 3):
            x = day(4, h, 50 if db == 2 else 51, r.uniform(0, 2))
            if restart <= x < back:
                continue
            fail = db == 3 and ev_down <= x < ev_up
            y = step_lines(x, db, "Sync metadata", MB_SYNC_STEPS, fail)
            step_lines(y + secs(r, 0.1, 0.5), db, "Analyze data", MB_ANALYZE_STEPS, fail)
    # the 08:00 subscription
    x = M(
        day(4, 8, 0, 0.4),
        "INFO",
        "task.send-pulses",
        "Sending Pulse %d (%s) via Channel :%s",
        4,
        "Morning KPIs",
        "email",
        proc="pulse",
    )
    M(
        x + secs(r, 30, 31),
        "ERROR",
        "pulse.send",
        "Error sending Pulse %d to channel %s",
        4,
        "email",
        cont=[
            "javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 587;",
            "  nested exception is:",
            "\tjava.net.SocketTimeoutException: Connect timed out",
            *jframes(
                "com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2211)",
                "com.sun.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:722)",
                "javax.mail.Service.connect(Service.java:342)",
                "postal.smtp$smtp_send_STAR_.invokeStatic(smtp.clj:28)",
                "metabase.email$send_email_BANG_.invokeStatic(email.clj:105)",
                "metabase.pulse$send_notifications_BANG_.invokeStatic(pulse.clj:574)",
                "java.lang.Thread.run(Thread.java:829)",
            ),
        ],
        proc="pulse",
    )
    # the restart
    M(restart, "INFO", "metabase.core", "Metabase Shutting Down ...")
    M(
        restart + secs(r, 0.2, 0.5),
        "INFO",
        "metabase.server",
        "Shutting Down Embedded Jetty Webserver",
    )
    M(restart + secs(r, 0.6, 1.0), "INFO", "metabase.core", "Metabase Shutdown COMPLETE")
    restart_at[0] = restart + secs(r, 4, 6)
    startup(restart_at[0])
    return o.logs(t0, {"m": "metabase.log"})


# --------------------------------------------------------------------------------- airbyte

AB_VERSION = "0.50.33"
AB_CONNS = {
    "shop": (
        "airbyte/source-postgres:3.3.1",
        "source-postgres",
        ["public.orders", "public.order_items", "public.customers", "public.products"],
        "java",
    ),
    "stripe": (
        "airbyte/source-stripe:5.2.4",
        "source-stripe",
        ["charges", "customers", "invoices", "refunds", "balance_transactions"],
        "python",
    ),
    "events": (
        "airbyte/source-mysql:3.3.13",
        "source-mysql",
        ["shop_events.events", "shop_events.sessions"],
        "java",
    ),
}
AB_CLASS = {
    "shop": "io.airbyte.integrations.source.postgres.PostgresSource",
    "events": "io.airbyte.integrations.source.mysql.MySqlSource",
}
AB_DEST = ("airbyte/destination-snowflake:3.5.14", "destination-snowflake")
AB_RETRY = "RetryManager(completeFailureBackoffPolicy=BackoffPolicy(minInterval=PT10S, maxInterval=PT30M, base=3), partialFailureBackoffPolicy=null, successiveCompleteFailureLimit=5, totalCompleteFailureLimit=10, successivePartialFailureLimit=1000, totalPartialFailureLimit=10, successiveCompleteFailures={sc}, totalCompleteFailures={tc}, successivePartialFailures=0, totalPartialFailures=0)"


def airbyte(r: random.Random) -> list[Log]:
    """Airbyte 0.50.33 on Kubernetes (the container orchestrator), 4 June 06:00 to 10:00: each
    attempt's job log (`job-<id>-<attempt>.log`, what the UI downloads from
    /tmp/workspace/<job>/<attempt>/logs.log): the worker's lines in its logback layout
    (`2024-06-04 06:00:01 INFO i.a.w.t.TemporalAttemptExecution(get):138 - ...`) and the
    containers' lines after `source > `, `destination > ` and `replication-orchestrator > `.
    Two connections sync hourly to Snowflake: Postgres `shop` (a Java source: CDC-less
    incremental by cursor) and Stripe (a Python CDK source). Each attempt checks both
    connectors, starts the orchestrator's pods, reads streams (`Records read: %d (%s)` every
    5,000), flushes, and ends with its sync summary. Stripe rate-limits at 07:00 (back-offs); its
    08:00 job fails twice on an expired key (a 401 `HTTPError` with the CDK's traceback, the
    orchestrator's `readFromSource: exception caught` and the worker's `Completing future
    exceptionally...` with Java stacks, retries with back-off) and succeeds on the third
    attempt after the key is rotated; the Postgres source loses its connection mid-sync at
    07:00 (a PSQLException) and succeeds on retry."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        if ctx in ("source", "destination", "replication-orchestrator"):
            return f"{t:%Y-%m-%d %H:%M:%S} {ctx} > "
        return f"{t:%Y-%m-%d %H:%M:%S} {lvl} {ctx} - "

    files: dict[str, str] = {}
    o = Out(1000, [], head)
    t0 = day(4, 6, 0, 1)
    st = {"job": 4101}

    def attempt(
        t: datetime, conn: str, job: int, n: int, fail: str | None, ratelimit: bool
    ) -> tuple[datetime, bool]:
        key = f"{job}-{n}"
        o.files[key] = Records()
        files[key] = f"job-{job}-{n}.log"
        image, name, streams, lang = AB_CONNS[conn]

        def P(
            t: datetime,
            lg: str,
            fmt: str,
            *args: object,
            lvl: str = "INFO",
            msg: str | None = None,
            cont: list[str] | None = None,
        ) -> datetime:
            return o.e(
                key, t, fmt, *args, lvl=lvl, ctx=lg, msg=msg, cont=cont or [], proc=(key, "p")
            )

        def S(
            t: datetime,
            who: str,
            fmt: str,
            *args: object,
            msg: str | None = None,
            cont: list[str] | None = None,
        ) -> datetime:
            return o.e(key, t, fmt, *args, ctx=who, msg=msg, cont=cont or [], proc=(key, who))

        def gobble(t: datetime, text: str) -> datetime:
            t = P(t, "i.a.c.i.LineGobbler(voidCall):149", "(empty message)", msg="")
            t = P(t + secs(r, 0.001, 0.01), "i.a.c.i.LineGobbler(voidCall):149", text)
            return P(
                t + secs(r, 0.001, 0.01),
                "i.a.c.i.LineGobbler(voidCall):149",
                "(empty message)",
                msg="",
            )

        t = P(
            t,
            "i.a.w.t.TemporalAttemptExecution(get):138",
            "Docker volume job log path: %s",
            f"/tmp/workspace/{job}/{n}/logs.log",
        )
        t = P(
            t + secs(r, 0.01, 0.1),
            "i.a.w.t.TemporalAttemptExecution(get):143",
            "Executing worker wrapper. Airbyte version: %s",
            AB_VERSION,
        )
        t = P(
            t + secs(r, 0.01, 0.1),
            "i.a.a.SegmentAnalyticsClient(close):226",
            "Flushing segment analytics client",
        )
        t = P(
            t + secs(r, 0.01, 0.1),
            "i.a.a.SegmentAnalyticsClient(close):235",
            "Waiting for segment analytics client to flush enqueued messages",
        )
        for what, img, nm in [("source", image, name), ("destination", AB_DEST[0], AB_DEST[1])]:
            t = gobble(t + secs(r, 0.05, 0.3), "----- START CHECK -----")
            pod = f"{nm}-check-{job}-{n}-{alnum_l(5)}"
            t = P(
                t + secs(r, 0.05, 0.3),
                "i.a.w.p.KubeProcessFactory(create):96",
                "Attempting to start pod = %s for %s with resources %s and allowedHosts %s",
                pod,
                img,
                "ConnectorResourceRequirements[original=ResourceRequirements[cpuRequest=,cpuLimit=,memoryRequest=,memoryLimit=,additionalProperties={}], referenceRequirements=ResourceRequirements[cpuRequest=,cpuLimit=,memoryRequest=,memoryLimit=,additionalProperties={}], error=null, type=check_connection]",
                "io.airbyte.config.AllowedHosts@5c2a1f7b[hosts=[api.stripe.com, *.datadoghq.com],additionalProperties={}]"
                if nm == "source-stripe"
                else "null",
            )
            t = P(
                t + secs(r, 0.5, 2),
                "i.a.w.p.KubeProcessFactory(create):99",
                "%s stdoutLocalPort = %d",
                pod,
                r.randrange(9010, 9030),
            )
            t = P(
                t + secs(r, 0.001, 0.01),
                "i.a.w.p.KubeProcessFactory(create):102",
                "%s stderrLocalPort = %d",
                pod,
                r.randrange(9010, 9030),
            )
            t = P(t + secs(r, 2, 6), "i.a.w.p.KubePodProcess(<init>):574", "Pod IP: %s", ip_pod())
            ok = not (what == "source" and fail == "auth")
            status = "succeeded" if ok else "failed"
            msg_ = (
                "<null>"
                if ok
                else "'Unable to connect to stream charges - Request to https://api.stripe.com/v1/charges failed with status code 401 and error message Invalid API Key provided: rk_live_************************4fQx'"
            )
            t = P(
                t + secs(r, 3, 9),
                "i.a.w.g.DefaultCheckConnectionWorker(run):115",
                "Check connection job received output: %s",
                f"io.airbyte.config.StandardCheckConnectionOutput@{hexid(r, 8)}[status={status},message={msg_},additionalProperties={{}}]",
            )
            t = gobble(t + secs(r, 0.01, 0.1), "----- END CHECK -----")
            if not ok:
                return fail_attempt(t, P, job, n, "auth", conn), False
        t = gobble(t + secs(r, 0.5, 2), "----- START REPLICATION -----")
        opod = f"orchestrator-repl-job-{job}-attempt-{n}"
        t = P(
            t + secs(r, 0.1, 0.5),
            "i.a.w.p.KubeProcessFactory(create):96",
            "Attempting to start pod = %s for %s with resources %s and allowedHosts %s",
            opod,
            f"airbyte/container-orchestrator:{AB_VERSION}",
            "ConnectorResourceRequirements[original=ResourceRequirements[cpuRequest=,cpuLimit=,memoryRequest=,memoryLimit=2Gi,additionalProperties={}], referenceRequirements=ResourceRequirements[cpuRequest=,cpuLimit=,memoryRequest=,memoryLimit=,additionalProperties={}], error=null, type=orchestrator]",
            "null",
        )
        t = P(
            t + secs(r, 3, 8),
            "i.a.w.s.a.OrchestratorLauncher(launch):74",
            "Orchestrator pod %s is running, waiting for it to complete",
            opod,
        )
        R = "replication-orchestrator"
        t = S(t + secs(r, 2, 4), R, "Running replication worker...")
        t = S(t + secs(r, 0.01, 0.1), R, "start sync worker. job id: %d attempt id: %d", job, n)
        t = S(
            t + secs(r, 0.01, 0.1),
            R,
            "configured sync modes: %s",
            "{" + ", ".join(f"null.{x}=incremental - append_dedup" for x in streams) + "}",
        )
        t = S(t + secs(r, 0.01, 0.1), R, "Waiting for source and destination threads to complete.")
        t = S(
            t + secs(r, 3, 8),
            "destination",
            "Running integration: %s",
            "io.airbyte.integrations.destination.snowflake.SnowflakeDestination",
        )
        t = S(t + secs(r, 0.1, 0.5), "destination", "Command: %s", "WRITE")
        t = S(
            t + secs(r, 0.1, 0.5),
            "destination",
            "Integration config: %s",
            "IntegrationConfig{command=WRITE, configPath='destination_config.json', catalogPath='destination_catalog.json', statePath='null'}",
        )
        if lang == "java":
            t = S(t + secs(r, 0.5, 2), "source", "Running integration: %s", AB_CLASS[conn])
            t = S(t + secs(r, 0.1, 0.5), "source", "Command: %s", "READ")
            t = S(
                t + secs(r, 0.1, 0.5),
                "source",
                "Integration config: %s",
                "IntegrationConfig{command=READ, configPath='source_config.json', catalogPath='source_catalog.json', statePath='input_state.json'}",
            )
        else:
            t = S(t + secs(r, 0.5, 2), "source", "Starting syncing %s", "SourceStripe")
        total, size = 0, 0
        nxt = 5000
        runtimes = []
        for sx, stream in enumerate(streams):
            s0 = t
            if lang == "java":
                t = S(t + secs(r, 0.1, 0.5), "source", "Set initial fetch size: %d rows", 10)
                t = S(
                    t + secs(r, 0.2, 1),
                    "source",
                    "Queueing query for table: %s",
                    stream.split(".")[1],
                )
            else:
                t = S(t + secs(r, 0.1, 0.5), "source", "Marking stream %s as STARTED", stream)
                t = S(t + secs(r, 0.01, 0.1), "source", "Syncing stream: %s ", stream)
            if stream == "shop_events.events":
                n_rec = r.randrange(120000, 210000)
            elif "order" in stream or stream in (
                "charges",
                "balance_transactions",
                "shop_events.sessions",
            ):
                n_rec = r.randrange(800, 26000)
            else:
                n_rec = r.randrange(20, 3000)
            if fail == "pg" and sx == 1:
                t += secs(r, 30, 90)
                S(
                    t,
                    "source",
                    "Something went wrong in the connector. See the logs for more details.",
                    cont=[
                        "org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.",
                        *jframes(
                            "org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:395)",
                            "org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:498)",
                            "io.airbyte.cdk.db.jdbc.StreamingJdbcDatabase.lambda$unsafeQuery$0(StreamingJdbcDatabase.java:74)",
                            "io.airbyte.cdk.integrations.source.relationaldb.AbstractDbSource.lambda$read$1(AbstractDbSource.java:180)",
                            "io.airbyte.cdk.integrations.base.IntegrationRunner.runInternal(IntegrationRunner.java:165)",
                        ),
                        "Caused by: java.net.SocketException: Connection reset",
                        *jframes(
                            "java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:323)",
                            "org.postgresql.core.VisibleBufferedInputStream.read(VisibleBufferedInputStream.java:161)",
                        ),
                        "\t... 15 more",
                    ],
                )
                return fail_attempt(t + secs(r, 1, 3), P, job, n, "pg", conn, S), False
            if ratelimit and stream in ("charges", "invoices"):
                for k in range(r.randrange(3, 7)):
                    t = S(
                        t + secs(r, 1, 4),
                        "source",
                        "Backing off _send(...) for %.1fs (%s)",
                        msg=f'Backing off _send(...) for {5.0 * (k + 1):.1f}s (airbyte_cdk.sources.streams.http.exceptions.DefaultBackoffException: Request URL: https://api.stripe.com/v1/{stream}?limit=100&created%5Bgte%5D=1717473600, Response Code: 429, Response Text: {{\n  "error": {{\n    "message": "Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.",\n    "type": "invalid_request_error"\n  }}\n}}\n)',
                    )
                    t = S(
                        t + secs(r, 0.001, 0.01),
                        "source",
                        "Retrying. Sleeping for %d seconds",
                        5 * (k + 1),
                    )
                    t += timedelta(seconds=5 * (k + 1))
            per = r.uniform(0.002, 0.01)
            while total + n_rec >= nxt:
                t += timedelta(seconds=(nxt - total) * per)
                size_now = size + (nxt - total) * 600
                t = S(t, R, "Records read: %d (%s)", nxt, human(size_now))
                nxt += 5000
            total += n_rec
            size += n_rec * 600
            t += timedelta(seconds=n_rec * per * 0.2)
            if lang == "python":
                t = S(
                    t + secs(r, 0.1, 0.5), "source", "Read %d records from %s stream", n_rec, stream
                )
                t = S(t + secs(r, 0.01, 0.1), "source", "Marking stream %s as STOPPED", stream)
                t = S(t + secs(r, 0.01, 0.1), "source", "Finished syncing %s", stream)
            else:
                t = S(t + secs(r, 0.01, 0.1), "source", "Closing database connection pool.")
            runtimes.append((stream, t - s0))
        if lang == "python":
            rt = "\n".join(f"Syncing stream {x} {d!s}" for x, d in runtimes)
            t = S(
                t + secs(r, 0.01, 0.1),
                "source",
                "SourceStripe runtimes:\\n%s",
                msg=f"SourceStripe runtimes:\n{rt}",
            )
            t = S(t + secs(r, 0.01, 0.1), "source", "Finished syncing %s", "SourceStripe")
        else:
            t = S(t + secs(r, 0.01, 0.1), "source", "Completed integration: %s", AB_CLASS[conn])
        t = S(t + secs(r, 0.5, 2), R, "Source has no more messages, closing connection.")
        t = S(
            t + secs(r, 0.01, 0.1),
            R,
            "readFromSource: done. (source.isFinished:%s, fromSource.isClosed:%s)",
            "true",
            "false",
        )
        for stream in streams:
            t = S(
                t + secs(r, 0.5, 4),
                "destination",
                "Flushing buffer of stream %s (%s)",
                stream.split(".")[-1],
                human(r.randrange(100000, 30000000)),
            )
        t = S(
            t + secs(r, 0.5, 3),
            "destination",
            "Completed integration: %s",
            "io.airbyte.integrations.destination.snowflake.SnowflakeDestination",
        )
        t = S(
            t + secs(r, 0.1, 0.5),
            R,
            "writeToDestination: done. (forDest.isDone:%s, isDestRunning:%s)",
            "true",
            "true",
        )
        t = S(
            t + secs(r, 0.1, 0.5),
            R,
            "readFromDestination: done. (writeToDestFailed:%s, dest.isFinished:%s)",
            "false",
            "true",
        )
        t = S(t + secs(r, 0.01, 0.1), R, "Total records read: %d (%s)", total, human(size))
        summary = {
            "status": "completed",
            "recordsSynced": total,
            "bytesSynced": size,
            "startTime": int(t0.timestamp() * 1000),
            "endTime": int(t.timestamp() * 1000),
            "totalStats": {
                "bytesCommitted": size,
                "bytesEmitted": size,
                "recordsCommitted": total,
                "recordsEmitted": total,
            },
        }
        t = S(
            t + secs(r, 0.01, 0.1),
            R,
            "sync summary: %s",
            msg="sync summary: " + json.dumps(summary, indent=2).replace('": ', '" : '),
        )
        t = S(t + secs(r, 0.01, 0.1), R, "failures: %s", "[ ]")
        t = P(
            t + secs(r, 1, 3),
            "i.a.w.s.a.OrchestratorLauncher(launch):92",
            "Orchestrator pod %s completed with status %s",
            opod,
            "Succeeded",
        )
        t = gobble(t + secs(r, 0.01, 0.1), "----- END REPLICATION -----")
        t = P(
            t + secs(r, 0.1, 0.5),
            "i.a.w.t.TemporalAttemptExecution(get):169",
            "Stopping cancellation check scheduling...",
        )
        return t, True

    def fail_attempt(t: datetime, P, job: int, n: int, why: str, conn: str, S=None) -> datetime:
        if why == "pg" and S is not None:
            R = "replication-orchestrator"
            t = S(
                t,
                R,
                "readFromSource: exception caught",
                cont=[
                    "java.lang.IllegalStateException: Source process is still alive, cannot retrieve exit value.",
                    *jframes(
                        "com.google.common.base.Preconditions.checkState(Preconditions.java:515)",
                        "io.airbyte.workers.internal.DefaultAirbyteSource.getExitValue(DefaultAirbyteSource.java:136)",
                        "io.airbyte.workers.general.BufferedReplicationWorker.readFromSource(BufferedReplicationWorker.java:362)",
                        "java.base/java.util.concurrent.CompletableFuture$AsyncRun.run(CompletableFuture.java:1804)",
                        "java.base/java.lang.Thread.run(Thread.java:1583)",
                    ),
                ],
            )
            t = S(
                t + secs(r, 0.01, 0.1),
                R,
                "readFromSource: done. (source.isFinished:%s, fromSource.isClosed:%s)",
                "false",
                "true",
            )
            t = S(
                t + secs(r, 0.5, 2),
                R,
                "writeToDestination: done. (forDest.isDone:%s, isDestRunning:%s)",
                "true",
                "true",
            )
            t = S(
                t + secs(r, 0.1, 0.5),
                R,
                "readFromDestination: done. (writeToDestFailed:%s, dest.isFinished:%s)",
                "false",
                "true",
            )
            fj = {
                "failureOrigin": "source",
                "failureType": "system_error",
                "internalMessage": "org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.",
                "externalMessage": "Something went wrong in the connector. See the logs for more details.",
                "retryable": True,
                "timestamp": int(t.timestamp() * 1000),
            }
            t = S(
                t + secs(r, 0.01, 0.1),
                R,
                "failures: %s",
                msg="failures: [ " + json.dumps(fj, indent=2).replace('": ', '" : ') + " ]",
            )
            t = P(
                t + secs(r, 1, 3),
                "i.a.w.s.a.OrchestratorLauncher(launch):92",
                "Orchestrator pod %s completed with status %s",
                f"orchestrator-repl-job-{job}-attempt-{n}",
                "Failed",
            )
            t = gobble_end(t, P)
            exc = "io.airbyte.workers.exception.WorkerException: Source process exited with non-zero exit code 1"
        else:
            exc = "io.airbyte.workers.exception.WorkerException: Connection check failed: Unable to connect to stream charges - Request to https://api.stripe.com/v1/charges failed with status code 401 and error message Invalid API Key provided: rk_live_************************4fQx"
        t = P(
            t + secs(r, 0.1, 0.5),
            "i.a.w.t.TemporalAttemptExecution(lambda$getWorkerThread$6):198",
            "Completing future exceptionally...",
            lvl="ERROR",
            cont=[
                exc,
                *jframes(
                    "io.airbyte.workers.sync.LauncherWorker.run(LauncherWorker.java:245)"
                    if why == "pg"
                    else "io.airbyte.workers.general.DefaultCheckConnectionWorker.run(DefaultCheckConnectionWorker.java:128)",
                    "io.airbyte.workers.temporal.TemporalAttemptExecution.lambda$getWorkerThread$6(TemporalAttemptExecution.java:195)",
                    "java.base/java.lang.Thread.run(Thread.java:1583)",
                ),
            ],
        )
        return P(
            t + secs(r, 0.1, 0.5),
            "i.a.w.t.TemporalAttemptExecution(get):169",
            "Stopping cancellation check scheduling...",
        )

    def gobble_end(t: datetime, P) -> datetime:
        t = P(
            t + secs(r, 0.01, 0.1), "i.a.c.i.LineGobbler(voidCall):149", "(empty message)", msg=""
        )
        t = P(
            t + secs(r, 0.001, 0.01),
            "i.a.c.i.LineGobbler(voidCall):149",
            "----- END REPLICATION -----",
        )
        return P(
            t + secs(r, 0.001, 0.01), "i.a.c.i.LineGobbler(voidCall):149", "(empty message)", msg=""
        )

    def alnum_l(k: int) -> str:
        return "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(k))

    def ip_pod() -> str:
        return f"10.4.{r.randrange(1, 9)}.{r.randrange(2, 250)}"

    def human(b: float) -> str:
        for unit in ["B", "KB", "MB", "GB"]:
            if b < 1024:
                return f"{int(b)} {unit}"
            b /= 1024
        return f"{int(b)} TB"

    def job(t: datetime, conn: str, fails: list[str], ratelimit: bool) -> None:
        jid = st["job"]
        st["job"] += 1
        n = 0
        sc = 0
        while True:
            fail = fails[n] if n < len(fails) else None
            t, ok = attempt(t, conn, jid, n, fail, ratelimit)
            if ok:
                return
            sc += 1
            key = f"{jid}-{n}"
            t = o.e(
                key,
                t + secs(r, 0.1, 0.5),
                "Retry State: %s",
                AB_RETRY.format(sc=sc, tc=sc),
                ctx="i.a.w.t.s.a.RetryStatePersistenceActivityImpl(persistRetryState):55",
                proc=(key, "p"),
            )
            back = 10 * 3 ** (sc - 1)
            o.e(
                key,
                t + secs(r, 0.01, 0.1),
                "Backing off for: %s.",
                f"{back} seconds",
                ctx="i.a.w.t.s.w.SyncWorkflowImpl(run):141",
                proc=(key, "p"),
            )
            t += timedelta(seconds=back) + secs(r, 1, 4)
            n += 1

    for h in range(6, 10):
        for m in (0, 30):
            job(day(4, h, m, r.uniform(1, 3)), "shop", ["pg"] if (h, m) == (7, 0) else [], False)
            job(
                day(4, h, m, r.uniform(4, 8)),
                "stripe",
                ["auth", "auth"] if (h, m) == (8, 0) else [],
                (h, m) == (7, 0),
            )
            job(day(4, h, m + 15, r.uniform(1, 5)), "events", [], False)
    return o.logs(t0, dict(sorted(files.items(), key=lambda kv: kv[1])))


SYSTEMS = {
    "dbt": dbt,
    "hive": hive,
    "superset": superset,
    "metabase": metabase,
    "airbyte": airbyte,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
