"""The headers of daemons whose plain-text logs the generic format reads, each with a grammar
of its own between the time and the message:

- Asterisk's (and FreePBX's) `full` and `messages` logs: `[Jan  5 10:22:45]
  VERBOSE[2245][C-00000001] pbx.c: message`, since 13 `[2024-01-05 10:23:31]
  ERROR[2261][C-00000002]: res_pjsip.c:1245 ast_sip_create_dialog_uac: message`. The level
  word, the thread, the call's id (`C-...`, one per call: what ties a call's lines together)
  and the source file, line and function.
- SSSD's debug logs (`/var/log/sssd/*.log`, where a failed login on an AD- or IPA-joined host
  is debugged): `(2022-06-14  0:31:43): [be[ipa.example.com]] [sysdb_add_user] (0x0040):
  message`, before 2.0 `(Tue Mar 31 06:03:46 2015) [sssd[be[default]]] [func] (0x0400): msg`.
  The component (the responder or backend: each is a process of its own) is the service, the
  level a bit of SSSD's debug mask.

- zellij's log (`/tmp/zellij-<uid>/zellij-log/zellij.log`), log4rs's pattern with the level
  first: `INFO   |zellij_client            | 2025-05-16 19:31:19.601 [main      ]
  [src/lib.rs:179]: message`. The module padded between bars is the logger.

- zigbee2mqtt's console and log file (lib/util/logger.ts, 1.x): `Zigbee2MQTT:info  2024-05-01
  12:00:00: message` on the console, the same without `Zigbee2MQTT:` in its `log.txt`; the
  level padded to five, the time in its `timestamp_format`. The service is `Zigbee2MQTT`.

- Suricata's `fast.log` (and Snort's fast alerts, the same layout): `11/27/2026-12:00:00.123456
  [**] [1:2013028:7] rule text [**] [Classification: ...] [Priority: 2] {TCP} src -> dst`.
  The rule's text is the message and its template (the addresses, which differ on every
  alert of one rule, are attributes), its priority the level, its gid:sid:rev attributes.

- Suricata's own log (`suricata.log`, and its console), in the `default-log-format` of each
  release: 2.x `30/8/2015 -- 11:25:42 - <Notice> - message`, 3.x-6.x `[1234] 30/8/2019 --
  11:25:42 - (suricata.c:1062) <Notice> (LogVersion) -- message` (7.0's betas with
  `[thread:module]` after the time), 7.x `[1234 - Suricata-Main] 2023-08-26 13:49:20 Notice:
  suricata: message`. The pid, thread, source file, line and function are attributes, 7.x's
  module the logger, and the `[ERRCODE: SC_ERR_X(39)] - ` that SCLogError put before an error's
  text before 7.0 the `error_code` attribute, so an error reads the same in every release.

- PBS's (Torque's, OpenPBS's, PBS Pro's) server, MOM and scheduler logs
  (`server_logs/20261128`, `mom_logs/...`): `11/28/2026 10:15:09;0008;PBS_Server.2653;Job;
  42.head01;Job Queued at request of ...`, fields between semicolons. The time is always
  month first (a slashed date is read nowhere else, as `MM/DD` and `DD/MM` cannot be told
  apart); the daemon is the service, the event's type its level, the object it is about
  (a job, a node, the server) attributes. Its accounting records (`04/18/2026 13:45:01;E;
  4211.head01;user=alice ... Exit_status=0`) too: the record's type and job id and its pairs
  are attributes, what the type says happened the message.

- Unbound's (the DNS resolver's) own log file: `[1675430606] unbound[1:0] info: message` (the
  seconds since the epoch), with `log-time-ascii` `Jul 22 08:57:44 unbound[653:0] debug:
  message`; sent to syslog, the message opens with `[653:0] info: ` after the syslog tag. The
  ident (`unbound`, `libunbound`) is the service, the thread an attribute, the type the level.

- HAProxy's own messages on stderr: `[WARNING] 221/013536 (213) : Server app/web1 is DOWN`
  (before 2.4: the day of the year and the time of day), `[ALERT]    (8) : backend 'app' has
  no server available!` (since). The level word is the level, the pid an attribute, the
  service `haproxy`.

- Dovecot's messages (syslog's, under the program `dovecot`): `imap-login: Login: user=<bob>,
  ...`, `imap(bob)<4711><sess>: Error: chown(...) failed`, `lmtp(22587, bob@example.org): ...`.
  The process's service is the logger; the user, pid and session in its prefix attributes; a
  `Warning: `/`Error: `/`Fatal: `/`Panic: ` after it the level.

- Kamailio's (and SER's, OpenSER's: the sip-router line's) messages, under syslog's tag:
  `ERROR: tm [t_fwd.c:1450]: t_forward_nonack(): no branch for forwarding`, `WARNING: <core>
  [core/socket_info.c:1315]: fix_hostname(): ...`, the routing script's xlog() as `INFO:
  <script>: ...`; on stderr (`-E`, which the journal keeps) with the process's rank and pid
  first: ` 5(2215) INFO: ...`. The level word is the level, the module the logger, the rank,
  pid, source file, line and function attributes.

- Samba's own debug log (`log.smbd`, `log.winbindd`, `log.nmbd`): `[2024/01/15 10:23:45.123456,
  0] ../../source3/smbd/server.c:1234(main)`, the message on the lines below, indented (`,
  pid=..., effective(...), real(...), class=...` before the bracket with `debug pid`, `debug
  uid`, `debug class`; the message on the header's line instead with `debug prefix timestamp`).
  The debug level is the level as Samba's syslog backend maps it (0 an error, 1 a warning, 2
  and up to 4 information, 5 and above debugging), the call site the caller. Synology DSM's
  smbd writes the call site first and the debug class by the level (`../../source3/smbd/
  open.c:1587: [2022/06/02 21:18:44.711851, all 2, pid=27083] open_file`, the message below).

- ProFTPD's SystemLog and DebugLevel output (to a file, or stderr with `-n`): `2024-01-15
  10:23:45,123 ftp1 proftpd[2786] ftp.example.com (client.example.net[192.0.2.7]): message`:
  the host, the ServerName's FQDN, the client's name and address after the pid (the client only
  in a session, the server only once configured). The host is the host, `proftpd` the service,
  the rest attributes.

- Ceph's daemon logs (`/var/log/ceph/ceph-osd.2.log`): `2019-01-01 12:00:00.123 7f39862b6700
  -1 osd.2 9 message` (15.x on: an ISO time), the thread in hex and the debug level of the
  line (-1 an error, 0 always logged, 1-20 and up debugging); a cluster log's line echoed by a
  daemon opens with `log_channel(audit) log [DBG] : `. The cluster log (`ceph.log`,
  `ceph.audit.log`, `ceph -w`): `time mon.a (mon.0) 12 : cluster [WRN] message` (before 14.x
  `mon.a mon.0 10.0.0.1:6789/0 12 : cluster [WRN]`, `ceph -w` before 12.x `osd.0 [WRN]`): the
  daemon is the service, the channel the logger, the priority the level. In a container (Rook,
  cephadm) each line to stderr is prefixed: `debug ` the daemon's, the channel's name
  (`audit `, `cluster `) the cluster log's.

- FreeRADIUS's radius.log (src/main/log.c): `Mon Aug 16 08:44:20 2021 : Auth: (1129) Login
  OK: [bob] (from client ap1 port 1)`, the type after ` : `. Error, Warning, Info and Debug are
  levels (generic reads them); Auth, Proxy and Acct are categories of their own, info lines,
  whose type is the logger.

- FreeRADIUS's debug output between radius.log's timed lines: `(0) Received Access-Request Id 1
  from ...`, the request's number first and no time, read in a file whose start shows one
  (`freeradius_debug_file`); the lines indented after the number go on the line above.

- OpenLDAP slapd's debug output (`slapd -d stats`, what a container prints): the time in hex
  seconds since the epoch, `5f38f241 conn=1000 fd=12 ACCEPT from IP=...` (2.4), with 2.5 the
  nanoseconds and the thread: `63dfb0d3.12f6f6cf 0x7f3dc5aa8700 conn=1022 op=2 SRCH ...`. A
  bare hex number is any text's (a commit's short hash), so 2.4's is read only before a
  connection's `conn=N`, what its stats level logs, and its lines outside a connection
  (`slapd starting`) only in a file whose start is slapd's (`slapd_24_file`).

- osixia's light-baseimage `log-helper` (what osixia/openldap's startup prints): `*** INFO   |
  2023-03-21 10:00:00 | Start OpenLDAP...`, the level and time between bars.

- ClickHouse's server log (`clickhouse-server.log`, `.err.log`): `2024.02.19 11:04:27.318545
  [ 48213 ] {query-id} <Debug> executeQuery: message` (the braces empty outside a query, absent
  before 2018), and clickhouse-client's echo of it with `[host] ` first. The priority is the
  level, the source before `: ` the logger, the thread and query id attributes.

- Zabbix's server, proxy and agent logs: `3120447:20250312:141502.071 server #14 started`, the
  pid padded to six (`    41:...`: a line that opens indented is still a record's first,
  `is_zabbix_header`), no level word. The pid is an attribute.

- libqb's logsys layout, Corosync's log file (`logging { to_logfile: yes }`): `Mar 05
  10:12:01.204 [1150] node1 corosync notice  [TOTEM ] message`, the pid, host and program,
  the priority padded to seven and the subsystem to six. The program is the service, the
  subsystem and pid attributes.

- Tarantool's log: `2024-06-04 06:00:10.862 [812] main/131/http/10.0.3.23:47753 I> message`,
  the pid, the cord, the fiber's id and name (a name may hold slashes), the source file and
  line on some lines (`main/101/main box.cc:1234 E> ...`), and the level's letter before `> `
  (`F`, `!` for a system error, `E`, `C`, `W`, `I`, `V`, `D`). The fiber's name (what runs
  there: `http/<client>`, `checkpoint_daemon`) is an attribute, as the cord and pid are.

- Vertica's vertica.log: `2024-06-04 06:00:08.559 Init Session:0x7fad050b5fbf-a000000006 [Txn]
  <INFO> message`, the thread's name (blanks and all: `Spread Service InOrder Queue`), its id
  and the transaction's, the subsystem, then the level in angle brackets; a client session's
  lines give the node and the SQLSTATE and message number (`@v_vdb_node0001: 00000/2705: `).
  The node is the host; the thread, subsystem and codes are attributes.

- Prosody's log file: `Jun 04 06:00:01 c2s55d2c8a3c4d0             info\tClient connected`,
  the source (a session, a host's module, `portmanager`) padded with blanks, the level, a tab.
  The source is the logger.

- Duplicati's log file: `2024-06-04 00:01:00 +02 - [Information-Duplicati.Library.Main.
  Controller-StartingOperation]: message`, the level, the tag (the logger) and the message's
  id in brackets; the id is an attribute.

Owns `asterisk`, `unbound`, `samba`, `proftpd`, `ceph`, `logsys`, `tarantool`, `vertica`,
`prosody`, `duplicati` and `freeradius` (after generic has read a time),
`unbound_syslog` and `dovecot` (a syslog message), `sssd`, `zellij`, `zigbee2mqtt`,
`ids_fast_alert`, `suricata`, `pbs`, `samba_synology`, `ceph_stderr`, `slapd`,
`freeradius_debug`, `level_bar_time`, `clickhouse` and `zabbix` (a whole line). Each
returns None when the line is not that daemon's, so generic goes on with its other layouts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC

from errctl.formats.base import number, yearless_stamp
from errctl.formats.levels import ids_priority_level
from errctl.formats.logfmt import split_pairs
from errctl.formats.timestamps import match_timestamp_prefix, ordinal_no_year, parse_timestamp
from errctl.models import ParsedFields

# Asterisk's logger.c: `[%s] %s[%d]%s %s: %s` (level, thread, call id, file; VERBOSE and the
# older releases) and `[%s] %s[%d]%s: %s:%d %s: %s` (with the line and function, since 13).
# DTMF, FAX and SECURITY are channels of their own, registered as levels. The file is the
# module's source path as the build names it (`res_pjsip/pjsip_distributor.c` for a module in a
# subdirectory); the dialplan's Log() application (app_verbose.c) logs with `Ext. <exten>` as
# the file, the priority as the line and `@ <context>` as the function. fail2ban's filter
# allows a blank before the thread (`NOTICE [22382] manager.c:`), as some FreePBX logs write it.
_ASTERISK = re.compile(
    r"(?P<level>VERBOSE|DEBUG|TRACE|NOTICE|WARNING|ERROR|DTMF|SECURITY|FAX) ?"
    r"\[(?P<thread>\d{1,10})\](?:\[(?P<callid>C-[0-9a-fA-F]{1,16})\])?:? "
    r"(?:(?P<file>(?:[\w.-]{1,64}/){0,4}[\w.-]{1,128}\.[a-z]{1,4})|Ext\. (?P<exten>[^\s:]{1,80}))"
    r"(?::(?P<lineno>\d{1,7})(?: in)? (?:(?P<function>\w{1,128})|@ (?P<context>[^\s:]{1,80})))?"
    r":(?: ++|\Z)"
)
# VERBOSE is the bulk of a `full` log: what the dialplan and channels did (`Executing [...]`,
# `is ringing`), not a debugging detail (levels' alias reads the word as trace); DTMF and FAX
# log a call's keypresses and faxes.
_ASTERISK_LEVELS = {"VERBOSE": "info", "DTMF": "info", "FAX": "info"}
# logger.h's VERBOSE_PREFIX_2..4 (`  == `, `    -- `, `       > `) open a verbose message to
# say its verbosity; the console prints them, the full log keeps them. The message is what
# follows, the same whether or not the prefix was written.
_VERBOSE_PREFIX = re.compile(r" {0,7}(?P<mark>==|--|>) ")
_VERBOSITY = {"==": 2, "--": 3, ">": 4}
# A SECURITY line is res_security_log's audit of an authentication or ACL check, successes
# and failures alike; the event's own `Severity="Error"` marks a rejected attempt (a wrong
# password, a blocked address): worth seeing and counting (fail2ban bans on them), but a
# caller's failure rather than the PBX's own error, hence a warning.
_SECURITY_EVENT = re.compile(r'SecurityEvent="(?P<event>\w{1,64})"')
_SECURITY_FAILED = 'Severity="Error"'


def asterisk(line: str, pos: int, ts: str) -> ParsedFields | None:
    """Asterisk's header from `line[pos]` on (after `[time] `), or None."""
    m = _ASTERISK.match(line, pos)
    if m is None:
        return None
    level = m["level"]
    message = line[m.end() :]
    attrs: dict[str, object] = {"thread": number(m["thread"])}
    if m["callid"]:
        attrs["call_id"] = m["callid"]
    if m["exten"]:
        # The dialplan's Log(): where in the dialplan, not a source file.
        attrs["extension"] = m["exten"]
        if m["lineno"]:
            attrs["priority"] = int(m["lineno"])
        if m["context"]:
            attrs["context"] = m["context"]
    else:
        caller = m["file"]
        if m["lineno"]:
            caller = f"{caller}:{m['lineno']}"
            attrs["function"] = m["function"] or m["context"]
        attrs["caller"] = caller
    template = None
    if level == "SECURITY":
        level = "warning" if _SECURITY_FAILED in message[:512] else "notice"
        event = _SECURITY_EVENT.match(message)
        if event is not None:
            # Every event is one line of quoted pairs: mined, a wrong password and a successful
            # login would make one template. The event's name tells them apart.
            attrs["security_event"] = event["event"]
            template = f'SecurityEvent="{event["event"]}",<*>'
    else:
        if level == "VERBOSE" and (mark := _VERBOSE_PREFIX.match(message)) is not None:
            attrs["verbosity"] = _VERBOSITY[mark["mark"]]
            message = message[mark.end() :]
        level = _ASTERISK_LEVELS.get(level, level)
    return ParsedFields(message, ts, level, attributes=attrs, template=template)


