"""`errctl top`: the table (fits 80 columns), every machine format (golden), --by, --new,
--at, errors, and --watch ending cleanly on Ctrl-C."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from errctl.store.duckdb_store import DuckDBStore
from tests import batches
from tests.cli_runner import run

AT = datetime(2026, 11, 28, 12, 0)
A, B = "fp1:aaaa000000000000", "fp1:bbbb000000000000"


@pytest.fixture
def store(db: Path) -> Path:
    rows = [
        {"fingerprint": A, "timestamp": AT - timedelta(days=2), "title": "Boom: bad \x1b[31m",
         "template": "boom", "severity": "high", "exception_type": "Boom"},
        *[{"fingerprint": A, "timestamp": AT - timedelta(minutes=10 * i + 5), "title": "boom",
           "template": "boom", "severity": "high"} for i in range(3)],
        {"fingerprint": A, "timestamp": AT - timedelta(minutes=70), "title": "boom",
         "template": "boom"},
        {"fingerprint": B, "timestamp": AT - timedelta(minutes=20), "title": "Disk full",
         "template": "Disk full", "service": "db", "severity": "critical"},
    ]  # fmt: skip
    DuckDBStore(db).commit_batch(batches.batch(rows), None, None)
    return db


def top(db: Path, *args: str):
    return run("--db", str(db), "top", "--at", "2026-11-28T12:00Z", *args)


def test_table_golden(store: Path) -> None:
    r = top(store)
    assert r.exit_code == 0, r.stderr
    assert r.stdout.splitlines() == [
        "2026-11-28 11:00 .. 2026-11-28 12:00 UTC (1h): 4 events in 2 group(s), +300% vs the "
        "1h before",
        "ID      SEV  EVENTS   CHG TREND        FIRST LAST SERVICE    TITLE",
        "bbbb000 crit      1   new         █      NEW  20m db         Disk full",
        "aaaa000 high      3 +200%        █ █ █    2d   5m api        Boom: bad \\x1b[31m",
    ]


def test_a_table_cut_by_limit_says_so_on_stderr(store: Path) -> None:
    # The "... N more" line was a row of the table on stdout, read as data by `| wc -l`.
    r = top(store, "--limit", "1")
    assert r.exit_code == 0, r.stderr
    assert len(r.stdout.splitlines()) == 3 and "more" not in r.stdout
    assert r.stderr == "... 1 more groups match (--limit 0 for all)\n"
    r = run("--db", str(store), "groups", "--limit", "1")
    assert len(r.stdout.splitlines()) == 2 and "more" not in r.stdout
    assert r.stderr == "... more groups match: the first 1 shown (--limit 0 for all)\n"
    assert run("--db", str(store), "groups", "--limit", "2").stderr == ""
    assert top(store, "--limit", "2").stderr == ""


def test_table_lines_fit_80_columns_on_a_terminal(store: Path, monkeypatch) -> None:
    lines = top(store).stdout.splitlines()
    # Everything before the title takes 61 columns, leaving the title 19 of 80.
    assert lines[1].index("TITLE") == 61
    assert all(line.index("Boom") == 61 for line in lines if "Boom" in line)


@pytest.mark.parametrize("columns", [40, 30])
def test_a_breakdown_on_a_narrow_terminal_drops_columns_rather_than_cut_them(
    store: Path, columns: int
) -> None:
    # At 40 columns each row was cut mid-number after BEFORE ("api    4     …"), the heading
    # cut short.
    from tests.cli.test_terminal_width import on_terminal

    lines = on_terminal(store, "top", "--at", "2026-11-28T12:00Z", "--by", "service",
                        columns=columns)  # fmt: skip
    assert all(len(line) <= columns and "…" not in line for line in lines), lines
    assert "+300% vs the 1h before" in " ".join(" ".join(lines).split())  # folded, whole
    table = lines[lines.index(next(x for x in lines if x.startswith("SERVICE"))) :]
    assert table[0].split() == ["SERVICE", "EVENTS", "CHG", "GROUPS"][: len(table[0].split())]
    assert [row.split()[:2] for row in table[1:]] == [["api", "3"], ["db", "1"]]


@pytest.mark.parametrize(("since", "said"), [("36h", "36h"), ("90m", "90m"), ("1.5h", "90m"),
                                             ("2d", "2d"), ("1d", "1d")])  # fmt: skip
def test_the_heading_says_the_window_asked_for(store: Path, since: str, said: str) -> None:
    # A 36h window was headed "(1d) ... vs the 1d before", a 90m one "(1h)": rounded down.
    heading = top(store, "--since", since).stdout.splitlines()[0]
    assert heading.split(" UTC ")[1].startswith(f"({said}): ")
    assert heading.endswith(f" vs the {said} before")


def test_json_ndjson_csv_golden(store: Path) -> None:
    data = json.loads(top(store, "--format", "json").stdout)
    assert data[0] == {
        "id": "bbbb000",
        "fingerprint": B,
        "title": "Disk full",
        "status": "unresolved",
        "badges": ["new"],
        "max_severity": "critical",
        "max_level": "error",
        "count": 1,
        "previous": 0,
        "change": None,
        "trend": [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0],
        "first_seen": "2026-11-28T11:40:00.000000Z",
        "last_seen": "2026-11-28T11:40:00.000000Z",
        "services": 1,
        "top_service": "db",
        "priority": data[0]["priority"],
    }
    assert (data[1]["count"], data[1]["previous"], data[1]["change"]) == (3, 1, 2.0)
    nd = top(store, "--format", "ndjson").stdout.splitlines()
    assert [json.loads(x) for x in nd] == data
    csv_lines = top(store, "--format", "csv").stdout.splitlines()
    assert csv_lines[0] == (
        "id,fingerprint,title,status,badges,max_severity,max_level,count,previous,change,"
        "trend,first_seen,last_seen,services,top_service,priority"
    )
    assert csv_lines[1].startswith(
        'bbbb000,fp1:bbbb000000000000,Disk full,unresolved,"[""new""]",critical,error,1,0,,'
        '"[0,0,0,0,0,0,0,0,1,0,0,0]",2026-11-28T11:40:00.000000Z'
    )


def test_filters_new_by_and_sort(store: Path) -> None:
    new = json.loads(top(store, "--new", "--format", "json").stdout)
    assert [g["id"] for g in new] == ["bbbb000"]
    by = json.loads(top(store, "--by", "service", "--format", "json").stdout)
    assert by == [
        {"value": "api", "count": 3, "previous": 1, "change": 2.0, "groups": 1},
        {"value": "db", "count": 1, "previous": 0, "change": None, "groups": 1},
    ]
    assert "api" in top(store, "--by", "service").stdout
    counted = json.loads(top(store, "--sort", "count", "--format", "json").stdout)
    assert [g["id"] for g in counted] == ["aaaa000", "bbbb000"]
    svc = json.loads(top(store, "--service", "db", "--format", "json").stdout)
    assert [g["id"] for g in svc] == ["bbbb000"]
    sev = json.loads(top(store, "--severity", "critical", "--format", "json").stdout)
    assert [g["id"] for g in sev] == ["bbbb000"]
    text = json.loads(top(store, "disk", "--format", "json").stdout)
    assert [g["id"] for g in text] == ["bbbb000"]
    three = json.loads(top(store, "--since", "3d", "--format", "json").stdout)
    assert [g["count"] for g in three] == [1, 5]


def test_by_severity_lists_the_worst_first_not_the_most(store: Path) -> None:
    # Three high events and one critical: a scale reads from its top, whatever the counts.
    by = json.loads(top(store, "--by", "severity", "--format", "json").stdout)
    assert [(b["value"], b["count"]) for b in by] == [("critical", 1), ("high", 3)]
    table = top(store, "--by", "severity").stdout.splitlines()
    assert [line.split()[0] for line in table[2:]] == ["critical", "high"]


def test_empty_window_and_errors(store: Path) -> None:
    r = run("--db", str(store), "top", "--at", "2026-01-01T00:00Z")
    assert r.exit_code == 0 and r.stdout == "" and "no groups" in r.stderr
    assert top(store, "--sort", "nope").exit_code == 2
    assert top(store, "--by", "nope").exit_code == 2
    assert top(store, "--format", "xml").exit_code == 2
    assert top(store, "--since", "2026-11-28T13:00Z").exit_code == 2


@pytest.mark.parametrize("since", ["0m", "0s", "0h", "0.0d", "-5m"])
@pytest.mark.parametrize("command", ["top", "report"])
def test_a_window_of_no_length_is_a_usage_error(store: Path, command: str, since: str) -> None:
    # `top --since 0m` crashed with a traceback (exit 1).
    r = run("--db", str(store), command, "--at", "2026-11-28T12:00Z", f"--since={since}")
    assert r.exit_code == 2 and r.stdout == ""
    assert r.stderr.startswith("error: ") and "Traceback" not in r.stderr
    if since[0] == "0":
        assert f"the window is empty: --since {since} is no length of time" in r.stderr


def test_an_empty_window_says_where_the_events_are(store: Path) -> None:
    # Old logs read today: the default window (the last hour) holds none of them, and the
    # user is told their span and the window that shows them.
    r = run("--db", str(store), "top", "--at", "2027-03-01T00:00Z")
    assert r.exit_code == 0 and r.stdout == ""
    assert (
        "hint: the store's events span 2026-11-26 12:00 .. 2026-11-28 11:55 UTC: "
        "--since 2026-11-26 for all of them, --at 2026-11-28T11:56Z for their last 1h"
    ) in r.stderr
    assert (
        "--at 2026-11-28T11:56Z" in top(store, "--at", "2025-01-01T00:00Z", "--by", "level").stderr
    )
    # The hint follows the suggestion: that window holds events.
    assert "4 events" in top(store, "--at", "2026-11-28T11:56Z").stdout
    # Events inside the window, all filtered out, and none of that service at any time: the
    # hint says so, rather than send the user to another window.
    r = top(store, "--service", "nope")
    assert "no groups" in r.stderr
    assert "hint: no stored event's service is nope" in r.stderr
    assert "at any time" not in r.stderr  # said once: the name hint says why
    assert "--since" not in r.stderr


def test_watch_exits_130_on_ctrl_c(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    calls = []

    def interrupt(_seconds: float) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt

    monkeypatch.setattr(time, "sleep", interrupt)
    r = top(store, "--watch", "1", "--format", "ndjson")
    assert r.exit_code == 130
    assert len(r.stdout.splitlines()) == 4  # two refreshes of two groups


def test_watch_waits_for_a_store_not_there_yet(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`top --watch` started before the first ingest (a fresh host) waits for the store, as
    `tail -F` waits for its file, saying so once; it used to exit 4 at once."""
    import time

    looks = []

    def sleep(_seconds: float) -> None:
        looks.append(1)
        if len(looks) == 1:  # while it waits, an ingest creates the store
            assert not db.exists()
            at = AT - timedelta(minutes=20)
            disk = batches.batch([{"timestamp": at}], title="Disk full", template="Disk full")
            DuckDBStore(db).commit_batch(disk, None, None)
        elif len(looks) == 3:
            raise KeyboardInterrupt

    monkeypatch.setattr(time, "sleep", sleep)
    r = top(db, "--watch", "1", "--format", "ndjson")
    assert r.exit_code == 130
    assert [json.loads(line)["title"] for line in r.stdout.splitlines()] == ["Disk full"] * 2
    assert r.stderr.count("waiting for the store") == 1


def test_source_filters_as_in_search_and_groups(db: Path) -> None:
    # The README's "filters as in search": top had no --source (only the source: term).
    rows = [
        {"fingerprint": A, "timestamp": AT - timedelta(minutes=5), "title": "boom",
         "template": "boom", "source": "/var/log/api/app.log"},
        {"fingerprint": B, "timestamp": AT - timedelta(minutes=5), "title": "Disk full",
         "template": "Disk full", "source": "/var/log/db/db.log"},
    ]  # fmt: skip
    DuckDBStore(db).commit_batch(batches.batch(rows), None, None)
    r = top(db, "--source", "api/", "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert [g["fingerprint"] for g in json.loads(r.stdout)] == [A]
    assert r.stdout == top(db, "source:api/", "--format", "json").stdout
