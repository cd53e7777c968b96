"""Readers: which inputs to read, how to open them, and their bytes as numbered lines.

Owns: discovering files under directories (include/exclude globs, rotated names oldest first,
no symlink loops, no special files), transparent decompression (gzip, bz2, xz by magic bytes,
not by name), UTF-16 text read as UTF-8 (by its byte-order mark, or by the NUL byte beside
every ASCII character when it has none), binary-file detection, the detection of files that
are not logs though they are text (archives, package lists), the identity of a content
stream (a hash of its first decompressed bytes, so rotation and compression do not make a file
new), and splitting a byte stream into lines with the offsets that make resuming exact.

A line's text comes without terminal escape sequences (`formats.escapes`) and, on a stream's
first line, without a byte-order mark; offsets are the stream's bytes' and stay exact (for a
compressed or UTF-16 file, the decompressed or UTF-8 stream's, as resuming reads it again).
"""

from __future__ import annotations

import bz2
import codecs
import fnmatch
import gzip
import hashlib
import io
import lzma
import os
import re
import select
import stat
import struct
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from errctl.formats.decoding import decode
from errctl.formats.escapes import as_shown

HEAD_BYTES = 1024
"""How much of a stream's start identifies it. Long enough to hold a timestamped line or two,
so two different files are practically never confused."""

MAX_LINE_BYTES = 1024 * 1024
"""Longer lines are kept truncated to this many bytes and flagged (a 1 GB line must not
exhaust memory)."""

CHUNK_BYTES = 4 * 1024 * 1024

_MAGIC = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bz2"),
    (b"\xfd7zXZ\x00", "xz"),
)

STDIN = "-"
STDIN_NAME = "<stdin>"  # the source name of standard input, unless given one