# Samba's lib/util/debug.c, dbghdrclass(): `[%s, %2d` (the time, the debug level), the
# options' `, pid=%u`, `, effective(%u, %u), real(%u, %u)`, `, class=%s`, then `] ` and the call
# site `%s(%s)` (`__location__`: the source path as the build names it, a colon, the line; the
# function), the message on the next line. With `debug prefix timestamp` the message follows
# `] ` on the header's line, with no call site.
_SAMBA = re.compile(
    r", {1,2}(?P<level>\d{1,3})(?P<options>, [^\]\n]{1,512})?\] "
    r"(?:(?P<file>[^\s:()]{1,1024}):(?P<lineno>\d{1,7})\((?P<function>[^\s()]{0,256})\)\Z)?"
)
_SAMBA_OPTION = re.compile(r", (?:pid=(?P<pid>\d{1,10})|class=(?P<cls>[\w-]{1,64}))")


def samba_level(debug_level: int) -> str:
    """The level of a Samba debug level, as its syslog backend (`debug_level_to_priority`)
    maps it."""
    if debug_level <= 1:
        return "error" if debug_level == 0 else "warning"
    return "info" if debug_level <= 4 else "debug"


def samba(line: str, pos: int, ts: str) -> ParsedFields | None:
    """Samba's debug header from `line[pos]` on (the comma after `[time`), or None."""
    m = _SAMBA.match(line, pos)
    if m is None:
        return None
    debug_level = int(m["level"])
    attrs: dict[str, object] = {"debug_level": debug_level}
    if m["options"]:
        for option in _SAMBA_OPTION.finditer(m["options"]):
            if option["pid"]:
                attrs["pid"] = int(option["pid"])
            else:
                attrs["class"] = option["cls"]
    if m["file"] is not None:
        attrs["caller"] = f"{m['file']}:{m['lineno']}"
        attrs["function"] = m["function"]
    # Under a call site the message is on the lines below: ingest takes an empty one from them.
    return ParsedFields(line[m.end() :], ts, samba_level(debug_level), attributes=attrs)


