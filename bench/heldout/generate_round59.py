#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 59 (xorg, gnome-shell, pipewire, xray, neutron) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock); the lines of one message written with the header on each line share it. Five log
shapes not yet covered:

- Xorg 1.21.1 with the modesetting driver (`Xorg.0.log.old`, `Xorg.0.log`, `Xorg.1.log`:
  `[%10.3f] (II) msg`, the uptime in brackets, the message type's marker, `modeset(0): ` before
  a driver's message, a libinput device's `event21 - Name: ` before libinput's, tab-indented
  lines with no marker, unstamped continuation lines): three sessions with start-up (modules,
  extensions, outputs with their EDID and modelines, input devices), a dock's devices and
  monitor hotplugged, a suspend (AIGLX, systemd-logind's pause and resume), an i915 GPU hang
  (`flip queue failed`, `Page flip failed`, `present flip failed`), and a crash with its
  backtrace.
- GNOME 46's journal on a laptop (`journal-boot-1.log`, `journal-boot0.log`, `journalctl -o
  short`: an entry's later lines indented under its message): gdm and pam_unix, gnome-session,
  mutter's start-up, an extension's `JS ERROR: TypeError: ... is null` with its stack, the
  shell's own `JS ERROR: Error: Expected an object of type ...`, `Can't update stage views
  actor`, GLib-GObject criticals written to stderr (`(gnome-shell:2345): GLib-GObject-CRITICAL
  **: 09:00:01.234: ...`), a GC sweep critical with gjs's `== Stack trace for context %p ==`,
  a suspend and resume (logind, systemd-sleep, the kernel), libinput's complaints.
- PipeWire 1.0 and WirePlumber 0.4 (`journal-user.log`, `journal-system.log`): the spa log
  topic before each message (`spa.alsa: `, `mod.protocol-pulse: `, `pw.node: `), xruns through
  a video call, a Bluetooth headset connected and disconnected, pipewire-pulse's client errors,
  RealtimeKit, a segfault reported by systemd-coredump (its stack under the entry) and the
  user's systemd restarting pipewire and its bound units.
- Xray-core 1.8 (`access.log`, `error.log`, `%Y/%m/%d %H:%M:%S [Level] [session] path: msg`,
  errors chained with ` > `): users' connections step by step, blocked ads, timeouts and a
  resolver failure inside the retry chain (`common/retry: [...]` listing each attempt's error),
  scanners, a user over quota rejected, the panel's stats API.
- OpenStack Neutron 2023.2 (`neutron-server.log`, two computes' `*-neutron-openvswitch-agent.log`,
  `neutron-dhcp-agent.log`, `neutron-l3-agent.log`; oslo.log's `%Y-%m-%d %H:%M:%S.%03d PID LEVEL
  logger [req-... - - - - -] msg`, a traceback with `PID ERROR logger ` before each line): WSGI
  request lines, ports bound and wired, a RabbitMQ restart (AMQP unreachable, `Failed reporting
  state!` with its MessagingTimeout traceback, `Timeout in RPC method`, `Unable to sync network
  state.`, the resync), an OVS agent dead and the server refusing to bind ports to it.

Label notes. The rules of rounds 51 to 58 hold. Xorg's marker is the message type (context), as
are `modeset(0): ` (xf86DrvMsg's prefix), a device's `Name: ` (xf86IDrvMsg's) and libinput's
`event21 - Name: ` (its device prefix): `always reports core events`, `device is a %s`. A
message that starts with a newline (`\\nFatal server error:\\n`, ErrorFSigSafe("\\n")) is labelled
on its stamped `(EE) ` line with the newlines written `\\n` and its unstamped lines belong to it;
tabs are written as blanks; a backtrace frame is one statement (`%u: %s (%s+0x%x) [%p]`, `%u: %s
(%p+0x%x) [%p]`), the frames share their stamp (one signal handler's run); the modeline's sync
flags are a value. The journal's header and pid are context, as are pam_unix's `pam_unix(%s:%s):
` prefix, GLib's `(gnome-shell:2345): GLib-GObject-CRITICAL **: time: ` and `GnomeDesktop-WARNING:
` / `WARNING: ` prefixes, mutter's `libinput error: ` is wording, libinput's device prefix
context; a `g_return_if_fail` assertion's function and expression are written literally by the
call site (wording: each assertion its own label); a JS error's stack lines belong to its entry,
the engine's message contributes its format (`JS ERROR: TypeError: %s is null`); gjs's stack dump
lines are each an entry of their own (`#%zu %14p %c   %s:%d (%p @ %u)`). PipeWire's topic
(`spa.alsa: `) and WirePlumber's (`wp-device: `) are context, strerror texts and the pulse
command's name values; systemd's `unit: ` prefix is context, a unit's description a value;
systemd-coredump's report is one entry. Xray's `[Level] [session]` are context; the ` > ` chain
is one message and each link contributes its format (`... > context canceled` and `... > io:
read/write on closed pipe` two labels), the retry list `[%s]` a value; the access line is
`from %s accepted %s [%s -> %s] email: %s`, without `email:` for the API inbound (another label),
`rejected` with its reason's format. Neutron's `[req-...]` context and oslo.log's appended
error summary (`: oslo_messaging.exceptions.MessagingTimeout: ...`) are context; the traceback
lines (each with `PID ERROR logger `) and a multi-line message's later lines belong to their
event; WSGI request lines are labelled by route and status, as nova's.

Sources. The helper checked these against public copies: Xorg's marker strings (xserver's
LogMessageTypeVerbString); gnome-shell's `JS ERROR: TypeError: ...` with the stack indented under
it in the journal and `JS ERROR: Error: Expected an object of type ClutterActor for argument
'sibling' but got type undefined` from `_syncStacking@resource:///org/gnome/shell/ui/
workspaceAnimation.js:80:18`, `JS ERROR: Extension %s: ...` (real journals in issues);
PipeWire's `spa.alsa: %s: (%d suppressed) snd_pcm_avail after recover: Broken pipe`, `'%s':
playback open failed`, WirePlumber's `set volume %d failed for transport %s (%s)`, `spa.bluez5:
BlueZ system service is not available`, bluetoothd's `%s: fd(%d) ready` (real journals);
Xray's ` > ` chains (`app/proxyman/outbound: failed to process outbound traffic >
proxy/vmess/outbound: failed to find an available destination > common/retry: [dial tcp ...: i/o
timeout ...] > common/retry: all retry attempts failed`, `app/proxyman/inbound: connection ends >
... > context canceled`) and common/log/access.go (`From Status To [Detour] Reason email:`);
Neutron's `Unable to sync network state.` (dhcp agent), `Failed reporting state!`, the rpc_loop
line, and a real dhcp-agent log with `Increasing timeout for get_active_networks_info calls to
120 seconds. ...: MessagingTimeout: ...` and the traceback with the header on each line and a
last line with only the header. The rest is from the helper's knowledge, not checked (least
sure: Xorg's module, input and modeline texts' exact spacing, `present flip failed`, the crash
tail's layout; gnome-session's and GnomeDesktop's texts, the GC sweep critical's wording, gjs's
frame layout, libinput's timer text; `mod.rt`'s portal lines, `follower delay ... resync`, `pw.node:
... graph xrun not-triggered`, pulse's `ERROR command:` line, `Failed to acquire transport`, the
`pw.core` error, rtkit's and systemd-coredump's texts; Xray 1.8's `from ` and `email: ` in the
access line (the checked access.go writes neither), the app/dns lines, `dispatch request to:`,
`failed to transfer request payload`; Neutron's `Nova event matching`, `Trigger
reload_allocations` with its port text, `Heartbeat received from`, the healthcheck table,
`Refusing to bind port`, `Failed to bind port`, the OVS agent's start-up, `OVS is restarted`,
`Cleaning stale %s flows`, `Reserved cookies`, the router lines, the traceback frames). Run it
only to change the data on purpose: `python bench/heldout/generate_round59.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records, secs
from generate_round53 import Clock, ms3, pyframes
from generate_round55 import at, poisson


def journal(t: datetime, host: str, ident: str, pid: int | None) -> str:
    """`journalctl -o short`'s prefix of one entry."""
    who = f"{ident}[{pid}]" if pid is not None else ident
    return f"{t:%b %d %H:%M:%S} {host} {who}: "


def jlines(prefix: str, msg: str) -> list[str]:
    """An entry of several lines as journalctl prints it: the later lines under the first's
    message."""
    first, *rest = msg.split("\n")
    return [prefix + first] + [" " * len(prefix) + x for x in rest]


# --------------------------------------------------------------------------------- xorg

XORG_VERSION = "1.21.1.11"
XORG_MODULES = [
    # (module, path, vendor, compiled for, version, class, ABI)
    (
        "glx",
        "/usr/lib/xorg/modules/extensions/libglx.so",
        "X.Org Foundation",
        "1.0.0",
        None,
        "X.Org Server Extension, version 10.0",
    ),
    (
        "modesetting",
        "/usr/lib/xorg/modules/drivers/modesetting_drv.so",
        "X.Org Foundation",
        "1.21.1",
        "X.Org Video Driver",
        "X.Org Video Driver, version 25.2",
    ),
    (
        "fbdev",
        "/usr/lib/xorg/modules/drivers/fbdev_drv.so",
        "X.Org Foundation",
        "0.5.0",
        "X.Org Video Driver",
        "X.Org Video Driver, version 25.2",
    ),
    (
        "fbdevhw",
        "/usr/lib/xorg/modules/libfbdevhw.so",
        "X.Org Foundation",
        "0.0.2",
        None,
        "X.Org Video Driver, version 25.2",
    ),
    (
        "glamoregl",
        "/usr/lib/xorg/modules/libglamoregl.so",
        "X.Org Foundation",
        "1.0.1",
        None,
        "X.Org ANSI C Emulation, version 0.4",
    ),
    (
        "libinput",
        "/usr/lib/xorg/modules/input/libinput_drv.so",
        "X.Org Foundation",
        "1.4.0",
        "X.Org XInput Driver",
        "X.Org XInput driver, version 24.4",
    ),
]
XORG_EXTENSIONS = [
    "Generic Event Extension",
    "SHAPE",
    "MIT-SHM",
    "XInputExtension",
    "XTEST",
    "BIG-REQUESTS",
    "SYNC",
    "XKEYBOARD",
    "XC-MISC",
    "SECURITY",
    "XFIXES",
    "RENDER",
    "RANDR",
    "COMPOSITE",
    "DAMAGE",
    "MIT-SCREEN-SAVER",
    "DOUBLE-BUFFER",
    "RECORD",
    "DPMS",
    "Present",
    "DRI3",
    "X-Resource",
    "XVideo",
    "XVideo-MotionCompensation",
    "SELinux",
    "GLX",
    "XFree86-VidModeExtension",
    "XFree86-DGA",
    "XFree86-DRI",
    "DRI2",
]
# (name, event node, udev tags, device kind, xinput type, on the dock)
XORG_INPUTS = [
    ("Power Button", 2, "Keyboard", "keyboard", "KEYBOARD", False),
    ("Video Bus", 4, "Keyboard", "keyboard", "KEYBOARD", False),
    ("Sleep Button", 1, "Keyboard", "keyboard", "KEYBOARD", False),
    ("AT Translated Set 2 keyboard", 3, "Keyboard", "keyboard", "KEYBOARD", False),
    ("SYNA8018:00 06CB:CE67 Touchpad", 7, "Touchpad", "pointer", "TOUCHPAD", False),
    ("ThinkPad Extra Buttons", 6, "Keyboard Switch", "keyboard", "KEYBOARD", False),
    ("Intel HID events", 8, "Keyboard", "keyboard", "KEYBOARD", False),
    ("Logitech USB Receiver", 21, "Mouse", "pointer", "MOUSE", True),
    ("Logitech USB Receiver Keyboard", 22, "Keyboard", "keyboard", "KEYBOARD", True),
    ("Lenovo ThinkPad Thunderbolt 4 Dock USB Audio", 23, "Keyboard", "keyboard", "KEYBOARD", True),
]
XORG_MONITORS = {
    # output: (manufacturer, model, serial, year, week, modes)
    "eDP-1": (
        "LEN",
        0x40BA,
        0,
        2022,
        14,
        [
            (
                "1920x1200",
                60.0,
                154.00,
                (1920, 1968, 2000, 2080, 1200, 1203, 1209, 1235),
                "+hsync -vsync",
                74.0,
                "eP",
            )
        ],
    ),
    "DP-2-1": (
        "DEL",
        0xA1EA,
        808464434,
        2021,
        37,
        [
            (
                "2560x1440",
                59.95,
                241.50,
                (2560, 2608, 2640, 2720, 1440, 1443, 1448, 1481),
                "+hsync -vsync",
                88.8,
                "eP",
            ),
            (
                "1920x1200",
                59.95,
                154.00,
                (1920, 1968, 2000, 2080, 1200, 1203, 1209, 1235),
                "+hsync -vsync",
                74.0,
                "e",
            ),
            (
                "1920x1080",
                60.0,
                148.50,
                (1920, 2008, 2052, 2200, 1080, 1084, 1089, 1125),
                "+hsync +vsync",
                67.5,
                "e",
            ),
            (
                "1920x1080",
                50.0,
                148.50,
                (1920, 2448, 2492, 2640, 1080, 1084, 1089, 1125),
                "+hsync +vsync",
                56.2,
                "e",
            ),
            (
                "1680x1050",
                59.9,
                119.00,
                (1680, 1728, 1760, 1840, 1050, 1053, 1059, 1080),
                "+hsync -vsync",
                64.7,
                "e",
            ),
            (
                "1600x900",
                60.0,
                108.00,
                (1600, 1624, 1704, 1800, 900, 901, 904, 1000),
                "+hsync +vsync",
                60.0,
                "e",
            ),
            (
                "1280x1024",
                75.0,
                135.00,
                (1280, 1296, 1440, 1688, 1024, 1025, 1028, 1066),
                "+hsync +vsync",
                80.0,
                "e",
            ),
            (
                "1280x1024",
                60.0,
                108.00,
                (1280, 1328, 1440, 1688, 1024, 1025, 1028, 1066),
                "+hsync +vsync",
                64.0,
                "e",
            ),
            (
                "1280x720",
                60.0,
                74.25,
                (1280, 1390, 1430, 1650, 720, 725, 730, 750),
                "+hsync +vsync",
                45.0,
                "e",
            ),
            (
                "1024x768",
                75.0,
                78.75,
                (1024, 1040, 1136, 1312, 768, 769, 772, 800),
                "+hsync +vsync",
                60.0,
                "e",
            ),
            (
                "1024x768",
                60.0,
                65.00,
                (1024, 1048, 1184, 1344, 768, 771, 777, 806),
                "-hsync -vsync",
                48.4,
                "e",
            ),
            (
                "800x600",
                60.3,
                40.00,
                (800, 840, 968, 1056, 600, 601, 605, 628),
                "+hsync +vsync",
                37.9,
                "e",
            ),
            (
                "720x576",
                50.0,
                27.00,
                (720, 732, 796, 864, 576, 581, 586, 625),
                "-hsync -vsync",
                31.2,
                "e",
            ),
            (
                "640x480",
                59.9,
                25.18,
                (640, 656, 752, 800, 480, 490, 492, 525),
                "-hsync -vsync",
                31.5,
                "e",
            ),
        ],
    ),
}
XORG_BT = [
    ("/usr/lib/xorg/Xorg", "xorg_backtrace", 0x4D),
    ("/usr/lib/xorg/Xorg", None, 0x1775D9),
    ("/lib/x86_64-linux-gnu/libc.so.6", None, 0x45320),
    ("/usr/lib/xorg/modules/libglamoregl.so", "glamor_pixmap_exchange_fbos", 0x1A),
    ("/usr/lib/xorg/modules/drivers/modesetting_drv.so", None, 0x1C0F4),
    ("/usr/lib/xorg/modules/drivers/modesetting_drv.so", None, 0x1D8E2),
    ("/usr/lib/xorg/Xorg", None, 0x11A6B0),
    ("/usr/lib/xorg/Xorg", None, 0x1A0D7E),
    ("/usr/lib/xorg/Xorg", None, 0x4F43D),
    ("/usr/lib/xorg/Xorg", None, 0x53565),
    ("/lib/x86_64-linux-gnu/libc.so.6", None, 0x2A1CA),
    ("/lib/x86_64-linux-gnu/libc.so.6", "__libc_start_main", 0x8B),
    ("/usr/lib/xorg/Xorg", "_start", 0x25),
]


