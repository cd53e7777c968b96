#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 131 (openlitespeed, h2o, unicorn, resque, dramatiq) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Two web servers, a Ruby application server and two
job workers (Ruby's and Python's), 06:00 to 12:00 on 2024-06-06; none was in the set.

- OpenLiteSpeed 1.7.19 (`web01-error.log`, `web02-error.log`: /usr/local/lsws/logs/error.log
  of two WordPress hosts behind a load balancer, `2024-06-06 06:00:01.123456 [NOTICE] [1034]
  [203.0.113.7:51234:HTTP2-5#shop] [STDERR] PHP Warning:  ...`, three virtual hosts: `shop`
  (WooCommerce), `blog`, `docs` (static) and the default `Example` that scanners reach by
  address): scanners' `File not found [%s]`, PHP's own messages forwarded from lsphp's stderr
  (`[STDERR] PHP Warning:  Undefined array key "%s" in %s on line %d`, `Creation of dynamic
  property %s::$%s is deprecated`), the database restarted 07:40-07:52 (`mysqli_real_connect():
  (HY000/2002): Connection refused`), a sale's traffic 08:30-08:45 stalling the shop's lsphp
  (`No request delivery notification has been received from LSAPI application, possible dead
  lock.`, `ExtConn timed out while processing.`, `[%s] Connection error: %s, adjust maximum
  connections to %d!`, `Available connections are dropped below half of configured value:%d,
  start another group of external application!`, `[LocalWorker::workerExec] Config[%s]: ...`,
  `[%s] add child process pid: %d`, `sendKillCmdToWatchdog: '%s'.` and the main process's `Cmd
  from child: [%s]`, `Increase effective max connections to %d.`, PHP's memory limit), a
  graceful restart at 10:05 for a new virtual host (`Server Restart Request via Signal...`, the
  new instance's `[PlainConf]` lines, `Loading %s ...`, `Using [%s]`, `Instance is ready for
  service. ...`, `[AutoRestarter] new child process with pid=%d is forked!`, the children's
  `Successfully change current user to %s` and `Core dump is enabled.`, the old instance's
  `cleanup children processes ...`, `child process with pid=%d exited with status=%d!` and
  `[PID:%d] Server Stopped!`), and web02's Redis object cache down 11:10-11:18 (PHP's `Uncaught
  RedisException: Connection refused` with its stack trace on the lines after it).
- H2O 2.3.0-beta2 (`edge1-access.log`, `edge1-error.log`, `edge2-access.log`,
  `edge2-error.log`: two TLS edges in front of a shop's API, run by `h2o -m master` under
  systemd, the access log in the default combined format, the error log as H2O writes it: no
  time, no level): the load balancer's `GET /healthz` every minute, the API's routes and static
  assets, scanners, 502s while the backends are down 09:12-09:20 (`[lib/core/proxy.c] in
  request:%s:connection refused`, the path cut to 29 bytes and `...`) and slow 10:30-10:40
  (`I/O timeout`); OCSP stapling every four hours and on a reload (`fetch-ocsp-response (using
  %s)`, `sending OCSP request to %s`, openssl's `%s: good` with its `This Update` / `Next
  Update` lines, `verifying the response signature`, `verify OK (used: %s)`, `[OCSP Stapling]
  successfully updated the response for certificate file:%s`, once `reusing old response due to
  a temporary error ...`); a certificate renewal reloading both at 08:02 (start_server's
  `received HUP, spawning a new worker`, `starting new worker %d`, `new worker is now running,
  sending TERM to old workers:%s`, `killing old workers`, `old worker %d died, status:%d`; the
  worker's `[INFO] raised RLIMIT_NOFILE to %d` and `h2o server (pid:%d) is ready to serve
  requests with %zu threads`).
- Unicorn 6.1.0 (`app1-unicorn.stderr.log.1`, `app1-unicorn.stderr.log`, ... `app4-...`: a
  Rails shop's four application servers, eight workers each, Ruby's Logger with its default
  formatter, `I, [2024-06-06T06:00:01.123456 #23112]  INFO -- : worker=3 ready`, the file
  rotated by logrotate at 06:25 with a USR1): unicorn-worker-killer recycling workers all
  morning (`%s: worker (pid: %d) exceeds max number of requests (limit: %d)`, `... exceeds memory
  limit (%d bytes > %d bytes)`, `Unicorn::WorkerKiller send SIG%s (pid: %d) alive: %d sec (trial
  %d)`, the master's `reaped #<Process::Status: pid %d exit %d> worker=%d`, `worker=%d ready`);
  the log reopened (`master reopening logs...`, `master done reopening logs`, `worker=%d
  reopening logs...`, `worker=%d done reopening logs`, on both sides of the rotation); a
  middleware's `app error: %s (%s)` with its backtrace logged line by line; a payment provider
  hanging 08:10-08:24 (`worker=%d PID:%d timeout (%ds > %ds), killing`, `reaped
  #<Process::Status: pid %d SIGKILL (signal 9)> worker=%d`); deploys by USR2 at 09:30, 10:45 and
  10:52 (`executing %s (in %s)`, `inherited addr=%s fd=%d`, `Refreshing Gem list`, `master
  process ready`, the old master's workers reaped and `master complete`); the 10:45 release
  missing a secret, its new master dying with Ruby's `... key not found: "%s" (KeyError)` and
  its `from` lines, the old master's `reaped #<Process::Status: pid %d exit 1> exec()-ed`.
- Resque 2.6 (`jobs1-resque.log`, `jobs2-resque.log`: two job hosts, three `rake resque:work`
  processes each, systemd appending stdout and stderr to one file, the app's initializer
  setting Resque's VeryVerboseFormatter at INFO: `** [06:00:04 2024-06-06] 23011: got: (Job{images}
  | ResizeImage | [912334, "uploads/912334.jpg"])`): each job's `got: %s` from the worker and
  `Running after_fork hooks with [%s]` and `done: %s` from its forked child; failures `%s
  failed: %s` with five exceptions' inspects (a partner API timing out 07:10-07:50, the mail
  relay refusing 08:05-08:20, declined cards, missing uploads, a deleted invoice); the image
  workers paused 08:10-08:22 (`USR2 received; pausing job processing`, `CONT received; resuming
  job processing`); Redis failing over 09:30-09:31 (`Error reserving job: %s` with its backtrace,
  `Failed to start worker : %s`, rake's `rake aborted!` report, systemd restarting the workers
  every 10 s: `Starting worker main`, `Running before_first_fork hooks`); a deploy at 10:30
  (`Exiting...`).
- Dramatiq 1.16 (`jobs1-dramatiq.log`, `jobs2-dramatiq.log`: `dramatiq app.tasks -p 2 -t 4
  --log-file ...` on two hosts with the Redis broker, its LOGFORMAT `[%(asctime)s] [PID
  %(process)d] [%(threadName)s] [%(name)s] [%(levelname)s] %(message)s`): the app's own lines
  (`Sent order confirmation for order %s to %s`, `Generated %d thumbnails for image %s in
  %.2fs`, `Synced %d SKUs from warehouse %s (%d changed)`, `Delivered webhook %s to %s in
  %dms`); a partner's webhook endpoint answering 503 07:15-07:35 (`Webhook %s delivery to %s
  failed: HTTP %d`, `Failed to process message %s with unhandled exception.` with the
  traceback, `Retrying message %r in %d milliseconds.`, `Retries exceeded for message %r.`);
  Redis failing over at 08:50 (`Consumer encountered a connection error: %s`, `Restarting
  consumer in %0.2f seconds.`, the three-line `Failed to post_process_message(%s) due to a
  connection error: %s ...`); a worker process killed by the kernel at 09:40 (`Worker with PID
  %r exited unexpectedly (code %r). Shutting down...`) and restarted; a huge TIFF exceeding the
  thumbnail actor's time limit (`Time limit exceeded. Raising exception in worker thread %r.`);
  a deploy at 11:00 (`Sending signal %r to subprocesses...`, `Stopping worker process...`,
  `Shutting down...`, `Worker has been shut down.`, `Stopping fork process...`, `Dramatiq %r is
  booting up.`, `Worker process is ready for action.`, `Fork process %r is ready for action.`).

Label notes. The log heads are context: OpenLiteSpeed's time, level, pid and the session's
`[ip:port[-n|:HTTP2-n]#vhost[:lsapi]]`; the access line's client, time, sizes, referrer and
agent; Ruby's Logger head; Resque's `** [time] pid: `; Dramatiq's time, pid, thread, logger
name and level. OpenLiteSpeed's `[STDERR] ` is the call site's literal and PHP's message after
it contributes its own format (`PHP Warning:  Undefined array key "%s" in %s on line %d`);
`Loading %s ...` holds the server's version string, a value. H2O's `[%s] in request:%s:` is
the prefix h2o_req_log_error puts before every request error (the module and the path, cut at
29 bytes): context; the error string after it is the label. An access line is labelled as the
set's access-log systems are: method, route (ids and content hashes variables, the query string
a value) and status. fetch-ocsp-response's and openssl's lines are each a call of their own;
openssl's `%s: good` and its two indented update lines are one event. Unicorn's backtrace lines
(one `logger.error` each after `app error: %s (%s)`) and Resque's backtrace call after `Error
reserving job: %s` belong to their exception's event (as Sidekiq's backtrace does) and have no
label; Ruby's uncaught-exception report and rake's `rake aborted!` report are events whose
later lines continue them. A Ruby inspect is a value with its format: `#<Process::Status: pid
%d exit %d>` and `#<Process::Status: pid %d %s (signal %d)>` are two formats, an exception's
`#<Class: message>` contributes the message's format (five labels for Resque's failures),
`(Job{%s} | %s | %s)` is one; `Unicorn::WorkerKiller` before `send SIG` is the module's own
name (wording), the `#<Unicorn::HttpServer:0x...>` before the killer's two checks a value.
Dramatiq's message repr (`actor(args)`) and ids are values; its tracebacks continue their
event; the three lines of `Failed to post_process_message` are one message.

Least sure (written from the helper's knowledge; OpenLiteSpeed's lshttpdmain.cpp,
extworker.cpp, extconn.cpp and lsapiconn.cpp, H2O's main.c OCSP updater, Unicorn's
http_server.rb, Resque's worker.rb and job.rb and Dramatiq's cli.py, worker.py, retries.py and
time_limit.py were checked against copies of their sources, OpenLiteSpeed's layout and its
deadlock, watchdog and workerExec lines against real logs quoted in issues): OpenLiteSpeed's
`File not found [%s]` (level and whether it carries the session), `Instance is ready for service.
m_fdCmd %d, m_fdAdmin %d.`, the `[PlainConf]` tags and the `Loading` version string; H2O
2.3's `... with %zu threads`, the proxy's error strings, fetch-ocsp-response's lines and what it
prints when the responder is away (nothing is written here), start_server's sequence;
unicorn-worker-killer's two messages (from memory), UNIXServer's inspect inside `executing`;
whether Resque 2.6's rake task still logs `Starting worker main` and systemd's restart cadence;
Dramatiq's consumer thread names and the prometheus fork's path.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-06 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 6, h, m, tzinfo=UTC) + timedelta(seconds=s)


def poisson(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    """Instants between t0 and t1, `mean` seconds apart on average."""
    out, t = [], t0
    while True:
        t += timedelta(seconds=r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


T0, T1 = at(6, 0), at(12, 0)

CLIENT_NETS = ["203.0.113", "198.51.100", "192.0.2", "100.64.12", "100.64.37"]


def client_ip(r: random.Random) -> str:
    return f"{r.choice(CLIENT_NETS)}.{r.randint(2, 254)}"


# ------------------------------------------------------------------------------ openlitespeed

OLS_VERSION = "LiteSpeed/1.7.19 Open BUILD (built: Tue Feb  6 19:21:42 UTC 2024)"
OLS_SHOP = "/var/www/shop/public_html"
OLS_BLOG = "/var/www/blog/public_html"
OLS_PROBES = [
    "/usr/local/lsws/Example/html/.env",
    "/usr/local/lsws/Example/html/.git/config",
    "/usr/local/lsws/Example/html/wp-login.php",
    "/usr/local/lsws/Example/html/xmlrpc.php",
    "/usr/local/lsws/Example/html/phpmyadmin/index.php",
    "/usr/local/lsws/Example/html/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
    "/usr/local/lsws/Example/html/admin/config.php",
    "/usr/local/lsws/Example/html/cgi-bin/luci/;stok=/locale",
    "/usr/local/lsws/Example/html/actuator/health",
    "/usr/local/lsws/Example/html/boaform/admin/formLogin",
    "/usr/local/lsws/Example/html/.aws/credentials",
    "/usr/local/lsws/Example/html/server-status",
]
OLS_DOCS_MISSING = [
    "/var/www/docs/html/apple-touch-icon.png",
    "/var/www/docs/html/apple-touch-icon-precomposed.png",
    "/var/www/docs/html/favicon.ico",
    "/var/www/docs/html/v2/images/checkout-flow.png",
    "/var/www/docs/html/v1/api/orders.html",
    "/var/www/docs/html/assets/js/search-index.json",
    "/var/www/docs/html/robots.txt",
]
OLS_KEYS = [
    (
        f"{OLS_SHOP}/wp-content/plugins/woo-invoice-pdf/includes/class-wcpdf-main.php",
        412,
        "billing_vat",
    ),
    (f"{OLS_SHOP}/wp-content/themes/storefront-child/functions.php", 88, "HTTP_REFERER"),
    (f"{OLS_SHOP}/wp-content/plugins/shipping-zones-pro/src/Rates.php", 231, "postcode"),
    (f"{OLS_BLOG}/wp-content/themes/magazine-pro/inc/related-posts.php", 57, "orderby"),
    (
        f"{OLS_SHOP}/wp-content/plugins/woo-invoice-pdf/includes/class-wcpdf-main.php",
        415,
        "billing_company",
    ),
]
OLS_DYN = [
    (
        "WC_Gateway_Legacy_Stripe",
        "supports_recurring",
        f"{OLS_SHOP}/wp-content/plugins/woo-stripe-legacy/includes/class-gateway.php",
        88,
    ),
    (
        "Shipping_Zones_Pro_Rate",
        "zone_cache",
        f"{OLS_SHOP}/wp-content/plugins/shipping-zones-pro/src/Rate.php",
        41,
    ),
    (
        "Magazine_Pro_Widget_Featured",
        "instance_id",
        f"{OLS_BLOG}/wp-content/themes/magazine-pro/inc/widgets/featured.php",
        63,
    ),
]


def openlitespeed(r: random.Random) -> list[Log]:
    """Two OpenLiteSpeed hosts (web01, web02) serving three virtual hosts, 06:00 to 12:00: the
    database restarted 07:40-07:52, a sale 08:30-08:45 stalling the shop's lsphp, a graceful
    restart at 10:05 (web01) and 10:06 (web02), web02's Redis object cache down 11:10-11:18."""
    fs = Files()
    # main pid, two httpd worker pids, lsphp detached pids per vhost
    state = {
        "web01": {
            "main": 1021,
            "kids": [1034, 1035],
            "lsphp": {"shop": 2214, "blog": 2260},
            "uid": {"shop": 1001, "blog": 1002},
        },
        "web02": {
            "main": 1017,
            "kids": [1029, 1030],
            "lsphp": {"shop": 2198, "blog": 2241},
            "uid": {"shop": 1001, "blog": 1002},
        },
    }

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}"

    def L(h: str, t: datetime, pid: int, level: str, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{h}-error.log",
            t,
            label,
            lambda x: [f"{ts(x)} [{level}] [{pid}] {lines[0]}", *lines[1:]],
            (h, pid),
            1,
        )

    def sess(vhost: str, lsapi: bool = False) -> str:
        ip = client_ip(r)
        port = r.randint(1025, 65535)
        k = r.random()
        if k < 0.55:
            sid = f"{ip}:{port}:HTTP2-{r.choice([1, 1, 3, 5, 7, 9, 11, 13, 15, 17, 21, 29])}"
        elif k < 0.8:
            sid = f"{ip}:{port}"
        else:
            sid = f"{ip}:{port}-{r.randint(2, 9)}"
        return f"[{sid}#{vhost}{':lsapi' if lsapi else ''}]"

    restart = {"web01": at(10, 5, 12.4), "web02": at(10, 6, 40.9)}
    for s in state.values():
        s["main2"] = s["main"] + r.randint(20000, 60000)
        s["kids2"] = [s["main2"] + 13, s["main2"] + 14]

    def kid(h: str, t: datetime) -> int:
        return r.choice(state[h]["kids"] if t < restart[h] else state[h]["kids2"])

    def stderr(h: str, t: datetime, vhost: str, label: str, msg: list[str]) -> datetime:
        return L(h, t, kid(h, t), "NOTICE", label, [f"{sess(vhost)} [STDERR] {msg[0]}", *msg[1:]])

    db_down = (at(7, 40, 10), at(7, 51, 40))
    surge = (at(8, 30), at(8, 45))
    redis_down = (at(11, 10, 3), at(11, 18, 20))

    for h in ("web01", "web02"):
        # scanners probing by address (default vhost) and broken links on the docs site
        for t in poisson(r, T0, T1, 105):
            burst = r.choice([1, 1, 1, 2, 3, 5])
            ip = client_ip(r)
            for path in r.sample(OLS_PROBES, burst):
                port = r.randint(1025, 65535)
                t = L(
                    h,
                    t + sec(r.uniform(0.01, 0.4)),
                    kid(h, t),
                    "INFO",
                    "File not found [%s]",
                    [f"[{ip}:{port}#Example] File not found [{path}]"],
                )
        for t in poisson(r, T0, T1, 150):
            L(
                h,
                t,
                kid(h, t),
                "INFO",
                "File not found [%s]",
                [f"{sess('docs')} File not found [{r.choice(OLS_DOCS_MISSING)}]"],
            )
        # PHP's own warnings and deprecations from the plugins
        for t in poisson(r, T0, T1, 88):
            f, line, key = r.choice(OLS_KEYS)
            vh = "blog" if "/blog/" in f else "shop"
            stderr(
                h,
                t,
                vh,
                'PHP Warning:  Undefined array key "%s" in %s on line %d',
                [f'PHP Warning:  Undefined array key "{key}" in {f} on line {line}'],
            )
        for t in poisson(r, T0, T1, 215):
            cls, prop, f, line = r.choice(OLS_DYN)
            vh = "blog" if "/blog/" in f else "shop"
            stderr(
                h,
                t,
                vh,
                "PHP Deprecated:  Creation of dynamic property %s::$%s is deprecated in %s on line %d",
                [
                    f"PHP Deprecated:  Creation of dynamic property {cls}::${prop} is deprecated in {f} on line {line}"
                ],
            )
        # the database restarting under both hosts
        for t in poisson(r, db_down[0], db_down[1], 6.5):
            vh = r.choice(["shop", "shop", "blog"])
            root = OLS_SHOP if vh == "shop" else OLS_BLOG
            stderr(
                h,
                t,
                vh,
                "PHP Warning:  mysqli_real_connect(): (HY000/2002): Connection refused in %s on line %d",
                [
                    f"PHP Warning:  mysqli_real_connect(): (HY000/2002): Connection refused in {root}/wp-includes/class-wpdb.php on line 1982"
                ],
            )
        # the sale: lsphp saturated
        url = "uds://tmp/lshttpd/shoplsphp.sock"
        maxc = 35
        for t in poisson(r, surge[0], surge[1], 16):
            L(
                h,
                t,
                kid(h, t),
                "NOTICE",
                "No request delivery notification has been received from LSAPI application, possible dead lock.",
                [
                    f"{sess('shop', True)} No request delivery notification has been received from LSAPI application, possible dead lock."
                ],
            )
        for t in poisson(r, surge[0] + sec(40), surge[1], 31):
            L(
                h,
                t,
                kid(h, t),
                "NOTICE",
                "ExtConn timed out while processing.",
                [f"{sess('shop', True)} ExtConn timed out while processing."],
            )
        conn_err = sorted(poisson(r, surge[0] + sec(60), surge[1] - sec(120), 80))
        regrouped = False
        for t in conn_err:
            maxc = max(8, maxc - r.randint(3, 6))
            p = kid(h, t)
            t = L(
                h,
                t,
                p,
                "INFO",
                "[%s] Connection error: %s, adjust maximum connections to %d!",
                [
                    f"[{url}] Connection error: Connection reset by peer, adjust maximum connections to {maxc}!"
                ],
            )
            if maxc < 18 and not regrouped:
                regrouped = True
                t = L(
                    h,
                    t + sec(0.0003),
                    p,
                    "NOTICE",
                    "[%s] Available connections are dropped below half of configured value:%d, start another group of external application!",
                    [
                        f"[{url}] Available connections are dropped below half of configured value:35, start another group of external application!"
                    ],
                )
                old = state[h]["lsphp"]["shop"]
                t = L(
                    h,
                    t + sec(0.0004),
                    p,
                    "NOTICE",
                    "sendKillCmdToWatchdog: '%s'.",
                    [f"sendKillCmdToWatchdog: 'extappkill:{old}:-3:0'."],
                )
                t2 = L(
                    h,
                    t + sec(r.uniform(0.05, 0.4)),
                    state[h]["main"],
                    "NOTICE",
                    "Cmd from child: [%s]",
                    [f"Cmd from child: [extappkill:{old}:-3:0]"],
                )
                if r.random() < 0.4:
                    L(
                        h,
                        t2 + sec(0.00005),
                        state[h]["main"],
                        "INFO",
                        "Failed to get process [%d] start time, not running, skip killing.",
                        [f"Failed to get process [{old}] start time, not running, skip killing."],
                    )
                uid = state[h]["uid"]["shop"]
                t = L(
                    h,
                    t + sec(r.uniform(0.001, 0.003)),
                    p,
                    "NOTICE",
                    "[LocalWorker::workerExec] Config[%s]: suExec uid %d gid %d cmd %s, final uid %d gid %d, flags: %d.",
                    [
                        f"[LocalWorker::workerExec] Config[shoplsphp]: suExec uid {uid} gid {uid} cmd /usr/local/lsws/lsphp81/bin/lsphp, final uid {uid} gid {uid}, flags: 0."
                    ],
                )
                new = old + r.randint(800, 4000)
                state[h]["lsphp"]["shop"] = new
                L(
                    h,
                    t + sec(r.uniform(0.0003, 0.001)),
                    p,
                    "NOTICE",
                    "[%s] add child process pid: %d",
                    [f"[shoplsphp] add child process pid: {new}"],
                )
        for t in poisson(r, surge[0] + sec(200), surge[1] + sec(300), 85):
            maxc = min(35, maxc + 1)
            L(
                h,
                t,
                kid(h, t),
                "NOTICE",
                "[%s] Increase effective max connections to %d.",
                [f"[shoplsphp] Increase effective max connections to {maxc}."],
            )
        for t in poisson(r, surge[0], surge[1], 150):
            stderr(
                h,
                t,
                "shop",
                "PHP Fatal error:  Allowed memory size of %d bytes exhausted (tried to allocate %d bytes) in %s on line %d",
                [
                    f"PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate {r.choice([20480, 4096, 65536, 262144])} bytes) in {OLS_SHOP}/wp-includes/{r.choice(['class-wpdb.php on line 2322', 'functions.php on line 5397', 'class-wp-query.php on line 3587'])}"
                ],
            )
        # graceful restart for a new virtual host
        st = state[h]
        t = L(
            h,
            restart[h],
            st["main"],
            "NOTICE",
            "Server Restart Request via Signal...",
            ["Server Restart Request via Signal..."],
        )
        newmain = st["main2"]
        tn = t + sec(r.uniform(0.004, 0.01))
        conf = ["/usr/local/lsws/conf/httpd_config.conf"]
        for c, tag in [(conf[0], "httpServerConfig:")] + [
            (f"/usr/local/lsws/conf/vhosts/{v}/vhconf.conf", f"virtualHostConfig:{v}")
            for v in ("Example", "shop", "blog", "docs", "status")
        ]:
            tn = L(
                h,
                tn + sec(r.uniform(0.0001, 0.0008)),
                newmain,
                "INFO",
                "[PlainConf] [%s:%s] start parsing file %s",
                [f"[PlainConf] [{tag}] start parsing file {c}"],
            )
            tn = L(
                h,
                tn + sec(r.uniform(0.0002, 0.002)),
                newmain,
                "INFO",
                "[PlainConf] [%s:%s] Finished parsing file %s",
                [f"[PlainConf] [{tag}] Finished parsing file {c}"],
            )
        tn = L(
            h, tn + sec(0.0004), newmain, "NOTICE", "Loading %s ...", [f"Loading {OLS_VERSION} ..."]
        )
        tn = L(h, tn + sec(0.00003), newmain, "NOTICE", "Using [%s]", ["Using [BoringSSL]"])
        tn = L(
            h,
            tn + sec(0.004),
            newmain,
            "NOTICE",
            "Instance is ready for service. m_fdCmd %d, m_fdAdmin %d.",
            [f"Instance is ready for service. m_fdCmd {r.randint(30, 44)}, m_fdAdmin 6."],
        )
        newkids = st["kids2"]
        for k in newkids:
            tn = L(
                h,
                tn + sec(r.uniform(0.0002, 0.0009)),
                newmain,
                "NOTICE",
                "[AutoRestarter] new child process with pid=%d is forked!",
                [f"[AutoRestarter] new child process with pid={k} is forked!"],
            )
            tk = L(
                h,
                tn + sec(r.uniform(0.0001, 0.0004)),
                k,
                "NOTICE",
                "Successfully change current user to %s",
                ["Successfully change current user to nobody"],
            )
            L(h, tk + sec(0.00001), k, "NOTICE", "Core dump is enabled.", ["Core dump is enabled."])
        to = tn + sec(r.uniform(1.5, 4.0))
        for k in st["kids"]:
            to = L(
                h,
                to + sec(r.uniform(0.2, 1.5)),
                st["main"],
                "NOTICE",
                "[AutoRestarter] cleanup children processes and unix sockets belong to process %d !",
                [
                    f"[AutoRestarter] cleanup children processes and unix sockets belong to process {k} !"
                ],
            )
            to = L(
                h,
                to + sec(0.00002),
                st["main"],
                "NOTICE",
                "[AutoRestarter] child process with pid=%d exited with status=%d!",
                [f"[AutoRestarter] child process with pid={k} exited with status=0!"],
            )
        L(
            h,
            to + sec(0.0008),
            st["main"],
            "NOTICE",
            "[PID:%d] Server Stopped!",
            [f"[PID:{st['main']}] Server Stopped!"],
        )
        st["kids"] = newkids
        st["main"] = newmain
    # web02's object cache gone
    redis_trace = [
        f"#0 {OLS_SHOP}/wp-content/object-cache.php(1468): Redis->connect('10.0.3.15', 6379, 1, NULL, 100, 1)",
        f"#1 {OLS_SHOP}/wp-content/object-cache.php(1345): WP_Object_Cache->connect_using_phpredis(Array)",
        f"#2 {OLS_SHOP}/wp-includes/cache.php(21): WP_Object_Cache->__construct()",
        f"#3 {OLS_SHOP}/wp-includes/load.php(867): wp_cache_init()",
        f"#4 {OLS_SHOP}/wp-settings.php(147): wp_start_object_cache()",
        f"#5 {OLS_SHOP}/wp-config.php(98): require_once('/var/www/shop/p...')",
        f"#6 {OLS_SHOP}/wp-load.php(50): require_once('/var/www/shop/p...')",
        f"#7 {OLS_SHOP}/wp-blog-header.php(13): require_once('/var/www/shop/p...')",
        f"#8 {OLS_SHOP}/index.php(17): require('/var/www/shop/p...')",
        "#9 {main}",
        f"  thrown in {OLS_SHOP}/wp-content/object-cache.php on line 1468",
    ]
    for t in poisson(r, redis_down[0], redis_down[1], 11):
        stderr(
            "web02",
            t,
            "shop",
            "PHP Fatal error:  Uncaught RedisException: Connection refused in %s:%d",
            [
                f"PHP Fatal error:  Uncaught RedisException: Connection refused in {OLS_SHOP}/wp-content/object-cache.php:1468",
                "Stack trace:",
                *redis_trace,
            ],
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- h2o

H2O_UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36",
    "ShopApp/4.12.0 (iOS 17.5; iPhone15,2)",
    "ShopApp/4.12.0 (Android 14; SM-S918B)",
]
H2O_SCAN_UA = "Mozilla/5.0 (compatible; CensysInspect/1.1; +https://about.censys.io/)"
H2O_LB = "10.0.1.5"
H2O_CERTS = ["/etc/h2o/certs/api.shop.example.pem", "/etc/h2o/certs/www.shop.example.pem"]
H2O_BUNDLE_JS = "3f9c2ab1"


def h2o(r: random.Random) -> list[Log]:
    """Two H2O edges (edge1, edge2) in front of a shop's API and static site, 06:00 to 12:00:
    OCSP stapling refreshed at 06:40 (the responder away for edge2's second certificate), a
    certificate renewal reloading both at 08:02 / 08:04, the API's backends down 09:12-09:20
    (connection refused) and slow 10:30-10:40 (I/O timeouts)."""
    fs = Files()

    def acc(
        h: str,
        t: datetime,
        ip: str,
        method: str,
        uri: str,
        status: int,
        size: int,
        ref: str,
        ua: str,
        label: str,
    ) -> datetime:
        return fs.add(
            f"{h}-access.log",
            t,
            label,
            lambda x: [
                f'{ip} - - [{x:%d/%b/%Y:%H:%M:%S} +0000] "{method} {uri} HTTP/{"2" if ua not in (H2O_SCAN_UA, "ELB-HealthChecker/2.0") and "curl" not in ua else "1.1"}" {status} {size} "{ref}" "{ua}"'
            ],
            (h, "access"),
            1_000_000,
        )

    def err(h: str, t: datetime, proc: object, label: str, lines: list[str]) -> datetime:
        return fs.add(f"{h}-error.log", t, label, lambda _x: list(lines), (h, proc), 1)

    def cut(path: str) -> str:
        return path if len(path) < 32 else path[:29] + "..."

    down = (at(9, 12, 4), at(9, 20, 11))
    slow = (at(10, 30, 0), at(10, 40, 30))
    reload_at = {"edge1": at(8, 2, 17), "edge2": at(8, 4, 2)}
    pids = {"edge1": {"ss": 812, "worker": 2311}, "edge2": {"ss": 797, "worker": 2290}}

    def ocsp(h: str, t: datetime, worker: int, fail_cert: str = "") -> None:
        for cert in H2O_CERTS:
            tmp = "".join(
                r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                for _ in range(10)
            )
            t = err(
                h,
                t + sec(r.uniform(0.02, 0.2)),
                ("ocsp", cert),
                "fetch-ocsp-response (using %s)",
                ["fetch-ocsp-response (using OpenSSL 3.0.13 30 Jan 2024)"],
            )
            t = err(
                h,
                t + sec(0.01),
                ("ocsp", cert),
                "sending OCSP request to %s",
                ["sending OCSP request to http://r11.o.lencr.org"],
            )
            if cert == fail_cert:
                err(
                    h,
                    t + sec(r.uniform(10, 15)),
                    ("updater", cert),
                    "[OCSP Stapling] reusing old response due to a temporary error occurred while fetching OCSP response for certificate file:%s",
                    [
                        f"[OCSP Stapling] reusing old response due to a temporary error occurred while fetching OCSP response for certificate file:{cert}"
                    ],
                )
                continue
            tu = t.replace(minute=0, second=0, microsecond=0) - timedelta(hours=r.randint(2, 20))
            t = err(
                h,
                t + sec(r.uniform(0.05, 0.3)),
                ("ocsp", cert),
                "%s: good",
                [
                    f"/tmp/{tmp}/cert.pem: good",
                    f"\tThis Update: {tu:%b} {tu.day:2d} {tu:%H:%M:%S %Y} GMT",
                    f"\tNext Update: {(tu + timedelta(days=7)):%b} {(tu + timedelta(days=7)).day:2d} {tu:%H:%M:%S} {(tu + timedelta(days=7)):%Y} GMT",
                ],
            )
            t = err(
                h,
                t + sec(0.003),
                ("ocsp", cert),
                "verifying the response signature",
                ["verifying the response signature"],
            )
            t = err(
                h,
                t + sec(0.01),
                ("ocsp", cert),
                "verify OK (used: %s)",
                [f"verify OK (used: -VAfile /tmp/{tmp}/issuer.pem)"],
            )
            err(
                h,
                t + sec(0.002),
                ("updater", cert),
                "[OCSP Stapling] successfully updated the response for certificate file:%s",
                [f"[OCSP Stapling] successfully updated the response for certificate file:{cert}"],
            )

    routes = [
        # method, uri maker, status, size range, weight, label
        (
            "GET",
            lambda: f"/api/v1/products/{r.randint(1000, 48000)}",
            200,
            (1800, 9400),
            30,
            "GET /api/v1/products/%s 200",
        ),
        (
            "GET",
            lambda: (
                "/api/v1/products?"
                + r.choice(
                    [
                        "category=shoes&page=",
                        "category=bags&page=",
                        "q=linen+shirt&page=",
                        "sort=price_asc&page=",
                        "category=sale&page=",
                    ]
                )
                + str(r.randint(1, 6))
            ),
            200,
            (6000, 42000),
            15,
            "GET /api/v1/products 200",
        ),
        ("POST", lambda: "/api/v1/cart/items", 201, (350, 900), 9, "POST /api/v1/cart/items 201"),
        ("POST", lambda: "/api/v1/checkout", 200, (600, 1500), 3, "POST /api/v1/checkout 200"),
        (
            "GET",
            lambda: f"/static/js/app.{H2O_BUNDLE_JS}.js",
            200,
            (412000, 412000),
            8,
            "GET /static/js/app.%s.js 200",
        ),
        (
            "GET",
            lambda: f"/api/v1/products/{r.randint(48001, 99999)}",
            404,
            (61, 61),
            3,
            "GET /api/v1/products/%s 404",
        ),
    ]
    weights = [x[4] for x in routes]
    for h in ("edge1", "edge2"):
        worker = pids[h]["worker"]
        # health checks
        t = T0 + sec(r.uniform(0, 60))
        while t < T1:
            if down[0] <= t < down[1]:
                t2 = err(
                    h,
                    t + sec(0.002),
                    ("worker", worker),
                    "connection refused",
                    ["[lib/core/proxy.c] in request:/healthz:connection refused"],
                )
                acc(
                    h,
                    t2 + sec(0.0005),
                    H2O_LB,
                    "GET",
                    "/healthz",
                    502,
                    18,
                    "-",
                    "ELB-HealthChecker/2.0",
                    "GET /healthz 502",
                )
            elif slow[0] <= t < slow[1] and r.random() < 0.5:
                t2 = err(
                    h,
                    t + sec(30.0),
                    ("worker", worker),
                    "I/O timeout",
                    ["[lib/core/proxy.c] in request:/healthz:I/O timeout"],
                )
                acc(
                    h,
                    t2,
                    H2O_LB,
                    "GET",
                    "/healthz",
                    502,
                    11,
                    "-",
                    "ELB-HealthChecker/2.0",
                    "GET /healthz 502",
                )
            else:
                acc(
                    h,
                    t + sec(r.uniform(0.002, 0.02)),
                    H2O_LB,
                    "GET",
                    "/healthz",
                    200,
                    15,
                    "-",
                    "ELB-HealthChecker/2.0",
                    "GET /healthz 200",
                )
            t += sec(60 + r.uniform(-0.3, 0.3))
        # the shop's traffic: a session of a few requests each
        for t in poisson(r, T0, T1, 84 if h == "edge1" else 95):
            ip = client_ip(r)
            ua = r.choice(H2O_UAS)
            n = r.choice([1, 2, 2, 3, 4, 6])
            for _ in range(n):
                method, mk, status, (lo, hi), _w, label = r.choices(routes, weights)[0]
                uri = mk()
                if "ShopApp" in ua and uri.startswith("/static"):
                    continue
                t += sec(r.uniform(0.3, 25))
                if t >= T1:
                    break
                ref = "-" if "ShopApp" in ua else "https://www.shop.example/"
                if uri.startswith("/api") and down[0] <= t < down[1]:
                    t2 = err(
                        h,
                        t + sec(0.002),
                        ("worker", worker),
                        "connection refused",
                        [f"[lib/core/proxy.c] in request:{cut(uri)}:connection refused"],
                    )
                    acc(
                        h,
                        t2 + sec(0.0004),
                        ip,
                        method,
                        uri,
                        502,
                        18,
                        ref,
                        ua,
                        label.rsplit(" ", 1)[0] + " 502",
                    )
                    continue
                if uri.startswith("/api") and slow[0] <= t < slow[1] and r.random() < 0.45:
                    t2 = err(
                        h,
                        t + sec(30.0),
                        ("worker", worker),
                        "I/O timeout",
                        [f"[lib/core/proxy.c] in request:{cut(uri)}:I/O timeout"],
                    )
                    acc(
                        h,
                        t2 + sec(0.0004),
                        ip,
                        method,
                        uri,
                        502,
                        11,
                        ref,
                        ua,
                        label.rsplit(" ", 1)[0] + " 502",
                    )
                    continue
                acc(h, t, ip, method, uri, status, r.randint(lo, hi), ref, ua, label)
        # scanners
        for t in poisson(r, T0, T1, 900):
            ip = client_ip(r)
            for uri, lab in r.sample(
                [("/.env", "GET /.env 404"), ("/wp-login.php", "GET /wp-login.php 404")],
                r.randint(1, 2),
            ):
                t = acc(
                    h, t + sec(r.uniform(0.2, 1.5)), ip, "GET", uri, 404, 9, "-", H2O_SCAN_UA, lab
                )
        # OCSP stapling every four hours (the worker started at 02:40)
        ocsp(h, at(6, 40, r.uniform(1, 50)), worker, fail_cert=H2O_CERTS[1] if h == "edge2" else "")
        # a certificate renewal reloads the server
        ss = pids[h]["ss"]
        t = err(
            h,
            reload_at[h],
            ("ss", ss),
            "received HUP, spawning a new worker",
            ["received HUP, spawning a new worker"],
        )
        new = worker + r.randint(30000, 45000)
        t = err(
            h, t + sec(0.002), ("ss", ss), "starting new worker %d", [f"starting new worker {new}"]
        )
        tw = err(
            h,
            t + sec(0.05),
            ("worker", new),
            "[INFO] raised RLIMIT_NOFILE to %d",
            ["[INFO] raised RLIMIT_NOFILE to 1048576"],
        )
        ocsp(h, tw + sec(0.02), new)
        tw = err(
            h,
            tw + sec(r.uniform(0.08, 0.15)),
            ("worker", new),
            "h2o server (pid:%d) is ready to serve requests with %zu threads",
            [f"h2o server (pid:{new}) is ready to serve requests with 8 threads"],
        )
        t = err(
            h,
            t + sec(1.0 + r.uniform(0.001, 0.01)),
            ("ss", ss),
            "new worker is now running, sending TERM to old workers:%s",
            [f"new worker is now running, sending TERM to old workers:{worker}"],
        )
        t = err(h, t + sec(0.0001), ("ss", ss), "killing old workers", ["killing old workers"])
        err(
            h,
            t + sec(r.uniform(0.3, 2.5)),
            ("ss", ss),
            "old worker %d died, status:%d",
            [f"old worker {worker} died, status:0"],
        )
        pids[h]["worker"] = new
    return fs.logs(T0)


# --------------------------------------------------------------------------------- unicorn

UN_BUNDLE = "/srv/shop/shared/bundle/ruby/3.2.0"
UN_SOCK = "/srv/shop/shared/tmp/sockets/unicorn.sock"
UN_ATTACK_TRACE = [
    "/srv/shop/releases/20240605161204/config/initializers/rack_attack.rb:27:in `block in <main>'",
    f"{UN_BUNDLE}/gems/rack-attack-6.7.0/lib/rack/attack/check.rb:22:in `matched_by?'",
    f"{UN_BUNDLE}/gems/rack-attack-6.7.0/lib/rack/attack/configuration.rb:68:in `block in throttled?'",
    f"{UN_BUNDLE}/gems/rack-attack-6.7.0/lib/rack/attack/configuration.rb:67:in `any?'",
    f"{UN_BUNDLE}/gems/rack-attack-6.7.0/lib/rack/attack.rb:110:in `call'",
    f"{UN_BUNDLE}/gems/unicorn-6.1.0/lib/unicorn/http_server.rb:634:in `process_client'",
    f"{UN_BUNDLE}/gems/unicorn-6.1.0/lib/unicorn/http_server.rb:739:in `worker_loop'",
    f"{UN_BUNDLE}/gems/unicorn-6.1.0/lib/unicorn/http_server.rb:547:in `spawn_missing_workers'",
    f"{UN_BUNDLE}/gems/unicorn-6.1.0/lib/unicorn/http_server.rb:143:in `start'",
    f"{UN_BUNDLE}/gems/unicorn-6.1.0/bin/unicorn:128:in `<top (required)>'",
]


def unicorn(r: random.Random) -> list[Log]:
    """Four application servers (app1..app4), a master and eight workers each, 06:00 to 12:00:
    unicorn-worker-killer recycling workers, logrotate at 06:25, a middleware error 07:05-07:35,
    a payment provider hanging 08:10-08:24, deploys at 09:30, 10:45 (a missing secret kills the
    new master) and 10:52."""
    fs = Files()
    hosts = ("app1", "app2", "app3", "app4")
    rotate = {h: at(6, 25, 2 + i * 0.7 + r.uniform(0, 0.3)) for i, h in enumerate(hosts)}

    def fname(h: str, t: datetime) -> str:
        return f"{h}-unicorn.stderr.log" + (".1" if t < rotate[h] else "")

    def L(
        h: str, t: datetime, pid: int, lvl: str, label: str | None, msg: str, force: str = ""
    ) -> datetime:
        letter = lvl[0]
        f = force or fname(h, t)
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{letter}, [{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d} #{pid}] {lvl:>5} -- : {msg}"
            ],
            (h, pid),
            1,
        )

    def raw(h: str, t: datetime, pid: int, label: str, lines: list[str]) -> datetime:
        return fs.add(fname(h, t), t, label, lambda _x: list(lines), (h, pid), 1)

    def rate(t: datetime) -> float:
        """Requests per second per worker, rising through the morning."""
        return 0.9 + 2.0 * max(0.0, (t - T0).total_seconds()) / 21600

    hang = (at(8, 10), at(8, 24))
    attack = (at(7, 5), at(7, 35))
    deploys = [
        (at(9, 30, 6), "20240606092741", True),
        (at(10, 45, 9), "20240606104312", False),
        (at(10, 52, 44), "20240606105016", True),
    ]
    good = [d[0] for d in deploys if d[2]]

    for hi, h in enumerate(hosts):
        addr = "0x00007f" + hexid(r, 10)
        used: set[int] = set()
        base = 18000 + hi * 977

        def newpid(t: datetime, base: int = base, used: set[int] = used) -> int:
            """Linux hands out pids in order: one taken at t follows the ones before it."""
            pid = base + int((t - T0 + timedelta(hours=6)).total_seconds() * 1.7) + r.randint(0, 9)
            while pid in used:
                pid += 1
            used.add(pid)
            return pid

        starts = [T0 - timedelta(hours=r.uniform(3, 5)), *good]
        masters = [newpid(starts[0])] + [0] * len(good)
        at_rotate: dict[int, int] = {}
        for gi, g0 in enumerate(starts):
            g1 = starts[gi + 1] if gi + 1 < len(starts) else T1
            if gi > 0:
                masters[gi] = newpid(g0 - sec(2.4))
            m = masters[gi]
            for nr in range(8):
                if gi == 0:
                    wstart = g0 + sec(r.uniform(0.5, 3))
                    wpid = m + 3 + nr * 2
                else:
                    wstart = g0 + sec(r.uniform(0.4, 2.5))
                    wpid = newpid(wstart)
                    L(h, wstart, wpid, "INFO", "worker=%d ready", f"worker={nr} ready")
                while True:
                    limit = r.randint(2048, 3072)
                    t, served = wstart, 0
                    while served < limit and t < g1 + timedelta(hours=2):
                        t += sec(16 / rate(t) * r.uniform(0.8, 1.2))
                        served += 16
                    oom = r.random() < 0.18
                    if oom:
                        t = wstart + (t - wstart) * r.uniform(0.45, 0.95)
                    stuck = None
                    if hang[0] < t and wstart < hang[1] and r.random() < 0.3:
                        stuck = (
                            max(wstart, hang[0])
                            + (min(t, hang[1]) - max(wstart, hang[0])) * r.random()
                        )
                    if (stuck or t) >= g1:
                        break
                    if wstart <= rotate[h] < (stuck or t):
                        at_rotate[nr] = wpid
                    if (stuck or t) < T0:
                        wstart = t + sec(r.uniform(0.05, 0.3))
                        wpid = newpid(wstart)
                        continue
                    if stuck:
                        tk = stuck + sec(r.uniform(61, 63.9))
                        diff = int((tk - stuck).total_seconds())
                        tk = L(
                            h,
                            tk,
                            m,
                            "ERROR",
                            "worker=%d PID:%d timeout (%ds > %ds), killing",
                            f"worker={nr} PID:{wpid} timeout ({diff}s > 60s), killing",
                        )
                        tk = L(
                            h,
                            tk + sec(r.uniform(0.005, 0.05)),
                            m,
                            "ERROR",
                            "reaped #<Process::Status: pid %d %s (signal %d)> worker=%d",
                            f"reaped #<Process::Status: pid {wpid} SIGKILL (signal 9)> worker={nr}",
                        )
                        wpid = newpid(tk)
                        wstart = L(
                            h,
                            tk + sec(r.uniform(0.02, 0.2)),
                            wpid,
                            "INFO",
                            "worker=%d ready",
                            f"worker={nr} ready",
                        )
                        continue
                    alive = int((t - wstart).total_seconds())
                    if oom:
                        lim = 300 * 2**20 + r.randint(0, 40 * 2**20)
                        rss = lim + r.randint(100_000, 9_000_000)
                        t = L(
                            h,
                            t,
                            wpid,
                            "WARN",
                            "%s: worker (pid: %d) exceeds memory limit (%d bytes > %d bytes)",
                            f"#<Unicorn::HttpServer:{addr}>: worker (pid: {wpid}) exceeds memory limit ({rss} bytes > {lim} bytes)",
                        )
                    else:
                        t = L(
                            h,
                            t,
                            wpid,
                            "WARN",
                            "%s: worker (pid: %d) exceeds max number of requests (limit: %d)",
                            f"#<Unicorn::HttpServer:{addr}>: worker (pid: {wpid}) exceeds max number of requests (limit: {limit})",
                        )
                    t = L(
                        h,
                        t + sec(0.00004),
                        wpid,
                        "WARN",
                        "Unicorn::WorkerKiller send SIG%s (pid: %d) alive: %d sec (trial %d)",
                        f"Unicorn::WorkerKiller send SIGQUIT (pid: {wpid}) alive: {alive} sec (trial 1)",
                    )
                    if r.random() < 0.05:
                        d = r.uniform(5, 14)
                        t = L(
                            h,
                            t + sec(d),
                            wpid,
                            "WARN",
                            "Unicorn::WorkerKiller send SIG%s (pid: %d) alive: %d sec (trial %d)",
                            f"Unicorn::WorkerKiller send SIGQUIT (pid: {wpid}) alive: {alive + int(d)} sec (trial 2)",
                        )
                    t = L(
                        h,
                        t + sec(r.uniform(0.05, 1.2)),
                        m,
                        "INFO",
                        "reaped #<Process::Status: pid %d exit %d> worker=%d",
                        f"reaped #<Process::Status: pid {wpid} exit 0> worker={nr}",
                    )
                    wpid = newpid(t)
                    wstart = L(
                        h,
                        t + sec(r.uniform(0.01, 0.08)),
                        wpid,
                        "INFO",
                        "worker=%d ready",
                        f"worker={nr} ready",
                    )
                    if attack[0] <= wstart < attack[1] and r.random() < 0.25:
                        te = L(
                            h,
                            wstart + sec(r.uniform(30, 600)),
                            wpid,
                            "ERROR",
                            "app error: undefined method `%s' for nil:NilClass (NoMethodError)",
                            "app error: undefined method `split' for nil:NilClass (NoMethodError)",
                        )
                        for fr in UN_ATTACK_TRACE:
                            te = L(h, te + sec(0.00002), wpid, "ERROR", None, fr)
                if gi + 1 < len(starts):
                    # the new master QUITs the old one, whose workers finish and are reaped
                    L(
                        h,
                        g1 + sec(r.uniform(3, 8)),
                        m,
                        "INFO",
                        "reaped #<Process::Status: pid %d exit %d> worker=%d",
                        f"reaped #<Process::Status: pid {wpid} exit 0> worker={nr}",
                    )
            if gi + 1 < len(starts):
                L(h, g1 + sec(r.uniform(9, 11)), m, "INFO", "master complete", "master complete")
        # the deploys' own lines
        gi = 0
        for dt, rel, ok in deploys:
            old = masters[gi]
            child = masters[gi + 1] if ok else newpid(dt - sec(2.4))
            cmd = f'["{UN_BUNDLE}/bin/unicorn", "-c", "/srv/shop/current/config/unicorn.rb", "-E", "deployment", "-D", {{10=>#<UNIXServer:fd 10, "{UN_SOCK}">}}]'
            t = L(
                h,
                dt - sec(r.uniform(2.2, 2.6)),
                child,
                "INFO",
                "executing %s (in %s)",
                f"executing {cmd} (in /srv/shop/current)",
            )
            t = L(
                h,
                t + sec(r.uniform(0.4, 0.7)),
                child,
                "INFO",
                "inherited addr=%s fd=%d",
                f"inherited addr={UN_SOCK} fd=10",
            )
            t = L(h, t + sec(0.0003), child, "INFO", "Refreshing Gem list", "Refreshing Gem list")
            if ok:
                L(
                    h,
                    dt + sec(r.uniform(0.3, 1.2)),
                    child,
                    "INFO",
                    "master process ready",
                    "master process ready",
                )
                gi += 1
                continue
            tb = [
                f"\tfrom /srv/shop/releases/{rel}/config/initializers/stripe.rb:4:in `<main>'",
                f"\tfrom {UN_BUNDLE}/gems/railties-7.1.3.2/lib/rails/engine.rb:689:in `load'",
                f"\tfrom {UN_BUNDLE}/gems/railties-7.1.3.2/lib/rails/engine.rb:689:in `block in load_config_initializer'",
                f"\tfrom {UN_BUNDLE}/gems/activesupport-7.1.3.2/lib/active_support/notifications.rb:208:in `instrument'",
                f"\tfrom {UN_BUNDLE}/gems/railties-7.1.3.2/lib/rails/engine.rb:688:in `load_config_initializer'",
                f"\tfrom {UN_BUNDLE}/gems/railties-7.1.3.2/lib/rails/initializable.rb:32:in `run'",
                f"\tfrom {UN_BUNDLE}/gems/railties-7.1.3.2/lib/rails/application.rb:428:in `initialize!'",
                f"\tfrom /srv/shop/releases/{rel}/config/environment.rb:5:in `<top (required)>'",
                f"\tfrom /srv/shop/releases/{rel}/config.ru:3:in `require_relative'",
                f"\tfrom {UN_BUNDLE}/gems/unicorn-6.1.0/lib/unicorn/http_server.rb:794:in `build_app!'",
                f"\tfrom {UN_BUNDLE}/gems/unicorn-6.1.0/lib/unicorn/http_server.rb:141:in `start'",
                f"\tfrom {UN_BUNDLE}/gems/unicorn-6.1.0/bin/unicorn:128:in `<top (required)>'",
                f"\tfrom {UN_BUNDLE}/bin/unicorn:25:in `load'",
                f"\tfrom {UN_BUNDLE}/bin/unicorn:25:in `<main>'",
            ]
            t = raw(
                h,
                t + sec(r.uniform(1.5, 2.2)),
                child,
                "%s:%d:in `%s': key not found: %s (KeyError)",
                [
                    f'/srv/shop/releases/{rel}/config/initializers/stripe.rb:4:in `fetch\': key not found: "STRIPE_WEBHOOK_SECRET" (KeyError)',
                    *tb,
                ],
            )
            L(
                h,
                t + sec(r.uniform(0.05, 0.3)),
                old,
                "ERROR",
                "reaped %s exec()-ed",
                f"reaped #<Process::Status: pid {child} exit 1> exec()-ed",
            )
        # logrotate's USR1: the master, then each worker, reopen their logs
        tr = rotate[h]
        m0 = masters[0]
        L(
            h,
            tr - sec(0.0005),
            m0,
            "INFO",
            "master reopening logs...",
            "master reopening logs...",
            force=f"{h}-unicorn.stderr.log.1",
        )
        t = L(
            h,
            tr + sec(0.0002),
            m0,
            "INFO",
            "master done reopening logs",
            "master done reopening logs",
        )
        for nr in range(8):
            wp = at_rotate[nr]
            tw = L(
                h,
                t + sec(r.uniform(0.001, 0.9)),
                wp,
                "INFO",
                "worker=%d reopening logs...",
                f"worker={nr} reopening logs...",
                force=f"{h}-unicorn.stderr.log.1",
            )
            L(
                h,
                tw + sec(0.0003),
                wp,
                "INFO",
                "worker=%d done reopening logs",
                f"worker={nr} done reopening logs",
            )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- resque

RQ_GEMS = "/srv/shop/shared/bundle/ruby/3.2.0/gems"
RQ_REDIS = "10.0.4.10:6379"
RQ_REDIS_TRACE = [
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:398:in `rescue in establish_connection'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:379:in `establish_connection'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:115:in `block in connect'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:344:in `with_reconnect'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:114:in `connect'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:417:in `ensure_connected'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:269:in `block in process'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:356:in `logging'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:268:in `process'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:161:in `call'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis.rb:270:in `block in send_command'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis.rb:269:in `synchronize'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis.rb:269:in `send_command'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/commands/lists.rb:111:in `lpop'",
    f"{RQ_GEMS}/redis-namespace-1.11.0/lib/redis/namespace.rb:570:in `wrapped_send'",
    f"{RQ_GEMS}/redis-namespace-1.11.0/lib/redis/namespace.rb:428:in `call_with_namespace'",
    f"{RQ_GEMS}/resque-2.6.0/lib/resque/data_store.rb:163:in `pop_from_queue'",
    f"{RQ_GEMS}/resque-2.6.0/lib/resque.rb:394:in `pop'",
    f"{RQ_GEMS}/resque-2.6.0/lib/resque/job.rb:109:in `reserve'",
    f"{RQ_GEMS}/resque-2.6.0/lib/resque.rb:476:in `reserve'",
    f"{RQ_GEMS}/resque-2.6.0/lib/resque/worker.rb:275:in `block in reserve'",
    f"{RQ_GEMS}/resque-2.6.0/lib/resque/worker.rb:273:in `each'",
    f"{RQ_GEMS}/resque-2.6.0/lib/resque/worker.rb:273:in `reserve'",
    f"{RQ_GEMS}/resque-2.6.0/lib/resque/worker.rb:234:in `work_one_job'",
    f"{RQ_GEMS}/resque-2.6.0/lib/resque/worker.rb:210:in `work'",
    f"{RQ_GEMS}/resque-2.6.0/lib/resque/tasks.rb:20:in `block (2 levels) in <top (required)>'",
]
RQ_RAKE = [
    f"Redis::CannotConnectError: Error connecting to Redis on {RQ_REDIS} (Errno::ECONNREFUSED)",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:398:in `rescue in establish_connection'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:379:in `establish_connection'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:115:in `block in connect'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:344:in `with_reconnect'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:114:in `connect'",
    f"{RQ_GEMS}/resque-2.6.0/lib/resque/data_store.rb:224:in `unregister_worker'",
    f"{RQ_GEMS}/resque-2.6.0/lib/resque/worker.rb:626:in `unregister_worker'",
    f"{RQ_GEMS}/resque-2.6.0/lib/resque/worker.rb:222:in `rescue in work'",
    f"{RQ_GEMS}/resque-2.6.0/lib/resque/worker.rb:197:in `work'",
    f"{RQ_GEMS}/resque-2.6.0/lib/resque/tasks.rb:20:in `block (2 levels) in <top (required)>'",
    f"{RQ_GEMS}/rake-13.2.1/exe/rake:27:in `<top (required)>'",
    "",
    "Caused by:",
    f"Errno::ECONNREFUSED: Connection refused - connect(2) for {RQ_REDIS}",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/connection/ruby.rb:231:in `connect_nonblock'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/connection/ruby.rb:231:in `connect_addrinfo'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/connection/ruby.rb:271:in `block in connect'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/connection/ruby.rb:257:in `each'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/connection/ruby.rb:257:in `connect'",
    f"{RQ_GEMS}/redis-4.8.1/lib/redis/client.rb:384:in `establish_connection'",
    f"{RQ_GEMS}/rake-13.2.1/exe/rake:27:in `<top (required)>'",
    "Tasks: TOP => resque:work",
    "(See full trace by running task with --trace)",
]


def resque(r: random.Random) -> list[Log]:
    """Two job hosts (jobs1, jobs2) with three Resque workers each (two on
    critical,mailers,default, one on images), 06:00 to 12:00: a partner API timing out
    07:10-07:50, the mail relay refusing 08:05-08:20, the image workers paused 08:10-08:22, Redis
    failing over 09:30:05-09:30:58, a deploy at 10:30."""
    fs = Files()

    def ts(t: datetime) -> str:
        return f"{t:%H:%M:%S %Y-%m-%d}"

    def L(
        h: str, t: datetime, pid: int, label: str | None, msg: str, extra: list[str] | None = None
    ) -> datetime:
        return fs.add(
            f"{h}-resque.log",
            t,
            label,
            lambda x: [f"** [{ts(x)}] {pid}: {msg}", *(extra or [])],
            (h, pid),
            1_000_000,
        )

    def raw(h: str, t: datetime, pid: int, label: str, lines: list[str]) -> datetime:
        return fs.add(f"{h}-resque.log", t, label, lambda _x: list(lines), (h, pid), 1_000_000)

    def aj(cls: str, queue: str, gid: str, t: datetime) -> str:
        payload = {
            "job_class": cls,
            "job_id": uuid4(r),
            "provider_job_id": None,
            "queue_name": queue,
            "priority": None,
            "arguments": [{"_aj_globalid": gid}],
            "executions": 0,
            "exception_executions": {},
            "locale": "en",
            "timezone": "UTC",
            "enqueued_at": f"{t - sec(r.uniform(0.5, 40)):%Y-%m-%dT%H:%M:%S}.{r.randint(0, 999999999):09d}Z",
            "scheduled_at": None,
        }
        return "[" + rb_inspect(payload) + "]"

    partner = (at(7, 10), at(7, 50))
    smtp = (at(8, 5), at(8, 20))
    pause = (at(8, 10, 3), at(8, 22, 41))
    redis_down = (at(9, 30, 5), at(9, 30, 58))
    deploy = at(10, 30, 12)

    def jobs_for(
        queues: str, t0: datetime, t1: datetime
    ) -> list[tuple[datetime, str, str, str, str]]:
        """(arrival, queue, class, args, kind) for one worker's share of the queues."""
        out = []
        if queues == "images":
            for t in poisson(r, t0, t1, 260):
                iid = r.randint(900000, 999999)
                kind = "enoent" if r.random() < 0.03 else "ok"
                out.append((t, "images", "ResizeImage", f'[{iid}, "uploads/{iid}.jpg"]', kind))
            return out
        for t in poisson(r, t0, t1, 2300):
            sid = r.randint(2000, 2900)
            out.append(
                (
                    t,
                    "critical",
                    "ChargeSubscription",
                    f"[{sid}]",
                    "declined" if r.random() < 0.2 else "ok",
                )
            )
        for t in poisson(r, t0, t1, 340):
            kind = "smtp" if smtp[0] <= t < smtp[1] else "ok"
            if r.random() < 0.3:
                out.append(
                    (
                        t,
                        "mailers",
                        "ActiveJob::QueueAdapters::ResqueAdapter::JobWrapper",
                        aj(
                            "AbandonedCartReminderJob",
                            "mailers",
                            f"gid://shop/Cart/{r.randint(80000, 99999)}",
                            t,
                        ),
                        kind,
                    )
                )
            else:
                out.append(
                    (t, "mailers", "SendReceiptEmail", f"[{r.randint(510000, 530000)}]", kind)
                )
        for t in poisson(r, t0, t1, 720):
            out.append(
                (
                    t,
                    "default",
                    "GenerateInvoicePdf",
                    f"[{r.randint(70000, 79999)}]",
                    "notfound" if r.random() < 0.03 else "ok",
                )
            )
        return out

    hosts = {"jobs1": [23011, 23015, 23019], "jobs2": [22874, 22880, 22883]}
    for h, pids in hosts.items():
        qs = ["critical,mailers,default", "critical,mailers,default", "images"]
        used: set[int] = set()

        def newpid(t: datetime, base: int = max(pids) + 40, used: set[int] = used) -> int:
            """Each job is a fork: pids follow the clock."""
            pid = base + int((t - T0).total_seconds() * 0.9) + r.randint(0, 6)
            while pid in used:
                pid += 1
            used.add(pid)
            return pid

        # the scheduler's recurring jobs land on one of the two general workers
        recurring = []
        t = at(6, 0, r.uniform(0.5, 2))
        while t < T1:
            if t.minute % 5 == 0:
                shop = r.choice([77, 81, 104]) if h == "jobs1" else r.choice([12, 55, 93])
                recurring.append(
                    (
                        t,
                        "default",
                        "SyncShopifyOrders",
                        f'[{{"shop_id"=>{shop}}}]',
                        "timeout" if partner[0] <= t < partner[1] and r.random() < 0.7 else "ok",
                    )
                )
            if t.minute % 10 == 0 and h == "jobs1":
                recurring.append((t + sec(0.3), "default", "ExpireCarts", "[]", "ok"))
            t += sec(300)
        for wi, q in enumerate(qs):
            pid = pids[wi]
            jobs = jobs_for(q, T0, T1)
            if q != "images":
                jobs += [j for k, j in enumerate(recurring) if k % 2 == wi]
            jobs.sort(key=lambda j: j[0])
            free = T0
            segments = [(T0, T0, redis_down[0], pid, False)]
            # after the failover: restarts every 10 s until Redis is back, then up until the deploy
            t = redis_down[0] + sec(r.uniform(0, 4.5))
            restarts = []
            while True:
                t += sec(10 + r.uniform(0.2, 0.9))
                np_ = newpid(t)
                restarts.append((t, np_, t < redis_down[1]))
                if t >= redis_down[1]:
                    break
            up_pid = restarts[-1][1]
            segments.append((redis_down[0], restarts[-1][0], deploy, up_pid, True))
            dep_pid = newpid(deploy + sec(12))
            segments.append((deploy, deploy + sec(r.uniform(12, 20)), T1, dep_pid, True))
            if q == "images":
                L(
                    h,
                    pause[0],
                    pid,
                    "USR2 received; pausing job processing",
                    "USR2 received; pausing job processing",
                )
                L(
                    h,
                    pause[1],
                    pid,
                    "CONT received; resuming job processing",
                    "CONT received; resuming job processing",
                )
            for si, (a0, s0, s1, wpid, boot) in enumerate(segments):
                if boot:
                    t = L(h, s0, wpid, "Starting worker main", "Starting worker main")
                    t = L(
                        h,
                        t + sec(r.uniform(0.2, 0.6)),
                        wpid,
                        "Running before_first_fork hooks",
                        "Running before_first_fork hooks",
                    )
                    free = t
                for arr, queue, cls, args, kind in jobs:
                    if arr < a0 or arr >= s1:
                        continue
                    st = max(arr + sec(r.uniform(0, 5)), free)
                    if q == "images" and pause[0] <= st < pause[1]:
                        st = pause[1] + sec(r.uniform(0.5, 5))
                    if st >= s1:
                        continue
                    job = f"(Job{{{queue}}} | {cls} | {args})"
                    t = L(h, st, wpid, "got: %s", f"got: {job}")
                    child = newpid(t)
                    tc = L(
                        h,
                        t + sec(r.uniform(0.01, 0.08)),
                        child,
                        "Running after_fork hooks with [%s]",
                        f"Running after_fork hooks with [{job}]",
                    )
                    dur = {
                        "ResizeImage": (0.8, 4.0),
                        "GenerateInvoicePdf": (1.5, 6.0),
                        "SyncShopifyOrders": (2.0, 9.0),
                    }.get(cls, (0.2, 1.5))
                    te = tc + sec(r.uniform(*dur))
                    if kind == "ok":
                        te = L(h, te, child, "done: %s", f"done: {job}")
                    elif kind == "timeout":
                        te = L(
                            h,
                            tc + sec(60 + r.uniform(0.01, 0.3)),
                            child,
                            "%s failed: #<Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>>",
                            f"{job} failed: #<Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>>",
                        )
                    elif kind == "smtp":
                        te = L(
                            h,
                            te,
                            child,
                            "%s failed: #<Errno::ECONNREFUSED: Connection refused - connect(2) for %s port %d>",
                            f'{job} failed: #<Errno::ECONNREFUSED: Connection refused - connect(2) for "smtp.internal.shop.example" port 587>',
                        )
                    elif kind == "declined":
                        te = L(
                            h,
                            te,
                            child,
                            "%s failed: #<Stripe::CardError: Your card was declined.>",
                            f"{job} failed: #<Stripe::CardError: Your card was declined.>",
                        )
                    elif kind == "enoent":
                        iid = args.split(",")[0].strip("[")
                        te = L(
                            h,
                            te,
                            child,
                            "%s failed: #<Errno::ENOENT: No such file or directory @ rb_sysopen - %s>",
                            f"{job} failed: #<Errno::ENOENT: No such file or directory @ rb_sysopen - /mnt/uploads/uploads/{iid}.jpg>",
                        )
                    elif kind == "notfound":
                        iid = args.strip("[]")
                        te = L(
                            h,
                            te,
                            child,
                            "%s failed: #<ActiveRecord::RecordNotFound: Couldn't find %s with 'id'=%d>",
                            f"{job} failed: #<ActiveRecord::RecordNotFound: Couldn't find Invoice with 'id'={iid}>",
                        )
                    free = te + sec(r.uniform(0.05, 0.4))
                if si == 0:
                    # the failover: the poll's reserve raises, the worker gives up, rake reports it
                    te = max(free, redis_down[0] + sec(r.uniform(0, 4.5)))
                    err = f"#<Redis::CannotConnectError: Error connecting to Redis on {RQ_REDIS} (Errno::ECONNREFUSED)>"
                    te = L(h, te, wpid, "Error reserving job: %s", f"Error reserving job: {err}")
                    te = L(h, te + sec(0.001), wpid, None, RQ_REDIS_TRACE[0], RQ_REDIS_TRACE[1:])
                    te = L(
                        h,
                        te + sec(0.001),
                        wpid,
                        "Failed to start worker : %s",
                        f"Failed to start worker : {err}",
                    )
                    raw(h, te + sec(0.3), wpid, "rake aborted!", ["rake aborted!", *RQ_RAKE])
                    for tr, rp, fails in restarts[:-1]:
                        if not fails:
                            continue
                        t = L(h, tr, rp, "Starting worker main", "Starting worker main")
                        t = L(
                            h,
                            t + sec(r.uniform(0.05, 0.3)),
                            rp,
                            "Failed to start worker : %s",
                            f"Failed to start worker : {err}",
                        )
                        raw(h, t + sec(0.3), rp, "rake aborted!", ["rake aborted!", *RQ_RAKE])
                elif si == 1:
                    # the deploy's QUIT: finish the job in hand, then exit
                    L(h, deploy + sec(r.uniform(0, 0.5)), wpid, "Exiting...", "Exiting...")
                    free = T0
    return fs.logs(T0)


def rb_inspect(v: object) -> str:
    """Ruby 3.2's inspect of JSON-ish data."""
    if v is None:
        return "nil"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, dict):
        return "{" + ", ".join(f"{rb_inspect(k)}=>{rb_inspect(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(rb_inspect(x) for x in v) + "]"
    return str(v)


