"""A run that ends inside an event: the next run goes on with the stored event (a stack trace a
cron run cut joins its header), and the store ends as one read of the whole file leaves it."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore

JAVA = """\
2026-12-01 10:00:00,001 INFO  [main] com.acme.App - started
2026-12-01 10:00:01,002 ERROR [worker-1] com.acme.Job - job 42 failed
java.lang.IllegalStateException: boom
\tat com.acme.Job.run(Job.java:10)
\tat com.acme.Worker.loop(Worker.java:20)
\tat java.base/java.lang.Thread.run(Thread.java:833)
Caused by: java.io.IOException: disk full
\tat com.acme.Disk.write(Disk.java:5)
\t... 3 more
2026-12-01 10:00:02,003 INFO  [main] com.acme.App - tick
"""

PYTHON = """\
2026-12-01 10:00:00,001 INFO app: started
2026-12-01 10:00:01,002 ERROR app: request failed
Traceback (most recent call last):
  File "/srv/app/handlers.py", line 12, in handle
    return charge(order)
  File "/srv/app/billing.py", line 40, in charge
    raise PaymentError("declined")
billing.PaymentError: declined
2026-12-01 10:00:02,003 WARNING app: retrying order 7
    with a second line of message
2026-12-01 10:00:03,004 INFO app: done
"""

EVENTS = (
    "SELECT line, message, template, fingerprint, exception_type, exception_value, "
    "stack::VARCHAR FROM events ORDER BY line"
)
GROUPS = "SELECT fingerprint, count, first_seen, last_seen FROM groups ORDER BY fingerprint"
HOURLY = "SELECT fingerprint, hour, count FROM group_hourly ORDER BY ALL"


def _at_rest(path: Path) -> None:
    """Written a minute ago: no line or traceback of it is held as still being written."""
    then = time.time() - 60
    os.utime(path, (then, then))


def _ingest(db: Path, log: Path, **options) -> None:
    _at_rest(log)
    summary = ingest([str(log)], DuckDBStore(db), IngestOptions(**options))
    assert summary.rejected == 0


def _store(db: Path) -> tuple[list, list, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        return tuple(con.execute(sql).fetchall() for sql in (EVENTS, GROUPS, HOURLY))


def _in_runs(tmp_path: Path, text: str, cuts: list[int], **options) -> Path:
    """The store of `text` written and ingested in runs, each ending after line `cuts[i]`."""
    lines = text.splitlines(keepends=True)
    log, db = tmp_path / "app.log", tmp_path / f"runs-{'-'.join(map(str, cuts))}.duckdb"
    log.write_text("")
    written = 0
    for cut in [*cuts, len(lines)]:
        with log.open("a") as f:
            f.write("".join(lines[written:cut]))
        written = cut
        _ingest(db, log, **options)
    return db


def _at_once(tmp_path: Path, text: str, **options) -> Path:
    log, db = tmp_path / "whole.log", tmp_path / "whole.duckdb"
    log.write_text(text)
    _ingest(db, log, **options)
    return db


def _same_but_source(a: Path, b: Path) -> None:
    assert _store(a) == _store(b)


def test_a_java_stack_cut_by_a_run_joins_its_header(tmp_path: Path):
    db = _in_runs(tmp_path, JAVA, [5])  # the run ends after the stack's second frame
    events, groups, _ = _store(db)
    assert [(e[0], e[4]) for e in events] == [
        (1, None),
        (2, "java.lang.IllegalStateException"),
        (10, None),
    ]
    assert "java.io.IOException" in events[1][6]  # the cause, read in the second run
    assert len(groups) == 3 and all(count == 1 for _, count, _, _ in groups)
    _same_but_source(db, _at_once(tmp_path, JAVA))


@pytest.mark.parametrize("text", [JAVA, PYTHON], ids=["java", "python"])
def test_any_cut_stores_what_one_read_stores(tmp_path: Path, text: str):
    whole = _at_once(tmp_path, text)
    for cut in range(1, len(text.splitlines())):
        _same_but_source(_in_runs(tmp_path, text, [cut]), whole)


def _cri(lines: list[tuple[str, str]]) -> str:
    """A container's log as containerd writes it: each line a record, with its stream."""
    return "".join(
        f"2026-12-01T10:00:{i:02d}.000000000Z {stream} F {text}\n"
        for i, (stream, text) in enumerate(lines)
    )


