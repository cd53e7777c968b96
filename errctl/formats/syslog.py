"""Syslog lines: RFC 3164 (`<PRI>Mmm dd hh:mm:ss host app[pid]: msg`, PRI optional, as in
/var/log/syslog; without the host, `journalctl --no-hostname`'s, when the tag has a pid) and
RFC 5424 (`<PRI>1 ts host app procid msgid [sd] msg`). journalctl's text outputs are the same
line under other times: `-o short-full`'s weekday, date, time and zone (`Tue 2026-12-01
04:15:36 UTC`, read as a month-name time is), `-o short-unix`'s seconds since the epoch
(`1796098536.401651`, weak as an ISO time is, below) and `-o short-monotonic`'s seconds since
boot in brackets (`[   12.345678]`, `-o short-delta` adding the time since the entry before;
the attribute `uptime`, no time of day), which dmesg's lines open with too (`_MONOTONIC`).

Owns `SyslogFormat` and the module instance `FORMAT` (name "syslog"). The level comes from the
PRI severity when there is one (as a canonical level name), else from a `facility.severity`
pair before the app (BusyBox's syslogd: `gw user.warn kernel: ...`) or after it (Solaris'
message id, `app[1]: [ID 119560 auth.debug] msg`: the id an attribute) or VMware ESXi's severity
tag in the host's place (`Er(163)`), else from a level word opening the message; the service is
the app name; pid, facility, msgid and structured data go to attributes (macOS's syslogd's
program names with blanks, and launchd's subject, `com.apple.xpc.launchd[1] (com.example.agent
[123]): msg`, an attribute, are read too). cloud-init's lines
(`[CLOUDINIT] util.py[DEBUG]: ...`) are the service cloud-init at their bracketed level.
NetworkManager's level in angle brackets and wall time (`<info>  [1605257810.6675] `) are
read, not left in the message (the time is the event's: the same instant, finer). OpenSSH's
debug verbosity (log.c's `debug1: ` to `debug3: ` before a message, sshd's and
sshd-session's with `LogLevel DEBUG1..3`) is the level debug and the attribute `verbosity`,
not words of the message. Pacemaker's detail log (libqb's file layout, `time host
pacemaker-controld  [1731] (function) \tnotice: message`: the program padded before its pid,
no colon) is read too: the program the service, the pid and function attributes, the priority
the level.

An application that logs to syslog often writes its own log line as the message (`myapp[123]:
2024-05-01 12:00:00,123 - app.jobs - ERROR - failed`, or a JSON record): such a message is
read with the format that wrote it, whose level, logger, time (with its year and fraction) and
fields win over syslog's; the host, and the app as the service, stay syslog's. A format that
writes no level and judges one from the outcome (HAProxy's traffic) takes syslog's when that is
higher: it is the level the program sent the line at. So is the line a
Go daemon that systemd runs writes to the journal: logrus' or slog's logfmt (dockerd, containerd:
`time="..." level=error msg="..."`) and klog's header (kubelet: `E0501 12:00:02.345000 901
pod_workers.go:1298] "Error syncing pod" err=...`); there the payload's time is used only when it
names its date and zone (`_daemon_line`). So is an OpenStack service's oslo.log line as DevStack
sets it for the journal (`DEBUG nova.compute.manager [None req-<uuid> demo admin] message`).

An application whose stderr systemd captures writes each line of a traceback as an entry of its
own (`myapp[4567]: Traceback ...`, `myapp[4567]:   File ...`): `continues` joins the lines of
the same host, program and pid that go on the trace of the open event, as continuation lines do
in a plain file.

The kernel's packet log (an iptables, nftables or UFW `LOG` rule's `[UFW BLOCK] IN=eth0 OUT=
... SRC=... DPT=22`), in either RFC's form, is read by `netfilter.py`, and Lustre's location
after its prefix (`Lustre: 2449:0:(client.c:2141:ptlrpc_expire_one_request()) `) by
`dmesg.lustre_header`.

rsyslog's high-precision file layout (`RSYSLOG_FileFormat`: `2026-11-27T12:00:00.123456+00:00
web-1 sshd[123]: msg`, `web-1 kernel: msg`) has an ISO time and no PRI, which an application's
own timestamped line has too: `2026-11-27T12:00:02Z request failed: timeout` reads as host
`request`, program `failed`, and `2026-11-27T12:00:07Z worker-3 stopped: signal 15` as host
`worker-3`: a host's spelling tells nothing (an application names its workers, shards and
nodes as hosts are named). Such a reading, with no pid in the tag, is weak: it is syslog's only
in a file that is mostly syslog, or under a host the file's firm syslog lines name (a pid, a
PRI, a month-name time: `weak_readings`); detection gives any other file
`without_weak_readings` (`registry.detect`).

A CEF or LEEF record (a firewall's, an IDS's: `fw01 CEF:0|Fortinet|FortiGate|...`) is read by
`cef.py`, as a message or alone on a line (a collector's file of records); PAN-OS's CSV record
and pfSense's `filterlog` record by `firewalls.py`.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from errctl.formats import (
    audit,
    generic,
    haproxy,
    jsonl,
    klog,
    log4j,
    logfmt,
    postgres,
    pylogging,
)
from errctl.formats.access import headed_request, opens_with_request, under_header
from errctl.formats.base import never_raising, number
from errctl.formats.cef import cef_fields
from errctl.formats.cron import CRON_PROGRAMS, cron_line
from errctl.formats.daemon_headers import dovecot, nslcd, sip_router, unbound_syslog
from errctl.formats.dmesg import lustre_header
from errctl.formats.fields import INNER_HEAD as _INNER_HEAD
from errctl.formats.fields import KLOG_LEVELS as _KLOG_LEVELS
from errctl.formats.fields import OSLO_LEVELS as _OSLO_LEVELS
from errctl.formats.firewalls import filterlog_fields, panos_fields
from errctl.formats.levels import LEVEL_ALIASES, MNEMONIC_SEVERITY, syslog_severity_level
from errctl.formats.multiline import continues_trace
from errctl.formats.netfilter import packet_log
from errctl.models import LEVELS, ParsedFields

FACILITIES = (
    "kern",
    "user",
    "mail",
    "daemon",
    "auth",
    "syslog",
    "lpr",
    "news",
    "uucp",
    "cron",
    "authpriv",
    "ftp",
    "ntp",
    "security",
    "console",
    "solaris-cron",
    "local0",
    "local1",
    "local2",
    "local3",
    "local4",
    "local5",
    "local6",
    "local7",
)

_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
# journalctl's other text outputs of the same line: `-o short-full` (the weekday, the date,
# the time and the zone's abbreviation or offset: `Tue 2026-12-01 04:15:36 UTC`) and `-o
# short-unix` (seconds since the epoch to the microsecond: `1796098536.401651`).
_JOURNAL_TIMES = (
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?"
    r" (?:[A-Z]{2,6}|[+-]\d\d(?::?\d\d)?)"
    r"|\d{9,10}\.\d{6}"
)
# `-o short-monotonic`: the seconds since boot in brackets, as dmesg writes them (`[   12.345678]
# web-1 systemd[1]: ...`); `-o short-delta` adds the time since the entry before (`<
# 0.000123>`, a `*` when across boots). No time of day: the seconds are the attribute `uptime`.
# Only with the kernel or a pid in the tag, or under a host such lines of the file name
# (`SyslogFormat.specialise`): a kernel driver's own line in dmesg opens with its name and
# device (`usb 1-1: new high-speed USB device`), which reads as a host and a program too.
_MONOTONIC = r"\[ *(?P<uptime>\d{1,10}\.\d{6})(?: <[ \d]{0,16}\d\.\d{6}[ *]>)?\]"
_KERNEL_UPTIME = re.compile(rf"{_MONOTONIC}(?: |\Z)")
_MONTH_NAMES = frozenset(_MONTHS.split("|"))
_RFC3164 = re.compile(
    r"(?:<(?P<pri>\d{1,3})>)?"
    rf"(?P<ts>(?:\d{{4}} )?(?:{_MONTHS}) [ \d]\d(?: \d{{4}})? \d\d:\d\d:\d\d(?:\.\d{{1,6}})?"
    r"|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?"
    rf"|{_JOURNAL_TIMES}|{_MONOTONIC})"
    # A date is never the host: it is an application's own time after another one's (a
    # container runtime's `--timestamps`), which syslog did not write.
    # Nor is a word that no host name starts with: BuildKit's step (`#12 ERROR: ...`) under a
    # CI runner's time.
    # Nor a `key=value` pair (a logfmt line under a runtime's `--timestamps`: `level=info`),
    # which no host name holds.
    # Nor a year after the time: a program's own `Jun 11 06:00:02 2024 msg`, not syslog's.
    # Junos writes two blanks before the host (`Jun  4 06:00:01  mx1 rpd[1893]: ...`).
    r"  ?(?!\d{4}-\d\d-\d\d|(?:19|20)\d\d )"
    r"(?P<host>[^\s:\[\]#=][^\s:\[\]=]*)(?P<split>\[\+\])? (?P<rest>.*)",
    re.S,
)
# OpenWrt's `logread` (busybox syslogd and ubox's logd): ctime's time with its weekday and year,
# then the facility and severity, no host: `Tue Jun  4 06:01:52 2024 daemon.info
# dnsmasq-dhcp[2913]: DHCPACK(br-lan) ...`. The groups are _RFC3164's, the host never set.
_LOGREAD = re.compile(
    r"(?P<pri>(?!))?"
    rf"(?P<ts>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:{_MONTHS}) [ \d]\d \d\d:\d\d:\d\d \d{{4}}) "
    r"(?P<host>(?!))?(?P<split>(?!))?(?=[a-z]{2,8}\.[a-z]{3,7} )(?P<rest>.*)",
    re.S,
)
# journalctl's short output with `--no-hostname` (and syslogd templates without `%HOSTNAME%`):
# `Dec 15 10:27:49 caddy[17720]: message`. Read only with a month-name time and a pid in the
# tag, so `time word: text` stays an application's line; the groups are _RFC3164's, the host
# and the split marker never set.
_RFC3164_NO_HOST = re.compile(
    r"(?:<(?P<pri>\d{1,3})>)?"
    rf"(?P<ts>(?:{_MONTHS}) [ \d]\d(?: \d{{4}})? \d\d:\d\d:\d\d(?:\.\d{{1,6}})?"
    rf"|{_JOURNAL_TIMES}) "
    r"(?P<host>(?!))?(?P<split>(?!))?(?=[^\s\[\]:]{1,64}\[\d{1,10}\]: )(?P<rest>.*)",
    re.S,
)
# VMware ESXi's syslog writes a severity tag and the PRI where the host would be: `In(14)`,
# `Er(163)`; `[+]` after it marks a piece of a message too long for one line.
_ESX_TAG = re.compile(r"(?P<tag>Db|In|No|Wa|Er|Cr|Al|Em)\((?P<pri>\d{1,3})\)")
_ESX_LEVELS = {
    "Db": "debug",
    "In": "info",
    "No": "info",  # notice
    "Wa": "warning",
    "Er": "error",
    "Cr": "critical",
    "Al": "critical",  # alert
    "Em": "critical",  # emergency
}
# `facility.severity` before the program, as BusyBox's syslogd writes it by default (UniFi,
# EdgeOS, OpenWrt and many embedded devices), or sysklogd with `-SS`-like templates:
# `Mar  2 23:24:28 gw user.warn kernel: ...`.
_FACILITY_SEVERITY = re.compile(
    r"(?P<facility>[a-z-]{3,12}[0-7]?)\.(?P<severity>emerg|panic|alert|crit|err|error|warn"
    r"|warning|notice|info|debug) "
)
# The same pair in angle brackets where the host goes (Citrix ADC's ns.log: `Jun  5 06:00:02
# <local0.info> 10.20.0.5 06/05/2024:06:00:02 GMT adc1 0-PPE-0 : default API ...`).
_ANGLED_FACILITY = re.compile(
    r"<(?P<facility>[a-z-]{3,12}[0-7]?)\.(?P<severity>emerg|panic|alert|crit|err|error|warn"
    r"|warning|notice|info|debug)>"
)
# A host's name before a tag and its colon (`sol-prod-01 event: `), after `_ANGLED_FACILITY`.
_HOST_BEFORE_TAG = re.compile(
    r"(?P<host>[A-Za-z0-9][\w.-]{0,253}) (?=[^\s:\[\]]{1,64}(?:\[\d{1,10}\])?: )"
)
# A severity alone before the program (F5 BIG-IP's `bigip1 err tmm[1234]: 01260013:3: ...`,
# its `host level process[pid]:`): the level, not the program's name.
_SEVERITY_BEFORE_TAG = re.compile(
    r"(?P<severity>emerg|alert|crit|err|warning|notice|info|debug) (?=[\w./-]{1,64}\[\d{1,10}\]: )"
)
# The same in capitals, as SONiC's rsyslog template writes it (`leaf01 NOTICE swss#orchagent:
# ...`, `leaf01 ERR snmp#snmpd[26]: ...`: the container before `#`, the program after it).
_CAPITAL_SEVERITY_BEFORE_TAG = re.compile(
    r"(?P<severity>EMERG|ALERT|CRIT|ERR|WARNING|NOTICE|INFO|DEBUG)"
    r" (?=[\w./#-]{1,64}(?:\[\d{1,10}\])?: )"
)
_SEVERITY_NUMBERS = {
    "emerg": 0,
    "panic": 0,
    "alert": 1,
    "crit": 2,
    "err": 3,
    "error": 3,
    "warn": 4,
    "warning": 4,
    "notice": 5,
    "info": 6,
    "debug": 7,
}
_FACILITY_NAMES = frozenset(FACILITIES)
# Solaris' and illumos' syslogd with message ids (`log_msgid`, on by default since Solaris 8)
# opens each message with `[ID <msgid> <facility>.<severity>] ` after the tag: `proftpd[13109]:
# [ID 119560 auth.debug] PAM[13109]: ...`. The severity is the level; the id names the message.
_SOLARIS_MSGID = re.compile(
    r"\[ID (?P<msgid>\d{1,10}) (?P<facility>[a-z-]{2,12}[0-7]?)\.(?P<severity>emerg|panic|alert"
    r"|crit|err|error|warn|warning|notice|info|debug)\] "
)
# cloud-init's syslog handler (`[formatter_syslogFormatter]` of its default logging config)
# writes no program name, its own tag and the Python file with its level in brackets:
# `[CLOUDINIT] util.py[DEBUG]: Restoring selinux mode`.
_CLOUDINIT = re.compile(
    r"\[CLOUDINIT\] (?P<file>[^\s\[\]]{1,64})\[(?P<level>[A-Z]{4,8})\]: ?(?P<msg>.*)", re.S
)
# The TAG of 3164: app name, optional [pid], then a colon; a second colon makes it no tag but
# a name joined by `::` (pytest's node id `tests/test_x.py::test_a` after its `FAILED`). MIT
# Kerberos' daemons, logging to their own files, write the severity in parentheses after the
# pid: `krb5kdc[1093](info): AS_REQ ...`, `kadmind[1107](Notice): Request: ...`. Python's
# SysLogHandler writes its ident as the program sets it, which may end in a bracket of its own
# after a blank (Back In Time's `backintime (clara/1): `: the user and the profile). A tag holds
# no `=` and no quote: a device that sends none opens its message with a field, which rsyslog's
# file layout cuts at its first colon (Zyxel's `src="203.0.113.77: 500" dst=...`), and read as
# a program it cut every field that follows.
_TAG = re.compile(
    r'(?P<app>[^\s\[\]:="]{1,64})(?:\[(?P<pid>[^\]\s]*)\]|(?: \((?P<ident>[^\s()\[\]:]{1,64})\)))?'
    r"(?:\((?P<said>(?i:emerg|emergency|alert|crit|critical|err|error|warn|warning|notice|info"
    r"|debug))\))?:(?!:) ?(?P<msg>.*)",
    re.S,
)
# libqb's file layout as Pacemaker's daemons set it for their detail log
# (`/var/log/pacemaker/pacemaker.log`, lib/common/logging.c: `%t %H %-20n[%P] (%n) %g\t%p: %b`):
# `Mar 05 10:12:01 node1 pacemaker-controld  [1731] (do_state_transition) \tnotice: State
# transition ...`. The program is padded to twenty columns before its pid, so no colon closes
# the tag; the function (with `@file:line` when tracing) and an optional tag follow, then the
# priority and its colon, which say the layout.
_PADDED_TAG = re.compile(
    r"(?P<app>[^\s\[\]:()]{1,64}) *\[(?P<pid>\d{1,10})\]"
    r"(?: \((?P<function>[^()\s]{1,256})\))?(?: (?P<tag>[^\s:]{1,64}))? ?\t? ?"
    r"(?P<level>emerg|alert|crit|error|warning|notice|info|debug|trace): ?(?P<msg>.*)",
    re.S,
)
# A program that names itself with no pid and no colon, then its level's word in capitals and
# the colon: Python's SysLogHandler under a `%(name)s %(levelname)s: %(message)s` formatter
# (iRedAPD's `mail iredapd INFO: [85.13.145.21] RCPT, ...`).
_TAG_THEN_LEVEL = re.compile(
    r"(?P<app>[A-Za-z][\w.-]{0,63}) (?P<level>DEBUG|INFO|NOTICE|WARNING|WARN|ERROR|CRITICAL): "
    r"(?P<msg>.*)",
    re.S,
)
# macOS's syslogd (`/var/log/system.log`, before 10.12 and for what still logs through ASL):
# a program named with blanks (`Google Chrome Helper[2207]: ...`), the last word of the name
# may be in parentheses (a helper's role: `Google Chrome Helper (Renderer)[4269]`, `Slack Helper
# (GPU)[881]`), and launchd's subject, the job a line is about, in parentheses after its own tag
# (`com.apple.xpc.launchd[1] (com.example.agent[123]): Service exited with abnormal code: 1`):
# the pid is needed, or any words before a colon would be a program.
_MACOS_TAG = re.compile(
    r"(?P<app>[^\s\[\]:()]{1,64}(?: [^\s\[\]:()]{1,64}){0,4}(?: \([^\s\[\]:()]{1,32}\))?)"
    r"\[(?P<pid>\d{1,10})\]"
    r"(?: \((?P<subject>[^()\s]{1,256})\))?: ?(?P<msg>.*)",
    re.S,
)
_RFC5424 = re.compile(
    r"<(?P<pri>\d{1,3})>(?P<ver>\d{1,2}) (?P<ts>\S+) (?P<host>\S+) (?P<app>\S+)"
    r" (?P<procid>\S+) (?P<msgid>\S+)(?: (?P<rest>.*))?\Z",
    re.S,
)
_SD_ELEMENT = re.compile(r'\[(?P<id>[^\s\]=]+)(?P<params>(?: [^\s=\]]+="(?:[^"\\]|\\.)*")*) ?\]')
_SD_PARAM = re.compile(r'([^\s=\]]+)="((?:[^"\\]|\\.)*)"')
# VMware's daemons (ESXi's hostd and vpxa, vCenter's vpxd) open their messages with RFC 5424's
# structured data, its values unquoted: `[Originator@6876 sub=Vimsvc.TaskManager opID=kf3a-01
# user=vpxuser] Task Created : ...`. A value runs to the blank before the next key (a VM's path,
# `sub=Vmsvc.vm:/vmfs/volumes/<uuid>/web 01/web 01.vmx`, may hold blanks).
_UNQUOTED_SD = re.compile(
    r"\[(?P<id>[A-Za-z][\w.-]{0,31}@\d{1,10})"
    r"(?P<params>(?: [A-Za-z][\w.-]{0,31}=[^\]\n]{0,4096})?)\](?: |\Z)"
)
_UNQUOTED_PARAM = re.compile(r" ([A-Za-z][\w.-]{0,31})=(.*?)(?= [A-Za-z][\w.-]{0,31}=|\Z)")
# VMware's daemons write a message's later lines each under a head of its own, after `-->`
# (an event's dump, a fault's, a backtrace's frames).
_VMWARE_CONTINUATION = "-->"
_SD_UNESCAPE = re.compile(r"\\([\"\\\]])")
# A level word opening the message when there is no PRI: "error: disk full", "[WARN] x".
# Pacemaker's daemons (crmd, pengine, stonith-ng: libqb's `%7p: `) pad theirs to seven columns:
# `crmd[26675]:  notice: State transition ...`; padded, it must end in a colon.
_MSG_LEVEL = re.compile(
    r"\[?(?P<level>(?i:emerg|alert|crit|critical|err|error|warn|warning|notice|info|debug|fatal"
    r"|panic|trace))\]?(?::|\s|\Z)"
    r"| {1,6}(?P<padded>emerg|alert|crit|error|warning|notice|info|debug|trace):"
)
# NetworkManager's nm-logging.c (and ModemManager's mm-log.c) put the level in angle brackets
# padded to eight before the message, then (NetworkManager since 1.0, `[%ld.%04ld]`) the wall
# time in seconds since the epoch: `<info>  [1605257810.6675] device (eth0): carrier: link
# connected`, `<warn>  (wlan0): ...` before that.
_ANGLE_LEVEL = re.compile(
    r"<(?P<level>trace|debug|info|warn|error)> {1,2}(?:\[(?P<epoch>\d{10}\.\d{1,9})\] )?"
)
_ANGLE_LEVELS = {"warn": "warning"}
# libqb's logsys layout as Corosync sends it to syslog (`%7p [%6g] %b`: the priority, empty
# or a word padded to seven, then the subsystem in brackets padded to six): `corosync[1234]:
#   [TOTEM ] A processor failed, forming new configuration.`, `corosync[1234]: notice
# [QUORUM] Members[1]: 1`. Its log file's reading (`daemon_headers.logsys`) makes the subsystem
# an attribute and the rest the message, and so does this one. Taken only when the field says
# the layout: blanks or a priority before it, or a name filling the field's six columns.
_LOGSYS_SUBSYSTEM = re.compile(
    r"(?P<lead> {1,8}|(?P<level>emerg|alert|crit|error|warning|notice|info|debug|trace) {1,7})?"
    r"\[(?P<subsystem>[A-Z][A-Z0-9_]{0,15})(?P<pad> *)\] (?=\S)"
)
# OpenSSH's log.c writes its debug levels' names before the message: `debug1: `..`debug3: `.
_OPENSSH_DEBUG = re.compile(r"debug(?P<verbosity>[123]): ")
_HEAD_CHARS = frozenset("<JFMASONDTW0123456789[")
# CEF and LEEF records (`cef.py`), which security devices send as a syslog message or a
# collector writes alone; the syslog tag a 3164 reading takes their prefix for.
_SECURITY_EVENTS = ("CEF:", "LEEF:")
_SECURITY_TAGS = frozenset(("CEF", "LEEF"))


def _pri(pri: str | None, attrs: dict[str, object]) -> str | None:
    if pri is None:
        return None
    value = int(pri)
    if value > 191:
        return ""  # not a PRI: the caller rejects the line
    facility = value >> 3
    attrs["facility"] = FACILITIES[facility] if facility < len(FACILITIES) else facility
    return syslog_severity_level(value & 7)


def _esx_tag(host: str, attrs: dict[str, object]) -> str | None:
    """The level of ESXi's severity tag in the host's place (`Er(163)`), its PRI's facility
    added to `attrs` unless a PRI before the time gave one; None for a host."""
    if host[2:3] != "(":
        return None
    m = _ESX_TAG.fullmatch(host)
    if m is None:
        return None
    pri = int(m.group("pri"))
    if pri <= 191 and "facility" not in attrs:
        _pri(m.group("pri"), attrs)
    return _ESX_LEVELS[m.group("tag")]


_LOGSYS_HEAD = frozenset(" [eacwnidt")


def _logsys_subsystem(msg: str) -> tuple[str, str, str | None] | None:
    """(message, subsystem, level) of a message in libqb's logsys layout (`_LOGSYS_SUBSYSTEM`),
    or None."""
    m = _LOGSYS_SUBSYSTEM.match(msg)
    if m is None or not (m["lead"] or len(m["subsystem"]) + len(m["pad"]) == 6):
        return None
    if m["subsystem"].lower() in LEVEL_ALIASES:
        return None  # `[WARN  ]`: a level, which `_message_level` reads
    said = LEVEL_ALIASES.get(m["level"]) if m["level"] else None
    return msg[m.end() :], m["subsystem"], said


def _message_level(msg: str) -> str | None:
    m = _MSG_LEVEL.match(msg)
    return None if m is None else LEVEL_ALIASES.get((m["level"] or m["padded"]).lower())


def parse_structured_data(text: str) -> tuple[dict[str, dict[str, str]] | None, str] | None:
    """Split RFC 5424 `STRUCTURED-DATA MSG` into ({sd-id: {param: value}} or None, msg)."""
    if text.startswith("-"):
        # One blank separates the empty SD from the message; some senders write two
        # (rsyslog templates that add their own).
        return None, text[1:].lstrip(" ")
    if not text.startswith("["):
        return None
    sd: dict[str, dict[str, str]] = {}
    pos = 0
    while pos < len(text) and text[pos] == "[":
        m = _SD_ELEMENT.match(text, pos)
        if m is None:
            return None
        params = {}
        for k, v in _SD_PARAM.findall(m.group("params")):
            params[k] = _SD_UNESCAPE.sub(r"\1", v) if "\\" in v else v
        sd[m.group("id")] = params
        pos = m.end()
    msg = text[pos:]
    if msg.startswith(" "):
        msg = msg[1:]
    return sd, msg


# After a word where a host goes: blanks, a level and a tab (Prosody's `source<blanks>info\t`).
_PADDED_LEVEL_TAB = re.compile(r" +(?:debug|info|warn|error)\t")


# klog's level letter, month and day, and time (`klog.py`), where syslog's host and tag go.
_KLOG_AFTER_TIME = re.compile(r"[IWEF]\d{4} \d\d:\d\d:\d\d\.\d{6} ")


class SyslogFormat:
    """`bare_iso`: whether the weak reading (module docstring) of a line is taken; `hosts`:
    the hosts it is taken under all the same (those a file's firm syslog lines name)."""

    name = "syslog"
    continues_own = True  # `continues` extends only an event this format opened
    multiline = True

    def __init__(
        self,
        *,
        bare_iso: bool = True,
        hosts: frozenset[str] = frozenset(),
        uptime_hosts: frozenset[str] = frozenset(),
    ) -> None:
        self.bare_iso = bare_iso
        self.hosts = hosts
        # The hosts of a file's `-o short-monotonic` lines with the kernel or a pid in the tag
        # (`specialise`): under them, a tag without a pid (sudo's) is a program's too.
        self.uptime_hosts = uptime_hosts

    def specialise(self, sample: list[str]) -> SyslogFormat:
        """This format, reading `-o short-monotonic` lines whose tag has no pid (`sudo:`) under
        the hosts the file's start names on lines with the kernel or a pid in the tag: alone,
        `[   14.1] web-1 sudo: ...` reads as a kernel driver's `[5.1] usb 1-1: ...` does."""
        hosts = set(self.uptime_hosts)
        for line in sample:
            if line[:1] == "[" and (fields := self.parse(line)) is not None and fields.host:
                hosts.add(fields.host)
        if hosts <= self.uptime_hosts:
            return self
        return SyslogFormat(bare_iso=self.bare_iso, hosts=self.hosts, uptime_hosts=frozenset(hosts))

    def parse(self, line: str) -> ParsedFields | None:
        if not line or line[0] not in _HEAD_CHARS:
            if line[:1] in "CL" and line.startswith(_SECURITY_EVENTS):
                return cef_fields(line)  # a CEF or LEEF record a collector wrote alone
            return None
        if line[0] == "<":
            m5 = _RFC5424.match(line)
            if m5 is not None:
                return self._parse_5424(m5)
        elif (
            line[0].isdigit()
            and (len(line) < 20 or line[4] != "-" or line[10] != "T")
            and line[5:8] not in _MONTH_NAMES  # SONiC's year first: `2024 Jun  5 07:10:14`
            # nor journalctl's short-unix time, seconds since the epoch and a fraction
            and (len(line) < 20 or (line[10:11] != "." and line[9:10] != "."))
        ):
            return None
        m = _RFC3164.match(line) or _RFC3164_NO_HOST.match(line)
        if m is None and (line[3:4] != " " or (m := _LOGREAD.match(line)) is None):
            return None
        attrs: dict[str, object] = {}
        pri, ts, host, split, rest = m.group("pri", "ts", "host", "split", "rest")
        if rest[:1] == " " and _PADDED_LEVEL_TAB.match(rest) is not None:
            return None  # Prosody's log file: a source, not a host (`daemon_headers.prosody`)
        if ts[8:9] == "-":
            ts = ts[4:]  # `Tue 2026-12-01 04:15:36 UTC`: the weekday says nothing more
        level = _pri(pri, attrs)
        if level == "":
            return None
        esx = _esx_tag(host, attrs) if host is not None else None
        if host is not None and host[0] == "<" and (fs := _ANGLED_FACILITY.fullmatch(host)):
            # A template's `<facility.severity>` where the host goes (Citrix ADC's ns.log,
            # `<%syslogfacility-text%.%syslogseverity-text%>`): the level, no host.
            attrs["facility"] = fs["facility"]
            level = level or syslog_severity_level(_SEVERITY_NUMBERS[fs["severity"]])
            host = None
            if (named := _HOST_BEFORE_TAG.match(rest)) is not None:
                # The host after it, then the tag (Solace PubSub+'s `<local3.info>
                # sol-prod-01 event: CLIENT: ...`, its ISO time before).
                host, rest = named["host"], rest[named.end() :]
        if host is None:
            pass  # no host written (journalctl --no-hostname)
        elif esx is not None:
            host = None  # ESXi's own log: the host is the file's
            level = level or esx
        elif split is not None or host.lower() in LEVEL_ALIASES:
            # "Nov 27 14:24:12 ERROR something" is a plain timestamped line, not syslog.
            return None
        elif host[1:5].isdigit() and _KLOG_AFTER_TIME.match(host + " " + rest) is not None:
            # klog's head after a runtime's time (`kubectl logs --timestamps`: `...Z W0607
            # 09:39:26.159868  1 reflector.go:547] ...`): its level and date, no host.
            return None
        if host is not None and rest[:1] == "[" and (ns := _NSLOG_PID.match(rest)) is not None:
            # GNUstep's NSLog (SOGo's sogod.log, `Jun 04 06:03:09 sogod [136]: ...`): the
            # program where syslog writes its host, its pid after a blank, no host at all.
            attrs["pid"] = int(ns["pid"])
            return _with_request(
                ParsedFields(rest[ns.end() :], ts, level, host, None, None, None, None, attrs)
            )
        if rest[:1].islower():
            fs = _FACILITY_SEVERITY.match(rest)
            if fs is not None and fs.group("facility") in _FACILITY_NAMES:
                rest = rest[fs.end() :]
                attrs.setdefault("facility", fs.group("facility"))
                if level is None:
                    level = syslog_severity_level(_SEVERITY_NUMBERS[fs.group("severity")])
            elif (sev := _SEVERITY_BEFORE_TAG.match(rest)) is not None:
                rest = rest[sev.end() :]
                if level is None:
                    level = syslog_severity_level(_SEVERITY_NUMBERS[sev["severity"]])
        elif rest[:1].isupper() and (sev := _CAPITAL_SEVERITY_BEFORE_TAG.match(rest)) is not None:
            rest = rest[sev.end() :]
            if level is None:
                level = syslog_severity_level(_SEVERITY_NUMBERS[sev["severity"].lower()])
        t = _TAG.match(rest)
        if ts[0] == "[":
            if t is None or not (t["pid"] or t["app"] == "kernel" or host in self.uptime_hosts):
                return None  # a kernel driver's line in dmesg (`_MONOTONIC`)
            attrs["uptime"] = float(m["uptime"])
            ts = None
        elif t is None and (qb := _PADDED_TAG.match(rest)) is not None:
            attrs["pid"] = int(qb["pid"])
            if qb["function"]:
                attrs["function"] = qb["function"]
            if qb["tag"]:
                attrs["tag"] = qb["tag"]
            level = level or LEVEL_ALIASES.get(qb["level"])
            ts = m.group("ts")
            return ParsedFields(qb["msg"], ts, level, qb["app"], host, None, None, None, attrs)
        if t is None and (said := _TAG_THEN_LEVEL.match(rest)) is not None:
            level = level or LEVEL_ALIASES.get(said["level"])
            ts = m.group("ts")
            return ParsedFields(said["msg"], ts, level, said["app"], host, None, None, None, attrs)
        if t is None and not line[0].isdigit():
            t = _MACOS_TAG.match(rest)
            if t is not None and t["subject"]:
                attrs["subject"] = t["subject"]
        cloud = _CLOUDINIT.match(rest) if t is None and rest[:2] == "[C" else None
        if cloud is not None:
            app, msg = "cloud-init", cloud.group("msg")
            attrs["file"] = cloud.group("file")
            level = level or LEVEL_ALIASES.get(cloud.group("level"))
        elif t is not None:
            app = t.group("app")
            if app[0] == "/":  # openlog(argv[0]): `/usr/sbin/kamailio[1240]:`, the program
                app = app.rpartition("/")[2] or app
            pid = t.group("pid")
            msg = t.group("msg")
            if level is None and t.re is _TAG and t["said"] is not None:
                level = LEVEL_ALIASES.get(t["said"].lower())
            if t.re is _TAG and t["ident"] is not None:
                attrs["ident"] = t["ident"]
            if pid:
                attrs["pid"] = number(pid) if pid.isdigit() else pid
            elif (
                not self.bare_iso
                and pri is None
                and line[0].isdigit()
                and esx is None
                and "facility" not in attrs
                and host not in self.hosts
            ):
                return None  # the weak reading: `2026-11-27T12:00:02Z request failed: timeout`
            if msg.startswith("[ID ") and (sun := _SOLARIS_MSGID.match(msg)) is not None:
                msg = msg[sun.end() :]
                attrs["msgid"] = sun["msgid"]
                attrs.setdefault("facility", sun["facility"])
                if level is None:
                    level = syslog_severity_level(_SEVERITY_NUMBERS[sun["severity"]])
            if app in _SECURITY_TAGS and msg[:1].isdigit() and not pid:
                # `fw01 CEF:0|Vendor|...`: the record's own prefix read as a program name.
                app, msg = None, f"{app}:{msg}"
        else:
            if pri is None and line[0].isdigit() and esx is None:
                # ISO timestamp, no PRI and no TAG: too weak to call it syslog.
                return None
            app = None
            msg = rest
        if msg[:1] in _CISCO_HEAD or (app and app[:1] == "%") or (app and app.isdigit()):
            cisco = _cisco(app, msg)
            if cisco is not None:
                app, msg, severity = cisco
                level = level or syslog_severity_level(severity)
        if app == "kernel" and msg[:1] == "[" and (since := _KERNEL_UPTIME.match(msg)):
            # The kernel's own time since boot, which rsyslog keeps in the message (`kernel:
            # [15787.542609] usb 1-4: ...`): an attribute, as dmesg's; in the message, its
            # padding split each statement between a boot's first seconds and later ones.
            attrs["uptime"] = float(since["uptime"])
            msg = msg[since.end() :]
        if (app == "kernel" or app is None) and " OUT=" in msg:
            # An iptables/nftables/UFW LOG rule's packet; ulogd's LOGEMU writes it under
            # syslog's time and host with no program (`gw1 [nft-in-drop] IN=...`).
            packet = packet_log(msg)
            if packet is not None:
                return wrapped(packet, ts, level, app, host, attrs)
        if app == "kernel" and msg[:1] == "L" and (lustre := lustre_header(msg)) is not None:
            msg, located, said = lustre  # Lustre's location after its prefix (dmesg.py)
            attrs.update(located)
            level = level or said
        if msg[:1].isdigit() and (record := _firewall_record(app, msg)) is not None:
            return wrapped(record, ts, level, app, host, attrs)
        if "HTTP/" in msg and '" ' in msg and (request := headed_request(msg)) is not None:
            # An access log sent to syslog (nginx's `access_log syslog:server=...`, a proxy's
            # request line under its tag): the request, named by its route and status. (Only
            # a line with its protocol here: a bare `GET /x 200` is a program's own words.)
            return under_header(
                ParsedFields(msg, ts, level, app, host, None, None, None, attrs or None), request
            )
        if msg[:1] == "[" and (vmware := _UNQUOTED_SD.match(msg)) is not None:
            params = dict(_UNQUOTED_PARAM.findall(vmware["params"]))
            attrs.update((k, v) for k, v in params.items() if k != "sub")
            # `sub`, the component that logged: the logger, as Java's category is.
            logger = params.get("sub")
            message = msg[vmware.end() :]
            return ParsedFields(message, ts, level, app, host, logger, None, None, attrs)
        if msg[:1] == "[" and app == "nslcd" and (inner := nslcd(msg)) is not None:
            if level is None:
                inner = replace(inner, level=_message_level(inner.message))
            return wrapped(inner, ts, level, app, host, attrs)
        if msg[:1] in _INNER_HEAD:
            inner = _inner(msg, level) or _ranked(msg)
            if inner is not None:
                return wrapped(inner, ts, level, app, host, attrs)
        elif msg[:1] in "CL" and msg.startswith(_SECURITY_EVENTS):
            inner = cef_fields(msg)
            if inner is not None:
                return wrapped(inner, ts, level, app, host, attrs)
        elif msg[:1] == "(" and app in CRON_PROGRAMS:
            inner = cron_line(msg)
            if inner is not None:
                return wrapped(inner, ts, level, app, host, attrs)
        elif msg[:1].isalpha() or msg[:2] in _RANKED:
            inner = dovecot(msg) if app == "dovecot" else _program_line(msg)
            if inner is not None:
                if inner.level is None and level is None:
                    inner = replace(inner, level=_message_level(inner.message))
                return wrapped(inner, ts, level, app, host, attrs)
        if msg[:1] == "<" and (angle := _ANGLE_LEVEL.match(msg)) is not None:
            said = angle["level"]
            level = level or _ANGLE_LEVELS.get(said, said)
            msg = msg[angle.end() :]
            if angle["epoch"]:
                ts = angle["epoch"]  # the same instant, to the 100 µs and zone-free
        elif msg[:5] == "debug" and (debug := _OPENSSH_DEBUG.match(msg)) is not None:
            level = "debug"
            attrs["verbosity"] = int(debug["verbosity"])
            msg = msg[debug.end() :]
        elif msg[:1] in _LOGSYS_HEAD and (qb := _logsys_subsystem(msg)) is not None:
            msg, subsystem, said = qb
            attrs["subsystem"] = subsystem
            level = level or said
        elif level is None:
            level = _message_level(msg)
        # Positional (message, timestamp, level, service, host, logger, trace id, exception,
        # attributes): once per syslog line, and keywords cost twice as much.
        return ParsedFields(msg, ts, level, app, host, None, None, None, attrs or None)

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """The message of `line` when it is an entry of the same host, program and pid as the
        open event's first line (`opened`) that goes on that event's trace (`multiline.
        continues_trace`, asked with the message of `previous`, the line before, which must be
        the same program's too): a traceback the journal got one line per entry."""
        if opened is None or previous is None:
            return None
        head = _entry_head(opened)
        if head is None:
            return None
        prefix, opened_msg = head
        at = line.find(prefix, 0, len(prefix) + _MAX_TIME_CHARS)
        if at < 0:
            return None
        if previous == opened:
            previous_msg = opened_msg
        else:
            before = previous.find(prefix, 0, len(prefix) + _MAX_TIME_CHARS)
            if before < 0:
                return None
            previous_msg = _message_after(previous, before + len(prefix))
        msg = _message_after(line, at + len(prefix))
        if (cut := msg.find(": ... ", 0, 400)) > 0:
            # A long message cut in two, its rest under the same prefix after `... `
            # (rtpengine's `WARNING: [call-id]: ... 203.0.113.50ee]`): the event's own.
            shared = msg[: cut + 2]
            if opened_msg.startswith(shared) and previous_msg.startswith(shared):
                m = _RFC3164.match(line)
                return msg[cut + 2 :] if m is not None and m.start("host") == at + 1 else None
        if msg.startswith(_VMWARE_CONTINUATION):
            m = _RFC3164.match(line)
            return msg if m is not None and m.start("host") == at + 1 else None
        if opened_msg.startswith(_OSLO_LEVELS):
            # DevStack's oslo.log writes its exception prefix (`ERROR nova.x [instance: <uuid>]
            # `) before each line of the traceback: the trace is what follows it.
            trace = pylogging.oslo_trace_line(msg, opened_msg)
            if trace is not None:
                previous_trace = pylogging.oslo_trace_line(previous_msg, opened_msg)
                msg, previous_msg = (
                    trace,
                    previous_trace if previous_trace is not None else previous_msg,
                )
        elif opened_msg[:1] == "[" and (tag := _COLUMN_TAG.match(opened_msg)) is not None:
            # The balena supervisor writes its tag before each line of a stack (`[error]
            # Target state poll failed ...`, `[error]         at ClientRequest...`): the trace
            # is what follows the tag's column.
            column, head = tag.end(), opened_msg[: tag.end("tag") + 1]
            if msg.startswith(head) and previous_msg.startswith(head):
                msg, previous_msg = msg[column:], previous_msg[column:]
                opened_msg = opened_msg[column:]
        if not continues_trace(msg, opened_msg, previous_msg):
            return None
        m = _RFC3164.match(line)  # the text before the program is a syslog time, not any text
        return msg if m is not None and m.start("host") == at + 1 else None

    def _parse_5424(self, m: re.Match[str]) -> ParsedFields | None:
        attrs: dict[str, object] = {}
        level = _pri(m.group("pri"), attrs)
        if level == "":
            return None
        rest = m.group("rest") or ""
        split = parse_structured_data(rest) if rest else (None, "")
        if split is None:
            return None
        sd, msg = split
        if msg.startswith("\ufeff"):  # RFC 5424 marks UTF-8 messages with a BOM
            msg = msg[1:]
        ts = m.group("ts")
        host = m.group("host")
        app = m.group("app")
        procid = m.group("procid")
        msgid = m.group("msgid")
        if procid != "-":
            attrs["pid"] = number(procid) if procid.isdigit() else procid
        if msgid != "-":
            attrs["msgid"] = msgid
        if sd:
            attrs["structured_data"] = sd
        ts = None if ts == "-" else ts
        app = None if app == "-" else app
        host = None if host == "-" else host
        inner = None
        if app == "kernel" and " OUT=" in msg:
            # The kernel's packet log as rsyslog forwards it in RFC 5424 (RSYSLOG_SyslogProtocol23
            # Format, syslog-ng's syslog() destination): read as the RFC 3164 form is.
            inner = packet_log(msg)
        if inner is None and msg[:1].isdigit():
            inner = _firewall_record(app, msg)
        if inner is None and msg[:1] in _INNER_HEAD:
            inner = _inner(msg, level)
        elif inner is None and msg[:1].isalpha():
            if msg[:1] in "CL" and msg.startswith(_SECURITY_EVENTS):
                inner = cef_fields(msg)
            else:
                inner = _daemon_line(msg)
        if inner is not None:
            return wrapped(inner, ts, level, app, host, attrs)
        return ParsedFields(
            message=msg, timestamp=ts, level=level, service=app, host=host, attributes=attrs or None
        )


# The longest text before the host: a PRI and an ISO time with nanoseconds and an offset.
_MAX_TIME_CHARS = 48


@lru_cache(maxsize=64)
def _entry_head(line: str) -> tuple[str, str] | None:
    """The text of a syslog line from the blank before its host to the colon after its program
    and pid (` web-1 myapp[4567]:`), and its message; None for a line that names no program.
    Cached: every line after an event's first is compared with it while the event is open."""
    if not line or line[0] not in _HEAD_CHARS:
        return None
    m = _RFC3164.match(line)
    if m is None:
        return None
    rest = m.group("rest")
    t = _TAG.match(rest)
    if t is None:
        return None
    colon = m.start("rest") + t.start("msg") - 1
    if line[colon] != ":":  # the blank after it
        colon -= 1
    return line[m.start("host") - 1 : colon + 1], t.group("msg")


def _message_after(line: str, end: int) -> str:
    """The message of a syslog line whose program's colon ends at `end` (one blank after it)."""
    return line[end + 1 :] if line[end : end + 1] == " " else line[end:]


_INNER_FORMATS = (jsonl.FORMAT, haproxy.FORMAT, pylogging.FORMAT, log4j.FORMAT, generic.FORMAT)


_RANK = {level: i for i, level in enumerate(LEVELS)}


def application_line(msg: str, level: str | None = None) -> ParsedFields | None:
    """The fields of an application's own line carried inside another log's line (syslog's,
    Heroku's), if one of the formats that start with a date or a JSON record reads it; `level`
    is the envelope's (`_inner`)."""
    return _inner(msg, level) if msg[:1] in _INNER_HEAD else None


# Cisco IOS, IOS XE, NX-OS and ASA messages: `%FACILITY-SEVERITY-MNEMONIC: text` (ASA's
# `%ASA-4-106023:`, NX-OS's `%ETHPORT-5-IF_DOWN_LINK_FAILURE:`, a subfacility in IOS XE's
# `%LINK-SW1-3-UPDOWN:`), after the device's own time (`Jun 11 06:00:01.118:`, `*` when its
# clock is not set, `.` when not in sync; with `service sequence-numbers` a count before it,
# which syslog takes for a program's name; NX-OS's year first and its name after it, the year
# taken for a program's name). The severity is syslog's, 0 to 7; the message
# keeps its mnemonic, the kind of event, and loses the device's time.
_CISCO = re.compile(
    r"(?:[*.]?(?:\d{4} )?[A-Z][a-z]{2} +\d{1,2}(?: \d{4})? \d\d:\d\d:\d\d(?:\.\d{1,6})?"
    r"(?:(?: [A-Z]{2,5})?: | [^\s:%]{1,255} ))?"
    r"(?=%[A-Z][A-Z0-9_]{0,31}-(?:[A-Z0-9_]{1,32}-)?[0-7]-[A-Z0-9_]{1,64}: )"
)
# IOS XR's head after the sequence number: the node that logged, glued to its time, then the
# process and its pid (`RP/0/RSP0/CPU0:Jun  7 06:00:25.828 UTC: snmpd[1130]: %SNMP-...`), and
# a blank before the mnemonic's colon.
_IOS_XR = re.compile(
    r"(?P<node>[A-Z0-9]{1,16}(?:/[A-Z0-9]{1,16}){2,4}):[A-Z][a-z]{2} +\d{1,2} "
    r"\d\d:\d\d:\d\d(?:\.\d{1,6})?(?: [A-Z]{2,5})?: (?P<process>[\w.-]{1,64})\[\d{1,10}\]: "
    r"(?=%[A-Z][A-Z0-9_]{0,31}-(?:[A-Z0-9_]{1,32}-)?[0-7]-[A-Z0-9_]{1,64} ?: )"
)
_CISCO_HEAD = frozenset("%*.ADFJMNOS0123456789")  # a mnemonic; a device time's mark, month, year


def _cisco(app: str | None, msg: str) -> tuple[str | None, str, int] | None:
    """(program, message, severity) of a Cisco message (`_CISCO`), or None: a sequence number
    read as the program is none, and a mnemonic read as one goes back to the message."""
    if app and app[:1] == "%":
        msg, app = f"{app}: {msg}", None
    if msg[:1].isupper() and (xr := _IOS_XR.match(msg)) is not None:
        # IOS XR's: the node, its time, then the process (its name the program's).
        msg = msg[xr.end() :]
        severity = MNEMONIC_SEVERITY.match(msg)
        return xr["process"], msg, int(severity["sev"])  # type: ignore[index]
    m = _CISCO.match(msg)
    if m is None:
        return None
    if app and app.isdigit():
        app = None
    msg = msg[m.end() :]
    severity = MNEMONIC_SEVERITY.match(msg)
    return app, msg, int(severity["sev"])  # type: ignore[index]


# OpenThread's log (otbr-agent's, in the journal): the time since the process started, days
# first past one (`2d.22:07:47.086`), the level's letter, the module padded with dashes:
# `08:18:42.714 [N] MeshForwarder-: ...`. The uptime is no time of day: the entry's time is.
_OPENTHREAD = re.compile(
    r"(?P<uptime>(?:\d{1,5}d\.)?\d\d:\d\d:\d\d\.\d{3}) \[(?P<level>[CWNIDG-])\] "
    r"(?P<module>[A-Za-z][\w]{0,31})-*: "
)
_OPENTHREAD_LEVELS = {"C": "critical", "W": "warning", "N": "notice", "I": "info", "D": "debug"}


def _inner(msg: str, level: str | None = None) -> ParsedFields | None:
    """The fields of an application's own log line carried as a syslog message, if one of the
    formats that start with a date (or a JSON record) reads it.

    A line that writes its own level keeps it (journald sends a service's stdout at `info`,
    whatever level its lines say). A format that writes none and has its level judged from the
    outcome (`level_from_outcome`: HAProxy's traffic, whose status and termination state say
    how it went) takes the envelope's `level` when that is more severe: it is the level the
    program sent the line at (HAProxy's `option log-separate-errors` sends failed sessions at
    `err`, whatever their status)."""
    if msg[0].isdigit() and (thread := _OPENTHREAD.match(msg)) is not None:
        level = _OPENTHREAD_LEVELS.get(thread["level"])
        attrs = {"uptime": thread["uptime"]}
        return ParsedFields(
            msg[thread.end() :], None, level, logger=thread["module"], attributes=attrs
        )
    if msg[0] == "[":
        bracketed = _BRACKETED_LEVEL.match(msg)
        if bracketed is not None and msg[bracketed.end() : bracketed.end() + 1] != "[":
            # Elixir's Logger in the journal (Pleroma's `[info] GET /api/v1/...`): the level
            # (a bracket after it is another head's: ROS 2's `[INFO] [time] [node]: `)
            return ParsedFields(msg[bracketed.end() :], None, bracketed["level"])
        if not msg[1:2].isdigit():
            return generic.rcutils(msg)  # ROS 2's `[node-3] [INFO] [time] [node]: ...`
        if (server := postgres.syslog_message(msg)) is not None:
            return server  # PostgreSQL's `[3-1] LOG:  ...`
    elif (charon := generic.thread_subsystem(msg)) is not None:
        return charon  # strongSwan's charon: `08[IKE] <rw|3> ...`
    for fmt in _INNER_FORMATS:
        fields = fmt.parse(msg)
        if fields is not None:
            if (
                level in _RANK
                and getattr(fmt, "level_from_outcome", False)
                and _RANK[level] > _RANK.get(fields.level, -1)
            ):
                fields = replace(fields, level=level)
            return fields
    if msg[0] == "[":
        return unbound_syslog(msg)  # Unbound's `[pid:thread] type: ` before its message
    return None


def journal_message(app: str | None, msg: str) -> ParsedFields | None:
    """The fields of a program's own line that a journal entry carries as its MESSAGE
    (`journalctl -o json`), read as the message of that program's syslog line is (an
    application's dated line, a Go daemon's logfmt or klog header, Dovecot's prefix), or None
    for plain text. The entry's own time (to the microsecond, in UTC) stands: the line's is
    kept as the attribute `time`."""
    c = msg[:1]
    if c in _INNER_HEAD:
        inner = _inner(msg) or _ranked(msg)
    elif c.isalpha() or msg[:2] in _RANKED:
        inner = dovecot(msg) if app == "dovecot" else _program_line(msg)
    elif c == "(" and app in CRON_PROGRAMS:
        return cron_line(msg)
    else:
        return None
    if inner is None or inner.timestamp is None:
        return inner
    return replace(
        inner, timestamp=None, attributes={**(inner.attributes or {}), "time": inner.timestamp}
    )


# A time that says when anywhere: a date and a zone (logrus' `2024-05-01T12:00:01.234000000Z`,
# slog's `2024-05-01T14:00:01.234+02:00`), or seconds since the epoch (go-kit's `ts=` option).
_ZONED_TIME = re.compile(
    r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)\Z"
    r"|\d{10}(?:\.\d{1,9})?\Z"
)


