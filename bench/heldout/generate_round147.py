#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 147 (slog-billing, log4rs-ingest, jul-inventory,
dotnet-fulfillment, loguru-etl) into bench/heldout/, the same way and under the same label rules
as generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format string
that wrote it as it is written. Distinct calls of one process never share a timestamp at the
log's resolution (round 53's Clock, kept per process and per file). Five applications, each
logging through its language's common default logger, 06:00 to 12:00 on 2024-06-07. The brief's
fourth system, an ASP.NET Core app with the default console logger, is already in the set
(`aspnetcore`, round 40: an orders API's `info: Category[EventId]` records without a time), so a
.NET 8 Worker Service takes its place: the same console logger and simple formatter, two lines a
record, with the `TimestampFormat` option set, as services that keep their console output do.

- slog-billing (`billing-1.log`, `billing-2.log`): a Go 1.22 billing API, log/slog's TextHandler
  on stderr (`time=2024-06-07T06:00:05.329Z level=WARN msg="request completed" method=GET
  path=/v1/invoices/in_... status=404 bytes=52 duration=10.619317ms request_id=cpha3pd1...`),
  slog.SetDefault so net/http's own `log.Printf` lines come through the handler at INFO with the
  text as `msg`: start-up (`starting billing service`, `config loaded`, `connected to database`,
  `scheduler started`, `http server listening`), every request's `request completed` (INFO, WARN
  for a 4xx, ERROR for a 5xx), Stripe's webhooks (`webhook received`, then `invoice finalized`,
  `payment succeeded` or `payment failed`), the dunning job every 15 minutes (`dunning reminder
  sent`, `dunning run completed`), exchange rates hourly; the database failing over
  07:42-07:47 (`query failed` with pgx's errors, net/http's `http: superfluous
  response.WriteHeader call from %s (%s:%d)`, `database ping failed` every 10 s, `database
  connection restored`, `dunning run failed`), a nil pointer in one handler at 08:55 and 09:03
  (`http: panic serving %v: %v\n%s`: the goroutine's stack escaped inside the one line), a
  rotated webhook secret billing-2 only reads when restarted at 09:40 (`webhook signature
  verification failed`, the shutdown lines), a partner looping on one endpoint 10:30-10:42
  (`rate limit exceeded`, `slow request`, billing-1 out of descriptors: `http: Accept error:
  accept tcp [::]:8080: accept4: too many open files; retrying in 5ms` doubling to 1s), the
  exchange-rate source timing out at 11:05.
- log4rs-ingest (`ingest-a.log`, `ingest-b.log`): a Rust Kafka-to-ClickHouse ingester, log4rs's
  rolling file appender with the default encoder `{d} {l} {t} - {m}{n}`
  (`2024-06-07T06:00:22.776836621+00:00 INFO ingest::sink::clickhouse - flushed 11460 rows to
  events_raw in 93.488043ms`): `flushed %s rows to %s in %s` every 30 s (and the rollup's every
  5 minutes), `stats: ...` every 5 minutes, serde_json's errors after `dropping malformed event
  at %s: ` (a client release sending prices as strings 07:30-08:05: `invalid type: string
  "12.50", expected f64 at line 1 column 143`; `missing field`, `unknown variant`); the broker
  kafka-2 restarted 08:10-08:13 (librdkafka through rdkafka's log and error callbacks,
  `librdkafka: FAIL [thrd:...]: ...: Connect to ipv4#... failed: Connection refused (after 0ms
  in state CONNECT, 3 identical error(s) suppressed)`, `librdkafka: Global error:
  BrokerTransportFailure (Local: Broker transport failure): ...`); ClickHouse out of memory and
  restarting 09:19-09:31 (`flush of %s rows failed (attempt %d/%d), retrying in %s: ...` with
  anyhow's `{:#}` chain on one line, `giving up on batch ...` with `{:?}`'s `Caused by:` list on
  the lines after it, `consumer lag on %s ...`); a poison message panicking a partition worker
  three times at 10:12 (log-panics' `thread '%s' panicked at '%s': %s:%d`, the JoinError, the
  restarts, `skipping poison message ...`); an upstream replay 10:40-11:00 (`sink queue full ...`);
  ingest-b redeployed at 11:05 (the shutdown, the rebalance on both).
- jul-inventory (`inventory-app1.log`, `inventory-app2.log`): a plain Java 17 inventory service
  (the JDK's HTTP server, HikariCP through slf4j-jdk14, PgJDBC) logging through
  java.util.logging's ConsoleHandler and the default SimpleFormatter (`Jun 07, 2024 6:00:09 AM
  com.example.inventory.reservation.ReservationService reserve` / `INFO: Reserved 10 units of
  SKU-10268 for order SO-2024-118066`; a Throwable's trace after the message and a blank line
  after it), stderr kept by docker: MessageFormat's `{0}` with a locale's grouping in numbers
  (`Committed reservation 4,824,382 ...`, `http://0.0.0.0:8,080/`), reservations, commits and
  releases, `Insufficient stock ...`, `Stock of %s at %s is %s, below reorder point %s`, the
  warehouse sync every 5 minutes, replenishment every 30; DE-HAM-1's warehouse API timing out
  07:20-07:45 (`Synchronization with warehouse %s failed` with an HttpTimeoutException), the
  database failing over 08:15-08:18 (Hikari's `Failed to validate connection ...`, PgJDBC's
  `Connection error: ` with a PSQLException, `Reservation failed for order %s` with Hikari's
  SQLTransientConnectionException and two causes), a flash sale 10:30-10:45 (`Slow request %s %s
  took %s ms`, a GC pause Hikari's housekeeper reports), app2 redeployed at 11:20 (Hikari's
  shutdown and start-up lines).
- dotnet-fulfillment (`fulfillment-worker-1.log`, `fulfillment-worker-2.log`): a .NET 8 Worker
  Service shipping orders (RabbitMQ in, a carrier's API through IHttpClientFactory with the
  standard resilience handler, EF Core on PostgreSQL), Microsoft.Extensions.Logging's console
  logger with the simple formatter and `TimestampFormat = "yyyy-MM-dd HH:mm:ss.fff "`, UTC
  (`2024-06-07 06:00:34.693 info: System.Net.Http.HttpClient.ICarrierClient.LogicalHandler[100]`
  / six spaces and `Start processing HTTP request POST https://...`; an exception's lines
  indented the same): `docker logs` of two containers: every order's `Processing order %s (%s
  lines) from %s`, HttpClient's four lines, `Created shipment ...`; health every 5 minutes,
  reconciliation every 15; the carrier answering 503 08:38-08:53 (Polly's `Execution attempt.
  ...` and `Resilience event occurred. EventName: 'OnRetry', ...` between the retries, `Processing
  order %s failed; redelivering in %s` with the HttpRequestException, orders redelivered ten
  minutes later); the broker restarted at 09:40 (`RabbitMQ reconnect attempt %s failed` with a
  BrokerUnreachableException and its inner exceptions); the database restarted 10:05-10:08 (EF
  Core's `An exception occurred in the database while saving changes for context type
  '{contextType}'.{newline}{exception}` with the exception in the message and again after it,
  `Host[9]` `BackgroundService failed` and `Host[10]`'s StopHost line at crit, worker-1 stopping
  and docker starting it again, `An error occurred using the connection to database ...`);
  worker-2 redeployed at 11:10.
- loguru-etl (`etl-worker-a.log`, `etl-worker-b.log`): two Python ETL workers, loguru's file
  sink with the default format (`2024-06-07 06:00:13.607 | SUCCESS  |
  etl.runner:run_pipeline:71 - Finished orders_incremental (run c7673ac5) in 1.6s`), DEBUG on,
  backtrace and diagnose on: each pipeline run's `Starting %s (run %s)`, watermarks, pages,
  `Extracted ...` / `Read ...`, `Upserted ...`, `Finished ...` at SUCCESS, validation drops;
  Shopify rate-limiting 07:10-07:25 (`Rate limited by %s (HTTP 429), retrying in %.1fs`), the
  warehouse database down 08:14-08:26 (`logger.exception`'s `Pipeline %s (run %s) failed` with
  loguru's traceback: a blank line before each frame, `>` at the frame that caught it, the
  variables' values under each source line, psycopg2's two-line error); worker-b redeployed at
  09:58 with a pipeline missing `account_id` (`@logger.catch` on main: `An error has been caught
  in function '<module>', process 'MainProcess' (%d), thread 'MainThread' (%d):` and a
  KeyError, five times under systemd until 10:11), a backfill of May's orders on worker-a
  10:30-11:28 (`Chunk %s/%s (%s): %s rows in %.1fs`, slow upserts, memory warnings), Shopify
  adding a field at 11:15 (`Schema drift in %s: unexpected column %r (%s)`).

Label notes. The heads are context: slog's time and level, log4rs's date, level and target,
SimpleFormatter's date, source class and method and level, the console formatter's time, level,
category and event id, loguru's time, level and `name:function:line`. slog's message is the
constant `msg` and its attributes are not part of it; a line net/http writes through
`log.Printf` is labelled with that format (`http: panic serving %v: %v\n%s`: the runtime error
is a constant message, the stack a value; `http: Accept error: %v; retrying in %v` with the
accept error's own format). Rust's `{}` / `{:?}`, MessageFormat's `{0}`, the message templates'
`{Name}` and loguru's `{}` are placeholders; an error inside a message contributes its format
(serde_json's, librdkafka's, anyhow's `{:#}` chain of reqwest's errors, ClickHouse's exception);
librdkafka's facility (`FAIL`) and its `, %d identical error(s) suppressed` branch are wording;
enum names (`BrokerTransportFailure`, `CANCELLED`, `OnRetry`, a shipment's service level) and a
validation rule's description (read from the pipelines' configuration) are values. The lines
after a record's first (a trace, a `Caused by:` list, a JUL record's message line, an indented
.NET message) have no row.

