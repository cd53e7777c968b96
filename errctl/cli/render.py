"""Rendering results: tables for people, json / ndjson / csv for programs.

Machine formats print only data on stdout and are stable (golden-tested). Human formats never
interpret text that came from logs: rich markup is escaped, control characters shown visibly.
"""

from __future__ import annotations

import csv
import io
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

import orjson

from errctl.cli.console import visible
from errctl.models import EVENT_FIELDS, Event, IngestSummary, SourceResult
from errctl.query.groups import error_text
from errctl.store.event_sql import event_from_row

if TYPE_CHECKING:
    from errctl.query.context import ContextRow

OUTPUT_FORMATS = ("table", "json", "ndjson", "csv")


_CSV_FORMULA = ("=", "+", "-", "@", "\t", "\r")


class _CsvWriter:
    """csv.writer that quotes every cell holding CR or LF and ends rows with a bare LF.

    Python's writer quotes only the characters of its line terminator: with "\n" a cell holding
    a lone CR was written bare, and a reader then split the row there (log text could add rows).
    """

    def __init__(self, out: Any) -> None:
        self._out = out
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer, lineterminator="\r\n")

    def writerow(self, row: Iterable[Any]) -> None:
        self._writer.writerow(row)
        text = self._buffer.getvalue()
        self._buffer.seek(0)
        self._buffer.truncate()
        self._out.write(text[:-2] + "\n")


