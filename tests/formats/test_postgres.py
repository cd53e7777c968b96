"""PostgreSQL server logs: the common prefixes, severities, and the lines that follow an error."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.postgres import FORMAT
from errctl.formats.registry import detect
from errctl.formats.timestamps import parse_timestamp


@pytest.mark.parametrize(
    ("line", "level", "message", "attributes"),
    [
        (
            "2024-05-01 12:00:00.123 UTC [1234] ERROR:  duplicate key value",
            "error",
            "duplicate key value",
            {"pid": 1234},
        ),
        (  # Debian's `%m [%p] %q%u@%d `
            "2024-05-01 12:00:00.123 UTC [1234] app@shop FATAL:  password authentication failed",
            "critical",
            "password authentication failed",
            {"pid": 1234, "user": "app", "database": "shop", "severity": "FATAL"},
        ),
        (  # Amazon RDS's `%t:%r:%u@%d:[%p]:`
            "2024-05-01 12:00:00 UTC:10.0.0.1(5432):app@shop:[77]:ERROR:  deadlock detected",
            "error",
            "deadlock detected",
            {"pid": 77, "user": "app", "database": "shop", "client": "10.0.0.1(5432)"},
        ),
        (
            "2024-05-01 12:00:00.123 UTC [901] LOG:  checkpoint starting: time",
            "info",
            "checkpoint starting: time",
            {"pid": 901, "severity": "LOG"},
        ),
        (
            "2024-05-01 12:00:00.123 UTC [901] DEBUG2:  autovacuum: processing database",
            "debug",
            "autovacuum: processing database",
            {"pid": 901, "severity": "DEBUG2"},
        ),
    ],
)
def test_headers(line, level, message, attributes):
    f = FORMAT.parse(line)
    assert (f.level, f.message, f.attributes) == (level, message, attributes)


@pytest.mark.parametrize(
    ("zone", "expected", "kept"),
    [
        ("UTC", datetime(2024, 5, 1, 12), None),
        ("CEST", datetime(2024, 5, 1, 10), None),  # log_timezone = 'Europe/Berlin'
        ("PDT", datetime(2024, 5, 1, 19), None),  # the server's default on a US West host
        ("EST", datetime(2024, 5, 1, 17), None),
        ("JST", datetime(2024, 5, 1, 3), None),
        ("+03", datetime(2024, 5, 1, 9), None),
        # US Central or China: read in the source's zone (UTC here), and the zone kept
        ("CST", datetime(2024, 5, 1, 12), "CST"),
        ("MEZ", datetime(2024, 5, 1, 12), "MEZ"),  # unknown: the same
    ],
)
def test_times(zone, expected, kept):
    f = FORMAT.parse(f"2024-05-01 12:00:00 {zone} [1] LOG:  x")
    assert parse_timestamp(f.timestamp, UTC, datetime(2024, 6, 1)) == expected
    assert f.attributes.get("zone") == kept
    assert f.message == "x"


def test_an_ambiguous_zone_is_the_source_zone_s():
    f = FORMAT.parse('2024-11-04 09:30:00.250 CST [4711] ERROR:  relation "orders" is gone')
    assert parse_timestamp(f.timestamp, ZoneInfo("Asia/Shanghai")) == datetime(
        2024, 11, 4, 1, 30, 0, 250000
    )
    assert parse_timestamp(f.timestamp, ZoneInfo("America/Chicago")) == datetime(
        2024, 11, 4, 15, 30, 0, 250000
    )


def test_the_lines_after_an_error_continue_it():
    detail = "2024-05-01 12:00:00.123 UTC [1234] app@shop DETAIL:  Key (id)=(42) already exists."
    assert FORMAT.parse(detail) is None
    assert FORMAT.continues(detail, None) == "DETAIL:  Key (id)=(42) already exists."
    assert FORMAT.continues("2024-05-01 12:00:00.123 UTC [1] ERROR:  x") is None
    assert FORMAT.continues("DETAIL:  no prefix") is None
    # Its own backend's error, not another session's that happened to be written between.
    error = "2024-05-01 12:00:00.123 UTC [1234] app@shop ERROR:  duplicate key value"
    other = "2024-05-01 12:00:00.123 UTC [999] LOG:  checkpoint starting: time"
    assert FORMAT.continues(detail, error) == "DETAIL:  Key (id)=(42) already exists."
    assert FORMAT.continues(detail, other) is None
    assert FORMAT.continues(detail, "Traceback (most recent call last):") is not None


def test_pgpool_writes_the_servers_severities_under_its_own_prefix():
    # Pgpool-II's `%m: %a pid %p: `: its DETAIL and HINT lines go on the report above them.
    f = FORMAT.parse("2024-06-04 06:00:02.249: main pid 2114: LOG:  Setting up socket for :::9999")
    assert (f.level, f.message, f.attributes) == (
        "info",
        "Setting up socket for :::9999",
        {"pid": 2114, "application_name": "main", "severity": "LOG"},
    )
    error = "2024-06-04 06:10:00.001: psql pid 2210: ERROR:  unable to read data from frontend"
    detail = "2024-06-04 06:10:00.001: psql pid 2210: DETAIL:  socket read failed"
    assert FORMAT.parse(error).level == "error"
    assert FORMAT.parse(detail) is None
    assert FORMAT.continues(detail, error) == "DETAIL:  socket read failed"
    assert FORMAT.parse("2024-06-04 06:00:02.249: pid 7: LOG:  no application name").level == "info"


def test_detected_alone_though_its_detail_lines_look_generic():
    sample = [
        "2024-05-01 12:00:00.101 UTC [901] LOG:  starting PostgreSQL 16.2",
        "2024-05-01 12:00:01.200 UTC [1234] ERROR:  duplicate key value",
        "2024-05-01 12:00:01.200 UTC [1234] DETAIL:  Key (id)=(42) already exists.",
        "2024-05-01 12:00:01.200 UTC [1234] STATEMENT:  INSERT INTO users VALUES (42)",
        "2024-05-01 12:00:02.200 UTC [1235] ERROR:  duplicate key value",
        "2024-05-01 12:00:02.200 UTC [1235] DETAIL:  Key (id)=(43) already exists.",
        "2024-05-01 12:00:02.200 UTC [1235] STATEMENT:  INSERT INTO users VALUES (43)",
        "2024-05-01 12:00:03.200 UTC [1236] HINT:  no error above it in the sample",
    ]
    assert detect(sample).name == "postgres"


@pytest.mark.parametrize(
    "line",
    [
        "2024-05-01 12:00:00,123 ERROR something broke",
        "2024-05-01 12:00:00.123 UTC [1234] Error:  not the server's spelling",
        "2024-05-01 12:00:00.123 UTC 1234 ERROR:  no brackets",
        "ERROR:  no prefix",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None
    assert FORMAT.continues(line) is None


@given(st.text(max_size=200))
def test_never_raises(text):
    for line in (text, "2024-05-01 12:00:00.123 UTC [1] " + text):
        FORMAT.parse(line)
        FORMAT.continues(line)