Least sure (written from the helper's knowledge, not checked against sources): the pgx error
texts, Go 1.22's frames in net/http's panic stack and the superfluous WriteHeader caller; whether
rdkafka's error callback logs under the `librdkafka` target and the log-panics message layout;
HikariCP's `Added connection` at INFO and the slf4j-jdk14 source methods (`<init>`,
`checkFailFast`); Polly 8's event ids and the standard handler's `Source:` names, whether both
`Execution attempt` and `OnRetry` are logged for a retry; the `Reconciliation failed; next run
at` DateTimeOffset layout; loguru's record for a `@logger.catch` on main (`<module>`, and which
frame carries `>`).
"""

from __future__ import annotations

import base64
import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round121 import go_dur


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-07 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 7, h, m, tzinfo=UTC) + sec(s)


T0, T_END = at(6, 0), at(12, 0)


def in_any(t: datetime, spans: list[tuple[datetime, datetime]]) -> bool:
    return any(a <= t < b for a, b in spans)


def weighted(r: random.Random, table: list[tuple[float, object]]) -> object:
    x = r.uniform(0, sum(w for w, _ in table))
    for w, v in table:
        x -= w
        if x <= 0:
            return v
    return table[-1][1]


# ----------------------------------------------------------------------------- slog-billing


def slog_needs_quoting(s: str) -> bool:
    """log/slog's TextHandler: quote an empty string, a space, `=`, `"` or a control byte (a
    backslash alone is left bare)."""
    if not s:
        return True
    for c in s:
        if ord(c) < 0x80:
            if c != "\\" and (c in ' ="' or not 0x20 < ord(c) < 0x7F):
                return True
        elif c.isspace() or not c.isprintable():
            return True
    return False


def go_quote(s: str) -> str:
    """strconv.Quote for the text these programs log."""
    esc = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    return '"' + "".join(esc.get(c, c) for c in s) + '"'


def sv(v: object) -> str:
    s = v if isinstance(v, str) else str(v)
    return go_quote(s) if slog_needs_quoting(s) else s


def slog_line(t: datetime, level: str, msg: str, attrs: list[tuple[str, object]]) -> str:
    """`time=... level=... msg=... k=v ...`: slog's TextHandler, the time in RFC 3339 with
    exactly three fractional digits."""
    ts = f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"
    return f"time={ts} level={level} msg={sv(msg)}" + "".join(f" {k}={sv(v)}" for k, v in attrs)


def xid(t: datetime, machine: bytes, pid: int, counter: int) -> str:
    """rs/xid: 4 bytes of time, 3 of machine, 2 of pid, 3 of counter, base32hex."""
    b = (
        int(t.timestamp()).to_bytes(4, "big")
        + machine
        + pid.to_bytes(2, "big")
        + (counter & 0xFFFFFF).to_bytes(3, "big")
    )
    return base64.b32hexencode(b).decode().lower().rstrip("=")


BL_PANIC_STACK = (
    "goroutine {g} [running]:\n"
    "net/http.(*conn).serve.func1()\n"
    "\t/usr/local/go/src/net/http/server.go:1898 +0xbe\n"
    "panic({{0x9f0b40?, 0x10f3d90?}})\n"
    "\t/usr/local/go/src/runtime/panic.go:770 +0x132\n"
    "github.com/acme/billing/internal/invoices.(*Service).ListForCustomer(0xc000214a80, {{0xb8c3f0, 0xc0004f2a50}}, {{0xc00041c1e0, 0x12}})\n"
    "\t/src/internal/invoices/service.go:142 +0x1b9\n"
    "github.com/acme/billing/internal/api.(*Handler).listCustomerInvoices(0xc0001c6000, {{0xb8a5d0, 0xc0003fe0e0}}, 0xc0004d6000)\n"
    "\t/src/internal/api/invoices.go:88 +0x105\n"
    "net/http.HandlerFunc.ServeHTTP(0x0?, {{0xb8a5d0?, 0xc0003fe0e0?}}, 0x0?)\n"
    "\t/usr/local/go/src/net/http/server.go:2166 +0x29\n"
    "github.com/acme/billing/internal/httpx.Logger.func1({{0xb8a4b0, 0xc0004d4000}}, 0xc0004d6000)\n"
    "\t/src/internal/httpx/middleware.go:47 +0x1a6\n"
    "net/http.HandlerFunc.ServeHTTP(0xc0001c2140?, {{0xb8a4b0?, 0xc0004d4000?}}, 0x4?)\n"
    "\t/usr/local/go/src/net/http/server.go:2166 +0x29\n"
    "net/http.(*ServeMux).ServeHTTP(0x470f99?, {{0xb8a4b0, 0xc0004d4000}}, 0xc0004d6000)\n"
    "\t/usr/local/go/src/net/http/server.go:2683 +0x1ad\n"
    "net/http.serverHandler.ServeHTTP({{0xc0001e2000?}}, {{0xb8a4b0?, 0xc0004d4000?}}, 0x6?)\n"
    "\t/usr/local/go/src/net/http/server.go:3137 +0x8e\n"
    "net/http.(*conn).serve(0xc0003c8000, {{0xb8c3f0, 0xc0001b8f60}})\n"
    "\t/usr/local/go/src/net/http/server.go:2039 +0x5e8\n"
    "created by net/http.(*Server).Serve in goroutine 1\n"
    "\t/usr/local/go/src/net/http/server.go:3285 +0x4b4"
)

BL_DB_ERRORS = [
    "FATAL: terminating connection due to administrator command (SQLSTATE 57P01)",
    "failed to connect to `user=billing database=billing`: 10.0.2.15:5432 (pg-billing.internal): dial error: dial tcp 10.0.2.15:5432: connect: connection refused",
    "failed to connect to `user=billing database=billing`: 10.0.2.16:5432 (pg-billing.internal): server error: FATAL: the database system is starting up (SQLSTATE 57P03)",
]


def slog_billing(r: random.Random) -> list[Log]:
    """Two replicas of a Go billing API (log/slog's TextHandler on stderr, slog.SetDefault so
    net/http's own log.Printf lines come through it at INFO), 06:00 to 12:00: a database
    failover 07:42-07:47, a nil-pointer panic in one handler at 08:55 and 09:03, a rotated
    webhook secret that billing-2 only picks up when restarted at 09:40, a partner looping on
    one endpoint 10:30-10:42 (rate limits, slow requests, billing-1 out of file descriptors),
    the exchange-rate source timing out at 11:05."""
    fs = Files()
    hosts = ["billing-1", "billing-2"]
    machine = {"billing-1": bytes.fromhex("a1c4e2"), "billing-2": bytes.fromhex("5b09d7")}
    counter = {h: r.randrange(1 << 23) for h in hosts}
    pid = {"billing-1": 1, "billing-2": 1}
    customers = [f"cus_{alnum(r, 14)}" for _ in range(420)]
    subs = [f"sub_1O{alnum(r, 22)}" for _ in range(260)]
    invoices = [f"in_1P{alnum(r, 22)}" for _ in range(900)]
    partner_customers = [r.choice(customers) for _ in range(6)]

    def S(h: str, t: datetime, level: str, msg: str, attrs: list[tuple[str, object]]) -> datetime:
        return fs.add(f"{h}.log", t, msg, lambda x: [slog_line(x, level, msg, attrs)], h, 1000)

    def P(h: str, t: datetime, label: str, msg: str) -> datetime:
        """A line of net/http's through log.Printf, which slog.SetDefault sends to the
        handler at INFO."""
        return fs.add(f"{h}.log", t, label, lambda x: [slog_line(x, "INFO", msg, [])], h, 1000)

    def rid(h: str, t: datetime) -> str:
        counter[h] += 1
        return xid(t, machine[h], pid[h], counter[h])

    def start(h: str, t: datetime) -> datetime:
        t = S(
            h,
            t,
            "INFO",
            "starting billing service",
            [("version", "1.14.2"), ("commit", "9c1e7f2"), ("go", "go1.22.4"), ("pid", pid[h])],
        )
        t = S(
            h,
            t + sec(r.uniform(0.001, 0.004)),
            "INFO",
            "config loaded",
            [
                ("env", "production"),
                ("stripe_mode", "live"),
                ("http_addr", ":8080"),
                ("db_max_conns", 20),
                ("dunning_interval", "15m0s"),
            ],
        )
        t = S(
            h,
            t + sec(r.uniform(0.02, 0.09)),
            "INFO",
            "connected to database",
            [
                ("host", "pg-billing.internal:5432"),
                ("database", "billing"),
                ("pool_max", 20),
                ("duration", go_dur(r.uniform(0.012, 0.06))),
            ],
        )
        t = S(
            h,
            t + sec(r.uniform(0.0005, 0.002)),
            "INFO",
            "scheduler started",
            [("jobs", "[dunning exchange-rates]")],
        )
        return S(h, t + sec(0.0004), "INFO", "http server listening", [("addr", ":8080")])

    def stop(h: str, t: datetime) -> datetime:
        t = S(h, t, "INFO", "shutdown signal received", [("signal", "terminated")])
        d = r.uniform(0.3, 1.4)
        t = S(
            h,
            t + sec(d),
            "INFO",
            "http server stopped",
            [("duration", go_dur(d)), ("inflight", 0)],
        )
        return S(h, t + sec(0.002), "INFO", "shutdown complete", [])

    def done(
        h: str, t: datetime, method: str, path: str, status: int, nbytes: int, d: float, req: str
    ) -> datetime:
        level = "ERROR" if status >= 500 else "WARN" if status >= 400 else "INFO"
        return S(
            h,
            t,
            level,
            "request completed",
            [
                ("method", method),
                ("path", path),
                ("status", status),
                ("bytes", nbytes),
                ("duration", go_dur(d)),
                ("request_id", req),
            ],
        )

    db_down = (at(7, 42, 10.4), at(7, 46, 52.0))
    panics = [at(8, 55, 21.7), at(9, 3, 48.2)]
    b2_stale = (at(9, 15, 0), at(9, 40, 0))
    b2_restart = at(9, 40, 0.8)
    load = (at(10, 30, 0), at(10, 42, 30))
    emfile = (at(10, 36, 2.5), at(10, 36, 50))

    for h in hosts:
        start(h, T0 - sec(r.uniform(8, 14)))
    stop("billing-2", b2_restart)
    pid["billing-2"] = 1
    start("billing-2", b2_restart + sec(3.1))

    def host_for(t: datetime) -> str:
        if b2_restart - sec(0.5) <= t < b2_restart + sec(3.3):
            return "billing-1"
        return r.choice(hosts)

    def db_fail(h: str, t: datetime, method: str, path: str, op: str) -> None:
        req = rid(h, t)
        d = r.uniform(0.004, 0.03) if t > db_down[0] + sec(20) else r.uniform(1.0, 5.0)
        err = BL_DB_ERRORS[0] if t < db_down[0] + sec(20) else r.choice(BL_DB_ERRORS[1:])
        t = S(
            h, t + sec(d), "ERROR", "query failed", [("op", op), ("err", err), ("request_id", req)]
        )
        t = P(
            h,
            t + sec(0.0001),
            "http: superfluous response.WriteHeader call from %s (%s:%d)",
            "http: superfluous response.WriteHeader call from github.com/acme/billing/internal/httpx.(*statusRecorder).WriteHeader (middleware.go:31)",
        )
        done(h, t + sec(0.0001), method, path, 500, 74, d, req)

    # the API's own traffic
    for t in poisson(r, T0, T_END, 22.0):
        h = host_for(t)
        kind = weighted(
            r,
            [
                (35, "get_invoice"),
                (20, "list_invoices"),
                (15, "create_invoice"),
                (15, "get_sub"),
                (5, "patch_sub"),
                (3, "refund"),
                (7, "pdf"),
            ],
        )
        status, nbytes, d = 200, r.randint(600, 2400), r.uniform(0.004, 0.04)
        if kind == "get_invoice":
            method, path, op = "GET", f"/v1/invoices/{r.choice(invoices)}", "GetInvoice"
        elif kind == "list_invoices":
            method, path, op = (
                "GET",
                f"/v1/customers/{r.choice(customers)}/invoices",
                "ListInvoices",
            )
            nbytes = r.randint(900, 18000)
        elif kind == "create_invoice":
            method, path, op = "POST", "/v1/invoices", "CreateInvoice"
            status, d = 201, r.uniform(0.08, 0.4)
        elif kind == "get_sub":
            method, path, op = "GET", f"/v1/subscriptions/{r.choice(subs)}", "GetSubscription"
        elif kind == "patch_sub":
            method, path, op = "PATCH", f"/v1/subscriptions/{r.choice(subs)}", "UpdateSubscription"
            d = r.uniform(0.15, 0.6)
        elif kind == "refund":
            method, path, op = "POST", f"/v1/payments/pi_3P{alnum(r, 22)}/refund", "RefundPayment"
            d = r.uniform(0.3, 1.2)
        else:
            method, path, op = "GET", f"/v1/invoices/{r.choice(invoices)}/pdf", "RenderInvoicePDF"
            nbytes, d = r.randint(38000, 160000), r.uniform(0.12, 0.7)
        if in_any(t, [db_down]):
            db_fail(h, t, method, path, op)
            continue
        x = r.random()
        if x < 0.03 and method == "GET":
            status, nbytes = 404, 52
        elif x < 0.05 and method in ("POST", "PATCH"):
            status, nbytes = r.choice([400, 422]), r.randint(80, 220)
        done(h, t + sec(d), method, path, status, nbytes, d, rid(h, t))

    # the nil customer: one handler panics twice
    for i, t in enumerate(panics):
        h = hosts[i]
        addr = f"10.0.0.{r.choice([11, 12])}:{r.randint(32768, 60999)}"
        P(
            h,
            t,
            "http: panic serving %s: runtime error: invalid memory address or nil pointer dereference\\n%s",
            f"http: panic serving {addr}: runtime error: invalid memory address or nil pointer dereference\n"
            + BL_PANIC_STACK.format(g=r.randint(40000, 90000)),
        )

    # Stripe's webhooks
    for t in poisson(r, T0, T_END, 75.0):
        h = host_for(t)
        req = rid(h, t)
        etype = weighted(
            r,
            [
                (34, "invoice.finalized"),
                (40, "invoice.paid"),
                (9, "invoice.payment_failed"),
                (17, "customer.subscription.updated"),
            ],
        )
        evt = f"evt_1P{alnum(r, 22)}"
        if h == "billing-2" and in_any(t, [b2_stale]):
            t = S(
                h,
                t + sec(r.uniform(0.0002, 0.001)),
                "WARN",
                "webhook signature verification failed",
                [("err", "webhook had no valid signature"), ("request_id", req)],
            )
            done(
                h,
                t + sec(0.0001),
                "POST",
                "/webhooks/stripe",
                400,
                38,
                r.uniform(0.0004, 0.002),
                req,
            )
            continue
        t = S(
            h,
            t + sec(r.uniform(0.0002, 0.001)),
            "INFO",
            "webhook received",
            [("event_type", etype), ("event_id", evt), ("request_id", req)],
        )
        inv, cus = r.choice(invoices), r.choice(customers)
        amount = r.choice([1900, 4900, 9900, 19900, 29900, 49900]) * r.choice([1, 1, 1, 2, 3])
        if in_any(t, [db_down]):
            db_fail(h, t, "POST", "/webhooks/stripe", "ApplyStripeEvent")
            continue
        if etype == "invoice.finalized":
            t = S(
                h,
                t + sec(r.uniform(0.005, 0.02)),
                "INFO",
                "invoice finalized",
                [
                    ("invoice_id", inv),
                    ("customer_id", cus),
                    ("amount_due", amount),
                    ("currency", "eur"),
                    ("request_id", req),
                ],
            )
        elif etype == "invoice.paid":
            t = S(
                h,
                t + sec(r.uniform(0.005, 0.02)),
                "INFO",
                "payment succeeded",
                [
                    ("invoice_id", inv),
                    ("amount_paid", amount),
                    ("currency", "eur"),
                    ("request_id", req),
                ],
            )
        elif etype == "invoice.payment_failed":
            t = S(
                h,
                t + sec(r.uniform(0.005, 0.02)),
                "WARN",
                "payment failed",
                [
                    ("invoice_id", inv),
                    ("customer_id", cus),
                    ("attempt_count", r.randint(1, 4)),
                    (
                        "decline_code",
                        r.choice(
                            ["insufficient_funds", "card_declined", "expired_card", "do_not_honor"]
                        ),
                    ),
                    ("request_id", req),
                ],
            )
        done(h, t + sec(0.0003), "POST", "/webhooks/stripe", 200, 2, r.uniform(0.006, 0.03), req)

    # the dunning job, on whichever replica takes the advisory lock
    for k in range(24):
        t = T0 + sec(900 * k + r.uniform(0.001, 0.02))
        h = "billing-1" if b2_restart - sec(5) <= t < b2_restart + sec(5) else r.choice(hosts)
        if in_any(t, [db_down]):
            err = r.choice(BL_DB_ERRORS[1:])
            S(h, t + sec(r.uniform(1, 5)), "ERROR", "dunning run failed", [("err", err)])
            continue
        n = r.randint(0, 5)
        t0 = t
        for _ in range(n):
            t = S(
                h,
                t + sec(r.uniform(0.15, 0.6)),
                "INFO",
                "dunning reminder sent",
                [
                    ("invoice_id", r.choice(invoices)),
                    ("customer_id", r.choice(customers)),
                    ("attempt", r.randint(1, 3)),
                    ("channel", "email"),
                ],
            )
        d = (t - t0).total_seconds() + r.uniform(0.02, 0.1)
        S(
            h,
            t0 + sec(d),
            "INFO",
            "dunning run completed",
            [
                ("invoices_checked", r.randint(30, 90)),
                ("reminders_sent", n),
                ("duration", go_dur(d)),
            ],
        )

    # exchange rates, hourly on each replica
    for hr in range(6, 12):
        for h in hosts:
            t = at(hr, 5, r.uniform(0.01, 0.5))
            if hr == 11 and h == "billing-1":
                S(
                    h,
                    t + sec(10),
                    "WARN",
                    "exchange rates refresh failed",
                    [
                        (
                            "err",
                            'Get "https://data.ecb.example/stats/eurofxref/eurofxref-daily.xml": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                        ),
                        ("next_attempt", "1h0m0s"),
                    ],
                )
                continue
            S(
                h,
                t + sec(r.uniform(0.08, 0.3)),
                "INFO",
                "exchange rates refreshed",
                [("base", "EUR"), ("currencies", 31), ("source", "ecb")],
            )

    # the database failover: each replica's pinger, every 10 s
    for h in hosts:
        t = db_down[0] + sec(r.uniform(0, 10))
        while t < db_down[1]:
            err = BL_DB_ERRORS[0] if t < db_down[0] + sec(20) else r.choice(BL_DB_ERRORS[1:])
            S(
                h,
                t,
                "ERROR",
                "database ping failed",
                [
                    ("err", err),
                    ("consecutive_failures", int((t - db_down[0]).total_seconds() // 10) + 1),
                ],
            )
            t += sec(10)
        S(
            h,
            t,
            "INFO",
            "database connection restored",
            [("downtime", go_dur(round((t - db_down[0]).total_seconds(), 3)))],
        )

    # a partner's integration looping on one customer's invoices
    for t in poisson(r, load[0], load[1], 3.4):
        h = r.choice(hosts)
        req = rid(h, t)
        path = f"/v1/customers/{r.choice(partner_customers)}/invoices"
        if r.random() < 0.6:
            t = S(
                h,
                t + sec(0.0002),
                "WARN",
                "rate limit exceeded",
                [
                    ("key_id", "key_7Hq2Xw"),
                    ("limit", 20),
                    ("burst", 40),
                    ("path", path),
                    ("request_id", req),
                ],
            )
            done(h, t + sec(0.0001), "GET", path, 429, 61, r.uniform(0.0002, 0.0008), req)
            continue
        d = r.uniform(0.4, 3.8)
        if d > 1.0:
            t = S(
                h,
                t + sec(d),
                "WARN",
                "slow request",
                [
                    ("method", "GET"),
                    ("path", path),
                    ("duration", go_dur(d)),
                    ("threshold", "1s"),
                    ("request_id", req),
                ],
            )
            done(h, t + sec(0.0001), "GET", path, 200, r.randint(40000, 120000), d, req)
        else:
            done(h, t + sec(d), "GET", path, 200, r.randint(40000, 120000), d, req)
    delay = 0.005
    t = emfile[0]
    while t < emfile[1]:
        t = P(
            "billing-1",
            t,
            "http: Accept error: accept tcp %s: accept4: too many open files; retrying in %s",
            f"http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in {go_dur(delay)}",
        )
        t += sec(delay + r.uniform(0.0, 0.05))
        delay = min(delay * 2, 1.0)
        if delay == 1.0:
            t += sec(r.uniform(4, 12))
            delay = 0.005
    return fs.logs(T0)


# ---------------------------------------------------------------------------- log4rs-ingest


def rust_dur(s: float) -> str:
    """Rust's `{:?}` of a std::time::Duration."""
    if s < 1e-3:
        return f"{s * 1e6:.3f}".rstrip("0").rstrip(".") + "µs"
    if s < 1:
        return f"{s * 1e3:.6f}".rstrip("0").rstrip(".") + "ms"
    return f"{s:.9f}".rstrip("0").rstrip(".") + "s"


def l4rs_ts(t: datetime) -> str:
    """log4rs's default `{d}`: chrono's `%+` in local time (UTC here), nanoseconds."""
    ns = (t.microsecond * 7919 + 337) % 1000
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{ns:03d}+00:00"


IG_HOSTS = ["ingest-a", "ingest-b"]
IG_PARTS = {
    "ingest-a": "events.raw[0,2,4,6,8,10], events.retry[0]",
    "ingest-b": "events.raw[1,3,5,7,9,11], events.retry[1]",
}
IG_ALL = "events.raw[0,1,2,3,4,5,6,7,8,9,10,11], events.retry[0,1]"
IG_CH_URL = "http://clickhouse-1.internal:8123/?database=analytics&query=INSERT+INTO+events_raw+FORMAT+RowBinary"


def log4rs_ingest(r: random.Random) -> list[Log]:
    """Two instances of a Rust Kafka-to-ClickHouse ingester (log4rs's rolling file appender
    with the default pattern `{d} {l} {t} - {m}{n}`), 06:00 to 12:00: a client release sending
    prices as strings 07:30-08:05, the broker kafka-2 restarted 08:10-08:13 (librdkafka through
    rdkafka's log and error callbacks), ClickHouse out of memory and restarting 09:19-09:31
    (retries, batches given up with anyhow's `Caused by:` chain, consumer lag), a poison
    message panicking a partition worker three times at 10:12, an upstream replay 10:40-11:00
    filling the sink queue, and ingest-b redeployed at 11:05 (a rebalance on both)."""
    fs = Files()

    def L(h: str, t: datetime, level: str, target: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{l4rs_ts(x)} {level} {target} - {lines[0]}", *lines[1:]],
            h,
            1,
        )

    offsets = {h: 88_120_000 + r.randint(0, 400_000) for h in IG_HOSTS}

    def start(h: str, t: datetime) -> datetime:
        t = L(
            h,
            t,
            "INFO",
            "ingest",
            "ingest %s starting (commit %s, %d worker threads)",
            ["ingest 0.9.3 starting (commit 4f1c2ab, 8 worker threads)"],
        )
        t = L(
            h,
            t + sec(0.0008),
            "INFO",
            "ingest::config",
            "loaded configuration from %s",
            ["loaded configuration from /etc/ingest/ingest.toml"],
        )
        t = L(
            h,
            t + sec(0.002),
            "INFO",
            "ingest::metrics",
            "metrics endpoint listening on %s",
            ["metrics endpoint listening on 0.0.0.0:9102"],
        )
        t = L(
            h,
            t + sec(r.uniform(0.01, 0.04)),
            "INFO",
            "ingest::sink::clickhouse",
            "clickhouse sink ready: %s (database %s, table %s)",
            [
                "clickhouse sink ready: http://clickhouse-1.internal:8123 (database analytics, table events_raw)"
            ],
        )
        return L(
            h,
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "ingest::kafka",
            "subscribed to %s as group %s",
            ['subscribed to ["events.raw", "events.retry"] as group ingest-prod'],
        )

    def assigned(h: str, t: datetime, parts: str) -> datetime:
        return L(
            h,
            t,
            "INFO",
            "ingest::kafka",
            "partitions assigned: %s",
            [f"partitions assigned: {parts}"],
        )

    def revoked(h: str, t: datetime, parts: str) -> datetime:
        return L(
            h,
            t,
            "INFO",
            "ingest::kafka",
            "partitions revoked: %s",
            [f"partitions revoked: {parts}"],
        )

    bad_client = (at(7, 30, 12), at(8, 5, 40))
    kafka2 = (at(8, 10, 5.3), at(8, 12, 41.8))
    ch_oom = (at(9, 19, 38), at(9, 20, 1))
    ch_down = (at(9, 20, 1), at(9, 31, 26))
    lagging = (at(9, 21, 0), at(9, 41, 0))
    panic_t = at(10, 12, 17.4)
    replay = (at(10, 40, 0), at(11, 0, 30))
    b_stop = at(11, 5, 2.2)
    b_start = b_stop + sec(9.6)

    for h in IG_HOSTS:
        t = start(h, T0 - sec(r.uniform(20, 40)))
        assigned(h, t + sec(r.uniform(3.0, 3.5)), IG_PARTS[h])

    # ingest-b's redeploy and the rebalance around it
    t = L(
        "ingest-b",
        b_stop,
        "INFO",
        "ingest",
        "received %s, shutting down",
        ["received SIGTERM, shutting down"],
    )
    t = L(
        "ingest-b",
        t + sec(0.0004),
        "INFO",
        "ingest::pipeline",
        "draining %d in-flight batches",
        ["draining 2 in-flight batches"],
    )
    t = L(
        "ingest-b",
        t + sec(0.9),
        "INFO",
        "ingest::sink::clickhouse",
        "flushed %s rows to %s in %s",
        [f"flushed {r.randint(9000, 14000)} rows to events_raw in {rust_dur(r.uniform(0.2, 0.5))}"],
    )
    t = L(
        "ingest-b",
        t + sec(0.02),
        "INFO",
        "ingest::kafka",
        "committed offsets for %d partitions",
        ["committed offsets for 7 partitions"],
    )
    t = revoked("ingest-b", t + sec(0.01), IG_PARTS["ingest-b"])
    L(
        "ingest-b",
        t + sec(0.05),
        "INFO",
        "ingest",
        "shutdown complete in %s",
        [f"shutdown complete in {rust_dur((t - b_stop).total_seconds() + 0.06)}"],
    )
    t = revoked("ingest-a", b_stop + sec(1.4), IG_PARTS["ingest-a"])
    t = assigned("ingest-a", t + sec(3.1), IG_ALL)
    t = start("ingest-b", b_start)
    t = revoked("ingest-a", t + sec(3.0), IG_ALL)
    assigned("ingest-a", t + sec(3.2), IG_PARTS["ingest-a"])
    assigned("ingest-b", t + sec(3.25), IG_PARTS["ingest-b"])

    def rate(t: datetime) -> float:
        """Events a second per instance: the morning's ramp, and the replay."""
        base = 380 + 900 * min(1.0, (t - T0).total_seconds() / 14400)
        return base * (6 if in_any(t, [replay]) else 1)

    # the flush loop: every 30 s a batch, every 5 min the rollup
    for h in IG_HOSTS:
        t = T0 + sec(r.uniform(0, 30))
        k = 0
        while t < T_END:
            k += 1
            if h == "ingest-b" and b_stop - sec(1) <= t < b_start + sec(4):
                t += sec(30)
                continue
            rows = int(rate(t) * 30 * r.uniform(0.85, 1.15))
            if in_any(t, [ch_oom]):
                L(
                    h,
                    t + sec(r.uniform(0.5, 1.5)),
                    "WARN",
                    "ingest::sink::clickhouse",
                    "flush of %s rows failed (attempt %d/%d), retrying in %s: inserting into %s: clickhouse returned %s: Code: %d. DB::Exception: Memory limit (total) exceeded: would use %s GiB (attempt to allocate chunk of %d bytes), maximum: %s GiB. OvercommitTracker decision: Query was selected to stop by OvercommitTracker. (MEMORY_LIMIT_EXCEEDED) (version %s (official build))",
                    [
                        f"flush of {rows} rows failed (attempt 1/5), retrying in 1s: inserting into events_raw: clickhouse returned 500 Internal Server Error: Code: 241. DB::Exception: Memory limit (total) exceeded: would use {r.uniform(27.95, 28.3):.2f} GiB (attempt to allocate chunk of 4194304 bytes), maximum: 27.94 GiB. OvercommitTracker decision: Query was selected to stop by OvercommitTracker. (MEMORY_LIMIT_EXCEEDED) (version 24.3.2.23 (official build))"
                    ],
                )
                t += sec(30)
                continue
            if in_any(t, [ch_down]):
                tt = t + sec(r.uniform(0.001, 0.003))
                back = 1.0
                for attempt in range(1, 6):
                    if attempt < 5:
                        tt = L(
                            h,
                            tt,
                            "WARN",
                            "ingest::sink::clickhouse",
                            "flush of %s rows failed (attempt %d/%d), retrying in %s: inserting into %s: error sending request for url (%s): error trying to connect: tcp connect error: Connection refused (os error %d)",
                            [
                                f"flush of {rows} rows failed (attempt {attempt}/5), retrying in {rust_dur(back)}: inserting into events_raw: error sending request for url ({IG_CH_URL}): error trying to connect: tcp connect error: Connection refused (os error 111)"
                            ],
                        )
                        tt += sec(back + r.uniform(0.0005, 0.002))
                        back *= 2
                    else:
                        L(
                            h,
                            tt,
                            "ERROR",
                            "ingest::sink::clickhouse",
                            "giving up on batch of %s rows after %d attempts, seeking back to committed offsets: inserting into %s",
                            [
                                f"giving up on batch of {rows} rows after 5 attempts, seeking back to committed offsets: inserting into events_raw",
                                "",
                                "Caused by:",
                                f"    0: error sending request for url ({IG_CH_URL})",
                                "    1: error trying to connect: tcp connect error: Connection refused (os error 111)",
                                "    2: tcp connect error: Connection refused (os error 111)",
                                "    3: Connection refused (os error 111)",
                            ],
                        )
                t += sec(30)
                continue
            if in_any(t, [replay]) and r.random() < 0.55:
                q = r.randint(7, 8)
                L(
                    h,
                    t - sec(r.uniform(2, 12)),
                    "WARN",
                    "ingest::pipeline",
                    "sink queue full (%d/%d batches), pausing fetch for %s",
                    [
                        f"sink queue full ({q}/8 batches), pausing fetch for {rust_dur(r.choice([0.5, 1.0, 2.0]))}"
                    ],
                )
            d = rows / r.uniform(90000, 160000) * (3 if in_any(t, [replay]) else 1)
            if ch_down[1] <= t < ch_down[1] + sec(400):
                rows *= 3
                d *= 2.5
            L(
                h,
                t + sec(d),
                "INFO",
                "ingest::sink::clickhouse",
                "flushed %s rows to %s in %s",
                [f"flushed {rows} rows to events_raw in {rust_dur(d)}"],
            )
            if k % 10 == 0:
                rr = int(rows / r.uniform(35, 60))
                L(
                    h,
                    t + sec(d + r.uniform(0.05, 0.2)),
                    "INFO",
                    "ingest::sink::clickhouse",
                    "flushed %s rows to %s in %s",
                    [
                        f"flushed {rr} rows to sessions_5m in {rust_dur(rr / r.uniform(40000, 90000))}"
                    ],
                )
            t += sec(30 + r.uniform(-0.05, 0.05))

    # stats every five minutes
    for h in IG_HOSTS:
        for m in range(0, 360, 5):
            t = T0 + sec(60 * m + r.uniform(0.5, 1.5))
            if h == "ingest-b" and b_stop - sec(2) <= t < b_start + sec(5):
                continue
            rin = rate(t) * r.uniform(0.9, 1.1)
            rout = rin * r.uniform(0.97, 1.02)
            lag = r.randint(200, 4000)
            if in_any(t, [ch_down]):
                rout, lag = 0.0, int((t - ch_down[0]).total_seconds() * rin)
            elif in_any(t, [lagging]):
                lag = int((lagging[1] - t).total_seconds() * rin * 0.9)
            if in_any(t, [replay]):
                lag = r.randint(400_000, 2_500_000)
            L(
                h,
                t,
                "INFO",
                "ingest::metrics",
                "stats: %.0f msgs/s in, %.0f rows/s out, lag %d, rss %d MiB",
                [
                    f"stats: {rin:.0f} msgs/s in, {rout:.0f} rows/s out, lag {lag}, rss {r.randint(180, 260) + (300 if in_any(t, [replay]) else 0)} MiB"
                ],
            )

    # consumer lag while ClickHouse is away and while catching up
    for h in IG_HOSTS:
        t = lagging[0] + sec(r.uniform(0, 30))
        while t < lagging[1]:
            rin = rate(t)
            if t < ch_down[1]:
                lag = int((t - ch_down[0]).total_seconds() * rin * 6)
            else:
                lag = int((lagging[1] - t).total_seconds() * rin * 5)
            tp = f"events.raw[{r.choice([0, 2, 4, 6, 8, 10] if h == 'ingest-a' else [1, 3, 5, 7, 9, 11])}]"
            L(
                h,
                t,
                "WARN",
                "ingest::kafka",
                "consumer lag on %s is %d messages (threshold %d)",
                [f"consumer lag on {tp} is {lag} messages (threshold 50000)"],
            )
            t += sec(60 + r.uniform(-1, 1))
        L(
            h,
            ch_down[1] + sec(r.uniform(1, 20)),
            "INFO",
            "ingest::sink::clickhouse",
            "sink healthy again after %s",
            [
                f"sink healthy again after {rust_dur(round((ch_down[1] - ch_down[0]).total_seconds() + r.uniform(1, 20), 3))}"
            ],
        )

    # malformed events
    def drop(h: str, t: datetime, label: str, err: str) -> None:
        p = r.choice([0, 2, 4, 6, 8, 10] if h == "ingest-a" else [1, 3, 5, 7, 9, 11])
        offsets[h] += r.randint(2000, 60000)
        L(
            h,
            t,
            "WARN",
            "ingest::pipeline::decode",
            "dropping malformed event at %s: " + label,
            [f"dropping malformed event at events.raw[{p}]@{offsets[h]}: {err}"],
        )

    for t in poisson(r, bad_client[0], bad_client[1], 14.0):
        field = r.choice(["price", "price", "price", "discount"])
        val = f"{r.randint(1, 300)}.{r.randint(0, 99):02d}"
        col = r.randint(120, 460)
        drop(
            r.choice(IG_HOSTS),
            t,
            "invalid type: string %s, expected %s at line %d column %d",
            f'invalid type: string "{val}", expected f64 at line 1 column {col}'
            if field == "price"
            else f'invalid type: string "{val}", expected u32 at line 1 column {col}',
        )
    for t in poisson(r, T0, T_END, 480.0):
        drop(
            r.choice(IG_HOSTS),
            t,
            "missing field `%s` at line %d column %d",
            f"missing field `{r.choice(['timestamp', 'timestamp', 'session_id', 'event_type'])}` at line 1 column {r.randint(90, 380)}",
        )
    for t in poisson(r, T0, T_END, 1100.0):
        drop(
            r.choice(IG_HOSTS),
            t,
            "unknown variant `%s`, expected one of %s at line %d column %d",
            f"unknown variant `{r.choice(['page_veiw', 'Click', 'add-to-cart', 'checkout_start'])}`, expected one of `page_view`, `click`, `add_to_cart`, `checkout`, `purchase`, `signup` at line 1 column {r.randint(40, 80)}",
        )

    # kafka-2's restart: librdkafka through rdkafka's log and error callbacks
    for h in IG_HOSTS:
        up_ms = int((kafka2[0] - T0).total_seconds() * 1000) + r.randint(20_000, 40_000)
        t = kafka2[0] + sec(r.uniform(0.001, 0.01))
        t = L(
            h,
            t,
            "ERROR",
            "librdkafka",
            "librdkafka: FAIL [thrd:%s]: %s: Disconnected (after %dms in state %s)",
            [
                f"librdkafka: FAIL [thrd:kafka-2.internal:9092/2]: kafka-2.internal:9092/2: Disconnected (after {up_ms}ms in state UP)"
            ],
        )
        t = L(
            h,
            t + sec(0.00003),
            "ERROR",
            "librdkafka",
            "librdkafka: Global error: %s (%s): %s: Disconnected (after %dms in state %s)",
            [
                f"librdkafka: Global error: BrokerTransportFailure (Local: Broker transport failure): kafka-2.internal:9092/2: Disconnected (after {up_ms}ms in state UP)"
            ],
        )
        back, n = 0.1, 0
        t += sec(back)
        while t < kafka2[1]:
            n += 1
            if n == 1 or n % 4 == 0:
                sup = n - 1 if n > 1 else 0
                if sup:
                    t = L(
                        h,
                        t,
                        "ERROR",
                        "librdkafka",
                        "librdkafka: FAIL [thrd:%s]: %s: Connect to %s failed: Connection refused (after %dms in state %s, %d identical error(s) suppressed)",
                        [
                            f"librdkafka: FAIL [thrd:kafka-2.internal:9092/2]: kafka-2.internal:9092/2: Connect to ipv4#10.0.4.12:9092 failed: Connection refused (after 0ms in state CONNECT, {sup} identical error(s) suppressed)"
                        ],
                    )
                else:
                    t = L(
                        h,
                        t,
                        "ERROR",
                        "librdkafka",
                        "librdkafka: FAIL [thrd:%s]: %s: Connect to %s failed: Connection refused (after %dms in state %s)",
                        [
                            f"librdkafka: FAIL [thrd:kafka-2.internal:9092/2]: kafka-2.internal:9092/2: Connect to ipv4#10.0.4.12:9092 failed: Connection refused (after {r.randint(0, 1)}ms in state CONNECT)"
                        ],
                    )
                t = L(
                    h,
                    t + sec(0.00002),
                    "ERROR",
                    "librdkafka",
                    "librdkafka: Global error: %s (%s): %s: Connect to %s failed: Connection refused (after %dms in state %s)",
                    [
                        "librdkafka: Global error: BrokerTransportFailure (Local: Broker transport failure): kafka-2.internal:9092/2: Connect to ipv4#10.0.4.12:9092 failed: Connection refused (after 0ms in state CONNECT)"
                    ],
                )
            back = min(back * 2, 10.0)
            t += sec(back * r.uniform(0.8, 1.2))

    # the poison message: a partition worker panics three times, then the message is skipped
    t = panic_t
    part, off = "events.raw[4]", 91_448_207
    for i in range(3):
        task = r.randint(8000, 9800)
        t = L(
            "ingest-a",
            t,
            "ERROR",
            "panic",
            "thread '%s' panicked at 'index out of bounds: the len is %d but the index is %d': %s:%d",
            [
                "thread 'tokio-runtime-worker' panicked at 'index out of bounds: the len is 3 but the index is 3': src/schema/geo.rs:88"
            ],
        )
        t = L(
            "ingest-a",
            t + sec(0.0002),
            "ERROR",
            "ingest::pipeline",
            "partition worker for %s exited: task %s panicked",
            [f"partition worker for {part} exited: task {task} panicked"],
        )
        if i < 2:
            t = L(
                "ingest-a",
                t + sec(0.5 * (i + 1)),
                "INFO",
                "ingest::pipeline",
                "restarting partition worker for %s from offset %d",
                [f"restarting partition worker for {part} from offset {off}"],
            )
            t += sec(r.uniform(0.02, 0.05))
    L(
        "ingest-a",
        t + sec(0.0003),
        "WARN",
        "ingest::pipeline",
        "skipping poison message at %s@%d after %d panics",
        [f"skipping poison message at {part}@{off} after 3 panics"],
    )
    L(
        "ingest-a",
        t + sec(0.0009),
        "INFO",
        "ingest::pipeline",
        "restarting partition worker for %s from offset %d",
        [f"restarting partition worker for {part} from offset {off + 1}"],
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------- jul-inventory


def jul_head(t: datetime) -> str:
    """SimpleFormatter's default `%1$tb %1$td, %1$tY %1$tl:%1$tM:%1$tS %1$Tp`."""
    h12 = t.hour % 12 or 12
    return f"{t:%b %d, %Y} {h12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


def mf(n: int) -> str:
    """java.text.MessageFormat's `{0}` of a Number: the locale's grouping."""
    return f"{n:,}"


JV_THREAD = [
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "\tat java.base/java.lang.Thread.run(Thread.java:833)",
]
JV_HTTP = [
    "\tat jdk.httpserver/com.sun.net.httpserver.Filter$Chain.doFilter(Filter.java:95)",
    "\tat com.example.inventory.api.AccessLogFilter.doFilter(AccessLogFilter.java:29)",
    "\tat jdk.httpserver/com.sun.net.httpserver.Filter$Chain.doFilter(Filter.java:98)",
    "\tat jdk.httpserver/sun.net.httpserver.AuthFilter.doFilter(AuthFilter.java:82)",
    "\tat jdk.httpserver/com.sun.net.httpserver.Filter$Chain.doFilter(Filter.java:98)",
    "\tat jdk.httpserver/sun.net.httpserver.ServerImpl$Exchange$LinkHandler.handle(ServerImpl.java:851)",
    "\tat jdk.httpserver/com.sun.net.httpserver.Filter$Chain.doFilter(Filter.java:95)",
    "\tat jdk.httpserver/sun.net.httpserver.ServerImpl$Exchange.run(ServerImpl.java:818)",
    *JV_THREAD,
]
JV_PG_CONNECT = [
    "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)",
    "\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)",
    "\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)",
    "\tat org.postgresql.Driver.makeConnection(Driver.java:443)",
    "\tat org.postgresql.Driver.connect(Driver.java:297)",
    "\tat com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:138)",
    "\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)",
    "\tat com.zaxxer.hikari.pool.PoolBase.newPoolEntry(PoolBase.java:201)",
    "\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:470)",
    "\tat com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:733)",
    "\tat com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:712)",
    "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
]
JV_REFUSED = [
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
    "\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
    "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)",
    "\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:602)",
    "\tat java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)",
    "\tat java.base/java.net.Socket.connect(Socket.java:633)",
    "\tat org.postgresql.core.PGStream.createSocket(PGStream.java:243)",
    "\tat org.postgresql.core.PGStream.<init>(PGStream.java:98)",
    "\tat org.postgresql.core.v3.ConnectionFactoryImpl.tryConnect(ConnectionFactoryImpl.java:132)",
    "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:258)",
]
JV_PSQL_REFUSED = "org.postgresql.util.PSQLException: Connection to pg-inventory.internal:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections."

JV_SKUS = [f"SKU-{n}" for n in range(10040, 10940, 3)]
JV_WAREHOUSES = ["DE-HAM-1", "DE-MUC-2", "PL-POZ-1"]
JV_SUPPLIERS = [
    "Nordhaus GmbH",
    "Baltic Supply Sp. z o.o.",
    "Fenwick Trading Ltd",
    "Alpenmetall AG",
]


def jul_inventory(r: random.Random) -> list[Log]:
    """Two instances of a plain Java 17 inventory service (the JDK's HTTP server, HikariCP
    through slf4j-jdk14, PgJDBC), logging through java.util.logging's ConsoleHandler with the
    default SimpleFormatter (two lines a record, a Throwable's trace after the message and a
    blank line after it), stderr kept by docker, 06:00 to 12:00: the warehouse API of DE-HAM-1
    timing out 07:20-07:45, the database failing over 08:15-08:18, a flash sale 10:30-10:45 (out
    of stock, slow requests, a GC pause the pool's housekeeper notices), app2 redeployed at
    11:20."""
    fs = Files()
    hosts = ["inv-app1", "inv-app2"]
    conn = {h: hexid(r, 8).lstrip("0") for h in hosts}

    def J(
        h: str,
        t: datetime,
        src: str,
        level: str,
        label: str,
        msg: str,
        trace: list[str] | None = None,
    ) -> datetime:
        lines = msg.split("\n")
        extra = [*trace, ""] if trace else []
        return fs.add(
            f"inventory-{h.removeprefix('inv-')}.log",
            t,
            label,
            lambda x: [f"{jul_head(x)} {src}", f"{level}: {lines[0]}", *lines[1:], *extra],
            h,
            1_000_000,
        )

    def start(h: str, t: datetime) -> datetime:
        t = J(
            h,
            t,
            "com.example.inventory.Main main",
            "INFO",
            "Starting inventory-service %s on %s (Java %s)",
            f"Starting inventory-service 3.4.1 on {h} (Java 17.0.11)",
        )
        t = J(
            h,
            t + sec(1),
            "com.zaxxer.hikari.HikariDataSource <init>",
            "INFO",
            "%s - Starting...",
            "inventory-db - Starting...",
        )
        conn[h] = hexid(r, 8).lstrip("0")
        t = J(
            h,
            t + sec(0.4),
            "com.zaxxer.hikari.pool.HikariPool checkFailFast",
            "INFO",
            "%s - Added connection %s",
            f"inventory-db - Added connection org.postgresql.jdbc.PgConnection@{conn[h]}",
        )
        t = J(
            h,
            t + sec(0.1),
            "com.zaxxer.hikari.HikariDataSource <init>",
            "INFO",
            "%s - Start completed.",
            "inventory-db - Start completed.",
        )
        t = J(
            h,
            t + sec(1.2),
            "com.example.inventory.catalog.CatalogCache load",
            "INFO",
            "Loaded %s warehouses and %s SKUs",
            f"Loaded 3 warehouses and {mf(r.randint(14800, 14900))} SKUs",
        )
        return J(
            h,
            t + sec(0.3),
            "com.example.inventory.api.ApiServer start",
            "INFO",
            "Inventory API listening on http://%s:%s/",
            f"Inventory API listening on http://0.0.0.0:{mf(8080)}/",
        )

    wms_out = (at(7, 20, 0), at(7, 45, 0))
    db_down = (at(8, 15, 12), at(8, 18, 40))
    sale = (at(10, 30, 0), at(10, 45, 0))
    app2_stop = at(11, 20, 4)
    app2_start = app2_stop + sec(14)

    for h in hosts:
        start(h, T0 - sec(r.uniform(40, 70)))
    t = J(
        "inv-app2",
        app2_stop,
        "com.example.inventory.Main lambda$main$0",
        "INFO",
        "Shutdown requested, stopping API server",
        "Shutdown requested, stopping API server",
    )
    t = J(
        "inv-app2",
        t + sec(2),
        "com.zaxxer.hikari.HikariDataSource close",
        "INFO",
        "%s - Shutdown initiated...",
        "inventory-db - Shutdown initiated...",
    )
    J(
        "inv-app2",
        t + sec(0.1),
        "com.zaxxer.hikari.HikariDataSource close",
        "INFO",
        "%s - Shutdown completed.",
        "inventory-db - Shutdown completed.",
    )
    start("inv-app2", app2_start)

    stock = {s: r.randint(5, 400) for s in JV_SKUS}
    reorder = {s: r.choice([20, 25, 40, 50]) for s in JV_SKUS}
    hot = r.sample(JV_SKUS, 8)
    open_res: list[tuple[int, str, str, datetime]] = []
    res_id = 4_812_000 + r.randint(0, 9000)

    def host_at(t: datetime) -> str:
        if app2_stop - sec(1) <= t < app2_start + sec(5):
            return "inv-app1"
        return r.choice(hosts)

    def reservation_failed(h: str, t: datetime, order: str) -> None:
        J(
            h,
            t + sec(5),
            "com.example.inventory.reservation.ReservationService reserve",
            "SEVERE",
            "Reservation failed for order %s",
            f"Reservation failed for order {order}",
            [
                "java.sql.SQLTransientConnectionException: inventory-db - Connection is not available, request timed out after 5000ms.",
                "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
                "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
                "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:146)",
                "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)",
                "\tat com.example.inventory.reservation.ReservationRepository.insert(ReservationRepository.java:52)",
                "\tat com.example.inventory.reservation.ReservationService.reserve(ReservationService.java:77)",
                "\tat com.example.inventory.api.ReservationHandler.handle(ReservationHandler.java:48)",
                *JV_HTTP,
                f"Caused by: {JV_PSQL_REFUSED}",
                *JV_PG_CONNECT,
                "\t... 3 more",
                *JV_REFUSED,
                "\t... 15 more",
            ],
        )

    # orders: reserve, then commit when shipped or release when cancelled / expired / unpaid
    order_no = 118_000 + r.randint(0, 900)
    arrivals = poisson(r, T0, T_END, 27.0) + poisson(r, sale[0], sale[1], 4.5)
    for t in sorted(arrivals):
        order_no += 1
        order = f"SO-2024-{order_no}"
        h = host_at(t)
        if in_any(t, [db_down]):
            reservation_failed(h, t, order)
            continue
        sku = r.choice(hot) if in_any(t, [sale]) and r.random() < 0.8 else r.choice(JV_SKUS)
        qty = r.choice([1, 1, 1, 2, 2, 3, 4, 5, 6, 10, 12, 24])
        wh = r.choice(JV_WAREHOUSES)
        if stock[sku] < qty:
            J(
                h,
                t,
                "com.example.inventory.reservation.ReservationService reserve",
                "WARNING",
                "Insufficient stock for %s at %s: requested %s, available %s",
                f"Insufficient stock for {sku} at {wh}: requested {qty}, available {stock[sku]}",
            )
            continue
        before = stock[sku]
        stock[sku] -= qty
        res_id += r.randint(1, 40)
        t = J(
            h,
            t,
            "com.example.inventory.reservation.ReservationService reserve",
            "INFO",
            "Reserved %s units of %s for order %s",
            f"Reserved {qty} units of {sku} for order {order}",
        )
        if before >= reorder[sku] > stock[sku]:
            J(
                h,
                t + sec(0.2),
                "com.example.inventory.stock.StockLevelMonitor checkReorderPoint",
                "WARNING",
                "Stock of %s at %s is %s, below reorder point %s",
                f"Stock of {sku} at {wh} is {stock[sku]}, below reorder point {reorder[sku]}",
            )
        open_res.append((res_id, order, sku, t))
        x = r.random()
        later = t + sec(r.uniform(60, 2400))
        if later >= T_END:
            continue
        h2 = host_at(later)
        if in_any(later, [db_down]):
            continue
        if x < 0.83:
            J(
                h2,
                later,
                "com.example.inventory.reservation.ReservationService commit",
                "INFO",
                "Committed reservation %s for order %s",
                f"Committed reservation {mf(res_id)} for order {order}",
            )
        elif x < 0.93:
            stock[sku] += qty
            J(
                h2,
                later,
                "com.example.inventory.reservation.ReservationService release",
                "INFO",
                "Released reservation %s for order %s: %s",
                f"Released reservation {mf(res_id)} for order {order}: {r.choice(['CANCELLED', 'PAYMENT_FAILED'])}",
            )

    # the sweeper on app1 expires reservations left open, every ten minutes
    for k in range(1, 36):
        t = T0 + sec(600 * k + r.uniform(0.2, 0.9))
        if in_any(t, [db_down]):
            continue
        J(
            "inv-app1",
            t,
            "com.example.inventory.reservation.ReservationSweeper run",
            "INFO",
            "Reservation sweeper expired %s reservations",
            f"Reservation sweeper expired {r.choice([0, 0, 1, 1, 2, 3, 5])} reservations",
        )

    # warehouse synchronisation on app1, every five minutes per warehouse
    for k in range(72):
        base = T0 + sec(300 * k + 30)
        for i, wh in enumerate(JV_WAREHOUSES):
            t = base + sec(i * r.uniform(2, 4))
            if in_any(t, [db_down]):
                continue
            if wh == "DE-HAM-1" and in_any(t, [wms_out]):
                t = J(
                    "inv-app1",
                    t + sec(30),
                    "com.example.inventory.sync.WarehouseSyncJob run",
                    "SEVERE",
                    "Synchronization with warehouse %s failed",
                    f"Synchronization with warehouse {wh} failed",
                    [
                        "java.net.http.HttpTimeoutException: request timed out",
                        "\tat java.net.http/jdk.internal.net.http.HttpClientImpl.send(HttpClientImpl.java:574)",
                        "\tat java.net.http/jdk.internal.net.http.HttpClientFacade.send(HttpClientFacade.java:123)",
                        "\tat com.example.inventory.sync.WmsClient.fetchStockLevels(WmsClient.java:74)",
                        "\tat com.example.inventory.sync.WarehouseSyncJob.syncWarehouse(WarehouseSyncJob.java:58)",
                        "\tat com.example.inventory.sync.WarehouseSyncJob.run(WarehouseSyncJob.java:41)",
                        "\tat java.base/java.util.concurrent.Executors$RunnableAdapter.call(Executors.java:539)",
                        "\tat java.base/java.util.concurrent.FutureTask.runAndReset(FutureTask.java:305)",
                        "\tat java.base/java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask.run(ScheduledThreadPoolExecutor.java:305)",
                        *JV_THREAD,
                    ],
                )
                J(
                    "inv-app1",
                    t + sec(0.01),
                    "com.example.inventory.sync.WarehouseSyncJob run",
                    "INFO",
                    "Retrying synchronization with warehouse %s in %s seconds",
                    f"Retrying synchronization with warehouse {wh} in 300 seconds",
                )
                continue
            n = (
                r.randint(40, 900)
                if wh != "DE-HAM-1" or t > wms_out[1] + sec(400)
                else r.randint(3200, 4100)
            )
            J(
                "inv-app1",
                t + sec(r.uniform(0.3, 2.5)),
                "com.example.inventory.sync.WarehouseSyncJob run",
                "INFO",
                "Synchronized %s stock levels from warehouse %s in %s ms",
                f"Synchronized {mf(n)} stock levels from warehouse {wh} in {mf(r.randint(300, 2600) + n // 3)} ms",
            )

    # replenishment on app1, every thirty minutes
    po = 77_100 + r.randint(0, 90)
    for k in range(12):
        t = T0 + sec(1800 * k + 900 + r.uniform(0.5, 1.5))
        low = [s for s in JV_SKUS if stock[s] < reorder[s]]
        by_sup: dict[str, list[str]] = {}
        for s in low:
            by_sup.setdefault(JV_SUPPLIERS[JV_SKUS.index(s) % len(JV_SUPPLIERS)], []).append(s)
        t0 = t
        for sup, skus in by_sup.items():
            po += 1
            t = J(
                "inv-app1",
                t + sec(r.uniform(1, 3)),
                "com.example.inventory.replenishment.ReplenishmentJob run",
                "INFO",
                "Created purchase order %s for %s SKUs from supplier %s",
                f"Created purchase order PO-{po} for {len(skus)} SKUs from supplier {sup}",
            )
            for s in skus:
                stock[s] += r.choice([100, 200, 250, 500])
        J(
            "inv-app1",
            t + sec(r.uniform(1, 3)),
            "com.example.inventory.replenishment.ReplenishmentJob run",
            "INFO",
            "Replenishment run finished: %s purchase orders, %s SKUs reviewed in %s ms",
            f"Replenishment run finished: {len(by_sup)} purchase orders, {mf(r.randint(14800, 14900))} SKUs reviewed in {mf(int((t - t0).total_seconds() * 1000) + r.randint(900, 2400))} ms",
        )

    # the database failover: stale connections, the driver refusing, on both
    for h in hosts:
        t = db_down[0] + sec(r.uniform(1, 4))
        for _ in range(r.randint(3, 5)):
            dead = hexid(r, 8).lstrip("0")
            t = J(
                h,
                t,
                "com.zaxxer.hikari.pool.PoolBase isConnectionDead",
                "WARNING",
                "%s - Failed to validate connection %s (%s). Possibly consider using a shorter maxLifetime value.",
                f"inventory-db - Failed to validate connection org.postgresql.jdbc.PgConnection@{dead} (This connection has been closed.). Possibly consider using a shorter maxLifetime value.",
            )
            t += sec(r.uniform(0.2, 2))
        while t < db_down[1]:
            t = J(
                h,
                t,
                "org.postgresql.Driver connect",
                "SEVERE",
                "Connection error: ",
                "Connection error: ",
                [
                    JV_PSQL_REFUSED,
                    *JV_PG_CONNECT,
                    *JV_THREAD,
                    *JV_REFUSED,
                    "\t... 15 more",
                ],
            )
            t += sec(r.uniform(6, 14))

    # the flash sale: slow requests, and a long GC pause on app2
    for t in poisson(r, sale[0] + sec(60), sale[1], 40.0):
        h = r.choice(hosts)
        J(
            h,
            t,
            "com.example.inventory.api.AccessLogFilter doFilter",
            "WARNING",
            "Slow request %s %s took %s ms",
            f"Slow request POST /api/v1/reservations took {mf(r.randint(1200, 4800))} ms",
        )
    J(
        "inv-app2",
        at(10, 38, 51),
        "com.zaxxer.hikari.pool.HikariPool$HouseKeeper run",
        "WARNING",
        "%s - Thread starvation or clock leap detected (housekeeper delta=%s).",
        "inventory-db - Thread starvation or clock leap detected (housekeeper delta=1m4s217ms).",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------ dotnet-fulfillment


def net_ms(x: float) -> str:
    """A double of milliseconds from a TimeSpan's ticks, as .NET prints it (at most four
    decimals, trailing zeros dropped)."""
    return f"{x:.4f}".rstrip("0").rstrip(".")


DN_CARRIER = "https://api.shipfast.example/v2/shipments"
DN_TRACK = "https://api.shipfast.example/v2/tracking"
DN_HTTP503 = [
    "System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).",
    "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
    "   at Fulfillment.Worker.Shipping.CarrierClient.CreateShipmentAsync(ShipmentRequest request, CancellationToken cancellationToken) in /src/Fulfillment.Worker/Shipping/CarrierClient.cs:line 61",
    "   at Fulfillment.Worker.Shipping.ShipmentService.ShipAsync(OrderMessage order, CancellationToken cancellationToken) in /src/Fulfillment.Worker/Shipping/ShipmentService.cs:line 88",
    "   at Fulfillment.Worker.Messaging.OrderConsumer.HandleAsync(BasicDeliverEventArgs delivery, CancellationToken cancellationToken) in /src/Fulfillment.Worker/Messaging/OrderConsumer.cs:line 112",
]
DN_NPGSQL_REFUSED = [
    "Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.0.5.20:5432",
    " ---> System.Net.Sockets.SocketException (111): Connection refused",
    "   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)",
    "   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)",
    "   at Npgsql.Internal.NpgsqlConnector.ConnectAsync(NpgsqlTimeout timeout, CancellationToken cancellationToken)",
    "   at Npgsql.Internal.NpgsqlConnector.RawOpen(SslMode sslMode, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
    "   at Npgsql.Internal.NpgsqlConnector.<Open>g__OpenCore|213_1(NpgsqlConnector conn, SslMode sslMode, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken, Boolean isFirstAttempt)",
    "   at Npgsql.Internal.NpgsqlConnector.Open(NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
    "   at Npgsql.PoolingDataSource.OpenNewConnector(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
    "   at Npgsql.PoolingDataSource.<Get>g__RentAsync|34_0(NpgsqlConnection conn, NpgsqlTimeout timeout, Boolean async, CancellationToken cancellationToken)",
    "   at Npgsql.NpgsqlConnection.<Open>g__OpenAsync|42_0(Boolean async, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenInternalAsync(Boolean errorsExpected, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenInternalAsync(Boolean errorsExpected, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenAsync(CancellationToken cancellationToken, Boolean errorsExpected)",
]
DN_RABBIT_UNREACHABLE = [
    "RabbitMQ.Client.Exceptions.BrokerUnreachableException: None of the specified endpoints were reachable",
    " ---> RabbitMQ.Client.Exceptions.ConnectFailureException: Connection failed, host 10.0.7.30:5672",
    " ---> System.Net.Sockets.SocketException (111): Connection refused",
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)",
    "   at System.Threading.Tasks.ValueTask.ValueTaskSourceAsTask.<>c.<.cctor>b__4_0(Object state)",
    "--- End of stack trace from previous location ---",
    "   at RabbitMQ.Client.Impl.TcpClientAdapter.ConnectAsync(IPAddress ep, Int32 port)",
    "   at RabbitMQ.Client.Impl.TaskExtensions.TimeoutAfter(Task task, TimeSpan timeout)",
    "   at RabbitMQ.Client.Impl.SocketFrameHandler.ConnectOrFail(ITcpClient socket, AmqpTcpEndpoint endpoint, TimeSpan timeout)",
    "   --- End of inner exception stack trace ---",
    "   at RabbitMQ.Client.Impl.SocketFrameHandler.ConnectUsingAddressFamily(AmqpTcpEndpoint endpoint, Func`2 socketFactory, TimeSpan timeout, AddressFamily family)",
    "   at RabbitMQ.Client.Impl.SocketFrameHandler..ctor(AmqpTcpEndpoint endpoint, Func`2 socketFactory, TimeSpan connectionTimeout, TimeSpan readTimeout, TimeSpan writeTimeout)",
    "   at RabbitMQ.Client.ConnectionFactory.CreateFrameHandler(AmqpTcpEndpoint endpoint)",
    "   at RabbitMQ.Client.EndpointResolverExtensions.SelectOne[T](IEndpointResolver resolver, Func`2 selector)",
    "   --- End of inner exception stack trace ---",
    "   at RabbitMQ.Client.EndpointResolverExtensions.SelectOne[T](IEndpointResolver resolver, Func`2 selector)",
    "   at RabbitMQ.Client.ConnectionFactory.CreateConnection(IEndpointResolver endpointResolver, String clientProvidedName)",
    "   at Fulfillment.Worker.Messaging.RabbitConnection.ConnectAsync(CancellationToken cancellationToken) in /src/Fulfillment.Worker/Messaging/RabbitConnection.cs:line 47",
]


def dotnet_fulfillment(r: random.Random) -> list[Log]:
    """Two replicas of a .NET 8 Worker Service that ships orders (RabbitMQ in, a carrier's
    REST API through IHttpClientFactory with the standard resilience handler, EF Core on
    PostgreSQL), logging through Microsoft.Extensions.Logging's console provider with the
    simple formatter and `TimestampFormat = "yyyy-MM-dd HH:mm:ss.fff "` (UTC): the level and
    `Category[EventId]` on the first line, the message and any exception indented six
    spaces on the lines after it; `docker logs` of each container, 06:00 to 12:00: the carrier
    answering 503 08:41-08:49 (Polly's attempts and retries, orders redelivered ten minutes
    later), the broker restarted at 09:40 (reconnect attempts with their exceptions), the
    database restarted 10:05-10:08 (EF Core's errors, the reconciler's BackgroundService
    failing and stopping worker-1's host, which docker restarts), worker-2 redeployed at
    11:10."""
    fs = Files()
    hosts = ["fulfillment-worker-1", "fulfillment-worker-2"]

    def D(
        h: str, t: datetime, lvl: str, cat: str, label: str, msg: str, exc: list[str] | None = None
    ) -> datetime:
        body = msg.split("\n") + (exc or [])
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} {lvl}: {cat}",
                *["      " + b for b in body],
            ],
            h,
            1000,
        )

    LT = "Microsoft.Hosting.Lifetime[0]"
    OC = "Fulfillment.Worker.Messaging.OrderConsumer"
    SS = "Fulfillment.Worker.Shipping.ShipmentService"
    RC = "Fulfillment.Worker.Reconciliation.ShipmentReconciler"
    HC = "System.Net.Http.HttpClient.ICarrierClient"

    def start(h: str, t: datetime) -> datetime:
        t = D(
            h,
            t,
            "info",
            f"{OC}[1000]",
            "Connected to RabbitMQ at %s, consuming %s with prefetch %s",
            "Connected to RabbitMQ at amqp://rabbitmq.internal:5672/fulfillment, consuming orders.ready with prefetch 8",
        )
        t = D(
            h,
            t + sec(0.004),
            "info",
            f"{RC}[3001]",
            "Shipment reconciliation every %s",
            "Shipment reconciliation every 00:15:00",
        )
        t = D(
            h,
            t + sec(0.006),
            "info",
            LT,
            "Application started. Press Ctrl+C to shut down.",
            "Application started. Press Ctrl+C to shut down.",
        )
        t = D(
            h,
            t + sec(0.0005),
            "info",
            LT,
            "Hosting environment: %s",
            "Hosting environment: Production",
        )
        return D(h, t + sec(0.0004), "info", LT, "Content root path: %s", "Content root path: /app")

    def http(
        h: str, t: datetime, method: str, uri: str, statuses: list[tuple[int, float]]
    ) -> datetime:
        """One request through the typed client: the logical handler around the resilience
        pipeline around the primary handler; one send per attempt."""
        t = D(
            h,
            t,
            "info",
            f"{HC}.LogicalHandler[100]",
            "Start processing HTTP request %s %s",
            f"Start processing HTTP request {method} {uri}",
        )
        t0 = t
        for i, (status, ms) in enumerate(statuses):
            t = D(
                h,
                t + sec(0.0003),
                "info",
                f"{HC}.ClientHandler[100]",
                "Sending HTTP request %s %s",
                f"Sending HTTP request {method} {uri}",
            )
            t = D(
                h,
                t + sec(ms / 1000),
                "info",
                f"{HC}.ClientHandler[101]",
                "Received HTTP response headers after %sms - %s",
                f"Received HTTP response headers after {net_ms(ms)}ms - {status}",
            )
            if status >= 500:
                t = D(
                    h,
                    t + sec(0.0004),
                    "warn",
                    "Polly[3]",
                    "Execution attempt. Source: '%s/%s/%s', Operation Key: '%s', Result: '%s', Handled: '%s', Attempt: '%s', Execution Time: %sms",
                    f"Execution attempt. Source: 'ICarrierClient-standard//Standard-Retry', Operation Key: '', Result: '{status}', Handled: 'True', Attempt: '{i}', Execution Time: {net_ms(ms + r.uniform(0.2, 0.9))}ms",
                )
                if i < len(statuses) - 1:
                    t = D(
                        h,
                        t + sec(0.0002),
                        "warn",
                        "Polly[0]",
                        "Resilience event occurred. EventName: '%s', Source: '%s/%s/%s', Operation Key: '%s', Result: '%s'",
                        f"Resilience event occurred. EventName: 'OnRetry', Source: 'ICarrierClient-standard//Standard-Retry', Operation Key: '', Result: '{status}'",
                    )
                    t += sec(2 ** (i + 1) * r.uniform(0.8, 1.2))
        total = (t - t0).total_seconds() * 1000 + r.uniform(0.3, 1.5)
        return D(
            h,
            t0 + sec(total / 1000),
            "info",
            f"{HC}.LogicalHandler[101]",
            "End processing HTTP request after %sms - %s",
            f"End processing HTTP request after {net_ms(total)}ms - {statuses[-1][0]}",
        )

    carrier_down = (at(8, 38, 7), at(8, 53, 33))
    rabbit_down = (at(9, 40, 11), at(9, 40, 58))
    db_down = (at(10, 5, 2), at(10, 7, 51))
    w1_crash = at(10, 5, 18.3)
    w1_back = w1_crash + sec(6.8)
    w2_stop = at(11, 10, 4.1)
    w2_back = w2_stop + sec(11.5)

    for h in hosts:
        start(h, T0 - sec(r.uniform(30, 60)))

    def up(h: str, t: datetime) -> bool:
        if h == "fulfillment-worker-1" and w1_crash <= t < w1_back + sec(1):
            return False
        if h == "fulfillment-worker-2" and w2_stop <= t < w2_back + sec(1):
            return False
        return not in_any(t, [(rabbit_down[0], rabbit_down[1] + sec(3))])

    order_no = [5_530_000 + r.randint(0, 9999)]
    stats = {h: [0, 0, 0] for h in hosts}
    redeliver: list[tuple[datetime, str, int]] = []
    carriers = [("ShipFast", "Express"), ("ShipFast", "Standard"), ("ShipFast", "Economy")]

    def process(h: str, t: datetime, order: str, lines: int, attempt: int) -> None:
        wh = r.choice(["DE-HAM-1", "DE-MUC-2", "PL-POZ-1"])
        t = D(
            h,
            t,
            "info",
            f"{OC}[1001]",
            "Processing order %s (%s lines) from %s",
            f"Processing order {order} ({lines} lines) from {wh}",
        )
        if in_any(t, [db_down]):
            t = D(
                h,
                t + sec(r.uniform(0.01, 0.05)),
                "fail",
                "Microsoft.EntityFrameworkCore.Database.Connection[20004]",
                "An error occurred using the connection to database '%s' on server '%s'.",
                "An error occurred using the connection to database 'fulfillment' on server 'tcp://pg-fulfillment.internal:5432'.",
            )
            D(
                h,
                t + sec(0.002),
                "fail",
                f"{OC}[1005]",
                "Processing order %s failed; redelivering in %s",
                f"Processing order {order} failed; redelivering in 00:10:00",
                [
                    *DN_NPGSQL_REFUSED,
                    "   at Fulfillment.Worker.Shipping.ShipmentService.ShipAsync(OrderMessage order, CancellationToken cancellationToken) in /src/Fulfillment.Worker/Shipping/ShipmentService.cs:line 54",
                    "   at Fulfillment.Worker.Messaging.OrderConsumer.HandleAsync(BasicDeliverEventArgs delivery, CancellationToken cancellationToken) in /src/Fulfillment.Worker/Messaging/OrderConsumer.cs:line 112",
                ],
            )
            stats[h][1] += 1
            redeliver.append((t + sec(600), order, lines))
            return
        if r.random() < 0.06:
            sku = f"SKU-{r.randint(10040, 10940)}"
            t = D(
                h,
                t + sec(r.uniform(0.005, 0.03)),
                "warn",
                f"{SS}[2001]",
                "Order %s: SKU %s short by %s units at %s, line backordered",
                f"Order {order}: SKU {sku} short by {r.randint(1, 6)} units at {wh}, line backordered",
            )
        if in_any(t, [carrier_down]):
            sts = [(503, r.uniform(8, 40)) for _ in range(4)]
            t = http(h, t + sec(r.uniform(0.01, 0.04)), "POST", DN_CARRIER, sts)
            D(
                h,
                t + sec(0.001),
                "fail",
                f"{OC}[1005]",
                "Processing order %s failed; redelivering in %s",
                f"Processing order {order} failed; redelivering in 00:10:00",
                DN_HTTP503,
            )
            stats[h][1] += 1
            redeliver.append((t + sec(600), order, lines))
            return
        t = http(
            h, t + sec(r.uniform(0.01, 0.04)), "POST", DN_CARRIER, [(201, r.uniform(140, 900))]
        )
        carrier, svc = r.choice(carriers)
        D(
            h,
            t + sec(r.uniform(0.01, 0.05)),
            "info",
            f"{SS}[2000]",
            "Created shipment %s for order %s with %s %s, tracking %s",
            f"Created shipment SHP-{r.randint(1_000_000, 9_999_999)} for order {order} with {carrier} {svc}, tracking SF{r.randint(10**11, 10**12 - 1)}DE",
        )
        stats[h][0] += 1
        if attempt > 1:
            stats[h][2] += 1

    arrivals = [(t, None, 0) for t in poisson(r, T0, T_END, 72.0)]
    pending = sorted(arrivals, key=lambda x: x[0])
    while pending:
        t, order, lines = pending.pop(0)
        attempt = 1
        if order is None:
            order_no[0] += 1
            order, lines = f"ORD-{order_no[0]}", r.choice([1, 1, 2, 2, 3, 4, 6])
        else:
            attempt = 2
        while in_any(t, [(rabbit_down[0], rabbit_down[1] + sec(3))]):
            t += sec(5)
        cand = [h for h in hosts if up(h, t)]
        if not cand:
            t += sec(15)
            cand = [h for h in hosts if up(h, t)] or hosts
        n_before = len(redeliver)
        process(r.choice(cand), t, order, lines, attempt)
        if len(redeliver) > n_before:
            when, o, ln = redeliver[-1]
            pending.append((when, o, ln))
            pending.sort(key=lambda x: x[0])

    # reconciliation every 15 minutes on each replica; worker-1's run in the database's
    # restart throws out of ExecuteAsync and stops its host
    for h in hosts:
        for k in range(24):
            t = T0 + sec(900 * k + (318 if h.endswith("1") else 770) + r.uniform(0, 0.3))
            if h.endswith("1") and in_any(t, [db_down]):
                t = D(
                    h,
                    w1_crash,
                    "fail",
                    "Microsoft.EntityFrameworkCore.Update[10000]",
                    "An exception occurred in the database while saving changes for context type '%s'.%s%s",
                    "An exception occurred in the database while saving changes for context type 'Fulfillment.Worker.Data.FulfillmentDbContext'.\n"
                    + "\n".join(DN_RECON_EXC[:-2]),
                    DN_RECON_EXC[:-2],
                )
                t = D(
                    h,
                    t + sec(0.003),
                    "fail",
                    "Microsoft.Extensions.Hosting.Internal.Host[9]",
                    "BackgroundService failed",
                    "BackgroundService failed",
                    DN_RECON_EXC,
                )
                t = D(
                    h,
                    t + sec(0.001),
                    "crit",
                    "Microsoft.Extensions.Hosting.Internal.Host[10]",
                    "The HostOptions.BackgroundServiceExceptionBehavior is configured to StopHost. A BackgroundService has thrown an unhandled exception, and the IHost instance is stopping. To avoid this behavior, configure this to Ignore; however the BackgroundService will not be restarted.",
                    "The HostOptions.BackgroundServiceExceptionBehavior is configured to StopHost. A BackgroundService has thrown an unhandled exception, and the IHost instance is stopping. To avoid this behavior, configure this to Ignore; however the BackgroundService will not be restarted.",
                    DN_RECON_EXC,
                )
                t = D(
                    h,
                    t + sec(0.002),
                    "info",
                    LT,
                    "Application is shutting down...",
                    "Application is shutting down...",
                )
                D(
                    h,
                    t + sec(0.01),
                    "info",
                    f"{OC}[1004]",
                    "Stopping consumer, %s messages in flight",
                    "Stopping consumer, 0 messages in flight",
                )
                continue
            if not up(h, t):
                continue
            if in_any(t, [carrier_down]):
                t = http(
                    h,
                    t,
                    "GET",
                    f"{DN_TRACK}?ids={r.randint(40, 120)}",
                    [(503, r.uniform(8, 40)) for _ in range(4)],
                )
                D(
                    h,
                    t + sec(0.001),
                    "warn",
                    f"{RC}[3002]",
                    "Reconciliation failed; next run at %s",
                    f"Reconciliation failed; next run at {(t + sec(900)).strftime('%m/%d/%Y %H:%M:%S')} +00:00",
                    [
                        *DN_HTTP503[:2],
                        "   at Fulfillment.Worker.Shipping.CarrierClient.GetTrackingAsync(IReadOnlyCollection`1 trackingNumbers, CancellationToken cancellationToken) in /src/Fulfillment.Worker/Shipping/CarrierClient.cs:line 88",
                        "   at Fulfillment.Worker.Reconciliation.ShipmentReconciler.ExecuteAsync(CancellationToken stoppingToken) in /src/Fulfillment.Worker/Reconciliation/ShipmentReconciler.cs:line 41",
                    ],
                )
                continue
            n = r.randint(40, 160)
            t2 = http(h, t, "GET", f"{DN_TRACK}?ids={n}", [(200, r.uniform(300, 2200))])
            D(
                h,
                t2 + sec(r.uniform(0.05, 0.4)),
                "info",
                f"{RC}[3000]",
                "Reconciled %s shipments in %s ms (%s delivered, %s exceptions)",
                f"Reconciled {n} shipments in {int((t2 - t).total_seconds() * 1000) + r.randint(50, 400)} ms ({r.randint(n // 4, n // 2)} delivered, {r.choice([0, 0, 0, 1, 2])} exceptions)",
            )

    # health every five minutes
    for h in hosts:
        for k in range(1, 72):
            t = T0 + sec(300 * k + r.uniform(0.1, 0.9))
            if not up(h, t):
                continue
            p, f, rd = stats[h]
            stats[h] = [0, 0, 0]
            D(
                h,
                t,
                "info",
                "Fulfillment.Worker.Health.ConsumerHealthReporter[4000]",
                "Last %s: %s orders processed, %s failed, %s redelivered",
                f"Last 00:05:00: {p} orders processed, {f} failed, {rd} redelivered",
            )

    # the broker's restart
    for h in hosts:
        t = rabbit_down[0] + sec(r.uniform(0.001, 0.01))
        t = D(
            h,
            t,
            "warn",
            f"{OC}[1002]",
            "RabbitMQ connection lost (%s %s), reconnecting in %s",
            "RabbitMQ connection lost (320 CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'), reconnecting in 00:00:05",
        )
        n = 0
        t += sec(5)
        while t < rabbit_down[1]:
            n += 1
            t = D(
                h,
                t + sec(r.uniform(0.001, 0.004)),
                "warn",
                f"{OC}[1003]",
                "RabbitMQ reconnect attempt %s failed",
                f"RabbitMQ reconnect attempt {n} failed",
                DN_RABBIT_UNREACHABLE,
            )
            t += sec(5)
        start_t = t + sec(r.uniform(0.05, 0.2))
        D(
            h,
            start_t,
            "info",
            f"{OC}[1000]",
            "Connected to RabbitMQ at %s, consuming %s with prefetch %s",
            "Connected to RabbitMQ at amqp://rabbitmq.internal:5672/fulfillment, consuming orders.ready with prefetch 8",
        )

    # worker-1 back after docker restarts it; worker-2 redeployed
    start("fulfillment-worker-1", w1_back)
    t = D(
        "fulfillment-worker-2",
        w2_stop,
        "info",
        LT,
        "Application is shutting down...",
        "Application is shutting down...",
    )
    D(
        "fulfillment-worker-2",
        t + sec(0.01),
        "info",
        f"{OC}[1004]",
        "Stopping consumer, %s messages in flight",
        f"Stopping consumer, {r.randint(0, 2)} messages in flight",
    )
    start("fulfillment-worker-2", w2_back)
    return fs.logs(T0)


