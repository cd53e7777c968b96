#!/usr/bin/env python3
# ruff: noqa: E501, B023  (the log lines it writes are data, one per call; closures run in their loop)
"""Writes the held-out logs of round 50 (hazelcast, zimbra, ibmmq, sonarr, emqx) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered:

- Hazelcast 5.3 members logging through java.util.logging's default SimpleFormatter: every
  record is TWO lines at least, `Jun 04, 2024 6:00:02 AM com.hazelcast.internal.cluster.
  ClusterService` (the date, a 12-hour clock without a leading zero, the logger as the source)
  and then `INFO: [10.0.0.11]:5701 [dev] [5.3.6] msg`; the member address, cluster name and
  version are the logger's prefix, not the statement's. The event starts on the date line, which
  is labelled; the level line and whatever the message goes on over (the member list, the logo,
  the Jet notice, a WARNING's stack trace and the blank line JUL writes after it) have no row.
  Three members' files over four days: start-up, clients authenticating and leaving, a
  rolling restart, a network partition with heartbeat suspicions, a mastership claim and the
  split-brain merge, and a member killed (connection resets with their stack traces).
- Zimbra 8.8's mailbox.log (log4j `%d %-5p [%t] [%z] %c{1} - %m`): the thread (jetty's renamed
  with the request URL, `ImapServer-N`, `LmtpServer-N`) and the `[name=...;mid=...;ip=...;]`
  context are the logger's. SOAP requests' `%s elapsed=%d` (the request name a value), IMAP
  commands' `%s elapsed=%d (NIO)`, the security audit's `cmd=Auth; account=...;` records,
  LMTP deliveries and `mailop` item creation, DAV requests, `SoapEngine - handler exception`
  with and without a stack trace.
- IBM MQ 9.3's AMQERR01.LOG and AMQERR02.LOG of one queue manager: multi-line records, a header
  (`06/04/2024 06:00:02 AM - Process(1234.5) User(mqm) Program(amqrmppa)`, then `Host()`,
  `VRMF()`, `Time()`, the inserts), a line of blanks, the AMQ message wrapped at 75 columns,
  `EXPLANATION:` and `ACTION:` paragraphs and a `----- file.c : line ---` rule. Each record is
  one event labelled on its header line with the AMQ message's text, its inserts as `%s`; all
  other lines are continuation.
- Sonarr v4's sonarr.txt (NLog `yyyy-MM-dd HH:mm:ss.f|Level|Logger|message`), an exception
  written after a blank line as `[v4.0.5.1710] Type: message` with `   at` frames, inner
  exceptions and a blank line after it: RSS syncs, grabs, refreshes and scans, indexer and
  download-client failures, HTTP errors, the auth log, a restart.
- EMQX 5's emqx.log in the text formatter (`ts [level] key: value, key: value`): a structured
  report's `msg` and its own keys are the statement; `tag`, `clientid`, `peername` and
  `username` come from the logger's metadata and are context, not template. The order is the
  formatter's (tag, clientid, msg, peername, username, topic, then the report's other keys in
  map order); values are printed as Erlang terms (`<<"binary">>`, `#{k => v}`, tuples), and a
  throttled statement is written once a minute with a `log_events_throttled_during_last_period`
  summary. OTP's own free-text records (net_kernel's `** Node ... not responding **`, a
  supervisor's and a gen_server's crash reports) come out single-line. Two nodes, at the
  default `warning` level.

Sources, and what was checked here: Hazelcast's heartbeat-suspicion, suspected-member and TCP/IP
merge texts were read in its source; its start-up notices, member lists, connection, client
authentication, mastership-claim and split-brain merge texts in real Hazelcast 5.1-5.4 logs;
`Picked ...`, the merge-decision wording with `bigger than ours`, the shutdown, migration and
transaction texts and the connection-reset WARNING are from the helper's knowledge, not
checked. Zimbra's LMTP texts (delivering, rejecting, discarding, duplicate, try again), IMAP's
login / `elapsed (NIO)` / dropping-connection texts and `mailop`'s `moving`, `Adding
Mountpoint` and `Adding CalendarItem` were read in zm-mailbox's source, `Adding Message` in a
third-party parser of mailbox.log; the SOAP `elapsed`, the security audit records, DAV and
`handler exception` texts, the thread names and the context's key order are from its real logs
as the helper knows them, not checked. EMQX's text formatter (field order, the metadata it adds)
was read in its source, the AUTHZ records and the throttling summary in its documentation; the
other statement names are real (its throttling list and monitoring guide) but their keys are the
helper's guess, and `http_server_query_failed`, `failed_to_kick_session_on_remote_node`, the
alarm messages and OTP's single-line crash reports are not checked; `mfa` is absent, as with
the default `with_mfa = false`. Sonarr's file layout, RSS sync, refresh, disk-scan and
indexer-failure texts were read in its source (partly in v3-era files), the grab text in its
forks' (Lidarr's, Readarr's); the start-up, auth, housekeeping, import-list, search,
recycle-bin and download-client texts are from its real logs as the helper knows them. IBM MQ
is closed source: its AMQ message texts and the record layout are from its documentation and
real error logs as the helper knows them, and the EXPLANATION / ACTION paragraphs are
paraphrased.

Label notes: a word the call site picks by branch is wording (Sonarr's `, Reports pending:`
tail, Zimbra's ` [TLS]`); an enum's name is a value (Hazelcast's lifecycle states); a reason
that is a message of its own contributes its format (Hazelcast's `closed. Reason: ...`, its
suspicion reasons, Sonarr's exception texts after `{0} {1}`). An EMQX record's label is `msg:
name` followed by the statement's own keys in the printed order (`topic: %s, reason: %s`), a
key the call site fills with a literal keeping it (`reason: frame_is_too_large`), an alarm's
name and message format being the raising call site's. Sonarr's labels keep .NET's `{0}` holes
(Microsoft.Extensions.Logging's named ones for the host's lines), Erlang's OTP records `~p`. Run it only to change the data on purpose:
`python bench/heldout/generate_round50.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import re
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, ip4, pick, uuid4

# printf's (with precision), SLOG's {} and .NET's {0}, Erlang io_lib's ~p ~s ~w
SPEC = re.compile(r"%%|%[-+ 0-9.#]*(?:ll|l|z)?[sdifuxXpc]|\{\d*\}|~t?[psw]")
_END = object()


def fill(fmt: str, *vals: object) -> str:
    """The format `fmt` with its conversions replaced by `vals`: in order, or by index for
    .NET's `{0}`; `%%` a percent sign."""
    it = iter(vals)
    used: set[int] = set()

    def one(m: re.Match) -> str:
        spec = m.group()
        if spec == "%%":
            return "%"
        if spec.startswith("{") and len(spec) > 2:
            n = int(spec[1:-1])
            used.add(n)
            return str(vals[n])
        v = next(it)
        if re.fullmatch(r"%[-+ 0-9.#]*[dfiuxX]", spec) and not isinstance(v, str):
            return spec % v
        return str(v)

    out = SPEC.sub(one, fmt)
    if used:
        assert used == set(range(len(vals))), (fmt, vals)
    else:
        assert next(it, _END) is _END, (fmt, vals)
    return out


def label(fmt: str) -> str:
    """The label of a format: the format itself, a newline in it written `\\n`."""
    return fmt.replace("\n", "\\n")


def weighted(r: random.Random, rows: list[tuple]) -> tuple:
    """One of `rows`, chosen by its second item as a weight."""
    x = r.uniform(0, sum(row[1] for row in rows))
    for row in rows:
        x -= row[1]
        if x <= 0:
            return row
    return rows[-1]


class Clock:
    """One time for several hosts' logs: each host's lines come after the shared time and after
    its own last line."""

    def __init__(self, start: datetime):
        self.t = start

    def adv(self, r: random.Random, lo: float, hi: float) -> datetime:
        self.t += timedelta(seconds=r.uniform(lo, hi))
        return self.t

    def at(self, log: Log, r: random.Random, lo: float, hi: float) -> datetime:
        log.t = max(log.t, self.t) + timedelta(seconds=r.uniform(lo, hi))
        return log.t


# --------------------------------------------------------------------------------- hazelcast

HZ_VERSION = "5.3.6"
HZ_BUILD = "20231109 - 0e6b2f4"
HZ_CLUSTER = "dev"
HZ_IPS = ["10.0.0.11", "10.0.0.12", "10.0.0.13"]
HZ_LOGO = [
    "+       +  o    o     o     o---o o----o o      o---o     o     o----o o--o--o",
    "+ +   + +  |    |    / \\       /  |      |     /         / \\    |         |   ",
    "+ + + + +  o----o   o   o     o   o----o |    o         o   o   o----o    |   ",
    "+ +   + +  |    |  /     \\   /    |      |     \\       /     \\       |    |   ",
    "+       +  o    o o       o o---o o----o o----o o---o o       o o----o    o   ",
]
HZ_JET = (
    "The Jet engine is disabled.\n"
    "To enable the Jet engine on the members, do one of the following:\n"
    "  - Change member config using Java API: config.getJetConfig().setEnabled(true)\n"
    "  - Change XML/YAML configuration property: Set hazelcast.jet.enabled to true\n"
    "  - Add system property: -Dhz.jet.enabled=true (for Hazelcast embedded, works only when loading config via Config.load)\n"
    "  - Add environment variable: HZ_JET_ENABLED=true (recommended when running container image. For Hazelcast embedded, works only when loading config via Config.load)"
)
# (client name or None for the default `hz.client_N`, connection type, client version)
HZ_APPS = [
    ("order-service", "JVM", "5.3.6"),
    ("order-service", "JVM", "5.3.6"),
    ("session-store", "JVM", "5.3.6"),
    ("pricing-api", "JVM", "5.2.4"),
    ("fraud-scorer", "JVM", "5.3.2"),
    (None, "JVM", "5.3.6"),
    (None, "PYH", "5.3.0"),
    ("inventory-sync", "NJS", "5.3.0"),
    ("report-batch", "JVM", "5.3.6"),
]
HZ_NAMES = [
    "elegant_turing",
    "nervous_hopper",
    "zealous_lovelace",
    "festive_noether",
    "quirky_dijkstra",
    "brave_hamilton",
]
HZ_RESET_FRAMES = [
    "\tat java.base/sun.nio.ch.SocketChannelImpl.throwConnectionReset(SocketChannelImpl.java:394)",
    "\tat java.base/sun.nio.ch.SocketChannelImpl.read(SocketChannelImpl.java:426)",
    "\tat com.hazelcast.internal.networking.nio.NioInboundPipeline.process(NioInboundPipeline.java:119)",
    "\tat com.hazelcast.internal.networking.nio.NioThread.processSelectionKey(NioThread.java:383)",
    "\tat com.hazelcast.internal.networking.nio.NioThread.processSelectionKeys(NioThread.java:368)",
    "\tat com.hazelcast.internal.networking.nio.NioThread.selectLoop(NioThread.java:294)",
    "\tat com.hazelcast.internal.networking.nio.NioThread.executeRun(NioThread.java:249)",
    "\tat com.hazelcast.internal.util.executor.HazelcastManagedThread.run(HazelcastManagedThread.java:111)",
]
HZ_CLUSTER_PKG = "com.hazelcast.internal.cluster"
HZ_TCP = "com.hazelcast.internal.server.tcp"


def jul_ts(t: datetime) -> str:
    """java.util.logging SimpleFormatter's `%1$tb %1$td, %1$tY %1$tl:%1$tM:%1$tS %1$Tp`."""
    return f"{t:%b %d, %Y} {t.hour % 12 or 12}:{t:%M:%S} {'AM' if t.hour < 12 else 'PM'}"


