#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 64 (django, uvicorn, werkzeug, pm2, pino) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock). Five shapes application developers and SREs read every day:

- Django 5.0 (`web1.log`, `web2.log`: the project's LOGGING formatter `%(asctime)s
  %(levelname)s %(name)s %(message)s` under gunicorn; `staging.log`: `manage.py runserver` with
  the default LOGGING, django.server's `[%d/%b/%Y %H:%M:%S] "GET / HTTP/1.1" 200 11234`, the
  plain django.request messages and the unstamped banner): scanners' `Not Found:`, API clients'
  `Unauthorized:` / `Bad Request:` / CSRF, `Invalid HTTP_HOST header`, the shop's own loggers
  (orders, payments with Stripe retries, webhooks, emails, coupons by reason, slow queries
  through django.db.backends' `(%.3f) %s; args=%s; alias=%s`, py.warnings), `Internal Server
  Error:` with tracebacks, a Postgres failover (chained psycopg / django.db.utils
  OperationalError tracebacks), Redis restarted, the autoreloader and system checks.
- Uvicorn 0.30 before FastAPI 0.111 (`api-0.log`, `api-1.log`, as `kubectl logs` keeps them:
  uvicorn's default config, `INFO:     ` / `WARNING:  ` / `ERROR:    ` prefixes and no time,
  access lines `10.42.1.7:52344 - "GET /items/3 HTTP/1.1" 200 OK`; the app's loggers through
  basicConfig's `%(asctime)s | %(levelname)-8s | %(name)s | %(message)s`, httpx's `HTTP
  Request:` lines): probes, traffic, `Exception in ASGI application` with Starlette's long
  stacks (asyncpg errors, pydantic's ValidationError, ResponseValidationError, httpx's
  ConnectError chained from httpcore's), a release failing its settings' validation in the
  lifespan (`Application startup failed. Exiting.`, a crash loop), graceful shutdowns with
  `Cancel %s running task(s)`, `Invalid HTTP request received.`, websocket upgrades refused.
- Werkzeug 3.0 before Flask 3.0 (`inventory.log`, `webhooks.log`: `app.run()` in production;
  `admin-dev.log`: `flask run --debug` on a laptop): werkzeug's `%s - - [%s] "%s" %s %s` request
  lines, the banner (the development-server warning and the `Running on` lines are one call),
  the reloader and debugger (`* Restarting with stat`, `* Debugger PIN:`, `* Detected change`),
  Flask's default handler `[%(asctime)s] %(levelname)s in %(module)s: %(message)s` with
  `Exception on %s [%s]` and its traceback, the debugger's bare tracebacks, SQLAlchemy's
  OperationalError and QueuePool TimeoutError, TLS and SSH probes (`code 400, message ...`).
- pm2 5.3 (`pm2.log`, `api-out.log`, `api-error.log`, `worker-out.log`, `worker-error.log`,
  `time: true`, `merge_logs: true`): one `2024-06-04T06:00:02: ` prefix per chunk written, the
  daemon's `PM2 log: ` lines (banner, `App [%s:%s] starting in -cluster mode-`, `online`,
  `exited with code [%s] via signal [%s]`, max-memory restarts, `pm2 kill`), morgan's combined
  lines, console lines, Node's errors with their stacks and properties, ioredis' `Unhandled
  error event`, crashes (`MaxRetriesPerRequestError`, an unhandled rejection with a string and
  with an Error: the source line, caret, stack and `Node.js v20.14.0`), process warnings.
- pino 9 (`orders-api-*.log` x2: Fastify 4; `payments-*.log`: Express with pino-http;
  `notifier-*.log`: a RabbitMQ consumer with child loggers): JSON lines with `level`, `time`,
  `pid`, `hostname`, bindings, fields, `msg` last; `incoming request` / `request completed`
  under a `reqId`, pino-http's single record with `req` / `res` / `responseTime`, `err`
  objects with `type` / `message` / `stack`, printf-style messages, a circuit breaker, the
  broker restarted, a fatal `uncaughtException`.

Label notes. The rules of rounds 51 to 63 hold. A request record is labelled by method, route
and status as errctl names one by design: Django's and werkzeug's request lines, uvicorn's
access lines, morgan's lines (`GET /api/orders/%s 200`, a query string's values variables:
`GET /items?limit=%s&offset=%s 200`); pino-http's record by its `msg` and the request's
method, route and status (`request completed POST /charges 201`, as Caddy's `handled request`);
Fastify's two records each by `msg` and what it holds (`incoming request GET /orders/%s`,
`request completed 200`); httpx's client line by its method, URL and status (`HTTP Request:
POST https://payments.internal/v1/charges "HTTP/1.1 502 Bad Gateway"`). Django's
`django.request` records are its format (`Not Found: %s`, the reason phrase wording, as the
gunicorn set labels them), a CSRF failure's reason a message of its own (`Forbidden (CSRF
token missing.): %s`). The level, logger name, Flask's `in module:`, uvicorn's level prefix,
pm2's time prefix and `PM2 log: `, and pino's `level`, `time`, `pid`, `hostname`, `reqId` and
child bindings are context; a traceback, a Node stack with its `{ ... }` properties and the
`(Use node --trace-warnings ...)` hint belong to their event; a write of several lines is one
event (the werkzeug banner, Django's `Django version ...` block and system-check report, a Node
crash labelled by its layout and the error's format: `%s:%d\n%s\n%s\n\nInvoiceError: PDF
render timed out for invoice %s`); a traceback passed as a message (Starlette's lifespan
failure, the debugger's) is `%s`; a value that is a message contributes its format (`Payment
failed for order %s: Server error '%s' for url '%s'\nFor more information check: %s`,
http.server's `code %d, message Bad request version (%r)`); words a branch picks are wording
(`Coupon %r rejected for basket %s: expired`, ` * Debug mode: on`, `starting in -fork mode-`).
Blank lines start nothing.

Sources. Written from the helper's knowledge of the programs' sources and real logs; nothing was
copied from a corpus. Not checked against public copies (least sure: Django 5.0's runserver
banner spacing and the migrations notice, `log_response`'s wording for 401 and 503, the
slow-query filter's level; uvicorn's `Cancel %s running task(s), timeout graceful shutdown
exceeded`, the lifespan failure's layout, Starlette's frame line numbers; werkzeug's
`log_startup` lines for 0.0.0.0, the `code 400, message Bad HTTP/0.9 request type` text,
Flask's `Request finalizing failed with an error while handling an error`; pm2's daemon texts
(`App name:%s id:%s disconnected`, `pid=%s msg=process killed`, `Deleting process %s`, `Exited
peacefully`, the max-memory line, the banner's padding), whether `--time` prefixes each chunk
or each line, Node 20's crash layout for a rejected Error; Fastify's `Route %s:%s not found`
and its validation error object, pino-http's `request errored` error text, amqplib's and
nodemailer's messages). Run it only to change the data on purpose: `python
bench/heldout/generate_round64.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round52 import Records, label
from generate_round53 import Clock, ms3, pyframes
from generate_round55 import at, poisson

Head = Callable[[datetime, str], str]


def emitter(clock: Clock, files: dict[str, Records], head: Callable[[str, datetime, str], str]):
    """`E(file, t, level, fmt, text)`: writes `head(file, t, level) + text` (its later lines
    under it, unlabelled) into `file` at the file's next free instant, labelled `fmt`."""

    def E(name: str, t: datetime, level: str, fmt: str, text: str) -> datetime:
        t = clock.at(name, t)
        lines = (head(name, t, level) + text).split("\n")
        files[name].add(t, lines, label(fmt))
        return t

    return E


def tb(*parts: list[str]) -> str:
    """A Python traceback, chained: each part is (frames..., exception lines); parts after the
    first are preceded by the 'direct cause' separator."""
    out: list[str] = []
    for i, p in enumerate(parts):
        if i:
            out += ["", "The above exception was the direct cause of the following exception:", ""]
        out += ["Traceback (most recent call last):", *p]
    return "\n".join(out)


def tb_ctx(*parts: list[str]) -> str:
    """A traceback chained implicitly ('During handling of the above exception')."""
    out: list[str] = []
    for i, p in enumerate(parts):
        if i:
            out += ["", "During handling of the above exception, another exception occurred:", ""]
        out += ["Traceback (most recent call last):", *p]
    return "\n".join(out)


def wsgi_date(t: datetime) -> str:
    """BaseHTTPRequestHandler.log_date_time_string(): `04/Jun/2024 06:00:02`."""
    return f"{t:%d/%b/%Y %H:%M:%S}"


def scanner_ip(r: random.Random) -> str:
    """A public IPv4 address of a scanner (first octet 1-223, no private or loopback)."""
    while True:
        a = r.randint(1, 223)
        if a not in (10, 127, 172, 192):
            return f"{a}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"


def between(r: random.Random, t0: datetime, t1: datetime) -> datetime:
    return t0 + timedelta(seconds=r.uniform(0, (t1 - t0).total_seconds()))


def weighted(r: random.Random, table: list[tuple[float, object]]) -> object:
    x = r.uniform(0, sum(w for w, _ in table))
    for w, v in table:
        x -= w
        if x <= 0:
            return v
    return table[-1][1]


# --------------------------------------------------------------------------------- django

DJ_SITE = "/usr/local/lib/python3.12/site-packages"
DJ_USERS = [
    "anna.k",
    "b.meyer",
    "carlos",
    "dpatel",
    "emma_w",
    "f.rossi",
    "gkim",
    "h.larsen",
    "ines.m",
    "jdoe",
    "kofi",
    "lena.s",
]
DJ_SKUS = [
    "MUG-BLK-12",
    "TEE-WHT-M",
    "TEE-BLK-L",
    "CAP-NVY",
    "BAG-CNV-01",
    "BTL-STL-750",
    "HOOD-GRY-XL",
    "SOCK-RNB-3P",
]
DJ_SCANNER_PATHS = [
    "/wp-login.php",
    "/.env",
    "/xmlrpc.php",
    "/wp-admin/setup-config.php",
    "/.git/config",
    "/phpmyadmin/index.php",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
    "/server-status",
    "/config.json",
    "/api/.env",
    "/admin/.env",
    "/backup.zip",
]
DJ_HANDLER = [
    (
        f"{DJ_SITE}/django/core/handlers/exception.py",
        55,
        "inner",
        "response = get_response(request)",
    ),
    (
        f"{DJ_SITE}/django/core/handlers/base.py",
        197,
        "_get_response",
        "response = wrapped_callback(request, *callback_args, **callback_kwargs)",
    ),
]
DJ_DRF = [
    (
        f"{DJ_SITE}/django/views/decorators/csrf.py",
        65,
        "_view_wrapper",
        "return view_func(request, *args, **kwargs)",
    ),
    (
        f"{DJ_SITE}/django/views/generic/base.py",
        104,
        "view",
        "return self.dispatch(request, *args, **kwargs)",
    ),
    (
        f"{DJ_SITE}/rest_framework/views.py",
        509,
        "dispatch",
        "response = self.handle_exception(exc)",
    ),
    (
        f"{DJ_SITE}/rest_framework/views.py",
        469,
        "handle_exception",
        "self.raise_uncaught_exception(exc)",
    ),
    (f"{DJ_SITE}/rest_framework/views.py", 480, "raise_uncaught_exception", "raise exc"),
    (
        f"{DJ_SITE}/rest_framework/views.py",
        506,
        "dispatch",
        "response = handler(request, *args, **kwargs)",
    ),
]
DJ_PG_DOWN = [
    'connection failed: connection to server at "10.0.3.12", port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?',
    'connection failed: connection to server at "10.0.3.12", port 5432 failed: FATAL:  the database system is starting up',
]
DJ_PG_LOST = "consuming input failed: server closed the connection unexpectedly\n\tThis probably means the server terminated abnormally\n\tbefore or while processing the request."
DJ_SQL = [
    (
        'SELECT "orders_order"."id", "orders_order"."number", "orders_order"."user_id", "orders_order"."status", "orders_order"."total", "orders_order"."created" FROM "orders_order" WHERE "orders_order"."user_id" = %s ORDER BY "orders_order"."created" DESC',
        "({u},)",
    ),
    (
        'SELECT COUNT(*) AS "__count" FROM "catalog_product" INNER JOIN "catalog_stock" ON ("catalog_product"."id" = "catalog_stock"."product_id") WHERE ("catalog_product"."active" AND "catalog_stock"."quantity" > %s)',
        "(0,)",
    ),
    (
        'UPDATE "catalog_stock" SET "quantity" = ("catalog_stock"."quantity" - %s) WHERE "catalog_stock"."product_id" = %s',
        "({n}, {p})",
    ),
    (
        'SELECT "catalog_product"."id", "catalog_product"."sku", "catalog_product"."title", "catalog_product"."price" FROM "catalog_product" WHERE UPPER("catalog_product"."title"::text) LIKE UPPER(%s) ORDER BY "catalog_product"."title" ASC LIMIT 21',
        "('%{q}%',)",
    ),
    (
        'INSERT INTO "reports_exportrow" ("export_id", "payload") SELECT * FROM UNNEST((%s)::integer[], (%s)::jsonb[])',
        "(<{n} rows>)",
    ),
]
DJ_ROUTES = [
    # (method, route, path maker, status, size range, weight)
    ("GET", "/", lambda r: "/", 200, (11000, 12500), 10),
    ("GET", "/products/", lambda r: "/products/", 200, (24000, 27000), 8),
    ("GET", "/products/%s/", lambda r: f"/products/{r.randint(1, 420)}/", 200, (9000, 11000), 12),
    (
        "GET",
        "/api/orders/%s",
        lambda r: f"/api/orders/{r.randint(1000, 4999)}",
        200,
        (800, 2400),
        9,
    ),
    ("GET", "/api/cart/", lambda r: "/api/cart/", 200, (120, 900), 8),
    ("POST", "/api/cart/items/", lambda r: "/api/cart/items/", 201, (140, 260), 5),
    ("POST", "/checkout/", lambda r: "/checkout/", 302, (0, 0), 3),
    ("GET", "/static/css/site.css", lambda r: "/static/css/site.css", 304, (0, 0), 3),
    ("GET", "/static/js/app.js", lambda r: "/static/js/app.js", 304, (0, 0), 3),
    ("GET", "/admin/orders/order/", lambda r: "/admin/orders/order/", 200, (31000, 36000), 2),
    ("POST", "/admin/login/?next=%s", lambda r: "/admin/login/?next=/admin/", 302, (0, 0), 1),
]


