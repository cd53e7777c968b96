"""Fuzz the framer (errctl.ingest.framing) with damaged real logs: no exception, and every line
that is not blank is accounted for exactly once, as part of one record's line range or rejected."""

from __future__ import annotations

import pytest
from hypothesis import example, given

from errctl.formats.pattern import PatternFormat
from errctl.formats.registry import FORMATS, detect
from errctl.ingest.framing import Framer, Record, Rejected
from tests.fuzz.corpus import examples, lines_of, must_account, mutated_logs

USER_PATTERN = PatternFormat(r"(?P<timestamp>\S+ \S+) (?P<level>[A-Z]+) (?P<message>.*)")

SETUPS = ["detected", *FORMATS, "pattern"]


def _framer(setup: str, lines: list) -> Framer:
    if setup == "pattern":
        return Framer((USER_PATTERN,), multiline=True, unmatched_is_event=False)
    if setup == "detected":
        formats = detect([line.text for line in lines[:500]]).formats
    else:
        formats = (FORMATS[setup],)
    multiline = not (len(formats) == 1 and not formats[0].multiline)
    return Framer(formats, multiline=multiline, unmatched_is_event=True)


def frame(setup: str, data: bytes) -> tuple[list, list[Record], list[Rejected]]:
    lines = lines_of(data)
    framer = _framer(setup, lines)
    out = []
    for line in lines:
        out.extend(framer.feed(line))
    out.extend(framer.finish())
    records = [r for r in out if isinstance(r, Record)]
    rejected = [r for r in out if isinstance(r, Rejected)]
    assert len(records) + len(rejected) == len(out)
    return lines, records, rejected


def _nul_only(line) -> bool:
    # A NUL-only line inside a record is quarantined (copytruncate residue) and also holds its
    # place among the record's lines as a blank, so the lines after it keep their numbers.
    return line.had_nul and not line.text.strip()


def assert_accounted(lines: list, records: list[Record], rejected: list[Rejected]) -> None:
    """Each line that must be kept lies in exactly one record's range or is rejected once
    (a NUL-only line inside a record: both)."""
    by_number = {line.number: line for line in lines}
    owner: dict[int, str] = {}
    for r in records:
        assert r.header == by_number[r.number].text
        for n in range(r.number, r.number + 1 + len(r.continuation)):
            assert n not in owner, f"line {n} in two records"
            owner[n] = "record"
        assert r.end >= by_number[r.number + len(r.continuation)].end  # blanks after it too
    for r in rejected:
        assert r.number not in owner or _nul_only(by_number[r.number]), f"line {r.number} twice"
        owner[r.number] = "rejected"
    missing = [line.number for line in lines if must_account(line) and line.number not in owner]
    assert not missing, f"lines neither framed nor rejected: {missing}"
    # a record's continuation holds the lines as read (blank ones kept inside a record), or,
    # where a format's `continues` kept a line, its message: the line's end without the header
    # it repeats (RabbitMQ's, Maven's; a header with no message is a blank line of the event)
    for r in records:
        for i, text in enumerate(r.continuation, start=1):
            line = by_number[r.number + i]
            assert text == line.text or line.text.rstrip().endswith(text.rstrip())


@pytest.mark.parametrize("setup", SETUPS)
@examples(60, share=0.3)
@given(data=mutated_logs())
# Found by this test: a NUL-only line inside a traceback was quarantined but not counted among
# the record's lines, so every later line of the record was numbered one too low.
@example(
    data=b"2026-11-26 12:00:03,114 - acme_worker.main - ERROR - boom\n"
    b"Traceback (most recent call last):\n\x00\x00\n"
    b"  File \"x.py\", line 1, in f\nKeyError: 'a'\n"
)
# Found by this test (a chance draw in session 38): a line of the open event's header and
# instant with no message, which generic's `continues` keeps as a blank line of the event.
@example(data=b"2026-11-26 14:08:52.391 INFO x\n2026-11-26 14:08:52.391 INF\r\nO  rest\n")
def test_framer_accounts_for_every_line(setup: str, data: bytes):
    assert_accounted(*frame(setup, data))