# Synology DSM's smbd: `%s: [%s, %s %d, pid=%d] %s` (the call site, the time, the debug class
# and level, the pid; the function), the message on the lines below as upstream's.
_SAMBA_SYNOLOGY = re.compile(
    r"(?P<file>\.\./[^\s:]{1,1024}):(?P<lineno>\d{1,7}): "
    r"\[(?P<ts>\d{4}/\d\d/\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?), (?:(?P<cls>[\w-]{1,64}) )?"
    r"(?P<level>\d{1,3})(?:, pid=(?P<pid>\d{1,10}))?\] (?P<function>[^\s()]{1,256})(?: |\Z)"
)


def samba_synology(line: str) -> ParsedFields | None:
    """Synology's smbd debug header (the call site first), or None."""
    m = _SAMBA_SYNOLOGY.match(line)
    if m is None:
        return None
    debug_level = int(m["level"])
    attrs: dict[str, object] = {"debug_level": debug_level}
    if m["cls"]:
        attrs["class"] = m["cls"]
    if m["pid"]:
        attrs["pid"] = int(m["pid"])
    attrs["caller"] = f"{m['file']}:{m['lineno']}"
    attrs["function"] = m["function"]
    return ParsedFields(line[m.end() :], m["ts"], samba_level(debug_level), attributes=attrs)


# ProFTPD's src/log.c, log_write(): `%s proftpd[%u] %s: %s` (the SystemLog's host name, the
# pid, the server info: the main server's FQDN then ` (%s[%s])`, the client's name and address,
# in a session) or `%s proftpd[%u]: %s` before the server's configuration is read. The host is
# empty where none is known (`time  proftpd[...]`, one blank collapsed by some copies).
_PROFTPD = re.compile(
    r" {1,2}(?:(?P<host>[^\s\[\]]{1,255}) )?proftpd\[(?P<pid>\d{1,10})\]"
    r"(?: (?P<server>[^\s()\[\]]{1,255})"
    r"(?: \((?P<remote>[^\s()\[\]]{0,255})\[(?P<addr>[^\s()\[\]]{1,64})\]\))?)?: "
)


def proftpd(line: str, pos: int, ts: str) -> ParsedFields | None:
    """ProFTPD's system log header from `line[pos]` on (after the time), or None."""
    m = _PROFTPD.match(line, pos)
    if m is None:
        return None
    attrs: dict[str, object] = {"pid": int(m["pid"])}
    if m["server"]:
        attrs["server"] = m["server"]
    if m["addr"]:
        attrs["client_addr"] = m["addr"]
        if m["remote"] and m["remote"] != m["addr"]:
            attrs["client_host"] = m["remote"]
    return ParsedFields(line[m.end() :], ts, None, "proftpd", m["host"], attributes=attrs)


# Unbound's util/log.c, log_vmsg(): `[%d:%x] %s: %s` to syslog (pid, thread, type, message), to
# its logfile `[%lld] %s[%d:%x] %s: %s` (the epoch's seconds, the ident, ...) or, with
# `log-time-ascii`, `%b %d %H:%M:%S %s[%d:%x] %s: %s`. The type is the level: fatal_exit's
# `fatal error`, log_err's `error`, log_warn's `warning`, verbose()'s `notice`, `info` and
# `debug` (by the verbosity asked), log_info's `info`.
_UNBOUND_TYPE = r"(?P<type>fatal error|error|warning|notice|info|debug): "
_UNBOUND_IDS = r"\[(?P<pid>\d{1,10}):(?P<tid>[0-9a-f]{1,8})\] "
_UNBOUND_SYSLOG = re.compile(_UNBOUND_IDS + _UNBOUND_TYPE)
_UNBOUND_FILE = re.compile(r" (?P<ident>[a-z][\w.-]{0,63})" + _UNBOUND_IDS + _UNBOUND_TYPE)
# NSD's logfile (the same lab's log code, without a thread): `[time] nsd[31430]: error: msg`.
_NSD_FILE = re.compile(
    r" (?P<ident>[a-z][\w.-]{0,63})\[(?P<pid>\d{1,10})\]: (?P<tid>)" + _UNBOUND_TYPE
)


def _unbound_fields(m: re.Match[str], message: str, ts: str | None) -> ParsedFields:
    attrs: dict[str, object] = {"pid": int(m["pid"])}
    if m["tid"]:
        attrs["thread"] = int(m["tid"], 16)
    level = "critical" if m["type"] == "fatal error" else m["type"]
    ident = m["ident"] if "ident" in m.re.groupindex else None
    return ParsedFields(message, ts, level, service=ident, attributes=attrs)


def unbound(line: str, pos: int, ts: str) -> ParsedFields | None:
    """Unbound's (or NSD's) logfile header from `line[pos]` on (the blank after its time), or
    None."""
    m = _UNBOUND_FILE.match(line, pos) or _NSD_FILE.match(line, pos)
    return None if m is None else _unbound_fields(m, line[m.end() :], ts)


def unbound_syslog(msg: str) -> ParsedFields | None:
    """The message Unbound sends to syslog (`[pid:thread] type: message`), or None."""
    m = _UNBOUND_SYSLOG.match(msg)
    return None if m is None else _unbound_fields(m, msg[m.end() :], None)


# Dovecot's log prefix (src/lib/failures.c and each service's `%s(%s)<%d><%s>: ` since 2.3, the
# service, the user, pid and session), then the type's prefix (failure_log_type_prefixes:
# `Debug: `, none for info, `Warning: `, `Error: `, `Fatal: `, `Panic: `). lmtp writes its
# connection's pid before the user (`lmtp(22587, bob@example.org)`), or the pid alone.
_DOVECOT = re.compile(
    r"(?P<service>[a-z][\w-]{0,63})(?:\((?P<context>[^()\s][^()\n]{0,255})\))?"
    r"(?:<(?P<pid>\d{1,10})>)?(?:<(?P<session>[\w+/=-]{1,64})>)?: "
    r"(?:(?P<level>Debug|Warning|Error|Fatal|Panic): )?"
)
_DOVECOT_LEVELS = {"Fatal": "critical", "Panic": "critical"}


# ArangoDB's log (3.8+): after the level, the statement's id (five hex digits, one per call
# site in its source) and the topic in braces: `2024-06-11T06:00:02Z [1] INFO [6a82f] {cluster}
# Starting up with role AGENT`. The id an attribute (what ArangoDB's docs index messages by),
# the topic the logger. (Read by generic, and by pylogging, whose `time [thread] LEVEL` it is.)
LOG_ID_TOPIC = re.compile(r"\[(?P<log_id>[0-9a-f]{5})\] \{(?P<topic>[a-z][\w-]{0,31})\} ")


def log_id_topic(fields: ParsedFields) -> ParsedFields:
    """`fields` with an ArangoDB log id and topic (`LOG_ID_TOPIC`) opening the message read out
    of it; as they are otherwise."""
    msg = fields.message
    m = LOG_ID_TOPIC.match(msg) if msg[6:9] == "] {" else None
    if m is None:
        return fields
    attrs = {**(fields.attributes or {}), "log_id": m["log_id"]}
    return replace(fields, message=msg[m.end() :], logger=m["topic"], attributes=attrs)


# nslcd's (nss-pam-ldapd's log.c) prefix on a message logged while it serves a request: the
# session's random id, six hex digits in brackets, then the request (the map and the key asked
# for: `<passwd="alice">`, `<group/member="bob">`, `<authc="alice">`) in angle brackets.
_NSLCD = re.compile(r"\[(?P<session>[0-9a-f]{6})\] (?:<(?P<request>[^\n]{1,512}?)> )?")


def nslcd(msg: str) -> ParsedFields | None:
    """A message nslcd sent to syslog, its session and request read out of it (they differ on
    every request, and the request's map and key made a template of each), or None."""
    m = _NSLCD.match(msg)
    if m is None:
        return None
    attrs: dict[str, object] = {"session": m["session"]}
    if m["request"]:
        attrs["request"] = m["request"]
    return ParsedFields(msg[m.end() :], None, None, attributes=attrs)