DN_RECON_EXC = [
    "Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.",
    " ---> Npgsql.PostgresException (0x80004005): 57P01: terminating connection due to administrator command",
    "   at Npgsql.Internal.NpgsqlConnector.ReadMessageLong(Boolean async, DataRowLoadingMode dataRowLoadingMode, Boolean readingNotifications, Boolean isReadingPrependedMessage)",
    "   at Npgsql.NpgsqlDataReader.NextResult(Boolean async, Boolean isConsuming, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)",
    "   --- End of inner exception stack trace ---",
    "   at Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.ChangeTracking.Internal.StateManager.SaveChangesAsync(IList`1 entriesToSave, CancellationToken cancellationToken)",
    "   at Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)",
    "   at Fulfillment.Worker.Reconciliation.ShipmentReconciler.ExecuteAsync(CancellationToken stoppingToken) in /src/Fulfillment.Worker/Reconciliation/ShipmentReconciler.cs:line 57",
    "   at Microsoft.Extensions.Hosting.Internal.Host.TryExecuteBackgroundServiceAsync(BackgroundService backgroundService)",
]


# ------------------------------------------------------------------------------ loguru-etl


def lg_annotate(src: str, marks: list[tuple[str, str]]) -> list[str]:
    """loguru's `diagnose` lines under a frame's source line: each variable's value, the
    rightmost first, a `│` under every variable left of it."""
    cols: list[tuple[int, str]] = []
    pos = 0
    for tok, val in marks:
        c = src.index(tok, pos)
        cols.append((c, val))
        pos = c + 1
    out = []
    for i in range(len(cols) - 1, -1, -1):
        line = [" "] * cols[i][0]
        for c, _ in cols[:i]:
            line[c] = "│"
        out.append("".join(line) + "└ " + cols[i][1])
    return out