# A Java stack on stdout and, among its lines, a Python traceback on stderr: each stream's
# event is framed on its own, and a run may end inside either or both.
CONTAINER = _cri(
    [("stdout", line) for line in JAVA.splitlines()[:4]]
    + [("stderr", line) for line in PYTHON.splitlines()[1:4]]
    + [("stdout", line) for line in JAVA.splitlines()[4:]]
    + [("stderr", line) for line in PYTHON.splitlines()[4:]]
)


def test_any_cut_of_a_container_log_stores_what_one_read_stores(tmp_path: Path):
    whole = _at_once(tmp_path, CONTAINER)
    events = _store(whole)[0]
    assert {e[4] for e in events} >= {"java.lang.IllegalStateException", "billing.PaymentError"}
    # Cuts before the first stderr line too: a first read of the Java lines alone detects the
    # Java layout alone, and the next, seeing more of the file's start, detects both.
    for cut in range(1, len(CONTAINER.splitlines())):
        _same_but_source(_in_runs(tmp_path, CONTAINER, [cut]), whole)


def test_a_stack_cut_twice_is_one_event(tmp_path: Path):
    db = _in_runs(tmp_path, JAVA, [3, 6, 8])
    _same_but_source(db, _at_once(tmp_path, JAVA))


def test_the_replaced_event_keeps_no_group_and_ids_are_not_given_again(tmp_path: Path):
    db = _in_runs(tmp_path, JAVA, [5])
    with duckdb.connect(str(db), read_only=True) as con:
        ids = con.execute("SELECT line, id FROM events ORDER BY line").fetchall()
        orphans = con.execute(
            "SELECT count(*) FROM groups WHERE fingerprint NOT IN (SELECT fingerprint FROM events)"
        ).fetchone()[0]
    # Run 1 stored lines 1 and 2 as events 1 and 2; run 2 replaced event 2 by event 3.
    assert ids == [(1, 1), (2, 3), (10, 4)]
    assert orphans == 0


def test_a_run_that_ends_between_events_reads_nothing_twice(tmp_path: Path):
    db = _in_runs(tmp_path, JAVA, [9])
    with duckdb.connect(str(db), read_only=True) as con:
        ids = con.execute("SELECT line, id FROM events ORDER BY line").fetchall()
    assert ids == [(1, 1), (2, 2), (10, 3)]
    _same_but_source(db, _at_once(tmp_path, JAVA))


def test_with_a_pattern_the_lines_after_a_cut_are_continuation_not_rejected(tmp_path: Path):
    pattern = r"(?P<timestamp>\S+ \S+) (?P<level>[A-Z]+) +\[(?P<thread>[^\]]+)\] (?P<message>.*)"
    db = _in_runs(tmp_path, JAVA, [4], pattern=pattern)
    _same_but_source(db, _at_once(tmp_path, JAVA, pattern=pattern))
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM quarantine").fetchone()[0] == 0


def test_a_file_read_to_its_end_again_is_not_read_twice(tmp_path: Path):
    log, db = tmp_path / "app.log", tmp_path / "s.duckdb"
    log.write_text(JAVA)
    _ingest(db, log)
    before = _store(db)
    _ingest(db, log)
    assert _store(db) == before


def test_one_store_object_goes_on_too(tmp_path: Path):
    """The registry copy a store keeps between ingests (as `--follow`'s rounds use it) has the
    stored event's id, not only the table."""
    lines = JAVA.splitlines(keepends=True)
    log, db = tmp_path / "app.log", tmp_path / "s.duckdb"
    store = DuckDBStore(db)
    log.write_text("".join(lines[:5]))
    _at_rest(log)
    ingest([str(log)], store, IngestOptions())
    with log.open("a") as f:
        f.write("".join(lines[5:]))
    _at_rest(log)
    summary = ingest([str(log)], store, IngestOptions())
    assert summary.sources[0].completed_event == 2
    _same_but_source(db, _at_once(tmp_path, JAVA))


