"""The literal text every match of a search regex holds: a prefilter the store can scan fast.

`errctl search '/Query timeout after \\d+ms/'` runs RE2 (`regexp_matches`) on the message of
every stored event, a few hundred milliseconds over a million events. Most regexes people type
carry a run of plain characters that any match must contain (`Query timeout after `), and
DuckDB's `contains()` finds the rows holding a string several times faster than RE2 runs; the
regex then runs on those rows alone. A row without the literal cannot match, so the answer is
the same with or without the prefilter.

Only what is certain counts: characters written at the top level of the pattern, outside any
group, alternation, repetition or class, when the pattern folds no case. The pattern is read
with Python's own parser of regular expressions, which reads RE2's syntax the same way for
everything counted here; a pattern it cannot read (RE2-only syntax such as `\\pL`) gets no
prefilter, and RE2 alone decides.
"""

from __future__ import annotations

import re

MIN_LENGTH = 2
"""A shorter literal filters too little to pay for its scan."""


def required_literal(pattern: str) -> str | None:
    """The longest run of characters every match of `pattern` contains, or None."""
    try:
        from re import _constants as c  # type: ignore[attr-defined]
        from re import _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern)
    except Exception:  # RE2-only syntax, an invalid pattern, or a Python without `re._parser`
        return None
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    best, run = "", []
    for op, arg in [*parsed.data, (None, None)]:
        if op is c.LITERAL:
            run.append(chr(arg))
            continue
        if len(run) > len(best):
            best = "".join(run)
        run = []
    return best if len(best) >= MIN_LENGTH else None
