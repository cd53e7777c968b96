"""The framer remembers the lines every format refused (`Framer._parse`), and asks no format
again about them: that holds only while a format's parse is a function of the line's text."""

from __future__ import annotations

from errctl.formats.registry import FORMATS
from errctl.ingest.framing import REFUSED_LINES, Framer, Record
from errctl.ingest.readers import Line
from tests.fuzz.corpus import LINES

_TRACE = [
    "2024-05-01 12:00:00,001 ERROR [main] com.acme.billing.InvoiceJob - run failed",
    "java.lang.IllegalStateException: ledger closed",
    "\tat com.acme.billing.Ledger.post(Ledger.java:88)",
    "\tat com.acme.billing.InvoiceJob.run(InvoiceJob.java:41)",
]


def _read(fmt, text: str):
    try:
        return fmt.parse(text)
    except Exception:  # the framer's own rule: a line a format fails on is refused
        return None


def test_every_format_reads_a_line_alike_whatever_it_read_before():
    """A line read after every other sample line gets what it got first: no format carries
    what it read from one line to the next."""
    texts = [line.decode("utf-8", "replace") for line in LINES]
    texts += [*_TRACE, "Traceback (most recent call last):", '  File "/app/x.py", line 3']
    for name, fmt in FORMATS.items():
        first = [_read(fmt, t) for t in texts]
        again = [_read(fmt, t) for t in reversed(texts)][::-1]
        assert first == again, name


def _frame(framer: Framer, texts: list[str]) -> list[tuple[int, str | None, int]]:
    out = [framer.push(Line(t, i + 1, 0, 0)) for i, t in enumerate(texts)]
    records = [r for r in [*out, *framer.finish()] if isinstance(r, Record)]
    return [(r.number, r.format, len(r.continuation)) for r in records]


def test_a_trace_framed_again_is_framed_alike():
    """The second and third copies of a trace, whose frames every format refused before, frame
    as the first did, and a header between them is still read."""
    formats = (FORMATS["python"], FORMATS["java"], FORMATS["access"])
    framer = Framer(formats, multiline=True, unmatched_is_event=True)
    request = '198.51.100.7 - - [05/May/2025:10:00:01 +0000] "GET /orders/7 HTTP/1.1" 200 81'
    texts = [*_TRACE, request, *_TRACE, *_TRACE]
    assert _frame(framer, texts) == [
        (1, "java", 3),
        (5, "access", 0),
        (6, "java", 3),
        (10, "java", 3),
    ]


def test_the_lines_remembered_are_bounded():
    """More distinct unread lines than the framer remembers: it starts over, and still frames
    them as the continuation lines of the records they follow."""
    framer = Framer((FORMATS["java"],), multiline=True, unmatched_is_event=True)
    traces, texts = 5, []
    for t in range(traces):
        texts.append(_TRACE[0])
        texts += [f"\tat com.acme.Gen.m{t}x{i}(Gen.java:{i})" for i in range(1000)]
    assert traces * 1000 > REFUSED_LINES
    assert _frame(framer, texts) == [(1 + t * 1001, "java", 1000) for t in range(traces)]
    assert 0 < len(framer._refused) <= REFUSED_LINES
