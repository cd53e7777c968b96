"""The ingest pipeline: read -> frame -> parse -> normalise -> group -> store, batch by batch.

Promises:
- Nothing good is lost: a line that cannot be parsed is quarantined with its source and line,
  and the lines around it still land. A source that cannot be read is reported and skipped.
- Incremental and idempotent: each source's stored prefix is remembered by content identity,
  so running ingest again reads only what was appended; truncation and rotation are detected.
- Crash-safe: every batch's events and its source's new offset commit in one transaction, and
  the offset is always at an event boundary, so a killed run re-run stores each event once.
- Two cores: the main thread parses while a writer thread masks, fingerprints and stores the
  previous batch (Arrow and DuckDB release the GIL), with a bounded queue between them so
  memory stays bounded whatever the input size.
"""

from __future__ import annotations

import contextlib
import gc
import math
import os
import queue
import sys
import threading
import time
from bisect import bisect_left
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import Any, Protocol

import pyarrow as pa
import pyarrow.compute as pc

from errctl.config.schema import Settings
from errctl.config.service_template import service_for
from errctl.config.timezones import resolve_tz
from errctl.errors import ErrctlError, InputError
from errctl.fingerprint.memory import CONTEXT_LIMIT, TemplateMemory
from errctl.formats.base import LogFormat, never_raising
from errctl.formats.decoding import decode
from errctl.formats.escapes import as_shown
from errctl.formats.registry import detect, get_format, unread_dates
from errctl.ingest.envelopes import detect_envelope, kubernetes_container, unwrap_lines
from errctl.ingest.framing import (
    CrashReports,
    Framer,
    Record,
    Rejected,
    SpanningRecords,
    StreamFramer,
    spanning_text,
    undated_writer,
    unfinished_record,
    unfinished_traceback,
)
from errctl.ingest.json_documents import Document, DocumentReader, detect_document
from errctl.ingest.name_dates import stamp_reference
from errctl.ingest.normalize import Normalizer, TraceEntries
from errctl.ingest.quoted import join_quoted, quoted_format
from errctl.ingest.readers import (
    BOM,
    DEFAULT_MAX_EXPANSION,
    HEAD_BYTES,
    MAX_LINE_BYTES,
    STDIN_NAME,
    CarriageReturnLines,
    Input,
    Line,
    LineBlock,
    LiveInput,
    Transcoded,
    archive_reason,
    discover,
    head_hash,
    iter_line_blocks,
    iter_lines,
    looks_binary,
    open_stream,
    package_list_reason,
    skip_bytes,
)
from errctl.ingest.stages import BatchStages
from errctl.ingest.stored_tail import StoredTail, reread_from
from errctl.ingest.stream_identity import continues_stream
from errctl.models import IngestSummary, MiningMemory, SourceResult, SourceState
from errctl.store.batch_writes import BATCH_COLUMNS, Refusal, in_few_chunks, refused_by_source
from errctl.store.duckdb_store import DuckDBStore

SAMPLE_BYTES = 64 * 1024
"""How much of a file's start is read to detect its format and whether it is text."""

HOLD_UNFINISHED_SECONDS = 10.0
"""A file changed this recently whose last line has no newline yet, or that ends inside a
Python traceback or on a header whose message is still to come (`framing.unfinished_record`):
that line, or that event, is left for the next ingest (`SourceResult.held_back`), as a tailer
waits for it."""

QUARANTINE_RAW_BYTES = 64 * 1024

BATCH_EVENTS = 20_000
"""Events per committed batch. Peak memory follows it (a batch lives as Python columns, then
Arrow, two in flight): 50k gave 644 MB peak RSS on 600k JSON events, 20k gave 464 MB for 9%
more time, within the 500 MB budget."""

BATCH_BYTES = 8 * 1024 * 1024
"""A batch is also committed once it has read this many bytes: lines of up to 1 MiB each
(MAX_LINE_BYTES) must not make 20,000 events a 20 GB batch, and a run of stack traces (whose
parsed frames take several times their text) must not make one batch's columns the peak. 20,000
events of genlogs JSON are 6 MB, so JSON batches keep their size; on its plain-text corpus (1M
events), 8 MB instead of 64 MB took the peak from 534 to 479 MB for 4% more time."""

HOLD_SECONDS = 20.0
"""How long ingest keeps the store's write lock at most between brief releases. A process that
waits for the store announces itself and gets in after the current batch (DuckDBStore,
WAITING_SUFFIX); this bound is for one that cannot (a read-only directory), and stays well
under the default --lock-timeout of 30 s. Each release checkpoints: releasing every 3 s made a
1M-event JSON ingest 14% slower (39.1 s against 33.8 s, two runs each)."""

QUARANTINE_SCHEMA = pa.schema(
    [("source", pa.string()), ("line", pa.int64()), ("reason", pa.string()), ("raw", pa.binary())]
)


class Progress(Protocol):
    """What the pipeline tells its caller as it goes (the CLI draws a bar from it)."""

    def start(self, total_bytes: int) -> None: ...
    def advance(self, nbytes: int, events: int) -> None: ...
    def warn(self, message: str) -> None: ...


class _Silent:
    def start(self, total_bytes: int) -> None:
        pass

    def advance(self, nbytes: int, events: int) -> None:
        pass

    def warn(self, message: str) -> None:
        pass


@dataclass(slots=True)
class IngestOptions:
    format: str | None = None  # force a format by name
    pattern: str | None = None  # a user regex with named groups
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    reingest: bool = False
    strict: bool = False
    follow_symlinks: bool = False
    tz: tzinfo = UTC
    batch_events: int = BATCH_EVENTS
    stdin_name: str = STDIN_NAME
    service: str | None = None  # for events that name none; wins over [[sources]] service
    settings: Settings | None = None  # the configuration (None: the defaults)
    max_expansion: float = DEFAULT_MAX_EXPANSION  # decompression bomb guard; 0: none


@dataclass
class KeptStages:
    """The stages of one ingest kept for the next in the same process (`ingest --follow`'s
    rounds), with the store's `mining_signature` as that ingest left it. The next ingest uses
    them when the signature is unchanged, as if it were the same long run, rather than read
    every template and example again and build the miner from them: 0.4 s a round on a store
    of 20,000 templates. A signature that moved means another process wrote in between."""

    stages: BatchStages | None = None
    settings: Settings | None = None
    signature: tuple[Any, ...] | None = None

    def usable(self, store: DuckDBStore, settings: Settings | None) -> BatchStages | None:
        if self.stages is None or settings is not self.settings:
            return None
        return self.stages if store.mining_signature() == self.signature else None

    def keep(self, stages: BatchStages, store: DuckDBStore, settings: Settings | None) -> None:
        self.stages, self.settings, self.signature = stages, settings, store.mining_signature()

    def forget(self) -> None:
        self.stages = self.settings = self.signature = None


