"""Node-RED 3.1's log (captured from a real Node-RED 3.1.15 on Node 20 here: a flow whose
function nodes throw, warn and error, an HTTP request to a closed port, an MQTT broker that is
down): Node's util.log time (`4 Dec 16:09:05`, no year), the level, the node that logged."""

from __future__ import annotations

from datetime import UTC, datetime

from errctl.formats.generic import FORMAT
from errctl.formats.timestamps import match_timestamp_prefix, parse_timestamp
from tests.ingest.stored import stored_events

RULE = "-" * 69
LOG = f"""\
4 Dec 16:09:04 - [info] \n\
Welcome to Node-RED
===================

4 Dec 16:09:04 - [info] Node-RED version: v3.1.15
4 Dec 16:09:05 - [warn] \n\

{RULE}
Your flow credentials file is encrypted using a system-generated key.
{RULE}

4 Dec 16:09:05 - [info] Server now running at http://127.0.0.1:1880/
4 Dec 16:09:05 - [info] [mqtt-broker:Local Broker] Connection failed to broker: mqtt://127.0.0.1:1884
4 Dec 16:09:05 - [error] [function:Parse payload] TypeError: Cannot read properties of undefined \
(reading 'humidity')
4 Dec 16:09:05 - [warn] [function:Watchdog] Temperature sensor cellar silent for 1 minutes
4 Dec 16:09:05 - [error] [http request:Weather API] RequestError: connect ECONNREFUSED 127.0.0.1:9
4 Dec 16:09:06 - [error] [function:Normalize zigbee] TypeError: Cannot read properties of null \
(reading 'linkquality')
14 Dec 16:09:16 - [info] Stopping flows
"""


def test_utils_log_time_has_no_year_and_the_day_first():
    line = "4 Dec 16:09:05 - [info] Started flows"
    end = match_timestamp_prefix(line)
    assert line[:end] == "4 Dec 16:09:05"
    assert parse_timestamp(line[:end], UTC, datetime(2026, 12, 20)) == datetime(
        2026, 12, 4, 16, 9, 5
    )


def test_the_node_is_the_logger_not_the_statement():
    f = FORMAT.parse(
        "4 Dec 16:09:05 - [error] [http request:Weather API] RequestError: connect ECONNREFUSED "
        "127.0.0.1:9"
    )
    assert (f.level, f.logger) == ("error", "http request:Weather API")
    assert f.message == "RequestError: connect ECONNREFUSED 127.0.0.1:9"
    # Without util.log's time, a bracket after the level is left to what reads it.
    other = FORMAT.parse("2026-12-04 16:09:05 [error] [worker:3] job failed")
    assert other is None or other.logger != "worker:3"


def test_a_node_red_log_end_to_end(tmp_path):
    rows = stored_events(tmp_path, LOG, "line, level, logger, message, template")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (1, "info", None),
        (5, "info", None),
        (6, "warning", None),
        (12, "info", None),
        (13, "info", "mqtt-broker:Local Broker"),
        (14, "error", "function:Parse payload"),
        (15, "warning", "function:Watchdog"),
        (16, "error", "http request:Weather API"),
        (17, "error", "function:Normalize zigbee"),
        (18, "info", None),
    ]
    by_line = {r[0]: r for r in rows}
    assert by_line[1][3].strip().splitlines() == ["Welcome to Node-RED", "==================="]
    # One statement, whichever function node ran into it.
    assert by_line[14][4] == by_line[17][4]
    assert by_line[14][4].startswith("TypeError: Cannot read properties of <*>")
