"""`journalctl -o json`: a program's own line as the entry's MESSAGE is read as the message of
the same program's syslog line is. journald gives every line a daemon writes on stderr one
PRIORITY (info); the line names its own level, logger and message."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.journal import journal_entry
from tests.ingest.stored import stored_events

DOCKERD = (
    'time="2026-12-01T04:22:50.517011000Z" level=error msg="Handler for POST '
    '/v1.44/containers/create returned error: No such image: shop:9"'
)
ENTRIES = [
    journal_entry(1, "890", "dockerd", DOCKERD),
    journal_entry(2, "77", "billing", "2026-12-01 04:22:53,123 - app.jobs - ERROR - job 7 failed"),
    journal_entry(
        3,
        "22089",
        "dovecot",
        "imap-login: Disconnected: Connection closed (auth failed, 1 attempts in 5 secs): "
        "user=<alice>, method=PLAIN, rip=10.0.0.7, lip=10.0.0.1, TLS, session=<P1302IphgJZ/AAAB>",
    ),
    journal_entry(4, "1", "systemd", "nginx.service: Failed with result 'exit-code'.", "3"),
    journal_entry(5, "77", "billing", "level is fine = nothing to read here"),
]


def test_a_programs_own_line_in_a_journal_entry_is_read(tmp_path: Path):
    rows = stored_events(
        tmp_path,
        "\n".join(ENTRIES) + "\n",
        "line, strftime(timestamp, '%H:%M:%S.%f'), level, service, logger, message",
    )
    # The entries' own times (10:00:00 and i ms), not the lines': dockerd's is kept aside.
    assert rows == [
        (
            1,
            "10:00:00.001000",
            "error",
            "dockerd",
            None,
            "Handler for POST /v1.44/containers/create returned error: No such image: shop:9",
        ),
        (2, "10:00:00.002000", "error", "billing", "app.jobs", "job 7 failed"),
        (
            3,
            "10:00:00.003000",
            "info",
            "dovecot",
            "imap-login",
            "Disconnected: Connection closed (auth failed, 1 attempts in 5 secs): user=<alice>, "
            "method=PLAIN, rip=10.0.0.7, lip=10.0.0.1, TLS, session=<P1302IphgJZ/AAAB>",
        ),
        (
            4,
            "10:00:00.004000",
            "error",
            "systemd",
            None,
            "nginx.service: Failed with result 'exit-code'.",
        ),
        (5, "10:00:00.005000", "info", "billing", None, "level is fine = nothing to read here"),
    ]


def test_a_json_text_sequence_is_read_as_json_lines(tmp_path: Path):
    """`journalctl -o json-seq` (RFC 7464) opens each record with the record separator (RS,
    0x1E): the same records as `-o json`."""
    rows = stored_events(
        tmp_path,
        "".join(f"\x1e{entry}\n" for entry in ENTRIES),
        "line, level, service, message, format",
    )
    assert [r[:3] for r in rows] == [
        (1, "error", "dockerd"),
        (2, "error", "billing"),
        (3, "info", "dovecot"),
        (4, "error", "systemd"),
        (5, "info", "billing"),
    ]
    assert {r[4] for r in rows} == {"json"}
    assert not any("\x1e" in r[3] for r in rows)