def ingest(
    paths: list[str],
    store: DuckDBStore,
    options: IngestOptions,
    progress: Progress | None = None,
    kept: KeptStages | None = None,
) -> IngestSummary:
    """Ingest every input under `paths` into `store`; returns what happened to each.
    `kept`: stages an earlier ingest of this process left, reused if nothing else wrote to the
    store since, and this ingest's left there for the next."""
    progress = progress or _Silent()
    started = time.perf_counter()
    inputs, skipped = discover(paths, options.include, options.exclude, options.follow_symlinks)
    summary = IngestSummary()
    for s in skipped:
        progress.warn(f"skipped {s.path}: {s.reason}")
        if not s.unmatched_glob:  # no input at all, as a folder's walk that --include empties
            summary.sources.append(SourceResult(path=s.path, skipped=s.reason, missing=s.missing))
    if not inputs and not skipped:
        progress.warn(f"no files to ingest under {', '.join(paths)} (check --include/--exclude)")
    forced = _forced_format(options)
    # Held from the start: the connection that creates or migrates the store goes on to read
    # its templates and store the batches, instead of being closed (a checkpoint) and opened
    # twice more (0.1-0.2 s of a short run, on a fresh store).
    store.hold_seconds = HOLD_SECONDS
    patience = store.lock_timeout  # (a pipe's read raises it: `_read_source`)
    try:
        store.initialise()
        total = 0
        for item in inputs:
            if not item.is_stdin:
                with contextlib.suppress(OSError):
                    total += os.stat(item.path).st_size
        progress.start(total)
        stages = kept.usable(store, options.settings) if kept is not None else None
        if kept is not None:
            kept.forget()  # until this ingest has stored all it read
        openings = store.write_openings
        if stages is None:
            stages = BatchStages(
                options.settings or Settings(),
                store.known_templates(),
                TemplateMemory(*store.template_memory(CONTEXT_LIMIT)),
            )
        writer = _BatchWriter(store, stages)
        by_source: dict[str, SourceResult] = {}  # by the name its events are stored under
        try:
            with _ingest_runtime():
                for item in inputs:
                    result = _ingest_one(item, store, writer, options, forced, progress)
                    summary.sources.append(result)
                    by_source[options.stdin_name if item.is_stdin else item.path] = result
        finally:
            writer.close()
        _count_refused(writer.refusals, by_source, progress)
        # Kept only if the store stayed this ingest's own throughout: a process let in
        # between two batches may have written what the miner does not know.
        if kept is not None and store.write_openings == openings:
            kept.keep(stages, store, options.settings)
    finally:
        store.hold_seconds = 0.0
        store.lock_timeout = patience
        store.release()
    summary.seconds = time.perf_counter() - started
    if options.strict:
        problems = [s for s in summary.sources if s.skipped or s.rejected or s.error]
        if problems:
            raise InputError(
                f"{len(problems)} input(s) had unreadable content (--strict); "
                "the readable events were stored",
                hint="errctl quarantine lists the rejected lines",
            )
    return summary


def _count_refused(
    refusals: Sequence[Refusal], by_source: dict[str, SourceResult], progress: Progress
) -> None:
    """Count the events the store refused (quarantined instead) as their sources' rejected
    lines, and say so once a source: it is a bug of ours, which the user should report."""
    for source, (count, reason) in refused_by_source(refusals).items():
        result = by_source.get(source)
        if result is not None:
            result.events -= count
            result.rejected += count
        progress.warn(
            f"{result.path if result is not None else source}: the store refused {count:,} "
            f"event(s) ({reason}); they are quarantined, the others stored"
        )


GIL_SWITCH_SECONDS = 0.0005
"""How long the parsing thread may keep the GIL while the writer thread waits for it, during
ingest (Python's default is 5 ms). The writer spends its time in DuckDB, without the GIL, and
needs it back after each of a batch's dozen statements: at 5 ms a wait, a third of its time
went to waiting (20,000-event batches, JSON)."""

GC_THRESHOLD0 = 50_000
"""Allocations between the cyclic garbage collector's young-generation passes during ingest
(Python's default is 700). Ingest allocates millions of short-lived dicts and tuples and makes
no reference cycles worth chasing; at the default, collections took 0.27 s of the parsing
thread's ~6 s for 200,000 JSON events, and 0.01 s with this and the start-up objects frozen."""


def lean_memory_pool() -> pa.MemoryPool | None:
    """The Arrow allocator ingest uses: jemalloc where this pyarrow has it, else the system's.

    pyarrow's default on Linux is mimalloc, which held far more memory through a bulk run in
    which one thread builds the batches and another stores and frees them: peak RSS of
    `errctl ingest` on genlogs' 1M-event corpora (two runs each, `/usr/bin/time -f %M`) was
    477-485 MiB (JSON) and 480-483 MiB (plain text) with mimalloc, 437-444 and 408-417 MiB
    with jemalloc, at the same speed; the system allocator gave 429 MiB (plain, one run).
    None when the default is already neither (a build or ARROW_DEFAULT_MEMORY_POOL chose)."""
    if pa.default_memory_pool().backend_name != "mimalloc":
        return None
    try:
        return pa.jemalloc_memory_pool()
    except NotImplementedError:  # a pyarrow built without it
        return pa.system_memory_pool()


@contextlib.contextmanager
def _ingest_runtime() -> Iterator[None]:
    """The interpreter tuned for a long bulk run, and restored after it: a quick GIL handover
    to the writer thread, a garbage collector that leaves the live objects of start-up
    (frozen) and the batches' short-lived ones (a high threshold) alone, and an Arrow
    allocator that gives memory back (`lean_memory_pool`)."""
    switch = sys.getswitchinterval()
    thresholds = gc.get_threshold()
    pool = pa.default_memory_pool()
    lean = lean_memory_pool()
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD0, *thresholds[1:])
    if lean is not None:
        pa.set_memory_pool(lean)  # each buffer keeps its own pool: the old ones free as before
    try:
        yield
    finally:
        if lean is not None:
            pa.set_memory_pool(pool)
        gc.set_threshold(*thresholds)
        gc.unfreeze()
        sys.setswitchinterval(switch)


