"""FreeSWITCH's freeswitch.log as mod_logfile writes it: an inbound call on 1.10 (the uuid
before each of the channel's lines, the dialplan's trace and its applications with no header),
and the headers of the releases before it."""

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.freeswitch import FORMAT
from errctl.formats.registry import detect
from tests.ingest.stored import stored_events

UUID = "3f1c9a0e-2b7d-4e51-a8c6-0d94e27b5f13"
OTHER = "b70d42c1-5e8a-4f06-9c3b-61a2e4d8f095"
CHANNEL = "sofia/external/+14155550123@203.0.113.7"
# The blank that ends a header whose message starts on the next line (the banner switch_core.c
# logs as `"\nFreeSWITCH Version ..."`).
BLANK = " "

CALL = f"""\
2025-03-04 17:20:40.118302 98.87% [NOTICE] mod_logfile.c:217 New log started.
{UUID} 2025-03-04 17:20:41.002117 98.80% [NOTICE] switch_channel.c:1123 New Channel {CHANNEL} [{UUID}]
{UUID} 2025-03-04 17:20:41.003511 98.77% [DEBUG] sofia.c:7624 Remote SDP:
{UUID} v=0
{UUID} o=- 3921 3921 IN IP4 203.0.113.7
{UUID} c=IN IP4 203.0.113.7
{UUID} m=audio 31562 RTP/AVP 8 0 101
{UUID} 2025-03-04 17:20:41.004120 98.77% [INFO] mod_dialplan_xml.c:639 Processing +14155550123 <+14155550123>->18005550199 in context public
{UUID} Dialplan: {CHANNEL} parsing [public->inbound_did] continue=false
{UUID} Dialplan: {CHANNEL} Regex (PASS) [inbound_did] destination_number(18005550199) =~ /^1?(8005550199)$/ break=on-false
{UUID} Dialplan: {CHANNEL} Action transfer(3001 XML default)
{UUID} EXECUTE [depth=0] {CHANNEL} answer()
{UUID} 2025-03-04 17:20:41.009878 98.71% [INFO] mod_dptools.c:1999 CHANNEL_DATA:
{UUID} Channel-Name: [{CHANNEL}]
{UUID} Channel-State: [CS_EXECUTE]
{OTHER} EXECUTE [depth=0] sofia/internal/2001@192.0.2.10 playback(ivr/ivr-welcome.wav)
2025-03-04 17:20:43.551209 98.90% [WARNING] sofia_reg.c:1779 SIP auth failure (REGISTER) on sofia profile 'internal' for [2001@192.0.2.10] from ip 198.51.100.23
2025-03-04 17:20:44.700113 98.62% [CONSOLE] switch_core.c:2512{BLANK}
FreeSWITCH Version 1.10.12-release 64bit (1.10.12-release 64bit)
FreeSWITCH Started
{UUID} 2025-03-04 17:20:45.130552 98.60% [ERR] switch_ivr_originate.c:2731 Cannot create outgoing channel of type [user] cause: [SUBSCRIBER_ABSENT]
"""  # noqa: E501
LINES = CALL.splitlines()


def test_a_110_header_without_a_session():
    f = FORMAT.parse(LINES[16])
    assert (f.timestamp, f.level, f.message, f.trace_id, f.attributes) == (
        "2025-03-04 17:20:43.551209",
        "warning",
        "SIP auth failure (REGISTER) on sofia profile 'internal' for [2001@192.0.2.10] from ip "
        "198.51.100.23",
        None,
        {"idle_cpu": 98.9, "caller": "sofia_reg.c:1779"},
    )


def test_a_sessions_header_names_its_uuid():
    f = FORMAT.parse(LINES[1])
    assert (f.timestamp, f.level, f.message, f.trace_id, f.attributes) == (
        "2025-03-04 17:20:41.002117",
        "info",
        f"New Channel {CHANNEL} [{UUID}]",
        UUID,
        {"uuid": UUID, "idle_cpu": 98.8, "caller": "switch_channel.c:1123"},
    )


@pytest.mark.parametrize(
    ("word", "level"),
    [
        ("CONSOLE", "info"),
        ("ALERT", "critical"),
        ("CRIT", "critical"),
        ("ERR", "error"),
        ("WARNING", "warning"),
        ("NOTICE", "info"),
        ("INFO", "info"),
        ("DEBUG", "debug"),
    ],
)
def test_levels(word, level):
    f = FORMAT.parse(f"2025-03-04 17:20:41.002117 97.00% [{word}] switch_core.c:100 text")
    assert (f.level, f.message) == (level, "text")


