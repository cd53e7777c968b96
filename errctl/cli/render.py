"""Rendering results: tables for people, json / ndjson / csv for programs.

Machine formats print only data on stdout and are stable (golden-tested). Human formats never
interpret text that came from logs: rich markup is escaped, control characters shown visibly.
"""

from __future__ import annotations

import csv
import re
import sys
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import orjson

from errctl.models import EVENT_FIELDS, Event, IngestSummary

OUTPUT_FORMATS = ("table", "json", "ndjson", "csv")


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_CSV_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def iso_utc(ts: datetime) -> str:
    return ts.isoformat(timespec="milliseconds") + "Z"


def event_record(event: Event) -> dict[str, Any]:
    data = {name: getattr(event, name) for name in EVENT_FIELDS}
    data["timestamp"] = iso_utc(event.timestamp)
    return data


def visible(text: str) -> str:
    """Control characters (ANSI escapes, bidi overrides, ...) shown as `\\x1b`, not obeyed."""
    return _CONTROL.sub(
        lambda m: (
            f"\\x{ord(m.group(0)):02x}" if ord(m.group(0)) < 256 else f"\\u{ord(m.group(0)):04x}"
        ),
        text,
    )


def write_ndjson(events: Iterable[Event], out: Any = None) -> int:
    out = out or sys.stdout
    n = 0
    for event in events:
        out.write(orjson.dumps(event_record(event)).decode())
        out.write("\n")
        n += 1
    return n


def write_json(events: Iterable[Event], out: Any = None) -> int:
    out = out or sys.stdout
    records = [event_record(e) for e in events]
    out.write(orjson.dumps(records, option=orjson.OPT_INDENT_2).decode())
    out.write("\n")
    return len(records)


def _csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        value = orjson.dumps(value).decode()
    if isinstance(value, str) and value.startswith(_CSV_FORMULA):
        return "'" + value  # neutralise spreadsheet formulas (CSV injection)
    return value


def write_csv(events: Iterable[Event], out: Any = None) -> int:
    out = out or sys.stdout
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(EVENT_FIELDS)
    n = 0
    for event in events:
        record = event_record(event)
        writer.writerow([_csv_cell(record[k]) for k in EVENT_FIELDS])
        n += 1
    return n


def write_table(events: Iterable[Event]) -> int:
    """One line per event, like grep: time, level, service, message, source:line.

    On a terminal each line is cut to its width; piped, lines are printed whole.
    """
    from rich.text import Text

    from errctl.cli.console import out_console

    console = out_console()
    styles = {"critical": "bold red", "error": "red", "warning": "yellow", "debug": "dim"}
    n = 0
    for e in events:
        message = e.message.split("\n", 1)[0]
        if e.exception_type and e.exception_type not in message:
            message += f"  [{e.exception_type}]"
        line = Text(no_wrap=True, overflow="ellipsis")
        line.append(e.timestamp.strftime("%Y-%m-%d %H:%M:%S") + "  ", style="dim")
        line.append(f"{(e.level or '-'):<8} ", style=styles.get(e.level or "", ""))
        line.append(f"{visible(e.service or e.logger or '-')[:16]:<12} ", style="cyan")
        line.append(visible(message))
        line.append(f"  {visible(_short_source(e.source))}:{e.line}", style="dim")
        if console.is_terminal:
            console.print(line, crop=True, soft_wrap=False)
        else:
            console.print(line, soft_wrap=True)
        n += 1
    return n


def _short_source(path: str) -> str:
    parts = path.replace("\\", "/").split("/")
    return "/".join(parts[-2:]) if len(parts) > 2 else path


def summary_dict(summary: IngestSummary) -> dict[str, Any]:
    return {
        "files": summary.files,
        "skipped": summary.skipped,
        "events": summary.events,
        "bytes": summary.bytes,
        "rejected": summary.rejected,
        "seconds": round(summary.seconds, 3),
        "events_per_second": round(summary.events_per_second, 1),
        "sources": [
            {
                "path": s.path,
                "format": s.format,
                "format_reason": s.format_reason,
                "events": s.events,
                "lines": s.lines,
                "bytes": s.bytes,
                "rejected": s.rejected,
                "resumed_from": s.resumed_from,
                "restarted": s.restarted,
                "skipped": s.skipped,
                "error": s.error,
            }
            for s in summary.sources
        ],
    }


def summary_json(summary: IngestSummary) -> str:
    return orjson.dumps(summary_dict(summary)).decode()


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1000 or unit == "GB":
            return f"{n:,.0f} {unit}" if unit == "B" else f"{n:,.1f} {unit}"
        n /= 1000  # type: ignore[assignment]
    return str(n)


def summary_text(summary: IngestSummary) -> str:
    lines: list[str] = []
    shown = [s for s in summary.sources if s.skipped is None]
    if len(shown) <= 20:
        for s in shown:
            extra = []
            if s.rejected:
                extra.append(f"{s.rejected:,} rejected")
            if s.resumed_from:
                extra.append(f"resumed at byte {s.resumed_from:,}")
            if s.restarted:
                extra.append(s.restarted)
            if s.error:
                extra.append(s.error)
            note = f" ({'; '.join(extra)})" if extra else ""
            lines.append(
                f"  {visible(s.path)}: {s.events:,} events, {s.format or '?'} "
                f"[{s.format_reason or ''}]{note}"
            )
    total = (
        f"ingested {summary.events:,} events from {summary.files} file(s), "
        f"{_size(summary.bytes)} in {summary.seconds:.2f}s "
        f"({summary.events_per_second:,.0f} events/s)"
    )
    if summary.rejected:
        total += f"; {summary.rejected:,} line(s) rejected and quarantined"
    if summary.skipped:
        total += f"; {summary.skipped} input(s) skipped"
    lines.append(total)
    return "\n".join(lines)