def _forced_format(options: IngestOptions) -> tuple[LogFormat, ...] | None:
    if options.pattern:
        return (get_format("pattern", pattern=options.pattern),)
    if options.format:
        return (get_format(options.format),)
    return None


def _ingest_one(
    item: Input,
    store: DuckDBStore,
    writer: _BatchWriter,
    options: IngestOptions,
    forced: tuple[LogFormat, ...] | None,
    progress: Progress,
) -> SourceResult:
    # stdin under the name it was given (`--source-name`), as its events are stored
    result = SourceResult(path=options.stdin_name if item.is_stdin else item.display)
    try:
        return _read_source(item, store, writer, options, forced, progress, result)
    except OSError as e:
        # The file vanished or became unreadable mid-way: what was committed stays.
        result.skipped = f"cannot read: {e.strerror or e}"
        progress.warn(f"skipped {item.display}: {result.skipped}")
        return result


def _wait_for_the_store_however_long(store: DuckDBStore) -> None:
    """Lines read from a pipe cannot be read again: from the first on, a write that finds the
    store held by another process (let in while the pipe was quiet) waits for it as long as it
    takes, rather than give up after --lock-timeout and lose them. `ingest` restores the
    timeout at its end; the store was opened with it at the start."""
    store.lock_timeout = math.inf


def _let_others_in(store: DuckDBStore, writer: _BatchWriter) -> None:
    """Stdin has been quiet for IDLE_SECONDS (`LiveInput`): what was read is stored, and a
    command waiting for the store gets it now. A running ingest lets a waiting command in
    after a batch, and a quiet pipe brings no batch."""
    writer.drain()
    store.let_waiters_in()


