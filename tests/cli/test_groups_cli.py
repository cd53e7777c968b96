"""`errctl groups`, `show` and `explain` end to end, with golden machine output."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

import orjson
import pyarrow as pa
import pytest

from errctl.store.batch_writes import BATCH_COLUMNS
from errctl.store.duckdb_store import DuckDBStore
from tests import batches
from tests.cli_runner import run

PY_LOG = batches.PY_LOG


row = batches.row


@pytest.fixture
def fixed(db: Path) -> Path:
    """A store with known fingerprints, so machine output can be compared whole."""
    rows = [
        row(line=1, attributes='{"user_id": 7}'),
        row(line=2, host="web-2", timestamp=datetime(2024, 5, 1, 13, 30, 0, 250000)),
        row(
            line=3,
            fingerprint="fp1:aaaab00000000000",
            message="=cmd 1",
            template="=cmd <*>",
            title="=cmd 1",
            level="warning",
            severity="low",
            service=None,
            host=None,
        ),
    ]
    DuckDBStore(db).commit_batch(
        pa.table({c: [r[c] for r in rows] for c in BATCH_COLUMNS}), None, None
    )
    return db


EXPECTED = [
    {
        "id": "aaaa000",
        "fingerprint": "fp1:aaaa000000000000",
        "title": "boom",
        "template": "boom",
        "exception_type": None,
        "count": 2,
        "first_seen": "2024-05-01T12:00:00.000000Z",
        "last_seen": "2024-05-01T13:30:00.250000Z",
        "max_level": "error",
        "max_severity": "medium",
        "services": 1,
        "hosts": 2,
        "users": 1,
        "top_service": "api",
    },
    {
        "id": "aaaab00",
        "fingerprint": "fp1:aaaab00000000000",
        "title": "=cmd <*>",
        "template": "=cmd <*>",
        "exception_type": None,
        "count": 1,
        "first_seen": "2024-05-01T12:00:00.000000Z",
        "last_seen": "2024-05-01T12:00:00.000000Z",
        "max_level": "warning",
        "max_severity": "low",
        "services": 0,
        "hosts": 0,
        "users": 0,
        "top_service": None,
    },
]


def test_groups_json_is_golden(fixed: Path):
    result = run("--db", str(fixed), "groups", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert orjson.loads(result.stdout) == EXPECTED
    assert result.stderr == ""


def test_groups_ndjson_is_golden(fixed: Path):
    result = run("--db", str(fixed), "groups", "--format", "ndjson", "--sort", "last-seen")
    assert result.exit_code == 0
    assert [orjson.loads(line) for line in result.stdout.splitlines()] == EXPECTED


def test_groups_csv_is_golden(fixed: Path):
    result = run("--db", str(fixed), "groups", "--format", "csv", "--limit", "0")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == list(EXPECTED[0])
    assert rows[1] == [
        "aaaa000",
        "fp1:aaaa000000000000",
        "boom",
        "boom",
        "",
        "2",
        "2024-05-01T12:00:00.000000Z",
        "2024-05-01T13:30:00.250000Z",
        "error",
        "medium",
        "1",
        "2",
        "1",
        "api",
    ]
    assert rows[2][2:4] == ["'=cmd <*>", "'=cmd <*>"]  # spreadsheet formulas neutralised
    assert len(rows) == 3


def test_groups_filters_and_table(fixed: Path):
    result = run("--db", str(fixed), "groups", "cmd")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:3] == ["ID", "EVENTS", "LEVEL"]
    assert len(lines) == 2 and lines[1].startswith("aaaab00") and "=cmd <*>" in lines[1]
    since = run("--db", str(fixed), "groups", "--since", "2024-05-01T13:00", "--format", "json")
    assert [(g["id"], g["count"]) for g in orjson.loads(since.stdout)] == [("aaaa000", 1)]
    none = run("--db", str(fixed), "groups", "nothing-like-this")
    assert none.exit_code == 0 and none.stdout == "" and "no groups match" in none.stderr
    bad = run("--db", str(fixed), "groups", "--sort", "size")
    assert bad.exit_code == 2 and "--sort" in bad.stderr


def test_prefixes_resolve_like_git(fixed: Path):
    ok = run("--db", str(fixed), "show", "aaaab", "--format", "json")
    assert ok.exit_code == 0 and orjson.loads(ok.stdout)["fingerprint"] == "fp1:aaaab00000000000"
    ambiguous = run("--db", str(fixed), "show", "aaaa")
    assert ambiguous.exit_code == 2 and ambiguous.stdout == ""
    assert "ambiguous" in ambiguous.stderr
    assert "aaaa000" in ambiguous.stderr and "aaaab00" in ambiguous.stderr
    unknown = run("--db", str(fixed), "explain", "ffff")
    assert unknown.exit_code == 2 and "no group 'ffff'" in unknown.stderr


def test_one_stack_with_other_lines_and_values_is_one_group(tmp_path: Path, db: Path):
    log = tmp_path / "worker.log"
    log.write_text(PY_LOG)
    assert run("--db", str(db), "ingest", str(log), "-q").exit_code == 0
    listed = orjson.loads(run("--db", str(db), "groups", "--format", "json").stdout)
    assert len(listed) == 1 and listed[0]["count"] == 2
    assert listed[0]["title"] == "KeyError: 'amount'"

    shown = run("--db", str(db), "show", listed[0]["id"])
    assert shown.exit_code == 0, shown.stderr
    out = shown.stdout
    assert "KeyError: 'amount'" in out and "2 event(s)" in out
    assert "█" in out and "one column per hour" in out  # the histogram: 12:00 and 14:00
    assert f"{log}:10" in out and f"{log}:1" in out  # samples with source:line
    assert "* /srv/app/calc.py:45 in compute" in out  # the latest stack, in-app marked
    assert "    /usr/lib/python3.11/site-packages/lib/x.py:9 in helper" in out

    detail = orjson.loads(run("--db", str(db), "show", listed[0]["id"], "--format", "json").stdout)
    assert [s["line"] for s in detail["samples"]] == [10, 1]
    assert [h["count"] for h in detail["hourly"]] == [1, 1]
    # A window with none of its events is an answer: exit 0, a count of 0.
    empty = run("--db", str(db), "show", listed[0]["id"], "--since", "2099-01-01")
    assert empty.exit_code == 0, empty.stderr
    assert "0 event(s) in the window" in empty.stdout
    assert "(its life: none in the window)" in empty.stdout

    explained = run("--db", str(db), "explain", listed[0]["id"])
    assert explained.exit_code == 0
    assert "exception chain with frames" in explained.stdout
    assert "library" in explained.stdout and "not in-app" in explained.stdout
    assert listed[0]["fingerprint"] in explained.stdout
    as_json = orjson.loads(run("--db", str(db), "explain", "event:1", "--format", "json").stdout)
    assert as_json["matches"] is True
    assert [f["status"] for f in as_json["chain"][0]["frames"]] == [
        "counted",
        "library",
        "counted",
    ]


JAVA_LOG = (
    "2026-11-29 10:00:00.123 ERROR [main] com.acme.Service - request failed\n"
    "java.lang.IllegalStateException: boom\n"
    "\tat com.acme.Service.run(Service.java:10)\n"
    "\tSuppressed: java.io.IOException: close failed\n"
    "\t\tat com.acme.Res.close(Res.java:3)\n"
)
# A stack field whose text no parser knows (a custom runtime's steps).
ODD_STACK = (
    '{"ts": "2026-11-29T10:00:02Z", "msg": "gave up", "stack_trace": "at step one\\nat two"}\n'
)


def test_show_prints_the_trace_as_logged_on_request_or_when_nothing_parsed_it(
    tmp_path: Path, db: Path
):
    (tmp_path / "svc.log").write_text(JAVA_LOG)
    (tmp_path / "odd.jsonl").write_text(ODD_STACK)
    assert run("--db", str(db), "ingest", str(tmp_path), "-q").exit_code == 0
    listed = orjson.loads(run("--db", str(db), "groups", "--format", "json").stdout)
    by_title = {g["title"]: g["id"] for g in listed}
    java = by_title["java.lang.IllegalStateException: boom"]

    parsed = run("--db", str(db), "show", java).stdout
    assert "* Service.java:10 in run" in parsed and "Suppressed" not in parsed
    logged = run("--db", str(db), "show", java, "--as-logged").stdout
    assert "stack trace of the latest event (as logged)" in logged
    assert "Suppressed: java.io.IOException: close failed" in logged
    assert "Service.java:10 in run" not in logged
    detail = orjson.loads(run("--db", str(db), "show", java, "--format", "json").stdout)
    assert detail["stack_text"].splitlines()[2] == "\tSuppressed: java.io.IOException: close failed"

    shown = run("--db", str(db), "show", by_title["gave up"]).stdout
    assert "stack trace of the latest event (as logged; no parser read it)" in shown
    assert "  at step one\n  at two\n" in shown


def test_log_text_is_never_markup_or_terminal_control(db: Path):
    rows = [row(message="[bold]x[/bold] \x1b[31mred", template="[bold]x[/bold] \x1b[31mred")]
    DuckDBStore(db).commit_batch(
        pa.table({c: [r[c] for r in rows] for c in BATCH_COLUMNS}), None, None
    )
    listed = run("--db", str(db), "groups")
    assert "[bold]x[/bold] \\x1b[31mred" in listed.stdout and "\x1b" not in listed.stdout
    shown = run("--db", str(db), "show", "aaaa000")
    assert "[bold]x[/bold]" in shown.stdout and "\x1b" not in shown.stdout


@pytest.mark.parametrize("command", ["groups", "show", "explain"])
def test_every_command_has_help_with_examples(command: str):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Examples:" in result.stdout


def _count_opens(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """The `read_only` of every connection the store opens from now on."""
    opened: list[bool] = []
    connect = DuckDBStore._connect

    def counting(self: DuckDBStore, read_only: bool, sealed: bool = False):
        opened.append(read_only)
        return connect(self, read_only, sealed)

    monkeypatch.setattr(DuckDBStore, "_connect", counting)
    return opened


@pytest.mark.parametrize(
    "args",
    [("groups",), ("groups", "--all"), ("show", "aaaa000"), ("explain", "aaaa000")],
)
def test_a_command_opens_the_store_once(fixed: Path, monkeypatch: pytest.MonkeyPatch, args):
    # Each open of the store costs tens of milliseconds: `show` asked its dozen questions on
    # a connection each and took over a second on a store of two thousand events.
    opened = _count_opens(monkeypatch)
    result = run("--db", str(fixed), *args)
    assert result.exit_code == 0, result.stderr
    assert opened == [True]


def test_a_title_is_not_indented_like_its_log_line(db: Path):
    # Rails indents what it renders inside a layout (`  Rendered x.html.erb (1.9ms)`): the
    # template keeps the indentation, the title column of a listing did too.
    rendered = row(
        fingerprint="fp1:cccc000000000000",
        message="  Rendered pages/home.html.erb (1.9ms)",
        template="  Rendered <*> (<*>)",
        title="  Rendered pages/home.html.erb (1.9ms)",
        level="info",
        severity=None,
    )
    DuckDBStore(db).commit_batch(batches.batch([rendered]), None, None)
    listed = orjson.loads(run("--db", str(db), "groups", "--format", "json").stdout)
    assert [(g["title"], g["template"]) for g in listed] == [
        ("Rendered <*> (<*>)", "  Rendered <*> (<*>)")
    ]
    table = run("--db", str(db), "groups").stdout.splitlines()
    assert table[1].endswith("  Rendered <*> (<*>)") and not table[1].endswith(
        "   Rendered <*> (<*>)"
    )


@pytest.mark.parametrize(
    "args", [("resolve", "aaaa000"), ("ignore", "aaaa000"), ("reopen", "aaaa000")]
)
def test_a_lifecycle_command_reads_on_one_connection_then_writes(
    fixed: Path, monkeypatch: pytest.MonkeyPatch, args
):
    # A resolve asked its questions (states, lifecycles, which group) on a connection each,
    # six opens in all; now one read, the write, and the read of the ids it prints.
    opened = _count_opens(monkeypatch)
    result = run("--db", str(fixed), *args)
    assert result.exit_code == 0, result.stderr
    assert opened == [True, False, True]


PG_LOG = """\
2026-11-30 23:31:12.564 UTC [20969] postgres@app ERROR:  duplicate key value violates unique constraint "users_pkey"
2026-11-30 23:31:12.564 UTC [20969] postgres@app DETAIL:  Key (id)=(1) already exists.
2026-11-30 23:31:12.564 UTC [20969] postgres@app STATEMENT:  insert into users values (1,'c@x.org');
2026-11-30 23:31:24.391 UTC [21611] postgres@app ERROR:  duplicate key value violates unique constraint "users_pkey"
2026-11-30 23:31:24.391 UTC [21611] postgres@app DETAIL:  Key (id)=(3) already exists.
2026-11-30 23:31:24.391 UTC [21611] postgres@app STATEMENT:  insert into users values (3,'v3@x.org')
"""  # noqa: E501 (PostgreSQL 15's stderr log, as this machine's server wrote it)


def test_show_says_what_a_database_error_said_beside_its_message(tmp_path: Path, db: Path):
    """PostgreSQL's DETAIL and STATEMENT lines are attributes (one error, one group, whatever
    the statement); `show` prints the newest event's under the samples."""
    (tmp_path / "postgresql-15-main.log").write_text(PG_LOG)
    assert run("--db", str(db), "ingest", str(tmp_path), "-q").exit_code == 0
    (group,) = orjson.loads(run("--db", str(db), "groups", "--format", "json").stdout)
    shown = run("--db", str(db), "show", group["id"]).stdout
    assert "    detail    Key (id)=(3) already exists." in shown
    assert "    query     insert into users values (3,'v3@x.org')" in shown


