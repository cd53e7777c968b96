"""LTSV (Labeled Tab-separated Values): `label:value` fields joined by tabs, one record a line,
as nginx and Apache write an access log with an LTSV `log_format`/`LogFormat` (ltsv.org's
labels), and services their own logs (Fluentd reads and writes it):

    time:2026-11-27T12:00:01+09:00	host:10.0.0.2	req:POST /api/orders HTTP/1.1	status:500

Owns `ltsv_fields`, which the logfmt format tries first on a line with a tab (LTSV is logfmt's
sibling: pairs, with `:` and a tab where logfmt has `=` and a blank). Every field must be a
label (ltsv.org: `[0-9A-Za-z_.-]+`) and `:`, at least two, and one label must name the
record's time, level or message, as logfmt asks, so tab-separated prose is not taken. Labels map
through the same aliases as JSON's keys (`fields.fields_from_mapping`), after ltsv.org's own
labels are renamed to what they mean: its `host` is the REMOTE host (the client), `ua` the user
agent, and `req` the request line, split into `method`, `uri` and `protocol` so that a request
record reads as an access log line does (`http_records`: `POST /api/orders 500`, the route its
template, the level from the status). `-` is what the web servers write for no value: dropped.
"""

from __future__ import annotations

import re

from errctl.formats.fields import fields_from_mapping
from errctl.models import ParsedFields

_LABEL = re.compile(r"[0-9A-Za-z_.-]{1,64}")
# ltsv.org's recommended labels whose meaning is not the alias of the same name.
_RENAMED = {"host": "client_ip", "ua": "user_agent", "size": "bytes"}
_RECORD_KEYS = frozenset(("time", "ts", "timestamp", "level", "severity", "msg", "message"))


def ltsv_fields(line: str) -> ParsedFields | None:
    """The fields of an LTSV record; None when the line is not one."""
    record: dict[str, object] = {}
    for field in line.rstrip("\r\n").split("\t"):
        label, colon, value = field.partition(":")
        if not colon or _LABEL.fullmatch(label) is None:
            return None
        if value != "-" and value != "":
            record[_RENAMED.get(label, label)] = value
    if len(record) < 2 or _RECORD_KEYS.isdisjoint(record):
        return None
    request = record.get("req")
    if type(request) is str and "method" not in record:
        parts = request.split(" ")
        if len(parts) == 3 and parts[2].startswith("HTTP/"):
            del record["req"]
            record["method"], record["uri"], record["protocol"] = parts
    time = record.get("time")
    if type(time) is str and time.startswith("[") and time.endswith("]"):
        record["time"] = time[1:-1]  # Apache's `time:%t`: `[27/Nov/2026:12:00:00 +0900]`
    return fields_from_mapping(record, nested=False)