def django(r: random.Random) -> list[Log]:
    """A Django 5.0 shop, 06:00 to 12:00: `web1.log` and `web2.log` are the production app's
    file handler under gunicorn (the project's LOGGING formatter `%(asctime)s %(levelname)s
    %(name)s %(message)s`: django.request's `Not Found:` / `Internal Server Error:` with
    tracebacks, django.security's CSRF and host lines, the DB backends' slow-query filter, the
    shop's own loggers, py.warnings); `staging.log` is `manage.py runserver`'s output on the
    staging box (the default LOGGING: django.server's `[%d/%b/%Y %H:%M:%S] "GET / HTTP/1.1" 200
    11234`, django.request's plain messages, the autoreloader and the banner). Incidents: a
    Postgres failover at 09:12 (7 minutes of chained OperationalError tracebacks), Redis
    restarted at 10:31, Stripe's API flaky from 08:05 to 08:20, scanners all day."""
    clock = Clock(1000)
    files = {n: Records() for n in ("web1", "web2", "staging")}

    def head(name: str, t: datetime, level: str) -> str:
        if name == "staging":
            return f"[{wsgi_date(t)}] " if level == "server" else ""
        logger, lvl = level.split(":")
        return f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)} {lvl} {logger} "

    E = emitter(clock, files, head)
    t0, t_end = at(6, 0), at(12, 0)
    webs = ["web1", "web2"]
    pg_down = (at(9, 12, 7), at(9, 19, 41))
    redis_down = (at(10, 31, 2), at(10, 33, 40))
    stripe_bad = (at(8, 5), at(8, 20))

    def ise(name: str, t: datetime, path: str, body: str) -> None:
        E(
            name,
            t,
            "django.request:ERROR",
            "Internal Server Error: %s",
            f"Internal Server Error: {path}\n{body}",
        )

    # start-up of each worker (gunicorn's 4 workers load the app)
    for w in webs:
        for k in range(4):
            E(
                w,
                t0 + timedelta(seconds=1 + k * 0.3),
                "shop.apps:INFO",
                "Shop ready (build %s, %d feature flags)",
                "Shop ready (build 2024.06.03-1f3a9c2, 14 feature flags)",
            )

    # orders, payments, emails: the main flow
    order_no = 48210
    for t in poisson(r, t0, t_end, 100):
        w = r.choice(webs)
        if pg_down[0] <= t <= pg_down[1]:
            continue
        order_no += 1
        user = r.randint(100, 9800)
        items = r.randint(1, 6)
        total = f"{r.uniform(9, 240):.2f}"
        t = E(
            w,
            t,
            "shop.orders:INFO",
            "Order %s created for user %s (%d items, total %s %s)",
            f"Order {order_no} created for user {user} ({items} items, total {total} EUR)",
        )
        tp = t + timedelta(seconds=r.uniform(1.5, 6))
        if stripe_bad[0] <= tp <= stripe_bad[1] and r.random() < 0.6:
            attempts = r.randint(1, 3)
            for a in range(1, attempts + 1):
                delay = 0.5 * 2 ** (a - 1)
                # the exception's text is a message of its own: its format is part of the label
                why = r.choice(
                    [
                        ("Read timed out. (read timeout=%d)", "Read timed out. (read timeout=10)"),
                        ("Connection aborted.", "Connection aborted."),
                        ("%d %s", "502 Bad Gateway"),
                    ]
                )
                tp = E(
                    w,
                    tp,
                    "shop.payments:WARNING",
                    f"Stripe request %s %s failed ({why[0]}), retrying in %.1fs",
                    f"Stripe request POST /v1/payment_intents failed ({why[1]}), retrying in {delay:.1f}s",
                ) + timedelta(seconds=delay + r.uniform(2, 10))
            if attempts == 3:
                E(
                    w,
                    tp,
                    "shop.payments:ERROR",
                    "Giving up on payment for order %s after %d attempts",
                    f"Giving up on payment for order {order_no} after 3 attempts",
                )
                continue
        if r.random() < 0.07:
            E(
                w,
                tp,
                "shop.payments:WARNING",
                "Payment for order %s declined: %s",
                f"Payment for order {order_no} declined: {r.choice(['card_declined', 'insufficient_funds', 'expired_card', 'incorrect_cvc'])}",
            )
            continue
        tp = E(
            w,
            tp,
            "shop.payments:INFO",
            "Order %s paid via %s (intent %s)",
            f"Order {order_no} paid via {r.choice(['card', 'card', 'card', 'sepa_debit', 'paypal'])} (intent pi_3P{hexid(r, 21)})",
        )
        # stripe's webhook arrives on either web
        E(
            r.choice(webs),
            tp + timedelta(seconds=r.uniform(0.3, 2)),
            "shop.webhooks:INFO",
            "Stripe webhook %s received: %s",
            f"Stripe webhook evt_3P{hexid(r, 21)} received: payment_intent.succeeded",
        )
        te = tp + timedelta(seconds=r.uniform(1, 4))
        if redis_down[0] <= te <= redis_down[1] or r.random() < 0.004:
            E(
                w,
                te,
                "shop.emails:ERROR",
                "Could not send %s email to %s: %s",
                f"Could not send order_confirmation email to user {user}: (421, b'4.7.0 Try again later, closing connection.')",
            )
        else:
            E(
                w,
                te,
                "shop.emails:INFO",
                "Sent %s email to %s",
                f"Sent order_confirmation email to user {user}",
            )
        if r.random() < 0.08:
            sku = r.choice(DJ_SKUS)
            E(
                w,
                te + timedelta(milliseconds=200),
                "shop.inventory:WARNING",
                "Low stock: %s has %d units left (reorder point %d)",
                f"Low stock: {sku} has {r.randint(0, 9)} units left (reorder point 10)",
            )
    # logins and failed logins
    for t in poisson(r, t0, t_end, 220):
        w = r.choice(webs)
        if pg_down[0] <= t <= pg_down[1]:
            continue
        if r.random() < 0.2:
            E(
                w,
                t,
                "shop.accounts:WARNING",
                "Failed login for %r from %s",
                f"Failed login for {r.choice([*DJ_USERS, 'admin', 'test@example.com'])!r} from {scanner_ip(r)}",
            )
        else:
            E(
                w,
                t,
                "shop.accounts:INFO",
                "User %s logged in",
                f"User {r.randint(100, 9800)} logged in",
            )
    for t in poisson(r, t0, t_end, 1500):
        E(
            r.choice(webs),
            t,
            "shop.accounts:INFO",
            "Password reset requested for %s",
            f"Password reset requested for user {r.randint(100, 9800)}",
        )
    # searches
    for t in poisson(r, t0, t_end, 260):
        if pg_down[0] <= t <= pg_down[1]:
            continue
        q = r.choice(
            ["mug", "black tee", "hoodie", "canvas bag", "socks", "bottle", "cap navy", "gift card"]
        )
        E(
            r.choice(webs),
            t,
            "shop.search:INFO",
            "Search %r returned %d results in %dms",
            f"Search {q!r} returned {r.randint(0, 40)} results in {r.randint(12, 380)}ms",
        )
    # coupons: the reason is the branch's word
    for t in poisson(r, t0, t_end, 700):
        code = r.choice(["SUMMER24", "WELCOME10", "VIP-ANNA", "FREESHIP"])
        reason = weighted(
            r, [(5, "expired"), (3, "usage limit reached"), (2, "minimum order value not met")]
        )
        E(
            r.choice(webs),
            t,
            "shop.checkout:INFO",
            f"Coupon %r rejected for basket %s: {reason}",
            f"Coupon {code!r} rejected for basket {r.randint(20000, 99999)}: {reason}",
        )
    # slow queries through django.db.backends' filter
    for t in poisson(r, t0, t_end, 240):
        if pg_down[0] <= t <= pg_down[1]:
            continue
        sql, args = r.choice(DJ_SQL)
        q = r.choice(["mug", "tee", "hoodie"])
        E(
            r.choice(webs),
            t,
            "django.db.backends:DEBUG",
            "(%.3f) %s; args=%s; alias=%s",
            f"({r.uniform(0.5, 4.2):.3f}) {sql}; args={args.format(u=r.randint(100, 9800), n=r.randint(1, 5000), p=r.randint(1, 400), q=q)}; alias=default",
        )
    # exports run by staff
    for t in poisson(r, t0, t_end, 900):
        E(
            r.choice(webs),
            t,
            "shop.reports:INFO",
            "Export %s finished: %d rows in %.1fs",
            f"Export {r.choice(['orders-daily', 'stock-levels', 'customers-gdpr'])} finished: {r.randint(200, 90000)} rows in {r.uniform(0.4, 40):.1f}s",
        )
    # naive datetimes from the feed importer (a warning per import)
    for t in poisson(r, t0, t_end, 400):
        E(
            r.choice(webs),
            t,
            "py.warnings:WARNING",
            "%s:%s: RuntimeWarning: DateTimeField %s received a naive datetime (%s) while time zone support is active.",
            f"{DJ_SITE}/django/db/models/fields/__init__.py:1669: RuntimeWarning: DateTimeField Order.shipped_at received a naive datetime ({t:%Y-%m-%d} {r.randint(0, 5):02d}:{r.randint(0, 59):02d}:00) while time zone support is active.\n  warnings.warn(",
        )
    # scanners
    for t in poisson(r, t0, t_end, 110):
        w = r.choice(webs)
        kind = weighted(r, [(14, "nf"), (3, "host"), (1, "host-rfc"), (2, "method")])
        if kind == "nf":
            E(
                w,
                t,
                "django.request:WARNING",
                "Not Found: %s",
                f"Not Found: {r.choice(DJ_SCANNER_PATHS)}",
            )
        elif kind == "host":
            h = r.choice(
                ["185.220.101.34", "scan.example-probe.net", "localhost:8080", "shop-old.internal"]
            )
            E(
                w,
                t,
                "django.security.DisallowedHost:ERROR",
                "Invalid HTTP_HOST header: %r. You may need to add %r to ALLOWED_HOSTS.",
                f"Invalid HTTP_HOST header: {h!r}. You may need to add {h.split(':')[0]!r} to ALLOWED_HOSTS.",
            )
        elif kind == "host-rfc":
            h = r.choice(["shop_example.com", "[::1]:8000x", "exa mple"])
            E(
                w,
                t,
                "django.security.DisallowedHost:ERROR",
                "Invalid HTTP_HOST header: %r. The domain name provided is not valid according to RFC 1034/1035.",
                f"Invalid HTTP_HOST header: {h!r}. The domain name provided is not valid according to RFC 1034/1035.",
            )
        else:
            E(
                w,
                t,
                "django.request:WARNING",
                "Method Not Allowed (%s): %s",
                f"Method Not Allowed ({r.choice(['PUT', 'DELETE', 'PROPFIND', 'GET'])}): {r.choice(['/checkout/', '/api/cart/items/', '/'])}",
            )
    # missing products (old links)
    for t in poisson(r, t0, t_end, 420):
        E(
            r.choice(webs),
            t,
            "django.request:WARNING",
            "Not Found: %s",
            f"Not Found: /products/{r.choice(['mug-wht-08', 'tee-red-s', 'summer-sale-2023', 'gift-box'])}/",
        )
    # API clients: 401s, 400s, CSRF
    for t in poisson(r, t0, t_end, 280):
        w = r.choice(webs)
        kind = weighted(r, [(5, "401"), (3, "400"), (3, "csrf"), (1, "origin")])
        if kind == "401":
            E(
                w,
                t,
                "django.request:WARNING",
                "Unauthorized: %s",
                f"Unauthorized: {r.choice(['/api/orders/', '/api/cart/', '/api/orders/' + str(r.randint(1000, 4999))])}",
            )
        elif kind == "400":
            E(
                w,
                t,
                "django.request:WARNING",
                "Bad Request: %s",
                f"Bad Request: {r.choice(['/api/cart/items/', '/api/orders/', '/api/addresses/'])}",
            )
        elif kind == "csrf":
            E(
                w,
                t,
                "django.security.csrf:WARNING",
                "Forbidden (CSRF token missing.): %s",
                f"Forbidden (CSRF token missing.): {r.choice(['/checkout/', '/accounts/login/', '/api/cart/items/'])}",
            )
        else:
            o = r.choice(["https://shop-example.pages.dev", "http://localhost:3000", "null"])
            E(
                w,
                t,
                "django.security.csrf:WARNING",
                "Forbidden (Origin checking failed - %s does not match any trusted origins.): %s",
                f"Forbidden (Origin checking failed - {o} does not match any trusted origins.): {r.choice(['/checkout/', '/accounts/login/'])}",
            )
    # the webhook's signature failures (a misconfigured replay tool)
    for t in poisson(r, at(10, 50), at(11, 5), 50):
        E(
            r.choice(webs),
            t,
            "shop.webhooks:WARNING",
            "Stripe webhook signature verification failed (%s)",
            f"Stripe webhook signature verification failed ({r.choice(['10.0.8.14', '10.0.8.15'])})",
        )
    # application bugs: Internal Server Error with tracebacks
    bugs = [
        (
            "/checkout/",
            [
                *pyframes(*DJ_HANDLER),
                *pyframes(
                    (
                        "/app/shop/checkout/views.py",
                        142,
                        "post",
                        "address = request.session['checkout']['shipping_address']",
                    ),
                ),
                "KeyError: 'shipping_address'",
            ],
        ),
        (
            "/api/cart/",
            [
                *pyframes(*DJ_HANDLER, *DJ_DRF),
                *pyframes(
                    (
                        "/app/shop/cart/api.py",
                        61,
                        "get",
                        "data['total'] = cart.subtotal + cart.shipping_fee",
                    ),
                ),
                "TypeError: unsupported operand type(s) for +: 'decimal.Decimal' and 'NoneType'",
            ],
        ),
        (
            "/account/orders/%s/invoice/",
            [
                *pyframes(*DJ_HANDLER),
                *pyframes(
                    (
                        "/app/shop/accounts/views.py",
                        88,
                        "invoice",
                        "return render(request, 'invoices/invoice_v2.html', ctx)",
                    ),
                    (
                        f"{DJ_SITE}/django/shortcuts.py",
                        24,
                        "render",
                        "content = loader.render_to_string(template_name, context, request, using=using)",
                    ),
                    (
                        f"{DJ_SITE}/django/template/loader.py",
                        61,
                        "render_to_string",
                        "template = get_template(template_name, using=using)",
                    ),
                    (
                        f"{DJ_SITE}/django/template/loader.py",
                        19,
                        "get_template",
                        "raise TemplateDoesNotExist(template_name, chain=chain)",
                    ),
                ),
                "django.template.exceptions.TemplateDoesNotExist: invoices/invoice_v2.html",
            ],
        ),
    ]
    for t in poisson(r, t0, t_end, 500):
        path, body = r.choice(bugs)
        if "%s" in path:
            path = path % r.randint(1000, 4999)
        ise(r.choice(webs), t, path, tb(body))
    # the database failover
    for t in poisson(r, pg_down[0], pg_down[1], 4.5):
        w = r.choice(webs)
        path = r.choice(
            [
                "/api/orders/",
                "/products/",
                "/api/cart/",
                "/",
                f"/products/{r.choice(DJ_SKUS).lower()}/",
                "/checkout/",
            ]
        )
        first = t < pg_down[0] + timedelta(seconds=20)
        msg = (
            DJ_PG_LOST
            if first
            else (DJ_PG_DOWN[1] if t > pg_down[1] - timedelta(seconds=70) else DJ_PG_DOWN[0])
        )
        cause = [
            *pyframes(
                (
                    f"{DJ_SITE}/django/db/backends/base/base.py",
                    275,
                    "ensure_connection",
                    "self.connect()",
                ),
                (f"{DJ_SITE}/django/utils/asyncio.py", 26, "inner", "return func(*args, **kwargs)"),
                (
                    f"{DJ_SITE}/django/db/backends/base/base.py",
                    256,
                    "connect",
                    "self.connection = self.get_new_connection(conn_params)",
                ),
                (
                    f"{DJ_SITE}/django/db/backends/postgresql/base.py",
                    332,
                    "get_new_connection",
                    "connection = self.Database.connect(**conn_params)",
                ),
                (
                    f"{DJ_SITE}/psycopg/connection.py",
                    748,
                    "connect",
                    "raise last_ex.with_traceback(None)",
                ),
            ),
            f"psycopg.OperationalError: {msg}",
        ]
        if first:
            cause = [
                *pyframes(
                    (
                        f"{DJ_SITE}/django/db/backends/utils.py",
                        105,
                        "_execute",
                        "return self.cursor.execute(sql, params)",
                    ),
                    (
                        f"{DJ_SITE}/psycopg/cursor.py",
                        732,
                        "execute",
                        "raise ex.with_traceback(None)",
                    ),
                ),
                f"psycopg.OperationalError: {msg}",
            ]
        effect = [
            *pyframes(
                *DJ_HANDLER,
                (
                    "/app/shop/catalog/views.py",
                    37,
                    "product_list",
                    "return render(request, 'catalog/list.html', {'products': page})",
                ),
                (f"{DJ_SITE}/django/db/models/query.py", 400, "__iter__", "self._fetch_all()"),
                (
                    f"{DJ_SITE}/django/db/backends/utils.py",
                    105,
                    "_execute",
                    "return self.cursor.execute(sql, params)",
                )
                if first
                else (
                    f"{DJ_SITE}/django/db/backends/base/base.py",
                    275,
                    "ensure_connection",
                    "self.connect()",
                ),
                (
                    f"{DJ_SITE}/django/db/utils.py",
                    91,
                    "__exit__",
                    "raise dj_exc_value.with_traceback(traceback) from exc_value",
                ),
            ),
            f"django.db.utils.OperationalError: {msg}",
        ]
        ise(w, t, path, tb(cause, effect))
    # redis restarted: the cache falls back
    for t in poisson(r, redis_down[0], redis_down[1], 6):
        E(
            r.choice(webs),
            t,
            "shop.cache:WARNING",
            "Redis unavailable (Error %d connecting to %s. Connection refused.), serving %s from database",
            f"Redis unavailable (Error 111 connecting to 10.0.3.20:6379. Connection refused.), serving {r.choice(['cart', 'product list', 'session', 'menu'])} from database",
        )
    # 503s from the maintenance middleware during the failover's tail
    for t in poisson(r, pg_down[1], pg_down[1] + timedelta(minutes=2), 8):
        E(
            r.choice(webs),
            t,
            "django.request:ERROR",
            "Service Unavailable: %s",
            f"Service Unavailable: {r.choice(['/', '/products/', '/api/cart/'])}",
        )
    # rate limiting of the API
    for t in poisson(r, at(7, 40), at(7, 58), 30):
        E(
            r.choice(webs),
            t,
            "shop.api:WARNING",
            "Rate limit exceeded for %s on %s",
            f"Rate limit exceeded for {r.choice(['203.0.113.77', '203.0.113.78'])} on {r.choice(['/api/products/', '/api/search/'])}",
        )

    # staging: runserver, with a developer deploying now and then (autoreload)
    S = "staging"

    def banner(t: datetime, warn: bool) -> datetime:
        t = E(
            S,
            t,
            "plain",
            "Watching for file changes with %s",
            "Watching for file changes with StatReloader",
        )
        t = E(
            S,
            t + timedelta(milliseconds=5),
            "plain",
            "Performing system checks...",
            "Performing system checks...\n",
        )
        migrations = r.random() < 0.4
        blank = "\n" if migrations else ""  # the notice's leading newline
        if warn:
            t = E(
                S,
                t + timedelta(milliseconds=900),
                "plain",
                "System check identified some issues:\n%s\nSystem check identified %s (%s silenced).",
                "System check identified some issues:\n\nWARNINGS:\n?: (staticfiles.W004) The directory '/app/frontend/dist' in the STATICFILES_DIRS setting does not exist.\n\nSystem check identified 1 issue (0 silenced)."
                + blank,
            )
        else:
            t = E(
                S,
                t + timedelta(milliseconds=900),
                "plain",
                "System check identified no issues (%s silenced).",
                "System check identified no issues (0 silenced)." + blank,
            )
        if migrations:
            n = r.randint(1, 3)
            t = E(
                S,
                t + timedelta(milliseconds=30),
                "plain",
                "You have %s unapplied migration(s). Your project may not work properly until you apply the migrations for app(s): %s.",
                f"You have {n} unapplied migration(s). Your project may not work properly until you apply the migrations for app(s): {', '.join(['orders', 'catalog', 'accounts'][:n])}.",
            )
            t = E(
                S,
                t + timedelta(milliseconds=1),
                "plain",
                "Run 'python manage.py migrate' to apply them.",
                "Run 'python manage.py migrate' to apply them.",
            )
        t = E(S, t + timedelta(milliseconds=2), "plain", "%s", f"{t:%B %d, %Y - %H:%M:%S}")
        return E(
            S,
            t + timedelta(milliseconds=1),
            "plain",
            "Django version %s, using settings %r\nStarting development server at %s://%s:%s/\nQuit the server with %s.",
            "Django version 5.0.6, using settings 'shop.settings.staging'\nStarting development server at http://0.0.0.0:8000/\nQuit the server with CONTROL-C.\n",
        )

    banner(t0 + timedelta(seconds=3), False)
    reloads = sorted(between(r, t0 + timedelta(minutes=10), t_end) for _ in range(22))
    for k, t in enumerate(reloads):
        f = r.choice(
            [
                "/app/shop/checkout/views.py",
                "/app/shop/cart/api.py",
                "/app/shop/settings/staging.py",
                "/app/shop/catalog/models.py",
                "/app/shop/templates/base.html",
            ]
        )
        if f.endswith(".html"):
            continue
        t = E(S, t, "plain", "%s changed, reloading.", f"{f} changed, reloading.")
        banner(t + timedelta(seconds=1.2), k % 5 == 2)
    # QA's clicking and the e2e suite
    for t in poisson(r, t0 + timedelta(seconds=10), t_end, 36):
        method, route, mk, status, (lo, hi), _ = weighted(r, [(x[5], x) for x in DJ_ROUTES])
        path = mk(r)
        size = r.randint(lo, hi)
        E(
            S,
            t,
            "server",
            f"{method} {route} {status}",
            f'"{method} {path} HTTP/1.1" {status} {size}',
        )
    for t in poisson(r, t0, t_end, 360):
        p = r.choice(["/favicon.ico", "/robots.txt", "/apple-touch-icon.png"])
        t = E(S, t, "plain", "Not Found: %s", f"Not Found: {p}")
        E(S, t, "server", f"GET {p} 404", f'"GET {p} HTTP/1.1" 404 {r.randint(2280, 2300)}')
    for t in poisson(r, t0, t_end, 420):
        path, body = r.choice(bugs[:2])
        t = E(
            S, t, "plain", "Internal Server Error: %s", f"Internal Server Error: {path}\n{tb(body)}"
        )
        method = "POST" if path == "/checkout/" else "GET"
        E(
            S,
            t,
            "server",
            f"{method} {path} 500",
            f'"{method} {path} HTTP/1.1" 500 {r.randint(140000, 160000)}',
        )
    for t in poisson(r, t0, t_end, 700):
        E(
            S,
            t,
            "server",
            "- Broken pipe from %s",
            f"- Broken pipe from ('10.20.0.{r.randint(2, 60)}', {r.randint(40000, 65000)})",
        )
    for t in poisson(r, t0, t_end, 900):
        t = E(
            S,
            t,
            "server",
            "code %d, message Bad request version (%r)",
            "code 400, message Bad request version ('\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03\\x9a\\x1f')",
        )
        E(
            S,
            t,
            "server",
            "You're accessing the development server over HTTPS, but it only supports HTTP.",
            "You're accessing the development server over HTTPS, but it only supports HTTP.",
        )
    return [
        files["web1"].into(Log("web1.log", t0)),
        files["web2"].into(Log("web2.log", t0)),
        files["staging"].into(Log("staging.log", t0)),
    ]


