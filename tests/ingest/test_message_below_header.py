"""Headers that leave their message to the indented lines below them: the event's message is
those lines, not the header."""

from __future__ import annotations

from tests.ingest.stored import stored_events

SAMBA_LOG = """\
[2026/03/02 14:05:09.482113,  0] ../../source3/smbd/server.c:1722(main)
  smbd version 4.19.5 started.
  Copyright Andrew Tridgell and the Samba Team 1992-2023
[2026/03/02 14:05:11.102733,  2] ../../source3/smbd/service.c:1125(make_connection_snum)
  workstation-7 (ipv4:10.0.3.17:51234) connect to service projects initially as user alice
[2026/03/02 14:05:12.003114,  3] ../../source3/smbd/service.c:1125(make_connection_snum)
  workstation-9 (ipv4:10.0.3.19:50022) connect to service scans initially as user bob
"""


def test_samba_log_smbd_message_is_the_body_under_the_header(tmp_path):
    rows = stored_events(tmp_path, SAMBA_LOG, "line, timestamp, level, message, template, format")
    assert [(r[0], str(r[1]), r[2], r[3], r[5]) for r in rows] == [
        (
            1,
            "2026-03-02 14:05:09.482113",
            "error",
            "smbd version 4.19.5 started.\nCopyright Andrew Tridgell and the Samba Team 1992-2023",
            "generic",
        ),
        (
            4,
            "2026-03-02 14:05:11.102733",
            "info",
            "workstation-7 (ipv4:10.0.3.17:51234) connect to service projects initially as "
            "user alice",
            "generic",
        ),
        (
            6,
            "2026-03-02 14:05:12.003114",
            "info",
            "workstation-9 (ipv4:10.0.3.19:50022) connect to service scans initially as user bob",
            "generic",
        ),
    ]
    # The header (time, debug level, call site) is not mined into the template.
    assert all(r[4].startswith("<*> (<*>:<*>) connect to service ") for r in rows[1:])