GO_SERVICE_LOG = (
    b"".join(
        orjson.dumps(
            {
                "level": "error",
                "ts": f"2026-11-30T23:40:{i:02d}.5Z",
                "caller": "db/pool.go:88",
                "msg": "failed to acquire connection",
                "error": error,
            }
        )
        + b"\n"
        for i, error in enumerate(
            [
                "dial tcp 10.0.4.17:5432: connect: connection refused",
                "context deadline exceeded",
                "dial tcp 10.0.4.18:5432: connect: connection refused",
                'pq: password authentication failed for user "billing"',
                "dial tcp 10.0.4.17:5432: connect: connection refused",
                "context deadline exceeded",
            ]
        )
    )
    + orjson.dumps(
        # An error object (ECS's, a JSON encoder's of an error): its message, not the key after.
        {
            "level": "error",
            "ts": "2026-11-30T23:40:30.5Z",
            "msg": "failed to acquire connection",
            "error": {"message": "sorry, too many clients already", "code": "53300"},
            "cause": "pool exhausted",
        }
    )
    + b"\n"
    + (
        # A logfmt service beside it (slog's text handler): `err`, the other common key.
        b'time=2026-11-30T23:41:00Z level=ERROR msg="publish failed" err="nats: timeout"\n'
        b'time=2026-11-30T23:41:01Z level=ERROR msg="publish failed" err="nats: timeout"\n'
    )
)