def xorg(r: random.Random) -> list[Log]:
    """Xorg 1.21.1 with the modesetting driver on a ThinkPad (Ubuntu 24.04's `Xorg.N.log`):
    `Xorg.0.log.old`, yesterday's session, which ends with a segfault in glamor while the dock is
    unplugged (the backtrace, `Fatal server error:`, `Caught signal 11`); `Xorg.0.log`, today's
    session: the dock plugged and unplugged (its keyboard, mouse and audio buttons added and
    removed by config/udev, the external monitor's EDID and modelines each time), a suspend and
    resume (AIGLX suspended, every input device paused and resumed by systemd-logind), an i915
    GPU hang (page flips failing for two minutes, `present flip failed`, `failed to set mode`);
    `Xorg.1.log`, a second user's short session by fast user switching."""
    logs: list[Log] = []

    class Sess:
        def __init__(self, name: str, wall: datetime, up: float) -> None:
            self.log = Log(name, wall)
            self.up = up
            self.wall = wall

        def step(self, lo: float = 0.0005, hi: float = 0.004) -> None:
            self.up += max(0.001, r.uniform(lo, hi))

        def m(
            self,
            mk: str | None,
            fmt: str,
            msg: str,
            cont: list[str] | None = None,
            same: bool = False,
        ) -> None:
            if not same:
                self.step()
            pre = f"[{self.up:10.3f}] " + (f"{mk} " if mk else "")
            self.log.add(pre + msg, fmt)
            for c in cont or []:
                self.log.add(c, None)

        def drv(self, mk: str, fmt: str, msg: str, same: bool = False) -> None:
            self.m(mk, fmt, f"modeset(0): {msg}", same=same)

        def wait(self, s: float) -> None:
            self.up += s

    def header(s: Sess, logname: str) -> None:
        s.log.add(f"[{s.up:10.3f}] ", "\\nX.Org X Server %s\\nX Protocol Version %d, Revision %d")
        s.log.add(f"X.Org X Server {XORG_VERSION}", None)
        s.log.add("X Protocol Version 11, Revision 0", None)
        s.m(
            None,
            " Before reporting problems, check http://wiki.x.org\\n to make sure that you have the latest version.",
            "\tBefore reporting problems, check http://wiki.x.org",
            ["\tto make sure that you have the latest version."],
        )
        s.m(
            None,
            "Markers: (--) probed, (**) from config file, (==) default setting,\\n (++) from command line, (!!) notice, (II) informational,\\n (WW) warning, (EE) error, (NI) not implemented, (??) unknown.",
            "Markers: (--) probed, (**) from config file, (==) default setting,",
            [
                "\t(++) from command line, (!!) notice, (II) informational,",
                "\t(WW) warning, (EE) error, (NI) not implemented, (??) unknown.",
            ],
        )
        s.m(
            "(==)",
            'Log file: "%s", Time: %s',
            f'Log file: "{logname}", Time: {s.wall:%a %b} {s.wall.day:2d} {s.wall:%H:%M:%S %Y}',
        )
        s.m(
            "(==)",
            "FontPath set to:\\n %s",
            "FontPath set to:",
            ["\t/usr/share/fonts/X11/misc,", "\t/usr/share/fonts/X11/Type1,", "\tbuilt-ins"],
        )
        s.m(
            "(II)",
            "The server relies on udev to provide the list of input devices.\\n If no devices become available, reconfigure udev or disable AutoAddDevices.",
            "The server relies on udev to provide the list of input devices.",
            ["\tIf no devices become available, reconfigure udev or disable AutoAddDevices."],
        )

    def module(s: Sess, mod: tuple) -> None:
        name, path, vendor, ver, _cls, abi = mod
        s.m("(II)", 'LoadModule: "%s"', f'LoadModule: "{name}"')
        s.m("(II)", "Loading %s", f"Loading {path}")
        s.m("(II)", 'Module %s: vendor="%s"', f'Module {name}: vendor="{vendor}"')
        s.m(
            None,
            " compiled for %s, module version = %s",
            f"\tcompiled for {XORG_VERSION}, module version = {ver}",
        )
        s.m(None, " ABI class: %s", f"\tABI class: {abi}")

    def edid(s: Sess, out: str) -> None:
        mfr, model, serial, _year, _week, modes = XORG_MONITORS[out]
        s.drv("(II)", "EDID for output %s", f"EDID for output {out}")
        s.drv(
            "(II)",
            "Manufacturer: %s  Model: %x  Serial#: %u",
            f"Manufacturer: {mfr}  Model: {model:x}  Serial#: {serial}",
        )
        for name, refresh, clock, t, flags, khz, kind in modes:
            s.drv(
                "(II)",
                'Modeline "%s"x%.01f  %6.2f  %i %i %i %i  %i %i %i %i %s (%.01f kHz %s)',
                f'Modeline "{name}"x{refresh:.1f}  {clock:6.2f}  {t[0]} {t[1]} {t[2]} {t[3]}  {t[4]} {t[5]} {t[6]} {t[7]} {flags} ({khz:.1f} kHz {kind})',
                same=True,
            )

    def add_input(s: Sess, dev: tuple, xid: int) -> None:
        name, ev, tag, kind, xtype, _ = dev
        node = f"/dev/input/event{ev}"
        s.m(
            "(II)",
            "config/udev: Adding input device %s (%s)",
            f"config/udev: Adding input device {name} ({node})",
        )
        klass = {"keyboard": "libinput keyboard catchall", "pointer": "libinput pointer catchall"}[
            kind
        ]
        if tag == "Touchpad":
            klass = "libinput touchpad catchall"
        s.m("(**)", '%s: Applying InputClass "%s"', f'{name}: Applying InputClass "{klass}"')
        s.m(
            "(II)",
            "Using input driver '%s' for '%s'",
            f"Using input driver 'libinput' for '{name}'",
        )
        s.m(
            "(II)",
            "systemd-logind: got fd for %s %u:%u fd %d paused %d",
            f"systemd-logind: got fd for {node} 13:{64 + ev} fd {30 + xid} paused 0",
        )
        s.m("(**)", "always reports core events", f"{name}: always reports core events")
        s.m("(**)", 'Option "%s" "%s"', f'Option "Device" "{node}"')
        s.m(
            "(II)",
            "is tagged by udev as: %s",
            f"event{ev:<2d} - {name}: is tagged by udev as: {tag}",
        )
        s.m(
            "(II)",
            "device is a %s",
            f"event{ev:<2d} - {name}: device is a {kind if tag != 'Touchpad' else 'touchpad'}",
        )
        s.m("(II)", "device removed", f"event{ev:<2d} - {name}: device removed")
        s.m(
            "(II)",
            'XINPUT: Adding extended input device "%s" (type: %s, id %d)',
            f'XINPUT: Adding extended input device "{name}" (type: {xtype}, id {xid})',
        )
        s.m("(**)", 'Option "%s" "%s"', 'Option "_source" "server/udev"')
        if kind == "pointer":
            s.m("(**)", 'Option "%s" "%s"', 'Option "AccelerationScheme" "none"')
            s.m("(**)", "(accel) selected scheme %s/%d", f"{name}: (accel) selected scheme none/0")
        s.m(
            "(II)",
            "is tagged by udev as: %s",
            f"event{ev:<2d} - {name}: is tagged by udev as: {tag}",
        )
        s.m(
            "(II)",
            "device is a %s",
            f"event{ev:<2d} - {name}: device is a {kind if tag != 'Touchpad' else 'touchpad'}",
        )
        if kind == "pointer" and tag == "Mouse":
            s.m(
                "(II)",
                "config/udev: Adding input device %s (%s)",
                f"config/udev: Adding input device {name} (/dev/input/mouse{2 if ev > 20 else 1})",
            )
            s.m(
                "(II)",
                "No input driver specified, ignoring this device.",
                "No input driver specified, ignoring this device.",
            )
            s.m(
                "(II)",
                "This device may have been added with another device file.",
                "This device may have been added with another device file.",
            )

    def remove_input(s: Sess, dev: tuple) -> None:
        name, ev, *_ = dev
        s.m("(II)", "config/udev: removing device %s", f"config/udev: removing device {name}")
        s.m("(II)", "device removed", f"event{ev:<2d} - {name}: device removed")
        s.m("(II)", 'UnloadModule: "%s"', 'UnloadModule: "libinput"')
        s.m(
            "(II)",
            "systemd-logind: releasing fd for %u:%u",
            f"systemd-logind: releasing fd for 13:{64 + ev}",
        )

    def start(s: Sess, logname: str, vt: int, session: int, docked: bool) -> None:
        header(s, logname)
        for mod in XORG_MODULES[:1]:
            module(s, mod)
        s.m("(--)", "using VT number %d", f"using VT number {vt}", cont=None)
        s.step(0.01, 0.03)
        s.m(
            "(II)",
            "systemd-logind: took control of session %s",
            f"systemd-logind: took control of session /org/freedesktop/login1/session/_3{session}",
        )
        s.m(
            "(II)",
            "systemd-logind: got fd for %s %u:%u fd %d paused %d",
            "systemd-logind: got fd for /dev/dri/card1 226:1 fd 14 paused 0",
        )
        for mod in XORG_MODULES[1:4]:
            module(s, mod)
        s.m(
            "(II)",
            "modeset: Driver for Modesetting Kernel Drivers: kms",
            "modeset: Driver for Modesetting Kernel Drivers: kms",
        )
        s.drv("(==)", "Depth %d, (--) framebuffer bpp %d", "Depth 24, (--) framebuffer bpp 32")
        module(s, XORG_MODULES[4])
        s.step(0.02, 0.06)
        s.drv(
            "(II)",
            "glamor X acceleration enabled on %s",
            "glamor X acceleration enabled on Mesa Intel(R) Graphics (ADL GT2)",
        )
        outs = ["eDP-1"] + (["DP-2-1"] if docked else [])
        for o in ["eDP-1", "DP-1", "HDMI-1", "DP-2", "DP-2-1", "DP-2-2"]:
            s.drv("(II)", "Output %s has no monitor section", f"Output {o} has no monitor section")
        for o in outs:
            edid(s, o)
        for o in outs:
            s.drv("(II)", "Output %s connected", f"Output {o} connected")
        s.drv(
            "(II)",
            "Output %s using initial mode %s +%d+%d",
            "Output eDP-1 using initial mode 1920x1200 +0+0",
        )
        if docked:
            s.drv(
                "(II)",
                "Output %s using initial mode %s +%d+%d",
                "Output DP-2-1 using initial mode 2560x1440 +1920+0",
            )
        s.step(0.05, 0.12)
        for ext in XORG_EXTENSIONS:
            s.m("(II)", "Initializing extension %s", f"Initializing extension {ext}")
        s.m("(II)", "AIGLX: Loaded and initialized %s", "AIGLX: Loaded and initialized iris")
        s.step(0.1, 0.3)
        module(s, XORG_MODULES[5])
        xid = 6
        for dev in XORG_INPUTS:
            if dev[5] and not docked:
                continue
            add_input(s, dev, xid)
            xid += 1

    def dock(s: Sess, plugged: bool, xid: int) -> int:
        if plugged:
            for dev in XORG_INPUTS:
                if dev[5]:
                    add_input(s, dev, xid)
                    xid += 1
            s.step(0.4, 1.2)
            s.drv("(II)", "Output %s connected", "Output DP-2-1 connected")
            edid(s, "DP-2-1")
        else:
            for dev in XORG_INPUTS:
                if dev[5]:
                    remove_input(s, dev)
            s.step(0.2, 0.8)
            s.drv("(II)", "Output %s disconnected", "Output DP-2-1 disconnected")
        return xid

    def suspend(s: Sess, docked: bool) -> None:
        s.m(
            "(II)",
            "AIGLX: Suspending AIGLX clients for VT switch",
            "AIGLX: Suspending AIGLX clients for VT switch",
        )
        devs = [d for d in XORG_INPUTS if docked or not d[5]]
        for d in devs:
            s.m(
                "(II)",
                "systemd-logind: got pause for %u:%u",
                f"systemd-logind: got pause for 13:{64 + d[1]}",
            )
        s.m("(II)", "systemd-logind: got pause for %u:%u", "systemd-logind: got pause for 226:1")
        s.wait(r.uniform(1800, 3600))
        s.m("(II)", "systemd-logind: got resume for %u:%u", "systemd-logind: got resume for 226:1")
        s.m(
            "(II)",
            "AIGLX: Resuming AIGLX clients after VT switch",
            "AIGLX: Resuming AIGLX clients after VT switch",
        )
        for d in devs:
            s.m(
                "(II)",
                "systemd-logind: got resume for %u:%u",
                f"systemd-logind: got resume for 13:{64 + d[1]}",
            )

    def gpu_hang(s: Sess, dur: float) -> None:
        end = s.up + dur
        errs = ["Input/output error", "Device or resource busy"]
        while s.up < end:
            e = r.choice(errs)
            s.drv("(WW)", "flip queue failed: %s", f"flip queue failed: {e}")
            s.drv("(WW)", "Page flip failed: %s", f"Page flip failed: {e}")
            s.drv("(EE)", "present flip failed", "present flip failed")
            if r.random() < 0.15:
                s.drv("(EE)", "failed to set mode: %s", "failed to set mode: Input/output error")
            s.wait(r.uniform(0.2, 3.0))

    def crash(s: Sess, logname: str) -> None:
        s.m("(EE)", "\\n", "")
        s.m("(EE)", "Backtrace:", "Backtrace:", same=True)
        base = 0x55D0C09B7000
        for i, (path, sym, off) in enumerate(XORG_BT):
            ip = (
                base + off + 0x100 * i
                if path.endswith("Xorg")
                else 0x7F3A1C000000 + off + 0x1000 * i
            )
            if sym:
                s.m(
                    "(EE)",
                    "%u: %s (%s+0x%x) [%p]",
                    f"{i}: {path} ({sym}+0x{off:x}) [0x{ip:x}]",
                    same=True,
                )
            else:
                s.m(
                    "(EE)",
                    "%u: %s (%p+0x%x) [%p]",
                    f"{i}: {path} (0x{ip - off:x}+0x{off:x}) [0x{ip:x}]",
                    same=True,
                )
        s.m("(EE)", "\\n", "", same=True)
        s.m(
            "(EE)",
            "Segmentation fault at address 0x%lx",
            "Segmentation fault at address 0x18",
            same=True,
        )
        s.m("(EE)", "\\nFatal server error:", "", ["Fatal server error:"], same=True)
        s.m(
            "(EE)",
            "Caught signal %d (%s). Server aborting",
            "Caught signal 11 (Segmentation fault). Server aborting",
            same=True,
        )
        s.m("(EE)", "\\n", "", same=True)
        s.m(
            "(EE)",
            "\\nPlease consult the %s support \\n  at %s\\n for help. ",
            "",
            [
                "Please consult the The X.Org Foundation support ",
                "\t at http://wiki.x.org",
                " for help. ",
            ],
            same=True,
        )
        s.m(
            "(EE)",
            'Please also check the log file at "%s" for additional information.',
            f'Please also check the log file at "{logname}" for additional information.',
            same=True,
        )
        s.m("(EE)", "\\n", "", same=True)
        s.step(0.002, 0.004)
        s.m(
            "(EE)",
            "Server terminated with error (%d). Closing log file.",
            "Server terminated with error (1). Closing log file.",
        )

    # yesterday: docked at start, dock out and in, crash at an unplug
    s = Sess("Xorg.0.log.old", datetime(2024, 6, 3, 8, 41, 12), 12.114)
    start(s, "/var/log/Xorg.0.log", 2, 2, True)
    xid = 17
    docked = True
    for _ in range(5):
        s.wait(r.uniform(900, 4000))
        xid = dock(s, not docked, xid)
        docked = not docked
    s.wait(r.uniform(600, 1800))
    for dev in XORG_INPUTS:
        if dev[5]:
            remove_input(s, dev)
    s.step(0.01, 0.05)
    crash(s, "/var/log/Xorg.0.log")
    logs.append(s.log)

    # today: undocked start, dock in and out, a suspend, a GPU hang, dock again
    s = Sess("Xorg.0.log", datetime(2024, 6, 4, 8, 2, 40), 11.802)
    start(s, "/var/log/Xorg.0.log", 2, 4, False)
    xid, docked = 14, False
    for n in range(9):
        s.wait(r.uniform(600, 2400))
        if n == 3:
            suspend(s, docked)
            continue
        if n == 6:
            gpu_hang(s, r.uniform(100, 140))
            continue
        xid = dock(s, not docked, xid)
        docked = not docked
    s.wait(r.uniform(300, 900))
    s.m(
        "(II)",
        "Server terminated successfully (%d). Closing log file.",
        "Server terminated successfully (0). Closing log file.",
    )
    logs.append(s.log)

    # a second user's session on vt3 (fast user switching), docked
    s = Sess("Xorg.1.log", datetime(2024, 6, 4, 12, 15, 3), 15036.417)
    start(s, "/var/log/Xorg.1.log", 3, 7, True)
    s.wait(r.uniform(1200, 1800))
    suspend(s, True)
    s.wait(r.uniform(200, 600))
    s.m(
        "(II)",
        "Server terminated successfully (%d). Closing log file.",
        "Server terminated successfully (0). Closing log file.",
    )
    logs.append(s.log)
    return logs


