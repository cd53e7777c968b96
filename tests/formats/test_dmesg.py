"""The kernel's ring buffer as util-linux's dmesg prints it, plain, with -x and with -T."""

from __future__ import annotations

from pathlib import Path

import orjson

from errctl.formats.dmesg import FORMAT
from errctl.formats.registry import detect
from tests.ingest.stored import stored_events

DECODED = """\
kern  :info  : [    0.000000] Linux version 6.1.0-18-amd64 (debian-kernel@lists.debian.org)
kern  :err   : [12345.678901] Out of memory: Killed process 4321 (java) total-vm:8123456kB
kern  :warn  : [12346.000123] EXT4-fs warning (device sda1): ext4_dx_add_entry: directory index full
"""


def test_decoded_lines_carry_their_level_and_uptime():
    f = FORMAT.parse(DECODED.splitlines()[1])
    assert (f.timestamp, f.level, f.service, f.message) == (
        None,
        "err",
        "kernel",
        "Out of memory: Killed process 4321 (java) total-vm:8123456kB",
    )
    assert f.attributes == {"uptime": 12345.678901, "facility": "kern"}


def test_ctime_lines_carry_their_time(tmp_path: Path):
    text = (
        "kern  :err   : [Fri Nov 15 00:00:01 2024] Out of memory: Killed process 4321 (java)\n"
        "[Fri Nov 15 00:00:02 2024] usb 1-1: new high-speed USB device number 2\n"
        "[12346.000123] EXT4-fs error (device sda1): ext4_find_entry:1456: inode #2\n"
    )
    events = stored_events(tmp_path, text, "line, strftime(timestamp, '%H:%M:%S'), level, message")
    assert events == [
        (1, "00:00:01", "error", "Out of memory: Killed process 4321 (java)"),
        (2, "00:00:02", None, "usb 1-1: new high-speed USB device number 2"),
        # seconds since boot name no time of day: the time of the event before it
        # no level on the line: its words say it (ingest.level_words)
        (3, "00:00:02", "error", "EXT4-fs error (device sda1): ext4_find_entry:1456: inode #2"),
    ]


def test_detection_and_other_bracketed_logs():
    assert detect(DECODED.splitlines()).name == "dmesg"
    assert FORMAT.parse("[INFO] plugin/reload: Running configuration") is None
    assert FORMAT.parse("[2024-05-01 12:00:00,123] INFO started (kafka.Kafka)") is None
    apache22 = "[Fri Nov 15 00:00:01 2024] [error] [client 10.0.0.1] File does not exist: /x"
    assert detect([apache22] * 3).name == "apache-error"


def test_a_firewall_packet_in_the_ring_buffer():
    f = FORMAT.parse(
        "kern  :warn  : [4412.000120] [UFW BLOCK] IN=wlp2s0 OUT= MAC=01:00:5e:00:00:fb "
        "SRC=192.168.1.20 DST=224.0.0.251 LEN=32 TOS=0x00 PREC=0x00 TTL=1 ID=0 DF PROTO=2"
    )
    assert (f.level, f.service, f.message, f.template) == (
        "warn",
        "kernel",
        "UFW BLOCK 2 192.168.1.20 -> 224.0.0.251",
        "UFW BLOCK 2 <*> -> <*>",
    )
    assert (f.attributes["facility"], f.attributes["uptime"], f.attributes["PROTO"]) == (
        "kern",
        4412.00012,
        2,
    )


def test_lustre_location_is_attributes_not_message():
    # libcfs' console header: the thread's pid, the user process's (0: none), file, line and
    # function after the prefix. The same statement from another thread is the same message.
    f = FORMAT.parse(
        "[ 5120.338201] LustreError: 8812:0:(ldlm_request.c:148:ldlm_expired_completion_wait()) "
        "### lock timed out (enqueued at 1711929600, 300s ago)"
    )
    assert (f.service, f.level, f.message, f.attributes) == (
        "kernel",
        "error",
        "LustreError: ### lock timed out (enqueued at 1711929600, 300s ago)",
        {
            "uptime": 5120.338201,
            "pid": 8812,
            "caller": "ldlm_request.c:148",
            "function": "ldlm_expired_completion_wait",
        },
    )
    f = FORMAT.parse(
        "kern  :warn  : [ 5121.000104] LNet: 901:17:(o2iblnd_cb.c:3361:kiblnd_check_txs_locked())"
        " Timed out tx: active_txs, 3 seconds"
    )
    assert (f.level, f.message, f.attributes) == (
        "warn",
        "LNet: Timed out tx: active_txs, 3 seconds",
        {
            "facility": "kern",
            "uptime": 5121.000104,
            "pid": 901,
            "extern_pid": 17,
            "caller": "o2iblnd_cb.c:3361",
            "function": "kiblnd_check_txs_locked",
        },
    )
    # A console message without a location stays whole.
    f = FORMAT.parse("[ 5122.000001] Lustre: fs1-OST0003: Connection restored to 10.2.0.7@o2ib")
    message = "Lustre: fs1-OST0003: Connection restored to 10.2.0.7@o2ib"
    assert (f.level, f.message) == (None, message)