# -------------------------------------------------------------------------------- dramatiq

DQ_SITE = "/opt/app/.venv/lib/python3.11/site-packages"
DQ_FORK = "dramatiq.middleware.prometheus:_run_exposition_server"
DQ_QUEUES = ["default", "default.DQ", "media", "media.DQ", "webhooks", "webhooks.DQ"]
DQ_HEAD = [
    "Traceback (most recent call last):",
    f'  File "{DQ_SITE}/dramatiq/worker.py", line 513, in process_message',
    "    res = actor(*message.args, **message.kwargs)",
    "          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    f'  File "{DQ_SITE}/dramatiq/actor.py", line 184, in __call__',
    "    return self.fn(*args, **kwargs)",
    "           ^^^^^^^^^^^^^^^^^^^^^^^^",
]
DQ_WEBHOOK_TB = [
    *DQ_HEAD,
    '  File "/opt/app/app/webhooks.py", line 58, in deliver_webhook',
    "    resp.raise_for_status()",
    f'  File "{DQ_SITE}/requests/models.py", line 1021, in raise_for_status',
    "    raise HTTPError(http_error_msg, response=self)",
]
DQ_TIFF_TB = [
    *DQ_HEAD,
    '  File "/opt/app/app/media.py", line 44, in generate_thumbnails',
    "    im.thumbnail(size, Image.Resampling.LANCZOS)",
    f'  File "{DQ_SITE}/PIL/Image.py", line 2618, in thumbnail',
    "    im = self.resize(size, resample, box=box, reducing_gap=reducing_gap)",
    "         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    f'  File "{DQ_SITE}/PIL/Image.py", line 2200, in resize',
    "    return self._new(self.im.resize(size, resample, box))",
    "                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    "dramatiq.middleware.time_limit.TimeLimitExceeded",
]
DQ_PARTNER = "https://hooks.fulfil-partner.example/v2/orders"
DQ_CRM = "https://crm.shop.example/api/hooks/orders"
DQ_EMAIL_USERS = [
    "maria.k",
    "j.smith",
    "anna.berg",
    "tomasz.w",
    "lee.h",
    "sofia.r",
    "d.okafor",
    "p.nguyen",
    "emma.l",
    "r.garcia",
]
DQ_EMAIL_DOMAINS = ["gmail.com", "outlook.com", "example.net", "proton.me", "web.de"]