# Kamailio's prefix (docstring): `[rank(pid) ]LEVEL: <module>|module [file:line]: [func(): ]`.
_SIP_ROUTER = re.compile(
    r" ?(?:(?P<rank>-?\d{1,4})\((?P<pid>\d{1,10})\) )?"
    r"(?P<level>ALERT|BUG|CRITICAL|ERROR|WARNING|NOTICE|INFO|DEBUG): "
    r"(?:<(?P<module>[\w.-]{1,64})>|(?P<plain>[\w.-]{1,64})(?= \[))"
    r"(?: \[(?P<file>[^\]\s]{1,256}):(?P<line>\d{1,7})\])?: "
    r"(?:(?P<function>\w{1,128})\(\): )?"
)
_SIP_ROUTER_LEVELS = {"ALERT": "critical", "BUG": "critical", "NOTICE": "info"}


def sip_router(msg: str) -> ParsedFields | None:
    """A message Kamailio sent to syslog or its stderr, its prefix read; None for other text."""
    m = _SIP_ROUTER.match(msg)
    if m is None:
        return None
    attrs: dict[str, object] = {}
    if m["pid"]:
        attrs["rank"] = int(m["rank"])
        attrs["pid"] = int(m["pid"])
    if m["file"]:
        attrs["file"] = m["file"]
        attrs["lineno"] = int(m["line"])
    if m["function"]:
        attrs["function"] = m["function"]
    level = m["level"]
    return ParsedFields(
        msg[m.end() :],
        None,
        _SIP_ROUTER_LEVELS.get(level, level.lower()),
        logger=m["module"] or m["plain"],
        attributes=attrs or None,
    )


def dovecot(msg: str) -> ParsedFields | None:
    """A message Dovecot sent to syslog, its prefix read; None for other text."""
    m = _DOVECOT.match(msg)
    if m is None:
        return None
    if m["service"] == "dovecot" and not m["context"]:
        # Dovecot 2.0-2.1 put its own name before a child's prefix (`dovecot: auth(default): `).
        inner = _DOVECOT.match(msg, m.end())
        m = inner if inner is not None else m
    attrs: dict[str, object] = {}
    context = m["context"]
    if context:
        pid, comma, user = context.partition(", ")
        if pid.isdigit():
            attrs["pid"] = int(pid)
            if comma:
                attrs["user"] = user
        else:
            attrs["user"] = context
    if m["pid"]:
        attrs["pid"] = int(m["pid"])
    if m["session"]:
        attrs["session"] = m["session"]
    level = m["level"]
    if level is not None:
        level = _DOVECOT_LEVELS.get(level, level.lower())
    message = msg[m.end() :]
    return ParsedFields(message, None, level, logger=m["service"], attributes=attrs or None)


# SSSD's debug.c: `(%s:%.6ld %d) [%s] [%s] (%#.4x): ` before 2.0 (ctime without its year, the
# microseconds if `debug_microseconds`, the year), `(%d-%02d-%02d %2d:%02d:%02d[:%.6ld]): `
# since (the hour padded with a blank). Then the program (`sssd[be[default]]`, since 2.0
# `be[default]`), the function and the message's bit of the debug mask.
_SSSD = re.compile(
    r"\((?P<date>\d{4}-\d\d-\d\d {1,2}|[A-Z][a-z]{2} [A-Z][a-z]{2} {1,2}\d{1,2} )"
    r"(?P<hour>\d{1,2}):(?P<minsec>\d\d:\d\d)(?::(?P<usec>\d{1,6}))?(?P<year> \d{4})?\):? "
    r"\[(?P<program>[\w.-]{1,64}(?:\[[\w.-]{1,64}(?:\[[^\[\]\s]{1,256}\])?\])?)\] "
    r"\[(?P<function>[^\[\]\s]{1,256})\] \((?P<mask>0x[0-9a-fA-F]{1,8})\): ?"
    r"(?:\[(?P<request>[RC]ID#\d{1,12})\] )?"
)
# The debug levels of sssd.conf(5) (SSSDBG_* of debug.h), one bit each; by default only the
# first three are logged. Configuration settings (0x0100) are what a daemon logs at start;
# function data and operation traces (0x0200, 0x0400) are debugging; 0x1000 and up trace
# libraries, internals and everything.
_SSSD_LEVELS = (
    (0x0010, "critical"),  # fatal failures: SSSD cannot start or stops
    (0x0020, "critical"),  # critical failures: a major feature will not work
    (0x0040, "error"),  # serious failures: a request or operation failed
    (0x0080, "warning"),  # minor failures, which may make an operation fail
    (0x0100, "info"),
    (0x0400, "debug"),
)


def sssd(line: str) -> ParsedFields | None:
    """An SSSD debug log's line, or None."""
    m = _SSSD.match(line)
    if m is None:
        return None
    date = m["date"].rstrip()
    ts = f"{date} {int(m['hour']):02d}:{m['minsec']}"
    if m["usec"]:
        ts += f".{m['usec']}"
    if m["year"]:
        ts += m["year"]
    if parse_timestamp(ts, UTC) is None:
        return None
    mask = int(m["mask"], 16)
    level = next((name for bit, name in _SSSD_LEVELS if mask <= bit), "trace")
    program = m["program"]
    if program.startswith("sssd[") and program.endswith("]"):
        program = program[5:-1]  # before 2.0 every process's name was wrapped in `sssd[...]`
    attrs: dict[str, object] = {"function": m["function"], "debug_level": m["mask"]}
    if m["request"]:
        attrs["request"] = m["request"]
    return ParsedFields(line[m.end() :], ts, level, service=program, attributes=attrs)


# zellij-utils' logging.rs: `{highlight({level:<6})} |{module:<25.25}| {date(%Y-%m-%d
# %H:%M:%S.%3f)} [{thread:<10.15}] [{file}:{line}]: {message} {n}`; the module is `???` when
# log4rs does not know it.
_ZELLIJ = re.compile(
    r"(?P<level>TRACE|DEBUG|INFO|WARN|ERROR) {1,6}\|(?P<module>[^|]{1,64})\| "
    r"(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,9})?) \[(?P<thread>[^\]]{1,64})\] "
    r"\[(?P<caller>[^\]\s]{1,1024}:\d{1,7})\]: ?"
)


def zellij(line: str) -> ParsedFields | None:
    """A zellij log's line, or None."""
    m = _ZELLIJ.match(line)
    if m is None or parse_timestamp(m["ts"], UTC) is None:
        return None
    module = m["module"].strip()
    attrs = {"thread": m["thread"].strip(), "caller": m["caller"]}
    message = line[m.end() :]
    if message.endswith(" "):
        message = message[:-1]  # the pattern's blank before its newline
    logger = module if module != "???" else None
    return ParsedFields(message, m["ts"], m["level"], logger=logger, attributes=attrs)


# A shell helper's layout, the level padded then the time between bars: osixia's
# light-baseimage (`log-helper`, what the startup scripts of its images print, osixia/openldap's
# among them): `*** INFO   | 2023-03-21 10:00:00 | Start OpenLDAP...`, its marks before.
_LEVEL_BAR_TIME = re.compile(
    r"(?:\*\*\* )?(?P<level>TRACE|DEBUG|INFO|NOTICE|WARNING|WARN|ERROR|CRITICAL|FATAL) {0,8}"
    r"\| (?P<ts>\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)?) \| ?"
)


def level_bar_time(line: str) -> ParsedFields | None:
    """A line of `LEVEL | time | message` (osixia's log-helper), or None."""
    m = _LEVEL_BAR_TIME.match(line)
    if m is None or parse_timestamp(m["ts"], UTC) is None:
        return None
    return ParsedFields(line[m.end() :], m["ts"], m["level"])


# zigbee2mqtt's logger.ts: `${prefix} ${timestamp}: ${message}`, the prefix `Zigbee2MQTT:` and
# the level padded to five (`info `, `warn `, `error`, `debug`) on the console, the level
# alone in the file.
_ZIGBEE2MQTT = re.compile(r"(?:Zigbee2MQTT:)?(?P<level>info |warn |error|debug) ")
_ZIGBEE2MQTT_LEVELS = {"warn ": "warning", "info ": "info"}


def zigbee2mqtt(line: str) -> ParsedFields | None:
    """A zigbee2mqtt log's line, or None."""
    m = _ZIGBEE2MQTT.match(line)
    if m is None:
        return None
    # The time ends at the first `: ` (a time's own colons have no blank after them).
    end = line.find(": ", m.end(), m.end() + 40)
    stamp = line[m.end() : end]
    if end < 0 or match_timestamp_prefix(stamp + " ") != len(stamp):
        return None
    if parse_timestamp(stamp, UTC) is None:
        return None
    level = _ZIGBEE2MQTT_LEVELS.get(m["level"], m["level"])
    return ParsedFields(line[end + 2 :], stamp, level, service="Zigbee2MQTT")


