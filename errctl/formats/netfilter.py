"""The kernel's packet log: what an iptables or nftables `LOG` rule (UFW's among them) writes,
through the kernel's ring buffer, to syslog, the journal and `dmesg`:

    [123.456789] [UFW BLOCK] IN=eth0 OUT= MAC=52:54:... SRC=203.0.113.9 DST=10.0.0.1 LEN=40
    TOS=0x00 PREC=0x00 TTL=244 ID=54321 PROTO=TCP SPT=44444 DPT=22 WINDOW=1024 RES=0x00 SYN URGP=0

(one line), the rule's `--log-prefix` (`[UFW BLOCK] `, `IPTABLES-DROP: `) before the packet's
`KEY=value` pairs and its bare flags (`DF`, `SYN`).

Owns `packet_log`: the fields of such a message, or None for any other. The pairs are attributes
(the first of a repeated key wins: `LEN` is the IP packet's before the UDP datagram's), the
flags one `flags` attribute, the prefix a `prefix` attribute. A prefix that says the packet
was refused (BLOCK, DROP, DENY, REJECT, INVALID; EdgeOS' `-D`) is a warning: nothing on this
host failed, but a refused packet is what a blocked service or a scan looks like; one that
says it passed (UFW's AUDIT and ALLOW, ACCEPT; EdgeOS' `-A`) is info; any other prefix says
nothing of either and gets no level.

The template is the prefix, the protocol and the destination port: the port names what was
reached for (22 a login attempt, 5432 a database a firewall rule forgot), the sources and their
ephemeral ports are many and vary, so one group per blocked port is what a reader acts on. A
destination port in the ephemeral range (32768 and up, Linux's and IANA's) is a late reply to a
closed connection, a different port every time: it is a variable there.
"""

from __future__ import annotations

import re

from errctl.models import ParsedFields

# `[uptime] ` (when the kernel prints its time), the prefix (anything, up to 64 characters, or
# none), then the pairs, which always start with the input and output interfaces.
_HEAD = re.compile(r"(?:\[ *(?P<uptime>\d{1,10}\.\d{1,9})\] ?)?(?P<prefix>[^=]{0,64}?)IN=\S* OUT=")
# EdgeOS and VyOS name a rule's log by its ruleset, number and action's letter: `[WAN_IN-4001-D]`
# drop, `-R` reject, `-A` accept.
_REFUSED = re.compile(r"BLOCK|DROP|DENY|DENIED|REJECT|INVALID|-[DR]\Z", re.IGNORECASE)
_PASSED = re.compile(r"AUDIT|ALLOW|ACCEPT|-A\Z", re.IGNORECASE)
_EPHEMERAL = 32768


def packet_log(msg: str) -> ParsedFields | None:
    """A netfilter `LOG` rule's line (module docstring), or None."""
    m = _HEAD.match(msg)
    if m is None or " SRC=" not in msg:
        return None
    attrs: dict[str, object] = {}
    prefix = m["prefix"].strip().strip("[]:").strip()
    if prefix:
        attrs["prefix"] = prefix
    if m["uptime"]:
        attrs["uptime"] = float(m["uptime"])
    flags = []
    for token in msg[m.end("prefix") :].split():
        key, eq, value = token.partition("=")
        if eq:
            attrs.setdefault(key, int(value) if value.isdecimal() and len(value) < 10 else value)
        else:
            flags.append(token)
    if flags:
        attrs["flags"] = " ".join(flags)
    proto, src, dst = attrs.get("PROTO", "?"), attrs.get("SRC"), attrs.get("DST")
    spt, dpt = attrs.get("SPT"), attrs.get("DPT")
    head = f"{prefix} {proto}" if prefix else str(proto)
    if type(dpt) is int:
        source = f"{src}:{spt}" if spt is not None else src
        message = f"{head} {source} -> {dst}:{dpt}"
        port = dpt if dpt < _EPHEMERAL else "<*>"
        template = f"{head} <*>:<*> -> <*>:{port}"
    else:  # ICMP and the protocols without ports
        message = f"{head} {src} -> {dst}"
        template = f"{head} <*> -> <*>"
    level = "warning" if _REFUSED.search(prefix) else "info" if _PASSED.search(prefix) else None
    return ParsedFields(message, None, level, "kernel", attributes=attrs, template=template)
