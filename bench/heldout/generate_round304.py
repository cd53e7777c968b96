#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 304 (packagekit, polkitd, tuned, dbus-daemon, kwin) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five desktop and system daemons of one engineering
company, 06:00 to 12:00 UTC on 2024-06-07; the desktops' journals print local time (UTC+2), the
servers run in UTC. WirePlumber, the brief's fourth program, is replaced by dbus-daemon: its
lines are already in the set inside `pipewire` (round 59's journal-user.log).

- PackageKit 1.2.8 with the apt backend (`ws-2041.log`, `ws-2044.log`, `ws-2052.log`,
  `ws-2058.log`: `journalctl -u packagekit -o short-iso` of four Kubuntu 24.04 desktops,
  `2024-06-07T08:10:03+02:00 ws-2041 PackageKit[2345]: resolve transaction /4418_dbcaeabe from
  uid 1000 finished with success after 312ms`). pk_transaction's syslog() lines (ident
  `PackageKit`): every transaction's `%s transaction %s from uid %i finished with %s after %ims`
  (Discover's resolve, get-details, get-packages, search and what-provides storms whenever it is
  opened, the update notifier's refresh-cache and get-updates at login and every three hours),
  `uid %i is trying to obtain %s auth (only_trusted:%i)` / `uid %i obtained auth for %s` / `uid %i
  failed to obtain auth` (a cancelled password prompt), `new %s transaction %s scheduled from uid
  %i` for installs, removals and updates, the `in %s for %s package %s was %s for uid %i` lines
  of each updated or installed package; `daemon start` / `daemon quit` as the daemon is activated
  and leaves after five idle minutes. Incidents: the office apt mirror down 07:50-08:25 UTC
  (refreshes `finished with failed` after long timeouts), unattended-upgrades holding the dpkg
  lock on ws-2044 at 06:31 (an update fails at once), a user cancelling a long update, polkitd
  restarted at 09:12 (packagekitd's own GLib warning, ident `packagekitd`: `failed to check for
  auth: GDBus.Error:org.freedesktop.DBus.Error.NoReply: Message recipient disconnected from
  message bus without replying`), ws-2058 rebooted at 09:40, IT's `pkcon refresh` as root.
- polkitd 124 (duktape) (`ws-2041.log`, `ws-2044.log`, `app-01.log`, `app-02.log`: `journalctl
  -u polkit -o short-iso-precise` of two of those desktops and two Ubuntu 24.04 application
  servers, `2024-06-07T08:10:03.123456+02:00 ws-2041 polkitd[812]: Registered Authentication
  Agent for unix-session:3 (...)`; the servers' journals in UTC, `+00:00`). Desktop logins
  register Plasma's agent (`Registered Authentication Agent for %s (system bus name %s [%s],
  object path %s, locale %s)`), terminal `systemctl` calls register and drop pkttyagent
  (`Unregistered Authentication Agent for %s (system bus name %s, object path %s, locale %s)
  (disconnected from bus)`), password prompts (`Operator of %s successfully authenticated as %s to
  gain TEMPORARY authorization for action %s for %s [%s] (owned by %s)`, ONE-SHOT for pkexec,
  `Operator of %s FAILED to authenticate ...`); the ops team's rolling deploys on the servers
  (pkttyagent for every `systemctl restart`, the first of each deploy prompting); IT's rule push
  at 07:05 (`Reloading rules`, `Collecting garbage unconditionally...`, `Loading rules from
  directory %s`, `Finished loading, compiling and executing %d rules`), on the desktops a rule with
  a typo pushed at 08:40 (`Error compiling script %s: SyntaxError: ...` at load) and a second one
  calling a method that does not exist (every authorization check until the fix at 10:02: `Error
  evaluating admin rules: TypeError: undefined not callable (property '%s' of [object Object])`),
  the desktops' polkitd restarted at 09:12 to no avail (`Started polkitd version %s`, `Acquired
  the name %s on the system bus`, Plasma's agent registering again), the LDAP helper of the
  servers' admin rule failing 10:30-10:50 (`Error evaluating admin rules: Error: Error spawning
  helper: Timed out after %d seconds (%s, %d)` and `... Helper exited with non-zero exit status
  %d, stdout=`%s', stderr=`%s'`, the helper's stderr ending in a newline: a continuation line).
- TuneD 2.22.1 (`db-01-tuned.log`, `ctr-01-tuned.log`, `ctr-02-tuned.log`: /var/log/tuned/tuned.log
  of three RHEL 9.4 servers, Python logging's `%(asctime)s %(levelname)-8s %(name)s:
  %(message)s`, `2024-06-07 06:00:05,123 INFO     tuned.daemon.daemon: starting tuning`).
  Start-ups (`TuneD: %s, kernel: %s`, `dynamic tuning is globally disabled`, `using sleep interval
  of %d second(s)`, `Running in automatic mode, ...`, `Using '%s' profile`, `loading profile: %s`,
  `starting controller`, `starting tuning`, `instance %s: assigning devices %s`, `We are running on
  an x86 %s platform`, `your CPU doesn't support MSR_IA32_ENERGY_PERF_BIAS, ...`, `reapplying
  system sysctl`, `static tuning from profile '%s' applied`); the two podman CI hosts' container
  churn (`device '%s', add event`, `instance %s: adding new device %s`, `device '%s', remove
  event`, `instance %s: removing device %s` for every container's veth); the compliance job's
  hourly `tuned-adm verify --ignore-missing` (`verifying profile(s): %s`, `verify: passed: '%s' =
  '%s'`, `verify: passed: device %s: '%s' = '%s'`, `verify: failed: '%s' = '%s', expected '%s'`
  for ctr-02's swappiness drift, `verify: skipped, missing: '%s'`), a veth gone during one verify
  (`BUG: Unhandled exception in %s: %s` and the traceback logged as a message of its own, a blank
  line after it); db-01's TuneD upgrade at 07:30 (`stopping tuning`, `terminating TuneD, rolling
  back all changes`), the DBA's custom profile at 09:00 with a sysctl removed from the kernel
  (`Failed to read sysctl parameter '%s', the parameter does not exist`, `sysctl option %s will not
  be set, failed to read the original value.`), fixed at 09:31; ctr-01's reboot at 10:30
  (`terminating TuneD due to system shutdown / reboot`).
- dbus-daemon 1.14.10, the system bus (`ws-2041.log`, `ws-2044.log`, `ws-2052.log`,
  `ws-2058.log`: `journalctl -u dbus -o short` of the four desktops, `Jun 07 08:10:03 ws-2041
  dbus-daemon[801]: [system] Successfully activated service 'org.freedesktop.nm_dispatcher'`).
  bus_context_log()'s `[system] ` is context. NetworkManager's dispatcher activated at every
  network event (`Activating via systemd: service name='%s' unit='%s' requested by '%s'
  (uid=%lu pid=%lu comm="%s" label="%s")`, `Successfully activated service '%s'`), PackageKit,
  fwupd, hostname1 and timedate1 activations, Plasma's KAuth helpers through the setuid helper
  (`Activating service name='%s' requested by '%s' (...) (using servicehelper)`), bluedevil asking
  for a disabled bluetoothd (`Activation via systemd failed for unit '%s': Unit %s not found.`),
  a VPN client's rejected calls on two desktops (`Rejected send message, %d matched rules;
  type="%s", sender="%s" (%s) interface="%s" member="%s" error name="%s" requested_reply="%d"
  destination="%s" (%s)`), package installs reloading the bus (`Reloaded configuration`, `Unknown
  username "%s" in message bus configuration file`), a hung bluetoothd on ws-2052 (`Failed to
  activate service '%s': timed out (service_start_timeout=%dms)`), a KAuth helper failing
  (`Activated service '%s' failed: Launch helper exited with unknown return code %i`), IT's
  `dbus-monitor` (`Monitoring connection %s closed.`), ws-2058's reboot (`AppArmor D-Bus mediation
  is enabled`, `Activating systemd to hand-off: ...`).
- KWin 6.0.5 (`cad-01.log`, `cad-02.log`, `cad-03.log`, `cad-04.log`: `journalctl --user -t
  kwin_wayland -o short-precise` of four Fedora 40 KDE workstations of the design team, Qt's
  message pattern writing the logging category before the message, `Jun 07 08:41:12.604113
  cad-01 kwin_wayland[1452]: kwin_core: XCB error: 152 (BadDamage), ...`). The category is
  context. Xwayland clients' XCB errors on every desk (`XCB error: %d (%s), sequence: %d, resource
  id: %d, major code: %d (%s), minor code: %d (%s)`); cad-01's amdgpu pageflip timeouts after its
  two resumes (`Pageflip timed out! This is a bug in the %s kernel driver`, `Please report this
  at %s`, `With the output of 'sudo dmesg' and 'journalctl --user-unit plasma-kwin_wayland --boot
  0'` once a second, `Pageflip arrived after all, %dms after the commit`); cad-02's NVIDIA driver
  and a panel widget (`Invalid framebuffer status: %s`, the GL debug output `%#x: %s` with the
  driver's texts); cad-03's touchpad and keyboard under a heavy build (libinput's `Libinput: %s`
  with `client bug: event processing lagging behind by %dms, your system is too slow`, its rate
  limit warning and the two-line `kernel bug: Touch jump detected and discarded.` message); cad-04's
  USB-C dock with two 4K screens (`Atomic modeset test failed! %s`, `Applying output configuration
  failed!`, `Failed to create framebuffer: %s`, `Atomic modeset commit failed! %s`, `Presentation
  failed! %s` while the session is inactive).

Label notes. The heads are context: the journal's time, host and ident[pid], dbus-daemon's
`[system] `, Qt's logging category before KWin's messages, Python logging's time, level and
logger name. Words a call site writes literally are wording: polkit's `TEMPORARY` / `ONE-SHOT`
(two format strings), PackageKit's `uid %i obtained auth` against `failed to obtain auth`, TuneD's
`add event` / `remove event`. Values: PackageKit's role, exit, info and action names, polkit's
subjects, identities and action ids, TuneD's profile, instance, device and option names, D-Bus
names, units and the loginfo's fields, DRM drivers and GL enum names. A value that is an error
contributes its text: GDBus's NoReply message, duktape's SyntaxError and TypeError texts, the
spawn helper's timeout and exit texts, strerror(), the DRM and GL error texts, libinput's
messages behind KWin's `Libinput: ` (each of its formats its own label), the servicehelper's
launch error. A format with a newline in it is one event: its second journal line (indented by
journalctl) has no row; so has the traceback's body and the blank line after it.

Checked against copies of the sources (nearby versions): PackageKit's pk-transaction.c
(`%s transaction %s from uid %i finished with %s after %ims`, `in %s for %s package %s was %s for
uid %i`, `uid %i is trying to obtain %s auth (only_trusted:%i)`, `uid %i obtained auth for %s`,
`uid %i failed to obtain auth`, `failed to check for auth: %s`, `new %s transaction %s scheduled
from uid %i`) and pk-main.c's `daemon start`; polkit's interactive authority (the three
`Operator of ...` formats) and the duktape authority (`Finished loading, compiling and executing
%d rules`, `Collecting garbage unconditionally...`, `Error compiling script %s: %s`, `Error
evaluating admin rules: %s`, the spawn errors); TuneD's daemon.py, hotplug.py, units/manager.py
and consts.py (the verify strings); dbus' activation.c (`Activating via systemd: service
name='%s' unit='%s' requested by '%s' (%s)`); KWin's drm_pipeline.cpp (`Atomic modeset test
failed!`, `Atomic modeset commit failed!`). Real journals quoted in issues and notes confirmed
PackageKit's lines, polkitd's agent and Operator lines, dbus-daemon's `Successfully activated`
and `Rejected send message` lines, KWin's XCB error, pageflip, framebuffer-status, GL debug,
`Failed to create framebuffer`, `Presentation failed!` and `Applying output configuration failed!`.

Least sure (written from the helper's knowledge): PackageKit's `daemon quit`, the `new ...
scheduled` line only for installs, removals and updates, the package lines' order, the apt
backend's package ids; polkitd's `Started polkitd version %s`, `Loading rules from directory %s`,
`Reloading rules`, `Acquired the name %s on the system bus`, Plasma's agent registering again after
the restart, duktape's error texts; TuneD's recommending `throughput-performance` for db-01 (in
automatic mode until the DBA's switch), `instance %s: removing device %s`, `We are running on an x86 %s platform`, the verify
exception's traceback, the udev event order; dbus-daemon's `Unknown username`, `Activated service
'%s' failed: ...`, `Monitoring connection %s closed.`, `AppArmor D-Bus mediation is enabled` and
the hand-off line; KWin's libinput wrapper (`Libinput: ` and libinput's `%-7s - %s: ` device
prefix, no empty entries for the trailing newline), the rate-limit text, the touch-jump message's
second line, the categories of `Applying output configuration failed!` and `Presentation
failed!`, the GL driver texts.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000
MS = 1_000
US = 1
LOCAL = timedelta(hours=2)


def jitter_times(
    r: random.Random, t0: datetime, t1: datetime, mean_gap: float, min_gap: float = 0.0
) -> list[datetime]:
    """Instants from t0 to t1 with exponential gaps of `mean_gap` seconds (at least `min_gap`)."""
    out, t = [], t0
    while True:
        t += sec(min_gap + r.expovariate(1 / mean_gap))
        if t >= t1:
            return out
        out.append(t)


def j_short(t: datetime) -> str:
    x = t + LOCAL
    return f"{x:%b %d %H:%M:%S}"


def j_precise(t: datetime) -> str:
    x = t + LOCAL
    return f"{x:%b %d %H:%M:%S}.{x.microsecond:06d}"


def j_iso(t: datetime) -> str:
    x = t + LOCAL
    return f"{x:%Y-%m-%dT%H:%M:%S}+02:00"


def j_iso_precise(t: datetime, local: bool = True) -> str:
    if not local:
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00"
    x = t + LOCAL
    return f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}+02:00"


WORK = [(at(6, 0), at(9, 55)), (at(10, 40), T_END)]  # lunch 12:00-12:40 local is 09:55-10:40 UTC


# --------------------------------------------------------------------------------- PackageKit

PK_HOSTS = ["ws-2041", "ws-2044", "ws-2052", "ws-2058"]
PK_UPDATES = [
    ("libnss3", "2:3.98-1build1", "ubuntu-noble-updates-main"),
    ("libcurl4t64", "8.5.0-2ubuntu10.2", "ubuntu-noble-security-main"),
    ("curl", "8.5.0-2ubuntu10.2", "ubuntu-noble-security-main"),
    ("libcurl3t64-gnutls", "8.5.0-2ubuntu10.2", "ubuntu-noble-security-main"),
    ("plasma-discover", "5.27.11-0ubuntu2.1", "ubuntu-noble-updates-universe"),
    ("plasma-discover-common", "5.27.11-0ubuntu2.1", "ubuntu-noble-updates-universe"),
    ("libdiscover5", "5.27.11-0ubuntu2.1", "ubuntu-noble-updates-universe"),
    ("firmware-sof-signed", "2023.12.1-1ubuntu1.1", "ubuntu-noble-updates-main"),
    ("libglib2.0-0t64", "2.80.0-6ubuntu3.1", "ubuntu-noble-updates-main"),
    ("libglib2.0-bin", "2.80.0-6ubuntu3.1", "ubuntu-noble-updates-main"),
    ("libglib2.0-data", "2.80.0-6ubuntu3.1", "ubuntu-noble-updates-main"),
    ("python3-problem-report", "2.28.1-0ubuntu3", "ubuntu-noble-updates-main"),
    ("python3-apport", "2.28.1-0ubuntu3", "ubuntu-noble-updates-main"),
    ("apport", "2.28.1-0ubuntu3", "ubuntu-noble-updates-main"),
    ("apport-core-dump-handler", "2.28.1-0ubuntu3", "ubuntu-noble-updates-main"),
    ("libssl3t64", "3.0.13-0ubuntu3.1", "ubuntu-noble-security-main"),
    ("openssl", "3.0.13-0ubuntu3.1", "ubuntu-noble-security-main"),
    ("linux-firmware", "20240318.git3b128b60-0ubuntu2.1", "ubuntu-noble-updates-main"),
    ("thunderbird", "2:1snap1-0ubuntu3", "ubuntu-noble-updates-main"),
    ("libvte-2.91-0", "0.76.0-1ubuntu0.1", "ubuntu-noble-updates-main"),
    ("libvte-2.91-common", "0.76.0-1ubuntu0.1", "ubuntu-noble-updates-main"),
    ("tzdata", "2024a-3ubuntu1.1", "ubuntu-noble-updates-main"),
    ("ubuntu-drivers-common", "1:0.9.7.6ubuntu3.1", "ubuntu-noble-updates-main"),
    ("libgstreamer-plugins-bad1.0-0", "1.24.2-1ubuntu4", "ubuntu-noble-updates-universe"),
    ("gstreamer1.0-plugins-bad", "1.24.2-1ubuntu4", "ubuntu-noble-updates-universe"),
    ("kwin-common", "4:5.27.11-0ubuntu4", "ubuntu-noble-updates-universe"),
    ("kwin-wayland", "4:5.27.11-0ubuntu4", "ubuntu-noble-updates-universe"),
    ("kwin-data", "4:5.27.11-0ubuntu4", "ubuntu-noble-updates-universe"),
    ("libkwineffects14", "4:5.27.11-0ubuntu4", "ubuntu-noble-updates-universe"),
]
PK_INSTALLS = [
    ("kdenlive", ["kdenlive", "kdenlive-data", "libmlt++7", "libmlt7", "melt", "mlt-data"]),
    ("inkscape", ["inkscape", "libgtkmm-3.0-1t64", "libpotrace0", "python3-scour", "libgc1"]),
    ("krita", ["krita", "krita-data", "krita-gmic", "libquazip1-qt5-1t64"]),
    (
        "wireshark",
        ["wireshark", "wireshark-qt", "libwireshark17t64", "libwiretap14t64", "libwsutil15t64"],
    ),
    ("remmina", ["remmina", "remmina-common", "remmina-plugin-rdp", "remmina-plugin-vnc"]),
    ("kcachegrind", ["kcachegrind", "kcachegrind-converters"]),
]
PK_BROWSE = [
    ("resolve", 38, 40, 900),
    ("get-details", 24, 30, 450),
    ("what-provides", 9, 80, 640),
    ("search-names", 6, 150, 950),
    ("get-update-detail", 5, 90, 820),
    ("search-details", 3, 300, 1600),
    ("get-files", 2, 60, 480),
]
PK_MIRROR_DOWN = (at(7, 50), at(8, 25))
PK_POLKIT_RESTART = at(9, 12, 4)


def pk_version(r: random.Random) -> str:
    """A Debian version as the universe packages have them."""
    return f"{r.randint(1, 24)}.{r.randint(0, 12)}.{r.randint(0, 9)}-{r.randint(1, 4)}build{r.randint(1, 3)}"


class PkDesk:
    def __init__(self, r: random.Random, host: str) -> None:
        self.host = host
        self.pid = 0
        self.tid = r.randrange(1200, 9800)
        self.running = False
        self.last = T0 - sec(3600)
        self.uid = 1000
        self.bus = r.randrange(60, 140)


def packagekit(r: random.Random) -> list[Log]:
    """Four Kubuntu desktops' PackageKit, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    desks = [PkDesk(r, h) for h in PK_HOSTS]

    def L(d: PkDesk, t: datetime, label: str, msg: str, ident: str = "PackageKit") -> datetime:
        return fs.add(
            f"{d.host}.log",
            t,
            label,
            lambda x: [f"{j_iso(x)} {d.host} {ident}[{d.pid}]: {msg}"],
            (d.host, d.pid),
            SEC,
        )

    def wake(d: PkDesk, t: datetime) -> datetime:
        """The daemon is D-Bus activated if it is not running (it quits after 300 idle s)."""
        if d.running and t - d.last > sec(300):
            L(d, d.last + sec(300 + r.uniform(0, 0.9)), "daemon quit", "daemon quit")
            d.running = False
        if not d.running:
            d.pid += r.randrange(300, 2600)
            t = L(d, t, "daemon start", "daemon start")
            t += sec(r.uniform(0.3, 1.4))
            d.running = True
        return t

    def next_tid() -> str:
        return "".join(r.choice("abcde") for _ in range(8))

    def tx(
        d: PkDesk,
        t: datetime,
        role: str,
        ms: int,
        exit_: str = "success",
        uid: int | None = None,
        packages: list[tuple[str, str]] | None = None,
        scheduled: bool = False,
    ) -> datetime:
        uid = d.uid if uid is None else uid
        d.tid += 1
        tid = f"/{d.tid}_{next_tid()}"
        if scheduled:
            t = L(
                d,
                t,
                "new %s transaction %s scheduled from uid %i",
                f"new {role} transaction {tid} scheduled from uid {uid}",
            )
        t += sec(ms / 1000)
        for pid_, info in packages or []:
            t = L(
                d,
                t,
                "in %s for %s package %s was %s for uid %i",
                f"in {tid} for {role} package {pid_} was {info} for uid {uid}",
            )
        t = L(
            d,
            t,
            "%s transaction %s from uid %i finished with %s after %ims",
            f"{role} transaction {tid} from uid {uid} finished with {exit_} after {ms}ms",
        )
        d.last = t
        return t

    def auth(
        d: PkDesk,
        t: datetime,
        action: str,
        trusted: int,
        uid: int | None = None,
        ok: bool = True,
        wait: float = 0.2,
    ) -> datetime:
        uid = d.uid if uid is None else uid
        t = L(
            d,
            t,
            "uid %i is trying to obtain %s auth (only_trusted:%i)",
            f"uid {uid} is trying to obtain {action} auth (only_trusted:{trusted})",
        )
        t += sec(wait)
        if ok:
            return L(d, t, "uid %i obtained auth for %s", f"uid {uid} obtained auth for {action}")
        t = L(d, t, "uid %i failed to obtain auth", f"uid {uid} failed to obtain auth")
        d.last = t
        return t

    def refresh(d: PkDesk, t: datetime, uid: int | None = None) -> datetime:
        t = wake(d, t)
        t = auth(d, t, "org.freedesktop.packagekit.system-sources-refresh", 0, uid)
        if in_any(t, [PK_MIRROR_DOWN]):
            return tx(d, t + sec(0.1), "refresh-cache", r.randrange(30000, 64000), "failed", uid)
        return tx(d, t + sec(0.1), "refresh-cache", r.randrange(3800, 16500), "success", uid)

    def notifier(d: PkDesk, t: datetime) -> datetime:
        t = refresh(d, t)
        t = tx(d, t + sec(r.uniform(0.2, 1.0)), "get-updates", r.randrange(700, 2600))
        if r.random() < 0.5:
            for _ in range(r.randint(1, 4)):
                t = tx(d, t + sec(r.uniform(0.1, 0.6)), "get-update-detail", r.randrange(90, 820))
        return t

    def discover(d: PkDesk, t: datetime, n: int) -> datetime:
        t = wake(d, t)
        t = tx(d, t, "get-packages", r.randrange(1500, 4200))
        t = tx(d, t + sec(r.uniform(0.1, 0.5)), "get-updates", r.randrange(700, 2600))
        total = sum(w for _, w, _, _ in PK_BROWSE)
        for _ in range(n):
            x = r.uniform(0, total)
            role, lo, hi = PK_BROWSE[-1][0], PK_BROWSE[-1][2], PK_BROWSE[-1][3]
            for role_, w, lo_, hi_ in PK_BROWSE:
                x -= w
                if x <= 0:
                    role, lo, hi = role_, lo_, hi_
                    break
            t = tx(
                d,
                t + sec(r.uniform(0.05, 2.5) if r.random() < 0.85 else r.uniform(4, 40)),
                role,
                r.randrange(lo, hi),
            )
        return t

    def update(d: PkDesk, t: datetime, lock: bool = False, cancel: bool = False) -> datetime:
        t = wake(d, t)
        t = tx(d, t, "get-updates", r.randrange(700, 2600))
        pkgs = r.sample(PK_UPDATES, r.randint(6, 18))
        t = tx(
            d, t + sec(r.uniform(0.5, 3)), "update-packages", r.randrange(400, 1900), scheduled=True
        )
        t += sec(r.uniform(2, 15))
        t = auth(d, t, "org.freedesktop.packagekit.system-update", 1, wait=r.uniform(0.1, 0.4))
        ids = [(f"{n};{v};amd64;{o}", "updating") for n, v, o in pkgs]
        if lock:
            return tx(
                d,
                t + sec(0.1),
                "update-packages",
                r.randrange(2100, 4200),
                "failed",
                scheduled=True,
            )
        if cancel:
            return tx(
                d,
                t + sec(0.1),
                "update-packages",
                r.randrange(25000, 70000),
                "cancelled",
                scheduled=True,
            )
        return tx(
            d,
            t + sec(0.1),
            "update-packages",
            r.randrange(45000, 380000),
            packages=ids,
            scheduled=True,
        )

    def install(d: PkDesk, t: datetime, ok: bool = True) -> datetime:
        t = wake(d, t)
        _, deps = r.choice(PK_INSTALLS)
        for _ in range(3):
            t = tx(d, t + sec(r.uniform(0.2, 1.5)), "resolve", r.randrange(40, 600))
        t = tx(
            d,
            t + sec(r.uniform(0.2, 2)),
            "install-packages",
            r.randrange(500, 2400),
            scheduled=True,
        )
        t += sec(r.uniform(1, 6))
        if not ok:
            return auth(
                d,
                t,
                "org.freedesktop.packagekit.package-install",
                1,
                ok=False,
                wait=r.uniform(4, 25),
            )
        t = auth(d, t, "org.freedesktop.packagekit.package-install", 1, wait=r.uniform(5, 18))
        ids = [
            (
                f"{p};{pk_version(r)};amd64;ubuntu-noble-universe",
                "installing",
            )
            for p in deps
        ]
        return tx(
            d,
            t + sec(0.1),
            "install-packages",
            r.randrange(14000, 95000),
            packages=ids,
            scheduled=True,
        )

    def remove(d: PkDesk, t: datetime) -> datetime:
        t = wake(d, t)
        t = tx(d, t, "resolve", r.randrange(40, 600))
        name, _ = r.choice(PK_INSTALLS)
        t = tx(
            d, t + sec(r.uniform(0.2, 2)), "remove-packages", r.randrange(400, 1800), scheduled=True
        )
        t = auth(
            d,
            t + sec(r.uniform(1, 4)),
            "org.freedesktop.packagekit.package-remove",
            1,
            wait=r.uniform(4, 12),
        )
        ids = [(f"{name};{pk_version(r)};amd64;installed:ubuntu-noble-universe", "removing")]
        return tx(
            d,
            t + sec(0.1),
            "remove-packages",
            r.randrange(5000, 21000),
            packages=ids,
            scheduled=True,
        )

    plans: dict[str, list[tuple[datetime, str]]] = {}
    for i, d in enumerate(desks):
        login = at(6, 2) + sec(r.uniform(0, 2700))
        ev: list[tuple[datetime, str]] = [(login + sec(r.uniform(40, 120)), "notifier")]
        ev += [(login + sec(3 * 3600 * k + r.uniform(0, 300)), "notifier") for k in (1, 2)]
        for x in jitter_times(r, login + sec(600), T_END - sec(900), 38 * 60, 300):
            if in_any(x, WORK):
                ev.append((x, "discover"))
        for x in jitter_times(r, login, T_END, 70 * 60, 600):
            if in_any(x, WORK):
                ev.append((x, "peek"))
        ev.append((at(10, 42) + sec(r.uniform(0, 2400)), "update"))
        ev.append((at(8, 5) + sec(r.uniform(0, 5400)), "install"))
        if i in (0, 2):
            ev.append((at(7, 20) + sec(r.uniform(0, 3000)), "install"))
            ev.append((at(11, 5) + sec(r.uniform(0, 1800)), "remove"))
        plans[d.host] = ev
    plans["ws-2044"].append((at(6, 31, 12), "update-lock"))
    plans["ws-2044"].append((at(10, 20, 40), "install-cancel"))
    plans["ws-2052"].append((PK_POLKIT_RESTART - sec(0.4), "polkit-gone"))
    plans["ws-2052"].append((at(8, 3, 20), "discover"))
    plans["ws-2041"].append((at(9, 47, 3), "update-cancel"))
    plans["ws-2058"].append((at(9, 40, 10), "reboot"))
    plans["ws-2041"].append((at(7, 58, 31), "pkcon"))
    plans["ws-2058"].append((at(8, 12, 2), "pkcon"))

    for d in desks:
        t = T0
        for when, kind in sorted(plans[d.host]):
            when = max(when, t + sec(r.uniform(2, 20)))
            if when >= T_END:
                break
            if kind == "notifier":
                t = notifier(d, when)
            elif kind == "discover":
                t = discover(d, when, r.randint(20, 85))
            elif kind == "peek":
                t = discover(d, when, r.randint(4, 16))
            elif kind == "update":
                t = update(d, when)
            elif kind == "update-lock":
                t = update(d, when, lock=True)
            elif kind == "update-cancel":
                t = update(d, when, cancel=True)
            elif kind == "install":
                t = install(d, when)
            elif kind == "install-cancel":
                t = install(d, when, ok=False)
            elif kind == "remove":
                t = remove(d, when)
            elif kind == "pkcon":
                t = refresh(d, when, uid=0)
                t = tx(d, t + sec(r.uniform(0.3, 1)), "get-updates", r.randrange(700, 2600), uid=0)
            elif kind == "polkit-gone":
                t = wake(d, when)
                t = tx(d, t, "get-updates", r.randrange(700, 2600))
                t = L(
                    d,
                    PK_POLKIT_RESTART + sec(0.2),
                    "uid %i is trying to obtain %s auth (only_trusted:%i)",
                    f"uid {d.uid} is trying to obtain org.freedesktop.packagekit.system-update auth (only_trusted:1)",
                )
                t = L(
                    d,
                    t + sec(0.3),
                    "failed to check for auth: GDBus.Error:org.freedesktop.DBus.Error.NoReply: Message recipient disconnected from message bus without replying",
                    "failed to check for auth: GDBus.Error:org.freedesktop.DBus.Error.NoReply: Message recipient disconnected from message bus without replying",
                    "packagekitd",
                )
                d.last = t
                t = update(d, t + sec(r.uniform(20, 50)))
            elif kind == "reboot":
                if d.running:
                    L(d, when, "daemon quit", "daemon quit")
                    d.running = False
                t = when + sec(95)
    for d in desks:
        if d.running and d.last + sec(300) < T_END:
            L(d, d.last + sec(300.3), "daemon quit", "daemon quit")
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ polkitd

PO_HOSTS = {
    # host, polkitd pid, user, uid, session, locale, desktop
    "ws-2041": (812, "anna.berg", 1000, "3", "en_US.UTF-8", True),
    "ws-2044": (806, "jonas.keller", 1000, "2", "de_DE.UTF-8", True),
    "app-01": (744, "", 0, "", "en_US.UTF-8", False),
    "app-02": (751, "", 0, "", "en_US.UTF-8", False),
}
PO_KDE_AGENT = "/usr/lib/x86_64-linux-gnu/libexec/polkit-kde-authentication-agent-1"
PO_OPS = [("m.ortiz", 1104), ("s.nowak", 1107), ("t.haddad", 1112)]
PO_UNITS = [
    "orders-api",
    "billing-worker",
    "catalog-api",
    "notify-worker",
    "search-indexer",
    "gateway",
]
PO_DEV_UNITS = [
    "docker.service",
    "postgresql.service",
    "nginx.service",
    "libvirtd.service",
    "containerd.service",
]
PO_NM_ACTIONS = [
    "org.freedesktop.NetworkManager.enable-disable-network",
    "org.freedesktop.NetworkManager.enable-disable-wifi",
    "org.freedesktop.NetworkManager.enable-disable-wwan",
    "org.freedesktop.NetworkManager.network-control",
    "org.freedesktop.NetworkManager.wifi.scan",
    "org.freedesktop.NetworkManager.wifi.share.protected",
    "org.freedesktop.NetworkManager.wifi.share.open",
    "org.freedesktop.NetworkManager.settings.modify.own",
    "org.freedesktop.NetworkManager.settings.modify.system",
    "org.freedesktop.NetworkManager.settings.modify.hostname",
    "org.freedesktop.NetworkManager.settings.modify.global-dns",
    "org.freedesktop.NetworkManager.reload",
    "org.freedesktop.NetworkManager.checkpoint-rollback",
    "org.freedesktop.NetworkManager.enable-disable-statistics",
    "org.freedesktop.NetworkManager.enable-disable-connectivity-check",
]
PO_RULES_BROKEN = (at(8, 40, 5), at(10, 2, 40))
PO_RESTART = at(9, 12, 4)
PO_LDAP_DOWN = (at(10, 30), at(10, 50))


def polkitd(r: random.Random) -> list[Log]:
    """Two desktops' and two servers' polkitd, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def host_log(host: str) -> Callable[[datetime, str, str], datetime]:
        pid, _, _, _, _, desk = PO_HOSTS[host]
        st = {"pid": pid}

        def L(t: datetime, label: str, msg: str, extra: list[str] | None = None) -> datetime:
            p = st["pid"]
            return fs.add(
                f"{host}.log",
                t,
                label,
                lambda x: [f"{j_iso_precise(x, desk)} {host} polkitd[{p}]: {msg}"] + (extra or []),
                (host, p),
                US,
            )

        L.st = st  # type: ignore[attr-defined]
        return L

    def one(host: str, pid: int, user: str, session: str, locale: str, desk: bool) -> None:
        L = host_log(host)
        bus = [r.randrange(40, 90)]

        def name() -> str:
            bus[0] += r.randrange(1, 9)
            return f":1.{bus[0]}"

        def load(t: datetime, n: int, broken: bool = False) -> datetime:
            t = L(
                t,
                "Loading rules from directory %s",
                "Loading rules from directory /etc/polkit-1/rules.d",
            )
            if broken:
                t = L(
                    t + sec(0.002),
                    "Error compiling script %s: SyntaxError: parse error (line %d)",
                    f"Error compiling script /etc/polkit-1/rules.d/45-corp-network.rules: SyntaxError: parse error (line {r.choice([14, 17, 22])})",
                )
            t = L(
                t + sec(0.001),
                "Loading rules from directory %s",
                "Loading rules from directory /usr/share/polkit-1/rules.d",
            )
            return L(
                t + sec(0.004),
                "Finished loading, compiling and executing %d rules",
                f"Finished loading, compiling and executing {n} rules",
            )

        def reload(t: datetime, n: int, broken: bool = False) -> datetime:
            t = L(t, "Reloading rules", "Reloading rules")
            t = L(
                t + sec(0.001),
                "Collecting garbage unconditionally...",
                "Collecting garbage unconditionally...",
            )
            return load(t + sec(0.001), n, broken)

        rules = [5 if desk else 4]
        broken = [False]

        def js_error(t: datetime) -> datetime:
            return L(
                t,
                "Error evaluating admin rules: TypeError: undefined not callable (property '%s' of [object Object])",
                "Error evaluating admin rules: TypeError: undefined not callable (property 'isInNetgroup' of [object Object])",
            )

        def checks(t: datetime, n: int) -> datetime:
            """Authorization checks a burst of requests makes (only visible while a rule throws)."""
            if broken[0] and in_any(t, [PO_RULES_BROKEN]):
                for _ in range(n):
                    t = js_error(t + sec(r.uniform(0.0005, 0.02)))
            return t

        def register(
            t: datetime, subject: str, bname: str, cmd: str, path: str, loc: str
        ) -> datetime:
            return L(
                t,
                "Registered Authentication Agent for %s (system bus name %s [%s], object path %s, locale %s)",
                f"Registered Authentication Agent for {subject} (system bus name {bname} [{cmd}], object path {path}, locale {loc})",
            )

        def unregister(t: datetime, subject: str, bname: str, path: str, loc: str) -> datetime:
            return L(
                t,
                "Unregistered Authentication Agent for %s (system bus name %s, object path %s, locale %s) (disconnected from bus)",
                f"Unregistered Authentication Agent for {subject} (system bus name {bname}, object path {path}, locale {loc}) (disconnected from bus)",
            )

        def operator(
            t: datetime,
            scope: str,
            who: str,
            action: str,
            subject: str,
            cmd: str,
            owner: str,
            kind: str,
        ) -> datetime:
            if kind == "FAILED":
                return L(
                    t,
                    "Operator of %s FAILED to authenticate to gain authorization for action %s for %s [%s] (owned by %s)",
                    f"Operator of {scope} FAILED to authenticate to gain authorization for action {action} for {subject} [{cmd}] (owned by {owner})",
                )
            return L(
                t,
                f"Operator of %s successfully authenticated as %s to gain {kind} authorization for action %s for %s [%s] (owned by %s)",
                f"Operator of {scope} successfully authenticated as {who} to gain {kind} authorization for action {action} for {subject} [{cmd}] (owned by {owner})",
            )

        def tty_systemctl(
            t: datetime,
            u: str,
            unit: str,
            scope: str,
            verb: str = "restart",
            prompt: bool = False,
            fail: bool = False,
        ) -> datetime:
            ppid = r.randrange(2000, 990000)
            start = r.randrange(1000000, 99000000)
            bname = name()
            subject = f"unix-process:{ppid}:{start}"
            t = register(
                t,
                subject,
                bname,
                "/usr/bin/pkttyagent --notify-fd 5 --fallback",
                "/org/freedesktop/PolicyKit1/AuthenticationAgent",
                locale,
            )
            caller = name()
            t = checks(t + sec(r.uniform(0.01, 0.05)), 1)
            if prompt:
                kind = "FAILED" if fail else "TEMPORARY"
                t = operator(
                    t + sec(r.uniform(3, 14)),
                    scope,
                    f"unix-user:{u}",
                    "org.freedesktop.systemd1.manage-units",
                    f"system-bus-name:{caller}",
                    f"systemctl {verb} {unit}",
                    f"unix-user:{u}",
                    kind,
                )
            return unregister(
                t + sec(r.uniform(0.3, 6.0)),
                subject,
                bname,
                "/org/freedesktop/PolicyKit1/AuthenticationAgent",
                locale,
            )

        if desk:
            scope = f"unix-session:{session}"
            agent = {"bus": name()}
            login = at(6, 3) + sec(r.uniform(0, 2200))

            def agent_up(t: datetime) -> datetime:
                agent["bus"] = name()
                return register(
                    t,
                    scope,
                    agent["bus"],
                    PO_KDE_AGENT,
                    "/org/kde/PolicyKit1/AuthenticationAgent",
                    locale,
                )

            events: list[tuple[datetime, str]] = [(login, "login")]
            events += [
                (x, "systemctl")
                for x in jitter_times(r, login + sec(300), T_END, 9 * 60, 60)
                if in_any(x, WORK)
            ]
            events += [(x, "nm") for x in jitter_times(r, login + sec(60), T_END, 2.4 * 60, 20)]
            events += [
                (x, "pkexec")
                for x in jitter_times(r, login + sec(900), T_END, 95 * 60, 600)
                if in_any(x, WORK)
            ]
            events += [(at(8, 5) + sec(r.uniform(0, 5400)), "install")]
            events += [(at(10, 42) + sec(r.uniform(0, 2400)), "install")]
            if host == "ws-2044":
                events += [(at(10, 20, 52), "install-cancel")]
            events += [
                (at(7, 5, 2) + sec(r.uniform(0, 40)), "push"),
                (PO_RULES_BROKEN[0] + sec(r.uniform(0, 50)), "push-broken"),
            ]
            events += [
                (PO_RULES_BROKEN[1] + sec(r.uniform(0, 50)), "push-fixed"),
                (PO_RESTART, "restart"),
            ]
            events += [
                (at(9, 55) + sec(r.uniform(0, 300)), "lock"),
                (at(10, 38) + sec(r.uniform(0, 400)), "unlock"),
            ]
            t = T0
            for when, kind in sorted(events):
                when = max(when, t + sec(r.uniform(0.5, 3)))
                if when >= T_END:
                    break
                if kind == "login":
                    t = agent_up(when)
                    t = checks(t + sec(r.uniform(0.5, 2)), len(PO_NM_ACTIONS))
                elif kind == "systemctl":
                    t = tty_systemctl(
                        when,
                        user,
                        r.choice(PO_DEV_UNITS),
                        scope,
                        r.choice(["restart", "restart", "start", "stop"]),
                        prompt=r.random() < 0.35,
                        fail=r.random() < 0.08,
                    )
                elif kind == "nm":
                    t = checks(when, r.choice([1, 1, 2, len(PO_NM_ACTIONS)]))
                elif kind == "pkexec":
                    ppid = r.randrange(2000, 990000)
                    prog = r.choice(
                        [
                            "/usr/bin/kate /etc/hosts",
                            "/usr/sbin/gparted",
                            "/usr/bin/kate /etc/fstab",
                            "/usr/bin/partitionmanager",
                        ]
                    )
                    t = checks(when, 1)
                    fail = r.random() < 0.15
                    t = operator(
                        t + sec(r.uniform(4, 12)),
                        scope,
                        f"unix-user:{user}",
                        "org.freedesktop.policykit.exec",
                        f"unix-process:{ppid}:{r.randrange(1000000, 99000000)}",
                        f"pkexec {prog}",
                        f"unix-user:{user}",
                        "FAILED" if fail else "ONE-SHOT",
                    )
                elif kind in ("install", "install-cancel"):
                    caller = name()
                    t = checks(when, 2)
                    fail = kind == "install-cancel"
                    t = operator(
                        t + sec(r.uniform(5, 18)),
                        scope,
                        f"unix-user:{user}",
                        "org.freedesktop.packagekit.package-install",
                        f"system-bus-name:{caller}",
                        "/usr/bin/plasma-discover",
                        f"unix-user:{user}",
                        "FAILED" if fail else "TEMPORARY",
                    )
                elif kind == "push":
                    rules[0] += 1
                    t = reload(when, rules[0])
                    t = checks(t + sec(0.3), len(PO_NM_ACTIONS))
                elif kind == "push-broken":
                    rules[0] += 1
                    t = reload(when, rules[0] - 1, broken=True)
                    t = reload(t + sec(r.uniform(20, 45)), rules[0])
                    broken[0] = True
                    t = checks(t + sec(0.3), len(PO_NM_ACTIONS))
                elif kind == "push-fixed":
                    broken[0] = False
                    t = reload(when, rules[0])
                elif kind == "restart":
                    L.st["pid"] = pid + r.randrange(20000, 60000)  # type: ignore[attr-defined]
                    t = L(
                        when + sec(0.6), "Started polkitd version %s", "Started polkitd version 124"
                    )
                    t = load(t + sec(0.01), rules[0])
                    t = L(
                        t + sec(0.02),
                        "Acquired the name %s on the system bus",
                        "Acquired the name org.freedesktop.PolicyKit1 on the system bus",
                    )
                    t = agent_up(t + sec(r.uniform(0.2, 1.5)))
                    t = checks(t + sec(0.3), len(PO_NM_ACTIONS))
                elif kind == "lock":
                    t = checks(when, 2)
                elif kind == "unlock":
                    t = checks(when, len(PO_NM_ACTIONS))
            # leaving for the weekend
            unregister(
                T_END - sec(r.uniform(60, 400)),
                scope,
                agent["bus"],
                "/org/kde/PolicyKit1/AuthenticationAgent",
                locale,
            )
        else:
            t = T0
            events = [
                (x, "deploy") for x in jitter_times(r, at(6, 10), T_END - sec(600), 5 * 60, 120)
            ]
            events += [(at(7, 5, 30) + sec(r.uniform(0, 40)), "push")]
            events += [
                (x, "probe") for x in jitter_times(r, PO_LDAP_DOWN[0], PO_LDAP_DOWN[1], 140, 30)
            ]
            for when, kind in sorted(events):
                when = max(when, t + sec(r.uniform(1, 5)))
                if kind == "push":
                    rules[0] += 1
                    t = reload(when, rules[0])
                    continue
                u, _ = r.choice(PO_OPS)
                ops_scope = f"unix-session:{r.randrange(40, 400)}"
                if kind == "probe":
                    t = tty_systemctl(when, u, f"{r.choice(PO_UNITS)}.service", ops_scope)
                    if r.random() < 0.55:
                        t = L(
                            t - sec(r.uniform(0.5, 2)),
                            "Error evaluating admin rules: Error: Error spawning helper: Timed out after %d seconds (%s, %d)",
                            "Error evaluating admin rules: Error: Error spawning helper: Timed out after 10 seconds (polkit-error-quark, 0)",
                        )
                    else:
                        t = L(
                            t - sec(r.uniform(0.5, 2)),
                            "Error evaluating admin rules: Error: Helper exited with non-zero exit status %d, stdout=`%s', stderr=`%s'",
                            "Error evaluating admin rules: Error: Helper exited with non-zero exit status 2, stdout=`', stderr=`ldap_sasl_bind(SIMPLE): Can't contact LDAP server (-1)",
                            [
                                " "
                                * len(f"{j_iso_precise(t, False)} {host} polkitd[{L.st['pid']}]: ")
                                + "'"
                            ],  # type: ignore[attr-defined]
                        )
                    continue
                units = r.sample(PO_UNITS, r.randint(3, len(PO_UNITS)))
                first = True
                t = when
                for unit in units:
                    t = tty_systemctl(
                        t + sec(r.uniform(4, 40)),
                        u,
                        f"{unit}.service",
                        ops_scope,
                        prompt=first,
                        fail=first and r.random() < 0.1,
                    )
                    first = False

    for host, (pid, user, _uid, session, locale, desk) in PO_HOSTS.items():
        one(host, pid, user, session, locale, desk)
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- TuneD

TD_VERSION = "2.22.1"
TD_KERNEL = "5.14.0-427.18.1.el9_4.x86_64"
TD_KERNEL_NEW = "5.14.0-427.20.1.el9_4.x86_64"
TD_HOSTS = {
    # profile, cpus, vendor, disks, nics, manual, vm
    "db-01": (
        "throughput-performance",
        24,
        "GenuineIntel",
        ["nvme0n1", "nvme1n1", "sda"],
        ["eno1", "eno2"],
        False,
        False,
    ),
    "ctr-01": ("corp-ci", 8, "AuthenticAMD", ["vda", "vdb"], ["eth0"], True, True),
    "ctr-02": ("corp-ci", 8, "AuthenticAMD", ["vda", "vdb"], ["eth0"], True, True),
}
TD_SYSCTL = {
    "throughput-performance": [
        ("kernel.sched_min_granularity_ns", "10000000"),
        ("vm.dirty_ratio", "40"),
        ("vm.dirty_background_ratio", "10"),
        ("vm.swappiness", "10"),
        ("net.core.somaxconn", "2048"),
    ],
    "corp-ci": [
        ("vm.dirty_ratio", "30"),
        ("vm.swappiness", "30"),
        ("net.ipv4.ip_forward", "1"),
        ("fs.inotify.max_user_watches", "1048576"),
        ("fs.inotify.max_user_instances", "8192"),
    ],
    "corp-postgresql": [
        ("vm.dirty_ratio", "40"),
        ("vm.dirty_background_ratio", "10"),
        ("vm.swappiness", "10"),
        ("vm.overcommit_memory", "2"),
        ("net.ipv4.tcp_tw_recycle", "1"),
        ("kernel.sched_autogroup_enabled", "0"),
    ],
}


def tuned(r: random.Random) -> list[Log]:
    """Three RHEL 9 servers' TuneD, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def one(
        host: str,
        profile0: str,
        cpus: int,
        vendor: str,
        disks: list[str],
        nics: list[str],
        manual: bool,
        vm: bool,
    ) -> None:
        st: dict[str, Any] = {
            "pid": r.randrange(900, 1300),
            "profile": profile0,
            "kernel": TD_KERNEL,
            "swap": "30",
            "fixed": False,
            "manual": manual,
        }

        def L(
            t: datetime,
            level: str,
            logger: str,
            label: str,
            msg: str,
            extra: list[str] | None = None,
        ) -> datetime:
            p = st["pid"]
            return fs.add(
                f"{host}-tuned.log",
                t,
                label,
                lambda x: (
                    [
                        f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {level:<8} {logger}: {msg}"
                    ]
                    + (extra or [])
                ),
                (host, p),
                MS,
            )

        def sysctl_list() -> list[tuple[str, str]]:
            opts = TD_SYSCTL[st["profile"]]
            if st["fixed"]:
                opts = [x for x in opts if x[0] != "net.ipv4.tcp_tw_recycle"]
            return opts

        def instances(t: datetime) -> datetime:
            cpu_list = ", ".join(f"cpu{i}" for i in sorted(range(cpus), key=str))
            t = L(
                t,
                "INFO",
                "tuned.plugins.base",
                "instance %s: assigning devices %s",
                f"instance cpu: assigning devices {cpu_list}",
            )
            t = L(
                t + sec(0.002),
                "INFO",
                "tuned.plugins.plugin_cpu",
                "We are running on an x86 %s platform",
                f"We are running on an x86 {vendor} platform",
            )
            if vm:
                t = L(
                    t + sec(0.003),
                    "WARNING",
                    "tuned.plugins.plugin_cpu",
                    "your CPU doesn't support MSR_IA32_ENERGY_PERF_BIAS, ignoring CPU energy performance bias",
                    "your CPU doesn't support MSR_IA32_ENERGY_PERF_BIAS, ignoring CPU energy performance bias",
                )
            t = L(
                t + sec(0.004),
                "INFO",
                "tuned.plugins.base",
                "instance %s: assigning devices %s",
                f"instance disk: assigning devices {', '.join(sorted(disks))}",
            )
            if st["profile"] == "corp-ci":
                t = L(
                    t + sec(0.002),
                    "INFO",
                    "tuned.plugins.base",
                    "instance %s: assigning devices %s",
                    f"instance net: assigning devices {', '.join(nics)}",
                )
            return t

        def apply(t: datetime) -> datetime:
            t = L(t, "INFO", "tuned.daemon.daemon", "starting tuning", "starting tuning")
            t = instances(t + sec(r.uniform(0.05, 0.3)))
            for opt, _ in sysctl_list():
                if opt == "net.ipv4.tcp_tw_recycle":
                    t = L(
                        t + sec(0.003),
                        "ERROR",
                        "tuned.plugins.plugin_sysctl",
                        "Failed to read sysctl parameter '%s', the parameter does not exist",
                        f"Failed to read sysctl parameter '{opt}', the parameter does not exist",
                    )
                    t = L(
                        t + sec(0.001),
                        "ERROR",
                        "tuned.plugins.plugin_sysctl",
                        "sysctl option %s will not be set, failed to read the original value.",
                        f"sysctl option {opt} will not be set, failed to read the original value.",
                    )
            t = L(
                t + sec(r.uniform(0.05, 0.4)),
                "INFO",
                "tuned.plugins.plugin_sysctl",
                "reapplying system sysctl",
                "reapplying system sysctl",
            )
            return L(
                t + sec(r.uniform(0.1, 0.9)),
                "INFO",
                "tuned.daemon.daemon",
                "static tuning from profile '%s' applied",
                f"static tuning from profile '{st['profile']}' applied",
            )

        def start(t: datetime) -> datetime:
            st["pid"] = st["pid"] + r.randrange(300, 5000)
            t = L(
                t,
                "INFO",
                "tuned.daemon.application",
                "TuneD: %s, kernel: %s",
                f"TuneD: {TD_VERSION}, kernel: {st['kernel']}",
            )
            t = L(
                t + sec(0.004),
                "INFO",
                "tuned.daemon.application",
                "dynamic tuning is globally disabled",
                "dynamic tuning is globally disabled",
            )
            t = L(
                t + sec(0.01),
                "INFO",
                "tuned.daemon.daemon",
                "using sleep interval of %d second(s)",
                "using sleep interval of 1 second(s)",
            )
            if not st["manual"]:
                t = L(
                    t + sec(0.001),
                    "INFO",
                    "tuned.daemon.daemon",
                    "Running in automatic mode, checking what profile is recommended for your configuration.",
                    "Running in automatic mode, checking what profile is recommended for your configuration.",
                )
                t = L(
                    t + sec(0.12),
                    "INFO",
                    "tuned.daemon.daemon",
                    "Using '%s' profile",
                    f"Using '{st['profile']}' profile",
                )
            t = L(
                t + sec(0.02),
                "INFO",
                "tuned.profiles.loader",
                "loading profile: %s",
                f"loading profile: {st['profile']}",
            )
            t = L(
                t + sec(r.uniform(0.1, 0.4)),
                "INFO",
                "tuned.daemon.controller",
                "starting controller",
                "starting controller",
            )
            return apply(t + sec(0.001))

        def stop(t: datetime, reboot: bool = False) -> datetime:
            t = L(t, "INFO", "tuned.daemon.daemon", "stopping tuning", "stopping tuning")
            if reboot:
                return L(
                    t + sec(r.uniform(0.5, 1.5)),
                    "INFO",
                    "tuned.daemon.daemon",
                    "terminating TuneD due to system shutdown / reboot",
                    "terminating TuneD due to system shutdown / reboot",
                )
            return L(
                t + sec(r.uniform(0.5, 1.5)),
                "INFO",
                "tuned.daemon.daemon",
                "terminating TuneD, rolling back all changes",
                "terminating TuneD, rolling back all changes",
            )

        def switch(t: datetime, profile: str) -> datetime:
            t = L(t, "INFO", "tuned.daemon.daemon", "stopping tuning", "stopping tuning")
            st["profile"] = profile
            t = L(
                t + sec(r.uniform(0.6, 1.6)),
                "INFO",
                "tuned.profiles.loader",
                "loading profile: %s",
                f"loading profile: {profile}",
            )
            return apply(t + sec(r.uniform(0.05, 0.2)))

        veths: list[str] = []

        def verify(t: datetime, boom: bool = False) -> datetime:
            t = L(
                t,
                "INFO",
                "tuned.daemon.daemon",
                "verifying profile(s): %s",
                f"verifying profile(s): {st['profile']}",
            )
            for i in range(cpus):
                t = L(
                    t + sec(0.001),
                    "INFO",
                    "tuned.plugins.base",
                    "verify: passed: device %s: '%s' = '%s'",
                    f"verify: passed: device cpu{i}: 'governor' = 'performance'",
                )
            for dsk in disks:
                t = L(
                    t + sec(0.002),
                    "INFO",
                    "tuned.plugins.base",
                    "verify: passed: device %s: '%s' = '%s'",
                    f"verify: passed: device {dsk}: 'readahead' = '4096'",
                )
            if boom and veths:
                gone = veths[0]
                t = L(
                    t + sec(0.05),
                    "ERROR",
                    "tuned.units.manager",
                    "BUG: Unhandled exception in %s: %s",
                    f"BUG: Unhandled exception in verify_tuning: [Errno 2] No such file or directory: '/sys/class/net/{gone}/tx_queue_len'",
                )
                t = L(
                    t + sec(0.001),
                    "ERROR",
                    "tuned.units.manager",
                    "Traceback (most recent call last):",
                    "Traceback (most recent call last):",
                    [
                        '  File "/usr/lib/python3.9/site-packages/tuned/units/manager.py", line 185, in _try_call',
                        "    return f(*args, **kwargs)",
                        '  File "/usr/lib/python3.9/site-packages/tuned/plugins/instance/instance.py", line 96, in verify_tuning',
                        "    return self._plugin.instance_verify_tuning(self, ignore_missing)",
                        '  File "/usr/lib/python3.9/site-packages/tuned/plugins/base.py", line 379, in instance_verify_tuning',
                        "    elif self._verify_all_device_commands(instance, instance.assigned_devices, ignore_missing) == False:",
                        '  File "/usr/lib/python3.9/site-packages/tuned/plugins/base.py", line 639, in _verify_all_device_commands',
                        "    if self._verify_device_command(instance, command, devices, ignore_missing) == False:",
                        '  File "/usr/lib/python3.9/site-packages/tuned/plugins/base.py", line 652, in _verify_device_command',
                        "    current_value = self._get_current_value(command, device, ignore_missing=ignore_missing)",
                        '  File "/usr/lib/python3.9/site-packages/tuned/plugins/base.py", line 571, in _get_current_value',
                        '    return command["get"](device, ignore_missing=ignore_missing)',
                        '  File "/usr/lib/python3.9/site-packages/tuned/plugins/plugin_net.py", line 317, in _get_txqueuelen',
                        '    with open("/sys/class/net/%s/tx_queue_len" % device) as f:',
                        f"FileNotFoundError: [Errno 2] No such file or directory: '/sys/class/net/{gone}/tx_queue_len'",
                        "",
                    ],
                )
            for opt, val in sysctl_list():
                if opt == "net.ipv4.tcp_tw_recycle":
                    t = L(
                        t + sec(0.001),
                        "ERROR",
                        "tuned.plugins.plugin_sysctl",
                        "Failed to read sysctl parameter '%s', the parameter does not exist",
                        f"Failed to read sysctl parameter '{opt}', the parameter does not exist",
                    )
                    t = L(
                        t + sec(0.001),
                        "INFO",
                        "tuned.plugins.base",
                        "verify: skipped, missing: '%s'",
                        f"verify: skipped, missing: '{opt}'",
                    )
                elif opt == "vm.swappiness" and st["swap"] != val and st["profile"] == "corp-ci":
                    t = L(
                        t + sec(0.001),
                        "ERROR",
                        "tuned.plugins.base",
                        "verify: failed: '%s' = '%s', expected '%s'",
                        f"verify: failed: '{opt}' = '{st['swap']}', expected '{val}'",
                    )
                else:
                    t = L(
                        t + sec(0.001),
                        "INFO",
                        "tuned.plugins.base",
                        "verify: passed: '%s' = '%s'",
                        f"verify: passed: '{opt}' = '{val}'",
                    )
            return t

        t = T0
        events: list[tuple[datetime, str]] = []
        events += [(at(h, 15) + sec(r.uniform(0, 40)), "verify") for h in range(6, 12)]
        if host == "db-01":
            events += [
                (at(7, 30, 11), "upgrade"),
                (at(9, 0, 42), "switch-bad"),
                (at(9, 31, 5), "switch-good"),
            ]
        else:
            mean = 80 if host == "ctr-01" else 105
            events += [(x, "container") for x in jitter_times(r, T0, T_END - sec(120), mean, 4)]
            if host == "ctr-01":
                events += [(at(10, 30, 2), "reboot")]
            if host == "ctr-02":
                events += [(at(8, 2, 30), "drift")]
        pending: list[tuple[datetime, str]] = []
        for when, kind in sorted(events):
            if kind == "container":
                if host == "ctr-01" and at(10, 30) <= when < at(10, 34):
                    continue
                v = "veth" + hexid(r, 8)
                life = r.uniform(40, 900) if r.random() < 0.9 else r.uniform(1200, 3600)
                pending.append((when, "add:" + v))
                pending.append((when + sec(life), "del:" + v))
            else:
                pending.append((when, kind))
        boomed = False
        for when, kind in sorted(pending):
            if when >= T_END:
                continue
            if kind.startswith("add:"):
                v = kind[4:]
                veths.append(v)
                t = L(
                    when,
                    "INFO",
                    "tuned.plugins.hotplug",
                    "device '%s', add event",
                    f"device '{v}', add event",
                )
                t = L(
                    t + sec(r.uniform(0.001, 0.02)),
                    "INFO",
                    "tuned.plugins.hotplug",
                    "instance %s: adding new device %s",
                    f"instance net: adding new device {v}",
                )
            elif kind.startswith("del:"):
                v = kind[4:]
                if v not in veths:
                    continue
                veths.remove(v)
                t = L(
                    when,
                    "INFO",
                    "tuned.plugins.hotplug",
                    "device '%s', remove event",
                    f"device '{v}', remove event",
                )
                t = L(
                    t + sec(r.uniform(0.001, 0.02)),
                    "INFO",
                    "tuned.plugins.hotplug",
                    "instance %s: removing device %s",
                    f"instance net: removing device {v}",
                )
            elif kind == "verify":
                boom = host == "ctr-02" and not boomed and when > at(9, 0)
                boomed = boomed or boom
                t = verify(when, boom)
            elif kind == "drift":
                st["swap"] = "60"
            elif kind == "upgrade":
                t = stop(when)
                t = start(t + sec(r.uniform(2, 4)))
            elif kind == "switch-bad":
                t = switch(when, "corp-postgresql")
                st["manual"] = True
            elif kind == "switch-good":
                st["fixed"] = True
                t = switch(when, "corp-postgresql")
            elif kind == "reboot":
                t = stop(when, reboot=True)
                veths.clear()
                st["kernel"] = TD_KERNEL_NEW
                t = start(t + sec(r.uniform(70, 95)))

    for host, v in TD_HOSTS.items():
        one(host, *v)  # type: ignore[arg-type]
    return fs.logs(T0)


# -------------------------------------------------------------------------------- dbus-daemon

DB_HOSTS = {
    # host, dbus pid, laptop (roams), VPN client, bluetooth off
    "ws-2041": (801, True, True, True),
    "ws-2044": (798, False, True, False),
    "ws-2052": (803, True, False, False),
    "ws-2058": (799, False, False, True),
}
DB_NM = 'uid=0 pid={pid} comm="/usr/sbin/NetworkManager --no-daemon" label="unconfined"'
DB_USER = 'uid=1000 pid={pid} comm="{comm}" label="unconfined"'


def dbus(r: random.Random) -> list[Log]:
    """Four desktops' system bus, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def one(host: str, pid0: int, laptop: bool, vpn: bool, bt_off: bool) -> None:
        st = {
            "pid": pid0,
            "bus": r.randrange(80, 200),
            "nm": r.randrange(900, 1100),
            "kded": r.randrange(1900, 2600),
            "pd": r.randrange(2000, 2800),
            "vpn": r.randrange(3000, 4000),
        }

        def L(t: datetime, label: str, msg: str, system: bool = True) -> datetime:
            p = st["pid"]
            head = "[system] " if system else ""
            return fs.add(
                f"{host}.log",
                t,
                label,
                lambda x: [f"{j_short(x)} {host} dbus-daemon[{p}]: {head}{msg}"],
                (host, p),
                SEC,
            )

        def name() -> str:
            st["bus"] += r.randrange(1, 12)
            return f":1.{st['bus']}"

        def activate(
            t: datetime,
            svc: str,
            unit: str,
            req: str,
            info: str,
            ok: bool = True,
            delay: tuple[float, float] = (0.02, 0.6),
        ) -> datetime:
            t = L(
                t,
                "Activating via systemd: service name='%s' unit='%s' requested by '%s' (uid=%lu pid=%lu comm=\"%s\" label=\"%s\")",
                f"Activating via systemd: service name='{svc}' unit='{unit}' requested by '{req}' ({info})",
            )
            if ok:
                t = L(
                    t + sec(r.uniform(*delay)),
                    "Successfully activated service '%s'",
                    f"Successfully activated service '{svc}'",
                )
            return t

        def helper(t: datetime, svc: str, comm: str, fail: bool = False) -> datetime:
            info = DB_USER.format(pid=st["pd"], comm=comm)
            t = L(
                t,
                "Activating service name='%s' requested by '%s' (uid=%lu pid=%lu comm=\"%s\" label=\"%s\") (using servicehelper)",
                f"Activating service name='{svc}' requested by '{name()}' ({info}) (using servicehelper)",
            )
            if fail:
                return L(
                    t + sec(r.uniform(0.05, 0.3)),
                    "Activated service '%s' failed: Launch helper exited with unknown return code %i",
                    f"Activated service '{svc}' failed: Launch helper exited with unknown return code 1",
                )
            return L(
                t + sec(r.uniform(0.05, 0.3)),
                "Successfully activated service '%s'",
                f"Successfully activated service '{svc}'",
            )

        def nm_event(t: datetime) -> datetime:
            return activate(
                t,
                "org.freedesktop.nm_dispatcher",
                "dbus-org.freedesktop.nm-dispatcher.service",
                ":1.4",
                DB_NM.format(pid=st["nm"]),
                delay=(0.01, 0.08),
            )

        def bluez(t: datetime) -> datetime:
            if bt_off:
                return L(
                    t,
                    "Activation via systemd failed for unit '%s': Unit %s not found.",
                    "Activation via systemd failed for unit 'dbus-org.bluez.service': Unit dbus-org.bluez.service not found.",
                )
            return t

        def rejected(t: datetime) -> datetime:
            snd = st.get("vpnbus") or name()
            st["vpnbus"] = snd  # type: ignore[assignment]
            member = r.choice(["GetDevices", "GetDevices", "ActivateConnection", "GetAll"])
            iface = (
                "org.freedesktop.DBus.Properties"
                if member == "GetAll"
                else "org.freedesktop.NetworkManager"
            )
            return L(
                t,
                'Rejected send message, %d matched rules; type="%s", sender="%s" (%s) interface="%s" member="%s" error name="%s" requested_reply="%d" destination="%s" (%s)',
                f'Rejected send message, 2 matched rules; type="method_call", sender="{snd}" (uid=1000 pid={st["vpn"]} comm="/opt/corpvpn/bin/corpvpn-ui" label="unconfined") interface="{iface}" member="{member}" error name="(unset)" requested_reply="0" destination="org.freedesktop.NetworkManager" (uid=0 pid={st["nm"]} comm="/usr/sbin/NetworkManager --no-daemon" label="unconfined")',
            )

        def reload(t: datetime) -> datetime:
            t = L(t, "Reloaded configuration", "Reloaded configuration")
            if host in ("ws-2044", "ws-2058"):
                t = L(
                    t + sec(0.001),
                    'Unknown username "%s" in message bus configuration file',
                    'Unknown username "whoopsie" in message bus configuration file',
                    False,
                )
            return t

        def boot(t: datetime) -> datetime:
            st["pid"] = r.randrange(780, 830)
            st["bus"] = 0
            st["nm"] = r.randrange(880, 1000)
            st["kded"] = r.randrange(1700, 2300)
            t = L(t, "AppArmor D-Bus mediation is enabled", "AppArmor D-Bus mediation is enabled")
            t = L(
                t + sec(0.01),
                'Unknown username "%s" in message bus configuration file',
                'Unknown username "whoopsie" in message bus configuration file',
                False,
            )
            t = L(
                t + sec(0.3),
                "Activating systemd to hand-off: service name='%s' unit='%s' requested by '%s' (uid=%lu pid=%lu comm=\"%s\" label=\"%s\")",
                f"Activating systemd to hand-off: service name='org.freedesktop.hostname1' unit='dbus-org.freedesktop.hostname1.service' requested by ':1.1' (uid=0 pid={st['nm']} comm=\"/usr/sbin/NetworkManager --no-daemon\" label=\"unconfined\")",
            )
            t = L(
                t + sec(0.4),
                "Successfully activated service '%s'",
                "Successfully activated service 'org.freedesktop.systemd1'",
            )
            t = L(
                t + sec(0.2),
                "Successfully activated service '%s'",
                "Successfully activated service 'org.freedesktop.hostname1'",
            )
            st["bus"] = 4
            t = nm_event(t + sec(1.2))
            t = activate(
                t + sec(2),
                "org.freedesktop.PackageKit",
                "packagekit.service",
                name(),
                'uid=0 pid=1342 comm="/usr/bin/gdbus call --system --dest org.freedesktop.PackageKit --object-path /org/freedesktop/PackageKit --timeout 4 --method org.freedesktop.DBus.Properties.Get org.freedesktop.PackageKit VersionMajor" label="unconfined"',
            )
            st["bus"] = 40
            return t

        def login(t: datetime) -> datetime:
            t = activate(
                t,
                "org.freedesktop.hostname1",
                "dbus-org.freedesktop.hostname1.service",
                name(),
                DB_USER.format(pid=st["kded"] - 40, comm="/usr/bin/plasmashell --no-respawn"),
            )
            t = activate(
                t + sec(r.uniform(0.5, 3)),
                "org.freedesktop.timedate1",
                "dbus-org.freedesktop.timedate1.service",
                name(),
                DB_USER.format(pid=st["kded"] - 40, comm="/usr/bin/plasmashell --no-respawn"),
            )
            t = bluez(t + sec(r.uniform(0.5, 2)))
            t = activate(
                t + sec(r.uniform(2, 9)),
                "org.freedesktop.fwupd",
                "fwupd.service",
                name(),
                DB_USER.format(pid=st["kded"] + 300, comm="/usr/bin/plasma-discover --mode update"),
                delay=(0.5, 2.5),
            )
            return t

        def packagekit(t: datetime, comm: str) -> datetime:
            return activate(
                t,
                "org.freedesktop.PackageKit",
                "packagekit.service",
                name(),
                DB_USER.format(pid=st["kded"] + r.randrange(200, 9000), comm=comm),
                delay=(0.3, 1.4),
            )

        ev: list[tuple[datetime, str]] = []
        login_at = at(6, 2) + sec(r.uniform(0, 2700))
        ev.append((login_at, "login"))
        mean = 2.2 * 60 if laptop else 8 * 60
        ev += [(x, "nm") for x in jitter_times(r, T0, T_END, mean, 15)]
        ev += [(x, "pk") for x in jitter_times(r, login_at, T_END, 19 * 60, 300)]
        if vpn:
            ev += [(x, "vpn") for x in jitter_times(r, login_at, T_END, 55, 30) if in_any(x, WORK)]
        if laptop:
            ev += [(x, "backlight") for x in jitter_times(r, login_at, T_END, 11 * 60, 60)]
        if bt_off:
            ev += [(x, "bluez") for x in jitter_times(r, login_at, T_END, 40 * 60, 120)]
        ev += [
            (at(10, 42) + sec(r.uniform(300, 2400)), "reload"),
            (at(8, 5) + sec(r.uniform(600, 5400)), "reload"),
        ]
        ev += [
            (at(9, 55) + sec(r.uniform(0, 300)), "lock"),
            (at(10, 38) + sec(r.uniform(0, 400)), "unlock"),
        ]
        if host == "ws-2052":
            ev += [(at(9, 50, 12), "bt-hang"), (at(9, 18, 40), "monitor")]
        if host == "ws-2044":
            ev += [(at(10, 52, 33), "helper-fail")]
        if host == "ws-2058":
            ev += [(at(9, 40, 10), "reboot")]
        t = T0
        down_until = T0
        for when, kind in sorted(ev):
            if when < down_until:
                continue
            when = max(when, t + sec(r.uniform(0.2, 2)))
            if when >= T_END:
                break
            if kind == "login":
                t = login(when)
            elif kind == "nm":
                t = nm_event(when)
            elif kind == "pk":
                t = packagekit(
                    when,
                    r.choice(
                        [
                            "/usr/bin/plasma-discover",
                            "/usr/bin/plasma-discover",
                            "/usr/libexec/DiscoverNotifier",
                        ]
                    ),
                )
            elif kind == "vpn":
                t = rejected(when)
            elif kind == "backlight":
                t = helper(
                    when,
                    "org.kde.powerdevil.backlighthelper",
                    "/usr/lib/x86_64-linux-gnu/libexec/org_kde_powerdevil",
                )
            elif kind == "bluez":
                t = bluez(when)
            elif kind == "reload":
                t = reload(when)
            elif kind == "lock":
                t = nm_event(when)
            elif kind == "unlock":
                t = bluez(when)
                t = nm_event(t + sec(r.uniform(1, 4)))
            elif kind == "bt-hang":
                for _ in range(3):
                    info = DB_USER.format(pid=st["kded"], comm="/usr/bin/kded5")
                    t = activate(
                        when, "org.bluez", "dbus-org.bluez.service", name(), info, ok=False
                    )
                    t = L(
                        t + sec(25.0),
                        "Failed to activate service '%s': timed out (service_start_timeout=%dms)",
                        "Failed to activate service 'org.bluez': timed out (service_start_timeout=25000ms)",
                    )
                    when = t + sec(r.uniform(30, 90))
            elif kind == "monitor":
                mons = [name() for _ in range(2)]
                for m in mons:
                    t = L(
                        when + sec(r.uniform(240, 600)),
                        "Monitoring connection %s closed.",
                        f"Monitoring connection {m} closed.",
                    )
                    when = t
            elif kind == "helper-fail":
                t = helper(when, "org.kde.kcontrol.kcmsddm", "/usr/bin/systemsettings")
                t = helper(
                    t + sec(r.uniform(8, 30)),
                    "org.kde.kcontrol.kcmsddm",
                    "/usr/bin/systemsettings",
                    fail=True,
                )
                t = helper(
                    t + sec(r.uniform(5, 20)),
                    "org.kde.kcontrol.kcmsddm",
                    "/usr/bin/systemsettings",
                    fail=True,
                )
            elif kind == "reboot":
                t = boot(when + sec(r.uniform(60, 80)))
                down_until = t
                t = login(t + sec(r.uniform(25, 60)))

    for host, v in DB_HOSTS.items():
        one(host, *v)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------------- KWin

KW_HOSTS = {
    # host, pid
    "cad-01": 1452,
    "cad-02": 1398,
    "cad-03": 1511,
    "cad-04": 1467,
}
KW_DAMAGE = ("152 (BadDamage)", "143 (DAMAGE)", ["3 (Subtract)", "2 (Destroy)"])
KW_SHAPE = ("3 (BadWindow)", "129 (SHAPE)", ["6 (Input)", "2 (Rectangles)"])
KW_LIBINPUT_DEVS = [
    ("event8", "SYNA8004:00 06CB:CD8B Touchpad"),
    ("event3", "AT Translated Set 2 keyboard"),
    ("event17", "Logitech MX Master 3"),
]


def kwin(r: random.Random) -> list[Log]:
    """Four Fedora KDE workstations' KWin, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()

    def one(host: str, pid: int) -> None:
        st = {"pid": pid, "seq": r.randrange(2000, 9000), "rid": r.randrange(10000000, 90000000)}

        def L(
            t: datetime, cat: str, label: str, msg: str, extra: list[str] | None = None
        ) -> datetime:
            p = st["pid"]
            return fs.add(
                f"{host}.log",
                t,
                label,
                lambda x: (
                    [f"{j_precise(x)} {host} kwin_wayland[{p}]: {cat}: {msg}"] + (extra or [])
                ),
                (host, p),
                US,
            )

        def xcb(t: datetime) -> datetime:
            err, major, minors = KW_DAMAGE if r.random() < 0.62 else KW_SHAPE
            st["seq"] += r.randrange(3, 900)
            if r.random() < 0.3:
                st["rid"] = r.choice(
                    [r.randrange(10000000, 90000000), st["rid"] + r.randrange(1, 40)]
                )
            return L(
                t,
                "kwin_core",
                "XCB error: %d (%s), sequence: %d, resource id: %d, major code: %d (%s), minor code: %d (%s)",
                f"XCB error: {err}, sequence: {st['seq'] % 65536}, resource id: {st['rid']}, major code: {major}, minor code: {r.choice(minors)}",
            )

        def xcb_burst(t: datetime) -> datetime:
            for _ in range(r.choice([1, 1, 2, 2, 3, 4, 6])):
                t = xcb(t + sec(r.uniform(0.0002, 0.004)))
            return t

        def pageflip(t: datetime, n: int) -> datetime:
            first = t
            for _ in range(n):
                t = L(
                    t,
                    "kwin_wayland_drm",
                    "Pageflip timed out! This is a bug in the %s kernel driver",
                    "Pageflip timed out! This is a bug in the amdgpu kernel driver",
                )
                t = L(
                    t + sec(0.00003),
                    "kwin_wayland_drm",
                    "Please report this at %s",
                    "Please report this at https://gitlab.freedesktop.org/drm/amd/-/issues",
                )
                t = L(
                    t + sec(0.00002),
                    "kwin_wayland_drm",
                    "With the output of 'sudo dmesg' and 'journalctl --user-unit plasma-kwin_wayland --boot 0'",
                    "With the output of 'sudo dmesg' and 'journalctl --user-unit plasma-kwin_wayland --boot 0'",
                )
                t = t + sec(r.uniform(0.99, 1.01))
            late = int((t - first).total_seconds() * 1000) + r.randrange(1000, 2000)
            return L(
                t,
                "kwin_wayland_drm",
                "Pageflip arrived after all, %dms after the commit",
                f"Pageflip arrived after all, {late}ms after the commit",
            )

        def gl_flood(t: datetime, n: int) -> datetime:
            for _ in range(n):
                x = r.random()
                if x < 0.55:
                    t = L(
                        t + sec(r.uniform(0.004, 0.05)),
                        "kwin_scene_opengl",
                        "Invalid framebuffer status: %s",
                        'Invalid framebuffer status:  "GL_FRAMEBUFFER_INCOMPLETE_ATTACHMENT"',
                    )
                elif x < 0.8:
                    t = L(
                        t + sec(r.uniform(0.0005, 0.01)),
                        "kwin_scene_opengl",
                        "%#x: GL_INVALID_VALUE error generated. <levels>, <width> and <height> must be 1 or greater.",
                        "0x501: GL_INVALID_VALUE error generated. <levels>, <width> and <height> must be 1 or greater.",
                    )
                else:
                    t = L(
                        t + sec(r.uniform(0.0005, 0.01)),
                        "kwin_scene_opengl",
                        "%#x: GL_INVALID_OPERATION error generated. <image> and <target> are incompatible",
                        "0x502: GL_INVALID_OPERATION error generated. <image> and <target> are incompatible",
                    )
            return t

        lim: dict[str, list[datetime]] = {}

        def libinput(
            t: datetime, dev: tuple[str, str], label: str, what: str, extra: list[str] | None = None
        ) -> datetime:
            ev, name = dev
            key = ev
            hist = [x for x in lim.get(key, []) if t - x < sec(3600)]
            if len(hist) > 5:
                lim[key] = hist
                return t
            hist.append(t)
            lim[key] = hist
            t = L(
                t,
                "kwin_libinput",
                f"Libinput: %s - %s: {label}",
                f"Libinput: {ev:<7} - {name}: {what}",
                extra,
            )
            if len(hist) == 5:
                hist.append(t)
                t = L(
                    t + sec(0.0001),
                    "kwin_libinput",
                    "Libinput: %s - %s: WARNING: log rate limit exceeded (%d msgs per %dh). Discarding future messages.",
                    f"Libinput: {ev:<7} - {name}: WARNING: log rate limit exceeded (5 msgs per 1h). Discarding future messages.",
                )
            return t

        def lag(t: datetime) -> datetime:
            dev = r.choice(KW_LIBINPUT_DEVS)
            ms = r.choice([r.randrange(31, 60), r.randrange(31, 120), r.randrange(60, 400)])
            return libinput(
                t,
                dev,
                "client bug: event processing lagging behind by %dms, your system is too slow",
                f"client bug: event processing lagging behind by {ms}ms, your system is too slow",
            )

        def jump(t: datetime) -> datetime:
            pad = " " * len(f"{j_precise(t)} {host} kwin_wayland[{st['pid']}]: ")
            return libinput(
                t,
                KW_LIBINPUT_DEVS[0],
                "kernel bug: Touch jump detected and discarded.",
                "kernel bug: Touch jump detected and discarded.",
                [
                    pad
                    + "See https://wayland.freedesktop.org/libinput/doc/1.25.0/touchpad-jumping-cursors.html for details"
                ],
            )

        def dock(t: datetime, n: int) -> datetime:
            for _ in range(n):
                t = L(
                    t + sec(r.uniform(0.01, 0.2)),
                    "kwin_wayland_drm",
                    "Atomic modeset test failed! %s",
                    "Atomic modeset test failed! Invalid argument",
                )
            t = L(
                t + sec(r.uniform(0.01, 0.05)),
                "kwin_core",
                "Applying output configuration failed!",
                "Applying output configuration failed!",
            )
            for _ in range(r.randint(1, 3)):
                t = L(
                    t + sec(r.uniform(0.01, 0.3)),
                    "kwin_wayland_drm",
                    "Failed to create framebuffer: %s",
                    "Failed to create framebuffer: Invalid argument",
                )
            return t

        ev: list[tuple[datetime, str]] = []
        login = at(6, 1) + sec(r.uniform(0, 2400))
        mean = {"cad-01": 140, "cad-02": 260, "cad-03": 190, "cad-04": 150}[host]
        ev += [(x, "xcb") for x in jitter_times(r, login, T_END, mean, 2) if in_any(x, WORK)]
        if host == "cad-01":
            ev += [
                (at(7, 10, 14 + r.random()), "resume-flip"),
                (at(10, 41, 5 + r.random()), "resume-flip"),
            ]
        if host == "cad-02":
            ev += [(x, "gl") for x in jitter_times(r, login, T_END, 9 * 60, 30) if in_any(x, WORK)]
        if host == "cad-03":
            builds = [(at(7, 40), at(8, 35)), (at(10, 50), at(11, 40))]
            ev += [(x, "lag") for x in jitter_times(r, login, T_END, 45, 5) if in_any(x, builds)]
            ev += [
                (x, "jump") for x in jitter_times(r, login, T_END, 18 * 60, 60) if in_any(x, WORK)
            ]
        if host == "cad-04":
            ev += [
                (login + sec(r.uniform(120, 400)), "dock"),
                (at(10, 44, 30), "undock-lock"),
                (at(10, 46, 20), "dock"),
            ]
            ev += [(at(8, 22, 5), "modeset-commit")]
        t = T0
        for when, kind in sorted(ev):
            when = max(when, t + sec(r.uniform(0.05, 0.5)))
            if when >= T_END:
                break
            if kind == "xcb":
                t = xcb_burst(when)
            elif kind == "resume-flip":
                t = pageflip(when, r.randint(14, 31))
            elif kind == "gl":
                t = gl_flood(when, r.randint(8, 60))
            elif kind == "lag":
                t = lag(when)
            elif kind == "jump":
                t = jump(when)
            elif kind == "dock":
                t = dock(when, r.randint(3, 9))
            elif kind == "undock-lock":
                for _ in range(r.randint(3, 6)):
                    t = L(
                        t + sec(r.uniform(0.01, 0.02)) if t > when else when,
                        "kwin_wayland_drm",
                        "Presentation failed! %s",
                        "Presentation failed! Permission denied",
                    )
            elif kind == "modeset-commit":
                t = L(
                    when,
                    "kwin_wayland_drm",
                    "Atomic modeset commit failed! %s",
                    "Atomic modeset commit failed! Device or resource busy",
                )
                t = L(
                    t + sec(0.01),
                    "kwin_core",
                    "Applying output configuration failed!",
                    "Applying output configuration failed!",
                )

    for host, pid in KW_HOSTS.items():
        one(host, pid)
    return fs.logs(T0)


SYSTEMS = {
    "packagekit": packagekit,
    "polkitd": polkitd,
    "tuned": tuned,
    "dbus-daemon": dbus,
    "kwin": kwin,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
