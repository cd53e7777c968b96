"""A run killed (SIGKILL) while a receiver stalls: the next run sends what was not
acknowledged, and nothing that was acknowledged again."""

from __future__ import annotations

import signal
import subprocess
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from errctl.store.duckdb_store import DuckDBStore
from tests.alert.conftest import add_events, ev, receiver_toml, write_config
from tests.conftest import errctl_cmd, subprocess_env
from tests.ingest.test_interrupt import sigint_default

T = datetime(2026, 11, 28, 12, 0)
M = timedelta(minutes=1)

pytestmark = pytest.mark.slow


def alert(db: Path, config: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [
            *errctl_cmd(),
            "--db",
            str(db),
            "--config",
            str(config),
            "alert",
            "--at",
            "2026-11-28T12:00Z",
        ],
        env=subprocess_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=sigint_default,  # a pytest-xdist worker's children inherit SIGINT ignored
    )


def wait_for(predicate, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


def run_stalled_at_second(
    tmp_path: Path, db: Path, receiver, events: int
) -> tuple[DuckDBStore, Path, subprocess.Popen]:
    """A store with `events` new groups and a run sending them to a receiver that answers
    the first request and hangs on the second (120s, past the receiver's 60s timeout):
    returned once the run is hanging there."""
    store = DuckDBStore(db)
    add_events(store, *[ev(f"a{k}", T - k * M) for k in range(1, events + 1)])
    config = write_config(
        tmp_path / "errctl.toml",
        receiver_toml("ops", receiver.url, timeout=60.0, retries=0)
        + '[[alerts.rules]]\nname = "new"\nkind = "new"\n',
    )
    receiver.script = [200, "stall"]
    receiver.stall_seconds = 120.0
    proc = alert(db, config)
    wait_for(lambda: len(receiver.requests) == 2)
    return store, config, proc


def test_killed_run_then_a_new_run_sends_each_acknowledged_id_once(
    tmp_path: Path, db: Path, receiver
) -> None:
    store, config, proc = run_stalled_at_second(tmp_path, db, receiver, events=4)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    acked_before = receiver.acked_ids()
    assert len(acked_before) == 1
    stalled = receiver.requests[1].id
    # The decisions were committed before sending: all four are in the outbox.
    rows = {r.id: r.status for r in store.outbox()}
    assert len(rows) == 4 and rows[acked_before[0]] == "delivered"
    receiver.default = 200
    proc = alert(db, config)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    acked = receiver.acked_ids()
    assert sorted(acked) == sorted(rows)  # none lost ...
    assert len(acked) == len(set(acked))  # ... none acknowledged twice
    assert stalled in acked[1:]  # the unacknowledged one was sent again
    assert {r.status for r in store.outbox()} == {"delivered"}


def test_ctrl_c_while_a_receiver_stalls_exits_130_at_once_and_loses_nothing(
    tmp_path: Path, db: Path, receiver
) -> None:
    """Ctrl-C (SIGINT) does not wait out the stalled request: the process is gone long
    before the receiver's 60s timeout, and the next run sends what was left."""
    store, config, proc = run_stalled_at_second(tmp_path, db, receiver, events=3)
    proc.send_signal(signal.SIGINT)
    # The bound is the stalled request's timeout (60s), not a speed: before, the interrupted
    # run joined its sending thread and exited only when the request timed out.
    _out, err = proc.communicate(timeout=30)
    assert proc.returncode == 130, err.decode()
    assert b"interrupted: what was delivered is recorded" in err
    receiver.default = 200
    receiver.release.set()
    proc = alert(db, config)
    _out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert {r.status for r in store.outbox()} == {"delivered"} and len(store.outbox()) == 3