def lg_frame(
    path: str, line: int, func: str, src: str, marks: list[tuple[str, str]], caught: bool = False
) -> list[str]:
    s = "    " + src
    return [
        "",
        ("> " if caught else "  ") + f'File "{path}", line {line}, in {func}',
        s,
        *lg_annotate(s, marks),
    ]


LG_PY = "/usr/local/lib/python3.11/site-packages"
LG_PIPES = {
    # name, worker, source kind, source, target, period (s), offset (s)
    "orders_incremental": (
        "etl-worker-a",
        "http",
        "/admin/api/2024-04/orders.json",
        "analytics.orders",
        300,
        12,
    ),
    "refunds_incremental": (
        "etl-worker-a",
        "http",
        "/admin/api/2024-04/refunds.json",
        "analytics.refunds",
        600,
        95,
    ),
    "customers_incremental": (
        "etl-worker-a",
        "http",
        "/admin/api/2024-04/customers.json",
        "analytics.customers",
        900,
        170,
    ),
    "sessions_incremental": (
        "etl-worker-b",
        "pg",
        "app-replica:public.sessions",
        "analytics.sessions",
        120,
        20,
    ),
    "inventory_snapshot": (
        "etl-worker-b",
        "http",
        "/api/v1/stock-levels",
        "analytics.inventory_levels",
        3600,
        600,
    ),
    "ads_spend": (
        "etl-worker-b",
        "http",
        "/v16/customers/4812209917/googleAds:searchStream",
        "analytics.ad_spend",
        3600,
        1200,
    ),
}
LG_HOSTS_OF = {
    "/admin/api": "https://acme-shop.myshopify.com",
    "/api/v1": "https://inventory.internal",
    "/v16": "https://googleads.googleapis.com",
}