# --------------------------------------------------------------------------------- uvicorn

UV_SITE = "/usr/local/lib/python3.12/site-packages"
UV_PHRASE = {
    200: "OK",
    201: "Created",
    204: "No Content",
    307: "Temporary Redirect",
    401: "Unauthorized",
    404: "Not Found",
    422: "Unprocessable Entity",
    500: "Internal Server Error",
    503: "Service Unavailable",
}
UV_STACK = [
    (
        f"{UV_SITE}/uvicorn/protocols/http/httptools_impl.py",
        411,
        "run_asgi",
        "result = await app(  # type: ignore[func-returns-value]",
    ),
    (
        f"{UV_SITE}/uvicorn/middleware/proxy_headers.py",
        69,
        "__call__",
        "return await self.app(scope, receive, send)",
    ),
    (
        f"{UV_SITE}/fastapi/applications.py",
        1054,
        "__call__",
        "await super().__call__(scope, receive, send)",
    ),
    (
        f"{UV_SITE}/starlette/applications.py",
        123,
        "__call__",
        "await self.middleware_stack(scope, receive, send)",
    ),
    (f"{UV_SITE}/starlette/middleware/errors.py", 186, "__call__", "raise exc"),
    (
        f"{UV_SITE}/starlette/middleware/errors.py",
        164,
        "__call__",
        "await self.app(scope, receive, _send)",
    ),
    (
        f"{UV_SITE}/starlette/middleware/exceptions.py",
        65,
        "__call__",
        "await wrap_app_handling_exceptions(self.app, conn)(scope, receive, send)",
    ),
    (f"{UV_SITE}/starlette/_exception_handler.py", 64, "wrapped_app", "raise exc"),
    (
        f"{UV_SITE}/starlette/_exception_handler.py",
        53,
        "wrapped_app",
        "await app(scope, receive, sender)",
    ),
    (
        f"{UV_SITE}/starlette/routing.py",
        756,
        "__call__",
        "await self.middleware_stack(scope, receive, send)",
    ),
    (f"{UV_SITE}/starlette/routing.py", 776, "app", "await route.handle(scope, receive, send)"),
    (f"{UV_SITE}/starlette/routing.py", 297, "handle", "await self.app(scope, receive, send)"),
    (
        f"{UV_SITE}/starlette/routing.py",
        77,
        "app",
        "await wrap_app_handling_exceptions(app, request)(scope, receive, send)",
    ),
    (f"{UV_SITE}/starlette/_exception_handler.py", 64, "wrapped_app", "raise exc"),
    (
        f"{UV_SITE}/starlette/_exception_handler.py",
        53,
        "wrapped_app",
        "await app(scope, receive, sender)",
    ),
    (f"{UV_SITE}/starlette/routing.py", 72, "app", "response = await func(request)"),
    (f"{UV_SITE}/fastapi/routing.py", 278, "app", "raw_response = await run_endpoint_function("),
    (
        f"{UV_SITE}/fastapi/routing.py",
        191,
        "run_endpoint_function",
        "return await dependant.call(**values)",
    ),
]
UV_ROUTES = [
    # (method, route, path maker, status, weight)
    ("GET", "/items/%s", lambda r: f"/items/{r.randint(1, 900)}", 200, 30),
    ("GET", "/items/%s", lambda r: f"/items/{r.randint(901, 2000)}", 404, 4),
    (
        "GET",
        "/items?limit=%s&offset=%s",
        lambda r: "/items?limit=50&offset=" + str(r.choice([0, 50, 100, 150])),
        200,
        10,
    ),
    ("POST", "/orders", lambda r: "/orders", 201, 9),
    ("POST", "/orders", lambda r: "/orders", 422, 2),
    ("GET", "/orders/%s", lambda r: f"/orders/{r.randint(5000, 9000)}", 200, 8),
    ("POST", "/auth/token", lambda r: "/auth/token", 200, 6),
    ("POST", "/auth/token", lambda r: "/auth/token", 401, 1),
    ("GET", "/users/me", lambda r: "/users/me", 200, 5),
    ("GET", "/docs", lambda r: "/docs", 200, 1),
    ("GET", "/openapi.json", lambda r: "/openapi.json", 200, 1),
    ("GET", "/metrics", lambda r: "/metrics", 307, 1),
    ("GET", "/metrics/", lambda r: "/metrics/", 200, 1),
]