# How Kamailio's stderr lines start (` 5(2215) INFO: ...`, `13(2223) ...`): its process's
# rank, padded to two.
_RANKED = frozenset(f" {d}" for d in "0123456789")


def _ranked(msg: str) -> ParsedFields | None:
    """Kamailio's line whose rank has two digits (`13(2223) ERROR: ...`), or a tag padded to
    its column in brackets (`_column_tag`), or None."""
    if msg[:1] == "[":
        return _column_tag(msg)
    return sip_router(msg) if msg[2:3] == "(" else None


# A word in brackets padded to a column with blanks after it, before the message: the balena
# supervisor's `[info]    `, `[error]   `, `[api]     ` (a level, or the part that logged).
_COLUMN_TAG = re.compile(r"\[(?P<tag>[a-z][a-z-]{1,15})\] {2,}(?=\S)")


def _column_tag(msg: str) -> ParsedFields | None:
    """A message after its padded tag (`_COLUMN_TAG`): at the tag's level when it names one,
    else under it as the logger; a request's line under it is the request."""
    m = _COLUMN_TAG.match(msg)
    if m is None:
        return None
    tag, rest = m["tag"], msg[m.end() :]
    if tag in LEVEL_ALIASES:
        return ParsedFields(rest, None, tag)
    return _with_request(ParsedFields(rest, None, None, None, None, tag))