# --------------------------------------------------------------------------------- gnome-shell

GS_EXT = "clipboard-indicator@tudmotu.com"
GS_EXT_DIR = f"/home/alice/.local/share/gnome-shell/extensions/{GS_EXT}"
GS_STACK_EXT = [
    f"_onSelectionChange@{GS_EXT_DIR}/extension.js:412:18",
    f"_setupSelectionTracking/this._selectionOwnerChangedId<@{GS_EXT_DIR}/extension.js:388:22",
    "_emit@resource:///org/gnome/gjs/modules/core/_signals.js:133:47",
]
GS_STACK_WS = [
    "_syncStacking@resource:///org/gnome/shell/ui/workspaceAnimation.js:80:18",
    "WorkspaceGroup/<@resource:///org/gnome/shell/ui/workspaceAnimation.js:54:18",
    "_init@resource:///org/gnome/shell/ui/workspaceAnimation.js:43:14",
    "WorkspaceGroup@resource:///org/gnome/shell/ui/workspaceAnimation.js:31:4",
    "_prepareWorkspaceSwitch@resource:///org/gnome/shell/ui/workspaceAnimation.js:300:30",
    "animateSwitch@resource:///org/gnome/shell/ui/workspaceAnimation.js:356:14",
]
GS_STACK_ENABLE = [
    f"enable@{GS_EXT_DIR}/extension.js:1088:14",
    "_callExtensionEnable@resource:///org/gnome/shell/ui/extensionSystem.js:265:32",
    "async*loadExtension@resource:///org/gnome/shell/ui/extensionSystem.js:420:26",
    "async*_loadExtensions@resource:///org/gnome/shell/ui/extensionSystem.js:723:24",
]
GS_GC_FRAMES = [
    ("resource:///org/gnome/shell/ui/messageTray.js", 1065),
    (f"{GS_EXT_DIR}/extension.js", 301),
    ("resource:///org/gnome/shell/ui/environment.js", 432),
    ("resource:///org/gnome/shell/ui/init.js", 21),
]
GS_APPS = [
    "org.gnome.Nautilus",
    "firefox_firefox",
    "org.gnome.Terminal",
    "org.gnome.TextEditor",
    "slack_slack",
    "code_code",
    "org.gnome.Settings",
]


