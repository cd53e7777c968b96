"""Firewalls' own records: what a firewall writes is fields, not a sentence, and the fields that
say what happened name the event.

- Palo Alto's PAN-OS sends each log as one CSV record in a syslog message (`1,2024/06/04
  06:00:21,013201023417,TRAFFIC,end,2561,...`), its columns set by the record's type. A
  TRAFFIC record is named by its type, subtype, action and session end reason (`TRAFFIC end
  allow tcp-fin`), a THREAT record by its type, subtype and action, a CONFIG record by the
  command and its result; a SYSTEM record's message is its event id and description, mined
  as any message is. The columns a reader filters on (addresses, ports, rule,
  application, zones, user, threat) are attributes, the record the message.
- pfSense's and OPNsense's packet filter log (`filterlog[pid]: 5,,,1000000103,igb0,match,
  block,in,4,0x0,,...,tcp,...`): named by the action, the direction, the IP version and the
  protocol; the rule, interface, addresses and ports are attributes.
- FortiGate's key=value records (`date=... logid="0000000013" type="traffic"
  subtype="forward" ... action="close"`, read by `logfmt.py`): named by the log id (FortiOS's
  number for the kind of record), its type and subtype, the action and status, and the `msg`
  when there is one, the values of the record's other fields masked in it (`Proxy: Psiphon,`
  is `<*>: <*>,` where `appcat="Proxy" app="Psiphon"`). A traffic record has no `msg`: its
  action alone tells a closed session from a timed-out or denied one.

Owns `panos_fields`, `filterlog_fields` and `fortigate_template`; each returns None for any
other text.
"""

from __future__ import annotations

import csv
import re

from errctl.formats.values import mask_values
from errctl.models import ParsedFields

_SLICE = 8192  # a record longer than this is no firewall's

# PAN-OS: `FUTURE_USE,receive time,serial,TYPE,subtype,...`.
_PANOS = re.compile(
    r"\d{1,3},\d{4}/\d\d/\d\d \d\d:\d\d:\d\d,[\w-]{1,64},"
    r"(?P<type>TRAFFIC|THREAT|SYSTEM|CONFIG|HIPMATCH|GLOBALPROTECT|USERID|DECRYPTION|AUTH"
    r"|TUNNEL|CORRELATION|GTP|SCTP|IPTAG),"
)
# The columns of TRAFFIC and THREAT records a reader asks for (PAN-OS's syslog field
# descriptions), by position.
_SESSION_COLUMNS = {
    7: "src",
    8: "dst",
    11: "rule",
    12: "src_user",
    14: "app",
    16: "from_zone",
    17: "to_zone",
    24: "sport",
    25: "dport",
    29: "proto",
    30: "action",
}
_TRAFFIC_END_REASON = 46
_THREAT_COLUMNS = {31: "url", 32: "threat", 33: "category", 34: "severity", 35: "direction"}
_SYSTEM_COLUMNS = {8: "event_id", 9: "object", 12: "module", 13: "severity"}
_CONFIG_COLUMNS = {
    7: "client_host",
    9: "command",
    10: "admin",
    11: "client",
    12: "result",
    13: "path",
}
_PANOS_SEVERITY = {
    "informational": "info",
    "low": "notice",
    "medium": "warning",
    "high": "error",
    "critical": "critical",
}

# filterlog's columns (pfSense's `filterlog` format, shared by OPNsense): the rule's part, then
# the IP version's.
_FILTERLOG = re.compile(r"\d{0,10},[^,]{0,32},[^,]{0,64},[^,]{0,64},[^,]{1,32},\w{1,16},\w{1,16},")
_IPV4_PROTO, _IPV6_PROTO = 16, 12
_IPV4_ADDRESSES, _IPV6_ADDRESSES = 18, 15

# FortiGate's fields that say what kind of record it is, in the template's order.
_FORTIGATE_KIND = ("logid", "type", "subtype", "eventtype", "action", "status")
_FORTIGATE_NOT_VALUES = frozenset(
    (*_FORTIGATE_KIND, "msg", "level", "date", "time", "eventtime", "tz", "logdesc")
)


