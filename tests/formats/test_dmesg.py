"""The kernel's ring buffer as util-linux's dmesg prints it, plain, with -x and with -T."""

from __future__ import annotations

from pathlib import Path

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
