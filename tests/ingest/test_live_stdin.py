"""`some-program | errctl ingest -` as it runs: a real writer process that logs, goes quiet and
logs again, read by a real `errctl ingest -` while another errctl process searches the store.

A buffered read of a pipe waited for 4 MiB or the pipe's end: a service logging a few lines a
second was stored an hour later, and its ingest held the store all along."""

from __future__ import annotations

import contextlib
import gzip
import os
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from subprocess import PIPE, Popen

import orjson
import pytest

from errctl.ingest.readers import LiveInput
from tests.conftest import errctl_cmd, subprocess_env

pytestmark = pytest.mark.slow

DEADLINE = 60.0  # seconds a change may take to show: a bound for a stuck test, not a timing

# Logs three lines and a traceback at once, then waits for `go` to exist, then logs one more.
WRITER = textwrap.dedent(
    """
    import os, sys, time
    go = sys.argv[1]
    out = sys.stdout
    for n in (1, 2, 3):
        out.write(f"2026-12-01 07:00:0{n},000 ERROR app.db: query {n} failed\\n")
    out.write("2026-12-01 07:00:04,000 ERROR app.jobs: job 7 crashed\\n"
              "Traceback (most recent call last):\\n"
              '  File "/srv/app/jobs.py", line 10, in run\\n'
              "    total = compute(rows)\\n"
              "KeyError: 'amount'\\n")
    out.flush()
    while not os.path.exists(go):
        time.sleep(0.05)
    out.write("2026-12-01 07:00:05,000 ERROR app.db: query 5 failed\\n")
    out.flush()
    """
)


def search(db: Path) -> list[dict]:
    done = subprocess.run(
        [*errctl_cmd(), "--db", str(db), "--lock-timeout", "30", "search", "--limit", "0",
         "--oldest-first", "--format", "ndjson"],
        env=subprocess_env(),
        capture_output=True,
        check=False,
    )  # fmt: skip
    return [orjson.loads(x) for x in done.stdout.splitlines()] if done.returncode == 0 else []


@contextlib.contextmanager
def piped(script: str, go: Path, *errctl_args: str) -> Iterator[tuple[Popen, Popen]]:
    """A writer process running `script` (which logs on once `go` exists), its stdout piped
    into `errctl ERRCTL_ARGS`; both killed at the end, whatever happened."""
    writer = Popen([sys.executable, "-c", script, str(go)], stdout=PIPE, env=subprocess_env())
    ingest = Popen(
        [*errctl_cmd(), *errctl_args], stdin=writer.stdout, stderr=PIPE, env=subprocess_env()
    )
    writer.stdout.close()  # type: ignore[union-attr] (the ingest process holds the read end)
    try:
        yield writer, ingest
    finally:
        go.touch()
        writer.kill()
        ingest.kill()


def stored_while_quiet(db: Path, n: int) -> list[dict]:
    """The stored events, once there are `n` (the writer is quiet, its pipe open)."""
    end = time.monotonic() + DEADLINE
    while len(events := search(db)) < n:
        assert time.monotonic() < end, f"stored while quiet: {events}"
        time.sleep(0.2)
    return events


def test_a_quiet_pipe_has_its_lines_stored_and_the_store_free(tmp_path: Path):
    db, go = tmp_path / "s.duckdb", tmp_path / "go"
    with piped(WRITER, go, "--db", str(db), "ingest", "-", "--source-name", "app") as (
        writer,
        ingest,
    ):
        # What the writer wrote before going quiet is stored, and another command gets in.
        events = stored_while_quiet(db, 4)
        assert [e["message"].split("\n")[0] for e in events] == [
            "query 1 failed",
            "query 2 failed",
            "query 3 failed",
            "job 7 crashed",
        ]
        assert events[3]["exception_type"] == "KeyError"  # the traceback stayed its event's
        assert ingest.poll() is None  # still reading
        go.touch()
        writer.wait(timeout=DEADLINE)
        _, err = ingest.communicate(timeout=DEADLINE)
    assert ingest.returncode == 0, err.decode()
    assert [e["line"] for e in search(db)] == [1, 2, 3, 4, 9]  # each line once


# JSON lines, read a block at a time: each block's last record is held in case the next block
# goes on it (a trace logged one record a line), which a quiet pipe never brings.
JSON_WRITER = textwrap.dedent(
    """
    import json, os, sys, time
    go = sys.argv[1]
    def log(n, err):
        record = {"level": "error", "time": f"2026-12-01T07:00:0{n}Z", "msg": "publish failed",
                  "err": err}
        sys.stdout.write(json.dumps(record) + "\\n")
        sys.stdout.flush()
    for n in (1, 2, 3):
        log(n, f"nats: timeout after {n}s")
        time.sleep(0.2)
    while not os.path.exists(go):
        time.sleep(0.05)
    log(4, "nats: connection closed")
    """
)


def test_a_quiet_pipe_of_json_lines_has_its_last_record_stored(tmp_path: Path):
    db, go = tmp_path / "s.duckdb", tmp_path / "go"
    with piped(JSON_WRITER, go, "--db", str(db), "ingest", "-") as (writer, ingest):
        assert [e["line"] for e in stored_while_quiet(db, 3)] == [1, 2, 3]
        go.touch()
        writer.wait(timeout=DEADLINE)
        _, err = ingest.communicate(timeout=DEADLINE)
    assert ingest.returncode == 0, err.decode()
    assert [e["line"] for e in search(db)] == [1, 2, 3, 4]


