"""What names a record of Zeek's standard logs (`w3c.py` reads their columns): the fields that
say what happened, whatever the addresses, ports, connection ids, sizes and times were.

    conn      proto, conn_state           `conn tcp REJ`: a connection refused, by protocol
    dns       qtype_name, rcode_name      `dns A SERVFAIL`
    ssl       established, last_alert,    `ssl F protocol_version`, `ssl T - self signed
              validation_status           certificate`
    weird     name                        `weird bad_TCP_checksum`
    notice    note, then msg (mined)      `Scan::Port_Scan 10.1.0.9 scanned at least 15 ...`
    reporter  level, then message (mined)
    dpd       analyzer, failure_reason (mined)
    http      the request, as an access log's: method, route, status

A connection's service (`ssl`, `dns`), a TLS version or a query's name are attributes: a
record of any other log (files, x509, a site's own) keeps all its values as its message, mined
as any text. The weird, the notice and the reporter's warnings are Zeek's own reports of
trouble, at warning (the reporter's at its own level).

`zeek_record(path, record, attributes)` gives (message, template, level), or None for a log
this module does not know.
"""

from __future__ import annotations

from errctl.formats.access import request_template, status_level

# The fields whose values name a record, by log, and whether its last is free text (mined).
_NAMING: dict[str, tuple[tuple[str, ...], bool]] = {
    "conn": (("proto", "conn_state"), False),
    "dns": (("qtype_name", "rcode_name"), False),
    "ssl": (("established", "last_alert", "validation_status"), False),
    "weird": (("name",), False),
    "notice": (("note", "msg"), True),
    "reporter": (("message",), True),
    "dpd": (("analyzer", "failure_reason"), True),
}
_WARNS = frozenset(("weird", "notice"))
# The reporter's levels (`Reporter::WARNING`), as errctl names them.
_REPORTER_LEVELS = {
    "Reporter::INFO": "info",
    "Reporter::WARNING": "warning",
    "Reporter::ERROR": "error",
    "Reporter::FATAL": "critical",
}
_UNSET = "-"


def zeek_record(
    path: str, record: dict[str, str], attributes: dict[str, object]
) -> tuple[str, str | None, str | None] | None:
    """(message, template, level) of a record of Zeek's log `path` whose set values are
    `record`; None for a log whose naming fields this module does not know, or a record
    without them."""
    if path == "http":
        return _http(record, attributes)
    naming = _NAMING.get(path)
    if naming is None:
        return None
    names, free_text = naming
    if not any(name in record for name in names):
        return None
    values = [record.get(name, _UNSET) for name in names]
    if path == "ssl" and values[-1] == _UNSET:
        values.pop()  # (most connections are never validated: no `-` at the end)
    level = "warning" if path in _WARNS else None
    if path == "reporter":
        level = _REPORTER_LEVELS.get(record.get("level", ""), "warning")
        return values[0], None, level  # (its level is the record's level, not words)
    message = " ".join([path, *values]) if not free_text else " ".join(values)
    return message, None if free_text else message, level


def _http(
    record: dict[str, str], attributes: dict[str, object]
) -> tuple[str, str, str | None] | None:
    method, uri = record.get("method"), record.get("uri")
    status = record.get("status_code")
    if method is None or uri is None:
        return None  # a request Zeek saw no line of
    suffix = f" {status}" if status is not None else ""
    message = f"{method} {uri}{suffix}"
    template = request_template(f"{method} {uri}", suffix, attributes)
    if template is None:
        return None
    level = status_level(int(status)) if status is not None and status.isdecimal() else None
    return message, template, level
