#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 302 (saleor, spree, killbill, btcpay-server, lnd) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five programs of one outdoor-gear company's shops
and payments, 06:00 to 12:00 UTC on 2024-06-07.

- Saleor 3.20 (`saleor-api-1.log`, `saleor-api-2.log`, `saleor-worker.log`, `saleor-beat.log`:
  `docker logs` of two API containers, the Celery worker and Celery beat, DEBUG off, so Saleor's
  `json` formatter: python-json-logger with `%(asctime)s %(levelname)s %(lineno)s %(message)s
  %(name)s %(pathname)s %(process)d %(threadName)s`, `exc_info` with the traceback text and the
  `extra` fields after them). The API containers run uvicorn with `--workers=2
  --limit-max-requests=10000`: uvicorn's own loggers keep their plain handler (`INFO:     Started
  server process [8]`) between the JSON lines. GraphQL errors all day (`A query had an error` with
  PermissionDenied, expired JWTs, bad fields and stock errors in `exc_info`), scanners (`Not
  Found: %s`, `Invalid HTTP_HOST header: %r. You may need to add %r to ALLOWED_HOSTS.`),
  merchandisers' bulk edits (`No payload was generated with subscription for event: %s`,
  `[Webhook ID:%r] No data changes for event %r, skip delivery to %r`); a product import holds
  locks 07:41-07:54 (`A query failed unexpectedly` with the statement timeout, the search-vector
  task `raised unexpected`); the tax app slow 09:11-09:39 and answering an HTML 502 page 09:24-09:31
  (the sync webhooks' `[Webhook] Failed request to %r: %r. ID of failed DeliveryAttempt: %r . ` with
  urllib3's read timeout, `[Webhook] Failed parsing JSON response from %r: %r.ID of failed
  DeliveryAttempt: %r . `); each order's `order_created`, `order_fully_paid` and `order_updated`
  webhooks on the worker (`Task %s[%s] received`, `[Webhook ID:%r] Payload sent to %r for event %r.
  Delivery id: %r`, `Task %s[%s] succeeded in %ss: %s`); the ERP's endpoint down 10:06-10:49 (an
  Envoy 503 body, then connection refused 10:19-10:34: `[Webhook ID: %r] Failed request to %r: %r for
  event: %r. Delivery attempt id: %r`, `Task %s[%s] retry: Retry in %ss` with Saleor's 10 * 2**n
  countdowns, `... exceeded retry limit.Delivery id: %r`); Redis restarted at 08:31 (`consumer:
  Connection to broker lost. ...`, `consumer: Cannot connect to %s: %s.\nTrying again in %.2f
  seconds... (%s/%s)\n`, `mingle:` lines; beat's `beat: Connection error: ...`); beat's
  `Scheduler: Sending due task %s (%s)` for five schedule entries; uvicorn's request-limit
  restarts (`Maximum request limit of %d exceeded. Terminating process.`, `Shutting down`,
  `Finished server process [%d]`, `Child process [%s] died`) and the 11:02 deploy (`Stopping parent
  process [%s]`, `Uvicorn running on %s://%s:%d (Press CTRL+C to quit)`, `Started parent process
  [%s]`).
- Spree 4.8 on Rails 7.1 (`spree-web-1.log`, `spree-web-2.log`, `spree-worker.log`: `docker logs`
  of two Puma containers in cluster mode and the Sidekiq 7 container; Rails' production logger,
  Ruby's `Logger::Formatter` with the `[request_id]` tag, `I, [2024-06-07T08:00:00.123456 #14]
  INFO -- : [uuid] Started GET ...`; Sidekiq's own `2024-06-07T08:00:00.123Z pid=1 tid=2ot
  class=... jid=... INFO: start`). The headless storefront's API v2 requests (`Started %s "%s"
  for %s at %s`, `Processing by %s#%s as %s`, `  Parameters: %s` with Rails' filtered keys,
  `Completed %d %s in %dms (Views: ... | ActiveRecord: ... | Allocations: %d)`), admin pages
  (`  Rendered %s within %s ...`, `  Rendered layout %s ...`, `Redirected to %s`, the ActiveRecord-
  only Completed line); checkouts (`[ActiveJob] Enqueued %s (Job ID: %s) to %s(%s) with
  arguments: %s` for the order mail and the `order.placed` / `order.paid` webhooks) and card
  declines (Spree::Payment::Processing#gateway_error's `Gateway Error` and `"  #{error.to_yaml}"`,
  the ActiveMerchant response dumped over 24 lines); scanners' RoutingErrors (one FATAL call, the
  exception and blank lines each tagged again); Redis restarted 08:10-08:14 (two checkouts'
  `Completed 500` and FATAL `RedisClient::CannotConnectError (...)` with its frames, Sidekiq's
  fetchers' `RedisClient::CannotConnectError: ...` with the backtrace as a WARN of its own, `Redis
  is online, %s sec downtime`); the worker's jobs (`start`, `Performing ... with arguments: %s`,
  `Delivered mail %s (%.1fms)`, `Performed ...`, `done`); the fulfilment endpoint down
  09:31-10:14 (`[SPREE WEBHOOKS] '%s' failed for '%s'`), a staging subscriber with a host-less
  URL (`[SPREE WEBHOOKS] '%s' can not make a request to '%s'`); an admin export at 09:44 hangs a
  Puma worker (`! Terminating timed out worker (worker failed to check in within %s seconds):
  %d`); the 11:00 deploy (Puma's `- Gracefully shutting down workers...`, `=== puma shutdown: %s
  ===`, `- Goodbye!` and its start-up banner, `[1] `-prefixed).
- Kill Bill 0.24 (`killbill-1.log`, `killbill-2.log`: `docker logs` of two nodes behind the
  merchant app; logback's `%date{"yyyy-MM-dd'T'HH:mm:ss,SSSZ", UTC} lvl='%level',
  log='%logger{0}', th='%thread', xff='%X{req.xForwardedFor}', rId='%X{req.requestId}',
  tok='%X{kb.userToken}', aRId='%X{kb.accountRecordId}', tRId='%X{kb.tenantRecordId}',
  %maskedMsg%n`, and Tomcat 9's own OneLineFormatter lines). The billing runs: each account's
  next-billing-date notification fires at its local midnight (batches at 06:00, 07:00, 08:00 and
  10:00 UTC): InvoiceDispatcher's `Generated invoiceId='%s', numberOfItems='%d', accountId='%s',
  targetDate='%s':` with a `\t item = ...` line per item, `Invoice timings: BILLING_EVENTS=%d mSec,
  ...`, and the payment on the bus thread (PaymentLoggingHelper's `ENTERING PaymentApi: ...` /
  `EXITING PaymentApi: ...`, built field by field: the invoice payments' entry has no external
  keys); the merchant's API calls all day (sign-ups with external keys, plan changes' `Adjusting
  existing invoiceId='%s', ...:%n`, cancellations' `Generated null invoice for accountId='%s',
  targetDate='%s'`); lock contention during the 07:00 batch (`Rescheduling invoice call at time
  %s`, `Failed to process invoice for accountId='%s', targetDate='%s'` with the
  LockFailedException); an account parked at 07:00 (`Illegal invoicing state detected ...,
  parking account` with its exception, `Ignoring invoice generation process ..., account is
  parked`, `Illegal invoicing state fixed ..., unparking account` at 10:52); the database's
  failover at 09:22 (HikariCP's `%s - Connection %s marked as broken because of SQLSTATE(%s),
  ErrorCode(%s)` with the driver's exception, `%s - Failed to validate connection %s (%s).
  Possibly consider using a shorter maxLifetime value.`, later `%s - Thread starvation or clock
  leap detected (housekeeper delta=%s).`); the payment plugin slow 10:05-10:26 (`transactionStatus`
  PLUGIN_FAILURE and UNKNOWN); node 2 redeployed at 10:41 (Tomcat's stop and start lines, the
  MySQL cleanup thread's leak warning with its stack).
- BTCPay Server 1.13 (`btcpay-fjellgear.log`, `btcpay-kaffebar.log`, `btcpay-bokhandel.log`: the
  debug log file of three shops' own deployments, Serilog's `{Timestamp:yyyy-MM-dd HH:mm:ss.fff
  zzz} [{Level:u3}] {Message:lj}{NewLine}{Exception}`). Every invoice's events through the event
  aggregator (`Invoice %s new event: %s (%d)`: invoice_created, invoice_receivedPayment,
  invoice_paidInFull, invoice_confirmed, invoice_completed, invoice_expired; `Invoice status is
  %s`), on-chain ones confirmed at the next block and completed at the sixth, Lightning ones in a
  second, some expiring; `%s: New block` at each block; kaffebar's NBXplorer out of disk
  08:51-09:04 (`NBXplorer %s: %s => %s`, `%s: NBXplorer error `%s``, `%s: Checking if any pending
  invoice got paid while offline...`, `%s: %d payments happened while offline`, `Connected to
  WebSocket of NBXplorer (%s)`); fjellgear's lnd stops at 10:21 (see lnd: `%s (Lightning): Error
  while contacting %s` with the HttpRequestException and its frames, `Stop listening`, `Start
  listening`); bokhandel upgraded at 11:00 (`Application is shutting down...`, `%s successfully
  exited...`, `Stop watching invoices`, and the start-up lines: `Data Directory: %s`, `Adding and
  executing plugin %s - %s`, `%s: Explorer url is %s`, ..., `No XML encryptor configured. Key %s
  may be persisted to storage in unencrypted form.`, `Now listening on: %s`, ...).
- lnd 0.17.5 (`lnd-fjellgear.log`, `lnd-routing.log`: lnd.log of the fjellgear shop's node and of
  the company's routing node, btclog's `2024-06-07 08:00:00.123 [INF] HSWC: message`). Every block
  (`New block: height=%v, sha=%v`, `Attempting to graduate height=%v: num_kids=%v, num_babies=%v`,
  `Pruning channel graph using block %v (height=%v)`, `Block %v (height=%v) closed %v channels`,
  the same chain as the BTCPay shops'), gossip (`Processed channels=%d updates=%d nodes=%d in
  last %v`, `Broadcasting %v new announcements in %d sub batches`), the switch's `Sent %d satoshis
  and received %d satoshis in the last 10 seconds (%f tx/sec)`; a flaky peer of the routing node
  07:28-09:09 and ordinary reconnects (`unable to read message from peer: %v`, `disconnecting %s,
  reason: %v`, `Removing channel link with ChannelID(%v)`, the link's `stopping` / `exited`,
  `Removing GossipSyncer for peer=%v`, then `Finalizing connection to %x@%s, inbound=%v`,
  `Creating new GossipSyncer for peer=%x`, `Loading ChannelPoint(%v), isPending=%v`, `Adding live
  link chan_id=%v, short_chan_id=%v`, `HTLC manager started, bandwidth=%v`, `received
  re-establishment message from remote side`, `GossipSyncer(%x): applying gossipFilter(start=%v,
  end=%v)`); port scanners (`Can't accept connection: unable to accept connection from %v: %v`); a
  channel opened at 09:40 and one closed at 11:12 (`ChannelPoint(%v) is now active:
  ChannelID(%v)`, `ChannelArbitrator(%v): starting state=...`, CHBU's backup lines); the shop's
  bitcoind stalled under a reindex: the health check fails three times and lnd shuts down at
  10:21 (`Health check: %v, call: %v failed with: %v, backing off for: %v`, `[CRT] ... failed after
  %v calls`, `Received shutdown request.`, `Gracefully shutting down.`, `Shutdown complete`) and
  starts again at 10:25 (`Version: %s commit=%s, ...`, `Active chain: %v (network=%v)`, `RPC
  server listening on %s`, the database and wallet lines, `Chain backend is fully synced
  (end_height=%v)!`).

Label notes. The heads are context: the JSON fields but the message, uvicorn's `LEVEL:` prefix,
Ruby's Logger head and Rails' `[request_id]` / `[ActiveJob] [class] [job id]` tags, Sidekiq's
`pid= tid= class= jid= elapsed=` and level, Puma's `[pid] `, Kill Bill's logback head up to the
MDC's `tRId='...', `, Tomcat's date, level, thread and class.method, Serilog's time and level,
btclog's time, level and subsystem, and the prefixes lnd's prefix loggers add (`Peer(%x): `,
`ChannelLink(%v): `, as round 51's unit prefix); `GossipSyncer(%x): ` and `ChannelArbitrator(%v): `
are in their format strings. Words a call site writes literally are wording (Celery's `Warm`,
Kill Bill's `ENTERING ` / `EXITING ` and the field names its StringBuilder appends, so each shape
of the payment lines is a template of its own, and the InvoiceTiming names in the timings line);
Python's `%r` stays `%r`. Values: ids, urls, events' and jobs' names, the controller, action and
format of Rails' lines, the status code and reason, BTCPay's invoice event names and codes (the
event object's Name, logged by the aggregator's ToString) and invoice states, NBXplorer's states,
Kill Bill's transaction types and statuses, lnd's reasons. A value that is an error contributes
its format (urllib3's `HTTPSConnectionPool(host=%r, port=%s): Read timed out. (read timeout=%s)`
and its NewConnectionError text inside Saleor's `%r`, redis-py's `Error %s connecting to %s:%s.
Connection refused.`, PostgreSQL's statement timeout, redis-client's `Connection refused -
connect(2) for %s:%s (%s)`, the JSONDecodeError repr, Go's `read tcp %s->%s: i/o timeout`, lnd's
health-check timeout and brontide's chacha20poly1305 error). A multi-line message is labelled by
its first line's part; the lines below it (invoice items, stack traces, the YAML dump, Rails'
tagged FATAL lines, Sidekiq's backtrace WARN, Tomcat's thread stack) have no row. Rails' FATAL
exception lines are labelled with the exception line's format on the FATAL line, as round 40's
`rails`. Second-resolution logs (Saleor's JSON) keep one process's lines a second apart (the
Clock).

Checked against copies of the sources and real logs: Saleor's LOGGING formatters (settings.py)
and JsonFormatter, the webhook transport's messages (`Payload sent`, both `Failed request`
forms, `exceeded retry limit.Delivery id`, `Failed parsing JSON response`, `No payload was
generated`, `No data changes`), views.py's `A query had an error` / `A query failed
unexpectedly`; Spree 4.x's webhooks' HandleRequest (`[SPREE WEBHOOKS] '%s' ...`); Kill Bill's
logback pattern (its pull request adding `tok=`), PaymentLoggingHelper's ENTERING / EXITING
builder, InvoiceDispatcher's logInvoiceWithItems, `Generated null invoice ...`, `Invoice timings:
...`, `Rescheduling invoice call at time %s`, the parking and lock messages; BTCPay's
configuration and start-up lines, `NBXplorer %s: %s => %s`, `%s: NBXplorer error `%s``, the hosted
services' `successfully exited...`, `Invoice %s new event: %s (%d)` and `Invoice status is %s` in
logs quoted in issues; lnd's `Finalizing connection to ...`, `Loading ChannelPoint(...)`, `Adding
live link ...`, `HTLC manager started, bandwidth=...`, `received re-establishment message ...`,
`Can't accept connection: ...` in a quoted log and the router's `Processed channels=%d ...` in
source.

Least sure (written from the helper's knowledge): Saleor 3.20's json fields (no `hostname` / `dd`
added here), the Celery worker's and beat's lines going through the same json formatter,
uvicorn's `Child process [%s] died` and `Stopping parent process [%s]`, the five beat entries'
names and periods; Spree's `Gateway Error` + YAML pair (Spree::Payment::Processing 4.x), the
ActiveMerchant YAML's fields, Sidekiq 7's fetch-error pair and `Redis is online, %s sec
downtime`, redis-client's message suffix, ActiveJob's `enqueued at` precision; Kill Bill's
thread names (`notifications-th`, `bus-th`), the invoice items' toString(), invoice payments
going through DefaultPaymentApi's logging, HikariCP's pool name; BTCPay's `%s: New block`, the
modern state names in `Invoice status is %s`, `%s (Lightning): Error while contacting %s`,
`Connected to WebSocket of NBXplorer (%s)`, `%s: Checking if any pending invoice got paid while
offline...` / `%s: %d payments happened while offline`; lnd's `and received` wording of the
switch's line (old releases say `received`), the link's `stopping` / `exited`, the GossipSyncer
lines, `unable to read message from peer: %v`, `disconnecting %s, reason: read handler closed`,
the health-check texts, the shutdown and start-up lines, `ChannelPoint(%v) is now active:
ChannelID(%v)`, the ChannelArbitrator line and CHBU's backup lines.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round121 import go_dur
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000
MS = 1_000
US = 1

Text = Callable[[datetime], list[str]]


def jitter_times(
    r: random.Random, t0: datetime, t1: datetime, mean_gap: float, min_gap: float = 0.0
) -> list[datetime]:
    """Instants from t0 to t1 with exponential gaps of `mean_gap` seconds (at least `min_gap`)."""
    out, t = [], t0
    while True:
        t += sec(min_gap + r.expovariate(1 / mean_gap))
        if t >= t1:
            return out
        out.append(t)


def uid(r: random.Random) -> str:
    h = hexid(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[r.randrange(4)]}{h[17:20]}-{h[20:]}"


B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b58(r: random.Random, n: int) -> str:
    return "".join(r.choice(B58) for _ in range(n))


def us6(t: datetime) -> str:
    return f"{t.microsecond:06d}"


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


# ------------------------------------------------------------------------------------ saleor

SA_VERSION = "3.20.14"
SA_ERP = (3, "https://erp.fjellgear.example/saleor/hooks")
SA_SLACK = (7, "https://notify.fjellgear.example/saleor/orders")
SA_TAX = "https://taxes.fjellgear.example/api/webhooks/checkout-calculate-taxes"
SA_SHIP = "https://shipping.fjellgear.example/api/webhooks/shipping-methods"
SA_TASK_WEBHOOK = "saleor.webhook.transport.asynchronous.transport.send_webhook_request_async"
SA_BEAT = [
    # entry name, task, every (s)
    (
        "update-products-search-vectors",
        "saleor.product.tasks.update_products_search_vector_task",
        300,
    ),
    ("expire-orders", "saleor.order.tasks.expire_orders_task", 300),
    (
        "release-funds-for-expired-checkouts",
        "saleor.payment.tasks.transaction_release_funds_for_checkout_task",
        600,
    ),
    ("delete-expired-checkouts", "saleor.checkout.tasks.delete_expired_checkouts", 3600),
    (
        "deactivate-preorder-for-variants",
        "saleor.product.tasks.deactivate_preorder_for_variants_task",
        3600,
    ),
]
SA_TRACES = {
    "perm": (
        'Traceback (most recent call last):\n  File "/usr/local/lib/python3.12/site-packages/graphql/execution/executor.py", line 452, in resolve_or_error\n    return executor.execute(resolve_fn, source, info, **args)\n  File "/app/saleor/graphql/core/decorators.py", line 73, in _wrapper\n    raise PermissionDenied(permissions=permissions)\n'
        "saleor.core.exceptions.PermissionDenied: To access this path, you need one of the following permissions: MANAGE_ORDERS"
    ),
    "jwt": (
        'Traceback (most recent call last):\n  File "/app/saleor/graphql/api.py", line 118, in resolve_me\n    user = load_user_from_request(info.context)\n  File "/app/saleor/core/auth.py", line 41, in get_token_from_request\n    payload = jwt_decode(token)\n  File "/usr/local/lib/python3.12/site-packages/jwt/api_jwt.py", line 363, in _validate_exp\n    raise ExpiredSignatureError("Signature has expired")\n'
        "jwt.exceptions.ExpiredSignatureError: Signature has expired"
    ),
    "field": (
        'Traceback (most recent call last):\n  File "/usr/local/lib/python3.12/site-packages/graphql/validation/validation.py", line 38, in validate\n    visit(ast, ParallelVisitor(visitors))\n'
        "graphql.error.base.GraphQLError: Cannot query field 'pricing' on type 'ProductVariant'. Did you mean 'price'?"
    ),
    "stock": (
        'Traceback (most recent call last):\n  File "/app/saleor/graphql/core/mutations.py", line 1082, in mutate\n    response = cls.perform_mutation(root, info, **data)\n  File "/app/saleor/graphql/checkout/mutations/checkout_lines_add.py", line 214, in perform_mutation\n    raise ValidationError(insufficient_stock_error)\n'
        "django.core.exceptions.ValidationError: {'quantity': ['Could not add items SKU-FJ-2218. Only 0 remaining in stock.']}"
    ),
}
SA_TIMEOUT_TRACE = (
    'Traceback (most recent call last):\n  File "/usr/local/lib/python3.12/site-packages/django/db/backends/utils.py", line 105, in _execute\n    return self.cursor.execute(sql, params)\n  File "/usr/local/lib/python3.12/site-packages/psycopg/cursor.py", line 732, in execute\n    raise ex.with_traceback(None)\n'
    "django.db.utils.OperationalError: canceling statement due to statement timeout"
)
SA_KEY_TRACE = (
    'Traceback (most recent call last):\n  File "/app/saleor/graphql/checkout/mutations/checkout_complete.py", line 305, in perform_mutation\n    order, action_required, action_data = complete_checkout(\n  File "/app/saleor/checkout/complete_checkout.py", line 1219, in _process_payment\n    gateway_response.raw_response["charges"]\n'
    "KeyError: 'charges'"
)
SA_DISALLOWED_TRACE = (
    'Traceback (most recent call last):\n  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner\n    response = get_response(request)\n  File "/usr/local/lib/python3.12/site-packages/django/http/request.py", line 150, in get_host\n    raise DisallowedHost(msg)\n'
    "django.core.exceptions.DisallowedHost: Invalid HTTP_HOST header: '%s'. You may need to add '%s' to ALLOWED_HOSTS."
)
SA_REDIS_TRACE = (
    'Traceback (most recent call last):\n  File "/usr/local/lib/python3.12/site-packages/celery/worker/consumer/consumer.py", line 340, in start\n    blueprint.start(self)\n  File "/usr/local/lib/python3.12/site-packages/redis/connection.py", line 282, in connect\n    raise ConnectionError(self._error_message(e))\n'
    "redis.exceptions.ConnectionError: Error 111 connecting to redis:6379. Connection refused."
)


def saleor(r: random.Random) -> list[Log]:
    """Saleor 3.20 under docker compose: two API containers, a Celery worker and beat (see the module docstring)."""
    fs = Files()
    delivery_id = [5_118_204]
    attempt_id = [6_402_991]

    def rec(
        t: datetime,
        level: str,
        lineno: int,
        msg: str,
        name: str,
        path: str,
        pid: int,
        thread: str,
        exc: str | None = None,
        extra: dict | None = None,
    ) -> str:
        d: dict[str, object] = {
            "asctime": f"{t:%Y-%m-%dT%H:%M:%S}Z",
            "levelname": level,
            "lineno": lineno,
            "message": msg,
            "name": name,
            "pathname": path,
            "process": pid,
            "threadName": thread,
        }
        if exc:
            d["exc_info"] = exc
        if extra:
            d.update(extra)
        return json.dumps(d)

    down: dict[str, tuple[datetime, datetime]] = {}

    def J(
        f: str,
        t: datetime,
        label: str,
        level: str,
        lineno: int,
        msg: str,
        name: str,
        path: str,
        pid: int,
        thread: str = "MainThread",
        exc: str | None = None,
        extra: dict | None = None,
    ) -> datetime:
        if f in down and down[f][0] <= t < down[f][1]:
            t = down[f][1]
        return fs.add(
            f,
            t,
            label,
            lambda x: [rec(x, level, lineno, msg, name, path, pid, thread, exc, extra)],
            (f, pid),
            SEC,
        )

    def U(f: str, t: datetime, label: str, level: str, msg: str, pid: int) -> datetime:
        """uvicorn's own handler: `%(levelprefix)s %(message)s`, no time."""
        return fs.add(f, t, label, lambda x: [f"{(level + ':').ljust(9)} {msg}"], (f, pid), SEC)

    # --- the API containers
    GQ = "/app/saleor/graphql/views.py"
    GT = "ThreadPoolExecutor-0_0"
    db_lock = (at(7, 41, 10), at(7, 54, 40))
    tax_slow = (at(9, 11), at(9, 39))
    tax_502 = (at(9, 24), at(9, 31))
    apis = ["saleor-api-1.log", "saleor-api-2.log"]
    deploy = {f: at(11, 2 + 4 * i, r.uniform(0, 30)) for i, f in enumerate(apis)}
    down.update({f: (deploy[f], deploy[f] + sec(45)) for f in apis})
    # per container and worker slot: (since, pid)
    slots: dict[str, list[list[tuple[datetime, int]]]] = {f: [[(T0, 8)], [(T0, 9)]] for f in apis}
    next_pid = dict.fromkeys(apis, 10)
    served = {(f, i): r.randrange(0, 9000) for f in apis for i in range(2)}
    deployed = dict.fromkeys(apis, False)

    def api_pid(f: str, t: datetime) -> int:
        hist = r.choice(slots[f])
        return [p for since, p in hist if since <= t][-1]

    def do_deploy(f: str) -> None:
        t = U(
            f, deploy[f], "Stopping parent process [%s]", "INFO", "Stopping parent process [1]", 1
        )
        for hist in slots[f]:
            pid = hist[-1][1]
            t2 = U(f, t + sec(r.uniform(0.1, 0.5)), "Shutting down", "INFO", "Shutting down", pid)
            U(
                f,
                t2 + sec(r.uniform(0.2, 1.5)),
                "Finished server process [%d]",
                "INFO",
                f"Finished server process [{pid}]",
                pid,
            )
        t += sec(r.uniform(25, 40))
        t = U(
            f,
            t,
            "Uvicorn running on %s://%s:%d (Press CTRL+C to quit)",
            "INFO",
            "Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)",
            1,
        )
        t = U(f, t, "Started parent process [%s]", "INFO", "Started parent process [1]", 1)
        for i, pid in enumerate([8, 9]):
            t3 = U(
                f,
                t + sec(r.uniform(1.5, 3.0)),
                "Started server process [%d]",
                "INFO",
                f"Started server process [{pid}]",
                pid,
            )
            slots[f][i].append((t3, pid))
            served[(f, i)] = 0
        next_pid[f] = 10

    def count_request(f: str, i: int, t: datetime, n: int) -> None:
        served[(f, i)] += n
        if served[(f, i)] < 10_000:
            return
        # --limit-max-requests=10000: the worker stops, the parent starts another
        pid = slots[f][i][-1][1]
        t = U(
            f,
            t,
            "Maximum request limit of %d exceeded. Terminating process.",
            "WARNING",
            "Maximum request limit of 10000 exceeded. Terminating process.",
            pid,
        )
        t = U(f, t + sec(r.uniform(0.2, 1.5)), "Shutting down", "INFO", "Shutting down", pid)
        t = U(
            f,
            t + sec(r.uniform(0.1, 2.0)),
            "Finished server process [%d]",
            "INFO",
            f"Finished server process [{pid}]",
            pid,
        )
        t = U(
            f,
            t + sec(r.uniform(0.3, 1.0)),
            "Child process [%s] died",
            "INFO",
            f"Child process [{pid}] died",
            1,
        )
        new = next_pid[f]
        next_pid[f] += 1
        t = U(
            f,
            t + sec(r.uniform(1.5, 3.5)),
            "Started server process [%d]",
            "INFO",
            f"Started server process [{new}]",
            new,
        )
        slots[f][i].append((t, new))
        served[(f, i)] = 0

    for t in jitter_times(r, T0, T_END, 4.2):
        f = r.choice(apis)
        if not deployed[f] and t >= deploy[f]:
            do_deploy(f)
            deployed[f] = True
            continue
        if deployed[f] and t < deploy[f] + sec(60):
            continue
        for i in range(2):
            count_request(f, i, t, r.randint(4, 9))

    def handled(t: datetime) -> None:
        f = r.choice(apis)
        kind = r.choices(["perm", "jwt", "field", "stock"], [3, 5, 2, 4])[0]
        J(
            f,
            t,
            "A query had an error",
            "INFO",
            355,
            "A query had an error",
            "saleor.graphql.errors.handled",
            GQ,
            api_pid(f, t),
            GT,
            SA_TRACES[kind],
        )

    for t in jitter_times(r, T0, T_END, 150):
        handled(t)

    paths404 = [
        "/wp-login.php",
        "/.env",
        "/graphql/graphql",
        "/xmlrpc.php",
        "/.git/config",
        "/api/v1/products",
        "/dashboard/",
        "/actuator/health",
        "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
        "/robots.txt",
        "/favicon.ico",
    ]
    for t in jitter_times(r, T0, T_END, 400):
        f = r.choice(apis)
        p = r.choice(paths404)
        meth = "POST" if p in ("/xmlrpc.php", "/graphql/graphql") else "GET"
        J(
            f,
            t,
            "Not Found: %s",
            "WARNING",
            241,
            f"Not Found: {p}",
            "django.request",
            "/usr/local/lib/python3.12/site-packages/django/utils/log.py",
            api_pid(f, t),
            GT,
            extra={"status_code": 404, "request": f"<ASGIRequest: {meth} '{p}'>"},
        )

    for t in jitter_times(r, T0, T_END, 1500):
        f = r.choice(apis)
        host = r.choice(
            ["203.0.113.77", "198.51.100.14", "192.0.2.200:8000", "api.fjellgear.example.net"]
        )
        dom = host.split(":")[0]
        msg = f"Invalid HTTP_HOST header: '{host}'. You may need to add '{dom}' to ALLOWED_HOSTS."
        J(
            f,
            t,
            "Invalid HTTP_HOST header: %r. You may need to add %r to ALLOWED_HOSTS.",
            "ERROR",
            241,
            msg,
            "django.security.DisallowedHost",
            "/usr/local/lib/python3.12/site-packages/django/utils/log.py",
            api_pid(f, t),
            GT,
            SA_DISALLOWED_TRACE % (host, dom),
            {"status_code": 400, "request": "<ASGIRequest: GET '/'>"},
        )

    # checkout tax and shipping sync webhooks
    for t in jitter_times(r, T0, T_END, 30):
        f = r.choice(apis)
        pid = api_pid(f, t)
        url = SA_TAX if r.random() < 0.7 else SA_SHIP
        attempt_id[0] += r.randint(1, 12)
        if in_any(t, [tax_502]) and url == SA_TAX:
            J(
                f,
                t,
                "[Webhook] Failed parsing JSON response from %r: JSONDecodeError('Expecting value: line %d column %d (char %d)').ID of failed DeliveryAttempt: %r . ",
                "INFO",
                519,
                f"[Webhook] Failed parsing JSON response from '{url}': JSONDecodeError('Expecting value: line 1 column 1 (char 0)').ID of failed DeliveryAttempt: {attempt_id[0]} . ",
                "saleor.webhook.transport.synchronous.transport",
                "/app/saleor/webhook/transport/synchronous/transport.py",
                pid,
                GT,
            )
        elif in_any(t, [tax_slow]) and url == SA_TAX and r.random() < 0.8:
            host = url.split("/")[2]
            content = repr(
                f"HTTPSConnectionPool(host='{host}', port=443): Read timed out. (read timeout=20)"
            )
            J(
                f,
                t + sec(20),
                '[Webhook] Failed request to %r: "HTTPSConnectionPool(host=%r, port=%s): Read timed out. (read timeout=%s)". ID of failed DeliveryAttempt: %r . ',
                "INFO",
                528,
                f"[Webhook] Failed request to '{url}': {content}. ID of failed DeliveryAttempt: {attempt_id[0]} . ",
                "saleor.webhook.transport.synchronous.transport",
                "/app/saleor/webhook/transport/synchronous/transport.py",
                pid,
                GT,
            )
        elif r.random() < 0.006:
            J(
                f,
                t,
                "[Webhook] Failed request to %r: %r. ID of failed DeliveryAttempt: %r . ",
                "INFO",
                528,
                f"[Webhook] Failed request to '{url}': '{{\"error\": \"rate limited\"}}'. ID of failed DeliveryAttempt: {attempt_id[0]} . ",
                "saleor.webhook.transport.synchronous.transport",
                "/app/saleor/webhook/transport/synchronous/transport.py",
                pid,
                GT,
            )

    # the product import at 07:40 holds locks: statement timeouts
    for t in jitter_times(r, db_lock[0], db_lock[1], 40):
        f = r.choice(apis)
        J(
            f,
            t,
            "A query failed unexpectedly",
            "ERROR",
            357,
            "A query failed unexpectedly",
            "saleor.graphql.errors.unhandled",
            GQ,
            api_pid(f, t),
            GT,
            SA_TIMEOUT_TRACE,
        )
    for t in [at(8, 12, 40), at(10, 47, 3), at(11, 31, 55)]:
        f = r.choice(apis)
        J(
            f,
            t,
            "A query failed unexpectedly",
            "ERROR",
            357,
            "A query failed unexpectedly",
            "saleor.graphql.errors.unhandled",
            GQ,
            api_pid(f, t),
            GT,
            SA_KEY_TRACE,
        )

    # merchandisers' bulk edits: subscriptions with no payload or no change
    events_nc = ["product_updated", "product_variant_updated", "product_variant_stock_updated"]
    for t in jitter_times(r, at(6, 30), at(11, 50), 300):
        f = r.choice(apis)
        pid = api_pid(f, t)
        for i in range(r.randint(2, 7)):
            ev = r.choice(events_nc)
            if r.random() < 0.4:
                J(
                    f,
                    t + sec(i * 0.7),
                    "No payload was generated with subscription for event: %s",
                    "INFO",
                    231,
                    f"No payload was generated with subscription for event: {ev}",
                    "saleor.webhook.transport.asynchronous.transport",
                    "/app/saleor/webhook/transport/asynchronous/transport.py",
                    pid,
                    GT,
                )
            else:
                wid, url = SA_ERP
                J(
                    f,
                    t + sec(i * 0.7),
                    "[Webhook ID:%r] No data changes for event %r, skip delivery to %r",
                    "INFO",
                    247,
                    f"[Webhook ID:{wid}] No data changes for event '{ev}', skip delivery to '{url}'",
                    "saleor.webhook.transport.asynchronous.transport",
                    "/app/saleor/webhook/transport/asynchronous/transport.py",
                    pid,
                    GT,
                )

    # --- the worker: webhooks, scheduled tasks
    W = "saleor-worker.log"
    TR = ("celery.app.trace", "/usr/local/lib/python3.12/site-packages/celery/app/trace.py", 128)
    children = [12, 13, 14, 15]
    erp_down = (at(10, 6), at(10, 49))
    erp_refused = (at(10, 19), at(10, 34))
    redis_down = (at(8, 31, 4), at(8, 32, 10))

    def received(t: datetime, task: str, tid: str) -> datetime:
        return J(
            W,
            t,
            "Task %s[%s] received",
            "INFO",
            45,
            f"Task {task}[{tid}] received",
            "celery.worker.strategy",
            "/usr/local/lib/python3.12/site-packages/celery/worker/strategy.py",
            1,
        )

    def succeeded(t: datetime, task: str, tid: str, pid: int, runtime: float) -> datetime:
        return J(
            W,
            t,
            "Task %s[%s] succeeded in %ss: %s",
            "INFO",
            TR[2],
            f"Task {task}[{tid}] succeeded in {runtime!r}s: None",
            TR[0],
            TR[1],
            pid,
        )

    def deliver(t: datetime, hook: tuple[int, str], event: str) -> None:
        wid, url = hook
        delivery_id[0] += r.randint(1, 9)
        did = delivery_id[0]
        tid = uid(r)
        retries = 0
        while True:
            if in_any(t, [redis_down]):
                t = redis_down[1] + sec(r.uniform(3, 20))
            t = received(t + sec(r.uniform(0.05, 0.6)), SA_TASK_WEBHOOK, tid)
            pid = r.choice(children)
            t += sec(r.uniform(0.1, 0.9))
            attempt_id[0] += r.randint(1, 12)
            if hook == SA_ERP and in_any(t, [erp_down]):
                if in_any(t, [erp_refused]):
                    host = url.split("/")[2]
                    obj = f"<urllib3.connection.HTTPSConnection object at 0x7f{hexid(r, 10)}>"
                    content = repr(
                        f"HTTPSConnectionPool(host='{host}', port=443): Max retries exceeded with url: /saleor/hooks (Caused by NewConnectionError('{obj}: Failed to establish a new connection: [Errno 111] Connection refused'))"
                    )
                    t = J(
                        W,
                        t,
                        "[Webhook ID: %r] Failed request to %r: \"HTTPSConnectionPool(host=%r, port=%s): Max retries exceeded with url: %s (Caused by NewConnectionError('%s: Failed to establish a new connection: [Errno 111] Connection refused'))\" for event: %r. Delivery attempt id: %r",
                        "INFO",
                        591,
                        f"[Webhook ID: {wid}] Failed request to '{url}': {content} for event: '{event}'. Delivery attempt id: {attempt_id[0]}",
                        "saleor.webhook.transport.utils",
                        "/app/saleor/webhook/transport/utils.py",
                        pid,
                    )
                else:
                    body = "upstream connect error or disconnect/reset before headers. reset reason: connection termination"
                    t = J(
                        W,
                        t + sec(r.uniform(0.5, 3)),
                        "[Webhook ID: %r] Failed request to %r: %r for event: %r. Delivery attempt id: %r",
                        "INFO",
                        591,
                        f"[Webhook ID: {wid}] Failed request to '{url}': '{body}' for event: '{event}'. Delivery attempt id: {attempt_id[0]}",
                        "saleor.webhook.transport.utils",
                        "/app/saleor/webhook/transport/utils.py",
                        pid,
                    )
                if retries < 5:
                    countdown = 10 * 2**retries
                    t = J(
                        W,
                        t + sec(0.05),
                        "Task %s[%s] retry: Retry in %ss",
                        "INFO",
                        TR[2],
                        f"Task {SA_TASK_WEBHOOK}[{tid}] retry: Retry in {countdown}s",
                        TR[0],
                        TR[1],
                        pid,
                    )
                    retries += 1
                    t += sec(countdown)
                    continue
                t = J(
                    W,
                    t + sec(0.05),
                    "[Webhook ID: %r] Failed request to %r: exceeded retry limit.Delivery id: %r",
                    "INFO",
                    608,
                    f"[Webhook ID: {wid}] Failed request to '{url}': exceeded retry limit.Delivery id: {did}",
                    "saleor.webhook.transport.utils",
                    "/app/saleor/webhook/transport/utils.py",
                    pid,
                )
                succeeded(t + sec(0.05), SA_TASK_WEBHOOK, tid, pid, round(r.uniform(0.05, 0.3), 9))
                return
            rt = r.uniform(0.12, 1.4)
            t = J(
                W,
                t + sec(rt),
                "[Webhook ID:%r] Payload sent to %r for event %r. Delivery id: %r",
                "INFO",
                402,
                f"[Webhook ID:{wid}] Payload sent to '{url}' for event '{event}'. Delivery id: {did}",
                "saleor.webhook.transport.asynchronous.transport",
                "/app/saleor/webhook/transport/asynchronous/transport.py",
                pid,
            )
            succeeded(
                t + sec(0.02), SA_TASK_WEBHOOK, tid, pid, round(rt + r.uniform(0.01, 0.05), 9)
            )
            return

    for t in jitter_times(r, T0, T_END, 390):
        # an order: created, then paid a few seconds later; the ERP and the notifier get each
        for ev, dt in [
            ("order_created", 0.0),
            ("order_fully_paid", r.uniform(2, 9)),
            ("order_updated", r.uniform(10, 20)),
        ]:
            deliver(t + sec(dt), SA_ERP, ev)
            if ev != "order_updated":
                deliver(t + sec(dt + 0.2), SA_SLACK, ev)
    for t in jitter_times(r, at(6, 20), T_END, 1500):
        deliver(t, SA_ERP, "order_fulfilled")

    # beat
    B = "saleor-beat.log"
    for name, task, every in SA_BEAT:
        t = T0 + sec(r.uniform(0, every))
        while t < T_END:
            if in_any(t, [redis_down]):
                J(
                    B,
                    t,
                    "beat: Connection error: Error %s connecting to %s:%s. Connection refused.. Trying again in %s seconds...",
                    "ERROR",
                    425,
                    "beat: Connection error: Error 111 connecting to redis:6379. Connection refused.. Trying again in 2.0 seconds...",
                    "celery.beat",
                    "/usr/local/lib/python3.12/site-packages/celery/beat.py",
                    1,
                )
                t = redis_down[1] + sec(r.uniform(1, 4))
            tb = J(
                B,
                t,
                "Scheduler: Sending due task %s (%s)",
                "INFO",
                284,
                f"Scheduler: Sending due task {name} ({task})",
                "celery.beat",
                "/usr/local/lib/python3.12/site-packages/celery/beat.py",
                1,
            )
            tid = uid(r)
            tr = received(tb + sec(r.uniform(0.01, 0.3)), task, tid)
            pid = r.choice(children)
            if name == "update-products-search-vectors" and in_any(t, [db_lock]):
                rt = r.uniform(30, 31)
                J(
                    W,
                    tr + sec(rt),
                    "Task %s[%s] raised unexpected: canceling statement due to statement timeout",
                    "ERROR",
                    267,
                    f"Task {task}[{tid}] raised unexpected: canceling statement due to statement timeout",
                    TR[0],
                    TR[1],
                    pid,
                    exc=SA_TIMEOUT_TRACE,
                    extra={
                        "data": {
                            "hostname": "celery@saleor-worker",
                            "id": tid,
                            "name": task,
                            "exc": "canceling statement due to statement timeout",
                            "traceback": SA_TIMEOUT_TRACE,
                            "args": "[]",
                            "kwargs": "{}",
                            "description": "raised unexpected",
                            "internal": False,
                        }
                    },
                )
            else:
                rt = r.uniform(0.02, 4.5) if "search" in name else r.uniform(0.01, 0.6)
                succeeded(tr + sec(rt), task, tid, pid, round(rt, 9))
            t += sec(every + r.uniform(-0.4, 0.4))

    # redis restarted at 08:31: the consumer loses its broker
    t = J(
        W,
        redis_down[0],
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        "WARNING",
        391,
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        "celery.worker.consumer.consumer",
        "/usr/local/lib/python3.12/site-packages/celery/worker/consumer/consumer.py",
        1,
        exc=SA_REDIS_TRACE,
    )
    for n, wait in enumerate([2.0, 4.0, 6.0, 8.0, 10.0], 1):
        if t + sec(wait) > redis_down[1]:
            break
        t = J(
            W,
            t + sec(0.2),
            "consumer: Cannot connect to %s: Error %s connecting to %s:%s. Connection refused..\\nTrying again in %.2f seconds... (%s/%s)\\n",
            "ERROR",
            474,
            f"consumer: Cannot connect to redis://redis:6379/1: Error 111 connecting to redis:6379. Connection refused..\nTrying again in {wait:.2f} seconds... ({n}/100)\n",
            "celery.worker.consumer.consumer",
            "/usr/local/lib/python3.12/site-packages/celery/worker/consumer/consumer.py",
            1,
        )
        t += sec(wait)
    t = J(
        W,
        redis_down[1],
        "Connected to %s",
        "INFO",
        23,
        "Connected to redis://redis:6379/1",
        "celery.worker.consumer.connection",
        "/usr/local/lib/python3.12/site-packages/celery/worker/consumer/connection.py",
        1,
    )
    t = J(
        W,
        t,
        "mingle: searching for neighbors",
        "INFO",
        40,
        "mingle: searching for neighbors",
        "celery.worker.consumer.mingle",
        "/usr/local/lib/python3.12/site-packages/celery/worker/consumer/mingle.py",
        1,
    )
    J(
        W,
        t + sec(1),
        "mingle: all alone",
        "INFO",
        49,
        "mingle: all alone",
        "celery.worker.consumer.mingle",
        "/usr/local/lib/python3.12/site-packages/celery/worker/consumer/mingle.py",
        1,
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- spree

SP_HOST = "shop.fjellgear.example"
SP_HOOK = "https://fulfil.fjellgear-ops.example/spree/webhooks"
SP_BAD_HOOK = "fulfil-staging"
SP_SLUGS = [
    "trail-runner-2",
    "alpine-shell-jacket",
    "merino-base-layer",
    "summit-40l-pack",
    "trekking-poles-carbon",
    "down-vest-800",
    "gore-tex-gaiters",
    "camp-stove-mini",
    "headlamp-400",
    "wool-hiking-socks",
]
SP_TAXONS = ["12", "14", "15", "21", "22", "31"]
SP_CLIENTS = ["10.12.0.4", "10.12.0.5"]  # the storefront's Next.js servers
SP_ADMIN_IP = "198.51.100.61"
SP_SCANNERS = ["45.148.10.81", "185.224.128.17", "193.41.206.202"]
SP_SCAN_PATHS = [
    "/wp-login.php",
    "/.env",
    "/.git/config",
    "/phpmyadmin/index.php",
    "/xmlrpc.php",
    "/cgi-bin/luci/;stok=/locale",
]
SP_REDIS_FRAMES = [
    "/usr/local/bundle/gems/redis-client-0.22.2/lib/redis_client/ruby_connection.rb:145:in `rescue in connect'",
    "/usr/local/bundle/gems/redis-client-0.22.2/lib/redis_client/ruby_connection.rb:111:in `connect'",
    "/usr/local/bundle/gems/redis-client-0.22.2/lib/redis_client/ruby_connection.rb:47:in `initialize'",
    "/usr/local/bundle/gems/redis-client-0.22.2/lib/redis_client.rb:797:in `new'",
    "/usr/local/bundle/gems/redis-client-0.22.2/lib/redis_client.rb:797:in `block in connect'",
    "/usr/local/bundle/gems/redis-client-0.22.2/lib/redis_client/middlewares.rb:12:in `connect'",
    "/usr/local/bundle/gems/sidekiq-7.2.4/lib/sidekiq/fetch.rb:47:in `block in retrieve_work'",
]


def sp_gateway_yaml(r: random.Random, code: str, decline: str, msg: str) -> list[str]:
    """Spree::Payment::Processing#gateway_error's `"  #{error.to_yaml}"`: an ActiveMerchant response."""
    return [
        "params:",
        "  error:",
        f"    code: {code}",
        f"    decline_code: {decline}",
        f"    doc_url: https://stripe.com/docs/error-codes/{code.replace('_', '-')}",
        f"    message: {msg}",
        "    request_log_url: https://dashboard.stripe.com/logs/req_"
        + "".join(r.choice(B58) for _ in range(14)),
        "    type: card_error",
        f"message: {msg}",
        "success: false",
        "test: false",
        "authorization: ch_3PP" + "".join(r.choice(B58) for _ in range(21)),
        "fraud_review: ",
        f"error_code: {code}",
        "emv_authorization: ",
        "network_transaction_id: ",
        "avs_result:",
        "  code: ",
        "  message: ",
        "  street_match: ",
        "  postal_match: ",
        "cvv_result:",
        "  code: ",
        "  message: ",
    ]


def spree(r: random.Random) -> list[Log]:
    """Spree 4.8 on Rails 7.1: two Puma containers and a Sidekiq container (see the module docstring)."""
    fs = Files()
    webs = {"spree-web-1.log": [14, 17], "spree-web-2.log": [13, 16]}
    WK = "spree-worker.log"
    redis_down = (at(8, 10, 21), at(8, 14, 6))
    hook_down = (at(9, 31), at(10, 14))
    deploy = {"spree-web-1.log": at(11, 0, 12), "spree-web-2.log": at(11, 3, 40)}
    sev_letter = {"DEBUG": "D", "INFO": "I", "WARN": "W", "ERROR": "E", "FATAL": "F"}
    order_no = [418_230]
    pay_id = [9_120]

    def R(
        f: str,
        t: datetime,
        pid: int,
        sev: str,
        tags: str,
        label: str | None,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{sev_letter[sev]}, [{x:%Y-%m-%dT%H:%M:%S}.{us6(x)} #{pid}] {sev:>5} -- : {tags} {msg}"
            ] + (more or [])

        return fs.add(f, t, label, text, (f, pid), US)

    def P(f: str, t: datetime, label: str, msg: str) -> datetime:
        """Puma's master: `[pid] message` on stdout."""
        return fs.add(f, t, label, lambda x: [f"[1] {msg}"], (f, 1), SEC)

    def S(
        t: datetime,
        tid: str,
        ctx: str,
        level: str,
        label: str | None,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        """Sidekiq 7's logger: `time pid tid [class jid [elapsed]] LEVEL: message`."""
        return fs.add(
            WK,
            t,
            label,
            lambda x: (
                [f"{x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}Z pid=1 tid={tid} {ctx}{level}: {msg}"]
                + (more or [])
            ),
            (WK, tid),
            MS,
        )

    def completed(
        f: str,
        t: datetime,
        pid: int,
        tag: str,
        code: int,
        text: str,
        views: float | None,
        ar: float,
        alloc: int,
        total: float,
    ) -> datetime:
        if views is None:
            return R(
                f,
                t,
                pid,
                "INFO",
                tag,
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                f"Completed {code} {text} in {round(total)}ms (ActiveRecord: {ar:.1f}ms | Allocations: {alloc})",
            )
        return R(
            f,
            t,
            pid,
            "INFO",
            tag,
            "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)",
            f"Completed {code} {text} in {round(total)}ms (Views: {views:.1f}ms | ActiveRecord: {ar:.1f}ms | Allocations: {alloc})",
        )

    jobs: list[
        tuple[datetime, str, str, str, str]
    ] = []  # enqueued: (t, class, queue, args, job id)

    def enqueue(
        f: str, t: datetime, pid: int, tag: str, cls: str, queue: str, args: str
    ) -> datetime:
        jid = uid(r)
        t = R(
            f,
            t,
            pid,
            "INFO",
            tag,
            "[ActiveJob] Enqueued %s (Job ID: %s) to %s(%s) with arguments: %s",
            f"[ActiveJob] Enqueued {cls} (Job ID: {jid}) to Sidekiq({queue}) with arguments: {args}",
        )
        jobs.append((t, cls, queue, args, jid))
        return t

    def gid(model: str, n: int) -> str:
        return (
            f"#<GlobalID:0x00007f{hexid(r, 10)} @uri=#<URI::GID gid://spree-starter/{model}/{n}>>"
        )

    def request(f: str, t: datetime, kind: str) -> None:
        pid = r.choice(webs[f])
        tag = f"[{uid(r)}]"
        ip = r.choice(SP_CLIENTS)
        total = r.uniform(25, 180)
        views, ar, alloc = (
            total * r.uniform(0.35, 0.65),
            total * r.uniform(0.1, 0.35),
            r.randint(6000, 60000),
        )
        code, text = 200, "OK"
        params: str | None = None
        extra: list[Callable[[datetime], datetime]] = []
        method, path, ctrl = "GET", "", ""
        fmt = "JSON"
        if kind == "products":
            tx = r.choice(SP_TAXONS)
            page = r.choice(["1", "1", "1", "2", "3"])
            path = f"/api/v2/storefront/products?filter[taxons]={tx}&include=default_variant,images&page={page}&per_page=24"
            ctrl = "Spree::Api::V2::Storefront::ProductsController#index"
            params = f'{{"filter"=>{{"taxons"=>"{tx}"}}, "include"=>"default_variant,images", "page"=>"{page}", "per_page"=>"24"}}'
        elif kind == "product":
            slug = (
                r.choice(SP_SLUGS)
                if r.random() < 0.95
                else r.choice(["trail-runner", "alpine-shell-jacket-2023", "summit-30l-pack"])
            )
            path = f"/api/v2/storefront/products/{slug}?include=variants,option_types,product_properties,images"
            ctrl = "Spree::Api::V2::Storefront::ProductsController#show"
            params = (
                f'{{"include"=>"variants,option_types,product_properties,images", "id"=>"{slug}"}}'
            )
            if slug not in SP_SLUGS:
                code, text, total = 404, "Not Found", r.uniform(6, 20)
                views, ar, alloc = 0.3, total * 0.3, r.randint(2000, 4000)
        elif kind == "cart":
            path = "/api/v2/storefront/cart?include=line_items,variants,variants.images"
            ctrl = "Spree::Api::V2::Storefront::CartController#show"
            params = '{"include"=>"line_items,variants,variants.images"}'
        elif kind == "add_item":
            v = r.randint(201, 260)
            q = r.choice([1, 1, 1, 2])
            method, path = "POST", "/api/v2/storefront/cart/add_item"
            ctrl = "Spree::Api::V2::Storefront::CartController#add_item"
            params = f'{{"variant_id"=>"{v}", "quantity"=>{q}, "cart"=>{{"variant_id"=>"{v}", "quantity"=>{q}}}}}'
        elif kind == "taxons":
            path = "/api/v2/storefront/taxons?filter[roots]=true"
            ctrl = "Spree::Api::V2::Storefront::TaxonsController#index"
            params = '{"filter"=>{"roots"=>"true"}}'
        elif kind == "token":
            method, path = "POST", "/spree_oauth/token"
            ctrl = "Doorkeeper::TokensController#create"
            params = (
                '{"grant_type"=>"password", "username"=>"[FILTERED]", "password"=>"[FILTERED]"}'
            )
            total = r.uniform(250, 420)
            views, ar = 0.2, r.uniform(4, 12)
            if r.random() < 0.12:
                code, text = 400, "Bad Request"
        elif kind == "checkout_update":
            method, path = "PATCH", "/api/v2/storefront/checkout"
            ctrl = "Spree::Api::V2::Storefront::CheckoutController#update"
            params = '{"order"=>{"email"=>"[FILTERED]", "bill_address_attributes"=>{"firstname"=>"[FILTERED]", "lastname"=>"[FILTERED]", "address1"=>"[FILTERED]", "city"=>"Tromsø", "zipcode"=>"9008", "phone"=>"[FILTERED]", "country_iso"=>"NO"}, "ship_address_attributes"=>{"firstname"=>"[FILTERED]", "lastname"=>"[FILTERED]", "address1"=>"[FILTERED]", "city"=>"Tromsø", "zipcode"=>"9008", "phone"=>"[FILTERED]", "country_iso"=>"NO"}}}'
        elif kind == "next":
            method, path = "PATCH", "/api/v2/storefront/checkout/next"
            ctrl = "Spree::Api::V2::Storefront::CheckoutController#next"
        elif kind == "complete":
            method, path = "PATCH", "/api/v2/storefront/checkout/complete"
            ctrl = "Spree::Api::V2::Storefront::CheckoutController#complete"
            total = r.uniform(700, 1900)
            views, ar = r.uniform(20, 60), r.uniform(60, 180)
            roll = r.random()
            if in_any(t, [redis_down]):
                code, text = 500, "Internal Server Error"
            elif roll < 0.16:
                code, text = 422, "Unprocessable Entity"
                code_s, decline, msg = r.choice(
                    [
                        (
                            "card_declined",
                            "insufficient_funds",
                            "Your card has insufficient funds.",
                        ),
                        ("card_declined", "generic_decline", "Your card was declined."),
                        ("expired_card", "expired_card", "Your card has expired."),
                        (
                            "incorrect_cvc",
                            "incorrect_cvc",
                            "Your card's security code is incorrect.",
                        ),
                    ]
                )
                yaml = sp_gateway_yaml(r, code_s, decline, msg)

                def gw(x: datetime, yaml: list[str] = yaml) -> datetime:
                    x = R(f, x, pid, "ERROR", tag, "Gateway Error", "Gateway Error")
                    return R(
                        f,
                        x,
                        pid,
                        "ERROR",
                        tag,
                        "  %s",
                        "  --- !ruby/object:ActiveMerchant::Billing::Response",
                        yaml,
                    )

                extra.append(gw)
            else:
                order_no[0] += r.randint(1, 3)
                oid = order_no[0]
                pay_id[0] += r.randint(1, 3)

                def done(x: datetime, oid: int = oid) -> datetime:
                    x = enqueue(
                        f,
                        x,
                        pid,
                        tag,
                        "ActionMailer::MailDeliveryJob",
                        "mailers",
                        f'"Spree::OrderMailer", "confirm_email", "deliver_now", {{:args=>[{oid}]}}',
                    )
                    x = enqueue(
                        f,
                        x + sec(0.004),
                        pid,
                        tag,
                        "Spree::Webhooks::Subscribers::MakeRequestJob",
                        "spree_webhooks",
                        f'"{{\\"data\\":{{\\"id\\":\\"{oid}\\",\\"type\\":\\"order\\"}}}}", "order.placed", {gid("Spree::Webhooks::Subscriber", 2)}',
                    )
                    return enqueue(
                        f,
                        x + sec(0.003),
                        pid,
                        tag,
                        "Spree::Webhooks::Subscribers::MakeRequestJob",
                        "spree_webhooks",
                        f'"{{\\"data\\":{{\\"id\\":\\"{oid}\\",\\"type\\":\\"order\\"}}}}", "order.paid", {gid("Spree::Webhooks::Subscriber", 2)}',
                    )

                extra.append(done)
        elif kind == "admin_orders":
            ip = SP_ADMIN_IP
            path = "/admin/orders?q[completed_at_not_null]=1"
            ctrl = "Spree::Admin::OrdersController#index"
            fmt = "HTML"
            params = '{"q"=>{"completed_at_not_null"=>"1"}}'
            total = (
                r.uniform(180, 600)
                if not in_any(t, [(at(9, 44), at(9, 52))])
                else r.uniform(6000, 31000)
            )
            views, ar = total * 0.55, total * 0.3

            def rendered(x: datetime) -> datetime:
                x = R(
                    f,
                    x,
                    pid,
                    "INFO",
                    tag,
                    "  Rendered %s within %s (Duration: %.1fms | Allocations: %d)",
                    f"  Rendered spree/admin/orders/index.html.erb within spree/layouts/admin (Duration: {views * 0.6:.1f}ms | Allocations: {alloc // 2})",
                )
                return R(
                    f,
                    x + sec(views * 0.0004),
                    pid,
                    "INFO",
                    tag,
                    "  Rendered layout %s (Duration: %.1fms | Allocations: %d)",
                    f"  Rendered layout spree/layouts/admin.html.erb (Duration: {views:.1f}ms | Allocations: {alloc})",
                )

            extra.append(rendered)
        elif kind == "admin_update":
            ip = SP_ADMIN_IP
            slug = r.choice(SP_SLUGS)
            method, path = "PATCH", f"/admin/products/{slug}"
            ctrl = "Spree::Admin::ProductsController#update"
            fmt = "HTML"
            params = f'{{"authenticity_token"=>"[FILTERED]", "product"=>{{"name"=>"{slug.replace("-", " ").title()}", "price"=>"{r.randint(19, 349)}.00", "available_on"=>"2023-09-01", "taxon_ids"=>["", "{r.choice(SP_TAXONS)}"]}}, "button"=>"", "id"=>"{slug}"}}'
            code, text = 302, "Found"
            views = None

            def redirect(x: datetime, slug: str = slug) -> datetime:
                return R(
                    f,
                    x,
                    pid,
                    "INFO",
                    tag,
                    "Redirected to %s",
                    f"Redirected to https://{SP_HOST}/admin/products/{slug}/edit",
                )

            extra.append(redirect)
        elif kind == "scan":
            ip = r.choice(SP_SCANNERS)
            p = r.choice(SP_SCAN_PATHS)
            t = R(
                f,
                t,
                pid,
                "INFO",
                tag,
                'Started %s "%s" for %s at %s',
                f'Started GET "{p}" for {ip} at {t:%Y-%m-%d %H:%M:%S} +0000',
            )
            R(
                f,
                t + sec(0.004),
                pid,
                "FATAL",
                tag,
                '%s (No route matches [%s] "%s"):',
                "  ",
                [
                    f'{tag} ActionController::RoutingError (No route matches [GET] "{p}"):',
                    f"{tag}   ",
                ],
            )
            return
        t = R(
            f,
            t,
            pid,
            "INFO",
            tag,
            'Started %s "%s" for %s at %s',
            f'Started {method} "{path}" for {ip} at {t:%Y-%m-%d %H:%M:%S} +0000',
        )
        c, a = ctrl.split("#")
        t = R(
            f,
            t + sec(r.uniform(0.0005, 0.003)),
            pid,
            "INFO",
            tag,
            "Processing by %s#%s as %s",
            f"Processing by {c}#{a} as {fmt}",
        )
        if params:
            t = R(
                f, t + sec(0.0002), pid, "INFO", tag, "  Parameters: %s", f"  Parameters: {params}"
            )
        t0 = t
        for fn in extra:
            t = fn(t + sec(total * r.uniform(0.2, 0.6) / 1000))
        end = max(t, t0 + sec(total / 1000))
        if code == 500:
            end = completed(f, end, pid, tag, 500, text, None, ar, alloc, total)
            frames = [
                "redis-client (0.22.2) lib/redis_client/ruby_connection.rb:145:in `rescue in connect'",
                "redis-client (0.22.2) lib/redis_client/ruby_connection.rb:111:in `connect'",
                "sidekiq (7.2.4) lib/sidekiq/client.rb:220:in `raw_push'",
                "activejob (7.1.3.4) lib/active_job/queue_adapters/sidekiq_adapter.rb:21:in `enqueue'",
                "spree_core (4.8.3) app/models/spree/order.rb:432:in `deliver_order_confirmation_email'",
            ]
            R(
                f,
                end + sec(0.001),
                pid,
                "FATAL",
                tag,
                "%s (Connection refused - connect(2) for %s:%s (%s)):",
                "  ",
                [
                    f"{tag} RedisClient::CannotConnectError (Connection refused - connect(2) for 172.18.0.5:6379 (redis://redis:6379/0)):",
                    f"{tag}   ",
                ]
                + [f"{tag} {x}" for x in frames],
            )
            return
        completed(f, end, pid, tag, code, text, views, ar, alloc, total)

    kinds = [
        (30, "products"),
        (24, "product"),
        (10, "cart"),
        (10, "add_item"),
        (5, "taxons"),
        (5, "token"),
        (6, "checkout_update"),
        (5, "next"),
        (9, "complete"),
        (2, "admin_orders"),
        (1.2, "admin_update"),
        (1.3, "scan"),
    ]
    for f in webs:
        for t in jitter_times(r, T0, T_END, 100):
            if deploy[f] <= t < deploy[f] + sec(50):
                continue
            request(f, t, r.choices([k for _, k in kinds], [w for w, _ in kinds])[0])
        if f == "spree-web-1.log":
            for t in [redis_down[0] + sec(41.3), redis_down[0] + sec(162.8)]:
                request(f, t, "complete")
        # the admin's CSV export at 09:44 hangs a worker: Puma kills it
        if f == "spree-web-2.log":
            t = P(
                f,
                at(9, 49, 2),
                "! Terminating timed out worker (worker failed to check in within %s seconds): %d",
                "! Terminating timed out worker (worker failed to check in within 60 seconds): 16",
            )
            P(
                f,
                t + sec(r.uniform(2, 4)),
                "- Worker %d (PID: %d) booted in %ss, phase: %d",
                "- Worker 1 (PID: 22) booted in 0.01s, phase: 0",
            )
        # the 11:00 deploy
        t = P(
            f,
            deploy[f],
            "- Gracefully shutting down workers...",
            "- Gracefully shutting down workers...",
        )
        t = P(
            f,
            t + sec(r.uniform(1, 3)),
            "=== puma shutdown: %s ===",
            f"=== puma shutdown: {t:%Y-%m-%d %H:%M:%S} +0000 ===",
        )
        t = P(f, t, "- Goodbye!", "- Goodbye!")
        t += sec(r.uniform(25, 40))
        for label, msg in [
            ("Puma starting in cluster mode...", "Puma starting in cluster mode..."),
            (
                '* Puma version: %s (%s %s-p%s) ("%s")',
                '* Puma version: 6.4.2 (ruby 3.3.1-p55) ("The Eagle of Durango")',
            ),
            ("*  Min threads: %s", "*  Min threads: 5"),
            ("*  Max threads: %s", "*  Max threads: 5"),
            ("*  Environment: %s", "*  Environment: production"),
            ("*   Master PID: %s", "*   Master PID: 1"),
            ("*      Workers: %s", "*      Workers: 2"),
            ("*     Restarts: (✔) hot (✖) phased", "*     Restarts: (✔) hot (✖) phased"),
            ("* Preloading application", "* Preloading application"),
            ("* Listening on %s", "* Listening on http://0.0.0.0:3000"),
            ("Use Ctrl-C to stop", "Use Ctrl-C to stop"),
        ]:
            t = P(
                f,
                t + sec(r.uniform(0.0, 0.3) if "Listening" not in msg else r.uniform(3, 6)),
                label,
                msg,
            )
        for i, pid in enumerate(webs[f]):
            P(
                f,
                t + sec(r.uniform(0.5, 1.5)),
                "- Worker %d (PID: %d) booted in %ss, phase: %d",
                f"- Worker {i} (PID: {pid}) booted in {r.uniform(0.0, 0.02):.2f}s, phase: 0",
            )

    # --- the worker
    tids = ["2ot", "1jq0", "1rb2", "194g", "1n5p"]

    def aj(
        t: datetime,
        sev: str,
        cls: str,
        jid: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return R(WK, t, 1, sev, f"[ActiveJob] [{cls}] [{jid}]", label, msg, more)

    for t_enq, cls, queue, args, jid in sorted(jobs):
        t = t_enq + sec(r.uniform(0.01, 0.4))
        if in_any(t, [redis_down]):
            continue
        tid = r.choice(tids)
        sjid = hexid(r, 24)
        ctx = f"class={cls} jid={sjid} "
        t = S(t, tid, ctx, "INFO", "start", "start")
        t = aj(
            t + sec(0.002),
            "INFO",
            cls,
            jid,
            "Performing %s (Job ID: %s) from %s(%s) enqueued at %s with arguments: %s",
            f"Performing {cls} (Job ID: {jid}) from Sidekiq({queue}) enqueued at {t_enq:%Y-%m-%dT%H:%M:%S}Z with arguments: {args}",
        )
        t0 = t
        if cls == "ActionMailer::MailDeliveryJob":
            dur = r.uniform(180, 900)
            t = R(
                WK,
                t + sec(dur / 1000),
                1,
                "INFO",
                f"[ActiveJob] [{cls}] [{jid}]",
                "Delivered mail %s (%.1fms)",
                f"Delivered mail {hexid(r, 24)}_{r.randint(10, 99)}@spree-worker.mail ({dur * 0.8:.1f}ms)",
            )
        else:
            event = "order.placed" if "order.placed" in args else "order.paid"
            if in_any(t, [hook_down]):
                dur = r.uniform(5000, 5100)
                t = aj(
                    t + sec(dur / 1000),
                    "WARN",
                    cls,
                    jid,
                    "[SPREE WEBHOOKS] '%s' failed for '%s'",
                    f"[SPREE WEBHOOKS] '{event}' failed for '{SP_HOOK}'",
                )
            else:
                dur = r.uniform(60, 400)
                t += sec(dur / 1000)
        el = (t - t0).total_seconds() * 1000 + r.uniform(1, 4)
        t = aj(
            t + sec(0.001),
            "INFO",
            cls,
            jid,
            "Performed %s (Job ID: %s) from %s(%s) in %.2fms",
            f"Performed {cls} (Job ID: {jid}) from Sidekiq({queue}) in {el:.2f}ms",
        )
        S(t + sec(0.001), tid, ctx + f"elapsed={el / 1000 + 0.003:.3f} ", "INFO", "done", "done")

    # the misconfigured staging subscriber: a URL with no host
    for t in jitter_times(r, at(7, 5), at(9, 20), 900):
        cls, jid, sjid, tid = (
            "Spree::Webhooks::Subscribers::MakeRequestJob",
            uid(r),
            hexid(r, 24),
            r.choice(tids),
        )
        ctx = f"class={cls} jid={sjid} "
        t = S(t, tid, ctx, "INFO", "start", "start")
        t = aj(
            t + sec(0.002),
            "INFO",
            cls,
            jid,
            "Performing %s (Job ID: %s) from %s(%s) enqueued at %s with arguments: %s",
            f'Performing {cls} (Job ID: {jid}) from Sidekiq(spree_webhooks) enqueued at {t:%Y-%m-%dT%H:%M:%S}Z with arguments: "{{\\"data\\":{{\\"id\\":\\"{r.randint(201, 260)}\\",\\"type\\":\\"variant\\"}}}}", "product.out_of_stock", {gid("Spree::Webhooks::Subscriber", 3)}',
        )
        t = aj(
            t + sec(0.003),
            "WARN",
            cls,
            jid,
            "[SPREE WEBHOOKS] '%s' can not make a request to '%s'",
            f"[SPREE WEBHOOKS] 'product.out_of_stock' can not make a request to '{SP_BAD_HOOK}'",
        )
        t = aj(
            t + sec(0.002),
            "INFO",
            cls,
            jid,
            "Performed %s (Job ID: %s) from %s(%s) in %.2fms",
            f"Performed {cls} (Job ID: {jid}) from Sidekiq(spree_webhooks) in {r.uniform(8, 20):.2f}ms",
        )
        S(
            t + sec(0.001),
            tid,
            ctx + f"elapsed={r.uniform(0.01, 0.03):.3f} ",
            "INFO",
            "done",
            "done",
        )

    # redis restarted at 08:10: the fetchers fail until it is back
    for i, tid in enumerate(tids[:3]):
        t = redis_down[0] + sec(r.uniform(0.1, 2.0))
        S(
            t,
            tid,
            "",
            "WARN",
            "%s: Connection refused - connect(2) for %s:%s (%s)",
            "RedisClient::CannotConnectError: Connection refused - connect(2) for 172.18.0.5:6379 (redis://redis:6379/0)",
        )
        S(
            t + sec(0.001),
            tid,
            "",
            "WARN",
            None,
            SP_REDIS_FRAMES[0],
            [
                *SP_REDIS_FRAMES[1:],
                f"/usr/local/bundle/gems/sidekiq-7.2.4/lib/sidekiq/processor.rb:{84 + i}:in `get_one'",
            ],
        )
        down_for = (redis_down[1] - t).total_seconds() + r.uniform(0.2, 1.5)
        S(
            redis_down[1] + sec(r.uniform(0.2, 1.5)),
            tid,
            "",
            "INFO",
            "Redis is online, %s sec downtime",
            f"Redis is online, {down_for:.15g} sec downtime",
        )

    return fs.logs(T0)


# ---------------------------------------------------------------------------------- killbill

KB_PLUGIN = "__INVOICE_PAYMENT_CONTROL_PLUGIN__"
KB_PLANS = [
    ("starter-monthly", "9.00"),
    ("team-monthly", "29.00"),
    ("team-annual", "290.00"),
    ("business-monthly", "99.00"),
]
KB_LOCK_FRAMES = [
    "\tat org.killbill.commons.locker.GlobalLockerBase.lockWithNumberOfTries(GlobalLockerBase.java:77)",
    "\tat org.killbill.billing.invoice.InvoiceDispatcher.processAccount(InvoiceDispatcher.java:318)",
    "\tat org.killbill.billing.invoice.InvoiceDispatcher.processAccountFromNotificationOrBusEvent(InvoiceDispatcher.java:276)",
    "\tat org.killbill.billing.invoice.InvoiceListener.handleNextBillingDateEvent(InvoiceListener.java:265)",
    "\tat org.killbill.billing.invoice.notification.DefaultNextBillingDateNotifier.processEvent(DefaultNextBillingDateNotifier.java:118)",
    "\tat org.killbill.notificationq.NotificationQueueDispatcher$NotificationCallableCallback.dispatch(NotificationQueueDispatcher.java:257)",
    "\tat org.killbill.queue.dispatching.CallableCallbackBase.call(CallableCallbackBase.java:49)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]
KB_STATE_FRAMES = [
    "\tat org.killbill.billing.invoice.generator.InvoiceWithMetadata.build(InvoiceWithMetadata.java:143)",
    "\tat org.killbill.billing.invoice.generator.FixedAndRecurringInvoiceItemGenerator.generateItems(FixedAndRecurringInvoiceItemGenerator.java:118)",
    "\tat org.killbill.billing.invoice.generator.DefaultInvoiceGenerator.generateInvoice(DefaultInvoiceGenerator.java:95)",
    "\tat org.killbill.billing.invoice.InvoiceDispatcher.generateKillBillInvoice(InvoiceDispatcher.java:1022)",
    "\tat org.killbill.billing.invoice.InvoiceDispatcher.processAccountWithLockAndInputTargetDate(InvoiceDispatcher.java:684)",
    "\tat org.killbill.billing.invoice.InvoiceDispatcher.processAccountInternal(InvoiceDispatcher.java:398)",
    "\tat org.killbill.billing.invoice.InvoiceDispatcher.processAccount(InvoiceDispatcher.java:320)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]
KB_TOMCAT_LEAK = [
    "\tjava.base@17.0.11/java.lang.Object.wait(Native Method)",
    "\tjava.base@17.0.11/java.lang.ref.ReferenceQueue.remove(ReferenceQueue.java:155)",
    "\tcom.mysql.cj.jdbc.AbandonedConnectionCleanupThread.run(AbandonedConnectionCleanupThread.java:91)",
    "\tjava.base@17.0.11/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tjava.base@17.0.11/java.lang.Thread.run(Thread.java:840)",
]


class KbAccount:
    def __init__(self, r: random.Random, n: int) -> None:
        self.id = uid(r)
        self.record = 1000 + n
        self.pm = uid(r)
        self.plan = r.choices(KB_PLANS, [5, 8, 1, 2])[0]
        self.bundle = uid(r)
        self.sub = uid(r)
        self.token = uid(r)


def killbill(r: random.Random) -> list[Log]:
    """Kill Bill 0.24 on two Tomcat nodes (see the module docstring)."""
    fs = Files()
    nodes = ["killbill-1.log", "killbill-2.log"]
    db_failover = (at(9, 22, 5), at(9, 23, 40))
    plugin_slow = (at(10, 5), at(10, 26))
    restart = at(10, 41, 30)
    parked = [KbAccount(r, 9000)]

    def K(
        f: str,
        t: datetime,
        lvl: str,
        log: str,
        th: str,
        label: str | None,
        msg: str,
        more: list[str] | None = None,
        xff: str = "",
        rid: str = "",
        tok: str = "",
        arid: str = "",
        trid: str = "",
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%dT%H:%M:%S},{ms3(x)}+0000 lvl='{lvl}', log='{log}', th='{th}', xff='{xff}', rId='{rid}', tok='{tok}', aRId='{arid}', tRId='{trid}', {msg}"
            ] + (more or [])

        return fs.add(f, t, label, text, (f, th), MS)

    def C(
        f: str,
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        """Tomcat's JUL OneLineFormatter."""
        return fs.add(
            f,
            t,
            label,
            lambda x: (
                [f"{x:%d-%b-%Y %H:%M:%S}.{ms3(x)} {level} [{thread}] {logger} {msg}"] + (more or [])
            ),
            (f, thread),
            MS,
        )

    def item(
        a: KbAccount,
        inv: str,
        start: str,
        end: str,
        amount: str,
        kind: str = "RecurringInvoiceItem",
    ) -> str:
        plan = a.plan[0]
        return f"\t item = {kind}{{id={uid(r)}, invoiceId={inv}, accountId={a.id}, childAccountId=null, bundleId={a.bundle}, subscriptionId={a.sub}, planName='{plan}', phaseName='{plan}-evergreen', usageName='null', productName='{plan.split('-')[0].title()}', startDate={start}, endDate={end}, amount={amount}, rate={amount}, currency=USD, linkedItemId=null}}"

    def timings(f: str, t: datetime, th: str, ctx: dict, null: bool) -> datetime:
        v = [
            r.randint(3, 25),
            r.randint(2, 12),
            r.randint(1, 9),
            r.randint(0, 2),
            r.randint(0, 3),
            r.randint(0, 2),
            0 if null else r.randint(8, 40),
            r.randint(2, 9),
        ]
        if in_any(t, [db_failover]):
            v = [x * 40 + r.randint(1000, 9000) for x in v]
        names = [
            "BILLING_EVENTS",
            "FETCH_INVOICES",
            "INVOICE_GENERATION",
            "PLUGINS_PRIOR_CALL",
            "PLUGINS_ADDITIONAL_ITEMS",
            "PLUGINS_COMPLETION_CALL",
            "COMMIT_INVOICE",
            "SET_CHARGE_THROUGH_DT",
        ]
        return K(
            f,
            t,
            "INFO",
            "InvoiceDispatcher",
            th,
            "Invoice timings: BILLING_EVENTS=%d mSec, FETCH_INVOICES=%d mSec, INVOICE_GENERATION=%d mSec, PLUGINS_PRIOR_CALL=%d mSec, PLUGINS_ADDITIONAL_ITEMS=%d mSec, PLUGINS_COMPLETION_CALL=%d mSec, COMMIT_INVOICE=%d mSec, SET_CHARGE_THROUGH_DT=%d mSec",
            "Invoice timings: " + ", ".join(f"{k}={x} mSec" for k, x in zip(names, v, strict=True)),
            **ctx,
        )

    def payment(
        f: str,
        t: datetime,
        a: KbAccount,
        amount: str,
        th: str,
        ctx: dict,
        api_keys: tuple[str, str] | None = None,
    ) -> datetime:
        keys = ""
        if api_keys:
            keys = f", paymentExternalKey='{api_keys[0]}', paymentTransactionExternalKey='{api_keys[1]}'"
            t = K(
                f,
                t,
                "INFO",
                "DefaultPaymentApi",
                th,
                "ENTERING PaymentApi: transactionType='%s', accountId='%s', paymentMethodId='%s', paymentExternalKey='%s', paymentTransactionExternalKey='%s', amount='%s', currency='%s', paymentControlPluginNames='%s'",
                f"ENTERING PaymentApi: transactionType='PURCHASE', accountId='{a.id}', paymentMethodId='{a.pm}'{keys}, amount='{amount}', currency='USD', paymentControlPluginNames='{KB_PLUGIN}'",
                **ctx,
            )
        else:
            t = K(
                f,
                t,
                "INFO",
                "DefaultPaymentApi",
                th,
                "ENTERING PaymentApi: transactionType='%s', accountId='%s', paymentMethodId='%s', amount='%s', currency='%s', paymentControlPluginNames='%s'",
                f"ENTERING PaymentApi: transactionType='PURCHASE', accountId='{a.id}', paymentMethodId='{a.pm}', amount='{amount}', currency='USD', paymentControlPluginNames='{KB_PLUGIN}'",
                **ctx,
            )
            api_keys = (uid(r), uid(r))
        status = "SUCCESS"
        dur = r.uniform(0.4, 1.6)
        if in_any(t, [plugin_slow]):
            dur = r.uniform(20, 31)
            status = "PLUGIN_FAILURE" if dur > 30 else r.choice(["SUCCESS", "UNKNOWN"])
        elif r.random() < 0.07:
            status = "PAYMENT_FAILURE"
        return K(
            f,
            t + sec(dur),
            "INFO",
            "DefaultPaymentApi",
            th,
            "EXITING PaymentApi: transactionType='%s', accountId='%s', paymentMethodId='%s', paymentExternalKey='%s', paymentTransactionExternalKey='%s', paymentId='%s', transactionId='%s', amount='%s', currency='%s', transactionStatus='%s', paymentControlPluginNames='%s'",
            f"EXITING PaymentApi: transactionType='PURCHASE', accountId='{a.id}', paymentMethodId='{a.pm}', paymentExternalKey='{api_keys[0]}', paymentTransactionExternalKey='{api_keys[1]}', paymentId='{uid(r)}', transactionId='{uid(r)}', amount='{amount}', currency='USD', transactionStatus='{status}', paymentControlPluginNames='{KB_PLUGIN}'",
            **ctx,
        )

    def invoice_run(
        f: str, t: datetime, a: KbAccount, th: str, ctx: dict, kind: str = "recurring"
    ) -> datetime:
        target = f"{t:%Y-%m-%d}"
        aid = a.id
        if kind == "null":
            t = K(
                f,
                t,
                "INFO",
                "InvoiceDispatcher",
                th,
                "Generated null invoice for accountId='%s', targetDate='%s'",
                f"Generated null invoice for accountId='{aid}', targetDate='{target}'",
                **ctx,
            )
            return timings(f, t + sec(0.001), th, ctx, True)
        inv = uid(r)
        plan, price = a.plan
        months = 12 if "annual" in plan else 1
        end = (
            f"{t.year + (1 if months == 12 else 0)}-{(t.month % 12) + (0 if months == 12 else 1):02d}-{t.day:02d}"
            if months == 1
            else f"{t.year + 1}-{t.month:02d}-{t.day:02d}"
        )
        if kind == "adjust":
            old = uid(r)
            n = 2
            items = [
                "",
                item(
                    a,
                    old,
                    "2024-05-21",
                    "2024-06-21",
                    f"-{float(price) * 0.47:.2f}",
                    "RepairAdjInvoiceItem",
                ),
                item(
                    a,
                    old,
                    "2024-06-07",
                    "2024-06-21",
                    f"{float(price) * 0.47:.2f}",
                    "ItemAdjInvoiceItem",
                ),
            ]
            t = K(
                f,
                t,
                "INFO",
                "InvoiceDispatcher",
                th,
                "Adjusting existing invoiceId='%s', numberOfItems='%d', accountId='%s', targetDate='%s':%n",
                f"Adjusting existing invoiceId='{old}', numberOfItems='{n}', accountId='{aid}', targetDate='{target}':",
                items,
                **ctx,
            )
            return timings(f, t + sec(0.002), th, ctx, False)
        items = [item(a, inv, target, end, price)]
        if r.random() < 0.12:
            items.append(item(a, inv, target, end, f"{r.randint(1, 40)}.00", "UsageInvoiceItem"))
        t = K(
            f,
            t,
            "INFO",
            "InvoiceDispatcher",
            th,
            "Generated invoiceId='%s', numberOfItems='%d', accountId='%s', targetDate='%s':",
            f"Generated invoiceId='{inv}', numberOfItems='{len(items)}', accountId='{aid}', targetDate='{target}':",
            items,
            **ctx,
        )
        t = timings(f, t + sec(0.002), th, ctx, False)
        return t

    # the billing runs: each account's next billing date fires at its local midnight
    batches = [
        (at(6, 0, 0.8), 118),
        (at(7, 0, 0.6), 164),
        (at(8, 0, 0.9), 17),
        (at(10, 0, 0.7), 11),
    ]
    n = 0
    for start, count in batches:
        t = start
        for _ in range(count):
            n += 1
            a = KbAccount(r, n)
            f = r.choice(nodes)
            if f == "killbill-2.log" and restart <= t < restart + sec(95):
                f = "killbill-1.log"
            ctx = {"tok": a.token, "arid": str(a.record), "trid": "1"}
            if in_any(t, [db_failover]):
                t = db_failover[1] + sec(r.uniform(1, 5))
            th = "notifications-th"
            if r.random() < 0.03:
                t2 = K(
                    f,
                    t,
                    "INFO",
                    "InvoiceDispatcher",
                    th,
                    "Rescheduling invoice call at time %s",
                    f"Rescheduling invoice call at time {t + sec(300):%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z",
                    **ctx,
                )
                t = t2 + sec(r.uniform(0.05, 0.4))
                continue
            t2 = invoice_run(f, t + sec(r.uniform(0.02, 0.2)), a, th, ctx)
            payment(f, t2 + sec(r.uniform(0.05, 0.3)), a, a.plan[1], "bus-th", ctx)
            t += sec(r.uniform(0.6, 4.5) * (3 if in_any(t, [plugin_slow]) else 1))

    # the merchant's app: sign-ups, plan changes and cancellations through the API, all day
    for t in jitter_times(r, T0, T_END, 125):
        n += 1
        a = KbAccount(r, n)
        f = r.choice(nodes)
        if f == "killbill-2.log" and restart <= t < restart + sec(95):
            f = "killbill-1.log"
        if in_any(t, [db_failover]):
            continue
        th = f"http-nio-8080-exec-{r.randint(1, 24)}"
        ctx = {
            "xff": r.choice(["203.0.113.40", "203.0.113.41"]),
            "rid": uid(r),
            "tok": a.token,
            "arid": str(a.record),
            "trid": "1",
        }
        kind = r.choices(["new", "change", "cancel"], [6, 2, 3])[0]
        if kind == "new":
            t2 = invoice_run(f, t, a, th, ctx)
            payment(
                f,
                t2 + sec(r.uniform(0.05, 0.3)),
                a,
                a.plan[1],
                th,
                ctx,
                (f"order-{r.randint(100000, 999999)}", uid(r)),
            )
        elif kind == "change":
            invoice_run(f, t, a, th, ctx, "adjust")
        else:
            invoice_run(f, t, a, th, ctx, "null")

    # an account whose subscription events went out of order: parked, fixed by support at 10:52
    a = parked[0]
    ctx = {"tok": a.token, "arid": str(a.record), "trid": "1"}
    t = K(
        "killbill-1.log",
        at(7, 0, 41.2),
        "WARN",
        "InvoiceDispatcher",
        "notifications-th",
        "Illegal invoicing state detected for accountId='%s', dryRunArguments='%s', parking account",
        f"Illegal invoicing state detected for accountId='{a.id}', dryRunArguments='null', parking account",
        [
            f"org.killbill.billing.invoice.api.InvoiceApiException: Double billing detected for subscriptionId='{a.sub}', startDate='2024-06-07', endDate='2024-07-07', existing items='[{uid(r)}, {uid(r)}]'",
            *KB_STATE_FRAMES,
        ],
        **ctx,
    )
    for t in [at(8, 0, 12.5), at(9, 0, 8.1), at(10, 0, 9.9)]:
        K(
            r.choice(nodes),
            t,
            "WARN",
            "InvoiceDispatcher",
            "notifications-th",
            "Ignoring invoice generation process for accountId='%s', targetDate='%s', account is parked",
            f"Ignoring invoice generation process for accountId='{a.id}', targetDate='2024-06-07', account is parked",
            **ctx,
        )
    actx = {"xff": "10.8.0.14", "rid": uid(r), "tok": uid(r), "arid": str(a.record), "trid": "1"}
    t = K(
        "killbill-1.log",
        at(10, 52, 18),
        "INFO",
        "InvoiceDispatcher",
        "http-nio-8080-exec-3",
        "Illegal invoicing state fixed for accountId='%s', unparking account",
        f"Illegal invoicing state fixed for accountId='{a.id}', unparking account",
        **actx,
    )
    invoice_run("killbill-1.log", t + sec(0.2), a, "http-nio-8080-exec-3", actx)

    # lock contention between the two nodes during the 07:00 batch
    for t in [at(7, 1, 44.0), at(7, 3, 12.7), at(7, 6, 58.3)]:
        b = KbAccount(r, 8000 + t.minute)
        K(
            "killbill-2.log",
            t,
            "WARN",
            "InvoiceDispatcher",
            "notifications-th",
            "Failed to process invoice for accountId='%s', targetDate='%s'",
            f"Failed to process invoice for accountId='{b.id}', targetDate='2024-06-07'",
            ["org.killbill.commons.locker.LockFailedException: null", *KB_LOCK_FRAMES],
            tok=b.token,
            arid=str(b.record),
            trid="1",
        )

    # the database fails over at 09:22: HikariCP drops the dead connections
    for f in nodes:
        t = db_failover[0] + sec(r.uniform(0, 4))
        for _ in range(r.randint(4, 7)):
            conn = f"com.mysql.cj.jdbc.ConnectionImpl@{hexid(r, 8)}"
            K(
                f,
                t,
                "WARN",
                "ProxyConnection",
                r.choice(["notifications-th", "bus-th", f"http-nio-8080-exec-{r.randint(1, 24)}"]),
                "%s - Connection %s marked as broken because of SQLSTATE(%s), ErrorCode(%s)",
                f"HikariPool-1 - Connection {conn} marked as broken because of SQLSTATE(08S01), ErrorCode(0)",
                [
                    "com.mysql.cj.jdbc.exceptions.CommunicationsException: Communications link failure",
                    "",
                    "The last packet successfully received from the server was 1,208 milliseconds ago. The last packet sent successfully to the server was 1,209 milliseconds ago.",
                    "\tat com.mysql.cj.jdbc.exceptions.SQLError.createCommunicationsException(SQLError.java:165)",
                    "\tat com.mysql.cj.jdbc.exceptions.SQLExceptionsMapping.translateException(SQLExceptionsMapping.java:55)",
                    "\tat com.mysql.cj.jdbc.ClientPreparedStatement.executeInternal(ClientPreparedStatement.java:912)",
                    "\tat com.zaxxer.hikari.pool.ProxyPreparedStatement.executeQuery(ProxyPreparedStatement.java:52)",
                ],
            )
            t += sec(r.uniform(0.05, 3))
        for _ in range(r.randint(2, 4)):
            conn = f"com.mysql.cj.jdbc.ConnectionImpl@{hexid(r, 8)}"
            K(
                f,
                t,
                "WARN",
                "PoolBase",
                "HikariPool-1 housekeeper",
                "%s - Failed to validate connection %s (%s). Possibly consider using a shorter maxLifetime value.",
                f"HikariPool-1 - Failed to validate connection {conn} (No operations allowed after connection closed.). Possibly consider using a shorter maxLifetime value.",
            )
            t += sec(r.uniform(0.5, 6))
    K(
        "killbill-2.log",
        at(9, 51, 17),
        "WARN",
        "HikariPool",
        "HikariPool-1 housekeeper",
        "%s - Thread starvation or clock leap detected (housekeeper delta=%s).",
        "HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s241ms).",
    )

    # node 2 redeployed at 10:41 (a plugin upgrade): Tomcat stops and starts
    f = "killbill-2.log"
    t = C(
        f,
        restart,
        "INFO",
        "main",
        "org.apache.coyote.AbstractProtocol.pause",
        "Pausing ProtocolHandler [%s]",
        'Pausing ProtocolHandler ["http-nio-8080"]',
    )
    t = C(
        f,
        t + sec(0.01),
        "INFO",
        "main",
        "org.apache.catalina.core.StandardService.stopInternal",
        "Stopping service [%s]",
        "Stopping service [Catalina]",
    )
    t = C(
        f,
        t + sec(2.4),
        "WARNING",
        "main",
        "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads",
        "The web application [%s] appears to have started a thread named [%s] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:",
        "The web application [ROOT] appears to have started a thread named [mysql-cj-abandoned-connection-cleanup] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:",
        KB_TOMCAT_LEAK,
    )
    t = C(
        f,
        t + sec(0.1),
        "INFO",
        "main",
        "org.apache.coyote.AbstractProtocol.stop",
        "Stopping ProtocolHandler [%s]",
        'Stopping ProtocolHandler ["http-nio-8080"]',
    )
    t = C(
        f,
        t + sec(0.01),
        "INFO",
        "main",
        "org.apache.coyote.AbstractProtocol.destroy",
        "Destroying ProtocolHandler [%s]",
        'Destroying ProtocolHandler ["http-nio-8080"]',
    )
    t += sec(r.uniform(8, 12))
    t = C(
        f,
        t,
        "INFO",
        "main",
        "org.apache.catalina.startup.VersionLoggerListener.log",
        "Server version name:   %s",
        "Server version name:   Apache Tomcat/9.0.89",
    )
    t = C(
        f,
        t + sec(0.002),
        "INFO",
        "main",
        "org.apache.catalina.startup.VersionLoggerListener.log",
        "Server built:          %s",
        "Server built:          May 3 2024 20:22:11 UTC",
    )
    t = C(
        f,
        t + sec(0.001),
        "INFO",
        "main",
        "org.apache.catalina.startup.VersionLoggerListener.log",
        "Server version number: %s",
        "Server version number: 9.0.89.0",
    )
    t = C(
        f,
        t + sec(0.4),
        "INFO",
        "main",
        "org.apache.coyote.AbstractProtocol.init",
        "Initializing ProtocolHandler [%s]",
        'Initializing ProtocolHandler ["http-nio-8080"]',
    )
    t = C(
        f,
        t + sec(0.02),
        "INFO",
        "main",
        "org.apache.catalina.startup.Catalina.load",
        "Server initialization in [%s] milliseconds",
        f"Server initialization in [{r.randint(500, 900)}] milliseconds",
    )
    t = C(
        f,
        t + sec(0.02),
        "INFO",
        "main",
        "org.apache.catalina.core.StandardService.startInternal",
        "Starting service [%s]",
        "Starting service [Catalina]",
    )
    t = C(
        f,
        t + sec(0.001),
        "INFO",
        "main",
        "org.apache.catalina.core.StandardEngine.startInternal",
        "Starting Servlet engine: [%s]",
        "Starting Servlet engine: [Apache Tomcat/9.0.89]",
    )
    t = C(
        f,
        t + sec(0.02),
        "INFO",
        "main",
        "org.apache.catalina.startup.HostConfig.deployWAR",
        "Deploying web application archive [%s]",
        "Deploying web application archive [/var/lib/tomcat/webapps/ROOT.war]",
    )
    t = C(
        f,
        t + sec(9.8),
        "INFO",
        "main",
        "org.apache.jasper.servlet.TldScanner.scanJars",
        "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.",
        "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.",
    )
    dep = r.randint(52000, 68000)
    t = C(
        f,
        t + sec(dep / 1000 - 10),
        "INFO",
        "main",
        "org.apache.catalina.startup.HostConfig.deployWAR",
        "Deployment of web application archive [%s] has finished in [%s] ms",
        f"Deployment of web application archive [/var/lib/tomcat/webapps/ROOT.war] has finished in [{dep:,}] ms",
    )
    t = C(
        f,
        t + sec(0.01),
        "INFO",
        "main",
        "org.apache.coyote.AbstractProtocol.start",
        "Starting ProtocolHandler [%s]",
        'Starting ProtocolHandler ["http-nio-8080"]',
    )
    C(
        f,
        t + sec(0.02),
        "INFO",
        "main",
        "org.apache.catalina.startup.Catalina.start",
        "Server startup in [%s] milliseconds",
        f"Server startup in [{dep + r.randint(200, 500)}] milliseconds",
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------- btcpay-server

BP_VERSION = "1.13.5"
BP_PLUGINS = [
    "BTCPayServer",
    "BTCPayServer.Plugins.Shopify",
    "BTCPayServer.Plugins.PointOfSale",
    "BTCPayServer.Plugins.PayButton",
    "BTCPayServer.Plugins.NFC",
    "BTCPayServer.Plugins.Crowdfund",
]
BP_EXITED = [
    "DelayedTransactionBroadcasterHostedService",
    "TorServices",
    "CheckConfigurationHostedService",
    "PullPaymentHostedService",
    "NBXplorerListener",
    "LightningListener",
    "LightningPendingPayoutListener",
]
BP_LN_TRACE = [
    "System.Net.Http.HttpRequestException: Connection refused (lnd_bitcoin:8080)",
    " ---> System.Net.Sockets.SocketException (111): Connection refused",
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)",
    "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
    "   --- End of inner exception stack trace ---",
    "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
    "   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)",
    "   at BTCPayServer.Lightning.LND.LndSwaggerClient.GetInfoAsync(CancellationToken cancellationToken)",
    "   at BTCPayServer.Payments.Lightning.LightningInstanceListener.Listen(CancellationToken cancellation) in /source/BTCPayServer/Payments/Lightning/LightningListener.cs:line 518",
]


def block_times(r: random.Random) -> list[tuple[datetime, int, str]]:
    """The chain both the BTCPay instances and the lnd nodes see: (time, height, hash)."""
    out, h = [], 846_201
    for t in jitter_times(r, T0 - sec(300), T_END, 600):
        out.append((t, h, "00000000000000000002" + hexid(r, 44)))
        h += 1
    return out


def btcpay(r: random.Random) -> list[Log]:
    """BTCPay Server 1.13 for three shops, each its own docker deployment (see the module docstring)."""
    fs = Files()
    shops = {
        "btcpay-fjellgear.log": {"gap": 170, "ln": 0.3},
        "btcpay-kaffebar.log": {"gap": 150, "ln": 0.75},
        "btcpay-bokhandel.log": {"gap": 520, "ln": 0.0},
    }
    blocks = block_times(random.Random("heldout-round302-chain"))
    nbx_down = (at(8, 51, 12), at(9, 4, 40))
    lnd_down = (at(10, 21, 33), at(10, 25, 2))  # the lnd node's health-check shutdown (see lnd)
    restart = at(11, 0, 20)
    lvl = {"INFO": "INF", "WARN": "WRN", "ERROR": "ERR"}

    def B(
        f: str, t: datetime, level: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: (
                [f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} +00:00 [{lvl[level]}] {msg}"] + (more or [])
            ),
            f,
            MS,
        )

    def ev(f: str, t: datetime, inv: str, name: str, code: int) -> datetime:
        return B(
            f,
            t,
            "INFO",
            "Invoice %s new event: %s (%d)",
            f"Invoice {inv} new event: {name} ({code})",
        )

    def status(f: str, t: datetime, st: str) -> datetime:
        return B(f, t, "INFO", "Invoice status is %s", f"Invoice status is {st}")

    def up(f: str, t: datetime) -> bool:
        return not (f == "btcpay-bokhandel.log" and restart <= t < restart + sec(75))

    for f, cfg in shops.items():
        for t, _h, _ in blocks:
            if t >= T0 and up(f, t) and not (f == "btcpay-kaffebar.log" and in_any(t, [nbx_down])):
                B(f, t + sec(r.uniform(0.2, 1.8)), "INFO", "%s: New block", "BTC: New block")
        for t in jitter_times(r, T0, T_END, float(cfg["gap"])):
            if not up(f, t):
                continue
            inv = b58(r, 22)
            ln = r.random() < float(cfg["ln"])
            if ln and f == "btcpay-fjellgear.log" and in_any(t, [lnd_down]):
                continue
            if not ln and f == "btcpay-kaffebar.log" and in_any(t, [nbx_down]):
                continue
            t = ev(f, t, inv, "invoice_created", 1001)
            fate = r.random()
            if fate < 0.22:
                t2 = t + sec(900 + r.uniform(0, 40))
                if t2 < T_END and up(f, t2):
                    t2 = ev(f, t2, inv, "invoice_expired", 1004)
                    status(f, t2, "Expired")
                continue
            if ln:
                t2 = t + sec(r.uniform(20, 200))
                t2 = ev(f, t2, inv, "invoice_receivedPayment", 1002)
                t2 = ev(f, t2 + sec(0.005), inv, "invoice_paidInFull", 1003)
                t2 = ev(f, t2 + sec(0.004), inv, "invoice_confirmed", 1005)
                t2 = status(f, t2 + sec(0.003), "Settled")
                ev(f, t2 + sec(0.004), inv, "invoice_completed", 1006)
                continue
            t2 = t + sec(r.uniform(60, 840))
            if f == "btcpay-kaffebar.log" and in_any(t2, [nbx_down]):
                t2 = nbx_down[1] + sec(r.uniform(3, 9))
            t2 = ev(f, t2, inv, "invoice_receivedPayment", 1002)
            partial = r.random() < 0.06
            if partial:
                status(f, t2 + sec(0.004), "New (PaidPartial)")
                t2 = ev(f, t2 + sec(r.uniform(60, 400)), inv, "invoice_receivedPayment", 1002)
            t2 = status(f, t2 + sec(0.004), "Processing")
            t2 = ev(f, t2 + sec(0.004), inv, "invoice_paidInFull", 1003)
            later = [b for b in blocks if b[0] > t2]
            if later and up(f, later[0][0]):
                t3 = ev(f, later[0][0] + sec(r.uniform(2.0, 3.5)), inv, "invoice_confirmed", 1005)
                status(f, t3 + sec(0.004), "Settled")
            if len(later) >= 6 and up(f, later[5][0]):
                ev(f, later[5][0] + sec(r.uniform(2.0, 3.5)), inv, "invoice_completed", 1006)

    # kaffebar's NBXplorer ran out of disk at 08:51
    f = "btcpay-kaffebar.log"
    t = B(f, nbx_down[0], "INFO", "NBXplorer %s: %s => %s", "NBXplorer BTC: Ready => NotConnected")
    while t < nbx_down[1] - sec(40):
        t = B(
            f,
            t + sec(r.uniform(0.5, 1.5)),
            "ERROR",
            "%s: NBXplorer error `%s`",
            "BTC: NBXplorer error `Connection refused (nbxplorer:32838)`",
        )
        t += sec(r.uniform(55, 70))
    t = B(
        f, nbx_down[1], "INFO", "NBXplorer %s: %s => %s", "NBXplorer BTC: NotConnected => Synching"
    )
    t = B(
        f,
        t + sec(r.uniform(8, 20)),
        "INFO",
        "NBXplorer %s: %s => %s",
        "NBXplorer BTC: Synching => Ready",
    )
    t = B(
        f,
        t + sec(0.05),
        "INFO",
        "%s: Checking if any pending invoice got paid while offline...",
        "BTC: Checking if any pending invoice got paid while offline...",
    )
    t = B(
        f,
        t + sec(r.uniform(0.5, 2)),
        "INFO",
        "%s: %d payments happened while offline",
        "BTC: 2 payments happened while offline",
    )
    B(
        f,
        t + sec(0.1),
        "INFO",
        "Connected to WebSocket of NBXplorer (%s)",
        "Connected to WebSocket of NBXplorer (BTC)",
    )

    # the lnd node stops (its chain backend health check) and comes back
    for f in ["btcpay-fjellgear.log"]:
        t = B(
            f,
            lnd_down[0] + sec(r.uniform(0.5, 3)),
            "ERROR",
            "%s (Lightning): Error while contacting %s",
            "BTC (Lightning): Error while contacting http://lnd_bitcoin:8080/",
            BP_LN_TRACE,
        )
        t = B(
            f,
            t + sec(0.01),
            "INFO",
            "%s (Lightning): Stop listening %s",
            "BTC (Lightning): Stop listening http://lnd_bitcoin:8080/",
        )
        while t < lnd_down[1] - sec(25):
            t = B(
                f,
                t + sec(r.uniform(10, 12)),
                "ERROR",
                "%s (Lightning): Error while contacting %s",
                "BTC (Lightning): Error while contacting http://lnd_bitcoin:8080/",
                BP_LN_TRACE,
            )
        B(
            f,
            lnd_down[1] + sec(r.uniform(8, 20)),
            "INFO",
            "%s (Lightning): Start listening %s",
            "BTC (Lightning): Start listening http://lnd_bitcoin:8080/",
        )

    # bokhandel upgraded at 11:00
    f = "btcpay-bokhandel.log"
    t = B(f, restart, "INFO", "Application is shutting down...", "Application is shutting down...")
    for name in BP_EXITED[:4]:
        t = B(
            f,
            t + sec(r.uniform(0.001, 0.01)),
            "INFO",
            "%s successfully exited...",
            f"{name} successfully exited...",
        )
    t = B(
        f,
        t + sec(r.uniform(5, 7)),
        "ERROR",
        "%s: NBXplorer error `%s`",
        "BTC: NBXplorer error `Name or service not known (nbxplorer:32838)`",
    )
    for name in BP_EXITED[4:]:
        t = B(
            f,
            t + sec(r.uniform(0.001, 0.01)),
            "INFO",
            "%s successfully exited...",
            f"{name} successfully exited...",
        )
    t = B(f, t + sec(0.01), "INFO", "Stop watching invoices", "Stop watching invoices")
    t = restart + sec(r.uniform(48, 60))
    startup = [
        ("Data Directory: %s", "Data Directory: /datadir"),
        ("Configuration File: %s", "Configuration File: /datadir/Main/settings.config"),
        ("Loading plugins from %s", "Loading plugins from /root/.btcpayserver/Plugins"),
    ]
    startup += [
        ("Adding and executing plugin %s - %s", f"Adding and executing plugin {p} - {BP_VERSION}")
        for p in BP_PLUGINS
    ]
    startup += [
        ("Supported chains: %s", "Supported chains: BTC"),
        ("%s: Explorer url is %s", "BTC: Explorer url is http://nbxplorer:32838/"),
        ("%s: Cookie file is %s", "BTC: Cookie file is /root/.nbxplorer/Main/.cookie"),
        ("Network: %s", "Network: Mainnet"),
        ("LogFile: %s", "LogFile: /datadir/btcpay.log"),
        ("Root Path: %s", "Root Path: /"),
    ]
    for label, msg in startup:
        t = B(f, t + sec(r.uniform(0.001, 0.08)), "INFO", label, msg)
    t = B(
        f,
        t + sec(r.uniform(0.3, 0.8)),
        "WARN",
        "No XML encryptor configured. Key %s may be persisted to storage in unencrypted form.",
        f"No XML encryptor configured. Key {{{uid(r)}}} may be persisted to storage in unencrypted form.",
    )
    for label, msg in [
        (
            "Connection to NBXplorer's database successful, dashboard and reporting features activated.",
            "Connection to NBXplorer's database successful, dashboard and reporting features activated.",
        ),
        (
            "Checking if any payment arrived on lightning while the server was offline...",
            "Checking if any payment arrived on lightning while the server was offline...",
        ),
        ("Processing lightning payments...", "Processing lightning payments..."),
        ("Starting listening NBXplorer (%s)", "Starting listening NBXplorer (BTC)"),
        ("Start watching invoices", "Start watching invoices"),
        ("Now listening on: %s", "Now listening on: http://0.0.0.0:49392"),
        (
            "Application started. Press Ctrl+C to shut down.",
            "Application started. Press Ctrl+C to shut down.",
        ),
        ("Hosting environment: %s", "Hosting environment: Production"),
        ("Content root path: %s", "Content root path: /app/"),
        ("NBXplorer %s: %s => %s", "NBXplorer BTC: NotConnected => Synching"),
        ("%s: Full node version detected: %s", "BTC: Full node version detected: 270000"),
        ("NBXplorer %s: %s => %s", "NBXplorer BTC: Synching => Ready"),
        (
            "%s: Checking if any pending invoice got paid while offline...",
            "BTC: Checking if any pending invoice got paid while offline...",
        ),
        ("%s: %d payments happened while offline", "BTC: 0 payments happened while offline"),
        ("Connected to WebSocket of NBXplorer (%s)", "Connected to WebSocket of NBXplorer (BTC)"),
    ]:
        t = B(f, t + sec(r.uniform(0.005, 0.4)), "INFO", label, msg)
    return fs.logs(T0)


# --------------------------------------------------------------------------------------- lnd

LN_VERSION = "0.17.5-beta"


class LnPeer:
    def __init__(self, r: random.Random, addr: str, chans: int, height: int) -> None:
        self.pub = "0" + r.choice("23") + hexid(r, 64)
        self.addr = addr
        self.chans = []
        for _ in range(chans):
            txid = hexid(r, 64)
            idx = r.randrange(2)
            blk = height - r.randint(2000, 90000)
            scid = f"{blk}:{r.randint(1, 3000)}:{idx}"
            # the channel id is the funding txid (little-endian) xor the output index
            cid = bytearray(bytes.fromhex(txid)[::-1])
            cid[30] ^= 0
            cid[31] ^= idx
            self.chans.append(
                (f"{txid}:{idx}", cid.hex(), scid, r.randint(200_000, 9_000_000) * 1000)
            )


def lnd(r: random.Random) -> list[Log]:
    """Two lnd 0.17.5 nodes: a shop's node and a routing node (see the module docstring)."""
    fs = Files()
    blocks = block_times(random.Random("heldout-round302-chain"))
    MER, ROUT = "lnd-fjellgear.log", "lnd-routing.log"
    h0 = blocks[0][1]
    peers = {
        MER: [
            LnPeer(r, a, c, h0) for a, c in [("198.51.100.23:9735", 1), ("203.0.113.90:9735", 2)]
        ],
        ROUT: [
            LnPeer(r, a, c, h0)
            for a, c in [
                ("198.51.100.23:9735", 2),
                ("192.0.2.41:9735", 1),
                ("203.0.113.7:9735", 3),
                ("198.51.100.160:9735", 1),
                ("192.0.2.133:9735", 2),
                ("203.0.113.212:9735", 1),
                ("198.51.100.87:9735", 1),
                ("192.0.2.19:9735", 1),
            ]
        ],
    }
    flaky = peers[ROUT][3]
    flaky_span = (at(7, 28), at(9, 9))
    hc_fail = at(10, 19, 51.374)
    down = (at(10, 21, 31), at(10, 24, 58))

    def L(f: str, t: datetime, lvl: str, sub: str, label: str, msg: str) -> datetime:
        return fs.add(
            f, t, label, lambda x: [f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)} [{lvl}] {sub}: {msg}"], f, MS
        )

    def alive(f: str, t: datetime) -> bool:
        return not (f == MER and down[0] <= t < down[1] + sec(40))

    # blocks
    for f in (MER, ROUT):
        for t, h, hh in blocks:
            if t < T0 or not alive(f, t):
                continue
            t = L(
                f,
                t + sec(r.uniform(0.05, 1.2)),
                "INF",
                "NTFN",
                "New block: height=%v, sha=%v",
                f"New block: height={h}, sha={hh}",
            )
            t = L(
                f,
                t + sec(r.uniform(0.01, 0.2)),
                "INF",
                "UTXN",
                "Attempting to graduate height=%v: num_kids=%v, num_babies=%v",
                f"Attempting to graduate height={h}: num_kids=0, num_babies=0",
            )
            t = L(
                f,
                t + sec(r.uniform(0.05, 0.6)),
                "INF",
                "CRTR",
                "Pruning channel graph using block %v (height=%v)",
                f"Pruning channel graph using block {hh} (height={h})",
            )
            L(
                f,
                t + sec(r.uniform(0.01, 0.3)),
                "INF",
                "CRTR",
                "Block %v (height=%v) closed %v channels",
                f"Block {hh} (height={h}) closed {r.choice([0, 0, 1, 1, 2, 3, 4])} channels",
            )
    # gossip and the switch
    for f, gap_stats, gap_bcast, gap_fwd in [(MER, 200, 400, 300), (ROUT, 62, 140, 55)]:
        for t in jitter_times(r, T0, T_END, gap_stats, 55):
            if alive(f, t):
                L(
                    f,
                    t,
                    "INF",
                    "CRTR",
                    "Processed channels=%d updates=%d nodes=%d in last %v",
                    f"Processed channels={r.randint(0, 6)} updates={r.randint(1, 240)} nodes={r.randint(0, 30)} in last {go_dur(60 + r.uniform(0.0001, 0.004))}",
                )
        for t in jitter_times(r, T0, T_END, gap_bcast, 90):
            if alive(f, t):
                L(
                    f,
                    t,
                    "INF",
                    "DISC",
                    "Broadcasting %v new announcements in %d sub batches",
                    f"Broadcasting {r.randint(1, 180)} new announcements in {r.randint(1, 3)} sub batches",
                )
        for t in jitter_times(r, T0, T_END, gap_fwd, 10):
            if alive(f, t):
                n = r.randint(1, 4)
                sent = sum(r.randint(1_000, 400_000) for _ in range(n))
                recv = sent + r.randint(1, 60) if f == ROUT else (0 if r.random() < 0.2 else sent)
                if f == MER:
                    sent = 0
                L(
                    f,
                    t,
                    "INF",
                    "HSWC",
                    "Sent %d satoshis and received %d satoshis in the last 10 seconds (%f tx/sec)",
                    f"Sent {sent} satoshis and received {recv} satoshis in the last 10 seconds ({n / 10:.6f} tx/sec)",
                )

    def connect(f: str, t: datetime, p: LnPeer, inbound: bool) -> datetime:
        t = L(
            f,
            t,
            "INF",
            "SRVR",
            "Finalizing connection to %x@%s, inbound=%v",
            f"Finalizing connection to {p.pub}@{p.addr}, inbound={'true' if inbound else 'false'}",
        )
        t = L(
            f,
            t + sec(r.uniform(0.001, 0.01)),
            "INF",
            "DISC",
            "Creating new GossipSyncer for peer=%x",
            f"Creating new GossipSyncer for peer={p.pub}",
        )
        for point, _cid, _scid, _bw in p.chans:
            t = L(
                f,
                t + sec(r.uniform(0.002, 0.02)),
                "INF",
                "PEER",
                "Loading ChannelPoint(%v), isPending=%v",
                f"Peer({p.pub}): Loading ChannelPoint({point}), isPending=false",
            )
        for point, cid, scid, bw in p.chans:
            t = L(
                f,
                t + sec(r.uniform(0.002, 0.02)),
                "INF",
                "HSWC",
                "Adding live link chan_id=%v, short_chan_id=%v",
                f"Adding live link chan_id={cid}, short_chan_id={scid}",
            )
            t = L(
                f,
                t + sec(r.uniform(0.001, 0.01)),
                "INF",
                "HSWC",
                "HTLC manager started, bandwidth=%v",
                f"ChannelLink({point}): HTLC manager started, bandwidth={bw} mSAT",
            )
        for point, _cid, _scid, _bw in p.chans:
            t = L(
                f,
                t + sec(r.uniform(0.05, 0.9)),
                "INF",
                "HSWC",
                "received re-establishment message from remote side",
                f"ChannelLink({point}): received re-establishment message from remote side",
            )
        t = L(
            f,
            t + sec(r.uniform(0.2, 2.0)),
            "INF",
            "DISC",
            "GossipSyncer(%x): applying gossipFilter(start=%v, end=%v)",
            f"GossipSyncer({p.pub}): applying gossipFilter(start={t - sec(r.uniform(60, 900)):%Y-%m-%d %H:%M:%S} +0000 UTC, end={t + sec(4294967295 - 1800000000):%Y-%m-%d %H:%M:%S} +0000 UTC)",
        )
        return t

    def disconnect(f: str, t: datetime, p: LnPeer, reason: str) -> datetime:
        if reason == "timeout":
            local = "10.20.0.9:9735" if f == ROUT else "10.20.1.4:9735"
            t = L(
                f,
                t,
                "INF",
                "PEER",
                "unable to read message from peer: read tcp %s->%s: i/o timeout",
                f"Peer({p.pub}): unable to read message from peer: read tcp {local}->{p.addr}: i/o timeout",
            )
        else:
            t = L(
                f,
                t,
                "INF",
                "PEER",
                "unable to read message from peer: EOF",
                f"Peer({p.pub}): unable to read message from peer: EOF",
            )
        t = L(
            f,
            t + sec(0.001),
            "INF",
            "PEER",
            "disconnecting %s, reason: read handler closed",
            f"Peer({p.pub}): disconnecting {p.pub}@{p.addr}, reason: read handler closed",
        )
        for point, cid, _scid, _bw in p.chans:
            t = L(
                f,
                t + sec(r.uniform(0.001, 0.01)),
                "INF",
                "HSWC",
                "Removing channel link with ChannelID(%v)",
                f"Removing channel link with ChannelID({cid})",
            )
            t = L(
                f,
                t + sec(r.uniform(0.001, 0.005)),
                "INF",
                "HSWC",
                "stopping",
                f"ChannelLink({point}): stopping",
            )
            t = L(
                f,
                t + sec(r.uniform(0.001, 0.01)),
                "INF",
                "HSWC",
                "exited",
                f"ChannelLink({point}): exited",
            )
        return L(
            f,
            t + sec(r.uniform(0.001, 0.01)),
            "INF",
            "DISC",
            "Removing GossipSyncer for peer=%v",
            f"Removing GossipSyncer for peer={p.pub}",
        )

    # the flaky peer of the routing node: its link drops every few minutes
    for t in jitter_times(r, flaky_span[0], flaky_span[1], 330, 60):
        t = disconnect(ROUT, t, flaky, r.choice(["timeout", "timeout", "eof"]))
        connect(ROUT, t + sec(r.uniform(2, 45)), flaky, r.random() < 0.5)
    # ordinary reconnects
    for f in (MER, ROUT):
        for t in jitter_times(r, T0, T_END, 1500 if f == ROUT else 4000, 300):
            if not alive(f, t) or not alive(f, t + sec(120)):
                continue
            p = r.choice([x for x in peers[f] if x is not flaky])
            t = disconnect(f, t, p, "eof")
            connect(f, t + sec(r.uniform(1, 60)), p, r.random() < 0.5)
    # port scanners on 9735
    for t in jitter_times(r, T0, T_END, 1300):
        src = f"{r.choice(['45.148.10', '185.224.128', '162.142.125', '71.6.199'])}.{r.randint(2, 250)}:{r.randint(30000, 65000)}"
        err = "chacha20poly1305: message authentication failed"
        L(
            ROUT,
            t,
            "ERR",
            "CMGR",
            f"Can't accept connection: unable to accept connection from %v: {err}",
            f"Can't accept connection: unable to accept connection from {src}: {err}",
        )

    # a channel opened by the shop at 09:40, a channel closed on the routing node at 11:12
    def scb(f: str, t: datetime, old: int, new: int) -> datetime:
        path = "/root/.lnd/data/chain/bitcoin/mainnet/channel.backup"
        t = L(
            f,
            t,
            "INF",
            "CHBU",
            "Updating on-disk multi SCB backup: num_old_chans=%v, num_new_chans=%v",
            f"Updating on-disk multi SCB backup: num_old_chans={old}, num_new_chans={new}",
        )
        return L(
            f,
            t + sec(0.004),
            "INF",
            "CHBU",
            "Swapping old multi backup file from %v to %v",
            f"Swapping old multi backup file from {path}.bak to {path}",
        )

    opened = next(b for b in blocks if b[0] > at(9, 40))
    t = L(
        MER,
        opened[0] + sec(2.2),
        "INF",
        "FNDG",
        "ChannelPoint(%v) is now active: ChannelID(%v)",
        f"ChannelPoint({hexid(r, 64)}:0) is now active: ChannelID({hexid(r, 64)})",
    )
    scb(MER, t + sec(0.01), 3, 4)
    closed = next(b for b in blocks if b[0] > at(11, 12))
    p = peers[ROUT][5]
    t = L(
        ROUT,
        closed[0] + sec(1.7),
        "INF",
        "CNCT",
        "ChannelArbitrator(%v): starting state=%v, trigger=%v, triggerHeight=%v",
        f"ChannelArbitrator({p.chans[0][0]}): starting state=StateDefault, trigger=chainTrigger, triggerHeight={closed[1]}",
    )
    scb(ROUT, t + sec(0.02), 12, 11)

    # the shop's node: bitcoind stalls under a reindex, the health check gives up at 10:21
    f = MER
    t = hc_fail
    for call in (1, 2, 3):
        if call < 3:
            t = L(
                f,
                t,
                "INF",
                "HLCK",
                "Health check: %v, call: %v failed with: health check: %v timed out after: %v, backing off for: %v",
                f"Health check: chain backend, call: {call} failed with: health check: chain backend timed out after: 30s, backing off for: 30s",
            )
            t += sec(60 + r.uniform(0.001, 0.02))
        else:
            t = L(
                f,
                down[0] - sec(0.2),
                "CRT",
                "HLCK",
                "Health check: %v failed after %v calls",
                "Health check: chain backend failed after 3 calls",
            )
    t = L(f, down[0], "INF", "LTND", "Received shutdown request.", "Received shutdown request.")
    for p in peers[MER]:
        for point, _cid, _scid, _bw in p.chans:
            t = L(
                f,
                t + sec(r.uniform(0.01, 0.05)),
                "INF",
                "HSWC",
                "stopping",
                f"ChannelLink({point}): stopping",
            )
            t = L(
                f,
                t + sec(r.uniform(0.001, 0.01)),
                "INF",
                "HSWC",
                "exited",
                f"ChannelLink({point}): exited",
            )
    t = L(
        f,
        t + sec(r.uniform(0.2, 0.6)),
        "INF",
        "LTND",
        "Gracefully shutting down.",
        "Gracefully shutting down.",
    )
    L(f, t + sec(r.uniform(0.5, 1.5)), "INF", "LTND", "Shutdown complete", "Shutdown complete")
    t = down[1]
    for lvl, sub, label, msg in [
        (
            "INF",
            "LTND",
            "Version: %s commit=%s, build=%s, logging=%s, debuglevel=%s",
            f"Version: {LN_VERSION} commit=v{LN_VERSION}, build=production, logging=default, debuglevel=info",
        ),
        ("INF", "LTND", "Active chain: %v (network=%v)", "Active chain: Bitcoin (network=mainnet)"),
        ("INF", "RPCS", "RPC server listening on %s", "RPC server listening on 0.0.0.0:10009"),
        (
            "INF",
            "LTND",
            "Opening the main database, this might take a few minutes...",
            "Opening the main database, this might take a few minutes...",
        ),
        (
            "INF",
            "LTND",
            "Database(s) now open (time_to_open=%v)!",
            f"Database(s) now open (time_to_open={go_dur(r.uniform(0.8, 3.5))})!",
        ),
        ("INF", "LNWL", "Opened wallet", "Opened wallet"),
        (
            "INF",
            "LNWL",
            "Started listening for bitcoind block notifications via ZMQ on %v",
            "Started listening for bitcoind block notifications via ZMQ on bitcoind:28332",
        ),
        (
            "INF",
            "LTND",
            "Chain backend is fully synced (end_height=%v)!",
            f"Chain backend is fully synced (end_height={[b for b in blocks if b[0] < down[1]][-1][1]})!",
        ),
    ]:
        t = L(f, t + sec(r.uniform(0.01, 1.2)), lvl, sub, label, msg)
    for p in peers[MER]:
        t = connect(f, t + sec(r.uniform(1, 6)), p, False)
    return fs.logs(T0)


SYSTEMS = {
    "saleor": saleor,
    "spree": spree,
    "killbill": killbill,
    "btcpay-server": btcpay,
    "lnd": lnd,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