@dataclass(frozen=True, slots=True)
class Input:
    """One thing to ingest: a file path, or stdin."""

    path: str  # absolute path, or "-" for stdin
    display: str  # as the user would recognise it

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input that was named or found but cannot be read, and why. `missing`: a path named
    by the user that does not exist (a typo, a file not there yet), which is the user's error
    rather than the input's, unlike a file found unreadable or a glob the shell passed on
    unexpanded because it matched nothing (`discover`)."""

    path: str
    reason: str
    missing: bool = False
    unmatched_glob: bool = False  # named, but a glob that matched nothing: nothing to read


@dataclass(slots=True)
class Line:
    """One physical line: its text (no newline), 1-based number and byte span in the stream."""

    text: str
    number: int
    start: int
    end: int  # offset just past the newline
    truncated: bool = False
    had_nul: bool = False
    # (time, stream, level) of a container runtime's wrapper, once `envelopes.unwrap_lines` has
    # taken the text out of it; None for a line as the application wrote it.
    envelope: tuple[str | None, str, str | None] | None = None
    # Physical lines it spans: more than one for a line the runtime had split and
    # `unwrap_lines` joined again (`number` is the first's).
    physical: int = 1


_ROTATED = re.compile(r"^(?P<base>.+?)\.(?P<n>\d+)(?P<ext>\.(?:gz|bz2|xz))?$")


def _rotation_key(path: Path) -> tuple[str, int, str]:
    """Sort key that puts `app.log.3.gz, app.log.2, app.log.1, app.log` in that order."""
    m = _ROTATED.match(path.name)
    if m:
        return (str(path.parent / m.group("base")), -int(m.group("n")), path.name)
    name = path.name
    for ext in (".gz", ".bz2", ".xz"):
        if name.endswith(ext):
            name = name[: -len(ext)]
    return (str(path.parent / name), 0, path.name)


def discover(
    paths: list[str],
    include: list[str] | None = None,
    exclude: list[str] | None = None,
    follow_symlinks: bool = False,
) -> tuple[list[Input], list[Skipped]]:
    """Expand the user's paths into inputs, in the order they should be read.

    Directories are walked recursively; `include` and `exclude` are globs matched against the
    file name and the path relative to the directory. Files named explicitly are always read
    (filters apply to what a directory walk finds). Symlinks found in a walk are followed only
    with `follow_symlinks`, and never into a directory already visited.
    """
    inputs: list[Input] = []
    skipped: list[Skipped] = []
    seen: set[tuple[int, int]] = set()
    for raw in paths:
        if raw == STDIN:
            inputs.append(Input(STDIN, STDIN_NAME))
            continue
        p = Path(raw)
        try:
            st = p.stat()
        except (FileNotFoundError, NotADirectoryError):
            skipped.append(_not_found(raw, p))
            continue
        except OSError as e:
            skipped.append(Skipped(raw, f"cannot read: {e.strerror or e}"))
            continue
        if stat.S_ISDIR(st.st_mode):
            found = list(_walk(p, include or [], exclude or [], follow_symlinks, seen, skipped))
            found.sort(key=_rotation_key)
            inputs.extend(Input(str(f.resolve()), str(f)) for f in found)
        elif stat.S_ISREG(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key not in seen:
                seen.add(key)
                inputs.append(Input(str(p.resolve()), raw))
        elif stat.S_ISFIFO(st.st_mode):
            # Named on purpose, as `<(zcat app.log.gz)` and /dev/stdin are: say how to read it.
            skipped.append(
                Skipped(
                    raw,
                    "not a regular file (a pipe, read only from stdin: "
                    "`command | errctl ingest -`, with --source-name to name it)",
                )
            )
        else:
            skipped.append(Skipped(raw, "not a regular file (FIFO, device or socket)"))
    return inputs, skipped


_GLOB_CHARS = frozenset("*?[")


def _not_found(raw: str, path: Path) -> Skipped:
    """A path named that does not exist: missing, unless it is a glob the shell passed on as
    written because it matched nothing in a folder that exists (`/var/log/app/*.log.1` on a
    day nothing rotated): that folder simply holds no such file yet."""
    if _GLOB_CHARS.intersection(path.name) and path.parent.is_dir():
        return Skipped(raw, "no file matches this glob", unmatched_glob=True)
    return Skipped(raw, "no such file or directory", missing=True)


def _matches(rel: str, name: str, globs: list[str]) -> bool:
    return any(fnmatch.fnmatch(name, g) or fnmatch.fnmatch(rel, g) for g in globs)


def _walk(
    root: Path,
    include: list[str],
    exclude: list[str],
    follow_symlinks: bool,
    seen: set[tuple[int, int]],
    skipped: list[Skipped],
) -> Iterator[Path]:
    visited_dirs: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        directory = stack.pop()
        try:
            dst = directory.stat()
            if (dst.st_dev, dst.st_ino) in visited_dirs:
                continue  # a symlink loop, or two links to one directory
            visited_dirs.add((dst.st_dev, dst.st_ino))
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError as e:
            skipped.append(Skipped(str(directory), f"cannot list: {e.strerror or e}"))
            continue
        for entry in entries:
            path = Path(entry.path)
            if entry.is_symlink() and not follow_symlinks:
                continue
            try:
                st = path.stat()
            except OSError as e:
                skipped.append(Skipped(str(path), f"cannot read: {e.strerror or e}"))
                continue
            rel = str(path.relative_to(root))
            if stat.S_ISDIR(st.st_mode):
                if not (exclude and _matches(rel, entry.name, exclude)):
                    stack.append(path)
                continue
            if not stat.S_ISREG(st.st_mode):
                skipped.append(Skipped(str(path), "not a regular file (FIFO, device or socket)"))
                continue
            if include and not _matches(rel, entry.name, include):
                continue
            if exclude and _matches(rel, entry.name, exclude):
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen:
                continue
            seen.add(key)
            yield path


def compression_of(head: bytes) -> str | None:
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    return None


DEFAULT_MAX_EXPANSION = 1000.0
"""Compressed logs shrink 5-50x; past this ratio the input is a bomb, not a log."""
BOMB_MIN_BYTES = 64 * 1024 * 1024
"""Below this much output nothing is a bomb, whatever the ratio (tiny files compress well)."""

# What a damaged or cut-short archive raises (gzip.BadGzipFile is an OSError).
DECOMPRESSION_ERRORS = (OSError, EOFError, lzma.LZMAError, zlib.error)


class Decompressed:
    """A decompressing stream that ends, instead of raising, where its archive is damaged.

    A .gz still being written, or cut by a full disk, must yield every byte before the damage;
    `error` then says what stopped it, and the caller reports it.
    """

    def __init__(
        self, inner: BinaryIO, raw: BinaryIO, kind: str, max_expansion: float = 0.0
    ) -> None:
        self.inner = inner
        self.fileobj = raw  # the compressed file, whose position measures progress
        self.kind = kind
        self.max_expansion = max_expansion  # 0: no limit
        self.produced = 0
        self.error: str | None = None
        self._pending = b""  # bytes `peek` read ahead

    PIECE = 64 * 1024  # what a damaged archive can cost beyond its damage

    def peek(self, n: int) -> bytes:
        """The next `n` bytes (fewer at the end) without consuming them: how ingest samples
        a compressed stream on stdin, which cannot seek back to its start."""
        if len(self._pending) < n:
            self._pending += self._read(n - len(self._pending))
        return self._pending[:n]

    def read(self, n: int = -1) -> bytes:
        if not self._pending:
            return self._read(n)
        if n < 0:
            out, self._pending = self._pending, b""
            return out + self._read(-1)
        out, self._pending = self._pending[:n], self._pending[n:]
        return out if len(out) == n else out + self._read(n - len(out))

    def _read(self, n: int) -> bytes:
        # Small pieces: the decompressors drop the whole pending read when they hit damage.
        pieces: list[bytes] = []
        want = n if n >= 0 else 1 << 62
        while want > 0 and self.error is None:
            try:
                piece = self.inner.read(min(self.PIECE, want))
            except DECOMPRESSION_ERRORS as e:
                self.error = f"{self.kind} data is damaged or cut short ({e}); read up to there"
                break
            if not piece:
                break
            pieces.append(piece)
            want -= len(piece)
            self.produced += len(piece)
            if self._bomb():
                break
        return b"".join(pieces)

    def _bomb(self) -> bool:
        """A decompression bomb: far more output than any log compresses to."""
        if not self.max_expansion or self.produced < BOMB_MIN_BYTES:
            return False
        consumed = max(1, self.fileobj.tell())
        if self.produced <= self.max_expansion * consumed:
            return False
        self.error = (
            f"{self.kind} data expands more than {self.max_expansion:g}x (a decompression "
            f"bomb?): stopped after {self.produced:,} bytes; raise --max-expansion to read on"
        )
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        self.error = None
        self._pending = b""
        return self.inner.seek(offset, whence)

    def close(self) -> None:
        self.inner.close()
        self.fileobj.close()

    def __enter__(self) -> Decompressed:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _decompressor(kind: str, raw: BinaryIO) -> BinaryIO:
    if kind == "gzip":
        return gzip.GzipFile(fileobj=raw, mode="rb")  # type: ignore[return-value]
    if kind == "bz2":
        return bz2.BZ2File(raw, mode="rb")  # type: ignore[return-value]
    return lzma.LZMAFile(raw, mode="rb")  # type: ignore[return-value]


def utf16_encoding(head: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` when `head` (a stream's first bytes) is UTF-16 text, else None.

    Windows writes logs in UTF-16 (SQL Server's ERRORLOG, Windows PowerShell's `>` and
    `Out-File`), usually after a byte-order mark. Without one, text is UTF-16 when nearly every
    pair of bytes is an ASCII character beside a NUL, always on the same side: a UTF-8 log with
    copytruncate's NUL runs has both bytes of a pair NUL, and a binary file no such order.
    """
    if head.startswith(codecs.BOM_UTF16_LE) and not head.startswith(codecs.BOM_UTF32_LE):
        return "utf-16-le"
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be"
    pairs = len(head) // 2
    if pairs < 4 or b"\x00" not in head:  # nearly every file: no NUL, no UTF-16
        return None
    even, odd = head[0 : 2 * pairs : 2], head[1 : 2 * pairs : 2]
    for text, nul, name in ((even, odd, "utf-16-le"), (odd, even, "utf-16-be")):
        ascii_beside_nul = sum(1 for t, z in zip(text, nul, strict=True) if z == 0 and 0 < t < 128)
        if ascii_beside_nul >= 0.9 * pairs:
            return name
    return None


