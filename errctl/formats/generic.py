"""The fallback for plain text files: a line that starts with a timestamp, optionally followed by
a level word (optionally bracketed, optionally after a numeric pid), then the message (MySQL's
error code and subsystem after it go to attributes); NLog's `time|LEVEL|logger|message` and
Rust's env_logger `[time LEVEL target] message` name the logger too (Serilog's console sink,
`[time LVL] message`, only the level; Jellyfin's `[time] [LVL] [thread] Context: message`
the thread and logger), Rust's tracing (`time  INFO spans{..}: target::path: message`: Vector's)
its target as the logger, as MongoDB's text log
(`E QUERY    [conn12] message`, before 4.4) its component, spdlog's bracketed fields
(`[time] [name] [info] message`; Envoy's `[time][thread][info][name] [file:line] message`) its
logger, thread and caller (TiDB's and TiKV's `[time] [INFO] [file.go:12] ["message"] [key=value]`
its message and fields too: formats.unified_fields), Gitea's (`time file.go:12:func() [I]
message`) its caller, Go's zap console encoder (`time\tLEVEL\tcaller\tmessage\t{fields}`) its
caller and fields (the logger's name before the caller, or alone: Caddy's console), Istio's
proxy and istiod (`time\tlevel\tscope\tmessage\tkey=value`) the scope, as the logger, Elixir's
Logger (`time request_id=F1a2 [error] message`) its metadata, RabbitMQ's and Erlang's Lager
(`time [info] <0.228.0> message`) the Erlang process, Go's zerolog console (`time ERR
file.go:12 > message key=value`: Traefik's) its caller and fields, Go's log with `Lshortfile`
or `Llongfile` (`time file.go:12: message`, `time file.go:12: LEVEL: message`) its caller.
vSphere's services (`time verbose vpxd[123] [Originator@6876 sub=X opID=Y] message`, and the
older `[thread level 'module' opID=Y]`) name
the service or module, ESXi's vmkernel (`time cpu7:35233)WARNING: message`) its CPU and world.
CUPS's error log puts its level's letter before the time (`E [08/Jun/2024:11:28:58 -0700] msg`)
and syncthing a bracketed prefix (`[K3QZ7] time INFO: message`: its device's id), zigbee2mqtt
its name and level (`Zigbee2MQTT:info  time: message`: `daemon_headers.zigbee2mqtt`). CoreDNS
writes no time at all, only its level and plugin (`[ERROR] plugin/errors: message`), and
HAProxy on its stderr its level and pid (`[ALERT]    (8) : message`: `daemon_headers.haproxy`,
with the day of the year and the time of day before 2.4). Suricata's
fast.log (`MM/DD/YYYY-HH:MM:SS.ffffff  [**] [gid:sid:rev] rule [**] ...`) is read by
`daemon_headers.ids_fast_alert`, its own suricata.log (`[pid] D/M/YYYY -- time - (file.c:N)
<Info> (Func) -- message` and its other releases' layouts) by `daemon_headers.suricata`, PBS's
and Torque's server and MOM logs
(`MM/DD/YYYY HH:MM:SS;0008;PBS_Server.1234;Job;42.host;message`) by `daemon_headers.pbs`,
Samba's debug log (`[time,  0] ../source3/smbd/server.c:12(main)`, the message on the lines
below; Synology's `../source3/smbd/open.c:12: [time, all 2, pid=9] func`) by
`daemon_headers.samba` and `samba_synology`, Ceph's daemon and cluster logs (`time 7f39862b6700
-1 osd.2 ...`, `time mon.a (mon.0) 12 : cluster [WRN] ...`; in a container after `debug ` or
`audit `) by `daemon_headers.ceph`, OpenLDAP slapd's debug
output (`5f38f241 conn=1000 ...`, 2.5's `63dfb0d3.12f6f6cf 0x7f.. ...`: hex times) by
`daemon_headers.slapd`, ClickHouse's server log (`2024.02.19 11:04:27.318545 [ 48213 ] {query}
<Debug> source: message`) by `daemon_headers.clickhouse`, Zabbix's daemons' logs
(`pid:YYYYMMDD:HHMMSS.mmm message`, the pid padded with blanks) by `daemon_headers.zabbix`,
FreeRADIUS's radius.log (`ctime :
Auth: message`, the type the logger) by `daemon_headers.freeradius`, ProFTPD's system log
(`time host proftpd[pid] server (client[addr]): message`) by `daemon_headers.proftpd`,
Corosync's log file (libqb's `time [pid] host program priority [SUBSYS] message`) by
`daemon_headers.logsys`. A process id in brackets before the time (NATS server's `[1]
2024/05/01 10:00:00.123456 [INF] message`) is an attribute.
BIND's named (`time category: severity: message`, with its `print-category` and
`print-severity`) names the category as the logger, Dovecot's log file (`time
imap(user)<pid><session>: Info: message`) the service, its prefix's rest an attribute. A CI
job's log (GitHub Actions', Azure Pipelines') gives a line's level as a workflow command,
`##[error]Process completed with exit code 1.`; the command stays in the message. macOS's
`log show` (`time 0x1a2b Error 0x0 123 0 process: (image) [subsystem:category] message`) names
the process as the service and the subsystem, else the image, as the logger. Windows' CBS.log
and dism.log (`time, Level<padding> CBS    message`) name the component as the logger (CSI's
line number and time attributes), an app's `time|component|pid|message` (Android health apps)
the component and pid, Slurm's slurmstepd (`[time] [1234.batch] error: message`) the job step,
and Proxifier's log (`[MM.dd HH:mm:ss] program - message`, read before the others, as its time
is none of theirs) the program as the service. Squid's cache.log (`time kid1| message`) names
the process that wrote the line, an attribute. OpenVPN's `us=401234` after the time (`--verb
4` and up) is the time's microseconds. A Go log.Logger's prefix before its date (`INFO:
2009/11/10 23:00:00 msg`, `http: 2026/12/04 ...`) is the level or the logger; HTCondor's
`(pid:N) (D_ALWAYS) `, ArangoDB's `[6a82f] {cluster} ` after the level, Plex's thread address
and level (`[0x7f3a5a17cf05] INFO - `), and Bacula's and Bareos' job messages (`bareos-dir
JobId 1181: Error: `: the daemon the service) are attributes, logger and level. TigerVNC's
log (a time alone, its LogWriters' ` Name: message` lines under it) by `rfb_log`, in a file
whose start shows it.

Owns `GenericFormat` and the module instance `FORMAT` (name "generic"). The timestamp may be
ISO-like, syslog-like, any layout of `timestamps.LAYOUTS`, a 10/13/16/19-digit epoch, or any of
those in `[...]` brackets; it is checked with `parse_timestamp`, so a line that merely starts
with digits is not a header. Lines without a leading timestamp (or CUPS's letter, or syncthing's
prefix, before it; or CoreDNS's bracketed level) are rejected: that is what lets framing treat
them as continuations of the event above.
"""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import orjson

from errctl.formats.access import headed_request, request_record, under_header
from errctl.formats.base import yearless_stamp
from errctl.formats.daemon_headers import (
    LOG_ID_TOPIC,
    asterisk,
    ceph,
    ceph_stderr_prefix,
    clickhouse,
    datadog_agent,
    duplicati,
    freeradius,
    freeradius_debug,
    freeradius_debug_file,
    haproxy,
    ids_fast_alert,
    level_bar_time,
    log_id_topic,
    logsys,
    pbs,
    proftpd,
    prosody,
    samba,
    samba_synology,
    slapd,
    slapd_24_file,
    sssd,
    suricata,
    tarantool,
    unbound,
    vertica,
    zabbix,
    zellij,
    zigbee2mqtt,
)
from errctl.formats.jvm_unified import jvm_unified
from errctl.formats.levels import (
    LEVEL_ALIASES,
    mnemonic_level,
    normalize_level,
    syslog_severity_level,
)
from errctl.formats.nestjs import nestjs
from errctl.formats.pfxlog import pfxlog_line
from errctl.formats.prefixed_formatter import parenthesized_pairs, prefixed_fields
from errctl.formats.repeated_header import continued_line
from errctl.formats.rfb_log import rfb_log_file, rfb_log_line
from errctl.formats.rust_tracing import tracing_event, uptime_line
from errctl.formats.sanic import legacy_access as sanic_legacy_access
from errctl.formats.sanic import sanic
from errctl.formats.structlog_console import console_event
from errctl.formats.timestamps import match_timestamp_prefix, parse_timestamp
from errctl.formats.tracing_forest import TREE_DRAWING as _TREE_DRAWING
from errctl.formats.tracing_forest import tree_line
from errctl.formats.twisted import is_offset_time, is_utc_time, twisted_line, twisted_system
from errctl.formats.unified_fields import unified_fields
from errctl.formats.zerolog import LEVELS as ZEROLOG_LEVELS
from errctl.formats.zerolog import zerolog_fields
from errctl.models import ParsedFields

# Misskey's logger after the time: its level's four letters, the worker (`*` the primary),
# the context's names in brackets, tabs between.
_MISSKEY = re.compile(
    r" (?P<level>ERR |WARN|DONE|VERB|INFO) (?P<worker>\*|\d{1,4})"
    r"\t\[(?P<context>[^\]\t]{1,256})\]\t"
)
_MISSKEY_LEVELS = {
    "ERR ": "error",
    "WARN": "warning",
    "DONE": "info",
    "VERB": "debug",
    "INFO": "info",
}
# A header of a time, bracketed context and a level alone, padded (`%-5level%n`): Zeebe's
# `2024-06-07 06:02:09.616 [Broker-0] [zb-actors-1] [StreamProcessor-1] INFO `, its logger
# and message indented on the next line (`_LOGGER_BELOW`).
_CONTEXT_THEN_LEVEL = re.compile(
    r"(?P<context>(?: \[[^\]\[]{0,128}\]){1,6}) (?P<level>TRACE|DEBUG|INFO|WARN|ERROR|FATAL) *"
)
_LEVEL_LAST_END = frozenset(" EGORNL")  # (the levels' last letters, or the padding)
_LOGGER_BELOW = re.compile(
    r"[ \t]{2,}(?P<logger>[A-Za-z_$][\w$]*(?:\.[\w$]+)+) - (?P<msg>.*)", re.S
)
# The character after a level padded to five after a blank (`  INFO `, ` ERROR `), or after
# `WARNING`'s first five letters (`prefixed_formatter`).
_PADDED_LEVEL_END = frozenset(" N")

# After the timestamp: separators (a comma too: Windows CBS logs write `2016-09-28 04:30:30, Info`;
# an arrow: ClamAV's `... 2024 -> WARNING: message`; two colons on either side of the level,
# as Python's logging writes a `%(asctime)s :: %(levelname)s :: %(message)s` format: LibreNMS's
# poller and discovery wrappers),
# an optional process or thread id, bare or bracketed (HDFS `081109 203615 148 INFO`,
# PostgreSQL `... UTC [1234] ERROR:`, MySQL `...Z 0 [ERROR]`, Icecast's four letters `DBUG`,
# `EROR`), then an optional level word alone
# or in brackets/braces, perhaps after the module that logged it (Apache 2.4's `[proxy:error]`;
# Yate's `<sip:WARN>`, and a channel's `<sip/136:WARN>`).
# The leading blanks are possessive (`*+`): what follows them never starts with a blank, and
# giving them back one by one made a long run of tabs a hundred times slower.
_LEVEL_AFTER = re.compile(
    r"[ \t]*+(?:(?:->|::|[|\-:,])[ \t]*+)?"
    r"(?:(?:(?P<pid>\d{1,10})|\[(?P<bpid>\d{1,10})\])[ \t]+)?"
    r"(?:(?P<open>[\[(<{*])[ \t]*(?:[\w./-]{1,64}:){0,2}(?P<blevel>[A-Za-z]{1,11})[ \t]*[\])>}*]"
    r"|(?P<level>(?i:trace|debug[1-5]|debug|info|notice|warn|warning|warni|error|err|crit|criti"
    r"|critical|fatal|severe|alert|emerg|panic|dbg|dbug|debg|debu|fata|inf|wrn|eror|erro"
    r"|ddebug|subdebug))"
    r"(?![\w.\-/=]))"
    r"[ \t]*(?:(?:::|[|:\-])[ \t]+|[ \t]*)"
)


# The time and the level in one pair of brackets: Minecraft Bedrock's dedicated server
# (`[2024-06-07 06:00:14:549 INFO] Player connected: ...`, its milliseconds after a colon).
_TIME_LEVEL_BRACKET = re.compile(
    r"\[(?P<ts>\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,:]\d{1,9})?) "
    r"(?P<level>TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL)\] "
)
# The module in brackets, then the level in capitals and a colon: Open5GS's and NextEPC's
# ogs_log (`06/07 06:02:21.146: [amf] INFO: InitialUEMessage (../src/amf/ngap-handler.c:401)`).
# ... or padded in its brackets, then the level's letter in brackets: srsRAN's
# (`2024-06-07T05:58:40.118150 [GNB     ] [W] CPU0 scaling governor is not set ...`).
_BRACKETED_LOGGER_LEVEL = re.compile(
    r"\[(?P<logger>[A-Za-z][\w.-]{0,31})"
    r"(?:\] (?P<level>FATAL|ERROR|WARNING|WARN|INFO|DEBUG|TRACE): | *\] \[(?P<letter>[DIWE])\] )"
)
# Kannel's (gwlib's): the process's and the thread's ids in brackets, then the level and a
# colon (`2024-06-07 07:20:45 [1873] [6] ERROR: SMPP[mno-a]: ...`).
_PID_THREAD_LEVEL = re.compile(
    r"\[(?P<pid>\d{1,10})\] \[(?P<thread>\d{1,10})\] (?P<level>DEBUG|INFO|WARNING|ERROR|PANIC): "
)
# MistServer's: the program, the stream it serves, its pid in parentheses, the message's kind
# and a colon (`[2024-06-07 06:02:38] MistOutHTTP:live+stage (36335) FAIL: onFail ...`). Its
# kinds past INFO are its debug levels; FAIL is its worst.
_PROGRAM_PID_KIND = re.compile(
    r"(?P<program>[A-Z][\w.-]{1,63})(?::(?P<stream>[^\s()]{1,128}))? \((?P<pid>\d{1,10})\) "
    r"(?P<kind>FAIL|ERROR|WARN|INFO|MEDIUM|HIGH|VERYHIGH|EXTREME|INSANE|DONTEVEN): "
)
_MIST_LEVELS = {
    "FAIL": "critical",
    **dict.fromkeys(("MEDIUM", "HIGH", "VERYHIGH", "EXTREME", "INSANE", "DONTEVEN"), "debug"),
}
# Project Zomboid's subsystem padded to its column and the epoch milliseconds after its level
# (`LOG  : Network     , 1717740151005> ConnectionManager: ...`); `LOG` its info.
_SUBSYSTEM_MILLIS = re.compile(
    r" ?(?:LOG  : )?(?P<subsystem>[A-Z][A-Za-z]{1,31}) *, (?P<millis>\d{13})> "
)
# libosmocore's (Osmocom's BSC, MSC, SGSN, ...) with `logging print category 1`, `level 1` and
# `file 1`: the category (`DRSL`, `DLGLOBAL`), the level and the source file and line
# (`20240607060001627 DRSL INFO abis_rsl.c:2093 (bts=2) CHAN RQD: ...`).
_OSMO_CATEGORY = re.compile(
    r"(?P<category>D[A-Z0-9]{1,15}) (?P<level>DEBUG|INFO|NOTICE|ERROR|FATAL) "
    r"(?P<caller>[\w.-]{1,64}\.c(?:pp)?:\d{1,6}) "
)
# The logger's name in a column of its own before the level's, each padded to its width
# (log4j's `[%d] %-10c %-5p %m`: Apache Jena Fuseki's `[2024-06-07 06:01:21] Fuseki     INFO
# [49865] GET ...`). Two blanks at least after the name: a column, not a sentence's first word.
_PADDED_LOGGER_LEVEL = re.compile(
    r"(?P<logger>[A-Za-z][\w.$-]{0,63}) {2,}(?P<level>TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)"
    r"(?: +|\Z)"
)


# A lower-case name padded to a column of its own after a padded level, then the message
# (FD.io VPP's log class: `2024/06/07 06:04:12:353 notice     plugin/load    Loaded plugin:`).
_PADDED_CLASS = re.compile(r"(?P<logger>[a-z][\w./-]{0,31}) {2,64}(?=\S)")


# Kill Bill's logback pattern after its time: the level, logger and thread, then the request's
# context (`xff`, `rId`, `tok`, `aRId`, `tRId`), each `key='value', `.
_QUOTED_HEAD_PAIRS = re.compile(
    r" lvl='(?P<level>[A-Z]{4,5})', log='(?P<logger>[^'\n]{0,256})', "
    r"th='(?P<thread>[^'\n]{0,256})', "
    r"(?P<pairs>(?:(?:xff|rId|tok|aRId|tRId)='[^'\n]{0,256}', )*)"
)
_QUOTED_PAIR = re.compile(r"(\w{1,16})='([^'\n]{0,256})'")
# Ocelot's (the .NET API gateway's) wrapper around each message it logs.
_OCELOT_REQUEST = re.compile(
    r"requestId: (?P<request>[^,\n]{1,128}), previousRequestId: (?P<previous>[^,\n]{1,128}), "
    r"message: '(?P<msg>.*)'\Z",
    re.S,
)
# A source file's Windows path and line, then a colon: where a C++ program logged.
_WINDOWS_CALLER = re.compile(
    r":?(?P<caller>[A-Za-z]:\\[^:\n]{1,512}\.(?:cpp|cc|cxx|c|hpp|h):\d{1,7}): "
)
# H3C Comware's log file: `%` and its time (milliseconds after a colon, the year after it),
# the device, then `MODULE/severity/MNEMONIC: `, and on a stacked or chassis device the slot
# that logged (`-Slot=2; `): `%Jun  7 06:30:04:632 2024 ACC-F1 IFNET/3/PHY_UPDOWN: ...`.
_COMWARE = re.compile(
    r"%(?P<month>[A-Z][a-z]{2}) +(?P<day>\d{1,2}) (?P<clock>\d\d:\d\d:\d\d):(?P<ms>\d{3}) "
    r"(?P<year>\d{4}) (?P<host>\S{1,64}) (?P<module>[A-Z][A-Z0-9_]{0,31})/(?P<sev>[0-7])/"
    r"(?P<mnemonic>[A-Z][A-Z0-9_]{0,63}): (?:-(?P<where>[A-Za-z]+=[^;\n]{1,64}); )?"
)


def _comware(line: str, m: re.Match[str]) -> ParsedFields:
    """A line of H3C Comware's log file (`_COMWARE`): the severity the level, the module the
    logger, the mnemonic and the slot attributes."""
    stamp = f"{m['month']} {m['day']} {m['year']} {m['clock']}.{m['ms']}"
    attrs = {"mnemonic": m["mnemonic"]}
    if m["where"]:
        attrs["slot"] = m["where"].partition("=")[2]
    level = syslog_severity_level(int(m["sev"]))
    return ParsedFields(
        line[m.end() :], stamp, level, None, m["host"], m["module"], None, None, attrs
    )


# A clock in parentheses opening the line, then the message.
_PAREN_CLOCK = re.compile(r"\((?P<clock>\d\d:\d\d:\d\d)\) (?=\S)")
# A PHP file and line in a tab-separated column after the time, then the message, perhaps
# opening with the error's constant.
_TAB_PHP_CALLER = re.compile(
    r"(?P<caller>[^\t\n]{1,512}\.php\(\d{1,7}\))\t(?:(?P<constant>E_[A-Z_]{4,20}): )?"
)
_PHP_ERROR_LEVELS = {
    "E_ERROR": "error",
    "E_USER_ERROR": "error",
    "E_RECOVERABLE_ERROR": "error",
    "E_WARNING": "warning",
    "E_USER_WARNING": "warning",
    "E_NOTICE": "notice",
    "E_USER_NOTICE": "notice",
    "E_DEPRECATED": "warning",
    "E_USER_DEPRECATED": "warning",
    "E_STRICT": "notice",
}
# A logger (of words), a colon and the level, then a Python file and line and a dash.
_NAME_LEVEL_FILE = re.compile(
    r"(?P<logger>[A-Za-z][\w.-]{0,63}(?: [A-Za-z][\w.-]{0,63}){0,3}):"
    r"(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL): "
    r"(?P<file>[\w.-]{1,128}\.py):(?P<lineno>\d{1,7}) - "
)
# VRage's thread after the time and a dash, an arrow before the message.
_THREAD_ARROW = re.compile(r"Thread: +(?P<thread>\d{1,6}) -> +")
# One capitalised word in brackets after the time, then the message (`_parse_header`).
_CAPITAL_TAG = re.compile(r"\[(?P<tag>[A-Z][a-z]{2,15}(?:[A-Z][a-z]{1,15}){0,2})\] (?=\S)")
# A program's name and its thread's id in brackets before the bracketed level (Kopano's).
_PROGRAM_THREAD = re.compile(r"\[(?P<program>[A-Za-z][\w.-]{0,63})\|T(?P<thread>\d{1,10})\] ")
# Jitsi's logger after its level (`%s %p: [%t] %s`, the source its class, method and line):
# `[28] [room=x@conference.meet.example.com] JitsiMeetConferenceImpl.joinTheRoom#437: `.
_JITSI_SOURCE = re.compile(
    r"\[(?P<thread>\d{1,10})\] (?:\[(?P<context>[^\]\n]{1,1024})\] )?"
    r"(?P<class>[A-Za-z_$][\w$]{0,127}(?:\.[A-Za-z_$][\w$]{0,127}){0,2})"
    r"\.(?P<method>[\w$<>-]{1,128})#(?P<lineno>\d{1,6}): "
)
# Couchbase Sync Gateway's log key after its bracketed level, then its context: the database,
# the collection and the request (`c:#41474`) or connection (`c:[3f2a9b1]`) it logs for.
_LOG_KEY_CONTEXT = re.compile(
    r"(?P<key>[A-Z][A-Za-z]{1,15}\+?): (?P<context>(?:(?:db|col|c):[^\s:]{1,128} )+)"
)
_CONTEXT_PAIR = re.compile(r"(db|col|c):(\S{1,128}) ")
_SGW_CONTEXT = {"db": "db", "col": "collection", "c": "context"}


# Python logging's logger, function and line joined by dots, then the thread, each followed by
# ` : ` (Mylar3's `mylar.search_init.412 : ThreadPoolExecutor-0_0 : `).
_CALLER_THEN_THREAD = re.compile(
    r"(?P<logger>[A-Za-z_]\w{0,63}(?:\.[A-Za-z_]\w{0,63}){0,8})\.(?P<function>[A-Za-z_<][\w<>]{0,127})"
    r"\.(?P<lineno>\d{1,6}) : (?P<thread>[^:\n]{1,64}?) : "
)


# Kometa's (Plex Meta Manager's) `[%(asctime)s] %(filename)-27s %(levelname)-10s | %(message)-100s
# |`, its file and line and its level each in brackets, padded: `[2024-06-07 10:00:56,048]
# [builder.py:3012]           [INFO]     | IMDb Top 250 Collection | = | Aliens (1986)      |`.
_FILE_LINE_LEVEL_BRACKETS = re.compile(
    r" \[(?P<file>[\w.-]{1,64}\.py):(?P<lineno>\d{1,6})\] +"
    r"\[(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL)\] +"
)


def _boxed_message(line: str, raw: str, m: re.Match[str]) -> ParsedFields:
    """A line under Kometa's head (`_FILE_LINE_LEVEL_BRACKETS`): the message out of its box,
    whose padding made a statement's template as many as its values had lengths; a box's
    border (`|====|`) stays as it is."""
    rest = line[m.end() :]
    # The message padded to its box's width between bars: the bars and the padding are the box's.
    boxed = rest[:2] == "| " and rest[-1:] == "|"
    message = rest[2:-1].rstrip(" ") if boxed else rest
    attrs = {"file": m["file"], "lineno": int(m["lineno"])}
    return ParsedFields(message, raw, m["level"], attributes=attrs)


# daemontools' TAI64N label, then a blank (multilog's `@400000006662a240392c5f55 new msg 1866949`,
# `timestamps.tai64n`).
_TAI64N_LABEL = re.compile(r"@4[0-9a-f]{23} ")


# A subsystem's name in brackets glued to the time's, then a colon (Teeworlds' and DDNet's
# `dbg_msg`: `[2024-06-07 06:00:09][server]: message`).
_SYSTEM_AFTER_TIME = re.compile(r"\[(?P<system>[A-Za-z][\w.-]{0,63})\]: ")
# A request's id in brackets glued to the time's, then the channel and its level (SnappyMail's
# and RainLoop's logger: `[2024-06-07 06:43:29.429][57d1d1e3] SERVICE[WARNING]: message`).
_REQUEST_CHANNEL_LEVEL = re.compile(
    r"\[(?P<request>[0-9a-f]{6,16})\] (?P<channel>[A-Za-z][\w-]{0,31})?"
    r"\[(?P<level>DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL|ALERT|EMERGENCY)\]: "
)


def _opens_a_sentence(line: str, m: re.Match[str]) -> bool:
    """Whether the bare level word `m` read is the first word of the message: capitalised as a
    sentence's first word (`Error`, not `ERROR` or `error`), one blank after it and a word in
    lower case next (Mosquitto's `Error creating bridge: ...`, `Critical section entered`,
    `Debug mode enabled`), where a logger that writes its levels so (NLog's `${level}`: `Info
    Starting server`) follows it with a message that opens with a capital, or pads it."""
    word = m["level"]
    end = m.end("level")
    return (
        word[0].isupper()
        and word[1:].islower()
        and line[end : end + 1] == " "
        and line[end + 1 : end + 2].islower()
    )