def _program_line(msg: str) -> ParsedFields | None:
    """A program's own prefix on its message (Kamailio's, `sip_router`; Pulp's, `_correlated`),
    or a Go daemon's line (`_daemon_line`); None for other text."""
    inner = sip_router(msg)
    if inner is None and msg.find(" [", 1, 34) > 0:
        inner = _correlated(msg)
    if inner is None and msg.find("): ", 4, 80) > 0 and (zig := _ZIG_LOG.match(msg)):
        # Zig's std.log default: `level(scope): message` (TigerBeetle's)
        return ParsedFields(msg[zig.end() :], None, zig["level"], logger=zig["scope"])
    if inner is None and msg[:1].isalpha():
        inner = _daemon_line(msg)
    if inner is None and msg[:1].isupper() and (said := _CAPITAL_LEVEL_COLON.match(msg)):
        # Python's SysLogHandler under `%(levelname)s: %(message)s` (Back In Time's)
        return ParsedFields(msg[said.end() :], None, LEVEL_ALIASES.get(said["level"].lower()))
    return inner


# A level's name in capitals and a colon opening the message (not PostgreSQL's `ERROR:  `,
# two blanks, whose statement the line goes on to give).
_CAPITAL_LEVEL_COLON = re.compile(r"(?P<level>DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL): (?! )")