def hazelcast(r: random.Random) -> list[Log]:
    """Three Hazelcast 5.3 members (10.0.0.11-13, cluster `dev`, TCP/IP join) over four days:
    staggered start-up (address picking, the logo, the notices, connections, member lists,
    partition arrangement and migrations), application clients of several languages and
    versions authenticating on every member and leaving (their connections closed and their
    endpoints destroyed), a rolling restart of the second member (graceful shutdown, members
    removed and re-added, migrations), a network partition isolating the third member
    (heartbeat suspicions on both sides, a mastership claim, reconnect attempts timing out, then
    the split-brain merge: cluster state locked and frozen, the member's UUID reset, MERGING and
    MERGED), and the first member (the master) killed: connection resets with their stack
    traces, refused reconnects, `No connection` suspicions, the next member's mastership claim,
    and the member's restart."""
    t0 = datetime(2024, 6, 4, 6, 0, 2, 118000, tzinfo=UTC)
    clock = Clock(t0)
    logs = [Log(f"hazelcast-{i + 1}.log", t0) for i in range(3)]
    addr = [f"[{ip}]:5701" for ip in HZ_IPS]
    uuid = [uuid4(r) for _ in range(3)]
    inst = ["", "", ""]  # the instance's thread-name prefix, new at each start
    up = [False, False, False]
    members: list[int] = []  # in join order: the first is the master
    view: list[list[int]] = [[], [], []]  # each member's own member list
    ver = [0, 0, 0]
    conn_no = [0, 0, 0]
    mconns: dict[
        tuple[int, int], list[tuple[int, str, str]]
    ] = {}  # (m, peer) -> (id, local, remote)
    clients: list[dict] = []
    client_no = [0]
    migrations = [0]

    def emit(
        m: int,
        level: str,
        logger: str,
        fmt: str,
        *vals,
        local: bool = False,
        stack: list[str] | None = None,
        lo: float = 0.0,
        hi: float = 0.05,
    ) -> None:
        log = logs[m]
        t = clock.at(log, r, lo, hi)
        prefix = (
            f"[LOCAL] [{HZ_CLUSTER}] [{HZ_VERSION}] "
            if local
            else f"{addr[m]} [{HZ_CLUSTER}] [{HZ_VERSION}] "
        )
        log.add(f"{jul_ts(t)} {logger}", label(fmt))
        for line in f"{level}: {prefix}{fill(fmt, *vals)}".split("\n"):
            log.add(line, None)
        if stack:
            for line in stack:
                log.add(line, None)
            log.add("", None)

    def member_str(m: int, me: int | None = None) -> str:
        return f"Member {addr[m]} - {uuid[m]}" + (" this" if m == me else "")

    def conn_str(
        m: int, cid: int, local: str, remote: str, endpoint: str, ruuid: str, kind: str, alive: bool
    ) -> str:
        plane = 0 if kind == "MEMBER" else -1
        return f"Connection[id={cid}, /{local}->/{remote}, qualifier=null, endpoint={endpoint}, remoteUuid={ruuid}, alive={'true' if alive else 'false'}, connectionType={kind}, planeIndex={plane}]"

    def members_list(m: int, lo: float = 0.0, hi: float = 0.2) -> None:
        ver[m] += 1
        body = "".join(f"\n\t{member_str(x, m)}" for x in view[m])
        emit(
            m,
            "INFO",
            f"{HZ_CLUSTER_PKG}.ClusterService",
            "\n\nMembers {size:%d, ver:%d} [%s\n]\n",
            len(view[m]),
            ver[m],
            body,
            lo=lo,
            hi=hi,
        )

    def members_view(m: int, ms: list[int], version: int) -> str:
        return (
            f"MembersView{{version={version}, members=["
            + ", ".join(
                f"MemberInfo{{address={addr[x]}, uuid={uuid[x]}, cpMemberUUID=null, liteMember=false, memberListJoinVersion={i + 1}}}"
                for i, x in enumerate(ms)
            )
            + "]}"
        )

    def lifecycle(m: int, state: str, lo: float = 0.0, hi: float = 0.05) -> None:
        emit(
            m,
            "INFO",
            "com.hazelcast.core.LifecycleService",
            "%s is %s",
            addr[m],
            state,
            lo=lo,
            hi=hi,
        )

    def connect(m: int, peer: int) -> None:
        """`m` opens a connection to `peer` (the connector's two lines, then each side's)."""
        emit(
            m,
            "INFO",
            f"{HZ_TCP}.TcpServerConnector",
            "Connecting to %s, timeout: %d, bind-any: %s",
            f"/{HZ_IPS[peer]}:5701",
            10000,
            "true",
            lo=0,
            hi=0.3,
        )
        port = r.randrange(32768, 61000)
        conn_no[m] += 1
        conn_no[peer] += 1
        mine = (conn_no[m], f"{HZ_IPS[m]}:{port}", f"{HZ_IPS[peer]}:5701")
        theirs = (conn_no[peer], f"{HZ_IPS[peer]}:5701", f"{HZ_IPS[m]}:{port}")
        mconns.setdefault((m, peer), []).append(mine)
        mconns.setdefault((peer, m), []).append(theirs)
        emit(
            m,
            "INFO",
            f"{HZ_TCP}.TcpServerConnection",
            "Initialized new cluster connection between %s and %s",
            f"/{mine[1]}",
            f"/{mine[2]}",
            lo=0.001,
            hi=0.02,
        )
        emit(
            peer,
            "INFO",
            f"{HZ_TCP}.TcpServerConnection",
            "Initialized new cluster connection between %s and %s",
            f"/{theirs[1]}",
            f"/{theirs[2]}",
            lo=0.001,
            hi=0.02,
        )

    def close_conns(m: int, peer: int, reason_fmt: str, *rvals) -> None:
        for cid, loc, rem in mconns.pop((m, peer), []):
            emit(
                m,
                "INFO",
                f"{HZ_TCP}.TcpServerConnection",
                "%s closed. Reason: " + reason_fmt,
                conn_str(m, cid, loc, rem, addr[peer], uuid[peer], "MEMBER", False),
                *rvals,
                lo=0,
                hi=0.01,
            )

    def banner(m: int) -> None:
        inst[m] = f"hz.{r.choice(HZ_NAMES)}"
        others = ", ".join(HZ_IPS[(m + k) % 3] for k in range(3))
        emit(
            m,
            "INFO",
            "com.hazelcast.instance.AddressPicker",
            "Interfaces is disabled, trying to pick one address from TCP-IP config addresses: %s",
            f"[{others}]",
            local=True,
            lo=2,
            hi=5,
        )
        emit(
            m,
            "INFO",
            "com.hazelcast.instance.AddressPicker",
            "Picked %s, using socket %s, bind any local is %s",
            addr[m],
            "ServerSocket[addr=/0:0:0:0:0:0:0:0,localport=5701]",
            "true",
            local=True,
            lo=0.01,
            hi=0.2,
        )
        emit(m, "INFO", "com.hazelcast.system.logo", "\n" + "\n".join(HZ_LOGO), lo=0.05, hi=0.3)
        emit(
            m,
            "INFO",
            "com.hazelcast.system",
            "Copyright (c) 2008-2023, Hazelcast, Inc. All Rights Reserved.",
        )
        emit(
            m,
            "INFO",
            "com.hazelcast.system",
            "Hazelcast Platform %s (%s) starting at %s",
            HZ_VERSION,
            HZ_BUILD,
            addr[m],
            lo=0.01,
            hi=0.05,
        )
        emit(m, "INFO", "com.hazelcast.system", "Cluster name: %s", HZ_CLUSTER)
        emit(
            m,
            "INFO",
            "com.hazelcast.system",
            "Integrity Checker is disabled. Fail-fast on corrupted executables will not be performed. For more information, see the documentation for Integrity Checker.",
        )
        emit(m, "INFO", "com.hazelcast.system", HZ_JET, lo=0.01, hi=0.03)
        emit(
            m,
            "INFO",
            "com.hazelcast.system.security",
            "Enable DEBUG/FINE log level for log category com.hazelcast.system.security  or use -Dhazelcast.security.recommendations system property to see 🔒 security recommendations and the status of current config.",
            lo=1,
            hi=4,
        )
        emit(
            m, "INFO", "com.hazelcast.instance.impl.Node", "Using TCP/IP discovery", lo=0.2, hi=0.6
        )
        emit(
            m,
            "WARNING",
            "com.hazelcast.cp.CPSubsystem",
            "CP Subsystem is not enabled. CP data structures will operate in UNSAFE mode! Please note that UNSAFE mode will not provide strong consistency guarantees.",
            lo=0.005,
            hi=0.02,
        )
        emit(
            m,
            "INFO",
            "com.hazelcast.internal.diagnostics.Diagnostics",
            "Diagnostics disabled. To enable add -Dhazelcast.diagnostics.enabled=true to the JVM arguments.",
            lo=0.5,
            hi=1.5,
        )
        lifecycle(m, "STARTING", lo=0.01, hi=0.05)

    def migrate(master: int, tasks: int) -> None:
        started = clock.t
        emit(
            master,
            "INFO",
            "com.hazelcast.internal.partition.impl.MigrationManager",
            "Repartitioning cluster data. Migration tasks count: %d",
            tasks,
            lo=0.5,
            hi=2,
        )
        rep = f"{started + timedelta(seconds=1):%a %b %d %H:%M:%S} UTC {started.year}"
        done = 0
        while tasks - done > 0:
            step = r.randrange(40, 140)
            done = min(tasks, done + step)
            migrations[0] += min(step, tasks)
            fmt = (
                "Remaining migration tasks: %d. (repartitionTime=%s, plannedMigrations=%d, completedMigrations=%d, remainingMigrations=%d, totalCompletedMigrations=%d)"
                if done < tasks
                else "All migration tasks have been completed. (repartitionTime=%s, plannedMigrations=%d, completedMigrations=%d, remainingMigrations=%d, totalCompletedMigrations=%d)"
            )
            vals = [rep, tasks, done, tasks - done, migrations[0]]
            if done < tasks:
                vals.insert(0, tasks - done)
            emit(
                master,
                "INFO",
                "com.hazelcast.internal.partition.impl.MigrationManager",
                fmt,
                *vals,
                lo=2,
                hi=9,
            )

    def start(m: int, first: bool = False) -> None:
        up[m] = True
        uuid[m] = uuid4(r)
        banner(m)
        peers = [x for x in members if up[x] and x != m]
        for p in peers:
            connect(m, p)
        clock.adv(r, 3, 6)
        members.append(m)
        for x in members:
            view[x] = list(members)
        for x in members:
            members_list(x, lo=0.01, hi=0.3)
        lifecycle(m, "STARTED", lo=0.01, hi=0.1)
        for p in peers:
            connect(p, m)
        if first:
            emit(
                m,
                "INFO",
                "com.hazelcast.internal.partition.impl.PartitionStateManager",
                "Initializing cluster partition table arrangement...",
                lo=0.05,
                hi=0.3,
            )
        elif len(members) > 1:
            migrate(members[0], r.randrange(150, 272))

    def transactions(m: int, gone: int) -> None:
        emit(
            m,
            "INFO",
            "com.hazelcast.transaction.impl.TransactionManagerServiceImpl",
            "Committing/rolling-back live transactions of %s, UUID: %s",
            addr[gone],
            uuid[gone],
            lo=0.001,
            hi=0.05,
        )

    def remove_member(gone: int, from_members: list[int]) -> None:
        """The members in `from_members` drop `gone` from their lists."""
        for x in from_members:
            view[x] = [y for y in view[x] if y != gone]
        for x in from_members:
            members_list(x, lo=0.01, hi=0.2)
            transactions(x, gone)

    # clients --------------------------------------------------------------------------
    def client_connect() -> None:
        name, kind, cver = r.choice(HZ_APPS)
        if name is None:
            name = f"hz.client_{r.randrange(0, 4)}"
        host = ip4(r, "10.0.1")
        cuuid = uuid4(r)
        cl = {"name": name, "kind": kind, "ver": cver, "uuid": cuuid, "host": host, "conns": {}}
        created = int(clock.t.timestamp() * 1000)
        for m in members:
            if not up[m]:
                continue
            conn_no[m] += 1
            port = r.randrange(32768, 61000)
            cl["conns"][m] = (conn_no[m], port, created + r.randrange(0, 400))
            emit(
                m,
                "INFO",
                "com.hazelcast.client.impl.protocol.task.AuthenticationMessageTask",
                "Received auth from %s, successfully authenticated, clientUuid: %s, client name: %s, client version: %s",
                conn_str(
                    m,
                    conn_no[m],
                    f"{HZ_IPS[m]}:5701",
                    f"{host}:{port}",
                    f"[{host}]:{port}",
                    cuuid,
                    kind,
                    True,
                ),
                cuuid,
                name,
                cver,
                lo=0.005,
                hi=0.4,
            )
        clients.append(cl)
        client_no[0] += 1

    def client_leave(cl: dict) -> None:
        clients.remove(cl)
        for m, (cid, port, created) in cl["conns"].items():
            if not up[m]:
                continue
            c = conn_str(
                m,
                cid,
                f"{HZ_IPS[m]}:5701",
                f"{cl['host']}:{port}",
                f"[{cl['host']}]:{port}",
                cl["uuid"],
                cl["kind"],
                False,
            )
            emit(
                m,
                "INFO",
                f"{HZ_TCP}.TcpServerConnection",
                "%s closed. Reason: Connection closed by the other side",
                c,
                lo=0.001,
                hi=0.3,
            )
            emit(
                m,
                "INFO",
                "com.hazelcast.client.impl.ClientEndpointManager",
                "Destroying %s",
                f"ClientEndpoint{{connection={c}, clientUuid={cl['uuid']}, clientName={cl['name']}, authenticated=true, clientVersion={cl['ver']}, creationTime={created}, latest clientAttributes=null, labels=[]}}",
                lo=0.005,
                hi=0.05,
            )

    def client_drop_member(m: int) -> None:
        for cl in clients:
            cl["conns"].pop(m, None)

    def client_rejoin_member(m: int) -> None:
        """Smart clients open a connection to a member that came (back) into the cluster."""
        for cl in clients:
            if m in cl["conns"] or r.random() < 0.1:
                continue
            conn_no[m] += 1
            port = r.randrange(32768, 61000)
            cl["conns"][m] = (conn_no[m], port, int(clock.t.timestamp() * 1000))
            emit(
                m,
                "INFO",
                "com.hazelcast.client.impl.protocol.task.AuthenticationMessageTask",
                "Received auth from %s, successfully authenticated, clientUuid: %s, client name: %s, client version: %s",
                conn_str(
                    m,
                    conn_no[m],
                    f"{HZ_IPS[m]}:5701",
                    f"{cl['host']}:{port}",
                    f"[{cl['host']}]:{port}",
                    cl["uuid"],
                    cl["kind"],
                    True,
                ),
                cl["uuid"],
                cl["name"],
                cl["ver"],
                lo=0.05,
                hi=3,
            )

    # incidents ------------------------------------------------------------------------
    def graceful_restart(m: int) -> None:
        emit(
            m,
            "INFO",
            "com.hazelcast.instance.impl.Node",
            "Running shutdown hook... Current state: %s",
            "ACTIVE",
            lo=0,
            hi=0.1,
        )
        lifecycle(m, "SHUTTING_DOWN", lo=0.001, hi=0.01)
        master = members[0] if members[0] != m else members[1]
        migrate(master, r.randrange(80, 100))
        emit(
            m,
            "INFO",
            "com.hazelcast.instance.impl.Node",
            "Shutting down connection manager...",
            lo=0.1,
            hi=0.5,
        )
        for p in [x for x in members if x != m]:
            close_conns(m, p, "TcpServer is stopping")
            close_conns(p, m, "Connection closed by the other side")
        emit(
            m,
            "INFO",
            "com.hazelcast.instance.impl.Node",
            "Shutting down node engine...",
            lo=0.05,
            hi=0.2,
        )
        ms = r.randrange(900, 2600)
        emit(
            m,
            "INFO",
            "com.hazelcast.instance.impl.Node",
            "Destroying node NodeExtension.",
            lo=0.3,
            hi=1,
        )
        emit(
            m,
            "INFO",
            "com.hazelcast.instance.impl.Node",
            "Hazelcast Shutdown is completed in %d ms.",
            ms,
            lo=0.01,
            hi=0.1,
        )
        lifecycle(m, "SHUTDOWN", lo=0.001, hi=0.01)
        up[m] = False
        members.remove(m)
        client_drop_member(m)
        remove_member(m, members)
        clock.adv(r, 40, 120)
        start(m)
        client_rejoin_member(m)

    HB = "Suspecting %s because it has not sent any heartbeats since %s. Now: %s, heartbeat timeout: %d ms, suspicion level: %.2f"

    def heartbeat_suspicion(m: int, other: int, last: datetime) -> None:
        now = max(logs[m].t, clock.t) + timedelta(seconds=r.uniform(0.2, 4))
        logs[m].t = now
        vals = (
            member_str(other),
            f"{last:%Y-%m-%d %H:%M:%S}.{last.microsecond // 1000:03d}",
            f"{now:%Y-%m-%d %H:%M:%S}.{now.microsecond // 1000:03d}",
            60000,
            (now - last).total_seconds() / 60,
        )
        emit(
            m,
            "WARNING",
            f"{HZ_CLUSTER_PKG}.impl.ClusterHeartbeatManager",
            HB,
            *vals,
            lo=0,
            hi=0.001,
        )
        emit(
            m,
            "WARNING",
            f"{HZ_CLUSTER_PKG}.impl.MembershipManager",
            "%s is suspected to be dead for reason: " + HB,
            member_str(other),
            *vals,
            lo=0.001,
            hi=0.01,
        )

    def reconnect_spam(m: int, peer: int, kind: str, n: int) -> None:
        for _ in range(n):
            emit(
                m,
                "INFO",
                f"{HZ_TCP}.TcpServerConnector",
                "Connecting to %s, timeout: %d, bind-any: %s",
                f"/{HZ_IPS[peer]}:5701",
                10000,
                "true",
                lo=0.05,
                hi=1.5 if kind == "refused" else 15,
            )
            if kind == "refused":
                emit(
                    m,
                    "INFO",
                    f"{HZ_TCP}.TcpServerConnector",
                    "Could not connect to: %s. Reason: IOException[Connection refused to address %s]",
                    f"/{HZ_IPS[peer]}:5701",
                    f"/{HZ_IPS[peer]}:5701",
                    lo=0.002,
                    hi=0.02,
                )
            else:
                emit(
                    m,
                    "INFO",
                    f"{HZ_TCP}.TcpServerConnector",
                    "Could not connect to: %s. Reason: IOException[Connect timed out to address %s]",
                    f"/{HZ_IPS[peer]}:5701",
                    f"/{HZ_IPS[peer]}:5701",
                    lo=10,
                    hi=10.02,
                )

    def mastership_claim(m: int, suspected: list[int], ask: list[int]) -> None:
        emit(
            m,
            "INFO",
            f"{HZ_CLUSTER_PKG}.impl.MembershipManager",
            "Starting mastership claim process...",
            lo=0,
            hi=0.01,
        )
        emit(
            m,
            "INFO",
            f"{HZ_CLUSTER_PKG}.impl.MembershipManager",
            "Local %s with suspected members: %s and initial addresses to ask: %s",
            members_view(m, view[m], ver[m]),
            "[" + ", ".join(member_str(x) for x in suspected) + "]",
            "[" + ", ".join(member_str(x) for x in ask) + "]",
            lo=0.001,
            hi=0.02,
        )
        for s in suspected:
            emit(
                m,
                "INFO",
                "com.hazelcast.internal.partition.impl.PartitionStateManager",
                "Storing snapshot of partition assignments while removing UUID %s",
                uuid[s],
                lo=0.005,
                hi=0.05,
            )
        view[m] = [x for x in view[m] if x not in suspected]
        members_list(m, lo=0.001, hi=0.01)
        emit(
            m,
            "INFO",
            f"{HZ_CLUSTER_PKG}.impl.MembershipManager",
            "Mastership is claimed with: %s",
            members_view(m, view[m], ver[m]),
            lo=0.001,
            hi=0.01,
        )
        for s in suspected:
            transactions(m, s)

    def network_partition(iso: int) -> None:
        rest = [x for x in members if x != iso]
        master = members[0]
        last = clock.t
        clock.adv(r, 60, 62)
        # the master's side: the isolated member is suspected and removed
        heartbeat_suspicion(master, iso, last)
        for p in rest:
            close_conns(p, iso, "Connection closed by the other side")
        rest_view = [x for x in members if x != iso]
        for x in rest:
            view[x] = list(rest_view)
        for x in rest:
            members_list(x, lo=0.05, hi=0.5)
            transactions(x, iso)
        migrate(master, r.randrange(60, 100))
        # the isolated member's side
        for other in rest:
            heartbeat_suspicion(iso, other, last - timedelta(seconds=r.uniform(0, 4)))
        for other in rest:
            close_conns(iso, other, "Connection closed by the other side")
        mastership_claim(iso, rest, [])
        # both sides look for the other cluster now and then
        for _ in range(r.randrange(4, 7)):
            clock.adv(r, 100, 140)
            reconnect_spam(iso, master, "timeout", 1)
            reconnect_spam(master, iso, "timeout", 1)
        # healed: the smaller cluster merges into the larger one
        clock.adv(r, 30, 90)
        connect(master, iso)
        emit(
            master,
            "INFO",
            f"{HZ_CLUSTER_PKG}.impl.ClusterJoinManager",
            "%s should merge to us because our data member count is bigger than theirs [%d > %d]",
            addr[iso],
            len(rest),
            1,
            lo=0.05,
            hi=0.2,
        )
        emit(
            iso,
            "INFO",
            f"{HZ_CLUSTER_PKG}.impl.ClusterJoinManager",
            "We should merge to %s because their data member count is bigger than ours [%d > %d]",
            addr[master],
            len(rest),
            1,
            lo=0.05,
            hi=0.2,
        )
        emit(
            iso,
            "WARNING",
            f"{HZ_CLUSTER_PKG}.impl.TcpIpJoiner",
            "%s is merging [tcp/ip] to %s",
            addr[iso],
            addr[master],
            lo=0.001,
            hi=0.01,
        )
        lock_id = uuid4(r)
        emit(
            iso,
            "INFO",
            f"{HZ_CLUSTER_PKG}.impl.operations.LockClusterStateOp",
            "Locking cluster state. Initiator: %s, lease-time: %d",
            addr[iso],
            60000,
            lo=0.005,
            hi=0.02,
        )
        emit(
            iso,
            "INFO",
            f"{HZ_CLUSTER_PKG}.impl.operations.LockClusterStateOp",
            "Extending cluster state lock. Initiator: %s, lease-time: %d",
            addr[iso],
            20000,
            lo=0.001,
            hi=0.005,
        )
        emit(
            iso,
            "INFO",
            f"{HZ_CLUSTER_PKG}.impl.operations.CommitClusterStateOp",
            "Changing cluster state from %s to %s, initiator: %s, transient: %s",
            f"ClusterState{{state=ACTIVE, lock=LockGuard{{lockOwner={addr[iso]}, lockOwnerId='{lock_id}', lockExpiryTime={int(clock.t.timestamp() * 1000) + 60000}}}}}",
            "ClusterStateChange{type=class com.hazelcast.cluster.ClusterState, newState=FROZEN}",
            addr[iso],
            "false",
            lo=0.001,
            hi=0.005,
        )
        emit(
            iso,
            "WARNING",
            f"{HZ_CLUSTER_PKG}.impl.operations.MergeClustersOp",
            "%s is merging to %s, because: instructed by master %s",
            addr[iso],
            addr[master],
            addr[iso],
            lo=0.001,
            hi=0.005,
        )
        lifecycle(iso, "MERGING", lo=0.05, hi=0.1)
        old = uuid[iso]
        uuid[iso] = uuid4(r)
        emit(
            iso,
            "WARNING",
            f"{HZ_CLUSTER_PKG}.ClusterService",
            "Resetting local member UUID. Previous: %s, new: %s",
            old,
            uuid[iso],
            lo=0.001,
            hi=0.005,
        )
        close_conns(iso, master, "TcpServer is stopping")
        close_conns(master, iso, "Connection closed by the other side")
        client_drop_member(iso)
        for p in rest:
            connect(iso, p)
        clock.adv(r, 4, 6)
        members.remove(iso)
        members.append(iso)
        for x in members:
            view[x] = list(members)
        for x in members:
            members_list(x, lo=0.01, hi=0.3)
        for p in rest:
            if p != master:
                connect(p, iso)
        lifecycle(iso, "MERGED", lo=1, hi=2)
        migrate(master, r.randrange(150, 272))
        client_rejoin_member(iso)

    def kill(m: int) -> None:
        rest = [x for x in members if x != m]
        for p in rest:
            conns = mconns.pop((p, m), [])
            for cid, loc, rem in conns[:1]:
                c = conn_str(p, cid, loc, rem, addr[m], uuid[m], "MEMBER", False)
                c_alive = conn_str(p, cid, loc, rem, addr[m], uuid[m], "MEMBER", True)
                emit(
                    p,
                    "WARNING",
                    f"{HZ_TCP}.TcpServerConnection",
                    "%s closed. Reason: Exception in %s, thread=%s",
                    c,
                    c_alive,
                    f"{inst[p]}.IO.thread-in-{r.randrange(0, 3)}",
                    stack=["java.net.SocketException: Connection reset", *HZ_RESET_FRAMES],
                    lo=0.001,
                    hi=0.05,
                )
            for cid, loc, rem in conns[1:]:
                emit(
                    p,
                    "INFO",
                    f"{HZ_TCP}.TcpServerConnection",
                    "%s closed. Reason: Connection closed by the other side",
                    conn_str(p, cid, loc, rem, addr[m], uuid[m], "MEMBER", False),
                    lo=0.001,
                    hi=0.01,
                )
        mconns.pop((m, rest[0]), None)
        mconns.pop((m, rest[1]), None)
        for p in rest:
            reconnect_spam(p, m, "refused", 5)
            emit(
                p,
                "WARNING",
                f"{HZ_TCP}.TcpServerConnectionErrorHandler",
                "Removing connection to endpoint %s Cause => java.io.IOException {Connection refused to address %s}, Error-Count: %d",
                addr[m],
                f"/{HZ_IPS[m]}:5701",
                5,
                lo=0.001,
                hi=0.01,
            )
            emit(
                p,
                "WARNING",
                f"{HZ_CLUSTER_PKG}.impl.MembershipManager",
                "%s is suspected to be dead for reason: No connection",
                member_str(m),
                lo=0.001,
                hi=0.005,
            )
        up[m] = False
        members.remove(m)
        client_drop_member(m)
        new_master = members[0]
        mastership_claim(new_master, [m], [x for x in members if x != new_master])
        for x in members:
            if x != new_master:
                view[x] = [y for y in view[x] if y != m]
                members_list(x, lo=0.01, hi=0.1)
                transactions(x, m)
        migrate(new_master, r.randrange(80, 100))
        clock.adv(r, 180, 420)
        start(m)
        client_rejoin_member(m)

    # the run ------------------------------------------------------------------------------
    start(0, first=True)
    clock.adv(r, 8, 15)
    start(1)
    clock.adv(r, 5, 12)
    start(2)
    end = t0 + timedelta(days=4)
    incidents = [
        (t0 + timedelta(days=1, hours=2, minutes=14), lambda: graceful_restart(1)),
        (t0 + timedelta(days=2, hours=9, minutes=41), lambda: network_partition(2)),
        (t0 + timedelta(days=3, hours=4, minutes=3), lambda: kill(0)),
    ]
    while clock.t < end:
        if incidents and clock.t >= incidents[0][0]:
            incidents.pop(0)[1]()
            continue
        hour = clock.t.hour
        busy = 8 <= hour < 20
        clock.adv(r, 240 if busy else 1200, 2400 if busy else 7200)
        pick(
            r,
            [
                (6 if len(clients) < 14 else 2, client_connect),
                (4 if clients else 0, lambda: client_leave(r.choice(clients))),
                (
                    0.4,
                    lambda: [client_connect() for _ in range(r.randrange(2, 5))],
                ),
            ],
        )
    return logs