def gnome_shell(r: random.Random) -> list[Log]:
    """A GNOME 46 laptop's journal (`journalctl -b -1` and `-b 0` as `journalctl -o short`
    prints them, `Jun 04 09:00:01 thinkpad gnome-shell[2345]: msg`, the later lines of an entry
    under its message): gdm's greeter and the user's login (pam_unix, gkr-pam), gnome-session,
    mutter's start-up, the clipboard extension throwing `JS ERROR: TypeError: ... is null` at
    every clipboard change (its stack under it), the shell's own `Expected an object of type
    ClutterActor` on workspace switches, `Can't update stage views actor` for new windows,
    GLib-GObject criticals on the shell's stderr, a GC sweep critical with its `== Stack trace
    for context` dump, a lunch suspend (logind, systemd-sleep, the kernel) followed by libinput's
    timer and touch-jump complaints; on the second boot the extension updated, failing to
    enable once, then misbehaving again until disabled at 11:40."""
    clock = Clock(1_000_000)
    host = "thinkpad"
    logs: list[Log] = []

    def boot(
        name: str, day: int, t0: datetime, t_end: datetime, pids: dict[str, int], second: bool
    ) -> Log:
        rec = Records()

        def e(ident: str, t: datetime, fmt: str, msg: str, pid: int | None = -1) -> datetime:
            p = pids.get(ident) if pid == -1 else pid
            t = clock.at((name, ident, p), t)
            rec.add(t, jlines(journal(t, host, ident, p), msg), fmt)
            return t

        gs = "gnome-shell"
        # gdm's greeter, then alice's login
        t = t0
        t = e(
            "gdm-launch-environment]",
            t,
            "session opened for user %s(uid=%lu) by %s(uid=%lu)",
            "pam_unix(gdm-launch-environment:session): session opened for user gdm(uid=120) by (uid=0)",
        )
        t += secs(r, 1, 2)
        t = e(
            "gnome-shell",
            t,
            "Running GNOME Shell (using mutter %s) as a Wayland display server",
            "Running GNOME Shell (using mutter 46.2) as a Wayland display server",
            pid=pids["greeter"],
        )
        t = e(
            "gnome-shell",
            t,
            "Made thread '%s' realtime scheduled",
            "Made thread 'KMS thread' realtime scheduled",
            pid=pids["greeter"],
        )
        t = e(
            "gnome-shell",
            t,
            "Registering session with GDM",
            "Registering session with GDM",
            pid=pids["greeter"],
        )
        t += secs(r, 8, 20)
        t = e(
            "gdm-password]",
            t,
            "gkr-pam: unable to locate daemon control file",
            "gkr-pam: unable to locate daemon control file",
        )
        t = e(
            "gdm-password]",
            t,
            "gkr-pam: stashed password to try later in open session",
            "gkr-pam: stashed password to try later in open session",
        )
        t = e(
            "gdm-password]",
            t,
            "session opened for user %s(uid=%lu) by %s(uid=%lu)",
            "pam_unix(gdm-password:session): session opened for user alice(uid=1000) by alice(uid=0)",
        )
        t = e(
            "gdm-password]",
            t + secs(r, 0.5, 1),
            "gkr-pam: gnome-keyring-daemon started properly and unlocked keyring",
            "gkr-pam: gnome-keyring-daemon started properly and unlocked keyring",
        )
        t += secs(r, 1, 2)
        t = e(
            gs,
            t,
            "Running GNOME Shell (using mutter %s) as a Wayland display server",
            "Running GNOME Shell (using mutter 46.2) as a Wayland display server",
        )
        t = e(
            gs,
            t,
            "Made thread '%s' realtime scheduled",
            "Made thread 'KMS thread' realtime scheduled",
        )
        t = e(
            gs,
            t,
            "Device '%s' prefers shadow buffer",
            "Device '/dev/dri/card1' prefers shadow buffer",
        )
        t = e(
            gs,
            t,
            "Added device '%s' (%s) using atomic mode setting.",
            "Added device '/dev/dri/card1' (i915) using atomic mode setting.",
        )
        t = e(gs, t, "Created gbm renderer for '%s'", "Created gbm renderer for '/dev/dri/card1'")
        t = e(
            gs,
            t,
            "Boot VGA GPU %s selected as primary",
            "Boot VGA GPU /dev/dri/card1 selected as primary",
        )
        t = e(
            gs,
            t,
            "Using public X11 display %s, (using %s for managed services)",
            "Using public X11 display :0, (using :1 for managed services)",
        )
        t = e(gs, t, "Using Wayland display name '%s'", "Using Wayland display name 'wayland-0'")
        for ks, kc in [(0xFF7E, 0x5C), (0x1008FF73, 0xA6), (0x1008FF1B, 0xE1)]:
            t = e(
                gs,
                t,
                "Window manager warning: Overwriting existing binding of keysym %x with keysym %x (keycode %x).",
                f"Window manager warning: Overwriting existing binding of keysym {ks:x} with keysym {ks:x} (keycode {kc:x}).",
            )
        if second:
            t = e(
                gs,
                t,
                "Extension %s already installed in %s. %s will not be loaded",
                f"Extension {GS_EXT} already installed in {GS_EXT_DIR}. /usr/share/gnome-shell/extensions/{GS_EXT} will not be loaded",
            )
            t = e(
                gs,
                t + secs(r, 0.2, 0.6),
                "JS ERROR: Extension %s: TypeError: %s is not a function",
                f"JS ERROR: Extension {GS_EXT}: TypeError: this._settings.connectObject is not a function\n"
                + "\n".join(GS_STACK_ENABLE),
            )
        t = e(
            gs,
            t + secs(r, 0.5, 1.5),
            "GNOME Shell started at %s",
            f"GNOME Shell started at {t:%a %b %d %Y %H:%M:%S} GMT+0000 (Coordinated Universal Time)",
        )
        t = e(gs, t, "Registering session with GDM", "Registering session with GDM")
        t = e(
            "gdm-launch-environment]",
            t + secs(r, 2, 4),
            "session closed for user %s",
            "pam_unix(gdm-launch-environment:session): session closed for user gdm",
        )
        t = e("gnome-session-binary", t, "Entering running state", "Entering running state")
        for f in [
            "/home/alice/.config/autostart/org.flameshot.Flameshot.desktop",
            "/etc/xdg/autostart/org.gnome.SettingsDaemon.DiskUtilityNotify.desktop",
        ]:
            t = e(
                "gnome-session-binary",
                t,
                "Could not parse desktop file %s or it references a not found TryExec binary",
                f"WARNING: Could not parse desktop file {f} or it references a not found TryExec binary",
            )
        t = e(
            "xdg-desktop-portal-gnome",
            t + secs(r, 3, 8),
            "Failed to associate portal window with parent window",
            "Failed to associate portal window with parent window",
        )

        suspend = (
            at(12, 4, 10) - timedelta(days=4 - day),
            at(13, 11, 40) - timedelta(days=4 - day),
        )
        disabled = at(11, 40, 12) - timedelta(days=4 - day) if second else None
        start = t + secs(r, 20, 60)

        def awake(x: datetime) -> bool:
            return not (suspend[0] <= x < suspend[1])

        # the clipboard extension: each copy throws
        for x in poisson(r, start, t_end, 42):
            if not awake(x) or (disabled and x >= disabled):
                continue
            e(
                gs,
                x,
                "JS ERROR: TypeError: %s is null",
                "JS ERROR: TypeError: this._historyMenuSection is null\n" + "\n".join(GS_STACK_EXT),
            )
            if r.random() < 0.2:
                e(
                    gs,
                    x + secs(r, 0, 1),
                    "g_signal_handler_disconnect: assertion 'handler_id > 0' failed",
                    f"(gnome-shell:{pids[gs]}): GLib-GObject-CRITICAL **: {x:%H:%M:%S}.{ms3(x)}: g_signal_handler_disconnect: assertion 'handler_id > 0' failed",
                )
        # workspace switches
        for x in poisson(r, start, t_end, 260):
            if awake(x):
                e(
                    gs,
                    x,
                    "JS ERROR: Error: Expected an object of type %s for argument '%s' but got type %s",
                    "JS ERROR: Error: Expected an object of type ClutterActor for argument 'sibling' but got type undefined\n"
                    + "\n".join(GS_STACK_WS[: r.choice([1, 1, 6])]),
                )
        # new windows
        for x in poisson(r, start, t_end, 95):
            if not awake(x):
                continue
            app = r.choice(GS_APPS)
            for _ in range(r.choice([1, 1, 2, 3])):
                e(
                    gs,
                    x,
                    "Can't update stage views actor %s is on because it needs an allocation.",
                    f"Can't update stage views actor <unnamed>[<MetaWindowActorWayland>:0x{r.randrange(0x55D000000000, 0x55DFFFFFFFFF):x}] is on because it needs an allocation.",
                )
            if r.random() < 0.3:
                e(
                    "gnome-session-binary",
                    x + secs(r, 0, 1),
                    "Could not create transient scope for PID %d: GDBus.Error:org.freedesktop.DBus.Error.UnixProcessIdUnknown: Process with ID %d does not exist.",
                    (
                        lambda p: (
                            f"GnomeDesktop-WARNING: Could not create transient scope for PID {p}: GDBus.Error:org.freedesktop.DBus.Error.UnixProcessIdUnknown: Process with ID {p} does not exist."
                        )
                    )(r.randrange(4000, 30000)),
                )
            if app in ("slack_slack", "code_code") and r.random() < 0.5:
                e(
                    gs,
                    x + secs(r, 0, 2),
                    "Window manager warning: Buggy client sent a _NET_ACTIVE_WINDOW message with a timestamp of 0 for %s",
                    f"Window manager warning: Buggy client sent a _NET_ACTIVE_WINDOW message with a timestamp of 0 for 0x{r.randrange(0x1800000, 0x4800000):x}",
                )
            if r.random() < 0.25:
                e(
                    gs,
                    x + secs(r, 0, 2),
                    "meta_window_set_stack_position_no_sync: assertion 'window->stack_position >= 0' failed",
                    "meta_window_set_stack_position_no_sync: assertion 'window->stack_position >= 0' failed",
                )
            if r.random() < 0.1:
                e(
                    "xdg-desktop-portal-gnome",
                    x + secs(r, 1, 3),
                    "Failed to associate portal window with parent window",
                    "Failed to associate portal window with parent window",
                )
        # GC sweep criticals with their stack dumps
        for _k in range(3 if second else 2):
            x = start + timedelta(minutes=r.uniform(30, 150))
            if not awake(x):
                continue
            ctx = r.randrange(0x55D000000000, 0x55DFFFFFFFFF)
            x = e(
                gs,
                x,
                "Attempting to call back into JSAPI during the sweeping phase of GC. This is most likely caused by not destroying a Clutter actor or Gtk+ widget with ::destroy signals connected, but can also be caused by using the destroy(), dispose(), or remove() vfuncs. Because it would crash the application, it has been blocked and the JS callback not invoked.\\nThe offending signal was %s on %s %p.",
                f"Attempting to call back into JSAPI during the sweeping phase of GC. This is most likely caused by not destroying a Clutter actor or Gtk+ widget with ::destroy signals connected, but can also be caused by using the destroy(), dispose(), or remove() vfuncs. Because it would crash the application, it has been blocked and the JS callback not invoked.\nThe offending signal was destroy on StBoxLayout 0x{ctx + 0x2A40:x}.",
            )
            x = e(
                gs,
                x,
                "== Stack trace for context %p ==",
                f"== Stack trace for context 0x{ctx:x} ==",
            )
            for i, (f, ln) in enumerate(GS_GC_FRAMES):
                x = e(
                    gs,
                    x,
                    "#%zu %14p %c   %s:%d (%p @ %u)",
                    f"#{i} {ctx + 0x1000 * (i + 3):14x} {'i' if i else 'b'}   {f}:{ln} ({0x3A1F0000 + 0x2C0 * i:x} @ {r.randrange(20, 400)})",
                )
            for _ in range(r.randrange(2, 5)):
                x = e(
                    gs,
                    x,
                    "g_object_ref: assertion 'G_IS_OBJECT (object)' failed",
                    f"(gnome-shell:{pids[gs]}): GLib-GObject-CRITICAL **: {x:%H:%M:%S}.{ms3(x)}: g_object_ref: assertion 'G_IS_OBJECT (object)' failed",
                )
                x = e(
                    gs,
                    x,
                    "g_object_unref: assertion 'G_IS_OBJECT (object)' failed",
                    f"(gnome-shell:{pids[gs]}): GLib-GObject-CRITICAL **: {x:%H:%M:%S}.{ms3(x)}: g_object_unref: assertion 'G_IS_OBJECT (object)' failed",
                )
        # lunch: lid closed, suspend, resume
        x = e("systemd-logind", suspend[0] - secs(r, 1, 2), "Lid closed.", "Lid closed.")
        x = e("systemd-logind", x, "The system will suspend now!", "The system will suspend now!")
        x = e(
            "systemd-sleep",
            x + secs(r, 0.5, 1),
            "Performing sleep operation '%s'...",
            "Performing sleep operation 'suspend'...",
        )
        x = e("kernel", x, "PM: suspend entry (%s)", "PM: suspend entry (s2idle)", pid=None)
        x = suspend[1]
        x = e("kernel", x, "PM: suspend exit", "PM: suspend exit", pid=None)
        x = e(
            "systemd-sleep",
            x,
            "System returned from sleep operation '%s'.",
            "System returned from sleep operation 'suspend'.",
        )
        x = e("systemd-logind", x, "Lid opened.", "Lid opened.")
        x = e("systemd-logind", x, "Operation '%s' finished.", "Operation 'suspend' finished.")
        for _ in range(r.randrange(6, 12)):
            x = e(
                gs,
                x + secs(r, 0, 3),
                "libinput error: client bug: timer %s: scheduled expiry is in the past (-%dms), your system is too slow",
                f"libinput error: client bug: timer event{r.choice([3, 7])} {r.choice(['debounce', 'debounce short', 'keyboard'])}: scheduled expiry is in the past (-{r.randrange(2, 900)}ms), your system is too slow",
            )
        for y in poisson(r, x, x + timedelta(minutes=40), 45):
            e(
                gs,
                y,
                "libinput error: kernel bug: Touch jump detected and discarded.\\nSee %stouchpad-jumping-cursors.html for details",
                "libinput error: event7  - SYNA8018:00 06CB:CE67 Touchpad: kernel bug: Touch jump detected and discarded.\nSee https://wayland.freedesktop.org/libinput/doc/1.25.0/touchpad-jumping-cursors.html for details",
            )
        # the end of the boot: logout and shutdown
        x = e(
            "gdm-password]",
            t_end,
            "session closed for user %s",
            "pam_unix(gdm-password:session): session closed for user alice",
        )
        return rec.into(Log(name, t0))

    logs.append(
        boot(
            "journal-boot-1.log",
            3,
            at(8, 52, 31) - timedelta(days=1),
            at(17, 38, 2) - timedelta(days=1),
            {
                "gdm-launch-environment]": 1288,
                "greeter": 1301,
                "gdm-password]": 2190,
                "gnome-shell": 2345,
                "gnome-session-binary": 2211,
                "xdg-desktop-portal-gnome": 2790,
                "systemd-logind": 912,
                "systemd-sleep": 9013,
            },
            False,
        )
    )
    logs.append(
        boot(
            "journal-boot0.log",
            4,
            at(8, 31, 5),
            at(16, 2, 44),
            {
                "gdm-launch-environment]": 1279,
                "greeter": 1296,
                "gdm-password]": 2174,
                "gnome-shell": 2318,
                "gnome-session-binary": 2203,
                "xdg-desktop-portal-gnome": 2771,
                "systemd-logind": 905,
                "systemd-sleep": 8876,
            },
            True,
        )
    )
    return logs


# --------------------------------------------------------------------------------- pipewire

PW_USB = "alsa_output.usb-Focusrite_Scarlett_2i2_USB_Y8XJ4G1230A5B7-00.HiFi__Line1__sink"
PW_USB_DEV = "hw:2,0"
PW_HEADSET = "88:C9:E8:4B:1D:70"
PW_ENDPOINTS = [
    "/MediaEndpoint/A2DPSink/ldac",
    "/MediaEndpoint/A2DPSource/ldac",
    "/MediaEndpoint/A2DPSink/aptx_hd",
    "/MediaEndpoint/A2DPSource/aptx_hd",
    "/MediaEndpoint/A2DPSink/aptx",
    "/MediaEndpoint/A2DPSource/aptx",
    "/MediaEndpoint/A2DPSink/aac",
    "/MediaEndpoint/A2DPSource/aac",
    "/MediaEndpoint/A2DPSink/sbc",
    "/MediaEndpoint/A2DPSource/sbc",
    "/MediaEndpoint/A2DPSink/sbc_xq",
    "/MediaEndpoint/A2DPSource/sbc_xq",
]
PW_CLIENTS = [
    ("Firefox", 0.4),
    ("ZOOM VoiceEngine", 0.25),
    ("Spotify", 0.2),
    ("speech-dispatcher-dummy", 0.15),
]
PW_CORE = """Process {pid} (pipewire) of user 1000 dumped core.

Module libspa-bluez5.so from deb pipewire-1.0.5-1ubuntu1.amd64
Module libpipewire-0.3.so.0 from deb pipewire-1.0.5-1ubuntu1.amd64
Stack trace of thread {tid}:
#0  0x00007f61c2b4a1f3 media_on_timeout (libspa-bluez5.so + 0x4a1f3)
#1  0x00007f61c3d0e8c1 spa_loop_utils_source_timer_func (libspa-support.so + 0xe8c1)
#2  0x00007f61c3d0c6b2 loop_iterate (libspa-support.so + 0xc6b2)
#3  0x00007f61c3f4c1de do_loop (libpipewire-0.3.so.0 + 0x4c1de)
#4  0x00007f61c38a1e2c start_thread (libc.so.6 + 0x9ae2c)
#5  0x00007f61c3923a4c __clone3 (libc.so.6 + 0x11ba4c)
ELF object binary architecture: AMD x86-64"""


