"""The X server's log (`formats.xorg`): lines captured from Xorg 21.1.7 (Debian 12) started with
the dummy video driver and a config naming a missing font directory; the libinput driver's
device prefix as xf86-input-libinput writes it."""

from __future__ import annotations

from errctl.formats.registry import detect
from errctl.formats.xorg import FORMAT
from tests.ingest.stored import stored_events

XORG = (
    "\n".join(
        [
            "[ 50980.771] ",
            "X.Org X Server 1.21.1.7",
            "X Protocol Version 11, Revision 0",
            "[ 50980.771] Markers: (--) probed, (**) from config file, (==) default setting,",
            "\t(++) from command line, (!!) notice, (II) informational,",
            "\t(WW) warning, (EE) error, (NI) not implemented, (??) unknown.",
            '[ 50980.771] (++) Log file: "/tmp/xo/Xorg.7.log", Time: Sat Dec  5 00:19:00 2026',
            '[ 50980.772] (WW) The directory "/usr/share/fonts/X11/cyrillic" does not exist.',
            "[ 50980.772] \tEntry deleted from font path.",
            '[ 50980.772] (WW) The directory "/usr/share/fonts/X11/100dpi/" does not exist.',
            "[ 50980.772] \tEntry deleted from font path.",
            "[ 50980.772] (II) The server relies on udev to provide the list of input devices.",
            "\tIf no devices become available, reconfigure udev or disable AutoAddDevices.",
            "[ 50980.772] (EE) dbus-core: error connecting to system bus: org.freedesktop.DBu"
            "s.Error.FileNotFound (Failed to connect to socket /run/dbus/system_bus_socket: N"
            "o such file or directory)",
            "[ 50980.772] (--) using VT number 2",
            "",
            "[ 50980.772] (II) systemd-logind: logind integration requires -keeptty and -keep"
            "tty was not provided, disabling logind integration",
            '[ 50980.773] (II) LoadModule: "glx"',
            "[ 50980.773] (II) Loading /usr/lib/xorg/modules/extensions/libglx.so",
            '[ 50980.778] (II) Module glx: vendor="X.Org Foundation"',
            "[ 50980.778] \tcompiled for 1.21.1.7, module version = 1.0.0",
            "[ 50980.778] \tABI class: X.Org Server Extension, version 10.0",
        ]
    )
    + "\n"
)


def test_a_line_is_read_by_its_marker():
    f = FORMAT.parse(
        '[ 50980.772] (WW) The directory "/usr/share/fonts/X11/cyrillic" does not exist.'
    )
    assert (f.level, f.service, f.message) == (
        "warning",
        "Xorg",
        'The directory "/usr/share/fonts/X11/cyrillic" does not exist.',
    )
    assert f.attributes == {"uptime": 50980.772}
    assert FORMAT.parse("[ 50980.778] \tcompiled for 1.21.1.7, module version = 1.0.0").message == (
        "compiled for 1.21.1.7, module version = 1.0.0"
    )
    device = FORMAT.parse(
        "[    12.365] (II) event7  - SYNA8018:00 06CB:CE67 Touchpad: is tagged by udev as: Touchpad"
    )
    assert device.message == "is tagged by udev as: Touchpad"
    assert device.attributes["device"] == "SYNA8018:00 06CB:CE67 Touchpad"
    assert FORMAT.parse("[12345.678901] usb 1-1: new device") is None  # dmesg's six digits


def test_an_xorg_log_is_detected_and_its_messages_kept_whole(tmp_path):
    assert detect(XORG.splitlines()).name == "xorg"
    rows = stored_events(tmp_path, XORG, "line, level, message")
    by_line = {r[0]: r[1:] for r in rows}
    # The banner's lines under the first, empty, stamp and the legend's under its own.
    assert by_line[1] == ("info", "X.Org X Server 1.21.1.7\nX Protocol Version 11, Revision 0")
    assert by_line[4][0] == "info" and by_line[4][1].startswith("Markers: (--) probed")
    assert by_line[14][0] == "error" and by_line[14][1].startswith("dbus-core: error connecting")
    assert by_line[9] == ("info", "Entry deleted from font path.")
    assert by_line[12][1].endswith("reconfigure udev or disable AutoAddDevices.")
