#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call; closures run in their loop)
"""Writes the held-out logs of round 47 (kamailio, freeswitch, arangodb, scylladb, db2) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded
run, and every line that starts an event is labelled with the format string that wrote it as it
is written. Five log shapes not yet covered: Kamailio 5.7 (`ERROR: tm [t_fwd.c:1581]:
t_send_branch(): msg`: level, module or `<core>`, file and line and the C function before the
message, once through rsyslog with the process's pid and once through the journal with
kamailio's own ` 3(2215)` process number and pid on stderr; the routing script's xlog lines
under `<script>:`), FreeSWITCH 1.10's freeswitch.log (`uuid 2024-06-11 06:00:02.123456
97.33% [NOTICE] switch_channel.c:1142 msg`: a call's uuid before the lines of its session, the
idle CPU, the file and line; the dialplan's and EXECUTE's lines with the uuid and no time; a
remote SDP and a warning that continue over lines), ArangoDB 3.11's arangod.log
(`2024-06-11T06:00:02Z [1234] INFO [cf3f4] {general} msg`: the five-hex id of each statement,
its topic in braces; messages streamed from pieces, a crash whose frames are log lines of their
own), ScyllaDB 5.4 on stdout (`INFO  2024-06-11 06:00:02,123 [shard 3:comp] compaction - msg`:
the level padded, the shard and its scheduling group, the logger; `{}`-formatted messages with
sstable lists and sets, a permit table that continues the semaphore's warning, a rate limiter's
prefix) and IBM Db2 11.5's db2diag.log (multi-line records: a header with the record's offset and
length and its level, then `PID`/`INSTANCE`/`APPHDL`/`EDUID` fields, the `FUNCTION` that names
the component, the function and the probe, and a `MESSAGE`, `CHANGE`, `START`, `RETCODE` or
`DATA #1` that carries the text; wrapped ADM messages, call stacks; a record is one event).
Run it only to change the data on purpose: `python bench/heldout/generate_round47.py [SYSTEM
...]`.
"""

from __future__ import annotations

import hashlib
import random
import re
import sys
import textwrap
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, ip4, pick, syslog_ts, uuid4

# printf's conversions (with C's length modifiers and `%.*s`), fmt's `{}`
SPEC = re.compile(r"%%|%[-0-9.#*]*(?:ld|lu|lld|llu|lx|lX|zu|[sdfuxXpci])|\{\}")
# kamailio's pseudo-variables in an xlog format: $si, $hdr(Expires), $(ru{uri.user})
PV = re.compile(r"\$\([^)]*\)|\$[A-Za-z_]+(?:\([^)]*\))?")
_END = object()


def fill(fmt: str, *vals: object, spec: re.Pattern = SPEC) -> str:
    """The format `fmt` with its conversions replaced by `vals` in order (`%%` a percent sign):
    the line's label is `fmt` itself."""
    it = iter(vals)

    def one(m: re.Match) -> str:
        s = m.group()
        if s == "%%":
            return "%"
        v = next(it)
        if isinstance(v, str) or s in ("{}", "%s", "%.*s") or s.startswith("$"):
            return str(v)
        conv = s.replace("l", "").replace("z", "").replace("*", "")
        if conv[-1] in "ui":
            conv = conv[:-1] + "d"
        return conv % v

    out = spec.sub(one, fmt)
    assert next(it, _END) is _END, (fmt, vals)
    return out


def xfill(fmt: str, *vals: object) -> str:
    """An xlog format with its pseudo-variables replaced by `vals` in order."""
    return fill(fmt, *vals, spec=PV)


class Word(str):
    """A value that is wording, not a variable: a literal the call site passes (a reason's
    text, a branch's word), or an error's text, which contributes its own format (`fmt`)."""

    fmt: str

    def __new__(cls, text: str, fmt: str | None = None) -> Word:
        w = str.__new__(cls, text)
        w.fmt = text if fmt is None else fmt
        return w


def label(fmt: str, *vals: object, spec: re.Pattern = SPEC) -> str:
    """The template of a line written by `fmt` with `vals`: `fmt`, with the conversions whose
    value is a Word replaced by the Word's own format."""
    it = iter(vals)

    def one(m: re.Match) -> str:
        s = m.group()
        if s == "%%":
            return s
        v = next(it)
        return v.fmt if isinstance(v, Word) else s

    return spec.sub(one, fmt)


PUBLIC_NETS = ["81.17", "89.204", "93.184", "145.239", "176.9", "185.45", "188.166", "212.51"]
SCANNER_NETS = ["45.134", "62.210", "80.94", "102.129", "193.46", "194.165", "212.83"]
SIP_UAS = [
    "Yealink SIP-T46S 66.86.0.15",
    "Yealink SIP-T54W 96.86.0.70",
    "Grandstream GXP2170 1.0.11.23",
    "PolycomVVX-VVX_411-UA/6.4.3.5018",
    "Zoiper rv2.10.20.2",
    "Linphone/5.2.4 (belle-sip/5.2.4)",
    "MicroSIP/3.21.3",
    "snom D735/10.1.141.13",
    "Fanvil X4U 2.12.1.2",
    "Bria 6 release 6.7.2 stamp 122003",
]
SCANNER_UAS = [
    "friendly-scanner",
    "sipvicious",
    "sipcli/v1.8",
    "VaxSIPUserAgent/3.1",
    "PortSIP VoIP SDK 11.2",
]


# --------------------------------------------------------------------------------- kamailio

# statement -> (level, module, file:line, function, format): the core's and modules' LM_*() calls
KAM = {
    "sctp": (
        "INFO",
        "<core>",
        "core/sctp_core.c:53",
        "sctp_core_check_support",
        "SCTP API not enabled - if you want to use it, load sctp module",
    ),
    "revres": (
        "WARNING",
        "<core>",
        "core/socket_info.c:1315",
        "fix_hostname",
        "could not rev. resolve %s",
    ),
    "procs": (
        "INFO",
        "<core>",
        "main.c:3050",
        "main",
        "processes (at least): %d - shm size: %lu - pkg size: %lu",
    ),
    "obapi": (
        "INFO",
        "rr",
        "../outbound/api.h:53",
        "ob_load_api",
        "unable to import bind_ob - maybe module is not loaded",
    ),
    "noob": ("INFO", "rr", "rr_mod.c:185", "mod_init", "outbound module not available"),
    "rcvi": (
        "INFO",
        "<core>",
        "core/udp_server.c:154",
        "probe_max_receive_buffer",
        "SO_RCVBUF is initially %d for fd %d",
    ),
    "rcvf": (
        "INFO",
        "<core>",
        "core/udp_server.c:206",
        "probe_max_receive_buffer",
        "SO_RCVBUF is finally %d on fd %d",
    ),
    "sndi": (
        "INFO",
        "<core>",
        "core/udp_server.c:238",
        "probe_max_send_buffer",
        "SO_SNDBUF is initially %d for fd %d",
    ),
    "sndf": (
        "INFO",
        "<core>",
        "core/udp_server.c:290",
        "probe_max_send_buffer",
        "SO_SNDBUF is finally %d on fd %d",
    ),
    "iowatch": (
        "INFO",
        "<core>",
        "core/tcp_main.c:5076",
        "init_tcp",
        "using %s as the io watch method (auto detected)",
    ),
    "tlsver": (
        "NOTICE",
        "tls",
        "tls_init.c:792",
        "tls_h_mod_init_f",
        'compiled  with  openssl  version "%s" (0x%08lx), kerberos support: %s, compression: %s',
    ),
    "sigterm": ("NOTICE", "<core>", "main.c:858", "handle_sigs", "Thank you for flying %s!!!"),
    "dblfree": (
        "CRITICAL",
        "<core>",
        "core/mem/q_malloc.c:519",
        "qm_free",
        "BUG: freeing already freed pointer (%p), called from %s: %s: %s(%d), first free %s: %s: %s(%d) - ignoring",
    ),
    "childsig": (
        "ALERT",
        "<core>",
        "main.c:793",
        "handle_sigs",
        "child process %ld exited by a signal %d",
    ),
    "nocore": ("ALERT", "<core>", "main.c:796", "handle_sigs", "core was not generated"),
    "rst": (
        "ERROR",
        "<core>",
        "core/tcp_main.c:1216",
        "tcp_blocking_connect",
        "connect %s failed (RST) %s",
    ),
    "unreach": (
        "ERROR",
        "<core>",
        "core/tcp_main.c:1216",
        "tcp_blocking_connect",
        "connect %s failed (unreachable) %s",
    ),
    "ctimeout": (
        "ERROR",
        "<core>",
        "core/tcp_main.c:4792",
        "tcpconn_main_timeout",
        "connect %s failed (timeout) %s",
    ),
    "tcpsend": ("ERROR", "tm", "../../core/forward.h:303", "msg_send_buffer", "tcp_send failed"),
    "branch": (
        "ERROR",
        "tm",
        "t_fwd.c:1581",
        "t_send_branch",
        "sending request on branch %d failed",
    ),
    "relay": ("ERROR", "tm", "tm.c:1784", "_w_t_relay_to", "t_forward_nonack failed"),
    "slerr": (
        "ERROR",
        "sl",
        "sl_funcs.c:415",
        "sl_reply_error",
        "stateless error reply used: %.*s",
    ),
    "resolve": (
        "ERROR",
        "<core>",
        "core/resolve.c:1743",
        "sip_hostport2su",
        'could not resolve hostname: "%.*s"',
    ),
    "tlsproto": ("ERROR", "tls", "tls_server.c:1193", "tls_h_read_f", "protocol level error"),
    "tlsacc": (
        "ERROR",
        "tls",
        "tls_util.h:48",
        "tls_err_ret",
        "TLS accept:error:%08lX:%s::%s (sni: %s)",
    ),
    "tlscon": (
        "ERROR",
        "tls",
        "tls_util.h:48",
        "tls_err_ret",
        "TLS connect:error:%08lX:%s::%s (sni: %s)",
    ),
    "tlssrc": ("ERROR", "tls", "tls_server.c:1197", "tls_h_read_f", "src addr: %s:%d"),
    "tlsdst": ("ERROR", "tls", "tls_server.c:1200", "tls_h_read_f", "dst addr: %s:%d"),
    "tcpread": (
        "ERROR",
        "<core>",
        "core/tcp_read.c:1531",
        "tcp_read_req",
        "ERROR: tcp_read_req: error reading - c: %p r: %p (%d)",
    ),
    "rderr": (
        "ERROR",
        "<core>",
        "core/tcp_read.c:278",
        "tcp_read_data",
        "error reading: %s (%d) ([%s]:%u ->",
    ),
    "rderr2": ("ERROR", "<core>", "core/tcp_read.c:281", "tcp_read_data", "-> [%s]:%u)"),
    "query": (
        "ERROR",
        "db_mysql",
        "km_dbase.c:122",
        "db_mysql_submit_query",
        "driver error on query: %s (%d)",
    ),
    "doupd": ("ERROR", "<core>", "db_query.c:346", "db_do_update", "error while submitting query"),
    "ulupd": (
        "ERROR",
        "usrloc",
        "ucontact.c:1031",
        "db_update_ucontact_addr",
        "updating database failed",
    ),
    "newcon": (
        "ERROR",
        "db_mysql",
        "km_my_con.c:135",
        "db_mysql_new_connection",
        "driver error: %s",
    ),
    "pool": ("ERROR", "<core>", "db.c:318", "db_do_init2", "could not add connection to the pool"),
    "ulchild": (
        "ERROR",
        "usrloc",
        "ul_mod.c:482",
        "child_init",
        "child(%d): failed to connect to database",
    ),
    "maxc": (
        "INFO",
        "registrar",
        "save.c:436",
        "test_max_contacts",
        "too many contacts for AOR <%.*s>",
    ),
    "maxc2": (
        "INFO",
        "registrar",
        "save.c:664",
        "update_contacts",
        "too many contacts for AOR <%.*s>, max=%d",
    ),
    "rtpto": (
        "ERROR",
        "rtpengine",
        "rtpengine.c:2711",
        "send_rtpp_command",
        'timeout waiting reply for command "%s" from RTP proxy <%s>',
    ),
    "rtpnone": (
        "ERROR",
        "rtpengine",
        "rtpengine.c:2904",
        "rtpp_function_call",
        "no available proxies",
    ),
    "parse": (
        "ERROR",
        "<core>",
        "core/receive.c:318",
        "receive_msg",
        "core parsing of SIP message failed (%s:%d/%d)",
    ),
    "hdr": (
        "ERROR",
        "<core>",
        "core/parser/msg_parser.c:331",
        "parse_headers",
        "bad header field [%.*s]",
    ),
}

# the routing script's xlog() calls: statement -> (level, format)
KAM_XLOG = {
    "reg": ("INFO", "REGISTER $tu from $si:$sp ($ua)"),
    "unreg": ("INFO", "REGISTER $tu removed (expires 0) from $si"),
    "authfail": ("NOTICE", "auth failed for $fu from $si ($rm)"),
    "pike": ("ALERT", "ALERT: pike blocking $rm from $fu (IP:$si:$sp)"),
    "malformed": ("ERROR", "Malformed SIP message from $si:$sp"),
    "invite": ("INFO", "INVITE $fU -> $rU from $si:$sp call-id $ci"),
    "dispatch": ("INFO", "dispatching $rm $ru to $du"),
    "dsfail": (
        "WARNING",
        "dispatcher: $du failed with $T_reply_code $T_reply_reason, trying next destination",
    ),
    "dstimeout": ("WARNING", "dispatcher: $du timed out, trying next destination"),
    "dsnomore": ("ERROR", "dispatcher: no more destinations for $ci, replying 503"),
    "dsdown": ("ERROR", "Destination down: $rm $ru ($du)"),
    "dsup": ("ERROR", "Destination up: $rm $ru"),
    "bye": ("INFO", "BYE for $ci from $fU"),
    "cancel": ("INFO", "CANCEL for $ci from $fU"),
    "banned": ("WARNING", "blocked $rm from $si: user agent $ua is banned"),
    "relaydeny": ("NOTICE", "relay denied: $rm $ru from $si"),
    "notreg": ("INFO", "$rU is not registered, replying 480"),
    "noexist": ("INFO", "$rU does not exist, replying 404"),
    "rtpfail": ("ERROR", "RTPEngine offer failed for $ci"),
}


class KamHost:
    """One Kamailio instance: its log, how its lines are framed and its processes' pids."""

    def __init__(self, r: random.Random, log: Log, host: str, main_pid: int, journal: bool):
        self.r, self.log, self.host, self.journal = r, log, host, journal
        self.pending: list[tuple[datetime, int, Callable[[], None]]] = []
        self.start(main_pid)

    def later(self, seconds: float, fn: Callable[[], None]) -> None:
        """Run `fn` once the log's clock has passed `seconds` from now (a call's BYE)."""
        self.pending.append((self.log.t + timedelta(seconds=seconds), len(self.pending), fn))
        self.pending.sort(key=lambda x: (x[0], x[1]))

    def due(self) -> None:
        while self.pending and self.pending[0][0] <= self.log.t:
            self.pending.pop(0)[2]()

    def start(self, main_pid: int) -> None:
        self.main_pid = main_pid
        # process_no -> pid: 0 main, 1-8 udp receivers, 9-16 tcp receivers, then timers, rpc, ...
        self.pids = {n: main_pid + n for n in range(0, 24)}

    def line(self, pno: int, body: str, tid: str) -> None:
        t = self.log.t
        if self.journal:
            text = f"{syslog_ts(t)} {self.host} kamailio[{self.main_pid}]: {pno:2d}({self.pids[pno]}) {body}"
        else:
            text = f"{syslog_ts(t)} {self.host} /usr/sbin/kamailio[{self.pids[pno]}]: {body}"
        self.log.add(text, tid)

    def lm(
        self, key: str, *vals: object, pno: int | None = None, lo: float = 0.0, hi: float = 0.5
    ) -> None:
        level, mod, loc, func, fmt = KAM[key]
        self.log.tick(self.r, lo, hi)
        if pno is None:
            pno = self.r.randrange(1, 17)
        self.line(pno, f"{level}: {mod} [{loc}]: {func}(): {fill(fmt, *vals)}", label(fmt, *vals))

    def xlog(
        self, key: str, *vals: object, pno: int | None = None, lo: float = 0.0, hi: float = 0.5
    ) -> None:
        level, fmt = KAM_XLOG[key]
        self.log.tick(self.r, lo, hi)
        if pno is None:
            pno = self.r.randrange(1, 9)
        self.line(pno, f"{level}: <script>: {xfill(fmt, *vals)}", fmt)

    def systemd(self, fmt: str, *vals: object, lo: float = 0.0, hi: float = 0.2) -> None:
        t = self.log.tick(self.r, lo, hi)
        self.log.add(f"{syslog_ts(t)} {self.host} systemd[1]: {fill(fmt, *vals)}", fmt)


