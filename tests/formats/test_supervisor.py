"""supervisord's log, as supervisord 4 writes it running programs in a container."""

from __future__ import annotations

from pathlib import Path

from errctl.formats.registry import detect
from errctl.formats.supervisor import FORMAT
from tests.ingest.stored import stored_events

LOG = """\
2024-11-15 00:00:00,001 CRIT Supervisor is running as root.  Privileges were not dropped because no user is specified in the config file.
2024-11-15 00:00:00,010 INFO supervisord started with pid 1
2024-11-15 00:00:01,123 INFO spawned: 'web' with pid 123
2024-11-15 00:00:02,456 WARN exited: web (exit status 1; not expected)
2024-11-15 00:00:03,001 INFO spawned: 'web' with pid 130
2024-11-15 00:00:04,002 INFO success: worker entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)
2024-11-15 00:00:05,789 INFO gave up: web entered FATAL state, too many start retries too quickly
2024-11-15 00:00:06,000 INFO exited: cron (exit status 0; expected)
"""  # noqa: E501


def test_programs_are_services_and_their_deaths_errors(tmp_path: Path):
    events = stored_events(tmp_path, LOG, "line, level, service, message")
    assert [e[:3] for e in events] == [
        (1, "critical", None),
        (2, "info", None),
        (3, "info", "web"),
        (4, "error", "web"),  # written at WARN: an unexpected exit is a crash
        (5, "info", "web"),
        (6, "info", "worker"),
        (7, "critical", "web"),  # written at INFO: the program is down for good
        (8, "info", "cron"),
    ]
    # The verb stays in the message (the Python layout took it for a logger).
    assert events[2][3] == "spawned: 'web' with pid 123"


def test_only_supervisords_own_lines():
    f = FORMAT.parse("2024-11-15 00:00:02,456 WARN exited: web (exit status 1; not expected)")
    assert f.attributes == {"program_event": "exited", "exit_status": 1}
    # An application's `time INFO message` line is not supervisord's.
    assert FORMAT.parse("2024-11-15 00:00:02,456 INFO app: request served") is None
    assert detect(LOG.splitlines()).name in ("supervisor", "mixed")
    assert detect(LOG.splitlines()).formats[0].name == "supervisor"


def test_a_line_only_the_python_layout_reads_does_not_make_it_read_the_rest(tmp_path: Path):
    # `spawnerr:` is no program event supervisord's format knows, so the Python layout reads
    # that line (`spawnerr` its logger); the lines after it are still supervisord's, the
    # verb kept in the message, as before it.
    spawnerr = "INFO spawnerr: unknown error making dispatchers for 'web': EACCES\n"
    log = LOG + (
        f"2024-11-15 00:00:07,000 {spawnerr}"
        f"2024-11-15 00:00:07,200 {spawnerr}"
        f"2024-11-15 00:00:07,400 {spawnerr}"
        "2024-11-15 00:00:08,000 INFO spawned: 'web' with pid 140\n"
        "2024-11-15 00:00:09,000 WARN exited: web (exit status 1; not expected)\n"
    )
    events = stored_events(tmp_path, log, "line, service, message")
    assert events[-2:] == [
        (12, "web", "spawned: 'web' with pid 140"),
        (13, "web", "exited: web (exit status 1; not expected)"),
    ]
