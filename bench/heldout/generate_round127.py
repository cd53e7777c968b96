#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 127 (n8n, ghost, baserow, lemmy, plausible) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five self-hosted web applications, 06:00 to 12:00 on
2024-06-05. The brief's third system, NocoDB, logs little of its own beyond NestJS's start-up
(already in the set: `nestjs`, round 66) and the errors its GlobalExceptionFilter lets through,
too little to write six hours of it faithfully; Baserow, the other self-hosted Airtable
alternative, takes its place.

- n8n 1.44 (`n8n.log`: N8N_LOG_OUTPUT=console,file, N8N_LOG_LEVEL=verbose, the file transport's
  winston JSON `{"level":"verbose","message":"...","metadata":{...,"file":"WorkflowRunner.js",
  "function":"runMainProcess","timestamp":"2024-06-05T06:00:00.412Z"}}`, keys sorted): every
  execution's `Execution for workflow %s was assigned id %s`, `Workflow execution started` and
  `Workflow execution finished successfully` / `with error` / `will wait until %s` (six active
  workflows: a schedule every minute, one every five minutes and one hourly, a Stripe webhook,
  an IMAP trigger, a Typeform webhook with a 30-minute Wait node resumed later under the same
  execution id, and an error workflow); HubSpot answering 429 07:40-08:05 (`Start external error
  workflow`), db01's PostgreSQL restarted 09:00:10-09:02:40 (`Failed saving execution data to DB
  on execution ID %s`, a trigger's `connect ECONNREFUSED %s`), the support mailbox's password
  changed at 09:20 (`The trigger node "%s" of workflow "%s" failed with the error: ...`, then
  `Try to activate workflow "%s" (%s)` and ` -> Activation of workflow ... | retry in %s
  seconds` with the backoff doubling), a restart at 10:45 (`Received SIGTERM. Shutting
  down...`, `\\nStopping n8n...`, `Waiting for %s active executions to finish...`, the
  `Start Active Workflows:` banner of `   - "Name" (ID: id)` and `     => Started`).
- Ghost 5.82 (`ghost.log`: `docker logs` of its container, @tryghost/pretty-stream with its
  colours, `[2024-06-05 06:00:46] \\x1b[36mINFO\\x1b[39m "GET /a-year-of-on-call/" \\x1b[32m200\\x1b[39m
  22ms`): the start-up, every request (posts, the home page, Portal's `GET
  /members/api/member/` 204 after a page, the theme's stylesheet, RSS readers, an author's
  autosaves), a request's error logged with the error's block under it (the message, the
  context and help in quotes, `Error ID:`, `Error Code: `, a rule of dashes and the stack,
  blank lines between): a bot on the member sign-in 08:30-08:48 (429), MySQL restarted
  09:12-09:16 (500, `connect ECONNREFUSED`), the SMTP relay timing out 09:40-10:05 (500, `Failed
  to send email. Reason: Connection timeout.`); the e-mail analytics job every five minutes
  (`[EmailAnalytics] Fetch latest started`, `[EmailAnalytics] Fetched %s events and aggregated
  stats in %sms (latest)`, then `missing` and `scheduled`), Mailgun's API unresolvable
  10:40-10:55 (`Error while fetching email analytics` and the bare `ERROR ` line of the second
  `logging.error(e)`, each with the AxiosError's block).
- Baserow 1.24 all-in-one (`baserow.log`: `docker logs --since 2024-06-05T06:00:00Z baserow`,
  each supervised process's output through wrapper.sh, `ets` prefixing `[BACKEND][2024-06-05
  06:00:00] ` and `sed` colouring the whole line, `\\x1b[34m...\\x1b(B\\x1b[m`): BACKEND's gunicorn
  with uvicorn workers (access lines `203.0.113.24:0 - "PATCH /api/database/rows/table/412/1875/
  HTTP/1.1" 200`, the watcher's `127.0.0.1:60039 - "GET /api/_health/ HTTP/1.1" 200` every 20
  s, websocket `[accepted]` / `connection open` / `connection closed` in gunicorn's
  `[date +0000] [pid] [INFO]` form, Django's `ERROR date django.request.log_response:241-
  Internal Server Error: %s` with its traceback, each traceback line under the prefix too),
  CELERY_WORKER's and EXPORT_WORKER's `[date: INFO/MainProcess] Task %s[%s] received` and
  `succeeded in %ss: %s` (realtime broadcasts, the Orders table's webhook, periodic cleanups),
  BEAT_WORKER's `Scheduler: Sending due task %s (%s)`, the embedded PostgreSQL's checkpoints
  and Redis's RDB saves, BASEROW-WATCHER's warnings; an import script exhausting PostgreSQL's
  connections 08:10-08:14 (`FATAL:  sorry, too many clients already`, 500s, the health check's
  503s), the CRM behind the webhook down 10:20-10:50 (`Task %s[%s] retry: Retry in %ss` with
  the countdown doubling).
- Lemmy 0.19 (`lemmy.log`: `docker logs lemmy`, tracing-subscriber's default format with its
  ANSI codes, `\\x1b[2m2024-06-05T06:00:01.123456Z\\x1b[0m \\x1b[32m INFO\\x1b[0m
  \\x1b[2mlemmy_server::scheduled_tasks\\x1b[0m\\x1b[2m:\\x1b[0m Done.`): the scheduled tasks (hot
  ranks every 10 minutes, `Finished process_hot_ranks_in_batches execution for %s (processed
  %s rows)`, the captcha clean-up's `Done.`, active counts hourly), lemmy_federate's state every
  minute (`Federation state as of %s:`, `%s: Warning. %s behind, %s consecutive fails, current
  retry delay %s` for a long-dead instance and a flaky one, `%s others up to date. %s instances
  behind.`), the flaky instance's `%s: retrying %s attempt %s with delay %s. (%s)` 07:05-07:45,
  HTTP errors from root_span_builder inside the `Error encountered while processing the
  incoming HTTP request` span, each LemmyError with its SpanTrace on the lines under it
  (`IncorrectLogin: IncorrectLogin` from a credential-stuffing run 07:20-07:55, `NotFound:
  Record not found`, `CouldntFindCommunity: CouldntFindCommunity`), an upgrade at 09:40
  (`Received terminate, shutting down gracefully...`, actix-server's shutdown, the start-up).
- Plausible Community Edition 2.1 (`plausible.log`: `docker logs plausible`, Elixir's console
  logger `$time $metadata[$level] $message` with the time of day only, at the CE's default
  level, warning): the release commands before 06:00 and at an 11:00 upgrade (`Loading
  plausible..`, `create %s database if it doesn't exist`, `Running migrations for %s`, ...),
  ClickHouse OOM-killed and restarting 07:12-07:42 and 09:35-09:51 (every pool connection's `Ch.
  Connection (#PID<...>) disconnected` and `failed to connect: ** (Mint.TransportError)
  connection refused` with DBConnection's backoff, both write buffers' `GenServer %s
  terminating` crash reports at every flush with DBConnection's queue message, the exception's
  stack, `Last message: :tick` and `State: ...`, dashboards' stats requests crashing under
  Cowboy's `#PID<...> running PlausibleWeb.Endpoint (connection ..., stream id 1) terminated`
  with `Server:`, `Request:` and the exception), PostgreSQL restarted at 10:30 (`tcp recv
  (idle): closed`, `tcp connect (plausible_db:5432): connection refused - :econnrefused`), slow
  dashboard queries (`client %s timed out because it queued and checked out the connection for
  longer than 15000ms` with the client's location) and `client %s exited`.

Label notes. The heads are context: winston's level and metadata, pretty-stream's time and
level, the wrapper's `[NAME][date] ` and colours with each process's own head (gunicorn's,
Django's, celery's, PostgreSQL's, Redis's), tracing's time, level, span and target, Elixir's
time and level. A request line is labelled by method, route and status (round 29's rule; query
keys belong to the route, their values and ids in paths are `%s`), the error block under it
being its event; a Ghost error logged without a message (`logging.error(e)`) is labelled with
the error's format. An error message that is the log message (n8n's `error.message`, a
LemmyError's Display, Mint's and DBConnection's exception banners) contributes its own
format; a GenServer or Cowboy crash report is labelled by its first line and its exception
continues the event. A word picked by branch is wording (Ghost's `(latest)` / `(missing)` /
`(scheduled)`, n8n's `finished successfully` / `with error`); workflow, instance and process
names, ids and pids are values.

Least sure (written from the helper's knowledge; n8n's Logger, ActiveWorkflowManager,
WorkflowExecute and hook messages, pretty-stream, Ghost's EmailAnalytics wrapper, Baserow's
wrapper.sh, supervisor and entrypoint, Lemmy's scheduled_tasks, stats, worker and
root_span_builder, and Plausible's write buffer were read in copies of their sources): n8n's
`file`/`function` metadata for LoggerProxy calls and whether `Initializing n8n process` reaches
the file; Ghost's start-up order, the 429 block's context and help and the stacks' frames;
Baserow's periodic task names and intervals, the uvicorn client address behind Caddy and Redis's
save rule; Lemmy's SpanTrace field rendering (no ANSI inside it), the LemmyError Display for
these types and the activitypub-federation error texts; Plausible's web server (Cowboy rather
than Bandit in 2.1), the release commands' prints and the crash reports' State and stacks.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-05 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 5, h, m, 0, tzinfo=UTC) + sec(s)


T0, T_END = at(6, 0), at(12, 0)


def iso_ms(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"


def js_date(t: datetime) -> str:
    """JavaScript's Date.prototype.toString() in a UTC container."""
    return f"{t:%a %b %d %Y %H:%M:%S} GMT+0000 (Coordinated Universal Time)"


# -------------------------------------------------------------------------------------- n8n

N8_WF = {
    # key: (name, id, trigger node type, kind)
    "orders": ("Shopify orders → Postgres", "FxQm7zL2pR8sTn4K", "trigger"),
    "stripe": ("Stripe payment → HubSpot deal", "b3WkPq9RvT1yZc6D", "webhook"),
    "support": ("Support inbox → Zendesk", "Lm4Hs8XeJ2nQa7Vu", "trigger"),
    "digest": ("Hourly sales digest → Slack", "9pYtR3cKw6EzMf1B", "trigger"),
    "uptime": ("Status page check", "Tq2Vn7LsD5gXh8Ja", "trigger"),
    "leads": ("Typeform lead enrichment", "Ke8Zr1WmP4sYb6Nc", "webhook"),
}
N8_ERR = ("Error handler → Slack", "Rx5Jd9QaF3uLt2Gv")
N8_DB = "10.0.2.15:5432"


def n8n(r: random.Random) -> list[Log]:
    """One n8n 1.44 instance (regular execution mode, PostgreSQL on db01, N8N_LOG_LEVEL=verbose,
    N8N_LOG_OUTPUT=console,file), 06:00 to 12:00: HubSpot answering 429 07:40-08:05, db01's
    PostgreSQL restarted 09:00:10-09:02:40, the support mailbox's password changed at 09:20 (the
    IMAP trigger failing and retried with backoff), n8n restarted for an upgrade at 10:45."""
    fs = Files()
    seq = [48210]

    def L(
        t: datetime,
        level: str,
        label: str,
        msg: str,
        meta: dict | None = None,
        file: str = "LoggerProxy.js",
        func: str | None = "verbose",
    ) -> datetime:
        md = dict(meta or {})
        md["file"] = file
        if func:
            md["function"] = func

        def text(x: datetime) -> list[str]:
            md2 = dict(md)
            md2["timestamp"] = iso_ms(x)
            return [
                json.dumps(
                    {"level": level, "message": msg, "metadata": md2},
                    ensure_ascii=False,
                    separators=(",", ":"),
                    sort_keys=True,
                )
            ]

        return fs.add("n8n.log", t, label, text, "n8n", 1000)

    def disp(key: str) -> str:
        name, wid, _ = N8_WF[key]
        return f'"{name}" (ID: {wid})'

    def node_error(node: dict, http: str, msg: str, desc: str, body: str, at_fn: str) -> dict:
        return {
            "context": {},
            "description": desc,
            "functionality": "regular",
            "httpCode": http,
            "level": "warning",
            "message": msg,
            "messages": [f"{http} - {body}"],
            "name": "NodeApiError",
            "node": node,
            "stack": f"NodeApiError: {msg}\n    at {at_fn}\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at Object.execute (/usr/local/lib/node_modules/n8n/node_modules/n8n-nodes-base/dist/nodes/HttpRequest/V3/HttpRequestV3.node.js:1642:33)\n    at Workflow.runNode (/usr/local/lib/node_modules/n8n/node_modules/n8n-workflow/dist/Workflow.js:728:19)\n    at /usr/local/lib/node_modules/n8n/node_modules/n8n-core/dist/WorkflowExecute.js:664:53",
            "tags": {},
            "timestamp": 0,
        }

    def run(
        key: str | tuple[str, str],
        t: datetime,
        dur: float,
        error: dict | None = None,
        wait: datetime | None = None,
        eid: int | None = None,
        save_fails: str = "",
    ) -> tuple[datetime, int]:
        if isinstance(key, tuple):
            name, wid = key
        else:
            name, wid, _ = N8_WF[key]
        if eid is None:
            seq[0] += r.randint(1, 2)
            eid = seq[0]
        t = L(
            t,
            "verbose",
            "Execution for workflow %s was assigned id %s",
            f"Execution for workflow {name} was assigned id {eid}",
            {"executionId": str(eid)},
            "WorkflowRunner.js",
            "runMainProcess",
        )
        t = L(
            t + sec(r.uniform(0.004, 0.02)),
            "verbose",
            "Workflow execution started",
            "Workflow execution started",
            {"workflowId": wid},
        )
        te = t + sec(dur)
        if error is not None:
            err = dict(error)
            err["timestamp"] = int(te.timestamp() * 1000) - r.randint(1, 40)
            te = L(
                te,
                "verbose",
                "Workflow execution finished with error",
                "Workflow execution finished with error",
                {"error": err, "workflowId": wid},
            )
        elif wait is not None:
            te = L(
                te,
                "verbose",
                "Workflow execution will wait until %s",
                f"Workflow execution will wait until {js_date(wait)}",
                {"workflowId": wid},
            )
        else:
            te = L(
                te,
                "verbose",
                "Workflow execution finished successfully",
                "Workflow execution finished successfully",
                {"workflowId": wid},
            )
        if save_fails:
            te = L(
                te + sec(r.uniform(0.002, 0.01)),
                "error",
                "Failed saving execution data to DB on execution ID %s",
                f"Failed saving execution data to DB on execution ID {eid}",
                {
                    "error": {
                        "driverError": {},
                        "length": 0,
                        "message": save_fails,
                        "query": 'UPDATE "execution_entity" SET "finished" = $1, "mode" = $2, "status" = $3, "stoppedAt" = $4 WHERE "id" IN ($5)',
                        "stack": f"QueryFailedError: {save_fails}\n    at PostgresQueryRunner.query (/usr/local/lib/node_modules/n8n/node_modules/@n8n/typeorm/driver/postgres/PostgresQueryRunner.js:219:19)\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)",
                    },
                    "executionId": str(eid),
                    "workflowId": wid,
                },
                "WorkflowExecuteAdditionalData.js",
                None,
            )
        if error is not None or save_fails:
            te = L(
                te + sec(r.uniform(0.003, 0.02)),
                "verbose",
                "Start external error workflow",
                "Start external error workflow",
                {"errorWorkflowId": N8_ERR[1], "executionId": str(eid), "workflowId": wid},
                "WorkflowExecuteAdditionalData.js",
                "executeErrorWorkflow",
            )
            if not save_fails:
                run(N8_ERR, te + sec(r.uniform(0.03, 0.1)), r.uniform(0.4, 1.1))
        return te, eid

    def boot(t: datetime) -> datetime:
        t = L(
            t,
            "info",
            "Initializing n8n process",
            "Initializing n8n process",
            {},
            "start.js",
            "init",
        )
        t += sec(r.uniform(4.0, 6.5))
        for label in [" ================================", "   Start Active Workflows:"]:
            t = L(t, "info", label, label, {}, "ActiveWorkflowManager.js", "addActiveWorkflows")
        t = L(
            t,
            "info",
            " ================================",
            " ================================",
            {},
            "ActiveWorkflowManager.js",
            "addActiveWorkflows",
        )
        for key in ["orders", "stripe", "support", "digest", "uptime", "leads"]:
            name, wid, kind = N8_WF[key]
            t = L(
                t + sec(r.uniform(0.002, 0.01)),
                "info",
                "   - %s",
                f"   - {disp(key)}",
                {},
                "ActiveWorkflowManager.js",
                "add",
            )
            t += sec(r.uniform(0.02, 0.4) if key != "support" else r.uniform(0.6, 1.4))
            if kind == "trigger":
                t = L(
                    t,
                    "verbose",
                    "Workflow %s activated",
                    f"Workflow {disp(key)} activated",
                    {"workflowId": wid, "workflowName": name},
                    "ActiveWorkflowManager.js",
                    "addTriggersAndPollers",
                )
            t = L(
                t + sec(0.001),
                "verbose",
                "Successfully started workflow %s",
                f"Successfully started workflow {disp(key)}",
                {"workflowId": wid, "workflowName": name},
                "ActiveWorkflowManager.js",
                "addActiveWorkflows",
            )
            t = L(
                t,
                "info",
                "     => Started",
                "     => Started",
                {},
                "ActiveWorkflowManager.js",
                "addActiveWorkflows",
            )
        return L(
            t + sec(0.002),
            "verbose",
            "Finished activating workflows (startup)",
            "Finished activating workflows (startup)",
            {},
            "ActiveWorkflowManager.js",
            "addActiveWorkflows",
        )

    db_down = (at(9, 0, 10), at(9, 2, 40))
    restart = at(10, 45, 3)
    back = restart + sec(14.2)
    imap_bad = at(9, 20, 33)
    boot(at(5, 59, 4))

    def down(t: datetime) -> bool:
        return restart - sec(0.5) <= t < back + sec(8)

    def db_err(t: datetime, key: str) -> None:
        msg = (
            "Connection terminated unexpectedly"
            if t < db_down[0] + sec(2)
            else f"connect ECONNREFUSED {N8_DB}"
        )
        label = msg if msg.startswith("Connection") else "connect ECONNREFUSED %s"
        err = {
            "stack": f"Error: {msg}\n    at /usr/local/lib/node_modules/n8n/node_modules/pg-pool/index.js:45:11\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at PostgresDriver.obtainMasterConnection (/usr/local/lib/node_modules/n8n/node_modules/@n8n/typeorm/driver/postgres/PostgresDriver.js:883:28)"
        }
        if "ECONNREFUSED" in msg:
            err.update(
                {
                    "address": N8_DB.split(":")[0],
                    "code": "ECONNREFUSED",
                    "errno": -111,
                    "port": 5432,
                    "syscall": "connect",
                }
            )
        L(t, "error", label, msg, {"error": err}, "ActiveWorkflowManager.js", None)

    # ---- the schedule-triggered workflows
    in_flight: list[tuple[datetime, datetime, str]] = []
    for m in range(0, 360):
        tm = T0 + sec(60 * m)
        for key, every, lo, hi in [
            ("orders", 1, 1.2, 7.5),
            ("uptime", 5, 0.3, 1.6),
            ("digest", 60, 2.0, 4.5),
        ]:
            if m % every:
                continue
            st = tm + sec(r.uniform(0.002, 0.03))
            if down(st):
                continue
            if db_down[0] <= st < db_down[1]:
                db_err(st + sec(r.uniform(0.01, 0.05)), key)
                continue
            dur = r.uniform(lo, hi)
            if key == "orders" and at(10, 44, 50) <= st < restart:
                dur = (restart - st).total_seconds() + 3.4
            if key in ("orders", "digest") and at(9, 0) <= st < db_down[0]:
                dur = r.uniform(11.0, 16.0)
            fails = ""
            if st < db_down[0] < st + sec(dur):
                fails = "Connection terminated unexpectedly"
            run(key, st, dur, save_fails=fails)
            in_flight.append((st, st + sec(dur), key))
    # ---- Stripe webhooks (HubSpot 429s 07:40-08:05)
    hubspot = {
        "name": "HubSpot",
        "parameters": {"resource": "deal", "operation": "create"},
        "type": "n8n-nodes-base.hubspot",
        "typeVersion": 2,
        "position": [880, 300],
        "id": "c6a9e1f2-6b0d-4b5e-9f39-2e5f2f8d1a44",
        "credentials": {"hubspotAppToken": {"id": "7", "name": "HubSpot private app"}},
    }
    for st in poisson(r, T0, T_END, 170):
        if down(st) or db_down[0] - sec(5) <= st < db_down[1]:
            continue
        if at(7, 40) <= st < at(8, 5) and r.random() < 0.55:
            err = node_error(
                hubspot,
                "429",
                "The service is receiving too many requests from you",
                "You have reached your secondly limit.",
                '{"status":"error","message":"You have reached your secondly limit.","errorType":"RATE_LIMIT","correlationId":"'
                + uuid4(r)
                + '","policyName":"SECONDLY","groupName":"publicapi:private-app-api-secondly:4417612:2314901"}',
                "Object.hubspotApiRequest (/usr/local/lib/node_modules/n8n/node_modules/n8n-nodes-base/dist/nodes/Hubspot/V2/GenericFunctions.js:50:15)",
            )
            run("stripe", st, r.uniform(0.4, 1.2), error=err)
        else:
            run("stripe", st, r.uniform(0.5, 2.2))
    # ---- Typeform leads: a Wait node of 30 minutes, resumed by the wait tracker
    for st in poisson(r, T0, T_END - sec(1900), 520):
        if down(st) or db_down[0] - sec(5) <= st < db_down[1]:
            continue
        t1 = st + sec(r.uniform(0.8, 2.5))
        wake = t1 + sec(1800)
        _, eid = run("leads", st, (t1 - st).total_seconds(), wait=wake)
        rs = wake + sec(r.uniform(0.1, 59.0))
        if down(rs):
            rs = back + sec(r.uniform(10, 20))
        run("leads", rs, r.uniform(0.6, 1.8), eid=eid)
    # ---- the support mailbox (IMAP trigger), its password changed at 09:20
    sname, swid, _ = N8_WF["support"]
    for st in poisson(r, T0, T_END, 330):
        if down(st) or db_down[0] - sec(5) <= st < db_down[1] or imap_bad <= st < back:
            continue
        run("support", st, r.uniform(1.0, 3.5))
    imap_msg = "[AUTHENTICATIONFAILED] Invalid credentials (Failure)"
    t = L(
        imap_bad,
        "info",
        'The trigger node "%s" of workflow "%s" failed with the error: "[AUTHENTICATIONFAILED] Invalid credentials (Failure)". Will try to reactivate.',
        f'The trigger node "Email Trigger (IMAP)" of workflow "{sname}" failed with the error: "{imap_msg}". Will try to reactivate.',
        {"nodeName": "Email Trigger (IMAP)", "workflowId": swid, "workflowName": sname},
        "ActiveWorkflowManager.js",
        None,
    )
    t = L(
        t + sec(0.004),
        "verbose",
        "Start external error workflow",
        "Start external error workflow",
        {"errorWorkflowId": N8_ERR[1], "workflowId": swid},
        "WorkflowExecuteAdditionalData.js",
        "executeErrorWorkflow",
    )
    run(N8_ERR, t + sec(0.05), r.uniform(0.4, 1.0))
    timeout = 1.0
    tr = imap_bad + sec(1)
    while tr < restart:
        tt = L(
            tr,
            "info",
            'Try to activate workflow "%s" (%s)',
            f'Try to activate workflow "{sname}" ({swid})',
            {"workflowId": swid, "workflowName": sname},
            "ActiveWorkflowManager.js",
            "retryFunction",
        )
        timeout = min(timeout * 2, 86400)
        L(
            tt + sec(r.uniform(0.3, 0.9)),
            "info",
            ' -> Activation of workflow "%s" (%s) did fail with error: "[AUTHENTICATIONFAILED] Invalid credentials (Failure)" | retry in %s seconds',
            f' -> Activation of workflow "{sname}" ({swid}) did fail with error: "{imap_msg}" | retry in {int(timeout)} seconds',
            {"workflowId": swid, "workflowName": sname},
            "ActiveWorkflowManager.js",
            "retryFunction",
        )
        tr = tt + sec(timeout + 0.6)
    # ---- the restart at 10:45
    t = L(
        restart,
        "info",
        "Received %s. Shutting down...",
        "Received SIGTERM. Shutting down...",
        {},
        "BaseCommand.js",
        None,
    )
    t = L(
        t + sec(0.003),
        "info",
        "\\nStopping n8n...",
        "\nStopping n8n...",
        {},
        "start.js",
        "stopProcess",
    )
    busy = sum(1 for a, b, _ in in_flight if a < t < b)
    if busy:
        L(
            t + sec(0.02),
            "info",
            "Waiting for %s active executions to finish...",
            f"Waiting for {busy} active executions to finish...",
            {},
            "ActiveExecutions.js",
            "shutdown",
        )
    boot(back)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ ghost

GH_VERSION = "5.82.2"
GH_ROOT = f"/var/lib/ghost/versions/{GH_VERSION}"
GH_SLUGS = [
    "self-hosting-postgres-on-a-budget",
    "why-we-moved-off-kubernetes",
    "a-year-of-on-call",
    "the-quiet-cost-of-feature-flags",
    "notes-from-devopsdays-amsterdam",
    "writing-runbooks-people-read",
    "sqlite-in-production",
    "our-incident-review-template",
    "backups-you-have-actually-restored",
    "tuning-nginx-for-small-vps",
    "how-we-do-code-review",
    "zero-downtime-migrations",
    "what-i-learned-running-a-newsletter",
    "cheap-observability",
    "the-case-for-boring-technology",
    "weekly-links-22",
    "weekly-links-23",
    "hiring-our-first-sre",
]
GH_ESC = {"INFO": "36", "WARN": "35", "ERROR": "31"}


def gh_col(code: str, v: str) -> str:
    return f"\x1b[{code}m{v}\x1b[39m"


def gh_bold_white(v: str) -> str:
    return f"\x1b[1m\x1b[37m{v}\x1b[39m\x1b[22m"


def gh_block(
    level: str,
    message: str,
    context: str = "",
    help_: str = "",
    eid: str = "",
    code: str = "",
    stack: str = "",
) -> list[str]:
    """@tryghost/pretty-stream's block for a logged error, as its lines."""
    c = GH_ESC[level]
    e = "\n" + gh_col(c, message) + "\n\n"
    if context:
        e += gh_col("37", json.dumps(context)) + "\n"
    if help_:
        e += gh_col("33", json.dumps(help_)) + "\n"
    if context or help_:
        e += "\n"
    if eid:
        e += gh_bold_white("Error ID:") + "\n" + "    " + gh_col("90", eid) + "\n\n"
    if code:
        e += gh_bold_white("Error Code: ") + "\n" + "    " + gh_col("90", code) + "\n\n"
    if stack:
        e += gh_col("90", "-" * 40) + "\n\n" + gh_col("90", stack) + "\n"
    return (gh_col(c, e) + "\n").split("\n")[:-1]


def ghost(r: random.Random) -> list[Log]:
    """One Ghost 5.82 site (MySQL 8, Mailgun newsletters, SMTP for member e-mail) under Docker,
    `docker logs` of its container, 06:00 to 12:00: readers on the posts, Portal's member check
    after each page, feed readers, an author's autosaves 07:30-08:10, a bot hammering the member
    sign-in 08:30-08:48 (429s), MySQL restarted 09:12-09:16, the SMTP relay timing out
    09:40-10:05, Mailgun's API unresolvable 10:40-10:55 for the e-mail analytics job."""
    fs = Files()

    def G(t: datetime, label: str, lines: Callable[[datetime], list[str]]) -> datetime:
        return fs.add("ghost.log", t, label, lines, "ghost", 1_000_000)

    def ts(x: datetime) -> str:
        return f"[{x:%Y-%m-%d %H:%M:%S}]"

    def msg(
        t: datetime, level: str, label: str, text: str, block: list[str] | None = None
    ) -> datetime:
        return G(
            t,
            label,
            lambda x: [f"{ts(x)} {gh_col(GH_ESC[level], level)} {text}", *(block or [])],
        )

    def req(
        t: datetime,
        method: str,
        url: str,
        status: int,
        ms: int,
        label: str,
        block: list[str] | None = None,
    ) -> datetime:
        sc = "31" if status >= 500 else "33" if status >= 400 else "36" if status >= 300 else "32"
        level = "ERROR" if block else "INFO"
        return G(
            t,
            f"{method} {label} {status}",
            lambda x: [
                f'{ts(x)} {gh_col(GH_ESC[level], level)} "{method} {url}" {gh_col(sc, str(status))} {ms}ms',
                *(block or []),
            ],
        )

    def boot(t: datetime) -> None:
        t = msg(t, "INFO", "Ghost is running in production...", "Ghost is running in production...")
        t = msg(
            t,
            "INFO",
            "Your site is now available on %s",
            "Your site is now available on https://blog.example.com/",
        )
        t = msg(t, "INFO", "Ctrl+C to shut down", "Ctrl+C to shut down")
        t = msg(
            t,
            "INFO",
            "Ghost server started in %ss",
            f"Ghost server started in {r.uniform(0.6, 0.9):.3f}s",
        )
        t = msg(t, "INFO", "Database is in a ready state.", "Database is in a ready state.")
        t = msg(
            t,
            "INFO",
            "Ghost database ready in %ss",
            f"Ghost database ready in {r.uniform(1.1, 1.5):.3f}s",
        )
        for job, cron, nxt in [
            ("update-check", "31 47 3 * * *", at(3, 47, 31) + sec(86400)),
            ("clean-expired-comped", "28 19 2 * * *", at(2, 19, 28) + sec(86400)),
        ]:
            t = msg(
                t, "INFO", "Adding offloaded job to the queue", "Adding offloaded job to the queue"
            )
            t = msg(
                t,
                "INFO",
                "Scheduling job %s at %s. Next run on: %s",
                f"Scheduling job {job} at {cron}. Next run on: {js_date(nxt)}",
            )
            if job == "update-check":
                t = msg(
                    t, "INFO", "Ghost booted in %ss", f"Ghost booted in {r.uniform(2.0, 2.4):.3f}s"
                )
        msg(
            t,
            "INFO",
            "Ghost URL Service Ready in %ss",
            f"Ghost URL Service Ready in {r.uniform(2.6, 3.2):.3f}s",
        )

    boot(at(5, 59, 41))
    mysql = (at(9, 12, 20), at(9, 16, 5))
    smtp = (at(9, 40), at(10, 5))
    dns = (at(10, 40), at(10, 55))
    css_v = hexid(r, 10)
    weights = [1 / (i + 1) ** 0.9 for i in range(len(GH_SLUGS))]

    def db_block() -> list[str]:
        return gh_block(
            "ERROR",
            "connect ECONNREFUSED 172.18.0.3:3306",
            eid=uuid4(r),
            code="ECONNREFUSED",
            stack=(
                "InternalServerError: connect ECONNREFUSED 172.18.0.3:3306\n"
                f"    at prepareError ({GH_ROOT}/node_modules/@tryghost/mw-error-handler/lib/mw-error-handler.js:56:19)\n"
                f"    at Layer.handle_error ({GH_ROOT}/node_modules/express/lib/router/layer.js:71:5)\n"
                f"    at trim_prefix ({GH_ROOT}/node_modules/express/lib/router/index.js:326:13)\n"
                f"    at {GH_ROOT}/node_modules/express/lib/router/index.js:286:9\n\n"
                "Error: connect ECONNREFUSED 172.18.0.3:3306\n"
                "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)\n"
                "    at TCPConnectWrap.callbackTrampoline (node:internal/async_hooks:130:17)"
            ),
        )

    # readers
    for st in poisson(r, T0, T_END, 27):
        if r.random() < 0.22:
            url, label = "/", "/"
        else:
            url, label = f"/{r.choices(GH_SLUGS, weights)[0]}/", "/%s/"
        if mysql[0] <= st < mysql[1]:
            t = req(st, "GET", url, 500, r.randint(2, 9), label, db_block())
        else:
            t = req(st, "GET", url, 200, r.randint(18, 140), label)
        if r.random() < 0.3:
            t = req(
                t + sec(r.uniform(0.2, 0.9)),
                "GET",
                f"/assets/built/screen.css?v={css_v}",
                200,
                r.randint(2, 9),
                "/assets/built/screen.css?v=%s",
            )
        if r.random() < 0.85:
            req(
                t + sec(r.uniform(0.5, 2.5)),
                "GET",
                "/members/api/member/",
                204,
                r.randint(3, 21),
                "/members/api/member/",
            )
    # feed readers
    for st in poisson(r, T0, T_END, 230):
        if mysql[0] <= st < mysql[1]:
            continue
        req(st, "GET", "/rss/", 200, r.randint(35, 120), "/rss/")
    # an author writing 07:30-08:10 (autosave)
    post_id = "665f1c2e8a4b3d0001a7" + hexid(r, 4)
    t = at(7, 31, 12)
    while t < at(8, 10):
        t = req(
            t,
            "PUT",
            f"/ghost/api/admin/posts/{post_id}/?formats=mobiledoc%2Clexical",
            200,
            r.randint(60, 240),
            "/ghost/api/admin/posts/%s/?formats=%s",
        )
        t += sec(r.uniform(15, 70))
    # member sign-ins (magic links)
    for st in poisson(r, T0, T_END, 400):
        if mysql[0] <= st < mysql[1]:
            continue
        if smtp[0] <= st < smtp[1]:
            blk = gh_block(
                "ERROR",
                "Failed to send email. Reason: Connection timeout.",
                help_="Please see https://ghost.org/docs/config/#mail for instructions on configuring email.",
                eid=uuid4(r),
                code="ETIMEDOUT",
                stack=(
                    "EmailError: Failed to send email. Reason: Connection timeout.\n"
                    f"    at createMailError ({GH_ROOT}/core/server/services/mail/GhostMailer.js:37:12)\n"
                    f"    at GhostMailer.handleDirectTransportResponse ({GH_ROOT}/core/server/services/mail/GhostMailer.js:164:19)\n"
                    f"    at GhostMailer.send ({GH_ROOT}/core/server/services/mail/GhostMailer.js:126:25)\n"
                    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n\n"
                    "Error: Connection timeout\n"
                    f"    at SMTPConnection._formatError ({GH_ROOT}/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)\n"
                    f"    at SMTPConnection._onError ({GH_ROOT}/node_modules/nodemailer/lib/smtp-connection/index.js:784:20)\n"
                    f"    at Timeout.<anonymous> ({GH_ROOT}/node_modules/nodemailer/lib/smtp-connection/index.js:237:22)\n"
                    "    at listOnTimeout (node:internal/timers:573:17)\n"
                    "    at process.processTimers (node:internal/timers:514:7)"
                ),
            )
            req(
                st,
                "POST",
                "/members/api/send-magic-link/",
                500,
                r.randint(10040, 10210),
                "/members/api/send-magic-link/",
                blk,
            )
        else:
            req(
                st,
                "POST",
                "/members/api/send-magic-link/",
                201,
                r.randint(280, 950),
                "/members/api/send-magic-link/",
            )
    # a bot on the member sign-in 08:30-08:48
    t = at(8, 30, 4)
    n = 0
    while t < at(8, 48):
        n += 1
        if n <= 5:
            t = req(
                t,
                "POST",
                "/members/api/send-magic-link/",
                201,
                r.randint(300, 700),
                "/members/api/send-magic-link/",
            )
        else:
            blk = gh_block(
                "ERROR",
                "Too many attempts try again in 10 minutes",
                context="Only 5 tries per IP address every 3600 seconds.",
                help_="Too many login attempts.",
                eid=uuid4(r),
                stack=(
                    "TooManyRequestsError: Too many attempts try again in 10 minutes\n"
                    f"    at Object.failCallback ({GH_ROOT}/core/server/services/members/middleware.js:84:25)\n"
                    f"    at {GH_ROOT}/node_modules/express-brute/index.js:92:35\n"
                    f"    at {GH_ROOT}/node_modules/express-brute/index.js:40:8\n"
                    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"
                ),
            )
            t = req(
                t,
                "POST",
                "/members/api/send-magic-link/",
                429,
                r.randint(4, 15),
                "/members/api/send-magic-link/",
                blk,
            )
        t += sec(r.uniform(6, 22))
    # e-mail analytics every five minutes
    t = at(6, 1, 3)
    while t < T_END:
        if mysql[0] - sec(5) <= t < mysql[1]:
            t += sec(300)
            continue
        s = t + sec(r.uniform(0, 2))
        s = msg(
            s,
            "INFO",
            "[EmailAnalytics] Fetch latest started",
            "[EmailAnalytics] Fetch latest started",
        )
        if dns[0] <= s < dns[1]:
            blk = gh_block(
                "ERROR",
                "getaddrinfo EAI_AGAIN api.eu.mailgun.net",
                code="EAI_AGAIN",
                stack=(
                    "AxiosError: getaddrinfo EAI_AGAIN api.eu.mailgun.net\n"
                    f"    at AxiosError.from ({GH_ROOT}/node_modules/axios/dist/node/axios.cjs:837:14)\n"
                    f"    at RedirectableRequest.handleRequestError ({GH_ROOT}/node_modules/axios/dist/node/axios.cjs:3087:25)\n"
                    "    at RedirectableRequest.emit (node:events:519:28)\n"
                    f"    at eventHandlers.<computed> ({GH_ROOT}/node_modules/follow-redirects/index.js:38:24)\n"
                    "    at ClientRequest.emit (node:events:519:28)\n"
                    "    at TLSSocket.socketErrorListener (node:_http_client:500:9)\n"
                    "    at TLSSocket.emit (node:events:519:28)\n"
                    "    at emitErrorNT (node:internal/streams/destroy:169:8)\n"
                    "    at emitErrorCloseNT (node:internal/streams/destroy:128:3)\n"
                    "    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)"
                ),
            )
            s = msg(
                s + sec(r.uniform(1, 5)),
                "ERROR",
                "Error while fetching email analytics",
                "Error while fetching email analytics",
                blk,
            )
            msg(s, "ERROR", "getaddrinfo EAI_AGAIN %s", "", blk)
            t += sec(300)
            continue
        busy = at(7, 2) <= s < at(8, 30)
        for kind, hi in [("latest", 420 if busy else 35), ("missing", 3), ("scheduled", 0)]:
            if kind != "latest":
                s = msg(
                    s,
                    "INFO",
                    f"[EmailAnalytics] Fetch {kind} started",
                    f"[EmailAnalytics] Fetch {kind} started",
                )
            n_ev = r.randint(0, hi) if hi else 0
            took = r.randint(180, 600) + n_ev * r.randint(3, 9)
            s = msg(
                s + sec(took / 1000),
                "INFO",
                f"[EmailAnalytics] Fetched %s events and aggregated stats in %sms ({kind})",
                f"[EmailAnalytics] Fetched {n_ev} events and aggregated stats in {took}ms ({kind})",
            )
        t += sec(300)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- baserow

BR_COLOR = {
    "BACKEND": "\x1b[34m",
    "CELERY_WORKER": "\x1b[36m",
    "EXPORT_WORKER": "\x1b[36m",
    "BEAT_WORKER": "\x1b[36m",
    "POSTGRES": "\x1b[35m",
    "REDIS": "\x1b[35m",
    "BASEROW-WATCHER": "\x1b[1m",
}
BR_SGR0 = "\x1b(B\x1b[m"
BR_VENV = "/baserow/venv/lib/python3.11/site-packages"
BR_CLIENTS = ["203.0.113.24:0", "203.0.113.57:0", "203.0.113.91:0", "198.51.100.14:0"]
BR_VIEWS = [(1190, 412), (1191, 412), (1203, 415), (1220, 418)]
BR_PERIODIC = [
    # task, period (s), offset (s), queue's worker
    ("baserow.core.trash.tasks.mark_old_trash_for_permanent_deletion", 600, 17, "CELERY_WORKER"),
    ("baserow.core.trash.tasks.permanently_delete_marked_trash", 600, 47, "CELERY_WORKER"),
    ("baserow_premium.license.tasks.license_check", 3600, 1431, "CELERY_WORKER"),
]


def baserow(r: random.Random) -> list[Log]:
    """Baserow 1.24 in its all-in-one image (embedded PostgreSQL 15 and Redis, supervisord,
    each process's lines prefixed by wrapper.sh), `docker logs --since 2024-06-05T06:00:00Z
    baserow`, 06:00 to 12:00: the watcher's health check every 20 s, a team editing the Orders
    table, an integration reading it every five minutes, an import script exhausting PostgreSQL's
    connections 08:10-08:14 (`too many clients`, 500s with tracebacks, the watcher's unhealthy
    warning), the CRM behind the Orders webhook down 10:20-10:50 (call_webhook retried)."""
    fs = Files()

    def W(
        name: str, t: datetime, label: str | None, inner: Callable[[datetime], list[str]], res: int
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{BR_COLOR[name]}[{name}][{x:%Y-%m-%d %H:%M:%S}] {ln}{BR_SGR0}" for ln in inner(x)
            ]

        return fs.add("baserow.log", t, label, text, name, res)

    def ms(x: datetime) -> str:
        return f"{x.microsecond // 1000:03d}"

    def access(
        t: datetime, client: str, method: str, path: str, status: int, label: str
    ) -> datetime:
        return W(
            "BACKEND",
            t,
            f"{method} {label} {status}",
            lambda x: [f'{client} - "{method} {path} HTTP/1.1" {status}'],
            1_000_000,
        )

    def uv(t: datetime, pid: int, label: str, text: str) -> datetime:
        return W(
            "BACKEND",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [INFO] {text}"],
            1_000_000,
        )

    def celery(name: str, t: datetime, proc: str, label: str, text: str) -> datetime:
        return W(
            name,
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S},{ms(x)}: INFO/{proc}] {text}"],
            1000,
        )

    def task(name: str, t: datetime, task_name: str, dur: float, worker: int = 1) -> datetime:
        tid = uuid4(r)
        t = celery(
            name, t, "MainProcess", "Task %s[%s] received", f"Task {task_name}[{tid}] received"
        )
        return celery(
            name,
            t + sec(dur + 0.002),
            f"ForkPoolWorker-{worker}",
            "Task %s[%s] succeeded in %ss: %s",
            f"Task {task_name}[{tid}] succeeded in {dur:.15g}s: None",
        )

    def pg(t: datetime, label: str, text: str, pid: int) -> datetime:
        return W(
            "POSTGRES",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}.{ms(x)} UTC [{pid}] {text}"],
            1000,
        )

    gunicorn_pids = [164, 165, 166]
    incident = (at(8, 10, 2), at(8, 14, 31))
    crm_down = (at(10, 20), at(10, 50))

    def tb(path: str) -> list[str]:
        return [
            "Traceback (most recent call last):",
            f'  File "{BR_VENV}/django/db/backends/base/base.py", line 275, in ensure_connection',
            "    self.connect()",
            f'  File "{BR_VENV}/django/utils/asyncio.py", line 26, in inner',
            "    return func(*args, **kwargs)",
            "           ^^^^^^^^^^^^^^^^^^^^^",
            f'  File "{BR_VENV}/django/db/backends/base/base.py", line 256, in connect',
            "    self.connection = self.get_new_connection(conn_params)",
            "                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            f'  File "{BR_VENV}/django/db/backends/postgresql/base.py", line 275, in get_new_connection',
            "    connection = self.Database.connect(**conn_params)",
            "                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            f'  File "{BR_VENV}/psycopg2/__init__.py", line 122, in connect',
            "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
            "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            'psycopg2.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: FATAL:  sorry, too many clients already',
            "",
            "",
            "The above exception was the direct cause of the following exception:",
            "",
            "Traceback (most recent call last):",
            f'  File "{BR_VENV}/asgiref/sync.py", line 534, in thread_handler',
            "    raise exc_info[1]",
            f'  File "{BR_VENV}/django/core/handlers/exception.py", line 42, in inner',
            "    response = await get_response(request)",
            "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            f'  File "{BR_VENV}/asgiref/sync.py", line 534, in thread_handler',
            "    raise exc_info[1]",
            f'  File "{BR_VENV}/django/core/handlers/base.py", line 253, in _get_response_async',
            "    response = await wrapped_callback(",
            "               ^^^^^^^^^^^^^^^^^^^^^^^",
            f'  File "{BR_VENV}/rest_framework/views.py", line 506, in dispatch',
            "    response = self.handle_exception(exc)",
            "               ^^^^^^^^^^^^^^^^^^^^^^^^^^",
            f'  File "{BR_VENV}/django/db/backends/base/base.py", line 275, in ensure_connection',
            "    self.connect()",
            'django.db.utils.OperationalError: connection to server at "localhost" (127.0.0.1), port 5432 failed: FATAL:  sorry, too many clients already',
            "",
        ]

    def server_error(t: datetime, client: str, path: str, label: str) -> datetime:
        t = W(
            "BACKEND",
            t,
            "Internal Server Error: %s",
            lambda x: [
                f"ERROR {x:%Y-%m-%d %H:%M:%S},{ms(x)} django.request.log_response:241- Internal Server Error: {path.split('?')[0]}",
                *tb(path),
            ],
            1000,
        )
        return access(t + sec(0.002), client, "GET", path, 500, label)

    def refused(t: datetime) -> None:
        pg(
            t,
            "FATAL:  sorry, too many clients already",
            "baserow@baserow FATAL:  sorry, too many clients already",
            r.randint(30000, 39999),
        )

    # the watcher's health check every 20 s
    t = T0 + sec(r.uniform(0, 20))
    unhealthy = False
    while t < T_END:
        sick = incident[0] + sec(25) <= t < incident[1] - sec(40)
        access(
            t,
            f"127.0.0.1:{r.randint(32768, 60999)}",
            "GET",
            "/api/_health/",
            503 if sick else 200,
            "/api/_health/",
        )
        if sick and not unhealthy:
            W(
                "BASEROW-WATCHER",
                t + sec(0.05),
                "WARNING: Baserow has become unhealthy.",
                lambda x: ["\x1b[32mWARNING: Baserow has become unhealthy.\x1b[0m"],
                1_000_000,
            )
            unhealthy = True
        elif unhealthy and not sick:
            W(
                "BASEROW-WATCHER",
                t + sec(0.05),
                "Baserow has become healthy.",
                lambda x: ["\x1b[33mBaserow has become healthy.\x1b[0m"],
                1_000_000,
            )
            unhealthy = False
        t += sec(20 + r.uniform(0.01, 0.08))

    # websocket sessions of the team, JWT refreshes, grid loads and edits
    sessions = []
    for client in BR_CLIENTS:
        for _ in range(r.randint(4, 8)):
            a = at(6, 30) + sec(r.uniform(0, 5 * 3600))
            sessions.append((client, a, a + sec(r.uniform(600, 4800))))
    for client, a, b in sessions:
        pid = r.choice(gunicorn_pids)
        jwt = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + alnum(r, 118) + "." + alnum(r, 43)
        t = uv(
            a,
            pid,
            "WebSocket /ws/core/?jwt_token=%s [accepted]",
            f'{client} - "WebSocket /ws/core/?jwt_token={jwt}" [accepted]',
        )
        uv(t + sec(0.01), pid, "connection open", "connection open")
        view, _table = r.choice(BR_VIEWS)
        if not (incident[0] <= a < incident[1]):
            access(
                a + sec(r.uniform(0.3, 1.0)),
                client,
                "GET",
                f"/api/database/views/grid/{view}/?include=field_options%2Crow_metadata&limit=120&offset=0",
                200,
                "/api/database/views/grid/%s/?include=%s&limit=%s&offset=%s",
            )
        tt = a + sec(r.uniform(300, 600))
        while tt < b:
            if not (incident[0] <= tt < incident[1]):
                access(
                    tt, client, "POST", "/api/user/token-refresh/", 200, "/api/user/token-refresh/"
                )
            tt += sec(r.uniform(480, 600))
        if b < T_END:
            uv(b, pid, "connection closed", "connection closed")
    edits = sorted(t for client, a, b in sessions for t in poisson(r, a, b, 760))
    for te in edits:
        client = r.choice(BR_CLIENTS)
        view, table = r.choice(BR_VIEWS[:2])
        row = r.randint(1, 2400)
        if incident[0] <= te < incident[1]:
            server_error(
                te,
                client,
                f"/api/database/views/grid/{view}/?include=field_options%2Crow_metadata&limit=120&offset=0",
                "/api/database/views/grid/%s/?include=%s&limit=%s&offset=%s",
            )
            continue
        t = access(
            te,
            client,
            "PATCH",
            f"/api/database/rows/table/{table}/{row}/",
            200,
            "/api/database/rows/table/%s/%s/",
        )
        task(
            "CELERY_WORKER",
            t + sec(r.uniform(0.01, 0.08)),
            "baserow.ws.tasks.broadcast_to_channel_group",
            r.uniform(0.003, 0.02),
        )
        # the Orders table's webhook to the CRM (export queue)
        tw = t + sec(r.uniform(0.02, 0.2))
        hook = "baserow.contrib.database.webhooks.tasks.call_webhook"
        tid = uuid4(r)
        tw = celery(
            "EXPORT_WORKER",
            tw,
            "MainProcess",
            "Task %s[%s] received",
            f"Task {hook}[{tid}] received",
        )
        retries = 0
        while crm_down[0] <= tw < crm_down[1] and retries < 8:
            tw += sec(r.uniform(5.0, 5.2))
            tw = celery(
                "EXPORT_WORKER",
                tw,
                "ForkPoolWorker-1",
                "Task %s[%s] retry: Retry in %ss",
                f"Task {hook}[{tid}] retry: Retry in {2**retries}s",
            )
            tw = celery(
                "EXPORT_WORKER",
                tw + sec(2**retries + r.uniform(0.001, 0.02)),
                "MainProcess",
                "Task %s[%s] received",
                f"Task {hook}[{tid}] received",
            )
            retries += 1
        dur = r.uniform(5.0, 5.2) if crm_down[0] <= tw < crm_down[1] else r.uniform(0.08, 0.6)
        celery(
            "EXPORT_WORKER",
            tw + sec(dur),
            "ForkPoolWorker-1",
            "Task %s[%s] succeeded in %ss: %s",
            f"Task {hook}[{tid}] succeeded in {dur:.15g}s: None",
        )
    # the import script (an API token) that exhausts the connections
    t = incident[0]
    while t < incident[1]:
        refused(t)
        t += sec(r.uniform(0.4, 6.0))
    for st in poisson(r, incident[0], incident[1], 22):
        server_error(
            st,
            "192.0.2.80:0",
            f"/api/database/rows/table/412/?user_field_names=true&size=200&page={r.randint(1, 12)}",
            "/api/database/rows/table/%s/?user_field_names=%s&size=%s&page=%s",
        )
    # the integration reading the Orders table every five minutes
    t = T0 + sec(131.4)
    while t < T_END:
        if not (incident[0] <= t < incident[1]):
            tt = t
            for page in range(1, r.choice([1, 2, 2]) + 1):
                tt = access(
                    tt + sec(r.uniform(0.1, 0.6)),
                    "192.0.2.80:0",
                    "GET",
                    f"/api/database/rows/table/412/?user_field_names=true&size=200&page={page}",
                    200,
                    "/api/database/rows/table/%s/?user_field_names=%s&size=%s&page=%s",
                )
        t += sec(300)
    # beat and its periodic tasks
    for name, period, off, worker in BR_PERIODIC:
        t = T0 + sec(off)
        while t < T_END:
            tb_ = celery(
                "BEAT_WORKER",
                t + sec(r.uniform(0, 0.01)),
                "MainProcess",
                "Scheduler: Sending due task %s (%s)",
                f"Scheduler: Sending due task {name}() ({name})",
            )
            task(worker, tb_ + sec(r.uniform(0.002, 0.02)), name, r.uniform(0.01, 0.3))
            t += sec(period)
    # PostgreSQL's checkpoints (checkpoint_timeout 5 min)
    t = T0 + sec(97.2)
    while t < T_END:
        buf = r.randint(12, 420)
        took = buf * 0.027 + r.uniform(0.1, 0.6)
        ts_ = pg(t, "LOG:  checkpoint starting: time", "LOG:  checkpoint starting: time", 87)
        pg(
            ts_ + sec(took),
            "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); %d WAL file(s) added, %d removed, %d recycled; write=%ld.%03d s, sync=%ld.%03d s, total=%ld.%03d s; sync files=%d, longest=%ld.%03d s, average=%ld.%03d s; distance=%d kB, estimate=%d kB",
            f"LOG:  checkpoint complete: wrote {buf} buffers ({buf / 16384 * 100:.1f}%); 0 WAL file(s) added, 0 removed, {r.choice([0, 0, 1])} recycled; write={took - 0.02:.3f} s, sync={r.uniform(0.001, 0.009):.3f} s, total={took:.3f} s; sync files={r.randint(8, 60)}, longest={r.uniform(0.001, 0.004):.3f} s, average={r.uniform(0.0001, 0.001):.3f} s; distance={buf * 8 + r.randint(0, 300)} kB, estimate={r.randint(2000, 3400)} kB",
            87,
        )
        t += sec(300)
    # Redis's RDB snapshots (save 900 1)
    t = T0 + sec(412.7)
    child = 2210
    while t < T_END:
        child += r.randint(3, 40)

        def red(x: datetime, pid: int, role: str, text: str) -> list[str]:
            return [f"{pid}:{role} {x.day:02d} {x:%b %Y %H:%M:%S}.{ms(x)} * {text}"]

        ts_ = W(
            "REDIS",
            t,
            "%d changes in %d seconds. Saving...",
            lambda x: red(x, 61, "M", "1 changes in 900 seconds. Saving..."),
            1000,
        )
        ts_ = W(
            "REDIS",
            ts_ + sec(0.001),
            "Background saving started by pid %d",
            lambda x, c=child: red(x, 61, "M", f"Background saving started by pid {c}"),
            1000,
        )
        ts_ = W(
            "REDIS",
            ts_ + sec(0.007),
            "DB saved on disk",
            lambda x, c=child: red(x, c, "C", "DB saved on disk"),
            1000,
        )
        ts_ = W(
            "REDIS",
            ts_ + sec(0.001),
            "Fork CoW for RDB: current %zu MB, peak %zu MB, average %llu MB",
            lambda x, c=child: red(
                x, c, "C", "Fork CoW for RDB: current 0 MB, peak 0 MB, average 0 MB"
            ),
            1000,
        )
        W(
            "REDIS",
            ts_ + sec(0.1),
            "Background saving terminated with success",
            lambda x: red(x, 61, "M", "Background saving terminated with success"),
            1000,
        )
        t += sec(900 + r.uniform(0, 2))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ lemmy

LM_HOST = "lemmy.example.org"
LM_LEVEL = {
    "INFO": "\x1b[32m INFO\x1b[0m",
    "WARN": "\x1b[33m WARN\x1b[0m",
    "ERROR": "\x1b[31mERROR\x1b[0m",
}
LM_ERR_SPAN = "Error encountered while processing the incoming HTTP request"


def lm_retry_delay(n: int) -> str:
    """lemmy_api_common::federate_retry_sleep_duration(n) as {:.2?} prints it."""
    return f"{10.0 * 2**n:.2f}s"


def lemmy(r: random.Random) -> list[Log]:
    """One Lemmy 0.19 backend (`docker logs lemmy`, tracing-subscriber's default output with
    its ANSI colours), 06:00 to 12:00: the scheduled tasks (hot ranks every 10 minutes, active
    counts hourly), the federation queue's state every minute with one long-dead instance, a
    flaky instance timing out 07:05-07:45, a credential-stuffing run on /api/v3/user/login
    07:20-07:55, crawlers asking for deleted posts and unknown communities, an upgrade to 0.19.4
    at 09:40 (SIGTERM, the start-up again)."""
    fs = Files()

    def L(
        t: datetime,
        level: str,
        target: str,
        label: str,
        lines: list[str],
        span: str = "",
    ) -> datetime:
        sp = f"\x1b[1m{span}\x1b[0m\x1b[2m:\x1b[0m " if span else ""

        def text(x: datetime) -> list[str]:
            stamp = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z"
            return [
                f"\x1b[2m{stamp}\x1b[0m {LM_LEVEL[level]} {sp}\x1b[2m{target}\x1b[0m\x1b[2m:\x1b[0m {lines[0]}",
                *lines[1:],
            ]

        return fs.add("lemmy.log", t, label, text, "lemmy", 1)

    ST = "lemmy_server::scheduled_tasks"

    def hot_ranks(t: datetime) -> datetime:
        t = L(
            t,
            "INFO",
            ST,
            "Updating hot ranks for all history...",
            ["Updating hot ranks for all history..."],
        )
        for table, lo, hi in [
            ("post_aggregates", 900, 2600),
            ("comment_aggregates", 2500, 9000),
            ("community_aggregates", 20, 90),
        ]:
            t = L(
                t + sec(r.uniform(0.05, 1.8)),
                "INFO",
                ST,
                "Finished process_hot_ranks_in_batches execution for %s (processed %s rows)",
                [
                    f"Finished process_hot_ranks_in_batches execution for {table} (processed {r.randint(lo, hi)} rows)"
                ],
            )
        return L(
            t + sec(0.001), "INFO", ST, "Finished hot ranks update!", ["Finished hot ranks update!"]
        )

    def active(t: datetime) -> datetime:
        t = L(
            t,
            "INFO",
            ST,
            "Updating active site and community aggregates ...",
            ["Updating active site and community aggregates ..."],
        )
        t = L(t + sec(r.uniform(0.4, 2.2)), "INFO", ST, "Done.", ["Done."])
        return L(
            t + sec(0.002),
            "INFO",
            ST,
            "Updating banned column if it expires ...",
            ["Updating banned column if it expires ..."],
        )

    def boot(t: datetime) -> datetime:
        t = L(
            t,
            "INFO",
            "lemmy_db_schema::utils",
            "Running Database migrations (This may take a long time)...",
            ["Running Database migrations (This may take a long time)..."],
        )
        t = L(
            t + sec(r.uniform(0.3, 1.2)),
            "INFO",
            "lemmy_db_schema::utils",
            "Database migrations complete.",
            ["Database migrations complete."],
        )
        t = L(
            t + sec(0.02),
            "INFO",
            "actix_server::builder",
            "starting %s workers",
            ["starting 4 workers"],
        )
        t = L(
            t + sec(0.001),
            "INFO",
            "actix_server::server",
            "Actix runtime found; starting in Actix runtime",
            ["Actix runtime found; starting in Actix runtime"],
        )
        ts = active(t + sec(0.3))
        ts = hot_ranks(ts + sec(0.01))
        ts = L(
            ts + sec(0.01), "INFO", ST, "Clearing old activities...", ["Clearing old activities..."]
        )
        ts = L(ts + sec(r.uniform(0.5, 3.0)), "INFO", ST, "Done.", ["Done."])
        ts = L(
            ts + sec(0.01),
            "INFO",
            ST,
            "Overwriting deleted posts...",
            ["Overwriting deleted posts..."],
        )
        ts = L(ts + sec(r.uniform(0.1, 0.5)), "INFO", ST, "Done.", ["Done."])
        ts = L(
            ts + sec(0.01),
            "INFO",
            ST,
            "Overwriting deleted comments...",
            ["Overwriting deleted comments..."],
        )
        ts = L(ts + sec(r.uniform(0.1, 0.9)), "INFO", ST, "Done.", ["Done."])
        t = L(
            t + sec(r.uniform(2.0, 4.0)),
            "INFO",
            "lemmy_server",
            "Starting HTTP server at %s:%s",
            ["Starting HTTP server at 0.0.0.0:8536"],
        )
        t = L(
            t + sec(0.003),
            "INFO",
            "actix_server::builder",
            "starting %s workers",
            ["starting 4 workers"],
        )
        return L(
            t + sec(0.001),
            "INFO",
            "actix_server::server",
            "Actix runtime found; starting in Actix runtime",
            ["Actix runtime found; starting in Actix runtime"],
        )

    def frames(handler: str, data: str, src: str, method: str, target: str) -> list[str]:
        return [
            f"   0: {handler}",
            f"           with data={data}",
            f"             at {src}",
            "   1: lemmy_server::root_span_builder::HTTP request",
            f'           with http.method={method} http.scheme="https" http.host={LM_HOST} http.target={target} otel.kind="server" request_id={uuid4(r)}',
            "             at src/root_span_builder.rs:16",
        ]

    def http_warn(t: datetime, label: str, first: str, fr: list[str]) -> datetime:
        return L(
            t, "WARN", "lemmy_server::root_span_builder", label, [first, *fr], span=LM_ERR_SPAN
        )

    boot0 = at(5, 58, 57.3)
    restart = at(9, 40, 2.1)
    back = restart + sec(29.4)
    up1 = boot(boot0)
    up2 = boot(back)

    def alive(t: datetime) -> bool:
        return not (restart <= t < up2 + sec(1))

    # shutdown for the upgrade
    t = L(
        restart,
        "WARN",
        "lemmy_server",
        "Received terminate, shutting down gracefully...",
        ["Received terminate, shutting down gracefully..."],
    )
    t = L(
        t + sec(0.0004),
        "INFO",
        "actix_server::server",
        "SIGTERM received; starting graceful shutdown",
        ["SIGTERM received; starting graceful shutdown"],
    )
    for _ in range(4):
        t = L(
            t + sec(r.uniform(0.0001, 0.002)),
            "INFO",
            "actix_server::worker",
            "shutting down idle worker",
            ["shutting down idle worker"],
        )
    L(
        t + sec(0.001),
        "INFO",
        "actix_server::accept",
        "accept thread stopped",
        ["accept thread stopped"],
    )

    # scheduled tasks (clokwerk: every 10 minutes and every hour from the scheduler's start)
    for start, end in [(up1, restart), (up2, T_END)]:
        k = 1
        while start + sec(600 * k) < end:
            tk = start + sec(600 * k + r.uniform(0, 1))
            tk = hot_ranks(tk)
            L(tk + sec(r.uniform(0.01, 0.2)), "INFO", ST, "Done.", ["Done."])
            if k % 6 == 0:
                active(tk + sec(0.3))
            k += 1

    # the federation queue's state every minute
    dead = "lemmy.oldhost.example"
    flaky = "lemmy.flaky.example"
    dead_behind = 18211
    flaky_fails = 0
    flaky_next = at(7, 5, 14.218734)
    act, aid = "", 0
    latest = 9182733
    for start, end in [(up1, restart), (up2, T_END)]:
        t = start + sec(60)
        while t < end:
            latest += r.randint(15, 60)
            dead_behind += r.randint(12, 55)
            st = L(
                t,
                "INFO",
                "lemmy_federate::stats",
                "Federation state as of %s:",
                [
                    f"Federation state as of {t:%Y-%m-%dT%H:%M:%S}.{t.microsecond * 1000 + r.randint(0, 999):09d}+00:00:"
                ],
            )
            st = L(
                st + sec(r.uniform(0.0001, 0.001)),
                "INFO",
                "lemmy_federate::stats",
                "%s: Warning. %s behind, %s consecutive fails, current retry delay %s",
                [
                    f"{dead}: Warning. {dead_behind} behind, 14 consecutive fails, current retry delay {lm_retry_delay(14)}"
                ],
            )
            behind = r.randint(0, 6)
            if flaky_fails:
                st = L(
                    st + sec(r.uniform(0.0001, 0.001)),
                    "INFO",
                    "lemmy_federate::stats",
                    "%s: Warning. %s behind, %s consecutive fails, current retry delay %s",
                    [
                        f"{flaky}: Warning. {r.randint(40, 400)} behind, {flaky_fails} consecutive fails, current retry delay {lm_retry_delay(flaky_fails)}"
                    ],
                )
                behind += 0
            L(
                st + sec(r.uniform(0.0001, 0.001)),
                "INFO",
                "lemmy_federate::stats",
                "%s others up to date. %s instances behind.",
                [
                    f"{r.randint(2290, 2310) - (1 if flaky_fails else 0)} others up to date. {behind} instances behind."
                ],
            )
            # the flaky instance's retries
            while flaky_next < t + sec(60) and at(7, 5) <= flaky_next < at(7, 46):
                if not flaky_fails:
                    act = (
                        f"https://{LM_HOST}/activities/"
                        + r.choice(["like", "create", "announce", "dislike"])
                        + "/"
                        + uuid4(r)
                    )
                    aid = latest - r.randint(200, 400)
                flaky_fails += 1
                if r.random() < 0.7:
                    e = f"Queueing activity {act} to https://{flaky}/inbox for retry after connection failure: error sending request for url (https://{flaky}/inbox)"
                    label = "%s: retrying %s attempt %s with delay %s. (Queueing activity %s to %s for retry after connection failure: error sending request for url (%s))"
                else:
                    e = f"Queueing activity {act} to https://{flaky}/inbox for retry after failure with status 502 Bad Gateway: error code: 502"
                    label = "%s: retrying %s attempt %s with delay %s. (Queueing activity %s to %s for retry after failure with status %s: %s)"
                L(
                    flaky_next,
                    "INFO",
                    "lemmy_federate::worker",
                    label,
                    [
                        f"{flaky}: retrying ActivityId({aid}) attempt {flaky_fails} with delay {lm_retry_delay(flaky_fails)}. ({e})"
                    ],
                )
                flaky_next += sec(10.0 * 2**flaky_fails + r.uniform(10, 30))
            if t > at(7, 46) and flaky_next >= at(7, 46):
                flaky_fails = 0
            t += sec(60 + r.uniform(0, 0.003))

    # a credential-stuffing run on the login
    for st in poisson(r, at(7, 20), at(7, 55), 7.5):
        if not alive(st):
            continue
        http_warn(
            st,
            "IncorrectLogin: IncorrectLogin",
            "IncorrectLogin: IncorrectLogin",
            frames(
                "lemmy_api::local_user::login::login",
                "Json(Login { username_or_email: Sensitive, password: Sensitive, totp_2fa_token: None })",
                "crates/api/src/local_user/login.rs:24",
                "POST",
                "/api/v3/user/login",
            ),
        )
    # crawlers asking for deleted posts, and for communities that do not exist
    for st in poisson(r, T0, T_END, 70):
        if not alive(st):
            continue
        pid = r.randint(1000, 98000)
        http_warn(
            st,
            "NotFound: Record not found",
            "NotFound: Record not found",
            frames(
                "lemmy_api_crud::post::read::get_post",
                f"Query(GetPost {{ id: Some(PostId({pid})), comment_id: None }})",
                "crates/api_crud/src/post/read.rs:21",
                "GET",
                "/api/v3/post",
            ),
        )
    names = [
        "selfhosted",
        "homelab",
        "asklemmy",
        "linux_gaming",
        "fediverse",
        "rust",
        "piracy",
        "memes",
    ]
    for st in poisson(r, T0, T_END, 260):
        if not alive(st):
            continue
        name = r.choice(names)
        http_warn(
            st,
            "CouldntFindCommunity: CouldntFindCommunity",
            "CouldntFindCommunity: CouldntFindCommunity",
            frames(
                "lemmy_api_crud::community::read::get_community",
                f'Query(GetCommunity {{ id: None, name: Some("{name}") }})',
                "crates/api_crud/src/community/read.rs:19",
                "GET",
                "/api/v3/community",
            ),
        )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- plausible

PL_DOMAINS = ["example.com", "docs.example.com", "shop.example.net"]
PL_QUEUE_MSG = [
    "connection not available and request was dropped from queue after {ms}ms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:",
    "",
    "  1. Ensuring your database is available and that you can connect to it",
    "  2. Tracking down slow queries and making sure they are running fast enough",
    "  3. Increasing the pool_size (although this increases resource consumption)",
    "  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval",
    "",
    "See DBConnection.start_link/2 for more information",
    "",
]
PL_STATS = [
    (
        "main-graph",
        "period=day&date=2024-06-05&metric=visitors&interval=hour",
        "Timeseries.timeseries/3",
        "timeseries.ex:31",
        "main_graph/2",
    ),
    (
        "top-stats",
        "period=day&date=2024-06-05&comparison=previous_period",
        "Aggregate.aggregate/3",
        "aggregate.ex:32",
        "top_stats/2",
    ),
    (
        "sources",
        "period=day&date=2024-06-05&detailed=true&limit=9",
        "Breakdown.breakdown/5",
        "breakdown.ex:45",
        "sources/2",
    ),
    (
        "pages",
        "period=day&date=2024-06-05&limit=9",
        "Breakdown.breakdown/5",
        "breakdown.ex:45",
        "pages/2",
    ),
    (
        "countries",
        "period=day&date=2024-06-05&limit=9",
        "Breakdown.breakdown/5",
        "breakdown.ex:45",
        "countries/2",
    ),
    (
        "current-visitors",
        "",
        "Clickhouse.current_visitors/1",
        "clickhouse.ex:12",
        "current_visitors/2",
    ),
]


def plausible(r: random.Random) -> list[Log]:
    """Plausible Community Edition 2.1 (`docker logs plausible`, Elixir's console logger
    `$time $metadata[$level] $message` at the CE's default LOG_LEVEL, warning), 06:00 to 12:00:
    the start-up's release commands (createdb, migrate) before 06:00 and at an 11:00 upgrade,
    ClickHouse killed by the OOM killer and restarting 07:12-07:42 and again 09:35-09:51 (the
    connection pools failing to connect with backoff, both write buffers crashing at every
    flush, dashboards' stats queries crashing their requests), PostgreSQL restarted at 10:30,
    slow dashboard queries on PostgreSQL timing out."""
    fs = Files()

    def P(t: datetime, level: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            "plausible.log",
            t,
            label,
            lambda x: [
                f"{x:%H:%M:%S}.{x.microsecond // 1000:03d} [{level}] {lines[0]}",
                *lines[1:],
            ],
            "plausible",
            1000,
        )

    def puts(t: datetime, text: str, label: str | None = None) -> datetime:
        return fs.add("plausible.log", t, label or text, lambda x: [text], "plausible", 1000)

    def pid(a: int = 2000, b: int = 9000) -> str:
        return f"#PID<0.{r.randint(a, b)}.0>"

    def release(t: datetime, migrations: bool) -> datetime:
        for cmd in ["createdb", "migrate"]:
            t = puts(t, "Loading plausible..")
            t = puts(t + sec(r.uniform(0.05, 0.2)), "Starting dependencies..")
            t = puts(t + sec(r.uniform(0.3, 0.9)), "Starting repos..")
            if cmd == "createdb":
                for repo in ["Plausible.Repo", "Plausible.IngestRepo"]:
                    t = puts(
                        t + sec(r.uniform(0.05, 0.3)),
                        f"create {repo} database if it doesn't exist",
                        "create %s database if it doesn't exist",
                    )
                t = puts(t + sec(0.01), "Creation of Db successful!")
            else:
                for _ in range(2):
                    t = puts(
                        t + sec(r.uniform(0.1, 1.5 if migrations else 0.4)),
                        "Running migrations for plausible",
                        "Running migrations for %s",
                    )
                t = puts(t + sec(0.01), "Migrations successful!")
            t += sec(r.uniform(1.0, 1.8))
        return t

    release(at(5, 59, 12.4), False)
    release(at(11, 0, 21.7), True)
    ch_pids = {
        "Plausible.ClickhouseRepo": [pid(2400, 2600) for _ in range(5)],
        "Plausible.IngestRepo": [pid(2600, 2700) for _ in range(3)],
    }

    def stack_ecto() -> list[str]:
        return [
            "    (ecto_sql 3.11.2) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1",
            "    (ecto_sql 3.11.2) lib/ecto/adapters/sql.ex:952: Ecto.Adapters.SQL.execute/6",
            "    (ecto 3.11.2) lib/ecto/repo/queryable.ex:232: Ecto.Repo.Queryable.execute/4",
            "    (ecto 3.11.2) lib/ecto/repo/queryable.ex:19: Ecto.Repo.Queryable.all/3",
        ]

    def outage(a: datetime, b: datetime) -> None:
        # every pool connection: disconnected, then failing to connect with backoff
        for _repo, pids in ch_pids.items():
            for p in pids:
                t = P(
                    a + sec(r.uniform(0.001, 0.4)),
                    "error",
                    "%s (%s) disconnected: ** (Mint.TransportError) socket closed",
                    [f"Ch.Connection ({p}) disconnected: ** (Mint.TransportError) socket closed"],
                )
                delay = 1.0
                while True:
                    t += sec(delay * r.uniform(0.5, 1.0))
                    if t >= b:
                        break
                    P(
                        t,
                        "error",
                        "%s (%s) failed to connect: ** (Mint.TransportError) connection refused",
                        [
                            f"Ch.Connection ({p}) failed to connect: ** (Mint.TransportError) connection refused"
                        ],
                    )
                    delay = min(delay * 2, 30.0)
        # both write buffers crash at every flush (5 s)
        for name, table, size in [
            ("Plausible.Event.WriteBuffer", "events_v2", (2400, 9800)),
            ("Plausible.Session.WriteBuffer", "sessions_v2", (1900, 7600)),
        ]:
            t = a + sec(r.uniform(0.5, 5.0))
            while t < b:
                bs = r.randint(*size)
                q = [ln.format(ms=r.randint(1950, 2600)) for ln in PL_QUEUE_MSG]
                P(
                    t,
                    "error",
                    "GenServer %s terminating",
                    [
                        f"GenServer {name} terminating",
                        f"** (DBConnection.ConnectionError) {q[0]}",
                        *q[1:],
                        "    (ecto_sql 3.11.2) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1",
                        "    (plausible 0.0.1) lib/plausible/ingestion/write_buffer.ex:99: Plausible.Ingestion.WriteBuffer.do_flush/1",
                        "    (plausible 0.0.1) lib/plausible/ingestion/write_buffer.ex:66: Plausible.Ingestion.WriteBuffer.handle_info/2",
                        "    (stdlib 5.2.1) gen_server.erl:1095: :gen_server.try_handle_info/3",
                        "    (stdlib 5.2.1) gen_server.erl:1183: :gen_server.handle_msg/6",
                        "    (stdlib 5.2.1) proc_lib.erl:241: :proc_lib.init_p_do_apply/3",
                        "Last message: :tick",
                        f'State: %{{buffer: [<<{", ".join(str(r.randint(0, 255)) for _ in range(20))}, ...>>, ...], name: {name}, timer: #Reference<0.{r.randint(10**9, 4 * 10**9)}.{r.randint(10**9, 4 * 10**9)}.{r.randint(10000, 99999)}>, buffer_size: {bs}, max_buffer_size: 10000, flush_interval_ms: 5000, header: <<...>>, insert_opts: [command: :insert, encode: false, source: "{table}", cast_params: []], insert_sql: "INSERT INTO \\"{table}\\" FORMAT RowBinaryWithNamesAndTypes"}}',
                    ],
                )
                t += sec(5.0 + r.uniform(2.0, 2.7))
        # dashboards' stats queries crash their requests
        for st in poisson(r, a + sec(20), b, 60):
            dom = r.choice(PL_DOMAINS)
            for k, (ep, qs, fn, loc, action) in enumerate(PL_STATS):
                q = [ln.format(ms=r.randint(1950, 2600)) for ln in PL_QUEUE_MSG]
                url = f"/api/stats/{dom}/{ep}" + (f"?{qs}" if qs else "")
                P(
                    st + sec(2.0 + k * r.uniform(0.01, 0.05)),
                    "error",
                    "%s running %s (connection %s, stream id %s) terminated",
                    [
                        f"{pid(5000, 30000)} running PlausibleWeb.Endpoint (connection {pid(5000, 30000)}, stream id {r.randint(1, 9)}) terminated",
                        "Server: plausible.example.com:80 (http)",
                        f"Request: GET {url}",
                        "** (exit) an exception was raised:",
                        f"    ** (DBConnection.ConnectionError) {q[0]}",
                        *["    " + ln if ln else "" for ln in q[1:]],
                        *["    " + ln for ln in stack_ecto()],
                        f"        (plausible 0.0.1) lib/plausible/stats/{loc}: Plausible.Stats.{fn}",
                        f"        (plausible 0.0.1) lib/plausible_web/controllers/api/stats_controller.ex:1: PlausibleWeb.Api.StatsController.{action}",
                        "        (plausible 0.0.1) lib/plausible_web/controllers/api/stats_controller.ex:1: PlausibleWeb.Api.StatsController.action/2",
                        "        (plausible 0.0.1) lib/plausible_web/controllers/api/stats_controller.ex:1: PlausibleWeb.Api.StatsController.phoenix_controller_pipeline/2",
                        "        (phoenix 1.7.12) lib/phoenix/router.ex:484: Phoenix.Router.__call__/5",
                        "        (plausible 0.0.1) lib/plausible_web/endpoint.ex:1: PlausibleWeb.Endpoint.plug_builder_call/2",
                    ],
                )

    outage(at(7, 12, 31.2), at(7, 42, 5.8))
    outage(at(9, 35, 12.9), at(9, 51, 40.1))
    # PostgreSQL restarted at 10:30 (the Repo's pool of 10)
    pg_down = (at(10, 30, 4.4), at(10, 30, 51.0))
    for _ in range(10):
        p = pid(2100, 2300)
        t = P(
            pg_down[0] + sec(r.uniform(0.001, 0.2)),
            "error",
            "%s (%s) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): closed",
            [
                f"Postgrex.Protocol ({p}) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): closed"
            ],
        )
        delay = 1.0
        while True:
            t += sec(delay * r.uniform(0.5, 1.0))
            if t >= pg_down[1]:
                break
            P(
                t,
                "error",
                "%s (%s) failed to connect: ** (DBConnection.ConnectionError) tcp connect (%s): connection refused - :econnrefused",
                [
                    f"Postgrex.Protocol ({p}) failed to connect: ** (DBConnection.ConnectionError) tcp connect (plausible_db:5432): connection refused - :econnrefused"
                ],
            )
            delay = min(delay * 2, 30.0)
    # slow PostgreSQL queries: an admin's site list, a funnel's goals
    for st in poisson(r, T0, T_END, 1300):
        client = pid(5000, 30000)
        P(
            st,
            "error",
            "%s (%s) disconnected: ** (DBConnection.ConnectionError) client %s timed out because it queued and checked out the connection for longer than %sms",
            [
                f"Postgrex.Protocol ({pid(2100, 2300)}) disconnected: ** (DBConnection.ConnectionError) client {client} timed out because it queued and checked out the connection for longer than 15000ms",
                "",
                f"{client} was at location:",
                "",
                "    :prim_inet.recv0/3",
                "    (postgrex 0.17.5) lib/postgrex/protocol.ex:3197: Postgrex.Protocol.msg_recv/4",
                "    (postgrex 0.17.5) lib/postgrex/protocol.ex:2222: Postgrex.Protocol.recv_bind/3",
                "    (postgrex 0.17.5) lib/postgrex/protocol.ex:2077: Postgrex.Protocol.bind_execute_close/4",
                "    (db_connection 2.6.0) lib/db_connection/holder.ex:354: DBConnection.Holder.holder_apply/4",
                "    (db_connection 2.6.0) lib/db_connection.ex:1558: DBConnection.run_execute/5",
                "    (db_connection 2.6.0) lib/db_connection.ex:1653: DBConnection.run/6",
                "    (db_connection 2.6.0) lib/db_connection.ex:772: DBConnection.parsed_prepare_execute/5",
                "",
            ],
        )
    for st in poisson(r, T0, T_END, 1500):
        P(
            st,
            "error",
            "%s (%s) disconnected: ** (DBConnection.ConnectionError) client %s exited",
            [
                f"Postgrex.Protocol ({pid(2100, 2300)}) disconnected: ** (DBConnection.ConnectionError) client {pid(5000, 30000)} exited"
            ],
        )
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "n8n": n8n,
    "ghost": ghost,
    "baserow": baserow,
    "lemmy": lemmy,
    "plausible": plausible,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
