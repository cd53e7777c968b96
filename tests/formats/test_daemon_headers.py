"""The daemons' headers generic reads (errctl.formats.daemon_headers), through generic's parse:
that is where their lines are tried."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from errctl.formats.generic import FORMAT
from errctl.formats.levels import normalize_level
from errctl.formats.timestamps import parse_timestamp
from tests.ingest.stored import stored_events

# Year-less times (Asterisk's `[Mar 14 09:41:07]`) take the year of the file's reading.
REFERENCE = datetime(2024, 6, 1)


def _read(line: str) -> tuple:
    """(UTC time, level, service, message, attributes) of a header line."""
    f = FORMAT.parse(line)
    assert f is not None
    ts = parse_timestamp(f.timestamp, UTC, REFERENCE)
    return (ts, normalize_level(f.level), f.service, f.message, f.attributes)


def test_asterisk_full_log_headers():
    # A VERBOSE line of a call: the call's id, the thread and the file that logged.
    assert _read(
        "[Mar 14 09:41:07] VERBOSE[31877][C-0000002c] pbx.c: Executing [401@ext-local:3] "
        'Dial("SIP/trunk-00000051", "SIP/401,20,tr") in new stack'
    ) == (
        datetime(2024, 3, 14, 9, 41, 7),
        "info",
        None,
        'Executing [401@ext-local:3] Dial("SIP/trunk-00000051", "SIP/401,20,tr") in new stack',
        {"thread": 31877, "call_id": "C-0000002c", "caller": "pbx.c"},
    )
    # No call: no call id; NOTICE is a level of its own.
    assert _read(
        "[Mar 14 09:41:09] NOTICE[1622] chan_sip.c: Registration from '<sip:6001@10.0.0.4>' "
        "failed for '192.0.2.77:5062' - Wrong password"
    ) == (
        datetime(2024, 3, 14, 9, 41, 9),
        "info",
        None,
        "Registration from '<sip:6001@10.0.0.4>' failed for '192.0.2.77:5062' - Wrong password",
        {"thread": 1622, "caller": "chan_sip.c"},
    )
    # Asterisk 13 and later: a colon after the ids, the file's line and the function.
    assert _read(
        "[2024-02-20 17:05:13.402] ERROR[7718][C-00000009]: res_pjsip_outbound_registration.c"
        ":1036 handle_registration_response: Fatal response '403' from 'sip:itsp.example.net'"
    ) == (
        datetime(2024, 2, 20, 17, 5, 13, 402000),
        "error",
        None,
        "Fatal response '403' from 'sip:itsp.example.net'",
        {
            "thread": 7718,
            "call_id": "C-00000009",
            "function": "handle_registration_response",
            "caller": "res_pjsip_outbound_registration.c:1036",
        },
    )
    assert _read(
        "[Mar 14 09:41:12] DTMF[31880][C-0000002c] channel.c: DTMF end '#' received on "
        "SIP/401-00000052, duration 120 ms"
    )[1:4] == ("info", None, "DTMF end '#' received on SIP/401-00000052, duration 120 ms")
    assert _read("[Mar 14 09:41:12] WARNING[1622] chan_sip.c: Retransmission timeout")[1] == (
        "warning"
    )
    assert _read("[Mar 14 09:41:12] DEBUG[1622] res_rtp_asterisk.c: Got RTCP report")[1] == "debug"
    # A SIP dump's header: the message starts on the next line (framing adds it).
    assert _read("[Mar 14 09:41:13] VERBOSE[1630] chan_sip.c:")[3:] == (
        "",
        {"thread": 1630, "caller": "chan_sip.c"},
    )


def test_asterisk_module_paths_log_app_and_verbose_prefixes():
    # A module in a subdirectory names its source by its path under the tree.
    assert _read(
        "[2024-05-02 08:12:40] NOTICE[4410] res_pjsip/pjsip_distributor.c: Request 'REGISTER' "
        "from '<sip:7001@pbx.example.org>' failed for '198.51.100.9:5060' (callid: a1b2c3) - "
        "No matching endpoint found"
    ) == (
        datetime(2024, 5, 2, 8, 12, 40),
        "info",
        None,
        "Request 'REGISTER' from '<sip:7001@pbx.example.org>' failed for '198.51.100.9:5060' "
        "(callid: a1b2c3) - No matching endpoint found",
        {"thread": 4410, "caller": "res_pjsip/pjsip_distributor.c"},
    )
    # A blank before the thread, as fail2ban's filter allows.
    assert _read(
        "[2024-05-02 08:13:01] NOTICE [4410] manager.c: 198.51.100.9 failed to authenticate "
        "as 'ops'"
    )[3:] == (
        "198.51.100.9 failed to authenticate as 'ops'",
        {"thread": 4410, "caller": "manager.c"},
    )
    # The dialplan's Log(): the extension (and, with the line, its priority and context).
    log_app = '[Mar 14 09:41:20] WARNING[31877][C-0000002d] Ext. 500: "Caller 401 over quota"'
    assert _read(log_app)[1:] == (
        "warning",
        None,
        '"Caller 401 over quota"',
        {"thread": 31877, "call_id": "C-0000002d", "extension": "500"},
    )
    assert _read(
        "[2024-02-20 17:05:14] NOTICE[7718][C-0000000a]: Ext. s:4 @ from-trunk: no DID matched"
    )[3:] == (
        "no DID matched",
        {
            "thread": 7718,
            "call_id": "C-0000000a",
            "extension": "s",
            "priority": 4,
            "context": "from-trunk",
        },
    )
    # The verbose prefix says the verbosity; the message is what follows it.
    assert _read(
        "[Mar 14 09:41:08] VERBOSE[31877][C-0000002c] app_dial.c:     -- SIP/401-00000052 is "
        "ringing"
    )[3:] == (
        "SIP/401-00000052 is ringing",
        {"thread": 31877, "call_id": "C-0000002c", "caller": "app_dial.c", "verbosity": 3},
    )
    verbose2 = "[Mar 14 09:41:02] VERBOSE[1454] netsock2.c:   == Using SIP RTP TOS bits 184"
    assert _read(verbose2)[3:] == (
        "Using SIP RTP TOS bits 184",
        {"thread": 1454, "caller": "netsock2.c", "verbosity": 2},
    )


def test_asterisk_security_events():
    """res_security_log's events: a failed check is a warning, a success a notice; the event's
    name is the template, which mining the quoted pairs would lose."""
    failed = FORMAT.parse(
        '[Mar 14 09:41:09] SECURITY[1601] res_security_log.c: SecurityEvent="ChallengeResponse'
        'Failed",EventTV="2024-03-14T09:41:09.118+0100",Severity="Error",Service="SIP",'
        'EventVersion="1",AccountID="6001",RemoteAddress="IPV4/UDP/192.0.2.77/5062"'
    )
    assert normalize_level(failed.level) == "warning"
    assert failed.template == 'SecurityEvent="ChallengeResponseFailed",<*>'
    assert failed.attributes == {
        "thread": 1601,
        "caller": "res_security_log.c",
        "security_event": "ChallengeResponseFailed",
    }
    passed = FORMAT.parse(
        '[Mar 14 09:41:10] SECURITY[1601] res_security_log.c: SecurityEvent="SuccessfulAuth",'
        'EventTV="2024-03-14T09:41:10.002+0100",Severity="Informational",Service="PJSIP",'
        'EventVersion="1",AccountID="6001",RemoteAddress="IPV4/UDP/192.0.2.77/5062"'
    )
    assert normalize_level(passed.level) == "info"
    assert passed.template == 'SecurityEvent="SuccessfulAuth",<*>'


@pytest.mark.parametrize(
    "line",
    [
        # Not Asterisk's: a bracketed time before a program and its pid (no source file).
        "[2024-03-14 09:41:09] CRON[2231]: (root) CMD (run-parts /etc/cron.hourly)",
        "[2024-03-14 09:41:09] ERROR[2231] something failed",
    ],
)
def test_other_bracketed_headers_are_not_asterisks(line):
    f = FORMAT.parse(line)
    # (A program and its pid are its syslog tag's: the service and a pid, no Asterisk fields.)
    assert f is not None and f.attributes in (None, {"pid": 2231})
    if line.find("CRON[") > 0:
        assert (f.service, f.message) == ("CRON", "(root) CMD (run-parts /etc/cron.hourly)")


def test_unbound_log_file_headers():
    # Unbound's own logfile: the epoch's seconds, the ident, pid and thread, the type.
    assert _read("[1709463022] unbound[2214:3] info: resolving example.org. AAAA IN") == (
        datetime(2024, 3, 3, 10, 50, 22),
        "info",
        "unbound",
        "resolving example.org. AAAA IN",
        {"pid": 2214, "thread": 3},
    )
    # With log-time-ascii; libunbound (a program using the library) names itself.
    ascii_time = "Mar  3 04:10:22 libunbound[881:a] debug: cache memory msg=33040 rrset=33040"
    assert _read(ascii_time)[1:] == (
        "debug",
        "libunbound",
        "cache memory msg=33040 rrset=33040",
        {"pid": 881, "thread": 10},
    )
    assert _read("[1709463023] unbound[2214:0] fatal error: could not open ports")[1:4] == (
        "critical",
        "unbound",
        "could not open ports",
    )
    # A debug line that mentions an error is still a debug line.
    assert _read("[1709463024] unbound[2214:0] debug: return error response SERVFAIL")[1] == (
        "debug"
    )


def test_sssd_debug_logs():
    # SSSD 2.x: ISO date, the hour padded with a blank; the backend is the service.
    assert _read(
        "(2023-09-05  7:14:22): [be[corp.example.com]] [ad_gpo_access_done] (0x0040): "
        "[RID#1187] GPO-based access control failed."
    ) == (
        datetime(2023, 9, 5, 7, 14, 22),
        "error",
        "be[corp.example.com]",
        "GPO-based access control failed.",
        {"function": "ad_gpo_access_done", "debug_level": "0x0040", "request": "RID#1187"},
    )
    # With debug_microseconds, a colon before them.
    assert _read(
        "(2023-09-05 17:14:22:004211): [pam] [pam_print_data] (0x0100): command: SSS_PAM_AUTH"
    )[:4] == (datetime(2023, 9, 5, 17, 14, 22, 4211), "info", "pam", "command: SSS_PAM_AUTH")
    # Before 2.0: ctime without the year, the microseconds, the year; `sssd[...]` around the
    # process's name.
    assert _read(
        "(Wed Jan  8 10:02:31:551208 2019) [sssd[nss]] [nss_cmd_getpwnam] (0x0400): "
        "Looking up jdoe@corp.example.com"
    )[:4] == (
        datetime(2019, 1, 8, 10, 2, 31, 551208),
        "debug",
        "nss",
        "Looking up jdoe@corp.example.com",
    )
    assert _read("(Wed Jan  8 10:02:30 2019) [sssd] [monitor_quit] (0x0010): Monitor exited")[
        :3
    ] == (datetime(2019, 1, 8, 10, 2, 30), "critical", "sssd")
    levels = {
        mask: _read(f"(2023-09-05 17:14:22): [nss] [f] ({mask}): m")[1]
        for mask in ("0x0020", "0x0080", "0x0200", "0x2000")
    }
    assert levels == {
        "0x0020": "critical",
        "0x0080": "warning",
        "0x0200": "debug",
        "0x2000": "trace",
    }


@pytest.mark.parametrize(
    "line",
    [
        "(2023-09-05 17:14:22): started",
        "(Wed Jan  8 10:02:30 2019) [sssd] monitor exited",
        "(2023-02-30 17:14:22): [nss] [f] (0x0400): no such day",
    ],
)
def test_not_sssd_lines(line):
    assert FORMAT.parse(line) is None


def test_zellij_log():
    f = FORMAT.parse(
        "WARN   |zellij_server::panes::tiled| 2025-02-11 21:07:45.318 [screen    ] "
        "[zellij-server/src/panes/tiled_panes/mod.rs:1204]: pane 3 has no room to resize "
    )
    assert parse_timestamp(f.timestamp, UTC) == datetime(2025, 2, 11, 21, 7, 45, 318000)
    assert (normalize_level(f.level), f.logger, f.message, f.attributes) == (
        "warning",
        "zellij_server::panes::tiled",
        "pane 3 has no room to resize",
        {"thread": "screen", "caller": "zellij-server/src/panes/tiled_panes/mod.rs:1204"},
    )
    # `???`: log4rs did not know the module.
    f = FORMAT.parse(
        "ERROR  |???                      | 2025-02-11 21:07:46.002 [pty_writer] "
        "[zellij-server/src/os_input_output.rs:567]: a non-fatal error occurred "
    )
    assert (normalize_level(f.level), f.logger, f.message) == (
        "error",
        None,
        "a non-fatal error occurred",
    )
    assert FORMAT.parse("INFO   |zellij_client            | no time here") is None


def test_zigbee2mqtt_console_and_file_lines():
    # The console: `Zigbee2MQTT:` and the level padded to five, then the time and `: `.
    assert _read(
        "Zigbee2MQTT:error 2023-09-14 21:02:11: Publish 'set' 'brightness' to 'desk_lamp' "
        "failed: 'Error: Command 0x00124b0022 genLevelCtrl.moveToLevel failed (Timeout)'"
    ) == (
        datetime(2023, 9, 14, 21, 2, 11),
        "error",
        "Zigbee2MQTT",
        "Publish 'set' 'brightness' to 'desk_lamp' failed: 'Error: Command 0x00124b0022 "
        "genLevelCtrl.moveToLevel failed (Timeout)'",
        None,
    )
    assert _read("Zigbee2MQTT:info  2023-09-14 21:02:12: MQTT publish: topic 'z2m/plug'")[1:4] == (
        "info",
        "Zigbee2MQTT",
        "MQTT publish: topic 'z2m/plug'",
    )
    # Its log.txt: the same without the prefix.
    assert _read("warn  2023-09-14 21:02:13: Device 'hall_sensor' left the network") == (
        datetime(2023, 9, 14, 21, 2, 13),
        "warning",
        "Zigbee2MQTT",
        "Device 'hall_sensor' left the network",
        None,
    )


@pytest.mark.parametrize(
    "line",
    [
        "debug 12: not a time",
        "error occurred in the handler: retrying",
        "Zigbee2MQTT:info  started",
    ],
)
def test_not_zigbee2mqtt_lines(line):
    assert FORMAT.parse(line) is None


def test_suricata_fast_log_alerts():
    line = (
        "11/27/2026-12:00:00.123456  [**] [1:2019401:4] ET POLICY Vulnerable Java Version 1.8.x "
        "Detected [**] [Classification: Potential Corporate Privacy Violation] [Priority: 1] "
        "{TCP} 10.30.1.14:49822 -> 203.0.113.80:80"
    )
    rule = "ET POLICY Vulnerable Java Version 1.8.x Detected"
    assert _read(line) == (
        datetime(2026, 11, 27, 12, 0, 0, 123456),  # naive UTC, as stored
        "error",
        None,
        rule,
        {
            "gid": 1,
            "sid": 2019401,
            "rev": 4,
            "priority": 1,
            "classification": "Potential Corporate Privacy Violation",
            "proto": "TCP",
            "src": "10.30.1.14:49822",
            "dst": "203.0.113.80:80",
        },
    )
    # The rule's text is its template whole: the addresses never split one rule's alerts.
    assert FORMAT.parse(line).template == rule
    # An inline Suricata's drop, a priority 3, and Snort's year-less stamp.
    dropped = (
        "11/27/2026-12:00:05.000100  [Drop] [**] [1:2210045:2] SURICATA STREAM Packet with "
        "invalid ack [**] [Classification: Generic Protocol Command Decode] [Priority: 3] "
        "{TCP} 10.30.1.14:49822 -> 203.0.113.80:443"
    )
    ts, level, _, message, attrs = _read(dropped)
    assert (level, message, attrs["action"], attrs["sid"]) == (
        "info",
        "SURICATA STREAM Packet with invalid ack",
        "drop",
        2210045,
    )
    snort = (
        "11/27-12:00:07.250000  [**] [1:1000001:1] ICMP test [**] [Priority: 2] "
        "{ICMP} 192.0.2.1 -> 192.0.2.2"
    )
    ts, level, _, message, attrs = _read(snort)
    assert (ts.month, ts.day, ts.hour, level, message) == (11, 27, 12, "warning", "ICMP test")
    assert "classification" not in attrs and attrs["dst"] == "192.0.2.2"


@pytest.mark.parametrize(
    "line",
    [
        "11/27/2026-12:00:00.123456  [**] no rule id [**] [Priority: 2]",
        "13/27/2026-12:00:00.123456  [**] [1:2:3] bad month [**] [Priority: 2] {TCP} a -> b",
        "11/27/2026-12:00:00.123456  [**] [1:2:3] no priority [**] {TCP} a -> b",
    ],
)
def test_not_fast_log_alerts(line):
    f = FORMAT.parse(line)
    assert f is None or f.attributes is None or "sid" not in f.attributes


def test_suricata_own_log_in_each_release_layout():
    """suricata.log's default-log-format per release: the header was left in the message (the
    file read raw), so one statement was one template per release."""
    # 3.x-6.x: `[%i] %t - (%f:%l) <%d> (%n) -- `, the time day first.
    line = (
        "[3318] 4/11/2021 -- 17:02:09 - (util-ioctl.c:102) <Warning> (GetIfaceMTU) -- "
        "[ERRCODE: SC_ERR_SYSCALL(50)] - Failure when trying to get MTU via ioctl for 'eth9': "
        "No such device (19)"
    )
    assert _read(line) == (
        datetime(2021, 11, 4, 17, 2, 9),
        "warning",
        "suricata",
        "Failure when trying to get MTU via ioctl for 'eth9': No such device (19)",
        {
            "pid": 3318,
            "caller": "util-ioctl.c:102",
            "function": "GetIfaceMTU",
            "error_code": "SC_ERR_SYSCALL",
        },
    )
    assert FORMAT.parse(line).logger is None
    # The release layout with the pid (`default-log-format: "[%i] %t - <%d> - "`): no call site.
    line = (
        "[2788] 26/1/2021 -- 14:37:09 - <Error> - [ERRCODE: SC_ERR_INVALID_SIGNATURE(39)] - "
        'error parsing signature "alert dns any any -> any any (msg:"x"; sid:1;)" from file '
        "/var/lib/suricata/rules/suricata.rules at line 17"
    )
    assert _read(line) == (
        datetime(2021, 1, 26, 14, 37, 9),
        "error",
        "suricata",
        'error parsing signature "alert dns any any -> any any (msg:"x"; sid:1;)" from file '
        "/var/lib/suricata/rules/suricata.rules at line 17",
        {"pid": 2788, "error_code": "SC_ERR_INVALID_SIGNATURE"},
    )
    line = "[2788] 26/1/2021 -- 14:37:10 - <Perf> - (W#01-eth1) Kernel: Packets 31442, dropped 0"
    assert _read(line)[1:] == (
        "info",
        "suricata",
        "(W#01-eth1) Kernel: Packets 31442, dropped 0",
        {"pid": 2788},
    )
    # 7.0's betas: `[thread:module]` after the time, the module the logger.
    line = (
        "[3318] 4/11/2021 -- 17:02:10 [Suricata-Main:detect] - (detect-engine-loader.c:353) "
        "<Info> (SigLoadSignatures) -- 2 rule files processed. 30911 rules successfully loaded"
    )
    assert _read(line)[1:] == (
        "info",
        "suricata",
        "2 rule files processed. 30911 rules successfully loaded",
        {
            "pid": 3318,
            "thread": "Suricata-Main",
            "caller": "detect-engine-loader.c:353",
            "function": "SigLoadSignatures",
        },
    )
    assert FORMAT.parse(line).logger == "detect"
    # 7.x: `[%i - %m] %z %d: %S: `.
    line = "[812 - W#01-eth1] 2024-02-19 06:40:11 Perf: af-packet: eth1: rx ring 4096 frames"
    assert _read(line) == (
        datetime(2024, 2, 19, 6, 40, 11),
        "info",
        "suricata",
        "eth1: rx ring 4096 frames",
        {"pid": 812, "thread": "W#01-eth1"},
    )
    assert FORMAT.parse(line).logger == "af-packet"
    # 2.x: `%t - <%d> - `; suricata-update and `-T` write `<Error> -- `.
    assert _read("7/3/2016 -- 09:15:00 - <Notice> - Signal Received.  Stopping engine.") == (
        datetime(2016, 3, 7, 9, 15),
        "info",
        "suricata",
        "Signal Received.  Stopping engine.",
        None,
    )
    assert _read(
        "7/3/2016 -- 09:15:01 - <Error> -- [ERRCODE: SC_ERR_OPENING_RULE_FILE(41)] - opening "
        "rule file /etc/suricata/rules/local.rules: No such file or directory."
    )[1:] == (
        "error",
        "suricata",
        "opening rule file /etc/suricata/rules/local.rules: No such file or directory.",
        {"error_code": "SC_ERR_OPENING_RULE_FILE"},
    )


@pytest.mark.parametrize(
    "line",
    [
        "31/13/2021 -- 17:02:09 - <Info> - no thirteenth month",
        # The pid's layout without a call site is a configured one (read above); not with a
        # level Suricata has not.
        "[3318] 4/11/2021 -- 17:02:09 - <Verbose> - not a Suricata level",
        "[812 - main] 2024-02-19 06:40:11 Verbose: af-packet: not a Suricata level",
    ],
)
def test_not_suricata_lines(line):
    f = FORMAT.parse(line)
    assert f is None or f.service != "suricata"


def test_pbs_server_and_mom_logs():
    # Torque's server: the daemon and its pid, the job it is about, the month first.
    assert _read(
        "11/08/2026 10:15:09;0008;PBS_Server.2653;Job;4211.head01.cluster;Job Queued at request "
        "of alice@login01.cluster, owner = alice@login01.cluster, job name = run.sh"
    ) == (
        datetime(2026, 11, 8, 10, 15, 9),
        "info",
        "PBS_Server",
        "Job Queued at request of alice@login01.cluster, owner = alice@login01.cluster, "
        "job name = run.sh",
        {"event_type": "0008", "object_type": "Job", "object": "4211.head01.cluster", "pid": 2653},
    )
    # An error's bit; the server as the object.
    assert _read(
        "11/08/2026 10:15:12;0001;PBS_Server.2653;Svr;PBS_Server;LOG_ERROR::Connection refused "
        "(111) in contact_sched, Could not contact Scheduler"
    )[1:3] == ("error", "PBS_Server")
    # OpenPBS's MOM: microseconds, debug bits only, an object name with a blank.
    ts, level, service, message, attrs = _read(
        "11/08/2026 10:16:00.123456;0d80;pbs_mom;TPP;pbs_mom(Thread 0);sd 5, Received noroute "
        "to dest 10.0.0.4:15001"
    )
    assert (ts, level, service, message, attrs) == (
        datetime(2026, 11, 8, 10, 16, 0, 123456),
        "debug",
        "pbs_mom",
        "sd 5, Received noroute to dest 10.0.0.4:15001",
        {"event_type": "0d80", "object_type": "TPP", "object": "pbs_mom(Thread 0)"},
    )
    # PBS Pro's server names its host after an `@`.
    f = FORMAT.parse("11/08/2026 10:17:00;0002;Server@head01;Svr;Server@head01;Log opened")
    assert (f.service, f.host, f.level, f.message) == ("Server", "head01", "info", "Log opened")


def test_torques_mom_pads_its_name_and_continues_long_messages(tmp_path):
    # Torque's MOM: its name and pid right-aligned in ten columns; a message over its buffer
    # goes on in lines marked `[continued]` under the same header.
    head = "06/04/2024 12:12:01;0008;   pbs_mom.2853;Job;84299.pbs-head;"
    text = (
        f"{head}Unable to copy file /var/spool/torque/spool/84299.pbs-head.OU\n"
        f"{head}[continued]scp: /home/esato/run/: Disk quota exceeded\n"
        "06/04/2024 12:12:02;0008;   pbs_mom.2853;Job;84299.pbs-head;obit sent to server\n"
    )
    rows = stored_events(tmp_path, text, "line, service, attributes->>'pid', message")
    assert rows == [
        (
            1,
            "pbs_mom",
            "2853",
            "Unable to copy file /var/spool/torque/spool/84299.pbs-head.OU\n"
            "scp: /home/esato/run/: Disk quota exceeded",
        ),
        (3, "pbs_mom", "2853", "obit sent to server"),
    ]


def test_pbs_accounting_records():
    # Torque's end record: the job's pairs, its id as the server log's `object`.
    assert _read(
        "11/08/2026 14:02:37;E;4211.head01.cluster;user=alice group=chem jobname=md_run "
        "queue=batch ctime=1794146109 qtime=1794146109 etime=1794146109 start=1794146230 "
        "owner=alice@login01.cluster exec_host=node07/0+node07/1 Resource_List.nodes=1:ppn=2 "
        "Resource_List.walltime=04:00:00 session=30412 end=1794153757 Exit_status=0 "
        "resources_used.cput=02:03:11 resources_used.mem=812344kb resources_used.walltime=02:05:27"
    ) == (
        datetime(2026, 11, 8, 14, 2, 37),
        "info",
        None,
        "job ended",
        {
            "user": "alice",
            "group": "chem",
            "jobname": "md_run",
            "queue": "batch",
            "ctime": "1794146109",
            "qtime": "1794146109",
            "etime": "1794146109",
            "start": "1794146230",
            "owner": "alice@login01.cluster",
            "exec_host": "node07/0+node07/1",
            "Resource_List.nodes": "1:ppn=2",
            "Resource_List.walltime": "04:00:00",
            "session": "30412",
            "end": "1794153757",
            "Exit_status": "0",
            "resources_used.cput": "02:03:11",
            "resources_used.mem": "812344kb",
            "resources_used.walltime": "02:05:27",
            "record_type": "E",
            "object": "4211.head01.cluster",
        },
    )
    # A delete request (PBS Pro), and a job the server could not run (JOB_EXEC_RETRY).
    assert _read("11/08/2026 14:05:00;D;4212.head01;requestor=bob@login02") == (
        datetime(2026, 11, 8, 14, 5),
        "info",
        None,
        "job deleted",
        {"requestor": "bob@login02", "record_type": "D", "object": "4212.head01"},
    )
    assert _read("11/08/2026 14:06:00;E;4213.head01;user=carol queue=workq Exit_status=-3")[
        1:4
    ] == ("error", None, "job ended")
    # A record whose text is not pairs keeps it as its message; a reservation's id.
    assert _read("11/08/2026 15:00:00;L;license;floating license hour:0 day:4 month:9 max:12")[
        3:
    ] == (
        "floating license hour:0 day:4 month:9 max:12",
        {"record_type": "L", "object": "license"},
    )
    assert _read("11/08/2026 15:01:00;A;4214.head01;")[1:] == (
        "warning",
        None,
        "job aborted by the server",
        {"record_type": "A", "object": "4214.head01"},
    )


@pytest.mark.parametrize(
    "line",
    [
        "13/08/2026 10:15:09;0008;PBS_Server.2653;Job;42.head01;a month 13",
        "11/08/2026 10:15:09;08;PBS_Server.2653;Job;42.head01;no event type",
        "11/08/2026 10:15:09 PBS_Server.2653 Job 42.head01 no semicolons",
        "13/08/2026 10:15:09;E;42.head01;user=alice a month 13",
        "11/08/2026 10:15:09;EE;42.head01;user=alice two letters",
    ],
)
def test_not_pbs_lines(line):
    f = FORMAT.parse(line)
    assert f is None or not {"event_type", "record_type"} & set(f.attributes or {})


def test_samba_debug_log_headers():
    # log.smbd's default header: the message is on the lines below (ingest takes it from them).
    assert _read("[2026/03/02 14:05:09.482113,  0] ../../source3/smbd/server.c:1722(main)") == (
        datetime(2026, 3, 2, 14, 5, 9, 482113),
        "error",
        None,
        "",
        {"debug_level": 0, "caller": "../../source3/smbd/server.c:1722", "function": "main"},
    )
    # Without `debug hires timestamp`; `debug pid`, `debug uid` and `debug class` set.
    assert _read(
        "[2026/03/02 14:05:10, 10, pid=4172, effective(1000, 100), real(1000, 0), class=auth]"
        " ../../auth/ntlmssp/ntlmssp_server.c:456(ntlmssp_server_preauth)"
    ) == (
        datetime(2026, 3, 2, 14, 5, 10),
        "debug",
        None,
        "",
        {
            "debug_level": 10,
            "pid": 4172,
            "class": "auth",
            "caller": "../../auth/ntlmssp/ntlmssp_server.c:456",
            "function": "ntlmssp_server_preauth",
        },
    )
    # `debug prefix timestamp`: the message on the header's line, no call site.
    assert _read("[2026/03/02 14:05:11.000207,  1] Unable to connect to CUPS server") == (
        datetime(2026, 3, 2, 14, 5, 11, 207),
        "warning",
        None,
        "Unable to connect to CUPS server",
        {"debug_level": 1},
    )
    assert _read("[2026/03/02 14:05:12.5,  3] ../lib/util/x.c:9(f)")[1] == "info"
    assert _read("[2026/03/02 14:05:12.5,  5] ../lib/util/x.c:9(f)")[1] == "debug"


def test_proftpd_system_log_headers():
    # In a session: the host, the server's FQDN, the client's name and address.
    assert _read(
        "2026-03-02 14:05:09,482 ftp-gw proftpd[31337] ftp.example.org "
        "(scanner.example.net[198.51.100.23]): USER anonymous: no such user found"
    ) == (
        datetime(2026, 3, 2, 14, 5, 9, 482000),
        None,
        "proftpd",
        "USER anonymous: no such user found",
        {
            "pid": 31337,
            "server": "ftp.example.org",
            "client_addr": "198.51.100.23",
            "client_host": "scanner.example.net",
        },
    )
    # No host (none configured), no client yet; the client unresolved (its name its address).
    assert _read("2026-03-02 14:05:10,001 proftpd[4410] 10.0.0.5: ROOT PRIVS at main.c:1327")[
        2:
    ] == ("proftpd", "ROOT PRIVS at main.c:1327", {"pid": 4410, "server": "10.0.0.5"})
    assert _read(
        "2026-03-02 14:05:10,002 proftpd[4410] 10.0.0.5 (10.0.0.9[10.0.0.9]): "
        "RELINQUISH PRIVS at main.c:1331"
    )[3:] == (
        "RELINQUISH PRIVS at main.c:1331",
        {"pid": 4410, "server": "10.0.0.5", "client_addr": "10.0.0.9"},
    )
    # Before the configuration is read: no server info.
    assert _read("2026-03-02 14:05:08,000 ftp-gw proftpd[4409]: fatal: unknown directive")[2:4] == (
        "proftpd",
        "fatal: unknown directive",
    )
    assert FORMAT.parse("2026-03-02 14:05:08,000 ftp-gw proftpd[4409]: x").host == "ftp-gw"


def test_samba_synology_headers():
    assert _read(
        "../../source3/smbd/open.c:1587: [2026/03/02 14:05:09.482113, all 2, pid=27083] open_file"
    ) == (
        datetime(2026, 3, 2, 14, 5, 9, 482113),
        "info",
        None,
        "",
        {
            "debug_level": 2,
            "class": "all",
            "pid": 27083,
            "caller": "../../source3/smbd/open.c:1587",
            "function": "open_file",
        },
    )
    assert (
        _read(
            "../../auth/ntlmssp/ntlmssp_server.c:556: [2026/03/02 14:05:10.000001, auth 0, pid=7] "
            "ntlmssp_server_preauth"
        )[1]
        == "error"
    )
    # A relative path and a bracket that is no Samba header: not read.
    assert FORMAT.parse("../../src/x.c:12: [warning] unused variable") is None


def test_ceph_daemon_log_headers():
    """The thread and debug level were left in the message (`7f2a1c3b9700 -1 osd.5 ...`)."""
    assert _read(
        "2018-11-05 09:12:44.018223 7f2a1c3b9700 -1 osd.5 212 heartbeat_check: no reply from "
        "10.1.0.7:6806 osd.9"
    ) == (
        datetime(2018, 11, 5, 9, 12, 44, 18223),
        "error",
        None,
        "osd.5 212 heartbeat_check: no reply from 10.1.0.7:6806 osd.9",
        {"thread": "7f2a1c3b9700", "debug_level": -1},
    )
    assert _read("2018-11-05 09:12:44.020001 7f2a1d3ba700  0 ceph version 13.2.2, pid 77")[1:4] == (
        "info",
        None,
        "ceph version 13.2.2, pid 77",
    )
    line = "2018-11-05 09:12:44.020101 7f2a1d3ba700 20 journal write_thread_entry woke"
    assert _read(line)[1] == "debug"
    # A cluster log entry echoed by the daemon: its channel and priority.
    f = FORMAT.parse(
        "2021-04-09T08:01:02.345+0000 7f0e4b5fe700  0 log_channel(audit) log [DBG] : "
        "from='admin socket' cmd='health' args=[]: dispatch"
    )
    assert (f.level, f.logger, f.message) == (
        "debug",
        "audit",
        "from='admin socket' cmd='health' args=[]: dispatch",
    )
    # A number where the thread would be is no Ceph header.
    assert FORMAT.parse("2018-11-05 09:12:44 12345678 -1 apples").attributes is None


def test_ceph_cluster_log_headers():
    """`ceph.log`'s entries in each release's layout: the daemon, channel and priority were left
    in the message."""
    f = FORMAT.parse(
        "2021-04-09T08:01:07.512344+0000 mon.ceph1 (mon.0) 4411 : cluster [WRN] Health check "
        "update: 2 slow ops (SLOW_OPS)"
    )
    assert (parse_timestamp(f.timestamp, UTC), f.level, f.service, f.logger, f.message) == (
        datetime(2021, 4, 9, 8, 1, 7, 512344),
        "warning",
        "mon.ceph1",
        "cluster",
        "Health check update: 2 slow ops (SLOW_OPS)",
    )
    assert f.attributes == {"rank": "mon.0", "seq": 4411}
    # Before 14.x: the rank and the address.
    f = FORMAT.parse(
        "2017-10-02 11:40:00.100200 osd.3 osd.3 10.1.0.8:6801/3301 98 : cluster [ERR] 2.1f "
        "shard 3 missing"
    )
    assert (f.level, f.service, f.logger, f.message, f.attributes) == (
        "error",
        "osd.3",
        "cluster",
        "2.1f shard 3 missing",
        {"rank": "osd.3", "addr": "10.1.0.8:6801/3301", "seq": 98},
    )
    # `ceph -w` before 12.x: the daemon and the priority only.
    f = FORMAT.parse("2016-06-01 10:00:00.000100 mon.0 [INF] pgmap v31: 64 pgs: 64 active+clean")
    assert (f.level, f.service, f.logger, f.message) == (
        "info",
        "mon.0",
        None,
        "pgmap v31: 64 pgs: 64 active+clean",
    )


def test_ceph_container_stderr_prefixes():
    """Rook's and cephadm's containers prefix each line: these were read as raw lines."""
    f = FORMAT.parse(
        "debug 2023-05-02T10:11:12.345+0000 7f8b2c5ff640  1 mgr handle_mgr_map Activating!"
    )
    assert (parse_timestamp(f.timestamp, UTC), f.level, f.message, f.attributes) == (
        datetime(2023, 5, 2, 10, 11, 12, 345000),
        "debug",
        "mgr handle_mgr_map Activating!",
        {"thread": "7f8b2c5ff640", "debug_level": 1},
    )
    f = FORMAT.parse(
        "audit 2023-05-02T10:11:13.000111+0000 mon.b (mon.1) 87 : audit [INF] from='client.? "
        '10.2.0.4:0/1\' entity=\'client.admin\' cmd=[{"prefix": "osd pool ls"}]: finished'
    )
    assert (f.level, f.service, f.logger, f.attributes) == (
        "info",
        "mon.b",
        "audit",
        {"rank": "mon.1", "seq": 87},
    )
    assert f.message.startswith("from='client.? ")
    # `debug` before anything but a Ceph header stays unread.
    assert FORMAT.parse("debug 2023-05-02T10:11:12Z starting worker") is None


def test_freeradius_radius_log_types():
    """radius.log's Auth, Proxy and Acct types stayed in the message with no level."""
    assert _read(
        "Tue Mar 12 07:55:01 2024 : Auth: (3021) Login OK: [carol] (from client wlc-2 port 13 "
        "cli 3C-22-FB-10-AA-01)"
    ) == (
        datetime(2024, 3, 12, 7, 55, 1),
        "info",
        None,
        "(3021) Login OK: [carol] (from client wlc-2 port 13 cli 3C-22-FB-10-AA-01)",
        None,
    )
    f = FORMAT.parse(
        "Tue Mar 12 07:55:02 2024 : Proxy: Marking home server 10.9.0.2 port 1812 as dead"
    )
    assert (f.level, f.logger, f.message) == (
        "info",
        "Proxy",
        "Marking home server 10.9.0.2 port 1812 as dead",
    )
    assert FORMAT.parse("Tue Mar 12 07:55:03 2024 : Auth: Invalid user: [dave]").logger == "Auth"
    # The level words were read before and still are.
    f = FORMAT.parse("Tue Mar 12 07:55:04 2024 : Error: rlm_sql (sql): Failed to connect")
    assert (f.level, f.logger, f.message) == ("Error", None, "rlm_sql (sql): Failed to connect")