class _Rewritten(Decompressed):
    """Text read through a rewriting of a stream (itself maybe decompressed): the damage it
    reports is the stream's."""

    @property  # type: ignore[override]
    def error(self) -> str | None:
        return getattr(self.inner, "error", None)

    @error.setter
    def error(self, value: str | None) -> None:
        pass  # a damaged archive under the text says so itself


class Transcoded(_Rewritten):
    """A UTF-16 stream read as UTF-8 bytes, so lines, offsets and formats work as for any
    other text. Undecodable code units (a lone surrogate) become U+FFFD; the byte-order mark
    comes through as UTF-8's (the first line drops it, as it drops UTF-8's own)."""

    def __init__(self, inner: BinaryIO | Decompressed, encoding: str) -> None:
        super().__init__(inner, getattr(inner, "fileobj", inner), encoding)  # type: ignore[arg-type]
        self._decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
        self._ready = b""  # UTF-8 bytes decoded but not yet read

    def read(self, n: int = -1) -> bytes:
        want = n if n >= 0 else 1 << 62
        pieces = [self._ready]
        have = len(self._ready)
        while have < want:
            raw = self.inner.read(self.PIECE)
            text = self._decoder.decode(raw, final=not raw)
            if text:
                piece = text.encode("utf-8")
                pieces.append(piece)
                have += len(piece)
            if not raw:
                break
        data = b"".join(pieces)
        self._ready = data[want:]
        self.produced += min(len(data), want)
        return data[:want]

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        """Only to the start (the pipeline rewinds after sampling); resuming reads through."""
        if offset != 0 or whence != os.SEEK_SET:
            raise io.UnsupportedOperation("a transcoded stream seeks only to its start")
        self.inner.seek(0)
        self._decoder.reset()
        self._ready = b""
        self.produced = 0
        return 0