def uvicorn(r: random.Random) -> list[Log]:
    """A FastAPI 0.111 service under uvicorn 0.30 in two Kubernetes pods, 06:00 to 12:00
    (`api-0.log`, `api-1.log`, as `kubectl logs` keeps them: uvicorn's default log config with
    no timestamps, `INFO:     ` / `WARNING:  ` / `ERROR:    ` level prefixes and access lines
    `INFO:     10.42.1.7:52344 - "GET /items/3 HTTP/1.1" 200 OK`; the app's own loggers through
    `logging.basicConfig(format="%(asctime)s | %(levelname)-8s | %(name)s | %(message)s")`,
    httpx's request lines among them). Liveness probes every minute, traffic all morning, a
    payments service answering 502/503 from 07:30 to 07:48 (retries, multi-line httpx errors),
    the database restarted at 09:02 (asyncpg errors in `Exception in ASGI application`
    tracebacks, readiness 503s), a release at 10:05 whose settings fail validation on start-up
    (pydantic's ValidationError in the lifespan traceback, `Application startup failed.
    Exiting.`, four restarts of api-1) and its rollback at 10:14, a response model change
    failing `GET /orders/%s` with ResponseValidationError until 11:10, scanners' invalid requests
    and websocket upgrades."""
    clock = Clock(1000)
    pods = ["api-0", "api-1"]
    files = {p: Records() for p in pods}

    def head(name: str, t: datetime, level: str) -> str:
        if level.startswith("app:"):
            _, lvl, logger = level.split(":")
            return f"{t:%Y-%m-%d %H:%M:%S},{ms3(t)} | {lvl:<8} | {logger} | "
        return f"{level}:" + " " * (8 - len(level)) + " "

    E = emitter(clock, files, head)
    t0, t_end = at(6, 0), at(12, 0)
    pay_bad = (at(7, 30), at(7, 48))
    db_down = (at(9, 2, 11), at(9, 4, 52))
    bad_release = (at(10, 5), at(10, 14, 30))
    resp_bug = (at(10, 40), at(11, 10))
    down: dict[str, list[tuple[datetime, datetime]]] = {p: [] for p in pods}

    def start(pod: str, t: datetime, pid: int = 1, fail: bool = False) -> datetime:
        t = E(pod, t, "INFO", "Started server process [%d]", f"Started server process [{pid}]")
        t = E(
            pod,
            t + timedelta(milliseconds=2),
            "INFO",
            "Waiting for application startup.",
            "Waiting for application startup.",
        )
        if fail:
            body = tb(
                [
                    *pyframes(
                        (
                            f"{UV_SITE}/starlette/routing.py",
                            732,
                            "lifespan",
                            "async with self.lifespan_context(app) as maybe_state:",
                        ),
                        (
                            "/usr/local/lib/python3.12/contextlib.py",
                            210,
                            "__aenter__",
                            "return await anext(self.gen)",
                        ),
                        ("/app/app/main.py", 31, "lifespan", "settings = Settings()"),
                        (
                            f"{UV_SITE}/pydantic_settings/main.py",
                            144,
                            "__init__",
                            "super().__init__(",
                        ),
                        (
                            f"{UV_SITE}/pydantic/main.py",
                            193,
                            "__init__",
                            "self.__pydantic_validator__.validate_python(data, self_instance=self)",
                        ),
                    ),
                    "pydantic_core._pydantic_core.ValidationError: 2 validation errors for Settings",
                    "database_url",
                    "  Field required [type=missing, input_value={'redis_url': 'redis://r...', 'log_level': 'info'}, input_type=dict]",
                    "    For further information visit https://errors.pydantic.dev/2.7/v/missing",
                    "payments_timeout",
                    "  Input should be a valid number, unable to parse string as a number [type=float_parsing, input_value='5s', input_type=str]",
                    "    For further information visit https://errors.pydantic.dev/2.7/v/float_parsing",
                ]
            )
            t = E(pod, t + timedelta(milliseconds=40), "ERROR", "%s", body + "\n")
            return E(
                pod,
                t + timedelta(milliseconds=1),
                "ERROR",
                "Application startup failed. Exiting.",
                "Application startup failed. Exiting.",
            )
        t = E(
            pod,
            t + timedelta(milliseconds=80),
            "app:INFO:app.db",
            "Connected to database %s (pool min=%d max=%d)",
            "Connected to database postgresql://api@10.0.3.12:5432/shop (pool min=2 max=10)",
        )
        t = E(
            pod,
            t + timedelta(milliseconds=120),
            "app:INFO:app.cache",
            "Loaded %d products into cache in %.2fs",
            f"Loaded {r.randint(880, 910)} products into cache in {r.uniform(0.3, 1.2):.2f}s",
        )
        t = E(
            pod,
            t + timedelta(milliseconds=3),
            "INFO",
            "Application startup complete.",
            "Application startup complete.",
        )
        return E(
            pod,
            t + timedelta(milliseconds=1),
            "INFO",
            "Uvicorn running on %s://%s:%d (Press CTRL+C to quit)",
            "Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)",
        )

    def stop(pod: str, t: datetime, pid: int = 1, cancel: int = 0) -> datetime:
        t = E(pod, t, "INFO", "Shutting down", "Shutting down")
        t = E(
            pod,
            t + timedelta(milliseconds=50),
            "INFO",
            "Waiting for connections to close. (CTRL+C to force quit)",
            "Waiting for connections to close. (CTRL+C to force quit)",
        )
        if cancel:
            t = E(
                pod,
                t + timedelta(seconds=10),
                "ERROR",
                "Cancel %s running task(s), timeout graceful shutdown exceeded",
                f"Cancel {cancel} running task(s), timeout graceful shutdown exceeded",
            )
        t = E(
            pod,
            t + timedelta(milliseconds=20),
            "INFO",
            "Waiting for application shutdown.",
            "Waiting for application shutdown.",
        )
        t = E(
            pod,
            t + timedelta(milliseconds=30),
            "app:INFO:app.db",
            "Database pool closed",
            "Database pool closed",
        )
        t = E(
            pod,
            t + timedelta(milliseconds=2),
            "INFO",
            "Application shutdown complete.",
            "Application shutdown complete.",
        )
        return E(
            pod,
            t + timedelta(milliseconds=1),
            "INFO",
            "Finished server process [%d]",
            f"Finished server process [{pid}]",
        )

    for p in pods:
        start(p, t0 + timedelta(seconds=r.uniform(1, 4)))
    # the bad release: api-1 rolls first, crash-loops, api-0 keeps serving; rollback
    stop("api-1", bad_release[0], cancel=1)
    down["api-1"].append((bad_release[0], bad_release[1] + timedelta(seconds=5)))
    x = bad_release[0] + timedelta(seconds=8)
    for backoff in (10, 20, 40, 80, 160):
        if x > bad_release[1]:
            break
        start("api-1", x, fail=True)
        x += timedelta(seconds=backoff + r.uniform(2, 4))
    start("api-1", bad_release[1] + timedelta(seconds=4))
    # api-0 restarted by the rollback too (a new pod name would be a new file: kept as one log)
    stop("api-0", at(10, 16, 3))
    down["api-0"].append((at(10, 16, 3), at(10, 16, 12)))
    start("api-0", at(10, 16, 10))

    def up(pod: str, t: datetime) -> bool:
        return not any(a <= t <= b for a, b in down[pod])

    def access(
        pod: str, t: datetime, client: str, method: str, route: str, path: str, status: int
    ) -> datetime:
        return E(
            pod,
            t,
            "INFO",
            f"{method} {route} {status}",
            f'{client} - "{method} {path} HTTP/1.1" {status} {UV_PHRASE[status]}',
        )

    def asgi_error(
        pod: str,
        t: datetime,
        frames: list,
        exc: list[str],
        pre: list[list[str]] | None = None,
        ctx: bool = False,
    ) -> None:
        last = [*pyframes(*UV_STACK, *frames), *exc]
        body = (tb_ctx if ctx else tb)(*(pre or []), last)
        E(
            pod,
            t,
            "ERROR",
            "Exception in ASGI application",
            "Exception in ASGI application\n" + body,
        )

    # liveness probes
    for p in pods:
        x = t0 + timedelta(seconds=r.uniform(10, 60))
        while x < t_end:
            if up(p, x):
                node = "10.0.1.12" if p == "api-0" else "10.0.1.14"
                status = 503 if db_down[0] <= x <= db_down[1] else 200
                access(
                    p, x, f"{node}:{r.randint(32000, 60999)}", "GET", "/readyz", "/readyz", status
                )
                if status == 503:
                    E(
                        p,
                        x + timedelta(milliseconds=1),
                        "app:WARNING:app.health",
                        "Readiness check failed: [Errno %d] Connect call failed %s",
                        "Readiness check failed: [Errno 111] Connect call failed ('10.0.3.12', 5432)",
                    )
            x += timedelta(seconds=60)
    # traffic
    for x in poisson(r, t0, t_end, 16):
        p = r.choice(pods)
        if not up(p, x):
            p = "api-0" if p == "api-1" else "api-1"
        client = f"10.42.{r.choice([0, 1, 2])}.{r.randint(2, 250)}:{r.randint(32000, 60999)}"
        method, route, mk, status, _ = weighted(r, [(u[4], u) for u in UV_ROUTES])
        path = mk(r)
        if db_down[0] <= x <= db_down[1] and route not in (
            "/docs",
            "/openapi.json",
            "/metrics",
            "/metrics/",
        ):
            access(p, x, client, method, route, path, 500)
            first = x < db_down[0] + timedelta(seconds=15)
            exc = (
                "asyncpg.exceptions.ConnectionDoesNotExistError: connection was closed in the middle of operation"
                if first
                else "ConnectionRefusedError: [Errno 111] Connect call failed ('10.0.3.12', 5432)"
            )
            frames = [
                (
                    "/app/app/routers/items.py",
                    44,
                    "get_item",
                    "row = await db.fetch_one(ITEM_SQL, item_id)",
                ),
                ("/app/app/db.py", 41, "fetch_one", "async with pool.acquire() as conn:"),
                (
                    f"{UV_SITE}/asyncpg/pool.py",
                    1024,
                    "__aenter__",
                    "self.connection = await self.pool._acquire(self.timeout)",
                ),
                (f"{UV_SITE}/asyncpg/pool.py", 864, "_acquire", "return await _acquire_impl()"),
                (
                    f"{UV_SITE}/asyncpg/pool.py",
                    849,
                    "_acquire_impl",
                    "proxy = await ch.acquire()  # type: PoolConnectionProxy",
                ),
                (f"{UV_SITE}/asyncpg/pool.py", 140, "acquire", "await self.connect()"),
            ]
            if not first:
                frames += [
                    (
                        f"{UV_SITE}/asyncpg/connect_utils.py",
                        1049,
                        "_create_ssl_connection",
                        "tr, pr = await loop.create_connection(",
                    ),
                    (
                        "/usr/local/lib/python3.12/asyncio/base_events.py",
                        1122,
                        "create_connection",
                        "raise exceptions[0]",
                    ),
                    (
                        "/usr/local/lib/python3.12/asyncio/selector_events.py",
                        651,
                        "sock_connect",
                        "return await fut",
                    ),
                    (
                        "/usr/local/lib/python3.12/asyncio/selector_events.py",
                        691,
                        "_sock_connect_cb",
                        "raise OSError(err, f'Connect call failed {address}')",
                    ),
                ]
            asgi_error(p, x + timedelta(milliseconds=2), frames, [exc])
            continue
        if route == "/orders/%s" and resp_bug[0] <= x <= resp_bug[1]:
            access(p, x, client, method, route, path, 500)
            asgi_error(
                p,
                x + timedelta(milliseconds=2),
                [
                    (
                        f"{UV_SITE}/fastapi/routing.py",
                        296,
                        "app",
                        "content = await serialize_response(",
                    ),
                    (
                        f"{UV_SITE}/fastapi/routing.py",
                        155,
                        "serialize_response",
                        "raise ResponseValidationError(",
                    ),
                ],
                [
                    "fastapi.exceptions.ResponseValidationError: 1 validation errors:",
                    f"  {{'type': 'missing', 'loc': ('response', 'shipping', 'carrier'), 'msg': 'Field required', 'input': {{'method': 'standard', 'eta_days': {r.randint(1, 6)}}}}}",
                    "",
                ],
            )
            continue
        access(p, x, client, method, route, path, status)
        if route == "/items/%s" and status == 404:
            E(
                p,
                x + timedelta(milliseconds=1),
                "app:WARNING:app.items",
                "Item %s not found",
                f"Item {path.rsplit('/', 1)[1]} not found",
            )
        elif method == "POST" and route == "/orders" and status == 201:
            oid = r.randint(9001, 99999)
            y = E(
                p,
                x - timedelta(milliseconds=180),
                "app:INFO:app.orders",
                "Order %s created for customer %s: %d items",
                f"Order {oid} created for customer {r.randint(10, 4000)}: {r.randint(1, 7)} items",
            )
            if pay_bad[0] <= x <= pay_bad[1]:
                for a in (1, 2):
                    st = r.choice([502, 503])
                    y = E(
                        p,
                        y + timedelta(milliseconds=r.randint(50, 400)),
                        "app:INFO:httpx",
                        f'HTTP Request: POST https://payments.internal/v1/charges "HTTP/1.1 {st} {"Bad Gateway" if st == 502 else "Service Unavailable"}"',
                        f'HTTP Request: POST https://payments.internal/v1/charges "HTTP/1.1 {st} {"Bad Gateway" if st == 502 else "Service Unavailable"}"',
                    )
                    y = E(
                        p,
                        y + timedelta(milliseconds=1),
                        "app:WARNING:app.payments",
                        "Payment service unavailable for order %s, retry %d/%d in %.1fs",
                        f"Payment service unavailable for order {oid}, retry {a}/2 in {0.5 * a:.1f}s",
                    )
                if r.random() < 0.5:
                    y = E(
                        p,
                        y + timedelta(milliseconds=r.randint(500, 1200)),
                        "app:INFO:httpx",
                        'HTTP Request: POST https://payments.internal/v1/charges "HTTP/1.1 502 Bad Gateway"',
                        'HTTP Request: POST https://payments.internal/v1/charges "HTTP/1.1 502 Bad Gateway"',
                    )
                    E(
                        p,
                        y + timedelta(milliseconds=1),
                        "app:ERROR:app.payments",
                        "Payment failed for order %s: Server error '%s' for url '%s'\nFor more information check: %s",
                        f"Payment failed for order {oid}: Server error '502 Bad Gateway' for url 'https://payments.internal/v1/charges'\nFor more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/502",
                    )
                    continue
            E(
                p,
                y + timedelta(milliseconds=r.randint(60, 150)),
                "app:INFO:httpx",
                'HTTP Request: POST https://payments.internal/v1/charges "HTTP/1.1 200 OK"',
                'HTTP Request: POST https://payments.internal/v1/charges "HTTP/1.1 200 OK"',
            )
        elif route == "/auth/token":
            if status == 200:
                E(
                    p,
                    x - timedelta(milliseconds=2),
                    "app:INFO:app.auth",
                    "Token issued for %s (expires in %ds)",
                    f"Token issued for {r.choice(DJ_USERS)} (expires in 3600s)",
                )
            else:
                E(
                    p,
                    x - timedelta(milliseconds=2),
                    "app:WARNING:app.auth",
                    "Invalid credentials for %s",
                    f"Invalid credentials for {r.choice([*DJ_USERS, 'admin', 'root'])}",
                )
        if r.random() < 0.03:
            E(
                p,
                x + timedelta(milliseconds=2),
                "app:WARNING:app.middleware",
                "Slow request: %s %s took %.2fs",
                f"Slow request: {method} {path} took {r.uniform(2, 9):.2f}s",
            )
    # the inventory upstream sending junk: pydantic errors inside the handler, chained through httpx
    for x in poisson(r, t0, t_end, 700):
        p = r.choice([q for q in pods if up(q, x)] or pods)
        access(
            p,
            x,
            f"10.42.1.{r.randint(2, 250)}:{r.randint(32000, 60999)}",
            "GET",
            "/items/%s/stock",
            f"/items/{r.randint(1, 900)}/stock",
            500,
        )
        if r.random() < 0.6:
            asgi_error(
                p,
                x + timedelta(milliseconds=2),
                [
                    (
                        "/app/app/routers/items.py",
                        71,
                        "get_stock",
                        "return InventoryItem.model_validate(resp.json())",
                    ),
                    (
                        f"{UV_SITE}/pydantic/main.py",
                        551,
                        "model_validate",
                        "return cls.__pydantic_validator__.validate_python(",
                    ),
                ],
                [
                    "pydantic_core._pydantic_core.ValidationError: 1 validation error for InventoryItem",
                    "quantity",
                    "  Input should be a valid integer, unable to parse string as an integer [type=int_parsing, input_value='n/a', input_type=str]",
                    "    For further information visit https://errors.pydantic.dev/2.7/v/int_parsing",
                ],
            )
        else:
            asgi_error(
                p,
                x + timedelta(milliseconds=2),
                [
                    (
                        "/app/app/routers/items.py",
                        66,
                        "get_stock",
                        'resp = await client.get(f"{settings.inventory_url}/stock/{item_id}")',
                    ),
                    (f"{UV_SITE}/httpx/_client.py", 1814, "get", "return await self.request("),
                    (
                        f"{UV_SITE}/httpx/_transports/default.py",
                        372,
                        "handle_async_request",
                        "with map_httpcore_exceptions():",
                    ),
                    (
                        "/usr/local/lib/python3.12/contextlib.py",
                        158,
                        "__exit__",
                        "self.gen.throw(value)",
                    ),
                    (
                        f"{UV_SITE}/httpx/_transports/default.py",
                        86,
                        "map_httpcore_exceptions",
                        "raise mapped_exc(message) from exc",
                    ),
                ],
                ["httpx.ConnectError: [Errno -3] Temporary failure in name resolution"],
                pre=[
                    [
                        *pyframes(
                            (
                                f"{UV_SITE}/httpcore/_backends/anyio.py",
                                114,
                                "connect_tcp",
                                "with map_exceptions(exc_map):",
                            ),
                            (
                                "/usr/local/lib/python3.12/contextlib.py",
                                158,
                                "__exit__",
                                "self.gen.throw(value)",
                            ),
                            (
                                f"{UV_SITE}/httpcore/_exceptions.py",
                                14,
                                "map_exceptions",
                                "raise to_exc(exc) from exc",
                            ),
                        ),
                        "httpcore.ConnectError: [Errno -3] Temporary failure in name resolution",
                    ]
                ],
            )
    # background reindex every 15 minutes
    for p in pods:
        x = t0 + timedelta(minutes=15, seconds=r.uniform(0, 30))
        while x < t_end:
            if up(p, x) and not db_down[0] <= x <= db_down[1]:
                E(
                    p,
                    x,
                    "app:INFO:app.tasks",
                    "Reindexed %d items in %.1fs",
                    f"Reindexed {r.randint(880, 910)} items in {r.uniform(1, 8):.1f}s",
                )
            x += timedelta(minutes=15)
    # scanners: garbage, TLS on the plain port, websocket probes
    for x in poisson(r, t0, t_end, 240):
        p = r.choice(pods)
        if not up(p, x):
            continue
        k = weighted(r, [(6, "invalid"), (2, "ws"), (1, "404")])
        if k == "invalid":
            E(p, x, "WARNING", "Invalid HTTP request received.", "Invalid HTTP request received.")
        elif k == "ws":
            x = E(p, x, "WARNING", "Unsupported upgrade request.", "Unsupported upgrade request.")
            x = E(
                p,
                x,
                "WARNING",
                "No supported WebSocket library detected. Please use \"pip install 'uvicorn[standard]'\", or install 'websockets' or 'wsproto' manually.",
                "No supported WebSocket library detected. Please use \"pip install 'uvicorn[standard]'\", or install 'websockets' or 'wsproto' manually.",
            )
            access(
                p,
                x,
                f"10.42.2.{r.randint(2, 250)}:{r.randint(32000, 60999)}",
                "GET",
                "/ws",
                "/ws",
                404,
            )
        else:
            path = r.choice(["/.env", "/wp-login.php", "/actuator/health", "/.git/config"])
            access(
                p,
                x,
                f"10.42.2.{r.randint(2, 250)}:{r.randint(32000, 60999)}",
                "GET",
                path,
                path,
                404,
            )
    return [files[p].into(Log(f"{p}.log", t0)) for p in pods]


# --------------------------------------------------------------------------------- werkzeug

FL_SITE = "/opt/inventory/venv/lib/python3.11/site-packages"
FL_DISPATCH = [
    (f"{FL_SITE}/flask/app.py", 1473, "wsgi_app", "response = self.full_dispatch_request()"),
    (f"{FL_SITE}/flask/app.py", 882, "full_dispatch_request", "rv = self.handle_user_exception(e)"),
    (f"{FL_SITE}/flask/app.py", 880, "full_dispatch_request", "rv = self.dispatch_request()"),
    (
        f"{FL_SITE}/flask/app.py",
        865,
        "dispatch_request",
        "return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)  # type: ignore[no-any-return]",
    ),
]
FL_PG = '(psycopg2.OperationalError) connection to server at "db.internal" (10.0.3.12), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n\n(Background on this error at: https://sqlalche.me/e/20/e3q8)'
FL_POOL = "QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00 (Background on this error at: https://sqlalche.me/e/20/3o7r)"
FL_SUPPLIERS = ["acme-parts", "nordwind", "globex", "initech-supply"]
FL_ROUTES = {
    # per app: (method, route, path maker, status, weight)
    "inventory": [
        ("GET", "/", lambda r: "/", 200, 6),
        ("GET", "/items", lambda r: "/items", 200, 12),
        ("GET", "/items/%s", lambda r: f"/items/{r.randint(1, 3000)}", 200, 20),
        ("GET", "/items/%s", lambda r: f"/items/{r.randint(3001, 3500)}", 404, 2),
        ("POST", "/items/%s/adjust", lambda r: f"/items/{r.randint(1, 3000)}/adjust", 302, 8),
        ("GET", "/api/stock?sku=%s", lambda r: f"/api/stock?sku={r.choice(DJ_SKUS)}", 200, 14),
        ("GET", "/static/style.css", lambda r: "/static/style.css", 304, 5),
        ("GET", "/static/app.js", lambda r: "/static/app.js", 304, 5),
        ("GET", "/login", lambda r: "/login", 200, 2),
        ("POST", "/login", lambda r: "/login", 302, 2),
        ("GET", "/healthz", lambda r: "/healthz", 200, 20),
    ],
    "webhooks": [
        ("POST", "/hooks/shipping", lambda r: "/hooks/shipping", 204, 10),
        (
            "POST",
            "/hooks/supplier/%s",
            lambda r: f"/hooks/supplier/{r.choice(FL_SUPPLIERS)}",
            202,
            6,
        ),
        ("GET", "/healthz", lambda r: "/healthz", 200, 8),
    ],
}


