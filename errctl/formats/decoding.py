"""Log bytes to text: UTF-8, and what is not UTF-8 read as the legacy encoding most such logs
are in.

Owns `LEGACY`, the decoding error handler every reader of log bytes decodes UTF-8 with
(`bytes.decode("utf-8", LEGACY)`). A byte that is no part of a valid UTF-8 sequence is read
as Windows-1252, Latin-1's superset (Latin-1 itself for the five bytes Windows-1252 leaves
undefined): an old Java service's ISO-8859-1, a Windows tool's ANSI code page. `caf\\xe9`
is then `café`, the same text as the word in UTF-8, in the same group; replaced by U+FFFD it
was `caf�`, a group of its own, and the word was lost. Valid UTF-8 in the same line stays as
it is, and a newline (ASCII) always ends an invalid sequence, so a block decoded whole gives
each line what it gives decoded alone. Every byte becomes one character: nothing is dropped,
and the file's offsets are counted in bytes anyway.
"""

from __future__ import annotations

import codecs

LEGACY = "errctl-legacy"


def _as_cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D
        return chr(byte)


_BYTE_TEXT = tuple(_as_cp1252(b) for b in range(256))


def _read_as_legacy(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_BYTE_TEXT[b] for b in bad), error.end


codecs.register_error(LEGACY, _read_as_legacy)


def decode(raw: bytes) -> str:
    """`raw` as text: UTF-8, with what is not read as Windows-1252 (module docstring)."""
    return raw.decode("utf-8", LEGACY)
