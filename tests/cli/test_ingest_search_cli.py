"""ingest and search through the CLI: stdout is data only, stderr the rest, exit codes as
documented. Golden outputs are written out here so a change to a machine format shows."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

from tests.cli_runner import run
from tests.conftest import errctl_cmd, subprocess_env

APP_LOG = (
    '{"ts": "2024-05-01T12:00:00Z", "level": "info", "service": "api", '
    '"msg": "GET /health took 3ms", "request_id": "r1"}\n'
    '{"ts": "2024-05-01T12:00:01Z", "level": "error", "service": "api", "host": "web-1", '
    '"msg": "payment 42 failed", "user": {"id": 7}, "trace_id": "t-1", '
    '"exc_info": "Traceback (most recent call last):\\n  File \\"/srv/app/pay.py\\", line 3, '
    'in charge\\n    do()\\nTimeoutError: upstream timed out"}\n'
    "not json at all\n"
    '{"ts": "2024-05-01T12:00:02Z", "level": "warning", "service": "worker", '
    '"msg": "=cmd|calc slow queue"}\n'
)


@pytest.fixture
def store(tmp_path: Path) -> Path:
    log = tmp_path / "app.jsonl"
    log.write_text(APP_LOG)
    db = tmp_path / "s.duckdb"
    result = run("--db", str(db), "ingest", str(log), "--summary", "json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert (summary["events"], summary["rejected"], summary["files"]) == (3, 1, 1)
    assert summary["sources"][0]["format"] == "json"
    return db


def test_text_summary_goes_to_stderr_only(tmp_path: Path):
    log = tmp_path / "a.jsonl"
    log.write_text(APP_LOG)
    result = run("--db", str(tmp_path / "s.duckdb"), "ingest", str(log))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "ingested 3 events" in result.stderr and "1 line(s) rejected" in result.stderr


def test_ndjson_golden(store: Path):
    result = run("--db", str(store), "search", "--format", "ndjson", "--oldest-first")
    assert result.exit_code == 0 and result.stderr == ""
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert list(events[0]) == [
        "id", "source", "line", "timestamp", "level", "service", "host", "message", "template",
        "fingerprint", "severity", "exception_type", "exception_value", "stack", "trace_id",
        "attributes", "logger", "timestamp_inferred", "format", "category",
    ]  # fmt: skip
    error = events[1]
    assert {k: v for k, v in error.items() if k not in ("source", "fingerprint", "template")} == {
        "id": 2,
        "line": 2,
        "timestamp": "2024-05-01T12:00:01.000000Z",
        "level": "error",
        "service": "api",
        "host": "web-1",
        "message": "payment 42 failed",
        "severity": "high",
        "exception_type": "TimeoutError",
        "exception_value": "upstream timed out",
        "stack": [
            {
                "type": "TimeoutError",
                "value": "upstream timed out",
                "language": "python",
                "frames": [
                    {"file": "/srv/app/pay.py", "function": "charge", "lineno": 3, "source": "do()"}
                ],
            }
        ],
        "trace_id": "t-1",
        "attributes": {
            "user": {"id": 7},
            "exception_text": 'Traceback (most recent call last):\n  File "/srv/app/pay.py", '
            "line 3, in charge\n    do()\nTimeoutError: upstream timed out",
        },
        "logger": None,
        "timestamp_inferred": False,
        "format": "json",
        "category": None,
    }
    assert error["source"].endswith("app.jsonl") and error["fingerprint"].startswith("fp1:")
    assert events[0]["attributes"] == {"request_id": "r1"}


def test_stack_term_finds_events_by_their_frames(store: Path):
    def lines(query: str) -> list[int]:
        result = run("--db", str(store), "search", query, "--format", "ndjson")
        assert result.exit_code == 0, result.stderr
        return [json.loads(line)["line"] for line in result.stdout.splitlines()]

    assert lines("stack:pay.py") == [2]  # the frame's file
    assert lines("stack:CHARGE") == [2]  # its function, in any case
    assert lines("stack:timed") == [2]  # the chain's value is in the stack too
    assert lines("stack:health") == []  # message text is not
    assert lines("stack:nowhere") == []
    assert lines('stack:"/srv/app/pay.py"') == [2]  # as written, though JSON escapes some


def test_stack_term_finds_what_no_parser_read(tmp_path: Path):
    """A frame only in a Java `Suppressed:` block, and a trace no parser reads, are found in
    the trace as logged."""
    log = tmp_path / "svc.log"
    log.write_text(
        "2024-05-01 12:00:00,000 ERROR [main] com.acme.Job - run failed\n"
        "java.lang.IllegalStateException: boom\n"
        "\tat com.acme.Job.run(Job.java:10)\n"
        "\tSuppressed: java.io.IOException: close failed\n"
        "\t\tat com.acme.CloseableResource.close(CloseableResource.java:42)\n"
        "\t\t... 1 more\n"
        "2024-05-01 12:00:01,000 INFO [main] com.acme.Job - CloseableResource is fine\n"
    )
    db = tmp_path / "s.duckdb"
    assert run("--db", str(db), "ingest", str(log)).exit_code == 0

    def lines(query: str) -> list[int]:
        result = run("--db", str(db), "search", query, "--format", "ndjson")
        assert result.exit_code == 0, result.stderr
        return [json.loads(line)["line"] for line in result.stdout.splitlines()]

    assert lines("stack:Job.run") == [1]
    assert lines("stack:CloseableResource.close") == [1]  # the suppressed frame
    assert lines("stack:closeableresource") == [1]  # not the INFO line's message
    assert lines("stack:100%") == []  # LIKE's wildcards are literal


def test_json_is_one_array_of_the_same_records(store: Path):
    ndjson = run("--db", str(store), "search", "--format", "ndjson").stdout.splitlines()
    array = json.loads(run("--db", str(store), "search", "--format", "json").stdout)
    assert array == [json.loads(line) for line in ndjson]


def test_csv_has_a_header_and_neutralises_formulas(store: Path):
    result = run("--db", str(store), "search", "--format", "csv", "service:worker")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 1
    assert rows[0]["message"] == "'=cmd|calc slow queue"
    assert rows[0]["level"] == "warning"


def test_table_is_one_line_per_event_newest_first(store: Path):
    result = run("--db", str(store), "search")
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert "worker" in lines[0] and "=cmd|calc slow queue" in lines[0]
    assert "payment 42 failed  [TimeoutError]" in lines[1] and "app.jsonl:2" in lines[1]


@pytest.mark.parametrize(
    ("args", "expected_lines"),
    [
        (["payment"], [2]),
        (["/pay(ment)? \\d+/"], [2]),
        (["--level", "warning"], [4, 2]),
        # The names logs write and engineers type from them, as the config takes them.
        (["--level", "WARN"], [4, 2]),
        (["--level", "err"], [2]),
        (["level:warn"], [4]),
        (["level:info"], [1]),
        (["attr.user.id:7"], [2]),
        (["trace:t-1"], [2]),
        (["--service", "worker"], [4]),
        (["--since", "2024-05-01T12:00:01Z", "--until", "2024-05-01T12:00:02Z"], [2]),
        (["timeouterror"], [2]),
    ],
)
def test_search_filters(store: Path, args: list[str], expected_lines: list[int]):
    result = run("--db", str(store), "search", *args, "--format", "ndjson")
    assert result.exit_code == 0, result.stderr
    assert [json.loads(x)["line"] for x in result.stdout.splitlines()] == expected_lines


def test_a_table_cut_at_its_limit_says_more_match(store: Path):
    # 50 rows of 448 matches, in silence, read as all of them.
    cut = run("--db", str(store), "search", "--limit", "2")
    assert cut.exit_code == 0 and len(cut.stdout.splitlines()) == 2
    assert cut.stderr == "... more match: the newest 2 shown (--limit 0 for all)\n"
    oldest = run("--db", str(store), "search", "--limit", "1", "--oldest-first")
    assert "the oldest 1 shown" in oldest.stderr
    whole = run("--db", str(store), "search", "--limit", "3")
    assert len(whole.stdout.splitlines()) == 3 and whole.stderr == ""
    data = run("--db", str(store), "search", "--limit", "2", "--format", "csv")
    assert len(data.stdout.splitlines()) == 3 and data.stderr == ""  # machine output: as asked


def test_limit_and_limit_zero_streams_all(store: Path):
    one = run("--db", str(store), "search", "--limit", "1", "--format", "ndjson")
    assert len(one.stdout.splitlines()) == 1
    every = run("--db", str(store), "search", "--limit", "0", "--format", "ndjson")
    assert len(every.stdout.splitlines()) == 3


@pytest.mark.parametrize(
    "args",
    [
        ["search", "--format", "xml"],
        ["search", "--level", "loud"],
        ["search", "--since", "yesterday-ish"],
        ["search", "--since", "1h", "--until", "2h"],  # ends before it starts
        ["groups", "--since", "2024-05-02", "--until", "2024-05-01"],
        ["search", "level:loud"],
        ["ingest", "x.log", "--format", "jsn"],
        ["ingest", "x.log", "--pattern", "(unclosed"],
    ],
)
def test_usage_errors_exit_2_with_a_message_on_stderr(store: Path, args: list[str]):
    result = run("--db", str(store), *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "error:" in result.stderr


def test_did_you_mean_for_a_misspelt_format(tmp_path: Path):
    result = run("--db", str(tmp_path / "s.duckdb"), "ingest", "x", "--format", "jsn")
    assert "did you mean 'json'" in result.stderr


def test_searching_a_store_that_does_not_exist_exits_4(tmp_path: Path):
    result = run("--db", str(tmp_path / "none.duckdb"), "search", "x")
    assert result.exit_code == 4 and "no store" in result.stderr


def test_a_long_error_is_one_line_on_a_pipe(tmp_path: Path):
    # Not a terminal (a CI log, `2>err.txt`): the message must not be cut at 80 columns.
    deep = tmp_path / ("d" * 60) / ("e" * 60) / "none.duckdb"
    proc = subprocess.run(
        [*errctl_cmd(), "--db", str(deep), "search", "x"],
        capture_output=True,
        text=True,
        env=subprocess_env(),
    )
    assert proc.returncode == 4
    lines = proc.stderr.splitlines()
    assert lines[0].startswith("error: no store at ") and lines[0].endswith("none.duckdb")
    assert lines[1].startswith("hint: ")


def test_strict_exits_3_but_keeps_the_good_lines(tmp_path: Path):
    log = tmp_path / "a.jsonl"
    log.write_text(APP_LOG)
    db = tmp_path / "s.duckdb"
    assert run("--db", str(db), "ingest", str(log), "--strict").exit_code == 3
    result = run("--db", str(db), "search", "--format", "ndjson")
    assert len(result.stdout.splitlines()) == 3


def test_a_missing_path_exits_3_after_ingesting_the_others(tmp_path: Path):
    """A path named that does not exist is the user's mistake: said on stderr, exit 3 (bad
    input), while the paths that do exist are still ingested and the summary says so."""
    log = tmp_path / "a.jsonl"
    log.write_text(APP_LOG)
    db = tmp_path / "s.duckdb"
    missing = tmp_path / "a.jsnol"
    result = run("--db", str(db), "ingest", str(missing), str(log), "--summary", "json")
    assert result.exit_code == 3
    assert f"error: no such file or directory: {missing}" in result.stderr.splitlines()
    summary = json.loads(result.stdout)
    assert (summary["events"], summary["files"], summary["skipped"]) == (3, 1, 1)
    search = run("--db", str(db), "search", "--format", "ndjson")
    assert len(search.stdout.splitlines()) == 3
    alone = run("--db", str(db), "ingest", str(missing), str(tmp_path / "nope" / "b.log"))
    assert alone.exit_code == 3
    assert f"error: no such files: {missing}, {tmp_path / 'nope' / 'b.log'}" in alone.stderr
    assert run("--db", str(db), "ingest", str(missing), "--strict").exit_code == 3


def test_a_glob_or_filter_that_matches_nothing_is_no_error(tmp_path: Path):
    """A folder whose files --include leaves out, or a glob the shell passed on unexpanded
    because nothing in an existing folder matched it, holds nothing to ingest: a warning."""
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "a.jsonl").write_text(APP_LOG)
    db = tmp_path / "s.duckdb"
    walked = run("--db", str(db), "ingest", str(tmp_path / "logs"), "--include", "*.log")
    assert walked.exit_code == 0 and "no files to ingest" in walked.stderr
    glob = run("--db", str(db), "ingest", str(tmp_path / "logs" / "*.log.1"), "--strict")
    assert glob.exit_code == 0 and "no file matches this glob" in glob.stderr


def test_stdin_as_a_real_process(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    proc = subprocess.run(
        [*errctl_cmd(), "--db", str(db), "ingest", "-", "--source-name", "kubectl:api", "-q"],
        input=APP_LOG,
        text=True,
        capture_output=True,
        env=subprocess_env(),
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == ""
    out = subprocess.run(
        [*errctl_cmd(), "--db", str(db), "search", "--format", "ndjson", "source:kubectl*"],
        capture_output=True,
        text=True,
        env=subprocess_env(),
    )
    assert len(out.stdout.splitlines()) == 3


def test_service_names_the_events_that_carry_none(tmp_path: Path):
    plain = tmp_path / "billing.log"
    plain.write_text("2024-05-01 12:00:00,000 - billing.jobs - ERROR - Charge failed\n")
    tagged = tmp_path / "api.jsonl"
    tagged.write_text(
        '{"ts": "2024-05-01T12:00:01Z", "level": "error", "msg": "x", "service": "api"}\n'
    )
    db = str(tmp_path / "s.duckdb")
    assert (
        run("--db", db, "ingest", str(plain), str(tagged), "--service", "billing", "-q").exit_code
        == 0
    )
    rows = [
        json.loads(x) for x in run("--db", db, "search", "--format", "ndjson").stdout.splitlines()
    ]
    assert sorted((r["source"].rsplit("/", 1)[-1], r["service"]) for r in rows) == [
        ("api.jsonl", "api"),  # its own service wins
        ("billing.log", "billing"),
    ]


def test_db_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    log = tmp_path / "a.jsonl"
    log.write_text(APP_LOG)
    monkeypatch.setenv("ERRCTL_DB", str(tmp_path / "env.duckdb"))
    assert run("ingest", str(log), "-q").exit_code == 0
    assert (tmp_path / "env.duckdb").exists()


def test_version_and_help():
    assert run("--version").stdout.startswith("errctl ")
    for command in ("ingest", "search"):
        help_text = run(command, "--help").stdout
        assert "Examples:" in help_text
    assert "Exit codes" in run("--help").stdout


def test_terminal_escapes_and_markup_from_logs_are_shown_not_obeyed(tmp_path: Path):
    log = tmp_path / "evil.jsonl"
    log.write_text(
        '{"ts": "2024-05-01T12:00:00Z", "level": "error", '
        '"msg": "pwned \\u001b[2J\\u001b]0;title\\u0007 [bold red]x[/] \\u202eabc"}\n'
    )
    db = tmp_path / "s.duckdb"
    run("--db", str(db), "ingest", str(log), "-q")
    out = run("--db", str(db), "search").stdout
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b[2J" in out and "\\x07" in out and "\\u202e" in out
    assert "[bold red]x[/]" in out


def test_a_summary_of_many_files_still_names_the_ones_no_format_read():
    from errctl.cli.render import summary_text
    from errctl.models import IngestSummary, SourceResult

    def read(name: str, fmt: str, **kw) -> SourceResult:
        kw = {"format_reason": f"100% of 9 sampled lines parse as {fmt}", "events": 9, **kw}
        return SourceResult(f"/var/log/{name}", fmt, **kw)

    sources = [read(f"app{i}.log", "python") for i in range(18)]
    sources += [read(f"mail{i}.log", "syslog") for i in range(4)]
    sources.append(read("clickhouse.log", "raw", format_reason="no format parses any"))
    sources.append(read("old.log", "raw", events=0, resumed_from=120))  # nothing new: quiet
    sources.append(read("api.log", "json", rejected=3))
    sources.append(SourceResult("/var/log/core", skipped="binary"))
    text = summary_text(IngestSummary(sources, seconds=1.0))
    lines = text.splitlines()
    # Before: past 20 files, not a line about any of them, the unread one included.
    assert lines[0] == "  /var/log/clickhouse.log: 9 events, raw [no format parses any]"
    assert lines[1].startswith("  /var/log/api.log: 9 events, json [") and "3 rejected" in lines[1]
    assert lines[2] == (
        "  23 other file(s) read: 18 python, 4 syslog, 1 raw (--summary json lists every file)"
    )
    assert lines[3].startswith("ingested ") and len(lines) == 4


def test_search_table_keeps_its_columns_whatever_the_service_name(tmp_path: Path, db: Path):
    log = tmp_path / "svc.log"
    log.write_text(
        "".join(
            json.dumps(
                {
                    "ts": f"2024-05-01T12:00:0{i}Z",
                    "level": "error",
                    "service": name,
                    "msg": f"disk full on volume {i}",
                }
            )
            + "\n"
            for i, name in enumerate(["api", "postfix/cleanup", "org.hibernate.orm.deprecation"])
        )
    )
    assert run("--db", str(db), "ingest", "-q", str(log)).exit_code == 0
    lines = run("--db", str(db), "search", "disk full", "--oldest-first").stdout.splitlines()
    # Before: a 13-16 character name pushed its message right; a longer one was cut silently.
    assert [line.index("disk full") for line in lines] == [48, 48, 48]
    assert [line[31:48] for line in lines] == [
        "api              ",
        "postfix/cleanup  ",
        "org.hibernate.o… ",
    ]


def test_a_cut_service_name_says_so_and_keeps_its_width():
    from errctl.cli.render import service_cell

    # top's and groups' SERVICE columns printed `postfix/cl` and `spring-batch`: other names.
    assert service_cell("postfix/cleanup", 10) == "postfix/c…"
    assert service_cell("kernel", 12, 1) == "kernel +1   "
    assert service_cell("spring-batch-billing-job", 12, 3) == "spring-b… +3"
    assert service_cell(None, 10) == "-         "
    assert service_cell("api\x1b[2J", 16) == "api\\x1b[2J      "


@pytest.mark.parametrize(
    ("args", "which", "until"),
    [
        (("search", "failed", "--since", "2h"), 'the events matching query "failed"', ""),
        (("groups", "--since", "1d"), "the store's events", ""),
        # Events after the window's end: reached by moving the end too.
        (("groups", "--until", "2020-01-01"), "the store's events", " --until 2024-05-01T12:01Z"),
    ],
)
def test_an_empty_window_of_old_logs_says_where_the_events_are(store: Path, args, which, until):
    # Old logs read today: `groups --since 1d`, as the README shows it, said only "no groups
    # match" (top already said where the events were).
    result = run("--db", str(store), *args)
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr.splitlines()[-1] == (
        f"hint: {which} span 2024-05-01 12:00 .. 2024-05-01 12:00 UTC: "
        f"--since 2024-05-01{until} for all of them"
    )


def test_no_window_hint_when_the_filters_match_nothing_at_any_time(store: Path):
    # No other window to send the user to: the hint says the filters are why.
    result = run("--db", str(store), "search", "nothing-like-this", "--since", "2024-01-01")
    assert result.stderr.splitlines() == [
        "no events match",
        'hint: no stored event matches query "nothing-like-this", at any time (the store\'s '
        "events span 2024-05-01 12:00 .. 2024-05-01 12:00 UTC)",
    ]


def test_the_summary_counts_one_event_in_the_singular(tmp_path: Path):
    log = tmp_path / "one.log"
    log.write_text("2026-11-28 10:00:00,120 ERROR [app.db] connection refused by db-1\n")
    result = run("--db", str(tmp_path / "s.duckdb"), "ingest", "--tz", "UTC", str(log))
    assert result.exit_code == 0, result.stderr
    assert ": 1 event, python [" in result.stderr, result.stderr  # was "1 events"
    assert "ingested 1 event from 1 file(s)" in result.stderr, result.stderr


def test_the_summary_names_stdin_as_its_events_are_stored(tmp_path: Path):
    db = tmp_path / "s.duckdb"
    named = run("--db", str(db), "ingest", "-", "--source-name", "app.log.zst", input=APP_LOG)
    assert named.exit_code == 0 and "  app.log.zst: 3 events" in named.stderr
    plain = run("--db", str(db), "ingest", "-", input=APP_LOG)
    assert plain.exit_code == 0 and "  <stdin>: 3 events" in plain.stderr