# --------------------------------------------------------------------------------- zimbra

ZM_VERSION = "8.8.15_GA_4581"
ZM_USERS = [
    "alice.martin",
    "bob.keller",
    "carla.ruiz",
    "daniel.okafor",
    "elena.petrova",
    "frank.muller",
    "grace.lee",
    "hugo.bernard",
    "ines.costa",
    "jonas.berg",
    "kira.tanaka",
    "lars.nilsson",
    "maria.rossi",
    "nadia.haddad",
    "oscar.lind",
    "paula.schmidt",
    "quentin.roux",
    "rosa.jimenez",
    "samir.khan",
    "tanja.vogel",
    "ugo.ferrari",
    "vera.novak",
    "will.turner",
    "xenia.popova",
    "yusuf.demir",
    "zoe.walsh",
    "helpdesk",
    "sales",
    "billing",
    "noc",
    "hr",
    "marc.dubois",
    "ana.silva",
    "tomas.horak",
    "li.wei",
    "priya.nair",
    "sven.olsen",
    "irene.kowalska",
]
ZM_DOMAIN = "example.com"
ZM_WEB_UA = [
    "ZimbraWebClient - FF126 (Linux)/8.8.15_GA_4581",
    "ZimbraWebClient - GC125 (Win)/8.8.15_GA_4581",
    "ZimbraWebClient - GC125 (Mac)/8.8.15_GA_4581",
    "ZimbraWebClient - SAF17 (Mac)/8.8.15_GA_4581",
    "ZimbraWebClient - EDGE125 (Win)/8.8.15_GA_4581",
]
ZM_IMAP_CLIENTS = [
    "Thunderbird/115.11.0",
    "iPhone Mail/(null)",
    "Microsoft Outlook/16.0",
    "K-9 Mail/6.802",
    "Evolution/3.50.2",
    "eM Client/9.2.2157.0",
]
ZM_DAV_UA = [
    "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.11.0",
    "iOS/17.5 (21F90) dataaccessd/1.0",
    "DAVx5/4.3.15-ose (2024/04/15; dav4jvm; okhttp/4.12.0) Android/14",
]
ZM_SENDERS = [
    "notifications@github.com",
    "no-reply@accounts.google.com",
    "newsletter@heise.de",
    "jira@example.atlassian.net",
    "billing@hetzner.com",
    "noreply@slack.com",
    "calendar-notification@google.com",
    "info@linkedin.com",
    "support@zoom.us",
    "bounces+1234567@em.sendgrid.net",
    "mailer-daemon@mx.example.com",
    "partner.contact@acme-supplies.de",
]
ZM_SOAP = [  # (request, weight, median ms)
    ("NoOpRequest", 30, 60000),
    ("SearchRequest", 18, 45),
    ("GetMsgRequest", 10, 30),
    ("SearchConvRequest", 6, 40),
    ("GetConvRequest", 3, 35),
    ("AutoCompleteRequest", 4, 25),
    ("GetApptSummariesRequest", 2, 60),
    ("GetFolderRequest", 2, 15),
    ("GetContactsRequest", 1, 80),
    ("GetInfoRequest", 1, 40),
    ("GetMiniCalRequest", 1, 20),
    ("ModifyPrefsRequest", 0.3, 30),
    ("GetWorkingHoursRequest", 0.5, 35),
]
ZM_IMAP_CMDS = [
    ("FETCH", 20, 3),
    ("UID FETCH", 18, 4),
    ("NOOP", 8, 0),
    ("STATUS", 6, 2),
    ("UID SEARCH", 5, 6),
    ("LIST", 3, 5),
    ("LSUB", 2, 3),
    ("UID STORE", 4, 3),
    ("SELECT", 6, 12),
    ("EXAMINE", 1, 10),
    ("EXPUNGE", 1, 8),
    ("UID COPY", 1, 9),
    ("APPEND", 1, 25),
    ("CHECK", 0.5, 1),
]
ZM_BLOB_FRAMES = [
    "\tat com.zimbra.common.service.ServiceException.FAILURE(ServiceException.java:292)",
    "\tat com.zimbra.cs.mailbox.MailItem.getContentStream(MailItem.java:1862)",
    "\tat com.zimbra.cs.mailbox.Message.getMimeMessage(Message.java:610)",
    "\tat com.zimbra.cs.service.mail.ToXML.encodeMessageAsMP(ToXML.java:1867)",
    "\tat com.zimbra.cs.service.mail.GetMsg.handle(GetMsg.java:140)",
    "\tat com.zimbra.soap.SoapEngine.dispatchRequest(SoapEngine.java:632)",
    "\tat com.zimbra.soap.SoapEngine.dispatch(SoapEngine.java:485)",
    "\tat com.zimbra.soap.SoapEngine.dispatch(SoapEngine.java:284)",
    "\tat com.zimbra.soap.SoapServlet.doWork(SoapServlet.java:303)",
    "\tat com.zimbra.soap.SoapServlet.doPost(SoapServlet.java:213)",
    "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:707)",
    "\tat com.zimbra.cs.servlet.ZimbraServlet.service(ZimbraServlet.java:206)",
    "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:790)",
    "\tat org.eclipse.jetty.servlet.ServletHolder.handle(ServletHolder.java:865)",
    "\tat org.eclipse.jetty.servlet.ServletHandler$CachedChain.doFilter(ServletHandler.java:1655)",
]
ZM_DB_FRAMES = [
    "\tat com.zimbra.common.service.ServiceException.FAILURE(ServiceException.java:292)",
    "\tat com.zimbra.cs.db.DbPool.getConnection(DbPool.java:335)",
    "\tat com.zimbra.cs.db.DbPool.getConnection(DbPool.java:280)",
    "\tat com.zimbra.cs.mailbox.Mailbox.beginTransaction(Mailbox.java:9420)",
    "\tat com.zimbra.cs.mailbox.Mailbox.addMessageInternal(Mailbox.java:5647)",
    "\tat com.zimbra.cs.mailbox.Mailbox.addMessage(Mailbox.java:5408)",
    "\tat com.zimbra.cs.filter.IncomingMessageHandler.addMessage(IncomingMessageHandler.java:155)",
    "\tat com.zimbra.cs.filter.ZimbraMailAdapter.implicitKeep(ZimbraMailAdapter.java:441)",
    "\tat com.zimbra.cs.filter.RuleManager.applyRulesToIncomingMessage(RuleManager.java:463)",
    "\tat com.zimbra.cs.lmtpserver.ZimbraLmtpBackend.deliverMessageToLocalMailboxes(ZimbraLmtpBackend.java:731)",
    "\tat com.zimbra.cs.lmtpserver.ZimbraLmtpBackend.deliver(ZimbraLmtpBackend.java:433)",
    "\tat com.zimbra.cs.lmtpserver.LmtpHandler.processMessageData(LmtpHandler.java:455)",
    "\tat com.zimbra.cs.lmtpserver.TcpLmtpHandler.continueDATA(TcpLmtpHandler.java:69)",
    "\tat com.zimbra.cs.lmtpserver.TcpLmtpHandler.processCommand(TcpLmtpHandler.java:52)",
    "\tat com.zimbra.cs.tcpserver.ProtocolHandler.processConnection(ProtocolHandler.java:196)",
    "\tat com.zimbra.cs.tcpserver.ProtocolHandler.run(ProtocolHandler.java:135)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1128)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:628)",
    "\tat java.base/java.lang.Thread.run(Thread.java:829)",
]