def kamailio(r: random.Random) -> list[Log]:
    """Two Kamailio 5.7 edge proxies in front of three FreeSWITCH media servers (dispatcher set
    1) and a carrier trunk: sip1 logs through rsyslog to /var/log/kamailio.log (each process's
    pid in the tag), sip2 runs in the foreground under systemd (`-DD -E`) and is read with
    `journalctl -u kamailio`, its lines carrying kamailio's own process number and pid. Start-up
    (SCTP, socket buffers probed, the io watch method, rr without outbound, TLS's OpenSSL),
    then traffic: REGISTERs of a few dozen phones, calls dispatched to the media servers, BYEs
    and CANCELs, failed lookups, scanners blocked by pike and by user agent, malformed messages,
    a media server going down and up again (failovers, 408s and 503s, OPTIONS probes), TCP and
    TLS connections refused or reset, RTPEngine timeouts, a MySQL outage (usrloc writes failing)
    and on sip2 a double free and a segfault, systemd restarting it while the database is down."""
    t0 = datetime(2024, 6, 11, 6, 0, 1, tzinfo=UTC)
    l1 = Log("sip1-kamailio.log", t0)
    l2 = Log("sip2-journal.log", t0 + timedelta(seconds=3))
    h1 = KamHost(r, l1, "sip1", 1240, journal=False)
    h2 = KamHost(r, l2, "sip2", 2210, journal=True)
    domain = "voip.example.net"
    users = [str(n) for n in range(1001, 1049)]
    phones = {
        u: (
            ip4(r, r.choice(PUBLIC_NETS)),
            r.choice([5060, 5060, 5062, r.randrange(1024, 65000)]),
            r.choice(SIP_UAS),
        )
        for u in users
    }
    media = ["10.0.1.11", "10.0.1.12", "10.0.1.13"]
    down: set[str] = set()
    db_down = [False]
    carrier = "sip.carrier-a.net"

    def cid() -> str:
        return r.choice(
            [
                f"{alnum(r, 22)}",
                f"{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}@{domain}",
                f"{r.randrange(10**9)}-{r.randrange(10**9)}@192.168.1.{r.randrange(2, 250)}",
            ]
        )

    def startup(h: KamHost, public: str) -> None:
        h.lm("sctp", pno=0, lo=0, hi=0.01)
        h.lm("revres", public, pno=0, lo=0, hi=0.05)
        h.lm("revres", "10.0.0.10" if h.host == "sip1" else "10.0.0.20", pno=0, lo=0, hi=0.05)
        h.lm("procs", 36, 268435456, 16777216, pno=0, lo=0, hi=0.01)
        h.lm("obapi", pno=0, lo=0, hi=0.01)
        h.lm("noob", pno=0, lo=0, hi=0.01)
        h.lm("tlsver", "OpenSSL 3.0.11 19 Sep 2023", 0x300000B0, "off", "off", pno=0, lo=0, hi=0.01)
        for fd in (5, 6):
            h.lm("rcvi", 212992, fd, pno=0, lo=0, hi=0.01)
            h.lm("rcvf", r.choice([425984, 851968, 1703936]), fd, pno=0, lo=0, hi=0.01)
            h.lm("sndi", 212992, fd + 2, pno=0, lo=0, hi=0.01)
            h.lm("sndf", r.choice([425984, 851968]), fd + 2, pno=0, lo=0, hi=0.01)
        h.lm("iowatch", "epoll_lt", pno=0, lo=0, hi=0.01)

    def db_fail(h: KamHost) -> None:
        pno = r.randrange(1, 17)
        err = r.choice(
            [
                (Word("MySQL server has gone away"), 2006),
                (Word("Lost connection to MySQL server during query"), 2013),
                (
                    Word(
                        "Can't connect to MySQL server on '10.0.2.5' (111)",
                        "Can't connect to MySQL server on '%s' (%d)",
                    ),
                    2003,
                ),
            ]
        )
        h.lm("query", *err, pno=pno, lo=0.01, hi=2)
        h.lm("doupd", pno=pno, lo=0, hi=0.01)
        h.lm("ulupd", pno=pno, lo=0, hi=0.01)

    def register(h: KamHost) -> None:
        u = r.choice(users)
        ip, port, ua = phones[u]
        h.xlog("reg", f"sip:{u}@{domain}", ip, port, ua, lo=0.5, hi=9)
        if db_down[0] and r.random() < 0.7:
            db_fail(h)
        elif r.random() < 0.02:
            h.lm("maxc", f"sip:{u}@{domain}")
        elif r.random() < 0.01:
            h.lm("maxc2", f"sip:{u}@{domain}", 5)

    def unregister(h: KamHost) -> None:
        u = r.choice(users)
        h.xlog("unreg", f"sip:{u}@{domain}", phones[u][0], lo=0.5, hi=20)

    def call(h: KamHost) -> None:
        a, b = r.sample(users, 2)
        ext = r.random() < 0.4
        dest = f"+49{r.randrange(30, 90)}{r.randrange(10**6, 10**8)}" if ext else b
        ci = cid()
        ip, port, _ = phones[a]
        h.xlog("invite", a, dest, ip, port, ci, lo=0.5, hi=12)
        if not ext and r.random() < 0.12:
            if r.random() < 0.6:
                h.xlog("notreg", dest, lo=0, hi=0.05)
            else:
                h.xlog("noexist", dest, lo=0, hi=0.05)
            return
        if r.random() < 0.03:
            h.lm("rtpto", "offer", "udp:127.0.0.1:2223", lo=1, hi=1.1)
            if r.random() < 0.5:
                h.lm("rtpnone", lo=0, hi=0.01)
            h.xlog("rtpfail", ci, lo=0, hi=0.01)
            return
        tries = [m for m in media if m not in down] + [m for m in media if m in down]
        r.shuffle(tries)
        ru = f"sip:{dest}@{domain}"
        for i, m in enumerate(tries):
            du = f"sip:{m}:5060"
            h.xlog("dispatch", "INVITE", ru, du, lo=0, hi=0.02)
            if m in down:
                if r.random() < 0.5:
                    h.xlog("dstimeout", du, lo=4, hi=5)
                else:
                    h.xlog("dsfail", du, 503, "Service Unavailable", lo=0.01, hi=0.2)
                if i == len(tries) - 1:
                    h.xlog("dsnomore", ci, lo=0, hi=0.01)
                continue
            break
        if r.random() < 0.18:
            h.later(r.uniform(2, 25), lambda: h.xlog("cancel", ci, a, lo=0, hi=0.01))
        else:
            by = r.choice([a, dest])
            h.later(r.expovariate(1 / 150), lambda: h.xlog("bye", ci, by, lo=0, hi=0.01))

    def scanner(h: KamHost) -> None:
        ip = ip4(r, r.choice(SCANNER_NETS))
        port = r.choice([5060, 5070, r.randrange(1024, 65000)])
        ua = r.choice(SCANNER_UAS)
        n = r.randrange(1, 4)
        for _ in range(n):
            u = r.choice(["100", "101", "1000", "admin", "test", "200", "1001", "9999"])
            pick(
                r,
                [
                    (
                        3,
                        lambda u=u: h.xlog(
                            "authfail",
                            f"sip:{u}@{domain}",
                            ip,
                            r.choice(["REGISTER", "REGISTER", "INVITE"]),
                            lo=0.1,
                            hi=3,
                        ),
                    ),
                    (
                        2,
                        lambda: h.xlog(
                            "banned",
                            r.choice(["OPTIONS", "REGISTER", "INVITE"]),
                            ip,
                            ua,
                            lo=0.1,
                            hi=3,
                        ),
                    ),
                    (
                        1,
                        lambda: h.xlog(
                            "relaydeny",
                            "INVITE",
                            f"sip:00{r.randrange(10**9, 10**11)}@{r.choice([domain, h.host + '.' + domain, ip4(r, '81.17')])}",
                            ip,
                            lo=0.1,
                            hi=3,
                        ),
                    ),
                ],
            )
        if r.random() < 0.4:
            h.xlog(
                "pike",
                r.choice(["REGISTER", "OPTIONS", "INVITE"]),
                f"sip:{r.choice(['100', '1000', 'admin'])}@{ip}",
                ip,
                port,
                lo=0,
                hi=1,
            )
        if r.random() < 0.2:
            h.lm("parse", ip, port, 1, lo=0, hi=1)
            h.xlog("malformed", ip, port, lo=0, hi=0.01)
        if r.random() < 0.08:
            h.lm(
                "hdr",
                r.choice(["From: <sip:100@", "Via: SIP/2.0/UDP", "CSeq: 1 OPT"]),
                lo=0,
                hi=0.2,
            )

    def tls(h: KamHost) -> None:
        ip = ip4(r, r.choice(PUBLIC_NETS + SCANNER_NETS))
        port = r.randrange(1024, 65000)
        code, reason = r.choice(
            [
                (0x0A00010B, "wrong version number"),
                (0x0A000126, "unexpected eof while reading"),
                (0x0A000416, "sslv3 alert certificate unknown"),
                (0x0A0000C1, "no shared cipher"),
                (0x0A00009C, "http request"),
            ]
        )
        h.lm("tlsproto", pno=r.randrange(9, 17), lo=1, hi=40)
        h.lm("tlsacc", code, "SSL routines", Word(reason), "unknown", pno=None, lo=0, hi=0.001)
        h.lm("tlssrc", ip, port, lo=0, hi=0.001)
        h.lm("tlsdst", "10.0.0.10" if h.host == "sip1" else "10.0.0.20", 5061, lo=0, hi=0.001)
        h.lm("tcpread", f"0x7f{hexid(r, 10)}", f"0x7f{hexid(r, 10)}", -1, lo=0, hi=0.001)

    def tcp_reset(h: KamHost) -> None:
        u = r.choice(users)
        ip, port, _ = phones[u]
        h.lm(
            "rderr",
            Word("Connection reset by peer"),
            104,
            ip,
            port,
            pno=r.randrange(9, 17),
            lo=1,
            hi=40,
        )
        h.lm("rderr2", "10.0.0.10" if h.host == "sip1" else "10.0.0.20", 5060, lo=0, hi=0.001)

    def carrier_fail(h: KamHost) -> None:
        kind = r.random()
        peer = r.choice(["198.51.100.20:5061", "198.51.100.21:5061"])
        if kind < 0.4:
            h.lm("ctimeout", peer, Word(""), pno=0, lo=2, hi=60)
        elif kind < 0.7:
            h.lm("rst", peer, Word("Connection refused"), lo=2, hi=60)
        else:
            h.lm("unreach", peer, Word("No route to host"), lo=2, hi=60)
        h.lm("tcpsend", lo=0, hi=0.01)
        h.lm("branch", 0, lo=0, hi=0.01)
        h.lm("relay", lo=0, hi=0.01)
        h.lm(
            "slerr",
            Word(
                f"I'm terribly sorry, server error occurred ({r.choice([1, 7])}/SL)",
                "I'm terribly sorry, server error occurred (%d/SL)",
            ),
            lo=0,
            hi=0.01,
        )
        if r.random() < 0.25:
            code, reason = 0x0A000086, "certificate verify failed"
            h.lm("tlscon", code, "SSL routines", Word(reason), carrier, lo=0, hi=0.01)

    def resolve_fail(h: KamHost) -> None:
        name = r.choice(
            ["pbx.customer-one.example", "sip.oldcarrier.example", f"{r.choice(users)}.invalid"]
        )
        h.lm("resolve", name, lo=1, hi=60)
        h.lm(
            "slerr",
            Word("Unresolvable destination (478/SL)", "Unresolvable destination (%d/SL)"),
            lo=0,
            hi=0.01,
        )

    def probe_down(h: KamHost, m: str) -> None:
        h.xlog("dsdown", "OPTIONS", f"sip:{m}:5060", f"sip:{m}:5060", pno=20, lo=0, hi=1)

    def probe_up(h: KamHost, m: str) -> None:
        h.xlog("dsup", "OPTIONS", f"sip:{m}:5060", pno=20, lo=0, hi=1)

    def step(h: KamHost) -> None:
        pick(
            r,
            [
                (40, lambda: register(h)),
                (3, lambda: unregister(h)),
                (16, lambda: call(h)),
                (5, lambda: scanner(h)),
                (1.6, lambda: tls(h)),
                (1.2, lambda: tcp_reset(h)),
                (0.8, lambda: carrier_fail(h)),
                (0.4, lambda: resolve_fail(h)),
            ],
        )

    startup(h1, "203.0.113.10")
    h2.log.t = h1.log.t + timedelta(seconds=2)
    startup(h2, "203.0.113.20")
    crashed = False
    for i in range(1500):
        h = h1 if r.random() < 0.6 else h2
        step(h)
        h.due()
        if i == 400:
            down.add("10.0.1.12")
            for hh in (h1, h2):
                probe_down(hh, "10.0.1.12")
        if i == 480:
            for m in ("10.0.1.11", "10.0.1.13"):
                down.add(m)
                for hh in (h1, h2):
                    probe_down(hh, m)
        if i == 505:
            for m in ("10.0.1.11", "10.0.1.13"):
                down.discard(m)
                for hh in (h1, h2):
                    probe_up(hh, m)
        if i == 700:
            down.discard("10.0.1.12")
            for hh in (h1, h2):
                probe_up(hh, "10.0.1.12")
        if i == 900:
            db_down[0] = True
        if i == 1000:
            db_down[0] = False
        if i == 940 and not crashed:
            crashed = True
            h2.lm(
                "dblfree",
                f"0x7f{hexid(r, 10)}",
                "tm",
                "h_table.c",
                "free_cell_helper",
                235,
                "tm",
                "h_table.c",
                "free_cell_helper",
                235,
                lo=1,
                hi=5,
            )
            pno = r.randrange(1, 9)
            h2.lm("childsig", h2.pids[pno], 11, pno=0, lo=0, hi=0.2)
            h2.lm("nocore", pno=0, lo=0, hi=0.01)
            h2.lm("sigterm", Word("kamailio"), pno=0, lo=0, hi=0.3)
            h2.systemd(
                "%s: Main process exited, code=%s, status=%s",
                "kamailio.service",
                "exited",
                "255/EXCEPTION",
            )
            h2.systemd("%s: Failed with result '%s'.", "kamailio.service", "exit-code")
            h2.systemd(
                "%s: Scheduled restart job, restart counter is at %u.",
                "kamailio.service",
                1,
                lo=5,
                hi=5.2,
            )
            h2.systemd("Stopped %s.", "kamailio.service - Kamailio - the Open Source SIP Server")
            h2.systemd("Starting %s...", "kamailio.service - Kamailio - the Open Source SIP Server")
            h2.start(3872)
            startup(h2, "203.0.113.20")
            for pno in range(1, 17):
                h2.lm(
                    "newcon",
                    Word(
                        "Can't connect to MySQL server on '10.0.2.5' (111)",
                        "Can't connect to MySQL server on '%s' (%d)",
                    ),
                    pno=pno,
                    lo=0,
                    hi=0.05,
                )
                h2.lm("pool", pno=pno, lo=0, hi=0.01)
                h2.lm("ulchild", pno, pno=pno, lo=0, hi=0.01)
            h2.systemd("Started %s.", "kamailio.service - Kamailio - the Open Source SIP Server")
        # keep the two hosts' clocks together
        if h1.log.t < h2.log.t - timedelta(seconds=30):
            h1.log.t = h2.log.t - timedelta(seconds=r.uniform(0, 5))
        elif h2.log.t < h1.log.t - timedelta(seconds=30):
            h2.log.t = h1.log.t - timedelta(seconds=r.uniform(0, 5))
    h1.lm("sigterm", Word("kamailio"), pno=0, lo=20, hi=40)
    return [l1, l2]


# --------------------------------------------------------------------------------- freeswitch

# statement -> (level, file:line, format): switch_log_printf() calls (the line a macro's caller's)
FS = {
    "new": ("NOTICE", "switch_channel.c:1142", "New Channel %s [%s]"),
    "running": (
        "DEBUG",
        "switch_core_state_machine.c:581",
        "(%s) Running State Change %s (Cur %d Tot %ld)",
    ),
    "receiving": (
        "INFO",
        "sofia.c:10460",
        "%s receiving invite from %s:%d version: %s call-id: %s",
    ),
    "detach": ("DEBUG", "sofia.c:2419", "detaching session %s"),
    "reattach": ("DEBUG", "sofia.c:2532", "Re-attaching to session %s"),
    "entering": ("DEBUG", "sofia.c:7493", "Channel %s entering state [%s][%d]"),
    "rsdp": ("DEBUG", "sofia.c:7503", "Remote SDP:\n%s"),
    "codec_cmp": (
        "DEBUG",
        "switch_core_media.c:5650",
        "Audio Codec Compare [%s:%d:%u:%d:%u:%d]/[%s:%d:%u:%d:%u:%d]",
    ),
    "codec_match": (
        "DEBUG",
        "switch_core_media.c:5705",
        "Audio Codec Compare [%s:%d:%u:%d:%u:%d] ++++ is saved as a match",
    ),
    "setcodec": (
        "DEBUG",
        "switch_core_media.c:3653",
        "Set Codec %s %s/%ld %d ms %d samples %d bits %d channels",
    ),
    "rtp": (
        "DEBUG",
        "switch_core_media.c:8624",
        "AUDIO RTP [%s] %s port %d -> %s port %d codec: %u ms: %d",
    ),
    "dtmf": ("DEBUG", "switch_rtp.c:8138", "RTP RECV DTMF %c:%d"),
    "processing": ("INFO", "mod_dialplan_xml.c:639", "Processing %s <%s>->%s in context %s"),
    "noroute": ("WARNING", "switch_core_state_machine.c:251", "No Route, Aborting"),
    "ringready": ("NOTICE", "switch_channel.c:3573", "Ring-Ready %s!"),
    "preanswer": ("NOTICE", "switch_channel.c:3685", "Pre-Answer %s!"),
    "answered": ("NOTICE", "switch_channel.c:3956", "Channel [%s] has been answered"),
    "origerr": (
        "INFO",
        "switch_ivr_originate.c:3941",
        "Originate Resulted in Error Cause: %d [%s]",
    ),
    "cannot": (
        "ERR",
        "switch_ivr_originate.c:2766",
        "Cannot create outgoing channel of type [%s] cause: [%s]",
    ),
    "sendbye": ("INFO", "mod_sofia.c:527", "Sending BYE to %s"),
    "sendcancel": ("INFO", "mod_sofia.c:530", "Sending CANCEL to %s"),
    "hanging": ("DEBUG", "mod_sofia.c:469", "Channel %s hanging up, cause: %s"),
    "ended": ("NOTICE", "switch_core_session.c:1762", "Session %ld (%s) Ended"),
    "close": ("NOTICE", "switch_core_session.c:1766", "Close Channel %s [%s]"),
    "lastinstr": (
        "NOTICE",
        "switch_core_state_machine.c:315",
        "%s has executed the last dialplan instruction, hanging up.",
    ),
    "throttle": ("CRIT", "switch_core_session.c:2567", "Throttle Error! %d"),
    "chal_reg": (
        "WARNING",
        "sofia_reg.c:1803",
        "SIP auth challenge (REGISTER) on sofia profile '%s' for [%s@%s] from ip %s",
    ),
    "chal_inv": (
        "WARNING",
        "sofia_reg.c:1803",
        "SIP auth challenge (INVITE) on sofia profile '%s' for [%s@%s] from ip %s",
    ),
    "fail_reg": (
        "WARNING",
        "sofia_reg.c:1765",
        "SIP auth failure (REGISTER) on sofia profile '%s' for [%s@%s] from ip %s",
    ),
    "fail_inv": (
        "WARNING",
        "sofia_reg.c:1765",
        "SIP auth failure (INVITE) on sofia profile '%s' for [%s@%s] from ip %s",
    ),
    "cantfind": (
        "WARNING",
        "sofia_reg.c:3210",
        "Can't find user [%s@%s] from %s\nYou must define a domain called '%s' in your directory and add a user with the id=\"%s\" attribute\nand you must configure your device to use the proper domain in its authentication credentials.",
    ),
    "gwreg": ("NOTICE", "sofia_reg.c:425", "Registering %s"),
    "gwtimeout": ("WARNING", "sofia_reg.c:457", "Timeout Registering %s"),
    "gwretry": (
        "WARNING",
        "sofia_reg.c:484",
        "%s Failed Registration [%d], setting retry to %d seconds.",
    ),
    "gwstatus": (
        "ERR",
        "sofia_reg.c:2709",
        "%s Failed Registration with status %s [%d]. failure #%d",
    ),
    "gwunreg": ("NOTICE", "sofia_reg.c:148", "UN-Registering %s"),
    "esl_open": ("DEBUG", "mod_event_socket.c:2640", "Connection Open from %s:%d"),
    "esl_done": ("DEBUG", "mod_event_socket.c:2760", "Session complete, waiting for children"),
    "esl_closed": ("DEBUG", "mod_event_socket.c:2797", "Connection Closed"),
    "esl_acl": ("WARNING", "mod_event_socket.c:2611", 'IP %s Rejected by acl "%s"'),
    "banner": (
        "CONSOLE",
        "switch_core.c:2528",
        "\nFreeSWITCH Version %s (%s)\n\nFreeSWITCH Started\nMax Sessions [%u]\nSession Rate [%d]\nSQL [%s]",
    ),
    "loaded": ("CONSOLE", "switch_loadable_module.c:1772", "Successfully Loaded [%s]"),
    "stopping": ("CONSOLE", "switch_loadable_module.c:2326", "Stopping: %s"),
    "add_app": ("NOTICE", "switch_loadable_module.c:341", "Adding Application '%s'"),
    "add_api": ("NOTICE", "switch_loadable_module.c:389", "Adding API Function '%s'"),
    "profile": ("NOTICE", "sofia.c:3489", "Started Profile %s [%s]"),
    "uaerr": (
        "ERR",
        "sofia.c:3311",
        "Error Creating SIP UA for profile: %s (%s) ATTEMPT %d (RETRY IN %d SEC)",
    ),
}
# the state machine's STATE_MACRO(name, "NAME") and the endpoints' state handlers: each state's
# name is written literally at its call site, so each is a statement of its own
for _st, _ln in [
    ("NEW", 600),
    ("INIT", 624),
    ("ROUTING", 640),
    ("EXECUTE", 652),
    ("EXCHANGE_MEDIA", 664),
    ("CONSUME_MEDIA", 676),
    ("HANGUP", 846),
    ("REPORTING", 932),
    ("DESTROY", 745),
]:
    FS[f"st_{_st}"] = ("DEBUG", f"switch_core_state_machine.c:{_ln}", f"(%s) State {_st}")
    FS[f"sleep_{_st}"] = (
        "DEBUG",
        f"switch_core_state_machine.c:{_ln}",
        f"(%s) State {_st} going to sleep",
    )