def test_openldap_slapd_hex_times():
    """slapd's debug output with its hex time was read as raw lines."""
    assert _read(
        '64b1f0a2.1a2b3c4d 0x7f12ab34c640 conn=1204 op=1 SRCH base="dc=shop,dc=test" scope=2'
    ) == (
        datetime(2023, 7, 15, 1, 4, 34, 439041),
        None,
        "slapd",
        'conn=1204 op=1 SRCH base="dc=shop,dc=test" scope=2',
        {"thread": "0x7f12ab34c640"},
    )
    # 2.4: the seconds alone, before a connection's stats.
    assert _read("5e1a2b3c conn=1001 fd=15 ACCEPT from IP=10.0.0.4:50120 (IP=0.0.0.0:389)") == (
        datetime(2020, 1, 11, 20, 8, 28),
        None,
        "slapd",
        "conn=1001 fd=15 ACCEPT from IP=10.0.0.4:50120 (IP=0.0.0.0:389)",
        None,
    )
    # A short commit hash before text is no time.
    assert FORMAT.parse("5e1a2b3c Fix the retry loop") is None


def test_slapd_24_lines_outside_a_connection_in_a_slapd_file():
    """slapd 2.4's startup and shutdown lines have its hex time alone before them: read in a
    file whose start shows slapd's output (its version line, or a connection's line)."""
    sample = [
        "64198020 @(#) $OpenLDAP: slapd 2.4.57+dfsg-3~bpo10+1 (Jan 30 2021 06:59:51) $",
        "\tDebian OpenLDAP Maintainers <pkg-openldap-devel@lists.alioth.debian.org>",
        "64198020 slapd starting",
    ]
    slapd_file = FORMAT.specialise(sample)
    assert FORMAT.specialise(["5e1a2b3c Fix the retry loop", "slapd starting"]) is FORMAT
    for line, when, message in [
        (sample[0], datetime(2023, 3, 21, 10), sample[0][9:]),
        ("64198020 slapd starting", datetime(2023, 3, 21, 10), "slapd starting"),
        (
            '641980a5 mdb_db_open: database "dc=example,dc=org" cannot be opened',
            datetime(2023, 3, 21, 10, 2, 13),
            'mdb_db_open: database "dc=example,dc=org" cannot be opened',
        ),
        ("641980a6 daemon: shutdown requested", datetime(2023, 3, 21, 10, 2, 14), None),
    ]:
        f = slapd_file.parse(line)
        assert (parse_timestamp(f.timestamp, UTC), f.service, f.message) == (
            when,
            "slapd",
            message or line[9:],
        )
        assert FORMAT.parse(line) is None  # elsewhere: a hash before a word
    # Hex data after the number, or a time outside slapd's years, is none of its lines.
    assert slapd_file.parse("64198020 00ff10a2 0000beef  ....") is None
    assert slapd_file.parse("1e1a2b3c Fix the retry loop") is None