def test_a_rotated_file_goes_on_and_its_successor_keeps_its_events(tmp_path: Path):
    """`app.log` cut inside a stack, then renamed `app.log.1` with the stack's rest, and a new
    `app.log` whose events stand at the same line numbers: the new file's events are not the
    stored event, whatever their path and lines."""
    lines = JAVA.splitlines(keepends=True)
    log, db = tmp_path / "app.log", tmp_path / "s.duckdb"
    log.write_text("".join(lines[:5]))
    _ingest(db, log)
    with log.open("a") as f:
        f.write("".join(lines[5:]))
    rotated = tmp_path / "app.log.1"
    log.rename(rotated)
    log.write_text(
        "2026-12-01 11:00:00,001 INFO  [main] com.acme.App - restarted\n"
        "2026-12-01 11:00:01,002 WARN  [main] com.acme.App - cache cold\n"
    )
    _at_rest(log)
    _at_rest(rotated)
    ingest([str(log), str(rotated)], DuckDBStore(db), IngestOptions())
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT source, line, message FROM events ORDER BY id").fetchall()
    new, old = str(log), str(rotated)
    assert rows == [
        (new, 1, "started"),  # run 1, when app.log was the rotated file
        (new, 1, "restarted"),
        (new, 2, "cache cold"),
        (old, 2, "job 42 failed"),  # gone on, stored under the path it is read at now
        (old, 10, "tick"),
    ]


def test_a_source_registered_before_the_store_kept_its_last_event_reads_on(tmp_path: Path):
    """A registry row from before m016 (no last event known) resumes where it ended, as it
    always did: nothing read twice, nothing removed."""
    lines = JAVA.splitlines(keepends=True)
    log, db = tmp_path / "app.log", tmp_path / "s.duckdb"
    log.write_text("".join(lines[:5]))
    _ingest(db, log)
    with duckdb.connect(str(db)) as con:
        con.execute(
            "UPDATE sources SET record_offset = NULL, record_lines = NULL, record_events = NULL"
        )
    with log.open("a") as f:
        f.write("".join(lines[5:]))
    _ingest(db, log)
    with duckdb.connect(str(db), read_only=True) as con:
        lines_stored = con.execute("SELECT line FROM events ORDER BY line").fetchall()
    assert lines_stored == [(1,), (2,), (6,), (10,)]  # the cut's two halves, as before


def test_a_first_read_of_a_few_lines_of_one_layout_is_detected_again_when_others_follow(
    tmp_path: Path,
):
    """A file's first read saw three Java lines (a file rotated just before a cron run); the
    next sees Python's layout below them: both are read, as one read of the whole file does,
    and the summary says why."""
    text = JAVA.splitlines(keepends=True)[:3] + PYTHON.splitlines(keepends=True)[1:]
    log, db = tmp_path / "app.log", tmp_path / "s.duckdb"
    log.write_text("".join(text[:3]))
    _ingest(db, log)
    with log.open("a") as f:
        f.write("".join(text[3:]))
    _at_rest(log)
    summary = ingest([str(log)], DuckDBStore(db), IngestOptions())
    assert "detected again" in (summary.sources[0].format_reason or "")
    _same_but_source(db, _at_once(tmp_path, "".join(text)))


def test_a_file_whose_first_read_saw_a_whole_sample_is_not_detected_again(tmp_path: Path):
    """Past a sample's worth of the file's start, every read saw the same start: the format
    its first read found stays, whatever later lines look like."""
    log, db = tmp_path / "app.log", tmp_path / "s.duckdb"
    header = "2026-12-01 10:00:00,001 INFO  [main] com.acme.App - request {} served\n"
    log.write_text("".join(header.format(i) for i in range(2000)))  # > 64 KB
    _ingest(db, log)
    with log.open("a") as f:
        f.write("".join(PYTHON.splitlines(keepends=True)[1:]))
    _at_rest(log)
    summary = ingest([str(log)], DuckDBStore(db), IngestOptions())
    assert summary.sources[0].format_reason == "as detected on the first read"


