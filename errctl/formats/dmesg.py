"""The kernel's ring buffer as `dmesg` prints it: with `-x` (`--decode`), each line's facility
and level; with `-T` (`--ctime`), the wall-clock time instead of the seconds since boot:

    kern  :err   : [Fri Nov 15 00:00:01 2024] Out of memory: Killed process 4321 (java)
    kern  :info  : [12345.678901] usb 1-1: new high-speed USB device number 2
    [12345.678901] EXT4-fs error (device sda1): ext4_find_entry:1456: inode #2

Owns `DmesgFormat` and the module instance `FORMAT` (name "dmesg"). The level is the kernel's
(`err`, `warn`, ...); the facility goes to attributes, and so do the seconds since boot, which
name no time of day: such an event takes its time as any event without one does (the event
before it, else the file's). The kernel is the service.
"""

from __future__ import annotations

import re
from dataclasses import replace

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
        return ParsedFields(m["msg"], timestamp, m["level"], "kernel", attributes=attributes)


# `-T`'s time: `Fri Nov 15 00:00:01 2024`.
_CTIME = re.compile(r"[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4}")

FORMAT = DmesgFormat()