def ends_lines_in_carriage_returns(head: bytes) -> bool:
    """Whether a stream whose first bytes are `head` ends its lines in a carriage return alone
    (classic Mac OS text, and some Windows tools'): several of them and no newline at all. A
    line of redraws (`5%\r10%\r`) sits in a file of newline-ended lines."""
    return b"\n" not in head and head.count(b"\r") >= 2


class CarriageReturnLines(_Rewritten):
    """A stream whose lines end in a carriage return alone, read with each one a newline: one
    byte for one, so offsets and line numbers stay the file's. Read as a whole line, such a
    file would be one line cut at MAX_LINE_BYTES, and everything after the cut lost."""

    def __init__(self, inner: BinaryIO | Decompressed) -> None:
        super().__init__(inner, getattr(inner, "fileobj", inner), "text")  # type: ignore[arg-type]

    def read(self, n: int = -1) -> bytes:
        data = self.inner.read(n)
        self.produced += len(data)
        return data.replace(b"\r", b"\n")


IDLE_SECONDS = 2.0
"""How long a stream piped to stdin may stay silent before `LiveInput` says so (`on_idle`)."""
SAMPLE_WAIT_SECONDS = 0.2
"""How long `LiveInput.peek` waits for more of a burst of lines to sample."""
PEEK_READ_BYTES = 64 * 1024  # what `LiveInput.peek` reads at once, however little it is asked


class LiveInput(io.RawIOBase):
    """Standard input that is a pipe or a terminal (`kubectl logs -f | errctl ingest -`): its
    bytes as they come, not a chunk's worth at a time, and a call of `on_idle` each time it
    stays silent for `idle_seconds`, so that ingest can store what it read and let other
    commands use the store while the writer is quiet.

    A buffered read of a pipe waits until it has filled its chunk (4 MiB) or the pipe closes:
    a service logging a few lines a second was stored an hour later, or when it stopped."""

    def __init__(self, fd: int, idle_seconds: float = IDLE_SECONDS) -> None:
        super().__init__()
        self._fd = fd
        self._pending = b""
        self.idle_seconds = idle_seconds
        self.on_idle: Callable[[], None] | None = None

    def peek(self, n: int) -> bytes:
        """What the stream holds next (at most `n` bytes), without consuming it: it waits for
        the first bytes, then takes what follows them within SAMPLE_WAIT_SECONDS (a burst of
        lines, as `kubectl logs -f` prints what was logged before), not for `n` bytes."""
        if not self._pending:
            self._pending = self._read_available(max(n, PEEK_READ_BYTES))
        while len(self._pending) < n:
            ready, _, _ = select.select([self._fd], [], [], SAMPLE_WAIT_SECONDS)
            more = os.read(self._fd, n - len(self._pending)) if ready else b""
            if not more:  # quiet, or the end
                break
            self._pending += more
        return self._pending[:n]

    def read(self, n: int = -1) -> bytes:
        """At most `n` bytes: those that are there, waiting for some; b"" at the end."""
        if self._pending:
            out, self._pending = self._pending[:n], self._pending[n:]
            return out
        return self._read_available(n if n > 0 else CHUNK_BYTES)

    def _read_available(self, n: int) -> bytes:
        while True:
            ready, _, _ = select.select([self._fd], [], [], self.idle_seconds)
            if ready:
                return os.read(self._fd, n)
            if self.on_idle is not None:
                self.on_idle()

    def readinto(self, buffer: Any) -> int:  # a BufferedReader's (a compressed stream)
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return False


def _live_stdin() -> LiveInput | None:
    """A LiveInput over stdin when it is a pipe, a terminal or a socket; None for a file
    redirected to it (`errctl ingest - < app.log`), which has nothing to wait for."""
    try:
        fd = sys.stdin.fileno()
        mode = os.fstat(fd).st_mode
    except (OSError, ValueError, AttributeError):  # no real stdin (an embedding, a test)
        return None
    if stat.S_ISREG(mode):
        return None
    return LiveInput(fd)