def test_a_shell_helpers_level_bar_time_layout():
    """osixia's light-baseimage `log-helper` (osixia/openldap's startup): `*** LEVEL | time |
    message`, the level padded."""
    f = FORMAT.parse("*** INFO   | 2023-03-21 10:00:00 | Start OpenLDAP...")
    assert (f.timestamp, f.level, f.message) == ("2023-03-21 10:00:00", "INFO", "Start OpenLDAP...")
    f = FORMAT.parse("*** WARNING | 2023-03-21 10:00:02 | Error: the config directory is empty")
    assert (normalize_level(f.level), f.message) == (
        "warning",
        "Error: the config directory is empty",
    )
    assert FORMAT.parse("ERROR  | 2023-03-21 10:00:04 | slapd failed").level == "ERROR"
    assert FORMAT.parse("*** Running /container/run/startup/slapd...") is None
    assert FORMAT.parse("*** INFO   | yesterday | Start OpenLDAP...") is None


def test_freeradius_debug_lines_in_a_freeradius_file():
    """FreeRADIUS's debug lines, a request's number before them and no time: read in a file
    whose start shows a request FreeRADIUS received; the indented ones go on the line above."""
    sample = [
        "Tue Mar 21 10:00:00 2023 : Info: Ready to process requests",
        "(0) Received Access-Request Id 1 from 127.0.0.1:45000 to 127.0.0.1:1812 length 73",
        '(0)   User-Name = "bob"',
    ]
    radius = FORMAT.specialise(sample)
    f = radius.parse(sample[1])
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        None,
        None,
        "Received Access-Request Id 1 from 127.0.0.1:45000 to 127.0.0.1:1812 length 73",
        {"request": 0},
    )
    f = radius.parse('(1) ERROR: pap: Cleartext password does not match "known good" password')
    assert (f.level, f.message, f.attributes) == (
        "error",
        'pap: Cleartext password does not match "known good" password',
        {"request": 1},
    )
    assert radius.parse('(0)   User-Name = "bob"') is None
    assert FORMAT.parse(sample[1]) is None  # elsewhere `(1) text` is any list's item


