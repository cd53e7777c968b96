"""Framing rules that decide where an event ends, beyond a format's headers."""

from __future__ import annotations

from errctl.formats.registry import FORMATS
from errctl.ingest.framing import Framer, Record
from errctl.ingest.readers import Line


def frame(lines: list[Line]) -> list[Record]:
    framer = Framer((FORMATS["json"], FORMATS["python"]), multiline=True, unmatched_is_event=True)
    out = [r for line in lines for r in framer.feed(line)]
    return [r for r in [*out, *framer.finish()] if isinstance(r, Record)]


def test_text_after_a_json_record_is_not_part_of_it():
    """A JSON record is whole: the text after it in a mixed file (an uncaught traceback)
    starts its own event, while it still continues a text header's event."""
    texts = [
        '{"level": "error", "msg": "request failed"}',
        "Traceback (most recent call last):",
        '  File "/app/main.py", line 3, in <module>',
        "RuntimeError: boom",
        "2024-05-01 12:00:00,001 - app - ERROR - failed",
        "  more detail",
    ]
    records = frame([Line(t, i + 1, 0, 0) for i, t in enumerate(texts)])
    assert [(r.number, r.format, len(r.continuation)) for r in records] == [
        (1, "json", 0),
        (2, None, 2),
        (5, "python", 1),
    ]


def test_a_container_streams_never_share_an_event():
    texts = ["2024-05-01 12:00:00,001 - app - ERROR - failed", "  detail", "GET /health 200"]
    streams = ["stderr", "stderr", "stdout"]
    lines = [
        Line(t, i + 1, 0, 0, envelope=("2024-05-01T12:00:00Z", s))
        for i, (t, s) in enumerate(zip(texts, streams, strict=True))
    ]
    assert [(r.number, len(r.continuation)) for r in frame(lines)] == [(1, 1), (3, 0)]


def test_postgres_detail_lines_continue_the_error_before_them():
    """They carry the full prefix, so generic (the fallback of every plain-text source) would
    take each for a header; the format's `continues` is asked first."""
    framer = Framer(
        (FORMATS["postgres"], FORMATS["generic"]), multiline=True, unmatched_is_event=True
    )
    texts = [
        "2024-05-01 12:00:01.200 UTC [1234] ERROR:  duplicate key value",
        "2024-05-01 12:00:01.200 UTC [1234] DETAIL:  Key (id)=(42) already exists.",
        "2024-05-01 12:00:01.200 UTC [1234] STATEMENT:  SELECT *",
        "\tFROM users",
        "2024-05-01 12:00:02.000 UTC [901] LOG:  checkpoint starting: time",
    ]
    out = [r for i, t in enumerate(texts) for r in framer.feed(Line(t, i + 1, 0, 0))]
    records = [r for r in [*out, *framer.finish()] if isinstance(r, Record)]
    assert [(r.number, r.format, r.continuation) for r in records] == [
        (
            1,
            "postgres",
            ["DETAIL:  Key (id)=(42) already exists.", "STATEMENT:  SELECT *", "\tFROM users"],
        ),
        (5, "postgres", []),
    ]