def panos_fields(message: str) -> ParsedFields | None:
    """A PAN-OS CSV record's fields, or None when `message` is none."""
    m = _PANOS.match(message)
    if m is None or len(message) > _SLICE:
        return None
    try:
        row = next(csv.reader([message]))
    except (csv.Error, StopIteration):
        return None
    kind, subtype = m["type"], _at(row, 4)
    if kind == "SYSTEM":
        attributes = _columns(row, _SYSTEM_COLUMNS)
        description = _at(row, 14)
        event = attributes.get("event_id", subtype)
        # The description is a sentence with the event's values in it: mined as any message
        # is, the event's id before it (a description alone can be two events').
        return ParsedFields(
            f"{event}: {description}" if description else message,
            level=_PANOS_SEVERITY.get(str(attributes.get("severity", ""))),
            attributes={"log_type": kind, "subtype": subtype, **attributes},
        )
    if kind == "CONFIG":
        attributes = _columns(row, _CONFIG_COLUMNS)
        named = f"{kind} {attributes.get('command', '')} {attributes.get('result', '')}"
    elif kind in ("TRAFFIC", "THREAT"):
        attributes = _columns(row, _SESSION_COLUMNS)
        named = f"{kind} {subtype} {attributes.get('action', '')}"
        if kind == "TRAFFIC":
            reason = _at(row, _TRAFFIC_END_REASON)
            if reason:
                attributes["session_end_reason"] = reason
                named = f"{named} {reason}"
        else:
            attributes.update(_columns(row, _THREAT_COLUMNS))
    else:
        attributes, named = {}, f"{kind} {subtype}"
    level = _PANOS_SEVERITY.get(str(attributes.get("severity", "")))
    return ParsedFields(
        message,
        level=level,
        attributes={"log_type": kind, "subtype": subtype, **attributes},
        template=named,
    )


def filterlog_fields(message: str) -> ParsedFields | None:
    """A pfSense or OPNsense filterlog record's fields, or None when `message` is none."""
    if len(message) > _SLICE or _FILTERLOG.match(message) is None:
        return None
    row = message.split(",")
    if len(row) < 9:
        return None
    action, direction, version = row[6], row[7], row[8]
    attributes: dict[str, object] = {
        "rule": row[0],
        "tracker": row[3],
        "interface": row[4],
        "reason": row[5],
        "action": action,
        "direction": direction,
    }
    if version == "4":
        proto_at, addresses = _IPV4_PROTO, _IPV4_ADDRESSES
    elif version == "6":
        proto_at, addresses = _IPV6_PROTO, _IPV6_ADDRESSES
    else:
        return None
    proto = _at(row, proto_at)
    attributes["proto"] = proto
    for offset, key in enumerate(("src", "dst", "sport", "dport")):
        value = _at(row, addresses + offset)
        if value and (offset < 2 or proto in ("tcp", "udp")):
            attributes[key] = value
    return ParsedFields(
        message,
        attributes=attributes,
        template=f"filterlog {action} {direction} IPv{version} {proto}",
    )


def fortigate_template(pairs: dict[str, str | bool]) -> str | None:
    """The template of a FortiGate record (its pairs as read, before they are mapped), or None
    when the pairs are no FortiGate's."""
    if "logid" not in pairs or "devid" not in pairs or "type" not in pairs:
        return None
    kind = " ".join(str(pairs[k]) for k in _FORTIGATE_KIND if isinstance(pairs.get(k), str))
    msg = pairs.get("msg")
    if not isinstance(msg, str) or not msg:
        return kind
    return f"{kind}: {_values_masked(msg.strip(), pairs)}"


def _values_masked(msg: str, pairs: dict[str, str | bool]) -> str:
    """`msg` with the values of the record's other fields masked where it quotes them whole,
    the longest first, then masked as any message is."""
    values = sorted(
        {
            v
            for k, v in pairs.items()
            if isinstance(v, str) and len(v) > 1 and k not in _FORTIGATE_NOT_VALUES
        },
        key=len,
        reverse=True,
    )
    for value in values:
        if value in msg:
            msg = re.sub(rf"(?<![\w.-]){re.escape(value)}(?![\w-])", "<*>", msg)
    return mask_values(msg)


def _at(row: list[str], index: int) -> str:
    return row[index] if index < len(row) else ""


def _columns(row: list[str], columns: dict[int, str]) -> dict[str, object]:
    return {name: row[i] for i, name in columns.items() if i < len(row) and row[i]}
