#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call; printf as the programs do)
"""Writes the held-out logs of round 30 (dovecot, php-fpm, uwsgi, mosquitto, zookeeper) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: Dovecot's own log file (`Jun 11 07:02:13
imap(alice)<2211><kQ3rT9>: Info: Logged out in=... out=...`: no host, the process's log prefix
before the level), PHP-FPM's error log and its slow log (`[11-Jun-2024 07:02:13] WARNING: [pool
www] ...`; a slow request's backtrace over the lines after), uWSGI's log (the start-up banner,
`[pid: 12|app: 0|req: 3/4] ip () {38 vars in 512 bytes} [date] GET /x => generated ...` request
lines, Flask's `[date] ERROR in app: ...` and tracebacks among them), Mosquitto's log
(`1718089333: New connection from ...`: seconds since the epoch and a colon) and ZooKeeper's
(`2024-06-11 07:02:13,401 [myid:1] - INFO  [thread:Class@line] - msg`, thread names holding
brackets, colons and addresses). Run it only to change the data on purpose:
`python bench/heldout/generate_round30.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid


def pick(r: random.Random, table: list[tuple[float, object]]):
    return r.choices([f for _, f in table], [w for w, _ in table])[0]


def scanner_ip(r: random.Random) -> str:
    return pick(
        r,
        [
            (3, f"203.0.113.{r.randrange(2, 250)}"),
            (3, f"198.51.100.{r.randrange(2, 250)}"),
            (
                6,
                f"{r.choice([45, 61, 80, 92, 103, 141, 159, 185, 193, 218])}.{r.randrange(1, 255)}.{r.randrange(1, 255)}.{r.randrange(1, 255)}",
            ),
        ],
    )


# --------------------------------------------------------------------------------- dovecot

DOVE_USERS = {
    # user: (home network address, mail client kind)
    "alice@example.com": "192.0.2.34",
    "bob@example.com": "198.51.100.77",
    "carol@example.com": "203.0.113.18",
    "dave@example.com": "192.0.2.101",
    "erin@example.com": "198.51.100.12",
    "frank@example.org": "203.0.113.200",
    "grace@example.org": "192.0.2.9",
    "heidi@example.org": "10.20.0.44",
}
DOVE_LIP = "192.0.2.10"
DOVE_MAILBOXES = ["INBOX", "Sent", "Drafts", "Archive/2024", "Junk", "Trash"]


def dovecot(r: random.Random) -> list[Log]:
    """Dovecot 2.3.19's own log file (`log_path = /var/log/dovecot.log`, the default
    `log_timestamp = "%b %d %H:%M:%S "`, auth_verbose on): each line is the time, the process's
    log prefix (`imap-login: `, `imap(user)<pid><session>: `, `lmtp(pid): `, `auth-worker(pid): `:
    context, not in the labels), the level (`Info: `, `Warning: `, `Error: `) and the message.
    Logins over IMAP and POP3 with `login_log_format_elements` (`user=<%u>, method=%m, rip=%r,
    lip=%l, mpid=%e, TLS, session=<%{session}>`), logouts with the IMAP and POP3 logout strings'
    counters, LMTP deliveries with Sieve filing into folders, a full quota, failed logins from
    scanners (auth failed, no auth attempts, TLS handshakes failing, unknown users and password
    mismatches from the passdb), the process limit reached, index corruption fixed, and a
    restart."""
    log = Log("dovecot.log", datetime(2024, 6, 11, 6, 0, 2, 118000, tzinfo=UTC))
    pids = iter(range(r.randrange(2000, 4000), 10**6, 3))
    sessions: dict[str, tuple[str, int, str, str]] = {}  # user -> (proto, pid, session, rip)

    def sess() -> str:
        return alnum(r, 16).replace("a", "+").replace("Q", "/")[:16]

    def emit(
        prefix: str,
        level: str,
        fmt: str,
        args: tuple = (),
        label: str | None = None,
        lo: float = 0.001,
        hi: float = 0.5,
    ) -> None:
        log.tick(r, lo, hi)
        t = log.t
        msg = fmt % args if args else fmt
        log.add(f"{t:%b %d %H:%M:%S} {prefix}: {level}: {msg}", label or fmt)

    def start() -> None:
        emit(
            "master",
            "Info",
            "Dovecot v%s (%s) starting up for %s (core dumps disabled)",
            ("2.3.19.1", "9b53102964", "imap, pop3, lmtp, sieve"),
        )
        emit(
            "config",
            "Warning",
            "please set ssl_dh=<%s",
            ("/etc/dovecot/dh.pem",),
            label="please set ssl_dh=<%s",
        )
        emit(
            "config",
            "Warning",
            "You can generate it with: dd if=%s bs=1 skip=%d | openssl dhparam -inform der > %s",
            ("/var/lib/dovecot/ssl-parameters.dat", 88, "/etc/dovecot/dh.pem"),
        )

    def login_elements(
        user: str, method: str | None, rip: str, mpid: int | None, tls: str | None, session: str
    ) -> tuple[str, str]:
        """The login line's `user=<%u>, method=%m, rip=%r, lip=%l, mpid=%e, %c,
        session=<%{session}>`: elements whose value is empty are left out, each present element
        is a piece of the format."""
        parts = [f"user=<{user}>"]
        fmt = ["user=<%s>"]
        if method:
            parts.append(f"method={method}")
            fmt.append("method=%s")
        parts += [f"rip={rip}", f"lip={DOVE_LIP}"]
        fmt += ["rip=%s", "lip=%s"]
        if mpid:
            parts.append(f"mpid={mpid}")
            fmt.append("mpid=%d")
        if tls:
            parts.append(tls)
            fmt.append(tls if not tls.startswith("TLS handshaking") else "TLS handshaking: %s")
        parts.append(f"session=<{session}>")
        fmt.append("session=<%s>")
        return ", ".join(parts), ", ".join(fmt)

    def login(user: str) -> None:
        proto = "imap" if r.random() < 0.8 else "pop3"
        rip = (
            DOVE_USERS[user]
            if r.random() < 0.7
            else f"172.16.{r.randrange(0, 30)}.{r.randrange(2, 250)}"
        )
        s = sess()
        pid = next(pids)
        method = r.choice(["PLAIN", "PLAIN", "LOGIN"])
        els, fmt = login_elements(user, method, rip, pid, "TLS", s)
        emit(f"{proto}-login", "Info", "Login: %s", (els,), label="Login: " + fmt)
        sessions[user] = (proto, pid, s, rip)

    def logout(user: str) -> None:
        proto, pid, s, _rip = sessions.pop(user)
        prefix = f"{proto}({user})<{pid}><{s}>"
        if proto == "imap":
            counters = "in=%u out=%u deleted=%u expunged=%u trashed=%u hdr_count=%u hdr_bytes=%u body_count=%u body_bytes=%u"
            vals = (
                r.randrange(40, 4000),
                r.randrange(300, 2_000_000),
                r.choice([0, 0, 0, 1, 3]),
                r.choice([0, 0, 1, 3]),
                r.choice([0, 0, 1]),
                r.randrange(0, 40),
                r.randrange(0, 40000),
                r.randrange(0, 6),
                r.randrange(0, 900000),
            )
            x = r.random()
            if x < 0.55:
                emit(prefix, "Info", "Logged out " + counters, vals)
            elif x < 0.85:
                cmd = r.choice(["IDLE", "IDLE", "NOOP", "FETCH"])
                secs = round(r.uniform(0.001, 1800), 3)
                emit(
                    prefix,
                    "Info",
                    "Disconnected: Connection closed (%s finished %s secs ago) " + counters,
                    (cmd, secs, *vals),
                )
            else:
                emit(prefix, "Info", "Disconnected for inactivity " + counters, vals)
        else:
            fmt = "Disconnected: Logged out top=%u/%u, retr=%u/%u, del=%u/%u, size=%u"
            n = r.randrange(0, 30)
            emit(
                prefix,
                "Info",
                fmt,
                (0, 0, n, n * r.randrange(2000, 90000), n, n, r.randrange(10000, 9_000_000)),
            )

    def imap_activity(user: str) -> None:
        proto, pid, s, _rip = sessions[user]
        prefix = f"{proto}({user})<{pid}><{s}>"
        x = r.random()
        if x < 0.5:
            home = "/var/vmail/" + user.replace("@", "/")
            emit(
                prefix,
                "Warning",
                "Maildir %s: Synchronization took %u seconds (%u new msgs, %u flag change attempts, %u expunge attempts)",
                (
                    f"{home}/Maildir{'' if r.random() < 0.6 else '/.' + r.choice(['Sent', 'Archive.2024'])}",
                    r.randrange(31, 120),
                    r.randrange(0, 40),
                    r.randrange(0, 5),
                    r.randrange(0, 3),
                ),
            )
        elif x < 0.8:
            box = r.choice(DOVE_MAILBOXES)
            # the lock's reason is a literal of the call site that took the lock: wording
            reason = r.choice(["syncing", "mailbox sync", "rotating"])
            emit(
                prefix,
                "Warning",
                "Mailbox %s: Transaction log file %s was locked for %u seconds (%s)",
                (
                    box,
                    f"/var/vmail/{user.split('@')[1]}/{user.split('@')[0]}/Maildir/dovecot.index.log",
                    r.randrange(30, 90),
                    reason,
                ),
                label=f"Mailbox %s: Transaction log file %s was locked for %u seconds ({reason})",
            )
        else:
            box = r.choice(DOVE_MAILBOXES)
            emit(
                prefix,
                "Error",
                "Mailbox %s: Corrupted index cache file %s: %s",
                (
                    box,
                    f"/var/vmail/{user.split('@')[1]}/{user.split('@')[0]}/Maildir/dovecot.index.cache",
                    f"record points outside file (offset {r.randrange(10000, 90000)} > {r.randrange(1000, 9999)})",
                ),
                label="Mailbox %s: Corrupted index cache file %s: record points outside file (offset %u > %u)",
            )
            emit(
                prefix,
                "Warning",
                "fscking index file %s",
                (f"/var/vmail/{user.split('@')[1]}/{user.split('@')[0]}/Maildir/dovecot.index",),
            )

    def deliver() -> None:
        user = r.choice(list(DOVE_USERS))
        pid = next(pids)
        s = sess()
        emit(f"lmtp({pid})", "Info", "Connect from local", lo=0.5, hi=20)
        for _ in range(1 if r.random() < 0.85 else r.randrange(2, 4)):
            u = user if r.random() < 0.7 else r.choice(list(DOVE_USERS))
            msgid = f"<{hexid(r, 12)}.{r.randrange(1000, 99999)}@{r.choice(['mail.example.com', 'mx.google.com', 'eu-west-1.amazonses.com', 'mail.gandi.net', 'list.debian.org'])}>"
            pre = f"lmtp({u})<{pid}><{s}>"
            x = r.random()
            if x < 0.62:
                emit(
                    pre,
                    "Info",
                    "msgid=%s: saved mail to %s",
                    (msgid, "INBOX"),
                    label="msgid=%s: saved mail to %s",
                )
            elif x < 0.9:
                box = r.choice(["Junk", "Lists.debian", "Archive/2024", "Receipts"])
                emit(pre, "Info", "sieve: msgid=%s: stored mail into mailbox '%s'", (msgid, box))
            elif x < 0.96:
                emit(
                    pre,
                    "Info",
                    "sieve: msgid=%s: forwarded to <%s>",
                    (msgid, "alice.private@example.net"),
                )
            else:
                emit(
                    pre,
                    "Error",
                    "msgid=%s: save failed to %s: %s",
                    (msgid, "INBOX", "Quota exceeded (mailbox for user is full)"),
                    label="msgid=%s: save failed to %s: Quota exceeded (mailbox for user is full)",
                )
                emit(
                    pre,
                    "Info",
                    "msgid=%s: rejected: %s",
                    (msgid, "Quota exceeded (mailbox for user is full)"),
                    label="msgid=%s: rejected: Quota exceeded (mailbox for user is full)",
                )
        emit(
            f"lmtp({pid})",
            "Info",
            "Disconnect from local: %s (state=%s)",
            ("Logged out", "READY"),
            label="Disconnect from local: Logged out (state=%s)",
        )

    def scanner() -> None:
        ip = scanner_ip(r)
        proto = r.choice(["imap", "imap", "pop3"])
        s = sess()
        x = r.random()
        if x < 0.45:
            tries = r.randrange(1, 4)
            for _ in range(tries):
                name = r.choice(
                    [
                        "admin",
                        "test",
                        "info",
                        "webmaster",
                        "support",
                        "alice",
                        "sales",
                        "postmaster",
                    ]
                )
                full = name if r.random() < 0.4 else f"{name}@example.com"
                wid = next(pids)
                if full in DOVE_USERS:
                    emit(
                        f"auth-worker({wid})",
                        "Info",
                        f"sql({full},{ip},<{s}>): Password mismatch",
                        label="Password mismatch",
                    )
                else:
                    emit(
                        f"auth-worker({wid})",
                        "Info",
                        f"sql({full},{ip},<{s}>): unknown user",
                        label="unknown user",
                    )
            els, fmt = login_elements(
                full, "PLAIN", ip, None, "TLS" if r.random() < 0.6 else None, s
            )
            emit(
                f"{proto}-login",
                "Info",
                "Disconnected (auth failed, %u attempts in %u secs): %s",
                (tries, tries * 2 + r.randrange(0, 6), els),
                label="Disconnected (auth failed, %u attempts in %u secs): " + fmt,
            )
        elif x < 0.7:
            els, fmt = login_elements("", None, ip, None, None, s)
            emit(
                f"{proto}-login",
                "Info",
                "Disconnected (no auth attempts in %u secs): %s",
                (r.randrange(0, 12), els),
                label="Disconnected (no auth attempts in %u secs): " + fmt,
            )
        elif x < 0.9:
            reason = r.choice(
                [
                    (
                        "SSL_accept() failed: error:0A00006C:SSL routines::bad key share",
                        "SSL_accept() failed: %s",
                    ),
                    (
                        "SSL_accept() failed: error:0A000102:SSL routines::unsupported protocol",
                        "SSL_accept() failed: %s",
                    ),
                    (
                        "SSL_accept() failed: error:0A0000C1:SSL routines::no shared cipher",
                        "SSL_accept() failed: %s",
                    ),
                    ("Disconnected", "Disconnected"),
                ]
            )
            els, fmt = login_elements("", None, ip, None, f"TLS handshaking: {reason[0]}", s)
            emit(
                f"{proto}-login",
                "Info",
                "Aborted login (no auth attempts in %u secs): %s",
                (r.randrange(0, 3), els),
                label="Aborted login (no auth attempts in %u secs): "
                + fmt.replace("TLS handshaking: %s", "TLS handshaking: " + reason[1]),
            )
        else:
            els, fmt = login_elements("", None, ip, None, None, s)
            emit(
                f"{proto}-login",
                "Info",
                "Disconnected: Too many invalid commands (no auth attempts in %u secs): %s",
                (r.randrange(0, 4), els),
                label="Disconnected: Too many invalid commands (no auth attempts in %u secs): "
                + fmt,
            )

    def burst() -> None:
        emit(
            "master",
            "Warning",
            "service(%s): process_limit (%u) reached, client connections are being dropped",
            ("imap-login", 100),
            lo=1,
            hi=30,
        )
        for _ in range(r.randrange(2, 6)):
            scanner()
        emit(
            "master",
            "Error",
            "service(%s): command startup failed, throttling for %u.%03u secs",
            ("imap", 2, 0),
        )

    def stop() -> None:
        emit(
            "master",
            "Warning",
            "Killed with signal %d (by pid=%d uid=%d code=%s)",
            (15, 1, 0, "kill"),
            lo=10,
            hi=60,
        )
        for user in list(sessions):
            proto, pid, s, _rip = sessions.pop(user)
            emit(
                f"{proto}({user})<{pid}><{s}>",
                "Info",
                "Server shutting down. in=%u out=%u deleted=%u expunged=%u trashed=%u hdr_count=%u hdr_bytes=%u body_count=%u body_bytes=%u",
                (r.randrange(40, 900), r.randrange(500, 90000), 0, 0, 0, 0, 0, 0, 0),
                lo=0,
                hi=0.01,
            )

    start()
    for day in range(3):
        for hour in range(24):
            busy = 7 <= hour <= 22
            for _ in range(r.randrange(25, 45) if busy else r.randrange(6, 14)):
                log.tick(r, 3, 60 if busy else 300)
                x = r.random()
                free = [u for u in DOVE_USERS if u not in sessions]
                if x < 0.22 and free:
                    login(r.choice(free))
                elif x < 0.42 and sessions:
                    logout(r.choice(list(sessions)))
                elif x < 0.62:
                    deliver()
                elif x < 0.68 and sessions:
                    imap_activity(r.choice(list(sessions)))
                elif x < 0.99:
                    scanner()
                else:
                    burst()
        if day == 1:
            stop()
            log.tick(r, 2, 8)
            start()
    return [log]


# --------------------------------------------------------------------------------- php-fpm

FPM_SCRIPTS = [
    # (script, request URI, typical slow call stack: (function, file, line) innermost first)
    (
        "/var/www/shop/public/index.php",
        "/checkout",
        [
            ("curl_exec", "/var/www/shop/src/Payment/Gateway.php", 118),
            ("charge", "/var/www/shop/src/Payment/Gateway.php", 74),
            ("pay", "/var/www/shop/src/Controller/CheckoutController.php", 53),
        ],
    ),
    (
        "/var/www/shop/public/index.php",
        "/search",
        [
            (
                "PDOStatement->execute",
                "/var/www/shop/vendor/doctrine/dbal/src/Driver/PDO/Statement.php",
                130,
            ),
            ("executeQuery", "/var/www/shop/vendor/doctrine/dbal/src/Connection.php", 1098),
            ("search", "/var/www/shop/src/Repository/ProductRepository.php", 211),
        ],
    ),
    (
        "/var/www/shop/public/index.php",
        "/api/v1/orders",
        [
            (
                "fread",
                "/var/www/shop/vendor/predis/predis/src/Connection/StreamConnection.php",
                356,
            ),
            ("read", "/var/www/shop/vendor/predis/predis/src/Connection/StreamConnection.php", 303),
            ("lock", "/var/www/shop/src/Service/OrderLock.php", 41),
        ],
    ),
    (
        "/var/www/wiki/index.php",
        "/index.php?title=Special:Search",
        [
            ("preg_match_all", "/var/www/wiki/includes/parser/Parser.php", 2144),
            ("internalParse", "/var/www/wiki/includes/parser/Parser.php", 1580),
            ("parse", "/var/www/wiki/includes/parser/Parser.php", 690),
        ],
    ),
    (
        "/var/www/wiki/api.php",
        "/api.php",
        [
            ("sleep", "/var/www/wiki/includes/libs/lockmanager/LockManager.php", 212),
            ("lock", "/var/www/wiki/includes/libs/lockmanager/LockManager.php", 140),
            ("execute", "/var/www/wiki/includes/api/ApiEditPage.php", 388),
        ],
    ),
]
FPM_STDERR = [
    # (pool, format, arguments): what a child wrote on stderr (PHP's own messages with
    # display_errors=stderr), each a message of its own whose format is the label's
    (
        "www",
        "PHP Warning:  Undefined array key %s in %s on line %d",
        lambda r: (
            '"' + r.choice(["sku", "qty", "coupon", "HTTP_REFERER"]) + '"',
            r.choice(
                [
                    "/var/www/shop/src/Cart/Cart.php",
                    "/var/www/shop/src/Controller/CartController.php",
                ]
            ),
            r.choice([44, 97, 212]),
        ),
    ),
    (
        "wiki",
        "PHP Deprecated:  strlen(): Passing null to parameter #%d ($%s) of type %s is deprecated in %s on line %d",
        lambda r: (
            1,
            "string",
            "string",
            "/var/www/wiki/includes/GlobalFunctions.php",
            r.choice([1210, 1388]),
        ),
    ),
    (
        "www",
        "PHP Fatal error:  Allowed memory size of %d bytes exhausted (tried to allocate %d bytes) in %s on line %d",
        lambda r: (
            134217728,
            r.choice([20480, 65536, 4194304]),
            "/var/www/shop/vendor/dompdf/dompdf/src/Cellmap.php",
            r.choice([219, 461]),
        ),
    ),
    (
        "www",
        "PHP Fatal error:  Maximum execution time of %d seconds exceeded in %s on line %d",
        lambda r: (30, "/var/www/shop/src/Payment/Gateway.php", 118),
    ),
    (
        "wiki",
        "PHP Fatal error:  Maximum execution time of %d seconds exceeded in %s on line %d",
        lambda r: (30, "/var/www/wiki/includes/parser/Parser.php", 2144),
    ),
]


def php_fpm(r: random.Random) -> list[Log]:
    """PHP-FPM 8.2's error log (`error_log = /var/log/php8.2-fpm.log`, `log_level = notice`,
    `catch_workers_output = yes`: `[%d-%b-%Y %H:%M:%S] LEVEL: msg`) for two pools, and the `www`
    pool's slow log (`request_slowlog_timeout = 5s`: `[date]  [pool www] pid N`, then
    `script_filename = ...` and the backtrace's frames on the lines after, no label). Start-ups,
    children spawned and exiting (`pm = dynamic`), the pool busy and at `pm.max_children`,
    requests executing too slow and timing out, children dying on a signal, what children wrote on
    stderr (a quoted message of its own), reloads on SIGUSR2, and a stop."""
    log = Log("php8.2-fpm.log", datetime(2024, 6, 11, 6, 25, 1, tzinfo=UTC))
    slow = Log("www.log.slow", log.t)
    pools = {"www": [], "wiki": []}  # pool -> live children's pids
    pid_iter = iter(range(r.randrange(800, 1200), 10**6, 7))
    master = [0]

    def ts(t: datetime) -> str:
        return f"[{t:%d-%b-%Y %H:%M:%S}]"

    def emit(
        level: str,
        fmt: str,
        args: tuple = (),
        label: str | None = None,
        lo: float = 0.001,
        hi: float = 0.3,
    ) -> None:
        log.tick(r, lo, hi)
        log.add(f"{ts(log.t)} {level}: {fmt % args if args else fmt}", label or fmt)

    def spawn(pool: str) -> int:
        pid = next(pid_iter)
        pools[pool].append(pid)
        emit("NOTICE", "[pool %s] child %d started", (pool, pid), lo=0, hi=0.01)
        return pid

    def start() -> None:
        master[0] = next(pid_iter)
        emit("NOTICE", "fpm is running, pid %d", (master[0],))
        for pool in pools:
            pools[pool] = []
            for _ in range(2 if pool == "www" else 1):
                spawn(pool)
        emit("NOTICE", "ready to handle connections")
        emit("NOTICE", "systemd monitor interval set to %dms", (10000,))

    def stop(reload: bool) -> None:
        if reload:
            emit("NOTICE", "Reloading in progress ...", lo=5, hi=120)
        else:
            emit("NOTICE", "Terminating ...", lo=5, hi=120)
        for pool, kids in pools.items():
            for pid in kids:
                emit(
                    "NOTICE",
                    "[pool %s] child %d exited with code %d after %.6f seconds from start",
                    (pool, pid, 0, r.uniform(10, 40000)),
                    lo=0,
                    hi=0.02,
                )
            pools[pool] = []
        if reload:
            emit(
                "NOTICE",
                'reloading: execvp("%s", {"%s", "--daemonize", "--fpm-config", "%s"})',
                ("/usr/sbin/php-fpm8.2", "/usr/sbin/php-fpm8.2", "/etc/php/8.2/fpm/php-fpm.conf"),
                label='reloading: execvp("%s", {"%s", "--daemonize", "--fpm-config", "%s"})',
            )
            for fd, sock in ((7, "/run/php/php8.2-fpm.sock"), (8, "/run/php/php8.2-fpm-wiki.sock")):
                emit(
                    "NOTICE",
                    'using inherited socket fd=%d, "%s"',
                    (fd, sock),
                    lo=0,
                    hi=0.01,
                    label='using inherited socket fd=%d, "%s"',
                )
        else:
            emit("NOTICE", "exiting, bye-bye!")

    def slow_request(pool: str) -> None:
        script, uri, frames = r.choice(FPM_SCRIPTS[:3] if pool == "www" else FPM_SCRIPTS[3:])
        pid = r.choice(pools[pool])
        secs = r.uniform(5.0, 9.0)
        emit(
            "WARNING",
            "[pool %s] child %d, script '%s' (request: \"%s %s\") executing too slow (%.6f sec), logging",
            (pool, pid, script, r.choice(["GET", "GET", "POST"]), uri, secs),
            label="[pool %s] child %d, script '%s' (request: \"%s %s\") executing too slow (%.6f sec), logging",
            lo=0.5,
            hi=60,
        )
        emit("NOTICE", "child %d stopped for tracing", (pid,), lo=0, hi=0.001)
        emit("NOTICE", "about to trace %d", (pid,), lo=0, hi=0.001)
        if pool == "www":
            slow.t = log.t
            slow.add(f"\n{ts(log.t)}  [pool {pool}] pid {pid}", None)
            # the blank line before the record is its own line of the file: the label goes on
            # the record's first line
            text, _ = slow.lines.pop()
            blank, first = text.split("\n")
            slow.add(blank, None)
            slow.add(first, "[pool %s] pid %d")
            slow.add(f"script_filename = {script}", None)
            addr = 0x7F3A2B614000 + r.randrange(0, 0x4000) * 16
            for fn, path, ln in frames[: r.randrange(2, len(frames) + 1)]:
                slow.add(f"[0x{addr:016x}] {fn}() {path}:{ln}", None)
                addr -= r.randrange(4, 40) * 16
        else:
            emit(
                "ERROR",
                "failed to ptrace(PEEKDATA) pid %d: %s (%d)",
                (pid, "Input/output error", 5),
                lo=0,
                hi=0.001,
                label="failed to ptrace(PEEKDATA) pid %d: Input/output error (%d)",
            )
        emit("NOTICE", "finished trace of %d", (pid,), lo=0, hi=0.001)
        if secs > 8.6:
            emit(
                "WARNING",
                "[pool %s] child %d, script '%s' (request: \"%s %s\") execution timed out (%.6f sec), terminating",
                (pool, pid, script, "GET", uri, r.uniform(30, 31)),
                lo=20,
                hi=25,
            )
            pools[pool].remove(pid)
            emit(
                "WARNING",
                "[pool %s] child %d exited on signal %d (%s) after %.6f seconds from start",
                (pool, pid, 15, "SIGTERM", r.uniform(100, 9000)),
                lo=0,
                hi=0.01,
            )
            spawn(pool)

    def stderr_msg(pool: str) -> None:
        _, fmt, argf = r.choice([x for x in FPM_STDERR if x[0] == pool])
        msg = fmt % argf(r)
        pid = r.choice(pools[pool])
        emit(
            "WARNING",
            '[pool %s] child %d said into stderr: "%s"',
            (pool, pid, "NOTICE: PHP message: " + msg),
            label='[pool %s] child %d said into stderr: "NOTICE: PHP message: ' + fmt + '"',
            lo=0.5,
            hi=60,
        )

    def segfault(pool: str) -> None:
        # fpm_children_bury(): `(%s%s)`, the signal's name and " - core dumped" when there is a
        # core: a piece the branch appends, two formats
        pid = r.choice(pools[pool])
        pools[pool].remove(pid)
        emit(
            "WARNING",
            "[pool %s] child %d exited on signal %d (%s - core dumped) after %.6f seconds from start",
            (pool, pid, 11, "SIGSEGV", r.uniform(100, 9000)),
            lo=1,
            hi=60,
        )
        spawn(pool)

    def busy(pool: str) -> None:
        kids = pools[pool]
        mx = 12 if pool == "www" else 5
        while len(kids) < mx:
            n = (
                min(8, mx - len(kids))
                if r.random() < 0.7
                else min(r.choice([1, 2, 4]), mx - len(kids))
            )
            emit(
                "WARNING",
                "[pool %s] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning %d children, there are %d idle, and %d total children",
                (pool, n, 0, len(kids)),
                lo=1,
                hi=10,
            )
            for _ in range(n):
                spawn(pool)
        for _ in range(r.randrange(1, 4)):
            emit(
                "WARNING",
                "[pool %s] server reached pm.max_children setting (%d), consider raising it",
                (pool, mx),
                lo=0.5,
                hi=30,
            )
        # idle children are killed again over the next minutes
        while len(kids) > (2 if pool == "www" else 1):
            pid = kids.pop(r.randrange(len(kids)))
            emit(
                "NOTICE",
                "[pool %s] child %d exited with code %d after %.6f seconds from start",
                (pool, pid, 0, r.uniform(30, 400)),
                lo=5,
                hi=40,
            )

    def unknown_child() -> None:
        emit(
            "WARNING",
            "[pool %s] child %d exited with code %d after %.6f seconds from start",
            (r.choice(list(pools)), next(pid_iter), 255, r.uniform(0.001, 0.01)),
            lo=1,
            hi=100,
        )

    start()
    for day in range(3):
        for hour in range(24):
            peak = 9 <= hour <= 21
            for _ in range(r.randrange(12, 24) if peak else r.randrange(3, 8)):
                log.tick(r, 20, 200 if peak else 800)
                pool = "www" if r.random() < 0.75 else "wiki"
                x = r.random()
                if x < 0.35:
                    slow_request(pool)
                elif x < 0.8:
                    stderr_msg(pool)
                elif x < 0.88:
                    busy(pool)
                elif x < 0.95:
                    segfault(pool)
                else:
                    unknown_child()
            if hour == 6:
                # logrotate's postrotate: `kill -USR1` reopens the logs
                emit("NOTICE", "error log file re-opened", lo=1, hi=10)
        if day == 0:
            stop(reload=True)
            master[0] = master[0]
            emit("NOTICE", "fpm is running, pid %d", (master[0],))
            for pool in pools:
                for _ in range(2 if pool == "www" else 1):
                    spawn(pool)
            emit("NOTICE", "ready to handle connections")
        elif day == 1:
            stop(reload=False)
            log.tick(r, 2, 10)
            emit(
                "ERROR",
                "unable to bind listening socket for address '%s': %s (%d)",
                ("/run/php/php8.2-fpm.sock", "Address already in use", 98),
                label="unable to bind listening socket for address '%s': Address already in use (%d)",
            )
            emit("ERROR", "FPM initialization failed")
            log.tick(r, 5, 10)
            start()
    return [log, slow]


# --------------------------------------------------------------------------------- uwsgi

UWSGI_ROUTES = [
    # (weight, method, route pattern: `{id}` a number, `{q}` a query value; status choices)
    (20, "GET", "/", [200]),
    (14, "GET", "/products/{id}", [200, 200, 200, 404]),
    (10, "GET", "/api/v1/products?page={q}", [200]),
    (8, "GET", "/api/v1/products/{id}", [200, 200, 404]),
    (6, "POST", "/api/v1/cart/items", [201, 201, 400]),
    (5, "GET", "/cart", [200]),
    (4, "POST", "/login", [302, 302, 200]),
    (3, "GET", "/login?next={q}", [200]),
    (4, "POST", "/api/v1/orders", [201, 201, 500]),
    (3, "GET", "/api/v1/orders/{id}", [200, 403, 500]),
    (3, "GET", "/account/orders", [200, 302]),
    (2, "GET", "/search?q={q}", [200, 200, 500]),
    (6, "GET", "/healthz", [200]),
    (1, "GET", "/wp-login.php", [404]),
    (1, "GET", "/.env", [404]),
    (1, "POST", "/xmlrpc.php", [404]),
    (1, "GET", "/reports/export?month={q}", [200, 200, 504]),
]
UWSGI_CLIENTS = ["127.0.0.1", "10.0.2.15", "10.0.2.16"]  # behind nginx: the proxy's address


def uwsgi(r: random.Random) -> list[Log]:
    """uWSGI 2.0.21's log for a Flask application behind nginx (Debian's
    `/var/log/uwsgi/app/shop.log`, `logto`, the default request log format): the start-up banner
    (most lines with no timestamp at all), the request lines (`[pid: %d|app: %d|req: %d/%llu] %s
    (%s) {%d vars in %d bytes} [%s] %s %s => generated %llu bytes in %llu msecs (%s %d) %d headers
    in %llu bytes (%d switches on core %d)`: labelled by method, route and status, as errctl names
    an HTTP record by design), the application's own lines through Flask's default handler (`[date]
    ERROR in app: Exception on /x [GET]` with the traceback on the lines after, warnings of its own
    code), workers recycled after `max-requests`, harakiri, clients going away mid-response, the
    listen queue full (uwsgi_log_verbose's `date - ` before it), a touch-reload and a stop."""
    log = Log("shop.log", datetime(2024, 6, 11, 6, 25, 1, tzinfo=UTC))
    pid_iter = iter(range(r.randrange(900, 1500), 10**6, 5))
    workers: dict[int, list[int]] = {}  # worker id -> [pid, requests served by it]
    total = [0]
    interp = [0]

    def add(text: str, label: str | None, lo: float = 0.0, hi: float = 0.01) -> None:
        log.tick(r, lo, hi)
        log.add(text, label)

    def emit(
        fmt: str, args: tuple = (), label: str | None = None, lo: float = 0.0, hi: float = 0.01
    ) -> None:
        add(fmt % args if args else fmt, label or fmt, lo, hi)

    def verbose(
        fmt: str, args: tuple = (), label: str | None = None, lo: float = 0.0, hi: float = 0.01
    ) -> None:
        """uwsgi_log_verbose(): the ctime of now and ` - ` before the message."""
        log.tick(r, lo, hi)
        log.add(f"{log.t:%a %b %d %H:%M:%S %Y} - {fmt % args if args else fmt}", label or fmt)

    def banner() -> None:
        emit(
            "*** Starting uWSGI %s (%dbit) on [%s] ***",
            ("2.0.21-debian", 64, f"{log.t:%a %b %d %H:%M:%S %Y}"),
        )
        emit("compiled with version: %s on %s", ("12.2.0", "19 January 2023 13:18:33"))
        emit(
            "os: %s-%s %s",
            ("Linux", "6.1.0-21-amd64", "#1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1 (2024-05-03)"),
        )
        emit("nodename: %s", ("web1",))
        emit("machine: %s", ("x86_64",))
        emit("clock source: %s", ("unix",))
        emit("pcre jit disabled")
        emit("detected number of CPU cores: %d", (4,))
        emit("current working directory: %s", ("/",))
        emit("writing pidfile to %s", ("/run/uwsgi/app/shop/pid",))
        emit("detected binary path: %s", ("/usr/bin/uwsgi-core",))
        emit("setgid() to %d", (33,))
        emit("setuid() to %d", (33,))
        emit("chdir() to %s", ("/srv/shop",))
        emit("your processes number limit is %d", (15577,))
        emit("your memory page size is %d bytes", (4096,))
        emit("detected max file descriptor number: %d", (1024,))
        emit("lock engine: %s", ("pthread robust mutexes",))
        emit("thunder lock: disabled (you can enable it with --thunder-lock)")
        emit("uwsgi socket %d bound to UNIX address %s fd %d", (0, "/run/uwsgi/app/shop/socket", 3))
        emit("Python version: %s %s", ("3.11.2", "(main, Mar 13 2023, 12:18:29) [GCC 12.2.0]"))
        emit("*** Python threads support is disabled. You can enable it with --enable-threads ***")
        interp[0] = 0x55F1C8000000 + r.randrange(0, 0xFFFFFF) * 16
        emit("Python main interpreter initialized at %s", (f"0x{interp[0]:x}",))
        emit("your server socket listen backlog is limited to %d connections", (100,))
        emit("your mercy for graceful operations on workers is %d seconds", (60,))
        emit("mapped %d bytes (%d KB) for %d cores", (364600, 356, 4))
        emit("*** Operational MODE: preforking ***")
        master = next(pid_iter)
        emit(
            "WSGI app %d (mountpoint='%s') ready in %d seconds on interpreter %s pid: %d (default app)",
            (0, "", r.randrange(1, 3), f"0x{interp[0]:x}", master),
            label="WSGI app %d (mountpoint='%s') ready in %d seconds on interpreter %s pid: %d (default app)",
            lo=0.5,
            hi=2,
        )
        emit("*** uWSGI is running in multiple interpreter mode ***")
        emit("spawned uWSGI master process (pid: %d)", (master,))
        for w in range(1, 5):
            pid = next(pid_iter)
            workers[w] = [pid, 0]
            emit("spawned uWSGI worker %d (pid: %d, cores: %d)", (w, pid, 1))

    def route() -> tuple[str, str, str, int]:
        _, method, pattern, statuses = pick(r, [(x[0], x) for x in UWSGI_ROUTES])
        q = {
            "page": str(r.randrange(2, 40)),
            "next": r.choice(["%2Faccount%2Forders", "%2Fcart", "%2Fcheckout"]),
            "q": r.choice(["red+shoes", "gift", "linen+shirt", "socks", "sale"]),
            "month": r.choice(["2024-04", "2024-05"]),
        }.get(pattern.split("?")[-1].split("=")[0], "")
        path = pattern.replace("{id}", str(r.randrange(1, 9000))).replace("{q}", q)
        label = pattern.replace("{id}", "<*>").replace("{q}", "<*>")
        return method, path, label, r.choice(statuses)

    def request() -> None:
        w = r.choice(list(workers))
        workers[w][1] += 1
        total[0] += 1
        method, path, rlabel, status = route()
        if status == 500 and r.random() < 0.8:
            exception(method, path, rlabel)
        if status == 504:
            harakiri(w, method, path)
            return
        size = {
            200: r.randrange(300, 90000),
            201: r.randrange(40, 400),
            302: r.randrange(200, 300),
        }.get(status, r.randrange(20, 300))
        if rlabel == "/healthz":
            size = 2
        secs = r.randrange(1, 60) if status != 500 else r.randrange(20, 900)
        hdrs = r.choice([2, 3, 4]) if status != 302 else 4
        vars_ = r.choice([38, 40, 42, 44])
        emit(
            "[pid: %d|app: %d|req: %d/%d] %s () {%d vars in %d bytes} [%s] %s %s => generated %d bytes in %d msecs (%s %d) %d headers in %d bytes (%d switches on core %d)",
            (
                workers[w][0],
                0,
                workers[w][1],
                total[0],
                r.choice(UWSGI_CLIENTS),
                vars_,
                vars_ * 18 + r.randrange(0, 300),
                f"{log.t:%a %b %d %H:%M:%S %Y}",
                method,
                path,
                size,
                secs,
                "HTTP/1.1",
                status,
                hdrs,
                hdrs * 40 + r.randrange(0, 40),
                1,
                0,
            ),
            label=f"[pid: %d|app: %d|req: %d/%d] %s () {{%d vars in %d bytes}} [%s] {method} {rlabel} => generated %d bytes in %d msecs (HTTP/1.1 {status}) %d headers in %d bytes (%d switches on core %d)",
            lo=0.001,
            hi=0.2,
        )
        if workers[w][1] >= 1000:
            recycle(w)

    def flask(
        level: str, fmt: str, args: tuple = (), module: str = "app", label: str | None = None
    ) -> None:
        log.tick(r, 0.001, 0.05)
        t = log.t
        log.add(
            f"[{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}] {level} in {module}: {fmt % args if args else fmt}",
            label or fmt,
        )

    def exception(method: str, path: str, rlabel: str) -> None:
        flask("ERROR", "Exception on %s [%s]", (path.split("?")[0], method))
        which = {"/api/v1/orders": [0, 3], "/api/v1/orders/<*>": [1], "/search?q=<*>": [2]}[rlabel]
        exc = [
            (
                [
                    (
                        "/srv/shop/shop/orders.py",
                        88,
                        "create_order",
                        "order = Order.from_cart(cart, user=current_user)",
                    ),
                    (
                        "/srv/shop/shop/models.py",
                        212,
                        "from_cart",
                        'raise ValueError(f"cart {cart.id} is empty")',
                    ),
                ],
                f"ValueError: cart {r.randrange(100, 9000)} is empty",
            ),
            (
                [
                    (
                        "/srv/shop/shop/orders.py",
                        41,
                        "get_order",
                        "return jsonify(order.to_dict())",
                    ),
                    (
                        "/srv/shop/shop/models.py",
                        97,
                        "to_dict",
                        '"total": self.total.quantize(CENTS),',
                    ),
                ],
                "AttributeError: 'NoneType' object has no attribute 'quantize'",
            ),
            (
                [
                    (
                        "/srv/shop/shop/search.py",
                        30,
                        "search",
                        'hits = es.search(index="products", query=q)',
                    ),
                    (
                        "/srv/shop/venv/lib/python3.11/site-packages/elastic_transport/_node/_http_urllib3.py",
                        199,
                        "perform_request",
                        "raise err from e",
                    ),
                ],
                "elastic_transport.ConnectionTimeout: Connection timed out",
            ),
            (
                [
                    ("/srv/shop/shop/orders.py", 93, "create_order", "db.session.commit()"),
                    (
                        "/srv/shop/venv/lib/python3.11/site-packages/sqlalchemy/engine/default.py",
                        922,
                        "do_execute",
                        "cursor.execute(statement, parameters)",
                    ),
                ],
                "sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) server closed the connection unexpectedly",
            ),
        ][r.choice(which)]
        frames, last = exc
        log.add("Traceback (most recent call last):", None)
        for f in [
            (
                "/srv/shop/venv/lib/python3.11/site-packages/flask/app.py",
                1463,
                "wsgi_app",
                "response = self.full_dispatch_request()",
            ),
            (
                "/srv/shop/venv/lib/python3.11/site-packages/flask/app.py",
                872,
                "full_dispatch_request",
                "rv = self.handle_user_exception(e)",
            ),
            (
                "/srv/shop/venv/lib/python3.11/site-packages/flask/app.py",
                855,
                "dispatch_request",
                "return self.ensure_sync(self.view_functions[rule.endpoint])(**view_args)",
            ),
            *frames,
        ]:
            log.add(f'  File "{f[0]}", line {f[1]}, in {f[2]}', None)
            log.add(f"    {f[3]}", None)
        log.add(last, None)

    def app_warning() -> None:
        x = r.random()
        if x < 0.5:
            flask(
                "WARNING",
                "Payment provider timeout for order %d (attempt %d of %d)",
                (r.randrange(1000, 9999), r.randrange(1, 4), 3),
                module="payments",
            )
        elif x < 0.8:
            flask(
                "WARNING",
                "Stock for SKU %s is low: %d left",
                (f"{r.choice(['TS', 'HD', 'SN'])}-{r.randrange(100, 999)}", r.randrange(0, 5)),
                module="inventory",
            )
        else:
            flask(
                "INFO",
                "Cache miss for %s, rebuilding",
                (r.choice(["category:shoes", "category:shirts", "homepage", "navigation"]),),
                module="cache",
            )

    def recycle(w: int) -> None:
        pid = workers[w][0]
        emit("...The work of process %d is done. Seeya!", (pid,), lo=0, hi=0.1)
        emit("worker %d killed successfully (pid: %d)", (w, pid))
        workers[w] = [next(pid_iter), 0]
        emit("Respawned uWSGI worker %d (new pid: %d)", (w, workers[w][0]))

    def harakiri(w: int, method: str, path: str) -> None:
        pid = workers[w][0]
        start = int(log.t.timestamp())
        log.tick(r, 60, 61)
        verbose(
            "HARAKIRI [core %d] %s - %s %s since %d",
            (0, r.choice(UWSGI_CLIENTS), method, path, start),
        )
        verbose("HARAKIRI !!! worker %d status !!!", (w,))
        verbose(
            "HARAKIRI [core %d] %s - %s %s since %d",
            (0, r.choice(UWSGI_CLIENTS), method, path, start),
        )
        verbose("HARAKIRI !!! end of worker %d status !!!", (w,))
        emit(
            "DAMN ! worker %d (pid: %d) died, killed by signal %d :( trying respawn ...",
            (w, pid, 9),
        )
        workers[w] = [next(pid_iter), 0]
        emit("Respawned uWSGI worker %d (new pid: %d)", (w, workers[w][0]))

    def gone() -> None:
        method, path, _, _ = route()
        ip = r.choice(UWSGI_CLIENTS)
        if r.random() < 0.6:
            emit(
                "uwsgi_response_writev_headers_and_body_do(): %s [%s line %d] during %s %s (%s)",
                ("Broken pipe", "core/writer.c", 306, method, path, ip),
                label="uwsgi_response_writev_headers_and_body_do(): %s [core/writer.c line 306] during %s %s (%s)",
                lo=0.01,
                hi=5,
            )
        else:
            emit(
                "uwsgi_response_write_body_do(): %s [%s line %d] during %s %s (%s)",
                ("Connection reset by peer", "core/writer.c", 341, method, path, ip),
                label="uwsgi_response_write_body_do(): %s [core/writer.c line 341] during %s %s (%s)",
                lo=0.01,
                hi=5,
            )
        emit("OSError: write error")

    def sigpipe() -> None:
        _method, path, _, _ = route()
        emit(
            "SIGPIPE: writing to a closed pipe/socket/fd (probably the client disconnected) on request %s (ip %s) !!!",
            (path, r.choice(UWSGI_CLIENTS)),
            lo=0.01,
            hi=5,
        )

    def queue_full() -> None:
        for _ in range(r.randrange(1, 5)):
            n = r.randrange(101, 130)
            verbose(
                '*** uWSGI listen queue of socket "%s" (fd: %d) full !!! (%d/%d) ***',
                ("/run/uwsgi/app/shop/socket", 3, n, 100),
                lo=0.5,
                hi=2,
            )

    def bad_block() -> None:
        emit(
            "invalid request block size: %d (max %d)...skip",
            (r.choice([4105, 4419, 5210, 8192, 21536]), 4096),
            lo=0.01,
            hi=5,
        )

    def shutdown(reload: bool) -> None:
        if reload:
            verbose(
                "*** %s has been touched... grace them all !!! ***",
                ("/srv/shop/reload.touch",),
                lo=1,
                hi=30,
            )
            emit("...gracefully killing workers...")
            for w, (pid, _) in workers.items():
                emit("Gracefully killing worker %d (pid: %d)...", (w, pid))
        else:
            emit("SIGINT/SIGQUIT received...killing workers...", lo=1, hi=30)
        for w in workers:
            emit("worker %d buried after %d seconds", (w, r.randrange(0, 2)), lo=0.1, hi=1)
        if reload:
            emit("binary reloading uWSGI...")
            emit("chdir() to %s", ("/",))
            emit("closing all non-uwsgi socket fds > 2 (max_fd = %d)...", (1024,))
            emit("found fd %d mapped to socket %d (%s)", (3, 0, "/run/uwsgi/app/shop/socket"))
            emit("running %s", ("/usr/bin/uwsgi-core",))
        else:
            emit("goodbye to uWSGI.")
            emit("VACUUM: pidfile removed.")
            emit("VACUUM: unix socket %s removed.", ("/run/uwsgi/app/shop/socket",))

    banner()
    for day in range(2):
        for hour in range(24):
            rate = 50 if 8 <= hour <= 22 else 10
            for _ in range(r.randrange(rate // 2, rate)):
                log.tick(r, 0.5, 3600 / rate)
                x = r.random()
                if x < 0.86:
                    for _ in range(r.randrange(1, 4)):
                        request()
                elif x < 0.91:
                    app_warning()
                elif x < 0.95:
                    gone()
                elif x < 0.97:
                    sigpipe()
                elif x < 0.985:
                    bad_block()
                else:
                    queue_full()
            if day == 0 and hour == 14:
                shutdown(reload=True)
                log.tick(r, 0.5, 1)
                banner()
        if day == 1:
            shutdown(reload=False)
    return [log]


# --------------------------------------------------------------------------------- mosquitto

MQTT_CLIENTS = {
    # client id: (address, username or None, protocol level, keepalive)
    "zigbee2mqtt": ("10.0.40.5", "z2m", 5, 60),
    "homeassistant": ("10.0.40.2", "hass", 5, 60),
    "Node-RED": ("10.0.40.3", "nodered", 4, 60),
    "shellyplus1pm-a8032ab1c2d4": ("10.0.41.21", "shelly", 4, 60),
    "shellyplus1pm-a8032ab5e6f0": ("10.0.41.22", "shelly", 4, 60),
    "tasmota_4C8F2A": ("10.0.41.30", "tasmota", 4, 30),
    "tasmota_9B1E07": ("10.0.41.31", "tasmota", 4, 30),
    "ESP32-weather-balcony": ("10.0.41.40", None, 4, 15),
    "esphome-kitchen-sensor": ("10.0.41.41", "esphome", 4, 15),
    "telegraf": ("10.0.40.8", "telegraf", 4, 60),
    "frigate": ("10.0.40.9", "frigate", 5, 60),
}
MQTT_CA_PORTS = {1883: "default listener", 8883: "TLS", 9001: "websockets"}


def mosquitto(r: random.Random) -> list[Log]:
    """Mosquitto 2.0.18's log on a home-automation broker (`log_dest file
    /var/log/mosquitto/mosquitto.log`, the default types and `log_timestamp`: `%ld: msg`, seconds
    since the epoch): start-ups with the listeners, devices connecting (with and without a username,
    `(p2, c1, k60, u'z2m')`), keepalive timeouts of flaky Wi-Fi devices, clients reconnecting with
    the same id, phone apps over websockets with generated ids, unauthorised clients, TLS
    handshakes failing on the TLS listener, scanners without a CONNECT, autosaves of the persistence
    file, a bridge to a cloud broker reconnecting, a reload on SIGHUP and a restart."""
    log = Log("mosquitto.log", datetime(2024, 6, 11, 6, 0, 5, tzinfo=UTC))
    online: dict[str, tuple[str, int]] = {}  # client id -> (address, port)

    def emit(
        fmt: str, args: tuple = (), label: str | None = None, lo: float = 0.0, hi: float = 0.05
    ) -> None:
        log.tick(r, lo, hi)
        log.add(f"{int(log.t.timestamp())}: {fmt % args if args else fmt}", label or fmt)

    def start(first: bool) -> None:
        emit("mosquitto version %s starting", ("2.0.18",))
        emit("Config loaded from %s.", ("/etc/mosquitto/mosquitto.conf",))
        for port in (1883, 8883):
            emit("Opening ipv4 listen socket on port %d.", (port,))
            emit("Opening ipv6 listen socket on port %d.", (port,))
        emit("Opening websockets listen socket on port %d.", (9001,))
        emit("Connecting bridge %s (%s:%d)", ("cloud-bridge", "mqtt.example-cloud.net", 8883))
        for topic in ("home/+/state", "home/alerts/#"):
            emit("Bridge %s doing local SUBSCRIBE on topic %s", ("local.web1.cloud-bridge", topic))
        emit("mosquitto version %s running", ("2.0.18",))

    def new_conn(port: int, ip: str, sport: int) -> None:
        emit("New connection from %s:%d on port %d.", (ip, sport, port), lo=0, hi=0.02)

    def connect(cid: str, reconnect: bool = False) -> None:
        ip, user, proto, keep = MQTT_CLIENTS[cid]
        port = 1883
        sport = r.randrange(32768, 61000)
        new_conn(port, ip, sport)
        if cid in online:
            emit("Client %s already connected, closing old connection.", (cid,), lo=0, hi=0.01)
        c = 1 if proto == 4 else r.choice([0, 1])
        if user:
            emit(
                "New client connected from %s:%d as %s (p%d, c%d, k%d, u'%s').",
                (ip, sport, cid, 2 if proto == 4 else 5, c, keep, user),
                lo=0,
                hi=0.05,
            )
        else:
            emit(
                "New client connected from %s:%d as %s (p%d, c%d, k%d).",
                (ip, sport, cid, 2, c, keep),
                lo=0,
                hi=0.05,
            )
        online[cid] = (ip, sport)

    def disconnect(cid: str) -> None:
        online.pop(cid, None)
        x = r.random()
        if cid.startswith(("ESP32", "esphome", "tasmota", "shelly")) and x < 0.6:
            emit("Client %s has exceeded timeout, disconnecting.", (cid,), lo=1, hi=60)
        elif x < 0.75:
            emit("Client %s closed its connection.", (cid,), lo=1, hi=60)
        elif x < 0.9:
            emit("Client %s disconnected.", (cid,), lo=1, hi=60)
        else:
            emit("Socket error on client %s, disconnecting.", (cid,), lo=1, hi=60)

    def phone() -> None:
        """A phone app over websockets: a generated id each time."""
        cid = r.choice(
            [
                f"mqttjs_{hexid(r, 8)}",
                f"paho{r.randrange(10**12, 10**13)}",
                f"MQTTExplorer-{hexid(r, 8)}",
                f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}",
            ]
        )
        ip = f"10.0.50.{r.randrange(20, 60)}"
        sport = r.randrange(32768, 61000)
        new_conn(9001, ip, sport)
        emit(
            "New client connected from %s:%d as %s (p%d, c%d, k%d, u'%s').",
            (ip, sport, cid, 2, 1, 60, "hass"),
            lo=0,
            hi=0.05,
        )
        log.tick(r, 10, 900)
        if r.random() < 0.7:
            emit("Client %s closed its connection.", (cid,))
        else:
            emit("Client %s disconnected.", (cid,))

    def unauthorised() -> None:
        ip = f"10.0.{r.choice([41, 50])}.{r.randrange(20, 90)}"
        sport = r.randrange(32768, 61000)
        new_conn(1883, ip, sport)
        cid = r.choice(
            ["shellyht-5C3B1A", "DVES_2F8A10", "mqtt-explorer-7d2a9c1f", "sonoff-basic-old"]
        )
        emit("Client %s disconnected, not authorised.", (cid,), lo=0, hi=0.05)

    def tls_fail() -> None:
        ip = scanner_ip(r)
        sport = r.randrange(1024, 65000)
        new_conn(8883, ip, sport)
        reason = r.choice(
            [
                "error:0A00010B:SSL routines::wrong version number",
                "error:0A000126:SSL routines::unexpected eof while reading",
                "error:0A000418:SSL routines::tlsv1 alert unknown ca",
                "error:0A0000C1:SSL routines::no shared cipher",
            ]
        )
        emit("OpenSSL Error[%d]: %s", (0, reason), lo=0, hi=0.3)
        emit(
            "Client %s disconnected: %s.",
            ("<unknown>", "protocol error"),
            lo=0,
            hi=0.01,
            label="Client %s disconnected: protocol error.",
        )

    def scanner() -> None:
        ip = scanner_ip(r)
        sport = r.randrange(1024, 65000)
        new_conn(1883, ip, sport)
        x = r.random()
        if x < 0.5:
            emit("Client %s closed its connection.", ("<unknown>",), lo=0, hi=3)
        elif x < 0.8:
            emit("Client %s disconnected due to protocol error.", ("<unknown>",), lo=0, hi=3)
        else:
            emit("Client %s has exceeded timeout, disconnecting.", ("<unknown>",), lo=5, hi=12)

    def bridge_drop() -> None:
        emit("Client %s closed its connection.", ("local.web1.cloud-bridge",), lo=1, hi=60)
        for _ in range(r.randrange(1, 4)):
            emit(
                "Connecting bridge %s (%s:%d)",
                ("cloud-bridge", "mqtt.example-cloud.net", 8883),
                lo=5,
                hi=30,
            )
            emit(
                "Error creating bridge: %s.",
                (r.choice(["Connection refused", "Lookup error"]),),
                lo=0,
                hi=3,
                label="Error creating bridge: %s.",
            )
        emit(
            "Connecting bridge %s (%s:%d)",
            ("cloud-bridge", "mqtt.example-cloud.net", 8883),
            lo=5,
            hi=30,
        )
        for topic in ("home/+/state", "home/alerts/#"):
            emit("Bridge %s doing local SUBSCRIBE on topic %s", ("local.web1.cloud-bridge", topic))

    def dropping() -> None:
        cid = r.choice(["Node-RED", "telegraf", "frigate"])
        for _ in range(r.randrange(1, 4)):
            emit("Outgoing messages are being dropped for client %s.", (cid,), lo=0.5, hi=20)

    def reload() -> None:
        emit("Reloading config.", lo=1, hi=30)

    def stop() -> None:
        emit("mosquitto version %s terminating", ("2.0.18",), lo=1, hi=30)
        emit("Saving in-memory database to %s.", ("/var/lib/mosquitto/mosquitto.db",))
        online.clear()

    devices = list(MQTT_CLIENTS)
    start(True)
    for cid in devices:
        connect(cid)
    last_save = log.t
    for day in range(3):
        for hour in range(24):
            for _ in range(r.randrange(15, 35)):
                log.tick(r, 1, 200)
                if log.t - last_save >= timedelta(seconds=1800):
                    # autosave_interval 1800
                    last_save = log.t
                    emit("Saving in-memory database to %s.", ("/var/lib/mosquitto/mosquitto.db",))
                x = r.random()
                if x < 0.32:
                    cid = r.choice(devices[3:9])
                    if cid in online:
                        disconnect(cid)
                        log.tick(r, 1, 30)
                    connect(cid)
                elif x < 0.38:
                    connect(r.choice(devices[:3] + devices[9:]), reconnect=True)
                elif x < 0.55:
                    phone()
                elif x < 0.62:
                    unauthorised()
                elif x < 0.72:
                    tls_fail()
                elif x < 0.94:
                    scanner()
                elif x < 0.97:
                    dropping()
                else:
                    bridge_drop()
            if hour == 6:
                # logrotate's postrotate: SIGHUP
                reload()
        if day == 1:
            stop()
            log.tick(r, 3, 20)
            start(False)
            for cid in devices:
                log.tick(r, 0.5, 20)
                connect(cid)
    return [log]


# --------------------------------------------------------------------------------- zookeeper

ZK_HOSTS = {1: "10.0.30.11", 2: "10.0.30.12", 3: "10.0.30.13"}
ZK_CLIENTS = [f"10.0.20.{n}" for n in (14, 15, 16, 31, 32, 33, 47)]
ZK_ENV = [
    (
        "zookeeper.version",
        "3.8.4-9316c2a7a97e1666d8f4593f34dd6fc36ecc436c, built on 2024-02-12 22:16 UTC",
    ),
    ("host.name", None),
    ("java.version", "11.0.22"),
    ("java.vendor", "Eclipse Adoptium"),
    ("java.home", "/opt/java/openjdk"),
    (
        "java.class.path",
        "/apache-zookeeper-3.8.4-bin/bin/../zookeeper-server/target/classes:/apache-zookeeper-3.8.4-bin/bin/../lib/zookeeper-3.8.4.jar:/apache-zookeeper-3.8.4-bin/bin/../lib/netty-handler-4.1.105.Final.jar",
    ),
    ("java.library.path", "/usr/java/packages/lib:/usr/lib64:/lib64:/lib:/usr/lib"),
    ("java.io.tmpdir", "/tmp"),
    ("os.name", "Linux"),
    ("os.arch", "amd64"),
    ("os.version", "6.1.0-21-amd64"),
    ("user.name", "zookeeper"),
    ("user.home", "/home/zookeeper"),
    ("user.dir", "/apache-zookeeper-3.8.4-bin"),
    ("os.memory.free", "493MB"),
    ("os.memory.max", "1000MB"),
    ("os.memory.total", "512MB"),
]


def zookeeper(r: random.Random) -> list[Log]:
    """Two nodes of a three-node ZooKeeper 3.8.4 ensemble serving Kafka and a few services (the
    image's `logback.xml`: `%d{ISO8601} [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m%n`, the thread
    before the class, `QuorumPeer[myid=1](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled)` among
    the threads): start-ups with the configuration and the server environment (`Server
    environment:java.version=11.0.22`, one format for every property), leader elections with
    their notifications, a follower syncing with the leader, clients' sessions established,
    expiring and closed, user-level KeeperExceptions (`KeeperErrorCode = NodeExists for /x`, a
    message of its own), slow fsyncs, snapshots and new log files, the purge task, a peer going
    away (`Cannot open channel to 3 at election address ...` with its stack trace), a connection
    limit hit, and a restart of each node."""
    logs = {
        i: Log(f"zookeeper-{i}.log", datetime(2024, 6, 11, 6, 0, 1, 118000, tzinfo=UTC))
        for i in (1, 2)
    }
    epoch = [3]
    zxid = [0x300000000 + r.randrange(0x100, 0x900)]
    sessions: dict[int, dict[int, str]] = {1: {}, 2: {}}  # node -> session id -> client address

    def qp(i: int) -> str:
        return f"QuorumPeer[myid={i}](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled)"

    def emit(
        i: int,
        level: str,
        thread: str,
        cls: str,
        fmt: str,
        args: tuple = (),
        label: str | None = None,
        lo: float = 0.0005,
        hi: float = 0.05,
    ) -> None:
        log = logs[i]
        log.tick(r, lo, hi)
        t = log.t
        log.add(
            f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} [myid:{i}] - {level:<5} [{thread}:{cls}] - {fmt % args if args else fmt}",
            label or fmt,
        )

    def trace(i: int, lines: list[str]) -> None:
        for x in lines:
            logs[i].add(x, None)

    def hx(n: int) -> str:
        return f"{n:x}"

    def start(i: int) -> None:
        emit(
            i,
            "INFO",
            "main",
            "QuorumPeerConfig@177",
            "Reading configuration from: %s",
            ("/conf/zoo.cfg",),
        )
        emit(
            i, "INFO", "main", "QuorumPeerConfig@440", "clientPortAddress is %s", ("0.0.0.0:2181",)
        )
        emit(i, "INFO", "main", "QuorumPeerConfig@444", "secureClientPort is not set")
        emit(i, "INFO", "main", "QuorumPeerConfig@460", "observerMasterPort is not set")
        emit(
            i,
            "INFO",
            "main",
            "QuorumPeerConfig@477",
            "metricsProvider.className is %s",
            ("org.apache.zookeeper.metrics.prometheus.PrometheusMetricsProvider",),
        )
        emit(
            i,
            "INFO",
            "main",
            "DatadirCleanupManager@78",
            "autopurge.snapRetainCount set to %d",
            (3,),
        )
        emit(
            i,
            "INFO",
            "main",
            "DatadirCleanupManager@79",
            "autopurge.purgeInterval set to %d",
            (24,),
        )
        emit(i, "INFO", "PurgeTask", "DatadirCleanupManager$PurgeTask@139", "Purge task started.")
        emit(
            i,
            "INFO",
            "PurgeTask",
            "FileTxnSnapLog@124",
            "zookeeper.snapshot.trust.empty : %s",
            ("false",),
        )
        emit(i, "INFO", "PurgeTask", "DatadirCleanupManager$PurgeTask@145", "Purge task completed.")
        emit(i, "INFO", "main", "QuorumPeerMain@151", "Starting quorum peer, myid=%d", (i,))
        emit(
            i,
            "INFO",
            "main",
            "ServerCnxnFactory@169",
            "Using %s as server connection factory",
            ("org.apache.zookeeper.server.NIOServerCnxnFactory",),
        )
        emit(
            i,
            "INFO",
            "main",
            "NIOServerCnxnFactory@652",
            "Configuring NIO connection handler with %ds sessionless connection timeout, %d selector thread(s), %d worker threads, and %d kB direct buffers.",
            (10, 1, 8, 64),
        )
        emit(
            i,
            "INFO",
            "main",
            "NIOServerCnxnFactory@665",
            "binding to port %s",
            ("0.0.0.0/0.0.0.0:2181",),
        )
        emit(i, "INFO", "main", "QuorumPeer@1879", "Local sessions disabled")
        emit(i, "INFO", "main", "QuorumPeer@1904", "tickTime set to %d ms", (2000,))
        emit(i, "INFO", "main", "QuorumPeer@1948", "minSessionTimeout set to %d ms", (4000,))
        emit(i, "INFO", "main", "QuorumPeer@1959", "maxSessionTimeout set to %d ms", (40000,))
        emit(i, "INFO", "main", "QuorumPeer@1984", "initLimit set to %d", (5,))
        emit(i, "INFO", "main", "QuorumPeer@2009", "syncLimit set to %d", (2,))
        emit(i, "INFO", "main", "ZKDatabase@132", "zookeeper.snapshotSizeFactor = %s", ("0.33",))
        emit(
            i,
            "INFO",
            "main",
            "FileSnap@85",
            "Reading snapshot %s",
            (f"/data/version-2/snapshot.{hx(zxid[0] - r.randrange(1000, 5000))}",),
        )
        emit(i, "INFO", "main", "DataTree@1716", "The digest value is empty in snapshot")
        emit(
            i,
            "INFO",
            "main",
            "ZKDatabase@289",
            "Snapshot loaded in %d ms, highest zxid is 0x%s, digest is %d",
            (r.randrange(40, 300), hx(zxid[0]), r.randrange(10**9, 10**10)),
        )
        emit(
            i,
            "INFO",
            "main",
            "QuorumCnxManager$Listener@924",
            "Election port bind maximum retries is infinite",
        )
        emit(
            i,
            "INFO",
            f"ListenerHandler-zk{i}/{ZK_HOSTS[i]}:3888",
            "QuorumCnxManager$Listener$ListenerHandler@1070",
            "%d is accepting connections now, my election bind port: %s",
            (i, f"zk{i}/{ZK_HOSTS[i]}:3888"),
        )
        emit(i, "INFO", qp(i), "QuorumPeer@1513", "LOOKING")
        emit(i, "INFO", qp(i), "QuorumPeer@1409", "Peer state changed: %s", ("looking",))
        for name, value in ZK_ENV:
            emit(
                i,
                "INFO",
                qp(i),
                "Environment@98",
                "Server environment:%s=%s",
                (name, value or f"zk{i}"),
                label="Server environment:%s",
                lo=0,
                hi=0.001,
            )

    def elect(i: int, leader: int) -> None:
        emit(
            i,
            "INFO",
            qp(i),
            "FastLeaderElection@945",
            "New election. My id = %d, proposed zxid=0x%s",
            (i, hx(zxid[0])),
        )
        for sid in (i, leader, 3 if leader != 3 else 2):
            if sid == i and leader == i and sid != 1:
                continue
            emit(
                i,
                "INFO",
                f"WorkerReceiver[myid={i}]",
                "FastLeaderElection$Messenger$WorkerReceiver@390",
                "Notification: my state:%s; n.sid:%d, n.state:%s, n.leader:%d, n.round:0x%s, n.peerEpoch:0x%s, n.zxid:0x%s, message format version:0x%s, n.config version:0x%s",
                (
                    "LOOKING",
                    sid,
                    r.choice(["LOOKING", "FOLLOWING"])
                    if sid != leader
                    else "LEADING"
                    if sid != i
                    else "LOOKING",
                    leader,
                    hx(epoch[0] + 1),
                    hx(epoch[0]),
                    hx(zxid[0]),
                    "2",
                    "0",
                ),
            )
        took = r.randrange(40, 400)
        if leader == i:
            emit(i, "INFO", qp(i), "QuorumPeer@1525", "LEADING")
            emit(
                i,
                "INFO",
                qp(i),
                "Leader@584",
                "LEADING - LEADER ELECTION TOOK - %d %s",
                (took, "MS"),
                label="LEADING - LEADER ELECTION TOOK - %d %s",
            )
            emit(i, "INFO", qp(i), "QuorumPeer@1409", "Peer state changed: %s", ("leading",))
            emit(
                i,
                "INFO",
                qp(i),
                "QuorumPeer@1409",
                "Peer state changed: %s",
                ("leading - discovery",),
            )
            for sid in (1, 2, 3):
                if sid == i:
                    continue
                lh = f"LearnerHandler-/{ZK_HOSTS[sid]}:{r.randrange(40000, 60000)}"
                emit(
                    i,
                    "INFO",
                    lh,
                    "LearnerHandler@512",
                    "Follower sid: %d : info : %s",
                    (sid, f"{ZK_HOSTS[sid]}:2888:3888:participant"),
                )
                emit(
                    i,
                    "INFO",
                    lh,
                    "ZKDatabase@345",
                    "On disk txn sync enabled with snapshotSizeFactor %s",
                    ("0.33",),
                )
                emit(
                    i,
                    "INFO",
                    lh,
                    "LearnerHandler@807",
                    "Synchronizing with Learner sid: %d maxCommittedLog=0x%s minCommittedLog=0x%s lastProcessedZxid=0x%s peerLastZxid=0x%s",
                    (
                        sid,
                        hx(zxid[0]),
                        hx(zxid[0] - 500),
                        hx(zxid[0]),
                        hx(zxid[0] - r.randrange(0, 40)),
                    ),
                )
                emit(
                    i,
                    "INFO",
                    lh,
                    "LearnerHandler@869",
                    "Sending DIFF zxid=0x%s  for peer sid: %d",
                    (hx(zxid[0]), sid),
                )
            epoch[0] += 1
            zxid[0] = epoch[0] << 32
            emit(
                i,
                "INFO",
                qp(i),
                "Leader@1569",
                "Have quorum of supporters, sids: [%s]; starting up and setting last processed zxid: 0x%s",
                (f"[{i}, {2 if i != 2 else 1}],[{i}, {2 if i != 2 else 1}]", hx(zxid[0])),
            )
            emit(
                i,
                "INFO",
                qp(i),
                "QuorumPeer@1409",
                "Peer state changed: %s",
                ("leading - broadcast",),
            )
        else:
            emit(i, "INFO", qp(i), "QuorumPeer@1513", "FOLLOWING")
            emit(i, "INFO", qp(i), "Learner@93", "TCP NoDelay set to: %s", ("true",))
            emit(
                i,
                "INFO",
                qp(i),
                "Follower@77",
                "FOLLOWING - LEADER ELECTION TOOK - %d %s",
                (took, "MS"),
                label="FOLLOWING - LEADER ELECTION TOOK - %d %s",
            )
            emit(
                i,
                "INFO",
                qp(i),
                "QuorumPeer@1409",
                "Peer state changed: %s",
                ("following - discovery",),
            )
            emit(
                i,
                "INFO",
                qp(i),
                "QuorumPeer@1409",
                "Peer state changed: %s",
                ("following - synchronization",),
            )
            emit(
                i,
                "INFO",
                qp(i),
                "Learner@566",
                "Getting a diff from the leader 0x%s",
                (hx(zxid[0]),),
            )
            emit(i, "INFO", qp(i), "Learner@745", "Learner received NEWLEADER message")
            emit(i, "INFO", qp(i), "Learner@730", "Learner received UPTODATE message")
            emit(
                i,
                "INFO",
                qp(i),
                "QuorumPeer@1409",
                "Peer state changed: %s",
                ("following - broadcast",),
            )
            emit(
                i,
                "INFO",
                qp(i),
                "Follower@97",
                "Synchronizing with Leader took %d ms",
                (r.randrange(30, 400),),
            )

    def worker() -> str:
        return f"NIOWorkerThread-{r.randrange(1, 9)}"

    def session(i: int) -> None:
        c = r.choice(ZK_CLIENTS)
        addr = f"/{c}:{r.randrange(32768, 61000)}"
        sid = (0x100000000000000 * i) + r.randrange(0x10000000000, 0xFFFFFFFFFFFF)
        timeout = r.choice([6000, 18000, 30000, 40000])
        emit(
            i,
            "INFO",
            worker(),
            "ZooKeeperServer@1164",
            "Session establishment request from client %s client's lastZxid is 0x%s",
            (addr, hx(r.choice([0, zxid[0] - r.randrange(1, 99)]))),
            lo=0.5,
            hi=120,
        )
        emit(
            i,
            "INFO",
            f"CommitProcWorkThread-{r.randrange(1, 5)}",
            "ZooKeeperServer@716",
            "Established session 0x%s with negotiated timeout %d for client %s",
            (hx(sid), timeout, addr),
            lo=0.001,
            hi=0.02,
        )
        sessions[i][sid] = addr

    def end(i: int) -> None:
        sid = r.choice(list(sessions[i]))
        addr = sessions[i].pop(sid)
        x = r.random()
        if x < 0.5:
            emit(
                i,
                "WARN",
                worker(),
                "NIOServerCnxn@380",
                "Unable to read additional data from client, it probably closed the socket: address = %s, session = 0x%s",
                (addr, hx(sid)),
                lo=1,
                hi=200,
            )
        elif x < 0.8:
            emit(
                i,
                "INFO",
                "SessionTracker",
                "ZooKeeperServer@632",
                "Expiring session 0x%s, timeout of %dms exceeded",
                (hx(sid), r.choice([6000, 18000, 30000])),
                lo=1,
                hi=200,
            )
        else:
            emit(
                i,
                "INFO",
                worker(),
                "ZooKeeperServer@1098",
                "Invalid session 0x%s for client %s, probably expired",
                (hx(sid), addr),
                lo=1,
                hi=200,
            )

    def keeper_error(i: int) -> None:
        sid = r.choice(list(sessions[i])) if sessions[i] else 0x100000A3B2C0001
        code, path, typ = r.choice(
            [
                ("NodeExists", f"/brokers/ids/{r.randrange(1, 4)}", "create"),
                ("NodeExists", "/config/changes", "create"),
                ("NoNode", "/admin/reassign_partitions", "delete"),
                ("NoNode", f"/locks/orders/lock-{r.randrange(10**9, 10**10):010d}", "delete"),
                ("NotEmpty", "/locks/orders", "delete"),
                ("BadVersion", "/services/payments/leader", "setData"),
            ]
        )
        emit(
            i,
            "INFO",
            f"ProcessThread(sid:{i} cport:2181):",
            "PrepRequestProcessor@965",
            "Got user-level KeeperException when processing sessionid:0x%s type:%s cxid:0x%s zxid:0x%s txntype:%s reqpath:%s Error Path:%s Error:%s",
            (
                hx(sid),
                typ,
                hx(r.randrange(1, 4000)),
                hx(zxid[0]),
                "-1",
                "n/a",
                path,
                f"KeeperErrorCode = {code} for {path}",
            ),
            label="Got user-level KeeperException when processing sessionid:0x%s type:%s cxid:0x%s zxid:0x%s txntype:%s reqpath:%s Error Path:%s Error:KeeperErrorCode = %s for %s",
            lo=1,
            hi=200,
        )

    def fsync(i: int) -> None:
        emit(
            i,
            "WARN",
            f"SyncThread:{i}",
            "FileTxnLog@368",
            "fsync-ing the write ahead log in %s took %dms which will adversely effect operation latency.File size is %d bytes. See the ZooKeeper troubleshooting guide",
            (f"SyncThread:{i}", r.randrange(1000, 9000), 67108880),
            lo=1,
            hi=300,
        )

    def snapshot(i: int) -> None:
        zxid[0] += r.randrange(5000, 90000)
        emit(
            i,
            "INFO",
            f"SyncThread:{i}",
            "FileTxnLog@284",
            "Creating new log file: %s",
            (f"log.{hx(zxid[0] + 1)}",),
            lo=1,
            hi=300,
        )
        emit(
            i,
            "INFO",
            "Snapshot Thread",
            "FileTxnSnapLog@479",
            "Snapshotting: 0x%s to %s",
            (hx(zxid[0]), f"/data/version-2/snapshot.{hx(zxid[0])}"),
        )
        emit(
            i,
            "INFO",
            "Snapshot Thread",
            "ZooKeeperServer@543",
            "Snapshot taken in %d ms",
            (r.randrange(20, 400),),
            lo=0.02,
            hi=0.4,
        )

    def too_many(i: int) -> None:
        c = r.choice(ZK_CLIENTS[:3])
        for _ in range(r.randrange(2, 8)):
            emit(
                i,
                "WARN",
                "NIOServerCxnFactory.AcceptThread:0.0.0.0/0.0.0.0:2181",
                "NIOServerCnxnFactory$AcceptThread@290",
                "Too many connections from %s - max is %d",
                (f"/{c}", 60),
                lo=0.01,
                hi=3,
            )

    def channel_fail(i: int, peer: int) -> None:
        emit(
            i,
            "WARN",
            f"QuorumConnectionThread-[myid={i}]-{r.randrange(1, 9)}",
            "QuorumCnxManager@401",
            "Cannot open channel to %d at election address %s",
            (peer, f"zk{peer}/{ZK_HOSTS[peer]}:3888"),
            lo=0.5,
            hi=5,
        )
        trace(
            i,
            [
                "java.net.ConnectException: Connection refused (Connection refused)",
                "\tat java.base/java.net.PlainSocketImpl.socketConnect(Native Method)",
                "\tat java.base/java.net.AbstractPlainSocketImpl.doConnect(Unknown Source)",
                "\tat java.base/java.net.Socket.connect(Unknown Source)",
                "\tat org.apache.zookeeper.server.quorum.QuorumCnxManager.initiateConnection(QuorumCnxManager.java:384)",
                "\tat org.apache.zookeeper.server.quorum.QuorumCnxManager$QuorumConnectionReceiverThread.run(QuorumCnxManager.java:458)",
                "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(Unknown Source)",
                "\tat java.base/java.lang.Thread.run(Unknown Source)",
            ],
        )

    def peer_lost(i: int, peer: int) -> None:
        emit(
            i,
            "WARN",
            f"RecvWorker:{peer}",
            "QuorumCnxManager$RecvWorker@1401",
            "Connection broken for id %d, my id = %d",
            (peer, i),
            lo=0.001,
            hi=0.5,
        )
        trace(
            i,
            [
                "java.io.EOFException: null",
                "\tat java.base/java.io.DataInputStream.readInt(Unknown Source)",
                "\tat org.apache.zookeeper.server.quorum.QuorumCnxManager$RecvWorker.run(QuorumCnxManager.java:1386)",
            ],
        )
        emit(
            i,
            "WARN",
            f"RecvWorker:{peer}",
            "QuorumCnxManager$RecvWorker@1411",
            "Interrupting SendWorker thread from RecvWorker. sid: %d. myId: %d",
            (peer, i),
        )
        emit(
            i,
            "WARN",
            f"SendWorker:{peer}",
            "QuorumCnxManager$SendWorker@1284",
            "Interrupted while waiting for message on queue",
        )
        trace(
            i,
            [
                "java.lang.InterruptedException: null",
                "\tat java.base/java.util.concurrent.locks.AbstractQueuedSynchronizer$ConditionObject.reportInterruptAfterWait(Unknown Source)",
                "\tat org.apache.zookeeper.util.CircularBlockingQueue.poll(CircularBlockingQueue.java:105)",
                "\tat org.apache.zookeeper.server.quorum.QuorumCnxManager.pollSendQueue(QuorumCnxManager.java:1449)",
                "\tat org.apache.zookeeper.server.quorum.QuorumCnxManager$SendWorker.run(QuorumCnxManager.java:1273)",
            ],
        )
        emit(
            i,
            "WARN",
            f"SendWorker:{peer}",
            "QuorumCnxManager$SendWorker@1294",
            "Send worker leaving thread id %d my id = %d",
            (peer, i),
        )

    def peer_back(i: int, peer: int) -> None:
        port = r.randrange(40000, 60000)
        emit(
            i,
            "INFO",
            f"ListenerHandler-zk{i}/{ZK_HOSTS[i]}:3888",
            "QuorumCnxManager$Listener$ListenerHandler@1079",
            "Received connection request from %s",
            (f"/{ZK_HOSTS[peer]}:{port}",),
            lo=1,
            hi=20,
        )

    def follower_lost(i: int, leader: int) -> None:
        emit(
            i,
            "WARN",
            qp(i),
            "Follower@131",
            "Exception when following the leader",
            lo=0.001,
            hi=0.5,
        )
        trace(
            i,
            [
                "java.io.EOFException: null",
                "\tat java.base/java.io.DataInputStream.readInt(Unknown Source)",
                "\tat org.apache.jute.BinaryInputArchive.readInt(BinaryInputArchive.java:96)",
                "\tat org.apache.zookeeper.server.quorum.QuorumPacket.deserialize(QuorumPacket.java:86)",
                "\tat org.apache.zookeeper.server.quorum.Learner.readPacket(Learner.java:228)",
                "\tat org.apache.zookeeper.server.quorum.Follower.followLeader(Follower.java:124)",
                "\tat org.apache.zookeeper.server.quorum.QuorumPeer.run(QuorumPeer.java:1522)",
            ],
        )
        emit(i, "INFO", qp(i), "Follower@296", "shutdown Follower")
        emit(i, "INFO", qp(i), "QuorumPeer@1409", "Peer state changed: %s", ("looking",))
        emit(i, "WARN", qp(i), "QuorumPeer@1546", "PeerState set to LOOKING")
        emit(i, "INFO", qp(i), "QuorumPeer@1513", "LOOKING")

    def stop(i: int) -> None:
        emit(
            i,
            "INFO",
            "Thread-1",
            "QuorumPeerMain@154",
            "Received SIGTERM, shutting down",
            lo=1,
            hi=30,
        )
        emit(i, "INFO", "Thread-1", "ZooKeeperServer@823", "shutting down")
        emit(i, "INFO", "Thread-1", "RequestThrottler@241", "Shutting down")
        emit(i, "INFO", "Thread-1", "SyncRequestProcessor@256", "Shutting down")
        emit(
            i, "INFO", f"SyncThread:{i}", "SyncRequestProcessor@190", "SyncRequestProcessor exited!"
        )
        sessions[i].clear()

    # The ensemble: node 3 leads at first; on day 1 it restarts (node 1 takes over), on day 2
    # node 2 restarts and rejoins node 1.
    for i in (1, 2):
        start(i)
        elect(i, 3)
    for day in range(3):
        for hour in range(24):
            for i in (1, 2):
                n = r.randrange(12, 30) if 7 <= hour <= 22 else r.randrange(4, 10)
                for _ in range(n):
                    x = r.random()
                    if x < 0.4 or len(sessions[i]) < 3:
                        session(i)
                    elif x < 0.72:
                        end(i)
                    elif x < 0.88:
                        keeper_error(i)
                    elif x < 0.93:
                        fsync(i)
                    elif x < 0.99:
                        snapshot(i)
                    else:
                        too_many(i)
                if hour == 0:
                    emit(
                        i,
                        "INFO",
                        "PurgeTask",
                        "DatadirCleanupManager$PurgeTask@139",
                        "Purge task started.",
                        lo=1,
                        hi=60,
                    )
                    emit(
                        i,
                        "INFO",
                        "PurgeTask",
                        "FileTxnSnapLog@124",
                        "zookeeper.snapshot.trust.empty : %s",
                        ("false",),
                    )
                    emit(
                        i,
                        "INFO",
                        "PurgeTask",
                        "DatadirCleanupManager$PurgeTask@145",
                        "Purge task completed.",
                    )
            # keep the two files in step
            t = max(lg.t for lg in logs.values())
            for lg in logs.values():
                lg.t = t
        if day == 0:
            # node 3, the leader, restarts: the followers lose it and elect node 1
            for i in (1, 2):
                follower_lost(i, 3)
                peer_lost(i, 3)
                for _ in range(r.randrange(2, 5)):
                    channel_fail(i, 3)
                elect(i, 1)
            for i in (1, 2):
                peer_back(i, 3)
        elif day == 1:
            stop(2)
            for _ in range(r.randrange(2, 4)):
                peer_lost(1, 2)
                channel_fail(1, 2)
            logs[2].t = logs[1].t + timedelta(seconds=r.uniform(20, 60))
            start(2)
            elect(2, 1)
            peer_back(1, 2)
    return list(logs.values())


SYSTEMS = {
    "dovecot": dovecot,
    "php-fpm": php_fpm,
    "uwsgi": uwsgi,
    "mosquitto": mosquitto,
    "zookeeper": zookeeper,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
