"""The kernel's ring buffer as `dmesg` prints it: with `-x` (`--decode`), each line's facility
and level; with `-T` (`--ctime`), the wall-clock time instead of the seconds since boot:

    kern  :err   : [Fri Nov 15 00:00:01 2024] Out of memory: Killed process 4321 (java)
    kern  :info  : [12345.678901] usb 1-1: new high-speed USB device number 2
    [12345.678901] EXT4-fs error (device sda1): ext4_find_entry:1456: inode #2

Owns `DmesgFormat` and the module instance `FORMAT` (name "dmesg"). The level is the kernel's
(`err`, `warn`, ...); the facility goes to attributes, and so do the seconds since boot, which
name no time of day: such an event takes its time as any event without one does (the event
before it, else the file's). The kernel is the service, except for a line a process wrote to
/dev/kmsg with its own `name[pid]: ` tag (systemd's at boot): that process is; and no
kernel's is a daemon's own file under `-T`'s stamp with its pid and level after it
(conntrackd's `[ctime] (pid=812) [notice] message`).

Lustre's and LNet's messages (libcfs' console output, on every node of a Lustre cluster) name
where they were logged after their prefix: `LustreError: 2449:0:(client.c:2141:ptlrpc_expire_
one_request()) message`, the thread's pid, the user process's, the file, line and function.
`lustre_header` makes those attributes (as syslog's kernel lines too): left in the message,
the pid would split one statement into a template per thread. LustreError is an error.

The kernel prints a report a record at a time, each stamped: the OOM killer's (`java invoked
oom-killer: ...`, then the task's CPU, the call trace, the memory summary and the task table),
a hung task's, a WARNING's between its cut line and `---[ end trace ]---`, a segfault's `Code:`
bytes. `continues` keeps those records on the report's first one and `fold` puts them in its
`report` attribute: the event is named by that first record (a WARNING by its own text below
the cut line, at warning level), and the verdicts after a report (`oom-kill:`, `Out of memory:
Killed process ...`) stay events of their own.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from errctl.formats.netfilter import packet_log
from errctl.models import ParsedFields

_LINE = re.compile(
    r"(?:(?P<facility>kern|user|mail|daemon|auth|syslog|lpr|news|uucp|cron|authpriv|ftp|"
    r"local[0-7]) *:(?P<level>emerg|alert|crit|err|warn|notice|info|debug) *: )?"
    r"\[(?P<when>[^\]]{1,40})\] ?(?P<msg>.*)",
    re.S,
)
_UPTIME = re.compile(r" *\d{1,10}\.\d{6}")


class DmesgFormat:
    name = "dmesg"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        if not line or line[0] not in "[abcdeiklmnpsu":
            return None
        m = _LINE.match(line)
        if m is None:
            return None
        when = m["when"]
        attributes: dict[str, object] = {}
        timestamp = None
        if _UPTIME.fullmatch(when):
            attributes["uptime"] = float(when)
        elif m["facility"] is not None or _CTIME.fullmatch(when):
            timestamp = when
        else:
            return None  # a bracketed word that is neither (another log's `[INFO]`)
        if m["facility"] is not None:
            attributes["facility"] = m["facility"]
        if " OUT=" in m["msg"]:  # an iptables/nftables/UFW LOG rule's packet
            packet = packet_log(m["msg"])
            if packet is not None and packet.attributes is not None:
                attributes.update(packet.attributes)
                level = m["level"] or packet.level
                return replace(packet, timestamp=timestamp, level=level, attributes=attributes)
        msg, level, service = m["msg"], m["level"], "kernel"
        if level is None and msg[:6] == "INFO: " and _ERROR_REPORT.match(msg) is not None:
            level = "err"
        if msg[:1] == "L" and (lustre := lustre_header(msg)) is not None:
            msg, located, said = lustre
            attributes.update(located)
            level = level or said
        elif (writer := _USERSPACE.match(msg)) is not None:
            msg, service = msg[writer.end() :], writer["name"]
            attributes["pid"] = int(writer["pid"])
        elif timestamp is not None and msg[:5] == "(pid=" and (own := _PID_LEVEL.match(msg)):
            # A daemon's own file under `-T`'s stamp, its pid and level after it (conntrackd's
            # `[ctime] (pid=812) [notice] `): no kernel's line.
            msg, service, level = msg[own.end() :], None, own["level"]
            attributes["pid"] = int(own["pid"])
        elif timestamp is not None and (unreal := _UNREALIRCD.match(msg)) is not None:
            # UnrealIRCd 6's log file under the same stamp: the server the host, the subsystem
            # the logger, the event's id an attribute, then the level.
            attributes["event_id"] = unreal["event"]
            return ParsedFields(
                msg[unreal.end() :],
                timestamp,
                unreal["level"],
                host=unreal["server"],
                logger=unreal["subsystem"],
                attributes=attributes,
            )
        elif timestamp is not None and msg[:1] == "[" and line[m.start("msg") - 1] == "]":
            # Right against the stamp, a daemon's `[pid.thread]` and the context it logs in
            # (nessusd.messages' `[ctime][1843.1096][job_id=1429][user=secops] : `): no
            # kernel's line, and the context no part of the statement.
            own = _PID_CONTEXT.match(msg)
            if own is not None:
                msg, service = msg[own.end() :], None
                attributes["pid"] = int(own["pid"])
                if own["thread"]:
                    attributes["thread"] = int(own["thread"])
                for key, value in _CONTEXT_PAIR.findall(own["context"]):
                    attributes.setdefault(key, value)
        return ParsedFields(msg, timestamp, level, service, attributes=attributes)

    def continues(
        self, line: str, opened: str | None = None, previous: str | None = None
    ) -> str | None:
        """The message of `line` when it is a record of the kernel report the open event
        opened (`_report_kind`, `_REPORT_RECORD`), None otherwise. The kernel prints a report
        (the OOM killer's, a hung task's, a WARNING's or an oops' call trace, a segfault's
        code bytes) a record at a time, each with its own stamp: read one event a record, a
        report was dozens of events of `<*>+<*>/<*>`, `Node <*> DMA: ...` and registers."""
        if opened is None or previous is None or not line or line[0] not in "[abcdeiklmnpsu":
            return None
        kind = _report_kind(opened)  # asked on every line while an event is open: cached
        if kind is None:
            return None
        m = _LINE.match(line)
        if m is None:
            return None
        if kind == "cut":
            if previous == opened:
                return m["msg"]  # the WARNING's own text, right below its cut line
            if _message(previous).startswith("---[ end "):
                return None
        return m["msg"] if _REPORT_RECORD.match(m["msg"]) is not None else None

    def fold(self, fields: ParsedFields, continuation: list[str]) -> tuple[ParsedFields, list[str]]:
        """A report's records (as `continues` kept them) as the event's `report` attribute:
        the event is named by its first record, whatever the trace's addresses, the memory
        counts or the task table hold."""
        attributes = dict(fields.attributes or {})
        message, level, report = fields.message, fields.level, continuation
        if _CUT_LINE.fullmatch(message) and continuation:
            # `------------[ cut here ]------------` says nothing of the problem: the record
            # below it does (WARN's own text, else its `WARNING: CPU: N PID: N at file:line`),
            # and every warning of a fleet was one group of the cut line.
            message, report = continuation[0], continuation[1:]
            if level is None and any(r.startswith("WARNING: ") for r in continuation[:2]):
                level = "warning"
        attributes["report"] = "\n".join(report)
        return replace(fields, message=message, level=level, attributes=attributes), []


# The records that go on a report, as the kernel prints them: indented ones (a trace's frames
# and `<TASK>` marks, show_mem's counters, the lines under a hung task's header), the trace's
# own header, dump_stack's `CPU: N PID: N Comm:` and `Hardware name:`, registers (`RIP:`,
# `RAX: 0000...`, `Code: 48 8b ...`) and the modules list, the end of a trace, and show_mem's
# and the OOM killer's memory summary and task table (`Mem-Info:`, `Node 0 DMA: ...`, `[  pid
# ]`, `[    312] ...`); below a cut line, the record right after it too (the WARNING's own
# text), and nothing after the trace's end. Any other record is a statement of its own: after
# a report, `oom-kill:` and `Out of memory: Killed process ...` are.
_REPORT_RECORD = re.compile(
    r"\s|Call Trace:|CPU: \d+ (?:PID: \d+ )?Comm: |Hardware name: |Modules linked in:"
    r"|---\[ end |(?:RIP|Code): |[A-Z][A-Z0-9]{1,3}: [0-9a-f]{4}|Mem-Info:|Node \d+ "
    r"|lowmem_reserve\[\]:|\d+ (?:total pagecache pages|pages)|Free swap |Total swap "
    r"|Tasks state |\[ *(?:pid|\d+) *\] |active_anon:|\"echo 0 > |task:\S+ +state:"
    r"|Workqueue: |WARNING: CPU: |BUG: |Oops: "
)
# The first record of a report: the cut line above a WARNING or BUG, the OOM killer's, a hung
# task's, a segfault's (its `Code:` line below it).
_CUT_LINE = re.compile(r"-+\[ cut here \]-+")
_REPORT_OPENER = re.compile(
    r"-+\[ cut here \]-+|.{1,64} invoked oom-killer: |INFO: task .{1,64} blocked for more than "
    r"|.{1,64}\[\d+\]: segfault at |BUG: |Oops: "
)
# Reports the kernel opens with `INFO:` but prints at KERN_ERR (the hung-task detector's
# `pr_err("INFO: task %s:%d blocked for more than %ld seconds.")`, RCU's stall warnings): in a
# ring buffer printed without levels, `INFO:` would read as their level, and a hung task would
# carry no severity at all.
_ERROR_REPORT = re.compile(
    r"INFO: (?:task .{1,64} blocked for more than |rcu_\w{1,16} (?:self-)?detected stall)"
)


@lru_cache(maxsize=256)
def _report_kind(opened: str) -> str | None:
    """`cut` when the line `opened` is a cut line, `report` when it opens another report
    (`_REPORT_OPENER`), None when it opens none."""
    msg = _message(opened)
    if _REPORT_OPENER.match(msg) is None:
        return None
    return "cut" if _CUT_LINE.fullmatch(msg) else "report"


def _message(line: str) -> str:
    m = _LINE.match(line)
    return "" if m is None else m["msg"]


# A process that writes to /dev/kmsg tags its lines as syslog does, `name[pid]: `: systemd and
# systemd-journald before the journal runs, udevd, a container runtime. The line is that
# process's, not the kernel's (the kernel's own write `usb 1-1: `, `EXT4-fs (sda1): `).
_USERSPACE = re.compile(r"(?P<name>[A-Za-z][\w.@-]{0,63})\[(?P<pid>\d{1,10})\]: ")


# conntrackd's log file after its ctime in brackets: its pid, then its level in brackets.
_PID_LEVEL = re.compile(r"\(pid=(?P<pid>\d{1,10})\) (?:\[(?P<level>[a-z]{3,9})\] )?")


# UnrealIRCd 6 (`[ctime] server subsystem.EVENT_ID level: message`).
_UNREALIRCD = re.compile(
    r"(?P<server>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}) "
    r"(?P<subsystem>[a-z][a-z0-9_-]{0,31})\.(?P<event>[A-Z][A-Z0-9_]{1,63}) "
    r"(?P<level>debug|info|warn|error|fatal): "
)


# A daemon's pid and thread in brackets right after a `-T` stamp, then any `[key=value]`
# context, then the message after a blank or ` : `.
_PID_CONTEXT = re.compile(
    r"\[(?P<pid>\d{1,10})(?:\.(?P<thread>\d{1,10}))?\]"
    r"(?P<context>(?:\[[A-Za-z_][\w.-]{0,31}=[^\[\]]{0,256}\])*)(?: : | )"
)
_CONTEXT_PAIR = re.compile(r"\[([A-Za-z_][\w.-]{0,31})=([^\[\]]*)\]")


# libcfs' libcfs_debug_vmsg2: `%s: %d:%d:(%s:%d:%s()) ` after the prefix (LustreError for
# D_ERROR/D_EMERG, Lustre otherwise; LNet's subsystems LNet/LNetError).
_LUSTRE = re.compile(
    r"(?P<prefix>(?:Lustre|LNet)(?:Error)?): (?P<pid>\d{1,10}):(?P<epid>\d{1,10}):"
    r"\((?P<file>[\w.-]{1,128}):(?P<line>\d{1,7}):(?P<function>\w{1,128})\(\)\) "
)


def lustre_header(msg: str) -> tuple[str, dict[str, object], str | None] | None:
    """A Lustre or LNet kernel message without its location, the location as attributes and
    the level the prefix says (`LustreError`: error), or None when `msg` has no such header."""
    m = _LUSTRE.match(msg)
    if m is None:
        return None
    attrs: dict[str, object] = {
        "pid": int(m["pid"]),
        "caller": f"{m['file']}:{m['line']}",
        "function": m["function"],
    }
    if m["epid"] != "0":
        attrs["extern_pid"] = int(m["epid"])
    level = "error" if m["prefix"].endswith("Error") else None
    return f"{m['prefix']}: {msg[m.end() :]}", attrs, level


# `-T`'s time: `Fri Nov 15 00:00:01 2024`.
_CTIME = re.compile(r"[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}")

FORMAT = DmesgFormat()
