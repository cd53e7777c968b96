"""Crash safety and concurrency, shown with real processes (DESIGN.md: real parts, not mocks)."""

from __future__ import annotations

import itertools
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import orjson
import pytest

from tests.conftest import errctl_cmd, subprocess_env
from tests.lock_holder import held_by_another_process

pytestmark = pytest.mark.slow


def write_corpus(path: Path, n: int, tag: str) -> None:
    with path.open("w") as f:
        for i in range(n):
            level = "error" if i % 50 == 0 else "info"
            f.write(
                orjson.dumps(
                    {
                        "ts": f"2024-05-01T{i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d}Z",
                        "level": level,
                        "msg": f"{tag} request {i} served in {i % 97}ms",
                    }
                ).decode()
                + "\n"
            )


def counts(db: Path) -> tuple[int, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT count(*), count(DISTINCT (source, line)) FROM events"
        ).fetchall()[0]


def kill_then_rerun(log: Path, db: Path, seed: int) -> None:
    """Ingest `log` four times, SIGKILLing each run at a random moment (at least one must be
    caught mid-ingest), then once to the end, which must succeed.

    The moments are drawn within the time a whole uninterrupted ingest of `log` takes on this
    machine, timed first into a store of its own: fixed delays let a quiet machine finish the
    first run before its kill, and then no later run had anything left to be killed in."""

    def command(store: Path) -> list[str]:
        return [*errctl_cmd(), "--db", str(store), "ingest", str(log), "--quiet",
                "--batch-size", "2000"]  # fmt: skip

    started = time.monotonic()
    subprocess.run(command(db.with_name("reference.duckdb")), env=subprocess_env(), check=True)
    whole = time.monotonic() - started
    cmd = command(db)
    rnd = random.Random(seed)
    kills = 0
    for _ in range(4):
        proc = subprocess.Popen(cmd, env=subprocess_env(), stderr=subprocess.PIPE)
        time.sleep(rnd.uniform(0.2, 0.7) * whole)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        proc.wait()
    assert kills >= 1, "the ingest finished before it could be killed: make the corpus larger"
    done = subprocess.run(cmd, env=subprocess_env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_sigkill_at_any_moment_then_rerun_stores_every_event_exactly_once(tmp_path: Path):
    log = tmp_path / "big.jsonl"
    n = 60_000
    write_corpus(log, n, "k")
    db = tmp_path / "s.duckdb"
    kill_then_rerun(log, db, seed=7)
    assert counts(db) == (n, n)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT sum(count) FROM groups").fetchall()[0][0] == n
        assert con.execute("SELECT sum(count) FROM group_hourly").fetchall()[0][0] == n


def test_sigkill_inside_a_json_document_then_rerun_stores_every_record_once(tmp_path: Path):
    """A pretty-printed array of records (`jq -s .`): batches commit between two records of
    the array, and the re-run resumes there (ingest.json_documents)."""
    log = tmp_path / "export.json"
    n = 60_000
    with log.open("w") as f:
        f.write("[\n")
        for i in range(n):
            record = {
                "timestamp": f"2024-05-01T{i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d}Z",
                "severity": "ERROR" if i % 50 == 0 else "INFO",
                "textPayload": f"request {i} served in {i % 97}ms",
            }
            f.write(
                ("" if i == 0 else ",\n")
                + orjson.dumps(record, option=orjson.OPT_INDENT_2).decode()
            )
        f.write("\n]\n")
    db = tmp_path / "s.duckdb"
    kill_then_rerun(log, db, seed=11)
    assert counts(db) == (n, n)
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM quarantine").fetchall()[0][0] == 0


def _java_log(n: int) -> list[str]:
    """`n` events of a Java log, every tenth a stack over six lines, as its lines."""
    lines = []
    for i in range(n):
        stamp = f"2024-05-01 {i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d},{i % 1000:03d}"
        if i % 10:
            lines.append(f"{stamp} INFO  [main] com.acme.Api - request {i} served in {i % 97}ms\n")
            continue
        lines += [
            f"{stamp} ERROR [worker-{i % 4}] com.acme.Job - job {i} failed\n",
            f"java.lang.IllegalStateException: job {i}\n",
            "\tat com.acme.Job.run(Job.java:10)\n",
            "\tat com.acme.Worker.loop(Worker.java:20)\n",
            f"Caused by: java.io.IOException: disk {i % 3} full\n",
            "\tat com.acme.Disk.write(Disk.java:5)\n",
        ]
    return lines


def test_sigkill_while_going_on_with_a_cut_event_then_rerun_stores_it_once(tmp_path: Path):
    """A log written in three parts, each ending inside a stack (a cron run between two of its
    lines), each part's ingest SIGKILLed at random moments and then run to its end: the store
    is the one a single read of the whole file makes (ingest.stored_tail)."""
    lines = _java_log(30_000)
    whole, log = tmp_path / "whole.log", tmp_path / "app.log"
    whole.write_text("".join(lines))
    reference = tmp_path / "reference.duckdb"

    def command(store: Path, path: Path) -> list[str]:
        return [*errctl_cmd(), "--db", str(store), "ingest", str(path), "--quiet",
                "--batch-size", "2000"]  # fmt: skip

    started = time.monotonic()
    subprocess.run(command(reference, whole), env=subprocess_env(), check=True)
    seconds = time.monotonic() - started
    cuts = [i for i, line in enumerate(lines) if line.startswith("\tat com.acme.Worker")]
    parts = [0, cuts[len(cuts) // 3], cuts[2 * len(cuts) // 3], len(lines)]
    db, rnd, kills = tmp_path / "s.duckdb", random.Random(5), 0
    for start, end in itertools.pairwise(parts):
        with log.open("a") as f:
            f.write("".join(lines[start:end]))
        then = time.time() - 60  # at rest: nothing held as still being written
        os.utime(log, (then, then))
        for _ in range(2):
            proc = subprocess.Popen(command(db, log), env=subprocess_env(), stderr=subprocess.PIPE)
            time.sleep(rnd.uniform(0.1, 0.3) * seconds)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait()
        done = subprocess.run(command(db, log), env=subprocess_env(), capture_output=True)
        assert done.returncode == 0, done.stderr
    assert kills >= 1
    stored = "SELECT line, fingerprint, stack::VARCHAR FROM events ORDER BY line"
    groups = "SELECT fingerprint, count FROM groups ORDER BY fingerprint"
    with duckdb.connect(str(db), read_only=True) as a, duckdb.connect(str(reference)) as b:
        assert a.execute(stored).fetchall() == b.execute(stored).fetchall()
        assert a.execute(groups).fetchall() == b.execute(groups).fetchall()


def test_two_processes_share_the_store_without_losing_anything(tmp_path: Path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_corpus(a, 20_000, "a")
    write_corpus(b, 20_000, "b")
    db = tmp_path / "s.duckdb"
    procs = [
        subprocess.Popen(
            [*errctl_cmd(), "--db", str(db), "ingest", str(p), "--quiet", "--batch-size", "1000"],
            env=subprocess_env(),
            stderr=subprocess.PIPE,
            text=True,
        )
        for p in (a, b)
    ]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    assert counts(db) == (40_000, 40_000)


def test_a_store_locked_past_the_timeout_exits_4_with_a_clear_message(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    log = tmp_path / "a.jsonl"
    write_corpus(log, 10, "x")
    subprocess.run(
        [*errctl_cmd(), "--db", str(db), "ingest", str(log), "-q"], check=True, env=subprocess_env()
    )
    with held_by_another_process(db):
        started = time.monotonic()
        res = subprocess.run(
            [*errctl_cmd(), "--db", str(db), "--lock-timeout", "1", "search", "x"],
            env=subprocess_env(),
            capture_output=True,
            text=True,
        )
        assert res.returncode == 4
        assert "waiting for the store" in res.stderr and "locked" in res.stderr
        assert res.stdout == ""
        assert time.monotonic() - started >= 1


def test_a_long_ingest_lets_a_waiting_process_in_at_its_next_batch(tmp_path: Path):
    # The holder keeps the store between batches for up to 600 s: only the waiting process's
    # announcement (DuckDBStore WAITING_SUFFIX) can let `search` in within its 20 s timeout.
    db = tmp_path / "s.duckdb"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import select, sys, time
            from pathlib import Path
            from errctl.store.duckdb_store import DuckDBStore
            from tests import batches
            store = DuckDBStore(Path({str(db)!r}))
            store.hold_seconds = 600.0
            line, deadline = 0, time.monotonic() + 120
            while time.monotonic() < deadline:
                line += 1
                store.commit_batch(batches.batch([batches.row(line=line)]), None, None)
                if line == 1:
                    print("holding", flush=True)
                if select.select([sys.stdin], [], [], 0.05)[0]:
                    break
            store.release()
            print(line, flush=True)
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=subprocess_env(),
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        search = subprocess.Popen(
            [*errctl_cmd(), "--db", str(db), "--lock-timeout", "20", "search", "boom"],
            env=subprocess_env(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        out, err = search.communicate(timeout=60)
        assert search.returncode == 0, err
        assert "boom" in out
        # Its announcement is withdrawn once it got in. (The holder may be announcing its own
        # wait meanwhile: the search held the store when it came back for its next batch.)
        waiting = tmp_path / "s.duckdb.waiting"
        left = [p.name for p in waiting.iterdir()] if waiting.exists() else []
        assert not [name for name in left if name.startswith(f"{search.pid}-")]
    finally:
        holder.stdin.write("stop\n")
        holder.stdin.close()
        holder.wait(30)
    assert int(holder.stdout.readline()) >= 1