def zimbra(r: random.Random) -> list[Log]:
    """One Zimbra 8.8 mailbox server (behind the nginx proxy at 10.0.0.5) over a day and a
    half, its mailbox.log: web-client sessions (the login's security audit record and its
    `AuthRequest elapsed=`, then searches, message reads, long-polling NoOps, moves to Trash
    with their `mailop - moving` records, drafts and sends with their `Adding Message` records,
    a shared calendar mounted), IMAP sessions of desktop and phone clients through the proxy
    (logins, commands with their elapsed times, IDLE, LOGOUT or server-initiated drops), POP
    logins, CalDAV polls, LMTP deliveries (the envelope line, one `Adding Message` per
    recipient, Junk and filtered folders, an over-quota mailbox, unknown recipients, duplicates),
    password guessing from the outside (security records with their errors), the web client's
    `handler exception` lines, and two WARN records with stack traces (a missing blob, the
    database pool exhausted during a delivery)."""
    t0 = datetime(2024, 6, 4, 6, 0, 1, 442000, tzinfo=UTC)
    log = Log("mailbox.log", t0)
    # every session writes its own lines from its start on; they are merged by time at the end
    events: list[tuple[datetime, int, str, str, list[str]]] = []
    cur = [t0]
    mids = {u: 3 + i for i, u in enumerate(ZM_USERS)}
    next_item = {u: r.randrange(1200, 48000) for u in ZM_USERS}
    qtp = [r.randrange(90, 4000)]
    threads = {"imap": 1200, "lmtp": 300, "pop": 40}

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"

    def emit(
        level: str,
        thread: str,
        ctx: list[tuple[str, str]],
        cat: str,
        fmt: str,
        *vals,
        stack: list[str] | None = None,
        lo: float = 0.0,
        hi: float = 0.3,
    ) -> None:
        cur[0] += timedelta(seconds=r.uniform(lo, hi))
        c = "".join(f"{k}={v};" for k, v in ctx)
        line = f"{ts(cur[0])} {level:<5} [{thread}] [{c}] {cat} - {fill(fmt, *vals)}"
        events.append((cur[0], len(events), line, label(fmt), stack or []))

    def acct(u: str) -> str:
        return f"{u}@{ZM_DOMAIN}"

    def soap_thread(req: str, path: str = "service/soap") -> str:
        qtp[0] += r.randrange(1, 40)
        return f"qtp1110280208-{qtp[0]}:https://mail.{ZM_DOMAIN}/{path}/{req}"

    def new_item(u: str) -> int:
        next_item[u] += r.randrange(1, 4)
        return next_item[u]

    def msgid() -> str:
        return r.choice(
            [
                lambda: f"<CA+{hexid(r, 20)}@mail.gmail.com>",
                lambda: f"<{hexid(r, 16)}.{hexid(r, 8)}@example.com>",
                lambda: (
                    f"<0100018f{hexid(r, 8)}-{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}-000000@email.amazonses.com>"
                ),
                lambda: (
                    f"<{r.randrange(10**9, 10**10)}.{r.randrange(1000, 99999)}.JavaMail.zimbra@{ZM_DOMAIN}>"
                ),
                lambda: (
                    f"<repo/{r.choice(['api', 'web', 'infra'])}/pull/{r.randrange(100, 4000)}@github.com>"
                ),
            ]
        )()

    # web sessions -----------------------------------------------------------------------
    def web_session(u: str, oip: str, ua: str) -> None:
        sid = hexid(r, 8)
        ctx = [("name", acct(u)), ("oip", oip), ("ua", ua), ("soapId", sid)]
        emit(
            "INFO",
            soap_thread("AuthRequest"),
            ctx,
            "security",
            "cmd=Auth; account=%s; protocol=%s;",
            acct(u),
            "soap",
            lo=5,
            hi=600,
        )
        emit(
            "INFO",
            soap_thread("AuthRequest"),
            ctx,
            "soap",
            "%s elapsed=%d",
            "AuthRequest",
            r.randrange(40, 400),
            lo=0.01,
            hi=0.2,
        )
        ctx = [
            ("name", acct(u)),
            ("mid", str(mids[u])),
            ("ip", "10.0.0.5"),
            ("oip", oip),
            ("ua", ua),
            ("soapId", sid),
        ]
        emit(
            "INFO",
            soap_thread("BatchRequest"),
            ctx,
            "soap",
            "%s elapsed=%d",
            "BatchRequest",
            r.randrange(80, 900),
            lo=0.5,
            hi=3,
        )
        for _ in range(r.randrange(3, 22)):
            pick(
                r,
                [
                    (60, lambda: soap_req(u, ctx)),
                    (6, lambda: move_to_trash(u, ctx)),
                    (3, lambda: send_msg(u, ctx)),
                    (2, lambda: save_draft(u, ctx)),
                    (0.6, lambda: handler_exception(u, ctx)),
                    (0.15, lambda: mountpoint(u, ctx)),
                    (1.2, lambda: appointment(u, ctx)),
                    (0.1, lambda: change_password(u, ctx)),
                ],
            )

    def soap_req(u: str, ctx) -> None:
        req, _, med = weighted(r, ZM_SOAP)
        ms = (
            int(min(300000, r.lognormvariate(0, 0.8) * med))
            if req != "NoOpRequest"
            else r.choice([300000, 300001, int(r.uniform(200, 299000))])
        )
        emit("INFO", soap_thread(req), ctx, "soap", "%s elapsed=%d", req, ms, lo=2, hi=240)

    def move_to_trash(u: str, ctx) -> None:
        req = r.choice(["MsgActionRequest", "ConvActionRequest"])
        thread = soap_thread(req)
        for _ in range(1 if req == "MsgActionRequest" else r.randrange(1, 5)):
            emit(
                "INFO",
                thread,
                ctx,
                "mailop",
                "moving %s to %s",
                f"Message (id={r.randrange(300, next_item[u])})",
                r.choice(
                    [
                        "Folder Trash (id=3)",
                        "Folder Trash (id=3)",
                        "Folder Junk (id=4)",
                        f"Folder Archive (id={r.randrange(257, 300)})",
                    ]
                ),
                lo=2,
                hi=120,
            )
        emit(
            "INFO", thread, ctx, "soap", "%s elapsed=%d", req, r.randrange(15, 200), lo=0.01, hi=0.2
        )

    def add_message(
        u: str, ctx, thread: str, folder: tuple[int, str], mid_: str, parent: int = -1
    ) -> None:
        emit(
            "INFO",
            thread,
            ctx,
            "mailop",
            "Adding Message: id=%d, Message-ID=%s, parentId=%d, folderId=%d, folderName=%s.",
            new_item(u),
            mid_,
            parent,
            folder[0],
            folder[1],
            lo=0.005,
            hi=0.08,
        )

    def send_msg(u: str, ctx) -> None:
        thread = soap_thread("SendMsgRequest")
        m = f"<{r.randrange(10**8, 10**9)}.{r.randrange(1000, 99999)}.{r.randrange(10**12, 10**13)}.JavaMail.zimbra@{ZM_DOMAIN}>"
        add_message(
            u,
            ctx,
            thread,
            (5, "Sent"),
            m,
            parent=r.choice([-1, -1, r.randrange(300, next_item[u])]),
        )
        emit(
            "INFO",
            thread,
            ctx,
            "soap",
            "%s elapsed=%d",
            "SendMsgRequest",
            r.randrange(120, 2400),
            lo=0.1,
            hi=2,
        )
        if r.random() < 0.6:
            internal = r.sample([x for x in ZM_USERS if x != u], r.randrange(1, 4))
            deliver(acct(u), internal, m, size=r.randrange(2000, 900000))

    def save_draft(u: str, ctx) -> None:
        thread = soap_thread("SaveDraftRequest")
        add_message(
            u,
            ctx,
            thread,
            (6, "Drafts"),
            "<" + hexid(r, 8) + "-" + hexid(r, 4) + "@" + ZM_DOMAIN + ">",
        )
        emit(
            "INFO",
            thread,
            ctx,
            "soap",
            "%s elapsed=%d",
            "SaveDraftRequest",
            r.randrange(30, 300),
            lo=0.01,
            hi=0.2,
        )

    def handler_exception(u: str, ctx) -> None:
        req, fmt, vals = r.choice(
            [
                (
                    "GetMsgRequest",
                    "handler exception: no such message: %d",
                    (r.randrange(300, next_item[u]),),
                ),
                (
                    "MsgActionRequest",
                    "handler exception: no such message: %d",
                    (r.randrange(300, next_item[u]),),
                ),
                (
                    "GetFolderRequest",
                    "handler exception: no such folder id: %d",
                    (r.randrange(257, 400),),
                ),
                (
                    "CreateFolderRequest",
                    "handler exception: object with that name already exists: %s",
                    (r.choice(["Archive", "Projects", "Receipts", "Travel"]),),
                ),
                (
                    "SendMsgRequest",
                    "handler exception: message is too large: %d",
                    (r.randrange(30_000_000, 60_000_000),),
                ),
            ]
        )
        emit("INFO", soap_thread(req), ctx, "SoapEngine", fmt, *vals, lo=2, hi=60)

    def appointment(u: str, ctx, thread: str | None = None) -> None:
        thread = thread or soap_thread("CreateAppointmentRequest")
        emit(
            "INFO",
            thread,
            ctx,
            "mailop",
            "Adding CalendarItem: id=%d, Message-ID=%s, folderId=%d, folderName=%s, invite=%s.",
            new_item(u),
            "none"
            if "dav" in thread
            else f"<{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}@{ZM_DOMAIN}>",
            10,
            "Calendar",
            f"{new_item(u)}-{next_item[u] - 1}",
            lo=2,
            hi=90,
        )
        if "dav" not in thread:
            emit(
                "INFO",
                thread,
                ctx,
                "soap",
                "%s elapsed=%d",
                "CreateAppointmentRequest",
                r.randrange(40, 400),
                lo=0.01,
                hi=0.2,
            )

    def change_password(u: str, ctx) -> None:
        thread = soap_thread("ChangePasswordRequest")
        emit(
            "INFO", thread, ctx, "security", "cmd=ChangePassword; account=%s;", acct(u), lo=5, hi=60
        )
        emit(
            "INFO",
            thread,
            ctx,
            "soap",
            "%s elapsed=%d",
            "ChangePasswordRequest",
            r.randrange(60, 500),
            lo=0.01,
            hi=0.2,
        )

    def admin_session() -> None:
        oip = ip4(r, "192.168.40")
        sid = hexid(r, 8)
        ctx = [("name", f"admin@{ZM_DOMAIN}"), ("oip", oip), ("ua", ZM_WEB_UA[0]), ("soapId", sid)]

        def th(req: str) -> str:
            qtp[0] += r.randrange(1, 40)
            return f"qtp1110280208-{qtp[0]}:https://mail.{ZM_DOMAIN}:7071/service/admin/soap/{req}"

        emit(
            "INFO",
            th("AuthRequest"),
            ctx,
            "security",
            "cmd=AdminAuth; account=%s;",
            f"admin@{ZM_DOMAIN}",
            lo=5,
            hi=600,
        )
        emit(
            "INFO",
            th("AuthRequest"),
            ctx,
            "soap",
            "%s elapsed=%d",
            "AuthRequest",
            r.randrange(40, 300),
            lo=0.01,
            hi=0.2,
        )
        for _ in range(r.randrange(3, 14)):
            req = r.choice(
                [
                    "SearchDirectoryRequest",
                    "GetAccountRequest",
                    "GetServiceStatusRequest",
                    "GetAllCosRequest",
                    "GetMailQueueInfoRequest",
                    "ModifyAccountRequest",
                    "GetQuotaUsageRequest",
                    "NoOpRequest",
                ]
            )
            emit(
                "INFO",
                th(req),
                ctx,
                "soap",
                "%s elapsed=%d",
                req,
                r.randrange(5, 900),
                lo=2,
                hi=120,
            )
            if req == "GetQuotaUsageRequest" and r.random() < 0.3:
                emit(
                    "INFO",
                    th(req),
                    ctx,
                    "SoapEngine",
                    "handler exception: invalid request: %s",
                    r.choice(["invalid sortBy: totalUsed", "limit must be positive"]),
                    lo=0.01,
                    hi=0.1,
                )

    def mountpoint(u: str, ctx) -> None:
        owner = r.choice([x for x in ZM_USERS if x != u])
        thread = soap_thread("CreateMountpointRequest")
        emit(
            "INFO",
            thread,
            ctx,
            "mailop",
            "Adding Mountpoint %s: id=%d, parentId=%d, parentName=%s.",
            f"{owner.split('.')[0].capitalize()}'s Calendar",
            new_item(u),
            1,
            "USER_ROOT",
            lo=2,
            hi=60,
        )
        emit(
            "INFO",
            thread,
            ctx,
            "soap",
            "%s elapsed=%d",
            "CreateMountpointRequest",
            r.randrange(40, 300),
            lo=0.01,
            hi=0.1,
        )

    # imap / pop ---------------------------------------------------------------------------
    def imap_session(u: str, oip: str, client: str, tls: bool) -> None:
        threads["imap"] += r.randrange(1, 30)
        th = f"{'ImapSSLServer' if tls else 'ImapServer'}-{threads['imap']}"
        via = f"{client},10.0.0.5(nginx/1.20.0)"
        pre = [("ip", "10.0.0.5"), ("oip", oip), ("via", via), ("ua", f"Zimbra/{ZM_VERSION}")]
        emit("INFO", th, pre, "imap", "%s elapsed=%d (NIO)", "ID", 0, lo=3, hi=900)
        emit("INFO", th, pre, "imap", "%s elapsed=%d (NIO)", "CAPABILITY", 0, lo=0.01, hi=0.1)
        ctx = [("name", acct(u)), *pre]
        emit(
            "INFO",
            th,
            ctx,
            "security",
            "cmd=Auth; account=%s; protocol=%s;",
            acct(u),
            "imap",
            lo=0.01,
            hi=0.2,
        )
        if tls:
            emit(
                "INFO",
                th,
                ctx,
                "imap",
                "user %s authenticated, mechanism=%s [TLS]",
                acct(u),
                "PLAIN",
                lo=0.001,
                hi=0.01,
            )
        else:
            emit(
                "INFO",
                th,
                ctx,
                "imap",
                "user %s authenticated, mechanism=%s",
                acct(u),
                "LOGIN",
                lo=0.001,
                hi=0.01,
            )
        emit(
            "INFO",
            th,
            ctx,
            "imap",
            "%s elapsed=%d (NIO)",
            "AUTHENTICATE" if tls else "LOGIN",
            r.randrange(20, 180),
            lo=0.001,
            hi=0.01,
        )
        for _ in range(r.randrange(2, 16)):
            if r.random() < 0.12:
                emit(
                    "INFO",
                    th,
                    ctx,
                    "imap",
                    "%s elapsed=%d (NIO)",
                    "IDLE",
                    r.randrange(30000, 1740000),
                    lo=30,
                    hi=1740,
                )
                continue
            cmd, _, med = weighted(r, ZM_IMAP_CMDS)
            emit(
                "INFO",
                th,
                ctx,
                "imap",
                "%s elapsed=%d (NIO)",
                cmd,
                int(r.lognormvariate(0, 1) * (med + 1)),
                lo=0.05,
                hi=90,
            )
        if r.random() < 0.7:
            emit(
                "INFO",
                th,
                ctx,
                "imap",
                "dropping connection for user %s (LOGOUT)",
                acct(u),
                lo=1,
                hi=60,
            )
            emit("INFO", th, ctx, "imap", "%s elapsed=%d (NIO)", "LOGOUT", 0, lo=0.001, hi=0.01)
        else:
            emit(
                "INFO",
                th,
                ctx,
                "imap",
                "dropping connection for user %s (server-initiated)",
                acct(u),
                lo=1800,
                hi=1900,
            )

    def imap_probe() -> None:
        """Unauthenticated connections: a scanner, or a client that never logs in."""
        threads["imap"] += r.randrange(1, 30)
        oip = ip4(r, r.choice(["45.148", "185.220", "193.32", "80.94"]))
        pre = [
            ("ip", "10.0.0.5"),
            ("oip", oip),
            ("via", f"{oip}(nginx/1.20.0)"),
            ("ua", f"Zimbra/{ZM_VERSION}"),
        ]
        th = f"ImapServer-{threads['imap']}"
        emit("INFO", th, pre, "imap", "%s elapsed=%d (NIO)", "CAPABILITY", 0, lo=5, hi=900)
        emit(
            "INFO",
            th,
            pre,
            "imap",
            "dropping connection due to unauthenticated idle connection timeout",
            lo=60,
            hi=62,
        )

    def pop_session(u: str, oip: str) -> None:
        threads["pop"] += r.randrange(1, 10)
        th = f"Pop3SSLServer-{threads['pop']}"
        ctx = [("name", acct(u)), ("ip", "10.0.0.5"), ("oip", oip)]
        emit(
            "INFO",
            th,
            ctx,
            "security",
            "cmd=Auth; account=%s; protocol=%s;",
            acct(u),
            "pop3",
            lo=10,
            hi=1200,
        )
        emit(
            "INFO",
            th,
            ctx,
            "pop",
            "user %s authenticated, mechanism=%s [TLS]",
            acct(u),
            "LOGIN",
            lo=0.001,
            hi=0.02,
        )

    def password_guessing() -> None:
        oip = ip4(r, r.choice(["45.148", "185.220", "193.32", "80.94", "141.98"]))
        proto = r.choice(["imap", "imap", "pop3", "soap"])
        for _ in range(r.randrange(3, 25)):
            known = r.random() < 0.7
            name = (
                acct(r.choice(ZM_USERS))
                if known
                else acct(
                    r.choice(["admin", "test", "info", "root", "postmaster", "office", "user"])
                )
            )
            th = {"imap": "ImapServer", "pop3": "Pop3SSLServer"}.get(proto)
            if th:
                threads["imap"] += 1
                th = f"{th}-{threads['imap']}"
                ctx = [("ip", "10.0.0.5"), ("oip", oip), ("via", f"{oip}(nginx/1.20.0)")]
            else:
                th = soap_thread("AuthRequest")
                ctx = [("oip", oip), ("ua", "python-requests/2.31.0"), ("soapId", hexid(r, 8))]
            if known:
                emit(
                    "INFO",
                    th,
                    ctx,
                    "security",
                    "cmd=Auth; account=%s; protocol=%s; error=authentication failed for [%s], invalid password;",
                    name,
                    proto,
                    name,
                    lo=0.5,
                    hi=20,
                )
            else:
                emit(
                    "INFO",
                    th,
                    ctx,
                    "security",
                    "cmd=Auth; account=%s; protocol=%s; error=authentication failed for [%s], account not found;",
                    name,
                    proto,
                    name,
                    lo=0.5,
                    hi=20,
                )
            if proto == "soap":
                emit(
                    "INFO",
                    th,
                    ctx,
                    "SoapEngine",
                    "handler exception: authentication failed for [%s]",
                    name,
                    lo=0.001,
                    hi=0.01,
                )

    def dav_poll(u: str, oip: str, ua: str) -> None:
        ctx = [
            ("name", acct(u)),
            ("mid", str(mids[u])),
            ("ip", "10.0.0.5"),
            ("oip", oip),
            ("ua", ua),
        ]
        path = f"/dav/{acct(u)}/Calendar/"
        th = soap_thread(path.strip("/").split("/", 1)[1], path="dav")
        emit(
            "INFO",
            th,
            ctx,
            "security",
            "cmd=Auth; account=%s; protocol=%s;",
            acct(u),
            "http_basic",
            lo=30,
            hi=900,
        )
        for op, depth in [("PROPFIND", "zero"), ("PROPFIND", "one"), ("REPORT", "one")][
            : r.randrange(1, 4)
        ]:
            emit(
                "INFO",
                th,
                ctx,
                "dav",
                "DavServlet operation %s to %s (depth: %s) finished in %dms",
                op,
                path,
                depth,
                r.randrange(4, 180),
                lo=0.05,
                hi=1,
            )
        if r.random() < 0.15:
            item = f"{path}{uuid4(r).upper()}.ics"
            appointment(u, ctx, th)
            emit(
                "INFO",
                th,
                ctx,
                "dav",
                "DavServlet operation %s to %s (depth: %s) finished in %dms",
                "PUT",
                item,
                "zero",
                r.randrange(30, 400),
                lo=0.01,
                hi=0.3,
            )

    # lmtp -----------------------------------------------------------------------------------
    def deliver(
        sender: str, rcpts: list[str], m: str | None = None, size: int | None = None
    ) -> None:
        threads["lmtp"] += r.randrange(1, 6)
        th = f"LmtpServer-{threads['lmtp']}"
        m = m or msgid()
        size = size or int(r.lognormvariate(10.5, 1.2))
        emit(
            "INFO",
            th,
            [("ip", "127.0.0.1")],
            "lmtp",
            "Delivering message: size=%s, nrcpts=%d, sender=%s, msgid=%s",
            f"{size} bytes",
            len(rcpts),
            sender,
            m,
            lo=0.5,
            hi=3,
        )
        for u in rcpts:
            rc = acct(u) if u in mids else u
            if u not in mids:
                emit(
                    "INFO",
                    th,
                    [("ip", "127.0.0.1")],
                    "lmtp",
                    "rejecting message from=%s,to=%s: account or mailbox not found",
                    sender,
                    rc,
                    lo=0.001,
                    hi=0.02,
                )
                continue
            ctx = [("name", acct(u)), ("mid", str(mids[u])), ("ip", "127.0.0.1")]
            if u == "billing" and over_quota[0]:
                emit(
                    "INFO",
                    th,
                    ctx,
                    "lmtp",
                    "rejecting message from=%s,to=%s: overquota",
                    sender,
                    rc,
                    lo=0.001,
                    hi=0.05,
                )
                continue
            if u == "noc":
                emit(
                    "INFO",
                    th,
                    ctx,
                    "lmtp",
                    "accepted and discarded message from=%s,to=%s: local delivery is disabled",
                    sender,
                    rc,
                    lo=0.001,
                    hi=0.05,
                )
                continue
            x = r.random()
            if x < 0.02:
                emit(
                    "INFO",
                    th,
                    ctx,
                    "lmtp",
                    "Not delivering message with duplicate Message-ID %s",
                    m,
                    lo=0.001,
                    hi=0.05,
                )
                continue
            if x < 0.026:
                emit(
                    "INFO",
                    th,
                    ctx,
                    "lmtp",
                    "try again for message from=%s,to=%s: another mail delivery in progress.",
                    sender,
                    rc,
                    lo=30,
                    hi=31,
                )
                continue
            if x < 0.032 and sender.endswith(("sendgrid.net", "linkedin.com")):
                emit(
                    "INFO",
                    th,
                    ctx,
                    "lmtp",
                    "rejecting message from=%s,to=%s: sieve filter rule",
                    sender,
                    rc,
                    lo=0.01,
                    hi=0.1,
                )
                continue
            folder = r.choice(
                [(2, "Inbox")] * 8
                + [
                    (4, "Junk"),
                    (
                        r.randrange(257, 300),
                        r.choice(["GitHub", "Newsletters", "Receipts", "Jira"]),
                    ),
                ]
            )
            add_message(u, ctx, th, folder, m)

    def inbound() -> None:
        sender = r.choice(ZM_SENDERS) if r.random() < 0.8 else acct(r.choice(ZM_USERS))
        n = 1 if r.random() < 0.75 else r.randrange(2, 6)
        rcpts = r.sample(ZM_USERS, n)
        if r.random() < 0.04:
            rcpts.append(
                r.choice(["j.smith", "old.account", "marketing", "webmaster"]) + "@" + ZM_DOMAIN
            )
        deliver(sender, rcpts)

    def blob_missing() -> None:
        u = r.choice(ZM_USERS)
        oip = ip4(r, "192.168.40")
        ctx = [
            ("name", acct(u)),
            ("mid", str(mids[u])),
            ("ip", "10.0.0.5"),
            ("oip", oip),
            ("ua", r.choice(ZM_WEB_UA)),
            ("soapId", hexid(r, 8)),
        ]
        th = soap_thread("GetMsgRequest")
        item = r.randrange(300, next_item[u])
        path = (
            f"/opt/zimbra/store/0/{mids[u]}/msg/{item >> 12}/{item}-{r.randrange(1000, 90000)}.msg"
        )
        stack = [
            f"com.zimbra.common.service.ServiceException: system failure: unable to fetch blob for item {item}: {path} (No such file or directory)",
            f"ExceptionId:{th}:{int(cur[0].timestamp() * 1000)}:{hexid(r, 16)}",
            "Code:service.FAILURE",
            *ZM_BLOB_FRAMES,
            f"Caused by: java.io.FileNotFoundException: {path} (No such file or directory)",
            "\tat java.base/java.io.FileInputStream.open0(Native Method)",
            "\tat java.base/java.io.FileInputStream.open(FileInputStream.java:219)",
            "\tat java.base/java.io.FileInputStream.<init>(FileInputStream.java:157)",
            "\tat com.zimbra.cs.store.file.FileBlobStore.getContent(FileBlobStore.java:331)",
            "\tat com.zimbra.cs.mailbox.MailItem.getContentStream(MailItem.java:1858)",
            "\t... 13 more",
        ]
        emit("WARN", th, ctx, "SoapEngine", "handler exception", stack=stack, lo=5, hi=600)

    def db_pool() -> None:
        threads["lmtp"] += r.randrange(1, 6)
        th = f"LmtpServer-{threads['lmtp']}"
        sender = r.choice(ZM_SENDERS)
        u = r.choice(ZM_USERS)
        ctx = [("name", acct(u)), ("mid", str(mids[u])), ("ip", "127.0.0.1")]
        stack = [
            "com.zimbra.common.service.ServiceException: system failure: getting database connection",
            f"ExceptionId:{th}:{int(cur[0].timestamp() * 1000)}:{hexid(r, 16)}",
            "Code:service.FAILURE",
            *ZM_DB_FRAMES,
            "Caused by: org.apache.commons.dbcp.SQLNestedException: Cannot get a connection, pool error Timeout waiting for idle object",
            "\tat org.apache.commons.dbcp.PoolingDataSource.getConnection(PoolingDataSource.java:114)",
            "\tat com.zimbra.cs.db.DbPool.getConnection(DbPool.java:304)",
            "\t... 17 more",
            "Caused by: java.util.NoSuchElementException: Timeout waiting for idle object",
            "\tat org.apache.commons.pool.impl.GenericObjectPool.borrowObject(GenericObjectPool.java:1174)",
            "\tat org.apache.commons.dbcp.PoolingDataSource.getConnection(PoolingDataSource.java:106)",
            "\t... 18 more",
        ]
        emit(
            "INFO",
            th,
            [("ip", "127.0.0.1")],
            "lmtp",
            "Delivering message: size=%s, nrcpts=%d, sender=%s, msgid=%s",
            f"{r.randrange(3000, 90000)} bytes",
            1,
            sender,
            msgid(),
            lo=0.5,
            hi=20,
        )
        emit(
            "WARN",
            th,
            ctx,
            "lmtp",
            "try again for message from=%s,to=%s",
            sender,
            acct(u),
            stack=stack,
            lo=30,
            hi=31,
        )

    # the run -------------------------------------------------------------------------------
    over_quota = [False]
    homes = {u: ip4(r, r.choice(["192.168.40", "192.168.41", "10.20.3"])) for u in ZM_USERS}
    mobiles = {u: ip4(r, r.choice(["89.204", "176.2", "92.40", "5.146"])) for u in ZM_USERS}
    uas = {u: r.choice(ZM_WEB_UA) for u in ZM_USERS}
    imap_clients = {u: r.choice(ZM_IMAP_CLIENTS) for u in ZM_USERS}
    dav_users = {u: r.choice(ZM_DAV_UA) for u in r.sample(ZM_USERS, 9)}
    end = t0 + timedelta(hours=27)
    clock = t0
    incidents = [
        (t0 + timedelta(hours=2, minutes=48), password_guessing),
        (t0 + timedelta(hours=5, minutes=17), blob_missing),
        (t0 + timedelta(hours=9, minutes=2), lambda: over_quota.__setitem__(0, True)),
        (t0 + timedelta(hours=13, minutes=40), db_pool),
        (t0 + timedelta(hours=15, minutes=5), lambda: over_quota.__setitem__(0, False)),
        (t0 + timedelta(hours=19, minutes=12), password_guessing),
        (t0 + timedelta(hours=22, minutes=31), db_pool),
        (t0 + timedelta(hours=29, minutes=48), blob_missing),
    ]
    while clock < end:
        busy = 7 <= clock.hour < 19
        clock += timedelta(seconds=r.expovariate(1 / (200 if busy else 700)))
        cur[0] = clock
        if incidents and clock >= incidents[0][0]:
            incidents.pop(0)[1]()
            continue
        u = r.choice(ZM_USERS)
        du = r.choice(sorted(dav_users))
        pick(
            r,
            [
                (3 if busy else 0.3, lambda: web_session(u, homes[u], uas[u])),
                (
                    3 if busy else 1,
                    lambda: imap_session(
                        u, r.choice([homes[u], mobiles[u]]), imap_clients[u], r.random() < 0.2
                    ),
                ),
                (0.2, lambda: pop_session(u, mobiles[u])),
                (6 if busy else 2, inbound),
                (1.5, lambda: dav_poll(du, homes[du], dav_users[du])),
                (0.12, password_guessing),
                (0.3, imap_probe),
                (0.15, admin_session),
            ],
        )
    events.sort(key=lambda e: (e[0], e[1]))
    for _, _, line, lab, stack in events:
        log.add(line, lab)
        for s in stack:
            log.add(s, None)
    return [log]


# --------------------------------------------------------------------------------- ibmmq

MQ_QM = "QM1"
MQ_HOST = "mq1"
MQ_VRMF = "9.3.0.15"
MQ_APPS = [  # (client host, IP, channel, MCA user)
    ("app01.example.com", "10.0.4.21", "APP.SVRCONN", "app"),
    ("app02.example.com", "10.0.4.22", "APP.SVRCONN", "app"),
    ("app03.example.com", "10.0.4.23", "APP.SVRCONN", "app"),
    ("batch01.example.com", "10.0.4.40", "BATCH.SVRCONN", "batch"),
    ("esb01.example.com", "10.0.5.11", "ESB.SVRCONN", "esbuser"),
    ("esb02.example.com", "10.0.5.12", "ESB.SVRCONN", "esbuser"),
    ("ops-ws17.example.com", "10.0.9.117", "ADMIN.SVRCONN", "mqadmin"),
    ("k8s-node-3.example.com", "10.0.6.33", "APP.TLS.SVRCONN", "app"),
    ("k8s-node-5.example.com", "10.0.6.35", "APP.TLS.SVRCONN", "app"),
]
MQ_REMOTE = ("qm2.example.com", "10.0.2.20", "QM1.TO.QM2", "QM2.TO.QM1")
MQ_TASKS = [
    "LOGGER-IO",
    "CHECKPOINT",
    "ERROR-LOG",
    "APP-SIGNAL",
    "APP-SIGNAL",
    "APP-SIGNAL",
    "DEFERRED-MSG",
    "EXPIRER",
    "ASYNCQ-MANAGER",
    "STATISTICS",
    "MARKINTSCAN",
    "DUR-SUBS-MGR",
    "Q-DELETION",
    "MULTICAST",
]
MQ_PUBSUB = [
    "IBM MQ Distributed Pub/Sub Controller",
    "IBM MQ Distributed Pub/Sub Fan Out Task",
    "IBM MQ Distributed Pub/Sub Command Task",
    "IBM MQ Distributed Pub/Sub Publish Task",
]


