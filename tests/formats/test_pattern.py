import json

import duckdb
import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.errors import UsageError
from errctl.formats.pattern import PatternFormat, pattern_warnings
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore


def test_named_groups():
    fmt = PatternFormat(
        r"(?P<timestamp>\S+ \S+) (?P<level>\w+) (?P<host>\S+) (?P<service>\w+)\[(?P<pid>\d+)\]: "
        r"(?P<message>.*)"
    )
    assert fmt.name == "pattern"
    f = fmt.parse("2024-01-01 12:00:00 ERROR web1 api[42]: boom")
    assert (f.timestamp, f.level, f.host, f.service, f.message) == (
        "2024-01-01 12:00:00",
        "ERROR",
        "web1",
        "api",
        "boom",
    )
    assert f.attributes == {"pid": "42"}


def test_without_message_group():
    fmt = PatternFormat(r"(?P<timestamp>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (?P<level>[A-Z]+)")
    assert fmt.parse("2024-01-01 12:00:00 INFO - server started").message == "server started"
    assert fmt.parse("2024-01-01 12:00:00 INFO").message == "2024-01-01 12:00:00 INFO"


def test_anchored_and_optional_groups():
    fmt = PatternFormat(r"(?P<level>[A-Z]+)(?: \[(?P<thread>\w+)\])? (?P<message>.*)")
    assert fmt.parse("x ERROR y") is None
    f = fmt.parse("ERROR boom")
    assert (f.level, f.message, f.attributes) == ("ERROR", "boom", None)


def test_a_time_in_parts_is_the_timestamp():
    # Loghub's Linux layout: `<Month> <Date> <Time> <Level> <Component>(\[<PID>\])?: <Content>`.
    fmt = PatternFormat(
        r"(?P<Month>\w+)\s+(?P<Date>\d+)\s+(?P<Time>\S+)\s+(?P<level>\S+)\s+"
        r"(?P<component>[^\[:]+)(\[(?P<pid>\d+)\])?: (?P<message>.*)"
    )
    f = fmt.parse("Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown")
    assert (f.timestamp, f.level, f.message) == (
        "Jun 14 15:16:01",
        "combo",
        "check pass; user unknown",
    )
    assert f.attributes == {"component": "sshd(pam_unix)", "pid": "19939"}
    # With a timestamp group, parts are attributes as any other group.
    fmt = PatternFormat(r"(?P<timestamp>\S+ \S+) took (?P<time>\d+ms): (?P<message>.*)")
    f = fmt.parse("2024-01-01 12:00:00 took 12ms: query")
    assert (f.timestamp, f.attributes) == ("2024-01-01 12:00:00", {"time": "12ms"})


def test_a_time_in_parts_is_stored_as_the_events_time(tmp_path):
    log = tmp_path / "Linux.log"
    log.write_text("Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown\n")
    db = tmp_path / "s.duckdb"
    pattern = r"(?P<month>\w+) (?P<date>\d+) (?P<time>\S+) (?P<level>\S+) (?P<message>.*)"
    summary = ingest([str(log)], DuckDBStore(db), IngestOptions(pattern=pattern))
    assert summary.events == 1
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute("SELECT timestamp, timestamp_inferred, level, attributes FROM events")
        stamp, inferred, level, attributes = row.fetchone()
    assert (stamp.month, stamp.day, stamp.hour, inferred) == (6, 14, 15, False)
    assert level is None and json.loads(attributes) == {"level_raw": "combo"}


@pytest.mark.parametrize("regex", ["(?P<x", "[unclosed", "(?P<a>x)(?P<a>y)", "*"])
def test_compile_errors_are_usage_errors(regex):
    with pytest.raises(UsageError, match="invalid --pattern regex"):
        PatternFormat(regex)


@given(st.text(max_size=100))
def test_never_raises(line):
    PatternFormat(r"(?P<timestamp>\S+) (?P<level>\w+)?(?P<message>.*)").parse(line)


def test_warnings_name_groups_called_as_logs_call_the_fields():
    warnings = pattern_warnings(r"^(?P<ts>\S+ \S+) \| (?P<lvl>\w+) \| (?P<msg>.*)$")
    assert warnings == [
        "--pattern group 'ts' is kept as the attribute attr.ts, not as the timestamp: name it "
        "(?P<timestamp>...)",
        "--pattern group 'lvl' is kept as the attribute attr.lvl, not as the level: name it "
        "(?P<level>...)",
        "--pattern group 'msg' is kept as the attribute attr.msg, not as the message: name it "
        "(?P<message>...)",
    ]


def test_warnings_for_a_pattern_with_no_time():
    (warning,) = pattern_warnings(r"^(?P<level>[A-Z]+) (?P<message>.*)$")
    assert warning.startswith("--pattern has no timestamp group")
    # Times in parts, a whole timestamp, or an alias already taken by its field: nothing said.
    assert pattern_warnings(r"^(?P<date>\S+) (?P<time>\S+) (?P<message>.*)$") == []
    assert pattern_warnings(r"^(?P<timestamp>\S+) (?P<message>\S+) (?P<msg>.*)$") == []
    assert pattern_warnings(r"^(?P<timestamp>\S+) (?P<user>\w+) (?P<message>.*)$") == []
    assert pattern_warnings("(unclosed") == []  # PatternFormat says why


def test_ingest_warns_on_stderr_and_still_ingests(tmp_path):
    from tests.cli_runner import run

    log = tmp_path / "app.log"
    log.write_text("2026-11-28 10:00:00 | ERROR | payment 42 failed\n")
    r = run(
        "--db", str(tmp_path / "s.duckdb"), "ingest", str(log), "--summary", "json",
        "--pattern", r"^(?P<ts>\S+ \S+) \| (?P<level>\w+) \| (?P<message>.*)$",
    )  # fmt: skip
    assert r.exit_code == 0, r.stderr
    assert "warning: --pattern group 'ts' is kept as the attribute attr.ts" in r.stderr
    assert r.stdout.startswith("{")  # stdout stays data