def test_haproxy_stderr_in_both_layouts():
    # HAProxy's errors.c: `[LEVEL] DDD/HHMMSS (pid) : ` before 2.4, `[LEVEL]  (pid) : ` since.
    f = FORMAT.parse("[ALERT]    (8) : backend 'http_back' has no server available!")
    assert (f.timestamp, f.level, f.service, f.message, f.attributes) == (
        None,
        "alert",
        "haproxy",
        "backend 'http_back' has no server available!",
        {"pid": 8},
    )
    f = FORMAT.parse("[WARNING] 221/013536 (213) : Server static/s1 is DOWN, reason: Layer4")
    assert (f.level, f.message) == ("warning", "Server static/s1 is DOWN, reason: Layer4")
    # The 222nd day (`tm_yday` counts from 0) at 01:35:36, in the year of the file.
    assert (f.timestamp, f.attributes) == ("-222T01:35:36", {"pid": 213})
    assert FORMAT.parse("[NOTICE]   (1) : Loading success.").level == "notice"
    assert FORMAT.parse("[DIAG]     (7) : config : missing timeouts").level == "warning"


def test_clickhouse_server_log():
    """clickhouse-server.log was read as raw lines: its time taken from the ingest, the thread,
    query id, priority and source left in the message."""
    f = FORMAT.parse(
        "2024.02.19 11:04:27.318545 [ 48213 ] {6b1e0c7a-51f3-4c2e-9d8a-0e4f1b2c3d4e} <Debug> "
        "executeQuery: (from 10.1.4.20:51822) SELECT count() FROM shop.orders"
    )
    assert (
        parse_timestamp(f.timestamp, UTC),
        normalize_level(f.level),
        f.logger,
        f.message,
        f.attributes,
    ) == (
        datetime(2024, 2, 19, 11, 4, 27, 318545),
        "debug",
        "executeQuery",
        "(from 10.1.4.20:51822) SELECT count() FROM shop.orders",
        {"thread": 48213, "query_id": "6b1e0c7a-51f3-4c2e-9d8a-0e4f1b2c3d4e"},
    )
    # No query: empty braces; a source with the table's name and a blank.
    f = FORMAT.parse(
        "2024.02.19 11:04:30.002117 [ 711 ] {} <Information> shop.orders (7f2c1d9e-0a4b-4c1d-"
        "8e2f-3a4b5c6d7e8f) (MergerMutator): Selected 6 parts from 202402_1_40_8 to 202402_45_45_0"
    )
    assert (normalize_level(f.level), f.logger, f.message, f.attributes) == (
        "info",
        "shop.orders (7f2c1d9e-0a4b-4c1d-8e2f-3a4b5c6d7e8f) (MergerMutator)",
        "Selected 6 parts from 202402_1_40_8 to 202402_45_45_0",
        {"thread": 711},
    )
    error = "2024.02.19 11:05:00.100200 [ 9 ] {} <Error> Application: Code: 210. NetException"
    assert normalize_level(FORMAT.parse(error).level) == "error"
    # Before 2018: no braces, milliseconds.
    f = FORMAT.parse("2017.06.01 08:00:01.532 [ 1 ] <Warning> Application: Listen [::1] failed")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2017-06-01 08:00:01.532",
        "Warning",
        "Application",
        "Listen [::1] failed",
    )
    # clickhouse-client's echo of the server's log (send_logs_level): the server first.
    f = FORMAT.parse(
        "[ch-shard2] 2024.02.19 11:04:27.320011 [ 48213 ] {6b1e0c7a-51f3} <Trace> "
        "Aggregator: Merging aggregated data"
    )
    assert (f.host, f.logger, f.message, f.attributes) == (
        "ch-shard2",
        "Aggregator",
        "Merging aggregated data",
        {"thread": 48213, "query_id": "6b1e0c7a-51f3"},
    )
    # A dotted date alone, or a bracketed word before it, is no header of ClickHouse's: the
    # latter is a time after a bracketed process, as with any other date.
    assert FORMAT.parse("2024.02.19 release notes: see below") is None
    f = FORMAT.parse("[memo] 2024.02.19 11:04:27 [ 1 ] meeting")
    assert (f.message, f.attributes) == ("[ 1 ] meeting", {"process": "memo"})