def ibmmq(r: random.Random) -> list[Log]:
    """One IBM MQ 9.3 queue manager (QM1 on mq1) over four days, its error log in two files
    (AMQERR02.LOG the older, AMQERR01.LOG the newer, as MQ rotates them): a start after
    maintenance (the utility tasks, log replay and transaction recovery, the queue manager,
    channel initiator, command server, listener, repository manager and pub/sub tasks
    started), client connections dropping (AMQ9209E, some with AMQ9208E's receive error and
    AMQ9999E after), the sender channel to QM2 starting and ending on its disconnect interval,
    QM2 unreachable for a while (AMQ9202E retries, AMQ9558E), a full application queue sending
    a receiver channel's messages to the dead-letter queue (AMQ9544E), an application with a
    wrong password (AMQ5534E / AMQ5542I / AMQ9557E), channel authentication records blocking
    addresses and users, authority failures, TLS channels without certificates, media-recovery
    log notices, a full log (AMQ7463W, the long-running transaction, its rollback), and a
    controlled restart (the processes ending, channels closed by request, the queue manager
    ended and started again)."""
    t0 = datetime(2024, 6, 4, 5, 58, 12, tzinfo=UTC)
    old, new = Log("AMQERR02.LOG", t0), Log("AMQERR01.LOG", t0)
    cur = [old]
    clock = Clock(t0)
    rotate_at = t0 + timedelta(days=2, hours=3, minutes=27)
    pids = {
        "amqzxma0": 2981,
        "amqzmuc0": 2987,
        "amqzmgr0": 3004,
        "amqrmppa": 3412,
        "amqzlaa0": 3190,
        "runmqchl": 3460,
        "runmqlsr": 3455,
        "runmqchi": 3458,
        "amqrrmfa": 3449,
        "amqfqpub": 3451,
        "amqpcsea": 3446,
        "endmqm": 0,
        "strmqm": 0,
    }
    pool2 = [5127]
    task_starts: dict[str, int] = {}
    extent = [2741]
    txn = [0]

    def wrap(text: str) -> list[str]:
        out: list[str] = []
        for n, para in enumerate(text.split("\n\n")):
            if n:
                out.append("")
            out.extend(textwrap.wrap(para, 75, break_long_words=False, break_on_hyphens=False))
        return out

    def rec(
        program: str,
        amq: str,
        fmt: str,
        vals: tuple = (),
        expl: str = "",
        action: str = "None.",
        src: tuple[str, int] = ("amqxxxxx.c", 0),
        arith: tuple[int, ...] = (),
        comments: tuple[str, ...] = (),
        remote: str | None = None,
        lo: float = 0.0,
        hi: float = 0.5,
        tid: int | None = None,
    ) -> None:
        if clock.t >= rotate_at and cur[0] is old:
            cur[0] = new
        log = cur[0]
        t = clock.at(log, r, lo, hi)
        clock.t = t
        pid = pids[program]
        if program == "amqrmppa" and r.random() < 0.35:
            pid = pool2[0]
        tid = (
            tid
            if tid is not None
            else (
                1
                if program in ("amqzxma0", "amqzmgr0", "strmqm", "endmqm", "runmqlsr")
                else r.randrange(3, 90)
            )
        )
        ind = " " * 20
        log.add(
            f"{t:%m/%d/%Y %I:%M:%S %p} - Process({pid}.{tid}) User(mqm) Program({program})",
            label(f"{amq}: {fmt}"),
        )
        log.add(f"{ind}Host({MQ_HOST}) Installation(Installation1)", None)
        log.add(f"{ind}VRMF({MQ_VRMF}) QMgr({MQ_QM})", None)
        log.add(f"{ind}Time({t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z)", None)
        if remote:
            log.add(f"{ind}RemoteHost({remote})", None)
        if arith:
            log.add(ind + " ".join(f"ArithInsert{i + 1}({a})" for i, a in enumerate(arith)), None)
        for i, c in enumerate(comments):
            log.add(f"{ind}CommentInsert{i + 1}({c})", None)
        log.add(" " * 19, None)
        for line in wrap(f"{amq}: {fill(fmt, *vals)}"):
            log.add(line, None)
        log.add("", None)
        log.add("EXPLANATION:", None)
        for line in wrap(expl):
            log.add(line, None)
        log.add("ACTION:", None)
        for line in wrap(action):
            log.add(line, None)
        head = f"----- {src[0]} : {src[1]} "
        log.add(head + "-" * (80 - len(head)), None)

    def hostname(h: str, ip: str) -> str:
        return f"{h} ({ip})"

    # channels ---------------------------------------------------------------------------
    def conn_closed(
        app: tuple[str, str, str, str], lo: float = 0, hi: float = 0.5, tid: int | None = None
    ) -> None:
        h, ip, ch, _ = app
        hn = hostname(h, ip)
        rec(
            "amqrmppa",
            "AMQ9209E",
            "Connection to host '%s' for channel '%s' closed.",
            (hn, ch),
            f"An error occurred receiving data from '{hn}' over TCP/IP. The connection to the remote host has unexpectedly terminated.\n\nThe channel name is '{ch}'; in some cases it cannot be determined and so is shown as '????'.",
            "Tell the systems administrator.",
            ("amqccita.c", 4214),
            comments=(hn, "TCP/IP", ch),
            remote=ip,
            lo=lo,
            hi=hi,
            tid=tid,
        )

    def recv_error(app, rc: int) -> int:
        h, ip, ch, _ = app
        hn = hostname(h, ip)
        tid = r.randrange(3, 90)
        rec(
            "amqrmppa",
            "AMQ9208E",
            "Error on receive from host '%s'.",
            (hn,),
            f"An error occurred receiving data from '{hn}' over TCP/IP. This may be due to a communications failure.",
            f"The return code from the TCP/IP recv() call was {rc} (X'{rc:X}'). Record these values and tell the systems administrator.",
            ("amqccita.c", 4155),
            arith=(rc,),
            comments=(hn, "TCP/IP", ch),
            remote=ip,
            lo=0,
            hi=2,
            tid=tid,
        )
        return tid

    def ended_abnormally(ch: str, hn: str, tid: int | None = None) -> None:
        pid = pids["amqrmppa"]
        rec(
            "amqrmppa",
            "AMQ9999E",
            "Channel '%s' to host '%s' ended abnormally.",
            (ch, hn),
            f"The channel program running under process ID {pid} for channel '{ch}' ended abnormally. The host name is '{hn}'; in some cases the host name cannot be determined and so is shown as '????'.",
            'Look at previous error messages for the channel program in the error logs to determine the cause of the failure. Note that this message can be excluded completely or suppressed by tuning the "ExcludeMessage" or "SuppressMessage" attributes under the "QMErrorLog" stanza in qm.ini. Further information can be found in the System Administration Guide.',
            ("amqrmrsa.c", 938),
            arith=(pid,),
            comments=(ch, hn),
            lo=0.001,
            hi=0.01,
            tid=tid,
        )

    def client_drop() -> None:
        app = r.choice(MQ_APPS)
        x = r.random()
        if x < 0.35:
            tid = recv_error(app, r.choice([104, 104, 110, 113]))
            conn_closed(app, lo=0.001, hi=0.01, tid=tid)
            ended_abnormally(app[2], hostname(app[0], app[1]), tid)
        elif x < 0.55:
            conn_closed(app, lo=0, hi=2)
            ended_abnormally(app[2], hostname(app[0], app[1]))
        else:
            conn_closed(app, lo=0, hi=2)

    sender_up = [False]

    def sender_cycle() -> None:
        """The sender channel starts when a message arrives on its transmission queue and
        ends after its disconnect interval; the receiver from QM2 does the same."""
        ch = r.choice([MQ_REMOTE[2], MQ_REMOTE[2], MQ_REMOTE[3]])
        if not sender_up[0]:
            rec(
                "amqrmppa",
                "AMQ9002I",
                "Channel '%s' is starting.",
                (ch,),
                f"Channel '{ch}' is starting.",
                src=("amqrccca.c", 1018),
                comments=(ch,),
                lo=0,
                hi=2,
            )
        else:
            rec(
                "amqrmppa",
                "AMQ9001I",
                "Channel '%s' ended normally.",
                (ch,),
                f"Channel '{ch}' ended normally.",
                src=("amqrmrsa.c", 914),
                comments=(ch,),
                lo=0,
                hi=2,
            )
        sender_up[0] = not sender_up[0]

    def remote_down(minutes: int) -> None:
        h, ip, ch, _ = MQ_REMOTE
        target = f"{h} ({ip})(1414)"
        rec(
            "amqrmppa",
            "AMQ9002I",
            "Channel '%s' is starting.",
            (ch,),
            f"Channel '{ch}' is starting.",
            src=("amqrccca.c", 1018),
            comments=(ch,),
            lo=1,
            hi=60,
        )
        ends = clock.t + timedelta(minutes=minutes)
        short = 10
        while clock.t < ends:
            rec(
                "runmqchl",
                "AMQ9202E",
                "Remote host '%s' not available, retry later.",
                (target,),
                f"The attempt to allocate a conversation using TCP/IP to host '{target}' for channel {ch} was not successful. However the error may be a transitory one and it may be possible to successfully allocate a TCP/IP conversation later.\n\nIn some cases the remote host cannot be determined and so is shown as '????'.",
                f"Try the connection again later. If the failure persists, record the error values and contact your systems administrator. The return code from TCP/IP is 111 (X'6F'). The reason for the failure may be that this host cannot reach the destination host. It may also be possible that the listening program at host '{target}' was not running. If this is the case, perform the relevant operations to start the TCP/IP listening program, and try again.",
                ("amqccita.c", 4889),
                arith=(111, 111),
                comments=(target, "TCP/IP", ch),
                lo=59 if short else 1199,
                hi=61 if short else 1201,
            )
            short = max(0, short - 1)
            if short == 0 and r.random() < 0.3:
                ended_abnormally(ch, target)
        rec(
            "runmqchl",
            "AMQ9558E",
            "The remote channel '%s' on host '%s' is not currently available.",
            (ch, target),
            f"The channel program ended because an instance of channel '{ch}' could not be started on the remote system. This could be for one of the following reasons:\n\nThe channel is disabled.\n\nThe remote system does not have sufficient resources to run another instance of the channel.\n\nIn the case of a client-connection channel, the limit on the number of instances configured for the remote server-connection channel was reached.",
            "Check the remote system to ensure that the channel is able to run. Try the operation again.",
            ("amqrfpta.c", 1131),
            comments=(ch, target),
            lo=60,
            hi=61,
        )
        ended_abnormally(ch, target)
        sender_cycle()

    def dead_letter(n: int) -> None:
        ch = MQ_REMOTE[3]
        for _ in range(n):
            pid = pids["amqrmppa"]
            rec(
                "amqrmppa",
                "AMQ9544E",
                "Messages not put to destination queue.",
                (),
                f"During the processing of channel '{ch}' one or more messages could not be put to the destination queue and attempts were made to put them to a dead-letter queue. The location of the queue is 1, where 1 is the local dead-letter queue and 2 is the remote dead-letter queue.",
                f"Examine the contents of the dead-letter queue. Each message is contained in a structure that describes why the message was put to the queue, and to where it was originally addressed. Also look at previous error messages to see if the attempt to put messages to a dead-letter queue failed. The program identifier (PID) of the processing program was '{pid}'.",
                ("amqrmtra.c", 2134),
                arith=(1,),
                comments=(ch, str(pid)),
                lo=30,
                hi=400,
            )

    def bad_password(tries: int) -> None:
        h, ip, ch, _ = r.choice([a for a in MQ_APPS if a[2] != "ADMIN.SVRCONN"])
        user = r.choice(["svc_orders", "svc_billing", "app"])
        for _ in range(tries):
            rec(
                "amqrmppa",
                "AMQ5534E",
                "User ID '%s' authentication failed",
                (user,),
                f"The user ID and password supplied by '{r.choice(['java', 'amqsputc', 'OrderService.jar'])}' could not be authenticated.",
                "Ensure that the correct user ID and password are provided by the application. Ensure that the authentication repository is correctly configured. Look at previous error messages for any additional information.",
                ("amqzfuca.c", 4542),
                comments=(user,),
                lo=25,
                hi=35,
            )
            rec(
                "amqrmppa",
                "AMQ5542I",
                "The failed authentication check was caused by the queue manager CONNAUTH CHCKCLNT(%s) configuration.",
                ("REQDADM",),
                f"The user ID '{user}' and its password were checked because the queue manager connection authority (CONNAUTH) configuration refers to an authentication information (AUTHINFO) object named 'SYSTEM.DEFAULT.AUTHINFO.IDPWOS' with CHCKCLNT(REQDADM).\n\nThis message accompanies a previous error to clarify the reason for the user ID and password check.",
                "Refer to the previous error for more information.\n\nEnsure that a password is specified by the client application and that the password is correct for the user ID. The authentication configuration of the queue manager connection determines the user ID repository. For example, the local operating system user database or an LDAP server.",
                ("amqzfuca.c", 4576),
                comments=(user, "CHCKCLNT", "REQDADM"),
                lo=0,
                hi=0.005,
            )
            rec(
                "amqrmppa",
                "AMQ9557E",
                "Queue Manager User ID initialization failed for '%s'.",
                (user,),
                f"The call to initialize the User ID '{user}' failed with CompCode 2 and Reason 2035. If an MQCSP block was used, the User ID in the MQCSP block was '{user}'. If a userID flow was used, the User ID in the UID header was '' and any CHLAUTH rules applied prior to user adoption were evaluated case-sensitively against this value.",
                "Correct the error and try again.",
                ("amqrmcda.c", 1306),
                arith=(2, 2035),
                comments=(user, ch, hostname(h, ip)),
                remote=ip,
                lo=0.001,
                hi=0.01,
            )

    def chlauth_block() -> None:
        if r.random() < 0.5:
            ip = ip4(r, r.choice(["10.0.7", "10.0.8", "172.16.3"]))
            ch = r.choice(["APP.SVRCONN", "SYSTEM.DEF.SVRCONN", "SYSTEM.ADMIN.SVRCONN"])
            user = r.choice(["root", "jenkins", "app", "nobody"])
            rec(
                "amqrmppa",
                "AMQ9777E",
                "Channel was blocked",
                (),
                f"The inbound channel '{ch}' was blocked from address '{ip}' because the active values of the channel matched a record configured with USERSRC(NOACCESS). The active values of the channel were 'CLNTUSER({user}) ADDRESS({ip})'.",
                "Contact the systems administrator, who should examine the channel authentication records to ensure that the correct settings have been configured. The ALTER QMGR CHLAUTH switch is used to control whether channel authentication records are used. The command DISPLAY CHLAUTH can be used to query the channel authentication records.",
                ("amqrcsia.c", 1217),
                comments=(ch, ip, f"CLNTUSER({user}) ADDRESS({ip})"),
                remote=ip,
                lo=0,
                hi=2,
            )
        else:
            ip = r.choice(["10.0.9.117", "10.0.9.140", "10.0.4.40"])
            ch = r.choice(["ADMIN.SVRCONN", "BATCH.SVRCONN"])
            rec(
                "amqrmppa",
                "AMQ9776E",
                "Channel was blocked by userid",
                (),
                f"The inbound channel '{ch}' was blocked from address '{ip}' because the active values of the channel were mapped to a userid which should be blocked. The active values of the channel were 'CLNTUSER(mqm)'.",
                "Contact the systems administrator, who should examine the channel authentication records to ensure that the correct settings have been configured. The ALTER QMGR CHLAUTH switch is used to control whether channel authentication records are used. The command DISPLAY CHLAUTH can be used to query the channel authentication records.",
                ("amqrcsia.c", 1184),
                comments=(ch, ip, "CLNTUSER(mqm)"),
                remote=ip,
                lo=0,
                hi=2,
            )

    def not_authorized() -> None:
        user, obj, kind, perm = r.choice(
            [
                ("app", "APP.ORDERS.REPLY", "queue", "put"),
                ("app", "SYSTEM.ADMIN.COMMAND.QUEUE", "queue", "put"),
                ("batch", "APP.BILLING.IN", "queue", "get"),
                ("esbuser", "ESB.EVENTS", "topic", "pub"),
                ("esbuser", "QM1", "qmgr", "inq"),
                ("svc_orders", "APP.ORDERS.IN", "queue", "browse"),
            ]
        )
        rec(
            "amqzlaa0",
            "AMQ8077W",
            "Entity '%s' has insufficient authority to access object %s [%s].",
            (user, obj, kind),
            f"The specified entity is not authorized to access the required object. The following requested permissions are unauthorized: {perm}",
            "Ensure that the correct level of authority has been set for this entity against the required object, or ensure that the entity is a member of a privileged group.",
            ("amqzfubn.c", 679),
            comments=(user, obj, perm),
            lo=0,
            hi=2,
        )

    def tls_problem() -> None:
        h, ip, ch, _ = r.choice([a for a in MQ_APPS if "TLS" in a[2]])
        hn = hostname(h, ip)
        if r.random() < 0.5:
            rec(
                "amqrmppa",
                "AMQ9665E",
                "SSL connection closed by remote end of channel '%s'.",
                ("????",),
                f"The SSL or TLS connection was closed by the remote host '{hn}' during the secure socket handshake. The channel is '????'; in some cases its name cannot be determined and so is shown as '????'. The channel did not start.",
                "Check the remote end of the channel for SSL or TLS-related errors. Fix them and restart the channel.",
                ("amqccisa.c", 6810),
                comments=("????", hn),
                remote=ip,
                lo=0,
                hi=2,
            )
        else:
            rec(
                "amqrmppa",
                "AMQ9637E",
                "Channel is lacking a certificate.",
                (),
                f"The channel is lacking a certificate to use for the SSL handshake. The channel name is '{ch}' (if '????' it is unknown at this stage in the SSL processing). The remote host is '{hn}'. The channel did not start.",
                "Make sure the appropriate certificates are correctly configured in the key repositories for both ends of the channel. If you have migrated from IBM MQ V7.0 to IBM MQ V7.5 or later, it is possible that a missing Certificate Authority (CA) certificate has been hidden by the certificate lookup behavior of previous releases.",
                ("amqccisa.c", 6470),
                comments=(ch, hn),
                remote=ip,
                lo=0,
                hi=2,
            )
        ended_abnormally(ch, hn)

    def media_notices() -> None:
        extent[0] += r.randrange(1, 4)
        f1 = f"S{extent[0]:07d}.LOG"
        f2 = f"S{extent[0] - r.randrange(0, 3):07d}.LOG"
        rec(
            "amqzmuc0",
            "AMQ7467I",
            "The oldest log file required to start queue manager %s is %s.",
            (MQ_QM, f1),
            f"The log file {f1} contains the oldest log record required to restart the queue manager. Log records older than this may be required for media recovery.",
            f"You can move log files older than {f1} to an archive medium to release space in the log directory. If you move any of the log files required to recreate objects from their media images, you will have to restore them to recreate the objects.",
            ("amqalcra.c", 1105),
            comments=(MQ_QM, f1),
            lo=0,
            hi=2,
        )
        rec(
            "amqzmuc0",
            "AMQ7468I",
            "The oldest log file required to perform media recovery of queue manager %s is %s.",
            (MQ_QM, f2),
            f"The log file {f2} contains the oldest log record required to recreate any of the objects from their media images. Any log files prior to this will not be accessed by media recovery operations.",
            f"You can move log files older than {f2} to an archive medium to release space in the log directory.",
            ("amqalcra.c", 1131),
            comments=(MQ_QM, f2),
            lo=0.001,
            hi=0.01,
        )

    def log_full() -> None:
        txn[0] += 1
        tx = f"0.{r.randrange(3, 20)}.{r.randrange(10, 40)}.{r.randrange(1000, 9000)}"
        start = clock.t - timedelta(minutes=r.randrange(50, 300))
        rec(
            "amqzlaa0",
            "AMQ7486I",
            "Transaction %s was preventing log space from being released.",
            (tx,),
            f"A long-running transaction was detected, and this message is intended to help identify the application associated with this long-running transaction. Message AMQ7469 or AMQ7485 will be issued if the transaction was rolled back or forced to be a distributed transaction.\n\nThe transaction was started at {start:%Y-%m-%d %H.%M.%S}, and first wrote to the log at {start + timedelta(seconds=2):%Y-%m-%d %H.%M.%S}. The following information may help identify the application: ApplName: BillingExport.jar ApplPid: 48213 ApplTid: 27 ConnTag: MQCT{hexid(r, 16).upper()}{MQ_QM}",
            "Investigate the application to determine why the transaction was not committed or rolled back for a long time.",
            ("amqaatma.c", 3880),
            comments=(tx,),
            lo=60,
            hi=600,
        )
        for _ in range(r.randrange(2, 5)):
            rec(
                "amqzlaa0",
                "AMQ7463W",
                "The log for queue manager %s is full.",
                (MQ_QM,),
                f"An attempt to write a log record was rejected because the log for queue manager {MQ_QM} is full. The queue manager will attempt to resolve the problem.",
                "This situation may be encountered during a period of unusually high message traffic. However, if you persistently fill the log, you may have to consider enlarging the size of the log. You can either increase the number of log files by changing the values in the queue manager configuration file. You will then have to stop and restart the queue manager. Alternatively, if you need to make the log files themselves bigger, you will have to delete and recreate the queue manager.",
                ("amqaatma.c", 4013),
                comments=(MQ_QM,),
                lo=0.5,
                hi=40,
            )
        rec(
            "amqzlaa0",
            "AMQ7469I",
            "Transactions rolled back to release log space.",
            (),
            "The log space for the queue manager is becoming full. One or more long-running transactions have been rolled back to release log space so that the queue manager can continue to process requests.",
            "Try to ensure that the duration of your transactions is not excessive. Consider increasing the size of the log to allow transactions to last longer before the log starts to become full.",
            ("amqaatma.c", 4152),
            lo=1,
            hi=20,
        )

    # start and stop -------------------------------------------------------------------------
    def task_started(task: str, lo: float = 0.001, hi: float = 0.05) -> None:
        task_starts[task] = task_starts.get(task, 0) + 1
        rec(
            "amqzmuc0",
            "AMQ5051I",
            "The queue manager task '%s' has started.",
            (task,),
            f"The critical utility task manager has started the {task} task. This task has now started {task_starts[task]} times.",
            src=("amqzmut0.c", 1034),
            arith=(task_starts[task],),
            comments=(task,),
            lo=lo,
            hi=hi,
        )

    def start_qmgr() -> None:
        pids["amqzxma0"] += r.randrange(50, 400)
        pids["amqzmuc0"] = pids["amqzxma0"] + 6
        for task in MQ_TASKS[:3]:
            task_started(task, lo=0.2, hi=0.6)
        replayed = r.randrange(0, 40000)
        if replayed:
            rec(
                "amqzxma0",
                "AMQ7229I",
                "%d log records accessed on queue manager '%s' during the log replay phase.",
                (replayed, MQ_QM),
                f"{replayed} log records have been accessed so far on queue manager {MQ_QM} during the log replay phase in order to bring the queue manager back to a previously known state.",
                src=("amqrrmfa.c", 935),
                arith=(replayed,),
                comments=(MQ_QM,),
                lo=0.5,
                hi=4,
            )
        rec(
            "amqzxma0",
            "AMQ7230I",
            "Log replay for queue manager '%s' complete.",
            (MQ_QM,),
            f"The log replay phase of the queue manager restart process has been completed for queue manager {MQ_QM}.",
            src=("amqrrmfa.c", 980),
            comments=(MQ_QM,),
            lo=0.1,
            hi=2,
        )
        recov = r.randrange(0, 30)
        rec(
            "amqzxma0",
            "AMQ7231I",
            "%d log records accessed on queue manager '%s' during the recovery phase of the transaction manager.",
            (recov, MQ_QM),
            f"{recov} log records have been accessed so far on queue manager {MQ_QM} during the recovery phase of the transaction manager state.",
            src=("amqrrmfa.c", 1021),
            arith=(recov,),
            comments=(MQ_QM,),
            lo=0.05,
            hi=0.5,
        )
        rec(
            "amqzxma0",
            "AMQ7232I",
            "Transaction manager state recovered for queue manager '%s'.",
            (MQ_QM,),
            f"The state of transactions at the time the queue manager ended has been recovered for queue manager {MQ_QM}.",
            src=("amqrrmfa.c", 1044),
            comments=(MQ_QM,),
            lo=0.01,
            hi=0.2,
        )
        inflight = r.randrange(0, 3)
        rec(
            "amqzxma0",
            "AMQ7233I",
            "%d out of %d in-flight transactions resolved for queue manager '%s'.",
            (inflight, inflight, MQ_QM),
            f"{inflight} transactions out of {inflight} in-flight at the time queue manager {MQ_QM} ended have been resolved.",
            src=("amqrrmfa.c", 1073),
            arith=(inflight, inflight),
            comments=(MQ_QM,),
            lo=0.01,
            hi=0.2,
        )
        for task in MQ_TASKS[3:]:
            task_started(task)
        rec(
            "amqzxma0",
            "AMQ8003I",
            "IBM MQ queue manager '%s' started using V%s.",
            (MQ_QM, MQ_VRMF),
            f"IBM MQ queue manager '{MQ_QM}' started using V{MQ_VRMF}.",
            src=("amqzxma0.c", 2419),
            comments=(MQ_VRMF, MQ_QM),
            lo=0.2,
            hi=1,
        )
        for prog, amq, fmt, what in [
            (
                "amqzmgr0",
                "AMQ5022I",
                "The channel initiator has started. ProcessId(%d).",
                "The channel initiator process has started.",
            ),
            (
                "amqzmgr0",
                "AMQ5024I",
                "The command server has started. ProcessId(%d).",
                "The command server process has started.",
            ),
        ]:
            p = r.randrange(3400, 3500)
            rec(prog, amq, fmt, (p,), what, src=("amqzmgr0.c", 2710), arith=(p,), lo=0.2, hi=1.5)
        p = r.randrange(3400, 3500)
        pids["runmqlsr"] = p
        rec(
            "amqzmgr0",
            "AMQ5026I",
            "The listener '%s' has started. ProcessId(%d).",
            ("LISTENER.TCP", p),
            "The listener process has started.",
            src=("amqzmgr0.c", 2710),
            arith=(p,),
            comments=("LISTENER.TCP",),
            lo=0.1,
            hi=1,
        )
        rec(
            "runmqchi",
            "AMQ8024I",
            "IBM MQ channel initiator started.",
            (),
            "The channel initiator for queue SYSTEM.CHANNEL.INITQ has been started.",
            src=("amqrimna.c", 1094),
            comments=("SYSTEM.CHANNEL.INITQ",),
            lo=0.1,
            hi=1,
        )
        rec(
            "amqrrmfa",
            "AMQ9410I",
            "Repository manager started.",
            (),
            "The repository manager started successfully.",
            src=("amqrrmfa.c", 2151),
            lo=0.1,
            hi=2,
        )
        for name in MQ_PUBSUB:
            p = pids["amqfqpub"]
            rec(
                "amqfqpub",
                "AMQ5975I",
                "'%s' has started. ProcessId(%d).",
                (name, p),
                f"The process '{name}' has started.",
                src=("amqfqpua.c", 5830),
                arith=(p,),
                comments=(name,),
                lo=0.05,
                hi=0.5,
            )

    def stop_qmgr() -> None:
        for amq, fmt, what in [
            (
                "AMQ5023I",
                "The channel initiator has ended. ProcessId(%d).",
                "The channel initiator process has ended.",
            ),
            (
                "AMQ5025I",
                "The command server has ended. ProcessId(%d).",
                "The command server process has ended.",
            ),
        ]:
            p = r.randrange(3400, 3500)
            rec(
                "amqzmgr0", amq, fmt, (p,), what, src=("amqzmgr0.c", 2799), arith=(p,), lo=0.5, hi=3
            )
        rec(
            "amqzmgr0",
            "AMQ5027I",
            "The listener '%s' has stopped. ProcessId(%d).",
            ("LISTENER.TCP", pids["runmqlsr"]),
            "The listener process has stopped.",
            src=("amqzmgr0.c", 2799),
            arith=(pids["runmqlsr"],),
            comments=("LISTENER.TCP",),
            lo=0.1,
            hi=1,
        )
        for ch in ["APP.SVRCONN", "APP.SVRCONN", "ESB.SVRCONN", MQ_REMOTE[3], "APP.TLS.SVRCONN"]:
            rec(
                "amqrmppa",
                "AMQ9528I",
                "User requested closure of channel '%s'.",
                (ch,),
                "The channel is closing because of a request by the user.",
                src=("amqrmrsa.c", 1210),
                comments=(ch,),
                lo=0.01,
                hi=0.3,
            )
        rec(
            "amqrrmfa",
            "AMQ9411I",
            "Repository manager ended normally.",
            (),
            "The repository manager ended normally.",
            src=("amqrrmfa.c", 2395),
            lo=0.2,
            hi=2,
        )
        for task in MQ_TASKS[3:]:
            rec(
                "amqzmuc0",
                "AMQ5041I",
                "The queue manager task '%s' has ended.",
                (task,),
                f"The queue manager task {task} has ended.",
                src=("amqzmut0.c", 1211),
                comments=(task,),
                lo=0.001,
                hi=0.1,
            )
        rec(
            "amqzxma0",
            "AMQ8004I",
            "IBM MQ queue manager '%s' ended.",
            (MQ_QM,),
            f"IBM MQ queue manager '{MQ_QM}' ended.",
            src=("amqzxma0.c", 2894),
            comments=(MQ_QM,),
            lo=0.5,
            hi=3,
        )

    # the run --------------------------------------------------------------------------------
    start_qmgr()
    sender_cycle()
    end = t0 + timedelta(days=4)
    incidents = [
        (t0 + timedelta(hours=14, minutes=7), lambda: remote_down(r.randrange(25, 45))),
        (t0 + timedelta(hours=20, minutes=44), lambda: bad_password(r.randrange(8, 16))),
        (t0 + timedelta(days=1, hours=3, minutes=12), lambda: dead_letter(r.randrange(12, 25))),
        (t0 + timedelta(days=1, hours=22, minutes=5), log_full),
        (t0 + timedelta(days=2, hours=1, minutes=30), stop_qmgr),
        (t0 + timedelta(days=2, hours=1, minutes=36), start_qmgr),
        (t0 + timedelta(days=2, hours=16, minutes=20), lambda: bad_password(r.randrange(3, 7))),
        (t0 + timedelta(days=3, hours=2, minutes=50), lambda: remote_down(r.randrange(70, 110))),
        (t0 + timedelta(days=3, hours=11, minutes=18), lambda: dead_letter(r.randrange(5, 12))),
    ]
    while clock.t < end:
        if incidents and clock.t >= incidents[0][0]:
            incidents.pop(0)[1]()
            continue
        busy = 7 <= clock.t.hour < 20 and clock.t.weekday() < 5
        clock.adv(r, 0, 1)
        clock.t += timedelta(seconds=r.expovariate(1 / (520 if busy else 1500)))
        pick(
            r,
            [
                (14, client_drop),
                (4, sender_cycle),
                (1.2, media_notices),
                (1, chlauth_block),
                (1.2, not_authorized),
                (0.6, tls_problem),
            ],
        )
    return [old, new]