def werkzeug(r: random.Random) -> list[Log]:
    """Three Flask 3.0 apps on Werkzeug 3.0's server, 06:00 to 12:00: `inventory.log` (an
    internal stock tool run with `app.run(host="0.0.0.0")` under systemd, stdout and stderr in
    one file), `webhooks.log` (a small webhook receiver behind nginx, clients 127.0.0.1) and
    `admin-dev.log` (a developer's `flask --app admin run --debug`: the reloader, the debugger
    PIN, `Detected change`, the debugger's tracebacks written bare). Werkzeug's request lines
    `10.0.2.15 - - [04/Jun/2024 06:00:02] "GET / HTTP/1.1" 200 -`, the start-up banner (the
    development server warning and the `Running on` lines as one call), Flask's default
    handler `[2024-06-04 06:00:02,123] ERROR in app: Exception on /x [POST]` with tracebacks and
    the apps' own `INFO in views:` lines. Incidents: the database down from 08:41 to 08:47
    (SQLAlchemy OperationalError tracebacks), the pool exhausted during the 10:00 import
    (QueuePool TimeoutError), a supplier API failing its retries, TLS scanners on the plain port
    (`code 400, message Bad request version`), a restart of inventory at 10:30."""
    clock = Clock(1000)
    names = ["inventory", "webhooks", "admin-dev"]
    files = {n: Records() for n in names}

    def head(name: str, t: datetime, level: str) -> str:
        if level == "plain":
            return ""
        if level.startswith("req:"):
            return f"{level[4:]} - - [{wsgi_date(t)}] "
        lvl, module = level.split(":")
        return f"[{t:%Y-%m-%d %H:%M:%S},{ms3(t)}] {lvl} in {module}: "

    E = emitter(clock, files, head)
    t0, t_end = at(6, 0), at(12, 0)
    db_down = (at(8, 41, 12), at(8, 47, 3))
    pool_bad = (at(10, 0, 5), at(10, 6, 40))
    restart = at(10, 30, 12)

    def banner(name: str, t: datetime, app: str, debug: bool, child: bool = False) -> datetime:
        if not child:
            t = E(name, t, "plain", " * Serving Flask app %r", f" * Serving Flask app '{app}'")
            t = E(
                name,
                t + timedelta(milliseconds=1),
                "plain",
                f" * Debug mode: {'on' if debug else 'off'}",
                f" * Debug mode: {'on' if debug else 'off'}",
            )
            iface = {
                "inventory": "10.0.2.31",
                "webhooks": "127.0.0.1",
                "admin-dev": "192.168.1.23",
            }[name]
            if name == "webhooks":
                running = "\n * Running on http://127.0.0.1:5001"
                fmt = "WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\n * Running on %s://%s:%d"
            else:
                running = f"\n * Running on all addresses (0.0.0.0)\n * Running on http://127.0.0.1:5000\n * Running on http://{iface}:5000"
                fmt = "WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead.\n * Running on all addresses (%s)\n * Running on %s://%s:%d\n * Running on %s://%s:%d"
            t = E(
                name,
                t + timedelta(milliseconds=4),
                "plain",
                fmt,
                "WARNING: This is a development server. Do not use it in a production deployment. Use a production WSGI server instead."
                + running,
            )
            t = E(
                name,
                t + timedelta(milliseconds=1),
                "plain",
                "Press CTRL+C to quit",
                "Press CTRL+C to quit",
            )
        if debug:
            t = E(
                name,
                t + timedelta(milliseconds=2),
                "plain",
                " * Restarting with %s",
                " * Restarting with stat",
            )
            t = E(
                name,
                t + timedelta(milliseconds=600),
                "plain",
                " * Debugger is active!",
                " * Debugger is active!",
            )
            t = E(
                name,
                t + timedelta(milliseconds=1),
                "plain",
                " * Debugger PIN: %s",
                " * Debugger PIN: 417-302-918",
            )
        return t

    banner("inventory", t0 + timedelta(seconds=2), "inventory", False)
    banner("webhooks", t0 + timedelta(seconds=3), "webhooks", False)
    banner("inventory", restart + timedelta(seconds=3), "inventory", False)
    for n in ("inventory", "webhooks"):
        E(
            n,
            t0 + timedelta(seconds=2, milliseconds=300),
            "INFO:__init__",
            "Loaded %d suppliers, %d warehouses",
            f"Loaded {len(FL_SUPPLIERS)} suppliers, 3 warehouses",
        )
    E(
        "inventory",
        restart + timedelta(seconds=3, milliseconds=300),
        "INFO:__init__",
        "Loaded %d suppliers, %d warehouses",
        f"Loaded {len(FL_SUPPLIERS)} suppliers, 3 warehouses",
    )

    def req(
        name: str, t: datetime, client: str, method: str, route: str, path: str, status: int
    ) -> datetime:
        return E(
            name,
            t,
            f"req:{client}",
            f"{method} {route} {status}",
            f'"{method} {path} HTTP/1.1" {status} -',
        )

    def exc_on(
        name: str, t: datetime, path: str, method: str, frames: list, exc: list[str]
    ) -> datetime:
        return E(
            name,
            t,
            "ERROR:app",
            "Exception on %s [%s]",
            f"Exception on {path} [{method}]\n" + tb([*pyframes(*FL_DISPATCH, *frames), *exc]),
        )

    clients = [f"10.0.2.{k}" for k in (15, 16, 44, 57, 61, 80)]
    for name in ("inventory", "webhooks"):
        for x in poisson(r, t0 + timedelta(seconds=10), t_end, 22 if name == "inventory" else 55):
            if name == "inventory" and restart <= x <= restart + timedelta(seconds=4):
                continue
            method, route, mk, status, _ = weighted(r, [(u[4], u) for u in FL_ROUTES[name]])
            path = mk(r)
            if route == "/hooks/supplier/%s":
                route = path  # a supplier's name in the route is kept
            client = r.choice(clients) if name == "inventory" else "127.0.0.1"
            if route == "/healthz" and name == "inventory":
                client = "10.0.2.2"
            db_route = route not in ("/healthz", "/static/style.css", "/static/app.js", "/login")
            if db_route and (
                db_down[0] <= x <= db_down[1]
                or (name == "inventory" and pool_bad[0] <= x <= pool_bad[1] and r.random() < 0.5)
            ):
                pool = not db_down[0] <= x <= db_down[1]
                exc = (
                    [f"sqlalchemy.exc.TimeoutError: {FL_POOL}"]
                    if pool
                    else [*f"sqlalchemy.exc.OperationalError: {FL_PG}".split("\n")]
                )
                frames = [
                    (
                        "/opt/inventory/app/views.py"
                        if name == "inventory"
                        else "/opt/webhooks/app/hooks.py",
                        r.choice([58, 91, 133]),
                        r.choice(["item_detail", "stock_api", "adjust"])
                        if name == "inventory"
                        else "shipping_hook",
                        "item = db.session.get(Item, item_id)",
                    ),
                    (f"{FL_SITE}/sqlalchemy/orm/session.py", 3682, "get", "return self._get_impl("),
                    (
                        f"{FL_SITE}/sqlalchemy/engine/base.py",
                        146,
                        "__init__",
                        "self._dbapi_connection = engine.raw_connection()",
                    ),
                    (
                        f"{FL_SITE}/sqlalchemy/pool/base.py",
                        1269,
                        "_checkout",
                        "fairy = _ConnectionRecord.checkout(pool)",
                    ),
                    (
                        f"{FL_SITE}/sqlalchemy/pool/impl.py",
                        157,
                        "_do_get",
                        "raise exc.TimeoutError(",
                    )
                    if pool
                    else (
                        f"{FL_SITE}/sqlalchemy/engine/default.py",
                        621,
                        "connect",
                        "return self.loaded_dbapi.connect(*cargs, **cparams)",
                    ),
                ]
                x = exc_on(name, x, path, method, frames, exc)
                req(name, x + timedelta(milliseconds=3), client, method, route, path, 500)
                continue
            if route == "/items/%s/adjust":
                sku = r.choice(DJ_SKUS)
                d = r.choice([-5, -3, -2, -1, 1, 2, 10, 24])
                now = r.randint(-2, 300)
                x = E(
                    name,
                    x,
                    "INFO:views",
                    "Stock adjusted for %s: %+d (now %d)",
                    f"Stock adjusted for {sku}: {d:+d} (now {now})",
                )
                if now < 0:
                    x = E(
                        name,
                        x,
                        "WARNING:views",
                        "Negative stock for %s after adjustment (%d)",
                        f"Negative stock for {sku} after adjustment ({now})",
                    )
            elif route == "/login" and method == "POST":
                if r.random() < 0.2:
                    x = E(
                        name,
                        x,
                        "WARNING:auth",
                        "Login failed for %s",
                        f"Login failed for {r.choice([*DJ_USERS, 'admin'])}",
                    )
                    status = 200
                else:
                    x = E(
                        name,
                        x,
                        "INFO:auth",
                        "User %s logged in",
                        f"User {r.choice(DJ_USERS)} logged in",
                    )
            elif route == "/hooks/shipping":
                x = E(
                    name,
                    x,
                    "INFO:hooks",
                    "Shipment %s for order %s is now %s",
                    f"Shipment {r.choice(['DHL', 'UPS', 'GLS'])}{r.randint(10**9, 10**10 - 1)} for order {r.randint(48000, 49999)} is now {r.choice(['in_transit', 'delivered', 'out_for_delivery', 'exception'])}",
                )
            elif route.startswith("/hooks/supplier/"):
                if r.random() < 0.06:
                    x = E(
                        name,
                        x,
                        "WARNING:hooks",
                        "Rejected webhook from %s: bad signature",
                        f"Rejected webhook from {path.rsplit('/', 1)[1]}: bad signature",
                    )
                    status = 401
                else:
                    x = E(
                        name,
                        x,
                        "INFO:hooks",
                        "Queued price update from %s (%d lines)",
                        f"Queued price update from {path.rsplit('/', 1)[1]} ({r.randint(1, 400)} lines)",
                    )
            req(
                name,
                x + timedelta(milliseconds=r.randint(2, 90)),
                client,
                method,
                route,
                path,
                status,
            )
    # app bugs in inventory
    for x in poisson(r, t0, t_end, 900):
        x = exc_on(
            "inventory",
            x,
            "/items/export",
            "POST",
            [
                (
                    "/opt/inventory/app/views.py",
                    212,
                    "export",
                    "rows = [row_for(item) for item in items]",
                ),
                (
                    "/opt/inventory/app/views.py",
                    212,
                    "<listcomp>",
                    "rows = [row_for(item) for item in items]",
                ),
                (
                    "/opt/inventory/app/export.py",
                    37,
                    "row_for",
                    'return [item.sku, item.title, item.supplier.name, f"{item.cost:.2f}"]',
                ),
            ],
            ["AttributeError: 'NoneType' object has no attribute 'name'"],
        )
        req(
            "inventory",
            x + timedelta(milliseconds=2),
            r.choice(clients),
            "POST",
            "/items/export",
            "/items/export",
            500,
        )
    for x in poisson(r, t0, t_end, 2400):
        E(
            "inventory",
            x,
            "ERROR:app",
            "Request finalizing failed with an error while handling an error",
            "Request finalizing failed with an error while handling an error\n"
            + tb(
                [
                    *pyframes(
                        (
                            f"{FL_SITE}/flask/app.py",
                            911,
                            "finalize_request",
                            "response = self.process_response(response)",
                        ),
                        (
                            "/opt/inventory/app/__init__.py",
                            74,
                            "add_timing_header",
                            "response.headers['Server-Timing'] = f\"app;dur={(time.perf_counter() - g.t0) * 1000:.1f}\"",
                        ),
                        (
                            f"{FL_SITE}/flask/ctx.py",
                            54,
                            "__getattr__",
                            "raise AttributeError(name) from None",
                        ),
                    ),
                    "AttributeError: t0",
                ]
            ),
        )
    # supplier sync every 10 minutes, one supplier flaky
    x = t0 + timedelta(minutes=5)
    while x < t_end:
        for sup in FL_SUPPLIERS:
            y = x + timedelta(seconds=r.uniform(0, 20))
            if sup == "globex" and at(7, 20) <= y <= at(8, 5):
                for a in (1, 2, 3):
                    y = E(
                        "inventory",
                        y,
                        "WARNING:sync",
                        "Supplier API returned %d for %s, retrying (%d/%d)",
                        f"Supplier API returned {r.choice([502, 503, 504])} for {sup}, retrying ({a}/3)",
                    ) + timedelta(seconds=2**a)
                E(
                    "inventory",
                    y,
                    "ERROR:sync",
                    "Giving up on %s after %d attempts",
                    f"Giving up on {sup} after 3 attempts",
                )
                continue
            if db_down[0] <= y <= db_down[1] or restart <= y <= restart + timedelta(seconds=5):
                continue
            E(
                "inventory",
                y,
                "INFO:sync",
                "Imported %d rows from %s",
                f"Imported {r.randint(0, 600)} rows from {sup}",
            )
        x += timedelta(minutes=10)
    # the big import at 10:00
    E(
        "inventory",
        pool_bad[0] - timedelta(seconds=4),
        "INFO:tasks",
        "Full catalogue import started by %s",
        "Full catalogue import started by dpatel",
    )
    E(
        "inventory",
        pool_bad[1] + timedelta(seconds=20),
        "INFO:tasks",
        "Full catalogue import finished: %d items in %ds",
        f"Full catalogue import finished: 2987 items in {int((pool_bad[1] - pool_bad[0]).total_seconds()) + 24}s",
    )
    # TLS scanners on the plain port
    for x in poisson(r, t0, t_end, 600):
        c = scanner_ip(r)
        x = E(
            "inventory",
            x,
            f"req:{c}",
            "code %d, message Bad request version (%r)",
            "code 400, message Bad request version ('\\x03\\x03\\x8a\\x1f\\x92\\xc3\\x0e')",
        )
        E(
            "inventory",
            x,
            f"req:{c}",
            '"%s" 400 %s',
            '"\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01ü\\x03\\x03\\x8a\\x1f\\x92\\xc3\\x0e" 400 -',
        )
    for x in poisson(r, t0, t_end, 1300):
        probe = r.choice(["MGLNDD_10.0.2.31_5000", "SSH-2.0-Go"])
        c = scanner_ip(r)
        x = E(
            "inventory",
            x,
            f"req:{c}",
            "code %d, message Bad HTTP/0.9 request type (%r)",
            f"code 400, message Bad HTTP/0.9 request type ('{probe}')",
        )
        E(
            "inventory",
            x,
            f"req:{c}",
            '"%s" 400 %s',
            f'"{probe}" 400 -',
        )
    # restart of inventory: systemd stops it (no shutdown message from the dev server)

    # the developer's session
    D = "admin-dev"
    d0 = at(9, 12, 40)
    banner(D, d0, "admin", True)
    x = d0 + timedelta(seconds=5)
    edits = sorted(between(r, d0 + timedelta(minutes=3), at(11, 55)) for _ in range(14))
    dev_routes = [
        ("GET", "/", 200, 4),
        ("GET", "/items", 200, 6),
        ("GET", "/items/%s/edit", 200, 5),
        ("POST", "/items/%s/edit", 302, 3),
        ("GET", "/static/admin.css", 200, 2),
        ("GET", "/favicon.ico", 404, 1),
    ]
    bug_until = edits[5]
    for y in poisson(r, d0 + timedelta(seconds=20), at(11, 58), 17):
        if any(e <= y <= e + timedelta(seconds=2) for e in edits):
            continue
        method, route, status, _ = weighted(r, [(u[3], u) for u in dev_routes])
        path = route.replace("%s", str(r.randint(1, 3000)))
        if route == "/items/%s/edit" and method == "POST" and edits[2] <= y <= bug_until:
            y = E(
                D,
                y,
                "plain",
                "%s",
                tb(
                    [
                        *pyframes(
                            (
                                f"{FL_SITE}/flask/app.py",
                                1498,
                                "__call__",
                                "return self.wsgi_app(environ, start_response)",
                            ),
                            (
                                f"{FL_SITE}/flask/app.py",
                                1476,
                                "wsgi_app",
                                "response = self.handle_exception(e)",
                            ),
                            *FL_DISPATCH,
                            (
                                "/home/dana/src/admin/admin/views.py",
                                64,
                                "edit_item",
                                "item.price = Decimal(form['price'])",
                            ),
                        ),
                        "decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]",
                    ]
                ),
            )
            y = req(D, y + timedelta(milliseconds=3), "127.0.0.1", method, route, path, 500)
            for f in ("style.css", "debugger.js", "console.png"):
                y = req(
                    D,
                    y + timedelta(milliseconds=r.randint(20, 60)),
                    "127.0.0.1",
                    "GET",
                    f"{route}?__debugger__=%s&cmd=%s&f=%s",
                    f"{path}?__debugger__=yes&cmd=resource&f={f}",
                    200,
                )
            continue
        if route == "/items/%s/edit" and method == "POST":
            y = E(
                D,
                y,
                "INFO:views",
                "Item %s updated by %s",
                f"Item {path.split('/')[2]} updated by dana",
            )
        req(
            D,
            y + timedelta(milliseconds=r.randint(2, 40)),
            "127.0.0.1",
            method,
            route,
            path,
            status,
        )
    for e in edits:
        f = r.choice(
            [
                "/home/dana/src/admin/admin/views.py",
                "/home/dana/src/admin/admin/forms.py",
                "/home/dana/src/admin/admin/templates/items.html",
            ]
        )
        if f.endswith(".html"):
            continue
        e = E(
            D,
            e,
            "plain",
            " * Detected change in %r, reloading",
            f" * Detected change in {f!r}, reloading",
        )
        banner(D, e + timedelta(milliseconds=300), "admin", True, child=True)
    return [files[n].into(Log(f"{n}.log", t0)) for n in names]


