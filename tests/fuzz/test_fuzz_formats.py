"""Fuzz every format's parse() and format detection with damaged real lines: they never raise
(errctl.formats.base: formats return None on what they cannot read)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.multiline import forces_new_event, looks_like_trace
from errctl.formats.pattern import PatternFormat
from errctl.formats.registry import FORMATS, detect, looks_like_continuation
from errctl.models import ParsedFields
from tests.fuzz.corpus import examples, lines_of, mutated_lines, mutated_logs

USER_PATTERN = PatternFormat(
    r"(?P<timestamp>\S+ \S+) \[(?P<level>\w+)\] (?P<logger>[\w.]+): (?P<message>.*)"
)


def _texts(raw: bytes) -> list[str]:
    return [line.text for line in lines_of(raw)] or [""]


@pytest.mark.parametrize("name", [*FORMATS, "pattern"])
@examples(150, share=0.5)
@given(raw=mutated_lines())
def test_parse_never_raises_on_damaged_lines(name: str, raw: bytes):
    fmt = USER_PATTERN if name == "pattern" else FORMATS[name]
    # The format's own parse, not the registry's guard around it (never_raising): a format
    # that raises is a bug the guard only contains.
    parse = type(fmt).parse.__get__(fmt)
    for text in _texts(raw):
        fields = parse(text)
        assert fields is None or isinstance(fields, ParsedFields)
        if fields is not None:
            assert isinstance(fields.message, str)


@examples(150)
@given(raw=mutated_logs(max_lines=30))
def test_detection_and_line_classifiers_never_raise(raw: bytes):
    texts = _texts(raw)
    detection = detect(texts)
    assert detection.name and detection.reason
    assert all(f.name in FORMATS or f.name == "pattern" for f in detection.formats)
    previous = None
    for i, text in enumerate(texts):
        looks_like_continuation(text)
        forces_new_event(text, i, previous)
        previous = text
    looks_like_trace(texts)


@examples(50)
@given(raw=mutated_logs(), cut=st.integers(0, 200))
def test_detection_of_a_sample_cut_anywhere(raw: bytes, cut: int):
    # ingest detects on the first 64 KiB, which may end mid-character or mid-line
    detect(raw[:cut].decode("utf-8", errors="replace").split("\n"))