# Go's log package with the level as its prefix (`log.SetPrefix`), then its date and time:
# Receptor's `INFO 2024/06/07 07:10:34 Known Connections:` in the journal.
_LEVEL_THEN_GO_DATE = re.compile(
    r"(?:DEBUG|INFO|NOTICE|WARNING|WARN|ERROR|FATAL|PANIC) \d{4}/\d\d/\d\d \d\d:\d\d:\d\d"
)

# A level in brackets opening the message, then the message: Elixir's Logger under systemd
# (`$metadata[$level] $message`, no time: the journal's), and any `[WARN] ...` alike; not a
# tag padded to its column (the balena supervisor's `[error]   `, `_COLUMN_TAG`'s).
_BRACKETED_LEVEL = re.compile(
    r"\[(?P<level>(?i:debug|info|notice|warn|warning|error|critical|alert|emergency))\] (?! )"
)

# winston's (Node's commonest logger) npm levels before its `simple` format's message; not
# `error: ` and `debug: `, which other programs write as words of their message (OpenSSH's
# `error: kex_exchange_identification: ...`, kept as it always was).
_WINSTON_LEVEL = re.compile(r"(?P<level>warn|info|http|verbose|silly): ")

# Pulp's services (and their gunicorn's access log) prefix each line with the app's name and the
# request's correlation id, then write Python's `%(name)s:%(levelname)s: %(message)s` (`pulp
# [d4cbe6cc...]: pulpcore.tasking.pulpcore_worker:INFO: Starting task ...`) or a request's
# record (`pulp [...]: 127.0.0.1 - admin [07/Jun/2024:06:05:04 +0000] "POST /x HTTP/1.0" 202`).
_CORRELATED = re.compile(r"[a-z][\w-]{0,31} \[(?P<cid>[0-9a-f]{16,64}|None)\]: ")
_ZIG_LOG = re.compile(r"(?P<level>error|warning|info|debug)\((?P<scope>[a-z_][\w.]{0,63})\): ")
_NAME_COLON_LEVEL = re.compile(
    r"(?P<logger>[A-Za-z_][\w.]{0,127}):(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL): "
)