# --------------------------------------------------------------------------------- sonarr

SONARR_VER = "4.0.5.1710"
SONARR_SERIES = [  # (tvdb id, title, release stem)
    (371980, "Severance", "Severance"),
    (305288, "Stranger Things", "Stranger.Things"),
    (361753, "The Mandalorian", "The.Mandalorian"),
    (383275, "The Bear", "The.Bear"),
    (392256, "The Last of Us", "The.Last.of.Us"),
    (371572, "Andor", "Andor"),
    (81189, "Breaking Bad", "Breaking.Bad"),
    (355567, "The Boys", "The.Boys"),
    (403245, "Shogun (2024)", "Shogun.2024"),
    (424536, "Fallout", "Fallout"),
    (420657, "3 Body Problem", "3.Body.Problem"),
    (397424, "Frieren: Beyond Journey's End", "[SubsPlease] Sousou no Frieren"),
    (366524, "Only Murders in the Building", "Only.Murders.in.the.Building"),
    (328724, "Bluey (2018)", "Bluey.2018"),
    (121361, "Game of Thrones", "Game.of.Thrones"),
    (387556, "House of the Dragon", "House.of.the.Dragon"),
    (353712, "Slow Horses", "Slow.Horses"),
    (362392, "Hacks", "Hacks"),
    (76290, "Doctor Who (2005)", "Doctor.Who.2005"),
    (79168, "Top Gear", "Top.Gear"),
    (360893, "Reservation Dogs", "Reservation.Dogs"),
    (384435, "Dark Matter (2024)", "Dark.Matter.2024"),
    (422712, "Baby Reindeer", "Baby.Reindeer"),
    (402474, "The Gentlemen", "The.Gentlemen"),
]
SONARR_INDEXERS = [
    ("NZBgeek (Prowlarr)", 1),
    ("DrunkenSlug (Prowlarr)", 2),
    ("TorrentLeech (Prowlarr)", 3),
    ("Nyaa (Prowlarr)", 4),
    ("IPTorrents (Prowlarr)", 5),
]
SONARR_GROUPS = [
    "NTb",
    "FLUX",
    "EDITH",
    "SuccessfulCrab",
    "NOSiVID",
    "GalaxyTV",
    "ETHEL",
    "BiOMA",
    "CAKES",
    "playWEB",
]
SONARR_FRAMES_HTTP = [
    "   at NzbDrone.Common.Http.Dispatchers.ManagedHttpDispatcher.GetResponseAsync(HttpRequest request, CookieContainer cookies) in ./Sonarr.Common/Http/Dispatchers/ManagedHttpDispatcher.cs:line 117",
    "   at NzbDrone.Common.Http.HttpClient.ExecuteRequestAsync(HttpRequest request, CookieContainer cookieContainer) in ./Sonarr.Common/Http/HttpClient.cs:line 159",
    "   at NzbDrone.Common.Http.HttpClient.ExecuteAsync(HttpRequest request) in ./Sonarr.Common/Http/HttpClient.cs:line 70",
    "   at NzbDrone.Common.Http.HttpClient.Execute(HttpRequest request) in ./Sonarr.Common/Http/HttpClient.cs:line 128",
]
SONARR_SOCKET = [
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
    "   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.System.Threading.Tasks.Sources.IValueTaskSource.GetResult(Int16 token)",
    "   at System.Net.Sockets.Socket.<ConnectAsync>g__WaitForConnectWithCancellation|277_0(AwaitableSocketAsyncEventArgs saea, ValueTask connectTask, CancellationToken cancellationToken)",
    "   at NzbDrone.Common.Http.Dispatchers.ManagedHttpDispatcher.attemptConnection(AddressFamily addressFamily, SocketsHttpConnectionContext context, CancellationToken cancellationToken) in ./Sonarr.Common/Http/Dispatchers/ManagedHttpDispatcher.cs:line 339",
    "   at NzbDrone.Common.Http.Dispatchers.ManagedHttpDispatcher.onConnect(SocketsHttpConnectionContext context, CancellationToken cancellationToken) in ./Sonarr.Common/Http/Dispatchers/ManagedHttpDispatcher.cs:line 315",
    "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
]


