"""Couchbase Server's ns_server logs, as ale writes them."""

from datetime import datetime

import orjson
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.couchbase import FORMAT
from errctl.formats.registry import detect
from tests.ingest.stored import stored_events

HEAD = "[ns_server:debug,2024-06-11T06:26:07.001Z,ns_1@10.0.0.11:ns_config_log<0.302.0>:"
LOG = (
    "[ns_server:info,2024-06-11T06:26:06.573Z,ns_1@10.0.0.11:<0.8714.0>:compaction_daemon:"
    "spawn_scheduled_kv_compactor:506]Start compaction of vbuckets for bucket default\n"
    f"{HEAD}ns_config_log:log_common:232]config change:\n"
    "auto_failover_cfg ->\n"
    "[{enabled,true},\n"
    " {timeout,120}]\n"
    f"{HEAD}ns_config_log:log_common:232]config change:\n"
    "counters ->\n"
    "[{rebalance_start,5},{failover_node,2}]\n"
    "[ns_server:warn,2024-06-11T06:27:00.100Z,ns_1@10.0.0.11:ns_tick<0.9298.0>:ns_tick:"
    "handle_info:120]Detected time forward jump\n"
)


def test_a_records_head():
    f = FORMAT.parse(LOG.splitlines()[-1])
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2024-06-11T06:27:00.100Z",
        "warn",
        "ns_server",
        "Detected time forward jump",
    )
    assert f.attributes == {
        "node": "ns_1@10.0.0.11",
        "process": "ns_tick<0.9298.0>",
        "module": "ns_tick",
        "function": "handle_info",
        "lineno": 120,
    }
    assert FORMAT.parse("[INFO] 2024-06-11 something") is None
    assert FORMAT.parse("[{enabled,true},") is None


def test_detected_and_each_record_one_event_its_terms_its_detail(tmp_path):
    """ns_server's logs were read by no format: every line an event at the file's time, each
    line of a term an event of its own. A record is one event at its time, the terms it goes
    on over its `detail`, so one statement whatever it printed is one template."""
    assert detect(LOG.splitlines()).name == "couchbase"
    rows = stored_events(tmp_path, LOG, "line, timestamp, level, template, attributes")
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (1, datetime(2024, 6, 11, 6, 26, 6, 573000), "info"),
        (2, datetime(2024, 6, 11, 6, 26, 7, 1000), "debug"),
        (6, datetime(2024, 6, 11, 6, 26, 7, 1000), "debug"),
        (9, datetime(2024, 6, 11, 6, 27, 0, 100000), "warning"),
    ]
    assert rows[1][3] == rows[2][3] == "config change:"
    details = [orjson.loads(r[4])["detail"] for r in rows[1:3]]
    assert details == [
        "auto_failover_cfg ->\n[{enabled,true},\n {timeout,120}]",
        "counters ->\n[{rebalance_start,5},{failover_node,2}]",
    ]


@given(st.text(max_size=200))
def test_never_raises(text):
    FORMAT.parse(text)
    FORMAT.parse(HEAD + text)
    FORMAT.fold(FORMAT.parse(HEAD + "ns_config_log:log_common:232]x"), [text])