def _correlated(msg: str) -> ParsedFields | None:
    """A line after an app's name and correlation id (`_CORRELATED`), or None."""
    m = _CORRELATED.match(msg)
    if m is None:
        return None
    attrs: dict[str, object] = {} if m["cid"] == "None" else {"correlation_id": m["cid"]}
    rest = msg[m.end() :]
    named = _NAME_COLON_LEVEL.match(rest)
    if named is not None:
        logger, level = named["logger"], named["level"]
        return ParsedFields(rest[named.end() :], None, level, logger=logger, attributes=attrs)
    fields = ParsedFields(rest, None, None, attributes=attrs)
    request = headed_request(rest)
    return fields if request is None else under_header(fields, request)


def _daemon_line(msg: str) -> ParsedFields | None:
    """The fields of a Go daemon's own line carried as the message (module docstring): klog's
    header or logfmt pairs, which start with a letter where other applications' lines start with
    a date.

    The journal's (or syslogd's) time is when it received the line, within milliseconds of the
    daemon's, and says its zone where journalctl prints one; the daemon's time is used only when
    it says its date and zone too (logrus', slog's RFC 3339). klog's has neither year nor zone
    (`E0501 12:00:02.345000`, the host's local time): read in another zone than the host's it
    would move the event by hours, so it is kept as the attribute `time`, the envelope's stands.
    """
    c = msg[0]
    if c in _KLOG_LEVELS and msg[1:2].isdigit():
        inner = klog.FORMAT.parse(msg)
    elif msg.startswith(_OSLO_LEVELS) and (oslo := pylogging.oslo_untimed(msg)) is not None:
        return oslo  # DevStack's OpenStack services: oslo.log's line without its time
    elif "/" in msg[5:18] and _LEVEL_THEN_GO_DATE.match(msg) is not None:
        inner = generic.FORMAT.parse(msg)  # Go's log package under a level prefix (Receptor's)
    elif msg.find(" [", 4, 7) > 0 and (java := log4j.FORMAT.parse(msg)) is not None:
        inner = java  # Dropwizard's `%-5p [%d] %c: %m`, the level first
    elif msg.find(": ", 3, 9) > 0 and (winston := _WINSTON_LEVEL.match(msg)) is not None:
        # winston's default format, `${level}: ${message}`: a Node service's line (Volumio's)
        return ParsedFields(msg[winston.end() :], None, winston["level"])
    elif "=" in msg[:64]:
        # audisp-syslog forwards the audit daemon's records (`node=web-1 type=AVC msg=audit(
        # 1714564801.123:42): avc: denied ...`): pairs too, but audit's own reading's.
        audit_record = "msg=audit(" in msg[:96]
        inner = (audit if audit_record else logfmt).FORMAT.parse(msg)
    else:
        return None
    if inner is None or inner.timestamp is None:
        return inner
    ts = inner.timestamp
    if type(ts) is str and _ZONED_TIME.match(ts) is not None:
        return inner
    return replace(inner, timestamp=None, attributes={**(inner.attributes or {}), "time": ts})