def dramatiq(r: random.Random) -> list[Log]:
    """Two job hosts (jobs1, jobs2), `dramatiq app.tasks -p 2 -t 4` each on Redis, 06:00 to
    12:00: a partner's webhook endpoint answering 503 07:15-07:35, Redis failing over at 08:50,
    a worker process on jobs2 killed by the kernel at 09:40, a huge TIFF timing out at 10:20, a
    deploy at 11:00."""
    fs = Files()
    hosts = ["jobs1", "jobs2"]
    st = {
        "jobs1": {"main": 1187, "w": [1203, 1204], "fork": 1219},
        "jobs2": {"main": 1172, "w": [1190, 1191], "fork": 1207},
    }
    nextpid = {"jobs1": [1300], "jobs2": [1300]}

    def newpid(h: str) -> int:
        nextpid[h][0] += r.randint(3, 60)
        return nextpid[h][0]

    def L(
        h: str,
        t: datetime,
        pid: int,
        thread: str,
        logger: str,
        level: str,
        label: str,
        lines: list[str],
    ) -> datetime:
        return fs.add(
            f"{h}-dramatiq.log",
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d}] [PID {pid}] [{thread}] [{logger}] [{level}] {lines[0]}",
                *lines[1:],
            ],
            (h, pid),
            1000,
        )

    oom_at = at(9, 40, 31.4)
    deploy = {"jobs1": at(11, 0, 4.2), "jobs2": at(11, 0, 39.8)}
    redis_down = (at(8, 50, 12), at(8, 50, 21.5))
    outage = (at(7, 15), at(7, 35, 30))

    def boot(h: str, t: datetime) -> datetime:
        s = st[h]
        s["main"] = newpid(h)
        s["w"] = [newpid(h), newpid(h)]
        s["fork"] = newpid(h)
        tw = t
        for i, w in enumerate(s["w"]):
            tw = L(
                h,
                t + sec(r.uniform(1.2, 2.4)),
                w,
                "MainThread",
                f"dramatiq.WorkerProcess({i})",
                "INFO",
                "Worker process is ready for action.",
                ["Worker process is ready for action."],
            )
        tm = L(
            h,
            tw + sec(r.uniform(0.05, 0.2)),
            s["main"],
            "MainThread",
            "dramatiq.MainProcess",
            "INFO",
            "Dramatiq %r is booting up.",
            ["Dramatiq '1.16.0' is booting up."],
        )
        L(
            h,
            tm + sec(r.uniform(0.01, 0.2)),
            s["fork"],
            "MainThread",
            "dramatiq.ForkProcess(0)",
            "INFO",
            "Fork process %r is ready for action.",
            [f"Fork process '{DQ_FORK}' is ready for action."],
        )
        return tw

    def stop(h: str, t: datetime, killed: int = -1) -> datetime:
        s = st[h]
        if killed < 0:
            t = L(
                h,
                t,
                s["main"],
                "MainThread",
                "dramatiq.MainProcess",
                "INFO",
                "Sending signal %r to subprocesses...",
                ["Sending signal 'SIGTERM' to subprocesses..."],
            )
        else:
            t = L(
                h,
                t,
                s["main"],
                "MainThread",
                "dramatiq.MainProcess",
                "CRITICAL",
                "Worker with PID %r exited unexpectedly (code %r). Shutting down...",
                [
                    f"Worker with PID {s['w'][killed]} exited unexpectedly (code -9). Shutting down..."
                ],
            )
        end = t
        for i, w in enumerate(s["w"]):
            if i == killed:
                continue
            tw = L(
                h,
                t + sec(r.uniform(0.005, 0.05)),
                w,
                "MainThread",
                f"dramatiq.WorkerProcess({i})",
                "INFO",
                "Stopping worker process...",
                ["Stopping worker process..."],
            )
            tw = L(
                h,
                tw + sec(r.uniform(0.8, 1.2)),
                w,
                "MainThread",
                "dramatiq.worker.Worker",
                "INFO",
                "Shutting down...",
                ["Shutting down..."],
            )
            tw = L(
                h,
                tw + sec(r.uniform(0.3, 2.5)),
                w,
                "MainThread",
                "dramatiq.worker.Worker",
                "INFO",
                "Worker has been shut down.",
                ["Worker has been shut down."],
            )
            end = max(end, tw)
        L(
            h,
            t + sec(r.uniform(0.005, 0.05)),
            s["fork"],
            "MainThread",
            "dramatiq.ForkProcess(0)",
            "INFO",
            "Stopping fork process...",
            ["Stopping fork process..."],
        )
        return end

    # the process plan: who is up when
    plan = {h: [] for h in hosts}
    for h in hosts:
        segs = [(T0, deploy[h])]
        if h == "jobs2":
            segs = [(T0, oom_at), (oom_at + sec(9), deploy[h])]
        segs.append((deploy[h] + sec(8), T1))
        plan[h] = segs

    def pick(t: datetime) -> tuple[str, int, str] | None:
        """A worker thread that is up at t: (host, pid, thread)."""
        cands = []
        for h in hosts:
            for a, b in plan[h]:
                if a + sec(3) <= t < b:
                    cands.append(h)
        if not cands:
            return None
        h = r.choice(cands)
        return h, r.choice(current[h](t)), f"Thread-{r.randint(8, 11)}"

    pids_by_seg: dict[tuple[str, int], list[int]] = {}
    for h in hosts:
        for si in range(len(plan[h])):
            if si == 0:
                pids_by_seg[(h, si)] = list(st[h]["w"])
            else:
                pids_by_seg[(h, si)] = []  # filled when booted below

    # boots and stops in order, recording each segment's worker pids
    for h in hosts:
        for si, (a, b) in enumerate(plan[h]):
            if si > 0:
                boot(h, a)
                pids_by_seg[(h, si)] = list(st[h]["w"])
            if b < T1:
                if h == "jobs2" and b == oom_at:
                    stop(h, b, killed=1)
                else:
                    stop(h, b)

    def seg_pids(h: str) -> object:
        def f(t: datetime) -> list[int]:
            for si, (a, b) in enumerate(plan[h]):
                if a <= t < b:
                    return pids_by_seg[(h, si)]
            return pids_by_seg[(h, 0)]

        return f

    current = {h: seg_pids(h) for h in hosts}

    def down(t: datetime) -> bool:
        return redis_down[0] <= t < redis_down[1]

    def run(t: datetime, logger: str, label: str, msg: str, level: str = "INFO") -> None:
        w = pick(t)
        if w is None or down(t):
            return
        h, pid, thread = w
        L(h, t, pid, thread, logger, level, label, [msg])

    # the app's steady work
    for t in poisson(r, T0, T1, 27):
        run(
            t,
            "app.emails",
            "Sent order confirmation for order %s to %s",
            f"Sent order confirmation for order {r.randint(100200, 104900)} to {r.choice(DQ_EMAIL_USERS)}{r.randint(1, 99)}@{r.choice(DQ_EMAIL_DOMAINS)}",
        )
    for t in poisson(r, T0, T1, 31):
        n = r.choice([3, 3, 3, 4, 5])
        run(
            t,
            "app.media",
            "Generated %d thumbnails for image %s in %.2fs",
            f"Generated {n} thumbnails for image {r.randint(880000, 899999)} in {r.uniform(0.18, 3.9):.2f}s",
        )
    t = at(6, 0, r.uniform(0.3, 1.2))
    while t < T1:
        for wh in ("ams1", "fra2", "lon1"):
            n = {"ams1": 18422, "fra2": 9731, "lon1": 12650}[wh] + r.randint(-40, 40)
            run(
                t + sec(r.uniform(0.5, 14)),
                "app.inventory",
                "Synced %d SKUs from warehouse %s (%d changed)",
                f"Synced {n} SKUs from warehouse {wh} ({r.randint(0, 240)} changed)",
            )
        t += sec(300)

    # webhooks, with the partner's outage and Dramatiq's retries
    def attempt(t: datetime, evt: str, url: str, mid: str, retries: int) -> None:
        w = pick(t)
        if w is None or down(t):
            t2 = t + sec(r.uniform(5, 20))
            if t2 < T1:
                attempt(t2, evt, url, mid, retries)
            return
        h, pid, thread = w
        msg = f"deliver_webhook('{evt}', '{url}')"
        if url == DQ_PARTNER and outage[0] <= t < outage[1]:
            t = L(
                h,
                t + sec(r.uniform(0.05, 0.4)),
                pid,
                thread,
                "app.webhooks",
                "WARNING",
                "Webhook %s delivery to %s failed: HTTP %d",
                [f"Webhook {evt} delivery to {url} failed: HTTP 503"],
            )
            t = L(
                h,
                t + sec(0.001),
                pid,
                thread,
                "dramatiq.worker.WorkerThread",
                "ERROR",
                "Failed to process message %s with unhandled exception.",
                [
                    f"Failed to process message {msg} with unhandled exception.",
                    *DQ_WEBHOOK_TB,
                    f"requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: {url}",
                ],
            )
            if retries >= 5:
                L(
                    h,
                    t + sec(0.001),
                    pid,
                    thread,
                    "dramatiq.middleware.retries.Retries",
                    "WARNING",
                    "Retries exceeded for message %r.",
                    [f"Retries exceeded for message '{mid}'."],
                )
                return
            backoff = min(15000 * 2**retries, 86400000 * 7) / 2
            delay = int(backoff + r.uniform(0, backoff))
            t = L(
                h,
                t + sec(0.001),
                pid,
                thread,
                "dramatiq.middleware.retries.Retries",
                "INFO",
                "Retrying message %r in %d milliseconds.",
                [f"Retrying message '{mid}' in {delay} milliseconds."],
            )
            t2 = t + sec(delay / 1000 + r.uniform(0.05, 1.0))
            if t2 < T1:
                attempt(t2, evt, url, mid, retries + 1)
            return
        L(
            h,
            t + sec(r.uniform(0.05, 0.9)),
            pid,
            thread,
            "app.webhooks",
            "INFO",
            "Delivered webhook %s to %s in %dms",
            [f"Delivered webhook {evt} to {url} in {r.randint(48, 820)}ms"],
        )

    for t in poisson(r, T0, T1, 80):
        evt = "evt_" + hexid(r, 16)
        attempt(t, evt, DQ_PARTNER if r.random() < 0.6 else DQ_CRM, uuid4(r), 0)

    # Redis fails over: every consumer of every process errors and restarts every 3 s
    for h in hosts:
        for pid in current[h](redis_down[0]):
            for qi, q in enumerate(DQ_QUEUES):
                t = redis_down[0] + sec(r.uniform(0, 1.5))
                while t < redis_down[1]:
                    t = L(
                        h,
                        t,
                        pid,
                        f"Thread-{2 + qi}",
                        f"dramatiq.worker.ConsumerThread({q})",
                        "CRITICAL",
                        "Consumer encountered a connection error: %s",
                        [
                            "Consumer encountered a connection error: Error 111 connecting to redis.internal:6379. Connection refused."
                        ],
                    )
                    t = L(
                        h,
                        t + sec(0.0005),
                        pid,
                        f"Thread-{2 + qi}",
                        f"dramatiq.worker.ConsumerThread({q})",
                        "INFO",
                        "Restarting consumer in %0.2f seconds.",
                        ["Restarting consumer in 3.00 seconds."],
                    )
                    t += sec(3.0 + r.uniform(0.001, 0.02))
            # messages finishing while Redis is away cannot be acked: retried every 5 s
            for _ in range(r.randint(1, 2)):
                t = redis_down[0] + sec(r.uniform(0.5, 4))
                q = r.choice(["default", "media"])
                msg = (
                    f"send_order_confirmation({r.randint(100200, 104900)})"
                    if q == "default"
                    else f"generate_thumbnails({r.randint(880000, 899999)})"
                )
                while t < redis_down[1]:
                    t = L(
                        h,
                        t,
                        pid,
                        f"Thread-{2 + DQ_QUEUES.index(q)}",
                        f"dramatiq.worker.ConsumerThread({q})",
                        "WARNING",
                        "Failed to post_process_message(%s) due to a connection error: %s\\nThe operation will be retried in %s seconds until the connection recovers.\\nIf you restart this worker before this operation succeeds, the message will be re-processed later.",
                        [
                            f"Failed to post_process_message({msg}) due to a connection error: Error 111 connecting to redis.internal:6379. Connection refused.",
                            "The operation will be retried in 5 seconds until the connection recovers.",
                            "If you restart this worker before this operation succeeds, the message will be re-processed later.",
                        ],
                    )
                    t += sec(5 + r.uniform(0.001, 0.01))

    # a huge TIFF exceeds the thumbnail actor's time limit, three attempts
    mid = uuid4(r)
    t = at(10, 20, 7.3)
    for retries in range(3):
        w = pick(t)
        assert w is not None
        h, pid, thread = w
        tl = L(
            h,
            t + sec(120.0),
            pid,
            "Thread-1",
            "dramatiq.middleware.time_limit.TimeLimit",
            "WARNING",
            "Time limit exceeded. Raising exception in worker thread %r.",
            [
                f"Time limit exceeded. Raising exception in worker thread {r.choice([139872034146048, 139872025753344, 139872017360640, 139872008967936])}."
            ],
        )
        tl = L(
            h,
            tl + sec(r.uniform(0.05, 0.6)),
            pid,
            thread,
            "dramatiq.worker.WorkerThread",
            "ERROR",
            "Failed to process message %s with unhandled exception.",
            [
                "Failed to process message generate_thumbnails(887123) with unhandled exception.",
                *DQ_TIFF_TB,
            ],
        )
        if retries == 2:
            L(
                h,
                tl + sec(0.001),
                pid,
                thread,
                "dramatiq.middleware.retries.Retries",
                "WARNING",
                "Retries exceeded for message %r.",
                [f"Retries exceeded for message '{mid}'."],
            )
            break
        backoff = 15000 * 2**retries / 2
        delay = int(backoff + r.uniform(0, backoff))
        tl = L(
            h,
            tl + sec(0.001),
            pid,
            thread,
            "dramatiq.middleware.retries.Retries",
            "INFO",
            "Retrying message %r in %d milliseconds.",
            [f"Retrying message '{mid}' in {delay} milliseconds."],
        )
        t = tl + sec(delay / 1000 + r.uniform(0.1, 1.0))
    return fs.logs(T0)


SYSTEMS = {
    "openlitespeed": openlitespeed,
    "h2o": h2o,
    "unicorn": unicorn,
    "resque": resque,
    "dramatiq": dramatiq,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
