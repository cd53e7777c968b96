#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 70 (symfony, wordpress, winston, prefect, frigate) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (stack traces, tracebacks, a message's later lines)
have no label. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock). Five web applications' and services' own logs in PHP, Node and Python:

- Symfony 7.1 (`prod.log`: var/log/prod.log of a shop, Monolog 3's LineFormatter as the
  monolog-bundle writes it, `[2024-06-04T06:00:01.123456+00:00] request.INFO: Matched route
  "app_product_show". {context JSON} []`, PsrLogMessageProcessor on, the main handler at info
  for every channel but `event`): the router's `Matched route`, DBAL's logging middleware
  (`Connecting with parameters array{...}`, `Disconnecting`), the security firewall's
  authenticator lines, the app's orders and payments, PHP warnings and deprecations through the
  ErrorHandler (`php` channel), Messenger sending, receiving, handling and retrying messages in
  a worker (`Sending for retry #%d`, `Removing from transport after %d retries`, the failure
  transport, the worker's time limit), the ErrorListener's `Uncaught PHP Exception %s: "%s" at
  %s line %s` with the exception chain in the context (`[object] (Class(code: N): msg at
  file:line)\n[previous exception] ...`, escaped in the JSON), scanners' 404s, an ERP outage
  and a MySQL restart, a console command failing.
- WordPress 6.5 on PHP 8.2-FPM (`debug.log`: wp-content/debug.log with WP_DEBUG_LOG, PHP's
  `[04-Jun-2024 06:00:01 UTC] PHP Warning:  ...` lines with two spaces after the colon): each
  page view's warnings, notices and deprecations from a theme and three plugins (`Undefined
  array key`, `Attempt to read property`, `_doing_it_wrong`'s `Function %s was called
  <strong>incorrectly</strong>. ...`, `_deprecated_function`, PHP 8.1's `Return type of ...`,
  8.2's dynamic properties), `WordPress database error %s for query %s made by %s` (a missing
  table on every home page, deadlocks in cron, `MySQL server has gone away`), a WooCommerce
  update that leaves the theme calling `wc_get_product()` (`PHP Fatal error:  Uncaught Error:
  ...` with `Stack trace:`, frames, `{main}` and `  thrown in`), a memory exhaustion, a
  MySQL restart (`mysqli_real_connect(): (HY000/2002): Connection refused`), WP-Cron's
  reschedule errors and a sync plugin's own `error_log()` lines.
- A Node.js 20 API with winston 3 (`app.log`, `error.log`: two file transports, `app.log` at
  `http` with `format.combine(timestamp(), errors({stack: true}), printf(...))` writing
  `2024-06-04T06:00:01.123Z [info]: message`, `error.log` at `error` writing the error's
  `stack` after the message): start-up, morgan's `tiny` lines streamed into winston at
  `http`, orders, payments, JWT failures, pg-pool's idle-client errors and connection
  timeouts during a PostgreSQL failover (Express's error handler with the stack), a Redis
  restart (ioredis' `error` and `reconnecting` events every few hundred ms), winston's
  rejection handler (`unhandledRejection: %s` with the stack in the message and again in
  `error.log`) and an uncaught exception that exits the process, the restart.
- Prefect 2.19 (`worker-default.log`, `worker-ml.log`: `prefect worker start` for two process
  pools, the workers' and their flow runs' output as the container keeps it: `06:00:01.123 |
  INFO    | prefect.flow_runs.worker - Worker 'ProcessWorker 1a2b...' submitting flow run
  '...'`, `| INFO    | Flow run 'crimson-fox' - Created task run 'extract-0' for task
  'extract'`, `| INFO    | Task run 'extract-0' - Finished in state Completed()`): the
  workers' unstamped start-up lines, submissions, flow and task runs with the tasks' own
  logger lines, mapped and submitted tasks, cached tasks, task retries with their Python
  tracebacks (a warehouse failover, an API timing out), failed flow runs, a training run
  killed for memory (`exited with status code: -9; ...`, `Reported flow run ... as
  crashed`), the API server away (`Backing off due to consecutive errors, ...` printed, log
  shipping failing, a flow run crashing).
- Frigate 0.13.2 (`frigate.log`: `docker logs frigate`, s6-overlay's nanosecond stamp before
  each service's line: `2024-06-04 06:00:01.123456789  [2024-06-04 06:00:01] frigate.app
                INFO    : Starting Frigate (0.13.2-6476f8a)`, go2rtc's `06:00:02.123 INF ...`,
  the init scripts' `[INFO] ...`, nginx's error lines, s6-rc's unstamped lines): start-up
  (s6-rc services, migrations, the Coral TPU, cameras' processes), a flaky camera whose RTSP
  stream drops every few minutes (`ffmpeg.back_yard.detect ERROR : ...`, `frigate.video ERROR
  : back_yard: Unable to read frames from ffmpeg process.`, `ffmpeg process is not running.
  exiting capture thread...`, the watchdog restarting ffmpeg, go2rtc's `WRN [rtsp] error=...`),
  a camera with a changed password (`method DESCRIBE failed: 401 Unauthorized`), recording
  segments piling up in the cache, storage running low, the detector stuck and restarted,
  the MQTT broker restarted, a container restart.

Label notes. The rules of rounds 51 to 68 hold. Monolog's time, `channel.LEVEL`, the context
JSON and the empty extra `[]`; PHP's time, `PHP Warning:  ` and the other level prefixes are
wording of the engine (each a template's words: the same text at two levels is two labels);
winston's time and `[level]`; Prefect's time, level, logger name and `Flow run '%s'` / `Task
run '%s'` prefixes; s6's stamp, Frigate's `[time] logger level :`, go2rtc's time and level
letters and nginx's time, pid and connection number are context. Symfony's messages are
labelled with their PSR-3 templates (`Matched route "{route}".`), as the rendered text is
written by PsrLogMessageProcessor; an exception's message inside `Uncaught PHP Exception %s:
"%s"` contributes its format, and so does the error inside Messenger's `Error: "%s"`, a
WordPress database error's MySQL text, winston's `%s: %s` with an error's message after the
caller's words, a Prefect state's message (`Finished in state Failed('Task run encountered an
exception %s: %s')`). morgan's lines are labelled by method, route and status (round 54). A
stack trace, a traceback, PHP's `Stack trace:` / `#N` / `{main}` / `  thrown in` lines and a
Node stack belong to their event; the unstamped lines a program prints outside its logger
(Prefect's `Worker '%s' started!`, s6-rc's `s6-rc: info: service %s: starting`) are events.

Sources: written from the helper's knowledge of each program's source and of real logs, with
Symfony's ErrorListener message (`basename()` of the file since 6.3) checked against a copy;
least sure: DBAL's `Connecting with parameters` under PsrLogMessageProcessor (`array{...}`),
doctrine-bundle 2.12's runtime deprecation wording, Messenger 7.1's retry and failure-transport
wording; WordPress 6.5's `_doing_it_wrong` line number and the `made by` call chains; winston's
rejection handler layout under a custom printf; Prefect 2.19's worker lines (`Process '%s'
exited cleanly.`, the status -9 help text, `Service 'APILogWorker' failed with %d pending
items.`, the back-off line), the state reprs; Frigate 0.13's MQTT, storage and detector
wording (`Detection appears to be stuck`, the inference-speed warning is written as
`detector.coral: inference speed %s ms is above the %s ms threshold` without a copy to check
it against), the record maintainer's cache warning and the s6-rc service order. Run it only
to change the data on purpose: `python bench/heldout/generate_round70.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import secs
from generate_round53 import pyframes
from generate_round55 import at, poisson
from generate_round65 import Out


def weighted(r: random.Random, table: list[tuple[float, object]]) -> object:
    x = r.uniform(0, sum(w for w, _ in table))
    for w, v in table:
        x -= w
        if x <= 0:
            return v
    return table[-1][1]


def ms(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def jenc(obj: object) -> str:
    """JSON as Monolog and winston write it: compact, slashes and Unicode unescaped; an empty
    PHP array is `[]`."""
    if obj in ({}, []):
        return "[]"
    return json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


# --------------------------------------------------------------------------------- symfony

SF_HOST = "https://shop.example.com"
SF_V = "/var/www/vendor"
SF_DB = {
    "driver": "pdo_mysql",
    "host": "mysql",
    "port": 3306,
    "user": "shop",
    "password": "<redacted>",
    "dbname": "shop",
    "charset": "utf8mb4",
    "serverVersion": "8.0.37",
}
SF_DOCTRINE = "Symfony\\Component\\Messenger\\Bridge\\Doctrine\\Transport\\DoctrineTransport"
SF_SCANNER_PATHS = [
    "/wp-login.php",
    "/.env",
    "/xmlrpc.php",
    "/.git/config",
    "/phpmyadmin/index.php",
    "/wp-admin/setup-config.php",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
    "/admin/.env",
    "/backup.zip",
    "/config.json",
]
SF_CATEGORIES = ["shoes", "bags", "jackets", "accessories", "sale", "new-in"]
SF_CUSTOMERS = [
    "anna@example.com",
    "marco.rossi@example.it",
    "j.smith@example.co.uk",
    "lea.martin@example.fr",
    "tom@example.de",
    "nina.k@example.nl",
]
SF_DECLINES = [
    ("Your card was declined.", 5),
    ("Your card has insufficient funds.", 3),
    ("Your card's security code is incorrect.", 1),
]
SF_MSGS = {
    "confirm": "App\\Message\\SendOrderConfirmation",
    "invoice": "App\\Message\\GenerateInvoicePdf",
    "stock": "App\\Message\\SyncStock",
}
SF_HANDLERS = {
    "confirm": "App\\MessageHandler\\SendOrderConfirmationHandler::__invoke",
    "invoice": "App\\MessageHandler\\GenerateInvoicePdfHandler::__invoke",
    "stock": "App\\MessageHandler\\SyncStockHandler::__invoke",
}


def sf_obj(chain: list[tuple[str, int, str, str]]) -> str:
    """Monolog's LineFormatter's normalized exception: `[object] (Class(code: N): message at
    file:line)`, previous exceptions after `\\n[previous exception] `."""
    return "\n[previous exception] ".join(
        f"[object] ({cls}(code: {code}): {msg} at {where})" for cls, code, msg, where in chain
    )


def symfony(r: random.Random) -> list[Log]:
    """A Symfony 7.1 shop on PHP-FPM, 06:00 to 10:00, with a Messenger worker (`--time-limit=
    3600` under supervisor) consuming the `async` transport and the scheduler's stock sync
    every five minutes, and a feed import every 30 minutes from cron. Visitors browse,
    search, add to cart, log in and check out (an order sends two messages); scanners probe
    for PHP files. The ERP's stock API answers 503 from 07:20 to 07:44 (SyncStock retried
    three times, then sent to the failure transport); MySQL restarts at 08:10:20 for three
    minutes (every request ends in `ConnectionException`, the invoice handler's query loses
    its connection); the supplier's feed answers 500 at 09:00 (the import command fails);
    a product deleted at 08:50 makes carts holding it throw `Call to a member function
    getPrice() on null`."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"[{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00] {ctx}.{lvl}: "

    o = Out(1, ["p"], head)
    t0, t_end = at(6, 0, 1), at(10, 0, 0)
    erp_down = (at(7, 20, 5), at(7, 44, 30))
    db_down = (at(8, 10, 20), at(8, 13, 25))
    deleted = at(8, 50, 0)
    state = {"order": 10412, "pid": 31}

    def S(
        t: datetime,
        ch: str,
        lvl: str,
        fmt: str,
        text: str,
        ctx: object = None,
        proc: object = "web",
    ) -> datetime:
        return o.e("p", t, fmt, lvl=lvl, ctx=ch, msg=f"{text} {jenc(ctx or [])} []", proc=proc)

    def in_(t: datetime, w: tuple[datetime, datetime]) -> bool:
        return w[0] <= t < w[1]

    def uncaught(
        t: datetime, lvl: str, label: str, cls: str, msg: str, where: str, line: int, chain, proc
    ) -> datetime:
        base = where.rsplit("/", 1)[1]
        text = f'Uncaught PHP Exception {cls}: "{msg}" at {base} line {line}'
        return S(t, "request", lvl, label, text, {"exception": sf_obj(chain)}, proc)

    def db_refused(t: datetime, proc: object) -> datetime:
        drv = "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused"
        return uncaught(
            t,
            "CRITICAL",
            'Uncaught PHP Exception %s: "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused" at %s line %s',
            "Doctrine\\DBAL\\Exception\\ConnectionException",
            drv,
            f"{SF_V}/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php",
            101,
            [
                (
                    "Doctrine\\DBAL\\Exception\\ConnectionException",
                    0,
                    drv,
                    f"{SF_V}/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php:101",
                ),
                (
                    "Doctrine\\DBAL\\Driver\\PDO\\Exception",
                    2002,
                    "SQLSTATE[HY000] [2002] Connection refused",
                    f"{SF_V}/doctrine/dbal/src/Driver/PDO/Exception.php:28",
                ),
                (
                    "PDOException",
                    2002,
                    "SQLSTATE[HY000] [2002] Connection refused",
                    f"{SF_V}/doctrine/dbal/src/Driver/PDO/MySQL/Driver.php:50",
                ),
            ],
            proc,
        )

    def send(t: datetime, kind: str, proc: object) -> datetime:
        return S(
            t,
            "messenger",
            "INFO",
            "Sending message {class} with {alias} sender using {sender}",
            f"Sending message {SF_MSGS[kind]} with async sender using {SF_DOCTRINE}",
            {"class": SF_MSGS[kind], "alias": "async", "sender": SF_DOCTRINE},
            proc,
        )

    jobs: list[tuple[datetime, str, dict]] = []

    def matched(t: datetime, route: str, params: dict, uri: str, method: str, proc) -> datetime:
        ctrl = {
            "app_home": "App\\Controller\\HomeController::index",
            "app_product_show": "App\\Controller\\ProductController::show",
            "app_category": "App\\Controller\\CategoryController::show",
            "app_search": "App\\Controller\\SearchController::index",
            "app_cart": "App\\Controller\\CartController::index",
            "app_cart_add": "App\\Controller\\CartController::add",
            "app_checkout": "App\\Controller\\CheckoutController::index",
            "app_login": "App\\Controller\\SecurityController::login",
            "admin_dashboard": "App\\Controller\\Admin\\DashboardController::index",
            "api_stock": "App\\Controller\\Api\\StockController::show",
        }[route]
        return S(
            t,
            "request",
            "INFO",
            'Matched route "{route}".',
            f'Matched route "{route}".',
            {
                "route": route,
                "route_parameters": {"_route": route, "_controller": ctrl, **params},
                "request_uri": SF_HOST + uri,
                "method": method,
            },
            proc,
        )

    def connect(t: datetime, proc) -> datetime:
        return S(
            t,
            "doctrine",
            "INFO",
            "Connecting with parameters {params}",
            "Connecting with parameters array" + jenc(SF_DB),
            {"params": SF_DB},
            proc,
        )

    def request(t: datetime) -> None:
        proc = ("fpm", r.randrange(12))
        kind = weighted(
            r,
            [
                (14, "home"),
                (30, "product"),
                (14, "category"),
                (6, "search"),
                (7, "cart"),
                (6, "cart_add"),
                (7, "checkout"),
                (4, "login"),
                (1.2, "admin"),
                (5, "scanner"),
                (6, "stock"),
            ],
        )
        if kind == "scanner":
            path = r.choice(SF_SCANNER_PATHS)
            method = "POST" if path == "/xmlrpc.php" else "GET"
            uncaught(
                t,
                "ERROR",
                'Uncaught PHP Exception %s: "No route found for "%s %s"" at %s line %s',
                "Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException",
                f'No route found for "{method} {SF_HOST}{path}"',
                f"{SF_V}/symfony/http-kernel/EventListener/RouterListener.php",
                149,
                [
                    (
                        "Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException",
                        0,
                        f'No route found for "{method} {SF_HOST}{path}"',
                        f"{SF_V}/symfony/http-kernel/EventListener/RouterListener.php:149",
                    ),
                    (
                        "Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException",
                        0,
                        f'No routes found for "{path}".',
                        f"{SF_V}/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:70",
                    ),
                ],
                proc,
            )
            return
        if kind == "home":
            route, params, uri, method = "app_home", {}, "/", "GET"
        elif kind == "product":
            pid = r.randrange(1, 480)
            route, params, uri, method = (
                "app_product_show",
                {"id": str(pid)},
                f"/product/{pid}",
                "GET",
            )
        elif kind == "category":
            slug = r.choice(SF_CATEGORIES)
            page = r.choice(["", "", "?page=2", "?page=3"])
            route, params, uri, method = (
                "app_category",
                {"slug": slug},
                f"/category/{slug}{page}",
                "GET",
            )
        elif kind == "search":
            q = r.choice(["boots", "leather bag", "rain jacket", "sneakers white", "belt"])
            route, params, uri, method = "app_search", {}, "/search?q=" + q.replace(" ", "+"), "GET"
        elif kind == "cart":
            route, params, uri, method = "app_cart", {}, "/cart", "GET"
        elif kind == "cart_add":
            pid = r.randrange(1, 480)
            route, params, uri, method = (
                "app_cart_add",
                {"id": str(pid)},
                f"/cart/add/{pid}",
                "POST",
            )
        elif kind == "checkout":
            route, params, uri, method = (
                "app_checkout",
                {},
                "/checkout",
                r.choice(["GET", "POST", "POST"]),
            )
        elif kind == "login":
            route, params, uri, method = "app_login", {}, "/login", "POST"
        elif kind == "admin":
            route, params, uri, method = "admin_dashboard", {}, "/admin", "GET"
        else:
            sku = f"SKU-{r.randrange(10000, 99999)}"
            route, params, uri, method = "api_stock", {"sku": sku}, f"/api/stock/{sku}", "GET"
        x = matched(t, route, params, uri, method, proc)
        x = connect(x + secs(r, 0.001, 0.004), proc)
        if in_(x, db_down):
            db_refused(x + secs(r, 0.002, 0.02), proc)
            return
        if kind == "product":
            x = S(
                x + secs(r, 0.002, 0.01),
                "php",
                "INFO",
                'User Deprecated: Since doctrine/doctrine-bundle 2.12: The default value of "doctrine.orm.controller_resolver.auto_mapping" will be changed from `true` to `false`. Explicitly configure `true` to keep existing behaviour.',
                'User Deprecated: Since doctrine/doctrine-bundle 2.12: The default value of "doctrine.orm.controller_resolver.auto_mapping" will be changed from `true` to `false`. Explicitly configure `true` to keep existing behaviour.',
                {
                    "exception": sf_obj(
                        [
                            (
                                "ErrorException",
                                0,
                                'User Deprecated: Since doctrine/doctrine-bundle 2.12: The default value of "doctrine.orm.controller_resolver.auto_mapping" will be changed from `true` to `false`. Explicitly configure `true` to keep existing behaviour.',
                                f"{SF_V}/symfony/deprecation-contracts/function.php:25",
                            )
                        ]
                    )
                },
                proc,
            )
            if r.random() < 0.06:
                msg = 'App\\Entity\\Product object not found by "Symfony\\Bridge\\Doctrine\\ArgumentResolver\\EntityValueResolver".'
                uncaught(
                    x + secs(r, 0.002, 0.01),
                    "ERROR",
                    'Uncaught PHP Exception %s: "%s object not found by "%s"." at %s line %s',
                    "Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException",
                    msg,
                    f"{SF_V}/symfony/doctrine-bridge/ArgumentResolver/EntityValueResolver.php",
                    87,
                    [
                        (
                            "Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException",
                            0,
                            msg,
                            f"{SF_V}/symfony/doctrine-bridge/ArgumentResolver/EntityValueResolver.php:87",
                        )
                    ],
                    proc,
                )
                return
            x = S(
                x + secs(r, 0.005, 0.03),
                "php",
                "INFO",
                "Deprecated: Creation of dynamic property %s::$%s is deprecated",
                "Deprecated: Creation of dynamic property App\\Service\\LegacyPriceCalculator::$rates is deprecated",
                {
                    "exception": sf_obj(
                        [
                            (
                                "ErrorException",
                                0,
                                "Deprecated: Creation of dynamic property App\\Service\\LegacyPriceCalculator::$rates is deprecated",
                                "/var/www/src/Service/LegacyPriceCalculator.php:42",
                            )
                        ]
                    )
                },
                proc,
            )
        elif kind == "cart_add":
            if r.random() < 0.3:
                x = S(
                    x + secs(r, 0.003, 0.02),
                    "php",
                    "WARNING",
                    'Warning: Undefined array key "%s"',
                    'Warning: Undefined array key "variant"',
                    {
                        "exception": sf_obj(
                            [
                                (
                                    "ErrorException",
                                    0,
                                    'Warning: Undefined array key "variant"',
                                    "/var/www/src/Controller/CartController.php:64",
                                )
                            ]
                        )
                    },
                    proc,
                )
        elif kind in ("cart", "checkout") and x >= deleted and r.random() < 0.25:
            uncaught(
                x + secs(r, 0.005, 0.03),
                "CRITICAL",
                'Uncaught PHP Exception %s: "Call to a member function %s() on null" at %s line %s',
                "Error",
                "Call to a member function getPrice() on null",
                "/var/www/src/Service/CartService.php",
                88,
                [
                    (
                        "Error",
                        0,
                        "Call to a member function getPrice() on null",
                        "/var/www/src/Service/CartService.php:88",
                    )
                ],
                proc,
            )
            return
        elif kind == "login":
            user = r.choice(SF_CUSTOMERS)
            auth = "App\\Security\\LoginFormAuthenticator"
            if r.random() < 0.22:
                S(
                    x + secs(r, 0.05, 0.2),
                    "security",
                    "INFO",
                    "Authenticator failed.",
                    "Authenticator failed.",
                    {
                        "exception": sf_obj(
                            [
                                (
                                    "Symfony\\Component\\Security\\Core\\Exception\\BadCredentialsException",
                                    0,
                                    "The presented password is invalid.",
                                    f"{SF_V}/symfony/security-http/EventListener/CheckCredentialsListener.php:69",
                                )
                            ]
                        ),
                        "authenticator": auth,
                    },
                    proc,
                )
            else:
                x = S(
                    x + secs(r, 0.05, 0.2),
                    "security",
                    "INFO",
                    "Authenticator successful!",
                    "Authenticator successful!",
                    {
                        "token": {
                            "Symfony\\Component\\Security\\Http\\Authenticator\\Token\\PostAuthenticationToken": f'PostAuthenticationToken(user="{user}", authenticated=true, roles="ROLE_USER")'
                        },
                        "authenticator": auth,
                    },
                    proc,
                )
        elif kind == "admin":
            uncaught(
                x + secs(r, 0.003, 0.01),
                "ERROR",
                'Uncaught PHP Exception %s: "Access Denied." at %s line %s',
                "Symfony\\Component\\HttpKernel\\Exception\\AccessDeniedHttpException",
                "Access Denied.",
                f"{SF_V}/symfony/security-http/Firewall/ExceptionListener.php",
                126,
                [
                    (
                        "Symfony\\Component\\HttpKernel\\Exception\\AccessDeniedHttpException",
                        0,
                        "Access Denied.",
                        f"{SF_V}/symfony/security-http/Firewall/ExceptionListener.php:126",
                    ),
                    (
                        "Symfony\\Component\\Security\\Core\\Exception\\AccessDeniedException",
                        403,
                        "Access Denied.",
                        f"{SF_V}/symfony/security-http/Firewall/AccessListener.php:88",
                    ),
                ],
                proc,
            )
            return
        elif kind == "checkout" and method == "POST":
            state["order"] += 1
            oid = state["order"]
            cust = r.randrange(200, 2400)
            total = f"{r.uniform(19, 480):.2f} {r.choice(['EUR', 'EUR', 'EUR', 'GBP'])}"
            pi = "pi_3P" + "".join(
                r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
                for _ in range(21)
            )
            if r.random() < 0.12:
                reason = weighted(r, [(w, m) for m, w in SF_DECLINES])
                x = S(
                    x + secs(r, 0.4, 1.5),
                    "app",
                    "WARNING",
                    "Payment for order {order} declined: " + str(reason),
                    f"Payment for order {oid} declined: {reason}",
                    {"order": oid, "payment_intent": pi, "decline_code": "card_declined"},
                    proc,
                )
            else:
                x = S(
                    x + secs(r, 0.02, 0.1),
                    "app",
                    "INFO",
                    "Order {order} placed by customer {customer}, total {total}",
                    f"Order {oid} placed by customer {cust}, total {total}",
                    {"order": oid, "customer": cust, "total": total},
                    proc,
                )
                x = S(
                    x + secs(r, 0.4, 1.5),
                    "app",
                    "INFO",
                    "Payment {payment} authorized for order {order}",
                    f"Payment {pi} authorized for order {oid}",
                    {"payment": pi, "order": oid},
                    proc,
                )
                for k in ("confirm", "invoice"):
                    x = send(x + secs(r, 0.001, 0.01), k, proc)
                    jobs.append((x, k, {"order": oid}))
                if r.random() < 0.15:
                    sku = f"SKU-{r.randrange(10000, 99999)}"
                    x = S(
                        x + secs(r, 0.001, 0.01),
                        "app",
                        "NOTICE",
                        "Stock for {sku} below threshold: {qty} left",
                        f"Stock for {sku} below threshold: {r.randrange(0, 4)} left",
                        {"sku": sku},
                        proc,
                    )
        S(
            x + secs(r, 0.005, 0.08),
            "doctrine",
            "INFO",
            "Disconnecting",
            "Disconnecting",
            None,
            proc,
        )

    for t in poisson(r, t0, t_end, 23):
        request(t)

    # the scheduler's stock sync
    x = t0 + secs(r, 10, 60)
    while x < t_end:
        jobs.append((x, "stock", {}))
        x += timedelta(minutes=5) + secs(r, 0, 0.5)

    # the worker: messages in order of sending, a restart every hour
    wp = {"pid": 5120}
    next_stop = t0 + timedelta(seconds=3600)
    busy = t0
    for sent, kind, _data in sorted(jobs, key=lambda j: j[0]):
        x = max(sent + secs(r, 0.2, 1.2), busy)
        if x >= next_stop:
            S(
                next_stop,
                "messenger",
                "INFO",
                "Worker stopped due to time limit of {timeLimit}s exceeded",
                "Worker stopped due to time limit of 3600s exceeded",
                {"timeLimit": 3600},
                ("worker", wp["pid"]),
            )
            wp["pid"] += r.randrange(40, 300)
            next_stop += timedelta(seconds=3600) + secs(r, 1, 3)
            x = max(x, next_stop - timedelta(seconds=3599))
        proc = ("worker", wp["pid"])
        cls = SF_MSGS[kind]
        retry = 0
        while True:
            x = S(
                x,
                "messenger",
                "INFO",
                "Received message {class}",
                f"Received message {cls}",
                {"class": cls},
                proc,
            )
            err = None
            if kind == "stock" and in_(x, erp_down):
                sku_url = (
                    "https://erp.internal/api/v2/stock?updated_since="
                    + f"{x - timedelta(minutes=5):%Y-%m-%dT%H:%M:%S}"
                )
                err = (
                    'Handling "App\\Message\\SyncStock" failed: HTTP/1.1 503 Service Unavailable returned for "%s".',
                    f'Handling "{cls}" failed: HTTP/1.1 503 Service Unavailable returned for "{sku_url}".',
                )
                x += secs(r, 0.05, 0.3)
            elif kind == "invoice" and in_(x, (db_down[0] - timedelta(seconds=1), db_down[1])):
                err = (
                    'Handling "App\\Message\\GenerateInvoicePdf" failed: An exception occurred while executing a query: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away',
                    f'Handling "{cls}" failed: An exception occurred while executing a query: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away',
                )
                x += secs(r, 0.01, 0.05)
            if err is None:
                if kind == "stock":
                    x = S(
                        x + secs(r, 0.3, 2.5),
                        "app",
                        "INFO",
                        "Stock sync: {updated} products updated",
                        f"Stock sync: {(n := r.randrange(0, 60))} products updated",
                        {"updated": n},
                        proc,
                    )
                elif kind == "confirm":
                    x = S(
                        x + secs(r, 0.2, 0.9),
                        "app",
                        "INFO",
                        "Order confirmation sent to {email}",
                        f"Order confirmation sent to {r.choice(SF_CUSTOMERS)}",
                        {},
                        proc,
                    )
                else:
                    x += secs(r, 0.4, 1.8)
                x = S(
                    x,
                    "messenger",
                    "INFO",
                    "Message {class} handled by {handler}",
                    f"Message {cls} handled by {SF_HANDLERS[kind]}",
                    {"class": cls, "handler": SF_HANDLERS[kind]},
                    proc,
                )
                x = S(
                    x + secs(r, 0.0005, 0.003),
                    "messenger",
                    "INFO",
                    "{class} was handled successfully (acknowledging to transport).",
                    f"{cls} was handled successfully (acknowledging to transport).",
                    {"class": cls},
                    proc,
                )
                break
            fmt, text = err
            ctx = {
                "class": cls,
                "retryCount": retry + 1,
                "delay": 1000 * 2**retry,
                "error": text,
                "exception": "[object] (Symfony\\Component\\Messenger\\Exception\\HandlerFailedException(code: 0): ...)",
            }
            if retry < 3:
                x = S(
                    x,
                    "messenger",
                    "WARNING",
                    'Error thrown while handling message {class}. Sending for retry #{retryCount} using {delay} ms delay. Error: "'
                    + fmt
                    + '"',
                    f'Error thrown while handling message {cls}. Sending for retry #{retry + 1} using {1000 * 2**retry} ms delay. Error: "{text}"',
                    ctx,
                    proc,
                )
                retry += 1
                x += timedelta(milliseconds=1000 * 2 ** (retry - 1)) + secs(r, 0.05, 0.3)
                continue
            x = S(
                x,
                "messenger",
                "CRITICAL",
                'Error thrown while handling message {class}. Removing from transport after {retryCount} retries. Error: "'
                + fmt
                + '"',
                f'Error thrown while handling message {cls}. Removing from transport after 3 retries. Error: "{text}"',
                {**ctx, "retryCount": 3},
                proc,
            )
            x = S(
                x + secs(r, 0.0005, 0.003),
                "messenger",
                "INFO",
                "Rejected message {class} will be sent to the failure transport {transport}.",
                f"Rejected message {cls} will be sent to the failure transport failed.",
                {"class": cls, "transport": "failed"},
                proc,
            )
            break
        busy = x

    # the feed import from cron
    x = at(6, 0, 0)
    while x < t_end:
        proc = ("cron", x)
        y = x + secs(r, 0.3, 0.8)
        if at(9, 0) <= x < at(9, 40):
            S(
                y + secs(r, 1, 4),
                "console",
                "ERROR",
                'Error thrown while running command "{command}". Message: "Feed %s returned HTTP %d"',
                'Error thrown while running command "app:import-feed --source=supplier-b". Message: "Feed https://feeds.supplier-b.com/products.xml returned HTTP 500"',
                {
                    "exception": sf_obj(
                        [
                            (
                                "App\\Feed\\FeedUnavailableException",
                                500,
                                "Feed https://feeds.supplier-b.com/products.xml returned HTTP 500",
                                "/var/www/src/Feed/FeedFetcher.php:57",
                            )
                        ]
                    ),
                    "command": "app:import-feed --source=supplier-b",
                    "message": "Feed https://feeds.supplier-b.com/products.xml returned HTTP 500",
                },
                proc,
            )
        elif in_(y, db_down):
            pass
        else:
            y = connect(y, proc)
            c, u, s = r.randrange(0, 12), r.randrange(40, 400), r.randrange(0, 9)
            y = S(
                y + secs(r, 8, 40),
                "app",
                "INFO",
                "Feed import finished: {created} created, {updated} updated, {skipped} skipped",
                f"Feed import finished: {c} created, {u} updated, {s} skipped",
                {"created": c, "updated": u, "skipped": s, "source": "supplier-b"},
                proc,
            )
            S(
                y + secs(r, 0.01, 0.05),
                "doctrine",
                "INFO",
                "Disconnecting",
                "Disconnecting",
                None,
                proc,
            )
        x += timedelta(minutes=30)
    return o.logs(t0, {"p": "prod.log"})


# --------------------------------------------------------------------------------- wordpress

WP = "/var/www/html"
WP_DOING_IT_WRONG = 'Function %s was called <strong>incorrectly</strong>. Scripts and styles should not be registered or enqueued until the <code>wp_enqueue_scripts</code>, <code>admin_enqueue_scripts</code>, or <code>login_enqueue_scripts</code> hooks. This notice was triggered by the <code>%s</code> handle. Please see <a href="https://developer.wordpress.org/advanced-administration/debug/debug-wordpress/">Debugging in WordPress</a> for more information. (This message was added in version %s.) in %s on line %d'
WP_MADE_BY_HOME = f"require('wp-blog-header.php'), require_once('wp-includes/template-loader.php'), include('{WP}/wp-content/themes/storefront-child/front-page.php'), do_shortcode, preg_replace_callback, do_shortcode_tag, WPB_Slider->render, wpdb->get_results"
WP_PRODUCTS = [
    "leather-weekender-bag",
    "merino-crew-sweater",
    "canvas-sneaker-white",
    "rain-shell-jacket",
    "wool-beanie",
    "trail-runner-gtx",
]


def wordpress(r: random.Random) -> list[Log]:
    """A WooCommerce shop on WordPress 6.5 and PHP 8.2-FPM (eight children), WP_DEBUG and
    WP_DEBUG_LOG on, 06:00 to 10:00. Every page view runs a child theme and three plugins
    that warn (a slider enqueueing too early, an old SEO plugin, a price-badge plugin);
    the home page's slider queries a table a migration never created; WP-Cron runs on page
    views (session clean-up deadlocking now and then, a sync plugin importing a feed every
    15 minutes). At 07:31 WooCommerce is updated: for 90 seconds the theme's `wc_get_product()`
    is undefined (fatal errors with their stack) and Action Scheduler's schedule is missing
    (WP-Cron's reschedule errors until 07:50). An order export runs out of memory at 08:22.
    MySQL restarts at 09:05:10 for two minutes (`mysqli_real_connect()` refused, then `MySQL
    server has gone away` for the requests that held a connection). The feed answers 503 at
    09:30 and 09:45."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"[{t:%d-%b-%Y %H:%M:%S} UTC] "

    o = Out(1_000_000, ["d"], head)
    t0, t_end = at(6, 0, 2), at(10, 0, 0)
    wc_gone = (at(7, 31, 12), at(7, 32, 44))
    sched_gone = (at(7, 31, 12), at(7, 50, 0))
    db_down = (at(9, 5, 10), at(9, 7, 15))

    def W(t: datetime, proc: object, fmt: str, msg: str, cont: list[str] | None = None) -> datetime:
        return o.e("d", t, fmt, msg=msg, cont=cont or [], proc=proc)

    def php(
        t: datetime, proc: object, level: str, fmt: str, text: str, file: str, line: int, cont=None
    ) -> datetime:
        return W(
            t,
            proc,
            f"PHP {level}:  {fmt} in %s on line %d",
            f"PHP {level}:  {text} in {file} on line {line}",
            cont,
        )

    def in_(t: datetime, w: tuple[datetime, datetime]) -> bool:
        return w[0] <= t < w[1]

    def every_view(x: datetime, proc: object, admin: bool = False) -> datetime:
        x = php(
            x,
            proc,
            "Deprecated",
            "Return type of %s::offsetGet($key) should either be compatible with ArrayAccess::offsetGet(mixed $offset): mixed, or the #[\\ReturnTypeWillChange] attribute should be used to temporarily suppress the notice",
            "Return type of Old_SEO_Collection::offsetGet($key) should either be compatible with ArrayAccess::offsetGet(mixed $offset): mixed, or the #[\\ReturnTypeWillChange] attribute should be used to temporarily suppress the notice",
            f"{WP}/wp-content/plugins/old-seo-tools/inc/class-collection.php",
            58,
        )
        x = php(
            x + secs(r, 0.01, 0.05),
            proc,
            "Deprecated",
            "Creation of dynamic property %s::$%s is deprecated",
            "Creation of dynamic property WC_Price_Badges::$settings is deprecated",
            f"{WP}/wp-content/plugins/wc-price-badges/includes/class-wc-price-badges.php",
            41,
        )
        if admin:
            return x
        x = W(
            x + secs(r, 0.02, 0.1),
            proc,
            "PHP Notice:  " + WP_DOING_IT_WRONG,
            "PHP Notice:  "
            + WP_DOING_IT_WRONG
            % ("wp_enqueue_script", "wpb-slider", "3.3.0", f"{WP}/wp-includes/functions.php", 6078),
        )
        return php(
            x + secs(r, 0.02, 0.1),
            proc,
            "Deprecated",
            "strpos(): Passing null to parameter #%d ($%s) of type %s is deprecated",
            "strpos(): Passing null to parameter #1 ($haystack) of type string is deprecated",
            f"{WP}/wp-content/plugins/old-seo-tools/inc/meta.php",
            203,
        )

    def fatal_wc(x: datetime, proc: object, where: str) -> datetime:
        f = f"{WP}/wp-content/themes/storefront-child/functions.php"
        return W(
            x,
            proc,
            "PHP Fatal error:  Uncaught Error: Call to undefined function %s() in %s:%d",
            f"PHP Fatal error:  Uncaught Error: Call to undefined function wc_get_product() in {f}:142",
            [
                "Stack trace:",
                f"#0 {WP}/wp-includes/class-wp-hook.php(324): storefront_child_badges('')",
                f"#1 {WP}/wp-includes/class-wp-hook.php(348): WP_Hook->apply_filters(NULL, Array)",
                f"#2 {WP}/wp-includes/plugin.php(517): WP_Hook->do_action(Array)",
                f"#3 {WP}/wp-content/themes/storefront-child/{where}(31): do_action('storefront_chil...')",
                f"#4 {WP}/wp-includes/template-loader.php(106): include('{WP}/wp-content/themes/storefront-child/{where}')",
                f"#5 {WP}/wp-blog-header.php(19): require_once('{WP}/wp-includes/template-loader.php')",
                f"#6 {WP}/index.php(17): require('{WP}/wp-blog-header.php')",
                "#7 {main}",
                f"  thrown in {f} on line 142",
            ],
        )

    def db_refused(x: datetime, proc: object) -> datetime:
        return php(
            x,
            proc,
            "Warning",
            "mysqli_real_connect(): (%s/%d): %s",
            "mysqli_real_connect(): (HY000/2002): Connection refused",
            f"{WP}/wp-includes/class-wpdb.php",
            1987,
        )

    def view(t: datetime) -> None:
        proc = ("fpm", r.randrange(8))
        kind = weighted(
            r,
            [
                (16, "home"),
                (34, "product"),
                (14, "shop"),
                (8, "cart"),
                (5, "checkout"),
                (9, "admin-ajax"),
                (3, "login"),
                (11, "404"),
            ],
        )
        if in_(t, db_down):
            db_refused(t, proc)
            return
        if in_(t, wc_gone) and kind in ("product", "shop", "home"):
            x = every_view(t, proc)
            fatal_wc(
                x + secs(r, 0.02, 0.1),
                proc,
                {
                    "product": "single-product.php",
                    "shop": "archive-product.php",
                    "home": "front-page.php",
                }[kind],
            )
            return
        x = every_view(t, proc, admin=kind == "admin-ajax")
        if kind == "home":
            x = php(
                x + secs(r, 0.01, 0.05),
                proc,
                "Warning",
                'Undefined array key "%s"',
                'Undefined array key "hero_image"',
                f"{WP}/wp-content/themes/storefront-child/template-parts/hero.php",
                14,
            )
            W(
                x + secs(r, 0.01, 0.05),
                proc,
                "WordPress database error Table '%s' doesn't exist for query %s made by %s",
                f"WordPress database error Table 'wordpress.wp_wpb_slider_items' doesn't exist for query SELECT * FROM wp_wpb_slider_items WHERE slider_id = 3 ORDER BY position ASC made by {WP_MADE_BY_HOME}",
            )
        elif kind == "product":
            if r.random() < 0.45:
                x = php(
                    x + secs(r, 0.01, 0.05),
                    proc,
                    "Warning",
                    "foreach() argument must be of type array|object, %s given",
                    "foreach() argument must be of type array|object, null given",
                    f"{WP}/wp-content/plugins/wc-price-badges/includes/class-badge-render.php",
                    77,
                )
            if r.random() < 0.2:
                x = php(
                    x + secs(r, 0.01, 0.05),
                    proc,
                    "Warning",
                    "Trying to access array offset on value of type %s",
                    "Trying to access array offset on value of type bool",
                    f"{WP}/wp-content/plugins/wc-price-badges/includes/class-badge-render.php",
                    112,
                )
            if r.random() < 0.015:
                W(
                    x + secs(r, 0.01, 0.05),
                    proc,
                    "PHP Fatal error:  Uncaught TypeError: count(): Argument #%d ($%s) must be of type %s, %s given in %s:%d",
                    f"PHP Fatal error:  Uncaught TypeError: count(): Argument #1 ($value) must be of type Countable|array, null given in {WP}/wp-content/plugins/wc-price-badges/includes/class-badge-render.php:95",
                    [
                        "Stack trace:",
                        f"#0 {WP}/wp-content/plugins/wc-price-badges/includes/class-badge-render.php(61): WC_Badge_Render->variation_badges(Object(WC_Product_Variable))",
                        f"#1 {WP}/wp-includes/class-wp-hook.php(324): WC_Badge_Render->render('')",
                        f"#2 {WP}/wp-includes/class-wp-hook.php(348): WP_Hook->apply_filters('', Array)",
                        f"#3 {WP}/wp-includes/plugin.php(517): WP_Hook->do_action(Array)",
                        f"#4 {WP}/wp-content/plugins/woocommerce/templates/single-product/title.php(23): do_action('woocommerce_sin...')",
                        "#5 {main}",
                        f"  thrown in {WP}/wp-content/plugins/wc-price-badges/includes/class-badge-render.php on line 95",
                    ],
                )
        elif kind == "shop":
            x = php(
                x + secs(r, 0.01, 0.05),
                proc,
                "Deprecated",
                "Constant %s is deprecated",
                "Constant FILTER_SANITIZE_STRING is deprecated",
                f"{WP}/wp-content/plugins/old-seo-tools/inc/meta.php",
                57,
            )
            php(
                x + secs(r, 0.01, 0.05),
                proc,
                "Deprecated",
                "Function %s is <strong>deprecated</strong> since version %s! Use %s instead.",
                "Function get_page_by_title is <strong>deprecated</strong> since version 6.2.0! Use WP_Query instead.",
                f"{WP}/wp-includes/functions.php",
                6085,
            )
        elif kind == "cart":
            php(
                x + secs(r, 0.01, 0.05),
                proc,
                "Deprecated",
                "Optional parameter $%s declared before required parameter $%s is implicitly treated as a required parameter",
                "Optional parameter $args declared before required parameter $cart is implicitly treated as a required parameter",
                f"{WP}/wp-content/plugins/wc-price-badges/includes/class-cart-notes.php",
                19,
            )
        elif kind == "checkout" and r.random() < 0.5:
            php(
                x + secs(r, 0.05, 0.3),
                proc,
                "Warning",
                "Undefined property: %s::$%s",
                "Undefined property: WC_Order_Item_Product::$legacy_values",
                f"{WP}/wp-content/plugins/wc-price-badges/includes/class-order-badges.php",
                66,
            )
        elif kind == "404":
            php(
                x + secs(r, 0.01, 0.05),
                proc,
                "Warning",
                'Attempt to read property "%s" on %s',
                'Attempt to read property "ID" on null',
                f"{WP}/wp-content/themes/storefront-child/functions.php",
                88,
            )
        elif kind == "admin-ajax":
            if r.random() < 0.5:
                x = W(
                    x + secs(r, 0.01, 0.05),
                    proc,
                    'PHP Notice:  Function %s was called <strong>incorrectly</strong>. The query argument of %s must have a placeholder. Please see <a href="https://developer.wordpress.org/advanced-administration/debug/debug-wordpress/">Debugging in WordPress</a> for more information. (This message was added in version %s.) in %s on line %d',
                    f'PHP Notice:  Function wpdb::prepare was called <strong>incorrectly</strong>. The query argument of <code>wpdb::prepare()</code> must have a placeholder. Please see <a href="https://developer.wordpress.org/advanced-administration/debug/debug-wordpress/">Debugging in WordPress</a> for more information. (This message was added in version 3.9.0.) in {WP}/wp-includes/functions.php on line 6078',
                )
            php(
                x + secs(r, 0.01, 0.05),
                proc,
                "Warning",
                "Undefined variable $%s",
                "Undefined variable $screen",
                f"{WP}/wp-content/plugins/old-seo-tools/admin/dashboard.php",
                31,
            )
        elif kind == "login" and r.random() < 0.6:
            php(
                x + secs(r, 0.05, 0.2),
                proc,
                "Warning",
                "Cannot modify header information - headers already sent by (output started at %s:%d)",
                f"Cannot modify header information - headers already sent by (output started at {WP}/wp-content/plugins/old-seo-tools/inc/meta.php:211)",
                f"{WP}/wp-includes/pluggable.php",
                1435,
            )
        # WP-Cron spawned by this view
        if r.random() < 0.05:
            cron(x + secs(r, 0.5, 2), ("cron", r.randrange(3)))

    def cron(x: datetime, proc: object) -> None:
        if in_(x, sched_gone):
            W(
                x,
                proc,
                "Cron reschedule event error for hook: %1$s, Error code: %2$s, Error message: %3$s, Data: %4$s",
                'Cron reschedule event error for hook: action_scheduler_run_queue, Error code: invalid_schedule, Error message: Event schedule does not exist., Data: {"schedule":"every_minute","args":["WP Cron"],"interval":60}',
            )
        if r.random() < 0.25:
            err = weighted(
                r,
                [
                    (
                        3,
                        (
                            "Deadlock found when trying to get lock; try restarting transaction",
                            "UPDATE `wp_options` SET `option_value` = '%d' WHERE `option_name` = '_transient_timeout_wc_count_comments'".replace(
                                "%d", str(int(x.timestamp() + 86400))
                            ),
                        ),
                    ),
                    (
                        1,
                        (
                            "Lock wait timeout exceeded; try restarting transaction",
                            "DELETE FROM wp_woocommerce_sessions WHERE session_expiry < %d".replace(
                                "%d", str(int(x.timestamp()))
                            ),
                        ),
                    ),
                ],
            )
            W(
                x + secs(r, 0.2, 3),
                proc,
                f"WordPress database error {err[0]} for query %s made by %s",
                f"WordPress database error {err[0]} for query {err[1]} made by do_action_ref_array('woocommerce_cleanup_sessions'), WP_Hook->do_action, WP_Hook->apply_filters, WC_Session_Handler->cleanup_sessions",
            )

    for t in poisson(r, t0, t_end, 29):
        view(t)
    # the sync plugin's feed import, every 15 minutes from the system cron
    x = at(6, 0, 0)
    while x < t_end:
        proc = ("sync", x)
        y = x + secs(r, 0.5, 2)
        if in_(y, db_down):
            db_refused(y, proc)
        elif x in (at(9, 30), at(9, 45)):
            y = php(
                y + secs(r, 1, 5),
                proc,
                "Warning",
                "file_get_contents(%s): Failed to open stream: HTTP request failed! %s",
                "file_get_contents(https://feeds.supplier-b.com/products.xml): Failed to open stream: HTTP request failed! HTTP/1.1 503 Service Unavailable",
                f"{WP}/wp-content/plugins/shop-sync/includes/class-feed.php",
                48,
            )
            W(
                y + secs(r, 1, 5),
                proc,
                "[shop-sync] Feed %s returned HTTP %d; will retry at next run",
                "[shop-sync] Feed https://feeds.supplier-b.com/products.xml returned HTTP 503; will retry at next run",
            )
        else:
            n = r.randrange(220, 260)
            batches = (n + 99) // 100
            for b in range(1, batches + 1):
                y = W(
                    y,
                    proc,
                    "[shop-sync] Starting import batch %d of %d",
                    f"[shop-sync] Starting import batch {b} of {batches}",
                )
                if r.random() < 0.3:
                    sku = f"SB-{r.randrange(1000, 9999)}"
                    y = W(
                        y + secs(r, 1, 4),
                        proc,
                        "[shop-sync] Skipping %s: no price in feed",
                        f"[shop-sync] Skipping {sku}: no price in feed",
                    )
                y += secs(r, 2, 8)
            W(
                y,
                proc,
                "[shop-sync] Imported %d products from %s in %.2fs",
                f"[shop-sync] Imported {n} products from https://feeds.supplier-b.com/products.xml in {(y - x).total_seconds():.2f}s",
            )
        x += timedelta(minutes=15)
    # WooCommerce's update: the schedule is missing until 07:50
    x = wc_gone[0] + secs(r, 2, 6)
    while x < sched_gone[1]:
        cron(x, ("cron", 9))
        x += secs(r, 55, 70)
    # the export out of memory
    for x in (at(8, 22, 41), at(8, 24, 3)):
        proc = ("fpm-export", x)
        x = every_view(x, proc, admin=True)
        x = php(
            x + secs(r, 1, 3),
            proc,
            "Deprecated",
            "Automatic conversion of false to array is deprecated",
            "Automatic conversion of false to array is deprecated",
            f"{WP}/wp-content/plugins/order-export-lite/includes/class-exporter.php",
            214,
        )
        x = php(
            x + secs(r, 0.5, 2),
            proc,
            "Warning",
            'Undefined array key "%s"',
            'Undefined array key "billing_vat"',
            f"{WP}/wp-content/plugins/order-export-lite/includes/class-exporter.php",
            233,
        )
        W(
            x + secs(r, 20, 28),
            proc,
            "PHP Fatal error:  Allowed memory size of %d bytes exhausted (tried to allocate %d bytes) in %s on line %d",
            f"PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate {r.choice([20480, 65536, 4096])} bytes) in {WP}/wp-includes/class-wpdb.php on line 2349",
        )
    # connections held across MySQL's restart
    for _ in range(4):
        x = db_down[0] - secs(r, 0, 1)
        W(
            x,
            ("gone", _),
            "WordPress database error MySQL server has gone away for query %s made by %s",
            "WordPress database error MySQL server has gone away for query SELECT option_value FROM wp_options WHERE option_name = 'woocommerce_version' LIMIT 1 made by require('wp-blog-header.php'), require_once('wp-load.php'), require_once('wp-config.php'), require_once('wp-settings.php'), do_action('plugins_loaded'), WP_Hook->do_action, WP_Hook->apply_filters, WooCommerce->init, get_option",
        )
    return o.logs(t0, {"d": "debug.log"})


# --------------------------------------------------------------------------------- winston

WN_APP = "/app"
WN_STACK_PG = [
    "TCPConnectWrap.afterConnect [as oncomplete] (node:net:1606:16)",
]
WN_STACK_POOL = [
    "/app/node_modules/pg-pool/index.js:45:11",
    "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    "async OrderRepository.findById (/app/src/repositories/orderRepository.js:22:20)",
    "async getOrder (/app/src/routes/orders.js:41:19)",
]
WN_USERS = ["u_" + f"{n:05d}" for n in (10231, 10877, 11402, 12093, 12711, 13350, 14022, 15530)]


def wn_stack(head: str, frames: list[str]) -> list[str]:
    return [head, *(f"    at {f}" for f in frames)]


def winston(r: random.Random) -> list[Log]:
    """An Express 4 orders API on Node 20 with winston 3 (`app.log` at `http`, `error.log` at
    `error` with the stack), 06:00 to 10:00 in one container. morgan's `tiny` line per
    request through a stream into `logger.http`; orders, payments, JWT failures, slow queries,
    a session clean-up every 15 minutes. PostgreSQL fails over at 07:12:00 (the pool's idle
    clients terminated, 90 seconds of `connect ECONNREFUSED` and pool timeouts through the
    error handler); Redis restarts at 08:20:10 (ioredis' error and reconnecting events until it
    is back 40 seconds later, the cache bypassed); the shipping provider answers 502 from 09:00
    to 09:20 and a webhook's promise is never caught (winston's rejection handler); at 09:41 an
    uncaught TypeError in a socket callback exits the process, which restarts."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}.{ms(t)}Z [{lvl}]: "

    o = Out(1000, ["a", "e"], head)
    t0, t_end = at(6, 0, 3), at(10, 0, 0)
    pg_down = (at(7, 12, 0), at(7, 13, 30))
    redis_down = (at(8, 20, 10), at(8, 20, 50))
    ship_down = (at(9, 0, 0), at(9, 20, 0))
    crash = at(9, 41, 7)
    restart = crash + secs(r, 2.5, 4)
    state = {"order": 88120}

    def L(t: datetime, lvl: str, fmt: str, msg: str, stack: list[str] | None = None) -> datetime:
        t = o.e("a", t, fmt, lvl=lvl, msg=msg)
        if lvl == "error":
            o.e("e", t, fmt, lvl=lvl, msg=msg, cont=stack or [], proc="err")
        return t

    def boot(t: datetime) -> datetime:
        t = L(
            t,
            "info",
            "Starting %s v%s (node %s, env %s)",
            "Starting orders-api v2.14.3 (node v20.14.0, env production)",
        )
        t = L(
            t + secs(r, 0.01, 0.05),
            "warn",
            "SENTRY_DSN not set, error reporting disabled",
            "SENTRY_DSN not set, error reporting disabled",
        )
        t = L(
            t + secs(r, 0.05, 0.2),
            "info",
            "Connected to PostgreSQL at %s (pool max %d)",
            "Connected to PostgreSQL at orders-db.internal:5432/orders (pool max 20)",
        )
        t = L(t + secs(r, 0.01, 0.08), "info", "Redis ready", "Redis ready")
        return L(
            t + secs(r, 0.005, 0.03),
            "info",
            "Server listening on port %d",
            "Server listening on port 3000",
        )

    def up(t: datetime) -> bool:
        return t < crash or t >= restart + timedelta(seconds=1)

    routes = [
        (
            22,
            "GET",
            "/api/products?page=%s",
            lambda: f"/api/products?page={r.randint(1, 9)}",
            (4000, 9000),
        ),
        (
            30,
            "GET",
            "/api/products/%s",
            lambda: f"/api/products/{r.randrange(1, 900)}",
            (600, 1500),
        ),
        (
            14,
            "GET",
            "/api/orders/%s",
            lambda: f"/api/orders/{r.randrange(80000, 88000)}",
            (700, 2200),
        ),
        (6, "POST", "/api/orders", lambda: "/api/orders", (300, 500)),
        (5, "POST", "/api/auth/login", lambda: "/api/auth/login", (400, 480)),
        (6, "GET", "/api/users/me", lambda: "/api/users/me", (300, 700)),
    ]

    def request(t: datetime) -> None:
        _, method, route, path_fn, size = weighted(
            r, [(w, x) for w, *_x in routes for x in [(w, *_x)]]
        )
        path = path_fn()
        x = t + secs(r, 0.003, 0.08)
        status, length = 200, r.randrange(*size)
        pg = route != "/api/products?page=%s" or True
        if pg and pg_down[0] <= x < pg_down[1]:
            err = (
                "connect ECONNREFUSED 10.0.3.12:5432"
                if x < pg_down[0] + timedelta(seconds=50)
                else "timeout exceeded when trying to connect"
            )
            fmt = (
                "Request failed: %s %s: connect ECONNREFUSED %s"
                if "ECONN" in err
                else "Request failed: %s %s: timeout exceeded when trying to connect"
            )
            stack = (
                wn_stack(f"Error: {err}", WN_STACK_PG)
                if "ECONN" in err
                else wn_stack(f"Error: {err}", WN_STACK_POOL)
            )
            if "timeout" in err:
                x += timedelta(seconds=5)
            x = L(x, "error", fmt, f"Request failed: {method} {path}: {err}", stack)
            status, length = 500, 21
        elif route == "/api/products/%s" and redis_down[0] <= x < redis_down[1]:
            x = L(
                x,
                "warn",
                "Cache unavailable, falling back to database for %s",
                f"Cache unavailable, falling back to database for product:{path.rsplit('/', 1)[1]}",
            )
        elif route == "/api/users/me" and r.random() < 0.12:
            err = r.choice(["jwt expired", "jwt expired", "invalid signature"])
            x = L(x, "warn", f"JWT verification failed: {err}", f"JWT verification failed: {err}")
            status, length = 401, 26
        elif route == "/api/auth/login" and r.random() < 0.2:
            x = L(
                x,
                "warn",
                "Failed login for %s from %s",
                f"Failed login for {r.choice(['anna@example.com', 'tom@example.de', 'admin@example.com'])} from ::ffff:10.0.{r.randrange(1, 4)}.{r.randrange(2, 250)}",
            )
            status, length = 401, 40
        elif route == "/api/orders/%s" and r.random() < 0.03:
            err = "Cannot read properties of undefined (reading 'address')"
            x = L(
                x,
                "error",
                "Request failed: %s %s: Cannot read properties of undefined (reading '%s')",
                f"Request failed: {method} {path}: {err}",
                wn_stack(
                    f"TypeError: {err}",
                    [
                        "formatShipping (/app/src/services/orderView.js:58:32)",
                        "toView (/app/src/services/orderView.js:17:15)",
                        "getOrder (/app/src/routes/orders.js:45:12)",
                        "process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                    ],
                ),
            )
            status, length = 500, 21
        elif method == "POST" and route == "/api/orders":
            state["order"] += 1
            oid = state["order"]
            x = L(
                x + secs(r, 0.02, 0.1),
                "info",
                "Order %s created for user %s (%d items, total %s)",
                f"Order {oid} created for user {r.choice(WN_USERS)} ({r.randint(1, 6)} items, total {r.uniform(9, 400):.2f})",
            )
            status = 201
            if r.random() < 0.9:
                x = L(
                    x + secs(r, 0.3, 1.2),
                    "info",
                    "Payment intent %s confirmed for order %s",
                    f"Payment intent pi_{alnum24()} confirmed for order {oid}",
                )
            if r.random() < 0.5:
                ship(x + secs(r, 0.5, 2), oid)
        elif r.random() < 0.02:
            q = r.choice(
                [
                    "SELECT * FROM products WHERE category_id = $1 ORDER BY popularity DESC LIMIT 50 OFFSET $2",
                    "SELECT o.*, json_agg(i.*) AS items FROM orders o JOIN order_items i ON i.order_id = o.id WHERE o.id = $1 GROUP BY o.id",
                ]
            )
            x = L(
                x, "warn", "Slow query (%dms): %s", f"Slow query ({r.randrange(1000, 4200)}ms): {q}"
            )
        L(
            x + secs(r, 0.001, 0.2),
            "http",
            f"{method} {route} {status}",
            f"{method} {path} {status} {length} - {r.uniform(1, 90):.3f} ms",
        )

    def alnum24() -> str:
        return "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            for _ in range(24)
        )

    def ship(x: datetime, oid: int) -> None:
        if ship_down[0] <= x < ship_down[1]:
            msg = "Request failed with status code 502"
            stack = wn_stack(
                f"AxiosError: {msg}",
                [
                    "settle (/app/node_modules/axios/dist/node/axios.cjs:1983:12)",
                    "IncomingMessage.handleStreamEnd (/app/node_modules/axios/dist/node/axios.cjs:3085:11)",
                    "IncomingMessage.emit (node:events:531:35)",
                    "endReadableNT (node:internal/streams/readable:1696:12)",
                    "process.processTicksAndRejections (node:internal/process/task_queues:82:21)",
                    "Axios.request (/app/node_modules/axios/dist/node/axios.cjs:4224:41)",
                    "async notifyShipping (/app/src/services/shipping.js:31:3)",
                ],
            )
            t = o.e(
                "a",
                x + secs(r, 1, 3),
                "unhandledRejection: Request failed with status code %d",
                lvl="error",
                msg=f"unhandledRejection: {msg}\n" + "\n".join(stack),
            )
            o.e(
                "e",
                t,
                "unhandledRejection: Request failed with status code %d",
                lvl="error",
                msg=f"unhandledRejection: {msg}\n" + "\n".join(stack),
                cont=stack,
                proc="err",
            )
        else:
            L(
                x + secs(r, 0.2, 0.8),
                "info",
                "Shipment requested for order %s (carrier %s)",
                f"Shipment requested for order {oid} (carrier {r.choice(['dhl', 'ups', 'gls'])})",
            )

    boot(t0)
    for t in poisson(r, t0 + timedelta(seconds=2), t_end, 8):
        if up(t):
            request(t)
    # PostgreSQL's failover: the idle clients terminated
    x = pg_down[0]
    for _ in range(r.randrange(4, 7)):
        x = L(
            x + secs(r, 0.001, 0.02),
            "error",
            "Unexpected error on idle client: terminating connection due to administrator command",
            "Unexpected error on idle client: terminating connection due to administrator command",
            wn_stack(
                "error: terminating connection due to administrator command",
                [
                    "Parser.parseErrorMessage (/app/node_modules/pg-protocol/dist/parser.js:283:98)",
                    "Parser.handlePacket (/app/node_modules/pg-protocol/dist/parser.js:122:29)",
                    "Parser.parse (/app/node_modules/pg-protocol/dist/parser.js:35:38)",
                    "Socket.<anonymous> (/app/node_modules/pg-protocol/dist/index.js:11:42)",
                    "Socket.emit (node:events:519:28)",
                ],
            ),
        )
    # Redis restarts
    x = redis_down[0]
    x = L(x, "error", "Redis error: %s", "Redis error: read ECONNRESET")
    n = 0
    while x < redis_down[1]:
        n += 1
        delay = min(n * 50, 2000)
        x = L(
            x + secs(r, 0.001, 0.005),
            "warn",
            "Redis reconnecting in %dms (attempt %d)",
            f"Redis reconnecting in {delay}ms (attempt {n})",
        )
        x += timedelta(milliseconds=delay)
        if x >= redis_down[1]:
            break
        x = L(
            x + secs(r, 0.001, 0.01),
            "error",
            "Redis error: connect ECONNREFUSED %s",
            "Redis error: connect ECONNREFUSED 10.0.2.9:6379",
        )
    L(x + secs(r, 0.01, 0.05), "info", "Redis ready", "Redis ready")
    # session clean-up
    x = at(6, 15)
    while x < t_end:
        if up(x):
            L(
                x + secs(r, 0, 0.05),
                "info",
                "Session cleanup removed %d expired sessions",
                f"Session cleanup removed {r.randrange(20, 400)} expired sessions",
            )
        x += timedelta(minutes=15)
    # the crash and the restart
    msg = "Cannot read properties of null (reading 'socket')"
    stack = wn_stack(
        f"TypeError: {msg}",
        [
            "ClientRequest.<anonymous> (/app/src/services/inventoryClient.js:74:29)",
            "ClientRequest.emit (node:events:519:28)",
            "TLSSocket.socketErrorListener (node:_http_client:500:9)",
            "TLSSocket.emit (node:events:519:28)",
            "emitErrorNT (node:internal/streams/destroy:169:8)",
            "emitErrorCloseNT (node:internal/streams/destroy:128:3)",
            "process.processTicksAndRejections (node:internal/process/task_queues:82:21)",
        ],
    )
    t = o.e(
        "a",
        crash,
        "uncaughtException: Cannot read properties of null (reading '%s')",
        lvl="error",
        msg=f"uncaughtException: {msg}\n" + "\n".join(stack),
    )
    o.e(
        "e",
        t,
        "uncaughtException: Cannot read properties of null (reading '%s')",
        lvl="error",
        msg=f"uncaughtException: {msg}\n" + "\n".join(stack),
        cont=stack,
        proc="err",
    )
    boot(restart)
    return o.logs(t0, {"a": "app.log", "e": "error.log"})


# --------------------------------------------------------------------------------- prefect

PF_PY = "/usr/local/lib/python3.11/site-packages"
PF_ADJ = [
    "crimson",
    "amber",
    "silver",
    "hungry",
    "quiet",
    "brave",
    "lucky",
    "rustic",
    "vivid",
    "gentle",
    "witty",
    "fuzzy",
    "cosmic",
    "nimble",
    "royal",
    "sleepy",
]
PF_NOUN = [
    "fox",
    "otter",
    "heron",
    "lynx",
    "panda",
    "walrus",
    "gecko",
    "badger",
    "falcon",
    "mole",
    "orca",
    "yak",
    "ibis",
    "moose",
    "wombat",
    "crane",
]
PF_PG_TB = [
    (f"{PF_PY}/prefect/engine.py", 2148, "orchestrate_task_run", "result = await call.aresult()"),
    (
        f"{PF_PY}/prefect/_internal/concurrency/calls.py",
        327,
        "aresult",
        "return await asyncio.wrap_future(self.future)",
    ),
    (
        f"{PF_PY}/prefect/_internal/concurrency/calls.py",
        352,
        "_run_sync",
        "result = self.fn(*self.args, **self.kwargs)",
    ),
    ("/opt/prefect/flows/etl_orders.py", 58, "load", "with engine.begin() as conn:"),
    (f"{PF_PY}/sqlalchemy/engine/base.py", 3268, "begin", "with self.connect() as conn:"),
    (
        f"{PF_PY}/sqlalchemy/engine/base.py",
        145,
        "__init__",
        "self._dbapi_connection = engine.raw_connection()",
    ),
    (
        f"{PF_PY}/psycopg2/__init__.py",
        122,
        "connect",
        "conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
    ),
]
PF_PG_ERR = 'sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "warehouse.internal" (10.0.7.20), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n\n(Background on this error at: https://sqlalche.me/e/20/e3q8)'
PF_HTTP_TB = [
    (f"{PF_PY}/prefect/engine.py", 2148, "orchestrate_task_run", "result = await call.aresult()"),
    (
        f"{PF_PY}/prefect/_internal/concurrency/calls.py",
        352,
        "_run_sync",
        "result = self.fn(*self.args, **self.kwargs)",
    ),
    (
        "/opt/prefect/flows/sync_crm.py",
        24,
        "fetch_contacts",
        'resp = client.get(f"/v3/contacts?updated_after={since}", timeout=30)',
    ),
    (f"{PF_PY}/httpx/_client.py", 1054, "get", "return self.request("),
    (
        f"{PF_PY}/httpx/_transports/default.py",
        86,
        "map_httpcore_exceptions",
        "raise mapped_exc(message) from exc",
    ),
]


def prefect(r: random.Random) -> list[Log]:
    """Two Prefect 2.19 process workers, 06:00 to 10:00, each printing its own and its flow
    runs' logs: `default` runs `etl-orders` every 5 minutes (extract, transform mapped over
    eight partitions with `.submit()`, load, a cached `dim-refresh`) and `sync-crm` every 10
    minutes; `ml` runs `train-churn` hourly. The warehouse fails over at 07:05 for nine
    minutes (`load` raises psycopg2's OperationalError: retried twice, 30 s apart, then the
    flow run fails); the CRM API times out from 08:00 to 08:25 (`fetch-contacts` retried,
    some runs fail); the 08:00 training run is killed for memory (status -9, reported as
    crashed); the Prefect API is away 09:10 to 09:16 (the workers back off, log shipping
    fails, a flow run in flight crashes); `ml` is restarted at 09:30 (its banner again)."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f"{t:%H:%M:%S}.{ms(t)} | {lvl:<7} | {ctx} - "

    o = Out(1000, ["d", "m"], head)
    t0, t_end = at(6, 0, 0), at(10, 0, 0)
    wh_down = (at(7, 5, 0), at(7, 14, 0))
    crm_slow = (at(8, 0, 0), at(8, 25, 0))
    api_down = (at(9, 10, 0), at(9, 16, 0))
    wid = {"d": uuid4(r), "m": uuid4(r)}
    names: set[str] = set()

    def name() -> str:
        while True:
            n = f"{r.choice(PF_ADJ)}-{r.choice(PF_NOUN)}"
            if n not in names or len(names) > 200:
                names.add(n)
                return n

    def P(
        f: str,
        t: datetime,
        lvl: str,
        ctx: str,
        fmt: str,
        msg: str,
        cont: list[str] | None = None,
        proc: object = None,
    ) -> datetime:
        return o.e(f, t, fmt, lvl=lvl, ctx=ctx, msg=msg, cont=cont or [], proc=proc)

    def raw(f: str, t: datetime, fmt: str, msg: str) -> datetime:
        return o.e(f, t, fmt, msg=msg, head=lambda *_: "")

    def start_worker(f: str, t: datetime, pool: str) -> datetime:
        t = raw(
            f,
            t,
            "Discovered type %r for work pool %r.",
            f"Discovered type 'process' for work pool '{pool}'.",
        )
        t = raw(
            f,
            t + secs(r, 0.2, 0.6),
            "Worker %r started!",
            f"Worker 'ProcessWorker {wid[f]}' started!",
        )
        return t

    W = "prefect.flow_runs.worker"

    def api_up(t: datetime) -> bool:
        return not (api_down[0] <= t < api_down[1])

    def run_flow(f: str, t: datetime, flow: str) -> None:
        if not api_up(t):
            return
        frid = uuid4(r)
        fr = name()
        proc = ("run", frid)
        x = P(
            f,
            t,
            "INFO",
            W,
            "Worker %r submitting flow run %r",
            f"Worker 'ProcessWorker {wid[f]}' submitting flow run '{frid}'",
        )
        x = P(f, x + secs(r, 0.05, 0.2), "INFO", W, "Opening process...", "Opening process...")
        x = P(
            f,
            x + secs(r, 0.01, 0.05),
            "INFO",
            W,
            "Completed submission of flow run %r",
            f"Completed submission of flow run '{frid}'",
        )
        fctx = f"Flow run '{fr}'"
        x = P(
            f,
            x + secs(r, 1.5, 3),
            "INFO",
            fctx,
            "Downloading flow code from storage at %r",
            "Downloading flow code from storage at '/opt/prefect/flows'",
            proc=proc,
        )
        failed = 0
        total = 0
        crashed = False

        def task(x: datetime, tname: str, i: int, submit: bool, body) -> tuple[datetime, bool]:
            nonlocal total
            total += 1
            tr = f"{tname}-{i}"
            x = P(
                f,
                x + secs(r, 0.01, 0.06),
                "INFO",
                fctx,
                "Created task run %r for task %r",
                f"Created task run '{tr}' for task '{tname}'",
                proc=proc,
            )
            if submit:
                x = P(
                    f,
                    x + secs(r, 0.001, 0.01),
                    "INFO",
                    fctx,
                    "Submitted task run %r for execution.",
                    f"Submitted task run '{tr}' for execution.",
                    proc=proc,
                )
            else:
                x = P(
                    f,
                    x + secs(r, 0.001, 0.01),
                    "INFO",
                    fctx,
                    "Executing %r immediately...",
                    f"Executing '{tr}' immediately...",
                    proc=proc,
                )
            return body(x + secs(r, 0.05, 0.4), f"Task run '{tr}'")

        def ok(x: datetime, tctx: str) -> tuple[datetime, bool]:
            return P(
                f,
                x,
                "INFO",
                tctx,
                "Finished in state Completed()",
                "Finished in state Completed()",
                proc=proc,
            ), True

        if flow == "etl-orders":

            def extract(x, tctx):
                x = P(
                    f,
                    x + secs(r, 0.5, 2),
                    "INFO",
                    tctx,
                    "Fetched %d new orders since %s",
                    f"Fetched {r.randrange(40, 400)} new orders since {x - timedelta(minutes=5):%Y-%m-%dT%H:%M:%S}+00:00",
                    proc=proc,
                )
                return ok(x + secs(r, 0.01, 0.05), tctx)

            x, _ = task(x, "extract", 0, False, extract)
            for i in range(8):

                def transform(x, tctx, i=i):
                    x = P(
                        f,
                        x + secs(r, 0.1, 0.6),
                        "INFO",
                        tctx,
                        "Partition %d: %d rows transformed",
                        f"Partition {i}: {r.randrange(5, 60)} rows transformed",
                        proc=proc,
                    )
                    return ok(x + secs(r, 0.005, 0.02), tctx)

                x, _ = task(x, "transform", i, True, transform)

            def dim(x, tctx):
                return P(
                    f,
                    x,
                    "INFO",
                    tctx,
                    "Finished in state Cached(type=COMPLETED)",
                    "Finished in state Cached(type=COMPLETED)",
                    proc=proc,
                ), True

            x, _ = task(x, "dim-refresh", 0, False, dim)

            def load(x, tctx):
                tries = 0
                while True:
                    if wh_down[0] <= x < wh_down[1]:
                        tb = [
                            "Traceback (most recent call last):",
                            *pyframes(*PF_PG_TB),
                            *PF_PG_ERR.split("\n"),
                        ]
                        x = P(
                            f,
                            x + secs(r, 0.01, 0.05),
                            "ERROR",
                            tctx,
                            "Encountered exception during execution:",
                            "Encountered exception during execution:",
                            tb,
                            proc=proc,
                        )
                        if tries < 2:
                            tries += 1
                            x = P(
                                f,
                                x + secs(r, 0.01, 0.05),
                                "INFO",
                                tctx,
                                "Received non-final state 'AwaitingRetry' when proposing final state 'Failed' and will attempt to run again...",
                                "Received non-final state 'AwaitingRetry' when proposing final state 'Failed' and will attempt to run again...",
                                proc=proc,
                            )
                            x += secs(r, 30, 31)
                            continue
                        err = PF_PG_ERR.split("\n")[0].replace("sqlalchemy.exc.", "")
                        return P(
                            f,
                            x + secs(r, 0.01, 0.05),
                            "ERROR",
                            tctx,
                            "Finished in state Failed('Task run encountered an exception OperationalError: %s')",
                            f"Finished in state Failed('Task run encountered an exception {err}')",
                            proc=proc,
                        ), False
                    x = P(
                        f,
                        x + secs(r, 0.3, 2),
                        "INFO",
                        tctx,
                        "Upserted %d rows into %s",
                        f"Upserted {r.randrange(40, 400)} rows into analytics.fct_orders",
                        proc=proc,
                    )
                    return ok(x + secs(r, 0.01, 0.05), tctx)

            x, good = task(x, "load", 0, False, load)
            failed += not good
        elif flow == "sync-crm":

            def fetch(x, tctx):
                tries = 0
                while True:
                    if crm_slow[0] <= x < crm_slow[1] and r.random() < 0.75:
                        x += secs(r, 30, 30.5)
                        tb = [
                            "Traceback (most recent call last):",
                            *pyframes(*PF_HTTP_TB),
                            "httpx.ReadTimeout: The read operation timed out",
                        ]
                        x = P(
                            f,
                            x,
                            "ERROR",
                            tctx,
                            "Encountered exception during execution:",
                            "Encountered exception during execution:",
                            tb,
                            proc=proc,
                        )
                        if tries < 2:
                            tries += 1
                            x = P(
                                f,
                                x + secs(r, 0.01, 0.05),
                                "INFO",
                                tctx,
                                "Received non-final state 'AwaitingRetry' when proposing final state 'Failed' and will attempt to run again...",
                                "Received non-final state 'AwaitingRetry' when proposing final state 'Failed' and will attempt to run again...",
                                proc=proc,
                            )
                            x += secs(r, 10, 11)
                            continue
                        return P(
                            f,
                            x + secs(r, 0.01, 0.05),
                            "ERROR",
                            tctx,
                            "Finished in state Failed('Task run encountered an exception ReadTimeout: %s')",
                            "Finished in state Failed('Task run encountered an exception ReadTimeout: The read operation timed out')",
                            proc=proc,
                        ), False
                    x = P(
                        f,
                        x + secs(r, 0.5, 3),
                        "INFO",
                        tctx,
                        "Fetched %d contacts updated since %s",
                        f"Fetched {r.randrange(0, 90)} contacts updated since {x - timedelta(minutes=10):%Y-%m-%dT%H:%M:%S}+00:00",
                        proc=proc,
                    )
                    return ok(x + secs(r, 0.01, 0.05), tctx)

            x, good = task(x, "fetch-contacts", 0, False, fetch)
            failed += not good
            if good:

                def upsert(x, tctx):
                    x = P(
                        f,
                        x + secs(r, 0.2, 1),
                        "INFO",
                        tctx,
                        "Upserted %d contacts, %d unchanged",
                        f"Upserted {r.randrange(0, 60)} contacts, {r.randrange(0, 30)} unchanged",
                        proc=proc,
                    )
                    return ok(x + secs(r, 0.01, 0.05), tctx)

                x, _ = task(x, "upsert-contacts", 0, False, upsert)
        else:  # train-churn

            def features(x, tctx):
                x = P(
                    f,
                    x + secs(r, 5, 20),
                    "INFO",
                    tctx,
                    "Built feature matrix %s",
                    f"Built feature matrix ({r.randrange(180000, 240000)}, 412)",
                    proc=proc,
                )
                return ok(x + secs(r, 0.01, 0.05), tctx)

            x, _ = task(x, "build-features", 0, False, features)
            if at(8, 0) <= t < at(8, 5):
                crashed = True
                x += secs(r, 40, 90)
            else:

                def train(x, tctx):
                    for ep in range(1, 6):
                        x = P(
                            f,
                            x + secs(r, 20, 60),
                            "INFO",
                            tctx,
                            "epoch %d/%d auc=%.4f logloss=%.4f",
                            f"epoch {ep}/5 auc={0.78 + ep * 0.012 + r.uniform(0, 0.005):.4f} logloss={0.52 - ep * 0.02 + r.uniform(0, 0.01):.4f}",
                            proc=proc,
                        )
                    if r.random() < 0.3:
                        x = P(
                            f,
                            x + secs(r, 0.1, 1),
                            "WARNING",
                            tctx,
                            "AUC %.4f below promotion threshold %.2f; model not registered",
                            f"AUC {0.78 + r.uniform(0.05, 0.059):.4f} below promotion threshold 0.85; model not registered",
                            proc=proc,
                        )
                    else:
                        x = P(
                            f,
                            x + secs(r, 1, 4),
                            "INFO",
                            tctx,
                            "Registered model %s version %d",
                            f"Registered model churn-gbm version {t.hour + 31}",
                            proc=proc,
                        )
                    return ok(x + secs(r, 0.01, 0.05), tctx)

                x, _ = task(x, "train", 0, False, train)
        if crashed:
            x = P(
                f,
                x,
                "ERROR",
                W,
                "Process %r exited with status code: %s; This indicates that the process exited due to a SIGKILL signal. Typically, this is either caused by manual cancellation or high memory usage causing the operating system to terminate the process.",
                f"Process '{fr}' exited with status code: -9; This indicates that the process exited due to a SIGKILL signal. Typically, this is either caused by manual cancellation or high memory usage causing the operating system to terminate the process.",
            )
            P(
                f,
                x + secs(r, 0.02, 0.1),
                "INFO",
                W,
                "Reported flow run %r as crashed: Flow run infrastructure exited with non-zero status code %s.",
                f"Reported flow run '{frid}' as crashed: Flow run infrastructure exited with non-zero status code -9.",
            )
            return
        if not api_up(x):
            tb = [
                "Traceback (most recent call last):",
                *pyframes(
                    (f"{PF_PY}/prefect/engine.py", 2958, "report_flow_run_crashes", "yield"),
                    (
                        f"{PF_PY}/prefect/client/orchestration.py",
                        2126,
                        "set_flow_run_state",
                        "response = await self._client.post(",
                    ),
                    (
                        f"{PF_PY}/httpx/_transports/default.py",
                        86,
                        "map_httpcore_exceptions",
                        "raise mapped_exc(message) from exc",
                    ),
                ),
                "httpx.ConnectError: All connection attempts failed",
            ]
            x = P(
                f,
                x,
                "ERROR",
                fctx,
                "Crash detected! Execution was interrupted by an unexpected exception: %s: %s",
                "Crash detected! Execution was interrupted by an unexpected exception: ConnectError: All connection attempts failed",
                tb,
                proc=proc,
            )
            x = P(
                f,
                x + secs(r, 0.05, 0.2),
                "ERROR",
                "prefect._internal.concurrency",
                "Service 'APILogWorker' failed with %d pending items.",
                f"Service 'APILogWorker' failed with {r.randrange(3, 30)} pending items.",
                proc=proc,
            )
            P(
                f,
                x + secs(r, 0.1, 0.5),
                "ERROR",
                W,
                "Process %r exited with status code: %s",
                f"Process '{fr}' exited with status code: 1",
            )
            return
        if failed:
            x = P(
                f,
                x + secs(r, 0.01, 0.05),
                "ERROR",
                fctx,
                "Finished in state Failed('%d/%d states failed.')",
                f"Finished in state Failed('{failed}/{total} states failed.')",
                proc=proc,
            )
        else:
            x = P(
                f,
                x + secs(r, 0.01, 0.05),
                "INFO",
                fctx,
                "Finished in state Completed('All states completed.')",
                "Finished in state Completed('All states completed.')",
                proc=proc,
            )
        P(
            f,
            x + secs(r, 0.3, 0.9),
            "INFO",
            W,
            "Process %r exited cleanly.",
            f"Process '{fr}' exited cleanly.",
        )

    start_worker("d", t0, "default")
    start_worker("m", t0 + secs(r, 2, 4), "ml")
    x = at(6, 0, 5)
    while x < t_end:
        run_flow("d", x + secs(r, 0, 1), "etl-orders")
        if x.minute % 10 == 0:
            run_flow("d", x + secs(r, 2, 4), "sync-crm")
        x += timedelta(minutes=5)
    for h in range(6, 10):
        run_flow("m", at(h, 0, 7) + secs(r, 0, 1), "train-churn")
    run_flow("m", at(9, 9, 41), "train-churn")  # a manual run, in flight when the API goes
    # the API away: the workers' polling backs off
    for f in ("d", "m"):
        x = api_down[0] + secs(r, 5, 20)
        iv = 10.0
        while x < api_down[1]:
            iv = min(iv * 2, 80.0)
            x = raw(
                f,
                x,
                "Backing off due to consecutive errors, using increased interval of %ss.",
                f"Backing off due to consecutive errors, using increased interval of {iv}s.",
            )
            x += timedelta(seconds=iv)
    # ml restarted at 09:30
    raw("m", at(9, 30, 2), "Worker %r stopped!", f"Worker 'ProcessWorker {wid['m']}' stopped!")
    wid["m"] = uuid4(r)
    start_worker("m", at(9, 30, 9), "ml")
    return o.logs(t0, {"d": "worker-default.log", "m": "worker-ml.log"})


# --------------------------------------------------------------------------------- frigate

FR_CAMS = {
    "front_door": "192.168.1.21",
    "driveway": "192.168.1.22",
    "back_yard": "192.168.1.23",
    "garage": "192.168.1.24",
}
FR_S6 = [
    "s6rc-oneshot-runner",
    "fix-attrs",
    "legacy-cont-init",
    "log-prepare",
    "nginx-log",
    "go2rtc-log",
    "frigate-log",
    "go2rtc",
    "go2rtc-healthcheck",
    "frigate",
    "nginx",
    "legacy-services",
]


def frigate(r: random.Random) -> list[Log]:
    """Frigate 0.13.2 in Docker with a USB Coral and four cameras restreamed by go2rtc,
    06:00 to 10:00, `docker logs frigate`. Start-up (s6-rc's services, the init scripts,
    go2rtc, migrations, the TPU, each camera's processes); back_yard's Wi-Fi camera drops its
    RTSP stream every few minutes (ffmpeg's errors for detect and record, the capture thread
    exiting, the watchdog restarting ffmpeg, go2rtc's dial timeouts); garage's password is
    changed at 07:40 (401 on every retry until 08:05); the recording cache falls behind while
    the NAS is slow (08:30-08:50) and storage runs low at 09:00; the Coral stalls at 08:14 (the
    detection process restarted); the MQTT broker restarts at 07:02; the container is
    restarted at 09:20."""

    def fhead(t: datetime, lvl: str, ctx: str) -> str:
        return f"{s6ts(t)}  [{t:%Y-%m-%d %H:%M:%S}] {ctx:<30} {lvl:<8}: "

    def s6ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}{(t.microsecond * 7 + 3) % 1000:03d}"

    o = Out(1, ["f"], fhead)
    t0, t_end = at(6, 0, 1), at(10, 0, 0)
    mqtt_down = (at(7, 2, 10), at(7, 2, 55))
    pw = (at(7, 40, 0), at(8, 5, 0))
    slow = (at(8, 30, 0), at(8, 50, 0))
    stuck = at(8, 14, 22)
    restart = at(9, 20, 4)
    up2 = restart + secs(r, 6, 9)
    ptr = {"pid": 380}

    def F(t: datetime, name: str, lvl: str, fmt: str, msg: str, proc: object = None) -> datetime:
        return o.e("f", t, fmt, lvl=lvl, ctx=name, msg=msg, proc=proc or name)

    def S6(t: datetime, fmt: str, msg: str, proc: object = "s6") -> datetime:
        return o.e("f", t, fmt, msg=msg, proc=proc, head=lambda t, *_: f"{s6ts(t)}  ")

    def raw(t: datetime, fmt: str, msg: str) -> datetime:
        return o.e("f", t, fmt, msg=msg, proc="s6rc", head=lambda *_: "")

    def go2(t: datetime, lvl: str, fmt: str, msg: str) -> datetime:
        return o.e(
            "f",
            t,
            fmt,
            msg=msg,
            proc="go2rtc",
            head=lambda t, *_: f"{s6ts(t)}  {t:%H:%M:%S}.{ms(t)} {lvl} ",
        )

    def ptr_addr() -> str:
        return "0x" + hexid(r, 12).lstrip("0")

    def pid() -> int:
        ptr["pid"] += r.randrange(1, 6)
        return ptr["pid"]

    def boot(t: datetime) -> datetime:
        for svc in FR_S6:
            t = raw(t, "s6-rc: info: service %s: starting", f"s6-rc: info: service {svc}: starting")
            t = raw(
                t + secs(r, 0.001, 0.05),
                "s6-rc: info: service %s successfully started",
                f"s6-rc: info: service {svc} successfully started",
            )
            if svc == "go2rtc":
                t = S6(
                    t,
                    "[INFO] Preparing new go2rtc config...",
                    "[INFO] Preparing new go2rtc config...",
                )
                t = S6(
                    t + secs(r, 0.1, 0.4), "[INFO] Starting go2rtc...", "[INFO] Starting go2rtc..."
                )
                t = go2(
                    t + secs(r, 0.05, 0.2),
                    "INF",
                    "go2rtc version %s %s",
                    "go2rtc version 1.8.4 linux/amd64",
                )
                for mod, addr in (("api", ":1984"), ("rtsp", ":8554"), ("webrtc", ":8555/tcp")):
                    t = go2(
                        t + secs(r, 0.001, 0.01),
                        "INF",
                        f"[{mod}] listen addr=%s",
                        f"[{mod}] listen addr={addr}",
                    )
            elif svc == "frigate":
                t = S6(t, "[INFO] Preparing Frigate...", "[INFO] Preparing Frigate...")
                t = S6(
                    t + secs(r, 0.2, 0.6),
                    "[INFO] Starting Frigate...",
                    "[INFO] Starting Frigate...",
                )
            elif svc == "nginx":
                t = S6(t, "[INFO] Starting NGINX...", "[INFO] Starting NGINX...")
            elif svc == "go2rtc-healthcheck":
                t = S6(
                    t,
                    "[INFO] Starting go2rtc healthcheck service...",
                    "[INFO] Starting go2rtc healthcheck service...",
                )
        t = F(
            t + secs(r, 1.5, 3),
            "frigate.app",
            "INFO",
            "Starting Frigate (%s)",
            "Starting Frigate (0.13.2-6476f8a)",
        )
        t = F(
            t + secs(r, 0.05, 0.2),
            "frigate.app",
            "INFO",
            "Creating directory: %s",
            "Creating directory: /tmp/cache",
        )
        t = F(
            t + secs(r, 0.05, 0.2),
            "peewee_migrate.logs",
            "INFO",
            "Starting migrations",
            "Starting migrations",
        )
        t = F(
            t + secs(r, 0.01, 0.05),
            "peewee_migrate.logs",
            "INFO",
            "There is nothing to migrate",
            "There is nothing to migrate",
        )
        t = F(
            t + secs(r, 0.05, 0.2),
            "frigate.app",
            "INFO",
            "Recording process started: %d",
            f"Recording process started: {pid()}",
        )
        t = F(
            t + secs(r, 0.01, 0.05),
            "frigate.app",
            "INFO",
            "go2rtc process pid: %d",
            f"go2rtc process pid: {pid()}",
        )
        t = F(
            t + secs(r, 0.05, 0.2),
            "detector.coral",
            "INFO",
            "Starting detection process: %d",
            f"Starting detection process: {pid()}",
        )
        t = F(
            t + secs(r, 0.01, 0.05),
            "frigate.detectors.plugins.edgetpu_tfl",
            "INFO",
            "Attempting to load TPU as %s",
            "Attempting to load TPU as usb",
        )
        t = F(
            t + secs(r, 0.01, 0.05),
            "frigate.app",
            "INFO",
            "Output process started: %d",
            f"Output process started: {pid()}",
        )
        for cam in FR_CAMS:
            t = F(
                t + secs(r, 0.01, 0.05),
                "frigate.app",
                "INFO",
                "Camera processor started for %s: %d",
                f"Camera processor started for {cam}: {pid()}",
            )
        for cam in FR_CAMS:
            t = F(
                t + secs(r, 0.01, 0.05),
                "frigate.app",
                "INFO",
                "Capture process started for %s: %d",
                f"Capture process started for {cam}: {pid()}",
            )
        t = F(
            t + secs(r, 2, 4),
            "frigate.detectors.plugins.edgetpu_tfl",
            "INFO",
            "TPU found",
            "TPU found",
        )
        return t

    boot(t0)

    def ff_restart(x: datetime, cam: str, reason: str) -> datetime:
        """The capture thread losing its ffmpeg and the watchdog starting a new one."""
        if reason == "drop":
            x = go2(
                x,
                "WRN",
                '[rtsp] error="streams: read tcp %s->%s: i/o timeout" stream=%s',
                f'[rtsp] error="streams: read tcp 172.18.0.2:{r.randrange(40000, 60000)}->{FR_CAMS[cam]}:554: i/o timeout" stream={cam}',
            )
            x = F(
                x + secs(r, 0.5, 3),
                f"ffmpeg.{cam}.detect",
                "ERROR",
                "%s: Invalid data found when processing input",
                f"rtsp://127.0.0.1:8554/{cam}: Invalid data found when processing input",
            )
            x = F(
                x + secs(r, 0.001, 0.05),
                f"ffmpeg.{cam}.record",
                "ERROR",
                "%s: Invalid data found when processing input",
                f"rtsp://127.0.0.1:8554/{cam}: Invalid data found when processing input",
            )
        x = F(
            x + secs(r, 0.01, 0.2),
            "frigate.video",
            "ERROR",
            "%s: Unable to read frames from ffmpeg process.",
            f"{cam}: Unable to read frames from ffmpeg process.",
        )
        x = F(
            x + secs(r, 0.001, 0.01),
            "frigate.video",
            "ERROR",
            "%s: ffmpeg process is not running. exiting capture thread...",
            f"{cam}: ffmpeg process is not running. exiting capture thread...",
        )
        x = F(
            x + secs(r, 8, 11),
            "watchdog." + cam,
            "ERROR",
            "Ffmpeg process crashed unexpectedly for %s.",
            f"Ffmpeg process crashed unexpectedly for {cam}.",
        )
        x = F(
            x + secs(r, 0.001, 0.01),
            "watchdog." + cam,
            "ERROR",
            "The following ffmpeg logs include the last 100 lines prior to exit.",
            "The following ffmpeg logs include the last 100 lines prior to exit.",
        )
        # the LogPipe's buffer, each line logged under the ffmpeg logger (av_log's `[class @ ptr] ` is context)
        lg = f"ffmpeg.{cam}.detect"
        if reason == "auth":
            x = F(
                x + secs(r, 0.001, 0.01),
                lg,
                "ERROR",
                "method DESCRIBE failed: %d %s",
                f"[rtsp @ {ptr_addr()}] method DESCRIBE failed: 401 Unauthorized",
            )
            return F(
                x + secs(r, 0.001, 0.01),
                lg,
                "ERROR",
                "%s: Server returned 401 Unauthorized (authorization failed)",
                f"rtsp://127.0.0.1:8554/{cam}: Server returned 401 Unauthorized (authorization failed)",
            )
        for _ in range(r.randrange(2, 6)):
            fmt, msg = r.choice(
                [
                    (
                        "RTP: missed %d packets",
                        f"[rtsp @ {ptr_addr()}] RTP: missed {r.randrange(1, 90)} packets",
                    ),
                    (
                        "max delay reached. need to consume packet",
                        f"[rtsp @ {ptr_addr()}] max delay reached. need to consume packet",
                    ),
                    (
                        "error while decoding MB %d %d, bytestream %d",
                        f"[h264 @ {ptr_addr()}] error while decoding MB {r.randrange(10, 119)} {r.randrange(10, 67)}, bytestream {r.randrange(-40, -5)}",
                    ),
                    (
                        "Non-monotonous DTS in output stream %d:%d; previous: %d, current: %d; changing to %d. This may result in incorrect timestamps in the output file.",
                        (
                            lambda p: (
                                f"[segment @ {ptr_addr()}] Non-monotonous DTS in output stream 0:0; previous: {p}, current: {p - r.randrange(1, 3000)}; changing to {p + 1}. This may result in incorrect timestamps in the output file."
                            )
                        )(r.randrange(10_000_000, 90_000_000)),
                    ),
                ]
            )
            x = F(x + secs(r, 0.0001, 0.002), lg, "ERROR", fmt, msg)
        return F(
            x + secs(r, 0.0001, 0.002),
            lg,
            "ERROR",
            "%s: Invalid data found when processing input",
            f"rtsp://127.0.0.1:8554/{cam}: Invalid data found when processing input",
        )

    def running(x: datetime) -> bool:
        return x < restart - timedelta(seconds=1) or x >= up2 + timedelta(seconds=15)

    # back_yard's stream drops every few minutes
    for x in poisson(r, t0 + timedelta(minutes=3), t_end, 105):
        if running(x):
            ff_restart(x, "back_yard", "drop")
    # a broken frame now and then on driveway
    for x in poisson(r, t0, t_end, 900):
        if running(x):
            F(
                x,
                "frigate.video",
                "ERROR",
                "%s: ffmpeg sent a broken frame. %s",
                "driveway: ffmpeg sent a broken frame. memoryview assignment: lvalue and rvalue have different structures",
            )
            F(
                x + secs(r, 0.01, 0.2),
                "ffmpeg.driveway.detect",
                "ERROR",
                "error while decoding MB %d %d, bytestream %d",
                f"[h264 @ {ptr_addr()}] error while decoding MB {r.randrange(10, 119)} {r.randrange(10, 67)}, bytestream -{r.randrange(5, 40)}",
            )
    # garage's password changed
    x = pw[0] + secs(r, 1, 10)
    while x < pw[1]:
        if running(x):
            go2(
                x,
                "WRN",
                '[rtsp] error="wrong user/pass" stream=%s',
                '[rtsp] error="wrong user/pass" stream=garage',
            )
            y = F(
                x + secs(r, 0.05, 0.3),
                "ffmpeg.garage.detect",
                "ERROR",
                "method DESCRIBE failed: %d %s",
                f"[rtsp @ {ptr_addr()}] method DESCRIBE failed: 401 Unauthorized",
            )
            y = F(
                y + secs(r, 0.001, 0.01),
                "ffmpeg.garage.detect",
                "ERROR",
                "%s: Server returned 401 Unauthorized (authorization failed)",
                "rtsp://127.0.0.1:8554/garage: Server returned 401 Unauthorized (authorization failed)",
            )
            ff_restart(y + secs(r, 0.01, 0.1), "garage", "auth")
        x += secs(r, 25, 32)
    # the recording cache falls behind
    for x in poisson(r, slow[0], slow[1], 40):
        cam = r.choice(list(FR_CAMS))
        n = r.randrange(7, 14)
        F(
            x,
            "frigate.record.maintainer",
            "WARNING",
            "Unable to keep up with recording segments in cache for %s. Keeping the %d most recent segments out of %d and discarding the rest...",
            f"Unable to keep up with recording segments in cache for {cam}. Keeping the 6 most recent segments out of {n} and discarding the rest...",
        )
    for x in poisson(r, slow[0], slow[1], 300):
        F(
            x,
            "frigate.record.maintainer",
            "WARNING",
            "Discarding a corrupt recording segment: %s",
            f"Discarding a corrupt recording segment: /tmp/cache/{r.choice(list(FR_CAMS))}@{x:%Y%m%d%H%M%S}+0000.mp4",
        )
    # storage low
    x = at(9, 0, 3)
    while x < restart:
        x = F(
            x,
            "frigate.storage",
            "INFO",
            "Less than 1 hour of recording space left, running storage maintenance...",
            "Less than 1 hour of recording space left, running storage maintenance...",
        )
        F(
            x + secs(r, 1, 4),
            "frigate.storage",
            "INFO",
            "Cleaned up %s seconds of recordings.",
            f"Cleaned up {r.choice([3600.0, 3600.0, 3598.2, 3601.4])} seconds of recordings.",
        )
        x += timedelta(minutes=5)
    # the detector stalls
    x = stuck
    for _ in range(3):
        x = F(
            x,
            "detector.coral",
            "WARNING",
            "%s: inference speed %s ms is above the %s ms threshold",
            f"detector.coral: inference speed {r.uniform(120, 400):.2f} ms is above the 100 ms threshold",
        )
        x += secs(r, 8, 12)
    x = F(
        x,
        "frigate.watchdog",
        "INFO",
        "Detection appears to be stuck. Restarting detection process...",
        "Detection appears to be stuck. Restarting detection process...",
    )
    x = F(
        x + secs(r, 0.01, 0.1),
        "root",
        "INFO",
        "Waiting for detection process to exit gracefully...",
        "Waiting for detection process to exit gracefully...",
    )
    x = F(
        x + secs(r, 0.5, 2),
        "detector.coral",
        "INFO",
        "Signal to exit detection process...",
        "Signal to exit detection process...",
    )
    x = F(
        x + secs(r, 0.01, 0.2),
        "detector.coral",
        "INFO",
        "Exited detection process...",
        "Exited detection process...",
    )
    x = F(
        x + secs(r, 0.05, 0.2),
        "detector.coral",
        "INFO",
        "Starting detection process: %d",
        f"Starting detection process: {pid()}",
    )
    x = F(
        x + secs(r, 0.01, 0.05),
        "frigate.detectors.plugins.edgetpu_tfl",
        "INFO",
        "Attempting to load TPU as %s",
        "Attempting to load TPU as usb",
    )
    F(x + secs(r, 2, 4), "frigate.detectors.plugins.edgetpu_tfl", "INFO", "TPU found", "TPU found")
    # MQTT broker restarted
    x = F(
        mqtt_down[0],
        "frigate.comms.mqtt",
        "ERROR",
        "Unexpected disconnection from MQTT server: %s",
        "Unexpected disconnection from MQTT server: 7",
    )
    while x < mqtt_down[1]:
        for _ in range(r.randrange(2, 5)):
            cam = r.choice(list(FR_CAMS))
            F(
                x + secs(r, 0.1, 4),
                "frigate.comms.mqtt",
                "WARNING",
                "Unable to publish to %s: client is not connected",
                f"Unable to publish to frigate/{cam}/{r.choice(['motion', 'person', 'car', 'audio/dBFS'])}: client is not connected",
            )
        x = F(
            x + secs(r, 4, 6),
            "frigate.comms.mqtt",
            "ERROR",
            "Unable to connect to MQTT server: %s",
            "Unable to connect to MQTT server: MQTT Server unavailable",
        )
    F(x + secs(r, 1, 3), "frigate.comms.mqtt", "INFO", "MQTT connected", "MQTT connected")
    # nginx: a browser's live view cut by go2rtc
    for x in poisson(r, t0, t_end, 600):
        if running(x):
            S6(
                x,
                '%s [error] %d#%d: *%d upstream prematurely closed connection while reading response header from upstream, client: %s, server: , request: "%s", upstream: "%s", host: "%s"',
                f'{x:%Y/%m/%d %H:%M:%S} [error] 212#212: *{r.randrange(1000, 90000)} upstream prematurely closed connection while reading response header from upstream, client: 192.168.1.{r.randrange(30, 60)}, server: , request: "GET /api/go2rtc/api/frame.jpeg?src=back_yard HTTP/1.1", upstream: "http://127.0.0.1:1984/api/frame.jpeg?src=back_yard", host: "frigate.lan:5000"',
                proc="nginx",
            )
    # the container restart
    x = F(restart, "frigate.app", "INFO", "Stopping...", "Stopping...")
    for name, msg in (
        ("frigate.record.cleanup", "Exiting recording cleanup..."),
        ("frigate.events.maintainer", "Exiting event processor..."),
        ("frigate.record.maintainer", "Exiting recording maintenance..."),
        ("frigate.comms.ws", "Exiting websocket client..."),
        ("frigate.stats.emitter", "Exiting stats emitter..."),
    ):
        x = F(x + secs(r, 0.01, 0.2), name, "INFO", msg, msg)
    x = F(
        x + secs(r, 0.1, 0.5),
        "peewee.sqliteq",
        "INFO",
        "writer received shutdown request, exiting.",
        "writer received shutdown request, exiting.",
    )
    raw(
        x + secs(r, 0.2, 0.6),
        "s6-rc: info: service %s: stopping",
        "s6-rc: info: service legacy-services: stopping",
    )
    boot(up2)
    F(up2 + secs(r, 12, 14), "frigate.comms.mqtt", "INFO", "MQTT connected", "MQTT connected")
    return o.logs(t0, {"f": "frigate.log"})


SYSTEMS = {
    "symfony": symfony,
    "wordpress": wordpress,
    "winston": winston,
    "prefect": prefect,
    "frigate": frigate,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