def test_a_process_writing_to_kmsg_is_the_lines_service():
    # systemd (and journald, udevd) write to /dev/kmsg at boot with their own `name[pid]: `.
    f = FORMAT.parse("daemon:info  : [    2.345678] systemd[1]: Started Journal Service.")
    assert (f.level, f.service, f.message) == ("info", "systemd", "Started Journal Service.")
    assert f.attributes == {"uptime": 2.345678, "facility": "daemon", "pid": 1}
    f = FORMAT.parse("[    4.000001] systemd-journald[220]: Received client request to flush.")
    assert (f.service, f.message, f.attributes["pid"]) == (
        "systemd-journald",
        "Received client request to flush.",
        220,
    )
    # The kernel's own lines keep their subsystem in the message, bracketed or not.
    for kernel in (
        "[    3.100000] usb 1-1: new high-speed USB device number 2 using xhci_hcd",
        "[    5.000000] sd 0:0:0:0: [sda] 4096-byte physical blocks",
        "[    6.000000] mce: [Hardware Error]: Machine check events logged",
    ):
        f = FORMAT.parse(kernel)
        assert (f.service, f.message) == ("kernel", kernel.split("] ", 1)[1])


OOM_REPORT = """\
[ 8423.112233] java invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0
[ 8423.112240] CPU: 3 PID: 4242 Comm: java Not tainted 6.1.0-21-amd64 #1  Debian 6.1.90-1
[ 8423.112243] Hardware name: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.16.2 04/01/2014
[ 8423.112245] Call Trace:
[ 8423.112247]  <TASK>
[ 8423.112250]  dump_stack_lvl+0x44/0x5c
[ 8423.112256]  out_of_memory+0x1fd/0x4c0
[ 8423.112290]  </TASK>
[ 8423.112292] Mem-Info:
[ 8423.112295] active_anon:812345 inactive_anon:1234 isolated_anon:0
[ 8423.112300] Node 0 DMA: 0*4kB 0*8kB 2*64kB (U) = 13312kB
[ 8423.112330] Tasks state (memory values in pages):
[ 8423.112331] [  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name
[ 8423.112335] [    312]     0   312    12345      678   102400        0          -250 journald
[ 8423.112400] oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,task=java,pid=4242
[ 8423.112420] Out of memory: Killed process 4242 (java) total-vm:8123456kB, anon-rss:3456789kB
[ 8424.000000] ------------[ cut here ]------------
[ 8424.000001] NETDEV WATCHDOG: eno1 (e1000e): transmit queue 0 timed out
[ 8424.000002] WARNING: CPU: 2 PID: 0 at net/sched/sch_generic.c:525 dev_watchdog+0x21f/0x230
[ 8424.000003] RIP: 0010:dev_watchdog+0x21f/0x230
[ 8424.000004] RAX: 0000000000000000 RBX: ffff9a4c12345678 RCX: 0000000000000027
[ 8424.000005] Call Trace:
[ 8424.000006]  dev_watchdog+0x21f/0x230
[ 8424.000007] ---[ end trace 0000000000000000 ]---
[ 8424.000100] e1000e 0000:00:1f.6 eno1: Reset adapter unexpectedly
[ 8425.000000] python3[4321]: segfault at 0 ip 000055d4c3a0b1c2 sp 00007ffd5d0e8a40 error 4
[ 8425.000001] Code: 48 8b 45 f8 <48> 8b 00 c3
[ 8426.000000] usb 1-1: new high-speed USB device number 2 using xhci_hcd
"""


def test_a_kernel_report_is_one_event(tmp_path: Path):
    """The kernel prints a report a record at a time, each stamped: the OOM killer's, a
    WARNING's between its cut lines, a segfault's code bytes were an event a record (a call
    trace's frames each `<*>+<*>/<*>`). Now the records go on the report's first one, in its
    `report` attribute; the verdicts after it (`oom-kill:`, `Out of memory: Killed process`)
    and the records after a trace's end stay events of their own."""
    rows = stored_events(tmp_path, OOM_REPORT, "line, message, attributes, level")
    assert [r[0] for r in rows] == [1, 15, 16, 17, 25, 26, 28]
    oom = rows[0]
    assert oom[1].startswith("java invoked oom-killer: ")
    report = orjson.loads(oom[2])["report"] if isinstance(oom[2], str) else oom[2]["report"]
    assert report.splitlines()[0].startswith("CPU: 3 PID: 4242 Comm: java")
    assert " out_of_memory+0x1fd/0x4c0" in report and "journald" in report
    # A WARNING is named by its text, below the cut line, not by the cut line.
    assert rows[3][1] == "NETDEV WATCHDOG: eno1 (e1000e): transmit queue 0 timed out"
    assert rows[3][3] == "warning"
    assert rows[4][1] == "e1000e 0000:00:1f.6 eno1: Reset adapter unexpectedly"


