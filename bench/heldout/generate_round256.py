#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 256 (yate, isc-stork, ovirt-engine, cloudstack-management,
openstack-cinder) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it as it is written. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock, kept per process and per file). Five telephony,
network-management and virtualisation systems of one company, 2024-06-07: Yate, ISC Stork,
oVirt and OpenStack Cinder 06:00 to 12:00, CloudStack's DEBUG log 09:00 to 09:45 (its default
levels write some 3,400 lines an hour). None of the five was in the set (Asterisk, FreeSWITCH,
Kamailio, OpenSIPS, Kea, OpenNebula, Proxmox, Nova, Neutron, Keystone and Swift are).

- Yate 6 (`yate.log`: `yate -s -r -d -l /var/log/yate/yate.log -vvv -DF`, a PBX with eighteen
  desk phones and a SIP trunk). Debug() lines carry `-DF`'s UTC time with microseconds, an
  underscore between date and time, and the `<facility:LEVEL>` prefix
  (`2024-06-07_07:38:08.086052 <sip:WARN> SIP line 'trunk1' logon failure 503`; an old call
  without a facility writes `<WARN>`, a channel's own `<sip/57:WARN>`); Output() lines and the
  supervisor's stderr have no time and no prefix (`Yate (2411) is starting Fri Jun  7 10:47:20
  2024`). The day: the log rotated at 06:00 (`Supervisor (%d) reopening the log file`), the
  carrier answering 503 to the trunk's REGISTER 07:38-08:04, its DNS failing 08:09-08:21
  (`Error resolving name '%s'`, `Could not create party for '%s' [%p]` from the line and from
  outgoing channels), an rmanager `reload` at 08:28 (`Initializing module %s` per module), SIP
  debugging switched on for the `sip` module 08:30-10:15 to chase one-way audio: every message
  received and sent dumped at INFO over many lines, the CRs of SIP's CRLF kept
  (`Received %d bytes SIP message from %s\r\n------\r\n%s------`, `Sending code %d %p to
  %s:%d...` for answers, `Sending '%s %s' %p to %s:%d...` for requests: the phones'
  REGISTER/401/REGISTER/200, calls' INVITE/100/180/200/ACK/BYE, the carrier's OPTIONS pings
  and the trunk's own registration with `SIP line '%s' logon success to %s:%d`), a sales
  campaign at 10:00 running the channels full (`Refusing new SIP call, full or exiting`) and
  the engine adding dispatcher threads (`<engine:MILD> Creating new message dispatching
  thread (%d running)`), and the engine locking up at 10:47: the supervisor kills it
  (`Supervisor: killing unresponsive child %d`, `Supervisor: child %d died on signal %d`) and
  starts a new one (`Yate (%u) is starting %s`, `Loaded module %s` and `Initializing module %s`
  per module, `Yate engine is initialized and starting up on %s`); phones refreshing calls the
  old engine held (`Got re-INVITE for missing dialog`).
- ISC Stork 1.17 (`stork01-journal.log`: the server; `kea01-journal.log`, `kea02-journal.log`,
  `ns01-journal.log`: the agents; `journalctl -o short-iso`). Stork's logrus TextFormatter
  writes to a pipe without colours and with ForceQuote, its caller as `%20v:%-5d`:
  `2024-06-07T06:00:12+00:00 stork01 stork-server[1021]: time="2024-06-07 06:00:12"
  level="info" msg="completed pulling information from machines: 3/3 succeeded"
  file="      statepuller.go:68   "`, the fields sorted after it (`error="..."`, `URL="..."`). The Apps
  State puller every 30 s, the Kea Stats puller every 60 s; each new TLS connection from the
  server makes an agent read its CA and certificate again (`Loaded CA cert`, `Loaded server
  cert`); kea02's Control Agent hangs after a reload 07:20-07:36 (`Failed to forward commands to
  Kea CA: %+v` per command, the pkg/errors stack of `%+v` inside the quoted msg as `\n` and
  `\t`; the server's `Error occurred while getting stats from app %d: %+v` and `1/2
  succeeded`), is restarted by hand (`No Kea nor Bind9 app detected for monitoring; ...`, `New
  or updated apps detected:` with `   %s: %s`), PostgreSQL on stork01 restarted 09:05-09:12
  (`Errors were encountered while executing a periodic action of %s` for three pullers and
  `Problem getting interval, keep the current value`, the errors in the `error` field), kea01's
  agent upgraded to 1.18.0 at 10:30 (`Stopping Stork Agent`, `Stopped app monitor`, `Starting
  Stork Agent, version %s, build date %s`, `Started app monitor`, `Started serving Stork
  Agent`).
- oVirt Engine 4.5 (`engine.log`: `%d{yyyy-MM-dd HH:mm:ss,SSSX} %-5p [%c] (%t)
  [%X{correlationId}] %m`, `2024-06-07 06:00:15,089Z INFO
  [org.ovirt.engine.core.bll.aaa.CreateUserSessionCommand] (default task-38) [5d04584c] Running
  command: CreateUserSessionCommand internal: false.`; three hosts, twenty VMs). The backup
  appliance's and the monitoring's REST sessions every 5 and 10 minutes (`User %s@%s with
  profile [%s] successfully logged in with scopes: %s`, `Running command: %s internal: %s.`,
  `EVENT_ID: USER_VDC_LOGIN(30), ...`, `EVENT_ID: USER_VDC_LOGOUT(31), ...`); users starting
  VMs (`Lock Acquired to object '%s'`, `START, %s, log id: %s` / `FINISH, %s, return: %s, log
  id: %s` of the VDSM commands, `Running command: %s internal: %s. Entities affected :  ID: %s
  Type: %sAction group %s with role type %s`, the domain XML over 32 lines after `VM `, `Lock
  freed ...`, `EVENT_ID: USER_STARTED_VM(153), ...`, VmAnalyzer's `VM '%s'(%s) moved from '%s'
  --> '%s'`, `EVENT_ID: USER_RUN_VM(32), ...`) and shutting them down (`Sending shutdown command
  for VM '%s'.`, `EVENT_ID: USER_INITIATED_SHUTDOWN_VM(73), ...`, `EVENT_ID: VM_DOWN(61), ...`);
  the hourly OVF update; host03's management network lost 08:40-08:44 (`Command '%s' execution
  failed: VDSGenericException: VDSNetworkException: Heartbeat exceeded`, `Server failed to
  respond, vds_id=...`, `EVENT_ID: VDS_HOST_NOT_RESPONDING_CONNECTING(9,008), ...`, the reactor's
  `Connecting to %s` every 3 s, `Command '%s' execution failed: java.net.ConnectException:
  Connection refused`, `Unable to RefreshCapabilities: ConnectException: Connection refused`,
  its VMs `NotResponding`, `EVENT_ID: VDS_FAILURE(12), ...`, `EVENT_ID: VDS_DETECTED(13), ...`).
- Apache CloudStack 4.19 management server (`management-server.log`: log4j's `%d{ISO8601} %-5p
  [%c{1.}] (%t:%x) (logid:%X{logcontextid}) %m` with com.cloud at DEBUG, `2024-06-07
  09:00:00,131 DEBUG [c.c.a.ApiServlet] (qtp1579526446-43:ctx-ef2eb695) (logid:90ea9a4f)
  ===START===  10.0.32.23 -- GET  command=listVirtualMachines&...`; four KVM hosts, a secondary
  storage and a console proxy VM). Pings every 60 s (`Ping from Routing host %d(%s)` and the
  three VirtualMachinePowerStateSyncImpl lines; `Ping from %d(%s)` for the system VMs), the
  router monitor every 30 s (three `Found %d ...` lines, each ending in a blank), the stats
  collectors every 60 s (`AutoScaling Monitor is running...`, `StorageCollector is
  running...`, `HostStatsCollector is running...` and one `Seq %d-%d: Received:  { Ans: ...
  { GetHostStatsAnswer } }` per host), the direct-agent scan every 90 s (HostDaoImpl's six
  lines); three admins' UI polling (`===START=== %s`, `CIDRs from which account '%s' is allowed
  to perform API calls: %s`, `===END=== %s`); four VM deployments as async jobs (`submit async
  job-%d, details: %s`, `Executing %s`, CapacityManagerImpl's `VM state transitted from :%s to
  %s with event: %svm's original host id: ...`, `Complete async job-%d, ...`, `Publish async
  job-%d complete on message bus`, `Wake up jobs related to job-%d`); kvm03 off the network
  09:14-09:31 (`Ping timeout for host %d, do invstigation`); an admin adding kvm02 again
  twice at 09:26 (`Received unknown parameters for command %s. ...`, `Trying to add a new host
  at %s in data center %d`, ` can't setup agent, due to ...`, `Unable to find the server
  resources at %s`, `Exception: ` with a 51-line stack, `Unable to add the host`); the NFS
  primary storage gone 09:35-09:41 (`Skip capacity scan as there is no Primary Storage in 'Up'
  state`).
- OpenStack Cinder 24.0.0 (2024.1) under kolla-ansible with a Ceph RBD backend
  (`ctl01-cinder-api.log`, `ctl01-cinder-scheduler.log`, `ctl01-cinder-volume.log`,
  `ctl02-cinder-volume.log`: oslo.log's `%(asctime)s.%(msecs)03d %(process)d %(levelname)s
  %(name)s [%(global_request_id)s %(request_id)s %(user_identity)s] %(message)s`, `[-]`
  without a context; an exception's traceback repeats oslo's
  `logging_exception_prefix` on every line, and an error's summary follows the message after
  `: `). Horizon users on the volumes page, terraform and users creating and deleting
  volumes, nova booting from volume and attaching (`%(method)s %(url)s`, the call's own line,
  `%(url)s returned with HTTP %(status)s`; `Volume %(volume_id)s: being created as
  %(create_type)s with specification: %(volume_spec)s`, `Created volume successfully.`,
  `attachment_update completed successfully.`, `Terminate volume connection completed
  successfully.`, `Deleted volume successfully.`; a project over its quota); Ceph slow
  08:38-08:44 (`The %s volume driver's get_volume_stats operation ran for %(seconds).1f
  seconds.  This may indicate ...`) and without its monitors 08:44-08:50 (`Error connecting to
  ceph cluster.` three times per connection, `Error during %(full_task_name)s` of the periodic
  stats report, two creates failing: `Volume %s: create failed`, all with tracebacks); ctl02's
  cinder-volume replaced by an upgrade at 10:15 (oslo.service's `Caught %s, stopping
  children`, ..., `Starting %d workers`, the manager's and driver's start-up lines) while the
  scheduler drops it (`Removing non-active backend: ...`, `volume service is down. (host:
  %s)`).

Label notes. The heads are context: Yate's time and `<facility:LEVEL>`; the journal's time,
host and ident with logrus's `time`, `level`, `file` and fields; the engine's and CloudStack's
date, level, category, thread, NDC, `(logid:...)` and correlation id; oslo's time, pid, level,
logger and request context, and the error summary oslo appends after `: ` (the message is the
call's). Run-time values are values: a SIP answer's code, a request's method and URL, a VDSM
command with its parameters (`START, {}, log id: {}`), an API request's query string
(`===START=== ` + the request), a Running command's class, states, users. Words a call site
writes or picks by branch are wording: Yate's module names in each module's Output(), `code `
versus a quoted request in `Sending %s`, the puller's name Stork passes, the audit log's event
names with their messages; Cinder's `create_type` (`raw`, `image`) is computed, a value. A value
that is an error contributes its format (oVirt's exception texts after `execution failed: `,
CloudStack's ` can't setup agent, due to ...`). Continuation lines have no row: the SIP dumps
after their first line, the domain XML, Java stacks, Python tracebacks with oslo's prefix.

Checked against copies of the sources (the search tool's index, or PyPI for OpenStack): Yate's
TelEngine.cpp and Engine.cpp (the `<%s:%s> ` prefix and level names, `-DF`'s time layout,
Output() without time, the supervisor's lines, the engine's start-up lines, the dispatcher
alarm), ysipchan.cpp and regfile.cpp of older Yate releases (the dump formats, `SIP line '%s'
logon success to %s:%d` / `logon failure %d`, `Error resolving name '%s'`, `Could not create
party for '%s' [%p]`, `Refusing new SIP call, full or exiting`, `Got re-INVITE for missing
dialog`, `Loaded module SIP Channel`, `Initializing module SIP Channel`, `... Registration from
file`, `... Register for file`); Stork's util.go (the formatter), monitor.go, agent.go,
periodicexecutor.go, statepuller.go, statspuller.go and server.go; oVirt's CommandBase (the
lock lines), VmAnalyzer, the SSO login line, ProcessOvfUpdateForStoragePoolCommand and
VdsManager's `Server failed to respond`; CloudStack's log4j-cloud.xml, ApiServlet,
AgentManagerImpl (ping, `do invstigation`), CapacityManagerImpl, AsyncJobManagerImpl, and a
4.15 management-server.log quoted in a tutorial (the CIDRs, power-state, router, stats,
HostDaoImpl, Request and console-proxy lines and the addHost failure with its stack); Cinder
24.0.0, oslo.log 8.3.2 and oslo.service 3.4.0 as published (every Cinder message, the
formatter, the exception prefix and the error summary).

Least sure (written from the helper's knowledge): whether Yate 6 still dumps SIP as the older
ysipchan did (newer ones name the transport, `'udp:0.0.0.0:5060' received %u bytes ...`), the
YRTP and RegexRoute module names and the facility-less `<WARN>` of two old calls; Stork's
agent start-up line, the `Kea Hosts puller` name, the wording of the errors in fields and the
`%+v` stacks, and how often the server reconnects (the cert lines); oVirt's Running command
layouts, START/FINISH, every `EVENT_ID: ...` text and the thousands comma in `9,008`, the
domain XML after `VM `, `Command '%s' execution failed`, `Connecting to %s`, `Unable to
RefreshCapabilities: ...` and `Sending shutdown command for VM '%s'.`; CloudStack 4.19's date
(log4j 1's ISO8601 with a blank) and NDC, the AsyncJobVO and UserVmResponse texts; Cinder's
kolla paths and line numbers in the tracebacks and the exact API call sequence of an attach.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, go_quote, in_any

US = 1
MS = 1_000
SEC = 1_000_000


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def arrivals(r: random.Random, t0: datetime, t1: datetime, per_min: float) -> list[datetime]:
    """A Poisson stream of instants from t0 to t1, `per_min` a minute on average."""
    out, t = [], t0
    while True:
        t += sec(r.expovariate(per_min / 60))
        if t >= t1:
            return out
        out.append(t)


def ptr(r: random.Random) -> str:
    """A heap pointer as glibc's %p prints it."""
    return f"0x{r.choice(['7f3a', '7f3b', '55d1'])}{hexid(r, 8)}"


# ------------------------------------------------------------------------------------- yate

YT_HOST = "pbx01"
YT_DOMAIN = "pbx.corp.example"
YT_IP = "10.20.0.5"
YT_UA = "YATE/6.4.0"
YT_TRUNK = ("trunk1", "sip.voipcarrier.example", "198.51.100.20", "4930555012")
YT_PHONES = [
    (1021, "Anna Berg", "Yealink SIP-T46S 66.86.0.15"),
    (1022, "Jonas Wolff", "Yealink SIP-T46S 66.86.0.15"),
    (1023, "Reception", "Yealink SIP-T54W 96.86.0.70"),
    (1024, "Mehmet Kaya", "Yealink SIP-T46S 66.86.0.15"),
    (1025, "Lea Hoffmann", "Grandstream GXP2170 1.0.11.23"),
    (1026, "Support 1", "Yealink SIP-T54W 96.86.0.70"),
    (1027, "Support 2", "Yealink SIP-T54W 96.86.0.70"),
    (1028, "Support 3", "Yealink SIP-T54W 96.86.0.70"),
    (1031, "Piotr Nowak", "Grandstream GXP2170 1.0.11.23"),
    (1032, "Sales 1", "Yealink SIP-T46S 66.86.0.15"),
    (1033, "Sales 2", "Yealink SIP-T46S 66.86.0.15"),
    (1034, "Clara Vogel", "Linphone/5.2.5 (belle-sip/5.2.94)"),
    (1035, "Tim Becker", "Linphone/5.2.5 (belle-sip/5.2.94)"),
    (1041, "Warehouse", "Gigaset N670 IP PRO/2.56.0"),
    (1042, "Warehouse 2", "Gigaset N670 IP PRO/2.56.0"),
    (1043, "Conference Room", "Polycom/7.2.2.1094 PolycomTrio-Trio_8500"),
    (1044, "Eva Schulz", "Yealink SIP-T46S 66.86.0.15"),
    (1045, "Nils Krause", "Grandstream GXP2170 1.0.11.23"),
]
YT_IPS = {ext: f"10.20.1.{ext - 1000}" for ext, _, _ in YT_PHONES}
YT_MODULES = [
    ("SIP Channel", "SIP Channel"),
    ("YRTP", "YRTP"),
    ("Registration from file", "Register for file"),
    ("RegexRoute", "RegexRoute"),
]
YT_RECV = "Received %d bytes SIP message from %s\\r\\n------\\r\\n%s------"
YT_SEND_CODE = "Sending code %d %p to %s:%d\\r\\n------\\r\\n%s------"
YT_SEND_REQ = "Sending '%s %s' %p to %s:%d\\r\\n------\\r\\n%s------"
YT_REASONS = {
    100: "Trying",
    180: "Ringing",
    200: "OK",
    401: "Unauthorized",
    486: "Busy Here",
    503: "Service Unavailable",
}
YT_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
YT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ctime(t: datetime) -> str:
    """ctime(3) without its newline: `Fri Jun  7 10:47:20 2024`."""
    return f"{YT_DAYS[t.weekday()]} {YT_MONTHS[t.month - 1]} {t.day:2d} {t:%H:%M:%S} {t.year}"


def yate(r: random.Random) -> list[Log]:
    """One Yate PBX, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "yate.log"
    sup = 1187
    child = [1190]
    start_up = at(10, 47, 20.43)
    debug_on = (at(8, 30, 12), at(10, 15, 40))
    carrier_down = (at(7, 38), at(8, 4))
    dns_bad = (at(8, 9, 30), at(8, 21))
    burst = (at(10, 0), at(10, 21))
    hang = at(10, 47, 6.2)

    def pid_at(t: datetime) -> int:
        return 1190 if t < hang else 2411

    def D(t: datetime, fac: str, lvl: str, label: str, lines: list[str]) -> datetime:
        """A Debug() line: `-DF`'s UTC time, the `<facility:LEVEL>` prefix."""
        head = f"<{fac}:{lvl}> " if fac else f"<{lvl}> "

        def text(x: datetime) -> list[str]:
            stamp = f"{x:%Y-%m-%d_%H:%M:%S}.{x.microsecond:06d} "
            return [stamp + head + lines[0], *lines[1:]]

        return fs.add(f, t, label, text, pid_at(t), US)

    def out(t: datetime, label: str, line: str, proc: object = None) -> datetime:
        """An Output() line or the supervisor's stderr: no time, no prefix."""
        return fs.add(f, t, label, lambda x: [line], proc or pid_at(t), US)

    def sip_text(first: str, headers: list[tuple[str, str]], body: list[str]) -> list[str]:
        blen = sum(len(b) + 2 for b in body)
        lines = [first] + [f"{k}: {blen if k == 'Content-Length' else v}" for k, v in headers]
        return [*lines, "", *body]

    def nbytes(lines: list[str]) -> int:
        return sum(len(x) + 2 for x in lines)

    def dump(head: str, msg: list[str]) -> list[str]:
        return [head + "\r", "------\r", *[m + "\r" for m in msg], "------"]

    def recv(t: datetime, src: str, msg: list[str]) -> datetime:
        n = nbytes(msg)
        return D(t, "sip", "INFO", YT_RECV, dump(f"Received {n} bytes SIP message from {src}", msg))

    def send_code(t: datetime, code: int, dst: str, msg: list[str]) -> datetime:
        return D(
            t, "sip", "INFO", YT_SEND_CODE, dump(f"Sending code {code} {ptr(r)} to {dst}", msg)
        )

    def send_req(t: datetime, meth: str, uri: str, dst: str, msg: list[str]) -> datetime:
        return D(
            t, "sip", "INFO", YT_SEND_REQ, dump(f"Sending '{meth} {uri}' {ptr(r)} to {dst}", msg)
        )

    def sdp(ip: str, port: int, sess: int) -> list[str]:
        return [
            "v=0",
            f"o={'yate' if ip == YT_IP else '-'} {sess} {sess} IN IP4 {ip}",
            "s=SIP Call",
            f"c=IN IP4 {ip}",
            "t=0 0",
            f"m=audio {port} RTP/AVP 8 0 101",
            "a=rtpmap:8 PCMA/8000",
            "a=rtpmap:0 PCMU/8000",
            "a=rtpmap:101 telephone-event/8000",
            "a=sendrecv",
        ]

    def request(
        meth: str,
        uri: str,
        via: str,
        frm: str,
        to: str,
        callid: str,
        cseq: int,
        extra: list[tuple[str, str]],
        body: list[str],
    ) -> list[str]:
        hs = [
            ("Via", f"SIP/2.0/UDP {via};rport;branch=z9hG4bK{hexid(r, 10)}"),
            ("From", frm),
            ("To", to),
            ("Call-ID", callid),
            ("CSeq", f"{cseq} {meth}"),
            ("Max-Forwards", "70"),
            *extra,
            ("Content-Length", "0"),
        ]
        if body:
            hs.insert(-1, ("Content-Type", "application/sdp"))
        return sip_text(f"{meth} {uri} SIP/2.0", hs, body)

    def answer(
        code: int, req: list[str], to_tag: str, extra: list[tuple[str, str]], body: list[str]
    ) -> list[str]:
        got = {}
        for line in req[1:]:
            if not line:
                break
            k, _, v = line.partition(": ")
            got.setdefault(k, v)
        to = got["To"] + (f";tag={to_tag}" if to_tag and ";tag=" not in got["To"] else "")
        hs = [
            ("Via", got["Via"] + f";received={got['Via'].split()[1].split(':')[0]}"),
            ("From", got["From"]),
            ("To", to),
            ("Call-ID", got["Call-ID"]),
            ("CSeq", got["CSeq"]),
            *extra,
            ("Content-Length", "0"),
        ]
        if body:
            hs.insert(-1, ("Content-Type", "application/sdp"))
        return sip_text(f"SIP/2.0 {code} {YT_REASONS[code]}", hs, body)

    phone = {ext: (name, ua) for ext, name, ua in YT_PHONES}
    cseq = {ext: r.randint(100, 900) for ext in phone}

    # ---- registrations of the desk phones (seen only while SIP debugging is on)
    def register(t: datetime, ext: int) -> None:
        name, ua = phone[ext]
        src = f"{YT_IPS[ext]}:5060"
        frm = f'"{name}" <sip:{ext}@{YT_DOMAIN}>;tag={hexid(r, 8)}'
        to = f"<sip:{ext}@{YT_DOMAIN}>"
        cid = f"{hexid(r, 8)}-{hexid(r, 4)}@{YT_IPS[ext]}"
        contact = [("Contact", f"<sip:{ext}@{src};transport=udp>"), ("Expires", "600")]
        cseq[ext] += 1
        m1 = request(
            "REGISTER",
            f"sip:{YT_DOMAIN}",
            src,
            frm,
            to,
            cid,
            cseq[ext],
            [*contact, ("User-Agent", ua)],
            [],
        )
        t = recv(t, src, m1)
        nonce = hexid(r, 32)
        a1 = answer(
            401,
            m1,
            hexid(r, 10),
            [
                (
                    "WWW-Authenticate",
                    f'Digest realm="Yate", nonce="{nonce}.{int(t.timestamp())}", stale=FALSE, algorithm=MD5',
                ),
                ("Server", YT_UA),
            ],
            [],
        )
        t = send_code(t + sec(r.uniform(0.0004, 0.002)), 401, src, a1)
        cseq[ext] += 1
        auth = f'Digest username="{ext}", realm="Yate", nonce="{nonce}.{int(t.timestamp())}", uri="sip:{YT_DOMAIN}", response="{hexid(r, 32)}", algorithm=MD5'
        m2 = request(
            "REGISTER",
            f"sip:{YT_DOMAIN}",
            src,
            frm,
            to,
            cid,
            cseq[ext],
            [*contact, ("Authorization", auth), ("User-Agent", ua)],
            [],
        )
        t = recv(t + sec(r.uniform(0.01, 0.08)), src, m2)
        a2 = answer(200, m2, hexid(r, 10), [("Expires", "600"), ("Server", YT_UA)], [])
        send_code(t + sec(r.uniform(0.0008, 0.004)), 200, src, a2)

    # ---- the trunk's registration to the carrier
    tname, thost, tip, tuser = YT_TRUNK
    tdst = f"{tip}:5060"

    def trunk_register(t: datetime) -> None:
        if in_any(t, [dns_bad]):
            t = D(
                t, "sip", "WARN", "Error resolving name '%s'", [f"Error resolving name '{thost}'"]
            )
            D(
                t + sec(0.00003),
                "sip",
                "WARN",
                "Could not create party for '%s' [%p]",
                [f"Could not create party for '{thost}' [{ptr(r)}]"],
            )
            return
        debugging = in_any(t, [debug_on])
        frm = f'"{tuser}" <sip:{tuser}@{thost}>;tag={hexid(r, 8)}'
        to = f"<sip:{tuser}@{thost}>"
        cid = f"{hexid(r, 8)}@{YT_IP}"
        contact = [("Contact", f'"{tuser}" <sip:{tuser}@{YT_IP}:5060>'), ("Expires", "600")]
        m1 = request(
            "REGISTER",
            f"sip:{thost}",
            f"{YT_IP}:5060",
            frm,
            to,
            cid,
            1,
            [*contact, ("User-Agent", YT_UA)],
            [],
        )
        if debugging:
            t = send_req(t, "REGISTER", f"sip:{thost}", tdst, m1)
        t += sec(r.uniform(0.018, 0.045))
        if in_any(t, [carrier_down]):
            D(
                t,
                "sip",
                "WARN",
                "SIP line '%s' logon failure %d",
                [f"SIP line '{tname}' logon failure 503"],
            )
            return
        if debugging:
            nonce = hexid(r, 24)
            a1 = answer(
                401,
                m1,
                f"as{hexid(r, 8)}",
                [
                    (
                        "WWW-Authenticate",
                        f'Digest algorithm=MD5, realm="voipcarrier.example", nonce="{nonce}"',
                    ),
                    ("Server", "Carrier SBC"),
                ],
                [],
            )
            t = recv(t, tdst, a1)
            auth = f'Digest username="{tuser}", realm="voipcarrier.example", nonce="{nonce}", uri="sip:{thost}", response="{hexid(r, 32)}", algorithm=MD5'
            m2 = request(
                "REGISTER",
                f"sip:{thost}",
                f"{YT_IP}:5060",
                frm,
                to,
                cid,
                2,
                [*contact, ("Authorization", auth), ("User-Agent", YT_UA)],
                [],
            )
            t = send_req(t + sec(0.0005), "REGISTER", f"sip:{thost}", tdst, m2)
            t += sec(r.uniform(0.018, 0.045))
            a2 = answer(
                200, m2, f"as{hexid(r, 8)}", [("Expires", "600"), ("Server", "Carrier SBC")], []
            )
            t = recv(t, tdst, a2)
            D(
                t + sec(0.0002),
                "sip",
                "INFO",
                "SIP line '%s' logon success to %s:%d",
                [f"SIP line '{tname}' logon success to {tip}:5060"],
            )

    # ---- calls
    chan = [40]

    def call(t: datetime, a: int, out: bool) -> None:
        chan[0] += 2
        name, ua = phone[a]
        asrc = f"{YT_IPS[a]}:5060"
        if out:
            num = r.choice(["0049", "0"]) + str(r.randint(301000000, 899999999))
            buri = f"sip:{num}@{thost}"
            bdst = tdst
        else:
            b = r.choice([e for e in phone if e != a])
            buri = f"sip:{b}@{YT_IPS[b]}:5060"
            bdst = f"{YT_IPS[b]}:5060"
            num = str(b)
        if out and in_any(t, [dns_bad]):
            t = D(
                t + sec(0.05),
                "sip",
                "WARN",
                "Error resolving name '%s'",
                [f"Error resolving name '{thost}'"],
            )
            D(
                t + sec(0.00002),
                f"sip/{chan[0]}",
                "WARN",
                "Could not create party for '%s' [%p]",
                [f"Could not create party for '{buri}' [{ptr(r)}]"],
            )
            return
        if not in_any(t, [debug_on]):
            return
        cid = f"{hexid(r, 8)}-{hexid(r, 4)}@{YT_IPS[a]}"
        atag = hexid(r, 8)
        frm = f'"{name}" <sip:{a}@{YT_DOMAIN}>;tag={atag}'
        to = f"<sip:{num}@{YT_DOMAIN}>"
        cseq[a] += 1
        s_a = r.randint(1000, 9999)
        inv = request(
            "INVITE",
            f"sip:{num}@{YT_DOMAIN}",
            asrc,
            frm,
            to,
            cid,
            cseq[a],
            [
                ("Contact", f"<sip:{a}@{asrc}>"),
                ("User-Agent", ua),
                ("Allow", "INVITE, ACK, CANCEL, BYE, NOTIFY, REFER, OPTIONS, INFO"),
            ],
            sdp(YT_IPS[a], r.randrange(11780, 12780, 2), s_a),
        )
        t = recv(t, asrc, inv)
        ytag = hexid(r, 10)
        t = send_code(
            t + sec(r.uniform(0.0005, 0.003)),
            100,
            asrc,
            answer(100, inv, "", [("Server", YT_UA)], []),
        )
        bcid = f"{hexid(r, 9)}@{YT_IP}"
        btag = hexid(r, 9)
        bfrm = f'"{name}" <sip:{a if not out else YT_TRUNK[3]}@{YT_IP}>;tag={btag}'
        s_y = int(t.timestamp())
        ylport = r.randrange(16384, 32768, 2)
        binv = request(
            "INVITE",
            buri,
            f"{YT_IP}:5060",
            bfrm,
            f"<{buri}>",
            bcid,
            1,
            [("Contact", f"<sip:{a}@{YT_IP}:5060>"), ("User-Agent", YT_UA)],
            sdp(YT_IP, ylport, s_y),
        )
        t = send_req(t + sec(r.uniform(0.03, 0.12)), "INVITE", buri, bdst, binv)
        peer_tag = hexid(r, 8)
        t = recv(t + sec(r.uniform(0.05, 0.4)), bdst, answer(180, binv, peer_tag, [], []))
        t = send_code(t + sec(0.0009), 180, asrc, answer(180, inv, ytag, [("Server", YT_UA)], []))
        if r.random() < 0.12:
            t += sec(r.uniform(0.5, 2.5))
            busy = answer(486, binv, peer_tag, [], [])
            t = recv(t, bdst, busy)
            ack = request(
                "ACK", buri, f"{YT_IP}:5060", bfrm, f"<{buri}>;tag={peer_tag}", bcid, 1, [], []
            )
            t = send_req(t + sec(0.0004), "ACK", buri, bdst, ack)
            t = send_code(
                t + sec(0.004), 486, asrc, answer(486, inv, ytag, [("Server", YT_UA)], [])
            )
            ack_a = request(
                "ACK",
                f"sip:{num}@{YT_DOMAIN}",
                asrc,
                frm,
                to + f";tag={ytag}",
                cid,
                cseq[a],
                [],
                [],
            )
            recv(t + sec(r.uniform(0.01, 0.05)), asrc, ack_a)
            return
        t += sec(r.uniform(2, 14))
        ok = answer(
            200,
            binv,
            peer_tag,
            [("Contact", f"<{buri}>")],
            sdp(bdst.split(":")[0], r.randrange(10000, 20000, 2), r.randint(1000, 9999)),
        )
        t = recv(t, bdst, ok)
        ack = request(
            "ACK", buri, f"{YT_IP}:5060", bfrm, f"<{buri}>;tag={peer_tag}", bcid, 1, [], []
        )
        t = send_req(t + sec(0.0006), "ACK", buri, bdst, ack)
        t = send_code(
            t + sec(0.003),
            200,
            asrc,
            answer(
                200,
                inv,
                ytag,
                [("Contact", f"<sip:{num}@{YT_IP}:5060>"), ("Server", YT_UA)],
                sdp(YT_IP, ylport + 2, s_y),
            ),
        )
        ack_a = request(
            "ACK", f"sip:{num}@{YT_IP}:5060", asrc, frm, to + f";tag={ytag}", cid, cseq[a], [], []
        )
        t = recv(t + sec(r.uniform(0.01, 0.06)), asrc, ack_a)
        t += sec(r.expovariate(1 / 150) + 8)
        cseq[a] += 1
        bye = request(
            "BYE",
            f"sip:{num}@{YT_IP}:5060",
            asrc,
            frm,
            to + f";tag={ytag}",
            cid,
            cseq[a],
            [("User-Agent", ua)],
            [],
        )
        t = recv(t, asrc, bye)
        t = send_code(t + sec(0.0007), 200, asrc, answer(200, bye, "", [("Server", YT_UA)], []))
        bbye = request(
            "BYE",
            buri,
            f"{YT_IP}:5060",
            bfrm,
            f"<{buri}>;tag={peer_tag}",
            bcid,
            2,
            [("User-Agent", YT_UA)],
            [],
        )
        t = send_req(t + sec(0.002), "BYE", buri, bdst, bbye)
        recv(t + sec(r.uniform(0.01, 0.09)), bdst, answer(200, bbye, "", [], []))

    # ---- the carrier's OPTIONS pings
    def options(t: datetime) -> None:
        if not in_any(t, [debug_on]) or in_any(t, [carrier_down]):
            return
        m = request(
            "OPTIONS",
            f"sip:{tuser}@{YT_IP}:5060",
            f"{tip}:5060",
            f"<sip:ping@{thost}>;tag=as{hexid(r, 8)}",
            f"<sip:{tuser}@{YT_IP}:5060>",
            f"{hexid(r, 20)}@{tip}:5060",
            102,
            [("User-Agent", "Carrier SBC")],
            [],
        )
        t = recv(t, tdst, m)
        send_code(
            t + sec(0.0004),
            200,
            tdst,
            answer(
                200,
                m,
                hexid(r, 10),
                [("Allow", "INVITE, ACK, CANCEL, BYE, OPTIONS, INFO"), ("Server", YT_UA)],
                [],
            ),
        )

    # ---- the story
    out(
        T0 + sec(1.412),
        "Supervisor (%d) reopening the log file",
        f"Supervisor ({sup}) reopening the log file",
        sup,
    )
    for t in every(r, T0 + sec(37), T_END, 450, 3):
        if not (hang - sec(30) <= t < start_up + sec(20)):
            trunk_register(t)
    for t in every(r, debug_on[0] + sec(6), debug_on[1], 60, 1.5):
        options(t)
    for ext in phone:
        for t in every(r, debug_on[0] + sec(r.uniform(0, 540)), debug_on[1], 540, 8):
            register(t, ext)
    for t in arrivals(r, T0 + sec(1800), T_END, 0.55):
        if hang - sec(60) <= t < start_up + sec(30) or in_any(t, [burst]):
            continue
        call(t, r.choice(list(phone)), r.random() < 0.45)
    # the sales campaign at 10:00: the channels run full, the engine adds workers
    running = 5
    for t in arrivals(r, burst[0], burst[1], 1.6):
        if r.random() < 0.55 and running < 12:
            running += 1
            D(
                t,
                "engine",
                "MILD",
                "Creating new message dispatching thread (%d running)",
                [f"Creating new message dispatching thread ({running - 1} running)"],
            )
        elif r.random() < 0.5:
            D(
                t,
                "",
                "WARN",
                "Refusing new SIP call, full or exiting",
                ["Refusing new SIP call, full or exiting"],
            )
        if in_any(t, [debug_on]):
            call(t + sec(0.3), r.choice([1026, 1027, 1028, 1032, 1033]), True)
    # an rmanager `reload` after regexroute.conf was edited
    t = at(8, 28, 4.61)
    for _, init in YT_MODULES:
        t = out(
            t + sec(r.uniform(0.0002, 0.004)),
            f"Initializing module {init}",
            f"Initializing module {init}",
        )
    # 10:47 the engine locks up; the supervisor kills it and starts a new one
    t = out(
        hang + sec(7.1),
        "Supervisor: killing unresponsive child %d",
        f"Supervisor: killing unresponsive child {child[0]}",
        sup,
    )
    t = out(
        t + sec(0.6),
        "Supervisor: child %d died on signal %d",
        f"Supervisor: child {child[0]} died on signal 9",
        sup,
    )
    t = out(
        start_up, "Yate (%u) is starting %s", f"Yate (2411) is starting {ctime(start_up)}", 2411
    )
    for load, _ in YT_MODULES:
        t = out(
            t + sec(r.uniform(0.002, 0.03)), f"Loaded module {load}", f"Loaded module {load}", 2411
        )
    for _, init in YT_MODULES:
        t = out(
            t + sec(r.uniform(0.001, 0.02)),
            f"Initializing module {init}",
            f"Initializing module {init}",
            2411,
        )
    t = out(
        t + sec(0.31),
        "Yate engine is initialized and starting up on %s",
        f"Yate engine is initialized and starting up on {YT_HOST}",
        2411,
    )
    # calls that were up when the engine hung refresh their sessions into nothing
    for t in sorted(start_up + sec(r.uniform(20, 900)) for _ in range(7)):
        D(t, "", "WARN", "Got re-INVITE for missing dialog", ["Got re-INVITE for missing dialog"])
    return fs.logs(T0)


# ------------------------------------------------------------------------------- isc-stork

ST_VERSION_OLD, ST_VERSION_NEW = "1.17.0", "1.18.0"
ST_BUILD_NEW = "2024-06-05 09:41"
ST_SERVER = ("stork01", "10.40.0.10")
ST_AGENTS = [
    ("kea01", "10.40.0.21", 884),
    ("kea02", "10.40.0.22", 901),
    ("ns01", "10.40.0.31", 742),
]
ST_KEA_URL = "http://127.0.0.1:8000/"
ST_AGENT_STACK = [
    (
        "isc.org/stork/agent.(*KeaApp).sendCommandRaw",
        "/builds/isc-private/stork/backend/agent/kea.go:62",
    ),
    (
        "isc.org/stork/agent.(*StorkAgent).ForwardToKeaOverHTTP",
        "/builds/isc-private/stork/backend/agent/agent.go:418",
    ),
    (
        "isc.org/stork/api._Agent_ForwardToKeaOverHTTP_Handler",
        "/builds/isc-private/stork/backend/api/agent_grpc.pb.go:348",
    ),
    (
        "google.golang.org/grpc.(*Server).processUnaryRPC",
        "/root/go/pkg/mod/google.golang.org/grpc@v1.63.2/server.go:1369",
    ),
    (
        "google.golang.org/grpc.(*Server).handleStream",
        "/root/go/pkg/mod/google.golang.org/grpc@v1.63.2/server.go:1780",
    ),
    (
        "google.golang.org/grpc.(*Server).serveStreams.func2.1",
        "/root/go/pkg/mod/google.golang.org/grpc@v1.63.2/server.go:1019",
    ),
    ("runtime.goexit", "/usr/lib/go/src/runtime/asm_amd64.s:1695"),
]
ST_SERVER_STACK = [
    (
        "isc.org/stork/server/agentcomm.(*connectedAgentsImpl).ForwardToKeaOverHTTP",
        "/builds/isc-private/stork/backend/server/agentcomm/agentcomm.go:512",
    ),
    (
        "isc.org/stork/server/apps/kea.(*StatsPuller).getStatsFromApp",
        "/builds/isc-private/stork/backend/server/apps/kea/statspuller.go:290",
    ),
    (
        "isc.org/stork/server/apps/kea.(*StatsPuller).pullStats",
        "/builds/isc-private/stork/backend/server/apps/kea/statspuller.go:70",
    ),
    (
        "isc.org/stork/util.(*PeriodicExecutor).executorLoop",
        "/builds/isc-private/stork/backend/util/periodicexecutor.go:144",
    ),
    ("runtime.goexit", "/usr/lib/go/src/runtime/asm_amd64.s:1695"),
]


def go_stack(frames: list[tuple[str, str]]) -> str:
    """pkg/errors' `%+v` stack: a function line, then its file indented by a tab."""
    return "".join(f"\n{fn}\n\t{loc}" for fn, loc in frames)


def stork(r: random.Random) -> list[Log]:
    """A Stork server and three agents, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    kea_wedged = (at(7, 20, 14), at(7, 36, 40))
    pg_down = (at(9, 5, 2), at(9, 11, 51))
    agent_restart = at(10, 30, 7.3)
    agent_pid = {h: p for h, _, p in ST_AGENTS}

    def J(
        host: str,
        ident: str,
        pid: int,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        src: tuple[str, int],
        fields: list[tuple[str, str]] = (),  # type: ignore[assignment]
    ) -> datetime:
        """One journal entry (`journalctl -o short-iso`) holding logrus's text with ForceQuote
        and Stork's caller field (`%20v:%-5d`)."""
        caller = f"{src[0]:>20}:{src[1]:<5d}"
        data = "".join(f" {k}={go_quote(v)}" for k, v in sorted(fields))

        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%dT%H:%M:%S}+00:00 {host} {ident}[{pid}]: "
                f'time="{x:%Y-%m-%d %H:%M:%S}" level="{level}" msg={go_quote(msg)} file={go_quote(caller)}{data}'
            ]

        return fs.add(f"{host}-journal.log", t, label, text, (host, pid), SEC)

    def S(
        t: datetime, level: str, label: str, msg: str, src: tuple[str, int], fields=()
    ) -> datetime:  # type: ignore[no-untyped-def]
        return J(ST_SERVER[0], "stork-server", 1021, t, level, label, msg, src, fields)

    def A(
        host: str, t: datetime, level: str, label: str, msg: str, src: tuple[str, int], fields=()
    ) -> datetime:  # type: ignore[no-untyped-def]
        pid = agent_pid[host] if not (host == "kea01" and t >= agent_restart) else 27310
        return J(host, "stork-agent", pid, t, level, label, msg, src, fields)

    timeout_err = f'problem sending POST to {ST_KEA_URL}: Post "{ST_KEA_URL}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
    refused = "dial tcp 127.0.0.1:5432: connect: connection refused"

    # the Apps State puller (every 30 s): machines' state and Kea's config through the agents
    for t in every(r, T0 + sec(11.2), T_END, 30, 0.4):
        if in_any(t, [pg_down]):
            t = S(
                t + sec(0.004),
                "error",
                "Errors were encountered while executing a periodic action of Apps State puller",
                "Errors were encountered while executing a periodic action of Apps State puller",
                ("periodicexecutor.go", 141),
                [("error", f"problem getting machines: {refused}")],
            )
            S(
                t + sec(0.002),
                "error",
                "Problem getting interval, keep the current value",
                "Problem getting interval, keep the current value",
                ("periodicexecutor.go", 163),
                [
                    (
                        "error",
                        f"Problem getting interval setting apps_state_puller_interval from db: problem getting setting apps_state_puller_interval: {refused}",
                    )
                ],
            )
            continue
        for host, _, _ in ST_AGENTS[:2]:
            if host == "kea02" and in_any(t, [kea_wedged]):
                tt = t + sec(r.uniform(0.1, 0.3))
                for _ in range(2):
                    tt = A(
                        host,
                        tt + sec(10.0 + r.uniform(0, 0.05)),
                        "error",
                        "Failed to forward commands to Kea CA: %+v",
                        f"Failed to forward commands to Kea CA: {timeout_err}{go_stack(ST_AGENT_STACK)}",
                        ("agent.go", 424),
                        [("URL", ST_KEA_URL)],
                    )
        dur = 20.3 if in_any(t, [kea_wedged]) else r.uniform(0.15, 0.9)
        S(
            t + sec(dur),
            "info",
            "completed pulling information from machines: %d/%d succeeded",
            "completed pulling information from machines: 3/3 succeeded",
            ("statepuller.go", 68),
        )

    # the Kea Stats puller (every 60 s): stat-lease4-get and stat-lease6-get
    for t in every(r, T0 + sec(34.7), T_END, 60, 0.4):
        if in_any(t, [pg_down]):
            t = S(
                t + sec(0.003),
                "error",
                "Errors were encountered while executing a periodic action of Kea Stats puller",
                "Errors were encountered while executing a periodic action of Kea Stats puller",
                ("periodicexecutor.go", 141),
                [("error", f"problem getting apps: {refused}")],
            )
            S(
                t + sec(0.002),
                "error",
                "Problem getting interval, keep the current value",
                "Problem getting interval, keep the current value",
                ("periodicexecutor.go", 163),
                [
                    (
                        "error",
                        f"Problem getting interval setting kea_stats_puller_interval from db: problem getting setting kea_stats_puller_interval: {refused}",
                    )
                ],
            )
            continue
        if in_any(t, [kea_wedged]):
            tt = A(
                "kea02",
                t + sec(10.1 + r.uniform(0, 0.05)),
                "error",
                "Failed to forward commands to Kea CA: %+v",
                f"Failed to forward commands to Kea CA: {timeout_err}{go_stack(ST_AGENT_STACK)}",
                ("agent.go", 424),
                [("URL", ST_KEA_URL)],
            )
            tt = S(
                tt + sec(0.02),
                "error",
                "Error occurred while getting stats from app %d: %+v",
                f"Error occurred while getting stats from app 2: failed to forward commands to Kea: {timeout_err}{go_stack(ST_SERVER_STACK)}",
                ("statspuller.go", 73),
            )
            S(
                tt + sec(0.01),
                "info",
                "Completed pulling lease stats from Kea apps: %d/%d succeeded",
                "Completed pulling lease stats from Kea apps: 1/2 succeeded",
                ("statspuller.go", 78),
            )
            continue
        S(
            t + sec(r.uniform(0.05, 0.4)),
            "info",
            "Completed pulling lease stats from Kea apps: %d/%d succeeded",
            "Completed pulling lease stats from Kea apps: 2/2 succeeded",
            ("statspuller.go", 78),
        )

    # the Kea Hosts puller also fails while the database is down
    for t in every(r, T0 + sec(51.9), T_END, 60, 0.3):
        if in_any(t, [pg_down]):
            t = S(
                t,
                "error",
                "Errors were encountered while executing a periodic action of Kea Hosts puller",
                "Errors were encountered while executing a periodic action of Kea Hosts puller",
                ("periodicexecutor.go", 141),
                [("error", f"problem getting apps: {refused}")],
            )
            S(
                t + sec(0.002),
                "error",
                "Problem getting interval, keep the current value",
                "Problem getting interval, keep the current value",
                ("periodicexecutor.go", 163),
                [
                    (
                        "error",
                        f"Problem getting interval setting kea_hosts_puller_interval from db: problem getting setting kea_hosts_puller_interval: {refused}",
                    )
                ],
            )

    # every new TLS connection from the server reads the agent's CA and certificate again
    for host, _, _ in ST_AGENTS:
        for t in every(r, T0 + sec(r.uniform(20, 120)), T_END, 165, 40):
            if host == "kea01" and agent_restart - sec(5) <= t < agent_restart + sec(8):
                continue
            t = A(host, t, "info", "Loaded CA cert", "Loaded CA cert", ("agent.go", 97))
            A(
                host,
                t + sec(0.001),
                "info",
                "Loaded server cert",
                "Loaded server cert",
                ("agent.go", 111),
            )

    # kea02: kea-ctrl-agent hangs after a config reload; restarted by hand at 07:36
    A(
        "kea02",
        at(7, 36, 41.2),
        "warning",
        "No Kea nor Bind9 app detected for monitoring; please check if they are running, and Stork can communicate with them.",
        "No Kea nor Bind9 app detected for monitoring; please check if they are running, and Stork can communicate with them.",
        ("monitor.go", 239),
    )
    t = A(
        "kea02",
        at(7, 36, 51.2),
        "info",
        "New or updated apps detected:",
        "New or updated apps detected:",
        ("monitor.go", 170),
    )
    A(
        "kea02",
        t,
        "info",
        "   %s: %s",
        f"   kea: control: {ST_KEA_URL} (auth key: not found)",
        ("monitor.go", 182),
    )

    # kea01's agent is upgraded to 1.18.0 at 10:30
    t = A(
        "kea01",
        agent_restart - sec(2.4),
        "info",
        "Stopping Stork Agent",
        "Stopping Stork Agent",
        ("agent.go", 626),
    )
    A("kea01", t, "info", "Stopped app monitor", "Stopped app monitor", ("monitor.go", 140))
    t = A(
        "kea01",
        agent_restart + sec(1.1),
        "info",
        "Starting Stork Agent, version %s, build date %s",
        f"Starting Stork Agent, version {ST_VERSION_NEW}, build date {ST_BUILD_NEW}",
        ("main.go", 47),
    )
    t = A("kea01", t, "info", "Started app monitor", "Started app monitor", ("monitor.go", 117))
    t = A(
        "kea01",
        t,
        "info",
        "New or updated apps detected:",
        "New or updated apps detected:",
        ("monitor.go", 170),
    )
    A(
        "kea01",
        t,
        "info",
        "   %s: %s",
        f"   kea: control: {ST_KEA_URL} (auth key: not found)",
        ("monitor.go", 182),
    )
    A(
        "kea01",
        t + sec(0.2),
        "info",
        "Started serving Stork Agent",
        "Started serving Stork Agent",
        ("agent.go", 612),
        [("address", "[::]:8080")],
    )
    return fs.logs(T0)


# ---------------------------------------------------------------------------- ovirt-engine

OV_DC = ("Default", "4f1c2a8e-5d3b-11ee-9a61-00163e5b7a10")
OV_HOSTS = [
    ("host01", "8b6f3c2e-1a4d-4e7b-9c0f-2d5e6a7b8c91", "10.10.0.11"),
    ("host02", "c2d4e6f8-3b5a-4c7d-8e9f-0a1b2c3d4e52", "10.10.0.12"),
    ("host03", "5e7a9c1b-2d4f-4a6c-8e0b-1c3d5e7f9a23", "10.10.0.13"),
]
OV_VMS = [
    "web01",
    "web02",
    "web03",
    "app01",
    "app02",
    "db01",
    "db03",
    "ci-runner01",
    "ci-runner02",
    "ci-runner03",
    "build-win10",
    "jump01",
    "monitor01",
    "vdi-anna",
    "vdi-jonas",
    "vdi-lea",
    "vdi-mehmet",
    "test-rhel9",
    "test-ubuntu24",
    "backup-proxy",
]
OV_USERS = [("admin", 5), ("jwolff", 3), ("lhoffmann", 2), ("automation", 4)]
OV_API_CLIENTS = [("vprotect", "10.10.5.21", 300), ("zabbix", "10.10.5.30", 600)]
OV_SCOPES = "ovirt-app-api ovirt-ext=token-info:authz-search ovirt-ext=token-info:public-authz-search ovirt-ext=token-info:validate ovirt-ext=token:password-access"
OV_RUNNING = "Running command: %s internal: %s. Entities affected :  ID: %s Type: %sAction group %s with role type %s"
OV_RUNNING_NOENT = "Running command: %s internal: %s."
OV_RUNNING_POOL = "Running command: %s internal: %s. Entities affected :  ID: %s Type: %s"


def ovirt_engine(r: random.Random) -> list[Log]:
    """One oVirt 4.5 engine, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "engine.log"
    host_down = (at(8, 40, 12), at(8, 44, 31))
    vm_id = {n: uuid4(r) for n in OV_VMS}
    vm_host = {n: OV_HOSTS[i % 3] for i, n in enumerate(OV_VMS)}
    running = {n: r.random() < 0.75 for n in OV_VMS}
    task = [r.randint(10, 40)]
    worker = [r.randint(2000, 3000)]

    def L(
        t: datetime, level: str, logger: str, thread: str, corr: str, label: str, lines: list[str]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d}Z {level:<5} [{logger}] ({thread}) [{corr}] {lines[0]}",
                *lines[1:],
            ]

        return fs.add(f, t, label, text, thread, MS)

    def dtask() -> str:
        task[0] = task[0] % 96 + 1
        return f"default task-{task[0]}"

    def ethread() -> str:
        worker[0] += r.randint(1, 9)
        return f"EE-ManagedThreadFactory-engine-Thread-{worker[0]}"

    def sthread() -> str:
        return f"EE-ManagedScheduledExecutorService-engineScheduledThreadPool-Thread-{r.randint(1, 100)}"

    def audit(t: datetime, thread: str, corr: str, level: str, label: str, msg: str) -> datetime:
        return L(
            t,
            level,
            "org.ovirt.engine.core.dal.dbbroker.auditloghandling.AuditLogDirector",
            thread,
            corr,
            label,
            [msg],
        )

    def vdsm(
        t: datetime,
        thread: str,
        corr: str,
        cls: str,
        pkg: str,
        params: str,
        ret: str,
        inner: Callable[[datetime], datetime] | None = None,
    ) -> datetime:
        logid = hexid(r, 8)
        logger = f"org.ovirt.engine.core.vdsbroker.{pkg}{cls}"
        t = L(
            t,
            "INFO",
            logger,
            thread,
            corr,
            "START, %s, log id: %s",
            [f"START, {cls}({params}), log id: {logid}"],
        )
        if inner:
            t = inner(t + sec(r.uniform(0.001, 0.01)))
        return L(
            t + sec(r.uniform(0.002, 0.04)),
            "INFO",
            logger,
            thread,
            corr,
            "FINISH, %s, return: %s, log id: %s",
            [f"FINISH, {cls}, return: {ret}, log id: {logid}"],
        )

    def lock_str(vid: str) -> str:
        return f"EngineLock:{{exclusiveLocks='[{vid}=VM]', sharedLocks=''}}"

    def domxml(name: str, vid: str) -> list[str]:
        mem = r.choice([2048, 4096, 8192, 16384])
        return [
            '<?xml version="1.0" encoding="UTF-8"?><domain type="kvm" xmlns:ovirt-tune="http://ovirt.org/vm/tune/1.0" xmlns:ovirt-vm="http://ovirt.org/vm/1.0">',
            f"  <name>{name}</name>",
            f"  <uuid>{vid}</uuid>",
            f"  <memory>{mem * 1024}</memory>",
            f"  <currentMemory>{mem * 1024}</currentMemory>",
            f'  <maxMemory slots="16">{mem * 4096}</maxMemory>',
            f'  <vcpu current="{r.choice([2, 4, 8])}">16</vcpu>',
            '  <sysinfo type="smbios">',
            "    <system>",
            '      <entry name="manufacturer">oVirt</entry>',
            '      <entry name="product">RHEL</entry>',
            f'      <entry name="uuid">{vid}</entry>',
            "    </system>",
            "  </sysinfo>",
            '  <clock offset="variable" adjustment="0">',
            '    <timer name="rtc" tickpolicy="catchup"/>',
            "  </clock>",
            '  <cpu match="exact">',
            "    <model>Skylake-Server-noTSX-IBRS</model>",
            "  </cpu>",
            "  <devices>",
            f'    <channel type="unix"><target type="virtio" name="ovirt-guest-agent.0"/><source mode="bind" path="/var/lib/libvirt/qemu/channels/{vid}.ovirt-guest-agent.0"/></channel>',
            f'    <disk type="file" device="disk" snapshot="no"><target dev="vda" bus="virtio"/><source file="/rhev/data-center/mnt/blockSD/{uuid4(r)}/images/{uuid4(r)}/{uuid4(r)}"/></disk>',
            f'    <interface type="bridge"><model type="virtio"/><link state="up"/><source bridge="ovirtmgmt"/><mac address="56:6f:{hexid(r, 2)}:{hexid(r, 2)}:{hexid(r, 2)}:{hexid(r, 2)}"/></interface>',
            "  </devices>",
            "  <metadata>",
            "    <ovirt-tune:qos/>",
            "    <ovirt-vm:vm>",
            "      <ovirt-vm:clusterVersion>4.7</ovirt-vm:clusterVersion>",
            "    </ovirt-vm:vm>",
            "  </metadata>",
            "</domain>",
        ]

    def user_weighted() -> str:
        return r.choices([u for u, _ in OV_USERS], [w for _, w in OV_USERS])[0]

    # ---- REST API sessions of the backup appliance and the monitoring
    def session(t: datetime, user: str, ip: str) -> None:
        th = dtask()
        t = L(
            t,
            "INFO",
            "org.ovirt.engine.core.sso.service.AuthenticationService",
            th,
            "",
            "User %s@%s with profile [%s] successfully logged in with scopes: %s",
            [
                f"User {user}@internal-authz with profile [internal] successfully logged in with scopes: {OV_SCOPES}"
            ],
        )
        th = dtask()
        corr = hexid(r, 8)
        t = L(
            t + sec(r.uniform(0.02, 0.09)),
            "INFO",
            "org.ovirt.engine.core.bll.aaa.CreateUserSessionCommand",
            th,
            corr,
            OV_RUNNING_NOENT,
            ["Running command: CreateUserSessionCommand internal: false."],
        )
        sid = alnum(r, 86)
        audit(
            t + sec(0.011),
            th,
            corr,
            "INFO",
            "EVENT_ID: USER_VDC_LOGIN(30), User %s connecting from '%s' using session '%s' logged in.",
            f"EVENT_ID: USER_VDC_LOGIN(30), User {user}@internal-authz connecting from '{ip}' using session '{sid}' logged in.",
        )
        t += sec(r.uniform(4, 40))
        th = dtask()
        corr = uuid4(r)
        t = L(
            t,
            "INFO",
            "org.ovirt.engine.core.bll.aaa.LogoutSessionCommand",
            th,
            corr,
            OV_RUNNING_NOENT,
            ["Running command: LogoutSessionCommand internal: false."],
        )
        audit(
            t + sec(0.009),
            th,
            corr,
            "INFO",
            "EVENT_ID: USER_VDC_LOGOUT(31), User %s connected from '%s' using session '%s' logged out.",
            f"EVENT_ID: USER_VDC_LOGOUT(31), User {user}@internal-authz connected from '{ip}' using session '{sid}' logged out.",
        )

    # ---- starting and shutting down VMs
    def run_vm(t: datetime, name: str, user: str) -> None:
        vid = vm_id[name]
        hname, hid, _ = vm_host[name]
        th = dtask()
        corr = uuid4(r) if user == "automation" else hexid(r, 8)
        t = L(
            t,
            "INFO",
            "org.ovirt.engine.core.bll.RunVmCommand",
            th,
            corr,
            "Lock Acquired to object '%s'",
            [f"Lock Acquired to object '{lock_str(vid)}'"],
        )
        t = vdsm(
            t + sec(0.004),
            th,
            corr,
            "IsVmDuringInitiatingVDSCommand",
            "",
            f" IsVmDuringInitiatingVDSCommandParameters:{{vmId='{vid}'}}",
            "false",
        )
        eth = ethread()
        t = L(
            t + sec(r.uniform(0.05, 0.3)),
            "INFO",
            "org.ovirt.engine.core.bll.RunVmCommand",
            eth,
            corr,
            OV_RUNNING,
            [
                f"Running command: RunVmCommand internal: false. Entities affected :  ID: {vid} Type: VMAction group RUN_VM with role type USER"
            ],
        )
        t = vdsm(
            t + sec(0.02),
            eth,
            corr,
            "UpdateVmDynamicDataVDSCommand",
            "",
            f" UpdateVmDynamicDataVDSCommandParameters:{{hostId='null', vmId='{vid}', vmDynamic='org.ovirt.engine.core.common.businessentities.VmDynamic@{hexid(r, 8)}'}}",
            "",
        )

        def broker(x: datetime) -> datetime:
            def inner(y: datetime) -> datetime:
                xml = domxml(name, vid)
                return L(
                    y + sec(r.uniform(0.02, 0.1)),
                    "INFO",
                    "org.ovirt.engine.core.vdsbroker.vdsbroker.CreateBrokerVDSCommand",
                    eth,
                    corr,
                    "VM %s",
                    ["VM " + xml[0], *xml[1:]],
                )

            return vdsm(
                x,
                eth,
                corr,
                "CreateBrokerVDSCommand",
                "vdsbroker.",
                f"HostName = {hname}, CreateVDSCommandParameters:{{hostId='{hid}', vmId='{vid}', vm='VM [{name}]'}}",
                "",
                inner,
            )

        t = vdsm(
            t + sec(0.01),
            eth,
            corr,
            "CreateVDSCommand",
            "",
            f" CreateVDSCommandParameters:{{hostId='{hid}', vmId='{vid}', vm='VM [{name}]'}}",
            "WaitForLaunch",
            broker,
        )
        t = L(
            t + sec(0.003),
            "INFO",
            "org.ovirt.engine.core.bll.RunVmCommand",
            eth,
            corr,
            "Lock freed to object '%s'",
            [f"Lock freed to object '{lock_str(vid)}'"],
        )
        audit(
            t + sec(0.02),
            eth,
            corr,
            "INFO",
            "EVENT_ID: USER_STARTED_VM(153), VM %s was started by %s (Host: %s).",
            f"EVENT_ID: USER_STARTED_VM(153), VM {name} was started by {user}@internal-authz (Host: {hname}).",
        )
        fj = f"ForkJoinPool-1-worker-{r.randint(1, 31)}"
        t = L(
            t + sec(r.uniform(1.5, 3.5)),
            "INFO",
            "org.ovirt.engine.core.vdsbroker.monitoring.VmAnalyzer",
            fj,
            "",
            "VM '%s'(%s) moved from '%s' --> '%s'",
            [f"VM '{vid}'({name}) moved from 'WaitForLaunch' --> 'PoweringUp'"],
        )
        fj = f"ForkJoinPool-1-worker-{r.randint(1, 31)}"
        t = L(
            t + sec(r.uniform(20, 75)),
            "INFO",
            "org.ovirt.engine.core.vdsbroker.monitoring.VmAnalyzer",
            fj,
            "",
            "VM '%s'(%s) moved from '%s' --> '%s'",
            [f"VM '{vid}'({name}) moved from 'PoweringUp' --> 'Up'"],
        )
        audit(
            t + sec(0.03),
            fj,
            "",
            "INFO",
            "EVENT_ID: USER_RUN_VM(32), VM %s started on Host %s",
            f"EVENT_ID: USER_RUN_VM(32), VM {name} started on Host {hname}",
        )
        running[name] = True

    def shutdown_vm(t: datetime, name: str, user: str) -> None:
        vid = vm_id[name]
        hname, hid, _ = vm_host[name]
        th = dtask()
        corr = uuid4(r) if user == "automation" else hexid(r, 8)
        cls = "org.ovirt.engine.core.bll.ShutdownVmCommand"
        t = L(
            t,
            "INFO",
            cls,
            th,
            corr,
            OV_RUNNING,
            [
                f"Running command: ShutdownVmCommand internal: false. Entities affected :  ID: {vid} Type: VMAction group SHUT_DOWN_VM with role type USER"
            ],
        )
        t = L(
            t + sec(0.004),
            "INFO",
            cls,
            th,
            corr,
            "Sending shutdown command for VM '%s'.",
            [f"Sending shutdown command for VM '{name}'."],
        )
        params = f"hostId='{hid}', vmId='{vid}', secondsToWait='30', gracefully='true', reason='', ignoreNoVm='false'"

        def inner(x: datetime) -> datetime:
            return vdsm(
                x,
                th,
                corr,
                "DestroyVDSCommand",
                "vdsbroker.",
                f"HostName = {hname}, DestroyVmVDSCommandParameters:{{{params}}}",
                "",
            )

        t = vdsm(
            t + sec(0.003),
            th,
            corr,
            "DestroyVmVDSCommand",
            "",
            f" DestroyVmVDSCommandParameters:{{{params}}}",
            "",
            inner,
        )
        audit(
            t + sec(0.02),
            th,
            corr,
            "INFO",
            "EVENT_ID: USER_INITIATED_SHUTDOWN_VM(73), VM shutdown initiated by %s on VM %s (Host: %s).",
            f"EVENT_ID: USER_INITIATED_SHUTDOWN_VM(73), VM shutdown initiated by {user}@internal-authz on VM {name} (Host: {hname}).",
        )
        fj = f"ForkJoinPool-1-worker-{r.randint(1, 31)}"
        t = L(
            t + sec(r.uniform(1.0, 3.0)),
            "INFO",
            "org.ovirt.engine.core.vdsbroker.monitoring.VmAnalyzer",
            fj,
            "",
            "VM '%s'(%s) moved from '%s' --> '%s'",
            [f"VM '{vid}'({name}) moved from 'Up' --> 'PoweringDown'"],
        )
        fj = f"ForkJoinPool-1-worker-{r.randint(1, 31)}"
        t = L(
            t + sec(r.uniform(8, 60)),
            "INFO",
            "org.ovirt.engine.core.vdsbroker.monitoring.VmAnalyzer",
            fj,
            "",
            "VM '%s'(%s) moved from '%s' --> '%s'",
            [f"VM '{vid}'({name}) moved from 'PoweringDown' --> 'Down'"],
        )
        audit(
            t + sec(0.02),
            fj,
            "",
            "INFO",
            "EVENT_ID: VM_DOWN(61), VM %s is down. Exit message: User shut down from within the guest",
            f"EVENT_ID: VM_DOWN(61), VM {name} is down. Exit message: User shut down from within the guest",
        )
        running[name] = False

    # ---- the hourly OVF update
    def ovf(t: datetime) -> None:
        th = sthread()
        corr = uuid4(r)
        dc, dcid = OV_DC
        t = L(
            t,
            "INFO",
            "org.ovirt.engine.core.bll.storage.ovfstore.ProcessOvfUpdateForStoragePoolCommand",
            th,
            corr,
            OV_RUNNING_POOL,
            [
                f"Running command: ProcessOvfUpdateForStoragePoolCommand internal: true. Entities affected :  ID: {dcid} Type: StoragePool"
            ],
        )
        for label in [
            "Attempting to update VM OVFs in Data Center '%s'",
            "Successfully updated VM OVFs in Data Center '%s'",
            "Attempting to update template OVFs in Data Center '%s'",
            "Successfully updated templates OVFs in Data Center '%s'",
            "Attempting to remove unneeded template/vm OVFs in Data Center '%s'",
            "Successfully removed unneeded template/vm OVFs in Data Center '%s'",
        ]:
            t = L(
                t + sec(r.uniform(0.004, 0.12)),
                "INFO",
                "org.ovirt.engine.core.bll.storage.ovfstore.ProcessOvfUpdateForStoragePoolCommand",
                th,
                corr,
                label,
                [label.replace("%s", dc)],
            )

    # ---- the story
    for user, ip, period in OV_API_CLIENTS:
        for t in every(r, T0 + sec(r.uniform(5, 60)), T_END, period, 6):
            session(t, user, ip)
    for h in range(6, 12):
        ovf(at(h, 0, r.uniform(30, 40)))
    # VM power actions: VDI desktops in the morning, CI runners on and off, the rest now and then
    for t in arrivals(r, T0 + sec(600), T_END, 0.3):
        if in_any(t, [(host_down[0] - sec(30), host_down[1] + sec(60))]):
            continue
        name = r.choice(OV_VMS)
        user = user_weighted()
        if running[name]:
            shutdown_vm(t, name, user)
        else:
            run_vm(t, name, user)

    # 08:40 host03 loses its management network for four minutes
    hname, hid, hip = OV_HOSTS[2]
    on_host3 = [n for n in OV_VMS if vm_host[n][0] == hname and running[n]]
    t = L(
        host_down[0] + sec(0.4),
        "ERROR",
        "org.ovirt.engine.core.vdsbroker.vdsbroker.GetStatsAsyncVDSCommand",
        sthread(),
        "",
        "Command '%s' execution failed: VDSGenericException: VDSNetworkException: Heartbeat exceeded",
        [
            f"Command 'GetStatsAsyncVDSCommand(HostName = {hname}, VdsIdAndVdsVDSCommandParametersBase:{{hostId='{hid}', vds='Host[{hname},{hid}]'}})' execution failed: VDSGenericException: VDSNetworkException: Heartbeat exceeded"
        ],
    )
    th = sthread()
    t = L(
        t + sec(0.01),
        "INFO",
        "org.ovirt.engine.core.vdsbroker.VdsManager",
        th,
        "",
        "Server failed to respond, vds_id='%s', vds_name='%s', vm_count=%s, spm_status='%s', non-responsive_timeout (seconds)=%s, error: Heartbeat exceeded",
        [
            f"Server failed to respond, vds_id='{hid}', vds_name='{hname}', vm_count={len(on_host3)}, spm_status='None', non-responsive_timeout (seconds)=81, error: Heartbeat exceeded"
        ],
    )
    audit(
        t + sec(0.02),
        th,
        "",
        "WARN",
        "EVENT_ID: VDS_HOST_NOT_RESPONDING_CONNECTING(9,008), Host %s is not responding. It will stay in Connecting state for a grace period of %s seconds and after that an attempt to fence the host will be issued.",
        f"EVENT_ID: VDS_HOST_NOT_RESPONDING_CONNECTING(9,008), Host {hname} is not responding. It will stay in Connecting state for a grace period of 81 seconds and after that an attempt to fence the host will be issued.",
    )
    for t in every(r, host_down[0] + sec(3), host_down[1], 3.1, 0.2):
        L(
            t,
            "INFO",
            "org.ovirt.vdsm.jsonrpc.client.reactors.ReactorClient",
            "SSL Stomp Reactor",
            "",
            "Connecting to %s",
            [f"Connecting to {hname}.lab.example/{hip}"],
        )
        if r.random() < 0.45:
            L(
                t + sec(0.004),
                "ERROR",
                "org.ovirt.engine.core.vdsbroker.vdsbroker.GetCapabilitiesAsyncVDSCommand",
                f"EE-ManagedThreadFactory-engine-Thread-{r.randint(2000, 4000)}",
                "",
                "Command '%s' execution failed: java.net.ConnectException: Connection refused",
                [
                    f"Command 'GetCapabilitiesAsyncVDSCommand(HostName = {hname}, VdsIdAndVdsVDSCommandParametersBase:{{hostId='{hid}', vds='Host[{hname},{hid}]'}})' execution failed: java.net.ConnectException: Connection refused"
                ],
            )
            L(
                t + sec(0.006),
                "WARN",
                "org.ovirt.engine.core.vdsbroker.VdsManager",
                f"EE-ManagedThreadFactory-engine-Thread-{r.randint(2000, 4000)}",
                "",
                "Unable to RefreshCapabilities: ConnectException: Connection refused",
                ["Unable to RefreshCapabilities: ConnectException: Connection refused"],
            )
    t = host_down[0] + sec(81.6)
    th = sthread()
    for name in on_host3:
        t = L(
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            "org.ovirt.engine.core.vdsbroker.monitoring.VmAnalyzer",
            th,
            "",
            "VM '%s'(%s) moved from '%s' --> '%s'",
            [f"VM '{vm_id[name]}'({name}) moved from 'Up' --> 'NotResponding'"],
        )
        audit(
            t + sec(0.01),
            th,
            "",
            "WARN",
            "EVENT_ID: VM_NOT_RESPONDING(126), VM %s is not responding.",
            f"EVENT_ID: VM_NOT_RESPONDING(126), VM {name} is not responding.",
        )
    t = audit(
        t + sec(0.3),
        th,
        "",
        "ERROR",
        "EVENT_ID: VDS_FAILURE(12), Host %s is non responsive.",
        f"EVENT_ID: VDS_FAILURE(12), Host {hname} is non responsive.",
    )
    t = host_down[1] + sec(2.2)
    th = sthread()
    t = audit(
        t,
        th,
        "",
        "INFO",
        "EVENT_ID: VDS_DETECTED(13), Status of host %s was set to Up.",
        f"EVENT_ID: VDS_DETECTED(13), Status of host {hname} was set to Up.",
    )
    for name in on_host3:
        fj = f"ForkJoinPool-1-worker-{r.randint(1, 31)}"
        t = L(
            t + sec(r.uniform(0.2, 1.5)),
            "INFO",
            "org.ovirt.engine.core.vdsbroker.monitoring.VmAnalyzer",
            fj,
            "",
            "VM '%s'(%s) moved from '%s' --> '%s'",
            [f"VM '{vm_id[name]}'({name}) moved from 'NotResponding' --> 'Up'"],
        )
    return fs.logs(T0)


# -------------------------------------------------------------------- cloudstack-management

CS_MSID = 345049103441
CS_ZONE = "3f2b7c1e-8a4d-4e61-9b0c-5d7e2a9f1c44"
CS_HOSTS = [
    (1, "kvm01", "10.0.4.11"),
    (2, "kvm02", "10.0.4.12"),
    (3, "kvm03", "10.0.4.13"),
    (4, "kvm04", "10.0.4.14"),
]
CS_SYSVMS = [(5, "s-1-VM"), (6, "v-2-VM")]
CS_ADMINS = [
    ("10.0.32.23", "Acct[a868076b-19c5-11ec-9ae2-525400e61ae4-admin]"),
    ("10.0.32.41", "Acct[a868076b-19c5-11ec-9ae2-525400e61ae4-admin]"),
    ("10.0.33.17", "Acct[0c5d2f11-7e3a-4b9d-8c21-3f6a9e0b7d52-ops]"),
]
CS_LISTS = [
    (
        "command=listVirtualMachines&listall=true&page=1&pagesize=20&details=min,group,nics,tmpl,servoff,diskoff,backoff,affgrp&response=json",
        9,
    ),
    ("command=listHosts&listall=true&page=1&pagesize=20&response=json", 3),
    ("command=listEvents&listall=true&page=1&pagesize=20&response=json", 3),
    ("command=listCapacity&fetchlatest=true&response=json", 2),
    ("command=listZones&showicon=true&response=json", 2),
    ("command=listNetworks&listall=true&page=1&pagesize=20&response=json", 2),
    ("command=listVolumes&listall=true&page=1&pagesize=20&response=json", 2),
    ("command=listAlerts&page=1&pagesize=20&response=json", 1),
    ("command=listCapabilities&response=json", 1),
]
CS_START_VM = "VM state transitted from :%s to %s with event: %svm's original host id: %s new host id: %s host id before state transition: %s"
CS_ADDHOST_STACK = [
    "com.cloud.exception.DiscoveryException: Unable to add the host",
    "\tat com.cloud.resource.ResourceManagerImpl.discoverHostsFull(ResourceManagerImpl.java:860)",
    "\tat com.cloud.resource.ResourceManagerImpl.discoverHosts(ResourceManagerImpl.java:646)",
    "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
    "\tat java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:62)",
    "\tat java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke(DelegatingMethodAccessorImpl.java:43)",
    "\tat java.base/java.lang.reflect.Method.invoke(Method.java:566)",
    "\tat org.springframework.aop.support.AopUtils.invokeJoinpointUsingReflection(AopUtils.java:344)",
    "\tat org.springframework.aop.framework.ReflectiveMethodInvocation.invokeJoinpoint(ReflectiveMethodInvocation.java:198)",
    "\tat org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:163)",
    "\tat org.springframework.aop.interceptor.ExposeInvocationInterceptor.invoke(ExposeInvocationInterceptor.java:97)",
    "\tat org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:186)",
    "\tat org.springframework.aop.framework.JdkDynamicAopProxy.invoke(JdkDynamicAopProxy.java:215)",
    "\tat com.sun.proxy.$Proxy207.discoverHosts(Unknown Source)",
    "\tat org.apache.cloudstack.api.command.admin.host.AddHostCmd.execute(AddHostCmd.java:149)",
    "\tat com.cloud.api.ApiDispatcher.dispatch(ApiDispatcher.java:172)",
    "\tat com.cloud.api.ApiServer.queueCommand(ApiServer.java:782)",
    "\tat com.cloud.api.ApiServer.handleRequest(ApiServer.java:603)",
    "\tat com.cloud.api.ApiServlet.processRequestInContext(ApiServlet.java:347)",
    "\tat com.cloud.api.ApiServlet$1.run(ApiServlet.java:149)",
    "\tat org.apache.cloudstack.managed.context.impl.DefaultManagedContext$1.call(DefaultManagedContext.java:55)",
    "\tat org.apache.cloudstack.managed.context.impl.DefaultManagedContext.callWithContext(DefaultManagedContext.java:102)",
    "\tat org.apache.cloudstack.managed.context.impl.DefaultManagedContext.runWithContext(DefaultManagedContext.java:52)",
    "\tat com.cloud.api.ApiServlet.processRequest(ApiServlet.java:146)",
    "\tat com.cloud.api.ApiServlet.doPost(ApiServlet.java:105)",
    "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:665)",
    "\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:750)",
    "\tat org.eclipse.jetty.servlet.ServletHolder$NotAsync.service(ServletHolder.java:1450)",
    "\tat org.eclipse.jetty.servlet.ServletHolder.handle(ServletHolder.java:799)",
    "\tat org.eclipse.jetty.servlet.ServletHandler.doHandle(ServletHandler.java:554)",
    "\tat org.eclipse.jetty.server.handler.ScopedHandler.handle(ScopedHandler.java:143)",
    "\tat org.eclipse.jetty.security.SecurityHandler.handle(SecurityHandler.java:600)",
    "\tat org.eclipse.jetty.server.handler.HandlerWrapper.handle(HandlerWrapper.java:127)",
    "\tat org.eclipse.jetty.server.handler.ScopedHandler.nextHandle(ScopedHandler.java:235)",
    "\tat org.eclipse.jetty.server.session.SessionHandler.doHandle(SessionHandler.java:1624)",
    "\tat org.eclipse.jetty.server.handler.ContextHandler.doHandle(ContextHandler.java:1440)",
    "\tat org.eclipse.jetty.server.handler.ScopedHandler.nextScope(ScopedHandler.java:188)",
    "\tat org.eclipse.jetty.servlet.ServletHandler.doScope(ServletHandler.java:505)",
    "\tat org.eclipse.jetty.server.handler.ContextHandler.doScope(ContextHandler.java:1355)",
    "\tat org.eclipse.jetty.server.handler.ScopedHandler.handle(ScopedHandler.java:141)",
    "\tat org.eclipse.jetty.server.handler.gzip.GzipHandler.handle(GzipHandler.java:772)",
    "\tat org.eclipse.jetty.server.Server.handle(Server.java:516)",
    "\tat org.eclipse.jetty.server.HttpChannel.lambda$handle$1(HttpChannel.java:487)",
    "\tat org.eclipse.jetty.server.HttpChannel.dispatch(HttpChannel.java:732)",
    "\tat org.eclipse.jetty.server.HttpChannel.handle(HttpChannel.java:479)",
    "\tat org.eclipse.jetty.server.HttpConnection.onFillable(HttpConnection.java:277)",
    "\tat org.eclipse.jetty.io.AbstractConnection$ReadCallback.succeeded(AbstractConnection.java:311)",
    "\tat org.eclipse.jetty.io.FillInterest.fillable(FillInterest.java:105)",
    "\tat org.eclipse.jetty.util.thread.QueuedThreadPool.runJob(QueuedThreadPool.java:883)",
    "\tat org.eclipse.jetty.util.thread.QueuedThreadPool$Runner.run(QueuedThreadPool.java:1034)",
    "\tat java.base/java.lang.Thread.run(Thread.java:829)",
]


def cloudstack(r: random.Random) -> list[Log]:
    """One CloudStack 4.19 management server, 09:00 to 09:45 (see the module docstring)."""
    fs = Files()
    f = "management-server.log"
    w0, w1 = at(9, 0), at(9, 45)
    kvm03_down = (at(9, 14, 22), at(9, 31, 5))
    nfs_down = (at(9, 35, 40), at(9, 41, 12))
    seq = {hid: r.randint(10**18, 4 * 10**18) for hid, _, _ in CS_HOSTS}
    nvms = {1: 7, 2: 6, 3: 5, 4: 6}
    qtp = "qtp1579526446"

    def L(
        t: datetime,
        level: str,
        logger: str,
        thread: str,
        ndc: str,
        logid: str,
        label: str,
        lines: list[str],
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {level:<5} [{logger}] ({thread}:{ndc}) (logid:{logid}) {lines[0]}",
                *lines[1:],
            ]

        return fs.add(f, t, label, text, thread, MS)

    def ctx() -> str:
        return f"ctx-{hexid(r, 8)}"

    def answer_line(hid: str, name: str, ans: str) -> str:
        seq[int(hid)] += 1
        return f"Seq {hid}-{seq[int(hid)]}: Received:  {{ Ans: , MgmtId: {CS_MSID}, via: {hid}({name}), Ver: v1, Flags: 10, {{ {ans} }} }}"

    # ---- agents' pings (KVM hosts every 60 s, the system VMs too)
    for hid, name, _ in CS_HOSTS:
        for t in every(r, w0 + sec(r.uniform(0, 60)), w1, 60, 0.05):
            if hid == 3 and in_any(t, [kvm03_down]):
                continue
            th = f"AgentManager-Handler-{r.randint(1, 15)}"
            t = L(
                t,
                "DEBUG",
                "c.c.a.m.AgentManagerImpl",
                th,
                "null",
                "",
                "Ping from Routing host %d(%s)",
                [f"Ping from Routing host {hid}({name})"],
            )
            t = L(
                t + sec(0.0006),
                "DEBUG",
                "c.c.v.VirtualMachinePowerStateSyncImpl",
                th,
                "null",
                "",
                "Process host VM state report from ping process. host: %d",
                [f"Process host VM state report from ping process. host: {hid}"],
            )
            t = L(
                t + sec(0.0004),
                "DEBUG",
                "c.c.v.VirtualMachinePowerStateSyncImpl",
                th,
                "null",
                "",
                "Process VM state report. host: %d, number of records in report: %d",
                [f"Process VM state report. host: {hid}, number of records in report: {nvms[hid]}"],
            )
            L(
                t + sec(r.uniform(0.0008, 0.004)),
                "DEBUG",
                "c.c.v.VirtualMachinePowerStateSyncImpl",
                th,
                "null",
                "",
                "Done with process of VM state report. host: %d",
                [f"Done with process of VM state report. host: {hid}"],
            )
    for hid, name in CS_SYSVMS:
        for t in every(r, w0 + sec(r.uniform(0, 60)), w1, 60, 0.05):
            L(
                t,
                "DEBUG",
                "c.c.a.m.AgentManagerImpl",
                f"AgentManager-Handler-{r.randint(1, 15)}",
                "null",
                "",
                "Ping from %d(%s)",
                [f"Ping from {hid}({name})"],
            )

    # ---- the router monitor (30 s), the stats collectors (60 s), the direct-agent scan (90 s)
    for t in every(r, w0 + sec(3.68), w1, 30, 0.003):
        c, lid = ctx(), hexid(r, 8)
        th = "RouterStatusMonitor-1"
        t = L(
            t,
            "DEBUG",
            "c.c.n.r.VirtualNetworkApplianceManagerImpl",
            th,
            c,
            lid,
            "Found %d routers to update status. ",
            ["Found 3 routers to update status. "],
        )
        t = L(
            t + sec(0.001),
            "DEBUG",
            "c.c.n.r.VirtualNetworkApplianceManagerImpl",
            th,
            c,
            lid,
            "Found %d VPC's to update Redundant State. ",
            ["Found 0 VPC's to update Redundant State. "],
        )
        L(
            t + sec(0.001),
            "DEBUG",
            "c.c.n.r.VirtualNetworkApplianceManagerImpl",
            th,
            c,
            lid,
            "Found %d networks to update RvR status. ",
            ["Found 0 networks to update RvR status. "],
        )
    for t in every(r, w0 + sec(18.86), w1, 60, 0.002):
        L(
            t,
            "DEBUG",
            "c.c.s.StatsCollector",
            f"StatsCollector-{r.randint(1, 3)}",
            ctx(),
            hexid(r, 8),
            "AutoScaling Monitor is running...",
            ["AutoScaling Monitor is running..."],
        )
        L(
            t + sec(0.046),
            "DEBUG",
            "c.c.s.StatsCollector",
            f"StatsCollector-{r.randint(4, 6)}",
            ctx(),
            hexid(r, 8),
            "StorageCollector is running...",
            ["StorageCollector is running..."],
        )
        th, c, lid = f"StatsCollector-{r.randint(1, 6)}", ctx(), hexid(r, 8)
        tt = L(
            t + sec(0.21),
            "DEBUG",
            "c.c.s.StatsCollector",
            th,
            c,
            lid,
            "HostStatsCollector is running...",
            ["HostStatsCollector is running..."],
        )
        for hid, name, _ in CS_HOSTS:
            if hid == 3 and in_any(tt, [kvm03_down]):
                continue
            tt = L(
                tt + sec(r.uniform(0.012, 0.06)),
                "DEBUG",
                "c.c.a.t.Request",
                th,
                c,
                lid,
                "Seq %d-%d: Received:  { Ans: , MgmtId: %d, via: %d(%s), Ver: v1, Flags: 10, { %s } }",
                [answer_line(str(hid), name, "GetHostStatsAnswer")],
            )
    for t in every(r, w0 + sec(38.68), w1, 90, 0.002):
        c, lid = ctx(), hexid(r, 8)
        th = "ClusteredAgentManager Timer"
        for m in [
            "Resetting hosts suitable for reconnect",
            "Completed resetting hosts suitable for reconnect",
            "Acquiring hosts for clusters already owned by this management server",
            "Completed acquiring hosts for clusters already owned by this management server",
            "Acquiring hosts for clusters not owned by any management server",
            "Completed acquiring hosts for clusters not owned by any management server",
        ]:
            t = L(t + sec(0.0005), "DEBUG", "c.c.h.d.HostDaoImpl", th, c, lid, m, [m])

    # ---- the UI: list calls polled by three admins
    def api(
        t: datetime,
        ip: str,
        acct: str,
        method: str,
        query: str,
        body: Callable[[datetime, str, str, str], datetime] | None = None,
    ) -> datetime:
        th = f"{qtp}-{r.randint(12, 64)}"
        c1, c2, lid = ctx(), ctx(), hexid(r, 8)
        req = f" {ip} -- {method}  {query}"
        t = L(t, "DEBUG", "c.c.a.ApiServlet", th, c1, lid, "===START=== %s", [f"===START=== {req}"])
        t = L(
            t + sec(r.uniform(0.002, 0.006)),
            "DEBUG",
            "c.c.a.ApiServer",
            th,
            f"{c1} {c2}",
            lid,
            "CIDRs from which account '%s' is allowed to perform API calls: %s",
            [f"CIDRs from which account '{acct}' is allowed to perform API calls: 0.0.0.0/0,::/0"],
        )
        if body:
            t = body(t, th, f"{c1} {c2}", lid)
        return L(
            t + sec(r.uniform(0.004, 0.3)),
            "DEBUG",
            "c.c.a.ApiServlet",
            th,
            f"{c1} {c2}",
            lid,
            "===END=== %s",
            [f"===END=== {req}"],
        )

    for ip, acct in CS_ADMINS:
        for t in arrivals(r, w0, w1, 2.1):
            q = r.choices([q for q, _ in CS_LISTS], [w for _, w in CS_LISTS])[0]
            api(t, ip, acct, "GET", q)

    # ---- four VM deployments (async jobs)
    job = [8731]

    def deploy(t: datetime, name: str, hid: int) -> None:
        ip, acct = CS_ADMINS[0]
        job[0] += r.randint(1, 6)
        jid, vmid = job[0], 3300 + job[0] % 97
        juuid = uuid4(r)
        hname = CS_HOSTS[hid - 1][1]
        q = f"command=deployVirtualMachine&zoneid={CS_ZONE}&templateid={uuid4(r)}&serviceofferingid={uuid4(r)}&networkids={uuid4(r)}&name={name}&displayname={name}&response=json"
        cmdinfo = f'{{"name":"{name}","displayname":"{name}","httpmethod":"POST","templateid":"...","ctxUserId":"2","ctxStartEventId":"{r.randint(40000, 49999)}","ctxDetails":"{{...}}","zoneid":"{CS_ZONE}","uuid":"{uuid4(r)}","cmdEventType":"VM.CREATE","response":"json"}}'
        vo = f"AsyncJobVO: {{id:{jid}, userId: 2, accountId: 2, instanceType: VirtualMachine, instanceId: {vmid}, cmd: org.apache.cloudstack.api.command.admin.vm.DeployVMCmdByAdmin, cmdInfo: {cmdinfo}, cmdVersion: 0, status: IN_PROGRESS, processStatus: 0, resultCode: 0, result: null, initMsid: {CS_MSID}, completeMsid: null, lastUpdated: null, lastPolled: null, created: null, removed: null}}"

        def body(x: datetime, th: str, ndc: str, lid: str) -> datetime:
            return L(
                x + sec(r.uniform(0.05, 0.2)),
                "DEBUG",
                "o.a.c.f.j.i.AsyncJobManagerImpl",
                th,
                ndc,
                lid,
                "submit async job-%d, details: %s",
                [f"submit async job-{jid}, details: {vo}"],
            )

        t = api(t, ip, acct, "POST", q, body)
        th, c, lid = f"API-Job-Executor-{r.randint(1, 30)}", f"{ctx()} job-{jid}", juuid[:8]
        t = L(
            t + sec(0.01),
            "DEBUG",
            "o.a.c.f.j.i.AsyncJobManagerImpl",
            th,
            c,
            lid,
            "Executing %s",
            [f"Executing {vo}"],
        )
        wth, wc = f"Work-Job-Executor-{r.randint(1, 20)}", f"job-{jid}/job-{jid + 1} {ctx()}"
        t = L(
            t + sec(r.uniform(0.3, 1.2)),
            "DEBUG",
            "c.c.c.CapacityManagerImpl",
            wth,
            wc,
            lid,
            CS_START_VM,
            [
                "VM state transitted from :Stopped to Starting with event: StartRequestedvm's original host id: null new host id: null host id before state transition: null"
            ],
        )
        t = L(
            t + sec(r.uniform(8, 25)),
            "DEBUG",
            "c.c.a.t.Request",
            wth,
            wc,
            lid,
            "Seq %d-%d: Received:  { Ans: , MgmtId: %d, via: %d(%s), Ver: v1, Flags: 10, { %s } }",
            [answer_line(str(hid), hname, "StartAnswer")],
        )
        t = L(
            t + sec(r.uniform(0.05, 0.2)),
            "DEBUG",
            "c.c.c.CapacityManagerImpl",
            wth,
            wc,
            lid,
            CS_START_VM,
            [
                f"VM state transitted from :Starting to Running with event: OperationSucceededvm's original host id: null new host id: {hid} host id before state transition: {hid}"
            ],
        )
        result = f'org.apache.cloudstack.api.response.UserVmResponse/virtualmachine/{{"id":"{uuid4(r)}","name":"{name}","displayname":"{name}","account":"admin","domainid":"{uuid4(r)}","domain":"ROOT","created":"2024-06-07T{t:%H:%M:%S}+0000","state":"Running","haenable":false,"zoneid":"{CS_ZONE}","zonename":"zone1","hostid":"{uuid4(r)}","hostname":"{hname}","cpunumber":2,"cpuspeed":2000,"memory":4096,"guestosid":"{uuid4(r)}","rootdeviceid":0,"rootdevicetype":"ROOT","nic":[...],"hypervisor":"KVM","jobid":"{juuid}","jobstatus":0}}'
        t = L(
            t + sec(0.2),
            "DEBUG",
            "o.a.c.f.j.i.AsyncJobManagerImpl",
            th,
            c,
            lid,
            "Complete async job-%d, jobStatus: %s, resultCode: %d, result: %s",
            [f"Complete async job-{jid}, jobStatus: SUCCEEDED, resultCode: 0, result: {result}"],
        )
        t = L(
            t + sec(0.002),
            "DEBUG",
            "o.a.c.f.j.i.AsyncJobManagerImpl",
            th,
            c,
            lid,
            "Publish async job-%d complete on message bus",
            [f"Publish async job-{jid} complete on message bus"],
        )
        L(
            t + sec(0.001),
            "DEBUG",
            "o.a.c.f.j.i.AsyncJobManagerImpl",
            th,
            c,
            lid,
            "Wake up jobs related to job-%d",
            [f"Wake up jobs related to job-{jid}"],
        )

    for (hh, mm, ss), name, hid in [
        ((9, 4, 12.5), "web-07", 1),
        ((9, 9, 40.1), "web-08", 2),
        ((9, 22, 3.8), "ci-agent-05", 4),
        ((9, 43, 21.6), "ci-agent-06", 1),
    ]:
        deploy(at(hh, mm, ss), name, hid)

    # ---- 09:14 kvm03 drops off the network: its pings stop, the monitor notices after 150 s
    t = kvm03_down[0] + sec(151.3)
    L(
        t,
        "DEBUG",
        "c.c.h.Status",
        "AgentMonitor-1",
        ctx(),
        hexid(r, 8),
        "Ping timeout for host %d, do invstigation",
        ["Ping timeout for host 3, do invstigation"],
    )

    # ---- 09:26 an admin adds kvm02 again by mistake
    def addhost(x: datetime, th: str, ndc: str, lid: str) -> datetime:
        guid = uuid4(r)
        hv = uuid4(r)
        x = L(
            x + sec(0.005),
            "WARN",
            "c.c.a.d.ParamGenericValidationWorker",
            th,
            ndc,
            lid,
            "Received unknown parameters for command %s. Unknown parameters : %s",
            ["Received unknown parameters for command addHost. Unknown parameters : clustertype"],
        )
        x = L(
            x + sec(0.003),
            "INFO",
            "c.c.r.ResourceManagerImpl",
            th,
            ndc,
            lid,
            "Trying to add a new host at %s in data center %d",
            ["Trying to add a new host at http://10.0.4.12 in data center 1"],
        )
        skip = f"Skipping host 10.0.4.12 because {guid} is already in the database for resource {guid}-LibvirtComputingResource with ID {hv}"
        x = L(
            x + sec(0.002),
            "WARN",
            "c.c.h.k.d.LibvirtServerDiscoverer",
            th,
            ndc,
            lid,
            " can't setup agent, due to com.cloud.utils.exception.CloudRuntimeException: Skipping host %s because %s is already in the database for resource %s with ID %s - Skipping host %s because %s is already in the database for resource %s with ID %s",
            [
                f" can't setup agent, due to com.cloud.utils.exception.CloudRuntimeException: {skip} - {skip}"
            ],
        )
        x = L(
            x + sec(0.0004),
            "WARN",
            "c.c.r.ResourceManagerImpl",
            th,
            ndc,
            lid,
            "Unable to find the server resources at %s",
            ["Unable to find the server resources at http://10.0.4.12"],
        )
        x = L(
            x + sec(0.001),
            "WARN",
            "o.a.c.a.c.a.h.AddHostCmd",
            th,
            ndc,
            lid,
            "Exception: ",
            ["Exception: ", *CS_ADDHOST_STACK],
        )
        return L(
            x + sec(0.001),
            "INFO",
            "c.c.a.ApiServer",
            th,
            ndc,
            lid,
            "Unable to add the host",
            ["Unable to add the host"],
        )

    ip, acct = CS_ADMINS[2]
    q = f"command=addHost&zoneid={CS_ZONE}&podid={uuid4(r)}&clusterid={uuid4(r)}&hypervisor=KVM&clustertype=CloudManaged&hosttags=&username=root&password=********&url=http%3A%2F%2F10.0.4.12&response=json"
    api(at(9, 26, 40.2), ip, acct, "POST", q, addhost)
    api(at(9, 27, 31.7), ip, acct, "POST", q, addhost)

    # ---- 09:35 the NFS primary storage goes away for six minutes
    for t in every(r, nfs_down[0], nfs_down[1], 30, 0.002):
        L(
            t,
            "DEBUG",
            "c.c.c.ConsoleProxyManagerImpl",
            "consoleproxy-1",
            ctx(),
            hexid(r, 8),
            "Skip capacity scan as there is no Primary Storage in 'Up' state",
            ["Skip capacity scan as there is no Primary Storage in 'Up' state"],
        )
    return fs.logs(w0)


# ---------------------------------------------------------------------------- openstack-cinder

CI_VIP = "http://10.10.0.10:8776"
CI_PROJECTS = [hexid(random.Random("cinder-projects-" + str(i)), 32) for i in range(4)]
CI_USERS = [hexid(random.Random("cinder-users-" + str(i)), 32) for i in range(6)]
CI_IMAGES = [
    "5b2d9a3e-7c41-4f0e-b8a2-1d6c3e9f0a71",
    "e1f3a5c7-9b2d-4e6f-8a0c-2b4d6f8a0c13",
    "0c2e4a6b-8d1f-4a3c-9e5b-7d9f1b3c5e24",
]
CI_FSID = "8a6f1f2e-3c4d-11ef-9b7a-525400a1b2c3"
CI_RBD_TB = [
    "Traceback (most recent call last):",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/cinder/volume/drivers/rbd.py", line 618, in _do_conn',
    "    client.connect()",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/eventlet/tpool.py", line 193, in doit',
    "    result = proxy_call(self._autowrap, f, *args, **kwargs)",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/eventlet/tpool.py", line 151, in proxy_call',
    "    rv = execute(f, *args, **kwargs)",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/eventlet/tpool.py", line 132, in execute',
    "    six.reraise(c, e, tb)",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/six.py", line 719, in reraise',
    "    raise value",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/eventlet/tpool.py", line 86, in tworker',
    "    rv = meth(*args, **kwargs)",
    '  File "rados.pyx", line 694, in rados.Rados.connect',
    "rados.TimedOut: [errno 110] RADOS timed out (error connecting to the cluster)",
    "",
]
CI_PERIODIC_TB = [
    "Traceback (most recent call last):",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/oslo_service/periodic_task.py", line 216, in run_periodic_tasks',
    "    task(self, context)",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/cinder/volume/manager.py", line 2719, in _report_driver_status',
    "    volume_stats = get_stats()",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/oslo_utils/timeutils.py", line 432, in wrapper',
    "    result = func(*args, **kwargs)",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/cinder/volume/manager.py", line 2717, in get_stats',
    "    return self.driver.get_volume_stats(refresh=True)",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/cinder/volume/drivers/rbd.py", line 815, in get_volume_stats',
    "    self._update_volume_stats()",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/cinder/volume/drivers/rbd.py", line 792, in _update_volume_stats',
    "    free_capacity, total_capacity = self._get_pool_stats()",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/cinder/volume/drivers/rbd.py", line 715, in _get_pool_stats',
    "    with RADOSClient(self) as client:",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/cinder/volume/drivers/rbd.py", line 270, in __init__',
    "    self.cluster, self.ioctx = driver._connect_to_rados(pool)",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/cinder/utils.py", line 700, in _wrapper',
    "    return r(f)(*args, **kwargs)",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/tenacity/__init__.py", line 475, in __call__',
    "    do = self.iter(retry_state=retry_state)",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/tenacity/__init__.py", line 376, in iter',
    "    result = action(retry_state)",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/tenacity/__init__.py", line 419, in exc_check',
    "    raise retry_exc.reraise()",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/tenacity/__init__.py", line 185, in reraise',
    "    raise self.last_attempt.result()",
    '  File "/var/lib/kolla/venv/lib/python3.10/site-packages/cinder/volume/drivers/rbd.py", line 627, in _do_conn',
    "    raise exception.VolumeBackendAPIException(data=msg)",
    "cinder.exception.VolumeBackendAPIException: Bad or unexpected response from the storage volume backend API: Error connecting to ceph cluster.",
    "",
]


def cinder(r: random.Random) -> list[Log]:
    """Cinder 24.0.0 (2024.1) under kolla-ansible on two controllers, 06:00 to 12:00 (see the
    module docstring)."""
    fs = Files()
    ceph_slow = (at(8, 37, 50), at(8, 44, 5))
    ceph_down = (at(8, 44, 5), at(8, 50, 40))
    restart = at(10, 15, 3.4)
    back = at(10, 16, 58.1)
    vol_pid = {"ctl01": 41, "ctl02": 39}
    volumes: list[tuple[str, str, int, str]] = []  # id, project, size, host
    attached: list[tuple[str, str, str, str]] = []  # attachment id, volume id, project, host
    deleted: list[tuple[str, str]] = []

    def osl(
        f: str,
        pid: int,
        t: datetime,
        level: str,
        logger: str,
        ctx: str,
        label: str,
        msg: str,
        tb: list[str] = (),  # type: ignore[assignment]
        proc: object = None,
    ) -> datetime:
        """oslo.log's line; an exception's traceback repeats the prefix on every line."""

        def text(x: datetime) -> list[str]:
            stamp = f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} {pid}"
            return [
                f"{stamp} {level} {logger} {ctx}{msg}",
                *[f"{stamp} ERROR {logger} {line}" for line in tb],
            ]

        return fs.add(f, t, label, text, proc or (f, pid), MS)

    def rctx(user: str, project: str, glob: str = "None") -> str:
        return f"[{glob} req-{uuid4(r)} {user} {project} - - default default] "

    def periodic_ctx() -> str:
        return f"[None req-{uuid4(r)} - - - - - -] "

    def api_pid() -> int:
        return r.choice([26, 27, 28, 29])

    A = "ctl01-cinder-api.log"

    def request(
        t: datetime,
        method: str,
        path: str,
        ctx: str,
        inner: list[tuple[str, str, str, str]],
        status: int,
        logger_ret: str = "cinder.api.openstack.wsgi",
    ) -> datetime:
        pid = api_pid()
        url = f"{CI_VIP}{path}"
        t = osl(
            A,
            pid,
            t,
            "INFO",
            "cinder.api.openstack.wsgi",
            ctx,
            "%(method)s %(url)s",
            f"{method} {url}",
        )
        for level, logger, label, msg in inner:
            t = osl(A, pid, t + sec(r.uniform(0.004, 0.08)), level, logger, ctx, label, msg)
        return osl(
            A,
            pid,
            t + sec(r.uniform(0.01, 0.25)),
            "INFO",
            logger_ret,
            ctx,
            "%(url)s returned with HTTP %(status)s",
            f"{url} returned with HTTP {status}",
        )

    def vol_host(t: datetime) -> str:
        if restart - sec(10) <= t < back:
            return "ctl01"
        return r.choice(["ctl01", "ctl02"])

    def V(
        host: str,
        t: datetime,
        level: str,
        logger: str,
        ctx: str,
        label: str,
        msg: str,
        tb: list[str] = (),
    ) -> datetime:  # type: ignore[assignment]
        pid = vol_pid[host] if not (host == "ctl02" and t >= restart) else 28
        return osl(f"{host}-cinder-volume.log", pid, t, level, logger, ctx, label, msg, tb)

    def create(
        t: datetime, user: str, project: str, size: int, image: str | None, glob: str = "None"
    ) -> str | None:
        ctx = rctx(user, project, glob)
        vid = uuid4(r)
        inner = [
            (
                "INFO",
                "cinder.api.v3.volumes",
                "Create volume of %s GB",
                f"Create volume of {size} GB",
            ),
            (
                "INFO",
                "cinder.volume.api",
                "Create volume request issued successfully.",
                "Create volume request issued successfully.",
            ),
        ]
        t = request(t, "POST", f"/v3/{project}/volumes", ctx, inner, 202)
        host = vol_host(t)
        t += sec(r.uniform(0.15, 0.6))
        if image:
            spec = f"{{'status': 'creating', 'volume_name': 'volume-{vid}', 'volume_size': {size}, 'image_id': '{image}', 'image_location': ('rbd://{CI_FSID}/images/{image}/snap', None), 'image_meta': {{'name': '{r.choice(['ubuntu-22.04', 'rocky-9.3', 'debian-12'])}', 'disk_format': 'raw', 'container_format': 'bare', 'visibility': 'public', 'size': {r.randint(2, 4) * 1073741824}, 'status': 'active', 'id': '{image}', 'min_disk': 0, 'min_ram': 0, 'protected': False}}, 'image_service': <cinder.image.glance.GlanceImageService object at 0x7f{hexid(r, 10)}>}}"
            kind = "image"
        else:
            spec = f"{{'status': 'creating', 'volume_name': 'volume-{vid}', 'volume_size': {size}}}"
            kind = "raw"
        if in_any(t, [ceph_down]):
            for _ in range(3):
                t = V(
                    host,
                    t + sec(5.0 + r.uniform(0, 0.02)),
                    "ERROR",
                    "cinder.volume.drivers.rbd",
                    ctx,
                    "Error connecting to ceph cluster.",
                    "Error connecting to ceph cluster.: rados.TimedOut: [errno 110] RADOS timed out (error connecting to the cluster)",
                    CI_RBD_TB,
                )
                t += sec(5)
            V(
                host,
                t + sec(0.05),
                "ERROR",
                "cinder.volume.flows.manager.create_volume",
                ctx,
                "Volume %s: create failed",
                f"Volume {vid}: create failed",
            )
            return None
        t = V(
            host,
            t,
            "INFO",
            "cinder.volume.flows.manager.create_volume",
            ctx,
            "Volume %(volume_id)s: being created as %(create_type)s with specification: %(volume_spec)s",
            f"Volume {vid}: being created as {kind} with specification: {spec}",
        )
        V(
            host,
            t + sec(r.uniform(0.3, 2.5) + (8 if image else 0)),
            "INFO",
            "cinder.volume.manager",
            ctx,
            "Created volume successfully.",
            "Created volume successfully.",
        )
        volumes.append((vid, project, size, host))
        return vid

    def delete(t: datetime, user: str) -> None:
        if not volumes:
            return
        free = [v for v in volumes if not any(a[1] == v[0] for a in attached)]
        if not free:
            return
        vid, project, _, host = free[r.randrange(len(free))]
        volumes.remove((vid, project, _, host))
        deleted.append((vid, project))
        ctx = rctx(user, project)
        inner = [
            (
                "INFO",
                "cinder.api.v3.volumes",
                "Delete volume with id: %(id)s %(params)s",
                f"Delete volume with id: {vid} ",
            ),
            (
                "INFO",
                "cinder.volume.api",
                "Volume info retrieved successfully.",
                "Volume info retrieved successfully.",
            ),
            (
                "INFO",
                "cinder.volume.api",
                "Delete volume request issued successfully.",
                "Delete volume request issued successfully.",
            ),
        ]
        t = request(t, "DELETE", f"/v3/{project}/volumes/{vid}", ctx, inner, 202)
        if host == "ctl02" and restart - sec(10) <= t < back:
            host = "ctl01"
        V(
            host,
            t + sec(r.uniform(0.3, 2.0)),
            "INFO",
            "cinder.volume.manager",
            ctx,
            "Deleted volume successfully.",
            "Deleted volume successfully.",
        )

    def attach(t: datetime, vid: str, project: str, user: str, host: str) -> None:
        glob = f"req-{uuid4(r)}"
        ctx = rctx(user, project, glob)
        aid = uuid4(r)
        t = request(
            t,
            "POST",
            f"/v3/{project}/attachments",
            ctx,
            [
                (
                    "INFO",
                    "cinder.volume.api",
                    "Volume info retrieved successfully.",
                    "Volume info retrieved successfully.",
                )
            ],
            200,
        )
        t = request(
            t + sec(r.uniform(0.4, 1.5)), "PUT", f"/v3/{project}/attachments/{aid}", ctx, [], 200
        )
        if host == "ctl02" and restart - sec(10) <= t < back:
            host = "ctl01"
        V(
            host,
            t - sec(0.05),
            "INFO",
            "cinder.volume.manager",
            ctx,
            "attachment_update completed successfully.",
            "attachment_update completed successfully.",
        )
        request(
            t + sec(r.uniform(2, 6)),
            "POST",
            f"/v3/{project}/attachments/{aid}/action",
            ctx,
            [],
            204,
        )
        attached.append((aid, vid, project, host))

    def detach(t: datetime, user: str) -> None:
        if not attached:
            return
        aid, _vid, project, host = attached.pop(r.randrange(len(attached)))
        ctx = rctx(user, project, f"req-{uuid4(r)}")
        if host == "ctl02" and restart - sec(10) <= t < back:
            host = "ctl01"
        t = request(t, "DELETE", f"/v3/{project}/attachments/{aid}", ctx, [], 200)
        V(
            host,
            t - sec(0.04),
            "INFO",
            "cinder.volume.manager",
            ctx,
            "Terminate volume connection completed successfully.",
            "Terminate volume connection completed successfully.",
        )

    # ---- Horizon users on the volumes page, terraform and users creating and deleting volumes,
    # nova booting from volume and attaching: one time-ordered stream, so that the volumes a
    # request names exist at that time
    gone: list[tuple[str, str]] = []  # volumes deleted, as (id, project)
    events: list[tuple[datetime, str]] = [(t, "read") for t in arrivals(r, T0, T_END, 0.85)]
    events += [(t, "create") for t in arrivals(r, T0 + sec(300), T_END, 0.14)]
    events += [(at(8, 46, 12.3), "create-raw"), (at(8, 48, 41.9), "create-raw")]
    events += [(t, "detach") for t in arrivals(r, T0 + sec(900), T_END, 0.09)]
    events += [(t, "delete") for t in arrivals(r, T0 + sec(1200), T_END, 0.1)]
    events += [(t, "attach") for t in arrivals(r, T0 + sec(120), T_END, 0.06)]
    for t, kind in sorted(events):
        user, project = r.choice(CI_USERS), r.choice(CI_PROJECTS)
        if kind == "read":
            q = r.random()
            ctx = rctx(user, project)
            if q < 0.55:
                inner = [
                    (
                        "INFO",
                        "cinder.volume.api",
                        "Get all volumes completed successfully.",
                        "Get all volumes completed successfully.",
                    )
                ]
                request(
                    t,
                    "GET",
                    f"/v3/{project}/volumes/detail?limit=21&sort=created_at:desc",
                    ctx,
                    inner,
                    200,
                )
            elif q < 0.7:
                inner = [
                    (
                        "INFO",
                        "cinder.volume.api",
                        "Availability Zones retrieved successfully.",
                        "Availability Zones retrieved successfully.",
                    )
                ]
                request(t, "GET", f"/v3/{project}/os-availability-zone", ctx, inner, 200)
            elif q < 0.95 and volumes:
                vid, project, _, _ = r.choice(volumes)
                ctx = rctx(user, project)
                inner = [
                    (
                        "INFO",
                        "cinder.volume.api",
                        "Volume info retrieved successfully.",
                        "Volume info retrieved successfully.",
                    )
                ]
                request(t, "GET", f"/v3/{project}/volumes/{vid}", ctx, inner, 200)
            elif gone:
                # terraform refreshing its state after the volume was destroyed
                vid, project = r.choice(gone[-6:])
                request(t, "GET", f"/v3/{project}/volumes/{vid}", rctx(user, project), [], 404)
        elif kind == "create":
            if r.random() < 0.08 and project == CI_PROJECTS[3]:
                ctx = rctx(user, project)
                size = r.choice([200, 500, 1000])
                inner = [
                    (
                        "INFO",
                        "cinder.api.v3.volumes",
                        "Create volume of %s GB",
                        f"Create volume of {size} GB",
                    ),
                    (
                        "WARNING",
                        "cinder.quota_utils",
                        "Quota exceeded for %(s_pid)s, tried to create %(s_size)dG %(s_resource)s (%(d_consumed)dG of %(d_quota)dG already consumed).",
                        f"Quota exceeded for {project}, tried to create {size}G volume ({r.randint(880, 990)}G of 1000G already consumed).: cinder.exception.OverQuota: Quota exceeded for resources: ['gigabytes']",
                    ),
                ]
                request(
                    t,
                    "POST",
                    f"/v3/{project}/volumes",
                    ctx,
                    inner,
                    413,
                    "cinder.api.middleware.fault",
                )
                continue
            image = r.choice(CI_IMAGES) if r.random() < 0.5 else None
            vid = create(t, user, project, r.choice([10, 20, 20, 40, 50, 100]), image)
            if vid and image:
                attach(t + sec(r.uniform(12, 30)), vid, project, user, volumes[-1][3])
        elif kind == "create-raw":
            create(t, user, project, 20, None)
        elif kind == "detach":
            detach(t, user)
        elif kind == "delete":
            n = len(volumes)
            delete(t, user)
            if len(volumes) < n:
                gone.append(deleted[-1])
        elif kind == "attach" and volumes:
            vid, project, _, host = r.choice(volumes)
            if not any(a[1] == vid for a in attached):
                attach(t, vid, project, user, host)

    # ---- the periodic driver status report; Ceph slow from 08:38, its monitors gone 08:44-08:50
    for host in ("ctl01", "ctl02"):
        for t in every(r, T0 + sec(r.uniform(5, 55)), T_END, 60, 0.01):
            if host == "ctl02" and restart - sec(5) <= t < back + sec(5):
                continue
            if in_any(t, [ceph_slow]):
                V(
                    host,
                    t + sec(r.uniform(31, 58)),
                    "WARNING",
                    "cinder.volume.manager",
                    periodic_ctx(),
                    "The %s volume driver's get_volume_stats operation ran for %(seconds).1f seconds.  This may indicate a performance problem with the backend which can lead to instability.",
                    f"The RBDDriver volume driver's get_volume_stats operation ran for {r.uniform(30.5, 57.9):.1f} seconds.  This may indicate a performance problem with the backend which can lead to instability.",
                )
            elif in_any(t, [ceph_down]):
                ctx = periodic_ctx()
                tt = t
                for _ in range(3):
                    tt = V(
                        host,
                        tt + sec(5.0 + r.uniform(0, 0.02)),
                        "ERROR",
                        "cinder.volume.drivers.rbd",
                        ctx,
                        "Error connecting to ceph cluster.",
                        "Error connecting to ceph cluster.: rados.TimedOut: [errno 110] RADOS timed out (error connecting to the cluster)",
                        CI_RBD_TB,
                    )
                    tt += sec(5)
                V(
                    host,
                    tt + sec(0.01),
                    "ERROR",
                    "cinder.manager",
                    ctx,
                    "Error during %(full_task_name)s",
                    "Error during VolumeManager._report_driver_status: cinder.exception.VolumeBackendAPIException: Bad or unexpected response from the storage volume backend API: Error connecting to ceph cluster.",
                    CI_PERIODIC_TB,
                )

    # ---- 10:15 ctl02's cinder-volume container is replaced by the upgrade
    f2 = "ctl02-cinder-volume.log"
    t = osl(
        f2,
        7,
        restart,
        "INFO",
        "oslo_service.service",
        "[-] ",
        "Caught %s, stopping children",
        "Caught SIGTERM, stopping children",
    )
    t = osl(
        f2,
        39,
        t + sec(0.004),
        "INFO",
        "oslo_service.service",
        "[-] ",
        "Child caught %s, handling",
        "Child caught SIGTERM, handling",
    )
    t = osl(
        f2,
        7,
        t + sec(0.01),
        "INFO",
        "oslo_service.service",
        "[-] ",
        "Wait called after thread killed. Cleaning up.",
        "Wait called after thread killed. Cleaning up.",
    )
    t = osl(
        f2,
        7,
        t + sec(0.001),
        "INFO",
        "oslo_service.service",
        "[-] ",
        "Waiting on %d children to exit",
        "Waiting on 1 children to exit",
    )
    osl(
        f2,
        7,
        t + sec(2.6),
        "INFO",
        "oslo_service.service",
        "[-] ",
        "Child %(pid)s exited with status %(code)d",
        "Child 39 exited with status 0",
    )
    t = osl(
        f2,
        7,
        back - sec(3.1),
        "INFO",
        "oslo_service.service",
        "[-] ",
        "Starting %d workers",
        "Starting 1 workers",
        proc=("ctl02-new", 7),
    )
    t = osl(
        f2,
        28,
        t + sec(0.6),
        "INFO",
        "cinder.volume.manager",
        "[-] ",
        "Determined volume DB was not empty at startup.",
        "Determined volume DB was not empty at startup.",
    )
    t = osl(
        f2,
        28,
        t + sec(0.03),
        "INFO",
        "cinder.volume.manager",
        "[-] ",
        "Image-volume cache disabled for host %(host)s.",
        "Image-volume cache disabled for host ctl02@rbd-1.",
    )
    t = osl(
        f2,
        28,
        t + sec(0.2),
        "INFO",
        "cinder.service",
        "[-] ",
        "Starting %(topic)s node (version %(version_string)s)",
        "Starting cinder-volume node (version 24.0.0)",
    )
    t = osl(
        f2,
        28,
        t + sec(0.05),
        "INFO",
        "cinder.volume.manager",
        "[-] ",
        "Starting volume driver %(driver_name)s (%(version)s)",
        "Starting volume driver RBDDriver (1.3.0)",
    )
    t = osl(
        f2,
        28,
        t + sec(1.4),
        "INFO",
        "cinder.volume.manager",
        "[-] ",
        "Driver initialization completed successfully.",
        "Driver initialization completed successfully.",
    )
    t = osl(
        f2,
        28,
        t + sec(0.3),
        "INFO",
        "cinder.volume.manager",
        "[-] ",
        "Initializing RPC dependent components of volume driver %(driver_name)s (%(version)s)",
        "Initializing RPC dependent components of volume driver RBDDriver (1.3.0)",
    )
    osl(
        f2,
        28,
        t + sec(0.9),
        "INFO",
        "cinder.volume.manager",
        "[-] ",
        "Driver post RPC initialization completed successfully.",
        "Driver post RPC initialization completed successfully.",
    )

    # ---- the scheduler notices ctl02's service is gone for the requests in that window
    S = "ctl01-cinder-scheduler.log"
    t = osl(
        S,
        7,
        restart + sec(64.2),
        "INFO",
        "cinder.scheduler.host_manager",
        f"[None req-{uuid4(r)} - - - - - -] ",
        "Removing non-active backend: %(backend)s from scheduler cache.",
        "Removing non-active backend: cinder-volume.ctl02@rbd-1 from scheduler cache.",
    )
    for t in sorted(restart + sec(r.uniform(61, 110)) for _ in range(3)):
        osl(
            S,
            7,
            t,
            "WARNING",
            "cinder.scheduler.host_manager",
            rctx(r.choice(CI_USERS), r.choice(CI_PROJECTS)),
            "volume service is down. (host: %s)",
            "volume service is down. (host: ctl02@rbd-1)",
        )
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "yate": yate,
    "isc-stork": stork,
    "ovirt-engine": ovirt_engine,
    "cloudstack-management": cloudstack,
    "openstack-cinder": cinder,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