# Events of a Python service's log, as their lines: plain records, a record whose message goes
# on below it, records with a traceback (chained or not), a blank line, an unread line.
_PIECES = (
    ["{t} INFO app: request {i} served"],
    ["{t} WARNING app: retrying order {i}", "    with a second line of message"],
    [
        "{t} ERROR app: request {i} failed",
        "Traceback (most recent call last):",
        '  File "/srv/app/handlers.py", line 12, in handle',
        "    return charge(order)",
        "billing.PaymentError: declined {i}",
    ],
    [
        "{t} ERROR app: sync {i} failed",
        "Traceback (most recent call last):",
        '  File "/srv/app/sync.py", line 3, in run',
        "KeyError: 'id'",
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        "Traceback (most recent call last):",
        '  File "/srv/app/sync.py", line 5, in run',
        "RuntimeError: sync {i}",
    ],
    [""],
    ["*** an unread line {i} ***"],
)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.integers(0, len(_PIECES) - 1), min_size=2, max_size=12),
    st.lists(st.floats(0, 1), min_size=1, max_size=3),
)
def test_any_log_cut_anywhere_stores_what_one_read_stores(pieces: list[int], cuts: list[float]):
    """(The log opens with a record with a time: a line without one that a run ends with,
    before any, takes the file's time then; read at once, it takes the next event's.)"""
    pieces = [0, *pieces]
    lines = [
        line.format(t=f"2026-12-01 10:{i // 60:02d}:{i % 60:02d},000", i=i)
        for i, piece in enumerate(pieces)
        for line in _PIECES[piece]
    ]
    text = "\n".join(lines) + "\n"
    at = sorted({max(1, min(len(lines) - 1, round(c * len(lines)))) for c in cuts})
    with tempfile.TemporaryDirectory() as folder:
        tmp_path = Path(folder)
        _same_but_source(_in_runs(tmp_path, text, at), _at_once(tmp_path, text))


def test_blank_lines_after_a_stored_event_are_not_more_of_it(tmp_path: Path):
    log, db = tmp_path / "app.log", tmp_path / "s.duckdb"
    log.write_text(PYTHON.splitlines(keepends=True)[0])
    _ingest(db, log)
    with log.open("a") as f:
        f.write("\n\n")
    _at_rest(log)
    summary = ingest([str(log)], DuckDBStore(db), IngestOptions())
    assert summary.sources[0].completed_event is None and summary.sources[0].events == 0
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT id, line FROM events").fetchall() == [(1, 1)]


def test_an_event_without_a_time_that_goes_on_keeps_the_time_it_took(tmp_path: Path):
    """An unread line after a timed record took that record's time; stored again whole in the
    next run (which does not read the timed record again), it still has it."""
    text = PYTHON.splitlines(keepends=True)[0] + "*** starting worker\n    pid 12\n"
    db = _in_runs(tmp_path, text, [2])
    _same_but_source(db, _at_once(tmp_path, text))
    with duckdb.connect(str(db), read_only=True) as con:
        times = con.execute("SELECT DISTINCT timestamp FROM events").fetchall()
    assert len(times) == 1


def test_lines_appended_to_a_log_without_times_take_the_files_new_time(tmp_path: Path):
    """A log whose lines carry no time: its lines take the file's modification time. Lines
    appended a day later, read by the next run, were written then: they take the new time, and
    the stored events keep theirs (a cron run must not date today's lines yesterday)."""
    log, db = tmp_path / "plain.log", tmp_path / "s.duckdb"
    log.write_text("worker started\nERROR cannot open queue 4\n")
    first = time.time() - 2 * 86400
    os.utime(log, (first, first))
    ingest([str(log)], DuckDBStore(db), IngestOptions())
    with log.open("a") as f:
        f.write("ERROR cannot open queue 9\nworker stopped\n")
    second = first + 86400
    os.utime(log, (second, second))
    ingest([str(log)], DuckDBStore(db), IngestOptions())
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT line, epoch(timestamp), timestamp_inferred FROM events ORDER BY line"
        ).fetchall()
    assert [line for line, _, _ in rows] == [1, 2, 3, 4]
    assert all(inferred for _, _, inferred in rows)
    assert [round(when) for _, when, _ in rows] == [round(first)] * 2 + [round(second)] * 2


def test_lines_without_times_after_a_timed_record_go_on_with_its_time(tmp_path: Path):
    """Not the file's new time: a time was read in the file, and lines without one take the
    last read (hypothesis found this: a run ending between two such lines)."""
    text = PYTHON.splitlines(keepends=True)[0] + "*** an unread line 1 ***\n*** line 2 ***\n"
    db = _in_runs(tmp_path, text, [2])
    _same_but_source(db, _at_once(tmp_path, text))