for _st, _ln in [
    ("INIT", 97),
    ("ROUTING", 158),
    ("EXECUTE", 204),
    ("EXCHANGE_MEDIA", 226),
    ("CONSUME_MEDIA", 244),
    ("DESTROY", 380),
]:
    FS[f"sofia_{_st}"] = ("DEBUG", f"mod_sofia.c:{_ln}", f"%s SOFIA {_st}")
for _st, _ln in [
    ("INIT", 40),
    ("ROUTING", 230),
    ("EXECUTE", 292),
    ("EXCHANGE_MEDIA", 369),
    ("CONSUME_MEDIA", 381),
    ("DESTROY", 175),
]:
    FS[f"std_{_st}"] = ("DEBUG", f"switch_core_state_machine.c:{_ln}", f"%s Standard {_st}")
FS["std_HANGUP"] = ("DEBUG", "switch_core_state_machine.c:59", "%s Standard HANGUP, cause: %s")
FS["std_REPORTING"] = (
    "DEBUG",
    "switch_core_state_machine.c:168",
    "%s Standard REPORTING, cause: %s",
)
# switch_channel_set_state() and the call state log at their caller's file and line
FS_STATECHG = "(%s) State Change %s -> %s"
FS_CALLSTATE = "(%s) Callstate Change %s -> %s"
FS_HANGUP = "Hangup %s [%s] [%s]"
# the dialplan's and the applications' lines: written with the session's uuid and no time
FS_CLEAN = {
    "dp_parse": "Dialplan: %s parsing [%s->%s] continue=%s",
    "dp_pass": "Dialplan: %s Regex (PASS) [%s] %s(%s) =~ /%s/ break=%s",
    "dp_fail": "Dialplan: %s Regex (FAIL) [%s] %s(%s) =~ /%s/ break=%s",
    "dp_abs": "Dialplan: %s Absolute Condition [%s]",
    "dp_action": "Dialplan: %s Action %s(%s) %s",
    "dp_anti": "Dialplan: %s ANTI-Action %s(%s) %s",
    "execute": "EXECUTE [depth=%d] %s %s(%s)",
}
CAUSE_CODE = {
    "NORMAL_CLEARING": 16,
    "USER_BUSY": 17,
    "NO_USER_RESPONSE": 18,
    "NO_ANSWER": 19,
    "CALL_REJECTED": 21,
    "UNALLOCATED_NUMBER": 1,
    "NORMAL_TEMPORARY_FAILURE": 41,
    "RECOVERY_ON_TIMER_EXPIRE": 102,
    "USER_NOT_REGISTERED": 606,
    "ORIGINATOR_CANCEL": 487,
    "NO_ROUTE_DESTINATION": 3,
}
SIP_CODE = {
    "USER_BUSY": 486,
    "NO_ANSWER": 480,
    "CALL_REJECTED": 603,
    "UNALLOCATED_NUMBER": 404,
    "NORMAL_TEMPORARY_FAILURE": 503,
    "RECOVERY_ON_TIMER_EXPIRE": 408,
}
FS_MODULES = {
    "mod_logfile": [],
    "mod_event_socket": [("add_api", "event_sink")],
    "mod_sofia": [
        ("add_app", "sofia_sla"),
        ("add_api", "sofia"),
        ("add_api", "sofia_gateway_data"),
        ("add_api", "sofia_username_of"),
        ("add_api", "sofia_contact"),
        ("add_api", "sofia_count_reg"),
        ("add_api", "sofia_dig"),
        ("add_api", "sofia_presence_data"),
    ],
    "mod_commands": [
        ("add_api", "uuid_bridge"),
        ("add_api", "uuid_kill"),
        ("add_api", "show"),
        ("add_api", "status"),
        ("add_api", "reloadxml"),
        ("add_api", "originate"),
        ("add_api", "uuid_transfer"),
        ("add_api", "version"),
    ],
    "mod_dptools": [
        ("add_app", "answer"),
        ("add_app", "bridge"),
        ("add_app", "hangup"),
        ("add_app", "set"),
        ("add_app", "export"),
        ("add_app", "playback"),
        ("add_app", "transfer"),
        ("add_app", "sleep"),
        ("add_app", "ring_ready"),
        ("add_app", "record_session"),
        ("add_app", "hash"),
    ],
    "mod_dialplan_xml": [],
    "mod_voicemail": [
        ("add_app", "voicemail"),
        ("add_api", "voicemail"),
        ("add_api", "vm_boxcount"),
    ],
    "mod_db": [("add_app", "db"), ("add_app", "group"), ("add_api", "db"), ("add_api", "group")],
    "mod_sndfile": [],
    "mod_opus": [],
    "mod_g729": [],
}


def freeswitch(r: random.Random) -> list[Log]:
    """A FreeSWITCH 1.10 PBX with the default logfile profile (every level, each session's
    lines after its uuid): phones on the internal profile registering (auth challenges logged
    for fail2ban), calls between extensions bridged through `user/` with each leg's state
    machine (NEW to DESTROY, the SOFIA and Standard state handlers, call state changes), the XML
    dialplan's regex walk and actions, codec negotiation and RTP, remote SDPs over several lines,
    hangups with their causes (busy, no answer to voicemail, not registered, the caller
    cancelling), calls out through a carrier gateway and in to an IVR with DTMF, scanners on the
    external profile with no route and unknown users (a three-line warning), a second gateway
    failing to register, an ESL monitor connecting every minute and a host rejected by ACL, a
    throttle error and a restart (modules stopped, the start-up banner, modules and interfaces
    loaded, a SIP UA that must retry binding)."""
    log = Log("freeswitch.log", datetime(2024, 6, 11, 6, 0, 0, 417332, tzinfo=UTC))
    host_ip = "10.20.0.5"
    domain = host_ip
    ext_ip = "203.0.113.50"
    version = "1.10.11-release git 2c1f1b0 2023-12-22 16:47:15Z 64bit"
    node = hexid(r, 12)
    idle = [97.4]
    cur = [0]
    tot = [18233]
    users = [str(n) for n in range(1001, 1031)]
    phones = {
        u: (ip4(r, "192.168.10"), r.choice([5060, 5060, r.randrange(5062, 5090)])) for u in users
    }
    registered = set(users) - set(r.sample(users, 4))
    pending: list[tuple[datetime, int, Callable[[], None]]] = []
    seq = [0]

    def later(seconds: float, fn: Callable[[], None]) -> None:
        seq[0] += 1
        pending.append((log.t + timedelta(seconds=seconds), seq[0], fn))
        pending.sort(key=lambda x: (x[0], x[1]))

    def due() -> None:
        while pending and pending[0][0] <= log.t:
            pending.pop(0)[2]()

    def fuuid() -> str:
        t = r.getrandbits(32)
        return f"{t:08x}-{r.getrandbits(16):04x}-11ef-{r.choice('89ab')}{hexid(r, 3)}-{node}"

    def head(level: str, src: str, uuid: str | None, lo: float, hi: float) -> str:
        t = log.tick(r, lo, hi)
        idle[0] = min(99.8, max(88.0, idle[0] + r.uniform(-0.25, 0.25)))
        return f"{uuid + ' ' if uuid else ''}{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d} {idle[0]:.2f}% [{level}] {src} "

    def emit(
        key: str, *vals: object, uuid: str | None = None, lo: float = 0.0, hi: float = 0.002
    ) -> None:
        level, src, fmt = FS[key]
        text = head(level, src, uuid, lo, hi) + fill(fmt, *vals)
        first, *rest = text.split("\n")
        log.add(first, label(fmt, *vals).replace("\n", " ").strip())
        for line in rest:
            log.add(line, None)

    def at(
        src: str,
        fmt: str,
        *vals: object,
        level: str = "DEBUG",
        uuid: str | None = None,
        lo: float = 0.0,
        hi: float = 0.002,
    ) -> None:
        log.add(head(level, src, uuid, lo, hi) + fill(fmt, *vals), label(fmt, *vals))

    def clean(key: str, uuid: str, *vals: object) -> None:
        fmt = FS_CLEAN[key]
        log.tick(r, 0, 0.0005)
        log.add(f"{uuid} {fill(fmt, *vals)}", fmt)

    class Leg:
        def __init__(self, name: str, uuid: str):
            self.name, self.uuid = name, uuid
            self.state = "CS_NEW"
            self.call = "DOWN"
            tot[0] += 1
            cur[0] += 1
            self.sid = tot[0]

        def e(self, key: str, *vals: object, lo: float = 0.0, hi: float = 0.002) -> None:
            emit(key, *vals, uuid=self.uuid, lo=lo, hi=hi)

        def to(self, new: str, src: str) -> None:
            at(src, FS_STATECHG, self.name, self.state, new, uuid=self.uuid)
            old = self.state
            self.state = new
            if old != "CS_NEW" and old not in ("CS_DESTROY",):
                short = old[3:]
                if f"sleep_{short}" in FS and short != "CONSUME_MEDIA" and r.random() < 0.9:
                    self.e(f"sleep_{short}", self.name)
            self.e("running", self.name, new, cur[0], tot[0])
            short = new[3:]
            if f"st_{short}" in FS:
                self.e(f"st_{short}", self.name)
            if f"sofia_{short}" in FS:
                self.e(f"sofia_{short}", self.name)
            if f"std_{short}" in FS:
                self.e(f"std_{short}", self.name)

        def callstate(self, new: str, src: str = "switch_channel.c:2399") -> None:
            at(src, FS_CALLSTATE, self.name, self.call, new, uuid=self.uuid)
            self.call = new

        def media(self, peer_ip: str, codec: str = "PCMU", pt: int = 0) -> None:
            offers = [
                *r.sample(
                    [("opus", 102, 48000), ("G722", 9, 8000), ("PCMA", 8, 8000)], r.randrange(0, 3)
                ),
                (codec, pt, 8000),
            ]
            for name, p, rate in offers:
                if name == codec:
                    self.e("codec_cmp", name, p, rate, 20, 64000, 1, codec, pt, 8000, 20, 64000, 1)
                    self.e("codec_match", codec, pt, 8000, 20, 64000, 1)
                else:
                    self.e("codec_cmp", name, p, rate, 20, 0, 1, codec, pt, 8000, 20, 64000, 1)
            self.e("setcodec", self.name, codec, 8000, 20, 160, 64000, 1)
            self.e(
                "rtp",
                self.name,
                host_ip,
                r.randrange(16384, 32768, 2),
                peer_ip,
                r.randrange(4000, 40000, 2),
                pt,
                20,
            )

        def hangup(self, cause: str, src: str, bye: bool) -> None:
            at(src, FS_HANGUP, self.name, self.state, cause, level="NOTICE", uuid=self.uuid)
            if bye:
                emit(
                    "sendbye" if self.call == "ACTIVE" else "sendcancel", self.name, uuid=self.uuid
                )
            self.callstate("HANGUP", "switch_core_state_machine.c:844")
            self.to_hangup(cause)

        def to_hangup(self, cause: str) -> None:
            at(
                "switch_channel.c:3399",
                FS_STATECHG,
                self.name,
                self.state,
                "CS_HANGUP",
                uuid=self.uuid,
            )
            self.state = "CS_HANGUP"
            self.e("running", self.name, "CS_HANGUP", cur[0], tot[0])
            self.e("st_HANGUP", self.name)
            self.e("hanging", self.name, cause)
            self.e("std_HANGUP", self.name, cause)
            self.e("sleep_HANGUP", self.name)
            at(
                "switch_core_state_machine.c:616",
                FS_STATECHG,
                self.name,
                "CS_HANGUP",
                "CS_REPORTING",
                uuid=self.uuid,
            )
            self.e("running", self.name, "CS_REPORTING", cur[0], tot[0])
            self.e("st_REPORTING", self.name)
            self.e("std_REPORTING", self.name, cause)
            self.e("sleep_REPORTING", self.name)
            at(
                "switch_core_state_machine.c:607",
                FS_STATECHG,
                self.name,
                "CS_REPORTING",
                "CS_DESTROY",
                uuid=self.uuid,
            )
            cur[0] -= 1
            self.e("ended", self.sid, self.name)
            self.e("close", self.name, "CS_DESTROY")
            self.e("running", self.name, "CS_DESTROY", cur[0], tot[0])
            self.e("st_DESTROY", self.name)
            self.e("sofia_DESTROY", self.name)
            self.e("std_DESTROY", self.name)
            self.e("sleep_DESTROY", self.name)

    def sdp(ip: str, user: str) -> str:
        port = r.randrange(4000, 40000, 2)
        lines = [
            "v=0",
            f"o={user} {r.randrange(1000, 9999)} {r.randrange(1000, 9999)} IN IP4 {ip}",
            "s=Talk" if r.random() < 0.5 else "s=SIP Call",
            f"c=IN IP4 {ip}",
            "t=0 0",
            f"m=audio {port} RTP/AVP 0 8 9 101",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:8 PCMA/8000",
            "a=rtpmap:9 G722/8000",
            "a=rtpmap:101 telephone-event/8000",
            "a=fmtp:101 0-16",
            "a=ptime:20",
            "a=sendrecv",
        ]
        return "\n".join(lines) + "\n"

    def inbound_leg(name: str, ip: str, port: int, user: str, auth: bool) -> Leg:
        a = Leg(name, fuuid())
        a.e("new", name, a.uuid, lo=0.0, hi=0.01)
        a.e("running", name, "CS_NEW", cur[0], tot[0])
        a.e(
            "receiving",
            name,
            ip,
            port,
            version,
            f"{alnum(r, 10)}"
            if r.random() < 0.5
            else f"{r.randrange(10**8, 10**10)}-{r.randrange(10**8, 10**10)}-{r.randrange(10**8, 10**10)}",
        )
        a.e("st_NEW", name)
        if auth:
            a.e("detach", a.uuid)
            emit("chal_inv", "internal", user, domain, ip, lo=0, hi=0.002)
            a.e("reattach", a.uuid, lo=0.03, hi=0.3)
            a.e("receiving", name, ip, port, version, alnum(r, 10))
        a.e("entering", name, "received", 100)
        a.e("rsdp", sdp(ip, user))
        a.to("CS_INIT", "sofia.c:7906")
        at(
            "switch_core_state_machine.c:48",
            FS_STATECHG,
            name,
            "CS_INIT",
            "CS_ROUTING",
            uuid=a.uuid,
        )
        a.state = "CS_ROUTING"
        a.e("sleep_INIT", name)
        a.e("running", name, "CS_ROUTING", cur[0], tot[0])
        a.callstate("RINGING")
        a.e("st_ROUTING", name)
        a.e("sofia_ROUTING", name)
        a.e("std_ROUTING", name)
        return a

    def dialplan(a: Leg, caller: str, dest: str, context: str, target: str) -> None:
        a.e("processing", caller, caller, dest, context)
        exts = {
            "default": [
                ("unloop", "${unroll_loops}", "true", "^true$", True),
                ("global-intercept", "destination_number", dest, "^886$", False),
                ("redial", "destination_number", dest, "^(redial|870)$", False),
                ("Local_Extension", "destination_number", dest, "^(10[0-9][0-9])$", None),
                ("outbound_gw", "destination_number", dest, "^(0\\d{6,15})$", None),
                ("ivr_menu", "destination_number", dest, "^5000$", None),
            ],
            "public": [
                ("unloop", "${unroll_loops}", "true", "^true$", True),
                ("outside_call", "${outside_call}", "true", "^true$", True),
                ("call_debug", "${call_debug}", "false", "^true$", False),
                ("public_did", "destination_number", dest, "^(\\+?49301234567\\d)$", None),
            ],
        }[context]
        for name, field, val, rx, fixed in exts:
            ok = fixed if fixed is not None else name == target
            clean("dp_parse", a.uuid, a.name, context, name, "false")
            clean("dp_pass" if ok else "dp_fail", a.uuid, a.name, name, field, val, rx, "on-false")
            if ok and fixed is None:
                break

    def bridge_actions(a: Leg, dest: str, gw: bool) -> None:
        target = f"sofia/gateway/carrier1/{dest}" if gw else f"user/{dest}@{domain}"
        acts = [
            ("set", "ringback=${us-ring}"),
            ("set", "call_timeout=30"),
            ("set", "hangup_after_bridge=true"),
            ("bridge", target),
        ]
        if not gw:
            acts.insert(3, ("set", "continue_on_fail=true"))
        for app, arg in acts:
            clean("dp_action", a.uuid, a.name, app, arg, "")
        at(
            "switch_core_state_machine.c:311",
            FS_STATECHG,
            a.name,
            "CS_ROUTING",
            "CS_EXECUTE",
            uuid=a.uuid,
        )
        a.state = "CS_EXECUTE"
        a.e("sleep_ROUTING", a.name)
        a.e("running", a.name, "CS_EXECUTE", cur[0], tot[0])
        a.e("st_EXECUTE", a.name)
        a.e("sofia_EXECUTE", a.name)
        a.e("std_EXECUTE", a.name)
        for app, arg in acts[:-1]:
            clean("execute", a.uuid, 0, a.name, app, arg)
        clean("execute", a.uuid, 0, a.name, "bridge", target)

    def outbound_leg(name: str) -> Leg:
        b = Leg(name, fuuid())
        b.e("new", name, b.uuid, lo=0.001, hi=0.01)
        b.e("running", name, "CS_NEW", cur[0], tot[0])
        b.e("st_NEW", name)
        b.to("CS_INIT", "switch_ivr_originate.c:2820")
        at(
            "switch_core_state_machine.c:48",
            FS_STATECHG,
            name,
            "CS_INIT",
            "CS_ROUTING",
            uuid=b.uuid,
        )
        b.state = "CS_ROUTING"
        b.e("sleep_INIT", name)
        b.e("running", name, "CS_ROUTING", cur[0], tot[0])
        b.e("st_ROUTING", name)
        b.e("sofia_ROUTING", name)
        at("mod_sofia.c:161", FS_STATECHG, name, "CS_ROUTING", "CS_CONSUME_MEDIA", uuid=b.uuid)
        b.state = "CS_CONSUME_MEDIA"
        b.e("sleep_ROUTING", name)
        b.e("running", name, "CS_CONSUME_MEDIA", cur[0], tot[0])
        b.e("st_CONSUME_MEDIA", name)
        b.e("sofia_CONSUME_MEDIA", name)
        b.e("std_CONSUME_MEDIA", name)
        b.e("entering", name, "calling", 0)
        return b

    def ivr_actions(a: Leg) -> None:
        for app, arg in [("answer", ""), ("sleep", "1000"), ("ivr", "main_menu")]:
            clean("dp_action", a.uuid, a.name, app, arg, "")

    def teardown_both(a: Leg, b: Leg, by_a: bool) -> None:
        first, second = (a, b) if by_a else (b, a)
        first.hangup("NORMAL_CLEARING", "sofia.c:1065", bye=False)
        second.hangup("NORMAL_CLEARING", "switch_ivr_bridge.c:2240", bye=True)

    def internal_call() -> None:
        caller = r.choice(sorted(registered))
        dest = r.choice([u for u in users if u != caller])
        ip, port = phones[caller]
        a = inbound_leg(f"sofia/internal/{caller}@{domain}", ip, port, caller, auth=True)
        dialplan(a, caller, dest, "default", "Local_Extension")
        bridge_actions(a, dest, gw=False)
        if dest not in registered:
            a.e("cannot", "user", "USER_NOT_REGISTERED")
            a.e("origerr", CAUSE_CODE["USER_NOT_REGISTERED"], "USER_NOT_REGISTERED")
            a.e("lastinstr", a.name)
            a.hangup("USER_NOT_REGISTERED", "switch_core_state_machine.c:315", bye=False)
            return
        dip, dport = phones[dest]
        b = outbound_leg(f"sofia/internal/{dest}@{dip}:{dport}")
        b.e("entering", b.name, "proceeding", 180, lo=0.05, hi=0.3)
        b.e("ringready", b.name)
        b.callstate("RINGING", "sofia.c:7584")
        a.e("ringready", a.name)
        outcome = r.choices(["answer", "busy", "noanswer", "cancel"], [70, 8, 12, 10])[0]
        if outcome == "busy":
            b.e("entering", b.name, "terminated", 486, lo=1, hi=4)
            b.hangup("USER_BUSY", "sofia.c:8759", bye=False)
            a.e("origerr", 17, "USER_BUSY")
            a.e("lastinstr", a.name)
            a.hangup("USER_BUSY", "switch_core_state_machine.c:315", bye=False)
            return
        if outcome == "noanswer":

            def noanswer() -> None:
                b.hangup("NO_ANSWER", "switch_ivr_originate.c:3689", bye=True)
                a.e("origerr", 19, "NO_ANSWER")
                clean("execute", a.uuid, 0, a.name, "answer", "")
                a.e("answered", a.name)
                a.callstate("ACTIVE")
                a.media(ip)
                clean("execute", a.uuid, 0, a.name, "voicemail", f"default {domain} {dest}")
                later(
                    r.uniform(8, 60), lambda: a.hangup("NORMAL_CLEARING", "sofia.c:1065", bye=False)
                )

            later(30, noanswer)
            return
        if outcome == "cancel":

            def cancel() -> None:
                a.hangup("ORIGINATOR_CANCEL", "sofia.c:1065", bye=False)
                b.hangup("ORIGINATOR_CANCEL", "switch_ivr_originate.c:3689", bye=True)

            later(r.uniform(2, 20), cancel)
            return

        def answer() -> None:
            b.e("entering", b.name, "completing", 200)
            b.e("entering", b.name, "ready", 200)
            b.e("rsdp", sdp(dip, dest))
            b.media(dip)
            b.e("answered", b.name)
            b.callstate("ACTIVE")
            a.e("answered", a.name)
            a.callstate("ACTIVE")
            a.media(ip)
            b.to("CS_EXCHANGE_MEDIA", "switch_ivr_bridge.c:1876")
            later(r.expovariate(1 / 140) + 3, lambda: teardown_both(a, b, r.random() < 0.5))

        later(r.uniform(2, 15), answer)

    def outbound_call() -> None:
        caller = r.choice(sorted(registered))
        dest = (
            "0" + r.choice(["30", "40", "89", "151", "172", "221"]) + str(r.randrange(10**6, 10**8))
        )
        ip, port = phones[caller]
        a = inbound_leg(f"sofia/internal/{caller}@{domain}", ip, port, caller, auth=True)
        dialplan(a, caller, dest, "default", "outbound_gw")
        bridge_actions(a, dest, gw=True)
        b = outbound_leg(f"sofia/external/{dest}@sip.carrier-a.net")
        outcome = r.choices(
            ["answer", "busy", "unalloc", "tempfail", "timeout"], [70, 10, 6, 8, 6]
        )[0]
        if outcome != "answer":
            cause = {
                "busy": "USER_BUSY",
                "unalloc": "UNALLOCATED_NUMBER",
                "tempfail": "NORMAL_TEMPORARY_FAILURE",
                "timeout": "RECOVERY_ON_TIMER_EXPIRE",
            }[outcome]
            b.e(
                "entering",
                b.name,
                "terminated",
                SIP_CODE[cause],
                lo=0.2 if outcome != "timeout" else 32,
                hi=3 if outcome != "timeout" else 33,
            )
            b.hangup(cause, "sofia.c:8759", bye=False)
            a.e("origerr", CAUSE_CODE[cause], cause)
            a.e("lastinstr", a.name)
            a.hangup(cause, "switch_core_state_machine.c:315", bye=False)
            return
        b.e("entering", b.name, "proceeding", 183, lo=0.2, hi=1.5)
        b.e("rsdp", sdp("198.51.100.20", "carrier"))
        b.e("preanswer", b.name)
        b.callstate("EARLY", "sofia.c:7584")
        a.e("preanswer", a.name)
        a.callstate("EARLY")

        def answer() -> None:
            b.e("entering", b.name, "completing", 200)
            b.e("entering", b.name, "ready", 200)
            b.media("198.51.100.20", "PCMA", 8)
            b.e("answered", b.name)
            b.callstate("ACTIVE")
            a.e("answered", a.name)
            a.callstate("ACTIVE")
            b.to("CS_EXCHANGE_MEDIA", "switch_ivr_bridge.c:1876")
            later(r.expovariate(1 / 200) + 5, lambda: teardown_both(a, b, r.random() < 0.6))

        later(r.uniform(3, 20), answer)

    def inbound_ivr() -> None:
        num = (
            "+49"
            + r.choice(["30", "40", "89", "221", "160", "171"])
            + str(r.randrange(10**6, 10**8))
        )
        did = "+49301234567" + str(r.randrange(0, 10))
        a = inbound_leg(
            f"sofia/external/{num}@198.51.100.20", "198.51.100.20", 5060, num, auth=False
        )
        dialplan(a, num, did, "public", "public_did")
        for app, arg in [("set", "domain_name=$${domain}"), ("transfer", "5000 XML default")]:
            clean("dp_action", a.uuid, a.name, app, arg, "")
        a.e("processing", num, num, "5000", "default")
        clean("dp_parse", a.uuid, a.name, "default", "ivr_menu", "false")
        clean(
            "dp_pass",
            a.uuid,
            a.name,
            "ivr_menu",
            "destination_number",
            "5000",
            "^5000$",
            "on-false",
        )
        ivr_actions(a)
        at(
            "switch_core_state_machine.c:311",
            FS_STATECHG,
            a.name,
            "CS_ROUTING",
            "CS_EXECUTE",
            uuid=a.uuid,
        )
        a.state = "CS_EXECUTE"
        a.e("running", a.name, "CS_EXECUTE", cur[0], tot[0])
        a.e("st_EXECUTE", a.name)
        a.e("sofia_EXECUTE", a.name)
        a.e("std_EXECUTE", a.name)
        clean("execute", a.uuid, 0, a.name, "answer", "")
        a.e("answered", a.name)
        a.callstate("ACTIVE")
        a.media("198.51.100.20", "PCMA", 8)
        clean("execute", a.uuid, 0, a.name, "sleep", "1000")
        clean("execute", a.uuid, 0, a.name, "ivr", "main_menu")

        def press() -> None:
            for _ in range(r.randrange(1, 4)):
                a.e("dtmf", r.choice("1234590*#"), r.choice([800, 960, 1120, 1280]), lo=0.5, hi=4)

        later(r.uniform(4, 20), press)
        later(r.uniform(25, 120), lambda: a.hangup("NORMAL_CLEARING", "sofia.c:1065", bye=False))

    def scanner_invite() -> None:
        ip = ip4(r, r.choice(SCANNER_NETS))
        num = r.choice(["00", "011", "9011", "+"]) + str(r.randrange(10**9, 10**12))
        user = r.choice(["100", "1000", "sip", "888"])
        name = f"sofia/external/{user}@{ip}"
        a = Leg(name, fuuid())
        a.e("new", name, a.uuid, lo=1, hi=40)
        a.e("running", name, "CS_NEW", cur[0], tot[0])
        a.e(
            "receiving",
            name,
            ip,
            r.randrange(5060, 65000),
            version,
            f"{r.randrange(10**8, 10**10)}-{r.randrange(10**8, 10**10)}-{r.randrange(10**8, 10**10)}",
        )
        a.e("st_NEW", name)
        a.e("entering", name, "received", 100)
        a.to("CS_INIT", "sofia.c:7906")
        at(
            "switch_core_state_machine.c:48",
            FS_STATECHG,
            name,
            "CS_INIT",
            "CS_ROUTING",
            uuid=a.uuid,
        )
        a.state = "CS_ROUTING"
        a.e("running", name, "CS_ROUTING", cur[0], tot[0])
        a.callstate("RINGING")
        a.e("st_ROUTING", name)
        a.e("sofia_ROUTING", name)
        a.e("std_ROUTING", name)
        dialplan(a, user, num, "public", "none")
        a.e("noroute")
        at(
            "switch_core_state_machine.c:236",
            FS_HANGUP,
            name,
            "CS_ROUTING",
            "NO_ROUTE_DESTINATION",
            level="NOTICE",
            uuid=a.uuid,
        )
        a.callstate("HANGUP", "switch_core_state_machine.c:844")
        a.to_hangup("NO_ROUTE_DESTINATION")

    def register() -> None:
        u = r.choice(users)
        ip, _port = phones[u]
        emit("chal_reg", "internal", u, domain, ip, lo=0.5, hi=15)
        if r.random() < 0.015:
            emit("fail_reg", "internal", u, domain, ip, lo=0.05, hi=0.3)

    def scanner_register() -> None:
        ip = ip4(r, r.choice(SCANNER_NETS))
        for _ in range(r.randrange(1, 5)):
            u = r.choice(["100", "101", "1000", "2000", "admin", "test", "1001", "1002", "sip"])
            emit("chal_reg", "internal", u, ext_ip, ip, lo=0.2, hi=4)
            if u.isdigit() and u in users:
                emit("fail_reg", "internal", u, ext_ip, ip, lo=0.05, hi=0.3)
            else:
                emit("cantfind", u, ext_ip, ip, ext_ip, u, lo=0.05, hi=0.3)

    def esl_monitor() -> None:
        emit("esl_open", "127.0.0.1", r.randrange(32768, 61000), lo=50, hi=70)
        emit("esl_done", lo=0.01, hi=0.2)
        emit("esl_closed", lo=0, hi=0.01)

    def esl_reject() -> None:
        emit(
            "esl_acl",
            r.choice(["10.20.0.77", "10.20.0.78", "172.17.0.3"]),
            "loopback.auto",
            lo=1,
            hi=30,
        )

    gw2 = {"failures": 0}

    def gateway() -> None:
        emit("gwreg", "carrier1", lo=5, hi=60)
        if r.random() < 0.7:
            emit("gwreg", "carrier2", lo=0, hi=1)
            if r.random() < 0.5:
                emit("gwtimeout", "carrier2", lo=30, hi=31)
                emit("gwretry", "carrier2", 908, 30, lo=0.5, hi=1.5)
            else:
                gw2["failures"] += 1
                emit("gwstatus", "carrier2", "Forbidden", 403, gw2["failures"], lo=0.05, hi=0.4)
                emit("gwretry", "carrier2", 403, 30 * gw2["failures"], lo=0.5, hi=1.5)

    def shutdown() -> None:
        emit("gwunreg", "carrier1", lo=1, hi=3)
        for mod in reversed(list(FS_MODULES)):
            emit("stopping", mod, lo=0.01, hi=0.1)

    def startup() -> None:
        for mod, ifaces in FS_MODULES.items():
            for key, name in ifaces:
                emit(key, name, lo=0, hi=0.003)
            emit("loaded", mod, lo=0, hi=0.01)
        emit("profile", "internal", "sofia_reg_internal", lo=0.1, hi=0.5)
        emit(
            "uaerr",
            "external",
            f"sip:mod_sofia@{ext_ip}:5080;transport=udp,tcp",
            1,
            5,
            lo=0.01,
            hi=0.1,
        )
        emit(
            "uaerr",
            "external",
            f"sip:mod_sofia@{ext_ip}:5080;transport=udp,tcp",
            2,
            5,
            lo=5,
            hi=5.1,
        )
        emit("profile", "external", "sofia_reg_external", lo=5, hi=5.1)
        emit("gwreg", "carrier1", lo=0.1, hi=0.5)
        emit("banner", version, "1.10.11-release 64bit", 1000, 30, "Enabled", lo=0.2, hi=1)

    for i in range(260):
        due()
        pick(
            r,
            [
                (60, register),
                (5, internal_call),
                (2, outbound_call),
                (1.5, inbound_ivr),
                (1.5, scanner_invite),
                (4, scanner_register),
                (16, esl_monitor),
                (1, esl_reject),
                (2.5, gateway),
            ],
        )
        if i == 130:
            emit("throttle", 33, lo=0.1, hi=1)
            emit("throttle", 31, lo=0.01, hi=0.3)
        if i == 160:
            while pending:
                log.t = max(log.t, pending[0][0])
                due()
            shutdown()
            startup()
    while pending:
        log.t = max(log.t, pending[0][0])
        due()
    return [log]