def _read_source(
    item: Input,
    store: DuckDBStore,
    writer: _BatchWriter,
    options: IngestOptions,
    forced: tuple[LogFormat, ...] | None,
    progress: Progress,
    result: SourceResult,
) -> SourceResult:
    stream, _kind = open_stream(item.path, options.max_expansion)
    raw_file = getattr(stream, "fileobj", stream)  # compressed: the file under the decompressor
    held: list[Line] | None = None  # an unfinished last line goes here (not read), if a list
    try:
        if item.is_stdin:
            sample = stream.peek(SAMPLE_BYTES)[:SAMPLE_BYTES]  # type: ignore[attr-defined]
            state = None
            source_name = options.stdin_name
            mtime = datetime.now(UTC).replace(tzinfo=None)
        else:
            st = os.stat(item.path)
            sample = stream.read(SAMPLE_BYTES)
            if len(sample) == SAMPLE_BYTES and b"\n" not in sample:
                # One line longer than the sample (a big JSON record): read it whole, up to the
                # line cap, so detection sees a line it can parse rather than a cut one.
                sample += _rest_of_line(stream, MAX_LINE_BYTES)
            stream.seek(0) if stream.seekable() else None
            source_name = item.path
            mtime = datetime.fromtimestamp(st.st_mtime, UTC).replace(tzinfo=None)
            archive = archive_reason(sample[:HEAD_BYTES]) or package_list_reason(sample[:8192])
            if archive is not None or looks_binary(sample[:8192]):
                result.skipped = archive or "binary content, not a log"
                progress.warn(f"skipped {item.display}: {result.skipped}")
                return result
            state, note = _match_source(store, item.path, st, sample[:HEAD_BYTES], options, writer)
            if note:
                result.restarted = note
            if state.offset:
                had = skip_bytes(stream, state.offset)
                if had < state.offset:
                    result.restarted = "shorter than what was read before: truncated, reading anew"
                    progress.warn(f"{item.display}: {result.restarted}")
                    stream.close()
                    stream, _kind = open_stream(item.path, options.max_expansion)
                    raw_file = getattr(stream, "fileobj", stream)
                    state = store.reset_source(state, keep_events=True)
                result.resumed_from = state.offset
            # A last line with no newline in a file written a moment ago is most likely one
            # still being written (a cron run between two writes of a line): left for the next
            # ingest, which reads it whole, rather than stored as two halves.
            if _kind is None and time.time() - st.st_mtime < HOLD_UNFINISHED_SECONDS:
                held = []

        source_cfg = (
            options.settings.source_for(item.path)
            if options.settings is not None and not item.is_stdin
            else None
        )
        tz = options.tz
        if source_cfg is not None and source_cfg.tz:
            tz = resolve_tz(source_cfg.tz)
        if forced is None and source_cfg is not None and (source_cfg.pattern or source_cfg.format):
            forced = (get_format(source_cfg.format, pattern=source_cfg.pattern),)
            result.format_reason = f"set for {source_cfg.path} in the config"
        envelope = None
        lines = _sample_lines(sample)
        detected_from = state.detected_from if state is not None else 0
        # A log export that is one JSON document (an array of records, CloudTrail's
        # `{"Records": [...]}`, `jq .` output) is read a record at a time, by the json format
        # (ingest.json_documents); the file's start decides, on every read.
        document = _document(sample, forced, state)
        if document is not None:
            formats = (get_format("json"),)
            result.format = "json"
            if forced is not None or (state is not None and state.offset):
                how = "forced by --format" if forced else "as detected on the first read"
                result.format_reason = f"{result.format_reason or how}; {document.reason}"
            else:
                result.format_reason = document.reason
        elif forced is not None:
            formats = forced
            result.format = forced[0].name
            result.format_reason = result.format_reason or (
                "forced by --pattern" if options.pattern else "forced by --format"
            )
        else:
            # A container runtime's wrapper is taken off first, and the format detected on
            # what the application wrote (ingest.envelopes). A forced format reads the file as
            # it stands. The file's start decides, on every read, so a resumed read agrees.
            wrapped = detect_envelope(lines)
            resumed = state.format if state is not None and state.offset else None
            if wrapped is not None and (resumed is None or "/" in resumed):
                # Not when the first read stored a format without its envelope: it came from
                # an errctl that read such files as they stand, and the rest must read alike.
                envelope, lines = wrapped
            if resumed:
                name = resumed.split("/", 1)[-1]
                formats = _formats_for(name, lines)
                result.format, result.format_reason = name, "as detected on the first read"
                # (Each time the file's start seen has doubled, and once it is a whole sample: a
                # few times in a file's life, not at every cron run: detection costs a file a
                # millisecond.)
                seen, before = min(len(sample), SAMPLE_BYTES), state.detected_from or state.offset
                if seen >= 2 * before or before < seen == SAMPLE_BYTES:
                    formats = _detected_again(formats, lines, result, before)
                    detected_from = seen
            else:
                detected_from = min(len(sample), SAMPLE_BYTES)
                detection = detect(lines)
                formats = detection.formats
                result.format, result.format_reason = detection.name, detection.reason
            if envelope is not None:
                result.format_reason = f"{envelope.label}; {result.format_reason}"
        # A format whose file declares its layout at its start (W3C's `#Fields:`) takes it
        # from there, whether forced, detected or resumed past that start.
        formats = tuple(
            never_raising(f.specialise(lines)) if hasattr(f, "specialise") else f for f in formats
        )
        sampled = lines  # (`lines` is a block's below)
        if isinstance(stream, Transcoded):
            result.format_reason = f"{_ENCODING_LABELS[stream.kind]}; {result.format_reason}"
        elif isinstance(stream, CarriageReturnLines):
            result.format_reason = f"lines end in carriage returns; {result.format_reason}"
        # JSON lines alone reject what is not JSON; in a container's output the lines that are
        # not (a Go panic, an uncaught traceback on stderr) are the crash itself: events.
        multiline = envelope is not None or not (len(formats) == 1 and not formats[0].multiline)
        unmatched_is_event = formats[0].name != "pattern" if formats else True
        # A container log's streams interleave: each is framed on its own.
        framing = StreamFramer if envelope is not None else Framer
        framer = framing(
            formats,
            multiline=multiline,
            unmatched_is_event=unmatched_is_event,
            # From the file's start, on every read: a resumed read frames alike.
            undated_writer=multiline and undated_writer(lines, formats),
        )
        # When the file's last line was written: its mtime, but a copied file's mtime is the
        # copy's, and a day its name gives stands for it then (`name_dates`).
        last_written = mtime if item.is_stdin else stamp_reference(source_name, mtime, tz)
        normalizer = Normalizer(
            source_name,
            tz=tz,
            # The year of year-less stamps (RFC 3164 syslog, klog): a file's last line was
            # written then, so a December `syslog.3.gz` read in November is last year's, and
            # a file running Nov -> Jan keeps its order when its mtime is in January. Never
            # later than now: a future mtime (clock skew, `touch -d`) would put last month's
            # lines in the future's year. (`timestamps._no_year` allows a day's slack past it.)
            reference=min(last_written, datetime.now(UTC).replace(tzinfo=None)),
            # The time of an event no time was read for (a file of untimed lines).
            fallback_time=last_written,
            default_service=service_for(
                options.service or (source_cfg.service if source_cfg is not None else None),
                # (stdin lies in no folder; its name is the one it was given, if any)
                None if item.is_stdin and source_name == STDIN_NAME else source_name,
            )
            or (kubernetes_container(item.path) if envelope is not None else None),
            in_app_rules=writer.stages.in_app_rules,
            stream_key=envelope.stream_key if envelope is not None else "stream",
            service_of_stream=envelope.service_of_stream if envelope is not None else None,
            payload_time_first=envelope is not None and envelope.payload_time_first,
        )
        rejected: list[Rejected] = []
        held_bytes = 0  # what is left for the next ingest: see `held` and `keep_open`
        start_offset = state.offset if state else 0
        start_line = (state.lines if state else 0) + 1
        last_line = None
        open_at: tuple[int, int] | None = None  # where a record left for the next ingest begins
        # The events the read leaves open at its end, (offset, line, id if stored before): the
        # registry keeps them, for the next read to go on with them (ingest.stored_tail).
        left_open: list[tuple[int, int, int | None]] = []
        tail: StoredTail | None = None  # the read went back to the stored open events
        position = _position(raw_file)
        batch_events = options.batch_events

        batch_from = start_offset  # stream offset where the open batch began

        def commit(
            final: bool, keep_open: bool = False, open_at: tuple[int, int] | None = None
        ) -> None:
            """Store what is read; `keep_open`: the source's last batch, but its open record
            is left for the next ingest (resumed at its start). `open_at`: (offset, line)
            where a record still open begins, when the framer does not hold it."""
            nonlocal position, batch_from
            if not final:
                for record in framer.settle():
                    normalizer.add(record)
            if last_line is not None:
                batch_from = last_line.end
            resume = (
                (last_line.end, last_line.number + last_line.physical)
                if final and last_line and not keep_open
                else open_at or framer.resume_point(last_line)
            )
            new_state = None
            if state is not None and resume is not None:
                new_state = SourceState(
                    state.id,
                    item.path,
                    state.dev,
                    state.inode,
                    len(sample[:HEAD_BYTES]),
                    head_hash(sample[:HEAD_BYTES]),
                    resume[0],
                    resume[1] - 1,
                    # `cri/python`: the envelope too, so a resumed read unwraps as this one did.
                    f"{envelope.name}/{result.format}" if envelope is not None else result.format,
                    # (Only a read's end leaves events open: before it, a resumed read starts
                    # at the record still open, and what was emitted is closed.)
                    min((start for start, _, _ in left_open), default=None) if final else None,
                    tuple(line for _, line, _ in left_open) if final else (),
                    tuple(event for _, _, event in left_open) if final else (),
                    detected_from,
                )
            events = normalizer.take() if normalizer.count else None
            quarantine = (
                _quarantine_table(source_name, rejected, writer.stages.scrub_text)
                if rejected
                else None
            )
            result.events += events.num_rows if events is not None else 0
            result.rejected += len(rejected)
            rejected.clear()
            replaced = tail.take_replaced() if tail is not None else []
            writer.submit(events, quarantine, new_state, last=final, replaced=replaced)
            now = _position(raw_file)
            progress.advance(max(0, now - position), events.num_rows if events else 0)
            position = now

        def add(record: Record) -> None:
            """Normalise a record the framer completed (but one stored already)."""
            if tail is not None:
                if not tail.keeps(record):
                    normalizer.carry_time(record)  # (stored: its time goes on)
                    return
                if record.start < tail.offset:  # a stored event, gone on
                    result.completed_event = record.number
                elif tail.first_new():
                    # Past the stored events: new lines. After an event whose time was not
                    # its own (a log whose lines carry none), they were written since the
                    # last read, not at its time: they await a time of their own, else take
                    # the file's modification time, as a first read's lines do.
                    normalizer.await_time_again()
            normalizer.add(record)

        def add_left_open(record: Record) -> None:
            """`add` a record the input's end closed: a later read may go on with it."""
            stored = tail.stored_id(record) if tail is not None else None
            left_open.append((record.start, record.number, stored))  # (the store gives ids)
            add(record)

        if document is not None:
            reader = DocumentReader(stream, document, start_offset, start_line)
            for numbers, rows, refused, resume in reader.blocks(formats[0]):
                normalizer.add_rows(numbers, rows, "json")
                rejected.extend(refused)
                if resume is not None:  # (a batch commits only where a read can resume)
                    last_line = resume
                    if (
                        normalizer.count >= batch_events
                        or len(rejected) >= batch_events
                        or resume.end - batch_from >= BATCH_BYTES
                    ):
                        commit(final=False)
            last_line = reader.position()
            document_lines = reader.lines_read()
        elif envelope is None and len(formats) == 1 and hasattr(formats[0], "parse_block"):
            # One record per line (JSON lines): no framing state, so whole blocks of lines are
            # parsed and normalised column by column; rejections are the framer's own rules.
            # The rare record printed over several lines is joined (`SpanningRecords`) from
            # the lines that are not records alone, so the common blocks pay nothing for it.
            # What is open at a block's end (a record printed over lines, a crash report, a
            # trace one record a line) goes on in the next block, and a batch commits only
            # where a resumed read starts a record: never inside one.
            fmt = formats[0]
            explain = getattr(fmt, "reject_reason", None)
            spanning = SpanningRecords(getattr(fmt, "incomplete", _never), MAX_LINE_BYTES)
            traces = TraceEntries()  # a trace one record a line (`journalctl -o json`)
            trace_at = (0, 0)  # (offset, line) where the record `traces` holds begins

            crashes = CrashReports()  # a crash on stderr among the records: an event
            reports: list[Record] = []  # the crashes read, not yet added

            def reject(lines: list[Line]) -> None:
                for line in lines:
                    report, taken = crashes.feed(line)
                    if report is not None:
                        reports.append(report)
                    if not taken:
                        _reject(framer.feed(line), explain, rejected)

            def add_rows(numbers: Sequence[int], rows: list[Any], end: int = 0) -> None:
                """Rows, with the crash reports read among them in their place, in line order
                (a raw event takes the time of the record before it). A report whose last
                line is line `end - 1` (a block's last) stays open: the next block may go on
                it."""
                if not crashes.reaches(end):
                    report = crashes.close()
                    if report is not None:
                        reports.append(report)
                start = 0
                for report in reports:
                    end = bisect_left(numbers, report.number, start)
                    if end > start:
                        normalizer.add_rows(numbers[start:end], rows[start:end], fmt.name)
                    normalizer.add(report)
                    start = end
                reports.clear()
                if start < len(numbers):
                    normalizer.add_rows(numbers[start:], rows[start:], fmt.name)

            utf8 = getattr(fmt, "parse_utf8_block", None)
            if isinstance(stream, LiveInput):
                _wait_for_the_store_however_long(store)

                def store_while_quiet() -> None:
                    # The record held in case the next block went on it (a trace one record
                    # a line) is complete, as the plain path's open one is, and so is a crash
                    # report: a runtime writes one at once (`add_rows` closes it). A record
                    # printed over lines and still open is not: it waits in `spanning` for
                    # its end, and what came before it is stored (stdin has no offset to
                    # resume at, so a batch may end before an open record).
                    add_rows(*traces.finish())
                    if normalizer.count or rejected:
                        commit(final=False)
                    _let_others_in(store, writer)

                stream.on_idle = store_while_quiet
            for block in iter_line_blocks(stream, start_offset, start_line, held):
                end = block.number + len(block)
                raws = block.utf8_lines() if utf8 is not None else None
                lines: list[Line] | None = None
                if raws is not None:
                    # Parsed from the lines' bytes where the format can: decoding a block's
                    # text was a tenth of the parsing thread's time on JSON lines.
                    rows = utf8(raws, block.decoded)
                elif block.texts is not None:
                    rows = fmt.parse_block(block.texts)
                else:  # lines with NUL bytes, or the one line a read's chunk cut
                    lines = block.lines()
                    rows = (
                        None
                        if any(line.truncated for line in lines)
                        else fmt.parse_block([line.text for line in lines])
                    )
                if rows is not None:
                    if None in rows:
                        numbers, rows = _odd_block(block, rows, fmt, spanning, reject, lines)
                    else:
                        numbers = range(block.number, end)
                    numbers, rows = traces.join(numbers, rows, end)  # type: ignore[arg-type]
                    add_rows(numbers, rows, end)
                else:
                    add_rows(*traces.finish(), block.number)  # a line over the cap between
                    lines = block.lines()
                    for line in lines:
                        fields = fmt.parse(line.text) if line.text else None
                        if fields is None and line.truncated and hasattr(fmt, "parse_cut"):
                            fields = fmt.parse_cut(line.text)  # JSON the cap cut, closed
                        if fields is not None:
                            reject(spanning.until(line.number))
                            add_rows((), [])  # the crash before it, if any
                            normalizer.add_fields(fields, fmt.name, line.number, line.truncated)
                        else:
                            numbers, rows = _odd_block(block, [None], fmt, spanning, reject, [line])
                            if rows:  # the line completed a record
                                add_rows(numbers, rows)
                if spanning.lines:  # given up unless it reaches the block's last line
                    reject(spanning.until(end))
                add_rows((), [], end)  # a crash that ended in the block
                last_line = block.last_line()
                if traces.number == last_line.number:  # (most often: a block's last record)
                    trace_at = (last_line.start, last_line.number)
                elif traces.number is not None and traces.number >= block.number:
                    trace_at = (block.starts()[traces.number - block.number], traces.number)
                if (
                    not spanning.lines
                    and not crashes.lines
                    and (
                        normalizer.count >= batch_events
                        or len(rejected) >= batch_events
                        or block.end - batch_from >= BATCH_BYTES
                    )
                ):
                    # (Not while a record or a crash report is open: a resumed read starts
                    # after the block. A trace held is read again from its start.)
                    commit(final=False, open_at=trace_at if traces.number is not None else None)
            # The input ended inside a record: in a file written a moment ago, one still being
            # written (a record printed over lines, a traceback), left for the next ingest
            # (resumed at its start), which reads it whole. Otherwise what was read of it is
            # kept: its lines rejected, or the crash or the trace as far as it goes.
            if held is not None and last_line is not None:
                open_at = _open_json_record(spanning, crashes, traces, trace_at)
            if open_at is None:
                reject(spanning.close())
                add_rows(*traces.finish())
        else:
            push = framer.push
            quoted = quoted_format(formats)
            read_from = (start_offset, start_line)
            if not item.is_stdin and framer.multiline and quoted is None and _kind is None:
                reread = reread_from(state, stream, st.st_size)
                if reread is not None:
                    tail, read_from = reread[0], reread[1:]
                    # The time the read goes on from: what the first event read again had
                    # (its own, or the one before it when it had none).
                    went_before = store.event_time(tail.events[read_from[1]])
                    if went_before is not None:
                        when, the_files_time = went_before
                        normalizer.follow_time(when)
                        tail.timed = not the_files_time
            if isinstance(stream, LiveInput):
                _wait_for_the_store_however_long(store)

                def store_while_quiet() -> None:
                    # The record open when the writer went quiet is complete: a program
                    # writes a traceback or a stack at once, not over seconds.
                    for record in framer.finish():
                        add(record)
                    if normalizer.count or rejected:
                        commit(final=False)
                    _let_others_in(store, writer)

                stream.on_idle = store_while_quiet
            lines_read = iter_lines(stream, *read_from, held)
            if envelope is not None:
                lines_read = unwrap_lines(lines_read, envelope)
            if quoted is not None:  # CSV: a quoted field's newlines are the record's own
                lines_read = join_quoted(lines_read, quoted, MAX_LINE_BYTES)
            for line in lines_read:
                last_line = line
                item_out = push(line)
                if item_out is not None:
                    if type(item_out) is not Rejected:
                        add(item_out)
                    elif tail is None or tail.is_new(item_out.number):
                        rejected.append(item_out)
                if (
                    normalizer.count >= batch_events
                    or len(rejected) >= batch_events
                    or line.end - batch_from >= BATCH_BYTES
                ) and not (tail is not None and tail.still_open(framer.open_records())):
                    commit(final=False)
        # A traceback cut by the end of a file written moments ago is one still being written
        # (Python writes an uncaught exception's a line at a time), as is a header whose
        # message is still to come on the lines below (`unfinished_record`): left for the next
        # ingest,
        # which reads it whole, rather than stored as an event without its exception and the
        # rest as an event of its own.
        # (Not the stored event going on: it is stored, and is replaced as far as it goes; a
        # later read goes on with it again.)
        open_record = framer.open if held is not None and type(framer) is Framer else None
        if (
            open_record is not None
            and unfinished_record(open_record)
            and not (tail is not None and tail.still_open([open_record]))
        ):
            open_at = (open_record.start, open_record.number)
        if open_at is not None:
            held_bytes += last_line.end - open_at[0]  # type: ignore[union-attr]
        else:
            for record in framer.finish():
                add_left_open(record)
        commit(final=True, keep_open=open_at is not None, open_at=open_at)
        if result.events and not normalizer.read_a_time:
            # Said once, in the summary: a file whose lines carry no time (pip's install
            # output) is told apart from one whose times no format reads.
            result.untimed_at = mtime
            if item.is_stdin:
                result.untimed_of = "the time it was read"
            result.unread_dates = unread_dates(sampled)
        result.unread_times, result.unread_time = normalizer.unread_times, normalizer.unread_time
        damage = getattr(stream, "error", None)
        if damage:
            result.error = damage
            progress.warn(f"{item.display}: {damage}")
        if last_line is not None:
            result.lines = last_line.number + last_line.physical - start_line
            if document is not None:
                result.lines = document_lines
            result.bytes = last_line.end - start_offset
        if held:
            held_bytes += held[0].end - held[0].start
        result.held_back = held_bytes
        return result
    finally:
        stream.close()