def open_stream(
    path: str, max_expansion: float = DEFAULT_MAX_EXPANSION
) -> tuple[BinaryIO | Decompressed, str | None]:
    """The decompressed byte stream of a file (or stdin), and its compression if any.

    Compression is told by magic bytes, not by name. A file that starts with a magic number but
    does not decompress (a text log whose first bytes happen to match) is read as it is.
    """
    raw: BinaryIO
    if path == STDIN:
        live = _live_stdin()
        if live is not None and compression_of(live.peek(8)[:8]) is None:
            return live, None  # type: ignore[return-value]
        raw = io.BufferedReader(  # type: ignore[arg-type]
            live if live is not None else sys.stdin.buffer, buffer_size=CHUNK_BYTES
        )
        kind = compression_of(raw.peek(8)[:8])
        if kind is None:
            return raw, None
        return Decompressed(_decompressor(kind, raw), raw, kind, max_expansion), kind
    raw = open(path, "rb")  # noqa: SIM115 - the caller closes the stream
    kind = compression_of(raw.read(8))
    raw.seek(0)
    stream: BinaryIO | Decompressed = raw
    if kind is not None:
        try:
            _decompressor(kind, raw).read(1)
        except DECOMPRESSION_ERRORS:
            kind = None
        raw.seek(0)
        if kind is not None:
            stream = Decompressed(_decompressor(kind, raw), raw, kind, max_expansion)
    head = stream.read(HEAD_BYTES)
    stream.seek(0)
    encoding = utf16_encoding(head)
    if encoding is not None:
        stream = Transcoded(stream, encoding)
    elif ends_lines_in_carriage_returns(head):
        stream = CarriageReturnLines(stream)
    return stream, kind


def head_hash(head: bytes) -> str:
    return hashlib.sha1(head).hexdigest()


def _zip(head: bytes) -> bool:
    """A zip's first local file header: its magic, then fields only a zip writer would write
    (a version needed below 10.0, a compression method's number, a name with no line break).
    A text line that merely starts with `PK\\x03\\x04` fails them."""
    if len(head) < 30 or head[:4] != b"PK\x03\x04":
        return False
    version, _flags, method = struct.unpack_from("<HHH", head, 4)
    (name_len,) = struct.unpack_from("<H", head, 26)
    name = head[30 : 30 + name_len]
    return version < 100 and method < 100 and name_len > 0 and b"\n" not in name


def _seven_zip(head: bytes) -> bool:
    return head[:6] == b"7z\xbc\xaf\x27\x1c" and head[6:7] == b"\x00"  # major version 0


def _tar(head: bytes) -> bool:
    """A tar header block: `ustar` at 257 and a checksum that adds up (tarfile checks it)."""
    import tarfile  # only for a head that names itself ustar

    if head[257:262] != b"ustar" or len(head) < tarfile.BLOCKSIZE:
        return False
    try:
        tarfile.TarInfo.frombuf(head[: tarfile.BLOCKSIZE], "utf-8", "surrogateescape")
    except tarfile.HeaderError:
        return False
    return True


def _zstd(head: bytes) -> bool:
    """A Zstandard frame: its magic, then a frame header descriptor with its reserved bit
    clear and room for the header it announces."""
    return len(head) >= 6 and head[:4] == b"\x28\xb5\x2f\xfd" and not head[4] & 0x08


def _lz4(head: bytes) -> bool:
    """An LZ4 frame: its magic, then a descriptor of version 01 with its reserved bits clear
    and a block size among the four the format defines."""
    if len(head) < 7 or head[:4] != b"\x04\x22\x4d\x18":
        return False
    flags, block = head[4], head[5]
    return flags >> 6 == 1 and not flags & 0x02 and not block & 0x8F and (block >> 4) >= 4


def _compressed(tool: str, reader: str) -> str:
    return (
        f"{tool}-compressed, which errctl does not read (gzip, bzip2 and xz it does): "
        f"{reader} FILE | errctl ingest --source-name FILE -"
    )


_ARCHIVES = (
    (_zip, "a zip archive: unzip it and ingest the folder"),
    (_seven_zip, "a 7z archive: extract it and ingest the folder"),
    (_tar, "a tar archive: extract it (tar xf) and ingest the folder"),
    # logrotate's `compresscmd zstd` (or lz4): as text, the frame's bytes are junk before
    # the first line's (a small file's block is stored as is) and the rest are lost
    (_zstd, _compressed("zstd", "zstdcat")),
    (_lz4, _compressed("lz4", "lz4cat")),
)


def archive_reason(head: bytes) -> str | None:
    """Why an archive of files (a support bundle, a CI run's logs), or a file compressed in a
    way errctl does not read, is not read as one log, and what to do instead; None for
    anything else. Its members' text read as one stream would be
    framed across their boundaries and numbered by no file's lines. Told by the archive's own
    header, checked past its magic bytes: a log line that happens to start with them is read
    as a log, never skipped with the file."""
    for is_archive, reason in _ARCHIVES:
        if is_archive(head):
            return reason
    return None