# Suricata's alert-fastlog.c: `%s  %s[**] [%u:%u:%u] %s [**] [Classification: %s] [Priority:
# %d] {%s} %s:%u -> %s:%u` (the time `MM/DD/YYYY-HH:MM:SS.ffffff`, then `[Drop] ` in IPS mode);
# Snort writes the same with `MM/DD-` (and `MM/DD/YY-` with -y).
_FAST_HEAD = re.compile(
    r"(?P<month>\d\d)/(?P<day>\d\d)(?:/(?P<year>\d{4}|\d\d))?-"
    r"(?P<time>\d\d:\d\d:\d\d(?:\.\d{1,9})?) {1,4}(?P<drop>\[Drop\] )?\[\*\*\] "
    r"\[(?P<gid>\d{1,10}):(?P<sid>\d{1,10}):(?P<rev>\d{1,10})\] "
)
_FAST_TAIL = re.compile(
    r" \[\*\*\](?: \[Classification: (?P<classification>[^\]]{0,256})\])?"
    r" \[Priority: (?P<priority>\d{1,3})\]"
    r"(?: \{(?P<proto>[^{}\s]{1,32})\} (?P<src>\S{1,64}) -> (?P<dst>\S{1,64}))?"
)


def ids_fast_alert(line: str) -> ParsedFields | None:
    """A line of Suricata's fast.log or a Snort fast alert, or None."""
    m = _FAST_HEAD.match(line)
    if m is None:
        return None
    rest = line[m.end() :]
    cut = rest.rfind(" [**] ")
    tail = _FAST_TAIL.match(rest, cut) if cut > 0 else None
    if tail is None:
        return None
    month, day, year = int(m["month"]), m["day"], m["year"]
    if not 1 <= month <= 12:
        return None
    if year is None:  # Snort without -y: a year-less stamp, as syslog's
        ts = yearless_stamp(month, day, m["time"])
    else:
        ts = f"{'20' + year if len(year) == 2 else year}-{month:02d}-{day} {m['time']}"
    if parse_timestamp(ts, UTC) is None:
        return None
    rule = rest[:cut]
    priority = int(tail["priority"])
    attrs: dict[str, object] = {
        "gid": int(m["gid"]),
        "sid": int(m["sid"]),
        "rev": int(m["rev"]),
        "priority": priority,
    }
    classification = tail["classification"]
    if classification and classification != "(null)":
        attrs["classification"] = classification
    if m["drop"]:
        attrs["action"] = "drop"
    for name in ("proto", "src", "dst"):
        if tail[name]:
            attrs[name] = tail[name]
    # The rule's text is one fixed string per sid: it is the template whole, so masking never
    # splits or merges rules by the numbers and names in their text.
    return ParsedFields(rule, ts, ids_priority_level(priority), attributes=attrs, template=rule)


# Suricata's util-debug.c: the time `%t` is `D/M/YYYY -- HH:MM:SS` before 7.0 (`%z`, ISO, after),
# the level `<%d>` in angle brackets before 7.0 (`%d:` after).
_SURICATA_TIME = r"(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4}) -- (?P<clock>\d\d:\d\d:\d\d)"
_SURICATA_LEVELS = "Emergency|Alert|Critical|Error|Warning|Notice|Info|Perf|Config|Debug"
# 2.x's `%t - <%d> - ` (suricata-update's and `-T`'s errors write `<Error> -- `).
_SURICATA_2 = re.compile(rf"{_SURICATA_TIME} - <(?P<level>{_SURICATA_LEVELS})> --? ")
# 3.x-6.x's `[%i] %t - (%f:%l) <%d> (%n) -- `; 7.0's betas put `[%m:%S]` (thread, module) after
# the time. A `default-log-format` of `[%i] %t - <%d> - ` (the release layout with the pid, as
# sensors' configurations set it) has no call site.
_SURICATA_PID = re.compile(
    rf"\[(?P<pid>\d{{1,10}})\] {_SURICATA_TIME}"
    r"(?: \[(?P<thread>[^\]:\n]{1,64}):(?P<module>[^\]\n]{1,64})\])?"
    r" - (?:\((?P<file>[\w.-]{1,128}):(?P<lineno>\d{1,7})\) )?"
    rf"<(?P<level>{_SURICATA_LEVELS})>(?: \((?P<function>\w{{1,128}})\))? --? ?"
)
# 7.x's `[%i - %m] %z %d: %S: `.
_SURICATA_7 = re.compile(
    r"\[(?P<pid>\d{1,10}) - (?P<thread>[^\]\n]{1,64})\]"
    r" (?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,6})?)"
    rf" (?P<level>{_SURICATA_LEVELS}): (?P<module>[\w.-]{{1,64}}): ?"
)
_SURICATA_ERRCODE = re.compile(r"\[ERRCODE: (?P<code>\w{1,64})\(\d{1,5}\)\] - ?")
# Perf lines report counters and timings; Config lines what the configuration set.
_SURICATA_LEVEL_NAMES = {"Perf": "info", "Config": "debug"}


def suricata(line: str) -> ParsedFields | None:
    """A line of Suricata's own log in any release's default layout, or None."""
    if line[:1] == "[":
        m = _SURICATA_7.match(line) if " - " in line[:14] else _SURICATA_PID.match(line)
    else:
        m = _SURICATA_2.match(line)
    if m is None:
        return None
    groups = m.groupdict()
    if groups.get("ts") is not None:
        ts = groups["ts"]
    else:
        ts = f"{m['year']}-{int(m['month']):02d}-{int(m['day']):02d} {m['clock']}"
        if parse_timestamp(ts, UTC) is None:
            return None
    attrs: dict[str, object] = {}
    if groups.get("pid") is not None:
        attrs["pid"] = number(m["pid"])
    if groups.get("thread") is not None:
        attrs["thread"] = m["thread"]
    if groups.get("file") is not None:
        attrs["caller"] = f"{m['file']}:{m['lineno']}"
    if groups.get("function") is not None:
        attrs["function"] = m["function"]
    message = line[m.end() :]
    code = _SURICATA_ERRCODE.match(message)
    if code is not None:
        attrs["error_code"] = code["code"]
        message = message[code.end() :]
    level = _SURICATA_LEVEL_NAMES.get(m["level"], m["level"])
    return ParsedFields(
        message, ts, level, "suricata", None, groups.get("module"), None, None, attrs or None
    )


# PBS's log_record() (Torque's and OpenPBS's src/lib/Liblog/pbs_log.c): `%02d/%02d/%04d
# %02d:%02d:%02d;%04x;%s;%s;%s;%s` (month, day, year; OpenPBS adds the microseconds), then
# the event's type, the daemon (`PBS_Server.<pid>` and `pbs_mom.<pid>` in Torque,
# `Server@<host>` and `pbs_mom` in PBS Pro), the object's type and name (`pbs_mom(Thread 0)`
# holds a blank), the message.
_PBS = re.compile(
    r"(?P<month>\d\d)/(?P<day>\d\d)/(?P<year>\d{4}) "
    r"(?P<time>\d\d:\d\d:\d\d(?:\.\d{1,6})?);(?P<event>[0-9a-fA-F]{4});"
    # Torque's MOM pads its name and pid to ten columns (`;   pbs_mom.2841;`).
    r" {0,10}(?P<daemon>[^;\s]{1,128});(?P<otype>[^;\s]{1,32});(?P<object>[^;\n]{0,256});"
)
_PBS_DAEMON_PID = re.compile(r"(?P<name>[^.@]{1,64})\.(?P<pid>\d{1,10})")
# The event types (PBSEVENT_* of log.h), one bit each: 0x0001 an error; 0x0080 (DEBUG),
# 0x0100 (DEBUG2) and 0x0800 (OpenPBS's DEBUG4) details, the MOM's `0d80` with DEBUG3; the
# system, admin, job, accounting, security, scheduler and reservation events (0x007e, 0x0200)
# are what the daemon did, hence info.
_PBS_ERROR = 0x0001
_PBS_DEBUG = 0x0980
_PBS_EVENTS = 0x027E