def pipewire(r: random.Random) -> list[Log]:
    """PipeWire 1.0.5 and WirePlumber 0.4 on a desktop (Ubuntu 24.04), 08:50 to 18:00, as
    `journalctl --user -o short` (`journal-user.log`: pipewire, wireplumber, pipewire-pulse and
    the user's systemd) and the system journal (`journal-system.log`: bluetoothd, rtkit-daemon,
    systemd-coredump, the kernel): the session starting (`mod.rt`, `mod.jackdbus-detect`,
    UPower, the libcamera plugin), a Scarlett USB interface with xruns all through a video call
    from 10:00 to 11:05 (`spa.alsa: hw:2,0: (%d suppressed) snd_pcm_avail after recover: Broken
    pipe`, `follower delay ... resync`, `pw.node: ... graph xrun`), a Bluetooth headset connected
    and disconnected six times (bluetoothd's endpoints and transports, the AVRCP input device,
    WirePlumber's failing volume and links, pipewire-pulse's clients failing), pipewire
    crashing at 14:32 in the bluez5 plugin (systemd-coredump's report with its stack, the user's
    systemd restarting it and its bound units), and RealtimeKit granting threads all day."""
    clock = Clock(1_000_000)
    host = "studio"
    user, system = Records(), Records()
    pids = {
        "pipewire": 1873,
        "wireplumber": 1876,
        "pipewire-pulse": 1878,
        "systemd": 1742,
        "bluetoothd": 884,
        "rtkit-daemon": 1021,
        "systemd-coredump": 0,
    }
    rt = {"threads": 0, "procs": set()}

    def e(
        rec: Records, ident: str, t: datetime, fmt: str, msg: str, pid: int | None = -1
    ) -> datetime:
        p = pids.get(ident) if pid == -1 else pid
        t = clock.at((ident, p), t)
        rec.add(t, jlines(journal(t, host, ident, p), msg), fmt)
        return t

    def rtkit(t: datetime, proc: int, owner: str, prio: int) -> datetime:
        tid = proc + r.randrange(1, 40)
        rt["threads"] += 1
        rt["procs"].add(proc)
        t = e(
            system,
            "rtkit-daemon",
            t,
            "Successfully made thread %llu of process %llu owned by '%s' RT at priority %u.",
            f"Successfully made thread {tid} of process {proc} owned by '{owner}' RT at priority {prio}.",
        )
        return e(
            system,
            "rtkit-daemon",
            t,
            "Supervising %u threads of %u processes of %u users.",
            f"Supervising {rt['threads']} threads of {len(rt['procs'])} processes of 1 users.",
        )

    def endpoints(t: datetime, sender: str, reg: bool) -> datetime:
        word = "registered" if reg else "unregistered"
        for ep in PW_ENDPOINTS:
            t = e(
                system,
                "bluetoothd",
                t,
                f"Endpoint {word}: sender=%s path=%s",
                f"Endpoint {word}: sender={sender} path={ep}",
            )
        return t

    def start(t: datetime, first: bool, sender: str) -> datetime:
        t = e(
            user,
            "systemd",
            t,
            "Started %s.",
            "Started pipewire.service - PipeWire Multimedia Service.",
        )
        for _i in range(3):
            t = rtkit(t + secs(r, 0.05, 0.2), pids["pipewire"], "alice", 20)
        t = e(
            user,
            "pipewire",
            t,
            "Can't find org.freedesktop.portal.Desktop. Is xdg-desktop-portal running?",
            "mod.rt: Can't find org.freedesktop.portal.Desktop. Is xdg-desktop-portal running?",
        )
        t = e(
            user,
            "pipewire",
            t,
            "found session bus but no portal",
            "mod.rt: found session bus but no portal",
        )
        t = e(
            user,
            "systemd",
            t,
            "Started %s.",
            "Started wireplumber.service - Multimedia Service Session Manager.",
        )
        t = e(
            user,
            "systemd",
            t,
            "Started %s.",
            "Started pipewire-pulse.service - PipeWire PulseAudio.",
        )
        t = e(
            user,
            "pipewire-pulse",
            t,
            "Can't find org.freedesktop.portal.Desktop. Is xdg-desktop-portal running?",
            "mod.rt: Can't find org.freedesktop.portal.Desktop. Is xdg-desktop-portal running?",
        )
        t = e(
            user,
            "pipewire-pulse",
            t,
            "found session bus but no portal",
            "mod.rt: found session bus but no portal",
        )
        t = rtkit(t, pids["pipewire-pulse"], "alice", 20)
        t = e(
            user,
            "wireplumber",
            t,
            "SPA handle '%s' could not be loaded; is it installed?",
            "wp-device: SPA handle 'api.libcamera.enum.manager' could not be loaded; is it installed?",
        )
        t = e(
            user,
            "wireplumber",
            t,
            "PipeWire's libcamera SPA plugin is missing or broken. Some camera types may not be supported.",
            "s-monitors-libcamera: PipeWire's libcamera SPA plugin is missing or broken. Some camera types may not be supported.",
        )
        t = rtkit(t, pids["wireplumber"], "alice", 20)
        t = endpoints(t + secs(r, 0.1, 0.3), sender, True)
        t = e(
            user,
            "wireplumber",
            t,
            "Failed to get percentage from UPower: %s",
            "default: Failed to get percentage from UPower: org.freedesktop.DBus.Error.NameHasNoOwner",
        )
        t = e(
            user,
            "pipewire",
            t + secs(r, 0.5, 1.5),
            "Failed to receive jackdbus reply: %s: %s",
            "mod.jackdbus-detect: Failed to receive jackdbus reply: org.freedesktop.DBus.Error.ServiceUnknown: The name org.jackaudio.service was not provided by any .service files",
        )
        return t

    t0, t_end = at(8, 50, 12), at(18, 0, 0)
    start(t0, True, ":1.61")
    call = (at(10, 0, 40), at(11, 5, 10))
    crash = at(14, 32, 7)
    headset = [
        (at(9, 12, 3), at(9, 58, 40)),
        (at(11, 20, 5), at(12, 2, 10)),
        (at(13, 40, 0), crash + timedelta(seconds=1)),
        (at(15, 2, 30), at(15, 44, 0)),
        (at(16, 10, 12), at(16, 31, 7)),
        (at(17, 5, 0), at(17, 48, 30)),
    ]
    senders = iter([":1.93", ":1.94"])
    avrcp = iter(range(27, 60))

    # xruns through the video call
    suppressed = 0
    for x in poisson(r, call[0], call[1], 14):
        k = r.randrange(0, 12)
        x = e(
            user,
            "pipewire",
            x,
            "%s: (%d suppressed) snd_pcm_avail after recover: %s",
            f"spa.alsa: {PW_USB_DEV}: ({k} suppressed) snd_pcm_avail after recover: Broken pipe",
        )
        if r.random() < 0.6:
            x = e(
                user,
                "pipewire",
                x,
                "%s: follower delay:%ld target:%ld thr:%u, resync (%d suppressed)",
                f"spa.alsa: {PW_USB_DEV}: follower delay:{r.randrange(2048, 8192)} target:1024 thr:1024, resync ({r.randrange(0, 9)} suppressed)",
            )
        if r.random() < 0.35:
            e(
                user,
                "pipewire",
                x,
                "(%s-%d) graph xrun not-triggered (%d suppressed)",
                f"pw.node: ({PW_USB}-{r.choice([48, 52, 55])}) graph xrun not-triggered ({suppressed} suppressed)",
            )
            suppressed = r.randrange(0, 30)
    # a few xruns outside the call
    for x in poisson(r, t0 + timedelta(minutes=30), t_end, 1400):
        e(
            user,
            "pipewire",
            x,
            "%s: (%d suppressed) snd_pcm_avail after recover: %s",
            f"spa.alsa: {PW_USB_DEV}: (0 suppressed) snd_pcm_avail after recover: Broken pipe",
        )

    # clients starting streams: RealtimeKit, and pipewire-pulse's failures
    for x in poisson(r, t0 + timedelta(minutes=2), t_end, 115):
        if crash <= x < crash + timedelta(seconds=5):
            continue
        name = r.choices([c[0] for c in PW_CLIENTS], [c[1] for c in PW_CLIENTS])[0]
        cpid = r.randrange(3000, 40000)
        x = rtkit(x, cpid, "alice", 10)
        if r.random() < 0.3:
            cmd = r.choice(
                [
                    (9, "CREATE_RECORD_STREAM", 25, "Input/output error"),
                    (39, "SET_SINK_INPUT_VOLUME", 2, "No such file or directory"),
                    (3, "CREATE_PLAYBACK_STREAM", 25, "Input/output error"),
                ]
            )
            e(
                user,
                "pipewire-pulse",
                x + secs(r, 0, 1),
                "client %p [%s]: ERROR command:%d (%s) tag:%u error:%d (%s)",
                f"mod.protocol-pulse: client 0x{r.randrange(0x55A000000000, 0x55AFFFFFFFFF):x} [{name}]: ERROR command:{cmd[0]} ({cmd[1]}) tag:{r.randrange(5, 400)} error:{cmd[2]} ({cmd[3]})",
            )
        if r.random() < 0.08:
            e(
                user,
                "pipewire",
                x + secs(r, 0, 1),
                "%p: error id:%u seq:%d res:%d (%s): enum params id:%d (%s) failed",
                f"pw.core: 0x{r.randrange(0x55A000000000, 0x55AFFFFFFFFF):x}: error id:{r.randrange(40, 120)} seq:{r.randrange(100, 900)} res:-2 (No such file or directory): enum params id:16 (Spa:Enum:ParamId:ProcessLatency) failed",
            )

    # the headset
    for on, off in headset:
        x = (
            e(
                system,
                "bluetoothd",
                on,
                "%s profile connect failed for %s: %s",
                f"src/service.c:btd_service_connect() a2dp-sink profile connect failed for {PW_HEADSET}: Protocol not available",
            )
            if r.random() < 0.4
            else on
        )
        x = e(
            system,
            "kernel",
            x + secs(r, 1, 3),
            "input: %s as %s",
            f"input: WH-1000XM4 (AVRCP) as /devices/virtual/input/input{next(avrcp)}",
            pid=None,
        )
        fd = r.randrange(20, 60)
        x = e(
            system,
            "bluetoothd",
            x + secs(r, 0.5, 2),
            "%s: fd(%d) ready",
            f"/org/bluez/hci0/dev_{PW_HEADSET.replace(':', '_')}/sep1/fd{fd - 20}: fd({fd}) ready",
        )
        for _ in range(r.randrange(1, 4)):
            x = e(
                user,
                "wireplumber",
                x + secs(r, 0.2, 2),
                "set volume %d failed for transport %s (%s)",
                f"set volume {r.randrange(60, 128)} failed for transport /org/bluez/hci0/dev_{PW_HEADSET.replace(':', '_')}/sep1/fd{fd - 20} (No such property 'Volume')",
            )
        if r.random() < 0.5:
            x = e(
                user,
                "wireplumber",
                x + secs(r, 1, 3),
                "RFCOMM receive command but modem not available: %s",
                f"spa.bluez5.native: RFCOMM receive command but modem not available: {r.choice(['AT+CLCC', 'AT+COPS?', 'AT+CNUM'])}",
            )
        # profile switches during use
        y = x + timedelta(minutes=r.uniform(3, 10))
        while y < off - timedelta(minutes=2):
            fd = r.randrange(20, 60)
            e(
                system,
                "bluetoothd",
                y,
                "%s: fd(%d) ready",
                f"/org/bluez/hci0/dev_{PW_HEADSET.replace(':', '_')}/sep1/fd{fd - 20}: fd({fd}) ready",
            )
            if r.random() < 0.4:
                e(
                    user,
                    "wireplumber",
                    y + secs(r, 0, 1),
                    "Failed to acquire transport %s: %s",
                    f"spa.bluez5: Failed to acquire transport /org/bluez/hci0/dev_{PW_HEADSET.replace(':', '_')}/sep1/fd{fd - 20}: org.bluez.Error.NotAvailable",
                )
            y += timedelta(minutes=r.uniform(4, 14))
        if off > crash:
            continue
        x = e(
            user,
            "wireplumber",
            off,
            "<WpAsyncEventHook:%p> failed: <WpSiStandardLink:%p> link failed: some node was destroyed before the link was created",
            f"wp-event-dispatcher: <WpAsyncEventHook:0x{r.randrange(0x55B000000000, 0x55BFFFFFFFFF):x}> failed: <WpSiStandardLink:0x{r.randrange(0x55B000000000, 0x55BFFFFFFFFF):x}> link failed: some node was destroyed before the link was created",
        )
        for _ in range(r.randrange(1, 3)):
            x = e(
                user,
                "pipewire-pulse",
                x + secs(r, 0, 1),
                "client %p [%s]: ERROR command:%d (%s) tag:%u error:%d (%s)",
                f"mod.protocol-pulse: client 0x{r.randrange(0x55A000000000, 0x55AFFFFFFFFF):x} [{r.choice(['Firefox', 'ZOOM VoiceEngine'])}]: ERROR command:39 (SET_SINK_INPUT_VOLUME) tag:{r.randrange(5, 400)} error:2 (No such file or directory)",
            )

    # pipewire crashes in the bluez5 plugin; systemd restarts it and the units bound to it
    old = pids["pipewire"]
    x = e(
        system,
        "systemd-coredump",
        crash,
        "Process %d (%s) of user %u terminated abnormally with signal %d/%s, processing...",
        f"Process {old} (pipewire) of user 1000 terminated abnormally with signal 11/SEGV, processing...",
        pid=93211,
    )
    x = e(
        user,
        "systemd",
        x,
        "Main process exited, code=%s, status=%i/%s",
        "pipewire.service: Main process exited, code=dumped, status=11/SEGV",
    )
    x = e(
        user,
        "systemd",
        x,
        "Failed with result '%s'.",
        "pipewire.service: Failed with result 'core-dump'.",
    )
    for unit, desc in [
        ("wireplumber.service", "Multimedia Service Session Manager"),
        ("pipewire-pulse.service", "PipeWire PulseAudio"),
    ]:
        x = e(user, "systemd", x, "Stopped %s.", f"Stopped {unit} - {desc}.")
        x = e(
            user,
            "systemd",
            x,
            "Consumed %s CPU time.",
            f"{unit}: Consumed {r.uniform(2, 90):.3f}s CPU time.",
        )
    x = endpoints(x, ":1.61", False)
    x = e(
        user,
        "systemd",
        x,
        "Consumed %s CPU time.",
        f"pipewire.service: Consumed {r.uniform(5, 15):.0f}min {r.uniform(0, 59):.3f}s CPU time.",
    )
    x = e(
        system,
        "systemd-coredump",
        x + secs(r, 1, 3),
        "Process %d (%s) of user %u dumped core.",
        PW_CORE.format(pid=old, tid=old + 12),
        pid=93211,
    )
    x = e(
        user,
        "systemd",
        x,
        "Scheduled restart job, restart counter is at %u.",
        "pipewire.service: Scheduled restart job, restart counter is at 1.",
    )
    pids.update({"pipewire": 93240, "wireplumber": 93243, "pipewire-pulse": 93244})
    rt["threads"], rt["procs"] = 0, set()
    start(x + secs(r, 0.1, 0.3), False, next(senders))
    return [system.into(Log("journal-system.log", t0)), user.into(Log("journal-user.log", t0))]


# --------------------------------------------------------------------------------- xray

XR_VERSION = "1.8.13"
XR_USERS = {
    # email: (client address, share of traffic)
    "alice@vpn": ("83.221.14.57", 0.3),
    "bob@vpn": ("178.176.73.12", 0.25),
    "carol@vpn": ("94.25.168.201", 0.2),
    "dave@vpn": ("213.87.131.44", 0.15),
    "erin@vpn": ("46.138.55.9", 0.1),
}
XR_SITES = [
    ("www.google.com", 443, 0.14),
    ("www.youtube.com", 443, 0.1),
    ("rr3---sn-4g5e6nzz.googlevideo.com", 443, 0.1),
    ("api.telegram.org", 443, 0.06),
    ("web.whatsapp.com", 443, 0.04),
    ("www.instagram.com", 443, 0.06),
    ("graph.instagram.com", 443, 0.03),
    ("github.com", 443, 0.04),
    ("api.github.com", 443, 0.03),
    ("www.reddit.com", 443, 0.04),
    ("discord.com", 443, 0.04),
    ("gateway.discord.gg", 443, 0.03),
    ("x.com", 443, 0.04),
    ("abs.twimg.com", 443, 0.03),
    ("open.spotify.com", 443, 0.03),
    ("chat.openai.com", 443, 0.04),
    ("www.wikipedia.org", 443, 0.02),
    ("imap.gmail.com", 993, 0.02),
    ("149.154.167.51", 443, 0.04),
    ("91.108.56.130", 443, 0.02),
]
XR_ADS = [
    "googleads.g.doubleclick.net",
    "an.yandex.ru",
    "mc.yandex.ru",
    "pagead2.googlesyndication.com",
    "ads.tiktok.com",
]
XR_SLOW = [
    ("media.slowcdn.example", 443),
    ("185.199.110.133", 443),
    ("files.mirror-eu.example", 443),
]
XR_SCANNERS = ["45.148.10.92", "167.94.138.41", "198.235.24.160", "206.168.34.77"]