def loguru_etl(r: random.Random) -> list[Log]:
    """Two Python ETL workers (each a process scheduling its pipelines, logging through
    loguru's file sink with the default format `{time:YYYY-MM-DD HH:mm:ss.SSS} | {level: <8} |
    {name}:{function}:{line} - {message}`, DEBUG on, backtrace and diagnose on), 06:00 to
    12:00: Shopify rate-limiting 07:10-07:25, the warehouse database down 08:14-08:26 (each
    failed run's `logger.exception` with loguru's annotated traceback), worker-b redeployed at
    09:58 with a pipeline missing `account_id` (`@logger.catch` on main, a crash loop under
    systemd until 10:11), a backfill of May's orders on worker-a 10:30-11:28, and Shopify
    adding a field to orders at 11:15."""
    fs = Files()
    pid = {"etl-worker-a": 2231, "etl-worker-b": 2244}
    tid = {"etl-worker-a": 139_872_512_329_536, "etl-worker-b": 140_213_421_344_576}

    def E(
        h: str,
        t: datetime,
        level: str,
        where: str,
        label: str,
        msg: str,
        tb: list[str] | None = None,
    ) -> datetime:
        lines = msg.split("\n")
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} | {level:<8} | {where} - {lines[0]}",
                *lines[1:],
                *(tb or []),
            ],
            h,
            1000,
        )

    def start(h: str, t: datetime) -> datetime:
        return E(
            h,
            t,
            "INFO",
            "__main__:main:40",
            "ETL worker %s starting (etl %s, Python %s)",
            f"ETL worker {h.removeprefix('etl-')} starting (etl 2.7.0, Python 3.11.9)",
        )

    def started(h: str, t: datetime) -> datetime:
        mine = [(n, p) for n, p in LG_PIPES.items() if p[0] == h]
        t = E(
            h,
            t + sec(r.uniform(0.05, 0.15)),
            "INFO",
            "etl.config:load_pipelines:58",
            "Loaded %s pipelines from %s",
            f"Loaded {len(mine)} pipelines from /etc/etl/pipelines.yaml",
        )
        for n, p in mine:
            t = E(
                h,
                t + sec(0.0012),
                "INFO",
                "etl.scheduler:add:29",
                "Scheduled %s every %ss",
                f"Scheduled {n} every {p[4]}s",
            )
        return t

    wh_down = (at(8, 14, 3), at(8, 26, 41))
    rate_limited = (at(7, 10, 0), at(7, 25, 0))
    b_deploy = at(9, 58, 6.2)
    b_fixed = at(10, 11, 38.5)
    backfill = at(10, 30, 4.8)
    drift = at(11, 15, 0)

    for h in pid:
        t = start(h, T0 - sec(r.uniform(20, 40)))
        started(h, t)

    def wm(t: datetime, back: float) -> str:
        return (t - sec(back)).strftime("%Y-%m-%dT%H:%M:%S+00:00")

    def wh_traceback(t: datetime, name: str, target: str, key: str) -> list[str]:
        pl = f"<Pipeline {name} every {LG_PIPES[name][4]}s>"
        return [
            "Traceback (most recent call last):",
            *lg_frame(
                "/app/etl/__main__.py",
                63,
                "<module>",
                "main()",
                [("main", "<function main at 0x7f6e3b2d1e40>")],
            ),
            *lg_frame(
                "/app/etl/__main__.py",
                48,
                "main",
                "scheduler.run_forever()",
                [
                    ("scheduler", "<etl.scheduler.Scheduler object at 0x7f6e3aa1f750>"),
                    ("run_forever", "<function Scheduler.run_forever at 0x7f6e3a9c5bc0>"),
                ],
            ),
            *lg_frame(
                "/app/etl/scheduler.py",
                37,
                "run_forever",
                "run_pipeline(job.pipeline)",
                [
                    ("run_pipeline", "<function run_pipeline at 0x7f6e3a9c4f40>"),
                    ("job", f"<Job {name}>"),
                    ("pipeline", pl),
                ],
            ),
            *lg_frame(
                "/app/etl/runner.py",
                60,
                "run_pipeline",
                "loaded = upsert(rows, pipeline.target, key=pipeline.key)",
                [
                    ("upsert", "<function upsert at 0x7f6e3b0a2020>"),
                    (
                        "rows",
                        f"[{{'id': {r.randint(5_500_000_000, 5_599_999_999)}, 'updated_at': '{wm(t, r.uniform(20, 200))}', ...}}, ...]",
                    ),
                    ("pipeline", pl),
                    ("target", repr(target)),
                    ("pipeline", pl),
                    ("key", repr((key,))),
                ],
                caught=True,
            ),
            *lg_frame(
                "/app/etl/sinks/warehouse.py",
                58,
                "upsert",
                "with connect() as conn:",
                [("connect", "<function connect at 0x7f6e3b0a1ee0>")],
            ),
            *lg_frame(
                "/app/etl/sinks/warehouse.py",
                31,
                "connect",
                "return psycopg2.connect(settings.warehouse_dsn, connect_timeout=10)",
                [
                    ("psycopg2", f"<module 'psycopg2' from '{LG_PY}/psycopg2/__init__.py'>"),
                    ("connect", "<function connect at 0x7f6e3b6f2340>"),
                    ("settings", "<etl.settings.Settings object at 0x7f6e3b5d0a10>"),
                    ("warehouse_dsn", "'postgresql://etl@warehouse.internal:5432/analytics'"),
                ],
            ),
            *lg_frame(
                f"{LG_PY}/psycopg2/__init__.py",
                122,
                "connect",
                "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
                [
                    ("_connect", "<built-in function _connect>"),
                    (
                        "dsn",
                        "'dbname=analytics user=etl host=warehouse.internal port=5432 connect_timeout=10'",
                    ),
                    ("connection_factory,", "None"),
                    ("kwasync", "{}"),
                ],
            ),
            "",
            'psycopg2.OperationalError: connection to server at "warehouse.internal" (10.0.6.10), port 5432 failed: Connection refused',
            "\tIs the server running on that host and accepting TCP/IP connections?",
        ]

    def run(name: str, t: datetime) -> None:
        h, kind, src, target, period, _off = LG_PIPES[name]
        run_id = hexid(r, 8)
        t0 = t
        t = E(
            h,
            t,
            "INFO",
            "etl.runner:run_pipeline:47",
            "Starting %s (run %s)",
            f"Starting {name} (run {run_id})",
        )
        t = E(
            h,
            t + sec(r.uniform(0.004, 0.02)),
            "DEBUG",
            "etl.state:load_watermark:31",
            "Watermark for %s is %s",
            f"Watermark for {name} is {wm(t, period + r.uniform(0, 3))}",
        )
        if kind == "http":
            base = next(v for k, v in LG_HOSTS_OF.items() if src.startswith(k))
            if name == "inventory_snapshot":
                pages = r.randint(4, 6)
            elif name == "ads_spend":
                pages = 1
            else:
                pages = r.choice([1, 1, 1, 2, 2, 3]) if name != "customers_incremental" else 1
            total = 0
            for p in range(pages):
                while (
                    name.endswith("_incremental") and in_any(t, [rate_limited]) and r.random() < 0.7
                ):
                    t = E(
                        h,
                        t + sec(r.uniform(0.2, 0.5)),
                        "WARNING",
                        "etl.sources.http:fetch_page:83",
                        "Rate limited by %s (HTTP 429), retrying in %.1fs",
                        f"Rate limited by {base.removeprefix('https://')} (HTTP 429), retrying in {r.choice([1.0, 2.0, 2.0, 4.0]):.1f}s",
                    )
                    t += sec(2)
                n = (
                    250
                    if p < pages - 1
                    else r.randint(0, 249)
                    if name != "inventory_snapshot"
                    else r.randint(100, 999)
                )
                if name == "inventory_snapshot" and p < pages - 1:
                    n = 1000
                if name == "ads_spend":
                    n = r.randint(180, 420)
                total += n
                t = E(
                    h,
                    t + sec(r.uniform(0.15, 1.2)),
                    "DEBUG",
                    "etl.sources.http:fetch_page:77",
                    "GET %s -> %s (%s records)",
                    f"GET {base}{src} -> 200 ({n} records)",
                )
            t = E(
                h,
                t + sec(r.uniform(0.002, 0.01)),
                "INFO",
                "etl.sources.http:extract:104",
                "Extracted %s rows from %s in %.2fs",
                f"Extracted {total} rows from {base.removeprefix('https://')} in {(t - t0).total_seconds():.2f}s",
            )
        else:
            total = r.randint(300, 2400)
            d = r.uniform(0.3, 2.5)
            t = E(
                h,
                t + sec(d),
                "INFO",
                "etl.sources.postgres:extract:39",
                "Read %s rows from %s in %.2fs",
                f"Read {total} rows from {src} in {d:.2f}s",
            )
        if name == "orders_incremental" and t >= drift:
            t = E(
                h,
                t + sec(0.003),
                "WARNING",
                "etl.transform:check_schema:91",
                "Schema drift in %s: unexpected column %r (%s)",
                f"Schema drift in {name}: unexpected column 'discount_applications' (list)",
            )
        if total and r.random() < 0.12:
            bad = max(1, int(total * r.uniform(0.001, 0.02)))
            reason = {
                "orders_incremental": "customer_id is null",
                "refunds_incremental": "refund amount exceeds order total",
                "customers_incremental": "email is not valid",
                "sessions_incremental": "ended_at before started_at",
                "inventory_snapshot": "negative quantity",
                "ads_spend": "currency not ISO 4217",
            }[name]
            t = E(
                h,
                t + sec(r.uniform(0.01, 0.05)),
                "WARNING",
                "etl.transform:validate:58",
                "Dropped %s of %s rows from %s failing validation: %s",
                f"Dropped {bad} of {total} rows from {name} failing validation: {reason}",
            )
            total -= bad
        if not total:
            t = E(
                h,
                t + sec(0.001),
                "INFO",
                "etl.runner:run_pipeline:55",
                "No new rows for %s, skipping load",
                f"No new rows for {name}, skipping load",
            )
            E(
                h,
                t + sec(0.001),
                "SUCCESS",
                "etl.runner:run_pipeline:71",
                "Finished %s (run %s) in %.1fs",
                f"Finished {name} (run {run_id}) in {(t - t0).total_seconds():.1f}s",
            )
            return
        if in_any(t, [wh_down]):
            t += sec(10)
            E(
                h,
                t,
                "ERROR",
                "etl.runner:run_pipeline:68",
                "Pipeline %s (run %s) failed",
                f"Pipeline {name} (run {run_id}) failed",
                wh_traceback(
                    t, name, target, "id" if name != "sessions_incremental" else "session_id"
                ),
            )
            return
        d = total / r.uniform(900, 3000) + r.uniform(0.05, 0.3)
        t = E(
            h,
            t + sec(d),
            "INFO",
            "etl.sinks.warehouse:upsert:66",
            "Upserted %s rows into %s in %.2fs",
            f"Upserted {total} rows into {target} in {d:.2f}s",
        )
        t = E(
            h,
            t + sec(r.uniform(0.003, 0.02)),
            "DEBUG",
            "etl.state:save_watermark:44",
            "Watermark for %s advanced to %s",
            f"Watermark for {name} advanced to {wm(t, r.uniform(5, 40))}",
        )
        E(
            h,
            t + sec(0.0008),
            "SUCCESS",
            "etl.runner:run_pipeline:71",
            "Finished %s (run %s) in %.1fs",
            f"Finished {name} (run {run_id}) in {(t - t0).total_seconds():.1f}s",
        )

    b_gap = (b_deploy, b_fixed + sec(1))
    for name, (h, _k, _s, _t, period, off) in LG_PIPES.items():
        t = T0 + sec(off)
        while t < T_END:
            if not (h == "etl-worker-b" and in_any(t, [b_gap])):
                run(name, t + sec(r.uniform(0.001, 0.01)))
            t += sec(period)

    # worker-b redeployed with a pipeline missing its account_id
    h = "etl-worker-b"
    t = E(
        h,
        b_deploy,
        "INFO",
        "__main__:_on_signal:71",
        "Received %s, stopping after the current run",
        "Received SIGTERM, stopping after the current run",
    )
    t = E(
        h,
        t + sec(r.uniform(0.3, 1.2)),
        "INFO",
        "__main__:main:52",
        "Worker %s stopped",
        "Worker worker-b stopped",
    )
    t += sec(1.4)
    spec = "{'name': 'ads_spend', 'schedule': 3600, 'source': {'type': 'google_ads', 'customer': '481-220-9917', 'query': 'SELECT segments.date, campaign.id, metrics.cost_micros FROM campaign'}, 'target': 'analytics.ad_spend'}"
    for _ in range(5):
        pid[h] += r.randint(40, 400)
        t = start(h, t)
        E(
            h,
            t + sec(r.uniform(0.06, 0.12)),
            "ERROR",
            "__main__:<module>:63",
            "An error has been caught in function '%s', process '%s' (%s), thread '%s' (%s):",
            f"An error has been caught in function '<module>', process 'MainProcess' ({pid[h]}), thread 'MainThread' ({tid[h]}):",
            [
                "Traceback (most recent call last):",
                *lg_frame(
                    "/app/etl/__main__.py",
                    63,
                    "<module>",
                    "main()",
                    [("main", "<function main at 0x7f6e3b2d1e40>")],
                    caught=True,
                ),
                *lg_frame(
                    "/app/etl/__main__.py",
                    44,
                    "main",
                    "pipelines = config.load_pipelines(args.config)",
                    [
                        ("config", "<module 'etl.config' from '/app/etl/config.py'>"),
                        ("load_pipelines", "<function load_pipelines at 0x7f6e3b4a2ca0>"),
                        ("args", "Namespace(config='/etc/etl/pipelines.yaml', worker='worker-b')"),
                        ("config)", "'/etc/etl/pipelines.yaml'"),
                    ],
                ),
                *lg_frame(
                    "/app/etl/config.py",
                    52,
                    "load_pipelines",
                    'account_id=spec["source"]["account_id"],',
                    [("spec", spec)],
                ),
                "",
                "KeyError: 'account_id'",
            ],
        )
        t += sec(10 + r.uniform(0.05, 0.3))
    pid[h] += r.randint(40, 400)
    t = start(h, b_fixed)
    started(h, t)

    # the backfill of May's orders on worker-a
    h = "etl-worker-a"
    t = E(
        h,
        backfill,
        "INFO",
        "etl.backfill:run:22",
        "Backfilling %s from %s to %s in %s chunks",
        "Backfilling orders from 2024-05-01 to 2024-06-01 in 31 chunks",
    )
    total = 0
    for i in range(1, 32):
        n = r.randint(14000, 26000)
        total += n
        d = n / r.uniform(180, 260)
        if d > 100 and r.random() < 0.5:
            E(
                h,
                t + sec(d - 0.2),
                "WARNING",
                "etl.sinks.warehouse:upsert:74",
                "Slow upsert into %s: %.1fs for %s rows",
                f"Slow upsert into analytics.orders: {d - 8:.1f}s for {n} rows",
            )
        t = E(
            h,
            t + sec(d),
            "INFO",
            "etl.backfill:run:38",
            "Chunk %s/%s (%s): %s rows in %.1fs",
            f"Chunk {i}/31 (2024-05-{i:02d}): {n} rows in {d:.1f}s",
        )
        if i in (9, 10, 17, 23, 24, 30):
            t = E(
                h,
                t + sec(0.004),
                "WARNING",
                "etl.backfill:_check_memory:61",
                "RSS %s MiB above soft limit %s MiB, flushing buffers",
                f"RSS {r.randint(1540, 1900)} MiB above soft limit 1536 MiB, flushing buffers",
            )
    el = t - backfill
    E(
        h,
        t + sec(0.01),
        "SUCCESS",
        "etl.backfill:run:47",
        "Backfill of %s finished: %s rows in %s",
        f"Backfill of orders finished: {total} rows in {el}",
    )
    return fs.logs(T0)


SYSTEMS = {
    "slog-billing": slog_billing,
    "log4rs-ingest": log4rs_ingest,
    "jul-inventory": jul_inventory,
    "dotnet-fulfillment": dotnet_fulfillment,
    "loguru-etl": loguru_etl,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