def test_a_cut_line_without_its_end_takes_only_report_records():
    """A WARNING whose trace's end is lost (a truncated buffer) does not take the records
    after it: below the cut line, only the warning's text and the report's own records."""
    opened = "[    9.000000] ------------[ cut here ]------------"
    warning = "[    9.000001] WARNING: CPU: 0 PID: 1 at fs/x.c:12 f+0x1/0x2"
    assert FORMAT.continues(warning, opened, opened) == warning.split("] ", 1)[1]
    assert FORMAT.continues("[    9.000002] Call Trace:", opened, warning) == "Call Trace:"
    usb = "[    9.500000] usb 1-1: new high-speed USB device number 2 using xhci_hcd"
    assert FORMAT.continues(usb, opened, warning) is None
    # Nor does an ordinary record open a report.
    ordinary = "[    9.600000] usb 1-1: USB disconnect, device number 2"
    assert FORMAT.continues("[    9.600001]  indented", ordinary, ordinary) is None


def test_a_hung_task_and_an_rcu_stall_are_errors_though_they_open_with_info(tmp_path: Path):
    """The kernel prints them at KERN_ERR; plain dmesg shows no level, and their `INFO:`
    read as one left a hung task without severity."""
    text = (
        "[ 7322.103344] INFO: task kworker/u8:3:2211 blocked for more than 120 seconds.\n"
        "[ 7400.000001] INFO: rcu_sched self-detected stall on CPU\n"
        "[ 7401.000001] INFO: lockdep is turned off.\n"
    )
    events = stored_events(tmp_path, text, "line, level, severity")
    assert events == [(1, "error", "medium"), (2, "error", "medium"), (3, "info", None)]


def test_a_daemons_own_file_under_the_ctime_stamp_is_no_kernels():
    # conntrackd's log file: `[ctime] (pid=N) [level] message`.
    f = FORMAT.parse("[Fri Jun  7 06:47:02 2024] (pid=812) [notice] using kernel-space filtering")
    assert (f.service, f.level, f.message, f.attributes["pid"]) == (
        None,
        "notice",
        "using kernel-space filtering",
        812,
    )
    # The kernel's own line under the same stamp stays the kernel's.
    assert FORMAT.parse("[Fri Jun  7 06:47:02 2024] usb 1-1: new device").service == "kernel"


def test_a_daemons_pid_and_context_right_after_the_ctime_stamp():
    # nessusd.messages: `[ctime][pid.thread]`, then a scan's `[key=value]` context and ` : `.
    f = FORMAT.parse(
        "[Tue Jun 04 06:20:11 2024][1843.1096][job_id=1429][user=secops][name=Office LAN 2]"
        " : Testing 10.0.5.2"
    )
    assert (f.service, f.message) == (None, "Testing 10.0.5.2")
    assert f.attributes == {
        "pid": 1843,
        "thread": 1096,
        "job_id": "1429",
        "user": "secops",
        "name": "Office LAN 2",
    }
    f = FORMAT.parse("[Tue Jun 04 06:00:02 2024][1843.1] Loading plugins...")
    assert (f.message, f.attributes) == ("Loading plugins...", {"pid": 1843, "thread": 1})
    # With a blank after the stamp, a bracket is the kernel's (a driver's `[drm]`, a number).
    f = FORMAT.parse("[Tue Jun 04 06:00:02 2024] [12] something")
    assert (f.service, f.message) == ("kernel", "[12] something")


def test_a_scans_context_is_no_part_of_its_statement(tmp_path: Path):
    text = (
        "[Tue Jun 04 06:20:11 2024][1843.1096][job_id=1429][user=secops][name=Office LAN]"
        " : Testing 10.0.5.2\n"
        "[Tue Jun 04 06:20:12 2024][1843.1212][job_id=1509][user=admin][name=Office LAN 2]"
        " : Testing 10.0.6.1\n"
    )
    events = stored_events(tmp_path, text, "template")
    assert events == [("Testing <*>",), ("Testing <*>",)]


def test_unrealircds_server_subsystem_event_and_level_after_the_stamp():
    f = FORMAT.parse(
        "[Fri Jun  7 06:01:00 2024] irc2.example.org connect.LOCAL_CLIENT_CONNECT info: "
        "Client connecting: niaj (niaj@91.59.101.208)"
    )
    assert (f.service, f.host, f.logger, f.level, f.message) == (
        None,
        "irc2.example.org",
        "connect",
        "info",
        "Client connecting: niaj (niaj@91.59.101.208)",
    )
    assert f.attributes == {"event_id": "LOCAL_CLIENT_CONNECT"}
    # A kernel line that names a dotted device is still the kernel's.
    f = FORMAT.parse("[Fri Jun  7 06:01:00 2024] e1000e 0000:00:1f.6 eno1: link is up")
    assert f.service == "kernel"
