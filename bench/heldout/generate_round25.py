#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call; printf as the programs do)
"""Writes the held-out logs of round 25 (nginx, mariadb, containerd, tomcat, samba) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five families not yet covered: nginx's C error log with its request context suffix,
MariaDB's error log (space-padded hour, thread id, multi-line notes), containerd's logrus text
(`time=... level=... msg=...` with escaped quotes in the message), Tomcat's JUL OneLineFormatter
with stack traces, and Samba's two-part records (a header line naming the source location, the
message indented on the lines after it). Run it only to change the data on purpose:
`python bench/heldout/generate_round25.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, uuid4


def run(r: random.Random, table: Sequence[tuple[float, Callable[[], None]]], n: int) -> None:
    """Calls `n` events drawn from `table`'s weighted event makers."""
    fns = [f for _, f in table]
    weights = [w for w, _ in table]
    for _ in range(n):
        r.choices(fns, weights=weights)[0]()


def cfmt(tmpl: str, args: tuple) -> str:
    """printf's `tmpl % args`, C's length modifiers and precisions read as Python's."""
    return (
        re.sub(r"%-?\.?\d*(?:z|ll|l)?([dus])", lambda m: "%s" if m.group(1) == "s" else "%d", tmpl)
        % args
    )


def client_ip(r: random.Random) -> str:
    return r.choice(
        [
            f"203.0.113.{r.randrange(1, 255)}",
            f"198.51.100.{r.randrange(1, 255)}",
            f"{r.choice([31, 46, 77, 85, 91, 176, 185])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
            f"2a02:810d:{hexid(r, 4)}:{hexid(r, 4)}::{hexid(r, 3)}",
        ]
    )


# ------------------------------------------------------------------------------------ nginx

NGINX_HOSTS = ["shop.example.com", "api.example.com", "static.example.com", "www.example.com"]
NGINX_UPSTREAMS = {
    "api.example.com": ["10.0.2.11:8080", "10.0.2.12:8080", "10.0.2.13:8080"],
    "shop.example.com": ["unix:/run/php/php8.2-fpm.sock"],
    "www.example.com": ["10.0.2.21:3000", "10.0.2.22:3000"],
}
NGINX_PATHS = {
    "api.example.com": [
        "/v1/orders",
        "/v1/orders/{id}",
        "/v1/customers/{id}/addresses",
        "/v1/search?q={q}",
        "/v1/cart/{id}/items",
        "/v1/auth/token",
        "/v1/reports/export?from=2024-03-01&to=2024-03-10",
    ],
    "shop.example.com": [
        "/index.php",
        "/checkout.php",
        "/product.php?id={id}",
        "/category.php?slug={q}",
        "/wp-login.php",
        "/cart.php",
    ],
    "www.example.com": [
        "/",
        "/pricing",
        "/blog/{q}",
        "/docs/getting-started",
        "/_next/data/{id}.json",
    ],
    "static.example.com": [
        "/img/{id}.webp",
        "/css/main.{id}.css",
        "/js/app.{id}.js",
        "/fonts/inter.woff2",
    ],
}
SEARCH_WORDS = ["shoes", "red+dress", "usb-c", "garden", "lamp", "coffee+grinder", "kids"]


def nginx(r: random.Random) -> list[Log]:
    """nginx 1.24 (`/var/log/nginx/error.log`, `YYYY/MM/DD HH:MM:SS [level] PID#TID: *CID
    message`, the request context `, client: ..., server: ..., request: "...", upstream: "...",
    host: "..."` appended by ngx_http_log_error): start-up notices and worker starts, reloads on
    SIGHUP, files not found, upstream timeouts and refusals, FastCGI stderr, rate limiting, body
    size limits, SSL handshake failures, buffering warnings."""
    log = Log("error.log", datetime(2024, 3, 11, 6, 25, 2, tzinfo=UTC))
    master = 812
    workers = [master + 1 + i for i in range(4)]
    conn = [r.randrange(1, 50)]

    def emit(
        level: str,
        tmpl: str,
        args: tuple = (),
        pid: int | None = None,
        cid: bool = False,
        ctx: str = "",
        label: str | None = None,
    ) -> None:
        t = log.t
        p = pid or r.choice(workers)
        msg = cfmt(tmpl, args) if args else tmpl
        star = ""
        if cid:
            conn[0] += r.randrange(1, 400)
            star = f"*{conn[0]} "
        log.add(f"{t:%Y/%m/%d %H:%M:%S} [{level}] {p}#{p}: {star}{msg}{ctx}", label or tmpl)

    def path(host: str) -> str:
        p = r.choice(NGINX_PATHS[host])
        return p.replace("{id}", str(r.choice([r.randrange(1, 99999), hexid(r, 8)]))).replace(
            "{q}", r.choice(SEARCH_WORDS)
        )

    def request(host: str, method: str | None = None) -> tuple[str, str]:
        m = method or r.choices(["GET", "POST", "PUT", "DELETE"], [8, 3, 1, 1])[0]
        p = path(host)
        return f"{m} {p} HTTP/{r.choice(['1.1', '1.1', '2.0'])}", p

    def context(host: str, req: str, upstream: str | None = None, referrer: bool = False) -> str:
        out = f', client: {client_ip(r)}, server: {host}, request: "{req}"'
        if upstream:
            out += f', upstream: "{upstream}"'
        out += f', host: "{host}"'
        if referrer:
            out += f', referrer: "https://{host}{path(host)}"'
        return out

    def startup() -> None:
        emit("notice", 'using the "%s" event method', ("epoll",), master)
        emit("notice", "nginx/%s", ("1.24.0",), master)
        emit("notice", "built by %s", ("gcc 12.2.0 (Debian 12.2.0-14)",), master)
        emit("notice", "OS: %s", ("Linux 6.1.0-18-amd64",), master)
        emit("notice", "getrlimit(RLIMIT_NOFILE): %d:%d", (1024, 524288), master)
        emit("notice", "start worker processes", (), master)
        for w in workers:
            emit("notice", "start worker process %d", (w,), master)

    def reload() -> None:
        nonlocal workers
        emit(
            "notice",
            "signal %d (%s) received from %d, reconfiguring",
            (1, "SIGHUP", r.randrange(3000, 90000)),
            master,
        )
        emit("notice", "reconfiguring", (), master)
        if r.random() < 0.5:
            emit(
                "warn",
                'conflicting server name "%s" on %s, ignored',
                ("www.example.com", "0.0.0.0:80"),
                master,
            )
        emit("notice", 'using the "%s" event method', ("epoll",), master)
        emit("notice", "start worker processes", (), master)
        old = workers
        workers = [max(old) + 1 + i for i in range(4)]
        for w in workers:
            emit("notice", "start worker process %d", (w,), master)
        log.tick(r, 0.1, 2)
        for w in old:
            emit("notice", "gracefully shutting down", (), w)
        for w in old:
            emit("notice", "exiting", (), w)
            emit("notice", "exit", (), w)
        for w in old:
            emit("notice", "signal %d (%s) received from %d", (17, "SIGCHLD", w), master)
            emit("notice", "worker process %d exited with code %d", (w, 0), master)
            if r.random() < 0.3:
                emit(
                    "notice",
                    "signal %d (%s) received from %d",
                    (29, "SIGIO", r.choice(workers)),
                    master,
                )

    def not_found() -> None:
        host = r.choice(["static.example.com", "www.example.com", "shop.example.com"])
        f = r.choice(
            [
                "/favicon.ico",
                "/robots.txt",
                "/.env",
                "/wp-admin/setup-config.php",
                "/apple-touch-icon-precomposed.png",
                f"/img/{hexid(r, 8)}.webp",
                "/.git/config",
                "/ads.txt",
            ]
        )
        root = {
            "static.example.com": "/srv/static",
            "www.example.com": "/var/www/site/public",
            "shop.example.com": "/var/www/shop",
        }[host]
        emit(
            "error",
            'open() "%s" failed (%d: %s)',
            (root + f, 2, "No such file or directory"),
            cid=True,
            ctx=context(host, f"GET {f} HTTP/1.1", referrer=r.random() < 0.3),
        )

    def forbidden() -> None:
        host = r.choice(["static.example.com", "www.example.com"])
        d = r.choice(["/srv/static/img/", "/srv/static/", "/var/www/site/public/uploads/"])
        if r.random() < 0.6:
            emit(
                "error",
                'directory index of "%s" is forbidden',
                (d,),
                cid=True,
                ctx=context(host, f"GET /{d.split('/', 3)[-1]} HTTP/1.1"),
            )
        else:
            emit(
                "error",
                "access forbidden by rule",
                cid=True,
                ctx=context(
                    host,
                    r.choice(
                        [
                            "GET /.htaccess HTTP/1.1",
                            "GET /server-status HTTP/1.1",
                            "GET /.git/HEAD HTTP/1.1",
                        ]
                    ),
                ),
            )

    def upstream_err() -> None:
        host = r.choice(["api.example.com", "api.example.com", "www.example.com"])
        up = r.choice(NGINX_UPSTREAMS[host])
        req, p = request(host)
        uurl = f"http://{up}{p}"
        kind = r.choices(["timeout", "refused", "closed", "reset", "nolive"], [5, 3, 2, 1, 1])[0]
        if kind == "timeout":
            emit(
                "error",
                "upstream timed out (%d: %s) while reading response header from upstream",
                (110, "Connection timed out"),
                cid=True,
                ctx=context(host, req, uurl),
            )
        elif kind == "refused":
            emit(
                "error",
                "connect() failed (%d: %s) while connecting to upstream",
                (111, "Connection refused"),
                cid=True,
                ctx=context(host, req, uurl),
            )
        elif kind == "closed":
            emit(
                "error",
                "upstream prematurely closed connection while reading response header from upstream",
                cid=True,
                ctx=context(host, req, uurl),
            )
        elif kind == "reset":
            emit(
                "error",
                "recv() failed (%d: %s) while reading response header from upstream",
                (104, "Connection reset by peer"),
                cid=True,
                ctx=context(host, req, uurl),
            )
        else:
            name = "api_backend" if host.startswith("api") else "site_backend"
            emit(
                "error",
                "no live upstreams while connecting to upstream",
                cid=True,
                ctx=context(host, req, f"http://{name}{p}"),
            )

    def fastcgi() -> None:
        host = "shop.example.com"
        req, _ = request(host)
        script = r.choice(
            [
                "/var/www/shop/index.php",
                "/var/www/shop/checkout.php",
                "/var/www/shop/lib/Cart.php",
                "/var/www/shop/vendor/acme/payments/src/Client.php",
            ]
        )
        # What PHP-FPM wrote on stderr is a message of its own: its format is the label's (as
        # httpd's `Got error '%s'` in round 28), one per PHP message.
        msg, php = r.choice(
            [
                (
                    f'PHP message: PHP Warning:  Undefined array key "{r.choice(["id", "qty", "coupon", "HTTP_REFERER"])}" in {script} on line {r.randrange(10, 900)}',
                    'PHP message: PHP Warning:  Undefined array key "%s" in %s on line %d',
                ),
                (
                    f"PHP message: PHP Deprecated:  strlen(): Passing null to parameter #1 ($string) of type string is deprecated in {script} on line {r.randrange(10, 900)}",
                    "PHP message: PHP Deprecated:  %s(): Passing null to parameter #%d ($%s) of type %s is deprecated in %s on line %d",
                ),
                (
                    f"PHP message: PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in {script}:{r.randrange(10, 900)}",
                    "PHP message: PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in %s:%d",
                ),
                (
                    f"PHP message: PHP Warning:  Trying to access array offset on value of type null in {script} on line {r.randrange(10, 900)}",
                    "PHP message: PHP Warning:  Trying to access array offset on value of type %s in %s on line %d",
                ),
            ]
        )
        emit(
            "error",
            'FastCGI sent in stderr: "%s" while reading response header from upstream',
            (msg,),
            label=f'FastCGI sent in stderr: "{php}" while reading response header from upstream',
            cid=True,
            ctx=context(
                host, req, "fastcgi://unix:/run/php/php8.2-fpm.sock:", referrer=r.random() < 0.5
            ),
        )

    def limit() -> None:
        host = "api.example.com"
        req, _ = request(host)
        emit(
            "error",
            'limiting requests, excess: %s by zone "%s"',
            (
                f"{r.randrange(0, 30)}.{r.randrange(1000):03d}",
                r.choice(["api_limit", "login_limit"]),
            ),
            cid=True,
            ctx=context(host, req),
        )

    def body() -> None:
        host = r.choice(["api.example.com", "shop.example.com"])
        req, _ = request(host, "POST")
        if r.random() < 0.5:
            emit(
                "error",
                "client intended to send too large body: %d bytes",
                (r.randrange(10485761, 90000000),),
                cid=True,
                ctx=context(host, req),
            )
        else:
            emit(
                "warn",
                "a client request body is buffered to a temporary file %s",
                (f"/var/cache/nginx/client_temp/{r.randrange(10**9):010d}",),
                cid=True,
                ctx=context(host, req),
            )

    def buffered() -> None:
        host = "api.example.com"
        up = r.choice(NGINX_UPSTREAMS[host])
        req, p = request(host, "GET")
        n = r.randrange(1, 99)
        emit(
            "warn",
            "an upstream response is buffered to a temporary file %s while reading upstream",
            (f"/var/cache/nginx/proxy_temp/{n % 10}/{n:02d}/{r.randrange(10**9):010d}",),
            cid=True,
            ctx=context(host, req, f"http://{up}{p}"),
        )

    def ssl() -> None:
        reason = r.choice(
            [
                "SSL: error:0A00006C:SSL routines::bad key share",
                "SSL: error:0A000102:SSL routines::unsupported protocol",
                "SSL: error:0A0000C1:SSL routines::no shared cipher",
                "SSL: error:0A00010B:SSL routines::wrong version number",
            ]
        )
        emit(
            "info",
            "SSL_do_handshake() failed (%s) while SSL handshaking",
            (reason,),
            cid=True,
            ctx=f", client: {client_ip(r)}, server: 0.0.0.0:443",
        )

    def closed_early() -> None:
        host = r.choice(["api.example.com", "www.example.com"])
        req, _ = request(host)
        if r.random() < 0.5:
            emit("info", "client %s closed keepalive connection", (client_ip(r),), cid=True)
        else:
            emit(
                "info",
                "epoll_wait() reported that client prematurely closed connection, so upstream connection is closed too while sending request to upstream",
                cid=True,
                ctx=context(host, req, f"http://{r.choice(NGINX_UPSTREAMS[host])}/"),
            )

    def bad_request() -> None:
        junk = r.choice(
            [
                "\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xFC\\x03\\x03",
                "MGLNDD_10.0.1.8_443",
                "\\x00\\x00\\x00",
                "\\x03\\x00\\x00/*\\xE0\\x00\\x00\\x00\\x00\\x00Cookie: mstshash=Administr",
            ]
        )
        emit(
            "info",
            "client sent invalid method while reading client request line",
            cid=True,
            ctx=f', client: {client_ip(r)}, server: {r.choice(NGINX_HOSTS)}, request: "{junk}"',
        )

    startup()
    table = [
        (20, not_found),
        (5, forbidden),
        (18, upstream_err),
        (8, fastcgi),
        (9, limit),
        (5, body),
        (6, buffered),
        (9, ssl),
        (6, closed_early),
        (3, bad_request),
        (0.4, reload),
    ]
    for _ in range(1350):
        log.tick(r, 0.05, 25)
        r.choices([f for _, f in table], [w for w, _ in table])[0]()
    log.tick(r, 5, 30)
    emit("notice", "signal %d (%s) received from %d, exiting", (15, "SIGTERM", 1), master)
    for w in workers:
        emit("notice", "signal %d (%s) received from %d, exiting", (15, "SIGTERM", master), w)
        emit("notice", "exiting", (), w)
        emit("notice", "exit", (), w)
    emit("notice", "exit", (), master)
    return [log]