def test_zabbix_daemon_logs():
    """Zabbix's `pid:YYYYMMDD:HHMMSS.mmm message` was read as raw lines, the time taken from
    the ingest."""
    assert _read("3120447:20250312:141502.071 server #14 started [history syncer #2]") == (
        datetime(2025, 3, 12, 14, 15, 2, 71000),
        None,
        None,
        "server #14 started [history syncer #2]",
        {"pid": 3120447},
    )
    # The pid padded to six: a container's small pid opens the line with blanks. No level is
    # written; the message's words give it as for other level-less lines.
    assert _read(
        '    41:20250312:141507.930 cannot send list of active checks to "10.2.0.8": host '
        "[web-3] not found"
    ) == (
        datetime(2025, 3, 12, 14, 15, 7, 930000),
        None,
        None,
        'cannot send list of active checks to "10.2.0.8": host [web-3] not found',
        {"pid": 41},
    )
    assert FORMAT.parse("  1204:20250312:141509.004 ").message == ""
    # Not a date: a count and a clock are no Zabbix time.
    assert FORMAT.parse("  1204:20251399:141509.004 hello") is None
    assert FORMAT.parse("12:00:00:123456.789 text") is None


def test_a_word_and_a_colon_after_a_pid_is_no_logsys_program():
    # rsyncd's `time [pid] rsync error: error in socket IO ...`: `error:` is no program's name,
    # nor `error` after it the priority.
    f = FORMAT.parse("2024/06/05 10:05:29 [885249] rsync error: error in file IO (code 11)")
    assert (f.service, f.host, f.message) == (None, None, "rsync error: error in file IO (code 11)")


