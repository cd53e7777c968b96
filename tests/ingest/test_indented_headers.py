"""Log headers written a few blanks in (registry.indented_header): tracing's `Pretty` format,
each event's dated line two blanks in and its location and spans below it."""

from __future__ import annotations

from pathlib import Path

from errctl.formats.registry import indented_header
from tests.ingest.stored import stored_events

TRACING_PRETTY = """\
  2024-05-01T12:00:00.123456Z  INFO myapp::server: Starting server, port: 8080
    at src/server.rs:42 on main

  2024-05-01T12:00:01.223456Z  WARN myapp::db: slow query, elapsed_ms: 812
    at src/db.rs:88 on tokio-runtime-worker
    in myapp::db::query with sql: "SELECT 1"

  2024-05-01T12:00:02.323456Z ERROR myapp::db: connection failed, error: Connection refused
    at src/db.rs:17 on tokio-runtime-worker
"""


def test_each_indented_header_starts_an_event_read_by_its_format(tmp_path: Path) -> None:
    rows = stored_events(
        tmp_path, TRACING_PRETTY, "line, strftime(timestamp, '%S.%f'), level, logger, message"
    )
    assert [r[:4] for r in rows] == [
        (1, "00.123456", "info", "myapp::server"),
        (4, "01.223456", "warning", "myapp::db"),
        (8, "02.323456", "error", "myapp::db"),
    ]
    assert rows[1][4].splitlines()[0] == "slow query, elapsed_ms: 812"
    assert rows[1][4].splitlines()[2] == '    in myapp::db::query with sql: "SELECT 1"'


def test_lines_under_a_header_stay_its_own(tmp_path: Path) -> None:
    text = (
        "2024-05-01 12:00:00,001 INFO backup: runs kept:\n"
        "  run 2024-04-30 ok\n"  # indented, but no time opens it
        "          2024-04-29 12:00:00 run failed\n"  # opens with one, but deep in a table
    )
    rows = stored_events(tmp_path, text, "line")
    assert rows == [(1,)]


def test_an_indented_header() -> None:
    assert indented_header("  2024-05-01T12:00:00Z INFO x") == "2024-05-01T12:00:00Z INFO x"
    assert indented_header("\t[2024-05-01 12:00:00] x") == "[2024-05-01 12:00:00] x"
    assert indented_header("  12345678 bytes") is None  # a number, not a time
    assert indented_header('  File "app.py", line 3, in f') is None
    assert indented_header("      2024-05-01T12:00:00Z INFO x") is None
    assert indented_header(" INFO: Repository started") == "INFO: Repository started"
    assert indented_header("  INFO: two blanks: a message's own line") is None


def test_renovates_padded_levels_start_events(tmp_path: Path) -> None:
    """Renovate's pretty log pads its level names to five columns (` INFO: ` under `DEBUG: `)
    and writes no time: each level opens an event, the indented JSON under one stays its own."""
    text = (
        "DEBUG: Using localDir: /tmp/renovate/repos/github/acme/web (repository=acme/web)\n"
        " INFO: Repository started (repository=acme/web)\n"
        '       "renovateVersion": "37.368.2"\n'
        'DEBUG: initRepo("acme/web") (repository=acme/web)\n'
        " WARN: Package lookup failures (repository=acme/web)\n"
    )
    rows = stored_events(tmp_path, text, "line, level")
    assert rows == [(1, "debug"), (2, "info"), (4, "debug"), (5, "warning")]


def test_log4js_padded_level_before_the_time_starts_an_event(tmp_path: Path) -> None:
    """Apache Zeppelin's `%5p [%d] ({%t} %F[%M]:%L) - %m`: ` INFO` and ` WARN` one blank in,
    beside `ERROR`; each line its own event, at its own time."""
    text = (
        " INFO [2024-06-04 06:00:01,000] ({main} ZeppelinServer.java[main]:310) - Started\n"
        " WARN [2024-06-04 06:00:02,000] ({main} Notebook.java[load]:88) - Slow load\n"
        "ERROR [2024-06-04 06:00:03,000] ({main} Notebook.java[run]:91) - Job failed\n"
        "java.lang.RuntimeException: boom\n"
        "\tat org.apache.zeppelin.Notebook.run(Notebook.java:91)\n"
    )
    rows = stored_events(tmp_path, text, "line, strftime(timestamp, '%S'), level")
    assert rows == [(1, "01", "info"), (2, "02", "warning"), (3, "03", "error")]
    # An indented line with no time after the level is a message's own.
    assert indented_header(" INFO about the run") is None


RPT = """\
 9:59:58 Player Tin Can connecting.
 9:59:59 BattlEye Server: Player #18 Tin Can (46.24.235.220:2304) connected
10:00:01 Player Tin Can connected (id=76561199001801139).
"""


def test_a_clock_whose_hour_is_padded_with_a_blank_opens_a_line(tmp_path: Path) -> None:
    """Arma 3's and DayZ's logs write the hour `%2d`: before ten, a blank where a zero goes."""
    assert indented_header(" 9:59:58 Player connecting.") == "09:59:58 Player connecting."
    assert indented_header(" 9 apples") is None
    rows = stored_events(tmp_path, RPT, "line, strftime(timestamp, '%H:%M:%S'), message")
    assert rows == [
        (1, "09:59:58", "Player Tin Can connecting."),
        (2, "09:59:59", "BattlEye Server: Player #18 Tin Can (46.24.235.220:2304) connected"),
        (3, "10:00:01", "Player Tin Can connected (id=76561199001801139)."),
    ]