# ---------------------------------------------------------------------------------- mariadb

DB_USERS = ["app", "app", "app", "reporting", "etl", "backup", "grafana"]
DB_NAMES = {
    "app": "shop",
    "reporting": "shop_reporting",
    "etl": "warehouse",
    "backup": "NULL",
    "grafana": "grafana",
}


def mariadb(r: random.Random) -> list[Log]:
    """MariaDB 10.11 on a primary and a replica (`/var/log/mysql/error.log`, `YYYY-MM-DD %2H:MM:SS
    THREAD [Level] message`, the hour padded with a space), log_warnings=2: InnoDB start-up and
    shutdown, "ready for connections" with its Version line, aborted connections, access denied,
    unresolvable client addresses, deadlocks printed with innodb_print_all_deadlocks (records
    that start with an empty "InnoDB: " line), replication threads connecting and failing, table
    cache instances, crashed Aria tables."""
    start = datetime(2024, 3, 11, 6, 25, 2, tzinfo=UTC)
    logs = [Log("db1-error.log", start), Log("db2-error.log", start)]
    conn_ids = [r.randrange(3, 9), r.randrange(3, 9)]
    lsn = [r.randrange(10**9, 9 * 10**9), r.randrange(10**9, 9 * 10**9)]
    trx = [r.randrange(20000, 90000), r.randrange(20000, 90000)]
    binlog = [r.randrange(100, 200)]
    pos = [r.randrange(4, 10**6)]

    def emit(
        i: int,
        level: str,
        tmpl: str,
        args: tuple = (),
        thread: int = 0,
        more: Sequence[str] = (),
        label: str | None = None,
    ) -> None:
        t = logs[i].t
        msg = cfmt(tmpl, args) if args else tmpl
        first, *rest = msg.split("\n")
        logs[i].add(f"{t:%Y-%m-%d} {t.hour:2d}:{t:%M:%S} {thread} [{level}] {first}", label or tmpl)
        for line in [*rest, *more]:
            logs[i].add(line, None)

    def tick(i: int, lo: float, hi: float) -> None:
        logs[i].tick(r, lo, hi)

    def conn(i: int) -> int:
        conn_ids[i] += r.randrange(1, 60)
        return conn_ids[i]

    def bp_time(i: int) -> str:
        t = logs[i].t
        return f"{t:%y%m%d} {t.hour:2d}:{t:%M:%S}"

    def boot(i: int) -> None:
        pid = r.randrange(600, 40000)
        emit(
            i,
            "Note",
            "Starting MariaDB %s source revision %s as process %lu",
            ("10.11.6-MariaDB-0+deb12u1-log", "fecd78b83785d5ae96f2c6ff340375be803cd299", pid),
        )
        emit(i, "Note", "InnoDB: Compressed tables use zlib %s", ("1.2.13",))
        emit(i, "Note", "InnoDB: Number of transaction pools: %zu", (1,))
        emit(i, "Note", "InnoDB: Using crc32 + pclmulqdq instructions")
        emit(i, "Note", "InnoDB: Using liburing")
        emit(
            i,
            "Note",
            "InnoDB: Initializing buffer pool, total size = %s, chunk size = %s",
            (r.choice(["4.000GiB", "8.000GiB"]), "128.000MiB"),
        )
        emit(i, "Note", "InnoDB: Completed initialization of buffer pool")
        emit(
            i, "Note", "InnoDB: File system buffers for log disabled (block size=%u bytes)", (4096,)
        )
        emit(i, "Note", "InnoDB: Opened %u undo tablespaces", (3,))
        emit(
            i, "Note", "InnoDB: %zu rollback segments in %u undo tablespaces are active.", (128, 3)
        )
        emit(
            i,
            "Note",
            "InnoDB: Setting file '%s' size to %s. Physically writing the file full; Please wait ...",
            ("./ibtmp1", "12.000MiB"),
        )
        emit(i, "Note", "InnoDB: File '%s' size is now %s.", ("./ibtmp1", "12.000MiB"))
        emit(
            i,
            "Note",
            "InnoDB: log sequence number %llu%s; transaction id %llu",
            (lsn[i], r.choice([" (memory-mapped)", ""]), trx[i]),
        )
        emit(
            i, "Note", "InnoDB: Loading buffer pool(s) from %s", ("/var/lib/mysql/ib_buffer_pool",)
        )
        emit(i, "Note", "Plugin '%s' is disabled.", ("FEEDBACK",))
        emit(i, "Note", "Server socket created on IP: '%s'.", ("0.0.0.0",))
        if i == 1:
            emit(i, "Note", "Reading of all Master_info entries succeeded")
            emit(i, "Note", "Added new Master_info '' to hash table")
        emit(
            i,
            "Note",
            "%s: ready for connections.\nVersion: '%s'  socket: '%s'  port: %d  %s",
            (
                "/usr/sbin/mariadbd",
                "10.11.6-MariaDB-0+deb12u1-log",
                "/run/mysqld/mysqld.sock",
                3306,
                "Debian 12",
            ),
            label="%s: ready for connections.",
        )
        tick(i, 0.5, 4)
        emit(i, "Note", "InnoDB: Buffer pool(s) load completed at %s", (bp_time(i),))
        if i == 1:
            slave_start()

    def slave_start() -> None:
        th = conn(1)
        emit(
            1,
            "Note",
            "Slave I/O thread: Start asynchronous replication to master 'repl@%s:%d' in log '%s' at position %llu",
            ("10.0.3.10", 3306, f"mysql-bin.{binlog[0]:06d}", pos[0]),
            th,
        )
        emit(
            1,
            "Note",
            "Slave SQL thread initialized, starting replication in log '%s' at position %llu, relay log '%s' position: %llu; GTID position '%s'",
            (
                f"mysql-bin.{binlog[0]:06d}",
                pos[0],
                "./mysqld-relay-bin.000001",
                4,
                f"0-1-{r.randrange(10**5, 10**6)}",
            ),
            th + 1,
        )
        emit(
            1,
            "Note",
            "Slave I/O thread: connected to master 'repl@%s:%d',replication started in log '%s' at position %llu",
            ("10.0.3.10", 3306, f"mysql-bin.{binlog[0]:06d}", pos[0]),
            th,
        )

    def shutdown(i: int) -> None:
        emit(
            i,
            "Note",
            "%s (initiated by: %s): Normal shutdown",
            ("/usr/sbin/mariadbd", r.choice(["unknown", "root[root] @ localhost []"])),
        )
        emit(i, "Note", "InnoDB: FTS optimize thread exiting.")
        emit(i, "Note", "InnoDB: Starting shutdown...")
        emit(i, "Note", "InnoDB: Dumping buffer pool(s) to %s", ("/var/lib/mysql/ib_buffer_pool",))
        emit(
            i,
            "Note",
            "InnoDB: Restricted to %zu pages due to innodb_buf_pool_dump_pct=%lu",
            (r.randrange(5000, 90000), 25),
        )
        emit(i, "Note", "InnoDB: Buffer pool(s) dump completed at %s", (bp_time(i),))
        tick(i, 0.5, 3)
        lsn[i] += r.randrange(10**5, 10**7)
        trx[i] += r.randrange(100, 5000)
        emit(i, "Note", 'InnoDB: Removed temporary tablespace data file: "%s"', ("./ibtmp1",))
        emit(
            i,
            "Note",
            "InnoDB: Shutdown completed; log sequence number %llu; transaction id %llu",
            (lsn[i], trx[i]),
        )
        emit(i, "Note", "%s: Shutdown complete", ("/usr/sbin/mariadbd",))
        logs[i].add("", None)

    def aborted() -> None:
        i = r.choice([0, 0, 0, 1])
        tick(i, 1, 90)
        user = r.choice(DB_USERS)
        host = r.choice(["10.0.3.21", "10.0.3.22", "10.0.3.23", "10.0.4.9", "localhost"])
        reason = r.choices(
            [
                "Got timeout reading communication packets",
                "Got an error reading communication packets",
                "Got timeout writing communication packets",
                "This connection closed normally",
            ],
            [6, 3, 1, 1],
        )[0]
        # The reason is the text of an error of the server's own (ER_NET_READ_INTERRUPTED,
        # ...): a message of its own, which contributes its format (bench/README.md).
        emit(
            i,
            "Warning",
            "Aborted connection %lld to db: '%s' user: '%s' host: '%s' (" + reason + ")",
            (conn(i), DB_NAMES[user], user, host),
            conn_ids[i],
        )

    def unauth() -> None:
        i = 0
        tick(i, 1, 90)
        host = r.choice(
            ["10.0.5.7", "10.0.5.7", "10.0.9.44", f"10.0.{r.randrange(1, 9)}.{r.randrange(2, 250)}"]
        )
        th = conn(i)
        if r.random() < 0.4:
            emit(
                i,
                "Warning",
                "Aborted connection %lld to db: '%s' user: '%s' host: '%s' "
                "(This connection closed normally without authentication)",
                (th, "unconnected", "unauthenticated", host),
                th,
            )
        else:
            user = r.choice(["root", "root", "admin", "app", "test", "monitor"])
            emit(
                i,
                "Warning",
                "Access denied for user '%s'@'%s' (using password: %s)",
                (user, host, r.choice(["YES", "YES", "NO"])),
                th,
            )

    def resolve() -> None:
        i = 0
        tick(i, 1, 120)
        ip = f"10.0.{r.randrange(1, 9)}.{r.randrange(2, 250)}"
        emit(
            i,
            "Warning",
            "IP address '%s' could not be resolved: %s",
            (ip, r.choice(["Name or service not known", "Temporary failure in name resolution"])),
            conn(i),
        )

    def deadlock() -> None:
        i = 0
        tick(i, 1, 200)
        th = conn(i)
        t1, t2 = trx[0] + r.randrange(1, 99), trx[0] + r.randrange(100, 199)
        trx[0] += 200
        sku = f"{r.choice('ABCDE')}-{r.randrange(1000, 9999)}"
        o1 = r.randrange(10000, 99999)
        emit(
            i,
            "Note",
            "InnoDB: Transactions deadlock detected, dumping detailed information.",
            thread=th,
        )
        tables = [
            ("stock", f"UPDATE stock SET qty = qty - 1 WHERE sku = '{sku}'"),
            ("orders", f"UPDATE orders SET status = 'paid', paid_at = NOW() WHERE id = {o1}"),
        ]
        for n, (trxid, (table, q)) in enumerate([(t1, tables[0]), (t2, tables[1])], 1):
            emit(
                i,
                "Note",
                "InnoDB: \n*** (%u) TRANSACTION:\n",
                (n,),
                th,
                [
                    f"TRANSACTION {trxid}, ACTIVE {r.randrange(0, 3)} sec starting index read",
                    "mysql tables in use 1, locked 1",
                    f"LOCK WAIT {r.randrange(2, 5)} lock struct(s), heap size 1128, {r.randrange(1, 4)} row lock(s)",
                    f"MariaDB thread id {th - n}, OS thread handle {r.randrange(10**14, 10**15)}, query id {r.randrange(10**5, 10**7)} 10.0.3.{r.randrange(21, 24)} app Updating",
                    q,
                ],
                label="InnoDB: *** (%u) TRANSACTION:",
            )
            emit(
                i,
                "Note",
                "InnoDB: *** WAITING FOR THIS LOCK TO BE GRANTED:\n",
                thread=th,
                more=[
                    f"RECORD LOCKS space id {r.randrange(8, 40)} page no {r.randrange(3, 900)} n bits {r.choice([72, 80, 320])} index PRIMARY of table `shop`.`{table}` trx id {trxid} lock_mode X locks rec but not gap waiting",
                ],
                label="InnoDB: *** WAITING FOR THIS LOCK TO BE GRANTED:",
            )
        emit(
            i,
            "Note",
            "InnoDB: *** WE ROLL BACK TRANSACTION (%u)\n",
            (r.choice([1, 2]),),
            th,
            label="InnoDB: *** WE ROLL BACK TRANSACTION (%u)",
        )

    def sort_aborted() -> None:
        i = r.choice([0, 1])
        tick(i, 1, 200)
        th = conn(i)
        q = r.choice(
            [
                "SELECT o.id, o.created_at, c.email FROM orders o JOIN customers c ON c.id = o.customer_id ORDER BY o.created_at DESC LIMIT 50",
                f"SELECT * FROM products WHERE category_id = {r.randrange(1, 80)} ORDER BY price",
                "SELECT sku, SUM(qty) FROM order_items GROUP BY sku ORDER BY 2 DESC",
            ]
        )
        emit(
            i,
            "Warning",
            "Sort aborted, host: %s, user: %s, thread: %lu, query: %-.4096s",
            (
                r.choice(["10.0.3.21", "10.0.3.22", "10.0.4.9"]),
                r.choice(["app", "reporting"]),
                th,
                q,
            ),
            th,
        )

    def repl_error() -> None:
        i = 1
        tick(i, 10, 300)
        th = conn(1)
        emit(
            1,
            "ERROR",
            "Error reading packet from server: %s (server_errno=%d)",
            ("Lost connection to server during query", 2013),
            th,
        )
        emit(
            1,
            "Note",
            "Slave I/O thread: Failed reading log event, reconnecting to retry, log '%s' at position %llu; GTID position '%s'",
            (f"mysql-bin.{binlog[0]:06d}", pos[0], f"0-1-{r.randrange(10**5, 10**6)}"),
            th,
        )
        if r.random() < 0.5:
            emit(
                1,
                "ERROR",
                "Slave I/O: error reconnecting to master '%s@%s:%d' - retry-time: %d  maximum-retries: %lu  message: %s, Internal MariaDB error code: %d",
                (
                    "repl",
                    "10.0.3.10",
                    3306,
                    60,
                    100000,
                    "Can't connect to server on '10.0.3.10' (111 \"Connection refused\")",
                    2003,
                ),
                th,
            )
            tick(1, 30, 90)
        emit(
            1,
            "Note",
            "Slave: connected to master '%s@%s:%d',replication resumed in log '%s' at position %llu",
            ("repl", "10.0.3.10", 3306, f"mysql-bin.{binlog[0]:06d}", pos[0]),
            th,
        )

    def rotate() -> None:
        binlog[0] += 1
        pos[0] = 4
        pos[0] += r.randrange(100, 10**6)

    def table_cache() -> None:
        i = 0
        tick(i, 1, 500)
        n = r.randrange(1, 8)
        emit(
            i,
            "Note",
            "Detected table cache mutex contention at instance %d: %d%% waits. Additional table cache instance activated. Number of instances after activation: %d.",
            (n, r.randrange(20, 60), n + 1),
            conn(i),
        )

    def crashed() -> None:
        i = r.choice([0, 1])
        tick(i, 1, 300)
        th = conn(i)
        t = r.choice(["./shop/sessions", "./warehouse/import_log", "./mysql/proc"])
        emit(
            i,
            "ERROR",
            "%s: Table '%s' is marked as crashed and should be repaired",
            ("mariadbd", t),
            th,
        )
        emit(i, "Warning", "Checking table:   '%s'", (t,), th)
        if r.random() < 0.5:
            emit(
                i,
                "ERROR",
                "%s: Table '%s' is marked as crashed and last (automatic?) repair failed",
                ("mariadbd", t),
                th,
            )
        else:
            emit(i, "Warning", "Recovering table: '%s'", (t,), th)

    def row_size() -> None:
        i = 0
        tick(i, 1, 600)
        col = r.choice(["notes", "shipping_address", "gift_message", "meta_json"])
        emit(
            i,
            "Warning",
            "InnoDB: Cannot add field %s in table %s because after adding it, the row size is %u which is greater than maximum allowed size (%u bytes) for a record on index leaf page.",
            (
                f"`{col}`",
                f"`shop`.`{r.choice(['orders', 'customers'])}`",
                r.randrange(8127, 9800),
                8126,
            ),
            conn(i),
        )

    def tick_both() -> None:
        for i in range(2):
            tick(i, 1, 60)

    for i in range(2):
        boot(i)
    table = [
        (30, aborted),
        (14, unauth),
        (6, resolve),
        (4, deadlock),
        (6, sort_aborted),
        (5, repl_error),
        (2, rotate),
        (2, table_cache),
        (2, crashed),
        (2, row_size),
        (10, tick_both),
    ]
    for step in range(560):
        r.choices([f for _, f in table], [w for w, _ in table])[0]()
        if step in (200, 410):
            i = 0 if step == 200 else 1
            tick(i, 5, 60)
            shutdown(i)
            tick(i, 5, 40)
            boot(i)
    for i in range(2):
        tick(i, 5, 60)
        shutdown(i)
    return logs