def sonarr(r: random.Random) -> list[Log]:
    """One Sonarr v4 instance (in Docker, Prowlarr-synced indexers, qBittorrent and SABnzbd)
    over four days, its sonarr.txt at the Info level: RSS syncs every fifteen minutes (the
    releases processed, grabs sent to a download client, a `Reports pending` tail now and
    then), series refreshes every twelve hours (most skipped, some updated with their episodes,
    every series rescanned), upgrades deleting the old file permanently, housekeeping, the
    import-list sync, manual searches, UI and API logins, Prowlarr down (connection refused on
    every indexer, then 503s and a 429 rate limit through it, a gap warning), qBittorrent
    unreachable for a while (the queue warning with its nested exception every minute), an
    episode that could not be imported, SkyHook failing a refresh, and a host reboot (shutdown,
    start-up banner, migrations, the catch-up search after the gap)."""
    t0 = datetime(2024, 6, 4, 6, 0, 3, 100000, tzinfo=UTC)
    log = Log("sonarr.txt", t0)
    clock = Clock(t0)
    ep = {tv: (r.randrange(1, 5), r.randrange(1, 9)) for tv, _, _ in SONARR_SERIES}
    state = {"prowlarr": "up", "qbit": True, "last_rss": t0}

    def emit(
        level: str,
        logger: str,
        fmt: str,
        *vals,
        exc: list[str] | None = None,
        lo: float = 0,
        hi: float = 0.3,
    ) -> None:
        t = clock.at(log, r, lo, hi)
        clock.t = t
        # Microsoft.Extensions.Logging's message templates name their holes
        text = fill(re.sub(r"\{[A-Za-z]+\}", "{0}", fmt), *vals)
        log.add(
            f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 100000}|{level}|{logger}|{text}", label(fmt)
        )
        if exc:
            log.add("", None)
            log.add(f"[v{SONARR_VER}] {exc[0]}", None)
            for line in exc[1:]:
                log.add(line, None)
            log.add("", None)

    def series_str(s) -> str:
        return f"[{s[0]}][{s[1]}]"

    def release(s) -> str:
        season, e = ep[s[0]]
        if s[2].startswith("[SubsPlease]"):
            return f"{s[2]} - {(season - 1) * 12 + e:02d} (1080p) [{hexid(r, 8).upper()}].mkv"
        q = r.choice(
            [
                "1080p.WEB-DL.DDP5.1.H.264",
                "2160p.WEB-DL.DDP5.1.DV.HDR.H.265",
                "720p.HDTV.x264",
                "1080p.AMZN.WEB-DL.DDP5.1.H.264",
                "1080p.ATVP.WEB-DL.DDP5.1.Atmos.H.264",
            ]
        )
        return f"{s[2]}.S{season:02d}E{e:02d}.{q}-{r.choice(SONARR_GROUPS)}"

    def feed_url(ix: int) -> str:
        return f"http://prowlarr:9696/{ix}/api?t=tvsearch&cat=5030,5040&extended=1&apikey=(removed)&offset=0&limit=100"

    def startup() -> None:
        emit(
            "Info",
            "Bootstrap",
            "Starting Sonarr - {0} - Version {1}",
            "/app/sonarr/bin/Sonarr",
            SONARR_VER,
            lo=0,
            hi=0.1,
        )
        emit(
            "Info",
            "AppFolderInfo",
            "Data directory is being overridden to [{0}]",
            "/config",
            lo=0.1,
            hi=0.4,
        )
        for db in ("sonarr.db", "logs.db"):
            emit(
                "Info",
                "MigrationController",
                "*** Migrating {0} ***",
                f"data source=/config/{db};cache size=-20000;datetimekind=Utc;journal mode=Wal;pooling=True;version=3;busytimeout=100",
                lo=0.2,
                hi=1,
            )
        emit(
            "Info",
            "Microsoft.Hosting.Lifetime",
            "Now listening on: {address}",
            "http://[::]:8989",
            lo=0.3,
            hi=1.5,
        )
        emit("Info", "CommandExecutor", "Starting {0} threads for tasks.", 3, lo=0.1, hi=0.5)
        emit(
            "Info",
            "Microsoft.Hosting.Lifetime",
            "Application started. Press Ctrl+C to shut down.",
            lo=0,
            hi=0.1,
        )
        emit(
            "Info",
            "Microsoft.Hosting.Lifetime",
            "Hosting environment: {EnvName}",
            "Production",
            lo=0,
            hi=0.05,
        )
        emit(
            "Info",
            "Microsoft.Hosting.Lifetime",
            "Content root path: {ContentRoot}",
            "/app/sonarr/bin",
            lo=0,
            hi=0.05,
        )
        emit(
            "Info",
            "ManagedHttpDispatcher",
            "IPv4 is available: {0}, IPv6 will be disabled",
            "True",
            lo=0.5,
            hi=3,
        )

    def indexer_errors() -> None:
        for name, ix in SONARR_INDEXERS:
            if state["prowlarr"] == "down":
                emit(
                    "Warn",
                    "Newznab" if ix <= 2 else "Torznab",
                    "{0} {1} Connection refused ({2})",
                    name,
                    feed_url(ix),
                    "prowlarr:9696",
                    lo=0.01,
                    hi=0.2,
                )
            elif state["prowlarr"] == "flaky" and r.random() < 0.4:
                kind = r.random()
                if kind < 0.5:
                    emit(
                        "Warn",
                        "HttpClient",
                        "HTTP Error - Res: HTTP/{0} [{1}] {2}: {3}.{4} ({5} bytes)",
                        "1.1",
                        "GET",
                        feed_url(ix),
                        503,
                        "ServiceUnavailable",
                        r.choice([0, 83, 141]),
                        lo=0.2,
                        hi=3,
                    )
                    emit(
                        "Warn",
                        "Newznab" if ix <= 2 else "Torznab",
                        "{0} HTTP request failed: [{1}:{2}] [{3}] at [{4}]",
                        name,
                        503,
                        "ServiceUnavailable",
                        "GET",
                        feed_url(ix),
                        lo=0,
                        hi=0.02,
                    )
                elif kind < 0.8:
                    emit(
                        "Warn",
                        "Newznab" if ix <= 2 else "Torznab",
                        "{0} server is currently unavailable. {1} Http request timed out",
                        name,
                        feed_url(ix),
                        lo=100,
                        hi=101,
                    )
                else:
                    emit(
                        "Warn",
                        "HttpClient",
                        "HTTP Error - Res: HTTP/{0} [{1}] {2}: {3}.{4} ({5} bytes)",
                        "1.1",
                        "GET",
                        feed_url(ix),
                        429,
                        "TooManyRequests",
                        90,
                        lo=0.2,
                        hi=3,
                    )
                    emit(
                        "Warn",
                        "Newznab" if ix <= 2 else "Torznab",
                        "API Request Limit reached for {0}",
                        name,
                        lo=0,
                        hi=0.02,
                    )
            elif r.random() < 0.01:
                emit(
                    "Warn",
                    "Torznab",
                    "{0} server is currently unavailable. {1} Http request timed out",
                    name,
                    feed_url(ix),
                    lo=100,
                    hi=101,
                )
        if state["prowlarr"] == "recovered":
            gap_from = state["gap_from"]
            for name, ix in SONARR_INDEXERS[:3]:
                emit(
                    "Warn",
                    "Newznab" if ix <= 2 else "Torznab",
                    "Indexer {0} rss sync didn't cover the period between {1} and {2} UTC. Search may be required.",
                    name,
                    f"{gap_from:%m/%d/%Y %H:%M:%S}",
                    f"{clock.t - timedelta(minutes=r.randrange(5, 30)):%m/%d/%Y %H:%M:%S}",
                    lo=0.5,
                    hi=3,
                )
            state["prowlarr"] = "up"

    def grab(s, indexer: str) -> None:
        title = release(s)
        client = (
            "qBittorrent"
            if "Torrent" in indexer or "Nyaa" in indexer or "IPT" in indexer
            else "SABnzbd"
        )
        emit(
            "Info",
            "DownloadService",
            "Report sent to {0} from indexer {1}. {2}",
            client,
            indexer,
            title,
            lo=0.1,
            hi=2,
        )
        pending_imports.append((s, title, clock.t + timedelta(minutes=r.randrange(4, 90))))
        season, e = ep[s[0]]
        ep[s[0]] = (season, e + 1) if e < 10 else (season + 1, 1)

    def rss_sync() -> None:
        state["last_rss"] = clock.t
        emit("Info", "RssSyncService", "Starting RSS Sync", lo=0, hi=0.2)
        indexer_errors()
        n = 0 if state["prowlarr"] == "down" else r.randrange(80, 400)
        emit("Info", "DownloadDecisionMaker", "Processing {0} releases", n, lo=1, hi=12)
        grabbed = 0
        if n and r.random() < 0.25:
            for _ in range(r.choice([1, 1, 1, 2, 3])):
                grab(r.choice(SONARR_SERIES), r.choice(SONARR_INDEXERS)[0])
                grabbed += 1
        pending = r.randrange(1, 4) if n and r.random() < 0.08 else 0
        if pending:
            emit(
                "Info",
                "RssSyncService",
                "RSS Sync Completed. Reports found: {0}, Reports grabbed: {1}, Reports pending: {2}",
                n,
                grabbed,
                pending,
                lo=0.5,
                hi=4,
            )
        else:
            emit(
                "Info",
                "RssSyncService",
                "RSS Sync Completed. Reports found: {0}, Reports grabbed: {1}",
                n,
                grabbed,
                lo=0.5,
                hi=4,
            )

    def refresh_all() -> None:
        for s in sorted(SONARR_SERIES, key=lambda x: x[1]):
            if r.random() < 0.2:
                emit("Info", "RefreshSeriesService", "Updating {0}", s[1], lo=0.1, hi=1)
                if r.random() < 0.05:
                    exc = [
                        f"NzbDrone.Common.Http.HttpException: HTTP request failed: [502:BadGateway] [GET] at [https://skyhook.sonarr.tv/v1/tvdb/shows/en/{s[0]}]",
                        *SONARR_FRAMES_HTTP[1:],
                        "   at NzbDrone.Core.MetadataSource.SkyHook.SkyHookProxy.GetSeriesInfo(Int32 tvdbSeriesId) in ./Sonarr.Core/MetadataSource/SkyHook/SkyHookProxy.cs:line 60",
                        "   at NzbDrone.Core.Tv.RefreshSeriesService.RefreshSeriesInfo(Int32 seriesId) in ./Sonarr.Core/Tv/RefreshSeriesService.cs:line 66",
                        "   at NzbDrone.Core.Tv.RefreshSeriesService.Execute(RefreshSeriesCommand message) in ./Sonarr.Core/Tv/RefreshSeriesService.cs:line 227",
                    ]
                    emit(
                        "Error",
                        "RefreshSeriesService",
                        "Couldn't refresh info for {0}",
                        series_str(s),
                        exc=exc,
                        lo=0.5,
                        hi=3,
                    )
                else:
                    emit(
                        "Info",
                        "RefreshEpisodeService",
                        "Starting episode info refresh for: {0}",
                        series_str(s),
                        lo=0.2,
                        hi=1.5,
                    )
                    emit(
                        "Info",
                        "RefreshEpisodeService",
                        "Finished episode refresh for series: {0}.",
                        series_str(s),
                        lo=0.05,
                        hi=0.8,
                    )
            else:
                emit(
                    "Info",
                    "RefreshSeriesService",
                    "Skipping refresh of series: {0}",
                    s[1],
                    lo=0.01,
                    hi=0.1,
                )
            emit("Info", "DiskScanService", "Scanning disk for {0}", s[1], lo=0.01, hi=0.2)
            emit("Info", "DiskScanService", "Completed scanning disk for {0}", s[1], lo=0.1, hi=2.5)

    def imports_due() -> None:
        for item in list(pending_imports):
            s, title, due = item
            if due > clock.t:
                continue
            pending_imports.remove(item)
            if not state["qbit"] and "qBit" in title:
                continue
            if r.random() < 0.03:
                path = f"/tv/{s[1]}/Season {ep[s[0]][0]:02d}/{title}.mkv"
                exc = [
                    f"NzbDrone.Common.Disk.DestinationAlreadyExistsException: Destination already exists. {path}",
                    "   at NzbDrone.Common.Disk.DiskTransferService.TransferFile(String sourcePath, String targetPath, TransferMode mode, Boolean overwrite) in ./Sonarr.Common/Disk/DiskTransferService.cs:line 351",
                    "   at NzbDrone.Core.MediaFiles.EpisodeFileMovingService.TransferFile(EpisodeFile episodeFile, Series series, List`1 episodes, String destinationFilePath, TransferMode mode) in ./Sonarr.Core/MediaFiles/EpisodeFileMovingService.cs:line 201",
                    "   at NzbDrone.Core.MediaFiles.UpgradeMediaFileService.UpgradeEpisodeFile(EpisodeFile episodeFile, LocalEpisode localEpisode, Boolean copyOnly) in ./Sonarr.Core/MediaFiles/UpgradeMediaFileService.cs:line 94",
                    "   at NzbDrone.Core.MediaFiles.EpisodeImport.ImportApprovedEpisodes.Import(List`1 decisions, Boolean newDownload, DownloadClientItem downloadClientItem, ImportMode importMode) in ./Sonarr.Core/MediaFiles/EpisodeImport/ImportApprovedEpisodes.cs:line 133",
                ]
                emit(
                    "Warn",
                    "ImportApprovedEpisodes",
                    "Couldn't import episode {0}",
                    f"/downloads/complete/tv/{title}",
                    exc=exc,
                    lo=0.5,
                    hi=20,
                )
            elif r.random() < 0.25:
                old = f"/tv/{s[1]}/Season {ep[s[0]][0]:02d}/{s[1]} - S{ep[s[0]][0]:02d}E{max(1, ep[s[0]][1] - 1):02d} - {r.choice(['WEBDL-720p', 'HDTV-720p', 'WEBDL-1080p'])}.mkv"
                emit(
                    "Info",
                    "RecycleBinProvider",
                    "Recycling Bin has not been configured, deleting permanently. {0}",
                    old,
                    lo=0.5,
                    hi=20,
                )

    def qbit_failure() -> None:
        exc = [
            "NzbDrone.Core.Download.Clients.DownloadClientUnavailableException: Failed to connect to qBittorrent, check your settings.",
            " ---> System.Net.WebException: Connection refused (qbittorrent:8080): 'http://qbittorrent:8080/api/v2/app/webapiVersion'",
            " ---> System.Net.WebException: Connection refused (qbittorrent:8080)",
            " ---> System.Net.Http.HttpRequestException: Connection refused (qbittorrent:8080)",
            " ---> System.Net.Sockets.SocketException (111): Connection refused",
            *SONARR_SOCKET,
            "   --- End of inner exception stack trace ---",
            "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)",
            "   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)",
            *SONARR_FRAMES_HTTP[:1],
            "   --- End of inner exception stack trace ---",
            *SONARR_FRAMES_HTTP[:3],
            "   at NzbDrone.Core.Download.Clients.QBittorrent.QBittorrentProxySelector.FetchApiVersion(QBittorrentSettings settings) in ./Sonarr.Core/Download/Clients/QBittorrent/QBittorrentProxySelector.cs:line 122",
            "   --- End of inner exception stack trace ---",
            "   at NzbDrone.Core.Download.Clients.QBittorrent.QBittorrentProxySelector.FetchApiVersion(QBittorrentSettings settings) in ./Sonarr.Core/Download/Clients/QBittorrent/QBittorrentProxySelector.cs:line 136",
            "   at NzbDrone.Core.Download.Clients.QBittorrent.QBittorrent.GetItems() in ./Sonarr.Core/Download/Clients/QBittorrent/QBittorrent.cs:line 227",
            "   at NzbDrone.Core.Download.TrackedDownloads.DownloadMonitoringService.ProcessClientDownloads(IDownloadClient downloadClient) in ./Sonarr.Core/Download/TrackedDownloads/DownloadMonitoringService.cs:line 103",
        ]
        emit(
            "Warn",
            "DownloadMonitoringService",
            "Unable to retrieve queue and history items from {0}",
            "qBittorrent",
            exc=exc,
            lo=0.1,
            hi=2,
        )

    def housekeeping() -> None:
        emit("Info", "HousekeepingService", "Running housecleaning tasks", lo=0, hi=1)
        for db in ("Log", "Main"):
            emit("Info", "Database", "Vacuuming {0} database", db, lo=0.2, hi=2)
            emit("Info", "Database", "{0} database compressed", db, lo=0.3, hi=8)

    def import_lists() -> None:
        emit("Info", "ImportListSyncService", "Starting Import List Sync", lo=0, hi=1)
        emit(
            "Info",
            "ImportListSyncService",
            "Import List Sync Completed. Items found: {0}, Series added: {1}",
            r.randrange(20, 60),
            r.choice([0, 0, 0, 1]),
            lo=2,
            hi=15,
        )

    def manual_search() -> None:
        s = r.choice(SONARR_SERIES)
        season, e = ep[s[0]]
        active = len(SONARR_INDEXERS) if state["prowlarr"] == "up" else 0
        emit(
            "Info",
            "ReleaseSearchService",
            "Searching indexers for {0}. {1} active indexers",
            f"[{s[1]} : S{season:02d}E{max(1, e - 1):02d}]",
            active,
            lo=0,
            hi=1,
        )
        n = r.randrange(0, 60)
        emit("Info", "DownloadDecisionMaker", "Processing {0} releases", n, lo=2, hi=20)
        got = 0
        if n and r.random() < 0.5:
            grab(s, r.choice(SONARR_INDEXERS)[0])
            got = 1
        emit(
            "Info",
            "EpisodeSearchService",
            "Episode search completed. {0} reports downloaded.",
            got,
            lo=0.1,
            hi=2,
        )

    def ui_auth() -> None:
        ip = r.choice(["192.168.1.20", "192.168.1.34", "10.8.0.6", "192.168.1.20"])
        user = "admin"
        if r.random() < 0.2:
            emit(
                "Info",
                "Auth",
                "Auth-Failure ip {0} username '{1}'",
                ip,
                r.choice(["admin", "Admin", "sonarr"]),
                lo=0,
                hi=1,
            )
        emit("Info", "Auth", "Auth-Success ip {0} username '{1}'", ip, user, lo=0.5, hi=20)
        if r.random() < 0.1:
            emit("Info", "Auth", "Auth-Logout ip {0} username '{1}'", ip, user, lo=60, hi=900)

    def api_unauthorized() -> None:
        ip = r.choice(["172.18.0.1", "192.168.1.77", "10.8.0.9"])
        for _ in range(r.randrange(1, 6)):
            emit("Info", "Auth", "Auth-Unauthorized ip {0}", ip, lo=0.5, hi=60)

    def reboot(hours: float) -> None:
        emit("Info", "Microsoft.Hosting.Lifetime", "Application is shutting down...", lo=0, hi=2)
        emit("Info", "ConsoleApp", "Exiting main.", lo=0.5, hi=3)
        clock.adv(r, hours * 3600, hours * 3600 + 300)
        last = state["last_rss"]
        startup()
        emit("Info", "RssSyncService", "Starting RSS Sync", lo=20, hi=60)
        indexer_errors()
        n = r.randrange(300, 900)
        emit("Info", "DownloadDecisionMaker", "Processing {0} releases", n, lo=2, hi=15)
        emit(
            "Info",
            "RssSyncService",
            "RSS Sync Completed. Reports found: {0}, Reports grabbed: {1}",
            n,
            0,
            lo=1,
            hi=5,
        )
        emit(
            "Info",
            "RssSyncService",
            "RSS Sync hasn't run since {0} and didn't completely cover the period starting {1}. Searching for any missing episodes aired within that period.",
            f"{last:%m/%d/%Y %H:%M:%S}",
            f"{last - timedelta(minutes=r.randrange(1, 15)):%m/%d/%Y %H:%M:%S}",
            lo=0,
            hi=0.5,
        )
        state["last_rss"] = clock.t

    # the run --------------------------------------------------------------------------------
    pending_imports: list = []
    startup()
    end = t0 + timedelta(days=4)
    next_rss = clock.t + timedelta(minutes=1)
    next_refresh = clock.t + timedelta(hours=r.uniform(1, 3))
    next_house = t0 + timedelta(hours=18, minutes=r.randrange(0, 60))
    next_lists = clock.t + timedelta(hours=r.uniform(1, 6))
    incidents = [
        (
            t0 + timedelta(hours=20, minutes=12),
            lambda: state.update(prowlarr="down", gap_from=clock.t),
        ),
        (t0 + timedelta(hours=21, minutes=3), lambda: state.update(prowlarr="flaky")),
        (t0 + timedelta(hours=23, minutes=40), lambda: state.update(prowlarr="recovered")),
        (t0 + timedelta(days=1, hours=15, minutes=2), lambda: state.update(qbit=False)),
        (t0 + timedelta(days=1, hours=16, minutes=14), lambda: state.update(qbit=True)),
        (t0 + timedelta(days=2, hours=21, minutes=30), lambda: reboot(4.2)),
    ]
    while clock.t < end:
        if incidents and clock.t >= incidents[0][0]:
            incidents.pop(0)[1]()
            continue
        if clock.t >= next_rss:
            rss_sync()
            next_rss = clock.t + timedelta(minutes=15, seconds=r.uniform(-5, 5))
        elif clock.t >= next_refresh:
            refresh_all()
            next_refresh = clock.t + timedelta(hours=12, minutes=r.uniform(0, 3))
        elif clock.t >= next_house:
            housekeeping()
            next_house += timedelta(days=1)
        elif clock.t >= next_lists:
            import_lists()
            next_lists = clock.t + timedelta(hours=6)
        else:
            imports_due()
            if not state["qbit"]:
                qbit_failure()
            busy = 17 <= clock.t.hour < 24
            x = r.random()
            if x < (0.025 if busy else 0.006):
                manual_search()
            elif x < (0.045 if busy else 0.009):
                ui_auth()
            elif x < (0.05 if busy else 0.011):
                api_unauthorized()
            clock.adv(r, 55, 65)
    return [log]


# --------------------------------------------------------------------------------- emqx