# A service that logs JSON lines, crashes with a traceback on stderr into the same stream, and
# is restarted; its first record of the restart is printed over lines, and cut by a pause.
CRASH_WRITER = textwrap.dedent(
    """
    import os, sys, time
    go = sys.argv[1]
    out = sys.stdout
    out.write('{"level": "info", "time": "2026-12-01T07:00:01Z", "msg": "worker started"}\\n')
    out.write('{"level": "error", "time": "2026-12-01T07:00:02Z", "msg": "job failed"}\\n')
    out.write("Traceback (most recent call last):\\n"
              '  File "/srv/app/worker.py", line 40, in main\\n'
              "    run(job)\\n"
              "RuntimeError: worker lost its lease\\n")
    out.write('{\\n  "level": "info",\\n')
    out.flush()
    while not os.path.exists(go):
        time.sleep(0.05)
    out.write('  "time": "2026-12-01T07:00:09Z",\\n  "msg": "worker restarted"\\n}\\n')
    out.flush()
    """
)


def test_a_quiet_pipe_stores_a_crash_and_what_came_before_a_record_still_open(tmp_path: Path):
    """The crash is complete once its writer goes quiet (a runtime writes one at once), and
    what came before the open record is stored; the record waits for its end."""
    db, go = tmp_path / "s.duckdb", tmp_path / "go"
    with piped(CRASH_WRITER, go, "--db", str(db), "ingest", "-") as (writer, ingest):
        events = stored_while_quiet(db, 3)
        assert [e["line"] for e in events] == [1, 2, 3]
        assert events[2]["exception_type"] == "RuntimeError"
        go.touch()
        writer.wait(timeout=DEADLINE)
        _, err = ingest.communicate(timeout=DEADLINE)
    assert ingest.returncode == 0, err.decode()
    events = search(db)
    assert [e["line"] for e in events] == [1, 2, 3, 7]
    assert events[3]["message"] == "worker restarted"
    assert [e["line"] for e in search(db)] == [1, 2, 3, 7]  # each line once


# Waits to be let into the store (announcing that it waits, as errctl does), holds it until
# its stdin closes.
HOLDER = textwrap.dedent(
    """
    import sys
    from errctl.store.duckdb_store import DuckDBStore
    store = DuckDBStore(sys.argv[1])
    store.lock_timeout, store.hold_seconds = 60.0, 600.0
    store.initialise()  # opened, and held
    print("holding", flush=True)
    sys.stdin.readline()
    store.release()
    """
)


def test_a_pipe_read_while_another_process_holds_the_store_waits_rather_than_lose(
    tmp_path: Path,
):
    """The quiet pipe lets a waiting process in; the pipe then brings a line and ends, and
    the store is still held, past --lock-timeout. The line was read and cannot be read
    again: ingest waits for the store instead of exiting 4 without it."""
    db, go = tmp_path / "s.duckdb", tmp_path / "go"
    args = ("--db", str(db), "--lock-timeout", "1", "ingest", "-")
    with piped(WRITER, go, *args) as (writer, ingest):
        stored_while_quiet(db, 4)
        holder = Popen(
            [sys.executable, "-c", HOLDER, str(db)],
            stdin=PIPE,
            stdout=PIPE,
            env=subprocess_env(),
            text=True,
        )
        try:
            assert holder.stdout.readline().strip() == "holding"  # let in by the quiet ingest
            go.touch()  # the last line, then the pipe's end
            writer.wait(timeout=DEADLINE)
            time.sleep(3)  # past the ingest's --lock-timeout of 1 s
            assert ingest.poll() is None  # still waiting, not given up
        finally:
            holder.stdin.close()  # type: ignore[union-attr]
            holder.wait(DEADLINE)
        _, err = ingest.communicate(timeout=DEADLINE)
    assert ingest.returncode == 0, err.decode()
    assert "until it is free" in err.decode()
    assert [e["line"] for e in search(db)] == [1, 2, 3, 4, 9]


def test_a_compressed_stream_on_stdin_is_read(tmp_path: Path):
    """`cat app.log.gz | errctl ingest -` raised AttributeError: a decompressed stream could
    not be sampled without seeking back."""
    db = tmp_path / "s.duckdb"
    data = gzip.compress(
        b"".join(b"2026-12-01 07:00:0%d,000 ERROR app: query %d failed\n" % (n, n) for n in (1, 2))
    )
    done = subprocess.run(
        [*errctl_cmd(), "--db", str(db), "ingest", "-"],
        input=data,
        capture_output=True,
        env=subprocess_env(),
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert [e["message"] for e in search(db)] == ["query 1 failed", "query 2 failed"]


def test_live_input_gives_bytes_as_they_come_and_says_when_it_is_quiet():
    read_end, write_end = os.pipe()
    live = LiveInput(read_end, idle_seconds=0.2)
    quiet = threading.Event()
    live.on_idle = quiet.set
    try:
        os.write(write_end, b"line 1\nline 2\n")
        assert live.peek(8) == b"line 1\nl"  # without waiting for 8 more, nor consuming them
        assert live.read(1 << 20) == b"line 1\nline 2\n"  # what is there, not a full chunk

        def later() -> None:
            quiet.wait(DEADLINE)  # the reader said it is quiet before the next bytes came
            os.write(write_end, b"line 3\n")
            os.close(write_end)

        threading.Thread(target=later).start()
        assert live.read(1 << 20) == b"line 3\n"
        assert quiet.is_set()
        assert live.read(1 << 20) == b""  # the end
    finally:
        os.close(read_end)