# ------------------------------------------------------------------------------- containerd

CTR_PLUGINS = [
    ("io.containerd.content.v1.content", "io.containerd.content.v1"),
    ("io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1"),
    ("io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1"),
    ("io.containerd.snapshotter.v1.devmapper", "io.containerd.snapshotter.v1"),
    ("io.containerd.snapshotter.v1.native", "io.containerd.snapshotter.v1"),
    ("io.containerd.snapshotter.v1.overlayfs", "io.containerd.snapshotter.v1"),
    ("io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1"),
    ("io.containerd.metadata.v1.bolt", "io.containerd.metadata.v1"),
    ("io.containerd.differ.v1.walking", "io.containerd.differ.v1"),
    ("io.containerd.event.v1.exchange", "io.containerd.event.v1"),
    ("io.containerd.gc.v1.scheduler", "io.containerd.gc.v1"),
    ("io.containerd.lease.v1.manager", "io.containerd.lease.v1"),
    ("io.containerd.service.v1.containers-service", "io.containerd.service.v1"),
    ("io.containerd.service.v1.content-service", "io.containerd.service.v1"),
    ("io.containerd.service.v1.images-service", "io.containerd.service.v1"),
    ("io.containerd.service.v1.tasks-service", "io.containerd.service.v1"),
    ("io.containerd.runtime.v2.task", "io.containerd.runtime.v2"),
    ("io.containerd.monitor.v1.cgroups", "io.containerd.monitor.v1"),
    ("io.containerd.grpc.v1.containers", "io.containerd.grpc.v1"),
    ("io.containerd.grpc.v1.content", "io.containerd.grpc.v1"),
    ("io.containerd.grpc.v1.images", "io.containerd.grpc.v1"),
    ("io.containerd.grpc.v1.tasks", "io.containerd.grpc.v1"),
    ("io.containerd.grpc.v1.cri", "io.containerd.grpc.v1"),
    ("io.containerd.tracing.processor.v1.otlp", "io.containerd.tracing.processor.v1"),
    ("io.containerd.internal.v1.tracing", "io.containerd.internal.v1"),
]
CTR_SKIP = {
    "io.containerd.snapshotter.v1.aufs": 'aufs is not supported (modprobe aufs failed: exit status 1 "modprobe: FATAL: Module aufs not found in directory /lib/modules/6.1.0-18-cloud-amd64\\n"): skip plugin',
    "io.containerd.snapshotter.v1.btrfs": "path /var/lib/containerd/io.containerd.snapshotter.v1.btrfs (ext4) must be a btrfs filesystem to be used with the btrfs snapshotter: skip plugin",
    "io.containerd.snapshotter.v1.devmapper": "devmapper not configured: skip plugin",
    "io.containerd.snapshotter.v1.zfs": "path /var/lib/containerd/io.containerd.snapshotter.v1.zfs must be a zfs filesystem to be used with the zfs snapshotter: skip plugin",
    "io.containerd.tracing.processor.v1.otlp": "skip plugin: tracing endpoint not configured",
}
PODS = [
    (
        "kube-system",
        "coredns-5d78c9869d-{s}",
        ["coredns"],
        "registry.k8s.io/coredns/coredns:v1.10.1",
    ),
    ("kube-system", "kube-proxy-{s}", ["kube-proxy"], "registry.k8s.io/kube-proxy:v1.28.7"),
    (
        "kube-system",
        "calico-node-{s}",
        ["upgrade-ipam", "install-cni", "calico-node"],
        "docker.io/calico/node:v3.27.2",
    ),
    (
        "shop",
        "orders-api-7f9c8d6b5-{s}",
        ["orders-api"],
        "registry.example.com/shop/orders-api:2.14.3",
    ),
    (
        "shop",
        "checkout-6b8d4f7c9-{s}",
        ["checkout", "istio-proxy"],
        "registry.example.com/shop/checkout:1.9.0",
    ),
    ("shop", "redis-0", ["redis"], "docker.io/library/redis:7.2.4"),
    (
        "monitoring",
        "node-exporter-{s}",
        ["node-exporter"],
        "quay.io/prometheus/node-exporter:v1.7.0",
    ),
    (
        "batch",
        "report-builder-28499220-{s}",
        ["report"],
        "registry.example.com/batch/report-builder:0.8.1",
    ),
]


