"""Rich's tracebacks: Python's, drawn in boxes (`rich.traceback`, RichHandler's
`rich_tracebacks=True`, structlog's console renderer when rich is installed).

    ╭──────────── Traceback (most recent call last) ────────────╮
    │ /srv/app/billing.py:8 in <module>                          │
    │                                                            │
    │ ❱  8 │   charge(i)                                         │
    │ ╭──────── locals ────────╮                                 │
    │ │ i = 3                  │                                 │
    │ ╰────────────────────────╯                                 │
    │ /srv/app/billing.py:5 in charge                            │
    ╰────────────────────────────────────────────────────────────╯
    TimeoutError: gateway timed out after 300 ms

Each box is one traceback section; its frames are the lines `path:line in function` at the
box's own level (the code around each, its locals' box, are drawings). The exception's line
follows the box, and a chain's sentences (`During handling of the above exception ...`)
stand between boxes, as Python prints them. `as_python` writes the section as Python's own
traceback, for the Python parser (errctl.formats.stacktrace) to read as any other: the frames
are the same frames, so an error drawn by rich and the same error printed plainly group
together.
"""

from __future__ import annotations

import re

_HEAD = "Traceback (most recent call last)"
_BOX_CHARS = "╭╰│"
# A frame's line: `│ path:line in function`, at the outer box's level (not `│ ❱ 8 │ code`, a
# source line, nor `│ │ i = 3 │`, a locals box's).
# The frame's own line, marked `❱` among the lines around it: its number, then the code with
# rich's indent guides (`│   ` a level) in the place of its indentation.
_SOURCE = re.compile(r"│ ❱ *\d+ (?P<code>.*)\Z")
_GUIDES = re.compile(r"^(?:│\s*)+")
_FRAME = re.compile(r"│ (?P<file>[^\s│╭╰❱][^│]*):(?P<lineno>\d+) in (?P<function>[^\s│]+)\Z")


def is_head(line: str) -> bool:
    """Whether `line` opens a rich traceback's box."""
    s = line.lstrip()
    return s[:1] == "╭" and _HEAD in s[:400]


def as_python(lines: list[str]) -> list[str]:
    """`lines` with each rich traceback box written as Python prints a traceback section:
    its head, then `File "path", line N, in function` for each frame; the lines outside the
    boxes (the exception's, a chain's sentences) as they are."""
    out: list[str] = []
    inside = framed = False
    for line in lines:
        s = line.strip()
        if is_head(s):
            out.append(_HEAD + ":")
            inside = True
            continue
        if inside and s[:1] in _BOX_CHARS:
            s = _without_border(s)
            m = _FRAME.match(s)
            if m is not None:
                out.append(f'  File "{m["file"]}", line {m["lineno"]}, in {m["function"]}')
                framed = True
            elif framed and (source := _SOURCE.match(s)) is not None:
                # Its source line, as Python prints it under the frame (a frame's key holds it).
                out.append("    " + _GUIDES.sub("", source["code"]))
                framed = False
            if s[:1] == "╰":
                inside = False  # the outer box's bottom (a locals box's is inside: `│ ╰`)
            continue
        out.append(line)
    return out


def _without_border(line: str) -> str:
    """A box's line without its right border and the blanks before it (matched apart from the
    patterns: a lazy run before optional blanks costs quadratic time on a long blank line)."""
    end = line.rstrip()
    if end.endswith("│") and len(end) > 1:
        end = end[:-1].rstrip()
    return end