# PBS's accounting records (`server_priv/accounting/20261128`; Torque's and OpenPBS's
# src/server/accounting.c: `%02d/%02d/%04d %02d:%02d:%02d;%c;%s;%s`): the time, the record's
# type (one letter, acct.h's PBS_ACCT_*), the job's (or reservation's) id, then the record's
# `key=value` pairs (`user=alice queue=batch ... Exit_status=0 resources_used.walltime=...`).
_PBS_ACCOUNTING = re.compile(
    r"(?P<month>\d\d)/(?P<day>\d\d)/(?P<year>\d{4}) (?P<time>\d\d:\d\d:\d\d);"
    r"(?P<type>[A-Za-z]);(?P<object>[^;\s]{1,256});"
)
# What each record says happened (acct.h's comments); its message, one template per type.
_PBS_RECORDS = {
    "Q": "job queued",
    "S": "job started",
    "s": "job started (resources pruned)",
    "R": "job rerun",
    "C": "job checkpointed",
    "T": "job restarted from checkpoint",
    "E": "job ended",
    "D": "job deleted",
    "A": "job aborted by the server",
    "L": "floating license usage",
    "M": "job moved to another server",
    "u": "phased job update",
    "c": "phased job next record",
    "e": "phased job last usage",
    "a": "job altered",
    "z": "job suspended",
    "r": "job resumed",
    "U": "reservation requested (unconfirmed)",
    "Y": "reservation confirmed",
    "B": "reservation period began",
    "F": "reservation period finished",
    "K": "reservation removal requested by the scheduler or server",
    "k": "reservation removal requested by a client",
    "P": "provisioning started",
    "p": "provisioning ended",
}


def _pbs_accounting(line: str) -> ParsedFields | None:
    """A PBS accounting record: its type and id (the `object` of the server log's lines about
    that job) and its pairs are attributes, what the type says happened the message. A job
    the server aborted is a warning, one it could not run (a negative `Exit_status`, log.h's
    JOB_EXEC_* codes) an error; a job's own exit status is the job's business."""
    m = _PBS_ACCOUNTING.match(line)
    if m is None or not 1 <= int(m["month"]) <= 12:
        return None
    ts = f"{m['year']}-{m['month']}-{m['day']} {m['time']}"
    if parse_timestamp(ts, UTC) is None:
        return None
    kind, text = m["type"], line[m.end() :]
    message = _PBS_RECORDS.get(kind, f"accounting record {kind}")
    pairs = split_pairs(text.strip()) if "=" in text else None
    attrs: dict[str, object] = {}
    if pairs is not None:
        attrs.update(pairs[0])
    elif text.strip():
        message = text  # not pairs (a license record's counts): kept as the message
    attrs["record_type"] = kind
    attrs["object"] = m["object"]
    level = "info"
    if kind == "A":
        level = "warning"
    elif str(attrs.get("Exit_status", "")).startswith("-"):
        level = "error"
    return ParsedFields(message, ts, level, attributes=attrs)


def pbs(line: str) -> ParsedFields | None:
    """A line of a PBS server's, MOM's or scheduler's log or accounting file, or None."""
    if line[21:22] == ";":
        return _pbs_accounting(line)
    m = _PBS.match(line)
    if m is None or not 1 <= int(m["month"]) <= 12:
        return None
    ts = f"{m['year']}-{m['month']}-{m['day']} {m['time']}"
    if parse_timestamp(ts, UTC) is None:
        return None
    event = int(m["event"], 16)
    if event & _PBS_ERROR:
        level = "error"
    elif event & _PBS_DEBUG and not event & _PBS_EVENTS:
        level = "debug"
    else:
        level = "info"
    attrs: dict[str, object] = {"event_type": m["event"], "object_type": m["otype"]}
    if m["object"]:
        attrs["object"] = m["object"]
    service, host = m["daemon"], None
    if (daemon := _PBS_DAEMON_PID.fullmatch(service)) is not None:
        service = daemon["name"]
        attrs["pid"] = int(daemon["pid"])
    elif "@" in service:
        service, _, host = service.partition("@")
    return ParsedFields(line[m.end() :], ts, level, service=service, host=host, attributes=attrs)


# Ceph's log/Entry.h and Log.cc: `stamp << " " << std::hex << thread << std::dec << " " <<
# std::setw(2) << prio << " " << message` (a pthread id, so 8 to 16 hex digits with a letter
# among them in practice: `7f39862b6700`). dout_prefix often opens the message with the
# daemon's name and epoch (`osd.2 9 `): that is the message's own text.
_CEPH_DAEMON = re.compile(r" (?P<thread>[0-9a-f]{8,16}) {1,2}(?P<prio>-1|\d{1,2}) ")
# LogClient's echo of a cluster log entry in the daemon's log: dout_prefix `log_channel(%s) `,
# then `log [%s] : ` (the entry's priority) and the entry's text.
_CEPH_CHANNEL_ECHO = re.compile(
    r"log_channel\((?P<channel>[a-z]{1,16})\) log \[(?P<prio>DBG|INF|SEC|WRN|ERR)\] : "
)
# LogEntry's operator<< (common/LogEntry.cc): `name (rank) seq : channel [prio] message` since
# 14.x, `name rank addr seq : channel [prio] message` before; `ceph -w` before 12.x wrote
# `name [prio] message`. The name is the daemon's (`mon.a`, `osd.0`, `client.4123`): one of
# Ceph's entity types (msg_types.h) and its id.
_CEPH_CLUSTER = re.compile(
    r" (?P<name>(?:mon|mds|osd|mgr|client|rgw)\.[\w.-]{1,64}) "
    r"(?:(?:\((?P<rank>[a-z]{2,8}\.\d{1,10})\)"
    r"|(?P<orank>[a-z]{2,8}\.\d{1,10}) (?P<addr>[^\s]{1,256}))"
    r" (?P<seq>\d{1,20}) : (?P<channel>[a-z]{1,16}) )?"
    r"\[(?P<prio>DBG|INF|SEC|WRN|ERR)\] "
)
# clog_type_to_syslog_level() (common/LogEntry.cc): SEC is LOG_CRIT.
_CEPH_PRIORITIES = {
    "DBG": "debug",
    "INF": "info",
    "SEC": "critical",
    "WRN": "warning",
    "ERR": "error",
}
# The prefixes a containerized Ceph (Rook, cephadm) puts before each line it writes to
# stderr: `log_stderr_prefix` (`debug `) for the daemon's log, the channel's name for the
# cluster log's entries (`mon_cluster_log_to_stderr`).
_CEPH_STDERR = re.compile(r"(?:debug|audit|cluster) (?=\d{4}-\d\d-\d\d)")


def ceph_level(prio: int) -> str:
    """The level of a Ceph debug level: -1 (lderr) an error, 0 what is always logged."""
    if prio < 0:
        return "error"
    return "info" if prio == 0 else "debug"


def ceph(line: str, pos: int, ts: str) -> ParsedFields | None:
    """A Ceph daemon log's or cluster log's header from `line[pos]` on (the blank after the
    time), or None."""
    m = _CEPH_DAEMON.match(line, pos)
    if m is not None and not m["thread"].isdigit():
        prio = int(m["prio"])
        attrs: dict[str, object] = {"thread": m["thread"], "debug_level": prio}
        message = line[m.end() :]
        echo = _CEPH_CHANNEL_ECHO.match(message)
        if echo is None:
            return ParsedFields(message, ts, ceph_level(prio), attributes=attrs)
        level = _CEPH_PRIORITIES[echo["prio"]]
        return ParsedFields(
            message[echo.end() :], ts, level, logger=echo["channel"], attributes=attrs
        )
    m = _CEPH_CLUSTER.match(line, pos)
    if m is None:
        return None
    attrs = {}
    if m["rank"] or m["orank"]:
        attrs["rank"] = m["rank"] or m["orank"]
        if m["addr"]:
            attrs["addr"] = m["addr"]
        attrs["seq"] = int(m["seq"])
    level = _CEPH_PRIORITIES[m["prio"]]
    return ParsedFields(
        line[m.end() :],
        ts,
        level,
        service=m["name"],
        logger=m["channel"],
        attributes=attrs or None,
    )


def ceph_stderr_prefix(line: str) -> int:
    """Where the line starts after a containerized Ceph's stderr prefix, or -1."""
    m = _CEPH_STDERR.match(line)
    return -1 if m is None else m.end()


# FreeRADIUS's log.c, levels[]: `: Auth: `, `: Proxy: `, `: Acct: ` after the ctime of
# radius.log's line (the others, `: Info: `, `: Error: `..., are level words generic reads).
_FREERADIUS = re.compile(r" : (?P<type>Auth|Proxy|Acct): ")


def freeradius(line: str, pos: int, ts: str) -> ParsedFields | None:
    """A FreeRADIUS radius.log line of the Auth, Proxy or Acct type from `line[pos]` on (the
    blank after its time), or None."""
    m = _FREERADIUS.match(line, pos)
    if m is None:
        return None
    return ParsedFields(line[m.end() :], ts, "info", logger=m["type"])