def containerd(r: random.Random) -> list[Log]:
    """containerd 1.7 on a Kubernetes node (`containerd.log`, logrus's text formatter:
    `time="RFC3339Nano" level=... msg="..."` and sorted `key=value` fields, quotes inside msg
    escaped): plugins loading and skipped at start, the CRI plugin's pod sandbox and container
    lifecycle (RunPodSandbox, CreateContainer, StartContainer, StopPodSandbox, RemoveContainer)
    with 64-hex ids, image pulls, shims disconnecting, failed pulls and CNI teardown errors."""
    log = Log("containerd.log", datetime(2024, 3, 11, 6, 25, 2, 118372, tzinfo=UTC))
    safe = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._/@^+")

    def q(v: str) -> str:
        if v and all(c in safe for c in v):
            return v
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def emit(
        level: str,
        tmpl: str,
        args: tuple = (),
        fields: dict[str, str] | None = None,
        label: str | None = None,
    ) -> None:
        t = log.t
        ns = t.microsecond * 1000 + r.randrange(1000)
        msg = cfmt(tmpl, args) if args else tmpl
        kv = "".join(f" {k}={q(str(v))}" for k, v in sorted((fields or {}).items()))
        log.add(
            f'time="{t:%Y-%m-%dT%H:%M:%S}.{ns:09d}Z" level={level} msg={q(msg)}{kv}', label or tmpl
        )

    def tick(lo: float, hi: float) -> None:
        log.tick(r, lo, hi)

    def boot() -> None:
        emit(
            "info",
            "starting containerd",
            fields={"revision": "64b8a811b07ba6288238eefc14d898ee0b5b99ba", "version": "1.7.13"},
        )
        for pid, typ in CTR_PLUGINS:
            emit("info", 'loading plugin "%s"...', (pid,), {"type": typ})
            if pid in CTR_SKIP:
                emit(
                    "info",
                    'skip loading plugin "%s"...',
                    (pid,),
                    {"error": CTR_SKIP[pid], "type": typ},
                )
        emit("info", "serving...", fields={"address": "/run/containerd/containerd.sock.ttrpc"})
        emit("info", "serving...", fields={"address": "/run/containerd/containerd.sock"})
        emit("info", "Start subscribing containerd event")
        emit("info", "Start recovering state")
        emit("info", "containerd successfully booted in %fs", (r.uniform(0.03, 0.2),))
        tick(0.1, 1)
        emit("info", "Start event monitor")
        emit("info", "Start snapshots syncer")
        emit("info", "Start cni network conf syncer for %s", ("default",))
        emit("info", "Start streaming server")

    running: list[dict] = []
    images: set[str] = set()

    def meta(p: dict) -> str:
        return f"&PodSandboxMetadata{{Name:{p['name']},Uid:{p['uid']},Namespace:{p['ns']},Attempt:{p['attempt']},}}"

    def pull(img: str) -> bool:
        emit("info", 'PullImage "%s"', (img,))
        tick(0.5, 20)
        if "2.14.3" in img and r.random() < 0.4:
            emit(
                "error",
                'PullImage "%s" failed',
                (img,),
                {
                    "error": f'failed to pull and unpack image "{img}": failed to resolve reference "{img}": failed to authorize: failed to fetch oauth token: unexpected status from GET request to https://registry.example.com/service/token?scope=repository%3Ashop%2Forders-api%3Apull&service=registry: 401 Unauthorized'
                },
            )
            return False
        sha = hexid(r, 64)
        repo = img.rsplit(":", 1)[0]
        emit(
            "info",
            'ImageCreate event name:"%s" labels:{key:"io.cri-containerd.image" value:"managed"}',
            (f"sha256:{sha}",),
            label='ImageCreate event name:"%s"  labels:{key:"io.cri-containerd.image"  value:"managed"}',
        )
        emit(
            "info",
            'ImageCreate event name:"%s" labels:{key:"io.cri-containerd.image" value:"managed"}',
            (img,),
            label='ImageCreate event name:"%s"  labels:{key:"io.cri-containerd.image"  value:"managed"}',
        )
        emit(
            "info",
            'ImageCreate event name:"%s" labels:{key:"io.cri-containerd.image" value:"managed"}',
            (f"{repo}@sha256:{hexid(r, 64)}",),
            label='ImageCreate event name:"%s"  labels:{key:"io.cri-containerd.image"  value:"managed"}',
        )
        emit(
            "info",
            'Pulled image "%s" with image id "%s", repo tag "%s", repo digest "%s", size "%d" in %s',
            (
                img,
                f"sha256:{sha}",
                img,
                f"{repo}@sha256:{hexid(r, 64)}",
                r.randrange(5 * 10**6, 3 * 10**8),
                f"{r.uniform(0.4, 30):.9f}s",
            ),
        )
        images.add(img)
        return True

    def start_pod() -> None:
        ns, name, containers, img = r.choice(PODS)
        p = {
            "ns": ns,
            "name": name.replace("{s}", alnum(r, 5).lower()),
            "uid": uuid4(r),
            "attempt": 0,
            "containers": [],
        }
        emit("info", "RunPodSandbox for %s", (meta(p),))
        tick(0.1, 3)
        if "pause" not in images:
            pull("registry.k8s.io/pause:3.9")
            images.add("pause")
        p["sid"] = hexid(r, 64)
        emit(
            "info",
            'loading plugin "%s"...',
            ("io.containerd.event.v1.publisher",),
            {"runtime": "io.containerd.runc.v2", "type": "io.containerd.event.v1"},
        )
        emit(
            "info",
            'loading plugin "%s"...',
            ("io.containerd.internal.v1.shutdown",),
            {"runtime": "io.containerd.runc.v2", "type": "io.containerd.internal.v1"},
        )
        emit(
            "info",
            'loading plugin "%s"...',
            ("io.containerd.ttrpc.v1.task",),
            {"runtime": "io.containerd.runc.v2", "type": "io.containerd.ttrpc.v1"},
        )
        emit(
            "info",
            'loading plugin "%s"...',
            ("io.containerd.ttrpc.v1.pause",),
            {"runtime": "io.containerd.runc.v2", "type": "io.containerd.ttrpc.v1"},
        )
        emit("info", 'RunPodSandbox for %s returns sandbox id "%s"', (meta(p), p["sid"]))
        for c in containers:
            cimg = img if c != "istio-proxy" else "docker.io/istio/proxyv2:1.20.3"
            if cimg not in images and not pull(cimg):
                continue
            emit(
                "info",
                'CreateContainer within sandbox "%s" for container %s',
                (p["sid"], f"&ContainerMetadata{{Name:{c},Attempt:0,}}"),
            )
            tick(0.05, 2)
            cid = hexid(r, 64)
            emit(
                "info",
                'CreateContainer within sandbox "%s" for %s returns container id "%s"',
                (p["sid"], f"&ContainerMetadata{{Name:{c},Attempt:0,}}", cid),
            )
            emit("info", 'StartContainer for "%s"', (cid,))
            tick(0.05, 2)
            emit("info", 'StartContainer for "%s" returns successfully', (cid,))
            p["containers"].append(cid)
        running.append(p)

    def stop_pod() -> None:
        if not running:
            return
        p = running.pop(r.randrange(len(running)))
        for cid in p["containers"]:
            emit("info", 'StopContainer for "%s" with timeout %d (s)', (cid, r.choice([30, 30, 2])))
            emit("info", 'Stop container "%s" with signal %s', (cid, "terminated"))
            tick(0.1, 5)
            emit("info", "shim disconnected", fields={"id": cid, "namespace": "k8s.io"})
            emit(
                "warning",
                "cleaning up after shim disconnected",
                fields={"id": cid, "namespace": "k8s.io"},
            )
            emit("info", "cleaning up dead shim", fields={"namespace": "k8s.io"})
            emit("info", 'StopContainer for "%s" returns successfully', (cid,))
        emit("info", 'StopPodSandbox for "%s"', (p["sid"],))
        emit("info", "shim disconnected", fields={"id": p["sid"], "namespace": "k8s.io"})
        emit(
            "warning",
            "cleaning up after shim disconnected",
            fields={"id": p["sid"], "namespace": "k8s.io"},
        )
        emit("info", "cleaning up dead shim", fields={"namespace": "k8s.io"})
        if r.random() < 0.15:
            emit(
                "error",
                'Failed to destroy network for sandbox "%s"',
                (p["sid"],),
                {
                    "error": 'plugin type="calico" failed (delete): error getting ClusterInformation: connection is unauthorized: Unauthorized'
                },
            )
            emit(
                "error",
                'StopPodSandbox for "%s" failed',
                (p["sid"],),
                {
                    "error": f'failed to destroy network for sandbox "{p["sid"]}": plugin type="calico" failed (delete): error getting ClusterInformation: connection is unauthorized: Unauthorized'
                },
            )
            running.append(p)
            return
        emit("info", 'TearDown network for sandbox "%s" successfully', (p["sid"],))
        emit("info", 'StopPodSandbox for "%s" returns successfully', (p["sid"],))
        for cid in p["containers"]:
            emit("info", 'RemoveContainer for "%s"', (cid,))
            emit("info", 'RemoveContainer for "%s" returns successfully', (cid,))
            if r.random() < 0.3:
                emit(
                    "error",
                    'ContainerStatus for "%s" failed',
                    (cid,),
                    {
                        "error": f'rpc error: code = NotFound desc = an error occurred when try to find container "{cid}": not found'
                    },
                )
        emit("info", 'RemovePodSandbox for "%s"', (p["sid"],))
        emit("info", 'RemovePodSandbox "%s" returns successfully', (p["sid"],))

    def crash() -> None:
        if not running:
            return
        p = r.choice(running)
        if not p["containers"]:
            return
        cid = p["containers"][-1]
        emit(
            "info",
            "TaskExit event in podsandbox handler %s",
            (
                f'container_id:"{cid}" id:"{cid}" pid:{r.randrange(2000, 90000)} exit_status:{r.choice([1, 137, 2, 139])} exited_at:{{seconds:{int(log.t.timestamp())} nanos:{r.randrange(10**9)}}}',
            ),
        )
        emit("info", "shim disconnected", fields={"id": cid, "namespace": "k8s.io"})
        emit(
            "warning",
            "cleaning up after shim disconnected",
            fields={"id": cid, "namespace": "k8s.io"},
        )
        emit("info", "cleaning up dead shim", fields={"namespace": "k8s.io"})
        tick(1, 20)
        emit("info", 'RemoveContainer for "%s"', (cid,))
        emit("info", 'RemoveContainer for "%s" returns successfully', (cid,))
        name = r.choice(["orders-api", "checkout", "report", "redis"])
        attempt = r.randrange(1, 9)
        emit(
            "info",
            'CreateContainer within sandbox "%s" for container %s',
            (p["sid"], f"&ContainerMetadata{{Name:{name},Attempt:{attempt},}}"),
        )
        ncid = hexid(r, 64)
        emit(
            "info",
            'CreateContainer within sandbox "%s" for %s returns container id "%s"',
            (p["sid"], f"&ContainerMetadata{{Name:{name},Attempt:{attempt},}}", ncid),
        )
        emit("info", 'StartContainer for "%s"', (ncid,))
        emit("info", 'StartContainer for "%s" returns successfully', (ncid,))
        p["containers"][-1] = ncid

    def discarded() -> None:
        emit(
            "warning",
            "container event discarded",
            fields={
                "container": hexid(r, 64),
                "type": r.choice(
                    [
                        "CONTAINER_CREATED_EVENT",
                        "CONTAINER_STARTED_EVENT",
                        "CONTAINER_STOPPED_EVENT",
                        "CONTAINER_DELETED_EVENT",
                    ]
                ),
            },
        )

    def not_running() -> None:
        emit(
            "info",
            'Container to stop "%s" must be in running or unknown state, current state "%s"',
            (hexid(r, 64), "CONTAINER_EXITED"),
        )

    def exec_sync() -> None:
        if not running:
            return
        p = r.choice(running)
        if not p["containers"]:
            return
        cid = r.choice(p["containers"])
        emit(
            "error",
            'ExecSync for "%s" failed',
            (cid,),
            {
                "error": "rpc error: code = DeadlineExceeded desc = failed to exec in container: timeout 1s exceeded: context deadline exceeded"
            },
        )

    boot()
    for _ in range(8):
        tick(0.5, 5)
        start_pod()
    table = [
        (10, start_pod),
        (8, stop_pod),
        (5, crash),
        (2, discarded),
        (2, not_running),
        (3, exec_sync),
    ]
    for _ in range(150):
        tick(0.5, 120)
        r.choices([f for _, f in table], [w for w, _ in table])[0]()
    return [log]


