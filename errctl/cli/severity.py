"""`errctl severity test`: how a log line (or a file of them) would be classified, and why."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer

from errctl.cli.app import ErrctlTyper, options

_EXAMPLES = """
Examples:

  errctl severity test '2024-05-01 12:00:00 ERROR db: too many clients already'

  errctl severity test '{"level": "error", "service": "billing", "message": "card declined"}'

  errctl severity test --file incident.log --source /var/log/api/app.log

  errctl --config rules.toml severity test --file - --format json < sample.jsonl

The event is parsed as ingest would parse it (format detection, multi-line tracebacks,
scrubbing), then the [[severity.rules]] of the configuration are tried in order.
"""

severity_app = ErrctlTyper(
    name="severity",
    help="Try severity rules on log lines.\n" + _EXAMPLES,
    no_args_is_help=True,
    rich_markup_mode=None,
)

SHOWN_FIELDS = (
    "level",
    "service",
    "host",
    "logger",
    "message",
    "template",
    "exception_type",
    "exception_value",
    "source",
    "attributes",
    "format",
)


@severity_app.command(name="test", epilog=_EXAMPLES)
def test_line(
    ctx: typer.Context,
    line: Annotated[
        str | None, typer.Argument(help="A log line (or several, newline-separated).")
    ] = None,
    file: Annotated[
        str | None, typer.Option("--file", help="Read the lines from this file (- for stdin).")
    ] = None,
    log_format: Annotated[
        str | None, typer.Option("--log-format", help="Force a log format (default: detect).")
    ] = None,
    pattern: Annotated[
        str | None, typer.Option(help="A regex with named groups, as ingest --pattern.")
    ] = None,
    source: Annotated[
        str, typer.Option(help="The source path the lines are taken to come from.")
    ] = "<test>",
    output: Annotated[str, typer.Option("--format", help="text or json.")] = "text",
) -> None:
    """Show the parsed event, its severity and category, and the rule that matched (or why
    none did and what the defaults decided). Nothing is stored."""
    from errctl.errors import UsageError
    from errctl.severity.rules import RuleSet

    if output not in ("text", "json"):
        raise UsageError(f"--format must be text or json, not {output!r}")
    if (line is None) == (file is None):
        raise UsageError("give a log line or --file, not both", hint="see errctl severity test -h")
    text = line if line is not None else _read(file or "-")
    settings = options(ctx).settings()
    events = parse_events(text, settings, log_format=log_format, pattern=pattern, source=source)
    if not events:
        raise UsageError("no event in the input (it is empty)")
    rules = RuleSet.from_settings(settings)
    results = [(event, rules.explain(event)) for event in events]
    if output == "json":
        import orjson

        data = [
            {
                "event": {k: event.get(k) for k in (*SHOWN_FIELDS, "line")},
                "severity": ex.severity,
                "category": ex.category,
                "rule": ex.rule,
                "rule_origin": ex.origin,
                "checked": [{"rule": name, "reason": why} for name, why in ex.checked],
                "default": ex.default_reason,
            }
            for event, ex in results
        ]
        typer.echo(orjson.dumps(data, option=orjson.OPT_INDENT_2).decode())
        return
    for n, (event, ex) in enumerate(results):
        if n:
            typer.echo("")
        typer.echo(_render(event, ex, len(settings.severity.rules), len(results) > 1))


def _read(path: str) -> str:
    from errctl.errors import InputError

    if path == "-":
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return f.read()
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from e


def parse_events(
    text: str,
    settings: Any,
    *,
    log_format: str | None = None,
    pattern: str | None = None,
    source: str = "<test>",
) -> list[dict[str, Any]]:
    """The events in `text`, parsed, framed, normalised and scrubbed as ingest does, as dicts
    with the event schema's names (what severity rules read)."""
    from datetime import UTC, datetime

    import orjson

    from errctl.config.timezones import resolve_tz
    from errctl.fingerprint.masking import mask_message
    from errctl.formats.registry import detect, get_format
    from errctl.ingest.framing import Framer
    from errctl.ingest.normalize import Normalizer
    from errctl.ingest.readers import Line
    from errctl.scrub import Scrubber

    raw_lines = text.split("\n")
    if raw_lines and raw_lines[-1] == "":
        raw_lines.pop()
    configured = settings.source_for(source) if source != "<test>" else None
    fmt_name = log_format or (configured.format if configured else None)
    pattern = pattern or (configured.pattern if configured else None)
    if fmt_name is None and settings.ingest.format != "auto":
        fmt_name = settings.ingest.format
    if pattern or fmt_name:
        formats: tuple = (get_format(fmt_name, pattern=pattern),)
    else:
        formats = detect([r.rstrip("\r") for r in raw_lines[:500]]).formats
    multiline = not (len(formats) == 1 and not formats[0].multiline)
    framer = Framer(formats, multiline=multiline, unmatched_is_event=pattern is None)
    tz = resolve_tz((configured.tz if configured and configured.tz else None) or settings.ingest.tz)
    now = datetime.now(UTC).replace(tzinfo=None)
    normalizer = Normalizer(source, tz=tz, reference=now, fallback_time=now)
    offset = 0
    for number, raw in enumerate(raw_lines, 1):
        size = len(raw.encode("utf-8")) + 1
        for item in framer.feed(Line(raw.rstrip("\r"), number, offset, offset + size)):
            if hasattr(item, "fields"):
                normalizer.add(item)
        offset += size
    for record in framer.finish():
        normalizer.add(record)
    rows = normalizer.take().to_pylist()
    scrubber = Scrubber(settings)
    events = []
    for row in rows:
        for key in ("message", "exception_value", "attributes"):
            if row.get(key):
                row[key] = scrubber.scrub_text(row[key])
        if configured and configured.service and not row.get("service"):
            row["service"] = configured.service
        row["template"] = mask_message(row["message"])
        if row.get("attributes"):
            row["attributes"] = orjson.loads(row["attributes"])
        events.append(row)
    return events


def _render(event: dict[str, Any], ex: Any, rule_count: int, numbered: bool) -> str:
    from errctl.cli.render import visible

    out = []
    head = f"event at line {event.get('line')}" if numbered else "event"
    out.append(f"{head} (format {event.get('format')}):")
    for key in SHOWN_FIELDS:
        value = event.get(key)
        if value is None or key == "format":
            continue
        if key == "attributes":
            import orjson

            value = orjson.dumps(value).decode()
        text = visible(str(value))
        if "\n" in text:
            text = text.split("\n", 1)[0] + " [...]"
        out.append(f"  {key}: {text}")
    severity = ex.severity or "none"
    category = f", category {ex.category}" if ex.category else ""
    if ex.rule is not None:
        where = f" ({ex.origin})" if ex.origin else ""
        out.append(f"severity: {severity}{category}, by rule {ex.rule!r}{where}")
    else:
        out.append(f"severity: {severity}, by the defaults: {ex.default_reason}")
    if ex.checked:
        out.append("rules that did not match:")
        out.extend(f"  {name!r}: {why}" for name, why in ex.checked)
    elif ex.rule is None and not rule_count:
        out.append("no [[severity.rules]] configured")
    return "\n".join(out)