# --------------------------------------------------------------------------------- arangodb


def aid(fmt: str) -> str:
    """A statement's five-hex log id (LOG_TOPIC("xxxxx", ...)): fixed per statement."""
    return hashlib.sha1(fmt.encode()).hexdigest()[:5]


# statement -> (log id or None for a derived one, level, topic, message as streamed, values %s)
ARANGO = {
    "version": (
        "e52b0",
        "INFO",
        "general",
        "ArangoDB %s [%s] %s, using %s, build %s, VPack %s, RocksDB %s, ICU %s, V8 %s, %s",
    ),
    "os": ("75ddc", "INFO", "general", "detected operating system: %s"),
    "mem": ("25362", "INFO", "memory", "Available physical memory: %s bytes, available cores: %s"),
    "maxmap": (
        None,
        "WARNING",
        "memory",
        "maximum number of memory mappings per process is %s, which seems too low. it is recommended to set it to at least %s",
    ),
    "maxmap_exec": (None, "WARNING", "memory", "execute 'sudo sysctl -w \"vm.max_map_count=%s\"'"),
    "thp": (
        None,
        "WARNING",
        "memory",
        "%s is set to '%s'. It is recommended to set it to a value of 'never' or 'madvise'",
    ),
    "thp_exec": (None, "WARNING", "memory", "execute 'sudo bash -c \"echo madvise > %s\"'"),
    "auth": (
        "3844e",
        "INFO",
        "authentication",
        "Authentication is turned on (system only), authentication for unix sockets is turned on",
    ),
    "role": (None, "INFO", "cluster", "Starting up with role %s"),
    "endpoint": ("6ea38", "INFO", "general", "using endpoint '%s' for non-encrypted requests"),
    "walstart": (
        None,
        "INFO",
        "engines",
        "RocksDB recovery starting, scanning WAL starting from sequence number %s, latest sequence number: %s",
    ),
    "walend": (
        None,
        "INFO",
        "engines",
        "RocksDB recovery finished, WAL entries scanned: %s, recovery start sequence number: %s, latest WAL sequence number: %s, max tick value found in WAL: %s, last HLC value: %s",
    ),
    "recovery": ("8767f", "INFO", "engines", "DB recovery finished successfully"),
    "wait_dbs": (None, "INFO", "cluster", "Waiting for DBservers to show up..."),
    "found_dbs": (None, "INFO", "cluster", "Found %s DBservers."),
    "ready": (
        "cf3f4",
        "INFO",
        "general",
        "ArangoDB (version %s [%s]) is ready for business. Have fun!",
    ),
    "sigterm": (
        None,
        "INFO",
        "general",
        "SIGTERM received (sender pid %s), beginning shut down sequence",
    ),
    "shutdown": (None, "INFO", "general", "ArangoDB has been shut down"),
    "follow": (None, "INFO", "agency", "Set _role to FOLLOWER in term %s"),
    "lead": (None, "INFO", "agency", "Set _role to LEADER in term %s"),
    "cand": (None, "INFO", "agency", "Set _role to CANDIDATE in term %s"),
    "compact": (
        None,
        "INFO",
        "agency",
        "Compacted agency state up to index %s, kept %s log entries",
    ),
    "vote": (None, "INFO", "agency", "Voting for %s in term %s"),
    "elect_to": (
        None,
        "WARNING",
        "agency",
        "Election timeout, no leader heartbeat for %s s in term %s",
    ),
    "sup_start": (None, "INFO", "supervision", "Starting supervision in term %s"),
    "bad": (None, "WARNING", "supervision", "Server %s (%s) is now BAD, last heartbeat %s"),
    "failed": (
        None,
        "WARNING",
        "supervision",
        "Server %s (%s) is now FAILED, starting FailedServer job %s",
    ),
    "good": (None, "INFO", "supervision", "Server %s (%s) is back to GOOD"),
    "failedleader": (
        None,
        "INFO",
        "supervision",
        "Starting FailedLeader job %s for shard %s of collection %s/%s, new leader %s",
    ),
    "jobdone": (None, "INFO", "supervision", "Finished %s job %s"),
    "slow": (
        "8bcee",
        "WARNING",
        "queries",
        "slow query: '%s', bind vars: %s, database: %s, user: %s, id: %s, token: QRY%s, peak memory usage: %s, exit code: %s, took: %s s",
    ),
    "slow_stream": (
        "8bcee",
        "WARNING",
        "queries",
        "slow streaming query: '%s', bind vars: %s, database: %s, user: %s, id: %s, token: QRY%s, peak memory usage: %s, exit code: %s, took: %s s",
    ),
    "settings": ("3ad54", "WARNING", "engines", "slow background settings sync: %s s"),
    "noconn": (
        None,
        "WARNING",
        "communication",
        "cannot create connection to server '%s' at endpoint '%s'",
    ),
    "reqfail": (None, "ERROR", "cluster", "error while executing request to %s (%s): %s"),
    "hb_slow": (
        None,
        "WARNING",
        "heartbeat",
        "ATTENTION: Sending a heartbeat took longer than %s seconds, this might be causing trouble with health checks. Please contact ArangoDB Support.",
    ),
    "hb_fail": (None, "WARNING", "heartbeat", "failed to send heartbeat to agency: %s"),
    "sync_start": (
        None,
        "INFO",
        "maintenance",
        "SynchronizeShard: synchronizing shard '%s' for central '%s/%s'",
    ),
    "sync_done": (
        None,
        "INFO",
        "maintenance",
        "SynchronizeShard: shard '%s' for central '%s/%s' in sync, took %s s",
    ),
    "sync_fail": (
        None,
        "ERROR",
        "maintenance",
        "SynchronizeShard: failed to synchronize shard '%s' for central '%s/%s': %s",
    ),
    "takeover": (
        None,
        "INFO",
        "maintenance",
        "TakeoverShardLeadership: taking over leadership of shard '%s' of central '%s/%s' in term %s",
    ),
    "resign": (
        None,
        "INFO",
        "maintenance",
        "ResignShardLeadership: resigning leadership of shard '%s' of central '%s/%s'",
    ),
    "dropfollower": (None, "WARNING", "replication", "dropping follower %s for shard %s/%s: %s"),
    "crash": (
        "a7902",
        "FATAL",
        "crash",
        "💥 ArangoDB %s, thread %s [%s] caught unexpected signal %s (%s) accessing address %s: %s",
    ),
    "frame": ("308c3", "INFO", "crash", "frame %s [%s]: %s"),
    "crashmem": (
        "ded81",
        "INFO",
        "crash",
        "available physical memory: %s, rss usage: %s, vsz usage: %s, threads: %s",
    ),
}