def _odd_block(
    block: LineBlock,
    rows: list[Any],
    fmt: LogFormat,
    spanning: SpanningRecords,
    reject: Callable[[list[Line]], None],
    lines: list[Line] | None = None,
) -> tuple[list[int], list[Any]]:
    """The records of a block's `rows` (of its `lines`, when given: else of its text) some
    of which are not one alone, with their line numbers: those lines joined where they are
    one record together, the others rejected."""
    numbers, records = [], []
    starts = block.starts() if lines is None else []
    for i, row in enumerate(rows):
        if row is not None:
            numbers.append(lines[i].number if lines is not None else block.number + i)
            records.append(row)
            continue
        # With its offsets: a record open at the input's end is resumed at its start.
        current = (
            lines[i]
            if lines is not None
            else Line(block.texts[i], block.number + i, starts[i], starts[i + 1])  # type: ignore[index]
        )
        done, given_up = spanning.feed(current)
        reject(given_up)
        if done:
            joined = spanning_text(done)
            row = fmt.parse_block([joined])[0]  # type: ignore[attr-defined]
            if row is None:
                reject(done)
            else:
                numbers.append(done[0].number)
                records.append(row)
    return numbers, records


def _open_json_record(
    spanning: SpanningRecords,
    crashes: CrashReports,
    traces: TraceEntries,
    trace_at: tuple[int, int],
) -> tuple[int, int] | None:
    """(offset, line) where a JSON-lines input's last record begins when it is most likely
    still being written: a record printed over lines not yet closed, or a crash report or a
    trace one record a line that ends inside a Python traceback (`unfinished_traceback`).
    None when the input ends with nothing open, or with one that may well be whole."""
    if spanning.lines:
        first = spanning.lines[0]
        return first.start, first.number
    report = crashes.peek()
    if report is not None and unfinished_traceback(report):
        return report.start, report.number
    trace = traces.held()
    if trace is not None and unfinished_traceback(trace):
        return trace_at
    return None


