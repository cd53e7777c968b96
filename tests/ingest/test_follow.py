"""`errctl ingest --follow` as a user runs it: a real process following a folder that a real
program writes, rotates and adds to, while other errctl commands read the store."""

from __future__ import annotations

import contextlib
import signal
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import orjson
import pytest

from errctl.ingest import follow as follow_module
from errctl.ingest import pipeline
from errctl.ingest.follow import snapshot
from errctl.ingest.pipeline import IngestOptions
from errctl.models import IngestSummary
from errctl.store.duckdb_store import DuckDBStore
from tests.cli_runner import run
from tests.conftest import errctl_cmd, subprocess_env

pytestmark = pytest.mark.slow

DEADLINE = 60.0  # seconds a change may take to show: a bound for a stuck test, not a timing


def line(n: int, level: str = "ERROR", logger: str = "app.db") -> str:
    return f"2026-12-01 07:{n // 60:02d}:{n % 60:02d},000 {level} {logger}: query {n} failed\n"


def wait_for(condition: Callable[[], bool], what: str) -> None:
    end = time.monotonic() + DEADLINE
    while not condition():
        if time.monotonic() > end:
            raise AssertionError(f"not seen within {DEADLINE:g}s: {what}")
        time.sleep(0.1)


def stored(db: Path) -> list[tuple[str, int, str]]:
    """(file name, line, message) of every stored event, asked as a user would: through
    `errctl search` in another process, which waits for the follower's round to end."""
    done = subprocess.run(
        [
            *errctl_cmd(),
            "--db",
            str(db),
            "--lock-timeout",
            "30",
            "search",
            "--limit",
            "0",
            "--oldest-first",
            "--format",
            "ndjson",
        ],
        env=subprocess_env(),
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:  # the store does not exist yet, before the first round
        return []
    events = [orjson.loads(x) for x in done.stdout.splitlines()]
    return [(Path(e["source"]).name, e["line"], e["message"]) for e in events]


def test_follow_ingests_appends_rotations_and_new_files_and_lets_others_read(tmp_path: Path):
    logs, db = tmp_path / "logs", tmp_path / "s.duckdb"
    logs.mkdir()
    app = logs / "app.log"
    app.write_text(line(1) + line(2))
    follower = subprocess.Popen(
        [*errctl_cmd(), "--db", str(db), "ingest", str(logs), "--follow", "--interval", "0.2"],
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(lambda: len(stored(db)) == 2, "the lines the file held")
        with app.open("a") as f:  # the program logs on
            f.write(line(3))
        wait_for(lambda: len(stored(db)) == 3, "an appended line")
        # logrotate's default (create): the file moves aside, a new one takes its name.
        app.rename(logs / "app.log.1")
        app.write_text(line(4))
        (logs / "worker.log").write_text(line(5, "WARNING", "app.worker"))
        wait_for(lambda: len(stored(db)) == 5, "the rotated file's successor and a new file")
        # Each line once: the moved file is the one already read (its identity is kept), and
        # the new app.log is read from its start.
        assert sorted(stored(db)) == [
            ("app.log", 1, "query 1 failed"),
            ("app.log", 1, "query 4 failed"),
            ("app.log", 2, "query 2 failed"),
            ("app.log", 3, "query 3 failed"),
            ("worker.log", 1, "query 5 failed"),
        ]
    finally:
        follower.send_signal(signal.SIGTERM)  # as systemd stops a service
        _, err = follower.communicate(timeout=DEADLINE)
    assert follower.returncode == 0, err.decode()
    assert "followed: 5 events in" in err.decode()


def test_follow_summary_json_is_a_line_per_round_that_read_something(tmp_path: Path):
    """One JSON summary per round; after the first, a round reads only the files that changed
    (in a folder of many logs of which one grows, the others cost a stat each)."""
    logs, db = tmp_path / "logs", tmp_path / "s.duckdb"
    logs.mkdir()
    (logs / "app.log").write_text(line(1))
    (logs / "other.log").write_text(line(9, "INFO", "app.other"))
    follower = subprocess.Popen(
        [*errctl_cmd(), "--db", str(db), "ingest", str(logs), "--follow", "--interval", "0.2",
         "--summary", "json"],
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        wait_for(lambda: len(stored(db)) == 2, "the first lines")
        with (logs / "app.log").open("a") as f:
            f.write(line(2) + line(3))
        wait_for(lambda: len(stored(db)) == 4, "two appended lines")
    finally:
        follower.send_signal(signal.SIGTERM)
        out, err = follower.communicate(timeout=DEADLINE)
    assert follower.returncode == 0, err.decode()
    rounds = [orjson.loads(x) for x in out.splitlines()]
    assert [r["events"] for r in rounds] == [2, 2]
    assert [Path(s["path"]).name for s in rounds[1]["sources"]] == ["app.log"]
    assert rounds[1]["sources"][0]["resumed_from"] == len(line(1))


def test_follow_rounds_stamp_their_summary_in_utc_marked_z(tmp_path: Path):
    """Each round after the first prints its summary line after the time: in UTC with its `Z`,
    as every time errctl shows, not the host's clock bare (9 hours off the events' times in
    Tokyo, read as theirs)."""
    import re
    from datetime import UTC, datetime

    logs, db = tmp_path / "logs", tmp_path / "s.duckdb"
    logs.mkdir()
    (logs / "app.log").write_text(line(1))
    hours = {datetime.now(UTC).hour}
    follower = subprocess.Popen(
        [*errctl_cmd(), "--db", str(db), "ingest", str(logs), "--follow", "--interval", "0.2"],
        env=subprocess_env(TZ="Asia/Tokyo"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for(lambda: len(stored(db)) == 1, "the first line")
        with (logs / "app.log").open("a") as f:
            f.write(line(2))
        wait_for(lambda: len(stored(db)) == 2, "an appended line")
    finally:
        follower.send_signal(signal.SIGTERM)
        _, err = follower.communicate(timeout=DEADLINE)
    hours.add(datetime.now(UTC).hour)
    assert follower.returncode == 0, err.decode()
    stamps = re.findall(r"^(\d\d):\d\d:\d\d(Z?) ingested 1 event ", err.decode(), re.M)
    assert stamps and all(int(h) in hours and z == "Z" for h, z in stamps), err.decode()


def test_follow_refuses_stdin(tmp_path: Path):
    result = run("--db", str(tmp_path / "s.duckdb"), "ingest", "-", "--follow")
    assert result.exit_code == 2
    assert "--follow watches files and folders" in result.stderr


def test_a_snapshot_changes_when_a_file_grows_is_replaced_or_appears(tmp_path: Path):
    """What decides whether a round runs: unchanged inputs cost a stat each, nothing more."""
    options = IngestOptions()
    log = tmp_path / "app.log"
    log.write_text(line(1))
    first = snapshot([str(tmp_path)], options)
    assert snapshot([str(tmp_path)], options) == first
    with log.open("a") as f:
        f.write(line(2))
    grown = snapshot([str(tmp_path)], options)
    assert grown != first
    (tmp_path / "other.log").write_text(line(3))
    assert snapshot([str(tmp_path)], options) != grown
    assert snapshot([str(tmp_path / "missing.log")], options) == ()


def test_a_line_left_unfinished_is_read_once_the_file_is_still(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A last line without its newline, in a file changed a moment ago, is left for the next
    round (a line still being written). If the program never finishes it, no change comes to
    prompt that round: the follower reads the file again once it has been still for
    HOLD_UNFINISHED_SECONDS (1 s here), and the line lands as it is."""
    monkeypatch.setattr(pipeline, "HOLD_UNFINISHED_SECONDS", 1.0)
    monkeypatch.setattr(follow_module, "HOLD_UNFINISHED_SECONDS", 1.0)
    log = tmp_path / "app.log"
    log.write_text(line(1) + line(2).rstrip("\n"))
    store = DuckDBStore(tmp_path / "s.duckdb")
    stop, rounds = threading.Event(), []

    def on_round(summary: IngestSummary, number: int) -> None:
        assert number == len(rounds) + 1
        rounds.append([(s.events, s.held_back) for s in summary.sources])
        if sum(r[0][0] for r in rounds) == 2:
            stop.set()

    follower = threading.Thread(
        target=follow_module.follow,
        args=([str(log)], store, IngestOptions()),
        kwargs={"interval": 0.1, "stop": stop, "on_round": on_round, "on_busy": print},
    )
    follower.start()
    follower.join(DEADLINE)
    stop.set()
    assert not follower.is_alive()
    held = len(line(2)) - 1
    assert rounds == [[(1, held)], [(1, 0)]]


@contextlib.contextmanager
def search_following(db: Path, *args: str) -> Iterator[tuple[subprocess.Popen, list[str]]]:
    """`errctl search --follow --interval 0.2 --format ndjson ARGS` in a real process, the
    messages it prints collected as they come; ended by SIGTERM (as a service manager ends it)
    when the block ends, its stdout read to the end."""
    follower = subprocess.Popen(
        [*errctl_cmd(), "--db", str(db), "search", *args, "--follow", "--interval", "0.2",
         "--format", "ndjson"],
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )  # fmt: skip
    printed: list[str] = []

    def read_lines() -> None:
        for raw in follower.stdout:  # type: ignore[union-attr]
            printed.append(orjson.loads(raw)["message"])

    reader = threading.Thread(target=read_lines)
    reader.start()
    try:
        yield follower, printed
    finally:
        follower.send_signal(signal.SIGTERM)
        follower.wait(DEADLINE)
        reader.join(DEADLINE)  # (it reads stdout to the end: communicate() would race it)


def test_search_follow_prints_the_backlog_then_each_match_stored_later(tmp_path: Path):
    """`errctl search --level error --follow`, beside an ingest run from cron (or with
    --follow): the newest --limit matches oldest first, then each match as it is stored,
    never one twice, and not the events that do not match."""
    log, db = tmp_path / "app.log", tmp_path / "s.duckdb"
    log.write_text(line(1) + line(2) + line(3, "INFO") + line(4))
    assert run("--db", str(db), "ingest", str(log), "-q").exit_code == 0
    with search_following(db, "--level", "error", "--limit", "2") as (follower, printed):
        wait_for(lambda: len(printed) == 2, "the backlog")
        with log.open("a") as f:
            f.write(line(5, "INFO") + line(6) + line(7, "CRITICAL"))
        done = subprocess.run(
            [*errctl_cmd(), "--db", str(db), "--lock-timeout", "30", "ingest", str(log), "-q"],
            env=subprocess_env(),
            check=False,
        )
        assert done.returncode == 0
        wait_for(lambda: len(printed) == 4, "the matches stored later")
    assert follower.returncode == 0, follower.stderr.read().decode()  # type: ignore[union-attr]
    assert printed == ["query 2 failed", "query 4 failed", "query 6 failed", "query 7 failed"]


def test_search_follow_waits_for_a_store_not_there_yet(tmp_path: Path):
    """`errctl search --follow` started before the first ingest (a fresh host, a service that
    starts before cron's first run) waits for the store as `tail -F` waits for its file,
    saying so once, then prints what is stored; SIGTERM still ends it. It used to exit 4."""
    log, db = tmp_path / "app.log", tmp_path / "new" / "s.duckdb"
    log.write_text(line(1) + line(2, "INFO"))
    with search_following(db, "--level", "error") as (follower, printed):
        note = follower.stderr.readline().decode()  # type: ignore[union-attr]
        assert f"waiting for the store {db} to appear" in note
        assert follower.poll() is None  # still running
        done = subprocess.run(
            [*errctl_cmd(), "--db", str(db), "--lock-timeout", "30", "ingest", str(log), "-q"],
            env=subprocess_env(),
            check=False,
        )
        assert done.returncode == 0
        wait_for(lambda: len(printed) == 1, "the match stored after the store appeared")
    assert follower.returncode == 0
    # Said once. Meeting the first ingest's lock is said as it is in any round (a loaded
    # machine makes that ingest outlast the lock's notice); that is no second "to appear".
    rest = follower.stderr.read().decode()  # type: ignore[union-attr]
    assert "to appear" not in rest
    assert all("another process holds it" in x for x in rest.splitlines()), rest
    assert printed == ["query 1 failed"]


def test_search_follow_refuses_a_json_array(tmp_path: Path):
    result = run("--db", str(tmp_path / "s.duckdb"), "search", "--follow", "--format", "json")
    assert result.exit_code == 2
    assert "--format ndjson" in result.stderr