# apt's dumps of what it asked its planner or solver (EIPP, EDSP: `Request: EIPP 0.1`, then
# a stanza per installed package), which it writes beside its logs, in /var/log/apt/eipp.log.xz;
# and Debian's package lists (dpkg's /var/lib/dpkg/status, apt's `Packages` indexes). Each is
# a package's state in control-file stanzas (`Package: dpkg`, `Version: 1.21.22`): no time,
# nothing that happened. Read as a log, every field would be an event of its own.
_APT_REQUEST = re.compile(rb"Request: (?:EIPP|EDSP) \d{1,3}\.\d{1,3}\r?\n")
_CONTROL_FIELD = re.compile(rb"[A-Z][A-Za-z0-9-]{0,63}: ")
_APT_REQUEST_REASON = (
    "apt's dump of a request to its planner or solver (package states, not events); "
    "apt's history.log and term.log record what it did"
)
_PACKAGE_LIST_REASON = "a list of Debian package stanzas (package states, not events)"


def package_list_reason(head: bytes) -> str | None:
    """Why a file of Debian package stanzas is not read as a log; None for anything else.
    Told by its first stanza: apt's request line, or `Package:` then only control fields,
    a `Version:` among them (a log line that starts `Package: ` is read as a log)."""
    if _APT_REQUEST.match(head):
        return _APT_REQUEST_REASON
    if not head.startswith(b"Package: "):
        return None
    lines = head.split(b"\n", 64)[:-1]  # whole lines only: the last may be cut
    stanza = lines[: lines.index(b"")] if b"" in lines else lines
    if len(stanza) < 3 or not any(line.startswith(b"Version: ") for line in stanza):
        return None
    if all(_CONTROL_FIELD.match(line) or line[:1] == b" " for line in stanza):
        return _PACKAGE_LIST_REASON
    return None


_NUL_RUN = re.compile(rb"\x00+")


def looks_binary(sample: bytes) -> bool:
    """True for content that is not text: undecodable or control bytes make up much of it.

    NUL bytes do not count: runs of them are what copytruncate rotation leaves inside real
    logs (each such line is quarantined, the rest of the file still lands). An executable or
    an image has plenty of other non-text bytes and is still caught. Neither is a file of
    fixed-size binary records whose text fields are padded with NULs (the login records in
    /var/log/wtmp, btmp and lastlog, which `errctl ingest /var/log` meets): their NUL runs
    outnumber their lines, where copytruncate leaves a run or two before whole lines.
    """
    if len(_NUL_RUN.findall(sample)) > max(8, 2 * sample.count(b"\n")):
        return True
    sample = sample.replace(b"\x00", b"")
    if not sample:
        return False
    text_bytes = bytes(range(32, 127)) + b"\t\n\r\f\b\x1b"
    if not sample.translate(None, text_bytes):
        return False
    # High bytes may be UTF-8: count only those that do not decode (U+FFFD here, not read as
    # a legacy encoding, which any byte is).
    decoded = sample.decode("utf-8", errors="replace")
    bad_utf8 = decoded.count("\ufffd")
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13, 12, 8, 27))
    if (bad_utf8 + controls) <= 0.30 * len(sample):
        return False
    # Much junk, but a log damaged by junk still has lines of text between it: only a sample
    # with (almost) no readable line is binary, so junk never costs the good lines around it.
    # A small sample with a readable line is given the benefit of the doubt: the cost of
    # reading a binary file as text is a few quarantined lines, not lost data.
    lines = [line for line in decoded.split("\n") if line]
    readable = sum(1 for line in lines if _readable(line))
    if readable == 0:
        return True
    return len(sample) >= 4096 and readable < 0.1 * len(lines)


def _readable(line: str) -> bool:
    if len(line) < 8:
        return False
    printable = sum(1 for c in line if c.isprintable() or c == "\t")
    return printable >= 0.95 * len(line)


def iter_lines(
    stream: BinaryIO | Decompressed,
    start_offset: int,
    first_line: int,
    held: list[Line] | None = None,
) -> Iterator[Line]:
    """Lines of `stream` from `start_offset` (an offset this function reported before).

    A final line without a newline is still a line (many files lack the last newline), unless
    `held` is given: then it goes there instead, unread (a line still being written). Lines
    longer than MAX_LINE_BYTES are cut there and flagged; the rest is skipped unread into
    memory. Invalid UTF-8 is replaced (U+FFFD), never fatal. NUL bytes (copytruncate leaves
    runs of them) are removed and the line flagged.
    """
    for block in iter_line_blocks(stream, start_offset, first_line, held):
        yield from block.lines()