def test_headers_before_110_have_no_idle_share():
    # Before 1.10: no idle CPU. The oldest releases: whole seconds, and (as builds with
    # SWITCH_FUNC_IN_LOG) the function after the line.
    f = FORMAT.parse("2019-08-14 09:12:03.440871 [ERR] mod_sofia.c:2610 Channel is not answered")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2019-08-14 09:12:03.440871",
        "error",
        "Channel is not answered",
        {"caller": "mod_sofia.c:2610"},
    )
    f = FORMAT.parse(
        "2009-02-17 11:40:02 [DEBUG] switch_core_session.c:1013 switch_core_session_thread()"
        " Session 12 (sofia/default/1000@192.0.2.4) Locked, Waiting on external entities"
    )
    assert (f.timestamp, f.message, f.attributes) == (
        "2009-02-17 11:40:02",
        "Session 12 (sofia/default/1000@192.0.2.4) Locked, Waiting on external entities",
        {"caller": "switch_core_session.c:1013", "function": "switch_core_session_thread"},
    )


def test_a_header_whose_message_starts_below():
    f = FORMAT.parse(LINES[17])
    assert (f.message, f.level, f.attributes["caller"]) == ("", "info", "switch_core.c:2512")


def test_the_untimed_lines_of_a_session():
    f = FORMAT.parse(LINES[8])
    assert (f.timestamp, f.level, f.message, f.trace_id, f.attributes) == (
        None,
        "debug",
        f"Dialplan: {CHANNEL} parsing [public->inbound_did] continue=false",
        UUID,
        {"uuid": UUID},
    )
    f = FORMAT.parse(LINES[11])
    assert (f.timestamp, f.level, f.message) == (
        None,
        "debug",
        f"EXECUTE [depth=0] {CHANNEL} answer()",
    )
    # A line of another message with no header of its own: no level to give it.
    f = FORMAT.parse(f"{UUID} Channel-State: [CS_EXECUTE]")
    assert (f.timestamp, f.level, f.message, f.trace_id) == (
        None,
        None,
        "Channel-State: [CS_EXECUTE]",
        UUID,
    )


def test_the_untimed_lines_without_the_uuid():
    # mod_logfile's `uuid` parameter off: the dialplan's trace with nothing before it.
    for line in (
        f"Dialplan: {CHANNEL} Action set(hangup_after_bridge=true) ",
        f"|--- Dialplan: {CHANNEL} Regex (FAIL) [vip] ${{caller_id_number}}(1) =~ /^9/ break=never",
        "Dialplan: Processing recursive conditions level:1 [inbound_recur_1] require-nested=TRUE",
        "Chatplan: 2001@192.0.2.10 parsing [default->demo] continue=false",
        f"EXECUTE [depth=1] {CHANNEL} bridge(user/2001@192.0.2.10)",
        f"EXECUTE {CHANNEL} hangup()",
    ):
        f = FORMAT.parse(line)
        assert (f.timestamp, f.level, f.message, f.attributes) == (None, "debug", line, None)