def test_show_counts_why_a_structured_logs_events_failed(tmp_path: Path, db: Path):
    """zap's `logger.Error("failed to acquire connection", zap.Error(err))`: the message is
    the statement, one group; the `error` field is why each event failed. `show` counts the
    reasons, masked (two hosts refusing are one reason), and prints each sample's."""
    (tmp_path / "billing.jsonl").write_bytes(GO_SERVICE_LOG)
    assert run("--db", str(db), "ingest", str(tmp_path), "-q").exit_code == 0
    listed = orjson.loads(run("--db", str(db), "groups", "--format", "json").stdout)
    by_title = {g["title"]: g["id"] for g in listed}
    assert set(by_title) == {"failed to acquire connection", "publish failed"}
    shown = run("--db", str(db), "show", by_title["failed to acquire connection"]).stdout
    assert (
        "errors    dial tcp <*>: connect: connection refused (3), context deadline exceeded (2), "
        "pq: password authentication failed for user <*> (1), sorry, too many clients already "
        "(1)" in shown
    )
    assert "failed to acquire connection  error: context deadline exceeded  " in shown
    assert "failed to acquire connection  error: sorry, too many clients already  " in shown
    record = orjson.loads(
        run("--db", str(db), "show", by_title["publish failed"], "--format", "json").stdout
    )
    assert record["errors_top"] == [{"value": "nats: timeout", "count": 2}]
    assert record["errors_distinct"] == 1


