#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 96 (prosody, openfire, rocketchat, discourse, dendrite)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over
a seeded run, and every line that starts an event is labelled with the format string that wrote
it; the lines that continue an event (a Java stack trace, a Node error's stack, Rocket.Chat's
`SERVER RUNNING` box, a Sidekiq backtrace) have no label. Distinct calls of one process never
share a timestamp at the clock's resolution (round 53's Clock); where the log shows whole
seconds of a finer clock (Prosody, Rails' `Started ... at`) a burst shares a second as a real
one does. Five chat and community servers:

- Prosody 0.12 (`prosody.log`, xmpp.example.org, 06:00 to 10:00): the file sink's
  `Jun 04 06:00:01 c2s55d0e1a2b3c0      info\tClient connected` layout (the timestamp, the
  log's source padded to a width that grows with the longest source seen, the level, a tab):
  client sessions (`Client connected`, `Stream encrypted (%s) with %s`, `Authenticated as %s`,
  `Client disconnected: %s`), server-to-server streams with four remote servers (`%s s2s
  connection %s->%s complete`, `%s s2s disconnected: %s->%s (%s)`), one remote server gone
  (`Failed in all attempts to connect to %s`, `Sending error replies for %d queued stanzas
  because of failed outgoing connection to %s`), a server refusing TLS (`Forbidding insecure
  connection to/from %s`), a password guesser (`Failed authentication attempt (%s) for user %s
  from IP: %s`), PostgreSQL restarted at 08:10 (mod_storage_sql's `Error in SQL transaction:
  %s`), a reload at 07:30 (`Received SIGHUP`, `Reloading configuration file`) and a restart at
  09:00 (`Received SIGTERM`, `Shutting down: %s`, the start-up lines).
- Openfire 4.7 (`openfire.log`, log4j2's `%d{yyyy.MM.dd HH:mm:ss.SSS} %-5p [%t]: %c - %m%n`,
  06:00 to 18:00): start-up at 06:00 and after a restart at 13:00 (`Openfire %s [%s]`, the
  caches, the plugins, the listeners, the admin console), mobile clients dropping
  (`Closing connection due to exception in session: %s` with the IOException's stack), packets
  to offline resources (`Failed to route packet to JID: %s packet: %s`), a server sending the
  wrong host name, a remote domain unreachable, MySQL restarted at 10:20 (`Unable to get a
  connection from the database pool (attempt %d out of %d).` and `Internal server error` with
  the SQLException's stack), an admin-console password guesser.
- Rocket.Chat 6.5 (`rocketchat-1.log`, `rocketchat-2.log`: two replicas' container output,
  06:00 to 12:00): pino JSON records (`{"level":35,"time":"...","pid":1,"hostname":"...",
  "name":"API","method":"GET","url":"/api/v1/...",...,"status":200,"responseTime":12}` for
  REST calls, and `msg` records of the Migrations, SyncedCron, Push and Integrations loggers)
  among plain console lines (`Updating process.env.MAIL_URL`, `Using GridFS for custom sounds
  storage`, the `SERVER RUNNING` box, Meteor's `Exception while invoking method '%s'` with a
  stack); the push gateway failing 07:40-08:10, an outgoing webhook whose target is gone,
  the MongoDB primary stepping down at 10:00 (`MongoServerSelectionError`), replica 2
  restarted after it.
- Discourse 3.2 (`production.log`, `unicorn.stderr.log`, `unicorn.stdout.log`, 06:00 to
  12:00): Rails' request lines without a Logger head (`Started GET "/latest.json" for
  203.0.113.5 at 2024-06-04 06:00:01 +0000`, `Processing by ListController#latest as JSON`,
  `  Parameters: {...}`, `Completed 200 OK in 85ms (Views: ... | ActiveRecord: ... |
  Allocations: ...)`, `Redirected to %s`, `Filter chain halted as %s rendered or
  redirected`, `Can't verify CSRF token authenticity.`, `Job exception: %s`), Unicorn's and
  Discourse's master lines in Ruby Logger's format (`I, [2024-06-04T06:00:01.123456 #71]  INFO
  -- : worker=0 ready`, a worker timed out and reaped, `Sidekiq is consuming too much memory
  (using: %0.2fM) for '%s', restarting`), Sidekiq's own warnings in unicorn.stdout.log, Redis
  restarted at 10:30 (`heartbeat: %s`, `Sidekiq heartbeat test failed, restarting`, 500s).
- Dendrite 0.13 (`dendrite.log`: the file hook's logrus text, `time="2024-06-04T06:00:01.
  123456789Z" level=info msg="..." func="..." file="..." key=value`, 06:00 to 12:00):
  federation transactions received (`Received transaction %q from %q containing %d PDUs, %d
  EDUs`), the media API's downloads and metadata, a remote server down (`Failed to send
  transaction %q`, `Backing off %q for %s`, `Blacklisting %q due to exceeding backoff
  threshold`), PostgreSQL failing over at 09:00 (`rsAPI.%s failed` from the client API's
  handlers, roomserver input errors), a restart at 09:20 (`Dendrite version %s`, `Starting
  external listener on %s`, ...).

Label notes. The rules of rounds 51 to 88 hold. Prosody's timestamp, source (a session id or
`host:module`) and level are context, the message is the label. log4j2's date, level, thread
and logger are context; an exception logged with a throwable keeps only the message (its stack
belongs to the event). Rocket.Chat's pino fields other than `msg` are attributes; a REST
record, which has no `msg`, is an access record labelled by method, route and status (as round
89's Heroku router lines: `GET /api/v1/channels.messages 200`); a plain console line is its
own record; the `SERVER RUNNING` box is one console call, labelled `SERVER RUNNING` at its
first line. Rails' lines are labelled by their formats (`Processing by %s#%s as %s`, the
controller, action and format values), the `Completed` line per set of runtimes it lists (with
`Views:` or not), the status and its reason phrase values; Ruby Logger's head and the pid are
context. Dendrite's time, level, func, file and fields are context: the label is the `msg`.

Sources: written from the helper's knowledge of each program and of real logs; Prosody's
`Client connected` / `Client disconnected: connection closed` lines, Rocket.Chat's pino
record keys and its plain start-up lines, and Dendrite's file hook (logrus TextFormatter,
nanosecond UTC times, caller on) were checked against public issue reports and source. Least
sure: Prosody's source padding, `Authenticated as %s`, `Error in SQL transaction: %s`,
the shutdown lines and `Reopening log files`; Openfire's pattern layout, `Openfire %s [%s]`, `Created cache [%s] for
%s`, `Failed admin console login attempt by %s from %s`, `Unable to create new outgoing
session to %s` and `Closing session due to incorrect hostname in stream header`; Rocket.Chat's
API record's keys and level 35, the SyncedCron lines, `Error sending push to gateway (%d try)
-> %s`, `Error for the Integration %s to %s is: %s`, `SIGTERM received, shutting down`; Discourse's `Starting up %d supervised
sidekiqs`, the memory line, `Sidekiq heartbeat test failed, restarting`; Dendrite's media API
messages, `Backing off %q for %s`, the roomserver input message and the start-up and shutdown
lines. Run it only to change the data on purpose: `python bench/heldout/generate_round96.py
[SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, ip4, uuid4
from generate_round52 import secs
from generate_round55 import at, poisson
from generate_round88 import Files

# --------------------------------------------------------------------------------- prosody

PR_HOST = "xmpp.example.org"
PR_USERS = [
    "alice",
    "bob",
    "carol",
    "dave",
    "erin",
    "frank",
    "grace",
    "heidi",
    "ivan",
    "judy",
    "mallory",
    "niaj",
    "olivia",
    "peggy",
    "rupert",
    "sybil",
    "trent",
    "victor",
    "walter",
    "zoe",
]
PR_REMOTES = ["jabber.org", "conversations.im", "xmpp.jp", "chat.partner.net"]
PR_CIPHERS = [
    ("TLSv1.3", "TLS_AES_256_GCM_SHA384"),
    ("TLSv1.3", "TLS_CHACHA20_POLY1305_SHA256"),
    ("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384"),
]
PR_CLOSE = [
    "connection closed",
    "connection closed",
    "connection closed",
    "closed",
    "Connection timed out",
    "read timeout",
]


def prosody(r: random.Random) -> list[Log]:
    """xmpp.example.org, 06:00 to 10:00: about forty users' client sessions, s2s streams
    with four servers (xmpp.jp gone from 06:40 to 07:50; chat.partner.net refusing TLS), a
    password guesser 06:20-07:10, PostgreSQL restarted 08:10-08:13, a reload at 07:30 and a
    restart at 09:00."""
    fs = Files(1)
    t0, t_end = at(6, 0), at(10, 0)
    width = [20]

    def P(t: datetime, src: str, level: str, label: str, msg: str) -> datetime:
        def text(x: datetime) -> list[str]:
            width[0] = max(width[0], len(src) + 2)
            return [f"{x:%b %d %H:%M:%S} {src.ljust(width[0])}{level}\t{msg}"]

        return fs.add("prosody.log", t, label, text, proc="prosody")

    def sid(kind: str) -> str:
        return kind + "55" + hexid(r, 10)

    def startup(t: datetime) -> datetime:
        t = P(
            t,
            "startup",
            "info",
            "Hello and welcome to Prosody version %s",
            "Hello and welcome to Prosody version 0.12.4",
        )
        t = P(
            t + secs(r, 0.001, 0.01),
            "startup",
            "info",
            "Prosody is using the %s backend for connection handling",
            "Prosody is using the epoll backend for connection handling",
        )
        for svc, where in [
            ("c2s", "[::]:5222, [*]:5222"),
            ("c2s_direct_tls", "[::]:5223, [*]:5223"),
            ("s2s", "[::]:5269, [*]:5269"),
            ("http", "[::]:5280, [*]:5280"),
            ("https", "[::]:5281, [*]:5281"),
        ]:
            t = P(
                t + secs(r, 0.01, 0.05),
                "portmanager",
                "info",
                "Activated service '%s' on %s",
                f"Activated service '{svc}' on {where}",
            )
        return t

    startup(t0 + secs(r, 1, 2))
    down = [(at(9, 0), at(9, 0, 40))]

    def is_down(t: datetime) -> bool:
        return any(a <= t < b for a, b in down)

    sql_down = (at(8, 10), at(8, 13, 20))
    # client sessions
    for t in poisson(r, t0 + timedelta(seconds=20), t_end, 34):
        if is_down(t):
            continue
        s = sid("c2s")
        t = P(t, s, "info", "Client connected", "Client connected")
        if r.random() < 0.04:
            P(
                t + secs(r, 5, 60),
                s,
                "info",
                "Client disconnected: %s",
                "Client disconnected: " + r.choice(["connection closed", "ssl handshake failed"]),
            )
            continue
        proto, cipher = r.choice(PR_CIPHERS)
        t = P(
            t + secs(r, 0.05, 0.4),
            s,
            "info",
            "Stream encrypted (%s) with %s",
            f"Stream encrypted ({proto}) with {cipher}",
        )
        user = r.choice(PR_USERS)
        t = P(
            t + secs(r, 0.1, 0.8),
            s,
            "info",
            "Authenticated as %s",
            f"Authenticated as {user}@{PR_HOST}",
        )
        if sql_down[0] <= t < sql_down[1]:
            P(
                t + secs(r, 0.01, 0.1),
                f"{PR_HOST}:storage_sql",
                "error",
                "Error in SQL transaction: FATAL:  terminating connection due to administrator command",
                "Error in SQL transaction: FATAL:  terminating connection due to administrator command",
            )
        end = t + secs(r, 20, 3600)
        for a, _ in down:
            if t < a < end:
                end = a + secs(r, 0.01, 0.3)
        if end < t_end:
            why = "Received SIGTERM" if is_down(end) else r.choice(PR_CLOSE)
            P(end, s, "info", "Client disconnected: %s", f"Client disconnected: {why}")
    # storage errors during the outage (archive writes, roster and vcard loads)
    for t in poisson(r, sql_down[0], sql_down[1], 2.4):
        if t < at(8, 11, 30):
            m = "Error in SQL transaction: server closed the connection unexpectedly"
            P(t, f"{PR_HOST}:storage_sql", "error", m, m)
        else:
            m = "Error in SQL transaction: could not connect to server: Connection refused"
            P(t, f"{PR_HOST}:storage_sql", "error", m, m)
    # s2s
    for t in poisson(r, t0 + timedelta(seconds=40), t_end, 80):
        if is_down(t):
            continue
        remote = r.choice([*PR_REMOTES, "jabber.org", "conversations.im"])
        out = r.random() < 0.55
        s = sid("s2sout" if out else "s2sin")
        if remote == "chat.partner.net":
            P(
                t,
                s,
                "warn",
                "Forbidding insecure connection to/from %s",
                f"Forbidding insecure connection to/from {remote}",
            )
            continue
        if remote == "xmpp.jp" and at(6, 40) <= t < at(7, 50):
            if out:
                x = P(
                    t + secs(r, 10, 30),
                    s,
                    "info",
                    "Failed in all attempts to connect to %s",
                    f"Failed in all attempts to connect to {remote}",
                )
                P(
                    x + secs(r, 0.001, 0.01),
                    s,
                    "info",
                    "Sending error replies for %d queued stanzas because of failed outgoing connection to %s",
                    f"Sending error replies for {r.randint(1, 6)} queued stanzas because of failed outgoing connection to {remote}",
                )
            continue
        frm, to = (PR_HOST, remote) if out else (remote, PR_HOST)
        direction = "outgoing" if out else "incoming"
        proto, cipher = r.choice(PR_CIPHERS[:2])
        x = P(
            t,
            s,
            "info",
            "Stream encrypted (%s) with %s",
            f"Stream encrypted ({proto}) with {cipher}",
        )
        x = P(
            x + secs(r, 0.2, 1.5),
            s,
            "info",
            "%s s2s connection %s->%s complete",
            f"{direction.capitalize()} s2s connection {frm}->{to} complete",
        )
        end = x + secs(r, 60, 900)
        if end < t_end and not is_down(end):
            P(
                end,
                s,
                "info",
                "%s s2s disconnected: %s->%s (%s)",
                f"{direction} s2s disconnected: {frm}->{to} ({r.choice(['connection closed', 'Idle', 'stream closed'])})",
            )
    # a password guesser
    for t in poisson(r, at(6, 20), at(7, 10), 25):
        ip = r.choice(["203.0.113.77", "198.51.100.23"])
        s = sid("c2s")
        x = P(t, s, "info", "Client connected", "Client connected")
        x = P(
            x + secs(r, 0.1, 0.3),
            s,
            "info",
            "Stream encrypted (%s) with %s",
            "Stream encrypted (TLSv1.2) with ECDHE-RSA-AES256-GCM-SHA384",
        )
        user = r.choice(["admin", "root", "test", "info", "support", "alice", "bob"])
        x = P(
            x + secs(r, 0.2, 0.6),
            f"{PR_HOST}:saslauth",
            "info",
            "Failed authentication attempt (%s) for user %s from IP: %s",
            f"Failed authentication attempt (not-authorized) for user {user} from IP: {ip}",
        )
        P(
            x + secs(r, 0.05, 0.3),
            s,
            "info",
            "Client disconnected: %s",
            "Client disconnected: connection closed",
        )
    # reload and restart
    x = P(at(7, 30, 4), "general", "info", "Received SIGHUP", "Received SIGHUP")
    x = P(
        x + secs(r, 0.001, 0.01),
        "general",
        "info",
        "Reloading configuration file",
        "Reloading configuration file",
    )
    P(x + secs(r, 0.01, 0.05), "general", "info", "Reopening log files", "Reopening log files")
    x = P(at(9, 0), "general", "info", "Received SIGTERM", "Received SIGTERM")
    x = P(
        x + secs(r, 0.001, 0.005),
        "general",
        "info",
        "Shutting down: %s",
        "Shutting down: Received SIGTERM",
    )
    x = P(
        x + secs(r, 0.4, 0.6),
        "general",
        "info",
        "Shutdown status: Cleaning up",
        "Shutdown status: Cleaning up",
    )
    P(x + secs(r, 0.01, 0.05), "general", "info", "Shutdown complete", "Shutdown complete")
    startup(at(9, 0, 38))
    return fs.logs(t0)


# --------------------------------------------------------------------------------- openfire

OF_CACHES = [
    "Roster",
    "Group",
    "Group Metadata Cache",
    "User",
    "VCard",
    "Published Items",
    "Offline Message Size",
    "Last Activity Cache",
    "Entity Capabilities",
    "Multi-User Chat Service",
    "Locked Out Accounts",
    "Remote Users Existence",
    "Sequences",
    "Routing Servers Cache",
    "Routing Users Cache",
    "Routing User Sessions",
    "Client Session Info Cache",
    "Disco Server Items",
]
OF_PLUGINS = ["admin", "search", "restapi", "monitoring", "pushnotification", "broadcast"]
OF_RES = ["Conversations.4f2a", "gajim.KJ2LQ9", "Monal-iOS.9c1e", "Siskin.77b0", "android"]
OF_CLASS = "org.jivesoftware.openfire"
OF_NIO_STACK = [
    "java.io.IOException: Connection reset by peer",
    "\tat java.base/sun.nio.ch.SocketDispatcher.read0(Native Method)",
    "\tat java.base/sun.nio.ch.IOUtil.readIntoNativeBuffer(IOUtil.java:330)",
    "\tat java.base/sun.nio.ch.IOUtil.read(IOUtil.java:284)",
    "\tat java.base/sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:417)",
    "\tat org.apache.mina.transport.socket.nio.NioProcessor.read(NioProcessor.java:378)",
    "\tat org.apache.mina.core.polling.AbstractPollingIoProcessor$Processor.process(AbstractPollingIoProcessor.java:1213)",
    "\tat org.apache.mina.core.polling.AbstractPollingIoProcessor$Processor.run(AbstractPollingIoProcessor.java:683)",
    "\tat org.apache.mina.util.NamePreservingRunnable.run(NamePreservingRunnable.java:64)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]
OF_SQL_STACK = [
    "java.sql.SQLException: Cannot get a connection, pool error Timeout waiting for idle object",
    "\tat org.apache.commons.dbcp2.PoolingDataSource.getConnection(PoolingDataSource.java:145)",
    "\tat org.apache.commons.dbcp2.BasicDataSource.getConnection(BasicDataSource.java:753)",
    "\tat org.jivesoftware.database.DefaultConnectionProvider.getConnection(DefaultConnectionProvider.java:97)",
    "\tat org.jivesoftware.database.DbConnectionManager.getConnection(DbConnectionManager.java:149)",
]


def openfire(r: random.Random) -> list[Log]:
    """One Openfire server, chat.example.com, 06:00 to 18:00: start-up at 06:00, mobile clients
    dropping all day, packets to resources that are gone, a misconfigured server sending the
    wrong stream host, im.partner.org unreachable 08:00-09:30, MySQL restarted 10:20-10:24
    (pool exhausted, `Internal server error` from the providers), an admin-console password
    guesser 11:00-11:40, a restart at 13:00."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(18, 0)

    def OF(
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y.%m.%d %H:%M:%S}.{x.microsecond // 1000:03d} {level:<5} [{thread}]: {logger} - {msg}",
                *(more or []),
            ]

        return fs.add("openfire.log", t, label, text, proc=thread)

    def nio() -> str:
        return f"socket_c2s-thread-{r.randint(1, 16)}"

    def boot(t: datetime) -> datetime:
        t = OF(
            t,
            "INFO",
            "main",
            f"{OF_CLASS}.XMPPServer",
            "Openfire %s [%s]",
            f"Openfire 4.7.5 [{t:%b %-d, %Y, %-I:%M:%S %p}]",
        )
        for c in OF_CACHES:
            t = OF(
                t + secs(r, 0.002, 0.02),
                "INFO",
                "main",
                "org.jivesoftware.util.cache.CacheFactory",
                "Created cache [%s] for %s",
                f"Created cache [org.jivesoftware.util.cache.DefaultLocalCacheStrategy] for {c}",
            )
        for p in OF_PLUGINS:
            t = OF(
                t + secs(r, 0.2, 1.5),
                "INFO",
                "PluginMonitorExec-1",
                f"{OF_CLASS}.container.PluginManager",
                "Successfully loaded plugin '%s'.",
                f"Successfully loaded plugin '{p}'.",
            )
        t = OF(
            t + secs(r, 0.1, 0.3),
            "INFO",
            "main",
            f"{OF_CLASS}.spi.ConnectionListener",
            "Started plain (unencrypted) socket on port: %d",
            "Started plain (unencrypted) socket on port: 5222",
        )
        t = OF(
            t + secs(r, 0.01, 0.05),
            "INFO",
            "main",
            f"{OF_CLASS}.spi.ConnectionListener",
            "Started Direct TLS (encrypted) socket on port: %d",
            "Started Direct TLS (encrypted) socket on port: 5223",
        )
        t = OF(
            t + secs(r, 0.01, 0.05),
            "INFO",
            "main",
            f"{OF_CLASS}.spi.ConnectionListener",
            "Started plain (unencrypted) socket on port: %d",
            "Started plain (unencrypted) socket on port: 5269",
        )
        t = OF(
            t + secs(r, 0.05, 0.2),
            "INFO",
            "main",
            f"{OF_CLASS}.http.HttpBindManager",
            "Started HTTP bind service at %s",
            "Started HTTP bind service at http://chat.example.com:7070",
        )
        t = OF(
            t + secs(r, 0.3, 0.8),
            "INFO",
            "main",
            f"{OF_CLASS}.container.AdminConsolePlugin",
            "Admin console listening at %s",
            "Admin console listening at http://chat.example.com:9090",
        )
        return t

    boot(t0 + secs(r, 2, 4))
    restart = (at(13, 0), at(13, 1, 10))
    x = OF(
        restart[0],
        "INFO",
        "Thread-4",
        f"{OF_CLASS}.XMPPServer",
        "Shutting down...",
        "Shutting down...",
    )
    x = OF(
        x + secs(r, 0.01, 0.05),
        "INFO",
        "Thread-4",
        f"{OF_CLASS}.spi.ConnectionListener",
        "Stopped plain (unencrypted) socket on port: %d",
        "Stopped plain (unencrypted) socket on port: 5222",
    )
    x = OF(
        x + secs(r, 0.01, 0.05),
        "INFO",
        "Thread-4",
        f"{OF_CLASS}.spi.ConnectionListener",
        "Stopped Direct TLS (encrypted) socket on port: %d",
        "Stopped Direct TLS (encrypted) socket on port: 5223",
    )
    x = OF(
        x + secs(r, 0.01, 0.05),
        "INFO",
        "Thread-4",
        f"{OF_CLASS}.spi.ConnectionListener",
        "Stopped plain (unencrypted) socket on port: %d",
        "Stopped plain (unencrypted) socket on port: 5269",
    )
    OF(
        x + secs(r, 0.5, 1),
        "INFO",
        "Thread-4",
        f"{OF_CLASS}.XMPPServer",
        "Openfire stopped",
        "Openfire stopped",
    )
    boot(restart[1] - secs(r, 20, 25))

    def up(t: datetime) -> bool:
        return not (restart[0] <= t < restart[1])

    # mobile clients dropping: more in the day
    for t in poisson(r, t0 + timedelta(seconds=30), t_end, 34):
        if not up(t):
            continue
        port = r.randint(30000, 65000)
        src = (
            r.choice(["203.0.113", "198.51.100", "192.0.2", "100.64.12"]) + f".{r.randint(2, 254)}"
        )
        sess = f"(0x{r.randint(0x100, 0xFFFF):08X}: nio socket, server, /{src}:{port} => /10.0.2.15:5222)"
        stack = (
            OF_NIO_STACK
            if r.random() < 0.85
            else ["java.io.IOException: Connection timed out", *OF_NIO_STACK[1:]]
        )
        OF(
            t,
            "WARN",
            nio(),
            f"{OF_CLASS}.nio.ConnectionHandler",
            "Closing connection due to exception in session: %s",
            f"Closing connection due to exception in session: {sess}",
            stack,
        )
    # packets to resources that are gone
    for t in poisson(r, t0 + timedelta(seconds=30), t_end, 70):
        if not up(t):
            continue
        to = f"{r.choice(PR_USERS)}@chat.example.com/{r.choice(OF_RES)}"
        frm = f"{r.choice(PR_USERS)}@chat.example.com/{r.choice(OF_RES)}"
        pkt = (
            f'<message type="chat" id="{uuid4(r)}" to="{to}" from="{frm}"><body>…</body><active xmlns="http://jabber.org/protocol/chatstates"/></message>'
            if r.random() < 0.7
            else f'<iq type="result" id="{hexid(r, 8)}" to="{to}" from="chat.example.com"/>'
        )
        OF(
            t,
            "INFO",
            nio(),
            f"{OF_CLASS}.spi.RoutingTableImpl",
            "Failed to route packet to JID: %s packet: %s",
            f"Failed to route packet to JID: {to} packet: {pkt}",
        )
    # a server sending the wrong host name
    for t in poisson(r, at(7, 0), at(16, 0), 300):
        if not up(t):
            continue
        sess = f"(0x{r.randint(0x100, 0xFFFF):08X}: nio socket, server, /192.0.2.{r.randint(40, 45)}:{r.randint(30000, 65000)} => /10.0.2.15:5269)"
        OF(
            t,
            "WARN",
            f"socket_s2s-thread-{r.randint(1, 4)}",
            f"{OF_CLASS}.net.StanzaHandler",
            "Closing session due to incorrect hostname in stream header. Host: %s. Connection: %s",
            f"Closing session due to incorrect hostname in stream header. Host: xmpp.example.net. Connection: {sess}",
        )
    # im.partner.org unreachable
    for t in poisson(r, at(8, 0), at(9, 30), 40):
        th = f"pool-openfire-s2s-{r.randint(1, 8)}"
        x = OF(
            t,
            "WARN",
            th,
            f"{OF_CLASS}.session.LocalOutgoingServerSession",
            "Unable to create new outgoing session to %s",
            "Unable to create new outgoing session to im.partner.org",
        )
        if r.random() < 0.5:
            OF(
                x + secs(r, 0.001, 0.01),
                "INFO",
                th,
                f"{OF_CLASS}.spi.RoutingTableImpl",
                "Failed to route packet to JID: %s packet: %s",
                f'Failed to route packet to JID: {r.choice(PR_USERS)}@im.partner.org packet: <message type="chat" id="{uuid4(r)}" to="{r.choice(PR_USERS)}@im.partner.org" from="{r.choice(PR_USERS)}@chat.example.com/{r.choice(OF_RES)}"><body>…</body></message>',
            )
    # MySQL restarted
    for t in poisson(r, at(10, 20), at(10, 24), 1.6):
        th = r.choice([nio(), nio(), "TaskEngine-pool-3", "Jetty-QTP-AdminConsole-52"])
        n = r.randint(1, 11)
        x = OF(
            t,
            "WARN",
            th,
            "org.jivesoftware.database.DbConnectionManager",
            "Unable to get a connection from the database pool (attempt %d out of %d).",
            f"Unable to get a connection from the database pool (attempt {n} out of 11).",
            OF_SQL_STACK,
        )
        if n == 11 or r.random() < 0.3:
            lg = r.choice(
                [
                    "org.jivesoftware.openfire.roster.DefaultRosterItemProvider",
                    "org.jivesoftware.openfire.OfflineMessageStore",
                    "org.jivesoftware.openfire.user.DefaultUserProvider",
                    "org.jivesoftware.openfire.vcard.DefaultVCardProvider",
                ]
            )
            OF(
                x + secs(r, 0.01, 0.2),
                "ERROR",
                th,
                lg,
                "Internal server error",
                "Internal server error",
                OF_SQL_STACK,
            )
    # admin-console password guesser
    for t in poisson(r, at(11, 0), at(11, 40), 12):
        u = r.choice(["admin", "admin", "administrator", "openfire", "root"])
        OF(
            t,
            "WARN",
            f"Jetty-QTP-AdminConsole-{r.randint(40, 60)}",
            "org.jivesoftware.admin.LoginLimitManager",
            "Failed admin console login attempt by %s from %s",
            f"Failed admin console login attempt by {u} from 203.0.113.150",
        )
        if r.random() < 0.08:
            OF(
                t + secs(r, 0.001, 0.01),
                "WARN",
                f"Jetty-QTP-AdminConsole-{r.randint(40, 60)}",
                "org.jivesoftware.admin.LoginLimitManager",
                "Login attempt from %s locked out",
                "Login attempt from 203.0.113.150 locked out",
            )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- rocketchat

RC_ROUTES = [
    # (weight, method, route, query or "", statuses)
    (30, "GET", "/api/v1/channels.messages", "?roomId={rid}&count=50", [200] * 30 + [401]),
    (18, "GET", "/api/v1/subscriptions.get", "?updatedSince={iso}", [200]),
    (14, "GET", "/api/v1/me", "", [200] * 20 + [401]),
    (12, "POST", "/api/v1/chat.sendMessage", "", [200] * 25 + [400]),
    (8, "GET", "/api/v1/rooms.get", "?updatedSince={iso}", [200]),
    (6, "POST", "/api/v1/login", "", [200, 200, 200, 401]),
    (5, "GET", "/api/v1/users.info", "?userId={uid}", [200, 200, 200, 404]),
    (4, "POST", "/api/v1/rooms.upload/{rid}", "", [200, 200, 200, 413]),
    (3, "GET", "/api/v1/info", "", [200]),
]
RC_UA = [
    "RC Mobile; ios 17.5; v4.48.0 (1234)",
    "RC Mobile; android 14; v4.48.0 (1234)",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Rocket.Chat/3.9.14 Chrome/120.0.6099.291 Electron/28.2.1 Safari/537.36",
    "python-requests/2.31.0",
]
RC_CRON = [
    "Generate and save statistics",
    "Cleanup OEmbed cache",
    "Check for new npm package versions",
    "Usage and statistics report",
]
RC_BOX = [
    "+--------------------------------------------------+",
    "|                  SERVER RUNNING                  |",
    "+--------------------------------------------------+",
    "|                                                  |",
    "|  Rocket.Chat Version: 6.5.3                      |",
    "|       NodeJS Version: 14.21.3 - x64              |",
    "|      MongoDB Version: 6.0.13                     |",
    "|       MongoDB Engine: wiredTiger                 |",
    "|             Platform: linux                      |",
    "|         Process Port: 3000                       |",
    "|             Site URL: https://chat.example.com   |",
    "|     ReplicaSet OpLog: Enabled                    |",
    "|          Commit Hash: 0c2f8a7e4d                 |",
    "|        Commit Branch: HEAD                       |",
    "|                                                  |",
    "+--------------------------------------------------+",
]
RC_METHOD_STACK = [
    "    at Object.sendMessage (app/lib/server/methods/sendMessage.ts:117:10)",
    "    at DDPCommon.MethodInvocation.<anonymous> (app/lib/server/methods/sendMessage.ts:160:24)",
    "    at /app/bundle/programs/server/packages/ddp-server.js:1903:12",
    "    at /app/bundle/programs/server/packages/meteor.js:1362:31",
]
RC_MONGO_STACK = [
    "    at Timeout._onTimeout (/app/bundle/programs/server/npm/node_modules/meteor/npm-mongo/node_modules/mongodb/lib/sdam/topology.js:278:38)",
    "    at listOnTimeout (node:internal/timers:569:17)",
    "    at processTimers (node:internal/timers:512:7)",
]


def rocketchat(r: random.Random) -> list[Log]:
    """Two Rocket.Chat replicas behind a proxy, 06:00 to 12:00 (log level 1): REST calls from
    the mobile and desktop apps, hourly cron jobs, the push gateway failing 07:40-08:10, an
    outgoing webhook to a retired CI server, a too-long message rejected now and then, the
    MongoDB primary stepping down at 10:00 (server selection errors on both replicas for
    about 25 seconds) and replica 2 restarted at 10:05."""
    fs = Files(1000)
    t0, t_end = at(6, 0), at(12, 0)
    hosts = {
        "rocketchat-1.log": "rocketchat-7d9f6c5b8-x2kqp",
        "rocketchat-2.log": "rocketchat-7d9f6c5b8-m8vtd",
    }
    pids = {"rocketchat-1.log": 1, "rocketchat-2.log": 1}

    def J(
        f: str, t: datetime, level: int, name: str, label: str, msg: str | None, **fields: object
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            rec: dict[str, object] = {
                "level": level,
                "time": f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z",
                "pid": pids[f],
                "hostname": hosts[f],
                "name": name,
            }
            rec.update({k: v for k, v in fields.items() if v is not None})
            if msg is not None:
                rec["msg"] = msg
            return [json.dumps(rec, ensure_ascii=False, separators=(",", ":"))]

        return fs.add(f, t, label, text, proc=f)

    def C(f: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda x: lines, proc=f)

    def boot(f: str, t: datetime) -> datetime:
        t = C(f, t, "Updating process.env.MAIL_URL", ["Updating process.env.MAIL_URL"])
        for what in ["custom sounds", "custom emoji"]:
            t = C(
                f,
                t + secs(r, 0.05, 0.3),
                "Using GridFS for %s storage",
                [f"Using GridFS for {what} storage"],
            )
        t = J(
            f,
            t + secs(r, 0.5, 1.5),
            51,
            "Migrations",
            "Not migrating, already at version %s",
            "Not migrating, already at version 304",
        )
        for c in RC_CRON:
            t = J(
                f,
                t + secs(r, 0.01, 0.1),
                30,
                "SyncedCron",
                'Scheduled "%s" next run @%s',
                f'Scheduled "{c}" next run @{(t + timedelta(hours=1)).strftime("%a %b %d %Y %H:00:00 GMT+0000 (Coordinated Universal Time)")}',
            )
        t = C(f, t + secs(r, 1, 3), "SERVER RUNNING", RC_BOX)
        return t

    for f in hosts:
        boot(f, t0 + secs(r, 1, 5))
    restart2 = (at(10, 5), at(10, 5, 50))
    mongo_down = (at(10, 0, 2), at(10, 0, 27))

    def up(f: str, t: datetime) -> bool:
        return not (f == "rocketchat-2.log" and restart2[0] <= t < restart2[1])

    rooms = [hexid(r, 17) for _ in range(12)]
    users = [hexid(r, 17) for _ in range(40)]
    tot = sum(w for w, *_ in RC_ROUTES)
    for t in poisson(r, t0 + timedelta(seconds=30), t_end, 10.5):
        f = r.choice(list(hosts))
        if not up(f, t):
            continue
        x = r.uniform(0, tot)
        for choice in RC_ROUTES:
            x -= choice[0]
            if x <= 0:
                break
        _, method, route, q, statuses = choice
        rid = r.choice(rooms)
        status = r.choice(statuses)
        if mongo_down[0] <= t < mongo_down[1]:
            status = 500
        path = route.replace("{rid}", rid)
        url = path + q.format(
            rid=rid,
            iso=f"{t - timedelta(minutes=r.randint(1, 30)):%Y-%m-%dT%H:%M:%S}.000Z",
            uid=r.choice(users),
        )
        J(
            f,
            t,
            35,
            "API",
            f"{method} {route.replace('{rid}', '%s')} {status}",
            None,
            method=method,
            url=url,
            userId=r.choice(users) if route != "/api/v1/login" else None,
            userAgent=r.choice(RC_UA),
            length="-" if method == "GET" else str(r.randint(40, 900)),
            host="chat.example.com",
            remoteIP=ip4(r, "10.8"),
            referer="-",
            status=status,
            responseTime=r.randint(3, 90) if status != 500 else r.randint(30000, 30100),
        )
        if status == 500:
            C(
                f,
                t + secs(r, 0.001, 0.01),
                "Exception in callback of async function: MongoServerSelectionError: connection <monitor> to %s closed",
                [
                    f"Exception in callback of async function: MongoServerSelectionError: connection <monitor> to 10.0.3.{r.randint(11, 12)}:27017 closed",
                    *RC_MONGO_STACK,
                ],
            )
    # hourly cron
    for h in range(7, 12):
        for f in hosts:
            if f != "rocketchat-1.log":
                continue
            y = at(h, 0, 0) + secs(r, 0, 0.5)
            for c in RC_CRON:
                y = J(f, y, 30, "SyncedCron", 'Starting "%s".', f'Starting "{c}".')
                y = J(
                    f, y + secs(r, 0.05, 3), 30, "SyncedCron", 'Finished "%s".', f'Finished "{c}".'
                )
    # push gateway failing
    for t in poisson(r, at(7, 40), at(8, 10), 20):
        f = r.choice(list(hosts))
        for n in (1, 2, 3):
            t = J(
                f,
                t,
                50,
                "Push",
                "Error sending push to gateway (%d try) -> Error: connect ETIMEDOUT %s",
                f"Error sending push to gateway ({n} try) -> Error: connect ETIMEDOUT 34.120.150.12:443",
            )
            t += secs(r, 10 * n, 10 * n + 2)
    # a webhook to a retired CI server
    for t in poisson(r, t0 + timedelta(minutes=5), t_end, 260):
        f = r.choice(list(hosts))
        J(
            f,
            t,
            50,
            "Integrations",
            "Error for the Integration %s to %s is: Error: getaddrinfo ENOTFOUND %s",
            'Error for the Integration "CI notify" to https://ci-old.example.com/hooks/rocket is: Error: getaddrinfo ENOTFOUND ci-old.example.com',
        )
    # too-long messages
    for t in poisson(r, t0 + timedelta(minutes=2), t_end, 420):
        f = r.choice(list(hosts))
        C(
            f,
            t,
            "Exception while invoking method '%s' Error: error-message-size-exceeded",
            [
                "Exception while invoking method 'sendMessage' Error: error-message-size-exceeded",
                *RC_METHOD_STACK,
            ],
        )
    # mongo stepdown: both replicas
    for f in hosts:
        for t in poisson(r, mongo_down[0], mongo_down[1], 2.5):
            J(
                f,
                t,
                50,
                "Mongo",
                "connection <monitor> to %s closed",
                "connection <monitor> to 10.0.3.11:27017 closed",
            )
    C(
        "rocketchat-2.log",
        restart2[0] + secs(r, 0, 1),
        "SIGTERM received, shutting down",
        ["SIGTERM received, shutting down"],
    )
    boot("rocketchat-2.log", restart2[1] - secs(r, 20, 30))
    return fs.logs(t0)


# --------------------------------------------------------------------------------- discourse

DC_ROUTES = [
    # weight, method, path, controller, action, format, params, statuses, views
    (30, "GET", "/latest.json", "ListController", "latest", "JSON", None, [200], False),
    (
        22,
        "GET",
        "/t/{slug}/{id}",
        "TopicsController",
        "show",
        "HTML",
        '{{"slug"=>"{slug}", "topic_id"=>"{id}"}}',
        [200] * 12 + [404],
        True,
    ),
    (
        14,
        "GET",
        "/t/{id}/posts.json?post_ids[]={pid}",
        "TopicsController",
        "posts",
        "JSON",
        '{{"post_ids"=>["{pid}"], "topic_id"=>"{id}"}}',
        [200],
        False,
    ),
    (
        10,
        "GET",
        "/notifications?limit=30&recent=true",
        "NotificationsController",
        "index",
        "JSON",
        '{{"limit"=>"30", "recent"=>"true"}}',
        [200, 200, 200, 403],
        False,
    ),
    (
        7,
        "POST",
        "/posts",
        "PostsController",
        "create",
        "JSON",
        '{{"raw"=>"[FILTERED]", "topic_id"=>"{id}", "nested_post"=>"true"}}',
        [200] * 8 + [422, 429],
        False,
    ),
    (
        6,
        "GET",
        "/search/query?term={term}",
        "SearchController",
        "query",
        "JSON",
        '{{"term"=>"{term}"}}',
        [200],
        False,
    ),
    (
        5,
        "GET",
        "/u/{user}.json",
        "UsersController",
        "show",
        "JSON",
        '{{"username"=>"{user}"}}',
        [200, 200, 404],
        False,
    ),
    (
        4,
        "POST",
        "/session",
        "SessionController",
        "create",
        "*/*",
        '{{"login"=>"{user}", "password"=>"[FILTERED]", "second_factor_method"=>"1"}}',
        [200, 200, 200, 403],
        False,
    ),
    (3, "GET", "/categories", "CategoriesController", "index", "HTML", None, [200], True),
    (
        3,
        "GET",
        "/my/preferences",
        "UsersController",
        "my_redirect",
        "HTML",
        '{{"path"=>"preferences"}}',
        [302],
        False,
    ),
]
DC_STATUS = {
    200: "OK",
    302: "Found",
    403: "Forbidden",
    404: "Not Found",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    500: "Internal Server Error",
}
DC_SLUGS = [
    "welcome-to-our-forum",
    "how-to-configure-sso",
    "release-notes-3-2",
    "backup-failed-after-upgrade",
    "feature-request-dark-mode",
    "cant-upload-images",
    "weekly-meetup-thread",
]
DC_USERS = [
    "sam",
    "jeff",
    "tina_k",
    "marco",
    "priya",
    "oliver99",
    "lena",
    "chen",
    "admin",
    "moderator",
]
DC_REDIS_TRACE = [
    "/var/www/discourse/vendor/bundle/ruby/3.2.0/gems/redis-client-0.19.1/lib/redis_client/ruby_connection.rb:135:in `rescue in connect'",
    "/var/www/discourse/vendor/bundle/ruby/3.2.0/gems/redis-client-0.19.1/lib/redis_client/ruby_connection.rb:131:in `connect'",
    "/var/www/discourse/vendor/bundle/ruby/3.2.0/gems/redis-client-0.19.1/lib/redis_client/ruby_connection.rb:51:in `initialize'",
    "/var/www/discourse/vendor/bundle/ruby/3.2.0/gems/sidekiq-6.5.12/lib/sidekiq/launcher.rb:100:in `heartbeat'",
]


def discourse(r: random.Random) -> list[Log]:
    """forum.example.com, 06:00 to 12:00, Unicorn with 4 workers and Discourse's supervised
    Sidekiq: requests (message-bus polls silenced, as Discourse does), a worker timed out at
    07:12 and 09:48, Sidekiq restarted for memory at 08:30, a spammer's posts rate-limited
    and failing CSRF, Redis restarted 10:30-10:33."""
    fs = Files(1)
    t0, t_end = at(6, 0), at(12, 0)
    redis_down = (at(10, 30), at(10, 33))
    master = 71
    wpids = {n: 100 + 7 * n for n in range(4)}
    skpid = [95]

    def R(t: datetime, label: str, line: str, proc: object) -> datetime:
        return fs.add("production.log", t, label, lambda x: [line], proc=("rails", proc))

    def U(t: datetime, level: str, label: str, msg: str, pid: int = master) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{level[0]}, [{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d} #{pid}] {level:>5} -- : {msg}"
            ]

        return fs.add("unicorn.stderr.log", t, label, text, proc=("unicorn", pid))

    def S(t: datetime, label: str, msg: str, more: list[str] | None = None) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z pid={skpid[0]} tid={hexid(r, 4)} WARN: {msg}",
                *(more or []),
            ]

        return fs.add("unicorn.stdout.log", t, label, text, proc=("sidekiq", skpid[0]))

    # boot
    x = U(
        t0 + secs(r, 1, 2),
        "INFO",
        "listening on addr=%s fd=%d",
        "listening on addr=127.0.0.1:3000 fd=10",
    )
    x = U(
        x + secs(r, 0.01, 0.05),
        "INFO",
        "Loading Sidekiq in master, with %d threads",
        "Loading Sidekiq in master, with 5 threads",
    )
    x = U(x + secs(r, 3, 6), "INFO", "master process ready", "master process ready")
    x = U(
        x + secs(r, 0.1, 0.3),
        "INFO",
        "Starting up %d supervised sidekiqs",
        "Starting up 1 supervised sidekiqs",
    )
    for n in range(4):
        U(x + secs(r, 0.5, 2), "INFO", "worker=%d ready", f"worker={n} ready", wpids[n])

    def worker_timeout(t: datetime, n: int) -> None:
        old = wpids[n]
        y = U(
            t,
            "ERROR",
            "worker=%d PID:%d timeout (%ds > %ds), killing",
            f"worker={n} PID:{old} timeout (31s > 30s), killing",
        )
        y = U(
            y + secs(r, 0.2, 0.6),
            "ERROR",
            "reaped %s worker=%d",
            f"reaped #<Process::Status: pid {old} SIGKILL (signal 9)> worker={n}",
        )
        wpids[n] = old + 400 + r.randint(1, 80)
        U(y + secs(r, 1.5, 3), "INFO", "worker=%d ready", f"worker={n} ready", wpids[n])

    worker_timeout(at(7, 12, 31), 2)
    worker_timeout(at(9, 48, 5), 0)
    y = U(
        at(8, 30, 14),
        "WARN",
        "Sidekiq is consuming too much memory (using: %0.2fM) for '%s', restarting",
        "Sidekiq is consuming too much memory (using: 2048.77M) for 'forum.example.com', restarting",
    )
    skpid[0] = 2311
    U(
        y + secs(r, 2, 4),
        "INFO",
        "Starting up %d supervised sidekiqs",
        "Starting up 1 supervised sidekiqs",
    )
    # requests
    tot = sum(w[0] for w in DC_ROUTES)
    for t in poisson(r, t0 + timedelta(seconds=20), t_end, 30):
        x = r.uniform(0, tot)
        for route in DC_ROUTES:
            x -= route[0]
            if x <= 0:
                break
        _, method, path, ctl, act, fmt, params, statuses, views = route
        w = r.randrange(4)
        slug, tid, pid = r.choice(DC_SLUGS), r.randint(100, 4200), r.randint(1000, 60000)
        user, term = r.choice(DC_USERS), r.choice(["sso", "backup", "upgrade", "dark+mode", "smtp"])
        status = r.choice(statuses)
        ip = ip4(r, r.choice(["203.0.113", "198.51.100", "192.0.2"]))
        spam = (
            method == "POST" and act == "create" and at(8, 0) <= t < at(8, 40) and r.random() < 0.5
        )
        if spam:
            ip, status = "192.0.2.250", 429
        down = redis_down[0] <= t < redis_down[1]
        if down:
            status = 500
        p = path.format(slug=slug, id=tid, pid=pid, user=user, term=term)
        y = R(
            t,
            'Started %s "%s" for %s at %s',
            f'Started {method} "{p}" for {ip} at {t:%Y-%m-%d %H:%M:%S} +0000',
            w,
        )
        y = R(
            y + secs(r, 0.001, 0.004),
            "Processing by %s#%s as %s",
            f"Processing by {ctl}#{act} as {fmt}",
            w,
        )
        if params:
            y = R(
                y + secs(r, 0.0001, 0.001),
                "  Parameters: %s",
                "  Parameters: " + params.format(slug=slug, id=tid, pid=pid, user=user, term=term),
                w,
            )
        if method == "POST" and r.random() < 0.06:
            y = R(
                y + secs(r, 0.001, 0.01),
                "Can't verify CSRF token authenticity.",
                "Can't verify CSRF token authenticity.",
                w,
            )
            status = 403
        ms_ = r.randint(8, 240) if not down else r.randint(1000, 5000)
        ar = r.uniform(1, ms_ * 0.6)
        alloc = r.randint(3000, 90000)
        y += timedelta(milliseconds=ms_)
        if status == 302:
            y = R(
                y,
                "Redirected to %s",
                f"Redirected to https://forum.example.com/u/{user}/preferences",
                w,
            )
        if status == 403 and act == "index":
            y = R(
                y,
                "Filter chain halted as %s rendered or redirected",
                "Filter chain halted as :ensure_logged_in rendered or redirected",
                w,
            )
        if views and status == 200:
            R(
                y + secs(r, 0.0001, 0.001),
                "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)",
                f"Completed {status} {DC_STATUS[status]} in {ms_}ms (Views: {r.uniform(1, ms_ - ar):.1f}ms | ActiveRecord: {ar:.1f}ms | Allocations: {alloc})",
                w,
            )
        else:
            R(
                y + secs(r, 0.0001, 0.001),
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                f"Completed {status} {DC_STATUS[status]} in {ms_}ms (ActiveRecord: {ar:.1f}ms | Allocations: {alloc})",
                w,
            )
    # jobs failing: a remote image host timing out, onebox fetches
    for t in poisson(r, t0, t_end, 600):
        R(
            t,
            "Job exception: Net::ReadTimeout with #<TCPSocket:(closed)>",
            "Job exception: Net::ReadTimeout with #<TCPSocket:(closed)>",
            "sidekiq",
        )
    # Redis down
    for t in poisson(r, redis_down[0], redis_down[1], 5):
        S(
            t,
            "heartbeat: Error connecting to Redis on %s (%s)",
            "heartbeat: Error connecting to Redis on localhost:6379 (Errno::ECONNREFUSED)",
        )
    for t in poisson(r, redis_down[0], redis_down[1], 9):
        R(
            t,
            "Job exception: Error connecting to Redis on %s (%s)",
            "Job exception: Error connecting to Redis on localhost:6379 (Errno::ECONNREFUSED)",
            "sidekiq",
        )
    S(
        redis_down[0] + secs(r, 1, 3),
        "Redis::CannotConnectError: Error connecting to Redis on %s (%s)",
        "Redis::CannotConnectError: Error connecting to Redis on localhost:6379 (Errno::ECONNREFUSED)",
        DC_REDIS_TRACE,
    )
    for k in range(2):
        U(
            redis_down[0] + timedelta(seconds=60 + 60 * k) + secs(r, 0, 2),
            "WARN",
            "Sidekiq heartbeat test failed, restarting",
            "Sidekiq heartbeat test failed, restarting",
        )
    skpid[0] = 3170
    U(
        redis_down[1] + secs(r, 3, 6),
        "INFO",
        "Starting up %d supervised sidekiqs",
        "Starting up 1 supervised sidekiqs",
    )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- dendrite

DE_SERVERS = [
    "matrix.org",
    "mozilla.org",
    "kde.org",
    "fosdem.org",
    "tchncs.de",
    "envs.net",
    "nixos.dev",
    "gitter.im",
]
DE_GONE = "matrix.oldfriend.net"
DE_USERS = [
    "@anna:chat.example.net",
    "@bert:chat.example.net",
    "@cleo:chat.example.net",
    "@dmitri:chat.example.net",
    "@eve:chat.example.net",
]
DE_RSAPI = [
    (
        "QueryMembershipForUser",
        "/_matrix/client/v3/rooms/{room}/messages",
        "GET",
        "routing.OnIncomingMessagesRequest",
        "syncapi/routing/messages.go:108",
    ),
    (
        "QueryLatestEventsAndState",
        "/_matrix/client/v3/rooms/{room}/send/m.room.message/{txn}",
        "PUT",
        "routing.SendEvent",
        "clientapi/routing/sendevent.go:186",
    ),
    (
        "QueryRoomsForUser",
        "/_matrix/client/v3/joined_rooms",
        "GET",
        "routing.GetJoinedRooms",
        "clientapi/routing/memberships.go:221",
    ),
]


def dendrite(r: random.Random) -> list[Log]:
    """chat.example.net, a Dendrite monolith, 06:00 to 12:00 with the file hook at info:
    federation transactions from eight servers all day, media downloads, one federated
    server gone (transactions failing, backoff, blacklisting), PostgreSQL failing over at
    09:00 for about 40 seconds (the handlers' `rsAPI.%s failed`, roomserver input errors),
    and a restart at 09:20."""
    fs = Files(1)
    t0, t_end = at(6, 0), at(12, 0)

    def D(
        t: datetime, level: str, label: str, msg: str, func: str, file: str, **fields: object
    ) -> datetime:
        def q(v: object) -> str:
            s = str(v)
            if s == "" or any(not (c.isalnum() or c in "-._/@^+") for c in s):
                return json.dumps(s, ensure_ascii=False)
            return s

        def text(x: datetime) -> list[str]:
            head = f'time="{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{r.randint(0, 999):03d}Z" level={level} msg={q(msg)}'
            if "error" in fields:
                head += f" error={q(fields['error'])}"
            head += (
                f" func={q('github.com/matrix-org/dendrite/' + func)} file={q('/build/' + file)}"
            )
            for k in sorted(fields):
                if k != "error":
                    head += f" {k}={q(fields[k])}"
            return [head]

        return fs.add("dendrite.log", t, label, text, proc="dendrite")

    def boot(t: datetime) -> datetime:
        t = D(
            t,
            "info",
            "Dendrite version %s",
            "Dendrite version 0.13.7+2d3ac3a",
            "setup.ParseFlags",
            "setup/flags.go:45",
        )
        t = D(
            t + secs(r, 0.01, 0.05),
            "info",
            "Starting internal NATS server",
            "Starting internal NATS server",
            "setup/jetstream.(*NATSInstance).Prepare",
            "setup/jetstream/nats.go:48",
        )
        t = D(
            t + secs(r, 0.01, 0.05),
            "info",
            "Starting external listener on %s",
            "Starting external listener on :8008",
            "setup/base.SetupAndServeHTTP",
            "setup/base/base.go:371",
        )
        t = D(
            t + secs(r, 0.001, 0.01),
            "info",
            "Starting external listener on %s",
            "Starting external listener on :8448",
            "setup/base.SetupAndServeHTTP",
            "setup/base/base.go:371",
        )
        return t

    boot(t0 + secs(r, 1, 2))
    restart = (at(9, 20), at(9, 20, 25))
    pg_down = (at(9, 0, 3), at(9, 0, 44))
    x = D(
        restart[0],
        "warn",
        "Received signal %s, shutting down...",
        "Received signal terminated, shutting down...",
        "setup/base.WaitForShutdown",
        "setup/base/base.go:426",
    )
    x = D(
        x + secs(r, 0.01, 0.05),
        "info",
        "Stopping HTTP listeners",
        "Stopping HTTP listeners",
        "setup/base.SetupAndServeHTTP.func2",
        "setup/base/base.go:392",
    )
    x = D(
        x + secs(r, 0.01, 0.3),
        "info",
        "Stopped HTTP listeners",
        "Stopped HTTP listeners",
        "setup/base.SetupAndServeHTTP.func2",
        "setup/base/base.go:396",
    )
    D(
        x + secs(r, 0.5, 1.5),
        "warn",
        "Dendrite is exiting now",
        "Dendrite is exiting now",
        "setup/base.WaitForShutdown",
        "setup/base/base.go:448",
    )
    boot(restart[1] - secs(r, 5, 8))

    def up(t: datetime) -> bool:
        return not (restart[0] <= t < restart[1])

    rooms = [
        "!"
        + "".join(
            r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(18)
        )
        + ":"
        + r.choice([*DE_SERVERS, "chat.example.net"])
        for _ in range(15)
    ]
    # incoming transactions
    for t in poisson(r, t0 + timedelta(seconds=10), t_end, 12.5):
        if not up(t):
            continue
        origin = r.choice(DE_SERVERS[:4] * 3 + DE_SERVERS)
        txn = str(int(t.timestamp() * 1000) - r.randint(0, 5000))
        pdus, edus = (r.randint(0, 3), r.randint(0, 6))
        D(
            t,
            "info",
            "Received transaction %q from %q containing %d PDUs, %d EDUs",
            f'Received transaction "{txn}" from "{origin}" containing {pdus} PDUs, {edus} EDUs',
            "federationapi/routing.Send",
            "federationapi/routing/send.go:159",
            **{
                "req.id": hexid(r, 12),
                "req.method": "PUT",
                "req.path": f"/_matrix/federation/v1/send/{txn}",
            },
        )
        if pg_down[0] <= t < pg_down[1] and pdus:
            D(
                t + secs(r, 0.01, 0.1),
                "error",
                "roomserver input: failed to process room event",
                "roomserver input: failed to process room event",
                "roomserver/internal/input.(*worker)._next",
                "roomserver/internal/input/input.go:244",
                error="pq: the database system is in recovery mode",
                room_id=r.choice(rooms),
                event_id="$" + hexid(r, 43),
                type="m.room.message",
            )
    # media
    for t in poisson(r, t0 + timedelta(seconds=30), t_end, 60):
        if not up(t):
            continue
        origin = r.choice(DE_SERVERS + ["chat.example.net"] * 3)
        mid = "".join(
            r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(24)
        )
        rid = hexid(r, 12)
        y = D(
            t,
            "info",
            "Downloading file",
            "Downloading file",
            "mediaapi/routing.Download",
            "mediaapi/routing/download.go:120",
            MediaID=mid,
            Origin=origin,
            **{
                "req.id": rid,
                "req.method": "GET",
                "req.path": f"/_matrix/media/v3/download/{origin}/{mid}",
            },
        )
        if origin != "chat.example.net" and r.random() < 0.6:
            y = D(
                y + secs(r, 0.1, 1.2),
                "info",
                "Storing file metadata to media repository database",
                "Storing file metadata to media repository database",
                "mediaapi/routing.(*downloadRequest).fetchRemoteFile",
                "mediaapi/routing/download.go:720",
                MediaID=mid,
                Origin=origin,
                **{"req.id": rid},
            )
            y = D(
                y + secs(r, 0.002, 0.02),
                "info",
                "Stored file metadata in media repository database",
                "Stored file metadata in media repository database",
                "mediaapi/routing.(*downloadRequest).fetchRemoteFile",
                "mediaapi/routing/download.go:735",
                MediaID=mid,
                Origin=origin,
                **{"req.id": rid},
            )
            if r.random() < 0.5:
                D(
                    y + secs(r, 0.001, 0.01),
                    "info",
                    "Pre-generating thumbnails",
                    "Pre-generating thumbnails",
                    "mediaapi/thumbnailer.GenerateThumbnails",
                    "mediaapi/thumbnailer/thumbnailer.go:112",
                    MediaID=mid,
                    Origin=origin,
                )
    # device keys and server keys of the gone server
    for t in poisson(r, at(6, 35), t_end, 420):
        if not up(t):
            continue
        if r.random() < 0.5:
            D(
                t,
                "warn",
                "Failed to query device keys for some users",
                "Failed to query device keys for some users",
                "userapi/internal.(*DeviceListUpdater).processServer",
                "userapi/internal/device_list_update.go:461",
                error=f"{DE_GONE}: dial tcp 198.51.100.40:8448: connect: connection refused",
                server_name=DE_GONE,
            )
        else:
            D(
                t,
                "warn",
                "Failed to fetch server keys",
                "Failed to fetch server keys",
                "federationapi/internal.(*FederationInternalAPI).FetchKeys",
                "federationapi/internal/keys.go:88",
                error=f'Get "https://{DE_GONE}:8448/_matrix/key/v2/server": dial tcp 198.51.100.40:8448: connect: connection refused',
                server_name=DE_GONE,
            )
    # a server gone: transactions fail, backoff grows, then blacklisted
    y, fails = at(6, 30), 0
    while y < at(11, 0):
        if up(y):
            txn = str(int(y.timestamp() * 1000))
            fails += 1
            D(
                y,
                "info",
                "Failed to send transaction %q",
                f'Failed to send transaction "{txn}"',
                "federationapi/queue.(*destinationQueue).nextTransaction",
                "federationapi/queue/destinationqueue.go:412",
                error=f'Put "https://{DE_GONE}:8448/_matrix/federation/v1/send/{txn}": dial tcp 198.51.100.40:8448: connect: connection refused',
                server_name=DE_GONE,
            )
            back = timedelta(seconds=min(2**fails, 3600))
            D(
                y + secs(r, 0.0005, 0.002),
                "info",
                "Backing off %q for %s",
                f'Backing off "{DE_GONE}" for {back.total_seconds():.0f}s'
                if back < timedelta(minutes=1)
                else f'Backing off "{DE_GONE}" for {int(back.total_seconds()) // 60}m{int(back.total_seconds()) % 60}s',
                "federationapi/statistics.(*ServerStatistics).Failure",
                "federationapi/statistics/statistics.go:196",
                server_name=DE_GONE,
                failures=fails,
            )
            if fails == 16:
                D(
                    y + secs(r, 0.002, 0.004),
                    "warn",
                    "Blacklisting %q due to exceeding backoff threshold",
                    f'Blacklisting "{DE_GONE}" due to exceeding backoff threshold',
                    "federationapi/statistics.(*ServerStatistics).Failure",
                    "federationapi/statistics/statistics.go:183",
                )
                break
            y += timedelta(seconds=min(2**fails, 3600)) + secs(r, 0.1, 1)
        else:
            y = restart[1] + secs(r, 1, 5)
    # handlers failing while PostgreSQL fails over
    for t in poisson(r, pg_down[0], pg_down[1], 0.35):
        name, path, method, func, file = r.choice(DE_RSAPI)
        D(
            t,
            "error",
            f"rsAPI.{name} failed",
            f"rsAPI.{name} failed",
            "clientapi/" + func if "clientapi" in file else "syncapi/" + func,
            file,
            error="pq: the database system is in recovery mode"
            if t > pg_down[0] + timedelta(seconds=5)
            else "dial tcp 10.0.5.30:5432: connect: connection refused",
            user_id=r.choice(DE_USERS),
            **{
                "req.id": hexid(r, 12),
                "req.method": method,
                "req.path": path.format(room=r.choice(rooms), txn=hexid(r, 8)),
            },
        )
    return fs.logs(t0)


SYSTEMS = {
    "prosody": prosody,
    "openfire": openfire,
    "rocketchat": rocketchat,
    "discourse": discourse,
    "dendrite": dendrite,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
