"""Chromium's logging (`base/logging`): Chrome, Electron apps, CEF, headless browsers.

The lines are what this machine's `chromium --headless --enable-logging=stderr --v=1` wrote,
and the older `file(line)` caller Electron and CEF still write.
"""

from datetime import UTC, datetime

import pytest

from errctl.formats.chromium import FORMAT
from errctl.formats.registry import detect, get_format
from errctl.formats.timestamps import parse_timestamp
from tests.ingest.stored import stored_events

HEADLESS_RUN = "".join(
    line + "\n"
    for line in (
        "[13656:13656:1130/234649.136564:VERBOSE1:chrome/app/chrome_crash_reporter_client.cc"
        ":210] GetCollectStatsConsent(): is_official_chrome_build is false so returning false",
        "[13783:13783:1130/234649.386867:INFO:third_party/webrtc/rtc_base/cpu_info.cc:77] "
        "Available number of cores: 2",
        "[13656:13861:1130/234649.631450:VERBOSE1:base/files/file_util_posix.cc:560] "
        'Cannot stat "/root/.config/chromium-headless/scoped_dirHCFklz/VariationsSeedV2": '
        "No such file or directory (2)",
        "[13656:13867:1130/234649.632769:ERROR:dbus/bus.cc:405] Failed to connect to the bus: "
        "Failed to connect to socket /run/dbus/system_bus_socket: No such file or directory",
        "[13656:13867:1130/234649.632791:ERROR:dbus/bus.cc:405] Failed to connect to the bus: "
        "Could not parse server address: Unknown address type (examples of valid types are "
        '"tcp" and on UNIX "unix")',
        "[13656:13656:1130/234649.633032:VERBOSE1:base/allocator/"
        "scheduler_loop_quarantine_config.cc:199] No entry found for browser/global.",
        "[13656:13860:1130/234651.210003:WARNING:net/disk_cache/simple/simple_index_file.cc:339] "
        "Simple Cache Index is being restored from disk.",
        "[13656:13656:1130/234651.262881:VERBOSE1:components/component_updater/"
        "component_updater_service.cc:196] CrxUpdateService stopping",
    )
)


def test_header():
    f = FORMAT.parse(
        "[13656:13867:1130/234649.632769:ERROR:dbus/bus.cc:405] Failed to connect to the bus: "
        "Failed to connect to socket /run/dbus/system_bus_socket: No such file or directory"
    )
    assert f.message.startswith("Failed to connect to the bus: ")
    assert f.level == "error"
    assert f.attributes == {"caller": "dbus/bus.cc:405", "pid": 13656, "thread": 13867}
    # No year in the header: read as syslog's is, the year from the reference.
    assert parse_timestamp(f.timestamp, UTC, datetime(2026, 12, 1)) == datetime(
        2026, 11, 30, 23, 46, 49, 632769
    )


@pytest.mark.parametrize(
    ("line", "level", "attributes"),
    [
        # Electron and CEF: the caller as `file(line)`, the pid alone or nothing before the time.
        (
            "[1130/234649.632769:WARNING:gpu_init.cc(523)] Passthrough is not supported",
            "warning",
            {"caller": "gpu_init.cc:523"},
        ),
        (
            "[22016:1130/101502.118:ERROR:browser_main_loop.cc(276)] Gtk: cannot open display",
            "error",
            {"caller": "browser_main_loop.cc:276", "pid": 22016},
        ),
        (
            "[4242:4242:1130/101502.118:FATAL:render_process_host_impl.cc(5211)] Check failed",
            "critical",
            {"caller": "render_process_host_impl.cc:5211", "pid": 4242, "thread": 4242},
        ),
        ("[0512/235959.000001:VERBOSE2:a.cc:1] x", "debug", {"caller": "a.cc:1"}),
        (
            '[INFO:CONSOLE(12)] "Uncaught TypeError: x is undefined"',
            "info",
            {"caller": "CONSOLE:12"},
        ),
    ],
)
def test_layouts(line, level, attributes):
    f = FORMAT.parse(line)
    assert (f.level, f.attributes) == (level, attributes)


@pytest.mark.parametrize(
    "line",
    [
        "[2026-11-30 12:00:00] ERROR: not chromium",  # a bracketed date
        "[13656:13656:1130/234649.136564:NOTICE:a.cc:1] no such level",
        "[   12.345678] usb 1-1: new high-speed USB device",  # dmesg
        "[Mon Nov 30 12:00:00 2026] [error] apache",
    ],
)
def test_other_lines_are_not_headers(line):
    assert FORMAT.parse(line) is None


def test_detected_and_stored(tmp_path):
    assert detect(HEADLESS_RUN.splitlines()).name == "chromium"
    assert get_format("electron") is FORMAT
    rows = stored_events(tmp_path, HEADLESS_RUN, "level, message, format")
    assert [r[0] for r in rows] == [
        "debug",
        "info",
        "debug",
        "error",
        "error",
        "debug",
        "warning",
        "debug",
    ]
    assert rows[3][1].startswith("Failed to connect to the bus")
    assert {r[2] for r in rows} == {"chromium"}