# FreeRADIUS's debug output (`radiusd -X`, `-xx`): a request's lines open with its number in
# parentheses, `(0) Received Access-Request Id 1 from 127.0.0.1:45000 to 127.0.0.1:1812 length
# 73`, with no time; the lines of a section it runs are indented after the number (`(0)
# authorize {`, its attributes `(0)   User-Name = "bob"`), and `ERROR: `/`WARNING: ` after it
# say the level. Between radius.log's timed lines, each unindented one is an event of its own:
# the request's number an attribute, the time that of the line before it.
_RADIUS_DEBUG = re.compile(r"\((?P<request>\d{1,10})\) (?=\S)(?:(?P<level>ERROR|WARNING): )?")
# What a request's processing opens with: the packet it received.
_RADIUS_RECEIVED = re.compile(
    r"\(\d{1,10}\) Received [A-Z][A-Za-z]{1,32}-[A-Z][A-Za-z]{1,32} Id \d{1,10} from "
)


def freeradius_debug_file(sample: list[str]) -> bool:
    """Whether a file's first lines show FreeRADIUS's debug output: a request it received."""
    return any(line[:1] == "(" and _RADIUS_RECEIVED.match(line) for line in sample)


def freeradius_debug(line: str) -> ParsedFields | None:
    """An unindented line of FreeRADIUS's debug output (its request's number before it), or
    None (an indented one goes on the line above it)."""
    m = _RADIUS_DEBUG.match(line)
    if m is None:
        return None
    level = m["level"].lower() if m["level"] else None
    return ParsedFields(line[m.end() :], None, level, attributes={"request": int(m["request"])})


# OpenLDAP's slap_debug_print() (servers/slapd/logging.c, 2.5+): `%08x.%08x %p ` (the seconds,
# the nanoseconds, the thread); 2.4's lutil_debug wrote `%08lx ` (the seconds) alone.
_SLAPD_25 = re.compile(r"(?P<sec>[0-9a-f]{8})\.(?P<nsec>[0-9a-f]{8}) (?P<thread>0x[0-9a-f]{1,16}) ")
_SLAPD_24 = re.compile(r"(?P<sec>[0-9a-f]{8}) (?=conn=\d)")
# 2.4's lines outside a connection (`63f5a0c0 slapd starting`, `... @(#) $OpenLDAP: slapd 2.4.57
# ...`, `... daemon: shutdown requested and initiated.`, `... mdb_db_open: database "dc=x"
# cannot be opened`) hold nothing of slapd's but the time: an 8-digit hex number before a word
# is as often a commit's hash (`git log --oneline`), so they are read only in a file whose
# first lines show slapd 2.4's output (`slapd_24_file`), and only with a time in the years
# slapd has logged so (2004 to 2037: `4...` to `7...`) and a word after it, not more hex (a
# dump's columns).
_SLAPD_24_BARE = re.compile(r"(?P<sec>[4-7][0-9a-f]{7}) (?![0-9a-f]{2,8}(?: |\Z))(?=[A-Za-z<@(>=])")
# What slapd prints first when it starts: its version, `@(#) $OpenLDAP: slapd 2.4.57 ...`.
_SLAPD_VERSION = re.compile(r"[0-9a-f]{8} @\(#\) \$OpenLDAP: ")


def slapd_24_file(sample: list[str]) -> bool:
    """Whether a file's first lines show slapd 2.4's debug output: its version line, or a
    connection's line with its hex time."""
    return any(
        line[8:9] == " " and (_SLAPD_VERSION.match(line) or _SLAPD_24.match(line))
        for line in sample
    )


def slapd(line: str, bare: bool = False) -> ParsedFields | None:
    """A line of slapd's debug output with its hex time, or None; `bare`: in a file of slapd
    2.4's (`slapd_24_file`), its lines outside a connection too."""
    if line[8:9] == ".":
        m = _SLAPD_25.match(line)
    else:
        m = _SLAPD_24.match(line) or (_SLAPD_24_BARE.match(line) if bare else None)
    if m is None:
        return None
    seconds = int(m["sec"], 16)
    groups = m.groupdict()
    attrs = None
    ts = str(seconds)
    if groups.get("nsec") is not None:
        nanoseconds = int(m["nsec"], 16)
        if nanoseconds >= 1_000_000_000:
            return None
        ts = f"{seconds}.{nanoseconds:09d}"
        attrs = {"thread": m["thread"]}
    if parse_timestamp(ts, UTC) is None:
        return None
    return ParsedFields(line[m.end() :], ts, None, "slapd", attributes=attrs)


# HAProxy's own messages on stderr (its console, `docker logs`, systemd's journal): errors.c's
# `[%s] %03d/%02d%02d%02d (%d) : ` before 2.4, the day of the year and the time of day, and
# `[%s]  (%d) : ` since, the level padded to nine (`[NOTICE]   (1) : Loading success.`,
# `[ALERT]    (8) : backend 'app' has no server available!`). The level is syslog's word;
# `DIAG` (2.4's `-dD` diagnostics) is a warning.
_HAPROXY = re.compile(
    r"\[(?P<level>ALERT|WARNING|NOTICE|DIAG)\] +(?:(?P<yday>\d{3})/(?P<hms>\d{6}) +)?"
    r"\((?P<pid>\d{1,10})\) : "
)


def haproxy(line: str) -> ParsedFields | None:
    """A line HAProxy wrote on its stderr, or None. Its time (before 2.4) is the day of the
    year (C's `tm_yday`, from 0) and the time of day: read in the year of the file, as a
    syslog time without a year is (`timestamps.ordinal_no_year`). Since 2.4 it writes none, and
    the event takes its time as undated lines do."""
    m = _HAPROXY.match(line)
    if m is None:
        return None
    ts = None
    if m["yday"] is not None:
        hms = m["hms"]
        ts = ordinal_no_year(int(m["yday"]) + 1, f"{hms[:2]}:{hms[2:4]}:{hms[4:]}")
    level = "warning" if m["level"] == "DIAG" else m["level"].lower()
    return ParsedFields(
        line[m.end() :], ts, level, service="haproxy", attributes={"pid": int(m["pid"])}
    )


# ClickHouse's server log (clickhouse-server.log and .err.log; OwnPatternFormatter::
# formatExtended): `%Y.%m.%d %H:%M:%S.%f [ %thread ] {%query_id} <%priority> %source: %text`,
# the date's dots kept "for compatibility with old logs", the query id's braces written even
# when it is empty; releases before 2018 wrote no query id and milliseconds. clickhouse-client
# prints the server's logs of a query (`send_logs_level`, InternalTextLogs::writeLogs) with the
# server's name first, `[host] `, and the braces only around a query id. The priority is
# Poco's name (`Information`, `Trace`; 23.x's `Test` is a test's own output); the source (the
# logger: `executeQuery`, `default.hits (SelectExecutor)`) ends at the first `: `.
_CLICKHOUSE = re.compile(
    r"(?:\[(?P<host>[^\]\s]{1,255})\] )?"
    r"(?P<year>\d{4})\.(?P<month>\d\d)\.(?P<day>\d\d) (?P<time>\d\d:\d\d:\d\d(?:\.\d{1,6})?)"
    r" \[ (?P<thread>\d{1,20}) \] (?:\{(?P<query>[^{}\s]{0,256})\} )?"
    r"<(?P<level>Fatal|Critical|Error|Warning|Notice|Information|Debug|Trace|Test)> "
    r"(?P<source>[^:\n]{0,256}): ?"
)
_CLICKHOUSE_LEVELS = {"Test": "trace"}


def clickhouse(line: str) -> ParsedFields | None:
    """A line of ClickHouse's server log, or of its client's echo of it, or None."""
    m = _CLICKHOUSE.match(line)
    if m is None:
        return None
    ts = f"{m['year']}-{m['month']}-{m['day']} {m['time']}"
    if parse_timestamp(ts, UTC) is None:
        return None
    attrs: dict[str, object] = {"thread": int(m["thread"])}
    if m["query"]:
        attrs["query_id"] = m["query"]
    level = _CLICKHOUSE_LEVELS.get(m["level"], m["level"])
    return ParsedFields(
        line[m.end() :],
        ts,
        level,
        host=m["host"],
        logger=m["source"] or None,
        attributes=attrs,
    )


# Zabbix's server, proxy and agent logs (src/libs/zbxlog/log.c, __zbx_zabbix_log, to a file or
# the console): `%6li:%.4d%.2d%.2d:%.2d%.2d%.2d.%03ld ` (the pid padded to six, the date, the
# time and milliseconds), then the message: no level is written.
_ZABBIX = re.compile(
    r" {0,5}(?P<pid>\d{1,10}):(?P<date>\d{8}):(?P<clock>\d{6})\.(?P<ms>\d{3})(?: |\Z)"
)


