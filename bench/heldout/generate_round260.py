#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 260 (shopware, woocommerce, open-edx, canvas-lms,
owncloud) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process never share a timestamp at the log's resolution
(round 53's Clock, kept per process and per file). Two shops, two learning platforms and a file
server, 06:00 to 12:00 on 2024-06-07. None of the five was in the set (Magento, PrestaShop,
Symfony, WordPress, Moodle, Nextcloud and oCIS are): ownCloud 10, the PHP server Nextcloud was
forked from, writes its own JSON (json_encode without flags: `\\/` in every path; an exception as
`Exception: {json}` inside the message; no `userAgent` or `version` field).

- Shopware 6.5 (`web1-prod-2024-06-07.log`, `web2-prod-2024-06-07.log`: two storefront hosts;
  `worker-prod-2024-06-07.log`: the host running `messenger:consume` and `scheduled-task:run`
  under systemd). Monolog's rotating_file under Shopware's prod `fingers_crossed` handler
  (action_level error, 404 and 405 excluded): a request's or a message's buffered records are
  written only when one reaches ERROR, so the file holds failures with the lines before them.
  LineFormatter: `[2024-06-07T06:02:07.380193+00:00] request.INFO: Matched route
  "store-api.wishlist.load". {"route":...,"route_parameters":{...},"request_uri":...,
  "method":"POST"} []`, the exception chain in the context JSON. Symfony's ErrorListener logs
  `Uncaught PHP Exception %s: "%s" at %s line %s` at CRITICAL (Shopware's exceptions are no
  HttpExceptionInterface). The mobile app's calls with an expired context token all day
  (`Customer is not logged in.`), a flash sale's stock-update deadlocks 08:00-08:30, a
  shipping method blocked by an admin change 07:20-07:50 (`The cart is invalid, got %s
  error(s): shipping-method-blocked: Shipping method %s not available`), OpenSearch down
  09:10-09:35 (ElasticsearchHelper's `No alive nodes found in your cluster` and the uncaught
  NoNodesAvailableException on every search and listing), a theme release 10:05-10:40 breaking
  product pages (Twig's `An exception has been thrown during the rendering of a template
  ("Warning: Undefined array key "cover"") in "%s" at line %s.`, and the plugin's PHP 8.2
  `Deprecated: Creation of dynamic property %s::$%s is deprecated` at php.INFO in every buffer
  after it), editors saving products with an empty name (`There are %s error(s) while writing
  data.`), out-of-memory exports and sitemap runs (`Fatal Error: Allowed memory size of ...`).
  The worker: the SMTP relay down 07:05-07:25 (`Received message {class}`, `Error thrown while
  handling message {class}. Removing from transport after {retryCount} retries. Error:
  "Handling "%s" failed: Connection could not be established with host ..."`, `Rejected
  message {class} will be sent to the failure transport {alias}.`), indexing messages failing
  while OpenSearch is down, MySQL restarted 10:50-10:52 (`Error thrown while running command
  "{command}". Message: "..."` and `Command "{command}" exited with code "{code}"` each time
  systemd restarts the consumer or the task runner, every 5 s).
- WooCommerce 8.9.3 with WooCommerce Stripe Gateway 8.3.1 (wc-logs' file handler,
  `{source}-2024-06-07-{hash}.log`, `2024-06-07T06:01:12+00:00 DEBUG message`, ` CONTEXT: `
  only for context beyond the source). `woocommerce-gateway-stripe-...`: WC_Stripe_Logger's
  entries, `\\n====Stripe Version: %s====\\n====Stripe Plugin API Version: %s====\\n====Start
  Log====\\n%s\\n====End Log====\\n\\n`, so the stamped line is empty and print_r's dumps follow:
  per checkout `Info: Begin processing payment for order %s for the amount of %s`, `customers
  request: %s` / `customers response with stripe-version: %s` for new customers,
  `payment_intents request: %s` / `payment_intents response with stripe-version: %s`, declines
  (`Error: Your card was declined.` and three more); refunds from the orders screen (`Info:
  Beginning refund for order %s for the amount of %s`, `refunds request: %s`, `refunds response
  ...`); the webhook signing secret rotated in Stripe's dashboard 09:00-09:45 (`Incoming webhook
  failed validation: %s` with each event's JSON); Stripe slow 11:10-11:20 (`Error Response:
  WP_Error Object ... Failed request: Array ...`, `Error: There was a problem connecting to the
  Stripe API endpoint.`, or PHP's time limit). `webhooks-delivery-...`: WC_Webhook::log_delivery's
  wc_print_r of each delivery to the ERP (`order.created`), the ERP's proxy answering 502 from
  10:00 until the webhook disables itself after its sixth failure, re-enabled at 10:38.
  `fatal-errors-...`: WooCommerce's shutdown handler (`%1$s in %2$s on line %3$s` and a line
  end): the product feed's hourly TypeError, a theme update's `Call to a member function get_id()
  on bool` on My Account > Orders 07:40-08:55, the ERP sync's duplicated SKUs at 06:05, a CSV
  import's memory limit at 09:50, with PHP's `Stack trace:` and `  thrown` lines.
- Open edX (Tutor 17, `tutor local`; `lms.log`, `lms-worker.log`: `docker logs` of the two
  containers). edx-platform's `standard` formatter on the console, for Celery too (it does not
  hijack the root logger): `2024-06-07 06:00:20,618 INFO 8 [audit] [user 4801] [ip
  108.54.38.134] login.py:539 - Login success - user.id: 4801`. The LMS: logins (`Login success -
  user.id: %s`, `Login failed - password for user.id: %s is invalid`, a credential-stuffing run
  07:31-07:47, `Login failed - Account not active for user.id: %s, resending activation`),
  Django's `Not Found: %s`, `Forbidden (CSRF cookie not set.): %s`, scanners' `Invalid
  HTTP_HOST header: %r. You may need to add %r to ALLOWED_HOSTS.` with its traceback and `Bad
  Request: %s`, MySQL restarted at 09:30 (`Internal Server Error: %s` with OperationalError
  tracebacks). The worker: grade recalculations (`Task %s[%s] received`, `Task %s[%s] succeeded
  in %ss: %s`), two bulk course emails (08:02, 262 learners; 10:41, 121) with bulk_email's
  `BulkEmail ==> ...` lines per subtask and per recipient, SES throttling the first
  (`BulkEmail ==> Status: Failed(b'Throttling failure: ...'), ...` with its traceback and
  Celery's `retry: Retry in %ss: SMTPDataError(...)`), Redis (the broker) restarted at 10:10
  (`consumer: Connection to broker lost. ...` with a traceback, `consumer: Cannot connect to %s:
  %s.` with its `Trying again in ...` line, `Connected to %s`, mingle).
- Canvas LMS (`canvas-app1.log`, `canvas-app2.log`: two Passenger app servers,
  `canvas-jobs1.log`: the inst-jobs server; config/logging.yml's `logger: syslog`,
  `include_pid: true`, facility local3 written by rsyslog in its traditional format:
  `Jun  7 06:03:01 canvas-app1 canvas-lms[4388]: [<session> <request>] Processing by
  CoursesController#show as HTML`). SyslogWrapper puts Thread.current[:context]'s session and
  request ids before every message, `[- -]` where none is set (Rails' `Started` line, logged
  before the request context middleware; a worker's start and stop) and the worker's name and
  job id in a job. Rails 7.1's request lines (`Started %s "%s" for %s at %s`, `Processing by
  %s#%s as %s`, `  Parameters: %s`, `  Rendered layout %s (...)`, `Redirected to %s`, `Filter
  chain halted as %s rendered or redirected`, `Completed %d %s in %dms (...)` with and without
  Views), a Redis failover 08:40-08:44 (`Failure handling redis command on %s: %s`, once a
  process while Canvas ignores Redis for five minutes); inst-jobs' `Processing %s %s` with the
  job's JSON, `Completed %s %sms`, `Failed with %s [%s] (%s attempts)` (the SMTP relay timing
  out 09:15-09:35, course imports failing validation), the workers restarted by the 11:00 deploy
  (`Stopping worker`, `Starting worker`).
- ownCloud 10.14 (`oc-web1-owncloud.log`, `oc-web2-owncloud.log`: two servers behind HAProxy,
  `logfile` local, `loglevel` 2; cron.php on web1). One JSON object a line, `reqId`, `level`,
  `time`, `remoteAddr`, `user`, `app`, `method`, `url`, `message`, json_encode's `\\/`; an
  exception as `Exception: {"Exception":...,"Message":...,"Code":...,"Trace":...,"File":...,
  "Line":...}` (Log::logException) inside the message. `Login failed: '%s' (Remote IP: '%s')`
  (a botnet on WebDAV and the login form 06:41-08:12 and 10:30-11:15, a desktop client still
  holding a changed password every 30 s 07:02-09:16), WebDAV's BadRequest `Expected filesize of
  %s bytes but read (from ownCloud client) and wrote (to ownCloud storage) %s bytes. ...` from a
  site office's flaky link, a user's videos past his quota (`Insufficient space in %s, %s
  required, %s available`), PHP's notices through ownCloud's error handler (`Undefined index:
  %s at %s#%s` and more from three external apps), Redis restarted at 08:20 (remote.php's
  ServiceUnavailable `RedisException: Connection refused`, index.php's RedisException), an LDAP
  failover 09:40-09:55 (`Bind failed: %s: %s`, `Lost connection to LDAP server.`), cron's
  `Error while running background job (class: %s, arguments: %s): {...}` (the market's update
  check timing out, ExpireTrash on a locked file).

Label notes. The heads are context: Monolog's time, `channel.LEVEL`, the context JSON and the
extra; wc-logs' time and level; edX's time, level, pid, `[logger]`, `[user %s]`, `[ip %s]` and
`file:line -`; the syslog head (time, host, ident and pid) and SyslogWrapper's `[session
request]`; ownCloud's JSON fields but `message`. PSR-3 `{name}` holes stay as in the source (round
70's Symfony); Shopware's `{{ name }}` parameters are `%s`. A value that is an error or exception
message contributes its format (the uncaught exception's message, Messenger's handler error,
the console's `Message:`, inst-jobs' `[%s]`, ownCloud's exception JSON). A Stripe entry is
labelled by the whole string logged, banner lines included (its stamped line is empty; the
later lines have no row); the API name a call site passes is wording (`customers request:` beside
`payment_intents request:`), print_r's dumps and the events' JSON are values. A webhook delivery
is one label (wc_print_r of one array, its shape written on one line). PHP's `Stack trace:` /
`  thrown in` lines, Python's tracebacks and Celery's `Trying again` line continue their event.

Checked against copies of the sources (the round's look-ups): WooCommerce's format_entry and
shutdown handler, WC_Stripe_Logger::log, WC_Stripe_API::request's log lines, the Begin
processing / Beginning refund / webhook validation lines, WC_Webhook::log_delivery;
edx-platform's standard format, the audit log's password line, bulk_email's messages; Canvas's
SyslogWrapper, logging.yml.example, `Failure handling redis command on`, inst-jobs' Worker;
ownCloud 10's Owncloud::write; Shopware's invalid-cart message and default excluded exceptions,
the prod Monolog configuration. Least sure (written from the helper's knowledge): Shopware's
levels (6.5's error-code log levels may lower `Customer is not logged in.`), the OpenSearch
helper's channel, the exceptions' files and lines, WriteException's layout, the blocked
shipping method's wording, Symfony's `Fatal Error:` line, which buffered lines precede a
worker's failure; Stripe's decline line (`Error: ` and the localised message), the intent's
fields, print_r of a WP_Error, the delivery's response headers object, the log file hash; the
fatal errors' frames; Tutor's uwsgi request logging (off here), the edX line numbers, `Login
success - user.id: %s` and the inactive-account wording, Celery's pids and retry text; Canvas's
`[- -]` on `Started`, the job JSON's keys and `source`, Message#deliver's failures reaching
inst-jobs; ownCloud 10.14's `Exception: {json}` (a later branch passes the exception apart),
the Sabre exceptions' levels, `Insufficient space` and the LDAP messages, the market job's
interval.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

US = 1
MS = 1_000
SEC = 1_000_000


def poisson(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    """Instants from t0 to t1, `mean` seconds apart on average."""
    out, t = [], t0
    while True:
        t += sec(r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


def rate(r: random.Random, spans: list[tuple[datetime, datetime, float]]) -> list[datetime]:
    """Poisson instants over several spans, each with its own mean gap in seconds."""
    out: list[datetime] = []
    for a, b, mean in spans:
        out.extend(poisson(r, a, b, mean))
    return sorted(out)


def print_r(v: object, ind: int = 0) -> str:
    """PHP's print_r($v, true): arrays (dicts, lists) and objects (a (class, dict) pair)."""
    if isinstance(v, tuple):
        head, items = f"{v[0]} Object", list(v[1].items())
    elif isinstance(v, dict):
        head, items = "Array", list(v.items())
    elif isinstance(v, list):
        head, items = "Array", list(enumerate(v))
    elif v is True:
        return "1"
    elif v is False or v is None:
        return ""
    else:
        return str(v)
    pad = " " * ind
    s = f"{head}\n{pad}(\n"
    for k, x in items:
        s += f"{pad}    [{k}] => {print_r(x, ind + 8)}\n"
    return s + f"{pad})\n"


def php_json(v: object) -> str:
    """PHP's json_encode($v) with no flags: `/` escaped, non-ASCII as \\uXXXX."""
    return json.dumps(v, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/")


def mono_json(v: object) -> str:
    """Monolog's normalizer: unescaped slashes and unicode."""
    return json.dumps(v, separators=(",", ":"), ensure_ascii=False)


def usec(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00"


def pick_w(r: random.Random, table: list[tuple[object, float]]) -> object:
    return r.choices([x for x, _ in table], [w for _, w in table])[0]


# ------------------------------------------------------------------------------------ Shopware

SW_HOST = "https://www.bergsport-mueller.de"
SW_ROOT = "/var/www/shopware"
SW_DEADLOCK = "An exception occurred while executing a query: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction"
SW_NO_NODES = "No alive nodes found in your cluster"
SW_REFUSED = "An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused"
SW_MAIL = "Symfony\\Component\\Mailer\\Messenger\\SendEmailMessage"
SW_INDEX = "Shopware\\Elasticsearch\\Framework\\Indexing\\ElasticsearchIndexingMessage"
SW_SITEMAP = "Shopware\\Core\\Content\\Sitemap\\ScheduledTask\\SitemapGenerateTask"
SW_UNCAUGHT = 'Uncaught PHP Exception %s: "{}" at %s line %s'
SW_REMOVING = 'Error thrown while handling message {{class}}. Removing from transport after {{retryCount}} retries. Error: "Handling "%s" failed: {}"'
SW_CONSUME = "messenger:consume async --time-limit=60 --memory-limit=512M"
SW_TASKS = "scheduled-task:run --time-limit=60 --memory-limit=512M"
# store-api routes the mobile app calls with an expired context token
SW_STORE_API = [
    (
        "store-api.account.customer",
        "/store-api/account/customer",
        "POST",
        "Shopware\\Core\\Checkout\\Customer\\SalesChannel\\CustomerRoute::load",
        5,
    ),
    (
        "store-api.account.address.list.get",
        "/store-api/account/list-address",
        "POST",
        "Shopware\\Core\\Checkout\\Customer\\SalesChannel\\ListAddressRoute::load",
        2,
    ),
    (
        "store-api.order",
        "/store-api/order",
        "POST",
        "Shopware\\Core\\Checkout\\Order\\SalesChannel\\OrderRoute::load",
        3,
    ),
    (
        "store-api.wishlist.load",
        "/store-api/customer/wishlist",
        "POST",
        "Shopware\\Core\\Checkout\\Customer\\SalesChannel\\LoadWishlistRoute::load",
        2,
    ),
]
SW_CATEGORIES = [
    "klettern",
    "wandern/schuhe",
    "wandern/rucksaecke",
    "camping/zelte",
    "bekleidung/jacken",
    "ski/touren",
    "angebote",
]
SW_SEARCH = [
    "zelt",
    "daunenjacke",
    "kletterschuhe",
    "rucksack 30l",
    "stirnlampe",
    "gamaschen",
    "trekkingstoecke",
    "schlafsack",
    "merino",
    "helm",
]
SW_PRODUCTS = [
    "alpin-pro-40-rucksack",
    "gipfelstuermer-gtx-schuh",
    "nordwand-daunenjacke",
    "biwak-2-zelt",
    "grat-kletterhelm",
    "merino-longsleeve-200",
    "karabiner-set-hms",
    "skitourenfelle-130",
]


def sw_exc(chain: list[tuple[str, int | str, str, str, int]]) -> str:
    """Monolog's LineFormatter of an exception and its previous ones."""
    return "\n[previous exception] ".join(
        f"[object] ({c}(code: {code}): {m} at {SW_ROOT}/{f}:{n})" for c, code, m, f, n in chain
    )


def shopware(r: random.Random) -> list[Log]:
    """Two storefront hosts and a worker host, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    seq = [0]

    def proc(h: str) -> tuple[str, int]:
        seq[0] += 1
        return (h, seq[0])

    def M(
        h: str,
        p: object,
        t: datetime,
        chan: str,
        level: str,
        label: str,
        msg: str,
        ctx: dict | None = None,
    ) -> datetime:
        c = mono_json(ctx) if ctx else "[]"
        return fs.add(
            f"{h}-prod-2024-06-07.log",
            t,
            label,
            lambda x: [f"[{usec(x)}] {chan}.{level}: {msg} {c} []"],
            p,
            US,
        )

    def route(
        h: str,
        p: object,
        t: datetime,
        name: str,
        uri: str,
        method: str,
        ctrl: str,
        scope: str,
        extra: dict | None = None,
    ) -> datetime:
        params = {"_route": name, "_routeScope": [scope], "_controller": ctrl}
        if extra:
            params.update(extra)
        return M(
            h,
            p,
            t,
            "request",
            "INFO",
            'Matched route "{route}".',
            f'Matched route "{name}".',
            {
                "route": name,
                "route_parameters": params,
                "request_uri": SW_HOST + uri,
                "method": method,
            },
        )

    def uncaught(
        h: str,
        p: object,
        t: datetime,
        inner_label: str,
        cls: str,
        msg: str,
        file: str,
        line: int,
        chain: list,
    ) -> datetime:
        flat = msg.replace("\n", " ")
        return M(
            h,
            p,
            t,
            "request",
            "CRITICAL",
            SW_UNCAUGHT.format(inner_label),
            f'Uncaught PHP Exception {cls}: "{flat}" at {file.rsplit("/", 1)[-1]} line {line}',
            {"exception": sw_exc([(cls, chain[0], msg, file, line), *chain[1:]])},
        )

    def deprecation(h: str, p: object, t: datetime) -> datetime:
        m = "Deprecated: Creation of dynamic property BergsportTheme\\Subscriber\\ProductPageSubscriber::$config is deprecated"
        return M(
            h,
            p,
            t,
            "php",
            "INFO",
            "Deprecated: Creation of dynamic property %s::$%s is deprecated",
            m,
            {
                "exception": sw_exc(
                    [
                        (
                            "ErrorException",
                            0,
                            m,
                            "custom/plugins/BergsportTheme/src/Subscriber/ProductPageSubscriber.php",
                            31,
                        )
                    ]
                )
            },
        )

    cache_dir = {"web1": hexid(r, 8), "web2": hexid(r, 8)}
    theme_deployed = at(10, 5, 12)
    theme_fixed = at(10, 40, 30)
    es_down = (at(9, 10, 4), at(9, 35, 40))
    sale = (at(8, 0), at(8, 30))
    blocked = (at(7, 20, 30), at(7, 50, 10))
    smtp_down = (at(7, 5, 20), at(7, 25, 40))
    db_down = (at(10, 50, 11), at(10, 52, 34))

    def storefront_dep(h: str, p: object, t: datetime) -> datetime:
        if t >= theme_deployed:
            return deprecation(h, p, t + sec(r.uniform(0.004, 0.02)))
        return t

    # the mobile app's calls with an expired context token
    for t in poisson(r, T0, T_END, 60):
        h = r.choice(["web1", "web2"])
        p = proc(h)
        name, uri, method, ctrl, _ = r.choices(SW_STORE_API, [w for *_, w in SW_STORE_API])[0]
        t = route(
            h,
            p,
            t,
            name,
            uri,
            method,
            ctrl,
            "store-api",
            {"_contextTokenRequired": True, "_loginRequired": True},
        )
        uncaught(
            h,
            p,
            t + sec(r.uniform(0.02, 0.09)),
            "Customer is not logged in.",
            "Shopware\\Core\\Checkout\\Cart\\Exception\\CustomerNotLoggedInException",
            "Customer is not logged in.",
            "vendor/shopware/core/Checkout/Cart/CartException.php",
            224,
            [0],
        )
    # the flash sale: carts and orders deadlock on stock updates
    for t in poisson(r, *sale, 40):
        h = r.choice(["web1", "web2"])
        p = proc(h)
        if r.random() < 0.6:
            name, uri, ctrl = (
                "frontend.checkout.finish.order",
                "/checkout/order",
                "Shopware\\Storefront\\Controller\\CheckoutController::order",
            )
        else:
            name, uri, ctrl = (
                "frontend.checkout.line-item.add",
                "/checkout/line-item/add",
                "Shopware\\Storefront\\Controller\\CartLineItemController::addLineItems",
            )
        t = route(
            h,
            p,
            t,
            name,
            uri,
            "POST",
            ctrl,
            "storefront",
            {"XmlHttpRequest": True} if "line-item" in name else None,
        )
        uncaught(
            h,
            p,
            t + sec(r.uniform(0.3, 2.8)),
            SW_DEADLOCK,
            "Doctrine\\DBAL\\Exception\\DeadlockException",
            SW_DEADLOCK,
            "vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php",
            47,
            [
                1213,
                (
                    "Doctrine\\DBAL\\Driver\\PDO\\Exception",
                    1213,
                    "SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction",
                    "vendor/doctrine/dbal/src/Driver/PDO/Exception.php",
                    28,
                ),
                (
                    "PDOException",
                    40001,
                    "SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction",
                    "vendor/doctrine/dbal/src/Driver/PDO/Statement.php",
                    130,
                ),
            ],
        )
    # the shipping method blocked for Austria by an admin change: the app's orders fail
    for t in poisson(r, *blocked, 150):
        h = r.choice(["web1", "web2"])
        p = proc(h)
        t = route(
            h,
            p,
            t,
            "store-api.checkout.cart.order",
            "/store-api/checkout/order",
            "POST",
            "Shopware\\Core\\Checkout\\Cart\\SalesChannel\\CartOrderRoute::order",
            "store-api",
            {"_contextTokenRequired": True},
        )
        method = r.choice(["DHL Express", "DHL Paket"])
        msg = f"The cart is invalid, got 1 error(s): shipping-method-blocked: Shipping method {method} not available"
        uncaught(
            h,
            p,
            t + sec(r.uniform(0.1, 0.4)),
            "The cart is invalid, got %s error(s): shipping-method-blocked: Shipping method %s not available",
            "Shopware\\Core\\Checkout\\Cart\\Exception\\InvalidCartException",
            msg,
            "vendor/shopware/core/Checkout/Cart/CartException.php",
            97,
            [0],
        )
    # OpenSearch down: every search and listing throws
    for t in poisson(r, *es_down, 10):
        h = r.choice(["web1", "web2"])
        p = proc(h)
        k = r.random()
        if k < 0.4:
            q = r.choice(SW_SEARCH)
            t = route(
                h,
                p,
                t,
                "frontend.search.page",
                f"/search?search={q.replace(' ', '+')}",
                "GET",
                "Shopware\\Storefront\\Controller\\SearchController::search",
                "storefront",
            )
        elif k < 0.7:
            q = r.choice(SW_SEARCH)[: r.randint(3, 6)]
            t = route(
                h,
                p,
                t,
                "frontend.search.suggest",
                f"/suggest?search={q.strip().replace(' ', '+')}",
                "GET",
                "Shopware\\Storefront\\Controller\\SearchController::suggest",
                "storefront",
                {"XmlHttpRequest": True},
            )
        else:
            nav = hexid(r, 32)
            t = route(
                h,
                p,
                t,
                "frontend.navigation.page",
                f"/{r.choice(SW_CATEGORIES)}/",
                "GET",
                "Shopware\\Storefront\\Controller\\NavigationController::index",
                "storefront",
                {"navigationId": nav},
            )
        t = storefront_dep(h, p, t)
        t = M(h, p, t + sec(r.uniform(0.005, 0.03)), "app", "CRITICAL", SW_NO_NODES, SW_NO_NODES)
        uncaught(
            h,
            p,
            t + sec(r.uniform(0.0002, 0.002)),
            SW_NO_NODES,
            "OpenSearch\\Common\\Exceptions\\NoNodesAvailableException",
            SW_NO_NODES,
            "vendor/opensearch-project/opensearch-php/src/OpenSearch/ConnectionPool/StaticNoPingConnectionPool.php",
            64,
            [0],
        )
    # the theme's release: product pages with a cross-selling box break
    for t in poisson(r, theme_deployed + sec(40), theme_fixed, 25):
        h = r.choice(["web1", "web2"])
        p = proc(h)
        slug = r.choice(SW_PRODUCTS)
        t = route(
            h,
            p,
            t,
            "frontend.detail.page",
            f"/{slug}/{hexid(r, 32)}",
            "GET",
            "Shopware\\Storefront\\Controller\\ProductController::index",
            "storefront",
            {"productId": hexid(r, 32)},
        )
        t = storefront_dep(h, p, t)
        key = r.choice(["cover", "cover", "cover", "calculatedPrice"])
        tpl, line = (
            ("@BergsportTheme/storefront/component/product/card/box-standard.html.twig", 18)
            if key == "cover"
            else ("@BergsportTheme/storefront/component/product/card/price-unit.html.twig", 42)
        )
        inner = f'Warning: Undefined array key "{key}"'
        msg = f'An exception has been thrown during the rendering of a template ("{inner}") in "{tpl}" at line {line}.'
        cache = f"var/cache/prod_h{cache_dir[h]}/twig/{hexid(r, 2)}/{hexid(r, 64)}.php"
        uncaught(
            h,
            p,
            t + sec(r.uniform(0.08, 0.3)),
            'An exception has been thrown during the rendering of a template ("Warning: Undefined array key "%s"") in "%s" at line %s.',
            "Twig\\Error\\RuntimeError",
            msg,
            f"custom/plugins/BergsportTheme/src/Resources/views/{tpl.split('/', 1)[1]}",
            line,
            [0, ("ErrorException", 0, inner, cache, r.randint(60, 240))],
        )
    # editors saving products with an empty name in the admin
    for t in sorted(at(r.randint(6, 11), r.randint(0, 59), r.uniform(0, 59)) for _ in range(14)):
        h = r.choice(["web1", "web2"])
        p = proc(h)
        pid = hexid(r, 32)
        t = route(
            h,
            p,
            t,
            "api.product.update",
            f"/api/product/{pid}",
            "PATCH",
            "Shopware\\Core\\Framework\\Api\\Controller\\ApiController::update",
            "api",
            {"entityName": "product", "path": pid, "version": None},
        )
        field = r.choice(["/0/translations/de-DE/name", "/0/name", "/0/translations/en-GB/name"])
        msg = f"There are 1 error(s) while writing data.\n\n1. [{field}] This value should not be blank."
        label = "There are %s error(s) while writing data.  1. [%s] This value should not be blank."
        uncaught(
            h,
            p,
            t + sec(r.uniform(0.05, 0.2)),
            label,
            "Shopware\\Core\\Framework\\DataAbstractionLayer\\Write\\WriteException",
            msg,
            "vendor/shopware/core/Framework/DataAbstractionLayer/Write/WriteContext.php",
            49,
            [0],
        )
    # the OOM of a full order export in the admin
    for t in [at(11, 21, 7.3), at(11, 24, 51.9)]:
        h = "web1"
        p = proc(h)
        t = route(
            h,
            p,
            t,
            "api.action.import_export.process",
            "/api/_action/import-export/process",
            "POST",
            "Shopware\\Core\\Content\\ImportExport\\Controller\\ImportExportActionController::process",
            "api",
        )
        oom(M, h, p, t + sec(r.uniform(20, 40)), r)

    # ---- the worker host: messenger:consume and scheduled-task:run under systemd
    def consume_fail(t: datetime, cls: str, label: str, err: str, prev: tuple) -> None:
        p = proc("worker")
        t = M(
            "worker",
            p,
            t,
            "messenger",
            "INFO",
            "Received message {class}",
            f"Received message {cls}",
            {"class": cls},
        )
        error = f'Handling "{cls}" failed: {err}'
        t = M(
            "worker",
            p,
            t + sec(r.uniform(0.01, 0.2) if "SMTP" not in label else r.uniform(0.01, 0.05)),
            "messenger",
            "CRITICAL",
            SW_REMOVING.format(label),
            f'Error thrown while handling message {cls}. Removing from transport after 3 retries. Error: "{error}"',
            {
                "class": cls,
                "retryCount": 3,
                "error": error,
                "exception": sw_exc(
                    [
                        (
                            "Symfony\\Component\\Messenger\\Exception\\HandlerFailedException",
                            0,
                            error,
                            "vendor/symfony/messenger/Middleware/HandleMessageMiddleware.php",
                            124,
                        ),
                        prev,
                    ]
                ),
            },
        )
        M(
            "worker",
            p,
            t + sec(r.uniform(0.002, 0.01)),
            "messenger",
            "INFO",
            "Rejected message {class} will be sent to the failure transport {alias}.",
            f"Rejected message {cls} will be sent to the failure transport failed.",
            {"class": cls, "alias": "failed"},
        )

    for t in poisson(r, *smtp_down, 40):
        smtp = "smtp.mailrelay.bergsport.internal:587"
        err = f'Connection could not be established with host "{smtp}": stream_socket_client(): Unable to connect to {smtp} (Connection refused)'
        consume_fail(
            t,
            SW_MAIL,
            'Connection could not be established with host "%s": stream_socket_client(): Unable to connect to %s (Connection refused)',
            err,
            (
                "Symfony\\Component\\Mailer\\Exception\\TransportException",
                0,
                err,
                "vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php",
                154,
            ),
        )
    for t in poisson(r, *es_down, 60):
        consume_fail(
            t,
            SW_INDEX,
            SW_NO_NODES,
            SW_NO_NODES,
            (
                "OpenSearch\\Common\\Exceptions\\NoNodesAvailableException",
                0,
                SW_NO_NODES,
                "vendor/opensearch-project/opensearch-php/src/OpenSearch/ConnectionPool/StaticNoPingConnectionPool.php",
                64,
            ),
        )
    # MySQL restarted: the consumers and the task runner die at start, systemd restarts them
    for cmd, off in [(SW_CONSUME, 0.0), (SW_TASKS, 2.4)]:
        t = db_down[0] + sec(off + r.uniform(0, 1))
        while t < db_down[1]:
            p = proc("worker")
            t = M(
                "worker",
                p,
                t + sec(r.uniform(0.35, 0.6)),
                "console",
                "CRITICAL",
                f'Error thrown while running command "{{command}}". Message: "{SW_REFUSED}"',
                f'Error thrown while running command "{cmd}". Message: "{SW_REFUSED}"',
                {
                    "exception": sw_exc(
                        [
                            (
                                "Doctrine\\DBAL\\Exception\\ConnectionException",
                                2002,
                                SW_REFUSED,
                                "vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php",
                                103,
                            ),
                            (
                                "Doctrine\\DBAL\\Driver\\PDO\\Exception",
                                2002,
                                "SQLSTATE[HY000] [2002] Connection refused",
                                "vendor/doctrine/dbal/src/Driver/PDO/Exception.php",
                                28,
                            ),
                        ]
                    ),
                    "command": cmd,
                    "message": SW_REFUSED,
                },
            )
            M(
                "worker",
                p,
                t + sec(r.uniform(0.001, 0.004)),
                "console",
                "DEBUG",
                'Command "{command}" exited with code "{code}"',
                f'Command "{cmd}" exited with code "1"',
                {"command": cmd, "code": 1},
            )
            t += sec(5 + r.uniform(0.0, 0.3))
    # the sitemap task runs out of memory on each of its runs
    for t in [at(6, 30, 2.1), at(8, 30, 1.7), at(10, 30, 3.3), at(11, 30, 2.4)]:
        p = proc("worker")
        t = M(
            "worker",
            p,
            t,
            "messenger",
            "INFO",
            "Received message {class}",
            f"Received message {SW_SITEMAP}",
            {"class": SW_SITEMAP},
        )
        oom(M, "worker", p, t + sec(r.uniform(40, 90)), r)
    return fs.logs(T0)


def oom(M: Callable, h: str, p: object, t: datetime, r: random.Random) -> datetime:
    """Symfony's ErrorHandler logging PHP's fatal memory error."""
    size = r.choice([20480, 4096, 12288, 262144])
    msg = f"Allowed memory size of 536870912 bytes exhausted (tried to allocate {size} bytes)"
    return M(
        h,
        p,
        t,
        "php",
        "CRITICAL",
        "Fatal Error: Allowed memory size of %d bytes exhausted (tried to allocate %d bytes)",
        f"Fatal Error: {msg}",
        {
            "exception": sw_exc(
                [
                    (
                        "Symfony\\Component\\ErrorHandler\\Error\\OutOfMemoryError",
                        0,
                        f"Error: {msg}",
                        r.choice(
                            [
                                "vendor/doctrine/dbal/src/Driver/PDO/Result.php",
                                "vendor/shopware/core/Framework/DataAbstractionLayer/Dbal/EntityHydrator.php",
                            ]
                        ),
                        r.choice([82, 431]),
                    )
                ]
            )
        },
    )


# --------------------------------------------------------------------------------- WooCommerce

WC_SITE = "https://shop.hollowoakcoffee.com"
WC_WP = "/var/www/html"
WC_STRIPE_VERSION = "8.3.1"
WC_STRIPE_API = "2024-04-10"
WC_ERP = "https://erp.hollowoak.internal/api/woo/webhook"
WC_BODY = "Webhook body is not logged unless WP_DEBUG mode is turned on. This is to avoid the storing of personal data in the logs."
WC_DELIVERY = "Array ( [Webhook Delivery] => Array ( [Delivery ID] => %s [Date] => %s [URL] => %s [Duration] => %s [Request] => %s [Body] => Webhook body is not logged unless WP_DEBUG mode is turned on. This is to avoid the storing of personal data in the logs. [Response] => %s ) )"
WC_DECLINES = [
    ("Your card was declined.", 6),
    ("Your card has insufficient funds.", 3),
    ("Your card's security code is incorrect.", 2),
    ("Your card has expired.", 1),
]
WC_FIRST = [
    "Emma",
    "Liam",
    "Olivia",
    "Noah",
    "Ava",
    "Mason",
    "Sophia",
    "Lucas",
    "Mia",
    "Ethan",
    "Harper",
    "Logan",
    "Grace",
    "Owen",
    "Chloe",
    "Caleb",
]
WC_LAST = [
    "Nguyen",
    "Patel",
    "Smith",
    "Garcia",
    "Johnson",
    "Kim",
    "Brown",
    "Lopez",
    "Miller",
    "Davis",
    "Wilson",
    "Moore",
    "Clark",
    "Lewis",
    "Young",
    "Hall",
]
WC_CITIES = [
    ("Portland", "OR", "972"),
    ("Seattle", "WA", "981"),
    ("Boise", "ID", "837"),
    ("Sacramento", "CA", "958"),
    ("Denver", "CO", "802"),
    ("Austin", "TX", "787"),
]
WC_STREETS = [
    "Alder St",
    "SE Hawthorne Blvd",
    "Maple Ave",
    "Pine St",
    "N Williams Ave",
    "Cedar Ln",
    "Elm St",
    "Oak Ridge Dr",
]


def stripe_label(inner: str) -> str:
    return (
        "\\n====Stripe Version: %s====\\n====Stripe Plugin API Version: %s====\\n====Start Log====\\n"
        + inner
        + "\\n====End Log====\\n\\n"
    )


def woocommerce(r: random.Random) -> list[Log]:
    """One WooCommerce shop's three log sources, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    seq = [0]
    files = {
        s: f"{s}-2024-06-07-{hexid(r, 32)}.log"
        for s in ["fatal-errors", "woocommerce-gateway-stripe", "webhooks-delivery"]
    }

    def proc() -> int:
        seq[0] += 1
        return seq[0]

    def W(src: str, p: object, t: datetime, level: str, label: str, message: str) -> datetime:
        return fs.add(
            files[src],
            t,
            label,
            lambda x: f"{x:%Y-%m-%dT%H:%M:%S}+00:00 {level} {message}".split("\n"),
            p,
            SEC,
        )

    def S(p: object, t: datetime, inner_label: str, msg: str) -> datetime:
        body = (
            f"\n====Stripe Version: {WC_STRIPE_VERSION}====\n====Stripe Plugin API Version: {WC_STRIPE_API}====\n"
            f"====Start Log====\n{msg}\n====End Log====\n\n"
        )
        return W("woocommerce-gateway-stripe", p, t, "DEBUG", stripe_label(inner_label), body)

    def fatal(p: object, t: datetime, label: str, msg: str, file: str, line: int) -> datetime:
        return W("fatal-errors", p, t, "CRITICAL", label, f"{msg} in {file} on line {line}\n")

    def stack(frames: list[str]) -> str:
        return "\n".join(f"#{i} {f}" for i, f in enumerate([*frames, "{main}"]))

    stripe_slow = (at(11, 10, 5), at(11, 20, 40))
    secret_rotated = (at(9, 0, 14), at(9, 45, 31))
    erp_down = (at(10, 0, 20), at(10, 21, 5))
    erp_reenabled = at(10, 38, 12)
    theme_bad = (at(7, 40, 3), at(8, 55, 47))
    webhook = {"failures": 0, "disabled": False}
    order_no = [10230]

    def customer() -> dict:
        fn, ln = r.choice(WC_FIRST), r.choice(WC_LAST)
        city, st, z = r.choice(WC_CITIES)
        return {
            "name": f"{fn} {ln}",
            "email": f"{fn.lower()}.{ln.lower()}{r.randint(1, 99)}@{r.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'icloud.com', 'proton.me'])}",
            "line1": f"{r.randint(100, 9999)} {r.choice(WC_STREETS)}",
            "line2": r.choice(["", "", "", f"Apt {r.randint(1, 40)}"]),
            "city": city,
            "state": st,
            "zip": f"{z}{r.randint(10, 99)}",
        }

    def stripe_resp(p: object, t: datetime, api: str) -> datetime:
        return S(
            p,
            t + sec(r.uniform(0.3, 1.6)),
            f"{api} response with stripe-version: %s",
            f"{api} response with stripe-version: {WC_STRIPE_API}",
        )

    def deliver(t: datetime, order: int) -> None:
        if webhook["disabled"] and t < erp_reenabled:
            return
        if webhook["disabled"]:
            webhook["disabled"] = False
            webhook["failures"] = 0
        p = proc()
        did = hexid(r, 32)
        req_headers = {
            "User-Agent": "WooCommerce/8.9.3 Hookshot (WordPress/6.5.4)",
            "Content-Type": "application/json",
            "X-WC-Webhook-Source": WC_SITE + "/",
            "X-WC-Webhook-Topic": "order.created",
            "X-WC-Webhook-Resource": "order",
            "X-WC-Webhook-Event": "created",
            "X-WC-Webhook-Signature": f"{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') for _ in range(43))}=",
            "X-WC-Webhook-ID": 3,
            "X-WC-Webhook-Delivery-ID": did,
        }
        if erp_down[0] <= t < erp_down[1]:
            dur = r.uniform(0.01, 0.05)
            resp = {
                "Code": 502,
                "Message": "Bad Gateway",
                "Headers": (
                    "WpOrg\\Requests\\Utility\\CaseInsensitiveDictionary",
                    {
                        "data:protected": {
                            "server": "nginx/1.24.0",
                            "date": f"{t:%a, %d %b %Y %H:%M:%S} GMT",
                            "content-type": "text/html",
                            "content-length": 157,
                        }
                    },
                ),
                "Body": WC_BODY,
            }
        else:
            dur = r.uniform(0.08, 0.9)
            resp = {
                "Code": 200,
                "Message": "OK",
                "Headers": (
                    "WpOrg\\Requests\\Utility\\CaseInsensitiveDictionary",
                    {
                        "data:protected": {
                            "server": "nginx/1.24.0",
                            "date": f"{t:%a, %d %b %Y %H:%M:%S} GMT",
                            "content-type": "application/json",
                            "content-length": r.choice([16, 17]),
                            "x-request-id": uuid4(r),
                        }
                    },
                ),
                "Body": WC_BODY,
            }
        msg = {
            "Webhook Delivery": {
                "Delivery ID": did,
                "Date": f"{t:%b} {t.day}, {t:%Y} @ {t.hour}:{t:%M}",
                "URL": WC_ERP,
                "Duration": f"{dur:.5f}".rstrip("0"),
                "Request": {"Method": "POST", "Headers": req_headers},
                "Body": WC_BODY,
                "Response": resp,
            }
        }
        W("webhooks-delivery", p, t + sec(dur), "INFO", WC_DELIVERY, print_r(msg))
        if resp["Code"] == 200:
            webhook["failures"] = 0
        else:
            webhook["failures"] += 1
            if webhook["failures"] > 5:
                webhook["disabled"] = True

    def checkout(t: datetime) -> None:
        p = proc()
        order_no[0] += r.randint(1, 2)
        order = order_no[0]
        c = customer()
        total = round(
            r.choice([14.5, 17.0, 19.5, 22.0, 28.5, 34.0, 46.5, 58.0, 72.0])
            * r.choice([1, 1, 1, 2, 3])
            + r.choice([0, 0, 6.95, 8.95]),
            2,
        )
        amount = f"{total:.2f}"
        t = S(
            p,
            t,
            "Info: Begin processing payment for order %s for the amount of %s",
            f"Info: Begin processing payment for order {order} for the amount of {amount}",
        )
        cus = f"cus_{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(14))}"
        if r.random() < 0.22:
            creq = {
                "email": c["email"],
                "description": f"Name: {c['name']}, Guest",
                "name": c["name"],
                "address": {
                    "line1": c["line1"],
                    "line2": c["line2"],
                    "postal_code": c["zip"],
                    "city": c["city"],
                    "state": c["state"],
                    "country": "US",
                },
                "metadata": {"name": c["name"], "username": "", "website": WC_SITE},
            }
            t = S(
                p,
                t + sec(r.uniform(0.05, 0.3)),
                "customers request: %s",
                "customers request: " + print_r(creq),
            )
            t = stripe_resp(p, t, "customers")
        pm = f"pm_1P{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(22))}"
        okey = f"wc_order_{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(13))}"
        req = {
            "amount": round(total * 100),
            "currency": "usd",
            "description": f"Hollow Oak Coffee Roasters - Order {order}",
            "metadata": {
                "customer_name": c["name"],
                "customer_email": c["email"],
                "site_url": WC_SITE,
                "order_id": order,
                "order_key": okey,
                "payment_type": "single",
                "signature": f"{order}:{hexid(r, 32)}",
            },
            "customer": cus,
            "capture_method": "automatic",
            "payment_method_types": ["card"],
            "payment_method": pm,
            "confirm": "true",
            "return_url": f"{WC_SITE}/checkout/order-received/{order}/?key={okey}&utm_nooverride=1",
            "use_stripe_sdk": "true",
            "shipping": {
                "name": c["name"],
                "address": {
                    "line1": c["line1"],
                    "line2": c["line2"],
                    "city": c["city"],
                    "country": "US",
                    "postal_code": c["zip"],
                    "state": c["state"],
                },
            },
        }
        t = S(
            p,
            t + sec(r.uniform(0.05, 0.4)),
            "payment_intents request: %s",
            "payment_intents request: " + print_r(req),
        )
        if in_any(t, [stripe_slow]):
            k = r.random()
            if k < 0.3:
                fatal(
                    p,
                    t + sec(60),
                    "Maximum execution time of %d seconds exceeded in %s on line %s",
                    "Maximum execution time of 60 seconds exceeded",
                    f"{WC_WP}/wp-includes/Requests/src/Transport/Curl.php",
                    207,
                )
                return
            if k < 0.65:
                err = (
                    "WP_Error",
                    {
                        "errors": {
                            "http_request_failed": [
                                "cURL error 28: Operation timed out after 45001 milliseconds with 0 bytes received"
                            ]
                        },
                        "error_data": [],
                        "additional_data:protected": [],
                    },
                )
                failed = {"api": "payment_intents", "request": req, "idempotency_key": uuid4(r)}
                t = S(
                    p,
                    t + sec(45.0),
                    "Error Response: %s\\n\\nFailed request: %s",
                    "Error Response: " + print_r(err) + "\n\nFailed request: " + print_r(failed),
                )
                S(
                    p,
                    t + sec(0.01),
                    "Error: There was a problem connecting to the Stripe API endpoint.",
                    "Error: There was a problem connecting to the Stripe API endpoint.",
                )
                return
            t += sec(r.uniform(8, 30))
        t = stripe_resp(p, t, "payment_intents")
        if r.random() < 0.085:
            d = pick_w(r, WC_DECLINES)
            S(p, t + sec(r.uniform(0.02, 0.2)), f"Error: {d}", f"Error: {d}")
            return
        deliver(t + sec(r.uniform(4, 40)), order)
        if in_any(t, [secret_rotated]):
            for ev in ["payment_intent.succeeded", "charge.succeeded"]:
                webhook_fail(t + sec(r.uniform(1, 6)), ev, req, order)
        paid.append((order, total))

    def webhook_fail(t: datetime, ev: str, req: dict, order: int) -> None:
        p = proc()
        obj = "payment_intent" if ev.startswith("payment_intent") else "charge"
        oid = ("pi_3P" if obj == "payment_intent" else "ch_3P") + "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            for _ in range(22)
        )
        body = "\n".join(
            [
                "{",
                f'  "id": "evt_3P{alnum_s(r, 22)}",',
                '  "object": "event",',
                f'  "api_version": "{WC_STRIPE_API}",',
                f'  "created": {int(t.timestamp()) - 1},',
                '  "data": {',
                '    "object": {',
                f'      "id": "{oid}",',
                f'      "object": "{obj}",',
                f'      "amount": {req["amount"]},',
                '      "currency": "usd",',
                f'      "customer": "{req["customer"]}",',
                f'      "description": "{req["description"]}",',
                '      "metadata": {',
                f'        "order_id": "{order}",',
                '        "payment_type": "single",',
                f'        "site_url": "{WC_SITE}"',
                "      },",
                f'      "payment_method": "{req["payment_method"]}",',
                '      "status": "succeeded"',
                "    }",
                "  },",
                '  "livemode": true,',
                '  "pending_webhooks": 1,',
                '  "request": {',
                f'    "id": "req_{alnum_s(r, 14)}",',
                f'    "idempotency_key": "{uuid4(r)}"',
                "  },",
                f'  "type": "{ev}"',
                "}",
            ]
        )
        S(
            p,
            t,
            "Incoming webhook failed validation: %s",
            "Incoming webhook failed validation: " + body,
        )

    paid: list[tuple[int, float]] = []
    for t in rate(r, [(T0, at(7, 0), 75), (at(7, 0), at(10, 0), 42), (at(10, 0), T_END, 52)]):
        checkout(t)
    # refunds issued from the orders screen
    for t in sorted(at(r.randint(7, 11), r.randint(0, 59), r.uniform(0, 59)) for _ in range(13)):
        p = proc()
        order, total = r.choice(paid)
        amount = f"{total:.2f}" if r.random() < 0.6 else f"{r.choice([8.5, 14.5, 17.0]):.2f}"
        ch = "ch_3P" + alnum_s(r, 22)
        t = S(
            p,
            t,
            "Info: Beginning refund for order %s for the amount of %s",
            f"Info: Beginning refund for order {ch} for the amount of {amount}",
        )
        rreq = {
            "amount": round(float(amount) * 100),
            "metadata": {
                "order_id": order,
                "reason": r.choice(["Damaged in transit", "Customer request", "Wrong grind size"]),
            },
            "charge": ch,
        }
        t = S(
            p,
            t + sec(r.uniform(0.1, 0.5)),
            "refunds request: %s",
            "refunds request: " + print_r(rreq),
        )
        stripe_resp(p, t, "refunds")
    # the product feed's hourly action: a price left empty by the ERP
    feed = f"{WC_WP}/wp-content/plugins/hollowoak-feeds/includes/class-feed-writer.php"
    for h in range(6, 12):
        p = proc()
        t = at(h, 15, r.uniform(2, 50))
        frames = [
            f"{feed}(211): number_format('', 2, '.', '')",
            f"{feed}(148): Hollowoak_Feed_Writer->item_price(Object(WC_Product_Simple))",
            f"{WC_WP}/wp-content/plugins/hollowoak-feeds/includes/class-feed-job.php(64): Hollowoak_Feed_Writer->write(Array)",
            f"{WC_WP}/wp-includes/class-wp-hook.php(324): Hollowoak_Feed_Job->run('google')",
            f"{WC_WP}/wp-includes/class-wp-hook.php(348): WP_Hook->apply_filters('', Array)",
            f"{WC_WP}/wp-includes/plugin.php(565): WP_Hook->do_action(Array)",
            f"{WC_WP}/wp-content/plugins/woocommerce/packages/action-scheduler/classes/actions/ActionScheduler_Action.php(22): do_action_ref_array('hollowoak_feed_...', Array)",
            f"{WC_WP}/wp-content/plugins/woocommerce/packages/action-scheduler/classes/abstracts/ActionScheduler_Abstract_QueueRunner.php(65): ActionScheduler_Action->execute()",
        ]
        msg = f"Uncaught TypeError: number_format(): Argument #1 ($num) must be of type float, string given in {feed}:211\nStack trace:\n{stack(frames)}\n  thrown"
        fatal(
            p,
            t,
            "Uncaught TypeError: %s(): Argument #%d ($%s) must be of type %s, %s given in %s:%d",
            msg,
            feed,
            211,
        )
    # the theme's update breaks My Account > Orders for customers without orders
    tpl = f"{WC_WP}/wp-content/themes/hollowoak/woocommerce/myaccount/orders.php"
    for t in poisson(r, *theme_bad, 170):
        p = proc()
        frames = [
            f"{WC_WP}/wp-content/plugins/woocommerce/includes/wc-core-functions.php(345): include()",
            f"{WC_WP}/wp-content/plugins/woocommerce/includes/wc-template-functions.php(3393): wc_get_template('myaccount/order...', Array)",
            f"{WC_WP}/wp-includes/class-wp-hook.php(324): woocommerce_account_orders('')",
            f"{WC_WP}/wp-includes/class-wp-hook.php(348): WP_Hook->apply_filters('', Array)",
            f"{WC_WP}/wp-includes/plugin.php(517): WP_Hook->do_action(Array)",
            f"{WC_WP}/wp-content/plugins/woocommerce/templates/myaccount/my-account.php(36): do_action('woocommerce_acc...', '')",
        ]
        msg = f"Uncaught Error: Call to a member function get_id() on bool in {tpl}:54\nStack trace:\n{stack(frames)}\n  thrown"
        fatal(p, t, "Uncaught Error: Call to a member function %s() on %s in %s:%d", msg, tpl, 54)
    # the ERP's product sync: duplicated SKUs in the 06:05 batch
    data = f"{WC_WP}/wp-content/plugins/woocommerce/includes/abstracts/abstract-wc-data.php"
    t = at(6, 5, 3)
    for _ in range(6):
        p = proc()
        t += sec(r.uniform(20, 70))
        frames = [
            f"{WC_WP}/wp-content/plugins/woocommerce/includes/abstracts/abstract-wc-product.php(855): WC_Data->error('product_invalid...', 'Invalid or dupl...', 400, Array)",
            f"{WC_WP}/wp-content/plugins/hollowoak-erp-sync/src/ProductImporter.php(118): WC_Product->set_sku('HO-{r.randint(1000, 1999)}-{r.choice(['250', '500', '1000'])}')",
            f"{WC_WP}/wp-content/plugins/hollowoak-erp-sync/src/SyncJob.php(42): Hollowoak\\ErpSync\\ProductImporter->import(Array)",
            f"{WC_WP}/wp-includes/class-wp-hook.php(324): Hollowoak\\ErpSync\\SyncJob->run('')",
            f"{WC_WP}/wp-includes/class-wp-hook.php(348): WP_Hook->apply_filters(NULL, Array)",
            f"{WC_WP}/wp-includes/plugin.php(565): WP_Hook->do_action(Array)",
            f"{WC_WP}/wp-cron.php(191): do_action_ref_array('hollowoak_erp_s...', Array)",
        ]
        msg = f"Uncaught WC_Data_Exception: Invalid or duplicated SKU. in {data}:880\nStack trace:\n{stack(frames)}\n  thrown"
        fatal(
            p, t, "Uncaught WC_Data_Exception: Invalid or duplicated SKU. in %s:%d", msg, data, 880
        )
    # the roaster's CSV import of the new season's products
    for t in [at(9, 51, 40), at(9, 54, 12), at(9, 58, 3)]:
        p = proc()
        size = r.choice([65536, 20480, 4096])
        fatal(
            p,
            t,
            "Allowed memory size of %d bytes exhausted (tried to allocate %d bytes) in %s on line %s",
            f"Allowed memory size of 268435456 bytes exhausted (tried to allocate {size} bytes)",
            f"{WC_WP}/wp-includes/class-wpdb.php",
            2316,
        )
    return fs.logs(T0)


def alnum_s(r: random.Random, n: int) -> str:
    return "".join(
        r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n)
    )


# ----------------------------------------------------------------------------------- Open edX

EDX_SP = "/openedx/venv/lib/python3.8/site-packages"
EDX_GRADES = "lms.djangoapps.grades.tasks.recalculate_subsection_grade_v3"
EDX_BULK = "lms.djangoapps.instructor_task.tasks.send_bulk_course_email"
EDX_EMAIL = "lms.djangoapps.bulk_email.tasks.send_course_email"
EDX_ACTIVATION = "openedx.core.djangoapps.user_authn.tasks.send_activation_email"
EDX_BROKER = "redis://redis:6379/0"
EDX_PATHS_404 = [
    "/wp-login.php",
    "/.env",
    "/xmlrpc.php",
    "/favicon.ico",
    "/apple-touch-icon.png",
    "/apple-touch-icon-precomposed.png",
    "/robots.txt.bak",
    "/phpmyadmin/",
    "/.git/config",
    "/wp-content/plugins/wp-file-manager/readme.txt",
    "/courses/course-v1:Academy+PY101+2023_T1/about",
    "/static/images/logo.png.map",
    "/api/courses/v1/courses/course-v1:Academy+DS200+2024_T1/",
    "/admin/login/?next=/admin/",
    "/.well-known/security.txt",
]
EDX_COURSES = [
    "course-v1:Academy+PY101+2024_T2",
    "course-v1:Academy+DS200+2024_T1",
    "course-v1:Academy+ML310+2024_T2",
    "course-v1:Academy+SQL120+2024_T2",
]
EDX_SCANNERS = [
    "45.155.205.233",
    "185.224.128.17",
    "193.35.18.49",
    "167.94.138.60",
    "162.142.125.221",
]


def edx_tb(frames: list[tuple[str, int, str, str]], last: str) -> list[str]:
    out = ["Traceback (most recent call last):"]
    for f, n, fn, src in frames:
        out.append(f'  File "{f}", line {n}, in {fn}')
        out.append(f"    {src}")
    return [*out, last]


def open_edx(r: random.Random) -> list[Log]:
    """A Tutor deployment's LMS and LMS worker containers, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    seq = [0]

    def proc(c: str) -> tuple[str, int]:
        seq[0] += 1
        return (c, seq[0])

    def E(
        c: str,
        p: object,
        t: datetime,
        level: str,
        pid: int,
        logger: str,
        user: object,
        ip: object,
        where: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f"{c}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {level} {pid} [{logger}] [user {user}] [ip {ip}] {where} - {msg}",
                *(cont or []),
            ],
            p,
            MS,
        )

    def client_ip() -> str:
        return (
            r.choice(["73", "98", "24", "71", "174", "108", "67", "50"])
            + f".{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        )

    mysql_down = (at(9, 30, 5), at(9, 31, 22))
    redis_down = (at(10, 10, 3), at(10, 10, 41))
    users = [r.randint(1200, 9800) for _ in range(700)]
    inactive = [r.randint(9801, 9990) for _ in range(12)]
    uwsgi = [8, 9]

    # ---- lms
    for t in poisson(r, T0, T_END, 72):
        p, uid = proc("lms"), r.choice(users)
        E(
            "lms",
            p,
            t,
            "INFO",
            r.choice(uwsgi),
            "audit",
            uid,
            client_ip(),
            "login.py:539",
            "Login success - user.id: %s",
            f"Login success - user.id: {uid}",
        )
    stuffing = poisson(r, at(7, 31, 10), at(7, 46, 50), 6)
    for t in sorted(poisson(r, T0, T_END, 300) + stuffing):
        p, uid = proc("lms"), r.choice(users)
        ip = (
            r.choice(["89.248.165.74", "89.248.165.81", "141.98.11.12"])
            if in_any(t, [(at(7, 31), at(7, 47))])
            else client_ip()
        )
        E(
            "lms",
            p,
            t,
            "WARNING",
            r.choice(uwsgi),
            "audit",
            "None",
            ip,
            "login.py:319",
            "Login failed - password for user.id: %s is invalid",
            f"Login failed - password for user.id: {uid} is invalid",
        )
    for t in poisson(r, T0, T_END, 70):
        p = proc("lms")
        path = r.choice(EDX_PATHS_404)
        ip = (
            r.choice(EDX_SCANNERS)
            if path.startswith(("/wp", "/.", "/php", "/xml"))
            else client_ip()
        )
        E(
            "lms",
            p,
            t,
            "WARNING",
            r.choice(uwsgi),
            "django.request",
            "None",
            ip,
            "log.py:241",
            "Not Found: %s",
            f"Not Found: {path}",
        )
    for t in poisson(r, T0, T_END, 720):
        p, ip = proc("lms"), r.choice(EDX_SCANNERS)
        host = ip if r.random() < 0.7 else r.choice(["localhost", "127.0.0.1:8000", "lms"])
        msg = f"Invalid HTTP_HOST header: '{host}'. You may need to add '{host}' to ALLOWED_HOSTS."
        tb = edx_tb(
            [
                (
                    f"{EDX_SP}/django/core/handlers/exception.py",
                    55,
                    "inner",
                    "response = get_response(request)",
                ),
                (
                    f"{EDX_SP}/django/utils/deprecation.py",
                    133,
                    "__call__",
                    "response = self.process_request(request)",
                ),
                (
                    f"{EDX_SP}/django/middleware/common.py",
                    48,
                    "process_request",
                    "host = request.get_host()",
                ),
                (f"{EDX_SP}/django/http/request.py", 150, "get_host", "raise DisallowedHost(msg)"),
            ],
            f"django.core.exceptions.DisallowedHost: {msg}",
        )
        pid = r.choice(uwsgi)
        t = E(
            "lms",
            p,
            t,
            "ERROR",
            pid,
            "django.security.DisallowedHost",
            "None",
            ip,
            "exception.py:118",
            "Invalid HTTP_HOST header: %r. You may need to add %r to ALLOWED_HOSTS.",
            msg,
            tb,
        )
        E(
            "lms",
            p,
            t + sec(0.003),
            "WARNING",
            pid,
            "django.request",
            "None",
            ip,
            "log.py:241",
            "Bad Request: %s",
            f"Bad Request: {r.choice(['/', '/', '/login', '/.env'])}",
        )
    for t in poisson(r, T0, T_END, 650):
        p = proc("lms")
        path = r.choice(
            [
                "/api/user/v2/account/login_session/",
                "/api/courseware/course/" + r.choice(EDX_COURSES) + "/",
                "/event",
                "/courses/"
                + r.choice(EDX_COURSES)
                + "/xblock/block-v1:"
                + r.choice(EDX_COURSES)[10:]
                + "+type@problem+block@"
                + hexid(r, 32)
                + "/handler/xmodule_handler/problem_check",
            ]
        )
        E(
            "lms",
            p,
            t,
            "WARNING",
            r.choice(uwsgi),
            "django.security.csrf",
            "None",
            client_ip(),
            "log.py:241",
            "Forbidden (CSRF cookie not set.): %s",
            f"Forbidden (CSRF cookie not set.): {path}",
        )
    for t in poisson(r, *mysql_down, 4):
        p = proc("lms")
        lost = t < mysql_down[0] + sec(6)
        err = (
            "(2013, 'Lost connection to MySQL server during query')"
            if lost
            else "(2003, \"Can't connect to MySQL server on 'mysql' ([Errno 111] Connection refused)\")"
        )
        path = r.choice(
            [
                "/dashboard",
                "/api/courseware/sequence/block-v1:"
                + r.choice(EDX_COURSES)[10:]
                + "+type@sequential+block@"
                + hexid(r, 32),
                "/api/learning_home/v1/outline/" + r.choice(EDX_COURSES),
                "/api/user/v1/accounts/" + "learner" + str(r.randint(10, 999)),
            ]
        )
        tb = edx_tb(
            [
                (
                    f"{EDX_SP}/django/db/backends/utils.py",
                    89,
                    "_execute",
                    "return self.cursor.execute(sql, params)",
                ),
                (
                    f"{EDX_SP}/django/db/backends/mysql/base.py",
                    75,
                    "execute",
                    "return self.cursor.execute(query, args)",
                ),
                (
                    f"{EDX_SP}/MySQLdb/cursors.py",
                    179,
                    "execute",
                    "res = self._query(mogrified_query)",
                ),
                (
                    f"{EDX_SP}/MySQLdb/connections.py",
                    261,
                    "query",
                    "_mysql.connection.query(self, query)",
                ),
            ]
            if lost
            else [
                (
                    f"{EDX_SP}/django/db/backends/base/base.py",
                    289,
                    "ensure_connection",
                    "self.connect()",
                ),
                (
                    f"{EDX_SP}/django/db/backends/mysql/base.py",
                    247,
                    "get_new_connection",
                    "connection = Database.connect(**conn_params)",
                ),
                (
                    f"{EDX_SP}/MySQLdb/__init__.py",
                    121,
                    "Connect",
                    "return Connection(*args, **kwargs)",
                ),
                (
                    f"{EDX_SP}/MySQLdb/connections.py",
                    195,
                    "__init__",
                    "super().__init__(*args, **kwargs2)",
                ),
            ],
            f"django.db.utils.OperationalError: {err}"
            if not lost
            else f"MySQLdb.OperationalError: {err}",
        )
        if lost:
            tb += [
                "",
                "The above exception was direct cause of the following exception:",
                "",
                *edx_tb(
                    [
                        (
                            f"{EDX_SP}/django/core/handlers/exception.py",
                            55,
                            "inner",
                            "response = get_response(request)",
                        ),
                        (
                            f"{EDX_SP}/django/db/backends/utils.py",
                            89,
                            "_execute",
                            "return self.cursor.execute(sql, params)",
                        ),
                    ],
                    f"django.db.utils.OperationalError: {err}",
                ),
            ]
        E(
            "lms",
            p,
            t,
            "ERROR",
            r.choice(uwsgi),
            "django.request",
            r.choice(users),
            client_ip(),
            "log.py:241",
            "Internal Server Error: %s",
            f"Internal Server Error: {path}",
            tb,
        )

    # ---- lms-worker (celery, prefork; children recycled every 100 tasks)
    child = {"pid": 23, "left": 100}

    def child_pid() -> int:
        child["left"] -= 1
        if child["left"] <= 0:
            child["pid"] += r.randint(1, 3)
            child["left"] = 100
        return child["pid"] + r.randint(0, 3)

    def W(
        p: object,
        t: datetime,
        level: str,
        pid: int,
        logger: str,
        where: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        return E("lms-worker", p, t, level, pid, logger, "None", "None", where, label, msg, cont)

    def received(p: object, t: datetime, name: str, tid: str) -> datetime:
        return W(
            p,
            t,
            "INFO",
            7,
            "celery.worker.strategy",
            "strategy.py:161",
            "Task %s[%s] received",
            f"Task {name}[{tid}] received",
        )

    def succeeded(p: object, t: datetime, name: str, tid: str, ret: str, pid: int) -> datetime:
        return W(
            p,
            t,
            "INFO",
            pid,
            "celery.app.trace",
            "trace.py:128",
            "Task %s[%s] succeeded in %ss: %s",
            f"Task {name}[{tid}] succeeded in {(t.microsecond % 997) / 1000 + r.uniform(0.01, 0.4):.{r.choice([15, 16, 17])}f}s: {ret}",
        )

    def activation(t: datetime) -> None:
        p, tid = proc("w"), uuid4(r)
        t = received(p, t, EDX_ACTIVATION, tid)
        succeeded(p, t + sec(r.uniform(0.3, 1.2)), EDX_ACTIVATION, tid, "None", child_pid())

    for t in poisson(r, T0, T_END, 1400):
        p, uid = proc("lms"), r.choice(inactive)
        E(
            "lms",
            p,
            t,
            "WARNING",
            r.choice(uwsgi),
            "audit",
            "None",
            client_ip(),
            "login.py:173",
            "Login failed - Account not active for user.id: %s, resending activation",
            f"Login failed - Account not active for user.id: {uid}, resending activation",
        )
        activation(t + sec(r.uniform(0.3, 1.5)))
    for t in poisson(r, T0, T_END, 85):
        p, tid = proc("w"), uuid4(r)
        t = received(p, t, EDX_GRADES, tid)
        pid = child_pid()
        if in_any(t, [mysql_down]):
            err = (
                "OperationalError(2013, 'Lost connection to MySQL server during query')"
                if t < mysql_down[0] + sec(8)
                else "OperationalError(2003, \"Can't connect to MySQL server on 'mysql' ([Errno 111] Connection refused)\")"
            )
            lab = (
                "Task %s[%s] retry: Retry in %ss: OperationalError(%s, 'Lost connection to MySQL server during query')"
                if "2013" in err
                else 'Task %s[%s] retry: Retry in %ss: OperationalError(%s, "Can\'t connect to MySQL server on %s ([Errno %s] Connection refused)")'
            )
            t = W(
                p,
                t + sec(r.uniform(0.05, 0.4)),
                "INFO",
                pid,
                "celery.app.trace",
                "trace.py:131",
                lab,
                f"Task {EDX_GRADES}[{tid}] retry: Retry in 30s: {err}",
            )
            t = received(p, t + sec(30 + r.uniform(0.01, 0.2)), EDX_GRADES, tid)
        succeeded(p, t + sec(r.uniform(0.1, 0.9)), EDX_GRADES, tid, "None", child_pid())

    def bulk_email(
        t: datetime, course: str, email_id: int, n: int, throttle: tuple[int, int] | None
    ) -> None:
        parent = uuid4(r)
        p = proc("w")
        t = received(p, t, EDX_BULK, parent)
        recipients = r.sample(users, n)
        chunks = [recipients[i : i + 100] for i in range(0, n, 100)]
        subs = [uuid4(r) for _ in chunks]
        t = succeeded(
            p,
            t + sec(r.uniform(0.2, 0.6)),
            EDX_BULK,
            parent,
            f"{{'action_name': 'emailed', 'attempted': 0, 'succeeded': 0, 'skipped': 0, 'failed': 0, 'total': {n}, 'duration_ms': {r.randint(150, 400)}}}",
            child_pid(),
        )
        base = 0
        for sub, chunk in zip(subs, chunks, strict=True):
            sp = proc("w")
            ts = received(sp, t + sec(r.uniform(0.05, 0.3)), EDX_EMAIL, sub)
            pid = child_pid()
            todo = list(reversed(chunk))
            total = len(todo)
            head = "BulkEmail ==> Task: %s, SubTask: %s, EmailId: %s, TotalRecipients: %s, ace_enabled: %s"
            ts = W(
                sp,
                ts + sec(0.02),
                "INFO",
                pid,
                "lms.djangoapps.bulk_email.tasks",
                "tasks.py:475",
                head,
                f"BulkEmail ==> Task: {parent}, SubTask: {sub}, EmailId: {email_id}, TotalRecipients: {total}, ace_enabled: False",
            )
            start, num, ok, retried = ts, 0, 0, 0
            while todo:
                uid = todo[-1]
                num += 1
                ts = W(
                    sp,
                    ts + sec(r.uniform(0.01, 0.05)),
                    "INFO",
                    pid,
                    "lms.djangoapps.bulk_email.tasks",
                    "tasks.py:571",
                    "BulkEmail ==> Task: %s, SubTask: %s, EmailId: %s, Recipient num: %s/%s, Recipient UserId: %s",
                    f"BulkEmail ==> Task: {parent}, SubTask: {sub}, EmailId: {email_id}, Recipient num: {num}/{total}, Recipient UserId: {uid}",
                )
                if throttle and throttle[0] <= base + num <= throttle[1] and r.random() < 0.1:
                    tb = edx_tb(
                        [
                            (
                                "/openedx/edx-platform/lms/djangoapps/bulk_email/tasks.py",
                                575,
                                "_send_course_email",
                                "message.send()",
                            ),
                            (
                                f"{EDX_SP}/django/core/mail/message.py",
                                298,
                                "send",
                                "return self.get_connection(fail_silently).send_messages([self])",
                            ),
                            (
                                f"{EDX_SP}/django/core/mail/backends/smtp.py",
                                136,
                                "send_messages",
                                "sent = self._send(message)",
                            ),
                            (
                                f"{EDX_SP}/django/core/mail/backends/smtp.py",
                                155,
                                "_send",
                                "self.connection.sendmail(",
                            ),
                            (
                                "/usr/lib/python3.8/smtplib.py",
                                896,
                                "sendmail",
                                "raise SMTPDataError(code, resp)",
                            ),
                        ],
                        "smtplib.SMTPDataError: (454, b'Throttling failure: Maximum sending rate exceeded.')",
                    )
                    W(
                        sp,
                        ts + sec(r.uniform(0.05, 0.2)),
                        "ERROR",
                        pid,
                        "lms.djangoapps.bulk_email.tasks",
                        "tasks.py:580",
                        "BulkEmail ==> Status: Failed(b'Throttling failure: Maximum sending rate exceeded.'), Task: %s, SubTask: %s, EmailId: %s, Recipient num: %s/%s, Recipient UserId: %s",
                        f"BulkEmail ==> Status: Failed(b'Throttling failure: Maximum sending rate exceeded.'), Task: {parent}, SubTask: {sub}, EmailId: {email_id}, Recipient num: {num}/{total}, Recipient UserId: {uid}",
                        tb,
                    )
                    ts = W(
                        sp,
                        ts + sec(r.uniform(0.3, 0.5)),
                        "INFO",
                        pid,
                        "celery.app.trace",
                        "trace.py:131",
                        "Task %s[%s] retry: Retry in %ss: SMTPDataError(%s, b'Throttling failure: Maximum sending rate exceeded.')",
                        f"Task {EDX_EMAIL}[{sub}] retry: Retry in {r.choice([11, 13, 17, 23])}s: SMTPDataError(454, b'Throttling failure: Maximum sending rate exceeded.')",
                    )
                    ts = received(sp, ts + sec(r.uniform(11, 25)), EDX_EMAIL, sub)
                    pid = child_pid()
                    base += num - 1
                    retried += 1
                    total, num = len(todo), 0
                    ts = W(
                        sp,
                        ts + sec(0.02),
                        "INFO",
                        pid,
                        "lms.djangoapps.bulk_email.tasks",
                        "tasks.py:475",
                        head,
                        f"BulkEmail ==> Task: {parent}, SubTask: {sub}, EmailId: {email_id}, TotalRecipients: {total}, ace_enabled: False",
                    )
                    continue
                ts = W(
                    sp,
                    ts + sec(r.uniform(0.08, 0.35)),
                    "INFO",
                    pid,
                    "lms.djangoapps.bulk_email.tasks",
                    "tasks.py:596",
                    "BulkEmail ==> Status: Success, Task: %s, SubTask: %s, EmailId: %s, Recipient num: %s/%s, Recipient UserId: %s",
                    f"BulkEmail ==> Status: Success, Task: {parent}, SubTask: {sub}, EmailId: {email_id}, Recipient num: {num}/{total}, Recipient UserId: {uid}",
                )
                ok += 1
                todo.pop()
            taken = (ts - start).total_seconds()
            ts = W(
                sp,
                ts + sec(0.002),
                "INFO",
                pid,
                "lms.djangoapps.bulk_email.tasks",
                "tasks.py:612",
                "BulkEmail ==> Task: %s, SubTask: %s, EmailId: %s, Total Successful Recipients: %s/%s, Failed Recipients: %s/%s, Time Taken: %s",
                f"BulkEmail ==> Task: {parent}, SubTask: {sub}, EmailId: {email_id}, Total Successful Recipients: {total}/{total}, Failed Recipients: 0/{total}, Time Taken: {taken + r.random() / 1000}",
            )
            ts = W(
                sp,
                ts + sec(0.004),
                "INFO",
                pid,
                "lms.djangoapps.bulk_email.tasks",
                "tasks.py:290",
                "BulkEmail ==> _send_course_email completed in : %s for task : %s with recipient count: %s",
                f"BulkEmail ==> _send_course_email completed in : {taken + 0.05 + r.random() / 100} for task : {sub} with recipient count: {total}",
            )
            succeeded(
                sp,
                ts + sec(0.01),
                EDX_EMAIL,
                sub,
                f"{{'task_id': '{sub}', 'attempted': {len(chunk)}, 'succeeded': {len(chunk)}, 'skipped': 0, 'failed': 0, 'retried_nomax': {retried}, 'retried_withmax': 0, 'state': 'SUCCESS'}}",
                pid,
            )
            base = sum(len(c) for c in chunks[: chunks.index(chunk) + 1])

    bulk_email(at(8, 2, 14.5), EDX_COURSES[1], 412, 262, (150, 215))
    bulk_email(at(10, 41, 3.2), EDX_COURSES[3], 417, 121, None)

    # Redis (the broker) restarted
    p = proc("w")
    lost = redis_down[0] + sec(0.4)
    tb = edx_tb(
        [
            (f"{EDX_SP}/celery/worker/consumer/consumer.py", 340, "start", "blueprint.start(self)"),
            (f"{EDX_SP}/celery/bootsteps.py", 116, "start", "step.start(parent)"),
            (
                f"{EDX_SP}/celery/worker/consumer/consumer.py",
                746,
                "start",
                "c.loop(*c.loop_args())",
            ),
            (f"{EDX_SP}/celery/worker/loops.py", 97, "asynloop", "next(loop)"),
            (f"{EDX_SP}/kombu/asynchronous/hub.py", 373, "create_loop", "cb(*cbargs)"),
            (
                f"{EDX_SP}/kombu/transport/redis.py",
                1336,
                "on_readable",
                "self.cycle.on_readable(fileno)",
            ),
            (f"{EDX_SP}/kombu/transport/redis.py", 566, "on_readable", "chan.handlers[type]()"),
            (
                f"{EDX_SP}/redis/connection.py",
                512,
                "read_response",
                "response = self._parser.read_response(disable_decoding=disable_decoding)",
            ),
        ],
        "redis.exceptions.ConnectionError: Connection closed by server.",
    )
    t = W(
        p,
        lost,
        "WARNING",
        7,
        "celery.worker.consumer.consumer",
        "consumer.py:391",
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        tb,
    )
    n, wait = 1, 2
    while t + sec(wait) < redis_down[1]:
        t = W(
            p,
            t + sec(wait + 0.01),
            "ERROR",
            7,
            "celery.worker.consumer.consumer",
            "consumer.py:507",
            "consumer: Cannot connect to %s: %s.",
            f"consumer: Cannot connect to {EDX_BROKER}: Error 111 connecting to redis:6379. Connection refused..",
            [f"Trying again in {min(2 * n, 32):.2f} seconds... ({n}/100)", ""],
        )
        wait, n = min(2 * n, 32), n + 1
    t = W(
        p,
        redis_down[1] + sec(0.2),
        "INFO",
        7,
        "celery.worker.consumer.connection",
        "connection.py:22",
        "Connected to %s",
        f"Connected to {EDX_BROKER}",
    )
    t = W(
        p,
        t + sec(0.01),
        "INFO",
        7,
        "celery.worker.consumer.mingle",
        "mingle.py:40",
        "mingle: searching for neighbors",
        "mingle: searching for neighbors",
    )
    W(
        p,
        t + sec(1.02),
        "INFO",
        7,
        "celery.worker.consumer.mingle",
        "mingle.py:49",
        "mingle: all alone",
        "mingle: all alone",
    )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- Canvas LMS

CV_HOST = "https://canvas.northfield.edu"
CV_REDIS = "10.20.0.15:6379"
CV_JOBS = [
    ("Message#deliver", 10, 40, (60, 900)),
    ("SubmissionLifecycleManager.recompute_course", 20, 6, (300, 9000)),
    ("GradeCalculator.recompute_final_score", 20, 8, (200, 4000)),
    ("Course#update_account_associations", 20, 3, (80, 1500)),
    ("Attachment#submit_to_canvadocs", 50, 5, (400, 3000)),
    ("ContextModuleProgression#evaluate!", 20, 6, (40, 400)),
]


def canvas_lms(r: random.Random) -> list[Log]:
    """Two Passenger app servers and a jobs server, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    busy: dict[tuple[str, int], datetime] = {}
    app_pids = {"canvas-app1": [4312, 4388, 4415, 4590], "canvas-app2": [3977, 4021, 4102, 4230]}
    redis_down = (at(8, 40, 12), at(8, 44, 31))
    smtp_slow = (at(9, 15, 3), at(9, 35, 40))
    redis_logged: dict[object, datetime] = {}

    def C(host: str, ident: str, pid: int, t: datetime, ctx: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}.log",
            t,
            label,
            lambda x: [f"{x:%b} {x.day:2d} {x:%H:%M:%S} {host} {ident}[{pid}]: [{ctx}] {msg}"],
            (host, pid),
            SEC,
        )

    def redis_fail(host: str, ident: str, pid: int, t: datetime, ctx: str) -> datetime:
        key = (host, pid)
        if key in redis_logged and (t - redis_logged[key]).total_seconds() < 300:
            return t
        redis_logged[key] = t
        return C(
            host,
            ident,
            pid,
            t,
            ctx,
            "Failure handling redis command on %s: %s",
            f"Failure handling redis command on redis://{CV_REDIS}/0: #<Redis::CannotConnectError: Error connecting to Redis on {CV_REDIS} (Errno::ECONNREFUSED)>",
        )

    def request(t: datetime) -> None:
        host = r.choice(list(app_pids))
        pid = r.choice(app_pids[host])
        t = max(t, busy.get((host, pid), t))
        rid = uuid4(r)
        sess = hexid(r, 32)
        ip = (
            f"10.{r.choice([40, 41, 44])}.{r.randint(1, 250)}.{r.randint(2, 250)}"
            if r.random() < 0.6
            else f"{r.choice([73, 98, 174, 24, 71])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        )
        course = r.choice([1187, 1190, 1204, 1231, 1232, 1260, 1288, 1302])
        kind = pick_w(
            r,
            [
                ("course", 14),
                ("assignments", 8),
                ("assignment", 8),
                ("submit", 5),
                ("planner", 12),
                ("unread", 10),
                ("courses_api", 6),
                ("login_ok", 5),
                ("login_bad", 2),
                ("anon", 3),
                ("modules", 6),
            ],
        )
        aid = r.randint(40100, 40990)
        if kind == "course":
            meth, path, ctrl, fmt, params, status, view = (
                "GET",
                f"/courses/{course}",
                "CoursesController#show",
                "HTML",
                {"id": str(course)},
                200,
                "layout",
            )
        elif kind == "assignments":
            meth, path, ctrl, fmt, params, status, view = (
                "GET",
                f"/courses/{course}/assignments",
                "AssignmentsController#index",
                "HTML",
                {"course_id": str(course)},
                200,
                "layout",
            )
        elif kind == "assignment":
            meth, path, ctrl, fmt, params, status, view = (
                "GET",
                f"/courses/{course}/assignments/{aid}",
                "AssignmentsController#show",
                "HTML",
                {"course_id": str(course), "id": str(aid)},
                200,
                "layout",
            )
        elif kind == "modules":
            meth, path, ctrl, fmt, params, status, view = (
                "GET",
                f"/courses/{course}/modules",
                "ContextModulesController#index",
                "HTML",
                {"course_id": str(course)},
                200,
                "layout",
            )
        elif kind == "submit":
            meth, path, ctrl, fmt, status, view = (
                "POST",
                f"/courses/{course}/assignments/{aid}/submissions",
                "SubmissionsController#create",
                "HTML",
                302,
                "redirect",
            )
            params = {
                "authenticity_token": "[FILTERED]",
                "submission": {
                    "submission_type": "online_upload",
                    "attachment_ids": str(r.randint(880000, 899999)),
                    "comment": "",
                },
                "course_id": str(course),
                "assignment_id": str(aid),
            }
        elif kind == "planner":
            meth, path, ctrl, fmt, status, view = (
                "GET",
                f"/api/v1/planner/items?start_date={t:%Y-%m-%d}T04%3A00%3A00.000Z&order=asc&per_page=14",
                "PlannerController#index",
                "JSON",
                200,
                "json",
            )
            params = {"start_date": f"{t:%Y-%m-%d}T04:00:00.000Z", "order": "asc", "per_page": "14"}
        elif kind == "unread":
            meth, path, ctrl, fmt, params, status, view = (
                "GET",
                "/api/v1/conversations/unread_count",
                "ConversationsController#unread_count",
                "JSON",
                {},
                200,
                "json",
            )
        elif kind == "courses_api":
            meth, path, ctrl, fmt, status, view = (
                "GET",
                "/api/v1/courses?include[]=term&per_page=50",
                "CoursesController#index",
                "JSON",
                200,
                "json",
            )
            params = {"include": ["term"], "per_page": "50"}
        elif kind == "login_ok":
            meth, path, ctrl, fmt, status, view = (
                "POST",
                "/login/canvas",
                "Login::CanvasController#create",
                "HTML",
                302,
                "redirect",
            )
            params = {
                "authenticity_token": "[FILTERED]",
                "redirect_to_ssl": "1",
                "pseudonym_session": {
                    "unique_id": f"{r.choice(['j', 'm', 'a', 's', 'k'])}{r.choice(['smith', 'lee', 'ortiz', 'wong', 'baker', 'reyes'])}{r.randint(1, 99)}",
                    "password": "[FILTERED]",
                    "remember_me": "0",
                },
            }
        elif kind == "login_bad":
            meth, path, ctrl, fmt, status, view = (
                "POST",
                "/login/canvas",
                "Login::CanvasController#create",
                "HTML",
                400,
                "layout_bare",
            )
            params = {
                "authenticity_token": "[FILTERED]",
                "redirect_to_ssl": "1",
                "pseudonym_session": {
                    "unique_id": f"{r.choice(['j', 'm', 'a', 's', 'k'])}{r.choice(['smith', 'lee', 'ortiz', 'wong', 'baker', 'reyes'])}{r.randint(1, 99)}",
                    "password": "[FILTERED]",
                    "remember_me": "0",
                },
            }
        else:
            meth, path, ctrl, fmt, params, status, view = (
                "GET",
                f"/courses/{course}",
                "CoursesController#show",
                "HTML",
                {"id": str(course)},
                302,
                "halt",
            )
        ctx = f"{sess if kind not in ('anon',) else '-'} {rid}"
        t = C(
            host,
            "canvas-lms",
            pid,
            t,
            "- -",
            'Started %s "%s" for %s at %s',
            f'Started {meth} "{path}" for {ip} at {t:%Y-%m-%d %H:%M:%S} +0000',
        )
        t = C(
            host,
            "canvas-lms",
            pid,
            t + sec(r.uniform(0.001, 0.01)),
            ctx,
            "Processing by %s#%s as %s",
            f"Processing by {ctrl} as {fmt}",
        )
        if params:
            t = C(
                host,
                "canvas-lms",
                pid,
                t + sec(0.001),
                ctx,
                "  Parameters: %s",
                f"  Parameters: {ruby_hash(params)}",
            )
        if in_any(t, [redis_down]):
            t = redis_fail(host, "canvas-lms", pid, t + sec(r.uniform(0.01, 0.05)), ctx)
        dur = r.uniform(25, 420) * (3.5 if in_any(t, [redis_down]) else 1.0)
        ar = dur * r.uniform(0.08, 0.4)
        alloc = r.randint(9000, 180000)
        if view == "redirect":
            target = (
                f"{CV_HOST}/courses/{course}/assignments/{aid}"
                if kind == "submit"
                else f"{CV_HOST}/?login_success=1"
            )
            t = C(
                host,
                "canvas-lms",
                pid,
                t + sec(dur / 1000),
                ctx,
                "Redirected to %s",
                f"Redirected to {target}",
            )
            t = C(
                host,
                "canvas-lms",
                pid,
                t + sec(0.001),
                ctx,
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                f"Completed 302 Found in {dur:.0f}ms (ActiveRecord: {ar:.1f}ms | Allocations: {alloc})",
            )
        elif view == "halt":
            t = C(
                host,
                "canvas-lms",
                pid,
                t + sec(0.004),
                ctx,
                "Redirected to %s",
                f"Redirected to {CV_HOST}/login",
            )
            t = C(
                host,
                "canvas-lms",
                pid,
                t + sec(0.001),
                ctx,
                "Filter chain halted as %s rendered or redirected",
                "Filter chain halted as :require_user rendered or redirected",
            )
            dur, ar = r.uniform(4, 18), r.uniform(0.5, 3)
            t = C(
                host,
                "canvas-lms",
                pid,
                t + sec(0.001),
                ctx,
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                f"Completed 302 Found in {dur:.0f}ms (ActiveRecord: {ar:.1f}ms | Allocations: {r.randint(1500, 4000)})",
            )
        else:
            views = dur * r.uniform(0.2, 0.6) if view != "json" else r.uniform(0.1, 2.5)
            if view in ("layout", "layout_bare"):
                lay = (
                    "layouts/application.html.erb" if view == "layout" else "layouts/bare.html.erb"
                )
                t = C(
                    host,
                    "canvas-lms",
                    pid,
                    t + sec(dur / 1000),
                    ctx,
                    "  Rendered layout %s (Duration: %.1fms | Allocations: %d)",
                    f"  Rendered layout {lay} (Duration: {views * 0.8:.1f}ms | Allocations: {alloc // 2})",
                )
            reason = {200: "OK", 400: "Bad Request"}[status]
            t = C(
                host,
                "canvas-lms",
                pid,
                t + sec(0.001 if view != "json" else dur / 1000),
                ctx,
                "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)",
                f"Completed {status} {reason} in {dur:.0f}ms (Views: {views:.1f}ms | ActiveRecord: {ar:.1f}ms | Allocations: {alloc})",
            )
        busy[(host, pid)] = t + sec(1)

    for t in rate(r, [(T0, at(7, 30), 95), (at(7, 30), at(11, 0), 50), (at(11, 0), T_END, 70)]):
        request(t)

    # ---- the jobs server: inst-jobs workers under the canvas-lms-daemon ident
    host, ident = "canvas-jobs1", "canvas-lms-daemon"
    workers = [7811, 7812, 7813, 7814]
    free = dict.fromkeys(workers, T0)
    restart = at(11, 0, 4)
    job_id = [48213377]

    def J(pid: int, t: datetime, ctx: str, label: str, msg: str) -> datetime:
        return C(host, ident, pid, t, ctx, label, msg)

    def job(
        t: datetime,
        name: str,
        prio: int,
        dur_ms: tuple[int, int],
        fail: tuple[str, str, str] | None = None,
    ) -> None:
        pid = min(free, key=lambda w: max(free[w], t))
        t = max(t, free[pid])
        job_id[0] += r.randint(1, 40)
        jid = job_id[0]
        ctx = f"{host}:{pid} {jid}"
        created = t - sec(r.uniform(0.5, 40))
        strand = (
            "null"
            if "Message" in name
            else f'"{name.split("#")[0].split(".")[0].lower()}:{r.randint(1000, 1400)}"'
        )
        detail = f'{{"priority":{prio},"attempts":0,"created_at":"{created:%Y-%m-%dT%H:%M:%SZ}","tag":"{name}","max_attempts":{1 if fail and "Timeout" in fail[0] else 5},"strand":{strand},"source":"canvas-app{r.randint(1, 2)}"}}'
        t = J(pid, t, ctx, "Processing %s %s", f"Processing {name} {detail}")
        dur = r.uniform(*dur_ms)
        if in_any(t, [redis_down]):
            t = redis_fail(host, ident, pid, t + sec(0.01), ctx)
        if fail:
            t = J(
                pid,
                t + sec(dur / 1000),
                ctx,
                fail[2],
                f"Failed with {fail[0]} [{fail[1]}] (1 attempts)",
            )
        else:
            t = J(
                pid, t + sec(dur / 1000), ctx, "Completed %s %sms", f"Completed {name} {dur:.0f}ms"
            )
        free[pid] = t + sec(r.uniform(0.2, 3))

    events: list[tuple[datetime, str, int, tuple[int, int], tuple[str, str, str] | None]] = []
    for name, prio, weight, dur_ms in CV_JOBS:
        for t in poisson(r, T0, T_END, 21600 / (weight * 7)):
            if restart <= t < restart + sec(40):
                continue
            fail = None
            if name == "Message#deliver" and in_any(t, [smtp_slow]) and r.random() < 0.7:
                fail = (
                    "Net::ReadTimeout",
                    "Net::ReadTimeout with #<TCPSocket:(closed)>",
                    "Failed with Net::ReadTimeout [Net::ReadTimeout with %s] (%s attempts)",
                )
                dur_ms = (30000, 30400)
            events.append((t, name, prio, dur_ms, fail))
            dur_ms = next(d for n, _, _, d in CV_JOBS if n == name)
    for t in [at(7, 12, 40), at(9, 48, 2), at(10, 6, 55)]:
        events.append(
            (
                t,
                "ContentMigration#import_content",
                40,
                (8000, 40000),
                (
                    "ActiveRecord::RecordInvalid",
                    "Validation failed: Title is too long (maximum is 255 characters)",
                    "Failed with ActiveRecord::RecordInvalid [Validation failed: Title is too long (maximum is %s characters)] (%s attempts)",
                ),
            )
        )
    for t in [at(6, 40, 3), at(8, 21, 44), at(9, 2, 10), at(11, 33, 1)]:
        events.append((t, "ContentMigration#import_content", 40, (20000, 90000), None))
    for t, name, prio, dur_ms, fail in sorted(events, key=lambda e: e[0]):
        if t >= restart and 7811 in free:
            for w in workers:
                J(
                    w,
                    max(restart, free[w]) + sec(r.uniform(0, 2)),
                    "- -",
                    "Stopping worker",
                    "Stopping worker",
                )
            workers = [8420, 8421, 8422, 8423]
            free = {w: restart + sec(35 + i * 0.4) for i, w in enumerate(workers)}
            for w in workers:
                J(w, free[w], "- -", "Starting worker", "Starting worker")
        job(t, name, prio, dur_ms, fail)
    return fs.logs(T0)


def ruby_hash(v: object) -> str:
    """Ruby 3.3's Hash#inspect of request parameters."""
    if isinstance(v, dict):
        return "{" + ", ".join(f'"{k}"=>{ruby_hash(x)}' for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(ruby_hash(x) for x in v) + "]"
    return f'"{v}"'


# ----------------------------------------------------------------------------------- ownCloud

OC_ROOT = "/var/www/owncloud"
OC_USERS = [
    "a.keller",
    "b.schmid",
    "c.mueller",
    "d.huber",
    "e.wagner",
    "f.brunner",
    "g.frei",
    "h.meier",
    "i.baumann",
    "j.fischer",
    "k.weber",
    "l.gerber",
    "m.steiner",
    "n.moser",
]
OC_BOTS = [
    "185.220.101.34",
    "45.95.147.229",
    "193.142.146.35",
    "92.118.39.61",
    "141.98.10.63",
    "103.145.13.169",
    "80.94.95.115",
    "179.43.180.106",
]
OC_GUESSES = [
    "admin",
    "administrator",
    "test",
    "user",
    "owncloud",
    "root",
    "backup",
    "info",
    "office",
    "demo",
    "nextcloud",
    "guest",
]
OC_DIRS = [
    "Documents",
    "Projects/2024",
    "Photos/Baustelle",
    "Shared/Offerten",
    "Scans",
    "Desktop",
    "Projects/Planung",
]
OC_FILES = [
    "Offerte_2024-118.pdf",
    "Protokoll_KW23.docx",
    "IMG_4471.JPG",
    "Plan_EG_rev3.dwg",
    "Budget_Q3.xlsx",
    "Scan_0607.pdf",
    "Praesentation.pptx",
    "Baustelle_Video.mp4",
]
OC_FILESIZE = "Expected filesize of %s bytes but read (from ownCloud client) and wrote (to ownCloud storage) %s bytes. Could either be a network problem on the sending side or a problem writing to the storage on the server side."


def oc_exc(cls: str, msg: str, file: str, line: int, frames: list[str], code: int = 0) -> str:
    """ownCloud 10's Log::logException: the exception as JSON (json_encode, no flags)."""
    trace = "\n".join(f"#{i} {f}" for i, f in enumerate([*frames, "{main}"]))
    return php_json(
        {"Exception": cls, "Message": msg, "Code": code, "Trace": trace, "File": file, "Line": line}
    )


def owncloud(r: random.Random) -> list[Log]:
    """Two ownCloud 10 web servers behind HAProxy, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    seq = [0]
    redis_down = (at(8, 20, 31), at(8, 21, 48))
    ldap_down = (at(9, 40, 10), at(9, 55, 2))

    def proc() -> int:
        seq[0] += 1
        return seq[0]

    def OCL(
        host: str,
        p: object,
        t: datetime,
        level: int,
        addr: str,
        user: str,
        app: str,
        method: str,
        url: str,
        label: str,
        msg: str,
    ) -> datetime:
        req = alnum_s(r, 20)

        def text(x: datetime) -> list[str]:
            entry = {
                "reqId": req,
                "level": level,
                "time": f"{x:%Y-%m-%dT%H:%M:%S}+00:00",
                "remoteAddr": addr,
                "user": user,
                "app": app,
                "method": method,
                "url": url,
                "message": msg,
            }
            return [php_json(entry)]

        return fs.add(f"oc-{host}-owncloud.log", t, label, text, p, SEC)

    def host() -> str:
        return r.choice(["web1", "web2"])

    def office_ip() -> str:
        return r.choice(["212.101.22.", "178.197.224.", "83.150.2."]) + str(r.randint(2, 250))

    # the botnet guessing WebDAV and login-form passwords
    for t in rate(r, [(at(6, 41, 7), at(8, 12, 30), 9), (at(10, 30), at(11, 15), 14)]):
        meth, url = r.choice(
            [
                ("PROPFIND", "/remote.php/webdav/"),
                ("PROPFIND", "/remote.php/dav/files/" + r.choice(OC_GUESSES) + "/"),
                ("POST", "/login"),
            ]
        )
        who = r.choice(OC_GUESSES + OC_USERS[:4])
        ip = r.choice(OC_BOTS)
        OCL(
            host(),
            proc(),
            t,
            2,
            ip,
            "--",
            "core",
            meth,
            url,
            "Login failed: '%s' (Remote IP: '%s')",
            f"Login failed: '{who}' (Remote IP: '{ip}')",
        )
    # a desktop client still holding the password changed this morning
    ip = office_ip()
    t = at(7, 2, 14)
    while t < at(9, 16, 40):
        OCL(
            host(),
            proc(),
            t,
            2,
            ip,
            "--",
            "core",
            "PROPFIND",
            "/remote.php/dav/files/f.brunner/",
            "Login failed: '%s' (Remote IP: '%s')",
            f"Login failed: 'f.brunner' (Remote IP: '{ip}')",
        )
        t += sec(r.choice([30, 30, 31, 60]) + r.uniform(0, 1))
    for t in poisson(r, T0, T_END, 700):
        who = r.choice(OC_USERS)
        a = office_ip()
        OCL(
            host(),
            proc(),
            t,
            2,
            a,
            "--",
            "core",
            "POST",
            "/login",
            "Login failed: '%s' (Remote IP: '%s')",
            f"Login failed: '{who}' (Remote IP: '{a}')",
        )
    # interrupted uploads from the site office's flaky link
    for t in rate(r, [(T0, T_END, 260), (at(10, 0), at(10, 45), 45)]):
        who = r.choice(OC_USERS[:9])
        size = r.choice([10485760, 10485760, 10485760, 5242880, 2097152])
        got = r.randint(size // 20, size - 4096)
        if r.random() < 0.6:
            url = f"/remote.php/dav/uploads/{who}/{hexid(r, 8)}-{r.randint(100000, 999999)}/{r.randint(0, 40):05d}"
        else:
            url = f"/remote.php/dav/files/{who}/{r.choice(OC_DIRS)}/{r.choice(OC_FILES)}"
        file = f"{OC_ROOT}/apps/dav/lib/Connector/Sabre/File.php"
        frames = [
            f"{OC_ROOT}/apps/dav/lib/Connector/Sabre/Directory.php(158): OCA\\DAV\\Connector\\Sabre\\File->put(Resource id #{r.randint(40, 90)})",
            f"{OC_ROOT}/lib/composer/sabre/dav/lib/DAV/Server.php(1098): OCA\\DAV\\Connector\\Sabre\\Directory->createFile('{url.rsplit('/', 1)[-1]}', Resource id #{r.randint(40, 90)})",
            f"{OC_ROOT}/lib/composer/sabre/dav/lib/DAV/CorePlugin.php(504): Sabre\\DAV\\Server->createFile('{url[1:]}', Resource id #{r.randint(40, 90)}, NULL)",
            f"{OC_ROOT}/lib/composer/sabre/event/lib/WildcardEmitterTrait.php(89): Sabre\\DAV\\CorePlugin->httpPut(Object(Sabre\\HTTP\\Request), Object(Sabre\\HTTP\\Response))",
            f"{OC_ROOT}/lib/composer/sabre/dav/lib/DAV/Server.php(472): Sabre\\DAV\\Server->emit('method:PUT', Array)",
            f"{OC_ROOT}/apps/dav/appinfo/v2/remote.php(33): Sabre\\DAV\\Server->exec()",
            f"{OC_ROOT}/remote.php(165): require_once('/var/www/ownclo...')",
        ]
        msg = OC_FILESIZE % (size, got)
        OCL(
            host(),
            proc(),
            t,
            4,
            office_ip(),
            who,
            "webdav",
            "PUT",
            url,
            'Exception: {"Exception":"%s","Message":"'
            + OC_FILESIZE
            + '","Code":%s,"Trace":"%s","File":"%s","Line":%s}',
            "Exception: " + oc_exc("Sabre\\DAV\\Exception\\BadRequest", msg, file, 219, frames),
        )
    # a user syncing a video folder past his quota
    t = at(9, 2, 40)
    for _ in range(16):
        need = r.choice([734003200, 612368384, 801112064])
        path = f"/b.schmid/files/Projects/2024/Drohne/DJI_0{r.randint(100, 199)}.MP4"
        file = f"{OC_ROOT}/apps/dav/lib/Connector/Sabre/QuotaPlugin.php"
        frames = [
            f"{file}(131): OCA\\DAV\\Connector\\Sabre\\QuotaPlugin->checkQuota('/Projects/2024/...', '{need}')",
            f"{OC_ROOT}/lib/composer/sabre/event/lib/WildcardEmitterTrait.php(89): OCA\\DAV\\Connector\\Sabre\\QuotaPlugin->beforeCreateFile('files/b.schmid/...', Resource id #52, Object(OCA\\DAV\\Connector\\Sabre\\Directory), false)",
            f"{OC_ROOT}/lib/composer/sabre/dav/lib/DAV/Server.php(1094): Sabre\\DAV\\Server->emit('beforeCreateFil...', Array)",
            f"{OC_ROOT}/apps/dav/appinfo/v2/remote.php(33): Sabre\\DAV\\Server->exec()",
            f"{OC_ROOT}/remote.php(165): require_once('/var/www/ownclo...')",
        ]
        msg = f"Insufficient space in {path}, {need} required, {r.randint(40, 60) * 1048576} available"
        OCL(
            host(),
            proc(),
            t,
            4,
            "83.150.2.77",
            "b.schmid",
            "webdav",
            "PUT",
            "/remote.php/dav/files" + path.replace("/files", "", 1),
            'Exception: {"Exception":"%s","Message":"Insufficient space in %s, %s required, %s available","Code":%s,"Trace":"%s","File":"%s","Line":%s}',
            "Exception: "
            + oc_exc("Sabre\\DAV\\Exception\\InsufficientStorage", msg, file, 187, frames),
        )
        t += sec(r.uniform(60, 140))
    # the third-party sharing_helper app's notices on every file listing, and two others
    helper = f"{OC_ROOT}/apps-external/sharing_helper/lib/Hooks.php"
    for t in rate(r, [(at(7, 0), at(12, 0), 55), (T0, at(7, 0), 150)]):
        h, p, who = host(), proc(), r.choice(OC_USERS)
        url = f"/index.php/apps/files/ajax/list.php?dir=%2F{r.choice(OC_DIRS).replace('/', '%2F')}&sort=name&sortdirection=asc"
        a = office_ip()
        t = OCL(
            h,
            p,
            t,
            3,
            a,
            who,
            "PHP",
            "GET",
            url,
            "Undefined index: %s at %s#%s",
            f"Undefined index: share_type at {helper}#88",
        )
        if r.random() < 0.3:
            OCL(
                h,
                p,
                t + sec(0.2),
                3,
                a,
                who,
                "PHP",
                "GET",
                url,
                "Trying to access array offset on value of type null at %s#%s",
                f"Trying to access array offset on value of type null at {helper}#102",
            )
    for t in poisson(r, at(6, 30), T_END, 900):
        who = r.choice(OC_USERS)
        OCL(
            host(),
            proc(),
            t,
            3,
            office_ip(),
            who,
            "PHP",
            "POST",
            "/index.php/apps/calendar_import/import",
            "Undefined offset: %s at %s#%s",
            f"Undefined offset: {r.choice([1, 1, 2])} at {OC_ROOT}/apps-external/calendar_import/lib/Parser.php#56",
        )
        OCL(
            host(),
            proc(),
            t + sec(0.5),
            3,
            office_ip(),
            who,
            "PHP",
            "POST",
            "/index.php/apps/calendar_import/import",
            "Array and string offset access syntax with curly braces is deprecated at %s#%s",
            f"Array and string offset access syntax with curly braces is deprecated at {OC_ROOT}/apps-external/calendar_import/lib/Vendor/IcsReader.php#214",
        )
    for t in poisson(r, T0, T_END, 1200):
        h, p, a, who = host(), proc(), office_ip(), r.choice(OC_USERS)
        t = OCL(
            h,
            p,
            t,
            3,
            a,
            who,
            "PHP",
            "GET",
            "/index.php/apps/gallery/config",
            "count(): Parameter must be an array or an object that implements Countable at %s#%s",
            f"count(): Parameter must be an array or an object that implements Countable at {OC_ROOT}/apps-external/gallery/lib/Service/ConfigService.php#128",
        )
        OCL(
            h,
            p,
            t + sec(0.1),
            3,
            a,
            who,
            "PHP",
            "GET",
            "/index.php/apps/gallery/config",
            "Invalid argument supplied for foreach() at %s#%s",
            f"Invalid argument supplied for foreach() at {OC_ROOT}/apps-external/gallery/lib/Service/ConfigService.php#141",
        )
    # Redis (file locking and the distributed cache) restarted
    for t in poisson(r, *redis_down, 1.6):
        who = r.choice(OC_USERS)
        if r.random() < 0.65:
            url = f"/remote.php/dav/files/{who}/"
            frames = [
                f"{OC_ROOT}/lib/private/Lock/MemcacheLockingProvider.php(56): OC\\Memcache\\Redis->add('files/{hexid(r, 32)}', 1, 3600)",
                f"{OC_ROOT}/lib/private/Files/Storage/Common.php(707): OC\\Lock\\MemcacheLockingProvider->acquireLock('files/{hexid(r, 32)}', 1)",
                f"{OC_ROOT}/lib/private/Files/View.php(1997): OC\\Files\\Storage\\Common->acquireLock('files', 1, Object(OC\\Lock\\MemcacheLockingProvider))",
                f"{OC_ROOT}/remote.php(165): handleException(Object(RedisException))",
            ]
            OCL(
                host(),
                proc(),
                t,
                4,
                office_ip(),
                who,
                "webdav",
                "PROPFIND",
                url,
                'Exception: {"Exception":"%s","Message":"RedisException: Connection refused","Code":%s,"Trace":"%s","File":"%s","Line":%s}',
                "Exception: "
                + oc_exc(
                    "Sabre\\DAV\\Exception\\ServiceUnavailable",
                    "RedisException: Connection refused",
                    f"{OC_ROOT}/remote.php",
                    72,
                    frames,
                ),
            )
        else:
            frames = [
                f"{OC_ROOT}/lib/private/Memcache/Redis.php(55): Redis->get('{hexid(r, 7)}/AutoloaderOC...')",
                f"{OC_ROOT}/lib/autoloader.php(158): OC\\Memcache\\Redis->get('OCA\\\\Files\\\\App')",
                f"{OC_ROOT}/lib/base.php(1034): OC\\Autoloader->load('OCA\\\\Files\\\\App')",
                f"{OC_ROOT}/index.php(54): OC::handleRequest()",
            ]
            OCL(
                host(),
                proc(),
                t,
                3,
                office_ip(),
                who,
                "index",
                "GET",
                "/index.php/apps/files/",
                'Exception: {"Exception":"%s","Message":"Connection refused","Code":%s,"Trace":"%s","File":"%s","Line":%s}',
                "Exception: "
                + oc_exc(
                    "RedisException",
                    "Connection refused",
                    f"{OC_ROOT}/lib/private/Memcache/Redis.php",
                    55,
                    frames,
                ),
            )
    # the LDAP server's failover: binds fail, logins of LDAP users fail
    for t in poisson(r, *ldap_down, 7):
        h, p, a = host(), proc(), office_ip()
        who = r.choice(OC_USERS)
        meth, url = r.choice(
            [
                ("PROPFIND", f"/remote.php/dav/files/{who}/"),
                ("POST", "/login"),
                ("REPORT", f"/remote.php/dav/files/{who}/"),
            ]
        )
        t = OCL(
            h,
            p,
            t,
            2,
            a,
            "--",
            "user_ldap",
            meth,
            url,
            "Bind failed: %s: %s",
            "Bind failed: -1: Can't contact LDAP server",
        )
        if r.random() < 0.45:
            frames = [
                f"{OC_ROOT}/apps/user_ldap/lib/Access.php(1024): OCA\\User_LDAP\\LDAP->search(Resource id #23, 'ou=users,dc=bau...', '(&(&(|(objectcl...', Array, 0, 1)",
                f"{OC_ROOT}/apps/user_ldap/lib/Access.php(1139): OCA\\User_LDAP\\Access->executeSearch('(&(&(|(objectcl...', 'ou=users,dc=bau...', Array, 1, NULL)",
                f"{OC_ROOT}/apps/user_ldap/lib/User_Proxy.php(171): OCA\\User_LDAP\\Access->searchUsers('(&(&(|(objectcl...', Array)",
                f"{OC_ROOT}/lib/private/User/Session.php(339): OCA\\User_LDAP\\User_Proxy->checkPassword('{who}', '*** sensitive parameters replaced ***')",
            ]
            OCL(
                h,
                p,
                t + sec(0.4),
                3,
                a,
                "--",
                "user_ldap",
                meth,
                url,
                'Exception: {"Exception":"%s","Message":"Lost connection to LDAP server.","Code":%s,"Trace":"%s","File":"%s","Line":%s}',
                "Exception: "
                + oc_exc(
                    "OC\\ServerNotAvailableException",
                    "Lost connection to LDAP server.",
                    f"{OC_ROOT}/apps/user_ldap/lib/LDAP.php",
                    316,
                    frames,
                ),
            )
    # cron.php (system cron on web1 every 5 minutes): two failing jobs
    for t in poisson(r, T0, T_END, 3600):
        frames = [
            f"{OC_ROOT}/lib/composer/guzzlehttp/guzzle/src/Handler/CurlFactory.php(158): GuzzleHttp\\Handler\\CurlFactory::createRejection(Object(GuzzleHttp\\Handler\\EasyHandle), Array)",
            f"{OC_ROOT}/lib/composer/guzzlehttp/guzzle/src/Handler/CurlFactory.php(110): GuzzleHttp\\Handler\\CurlFactory::finishError(Object(GuzzleHttp\\Handler\\CurlHandler), Object(GuzzleHttp\\Handler\\EasyHandle), Object(GuzzleHttp\\Handler\\CurlFactory))",
            f"{OC_ROOT}/apps/market/lib/MarketService.php(392): OC\\Http\\Client\\Client->get('https://marketp...', Array)",
            f"{OC_ROOT}/apps/market/lib/CheckUpdateBackgroundJob.php(58): OCA\\Market\\MarketService->getUpdates()",
            f"{OC_ROOT}/lib/private/BackgroundJob/Job.php(61): OCA\\Market\\CheckUpdateBackgroundJob->run(NULL)",
            f"{OC_ROOT}/cron.php(151): OC\\BackgroundJob\\Job->execute(Object(OC\\BackgroundJob\\JobList), Object(OC\\Log))",
        ]
        curl = f"cURL error 28: Connection timed out after {10000 + r.randint(1, 9)} milliseconds (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://marketplace.owncloud.com/api/v1/platform/10.14.0/apps.json"
        OCL(
            "web1",
            proc(),
            at(t.hour, t.minute // 5 * 5, r.uniform(1, 9)),
            3,
            "",
            "--",
            "core",
            "--",
            "--",
            'Error while running background job (class: %s, arguments: %s): {"Exception":"%s","Message":"cURL error %s: Connection timed out after %s milliseconds (see %s) for %s","Code":%s,"Trace":"%s","File":"%s","Line":%s}',
            "Error while running background job (class: OCA\\Market\\CheckUpdateBackgroundJob, arguments: ): "
            + oc_exc(
                "GuzzleHttp\\Exception\\ConnectException",
                curl,
                f"{OC_ROOT}/lib/composer/guzzlehttp/guzzle/src/Handler/CurlFactory.php",
                210,
                frames,
            ),
        )
    for t in [
        at(h, m, r.uniform(1, 9))
        for h, m in [
            (6, 5),
            (6, 50),
            (7, 35),
            (8, 20),
            (8, 25),
            (9, 10),
            (10, 5),
            (10, 55),
            (11, 40),
        ]
    ]:
        who = r.choice(OC_USERS)
        lock = f"files/{hexid(r, 32)}"
        frames = [
            f"{OC_ROOT}/lib/private/Files/Storage/Common.php(707): OC\\Lock\\MemcacheLockingProvider->acquireLock('{lock}', 2)",
            f"{OC_ROOT}/lib/private/Files/View.php(1997): OC\\Files\\Storage\\Common->acquireLock('files_trashbin/...', 2, Object(OC\\Lock\\MemcacheLockingProvider))",
            f"{OC_ROOT}/apps/files_trashbin/lib/Trashbin.php(952): OC\\Files\\View->unlink('/files_trashbin/...')",
            f"{OC_ROOT}/apps/files_trashbin/lib/BackgroundJob/ExpireTrash.php(95): OCA\\Files_Trashbin\\Trashbin::expire('{who}')",
            f"{OC_ROOT}/lib/private/BackgroundJob/Job.php(61): OCA\\Files_Trashbin\\BackgroundJob\\ExpireTrash->run(NULL)",
            f"{OC_ROOT}/cron.php(151): OC\\BackgroundJob\\Job->execute(Object(OC\\BackgroundJob\\JobList), Object(OC\\Log))",
        ]
        OCL(
            "web1",
            proc(),
            t,
            3,
            "",
            "--",
            "core",
            "--",
            "--",
            'Error while running background job (class: %s, arguments: %s): {"Exception":"%s","Message":"\\"%s\\" is locked","Code":%s,"Trace":"%s","File":"%s","Line":%s}',
            "Error while running background job (class: OCA\\Files_Trashbin\\BackgroundJob\\ExpireTrash, arguments: ): "
            + oc_exc(
                "OCP\\Lock\\LockedException",
                f'"{lock}" is locked',
                f"{OC_ROOT}/lib/private/Lock/MemcacheLockingProvider.php",
                80,
                frames,
            ),
        )
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "shopware": shopware,
    "woocommerce": woocommerce,
    "open-edx": open_edx,
    "canvas-lms": canvas_lms,
    "owncloud": owncloud,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