def _never(text: str) -> bool:
    return False


def _reject(
    out: Iterator[Any], explain: Callable[[str], str | None] | None, rejected: list[Rejected]
) -> None:
    """Keep what the framer rejected, with the format's own reason when it has one."""
    for r in out:
        why = explain(r.raw) if explain is not None and r.raw else None
        rejected.append(Rejected(r.number, why, r.raw) if why else r)


def _position(raw_file: object) -> int:
    try:
        return raw_file.tell()  # type: ignore[attr-defined]
    except (OSError, ValueError, AttributeError):
        return 0


def _document(
    sample: bytes, forced: tuple[LogFormat, ...] | None, state: SourceState | None
) -> Document | None:
    """The JSON document shape of a file read as json (detected, or forced), or None. Not for a
    file a first read stored as another format: the rest of it reads alike."""
    if forced is not None and forced[0].name != "json":
        return None
    if state is not None and state.offset and state.format not in (None, "json"):
        return None
    return detect_document(sample)


def _formats_for(name: str, sample_lines: list[str]) -> tuple[LogFormat, ...]:
    try:
        return (get_format(name),)
    except ErrctlError:  # "mixed" or "raw": detect again from the file's start
        return detect(sample_lines).formats


def _detected_again(
    formats: tuple[LogFormat, ...], lines: list[str], result: SourceResult, seen: int
) -> tuple[LogFormat, ...]:
    """The formats of a file whose earlier reads saw only its first `seen` bytes (less than a
    sample): detected again from its start, which this read sees more of, when that finds the
    formats they read with and more (a container's first lines, all the application's, then
    its runtime's traceback on stderr; a file rotated a minute before a cron run, its first
    read a few lines of one layout). Otherwise as they were: lines of one layout read two ways
    in one file would be two groups of one statement."""
    detection = detect(lines)
    had = {f.name for f in formats}
    if had < {f.name for f in detection.formats}:
        result.format = detection.name
        result.format_reason = (
            f"{detection.reason} (detected again: the reads before saw {seen:,} bytes)"
        )
        return detection.formats
    return formats