def test_corosync_logsys_file_layout():
    # libqb through Corosync's logsys, `%t [%P] %H %N %-7p [%6g] %b`: the host, the program as
    # the service, the priority the level (notice is info), the subsystem and pid attributes.
    f = FORMAT.parse(
        "May 01 10:00:00.204 [1150] node1 corosync notice  [TOTEM ] A processor failed, "
        "forming new configuration: token timed out (3000ms), waiting 3600ms for consensus."
    )
    assert (f.host, f.service, normalize_level(f.level), f.attributes) == (
        "node1",
        "corosync",
        "info",
        {"pid": 1150, "subsystem": "TOTEM"},
    )
    assert f.message == (
        "A processor failed, forming new configuration: token timed out (3000ms), "
        "waiting 3600ms for consensus."
    )
    assert parse_timestamp(f.timestamp, UTC, REFERENCE) == datetime(2024, 5, 1, 10, 0, 0, 204000)
    lines = {
        "Mar 05 10:12:01.204 [1150] node1 corosync info    [KNET  ] host: host: 2 (passive) "
        "best link: 0 (pri: 1)": ("info", "KNET", "host: host: 2 (passive) best link: 0 (pri: 1)"),
        "Mar 05 10:12:09.611 [1150] node1 corosync notice  [QUORUM] Sync members[2]: 1 2": (
            "info",
            "QUORUM",
            "Sync members[2]: 1 2",
        ),
        "Mar 05 10:15:44.001 [1150] node1 corosync warning [MAIN  ] Totem is unable to form a "
        "cluster because of an operating system or network fault": (
            "warning",
            "MAIN",
            "Totem is unable to form a cluster because of an operating system or network fault",
        ),
        "Mar 05 10:15:44.002 [1150] node1 corosync error   [QB    ] couldn't create circular "
        "mmap on /dev/shm/qb-1150-event-corosync-data": (
            "error",
            "QB",
            "couldn't create circular mmap on /dev/shm/qb-1150-event-corosync-data",
        ),
        "Mar 05 10:15:45.100 [1150] node1 corosync debug   [TOTEM ] entering GATHER state "
        "from 0(consensus timeout).": (
            "debug",
            "TOTEM",
            "entering GATHER state from 0(consensus timeout).",
        ),
    }
    for line, (level, subsystem, message) in lines.items():
        f = FORMAT.parse(line)
        assert (normalize_level(f.level), f.attributes["subsystem"], f.message) == (
            level,
            subsystem,
            message,
        ), line
    # The priority padded on its left (`%7p`).
    f = FORMAT.parse("Mar 05 10:15:44.001 [1150] node1 corosync  notice [TOTEM ] x")
    assert (f.service, f.level, f.message) == ("corosync", "notice", "x")
    # A bracketed number after the time followed by other words is not this layout.
    f = FORMAT.parse("2024-05-01 10:00:00 [1150] worker pool started")
    assert f is None or f.service is None