AQL = [
    (
        "FOR o IN orders FILTER o.customerId == @cid SORT o.createdAt DESC LIMIT @n RETURN o",
        lambda r: f'{{"cid":"c-{r.randrange(10000, 99999)}","n":{r.choice([20, 50, 100])}}}',
        "shop",
        "svc-api",
    ),
    (
        "FOR p IN products FILTER p.category == @cat && p.price < @max RETURN p",
        lambda r: (
            f'{{"cat":"{r.choice(["garden", "kitchen", "toys", "outdoor", "office"])}","max":{r.randrange(20, 500)}}}'
        ),
        "shop",
        "svc-api",
    ),
    (
        "FOR v, e IN 1..3 OUTBOUND @start GRAPH 'social' OPTIONS { uniqueVertices: 'path' } RETURN DISTINCT v._key",
        lambda r: f'{{"start":"users/u{r.randrange(1000, 99999)}"}}',
        "social",
        "svc-api",
    ),
    (
        "FOR d IN events FILTER d.ts >= @from && d.ts < @to COLLECT type = d.type WITH COUNT INTO n RETURN { type, n }",
        lambda r: (
            f'{{"from":{1718085600000 + r.randrange(0, 10**7)},"to":{1718092800000 + r.randrange(0, 10**7)}}}'
        ),
        "analytics",
        "grafana",
    ),
    (
        "UPSERT { _key: @key } INSERT @doc UPDATE @doc IN sessions",
        lambda r: (
            f'{{"doc":{{"_key":"{hexid(r, 16)}","user":"u{r.randrange(1000, 99999)}","expires":{1718100000 + r.randrange(0, 86400)}}},"key":"{hexid(r, 16)}"}}'
        ),
        "shop",
        "svc-api",
    ),
    (
        "FOR u IN users FILTER LIKE(u.email, @pat, true) LIMIT 25 RETURN KEEP(u, '_key', 'email', 'name')",
        lambda r: f'{{"pat":"%{r.choice(["gmail", "example", "corp", "mueller", "smith"])}%"}}',
        "social",
        "svc-api",
    ),
    (
        "FOR doc IN audit_log FILTER doc.ts < @cutoff REMOVE doc IN audit_log OPTIONS { ignoreErrors: true }",
        lambda r: f'{{"cutoff":{1717480800000 + r.randrange(0, 10**7)}}}',
        "_system",
        "root",
    ),
]
AQL_STREAM = [
    (
        "FOR d IN events FILTER d.ts >= @from RETURN d",
        lambda r: f'{{"from":{1718000000000 + r.randrange(0, 10**8)}}}',
        "analytics",
        "svc-etl",
    ),
    (
        "FOR o IN orders FILTER o.updatedAt > @since RETURN MERGE(o, { lines: (FOR l IN order_lines FILTER l.orderId == o._key RETURN l) })",
        lambda r: f'{{"since":"2024-06-{r.randrange(1, 11):02d}T00:00:00Z"}}',
        "shop",
        "svc-etl",
    ),
]
CRASH_FRAMES = [
    "arangodb::CrashHandler::logBacktrace()",
    "arangodb::(anonymous namespace)::crashHandlerSignalHandler(int, siginfo_t*, void*)",
    "__restore_rt",
    "arangodb::RocksDBMetaCollection::lookupRevision(arangodb::transaction::Methods*, arangodb::LocalDocumentId const&)",
    "arangodb::RocksDBPrimaryIndex::lookupKey(arangodb::transaction::Methods*, std::basic_string_view<char, std::char_traits<char> >, arangodb::LocalDocumentId&)",
    "arangodb::aql::IndexExecutor::produceRows(arangodb::aql::AqlItemBlockInputRange&, arangodb::aql::OutputAqlItemRow&)",
    "arangodb::aql::ExecutionBlockImpl<arangodb::aql::IndexExecutor>::executeWithoutTrace(arangodb::aql::AqlCallStack const&)",
    "arangodb::aql::ExecutionBlockImpl<arangodb::aql::IndexExecutor>::execute(arangodb::aql::AqlCallStack const&)",
    "arangodb::aql::ExecutionEngine::execute(arangodb::aql::AqlCallStack const&)",
    "arangodb::RestAqlHandler::handleUseQuery(std::basic_string<char, std::char_traits<char>, std::allocator<char> > const&, arangodb::velocypack::Slice)",
    "arangodb::RestAqlHandler::continueExecute()",
    "arangodb::rest::RestHandler::runHandlerStateMachine()",
    "arangodb::SupervisedScheduler::runWorker()",
    "start_thread",
    "__clone3",
]