# --------------------------------------------------------------------------------- pm2

PM2_HOME = "/home/deploy/.pm2"
NODE_V = "v20.14.0"
PM2_UA = [
    "okhttp/4.12.0",
    "Dalvik/2.1.0 (Linux; U; Android 14; Pixel 8 Build/AP2A.240505.005)",
    "ShopApp/3.8.1 (iPhone; iOS 17.5; Scale/3.00)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "axios/1.7.2",
]
PM2_ROUTES = [
    (
        "GET",
        "/api/products?page=%s",
        lambda r: f"/api/products?page={r.randint(1, 9)}",
        200,
        (4000, 9000),
        14,
    ),
    ("GET", "/api/products/%s", lambda r: f"/api/products/{hexid(r, 24)}", 200, (600, 1500), 18),
    ("GET", "/api/products/%s", lambda r: f"/api/products/{hexid(r, 24)}", 404, (40, 60), 2),
    ("GET", "/api/orders/%s", lambda r: f"/api/orders/{hexid(r, 24)}", 200, (700, 2200), 8),
    ("POST", "/api/orders", lambda r: "/api/orders", 201, (300, 500), 6),
    ("POST", "/api/orders", lambda r: "/api/orders", 400, (80, 140), 1),
    ("POST", "/api/auth/login", lambda r: "/api/auth/login", 200, (400, 480), 4),
    ("POST", "/api/auth/login", lambda r: "/api/auth/login", 401, (30, 40), 1),
    ("POST", "/api/auth/refresh", lambda r: "/api/auth/refresh", 200, (400, 480), 5),
    ("GET", "/health", lambda r: "/health", 200, (15, 15), 10),
]


def node_frames(*frames: str) -> str:
    return "\n".join(f"    at {f}" for f in frames)


def pm2(r: random.Random) -> list[Log]:
    """Two Node 20 apps under pm2 5.3 on one VM, 06:00 to 12:00, `time: true` and `merge_logs:
    true` in the ecosystem file: `api-out.log` / `api-error.log` (an Express API in cluster mode,
    two instances: morgan's combined lines and console.log lines on stdout, errors and Node's
    warnings on stderr) and `worker-out.log` / `worker-error.log` (a BullMQ worker in fork mode),
    each write prefixed `2024-06-04T06:00:02: ` (one prefix per chunk: a stack written in one
    call has one), and the daemon's `pm2.log` (`PM2 log: ` / `PM2 error: ` before each message:
    the start-up banner, `App [api:0] starting in -cluster mode-`, `online`, `exited with code
    [1] via signal [SIGINT]`, max-memory restarts, the kill sequence). The VM boots at 06:00
    (the daemon resurrects the apps); Redis is down from 08:12 to 08:19 (ioredis' `Unhandled
    error event` on both apps, the worker crashing on MaxRetriesPerRequestError and restarted
    nine times); the API leaks listeners and memory (MaxListenersExceededWarning, restarts at
    900 MB); invoices time out in the PDF renderer and one unhandled rejection kills the worker;
    a deploy at 10:00 restarts everything; an operator's `pm2 kill` and resurrect at 11:30."""
    clock = Clock(1000)
    names = ["pm2", "api-out", "api-error", "worker-out", "worker-error"]
    files = {n: Records() for n in names}

    def head(name: str, t: datetime, level: str) -> str:
        p = f"{t:%Y-%m-%dT%H:%M:%S}: "
        if name == "pm2":
            return p + ("PM2 error: " if level == "error" else "PM2 log: ")
        return p

    E = emitter(clock, files, head)
    t0, t_end = at(6, 0), at(12, 0)
    redis_down = (at(8, 12, 4), at(8, 16, 50))
    deploy = at(10, 0, 12)
    kill = at(11, 30, 5)
    pids = iter(range(1187, 99999, 37))
    state = {"api:0": 0, "api:1": 0, "worker:2": 0}
    down: dict[str, list[tuple[datetime, datetime]]] = {k: [] for k in state}

    def D(t: datetime, fmt: str, text: str, level: str = "log") -> datetime:
        return E("pm2", t, level, fmt, text)

    def app_start(proc: str, t: datetime) -> datetime:
        name, i = proc.split(":")
        state[proc] = next(pids)
        mode = "cluster" if name == "api" else "fork"
        t = D(
            t,
            f"App [%s:%s] starting in -{mode} mode-",
            f"App [{name}:{i}] starting in -{mode} mode-",
        )
        t = D(
            t + timedelta(milliseconds=r.randint(30, 90)),
            "App [%s:%s] online",
            f"App [{name}:{i}] online",
        )
        y = t + timedelta(milliseconds=r.randint(300, 900))
        if name == "api":
            y = E(
                "api-out",
                y,
                "",
                "Connected to MongoDB at %s",
                "Connected to MongoDB at mongodb://10.0.3.21:27017/shop",
            )
            if not redis_down[0] <= y <= redis_down[1]:
                y = E(
                    "api-out",
                    y + timedelta(milliseconds=20),
                    "",
                    "Redis ready (%s)",
                    "Redis ready (10.0.3.7:6379)",
                )
            E(
                "api-out",
                y + timedelta(milliseconds=30),
                "",
                "API listening on port %d (pid %d, env %s)",
                f"API listening on port 3000 (pid {state[proc]}, env production)",
            )
        else:
            E(
                "worker-out",
                y,
                "",
                "Worker started: queues=%s concurrency=%d",
                "Worker started: queues=emails,invoices,webhooks concurrency=4",
            )
        return t

    def app_exit(proc: str, t: datetime, code: int, killed: bool = False) -> datetime:
        name, i = proc.split(":")
        if killed:
            t = D(t, "Stopping app:%s id:%s", f"Stopping app:{name} id:{i}")
        if name == "api":
            t = D(
                t + timedelta(milliseconds=5),
                "App name:%s id:%s disconnected",
                f"App name:{name} id:{i} disconnected",
            )
        t = D(
            t + timedelta(milliseconds=r.randint(20, 60)),
            "App [%s:%s] exited with code [%s] via signal [%s]",
            f"App [{name}:{i}] exited with code [{code}] via signal [SIGINT]",
        )
        if killed:
            t = D(
                t + timedelta(milliseconds=2),
                "pid=%s msg=process killed",
                f"pid={state[proc]} msg=process killed",
            )
        return t

    def banner(t: datetime) -> datetime:
        rows = [
            (
                "===============================================================================",
                "===============================================================================",
            ),
            (
                "--- New PM2 Daemon started ----------------------------------------------------",
                "--- New PM2 Daemon started ----------------------------------------------------",
            ),
            (
                "Time                 : %s",
                f"Time                 : {t:%a %b %d %Y %H:%M:%S} GMT+0000 (Coordinated Universal Time)",
            ),
            ("PM2 version          : %s", "PM2 version          : 5.3.1"),
            ("Node.js version      : %s", "Node.js version      : 20.14.0"),
            ("Current arch         : %s", "Current arch         : x64"),
            ("PM2 home             : %s", f"PM2 home             : {PM2_HOME}"),
            ("PM2 PID file         : %s", f"PM2 PID file         : {PM2_HOME}/pm2.pid"),
            ("RPC socket file      : %s", f"RPC socket file      : {PM2_HOME}/rpc.sock"),
            ("BUS socket file      : %s", f"BUS socket file      : {PM2_HOME}/pub.sock"),
            ("Application log path : %s", f"Application log path : {PM2_HOME}/logs"),
            ("Worker Interval      : %s", "Worker Interval      : 30000"),
            ("Process dump file    : %s", f"Process dump file    : {PM2_HOME}/dump.pm2"),
            ("Concurrent actions   : %s", "Concurrent actions   : 2"),
            ("SIGTERM timeout      : %s", "SIGTERM timeout      : 1600"),
            (
                "===============================================================================",
                "===============================================================================",
            ),
        ]
        for fmt, text in rows:
            t = D(t, fmt, text) + timedelta(milliseconds=1)
        return t

    def boot(t: datetime) -> None:
        t = banner(t) + timedelta(milliseconds=400)
        for proc in state:
            t = app_start(proc, t) + timedelta(milliseconds=r.randint(100, 300))

    boot(t0 + timedelta(seconds=1))
    # the deploy: `pm2 restart ecosystem.config.js`
    y = deploy
    for proc in state:
        y = app_exit(proc, y, 0, killed=True) + timedelta(milliseconds=100)
        down[proc].append((deploy, y + timedelta(seconds=1)))
        y = app_start(proc, y) + timedelta(milliseconds=200)
    # the operator's kill and resurrect
    y = D(
        kill,
        "pm2 has been killed by signal, dumping process list before exit...",
        "pm2 has been killed by signal, dumping process list before exit...",
    )
    for proc in state:
        y = D(
            y + timedelta(milliseconds=3),
            "Deleting process %s",
            f"Deleting process {proc.split(':')[1]}",
        )
        y = app_exit(proc, y, 0, killed=True)
        down[proc].append((kill, kill + timedelta(seconds=40)))
    y = D(y + timedelta(milliseconds=10), "Exited peacefully", "Exited peacefully")
    boot(kill + timedelta(seconds=36))

    def up(proc: str, t: datetime) -> bool:
        return not any(a <= t <= b for a, b in down[proc])

    # the API's traffic (morgan combined on stdout)
    for x in poisson(r, t0 + timedelta(seconds=5), t_end, 17):
        procs = [p for p in ("api:0", "api:1") if up(p, x)]
        if not procs:
            continue
        method, route, mk, status, (lo, hi), _ = weighted(r, [(u[5], u) for u in PM2_ROUTES])
        path = mk(r)
        client = "::ffff:127.0.0.1" if route == "/health" else f"::ffff:10.0.1.{r.choice([5, 6])}"
        ua = "curl/7.81.0" if route == "/health" else r.choice(PM2_UA)
        if redis_down[0] <= x <= redis_down[1] and route in (
            "/api/auth/login",
            "/api/auth/refresh",
            "/api/orders",
        ):
            status = 500
            lo, hi = 60, 80
            E(
                "api-error",
                x - timedelta(milliseconds=3),
                "",
                "[%s] %s %s failed: Connection is closed.",
                f"[{r.choice(procs)}] {method} {path} failed: Connection is closed.",
            )
        ref = '"-"'
        E(
            "api-out",
            x,
            "",
            f"{method} {route} {status}",
            f'{client} - - [{x:%d/%b/%Y:%H:%M:%S} +0000] "{method} {path} HTTP/1.1" {status} {r.randint(lo, hi)} {ref} "{ua}"',
        )
        if method == "POST" and route == "/api/orders" and status == 201:
            jid = r.randint(1000, 99999)
            E(
                "api-out",
                x - timedelta(milliseconds=5),
                "",
                "[orders] created %s for customer %s (%d items)",
                f"[orders] created {hexid(r, 24)} for customer {hexid(r, 24)} ({r.randint(1, 6)} items)",
            )
            # the worker's jobs for it
            w = x + timedelta(seconds=r.uniform(0.2, 2))
            if up("worker:2", w) and not redis_down[0] <= w <= redis_down[1]:
                for q in ("emails", "invoices"):
                    w += timedelta(milliseconds=r.randint(80, 3000))
                    if q == "invoices" and r.random() < 0.06:
                        E(
                            "worker-error",
                            w,
                            "",
                            "[%s] job %s failed (attempt %d/%d): PDF render timed out after %dms",
                            f"[invoices] job {jid} failed (attempt {r.randint(1, 3)}/3): PDF render timed out after 30000ms",
                        )
                        continue
                    E(
                        "worker-out",
                        w,
                        "",
                        "[%s] job %s completed in %dms",
                        f"[{q}] job {jid} completed in {r.randint(40, 4000)}ms",
                    )
    # Redis down: ioredis' unhandled error events (each retry), the worker's crash loop
    for proc, out in (("api:0", "api-error"), ("api:1", "api-error"), ("worker:2", "worker-error")):
        x = redis_down[0]
        k = 0
        while x < redis_down[1]:
            if up(proc, x):
                E(
                    out,
                    x,
                    "",
                    "[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s:%d",
                    "[ioredis] Unhandled error event: Error: connect ECONNREFUSED 10.0.3.7:6379\n"
                    + node_frames("TCPConnectWrap.afterConnect [as oncomplete] (node:net:1605:16)"),
                )
            k += 1
            x += timedelta(milliseconds=min(50 * k, 2000) + r.randint(0, 30))
    x = redis_down[0] + timedelta(seconds=21)
    while x < redis_down[1]:
        crash = (
            "/app/node_modules/ioredis/built/redis/event_handler.js:182\n"
            "        self.flushQueue(new errors_1.MaxRetriesPerRequestError(maxRetriesPerRequest));\n"
            "                        ^\n\n"
            'MaxRetriesPerRequestError: Reached the max retries per request limit (which is 20). Refer to "maxRetriesPerRequest" option for details.\n'
            + node_frames(
                "Socket.<anonymous> (/app/node_modules/ioredis/built/redis/event_handler.js:182:37)",
                "Object.onceWrapper (node:events:634:26)",
                "Socket.emit (node:events:519:28)",
                "TCP.<anonymous> (node:net:339:12)",
            )
            + f"\n\nNode.js {NODE_V}"
        )
        x = E(
            "worker-error",
            x,
            "",
            '%s:%d\n%s\n%s\n\nMaxRetriesPerRequestError: Reached the max retries per request limit (which is %d). Refer to "maxRetriesPerRequest" option for details.',
            crash,
        )
        x = app_exit("worker:2", x + timedelta(milliseconds=40), 1)
        down["worker:2"].append((x - timedelta(seconds=1), x + timedelta(seconds=1)))
        x = app_start("worker:2", x + timedelta(milliseconds=r.randint(100, 200)))
        x += timedelta(seconds=r.uniform(35, 50))
    for out in ("api-out", "worker-out"):
        E(
            out,
            redis_down[1] + timedelta(seconds=r.uniform(0.5, 2)),
            "",
            "Redis ready (%s)" if out == "api-out" else "Redis reconnected",
            "Redis ready (10.0.3.7:6379)" if out == "api-out" else "Redis reconnected",
        )
    # Node prints its `(Use ...)` hint under the first warning of a process only
    warned: set[tuple[str, int]] = set()

    def hint(kind: str, pid: int, text: str) -> str:
        if (kind, pid) in warned:
            return ""
        warned.add((kind, pid))
        return "\n" + text

    # the API leaking listeners, and memory: restarts at 900 MB (before the deploy only)
    for proc in ("api:0", "api:1"):
        y = t0 + timedelta(minutes=r.randint(20, 40))
        while y < deploy - timedelta(minutes=30):
            pid = state[proc]
            E(
                "api-error",
                y,
                "",
                "(node:%d) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. %d %s listeners added to %s. Use emitter.setMaxListeners() to increase limit",
                f"(node:{pid}) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 close listeners added to [Socket]. Use emitter.setMaxListeners() to increase limit"
                + hint(
                    "w",
                    pid,
                    "(Use `node --trace-warnings ...` to show where the warning was created)",
                ),
            )
            y += timedelta(minutes=r.randint(70, 100))
            if y >= deploy:
                break
            n = proc.split(":")[1]
            cur = r.randint(943718400, 990000000)
            y = D(
                y,
                "[PM2][WORKER] Process %s restarted because it exceeds --max-memory-restart value (current_memory=%s max_memory_limit=%s [octets])",
                f"[PM2][WORKER] Process {n} restarted because it exceeds --max-memory-restart value (current_memory={cur} max_memory_limit=943718400 [octets])",
            )
            y = app_exit(proc, y, 0, killed=True)
            down[proc].append((y, y + timedelta(seconds=1)))
            y = app_start(proc, y + timedelta(milliseconds=100)) + timedelta(
                minutes=r.randint(15, 30)
            )
    # a deprecated Buffer() call in a dependency: once per worker process start (first use)
    for x in poisson(r, t0, t_end, 1800):
        E(
            "worker-error",
            x,
            "",
            "(node:%d) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.",
            f"(node:{state['worker:2']}) [DEP0005] DeprecationWarning: Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead."
            + hint(
                "d",
                state["worker:2"],
                "(Use `node --trace-deprecation ...` to show where the warning was created)",
            ),
        )
    # the worker's other jobs and errors
    for x in poisson(r, t0, t_end, 50):
        if not up("worker:2", x) or redis_down[0] <= x <= redis_down[1]:
            continue
        jid = r.randint(1000, 99999)
        if r.random() < 0.1:
            code = r.choice([500, 502, 503, 410])
            E(
                "worker-error",
                x,
                "",
                "[%s] job %s failed (attempt %d/%d): Request failed with status code %d",
                f"[webhooks] job {jid} failed (attempt {r.randint(1, 5)}/5): Request failed with status code {code}",
            )
            if r.random() < 0.4:
                E(
                    "worker-error",
                    x + timedelta(milliseconds=2),
                    "",
                    "AxiosError: Request failed with status code %d",
                    f"AxiosError: Request failed with status code {code}\n"
                    + node_frames(
                        "settle (/app/node_modules/axios/dist/node/axios.cjs:1983:12)",
                        "IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3085:11)",
                        "IncomingMessage.emit (node:events:531:35)",
                        "endReadableNT (node:internal/streams/readable:1696:12)",
                        "process.processTicksAndRejections (node:internal/process/task_queues:82:21)",
                        "Axios.request (/app/node_modules/axios/dist/node/axios.cjs:4224:41)",
                        "async deliverWebhook (/app/dist/jobs/webhooks.js:27:22)",
                        "async Worker.processJob (/app/node_modules/bullmq/dist/cjs/classes/worker.js:455:28)",
                    )
                    + " {\n  code: 'ERR_BAD_RESPONSE',\n  config: [Object],\n  request: [ClientRequest],\n  response: [Object]\n}",
                )
        else:
            E(
                "worker-out",
                x,
                "",
                "[%s] job %s completed in %dms",
                f"[webhooks] job {jid} completed in {r.randint(40, 2500)}ms",
            )
    for x in poisson(r, t0, t_end, 600):
        if up("worker:2", x):
            E(
                "worker-out",
                x,
                "",
                "[scheduler] %d delayed jobs promoted",
                f"[scheduler] {r.randint(1, 30)} delayed jobs promoted",
            )
    # the unhandled rejection: an invoice renderer's timeout rejects a bare string once, later an Error
    for when, err in ((at(9, 17, 44), "string"), (at(10, 48, 2), "error")):
        if err == "string":
            text = (
                "node:internal/process/promises:289\n            triggerUncaughtException(err, true /* fromPromise */);\n            ^\n\n[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"render timeout\".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n\nNode.js "
                + NODE_V
            )
            fmt = "%s:%d\n%s\n%s\n\n[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"%s\".] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}"
        else:
            text = (
                "/app/dist/jobs/invoice.js:41\n            throw new InvoiceError(`PDF render timed out for invoice ${id}`);\n            ^\n\nInvoiceError: PDF render timed out for invoice INV-2024-06118\n"
                + node_frames(
                    "Timeout._onTimeout (/app/dist/jobs/invoice.js:41:19)",
                    "listOnTimeout (node:internal/timers:573:17)",
                    "process.processTimers (node:internal/timers:514:7)",
                )
                + " {\n  invoiceId: 'INV-2024-06118'\n}\n\nNode.js "
                + NODE_V
            )
            fmt = "%s:%d\n%s\n%s\n\nInvoiceError: PDF render timed out for invoice %s"
        y = E("worker-error", when, "", fmt, text)
        y = app_exit("worker:2", y + timedelta(milliseconds=30), 1)
        down["worker:2"].append((y - timedelta(seconds=1), y + timedelta(seconds=1)))
        app_start("worker:2", y + timedelta(milliseconds=120))
    # the API's own errors
    for x in poisson(r, t0, t_end, 400):
        procs = [p for p in ("api:0", "api:1") if up(p, x)]
        if not procs:
            continue
        E(
            "api-error",
            x,
            "",
            "TypeError: Cannot read properties of undefined (reading '%s')",
            "TypeError: Cannot read properties of undefined (reading 'price')\n"
            + node_frames(
                "/app/dist/routes/orders.js:58:47",
                "Array.map (<anonymous>)",
                "createOrder (/app/dist/routes/orders.js:57:34)",
                "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
            ),
        )
    for x in poisson(r, t0, t_end, 240):
        E(
            "api-out",
            x,
            "",
            "[auth] refresh token reuse detected for user %s, revoking family %s",
            f"[auth] refresh token reuse detected for user {hexid(r, 24)}, revoking family {hexid(r, 8)}",
        )
    for x in poisson(r, t0, t_end, 900):
        E(
            "api-error",
            x,
            "",
            "MongoServerError: E11000 duplicate key error collection: %s index: %s dup key: %s",
            'MongoServerError: E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: "'
            + r.choice(DJ_USERS)
            + '@example.com" }\n'
            + node_frames(
                "/app/node_modules/mongodb/lib/operations/insert.js:50:33",
                "/app/node_modules/mongodb/lib/operations/command.js:84:64",
                "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
            )
            + " {\n  errorResponse: {\n    index: 0,\n    code: 11000,\n    errmsg: 'E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: \"x\" }',\n    keyPattern: { email: 1 },\n    keyValue: { email: 'x' }\n  },\n  index: 0,\n  code: 11000,\n  keyPattern: { email: 1 },\n  keyValue: { email: 'x' },\n  [Symbol(errorLabels)]: Set(0) {}\n}",
        )
    return [files[n].into(Log(f"{n}.log", t0)) for n in names]