# NSD 4.6's logfile (captured from a real `nsd -d` here, a zone file with a syntax error).
NSD_LOG = (Path(__file__).parent / "data" / "nsd.log").read_text()


def test_nsd_log_file_headers(tmp_path):
    f = FORMAT.parse(
        "[2026-12-04 21:14:01.076] nsd[31430]: error: broken.test.zone:2: syntax error"
    )
    assert (f.timestamp, f.service, f.level, f.attributes, f.message) == (
        "2026-12-04 21:14:01.076",
        "nsd",
        "error",
        {"pid": 31430},
        "broken.test.zone:2: syntax error",
    )
    from tests.ingest.stored import stored_events

    rows = stored_events(tmp_path, NSD_LOG, "level, service")
    assert [r[0] for r in rows] == ["info", *["error"] * 5, "info", "info", "info", "warning"]
    assert {r[1] for r in rows} == {"nsd"}


def test_icecasts_four_letter_levels():
    # Icecast 2.4's error.log (captured from a real icecast2 here).
    dbug = FORMAT.parse(
        "[2026-12-04  21:14:59] DBUG fserve/fserve_add_client Adding client to file serving engine"
    )
    assert (dbug.level, dbug.message) == (
        "DBUG",
        "fserve/fserve_add_client Adding client to file serving engine",
    )
    assert normalize_level(dbug.level) == "debug"
    eror = FORMAT.parse("[2026-12-04  21:14:59] EROR source/source_main Source exited")
    assert normalize_level(eror.level) == "error"


