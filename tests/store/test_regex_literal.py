import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from errctl.store.regex_literal import required_literal


@pytest.mark.parametrize(
    ("pattern", "literal"),
    [
        (r"Query timeout after \d+ms", "Query timeout after "),
        (r"^ERROR: disk \S+ full$", "ERROR: disk "),
        (r"foo\.bar", "foo.bar"),
        ("dead(lock|line)", "dead"),
        ("time(d)? out", "time"),
        ("[abc]def", "def"),
        ("x{2}abc", "abc"),
        (r"\bconn\b", "conn"),
        ("ab*c", None),  # `a` and `c` alone: too short to pay for a scan
        ("a|b", None),
        ("timeout|deadline", None),  # an alternation at the top requires neither side
        ("(?i)timeout", None),  # folds case: `contains` would miss TIMEOUT
        ("(?x) a b c", None),
        (r"\pL+", None),  # RE2-only syntax: RE2 alone decides
        (r"\Qa.b\E", None),
        ("(unclosed", None),
    ],
)
def test_required_literal(pattern: str, literal: str | None):
    assert required_literal(pattern) == literal


_PIECES = st.sampled_from(
    [
        "a",
        "b",
        "ab",
        "x",
        ".",
        "\\d",
        "[ab]",
        "(a|x)",
        "b?",
        "a*",
        "x+",
        "^",
        "$",
        "\\.",
        ": ",
        "(?:ab)",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=6), st.text(alphabet="abx.1: ", max_size=12))
def test_a_text_without_the_literal_never_matches(pieces: list[str], text: str):
    pattern = "".join(pieces)
    literal = required_literal(pattern)
    if literal is not None and re.search(pattern, text):
        assert literal in text