def arangodb(r: random.Random) -> list[Log]:
    """A three-role ArangoDB 3.11 cluster: one agent, one coordinator, two DB servers, each
    writing arangod.log. Start-up of every process (version, OS, memory and core counts, the
    memory-mapping and transparent-huge-page warnings with the commands to fix them, the
    endpoint, RocksDB recovery, the role, the coordinator waiting for DB servers, ready for
    business), the agency electing a leader and compacting, the coordinator's slow and slow
    streaming queries (AQL with bind variables), DB servers' slow settings syncs and heartbeat
    warnings, then the second DB server crashing in an index lookup (the crash handler's frames,
    each a line of its own, and memory figures): the agent's supervision marks it BAD and FAILED
    and moves its shards' leadership, the coordinator cannot reach it, the first DB server takes
    over and drops its follower; it restarts (WAL recovery) and synchronizes its shards back,
    one failing on a lock timeout; finally the coordinator is stopped with SIGTERM."""
    t0 = datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC)
    logs = {
        "agent": Log("agnt1-arangod.log", t0),
        "coord": Log("crdn1-arangod.log", t0 + timedelta(seconds=4)),
        "dbs1": Log("prmr1-arangod.log", t0 + timedelta(seconds=3)),
        "dbs2": Log("prmr2-arangod.log", t0 + timedelta(seconds=3)),
    }
    pids = {"agent": 1, "coord": 1, "dbs1": 1, "dbs2": 1}
    ids = {
        "agent": "AGNT-4f1d2c9e-7b3a-4c0e-9e1f-2d8a6b5c4e31",
        "coord": "CRDN-0b8e6a2f-3c1d-4f9a-8e7b-6a5d4c3b2a10",
        "dbs1": "PRMR-9d7c6b5a-4e3f-4a2b-9c1d-0e8f7a6b5c4d",
        "dbs2": "PRMR-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
    }
    names = {"dbs1": "DBServer0001", "dbs2": "DBServer0002", "coord": "Coordinator0001"}
    hosts = {"agent": "10.0.4.11", "coord": "10.0.4.21", "dbs1": "10.0.4.31", "dbs2": "10.0.4.32"}
    ver = "3.11.8"
    collections = [
        ("shop", "orders"),
        ("shop", "order_lines"),
        ("shop", "products"),
        ("shop", "sessions"),
        ("shop", "carts"),
        ("social", "users"),
        ("social", "follows"),
        ("social", "posts"),
        ("analytics", "events"),
        ("analytics", "pageviews"),
        ("_system", "audit_log"),
    ]
    shards: list[tuple[str, str, str, str]] = []  # shard, db, collection id, leader
    sid = 1000010
    for db, _coll in collections:
        cid = str(r.randrange(10000, 99999))
        for _ in range(r.choice([4, 6, 8])):
            sid += r.randrange(1, 7)
            shards.append((f"s{sid}", db, cid, r.choice(["dbs1", "dbs2"])))
    term = [4]

    def a(who: str, key: str, *vals: object, lo: float = 0.0, hi: float = 0.5) -> None:
        lid, level, topic, fmt = ARANGO[key]
        log = logs[who]
        t = log.tick(r, lo, hi)
        log.add(
            f"{t:%Y-%m-%dT%H:%M:%SZ} [{pids[who]}] {level} [{lid or aid(fmt)}] {{{topic}}} {fill(fmt, *vals)}",
            label(fmt, *vals),
        )

    def startup(who: str, role: str, port: int) -> None:
        a(
            who,
            "version",
            ver,
            "linux",
            "64bit",
            "jemalloc",
            f"tags/v{ver}-0-g4ea8f1c3d5",
            "0.2.1",
            "7.2.0",
            "64.2",
            "10.6.194",
            "OpenSSL 3.0.13 30 Jan 2024",
            lo=0,
            hi=0.01,
        )
        a(
            who,
            "os",
            "Linux version 5.15.0-107-generic (buildd@lcy02-amd64-017) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0, GNU ld (GNU Binutils for Ubuntu) 2.38) #117-Ubuntu SMP Fri Apr 26 12:26:49 UTC 2024",
            lo=0,
            hi=0.01,
        )
        a(
            who,
            "mem",
            r.choice(["33451892736", "67420073984"]),
            r.choice(["8", "16"]),
            lo=0,
            hi=0.01,
        )
        a(who, "maxmap", 65530, 512000, lo=0, hi=0.01)
        a(who, "maxmap_exec", 512000, lo=0, hi=0.01)
        for f in (
            "/sys/kernel/mm/transparent_hugepage/enabled",
            "/sys/kernel/mm/transparent_hugepage/defrag",
        ):
            a(who, "thp", f, "always", lo=0, hi=0.01)
            a(who, "thp_exec", f, lo=0, hi=0.01)
        a(who, "auth", lo=0, hi=0.05)
        a(who, "role", role, lo=0.1, hi=0.5)
        if role != "AGENT":
            a(
                who,
                "walstart",
                r.randrange(10**8, 10**9),
                r.randrange(10**9, 2 * 10**9),
                lo=0.1,
                hi=0.5,
            )
            a(
                who,
                "walend",
                r.randrange(1000, 900000),
                r.randrange(10**8, 10**9),
                r.randrange(10**9, 2 * 10**9),
                r.randrange(10**15, 10**16),
                r.randrange(10**15, 10**16),
                lo=0.2,
                hi=3,
            )
        a(who, "recovery", lo=0, hi=0.2)
        a(who, "endpoint", f"http+tcp://0.0.0.0:{port}", lo=0, hi=0.1)
        if role == "COORDINATOR":
            a(who, "wait_dbs", lo=0.1, hi=0.5)
            a(who, "found_dbs", 2, lo=1, hi=3)
        a(who, "ready", ver, "linux", lo=0.2, hi=2)

    def slow() -> None:
        stream = r.random() < 0.18
        q, bv, db, user = r.choice(AQL_STREAM if stream else AQL)
        qid = r.randrange(10**9, 10**10)
        took = r.lognormvariate(1.2, 0.7) + 10
        a(
            "coord",
            "slow_stream" if stream else "slow",
            q,
            bv(r),
            db,
            user,
            qid,
            qid,
            r.choice([32768, 65536, 98304, 131072, 262144, 1048576, 4194304]),
            0 if r.random() < 0.95 else 1200,
            f"{took:.6f}",
            lo=2,
            hi=40,
        )

    def settings(who: str) -> None:
        a(who, "settings", f"{r.uniform(1.0, 6.5):.6f}", lo=20, hi=200)

    def hb(who: str) -> None:
        a(who, "hb_slow", 2, lo=20, hi=400)

    def agency() -> None:
        if r.random() < 0.7:
            a("agent", "compact", r.randrange(100000, 900000), 1000, lo=60, hi=400)
        else:
            a(
                "agent",
                "vote",
                r.choice(
                    [
                        "AGNT-5c2a9e10-8d4b-4f3e-a1c2-7b6e5d4c3b2a",
                        "AGNT-6e3b0f21-9e5c-4a4f-b2d3-8c7f6e5d4c3b",
                    ]
                ),
                term[0] + 1,
                lo=60,
                hi=400,
            )
            term[0] += 1
            a("agent", "follow", term[0], lo=0, hi=0.3)

    # cluster start
    a(
        "agent",
        "version",
        ver,
        "linux",
        "64bit",
        "jemalloc",
        f"tags/v{ver}-0-g4ea8f1c3d5",
        "0.2.1",
        "7.2.0",
        "64.2",
        "10.6.194",
        "OpenSSL 3.0.13 30 Jan 2024",
        lo=0,
        hi=0.01,
    )
    a(
        "agent",
        "os",
        "Linux version 5.15.0-107-generic (buildd@lcy02-amd64-017) (gcc (Ubuntu 11.4.0-1ubuntu1~22.04) 11.4.0, GNU ld (GNU Binutils for Ubuntu) 2.38) #117-Ubuntu SMP Fri Apr 26 12:26:49 UTC 2024",
        lo=0,
        hi=0.01,
    )
    a("agent", "mem", "16773640192", "4", lo=0, hi=0.01)
    a("agent", "auth", lo=0, hi=0.05)
    a("agent", "role", "AGENT", lo=0.1, hi=0.3)
    a("agent", "recovery", lo=0, hi=0.2)
    a("agent", "endpoint", "http+tcp://0.0.0.0:8531", lo=0, hi=0.1)
    a("agent", "ready", ver, "linux", lo=0.2, hi=1)
    a("agent", "cand", term[0] + 1, lo=1, hi=3)
    term[0] += 1
    a("agent", "lead", term[0], lo=0.1, hi=0.5)
    a("agent", "sup_start", term[0], lo=0.5, hi=2)
    startup("dbs1", "PRIMARY", 8530)
    startup("dbs2", "PRIMARY", 8530)
    startup("coord", "COORDINATOR", 8529)
    for log in logs.values():
        log.t = max(x.t for x in logs.values())

    def steady(n: int) -> None:
        for _ in range(n):
            pick(
                r,
                [
                    (30, slow),
                    (9, lambda: settings(r.choice(["dbs1", "dbs2"]) if not crashed[0] else "dbs1")),
                    (2.5, lambda: hb(r.choice(["dbs1", "dbs2"]) if not crashed[0] else "dbs1")),
                    (3, agency),
                ],
            )
            sync_clocks()

    def sync_clocks() -> None:
        top = max(x.t for x in logs.values())
        for x in logs.values():
            if x.t < top - timedelta(seconds=600):
                x.t = top - timedelta(seconds=r.uniform(0, 120))

    crashed = [False]
    steady(900)
    # DB server 2 crashes in an index lookup
    crashed[0] = True
    d2 = logs["dbs2"]
    d2.t = max(x.t for x in logs.values())
    a(
        "dbs2",
        "crash",
        f"{ver} [linux]",
        43,
        "SchedWorker",
        11,
        "SIGSEGV",
        "0x0000000000000018",
        Word("signal handler invoked"),
        lo=1,
        hi=5,
    )
    for i, fr in enumerate(CRASH_FRAMES, 1):
        a(
            "dbs2",
            "frame",
            i,
            f"0x{r.randrange(0x55D2A0000000, 0x55D2AFFFFFFF):016x}"
            if i > 3
            else f"0x{r.randrange(0x7F0000000000, 0x7FFFFFFFFFFF):016x}",
            fr,
            lo=0,
            hi=0.001,
        )
    a(
        "dbs2",
        "crashmem",
        33451892736,
        r.randrange(5 * 10**9, 9 * 10**9),
        r.randrange(9 * 10**9, 12 * 10**9),
        r.randrange(60, 140),
        lo=0,
        hi=0.01,
    )
    for who in ("agent", "coord", "dbs1"):
        logs[who].t = d2.t
    hb_down = d2.t
    a(
        "dbs1",
        "dropfollower",
        ids["dbs2"],
        "shop",
        r.choice([s for s, db, _, _ in shards if db == "shop"]),
        Word("timeout in replication"),
        lo=0.5,
        hi=2,
    )
    for _ in range(r.randrange(8, 14)):
        s_, db, cid, _ = r.choice(shards)
        if r.random() < 0.5:
            a("coord", "noconn", ids["dbs2"], f"tcp://{hosts['dbs2']}:8530", lo=0.2, hi=3)
        else:
            a(
                "coord",
                "reqfail",
                f"shard:{s_}",
                f"tcp://{hosts['dbs2']}:8530",
                Word(r.choice(["Could not connect", "Connection refused", "Request timeout"])),
                lo=0.2,
                hi=3,
            )
        if r.random() < 0.5:
            slow()
    logs["agent"].t = hb_down + timedelta(seconds=15)
    a(
        "agent",
        "bad",
        ids["dbs2"],
        names["dbs2"],
        (hb_down).strftime("%Y-%m-%dT%H:%M:%SZ"),
        lo=0,
        hi=1,
    )
    job = r.randrange(8000000, 9000000)
    a("agent", "failed", ids["dbs2"], names["dbs2"], job, lo=45, hi=50)
    moved = [(s_, db, cid) for s_, db, cid, ldr in shards if ldr == "dbs2"]
    for s_, db, cid in moved:
        job += 1
        a("agent", "failedleader", job, s_, db, cid, ids["dbs1"], lo=0, hi=0.05)
    for s_, db, cid in moved:
        logs["dbs1"].t = max(logs["dbs1"].t, logs["agent"].t)
        a("dbs1", "takeover", s_, db, cid, term[0], lo=0.05, hi=0.3)
    for s_, db, cid in moved[: len(moved) // 2]:
        a(
            "agent",
            "jobdone",
            "FailedLeader",
            job - len(moved) + 1 + moved.index((s_, db, cid)),
            lo=0.1,
            hi=2,
        )
    steady(60)
    # it comes back: WAL recovery, start-up, and its shards synchronized as followers
    d2.t = max(x.t for x in logs.values()) + timedelta(seconds=30)
    pids["dbs2"] = 1
    startup("dbs2", "PRIMARY", 8530)
    logs["agent"].t = d2.t
    a("agent", "good", ids["dbs2"], names["dbs2"], lo=2, hi=6)
    a("agent", "jobdone", "FailedServer", job - len(moved), lo=0.5, hi=2)
    for s_, db, cid, _ in shards:
        a("dbs2", "sync_start", s_, db, cid, lo=0.05, hi=0.5)
        if s_ == shards[len(shards) // 3][0]:
            a(
                "dbs2",
                "sync_fail",
                s_,
                db,
                cid,
                Word("timeout within cluster: could not acquire exclusive lock on leader"),
                lo=300,
                hi=301,
            )
            a("dbs2", "sync_start", s_, db, cid, lo=5, hi=10)
        a("dbs2", "sync_done", s_, db, cid, f"{r.uniform(0.05, 45):.6f}", lo=0.05, hi=5)
    for s_, db, cid in moved[: len(moved) // 3]:
        a("dbs1", "resign", s_, db, cid, lo=1, hi=10)
    crashed[0] = False
    steady(600)
    a("coord", "sigterm", 1, lo=30, hi=90)
    a("coord", "shutdown", lo=2, hi=6)
    return list(logs.values())


# --------------------------------------------------------------------------------- scylladb

# statement -> (logger, fmt's format string); the `starting ...` and `Shutting down ...` lines
# are supervisor::notify() and the deferred stops' literal texts, each a statement of its own
SCYLLA = {
    "sighup": ("init", "installing SIGHUP handler"),
    "version": ("init", "Scylla version {} with build-id {} starting ..."),
    "serving": ("init", "serving"),
    "completed": ("init", "Scylla version {} initialization completed."),
    "signal": ("init", "Signal received; shutting down"),
    "shutdown_done": ("init", "Scylla version {} shutdown complete."),
    "populating": ("database", "Populating Keyspace {}"),
    "reading_cf": ("database", "Keyspace {}: Reading CF {} id={} version={} storage={}"),
    "replay": ("commitlog_replayer", "Replaying {}"),
    "replay_done": (
        "commitlog_replayer",
        "Log replay complete, {} replayed mutations ({} invalid, {} skipped)",
    ),
    "mode": ("storage_service", "entering {} mode"),
    "messaging": ("messaging_service", "Starting Messaging Service on port {}"),
    "cql_listen": ("cql_server_controller", "Starting listening for CQL clients on {} ({}, {})"),
    "wait_live": (
        "gossip",
        "Waiting for {} live nodes to show up in gossip, currently {} present...",
    ),
    "live_seen": ("gossip", "Live nodes seen in gossip: {}"),
    "feature": (
        "gossip",
        "Feature check passed. Local node {} features = {}, Remote common_features = {}",
    ),
    "up": ("gossip", "InetAddress {} is now UP, status = {}"),
    "down": ("gossip", "InetAddress {} is now DOWN, status = {}"),
    "restarted": ("gossip", "Node {} has restarted, now UP, status = {}"),
    "markdown": ("gossip", "failure_detector_loop: Mark node {} as DOWN"),
    "echo": ("gossip", "failure_detector_loop: Send echo to node {}, status = failed: {}"),
    "jump": ("storage_service", "Node {} state jump to normal"),
    "raft_dead": ("raft_group_registry", "marking Raft server {} as dead for Raft groups"),
    "raft_alive": ("raft_group_registry", "marking Raft server {} as alive for Raft groups"),
    "compacting": ("compaction", "[Compact {}.{} {}] Compacting [{}]"),
    "compacted": (
        "compaction",
        "[Compact {}.{} {}] Compacted {} sstables to [{}]. {} to {} (~{}% of original) in {}ms = {}. ~{} total partitions merged to {}.",
    ),
    "large_part": ("large_data", "Writing large partition {}/{}: {} ({} bytes) to {}"),
    "large_row": ("large_data", "Writing large row {}/{}: {} ({} bytes) to {}"),
    "many_rows": (
        "large_data",
        "Writing a partition with too many rows [{}/{}:{}] ({} rows) to {}",
    ),
    "semaphore": (
        "reader_concurrency_semaphore",
        "Semaphore {} with {}/{} count and {}/{} memory resources: {}, dumping permit diagnostics:",
    ),
    "read_ex": ("storage_proxy", "Exception when communicating with {}, to read from {}.{}: {}"),
    "write_ex": ("storage_proxy", "exception during mutation write to {}: {}"),
    "stall": ("seastar", "Reactor stalled for {} ms on shard {}. Backtrace: {}"),
    "oversized": (
        "seastar_memory",
        "oversized allocation: {} bytes. This is non-fatal, but could lead to latency and/or fragmentation issues. Please report: at {}",
    ),
    "cql_ex": ("cql_server", "exception while processing connection: {}"),
    "repair_start": (
        "repair",
        "repair[{}]: starting user-requested repair for keyspace {}, repair id {}, options {}",
    ),
    "repair_table": (
        "repair",
        "repair[{}]: Started to repair {} out of {} tables in keyspace={}, table={}, table_id={}, repair_reason={}",
    ),
    "repair_done": ("repair", "repair[{}]: completed successfully, keyspace={}"),
    "repair_fail": (
        "repair",
        "repair[{}]: {} out of {} ranges failed, keyspace={}, tables={}, repair_reason={}, nodes_down_during_repair={}, aborted_by_user={}, failed_because={}",
    ),
    "schema_ver": ("schema_tables", "Schema version changed to {}"),
}
SCYLLA_STARTING = [
    "starting prometheus API server",
    "starting tokens manager",
    "starting effective_replication_map factory",
    "starting migration manager notifier",
    "starting per-shard database core",
    "starting database",
    "starting storage proxy",
    "starting query processor",
    "starting messaging service",
    "starting gossiper",
    "starting compaction_manager",
    "starting commit log",
    "starting batchlog manager",
    "starting CQL native transport",
]
SCYLLA_STOPPING = [
    "native transport",
    "storage service messaging",
    "view builder ops",
    "compaction manager",
    "database",
    "messaging service",
    "gossiping",
    "migration manager",
    "storage proxy",
]
SCYLLA_TABLES = {
    "system_schema": ["keyspaces", "tables", "columns", "types", "scylla_tables"],
    "system": ["local", "peers", "truncated", "compaction_history", "size_estimates", "raft"],
    "system_distributed": ["cdc_generation_timestamps", "service_levels"],
    "app": ["user_events", "sessions", "messages", "devices"],
    "metrics": ["samples_by_day", "rollups_hourly"],
}
SCYLLA_FEATURES = "{AGGREGATE_STORAGE_OPTIONS, ALTERNATOR_TTL, CDC, CDC_GENERATIONS_V2, COLLECTION_INDEXING, COMPUTED_COLUMNS, CORRECT_COUNTER_ORDER, CORRECT_IDX_TOKEN_IN_SECONDARY_INDEX, CORRECT_NON_COMPOUND_RANGE_TOMBSTONES, CORRECT_STATIC_COMPACT_IN_MC, COUNTERS, DIGEST_FOR_NULL_VALUES, DIGEST_INSENSITIVE_TO_EXPIRY, DIGEST_MULTIPARTITION_READ, HINTED_HANDOFF_SEPARATE_CONNECTION, INDEXES, LARGE_PARTITIONS, LA_SSTABLE_FORMAT, LWT, MATERIALIZED_VIEWS, MC_SSTABLE_FORMAT, MD_SSTABLE_FORMAT, ME_SSTABLE_FORMAT, NONFROZEN_UDTS, PARALLELIZED_AGGREGATION, PER_TABLE_CACHING, PER_TABLE_PARTITIONERS, RANGE_SCAN_DATA_VARIANT, RANGE_TOMBSTONES, ROLES, ROW_LEVEL_REPAIR, SCHEMA_COMMITLOG, SCHEMA_TABLES_V3, SECONDARY_INDEXES_ON_STATIC_COLUMNS, SEPARATE_PAGE_SIZE_AND_SAFETY_LIMIT, STREAM_WITH_RPC_STREAM, SUPPORTS_CONSISTENT_TOPOLOGY_CHANGES, SUPPORTS_RAFT_CLUSTER_MANAGEMENT, TABLE_DIGEST_INSENSITIVE_TO_EXPIRY, TOMBSTONE_GC_OPTIONS, TRUNCATION_TABLE, TYPED_ERRORS_IN_READ_RPC, UDA, UDA_NATIVE_PARALLELIZED_AGGREGATION, UNBOUNDED_RANGE_TOMBSTONES, VIEW_VIRTUAL_COLUMNS, WRITE_FAILURE_REPLY, XXHASH}"


def scylladb(r: random.Random) -> list[Log]:
    """A three-node ScyllaDB 5.4 cluster (eight shards each) read from its containers' stdout:
    compactions started and finished on every shard with their sstable lists, large partitions,
    rows and row counts written, reactor stalls and an oversized allocation with their
    backtraces' addresses, CQL connections reset; node 2 is restarted (signal, the deferred
    stops and their successes, then start-up: the notified steps, every keyspace and table
    populated, the commit log replayed, gossip waiting for live nodes and the feature check),
    node 1 runs a user-requested repair, its read semaphore times out during a hot-partition
    burst (the permit table written after the warning, later ones behind the rate limiter's
    prefix), and node 3 dies: the others mark it DOWN, their echoes fail, reads and writes to it
    fail, the repair's ranges to it fail, until it is back and UP again."""
    t0 = datetime(2024, 6, 11, 6, 0, 0, 118000, tzinfo=UTC)
    ips = ["10.0.5.11", "10.0.5.12", "10.0.5.13"]
    logs = [Log(f"scylla-node{i + 1}.log", t0 + timedelta(seconds=i * 0.7)) for i in range(3)]
    host_ids = [uuid4(r) for _ in range(3)]
    tbl_ids = {(ks, t): uuid4(r) for ks, ts in SCYLLA_TABLES.items() for t in ts}
    ver = "5.4.3-0.20240211.7a52b3c1cbfe"
    alive = [True, True, True]
    rate = [0]

    def sl(
        n: int,
        level: str,
        key: str,
        *vals: object,
        shard: int | None = None,
        grp: str = "main",
        prefix: str = "",
        lo: float = 0.0,
        hi: float = 0.5,
        cont: list[str] | None = None,
    ) -> None:
        logger, fmt = SCYLLA[key]
        log = logs[n]
        t = log.tick(r, lo, hi)
        sh = r.randrange(8) if shard is None else shard
        log.add(
            f"{level:<5} {t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} [shard {sh}:{grp}] {logger} - {prefix}{fill(fmt, *vals)}",
            label(fmt, *vals),
        )
        for c in cont or []:
            log.add(c, None)

    def lit(n: int, text: str, shard: int = 0, lo: float = 0.0, hi: float = 0.2) -> None:
        log = logs[n]
        t = log.tick(r, lo, hi)
        log.add(
            f"INFO  {t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} [shard {shard}:main] init - {text}",
            text,
        )

    def gen() -> str:
        alpha = "0123456789abcdefghijklmnopqrstuvwxyz"
        return f"3gdk_{''.join(r.choice(alpha) for _ in range(4))}_{''.join(r.choice(alpha) for _ in range(18))}"

    def sst(ks: str, t: str) -> str:
        return f"/var/lib/scylla/data/{ks}/{t}-{tbl_ids[(ks, t)].replace('-', '')}/me-{gen()}-big-Data.db"

    def size(b: float) -> str:
        for unit in ["bytes", "kB", "MB", "GB"]:
            if b < 1024 or unit == "GB":
                return f"{b:.0f}{unit}"
            b /= 1024
        return ""

    def compaction(n: int) -> None:
        ks, t = r.choice(
            [("app", "user_events")] * 4
            + [("app", "messages")] * 3
            + [("app", "sessions")] * 2
            + [("metrics", "samples_by_day")] * 3
            + [("system", "compaction_history"), ("system", "local"), ("system_schema", "tables")]
        )
        shard = r.randrange(8)
        task = f"{hexid(r, 8)}-{hexid(r, 4)}-11ef-{hexid(r, 4)}-{hexid(r, 12)}"
        k = r.choice([2, 4, 4, 4, 5, 6])
        ins = [
            f"{sst(ks, t)}:level=0:origin={r.choice(['memtable', 'memtable', 'compaction', 'repair'])}"
            for _ in range(k)
        ]
        sl(
            n,
            "INFO",
            "compacting",
            ks,
            t,
            task,
            ", ".join(ins),
            shard=shard,
            grp="comp",
            lo=0.5,
            hi=25,
        )
        before = r.uniform(2e5, 9e8)
        after = before * r.uniform(0.55, 0.99)
        ms = r.randrange(40, 30000)
        parts = r.randrange(100, 400000)
        sl(
            n,
            "INFO",
            "compacted",
            ks,
            t,
            task,
            k,
            f"{sst(ks, t)}:level=0",
            size(before),
            size(after),
            int(after / before * 100),
            ms,
            f"{size(after / ms * 1000)}/s",
            parts,
            int(parts * r.uniform(0.6, 1.0)),
            shard=shard,
            grp="comp",
            lo=ms / 1000,
            hi=ms / 1000 + 0.01,
        )

    def large(n: int) -> None:
        kind = r.random()
        ks, t = r.choice(
            [("app", "user_events"), ("app", "messages"), ("metrics", "samples_by_day")]
        )
        key = r.choice(
            [
                f"u-{r.randrange(10000, 99999)}",
                f"(sensor-{r.randrange(1, 400):04d}, 2024-06-{r.randrange(1, 12):02d})",
                f"{uuid4(r)}",
            ]
        )
        grp = r.choice(["comp", "mt"])
        if kind < 0.5:
            sl(
                n,
                "WARN",
                "large_part",
                ks,
                t,
                key,
                r.randrange(10**8, 2 * 10**9),
                sst(ks, t),
                grp=grp,
                lo=1,
                hi=60,
            )
        elif kind < 0.8:
            sl(
                n,
                "WARN",
                "large_row",
                ks,
                t,
                f"{key} ck={r.randrange(1, 10**6)}",
                r.randrange(10**7, 10**8),
                sst(ks, t),
                grp=grp,
                lo=1,
                hi=60,
            )
        else:
            sl(
                n,
                "WARN",
                "many_rows",
                ks,
                t,
                key,
                r.randrange(100000, 3000000),
                sst(ks, t),
                grp=grp,
                lo=1,
                hi=60,
            )

    def bt() -> str:
        return (
            " ".join(f"0x{r.randrange(0x4000000, 0x6000000):x}" for _ in range(r.randrange(8, 22)))
            + " /opt/scylladb/libreloc/libc.so.6+0x8f5b9 /opt/scylladb/libreloc/libc.so.6+0x1142b3"
        )

    def stall(n: int) -> None:
        sh = r.randrange(8)
        sl(
            n,
            "WARN",
            "stall",
            r.choice([20, 23, 28, 33, 41, 55, 68, 110, 241]),
            sh,
            bt(),
            shard=sh,
            grp=r.choice(["stmt", "comp", "main", "mt"]),
            lo=5,
            hi=200,
        )

    def oversized(n: int) -> None:
        sl(
            n,
            "WARN",
            "oversized",
            r.choice([1310720, 2097152, 4194304, 1572864]),
            bt(),
            grp="stmt",
            lo=5,
            hi=200,
        )

    def cql_ex(n: int) -> None:
        sl(
            n,
            "INFO",
            "cql_ex",
            Word(
                r.choice(
                    [
                        "std::system_error (error system:32, sendmsg: Broken pipe)",
                        "seastar::nested_exception: std::system_error (error system:104, read: Connection reset by peer) (while cleaning up after std::system_error (error system:32, sendmsg: Broken pipe))",
                        "std::system_error (error system:104, read: Connection reset by peer)",
                    ]
                )
            ),
            grp="stmt",
            lo=5,
            hi=200,
        )

    def semaphore(n: int) -> None:
        sh = r.randrange(8)
        waiting = r.randrange(40, 100)
        active = 100 - waiting if r.random() < 0.5 else r.randrange(1, 100 - waiting + 1)
        mem = r.randrange(1, 40)
        rows = [
            ("waiting", waiting, waiting, f"{r.randrange(0, 900)}K"),
            ("active/used", active, active, f"{mem}M"),
            ("inactive", r.randrange(0, 20), 0, "0B"),
        ]
        table = ["permits\tcount\tmemory\ttable/description/state"]
        for state, p_, c_, m_ in rows:
            if p_:
                table.append(f"{p_}\t{c_}\t{m_}\tapp.user_events/data-query/{state}")
        if r.random() < 0.5:
            table.append(
                f"{r.randrange(1, 6)}\t{r.randrange(1, 6)}\t{r.randrange(10, 900)}K\tapp.messages/shard-reader/active/used"
            )
        total = sum(int(x.split("\t")[0]) for x in table[1:])
        cnt = sum(int(x.split("\t")[1]) for x in table[1:])
        table += [
            "",
            f"{total}\t{cnt}\t{mem + 1}M\ttotal",
            "",
            f"Total: {total} permits with {cnt} count and {mem + 1}M memory resources",
        ]
        prefix = (
            f"(rate limiting dropped {r.randrange(30, 9000)} similar messages) "
            if rate[0] > 0
            else ""
        )
        rate[0] += 1
        sl(
            n,
            "WARN",
            "semaphore",
            "_read_concurrency_sem",
            min(cnt, 100),
            100,
            r.randrange(10**6, 5 * 10**7),
            149422981,
            Word(r.choice(["timed out", "timed out", "queue overloaded"])),
            shard=sh,
            grp="stmt",
            prefix=prefix,
            lo=1,
            hi=31,
            cont=table,
        )

    def unreachable_io(n: int, dead: int) -> None:
        ks, t = r.choice([("app", "user_events"), ("app", "messages"), ("app", "sessions")])
        if r.random() < 0.55:
            sl(
                n,
                "WARN",
                "read_ex",
                ips[dead],
                ks,
                t,
                Word(
                    r.choice(
                        [
                            "seastar::rpc::closed_error (connection is closed)",
                            "seastar::rpc::timeout_error (rpc call timed out)",
                        ]
                    )
                ),
                grp="stmt",
                lo=0.2,
                hi=8,
            )
        else:
            sl(
                n,
                "WARN",
                "write_ex",
                ips[dead],
                Word(
                    r.choice(
                        [
                            "seastar::rpc::closed_error (connection is closed)",
                            "seastar::rpc::timeout_error (rpc call timed out)",
                        ]
                    )
                ),
                grp="stmt",
                lo=0.2,
                hi=8,
            )

    def shutdown(n: int) -> None:
        sl(n, "INFO", "signal", shard=0, lo=1, hi=10)
        for what in SCYLLA_STOPPING:
            lit(n, f"Shutting down {what}", lo=0, hi=0.3)
            lit(n, f"Shutting down {what} was successful", lo=0, hi=2)
        sl(n, "INFO", "shutdown_done", ver, shard=0, lo=0, hi=0.2)

    def startup(n: int, crashed: bool) -> None:
        sl(n, "INFO", "sighup", shard=0, lo=0, hi=0.01)
        sl(n, "INFO", "version", ver, hexid(r, 40), shard=0, lo=0, hi=0.05)
        for text in SCYLLA_STARTING[:8]:
            lit(n, text, lo=0, hi=0.3)
        for ks, tables in SCYLLA_TABLES.items():
            sl(n, "INFO", "populating", ks, shard=0, lo=0, hi=0.1)
            for t in tables:
                sl(
                    n,
                    "INFO",
                    "reading_cf",
                    ks,
                    t,
                    tbl_ids[(ks, t)],
                    uuid4(r),
                    "LOCAL",
                    shard=0,
                    lo=0,
                    hi=0.2,
                )
        for sh in range(8) if crashed else range(2):
            sl(
                n,
                "INFO",
                "replay",
                f"/var/lib/scylla/commitlog/CommitLog-2-{r.randrange(10**15, 10**16)}.log",
                shard=sh,
                lo=0,
                hi=0.2,
            )
        sl(
            n,
            "INFO",
            "replay_done",
            r.randrange(1000, 900000) if crashed else 0,
            0,
            0,
            shard=0,
            lo=0.5,
            hi=5,
        )
        for text in SCYLLA_STARTING[8:12]:
            lit(n, text, lo=0, hi=0.3)
        sl(n, "INFO", "messaging", 7000, shard=0, lo=0, hi=0.1)
        sl(n, "INFO", "mode", "STARTING", shard=0, lo=0, hi=0.1)
        others = [ips[i] for i in range(3) if i != n and alive[i]]
        sl(n, "INFO", "wait_live", len(others) + 1, 1, shard=0, lo=0.1, hi=0.5)
        sl(n, "INFO", "feature", ips[n], SCYLLA_FEATURES, SCYLLA_FEATURES, shard=0, lo=0.5, hi=1)
        for ip in others:
            sl(n, "INFO", "up", ip, "NORMAL", shard=0, lo=0.1, hi=1)
        sl(n, "INFO", "live_seen", "{" + ", ".join([*others, ips[n]]) + "}", shard=0, lo=0.1, hi=1)
        for i in range(3):
            if i != n and alive[i]:
                sl(n, "INFO", "jump", ips[i], shard=0, lo=0, hi=0.1)
        sl(n, "INFO", "mode", "NORMAL", shard=0, lo=0.5, hi=3)
        for text in SCYLLA_STARTING[12:]:
            lit(n, text, lo=0, hi=0.3)
        sl(
            n,
            "INFO",
            "cql_listen",
            "0.0.0.0:9042",
            Word("unencrypted"),
            Word("non-shard-aware"),
            shard=0,
            lo=0,
            hi=0.1,
        )
        sl(
            n,
            "INFO",
            "cql_listen",
            "0.0.0.0:19042",
            Word("unencrypted"),
            Word("shard-aware"),
            shard=0,
            lo=0,
            hi=0.1,
        )
        lit(n, "serving", lo=0, hi=0.1)
        sl(n, "INFO", "completed", ver, shard=0, lo=0, hi=0.1)

    def peers_see_down(dead: int) -> None:
        for n in range(3):
            if n == dead or not alive[n]:
                continue
            logs[n].t = max(logs[n].t, logs[dead].t)
            for _ in range(r.randrange(1, 3)):
                sl(
                    n,
                    "WARN",
                    "echo",
                    ips[dead],
                    Word("seastar::rpc::closed_error (connection is closed)"),
                    shard=0,
                    lo=0.5,
                    hi=2,
                )
            sl(n, "INFO", "markdown", ips[dead], shard=0, lo=0.5, hi=2)
            sl(n, "INFO", "down", ips[dead], "NORMAL", shard=0, lo=0, hi=0.01)
            sl(n, "INFO", "raft_dead", host_ids[dead], shard=0, lo=0, hi=0.01)

    def peers_see_up(back: int, restarted: bool) -> None:
        for n in range(3):
            if n == back or not alive[n]:
                continue
            logs[n].t = max(logs[n].t, logs[back].t)
            if restarted:
                sl(n, "INFO", "restarted", ips[back], "NORMAL", shard=0, lo=0.5, hi=2)
            sl(n, "INFO", "up", ips[back], "NORMAL", shard=0, lo=0, hi=0.5)
            sl(n, "INFO", "raft_alive", host_ids[back], shard=0, lo=0, hi=0.01)

    def sync() -> None:
        top = max(x.t for x in logs)
        for x in logs:
            if x.t < top - timedelta(seconds=300):
                x.t = top - timedelta(seconds=r.uniform(0, 60))

    def steady(steps: int, hot: bool = False, dead: int | None = None) -> None:
        for _ in range(steps):
            n = r.choice([i for i in range(3) if alive[i]])
            pick(
                r,
                [
                    (9, lambda n=n: compaction(n)),
                    (2.5, lambda n=n: large(n)),
                    (2, lambda n=n: stall(n)),
                    (0.4, lambda n=n: oversized(n)),
                    (1.5, lambda n=n: cql_ex(n)),
                    (14 if hot and n == 0 else 0, lambda n=n: semaphore(n)),
                    (10 if dead is not None else 0, lambda n=n: unreachable_io(n, dead)),
                ],
            )
            sync()

    repair_id = [uuid4(r)]

    def repair_run(fail_dead: int | None) -> None:
        rid = repair_id[0]
        sl(
            0,
            "INFO",
            "repair_start",
            rid,
            "app",
            3,
            "{{trace -> false}, {jobThreads -> 1}, {primaryRange -> true}, {incremental -> false}}",
            shard=0,
            grp="strm",
            lo=1,
            hi=5,
        )
        tables = SCYLLA_TABLES["app"]
        for sh in range(8):
            for i, t in enumerate(tables, 1):
                sl(
                    0,
                    "INFO",
                    "repair_table",
                    rid,
                    i,
                    len(tables),
                    "app",
                    t,
                    tbl_ids[("app", t)],
                    "repair",
                    shard=sh,
                    grp="strm",
                    lo=0.05,
                    hi=20,
                )
        if fail_dead is None:
            sl(0, "INFO", "repair_done", rid, "app", shard=0, grp="strm", lo=5, hi=60)
        else:
            for sh in range(8):
                sl(
                    0,
                    "WARN",
                    "repair_fail",
                    rid,
                    r.randrange(20, 120),
                    256,
                    "app",
                    "{user_events, sessions, messages, devices}",
                    "repair",
                    "{" + ips[fail_dead] + "}",
                    "false",
                    Word(
                        "std::runtime_error (repair[" + rid + "]: nodes_down_during_repair)",
                        "std::runtime_error (repair[{}]: nodes_down_during_repair)",
                    ),
                    shard=sh,
                    grp="strm",
                    lo=0.5,
                    hi=5,
                )

    steady(420)
    # node 2: a rolling restart
    shutdown(1)
    alive[1] = False
    peers_see_down(1)
    logs[1].t += timedelta(seconds=40)
    alive[1] = True
    startup(1, crashed=False)
    peers_see_up(1, restarted=True)
    sl(0, "INFO", "schema_ver", uuid4(r), shard=0, lo=1, hi=5)
    sl(1, "INFO", "schema_ver", uuid4(r), shard=0, lo=1, hi=5)
    steady(330)
    repair_run(None)
    steady(90, hot=True)
    steady(240)
    # node 3 dies
    alive[2] = False
    logs[2].t = max(x.t for x in logs)
    peers_see_down(2)
    repair_id[0] = uuid4(r)
    repair_run(2)
    steady(120, dead=2)
    logs[2].t = max(x.t for x in logs) + timedelta(seconds=20)
    alive[2] = True
    startup(2, crashed=True)
    peers_see_up(2, restarted=True)
    steady(300)
    return logs


# --------------------------------------------------------------------------------- db2

# statement -> (FUNCTION with its probe, the field that carries the text, its format): a record's
# call site; its label is the two together, its level and context fields are per record
DB2 = {
    "newlog": (
        "DB2 UDB, RAS/PD component, pdLogInternal, probe:120",
        "START",
        "New Diagnostic Log file",
    ),
    "dbmstart": (
        "DB2 UDB, base sys utilities, DB2StartMain, probe:911",
        "MESSAGE",
        "ADM7513W  Database manager has started.",
    ),
    "dbmstop": (
        "DB2 UDB, base sys utilities, DB2StopMain, probe:1130",
        "MESSAGE",
        "ADM7514W  Database manager has stopped.",
    ),
    "activate": (
        "DB2 UDB, base sys utilities, sqeLocalDatabase::FirstConnect, probe:1000",
        "START",
        "DATABASE: %s   : ACTIVATED: %s",
    ),
    "deactivate": (
        "DB2 UDB, base sys utilities, sqeLocalDatabase::FreeResourcesOnDBShutdown, probe:15832",
        "STOP",
        "DATABASE: %s   : DEACTIVATED: %s",
    ),
    "archived": (
        "DB2 UDB, data protection services, sqlpgArchiveLogFile, probe:3180",
        "MESSAGE",
        'ADM1846I  Completed archive for log file "%s" to "%s" from "%s".',
    ),
    "archfail": (
        "DB2 UDB, data protection services, sqlpgArchiveLogFile, probe:3150",
        "MESSAGE",
        'ADM1848W  Failed to archive log file "%s" to "%s" from "%s".',
    ),
    "retrieved": (
        "DB2 UDB, data protection services, sqlpgRetrieveLogFile, probe:4148",
        "MESSAGE",
        'ADM1845I  Completed retrieve for log file "%s" on chain "%s" to "%s".',
    ),
    "accd": (
        "DB2 UDB, oper system services, sqloopenp, probe:80",
        "MESSAGE",
        'ZRC=0x870F0002=-2029060094=SQLO_ACCD "Access Denied" DIA8701C Access denied for resource "%s", operating system return code was "%s".',
    ),
    "fnex": (
        "DB2 UDB, oper system services, sqloopenp, probe:80",
        "MESSAGE",
        'ZRC=0x860F000A=-2045837302=SQLO_FNEX "File not found." DIA8411C A file "%s" could not be found.',
    ),
    "stmm_cfg": (
        "DB2 UDB, config/install, sqlfLogUpdateCfgParam, probe:20",
        "CHANGE",
        'STMM CFG DB %s: "%s" From: "%s" <automatic> To: "%s" <automatic>',
    ),
    "stmm_bp": (
        "DB2 UDB, buffer pool services, sqlbAlterBufferPoolAct, probe:90",
        "MESSAGE",
        'Altering bufferpool "%s" From: "%s" <automatic> To: "%s" <automatic>',
    ),
    "esc_start": (
        "DB2 UDB, data management, sqldEscalateLocks, probe:1",
        "MESSAGE",
        'ADM5501I  DB2 is performing lock escalation. The affected application is named "%s", and is associated with the workload name "%s" and application ID "%s"  at member "%s". The total number of locks currently held is "%s", and the target number of locks to hold is "%s". The current statement being executed is "%s". Reason code "%s"',
    ),
    "esc_done": (
        "DB2 UDB, data management, sqldEscalateLocks, probe:3",
        "MESSAGE",
        'ADM5502W  The escalation of "%s" locks on table "%s" to lock intent "%s" was successful.',
    ),
    "esc_fail": (
        "DB2 UDB, data management, sqldEscalateLocks, probe:4",
        "MESSAGE",
        'ADM5503E  The escalation of "%s" locks on table "%s" to lock intent "%s" has failed.  The SQLCODE is "%s".',
    ),
    "pkgcache": (
        "DB2 UDB, access plan manager, sqlra_cache_mem_please, probe:100",
        "MESSAGE",
        "ADM4500W  A package cache overflow condition has occurred. There is no error but this indicates that the package cache has exceeded the configured maximum size. If this condition persists, you should perform additional monitoring to determine if you need to change the PCKCACHESZ DB configuration parameter. You could also set it to AUTOMATIC.",
    ),
    "catcache": (
        "DB2 UDB, catalog cache, sqlrlcCacheOverflow, probe:10",
        "MESSAGE",
        "ADM4000W  A catalog cache overflow condition has occurred. There is no error but this indicates that the catalog cache has exceeded the configured maximum size. If this condition persists, you may want to adjust the CATALOGCACHE_SZ DB configuration parameter.",
    ),
    "recv": (
        "DB2 UDB, common communication, sqlcctcprecv, probe:30",
        "MESSAGE",
        'DIA3202C The TCP/IP call "recv" returned an errno="%s".',
    ),
    "send": (
        "DB2 UDB, common communication, sqlcctcpsend, probe:30",
        "MESSAGE",
        'DIA3202C The TCP/IP call "send" returned an errno="%s".',
    ),
    "cmerr": (
        "DB2 UDB, DRDA Communication Manager, sqljcReceive, probe:30",
        "MESSAGE",
        'ZRC=0x8136001A=-2127167462=SQLZ_RC_CMERR, SQLT_SQLJC "CM error" DIA8506C Unexpected end of file was reached.',
    ),
    "pwfail": (
        "DB2 UDB, bsu security, sqlexLogPluginMessage, probe:20",
        "DATA #1",
        "Password validation for user %s failed with rc = %d",
    ),
    "nomem": (
        "DB2 UDB, SQO Memory Management, SqloMemController::requestMemory, probe:50",
        "RETCODE",
        'ZRC=0x8B0F0000=-1961951232=SQLO_NOMEM "No Memory Available" DIA8300C A memory heap error has occurred.',
    ),
    "logfull": (
        "DB2 UDB, data protection services, sqlpgResSpace, probe:2860",
        "MESSAGE",
        'ADM1823E  The active log is full and is held by application handle "%s".  Terminate this application by COMMIT, ROLLBACK or FORCE APPLICATION.',
    ),
    "nospace": (
        "DB2 UDB, data protection services, sqlpWriteLR, probe:6680",
        "RETCODE",
        'ZRC=0x85100009=-2062548983=SQLP_NOSPACE "Log File has reached its saturation point" DIA8309C Log file was full.',
    ),
    "tsfull": (
        "DB2 UDB, buffer pool services, sqlbDMSAddContainerRequest, probe:812",
        "MESSAGE",
        'ADM6044E  The DMS table space "%s" (ID "%s") is full.  If this is an autoresize or automatic storage DMS table space, the maximum table space size may have been reached or the existing containers or storage paths cannot grow any more. Additional space can be added to the table space by either adding new containers or extending existing ones using the ALTER TABLESPACE SQL statement. If this is an autoresize or automatic storage DMS table space, additional space can be added by increasing the MAXSIZE limit or adding storage paths to the storage group.',
    ),
    "hadr_state": (
        "DB2 UDB, High Availability Disaster Recovery, hdrSetHdrState, probe:10000",
        "CHANGE",
        "HADR state set to %s (was %s), connectId=%s",
    ),
    "hadr_pstart": (
        "DB2 UDB, High Availability Disaster Recovery, hdrEduP, probe:20445",
        "MESSAGE",
        "Primary Started.",
    ),
    "hadr_sstart": (
        "DB2 UDB, High Availability Disaster Recovery, hdrEduS, probe:21151",
        "MESSAGE",
        "Standby Started.",
    ),
    "hadr_nopeer": (
        "DB2 UDB, High Availability Disaster Recovery, hdrTransitionPtoNPeer, probe:10645",
        "MESSAGE",
        'The HADR primary is no longer in peer state: the standby "%s" did not respond within the HADR timeout of %s seconds.',
    ),
    "hadr_close": (
        "DB2 UDB, High Availability Disaster Recovery, hdrCloseConn, probe:30595",
        "MESSAGE",
        'HADR connection to "%s:%s" closed.',
    ),
    "trap": (
        "DB2 UDB, oper system services, sqloEDUCodeTrapHandler, probe:10",
        "MESSAGE",
        'ADM14001C  An unexpected and critical error has occurred: "%s". The instance may have been shutdown as a result. "%s" FODC (First Occurrence Data Capture) has been invoked and diagnostic information has been recorded in directory "%s". Please look in this directory for detailed evidence about what happened and contact IBM support if necessary to diagnose the problem.',
    ),
    "callout": (
        "DB2 UDB, trace services, pdInvokeCalloutScript, probe:10",
        "START",
        "Invoking %s from %s",
    ),
    "callout_done": (
        "DB2 UDB, trace services, pdInvokeCalloutScript, probe:20",
        "STOP",
        "Completed invoking %s",
    ),
    "adm0503": (
        "DB2 UDB, oper system services, sqloEDUCodeTrapHandler, probe:90",
        "MESSAGE",
        "ADM0503C  An unexpected internal processing error has occurred. All DB2 processes associated with this instance have been shutdown. Diagnostic information has been recorded. Contact IBM Support for further assistance.",
    ),
    "crashneeded": (
        "DB2 UDB, recovery manager, sqlpresr, probe:3170",
        "MESSAGE",
        "Crash Recovery is needed.",
    ),
    "crashstart": (
        "DB2 UDB, recovery manager, sqlpresr, probe:3180",
        "MESSAGE",
        "ADM1530E  Crash recovery has been initiated.",
    ),
    "parrec": (
        "DB2 UDB, recovery manager, sqlpParallelRecovery, probe:1150",
        "MESSAGE",
        "Using parallel recovery with %s agents %s QSets %s queues and %s chunks",
    ),
    "crashdone": (
        "DB2 UDB, recovery manager, sqlpresr, probe:3350",
        "MESSAGE",
        "ADM1531E  Crash recovery has completed successfully.",
    ),
    "nextlsn": (
        "DB2 UDB, recovery manager, sqlprecm, probe:4000",
        "MESSAGE",
        "Crash recovery completed. Next LSN is %s",
    ),
    "bk_par": (
        "DB2 UDB, database utilities, sqluxGetDegreeParallelism, probe:1222",
        "MESSAGE",
        "Autonomic BAR - using parallelism = %s.",
    ),
    "bk_start": (
        "DB2 UDB, database utilities, sqlubSetupJobControl, probe:1741",
        "DATA #1",
        "Starting an online db backup.",
    ),
    "bk_tune": (
        "DB2 UDB, database utilities, sqlubTuneBuffers, probe:1205",
        "DATA #1",
        "Autonomic backup - tuning enabled. Using buffer size = %s, number = %s.",
    ),
    "bk_done": (
        "DB2 UDB, database utilities, sqlubMWResponse, probe:1136",
        "MESSAGE",
        "Backup complete.",
    ),
}
DB2_FRAMES = [
    "pdLog",
    "pdLogInternal",
    "sqloEDUCodeTrapHandler",
    "__restore_rt",
    "sqlriSortPutRow",
    "sqlri_sort_insert",
    "sqlriSortMain",
    "sqlrisrt",
    "sqlriExecThread",
    "sqlriExecThreadWrapper",
    "sqlrr_process_fetch_request",
    "sqlrr_fetch",
    "sqljs_ddm_cntqry",
    "sqljsParseRdbAccessed",
    "sqljsParse",
    "sqljsSqlam",
    "sqljsDriveRequests",
    "sqljsDrdaAsInnerDriver",
    "sqljsDrdaAsDriver",
    "sqeAgent::RunEDU",
    "sqzEDUObj::EDUDriver",
    "sqloEDUEntry",
    "start_thread",
]
DB2_TABLES = [
    "APP.ORDERS",
    "APP.ORDER_ITEMS",
    "APP.INVENTORY",
    "APP.CUSTOMERS",
    "BATCH.SETTLEMENT_STAGE",
    "APP.AUDIT_TRAIL",
]
DB2_STMTS = [
    "UPDATE APP.ORDERS SET STATUS = ? WHERE CREATED_AT < ? AND STATUS = 'OPEN'",
    "DELETE FROM APP.AUDIT_TRAIL WHERE EVENT_TS < CURRENT TIMESTAMP - 90 DAYS",
    "INSERT INTO BATCH.SETTLEMENT_STAGE SELECT * FROM APP.ORDER_ITEMS WHERE SETTLED = 0",
    "UPDATE APP.INVENTORY SET QTY = QTY - ? WHERE SKU = ?",
]


def db2(r: random.Random) -> list[Log]:
    """IBM Db2 11.5's db2diag.log on an HADR pair (db2p1 the primary, db2s1 the standby) at the
    default DIAGLEVEL 3: each record a header (time, the record's offset and length, level),
    the process, instance, database, application and EDU fields, the FUNCTION (component,
    function, probe) and the text in a MESSAGE, CHANGE, START/STOP, RETCODE or DATA field,
    ADM messages wrapped over lines, a blank line after. Log files archived (and once failing
    on a permission), STMM resizing memory and buffer pools, clients' TCP connections reset
    (recv and send), password validations failing, lock escalations, package and catalog cache
    overflows, a full active log and a full table space, a memory heap error with its call stack,
    HADR state changes on both sides and a peer-state timeout, the nightly online backup, and on
    the primary a trap (the FODC message, db2cos invoked, the call stack, all processes shut
    down), the instance started again and crash recovery."""
    out: list[Log] = []
    t0 = datetime(2024, 6, 11, 0, 0, 4, 118204, tzinfo=UTC)
    p = Log("db2p1-db2diag.log", t0)
    s_ = Log("db2s1-db2diag.log", t0 + timedelta(seconds=1.3))
    size = {p.name: 0, s_.name: 0}
    host = {p.name: "db2p1", s_.name: "db2s1"}
    pid = {p.name: 5123, s_.name: 4877}
    lognum = [18233]
    apps = [("db2jcc_application", f"10.20.0.{n}") for n in (41, 42, 43, 57)] + [
        ("db2bp", "*LOCAL"),
        ("python3", "10.20.0.88"),
    ]
    connect_id = [1718064004]

    def rec(
        log: Log,
        key: str,
        level: str,
        vals: tuple = (),
        ctx: str = "db",
        edu: tuple[int, str] | None = None,
        app: tuple[str, str] | None = None,
        extra: list[str] | None = None,
        pre: list[str] | None = None,
        lo: float = 1.0,
        hi: float = 60.0,
    ) -> None:
        func, field, fmt = DB2[key]
        t = log.tick(r, lo, hi)
        tid = 140000000000000 + (edu[0] if edu else 1) * 263168 + 1792
        db = ctx in ("db", "app")
        lines = [f"{'PID':<8}: {pid[log.name]:<21}TID : {tid:<15} PROC : db2sysc 0"]
        lines.append(
            f"{'INSTANCE':<8}: {'db2inst1':<21}NODE : {'000':<13}DB   : SAMPLE"
            if db
            else f"{'INSTANCE':<8}: {'db2inst1':<21}NODE : 000"
        )
        if ctx == "app" and app:
            hdl, appid = app
            lines.append(f"{'APPHDL':<8}: {hdl:<21}APPID: {appid}")
            lines.append(
                f"{'AUTHID':<8}: {r.choice(['APPUSER', 'APPUSER', 'ETLUSER', 'DB2INST1']):<21}HOSTNAME: {host[log.name]}"
            )
        else:
            lines.append(f"HOSTNAME: {host[log.name]}")
        eid, ename = edu or (1, "db2sysc 0")
        lines.append(f"{'EDUID':<8}: {eid:<21}EDUNAME: {ename}")
        lines.append(f"FUNCTION: {func}")
        lines += pre or []
        text = fill(fmt, *vals)
        if field == "DATA #1":
            body = (
                [
                    f"DATA #1 : {'String with size' if key == 'pwfail' else '<preformatted>'}, {len(text)} bytes"
                ]
                if key == "pwfail"
                else ["DATA #1 : <preformatted>"]
            )
            body += text.split(". Using ") if key == "bk_tune" else [text]
            if key == "bk_tune":
                body[-1] = "Using " + body[-1]
            lines += body
        else:
            name = f"{field:<8}: "
            if " DIA" in text and text.startswith("ZRC"):
                head_, dia = text.split(" DIA", 1)
                lines.append(name + head_)
                lines.append(" " * 10 + "DIA" + dia)
            else:
                # ADM messages are wrapped to the record's width, other texts written whole
                wrapped = (
                    textwrap.wrap(text, 70, break_long_words=False, break_on_hyphens=False)
                    if text.startswith("ADM")
                    else [text]
                )
                lines.append(name + wrapped[0])
                lines += [" " * 10 + w for w in wrapped[1:]]
        lines += extra or []
        body_text = "\n".join(lines) + "\n\n"
        stamp = f"{t:%Y-%m-%d-%H.%M.%S}.{t.microsecond:06d}+000"
        kind = "E" if level == "Event" else "I"
        offset = size[log.name] + 1
        length = 0
        for _ in range(3):
            rid = f"{kind}{offset}E{length}"
            header = f"{stamp} {rid:<20} LEVEL: {level}\n"
            length = len((header + body_text).encode())
        rid = f"{kind}{offset}E{length}"
        header = f"{stamp} {rid:<20} LEVEL: {level}"
        size[log.name] += len((header + "\n" + body_text).encode())
        log.add(header, f"{func} {field}: {label(fmt, *vals)}")
        for ln in body_text.rstrip("\n").split("\n"):
            log.add(ln, None)
        log.add("", None)

    def build_level() -> list[str]:
        return [
            "DATA #1 : Build Level, 124 bytes",
            'Instance "db2inst1" uses "64" bits and DB2 code release "SQL11058"',
            'with level identifier "0609010F".',
            'Informational tokens are "DB2 v11.5.8.0", "s2209201700", "DYN2209201700AMD64", Fix Pack "0".',
        ]

    def newlog(log: Log) -> None:
        rec(
            log,
            "newlog",
            "Event",
            ctx="sys",
            edu=(0, "db2start"),
            extra=[
                *build_level(),
                "DATA #2 : System Info, 1568 bytes",
                f"System: Linux {host[log.name]} 5 14 x86_64",
                "CPU: total:16 online:16 Cores per socket:8 Threading degree per core:2",
                "Physical Memory(MB): total:64290 free:31882 available:52004",
                "Virtual  Memory(MB): total:72482 free:40074",
                "Swap     Memory(MB): total:8192 free:8192",
                "Information in this record is only valid at the time when this file was",
                "created (refer to this record's time stamp)",
            ],
            lo=0,
            hi=0.01,
        )

    def appctx(log: Log | None = None) -> tuple[tuple[str, str], tuple[int, str]]:
        _name, ip = r.choice(apps)
        hdl = f"0-{r.randrange(100, 65000)}"
        since = (log or p).t - timedelta(seconds=r.uniform(1, 7200))
        appid = (
            f"*LOCAL.db2inst1.{since:%y%m%d%H%M%S}"
            if ip == "*LOCAL"
            else f"{ip}.{r.randrange(32768, 61000)}.{since:%y%m%d%H%M%S}"
        )
        return (hdl, appid), (r.randrange(40, 400), "db2agent (SAMPLE) 0")

    def archive(log: Log) -> None:
        lognum[0] += 1
        f = f"S{lognum[0]:07d}.LOG"
        rec(
            log,
            "archived",
            "Info",
            (
                f,
                "DISK:/db2/archive/db2inst1/SAMPLE/NODE0000/LOGSTREAM0000/C0000004/",
                "/db2/logs/db2inst1/SAMPLE/NODE0000/LOGSTREAM0000/",
            ),
            edu=(31, "db2logmgr (SAMPLE) 0"),
            lo=60,
            hi=420,
        )

    def archive_fail(log: Log) -> None:
        lognum[0] += 1
        f = f"S{lognum[0]:07d}.LOG"
        path = f"/db2/archive/db2inst1/SAMPLE/NODE0000/LOGSTREAM0000/C0000004/{f}"
        rec(
            log,
            "accd",
            "Error",
            (path, "13"),
            edu=(31, "db2logmgr (SAMPLE) 0"),
            extra=[
                "CALLED  : OS, -, open",
                'OSERR   : EACCES (13) "Permission denied"',
                f"DATA #1 : File name, {len(path)} bytes",
                path,
            ],
            lo=60,
            hi=300,
        )
        rec(
            log,
            "archfail",
            "Warning",
            (
                f,
                "DISK:/db2/archive/db2inst1/SAMPLE/NODE0000/LOGSTREAM0000/C0000004/",
                "/db2/logs/db2inst1/SAMPLE/NODE0000/LOGSTREAM0000/",
            ),
            edu=(31, "db2logmgr (SAMPLE) 0"),
            lo=0,
            hi=0.01,
        )
        lognum[0] -= 1

    stmm = {
        "LOCKLIST": 12288,
        "PCKCACHESZ": 8192,
        "SHEAPTHRES_SHR": 40960,
        "DATABASE_MEMORY": 1048576,
        "MAXLOCKS": 20,
    }
    bps = {"IBMDEFAULTBP": 250000, "BP_DATA32K": 64000, "BP_INDEX": 120000}

    def stmm_tune(log: Log) -> None:
        if r.random() < 0.55:
            name = r.choice(list(stmm))
            old = stmm[name]
            new = max(1, int(old * r.choice([0.9, 1.1, 1.2, 0.8, 1.05])))
            stmm[name] = new
            rec(
                log,
                "stmm_cfg",
                "Info",
                ("SAMPLE", name.capitalize(), old, new),
                edu=(52, "db2stmm (SAMPLE) 0"),
                lo=20,
                hi=240,
            )
        else:
            name = r.choice(list(bps))
            old = bps[name]
            new = max(1000, int(old * r.choice([0.95, 1.05, 1.1, 0.9])))
            bps[name] = new
            rec(
                log,
                "stmm_bp",
                "Info",
                (name, old, new),
                edu=(52, "db2stmm (SAMPLE) 0"),
                lo=20,
                hi=240,
            )

    def tcp_err(log: Log) -> None:
        app, edu = appctx(log)
        if r.random() < 0.72:
            rec(
                log,
                "recv",
                "Warning",
                ("104",),
                ctx="app",
                app=app,
                edu=edu,
                extra=[
                    "CALLED  : OS, -, recv",
                    'OSERR   : ECONNRESET (104) "Connection reset by peer"',
                ],
                lo=10,
                hi=200,
            )
        else:
            rec(
                log,
                "send",
                "Warning",
                ("32",),
                ctx="app",
                app=app,
                edu=edu,
                extra=["CALLED  : OS, -, send", 'OSERR   : EPIPE (32) "Broken pipe"'],
                lo=10,
                hi=200,
            )
        if r.random() < 0.12:
            rec(
                log,
                "cmerr",
                "Error",
                ctx="app",
                app=app,
                edu=edu,
                extra=[
                    "DATA #1 : String, 11 bytes",
                    "CCI Error:",
                    "DATA #2 : unsigned integer, 8 bytes",
                    "54",
                ],
                lo=0,
                hi=0.01,
            )

    def pwfail(log: Log) -> None:
        app, _edu = appctx()
        user = r.choice(["appuser", "etluser", "reporting", "db2admin", "sa", "admin", "backup"])
        rec(
            log,
            "pwfail",
            "Warning",
            (user, -2146500502),
            ctx="app",
            app=app,
            edu=(r.randrange(40, 400), "db2agent (idle) 0"),
            lo=10,
            hi=300,
        )

    def escalation(log: Log) -> None:
        app, edu = appctx()
        held = r.randrange(8000, 60000)
        stmt = r.choice(DB2_STMTS)
        table = r.choice([t for t in DB2_TABLES if t.split(".")[1] in stmt] or DB2_TABLES)
        rec(
            log,
            "esc_start",
            "Info",
            (
                r.choice(["db2jcc_application", "python3"]),
                "SYSDEFAULTUSERWORKLOAD",
                app[1],
                0,
                held,
                held // 2,
                stmt,
                1,
            ),
            ctx="app",
            app=app,
            edu=edu,
            lo=30,
            hi=600,
        )
        if r.random() < 0.9:
            rec(
                log,
                "esc_done",
                "Warning",
                (held - r.randrange(0, 200), table, r.choice(["X", "X", "S"])),
                ctx="app",
                app=app,
                edu=edu,
                lo=0,
                hi=0.2,
            )
        else:
            rec(
                log,
                "esc_fail",
                "Error",
                (held, table, "X", "-911"),
                ctx="app",
                app=app,
                edu=edu,
                lo=0,
                hi=0.2,
            )

    def cache(log: Log) -> None:
        app, edu = appctx()
        rec(
            log,
            "pkgcache" if r.random() < 0.7 else "catcache",
            "Warning",
            ctx="app",
            app=app,
            edu=edu,
            lo=30,
            hi=900,
        )

    def logfull(log: Log) -> None:
        app, edu = appctx()
        holder = f"0-{r.randrange(100, 65000)}"
        rec(log, "logfull", "Error", (holder,), ctx="app", app=app, edu=edu, lo=5, hi=60)
        rec(
            log,
            "nospace",
            "Error",
            ctx="app",
            app=app,
            edu=edu,
            extra=[
                "DATA #1 : <preformatted>",
                f"Log File has reached its saturation point. LSN 0000000{hexid(r, 9).upper()} first active log S{lognum[0] - 60:07d}.LOG",
            ],
            lo=0,
            hi=0.01,
        )

    def tsfull(log: Log) -> None:
        app, edu = appctx()
        ts, tid = r.choice([("TS_BATCH", 7), ("TS_AUDIT", 9)])
        rec(log, "tsfull", "Error", (ts, tid), ctx="app", app=app, edu=edu, lo=5, hi=60)

    def callstack(frames: list[str]) -> list[str]:
        out_ = [
            "CALLSTCK: (Static functions may not be resolved correctly, as they are resolved to the nearest symbol)"
        ]
        base = {"libc": 0x00007F3C2A400000, "db2": 0x00007F3C31000000}
        for i, fn in enumerate(frames):
            lib = "libc" if fn in ("__restore_rt", "start_thread") else "db2"
            out_.append(
                f"  [{i}] 0x{base[lib] + r.randrange(0x10000, 0x8FFFFFF):016X} {fn} + 0x{r.randrange(0x10, 0x1FFF):X}"
            )
        return out_

    def nomem(log: Log) -> None:
        app, edu = appctx()
        rec(
            log,
            "nomem",
            "Error",
            ctx="app",
            app=app,
            edu=edu,
            extra=[
                "DATA #1 : unsigned integer, 8 bytes",
                str(r.choice([1048576, 4194304, 16777216])),
                "DATA #2 : unsigned integer, 8 bytes",
                str(r.randrange(10**9, 3 * 10**9)),
                "DATA #3 : String, 11 bytes",
                "APPL-SAMPLE",
                *callstack(
                    [
                        "OSSHLog",
                        "ossLog",
                        "SqloMemController::requestMemory",
                        "SQLO_SLAB_ALLOCATOR::allocateChunk",
                        "sqloGetMemoryBlockExtended",
                        "sqlriSortInitialize",
                        "sqlrisrt",
                        "sqlriExecThread",
                        "sqeAgent::RunEDU",
                        "sqloEDUEntry",
                    ]
                ),
            ],
            lo=10,
            hi=120,
        )

    def hadr(log: Log, new: str, old: str, edu: tuple[int, str]) -> None:
        rec(log, "hadr_state", "Info", (new, old, connect_id[0]), edu=edu, lo=0.5, hi=4)

    hp = (61, "db2hadrp (SAMPLE) 0")
    hs = (58, "db2hadrs.0.0 (SAMPLE) 0")

    def hadr_blip() -> None:
        # the standby stops answering: the primary leaves peer state, they reconnect and catch up
        p.t = s_.t = max(p.t, s_.t)
        rec(p, "hadr_nopeer", "Warning", ("db2s1:51012", 120), edu=hp, lo=120, hi=125)
        rec(p, "hadr_close", "Info", ("db2s1", 51012), edu=hp, lo=0, hi=0.01)
        hadr(p, "P-RemoteCatchupPending", "P-Peer", hp)
        s_.t = p.t
        rec(s_, "hadr_close", "Info", ("db2p1", 51012), edu=hs, lo=0, hi=1)
        hadr(s_, "S-RemoteCatchupPending", "S-Peer", hs)
        connect_id[0] += r.randrange(100, 900)
        hadr(p, "P-RemoteCatchup", "P-RemoteCatchupPending", hp)
        hadr(s_, "S-RemoteCatchup", "S-RemoteCatchupPending", hs)
        for _ in range(r.randrange(1, 4)):
            rec(
                s_,
                "retrieved",
                "Info",
                (
                    f"S{lognum[0] - r.randrange(1, 5):07d}.LOG",
                    "4",
                    "/db2/logs/db2inst1/SAMPLE/NODE0000/LOGSTREAM0000/",
                ),
                edu=(33, "db2lfr.0 (SAMPLE) 0"),
                lo=1,
                hi=20,
            )
        hadr(p, "P-NearlyPeer", "P-RemoteCatchup", hp)
        hadr(s_, "S-NearlyPeer", "S-RemoteCatchup", hs)
        hadr(p, "P-Peer", "P-NearlyPeer", hp)
        hadr(s_, "S-Peer", "S-NearlyPeer", hs)

    def backup(log: Log) -> None:
        bk_edu = (r.randrange(600, 700), "db2agent (SAMPLE) 0")
        app = (f"0-{r.randrange(100, 65000)}", f"*LOCAL.db2inst1.{log.t:%y%m%d%H%M%S}")
        rec(log, "bk_par", "Info", (4,), ctx="app", app=app, edu=bk_edu, lo=30, hi=60)
        rec(log, "bk_start", "Info", ctx="app", app=app, edu=bk_edu, lo=0, hi=0.2)
        rec(log, "bk_tune", "Info", (4097, 10), ctx="app", app=app, edu=bk_edu, lo=0, hi=0.5)
        for _ in range(3):
            archive(log)
        rec(log, "bk_done", "Info", ctx="app", app=app, edu=bk_edu, lo=200, hi=900)

    def steady_p(n: int) -> None:
        for _ in range(n):
            pick(
                r,
                [
                    (22, lambda: archive(p)),
                    (18, lambda: stmm_tune(p)),
                    (26, lambda: tcp_err(p)),
                    (9, lambda: pwfail(p)),
                    (5, lambda: escalation(p)),
                    (3, lambda: cache(p)),
                    (0.4, lambda: tsfull(p)),
                    (0.25, lambda: nomem(p)),
                ],
            )
            if s_.t < p.t - timedelta(minutes=8):
                s_.t = p.t - timedelta(seconds=r.uniform(0, 300))
                if r.random() < 0.5:
                    rec(
                        s_,
                        "retrieved",
                        "Info",
                        (
                            f"S{lognum[0] - r.randrange(0, 3):07d}.LOG",
                            "4",
                            "/db2/logs/db2inst1/SAMPLE/NODE0000/LOGSTREAM0000/",
                        ),
                        edu=(33, "db2lfr.0 (SAMPLE) 0"),
                        lo=0,
                        hi=5,
                    )
                else:
                    tcp_err(s_)

    def start_instance(log: Log, primary: bool) -> None:
        rec(
            log,
            "dbmstart",
            "Event",
            ctx="sys",
            edu=(1, "db2sysc 0"),
            pre=[],
            extra=["START   : DB2 DBM", *build_level()],
            lo=0.5,
            hi=3,
        )
        rec(
            log,
            "activate",
            "Event",
            ("SAMPLE", "NO"),
            edu=(r.randrange(20, 40), "db2agent (SAMPLE) 0"),
            lo=1,
            hi=5,
        )
        if primary:
            rec(log, "hadr_pstart", "Info", edu=hp, lo=0.5, hi=2)
        else:
            rec(log, "hadr_sstart", "Info", edu=hs, lo=0.5, hi=2)

    newlog(p)
    newlog(s_)
    start_instance(s_, primary=False)
    hadr(s_, "S-LocalCatchup", "None", hs)
    hadr(s_, "S-RemoteCatchupPending", "S-LocalCatchup", hs)
    p.t = s_.t
    start_instance(p, primary=True)
    hadr(p, "P-RemoteCatchupPending", "None", hp)
    hadr(p, "P-RemoteCatchup", "P-RemoteCatchupPending", hp)
    s_.t = p.t
    hadr(s_, "S-RemoteCatchup", "S-RemoteCatchupPending", hs)
    hadr(p, "P-NearlyPeer", "P-RemoteCatchup", hp)
    hadr(s_, "S-NearlyPeer", "S-RemoteCatchup", hs)
    hadr(p, "P-Peer", "P-NearlyPeer", hp)
    hadr(s_, "S-Peer", "S-NearlyPeer", hs)
    backup(p)
    steady_p(380)
    hadr_blip()
    steady_p(120)
    for _ in range(4):
        archive_fail(p)
    steady_p(40)
    logfull(p)
    logfull(p)
    steady_p(240)
    hadr_blip()
    steady_p(150)
    # a trap in a sort: FODC, db2cos, every process shut down; the fault monitor restarts it
    app, edu = appctx()
    fodc = f"/home/db2inst1/sqllib/db2dump/DIAG0000/FODC_Trap_{p.t + timedelta(seconds=30):%Y-%m-%d-%H.%M.%S}.{r.randrange(100000, 999999)}_{pid[p.name]}_{edu[0]}_000/"
    rec(
        p,
        "trap",
        "Critical",
        ("Trap", "Automatic", fodc),
        ctx="app",
        app=app,
        edu=edu,
        extra=callstack(DB2_FRAMES),
        lo=10,
        hi=60,
    )
    rec(
        p,
        "callout",
        "Severe",
        ("/home/db2inst1/sqllib/bin/db2cos", "oss_sighandler"),
        ctx="app",
        app=app,
        edu=edu,
        lo=0,
        hi=0.1,
    )
    rec(
        p,
        "callout_done",
        "Severe",
        ("/home/db2inst1/sqllib/bin/db2cos",),
        ctx="app",
        app=app,
        edu=edu,
        lo=5,
        hi=20,
    )
    rec(p, "adm0503", "Severe", ctx="sys", edu=(1, "db2sysc 0"), lo=0.5, hi=2)
    s_.t = p.t
    rec(s_, "hadr_close", "Info", ("db2p1", 51012), edu=hs, lo=0, hi=1)
    hadr(s_, "S-RemoteCatchupPending", "S-Peer", hs)
    pid[p.name] = 31877
    start_instance(p, primary=True)
    rec(p, "crashneeded", "Warning", edu=(r.randrange(20, 40), "db2agent (SAMPLE) 0"), lo=0.1, hi=1)
    rec(p, "crashstart", "Warning", edu=(r.randrange(20, 40), "db2agent (SAMPLE) 0"), lo=0, hi=0.1)
    rec(
        p,
        "parrec",
        "Info",
        (6, 16, 64, 4),
        edu=(r.randrange(20, 40), "db2agent (SAMPLE) 0"),
        lo=0,
        hi=0.5,
    )
    rec(
        p,
        "nextlsn",
        "Info",
        (f"0000000{hexid(r, 9).upper()}",),
        edu=(r.randrange(20, 40), "db2agent (SAMPLE) 0"),
        lo=5,
        hi=40,
    )
    rec(p, "crashdone", "Warning", edu=(r.randrange(20, 40), "db2agent (SAMPLE) 0"), lo=0, hi=0.1)
    connect_id[0] += 4000
    hadr(p, "P-RemoteCatchupPending", "None", hp)
    hadr(p, "P-RemoteCatchup", "P-RemoteCatchupPending", hp)
    s_.t = p.t
    hadr(s_, "S-RemoteCatchup", "S-RemoteCatchupPending", hs)
    hadr(p, "P-NearlyPeer", "P-RemoteCatchup", hp)
    hadr(s_, "S-NearlyPeer", "S-RemoteCatchup", hs)
    hadr(p, "P-Peer", "P-NearlyPeer", hp)
    hadr(s_, "S-Peer", "S-NearlyPeer", hs)
    steady_p(260)
    out += [p, s_]
    return out


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "kamailio": kamailio,
    "freeswitch": freeswitch,
    "arangodb": arangodb,
    "scylladb": scylladb,
    "db2": db2,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
