#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 109 (pulseaudio, bluez, upower, fwupd, udisks) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run
(06:00 to 12:00 on June 4, 2024), and every line that starts an event is labelled with the
format string that wrote it. Five desktop Linux services, each seen as `journalctl -o short`
prints them (`Jun 04 06:00:01 host ident[pid]: message`, whole seconds of a microsecond
clock, so a burst shares a second as a real one does; the lines of a multi-line entry
indented under its message), several programs in one file: the service, the kernel, systemd
and the helpers around it. No GDM or gnome-session lines. Distinct calls of one process never
share an instant (round 53's Clock).

- PulseAudio 16.1 (`pulseaudio`, `journal.log`, Debian 12 desktop `den-pc`): the daemon logs
  to syslog (`pulseaudio[1342]: [alsa-sink-USB Audio] alsa-util.c: Got POLLNVAL from ALSA`:
  the thread's name and the source file before each message), and writes one message of
  several lines as several syslog records, each with the prefix (the `ALSA woke us up ...`
  and `snd_pcm_avail() returned a value that is exceptionally large ...` warnings, once per
  process); the user manager's `Starting %s...` / `Started %s.`, RealtimeKit granting
  threads, a USB DAC on a loose cable (the kernel's `USB disconnect` / `new full-speed USB
  device` lines, `Got POLLNVAL from ALSA`, `Could not recover ...`, `Failed to find a working
  profile.` and `Failed to load module "module-alsa-card" (argument: "..."): initialization
  failed.`), a root cron job's notifier refused (`Denied access to client with invalid
  authentication data.`), a crontab's `pulseaudio -D` every ten minutes (`Daemon already
  running.`, `pa_pid_file_create() failed.`), a Bluetooth headset (`Transport TryAcquire()
  failed ...`, `Default profile not connected, selecting off profile`, `Refused to switch
  profile to %s: Not connected`), a restart.
- BlueZ 5.72 bluetoothd (`bluez`, `journal.log`, Ubuntu 24.04 HTPC `livingroom` with a
  Realtek RTL8761BU dongle): the boot's kernel lines (`Bluetooth: hci0: RTL: ...` firmware
  loading), bluetoothd's start-up (`Bluetooth daemon %s`, plugins failing to init, SAP,
  `Bluetooth management interface %u.%u initialized`), error() lines with their
  `file.c:function() ` prefix (`src/service.c:btd_service_connect() a2dp-sink profile connect
  failed for ...: Protocol not available` before the user's session, `profiles/audio/avdtp.c:
  avdtp_connect_cb() connect to %s: Host is down (112)` for a headset out of range,
  `Unable to set wake_support without RPA resolution`), PipeWire's endpoints registered and
  unregistered, `fd(%d) ready` per stream, HID keyboards and mice reconnecting (`input: %s as
  %s`, `hid-generic ...: input,hidraw3: BLUETOOTH HID v0.09 Keyboard [...] on ...`), the
  dongle's bursts of `ACL packet for unknown connection handle %d`, `command 0x%4.4x tx
  timeout`, a restart of bluetooth.service, a suspend (`Controller resume with wake event
  0x%x`, the firmware loaded again) and the airplane-mode key (`Failed to set mode: Blocked
  through rfkill (0x12)`).
- UPower 1.90 (`upower`, `journal.log`, a ThinkPad `x13` on a USB-C dock whose cable resets
  the dock's hub): the kernel's USB and HID lines at each reset, upowerd's `unhandled action
  '%s' on %s` for each bind / unbind, `treating change event as add on %s`, `failed to coldplug
  unifying device: Unable to read response from device: Resource temporarily unavailable`,
  `energy %f bigger than full %f` while on battery, a lunch suspend (logind's `Lid closed.`,
  `Suspending...`, systemd-sleep, the kernel's `PM: suspend entry (%s)`), upower restarted.
- fwupd 1.7.9 (`fwupd`, `journal.log`, Ubuntu 22.04 laptop `t14` with a Dell WD19 dock;
  `journalctl -u fwupd -u fwupd-refresh`; the daemon run with `--verbose` by a drop-in to debug
  the dock): fwupd's own head in the message (`fwupd[1187]: 06:30:02:0412 FuEngine
  msg`, UTC time with four-digit milliseconds, the domain padded to 20), start-up (`loading
  config values from %s`, `loading remote from %s`, `init(%s)` per plugin, `added udev subsystem
  watch of %s`, `startup(%s)`, `coldplug(%s)`, `%u components now in silo`, `Daemon ready for
  requests (locale %s)`), devices added (`using %s for %s`, `emit added from %s: %s`, `::added
  %s`) and removed (`::removed %s`) at each dock reset, `failed to probe device %s: USB error on
  device %04x:%04x : Entity not found [%i]`, `Emitting PropertyChanged('Status'='%s')` during an
  update, fwupd-refresh.service's runs (`Updating lvfs`, `Successfully downloaded new metadata:
  %u local devices supported`, a failure while DNS is down and systemd's failure lines), the
  idle exit after two hours.
- udisks 2.9.4 udisksd (`udisks`, `journal.log`, Ubuntu 22.04 home server `nuc`): start-up
  (`udisks daemon version %s starting`, the missing mdraid plugin, `Acquired the name ...`),
  half-hourly backups mounting and unmounting two disks (`Mounted %s at %s on behalf of uid %u`,
  `Unmounted %s on behalf of uid %u`, the kernel's `EXT4-fs (%s): mounted filesystem ...`, the
  mount unit's `Deactivated successfully.`), a USB disk on a flaky cable dropping out
  (`Cleaning up mount point %s (device %u:%u no longer exists)`, its re-attachment's kernel
  lines), the backup disk's bad sectors (`FAILED Result:`, `Sense Key :`, `Add. Sense:`, `CDB:`,
  `blk_update_request: I/O error, dev sdb, ...`, `Buffer I/O error on dev %s, ...`), SMART
  housekeeping failing every ten minutes (one entry of four lines with the sense data's hex dump,
  and libatasmart's `sk_disk_smart_read_data: Operation not supported`), snap refreshes'
  loop devices (`Error getting '%s' information: ...`), `Powered off %s - successfully wrote to
  sysfs path %s`.

Label notes. The journal's head (date, host, `ident[pid]:`) is context. PulseAudio's
`[thread] file.c: ` location, BlueZ's `file.c:function() ` prefix of error(), fwupd's time and
padded domain, and the kernel's device prefix (`usb 1-4: `, `sd 6:0:0:0: [sdb] ` and `tag#%d `,
`hid-generic 0005:...: `, `hub 3-1:1.0: `) are context: the message is the label; a pr_fmt and
a device name the message writes itself are the message's (`Bluetooth: %s: ACL packet for
unknown connection handle %d`, `EXT4-fs (%s): ...`, round 88's WireGuard). A message PulseAudio
writes over several syslog records (its `\\n`s) is labelled at its first record with the
newlines written `\\n`, the later records belonging to it (round 89's Rails FATAL over stamped
lines); a udisksd entry whose message holds newlines is one journal entry, its later lines
indented. An errno's, libusb's, dlerror's or D-Bus's text inside a message contributes its own
text (`... connect failed for %s: Protocol not available`, `Could not recover from
POLLERR|POLLNVAL|POLLHUP with snd_pcm_prepare(): No such device`); a GError's quark and code
and a profile's, plugin's or unit's name are values, and so is the bind / unbind action.

Least sure (from the helper's knowledge; checked against public copies only where noted):
PulseAudio's syslog line without the level letter, `Refused to switch profile to %s: Not
connected`, the TryAcquire error text, the module argument list; BlueZ's `Failed to init %s
plugin`, `Controller resume with wake event 0x%x`, the order of the start-up lines and the
HID line's fields; UPower's `energy %f bigger than full %f` in 1.90 (found in older sources)
and `failed to coldplug unifying device` (seen in a real syslog), `unhandled action` and
`treating change event as add on` were seen in real journals and a copy of up-backend.c;
fwupd's head and the debug wordings come from a real `fwupd -v` run of 1.5 (`init(%s)`,
`using %s for %s`, `::added %s`, `Emitting PropertyChanged(...)`), `::removed %s`, the
refresh's output and failure text are guesses; udisks's `Powered off ...` line, the
housekeeping sense-data layout and the loop-device error's wording.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round52 import Records, fill, label
from generate_round53 import Clock
from generate_round55 import at, poisson

Pre = str | Callable[[datetime], str]


def sec(x: float) -> timedelta:
    return timedelta(seconds=x)


class Journal:
    """One host's journal (`journalctl -o short`) in one or more files: `add(f, t, ident, pid,
    fmt, *vals)` writes the message `fmt % vals` under the head, after the context prefix
    `pre` (a string or a function of the instant). A message's newlines start further lines:
    indented under the message (one journal entry, `split=False`), or each a record of its own
    with the head and prefix again (`split=True`, as PulseAudio's syslog target writes). The
    label is `fmt`; the lines after the first have none."""

    def __init__(self, host: str) -> None:
        self.host = host
        self.clock = Clock(1)
        self.files: dict[str, Records] = {}

    def add(
        self,
        f: str,
        t: datetime,
        ident: str,
        pid: int | None,
        fmt: str,
        *vals: object,
        pre: Pre = "",
        split: bool = False,
    ) -> datetime:
        t = self.clock.at((ident, pid), t)
        tag = f"{ident}[{pid}]" if pid is not None else ident
        head = f"{t:%b %d %H:%M:%S} {self.host} {tag}: "
        p = pre(t) if callable(pre) else pre
        first, *rest = fill(fmt, *vals).split("\n")
        lines = [head + p + first]
        for x in rest:
            lines.append(head + p + x if split else " " * len(head) + x)
        self.files.setdefault(f, Records()).add(t, lines, label(fmt))
        return t

    def logs(self, t0: datetime) -> list[Log]:
        return [self.files[k].into(Log(k, t0)) for k in sorted(self.files)]


def usb_plug(
    j: Journal,
    f: str,
    t: datetime,
    port: str,
    num: int,
    speed: str,
    vid: str,
    pid: str,
    bcd: tuple[int, int],
    product: str,
    maker: str,
    serial: bool = False,
) -> datetime:
    """The kernel's lines for a USB device enumerated on `port` (usb_new_device's)."""
    k = f"usb {port}: "
    t = j.add(
        f, t, "kernel", None, "new %s USB device number %d using %s", speed, num, "xhci_hcd", pre=k
    )
    t = j.add(
        f,
        t + sec(0.12),
        "kernel",
        None,
        "New USB device found, idVendor=%04x, idProduct=%04x, bcdDevice=%2x.%02x",
        vid,
        pid,
        *bcd,
        pre=k,
    )
    t = j.add(
        f,
        t + sec(0.0005),
        "kernel",
        None,
        "New USB device strings: Mfr=%d, Product=%d, SerialNumber=%d",
        1,
        2,
        3 if serial else 0,
        pre=k,
    )
    t = j.add(f, t + sec(0.0003), "kernel", None, "Product: %s", product, pre=k)
    return j.add(f, t + sec(0.0003), "kernel", None, "Manufacturer: %s", maker, pre=k)


# ------------------------------------------------------------------------------ pulseaudio

PA_HDMI_ARGS = 'device_id="1" name="pci-0000_01_00.1" card_name="alsa_card.pci-0000_01_00.1" namereg_fail=false tsched=yes fixed_latency_range=no ignore_dB=no deferred_volume=yes use_ucm=yes avoid_resampling=no card_properties="module-udev-detect.discovered=1"'
PA_USB_ARGS = 'device_id="2" name="usb-FiiO_FiiO_K3-00" card_name="alsa_card.usb-FiiO_FiiO_K3-00" namereg_fail=false tsched=yes fixed_latency_range=no ignore_dB=no deferred_volume=yes use_ucm=yes avoid_resampling=no card_properties="module-udev-detect.discovered=1"'
PA_HEADSET = "/org/bluez/hci0/dev_14_3F_A6_28_DC_51"


def pulseaudio(r: random.Random) -> list[Log]:
    """PulseAudio 16.1 in alice's session on den-pc, 06:02 to 12:00: start-up (the HDMI card of
    a monitor that is off fails to load), the internal codec's woken-up warning, a FiiO K3 DAC
    on a loose cable (08:40-09:40, 10:05-10:25), a root cron job's notifier refused every ~10 s
    (07:00-08:45, 10:30-11:50), a crontab's `pulseaudio -D` every ten minutes, a Bluetooth
    headset, a restart at 09:45."""
    j = Journal("den-pc")
    F = "journal.log"
    user_sd = 1187
    rtkit = 842
    state = {"pid": 1342, "once": set(), "usbnum": 7}

    def P(t: datetime, thread: str, src: str, fmt: str, *vals: object) -> datetime:
        return j.add(
            F, t, "pulseaudio", state["pid"], fmt, *vals, pre=f"[{thread}] {src}: ", split=True
        )

    def SD(t: datetime, fmt: str, *vals: object) -> datetime:
        return j.add(F, t, "systemd", user_sd, fmt, *vals)

    def K(t: datetime, fmt: str, *vals: object) -> datetime:
        return j.add(F, t, "kernel", None, fmt, *vals, pre="usb 1-4: ")

    unit = "pulseaudio.service - Sound Service"

    def start(t: datetime) -> None:
        pid = state["pid"]
        state["once"] = set()
        t = SD(t, "Starting %s...", unit)
        t = j.add(
            F,
            t + sec(0.05),
            "rtkit-daemon",
            rtkit,
            "Successfully made thread %llu of process %llu owned by '%s' high priority at nice level %i.",
            pid,
            pid,
            "1000",
            -11,
        )
        t = j.add(
            F,
            t + sec(0.001),
            "rtkit-daemon",
            rtkit,
            "Supervising %u threads of %u processes of %u users.",
            1,
            1,
            1,
        )
        t = P(t + sec(0.4), "pulseaudio", "module-alsa-card.c", "Failed to find a working profile.")
        t = P(
            t + sec(0.001),
            "pulseaudio",
            "module.c",
            'Failed to load module "%s" (argument: "%s"): initialization failed.',
            "module-alsa-card",
            PA_HDMI_ARGS,
        )
        for k, th in enumerate([pid + 12, pid + 19, pid + 24]):
            t = j.add(
                F,
                t + sec(r.uniform(0.05, 0.2)),
                "rtkit-daemon",
                rtkit,
                "Successfully made thread %llu of process %llu owned by '%s' RT at priority %u.",
                th,
                pid,
                "1000",
                5,
            )
            t = j.add(
                F,
                t + sec(0.0005),
                "rtkit-daemon",
                rtkit,
                "Supervising %u threads of %u processes of %u users.",
                k + 2,
                1,
                1,
            )
        SD(t + sec(0.3), "Started %s.", unit)

    def woke(t: datetime) -> None:
        if "woke" in state["once"]:
            return
        state["once"].add("woke")
        P(
            t,
            "alsa-sink-ALC1220 Analog",
            "alsa-sink.c",
            "ALSA woke us up to write new data to the device, but there was actually nothing to write.\nMost likely this is a bug in the ALSA driver '%s'. Please report this issue to the ALSA developers.\nWe were woken up with POLLOUT set -- however a subsequent snd_pcm_avail() returned 0 or another value < min_avail.",
            "snd_hda_intel",
        )

    def usb_quirks(t: datetime) -> None:
        if "avail" not in state["once"]:
            state["once"].add("avail")
            n = r.randint(400000, 4000000) * 4
            P(
                t,
                "alsa-sink-USB Audio",
                "alsa-util.c",
                "snd_pcm_avail() returned a value that is exceptionally large: %lu bytes (%lu ms).\nMost likely this is a bug in the ALSA driver '%s'. Please report this issue to the ALSA developers.",
                n,
                n * 1000 // 192000,
                "snd_usb_audio",
            )
        elif "delay" not in state["once"] and r.random() < 0.3:
            state["once"].add("delay")
            n = r.randint(100000, 900000) * 4
            P(
                t,
                "alsa-sink-USB Audio",
                "alsa-util.c",
                "snd_pcm_delay() returned a value that is exceptionally large: %li bytes (%s%lu ms).\nMost likely this is a bug in the ALSA driver '%s'. Please report this issue to the ALSA developers.",
                n,
                "-",
                n * 1000 // 192000,
                "snd_usb_audio",
            )

    t0, t_end = at(6, 2, 11), at(12, 0)
    start(t0)
    woke(at(6, 4, 37))
    restart = at(9, 45, 12)

    def alive(t: datetime) -> bool:
        return not (restart <= t < restart + sec(3))

    # the DAC's loose cable
    def flaps(a: datetime, b: datetime, mean: float) -> None:
        t = a
        while True:
            t += sec(r.expovariate(1 / mean))
            if t >= b:
                return
            if not alive(t):
                continue
            playing = r.random() < 0.75
            t1 = K(t, "USB disconnect, device number %d", state["usbnum"])
            if playing:
                t1 = P(
                    t1 + sec(0.002), "alsa-sink-USB Audio", "alsa-util.c", "Got POLLNVAL from ALSA"
                )
                P(
                    t1 + sec(0.0003),
                    "alsa-sink-USB Audio",
                    "alsa-util.c",
                    "Could not recover from POLLERR|POLLNVAL|POLLHUP with snd_pcm_prepare(): No such device",
                )
            t2 = t + sec(r.uniform(1.5, 15))
            state["usbnum"] += 1
            if r.random() < 0.12:
                t2 = K(t2, "device descriptor read/64, error %d", -71)
                t2 = K(t2 + sec(r.uniform(0.4, 0.6)), "device descriptor read/64, error %d", -71)
                state["usbnum"] += 1
                t2 += sec(0.3)
            t2 = usb_plug(
                j,
                F,
                t2,
                "1-4",
                state["usbnum"],
                "full-speed",
                "2972",
                "0047",
                (1, 4),
                "FiiO K3",
                "FiiO",
            )
            if r.random() < 0.4:
                t2 = P(
                    t2 + sec(0.3),
                    "pulseaudio",
                    "module-alsa-card.c",
                    "Failed to find a working profile.",
                )
                P(
                    t2 + sec(0.001),
                    "pulseaudio",
                    "module.c",
                    'Failed to load module "%s" (argument: "%s"): initialization failed.',
                    "module-alsa-card",
                    PA_USB_ARGS,
                )
            elif playing:
                usb_quirks(t2 + sec(r.uniform(2, 30)))
            t = t2

    flaps(at(8, 40), at(9, 40), 30)
    flaps(at(10, 5), at(10, 25), 35)
    for t in poisson(r, at(6, 30), t_end, 5400):
        usb_quirks(t)

    # a root cron job's notifier refused
    for a, b in [(at(7, 0, 4), at(8, 45)), (at(10, 30, 3), at(11, 50))]:
        t = a
        while t < b:
            if alive(t):
                P(
                    t,
                    "pulseaudio",
                    "protocol-native.c",
                    "Denied access to client with invalid authentication data.",
                )
            t += sec(r.choice([10, 10, 10, 11, 9]) + r.uniform(0, 0.05))

    # a crontab's `pulseaudio -D`
    cpid = 4100
    for m in range(10, 360, 10):
        t = at(6, 0) + timedelta(minutes=m) + sec(r.uniform(0.5, 1.5))
        if t >= t_end:
            break
        cpid += r.randint(40, 400)
        t = j.add(F, t, "pulseaudio", cpid, "Daemon already running.", pre="[pulseaudio] pid.c: ")
        j.add(
            F,
            t + sec(0.0004),
            "pulseaudio",
            cpid,
            "pa_pid_file_create() failed.",
            pre="[pulseaudio] main.c: ",
        )

    # the Bluetooth headset
    for h, m in [(6, 48), (7, 35), (8, 12), (10, 31), (11, 6), (11, 38)]:
        t = at(h, m, r.randint(0, 59))
        if r.random() < 0.7:
            t = P(
                t,
                "pulseaudio",
                "bluez5-util.c",
                "Transport TryAcquire() failed for transport %s (Operation Not Authorized)",
                f"{PA_HEADSET}/fd{r.randint(0, 5)}",
            )
        t = P(
            t + sec(r.uniform(0.05, 0.4)),
            "pulseaudio",
            "module-bluez5-device.c",
            "Default profile not connected, selecting off profile",
        )
        for _ in range(r.randint(0, 3)):
            t = P(
                t + sec(r.uniform(2, 20)),
                "pulseaudio",
                "module-bluez5-device.c",
                "Refused to switch profile to %s: Not connected",
                r.choice(["headset_head_unit", "a2dp_sink", "handsfree_head_unit"]),
            )

    # the restart
    t = SD(restart, "Stopping %s...", unit)
    t = SD(t + sec(0.2), "Stopped %s.", unit)
    t = j.add(
        F,
        t + sec(0.0005),
        "systemd",
        user_sd,
        "Consumed %s CPU time.",
        "3min 12.184s",
        pre="pulseaudio.service: ",
    )
    state["pid"] = 61877
    start(t + sec(0.3))
    woke(at(9, 47, 3))
    return j.logs(t0)


# ------------------------------------------------------------------------------ bluez

BT_ADDR = "00:e0:4c:23:99:87"
BT_HEADPHONES = "38:18:4C:AE:51:0D"
BT_KEYBOARD = ("Logitech K830", "046D", "B35A", BT_ADDR, "Keyboard", (0, 9))
BT_MOUSE = ("MX Anywhere 3", "046D", "B025", BT_ADDR, "Mouse", (0, 1))
BT_ENDPOINTS = [
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
    "/MediaEndpoint/A2DPSink/sbc_xq_552",
    "/MediaEndpoint/A2DPSource/sbc_xq_552",
]


def bluez(r: random.Random) -> list[Log]:
    """bluetoothd on livingroom, booted at 06:00: the headphones trying to connect before the
    user's session (`Protocol not available`), PipeWire's endpoints at the login, a keyboard
    and a BLE mouse reconnecting after each idle sleep, streams to the headphones, the
    headphones out of range 07:50-08:35 and 11:00-11:28 (bluetoothd's reconnect attempts), the dongle's ACL bursts and two
    command timeouts, bluetooth.service restarted at 09:40, a suspend 10:20 to 10:50, the
    airplane-mode key at 11:30."""
    j = Journal("livingroom")
    F = "journal.log"
    st = {"pid": 812, "hid": 3, "inp": 19, "hidraw": 3, "fd": -1, "sender": 46}

    def B(t: datetime, fmt: str, *vals: object, where: str = "") -> datetime:
        return j.add(F, t, "bluetoothd", st["pid"], fmt, *vals, pre=f"{where} " if where else "")

    def K(t: datetime, fmt: str, *vals: object, pre: str = "") -> datetime:
        return j.add(F, t, "kernel", None, fmt, *vals, pre=pre)

    def SD(t: datetime, fmt: str, *vals: object) -> datetime:
        return j.add(F, t, "systemd", 1, fmt, *vals)

    unit = "bluetooth.service - Bluetooth service"

    def firmware(t: datetime) -> datetime:
        t = K(
            t,
            "Bluetooth: %s: RTL: examining hci_ver=%02x hci_rev=%04x lmp_ver=%02x lmp_subver=%04x",
            "hci0",
            0x0A,
            0x000B,
            0x0A,
            0x8761,
        )
        t = K(t + sec(0.002), "Bluetooth: %s: RTL: loading %s", "hci0", "rtl_bt/rtl8761bu_fw.bin")
        t = K(
            t + sec(0.01), "Bluetooth: %s: RTL: loading %s", "hci0", "rtl_bt/rtl8761bu_config.bin"
        )
        return K(t + sec(0.4), "Bluetooth: %s: RTL: fw version 0x%08x", "hci0", 0xDFC6D922)

    def daemon_start(t: datetime) -> datetime:
        t = SD(t, "Starting %s...", unit)
        t = B(t + sec(0.05), "Bluetooth daemon %s", "5.72")
        t = B(t + sec(0.002), "Starting SDP server")
        for p in ["bap", "bass", "mcp", "vcp"]:
            t = B(t + sec(0.001), "Failed to init %s plugin", p, where="src/plugin.c:plugin_init()")
        t = B(
            t + sec(0.003),
            "Sap driver initialization failed.",
            where="profiles/sap/server.c:sap_server_register()",
        )
        t = B(t + sec(0.01), "Bluetooth management interface %u.%u initialized", 1, 22)
        t = SD(t + sec(0.001), "Started %s.", unit)
        t = SD(t + sec(0.01), "Reached target %s.", "bluetooth.target - Bluetooth Support")
        t = B(t + sec(0.02), "Battery Provider Manager created")
        t = B(
            t + sec(0.05),
            "Unable to set wake_support without RPA resolution",
            where="src/device.c:device_set_wake_support()",
        )
        return t

    def endpoints(t: datetime, reg: bool) -> datetime:
        if reg:
            st["sender"] += r.randint(3, 40)
        for e in BT_ENDPOINTS:
            t = B(
                t + sec(r.uniform(0.001, 0.01)),
                "Endpoint registered: sender=%s path=%s"
                if reg
                else "Endpoint unregistered: sender=%s path=%s",
                f":1.{st['sender']}",
                e,
            )
        return t

    def hid(t: datetime, dev: tuple) -> None:
        name, vid, pid, addr, kind, ver = dev
        st["hid"] += 1
        st["inp"] += 1
        st["hidraw"] = 3 + (st["hid"] % 3)
        hidid = f"0005:{vid}:{pid}.{st['hid']:04X}"
        t = K(
            t, "input: %s as %s", name, f"/devices/virtual/misc/uhid/{hidid}/input/input{st['inp']}"
        )
        K(
            t + sec(0.002),
            "%s: %s HID v%x.%02x %s [%s] on %s",
            f"input,hidraw{st['hidraw']}",
            "BLUETOOTH",
            *ver,
            kind,
            name,
            addr,
            pre=f"hid-generic {hidid}: ",
        )

    def acl(t: datetime, n: int) -> None:
        handle = r.choice([1, 2, 3, 256, 512, 3585])
        for _ in range(n):
            t = K(
                t + sec(r.expovariate(1 / 0.4)),
                "Bluetooth: %s: ACL packet for unknown connection handle %d",
                "hci0",
                handle,
            )

    t0 = at(6, 0, 4)
    t = K(
        t0,
        "Bluetooth: %s: RTL: examining hci_ver=%02x hci_rev=%04x lmp_ver=%02x lmp_subver=%04x",
        "hci0",
        0x0A,
        0x000B,
        0x0A,
        0x8761,
    )
    t = K(t + sec(0.002), "Bluetooth: %s: RTL: loading %s", "hci0", "rtl_bt/rtl8761bu_fw.bin")
    t = K(t + sec(0.01), "Bluetooth: %s: RTL: loading %s", "hci0", "rtl_bt/rtl8761bu_config.bin")
    t = K(t + sec(0.4), "Bluetooth: %s: RTL: fw version 0x%08x", "hci0", 0xDFC6D922)
    daemon_start(at(6, 0, 9))
    # the headphones connecting before the session: no A2DP endpoint yet
    t = at(6, 0, 15)
    for _ in range(4):
        t = B(
            t + sec(r.uniform(1, 3)),
            "%s profile connect failed for %s: Protocol not available",
            r.choice(["a2dp-sink", "a2dp-sink", "hfp-hf"]),
            BT_HEADPHONES,
            where="src/service.c:btd_service_connect()",
        )
    login = at(6, 21, 40)
    endpoints(login, True)
    restart = at(9, 40, 7)
    sleep_a, sleep_b = at(10, 20, 3), at(10, 50, 41)
    airplane = (at(11, 30, 12), at(11, 41, 5))

    def up(t: datetime) -> bool:
        return not (
            restart <= t < restart + sec(8)
            or sleep_a <= t < sleep_b + sec(5)
            or airplane[0] <= t < airplane[1]
        )

    # keyboard and mouse waking up
    wakes = [
        (t, dev)
        for dev, mean in [(BT_KEYBOARD, 240), (BT_MOUSE, 140)]
        for t in poisson(r, at(6, 3), at(12, 0), mean)
    ]
    for t, dev in sorted(wakes):
        if up(t):
            hid(t, dev)
    # streams to the headphones
    for t in poisson(r, login + sec(120), at(12, 0), 80):
        if up(t) and not (at(7, 50) <= t < at(8, 35) or at(11, 0) <= t < at(11, 30)):
            st["fd"] += 1
            B(
                t,
                "%s: fd(%d) ready",
                f"/org/bluez/hci0/dev_{BT_HEADPHONES.replace(':', '_')}/sep1/fd{st['fd']}",
                r.randint(24, 40),
            )
    # the headphones out of range: bluetoothd's reconnect attempts
    for t in poisson(r, at(7, 50), at(8, 35), 130) + poisson(r, at(11, 0), at(11, 28), 130):
        for d in [1, 2, 4, 8, 16, 32, 64]:
            t += sec(d + r.uniform(0.1, 0.9))
            if r.random() < 0.85:
                B(
                    t,
                    "connect to %s: Host is down (%d)",
                    BT_HEADPHONES,
                    112,
                    where="profiles/audio/avdtp.c:avdtp_connect_cb()",
                )
            else:
                B(
                    t,
                    "%s profile connect failed for %s: Device or resource busy",
                    "a2dp-sink",
                    BT_HEADPHONES,
                    where="src/service.c:btd_service_connect()",
                )
    # the dongle's ACL bursts
    for t in poisson(r, at(6, 10), at(12, 0), 360):
        if up(t):
            acl(t, r.randint(6, 45))
    for t in [at(9, 31, 44), at(9, 38, 2)]:
        K(t, "Bluetooth: %s: command 0x%04x tx timeout", "hci0", r.choice([0x0C03, 0x2005, 0x0405]))
    # the restart
    t = SD(restart, "Stopping %s...", unit)
    t = B(t + sec(0.001), "Terminating")
    t = endpoints(t + sec(0.01), False)
    t = B(t + sec(0.02), "Stopping SDP server")
    t = B(t + sec(0.001), "Exit")
    t = SD(t + sec(0.02), "Stopped %s.", unit)
    st["pid"] = 48211
    t = daemon_start(t + sec(0.1))
    endpoints(t + sec(0.6), True)
    # the suspend
    t = firmware(sleep_b)
    B(t + sec(0.3), "Controller resume with wake event 0x%x", 0)
    # airplane mode
    B(
        airplane[0],
        "Failed to set mode: Blocked through rfkill (0x%02x)",
        0x12,
        where="src/adapter.c:set_mode_complete()",
    )
    B(
        airplane[1],
        "Failed to set mode: Blocked through rfkill (0x%02x)",
        0x12,
        where="src/adapter.c:set_mode_complete()",
    )
    return j.logs(t0)


# ------------------------------------------------------------------------------ upower

DOCK_DEVS = [
    # port, speed, vid, pid, bcd, product, maker, interfaces
    ("3-1", "high-speed", "17ef", "a391", (5, 2), "USB2.0 Hub", "VIA Labs, Inc.", ["3-1:1.0"]),
    (
        "3-1.1",
        "full-speed",
        "046d",
        "c52b",
        (0x12, 0x11),
        "USB Receiver",
        "Logitech",
        ["3-1.1:1.0", "3-1.1:1.1", "3-1.1:1.2"],
    ),
    (
        "3-1.2",
        "full-speed",
        "04d9",
        "0169",
        (1, 0),
        "USB Keyboard",
        "Holtek Semiconductor",
        ["3-1.2:1.0", "3-1.2:1.1"],
    ),
    (
        "3-1.4",
        "high-speed",
        "17ef",
        "a396",
        (0x30, 4),
        "ThinkPad USB-C Dock Gen2 USB Audio",
        "Lenovo",
        ["3-1.4:1.0", "3-1.4:1.1", "3-1.4:1.2", "3-1.4:1.3"],
    ),
]
UP_PCI = "/sys/devices/pci0000:00/0000:00:14.0/usb3"


def upower(r: random.Random) -> list[Log]:
    """upowerd on a ThinkPad on its dock, 06:00 to 12:00: the dock's hub reset by its cable
    every few minutes 06:40-07:50 and 09:10-09:55 and now and then otherwise, the receiver's
    mouse failing to coldplug, the laptop on battery 10:05-10:50 (the worn battery's `energy
    bigger than full`), a lunch suspend 11:05-11:40, upower restarted at 11:50."""
    j = Journal("x13")
    F = "journal.log"
    st = {"pid": 1047, "num": 3, "hid": 7, "inp": 14}
    logind = 889

    def U(t: datetime, fmt: str, *vals: object) -> datetime:
        return j.add(F, t, "upowerd", st["pid"], fmt, *vals)

    def K(t: datetime, fmt: str, *vals: object, pre: str = "") -> datetime:
        return j.add(F, t, "kernel", None, fmt, *vals, pre=pre)

    def reset(t: datetime) -> None:
        # unplug: children first, then the hub
        for k in reversed(range(len(DOCK_DEVS))):
            port, ifs = DOCK_DEVS[k][0], DOCK_DEVS[k][-1]
            path = f"{UP_PCI}/{port}" if "." not in port else f"{UP_PCI}/3-1/{port}"
            t = K(
                t + sec(r.uniform(0.001, 0.02)),
                "USB disconnect, device number %d",
                st["num"] + k,
                pre=f"usb {port}: ",
            )
            for i in ifs:
                t = U(
                    t + sec(r.uniform(0.001, 0.01)),
                    "unhandled action '%s' on %s",
                    "unbind",
                    f"{path}/{i}",
                )
            t = U(t + sec(r.uniform(0.001, 0.01)), "unhandled action '%s' on %s", "unbind", path)
        t += sec(r.uniform(0.8, 2.5))
        st["num"] += len(DOCK_DEVS)
        for k, (port, speed, vid, pid, bcd, prod, maker, ifs) in enumerate(DOCK_DEVS):
            t = usb_plug(
                j,
                F,
                t + sec(r.uniform(0.1, 0.3)),
                port,
                st["num"] + k,
                speed,
                vid,
                pid,
                bcd,
                prod,
                maker,
            )
            if port == "3-1":
                t = K(t + sec(0.002), "USB hub found", pre="hub 3-1:1.0: ")
                t = K(t + sec(0.0005), "%d port%s detected", 4, "s", pre="hub 3-1:1.0: ")
            path = f"{UP_PCI}/{port}" if "." not in port else f"{UP_PCI}/3-1/{port}"
            t = U(t + sec(r.uniform(0.001, 0.01)), "treating change event as add on %s", path)
            for i in ifs:
                t = U(
                    t + sec(r.uniform(0.001, 0.01)),
                    "unhandled action '%s' on %s",
                    "bind",
                    f"{path}/{i}",
                )
            if port == "3-1.1":
                st["hid"] += 1
                st["inp"] += 1
                hidid = f"0003:046D:C52B.{st['hid']:04X}"
                t = K(
                    t + sec(0.05),
                    "%s: %s HID v%x.%02x %s [%s] on %s",
                    "hidraw2",
                    "USB",
                    1,
                    0x11,
                    "Device",
                    "Logitech USB Receiver",
                    "usb-0000:00:14.0-1.1/input2",
                    pre=f"logitech-djreceiver {hidid}: ",
                )
                st["hid"] += 1
                t = K(
                    t + sec(0.3),
                    "input: %s as %s",
                    "Logitech Wireless Mouse",
                    f"/devices/pci0000:00/0000:00:14.0/usb3/3-1/3-1.1/3-1.1:1.2/0003:046D:C52B.{st['hid'] - 1:04X}/0003:046D:4054.{st['hid']:04X}/input/input{st['inp']}",
                )
                t = K(
                    t + sec(0.001),
                    "HID++ %u.%u device connected.",
                    4,
                    5,
                    pre=f"logitech-hidpp-device 0003:046D:4054.{st['hid']:04X}: ",
                )
                if r.random() < 0.3:
                    t = U(
                        t + sec(r.uniform(0.2, 1.5)),
                        "failed to coldplug unifying device: Unable to read response from device: Resource temporarily unavailable",
                    )
            if port == "3-1.2":
                st["hid"] += 1
                st["inp"] += 1
                hidid = f"0003:04D9:0169.{st['hid']:04X}"
                t = K(
                    t + sec(0.02),
                    "input: %s as %s",
                    "Holtek USB Keyboard",
                    f"/devices/pci0000:00/0000:00:14.0/usb3/3-1/3-1.2/3-1.2:1.0/{hidid}/input/input{st['inp']}",
                )
                t = K(
                    t + sec(0.06),
                    "%s: %s HID v%x.%02x %s [%s] on %s",
                    "input,hidraw3",
                    "USB",
                    1,
                    0x11,
                    "Keyboard",
                    "Holtek USB Keyboard",
                    "usb-0000:00:14.0-1.2/input0",
                    pre=f"hid-generic {hidid}: ",
                )

    t0 = at(6, 0)
    resets = [
        t
        for a, b, mean in [
            (at(6, 40), at(7, 50), 270),
            (at(9, 10), at(9, 55), 200),
            (at(6, 0, 30), at(11, 0), 2400),
        ]
        for t in poisson(r, a, b, mean)
    ]
    for t in sorted(resets):
        reset(t)
    # on battery: the worn battery's energy readings
    full = 38.64
    t = at(10, 5, 12)
    energy = 40.1
    while t < at(10, 50):
        energy -= r.uniform(0.05, 0.2)
        if energy > full:
            U(t, "energy %f bigger than full %f", energy, full)
        else:
            full = round(energy - 0.01, 2) if r.random() < 0.5 else full
            if energy > full:
                U(t, "energy %f bigger than full %f", energy, full)
        t += sec(30 + r.uniform(0, 0.2))
    # the lunch suspend
    t = j.add(F, at(11, 5, 31), "systemd-logind", logind, "Lid closed.")
    t = j.add(F, t + sec(0.01), "systemd-logind", logind, "Suspending...")
    t = j.add(
        F, t + sec(0.2), "systemd", 1, "Starting %s...", "systemd-suspend.service - System Suspend"
    )
    t = j.add(
        F, t + sec(0.05), "systemd-sleep", 30144, "Performing sleep operation '%s'...", "suspend"
    )
    t = K(t + sec(0.02), "PM: suspend entry (%s)", "s2idle")
    t = K(at(11, 40, 2), "PM: suspend exit")
    t = j.add(
        F,
        t + sec(0.3),
        "systemd-sleep",
        30144,
        "System returned from sleep operation '%s'.",
        "suspend",
    )
    t = j.add(
        F, t + sec(0.01), "systemd", 1, "Finished %s.", "systemd-suspend.service - System Suspend"
    )
    t = j.add(F, t + sec(0.01), "systemd-logind", logind, "Operation '%s' finished.", "suspend")
    t = j.add(F, t + sec(0.3), "systemd-logind", logind, "Lid opened.")
    reset(t + sec(1.5))
    # upower restarted
    t = j.add(
        F,
        at(11, 50, 40),
        "systemd",
        1,
        "Stopping %s...",
        "upower.service - Daemon for power management",
    )
    t = j.add(
        F,
        t + sec(0.05),
        "systemd",
        1,
        "Stopped %s.",
        "upower.service - Daemon for power management",
    )
    st["pid"] = 31877
    t = j.add(
        F,
        t + sec(0.02),
        "systemd",
        1,
        "Starting %s...",
        "upower.service - Daemon for power management",
    )
    j.add(
        F, t + sec(0.3), "systemd", 1, "Started %s.", "upower.service - Daemon for power management"
    )
    return j.logs(t0)


# ------------------------------------------------------------------------------ fwupd

FW_PLUGINS = [
    ("acpi_dmar", None),
    ("acpi_facp", None),
    ("bcm57xx", "pci"),
    ("ccgx", None),
    ("cpu", None),
    ("dell", None),
    ("dell_dock", None),
    ("dfu", None),
    ("ep963x", None),
    ("iommu", "iommu"),
    ("linux_lockdown", None),
    ("linux_sleep", None),
    ("linux_swap", None),
    ("linux_tainted", None),
    ("logitech_hidpp", "hidraw"),
    ("msr", "msr"),
    ("nvme", "nvme"),
    ("pci_mei", "mei"),
    ("realtek_mst", "i2c"),
    ("rts54hid", None),
    ("rts54hub", None),
    ("synaptics_mst", "drm_dp_aux_dev"),
    ("thunderbolt", "thunderbolt"),
    ("tpm", "tpm"),
    ("uefi_capsule", None),
    ("vli", None),
]
FW_DOCK = [
    ("usb:03:00:01", "vli"),
    ("usb:03:00:01:02", "vli"),
    ("usb:03:00:01:04", "rts54hid"),
    ("usb:03:00:01:05", "dell_dock"),
]
FW_FIXED = [
    ("cpu:0", "cpu"),
    ("/sys/devices/pci0000:00/0000:00:1d.0/0000:04:00.0", "nvme"),
    ("/sys/devices/platform/MSFT0101:00/tpm/tpm0", "tpm"),
    ("/sys/devices/pci0000:00/0000:00:16.0/mei/mei0", "pci_mei"),
]


def fwupd(r: random.Random) -> list[Log]:
    """fwupd and fwupd-refresh on t14, 06:00 to 12:00: the refresh timer's run at 06:30
    activating the daemon (start-up with --verbose), the dock's resets adding and removing its
    four devices, probes failing after a reset, the daemon's idle exit at 08:31, an update of
    the dock's hub at 09:12 (the status emitted at each step, the device gone and back), the
    refresh failing at 10:45 while DNS is down, and working again at 11:15."""
    j = Journal("t14")
    F = "journal.log"
    st = {"pid": 0, "alive": False}
    present: set[str] = set()

    def head(domain: str) -> Callable[[datetime], str]:
        return lambda x: f"{x:%H:%M:%S}:{x.microsecond // 1000:04d} {domain:<20} "

    def W(t: datetime, domain: str, fmt: str, *vals: object) -> datetime:
        return j.add(F, t, "fwupd", st["pid"], fmt, *vals, pre=head(domain))

    def SD(t: datetime, fmt: str, *vals: object, unit: str = "") -> datetime:
        return j.add(F, t, "systemd", 1, fmt, *vals, pre=f"{unit}: " if unit else "")

    def hashid(dev: str) -> str:
        return f"{random.Random(f'fw-{dev}').getrandbits(160):040x}"

    def add_dev(t: datetime, dev: str, plugin: str) -> datetime:
        present.add(dev)
        h = hashid(dev)
        t = W(t, "FuDevice", "using %s for %s", h, dev)
        t = W(t + sec(0.0003), "FuPlugin", "emit added from %s: %s", plugin, h)
        return W(t + sec(0.0002), "FuDeviceList", "::added %s", h)

    def start(t: datetime) -> datetime:
        st["pid"] += r.randint(800, 4000)
        st["alive"] = True
        present.clear()
        t = SD(t, "Starting %s...", "Firmware update daemon")
        t = W(t + sec(0.05), "FuDebug", "Verbose debugging enabled (on console %i)", 0)
        t = W(t + sec(0.002), "FuConfig", "loading config values from %s", "/etc/fwupd/daemon.conf")
        for rem in ["lvfs.conf", "lvfs-testing.conf", "vendor.conf", "vendor-directory.conf"]:
            t = W(
                t + sec(0.001),
                "FuRemoteList",
                "loading remote from %s",
                f"/etc/fwupd/remotes.d/{rem}",
            )
        t = W(
            t + sec(0.003), "FuHistory", "trying to open database '%s'", "/var/lib/fwupd/pending.db"
        )
        t = W(t + sec(0.002), "FuIdle", "setting timeout to %us", 7200)
        t = W(t + sec(0.03), "FuEngine", "%u components now in silo", 1187)
        for p, sub in FW_PLUGINS:
            t = W(
                t + sec(r.uniform(0.0005, 0.003)),
                "FuPlugin",
                "init(%s)",
                f"/usr/lib/x86_64-linux-gnu/fwupd-plugins-5/libfu_plugin_{p}.so",
            )
            if sub:
                t = W(t + sec(0.0002), "FuPlugin", "added udev subsystem watch of %s", sub)
        t = W(t + sec(0.001), "FuEngine", "Emitting PropertyChanged('Status'='%s')", "loading")
        t = W(t + sec(0.0002), "FuMain", "Emitting PropertyChanged('Status'='%s')", "loading")
        for p in ["linux_lockdown", "linux_swap", "linux_tainted", "msr", "tpm", "uefi_capsule"]:
            t = W(t + sec(r.uniform(0.0005, 0.002)), "FuPlugin", "startup(%s)", p)
        for p in ["cpu", "dell", "nvme", "pci_mei", "tpm", "uefi_capsule", "thunderbolt"]:
            t = W(t + sec(r.uniform(0.001, 0.02)), "FuPlugin", "coldplug(%s)", p)
        for dev, p in FW_FIXED + FW_DOCK:
            t = add_dev(t + sec(r.uniform(0.002, 0.05)), dev, p)
        t = W(t + sec(0.01), "FuEngine", "Emitting PropertyChanged('Status'='%s')", "idle")
        t = W(t + sec(0.0002), "FuMain", "Emitting PropertyChanged('Status'='%s')", "idle")
        t = W(t + sec(0.01), "FuMain", "Daemon ready for requests (locale %s)", "en_GB.UTF-8")
        t = W(t + sec(0.001), "FuMain", "acquired name: %s", "org.freedesktop.fwupd")
        return SD(t + sec(0.001), "Started %s.", "Firmware update daemon")

    refresh_unit = "Refresh fwupd metadata and update motd"

    def refresh(t: datetime, ok: bool) -> datetime:
        mgr = r.randint(20000, 60000)
        t = SD(t, "Starting %s...", refresh_unit)
        if not st["alive"]:
            t = start(t + sec(0.2))
        t = j.add(F, t + sec(0.3), "fwupdmgr", mgr, "Updating %s", "lvfs")
        if ok:
            t = W(t + sec(r.uniform(1, 3)), "FuEngine", "%u components now in silo", 1191)
            t = j.add(
                F,
                t + sec(0.2),
                "fwupdmgr",
                mgr,
                "Successfully downloaded new metadata: %u local devices supported",
                3,
            )
            t = SD(t + sec(0.01), "Deactivated successfully.", unit="fwupd-refresh.service")
            return SD(t + sec(0.0005), "Finished %s.", refresh_unit)
        t = j.add(
            F,
            t + sec(r.uniform(5, 10)),
            "fwupdmgr",
            mgr,
            "Failed to download %s: Could not resolve host: %s",
            "https://cdn.fwupd.org/downloads/firmware.xml.gz.jcat",
            "cdn.fwupd.org",
        )
        t = SD(
            t + sec(0.01),
            "Main process exited, code=exited, status=%d/%s",
            1,
            "FAILURE",
            unit="fwupd-refresh.service",
        )
        t = SD(
            t + sec(0.0005), "Failed with result '%s'.", "exit-code", unit="fwupd-refresh.service"
        )
        return SD(t + sec(0.0005), "Failed to start %s.", refresh_unit)

    t0 = at(6, 0)
    refresh(at(6, 30, 2), True)
    idle_exit = at(8, 31, 14)

    def dock_reset(t: datetime) -> None:
        if not st["alive"]:
            return
        for dev, _p in reversed(FW_DOCK):
            if dev in present:
                present.discard(dev)
                t = W(t + sec(r.uniform(0.001, 0.02)), "FuDeviceList", "::removed %s", hashid(dev))
        t += sec(r.uniform(1.2, 3))
        for dev, p in FW_DOCK:
            if r.random() < 0.25 and p != "vli":
                t = W(
                    t + sec(r.uniform(0.05, 0.3)),
                    "FuEngine",
                    "failed to probe device %s: USB error on device %04x:%04x : Entity not found [%i]",
                    dev,
                    {"rts54hid": "0bda", "dell_dock": "413c"}[p],
                    {"rts54hid": "5413", "dell_dock": "b06e"}[p],
                    -5,
                )
                continue
            t = add_dev(t + sec(r.uniform(0.05, 0.3)), dev, p)

    for a, b, mean in [(at(6, 31), idle_exit, 100), (at(9, 40), at(12, 0), 95)]:
        for t in poisson(r, a, b, mean):
            if at(10, 45) <= t < at(10, 46) or at(11, 15) <= t < at(11, 16):
                continue
            dock_reset(t)
    # the idle exit
    SD(idle_exit, "Deactivated successfully.", unit="fwupd.service")
    st["alive"] = False
    # the update of the dock's hub
    t = start(at(9, 12, 5))
    for s in [
        "decompressing",
        "loading",
        "device-restart",
        "device-write",
        "device-write",
        "device-verify",
        "device-restart",
        "idle",
    ]:
        t += sec(r.uniform(2, 25))
        if s == "device-restart":
            for dev, _p in reversed(FW_DOCK):
                if dev in present:
                    present.discard(dev)
                    t = W(
                        t + sec(r.uniform(0.001, 0.02)), "FuDeviceList", "::removed %s", hashid(dev)
                    )
            t += sec(r.uniform(3, 8))
            for dev, p in FW_DOCK:
                t = add_dev(t + sec(r.uniform(0.05, 0.3)), dev, p)
        t = W(t, "FuEngine", "Emitting PropertyChanged('Status'='%s')", s)
        t = W(t + sec(0.0002), "FuMain", "Emitting PropertyChanged('Status'='%s')", s)
    refresh(at(10, 45, 3), False)
    refresh(at(11, 15, 9), True)
    return j.logs(t0)


# ------------------------------------------------------------------------------ udisks

UD_BACKUP = (
    "sdb",
    "sdb1",
    "6:0:0:0",
    "8:17",
    "/media/backup/WD-Elements",
    "WDC_WD20EFRX_68EUZN0_WD_WCC4M3KX2T91",
)
UD_PHOTOS = ("sdc", "sdc1", "7:0:0:0", "8:33", "/media/backup/Photos", "Seagate_Expansion_NAA7QW2E")
UD_UNITS = {
    "/media/backup/WD-Elements": "media-backup-WD\\x2dElements.mount",
    "/media/backup/Photos": "media-backup-Photos.mount",
}


def udisks(r: random.Random) -> list[Log]:
    """udisksd on nuc, 06:00 to 12:00: restarted at 06:00:30 by unattended-upgrades, half-hourly
    backups mounting and unmounting two USB disks, the photos disk dropping off its cable
    07:10-08:05 (the mount point cleaned up, the disk attached again and mounted by the user's
    automounter), the backup disk's bad sectors at the 08:15 and 10:15 runs, SMART
    housekeeping failing every ten minutes on both USB bridges, two snap refreshes, the photos
    disk powered off at 11:40."""
    j = Journal("nuc")
    F = "journal.log"
    st = {"pid": 6170, "usbnum": 5, "host": 7, "minor": 33}

    def U(t: datetime, fmt: str, *vals: object) -> datetime:
        return j.add(F, t, "udisksd", st["pid"], fmt, *vals)

    def K(t: datetime, fmt: str, *vals: object, pre: str = "") -> datetime:
        return j.add(F, t, "kernel", None, fmt, *vals, pre=pre)

    def SD(t: datetime, fmt: str, *vals: object, unit: str = "") -> datetime:
        return j.add(F, t, "systemd", 1, fmt, *vals, pre=f"{unit}: " if unit else "")

    def start(t: datetime) -> datetime:
        t = SD(t, "Starting %s...", "Disk Manager")
        t = U(t + sec(0.05), "udisks daemon version %s starting", "2.9.4")
        t = U(
            t + sec(0.02),
            "failed to load module %s: %s: cannot open shared object file: No such file or directory",
            "mdraid",
            "libbd_mdraid.so.2",
        )
        t = U(t + sec(0.0003), "Failed to load the '%s' libblockdev plugin", "mdraid")
        t = U(t + sec(0.3), "Acquired the name org.freedesktop.UDisks2 on the system message bus")
        return SD(t + sec(0.001), "Started %s.", "Disk Manager")

    def mount(t: datetime, d: tuple[str, ...], uid: int) -> datetime:
        _disk, part, _scsi, _mm, path, _drive = d
        t = K(
            t + sec(r.uniform(0.2, 1.5)),
            "EXT4-fs (%s): mounted filesystem with %s data mode. Opts: %s. Quota mode: %s.",
            part,
            "ordered",
            "(null)",
            "none",
        )
        return U(t + sec(0.01), "Mounted %s at %s on behalf of uid %u", f"/dev/{part}", path, uid)

    def unmount(t: datetime, d: tuple[str, ...], uid: int) -> datetime:
        _disk, part, _scsi, _mm, path, _drive = d
        t = SD(t, "Deactivated successfully.", unit=UD_UNITS[path])
        return U(t + sec(0.01), "Unmounted %s on behalf of uid %u", f"/dev/{part}", uid)

    def io_error(t: datetime, d: tuple[str, ...]) -> datetime:
        disk, part, scsi, *_ = d
        pre = f"sd {scsi}: [{disk}] "
        tag = r.randint(0, 31)
        sector = r.randint(1200000000, 1200400000)
        t = K(
            t,
            "FAILED Result: hostbyte=%s driverbyte=%s cmd_age=%ds",
            "DID_OK",
            "DRIVER_OK",
            r.randint(3, 9),
            pre=f"{pre}tag#{tag} ",
        )
        t = K(
            t + sec(0.0001),
            "Sense Key : %s [%s]",
            "Medium Error",
            "current",
            pre=f"{pre}tag#{tag} ",
        )
        t = K(t + sec(0.0001), "Add. Sense: %s", "Unrecovered read error", pre=f"{pre}tag#{tag} ")
        cdb = f"{sector:08x}"
        t = K(
            t + sec(0.0001),
            "CDB: %s",
            f"Read(10) 28 00 {cdb[0:2]} {cdb[2:4]} {cdb[4:6]} {cdb[6:8]} 00 00 08 00",
            pre=f"{pre}tag#{tag} ",
        )
        t = K(
            t + sec(0.0001),
            "%s: %s error, dev %s, sector %llu op 0x%x:(%s) flags 0x%x phys_seg %u prio class %u",
            "blk_update_request",
            "I/O",
            disk,
            sector,
            0,
            "READ",
            0x80700,
            1,
            0,
        )
        return K(
            t + sec(0.0002),
            "Buffer I/O error on dev %s, logical block %llu, async page read",
            part,
            (sector - 2048) // 8,
        )

    t0 = at(6, 0)
    # udisks2 restarted by unattended-upgrades (its stop is in the previous file)
    st["pid"] = 21877
    start(at(6, 0, 31))
    # half-hourly backups
    for h, m in [(h, m) for h in range(6, 12) for m in (15, 45)]:
        t = at(h, m, 2) + sec(r.uniform(0, 2))
        for d in (UD_BACKUP, UD_PHOTOS):
            if d is UD_PHOTOS and at(7, 10) <= t < at(8, 5):
                continue
            if d is UD_PHOTOS and t >= at(11, 40):
                continue
            t = mount(t, d, 0)
            dur = r.uniform(200, 700)
            if d is UD_BACKUP and (h, m) in ((8, 15), (10, 15)):
                tt = t + sec(5)
                for _ in range(r.randint(105, 135)):
                    tt = io_error(tt + sec(r.uniform(0.5, 4)), d)
                    if r.random() < 0.1:
                        tt = K(
                            tt + sec(0.5),
                            "reset %s USB device number %d using %s",
                            "SuperSpeed",
                            4,
                            "xhci_hcd",
                            pre="usb 2-1: ",
                        )
                dur = (tt - t).total_seconds() + 20
            t = unmount(t + sec(dur), d, 0)
    # the photos disk's cable
    mounted = False
    for t in poisson(r, at(7, 10), at(8, 5), 75):
        path = UD_PHOTOS[4]
        t = K(t, "USB disconnect, device number %d", st["usbnum"], pre="usb 2-2: ")
        if mounted:
            t = U(
                t + sec(0.05),
                "Cleaning up mount point %s (device %u:%u no longer exists)",
                path,
                8,
                st["minor"],
            )
            t = SD(t + sec(0.01), "Deactivated successfully.", unit="media-backup-Photos.mount")
        mounted = r.random() < 0.8
        st["usbnum"] += 1
        st["host"] += 1
        st["minor"] = 33 if st["minor"] == 49 else 49
        letter = "c" if st["minor"] == 33 else "d"
        t = usb_plug(
            j,
            F,
            t + sec(r.uniform(1, 6)),
            "2-2",
            st["usbnum"],
            "SuperSpeed",
            "0bc2",
            "2322",
            (7, 7),
            "Expansion",
            "Seagate",
            serial=True,
        )
        pre = f"sd {st['host']}:0:0:0: [sd{letter}] "
        t = K(
            t + sec(1.1),
            "%llu %u-byte logical blocks: (%s/%s)",
            3907029167,
            512,
            "2.00 TB",
            "1.82 TiB",
            pre=pre,
        )
        t = K(t + sec(0.001), "Attached SCSI disk", pre=pre)
        if mounted:
            t = K(
                t + sec(r.uniform(0.3, 1)),
                "EXT4-fs (%s): mounted filesystem with %s data mode. Opts: %s. Quota mode: %s.",
                f"sd{letter}1",
                "ordered",
                "(null)",
                "none",
            )
            U(
                t + sec(0.01),
                "Mounted %s at %s on behalf of uid %u",
                f"/dev/sd{letter}1",
                path,
                1000,
            )
    # SMART housekeeping every ten minutes
    for m in range(10, 360, 10):
        t = at(6, 0) + timedelta(minutes=m) + sec(r.uniform(0, 1))
        if at(6, 0, 31) <= t < at(6, 1):
            continue
        dump = "\n".join(
            [
                "0000: 0e 09 0c 00  00 00 ff 00  00 00 00 00  00 00 50 00    ................",
                "0010: 00 00 00 00  00 00 00 00  00 00 00 00  00 00 00 00    ................",
            ]
        )
        t = U(
            t,
            "Error performing housekeeping for drive %s: Error updating SMART data: Error sending ATA command CHECK POWER MODE: Unexpected sense data returned:\n%s (%s, %d)",
            f"/org/freedesktop/UDisks2/drives/{UD_BACKUP[5]}",
            dump + "\n",
            "g-io-error-quark",
            0,
        )
        if not (at(7, 10) <= t < at(8, 5)) and t < at(11, 40):
            U(
                t + sec(r.uniform(0.2, 2)),
                "Error performing housekeeping for drive %s: Error updating SMART data: sk_disk_smart_read_data: Operation not supported (%s, %d)",
                f"/org/freedesktop/UDisks2/drives/{UD_PHOTOS[5]}",
                "udisks-error-quark",
                0,
            )
    # snap refreshes
    for t in [at(7, 41, 12), at(10, 12, 40), at(11, 52, 3)]:
        for n in r.sample(range(0, 14), r.randint(4, 9)):
            t = U(
                t + sec(r.uniform(0.5, 6)),
                "Error getting '%s' information: Failed to get status of the device %s: No such device or address (%s, %d)",
                f"loop{n}",
                f"loop{n}",
                "g-bd-loop-error-quark",
                0,
            )
    # the photos disk powered off
    U(
        at(11, 40, 17),
        "Powered off %s - successfully wrote to sysfs path %s",
        "/dev/sdc",
        "/sys/devices/pci0000:00/0000:00:14.0/usb2/2-2/remove",
    )
    K(at(11, 40, 17) + sec(0.01), "USB disconnect, device number %d", st["usbnum"], pre="usb 2-2: ")
    return j.logs(t0)


SYSTEMS = {
    "pulseaudio": pulseaudio,
    "bluez": bluez,
    "upower": upower,
    "fwupd": fwupd,
    "udisks": udisks,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