def _firewall_record(app: str | None, msg: str) -> ParsedFields | None:
    """A firewall's CSV record as a syslog message (`firewalls.py`): PAN-OS's, with no tag or
    any; pfSense's and OPNsense's packet filter's under `filterlog`."""
    if app == "filterlog":
        return filterlog_fields(msg)
    return panos_fields(msg)


# GNUstep's NSLog: the pid in brackets after the program's name and a blank.
_NSLOG_PID = re.compile(r"\[(?P<pid>\d{1,10})\]: ")


def _with_request(fields: ParsedFields) -> ParsedFields:
    """`fields`, or the request record its message holds (`access.headed_request`), an
    access log's line or a bare `GET /path 200`: asked of a message under a program's own
    head (NSLog's, a padded tag), which says it is that program's request log."""
    msg = fields.message
    if (("HTTP/" in msg and '" ' in msg) or opens_with_request(msg)) and (
        request := headed_request(msg)
    ) is not None:
        return under_header(fields, request)
    return fields


def wrapped(
    inner: ParsedFields,
    ts: str | None,
    level: str | None,
    app: str | None,
    host: str | None,
    attrs: dict[str, object],
    logger: str | None = None,
) -> ParsedFields:
    """`inner`, the application's line, with what the log around it (syslog's, Heroku's) knows
    that it does not."""
    if inner.attributes:
        attrs = {**attrs, **inner.attributes}
    return ParsedFields(
        inner.message,
        inner.timestamp if inner.timestamp is not None else ts,
        inner.level if inner.level is not None else level,
        inner.service or app,
        inner.host or host,
        inner.logger or logger,
        inner.trace_id,
        inner.exception_text,
        attrs or None,
        inner.template,
    )


def weak_readings(lines: list[str]) -> tuple[frozenset[str], list[str]]:
    """Of lines syslog reads: the hosts its firm readings name (a pid, a PRI, a month-name
    time), and the lines only its weak reading takes under other hosts."""
    hosts: set[str] = set()
    weak: list[str] = []
    for line in lines:
        fields = _STRICT.parse(line)
        if fields is not None:
            if fields.host is not None:
                hosts.add(fields.host)
        elif (fields := FORMAT.parse(line)) is not None:
            weak.append(line)
    return frozenset(hosts), [
        line for line in weak if (f := FORMAT.parse(line)) is None or f.host not in hosts
    ]


def without_weak_readings(hosts: frozenset[str]) -> SyslogFormat:
    """Syslog without its weak reading but under `hosts`: for a file that is not mostly
    rsyslog's file layout (`registry.detect`)."""
    return never_raising(SyslogFormat(bare_iso=False, hosts=hosts))


FORMAT = SyslogFormat()
_STRICT = never_raising(SyslogFormat(bare_iso=False))