# --------------------------------------------------------------------------------- pino

PINO_LEVEL = {"debug": 20, "info": 30, "warn": 40, "error": 50, "fatal": 60}
PINO_PODS = {
    "orders-api-5f7c9-2xkqp": "10.42.1.17",
    "orders-api-5f7c9-8mz4w": "10.42.2.9",
    "payments-6d4b8-qq7rt": "10.42.1.23",
    "notifier-7b9c4-lk2sd": "10.42.3.5",
}
PINO_ORDER_ROUTES = [
    # (method, route, path maker, status, weight)
    ("GET", "/orders/%s", lambda r: f"/orders/ord_{hexid(r, 16)}", 200, 20),
    ("GET", "/orders/%s", lambda r: f"/orders/ord_{hexid(r, 16)}", 404, 2),
    (
        "GET",
        "/orders?customer=%s&limit=%s",
        lambda r: f"/orders?customer=cus_{hexid(r, 14)}&limit=20",
        200,
        10,
    ),
    ("POST", "/orders", lambda r: "/orders", 201, 14),
    ("POST", "/orders", lambda r: "/orders", 400, 1),
    ("POST", "/orders/%s/cancel", lambda r: f"/orders/ord_{hexid(r, 16)}/cancel", 200, 2),
    ("GET", "/healthz", lambda r: "/healthz", 200, 12),
]


def jline(obj: dict) -> str:
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def js_stack(head: str, *frames: str) -> str:
    return head + "".join(f"\n    at {f}" for f in frames)