@dataclass(slots=True)
class LineBlock:
    """Consecutive lines, as `iter_lines` would give them one by one.

    A *clean* block (`texts` not None) holds lines with no NUL byte and none over the cap:
    their text is all a one-record-per-line reader needs, and it skips building a Line per
    line. Any other block holds its Line objects (`raw_lines`).

    A clean block's text is decoded when first asked for: a reader that can take the lines'
    bytes (`utf8_lines`, JSON lines) often never needs it."""

    number: int  # of the first line
    start: int  # offset of the first line
    end: int  # offset just past the last line's newline
    raw_lines: list[Line] | None = None
    _parts: list[bytes] | None = None  # a clean block's raw lines, for their offsets
    _body: bytes = b""  # a clean block's bytes, its lines and their newlines
    _texts: list[str] | None = None  # a clean block's text, once decoded
    _exact: bool = False  # each text is its raw line decoded, no more (`utf8_lines`)
    _drop_bom: bool = False  # the stream's first line: its text drops a byte-order mark

    def __len__(self) -> int:
        return len(self._parts) if self._parts is not None else len(self.raw_lines or ())

    @property
    def texts(self) -> list[str] | None:
        """A clean block's lines as text (None for any other block)."""
        if self._parts is None:
            return None
        if self._texts is None:
            self._texts = _texts(self._body)
            if self._drop_bom and self._texts:
                self._texts[0] = self._texts[0].removeprefix(BOM)
        return self._texts

    def decoded(self) -> list[str]:
        """`texts` of a clean block (for a reader of `utf8_lines`)."""
        return self.texts or []

    def utf8_lines(self) -> list[bytes] | None:
        """A clean block's raw lines when each line's text is exactly what it decodes to as
        UTF-8 (no carriage return or escape sequence taken off): a reader may parse these
        bytes, and read `texts` only for a line whose bytes are not valid UTF-8 (whose text
        has replacement characters instead) or that it cannot read. None otherwise."""
        return self._parts if self._exact else None

    def lines(self) -> list[Line]:
        if self.raw_lines is not None:
            return self.raw_lines
        out = []
        offset, number = self.start, self.number
        texts = self.texts or ()
        for raw, text in zip(self._parts or (), texts, strict=True):
            end = offset + len(raw) + 1
            out.append(Line(text, number, offset, end))
            offset = end
            number += 1
        return out

    def starts(self) -> list[int]:
        """Each line's start offset, then the block's end."""
        if self.raw_lines is not None:
            return [line.start for line in self.raw_lines] + [self.end]
        out = [self.start]
        offset = self.start
        for raw in self._parts or ():
            offset += len(raw) + 1
            out.append(offset)
        return out

    def last_line(self) -> Line:
        """The block's last line (where a batch that ends with this block resumes)."""
        if self.raw_lines is not None:
            return self.raw_lines[-1]
        raw = self._parts[-1] if self._parts else b""
        if self._texts is None and self._exact and len(self) > 1:  # no need to decode them all
            text = decode(raw)
        else:
            texts = self.texts
            text = texts[-1] if texts else ""
        return Line(
            text,
            self.number + len(self) - 1,
            self.end - len(raw) - 1,
            self.end,
        )


BOM = "\ufeff"
"""A byte-order mark: what Windows tools put before a UTF-8 (or UTF-16) file's first line. It is
no part of the text: a first line that kept it would match no format."""


def iter_line_blocks(
    stream: BinaryIO | Decompressed,
    start_offset: int,
    first_line: int,
    held: list[Line] | None = None,
) -> Iterator[LineBlock]:
    """The lines of `iter_lines`, DECODE_LINES at a time (fewer at a chunk's edges)."""
    blocks = _line_blocks(stream, start_offset, first_line, held)
    if start_offset == 0:
        for block in blocks:
            _drop_bom(block)
            yield block
            break
    yield from blocks


def _drop_bom(block: LineBlock) -> None:
    """The stream's first line without its byte-order mark (its offsets stay the bytes')."""
    if block._parts is not None:
        if block._texts is not None:
            block._texts[0] = block._texts[0].removeprefix(BOM)
        block._drop_bom = True
    elif block.raw_lines:
        block.raw_lines[0].text = block.raw_lines[0].text.removeprefix(BOM)