def human_utc(ts: datetime, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    """A stored time in a table for people: UTC as stored, marked so with a `Z` (an on-call
    engineer outside UTC read the bare times as theirs). One character, on every time of every
    human listing (search, groups, show, report), so no row can be read without it."""
    return ts.strftime(fmt) + "Z"


def iso_utc(ts: datetime) -> str:
    """A stored time in data output: to the microsecond, as the store keeps it (Envoy's and
    tracing's records, many to a millisecond, keep their order), always that wide, so the
    strings sort as the times do."""
    return ts.isoformat(timespec="microseconds") + "Z"


def event_record(event: Event) -> dict[str, Any]:
    data = {name: getattr(event, name) for name in EVENT_FIELDS}
    data["timestamp"] = iso_utc(event.timestamp)
    return data


def row_record(row: dict[str, Any]) -> dict[str, Any]:
    """`event_record` of a stored row (`DuckDBStore.search_rows`): its JSON columns go out as
    they are stored, not parsed and written again."""
    record = dict(row)
    record["timestamp"] = iso_utc(row["timestamp"])
    for key in _JSON_COLUMNS:
        if record[key]:
            record[key] = orjson.Fragment(record[key])
    return record


_JSON_COLUMNS = ("stack", "attributes")


def write_ndjson_rows(rows: Iterable[dict[str, Any]], out: Any = None) -> int:
    """Stored rows as JSON lines, one event's every field a line (`search --format ndjson`)."""
    return write_ndjson_records(map(row_record, rows), out)


def write_ndjson_records(records: Iterable[dict[str, Any]], out: Any = None) -> int:
    out = out or sys.stdout
    n = 0
    for record in records:
        out.write(orjson.dumps(record).decode())
        out.write("\n")
        n += 1
    return n


def write_json(events: Iterable[Event], out: Any = None) -> int:
    return write_json_records(map(event_record, events), out)


def write_json_records(records: Iterable[dict[str, Any]], out: Any = None) -> int:
    """Records as one indented JSON array (`--format json`)."""
    out = out or sys.stdout
    kept = list(records)
    out.write(orjson.dumps(kept, option=orjson.OPT_INDENT_2).decode())
    out.write("\n")
    return len(kept)


def _csv_cell(value: Any, safe: bool = True) -> Any:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        value = orjson.dumps(value).decode()
    if safe and isinstance(value, str) and value.startswith(_CSV_FORMULA):
        return "'" + value  # neutralise spreadsheet formulas (CSV injection)
    return value


def write_csv(events: Iterable[Event], out: Any = None, *, safe: bool = True) -> int:
    """Events as CSV; `safe` neutralises spreadsheet formulas (--csv-safe, the default)."""
    return _write_csv_records(map(event_record, events), EVENT_FIELDS, out, safe)


def write_context_csv(rows: Iterable[ContextRow], out: Any = None, *, safe: bool = True) -> int:
    """`write_csv` of `search --context`'s rows, with a last column `match`. Returns the
    number of rows."""
    records = context_records(rows, stored=False)
    return _write_csv_records(records, (*EVENT_FIELDS, "match"), out, safe)


def _write_csv_records(
    records: Iterable[dict[str, Any]], columns: tuple[str, ...], out: Any, safe: bool
) -> int:
    out = out or sys.stdout
    writer = _CsvWriter(out)
    writer.writerow(columns)
    n = 0
    for record in records:
        writer.writerow([_csv_cell(record[k], safe) for k in columns])
        n += 1
    return n


def service_cell(name: str | None, width: int, others: int = 0) -> str:
    """A service (or logger) column's cell, exactly `width` wide: the name, then ` +N` for a
    group's other services, cut with `…` where it does not fit (a name cut silently reads as
    another: `postfix/cl`), so the columns after it stay aligned."""
    more = f" +{others}" if others > 0 else ""
    text = visible(name or "-")
    room = max(1, width - len(more))
    if len(text) > room:
        text = text[: room - 1] + "…"
    return f"{text}{more}".ljust(width)


_SERVICE_WIDTH = 16
"""search's service column: a name longer than this is cut, so every message starts in the
same column (it used to push its message right by up to four columns)."""


def write_table(events: Iterable[Event]) -> int:
    """One line per event, like grep: time, level, service, message, source:line.

    On a terminal each line is cut to its width; piped, lines are printed whole.
    """
    from errctl.cli.console import print_row

    n = 0
    for e in events:
        print_row(_table_line(e))
        n += 1
    return n


def write_context_table(rows: Iterable[ContextRow]) -> int:
    """`write_table` of matches among the events around them (`search --context`), as grep
    -C prints them: `--` between blocks, a neighbour's place written `source-line` (a match's
    `source:line`) and dimmed. Returns the number of matches."""
    from rich.text import Text

    from errctl.cli.console import print_row

    n = 0
    first = True
    for r in rows:
        if r.opens_block and not first:
            print_row(Text("--", style="dim"))
        first = False
        print_row(_table_line(event_from_row(r.row), neighbour=not r.match))
        n += r.match
    return n


def _table_line(e: Event, neighbour: bool = False) -> Any:
    from rich.text import Text

    styles = {"critical": "bold red", "error": "red", "warning": "yellow", "debug": "dim"}
    message = e.message.split("\n", 1)[0]
    if e.exception_type and e.exception_type not in message:
        message += f"  [{e.exception_type}]"
    error = error_text(e.attributes)  # zap's `"error": "..."` beside `request failed`, as show
    if error and error not in message:
        message += f"  error: {error}"
    line = Text(no_wrap=True, overflow="ellipsis", style="dim" if neighbour else "")
    line.append(human_utc(e.timestamp) + "  ", style="dim")
    line.append(f"{(e.level or '-'):<8} ", style=styles.get(e.level or "", ""))
    line.append(service_cell(e.service or e.logger, _SERVICE_WIDTH) + " ", style="cyan")
    line.append(visible(message))
    mark = "-" if neighbour else ":"
    line.append(f"  {visible(_short_source(e.source))}{mark}{e.line}", style="dim")
    return line


def context_records(rows: Iterable[ContextRow], *, stored: bool) -> Iterator[dict[str, Any]]:
    """The record of each row of `search --context` (`row_record` if `stored`, else
    `event_record`), with `match`: whether the row matched the search or is only beside a
    match (machine formats carry the field only then)."""
    for r in rows:
        record = row_record(r.row) if stored else event_record(event_from_row(r.row))
        record["match"] = r.match
        yield record


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
                "held_back": s.held_back,
                "completed_event": s.completed_event,
                "untimed_at": iso_utc(s.untimed_at) if s.untimed_at is not None else None,
                "unread_times": s.unread_times,
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


def filter_words(
    query: str | None = None,
    level: str | None = None,
    services: Iterable[str] | None = None,
    hosts: Iterable[str] | None = None,
    sources: Iterable[str] | None = None,
) -> str | None:
    """The filters of a command besides its window, as the user gave them (`query "timeout",
    --level error, --service api`), for a hint that says what it is based on; None when none
    was given."""
    words = [f'query "{visible(query)}"'] if query else []
    if level:
        words.append(f"--level {level}")
    for option, values in (("service", services), ("host", hosts), ("source", sources)):
        words += [f"--{option} {visible(v)}" for v in values or ()]
    return ", ".join(words) or None


def name_hints(store: Any, services: Iterable[str] = (), hosts: Iterable[str] = ()) -> bool:
    """On stderr, a hint for each --service/--host value no stored event has, with the stored
    names close to it: a typo filters everything out, which reads as "nothing happened".
    True when the names alone keep no event (every --service given is unknown, or every
    --host): the hint said why nothing matches at any time, and window_hint saying it again
    is noise."""
    from errctl.cli.console import info
    from errctl.query.names import describe, unknown_names

    if not (services or hosts):
        return False
    unknown = unknown_names(store, services, hosts)
    for name in unknown:
        info(f"hint: {visible(describe(name))}")
    return any(
        given and {n.value for n in unknown if n.option == option} >= set(given)
        for option, given in (("service", list(services)), ("host", list(hosts)))
    )


def window_hint(
    span: tuple[datetime, datetime] | None,
    since: datetime | None,
    until: datetime | None,
    at_length: str | None = None,
    *,
    matching: str | None = None,
    everything: tuple[datetime, datetime] | None = None,
    not_counted: str | None = None,
    now: datetime | None = None,
) -> str | None:
    """After an empty answer: when every stored event the filters keep lies outside the window
    asked for (old logs read today, or a window in the future), where they are and how to ask
    for them; None when some lie inside it (the filters or the statuses left none).

    `span` is of the events the command's other filters keep, `matching` those filters in
    words (None: no filter, `span` is the whole store's); `everything` the whole store's span,
    for saying that no event matches the filters at any time when `span` is None.
    `not_counted` names filters `span` does not honour (top's --severity), said plainly.
    `at_length` ("1h"): the command has --at, so also say how to see the last window of that
    length. `now`: the wall clock, given when the window ends at it (top and report without
    --at or --until), so that events stored later than it are said to be: a log's times
    without a zone read in the wrong one (UTC+2 logs read on a UTC host), which top's default
    window never shows. When events lie past the window's end, "all of them" also moves the
    end (`--until`): `--since` alone gave the same empty window and the same hint again."""
    from datetime import timedelta

    if since is None and until is None:
        return None
    if span is None:
        if matching is None or everything is None:
            return None  # an empty store
        oldest, newest = everything
        return (
            f"hint: no stored event matches {matching}, at any time (the store's events span "
            f"{oldest:%Y-%m-%d %H:%M} .. {newest:%Y-%m-%d %H:%M} UTC)"
        )
    oldest, newest = span
    if (since is None or since <= newest) and (until is None or oldest < until):
        return None  # events lie in the window; the filters or the statuses left none
    which = "the store's events" if matching is None else f"the events matching {matching}"
    end = (newest + timedelta(minutes=1)).replace(second=0, microsecond=0)
    every = f"--since {oldest:%Y-%m-%d}"
    if until is not None and newest >= until:
        every += f" --until {end:%Y-%m-%dT%H:%M}Z"
    hint = (
        f"hint: {which} span {oldest:%Y-%m-%d %H:%M} .. {newest:%Y-%m-%d %H:%M} UTC: "
        f"{every} for all of them"
    )
    if at_length:
        hint += f", --at {end:%Y-%m-%dT%H:%M}Z for their last {at_length}"
    if not_counted:
        hint += f" ({not_counted} not counted)"
    if now is not None and newest > now:
        hint += (
            f"; {'the newest are' if oldest <= now else 'they are'} later than now: a log's "
            "times without a zone are read in ingest's --tz (default: this host's zone), so "
            "logs of another zone need --tz ZONE (and --reingest)"
        )
    return hint


_LISTED_SOURCES = 20
"""Up to this many files, the summary has a line for each; past it, only the ones that need a
look (see _needs_a_look) and a count of the others by format."""


def _needs_a_look(s: SourceResult) -> bool:
    """A file the reader should hear about even among hundreds: no format read it (every
    line stored whole as its message, header and all), its lines' times were there but not
    read, or it lost, held back or reread data. (A file whose lines carry no time is not one:
    its note says what its events took instead.)"""
    unread = s.format in (None, "raw") and s.events > 0  # said again only when it grew
    untold = s.unread_dates is not None or s.unread_times > 0
    return unread or untold or bool(s.rejected or s.error or s.held_back or s.restarted)


def _time_note(s: SourceResult) -> str | None:
    """What the source's events took for a time, when not each its own: once per source."""
    took = f"{s.untimed_of}, {human_utc(s.untimed_at)}" if s.untimed_at is not None else None
    if s.unread_times:
        n = s.unread_times
        such = visible((s.unread_time or "")[:40])
        what = f"{n:,} time{'s' if n > 1 else ''} not read, such as `{such}`"
        if took is not None:
            return f"{what}: each event took {took}"
        return f"{what}: {'their events' if n > 1 else 'its event'} took a nearby event's time"
    if took is None:
        return None
    if s.unread_dates is not None:
        return (
            f"its lines seem to start with a time no format reads, such as "
            f"`{visible(s.unread_dates)}`: each event took {took}; --pattern can read it"
        )
    return f"no time in its lines: each event took {took}"


def _source_line(s: SourceResult) -> str:
    extra = []
    if s.rejected:
        extra.append(f"{s.rejected:,} rejected")
    if s.resumed_from:
        extra.append(f"resumed at byte {s.resumed_from:,}")
    if s.completed_event is not None:
        extra.append(
            f"the event at line {s.completed_event:,}, cut by the last ingest's end, "
            "went on: stored again whole"
        )
    if s.restarted:
        extra.append(s.restarted)
    if s.error:
        extra.append(s.error)
    time_note = _time_note(s)
    if time_note:
        extra.append(time_note)
    if s.held_back:
        extra.append(
            f"the last {s.held_back:,} bytes, written moments ago and not finished "
            "(a line with no newline yet, or a traceback not ended), are left for "
            "the next ingest"
        )
    note = f" ({'; '.join(extra)})" if extra else ""
    how = f"{s.format or '?'} [{s.format_reason or ''}]"
    return f"  {visible(s.path)}: {_events(s.events)}, {how}{note}"


def _events(n: int) -> str:
    return f"{n:,} event" if n == 1 else f"{n:,} events"


def summary_text(summary: IngestSummary) -> str:
    lines: list[str] = []
    shown = [s for s in summary.sources if s.skipped is None]
    if len(shown) <= _LISTED_SOURCES:
        lines.extend(_source_line(s) for s in shown)
    else:
        # A folder of many files: a line each would bury the one no format could read (its
        # lines stored whole) or whose times were not read, that the user most needs to see.
        flagged = [s for s in shown if _needs_a_look(s)]
        lines.extend(_source_line(s) for s in flagged[:_LISTED_SOURCES])
        if len(flagged) > _LISTED_SOURCES:
            lines.append(f"  ... and {len(flagged) - _LISTED_SOURCES:,} more like these")
        rest = [s for s in shown if not _needs_a_look(s)]
        if rest:
            formats = Counter(s.format for s in rest)
            by_format = ", ".join(f"{n:,} {name}" for name, n in formats.most_common())
            lines.append(
                f"  {len(rest):,} {'other ' if flagged else ''}file(s) read: {by_format} "
                "(--summary json lists every file)"
            )
    total = (
        f"ingested {_events(summary.events)} from {summary.files} file(s), "
        f"{_size(summary.bytes)} in {summary.seconds:.2f}s "
        f"({summary.events_per_second:,.0f} events/s)"
    )
    if summary.rejected:
        total += f"; {summary.rejected:,} line(s) rejected and quarantined"
    if summary.skipped:
        total += f"; {summary.skipped} input(s) skipped"
    lines.append(total)
    return "\n".join(lines)


# -- groups -----------------------------------------------------------------------------------

GROUP_FIELDS: tuple[str, ...] = (
    "id",
    "fingerprint",
    "title",
    "template",
    "exception_type",
    "count",
    "first_seen",
    "last_seen",
    "max_level",
    "max_severity",
    "services",
    "hosts",
    "users",
    "top_service",
)
"""The fields of a group in machine output, in this order (`id` is the short unique id)."""


def group_record(group: Any, short_id: str) -> dict[str, Any]:
    """A GroupSummary as machine output carries it (GROUP_FIELDS, times in ISO 8601 UTC)."""
    return {
        "id": short_id,
        "fingerprint": group.fingerprint,
        "title": group.title,
        "template": group.template,
        "exception_type": group.exception_type,
        "count": group.count,
        "first_seen": iso_utc(group.first_seen),
        "last_seen": iso_utc(group.last_seen),
        "max_level": group.max_level,
        "max_severity": group.max_severity,
        "services": group.services,
        "hosts": group.hosts,
        "users": group.users,
        "top_service": group.top_service,
    }


def write_records(
    records: Iterable[dict[str, Any]],
    fields: tuple[str, ...],
    fmt: str,
    out: Any = None,
    *,
    csv_safe: bool = True,
) -> int:
    """Records as json (one array), ndjson (one object a line) or csv (a header, then rows;
    `csv_safe` neutralises spreadsheet formulas)."""
    out = out or sys.stdout
    n = 0
    if fmt == "json":
        rows = list(records)
        out.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode())
        out.write("\n")
        return len(rows)
    if fmt == "ndjson":
        for record in records:
            out.write(orjson.dumps(record).decode())
            out.write("\n")
            n += 1
        return n
    if fmt == "csv":
        writer = _CsvWriter(out)
        writer.writerow(fields)
        for record in records:
            writer.writerow([_csv_cell(record.get(k), csv_safe) for k in fields])
            n += 1
        return n
    raise ValueError(f"not a machine format: {fmt}")


