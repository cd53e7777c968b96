#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 164 (saned, colord, gdm, tigervnc, sddm) into bench/heldout/,
the same way and under the same label rules as generate.py (bench/README.md, "heldout.py"): each
program's log is simulated from its format strings over a seeded run, and every line that starts an
event is labelled with the format string that wrote it as it is written. Distinct calls of one
process never share a timestamp at the log's resolution (round 53's Clock, kept per process and per
file), except in Xvnc's log, whose time is a ctime() line written once per second above the lines of
that second. Five programs around devices and graphical sessions, 06:00 to 12:00 on 2024-06-07. The
brief's fourth system, LightDM, is replaced: lightdm.log always holds LightDM's debug output, and
one greeter start, login and logout write 40-55 distinct formats, which cannot stay within the
round's 15-30 templates; the other display managers not in the set (xdm, LXDM, greetd) log too
little to fill a six-hour run. TigerVNC's Xvnc takes its place: the X server LightDM's [VNCServer]
runs, and with vncsession a PAM session starter of its own.

- saned (sane-backends 1.2.1 on Debian 12, `scan01-syslog`, `scan02-syslog`: rsyslog's RFC 3339
  high-precision /var/log/syslog, `2024-06-07T06:00:13.153389+00:00 scan01 saned[31115]: ...`), one
  saned per connection from saned.socket at its default debug level 2 (vsyslog at LOG_DEBUG):
  systemd's `Started saned@%u-%s:6566-%s:%u.service - Scanner Service.`, saned's `saned (%s) from %s
  starting up`, `check_host: access by remote host: %s` (IPv4-mapped addresses), `init: access
  granted to %s@%s`, `saned exiting`, `Deactivated successfully.`, `Consumed %s CPU time.` after
  scans (systemd logs it from a second of CPU); scan01 (a Fujitsu fi-7160 for the office) listed
  every 90 s by the scanservjs container on paperless01, office app launches and scans; paperless01
  moved to a new address at 08:34 (`init: access by host %s denied` every 90 s until saned.conf is
  fixed at 10:06), a saned.users file restricting the fujitsu backend 10:06-11:04 (`process_request:
  access to resource `%s' denied`), the scanner unplugged by the cleaners 07:12-07:31 (the kernel's
  `USB disconnect, device number %d` and the six lines of its return), clients going away mid-scan
  (`quit: received signal %d` / `quit: exiting` on SIGPIPE, `process_request: bad status %d` with
  ECONNRESET 104 or EOF's EINVAL 22); scan02 (a Canon DR-C225 in the mailroom) and its USB reset at
  09:05 (`reset high-speed USB device number %d using %s`).
- colord (colord 1.4.7 on three Ubuntu 24.04 design-studio workstations, `ws-design1.log`,
  `ws-design2.log`, `ws-design3.log`: `journalctl -o short-precise`, `Jun 07 06:24:31.410000
  ws-design1 colord[1187]: ...`): colord's syslog lines `Device added: %s`, `Device removed: %s`,
  `Profile added: %s`, `Profile removed: %s`, `Automatic metadata add %s to %s`, `Automatic database
  add %s to %s`, `Automatic remove of %s from %s` and its warning `failed to get session [pid %u]:
  No data available` for every device cupsd creates outside a session; a cups security update
  restarting cupsd and cups-browsed at 06:2x (the printers' devices and `%s-Gray..` / `%s-RGB..`
  profiles removed and added again); the users logging in (GNOME's gsd-color registering their
  calibrated displays: `xrandr-EIZO Corporation-CG2700X-24551034` and the like, `icc-<md5>`
  profiles); the large-format Epson behind a flaky Wi-Fi bridge dropping off mDNS every minute or so
  07:20-11:10 (cups-browsed deleting and re-creating its queue: some 680 each of `Device removed`,
  the session warning and `Device added`); colord crashing on ws-design1 at 09:02
  (systemd-coredump's `Process %d (%s) of user %u dumped core.` with its stack over 23 more lines,
  `Main process exited, code=%s, status=%i/%s`, `Failed with result '%s'.`, D-Bus activation again:
  25 system profiles); ws-design2's KVM switch (gsd-color's `unable to get EDID for %s: unable to
  get EDID for output`); ws-design3 docked at 08:57, undocked at 11:20 (`failed to connect to
  device: Failed to connect to missing device %s`) and docked again; ws-design2 rebooted at 11:27
  (journalctl's `-- Boot %s --` separator between the boots).
- GDM (GDM 42 on twelve Ubuntu 22.04 lab PCs with SSSD, `room-a.log`, `room-b.log`: two rooms'
  journals from the log host's systemd-journal-remote, `journalctl -o short-iso`,
  `2024-06-07T06:52:14+00:00 lab-a02 gdm-password][47489]: ...`, the session worker's identifier
  `gdm-password]` as its process title leaves it): students logging in and out from 07:00
  (pam_unix's `authentication failure; ... rhost=  user=%s` before every pam_sss `authentication
  success`, gkr-pam's three lines, `session opened for user %s(uid=%lu) by %s(uid=%lu)` and `session
  closed for user %s` for the user's and the greeter's sessions, logind's `New session %s of user
  %s.`, `Session %s logged out. Waiting for processes to exit.`, `Removed session %s.`, GDM 42's
  `GLib: g_hash_table_find: assertion 'version == hash_table->version' failed` at every logout);
  mistyped passwords (`received for user %s: %d (Authentication failure)`) and user names (`check
  pass; user unknown`, `... (User not known to the underlying authentication module)`); the
  directory unreachable 07:50-08:25 (students without cached credentials: `... (Authentication
  service cannot retrieve authentication info)`); lab-b04's X server failing at 09:09 (`Gdm:
  GdmDisplay: Session never registered, failing`, `Gdm: Child process %d was already dead.` three
  times, `GdmLocalDisplayFactory: maximum number of X display failures reached: ...`);
  accountsservice upgraded on lab-a02 at 10:38 (`Failed to contact accountsservice: Error calling
  StartServiceByName for %s: Timeout was reached` at each greeter start).
- TigerVNC (TigerVNC 1.12.0's Xvnc on Debian 12, three users' persistent desktops on devbox01 from
  vncserver@:1-:3, `devbox01:1.log`, `devbox01:2.log`, `devbox01:3.log`: the file vncsession sends
  Xvnc's stderr to): rfb's Logger_File writes ` Component:  message` padded to column 13 and
  word-wrapped at 79 columns (the rest on lines indented 13), and, in the same write, a blank line
  and a ctime() line (`Fri Jun  7 06:00:37 2024`) above the first message of each new second; the X
  server's own ErrorF output has no time. Icinga's TCP check on every port every 4 minutes (212:
  `accepted: %s`, `closing %s: Clean disconnection`, EncodeManager's `Framebuffer updates: %u` and
  the two lines of its total, `0 B (1:-nan ratio)`, `closed: %s`, ComparingUpdateTracker's `%s in /
  %s out` and `(1:%g ratio)`; with the other connections 247 of each); the users' viewers (`Client
  needs protocol version %d.%d`, `Client requests security type %s(%d)`, SVeNCrypt's `... %s (%d)`,
  `Server default pixel format %s`, `Client pixel format %s`, the statistics of a real session: a
  line per encoder and two per encoding type); bkowalski on a flaky VPN 07:31-08:44 (`closing %s:
  read: Connection reset by peer (%d)`, the viewer's AutoSelect switching to 8-bit colour and
  back); cnguyen's Xvnc restarted at 09:52 (vncsession truncates the log: the file starts there,
  with the banner `Xvnc %s - built %s` and its copyright lines, `Underlying X server release %d,
  %s`, vncext's three start-up lines, the X server's `[mi] mieq: warning: ...` and the xkbcomp
  report twice); a Nessus scan at 10:15 (`closing %s: reading version failed: not an RFB client?`,
  wrapped; `AuthFailureException: Authentication failure` and `closing %s: Authentication failure`
  for default passwords, `blacklisted: %s` once the blacklist holds the scanner).
- sddm (sddm 0.20 on three museum kiosks running Alpine Linux with OpenRC and elogind: no journald,
  so sddm writes /var/log/sddm.log itself, `kiosk-01-sddm.log` .. `kiosk-03-sddm.log`,
  `[06:30:00.410] (II) DAEMON: message`, `(WW)` / `(EE)` for warnings and errors, the helper's lines
  `HELPER:`): autologin of the `kiosk` user into a Chromium kiosk session with `Relogin=true`, each
  login `Adding new display...`, `Xauthority path: %s`, `Using VT %d`, `Display server starting...`,
  `Writing cookie to %s` (twice by the daemon, once by the helper), `Running: %s %s`, `Setting
  default cursor`, `Running display setup script  %s`, `Display server started.`, `Reading from %s`,
  `Session %s selected, command: %s for VT %d`, the helper's `[PAM] Starting...`, `[PAM]
  Authenticating...`, `[PAM] returning.`, `Authentication for user  %s  successful`, `Starting X11
  session: %s %s`, `Session started %s`, and each session's end `[PAM] Closing session`, `[PAM]
  Ended.`, `Auth: sddm-helper exited successfully` or `... exited with %d` (139 for a crash),
  `Display server stopping...`, `Display server stopped.`, `Running display stop script %s`,
  `Removing display %s ...`; kiosk-01's content reload at 06:30 and three Chromium crashes,
  kiosk-02's Chromium upgraded under the running session at 08:05 and the new build crashing 30-70 s
  after every start until a technician pins the old package at 09:26 (a relogin loop: 90 crashes),
  kiosk-03's X server failing once at 10:41 (`Failed to read display number from pipe`, `Attempt %d
  starting the Display server on vt %d failed`, then the second attempt).

Label notes. The log heads are context: rsyslog's and journalctl's time, host and identifier, the
kernel's device prefix (`usb 1-1.2: `), systemd's unit prefix (`saned@...service: Deactivated
successfully.` is `Deactivated successfully.`), pam_syslog's `pam_unix(gdm-password:session): `,
GLib's domain (`Gdm: `, `GLib: `), rfb's ` Component:` column, sddm's `[time] (II) DAEMON: `. A word
picked by branch is wording (pam_sss's `authentication success` / `failure`, pam_unix's ` user=`
present or not), an errno or PAM error text inside a message contributes its own text (`received for
user %s: %d (Authentication failure)`, `closing %s: read: Connection reset by peer (%d)`), and so
does a D-Bus error's (`Failed to connect to missing device %s`). systemd's `Started %s.` takes the
unit and its description as one value. The first message of each second in Xvnc's log is labelled
on the date line above it, which the same write puts there (as round 41's Oracle alert log); the
blank lines, the rest of a wrapped message, the banner's copyright lines, the xkbcomp report's `>
Warning:` lines, the core dump's stack and journalctl's `-- Boot --` separator have no label.
EncodeManager's statistics are one call per line, each its own label.

Least sure (written from the helper's knowledge; saned.c and sanei_wire.c, colord's cd-main.c,
CUPS's colord.c, TigerVNC's Logger_File.cxx, VNCServerST.cxx, VNCSConnectionST.cxx, SConnection.cxx,
SSecurityVeNCrypt.cxx, EncodeManager.cxx and vncsession.c, and sddm's MessageHandler.h, Display.cpp,
XAuth.cpp, PamHandle.cpp and PamBackend.cpp were checked against copies of their sources, most of
them not of the exact release): saned's `init: bad status` path not taken and the errno a vanished
client leaves; Debian's `Scanner Service` description and systemd's instance name for an IPv4-mapped
peer; colord's capitalised `Device removed: %s` (older releases write `device removed`), the object
path's `_user_uid` suffix, gsd-color's two warnings and their exact error texts, the order of
colord's lines when a session's objects vanish; GDM 42's `Gdm: ` prefix and the assertion at logout,
pam_sss's `authentication success` line and the result codes SSSD returns offline; Xvnc's build
date, `Underlying X server release %d, %s` with the vendor, the AuthFailure text for VncAuth, how
soon the blacklist lets the scanner in again, ComparingUpdateTracker's `(1:%g ratio)` line; sddm
0.20's `Reading from %s`, `Removing display %s ...` with the object's address, `[PAM] Closing
session`, and the helper's exit status passed on from the session."""

from __future__ import annotations

import hashlib
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def jshort(t: datetime) -> str:
    """journalctl -o short."""
    return f"{t:%b %d %H:%M:%S}"


# ------------------------------------------------------------------------------------ saned

SN_HOSTS = {
    # host: (address, backend, scanner (vendor, model, id, serial), usb port)
    "scan01": ("10.20.0.5", "fujitsu", ("FUJITSU", "fi-7160", "04c5:132e", "A3QB012877"), "1-1.2"),
    "scan02": ("10.20.0.6", "canon_dr", ("Canon", "DR-C225", "1083:1658", "GH104316"), "1-4"),
}
SN_OFFICE = [
    ("jmueller", "10.20.1.14"),
    ("akovacs", "10.20.1.17"),
    ("tnguyen", "10.20.1.21"),
    ("rsingh", "10.20.1.23"),
    ("lpetrov", "10.20.1.26"),
    ("mgarcia", "10.20.1.31"),
    ("kobrien", "10.20.1.33"),
    ("hsato", "10.20.1.38"),
    ("bfischer", "10.20.3.112"),
]
SN_MAILROOM = [("post", "10.20.2.40"), ("dwagner", "10.20.2.41"), ("post", "10.20.2.44")]


def saned(r: random.Random) -> list[Log]:
    """Two scan servers' /var/log/syslog (scan01: a Fujitsu fi-7160 for the office, scan02: a Canon
    DR-C225 in the mailroom), saned run per connection by saned.socket, 06:00 to 12:00: the
    scanservjs container on paperless01 listing devices every 90 s, office scans and app launches,
    paperless01 moved to a new address at 08:34 (denied until saned.conf is fixed at 10:06), a
    saned.users file restricting the fujitsu backend 10:06-11:04, the fi-7160 unplugged 07:12-07:31,
    the DR-C225's USB reset at 09:05, clients dropping mid-scan."""
    fs = Files()
    state = {h: {"n": r.randint(4100, 4300), "pid": r.randint(30000, 34000)} for h in SN_HOSTS}

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00"

    def S(host: str, t: datetime, ident: str, pid: int | None, label: str, msg: str) -> datetime:
        head = f"{ident}[{pid}]" if pid is not None else ident
        return fs.add(
            f"{host}-syslog",
            t,
            label,
            lambda x: [f"{ts(x)} {host} {head}: {msg}"],
            (host, ident, pid),
            1,
        )

    def K(host: str, t: datetime, label: str, msg: str) -> datetime:
        return S(host, t, "kernel", None, label, msg)

    def conn(host: str, t: datetime, user: str, ip: str, kind: str, dur: float) -> datetime:
        st = state[host]
        st["n"] += 1
        st["pid"] += r.randint(2, 40)
        pid = st["pid"]
        local, backend, _scanner, _port = SN_HOSTS[host]
        unit = f"saned@{st['n']}-{local}:6566-{ip}:{r.randint(32768, 60999)}.service"
        mapped = f"::ffff:{ip}"
        t = S(host, t, "systemd", 1, "Started %s.", f"Started {unit} - Scanner Service.")
        t = S(
            host,
            t + sec(r.uniform(0.004, 0.02)),
            "saned",
            pid,
            "saned (%s) from %s starting up",
            "saned (AF-indep+IPv6+systemd) from sane-backends 1.2.1 starting up",
        )
        t = S(
            host,
            t + sec(r.uniform(0.0002, 0.0012)),
            "saned",
            pid,
            "check_host: access by remote host: %s",
            f"check_host: access by remote host: {mapped}",
        )
        cpu = 0.0
        if kind == "denied":
            t = S(
                host,
                t + sec(r.uniform(0.001, 0.004)),
                "saned",
                pid,
                "init: access by host %s denied",
                f"init: access by host {mapped} denied",
            )
            t = S(
                host,
                t + sec(r.uniform(0.0001, 0.0005)),
                "saned",
                pid,
                "saned exiting",
                "saned exiting",
            )
        else:
            t = S(
                host,
                t + sec(r.uniform(0.002, 0.03)),
                "saned",
                pid,
                "init: access granted to %s@%s",
                f"init: access granted to {user}@{mapped}",
            )
            t += sec(dur)
            if kind == "scan":
                cpu = dur * r.uniform(0.03, 0.09)
            if kind == "resdenied":
                t = S(
                    host,
                    t,
                    "saned",
                    pid,
                    "process_request: access to resource `%s' denied",
                    f"process_request: access to resource `{backend}' denied",
                )
                t = S(
                    host,
                    t + sec(r.uniform(0.05, 0.4)),
                    "saned",
                    pid,
                    "saned exiting",
                    "saned exiting",
                )
            elif kind == "sigpipe":
                t = S(host, t, "saned", pid, "quit: received signal %d", "quit: received signal 13")
                t = S(
                    host,
                    t + sec(r.uniform(0.01, 0.2)),
                    "saned",
                    pid,
                    "quit: exiting",
                    "quit: exiting",
                )
            elif kind in ("reset", "eof"):
                code = 104 if kind == "reset" else 22
                t = S(
                    host,
                    t,
                    "saned",
                    pid,
                    "process_request: bad status %d",
                    f"process_request: bad status {code}",
                )
                t = S(
                    host,
                    t + sec(r.uniform(0.01, 0.3)),
                    "saned",
                    pid,
                    "saned exiting",
                    "saned exiting",
                )
            else:
                t = S(host, t, "saned", pid, "saned exiting", "saned exiting")
        t = S(
            host,
            t + sec(r.uniform(0.001, 0.008)),
            "systemd",
            1,
            "Deactivated successfully.",
            f"{unit}: Deactivated successfully.",
        )
        if cpu >= 1.0:
            t = S(
                host,
                t,
                "systemd",
                1,
                "Consumed %s CPU time.",
                f"{unit}: Consumed {cpu:.3f}s CPU time.",
            )
        return t

    def usb_attach(host: str, t: datetime, devnum: int) -> None:
        _local, _backend, (vendor, model, vid, serial), port = SN_HOSTS[host]
        v, p = vid.split(":")
        t = K(
            host,
            t,
            "new high-speed USB device number %d using %s",
            f"usb {port}: new high-speed USB device number {devnum} using xhci_hcd",
        )
        t = K(
            host,
            t + sec(r.uniform(0.1, 0.2)),
            "New USB device found, idVendor=%04x, idProduct=%04x, bcdDevice=%2x.%02x",
            f"usb {port}: New USB device found, idVendor={v}, idProduct={p}, bcdDevice= 1.00",
        )
        t = K(
            host,
            t + sec(0.000012),
            "New USB device strings: Mfr=%d, Product=%d, SerialNumber=%d",
            f"usb {port}: New USB device strings: Mfr=1, Product=2, SerialNumber=3",
        )
        t = K(host, t + sec(0.000008), "Product: %s", f"usb {port}: Product: {model}")
        t = K(host, t + sec(0.000006), "Manufacturer: %s", f"usb {port}: Manufacturer: {vendor}")
        K(host, t + sec(0.000006), "SerialNumber: %s", f"usb {port}: SerialNumber: {serial}")

    todo: list[tuple[str, datetime, str, str, str, float]] = []
    # scanservjs on paperless01: `scanimage -L` every 90 s against scan01
    moved, fixed = at(8, 34, 11), at(10, 6, 40)
    restrict = (at(10, 6, 40), at(11, 4, 20))
    t = T0 + sec(r.uniform(5, 85))
    while t < T_END:
        ip = "10.20.0.30" if t < moved else "10.20.0.31"
        kind = (
            "denied" if moved <= t < fixed else ("resdenied" if in_any(t, [restrict]) else "list")
        )
        todo.append(("scan01", t, "scanservjs", ip, kind, r.uniform(0.35, 1.6)))
        t += sec(90 + r.uniform(-0.4, 0.6))
    # scan01 unplugged by the cleaners, 07:12 to 07:31
    unplug, replug = at(7, 12, 48.4), at(7, 31, 5.9)
    K(
        "scan01",
        unplug,
        "USB disconnect, device number %d",
        "usb 1-1.2: USB disconnect, device number 5",
    )
    usb_attach("scan01", replug, 6)
    # office: app launches (device lists) and scans
    for t in poisson(r, at(7, 25), at(11, 55), 330):
        user, ip = r.choice(SN_OFFICE)
        kind = "resdenied" if in_any(t, [restrict]) else "list"
        todo.append(("scan01", t, user, ip, kind, r.uniform(0.4, 2.5)))
    drops = {
        at(9, 17, 40): "sigpipe",
        at(9, 41, 3): "reset",
        at(10, 52, 30): "eof",
        at(11, 26, 14): "sigpipe",
    }
    for t in poisson(r, at(7, 40), at(11, 50), 390):
        user, ip = r.choice(SN_OFFICE)
        if unplug <= t < replug:
            kind, dur = "list", r.uniform(0.5, 1.5)
        elif in_any(t, [restrict]):
            kind, dur = "resdenied", r.uniform(0.8, 2.0)
        else:
            kind, dur = "scan", r.uniform(24, 190)
        todo.append(("scan01", t, user, ip, kind, dur))
    for t0, kind in drops.items():
        user, ip = ("bfischer", "10.20.3.112") if kind != "eof" else r.choice(SN_OFFICE)
        todo.append(("scan01", t0, user, ip, kind, r.uniform(30, 90)))
    # scan02: the mailroom's morning post and a reset of the scanner's USB link
    for t in poisson(r, at(6, 50), at(11, 40), 560):
        user, ip = r.choice(SN_MAILROOM)
        todo.append(("scan02", t, user, ip, "list", r.uniform(0.4, 1.8)))
    for t in poisson(r, at(7, 5), at(11, 30), 600):
        user, ip = r.choice(SN_MAILROOM)
        todo.append(("scan02", t, user, ip, "scan", r.uniform(60, 420)))
    K(
        "scan02",
        at(9, 5, 12.77),
        "reset high-speed USB device number %d using %s",
        "usb 1-4: reset high-speed USB device number 3 using xhci_hcd",
    )
    todo.append(("scan02", at(9, 5, 2.1), "post", "10.20.2.40", "eof", r.uniform(11, 14)))
    for host, t, user, ip, kind, dur in sorted(todo, key=lambda x: x[1]):
        conn(host, t, user, ip, kind, dur)
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- colord

CD_SYSTEM = [
    "AdobeRGB1998",
    "AppleRGB",
    "BestRGB",
    "BetaRGB",
    "Bluish",
    "BruceRGB",
    "CIE-RGB",
    "ColorMatch",
    "Crayons",
    "DonRGB4",
    "ECI-RGBv1",
    "ECI-RGBv2",
    "EktaSpacePS5",
    "Gamma5000K",
    "Gamma5500K",
    "Gamma6500K",
    "NTSC-RGB",
    "PAL-RGB",
    "ProPhotoRGB",
    "Rec709",
    "SMPTE-C-RGB",
    "SwappedRedAndGreen",
    "WideGamutRGB",
    "sRGB",
    "x11-colors",
]
CD_QUEUES = [
    ("HP_Color_LaserJet_MFP_M480f", ["Gray..", "RGB.."]),
    ("EPSON_SC_P9500_Series", ["Gray..", "RGB.."]),
    ("Brother_HL_L6400DW_series", ["Gray.."]),
]
CD_FLAPPER = "EPSON_SC_P9500_Series"
CD_HOSTS = {
    "ws-design1": {
        "user": ("ejohansson", 1001),
        "monitors": [
            "xrandr-EIZO Corporation-CG2700X-24551034",
            "xrandr-EIZO Corporation-CG2700X-24551035",
        ],
        "dock": [],
        "login": at(7, 48, 12),
        "pids": (1187, 1342),
    },
    "ws-design2": {
        "user": ("pkaur", 1000),
        "monitors": ["xrandr-BenQ Corporation-SW271C-ET5R0342019"],
        "dock": [],
        "login": at(8, 3, 40),
        "pids": (1203, 1318),
    },
    "ws-design3": {
        "user": ("mlindqvist", 1001),
        "monitors": ["xrandr-BOE-0x0bca"],
        "dock": ["xrandr-BenQ Corporation-PD2725U-R7M0081522"],
        "login": at(8, 51, 7),
        "pids": (1176, 1330),
    },
}


def colord(r: random.Random) -> list[Log]:
    """Three design-studio workstations' journals (Ubuntu 24.04: colord 1.4.7, GNOME 46's
    gsd-color, CUPS 2.4 with cups-browsed), `journalctl -o short-precise`, 06:00 to 12:00: a
    cups security update restarting cupsd on each at 06:2x, the users logging in (gsd-color
    registering calibrated displays), the large-format Epson on a flaky Wi-Fi bridge dropping off
    mDNS every minute or so 07:20-11:10 (cups-browsed deleting and re-creating its queue, colord
    removing and adding the device each time), colord crashing on ws-design1 at 09:02 (a core dump,
    D-Bus activation again), ws-design2's KVM switch hiding its second input, ws-design3 docked at
    08:57 and undocked at 11:20, ws-design2 rebooted at 11:32."""
    fs = Files()
    sysprof = [f"icc-{md5(n)}" for n in CD_SYSTEM]
    st = {
        h: {
            "colord": c["pids"][0],
            "cupsd": c["pids"][1],
            "gsd": None,
            "devices": set(),
            "profiles": set(),
            "assigned": {},
        }
        for h, c in CD_HOSTS.items()
    }

    def J(
        host: str, t: datetime, ident: str, pid: int, label: str | None, lines: list[str]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"{x:%b %d %H:%M:%S}.{x.microsecond:06d} {host} {ident}[{pid}]: "
            return [
                head + lines[0],
                *[" " * len(head) + c if c else " " * len(head) for c in lines[1:]],
            ]

        return fs.add(f"{host}.log", t, label, text, (host, ident, pid), 1)

    def C(host: str, t: datetime, label: str, msg: str) -> datetime:
        return J(host, t, "colord", st[host]["colord"], label, [msg])

    def D(host: str, t: datetime, label: str, msg: str) -> datetime:
        return J(host, t, "systemd", 1, label, [msg])

    def small(t: datetime) -> datetime:
        return t + sec(r.uniform(0.0001, 0.004))

    def prof_add(host: str, t: datetime, pid: str) -> datetime:
        st[host]["profiles"].add(pid)
        return C(host, small(t), "Profile added: %s", f"Profile added: {pid}")

    def prof_remove(host: str, t: datetime, pid: str) -> datetime:
        s = st[host]
        for dev, profs in s["assigned"].items():
            if pid in profs:
                profs.discard(pid)
                t = C(
                    host,
                    small(t),
                    "Automatic remove of %s from %s",
                    f"Automatic remove of {pid} from {dev}",
                )
        s["profiles"].discard(pid)
        return C(host, small(t), "Profile removed: %s", f"Profile removed: {pid}")

    def dev_remove(host: str, t: datetime, dev: str) -> datetime:
        s = st[host]
        s["devices"].discard(dev)
        s["assigned"].pop(dev, None)
        return C(host, small(t), "Device removed: %s", f"Device removed: {dev}")

    def queue_add(host: str, t: datetime, name: str, quals: list[str]) -> datetime:
        s = st[host]
        for q in quals:
            if f"{name}-{q}" not in s["profiles"]:
                t = prof_add(host, t, f"{name}-{q}")
        t = C(
            host,
            small(t),
            "failed to get session [pid %u]: No data available",
            f"failed to get session [pid {s['cupsd']}]: No data available",
        )
        s["devices"].add(f"cups-{name}")
        return C(host, small(t), "Device added: %s", f"Device added: cups-{name}")

    def monitor_add(host: str, t: datetime, dev: str) -> datetime:
        s = st[host]
        edid, cal = f"icc-{md5(dev + ':edid')}", f"icc-{md5(dev + ':cal')}"
        t = C(
            host,
            small(t),
            "Automatic database add %s to %s",
            f"Automatic database add {cal} to {dev}",
        )
        t = C(
            host,
            small(t),
            "Automatic metadata add %s to %s",
            f"Automatic metadata add {edid} to {dev}",
        )
        s["assigned"][dev] = {edid, cal}
        s["devices"].add(dev)
        return C(host, small(t), "Device added: %s", f"Device added: {dev}")

    def login(host: str, t: datetime, docked: bool = False) -> datetime:
        c = CD_HOSTS[host]
        st[host]["gsd"] = r.randint(2200, 4800)
        mons = c["monitors"] + (c["dock"] if docked else [])
        for dev in c["monitors"] + c["dock"]:
            t = prof_add(host, t + sec(r.uniform(0.002, 0.02)), f"icc-{md5(dev + ':edid')}")
            t = prof_add(host, t, f"icc-{md5(dev + ':cal')}")
        for dev in mons:
            t = monitor_add(host, t + sec(r.uniform(0.01, 0.08)), dev)
        return t

    def logout(host: str, t: datetime) -> datetime:
        s = st[host]
        c = CD_HOSTS[host]
        for dev in c["monitors"] + c["dock"]:
            for pid in (f"icc-{md5(dev + ':edid')}", f"icc-{md5(dev + ':cal')}"):
                if pid in s["profiles"]:
                    t = prof_remove(host, t, pid)
        for dev in list(c["monitors"] + c["dock"]):
            if dev in s["devices"]:
                t = dev_remove(host, t, dev)
        s["gsd"] = None
        return t

    def colord_start(host: str, t: datetime, pid: int) -> datetime:
        st[host]["colord"] = pid
        t = D(
            host,
            t,
            "Starting %s...",
            "Starting colord.service - Manage, Install and Generate Color Profiles...",
        )
        t += sec(r.uniform(0.05, 0.12))
        for p in sorted(sysprof):
            t = prof_add(host, t + sec(r.uniform(0.0005, 0.003)), p)
        return D(
            host,
            t + sec(r.uniform(0.005, 0.02)),
            "Started %s.",
            "Started colord.service - Manage, Install and Generate Color Profiles.",
        )

    def cups_stop(host: str, t: datetime, consumed: str) -> datetime:
        s = st[host]
        t = D(
            host,
            t,
            "Stopping %s...",
            "Stopping cups-browsed.service - Make remote CUPS printers available locally...",
        )
        t = D(
            host,
            t + sec(r.uniform(0.05, 0.3)),
            "Deactivated successfully.",
            "cups-browsed.service: Deactivated successfully.",
        )
        t = D(
            host,
            t,
            "Stopped %s.",
            "Stopped cups-browsed.service - Make remote CUPS printers available locally.",
        )
        t = D(host, t + sec(0.002), "Stopping %s...", "Stopping cups.service - CUPS Scheduler...")
        for name, _q in CD_QUEUES:
            if f"cups-{name}" in s["devices"]:
                t = dev_remove(host, t + sec(r.uniform(0.002, 0.01)), f"cups-{name}")
        for name, quals in CD_QUEUES:
            for q in quals:
                if f"{name}-{q}" in s["profiles"]:
                    t = prof_remove(host, t, f"{name}-{q}")
        t = D(
            host,
            t + sec(r.uniform(0.02, 0.1)),
            "Deactivated successfully.",
            "cups.service: Deactivated successfully.",
        )
        t = D(host, t, "Stopped %s.", "Stopped cups.service - CUPS Scheduler.")
        return D(host, t, "Consumed %s CPU time.", f"cups.service: Consumed {consumed} CPU time.")

    def cups_start(host: str, t: datetime, epson: bool = True) -> datetime:
        s = st[host]
        s["cupsd"] = r.randint(1300, 1400) if t.hour == 11 else s["cupsd"] + r.randint(30000, 50000)
        t = D(host, t, "Starting %s...", "Starting cups.service - CUPS Scheduler...")
        for name, quals in CD_QUEUES:
            if name == CD_FLAPPER and not epson:
                continue
            t = queue_add(host, t + sec(r.uniform(0.01, 0.06)), name, quals)
        t = D(
            host,
            t + sec(r.uniform(0.01, 0.05)),
            "Started %s.",
            "Started cups.service - CUPS Scheduler.",
        )
        return D(
            host,
            t + sec(r.uniform(0.002, 0.02)),
            "Started %s.",
            "Started cups-browsed.service - Make remote CUPS printers available locally.",
        )

    # at 06:00 every workstation is idle at the greeter, its printers registered
    for h in CD_HOSTS:
        for name, quals in CD_QUEUES:
            st[h]["devices"].add(f"cups-{name}")
            st[h]["profiles"].update(f"{name}-{q}" for q in quals)
        st[h]["profiles"].update(sysprof)
    # a cups security update restarts cupsd (and cups-browsed) on each
    for h, t in zip(CD_HOSTS, [at(6, 24, 31.41), at(6, 26, 2.87), at(6, 31, 47.06)], strict=True):
        t = cups_stop(h, t, f"{r.randint(1, 3)}min {r.uniform(1, 59):.3f}s")
        cups_start(h, t + sec(r.uniform(1.2, 2.5)))
    # logins
    for h, c in CD_HOSTS.items():
        login(h, c["login"])
    # ws-design3 docked at 08:57, undocked at 11:20, docked again at 11:48
    dock_dev = CD_HOSTS["ws-design3"]["dock"][0]
    monitor_add("ws-design3", at(8, 57, 31), dock_dev)
    t = dev_remove("ws-design3", at(11, 20, 4), dock_dev)
    path = (
        "/org/freedesktop/ColorManager/devices/"
        + "".join(ch if ch.isalnum() else "_" for ch in dock_dev)
        + "_mlindqvist_1001"
    )
    for d in (0.4, 0.9, 7.3):
        J(
            "ws-design3",
            t + sec(d + r.uniform(0, 0.05)),
            "gsd-color",
            st["ws-design3"]["gsd"],
            "failed to connect to device: Failed to connect to missing device %s",
            [f"failed to connect to device: Failed to connect to missing device {path}"],
        )
    monitor_add("ws-design3", at(11, 48, 52), dock_dev)
    # ws-design2's KVM switch: its second input has no EDID while switched away
    for t in [at(8, 41, 9), at(9, 37, 55), at(10, 12, 30), at(10, 58, 2)]:
        for _ in range(r.choice([1, 2])):
            t = J(
                "ws-design2",
                t + sec(r.uniform(0.2, 1.5)),
                "gsd-color",
                st["ws-design2"]["gsd"],
                "unable to get EDID for %s: unable to get EDID for output",
                ["unable to get EDID for xrandr-DP-2: unable to get EDID for output"],
            )
    # the Epson's Wi-Fi bridge: cups-browsed drops and re-creates its queue
    crash = at(9, 2, 17.3)
    reboot = at(11, 27, 40)
    flap = (at(7, 20), at(11, 10))
    events: list[tuple[datetime, str, str]] = []
    for h in CD_HOSTS:
        t = flap[0] + sec(r.uniform(0, 60))
        while t < flap[1]:
            down = r.uniform(8, 40)
            events.append((t, h, "down"))
            events.append((t + sec(down), h, "up"))
            t += sec(down + r.expovariate(1 / 36))
    restarted = False
    for t, h, what in sorted(events):
        if h == "ws-design2" and t >= reboot:
            continue
        if h == "ws-design1" and not restarted and t >= crash:
            restarted = True
            s = st[h]
            t1 = D(
                h,
                crash,
                "Started %s.",
                "Started systemd-coredump@0-38211-0.service - Process Core Dump (PID 38211/UID 0).",
            )
            t1 = D(
                h,
                t1 + sec(0.21),
                "Main process exited, code=%s, status=%i/%s",
                "colord.service: Main process exited, code=dumped, status=11/SEGV",
            )
            t1 = D(
                h, t1, "Failed with result '%s'.", "colord.service: Failed with result 'core-dump'."
            )
            t1 = D(h, t1, "Consumed %s CPU time.", "colord.service: Consumed 41.208s CPU time.")
            J(
                h,
                t1 + sec(0.09),
                "systemd-coredump",
                38212,
                "Process %d (%s) of user %u dumped core.",
                [
                    f"Process {s['colord']} (colord) of user 118 dumped core.",
                    "",
                    "Module libcolordprivate.so.2 from deb colord-1.4.7-1build2.amd64",
                    "Module colord from deb colord-1.4.7-1build2.amd64",
                    f"Stack trace of thread {s['colord']}:",
                    "#0  0x00007f2c8e64a2d4 g_str_hash (libglib-2.0.so.0 + 0x4a2d4)",
                    "#1  0x00007f2c8e649a13 g_hash_table_lookup (libglib-2.0.so.0 + 0x49a13)",
                    "#2  0x0000562f3e8b1c57 cd_device_find_by_object_path (colord + 0x1fc57)",
                    "#3  0x0000562f3e8b20e9 cd_device_remove_profile (colord + 0x200e9)",
                    "#4  0x0000562f3e8a6f31 cd_main_profile_removed (colord + 0x14f31)",
                    "#5  0x00007f2c8e7451b0 g_closure_invoke (libgobject-2.0.so.0 + 0x151b0)",
                    "#6  0x00007f2c8e759e3c signal_emit_unlocked_R (libgobject-2.0.so.0 + 0x29e3c)",
                    "#7  0x00007f2c8e75f3a5 g_signal_emit_valist (libgobject-2.0.so.0 + 0x2f3a5)",
                    "#8  0x00007f2c8e75f463 g_signal_emit (libgobject-2.0.so.0 + 0x2f463)",
                    "#9  0x0000562f3e8b7d02 cd_profile_name_vanished_cb (colord + 0x25d02)",
                    "#10 0x00007f2c8e8c0d6c connection_get_cb (libgio-2.0.so.0 + 0x11ad6c)",
                    "#11 0x00007f2c8e66a5f4 g_main_context_dispatch_unlocked (libglib-2.0.so.0 + 0x6a5f4)",
                    "#12 0x00007f2c8e6c8f38 g_main_context_iterate_unlocked.isra.0 (libglib-2.0.so.0 + 0xc8f38)",
                    "#13 0x00007f2c8e66bb37 g_main_loop_run (libglib-2.0.so.0 + 0x6bb37)",
                    "#14 0x0000562f3e8a3a1e main (colord + 0x11a1e)",
                    "#15 0x00007f2c8e42a1ca __libc_start_call_main (libc.so.6 + 0x2a1ca)",
                    "#16 0x00007f2c8e42a28b __libc_start_main_impl (libc.so.6 + 0x2a28b)",
                    "#17 0x0000562f3e8a3b55 _start (colord + 0x11b55)",
                    "ELF object binary architecture: AMD x86-64",
                ],
            )
            D(
                h,
                t1 + sec(0.31),
                "Deactivated successfully.",
                "systemd-coredump@0-38211-0.service: Deactivated successfully.",
            )
            s["devices"].clear()
            s["profiles"].clear()
            s["assigned"].clear()
            # gsd-color's name watch activates colord again at once and re-registers
            tr = colord_start(h, crash + sec(1.84), 39932)
            login_t = tr + sec(r.uniform(0.05, 0.2))
            c = CD_HOSTS[h]
            for dev in c["monitors"]:
                login_t = prof_add(h, login_t, f"icc-{md5(dev + ':edid')}")
                login_t = prof_add(h, login_t, f"icc-{md5(dev + ':cal')}")
            for dev in c["monitors"]:
                login_t = monitor_add(h, login_t + sec(0.03), dev)
            if t < login_t:
                t = login_t + sec(0.5)
        s = st[h]
        dev = f"cups-{CD_FLAPPER}"
        if what == "down" and dev in s["devices"]:
            dev_remove(h, t, dev)
        elif what == "up" and dev not in s["devices"]:
            queue_add(h, t, CD_FLAPPER, ["Gray..", "RGB.."])
    # ws-design2: pkaur logs out and reboots for updates at 11:27
    h = "ws-design2"
    t = logout(h, reboot)
    t = D(
        h,
        t + sec(33.1),
        "Stopping %s...",
        "Stopping colord.service - Manage, Install and Generate Color Profiles...",
    )
    t = cups_stop(h, t + sec(0.01), f"{r.randint(1, 2)}min {r.uniform(1, 59):.3f}s")
    t = D(
        h, t + sec(0.04), "Deactivated successfully.", "colord.service: Deactivated successfully."
    )
    t = D(
        h, t, "Stopped %s.", "Stopped colord.service - Manage, Install and Generate Color Profiles."
    )
    t = D(h, t, "Consumed %s CPU time.", "colord.service: Consumed 52.647s CPU time.")
    # journalctl prints a boot separator between the boots
    fs.add(
        f"{h}.log", t + sec(0.5), None, lambda x: [f"-- Boot {hexid(r, 32)} --"], (h, "boot", 0), 1
    )
    st[h]["devices"].clear()
    st[h]["profiles"].clear()
    boot = at(11, 33, 41.2)
    t = D(h, boot, "Starting %s...", "Starting cups.service - CUPS Scheduler...")
    t = colord_start(h, t + sec(0.3), 1206)
    st[h]["cupsd"] = 1311
    for name, quals in CD_QUEUES:
        t = queue_add(h, t + sec(r.uniform(0.01, 0.06)), name, quals)
    t = D(h, t + sec(0.02), "Started %s.", "Started cups.service - CUPS Scheduler.")
    D(
        h,
        t + sec(0.9),
        "Started %s.",
        "Started cups-browsed.service - Make remote CUPS printers available locally.",
    )
    login(h, at(11, 41, 26))
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- gdm

GD_ROOMS = {
    "room-a.log": [f"lab-a{i:02d}" for i in range(1, 7)],
    "room-b.log": [f"lab-b{i:02d}" for i in range(1, 7)],
}


def gdm(r: random.Random) -> list[Log]:
    """Two lab rooms' journals as the log host's systemd-journal-remote keeps them (twelve Ubuntu
    22.04 PCs with GDM 42, SSSD against the campus directory), `journalctl -o short-iso`, 06:00 to
    12:00: students logging in and out from 07:00 (pam_unix failing before pam_sss succeeds, as
    for every directory user, gkr-pam, logind sessions, the greeter's own session closing and
    coming back, GDM 42's GLib assertion at every logout), mistyped passwords and user names, the
    directory unreachable 07:50-08:25 (students without cached credentials refused), lab-b04's X
    server failing at 09:07 until GDM gives up, accountsservice restarted by an upgrade on lab-a02
    at 10:38."""
    fs = Files()
    students = [f"s24{r.randint(10000, 99999)}" for _ in range(140)]
    outage = (at(7, 50, 12), at(8, 25, 40))
    hosts = {h: f for f, hs in GD_ROOMS.items() for h in hs}
    st = {
        h: {
            "gdm": r.randint(1000, 1150),
            "logind": r.randint(590, 660),
            "sid": r.randint(3, 40),
            "cid": r.randint(1, 4),
            "greeter": (r.randint(1180, 1400), 0),
            "cache": {u for u in students if r.random() < 0.3},
        }
        for h in hosts
    }
    for h in hosts:
        st[h]["greeter"] = (st[h]["greeter"][0], st[h]["cid"])

    def J(host: str, t: datetime, ident: str, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            hosts[host],
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%S}+00:00 {host} {ident}[{pid}]: {msg}"],
            (host, ident, pid),
            1_000_000,
        )

    def W(host: str, t: datetime, wpid: int, label: str, msg: str) -> datetime:
        return J(host, t, "gdm-password]", wpid, label, msg)

    def L(host: str, t: datetime, label: str, msg: str) -> datetime:
        return J(host, t, "systemd-logind", st[host]["logind"], label, msg)

    def G(host: str, t: datetime, label: str, msg: str) -> datetime:
        return J(host, t, "gdm3", st[host]["gdm"], label, msg)

    def uid(u: str) -> int:
        return 1284400000 + int(u[3:])

    def wpid(host: str) -> int:
        return r.randint(2000, 60000)

    def unix_fail(host: str, t: datetime, w: int, u: str) -> datetime:
        return W(
            host,
            t,
            w,
            "authentication failure; logname=%s uid=%d euid=%d tty=%s ruser=%s rhost=%s  user=%s",
            f"pam_unix(gdm-password:auth): authentication failure; logname= uid=0 euid=0 tty=/dev/tty1 ruser= rhost=  user={u}",
        )

    def sss(host: str, t: datetime, w: int, u: str, ok: bool) -> datetime:
        word = "success" if ok else "failure"
        return W(
            host,
            t,
            w,
            f"authentication {word}; logname=%s uid=%lu euid=%d tty=%s ruser=%s rhost=%s user=%s",
            f"pam_sss(gdm-password:auth): authentication {word}; logname= uid=0 euid=0 tty=/dev/tty1 ruser= rhost= user={u}",
        )

    def received(host: str, t: datetime, w: int, u: str, code: int, text: str) -> datetime:
        return W(
            host,
            t,
            w,
            f"received for user %s: %d ({text})",
            f"pam_sss(gdm-password:auth): received for user {u}: {code} ({text})",
        )

    def greeter_open(host: str, t: datetime) -> datetime:
        s = st[host]
        s["cid"] += 1
        gp = r.randint(2000, 60000)
        s["greeter"] = (gp, s["cid"])
        t = J(
            host,
            t,
            "gdm-launch-environment]",
            gp,
            "session opened for user %s(uid=%lu) by %s(uid=%lu)",
            "pam_unix(gdm-launch-environment:session): session opened for user gdm(uid=128) by (uid=0)",
        )
        t = L(
            host,
            t + sec(r.uniform(0.05, 0.3)),
            "New session %s of user %s.",
            f"New session c{s['cid']} of user gdm.",
        )
        if host == "lab-a02" and at(10, 38, 20) <= t < at(11, 44, 0):
            G(
                host,
                t + sec(r.uniform(25.0, 25.4)),
                "Failed to contact accountsservice: Error calling StartServiceByName for %s: Timeout was reached",
                "Gdm: Failed to contact accountsservice: Error calling StartServiceByName for org.freedesktop.Accounts: Timeout was reached",
            )
        return t

    def greeter_close(host: str, t: datetime) -> datetime:
        gp, cid = st[host]["greeter"]
        t = J(
            host,
            t,
            "gdm-launch-environment]",
            gp,
            "session closed for user %s",
            "pam_unix(gdm-launch-environment:session): session closed for user gdm",
        )
        t = L(
            host,
            t + sec(r.uniform(0.01, 0.2)),
            "Session %s logged out. Waiting for processes to exit.",
            f"Session c{cid} logged out. Waiting for processes to exit.",
        )
        return L(
            host, t + sec(r.uniform(0.3, 2.5)), "Removed session %s.", f"Removed session c{cid}."
        )

    def session(host: str, t: datetime, u: str, dur: float) -> datetime:
        """A successful login at t, the session and its logout (None past the run's end)."""
        s = st[host]
        w = wpid(host)
        t = unix_fail(host, t, w, u)
        t = sss(host, t + sec(r.uniform(0.2, 1.2)), w, u, True)
        t = W(
            host,
            t,
            w,
            "gkr-pam: unable to locate daemon control file",
            "gkr-pam: unable to locate daemon control file",
        )
        t = W(
            host,
            t,
            w,
            "gkr-pam: stashed password to try later in open session",
            "gkr-pam: stashed password to try later in open session",
        )
        s["sid"] += 1
        sid = s["sid"]
        L(host, t + sec(0.3), "New session %s of user %s.", f"New session {sid} of user {u}.")
        t = W(
            host,
            t + sec(0.4),
            w,
            "session opened for user %s(uid=%lu) by %s(uid=%lu)",
            f"pam_unix(gdm-password:session): session opened for user {u}(uid={uid(u)}) by (uid=0)",
        )
        t = W(
            host,
            t + sec(r.uniform(0.8, 2.2)),
            w,
            "gkr-pam: gnome-keyring-daemon started properly and unlocked keyring",
            "gkr-pam: gnome-keyring-daemon started properly and unlocked keyring",
        )
        greeter_close(host, t + sec(r.uniform(2.0, 5.0)))
        s["cache"].add(u)
        end = t + sec(dur)
        if end >= T_END:
            return end
        t = W(
            host,
            end,
            w,
            "session closed for user %s",
            f"pam_unix(gdm-password:session): session closed for user {u}",
        )
        t = L(
            host,
            t + sec(r.uniform(0.01, 0.3)),
            "Session %s logged out. Waiting for processes to exit.",
            f"Session {sid} logged out. Waiting for processes to exit.",
        )
        G(
            host,
            t + sec(r.uniform(0.1, 0.6)),
            "%s: assertion '%s' failed",
            "GLib: g_hash_table_find: assertion 'version == hash_table->version' failed",
        )
        t = greeter_open(host, t + sec(r.uniform(0.5, 1.5)))
        return L(
            host, t + sec(r.uniform(1.0, 4.0)), "Removed session %s.", f"Removed session {sid}."
        )

    def visit(host: str, t: datetime) -> datetime:
        """One student at the PC from t: typos, refusals, a session. Returns when the PC is free."""
        u = r.choice(students)
        if r.random() < 0.06:
            typo = u[:-1] if r.random() < 0.5 else u[:3] + u[4] + u[3] + u[5:]
            w = wpid(host)
            t = W(
                host,
                t,
                w,
                "check pass; user unknown",
                "pam_unix(gdm-password:auth): check pass; user unknown",
            )
            t = W(
                host,
                t,
                w,
                "authentication failure; logname=%s uid=%d euid=%d tty=%s ruser=%s rhost=%s",
                "pam_unix(gdm-password:auth): authentication failure; logname= uid=0 euid=0 tty=/dev/tty1 ruser= rhost= ",
            )
            t = received(
                host,
                t + sec(r.uniform(0.05, 0.4)),
                w,
                typo,
                10,
                "User not known to the underlying authentication module",
            )
            t += sec(r.uniform(6, 25))
        if in_any(t, [outage]) and u not in st[host]["cache"]:
            for _ in range(r.choice([1, 2, 2, 3])):
                w = wpid(host)
                t = unix_fail(host, t, w, u)
                t = sss(host, t + sec(r.uniform(0.1, 0.6)), w, u, False)
                t = received(
                    host, t, w, u, 9, "Authentication service cannot retrieve authentication info"
                )
                t += sec(r.uniform(8, 40))
            return t + sec(r.uniform(30, 240))
        for _ in range(0 if r.random() < 0.8 else r.choice([1, 1, 2])):
            w = wpid(host)
            t = unix_fail(host, t, w, u)
            t = sss(host, t + sec(r.uniform(2.0, 3.2)), w, u, False)
            t = received(host, t, w, u, 7, "Authentication failure")
            t += sec(r.uniform(5, 20))
        return session(host, t, u, r.uniform(8, 40) * 60)

    for h in hosts:
        t = at(6, 52) + sec(r.expovariate(1 / 700))
        dead = False
        while t < T_END and not dead:
            t = visit(h, t)
            if h == "lab-b04" and t >= at(9, 4) and not dead:
                # the greeter's X server fails after the session ends: GDM retries, then gives up
                dead = True
                s = st[h]
                for i in range(3):
                    gp, _cid = s["greeter"]
                    tt = t + sec(3.5 + i * 11.2)
                    G(
                        h,
                        tt + sec(r.uniform(6.0, 6.5)),
                        "GdmDisplay: Session never registered, failing",
                        "Gdm: GdmDisplay: Session never registered, failing",
                    )
                    G(
                        h,
                        tt + sec(r.uniform(6.6, 6.9)),
                        "Child process %d was already dead.",
                        f"Gdm: Child process -{gp} was already dead.",
                    )
                    greeter_close(h, tt + sec(7.0))
                    if i < 2:
                        greeter_open(h, tt + sec(r.uniform(9.0, 9.8)))
                G(
                    h,
                    t + sec(3.5 + 2 * 11.2 + 8.1),
                    "GdmLocalDisplayFactory: maximum number of X display failures reached: check X server log for errors",
                    "Gdm: GdmLocalDisplayFactory: maximum number of X display failures reached: check X server log for errors",
                )
                break
            t += sec(r.expovariate(1 / 150) + 15)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- tigervnc


class VncFile:
    """One Xvnc's log (its stderr, which vncsession sends to ~/.vnc/<host>:<n>.log): rfb's
    LogWriter lines (` comp:  message`, word-wrapped at 79 columns with a 13-column indent, a
    blank line and a ctime() line whenever the second changes) among the X server's own ErrorF
    output (no time)."""

    def __init__(self) -> None:
        self.items: list[tuple[datetime, int, str, object, str | None]] = []

    def log(self, t: datetime, comp: str, label: str, msg: str) -> None:
        self.items.append((t, len(self.items), "log", (comp, msg), label))

    def x(self, t: datetime, lines: list[tuple[str, str | None]]) -> None:
        self.items.append((t, len(self.items), "x", lines, None))

    @staticmethod
    def wrap(comp: str, msg: str) -> list[str]:
        indent, width = 13, 79
        out = f" {comp}:"
        column = len(comp) + 2
        if column < indent:
            out += " " * (indent - column)
            column = indent
        lines = []
        for word in msg.split(" "):
            if column + len(word) + 1 > width:
                lines.append(out)
                out = " " * indent
                column = indent
            out += " " + word
            column += len(word) + 1
        lines.append(out)
        return lines

    def into(self, log: Log) -> Log:
        last = None
        for t, _, kind, payload, label in sorted(self.items, key=lambda x: (x[0], x[1])):
            if kind == "log":
                second = int(t.timestamp())
                comp, msg = payload  # type: ignore[misc]
                lines = self.wrap(comp, msg)
                if second != last:
                    # the same write() puts the date above the second's first message: the
                    # event starts on the date line (round 41's Oracle alert log)
                    last = second
                    log.add("", None)
                    log.add(f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}", label)
                    label = None
                log.add(lines[0], label)
                for c in lines[1:]:
                    log.add(c, None)
            else:
                for text, lab in payload:  # type: ignore[union-attr]
                    log.add(text, lab)
        return log


def si_prefix(v: float, unit: str) -> str:
    """rfb::siPrefix (precision 6)."""
    p = 0
    while v >= 1000 and p < 4:
        v /= 1000
        p += 1
    return f"{v:.6g} {'kMGT'[p - 1] if p else ''}{unit}"


def iec_prefix(v: float, unit: str) -> str:
    p = 0
    while v >= 1024 and p < 4:
        v /= 1024
        p += 1
    return f"{v:.6g} {['Ki', 'Mi', 'Gi', 'Ti'][p - 1] if p else ''}{unit}"


def ratio(equiv: float, nbytes: float) -> str:
    return "-nan" if nbytes == 0 else f"{equiv / nbytes:g}"


VN_DISPLAYS = {
    # display: (user, host, Xvnc start (None: running before the run))
    1: ("alice", "devbox01"),
    2: ("bkowalski", "devbox01"),
    3: ("cnguyen", "devbox01"),
}
VN_PF_SERVER = "depth 24 (32bpp) little-endian rgb888"
VN_PF_LOW = "depth 6 (8bpp) rgb222"
VN_PF_MID = "depth 8 (8bpp) rgb332"
VN_XKB = [
    "XF86CameraAccessEnable",
    "XF86CameraAccessDisable",
    "XF86CameraAccessToggle",
    "XF86NextElement",
    "XF86PreviousElement",
    "XF86AutopilotEngageToggle",
    "XF86MarkWaypoint",
    "XF86Sos",
    "XF86NavChart",
    "XF86FishingChart",
    "XF86SingleRangeRadar",
    "XF86DualRangeRadar",
    "XF86RadarOverlay",
    "XF86TraditionalSonar",
    "XF86ClearvuSonar",
    "XF86SidevuSonar",
    "XF86NavInfo",
]


def tigervnc(r: random.Random) -> list[Log]:
    """Three users' persistent TigerVNC 1.12 desktops on a Debian 12 build host (devbox01,
    vncserver@:1-:3 through vncsession), each Xvnc's log file, 06:00 to 12:00: Icinga's TCP check
    of every VNC port every 4 minutes, alice's and cnguyen's sessions from the office, bkowalski
    on a flaky VPN from home 07:31-08:44 (connections reset, the viewer's AutoSelect dropping to
    8-bit colour and back), cnguyen's Xvnc restarted at 09:52 (vncsession truncates the log: the
    file starts there, with the banner, the extension's start-up lines and the X server's
    warnings), and a Nessus scan at 10:15 (HTTP probes, default VNC passwords, the blacklist)."""
    files = {d: VncFile() for d in VN_DISPLAYS}
    # ComparingUpdateTracker's stats are logged whenever a connection closes: the pixels it
    # compared since the last time, from the sessions active meanwhile (computed at the end)
    cut_points: dict[int, list[datetime]] = {d: [] for d in VN_DISPLAYS}
    active: dict[int, list[tuple[datetime, datetime, float]]] = {d: [] for d in VN_DISPLAYS}
    start3 = at(9, 52, 4.3)

    def L(d: int, t: datetime, comp: str, label: str, msg: str) -> datetime:
        files[d].log(t, comp, label, msg)
        return t + sec(r.uniform(0.0003, 0.004))

    def cut_stats(d: int, t: datetime) -> datetime:
        cut_points[d].append(t)
        return t + sec(0.009)

    def write_cut_stats() -> None:
        for d, points in cut_points.items():
            last = None
            for t in sorted(points):
                pin = pout = 0.0
                for a, b, rate in active[d]:
                    lo = a if last is None else max(a, last)
                    hi = min(b, t)
                    if hi > lo:
                        px = int((hi - lo).total_seconds() * rate)
                        pin += px
                        pout += int(px / r.uniform(2.2, 6.5))
                last = t
                t = L(
                    d,
                    t,
                    "ComparingUpdateTracker",
                    "%s in / %s out",
                    f"{si_prefix(pin, 'pixels')} in / {si_prefix(pout, 'pixels')} out",
                )
                L(d, t, "ComparingUpdateTracker", "(1:%g ratio)", f"(1:{ratio(pin, pout)} ratio)")

    def em_stats(d: int, t: datetime, dur: float, low: bool) -> datetime:
        if dur <= 0:
            t = L(d, t, "EncodeManager", "Framebuffer updates: %u", "Framebuffer updates: 0")
            t = L(d, t, "EncodeManager", "  Total: %s, %s", "  Total: 0 rects, 0 pixels")
            return L(
                d, t, "EncodeManager", "         %s (1:%g ratio)", "         0 B (1:-nan ratio)"
            )
        updates = int(dur * r.uniform(0.6, 2.4)) + 12
        t = L(d, t, "EncodeManager", "Framebuffer updates: %u", f"Framebuffer updates: {updates}")
        bpp = 1 if low else 4
        tot = [0, 0, 0, 0]
        classes: list[tuple[str, list[tuple[str, int, int, int]]]] = []
        if r.random() < 0.7:
            rects = int(updates * r.uniform(0.05, 0.4)) + 1
            px = rects * r.randint(8000, 90000)
            classes.append(("CopyRect", [("Copies", rects, px, 16 * rects)]))
        tight = []
        for name, lo_, hi_, k in [
            ("Solid", 1.2, 3.5, 1500.0),
            ("Bitmap RLE", 0.2, 0.8, 60.0),
            ("Indexed RLE", 0.8, 2.5, 6.0),
        ]:
            rects = int(updates * r.uniform(lo_, hi_)) + 1
            px = rects * r.randint(200, 6000)
            nbytes = max(16, int((px * bpp + 12 * rects) / (k * r.uniform(0.5, 2.0))))
            tight.append((name, rects, px, nbytes))
        if low:
            rects = int(updates * r.uniform(0.3, 1.2)) + 1
            px = rects * r.randint(2000, 30000)
            tight.append(("Full Colour", rects, px, int(px * bpp / r.uniform(1.4, 3.0))))
        classes.append(("Tight", tight))
        if not low:
            rects = int(updates * r.uniform(0.3, 1.2)) + 1
            px = rects * r.randint(2000, 30000)
            classes.append(
                ("Tight (JPEG)", [("Full Colour", rects, px, int(px * bpp / r.uniform(8, 30)))])
            )
        for cname, rows in classes:
            t = L(d, t, "EncodeManager", "  %s:", f"  {cname}:")
            for tname, rects, px, nbytes in rows:
                equiv = 12 * rects + px * bpp
                tot = [tot[0] + rects, tot[1] + px, tot[2] + nbytes, tot[3] + equiv]
                t = L(
                    d,
                    t,
                    "EncodeManager",
                    "    %s: %s, %s",
                    f"    {tname}: {si_prefix(rects, 'rects')}, {si_prefix(px, 'pixels')}",
                )
                t = L(
                    d,
                    t,
                    "EncodeManager",
                    "    %*s  %s (1:%g ratio)",
                    f"    {' ' * len(tname)}  {iec_prefix(nbytes, 'B')} (1:{ratio(equiv, nbytes)} ratio)",
                )
        t = L(
            d,
            t,
            "EncodeManager",
            "  Total: %s, %s",
            f"  Total: {si_prefix(tot[0], 'rects')}, {si_prefix(tot[1], 'pixels')}",
        )
        return L(
            d,
            t,
            "EncodeManager",
            "         %s (1:%g ratio)",
            f"         {iec_prefix(tot[2], 'B')} (1:{ratio(tot[3], tot[2])} ratio)",
        )

    def close(
        d: int, t: datetime, peer: str, reason: str, label: str, dur: float, low: bool
    ) -> datetime:
        t = L(d, t, "VNCSConnST", label, f"closing {peer}: {reason}")
        t = em_stats(d, t, dur, low)
        t = L(d, t, "Connections", "closed: %s", f"closed: {peer}")
        return cut_stats(d, t)

    def probe(d: int, t: datetime, ip: str) -> None:
        peer = f"{ip}::{r.randint(32768, 60999)}"
        t = L(d, t, "Connections", "accepted: %s", f"accepted: {peer}")
        close(
            d,
            t + sec(r.uniform(0.001, 0.03)),
            peer,
            "Clean disconnection",
            "closing %s: Clean disconnection",
            0,
            False,
        )

    def handshake(d: int, t: datetime, peer: str, sec_type: str, subtype: str | None) -> datetime:
        t = L(d, t, "Connections", "accepted: %s", f"accepted: {peer}")
        t = L(
            d,
            t + sec(r.uniform(0.005, 0.04)),
            "SConnection",
            "Client needs protocol version %d.%d",
            "Client needs protocol version 3.8",
        )
        t = L(
            d,
            t + sec(r.uniform(0.005, 0.04)),
            "SConnection",
            "Client requests security type %s(%d)",
            f"Client requests security type {sec_type}",
        )
        if subtype:
            t = L(
                d,
                t + sec(r.uniform(0.01, 0.05)),
                "SVeNCrypt",
                "Client requests security type %s (%d)",
                f"Client requests security type {subtype}",
            )
        return t

    def session(
        d: int,
        t: datetime,
        ip: str,
        end: datetime,
        reason: str | None,
        flips: list[tuple[datetime, str]],
    ) -> None:
        peer = f"{ip}::{r.randint(32768, 60999)}"
        t = handshake(d, t, peer, "VeNCrypt(19)", "TLSVnc (258)")
        t = L(
            d,
            t + sec(r.uniform(0.5, 4.0)),
            "VNCSConnST",
            "Server default pixel format %s",
            f"Server default pixel format {VN_PF_SERVER}",
        )
        t = L(
            d,
            t + sec(r.uniform(0.01, 0.2)),
            "VNCSConnST",
            "Client pixel format %s",
            f"Client pixel format {VN_PF_SERVER}",
        )
        active[d].append((t, end, r.uniform(900, 9000)))
        low = False
        for ft, pf in flips:
            L(d, ft, "VNCSConnST", "Client pixel format %s", f"Client pixel format {pf}")
            low = pf != VN_PF_SERVER
        if reason is None or end >= T_END:
            return
        label = (
            "closing %s: Clean disconnection"
            if reason == "Clean disconnection"
            else "closing %s: read: Connection reset by peer (%d)"
        )
        close(d, end, peer, reason, label, (end - t).total_seconds(), low)

    # cnguyen's Xvnc restarted at 09:52: the new log file starts with the banner
    f3 = files[3]
    f3.x(
        start3,
        [
            ("", None),
            ("Xvnc TigerVNC 1.12.0 - built Feb 27 2023 12:11:41", "Xvnc %s - built %s"),
            ("Copyright (C) 1999-2021 TigerVNC Team and many others (see README.rst)", None),
            ("See https://www.tigervnc.org for information on TigerVNC.", None),
        ],
    )
    f3.x(
        start3 + sec(0.0001),
        [
            (
                "Underlying X server release 12101007, The X.Org Foundation",
                "Underlying X server release %d, %s",
            ),
            ("", None),
        ],
    )
    t = start3 + sec(0.41)
    t = L(3, t, "vncext", "VNC extension running!", "VNC extension running!")
    t = L(
        3,
        t,
        "vncext",
        "Listening for VNC connections on all interface(s), port %d",
        "Listening for VNC connections on all interface(s), port 5903",
    )
    t = L(3, t, "vncext", "created VNC server for screen %d", "created VNC server for screen 0")
    handler = f"0x55{hexid(r, 10)}"
    for ev in (2, 3):
        f3.x(
            t + sec(0.05 + ev / 1000),
            [
                (
                    f"[mi] mieq: warning: overriding existing handler (nil) with {handler} for event {ev}",
                    "[mi] mieq: warning: overriding existing handler %p with %p for event %d",
                )
            ],
        )
    xkb = [
        (
            "The XKEYBOARD keymap compiler (xkbcomp) reports:",
            "The XKEYBOARD keymap compiler (xkbcomp) reports:",
        )
    ]
    xkb += [(f"> Warning:          Could not resolve keysym {k}", None) for k in VN_XKB]
    f3.x(t + sec(0.9), xkb)
    f3.x(
        t + sec(0.9001),
        [
            (
                "Errors from xkbcomp are not fatal to the X server",
                "Errors from xkbcomp are not fatal to the X server",
            )
        ],
    )
    # the session's keymap is set once more when xstartup runs setxkbmap
    f3.x(t + sec(3.2), xkb)
    f3.x(
        t + sec(3.2001),
        [
            (
                "Errors from xkbcomp are not fatal to the X server",
                "Errors from xkbcomp are not fatal to the X server",
            )
        ],
    )
    # Icinga's check_tcp on each port every 4 minutes
    for d in VN_DISPLAYS:
        t = T0 + sec(r.uniform(10, 230))
        while t < T_END:
            if d != 3 or t > start3 + sec(5):
                probe(d, t, "10.20.0.10")
            t += sec(240 + r.uniform(-0.5, 0.5))
    # alice (:1) from the office
    session(1, at(7, 52, 11), "10.20.4.17", at(10, 31, 48), "Clean disconnection", [])
    session(1, at(10, 34, 2), "10.20.6.88", T_END, None, [])
    # bkowalski (:2) over a flaky VPN, then steady
    t = at(7, 31, 20)
    while t < at(8, 44):
        end = t + sec(r.uniform(150, 900))
        flips = []
        ft = t + sec(r.uniform(20, 60))
        pf = VN_PF_SERVER
        while ft < end - sec(10):
            pf = r.choice([VN_PF_LOW, VN_PF_MID]) if pf == VN_PF_SERVER else VN_PF_SERVER
            flips.append((ft, pf))
            ft += sec(r.uniform(40, 200))
        session(2, t, "10.8.0.14", end, "read: Connection reset by peer (104)", flips)
        t = end + sec(r.uniform(12, 70))
    session(2, at(8, 46, 5), "10.8.0.14", at(11, 41, 30), "Clean disconnection", [])
    # cnguyen (:3) reconnects to the new desktop
    session(3, at(9, 53, 31), "10.20.4.31", T_END, None, [])
    # the Nessus scan: HTTP probes, then default VNC passwords until the blacklist
    for d, t0 in ((1, at(10, 15, 12.4)), (2, at(10, 15, 48.9)), (3, at(10, 16, 30.2))):
        t = t0
        for _ in range(3):
            peer = f"10.20.0.99::{r.randint(32768, 60999)}"
            t = L(d, t, "Connections", "accepted: %s", f"accepted: {peer}")
            t = close(
                d,
                t + sec(r.uniform(0.002, 0.02)),
                peer,
                "reading version failed: not an RFB client?",
                "closing %s: reading version failed: not an RFB client?",
                0,
                False,
            )
            t += sec(r.uniform(0.3, 1.5))
        fails = 0
        black_until = t
        for _ in range(11):
            t += sec(r.uniform(0.8, 3.0))
            if t < black_until:
                t = L(d, t, "Connections", "blacklisted: %s", "blacklisted: 10.20.0.99")
                continue
            peer = f"10.20.0.99::{r.randint(32768, 60999)}"
            t = handshake(d, t, peer, "VncAuth(2)", None)
            t = L(
                d,
                t + sec(r.uniform(0.01, 0.1)),
                "SConnection",
                "AuthFailureException: Authentication failure",
                "AuthFailureException: Authentication failure",
            )
            t = close(
                d,
                t + sec(0.1),
                peer,
                "Authentication failure",
                "closing %s: Authentication failure",
                0,
                False,
            )
            fails += 1
            if fails >= 5:
                black_until = t + sec(10 * 2 ** (fails - 5))
    write_cut_stats()
    logs = []
    for d, (_user, host) in VN_DISPLAYS.items():
        logs.append(files[d].into(Log(f"{host}:{d}.log", T0)))
    return logs


# ------------------------------------------------------------------------------------- sddm

SD_KIOSKS = {
    # kiosk: (daemon pid, VT)
    "kiosk-01": (2231, 7),
    "kiosk-02": (2187, 7),
    "kiosk-03": (2204, 7),
}
SD_SESSION = "/usr/share/xsessions/kiosk.desktop"
SD_COMMAND = "/usr/local/bin/kiosk-session"


def sddm(r: random.Random) -> list[Log]:
    """Three museum kiosks' /var/log/sddm.log (sddm 0.20 on Alpine Linux with OpenRC and elogind:
    no journald, so sddm writes its own file, `[hh:mm:ss.zzz] (II) DAEMON: message`, the helper's
    lines as `HELPER:`), each autologging the `kiosk` user into a Chromium kiosk session with
    `Relogin=true`, 06:00 to 12:00: kiosk-01's content reload at 06:30 (the session ended cleanly)
    and three Chromium crashes (exit status 139: sddm logs in again), kiosk-02's Chromium upgraded
    under the running session at 08:05 and the new build crashing some 30-70 s after every start
    until a technician pins the old package at 09:26 (a relogin loop), kiosk-03's X server failing
    once to start at 10:41 (`Failed to read display number from pipe`, a second attempt)."""
    fs = Files()

    def S(host: str, t: datetime, level: str, who: str, pid: int, label: str, msg: str) -> datetime:
        return fs.add(
            f"{host}-sddm.log",
            t,
            label,
            lambda x: [f"[{x:%H:%M:%S}.{x.microsecond // 1000:03d}] ({level}) {who}: {msg}"],
            (host, pid),
            1000,
        )

    def Dm(host: str, t: datetime, label: str, msg: str, level: str = "II") -> datetime:
        return S(host, t, level, "DAEMON", SD_KIOSKS[host][0], label, msg)

    def Hp(host: str, t: datetime, pid: int, label: str, msg: str) -> datetime:
        return S(host, t, "II", "HELPER", pid, label, msg)

    def ms(a: float, b: float) -> datetime:
        return sec(r.uniform(a, b) / 1000)

    def xauth() -> str:
        return "/run/sddm/xauth_" + "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            for _ in range(6)
        )

    def x_start(host: str, t: datetime, path: str, vt: int, fail: bool = False) -> datetime:
        t = Dm(host, t, "Display server starting...", "Display server starting...")
        t = Dm(host, t + ms(0.2, 1.5), "Writing cookie to %s", f'Writing cookie to "{path}"')
        t = Dm(
            host,
            t + ms(1, 4),
            "Running: %s %s",
            f"Running: /usr/bin/X -nolisten tcp -background none -seat seat0 vt{vt} -auth {path} -noreset -displayfd 16",
        )
        if fail:
            return Dm(
                host,
                t + ms(380, 900),
                "Failed to read display number from pipe",
                "Failed to read display number from pipe",
                "EE",
            )
        t = Dm(host, t + ms(900, 2600), "Writing cookie to %s", f'Writing cookie to "{path}"')
        t = Dm(host, t + ms(1, 5), "Setting default cursor", "Setting default cursor")
        t = Dm(
            host,
            t + ms(2, 12),
            "Running display setup script  %s",
            'Running display setup script  "/usr/share/sddm/scripts/Xsetup"',
        )
        return Dm(host, t + ms(30, 160), "Display server started.", "Display server started.")

    def cycle(host: str, t: datetime, x_fail: bool = False) -> tuple[datetime, int]:
        """A display created and the kiosk user logged in; returns (time, helper pid)."""
        _pid, vt = SD_KIOSKS[host]
        path = xauth()
        t = Dm(host, t, "Adding new display...", "Adding new display...")
        t = Dm(host, t + ms(0.3, 2), "Xauthority path: %s", f'Xauthority path: "{path}"')
        t = Dm(host, t + ms(0.1, 1), "Using VT %d", f"Using VT {vt}")
        if x_fail:
            t = x_start(host, t + ms(0.1, 1), path, vt, fail=True)
            t = Dm(
                host,
                t + ms(0.2, 1),
                "Attempt %d starting the Display server on vt %d failed",
                f"Attempt 1 starting the Display server on vt {vt} failed",
                "WW",
            )
            t += sec(2) + ms(0, 3)
        t = x_start(host, t + ms(0.1, 1), path, vt)
        t = Dm(host, t + ms(0.3, 2), "Reading from %s", f'Reading from "{SD_SESSION}"')
        t = Dm(
            host,
            t + ms(0.5, 3),
            "Session %s selected, command: %s for VT %d",
            f'Session "{SD_SESSION}" selected, command: "{SD_COMMAND}" for VT {vt}',
        )
        hp = r.randint(3000, 32000)
        t = Hp(host, t + ms(6, 25), hp, "[PAM] Starting...", "[PAM] Starting...")
        t = Hp(host, t + ms(0.2, 1), hp, "[PAM] Authenticating...", "[PAM] Authenticating...")
        t = Hp(host, t + ms(1, 8), hp, "[PAM] returning.", "[PAM] returning.")
        t = Dm(
            host,
            t + ms(1, 6),
            "Authentication for user  %s  successful",
            'Authentication for user  "kiosk"  successful',
        )
        t = Hp(
            host,
            t + ms(8, 40),
            hp,
            "Writing cookie to %s",
            'Writing cookie to "/home/kiosk/.Xauthority"',
        )
        t = Hp(
            host,
            t + ms(1, 4),
            hp,
            "Starting X11 session: %s %s",
            f'Starting X11 session: "" "/usr/share/sddm/scripts/Xsession \\"{SD_COMMAND}\\""',
        )
        t = Dm(host, t + ms(3, 15), "Session started %s", "Session started true")
        return t, hp

    def end(host: str, t: datetime, hp: int, status: int) -> datetime:
        """The kiosk session ends with `status`: sddm tears the display down and starts another."""
        t = Hp(host, t, hp, "[PAM] Closing session", "[PAM] Closing session")
        t = Hp(host, t + ms(2, 20), hp, "[PAM] Ended.", "[PAM] Ended.")
        if status == 0:
            t = Dm(
                host,
                t + ms(1, 6),
                "Auth: sddm-helper exited successfully",
                "Auth: sddm-helper exited successfully",
            )
        else:
            t = Dm(
                host,
                t + ms(1, 6),
                "Auth: sddm-helper exited with %d",
                f"Auth: sddm-helper exited with {status}",
                "WW",
            )
        t = Dm(host, t + ms(0.2, 2), "Display server stopping...", "Display server stopping...")
        t = Dm(host, t + ms(60, 400), "Display server stopped.", "Display server stopped.")
        t = Dm(
            host,
            t + ms(0.2, 2),
            "Running display stop script  %s",
            'Running display stop script  "/usr/share/sddm/scripts/Xstop"',
        )
        return Dm(
            host,
            t + ms(8, 40),
            "Removing display %s ...",
            f"Removing display SDDM::Display(0x55{hexid(r, 10)}) ...",
        )

    # kiosk-01: the content reload at 06:30 and three crashes
    hp = r.randint(3000, 32000)
    for t0, status in [
        (at(6, 30, 0.41), 0),
        (at(7, 12, 48.2), 139),
        (at(9, 48, 3.9), 139),
        (at(11, 5, 37.0), 139),
    ]:
        t = end("kiosk-01", t0, hp, status)
        _t, hp = cycle("kiosk-01", t + ms(0.5, 3))
    # kiosk-02: the relogin loop
    hp = r.randint(3000, 32000)
    t = at(8, 7, 12.6)
    fixed = at(9, 26, 40)
    while True:
        t = end("kiosk-02", t, hp, 139)
        t, hp = cycle("kiosk-02", t + ms(0.5, 3))
        nxt = t + sec(r.uniform(28, 72))
        if nxt >= fixed:
            break
        t = nxt
    end_t = end("kiosk-02", fixed + sec(r.uniform(0, 2)), hp, 0)
    cycle("kiosk-02", end_t + ms(0.5, 3))
    # kiosk-03: a crash at 10:41, and the X server failing once to come up
    hp = r.randint(3000, 32000)
    t = end("kiosk-03", at(10, 41, 19.5), hp, 139)
    cycle("kiosk-03", t + ms(0.5, 3), x_fail=True)
    return fs.logs(T0)


SYSTEMS = {
    "saned": saned,
    "colord": colord,
    "gdm": gdm,
    "tigervnc": tigervnc,
    "sddm": sddm,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
