"""The fuzz corpus: real lines from sample_logs/, and hypothesis strategies that damage them.

Each strategy starts from lines a real service wrote (JSON, logfmt, syslog, nginx, Python
logging, log4j-style, gzip-compressed too) and mutates them the ways hostile or broken input
does: byte flips, control characters, truncation anywhere, lines of two formats spliced,
invalid UTF-8, long repeats. `examples(n)` is how many examples a test runs: `n` in the normal
suite, `ERRCTL_FUZZ_EXAMPLES` for a long run (docs/security.md).
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_logs"


def _sample_lines() -> list[bytes]:
    lines: list[bytes] = []
    for path in sorted(p for p in SAMPLES.rglob("*") if p.is_file()):
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        lines.extend(line for line in data.split(b"\n") if line.strip())
    return lines


LINES: list[bytes] = _sample_lines()

LONG = int(os.environ.get("ERRCTL_FUZZ_EXAMPLES", "0") or 0)


def examples(normal: int, share: float = 1.0) -> settings:
    """Hypothesis settings: `normal` examples, or `share` of ERRCTL_FUZZ_EXAMPLES when set."""
    n = max(normal, int(LONG * share)) if LONG else normal
    return settings(
        max_examples=n,
        deadline=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.function_scoped_fixture,
        ],
    )


CONTROLS = [bytes([b]) for b in [*range(0, 32), 127]] + [
    "\x9b".encode(),
    "\x85".encode(),
    "\u2028".encode(),
    "\u202e".encode(),
    "\u2066".encode(),
    "\ufeff".encode(),
    b"\x1b[31m",
    b"\x1b]8;;http://x\x07",
    b"\r\n",
]
INVALID_UTF8 = [
    b"\xff",
    b"\xfe",
    b"\x80",
    b"\xc3",
    b"\xc0\xaf",
    b"\xe2\x82",
    b"\xed\xa0\x80",  # a UTF-16 surrogate, encoded
    b"\xf4\x90\x80\x80",  # past U+10FFFF
    b"\xf8\x88\x80\x80\x80",
]


def _flip(draw, line: bytes) -> bytes:
    if not line:
        return line
    i = draw(st.integers(0, len(line) - 1))
    return line[:i] + bytes([line[i] ^ draw(st.integers(1, 255))]) + line[i + 1 :]


def _insert(draw, line: bytes, pieces: list[bytes]) -> bytes:
    i = draw(st.integers(0, len(line)))
    return line[:i] + draw(st.sampled_from(pieces)) + line[i:]


def _control(draw, line: bytes) -> bytes:
    return _insert(draw, line, CONTROLS)


def _invalid_utf8(draw, line: bytes) -> bytes:
    return _insert(draw, line, INVALID_UTF8)


def _truncate(draw, line: bytes) -> bytes:
    return line[: draw(st.integers(0, len(line)))]


def _splice(draw, line: bytes) -> bytes:
    other = draw(st.sampled_from(LINES))
    return line[: draw(st.integers(0, len(line)))] + other[draw(st.integers(0, len(other))) :]


def _repeat(draw, line: bytes) -> bytes:
    if not line:
        return line
    i = draw(st.integers(0, len(line) - 1))
    j = draw(st.integers(i + 1, min(len(line), i + 16)))
    times = draw(st.sampled_from([2, 100, 5_000, 70_000]))
    return line[:i] + line[i:j] * times + line[j:]


def _replace(draw, line: bytes) -> bytes:
    """The whole line becomes something with no text: NULs (copytruncate), blanks, controls."""
    return draw(st.sampled_from([b"", b"\x00", b"\x00" * 300, b" \t", b"\r", b"\x1c\x85", b"\x0c"]))


MUTATIONS = [_flip, _control, _invalid_utf8, _truncate, _splice, _repeat, _replace]


@st.composite
def mutated_lines(draw) -> bytes:
    """One sample line with 0-4 mutations (it may come to hold newlines)."""
    line = draw(st.sampled_from(LINES))
    for _ in range(draw(st.integers(0, 4))):
        line = draw(st.sampled_from(MUTATIONS))(draw, line)
    return line


@st.composite
def mutated_logs(draw, max_lines: int = 12) -> bytes:
    """A log: runs of consecutive sample lines (so tracebacks stay whole) and mutated lines."""
    parts: list[bytes] = []
    for _ in range(draw(st.integers(1, max_lines))):
        if draw(st.booleans()):
            start = draw(st.integers(0, len(LINES) - 1))
            parts.extend(LINES[start : start + draw(st.integers(1, 6))])
        else:
            parts.append(draw(mutated_lines()))
    data = b"\n".join(parts)
    ending = draw(st.sampled_from([b"\n", b"", b"\r\n", b"\n\n"]))
    return data + ending


def lines_of(data: bytes) -> list:
    """The physical lines ingest reads from `data` (errctl.ingest.readers.iter_lines), each
    carriage return a line's end where the file ends its lines so (`CarriageReturnLines`)."""
    import io

    from errctl.ingest.readers import HEAD_BYTES, ends_lines_in_carriage_returns, iter_lines

    if ends_lines_in_carriage_returns(data[:HEAD_BYTES]):
        data = data.replace(b"\r", b"\n")
    return list(iter_lines(io.BytesIO(data), 0, 1))


def must_account(line) -> bool:
    """A line ingest must store or quarantine: all but blank lines (a NUL-only line counts)."""
    return bool(line.text.strip()) or line.had_nul