def zabbix(line: str) -> ParsedFields | None:
    """A line of a Zabbix daemon's log, or None."""
    m = _ZABBIX.match(line)
    if m is None:
        return None
    date, clock = m["date"], m["clock"]
    ts = f"{date[:4]}-{date[4:6]}-{date[6:]} {clock[:2]}:{clock[2:4]}:{clock[4:]}.{m['ms']}"
    if parse_timestamp(ts, UTC) is None:
        return None
    return ParsedFields(line[m.end() :], ts, None, attributes={"pid": int(m["pid"])})


def is_zabbix_header(line: str) -> bool:
    """Whether `line` opens a Zabbix log's record: its pid is padded with blanks, so a record
    of a process whose pid is under 100000 starts indented, like a continuation."""
    return line[:1] == " " and line.find(":", 1, 17) > 0 and zabbix(line) is not None


# libqb's logging through Corosync's logsys (exec/logsys.c), its log file's format with
# timestamps: `%t [%P] %H %N %-7p [%6g] %b`, the pid, the host, the program's name, the
# priority padded to seven (on either side) and the subsystem padded to six in brackets:
# `Mar 05 10:12:01.204 [1150] node1 corosync notice  [TOTEM ] A processor failed, forming new
# configuration.`. The program is the service, the subsystem and pid attributes. No program's
# name ends in a colon: rsyncd's `time [pid] rsync error: error in socket IO ...` is a message.
_LOGSYS = re.compile(
    r" \[(?P<pid>\d{1,10})\] (?P<host>[^\s\[\]]{1,255}) (?P<ident>[^\s\[\]]{0,63}[^\s\[\]:])"
    r" {1,7}(?P<level>emerg|alert|crit|error|warning|notice|info|debug|trace) {1,7}"
    r"(?:\[(?P<subsystem>[^\[\]\s](?:[^\[\]]{0,30}[^\[\]\s])?) *\](?: |\Z))?"
)


def logsys(line: str, pos: int, ts: str) -> ParsedFields | None:
    """The rest of a line of libqb's `time [pid] host program priority [subsystem] message`
    layout after its time (at `pos`), or None."""
    m = _LOGSYS.match(line, pos)
    if m is None:
        return None
    attrs: dict[str, object] = {"pid": int(m["pid"])}
    if m["subsystem"]:
        attrs["subsystem"] = m["subsystem"]
    return ParsedFields(line[m.end() :], ts, m["level"], m["ident"], m["host"], attributes=attrs)


# Tarantool's say.c: `[pid] cord/fid/fiber-name[ file:line] L> `.
_TARANTOOL = re.compile(
    r" \[(?P<pid>\d{1,10})\] (?P<cord>[\w.-]{1,64})/(?P<fid>\d{1,10})/(?P<fiber>[^\s>]{0,200})"
    r"(?: (?P<file>[\w./-]{1,200}:\d{1,7}))? (?P<level>[F!ECWIVD])> "
)
_TARANTOOL_LEVELS = {
    "F": "critical",
    "!": "error",
    "E": "error",
    "C": "critical",
    "W": "warning",
    "I": "info",
    "V": "debug",
    "D": "debug",
}


def tarantool(line: str, pos: int, ts: str) -> ParsedFields | None:
    """The rest of a Tarantool log line after its time (at `pos`), or None."""
    m = _TARANTOOL.match(line, pos)
    if m is None:
        return None
    attrs: dict[str, object] = {"pid": int(m["pid"]), "cord": m["cord"], "fiber_id": int(m["fid"])}
    if m["fiber"]:
        attrs["fiber"] = m["fiber"]
    if m["file"]:
        attrs["source_file"] = m["file"]
    level = _TARANTOOL_LEVELS[m["level"]]
    return ParsedFields(line[m.end() :], ts, level, attributes=attrs)


# Vertica's vertica.log: ` thread name:0xthread[-txn] [Subsystem] <LEVEL> `, and on a client
# session's lines `@node: SQLSTATE/number: `.
_VERTICA = re.compile(
    r" (?P<thread>[A-Za-z][\w ().#-]{0,60}):0x(?P<tid>[0-9a-f]{1,16})(?:-(?P<txn>[0-9a-f]{1,16}))?"
    r" (?:\[(?P<subsystem>\w{1,40})\] )?<(?P<level>[A-Z]{3,8})> "
    r"(?:@(?P<node>[\w.-]{1,100}): (?P<state>[0-9A-Z]{5})/(?P<number>\d{1,6}): )?"
)
_VERTICA_LEVELS = {
    "LOG": "info",
    "INFO": "info",
    "NOTICE": "info",
    "WARNING": "warning",
    "ERROR": "error",
    "FATAL": "critical",
    "PANIC": "critical",
    "DEBUG": "debug",
    "TRACE": "trace",
}


def vertica(line: str, pos: int, ts: str) -> ParsedFields | None:
    """The rest of a vertica.log line after its time (at `pos`), or None."""
    m = _VERTICA.match(line, pos)
    if m is None or (level := _VERTICA_LEVELS.get(m["level"])) is None:
        return None
    attrs: dict[str, object] = {"thread": m["thread"], "thread_id": m["tid"]}
    for key, group in (("transaction_id", "txn"), ("subsystem", "subsystem")):
        if m[group]:
            attrs[key] = m[group]
    if m["state"]:
        attrs["sql_state_code"] = m["state"]
        attrs["message_number"] = int(m["number"])
    if m["level"] != level.upper():
        attrs["severity"] = m["level"]  # LOG: the server's own word
    return ParsedFields(line[m.end() :], ts, level, host=m["node"], attributes=attrs)


# Prosody's file sink: ` source<blanks>level\t`.
_PROSODY = re.compile(r" (?P<source>[^\s\t]{1,200}) +(?P<level>debug|info|warn|error)\t")


def prosody(line: str, pos: int, ts: str) -> ParsedFields | None:
    """The rest of a Prosody log line after its time (at `pos`), or None."""
    m = _PROSODY.match(line, pos)
    if m is None:
        return None
    return ParsedFields(line[m.end() :], ts, m["level"], logger=m["source"])


# Duplicati's log file: ` - [Level-Tag-MessageId]: `.
_DUPLICATI = re.compile(
    r" - \[(?P<level>Information|Warning|Error|Retry|Verbose|Profiling|DryRun|ExplicitOnly)"
    r"-(?P<tag>[\w.]{1,200})-(?P<id>\w{1,100})\]: "
)
_DUPLICATI_LEVELS = {
    "Information": "info",
    "DryRun": "info",
    "Warning": "warning",
    "Retry": "warning",
    "Error": "error",
    "Verbose": "debug",
    "Profiling": "debug",
    "ExplicitOnly": "debug",
}


def duplicati(line: str, pos: int, ts: str) -> ParsedFields | None:
    """The rest of a Duplicati log line after its time and zone (at `pos`), or None."""
    m = _DUPLICATI.match(line, pos)
    if m is None:
        return None
    attrs: dict[str, object] = {"message_id": m["id"]}
    if m["level"] != "Information":
        attrs["severity"] = m["level"]
    return ParsedFields(
        line[m.end() :], ts, _DUPLICATI_LEVELS[m["level"]], logger=m["tag"], attributes=attrs
    )


# The Datadog Agent's head after its time (`2024-06-04 06:00:03 UTC | CORE | INFO |
# (pkg/util/hostname/warnings.go:36 in logHostnameDrift) | message`): the agent that logged
# (`CORE`, `TRACE`, `PROCESS`), the level, the call site in parentheses, and a check's name
# before a check's messages (`check:load | Running check...`).
_DATADOG_HEAD = re.compile(
    r"(?P<component>[A-Z][A-Z_-]{1,31}) \| (?P<level>TRACE|DEBUG|INFO|WARN|ERROR|CRITICAL) \| "
    r"\((?P<caller>[^()\n]{1,256})\) \| (?:check:(?P<check>[\w.:-]{1,128}) \| )?"
)


def datadog_agent(line: str, pos: int, raw: str) -> ParsedFields | None:
    """A Datadog Agent's line (`_DATADOG_HEAD` at `pos`, after its time `raw`), or None. Left
    as it was, the agent, level and call site stayed in every message, with no level."""
    m = _DATADOG_HEAD.match(line, pos)
    if m is None:
        return None
    attrs: dict[str, object] = {"caller": m["caller"]}
    if m["check"]:
        attrs["check"] = m["check"]
    return ParsedFields(line[m.end() :], raw, m["level"], m["component"], attributes=attrs)
