"""Python tracebacks drawn in boxes by rich (errctl.formats.rich_traceback): the same chain,
frames and group as the traceback Python prints."""

from __future__ import annotations

from errctl.fingerprint.fingerprint import chain_fingerprint
from errctl.formats.multiline import looks_like_trace
from errctl.formats.stacktrace import parse_trace
from tests.ingest.stored import stored_events

# rich 14's Traceback(show_locals=False, width=72) of `raise RuntimeError(...) from e`.
RICH = """\
╭───────────────── Traceback (most recent call last) ──────────────────╮
│ /srv/app/profiles.py:9 in fetch                                      │
│                                                                      │
│ ❱  9 │   │   load(f"user:{user}")                                    │
│                                                                      │
│ /srv/app/profiles.py:6 in load                                       │
│                                                                      │
│ ❱  6 │   raise KeyError(key)                                         │
╰──────────────────────────────────────────────────────────────────────╯
KeyError: 'user:42'

The above exception was the direct cause of the following exception:

╭───────────────── Traceback (most recent call last) ──────────────────╮
│ /srv/app/profiles.py:13 in <module>                                  │
│                                                                      │
│ ❱ 13 │   fetch(42)                                                   │
│ ╭──────── locals ────────╮                                           │
│ │ user = 42              │                                           │
│ │ path = /srv/x.py:3 in f│                                           │
│ ╰────────────────────────╯                                           │
│ /srv/app/profiles.py:11 in fetch                                     │
│                                                                      │
│ ❱ 11 │   │   raise RuntimeError("profile lookup failed") from e      │
╰──────────────────────────────────────────────────────────────────────╯
RuntimeError: profile lookup failed"""

PLAIN = """\
Traceback (most recent call last):
  File "/srv/app/profiles.py", line 9, in fetch
    load(f"user:{user}")
  File "/srv/app/profiles.py", line 6, in load
    raise KeyError(key)
KeyError: 'user:42'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/srv/app/profiles.py", line 13, in <module>
    fetch(42)
  File "/srv/app/profiles.py", line 11, in fetch
    raise RuntimeError("profile lookup failed") from e
RuntimeError: profile lookup failed"""


def _frames(chain) -> list[list[tuple]]:
    return [[(f.file, f.function, f.lineno) for f in e.frames] for e in chain]


def test_the_boxes_read_as_the_plain_traceback_does():
    rich, plain = parse_trace(RICH), parse_trace(PLAIN)
    assert rich is not None and plain is not None
    assert [(e.type, e.value, e.language) for e in rich] == [
        ("RuntimeError", "profile lookup failed", "python"),
        ("KeyError", "'user:42'", "python"),
    ]
    assert _frames(rich) == _frames(plain)
    assert _frames(rich)[0] == [
        ("/srv/app/profiles.py", "<module>", 13),  # a locals box's lines are no frames
        ("/srv/app/profiles.py", "fetch", 11),
    ]
    assert chain_fingerprint(rich) == chain_fingerprint(plain)


def test_a_logged_record_keeps_its_boxed_traceback(tmp_path):
    # structlog's console renderer draws the traceback of log.exception() with rich.
    text = (
        "2026-12-04 03:02:46 [error    ] charge failed                  invoice=INV-0003\n"
        + RICH
        + "\n2026-12-04 03:02:47 [info     ] charged invoice                invoice=INV-0004\n"
    )
    assert looks_like_trace(RICH.split("\n")[:3])
    events = stored_events(tmp_path, text, "line, exception_type, exception_value")
    assert events == [
        (1, "RuntimeError", "profile lookup failed"),
        (len(RICH.split("\n")) + 2, None, None),
    ]