def _rest_of_line(stream: Any, limit: int) -> bytes:
    """Bytes up to and including the next newline, at most `limit` (readers of compressed
    input have read() only)."""
    out = bytearray()
    while len(out) < limit:
        chunk = stream.read(min(SAMPLE_BYTES, limit - len(out)))
        if not chunk:
            break
        end = chunk.find(b"\n")
        if end >= 0:
            out += chunk[: end + 1]
            break
        out += chunk
    return bytes(out)


_ENCODING_LABELS = {"utf-16-le": "UTF-16LE text", "utf-16-be": "UTF-16BE text"}


def _sample_lines(sample: bytes) -> list[str]:
    lines = decode(sample).split("\n")
    if len(sample) >= SAMPLE_BYTES and not sample.endswith(b"\n") and len(lines) > 1:
        lines.pop()  # probably cut in the middle
    lines[0] = lines[0].removeprefix(BOM)
    return [as_shown(line.rstrip("\r").lstrip("\x00")) for line in lines[:500]]


def _match_source(
    store: DuckDBStore,
    path: str,
    st: os.stat_result,
    head: bytes,
    options: IngestOptions,
    writer: _BatchWriter,
) -> tuple[SourceState, str | None]:
    """The registry row for this file's content stream, registering it if new."""
    note = None
    candidates = store.source_candidates(path, st.st_dev, st.st_ino, head_hash(head))
    if any(
        cand.id in writer.sources and _same_stream(writer.latest[cand.id], path, st, head)
        for cand in candidates
    ):
        # A stream this run has read already (a copy of a file read before it, a path given
        # twice): its offset must be the stored one, not one a batch in flight will move.
        # Not for a file that only starts alike (told by the offset its batches leave, stored
        # or not): a folder of those waited for a commit each, 400 files 25 s instead of 2.
        writer.drain()
        candidates = store.source_candidates(path, st.st_dev, st.st_ino, head_hash(head))
    for cand in candidates:
        if _same_stream(writer.latest.get(cand.id, cand), path, st, head):
            if options.reingest:
                return store.reset_source(cand, keep_events=False), "--reingest: read anew"
            return cand, None
        if cand.path == path:
            note = "new content at this path (rotated or rewritten): reading it as a new source"
    state = store.register_source(path, st.st_dev, st.st_ino, len(head), head_hash(head), None)
    return state, note


def _same_stream(cand: SourceState, path: str, st: os.stat_result, head: bytes) -> bool:
    """Whether the file at `path` (`st`, its first bytes `head`) holds the content stream of the
    registry row `cand`: the same file (its path, or its device and inode: renamed), or another
    file that starts with the row's first bytes and holds what was read from it (a rotated,
    compressed or copied file, `stream_identity`)."""
    same_file = cand.path == path or (cand.dev == st.st_dev and cand.inode == st.st_ino)
    if not same_file and cand.head_len < 64:
        return False  # too little content to tell two files apart by it
    if len(head) < cand.head_len or head_hash(head[: cand.head_len]) != cand.head_hash:
        return False
    return same_file or continues_stream(cand, path)


def _quarantine_table(
    source: str, rejected: list[Rejected], scrub: Callable[[str], str]
) -> pa.Table:
    """Rejected lines as stored: scrubbed too, since a secret on a bad line is still a secret."""
    return pa.table(
        {
            "source": [source] * len(rejected),
            "line": [r.number for r in rejected],
            "reason": [r.reason for r in rejected],
            "raw": [
                scrub(r.raw).encode("utf-8", "replace")[:QUARANTINE_RAW_BYTES] for r in rejected
            ],
        },
        schema=QUARANTINE_SCHEMA,
    )


COMMIT_ROWS = 122_880
"""Batches are stored together, in one transaction, until they hold this many events: DuckDB's
row group. A transaction that inserts whole row groups has DuckDB write them to the store file
directly, instead of to its log and then again at the checkpoint, and a dozen statements run
per transaction instead of per 20,000 events: replaying the batches of 200,000 JSON events
through the writer alone took 2.7 s instead of 5.0 s (`bench/ingest_breakdown.py` times the
writer's statements in a whole ingest). Crash safety is unchanged: the batches' events and
their source's offset still commit together."""

COMMIT_BYTES = 32 * 1024 * 1024
"""... or once their Arrow columns take this much memory (long messages, big stack traces).
With the repetitive columns dictionary-encoded (REPETITIVE_COLUMNS), genlogs JSON events take
270 bytes each, so COMMIT_ROWS fit. Peak RSS of ingesting a 1.2 GB JSON file: 450 MB with one
batch per transaction; 465 MB at 24 MB undictionaried, 507 MB at 48 MB."""

REPETITIVE_COLUMNS = (
    "source",
    "level",
    "service",
    "host",
    "logger",
    "template",
    "fingerprint",
    "severity",
    "exception_type",
    "format",
    "category",
)
"""Columns with few distinct values per batch, kept dictionary-encoded while batches wait to
be stored (393 -> 270 bytes an event on genlogs JSON; DuckDB reads them as fast)."""

COMMIT_WAIT_SECONDS = 1.0
"""... or once no batch has come for this long (a slow pipe: stored events appear promptly)."""

SMALL_SOURCES_ROWS = 20_000
"""The last batches of sources wait for those of the next sources, before the stages, until
they hold this many events: the stages then run once for a folder of small files, not once a
file. A stage call costs about 20 ms however few its events (pyarrow compiles each masking,
scrubbing and severity regex per call): 300 files of 8 lines spent 6 s in them."""


