"""The hint after an empty window is based on the command's other filters, and says so.

It used to give the span of the whole store whatever the filters: `top --service kernel` in an
empty hour pointed at the store's newest event, of another service, where `--at` found nothing
for kernel again; and `search --level critical` said nothing when the window held events,
only none critical, though the critical ones lay a day before."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from errctl.store.duckdb_store import DuckDBStore
from tests import batches
from tests.cli_runner import run

AT = datetime(2026, 11, 28, 12, 0)
API, KERNEL = "fp1:aaaa000000000000", "fp1:bbbb000000000000"


@pytest.fixture
def store(db: Path) -> Path:
    rows = [
        *[{"fingerprint": API, "timestamp": AT - timedelta(minutes=5 + 10 * i),
           "message": "upstream request failed", "template": "upstream request failed",
           "title": "upstream request failed", "service": "api", "level": "error"}
          for i in range(3)],
        {"fingerprint": KERNEL, "timestamp": datetime(2026, 11, 27, 3, 14, 40),
         "message": "Out of memory: Killed process 4121 (python3)",
         "template": "Out of memory: Killed process <*> (<*>)",
         "title": "Out of memory: Killed process <*> (<*>)", "service": "kernel",
         "level": "critical", "severity": "critical", "host": "worker-2"},
    ]  # fmt: skip
    DuckDBStore(db).commit_batch(batches.batch(rows), None, None)
    return db


def hint(r) -> str:
    assert r.exit_code == 0 and r.stdout == "", r.stderr
    return r.stderr.splitlines()[-1]


def test_top_hint_follows_the_service(store: Path) -> None:
    r = run("--db", str(store), "top", "--at", "2026-11-30T00:00Z", "--service", "kernel")
    assert hint(r) == (
        "hint: the events matching --service kernel span 2026-11-27 03:14 .. 2026-11-27 03:14 "
        "UTC: --since 2026-11-27 for all of them, --at 2026-11-27T03:15Z for their last 1h"
    )
    # The hint's window holds them.
    r = run("--db", str(store), "top", "--at", "2026-11-27T03:15Z", "--service", "kernel")
    assert "Out of memory" in r.stdout


def test_top_hint_when_the_filtered_events_lie_outside_a_window_others_fill(store: Path) -> None:
    # The last hour holds the api's events: the kernel's, a day before, went unmentioned.
    r = run("--db", str(store), "top", "--at", "2026-11-28T12:00Z", "--level", "critical")
    assert hint(r).startswith(
        "hint: the events matching --level critical span 2026-11-27 03:14 .. 2026-11-27 03:14 UTC"
    )
    r = run("--db", str(store), "top", "--at", "2026-11-28T12:00Z", "memory")
    assert hint(r).startswith('hint: the events matching query "memory" span 2026-11-27 03:14')


def test_a_filter_nothing_matches_is_said_to(store: Path) -> None:
    # Each name is known; together with the level they keep no event.
    args = ("--at", "2026-11-30T00:00Z", "--service", "api", "--level", "critical")
    r = run("--db", str(store), "top", *args)
    assert hint(r) == (
        "hint: no stored event matches --level critical, --service api, at any time (the "
        "store's events span 2026-11-27 03:14 .. 2026-11-28 11:55 UTC)"
    )


def test_top_says_which_filter_the_hint_does_not_count(store: Path) -> None:
    r = run("--db", str(store), "top", "--at", "2026-11-30T00:00Z", "--severity", "high")
    assert hint(r).endswith("for their last 1h (--severity high not counted)")


@pytest.mark.parametrize(
    "args",
    [
        ("search", "--since", "2026-11-28", "--level", "critical"),
        ("groups", "--since", "2026-11-28", "--level", "critical"),
        ("search", "killed", "--since", "2026-11-28"),
        ("groups", "--since", "2026-11-28", "Out of memory"),
        ("groups", "--since", "2026-11-28", "--host", "worker-2"),
    ],
)
def test_search_and_groups_hints_follow_the_filters(store: Path, args) -> None:
    line = hint(run("--db", str(store), *args))
    assert line.startswith("hint: the events matching "), line
    assert line.endswith(
        "span 2026-11-27 03:14 .. 2026-11-27 03:14 UTC: --since 2026-11-27 for all of them"
    ), line


def test_report_hint_follows_the_service(store: Path) -> None:
    r = run("--db", str(store), "report", "--at", "2026-11-28T12:00Z", "--service", "kernel")
    assert r.stderr.splitlines()[-1].startswith(
        "hint: the events matching --service kernel span 2026-11-27 03:14 .. 2026-11-27 03:14"
    )


def test_events_later_than_now_are_said_to_be_and_the_hint_shows_them(db: Path) -> None:
    """Naive times of a host two hours east read in this host's zone lie in the future: top's
    window, ending now, never holds them, and its hint said `--since DAY for all of them`,
    which gave the same empty window and the same hint again."""
    import re

    from errctl.query.timespec import utc_now

    ahead = utc_now().replace(microsecond=0) + timedelta(hours=2)
    row = {"fingerprint": API, "timestamp": ahead, "message": "upstream request failed",
           "template": "upstream request failed", "title": "upstream request failed"}  # fmt: skip
    DuckDBStore(db).commit_batch(batches.batch([row]), None, None)
    line = hint(run("--db", str(db), "top"))
    assert "they are later than now: a log's times without a zone are read in ingest's --tz" in (
        line
    ), line
    shown = re.search(r"(--since \S+ --until \S+) for all of them", line)
    assert shown, line
    r = run("--db", str(db), "top", *shown.group(1).split())
    assert r.exit_code == 0 and "upstream request failed" in r.stdout, (line, r.stdout, r.stderr)


def test_no_zone_note_for_a_window_moved_by_at(store: Path) -> None:
    # The events lie after a window in the past: nothing is later than now.
    line = hint(run("--db", str(store), "top", "--at", "2026-11-20T00:00Z"))
    assert "later than now" not in line
    assert "--since 2026-11-27 --until 2026-11-28T11:56Z for all of them" in line, line


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("top", "--service", "kernal"), "service is kernal (did you mean kernel?)"),
        (("search", "oom", "--service", "kernal"), "service is kernal (did you mean kernel?)"),
        (("search", "host:worker-3"), "host is worker-3 (did you mean worker-2?)"),
        (("groups", "--service", "api", "--service", "Kernel"), "service is Kernel (did you"),
        (("report", "--host", "nowhere"), "host is nowhere\n"),
    ],
)
def test_a_name_no_stored_event_has_gets_a_did_you_mean(store: Path, args, said) -> None:
    # A typo in --service filtered everything out, which looked like a quiet service.
    r = run("--db", str(store), *args, "--since", "30d")
    assert r.exit_code == 0
    assert f"hint: no stored event's {said}" in r.stderr
    assert "hint" not in r.stdout
    assert run("--db", str(store), "top", "--service", "kernel").stderr.count("stored event's") == 0


@pytest.mark.parametrize("command", ["top", "report", "groups", "search"])
def test_a_name_no_stored_event_has_is_said_once(store: Path, command: str) -> None:
    # top and report said it twice: the did-you-mean, then 'no stored event matches --service
    # kernal, at any time (the store's events span ...)'.
    r = run("--db", str(store), command, "--service", "kernal", "--since", "1d")
    hints = [line for line in r.stderr.splitlines() if line.startswith("hint:")]
    assert hints == ["hint: no stored event's service is kernal (did you mean kernel?)"]


def test_a_known_name_beside_an_unknown_one_still_gets_the_window_hint(store: Path) -> None:
    # --service kernel --service kernal keeps the kernel's events: where they lie is news.
    r = run("--db", str(store), "top", "--at", "2026-11-30T00:00Z", "--service", "kernel",
            "--service", "kernal")  # fmt: skip
    assert r.stderr.count("hint:") == 2
    assert hint(r).startswith("hint: the events matching --service kernel, --service kernal span")