EMQX_NODES = ["emqx@10.0.0.21", "emqx@10.0.0.22"]
EMQX_THROTTLED = {
    "authentication_failure",
    "authorization_permission_denied",
    "cannot_publish_to_topic_due_to_not_authorized",
    "dropped_msg_due_to_mqueue_is_full",
    "failed_to_retain_message",
    "unrecoverable_resource_error",
    "data_bridge_buffer_overflow",
}
EMQX_RESOURCE = "connector:http:alerts_api"


def emqx(r: random.Random) -> list[Log]:
    """A two-node EMQX 5 cluster (emqx@10.0.0.21 and .22) over two days at the default
    `warning` level, each node's emqx.log: devices publishing to topics their ACL denies and
    subscribing to wildcards (AUTHZ records), devices with wrong credentials reconnecting
    (AUTHN), the HTTP authentication backend refusing connections for a while, a slow
    subscriber's queue overflowing, an MQTT 5 client whose maximum packet size is smaller than a
    retained bridge message, the retained-message table full, the system monitor's long GC /
    long schedule / busy distribution port reports, memory and CPU alarms raised and cleared,
    the webhook connector down (its alarm, unrecoverable errors, buffer overflows, a
    supervisor's report), a netsplit between the nodes (net_kernel's notice, the partition
    alarm) and one gen_server crash; the throttled statements come once a minute each, with
    the `log_events_throttled_during_last_period` summary after their window."""
    t0 = datetime(2024, 6, 4, 6, 0, 0, tzinfo=UTC)
    logs = [Log(f"node{i + 1}-emqx.log.1", t0) for i in range(2)]
    cands: list[tuple[datetime, int, int, dict]] = []  # (time, seq, node, record)

    def add(t: datetime, node: int, **rec) -> None:
        cands.append((t, len(cands), node, rec))

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00"

    def binq(s: str) -> str:
        return '<<"' + s.replace('"', '\\"') + '">>'

    # what happens --------------------------------------------------------------------------
    device_kinds = [
        (lambda: f"sensor-{hexid(r, 6)}", "sensor", "factory/line{n}/telemetry"),
        (lambda: f"DVES_{hexid(r, 6).upper()}", "tasmota", "tele/{cid}/SENSOR"),
        (lambda: f"shellyplus1pm-{hexid(r, 12)}", "shelly", "shellies/{cid}/status"),
        (
            lambda: f"gw-plant{r.randrange(1, 4)}-{r.randrange(1, 20):02d}",
            "gateway",
            "plant/{n}/gw/events",
        ),
        (
            lambda: (
                f"esp32-{r.choice(['boiler', 'garage', 'pump', 'hvac'])}-{r.randrange(1, 9):02d}"
            ),
            "",
            "home/{cid}/state",
        ),
    ]

    def peer() -> str:
        return f"{ip4(r, r.choice(['10.0.3', '10.0.7', '172.20.1', '192.168.50']))}:{r.randrange(1024, 65535)}"

    def denied_publisher(start: datetime) -> None:
        make, user, topic = r.choice(device_kinds)
        cid = make()
        t = start
        node = r.randrange(2)
        p = peer()
        tp = topic.format(n=r.randrange(1, 6), cid=cid)
        for _ in range(r.randrange(5, 70)):
            t += timedelta(seconds=r.uniform(3, 40))
            add(
                t,
                node,
                level="warning",
                msg="cannot_publish_to_topic_due_to_not_authorized",
                tag="AUTHZ",
                clientid=cid,
                peername=p,
                username=user,
                topic=tp,
                keys=[("reason", "not_authorized")],
            )

    def denied_subscriber(start: datetime) -> None:
        cid = r.choice(
            [
                f"mqttx_{hexid(r, 8)}",
                f"node-red-{hexid(r, 4)}",
                "telegraf-prod",
                f"dashboard-ws-{hexid(r, 8)}",
            ]
        )
        user = r.choice(["nodered", "telegraf", "viewer", ""])
        t = start
        node = r.randrange(2)
        for _ in range(r.randrange(1, 20)):
            t += timedelta(seconds=r.uniform(5, 120))
            add(
                t,
                node,
                level="warning",
                msg="authorization_permission_denied",
                tag="AUTHZ",
                clientid=cid,
                peername=peer(),
                username=user,
                topic=r.choice(["#", "$SYS/#", "factory/#", "plant/+/gw/#"]),
                keys=[
                    ("action", r.choice(["SUBSCRIBE(Q0)", "SUBSCRIBE(Q1)"])),
                    ("source", r.choice(["file", "built_in_database"])),
                ],
            )

    def bad_credentials(start: datetime) -> None:
        make, user, _ = r.choice(device_kinds)
        cid = make()
        t = start
        node = r.randrange(2)
        reason = r.choice(
            ["bad_username_or_password", "bad_username_or_password", "not_authorized"]
        )
        for _ in range(r.randrange(3, 60)):
            t += timedelta(seconds=r.uniform(2, 30))
            add(
                t,
                node,
                level="warning",
                msg="authentication_failure",
                tag="AUTHN",
                clientid=cid,
                peername=peer(),
                username=user or "device",
                keys=[("reason", reason)],
            )

    def authn_backend_down(start: datetime, minutes: int) -> None:
        t = start
        while t < start + timedelta(minutes=minutes):
            t += timedelta(seconds=r.expovariate(1 / 9))
            make, user, _ = r.choice(device_kinds)
            add(
                t,
                r.randrange(2),
                level="warning",
                msg="http_server_query_failed",
                tag="AUTHN",
                clientid=make(),
                peername=peer(),
                username=user or "device",
                keys=[
                    ("provider", "emqx_authn_http"),
                    (
                        "reason",
                        '{failed_connect,[{to_address,{"auth.internal.example.com",8080}},{inet,[inet],econnrefused}]}',
                    ),
                    ("resource", binq("emqx_authn_http:1")),
                ],
            )

    def slow_subscriber(start: datetime) -> None:
        cid = f"dashboard-ws-{hexid(r, 8)}"
        node = r.randrange(2)
        t = start
        p = peer()
        for _ in range(r.randrange(10, 200)):
            t += timedelta(seconds=r.uniform(0.2, 6))
            make, user, topic = r.choice(device_kinds[:3])
            src = make()
            payload = r.choice(
                [
                    '{"temp":21.4,"hum":48}',
                    '{"state":"ON","power":12.7}',
                    '{"rssi":-67,"uptime":"3T04:11:52"}',
                ]
            )
            add(
                t,
                node,
                level="warning",
                msg="dropped_msg_due_to_mqueue_is_full",
                clientid=cid,
                peername=p,
                username="viewer",
                topic=topic.format(n=r.randrange(1, 6), cid=src),
                keys=[
                    ("from_clientid", src),
                    ("from_username", user or "undefined"),
                    ("payload", binq(payload)),
                    (
                        "queue",
                        f"#{{dropped => {r.randrange(1, 9000)},len => 1000,max_len => 1000,store_qos0 => true}}",
                    ),
                ],
            )

    def too_large(start: datetime) -> None:
        cid = f"ha-{hexid(r, 6)}"
        add(
            start,
            r.randrange(2),
            level="warning",
            msg="packet_is_discarded",
            clientid=cid,
            peername=peer(),
            username="homeassistant",
            keys=[
                (
                    "packet",
                    f"PUBLISH(Q0, R1, D0, Topic=zigbee2mqtt/bridge/devices, PacketId=undefined, Payload Size={r.randrange(1_100_000, 3_900_000)})",
                ),
                ("reason", "frame_is_too_large"),
            ],
            lit={"reason"},
        )

    def retain_full(start: datetime, minutes: int) -> None:
        t = start
        while t < start + timedelta(minutes=minutes):
            t += timedelta(seconds=r.expovariate(1 / 4))
            make, _, topic = r.choice(device_kinds)
            cid = make()
            add(
                t,
                r.randrange(2),
                level="warning",
                msg="failed_to_retain_message",
                topic=topic.format(n=r.randrange(1, 6), cid=cid),
                keys=[("reason", "table_is_full")],
            )

    def sysmon(t: datetime, node: int) -> None:
        pid = f"<0.{r.randrange(1000, 90000)}.0>"
        proc = f"[{{pid,{pid}}},{{memory,{r.randrange(10**5, 10**8)}}},{{total_heap_size,{r.randrange(10**4, 10**7)}}},{{heap_size,{r.randrange(10**4, 10**6)}}},{{stack_size,{r.randrange(10, 90)}}},{{min_heap_size,233}},{{initial_call,{{proc_lib,init_p,5}}}},{{current_stacktrace,[{{{r.choice(['mria_status', 'emqx_router_helper', 'ets', 'emqx_cm', 'gen'])},{r.choice(['do_call', 'match_object', 'lookup', 'loop'])},{r.randrange(2, 5)},[]}}]}}]"
        kind = r.choice(["long_gc", "long_gc", "long_schedule", "busy_dist_port"])
        if kind == "busy_dist_port":
            add(
                t,
                node,
                level="warning",
                msg=kind,
                keys=[
                    (
                        "portinfo",
                        f'[{{name,"tcp_inet"}},{{links,[<0.{r.randrange(800, 2000)}.0>]}},{{id,{r.randrange(100, 900)}}},{{connected,<0.{r.randrange(800, 2000)}.0>}},{{input,{r.randrange(10**6, 10**9)}}},{{output,{r.randrange(10**6, 10**9)}}},{{os_pid,undefined}}]',
                    ),
                    ("procinfo", proc),
                ],
            )
        else:
            info = (
                f"[{{timeout,{r.randrange(240, 4000)}}},{{in,{{{r.choice(['gen_server', 'mria_rlog_server', 'emqx_broker'])},{r.choice(['loop', 'handle_msg', 'do_dispatch'])},{r.randrange(2, 8)}}}}},{{out,{{gen_server,loop,7}}}}]"
                if kind == "long_schedule"
                else f"[{{timeout,{r.randrange(100, 2000)}}},{{old_heap_block_size,{r.randrange(10**5, 10**7)}}},{{heap_block_size,{r.randrange(10**5, 10**7)}}},{{mbuf_size,0}},{{stack_size,{r.randrange(10, 90)}}},{{old_heap_size,{r.randrange(10**5, 10**6)}}},{{heap_size,{r.randrange(10**4, 10**6)}}}]"
            )
            add(t, node, level="warning", msg=kind, keys=[("info", info), ("procinfo", proc)])

    def alarm(t: datetime, node: int, on: bool, name: str, message: str) -> None:
        add(
            t,
            node,
            level="warning",
            msg="alarm_is_activated" if on else "alarm_is_deactivated",
            keys=[("message", binq(message)), ("name", name)],
            alarm=True,
        )

    def resource_outage(start: datetime, minutes: int) -> None:
        rid = EMQX_RESOURCE
        alarm(start, 0, True, binq(rid), f"resource down: {rid}")
        alarm(
            start + timedelta(seconds=r.uniform(0.1, 2)),
            1,
            True,
            binq(rid),
            f"resource down: {rid}",
        )
        add(
            start + timedelta(seconds=r.uniform(5, 30)),
            0,
            level="error",
            free="Supervisor: ~tp. Context: ~tp. Reason: ~tp. Offender: id=~tp,pid=~tp.",
            vals=[
                "{local,emqx_resource_manager_sup}",
                "child_terminated",
                "{shutdown,health_check_timeout}",
                binq(rid),
                f"<0.{r.randrange(5000, 9000)}.0>",
            ],
        )
        t = start
        ends = start + timedelta(minutes=minutes)
        while t < ends:
            t += timedelta(seconds=r.expovariate(1 / 6))
            node = r.randrange(2)
            if r.random() < 0.6:
                add(
                    t,
                    node,
                    level="error",
                    msg="unrecoverable_resource_error",
                    keys=[
                        ("id", binq(f"action:http:alerts_webhook:{rid}")),
                        (
                            "reason",
                            r.choice(
                                [
                                    '{unrecoverable_error,{closed,"The connection was lost."}}',
                                    "{unrecoverable_error,econnrefused}",
                                    "{unrecoverable_error,timeout}",
                                ]
                            ),
                        ),
                    ],
                )
            else:
                add(
                    t,
                    node,
                    level="warning",
                    msg="data_bridge_buffer_overflow",
                    keys=[
                        ("dropped_count", str(r.randrange(1, 400))),
                        ("id", binq(f"action:http:alerts_webhook:{rid}")),
                    ],
                )
        alarm(
            ends + timedelta(seconds=r.uniform(1, 20)), 0, False, binq(rid), f"resource down: {rid}"
        )
        alarm(
            ends + timedelta(seconds=r.uniform(1, 20)), 1, False, binq(rid), f"resource down: {rid}"
        )

    def netsplit(start: datetime, minutes: int) -> None:
        for node in (0, 1):
            other = EMQX_NODES[1 - node]
            add(
                start + timedelta(seconds=r.uniform(0, 3)),
                node,
                level="warning",
                free="** Node ~p not responding **~n** Removing (timedout) connection **~n",
                vals=[f"'{other}'"],
                text=f"** Node '{other}' not responding **, ** Removing (timedout) connection **",
            )
            alarm(
                start + timedelta(seconds=r.uniform(3, 6)),
                node,
                True,
                "partition",
                f"Partition occurs at node {EMQX_NODES[node]}",
            )
            for _ in range(r.randrange(2, 5)):
                sysmon(start + timedelta(seconds=r.uniform(5, 60 * minutes)), node)
            alarm(
                start + timedelta(minutes=minutes, seconds=r.uniform(5, 20)),
                node,
                False,
                "partition",
                f"Partition occurs at node {EMQX_NODES[node]}",
            )
            # clients reconnecting to this node cannot have their old session kicked on the other
            for _ in range(r.randrange(3, 12)):
                make, user, _ = r.choice(device_kinds)
                add(
                    start + timedelta(seconds=r.uniform(8, 60 * minutes)),
                    node,
                    level="warning",
                    msg="failed_to_kick_session_on_remote_node",
                    clientid=make(),
                    peername=peer(),
                    username=user,
                    keys=[
                        ("action", r.choice(["kick", "discard", "takeover"])),
                        ("node", f"'{other}'"),
                        ("reason", r.choice(["{badrpc,nodedown}", "{badrpc,timeout}", "noproc"])),
                    ],
                )

    def genserver_crash(t: datetime) -> None:
        pid = f"<0.{r.randrange(3000, 9000)}.0>"
        add(
            t,
            1,
            level="error",
            free="Generic server ~tp terminating. Reason: ~tp. Last message: ~tp. State: ~tp.",
            vals=[
                "emqx_retainer_dispatcher",
                '{{badmatch,{error,timeout}},[{emqx_retainer_dispatcher,dispatch,2,[{file,"emqx_retainer_dispatcher.erl"},{line,214}]},{gen_server,try_handle_cast,3,[{file,"gen_server.erl"},{line,1121}]}]}',
                f"{{'$gen_cast',{{dispatch,{pid},<<\"tele/+/SENSOR\">>}}}}",
                "#{wait_quotas => [],retained_count => 18231}",
            ],
        )

    # the run: schedule -----------------------------------------------------------------------
    end = t0 + timedelta(days=2)
    t = t0
    while t < end:
        busy = 7 <= t.hour < 21
        t += timedelta(seconds=r.expovariate(1 / (1800 if busy else 5000)))
        pick(
            r,
            [
                (3, lambda: denied_publisher(t)),
                (2, lambda: denied_subscriber(t)),
                (3, lambda: bad_credentials(t)),
                (0.6, lambda: slow_subscriber(t)),
                (0.5, lambda: too_large(t)),
                (2, lambda: sysmon(t, r.randrange(2))),
            ],
        )
    authn_backend_down(t0 + timedelta(hours=9, minutes=12), 11)
    retain_full(t0 + timedelta(hours=16, minutes=3), 7)
    alarm(
        t0 + timedelta(hours=13, minutes=40),
        1,
        True,
        "high_system_memory_usage",
        "System memory usage is higher than 70%",
    )
    alarm(
        t0 + timedelta(hours=15, minutes=2),
        1,
        False,
        "high_system_memory_usage",
        "System memory usage is higher than 70%",
    )
    alarm(
        t0 + timedelta(hours=27, minutes=5),
        0,
        True,
        "high_cpu_usage",
        "CPU usage is higher than 80%",
    )
    alarm(
        t0 + timedelta(hours=27, minutes=19),
        0,
        False,
        "high_cpu_usage",
        "CPU usage is higher than 80%",
    )
    resource_outage(t0 + timedelta(hours=21, minutes=47), 14)
    netsplit(t0 + timedelta(hours=33, minutes=26), 6)
    genserver_crash(t0 + timedelta(hours=40, minutes=9))

    # the run: write, through each node's throttler ---------------------------------------
    window = timedelta(minutes=1)
    win_end = [t0 + window, t0 + window]
    logged: list[set[str]] = [set(), set()]
    dropped: list[dict[str, int]] = [{}, {}]

    def write(node: int, t: datetime, level: str, text: str, lab: str) -> None:
        logs[node].add(f"{ts(t)} [{level}] {text}", lab)

    def flush(node: int, upto: datetime) -> None:
        while win_end[node] <= upto:
            if dropped[node]:
                d = ",".join(f"{k} => {v}" for k, v in sorted(dropped[node].items()))
                at = win_end[node] + timedelta(microseconds=r.randrange(100, 90000))
                write(
                    node,
                    at,
                    "warning",
                    f"msg: log_events_throttled_during_last_period, period: 1 minutes, 0 seconds, dropped: #{{{d}}}",
                    "msg: log_events_throttled_during_last_period, period: %s, dropped: %s",
                )
            logged[node].clear()
            dropped[node].clear()
            win_end[node] += window

    for t, _, node, rec in sorted(cands):
        flush(node, t)
        if "free" in rec:
            text = rec.get("text") or fill(rec["free"], *rec["vals"])
            write(node, t, rec["level"], text, label(rec["free"]))
            continue
        msg = rec["msg"]
        if msg in EMQX_THROTTLED:
            if msg in logged[node]:
                dropped[node][msg] = dropped[node].get(msg, 0) + 1
                continue
            logged[node].add(msg)
        pairs: list[tuple[str, str]] = []
        for k in ("tag", "clientid"):
            if rec.get(k):
                pairs.append((k, rec[k]))
        pairs.append(("msg", msg))
        for k in ("peername", "username", "topic"):
            if rec.get(k):
                pairs.append((k, rec[k]))
        keys = sorted(rec.get("keys", []))
        pairs.extend(keys)
        lit = rec.get("lit", set())
        lab = f"msg: {msg}"
        if rec.get("topic"):
            lab += ", topic: %s"
        for k, v in keys:
            if rec.get("alarm") and k == "name":
                lab += f", name: {v}" if not v.startswith("<<") else ", name: %s"
            elif rec.get("alarm") and k == "message":
                m = (
                    re.sub(r"\d+%", "%s%", v)
                    if "usage" in v
                    else re.sub(r"(resource down: |at node )[^\"]+", r"\1%s", v)
                )
                lab += f", message: {m}"
            elif k in lit:
                lab += f", {k}: {v}"
            else:
                lab += f", {k}: %s"
        write(node, t, rec["level"], ", ".join(f"{k}: {v}" for k, v in pairs), lab)
    for node in (0, 1):
        flush(node, end + timedelta(hours=1))
    return logs


SYSTEMS = {
    "hazelcast": hazelcast,
    "zimbra": zimbra,
    "ibmmq": ibmmq,
    "sonarr": sonarr,
    "emqx": emqx,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
