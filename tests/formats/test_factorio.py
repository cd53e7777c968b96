"""Factorio's server log (`formats.factorio`): the seconds since start, right-aligned, the
wall clock on the first line only."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from errctl.formats.factorio import FORMAT
from errctl.formats.registry import detect
from tests.ingest.stored import stored_events

LOG = """\
   0.000 2024-06-04 09:13:04; Factorio 1.1.109 (build 60936, linux64, headless)
   0.095 Loading mod core 0.0.0 (data.lua)
   0.374 Info ServerMultiplayerManager.cpp:809: Hosting game at IP ADDR:({0.0.0.0:34197})
 512.337 Warning ServerMultiplayerManager.cpp:1190: Player Nyx lagging behind
2961.505 Error ServerMultiplayerManager.cpp:92: MultiplayerManager failed: "connection lost"
"""


def test_the_seconds_level_and_caller():
    f = FORMAT.parse("   0.374 Info ServerMultiplayerManager.cpp:809: Hosting game at IP ADDR")
    assert (f.timestamp, f.level, f.message) == (None, "Info", "Hosting game at IP ADDR")
    assert f.attributes == {"uptime": 0.374, "caller": "ServerMultiplayerManager.cpp:809"}
    f = FORMAT.parse("   0.000 2024-06-04 09:13:04; Factorio 1.1.109 (build 60936)")
    assert (f.timestamp, f.message) == ("2024-06-04 09:13:04", "Factorio 1.1.109 (build 60936)")
    assert FORMAT.parse("12.5 not to the millisecond") is None
    assert FORMAT.parse("3.918 --- FAIL: TestParse (0.00s)") is None  # not right-aligned
    assert FORMAT.parse("version 1.2.345 released") is None


def test_each_line_is_an_event_at_the_games_start(tmp_path: Path):
    assert detect(LOG.splitlines()).name == "factorio"
    rows = stored_events(tmp_path, LOG, "line, timestamp, level")
    assert rows == [
        (1, datetime(2024, 6, 4, 9, 13, 4), None),
        (2, datetime(2024, 6, 4, 9, 13, 4), None),
        (3, datetime(2024, 6, 4, 9, 13, 4), "info"),
        (4, datetime(2024, 6, 4, 9, 13, 4), "warning"),
        (5, datetime(2024, 6, 4, 9, 13, 4), "error"),
    ]