@pytest.mark.parametrize(
    "line",
    [
        "v=0",
        "FreeSWITCH Started",
        "Dialplan:",
        "EXECUTE now",
        "2025-03-04 17:20:41.002117 97.00% [WARN] switch_core.c:100 not a FreeSWITCH level",
        "2025-03-04 17:20:41.002117 [INFO] no file and line here",
        "2025-03-04 17:20:41,002 INFO [main] com.acme.App - Started",
        "3f1c9a0e-2b7d-4e51-a8c6-0d94e27b5f1 truncated uuid",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


def test_a_messages_lines_keep_to_their_header():
    sdp = LINES[2]
    assert FORMAT.continues(LINES[3], sdp, sdp) == "v=0"
    assert FORMAT.continues(LINES[13], LINES[12], LINES[12]) == f"Channel-Name: [{CHANNEL}]"
    # The dialplan's lines and the next header are events of their own...
    assert FORMAT.continues(LINES[8], LINES[7], LINES[7]) is None
    assert FORMAT.continues(LINES[11], sdp, LINES[10]) is None
    assert FORMAT.continues(LINES[7], sdp, LINES[6]) is None
    # ...as is another session's line, and any line under one that has no header.
    assert FORMAT.continues(f"{OTHER} v=0", sdp, sdp) is None
    assert FORMAT.continues(f"{UUID} Channel-State: [CS_EXECUTE]", LINES[11], LINES[11]) is None
    assert FORMAT.continues("v=0", sdp, sdp) is None
    assert FORMAT.continues(LINES[3], None) is None


def test_detection():
    d = detect(LINES)
    assert (d.name, [f.name for f in d.formats]) == ("freeswitch", ["freeswitch"])
    assert "parse as freeswitch" in d.reason
    # Before 1.10 (no idle share), Python's layout would take `time [LEVEL] file.c:12 message`.
    older = [
        "2019-08-14 09:12:03.440871 [NOTICE] switch_channel.c:1055 New Channel "
        "sofia/internal/2001@192.0.2.10 [6a1f0e2b-93c4-4d57-8e61-0b2c3d4e5f60]",
        "2019-08-14 09:12:03.441207 [DEBUG] switch_core_state_machine.c:585 "
        "(sofia/internal/2001@192.0.2.10) Running State Change CS_NEW",
        "2019-08-14 09:12:03.443010 [ERR] mod_sofia.c:2610 Channel is not answered",
    ]
    assert detect(older).name == "freeswitch"


def test_every_header_line_is_an_event_of_its_own(tmp_path):
    events = stored_events(
        tmp_path,
        CALL,
        "line, timestamp, timestamp_inferred, level, trace_id, message, attributes->>'caller'",
    )
    at = datetime(2025, 3, 4, 17, 20, 41, 4120)  # of the header before the dialplan's lines
    assert events == [
        (1, datetime(2025, 3, 4, 17, 20, 40, 118302), False, "info", None, "New log started.",
         "mod_logfile.c:217"),
        (2, datetime(2025, 3, 4, 17, 20, 41, 2117), False, "info", UUID,
         f"New Channel {CHANNEL} [{UUID}]", "switch_channel.c:1123"),
        (3, datetime(2025, 3, 4, 17, 20, 41, 3511), False, "debug", UUID,
         "Remote SDP:\nv=0\no=- 3921 3921 IN IP4 203.0.113.7\nc=IN IP4 203.0.113.7\n"
         "m=audio 31562 RTP/AVP 8 0 101", "sofia.c:7624"),
        (8, at, False, "info", UUID,
         "Processing +14155550123 <+14155550123>->18005550199 in context public",
         "mod_dialplan_xml.c:639"),
        (9, at, True, "debug", UUID, LINES[8][37:], None),
        (10, at, True, "debug", UUID, LINES[9][37:], None),
        (11, at, True, "debug", UUID, LINES[10][37:], None),
        (12, at, True, "debug", UUID, LINES[11][37:], None),
        (13, datetime(2025, 3, 4, 17, 20, 41, 9878), False, "info", UUID,
         f"CHANNEL_DATA:\nChannel-Name: [{CHANNEL}]\nChannel-State: [CS_EXECUTE]",
         "mod_dptools.c:1999"),
        (16, datetime(2025, 3, 4, 17, 20, 41, 9878), True, "debug", OTHER, LINES[15][37:], None),
        (17, datetime(2025, 3, 4, 17, 20, 43, 551209), False, "warning", None, LINES[16][61:],
         "sofia_reg.c:1779"),
        (18, datetime(2025, 3, 4, 17, 20, 44, 700113), False, "info", None,
         "FreeSWITCH Version 1.10.12-release 64bit (1.10.12-release 64bit)\nFreeSWITCH Started",
         "switch_core.c:2512"),
        (21, datetime(2025, 3, 4, 17, 20, 45, 130552), False, "error", UUID,
         "Cannot create outgoing channel of type [user] cause: [SUBSCRIBER_ABSENT]",
         "switch_ivr_originate.c:2731"),
    ]  # fmt: skip


@given(st.text(max_size=200))
def test_never_raises(text):
    parse = type(FORMAT).parse
    parse(FORMAT, text)
    parse(FORMAT, f"{UUID} {text}")
    parse(FORMAT, f"2025-03-04 17:20:41.002117 97.00% [INFO] {text}")
    FORMAT.continues(f"{UUID} {text}", LINES[2], LINES[2])
    FORMAT.continues(text, LINES[2], None)