def test_murmurs_qt_letter_before_the_time(tmp_path):
    # Mumble's server 1.3 (Murmur), its stdout in the foreground (captured from a real
    # mumble-server here): the whole file went raw, its lines all `<W><*> =<*>` alike.
    f = FORMAT.parse("<W>2026-12-04 21:15:24.242 1 => Server listening on 0.0.0.0:64738")
    assert (f.timestamp, f.level, f.attributes, f.message) == (
        "2026-12-04 21:15:24.242",
        None,  # Murmur's every-day lines are qWarning's
        {"qt_type": "W"},
        "1 => Server listening on 0.0.0.0:64738",
    )
    assert FORMAT.parse("<b>2026-12-04 bold</b>") is None
    from tests.ingest.stored import stored_events

    log = (Path(__file__).parent / "data" / "murmur.log").read_text()
    rows = stored_events(tmp_path, log, "line, template")
    templates = [r[1] for r in rows]
    assert len(rows) == len(log.splitlines())  # a line each
    assert "<*> => Server listening on <*>" in templates
    assert "<*> => Generating new server certificate." in templates
    assert len(set(templates)) >= len(templates) - 3


def test_tarantool_log_lines():
    f = FORMAT.parse(
        "2024-06-04 06:00:10.862 [812] main/131/http/10.0.3.23:47753 I> GET /api/cart/29144"
    )
    assert (f.message, f.level) == ("GET /api/cart/29144", "info")
    assert f.attributes == {
        "pid": 812,
        "cord": "main",
        "fiber_id": 131,
        "fiber": "http/10.0.3.23:47753",
    }
    f = FORMAT.parse(
        "2024-06-04 07:12:44.101 [812] main/101/main box.cc:3981 E> ER_READONLY: "
        "Can't modify data on a read-only instance"
    )
    assert (f.level, f.attributes["source_file"], f.attributes["fiber"]) == (
        "error",
        "box.cc:3981",
        "main",
    )
    assert f.message.startswith("ER_READONLY: ")
    f = FORMAT.parse(
        "2024-06-04 07:12:44.101 [812] main/103/checkpoint_daemon C> leaving orphan mode"
    )
    assert (f.level, f.message) == ("critical", "leaving orphan mode")


def test_vertica_log_lines():
    f = FORMAT.parse(
        "2024-06-04 06:08:54.587 TM Mergeout(01):0x7fbaf817b1c5-a0000000067fa8 [Txn] <INFO> "
        "Commit Complete: Txn: a0000000067fa8 at epoch 0x2a250"
    )
    assert (f.message, f.level, f.host) == (
        "Commit Complete: Txn: a0000000067fa8 at epoch 0x2a250",
        "info",
        None,
    )
    assert f.attributes == {
        "thread": "TM Mergeout(01)",
        "thread_id": "7fbaf817b1c5",
        "transaction_id": "a0000000067fa8",
        "subsystem": "Txn",
    }
    f = FORMAT.parse(
        "2024-06-04 06:00:08.559 Init Session:0x7fad050b5fbf <ERROR> @v_vdb_node0001: "
        '42V01/4566: Relation "pv" does not exist'
    )
    assert (f.message, f.level, f.host) == (
        'Relation "pv" does not exist',
        "error",
        "v_vdb_node0001",
    )
    assert (f.attributes["sql_state_code"], f.attributes["message_number"]) == ("42V01", 4566)


def test_prosody_log_file_lines():
    f = FORMAT.parse("Jun 04 06:00:01 c2s55d2c8a3c4d0             info\tClient connected")
    assert (f.message, f.level, f.logger, f.host) == (
        "Client connected",
        "info",
        "c2s55d2c8a3c4d0",
        None,
    )
    f = FORMAT.parse("Jun 04 06:12:01 xmpp.example.org:saslauth    warn\tAuth failed")
    assert (f.level, f.logger) == ("warn", "xmpp.example.org:saslauth")


def test_prosody_log_file_is_read_as_such(tmp_path: Path):
    text = "".join(
        f"Jun 04 06:00:0{i} {src:<28}{lvl}\t{msg}\n"
        for i, (src, lvl, msg) in enumerate(
            [
                ("startup", "info", "Hello and welcome to Prosody version 0.12.4"),
                ("c2s55d2c8a3c4d0", "info", "Client connected"),
                ("c2s55d2c8a3c4d0", "error", "Traceback[c2s]: stanza error"),
            ]
        )
    )
    rows = stored_events(tmp_path, text, "level, message, host")
    assert rows == [
        ("info", "Hello and welcome to Prosody version 0.12.4", None),
        ("info", "Client connected", None),
        ("error", "Traceback[c2s]: stanza error", None),
    ]


def test_duplicati_log_file_lines():
    f = FORMAT.parse(
        "2024-06-04 00:01:00 +02 - [Warning-Duplicati.Library.Main.Operation.BackupHandler-"
        "SnapshotFailed]: Failed to create a snapshot: Access denied"
    )
    assert (f.message, f.level, f.logger) == (
        "Failed to create a snapshot: Access denied",
        "warning",
        "Duplicati.Library.Main.Operation.BackupHandler",
    )
    assert f.attributes == {"message_id": "SnapshotFailed", "severity": "Warning"}
    f = FORMAT.parse(
        "2024-06-04 00:01:00 +02 - [Information-Duplicati.Library.Main.Controller-"
        "StartingOperation]: The operation Backup has started"
    )
    assert (f.level, f.attributes) == ("info", {"message_id": "StartingOperation"})


def test_the_datadog_agents_head(tmp_path: Path) -> None:
    """`time UTC | AGENT | LEVEL | (file:line in func) | [check:name | ]message`: the core
    agent's and the trace agent's (whose `TRACE` is the agent, not a level)."""
    text = (
        "2024-06-04 06:00:03 UTC | CORE | INFO | (pkg/util/hostname/warnings.go:36 in "
        "logHostnameDrift) | Hostname is: web-03\n"
        "2024-06-04 06:00:07 UTC | CORE | ERROR | (pkg/collector/worker/check_logger.go:40 in "
        "CheckStarted) | check:nginx | Error running check\n"
        "2024-06-04 06:00:09 UTC | TRACE | WARN | (pkg/trace/api/api.go:385 in listenTCP) | "
        "Listening for traces at http://localhost:8126\n"
    )
    rows = stored_events(tmp_path, text, "level, service, message, timestamp::VARCHAR")
    assert rows == [
        ("info", "CORE", "Hostname is: web-03", "2024-06-04 06:00:03"),
        ("error", "CORE", "Error running check", "2024-06-04 06:00:07"),
        (
            "warning",
            "TRACE",
            "Listening for traces at http://localhost:8126",
            "2024-06-04 06:00:09",
        ),
    ]