def xray(r: random.Random) -> list[Log]:
    """Xray-core 1.8 behind a 3x-ui panel on a VPS, a VLESS + REALITY inbound `in-vless`, the
    outbounds `direct` (freedom) and `block` (blackhole), `loglevel: info`, 06:00 to 12:00:
    `access.log` (`from %s accepted %s [%s -> %s] email: %s`, rejected requests with their reason)
    and `error.log` (`[Info] [%d] path: msg`, errors chained with ` > `): five users' traffic
    (each connection's `firstLen`, `received request for`, sniffing, routing, freedom's dial, the
    end), ads and private addresses routed to `block`, three slow destinations timing out (`failed
    to process outbound traffic > proxy/freedom: failed to open connection to ... > common/retry:
    [dial tcp ...: i/o timeout ...] > common/retry: all retry attempts failed`), the host's resolver
    failing for 25 minutes from 07:40 (`lookup ... server misbehaving` in the same chain, and the
    DNS module's own `failed to lookup ip`), scanners probing the inbound, and bob's quota used
    up at 09:40: the panel removes him and restarts Xray, and his client is rejected (`invalid
    request user id`) until he is given more traffic at 10:15 (another restart)."""
    clock = Clock(1_000_000)
    acc, err = Records(), Records()
    t0, t_end = at(6, 0, 0), at(12, 0, 0)
    dns_down = (at(7, 40, 12), at(8, 5, 30))
    quota = (at(9, 40, 3), at(10, 15, 20))

    def E(t: datetime, level: str, fmt: str, msg: str, sid: int | None = None) -> datetime:
        t = clock.at("error", t)
        s = f" [{sid}]" if sid is not None else ""
        err.add(t, [f"{t:%Y/%m/%d %H:%M:%S} [{level}]{s} {msg}"], fmt)
        return t

    def A(t: datetime, fmt: str, msg: str) -> datetime:
        t = clock.at("access", t)
        acc.add(t, [f"{t:%Y/%m/%d %H:%M:%S} {msg}"], fmt)
        return t

    def startup(t: datetime) -> datetime:
        t = E(
            t,
            "Info",
            "infra/conf/serial: Reading config: %s",
            "infra/conf/serial: Reading config: &{Name:/usr/local/x-ui/bin/config.json Format:json}",
        )
        t = E(
            t,
            "Info",
            "transport/internet/tcp: listening TCP on %s:%d",
            "transport/internet/tcp: listening TCP on 0.0.0.0:443",
        )
        t = E(
            t,
            "Info",
            "transport/internet/tcp: listening TCP on %s:%d",
            "transport/internet/tcp: listening TCP on 127.0.0.1:62789",
        )
        return E(t, "Warning", "core: Xray %s started", f"core: Xray {XR_VERSION} started")

    startup(t0)
    startup(quota[0] + secs(r, 1, 3))
    startup(quota[1] + secs(r, 1, 3))
    emails = list(XR_USERS)
    weights = [XR_USERS[u][1] for u in emails]

    def conn(t: datetime, user: str) -> None:
        sid = r.randrange(10_000_000, 4_294_967_295)
        ip = XR_USERS[user][0]
        src = f"{ip}:{r.randrange(20000, 65535)}"
        if quota[0] <= t < quota[1] and user == "bob@vpn":
            t = E(
                t,
                "Info",
                "app/proxyman/inbound: connection ends > proxy/vless/inbound: invalid request from %s > proxy/vless/encoding: invalid request user id",
                f"app/proxyman/inbound: connection ends > proxy/vless/inbound: invalid request from {src} > proxy/vless/encoding: invalid request user id",
                sid,
            )
            A(
                t,
                "from %s rejected  proxy/vless/encoding: invalid request user id",
                f"from {src} rejected  proxy/vless/encoding: invalid request user id",
            )
            return
        roll = r.random()
        if roll < 0.07:
            host, port = r.choice(XR_ADS), 443
        elif roll < 0.1:
            host, port = r.choice(XR_SLOW)
        else:
            host, port = r.choices([s[:2] for s in XR_SITES], [s[2] for s in XR_SITES])[0]
        udp = host == "149.154.167.51" and r.random() < 0.3
        net = "udp" if udp else "tcp"
        dest = f"{net}:{host}:{port}"
        t = E(
            t,
            "Info",
            "proxy/vless/inbound: firstLen = %d",
            f"proxy/vless/inbound: firstLen = {r.choice([517, 517, 517, 583, 1369, 246])}",
            sid,
        )
        t = E(
            t,
            "Info",
            "proxy/vless/inbound: received request for %s",
            f"proxy/vless/inbound: received request for {dest}",
            sid,
        )
        if not host[0].isdigit() and r.random() < 0.3 and not (dns_down[0] <= t < dns_down[1]):
            # IPIfNonMatch: the router resolves the domain for the geoip rules
            t = E(
                t,
                "Info",
                "app/dns: domain %s will use DNS in order: %s",
                f"app/dns: domain {host} will use DNS in order: [UDP:1.1.1.1:53 localhost]",
            )
            ips = ", ".join(
                f"{r.randrange(100, 223)}.{r.randrange(1, 255)}.{r.randrange(1, 255)}.{r.randrange(1, 255)}"
                for _ in range(r.choice([1, 1, 2, 4]))
            )
            t = E(
                t,
                "Info",
                "app/dns: UDP:%s got answer: %s %s -> %s %s",
                f"app/dns: UDP:1.1.1.1:53 got answer: {host}. TypeA -> [{ips}] {r.uniform(3, 80):.6f}ms",
            )
        if host[0].isdigit() and r.random() < 0.5 and not udp:
            t = E(
                t,
                "Info",
                "app/dispatcher: sniffed domain: %s",
                f"app/dispatcher: sniffed domain: {r.choice(['telegram.org', 'web.telegram.org'])}",
                sid,
            )
        if host in XR_ADS:
            t = E(
                t,
                "Info",
                "app/dispatcher: taking detour [%s] for [%s]",
                f"app/dispatcher: taking detour [block] for [{dest}]",
                sid,
            )
            A(
                t,
                "from %s accepted %s [%s -> %s] email: %s",
                f"from {src} accepted {dest} [in-vless -> block] email: {user}",
            )
            return
        t = E(
            t,
            "Info",
            "app/dispatcher: default route for %s",
            f"app/dispatcher: default route for {dest}",
            sid,
        )
        A(
            t,
            "from %s accepted %s [%s -> %s] email: %s",
            f"from {src} accepted {dest} [in-vless -> direct] email: {user}",
        )
        t = E(
            t,
            "Info",
            "proxy/freedom: opening connection to %s",
            f"proxy/freedom: opening connection to {dest}",
            sid,
        )
        down = dns_down[0] <= t < dns_down[1] and not host[0].isdigit()
        if udp:
            t = E(
                t,
                "Info",
                "transport/internet/udp: dispatch request to: %s",
                f"transport/internet/udp: dispatch request to: {dest}",
                sid,
            )
        else:
            t = E(
                t,
                "Info",
                "transport/internet/tcp: dialing TCP to %s",
                f"transport/internet/tcp: dialing TCP to {dest}",
                sid,
            )
        if down or (host, port) in XR_SLOW:
            if down:
                E(
                    t,
                    "Info",
                    "app/dns: failed to lookup ip for domain %s at server %s > context deadline exceeded",
                    f"app/dns: failed to lookup ip for domain {host} at server udp://1.1.1.1:53 > context deadline exceeded",
                )
                inner = f"dial tcp: lookup {host} on 127.0.0.53:53: server misbehaving"
                n = r.choice([2, 3])
            else:
                inner = f"dial tcp {r.choice(['104.21.', '172.67.', '185.199.'])}{r.randrange(1, 255)}.{r.randrange(1, 255)}:{port}: i/o timeout"
                n = r.choice([2, 3, 4, 5])
            t += secs(r, 4, 16)
            E(
                t,
                "Warning",
                "app/proxyman/outbound: failed to process outbound traffic > proxy/freedom: failed to open connection to %s > common/retry: [%s] > common/retry: all retry attempts failed",
                f"app/proxyman/outbound: failed to process outbound traffic > proxy/freedom: failed to open connection to {dest} > common/retry: [{' '.join([inner] * n)}] > common/retry: all retry attempts failed",
                sid,
            )
            t = E(
                t,
                "Info",
                "app/proxyman/inbound: connection ends > proxy/vless/inbound: connection ends > io: read/write on closed pipe",
                "app/proxyman/inbound: connection ends > proxy/vless/inbound: connection ends > io: read/write on closed pipe",
                sid,
            )
            return
        local = f"{r.choice(['203.0.113.17', '[2001:db8:41::17]'])}:{r.randrange(32768, 60999)}"
        remote = (
            host
            if host[0].isdigit()
            else f"{r.randrange(100, 223)}.{r.randrange(1, 255)}.{r.randrange(1, 255)}.{r.randrange(1, 255)}"
        )
        t = E(
            t + secs(r, 0.01, 0.5),
            "Info",
            "proxy/freedom: connection opened to %s, local endpoint %s, remote endpoint %s",
            f"proxy/freedom: connection opened to {dest}, local endpoint {local}, remote endpoint {remote}:{port}",
            sid,
        )
        if r.random() < 0.45:
            end = t + secs(r, 5, 600)
            k = r.random()
            if k < 0.15:
                E(
                    end,
                    "Info",
                    "app/proxyman/inbound: connection ends > proxy/vless/inbound: connection ends > proxy/vless/inbound: failed to transfer request payload > io: read/write on closed pipe",
                    "app/proxyman/inbound: connection ends > proxy/vless/inbound: connection ends > proxy/vless/inbound: failed to transfer request payload > io: read/write on closed pipe",
                    sid,
                )
            elif k < 0.3:
                E(
                    end,
                    "Info",
                    "app/proxyman/outbound: failed to process outbound traffic > proxy/freedom: connection ends > context canceled",
                    "app/proxyman/outbound: failed to process outbound traffic > proxy/freedom: connection ends > context canceled",
                    sid,
                )
            elif k < 0.65:
                E(
                    end,
                    "Info",
                    "app/proxyman/inbound: connection ends > proxy/vless/inbound: connection ends > context canceled",
                    "app/proxyman/inbound: connection ends > proxy/vless/inbound: connection ends > context canceled",
                    sid,
                )
            else:
                E(
                    end,
                    "Info",
                    "proxy/freedom: connection ends > readfrom %s %s->%s: read %s %s->%s: read: connection reset by peer",
                    f"proxy/freedom: connection ends > readfrom tcp {local}->{remote}:{port}: read tcp {local}->{remote}:{port}: read: connection reset by peer",
                    sid,
                )

    # the panel's stats API, through the `api` inbound
    for x in poisson(r, t0 + timedelta(seconds=5), t_end, 110):
        A(
            x,
            "from %s accepted %s [%s -> %s]",
            f"from 127.0.0.1:{r.randrange(32768, 60999)} accepted tcp:127.0.0.1:62789 [api -> api]",
        )
    for x in poisson(r, t0 + timedelta(seconds=20), t_end, 78):
        conn(x, r.choices(emails, weights)[0])
    # bob's client retries hard while he is rejected
    for x in poisson(r, quota[0] + timedelta(seconds=30), quota[1], 19):
        conn(x, "bob@vpn")
    # scanners probing the REALITY inbound
    for x in poisson(r, t0, t_end, 420):
        sid = r.randrange(10_000_000, 4_294_967_295)
        src = f"{r.choice(XR_SCANNERS)}:{r.randrange(20000, 65535)}"
        if r.random() < 0.6:
            x = E(
                x,
                "Info",
                "app/proxyman/inbound: connection ends > proxy/vless/inbound: invalid request from %s > proxy/vless/encoding: failed to read request version > EOF",
                f"app/proxyman/inbound: connection ends > proxy/vless/inbound: invalid request from {src} > proxy/vless/encoding: failed to read request version > EOF",
                sid,
            )
            A(
                x,
                "from %s rejected  proxy/vless/encoding: failed to read request version > EOF",
                f"from {src} rejected  proxy/vless/encoding: failed to read request version > EOF",
            )
        else:
            x = E(
                x,
                "Info",
                "app/proxyman/inbound: connection ends > proxy/vless/inbound: invalid request from %s > proxy/vless/encoding: invalid request version",
                f"app/proxyman/inbound: connection ends > proxy/vless/inbound: invalid request from {src} > proxy/vless/encoding: invalid request version",
                sid,
            )
            A(
                x,
                "from %s rejected  proxy/vless/encoding: invalid request version",
                f"from {src} rejected  proxy/vless/encoding: invalid request version",
            )
    # UDP relay ends
    for x in poisson(r, t0, t_end, 900):
        E(
            x,
            "Info",
            "transport/internet/udp: failed to handle UDP input > io: read/write on closed pipe",
            "transport/internet/udp: failed to handle UDP input > io: read/write on closed pipe",
        )
    return [acc.into(Log("access.log", t0)), err.into(Log("error.log", t0))]


# --------------------------------------------------------------------------------- neutron

NT_PY = "/usr/lib/python3/dist-packages"
NT_NETS = [uuid4(random.Random(f"neutron-net-{i}")) for i in range(9)]
NT_ROUTERS = [uuid4(random.Random(f"neutron-router-{i}")) for i in range(4)]
NT_RABBIT = ["10.20.0.11", "10.20.0.12", "10.20.0.13"]
NT_TIMEOUT_TB = [
    (
        "oslo_messaging/_drivers/amqpdriver.py",
        441,
        "get",
        "return self._queues[msg_id].get(block=True, timeout=timeout)",
    ),
    ("eventlet/queue.py", 322, "get", "return waiter.wait()"),
    ("eventlet/queue.py", 141, "wait", "return get_hub().switch()"),
    ("eventlet/hubs/hub.py", 313, "switch", "return self.greenlet.switch()"),
]
NT_TIMEOUT_TAIL = [
    ("oslo_messaging/rpc/client.py", 190, "call", "result = self.transport._send("),
    (
        "oslo_messaging/transport.py",
        123,
        "_send",
        "return self._driver.send(target, ctxt, message,",
    ),
    (
        "oslo_messaging/_drivers/amqpdriver.py",
        689,
        "send",
        "return self._send(target, ctxt, message, wait_for_reply, timeout,",
    ),
    (
        "oslo_messaging/_drivers/amqpdriver.py",
        678,
        "_send",
        "result = self._waiter.wait(msg_id, timeout,",
    ),
    (
        "oslo_messaging/_drivers/amqpdriver.py",
        567,
        "wait",
        "message = self.waiters.get(msg_id, timeout=timeout)",
    ),
    ("oslo_messaging/_drivers/amqpdriver.py", 443, "get", "raise oslo_messaging.MessagingTimeout("),
]
NT_CALLERS = {
    "report_state": [
        (
            "neutron/plugins/ml2/drivers/openvswitch/agent/ovs_neutron_agent.py",
            372,
            "_report_state",
            "self.state_rpc.report_state(self.context,",
        ),
        (
            "neutron/agent/rpc.py",
            103,
            "report_state",
            "return method(context, 'report_state', **kwargs)",
        ),
    ],
    "report_state_dhcp": [
        (
            "neutron/agent/dhcp/agent.py",
            1023,
            "_report_state",
            "self.state_rpc.report_state(ctx, self.agent_state, self.use_call)",
        ),
        (
            "neutron/agent/rpc.py",
            103,
            "report_state",
            "return method(context, 'report_state', **kwargs)",
        ),
    ],
    "report_state_l3": [
        (
            "neutron/agent/l3/agent.py",
            1037,
            "_report_state",
            "self.state_rpc.report_state(self.context, self.agent_state,",
        ),
        (
            "neutron/agent/rpc.py",
            103,
            "report_state",
            "return method(context, 'report_state', **kwargs)",
        ),
    ],
    "get_active_networks_info": [
        (
            "neutron/agent/dhcp/agent.py",
            262,
            "sync_state",
            "active_networks = self.plugin_rpc.get_active_networks_info(",
        ),
        (
            "neutron/agent/dhcp/agent.py",
            903,
            "get_active_networks_info",
            "return cctxt.call(self.context, 'get_active_networks_info',",
        ),
        (
            "neutron_lib/rpc.py",
            157,
            "call",
            "return self._original_context.call(ctxt, method, **kwargs)",
        ),
    ],
    "sync_routers": [
        (
            "neutron/agent/l3/agent.py",
            881,
            "_process_router_if_compatible",
            "routers = self.plugin_rpc.get_routers(self.context,",
        ),
        (
            "neutron/agent/l3/agent.py",
            175,
            "get_routers",
            "return cctxt.call(context, 'sync_routers', host=self.host,",
        ),
        (
            "neutron_lib/rpc.py",
            157,
            "call",
            "return self._original_context.call(ctxt, method, **kwargs)",
        ),
    ],
}


