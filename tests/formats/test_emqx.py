"""EMQX 5's text log: a structured report's statement is its message, the logger's metadata
(tag, client id, peer, username) are not."""

from __future__ import annotations

from datetime import datetime

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.emqx import FORMAT, report_pairs
from errctl.formats.registry import detect, get_format
from tests.ingest.stored import stored_events

T = "2024-06-11T09:14:02.120311+02:00"
LOG = "\n".join(
    [
        f"{T} [warning] tag: AUTHN, clientid: gw-7, msg: authentication_failure, peername: "
        "10.2.0.8:51022, username: gateway, reason: bad_username_or_password",
        "2024-06-11T09:14:09.551002+02:00 [warning] tag: AUTHN, clientid: probe-3, msg: "
        "authentication_failure, peername: 10.2.0.44:40112, reason: not_authorized",
        "2024-06-11T09:15:00.000412+02:00 [warning] msg: log_events_throttled_during_last_period,"
        " period: 1 minutes, 0 seconds, dropped: #{authentication_failure => 4}",
        "2024-06-11T09:15:31.318070+02:00 [error] Supervisor: {local,emqx_conn_sup}. Context: "
        "child_terminated. Reason: {shutdown,closed}. Offender: id=conn,pid=<0.3321.0>.",
        "2024-06-11T09:16:02.004120+02:00 [warning] tag: AUTHN, clientid: gw-9, msg: "
        "authentication_failure, peername: 10.2.0.9:51800, username: gateway, reason: "
        "not_authorized",
    ]
)


def test_a_structured_report():
    f = FORMAT.parse(LOG.splitlines()[0])
    assert (f.timestamp, f.level, f.logger) == (T, "warning", "AUTHN")
    assert f.message == "authentication_failure, reason: bad_username_or_password"
    assert f.attributes == {"clientid": "gw-7", "peername": "10.2.0.8:51022", "username": "gateway"}


def test_the_statements_pairs_in_the_order_printed_metadata_wherever_they_are():
    # EMQX 5.0 printed the report as a map, its keys sorted, with `mfa` and `line` among them.
    f = FORMAT.parse(
        f"{T} [error] clientid: c9, line: 412, mfa: emqx_cm:kick_session/2, msg: "
        "failed_to_kick_session, action: kick, reason: {badrpc,nodedown}, topic: a/b"
    )
    assert f.message == (
        "failed_to_kick_session, action: kick, reason: {badrpc,nodedown}, topic: a/b"
    )
    assert f.attributes == {"clientid": "c9", "line": "412", "mfa": "emqx_cm:kick_session/2"}
    assert f.logger is None


@pytest.mark.parametrize(
    ("body", "pairs"),
    [
        (
            'msg: x, info: [{timeout,120},{in,{gen_server,loop,7}}], name: <<"a, b: c">>',
            [
                ("msg", "x"),
                ("info", "[{timeout,120},{in,{gen_server,loop,7}}]"),
                ("name", '<<"a, b: c">>'),
            ],
        ),
        (
            "msg: x, packet: PUBLISH(Q1, R0, D0, Topic=t/1), queue: #{dropped => 2,len => 9}",
            [
                ("msg", "x"),
                ("packet", "PUBLISH(Q1, R0, D0, Topic=t/1)"),
                ("queue", "#{dropped => 2,len => 9}"),
            ],
        ),
        (
            "msg: x, period: 1 minutes, 0 seconds, node: 'emqx@10.0.0.2'",
            [("msg", "x"), ("period", "1 minutes, 0 seconds"), ("node", "'emqx@10.0.0.2'")],
        ),
        # A text's stray parenthesis: split at every `, key: `.
        (
            "msg: x, reason: closed (by peer, code: 7",
            [("msg", "x"), ("reason", "closed (by peer"), ("code", "7")],
        ),
        ("Supervisor: {local,sup}. Context: x", None),
    ],
)
def test_pairs(body, pairs):
    assert report_pairs(body) == pairs


def test_free_text_is_read_as_generic_reads_it():
    f = FORMAT.parse(LOG.splitlines()[3])
    assert (f.timestamp, f.level) == ("2024-06-11T09:15:31.318070+02:00", "error")
    assert f.message.startswith("Supervisor: {local,emqx_conn_sup}. Context: child_terminated.")


@pytest.mark.parametrize(
    "line",
    [
        "2025-01-08 16:02:11.734120+01:00 [warning] <0.1722.0> closing AMQP connection",
        "2024-06-11 09:14:02.118432+00:00 [info] <0.523.0>@ejabberd_c2s:handle_auth/4:574 x",
        "2024-06-11T09:14:02.120311+02:00 [WARNING] msg: x, reason: y",
        "2024-06-11T09:14:02.120311+02:00 warning: msg: x",
        "msg: x, reason: y",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


def test_detected_and_one_statement_with_or_without_a_username(tmp_path):
    """Read by generic, the metadata were the statement's wording: a client logged with a
    username and one without made two templates of one statement, and the name after `msg:`
    was a value (every statement with the same keys one template)."""
    assert detect(LOG.splitlines()).name == "emqx"
    assert get_format("emqx") is FORMAT
    rows = stored_events(
        tmp_path,
        LOG + "\n",
        "line, timestamp, level, logger, message, template, attributes, format",
    )
    assert [(r[0], r[1], r[2], r[3], r[7]) for r in rows] == [
        (1, datetime(2024, 6, 11, 7, 14, 2, 120311), "warning", "AUTHN", "emqx"),
        (2, datetime(2024, 6, 11, 7, 14, 9, 551002), "warning", "AUTHN", "emqx"),
        (3, datetime(2024, 6, 11, 7, 15, 0, 412), "warning", None, "emqx"),
        (4, datetime(2024, 6, 11, 7, 15, 31, 318070), "error", None, "emqx"),
        (5, datetime(2024, 6, 11, 7, 16, 2, 4120), "warning", "AUTHN", "emqx"),
    ]
    assert rows[0][5] == rows[1][5] == rows[4][5]
    assert rows[0][5].startswith("authentication_failure, reason: ")
    assert orjson.loads(rows[1][6]) == {"clientid": "probe-3", "peername": "10.2.0.44:40112"}


@given(st.text(max_size=300))
def test_never_raises(text):
    for line in (text, f"{T} [warning] {text}", f"{T} [error] msg: {text}"):
        fields = FORMAT.parse(line)
        if fields is not None:
            assert isinstance(fields.message, str)
