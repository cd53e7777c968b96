"""Normalisation: records -> the event schema, as Arrow columns.

Per record: the timestamp read into UTC (or inferred from the previous event, flagged), the
level mapped to the six canonical names, continuation lines either parsed as an exception chain
or kept as part of the message, a default severity, and the exception fingerprint (computed
once per distinct frame list, which real logs repeat). Message templates and the remaining
fingerprints are computed per batch, vectorised, in `errctl.fingerprint`.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

import orjson
import pyarrow as pa

from errctl.fingerprint.fingerprint import chain_fingerprint
from errctl.formats.levels import normalize_level
from errctl.formats.multiline import looks_like_trace
from errctl.formats.stacktrace import parse_trace
from errctl.ingest.framing import Record
from errctl.models import ExceptionChain
from errctl.severity.defaults import default_severity

TITLE_CHARS = 200

SCHEMA = pa.schema(
    [
        ("source", pa.string()),
        ("line", pa.int64()),
        ("timestamp", pa.timestamp("us")),
        ("timestamp_inferred", pa.bool_()),
        ("level", pa.string()),
        ("service", pa.string()),
        ("host", pa.string()),
        ("logger", pa.string()),
        ("message", pa.string()),
        ("exception_fingerprint", pa.string()),
        ("severity", pa.string()),
        ("exception_type", pa.string()),
        ("exception_value", pa.string()),
        ("stack", pa.string()),
        ("trace_id", pa.string()),
        ("attributes", pa.string()),
        ("format", pa.string()),
        ("title", pa.string()),
    ]
)

_TRACE_HEADERS = ("Traceback (most recent call last)", "Exception in thread ", "panic: ")


def _json_default(value: Any) -> Any:
    return str(value)


class Normalizer:
    """Accumulates normalised events for one source until `take()` hands them over as a table."""

    def __init__(
        self,
        source: str,
        *,
        tz: tzinfo,
        reference: datetime,
        fallback_time: datetime,
    ) -> None:
        self.source = source
        self.tz = tz
        self.reference = reference  # the file's mtime: the year of year-less timestamps
        self.last_timestamp = fallback_time  # what an event without a readable time gets
        self._chain_cache: dict[str, tuple[ExceptionChain | None, str | None]] = {}
        self._columns: dict[str, list[Any]] = {name: [] for name in SCHEMA.names}
        self.count = 0

    def add(self, record: Record) -> None:
        from errctl.formats.timestamps import parse_timestamp

        cols = self._columns
        fields = record.fields
        attributes: dict[str, Any] = dict(fields.attributes or {}) if fields else {}
        if fields is None:
            message, exc_text = record.header, None
            if record.header.startswith(_TRACE_HEADERS):
                exc_text = "\n".join([record.header, *record.continuation])
            elif record.continuation:
                if looks_like_trace(record.continuation):
                    exc_text = "\n".join(record.continuation)
                else:
                    message = "\n".join([message, *record.continuation])
            raw_level = None
            raw_time = None
        else:
            message, exc_text = fields.message, fields.exception_text
            if record.continuation:
                if exc_text is None and looks_like_trace(record.continuation):
                    exc_text = "\n".join(record.continuation)
                else:
                    message = "\n".join([message, *record.continuation])
            raw_level = fields.level
            raw_time = fields.timestamp

        timestamp = parse_timestamp(raw_time, self.tz, self.reference) if raw_time else None
        inferred = timestamp is None
        if inferred:
            if raw_time is not None:
                attributes["timestamp_raw"] = str(raw_time)
            timestamp = self.last_timestamp
        else:
            self.last_timestamp = timestamp

        chain, exc_fp = self._chain(exc_text) if exc_text else (None, None)
        level = normalize_level(raw_level) if raw_level is not None else None
        if level is None and chain:
            level = "error"  # a stack trace with no level is an error by any reading
        if chain and not message.strip():
            message = f"{chain[0].type}: {chain[0].value}" if chain[0].value else chain[0].type
        if record.truncated:
            attributes["truncated"] = True
        if chain is None and exc_text:
            attributes["exception_text"] = exc_text  # kept, though no parser understood it

        top = chain[0] if chain else None
        title = f"{top.type}: {top.value}" if top and top.value else (top.type if top else message)
        cols["source"].append(self.source)
        cols["line"].append(record.number)
        cols["timestamp"].append(timestamp)
        cols["timestamp_inferred"].append(inferred)
        cols["level"].append(level)
        cols["service"].append(fields.service if fields else None)
        cols["host"].append(fields.host if fields else None)
        cols["logger"].append(fields.logger if fields else None)
        cols["message"].append(message)
        cols["exception_fingerprint"].append(exc_fp)
        cols["severity"].append(
            default_severity(level, chain is not None, f"{message} {top.type if top else ''}")
            if level in ("warning", "error", "critical")
            else None
        )
        cols["exception_type"].append(top.type if top else None)
        cols["exception_value"].append(top.value if top else None)
        cols["stack"].append(orjson.dumps([e.to_dict() for e in chain]).decode() if chain else None)
        cols["trace_id"].append(fields.trace_id if fields else None)
        cols["attributes"].append(
            orjson.dumps(attributes, default=_json_default).decode() if attributes else None
        )
        cols["format"].append(record.format or "raw")
        cols["title"].append(title.split("\n", 1)[0][:TITLE_CHARS])
        self.count += 1

    def _chain(self, text: str) -> tuple[ExceptionChain | None, str | None]:
        cached = self._chain_cache.get(text)
        if cached is None:
            chain = parse_trace(text)
            cached = (chain, chain_fingerprint(chain) if chain else None)
            if len(self._chain_cache) < 10_000:
                self._chain_cache[text] = cached
        return cached

    def take(self) -> pa.Table:
        table = pa.table(self._columns, schema=SCHEMA)
        self._columns = {name: [] for name in SCHEMA.names}
        self.count = 0
        return table