def sparkline(counts: Iterable[int]) -> str:
    """Counts as unicode blocks scaled to the largest; an empty column is a space, and any
    non-zero count shows at least the lowest block, so a single event is never invisible.
    The report draws the same blocks (errctl.report.fmt)."""
    from errctl.report.fmt import sparkline as blocks

    return blocks(list(counts))


def origins_of_rows(store: Any, fingerprints: list[str], settings: Any) -> Any:
    """For `tellable`: rows (indexes into `fingerprints`) -> where each one's exception came
    from (errctl.query.culprit.origins), read from the store only when a listing has rows
    that read alike. `settings`: a callable giving the Settings (their in-app rules)."""

    def ask(rows: list[int]) -> dict[int, str]:
        from errctl.fingerprint.inapp import InAppRules
        from errctl.query.culprit import origins_in_store

        found = origins_in_store(
            store, [fingerprints[i] for i in rows], InAppRules.from_settings(settings())
        )
        return {i: found[fingerprints[i]] for i in rows if fingerprints[i] in found}

    return ask


_BAR_WIDTH = 40


def write_histogram(
    rows: list[tuple[Any, int]], key: str, fmt: str, *, csv_safe: bool = True
) -> None:
    """`search --by`'s counts: for people, each bucket or name with its count and a bar
    scaled to the largest; machine formats as records of `key` (time, or the name column)
    and count."""
    from errctl.cli.console import visible

    def label(value: Any) -> str:
        if key == "time":
            return human_utc(value, "%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M")
        return "-" if value is None else visible(str(value))

    if fmt != "table":
        records = (
            {key: iso_utc(value) if key == "time" else value, "count": n} for value, n in rows
        )
        write_records(records, (key, "count"), fmt, csv_safe=csv_safe)
        return
    labels = [label(value) for value, _ in rows]
    width = max(map(len, labels), default=0)
    digits = max((len(f"{n:,}") for _, n in rows), default=1)
    top = max((n for _, n in rows), default=0)
    for text, (_, n) in zip(labels, rows, strict=True):
        bar = "█" * max(1, round(_BAR_WIDTH * n / top)) if n else ""
        sys.stdout.write(f"{text:<{width}}  {n:>{digits},}  {bar}".rstrip() + "\n")