# PgBouncer's `time [pid] LOG message` (its log.c, `%s [%d] %s %s`; 1.7 wrote the pid bare):
# `LOG` is its routine level, as PostgreSQL's, a word too common in text to be a level anywhere.
_PID_LOG = re.compile(r"[ \t]++(?:\[(?P<bpid>\d{1,10})\]|(?P<pid>\d{1,10})) LOG ")
# A level's letter and `!` after the time (Telegraf's `2024-06-11T06:00:02Z E! [outputs.x]
# message`, the letters its logger writes for debug, info, warnings and errors).
_BANG_LEVELS = {"D": "debug", "I": "info", "W": "warn", "E": "error"}
# An arrow between the time and the message is a separator too (ClamAV's `LogTime`: `Tue Jun 11
# 00:00:17 2024 -> message`).
_SEP = re.compile(r"[ \t]*(?:(?:->|::|[|:\-,])[ \t]+|[ \t]*)")
# OpenVPN's microseconds after the time (`us=401234 `).
_USEC = re.compile(r"us=(?P<us>\d{1,6}) ")
# HashiCorp's daemons before go-hclog (Nomad, Consul and Vault before 2018-19, and memberlist,
# raft and serf inside them) log through Go's log package with logutils' bracketed level and
# the subsystem first: `2017/03/07 18:42:20.274396 [INFO] nomad: cluster leadership acquired`,
# `[ERR] memberlist: ...`. hclog writes that subsystem as its logger's name (`...Z [INFO]
# nomad: ...`, read as a logger by pylogging), so both name it the logger. A lower-case word:
# `[INFO] Note: ...` is a sentence.
_HASHICORP_MODULE = re.compile(r"(?P<module>[a-z][\w.-]{0,63}): ")
_BRACKET_LEVELS = frozenset(
    (
        "trace",
        "debug",
        "info",
        "notice",
        "warn",
        "warning",
        "error",
        "err",
        "crit",
        "critical",
        "fatal",
        "severe",
        "alert",
        "emerg",
        "panic",
        "dbg",
        "inf",
        "wrn",
        "ftl",  # Serilog's VRB DBG INF WRN ERR FTL
        "vrb",
        "trc",  # NATS server's TRC DBG INF WRN ERR FTL
        "eror",
        "erro",
        "note",
        "system",  # MySQL's server lifecycle messages
        "fine",
        "finer",
        "finest",
        "verbose",
        "information",  # .NET's LogLevel by its full name (Serilog's `{Level}`, NLog's)
    )
)
# logback's `[%d] <%thread> %-5level %logger - %msg` (the UniFi Network Application's
# server.log: `[2024-06-04 06:00:38,059] <inform-6> INFO  inform - from [...]`): the thread in
# angle brackets, the level and the logger padded.
_ANGLE_THREAD = re.compile(
    r"<(?P<thread>[^<>\s]{1,64})> (?P<level>TRACE|DEBUG|INFO|WARN|ERROR|FATAL) +"
    r"(?P<logger>[\w.$-]{1,128}) +- "
)
# A Java class's name, package and all (`org.apache.activemq.broker.TransportConnection`).
_JAVA_CLASS = re.compile(r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+")
# A thread in brackets, then a Java class's name and a blank (Sling's `*INFO* [%thread]
# %logger %msg`).
_THREAD_THEN_CLASS = re.compile(
    r"\[(?P<thread>[^\]\n]{1,512})\] "
    r"(?P<logger>[A-Za-z_$][\w$]{0,127}(?:\.[A-Za-z_$][\w$]{0,127}){1,32}) "
)


def _bar_tail(line: str, pos: int) -> tuple[str, str, str] | None:
    """(message, logger, thread) of a line whose message, between bars, is followed by its
    logger and thread: ActiveMQ's default layout, `%d | %-5p | %m | %c | %t` (`... | WARN  |
    Transport Connection to: tcp://... failed | org.apache.activemq.broker.TransportConnection
    | ActiveMQ NIO Worker 3`). The last two bars are taken: a message may hold one."""
    last = line.rfind(" | ", pos)
    if last < 0 or last + 3 >= len(line):
        return None
    before = line.rfind(" | ", pos, last)
    if before < 0 or not _JAVA_CLASS.fullmatch(line, before + 3, last):
        return None
    return line[pos:before], line[before + 3 : last], line[last + 3 :]


# npm's levels that no other logger names so (winston's, by default): bracketed and followed by
# a colon, as winston's printf layouts write them (`${timestamp} [${level}]: ${message}`). A
# bracketed `[http]` alone names a component as often (`[http] listening on :8080`).
_NPM_LEVELS = {"http": "info", "silly": "trace"}
# spdlog's header fields after its bracketed time, each in brackets: the logger name (`%n`), the
# thread (`%t`), the level (`%l`) and where the line was logged (`%s:%#`). Its default pattern
# is `[%Y-%m-%d %H:%M:%S.%e] [%n] [%l] %v`; Envoy's `[%Y-%m-%d %T.%e][%t][%l][%n] [%g:%#] %v`.
# Fluent Bit writes the same header with its level padded to five (`[ warn]`) and components
# such as `[fluent bit]`: `[2024/05/01 12:00:01] [ warn] [net] getaddrinfo(...) failed`.
_BRACKET_FIELD = re.compile(r" ?\[ {0,4}([^\[\]\s]{1,256}(?: [^\[\]\s]{1,64})?)\]")
_LEVEL_AFTER_FIELD = re.compile(
    r" (?P<level>TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRITICAL|FATAL)(?::|  ) *"
)
# The process's id after the time, in its brackets (Perl's Net::Server under Policyd: `[2024/06/
# 07-06:00:22 - 24725] [CORE] INFO: ...`).
_PID_IN_TIME_BRACKET = re.compile(r" - (?P<pid>\d{1,10})\]")
_SOURCE_LINE = re.compile(r"[^:\s]{1,256}:\d{1,7}")
# A thread's or logger's name in brackets: `MainThread`, `Thread-4`, `dramatiq.WorkerProcess(0)`,
# `dramatiq.worker.ConsumerThread(default)` (a queue's name in its parentheses).
_NAME_FIELD = re.compile(r"[A-Za-z_][\w.$-]{0,127}(?:\([\w.-]{1,64}\))?")
# Python logging's `%(levelname)s:%(name)s:%(message)s` after a time, perhaps the thread's name
# glued on too (Huey's consumer: `[time] INFO:huey.consumer:MainThread:Huey consumer started`):
# the logger, and the thread where a second name and colon follow with no blank (a message's
# own `http://`, `Error: x` have one, or a slash).
_GLUED_LOGGER = re.compile(
    r":(?P<logger>[A-Za-z_][\w.-]{0,127}):"
    r"(?:(?P<thread>[A-Za-z][\w.-]{0,63}(?: \([\w.-]{1,64}\))?):(?![\s/]))?"
)
# FRRouting's log (8.0 and later): the daemon's name, then the message's unique id, five and five
# letters and digits, one per call site in FRR's source, and for an error or warning its code:
# `2024/06/04 06:00:00 BGP: [CCSDH-PMXBB] %ADJCHANGE: ...`, `ZEBRA: [8B0EX-2HCMW][EC 100663313]
# CPU HOG: ...`. The daemon is the logger; the id and code attributes.
_FRR_DAEMON = re.compile(
    r" ?(?P<daemon>[A-Z][A-Z0-9_]{1,15}): \[(?P<id>[A-Z0-9]{5}-[A-Z0-9]{5})\]"
    r"(?:\[EC (?P<ec>\d{1,12})\])? "
)
# log4js's default layouts (`[time] [LEVEL] category - message`): the category after the level,
# then a dash. (Not a client's name before an access record's ident and user: `host - - [`.)
_CATEGORY_DASH = re.compile(r"(?P<category>[A-Za-z_][\w.:/$-]{0,127}) - (?!- )")
_HEX_THREAD = re.compile(r"0x[0-9a-fA-F]{1,16}")
# log4js's and log4j's mapped context after the bracketed level and category, then a name and
# a dash (ONLYOFFICE Docs' `[%d] [%p] [%c] [%X{DOCID}] [%X{USERID}] nodeJS - %m`): the request's
# values in brackets, which opened every message (`[<*>] [<*>] nodeJS - <*>` took every
# statement of two words).
_CONTEXT_DASH = re.compile(
    r"(?P<context>(?:\[[^\[\]\s]{1,128}\] ){1,4})(?P<name>[A-Za-z_][\w.:/$-]{0,127}) - (?!- )"
)
# Envoy in 2018 had no `[%g:%#]` field: its log macros opened the message with the
# source's path and line and a closing bracket alone, `[time][12][info][main] source/server/
# server.cc:204] starting main dispatch loop`. That is the caller, as the bracketed field is.
_ENVOY_LEGACY_CALLER = re.compile(r"(?P<caller>[\w./-]{1,256}\.\w{1,8}:\d{1,7})\] ")
# Python logging's `[%(name)-17s:%(lineno)-4d][%(levelname)-8s][%(process)d] %(message)s`
# after the time (SaltStack's log file default): the padded fields glued to each other.
_NAME_LINE_LEVEL_PID = re.compile(
    r"\[(?P<name>[^\]\s:]{1,256}) *:(?P<lineno>\d{1,7}) *\]"
    r"\[(?P<level>[A-Z]{1,9}) *\]\[(?P<pid>\d{1,10})\] ?"
)
# Phusion Passenger's LoggingKit: `[ L time pid/Tthread file:line ]: message`, L one letter.
_PASSENGER = re.compile(
    r"\[ (?P<level>[CEWNID]) (?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,9})?)"
    r" (?P<pid>\d{1,10})/(?P<thread>T\w{1,16}) (?P<caller>[^\s\]]{1,256}:\d{1,7}) \]: (?P<msg>.*)",
    re.S,
)
# A level written as its initial, as Passenger and capnslog (below) write it.
_LETTER_LEVELS = {
    "C": "critical",
    "E": "error",
    "W": "warning",
    "N": "notice",
    "I": "info",
    "D": "debug",
    "T": "trace",
}
# Vapor's (Swift) console logger, `[ \(level) ] \(message) [\(metadata)]`: no time.
_SPACED_LEVEL = re.compile(
    r"\[ (?P<level>TRACE|DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL) \] (?P<msg>.*)", re.S
)
# (`fatal`: Boost.Log's trivial logger, `[time] [0x00007f5a1c8e4740] [fatal]   msg`.)
_SPDLOG_LEVELS = frozenset(
    ("trace", "debug", "info", "warning", "warn", "error", "critical", "off", "err", "fatal")
)
# Gitea's default (Go's log time, then `file.go:line:func()` and the level's first letter in
# brackets): `2024/03/01 10:00:00 cmd/web.go:223:runWeb() [I] Starting Gitea on PID: 7`; a
# long path is cut to `...` and its last characters.
_GITEA = re.compile(
    r"(?P<caller>[\w./-]{1,256}\.go:\d{1,7}:[^\s()]{0,256}\(\)) \[(?P<level>[A-Za-z]{1,8})\] "
)
# A level's capital letter, as Gitea, Beego (frp) and Foreman write it in brackets.
_LEVEL_LETTERS = {
    "T": "trace",
    "D": "debug",
    "I": "info",
    "N": "notice",  # beego's (`[N]`)
    "W": "warning",
    "E": "error",
    "C": "critical",
    "F": "critical",
}
_ZAP_VERBOSITY = re.compile(r"\tLEVEL\(-\d{1,3}\)\t")
# Where zap's console encoder says a line was logged: `server/main.go:42`.
_CALLER = re.compile(r"[\w.@/-]{1,256}\.go:\d{1,7}")
# A zap logger's name (`http`, `tls.obtain`, `http.log.access.log0`): dotted names, no blanks;
# controller-runtime names a controller's after its kind (`EphemeralRunner`, `controllers.
# AutoscalingRunnerSet`: actions-runner-controller's).
_ZAP_LOGGER = re.compile(r"[A-Za-z][\w-]{0,63}(?:\.[\w-]{1,64}){0,8}")
# Istio's scope (`cache`, `xdsproxy`; `envoy config` and where in Envoy for Envoy's own lines)
# and the `key=value` fields after the message, each after a tab: `...Z\twarning\tenvoy config
# external/envoy/source/common/config/grpc_stream.h:191\tStream closed\tthread=12`.
_ISTIO_SCOPE = re.compile(
    r"(?P<scope>envoy [a-z_]{1,64}|[a-z][\w.-]{0,63})(?: (?P<caller>[\w./-]{1,256}:\d{1,7}))?"
)
_ISTIO_PAIR = re.compile(r"(?P<key>[A-Za-z_][\w.-]{0,63})=(?P<value>[^\t]*)")
# Rust's env_logger: `[2024-05-01T12:00:00Z ERROR my_app::db] message`.
# (The GitHub Actions runner's diagnostic logs, .NET's trace events in four letters: `[time INFO
# Runner]`, `[time ERR  GitHubActionsService]`, `VERB`, `CRIT`.)
# (The level padded on its left too, as `{:>5}` writes it: OpenEBS Mayastor's io-engine,
# `[2024-06-07T06:02:35.229871321+00:00  INFO io_engine::bdev::nexus:nexus_bdev.rs:446] `, its
# target then the source file and line, which are the caller, not the logger's name.)
_LEVEL_TARGET = re.compile(
    r" +(?P<level>TRACE|DEBUG|INFO|WARN|ERROR|ERR|VERB|CRIT) +(?P<target>[^\]\s]{1,256}?)"
    r"(?::(?P<caller>[\w.-]{1,128}\.rs:\d{1,7}))?\] ?"
)
# simple_logger's (Rust) `{time} {level:<5} [{target}] {message}`, `[{target}@{thread}]` with
# threads: the same shape as Java's `%d %-5p [%t] %m`, whose bracket holds a thread; only a
# module path (`my_app::db`) tells a target from a thread, so only that is read as the logger.
# Node-RED's log (Node's util.log time, `4 Jun 06:00:02 - [info] [function:Parse payload]
# msg`): the node that logged, its type and its name (or id), in brackets after the level.
_UTIL_LOG_TIME = re.compile(r"\d{1,2} [A-Z][a-z]{2} \d\d:\d\d:\d\d\Z")
_NODE_CONTEXT = re.compile(r"\[(?P<node>[a-z][\w -]{0,48}:[^\]\n]{1,160})\] ")
_RUST_TARGET = re.compile(
    r"\[(?P<target>\w{1,64}(?:::\w{1,64}){1,16})(?:@(?P<thread>[^\]\s]{1,64}))?\] ?"
)
# Oxide's `06:08 [Info] `: the hour and the minute, the level's name in brackets.
_MINUTE_LEVEL = re.compile(r"(?P<time>(?:[01]\d|2[0-3]):[0-5]\d) \[(?P<level>[A-Z][a-z]{3,10})\] ")
# A C source file and line, as `__FILE__:__LINE__` writes them.
_C_CALLER = re.compile(r"(?P<caller>[\w./-]{1,256}\.(?:c|cc|cpp|cxx|h|hpp):\d{1,7}):? ")
# A Java class, then the thread as `Thread.toString()` prints it (`Thread[#1,main,5,main]`,
# before Java 19 `Thread[main,5,main]`; a virtual thread's `VirtualThread[#64,[0x0e57 0x95e0]
# WebServer socket]/runnable@ForkJoinPool-1-worker-3`, Helidon's naming its socket)
# and a colon: Helidon's JUL format, `%1$tY.%1$tm.%1$td %1$tH:%1$tM:%1$tS %4$s %3$s !thread!:`.
_CLASS_THREAD = re.compile(
    r"(?P<logger>[A-Za-z_$][\w$]{0,127}(?:\.[A-Za-z_$][\w$]{0,127}){1,15}) "
    r"(?P<thread>(?:Virtual)?Thread\[(?:[^\[\]\r\n]|\[[^\[\]\r\n]{0,128}\]){1,256}\]"
    r"(?:/[^\s:]{1,256})?): "
)
# go-logging's arrow after the level, then the caller and the record's number in hex.
_ARROW_CALLER = re.compile(r"\u25b6 (?P<caller>[\w./<>()*:-]{1,256}) (?P<seq>[0-9a-f]{3,8}) ")
# Vikunja's request log under go-logging: `WEB \t▶ ${remote_ip}  ${method} ${status} ${uri}
# ${latency_human} - ${user_agent}`.
_VIKUNJA_WEB = re.compile(
    r"WEB \t\u25b6 (?P<ip>[0-9a-fA-F.:]{2,45}) {1,2}(?P<method>[A-Z]{3,7}) (?P<status>\d{3}) "
    r"(?P<uri>/\S*) (?P<latency>\S+) - (?P<agent>[^\n]*)"
)
# Kibana's (OpenSearch Dashboards') legacy text log: the record's type, its time of day, then
# its tags (the level first) and message, or a response's request, status, time and size.
_KIBANA_LEGACY = re.compile(
    r"(?P<type>log|response|error|ops) {0,5}\[(?P<ts>\d\d:\d\d:\d\d\.\d{3})\] "
    r"(?:(?P<tags>(?:\[[\w.@:-]{1,64}\]){1,8}) |(?P<method>[A-Z]{3,7}) (?P<path>/\S*) "
    r"(?P<status>\d{3}) (?P<ms>\d{1,9})ms - (?P<size>\S+)$)"
)
_KIBANA_HEADS = frozenset(("log", "res", "err", "ops"))
# KNIME's columns after its level, between ` : `: the thread (a node's worker names the node
# and its id: `KNIME-Worker-1-DB Connector 0:1`), the job's id, the logger's class, the node's
# name and id, each column empty outside a node's run.
_KNIME_COLUMNS = re.compile(
    r"(?P<thread>[^\s:][^\r\n]{0,159}?) : (?P<job>[\w-]{0,64}) : "
    r"(?P<logger>[A-Za-z_$][\w$.]{0,127}) : (?P<node>[^\r\n]{0,127}?) : "
    r"(?P<node_id>(?:\d{1,9}(?::\d{1,9}){0,15})?) : "
)
# Serilog's console sink, its default template `[{Timestamp:HH:mm:ss} {Level:u3}] {Message}`:
# `[12:00:03 ERR] message`, the exception on the lines below; `{Level}` writes the level's full
# name (`[12:00:03 Information] `).
_SERILOG_LEVEL = re.compile(
    r" (?P<level>VRB|DBG|INF|WRN|ERR|FTL|Verbose|Debug|Information|Warning|Error|Fatal)\] ?"
)
# A .NET type's full name alone after Serilog's level: the source context, the message on the
# line below (`{SourceContext}{NewLine}{Message}`, Duende IdentityServer's console template).
_SOURCE_CONTEXT_ALONE = re.compile(r"[A-Za-z_][\w`]{0,127}(?:\.[A-Za-z_][\w`]{0,127}){1,16}\Z")
# Serilog's file and console templates that add the thread and the source context after the
# level (Jellyfin's `[{Timestamp}] [{Level:u3}] [{ThreadId}] {SourceContext}: {Message}`):
# `[2023-03-21 10:00:00.123 +00:00] [INF] [1] Main: Jellyfin version: 10.8.9`. The context is
# the logger: a .NET type's full name (a generic one's arity after a backtick).
_THREAD_SOURCE_CONTEXT = re.compile(
    r"\[(?P<thread>\d{1,10})\] (?P<logger>[A-Za-z_][\w`]{0,127}(?:\.[A-Za-z_][\w`]{0,127}){0,16}): "
)
# dbt's file log after its bracketed level: the thread in brackets and a colon (`06:00:02.721330
# [debug] [Thread-2 (]: SQL status: ...`, the name cut to ten characters).
# A dotted logger, then a dash, after a level and its dash.
# (Cut from the left to its column's width, it may open with the dot that was cut at.)
_DOTTED_DASH = re.compile(
    r"(?P<logger>(?:\.[A-Za-z_$][\w$-]{0,127}|[A-Za-z_$][\w$-]{0,127}\.[\w$-]{1,128})"
    r"(?:\.[\w$-]{1,128}){0,31}) - "
)
# signale's line, as Nginx Proxy Manager's backend writes it: `[6/2/2024] [12:00:04 AM]
# [Migrate  ] › ℹ  info      Current database version: ...`, the scope padded in brackets,
# then `›`, the type's glyph and its name padded.
_SIGNALE = re.compile(
    r"\[(?P<date>\d{1,2}/\d{1,2}/\d{4})\] \[(?P<time>\d{1,2}:\d\d:\d\d [AP]M)\] "
    r"\[(?P<scope>[^\]\s](?:[^\]\n]{0,62}[^\]\s])?) *\] \u203a \S{1,2} +(?P<type>[a-z]{2,16}) +"
)
# OSSEC's (and Wazuh's) alerts.log: `** Alert <epoch>.<offset>: [mail ] - <groups>,`, then
# the time and the location, `Rule: <id> (level <n>) -> '<description>'`, the decoded fields
# (`Src IP: ...`, `User: ...`) and the log line that fired it; a blank line after each.
_OSSEC_ALERT_HEAD = "** Alert "
_OSSEC_ALERT = re.compile(
    r"\*\* Alert (?P<id>(?P<epoch>\d{9,10})\.\d{1,20}): (?P<mail>mail  ?)?- "
    r"(?P<groups>[^\n]{0,512})"
)
_OSSEC_WHERE = re.compile(
    r"(?P<ts>\d{4} [A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d) (?P<location>\S[^\n]{0,512})"
)
_OSSEC_RULE = re.compile(r"Rule: (?P<id>\d{1,9}) \(level (?P<level>\d{1,2})\) -> ")
_OSSEC_FIELD = re.compile(r"(?P<key>Src IP|Dst IP|Src Port|Dst Port|User): (?P<value>\S{1,256})\Z")
# A rule's level (0 to 15) as the event's: 12 and up are OSSEC's high-importance alerts.
_OSSEC_LEVELS = ((12, "error"), (7, "warning"), (0, "info"))
_PBS_CONTINUED = ";[continued]"  # Torque's mark before a long message's next part
_UNITY_UPTIME = re.compile(r" (?P<uptime>\d{1,9}\.\d{3}) (?P<level>INF|WRN|ERR|EXC|LOG) ")
_UNITY_LEVELS = {"INF": "info", "LOG": "info", "WRN": "warning", "ERR": "error", "EXC": "error"}
_FHEM_VERBOSITY = {
    "0": "info",
    "1": "error",
    "2": "warning",
    "3": "info",
    "4": "debug",
    "5": "debug",
}
_GLUED_PID = re.compile(r"\((?P<pid>\d{1,10})\):(?= )")
# Firebird's `firebird.log` entry header: the server's name, a tab and a ctime() time; the
# message follows on tab-indented lines, after a blank line between entries.
_HOST_TAB_CTIME = re.compile(
    r"(?P<host>[\w.-]{1,64})\t(?P<ts>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d \d{4})\Z"
)
# ESPHome's device log (`[06:00:12][D][sensor:094]: 'Temperature': Sending state 21.50 °C`),
# the time as `esphome logs` adds it, or none on the serial port; its levels' letters (`C` is
# CONFIG, not critical; `V` and `VV` the verbose ones).
_ESPHOME = re.compile(
    r"(?:\[(?P<ts>\d\d:\d\d:\d\d(?:\.\d{1,3})?)\])?\[(?P<level>VV|[EWICDV])\]"
    r"\[(?P<tag>[\w.-]{1,64}):(?P<line>\d{1,5})\]: ?"
)
_ESPHOME_LEVELS = {
    "E": "error",
    "W": "warning",
    "I": "info",
    "C": "info",
    "D": "debug",
    "V": "debug",
    "VV": "trace",
}
_PADDED_LOGGER_DASH = re.compile(r"\[(?P<logger>[A-Za-z_.$][\w.$-]{0,127}) *\] - ")
# The JFrog Platform's head after the time (Artifactory, Xray, Distribution): the service's id
# and the level, padded in brackets, then the trace id (blanks when none), the caller and the
# thread, each padded in brackets, and a dash before the message in the Java services only
# (`[jfrt ] [WARN ] [                ] [o.j.c.ExecutionUtils:164      ] [pool-5-thread-1     ] -
# Retry 1 ...`, `[jfxr ] [INFO ] [                ] [main:78    ] [main     ] Xray ...`).
_JFROG_HEAD = re.compile(
    r"\[(?P<service>[a-z]{3,8}) *\] \[(?P<level>TRACE|DEBUG|INFO|WARN|ERROR|FATAL) *\] "
    r"\[(?P<trace>[^\]\n]{0,64})\] \[(?P<caller>[^\]\n]{1,128})\] "
    r"\[(?P<thread>[^\]\n]{1,128})\] (?:- )?"
)
# Python's `%(asctime)s %(name)s:%(levelname)s %(message)s` (Thumbor's): the logger and its
# level glued by a colon, in capitals as logging names them.
# Or with a blank and a colon after the level too (TShock's `%s - %s: %s: %s`, its caller and
# level: `2024-06-07 06:00:03 - TShock: INFO: TShock 5.2.0.0 now running.`).
_NAME_COLON_LEVEL = re.compile(
    r"(?P<logger>[A-Za-z_][\w.]{0,127}):(?:(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL) "
    r"| (?P<tlevel>DEBUG|INFO|WARNING|ERROR|CRITICAL|FATAL): )"
)
# Pyramid's default `%(asctime)s %(levelname)-5.5s [%(name)s:%(lineno)s][%(threadName)s]
# %(message)s`: the logger and its line, then the thread, in brackets after the level.
# ... or padded in its column, the line's number too, after a bracketed level and no thread
# (Deluge's `[%(levelname)-8s][%(name)-30s:%(lineno)-4d] `). Padded: a blank before the colon
# or the bracket's close (`[api_server:1]`, BentoML's component and its worker, is no logger
# and line).
_PADDED_NAME_LINE = re.compile(
    r"\[(?P<logger>[A-Za-z_][\w.$-]{0,127})(?: +:(?P<line>\d{1,6}) *|:(?P<line_>\d{1,6}) +)\] "
)
# A thread padded in its bracketed column after a bracketed level (Tigase's `[%1$tF %1$tT:%1$tL]
# [%4$-8s] [%3$22s ] `, right-aligned: `[        Watchdog - c2s ]`); then, if written, the class
# and method that logged, `ConnectionManager$Watchdog$1.check(): ` (a blank before the colon
# in some). Left in the message, each thread name's length was a template of its own.
_PADDED_THREAD_CALLER = re.compile(
    r"\[(?P<pad> *)(?P<thread>[^\]\s](?:[^\]\r\n]{0,254}[^\]\s])?)(?P<tail> *)\] "
    r"(?:(?P<logger>[A-Za-z_$][\w$]{0,127}(?:\.[A-Za-z_$][\w$]{0,127}){0,15})"
    r"\.(?P<method>[A-Za-z_$<][\w$<>]{0,127})\(\) ?: )?"
)
# Calibre-Web's `[%(asctime)s] %(levelname)5s {%(name)s:%(lineno)d} %(message)s`: the logger
# and its line in braces after the level.
_CONTEXT_GO_CALLER = re.compile(
    r"(?:\[(?P<context>[A-Za-z_][\w.-]{0,63}: [^\[\]\n]{0,1024})\] )?"
    r"(?P<caller>[\w./-]{1,256}\.go:\d{1,7}): "
)
_PAREN_TAG = re.compile(r"\((?P<tag>[A-Za-z_][\w.:-]{0,63})\) ")
_BRACED_NAME_LINE = re.compile(r"\{(?P<logger>[A-Za-z_][\w.$-]{0,127}):(?P<line>\d{1,6})\} ")
# SABnzbd's `%(asctime)s::%(levelname)s::[%(module)s:%(lineno)d] `, the time's milliseconds
# after its comma: `2024-06-07 06:15:01,712::INFO::[nzbparser:314] File x added to queue`.
_SABNZBD_HEAD = re.compile(
    r",(?P<millis>\d{3})::(?P<level>[A-Z]{3,8})::\[(?P<logger>[\w.-]{1,64}):(?P<line>\d{1,6})\] "
)
# Emissary-ingress's (Ambassador's) diagd: the program, its version, the process and thread
# after `P` and `T`, the level and a colon (`diagd 3.9.1 [P41TAEW] INFO: ...`).
_DIAGD_HEAD = re.compile(
    r" (?P<program>[a-z][\w-]{0,31}) (?:(?P<version>\d{1,4}\.\d{1,4}\.\d{1,4}[\w.+-]{0,32}) )?"
    r"\[P(?P<pid>\d{1,10})T(?P<thread>[^\]\s]{1,64})\] "
    r"(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL): "
)
# ZoneMinder's daemons: the program's log ident and its thread's or process's id, the level's
# code, where it logged (`-file.cpp/line` from the C++ daemons, ` [function:line]` from the Perl
# ones), then the message in brackets (`zmc_m1[1512].INF-zm_monitor.cpp/3089 [Front Door: ...]`,
# `zmdc[1288].ERR [ZMServer:625] ['zmc -m 3' exited abnormally, exit status 255]`).
_ZONEMINDER_HEAD = re.compile(
    r" (?P<ident>[A-Za-z][\w-]{0,63})\[(?P<pid>\d{1,10})\]\.(?P<code>INF|WAR|ERR|FAT|PNC|DB\d)"
    r"(?:-(?P<file>[\w.-]{1,128})/(?P<line>\d{1,6})"
    r"| \[(?P<function>[\w:]{1,128}):(?P<pline>\d{1,6})\])"
    r" \["
)
_ZONEMINDER_LEVELS = {"INF": "info", "WAR": "warning", "ERR": "error", "FAT": "critical"}


def _zoneminder(line: str, raw: str, m: re.Match[str]) -> ParsedFields:
    """A ZoneMinder daemon's line after its time (`_ZONEMINDER_HEAD`): the ident the logger,
    the message without its brackets."""
    code = m["code"]
    level = _ZONEMINDER_LEVELS.get(code, "critical" if code == "PNC" else "debug")
    if m["file"] is not None:
        attrs: dict[str, Any] = {"pid": int(m["pid"]), "caller": f"{m['file']}:{m['line']}"}
    else:
        attrs = {"pid": int(m["pid"]), "caller": f"{m['function']}:{m['pline']}"}
    message = line[m.end() :]
    if message.endswith("]"):
        message = message[:-1]
    return ParsedFields(message, raw, level, logger=m["ident"], attributes=attrs)


# zerolog's console levels, and MediaMTX's (`WAR`, `DEB`), which it writes alike: `2024/06/07
# 06:00:34 WAR [path cam_doorbell] [RTSP source] 152 RTP packets lost`.
_THREE_LETTER_LEVELS = ZEROLOG_LEVELS | {"WAR", "DEB"}
_NAME_LINE_THREAD = re.compile(
    r"\[(?P<logger>[A-Za-z_][\w.$-]{0,127}):(?P<line>\d{1,6})\]\[(?P<thread>[^\[\]\n]{1,64})\] "
)
# A transform's name and its copy's number, then a dash: the subject of Apache Hop's and
# Pentaho Kettle's lines (`2024/06/04 06:00:08 - Table input.0 - Finished processing ...`).
_KETTLE_TRANSFORM = re.compile(r"(?P<transform>[A-Za-z][^\n\-]{0,79}?\.\d{1,4}) - ")
# ... and with the thread in brackets after it (Apache SeaTunnel's `%d %-5p [%-30.30c{1.}]
# [%t] - %m`: `INFO  [o.a.s.e.s.m.JobMaster         ] [hz.main.seaTunnel.task.thread-2] - `).
_PADDED_LOGGER_THREAD_DASH = re.compile(
    r"\[(?P<logger>[A-Za-z_.$][\w.$-]{0,127}) *\] \[(?P<thread>[^\[\]\n]{1,128})\] - "
)
# Play Framework's default logback pattern, `%date [%level] from %logger in %thread - %message`.
_FROM_IN = re.compile(r"from (?P<logger>[A-Za-z_$][\w$.]{0,255}) in (?P<thread>\S{1,128}) - ")
_BRACKET_THREAD_COLON = re.compile(r"\[(?P<thread>[^\[\]\n]{1,64})\]: ")
# MySQL 8's error log after its level: `[MY-010116] [Server] message`, the error code and the
# subsystem, which go to attributes (the number before the level is a thread id there).
# Elixir's Logger console (`$time $metadata[$level] $message`): `key=value` metadata (a
# Phoenix request id) between the time and the bracketed lower-case level.
_ELIXIR_METADATA = re.compile(
    r"(?P<pairs>(?:[a-z_][\w.]{0,64}=[^\s\[]{0,256} ){1,16})"
    r"\[(?P<level>debug|info|notice|warning|warn|error|critical|alert|emergency)\] "
)
# Python's `%(process)d %(levelname)s <context> %(name)s: %(message)s` (Odoo's and its forks'
# DBFormatter: `2024-06-11 06:00:02,118 1234 INFO prod odoo.modules.loading: msg`, the database
# or `?` between the level and the logger): a word, then a logger's name and a colon, after a
# pid and a level. The context is the request's, not the statement's (the same call logs under
# every database). Read only in a file whose start shows it with dotted loggers (a module's
# `__name__`, `specialise`), then with plain ones too (`werkzeug`, `odoo`): elsewhere `pid INFO
# connection refused: ...` or `loading config.yaml: done` is a sentence.
_CONTEXT_LOGGER = re.compile(
    r"(?P<context>[^\s:\[\]()]{1,64}) (?P<logger>[a-z_]\w{0,63}(?:\.\w{1,64}){0,16}): "
)
# What such a line shows before it is parsed (a number, a word, a word, a dotted name and a
# colon): `specialise` asks it of every line of every file's start, parse of few.
_CONTEXT_LOGGER_HINT = re.compile(
    r" \d{1,10} [A-Za-z]{3,9} [^\s:\[\]()]{1,64} [a-z_]\w{0,63}(?:\.\w{1,64}){1,16}: "
)
# A level's letter after a bracketed time, then bracketed fields: a coded key's number and the
# caller as `file:line:function` (GlusterFS's gf_msg: `[2024-06-11 06:00:02.118234 +0000] E
# [MSGID: 106118] [glusterd-syncop.c:1893:gd_sync_task_begin] 0-management: msg`), then the
# translator that logged under its graph's number. None of them is the statement's: the line
# and the id move with releases, the translator's name carries the volume's.
_LETTER_CALLER = re.compile(
    r"(?P<level>[CEWNIDT]) (?:\[(?P<key>[A-Z]{2,16}): (?P<code>\d{1,16})\] )?"
    r"\[(?P<caller>[^\[\]\s:]{1,256}:\d{1,7}:[\w.$]{1,256})\] "
    r"(?:(?P<graph>\d{1,5})-(?P<logger>[^\s:]{1,256}): )?"
)
_MYSQL = re.compile(r"\[(?P<code>MY-\d{6})\] \[(?P<subsystem>[A-Za-z]{1,32})\] ")
# The Erlang process that logged, after the level: RabbitMQ's (3.7-3.8 through Lager, 3.9+
# through rabbit_logger_text_fmt: `time [info] <0.228.0> message`) and Lager's default
# formatter's, which adds where (`[error] <0.73.0>@mod:fun:12 message`; Riak), or OTP
# logger's, whose location names the function with its arity as Erlang does everywhere
# (`<0.597.0>@ejabberd_listener:init/3:176 message`; ejabberd 20+, MongooseIM).
_ERLANG_PID = re.compile(
    r"(?P<pid><\d{1,10}\.\d{1,10}\.\d{1,10}>)"
    r"(?:@(?P<caller>\w{1,128}(?::\w{1,128}(?:/\d{1,3})?)?(?::\d{1,7})?))? ?"
)
# BIND's named with `print-category yes; print-severity yes;` (what most `logging { channel }`
# blocks set): `27-Nov-2026 12:00:00.123 security: error: client ...`, the category (queries,
# lame-servers, xfer-out, ...) then the severity, `debug 3` with its verbosity; `dynamic` is
# the server's current debug level.
_CATEGORY_SEVERITY = re.compile(
    r"(?P<category>[a-z][a-z0-9_-]{0,31}): "
    r"(?P<severity>critical|error|warning|notice|info|debug(?: \d{1,3})?|dynamic): "
)
# Dovecot's own log file (`log_path`, no host: `Jun 11 06:02:40 imap-login: Info: Login: ...`):
# the process's log prefix, its service and what it serves, the user or a pid in parentheses,
# the process and session in angle brackets (`imap(alice@example.com)<3129><L0DKiwiGBDGB>: `,
# `auth-worker(812): `, `master: `), then the level in its capitalised word.
_PREFIX_LEVEL = re.compile(
    r"(?P<service>[a-z][\w.-]{0,31})(?P<context>\([^()\s]{1,256}\)(?:<[^<>\s]{1,64}>){0,3})?: "
    r"(?P<level>Info|Warning|Error|Fatal|Panic|Debug): "
)
# MongoDB's text log (before 4.4, which writes JSON): a severity letter (D1 to D5: debug
# verbosities) in a field two wide, the component padded to eight, the context in brackets:
# `E  QUERY    [conn12] message`, `D1 NETWORK  [conn7] message` (3.0 to 4.2; some tools and
# excerpts squeeze the blanks to one).
_MONGODB_LEGACY = re.compile(
    r"(?P<level>[FEWI]|D[1-5]?) {1,2}(?P<component>[A-Z]{2,16}|-) +"
    r"\[(?P<context>[^\]\s]{1,64})\] "
)
# Erlang/OTP's error_logger reports (OTP before 21, and RabbitMQ before 3.7, write them to
# their log files): `=ERROR REPORT==== 1-May-2024::12:00:00.123456 ===`, the report on the lines
# below it. The kind of report is its level; the lines below are the message.
_ERLANG_REPORT = re.compile(
    r"=(?P<kind>[A-Z]{1,16}) REPORT==== ?(?P<day>\d{1,2})-(?P<rest>[A-Z][a-z]{2}-\d{4})::"
    r"(?P<clock>\d\d:\d\d:\d\d(?:\.\d{1,6})?) ===\Z"
)
_ERLANG_REPORT_LEVELS = {
    "ERROR": "error",
    "CRASH": "error",
    "SUPERVISOR": "error",
    "WARNING": "warning",
    "INFO": "info",
    "PROGRESS": "info",
}
# Go's zerolog ConsoleWriter keeps its default TimeFormat, time.Kitchen, in many a CLI and
# service: `3:04PM INF message key=value`, the time of day to the minute, no date.
_KITCHEN = re.compile(r"(?P<clock>\d{1,2}:\d\d[AP]M) ")
# The first characters of the lines `_untimed_head` reads that `_HEAD` does not admit.
_UNTIMED_HEAD = frozenset("=IEC")
# Privoxy's `time thread Category: message`: its thread's id in hex, then what the line is about
# (`Info`, `Error`, `Fatal error`, `Connect`, `Request`, `Crunch`, `Re-Filter`, ...).
_HEX_THREAD_CATEGORY = re.compile(
    r"(?P<thread>[0-9a-f]{8,16}) (?P<category>[A-Z][A-Za-z-]{1,24}(?: error)?): "
)
_CATEGORY_LEVELS = {"Info": "info", "Error": "error", "Fatal error": "critical"}
# Netdata's error.log (before 1.44): `time: program LEVEL : thread : message` (`2024-06-11
# 06:00:02: netdata INFO  : MAIN : ...`, `netdata ERROR : STREAM_RECEIVER[host,[ip]:port] :`).
_PROGRAM_LEVEL_THREAD = re.compile(
    r"(?P<program>[\w.-]{1,32}) (?P<level>DEBUG|INFO|WARNING|ERROR|FATAL) {0,4}: "
    r"(?P<thread>[^\s:][^\r\n]{0,127}?) : "
)
# rspamd's head after the time: `#pid(process type) <task id>; module; function: message`
# (`#1235(normal) <d1c903>; task; rspamd_task_write_log: ...`; a Lua plugin's function its
# file and line, `dkim_signing.lua:123`; no task: `<>`).
_RSPAMD_HEAD = re.compile(
    r"#(?P<pid>\d{1,10})\((?P<process>[a-z_]{1,32})\) <(?P<task>[0-9a-zA-Z]{0,32})>; "
    r"(?P<module>[\w.-]{1,64}); (?P<function>[\w.]{1,128}(?::\d{1,7})?): "
)
# A process's id in brackets after the time, then the message, a colon after it or none
# (rsyncd's `2026/12/04 06:30:43 [1256] connect from host (10.0.0.5)`, tinyproxy's `[18684]:
# msg` after its level and time): an attribute, not a `[<*>]` opening every template.
# Bacula's and Bareos' job messages (Jmsg: `%s JobId %u: `): the daemon that wrote it and the
# job, then the message type's word where it is one (`Error: `, `Warning: `, `Fatal error: `):
# `04-Jun 06:00 bareos-dir JobId 1181: Fatal error: Network error with FD ...`.
_JOB_MESSAGE = re.compile(
    r"(?P<daemon>[A-Za-z][\w.-]{0,63}) JobId (?P<job>\d{1,10}): "
    r"(?:(?P<kind>Error|Warning|Fatal error|Info): )?"
)
_JOB_KINDS = {"Error": "error", "Warning": "warning", "Fatal error": "critical", "Info": "info"}
# A thread named by its address in brackets, then the level and a dash (Plex Media Server's
# `Jun 11, 2024 06:00:02.119 [0x7f3a5a17cf05] INFO - msg`): the thread an attribute.
_HEX_THREAD_LEVEL = re.compile(
    r"\[(?P<thread>0x[0-9a-fA-F]{1,16})\] (?P<level>TRACE|DEBUG|VERBOSE|INFO|NOTICE|WARN|WARNING"
    r"|ERROR|FATAL|CRITICAL) - "
)
_BRACKET_PID = re.compile(r"\[(?P<pid>\d{1,10})\]:? (?=\S)")
# Prosody's `%b %d %H:%M:%S source\tlevel\tmessage` (its loggingmanager's file sink): the
# source (a module, a host's module `example.com:tls`, a connection's id) the logger.
_SOURCE_TAB_LEVEL = re.compile(r"(?P<source>[^\s]{1,128})\t(?P<level>debug|info|warn|error)\t")
# A level's word first, padded, then the time: tinyproxy's `INFO      Dec 04 06:22:17.532
# [18684]: msg` (its `CONNECT` level for connections), log4j's `%-5p %d ...` layouts; or with
# dashes between the fields (Litestar's default, `%(levelname)s - %(asctime)s - %(name)s -
# %(module)s - %(message)s`).
_LEVEL_FIRST = re.compile(r"([A-Z]{3,9})(?P<dash> +- | +)")
# A pid between such a level and an ISO time (`_level_first`), and a dotted logger and a colon
# after the time: EdgeDB's `INFO 142 2024-06-07T00:06:20.036 edb.server: ...`.
_PID_BEFORE_TIME = re.compile(r"(?P<pid>\d{1,9}) (?=\d{4}-)")
_LOGGER_COLON = re.compile(r"(?P<logger>[a-z][\w.]{0,63}): ")
# The logger after such a dashed header's time.
_DASHED_LOGGER = re.compile(r" - (?P<logger>[A-Za-z_][\w.-]{0,127}) - ")
# CoreOS's capnslog (etcd before 3.4, flannel, the Container Linux tools): `time L | package:
# message`, the level a letter (C critical, N notice) and the package that logged before a colon.
_CAPNSLOG = re.compile(r"(?P<level>[CEWNIDT]) \| (?P<package>[\w./-]{1,64}): ")
# log15's terminal format (go-ethereum's and its forks' console, Grafana before 7):
# `INFO [05-01|12:00:00.123] Starting peer-to-peer node   instance=Geth/v1.13`, the level padded
# to five, the time without a year, the message padded to forty before the record's pairs.
_LOG15_TERMINAL = re.compile(
    r"(?P<level>TRACE|DEBUG|INFO |WARN |ERROR|CRIT )\[(?P<month>\d\d)-(?P<day>\d\d)\|"
    r"(?P<clock>\d\d:\d\d:\d\d(?:\.\d{1,6})?)\] ?"
)
# Who wrote a Node.js record, after its level, in bunyan's CLI view (`[time]  INFO: myapp/1234
# on web-1: message`) and pino-pretty's (`[time] INFO (myapp/1234 on web-1): message`, `INFO
# (1234): message` without a name or host): the name is the service, the host the host and the
# pid an attribute, none of them the message's first words.
_NODE_ORIGIN = re.compile(
    r"(?:\((?:(?P<pname>[^\s/()]{1,128})/)?(?P<ppid>\d{1,10})(?: on (?P<phost>[^\s()]{1,256}))?\)"
    r"|(?P<name>[^\s/()]{1,128})/(?P<pid>\d{1,10}) on (?P<host>[^\s():]{1,256})): "
)
# A CI runner's workflow command (GitHub Actions' and Azure Pipelines' `##[error]message` after
# the time of each line of a job's log) is the line's level.
_WORKFLOW_LEVELS = {"error": "error", "warning": "warning", "notice": "info", "debug": "debug"}
# CUPS's error_log (`/var/log/cups/error_log`): a level letter before the bracketed CLF time,
# `E [08/Jun/2024:11:28:58 -0700] Unknown directive Foo on line 22 of /etc/cups/cupsd.conf.`;
# `d` is its debug2, `A` alert and `X` emergency.
_CUPS_LEVELS = {
    "d": "debug",
    "D": "debug",
    "I": "info",
    "N": "notice",
    "W": "warning",
    "E": "error",
    "C": "critical",
    "A": "alert",
    "X": "emerg",
}
# vSphere's services (vpxd, hostd, vpxa, vSAN) since 6.0: the level word, the service and pid,
# then the RFC 5424 structured data of VMware's enterprise number, `[Originator@6876 sub=...
# opID=...]`. Its levels run error, warning, info, verbose, trivia.
_VMWARE = re.compile(
    r" (?P<level>verbose|info|warning|error|trivia) (?P<service>[\w.-]{1,64})\[(?P<pid>\d{1,10})\]"
    r" \[Originator@6876(?P<pairs>(?: [\w.-]{1,64}=[^\s\]=]{0,256}){0,16})\] ?"
)
_VMWARE_LEVELS = {"verbose": "debug", "trivia": "trace"}
# Their layout before 6.0: the thread, level and module in brackets, after the time
# (`time [7F03ECE76700 verbose 'Default' opID=2140bc71] message`) or with it, before 5.0
# (`[2011-04-01 15:14:34.203 F5A5AB90 info 'vm:/vmfs/volumes/...' opID=F6FC49D5] message`).
_VMWARE_THREAD = re.compile(
    r"(?P<thread>[0-9A-F]{8,16}) (?P<level>verbose|info|warning|error|trivia) "
    r"'(?P<logger>[^'\]]{1,256})'(?P<pairs>(?: [\w.-]{1,64}=[^\s\]=]{0,256}){0,16})\] ?"
)
# ESXi's vmkernel.log: the CPU and the world (thread) that logged, then `WARNING: ` or `ALERT: `
# for what vmkwarning.log also gets: `2024-01-01T00:00:00.000Z cpu7:35233)WARNING: ...`.
_VMKERNEL = re.compile(
    r" cpu(?P<cpu>\d{1,4}):(?P<world>\d{1,12})(?: opID=(?P<opid>[^)\s]{1,64}))?\)"
    r"(?:(?P<level>WARNING|ALERT): )?"
)
_VMKERNEL_LEVELS = {"WARNING": "warning", "ALERT": "error", None: None}
# Go's log package with `Lshortfile` (or `Llongfile`) names the caller before the message
# (`server.go:87: listening on :8080`), and some programs then write a level (syncthing's
# `local.go:203: DEBUG: message`).
_GO_CALLER = re.compile(r"(?P<caller>[\w./-]{1,256}\.go:\d{1,7}): ")
# go-logging's (op/go-logging) `%{shortfile} ▶ %{level}` or `%{shortfunc} ▶ %{level:.4s}
# %{id:03x}` after the time (Ofelia's, and its README's example layout): the caller, the
# arrow, the level, full or cut to four letters, and the record's sequence number in hex
# (with a digit: `add`, a word, opens a message).
_GO_LOGGING = re.compile(
    r"(?P<caller>[\w./<>()*:-]{1,256}) \u25b6 (?P<level>[A-Z]{4,8})"
    r"(?: (?P<seq>(?=[a-f]{0,7}\d)[0-9a-f]{3,8}))? "
)
# Resque's worker log: its verbose lines' `** `, the time before the date, the worker's pid.
_RESQUE_HEAD = re.compile(r"\*\* \[(?P<ts>\d\d:\d\d:\d\d \d{4}-\d\d-\d\d)\] (?P<pid>\d{1,10}): ")
# Foreman's smart proxy after its time: the request's id in hex, the level's letter in brackets.
_ID_LETTER = re.compile(r"(?P<request>[0-9a-f]{6,64}) \[(?P<level>[TDIWECF])\] ")
# Foreman's production.log after its time: `[I|app|3ef44836] `, the level's letter, the logger
# and the request's id (empty outside a request) between bars.
_LETTER_BARS = re.compile(
    r"\[(?P<level>[TDIWECF])\|(?P<logger>[A-Za-z_][\w.-]{0,63})\|(?P<request>[\w-]{0,64})\] "
)
# A thread's id with a colon, the level between ` : `, then the function with its line when the
# statement names one (libvirt's `virLogFormatString`: `time: 3456: error : qemuMonitorIO:620 :
# message`; the version and host lines each start writes name none): the function and line are
# the caller, no part of the message.
_THREAD_LEVEL_CALLER = re.compile(
    r": (?P<thread>\d{1,10}): (?P<level>debug|info|warning|error) : "
    r"(?:(?P<caller>[A-Za-z_]\w{0,127}:\d{1,7}) : )?"
)
# A level word joined by a slash to the component that logged, then a colon (Icinga 2's
# `[time] information/ApiListener: message`, `warning/PluginCheckTask: ...`): the component is
# the logger, the text after the colon the message. Locust's puts the host first
# (`[time] vm/INFO/locust.main: msg`, its `%(hostname)s/%(levelname)s/%(name)s`).
_LEVEL_SLASH_COMPONENT = re.compile(
    r"(?:(?P<host>[A-Za-z0-9][\w.-]{0,62})/)?"
    r"(?P<level>(?i:trace|debug|information|info|notice|warning|warn|error|critical|fatal))"
    r"/(?P<component>[A-Za-z][\w.-]{0,63}): "
)
# lldpd's own log (`-d` to stderr, as its container writes it): `time [WARN/lldp] message`,
# the level and the token of the part that logged in one bracket.
_BRACKET_LEVEL_TOKEN = re.compile(r"\[(?P<level>[A-Za-z]{3,8}) ?/(?P<token>[\w.-]{1,32})\] ")
# syncthing's prefix before Go's log time: its device's short id, or the process
# (`[start]`, `[monitor]`) before it knows it.
# A worker's output relayed by its parent (`GenericFormat._worker_prefixed`).
_WORKER_PREFIX = re.compile(
    r"\((?:(?P<worker>[A-Za-z_][\w.-]{0,63}) )?pid=(?P<pid>\d{1,10})"
    r"(?:, ip=(?P<ip>[0-9a-fA-F.:]{2,45}))?\) "
)
# (Two blanks after it: bunrouter's `[bunrouter]  06:19:36.081   404 ...` request lines.)
_SYNCTHING_PREFIX = re.compile(r"\[(?P<prefix>[A-Za-z0-9]{1,16})\]  ?(?=\d|\[\d)")
# A host name with a dot (and a port), or localhost and a port, in brackets before a time
# (PeerTube's). A word and a number (`[worker:3]`) is a process's, not a host's.
_HOST_PREFIX = re.compile(
    r"\[(?P<host>[A-Za-z0-9][A-Za-z0-9-]{0,62}(?:\.[A-Za-z0-9-]{1,63}){1,8}(?::\d{1,5})?"
    r"|localhost:\d{1,5})\] (?=\d)"
)
# A level's letter in that place (InfluxDB 1.3-1.4: `[I] time message`, `[W]`, `[E]`, `[D]`).
_PREFIX_LEVELS = {"D": "debug", "I": "info", "W": "warning", "E": "error"}
# What CouchDB's couch_log writes after such a level and the time: the Erlang node, the process
# that logged and the request's id (`--------` outside a request): `[notice] time
# couchdb@10.0.0.1 <0.1234.0> 8d6b2c1f3a message`. Each differs per node, process and request.
_ERLANG_NODE_PID = re.compile(
    r"(?P<node>[\w.-]{1,128}@[\w.:-]{1,255}) (?P<pid><\d{1,10}\.\d{1,10}\.\d{1,10}>) "
    r"(?:(?P<request>-{8}|[0-9a-f]{10}) )?"
)
# CoreDNS writes no time (its container runtime does): its level in brackets, then the plugin
# that logged: `[ERROR] plugin/errors: 2 example.com. A: read udp ...: i/o timeout`. Other
# programs whose runtime stamps their lines write syslog's and log4j's level names so.
_COREDNS = re.compile(
    r"\[(?P<level>TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|CRIT|CRITICAL|FATAL|ALERT|EMERG)\] "
    r"(?:(?P<plugin>plugin/\w{1,64}): )?"
)
# macOS's unified log as `log show` and `log stream` print it (their default style): the
# thread, the entry's type, the activity, the pid and (since 10.13) the TTL in columns, then
# the process, the image that logged in parentheses and the subsystem and category in brackets:
# `2026-11-28 10:15:04.123456+0100 0x1a2b  Error  0x0  123  0  WindowServer: (SkyLight)
# [com.apple.SkyLight:default] message`.
_UNIFIED_LOG = re.compile(
    r"[ \t]+0x(?P<thread>[0-9a-f]{1,16})[ \t]+(?P<type>[A-Z][a-z]{1,15})[ \t]+"
    r"0x(?P<activity>[0-9a-f]{1,16})[ \t]+(?P<pid>\d{1,10})(?:[ \t]+(?P<ttl>\d{1,5}))?[ \t]+"
    r"(?P<process>[^:\t\n]{1,256}?): (?:\((?P<sender>[^()\n]{1,256})\) )?"
    r"(?:\[(?P<subsystem>[^\]:\s]{1,256}):(?P<category>[^\]\n]{1,256})\] )?"
)
_UNIFIED_LEVELS = {
    "Default": "info",
    "Info": "info",
    "Debug": "debug",
    "Error": "error",
    "Fault": "critical",
}
# Windows' servicing logs (CBS.log, DISM's dism.log): after the time and a comma, the level
# padded to 22 columns and the component that logged padded to 7 (`CBS`, `CSI`, `DISM`, `DPX`):
# `2026-11-28 10:15:04, Info                  CBS    Loaded Servicing Stack ...`.
_SERVICING_COMPONENT = re.compile(r"(?P<component>[A-Z][A-Za-z]{1,7}) +")
# CSI (the component store's engine) numbers its lines, in hex, before the message, and writes
# its own clock's time after the first of a session (`00000001@2016/9/27:20:30:30.455
# WcpInitialize ...`, then `0000000a Warning: ...`): a counter in the message would make each
# line a template of its own.
_CSI_SEQUENCE = re.compile(
    r"(?P<sequence>[0-9a-f]{8})(?:@(?P<time>\d{4}/\d{1,2}/\d{1,2}:\d{1,2}:\d\d:\d\d(?:\.\d{1,9})?))?"
    r"(?: |\Z)"
)
# An app's `time|component|pid|message` (Android health and fitness apps: `20261128-10:15:04:123
# |Step_LSC|30002312|onStandStepChanged 3579`): the component that logged and the process.
_BAR_COMPONENT_PID = re.compile(r"\|(?P<component>[^|\s]{1,256})\|(?P<pid>\d{1,10})\| ?")
# The thread of log4net's `%date|%level|%logger|%thread|%message`: a managed thread's number
# or a name of one word (`DefaultQuartzScheduler_Worker-3`), a bar right after it. A message of
# NLog's layout, which has no thread, is taken for one only when it opens with such a word and
# a bar (`Failed: a|b` does not).
_BAR_THREAD = re.compile(r"(?P<thread>\d{1,10}|[\w.#@$\[\]-]{1,64})\|(?! )")
# strongSwan's charon writing its own file (`filelog`, no host: `Jun 11 06:00:02 08[IKE] <rw|3>
# msg`): the thread, then the subsystem that logged in brackets (with `log_level = yes` its
# verbosity glued to it: `[IKE1]`), then, with `ike_name = yes`, the IKE_SA's name and number in
# angle brackets where the statement concerns one. All three are context: the same statement
# is written with and without the IKE_SA, from any thread.
_THREAD_SUBSYSTEM = re.compile(
    r"(?P<thread>\d{2,3})\[(?P<subsystem>[A-Z]{3})[0-4]?\] "
    r"(?:<(?P<context>[^\s<>|]{1,128}\|\d{1,10})> )?"
)
# The source file and line that logged, in parentheses after the time (lighttpd's
# `2024-06-11 06:00:02: (server.c.1939) message`, its `log_error`'s `(%s.%d) `; `file:line` in
# other C daemons'): the caller, which moves with every release, not the statement's words.
_PAREN_CALLER = re.compile(r"\((?P<caller>[\w./-]{1,240}\.[A-Za-z]{1,5}[.:]\d{1,7})\) ")
# SonarQube's `%d %-5level %process[%X{HTTP_REQUEST_ID}][%logger{20}] %msg` (sonar.log, web.log,
# ce.log, es.log: `2024.06.11 06:00:02 INFO  web[AYxq..][o.s.s.p.Platform] msg`): after the level,
# the process that wrote the line, the request's or the task's id in brackets (empty outside
# one) and the dotted logger in brackets. Process and id are attributes, the logger the logger.
_PROCESS_CONTEXT_LOGGER = re.compile(
    r"(?P<process>[a-z][a-z0-9_-]{0,15})\[(?P<context>[^\[\]\s]{0,64})\]"
    r"\[(?P<logger>[A-Za-z_$][\w$-]{0,63}(?:\.[\w$-]{1,64}){1,16})\] "
)
# A process id in parentheses after the time (GNU Mailman's `%(asctime)s (%(process)d)
# %(message)s`: `Jun 11 06:00:02 2024 (1234) dev runner started.`), a level word perhaps after
# it: the process, an attribute; left in the message every template opened with a value.
_PAREN_PID = re.compile(r"\((?P<pid>\d{1,10})\) ")
# HTCondor's daemon logs (dprintf: `06/11/24 06:00:02 (pid:1877) (D_ALWAYS) msg`): the pid
# with D_PID in the log's header format, the debug category with D_CAT, either or both; the
# shadow's lines about a job name the job and the shadow's pid (`(4512.0) (23438): msg`).
_CONDOR_HEAD = re.compile(
    r"(?:\(pid:(?P<pid>\d{1,10})\) )?\((?P<category>D_[A-Z_]{2,24}(?:[:|][\w:|]{1,64})?)\) "
    r"|\(pid:(?P<bare_pid>\d{1,10})\) "
    r"|\((?P<job>\d{1,10}\.\d{1,10})\) \((?P<job_pid>\d{1,10})\): "
)
_CONDOR_LEVELS = {"D_ERROR": "error", "D_FAILURE": "error", "D_STATUS": "info"}
# Squid's cache.log names the process that wrote a line, glued to a bar, after the time:
# `2026/11/28 10:15:04 kid1| message` (a worker; `time| message` is the parent's). The name is
# an attribute: left in the message it would open every template as a value.
_PROCESS_BAR = re.compile(r"(?P<process>[A-Za-z][\w.-]{0,23})\| ")
# A daemon's own logfile with its name and pid after the time, as its syslog line has them
# (CTDB's `2024/06/07 06:02:57.135977 ctdbd[2469]: message`) or with the pid in parentheses
# (radvd's `[Jun 07 06:00:01] radvd (812): message`): the program is the service, as
# syslog's tag is.
_PROGRAM_PID = re.compile(
    r"(?P<program>[a-z][\w.-]{0,63}) \((?P<pid>\d{1,10})\): "
    r"|(?P<bprogram>[A-Za-z][\w.-]{0,63})\[(?P<bpid>\d{1,10})\]: "
)
# JuiceFS's (its `utils` logger): the program and pid, the level in angle brackets and a colon
# (`juicefs[2817] <WARNING>: message [backup.go:71]`), the caller in brackets at the end.
_PROGRAM_PID_ANGLED_LEVEL = re.compile(
    r"(?P<program>[A-Za-z][\w.-]{0,63})\[(?P<pid>\d{1,10})\] <(?P<level>[A-Za-z]{1,11})>: "
)
# iDempiere's (Compiere's and ADempiere's) CLogFormatter: `06:21:17.351-----------> Doc_InOut.
# isPeriodOpen: NO - MInOut[...] [79]` (a WARNING), `===========> ` a SEVERE; the file's first
# line names the log and its date.
_CLOG_MARK = re.compile(
    r"(?P<mark>[-=])(?P=mark){10}> (?P<logger>[A-Za-z_$][\w$]{0,127}(?:\.[\w$<>]{1,128}){1,8}): "
)
_CLOG_THREAD = re.compile(r" \[(?P<thread>\d{1,10})\]\Z")
_CLOG_FILE = re.compile(r"\*\*\* (?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}) (?=\S.* Log \()")
# Hubzilla's (and Friendica's predecessors') `logger()` line: `2024-06-07T06:00:01Z:LOG_INFO:
# 617e28951c:Cron.php:38:run: cron: start`, the session's id empty outside a web request.
_HUBZILLA = re.compile(
    r"(?P<ts>\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:Z|[+-]\d\d:?\d\d)?)"
    r":LOG_(?P<level>NORMAL|INFO|WARNING|ERR|ERROR|DEBUG|DATA|ALL|NOTICE|CRIT|CRITICAL):"
    r"(?P<session>[\w-]{0,64}):(?P<file>[\w.-]{1,128}):(?P<line>\d{1,7}):"
    r"(?P<function>[\w\\]{1,128}): "
)
# Hubzilla's level names that no other logger uses (`LOGGER_NORMAL`, `LOGGER_DATA`); the others
# are the common words, read as every level is.
_HUBZILLA_LEVELS = {"NORMAL": "info", "DATA": "debug"}
# A channel's name, then a PSR-3 level's name in brackets and a colon (Friendica's).
_CHANNEL_BRACKET_LEVEL = re.compile(
    r"(?P<channel>[a-z][\w.-]{0,63}) "
    r"\[(?P<level>DEBUG|INFO|NOTICE|WARNING|ERROR|CRITICAL|ALERT|EMERGENCY)\]: "
)
_TRAILING_CALLER = re.compile(r" \[(?P<caller>[\w./-]{1,256}\.go:\d{1,7})\]\Z")
# GStreamer's debug log as Kurento writes it after its time: pid, thread, level, category,
# `file:line`, `function()` and the object in angle brackets, if any, then the message.
_GSTREAMER = re.compile(
    r" (?P<pid>\d{1,10}) +(?P<thread>0x[0-9a-f]{1,16}) +"
    r"(?P<level>(?i:error|warning|fixme|info|debug|log|trace|memdump)) +"
    r"(?P<category>[\w.-]{1,64}) +(?P<caller>[\w.-]{1,128}:\d{1,7}) "
    r"(?P<function>[\w:~<>-]{1,256}\(\)) (?:<(?P<object>[^<>\n]{0,256})> )? ?"
)
# GStreamer's levels below info: FIXME a known gap (a warning's), LOG, TRACE and MEMDUMP its
# debug detail.
_GSTREAMER_LEVELS = {"fixme": "warning", "log": "debug", "trace": "debug", "memdump": "debug"}
# A C source's file and line, then a level's word, each with a colon (MiniDLNA's).
_FILE_LINE_LEVEL = re.compile(
    r"(?P<caller>[\w.-]{1,128}\.(?:c|cc|cpp|h):\d{1,7}): (?P<level>[a-z]{3,8}): "
)
# Vespa's log after its epoch time (`vespa-logfmt -f raw`): host, pid/thread, service,
# component and level, then the message, tabs between.
_VESPA = re.compile(
    r"\t(?P<host>[^\t\s]{1,255})\t(?P<pid>\d{1,10})(?:/(?P<tid>\d{1,10}))?\t"
    r"(?P<service>[^\t]{1,128})\t(?P<component>[^\t]{1,512})\t"
    r"(?P<level>fatal|error|warning|info|event|config|debug|spam)\t"
)
# Its event lines: the kind and version, then the event's name (`state/1 name="flush.start"
# value="{...}"`, `started/1 name="searchnode"`).
_VESPA_EVENT = re.compile(r'(?P<kind>[a-z]{1,32})/\d{1,3} name="(?P<name>[^"\s]{1,256})"')
# Vespa's levels that are no syslog's: an event (a state change, a count) and a config line
# are information; spam is the most verbose debug.
_VESPA_LEVELS = {"event": "info", "config": "info", "spam": "debug"}
_STUNNEL_LEVEL = re.compile(r"LOG(?P<priority>[0-7])\[(?P<thread>\d{1,10}|ui|main)\]: ")
# Slurm's slurmstepd writes the job step it serves before the level, into slurmd's log:
# `[2026-11-28T10:15:09.003] [1234.batch] error: *** JOB 1234 ON node01 CANCELLED ...`.
_SLURM_STEP = re.compile(
    r" \[(?P<step>\d{1,12}(?:_\d{1,12})?\.(?:batch|extern|interactive|\d{1,10}))\]"
)
# Proxifier's log (`[MM.dd HH:mm:ss] program - ...`; `*64` marks a 64-bit program): the month
# first, no year; read only so, since a dotted day and month are as often the other way round.
_PROXIFIER = re.compile(
    r"\[(?P<month>0[1-9]|1[0-2])\.(?P<day>[0-2]\d|3[01]) (?P<clock>\d\d:\d\d:\d\d)\] "
    r"(?P<program>[^\s\[\]][^\n]{0,255}?)(?P<bits> \*64)? - "
)
# ROS 2's rcutils console format and the launch system's process prefix (`rcutils`).
_RCUTILS = re.compile(
    r"(?:\[(?P<process>[A-Za-z_][\w.-]{0,127}-\d{1,6})\] )?"
    r"\[(?P<level>DEBUG|INFO|WARN|ERROR|FATAL)\] (?:\[(?P<epoch>\d{9,10}\.\d{1,9})\] )?"
    r"\[(?P<name>[^\]\s]{1,256})\]: "
)
# Apache Geode's and GemFire's log writer: the level (java.util.logging's names, as GemFire's
# own log levels are), the date, time and zone, the member's name, the thread in angle brackets
# and its id, all in one bracket (`[info 2024/06/07 06:00:36.304 UTC server1 <ServerConnection
# on port 40404 Thread 2> tid=0x53] message`; a thread's name may hold a member's, `<P2P message
# reader for 10.30.0.22(server2:3170)<v2>:41000 ...>`).
_GEMFIRE = re.compile(
    r"\[(?P<level>finest|finer|fine|config|info|warn(?:ing)?|error|severe|fatal|debug|trace) "
    r"(?P<ts>\d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d{3}(?: [A-Z]{1,5})?) "
    r"(?P<member>[^<>\[\]\n]{0,256}?) ?<(?P<thread>[^\n]{1,512}?)> "
    r"tid=(?P<tid>0x[0-9a-f]{1,16})\] ?"
)
# parse_timestamp needs a reference for year-less stamps; any fixed one validates the shape.
# Go's `Time.String()` ends a time that holds a monotonic clock reading with it, `m=±s.nnnnnnnnn`
# (`2024-06-11 08:00:02.1 +0200 CEST m=+0.000123001`): seconds since the process started,
# different on every line, and part of the time as Go prints it, not of the message.
_GO_MONOTONIC = re.compile(r" m=[+-]\d{1,19}\.\d{9}(?= |\Z)")
_REFERENCE = datetime(2000, 6, 1)
_A_DAY = timedelta(days=1)
_HEAD = frozenset("0123456789[JFMASONDjfmasondTWtw")
# A program's name, then an ISO date: a name the program writes before its time.
_PROGRAM_BEFORE_DATE = re.compile(r"(?P<program>[A-Z][A-Za-z]{1,15}) (?=\d{4}-\d\d-\d\d[ T]\d\d:)")
# A Go log.Logger's prefix (`_go_prefixed`): a word, before `: ` and Ldate's `2009/11/10`.
_GO_PREFIX = re.compile(r"[A-Za-z][\w.-]{0,31}")
_GO_PREFIX_END = 34
_ASTERISK_HEAD = frozenset("VDTNWESF")  # the first letters of Asterisk's levels
# How Sanic's process identifiers open its lines (`sanic`): the main process's, a worker's.
_SANIC_IDENTS = frozenset(("Main", "Srv "))


class GenericFormat:
    name = "generic"
    multiline = True
    fallback = True  # it reads other formats' lines too, less well: framing asks it last
    continues_own = True  # `continues` goes on only an event this format opened

    def __init__(
        self,
        *,
        slapd_24: bool = False,
        radius_debug: bool = False,
        context_logger: bool = False,
        rfb_log: bool = False,
    ) -> None:
        # Lines read only in a file whose start shows their program's output (`specialise`),
        # as their own text is any other's: slapd 2.4's outside a connection (a hex time alone
        # before them), FreeRADIUS's debug lines (a request's number alone before them),
        # TigerVNC's LogWriters' lines (` Name: message` under a time alone).
        self.slapd_24 = slapd_24
        self.radius_debug = radius_debug
        self.rfb_log = rfb_log
        # A word and a logger after a pid and a level read as context and logger
        # (`_CONTEXT_LOGGER`).
        self.context_logger = context_logger

    def specialise(self, sample: list[str]) -> GenericFormat:
        """This format, reading slapd 2.4's, FreeRADIUS's and TigerVNC's every line when the
        file's start shows theirs."""
        slapd_24 = self.slapd_24 or slapd_24_file(sample)
        radius_debug = self.radius_debug or freeradius_debug_file(sample)
        context_logger = self.context_logger or self._context_logger_file(sample)
        rfb_log = self.rfb_log or rfb_log_file(sample)
        if (slapd_24, radius_debug, context_logger, rfb_log) == (
            self.slapd_24,
            self.radius_debug,
            self.context_logger,
            self.rfb_log,
        ):
            return self
        return GenericFormat(
            slapd_24=slapd_24,
            radius_debug=radius_debug,
            context_logger=context_logger,
            rfb_log=rfb_log,
        )

    def _context_logger_file(self, sample: list[str]) -> bool:
        """Whether a file's first lines show a context and a dotted logger after a pid and a
        level, with two modules of one package at least (`odoo.http`, `odoo.modules.loading`;
        `_CONTEXT_LOGGER`): two file names (`loading config.yaml:`, `reading app.json:`) are no
        package's."""
        seen: dict[str, str] = {}
        for line in sample:
            if _CONTEXT_LOGGER_HINT.search(line, 0, 400) is None:
                continue
            fields = self.parse(line)
            if (
                fields is None
                or fields.level is None
                or fields.logger is not None
                or "pid" not in (fields.attributes or ())
            ):
                continue
            context = _CONTEXT_LOGGER.match(fields.message)
            if context is None or "." not in context["logger"]:
                continue
            logger = context["logger"]
            package = logger.split(".", 1)[0]
            if seen.setdefault(package, logger) != logger:
                return True
        return False

    def _go_prefixed(self, prefix: str, rest: str) -> ParsedFields | None:
        """A line of a Go log.Logger made with a prefix (`log.New(os.Stderr, "INFO: ",
        log.LstdFlags|log.Lshortfile)`, as Go's own examples teach it; `http: ` for a server's
        ErrorLog; etcd 3.4's raft logger, `raft` glued to the date): the prefix before Ldate's
        `2009/11/10`, then the line Go's log writes (`rest`). A level's name is the level; any
        other prefix names the logger."""
        if not _GO_PREFIX.fullmatch(prefix):
            return None
        inner = self.parse(rest)
        if inner is None or inner.timestamp is None or inner.logger is not None:
            return None
        if normalize_level(prefix) is not None:
            if inner.level is not None:
                return None
            return dataclasses.replace(inner, level=prefix)
        return dataclasses.replace(inner, logger=prefix)

    def _worker_prefixed(self, line: str) -> ParsedFields | None:
        """A worker process's line as its parent relays it (`_WORKER_PREFIX`: vLLM's
        `(VllmWorkerProcess pid=312) `, Ray's `(RayWorkerWrapper pid=5121, ip=10.0.0.2) `),
        then a line of its own: the worker's name and pid are attributes, so its lines
        group with the parent's of the same statement."""
        m = _WORKER_PREFIX.match(line)
        if m is None:
            return None
        inner = self.parse(line[m.end() :])
        if inner is None or inner.timestamp is None:
            return None
        attrs: dict[str, Any] = {"pid": int(m["pid"])}
        if m["worker"]:
            attrs["worker"] = m["worker"]
        if m["ip"]:
            attrs["worker_ip"] = m["ip"]
        return dataclasses.replace(inner, attributes={**attrs, **(inner.attributes or {})})

    def _prefixed(self, line: str) -> ParsedFields | None:
        """A line of syncthing's: its prefix in brackets (an attribute), then a generic line;
        or a process id in brackets before it (NATS server's `[1] 2024/05/01 10:00:00.123456
        [INF] message`, Go's log under the pid its logger prefixes)."""
        m = _SYNCTHING_PREFIX.match(line)
        if m is None:
            return self._host_prefixed(line)
        prefix = m["prefix"]
        if prefix.isdigit():
            if len(prefix) > 10:
                return None
            inner = self.parse(line[m.end() :])
            # (A daemon's own header, which names its service and pid where it writes them,
            # is not what follows such a prefix: Suricata's is `[pid] time - (file.c:N) ...`.)
            if inner is None or inner.timestamp is None or inner.service is not None:
                return None
            if inner.attributes and "pid" in inner.attributes:
                return None
            attrs = {"pid": int(prefix), **(inner.attributes or {})}
            return dataclasses.replace(inner, attributes=attrs)
        inner = self.parse(line[m.end() :])
        if inner is None:
            return None
        if inner.level is None and prefix in _PREFIX_LEVELS:
            # InfluxDB 1.3-1.4's `[I] 2017-07-03T14:47:41Z message`: its level's letter.
            return dataclasses.replace(inner, level=_PREFIX_LEVELS[prefix])
        if inner.level is None and len(prefix) > 2 and prefix in LEVEL_ALIASES:
            # A level's name in that place (CouchDB's `[notice] time ...`) is no process's.
            return _erlang_node_pid(dataclasses.replace(inner, level=prefix))
        key = "device" if len(prefix) == 5 and prefix.isupper() else "process"
        attrs = {key: prefix, **(inner.attributes or {})}
        return dataclasses.replace(inner, attributes=attrs)

    def _host_prefixed(self, line: str) -> ParsedFields | None:
        """A dated line under the host (and port) it serves in brackets: PeerTube's console,
        `[tube.example.org:443] 2024-06-07 06:00:08.668 info: message`: the host is the
        event's, the port an attribute."""
        m = _HOST_PREFIX.match(line)
        if m is None:
            return None
        inner = self.parse(line[m.end() :])
        if inner is None or inner.timestamp is None or inner.host is not None:
            return None  # (a line that names its own host is no such line)
        host, _, port = m["host"].partition(":")
        attrs = {"port": int(port), **(inner.attributes or {})} if port else inner.attributes
        return dataclasses.replace(inner, host=host, attributes=attrs)

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """The message of a line that goes on the open event under its header: a message of
        several lines written with the header before each (RabbitMQ's; `repeated_header`), or
        marked as the message going on (Torque's `...;Job;84299.pbs-head;[continued]scp: ...`,
        under the same time, daemon and object as its first line; MarkLogic's `Level:+`)."""
        if opened is None or previous is None:
            return None
        if opened[:9] == _OSSEC_ALERT_HEAD and line[:9] != _OSSEC_ALERT_HEAD:
            return line  # an OSSEC alert's lines, up to the next alert (`fold` reads them)
        cut = line.find(_PBS_CONTINUED, 20, 512)
        if cut > 0 and line[: cut + 1] == opened[: cut + 1]:
            return line[cut + len(_PBS_CONTINUED) :]
        cut = line.find(":+", 19, 48)
        if cut > 0 and line[: cut + 1] == opened[: cut + 1] and line[cut - 1 : cut].isalpha():
            # MarkLogic's ErrorLog: each further line of a message under the same time and
            # level, a `+` after the level's colon (`... Notice:+in /lib/x.xqy, at 165:26`).
            return line[cut + 2 :]
        return continued_line(line, opened, previous, self.parse)

    def fold(self, fields: ParsedFields, continuation: list[str]) -> tuple[ParsedFields, list[str]]:
        """An OSSEC alert's lines (`continues` kept them): its rule's line is the message and
        the template, the rule's level the event's (`_OSSEC_LEVELS`), the location and the
        alert's fields attributes, the log line that fired it the `log` attribute. TigerVNC's
        time alone takes the message under it (`rfb_log`)."""
        attrs = fields.attributes or {}
        if continuation and not fields.message and "context" in attrs:
            below = _LOGGER_BELOW.fullmatch(continuation[0])
            if below is not None:  # Zeebe's logger and message under its header
                fields = dataclasses.replace(fields, message=below["msg"], logger=below["logger"])
                return fields, continuation[1:]
        if "ossec_alert" not in attrs:
            # (Asked of the registry's instance, not the file's `specialise`d one: a time
            # alone with ` Name: ` under it is TigerVNC's layout in any file.)
            if continuation and not fields.message and not attrs and fields.logger is None:
                below = rfb_log_line(continuation[0])
                if below is not None:
                    fields = dataclasses.replace(fields, message=below.message, logger=below.logger)
                    return fields, continuation[1:]
            return fields, continuation
        attrs = dict(attrs)
        rest = []
        for i, text in enumerate(continuation):
            rule = _OSSEC_RULE.match(text)
            if rule is not None and "rule_id" not in attrs:
                # The rule names the alert: its line is the exact template, one group a rule.
                fields = dataclasses.replace(fields, message=text, template=text)
                attrs["rule_id"] = int(rule["id"])
                attrs["rule_level"] = rule_level = int(rule["level"])
                fields.level = next(v for k, v in _OSSEC_LEVELS if rule_level >= k)
            elif i == 0 and (where := _OSSEC_WHERE.match(text)) is not None:
                attrs["location"] = where["location"]  # (its time is the header's epoch's)
            elif (pair := _OSSEC_FIELD.match(text)) is not None and pair["key"] not in attrs:
                attrs[pair["key"]] = pair["value"]
            elif text.strip():
                rest.append(text)
        if rest:
            attrs["log"] = "\n".join(rest)
        fields.attributes = attrs
        return fields, []

    def parse(self, line: str) -> ParsedFields | None:
        fields = self._parse_header(line)
        if fields is None or fields.template is not None:
            return fields
        # A request's record in a layout of the application's own after any header this reads
        # (Serilog.AspNetCore's `HTTP GET /x responded 200 in 3.1 ms` after its logger's name,
        # `- [client] 200 "GET /x HTTP/1.1"` after a level and a time), though the branch that
        # read the header did not ask: named by its route and status as an access log's line.
        message = fields.message
        if message[:1] in _TREE_DRAWING or message[1:3] == " [":
            forest = tree_line(message)
            if forest is not None:
                text, depth, level, pairs = forest
                attrs = {**(fields.attributes or {}), "depth": depth, **pairs}
                level = fields.level if level is None else level
                return dataclasses.replace(fields, message=text, level=level, attributes=attrs)
        if message[:11] == "requestId: " and (ocelot := _OCELOT_REQUEST.match(message)):
            # Ocelot's every message: `requestId: ..., previousRequestId: ..., message: '...'`
            attrs = {**(fields.attributes or {}), "request_id": ocelot["request"]}
            attrs["previous_request_id"] = ocelot["previous"]
            return dataclasses.replace(fields, message=ocelot["msg"], attributes=attrs)
        if (' "' in message and "HTTP/" in message) or " responded " in message:
            record = headed_request(message)
            if record is not None:
                return under_header(fields, record)
        return fields

    def _tai64n_line(self, line: str, end: int) -> ParsedFields:
        """A line under daemontools' TAI64N label (`_TAI64N_LABEL`): what follows it read as a
        line of its own, its time the label's unless it writes one too (a service's own header
        under runit's or s6's logger); else the text after it is the message."""
        label, rest = line[: end - 1], line[end:]
        inner = self._parse_header(rest) if rest else None
        if inner is None:
            return ParsedFields(rest, label)
        if inner.timestamp is None:
            return dataclasses.replace(inner, timestamp=label)
        return inner

    def _parse_header(self, line: str) -> ParsedFields | None:
        if self.rfb_log and line[:1] == " ":
            return rfb_log_line(line)
        if line[:2] == "@4" and (label := _TAI64N_LABEL.match(line)) is not None:
            return self._tai64n_line(line, label.end())
        if line[:1].isdigit() and line[6:7].isdigit() and (lead := _COUNTER_THEN_DATE.match(line)):
            # A count before the date (SingleStore's memsql.log, microseconds since the
            # process started): an attribute, not the time it would read as (an epoch).
            inner = self._parse_header(line[lead.end() :])
            if inner is not None:
                inner.attributes = {"counter": int(lead["count"]), **(inner.attributes or {})}
            return inner
        if line.find(":LOG_", 19, 40) > 0 and (hub := _HUBZILLA.match(line)) is not None:
            # Hubzilla's `logger()`: time, `LOG_` level, session, file, line and function.
            attrs = {"session": hub["session"], "file": hub["file"], "function": hub["function"]}
            attrs["lineno"] = int(hub["line"])
            level = _HUBZILLA_LEVELS.get(hub["level"], hub["level"])
            return ParsedFields(line[hub.end() :], hub["ts"], level, attributes=attrs)
        if line[1:3] == " [" and line[0] in _CUPS_LEVELS:
            return _cups(line)
        if line[1:2] == " " and line[0] in _LEVEL_LETTERS and line[2:6].isdigit():
            # Faktory's `I 2024-06-07T06:15:46.356Z message`: the level's letter, then the time.
            end = match_timestamp_prefix(line, 2)
            if end > 2 and line[end : end + 1] == " ":
                return ParsedFields(line[end + 1 :], line[2:end], _LEVEL_LETTERS[line[0]])
        if line[:1] == "[" and line[1:2].isdigit() and (inside := _TIME_LEVEL_BRACKET.match(line)):
            return ParsedFields(line[inside.end() :], inside["ts"], inside["level"])
        if line[:3] in _KIBANA_HEADS and (kibana := _KIBANA_LEGACY.match(line)) is not None:
            return _kibana_legacy(line, kibana)
        if line[:1] == "[" and "] \u203a " in line[:120] and (sig := _SIGNALE.match(line)):
            # signale's (Nginx Proxy Manager's backend): the scope the logger, its type's word
            # the level (`success`, `start`, `pending` are no levels: the glyph says none).
            level = sig["type"] if normalize_level(sig["type"]) is not None else None
            return ParsedFields(
                line[sig.end() :],
                f"{sig['date']} {sig['time']}",
                level,
                logger=sig["scope"],
            )
        if line[:9] == _OSSEC_ALERT_HEAD and (alert := _OSSEC_ALERT.match(line)) is not None:
            attrs = {"ossec_alert": alert["id"], "groups": alert["groups"].rstrip(",")}
            if alert["mail"]:
                attrs["mail"] = True
            return ParsedFields("", alert["epoch"], None, attributes=attrs)
        if line[:1] == "[" and line.find("][", 1, 16) > 0 and (esp := _ESPHOME.match(line)):
            # ESPHome's `esphome logs`: the time the tool read the line, the level's letter,
            # the component and the source line that logged.
            attrs = {"component": esp["tag"], "lineno": int(esp["line"])}
            return ParsedFields(
                line[esp.end() :], esp["ts"], _ESPHOME_LEVELS[esp["level"]], attributes=attrs
            )
        if line[-5:-4] == " " and "\t" in line[1:66] and (fb := _HOST_TAB_CTIME.match(line)):
            # Firebird's firebird.log: the server and the time alone, the message below them.
            return ParsedFields("", fb["ts"], None, None, fb["host"])
        if line[:3].isupper() and (fields := _level_first(line)) is not None:
            return fields
        if line[:1] == " " and line[7:8] == " " and line[6:7].isupper():
            return _right_aligned_level(line)
        if line[2:3] == ":" and line[5:7] == " [" and (fields := _minute_level(line)) is not None:
            return fields
        if line[:1] == "(":
            if self.radius_debug and (fields := freeradius_debug(line)) is not None:
                return fields
            if line.find("pid=", 1, 80) > 0 and (fields := self._worker_prefixed(line)):
                return fields
            if (clock := _PAREN_CLOCK.match(line)) is not None:
                # MCGalaxy's `(06:01:31) message`: a clock alone, the date the file's.
                return ParsedFields(line[clock.end() :], clock["clock"])
            return sssd(line)
        if line[:4] == "** [" and (resque := _RESQUE_HEAD.match(line)) is not None:
            # Resque's worker (`** [06:00:04 2024-06-06] 23011: got: ...`, its verbose lines'
            # marker, the time before the date, the worker's pid).
            pid = {"pid": int(resque["pid"])}
            return ParsedFields(line[resque.end() :], resque["ts"], None, attributes=pid)
        if line[:4] == "*** " and line[-4:] == " ***" and (log := _CLOG_FILE.match(line)):
            # iDempiere's (Compiere's) CLogFile opening a file: `*** date time idempiere Log
            # (CLogFile) ***`, a record of its own.
            return ParsedFields(line[log.end() :], log["ts"])
        if line[:4] == "*** " or line[7:9] == "| ":
            return level_bar_time(line)
        if line[7:8] == "|":
            return zellij(line)
        if line[:12] == "Zigbee2MQTT:" or (line[5:6] == " " and line[:1] in "deiw"):
            fields = zigbee2mqtt(line)
            if fields is not None:
                return fields
        if line[2:3] == "/" and "[**] [" in line[:48]:
            fields = ids_fast_alert(line)
            if fields is not None:
                return fields
        if line.find(" -- ", 6, 40) > 0 or (line[:1] == "[" and line.find(" - ", 2, 14) > 0):
            fields = suricata(line)
            if fields is not None:
                return fields
        if line[2:3] == "/" and ";" in line[19:28]:
            fields = pbs(line)
            if fields is not None:
                return fields
        if line[:3] == "../" and line.find(": [", 4, 1040) > 0:
            return samba_synology(line)
        if line[8:9] in (" ", ".") and (fields := slapd(line, self.slapd_24)) is not None:
            return fields
        if line[4:5] == "." and line[7:8] == "." and (fields := clickhouse(line)) is not None:
            return fields
        if line[:1] in ("d", "a", "c") and (start := ceph_stderr_prefix(line)) > 0:
            return _ceph_stderr(line, start)
        if (colon := line.find(":", 1, 17)) > 0 and line[colon + 9 : colon + 10] == ":":
            fields = zabbix(line)  # `pid:YYYYMMDD:HHMMSS.mmm`, the pid padded with blanks
            if fields is not None:
                return fields
        if (
            line[:1].isalpha()
            and (colon := line.find(": ", 1, _GO_PREFIX_END)) > 0
            and line[colon + 6 : colon + 7] == "/"
            and (fields := self._go_prefixed(line[:colon], line[colon + 2 :])) is not None
        ):
            return fields
        if (
            line[:1].isalpha()
            and (slash := line.find("/", 5, _GO_PREFIX_END + 4)) > 0
            and line[slash - 4 : slash].isdigit()
            and not line[slash - 5].isdigit()
            and (fields := self._go_prefixed(line[: slash - 4], line[slash - 4 :])) is not None
        ):
            return fields  # a prefix with no separator: `raft2024/05/01 10:00:00 INFO: ...`
        if line[:4] in _SANIC_IDENTS and (fields := sanic(line)) is not None:
            return fields
        if line[:1] == "<" and line[2:3] == ">" and line[1:2] in _QT_LETTERS:
            return _qt_letter(line)
        if (
            line[2:3] == "-"
            and line[5:6] == " "
            and line[:2].isdigit()
            and line[3:5].isdigit()
            and line.find(" [", 6, 24) < 0
        ):
            # A month and day with no year first (`06-04 06:00:03`) is a header only after a
            # level's word (vLLM's, `_level_first`): first, it is logcat's, whose own format
            # reads its pid, tid and tag, and must win its file's detection. Or before a
            # bracket, where logcat writes its pid: log4j's `%d{MM-dd HH:mm:ss.SSS} [%t]`
            # (Pinpoint's collector).
            return None
        if line[:1] == '"' and "\t" in line:
            return _quoted_columns(line)
        if line[:1] == "%" and (comware := _COMWARE.match(line)) is not None:
            return _comware(line, comware)
        if line[:1].isupper() and (named := _PROGRAM_BEFORE_DATE.match(line)) is not None:
            # The program's name before each line's time (docker-jitsi-meet's `Jicofo `,
            # `JVB `): the rest is a header of its own, the name its service.
            inner = self._parse_header(line[named.end() :])
            if inner is not None and inner.timestamp is not None and inner.service is None:
                return dataclasses.replace(inner, service=named["program"])
            return None
        if not line or line[0] not in _HEAD:
            return _untimed_head(line) if line[:1] in _UNTIMED_HEAD else None
        if line[0] == "[":
            if (fields := jvm_unified(line)) is not None:
                return fields
            end = match_timestamp_prefix(line, 1)
            if end < 0:
                if line.find("s] ", 2, 26) > 0 and (fields := uptime_line(line)) is not None:
                    return fields  # Rust's tracing with its uptime timer (Linkerd's proxy)
                if line.find("] ", 6, 16) > 0 and (fields := pfxlog_line(line)) is not None:
                    return fields  # OpenZiti's: the seconds since start, not a time
                if line[1:2] == " " and (fields := _blank_padded_bracket(line)) is not None:
                    return fields
                if line[2:3] == " " and (fields := _letter_and_time(line)) is not None:
                    return fields
                if line[1:2].isdigit() and (fields := _pid_ctime_level(line)) is not None:
                    return fields
                if line.find("] [", 2, 66) > 0 and (fields := _tag_then_level(line)) is not None:
                    return fields
                return (
                    rcutils(line)
                    or haproxy(line)
                    or self._prefixed(line)
                    or _area_then_level(line)
                    or _coredns(line)
                    or _proxifier(line)
                    or _gemfire(line)
                    or clickhouse(line)  # its client's echo: `[host] time [ thread ] ...`
                    or nestjs(line)
                )
            if line[end : end + 1] != "]":
                if line[end : end + 3] == " - " and (
                    served := _PID_IN_TIME_BRACKET.match(line, end)
                ):
                    inner = self._parse_header(f"[{line[1:end]}]{line[served.end() :]}")
                    if inner is None:
                        return None
                    attrs = {**(inner.attributes or {}), "pid": int(served["pid"])}
                    return dataclasses.replace(inner, attributes=attrs)
                if (
                    line[end : end + 2] == ", "
                    and (fields := samba(line, end, line[1:end])) is not None
                ):
                    return fields if parse_timestamp(fields.timestamp, UTC, _REFERENCE) else None
                return _level_and_target_in_brackets(line, end)
            raw = line[1:end]
            pos = end + 1
            if line[pos : pos + 2] == " (" and (sddm := _SDDM_HEAD.match(line, pos)) is not None:
                # SDDM's `[time] (II) DAEMON: message`: Qt's message type as X's markers
                # write it, then the part of SDDM that logged (its daemon, helper, greeter).
                level = _SDDM_LEVELS[sddm["type"]]
                return ParsedFields(line[sddm.end() :], raw, level, logger=sddm["part"])
            if line[pos + 2 : pos + 4] == " [" and line[pos : pos + 1] == " ":
                fields = _letter_caller(line, pos + 1, raw)
                if fields is not None:
                    return fields
            if line[pos : pos + 1] == "[" or line[pos : pos + 2] == " [":
                if parse_timestamp(raw, UTC, _REFERENCE) is None:
                    return None
                if (snappy := _REQUEST_CHANNEL_LEVEL.match(line, pos)) is not None:
                    # SnappyMail's (RainLoop's) `[time][request id] CHANNEL[LEVEL]: message`,
                    # the channel empty for some (`[ERROR]:`).
                    attrs = {"request_id": snappy["request"]}
                    level = snappy["level"].lower()
                    logger = snappy["channel"] or None
                    return ParsedFields(
                        line[snappy.end() :], raw, level, None, None, logger, None, None, attrs
                    )
                if (boxed := _FILE_LINE_LEVEL_BRACKETS.match(line, pos)) is not None:
                    return _boxed_message(line, raw, boxed)
                fields = _spdlog_fields(line, pos, raw)
                if fields is None and (frame := _UNREAL_FRAME.match(line, pos)) is not None:
                    return _unreal(line, raw, frame)
                if fields is None and (system := _SYSTEM_AFTER_TIME.match(line, pos)) is not None:
                    # Teeworlds' (and DDNet's) `[time][server]: message`: the subsystem that
                    # logged, glued to the time's bracket.
                    return ParsedFields(line[system.end() :], raw, logger=system["system"])
                if fields is not None or line[pos] == "[":
                    return fields
        else:
            end = match_timestamp_prefix(line, 0)
            if end < 0:
                # (log15's `WARN [`, zerolog's `3:04PM`: no call for the other lines)
                if line[5:6] == "[" or line[1:2] == ":" or line[2:3] == ":":
                    return _untimed_head(line)
                return None
            raw = line[:end]
            pos = end
        if line[pos + 1 : pos + 4] in ("---", "===") and (clog := _CLOG_MARK.match(line, pos)):
            # iDempiere's (Compiere's) CLogFormatter: a WARNING's and a SEVERE's arrow glued to
            # the time, `Class.method: `, the message, the thread in brackets.
            level = "error" if clog["mark"] == "=" else "warning"
            message = line[clog.end() :]
            attrs = None
            if message[-1:] == "]" and (thread := _CLOG_THREAD.search(message)) is not None:
                attrs = {"thread": int(thread["thread"])}
                message = message[: thread.start()]
            return ParsedFields(message, raw, level, logger=clog["logger"], attributes=attrs)
        if (
            pos < len(line)
            and line[pos] not in " \t|-:,;]"
            and not (line[pos] == "(" and _GLUED_PID.match(line, pos))
        ):
            return None
        stamp = parse_timestamp(raw, UTC, _REFERENCE)
        if stamp is None or (raw[-1:].isdigit() and _a_number_not_yet_a_time(raw, stamp)):
            return None
        if (
            line[0] == "["
            and line[pos + 6 : pos + 7] in _PADDED_LEVEL_END
            and (fields := prefixed_fields(line, pos, raw)) is not None
        ):
            return fields  # logrus' prefixed formatter: `[time]  INFO prefix: message k=v`
        if (
            line[pos : pos + 2] == " ["
            and line[-1:] in _LEVEL_LAST_END
            and (above := _CONTEXT_THEN_LEVEL.fullmatch(line, pos)) is not None
        ):
            # Zeebe's console layout: the context in brackets, the level, then a line break;
            # the logger and the message are on the line below (`fold`).
            context = {"context": above["context"].strip()}
            return ParsedFields("", raw, above["level"], attributes=context)
        if line[pos + 5 : pos + 6] == " " and (misskey := _MISSKEY.match(line, pos)) is not None:
            # Misskey's logger: `LEVEL worker\t[context]\t`, its level a four-letter word
            # (`DONE` a success, `VERB` its debug), `*` the primary process.
            level = _MISSKEY_LEVELS[misskey["level"]]
            return ParsedFields(
                line[misskey.end() :],
                raw,
                level,
                logger=misskey["context"],
                attributes={"worker": misskey["worker"]},
            )
        if line[pos + 1 : pos + 3] == "m=" and (mono := _GO_MONOTONIC.match(line, pos)):
            pos = mono.end()  # of the time, not of the message (`_GO_MONOTONIC`)
        if (
            line[0] == "["
            and line[pos : pos + 1] == " "
            and line[pos + 1 : pos + 2] in _ASTERISK_HEAD
        ):
            fields = asterisk(line, pos + 1, raw)
            if fields is not None:
                return fields
        if line[pos : pos + 2] == " [" and (
            (fields := logsys(line, pos, raw)) is not None
            or (fields := tarantool(line, pos, raw)) is not None
        ):
            return fields
        if line.find(":0x", pos, pos + 64) > 0 and (fields := vertica(line, pos, raw)) is not None:
            return fields
        if (
            line[pos : pos + 1] == " "
            and line.find(": ", pos, pos + 140) > 0
            and (where := _FILE_LINE_LEVEL.match(line, pos + 1)) is not None
            and normalize_level(where["level"]) is not None
        ):
            # MiniDLNA's `[time] upnphttp.c:1170: warn: ` (its log.c): the source file and line
            # that logged, then the level.
            caller = {"caller": where["caller"]}
            return ParsedFields(line[where.end() :], raw, where["level"], attributes=caller)
        if line[pos + 1 : pos + 2].isdigit() and (gst := _GSTREAMER.match(line, pos)) is not None:
            # Kurento's GStreamer debug log: pid, thread, level, category, then where it was
            # logged (file:line, function, the object), all but the message attributes.
            attrs = {"pid": int(gst["pid"]), "thread": gst["thread"], "caller": gst["caller"]}
            attrs["function"] = gst["function"]
            if gst["object"]:
                attrs["object"] = gst["object"]
            level = _GSTREAMER_LEVELS.get(gst["level"].lower(), gst["level"])
            return ParsedFields(
                line[gst.end() :], raw, level, logger=gst["category"], attributes=attrs
            )
        if line[pos : pos + 1] == "\t" and (vespa := _VESPA.match(line, pos)) is not None:
            # Vespa's log: host, pid/thread, service, component and level, tab-separated.
            attrs = {"pid": int(vespa["pid"])}
            if vespa["tid"]:
                attrs["thread"] = int(vespa["tid"])
            message, template = line[vespa.end() :], None
            if vespa["level"] == "event" and (event := _VESPA_EVENT.match(message)) is not None:
                # An event's kind and name are its statement, its values the rest.
                kind, name = event["kind"], event["name"]
                attrs["event"] = name
                rest = " <*>" if message[event.end() :].strip() else ""
                template = f'{kind}/<*> name="{name}"{rest}'
            return ParsedFields(
                message,
                raw,
                _VESPA_LEVELS.get(vespa["level"], vespa["level"]),
                vespa["service"],
                vespa["host"],
                vespa["component"],
                None,
                None,
                attrs,
                template,
            )
        if line.find("\t", pos, pos + 220) > 0 and (fields := prosody(line, pos, raw)) is not None:
            return fields
        if line[pos : pos + 4] == " - [" and (fields := duplicati(line, pos, raw)) is not None:
            return fields
        if line[pos : pos + 4] == " - (" and (fields := sanic_legacy_access(line, pos, raw)):
            return fields
        if (
            line[pos : pos + 2] == " ["
            and (is_offset_time(raw) or (is_utc_time(raw) and twisted_system(line, pos)))
            and (fields := twisted_line(line, pos, raw)) is not None
        ):
            return fields
        if (
            line[pos : pos + 2] == " ["
            and line.find("][", pos, pos + 300) > 0
            and (salt := _NAME_LINE_LEVEL_PID.match(line, pos + 1)) is not None
        ):
            attrs = {"lineno": int(salt["lineno"]), "pid": int(salt["pid"])}
            msg = line[salt.end() :]
            return ParsedFields(msg, raw, salt["level"], logger=salt["name"], attributes=attrs)
        if line[pos : pos + 1] == " " and line.find("]", pos, pos + 90) > 0:
            fields = unbound(line, pos, raw)
            if fields is not None:
                return fields
        if line[pos : pos + 1] == " " and line.find("proftpd[", pos, pos + 260) > 0:
            fields = proftpd(line, pos, raw)
            if fields is not None:
                return fields
        if line[pos : pos + 1] == " " and (fields := ceph(line, pos, raw)) is not None:
            return fields
        if line[pos : pos + 3] == " : " and (fields := freeradius(line, pos, raw)) is not None:
            return fields
        if line[pos + 1 : pos + 3] == "0x" and (mac := _UNIFIED_LOG.match(line, pos)):
            return _unified_log(line, raw, mac)
        if line[pos : pos + 4] == " cpu" and (vmk := _VMKERNEL.match(line, pos)):
            return _vmkernel(line, raw, vmk)
        if "[Originator@" in line[pos : pos + 100] and (vmw := _VMWARE.match(line, pos)):
            return _vmware(line, raw, vmw)
        if line[pos : pos + 2] == " [" and (vmw := _VMWARE_THREAD.match(line, pos + 2)):
            return _vmware(line, raw, vmw)
        if line.find(" [P", pos, pos + 64) > 0 and (diagd := _DIAGD_HEAD.match(line, pos)):
            attrs = {"pid": int(diagd["pid"]), "thread": diagd["thread"]}
            if diagd["version"]:
                attrs["version"] = diagd["version"]
            return _headed(
                ParsedFields(
                    line[diagd.end() :],
                    raw,
                    diagd["level"],
                    logger=diagd["program"],
                    attributes=attrs,
                )
            )
        if line.find("].", pos, pos + 80) > 0 and (zm := _ZONEMINDER_HEAD.match(line, pos)):
            return _zoneminder(line, raw, zm)
        if line[pos + 4 : pos + 6] == "::" and (sab := _SABNZBD_HEAD.match(line, pos)):
            return ParsedFields(
                line[sab.end() :],
                f"{raw},{sab['millis']}",
                sab["level"],
                logger=sab["logger"],
                attributes={"line": int(sab["line"])},
            )
        zerolog_level = line[pos + 1 : pos + 4] in _THREE_LETTER_LEVELS and line[pos] == " "
        if zerolog_level and line[pos + 4 : pos + 5] in (" ", ""):  # `time LVL ...`
            return zerolog_fields(line, raw, pos + 4)
        level = None
        attrs = None
        ts_end = pos
        if line[pos : pos + 6] == " lvl='" and (kb := _QUOTED_HEAD_PAIRS.match(line, pos)):
            # Kill Bill's logback layout: `lvl='INFO', log='InvoiceDispatcher', th='...', `
            # then the request's ids in pairs of the same form, then the message.
            attrs = {"thread": kb["thread"]}
            attrs.update(p for p in _QUOTED_PAIR.findall(kb["pairs"]) if p[1])
            rest = line[kb.end() :]
            return ParsedFields(rest, raw, kb["level"], logger=kb["logger"], attributes=attrs)
        if line[pos : pos + 2] == " [" and (pfx := pfxlog_line(line, pos + 1, raw)):
            return pfx  # OpenZiti's under a container runtime's time
        if line[pos : pos + 2] == " [" and (step := _SLURM_STEP.match(line, pos)):
            attrs = {"step": step["step"]}
            pos = step.end()
        elif line[pos : pos + 1] == "(" and (glued := _GLUED_PID.match(line, pos)):
            # coturn's `%Y-%m-%dT%H:%M:%S%z(pid): LEVEL: msg`: the pid in parentheses right
            # after the time, then a colon.
            attrs = {"pid": int(glued["pid"])}
            pos = glued.end()
        if line.find("LOG ", pos, pos + 17) > 0 and (pgb := _PID_LOG.match(line, pos)):
            m = None
            level, pos = "LOG", pgb.end()
            attrs = {"pid": int(pgb["pid"] or pgb["bpid"])}
        elif line[pos + 2 : pos + 4] == "! " and line[pos] == " " and line[pos + 1] in _BANG_LEVELS:
            m = None
            level, pos = _BANG_LEVELS[line[pos + 1]], pos + 4
        elif line.startswith("\tLEVEL(", pos) and (zap_v := _ZAP_VERBOSITY.match(line, pos)):
            # zap's console for a level it has no name for: logr's `V(2)` is zap's -2, written
            # `LEVEL(-2)` (Kyverno's `validation passed`): a verbosity below info, debug's.
            m = None
            level, pos = "debug", zap_v.end()
        else:
            m = _LEVEL_AFTER.match(line, pos)
        if m is not None:
            if m.group("open") is not None:
                word = m.group("blevel")
                if word.lower() in _BRACKET_LEVELS or word == "CONFIG":
                    # (java.util.logging's CONFIG, between INFO and FINE; in capitals only:
                    # `[config]` is as often a component's tag.)
                    level = word
                elif line.startswith("]:", m.end("blevel")):
                    level = _NPM_LEVELS.get(word)
                elif m.group("open") == "[" and line[m.end("blevel")] == "]":
                    # Beego's logs (frp's golib): `[I]`, `[W]`, the level's capital letter,
                    # then the caller in brackets (`[I] [proxy/proxy.go:204] message`).
                    level = _LEVEL_LETTERS.get(word)
                    at = m.end() + 1
                    if (
                        level is not None
                        and line[at - 1 : at] == "["
                        and (caller := _ENVOY_LEGACY_CALLER.match(line, at))
                    ):
                        called = {"caller": caller["caller"]}
                        rest = line[caller.end() :]
                        return _headed(ParsedFields(rest, raw, level, attributes=called))
            elif not _opens_a_sentence(line, m):
                level = m.group("level")
            if level is not None:
                pos = m.end()
                pid = m.group("pid") or m.group("bpid")  # only with a level: else message text
                if pid is not None:
                    attrs = {"pid": int(pid)}
        if line.find(", ", pos, pos + 48) > 0 and (zomboid := _SUBSYSTEM_MILLIS.match(line, pos)):
            # Project Zomboid's `LOG  : General     , 1717740005318> ` (`ERROR: ` read above):
            # the subsystem the logger, the epoch milliseconds an attribute.
            level = level or "info"
            attrs = {**(attrs or {}), "millis": int(zomboid["millis"])}
            rest = line[zomboid.end() :]
            return ParsedFields(rest, raw, level, logger=zomboid["subsystem"], attributes=attrs)
        if level is None:
            if line[pos : pos + 1] == "|" and (fields := _piped_columns(line, pos, raw)):
                return fields
            if line[pos + 1 : pos + 2].isdigit() and (unity := _UNITY_UPTIME.match(line, pos)):
                # 7 Days to Die's (Unity's) `2024-06-07T06:16:09 957.933 EXC message`: the
                # seconds since the game started and its three-letter level.
                attrs = {"uptime": unity["uptime"]}
                level = _UNITY_LEVELS[unity["level"]]
                return ParsedFields(line[unity.end() :], raw, level, attributes=attrs)
            if raw[4:5] == "." and line[pos + 2 : pos + 4] == ": " and line[pos] == " ":
                # FHEM's `2024.06.07 06:00:00.106 3: message`: the verbosity the statement is
                # logged at (`Log3 $name, 3, ...`), 1 errors, 2 major events, 3 commands.
                verbosity = _FHEM_VERBOSITY.get(line[pos + 1])
                if verbosity is not None:
                    attrs = {"verbosity": int(line[pos + 1])}
                    return ParsedFields(line[pos + 4 :], raw, verbosity, attributes=attrs)
            if line[pos : pos + 2] == ": " and (tlc := _THREAD_LEVEL_CALLER.match(line, pos)):
                attrs = {"thread": int(tlc["thread"])}
                if tlc["caller"]:
                    attrs["caller"] = tlc["caller"]
                return ParsedFields(line[tlc.end() :], raw, tlc["level"], attributes=attrs)
            pos = _SEP.match(line, pos).end()  # type: ignore[union-attr]
            if line[pos : pos + 1] == "[" and (kopano := _PROGRAM_THREAD.match(line, pos)):
                # Kopano's daemons with `log_show_thread`: `[kopano-gateway|T2871] [notice ] `.
                after = _LEVEL_AFTER.match(line, kopano.end())
                if after is not None and after["blevel"] is not None:
                    attrs = {"process": kopano["program"], "thread": int(kopano["thread"])}
                    rest = line[after.end() :]
                    return ParsedFields(rest, raw, after["blevel"], attributes=attrs)
            if line[pos : pos + 1] == "[" and (named := _BRACKETED_LOGGER_LEVEL.match(line, pos)):
                level = named["level"] or _LEVEL_LETTERS[named["letter"]]
                return ParsedFields(line[named.end() :], raw, level, logger=named["logger"])
            if line[pos - 1 : pos] == "\t" and (php := _TAB_PHP_CALLER.match(line, pos)):
                # DokuWiki's error log: `time\tfile.php(line)\tmessage`, a PHP error's
                # constant (`E_WARNING: `) before the message its level.
                attrs = {"caller": php["caller"]}
                level = _PHP_ERROR_LEVELS.get(php["constant"]) if php["constant"] else None
                return ParsedFields(line[php.end() :], raw, level, attributes=attrs)
            if line.find(".py:", pos, pos + 160) > 0 and (llm := _NAME_LEVEL_FILE.match(line, pos)):
                # LiteLLM's `%(asctime)s - %(name)s:%(levelname)s: %(filename)s:%(lineno)s - `.
                attrs = {"file": llm["file"], "lineno": int(llm["lineno"])}
                rest = line[llm.end() :]
                return ParsedFields(rest, raw, llm["level"], logger=llm["logger"], attributes=attrs)
            if line[pos : pos + 7] == "Thread:" and (arrow := _THREAD_ARROW.match(line, pos)):
                # Space Engineers' (VRage's) `time - Thread:   1 ->  message`.
                attrs = {"thread": int(arrow["thread"])}
                return ParsedFields(line[arrow.end() :], raw, None, attributes=attrs)
            if line[pos : pos + 1] == "[" and (tag := _CAPITAL_TAG.match(line, pos)):
                # A channel's name in brackets, one capitalised word (Vintage Story's log
                # types, `[Event]`, `[Audit]`, `[Chat]`): left in the message, every short
                # statement under it read as that label's value.
                return ParsedFields(line[tag.end() :], raw, None, logger=tag["tag"])
            if line[pos : pos + 1] == "[" and (kannel := _PID_THREAD_LEVEL.match(line, pos)):
                attrs = {"pid": int(kannel["pid"]), "thread": int(kannel["thread"])}
                return ParsedFields(line[kannel.end() :], raw, kannel["level"], attributes=attrs)
            if (
                line[pos : pos + 1].isupper()
                and line.find(") ", pos, pos + 220) > 0
                and (mist := _PROGRAM_PID_KIND.match(line, pos))
            ):
                level = _MIST_LEVELS.get(mist["kind"], mist["kind"])
                attrs = {"process": mist["program"], "pid": int(mist["pid"])}
                if mist["stream"]:
                    attrs["stream"] = mist["stream"]
                return ParsedFields(line[mist.end() :], raw, level, attributes=attrs)
            if line[pos : pos + 1] == "D" and (osmo := _OSMO_CATEGORY.match(line, pos)):
                caller = {"caller": osmo["caller"]}
                return ParsedFields(
                    line[osmo.end() :],
                    raw,
                    osmo["level"],
                    logger=osmo["category"],
                    attributes=caller,
                )
            if (padded := _PADDED_LOGGER_LEVEL.match(line, pos)) is not None:
                return ParsedFields(
                    line[padded.end() :], raw, padded["level"], logger=padded["logger"]
                )
            if line[pos - 3 : pos] == " - " and (kettle := _KETTLE_TRANSFORM.match(line, pos)):
                # Apache Hop's and Pentaho Kettle's `date - subject - message`: a transform's
                # name and copy number is the subject, of any words (`Table input.0`).
                return ParsedFields(line[kettle.end() :], raw, None, logger=kettle["transform"])
            if line[pos : pos + 1] == "<" and (angle := _ANGLE_THREAD.match(line, pos)):
                thread = {"thread": angle["thread"]}
                return ParsedFields(
                    line[angle.end() :],
                    raw,
                    angle["level"],
                    logger=angle["logger"],
                    attributes=thread,
                )
            slash = line.find("/", pos, pos + 78) > 0
            if slash and (lsc := _LEVEL_SLASH_COMPONENT.match(line, pos)) is not None:
                return ParsedFields(
                    line[lsc.end() :], raw, lsc["level"], None, lsc["host"], lsc["component"]
                )
            if (
                slash
                and line[pos : pos + 1] == "["
                and (token := _BRACKET_LEVEL_TOKEN.match(line, pos)) is not None
                and normalize_level(token["level"]) is not None
            ):
                return ParsedFields(line[token.end() :], raw, token["level"], logger=token["token"])
            if line.startswith("us=", pos) and (usec := _USEC.match(line, pos)) is not None:
                # OpenVPN's `--verb 4` and up: the time's microseconds after it (`2024-06-11
                # 07:02:13 us=401234 message`), of the time, not of the message.
                if "." not in raw[-7:]:
                    raw = f"{raw}.{int(usec['us']):06d}"
                pos = usec.end()
            if (fields := thread_subsystem(line, pos, raw)) is not None:
                return fields
            if " : " in line[pos : pos + 48] and (nd := _PROGRAM_LEVEL_THREAD.match(line, pos)):
                attrs = {"process": nd["program"], "thread": nd["thread"]}
                return ParsedFields(line[nd.end() :], raw, nd["level"], attributes=attrs)
            if line[pos : pos + 1] == "#" and (rsp := _RSPAMD_HEAD.match(line, pos)):
                return _rspamd(line, raw, rsp)
            if " JobId " in line[pos : pos + 72] and (job := _JOB_MESSAGE.match(line, pos)):
                return _job_message(line, raw, job)
            if line[pos : pos + 3] == "[0x" and (hx := _HEX_THREAD_LEVEL.match(line, pos)):
                thread = {"thread": hx["thread"]}
                return ParsedFields(line[hx.end() :], raw, hx["level"], attributes=thread)
            if line.find("] ", pos + 6, pos + 72) > 0 and (idl := _ID_LETTER.match(line, pos)):
                # Foreman's smart proxy: the request's id, then the level's letter in brackets.
                request = {"request_id": idl["request"]}
                level = _LEVEL_LETTERS[idl["level"]]
                return ParsedFields(line[idl.end() :], raw, level, attributes=request)
            if line[pos + 2 : pos + 3] == "|" and (bars := _LETTER_BARS.match(line, pos)):
                # Foreman's production.log: `[I|app|3ef44836] `, the level's letter, the
                # logger and the request's id.
                request = {"request_id": bars["request"]} if bars["request"] else None
                level = _LEVEL_LETTERS[bars["level"]]
                rest = line[bars.end() :]
                return ParsedFields(rest, raw, level, logger=bars["logger"], attributes=request)
            if line[pos : pos + 1] == "[" and (jfrog := _JFROG_HEAD.match(line, pos)):
                return _jfrog(line, raw, jfrog)
            if line[pos : pos + 1].isupper() and (dd := datadog_agent(line, pos, raw)):
                return dd
            if line[pos : pos + 1] == "[" and (bpid := _BRACKET_PID.match(line, pos)):
                pid_attr = {"pid": int(bpid["pid"])}
                return ParsedFields(line[bpid.end() :], raw, None, attributes=pid_attr)
            if line[pos : pos + 1] == "(" and (paren := _PAREN_CALLER.match(line, pos)):
                caller = {"caller": paren["caller"]}
                return ParsedFields(line[paren.end() :], raw, None, attributes=caller)
            if line[pos : pos + 1] == "(" and (condor := _CONDOR_HEAD.match(line, pos)):
                return _condor(line, raw, condor)
            if line[pos : pos + 1] == "(" and (ppid := _PAREN_PID.match(line, pos)):
                return _after_program(line, raw, ppid)
            if line[pos : pos + 3] == "LOG" and (stunnel := _STUNNEL_LEVEL.match(line, pos)):
                # stunnel's `LOG5[184227]: `: syslog's priority, then the thread (`ui`, the
                # main thread's), not a program named LOG5.
                thread = {"thread": stunnel["thread"]}
                level = syslog_severity_level(int(stunnel["priority"]))
                return ParsedFields(line[stunnel.end() :], raw, level, attributes=thread)
            if (
                line[pos : pos + 1].isalpha()
                and line.find("] <", pos, pos + 80) > 0
                and (angled := _PROGRAM_PID_ANGLED_LEVEL.match(line, pos))
                and angled["level"].lower() in _BRACKET_LEVELS
            ):
                return _angled_level(line, raw, angled)
            if (
                line[pos : pos + 1].islower()
                and line.find("]: ", pos, pos + 80) > 0
                and (channel := _CHANNEL_BRACKET_LEVEL.match(line, pos)) is not None
            ):
                # Friendica's logger (`%datetime% %channel% [%level%]: %message% %context% -
                # %extra%`): the channel is the logger.
                return ParsedFields(
                    line[channel.end() :], raw, channel["level"], logger=channel["channel"]
                )
            if (
                line[pos : pos + 1].isalpha()
                and line.find(": ", pos, pos + 80) > 0
                and (program := _PROGRAM_PID.match(line, pos))
            ):
                fields = _after_program(line, raw, program)
                fields.service = program["program"] or program["bprogram"]
                return fields
            if line[pos : pos + 1].isalpha() and (proc := _PROCESS_BAR.match(line, pos)):
                process = {"process": proc["process"]}
                return ParsedFields(line[proc.end() :], raw, None, attributes=process)
            if line[pos : pos + 1] == "|" and (bar := _BAR_COMPONENT_PID.match(line, pos)):
                pid_attr = {"pid": int(bar["pid"])}
                return ParsedFields(
                    line[bar.end() :], raw, None, logger=bar["component"], attributes=pid_attr
                )
            if line[pos + 1 : pos + 4] == " | " and (cap := _CAPNSLOG.match(line, pos)):
                level = _LETTER_LEVELS[cap["level"]]
                return ParsedFields(line[cap.end() :], raw, level, logger=cap["package"])
            mongo = _MONGODB_LEGACY.match(line, pos)
            if mongo is not None:
                logger = mongo["component"] if mongo["component"] != "-" else None
                context = {"context": mongo["context"]}
                return ParsedFields(
                    line[mongo.end() :], raw, mongo["level"], logger=logger, attributes=context
                )
            if ".go:" in line[pos : pos + 270] and (gitea := _GITEA.match(line, pos)):
                word = gitea["level"]
                level = _LEVEL_LETTERS.get(word) or (
                    word if word.lower() in _BRACKET_LEVELS else None
                )
                if level is not None:
                    caller = {"caller": gitea["caller"]}
                    return ParsedFields(line[gitea.end() :], raw, level, attributes=caller)
            if ".go:" in line[pos : pos + 270] and (go := _GO_CALLER.match(line, pos)):
                caller = {"caller": go["caller"]}
                after = _LEVEL_AFTER.match(line, go.end())
                if after is not None and after["level"] is not None:
                    return ParsedFields(line[after.end() :], raw, after["level"], attributes=caller)
                # No level: the caller is still no part of the message (the standard logger's
                # `log.SetFlags(log.LstdFlags | log.Lshortfile)`, the line number moving with
                # every edit of the file).
                return ParsedFields(line[go.end() :], raw, None, attributes=caller)
            if "\u25b6" in line[pos : pos + 260] and (gol := _GO_LOGGING.match(line, pos)):
                level = normalize_level(gol["level"])
                if level is not None:
                    caller = {"caller": gol["caller"]}
                    return ParsedFields(line[gol.end() :], raw, level, attributes=caller)
            if line[pos : pos + 4] == "WEB " and (web := _VIKUNJA_WEB.match(line, pos)):
                return _vikunja_request(raw, web)
            if " " in line[pos + 8 : pos + 17] and (hexc := _HEX_THREAD_CATEGORY.match(line, pos)):
                return _thread_category(line, raw, hexc)
            if "\t" in line[pos : pos + 130] and (src := _SOURCE_TAB_LEVEL.match(line, pos)):
                return ParsedFields(line[src.end() :], raw, src["level"], logger=src["source"])
            if ":" in line[pos : pos + 140] and (named := _NAME_COLON_LEVEL.match(line, pos)):
                level = named["level"] or named["tlevel"]
                return _headed(
                    ParsedFields(line[named.end() :], raw, level, logger=named["logger"])
                )
            if ": " in line[pos : pos + 34] and (bind := _CATEGORY_SEVERITY.match(line, pos)):
                severity = bind["severity"]
                level = "debug" if severity[0] == "d" else severity
                return ParsedFields(line[bind.end() :], raw, level, logger=bind["category"])
            if line[pos : pos + 1].islower() and (dove := _PREFIX_LEVEL.match(line, pos)):
                context = {"context": dove["context"]} if dove["context"] else None
                return ParsedFields(
                    line[dove.end() :],
                    raw,
                    dove["level"].lower(),
                    logger=dove["service"],
                    attributes=context,
                )
            if line.startswith("##[", pos):
                level = _WORKFLOW_LEVELS.get(line[pos + 3 : line.find("]", pos, pos + 16)])
            elif "=" in line[pos : pos + 66] and (meta := _ELIXIR_METADATA.match(line, pos)):
                pairs = dict(p.split("=", 1) for p in meta["pairs"].split())
                return ParsedFields(line[meta.end() :], raw, meta["level"], attributes=pairs)
        elif ":\\" in line[pos + 1 : pos + 4] and (windows := _WINDOWS_CALLER.match(line, pos)):
            # NSClient++'s `time: error:c:\source\...\handler_impl.cpp:18: message`: where
            # it logged, a Windows path and a line (its drive letter had been the logger).
            attrs = {**(attrs or {}), "caller": windows["caller"]}
            return ParsedFields(line[windows.end() :], raw, level, attributes=attrs)
        elif (
            line[ts_end : ts_end + 1] == ","
            and m is not None
            and m.group("level") is not None
            and line[m.end("level") : m.end("level") + 2] == "  "
            and (servicing := _SERVICING_COMPONENT.match(line, pos))
        ):
            # Windows' CBS.log and dism.log: the component after the padded level.
            pos = servicing.end()
            if servicing["component"] == "CSI" and (csi := _CSI_SEQUENCE.match(line, pos)):
                attrs = {**(attrs or {}), "sequence": csi["sequence"]}
                if csi["time"]:
                    attrs["csi_time"] = csi["time"]
                pos = csi.end()
            return ParsedFields(
                line[pos:], raw, level, logger=servicing["component"], attributes=attrs
            )
        elif (
            m is not None
            and m.group("level") is not None
            and line[m.end("level") : m.end("level") + 2] == "  "
            and line[pos : pos + 1].islower()
            and (vlib := _PADDED_CLASS.match(line, pos)) is not None
        ):
            # FD.io VPP's vlib log (`%U %-10U %-14U %v`): the level and the log's class, each
            # padded to its column; the class (`plugin/load`, `dpdk`) is the logger.
            rest = line[vlib.end() :]
            return ParsedFields(rest, raw, level, logger=vlib["logger"], attributes=attrs)
        elif line[pos : pos + 1] == "[" and (jitsi := _JITSI_SOURCE.match(line, pos)) is not None:
            # Jitsi's (Videobridge's, Jicofo's) `[thread] [context] Class.method#line: `.
            attrs = {**(attrs or {}), "thread": int(jitsi["thread"]), "method": jitsi["method"]}
            attrs["lineno"] = int(jitsi["lineno"])
            if jitsi["context"]:
                attrs["context"] = jitsi["context"]
            rest = line[jitsi.end() :]
            return ParsedFields(rest, raw, level, logger=jitsi["class"], attributes=attrs)
        elif (
            m is not None
            and m.group("open") == "["
            and line.find(": ", pos, pos + 18) > 0
            and (sgw := _LOG_KEY_CONTEXT.match(line, pos)) is not None
        ):
            # Couchbase Sync Gateway's `[INF] Cache: db:catalog c:#41474 message`: the log key
            # is the logger, the database and the request or connection attributes.
            context = {_SGW_CONTEXT[k]: v for k, v in _CONTEXT_PAIR.findall(sgw["context"])}
            attrs = {**(attrs or {}), **context}
            return ParsedFields(line[sgw.end() :], raw, level, logger=sgw["key"], attributes=attrs)
        elif line.find(" : ", pos, pos + 200) > 0 and (
            mylar := _CALLER_THEN_THREAD.match(line, pos)
        ):
            # Mylar3's `%(name)s.%(funcName)s.%(lineno)s : %(threadName)s : ` after its level.
            attrs = {
                **(attrs or {}),
                "function": mylar["function"],
                "lineno": int(mylar["lineno"]),
                "thread": mylar["thread"],
            }
            rest = line[mylar.end() :]
            return ParsedFields(rest, raw, level, logger=mylar["logger"], attributes=attrs)
        elif line[pos : pos + 4] == "[MY-" and (my := _MYSQL.match(line, pos)) is not None:
            pos = my.end()
            thread = attrs.pop("pid") if attrs else None
            attrs = {"thread": thread} if thread is not None else {}
            attrs.update(code=my["code"], subsystem=my["subsystem"])
        elif line[pos : pos + 1] == "<" and (erl := _ERLANG_PID.match(line, pos)) is not None:
            pos = erl.end()
            attrs = {**(attrs or {}), "erlang_pid": erl["pid"]}
            if erl["caller"]:
                attrs["caller"] = erl["caller"]
        elif (
            line[pos : pos + 1] == "["
            and m is not None
            and m.group("open") == "*"
            and (sling := _THREAD_THEN_CLASS.match(line, pos)) is not None
        ):
            # Apache Sling's (and AEM's) logback layout, `%d{dd.MM.yyyy HH:mm:ss.SSS} *%level*
            # [%thread] %logger %msg`: the thread in brackets (a request's, `qtp1413356429-64
            # GET /x HTTP/1.1`), the logger without a dash.
            attrs = {**(attrs or {}), "thread": sling["thread"]}
            return ParsedFields(
                line[sling.end() :], raw, level, logger=sling["logger"], attributes=attrs
            )
        elif (
            line[pos : pos + 1] == "["
            and m is not None
            and m.group("open") == "["
            and (padded := _PADDED_LOGGER_DASH.match(line, pos)) is not None
        ):
            # openHAB's `%d [%-5.5p] [%-36.36c] - %m`: the logger padded (and cut from the
            # left) in brackets, then a dash.
            return ParsedFields(
                line[padded.end() :], raw, level, logger=padded["logger"], attributes=attrs
            )
        elif (
            line[pos : pos + 1] == "["
            and level is not None
            and (padded := _PADDED_LOGGER_THREAD_DASH.match(line, pos)) is not None
        ):
            attrs = {**(attrs or {}), "thread": padded["thread"]}
            return ParsedFields(
                line[padded.end() :], raw, level, logger=padded["logger"], attributes=attrs
            )
        elif (
            line[pos : pos + 1] == "["
            and m is not None
            and m.group("open") == "["
            and (deluge := _PADDED_NAME_LINE.match(line, pos)) is not None
        ):
            attrs = {**(attrs or {}), "line": int(deluge["line"] or deluge["line_"])}
            return ParsedFields(
                line[deluge.end() :], raw, level, logger=deluge["logger"], attributes=attrs
            )
        elif (
            line[pos : pos + 1] == "["
            and m is not None
            and m.group("open") == "["
            and (tigase := _PADDED_THREAD_CALLER.match(line, pos)) is not None
            and (tigase["pad"] or tigase["tail"])
        ):
            attrs = {**(attrs or {}), "thread": tigase["thread"]}
            if tigase["method"]:
                attrs["method"] = tigase["method"]
            return ParsedFields(
                line[tigase.end() :], raw, level, logger=tigase["logger"], attributes=attrs
            )
        elif (
            level is not None
            and line[pos : pos + 2] == "\u25b6 "
            and (arrow := _ARROW_CALLER.match(line, pos)) is not None
        ):
            # go-logging's `%{level}\t▶ %{shortpkg}/%{shortfunc} %{id:03x} ` (Vikunja's): the
            # function that logged and the record's sequence number.
            attrs = {**(attrs or {}), "caller": arrow["caller"]}
            return ParsedFields(line[arrow.end() :], raw, level, attributes=attrs)
        elif (
            level is not None
            and line.find("Thread[", pos, pos + 400) > 0
            and (java := _CLASS_THREAD.match(line, pos)) is not None
        ):
            attrs = {**(attrs or {}), "thread": java["thread"]}
            return ParsedFields(
                line[java.end() :], raw, level, logger=java["logger"], attributes=attrs
            )
        elif (
            level is not None
            and line.find(".", pos, pos + 80) > 0
            and (c_caller := _C_CALLER.match(line, pos)) is not None
        ):
            # A C program's `__FILE__:__LINE__` after the level (pgagroal's `INFO  worker.c:94
            # connect: ...`): where it logged, which moves with every edit of the file.
            attrs = {**(attrs or {}), "caller": c_caller["caller"]}
            return ParsedFields(line[c_caller.end() :], raw, level, attributes=attrs)
        elif (
            level is not None
            and line[pos - 3 : pos] == " : "
            and (knime := _KNIME_COLUMNS.match(line, pos)) is not None
        ):
            # KNIME's `%d : %-5p : %t : %X{knime.jobid} : %c{1} : %X{knime.nodename} :
            # %X{knime.nodeid} : %m`: the node a workflow ran the statement in is context, as
            # the thread named after it is.
            attrs = {**(attrs or {}), "thread": knime["thread"]}
            for key in ("job", "node", "node_id"):
                if knime[key]:
                    attrs[key] = knime[key]
            return ParsedFields(
                line[knime.end() :], raw, level, logger=knime["logger"], attributes=attrs
            )
        elif (
            level is not None
            and ".go:" in line[pos : pos + 1200]
            and (go := _CONTEXT_GO_CALLER.match(line, pos)) is not None
        ):
            # NetBird's logrus formatter: `LEVEL [accountID: x, peerID: y] file.go:N: message`,
            # the entry's fields (in Go's random map order) and the caller before the message.
            attrs = {**(attrs or {}), "caller": go["caller"]}
            if go["context"]:
                for pair in go["context"].split(", "):
                    key, _, value = pair.partition(": ")
                    attrs[key] = value
            return ParsedFields(line[go.end() :], raw, level, attributes=attrs)
        elif (
            line[pos : pos + 1] == "("
            and m is not None
            and m.group("open") == "["
            and (tag := _PAREN_TAG.match(line, pos)) is not None
        ):
            # AixLog's (Snapcast's) `[Notice] (StreamServer) `: the tag after the level's
            # bracket is the part that logged.
            return ParsedFields(line[tag.end() :], raw, level, logger=tag["tag"], attributes=attrs)
        elif (
            line[pos : pos + 1] == "{"
            and level is not None
            and (braced := _BRACED_NAME_LINE.match(line, pos)) is not None
        ):
            attrs = {**(attrs or {}), "line": int(braced["line"])}
            return ParsedFields(
                line[braced.end() :], raw, level, logger=braced["logger"], attributes=attrs
            )
        elif line[pos : pos + 1] == "[" and (pyramid := _NAME_LINE_THREAD.match(line, pos)):
            attrs = {**(attrs or {}), "line": int(pyramid["line"]), "thread": pyramid["thread"]}
            return _headed(
                ParsedFields(
                    line[pyramid.end() :], raw, level, logger=pyramid["logger"], attributes=attrs
                )
            )
        elif line[pos : pos + 5] == "from " and (play := _FROM_IN.match(line, pos)) is not None:
            attrs = {**(attrs or {}), "thread": play["thread"]}
            return _headed(  # (its LoggingFilter's requests: `GET /x took 5ms and returned 200`)
                ParsedFields(
                    line[play.end() :], raw, level, logger=play["logger"], attributes=attrs
                )
            )
        elif (
            m is not None
            and m.group("level") is not None
            and "-" in line[m.end("level") : pos]
            and (dashed := _DOTTED_DASH.match(line, pos)) is not None
        ):
            # log4j's `[%d] %6p - %30.30c - %m` (JetBrains TeamCity's, YouTrack's): the
            # category, right-aligned in its column and cut from the left, then a dash.
            return ParsedFields(
                line[dashed.end() :], raw, level, logger=dashed["logger"], attributes=attrs
            )
        elif line[pos - 1 : pos] == "\t" and "\t" in line[pos:]:
            zap = _tab_separated(line[pos:])
            if zap is None and level.islower():
                zap = _istio_scope(line[pos:])
            if zap is not None:
                message, logger, extra = zap
                if extra:
                    attrs = {**attrs, **extra} if attrs else extra
                return ParsedFields(message, raw, level, logger=logger, attributes=attrs)
        elif line[pos : pos + 1] == "|":
            # NLog's `${longdate}|${level}|${logger}|${message}`: the logger between pipes;
            # log4net's `%date|%level|%logger|%thread|%message` has the thread after it (or
            # before: `%thread|%logger`), a number or a name of one word.
            logger, bar, message = line[pos + 1 : pos + 258].partition("|")
            if bar and logger and " " not in logger:
                pos += 2 + len(logger)
                thread = _BAR_THREAD.match(line, pos)
                if thread is not None:
                    if logger.isdigit() and not thread["thread"].isdigit():
                        logger, thread_name = thread["thread"], logger
                    else:
                        thread_name = thread["thread"]
                    attrs = {**(attrs or {}), "thread": thread_name}
                    pos = thread.end()
                return ParsedFields(line[pos:], raw, level, logger=logger, attributes=attrs)
        elif (
            line[pos : pos + 1] == "["
            and m is not None
            and m.group("open") == "["
            and (context := _THREAD_SOURCE_CONTEXT.match(line, pos)) is not None
        ):
            attrs = {**(attrs or {}), "thread": int(context["thread"])}
            return ParsedFields(
                line[context.end() :], raw, level, logger=context["logger"], attributes=attrs
            )
        elif (
            line[pos : pos + 1] == "["
            and m is not None
            and m.group("open") == "["
            and (thread := _BRACKET_THREAD_COLON.match(line, pos)) is not None
        ):
            attrs = {**(attrs or {}), "thread": thread["thread"]}
            return ParsedFields(line[thread.end() :], raw, level, attributes=attrs)
        elif line[pos + 6 : pos + 9] == "] {" and LOG_ID_TOPIC.match(line, pos) is not None:
            return log_id_topic(ParsedFields(line[pos:], raw, level, attributes=attrs))
        elif (
            line[pos : pos + 1] == "["
            and _UTIL_LOG_TIME.match(raw) is not None
            and (node := _NODE_CONTEXT.match(line, pos)) is not None
        ):
            # The node is where the statement was logged from, not what it says: the same
            # statement of two function nodes is one.
            return ParsedFields(
                line[node.end() :], raw, level, logger=node["node"], attributes=attrs
            )
        elif line[pos : pos + 1] == "[" and (rust := _RUST_TARGET.match(line, pos)):
            # A Rust module path after the level is the target that logged, not a thread.
            if rust["thread"]:
                attrs = {**(attrs or {}), "thread": rust["thread"]}
            return ParsedFields(
                line[rust.end() :], raw, level, logger=rust["target"], attributes=attrs
            )
        if (
            level is not None
            and line.find("][", pos, pos + 84) > 0
            and (proc := _PROCESS_CONTEXT_LOGGER.match(line, pos)) is not None
        ):
            attrs = {**(attrs or {}), "process": proc["process"]}
            if proc["context"]:
                attrs["context"] = proc["context"]
            return ParsedFields(
                line[proc.end() :], raw, level, logger=proc["logger"], attributes=attrs
            )
        if (
            level is not None
            and m is not None
            and m.group("pid") is not None
            and m.group("open") is None
            and self.context_logger
            and (context := _CONTEXT_LOGGER.match(line, pos)) is not None
        ):
            attrs = {**(attrs or {}), "context": context["context"]}
            return ParsedFields(
                line[context.end() :], raw, level, logger=context["logger"], attributes=attrs
            )
        if (
            level is not None
            and m is not None
            and m.group("open") is None
            and ":" in line[pos : pos + 2200]
            and (tracing := tracing_event(line, pos)) is not None
        ):
            message, target, extra = tracing
            if extra:
                attrs = {**(attrs or {}), **extra}
            return ParsedFields(message, raw, level, logger=target, attributes=attrs)
        if (
            level is not None
            and raw[4:5] == "/"
            and m is not None
            and m.group("open") == "["
            and (module := _HASHICORP_MODULE.match(line, pos)) is not None
        ):
            return ParsedFields(
                line[module.end() :], raw, level, logger=module["module"], attributes=attrs
            )
        if (
            level is not None
            and (line[pos : pos + 1] == "(" or line.find("/", pos, pos + 130) > pos)
            and _node_origin_follows(line, pos)
        ):
            fields = _node_origin(line, pos, raw, level, attrs)
            if fields is not None:
                return fields
        if level is None and line[pos : pos + 1] == "%":
            level = mnemonic_level(line, pos)  # a network device's `%LINK-3-UPDOWN: ...`
        if (
            level is not None
            and m is not None
            and m.group("open") == "["
            and line[m.end("blevel") : m.end("blevel") + 2] == "  "
            and (event := console_event(line, pos)) is not None
        ):
            # structlog's console: the level padded inside its brackets (`[info     ]`), the
            # event padded to its column, then its bound values.
            message, pairs = event
            attrs = {**(attrs or {}), **pairs} if pairs else attrs
            return ParsedFields(message, raw, level, attributes=attrs)
        if level is None and line.find(": [", pos, pos + 20) > 0:
            frr = _FRR_DAEMON.match(line, pos)
            if frr is not None:
                return _frr(line, raw, frr)
        if level is not None and line[pos - 2 : pos] == "| " and (tail := _bar_tail(line, pos)):
            message, logger, thread = tail
            attrs = {**(attrs or {}), "thread": thread}
            return ParsedFields(message, raw, level, logger=logger, attributes=attrs)
        if level is not None and line[pos : pos + 1] == ":":
            named = _GLUED_LOGGER.match(line, pos)
            if named is not None:
                if named["thread"] is not None:
                    attrs = {**(attrs or {}), "thread": named["thread"]}
                return _headed(
                    ParsedFields(
                        line[named.end() :], raw, level, logger=named["logger"], attributes=attrs
                    )
                )
        logger = None
        if line[pos : pos + 2] == "[ " and (channel := _RIGHT_ALIGNED_CHANNEL.match(line, pos)):
            logger, pos = channel["channel"], channel.end()
        return _headed(
            ParsedFields(
                message=line[pos:], timestamp=raw, level=level, logger=logger, attributes=attrs
            )
        )


# A channel's name right-aligned in brackets after the time (FXServer's console, `%20s`:
# `[    c-scripting-core] Creating script environments for mapmanager`): the logger. Not a
# word centred in its bracket (systemd's `[  OK  ] Started ...`).
_RIGHT_ALIGNED_CHANNEL = re.compile(r"\[ +(?P<channel>[^\]\s](?:[^\]\r\n]{0,62}[^\]\s])?)\] (?=\S)")


def _headed(fields: ParsedFields) -> ParsedFields:
    """`fields`, or the request record its message holds after the header (an access log's
    columns: `access.headed_request`), named by its route and status; the header's time, pid
    and level stay (the level raised to an error status's)."""
    message = fields.message
    record = headed_request(message)
    if record is not None:
        return under_header(fields, record)
    if message[-1:] == ")" and (tail := parenthesized_pairs(message)) is not None:
        # ntfy's fields in parentheses after the message: attributes, not its words.
        fields.message = tail[0]
        fields.attributes = {**(fields.attributes or {}), **tail[1]}
    return fields


def _jfrog(line: str, raw: str, m: re.Match[str]) -> ParsedFields:
    """A JFrog Platform service's line (`_JFROG_HEAD`) after its time."""
    attrs: dict[str, Any] = {"caller": m["caller"].strip(), "thread": m["thread"].strip()}
    trace = m["trace"].strip() or None
    return ParsedFields(
        line[m.end() :], raw, m["level"], m["service"], None, None, trace, None, attrs
    )


def _frr(line: str, raw: str, m: re.Match[str]) -> ParsedFields:
    """An FRRouting line (`_FRR_DAEMON`) after its time."""
    attrs: dict[str, Any] = {"msg_id": m["id"]}
    if m["ec"] is not None:
        attrs["error_code"] = int(m["ec"])
    return ParsedFields(line[m.end() :], raw, None, logger=m["daemon"], attributes=attrs)


def _a_number_not_yet_a_time(raw: str, stamp: datetime) -> bool:
    """Whether `raw`, digits alone read as an epoch time, names a moment more than a day after
    now: a count, a size or an id that opens a line (`4294967295 bytes free` under a report's
    header), not a time any log wrote its line at. A calendar time (`2024-06-11 ...`) says what
    it is and is kept whatever its date."""
    if not raw.replace(".", "", 1).isdigit():
        return False
    return stamp > datetime.now(UTC).replace(tzinfo=None) + _A_DAY


def _job_message(line: str, raw: str, m: re.Match[str]) -> ParsedFields:
    """A Bacula or Bareos job message after its time (`_JOB_MESSAGE`): the daemon the service,
    the job an attribute, the message type's word the level."""
    kind = m["kind"]
    return ParsedFields(
        line[m.end() :],
        raw,
        _JOB_KINDS[kind] if kind else None,
        service=m["daemon"],
        attributes={"job_id": int(m["job"])},
    )


def _condor(line: str, raw: str, m: re.Match[str]) -> ParsedFields:
    """The fields after an HTCondor daemon's time (`_CONDOR_HEAD`): the pid, the debug category
    (D_ERROR an error, a D_...DEBUG category debug; D_ALWAYS says nothing of a level) and the
    job a shadow's line is about, attributes; then the message."""
    attrs: dict[str, Any] = {}
    level = None
    if (pid := m["pid"] or m["bare_pid"] or m["job_pid"]) is not None:
        attrs["pid"] = int(pid)
    if (category := m["category"]) is not None:
        attrs["category"] = category
        kind = category.partition(":")[0].partition("|")[0]
        level = _CONDOR_LEVELS.get(kind) or ("debug" if kind.endswith("DEBUG") else None)
    if m["job"] is not None:
        attrs["job"] = m["job"]
    return ParsedFields(line[m.end() :], raw, level, attributes=attrs)


def _angled_level(line: str, raw: str, m: re.Match[str]) -> ParsedFields:
    """A line of JuiceFS's layout (`_PROGRAM_PID_ANGLED_LEVEL`) after its time: the program
    the service, its pid and the caller at the end attributes."""
    attrs: dict[str, Any] = {"pid": int(m["pid"])}
    message = line[m.end() :]
    if message[-1:] == "]" and (caller := _TRAILING_CALLER.search(message)) is not None:
        attrs["caller"] = caller["caller"]
        message = message[: caller.start()]
    return ParsedFields(message, raw, m["level"], m["program"], attributes=attrs)


def _after_program(line: str, raw: str, ppid: re.Match[str]) -> ParsedFields:
    """The fields after a time and a process id (`_PAREN_PID`, `_PROGRAM_PID`): a level word
    if one follows, then the message."""
    attrs: dict[str, Any] = {"pid": int(ppid["pid"] or ppid["bpid"])}
    pos = ppid.end()
    level = None
    m = _LEVEL_AFTER.match(line, pos)
    if m is not None and m["pid"] is None and m["bpid"] is None:
        if m["open"] is not None:
            level = m["blevel"] if m["blevel"].lower() in _BRACKET_LEVELS else None
        elif not _opens_a_sentence(line, m):
            level = m["level"]
        if level is not None:
            pos = m.end()
    return _headed(ParsedFields(line[pos:], raw, level, attributes=attrs))


def _letter_caller(line: str, pos: int, raw: str) -> ParsedFields | None:
    """A level's letter and bracketed fields after a bracketed time (`_LETTER_CALLER`)."""
    m = _LETTER_CALLER.match(line, pos)
    if m is None or parse_timestamp(raw, UTC, _REFERENCE) is None:
        return None
    attrs: dict[str, Any] = {"caller": m["caller"]}
    if m["key"]:
        attrs[m["key"].lower()] = int(m["code"])
    if m["graph"]:
        attrs["graph"] = int(m["graph"])
    level = _LETTER_LEVELS[m["level"]]
    return ParsedFields(line[m.end() :], raw, level, logger=m["logger"], attributes=attrs)


def _rspamd(line: str, raw: str, m: re.Match[str]) -> ParsedFields:
    """rspamd's line after its time (`_RSPAMD_HEAD`): the module the logger, the pid, the
    process type, the task's id and the function attributes; the rest the message."""
    attrs: dict[str, Any] = {
        "pid": int(m["pid"]),
        "process": m["process"],
        "function": m["function"],
    }
    if m["task"]:
        attrs["task"] = m["task"]
    return ParsedFields(line[m.end() :], raw, None, logger=m["module"], attributes=attrs)


def _thread_category(line: str, raw: str, m: re.Match[str]) -> ParsedFields:
    """Privoxy's line after its time (`_HEX_THREAD_CATEGORY`): the thread an attribute, the
    category the level when it is one, else the message's first word (`Request: <*>`,
    `Connect: to <*>`: alone, the rest of such a message is a value or two words)."""
    level = _CATEGORY_LEVELS.get(m["category"])
    start = m.end() if level is not None else m.start("category")
    return ParsedFields(line[start:], raw, level, attributes={"thread": m["thread"]})


def _right_aligned_level(line: str) -> ParsedFields | None:
    """gearmand's `%7s %s [%6s ] %s`: the level right-aligned in seven columns, the time, the
    thread in brackets (an attribute), then the message. Read as it stands, a line that opens
    with blanks went on the event above it."""
    fields = _level_first(line.lstrip(" "))
    if fields is None or normalize_level(fields.level) is None:
        return None
    message = fields.message
    if message[:1] == "[" and (thread := _PADDED_THREAD.match(message)) is not None:
        fields.attributes = {**(fields.attributes or {}), "thread": thread["thread"]}
        fields.message = message[thread.end() :]
    return fields


# gearmand's thread, padded in its brackets (`[  main ]`, `[     2 ]`).
_PADDED_THREAD = re.compile(r"\[ *(?P<thread>[\w.-]{1,32}) \] ")


def _level_first(line: str) -> ParsedFields | None:
    """A level's word in capitals first, padded, then the time (`_LEVEL_FIRST`): the word the
    level when it names one, else info (a program's own level between them, tinyproxy's
    `CONNECT` between NOTICE and INFO: no warning word, and a level not to be guessed from the
    message's words, as a line with none is), a bracketed pid after the time an attribute, and
    so a pid before it, the logger and its colon after it then read too."""
    m = _LEVEL_FIRST.match(line)
    if m is None:
        return None
    start = m.end()
    pid = None
    if line[start : start + 1].isdigit() and (digits := _PID_BEFORE_TIME.match(line, start)):
        # EdgeDB's `INFO 142 2024-06-07T00:06:20.036 postgres: ...`: the pid before the time.
        pid, start = int(digits["pid"]), digits.end()
    end = match_timestamp_prefix(line, start)
    if end < 0 or line[end : end + 1] not in (" ", ";"):
        return None
    word = m[1]
    level = word if normalize_level(word) is not None else "info"
    pos = end + 1
    if line[end] == ";":  # FTS3's `INFO    Fri, 07 Jun 2024 06:01:20 +0000; message`
        if line[pos : pos + 1] != " ":
            return None
        pos += 1
    attributes: dict[str, Any] | None = None
    if "-" in m["dash"]:
        if normalize_level(word) is None:
            return None  # (with dashes, only a level's word: `NOTE - 2024-...` is a note's)
        named = _DASHED_LOGGER.match(line, end)
        if named is None:
            return None
        return ParsedFields(line[named.end() :], line[start:end], level, logger=named["logger"])
    if pid is not None:
        attributes = {"pid": pid}
        if (named := _LOGGER_COLON.match(line, pos)) is not None:
            return ParsedFields(
                line[named.end() :],
                line[start:end],
                level,
                logger=named["logger"],
                attributes=attributes,
            )
    elif (bracketed := _BRACKET_PID.match(line, pos)) is not None:
        attributes = {"pid": int(bracketed["pid"])}
        pos = bracketed.end()
    elif (
        caller := _LEVEL_FIRST_CALLER.match(line, pos) or _MODULE_LINE.match(line, pos)
    ) is not None:
        attributes = {"caller": caller["caller"]}
        pos = caller.end()
    return ParsedFields(line[pos:], line[start:end], level, attributes=attributes)


# A Go logger's prefix in brackets, padded, before jwalterweatherman's `LEVEL 2006/01/02
# 15:04:05 ` (evcc's `[lp-1  ] DEBUG 2024/06/07 05:59:47 charger status: B`): the part of the
# program that logged.
_PADDED_AREA = re.compile(r"\[(?P<area>[\w.:-]{1,32}) *\] (?=[A-Z]{3,9} +\d)")


def _piped_columns(line: str, pos: int, raw: str) -> ParsedFields | None:
    """An NLog layout's columns between pipes after the time, the level's a few columns on
    (Orchard Core's `${longdate}|${tenant}|${traceid}|${event-properties:EventId}|${logger}|
    ${uppercase:${level}}|${message}`): the column before the level the logger, the ones
    before it the context, the rest the message."""
    columns = line[pos + 1 : pos + 1025].split("|", 6)
    at = next(
        (
            i
            for i, column in enumerate(columns[:-1])
            if 3 <= len(column) <= 11 and column.isupper() and normalize_level(column) is not None
        ),
        0,
    )
    if at == 0 or not _NAME_FIELD.fullmatch(logger := columns[at - 1]):
        return None
    start = pos + 1 + sum(len(c) + 1 for c in columns[: at + 1])
    attrs = {"context": "|".join(columns[: at - 1])} if at > 1 else None
    return ParsedFields(line[start:], raw, columns[at], logger=logger, attributes=attrs)


# Unreal Engine's log (its games' dedicated servers: ARK's ShooterGame.log): the time, the
# frame counter modulo 1000 right-aligned in its bracket, then the category and verbosity
# (`[2024.06.07-06.00.02:001][412]LogNet: Warning: message`); lines the game writes itself
# have none. Display and Log are UE's ordinary verbosities.
_UNREAL_FRAME = re.compile(
    r"\[ {0,2}(?P<frame>\d{1,3})\](?:(?P<category>Log[A-Za-z]\w{0,63}): (?:(?P<verbosity>Fatal"
    r"|Error|Warning|Display|Log|Verbose|VeryVerbose): )?)?"
)
_UNREAL_LEVELS = {
    "Fatal": "critical",
    "Error": "error",
    "Warning": "warning",
    "Display": "info",
    "Log": "info",
    "Verbose": "debug",
    "VeryVerbose": "debug",
}


def _unreal(line: str, raw: str, frame: re.Match[str]) -> ParsedFields:
    """The fields of an Unreal Engine log line (`_UNREAL_FRAME`)."""
    level = _UNREAL_LEVELS.get(frame["verbosity"] or "")
    attrs = {"frame": int(frame["frame"])}
    return ParsedFields(line[frame.end() :], raw, level, logger=frame["category"], attributes=attrs)


def _area_then_level(line: str) -> ParsedFields | None:
    """A padded area in brackets, then a level's word and the time (`_PADDED_AREA`)."""
    m = _PADDED_AREA.match(line)
    if m is None or (fields := _level_first(line[m.end() :])) is None:
        return None
    fields.logger = m["area"]
    return fields


# The file and line that logged, glog's way after the level and time (vLLM's `%(levelname)s
# %(asctime)s %(filename)s:%(lineno)d] %(message)s`, its later releases' in brackets).
_LEVEL_FIRST_CALLER = re.compile(r"\[?(?P<caller>[\w.-]{1,128}\.[a-z]{1,5}:\d{1,6})\] ")
# Or Python's `%(module)s:%(lineno)d` there (`INFO     2024-06-07 06:05:02 worker:442 msg`).
_MODULE_LINE = re.compile(r"(?P<caller>[A-Za-z_]\w{0,127}:\d{1,6})(?: (?=\S)| ?\Z)")


# Qt's message types as Mumble's server (Murmur) writes them before its time, `<W>2026-12-04
# 21:15:24.238 1 => Server listening on 0.0.0.0:64738`: qDebug, qInfo, qWarning, qCritical,
# qFatal (`X` before its settings are read). Murmur logs its every-day lines with qWarning and
# `Successfully switched to uid 122` with qCritical: the letter is kept (`qt_type`), no level
# read from it (the message's own words give one, as for a line with none).
_QT_LETTERS = frozenset("DIWCFX")
# SDDM's message handler (src/common/MessageHandler.h): Qt's message types as `(DD)`, `(II)`,
# `(WW)`, `(EE)`, `(FF)`, then the part that logged in capitals.
_SDDM_HEAD = re.compile(r" \((?P<type>DD|II|WW|EE|FF)\) (?P<part>[A-Z][A-Z_]{1,31}): ")
_SDDM_LEVELS = {"DD": "debug", "II": "info", "WW": "warning", "EE": "error", "FF": "critical"}


def _qt_letter(line: str) -> ParsedFields | None:
    """A line of Murmur's log (`_QT_LETTERS`): the message type's letter, then the time."""
    end = match_timestamp_prefix(line, 3)
    if end < 0 or line[end : end + 1] != " ":
        return None
    return ParsedFields(line[end + 1 :], line[3:end], None, attributes={"qt_type": line[1]})


# A column's quoted word, first on a line of tab-separated columns (`_quoted_columns`).
_QUOTED_KIND = re.compile(r'"(?P<kind>[A-Za-z][\w-]{0,31})"')


def _quoted_columns(line: str) -> ParsedFields | None:
    """A line of tab-separated columns, the text ones quoted, as hMailServer writes its log
    (`"SMTPD"\t5544\t148212\t"2024-06-07 08:00:37.821"\t"40.107.13.45"\t"RECEIVED: EHLO
    x"`): the first column the line's kind (its level when it names one, else its logger),
    a quoted column that is a whole time the time, the last the message, the others
    attributes (`field2`, ... by their place). None unless every part is there."""
    columns = line.rstrip("\r\n").split("\t")
    kind = _QUOTED_KIND.fullmatch(columns[0])
    last = columns[-1]
    if kind is None or len(columns) < 3 or len(last) < 2 or last[0] != '"' or last[-1] != '"':
        return None
    timestamp = None
    attributes: dict[str, Any] = {}
    for n, column in enumerate(columns[1:-1], start=2):
        quoted = len(column) >= 2 and column[0] == '"' and column[-1] == '"'
        value = column[1:-1] if quoted else column
        if timestamp is None and quoted and match_timestamp_prefix(value) == len(value):
            timestamp = value
        else:
            attributes[f"field{n}"] = int(value) if value.isascii() and value.isdigit() else value
    if timestamp is None:
        return None
    word = kind["kind"]
    level = word if normalize_level(word) is not None else None
    logger = None if level is not None else word
    return ParsedFields(last[1:-1], timestamp, level, logger=logger, attributes=attributes or None)


def _untimed_head(line: str) -> ParsedFields | None:
    """The headers with no time first that are told by their first characters: an Erlang
    report's, log15's terminal line (its level first), zerolog's under time.Kitchen."""
    if line[:1] == "=":
        report = _ERLANG_REPORT.match(line)
        return _erlang_report(report) if report is not None else None
    if line[5:6] == "[" and line[11:12] == "|" and (l15 := _LOG15_TERMINAL.match(line)):
        stamp = yearless_stamp(l15["month"], l15["day"], l15["clock"])
        return ParsedFields(line[l15.end() :], stamp, l15["level"].rstrip())
    if line[1:2] == ":" or line[2:3] == ":":
        return _kitchen_zerolog(line)
    return None


def _erlang_report(m: re.Match[str]) -> ParsedFields:
    """An error_logger report's header: its kind the level, its message the lines below."""
    stamp = f"{int(m['day']):02d}-{m['rest']} {m['clock']}"
    level = _ERLANG_REPORT_LEVELS.get(m["kind"])
    return ParsedFields("", stamp, level, attributes={"report": m["kind"].lower()})


def _kitchen_zerolog(line: str) -> ParsedFields | None:
    """zerolog's console line under time.Kitchen (`3:04PM INF msg`): no date, so no time of
    its own (the event takes the time of the one before it), the clock an attribute."""
    m = _KITCHEN.match(line)
    if m is None or line[m.end() : m.end() + 3] not in ZEROLOG_LEVELS:
        return None
    if line[m.end() + 3 : m.end() + 4] not in (" ", ""):
        return None
    fields = zerolog_fields(line, None, m.end() + 3)  # type: ignore[arg-type]
    fields.attributes = {"clock": m["clock"], **(fields.attributes or {})}
    return fields


def _node_origin_follows(line: str, pos: int) -> bool:
    """Whether the message at `pos` may open with `_NODE_ORIGIN`: a parenthesis, or a slash in
    its first word (`myapp/1234 on`). Asked of every line with a level, so no regex."""
    if line[pos : pos + 1] == "(":
        return True
    slash = line.find("/", pos, pos + 130)
    return slash > pos and line.find(" ", pos, slash) < 0


def _node_origin(
    line: str, pos: int, raw: str, level: str, attrs: dict[str, Any] | None
) -> ParsedFields | None:
    """bunyan's CLI and pino-pretty's `name/pid on host: ` (`_NODE_ORIGIN`) after the level."""
    node = _NODE_ORIGIN.match(line, pos)
    if node is None:
        return None
    pid = node["pid"] or node["ppid"]
    attrs = {**(attrs or {}), "pid": int(pid)}
    service, host = node["name"] or node["pname"], node["host"] or node["phost"]
    return ParsedFields(line[node.end() :], raw, level, service, host, None, attributes=attrs)


def _tab_separated(rest: str) -> tuple[str, str | None, dict[str, Any]] | None:
    """Go's zap console encoder after the time and level: `[logger\t]caller\tmessage[\t{json}]`
    -> (message, logger, attributes: the caller and the JSON's fields); None for other text."""
    parts = rest.split("\t")
    extra: dict[str, Any] = {}
    if len(parts) > 1 and parts[-1][:1] == "{" and parts[-1].rstrip()[-1:] == "}":
        try:
            fields = orjson.loads(parts[-1])
        except orjson.JSONDecodeError:
            fields = None
        if type(fields) is dict:
            extra.update(fields)
            parts.pop()
    logger = None
    at = next((i for i, p in enumerate(parts[:2]) if _CALLER.fullmatch(p)), None)
    if at is not None:
        extra["caller"] = parts[at]
        logger = parts[0] if at == 1 else None
        parts = parts[at + 1 :]
    elif extra and len(parts) == 2 and _ZAP_LOGGER.fullmatch(parts[0]):
        # Without a caller (Caddy's console: `time\tINFO\thttp\tstarting server loop\t{...}`)
        # a name before the message's tab is the logger; zap's fields say it is zap's line.
        logger = parts[0]
        parts = parts[1:]
    if not extra or not parts:
        return None
    return "\t".join(parts), logger, extra


def _istio_scope(rest: str) -> tuple[str, str | None, dict[str, Any]] | None:
    """Istio's proxy (pilot-agent) and istiod after the time and lower-case level:
    `scope\tmessage[\tkey=value...]`, the scope of Envoy's own lines followed by where in
    Envoy they were logged (`envoy config external/envoy/source/.../grpc_stream.h:191`) ->
    (message, scope, attributes: the caller and the pairs); None for other text."""
    parts = rest.split("\t")
    scope = _ISTIO_SCOPE.fullmatch(parts[0])
    if scope is None or len(parts) < 2:
        return None
    pairs = []
    while len(parts) > 2 and (pair := _ISTIO_PAIR.fullmatch(parts[-1])):
        value = pair["value"]
        pairs.append((pair["key"], int(value) if value.isascii() and value.isdigit() else value))
        parts.pop()
    extra: dict[str, Any] = {"caller": scope["caller"]} if scope["caller"] else {}
    extra.update(reversed(pairs))
    return "\t".join(parts[1:]), scope["scope"], extra


def _spdlog_fields(line: str, pos: int, raw: str) -> ParsedFields | None:
    """spdlog's bracketed fields after its time (`[name] [info]`, Envoy's `[8][info][config]
    [file.cc:12]`), one of them a level: the logger, thread and caller they name; None when no
    field is a level (a bracketed word is then any text's)."""
    level = logger = thread = caller = pid = None
    for _ in range(5):
        m = _BRACKET_FIELD.match(line, pos)
        if m is None:
            break
        field = m.group(1)
        # (`ERR` in capitals is Serilog's three letters, whose other levels are no spdlog's:
        # its bracketed thread and source context are read with them, after the level.)
        if level is None and field.lower() in _SPDLOG_LEVELS and field != "ERR":
            level = field
        elif pid is None and field[:4] == "PID " and field[4:].isdecimal() and len(field) < 15:
            pid = int(field[4:])  # Dramatiq's `[PID 31612]`
        elif (
            level is None and logger is not None and thread is None and _NAME_FIELD.fullmatch(field)
        ):
            # Two names before the level: the thread's, then the logger's (Dramatiq's
            # `[%(threadName)s] [%(name)s] [%(levelname)s]`).
            thread, logger = logger, field
        elif thread is None and field.isdecimal() and len(field) <= 20:
            thread = int(field)
        elif thread is None and _HEX_THREAD.fullmatch(field):
            thread = field  # Boost.Log's thread id, `0x00007f5a1c8e4740`: no logger's name
        elif level is not None and caller is None and _SOURCE_LINE.fullmatch(field):
            caller = field
            unified = unified_fields(line, m.end())
            if unified is not None:  # TiDB's, TiKV's: the message and fields in brackets
                return _unified_record(unified, raw, level, logger, thread, caller)
        elif logger is None and not _SOURCE_LINE.fullmatch(field):
            logger = field
        else:
            break
        pos = m.end()
    if level is None:
        # One name in brackets, then the level in capitals with its colon or padding, not in
        # brackets (Policyd's `[time - pid] [CORE] INFO: module=Quotas, ...`).
        if logger is None or thread is not None:
            return None
        said = _LEVEL_AFTER_FIELD.match(line, pos)
        if said is None:
            return None
        level, pos = said["level"], said.end()
    attributes: dict[str, Any] = {}
    if pid is not None:
        attributes["pid"] = pid
    if thread is not None:
        attributes["thread"] = thread
    if caller is not None:
        attributes["caller"] = caller
    # Boost.Log pads the level to its longest name's width (`[info]    msg`): blanks, not text.
    while line[pos : pos + 1] == " ":
        pos += 1
    if caller is None and (legacy := _ENVOY_LEGACY_CALLER.match(line, pos)) is not None:
        attributes["caller"] = legacy["caller"]
        pos = legacy.end()
    elif (
        logger is None
        and thread is None
        and (category := _CATEGORY_DASH.match(line, pos)) is not None
    ):
        logger, pos = category["category"], category.end()
    elif logger is not None and (context := _CONTEXT_DASH.match(line, pos)) is not None:
        attributes["context"] = context["context"].rstrip()
        attributes["tag"] = context["name"]
        pos = context.end()
    # (Hypercorn's access logger writes its records under the error log's header when both
    # go to one stream: `[time] [pid] [INFO] client - - [time] "GET / 1.1" 200 ...`.)
    return _headed(
        ParsedFields(line[pos:], raw, level, logger=logger, attributes=attributes or None)
    )


def _unified_record(
    unified: tuple[str, dict[str, str]],
    raw: str,
    level: str,
    logger: str | None,
    thread: Any,
    caller: str,
) -> ParsedFields:
    """A line of TiDB's unified log format (formats.unified_fields): its message, its fields
    the attributes beside the header's thread and caller."""
    message, attributes = unified
    attributes = {**attributes, "caller": caller}
    if thread is not None:
        attributes["thread"] = thread
    return ParsedFields(message, raw, level, logger=logger, attributes=attributes)


def _unified_log(line: str, raw: str, m: re.Match[str]) -> ParsedFields:
    """A line of macOS's `log show`: the process the service, the subsystem (else the image
    that logged) the logger, the columns attributes."""
    attrs: dict[str, Any] = {"thread": "0x" + m["thread"], "pid": int(m["pid"])}
    if m["activity"] != "0":
        attrs["activity"] = "0x" + m["activity"]
    for key in ("sender", "category"):
        if m[key]:
            attrs[key] = m[key]
    if m["type"] not in _UNIFIED_LEVELS:
        attrs["type"] = m["type"]  # an activity's or a signpost's line: no level
    return ParsedFields(
        line[m.end() :],
        raw,
        _UNIFIED_LEVELS.get(m["type"]),
        service=m["process"],
        logger=m["subsystem"] or m["sender"],
        attributes=attrs,
    )


def _vmkernel(line: str, raw: str, m: re.Match[str]) -> ParsedFields:
    attrs: dict[str, Any] = {"cpu": int(m["cpu"]), "world": int(m["world"])}
    if m["opid"]:
        attrs["opID"] = m["opid"]
    return ParsedFields(line[m.end() :], raw, _VMKERNEL_LEVELS[m["level"]], attributes=attrs)


def _vmware(line: str, raw: str, m: re.Match[str]) -> ParsedFields:
    """A vSphere service's line, either layout: the service and pid, or the thread and module."""
    fields = m.groupdict()
    attrs: dict[str, Any] = {}
    if fields.get("pid"):
        attrs["pid"] = int(fields["pid"])
    if fields.get("thread"):
        attrs["thread"] = fields["thread"]
    attrs.update(pair.split("=", 1) for pair in m["pairs"].split())
    level = _VMWARE_LEVELS.get(m["level"], m["level"])
    service = fields.get("service")
    return ParsedFields(
        line[m.end() :],
        raw,
        level,
        service=service if service != "-" else None,
        logger=fields.get("logger"),
        attributes=attrs,
    )


def thread_subsystem(line: str, pos: int = 0, raw: str | None = None) -> ParsedFields | None:
    """The fields of a message that opens at `pos` with charon's thread and subsystem (and
    the IKE_SA's name: `_THREAD_SUBSYSTEM`), `raw` its time; None for any other. In its own
    file after the time, and in syslog's message (`moon charon: 08[IKE] <rw|3> ...`)."""
    if "[" not in line[pos + 2 : pos + 4] or not line[pos : pos + 1].isdigit():
        return None
    charon = _THREAD_SUBSYSTEM.match(line, pos)
    if charon is None:
        return None
    attrs: dict[str, Any] = {"thread": int(charon["thread"])}
    if charon["context"]:
        attrs["context"] = charon["context"]
    return ParsedFields(
        line[charon.end() :], raw, None, logger=charon["subsystem"], attributes=attrs
    )


def _erlang_node_pid(fields: ParsedFields) -> ParsedFields:
    """`fields` with the Erlang node, process and request id that open its message (CouchDB's
    `couchdb@10.0.0.1 <0.1234.0> --------`, `_ERLANG_NODE_PID`) moved to its attributes."""
    m = _ERLANG_NODE_PID.match(fields.message)
    if m is None:
        return fields
    attrs = {**(fields.attributes or {}), "erlang_node": m["node"], "erlang_pid": m["pid"]}
    if m["request"] and m["request"][0] != "-":
        attrs["request_id"] = m["request"]
    return dataclasses.replace(fields, message=fields.message[m.end() :], attributes=attrs)


def _cups(line: str) -> ParsedFields | None:
    """CUPS's `L [time] message`, or None when no time follows the letter."""
    end = match_timestamp_prefix(line, 3)
    if end < 0 or line[end : end + 2] != "] " or parse_timestamp(line[3:end], UTC) is None:
        return None
    return ParsedFields(line[end + 2 :], line[3:end], _CUPS_LEVELS[line[0]])


# The process after the time in the header's bracket: its id, and a letter or a thread's id
# after it (Pi-hole FTL's `[2024-05-14 07:13:57.845 612M]` for its main thread, `612/T618` a
# thread's, `14772/F612` a fork's), or the ranks a distributed worker process holds (SGLang's
# schedulers: `[2024-06-07 06:00:06 TP0]`, `DP1 TP3`: its data- and tensor-parallel ranks).
_PROCESS_IN_BRACKET = re.compile(
    r" {1,8}(?P<process>\d{1,10}(?:[A-Za-z]|/[A-Za-z]{0,2}\d{1,10})?"
    r"|[A-Z]{2}\d{1,4}(?: [A-Z]{2}\d{1,4}){0,3})\] ?"
)


# Serilog's file template with the thread's id in the time's bracket and the level's full name
# in a bracket after it, the source context (a .NET type's full name) before the message:
# Kavita's `[Kavita] [{Timestamp:yyyy-MM-dd HH:mm:ss.fff zzz} {ThreadId,3}] [{Level}]
# {SourceContext} {Message}`.
_BRACKETED_LEVEL_CONTEXT = re.compile(
    r"\[(?P<level>Verbose|Debug|Information|Warning|Error|Fatal)\] "
    r"(?:(?P<context>[A-Z][\w`]{0,127}(?:\.[A-Z][\w`]{0,127}){1,16}) (?!\S*: ))?"
)


def _serilog_thread_level(line: str, bracket: re.Match[str]) -> ParsedFields | None:
    """`[time  12] [Information] Source.Context message`, or None."""
    m = _BRACKETED_LEVEL_CONTEXT.match(line, bracket.end())
    if m is None or not bracket["process"].isdigit():
        return None
    ts = line[1 : bracket.start()]
    thread = {"thread": int(bracket["process"])}
    return ParsedFields(line[m.end() :], ts, m["level"], logger=m["context"], attributes=thread)


def _level_and_target_in_brackets(line: str, end: int) -> ParsedFields | None:
    """A bracketed header that holds the level and the logger after the time (env_logger), or
    the process (`_PROCESS_IN_BRACKET`)."""
    m = _LEVEL_TARGET.match(line, end)
    if m is None and line.find("]", end + 4, end + 14) > 0:
        m = _serilog(line, end)
        if m is not None:
            return m
    if m is None:
        process = _PROCESS_IN_BRACKET.match(line, end)
        if process is not None and parse_timestamp(line[1:end], UTC, _REFERENCE) is not None:
            if line[process.end() : process.end() + 1] == "[":
                fields = _serilog_thread_level(line, process)
                if fields is not None:
                    return fields
            attrs = {"process": process["process"]}
            return ParsedFields(line[process.end() :], line[1:end], None, attributes=attrs)
        vmw = _VMWARE_THREAD.match(line, end + 1)
        if vmw is None or parse_timestamp(line[1:end], UTC, _REFERENCE) is None:
            return None
        return _vmware(line, line[1:end], vmw)
    if parse_timestamp(line[1:end], UTC, _REFERENCE) is None:
        return None
    # (An access record may follow: actix-web's Logger under env_logger, Meilisearch's.)
    caller = {"caller": m["caller"]} if m["caller"] else None
    return _headed(
        ParsedFields(
            line[m.end() :], line[1:end], m["level"], logger=m["target"], attributes=caller
        )
    )


def _blank_padded_bracket(line: str) -> ParsedFields | None:
    """A header in brackets with blanks inside them: Phusion Passenger's `[ N 2024-05-01
    12:00:00.1234 4242/T1 age/Cor/CoreMain.cpp:1325 ]: msg` (the level's letter, time, pid and
    thread, and where it logged) or Vapor's console logger, `[ ERROR ] msg` (no time)."""
    m = _PASSENGER.match(line)
    if m is not None:
        attrs = {"pid": int(m["pid"]), "thread": m["thread"], "caller": m["caller"]}
        level = _LETTER_LEVELS[m["level"]]
        return ParsedFields(m["msg"], m["ts"], level, attributes=attrs)
    m = _SPACED_LEVEL.match(line)
    if m is not None:
        return ParsedFields(m["msg"], None, m["level"])
    return None


# A number of six digits or more, then a blank and an ISO date (`_parse_header`).
_COUNTER_THEN_DATE = re.compile(r"(?P<count>\d{6,19}) (?=\d{4}-\d\d-\d\d[ T]\d\d:\d\d)")
# Request Tracker's Log::Dispatch layout: `[pid] [ctime] [level]: message (file:line)`, where
# the message ends with the Perl file and line that logged it.
_PID_CTIME_LEVEL = re.compile(
    r"\[(?P<pid>\d{1,10})\] \[(?P<ts>(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} [ \d]\d "
    r"\d\d:\d\d:\d\d \d{4})\] \[(?P<level>[a-z]{4,9})\]: "
)
_PERL_CALLER = re.compile(r" \((?P<caller>/[^()\s]{1,512}\.p[lm]:\d{1,7})\)\Z")


def _pid_ctime_level(line: str) -> ParsedFields | None:
    """A line after Request Tracker's head (`_PID_CTIME_LEVEL`), or None: the Perl file and
    line at its end an attribute."""
    m = _PID_CTIME_LEVEL.match(line)
    if m is None or normalize_level(m["level"]) is None:
        return None
    message = line[m.end() :]
    attrs: dict[str, Any] = {"pid": int(m["pid"])}
    if (caller := _PERL_CALLER.search(message)) is not None:
        attrs["caller"] = caller["caller"]
        message = message[: caller.start()]
    return ParsedFields(message, m["ts"], m["level"], attributes=attrs)


# Optuna's `[%(levelname)1.1s %(asctime)s] %(message)s` (its own handler's): the level's first
# letter and the time in one bracket.
_LETTER_AND_TIME = re.compile(
    r"\[(?P<letter>[DIWEC]) (?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:[.,]\d{1,9})?)\] "
)


# A library's tag and its level's word, each bracketed, no time (LightGBM's `[LightGBM]
# [Warning] No further splits with positive gain`, in the output of the program that trains
# with it): a line of its own, taking the time of the line before. Not before a third bracket:
# ROS 2's launch, `[node-7] [INFO] [time] [node]: ` (`rcutils`).
_TAG_THEN_LEVEL = re.compile(
    r"\[(?P<tag>[A-Za-z][\w.-]{0,63})\] \[(?P<level>[A-Za-z]{3,11})\] (?=[^\s\[])"
)


def _tag_then_level(line: str) -> ParsedFields | None:
    """A line after a bracketed tag and level (`_TAG_THEN_LEVEL`), or None."""
    m = _TAG_THEN_LEVEL.match(line)
    if m is None or m["level"].lower() not in _BRACKET_LEVELS:
        return None
    return ParsedFields(line[m.end() :], None, m["level"], logger=m["tag"])


def _letter_and_time(line: str) -> ParsedFields | None:
    """A line after a level's letter and the time in one bracket (`_LETTER_AND_TIME`)."""
    m = _LETTER_AND_TIME.match(line)
    if m is None:
        return None
    return ParsedFields(line[m.end() :], m["ts"], _LEVEL_LETTERS[m["letter"]])


def _proxifier(line: str) -> ParsedFields | None:
    """Proxifier's `[MM.dd HH:mm:ss] program - host:port message`, or None."""
    m = _PROXIFIER.match(line)
    if m is None:
        return None
    month, day, clock = m.group("month", "day", "clock")
    timestamp = yearless_stamp(month, day, clock)
    attrs = {"bits": 64} if m["bits"] else None
    return ParsedFields(line[m.end() :], timestamp, None, service=m["program"], attributes=attrs)


def rcutils(line: str) -> ParsedFields | None:
    """ROS 2's console line (rcutils' `[{severity}] [{time}] [{name}]: {message}`, the time in
    epoch seconds to the nanosecond), perhaps after the launch system's `[node-N] ` before each
    of its processes' lines; or None. The node's name is the logger, its process an attribute."""
    if "]: " not in line[:600] or (m := _RCUTILS.match(line)) is None:
        return None
    attrs = {"process": m["process"]} if m["process"] else None
    return ParsedFields(line[m.end() :], m["epoch"], m["level"], logger=m["name"], attributes=attrs)


def _gemfire(line: str) -> ParsedFields | None:
    """Apache Geode's (and GemFire's) `[level date time zone member <thread> tid=0x53]
    message`, or None."""
    if not line[1:2].isalpha() or (m := _GEMFIRE.match(line)) is None:
        return None
    attrs = {"member": m["member"], "thread": m["thread"], "tid": m["tid"]}
    return ParsedFields(line[m.end() :], m["ts"], m["level"], attributes=attrs)


def _ceph_stderr(line: str, start: int) -> ParsedFields | None:
    """A containerized Ceph's line to stderr (`debug <time> ...`, `audit <time> ...`): its
    daemon or cluster log header after the prefix, or None."""
    end = match_timestamp_prefix(line, start)
    if end < 0 or parse_timestamp(line[start:end], UTC) is None:
        return None
    return ceph(line, end, line[start:end])


def _coredns(line: str) -> ParsedFields | None:
    """CoreDNS's `[LEVEL] [plugin/name: ]message`, or None."""
    m = _COREDNS.match(line)
    if m is None:
        return None
    return ParsedFields(line[m.end() :], None, m["level"], logger=m["plugin"])


def _kibana_legacy(line: str, m: re.Match[str]) -> ParsedFields:
    """A record of Kibana's legacy text log: a response is a request record (`request_record`,
    named by route and status); another record's first tag that names a level is its level,
    the others its logger."""
    if m["method"] is not None:
        attrs: dict[str, object] = {
            "status": int(m["status"]),
            "duration_ms": int(m["ms"]),
            "size": m["size"],
        }
        return request_record(f"{m['method']} {m['path']}", m["status"], m["ts"], attrs)
    tags = m["tags"][1:-1].split("][")
    level = tags[0] if normalize_level(tags[0]) is not None else None
    if level is None and m["type"] == "error":
        level = "error"
    names = tags[1:] if level == tags[0] else tags
    logger = ".".join(names) or None
    return ParsedFields(line[m.end() :], m["ts"], level, logger=logger)


def _vikunja_request(raw: str, m: re.Match[str]) -> ParsedFields:
    """A request Vikunja's web logger wrote, a request record (`request_record`)."""
    attrs: dict[str, object] = {
        "client_ip": m["ip"],
        "status": int(m["status"]),
        "duration": m["latency"],
        "user_agent": m["agent"],
    }
    fields = request_record(f"{m['method']} {m['uri']}", m["status"], raw, attrs)
    fields.logger = "WEB"
    return fields


def _minute_level(line: str) -> ParsedFields | None:
    """Oxide's (uMod's) log, `HH:mm [Level] message`: a time to the minute, which is a time only
    with the level's bracket after it; or None."""
    m = _MINUTE_LEVEL.match(line)
    if m is None or normalize_level(m["level"]) is None:
        return None
    return ParsedFields(line[m.end() :], f"{m['time']}:00", m["level"])


def _serilog(line: str, end: int) -> ParsedFields | None:
    """Serilog's console line, `[time LVL] message`, or None."""
    m = _SERILOG_LEVEL.match(line, end)
    if m is None or parse_timestamp(line[1:end], UTC, _REFERENCE) is None:
        return None
    message = line[m.end() :]
    if _SOURCE_CONTEXT_ALONE.match(message) is not None:
        return ParsedFields("", line[1:end], m["level"], logger=message)
    return ParsedFields(message, line[1:end], m["level"])


FORMAT = GenericFormat()
