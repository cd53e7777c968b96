"""TigerVNC's log (`formats.rfb_log`): a time alone when it changed, each LogWriter's line under
it. Lines as Xvnc 1.12 writes them to `~/.vnc/<host>:<display>.log`."""

from __future__ import annotations

from pathlib import Path

from errctl.formats.generic import FORMAT
from errctl.formats.rfb_log import rfb_log_file, rfb_log_line
from tests.ingest.stored import stored_events

LOG = """\

Xvnc TigerVNC 1.12.0 - built Feb 27 2023 12:11:41
Underlying X server release 12101007, The X.Org Foundation

Fri Jun  7 06:00:37 2024
 Connections: accepted: 10.20.0.10::45940
 VNCSConnST:  closing 10.20.0.10::45940: Clean disconnection
 EncodeManager: Framebuffer updates: 0
 EncodeManager:   Total: 0 rects, 0 pixels

Fri Jun  7 06:04:37 2024
 Connections: accepted: 10.20.0.11::50150
 VNCSConnST:  closing 10.20.0.11::50150: reading version failed: not an RFB
              client?
"""


def test_a_writers_line():
    f = rfb_log_line(" VNCSConnST:  closing 10.20.0.10::45940: Clean disconnection")
    assert (f.logger, f.message, f.timestamp) == (
        "VNCSConnST",
        "closing 10.20.0.10::45940: Clean disconnection",
        None,
    )
    assert rfb_log_line("              client?") is None  # a long message going on
    assert rfb_log_line("Connections: accepted") is None  # not indented by one


def test_the_layout_is_told_by_a_time_alone_with_writers_under_it():
    assert rfb_log_file(LOG.splitlines())
    # A YAML dump indented by one, with no time alone above it, is no TigerVNC log.
    assert not rfb_log_file(["config:", " name: web", " port: 80", " host: db"])
    # Nor a time alone with one such line under it.
    assert not rfb_log_file(["Fri Jun  7 06:00:37 2024", " name: web", "done"])


def test_only_a_file_with_the_layout_reads_its_lines():
    assert FORMAT.parse(" Connections: accepted: 10.20.0.10::45940") is None
    special = FORMAT.specialise(LOG.splitlines())
    assert special.parse(" Connections: accepted: x").logger == "Connections"


def test_each_writers_line_is_an_event_at_the_time_above_it(tmp_path: Path):
    events = stored_events(tmp_path, LOG, "line, timestamp, logger, message")
    dated = [(line, str(ts), logger, msg) for line, ts, logger, msg in events if line >= 5]
    assert dated == [
        # The time's line and the message under it: one event.
        (5, "2024-06-07 06:00:37", "Connections", "accepted: 10.20.0.10::45940"),
        (7, "2024-06-07 06:00:37", "VNCSConnST", "closing 10.20.0.10::45940: Clean disconnection"),
        (8, "2024-06-07 06:00:37", "EncodeManager", "Framebuffer updates: 0"),
        (9, "2024-06-07 06:00:37", "EncodeManager", "Total: 0 rects, 0 pixels"),
        (11, "2024-06-07 06:04:37", "Connections", "accepted: 10.20.0.11::50150"),
        (
            13,
            "2024-06-07 06:04:37",
            "VNCSConnST",
            "closing 10.20.0.11::50150: reading version failed: not an RFB\n              client?",
        ),
    ]