# ----------------------------------------------------------------------------------- tomcat

TC_THREADS_EXEC = [f"http-nio-8080-exec-{n}" for n in range(1, 26)]


def tomcat(r: random.Random) -> list[Log]:
    """Tomcat 9.0 (`logs/catalina.out`, JULI's OneLineFormatter: `dd-MMM-yyyy HH:mm:ss.SSS LEVEL
    [thread] class.method message`, a throwable's stack trace on the following lines): the
    VersionLoggerListener banner, connectors and web applications deploying, servlets throwing
    with their root cause's trace, HTTP header parse errors, stuck threads, context reloads,
    memory-leak warnings on undeploy, shutdown."""
    log = Log("catalina.out", datetime(2024, 3, 11, 6, 25, 2, 118000, tzinfo=UTC))
    apps = [
        "/opt/tomcat/webapps/shop.war",
        "/opt/tomcat/webapps/admin.war",
        "/opt/tomcat/webapps/api.war",
    ]
    dirs = [
        "/opt/tomcat/webapps/ROOT",
        "/opt/tomcat/webapps/manager",
        "/opt/tomcat/webapps/host-manager",
    ]

    def emit(
        level: str, thread: str, where: str, tmpl: str, args: tuple = (), more: Sequence[str] = ()
    ) -> None:
        t = log.t
        msg = cfmt(tmpl, args) if args else tmpl
        lines = msg.split("\n")
        log.add(
            f"{t:%d-%b-%Y %H:%M:%S}.{t.microsecond // 1000:03d} {level} [{thread}] {where} {lines[0]}",
            tmpl.split("\n")[0],
        )
        for line in [*lines[1:], *more]:
            log.add(line, None)

    def tick(lo: float, hi: float) -> None:
        log.tick(r, lo, hi)

    def trace(exc: str, frames: list[str], cause: tuple[str, list[str]] | None = None) -> list[str]:
        out = exc.split("\n")
        out += [f"\tat {f}" for f in frames]
        if cause:
            out.append(f"Caused by: {cause[0]}")
            out += [f"\tat {f}" for f in cause[1]]
            out.append(f"\t... {r.randrange(20, 60)} more")
        return out

    V = "org.apache.catalina.startup.VersionLoggerListener.log"

    def boot() -> None:
        for tmpl, val in [
            ("Server version name:   %s", "Apache Tomcat/9.0.86"),
            ("Server built:          %s", "Feb 12 2024 22:09:42 UTC"),
            ("Server version number: %s", "9.0.86.0"),
            ("OS Name:               %s", "Linux"),
            ("OS Version:            %s", "6.1.0-18-amd64"),
            ("Architecture:          %s", "amd64"),
            ("Java Home:             %s", "/usr/lib/jvm/java-17-openjdk-amd64"),
            ("JVM Version:           %s", "17.0.10+7-Debian-1deb12u1"),
            ("JVM Vendor:            %s", "Debian"),
            ("CATALINA_BASE:         %s", "/opt/tomcat"),
            ("CATALINA_HOME:         %s", "/opt/tomcat"),
        ]:
            emit("INFO", "main", V, tmpl, (val,))
        for arg in [
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED",
            "-Djava.util.logging.config.file=/opt/tomcat/conf/logging.properties",
            "-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager",
            "-Xms1024m",
            "-Xmx2048m",
            "-XX:+UseG1GC",
            "-Djdk.tls.ephemeralDHKeySize=2048",
            "-Djava.protocol.handler.pkgs=org.apache.catalina.webresources",
            "-Dorg.apache.catalina.security.SecurityListener.UMASK=0027",
            "-Dignore.endorsed.dirs=",
            "-Dcatalina.base=/opt/tomcat",
            "-Dcatalina.home=/opt/tomcat",
            "-Djava.io.tmpdir=/opt/tomcat/temp",
        ]:
            emit("INFO", "main", V, "Command line argument: %s", (arg,))
        emit(
            "INFO",
            "main",
            "org.apache.catalina.core.AprLifecycleListener.lifecycleEvent",
            "The Apache Tomcat Native library which allows using OpenSSL was not found on the java.library.path: [%s]",
            (
                "/usr/java/packages/lib:/usr/lib/x86_64-linux-gnu/jni:/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu:/usr/lib/jni:/lib:/usr/lib",
            ),
        )
        tick(0.2, 1)
        emit(
            "INFO",
            "main",
            "org.apache.coyote.AbstractProtocol.init",
            "Initializing ProtocolHandler [%s]",
            ('"http-nio-8080"',),
        )
        emit(
            "INFO",
            "main",
            "org.apache.coyote.AbstractProtocol.init",
            "Initializing ProtocolHandler [%s]",
            ('"https-jsse-nio-8443"',),
        )
        emit(
            "INFO",
            "main",
            "org.apache.catalina.startup.Catalina.load",
            "Server initialization in [%s] milliseconds",
            (r.randrange(400, 1500),),
        )
        emit(
            "INFO",
            "main",
            "org.apache.catalina.core.StandardService.startInternal",
            "Starting service [%s]",
            ("Catalina",),
        )
        emit(
            "INFO",
            "main",
            "org.apache.catalina.core.StandardEngine.startInternal",
            "Starting Servlet engine: [%s]",
            ("Apache Tomcat/9.0.86",),
        )
        for war in apps:
            deploy_war(war)
        for d in dirs:
            emit(
                "INFO",
                "main",
                "org.apache.catalina.startup.HostConfig.deployDirectory",
                "Deploying web application directory [%s]",
                (d,),
            )
            tick(0.1, 1.5)
            emit(
                "INFO",
                "main",
                "org.apache.catalina.startup.HostConfig.deployDirectory",
                "Deployment of web application directory [%s] has finished in [%s] ms",
                (d, r.randrange(30, 900)),
            )
        emit(
            "INFO",
            "main",
            "org.apache.coyote.AbstractProtocol.start",
            "Starting ProtocolHandler [%s]",
            ('"http-nio-8080"',),
        )
        emit(
            "INFO",
            "main",
            "org.apache.coyote.AbstractProtocol.start",
            "Starting ProtocolHandler [%s]",
            ('"https-jsse-nio-8443"',),
        )
        emit(
            "INFO",
            "main",
            "org.apache.catalina.startup.Catalina.start",
            "Server startup in [%s] milliseconds",
            (r.randrange(8000, 40000),),
        )

    def deploy_war(war: str) -> None:
        emit(
            "INFO",
            "main",
            "org.apache.catalina.startup.HostConfig.deployWAR",
            "Deploying web application archive [%s]",
            (war,),
        )
        tick(1, 6)
        if r.random() < 0.6:
            emit(
                "INFO",
                "main",
                "org.apache.jasper.servlet.TldScanner.scanJars",
                "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time.",
            )
        ctx = "/" + war.rsplit("/", 1)[1][:-4]
        if ctx != "/admin":
            emit(
                "INFO",
                "main",
                "org.apache.catalina.core.ApplicationContext.log",
                "Initializing Spring root WebApplicationContext",
            )
            tick(1, 8)
            emit(
                "INFO",
                "main",
                "org.apache.catalina.core.ApplicationContext.log",
                "Initializing Spring DispatcherServlet '%s'",
                ("dispatcher",),
            )
        if r.random() < 0.3:
            emit(
                "WARNING",
                "main",
                "org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom",
                "Creation of SecureRandom instance for session ID generation using [%s] took [%s] milliseconds.",
                ("SHA1PRNG", r.randrange(200, 9000)),
            )
        emit(
            "INFO",
            "main",
            "org.apache.catalina.startup.HostConfig.deployWAR",
            "Deployment of web application archive [%s] has finished in [%s] ms",
            (war, r.randrange(2000, 20000)),
        )

    SPRING = [
        "org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)",
        "org.springframework.web.servlet.FrameworkServlet.doGet(FrameworkServlet.java:898)",
        "javax.servlet.http.HttpServlet.service(HttpServlet.java:529)",
        "org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883)",
        "javax.servlet.http.HttpServlet.service(HttpServlet.java:623)",
        "org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:209)",
        "org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:153)",
        "org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)",
        "org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:90)",
        "org.apache.catalina.authenticator.AuthenticatorBase.invoke(AuthenticatorBase.java:482)",
        "org.apache.catalina.core.StandardHostValve.invoke(StandardHostValve.java:115)",
        "org.apache.catalina.valves.ErrorReportValve.invoke(ErrorReportValve.java:93)",
        "org.apache.catalina.core.StandardEngineValve.invoke(StandardEngineValve.java:74)",
        "org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:344)",
        "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)",
        "org.apache.coyote.AbstractProcessorLight.process(AbstractProcessorLight.java:63)",
        "org.apache.coyote.AbstractProtocol$ConnectionHandler.process(AbstractProtocol.java:896)",
        "org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1744)",
        "org.apache.tomcat.util.net.SocketProcessorBase.run(SocketProcessorBase.java:52)",
        "org.apache.tomcat.util.threads.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1191)",
        "org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)",
        "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61)",
        "java.base/java.lang.Thread.run(Thread.java:840)",
    ]

    def servlet_error() -> None:
        ctx = r.choice(["/shop", "/shop", "/api"])
        kind = r.random()
        if kind < 0.45:
            line = r.randrange(40, 400)
            cls = r.choice(
                ["OrderController", "CartService", "CustomerController", "PriceCalculator"]
            )
            emit(
                "SEVERE",
                r.choice(TC_THREADS_EXEC),
                "org.apache.catalina.core.StandardWrapperValve.invoke",
                # The exception's text, Spring's `%s; nested exception is %s` of its own, is
                # the text's format (Tomcat's `[{2}]` quotes e.getMessage()): wording here.
                "Servlet.service() for servlet [%s] in context with path [%s] threw exception "
                "[Request processing failed; nested exception is java.lang.NullPointerException] "
                "with root cause",
                ("dispatcher", ctx),
                trace(
                    f'java.lang.NullPointerException: Cannot invoke "com.example.shop.model.{r.choice(["Customer", "Address", "Cart"])}.get{r.choice(["Id", "Email", "Country"])}()" because "{r.choice(["customer", "cart", "order"])}" is null',
                    [
                        f"com.example.shop.web.{cls}.{r.choice(['show', 'update', 'checkout', 'list'])}({cls}.java:{line})",
                        *SPRING[:1],
                        *r.sample(SPRING[1:], 0),
                        *SPRING[5:],
                    ],
                ),
            )
        elif kind < 0.8:
            emit(
                "SEVERE",
                r.choice(TC_THREADS_EXEC),
                "org.apache.catalina.core.StandardWrapperValve.invoke",
                "Servlet.service() for servlet [%s] in context with path [%s] threw exception "
                "[Request processing failed; nested exception is "
                "org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC "
                "Connection; nested exception is org.hibernate.exception.JDBCConnectionException: "
                "Unable to acquire JDBC Connection] with root cause",
                ("dispatcher", ctx),
                trace(
                    f"java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after {r.randrange(30000, 30100)}ms.",
                    [
                        "com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
                        "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
                        "com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:146)",
                        "com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)",
                        "org.hibernate.engine.jdbc.connections.internal.DatasourceConnectionProviderImpl.getConnection(DatasourceConnectionProviderImpl.java:122)",
                        *SPRING[5:],
                    ],
                ),
            )
        else:
            emit(
                "SEVERE",
                r.choice(TC_THREADS_EXEC),
                "org.apache.catalina.core.StandardWrapperValve.invoke",
                "Servlet.service() for servlet [%s] in context with path [%s] threw exception",
                (r.choice(["jsp", "default"]), ctx),
                trace(
                    "java.lang.IllegalStateException: Cannot create a session after the response has been committed",
                    [
                        "org.apache.catalina.connector.Request.doGetSession(Request.java:3048)",
                        "org.apache.catalina.connector.Request.getSession(Request.java:2468)",
                        "org.apache.catalina.connector.RequestFacade.getSession(RequestFacade.java:908)",
                        *SPRING[5:12],
                    ],
                ),
            )

    def parse_error() -> None:
        method = "".join(f"0x{r.randrange(256):02x}" for _ in range(r.randrange(6, 14)))
        emit(
            "INFO",
            r.choice(TC_THREADS_EXEC),
            "org.apache.coyote.http11.Http11Processor.service",
            "Error parsing HTTP request header\n Note: further occurrences of HTTP request parsing errors will be logged at DEBUG level.",
            more=trace(
                f"\tjava.lang.IllegalArgumentException: Invalid character found in method name [{method}...]. HTTP method names must be tokens",
                [
                    "org.apache.coyote.http11.Http11InputBuffer.parseRequestLine(Http11InputBuffer.java:407)",
                    "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:264)",
                    *SPRING[15:],
                ],
            )[:1]
            + [
                f"\t\tat {f}"
                for f in [
                    "org.apache.coyote.http11.Http11InputBuffer.parseRequestLine(Http11InputBuffer.java:407)",
                    "org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:264)",
                    *SPRING[15:],
                ]
            ],
        )

    def stuck() -> None:
        th = r.choice(TC_THREADS_EXEC)
        ms = r.randrange(600000, 900000)
        url = r.choice(
            [
                "http://shop.example.com/shop/reports/export?month=2024-02",
                "http://shop.example.com/api/v1/orders/sync",
                "http://shop.example.com/shop/checkout/confirm",
            ]
        )
        emit(
            "WARNING",
            "Catalina-utility-" + str(r.randrange(1, 3)),
            "org.apache.catalina.valves.StuckThreadDetectionValve.notifyStuckThreadDetected",
            "Thread [%s] (id=[%s]) has been active for [%s] milliseconds (since [%s]) to serve the same request for [%s] and may be stuck (configured threshold for this StuckThreadDetectionValve is [%s] seconds). There is/are [%s] thread(s) in total that are monitored by this Valve and may be stuck.",
            (
                th,
                r.randrange(30, 90),
                f"{ms:,}",
                f"3/11/24, {r.randrange(1, 12)}:{r.randrange(60):02d} {r.choice(['AM', 'PM'])}",
                url,
                600,
                r.randrange(1, 4),
            ),
            trace(
                "java.lang.Throwable",
                [
                    "java.base@17.0.10/java.net.SocketInputStream.socketRead0(Native Method)",
                    "java.base@17.0.10/java.net.SocketInputStream.socketRead(SocketInputStream.java:115)",
                    "org.mariadb.jdbc.client.socket.impl.PacketReader.readPacket(PacketReader.java:75)",
                    "org.mariadb.jdbc.client.impl.StandardClient.readPacket(StandardClient.java:895)",
                    "com.example.shop.reports.ExportService.run(ExportService.java:212)",
                    *SPRING[5:9],
                ],
            ),
        )
        tick(30, 300)
        if r.random() < 0.7:
            emit(
                "WARNING",
                "Catalina-utility-" + str(r.randrange(1, 3)),
                "org.apache.catalina.valves.StuckThreadDetectionValve.notifyStuckThreadCompleted",
                "Thread [%s] (id=[%s]) was previously reported to be stuck but has completed. It was active for approximately [%s] milliseconds. There is/are still [%s] thread(s) that are monitored by this Valve and may be stuck.",
                (
                    th,
                    r.randrange(30, 90),
                    f"{ms + r.randrange(10000, 300000):,}",
                    r.randrange(0, 3),
                ),
            )

    def reload() -> None:
        ctx = r.choice(["/shop", "/api"])
        emit(
            "INFO",
            "Catalina-utility-" + str(r.randrange(1, 3)),
            "org.apache.catalina.core.StandardContext.reload",
            "Reloading Context with name [%s] has started",
            (ctx,),
        )
        emit(
            "INFO",
            "Catalina-utility-" + str(r.randrange(1, 3)),
            "org.apache.catalina.core.ApplicationContext.log",
            "Destroying Spring FrameworkServlet '%s'",
            ("dispatcher",),
        )
        emit(
            "INFO",
            "Catalina-utility-" + str(r.randrange(1, 3)),
            "org.apache.catalina.core.ApplicationContext.log",
            "Closing Spring root WebApplicationContext",
        )
        leaks(ctx, "Catalina-utility-" + str(r.randrange(1, 3)))
        tick(2, 10)
        emit(
            "INFO",
            "Catalina-utility-" + str(r.randrange(1, 3)),
            "org.apache.catalina.core.ApplicationContext.log",
            "Initializing Spring root WebApplicationContext",
        )
        emit(
            "INFO",
            "Catalina-utility-" + str(r.randrange(1, 3)),
            "org.apache.catalina.core.StandardContext.reload",
            "Reloading Context with name [%s] is completed",
            (ctx,),
        )

    def leaks(ctx: str, thread: str) -> None:
        app = ctx.strip("/")
        if r.random() < 0.7:
            emit(
                "WARNING",
                thread,
                "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesJdbc",
                "The web application [%s] registered the JDBC driver [%s] but failed to unregister it when the web application was stopped. To prevent a memory leak, the JDBC Driver has been forcibly unregistered.",
                (app, "org.mariadb.jdbc.Driver"),
            )
        emit(
            "WARNING",
            thread,
            "org.apache.catalina.loader.WebappClassLoaderBase.clearReferencesThreads",
            "The web application [%s] appears to have started a thread named [%s] but has failed to stop it. This is very likely to create a memory leak. Stack trace of thread:",
            (
                app,
                r.choice(
                    [
                        "HikariPool-1 housekeeper",
                        "mariadb-socket-timeout",
                        "pool-2-thread-1",
                        "OkHttp ConnectionPool",
                    ]
                ),
            ),
            [
                " java.base@17.0.10/jdk.internal.misc.Unsafe.park(Native Method)",
                " java.base@17.0.10/java.util.concurrent.locks.LockSupport.parkNanos(LockSupport.java:252)",
                " java.base@17.0.10/java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.awaitNanos(AbstractQueuedSynchronizer.java:1672)",
                " java.base@17.0.10/java.util.concurrent.ScheduledThreadPoolExecutor$DelayedWorkQueue.take(ScheduledThreadPoolExecutor.java:1182)",
                " java.base@17.0.10/java.lang.Thread.run(Thread.java:840)",
            ],
        )
        if r.random() < 0.5:
            emit(
                "SEVERE",
                thread,
                "org.apache.catalina.loader.WebappClassLoaderBase.checkThreadLocalMapForLeaks",
                "The web application [%s] created a ThreadLocal with key of type [%s] (value [%s]) and a value of type [%s] (value [%s]) but failed to remove it when the web application was stopped. Threads are going to be renewed over time to try and avoid a probable memory leak.",
                (
                    app,
                    "java.lang.ThreadLocal",
                    f"java.lang.ThreadLocal@{hexid(r, 8)}",
                    "com.example.shop.tenant.TenantContext",
                    f"com.example.shop.tenant.TenantContext@{hexid(r, 8)}",
                ),
            )

    def shutdown() -> None:
        emit(
            "INFO",
            "main",
            "org.apache.catalina.core.StandardServer.await",
            "A valid shutdown command was received via the shutdown port. Stopping the Server instance.",
        )
        emit(
            "INFO",
            "main",
            "org.apache.coyote.AbstractProtocol.pause",
            "Pausing ProtocolHandler [%s]",
            ('"http-nio-8080"',),
        )
        emit(
            "INFO",
            "main",
            "org.apache.coyote.AbstractProtocol.pause",
            "Pausing ProtocolHandler [%s]",
            ('"https-jsse-nio-8443"',),
        )
        emit(
            "INFO",
            "main",
            "org.apache.catalina.core.StandardService.stopInternal",
            "Stopping service [%s]",
            ("Catalina",),
        )
        for war in apps[:2]:
            leaks("/" + war.rsplit("/", 1)[1][:-4], "main")
        tick(0.5, 3)
        emit(
            "INFO",
            "main",
            "org.apache.coyote.AbstractProtocol.stop",
            "Stopping ProtocolHandler [%s]",
            ('"http-nio-8080"',),
        )
        emit(
            "INFO",
            "main",
            "org.apache.coyote.AbstractProtocol.stop",
            "Stopping ProtocolHandler [%s]",
            ('"https-jsse-nio-8443"',),
        )
        emit(
            "INFO",
            "main",
            "org.apache.coyote.AbstractProtocol.destroy",
            "Destroying ProtocolHandler [%s]",
            ('"http-nio-8080"',),
        )
        emit(
            "INFO",
            "main",
            "org.apache.coyote.AbstractProtocol.destroy",
            "Destroying ProtocolHandler [%s]",
            ('"https-jsse-nio-8443"',),
        )

    def session_expire() -> None:
        emit(
            "WARNING",
            "Catalina-utility-" + str(r.randrange(1, 3)),
            "org.apache.catalina.session.StandardManager.processExpires",
            "Session [%s] could not be expired as the session has already been invalidated",
            (hexid(r, 32).upper(),),
        )

    def deploy_new() -> None:
        war = r.choice(apps)
        emit(
            "INFO",
            "Catalina-utility-" + str(r.randrange(1, 3)),
            "org.apache.catalina.startup.HostConfig.undeploy",
            "Undeploying context [%s]",
            ("/" + war.rsplit("/", 1)[1][:-4],),
        )
        deploy_war(war)

    boot()
    table = [
        (30, servlet_error),
        (10, parse_error),
        (6, stuck),
        (3, reload),
        (4, session_expire),
        (2, deploy_new),
    ]
    for step in range(150):
        tick(1, 400)
        r.choices([f for _, f in table], [w for w, _ in table])[0]()
        if step == 90:
            shutdown()
            tick(5, 30)
            boot()
    shutdown()
    return [log]