def nt_traceback(caller: str, msg_id: str) -> list[str]:
    out = ["Traceback (most recent call last):"]
    out += pyframes(*[(f"{NT_PY}/{f}", n, fn, src) for f, n, fn, src in NT_TIMEOUT_TB])
    out += [
        "_queue.Empty",
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        "Traceback (most recent call last):",
    ]
    out += pyframes(
        *[(f"{NT_PY}/{f}", n, fn, src) for f, n, fn, src in NT_CALLERS[caller] + NT_TIMEOUT_TAIL]
    )
    out += [
        f"oslo_messaging.exceptions.MessagingTimeout: Timed out waiting for a reply to message ID {msg_id}",
        "",
    ]
    return out


def neutron(r: random.Random) -> list[Log]:
    """OpenStack Neutron (2023.2, ML2/OVS) on a small cloud, 06:00 to 10:00, oslo.log's files
    (`%Y-%m-%d %H:%M:%S.%03d PID LEVEL logger [req-... - - - - -] msg`, `[-]` without a
    context; an exception's traceback logged line by line with `PID ERROR logger ` before each
    line): `neutron-server.log` (the API's WSGI request lines, ML2's binding, the agents'
    health check with its table, Nova notifications), `compute-01-neutron-openvswitch-agent.log`
    and `compute-02-...` (ports wired and unwired, local VLANs, `Configuration for devices up
    ...`), `neutron-dhcp-agent.log` and `neutron-l3-agent.log` on the network node: RabbitMQ
    restarted under the agents from 07:12 to 07:19 (`AMQP server on %s:%d is unreachable`, `Failed
    reporting state!` with its MessagingTimeout traceback, `Timeout in RPC method`, `Increasing
    timeout`, the DHCP agent's `Unable to sync network state.`, the L3 agent's `Failed to process
    compatible router`, then `Reconnected`, `Agent has just been revived. Doing a full sync.` and
    the DHCP resync of every network); compute-02's OVS agent killed at 08:30 (the server
    `Refusing to bind port %s to dead agent`, `Failed to bind port ...` for the instances
    scheduled there) and restarted at 08:52 (its start-up, `OVS is restarted`, the stale flows
    cleaned, `Device %s not defined on plugin or binding failed` for the failed ports)."""
    clock = Clock(1000)
    t0, t_end = at(6, 0, 0), at(10, 0, 0)
    files = {
        "server": ("neutron-server.log", Records(), 2841),
        "ovs1": ("compute-01-neutron-openvswitch-agent.log", Records(), 3107),
        "ovs2": ("compute-02-neutron-openvswitch-agent.log", Records(), 3115),
        "dhcp": ("neutron-dhcp-agent.log", Records(), 2913),
        "l3": ("neutron-l3-agent.log", Records(), 2920),
    }
    pid = {k: v[2] for k, v in files.items()}
    req_of: dict[str, str] = {k: f"req-{uuid4(r)}" for k in files}
    rabbit_down = (at(7, 12, 4), at(7, 19, 31))
    ovs2_dead = (at(8, 30, 17), at(8, 52, 40))

    def L(
        svc: str,
        t: datetime,
        level: str,
        logger: str,
        fmt: str,
        msg: str,
        ctx: str | None = "agent",
        more: list[str] | None = None,
    ) -> datetime:
        t = clock.at((svc, pid[svc]), t)
        head = f"{t:%Y-%m-%d %H:%M:%S}.{ms3(t)} {pid[svc]} {level} {logger}"
        c = (
            "[-]"
            if ctx is None
            else (f"[{req_of[svc]} - - - - -]" if ctx == "agent" else f"[{ctx}]")
        )
        lines = f"{head} {c} {msg}".split("\n")
        for m in more or []:
            lines.append(f"{t:%Y-%m-%d %H:%M:%S}.{ms3(t)} {pid[svc]} ERROR {logger} {m}")
        files[svc][1].add(t, lines, fmt)
        return t

    def timeout_summary(msg_id: str) -> str:
        return f": oslo_messaging.exceptions.MessagingTimeout: Timed out waiting for a reply to message ID {msg_id}"

    OVS = "neutron.plugins.ml2.drivers.openvswitch.agent.ovs_neutron_agent"
    DHCP = "neutron.agent.dhcp.agent"
    L3 = "neutron.agent.l3.agent"
    WSGI = "neutron.wsgi"
    RABBIT = "oslo.messaging._drivers.impl_rabbit"
    logger_of = {"ovs1": OVS, "ovs2": OVS, "dhcp": DHCP, "l3": L3}
    rs_caller = {
        "ovs1": "report_state",
        "ovs2": "report_state",
        "dhcp": "report_state_dhcp",
        "l3": "report_state_l3",
    }
    hosts = {"ovs1": "compute-01", "ovs2": "compute-02", "dhcp": "network-01", "l3": "network-01"}
    # ports on each compute: port id -> (network, mac)
    ports: dict[str, dict[str, tuple[str, str]]] = {"ovs1": {}, "ovs2": {}}
    vlans: dict[str, dict[str, int]] = {"ovs1": {}, "ovs2": {}}
    failed_bind: list[str] = []

    def agent_start(svc: str, t: datetime) -> datetime:
        t = L(
            svc,
            t,
            "INFO",
            "neutron.agent.common.ovs_lib",
            "Bridge %s has datapath-ID %s",
            f"Bridge br-int has datapath-ID 0000{hexid(r, 12)}",
            ctx=None,
        )
        t = L(
            svc,
            t,
            "INFO",
            OVS,
            "Mapping physical network %(physical_network)s to bridge %(bridge)s",
            "Mapping physical network physnet1 to bridge br-provider",
            ctx=None,
        )
        t = L(
            svc,
            t,
            "INFO",
            "neutron.agent.common.ovs_lib",
            "Bridge %s has datapath-ID %s",
            f"Bridge br-provider has datapath-ID 0000{hexid(r, 12)}",
            ctx=None,
        )
        t = L(
            svc,
            t,
            "INFO",
            OVS,
            "RPC agent_id: %s",
            f"RPC agent_id: ovs-agent-{hosts[svc]}",
            ctx=None,
        )
        t = L(
            svc,
            t + secs(r, 0.5, 1.5),
            "INFO",
            OVS,
            "Agent initialized successfully, now running... ",
            "Agent initialized successfully, now running... ",
            ctx=None,
        )
        return t

    def cleanup(svc: str, t: datetime) -> datetime:
        for br in ("br-int", "br-provider", "br-tun"):
            t = L(
                svc,
                t,
                "INFO",
                "neutron.plugins.ml2.drivers.openvswitch.agent.openflow.native.ofswitch",
                "Reserved cookies for %s: %s",
                f"Reserved cookies for {br}: ['0x{hexid(r, 16)}']",
            )
        for br in ("br-int", "br-provider", "br-tun"):
            t = L(
                svc,
                t + secs(r, 0.1, 0.5),
                "INFO",
                "neutron.plugins.ml2.drivers.openvswitch.agent.openflow.native.ofswitch",
                "Cleaning stale %s flows",
                f"Cleaning stale {br} flows",
            )
        return t

    def up(t: datetime) -> bool:
        return not (rabbit_down[0] <= t < rabbit_down[1])

    # the API: Nova and users
    routes = [
        (
            '"GET /v2.0/ports?device_id=<*> HTTP/1.1" status: 200',
            lambda: f"GET /v2.0/ports?device_id={uuid4(r)} HTTP/1.1",
            200,
            0.35,
        ),
        (
            '"GET /v2.0/ports?tenant_id=<*>&device_id=<*> HTTP/1.1" status: 200',
            lambda: f"GET /v2.0/ports?tenant_id={hexid(r, 32)}&device_id={uuid4(r)} HTTP/1.1",
            200,
            0.12,
        ),
        (
            '"GET /v2.0/networks/<*> HTTP/1.1" status: 200',
            lambda: f"GET /v2.0/networks/{r.choice(NT_NETS)} HTTP/1.1",
            200,
            0.14,
        ),
        (
            '"GET /v2.0/security-groups?tenant_id=<*> HTTP/1.1" status: 200',
            lambda: f"GET /v2.0/security-groups?tenant_id={hexid(r, 32)} HTTP/1.1",
            200,
            0.1,
        ),
        (
            '"GET /v2.0/floatingips?port_id=<*> HTTP/1.1" status: 200',
            lambda: f"GET /v2.0/floatingips?port_id={uuid4(r)} HTTP/1.1",
            200,
            0.08,
        ),
        (
            '"GET /v2.0/ports/<*> HTTP/1.1" status: 404',
            lambda: f"GET /v2.0/ports/{uuid4(r)} HTTP/1.1",
            404,
            0.04,
        ),
        (
            '"GET /v2.0/extensions HTTP/1.1" status: 200',
            lambda: "GET /v2.0/extensions HTTP/1.1",
            200,
            0.07,
        ),
    ]
    for x in poisson(r, t0, t_end, 14):
        lab, line, st, _w = r.choices(routes, [x[3] for x in routes])[0]
        L(
            "server",
            x,
            "INFO",
            WSGI,
            f"%s {lab} len: %s time: %.7f",
            f'10.20.0.{r.choice([21, 22, 31])} "{line()}" status: {st} len: {r.randrange(180, 9000)} time: {r.uniform(0.01, 0.9):.7f}',
            ctx=f"req-{uuid4(r)} {hexid(r, 32)} {hexid(r, 32)} - default default",
        )

    # instances booted and deleted: the server binds, the agent wires, the DHCP agent serves
    def boot(t: datetime) -> None:
        svc = r.choice(["ovs1", "ovs2"])
        port, net, mac = (
            uuid4(r),
            r.choice(NT_NETS),
            f"fa:16:3e:{hexid(r, 2)}:{hexid(r, 2)}:{hexid(r, 2)}",
        )
        ctx = f"req-{uuid4(r)} {hexid(r, 32)} {hexid(r, 32)} - default default"
        L(
            "server",
            t,
            "INFO",
            WSGI,
            '%s "POST /v2.0/ports HTTP/1.1" status: 201 len: %s time: %.7f',
            f'10.20.0.21 "POST /v2.0/ports HTTP/1.1" status: 201 len: {r.randrange(1100, 1500)} time: {r.uniform(0.2, 1.4):.7f}',
            ctx=ctx,
        )
        t += secs(r, 0.5, 2)
        if svc == "ovs2" and ovs2_dead[0] <= t < ovs2_dead[1]:
            agent = f"{{'id': '{uuid4(random.Random('ovs2'))}', 'agent_type': 'Open vSwitch agent', 'binary': 'neutron-openvswitch-agent', 'topic': 'N/A', 'host': 'compute-02', 'admin_state_up': True, 'alive': False}}"
            t = L(
                "server",
                t,
                "WARNING",
                "neutron.plugins.ml2.drivers.mech_agent",
                "Refusing to bind port %(pid)s to dead agent: %(agent)s",
                f"Refusing to bind port {port} to dead agent: {agent}",
                ctx=ctx,
            )
            t = L(
                "server",
                t,
                "ERROR",
                "neutron.plugins.ml2.managers",
                "Failed to bind port %(port)s on host %(host)s for vnic_type %(vnic_type)s using segments %(segments)s",
                f"Failed to bind port {port} on host compute-02 for vnic_type normal using segments [{{'id': '{uuid4(r)}', 'network_type': 'vlan', 'physical_network': 'physnet1', 'segmentation_id': {100 + NT_NETS.index(net)}, 'network_id': '{net}'}}]",
                ctx=ctx,
            )
            L(
                "server",
                t + secs(r, 0.2, 1),
                "INFO",
                WSGI,
                '%s "PUT /v2.0/ports/<*> HTTP/1.1" status: 200 len: %s time: %.7f',
                f'10.20.0.22 "PUT /v2.0/ports/{port} HTTP/1.1" status: 200 len: {r.randrange(1100, 1500)} time: {r.uniform(0.3, 2):.7f}',
                ctx=ctx,
            )
            failed_bind.append(port)
            return
        L(
            "server",
            t,
            "INFO",
            WSGI,
            '%s "PUT /v2.0/ports/<*> HTTP/1.1" status: 200 len: %s time: %.7f',
            f'10.20.0.22 "PUT /v2.0/ports/{port} HTTP/1.1" status: 200 len: {r.randrange(1100, 1500)} time: {r.uniform(0.3, 2):.7f}',
            ctx=ctx,
        )
        if up(t):
            L(
                "dhcp",
                t + secs(r, 0.2, 1),
                "INFO",
                DHCP,
                "Trigger reload_allocations for port %s",
                f"Trigger reload_allocations for port admin_state_up=True, device_id={uuid4(r)}, device_owner=compute:nova, fixed_ips=[{{'subnet_id': '{uuid4(r)}', 'ip_address': '10.{NT_NETS.index(net)}.0.{r.randrange(10, 250)}'}}], id={port}, mac_address={mac}, network_id={net}, status=DOWN",
            )
            if r.random() < 0.2:
                L(
                    "dhcp",
                    t + secs(r, 1, 2),
                    "WARNING",
                    "neutron.agent.linux.dhcp",
                    "Cannot apply dhcp option %(opt)s because it's ip_version %(version)d is not in port's address IP versions",
                    "Cannot apply dhcp option bootfile-name because it's ip_version 6 is not in port's address IP versions",
                )
            L(
                "dhcp",
                t + secs(r, 2, 4),
                "INFO",
                DHCP,
                "DHCP configuration for ports %s is completed",
                f"DHCP configuration for ports {{'{port}'}} is completed",
            )
        t += secs(r, 2, 6)
        dead = svc == "ovs2" and ovs2_dead[0] <= t < ovs2_dead[1]
        if dead or not up(t):
            return
        if net not in vlans[svc]:
            v = len(vlans[svc]) + 1
            vlans[svc][net] = v
            t = L(
                svc,
                t,
                "INFO",
                OVS,
                "Assigning %(vlan_id)s as local vlan for net-id=%(net_uuid)s, seg-id=%(seg_id)s",
                f"Assigning {v} as local vlan for net-id={net}, seg-id={100 + NT_NETS.index(net)}",
            )
        details = f"{{'device': '{port}', 'device_id': '{uuid4(r)}', 'network_id': '{net}', 'port_id': '{port}', 'mac_address': '{mac}', 'admin_state_up': True, 'network_type': 'vlan', 'segmentation_id': {100 + NT_NETS.index(net)}, 'physical_network': 'physnet1', 'mtu': 1500, 'fixed_ips': [{{'subnet_id': '{uuid4(r)}', 'ip_address': '10.{NT_NETS.index(net)}.0.{r.randrange(10, 250)}'}}], 'device_owner': 'compute:nova', 'port_security_enabled': True, 'qos_policy_id': None, 'network_qos_policy_id': None, 'profile': {{}}, 'propagate_uplink_status': False}}"
        t = L(
            svc,
            t,
            "INFO",
            OVS,
            "Port %(port_id)s updated. Details: %(details)s",
            f"Port {port} updated. Details: {details}",
        )
        t = L(
            svc,
            t + secs(r, 0.2, 1),
            "INFO",
            OVS,
            "Configuration for devices up %(up)s and devices down %(down)s completed.",
            f"Configuration for devices up ['{port}'] and devices down [] completed.",
        )
        ports[svc][port] = (net, mac)
        L(
            "server",
            t + secs(r, 0.1, 0.6),
            "INFO",
            "neutron.notifiers.nova",
            "Nova event matching %s response: %s",
            f"Nova event matching ['req-{uuid4(r)}'] response: {{'server_uuid': '{uuid4(r)}', 'name': 'network-vif-plugged', 'status': 'completed', 'tag': '{port}', 'code': 200}}",
            ctx=None,
        )

    def delete(t: datetime) -> None:
        svc = r.choice(["ovs1", "ovs2"])
        if not ports[svc] or not up(t) or (svc == "ovs2" and ovs2_dead[0] <= t < ovs2_dead[1]):
            return
        port = r.choice(sorted(ports[svc]))
        net, _ = ports[svc].pop(port)
        L(
            "server",
            t,
            "INFO",
            WSGI,
            '%s "DELETE /v2.0/ports/<*> HTTP/1.1" status: 204 len: %s time: %.7f',
            f'10.20.0.22 "DELETE /v2.0/ports/{port} HTTP/1.1" status: 204 len: 0 time: {r.uniform(0.3, 1.5):.7f}',
            ctx=f"req-{uuid4(r)} {hexid(r, 32)} {hexid(r, 32)} - default default",
        )
        t += secs(r, 1, 3)
        t = L(svc, t, "INFO", OVS, "Ports %s removed", f"Ports {{'{port}'}} removed")
        t = L(
            svc,
            t + secs(r, 0.1, 0.5),
            "INFO",
            OVS,
            "Configuration for devices up %(up)s and devices down %(down)s completed.",
            f"Configuration for devices up [] and devices down ['{port}'] completed.",
        )
        if not any(n == net for n, _ in ports[svc].values()) and net in vlans[svc]:
            L(
                svc,
                t,
                "INFO",
                OVS,
                "Reclaiming vlan = %(vlan_id)s from net-id = %(net_uuid)s",
                f"Reclaiming vlan = {vlans[svc].pop(net)} from net-id = {net}",
            )
        L(
            "dhcp",
            t,
            "INFO",
            DHCP,
            "Trigger reload_allocations for port %s",
            f"Trigger reload_allocations for port admin_state_up=True, device_id=, device_owner=, fixed_ips=[], id={port}, mac_address=, network_id={net}, status=DOWN",
        )

    for x in poisson(r, t0 + timedelta(minutes=1), t_end, 95):
        boot(x)
    for x in poisson(r, t0 + timedelta(minutes=20), t_end, 120):
        delete(x)

    # routers: updates through the day
    for x in poisson(r, t0, t_end, 420):
        if not up(x):
            continue
        rid, uid = r.choice(NT_ROUTERS), uuid4(r)
        x = L(
            "l3",
            x,
            "INFO",
            L3,
            "Starting router update for %s, action %s, priority %s, update_id %s. Wait time elapsed: %.3f",
            f"Starting router update for {rid}, action None, priority 1, update_id {uid}. Wait time elapsed: {r.uniform(0, 0.01):.3f}",
        )
        L(
            "l3",
            x + secs(r, 0.3, 4),
            "INFO",
            L3,
            "Finished a router update for %s, update_id %s. Time elapsed: %.3f",
            f"Finished a router update for {rid}, update_id {uid}. Time elapsed: {r.uniform(0.3, 4):.3f}",
        )

    # RabbitMQ restarted: every agent loses it
    for svc in ("ovs1", "ovs2", "dhcp", "l3", "server"):
        logger = logger_of.get(svc)
        conn = (
            hexid(r, 8)
            + "-"
            + hexid(r, 4)
            + "-"
            + hexid(r, 4)
            + "-"
            + hexid(r, 4)
            + "-"
            + hexid(r, 12)
        )
        x, wait = rabbit_down[0] + secs(r, 0, 3), 1
        while x < rabbit_down[1]:
            L(
                svc,
                x,
                "ERROR",
                RABBIT,
                "[%(connection_uid)s] AMQP server on %(hostname)s:%(port)s is unreachable: %(err_str)s. Trying again in %(sleep_time)d seconds.",
                f"[{conn}] AMQP server on {r.choice(NT_RABBIT)}:5672 is unreachable: [Errno 111] ECONNREFUSED. Trying again in {wait} seconds.: ConnectionRefusedError: [Errno 111] ECONNREFUSED",
                ctx=None,
            )
            x += timedelta(seconds=wait) + secs(r, 0.01, 0.2)
            wait = min(wait * 2, 32)
        L(
            svc,
            x,
            "INFO",
            RABBIT,
            "[%(connection_uid)s] Reconnected to AMQP server on %(hostname)s:%(port)s via [%(transport)s] client with port %(client_port)s.",
            f"[{conn}] Reconnected to AMQP server on {r.choice(NT_RABBIT)}:5672 via [amqp] client with port {r.randrange(40000, 60000)}.",
            ctx=None,
        )
        if svc == "server":
            continue
        # report_state every 30 s fails after the 60 s RPC timeout
        x = rabbit_down[0] + secs(r, 0, 30)
        while x + timedelta(seconds=60) < rabbit_down[1] + timedelta(seconds=40):
            mid = hexid(r, 32)
            L(
                svc,
                x + timedelta(seconds=60),
                "ERROR",
                logger,
                "Failed reporting state!",
                "Failed reporting state!" + timeout_summary(mid),
                more=nt_traceback(rs_caller[svc], mid),
            )
            x += timedelta(seconds=r.uniform(58, 64))
        L(
            svc,
            x + timedelta(seconds=r.uniform(30, 50)),
            "INFO",
            logger,
            "Successfully reported state after a previous failure.",
            "Successfully reported state after a previous failure.",
        )
        method = {
            "ovs1": "get_devices_details_list_and_failed_devices",
            "ovs2": "get_devices_details_list_and_failed_devices",
            "dhcp": "get_active_networks_info",
            "l3": "sync_routers",
        }[svc]
        y = rabbit_down[0] + secs(r, 30, 90)
        mid = hexid(r, 32)
        y = L(
            svc,
            y + timedelta(seconds=60),
            "ERROR",
            "neutron_lib.rpc",
            "Timeout in RPC method %(method)s. Waiting for %(wait)s seconds before next attempt. If the server is not down, consider increasing the rpc_response_timeout option as Neutron server(s) may be overloaded and unable to respond quickly enough.",
            f"Timeout in RPC method {method}. Waiting for {r.randrange(3, 60)} seconds before next attempt. If the server is not down, consider increasing the rpc_response_timeout option as Neutron server(s) may be overloaded and unable to respond quickly enough.: oslo_messaging.exceptions.MessagingTimeout: Timed out waiting for a reply to message ID {mid}",
        )
        y = L(
            svc,
            y,
            "WARNING",
            "neutron_lib.rpc",
            "Increasing timeout for %(method)s calls to %(new)s seconds. Restart the agent to restore it to the default value.",
            f"Increasing timeout for {method} calls to 120 seconds. Restart the agent to restore it to the default value.: oslo_messaging.exceptions.MessagingTimeout: Timed out waiting for a reply to message ID {mid}",
        )
        if svc == "dhcp":
            y = L(
                svc,
                y,
                "ERROR",
                DHCP,
                "Unable to sync network state.",
                "Unable to sync network state." + timeout_summary(mid),
                more=nt_traceback("get_active_networks_info", mid),
            )
        elif svc == "l3":
            y = L(
                svc,
                y,
                "ERROR",
                L3,
                "Failed to process compatible router: %s",
                f"Failed to process compatible router: {r.choice(NT_ROUTERS)}"
                + timeout_summary(mid),
                more=nt_traceback("sync_routers", mid),
            )
        else:
            y = L(
                svc,
                y,
                "WARNING",
                OVS,
                "Agent out of sync with plugin!",
                "Agent out of sync with plugin!",
            )
    # after the outage: the server sees the agents late, the agents resync
    x = L(
        "server",
        rabbit_down[0] + timedelta(seconds=150),
        "WARNING",
        "neutron.db.agents_db",
        "Agent healthcheck: found %(count)s dead agents out of %(total)s:\\n%(data)s",
        "Agent healthcheck: found 5 dead agents out of 9:\n                Type       Last heartbeat host\n  Open vSwitch agent  2024-06-04 07:12:01 compute-01\n  Open vSwitch agent  2024-06-04 07:11:58 compute-02\n          DHCP agent  2024-06-04 07:12:03 network-01\n            L3 agent  2024-06-04 07:11:55 network-01\n    Metadata agent  2024-06-04 07:12:02 network-01",
        ctx=None,
    )
    for svc in ("ovs1", "ovs2", "dhcp", "l3"):
        kind = {"ovs1": "Open vSwitch", "ovs2": "Open vSwitch", "dhcp": "DHCP", "l3": "L3"}[svc]
        L(
            "server",
            rabbit_down[1] + secs(r, 20, 60),
            "INFO",
            "neutron.db.agents_db",
            "Heartbeat received from %(type)s agent on host %(host)s, uuid %(uuid)s after %(delta)s",
            f"Heartbeat received from {kind} agent on host {hosts[svc]}, uuid {uuid4(random.Random(svc))} after 0:07:{r.randrange(40, 59)}.{r.randrange(100000, 999999)}",
            ctx=None,
        )
    for svc in ("ovs1", "ovs2", "l3"):
        y = L(
            svc,
            rabbit_down[1] + secs(r, 40, 70),
            "INFO",
            logger_of[svc],
            "Agent has just been revived. Doing a full sync.",
            "Agent has just been revived. Doing a full sync.",
        )
        if svc != "l3":
            y = cleanup(svc, y)
            for p in sorted(ports[svc]):
                if r.random() < 0.1:
                    y = L(
                        svc,
                        y,
                        "INFO",
                        OVS,
                        "Port %(port)s was not found on the integration bridge and will therefore not be processed",
                        f"Port {p} was not found on the integration bridge and will therefore not be processed",
                    )
    for n in range(2):
        y = L(
            "dhcp",
            rabbit_down[1] + timedelta(seconds=60 + 180 * n) + secs(r, 0, 20),
            "INFO",
            DHCP,
            "Synchronizing state",
            "Synchronizing state",
        )
        y = L(
            "dhcp",
            y + secs(r, 0.5, 2),
            "INFO",
            DHCP,
            "All active networks have been fetched through RPC.",
            "All active networks have been fetched through RPC.",
        )
        for net in NT_NETS:
            y = L(
                "dhcp",
                y,
                "INFO",
                DHCP,
                "Starting network %s dhcp configuration",
                f"Starting network {net} dhcp configuration",
            )
        for net in NT_NETS:
            y = L(
                "dhcp",
                y + secs(r, 0.5, 3),
                "INFO",
                DHCP,
                "Finished network %s dhcp configuration",
                f"Finished network {net} dhcp configuration",
            )
        y = L(
            "dhcp", y, "INFO", DHCP, "Synchronizing state complete", "Synchronizing state complete"
        )
    for rid in NT_ROUTERS:
        L(
            "l3",
            rabbit_down[1] + secs(r, 60, 120),
            "INFO",
            "neutron.agent.l3.ha",
            "Router %(router_id)s transitioned to %(state)s",
            f"Router {rid} transitioned to {r.choice(['primary', 'backup'])}",
        )

    # compute-02's agent killed and restarted
    x = L(
        "server",
        ovs2_dead[0] + timedelta(seconds=150),
        "WARNING",
        "neutron.db.agents_db",
        "Agent healthcheck: found %(count)s dead agents out of %(total)s:\\n%(data)s",
        "Agent healthcheck: found 1 dead agents out of 9:\n                Type       Last heartbeat host\n  Open vSwitch agent  2024-06-04 08:30:12 compute-02",
        ctx=None,
    )
    pid["ovs2"] = 48213
    req_of["ovs2"] = f"req-{uuid4(r)}"
    y = agent_start("ovs2", ovs2_dead[1])
    y = L(
        "ovs2",
        y,
        "WARNING",
        OVS,
        "OVS is restarted. OVSNeutronAgent will reset bridges and recover ports.",
        "OVS is restarted. OVSNeutronAgent will reset bridges and recover ports.",
    )
    y = L(
        "ovs2",
        y + secs(r, 1, 3),
        "INFO",
        OVS,
        "Agent has just been revived. Doing a full sync.",
        "Agent has just been revived. Doing a full sync.",
    )
    y = cleanup("ovs2", y)
    for p in failed_bind:
        y = L(
            "ovs2",
            y + secs(r, 0.1, 0.5),
            "WARNING",
            OVS,
            "Device %s not defined on plugin or binding failed",
            f"Device {p} not defined on plugin or binding failed",
        )
    L(
        "server",
        ovs2_dead[1] + secs(r, 5, 20),
        "INFO",
        "neutron.db.agents_db",
        "Heartbeat received from %(type)s agent on host %(host)s, uuid %(uuid)s after %(delta)s",
        f"Heartbeat received from Open vSwitch agent on host compute-02, uuid {uuid4(random.Random('ovs2'))} after 0:22:{r.randrange(20, 59)}.{r.randrange(100000, 999999)}",
        ctx=None,
    )
    order = ["server", "ovs1", "ovs2", "dhcp", "l3"]
    return [files[k][1].into(Log(files[k][0], t0)) for k in order]


SYSTEMS = {
    "xorg": xorg,
    "gnome-shell": gnome_shell,
    "pipewire": pipewire,
    "xray": xray,
    "neutron": neutron,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