def pino(r: random.Random) -> list[Log]:
    """Three Node services logging pino 9's JSON lines to stdout, as `kubectl logs` keeps them,
    06:00 to 12:00: two pods of `orders-api` (Fastify 4: `incoming request` with the request and
    `request completed` with the status and `responseTime`, both under a `reqId`; `Route
    GET:/x not found`; validation errors at info with `err`; 5xx errors at error with the
    message as `msg`), `payments` (Express with pino-http: one `request completed` / `request
    errored` record with `req`, `res` and `responseTime`; printf-style messages, a circuit
    breaker, node-postgres' idle client errors) and `notifier` (a RabbitMQ consumer with child
    loggers' `module`: emails and SMS sent, SMTP retries, dead-lettered messages, a heartbeat
    each minute, the broker restarted, an uncaught exception logged `fatal` and the pod
    restarted). Incidents: Stripe unreachable from 07:40 to 07:52 (payments' breaker opens,
    orders-api answers 502 with `fetch failed`), the payments database failing over at 09:30,
    RabbitMQ restarted at 10:15, the notifier crashing at 11:02."""
    clock = Clock(1000)
    files = {n: Records() for n in PINO_PODS}
    pid = {n: 1 for n in PINO_PODS}

    def head(name: str, t: datetime, level: str) -> str:
        return ""

    E0 = emitter(clock, files, head)
    t0, t_end = at(6, 0), at(12, 0)
    stripe_bad = (at(7, 40, 3), at(7, 52, 30))
    pg_fail = (at(9, 30, 12), at(9, 31, 40))
    mq_down = (at(10, 15, 2), at(10, 16, 31))
    crash = at(11, 2, 17)

    def P(
        name: str,
        t: datetime,
        level: str,
        fmt: str,
        msg: str | None,
        fields: dict | None = None,
        bind: dict | None = None,
    ) -> datetime:
        t = clock.at(name, t)
        obj = {
            "level": PINO_LEVEL[level],
            "time": int(t.timestamp() * 1000),
            "pid": pid[name],
            "hostname": name,
            **(bind or {}),
            **(fields or {}),
        }
        if msg is not None:
            obj["msg"] = msg
        files[name].add(t, [jline(obj)], label(fmt))
        return t

    del E0
    orders = [n for n in PINO_PODS if n.startswith("orders")]
    PAY, NOTE = "payments-6d4b8-qq7rt", "notifier-7b9c4-lk2sd"
    reqn = {n: 0 for n in PINO_PODS}

    # start-up
    for n in orders:
        x = t0 + timedelta(seconds=r.uniform(1, 3))
        x = P(
            n,
            x,
            "info",
            "connected to postgres %s",
            "connected to postgres orders@10.43.8.2:5432/orders",
        )
        x = P(
            n,
            x + timedelta(milliseconds=300),
            "info",
            "cache warmed",
            "cache warmed",
            {"products": 912, "durationMs": r.randint(300, 700)},
        )
        x = P(
            n,
            x + timedelta(milliseconds=20),
            "info",
            "Server listening at %s",
            "Server listening at http://127.0.0.1:3000",
        )
        P(n, x, "info", "Server listening at %s", f"Server listening at http://{PINO_PODS[n]}:3000")

    def pay_start(x: datetime) -> None:
        x = P(
            PAY,
            x,
            "info",
            "connected to postgres %s",
            "connected to postgres payments@10.43.8.7:5432/payments",
        )
        P(
            PAY,
            x + timedelta(milliseconds=40),
            "info",
            "payments listening on :%d",
            "payments listening on :8080",
        )

    pay_start(t0 + timedelta(seconds=2))

    def note_start(x: datetime) -> datetime:
        x = P(
            NOTE,
            x,
            "info",
            "connected to %s",
            "connected to amqp://notifier@rabbitmq.messaging.svc:5672/%2F",
            bind={"module": "consumer"},
        )
        return P(
            NOTE,
            x + timedelta(milliseconds=15),
            "info",
            "consuming from %s (prefetch %d)",
            "consuming from notifications (prefetch 20)",
            bind={"module": "consumer"},
        )

    note_start(t0 + timedelta(seconds=2, milliseconds=500))

    breaker = {"open": False, "failures": 0}

    def charge(x: datetime, order: str, amount: int) -> tuple[datetime, int]:
        """payments' side of a charge: returns its end and status."""
        reqn[PAY] += 1
        rid = reqn[PAY]
        y = P(
            PAY,
            x,
            "info",
            "charging %d %s for order %s",
            f"charging {amount} EUR for order {order}",
        )
        if stripe_bad[0] <= x <= stripe_bad[1]:
            if not breaker["open"]:
                y = P(
                    PAY,
                    y + timedelta(seconds=r.uniform(8, 12)),
                    "error",
                    "stripe call failed",
                    "stripe call failed",
                    {
                        "orderId": order,
                        "err": {
                            "type": "StripeConnectionError",
                            "message": "An error occurred with our connection to Stripe. Request was retried 2 times.",
                            "stack": js_stack(
                                "Error: An error occurred with our connection to Stripe. Request was retried 2 times.",
                                "/app/node_modules/stripe/cjs/RequestSender.js:106:35",
                                "ClientRequest.<anonymous> (/app/node_modules/stripe/cjs/net/NodeHttpClient.js:43:29)",
                                "ClientRequest.emit (node:events:519:28)",
                                "TLSSocket.socketErrorListener (node:_http_client:500:9)",
                            ),
                            "rawType": "api_connection_error",
                        },
                    },
                )
                breaker["failures"] += 1
                if breaker["failures"] >= 5:
                    breaker["open"] = True
                    y = P(
                        PAY,
                        y + timedelta(milliseconds=1),
                        "warn",
                        "circuit breaker opened for %s",
                        "circuit breaker opened for stripe",
                        {"failures": 5, "resetTimeoutMs": 30000},
                    )
            else:
                y = P(
                    PAY,
                    y + timedelta(milliseconds=1),
                    "warn",
                    "charge for order %s rejected: circuit open",
                    f"charge for order {order} rejected: circuit open",
                )
            status = 502
        elif breaker["open"]:
            y = P(
                PAY,
                y + timedelta(milliseconds=1),
                "info",
                "circuit breaker half-open for %s",
                "circuit breaker half-open for stripe",
            )
            y = P(
                PAY,
                y + timedelta(milliseconds=r.randint(300, 800)),
                "info",
                "circuit breaker closed for %s",
                "circuit breaker closed for stripe",
            )
            breaker["open"] = False
            status = 201
        elif pg_fail[0] <= x <= pg_fail[1]:
            status = 500
        else:
            y = y + timedelta(milliseconds=r.randint(250, 900))
            if r.random() < 0.05:
                y = P(
                    PAY,
                    y,
                    "warn",
                    "idempotency key %s replayed",
                    f"idempotency key {order}-charge replayed",
                )
                status = 200
            else:
                y = P(
                    PAY,
                    y,
                    "info",
                    "charge %s succeeded",
                    f"charge ch_3P{hexid(r, 21)} succeeded",
                    {"orderId": order, "amount": amount},
                )
                status = 201
        rt = int((y - x).total_seconds() * 1000) + r.randint(2, 9)
        reqo = {
            "id": rid,
            "method": "POST",
            "url": "/charges",
            "query": {},
            "params": {},
            "headers": {
                "host": "payments:8080",
                "connection": "keep-alive",
                "content-type": "application/json",
                "content-length": str(r.randint(80, 96)),
                "user-agent": "undici",
                "accept-encoding": "gzip, deflate",
            },
            "remoteAddress": f"::ffff:{r.choice([PINO_PODS[o] for o in orders])}",
            "remotePort": r.randint(32000, 60999),
        }
        reso = {
            "statusCode": status,
            "headers": {
                "x-powered-by": "Express",
                "content-type": "application/json; charset=utf-8",
                "content-length": str(r.randint(40, 90)),
                "etag": f'W/"{hexid(r, 2)}-{hexid(r, 27)}"',
            },
        }
        if status >= 500:
            err = {
                "type": "Error",
                "message": f"failed with status code {status}",
                "stack": js_stack(
                    f"Error: failed with status code {status}",
                    "ServerResponse.onResFinished (/app/node_modules/pino-http/logger.js:115:39)",
                    "ServerResponse.emit (node:events:531:35)",
                    "onFinish (node:_http_outgoing:1005:10)",
                    "afterWrite (node:internal/streams/writable:701:5)",
                ),
            }
            y = P(
                PAY,
                y + timedelta(milliseconds=1),
                "error",
                f"request errored POST /charges {status}",
                "request errored",
                {"req": reqo, "res": reso, "err": err, "responseTime": rt},
            )
        else:
            y = P(
                PAY,
                y + timedelta(milliseconds=1),
                "info",
                f"request completed POST /charges {status}",
                "request completed",
                {"req": reqo, "res": reso, "responseTime": rt},
            )
        return y, status

    # orders-api traffic
    for x in poisson(r, t0 + timedelta(seconds=5), t_end, 47):
        n = r.choice(orders)
        method, route, mk, status, _ = weighted(r, [(u[4], u) for u in PINO_ORDER_ROUTES])
        path = mk(r)
        reqn[n] += 1
        rid = f"req-{reqn[n]:x}"
        client = (
            "10.42.0.1"
            if route == "/healthz"
            else f"10.42.{r.choice([0, 1, 2])}.{r.randint(2, 250)}"
        )
        x = P(
            n,
            x,
            "info",
            f"incoming request {method} {route}",
            "incoming request",
            {
                "req": {
                    "method": method,
                    "url": path,
                    "hostname": "orders-api:3000",
                    "remoteAddress": client,
                    "remotePort": r.randint(32000, 60999),
                }
            },
            {"reqId": rid},
        )
        y = x + timedelta(milliseconds=r.randint(2, 40))
        b = {"reqId": rid}
        if route == "/orders" and method == "POST" and status == 400:
            prop = r.choice(["items", "customerId", "currency"])
            m = f"body must have required property '{prop}'"
            y = P(
                n,
                y,
                "info",
                "body must have required property '%s'",
                m,
                {
                    "res": {"statusCode": 400},
                    "err": {
                        "type": "Error",
                        "message": m,
                        "stack": js_stack(
                            f"Error: {m}",
                            "Object.validate (/app/node_modules/fastify/lib/validation.js:113:11)",
                            "preValidationCallback (/app/node_modules/fastify/lib/handleRequest.js:90:18)",
                            "handler (/app/node_modules/fastify/lib/handleRequest.js:73:7)",
                        ),
                        "code": "FST_ERR_VALIDATION",
                        "name": "FastifyError",
                        "statusCode": 400,
                        "validation": [
                            {
                                "instancePath": "",
                                "schemaPath": "#/required",
                                "keyword": "required",
                                "params": {"missingProperty": prop},
                                "message": f"must have required property '{prop}'",
                            }
                        ],
                        "validationContext": "body",
                    },
                },
                b,
            )
        elif route == "/orders" and method == "POST":
            order = f"ord_{hexid(r, 16)}"
            amount = r.randint(500, 25000)
            y, st = charge(y + timedelta(milliseconds=5), order, amount)
            y += timedelta(milliseconds=3)
            if st >= 500:
                status = 502
                reason = "fetch failed" if st == 502 else "payment service error: %d"
                m = "fetch failed" if st == 502 else f"payment service error: {st}"
                err = {
                    "type": "TypeError" if st == 502 else "Error",
                    "message": m,
                    "stack": js_stack(
                        f"{'TypeError' if st == 502 else 'Error'}: {m}",
                        "node:internal/deps/undici/undici:12618:11"
                        if st == 502
                        else "PaymentsClient.charge (/app/dist/clients/payments.js:31:13)",
                        "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                        "async Object.<anonymous> (/app/dist/routes/orders.js:44:24)",
                    ),
                }
                y = P(
                    n,
                    y,
                    "error",
                    reason,
                    m,
                    {
                        "req": {
                            "method": "POST",
                            "url": "/orders",
                            "hostname": "orders-api:3000",
                            "remoteAddress": client,
                            "remotePort": r.randint(32000, 60999),
                        },
                        "res": {"statusCode": 502},
                        "err": err,
                    },
                    b,
                )
            else:
                y = P(
                    n,
                    y,
                    "info",
                    "order created",
                    "order created",
                    {"orderId": order, "items": r.randint(1, 6), "amount": amount},
                    b,
                )
                if r.random() < 0.05:
                    y = P(
                        n,
                        y,
                        "warn",
                        "sku %s low on stock (%d left)",
                        f"sku {r.choice(DJ_SKUS)} low on stock ({r.randint(0, 4)} left)",
                        None,
                        b,
                    )
                status = 201
        elif status == 404 and route == "/orders/%s":
            y = P(
                n, y, "info", "order %s not found", f"order {path.split('/')[2]} not found", None, b
            )
        elif route == "/orders/%s/cancel":
            y = P(
                n,
                y,
                "info",
                "order %s cancelled by %s",
                f"order {path.split('/')[2]} cancelled by {r.choice(['customer', 'support', 'fraud-check'])}",
                None,
                b,
            )
        P(
            n,
            y + timedelta(milliseconds=1),
            "info",
            f"request completed {status}",
            "request completed",
            {
                "res": {"statusCode": status},
                "responseTime": round(
                    r.uniform(0.4, 60)
                    if route == "/healthz"
                    else r.uniform(3, 120) + (y - x).total_seconds() * 1000,
                    6,
                ),
            },
            b,
        )
    # scanners at orders-api: fastify's 404 handler
    for x in poisson(r, t0, t_end, 260):
        n = r.choice(orders)
        reqn[n] += 1
        rid = f"req-{reqn[n]:x}"
        p = r.choice(
            [
                "/.env",
                "/wp-login.php",
                "/actuator/env",
                "/.git/config",
                "/api/v1/orders",
                "/favicon.ico",
            ]
        )
        x = P(
            n,
            x,
            "info",
            f"incoming request GET {p}",
            "incoming request",
            {
                "req": {
                    "method": "GET",
                    "url": p,
                    "hostname": "orders-api.example.com",
                    "remoteAddress": "10.42.0.1",
                    "remotePort": r.randint(32000, 60999),
                }
            },
            {"reqId": rid},
        )
        x = P(
            n, x, "info", "Route %s:%s not found", f"Route GET:{p} not found", None, {"reqId": rid}
        )
        P(
            n,
            x,
            "info",
            "request completed 404",
            "request completed",
            {"res": {"statusCode": 404}, "responseTime": round(r.uniform(0.3, 2), 6)},
            {"reqId": rid},
        )
    # payments: the database failover (node-postgres idle clients, then a reconnect)
    for x in poisson(r, pg_fail[0], pg_fail[1], 9):
        P(
            PAY,
            x,
            "error",
            "idle client error",
            "idle client error",
            {
                "err": {
                    "type": "Error",
                    "message": "Connection terminated unexpectedly",
                    "stack": js_stack(
                        "Error: Connection terminated unexpectedly",
                        "Connection.<anonymous> (/app/node_modules/pg/lib/client.js:132:73)",
                        "Object.onceWrapper (node:events:634:26)",
                        "Connection.emit (node:events:519:28)",
                        "Socket.<anonymous> (/app/node_modules/pg/lib/connection.js:63:12)",
                    ),
                }
            },
        )
    P(
        PAY,
        pg_fail[1] + timedelta(seconds=3),
        "info",
        "database pool recovered after %dms",
        f"database pool recovered after {int((pg_fail[1] - pg_fail[0]).total_seconds() * 1000) + 3021}ms",
    )
    # payments: webhooks from Stripe
    for x in poisson(r, t0, t_end, 150):
        if stripe_bad[0] <= x <= stripe_bad[1]:
            continue
        reqn[PAY] += 1
        ev = r.choice(
            [
                "payment_intent.succeeded",
                "charge.refunded",
                "charge.dispute.created",
                "payment_intent.payment_failed",
            ]
        )
        x = P(PAY, x, "info", "stripe event %s (%s)", f"stripe event evt_3P{hexid(r, 21)} ({ev})")
        reqo = {
            "id": reqn[PAY],
            "method": "POST",
            "url": "/webhooks/stripe",
            "query": {},
            "params": {},
            "headers": {
                "host": "payments.example.com",
                "user-agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
                "content-type": "application/json; charset=utf-8",
                "stripe-signature": f"t={int(x.timestamp())},v1={hexid(r, 64)}",
            },
            "remoteAddress": "::ffff:10.42.0.1",
            "remotePort": r.randint(32000, 60999),
        }
        P(
            PAY,
            x + timedelta(milliseconds=r.randint(3, 30)),
            "info",
            "request completed POST /webhooks/stripe 200",
            "request completed",
            {
                "req": reqo,
                "res": {
                    "statusCode": 200,
                    "headers": {
                        "x-powered-by": "Express",
                        "content-type": "application/json; charset=utf-8",
                        "content-length": "16",
                    },
                },
                "responseTime": r.randint(3, 30),
            },
        )
    # payments: liveness (pino-http's autoLogging is off for /healthz: nothing), a refund job
    for x in poisson(r, t0, t_end, 600):
        P(
            PAY,
            x,
            "info",
            "refund %s issued for order %s",
            f"refund re_3P{hexid(r, 21)} issued for order ord_{hexid(r, 16)}",
            {"amount": r.randint(500, 9000)},
        )
    # the notifier
    alive = [(t0, crash), (crash + timedelta(seconds=14), t_end)]

    def note_up(x: datetime) -> bool:
        return any(a <= x < b for a, b in alive) and not mq_down[0] <= x <= mq_down[1] + timedelta(
            seconds=6
        )

    for x in poisson(r, t0, t_end, 42):
        if not note_up(x):
            continue
        kind = weighted(r, [(7, "email"), (2, "sms"), (1, "push")])
        if kind == "email":
            tpl = r.choice(["order_confirmation", "order_shipped", "password_reset", "invoice"])
            if r.random() < 0.03:
                x = P(
                    NOTE,
                    x,
                    "warn",
                    "smtp send failed, will retry",
                    "smtp send failed, will retry",
                    {
                        "attempt": 1,
                        "err": {
                            "type": "Error",
                            "message": "Greeting never received",
                            "stack": js_stack(
                                "Error: Greeting never received",
                                "SMTPConnection._formatError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)",
                                "SMTPConnection._onError (/app/node_modules/nodemailer/lib/smtp-connection/index.js:784:20)",
                                "Timeout.<anonymous> (/app/node_modules/nodemailer/lib/smtp-connection/index.js:237:22)",
                            ),
                            "code": "ETIMEDOUT",
                            "command": "CONN",
                        },
                    },
                    {"module": "email"},
                )
                x += timedelta(seconds=r.uniform(5, 15))
                if r.random() < 0.3:
                    P(
                        NOTE,
                        x,
                        "error",
                        "message %s moved to dead-letter queue after %d attempts",
                        f"message {hexid(r, 8)}-{hexid(r, 4)} moved to dead-letter queue after 5 attempts",
                        None,
                        {"module": "consumer"},
                    )
                    continue
            P(
                NOTE,
                x,
                "info",
                "email sent",
                "email sent",
                {
                    "template": tpl,
                    "to": f"{r.choice(DJ_USERS)}@example.com",
                    "messageId": f"<{hexid(r, 8)}-{hexid(r, 4)}@mail.example.com>",
                    "ms": r.randint(80, 900),
                },
                {"module": "email"},
            )
        elif kind == "sms":
            if r.random() < 0.08:
                P(
                    NOTE,
                    x,
                    "warn",
                    "sms provider responded %d",
                    "sms provider responded 429",
                    {"to": f"+49151{r.randint(1000000, 9999999)}", "retryAfter": 30},
                    {"module": "sms"},
                )
            else:
                P(
                    NOTE,
                    x,
                    "info",
                    "sms sent",
                    "sms sent",
                    {"to": f"+49151{r.randint(1000000, 9999999)}", "segments": r.choice([1, 1, 2])},
                    {"module": "sms"},
                )
        else:
            P(
                NOTE,
                x,
                "info",
                "push sent to %d devices",
                f"push sent to {r.randint(1, 4)} devices",
                {"userId": f"usr_{hexid(r, 12)}"},
                {"module": "push"},
            )
    x = t0 + timedelta(seconds=60)
    while x < t_end:
        if note_up(x):
            P(
                NOTE,
                x,
                "info",
                "heartbeat",
                "heartbeat",
                {
                    "queueDepth": r.randint(0, 40),
                    "inFlight": r.randint(0, 20),
                    "rssMb": r.randint(88, 140),
                },
                {"module": "consumer"},
            )
        x += timedelta(seconds=60)
    # RabbitMQ restarted
    x = P(
        NOTE,
        mq_down[0],
        "error",
        "amqp connection lost",
        "amqp connection lost",
        {
            "err": {
                "type": "Error",
                "message": "Connection closed: 320 (CONNECTION-FORCED) with message \"CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'\"",
                "stack": js_stack(
                    "Error: Connection closed: 320 (CONNECTION-FORCED) with message \"CONNECTION_FORCED - broker forced connection closure with reason 'shutdown'\"",
                    "Object.accept (/app/node_modules/amqplib/lib/connection.js:88:15)",
                    "Connection.mainAccept [as accept] (/app/node_modules/amqplib/lib/connection.js:63:33)",
                    "Socket.go (/app/node_modules/amqplib/lib/connection.js:486:48)",
                ),
                "code": 320,
            }
        },
        {"module": "consumer"},
    )
    delay = 1000
    while x < mq_down[1]:
        x = P(
            NOTE,
            x + timedelta(milliseconds=5),
            "info",
            "reconnecting in %dms",
            f"reconnecting in {delay}ms",
            None,
            {"module": "consumer"},
        )
        x += timedelta(milliseconds=delay)
        if x < mq_down[1]:
            x = P(
                NOTE,
                x,
                "warn",
                "amqp connect failed",
                "amqp connect failed",
                {
                    "err": {
                        "type": "Error",
                        "message": "connect ECONNREFUSED 10.43.5.11:5672",
                        "stack": js_stack(
                            "Error: connect ECONNREFUSED 10.43.5.11:5672",
                            "TCPConnectWrap.afterConnect [as oncomplete] (node:net:1605:16)",
                        ),
                        "errno": -111,
                        "code": "ECONNREFUSED",
                        "syscall": "connect",
                        "address": "10.43.5.11",
                        "port": 5672,
                    }
                },
                {"module": "consumer"},
            )
        delay = min(delay * 2, 16000)
    note_start(mq_down[1] + timedelta(seconds=1))
    # the crash
    P(
        NOTE,
        crash,
        "fatal",
        "uncaughtException",
        "uncaughtException",
        {
            "err": {
                "type": "TypeError",
                "message": "Cannot read properties of null (reading 'email')",
                "stack": js_stack(
                    "TypeError: Cannot read properties of null (reading 'email')",
                    "renderRecipient (/app/dist/email/render.js:19:31)",
                    "EmailChannel.send (/app/dist/email/channel.js:44:22)",
                    "Consumer.handle (/app/dist/consumer.js:71:28)",
                    "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                ),
            }
        },
    )
    pid[NOTE] = 1  # the container's new process is pid 1 again
    note_start(crash + timedelta(seconds=14))
    return [files[n].into(Log(f"{n}.log", t0)) for n in PINO_PODS]


SYSTEMS = {
    "django": django,
    "uvicorn": uvicorn,
    "werkzeug": werkzeug,
    "pm2": pm2,
    "pino": pino,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
