#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 282 (tryton, openbravo, axelor, metasfresh, fineract) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file; every log here has milliseconds). Five open-source
ERP and core-banking servers, 06:00 to 12:00 on 2024-06-07. None was in the set (Odoo, ERPNext,
Dolibarr, iDempiere and OFBiz are).

- Tryton 7.0 (`trytond.log`, `trytond-cron.log`, `trytond-worker.log`: `docker logs` of the
  server (`trytond -vv`, the built-in werkzeug server behind nginx), of `trytond-cron -vv` and
  of `trytond-worker -vv`). trytond's own `logging.basicConfig` format, `%(process)s
  %(thread)s [%(asctime)s] %(levelname)s %(name)s %(message)s`: `1 139871245796928
  [2024-06-07 06:40:13,655] INFO trytond.protocols.dispatcher res.user.get_preferences(True, {})
  from admin@10.20.9.2/tryton/ in 14 ms`. Each RPC of eight desktop-client users writes three
  lines: the dispatcher's `%s.%s%s from %s@%s%s in %i ms` (the model, the method and the
  arguments as `format_args` shortens them: strings cut to 17 characters and `...`, five items
  of a list or dict and `...`), `trytond.wsgi`'s `%s in %i ms` (the request's repr,
  `<JSONRequest 5@10.20.1.15 'https://erp.../tryton/' [POST] model.sale.sale.read>`) and
  werkzeug's request line (`172.19.0.5 - - [07/Jun/2024 06:40:13] "POST /tryton/ HTTP/1.0" 200
  -`). Logins (`login succeeded for '%s' from '%s' on database '%s'`, two bad passwords:
  `login failed ...` and a 401), session expiries, logouts; a custom EDI module's KeyError on
  `account.invoice.post` 10:05-10:52 (the dispatcher's line at ERROR with the traceback);
  PostgreSQL restarted 09:40:12-09:41:03 (503s, a login's `fail to connect to %s` with
  psycopg2's traceback); the deployment at 11:20 (werkzeug's banner as one multi-line call,
  `Press CTRL+C to quit`, `init pool for "%s"` on the first login, the worker's `start %d
  workers`). The cron daemon's minute (`cron started for "%s"`, `<Cron %s@%s %s> in %i ms`,
  `cron finished for "%s"`; the ECB currency update failing on DNS at 07:00: `<Cron %s@%s %s>
  failed after %i ms` with its traceback); the worker's tasks from two child processes
  (`<Task %s@%s> in %i ms`, the SMTP relay timing out 08:50-09:12: `<Task %s@%s> failed after
  %i ms` at CRITICAL, the database restart: `... failed after %i ms, retrying`).
- Openbravo 23Q4 (`ob1-openbravo.log`, `ob2-openbravo.log`: two Tomcat nodes, background
  processes clustered through Quartz's JDBC job store). log4j2's `%d [%t] %-5p %c - %m%n`
  (the layout of the wiki's How_To_Configure_Log; root at INFO): `2024-06-07 06:01:06,731
  [OBScheduler_Worker-4] ERROR org.quartz.core.JobRunShell - Job ... threw an unhandled
  Exception: ` and its stack. A distributor's morning: the EDI connector module's Quartz job
  failing every minute until its SFTP key is replaced at 09:05 (`Job %s threw an unhandled
  Exception: ` and `Job (%s threw an exception.`, each with a stack); the license's soft and
  hard user limits at login (LoginHandler's `Soft Users Reached - Session: %s`, `Concurrent
  Users Reached - Session: %s`) and, after a module install at 11:18, `Tomcat not restarted`;
  the PostgreSQL primary failing over 08:12-08:47 (every 15 s on each node: `ClusterManager:
  Error managing cluster: ...` and `MisfireHandler: Error handling misfires: Database error
  recovering from misfires.` with their stacks; users' requests through Hibernate's
  SqlExceptionHelper, `SQL Error: %s, SQLState: %s` at WARN then the driver's message at ERROR;
  afterwards `Handling %s trigger(s) that missed their scheduled fire-time.`, ob1 recovering
  ob2's instance and ob2's `This scheduler instance (%s) is still active but was recovered by
  another instance in the cluster.  This may cause inconsistent behavior.`); ob2 restarted at
  10:40 (Quartz's shutdown and start-up lines, the DAL initializer's three lines, the
  multi-line `Scheduler meta-data:` summary).
- Axelor Open Suite 8.1 on AOP 7.2 (`axelor.log`: AOP's own file appender, `logging.path` set,
  `FILE_LOG_PATTERN` `%d{yyyy-MM-dd HH:mm:ss.SSS} %5p ${PID:- } --- [%t] %-40.40logger{39} :
  %m%n`, `com.axelor` at INFO and the root at its default ERROR): `2024-06-07 06:00:01.821
  ERROR 2817 --- [DefaultQuartzScheduler_Worker-5] org.quartz.core.JobRunShell              :
  Job default.fetch-emails threw an unhandled Exception: ` and the stack. The IMAP password
  rotated on the mail server and not in Axelor: the `fetch-emails` job (every 30 s) failing
  until the redeploy at 11:30 (`Job %s threw an unhandled Exception: `, `Job (%s threw an
  exception.`), the SMTP relay down 08:31-09:48 (`send-emails`); users' business errors
  through TraceBackService (`The sale order %s has no lines.`, `No stock location found for
  product %s`, `Please configure a sequence for the company %s` for two companies, `The invoice
  %s is already ventilated.`); PostgreSQL restarted 09:15-09:18 (Hibernate's SqlExceptionHelper
  at ERROR: the driver's messages); the redeploy (JobRunner's `Stopping scheduler...`, `The job
  scheduler stopped.`, ModuleManager's `Loading package %s...` per module, `Configuring
  scheduled jobs...`, `Configuring job: %s, group: %s, cron: %s` per job, `Configured total
  jobs: %s, group: %s`, `Starting scheduler...`, `Job scheduler is running...`).
- metasfresh 5.175 (`metasfresh-webapi.log`, `metasfresh-app.log`: `docker logs` of the two
  Spring Boot services). The webapi's logback `CONSOLE_LOG_PATTERN` puts the user session's MDC
  between the pid and `---`: `%d{yyyy-MM-dd HH:mm:ss.SSS} %5p ${PID} [%16.16X{RemoteAddr:-}]
  [%10.-10X{LoggedUser:-}] --- [%15.15t] %-40.40logger{39} : %m%n` (`2024-06-07 08:20:14.577
  INFO 1 [                ][          ] --- [ntContainer#3-1] o.s.a.r.l.SimpleMessageListenerContainer
  : Restarting Consumer@...`); the app has Spring Boot's plain layout; a stack follows a blank
  line and is followed by one (`%wEx`). RabbitMQ restarted for its upgrade 08:20-08:26: every
  listener container of both services (four and six) retries every 5 s (`Consumer raised
  exception, processing can restart if the connection factory supports it. Exception summary:
  org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused`,
  `Restarting %s` with the consumer's repr, `Attempting to connect to: %s`), the broker's
  `Channel shutdown: connection error; ...` per channel and `Created new connection: %s` once
  it is back; PostgreSQL restarted at 10:10 (c3p0's `...$ScatteredAcquireTask@%s --
  Acquisition Attempt Failed!!! ...` with the driver's stack and `Having failed to acquire a
  resource, %s is interrupting all Threads ...`); the WebSocket broker's statistics every 30
  minutes; the webapi upgraded at 11:05 (Spring Boot's start-up, the DispatcherServlet's three
  lines on the first request, with the client's address in the MDC column).
- Apache Fineract 1.9 (`fineract-server-read-...log`, `fineract-server-write-...log`,
  `fineract-server-batch-manager-...log`: `kubectl logs` of the read, write and batch-manager
  instances, with `fineract.logging.json.enabled`: logback-contrib's JsonLayout, one object a
  line, `{"timestamp":"1717740001123","level":"WARN","thread":"http-nio-8443-exec-30",
  "logger":"org.apache.fineract.infrastructure.core.exceptionmapper.PlatformResourceNotFoundExceptionMapper",
  "message":"Exception: ..., Message: Loan with identifier 4100 does not exist","context":"default"}`,
  the time in epoch milliseconds as a string, a stack in `exception`). The mobile app asking
  the read instance for loans, clients and savings accounts that do not exist (the exception
  mappers' `Exception: %s, Message: %s`, one label per exception's message format), the
  tellers' posts on the write instance (`Validation errors exist.`, a domain rule); Spring
  Batch on the batch manager (SEND_ASYNCHRONOUS_EVENTS every 2 minutes, the hourly standing
  instructions: `Job: [SimpleJob: [name=%s]] launched with the following parameters: [%s]`,
  `Executing step: [%s]`, `Step: [%s] executed in %s`, `Job: ... completed with the following
  parameters: [%s] and the following status: [%s] in %s`); Patroni's switchover at 09:30
  (Hikari's `%s - Failed to validate connection %s (%s). Possibly consider using a shorter
  maxLifetime value.` on all three, the job's `Encountered an error executing step %s in job
  %s` with its stack and status FAILED); the rolling upgrade at 10:20 (Spring Boot's start-up,
  Hikari's pools, Quartz's start-up on the batch manager).

Label notes. The heads are context: trytond's pid, thread, time, level and logger; log4j2's and
logback's time, thread, level, pid, logger and the webapi's MDC columns; JsonLayout's fields
but `message`. werkzeug's request line is labelled as the set's access records are (method,
route and status kept; the address, date and protocol values); the request's repr in
`trytond.wsgi`'s `%s in %i ms` is one value, while `<Cron %s@%s %s>` and `<Task %s@%s>` are
built from literals in the function that logs them (`name = '<Cron %s@%s %s>' % ...`) and are
wording. A value that is an error contributes its format (Hibernate's and c3p0's driver
messages, Quartz's nested LockException/JobPersistenceException texts, Fineract's exception
messages, Spring AMQP's exception summary). Continuation lines have no row: tracebacks and
stacks, werkzeug's banner lines, Quartz's meta-data summary, Spring's blank lines around a
stack.

Checked against copies of the sources (the search tool): trytond's dispatcher (`%s.%s%s from
%s@%s%s in %i ms`, `fail to connect to %s`), `tools/logging.format_args`, `wsgi.py` (`%s in %i
ms`), `protocols/wrappers.Request.__repr__`, `security.py` (login, logout, session lines),
`ir/cron.py` and `worker.py`; Openbravo's `log4j2-web.xml.template`, its wiki's layout,
`DalLayerInitializer` and LoginHandler's warnings; AOP's `LoggerConfiguration`
(`FILE_LOG_PATTERN`, levels) and `JobRunner`; metasfresh-webui's logback `CONSOLE_LOG_PATTERN`;
Fineract's `logback-spring.xml` and its exception mappers' `Exception: {}, Message: {}`.
Least sure (from the helper's knowledge): trytond's `init pool for "%s"`, the cron and worker
modules' methods, werkzeug's banner under trytond; whether Openbravo 23Q4 clusters Quartz with
JobStoreTX, its data source name and Quartz's ClusterManager/MisfireHandler wording; the EDI
module and its job; AOP's `Loading package %s...`, whether AOS's mail jobs let exceptions
reach Quartz, and every TraceBackService message (AOS's texts were not checked); the
metasfresh version's Spring Boot and Spring AMQP wordings, its c3p0 pool and the WebSocket
statistics; Fineract's job and step names, the job parameters' rendering, the domain rule's
text and Spring Batch's logger names.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any
from generate_round155 import logback_abbrev, pad_trunc
from generate_round156 import traceback
from generate_round173 import jtrace

MS = 1_000


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def pg_refused(host: str) -> str:
    return f"Connection to {host} refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."


PG_REFUSED = "Connection to %s refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."
PG_IO = "An I/O error occurred while sending to the backend."
PG_CLOSED = "This connection has been closed."

# ----------------------------------------------------------------------------------- tryton

TR_DB = "tryton"
TR_URL = "https://erp.hallwood.example"
TR_PROXY = "172.19.0.5"
TR_PY = "/usr/local/lib/python3.11/dist-packages"
# login, user id, workstation, weight
TR_USERS = [
    ("lbrandt", 5, "10.20.1.15", 9),
    ("jmorel", 3, "10.20.1.22", 8),
    ("ksato", 4, "10.20.1.31", 7),
    ("pnovak", 6, "10.20.1.18", 6),
    ("ahughes", 7, "10.20.2.40", 5),
    ("rdiaz", 8, "10.20.2.41", 4),
    ("mwang", 9, "10.20.1.27", 3),
    ("admin", 1, "10.20.9.2", 1),
]
TR_THREADS = [
    139871254189632,
    139871245796928,
    139871237404224,
    139871229011520,
    139871220618816,
    139871212226112,
    139871203833408,
    139871195440704,
    139870649632320,
    139870641239616,
]
TR_CTX = "{{'client': '{c}...', 'company': 1, 'company_filter': 'one', 'employee': {e}, 'groups': [1, 2, 5, 7, 9], ...}}"


def tr_call(r: random.Random, ctx: str) -> tuple[str, str, str, int, int]:
    """One RPC of the desktop client: (model, method, formatted arguments, ms low, ms high)."""
    n = r.randint(1000, 4999)
    table = [
        (
            14,
            "sale.sale",
            "search_read",
            f"[('state', 'in', ['draft', 'quotation'])], 0, 1000, [('number', 'DESC'), ('id', 'DESC')], ['number', 'party.rec_name', 'sale_date', 'total_amount', 'state', ...], {ctx}",
            25,
            140,
        ),
        (
            12,
            "sale.sale",
            "read",
            f"[{n}], ['number', 'party', 'lines', 'total_amount', 'state', ...], {ctx}",
            8,
            60,
        ),
        (
            9,
            "party.party",
            "search",
            f"[('rec_name', 'ilike', '%{r.choice(['acme', 'nord', 'bau', 'tech', 'mill'])}%')], 0, 100, None, {ctx}",
            6,
            45,
        ),
        (
            8,
            "product.product",
            "search_read",
            f"[('salable', '=', True), ('rec_name', 'ilike', '%{r.choice(['bolt', 'pump', 'valve', 'hose', 'seal'])}%')], 0, 100, None, ['rec_name', 'list_price', 'default_uom', 'quantity', 'forecast_quantity', ...], {ctx}",
            12,
            180,
        ),
        (
            7,
            "sale.line",
            "on_change_product",
            f"{{'product': {r.randint(200, 900)}, 'quantity': {r.choice([1, 2, 5, 10, 25])}.0, 'unit': 1, 'sale': {n}, 'id': -{r.randint(1, 9)}, ...}}, ['unit_price', 'taxes', 'description', 'unit', 'amount', ...], {ctx}",
            9,
            70,
        ),
        (
            6,
            "stock.shipment.out",
            "search_read",
            f"[('state', 'in', ['waiting', 'assigned'])], 0, 1000, [('planned_date', 'ASC')], ['number', 'customer.rec_name', 'planned_date', 'state', 'warehouse.rec_name', ...], {ctx}",
            30,
            210,
        ),
        (
            5,
            "account.invoice",
            "search_read",
            f"[('type', '=', 'out'), ('state', '=', 'posted')], 0, 1000, [('invoice_date', 'DESC')], ['number', 'party.rec_name', 'invoice_date', 'total_amount', 'amount_to_pay', ...], {ctx}",
            35,
            260,
        ),
        (
            5,
            "sale.sale",
            "write",
            f"[{n}], {{'lines': [('create', [{{...}}])], 'payment_term': 2, 'shipment_address': {r.randint(10, 99)}, ...}}, {ctx}",
            40,
            220,
        ),
        (3, "sale.sale", "quote", f"[{n}], {ctx}", 90, 420),
        (3, "sale.sale", "confirm", f"[{n}], {ctx}", 120, 640),
        (2, "stock.shipment.out", "assign_try", f"[{r.randint(8000, 8999)}], {ctx}", 80, 530),
        (2, "account.invoice", "post", f"[{r.randint(20000, 21999)}], {ctx}", 110, 720),
        (
            4,
            "ir.attachment",
            "search_count",
            f"[('resource', '=', 'sale.sale,{n}')], 0, None, {ctx}",
            3,
            20,
        ),
    ]
    _, model, method, args, lo, hi = r.choices(table, [w for w, *_ in table])[0]
    return model, method, args, lo, hi


def tryton(r: random.Random) -> list[Log]:
    """The server, trytond-cron and trytond-worker containers, 06:00 to 12:00."""
    fs = Files()

    def L(
        f: str,
        pid: int,
        th: int,
        t: datetime,
        level: str,
        name: str,
        label: str | None,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{pid} {th} [{x:%Y-%m-%d %H:%M:%S},{ms3(x)}] {level} {name} {msg}",
                *(cont or []),
            ],
            (f, pid),
            MS,
        )

    S = "trytond.log"
    db_down = (at(9, 40, 12.4), at(9, 41, 3.1))
    bug = (at(10, 5), at(10, 52))
    restart = at(11, 20, 4.2)

    def werk(t: datetime, th: int, path: str, code: int) -> datetime:
        return L(
            S,
            1,
            th,
            t,
            "INFO",
            "werkzeug",
            f'%s - - [%s] "POST {path} %s" {code} -',
            f'{TR_PROXY} - - [{t:%d/%b/%Y %H:%M:%S}] "POST {path} HTTP/1.0" {code} -',
        )

    def wsgi(t: datetime, th: int, who: str, path: str, rpc: str, ms: int) -> datetime:
        return L(
            S,
            1,
            th,
            t,
            "INFO",
            "trytond.wsgi",
            "%s in %i ms",
            f"<JSONRequest {who} '{TR_URL}{path}' [POST] {rpc}> in {ms} ms",
        )

    def db_tb(fn: str, first: list[tuple[str, int, str, str]]) -> list[str]:
        return traceback(
            [
                *first,
                (
                    f"{TR_PY}/trytond/transaction.py",
                    186,
                    "start",
                    "database = Database(database_name).connect()",
                ),
                (
                    f"{TR_PY}/trytond/backend/postgresql/database.py",
                    232,
                    "connect",
                    "conn = self._connpool.getconn()",
                ),
                (
                    "/usr/lib/python3/dist-packages/psycopg2/pool.py",
                    169,
                    "getconn",
                    "return self._getconn(key)",
                ),
                (
                    "/usr/lib/python3/dist-packages/psycopg2/pool.py",
                    93,
                    "_getconn",
                    "return self._connect(key)",
                ),
                (
                    "/usr/lib/python3/dist-packages/psycopg2/pool.py",
                    63,
                    "_connect",
                    "conn = psycopg2.connect(*self._args, **self._kwargs)",
                ),
                (
                    "/usr/lib/python3/dist-packages/psycopg2/__init__.py",
                    122,
                    "connect",
                    "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                ),
            ],
            [
                'psycopg2.OperationalError: connection to server at "db" (172.19.0.3), port 5432 failed: Connection refused',
                "\tIs the server running on that host and accepting TCP/IP connections?",
                "",
            ],
        )

    pool_ready = {"v": True}
    sessions: dict[str, datetime] = {}

    def login(t: datetime, u: tuple[str, int, str, int], bad: bool = False) -> datetime:
        lg, _uid, ip, _ = u
        th = r.choice(TR_THREADS)
        t = wsgi(t, th, ip, "/", "common.server.version", r.randint(1, 3))
        t = werk(t + sec(0.001), th, "/", 200)
        t += sec(r.uniform(0.4, 3.0))
        th = r.choice(TR_THREADS)
        if in_any(t, [db_down]):
            t = L(
                S,
                1,
                th,
                t + sec(0.004),
                "ERROR",
                "trytond.protocols.dispatcher",
                "fail to connect to %s",
                f"fail to connect to {TR_DB}",
                db_tb(
                    "login",
                    [
                        (
                            f"{TR_PY}/trytond/protocols/dispatcher.py",
                            50,
                            "login",
                            "session = security.login(",
                        ),
                        (
                            f"{TR_PY}/trytond/security.py",
                            40,
                            "login",
                            "with Transaction().start(dbname, 0, context=context) as transaction:",
                        ),
                    ],
                ),
            )
            t = wsgi(t + sec(0.001), th, ip, f"/{TR_DB}/", "common.db.login", r.randint(5, 12))
            return werk(t + sec(0.001), th, f"/{TR_DB}/", 404)
        ms = r.randint(180, 520)
        if not pool_ready["v"]:
            t = L(
                S,
                1,
                th,
                t,
                "INFO",
                "trytond.pool",
                'init pool for "%s"',
                f'init pool for "{TR_DB}"',
            )
            pool_ready["v"] = True
            ms += r.randint(6000, 9000)
            t += sec(ms / 1000)
        else:
            t += sec(ms / 1000)
        if bad:
            t = L(
                S,
                1,
                th,
                t,
                "ERROR",
                "trytond.security",
                "login failed for '%s' from '%s' on database '%s'",
                f"login failed for '{lg}' from '{ip}' on database '{TR_DB}'",
            )
            t = wsgi(t + sec(0.001), th, ip, f"/{TR_DB}/", "common.db.login", ms)
            return werk(t + sec(0.001), th, f"/{TR_DB}/", 401)
        t = L(
            S,
            1,
            th,
            t,
            "INFO",
            "trytond.security",
            "login succeeded for '%s' from '%s' on database '%s'",
            f"login succeeded for '{lg}' from '{ip}' on database '{TR_DB}'",
        )
        t = wsgi(t + sec(0.001), th, ip, f"/{TR_DB}/", "common.db.login", ms)
        t = werk(t + sec(0.001), th, f"/{TR_DB}/", 200)
        sessions[lg] = t
        t += sec(r.uniform(0.05, 0.3))
        return rpc(t, u, ("res.user", "get_preferences", "True, {}", 4, 25))

    def rpc(
        t: datetime,
        u: tuple[str, int, str, int],
        call: tuple[str, str, str, int, int] | None = None,
    ) -> datetime:
        lg, uid, ip, _ = u
        th = r.choice(TR_THREADS)
        ctx = TR_CTX.format(c=uuid4(r)[:17], e=uid + 10)
        model, method, args, lo, hi = call or tr_call(r, ctx)
        args = f"({args})"
        rpcname = f"model.{model}.{method}"
        if in_any(t, [db_down]):
            ms = r.randint(2, 9)
            t = wsgi(t + sec(ms / 1000), th, f"{uid}@{ip}", f"/{TR_DB}/", rpcname, ms)
            return werk(t + sec(0.001), th, f"/{TR_DB}/", 503)
        if lg in sessions and (t - sessions[lg]).total_seconds() > 1500 and r.random() < 0.35:
            t = L(
                S,
                1,
                th,
                t + sec(0.003),
                "INFO",
                "trytond.security",
                "session expired for '%s' from '%s' on database '%s'",
                f"session expired for '{uid}' from '{ip}' on database '{TR_DB}'",
            )
            t = wsgi(t + sec(0.001), th, f"{uid}@{ip}", f"/{TR_DB}/", rpcname, r.randint(3, 9))
            t = werk(t + sec(0.001), th, f"/{TR_DB}/", 401)
            del sessions[lg]
            return login(t + sec(r.uniform(4, 25)), u)
        sessions[lg] = t
        ms = r.randint(lo, hi)
        t += sec(ms / 1000)
        line = f"{model}.{method}{args} from {lg}@{ip}/{TR_DB}/ in {ms} ms"
        lab = "%s.%s%s from %s@%s%s in %i ms"
        if (
            model == "account.invoice"
            and method == "post"
            and in_any(t, [bug])
            and r.random() < 0.8
        ):
            tb = traceback(
                [
                    (
                        f"{TR_PY}/trytond/protocols/dispatcher.py",
                        180,
                        "_dispatch",
                        "result = rpc.result(meth(*c_args, **c_kwargs))",
                    ),
                    (
                        f"{TR_PY}/trytond/model/modelview.py",
                        716,
                        "wrapper",
                        "return func(cls, records, *args, **kwargs)",
                    ),
                    (
                        f"{TR_PY}/trytond/modules/account_invoice/invoice.py",
                        2214,
                        "post",
                        "cls._post(invoices)",
                    ),
                    (
                        f"{TR_PY}/trytond/modules/hallwood_edi/invoice.py",
                        88,
                        "_post",
                        "cls._edi_export(invoices)",
                    ),
                    (
                        f"{TR_PY}/trytond/modules/hallwood_edi/invoice.py",
                        131,
                        "_edi_export",
                        "gln = invoice.party.edi_identifiers['gln']",
                    ),
                ],
                ["KeyError: 'gln'"],
            )
            return L(S, 1, th, t, "ERROR", "trytond.protocols.dispatcher", lab, line, tb)
        t = L(S, 1, th, t, "INFO", "trytond.protocols.dispatcher", lab, line)
        t = wsgi(t + sec(0.001), th, f"{uid}@{ip}", f"/{TR_DB}/", rpcname, ms + r.randint(1, 4))
        return werk(t + sec(0.001), th, f"/{TR_DB}/", 200)

    # users' days
    for u in TR_USERS:
        lg = u[0]
        start = at(7, 25) + sec(r.uniform(0, 80 * 60))
        if lg == "admin":
            start = at(6, 40, 12)
        t = login(start, u, bad=(lg == "pnovak"))
        if lg == "pnovak":
            t = login(t + sec(r.uniform(8, 20)), u)
        end = at(11, 58) - sec(r.uniform(0, 1800))
        acts = poisson(r, t, end, 600 / (u[3] / 5))
        for a in acts:
            if restart - sec(30) < a < restart + sec(40):
                continue
            tt = a
            for _ in range(r.choice([1, 2, 2, 3, 3, 4])):
                tt = rpc(tt, u) + sec(r.uniform(0.05, 1.8))
    # a second bad password in the morning and a lockout-free retry
    login(at(8, 14, 41), TR_USERS[4], bad=True)
    login(at(8, 14, 58), TR_USERS[4])
    # a user back from a break logs in while PostgreSQL restarts
    login(at(9, 40, 29.6), TR_USERS[6])
    # logouts at the end of the morning
    for u in TR_USERS[:5]:
        t = at(11, 52) + sec(r.uniform(0, 420))
        th = r.choice(TR_THREADS)
        t = L(
            S,
            1,
            th,
            t,
            "INFO",
            "trytond.security",
            "logout for '%s' from '%s' on database '%s'",
            f"logout for '{u[0]}' from '{u[2]}' on database '{TR_DB}'",
        )
        t = wsgi(
            t + sec(0.001), th, f"{u[1]}@{u[2]}", f"/{TR_DB}/", "common.db.logout", r.randint(4, 12)
        )
        werk(t + sec(0.001), th, f"/{TR_DB}/", 200)
    # the deployment at 11:20: the container restarted, werkzeug's banner
    th0 = 140213996775232
    L(
        S,
        1,
        th0,
        restart,
        "INFO",
        "werkzeug",
        "WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\\n * Running on all addresses (%s)\\n * Running on %s://%s:%d\\n * Running on %s://%s:%d",
        "WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.",
        [
            " * Running on all addresses (0.0.0.0)",
            " * Running on http://127.0.0.1:8000",
            " * Running on http://172.19.0.4:8000",
        ],
    )
    L(
        S,
        1,
        th0,
        restart + sec(0.001),
        "INFO",
        "werkzeug",
        "Press CTRL+C to quit",
        "Press CTRL+C to quit",
    )
    pool_ready["v"] = False
    # the first request after the restart inits the pool (a user's client reconnects)
    login(restart + sec(31.4), TR_USERS[0])

    # trytond-cron: every minute
    C = "trytond-cron.log"
    crons = [
        (1, "ir.trigger|trigger_time", 300, (4, 40)),
        (9, "sale.sale|cancel_expired_quotation", None, (180, 900)),
        (2, "ir.queue|clean", None, (12, 80)),
        (3, "ir.error|clean", None, (5, 30)),
        (7, "currency.cron|update", None, (400, 1800)),
    ]
    once = {9: at(6, 0), 2: at(6, 30), 3: at(6, 30), 7: at(7, 0)}
    t = at(6, 0, 2.31)
    while t < T_END:
        th = r.choice(TR_THREADS[:6])
        tc = L(
            C,
            1,
            th,
            t,
            "INFO",
            "trytond.ir.cron",
            'cron started for "%s"',
            f'cron started for "{TR_DB}"',
        )
        for cid, meth, period, (lo, hi) in crons:
            due = False
            if period and int((t - T0).total_seconds()) // 60 % 5 == 0:
                due = True
            if cid in once and once[cid] <= t < once[cid] + sec(60):
                due = True
            if not due:
                continue
            ms = r.randint(lo, hi)
            tc += sec(ms / 1000)
            name = f"<Cron {cid}@{TR_DB} {meth}>"
            if cid == 7:
                ms = 30000 + r.randint(10, 90)
                tc += sec(30)
                tb = traceback(
                    [
                        (f"{TR_PY}/trytond/ir/cron.py", 177, "run", "cron.run_once()"),
                        (
                            f"{TR_PY}/trytond/ir/cron.py",
                            152,
                            "run_once",
                            "getattr(Model, method)()",
                        ),
                        (
                            f"{TR_PY}/trytond/modules/currency/currency.py",
                            421,
                            "update",
                            "cron._update()",
                        ),
                        (
                            f"{TR_PY}/trytond/modules/currency/currency.py",
                            442,
                            "_update",
                            "rates = getattr(self, 'fetch_%s' % self.source)(date)",
                        ),
                        (
                            f"{TR_PY}/trytond/modules/currency/currency.py",
                            462,
                            "fetch_ecb",
                            "with urlopen(url) as response:",
                        ),
                        (
                            "/usr/lib/python3.11/urllib/request.py",
                            1348,
                            "do_open",
                            "raise URLError(err)",
                        ),
                    ],
                    [
                        "urllib.error.URLError: <urlopen error [Errno -3] Temporary failure in name resolution>"
                    ],
                )
                tc = L(
                    C,
                    1,
                    th,
                    tc,
                    "ERROR",
                    "trytond.ir.cron",
                    "<Cron %s@%s %s> failed after %i ms",
                    f"{name} failed after {ms} ms",
                    tb,
                )
            tc = L(
                C,
                1,
                th,
                tc,
                "INFO",
                "trytond.ir.cron",
                "<Cron %s@%s %s> in %i ms",
                f"{name} in {ms + r.randint(0, 3)} ms",
            )
        L(
            C,
            1,
            th,
            tc + sec(r.uniform(0.002, 0.02)),
            "INFO",
            "trytond.ir.cron",
            'cron finished for "%s"',
            f'cron finished for "{TR_DB}"',
        )
        t += sec(60 + r.uniform(-0.05, 0.08))

    # trytond-worker: tasks queued by confirmations, postings and mails
    W = "trytond-worker.log"
    children = [23, 24]
    task = [48213]
    wstart = restart + sec(2.8)
    L(
        W,
        1,
        140031977228096,
        wstart,
        "INFO",
        "trytond.worker",
        "start %d workers",
        "start 2 workers",
    )
    tasks = poisson(r, at(7, 30), T_END, 95)
    for tt in tasks:
        if wstart - sec(20) < tt < wstart + sec(10):
            continue
        pid = r.choice(children if tt < wstart else [41, 42])
        task[0] += r.randint(1, 4)
        name = f"<Task {task[0]}@{TR_DB}>"
        th = 140031977228096
        kind = r.choices(["sale", "mail", "invoice"], [5, 3, 2])[0]
        ms = r.randint(40, 900) if kind != "mail" else r.randint(300, 2400)
        if in_any(tt, [db_down]):
            L(
                W,
                pid,
                th,
                tt + sec(ms / 1000),
                "INFO",
                "trytond.worker",
                "<Task %s@%s> failed after %i ms, retrying",
                f"{name} failed after {ms} ms, retrying",
            )
            continue
        if kind == "mail" and at(8, 50) <= tt < at(9, 12):
            ms = 10000 + r.randint(1, 60)
            tb = traceback(
                [
                    (f"{TR_PY}/trytond/worker.py", 150, "run_task", "task.run()"),
                    (
                        f"{TR_PY}/trytond/ir/queue_.py",
                        180,
                        "run",
                        "getattr(Model, self.data['method'])(*args, **kwargs)",
                    ),
                    (
                        f"{TR_PY}/trytond/modules/sale/sale.py",
                        1266,
                        "send_confirmation",
                        "sendmail_transactional(from_, to, msg)",
                    ),
                    (f"{TR_PY}/trytond/sendmail.py", 72, "sendmail", "server = get_smtp_server()"),
                    (
                        f"{TR_PY}/trytond/sendmail.py",
                        97,
                        "get_smtp_server",
                        "server = smtplib.SMTP(hostname, port)",
                    ),
                    (
                        "/usr/lib/python3.11/smtplib.py",
                        312,
                        "_get_socket",
                        "return socket.create_connection((host, port), timeout,",
                    ),
                    ("/usr/lib/python3.11/socket.py", 836, "create_connection", "sock.connect(sa)"),
                ],
                ["TimeoutError: timed out"],
            )
            L(
                W,
                pid,
                th,
                tt + sec(ms / 1000),
                "CRITICAL",
                "trytond.worker",
                "<Task %s@%s> failed after %i ms",
                f"{name} failed after {ms} ms",
                tb,
            )
            continue
        L(
            W,
            pid,
            th,
            tt + sec(ms / 1000),
            "INFO",
            "trytond.worker",
            "<Task %s@%s> in %i ms",
            f"{name} in {ms} ms",
        )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- openbravo

OB_NODES = {"ob1": "ob1.nortex.lan1717650123456", "ob2": "ob2.nortex.lan1717650187211"}
OB_DB = "pg-primary.nortex.lan:5432"
OB_JOB = "OB_QUARTZ_GROUP.EDI_ORDER_IMPORT"


def ob_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)}"


OB_QZ_FRAMES = [
    "org.quartz.impl.jdbcjobstore.JobStoreSupport.getConnection(JobStoreSupport.java:783)",
    "org.quartz.impl.jdbcjobstore.JobStoreTX.getNonManagedTXConnection(JobStoreTX.java:71)",
    "org.quartz.impl.jdbcjobstore.JobStoreSupport.doCheckin(JobStoreSupport.java:3277)",
    "org.quartz.impl.jdbcjobstore.JobStoreSupport$ClusterManager.manage(JobStoreSupport.java:3921)",
    "org.quartz.impl.jdbcjobstore.JobStoreSupport$ClusterManager.run(JobStoreSupport.java:3958)",
]
OB_PG_FRAMES = [
    "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:346)",
    "org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)",
    "org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:273)",
    "org.postgresql.Driver.makeConnection(Driver.java:446)",
    "org.postgresql.Driver.connect(Driver.java:298)",
    "org.apache.tomcat.jdbc.pool.PooledConnection.connectUsingDriver(PooledConnection.java:346)",
]


def openbravo(r: random.Random) -> list[Log]:
    """Two Tomcat nodes of one Openbravo 23Q4 instance (see the module docstring)."""
    fs = Files()

    def L(
        node: str,
        t: datetime,
        thread: str,
        level: str,
        logger: str,
        label: str | None,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{node}-openbravo.log",
            t,
            label,
            lambda x: [f"{ob_ts(x)} [{thread}] {level:<5} {logger} - {msg}", *(cont or [])],
            node,
            MS,
        )

    down = (at(8, 12, 31.2), at(8, 47, 8.9))
    edi_bad = (T0, at(9, 5, 40))
    ob2_stop, ob2_start = at(10, 40, 12.5), at(10, 41, 3.2)
    tomcat_pending = at(11, 18, 20)
    sched = {n: f"OBScheduler_$_{i}" for n, i in OB_NODES.items()}
    new_ob2 = "ob2.nortex.lan1717756887112"

    # the cluster checkin and misfire handler during the failover
    for node in OB_NODES:
        inst = OB_NODES[node]
        thr_c = f"QuartzScheduler_OBScheduler-{inst}_ClusterManager"
        thr_m = f"QuartzScheduler_OBScheduler-{inst}_MisfireHandler"
        first = True
        for t in every(r, down[0] + sec(r.uniform(0, 7.5)), down[1], 15.0, 0.05):
            if first:
                first = False
                L(
                    node,
                    t,
                    thr_c,
                    "ERROR",
                    "org.quartz.impl.jdbcjobstore.JobStoreTX",
                    "ClusterManager: Error managing cluster: Failure obtaining db row lock: "
                    + PG_IO,
                    "ClusterManager: Error managing cluster: Failure obtaining db row lock: "
                    + PG_IO,
                    jtrace(
                        "org.quartz.impl.jdbcjobstore.LockException: Failure obtaining db row lock: "
                        + PG_IO
                        + " [See nested exception: org.postgresql.util.PSQLException: "
                        + PG_IO
                        + "]",
                        [
                            "org.quartz.impl.jdbcjobstore.StdRowLockSemaphore.executeSQL(StdRowLockSemaphore.java:157)",
                            "org.quartz.impl.jdbcjobstore.DBSemaphore.obtainLock(DBSemaphore.java:113)",
                            *OB_QZ_FRAMES[2:],
                        ],
                        (
                            "org.postgresql.util.PSQLException: " + PG_IO,
                            [
                                "org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:395)",
                                "org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:498)",
                            ],
                            5,
                        ),
                    ),
                )
                continue
            msg = f"ClusterManager: Error managing cluster: Failed to obtain DB connection from data source 'ob_ds': org.postgresql.util.PSQLException: {pg_refused(OB_DB)}"
            L(
                node,
                t,
                thr_c,
                "ERROR",
                "org.quartz.impl.jdbcjobstore.JobStoreTX",
                "ClusterManager: Error managing cluster: Failed to obtain DB connection from data source '%s': org.postgresql.util.PSQLException: "
                + PG_REFUSED,
                msg,
                jtrace(
                    f"org.quartz.JobPersistenceException: Failed to obtain DB connection from data source 'ob_ds': org.postgresql.util.PSQLException: {pg_refused(OB_DB)} [See nested exception: org.postgresql.util.PSQLException: {pg_refused(OB_DB)}]",
                    OB_QZ_FRAMES,
                    ("org.postgresql.util.PSQLException: " + pg_refused(OB_DB), OB_PG_FRAMES, 6),
                ),
            )
        for t in every(r, down[0] + sec(r.uniform(3, 14)), down[1], 15.0, 0.05):
            L(
                node,
                t,
                thr_m,
                "ERROR",
                "org.quartz.impl.jdbcjobstore.JobStoreTX",
                "MisfireHandler: Error handling misfires: Database error recovering from misfires.",
                "MisfireHandler: Error handling misfires: Database error recovering from misfires.",
                jtrace(
                    "org.quartz.JobPersistenceException: Database error recovering from misfires. [See nested exception: org.postgresql.util.PSQLException: "
                    + pg_refused(OB_DB)
                    + "]",
                    [
                        "org.quartz.impl.jdbcjobstore.JobStoreSupport.doRecoverMisfires(JobStoreSupport.java:3234)",
                        "org.quartz.impl.jdbcjobstore.JobStoreSupport$MisfireHandler.manage(JobStoreSupport.java:4010)",
                        "org.quartz.impl.jdbcjobstore.JobStoreSupport$MisfireHandler.run(JobStoreSupport.java:4031)",
                    ],
                    ("org.postgresql.util.PSQLException: " + pg_refused(OB_DB), OB_PG_FRAMES, 4),
                ),
            )
        t = down[1] + sec(r.uniform(1, 9))
        L(
            node,
            t,
            thr_m,
            "INFO",
            "org.quartz.impl.jdbcjobstore.JobStoreTX",
            "Handling %s trigger(s) that missed their scheduled fire-time.",
            f"Handling {r.randint(2, 5)} trigger(s) that missed their scheduled fire-time.",
        )
    # after the failover ob2's checkin is late: ob1 recovers it, ob2 warns
    t = down[1] + sec(11.3)
    c1 = f"QuartzScheduler_OBScheduler-{OB_NODES['ob1']}_ClusterManager"
    t = L(
        "ob1",
        t,
        c1,
        "INFO",
        "org.quartz.impl.jdbcjobstore.JobStoreTX",
        "ClusterManager: detected %s failed or restarted instances.",
        "ClusterManager: detected 1 failed or restarted instances.",
    )
    t = L(
        "ob1",
        t + sec(0.002),
        c1,
        "INFO",
        "org.quartz.impl.jdbcjobstore.JobStoreTX",
        'ClusterManager: Scanning for instance "%s"\'s failed in-progress jobs.',
        f'ClusterManager: Scanning for instance "{OB_NODES["ob2"]}"\'s failed in-progress jobs.',
    )
    t = L(
        "ob1",
        t + sec(0.014),
        c1,
        "INFO",
        "org.quartz.impl.jdbcjobstore.JobStoreTX",
        "ClusterManager: ......Freed %s acquired trigger(s).",
        "ClusterManager: ......Freed 1 acquired trigger(s).",
    )
    L(
        "ob1",
        t + sec(0.003),
        c1,
        "INFO",
        "org.quartz.impl.jdbcjobstore.JobStoreTX",
        "ClusterManager: ......Deleted %s complete triggers(s).",
        "ClusterManager: ......Deleted 0 complete triggers(s).",
    )
    L(
        "ob2",
        down[1] + sec(16.8),
        f"QuartzScheduler_OBScheduler-{OB_NODES['ob2']}_ClusterManager",
        "WARN",
        "org.quartz.impl.jdbcjobstore.JobStoreTX",
        "This scheduler instance (%s) is still active but was recovered by another instance in the cluster.  This may cause inconsistent behavior.",
        f"This scheduler instance ({OB_NODES['ob2']}) is still active but was recovered by another instance in the cluster.  This may cause inconsistent behavior.",
    )

    # users' requests failing through Hibernate during the failover
    for t in poisson(r, down[0], down[1], 5.0):
        node = r.choice(["ob1", "ob2"])
        th = f"http-nio-8080-exec-{r.randint(1, 40)}"
        early = t < down[0] + sec(40)
        code, text, lab = (
            ("08006", PG_IO, PG_IO) if early else ("08001", pg_refused(OB_DB), PG_REFUSED)
        )
        t = L(
            node,
            t,
            th,
            "WARN",
            "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
            "SQL Error: %s, SQLState: %s",
            f"SQL Error: 0, SQLState: {code}",
        )
        L(
            node,
            t + sec(0.001),
            th,
            "ERROR",
            "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
            lab,
            text,
        )

    # the EDI connector's job, fired by either node every minute, failing until its SFTP key is replaced
    for t in every(r, T0 + sec(4.2), T_END, 60.0, 0.4):
        if in_any(t, [down]) or not in_any(t, [edi_bad]):
            continue
        node = r.choice(["ob1", "ob2"])
        th = f"OBScheduler_Worker-{r.randint(1, 10)}"
        ex = "com.jcraft.jsch.JSchException: Auth fail"
        frames = [
            "com.jcraft.jsch.Session.connect(Session.java:519)",
            "com.nortex.edi.sftp.SftpInbox.open(SftpInbox.java:64)",
            "com.nortex.edi.ImportOrdersJob.execute(ImportOrdersJob.java:41)",
            "org.quartz.core.JobRunShell.run(JobRunShell.java:202)",
            "org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573)",
        ]
        t = L(
            node,
            t + sec(r.uniform(0.3, 2.5)),
            th,
            "ERROR",
            "org.quartz.core.JobRunShell",
            "Job %s threw an unhandled Exception: ",
            f"Job {OB_JOB} threw an unhandled Exception: ",
            jtrace("org.openbravo.base.exception.OBException: " + ex, frames, (ex, frames[:1], 4)),
        )
        L(
            node,
            t + sec(0.001),
            th,
            "ERROR",
            "org.quartz.core.ErrorLogger",
            "Job (%s threw an exception.",
            f"Job ({OB_JOB} threw an exception.",
            jtrace(
                "org.quartz.SchedulerException: Job threw an unhandled exception. [See nested exception: org.openbravo.base.exception.OBException: "
                + ex
                + "]",
                [
                    "org.quartz.core.JobRunShell.run(JobRunShell.java:213)",
                    "org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573)",
                ],
                ("org.openbravo.base.exception.OBException: " + ex, frames, 2),
                (ex, frames[:1], 4),
            ),
        )

    # logins over the license's soft and hard limits, and after the 11:18 module install
    for t in poisson(r, at(8, 2), T_END, 95):
        if in_any(t, [down]) or ob2_stop < t < ob2_start:
            continue
        node = r.choice(["ob1", "ob2"])
        th = f"http-nio-8080-exec-{r.randint(1, 40)}"
        sid = hexid(r, 32).upper()
        if t >= tomcat_pending:
            L(
                node,
                t,
                th,
                "WARN",
                "org.openbravo.base.secureApp.LoginHandler",
                "Tomcat not restarted",
                "Tomcat not restarted",
            )
        elif at(9, 35) <= t < at(10, 5) and r.random() < 0.45:
            L(
                node,
                t,
                th,
                "WARN",
                "org.openbravo.base.secureApp.LoginHandler",
                "Concurrent Users Reached - Session: %s",
                f"Concurrent Users Reached - Session: {sid}",
            )
        else:
            L(
                node,
                t,
                th,
                "WARN",
                "org.openbravo.base.secureApp.LoginHandler",
                "Soft Users Reached - Session: %s",
                f"Soft Users Reached - Session: {sid}",
            )

    # ob2 restarted at 10:40
    s2 = sched["ob2"]
    t = L(
        "ob2",
        ob2_stop,
        "main",
        "INFO",
        "org.quartz.core.QuartzScheduler",
        "Scheduler %s shutting down.",
        f"Scheduler {s2} shutting down.",
    )
    t = L(
        "ob2",
        t + sec(0.001),
        "main",
        "INFO",
        "org.quartz.core.QuartzScheduler",
        "Scheduler %s paused.",
        f"Scheduler {s2} paused.",
    )
    L(
        "ob2",
        t + sec(1.204),
        "main",
        "INFO",
        "org.quartz.core.QuartzScheduler",
        "Scheduler %s shutdown complete.",
        f"Scheduler {s2} shutdown complete.",
    )
    t = ob2_start + sec(14.2)
    t = L(
        "ob2",
        t,
        "main",
        "INFO",
        "org.openbravo.dal.core.DalLayerInitializer",
        "Initializing in-memory model...",
        "Initializing in-memory model...",
    )
    t = L(
        "ob2",
        t + sec(6.814),
        "main",
        "INFO",
        "org.openbravo.dal.core.DalLayerInitializer",
        "Model read in-memory, generating mapping...",
        "Model read in-memory, generating mapping...",
    )
    t = L(
        "ob2",
        t + sec(9.402),
        "main",
        "INFO",
        "org.openbravo.dal.core.DalLayerInitializer",
        "Dal layer initialized",
        "Dal layer initialized",
    )
    t = L(
        "ob2",
        t + sec(2.117),
        "main",
        "INFO",
        "org.quartz.impl.StdSchedulerFactory",
        "Using default implementation for ThreadExecutor",
        "Using default implementation for ThreadExecutor",
    )
    t = L(
        "ob2",
        t + sec(0.012),
        "main",
        "INFO",
        "org.quartz.core.SchedulerSignalerImpl",
        "Initialized Scheduler Signaller of type: %s",
        "Initialized Scheduler Signaller of type: class org.quartz.core.SchedulerSignalerImpl",
    )
    t = L(
        "ob2",
        t + sec(0.004),
        "main",
        "INFO",
        "org.quartz.core.QuartzScheduler",
        "Quartz Scheduler v.%s created.",
        "Quartz Scheduler v.2.3.2 created.",
    )
    t = L(
        "ob2",
        t + sec(0.003),
        "main",
        "INFO",
        "org.quartz.impl.jdbcjobstore.JobStoreTX",
        "Using db table-based data access locking (synchronization).",
        "Using db table-based data access locking (synchronization).",
    )
    t = L(
        "ob2",
        t + sec(0.002),
        "main",
        "INFO",
        "org.quartz.impl.jdbcjobstore.JobStoreTX",
        "JobStoreTX initialized.",
        "JobStoreTX initialized.",
    )
    t = L(
        "ob2",
        t + sec(0.001),
        "main",
        "INFO",
        "org.quartz.core.QuartzScheduler",
        "Scheduler meta-data: Quartz Scheduler (v%s) '%s' with instanceId '%s'",
        f"Scheduler meta-data: Quartz Scheduler (v2.3.2) 'OBScheduler' with instanceId '{new_ob2}'",
        [
            "  Scheduler class: 'org.quartz.core.QuartzScheduler' - running locally.",
            "  NOT STARTED.",
            "  Currently in standby mode.",
            "  Number of jobs executed: 0",
            "  Using thread pool 'org.quartz.simpl.SimpleThreadPool' - with 10 threads.",
            "  Using job-store 'org.quartz.impl.jdbcjobstore.JobStoreTX' - which supports persistence. and is clustered.",
            "",
        ],
    )
    t = L(
        "ob2",
        t + sec(0.001),
        "main",
        "INFO",
        "org.quartz.impl.StdSchedulerFactory",
        "Quartz scheduler '%s' initialized from an externally provided properties instance.",
        "Quartz scheduler 'OBScheduler' initialized from an externally provided properties instance.",
    )
    t = L(
        "ob2",
        t + sec(0.001),
        "main",
        "INFO",
        "org.quartz.impl.StdSchedulerFactory",
        "Quartz scheduler version: %s",
        "Quartz scheduler version: 2.3.2",
    )
    c2 = f"QuartzScheduler_OBScheduler-{new_ob2}_ClusterManager"
    t = L(
        "ob2",
        t + sec(0.231),
        c2,
        "INFO",
        "org.quartz.impl.jdbcjobstore.JobStoreTX",
        "ClusterManager: detected %s failed or restarted instances.",
        "ClusterManager: detected 1 failed or restarted instances.",
    )
    t = L(
        "ob2",
        t + sec(0.002),
        c2,
        "INFO",
        "org.quartz.impl.jdbcjobstore.JobStoreTX",
        'ClusterManager: Scanning for instance "%s"\'s failed in-progress jobs.',
        f'ClusterManager: Scanning for instance "{OB_NODES["ob2"]}"\'s failed in-progress jobs.',
    )
    t = L(
        "ob2",
        t + sec(0.011),
        c2,
        "INFO",
        "org.quartz.impl.jdbcjobstore.JobStoreTX",
        "ClusterManager: ......Freed %s acquired trigger(s).",
        "ClusterManager: ......Freed 0 acquired trigger(s).",
    )
    t = L(
        "ob2",
        t + sec(0.002),
        c2,
        "INFO",
        "org.quartz.impl.jdbcjobstore.JobStoreTX",
        "ClusterManager: ......Deleted %s complete triggers(s).",
        "ClusterManager: ......Deleted 0 complete triggers(s).",
    )
    L(
        "ob2",
        t + sec(0.118),
        "main",
        "INFO",
        "org.quartz.core.QuartzScheduler",
        "Scheduler %s started.",
        f"Scheduler OBScheduler_$_{new_ob2} started.",
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- axelor

AX_PID = (2817, 30512)
AX_MODULES = [
    "axelor-core",
    "axelor-base",
    "axelor-message",
    "axelor-account",
    "axelor-bank-payment",
    "axelor-sale",
    "axelor-purchase",
    "axelor-stock",
    "axelor-supplychain",
    "axelor-crm",
    "axelor-project",
    "axelor-human-resource",
]
AX_JOBS = [
    ("fetch-emails", "0 0/1 * * * ?"),
    ("send-emails", "0 0/2 * * * ?"),
    ("bank-statement-import", "0 0/15 * * * ?"),
    ("currency-rates", "0 0 6 * * ?"),
    ("reminder-batch", "0 30 7 * * ?"),
    ("stock-rules", "0 0 * * * ?"),
    ("invoice-batch", "0 0 12 * * ?"),
    ("sequence-check", "0 0 2 * * ?"),
    ("crm-event-reminders", "0 0/5 * * * ?"),
]


def axelor(r: random.Random) -> list[Log]:
    """One Tomcat running Axelor Open Suite 8.1 on AOP 7.2 (see the module docstring)."""
    fs = Files()
    pid = {"v": AX_PID[0]}

    def L(
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str | None,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        p = pid["v"]
        lg = pad_trunc(logback_abbrev(logger, 39), 40)
        return fs.add(
            "axelor.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} {level:>5} {p} --- [{thread}] {lg} : {msg}",
                *(cont or []),
            ],
            p,
            MS,
        )

    smtp_bad = (at(8, 31), at(9, 48))
    db_down = (at(9, 15, 20.4), at(9, 18, 12.7))
    stop, start = at(11, 30, 5.1), at(11, 31, 40.6)
    JR = "com.axelor.quartz.JobRunner"

    def job_fail(t: datetime, job: str, head: str, frames: list[str]) -> None:
        th = f"DefaultQuartzScheduler_Worker-{r.randint(1, 10)}"
        key = f"default.{job}"
        t = L(
            t,
            "ERROR",
            th,
            "org.quartz.core.JobRunShell",
            "Job %s threw an unhandled Exception: ",
            f"Job {key} threw an unhandled Exception: ",
            jtrace(
                head,
                [
                    *frames,
                    "org.quartz.core.JobRunShell.run(JobRunShell.java:202)",
                    "org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573)",
                ],
            ),
        )
        L(
            t + sec(0.001),
            "ERROR",
            th,
            "org.quartz.core.ErrorLogger",
            "Job (%s threw an exception.",
            f"Job ({key} threw an exception.",
            jtrace(
                "org.quartz.SchedulerException: Job threw an unhandled exception. [See nested exception: "
                + head
                + "]",
                [
                    "org.quartz.core.JobRunShell.run(JobRunShell.java:213)",
                    "org.quartz.simpl.SimpleThreadPool$WorkerThread.run(SimpleThreadPool.java:573)",
                ],
                (head, frames, 2),
            ),
        )

    # the mail jobs
    for t in every(r, T0 + sec(0.8), T_END, 30.0, 0.3):
        if stop - sec(5) < t < start + sec(60):
            continue
        if t < stop:
            job_fail(
                t + sec(r.uniform(0.4, 1.6)),
                "fetch-emails",
                "jakarta.mail.AuthenticationFailedException: [AUTHENTICATIONFAILED] Invalid credentials (Failure)",
                [
                    "org.eclipse.angus.mail.imap.IMAPStore.protocolConnect(IMAPStore.java:708)",
                    "jakarta.mail.Service.connect(Service.java:345)",
                    "com.axelor.mail.ImapAccount.getStore(ImapAccount.java:82)",
                    "com.axelor.apps.message.service.MailAccountServiceImpl.fetchEmails(MailAccountServiceImpl.java:361)",
                    "com.axelor.apps.message.job.FetchEmailJob.execute(FetchEmailJob.java:47)",
                ],
            )
        if int((t - T0).total_seconds()) % 60 < 30 and in_any(t, [smtp_bad]):
            job_fail(
                t + sec(r.uniform(5.2, 6.5)),
                "send-emails",
                "jakarta.mail.MessagingException: Could not connect to SMTP host: smtp.corp.example, port: 587",
                [
                    "org.eclipse.angus.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2245)",
                    "org.eclipse.angus.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:729)",
                    "jakarta.mail.Service.connect(Service.java:367)",
                    "com.axelor.mail.MailSender.send(MailSender.java:129)",
                    "com.axelor.apps.message.service.MessageServiceImpl.sendByEmail(MessageServiceImpl.java:424)",
                    "com.axelor.apps.message.job.SendEmailJob.execute(SendEmailJob.java:52)",
                ],
            )

    # users' requests failing while PostgreSQL restarts
    for t in poisson(r, db_down[0], db_down[1] + sec(8), 1.2):
        th = f"http-nio-8080-exec-{r.randint(1, 25)}"
        if t < db_down[0] + sec(4):
            text = PG_IO
        elif t < db_down[1]:
            text = pg_refused("db:5432")
        else:
            text = PG_CLOSED
        lab = {PG_IO: PG_IO, PG_CLOSED: PG_CLOSED}.get(text, PG_REFUSED)
        L(t, "ERROR", th, "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", lab, text)

    # the application's own errors (TraceBackService) through the morning
    for t in poisson(r, at(7, 40), T_END, 62):
        if stop - sec(5) < t < start + sec(60):
            continue
        th = f"http-nio-8080-exec-{r.randint(1, 25)}"
        kind = r.choices([0, 1, 2, 3], [5, 3, 2, 1])[0]
        if kind == 0:
            so = f"SO{r.randint(2400, 2699):05d}"
            L(
                t,
                "ERROR",
                th,
                "com.axelor.apps.base.service.exception.TraceBackService",
                "The sale order %s has no lines.",
                f"The sale order {so} has no lines.",
            )
        elif kind == 1:
            p = r.choice(["ACME-BOLT-M8", "VALVE-DN50", "PUMP-CX200", "HOSE-19-25M", "SEAL-KIT-04"])
            L(
                t,
                "ERROR",
                th,
                "com.axelor.apps.base.service.exception.TraceBackService",
                "No stock location found for product %s",
                f"No stock location found for product {p}",
            )
        elif kind == 2:
            L(
                t,
                "ERROR",
                th,
                "com.axelor.apps.base.service.exception.TraceBackService",
                "Please configure a sequence for the company %s",
                f"Please configure a sequence for the company {r.choice(['Axelor Lyon', 'Axelor Paris'])}",
            )
        else:
            L(
                t,
                "ERROR",
                th,
                "com.axelor.apps.base.service.exception.TraceBackService",
                "The invoice %s is already ventilated.",
                f"The invoice {'INV' + str(r.randint(10400, 10999))} is already ventilated.",
            )

    # the restart at 11:30
    t = L(stop, "INFO", "main", JR, "Stopping scheduler...", "Stopping scheduler...")
    L(t + sec(2.31), "INFO", "main", JR, "The job scheduler stopped.", "The job scheduler stopped.")
    pid["v"] = AX_PID[1]
    t = start
    for m in AX_MODULES:
        t = L(
            t + sec(r.uniform(0.05, 0.6)),
            "INFO",
            "main",
            "com.axelor.meta.loader.ModuleManager",
            "Loading package %s...",
            f"Loading package {m}...",
        )
    t = L(
        t + sec(4.2),
        "INFO",
        "main",
        JR,
        "Configuring scheduled jobs...",
        "Configuring scheduled jobs...",
    )
    for name, cron in AX_JOBS:
        t = L(
            t + sec(r.uniform(0.002, 0.03)),
            "INFO",
            "main",
            JR,
            "Configuring job: %s, group: %s, cron: %s",
            f"Configuring job: {name}, group: default, cron: {cron}",
        )
    t = L(
        t + sec(0.01),
        "INFO",
        "main",
        JR,
        "Configured total jobs: %s, group: %s",
        f"Configured total jobs: {len(AX_JOBS)}, group: default",
    )
    t = L(t + sec(0.003), "INFO", "main", JR, "Starting scheduler...", "Starting scheduler...")
    L(
        t + sec(0.041),
        "INFO",
        "main",
        JR,
        "Job scheduler is running...",
        "Job scheduler is running...",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- metasfresh

MF_RABBIT = "rabbitmq:5672"
MF_RABBIT_IP = "172.18.0.6"
# service, pid, container-name of queues (consumer thread names)
MF_SVC = {
    "webapi": {"pid": 1, "consumers": 4},
    "app": {"pid": 1, "consumers": 6},
}


def metasfresh(r: random.Random) -> list[Log]:
    """The webapi and app containers of one metasfresh 5.175 installation (see the module docstring)."""
    fs = Files()
    webapi_restart = at(11, 5, 12.4)

    def L(
        svc: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str | None,
        msg: str,
        cont: list[str] | None = None,
        addr: str = "",
        user: str = "",
    ) -> datetime:
        lg = pad_trunc(logback_abbrev(logger, 39), 40)
        th = thread[-15:].rjust(15)
        if svc == "webapi":
            head = f"{addr[-16:]:>16}][{user[:10]:>10}"
            prefix = f" [{head}]"
        else:
            prefix = ""
        extra = ["", *cont, ""] if cont else []
        return fs.add(
            f"metasfresh-{svc}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} {level:>5} 1{prefix} --- [{th}] {lg} : {msg}",
                *extra,
            ],
            svc,
            MS,
        )

    rabbit_down = (at(8, 20, 14.2), at(8, 26, 31.7))
    db_down = (at(10, 10, 3.3), at(10, 11, 41.9))
    conn_id = {"webapi": "2f3a1c9e", "app": "6d0e4b71"}
    counter = {"webapi": 7, "app": 12}

    # RabbitMQ restarted for its upgrade: every consumer retries every 5 s
    for svc, cfg in MF_SVC.items():
        n = cfg["consumers"]
        t = rabbit_down[0] + sec(r.uniform(0.01, 0.05))
        for _i in range(n):
            t = L(
                svc,
                t + sec(r.uniform(0.001, 0.004)),
                "ERROR",
                f"AMQP Connection {MF_RABBIT_IP}:5672",
                "org.springframework.amqp.rabbit.connection.CachingConnectionFactory",
                "Channel shutdown: connection error; protocol method: #method<connection.close>(reply-code=%s, reply-text=%s, class-id=%s, method-id=%s)",
                "Channel shutdown: connection error; protocol method: #method<connection.close>(reply-code=320, reply-text=CONNECTION_FORCED - broker forced connection closure with reason 'shutdown', class-id=0, method-id=0)",
            )
        for i in range(n):
            thread = f"org.springframework.amqp.rabbit.RabbitListenerEndpointContainer#{i}-1"
            tt = rabbit_down[0] + sec(r.uniform(0.2, 1.0))
            while tt < rabbit_down[1]:
                tt = L(
                    svc,
                    tt,
                    "WARN",
                    thread,
                    "org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer",
                    "Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused",
                    "Consumer raised exception, processing can restart if the connection factory supports it. Exception summary: org.springframework.amqp.AmqpConnectException: java.net.ConnectException: Connection refused",
                )
                tt = L(
                    svc,
                    tt + sec(0.001),
                    "INFO",
                    thread,
                    "org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer",
                    "Restarting %s",
                    f"Restarting Consumer@{hexid(r, 7)}: tags=[[]], channel=null, acknowledgeMode=AUTO local queue size=0",
                )
                tt = L(
                    svc,
                    tt + sec(r.uniform(0.001, 0.004)),
                    "INFO",
                    thread,
                    "org.springframework.amqp.rabbit.connection.CachingConnectionFactory",
                    "Attempting to connect to: %s",
                    f"Attempting to connect to: [{MF_RABBIT}]",
                )
                tt += sec(5.0 + r.uniform(0.0, 0.03))
            counter[svc] += 1
            L(
                svc,
                tt,
                "INFO",
                thread,
                "org.springframework.amqp.rabbit.connection.CachingConnectionFactory",
                "Created new connection: %s",
                f"Created new connection: rabbitConnectionFactory#{conn_id[svc]}:{counter[svc]}/SimpleConnection@{hexid(r, 8)} [delegate=amqp://metasfresh@{MF_RABBIT_IP}:5672/, localPort= {r.randint(33000, 60999)}]",
            )

    # PostgreSQL restarted at 10:10: c3p0 gives up on its acquisitions
    for svc in MF_SVC:
        for t in every(r, db_down[0] + sec(r.uniform(28, 32)), db_down[1], 31.0, 0.4):
            task = hexid(r, 7)
            L(
                svc,
                t,
                "WARN",
                f"C3P0PooledConnectionPoolManager[identityToken->{hexid(r, 20)}]-HelperThread-#{r.randint(0, 2)}",
                "com.mchange.v2.resourcepool.BasicResourcePool",
                "com.mchange.v2.resourcepool.BasicResourcePool$ScatteredAcquireTask@%s -- Acquisition Attempt Failed!!! Clearing pending acquires. While trying to acquire a needed new resource, we failed to succeed more than the maximum number of allowed acquisition attempts (%d). Last acquisition attempt exception: ",
                f"com.mchange.v2.resourcepool.BasicResourcePool$ScatteredAcquireTask@{task} -- Acquisition Attempt Failed!!! Clearing pending acquires. While trying to acquire a needed new resource, we failed to succeed more than the maximum number of allowed acquisition attempts (30). Last acquisition attempt exception: ",
                jtrace(
                    "org.postgresql.util.PSQLException: " + pg_refused("db:5432"),
                    [
                        "org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:319)",
                        "org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:49)",
                        "org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:247)",
                        "org.postgresql.Driver.makeConnection(Driver.java:434)",
                        "org.postgresql.Driver.connect(Driver.java:291)",
                        "com.mchange.v2.c3p0.DriverManagerDataSource.getConnection(DriverManagerDataSource.java:175)",
                        "com.mchange.v2.c3p0.WrapperConnectionPoolDataSource.getPooledConnection(WrapperConnectionPoolDataSource.java:220)",
                        "com.mchange.v2.resourcepool.BasicResourcePool$ScatteredAcquireTask.run(BasicResourcePool.java:1911)",
                    ],
                ),
            )
            L(
                svc,
                t + sec(0.002),
                "WARN",
                f"C3P0PooledConnectionPoolManager[identityToken->{hexid(r, 20)}]-HelperThread-#{r.randint(0, 2)}",
                "com.mchange.v2.resourcepool.BasicResourcePool",
                "Having failed to acquire a resource, %s is interrupting all Threads waiting on a resource to check out. Will try again in response to new client requests.",
                f"Having failed to acquire a resource, com.mchange.v2.resourcepool.BasicResourcePool@{hexid(r, 7)} is interrupting all Threads waiting on a resource to check out. Will try again in response to new client requests.",
            )

    # the WebSocket broker's statistics every 30 minutes
    ws = {
        "total": 118,
        "cur": 14,
        "conn": 118,
        "disc": 101,
        "in": 40211,
        "out": 31877,
        "sj": 52034,
        "ab": 3,
    }
    for t in every(r, T0 + sec(17.3), T_END, 1800.0, 0.2):
        ws["cur"] = max(3, min(40, ws["cur"] + r.randint(-3, 9)))
        new = r.randint(4, 30)
        ws["total"] += new
        ws["conn"] += new
        ws["disc"] += max(0, new - r.randint(0, 6))
        ws["in"] += r.randint(900, 4000)
        ws["out"] += r.randint(700, 3100)
        ws["sj"] += r.randint(1800, 2400)
        ws["ab"] += r.choice([0, 0, 0, 1, 2])
        if t >= webapi_restart:
            continue
        L(
            "webapi",
            t,
            "INFO",
            "MessageBroker-1",
            "org.springframework.web.socket.config.WebSocketMessageBrokerStats",
            "WebSocketSession[%d current WS(%d)-HttpStream(%d)-HttpPoll(%d), %d total, %d closed abnormally (%d connect failure, %d send limit, %d transport error)], stompSubProtocol[processed CONNECT(%d)-CONNECTED(%d)-DISCONNECT(%d)], stompBrokerRelay[null], inboundChannel[pool size = %d, active threads = %d, queued tasks = %d, completed tasks = %d], outboundChannel[pool size = %d, active threads = %d, queued tasks = %d, completed tasks = %d], sockJsScheduler[pool size = %d, active threads = %d, queued tasks = %d, completed tasks = %d]",
            f"WebSocketSession[{ws['cur']} current WS({ws['cur']})-HttpStream(0)-HttpPoll(0), {ws['total']} total, {ws['ab']} closed abnormally (0 connect failure, 0 send limit, {ws['ab']} transport error)], stompSubProtocol[processed CONNECT({ws['conn']})-CONNECTED({ws['conn']})-DISCONNECT({ws['disc']})], stompBrokerRelay[null], inboundChannel[pool size = 4, active threads = 0, queued tasks = 0, completed tasks = {ws['in']}], outboundChannel[pool size = 4, active threads = 0, queued tasks = 0, completed tasks = {ws['out']}], sockJsScheduler[pool size = 8, active threads = 1, queued tasks = {r.randint(10, 40)}, completed tasks = {ws['sj']}]",
        )

    # the webapi upgraded at 11:05
    t = webapi_restart
    t = L(
        "webapi",
        t,
        "INFO",
        "main",
        "de.metas.ui.web.WebRestApiApplication",
        "Starting %s v%s using Java %s on %s with PID %s (%s started by %s in %s)",
        "Starting WebRestApiApplication v5.175.2 using Java 1.8.0_312 on 4c1e7a9d2b3f with PID 1 (/opt/metasfresh-webui-api/metasfresh-webui-api.jar started by root in /opt/metasfresh-webui-api)",
    )
    t = L(
        "webapi",
        t + sec(0.004),
        "INFO",
        "main",
        "de.metas.ui.web.WebRestApiApplication",
        "The following profiles are active: %s",
        "The following profiles are active: metasfresh-webui-api,metasfresh-docker",
    )
    t = L(
        "webapi",
        t + sec(9.87),
        "INFO",
        "main",
        "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
        "Tomcat initialized with port(s): %s",
        "Tomcat initialized with port(s): 8080 (http)",
    )
    t = L(
        "webapi",
        t + sec(0.21),
        "INFO",
        "main",
        "org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext",
        "Root WebApplicationContext: initialization completed in %d ms",
        f"Root WebApplicationContext: initialization completed in {r.randint(9800, 11200)} ms",
    )
    for i in range(MF_SVC["webapi"]["consumers"]):
        t = L(
            "webapi",
            t + sec(r.uniform(0.3, 2.5)),
            "INFO",
            "main",
            "org.springframework.amqp.rabbit.connection.CachingConnectionFactory",
            "Attempting to connect to: %s",
            f"Attempting to connect to: [{MF_RABBIT}]",
        )
        if i == 0:
            t = L(
                "webapi",
                t + sec(0.09),
                "INFO",
                "main",
                "org.springframework.amqp.rabbit.connection.CachingConnectionFactory",
                "Created new connection: %s",
                f"Created new connection: rabbitConnectionFactory#5a7c0e13:0/SimpleConnection@{hexid(r, 8)} [delegate=amqp://metasfresh@{MF_RABBIT_IP}:5672/, localPort= {r.randint(33000, 60999)}]",
            )
    t = L(
        "webapi",
        t + sec(3.4),
        "INFO",
        "main",
        "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
        "Tomcat started on port(s): %s with context path '%s'",
        "Tomcat started on port(s): 8080 (http) with context path ''",
    )
    t = L(
        "webapi",
        t + sec(0.02),
        "INFO",
        "main",
        "de.metas.ui.web.WebRestApiApplication",
        "Started %s in %s seconds (JVM running for %s)",
        f"Started WebRestApiApplication in {r.uniform(61, 75):.3f} seconds (JVM running for {r.uniform(76, 80):.3f})",
    )
    ip = "10.30.4.21"
    t = L(
        "webapi",
        t + sec(12.8),
        "INFO",
        "http-nio-8080-exec-1",
        "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/]",
        "Initializing Spring DispatcherServlet '%s'",
        "Initializing Spring DispatcherServlet 'dispatcherServlet'",
        addr=ip,
    )
    t = L(
        "webapi",
        t + sec(0.001),
        "INFO",
        "http-nio-8080-exec-1",
        "org.springframework.web.servlet.DispatcherServlet",
        "Initializing Servlet '%s'",
        "Initializing Servlet 'dispatcherServlet'",
        addr=ip,
    )
    L(
        "webapi",
        t + sec(0.011),
        "INFO",
        "http-nio-8080-exec-1",
        "org.springframework.web.servlet.DispatcherServlet",
        "Completed initialization in %s ms",
        "Completed initialization in 11 ms",
        addr=ip,
    )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- fineract

FN_PODS = {
    "read": "fineract-server-read-6c7f9b5d8-hq2wz",
    "write": "fineract-server-write-79d4f8c6b5-xr7pl",
    "batch": "fineract-server-batch-manager-5f8b7c9d46-l9vfs",
}


def jesc(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def fineract(r: random.Random) -> list[Log]:
    """Three Fineract 1.9 pods with JSON logging (see the module docstring)."""
    fs = Files()

    def L(
        pod: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str | None,
        msg: str,
        exc: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            ts = int(x.timestamp() * 1000)
            parts = [
                f'"timestamp":"{ts}"',
                f'"level":"{level}"',
                f'"thread":{jesc(thread)}',
                f'"logger":{jesc(logger)}',
                f'"message":{jesc(msg)}',
            ]
            if exc:
                parts.append(f'"exception":{jesc(chr(10).join(exc) + chr(10))}')
            parts.append('"context":"default"')
            return ["{" + ",".join(parts) + "}"]

        return fs.add(f"{FN_PODS[pod]}.log", t, label, text, pod, MS)

    EXC = "org.apache.fineract.infrastructure.core.exceptionmapper"
    sw = (at(9, 29, 57.9), at(9, 30, 52.8))
    write_restart = at(10, 20, 31.8)

    def exc_line(pod: str, t: datetime, mapper: str, cls: str, label: str, msg: str) -> None:
        L(
            pod,
            t,
            "WARN",
            f"http-nio-8443-exec-{r.randint(1, 50)}",
            f"{EXC}.{mapper}",
            "Exception: %s, Message: " + label,
            f"Exception: {cls}, Message: {msg}",
        )

    # the mobile app's loan screens on the read pod
    for t in poisson(r, at(6, 30), T_END, 26):
        if in_any(t, [sw]):
            continue
        k = r.choices([0, 1, 2], [6, 3, 1])[0]
        if k == 0:
            n = r.randint(1, 9400)
            exc_line(
                "read",
                t,
                "PlatformResourceNotFoundExceptionMapper",
                "org.apache.fineract.portfolio.loanaccount.exception.LoanNotFoundException",
                "Loan with identifier %s does not exist",
                f"Loan with identifier {n} does not exist",
            )
        elif k == 1:
            n = r.randint(1, 5200)
            exc_line(
                "read",
                t,
                "PlatformResourceNotFoundExceptionMapper",
                "org.apache.fineract.portfolio.client.exception.ClientNotFoundException",
                "Client with identifier %s does not exist",
                f"Client with identifier {n} does not exist",
            )
        else:
            n = r.randint(1, 3100)
            exc_line(
                "read",
                t,
                "PlatformResourceNotFoundExceptionMapper",
                "org.apache.fineract.portfolio.savings.exception.SavingsAccountNotFoundException",
                "Savings account with identifier %s does not exist",
                f"Savings account with identifier {n} does not exist",
            )
    # the branch tellers' posts on the write pod
    for t in poisson(r, at(7, 45), T_END, 40):
        if in_any(t, [sw]) or write_restart - sec(5) < t < write_restart + sec(70):
            continue
        k = r.choices([0, 1], [5, 2])[0]
        if k == 0:
            exc_line(
                "write",
                t,
                "PlatformApiDataValidationExceptionMapper",
                "org.apache.fineract.infrastructure.core.exception.PlatformApiDataValidationException",
                "Validation errors exist.",
                "Validation errors exist.",
            )
        else:
            exc_line(
                "write",
                t,
                "PlatformDomainRuleExceptionMapper",
                "org.apache.fineract.portfolio.loanaccount.exception.LoanApplicationDateException",
                "The date on which a loan is submitted cannot be earlier than client's transfer date to this office",
                "The date on which a loan is submitted cannot be earlier than client's transfer date to this office",
            )

    # Patroni's switchover at 09:30: Hikari drops the old primary's connections
    for pod in FN_PODS:
        for _i in range(r.randint(3, 8)):
            t = sw[0] + sec(r.uniform(0.2, 35))
            L(
                pod,
                t,
                "WARN",
                f"http-nio-8443-exec-{r.randint(1, 50)}",
                "com.zaxxer.hikari.pool.PoolBase",
                "%s - Failed to validate connection %s (%s). Possibly consider using a shorter maxLifetime value.",
                f"HikariPool-2 - Failed to validate connection org.postgresql.jdbc.PgConnection@{hexid(r, 7)} (This connection has been closed.). Possibly consider using a shorter maxLifetime value.",
            )

    # Spring Batch jobs on the batch manager
    run = [118_402]

    def params() -> str:
        return f"{{'run.id':'{{value={run[0]}, type=class java.lang.Long, identifying=true}}'}}"

    def job(t: datetime, name: str, steps: list[str], fail: bool = False) -> None:
        run[0] += 1
        th = f"DefaultQuartzScheduler_Worker-{r.randint(1, 10)}"
        p = params()
        t = L(
            "batch",
            t,
            "INFO",
            th,
            "org.springframework.batch.core.launch.support.SimpleJobLauncher",
            "Job: [SimpleJob: [name=%s]] launched with the following parameters: [%s]",
            f"Job: [SimpleJob: [name={name}]] launched with the following parameters: [{p}]",
        )
        total = 0
        status = "COMPLETED"
        for s in steps:
            t = L(
                "batch",
                t + sec(r.uniform(0.004, 0.02)),
                "INFO",
                th,
                "org.springframework.batch.core.job.SimpleStepHandler",
                "Executing step: [%s]",
                f"Executing step: [{s}]",
            )
            d = r.randint(40, 900) if not fail else r.randint(30010, 30090)
            total += d
            t += sec(d / 1000)
            if fail:
                status = "FAILED"
                t = L(
                    "batch",
                    t,
                    "ERROR",
                    th,
                    "org.springframework.batch.core.step.AbstractStep",
                    "Encountered an error executing step %s in job %s",
                    f"Encountered an error executing step {s} in job {name}",
                    jtrace(
                        "org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction",
                        [
                            "org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:466)",
                            "org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:400)",
                        ],
                        (
                            "java.sql.SQLTransientConnectionException: HikariPool-2 - Connection is not available, request timed out after 30000ms.",
                            [
                                "com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
                                "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
                            ],
                            24,
                        ),
                    ),
                )
            dur = f"{d // 1000}s{d % 1000}ms" if d >= 1000 else f"{d}ms"
            t = L(
                "batch",
                t + sec(0.002),
                "INFO",
                th,
                "org.springframework.batch.core.step.AbstractStep",
                "Step: [%s] executed in %s",
                f"Step: [{s}] executed in {dur}",
            )
        total += r.randint(5, 30)
        dur = f"{total // 1000}s{total % 1000}ms" if total >= 1000 else f"{total}ms"
        L(
            "batch",
            t + sec(0.003),
            "INFO",
            th,
            "org.springframework.batch.core.launch.support.SimpleJobLauncher",
            "Job: [SimpleJob: [name=%s]] completed with the following parameters: [%s] and the following status: [%s] in %s",
            f"Job: [SimpleJob: [name={name}]] completed with the following parameters: [{p}] and the following status: [{status}] in {dur}",
        )

    batch_restart = at(10, 22, 40.2)
    for t in every(r, T0 + sec(0.05), T_END, 120.0, 0.05):
        if batch_restart - sec(10) < t < batch_restart + sec(80):
            continue
        job(t, "SEND_ASYNCHRONOUS_EVENTS", ["SEND_ASYNCHRONOUS_EVENTS_STEP"], fail=in_any(t, [sw]))
    for h in range(6, 12):
        job(at(h, 0, 1.2), "EXECUTE_STANDING_INSTRUCTIONS", ["EXECUTE_STANDING_INSTRUCTIONS_STEP"])
    job(
        at(7, 0, 3.4),
        "UPDATE_SMS_OUTBOUND_WITH_CAMPAIGN_MESSAGE",
        ["UPDATE_SMS_OUTBOUND_WITH_CAMPAIGN_MESSAGE_STEP"],
    )
    job(at(7, 5, 2.1), "SEND_MESSAGES_TO_SMS_GATEWAY", ["SEND_MESSAGES_TO_SMS_GATEWAY_STEP"])

    # the rolling upgrade: the write pod, then the batch manager, start again
    def startup(pod: str, t: datetime, quartz: bool) -> None:
        m = "main"
        app = "org.apache.fineract.ServerApplication"
        t = L(
            pod,
            t,
            "INFO",
            m,
            app,
            "Starting %s v%s using Java %s with PID %s (%s started by %s in %s)",
            "Starting ServerApplication v1.9.0 using Java 17.0.10 with PID 1 (/app/fineract-provider-1.9.0.jar started by root in /)",
        )
        t = L(
            pod,
            t + sec(0.004),
            "INFO",
            m,
            app,
            "No active profile set, falling back to %s default profile: %s",
            'No active profile set, falling back to 1 default profile: "default"',
        )
        t = L(
            pod,
            t + sec(r.uniform(6, 8)),
            "INFO",
            m,
            "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
            "Tomcat initialized with port(s): %s",
            "Tomcat initialized with port(s): 8443 (https)",
        )
        t = L(
            pod,
            t + sec(0.3),
            "INFO",
            m,
            "org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext",
            "Root WebApplicationContext: initialization completed in %d ms",
            f"Root WebApplicationContext: initialization completed in {r.randint(7100, 8600)} ms",
        )
        for pool in ("HikariPool-1", "HikariPool-2"):
            t = L(
                pod,
                t + sec(r.uniform(0.1, 0.6)),
                "INFO",
                m,
                "com.zaxxer.hikari.HikariDataSource",
                "%s - Starting...",
                f"{pool} - Starting...",
            )
            t = L(
                pod,
                t + sec(r.uniform(0.05, 0.2)),
                "INFO",
                m,
                "com.zaxxer.hikari.pool.HikariPool",
                "%s - Added connection %s",
                f"{pool} - Added connection org.postgresql.jdbc.PgConnection@{hexid(r, 7)}",
            )
            t = L(
                pod,
                t + sec(0.002),
                "INFO",
                m,
                "com.zaxxer.hikari.HikariDataSource",
                "%s - Start completed.",
                f"{pool} - Start completed.",
            )
        if quartz:
            t = L(
                pod,
                t + sec(2.4),
                "INFO",
                m,
                "org.quartz.impl.StdSchedulerFactory",
                "Using default implementation for ThreadExecutor",
                "Using default implementation for ThreadExecutor",
            )
            t = L(
                pod,
                t + sec(0.006),
                "INFO",
                m,
                "org.quartz.core.SchedulerSignalerImpl",
                "Initialized Scheduler Signaller of type: %s",
                "Initialized Scheduler Signaller of type: class org.quartz.core.SchedulerSignalerImpl",
            )
            t = L(
                pod,
                t + sec(0.002),
                "INFO",
                m,
                "org.quartz.core.QuartzScheduler",
                "Quartz Scheduler v.%s created.",
                "Quartz Scheduler v.2.3.2 created.",
            )
            t = L(
                pod,
                t + sec(0.001),
                "INFO",
                m,
                "org.quartz.simpl.RAMJobStore",
                "RAMJobStore initialized.",
                "RAMJobStore initialized.",
            )
            t = L(
                pod,
                t + sec(0.001),
                "INFO",
                m,
                "org.quartz.core.QuartzScheduler",
                "Scheduler meta-data: Quartz Scheduler (v%s) '%s' with instanceId '%s'",
                "Scheduler meta-data: Quartz Scheduler (v2.3.2) 'schedulerFactoryBean' with instanceId 'NON_CLUSTERED'\n  Scheduler class: 'org.quartz.core.QuartzScheduler' - running locally.\n  NOT STARTED.\n  Currently in standby mode.\n  Number of jobs executed: 0\n  Using thread pool 'org.quartz.simpl.SimpleThreadPool' - with 10 threads.\n  Using job-store 'org.quartz.simpl.RAMJobStore' - which does not support persistence. and is not clustered.\n",
            )
            t = L(
                pod,
                t + sec(0.001),
                "INFO",
                m,
                "org.quartz.impl.StdSchedulerFactory",
                "Quartz scheduler '%s' initialized from an externally provided properties instance.",
                "Quartz scheduler 'schedulerFactoryBean' initialized from an externally provided properties instance.",
            )
            t = L(
                pod,
                t + sec(0.001),
                "INFO",
                m,
                "org.quartz.impl.StdSchedulerFactory",
                "Quartz scheduler version: %s",
                "Quartz scheduler version: 2.3.2",
            )
        t = L(
            pod,
            t + sec(r.uniform(9, 14)),
            "INFO",
            m,
            "org.springframework.boot.web.embedded.tomcat.TomcatWebServer",
            "Tomcat started on port(s): %s with context path '%s'",
            "Tomcat started on port(s): 8443 (https) with context path '/fineract-provider'",
        )
        if quartz:
            t = L(
                pod,
                t + sec(0.012),
                "INFO",
                m,
                "org.quartz.core.QuartzScheduler",
                "Scheduler %s started.",
                "Scheduler schedulerFactoryBean_$_NON_CLUSTERED started.",
            )
        L(
            pod,
            t + sec(0.03),
            "INFO",
            m,
            app,
            "Started %s in %s seconds (process running for %s)",
            f"Started ServerApplication in {r.uniform(48, 62):.3f} seconds (process running for {r.uniform(63, 66):.3f})",
        )

    startup("write", write_restart, False)
    startup("batch", batch_restart, True)
    return fs.logs(T0)


SYSTEMS = {
    "tryton": tryton,
    "openbravo": openbravo,
    "axelor": axelor,
    "metasfresh": metasfresh,
    "fineract": fineract,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