# ------------------------------------------------------------------------------------ samba

SMB_USERS = {
    "alice": ("WS-0231", "10.0.5.31", 1105),
    "bob": ("WS-0114", "10.0.5.14", 1117),
    "carla": ("LT-CARLA", "10.0.6.22", 1142),
    "dmitri": ("WS-0402", "10.0.5.40", 1160),
    "eve.scanner": ("MFP-3F", "10.0.7.3", 1201),
    "svc-backup": ("BACKUP01", "10.0.1.20", 1302),
}
SMB_SHARES = ["projects", "home", "scans", "finance", "public", "IPC$"]
SMB_SID = "S-1-5-21-3623811015-3361044348-30300820"


def samba(r: random.Random) -> list[Log]:
    """Samba 4.17 as a file server in an AD domain (`log.smbd` and `log.nmbd`, `log level = 1
    auth_audit:3`): each record a header `[YYYY/MM/DD HH:MM:SS.uuuuuu, LEVEL(, class=CLASS)]
    FILE:LINE(FUNCTION)` and the message on the lines after it, indented by two spaces, sometimes
    over several lines: start-up banners, rlimit notes, CUPS connection failures, authentication
    audit records (successes and failures), share connects and closes, nmbd's local master browser
    banners, domain master browser lookups failing, failed UDP sends."""
    start = datetime(2024, 3, 11, 6, 25, 2, 118372, tzinfo=UTC)
    smbd, nmbd = Log("log.smbd", start), Log("log.nmbd", start)

    def emit(
        log: Log,
        level: int,
        where: str,
        tmpl: str,
        args: tuple = (),
        cls: str | None = None,
        label: str | None = None,
    ) -> None:
        t = log.t
        msg = cfmt(tmpl, args) if args else tmpl
        c = f", class={cls}" if cls else ""
        log.add(
            f"[{t:%Y/%m/%d %H:%M:%S}.{t.microsecond:06d}, {level:2d}{c}] {where}",
            label or tmpl.split("\n")[0],
        )
        for line in msg.rstrip("\n").split("\n"):
            log.add("  " + line, None)

    def tick(log: Log, lo: float, hi: float) -> None:
        log.tick(r, lo, hi)

    def smbd_boot() -> None:
        emit(
            smbd,
            0,
            "../../source3/smbd/server.c:1741(main)",
            "smbd version %s started.\n%s",
            ("4.17.12-Debian", "Copyright Andrew Tridgell and the Samba Team 1992-2022"),
            label="smbd version %s started.",
        )
        emit(
            smbd,
            0,
            "../../source3/param/loadparm.c:4121(lp_load_ex)",
            "rlimit_max: increasing rlimit_max (%d) to minimum Windows limit (%d)",
            (1024, 16384),
        )
        tick(smbd, 0.1, 1)
        emit(
            smbd,
            0,
            "../../lib/util/become_daemon.c:150(daemon_status)",
            "daemon_status: daemon '%s' : %s",
            ("smbd", "Starting process ..."),
        )
        tick(smbd, 0.5, 2)
        if r.random() < 0.7:
            emit(
                smbd,
                0,
                "../../source3/printing/print_cups.c:151(cups_connect)",
                "Unable to connect to CUPS server %s:%d - %s",
                ("localhost", 631, "Connection refused"),
            )
            emit(
                smbd,
                0,
                "../../source3/printing/print_cups.c:528(cups_async_callback)",
                "failed to retrieve printer list: %s",
                ("NT_STATUS_UNSUCCESSFUL",),
            )
        emit(
            smbd,
            0,
            "../../lib/util/become_daemon.c:135(daemon_ready)",
            "daemon_ready: daemon '%s' finished starting up and ready to serve connections",
            ("smbd",),
            # daemon_ready("smbd"): a literal of its call site, wording (as dnsmasq's DHCPACK).
            label="daemon_ready: daemon 'smbd' finished starting up and ready to serve connections",
        )

    def nmbd_boot() -> None:
        emit(
            nmbd,
            0,
            "../../source3/nmbd/nmbd.c:901(main)",
            "nmbd version %s started.\n%s",
            ("4.17.12-Debian", "Copyright Andrew Tridgell and the Samba Team 1992-2022"),
            label="nmbd version %s started.",
        )
        emit(
            nmbd,
            0,
            "../../lib/util/become_daemon.c:135(daemon_ready)",
            "daemon_ready: daemon '%s' finished starting up and ready to serve connections",
            ("nmbd",),
            # daemon_ready("nmbd"): a literal of its call site, wording (as dnsmasq's DHCPACK).
            label="daemon_ready: daemon 'nmbd' finished starting up and ready to serve connections",
        )
        tick(nmbd, 20, 60)
        lmb(True)

    def lmb(become: bool) -> None:
        if become:
            emit(
                nmbd,
                0,
                "../../source3/nmbd/nmbd_become_lmb.c:398(become_local_master_stage2)",
                "*****\n\nSamba name server %s is now a local master browser for workgroup %s on subnet %s\n\n*****",
                ("FILESRV01", "CORP", r.choice(["10.0.1.5", "10.0.1.5", "192.168.122.1"])),
                label="Samba name server %s is now a local master browser for workgroup %s on subnet %s",
            )
        else:
            emit(
                nmbd,
                0,
                "../../source3/nmbd/nmbd_become_lmb.c:150(unbecome_local_master_success)",
                "*****\n\nSamba name server %s has stopped being a local master browser for workgroup %s on subnet %s\n\n*****",
                ("FILESRV01", "CORP", "10.0.1.5"),
                label="Samba name server %s has stopped being a local master browser for workgroup %s on subnet %s",
            )

    def dmb_fail() -> None:
        tick(nmbd, 60, 900)
        emit(
            nmbd,
            0,
            "../../source3/nmbd/nmbd_browsesync.c:355(find_domain_master_name_query_fail)",
            "find_domain_master_name_query_fail:\nUnable to find the Domain Master Browser name %s<1b> for the workgroup %s.\nUnable to sync browse lists in this workgroup.",
            ("CORP", "CORP"),
            label="find_domain_master_name_query_fail:",
        )

    def send_fail() -> None:
        tick(nmbd, 30, 600)
        emit(
            nmbd,
            0,
            "../../source3/libsmb/nmblib.c:922(send_udp)",
            "Packet send failed to %s(%d) ERRNO=%s",
            (
                r.choice(["10.0.1.255", "192.168.122.255"]),
                r.choice([137, 138]),
                r.choice(["Network is unreachable", "Operation not permitted"]),
            ),
        )

    def lmb_flap() -> None:
        tick(nmbd, 100, 2000)
        lmb(False)
        tick(nmbd, 30, 300)
        lmb(True)

    def auth_ts() -> str:
        t = smbd.t
        return f"{t:%a, %d %b %Y %H:%M:%S}.{t.microsecond:06d} UTC"

    def session() -> None:
        user = r.choice(list(SMB_USERS))
        ws, ip, rid = SMB_USERS[user]
        port = r.randrange(49152, 65535)
        tick(smbd, 0.5, 120)
        ok = r.random() < 0.8 or user == "svc-backup"
        proto = r.choice(["NTLMv2", "NTLMv2", "Kerberos"]) if user != "eve.scanner" else "NTLMv2"
        if not ok:
            status = r.choice(
                [
                    "NT_STATUS_WRONG_PASSWORD",
                    "NT_STATUS_WRONG_PASSWORD",
                    "NT_STATUS_NO_SUCH_USER",
                    "NT_STATUS_ACCOUNT_LOCKED_OUT",
                ]
            )
            emit(
                smbd,
                2,
                "../../source3/auth/auth.c:343(auth_check_ntlm_password)",
                "check_ntlm_password:  Authentication for user [%s] -> [%s] FAILED with error %s, authoritative=%u",
                (user, user, status, 1),
                cls="auth",
            )
            emit(
                smbd,
                2,
                "../../auth/auth_log.c:653(log_authentication_event_human_readable)",
                "Auth: [%s,%s] user [%s]\\[%s] at [%s] with [%s] status [%s] workstation [%s] remote host [%s] mapped to [%s]\\[%s]. local host [%s] ",
                (
                    "SMB2",
                    "(null)",
                    "CORP",
                    user,
                    auth_ts(),
                    "NTLMv2",
                    status,
                    ws,
                    f"ipv4:{ip}:{port}",
                    "CORP",
                    user,
                    "ipv4:10.0.1.5:445",
                ),
                cls="auth_audit",
                label="Auth: [%s,%s] user [%s]\\[%s] at [%s] with [%s] status [%s] workstation [%s] remote host [%s] mapped to [%s]\\[%s]. local host [%s]",
            )
            return
        emit(
            smbd,
            3,
            "../../auth/auth_log.c:653(log_authentication_event_human_readable)",
            "Auth: [%s,%s] user [%s]\\[%s] at [%s] with [%s] status [%s] workstation [%s] remote host [%s] became [%s]\\[%s] [%s]. local host [%s] ",
            (
                "SMB2",
                "(null)",
                "CORP",
                user,
                auth_ts(),
                proto,
                "NT_STATUS_OK",
                ws,
                f"ipv4:{ip}:{port}",
                "CORP",
                user,
                f"{SMB_SID}-{rid}",
                "ipv4:10.0.1.5:445",
            ),
            cls="auth_audit",
            label="Auth: [%s,%s] user [%s]\\[%s] at [%s] with [%s] status [%s] workstation [%s] remote host [%s] became [%s]\\[%s] [%s]. local host [%s]",
        )
        shares = r.sample(SMB_SHARES[:-1], r.randrange(1, 3)) + ["IPC$"] * (r.random() < 0.5)
        for share in shares:
            tick(smbd, 0, 2)
            if share == "IPC$":
                continue
            # `signed ` or nothing, picked by a branch (srv_is_signing_active): wording.
            how = r.choice(["connect to", "signed connect to"])
            emit(
                smbd,
                1,
                "../../source3/smbd/smb2_service.c:1123(make_connection_snum)",
                "%s (%s) %s service %s initially as user %s (uid=%d, gid=%d) (pid %d)",
                (
                    ws.lower(),
                    f"ipv4:{ip}:{port}",
                    how,
                    share,
                    user,
                    10000 + rid,
                    10000 + 513,
                    r.randrange(2000, 60000),
                ),
                label=f"%s (%s) {how} service %s initially as user %s (uid=%d, gid=%d) (pid %d)",
            )
        tick(smbd, 10, 3000)
        for share in shares:
            if share == "IPC$":
                continue
            emit(
                smbd,
                1,
                "../../source3/smbd/smb2_service.c:1329(close_cnum)",
                "%s (%s) closed connection to service %s",
                (ws.lower(), f"ipv4:{ip}:{port}", share),
            )

    def cups() -> None:
        tick(smbd, 60, 900)
        emit(
            smbd,
            0,
            "../../source3/printing/print_cups.c:151(cups_connect)",
            "Unable to connect to CUPS server %s:%d - %s",
            ("localhost", 631, "Connection refused"),
        )
        emit(
            smbd,
            0,
            "../../source3/printing/print_cups.c:528(cups_async_callback)",
            "failed to retrieve printer list: %s",
            ("NT_STATUS_UNSUCCESSFUL",),
        )

    def reset() -> None:
        tick(smbd, 1, 300)
        user = r.choice(list(SMB_USERS))
        _, ip, _ = SMB_USERS[user]
        emit(
            smbd,
            1,
            "../../source3/smbd/smb2_server.c:4036(smbd_smb2_io_handler)",
            "smbd_smb2_io_handler: client %s read error %s",
            (f"ipv4:{ip}:{r.randrange(49152, 65535)}", "NT_STATUS_CONNECTION_RESET"),
        )

    def dfree() -> None:
        tick(smbd, 100, 900)
        emit(
            smbd,
            0,
            "../../source3/smbd/dfree.c:125(sys_disk_free)",
            "sys_disk_free: VFS disk_free failed. Error was : %s",
            (r.choice(["Permission denied", "No such file or directory"]),),
        )

    smbd_boot()
    nmbd_boot()
    table = [
        (40, session),
        (6, cups),
        (8, reset),
        (3, dfree),
        (6, dmb_fail),
        (4, send_fail),
        (1, lmb_flap),
    ]
    for step in range(420):
        r.choices([f for _, f in table], [w for w, _ in table])[0]()
        if step == 300:
            tick(smbd, 30, 300)
            emit(
                smbd,
                0,
                "../../source3/smbd/server.c:1117(smbd_parent_sig_term_handler)",
                "Got SIGTERM: going down...",
            )
            tick(smbd, 3, 20)
            smbd_boot()
    return [smbd, nmbd]


SYSTEMS = {
    "nginx": nginx,
    "mariadb": mariadb,
    "containerd": containerd,
    "tomcat": tomcat,
    "samba": samba,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