def _line_blocks(
    stream: BinaryIO | Decompressed,
    start_offset: int,
    first_line: int,
    held: list[Line] | None = None,
) -> Iterator[LineBlock]:
    offset = start_offset
    number = first_line
    carry = b""
    carry_truncated = False
    carry_len = 0  # true length of the carried line, including bytes dropped past the cap
    while True:
        chunk = stream.read(CHUNK_BYTES)
        if not chunk:
            break
        parts = chunk.split(b"\n")
        last = parts.pop()  # bytes after the chunk's last newline (maybe b"")
        if parts and (carry or carry_len):
            # The line carried from the chunk before ends here.
            raw = parts[0]
            length = len(raw) + 1 + carry_len
            truncated = carry_truncated
            if not truncated:
                raw = carry + raw
                if len(raw) > MAX_LINE_BYTES:
                    raw, truncated = raw[:MAX_LINE_BYTES], True
            else:
                raw = carry
            carry, carry_len, carry_truncated = b"", 0, False
            line = _line(raw, number, offset, offset + length, truncated)
            yield LineBlock(number, offset, offset + length, raw_lines=[line])
            offset += length
            number += 1
            del parts[0]
        if parts:
            # Decoded a group of lines at a time: one call instead of one per line, and only a
            # group's text alive at once (a whole chunk's was 10-20 MB more peak memory).
            start = len(chunk) - len(last) - sum(map(len, parts)) - len(parts)
            for first in range(0, len(parts), DECODE_LINES):
                group = parts[first : first + DECODE_LINES]
                end = start + sum(map(len, group)) + len(group)
                yield _block(chunk[start:end], group, number, offset)
                number += len(group)
                offset += end - start
                start = end
        # Keep the unfinished tail, capped so a huge line costs at most MAX_LINE_BYTES.
        if not carry_truncated:
            carry += last
            if len(carry) > MAX_LINE_BYTES:
                carry, carry_truncated = carry[:MAX_LINE_BYTES], True
        carry_len += len(last)
    if carry_len:
        line = _line(carry, number, offset, offset + carry_len, carry_truncated)
        if held is not None:
            held.append(line)
        else:
            yield LineBlock(number, offset, offset + carry_len, raw_lines=[line])


DECODE_LINES = 1024


def _block(body: bytes, parts: list[bytes], number: int, offset: int) -> LineBlock:
    """The complete lines `parts` (their bytes and newlines: `body`), numbered from `number` at
    byte `offset`."""
    end = offset + len(body)
    if _decodes_whole(body, parts):
        exact = b"\r" not in body and b"\x1b" not in body
        return LineBlock(number, offset, end, _parts=parts, _body=body, _exact=exact)
    lines = []
    for raw in parts:
        length = len(raw) + 1
        truncated = len(raw) > MAX_LINE_BYTES
        if truncated:
            raw = raw[:MAX_LINE_BYTES]
        lines.append(_line(raw, number, offset, offset + length, truncated))
        offset += length
        number += 1
    return LineBlock(number - len(parts), end - len(body), end, raw_lines=lines)


def _texts(body: bytes) -> list[str]:
    """The text of a clean block's lines (`_decodes_whole`), from its bytes."""
    texts = decode(body).split("\n")
    texts.pop()  # the empty string after the body's final newline
    if b"\r" in body:
        texts = [t[:-1] if t.endswith("\r") else t for t in texts]
    if b"\x1b" in body or b"\r" in body:
        texts = [as_shown(t) for t in texts]
    return texts


def _decodes_whole(body: bytes, parts: list[bytes]) -> bool:
    """Whether the complete lines `parts` (and their newlines: `body`) can be decoded as one
    string and split, giving exactly what `_line` gives each: so when no line has a NUL (removed
    before decoding) or is over the cap (cut before decoding). Invalid UTF-8 is no obstacle: a
    newline, being ASCII, always ends an invalid sequence, so it is replaced the same way."""
    if b"\x00" in body:
        return False
    return len(body) <= MAX_LINE_BYTES or max(map(len, parts)) <= MAX_LINE_BYTES


def _line(raw: bytes, number: int, start: int, end: int, truncated: bool) -> Line:
    if raw.endswith(b"\r"):
        raw = raw[:-1]
    had_nul = b"\x00" in raw
    if had_nul:
        raw = raw.replace(b"\x00", b"")
    text = as_shown(decode(raw))
    return Line(text, number, start, end, truncated, had_nul)


def read_head(path: str) -> tuple[bytes, str | None]:
    """The first HEAD_BYTES decompressed bytes of a file, and its compression."""
    stream, kind = open_stream(path)
    try:
        return stream.read(HEAD_BYTES), kind
    finally:
        stream.close()


def skip_bytes(stream: BinaryIO | Decompressed, n: int) -> int:
    """Advance a stream by n bytes; returns how many it had (fewer: it is shorter than n)."""
    if n <= 0:
        return 0
    if not isinstance(stream, Decompressed) and stream.seekable():
        size = stream.seek(0, os.SEEK_END)
        stream.seek(min(n, size))
        return min(n, size)
    skipped = 0
    while skipped < n:
        block = stream.read(min(CHUNK_BYTES, n - skipped))
        if not block:
            break
        skipped += len(block)
    return skipped