def test_show_of_a_group_whose_events_say_no_reason_has_no_errors_line(tmp_path: Path, db: Path):
    (tmp_path / "app.log").write_text(PY_LOG)
    assert run("--db", str(db), "ingest", str(tmp_path), "-q").exit_code == 0
    for group in orjson.loads(run("--db", str(db), "groups", "--format", "json").stdout):
        shown = run("--db", str(db), "show", group["id"])
        assert shown.exit_code == 0 and "\nerrors " not in shown.stdout
        record = orjson.loads(run("--db", str(db), "show", group["id"], "--format", "json").stdout)
        assert record["errors_top"] == [] and record["errors_distinct"] == 0


def test_human_listings_mark_their_times_utc(fixed: Path) -> None:
    """The store's times are UTC: every time a table for people prints carries a `Z`, so an
    on-call engineer outside UTC does not read 12:00 as 12:00 of their zone."""
    groups = run("--db", str(fixed), "groups").stdout
    assert "2024-05-01 12:00Z" in groups and "2024-05-01 13:30Z" in groups
    search = run("--db", str(fixed), "search", "boom").stdout.splitlines()
    assert [line[:21] for line in search] == ["2024-05-01 13:30:00Z ", "2024-05-01 12:00:00Z "]
    show = run("--db", str(fixed), "show", "aaaa000").stdout
    assert "  2024-05-01 13:30:00Z  error" in show and "  2024-05-01 12:00:00Z  error" in show
    # Machine output keeps its ISO times, unchanged.
    records = orjson.loads(run("--db", str(fixed), "search", "boom", "--format", "json").stdout)
    assert records[0]["timestamp"] == "2024-05-01T13:30:00.250000Z"