class _BatchWriter:
    """Stores batches on a second thread, in order, several to a transaction (COMMIT_ROWS)."""

    def __init__(self, store: DuckDBStore, stages: BatchStages) -> None:
        self.store = store
        self.stages = stages
        self._queue: queue.Queue[tuple | threading.Event | None] = queue.Queue(maxsize=2)
        self._error: BaseException | None = None
        self.sources: set[int] = set()  # registry ids of the sources whose batches it took
        self.refusals: list[Refusal] = []  # events the store refused, quarantined instead
        # Each of those sources as its latest batch leaves it (its offset, stored or not yet).
        self.latest: dict[int, SourceState] = {}
        # Small sources' last batches, waiting for company before the stages (SMALL_SOURCES_ROWS).
        self._waiting: list[
            tuple[pa.Table | None, pa.Table | None, SourceState | None, Sequence[int]]
        ] = []
        self._waiting_rows = 0
        self._thread = threading.Thread(target=self._run, name="errctl-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        pending = _Pending()
        while True:
            try:
                item = self._queue.get(timeout=COMMIT_WAIT_SECONDS if pending.batches else None)
            except queue.Empty:
                self._store(pending)
                continue
            if item is None:
                self._store(pending)
                return
            if isinstance(item, threading.Event):  # drain(): store what is pending, then say so
                self._store(pending)
                item.set()
                continue
            if self._error is not None:
                continue  # after a failure, batches are dropped: none may commit out of order
            events, quarantine, states, learnt, replaced = item
            pending.add(events, quarantine, states, learnt, replaced)
            if pending.rows >= COMMIT_ROWS or pending.nbytes >= COMMIT_BYTES:
                self._store(pending)

    def _store(self, pending: _Pending) -> None:
        if not pending.batches or self._error is not None:
            pending.clear()
            return
        try:
            refusal = self.store.commit_batch(*pending.take())
            if refusal is not None:
                self.refusals.append(refusal)
        except BaseException as e:  # re-raised on the caller's thread
            self._error = e

    def submit(
        self,
        events: pa.Table | None,
        quarantine: pa.Table | None,
        state: SourceState | None,
        *,
        last: bool = False,
        replaced: Sequence[int] = (),
    ) -> None:
        """Queue a batch for storing. It may wait for the batches that follow, those of the
        next files too (COMMIT_ROWS): a folder of small logs is stored in a few transactions
        rather than one a file, each a dozen statements (42 small files took 17 s, most of it
        the parsing thread waiting for the store). A source read again in the same run waits
        for its stored offset (`drain`, in `_match_source`). `last`: the source's last batch,
        which may also wait before the stages (SMALL_SOURCES_ROWS). `replaced`: ids of stored
        events that `events` replace, removed in the same transaction."""
        self._raise_if_failed()
        if state is not None:
            self.sources.add(state.id)
            self.latest[state.id] = state
        self._waiting.append((events, quarantine, state, replaced))
        self._waiting_rows += events.num_rows if events is not None else 0
        if not last or self._waiting_rows >= SMALL_SOURCES_ROWS:
            self._stage_waiting()

    def _stage_waiting(self) -> None:
        """Run the stages on the waiting batches, as one, and queue them for storing."""
        if not self._waiting:
            return
        waiting, self._waiting, self._waiting_rows = self._waiting, [], 0
        tables = [events for events, _, _, _ in waiting if events is not None]
        quarantines = [quarantine for _, quarantine, _, _ in waiting if quarantine is not None]
        replaced = [event for _, _, _, ids in waiting for event in ids]
        events = _concat(tables)
        # The stages run here, on the parsing thread: they are largely Python, and two Python
        # threads only take turns on the GIL. The store's work (DuckDB, which releases the
        # GIL) is what overlaps with parsing the next batch.
        learnt = None
        if events is not None:
            events = self.stages(events).select(list(BATCH_COLUMNS))
            learnt = self.stages.learnt()  # stored with the events it came from
        states = [state for _, _, state, _ in waiting if state is not None]
        self._queue.put((events, _concat(quarantines), states, learnt, replaced))

    def drain(self) -> None:
        """Return once every batch submitted so far is stored (or failed: raises)."""
        self._stage_waiting()
        stored = threading.Event()
        self._queue.put(stored)
        while not stored.wait(0.1):
            if not self._thread.is_alive():
                break
        self._raise_if_failed()

    def close(self) -> None:
        try:
            if self._error is None:
                self._stage_waiting()
        finally:
            self._queue.put(None)
            self._thread.join()
        self._raise_if_failed()

    def _raise_if_failed(self) -> None:
        if self._error is not None:
            error, self._error = self._error, None
            raise error


class _Pending:
    """Batches waiting to be stored together: their events and rejected lines, and each
    source's registry row as it must read once they are stored (its latest)."""

    def __init__(self) -> None:
        self.clear()

    def clear(self) -> None:
        self.batches = 0
        self.rows = 0
        self.nbytes = 0
        self.events: list[pa.Table] = []
        self.quarantine: list[pa.Table] = []
        self.states: dict[int, SourceState] = {}
        self.learnt = MiningMemory()
        self.replaced: list[int] = []

    def add(
        self,
        events: pa.Table | None,
        quarantine: pa.Table | None,
        states: Sequence[SourceState],
        learnt: MiningMemory | None = None,
        replaced: Sequence[int] = (),
    ) -> None:
        self.batches += 1
        self.replaced.extend(replaced)
        if learnt:
            self.learnt.examples.extend(learnt.examples)
            self.learnt.takeovers.extend(learnt.takeovers)
            self.learnt.families.extend(learnt.families)
        if events is not None:
            events = _compact(events)
            self.events.append(events)
            self.rows += events.num_rows
            self.nbytes += events.nbytes
        if quarantine is not None:
            self.quarantine.append(quarantine)
            self.nbytes += quarantine.nbytes
        for state in states:
            self.states[state.id] = state

    def take(
        self,
    ) -> tuple[pa.Table | None, pa.Table | None, list[SourceState], MiningMemory, list[int]]:
        events = _concat(self.events)
        quarantine = _concat(self.quarantine)
        states, learnt, replaced = list(self.states.values()), self.learnt, self.replaced
        self.clear()
        return events, quarantine, states, learnt, replaced


def _concat(tables: list[pa.Table]) -> pa.Table | None:
    """The tables as one, for the stages and one write: in one chunk when they are many (a
    folder of small files), which Arrow's kernels and DuckDB's scan both go through faster
    (`in_few_chunks`)."""
    if not tables:
        return None
    return in_few_chunks(pa.concat_tables(tables) if len(tables) > 1 else tables[0])


def _compact(events: pa.Table) -> pa.Table:
    for name in REPETITIVE_COLUMNS:
        i = events.schema.get_field_index(name)
        events = events.set_column(i, name, pc.dictionary_encode(events.column(i)))
    return events
