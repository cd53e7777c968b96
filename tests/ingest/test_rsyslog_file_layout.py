"""rsyslog's high-precision file layout (`RSYSLOG_FileFormat`: ISO time, host, tag, no PRI)
against an application's own lines under an ISO time, whose `<Word> <word>: ...` messages fit
it: the file decides which reading its lines get (`registry.detect`)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.stored import stored_events

COLUMNS = "strftime(timestamp, '%Y-%m-%dT%H:%M:%S'), level, host, service, message, format"
RSYSLOG = (
    "2026-11-27T12:00:00.123456+00:00 web-1 sshd[2231]: Accepted publickey for deploy\n"
    "2026-11-27T12:00:00.531002+00:00 web-1 kernel: EXT4-fs (sda1): re-mounted\n"
    "2026-11-27T12:00:01.000114+00:00 web-1 CRON[4]: (root) CMD (run-parts /etc/cron.hourly)\n"
    "2026-11-27T12:00:02.250000+00:00 web-1 systemd[1]: Started Session 42 of user deploy.\n"
)


def test_app_lines_keep_their_message_whole(tmp_path: Path):
    text = (
        "2026-11-27T12:00:00Z starting server\n"
        "2026-11-27T12:00:01Z listening on :8080\n"
        "2026-11-27T12:00:02Z request failed: timeout\n"
        "2026-11-27T12:00:03Z ERROR something bad\n"
        "2026-11-27T12:00:04Z Cache miss: key=user:42\n"
    )
    rows = stored_events(tmp_path, text, "host, service, message")
    assert rows == [
        (None, None, "starting server"),
        (None, None, "listening on :8080"),
        (None, None, "request failed: timeout"),
        (None, None, "something bad"),  # generic's: its level word is the level
        (None, None, "Cache miss: key=user:42"),
    ]


def test_levelled_app_log_is_generic(tmp_path: Path):
    text = (
        "2026-11-27T12:00:00Z INFO starting server\n"
        "2026-11-27T12:00:02Z request failed: timeout\n"
        "2026-11-27T12:00:03Z WARN retrying in 2s\n"
        "2026-11-27T12:00:04Z Cache miss: key=user:42\n"
        "2026-11-27T12:00:05Z ERROR giving up\n"
    )
    rows = stored_events(tmp_path, text, COLUMNS)
    # The level of `request failed` is its words' (`ingest.level_words`).
    assert rows[1] == (
        "2026-11-27T12:00:02",
        "error",
        None,
        None,
        "request failed: timeout",
        "generic",
    )
    assert rows[3] == (
        "2026-11-27T12:00:04",
        None,
        None,
        None,
        "Cache miss: key=user:42",
        "generic",
    )
    assert [r[1] for r in rows] == ["info", "error", "warning", None, "error"]


def test_rsyslog_file_stays_syslog(tmp_path: Path):
    rows = stored_events(tmp_path, RSYSLOG, COLUMNS)
    assert rows == [
        ("2026-11-27T12:00:00", None, "web-1", "sshd", "Accepted publickey for deploy", "syslog"),
        ("2026-11-27T12:00:00", None, "web-1", "kernel", "EXT4-fs (sda1): re-mounted", "syslog"),
        (
            "2026-11-27T12:00:01",
            None,
            "web-1",
            "CRON",
            "(root) CMD (run-parts /etc/cron.hourly)",
            "syslog",
        ),
        (
            "2026-11-27T12:00:02",
            None,
            "web-1",
            "systemd",
            "Started Session 42 of user deploy.",
            "syslog",
        ),
    ]


def test_mixed_file_keeps_syslog_lines_and_app_messages(tmp_path: Path):
    text = RSYSLOG + (
        "2026-11-27T12:00:03Z INFO starting server\n"
        "2026-11-27T12:00:04Z request failed: timeout\n"
        "2026-11-27T12:00:05Z WARN retrying in 2s\n"
        "2026-11-27T12:00:06Z Cache miss: key=user:42\n"
        "2026-11-27T12:00:07Z ERROR giving up\n"
    )
    rows = stored_events(tmp_path, text, "host, service, message, format")
    assert [r[3] for r in rows[:4]] == ["syslog"] * 4
    assert rows[1] == ("web-1", "kernel", "EXT4-fs (sda1): re-mounted", "syslog")
    assert rows[5] == (None, None, "request failed: timeout", "generic")
    assert rows[7] == (None, None, "Cache miss: key=user:42", "generic")
