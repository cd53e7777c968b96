#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 129 (ntpd, dhclient, iscsid, xen, qemu) into bench/heldout/,
the same way and under the same label rules as generate.py (bench/README.md, "heldout.py"): each
program's log is simulated from its format strings over a seeded run, and every line that starts
an event is labelled with the format string that wrote it as it is written. Distinct calls of one
process never share a timestamp at the log's resolution (round 53's Clock, kept per process and
per file). Five host-infrastructure daemons, 06:00 to 12:00 on 2024-06-05; none was in the set
(chrony, isc-dhcpd, libvirtd and multipathd are, not these). The brief's third system, mdadm's
monitor, is replaced by open-iscsi's iscsid: `mdadm --monitor` writes one syslog line per array
state change (`%s event detected on md device %s[, component device %s]` over a dozen event
names), so a faithful six hours of even a troubled host is tens of lines, not 2,000; iscsid is a
storage daemon of the same kind, and writes hundreds of lines a session when its target goes away.

- ntpd 4.2.8p15 (`ntp1.log`, `ntp2.log`, `ci1.log`: Debian 11's syslog, ntpd's lines): two
  internal stratum-2 servers on the Debian pool and a Docker CI host syncing from them. ci1's
  containers come and go all morning, and ntpd listens on every veth's link-local address:
  `Listen normally on %d %s %s`, `new interface(s) found: waking up resolver` and `Deleting
  interface #%d %s, %s#%d, interface stats: ...` (with Compose networks' bridges, IPv4 and
  IPv6); ntp1's DNS blocked by a firewall change 07:40-08:05 (`error resolving pool %s:
  Temporary failure in name resolution (%d)`, then `Soliciting pool server %s`); ntp2 restarted
  at 10:20 with a typo in ntp.conf (`line %d column %d syntax error, ...`, `syntax error in %s
  line %d, column %d`) and at 10:35; ci1's uplink down 09:20-09:33 (its address deleted,
  `sendto(%s) (fd=%d): Network is unreachable`, `no_sys_peer`) and ci1 rebooted at 11:10 (the
  start-up: `%s: Starting`, the NTF banner, the daemon's own pid, `Listen and drop`, the
  leapsecond file expiring, `0.0.0.0 c016 06 restart`, `freq_set kernel %.3f PPM`,
  `clock_step %+.6f s`, `freq_mode`, `clock_sync`).
- ISC dhclient 4.4.3-P1 (`lab-pc01.log` .. `lab-pc04.log`: four Debian 12 lab machines'
  syslogs): five-minute leases from dhcp1 (10.20.30.2) and its failover partner dhcp2 (.3), a
  renewal every two minutes (`DHCPREQUEST for %s on %s to %s port %d (xid=0x%x)`, `DHCPACK of
  %s from %s (xid=0x%x)`, `bound to %s -- renewal in %ld seconds.`); dhcp1 down 07:10-07:22
  (requests retried until the rebind broadcast reaches dhcp2); lab-pc03 rebooted at 08:47 with a
  travel router on the VLAN (`DHCPNAK`, two `DHCPOFFER`s, bound to the router's address), fixed
  by hand at 09:04 (`dhclient -r`, `dhclient` without -v: no banner); a domain-search option
  with an underscore pushed from 09:30 (`suspect value in %s option - discarded`, for the old
  lease and the new); lab-pc04, a VM, moved from VLAN 40 (hour leases) to the lab at 10:05
  (the banner, its old address NAKed); lab-pc02's cable pulled 11:05-11:13 (`receive_packet
  failed on %s: Network is down`, `send_packet: %m`, `please consult README file regarding
  broadcast address.`, `%s:%d: Failed to send %d byte long packet over %s interface.`, the lease
  expiring, `No DHCPOFFERS received.`, `No working leases in persistent database - sleeping.`).
- open-iscsi 2.1.8's iscsid (`kvm1-iscsid.log` .. `kvm4-iscsid.log`: `journalctl -u iscsid` on
  four RHEL 9 KVM hosts; iscsid runs in the foreground under systemd, so its warnings and errors
  carry its `iscsid: ` prefix): each host logged in to a Dell PowerVault's four portals (two
  controllers, two subnets); kvm4, new, failing CHAP three times (`Could not set session%d
  priority. ...`, `session %d login rejected: Initiator failed authentication with target`,
  `Connection%d:%d to [target: %s, portal: %s,%d] through [iface: %s] is shutdown.`) before
  logging in at 06:44 (`... is operational now`); controller A's firmware update 07:10-07:18 and
  B's 07:40-07:48 (every host's two sessions to it: `Kernel reported iSCSI connection %d:%d error
  (%d - %s) state (%d)`, `connect to %s:%s failed (No route to host)` while it is down,
  `(Connection refused)` while it boots, `conn %d login rejected: target error (%02x/%02x)`
  while its target starts, `connection%d:%d is operational after recovery (%d attempts)`);
  kvm2's second iSCSI NIC flapping 09:40-10:12 (NOP timeouts, `cannot make a connection to
  %s:%s (%d,%d)`); the array rebalancing at 10:40 (`connection%d:%d Target requests logout
  within %u seconds`); iscsid restarted on kvm3 at 11:20 (`iscsid shutting down.` and systemd's
  `Stopping %s...`, `%s: Deactivated successfully.`, `Stopped %s.`, `Starting %s...`, `Started
  %s.`).
- Xen 4.17 on a Debian 12 dom0 (`syslog`: the hotplug scripts' lines, `root:
  /etc/xen/scripts/vif-bridge: ...` through logger; `xl-build01.log` .. `xl-build04.log`,
  `xl-build03.log.1`, `xl-db01.log`, `xl-web01.log`: xl's per-domain logs, written by the `xl
  create` process that waits for its domain to die, with no timestamps and libxl's errors in
  between), 05:41 (the host rebooted) to 12:00: four CI builders rebooting after every job
  (on_reboot=restart: `Domain %u has shut down, reason code %d 0x%x`, `Action for shutdown
  reason code %d is %s`, `Domain %d needs to be cleaned up: destroying the domain`, `Done.
  Rebooting now`, `Waiting for domain %s (domid %u) to die [pid %ld]`, and the vif's offline and
  online and the disk's remove and add in the syslog); db01 crashing at 07:52 (coredump-restart:
  `dumping core to %s`); the xtables lock held 08:30-08:41 (`iptables setup failed. This may
  affect guest networking.`); build03's logical volume removed at 09:20, so its next reboot fails
  (`Writing %s/hotplug-error ... does not exist. ... error to xenstore.`, `%s does not exist.`,
  libxl's `%s [%ld] exited with error status %d`, `script: %s`, `unable to add disk devices`,
  `Non-existant domain`, `Unable to destroy guest`, `Destruction of domain failed`) until it is
  restored and created by hand at 09:38 (the old log rotated to `xl-build03.log.1`); web01 shut
  down at 11:30 (`Done. Exiting now`).
- QEMU 7.2 under libvirt 9.0 (`ci-runner-01.log` .. `ci-runner-06.log`, `win11-vdi01.log` ..
  `win11-vdi03.log`, `db01.log`, `db01-clone.log`, `gpu-render01.log`, `erp01.log`: Debian 12's
  /var/log/libvirt/qemu/ on kvm1, a Broadwell host): libvirt's lines (`2024-06-05
  06:00:12.345+0000: starting up libvirt version: ...` with the environment and command line
  after it, `shutting down, reason=%s`, `Domain id=%d is tainted: %s`, `panic hyper-v: ...`)
  between QEMU's stderr (`-msg timestamp=on`: `2024-06-05T06:00:12.456789Z qemu-system-x86_64:
  warning: ...`, and untimed lines: `char device redirected to %s (label %s)`, a KVM emulation
  failure's register dump). Six CI runners started for every job with a CPU model from newer
  hosts (eight `host doesn't support requested feature: %s%s%s [bit %d]` a start, `terminating
  on signal %d from pid %d (%s)` when the guest powers off); their overlays moved under /srv
  10:40-10:52, where AppArmor denies them (`Could not open '%s': Permission denied`);
  db01-clone started thrice at 08:15 on db01's image (`Failed to get "%s" lock` and its hint);
  three Windows 11 desktops started at 07:30 (the host-cpu taint), win11-vdi03's TPM state broken
  until 07:52 (`tpm-emulator: TPM result for CMD_INIT: 0x%x %s`), win11-vdi02 blue-screening at
  09:20 (on_crash restart), win11-vdi01 stopping on an emulation failure at 10:05 (`KVM internal
  error. Suberror: %d` and the dump, a monitor command's taint, destroyed and started again);
  gpu-render01 refused the GPU win11-vdi01 holds (`vfio %s: failed to open %s: Device or
  resource busy`); erp01 migrated in at 10:25 (`Machine type '%s' is deprecated: %s`, the first
  attempt's `load of migration failed: Input/output error`, then `TSC frequency mismatch ...`);
  db01 migrated out at 11:00.

Label notes. The syslog and journal heads, the `iscsid: ` prefix iscsid's logger puts on its
warnings and errors, the hotplug `log` helper's `$0:` (the script's path), libxl's `libxl: error:
file:line:function: ` head and LOGD's `Domain %u:`, QEMU's time, program name, `warning: ` and
the option error_report names (`-blockdev {...}: `), and libvirt's time are context. ntpd's
report_event lines are `0.0.0.0 %04x %02x` and the event's name: the call site passes the event
code and the name is its table entry, so the name is wording and the status word a value. An
errno's or resolver's text (`%m`, strerror, gai_strerror: `Network is unreachable`, `No route to
host`, `Permission denied`) is the code's constant: wording. Names looked up by a value the
program got at run time are values: the kernel's iSCSI error descriptions (by the code the kernel
reports), xl's shutdown actions, libvirt's shutoff reasons and taint names, the TPM result's
text. dhclient's MDL (`dhclient.c:3009`) fills a `%s:%d:` format: values. The hotplug scripts'
`log debug "$@" "XENBUS_PATH=$XENBUS_PATH"` and `Successful vif-bridge $command ...` take the
command (`online type_if=vif`, `add`, ...) from the script's arguments: values, one label each;
`Writing $@ to xenstore.` takes its path suffix and value from each call site (write_dev's
`$XENBUS_PATH/physical-device`, success's `.../hotplug-status connected`): one label per call
site, and fatal's message (`$dev does not exist.`) contributes its format; do_without_error's
command words are the call site's. In QEMU's logs an untimed line that is a call of its own
(`char device redirected to ...`, `KVM internal error. Suberror: %d`) starts an event; the
command line after `starting up` (one qemuLogOperation), the error's hint (error_append_hint)
and the register dump after the KVM error continue theirs. libvirt's version string is labelled
as values.

Least sure (written from the helper's knowledge; ntpd's ntp_io.c, ISC dhclient's dhclient.c
(an older 4.x), open-iscsi's initiator.c, io.c, log.c and iscsid.c, xl_vmcontrol.c and the Xen
hotplug scripts were checked against copies of their sources, ntpd's start-up and
`Soliciting pool server` lines against real logs quoted in issues): ntpd's peer events (left
out: not logged by default), the yyerror line's layout and bison's message, the fd numbers;
dhclient 4.4's `(xid=0x%x)` suffixes and which message prints the swapped xid, `DHCPNAK from %s
(xid=0x%x)`, the MDL line numbers, how often `receive_packet failed` repeats; iscsid's
`connection%d:%d Target requests logout within %u seconds` (older releases end `... seconds for
connection`), the retry cadences and `(-1,101)`; libxl's line numbers and the `script: %s`
line; whether 4.17's block script writes physical-device and its path in two calls; QEMU 7.2's
pty line being untimed, pc-i440fx-1.7's deprecation text, the TPM and vfio messages' wording
and the register dump's layout.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec, syslog_ts


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-05 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 5, h, m, tzinfo=UTC) + timedelta(seconds=s)


def poisson(r: random.Random, t0: datetime, t1: datetime, mean: float) -> list[datetime]:
    """Instants between t0 and t1, `mean` seconds apart on average."""
    out, t = [], t0
    while True:
        t += timedelta(seconds=r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


def journal_ts(t: datetime) -> str:
    """journalctl's short format: the day zero-padded (`Jun 05 07:10:03`)."""
    return f"{t:%b %d %H:%M:%S}"


def lladdr(mac: str) -> str:
    """The IPv6 link-local address the kernel derives from a MAC (modified EUI-64)."""
    b = [int(x, 16) for x in mac.split(":")]
    b[0] ^= 0x02
    words = [(b[0] << 8) | b[1], (b[2] << 8) | 0xFF, 0xFE00 | b[3], (b[4] << 8) | b[5]]
    return "fe80::" + ":".join(f"{w:x}" for w in words)


def local_mac(r: random.Random) -> str:
    """A random locally administered unicast MAC, as veth and bridge devices get."""
    first = (r.randrange(256) & 0xFC) | 0x02
    return ":".join([f"{first:02x}"] + [f"{r.randrange(256):02x}" for _ in range(5)])


# ------------------------------------------------------------------------------------ ntpd

NTP_VERSION = "ntpd 4.2.8p15@1.3728-o Wed Feb 16 17:13:02 UTC 2022 (1)"
NTP_LEAP = "/usr/share/zoneinfo/leap-seconds.list"
NTP_BANNER = [
    "----------------------------------------------------",
    "ntp-4 is maintained by Network Time Foundation,",
    "Inc. (NTF), a non-profit 501(c)(3) public-benefit",
    "corporation.  Support and training for ntp-4 are",
    "available at https://www.nwtime.org/support",
    "----------------------------------------------------",
]
NTP_POOLS = [f"{i}.debian.pool.ntp.org" for i in range(4)]
NTP_POOL_IPS = [
    "162.159.200.1",
    "162.159.200.123",
    "185.125.190.56",
    "185.125.190.57",
    "185.125.190.58",
    "194.58.200.20",
    "95.216.24.230",
    "51.75.67.47",
    "5.45.97.204",
    "213.209.109.44",
    "188.125.64.6",
    "141.144.230.32",
    "193.182.111.12",
    "78.46.102.180",
    "37.221.196.60",
    "212.51.144.44",
]
NTP_HOSTS = {
    # host: (interface, address, MAC, ifindex of the interface)
    "ntp1": ("ens18", "10.0.0.11", "bc:24:11:3a:1f:0b", 2),
    "ntp2": ("ens18", "10.0.0.12", "bc:24:11:3a:1f:6e", 2),
    "ci1": ("eno1", "10.0.2.31", "3c:ec:ef:6a:90:14", 2),
}


def ntpd(r: random.Random) -> list[Log]:
    """ntp.org's ntpd 4.2.8p15 on three Debian 11 hosts, its lines from each host's syslog,
    06:00 to 12:00: two internal stratum-2 servers (ntp1, ntp2) on the Debian pool, and a
    Docker CI host (ci1) syncing from them whose containers come and go all morning (ntpd
    listens on every veth's link-local address); a firewall change blocking DNS from ntp1
    07:40-08:05, ntp2 restarted at 10:20 with a typo in ntp.conf and again at 10:35, ci1's
    uplink down 09:20-09:33 and ci1 rebooted at 11:10."""
    fs = Files()
    pid = {"ntp1": 733, "ntp2": 741, "ci1": 1096}
    ifnum = {"ntp1": 6, "ntp2": 6, "ci1": 9}
    counts: dict[tuple[str, str], int] = {}

    def N(h: str, t: datetime, label: str, msg: str) -> datetime:
        p = pid[h]
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} ntpd[{p}]: {msg}"],
            (h, p),
            1_000_000,
        )

    def sysev(
        h: str, t: datetime, name: str, code: int, synced: bool, label: str, extra: str = ""
    ) -> datetime:
        """A system event as report_event writes it: `0.0.0.0 %04x %02x %s` and its text."""
        n = counts.get((h, name), 0) + 1
        counts[(h, name)] = n
        leap = 0 if synced else 3
        src = 6 if synced or name in ("clock_step", "freq_mode", "clock_sync") else 0
        word = (leap << 14) | (src << 8) | (min(n, 15) << 4) | code
        msg = f"0.0.0.0 {word:04x} {code:02x} {name}" + (f" {extra}" if extra else "")
        return N(h, t, label, msg)

    def listen(h: str, t: datetime, name: str, addr: str, drop: bool = False) -> datetime:
        n = ifnum[h]
        ifnum[h] += 1
        if drop:
            return N(h, t, "Listen and drop on %d %s %s", f"Listen and drop on {n} {name} {addr}")
        return N(h, t, "Listen normally on %d %s %s", f"Listen normally on {n} {name} {addr}")

    def start(h: str, t: datetime, step: float | None, bad_conf: bool, extra_ifs: list) -> None:
        """ntpd starting: the parent's first lines, then the daemon's (a pid of its own)."""
        pid[h] += r.randint(3000, 9000) if step is None else r.randint(200, 500)
        t = N(h, t, "%s: Starting", f"{NTP_VERSION}: Starting")
        t = N(
            h,
            t + sec(0.001),
            "Command line: %s",
            "Command line: /usr/sbin/ntpd -p /var/run/ntpd.pid -g -u 105:111",
        )
        for line in NTP_BANNER:
            t = N(h, t + sec(0.0005), line, line)
        pid[h] += 2
        prec = r.choice([0.050, 0.052, 0.055, 0.061, 0.070, 0.071])
        t = N(
            h,
            t + sec(0.03),
            "proto: precision = %.3f usec (%d)",
            f"proto: precision = {prec:.3f} usec (-24)",
        )
        if bad_conf:
            t = N(
                h,
                t + sec(0.002),
                "line %d column %d syntax error, unexpected %s, expecting %s",
                "line 21 column 30 syntax error, unexpected T_String, expecting T_EOC",
            )
            t = N(
                h,
                t + sec(0.0005),
                "syntax error in %s line %d, column %d",
                "syntax error in /etc/ntp.conf line 21, column 30",
            )
        t = N(h, t + sec(0.004), "basedate set to %04d-%02d-%02d", "basedate set to 2022-02-04")
        t = N(
            h,
            t + sec(0.002),
            "leapsecond file ('%s'): loaded, expire=%s last=%s ofs=%d",
            f"leapsecond file ('{NTP_LEAP}'): loaded, expire=2024-06-28T00:00:00Z last=2017-01-01T00:00:00Z ofs=37",
        )
        t = N(
            h,
            t + sec(0.0003),
            "leapsecond file ('%s'): will expire in less than %d days",
            f"leapsecond file ('{NTP_LEAP}'): will expire in less than 23 days",
        )
        ifnum[h] = 0
        t = listen(h, t + sec(0.001), "v6wildcard", "[::]:123", drop=True)
        t = listen(h, t + sec(0.0004), "v4wildcard", "0.0.0.0:123", drop=True)
        iface, addr, mac, idx = NTP_HOSTS[h]
        t = listen(h, t + sec(0.0004), "lo", "127.0.0.1:123")
        t = listen(h, t + sec(0.0004), iface, f"{addr}:123")
        for name, a in extra_ifs:
            t = listen(h, t + sec(0.0004), name, a)
        t = listen(h, t + sec(0.0004), "lo", "[::1]:123")
        t = listen(h, t + sec(0.0004), iface, f"[{lladdr(mac)}%{idx}]:123")
        t = N(
            h,
            t + sec(0.0005),
            "Listening on routing socket on fd #%d for interface updates",
            f"Listening on routing socket on fd #{18 + ifnum[h]} for interface updates",
        )
        t = N(
            h,
            t + sec(0.002),
            "kernel reports TIME_ERROR: %#x: %s",
            "kernel reports TIME_ERROR: 0x41: Clock Unsynchronized",
        )
        t = sysev(h, t + sec(0.001), "restart", 6, False, "0.0.0.0 %04x %02x restart")
        drift = {"ntp1": 11.482, "ntp2": -3.907, "ci1": 18.276}[h]
        t = sysev(
            h,
            t + sec(0.0002),
            "freq_set",
            2,
            False,
            "0.0.0.0 %04x %02x freq_set kernel %.3f PPM",
            f"kernel {drift:.3f} PPM",
        )
        if h != "ci1":
            for ip in r.sample(NTP_POOL_IPS, 7):
                t = N(
                    h,
                    t + sec(r.uniform(0.6, 2.2)),
                    "Soliciting pool server %s",
                    f"Soliciting pool server {ip}",
                )
        if step is not None:
            t = sysev(
                h,
                t + sec(r.uniform(4, 9)),
                "clock_step",
                0xC,
                False,
                "0.0.0.0 %04x %02x clock_step %+.6f s",
                f"{step:+.6f} s",
            )
            t = sysev(h, t + sec(0.001), "freq_mode", 4, False, "0.0.0.0 %04x %02x freq_mode")
            sysev(
                h,
                t + sec(r.uniform(400, 700)),
                "clock_sync",
                5,
                True,
                "0.0.0.0 %04x %02x clock_sync",
            )
        else:
            sysev(
                h,
                t + sec(r.uniform(60, 200)),
                "clock_sync",
                5,
                True,
                "0.0.0.0 %04x %02x clock_sync",
            )

    t0, t_end = at(6, 0), at(12, 0)

    # ntp1: a firewall change at 07:40 blocks its DNS; the pool prototypes keep trying
    for pool in NTP_POOLS:
        t = at(7, 40, 40) + sec(r.uniform(0, 90))
        step = 64.0
        while t < at(8, 5, 10):
            N(
                "ntp1",
                t,
                "error resolving pool %s: Temporary failure in name resolution (%d)",
                f"error resolving pool {pool}: Temporary failure in name resolution (-3)",
            )
            t += sec(step + r.uniform(-3, 3))
            step = min(step * 1.5, 320)
    t = at(8, 5, 31)
    for ip in r.sample(NTP_POOL_IPS, 6):
        t = N(
            "ntp1",
            t + sec(r.uniform(0.8, 14)),
            "Soliciting pool server %s",
            f"Soliciting pool server {ip}",
        )
    # both servers replace a pool server now and then (a falseticker, a KoD)
    for h in ("ntp1", "ntp2"):
        for t in poisson(r, t0, t_end, 1900):
            if at(7, 40) <= t < at(8, 6) or (h == "ntp2" and at(10, 19) <= t < at(10, 40)):
                continue
            N(h, t, "Soliciting pool server %s", f"Soliciting pool server {r.choice(NTP_POOL_IPS)}")
    # ntp2: restarted with a typo in a new restrict line, then with it fixed
    for when, bad in ((at(10, 20, 14), True), (at(10, 35, 2), False)):
        N(
            "ntp2",
            when,
            "%s exiting on signal %d (%s)",
            "ntpd exiting on signal 15 (Terminated)",
        )
        start("ntp2", when + sec(r.uniform(0.3, 0.6)), None, bad, [])

    # ci1: Docker's veth and bridge interfaces, a scan of ntpd's per batch of changes
    events: list[tuple[datetime, str, tuple]] = []
    ifindex = [1480]
    down = (at(9, 20, 10), at(9, 32, 44))
    reboot = at(11, 10, 5)
    nets = 0
    for ts in poisson(r, t0 - sec(300), t_end, 56):
        if down[0] - sec(60) <= ts < down[1] + sec(30) or reboot - sec(900) <= ts < reboot + sec(
            150
        ):
            continue
        life = r.uniform(90, 720) if r.random() < 0.85 else r.uniform(900, 2400)
        k = r.choices([1, 2, 3, 4], [50, 28, 15, 7])[0]
        end = ts + sec(life)
        if end >= reboot - sec(20) and ts < reboot:
            end = reboot - sec(r.uniform(30, 600))
            if end <= ts + sec(30):
                continue
        bridge = None
        if ts > reboot and ifindex[0] > 1000:
            ifindex[0] = 4  # the kernel numbers interfaces afresh after the reboot
        if r.random() < 0.2:
            nets += 1
            bridge = (f"br-{hexid(r, 12)}", f"172.{18 + nets % 13}.0.1", local_mac(r))
            ifindex[0] += 1
            bidx = ifindex[0]
            events.append((ts - sec(0.8), "add", (bridge[0], f"{bridge[1]}:123", "b4")))
        for i in range(k):
            ifindex[0] += 1
            name = f"veth{hexid(r, 7)}"
            addr = f"[{lladdr(local_mac(r))}%{ifindex[0]}]:123"
            appear = ts + sec(i * r.uniform(0.3, 1.4) + r.uniform(1.6, 2.4))
            events.append((appear, "add", (name, addr, "veth")))
            if bridge and i == 0:
                events.append(
                    (
                        appear + sec(0.01),
                        "add",
                        (bridge[0], f"[{lladdr(bridge[2])}%{bidx}]:123", "b6"),
                    )
                )
            gone = end + sec(i * r.uniform(0.1, 0.9))
            events.append((gone, "del", (name, addr)))
        if bridge:
            events.append(
                (end + sec(k + r.uniform(0.5, 2)), "del", (bridge[0], f"{bridge[1]}:123"))
            )
            events.append(
                (
                    end + sec(k + r.uniform(0.5, 2) + 0.001),
                    "del",
                    (bridge[0], f"[{lladdr(bridge[2])}%{bidx}]:123"),
                )
            )
    events.append((down[0], "down", ()))
    events.append((down[1], "up", ()))
    events.append((reboot, "reboot", ()))
    events.sort(key=lambda e: e[0])
    known: dict[tuple[str, str], tuple[int, datetime]] = {}
    i = 0
    while i < len(events):
        when, kind, _ = events[i]
        if kind == "down":
            # ci1's uplink: networkd drops the address with the carrier
            i += 1
            N(
                "ci1",
                when + sec(1.2),
                "Deleting interface #%d %s, %s#%d, interface stats: received=%ld, sent=%ld, dropped=%ld, active_time=%ld secs",
                f"Deleting interface #3 eno1, 10.0.2.31#123, interface stats: received={r.randint(2100, 2300)}, sent={r.randint(2100, 2300)}, dropped=0, active_time={int((when - at(2, 14, 33)).total_seconds())} secs",
            )
            for srv in ("10.0.0.11", "10.0.0.12"):
                t = when + sec(r.uniform(5, 60))
                while t < down[1]:
                    N(
                        "ci1",
                        t,
                        "sendto(%s) (fd=%d): Network is unreachable",
                        f"sendto({srv}) (fd=17): Network is unreachable",
                    )
                    t += sec(64 + r.uniform(-1, 1))
            sysev(
                "ci1",
                when + sec(r.uniform(540, 560)),
                "no_sys_peer",
                8,
                True,
                "0.0.0.0 %04x %02x no_sys_peer",
            )
            continue
        if kind == "up":
            i += 1
            t = listen("ci1", when + sec(2.1), "eno1", "10.0.2.31:123")
            N(
                "ci1",
                t + sec(0.0004),
                "new interface(s) found: waking up resolver",
                "new interface(s) found: waking up resolver",
            )
            sysev(
                "ci1",
                when + sec(r.uniform(150, 260)),
                "clock_sync",
                5,
                True,
                "0.0.0.0 %04x %02x clock_sync",
            )
            continue
        if kind == "reboot":
            # ci1 rebooted at 11:10 (a kernel update): the clock is stepped at start
            i += 1
            N("ci1", when, "%s exiting on signal %d (%s)", "ntpd exiting on signal 15 (Terminated)")
            pid["ci1"] = 400
            start(
                "ci1", when + sec(41.7), r.uniform(0.4, 0.9), False, [("docker0", "172.17.0.1:123")]
            )
            continue
        scan_at = when + sec(r.uniform(0.05, 0.4))
        batch = []
        while i < len(events) and events[i][0] <= scan_at and events[i][1] in ("add", "del"):
            batch.append(events[i])
            i += 1
        if scan_at < t0:
            for _, k, data in batch:
                if k == "add":
                    known[(data[0], data[1])] = (ifnum["ci1"], scan_at)
                    ifnum["ci1"] += 1
                else:
                    known.pop((data[0], data[1]), None)
            continue
        t = scan_at
        adds = [e for e in batch if e[1] == "add"]
        for _, _, (name, addr, _kind) in adds:
            known[(name, addr)] = (ifnum["ci1"], t)
            t = listen("ci1", t, name, addr)
        for _, _, (name, addr) in [e for e in batch if e[1] == "del"]:
            if (name, addr) not in known:
                continue
            n, since = known.pop((name, addr))
            bare = addr.rsplit(":", 1)[0].strip("[]")
            t = N(
                "ci1",
                t + sec(0.0003),
                "Deleting interface #%d %s, %s#%d, interface stats: received=%ld, sent=%ld, dropped=%ld, active_time=%ld secs",
                f"Deleting interface #{n} {name}, {bare}#123, interface stats: received=0, sent=0, dropped=0, active_time={int((t - since).total_seconds())} secs",
            )
        if adds:
            N(
                "ci1",
                t + sec(0.0004),
                "new interface(s) found: waking up resolver",
                "new interface(s) found: waking up resolver",
            )
    return fs.logs(t0)


# -------------------------------------------------------------------------------- dhclient

DH_VERSION = "4.4.3-P1"
DH_LAB = ("10.20.30.2", "10.20.30.3")  # dhcp1 and its failover partner dhcp2
DH_HOSTS = {
    # host: (interface, MAC, lab address, dhclient pid at 06:00)
    "lab-pc01": ("enp0s31f6", "a4:bb:6d:2e:11:01", "10.20.30.101", 1290),
    "lab-pc02": ("enp0s31f6", "a4:bb:6d:2e:11:7c", "10.20.30.102", 1302),
    "lab-pc03": ("eno1", "3c:ec:ef:10:42:9a", "10.20.30.103", 1277),
    "lab-pc04": ("ens18", "bc:24:11:5e:08:c3", "10.20.30.104", 1184),
}


def bswap32(x: int) -> int:
    return int.from_bytes(x.to_bytes(4, "big"), "little")


def dhclient(r: random.Random) -> list[Log]:
    """ISC dhclient 4.4.3-P1 on four Debian 12 machines of a teaching lab, each host's syslog,
    06:00 to 12:00: five-minute leases on the lab VLAN from dhcp1 (10.20.30.2) and its failover
    partner dhcp2 (.3), so a renewal every two minutes or so; dhcp1 down 07:10-07:22 (renewals
    retried until the rebind broadcast reaches dhcp2); lab-pc03 rebooted at 08:47 with a
    travel router on the VLAN answering first, fixed by hand at 09:04; a domain-search option
    with an underscore pushed from 09:30 (`suspect value in domain_search option - discarded`
    for the old and the new lease at every renewal); lab-pc04, a VM, moved from VLAN 40 (hour
    leases from 10.20.40.2) to the lab at 10:05 (its old address NAKed); lab-pc02's cable
    pulled 11:05-11:13 (the fallback socket's and LPF's send errors, the lease expiring, no
    offers, sleeping)."""
    fs = Files()
    pid = {h: v[3] for h, v in DH_HOSTS.items()}
    ip = {h: v[2] for h, v in DH_HOSTS.items()}
    ip["lab-pc04"] = "10.20.40.55"
    server = {h: DH_LAB[0] for h in DH_HOSTS}
    server["lab-pc04"] = "10.20.40.2"
    lease = {h: 300 for h in DH_HOSTS}
    lease["lab-pc04"] = 3600
    suspect_old = {h: False for h in DH_HOSTS}
    t0, t_end = at(6, 0), at(12, 0)
    bad_search = at(9, 30)
    dh1_down = (at(7, 10), at(7, 22))

    def D(h: str, t: datetime, label: str, msg: str) -> datetime:
        p = pid[h]
        return fs.add(
            f"{h}.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} dhclient[{p}]: {msg}"],
            (h, p),
            1_000_000,
        )

    def ifname(h: str) -> str:
        return DH_HOSTS[h][0]

    def banner(h: str, t: datetime) -> datetime:
        iface, mac = DH_HOSTS[h][0], DH_HOSTS[h][1]
        t = D(
            h,
            t,
            "Internet Systems Consortium DHCP Client %s",
            f"Internet Systems Consortium DHCP Client {DH_VERSION}",
        )
        t = D(
            h,
            t,
            "Copyright 2004-2022 Internet Systems Consortium.",
            "Copyright 2004-2022 Internet Systems Consortium.",
        )
        t = D(h, t, "All rights reserved.", "All rights reserved.")
        t = D(
            h,
            t,
            "For info, please visit https://www.isc.org/software/dhcp/",
            "For info, please visit https://www.isc.org/software/dhcp/",
        )
        t = D(h, t + sec(0.02), "Listening on LPF/%s/%s", f"Listening on LPF/{iface}/{mac}")
        t = D(h, t, "Sending on   LPF/%s/%s", f"Sending on   LPF/{iface}/{mac}")
        return D(h, t, "Sending on   Socket/%s", "Sending on   Socket/fallback")

    def renewal(n: int) -> int:
        """dhclient's renewal time: T1 (half the lease, plus one) randomised to 3/4..1 of it."""
        t1 = n // 2 + 1
        return (t1 * 3 + 3) // 4 + (r.randrange(t1) + 3) // 4

    def bound(h: str, t: datetime, srv: str, n: int) -> datetime:
        """The ACK's lease bound: the script's environment (the suspect option, for the old
        lease and the new), then `bound to`; returns when the renewal is due."""
        if srv in DH_LAB and t >= bad_search:
            if suspect_old[h]:
                t = D(
                    h,
                    t + sec(0.01),
                    "suspect value in %s option - discarded",
                    "suspect value in domain_search option - discarded",
                )
            t = D(
                h,
                t + sec(0.002),
                "suspect value in %s option - discarded",
                "suspect value in domain_search option - discarded",
            )
            suspect_old[h] = True
        else:
            suspect_old[h] = False
        rn = renewal(n)
        t = D(
            h,
            t + sec(r.uniform(0.03, 0.12)),
            "bound to %s -- renewal in %ld seconds.",
            f"bound to {ip[h]} -- renewal in {rn} seconds.",
        )
        return t + sec(rn)

    def request(h: str, t: datetime, dest: str, xid: int) -> datetime:
        return D(
            h,
            t,
            "DHCPREQUEST for %s on %s to %s port %d (xid=0x%x)",
            f"DHCPREQUEST for {ip[h]} on {ifname(h)} to {dest} port 67 (xid=0x{bswap32(xid):x})",
        )

    def ack(h: str, t: datetime, srv: str, xid: int) -> datetime:
        return D(
            h,
            t,
            "DHCPACK of %s from %s (xid=0x%x)",
            f"DHCPACK of {ip[h]} from {srv} (xid=0x{xid:x})",
        )

    def renew(h: str, t: datetime) -> datetime:
        """A renewal: unicast to the lease's server, retried while it is down, then broadcast
        at the rebind time, which the failover partner answers."""
        xid = r.getrandbits(32)
        srv = server[h]
        start = t
        if srv == DH_LAB[0] and dh1_down[0] <= t < dh1_down[1]:
            rebind = t + sec(lease[h] * 7 / 8 - (lease[h] // 2) * 0.85)
            tt = t
            while tt < rebind:
                request(h, tt, srv, xid)
                tt += sec(10 if tt == start else r.uniform(7, 22))
            request(h, rebind, "255.255.255.255", xid)
            server[h] = srv = DH_LAB[1]
            t = ack(h, rebind + sec(r.uniform(0.01, 0.2)), srv, xid)
            return bound(h, t, srv, lease[h])
        t = request(h, t, srv, xid)
        t = ack(h, t + sec(r.uniform(0.002, 0.05)), srv, xid)
        return bound(h, t, srv, lease[h])

    def run(h: str, t: datetime, until: datetime) -> datetime:
        while t < until:
            t = renew(h, t)
        return t

    def discover_bind(
        h: str, t: datetime, srv: str, offers: list[tuple[str, str]], n: int
    ) -> datetime:
        """INIT to BOUND: DISCOVER, the offers as they come, REQUEST for the first, ACK."""
        xid = r.getrandbits(32)
        t = D(
            h,
            t,
            "DHCPDISCOVER on %s to %s port %d interval %ld (xid=0x%x)",
            f"DHCPDISCOVER on {ifname(h)} to 255.255.255.255 port 67 interval {r.choice([3, 4, 5, 6])} (xid=0x{xid:x})",
        )
        for addr, frm in offers:
            t = D(
                h,
                t + sec(r.uniform(0.002, 0.4)),
                "DHCPOFFER of %s from %s",
                f"DHCPOFFER of {addr} from {frm}",
            )
        ip[h] = offers[0][0]
        t = request(h, t + sec(r.uniform(0.01, 0.3)), "255.255.255.255", xid)
        server[h] = srv
        t = ack(h, t + sec(r.uniform(0.003, 0.05)), srv, xid)
        return bound(h, t, srv, n)

    def release(h: str, t: datetime, p: int, verbose: bool) -> datetime:
        """`dhclient -r`: a process of its own that releases the lease and exits."""
        keep = pid[h]
        pid[h] = p
        if verbose:
            t = banner(h, t)
        xid = r.getrandbits(32)
        t = D(
            h,
            t + sec(0.03),
            "DHCPRELEASE of %s on %s to %s port %d (xid=0x%x)",
            f"DHCPRELEASE of {ip[h]} on {ifname(h)} to {server[h]} port 67 (xid=0x{bswap32(xid):x})",
        )
        pid[h] = keep
        return t

    # lab-pc01: renewals all morning
    run("lab-pc01", t0 + sec(r.uniform(5, 140)), t_end)

    # lab-pc02: the cable pulled 11:05:20-11:13:40
    h = "lab-pc02"
    t = run(h, t0 + sec(r.uniform(5, 140)), at(11, 5, 20))
    D(
        h,
        at(11, 5, 21),
        "receive_packet failed on %s: Network is down",
        f"receive_packet failed on {ifname(h)}: Network is down",
    )
    D(
        h,
        at(11, 5, 22),
        "receive_packet failed on %s: Network is down",
        f"receive_packet failed on {ifname(h)}: Network is down",
    )
    bound_at = t - sec(renewal(300))  # when the lease was bound, near enough
    expiry, rebind = bound_at + sec(300), bound_at + sec(262)
    xid = r.getrandbits(32)
    tt = t
    while tt < rebind:
        request(h, tt, server[h], xid)
        D(
            h,
            tt + sec(0.001),
            "send_packet: Network is unreachable",
            "send_packet: Network is unreachable",
        )
        D(
            h,
            tt + sec(0.002),
            "send_packet: please consult README file regarding broadcast address.",
            "send_packet: please consult README file regarding broadcast address.",
        )
        D(
            h,
            tt + sec(0.003),
            "%s:%d: Failed to send %d byte long packet over %s interface.",
            "dhclient.c:3009: Failed to send 300 byte long packet over fallback interface.",
        )
        tt += sec(10 if tt == t else r.uniform(7, 22))
    tt = rebind
    while tt < expiry:
        request(h, tt, "255.255.255.255", xid)
        D(h, tt + sec(0.001), "send_packet: Network is down", "send_packet: Network is down")
        D(
            h,
            tt + sec(0.002),
            "%s:%d: Failed to send %d byte long packet over %s interface.",
            f"dhclient.c:3016: Failed to send 300 byte long packet over {ifname(h)} interface.",
        )
        tt += sec(r.uniform(7, 15))
    tt = expiry + sec(r.uniform(0.2, 0.9))
    link_up = at(11, 13, 40)
    while True:
        xid = r.getrandbits(32)
        first = tt
        interval = r.choice([3, 4, 5])
        if tt >= link_up:
            break
        while tt < first + sec(60):
            D(
                h,
                tt,
                "DHCPDISCOVER on %s to %s port %d interval %ld (xid=0x%x)",
                f"DHCPDISCOVER on {ifname(h)} to 255.255.255.255 port 67 interval {interval} (xid=0x{xid:x})",
            )
            D(h, tt + sec(0.001), "send_packet: Network is down", "send_packet: Network is down")
            D(
                h,
                tt + sec(0.002),
                "%s:%d: Failed to send %d byte long packet over %s interface.",
                f"dhclient.c:2445: Failed to send 300 byte long packet over {ifname(h)} interface.",
            )
            tt += sec(interval)
            interval = min(interval * 2 + r.randint(-1, 2), 21)
        D(h, first + sec(61), "No DHCPOFFERS received.", "No DHCPOFFERS received.")
        D(
            h,
            first + sec(61.01),
            "No working leases in persistent database - sleeping.",
            "No working leases in persistent database - sleeping.",
        )
        tt = first + sec(61 + 300 + r.uniform(0, 5))
    t = discover_bind(h, tt, server[h], [(DH_HOSTS[h][2], server[h])], 300)
    run(h, t, t_end)

    # lab-pc03: rebooted at 08:47 with a travel router on the VLAN, fixed by hand at 09:04
    h = "lab-pc03"
    rogue = "192.168.8.1"
    t = run(h, t0 + sec(r.uniform(5, 140)), at(8, 46, 40))
    release(h, at(8, 46, 52), pid[h] + r.randint(4000, 9000), True)
    pid[h] = 1241
    t = banner(h, at(8, 47, 58))
    xid = r.getrandbits(32)
    t = request(h, t + sec(0.6), "255.255.255.255", xid)
    t = D(h, t + sec(0.004), "DHCPNAK from %s (xid=0x%x)", f"DHCPNAK from {rogue} (xid=0x{xid:x})")
    t = discover_bind(
        h, t + sec(0.3), rogue, [("192.168.8.154", rogue), (DH_HOSTS[h][2], DH_LAB[0])], 43200
    )
    release(h, at(9, 4, 31), 3088, False)
    pid[h] = 3093
    ip[h] = DH_HOSTS[h][2]
    t = discover_bind(h, at(9, 4, 33), DH_LAB[0], [(ip[h], DH_LAB[0])], 300)
    run(h, t, t_end)

    # lab-pc04: on VLAN 40 with hour leases, moved to the lab VLAN at 10:05 (powered off
    # without a release: its old address is NAKed)
    h = "lab-pc04"
    run(h, t0 + sec(r.uniform(5, 1600)), at(10, 3, 30))
    pid[h] = 1179
    lease[h] = 300
    t = banner(h, at(10, 5, 12))
    xid = r.getrandbits(32)
    t = request(h, t + sec(0.4), "255.255.255.255", xid)
    t = D(
        h, t + sec(0.003), "DHCPNAK from %s (xid=0x%x)", f"DHCPNAK from {DH_LAB[0]} (xid=0x{xid:x})"
    )
    t = discover_bind(h, t + sec(0.2), DH_LAB[0], [(DH_HOSTS[h][2], DH_LAB[0])], 300)
    run(h, t, t_end)
    return fs.logs(t0)


# ---------------------------------------------------------------------------------- iscsid

ISCSI_IQN = "iqn.1988-11.com.dell:01.array.bc305b5e2a4c"
ISCSI_PORTALS = {
    # session (on a host logged in since boot): (portal, iface, controller)
    1: ("10.50.1.10", "iface0", "A"),
    2: ("10.50.2.10", "iface1", "A"),
    3: ("10.50.1.11", "iface0", "B"),
    4: ("10.50.2.11", "iface1", "B"),
}
ISCSI_ERR = {
    1020: "ISCSI_ERR_TCP_CONN_CLOSE: TCP connection closed",
    1022: "ISCSI_ERR_NOP_TIMEDOUT: A NOP has timed out",
    1011: "ISCSI_ERR_CONN_FAILED: iSCSI connection failed",
}


def iscsid(r: random.Random) -> list[Log]:
    """open-iscsi 2.1.8's iscsid on four RHEL 9 KVM hosts (`journalctl -u iscsid`: iscsid runs
    in the foreground under systemd, so its warnings and errors reach the journal with its
    `iscsid: ` prefix), each logged in to a Dell PowerVault's four portals (two controllers,
    two subnets, one session per portal), 06:00 to 12:00: kvm4, new, failing CHAP three times
    before logging in at 06:44; controller A's firmware update 07:10-07:18 and controller B's
    07:40-07:48 (every host's two sessions to the rebooting controller: the connection closed,
    `No route to host` while it is down, `Connection refused` while it boots, `target error
    (03/01)` while its target starts, then back after ~100 attempts); kvm2's second iSCSI NIC
    flapping 09:40-10:12 (NOP timeouts, `cannot make a connection ... (-1,101)` while the
    link is down); the array rebalancing at 10:40 (a logout requested on controller B's
    sessions); iscsid restarted on kvm3 at 11:20 (systemd's lines)."""
    fs = Files()
    hosts = ["kvm1", "kvm2", "kvm3", "kvm4"]
    pid = {"kvm1": 1187, "kvm2": 1203, "kvm3": 1191, "kvm4": 1176}
    sids = {h: {1: 1, 2: 2, 3: 3, 4: 4} for h in hosts}
    t0 = at(6, 0)

    def ISC(h: str, t: datetime, label: str, msg: str) -> datetime:
        p = pid[h]
        return fs.add(
            f"{h}-iscsid.log",
            t,
            label,
            lambda x: [f"{journal_ts(x)} {h} iscsid[{p}]: iscsid: {msg}"],
            (h, "iscsid", p),
            1_000_000,
        )

    def systemd(h: str, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-iscsid.log",
            t,
            label,
            lambda x: [f"{journal_ts(x)} {h} systemd[1]: {msg}"],
            (h, "systemd"),
            1_000_000,
        )

    def conn_line(h: str, t: datetime, sid: int, n: int, what: str) -> datetime:
        portal, iface, _ = ISCSI_PORTALS[n]
        return ISC(
            h,
            t,
            f"Connection%d:%d to [target: %s, portal: %s,%d] through [iface: %s] is {what}",
            f"Connection{sid}:0 to [target: {ISCSI_IQN}, portal: {portal},3260] through [iface: {iface}] is {what}",
        )

    def kernel_error(h: str, t: datetime, sid: int, code: int) -> datetime:
        return ISC(
            h,
            t,
            "Kernel reported iSCSI connection %d:%d error (%d - %s) state (%d)",
            f"Kernel reported iSCSI connection {sid}:0 error ({code} - {ISCSI_ERR[code]}) state (3)",
        )

    def recovered(h: str, t: datetime, sid: int, attempts: int) -> datetime:
        return ISC(
            h,
            t,
            "connection%d:%d is operational after recovery (%d attempts)",
            f"connection{sid}:0 is operational after recovery ({attempts} attempts)",
        )

    # kvm4, new in the rack: CHAP fails three times (a session per portal each time)
    next_sid = 1
    for when, ok in (
        (at(6, 12, 4), False),
        (at(6, 18, 40), False),
        (at(6, 31, 15), False),
        (at(6, 44, 2), True),
    ):
        t = when
        for n in (1, 2, 3, 4):
            sid = next_sid
            next_sid += 1
            t = ISC(
                "kvm4",
                t + sec(r.uniform(0.02, 0.2)),
                "Could not set session%d priority. READ/WRITE throughout and latency could be affected.",
                f"Could not set session{sid} priority. READ/WRITE throughout and latency could be affected.",
            )
            if ok:
                sids["kvm4"][n] = sid
                t = conn_line("kvm4", t + sec(r.uniform(0.05, 0.3)), sid, n, "operational now")
            else:
                t = ISC(
                    "kvm4",
                    t + sec(r.uniform(0.01, 0.1)),
                    "session %d login rejected: Initiator failed authentication with target",
                    f"session {sid} login rejected: Initiator failed authentication with target",
                )
                t = conn_line("kvm4", t + sec(0.001), sid, n, "shutdown.")

    # the controllers' firmware update, one after the other
    for ctrl, down, booting, starting, ready in (
        ("A", at(7, 10, 3), at(7, 13, 41), at(7, 17, 22), at(7, 18, 5)),
        ("B", at(7, 40, 11), at(7, 43, 57), at(7, 47, 36), at(7, 48, 14)),
    ):
        for h in hosts:
            for n, (portal, _iface, c) in ISCSI_PORTALS.items():
                if c != ctrl:
                    continue
                sid = sids[h][n]
                t = kernel_error(h, down + sec(r.uniform(0.1, 1.5)), sid, 1020)
                attempts = 0
                while True:
                    attempts += 1
                    if t < booting:
                        t = ISC(
                            h,
                            t + sec(r.uniform(3.0, 3.2)),
                            "connect to %s:%s failed (No route to host)",
                            f"connect to {portal}:3260 failed (No route to host)",
                        )
                        t += sec(3 + r.uniform(0, 0.3))
                    elif t < starting:
                        t = ISC(
                            h,
                            t + sec(r.uniform(0.9, 1.1)),
                            "connect to %s:%s failed (Connection refused)",
                            f"connect to {portal}:3260 failed (Connection refused)",
                        )
                        t += sec(3 + r.uniform(0, 0.2))
                    elif t < ready:
                        t = ISC(
                            h,
                            t + sec(r.uniform(0.05, 0.3)),
                            "conn %d login rejected: target error (%02x/%02x)",
                            "conn 0 login rejected: target error (03/01)",
                        )
                        t += sec(3 + r.uniform(0, 0.2))
                    else:
                        break
                recovered(h, t + sec(r.uniform(0.1, 0.5)), sid, attempts)

    # kvm2's iface1 NIC flapping (a failing SFP): sessions 2 and 4
    h = "kvm2"
    t = at(9, 40, 12)
    while t < at(10, 12):
        down_for = r.uniform(9, 45) if r.random() < 0.8 else r.uniform(60, 110)
        for n in (2, 4):
            portal = ISCSI_PORTALS[n][0]
            sid = sids[h][n]
            tt = kernel_error(h, t + sec(r.uniform(5, 9)), sid, 1022)
            attempts = 0
            while tt < t + sec(down_for):
                attempts += 1
                tt = ISC(
                    h,
                    tt + sec(r.uniform(0.2, 0.5)),
                    "cannot make a connection to %s:%s (%d,%d)",
                    f"cannot make a connection to {portal}:3260 (-1,101)",
                )
                tt += sec(3)
            recovered(h, tt + sec(r.uniform(0.5, 2.0)), sid, attempts + 1)
        t += sec(down_for + r.uniform(40, 160))

    # the array moves controller B's volumes back: a logout requested per session
    for h in hosts:
        for n in (3, 4):
            sid = sids[h][n]
            t = ISC(
                h,
                at(10, 40, 17) + sec(r.uniform(0, 2)),
                "connection%d:%d Target requests logout within %u seconds",
                f"connection{sid}:0 Target requests logout within 10 seconds",
            )
            recovered(h, t + sec(r.uniform(1.5, 4)), sid, 1)

    # iscsid restarted on kvm3 (iscsi-initiator-utils updated)
    h = "kvm3"
    t = systemd(h, at(11, 20, 31), "Stopping %s...", "Stopping Open-iSCSI...")
    t = ISC(h, t + sec(0.01), "iscsid shutting down.", "iscsid shutting down.")
    t = systemd(
        h,
        t + sec(0.02),
        "%s: Deactivated successfully.",
        "iscsid.service: Deactivated successfully.",
    )
    t = systemd(h, t + sec(0.001), "Stopped %s.", "Stopped Open-iSCSI.")
    t = systemd(h, t + sec(0.01), "Starting %s...", "Starting Open-iSCSI...")
    pid[h] = 48117
    systemd(h, t + sec(0.05), "Started %s.", "Started Open-iSCSI.")
    return fs.logs(t0)


# ------------------------------------------------------------------------------------- xen

XEN_SCRIPTS = "/etc/xen/scripts"


def xen(r: random.Random) -> list[Log]:
    """Xen 4.17 on a Debian 12 dom0 (xen1), 05:41 (the host rebooted) to 12:00: xl's per-domain
    logs in /var/log/xen (`xl-<domain>.log`, written by the `xl create` process that waits for
    the domain to die: no timestamps, libxl's errors in between) and the hotplug scripts' lines
    in the syslog (`root: /etc/xen/scripts/vif-bridge: ...`, through logger). Four CI builders
    reboot after every job (on_reboot=restart: the domain destroyed and built again, its vif
    and disk unplugged and plugged); db01 crashes at 07:52 (coredump-restart); the xtables lock
    held by a firewall reload 08:30-08:41 (`iptables setup failed`); a cleanup script removes
    build03's logical volume at 09:20, so its 09:2x reboot fails (`/dev/vg0/build03-disk does
    not exist.`, libxl's errors, the daemon gone) until it is restored and created by hand at
    09:38 (the old log rotated to `xl-build03.log.1`); web01 shut down for maintenance at
    11:30."""
    fs = Files()
    next_domid = [1]
    xlpid: dict[str, int] = {}
    xlfile: dict[str, str] = {}
    domid: dict[str, int] = {}
    dm_minor = {"web01": 0, "db01": 1, "build01": 3, "build02": 4, "build03": 5, "build04": 6}
    t_start, t_end = at(5, 43, 10), at(12, 0)
    ipt_lock = (at(8, 30, 2), at(8, 41, 30))

    def XL(dom: str, t: datetime, label: str, line: str) -> datetime:
        return fs.add(xlfile[dom], t, label, lambda x: [line], ("xl", dom, xlpid[dom]), 1)

    def HP(t: datetime, script: str, run: object, label: str, msg: str) -> datetime:
        return fs.add(
            "syslog",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} xen1 root: {XEN_SCRIPTS}/{script}: {msg}"],
            ("hotplug", run),
            1_000_000,
        )

    def vif_online(t: datetime, d: int, dev: int, bridge: str) -> datetime:
        run = ("vif", d, dev, "online")
        path = f"backend/vif/{d}/{dev}"
        t = HP(t, "vif-bridge", run, "%s XENBUS_PATH=%s", f"online type_if=vif XENBUS_PATH={path}")
        if ipt_lock[0] <= t < ipt_lock[1]:
            t = HP(
                t + sec(0.3),
                "vif-bridge",
                run,
                "iptables setup failed. This may affect guest networking.",
                "iptables setup failed. This may affect guest networking.",
            )
        t = HP(
            t + sec(0.15),
            "vif-bridge",
            run,
            "Successful vif-bridge %s for %s, bridge %s.",
            f"Successful vif-bridge online for vif{d}.{dev}, bridge {bridge}.",
        )
        return HP(
            t + sec(0.01),
            "vif-bridge",
            run,
            "Writing %s/hotplug-status connected to xenstore.",
            f"Writing {path}/hotplug-status connected to xenstore.",
        )

    def vif_offline(t: datetime, d: int, dev: int, bridge: str) -> datetime:
        run = ("vif", d, dev, "offline")
        t = HP(
            t,
            "vif-bridge",
            run,
            "%s XENBUS_PATH=%s",
            f"offline type_if=vif XENBUS_PATH=backend/vif/{d}/{dev}",
        )
        t = HP(
            t + sec(0.02),
            "vif-bridge",
            run,
            "brctl delif %s %s failed",
            f"brctl delif {bridge} vif{d}.{dev} failed",
        )
        t = HP(
            t + sec(0.01),
            "vif-bridge",
            run,
            "ifconfig %s down failed",
            f"ifconfig vif{d}.{dev} down failed",
        )
        return HP(
            t + sec(0.05),
            "vif-bridge",
            run,
            "Successful vif-bridge %s for %s, bridge %s.",
            f"Successful vif-bridge offline for vif{d}.{dev}, bridge {bridge}.",
        )

    def vbd_add(t: datetime, d: int, devid: int, lv: str, minor: int | None) -> datetime:
        """The block script's add; `minor` None: the logical volume is gone."""
        run = ("vbd", d, devid, "add")
        path = f"backend/vbd/{d}/{devid}"
        t = HP(t, "block", run, "%s XENBUS_PATH=%s", f"add XENBUS_PATH={path}")
        if minor is None:
            t = HP(
                t + sec(0.06),
                "block",
                run,
                "Writing %s/hotplug-error %s does not exist. %s/hotplug-status error to xenstore.",
                f"Writing {path}/hotplug-error {lv} does not exist. {path}/hotplug-status error to xenstore.",
            )
            return HP(t + sec(0.01), "block", run, "%s does not exist.", f"{lv} does not exist.")
        t = HP(
            t + sec(0.09),
            "block",
            run,
            "Writing %s/physical-device %s to xenstore.",
            f"Writing {path}/physical-device fe:{minor:x} to xenstore.",
        )
        t = HP(
            t + sec(0.01),
            "block",
            run,
            "Writing %s/physical-device-path %s to xenstore.",
            f"Writing {path}/physical-device-path /dev/dm-{minor} to xenstore.",
        )
        return HP(
            t + sec(0.01),
            "block",
            run,
            "Writing %s/hotplug-status connected to xenstore.",
            f"Writing {path}/hotplug-status connected to xenstore.",
        )

    def vbd_remove(t: datetime, d: int, devid: int) -> datetime:
        return HP(
            t,
            "block",
            ("vbd", d, devid, "remove"),
            "%s XENBUS_PATH=%s",
            f"remove XENBUS_PATH=backend/vbd/{d}/{devid}",
        )

    DOMS = {
        # name: (disks, vifs)
        "web01": ([51712], [(0, "xenbr0")]),
        "db01": ([51712, 51728], [(0, "xenbr0"), (1, "xenbr1")]),
        "build01": ([51712], [(0, "xenbr0")]),
        "build02": ([51712], [(0, "xenbr0")]),
        "build03": ([51712], [(0, "xenbr0")]),
        "build04": ([51712], [(0, "xenbr0")]),
    }
    lv_minor = dict(dm_minor)

    def build(name: str, t: datetime, minor_ok: bool = True) -> tuple[datetime, int]:
        """The devices of a new domain plugged: disks first, then vifs."""
        d = next_domid[0]
        next_domid[0] += 1
        disks, vifs = DOMS[name]
        for i, devid in enumerate(disks):
            lv = f"/dev/vg0/{name}-disk" if i == 0 else f"/dev/vg0/{name}-data"
            t = vbd_add(
                t + sec(r.uniform(0.05, 0.3)),
                d,
                devid,
                lv,
                (lv_minor[name] + 10 * i) if minor_ok else None,
            )
            if not minor_ok:
                return t, d
        for dev, br in vifs:
            t = vif_online(t + sec(r.uniform(0.2, 0.8)), d, dev, br)
        return t, d

    def unplug(name: str, t: datetime, d: int) -> datetime:
        disks, vifs = DOMS[name]
        for dev, br in vifs:
            t = vif_offline(t + sec(r.uniform(0.1, 0.4)), d, dev, br)
        for devid in disks:
            t = vbd_remove(t + sec(r.uniform(0.05, 0.2)), d, devid)
        return t

    def create(name: str, t: datetime, pid: int, file: str) -> datetime:
        xlpid[name] = pid
        xlfile[name] = file
        t, d = build(name, t)
        domid[name] = d
        return XL(
            name,
            t + sec(r.uniform(0.4, 1.2)),
            "Waiting for domain %s (domid %u) to die [pid %ld]",
            f"Waiting for domain {name} (domid {d}) to die [pid {pid}]",
        )

    def shutdown(name: str, t: datetime, code: int, action: str, restart: bool) -> datetime:
        d = domid[name]
        t = XL(
            name,
            t,
            "Domain %u has shut down, reason code %d 0x%x",
            f"Domain {d} has shut down, reason code {code} 0x{code:x}",
        )
        t = XL(
            name,
            t + sec(0.001),
            "Action for shutdown reason code %d is %s",
            f"Action for shutdown reason code {code} is {action}",
        )
        if action.startswith("coredump"):
            t = XL(
                name,
                t + sec(0.002),
                "dumping core to %s",
                f"dumping core to /var/lib/xen/dump/{name}",
            )
            t += sec(r.uniform(9, 14))
        t = XL(
            name,
            t + sec(0.01),
            "Domain %d needs to be cleaned up: destroying the domain",
            f"Domain {d} needs to be cleaned up: destroying the domain",
        )
        t = unplug(name, t + sec(0.2), d)
        return XL(
            name,
            t + sec(r.uniform(0.3, 0.9)),
            "Done. Rebooting now" if restart else "Done. Exiting now",
            "Done. Rebooting now" if restart else "Done. Exiting now",
        )

    def reboot(name: str, t: datetime) -> datetime:
        t = shutdown(name, t, 1, "restart", True)
        t, d = build(name, t + sec(2 + r.uniform(0.05, 0.2)))
        domid[name] = d
        return XL(
            name,
            t + sec(r.uniform(0.4, 1.2)),
            "Waiting for domain %s (domid %u) to die [pid %ld]",
            f"Waiting for domain {name} (domid {d}) to die [pid {xlpid[name]}]",
        )

    # the host comes up at 05:41; xendomains starts the domains
    t = t_start
    for i, name in enumerate(["web01", "db01", "build01", "build02", "build03", "build04"]):
        t = create(
            name,
            t + sec(r.uniform(2, 6)),
            1402 + 37 * i + r.randint(0, 9),
            f"xl-{name}.log" if name != "build03" else "xl-build03.log.1",
        )

    # everything after boot in time order (domain ids are handed out in that order): the
    # builders' reboots after every job, db01's crash at 07:52 (on_crash="coredump-restart"),
    # build03's volume removed 09:20-09:38, web01 shut down at 11:30
    lv_gone = (at(9, 20, 4), at(9, 38, 20))
    queue = [
        (at(6, 0) + sec(r.uniform(10, 600)), name)
        for name in ["build01", "build02", "build03", "build04"]
    ]
    queue += [(at(7, 52, 41), "db01"), (at(11, 30, 9), "web01")]
    while queue:
        queue.sort()
        t, name = queue.pop(0)
        if t >= t_end:
            continue
        if name == "db01":
            t = shutdown("db01", t, 3, "coredump-restart", True)
            t, d = build("db01", t + sec(2.1))
            domid["db01"] = d
            XL(
                "db01",
                t + sec(0.8),
                "Waiting for domain %s (domid %u) to die [pid %ld]",
                f"Waiting for domain db01 (domid {d}) to die [pid {xlpid['db01']}]",
            )
            continue
        if name == "web01":
            shutdown("web01", t, 0, "destroy", False)
            continue
        if name == "build03" and lv_gone[0] <= t < lv_gone[1]:
            # the restart fails: the block script finds no volume; xl's daemon gives up
            t = shutdown(name, t, 1, "restart", True)
            t, d = build(name, t + sec(2.1), minor_ok=False)
            lines = [
                (
                    "%s [%ld] exited with error status %d",
                    f"libxl: error: libxl_exec.c:117:libxl_report_child_exitstatus: {XEN_SCRIPTS}/block add [{r.randint(30000, 60000)}] exited with error status 1",
                ),
                (
                    "script: %s does not exist.",
                    f"libxl: error: libxl_device.c:1286:device_hotplug_child_death_cb: Domain {d}:script: /dev/vg0/build03-disk does not exist.",
                ),
                (
                    "unable to add disk devices",
                    f"libxl: error: libxl_create.c:1676:domcreate_launch_dm: Domain {d}:unable to add disk devices",
                ),
            ]
            for label, line in lines:
                t = XL(name, t + sec(r.uniform(0.001, 0.05)), label, line)
            t = vbd_remove(t + sec(0.2), d, 51712)
            for label, line in [
                (
                    "Non-existant domain",
                    f"libxl: error: libxl_domain.c:1183:libxl__destroy_domid: Domain {d}:Non-existant domain",
                ),
                (
                    "Unable to destroy guest",
                    f"libxl: error: libxl_domain.c:1137:domain_destroy_callback: Domain {d}:Unable to destroy guest",
                ),
                (
                    "Destruction of domain failed",
                    f"libxl: error: libxl_domain.c:1064:domain_destroy_cb: Domain {d}:Destruction of domain failed",
                ),
            ]:
                t = XL(name, t + sec(r.uniform(0.01, 0.08)), label, line)
            queue.append((lv_gone[1] + sec(r.uniform(0, 3)), "build03-create"))
            continue
        if name == "build03-create":
            t = create("build03", t, 52214, "xl-build03.log")
            queue.append((t + sec(r.uniform(480, 900)), "build03"))
            continue
        t = reboot(name, t)
        queue.append(
            (t + sec(r.uniform(6, 8) * 60 if r.random() < 0.15 else r.uniform(9, 17) * 60), name)
        )
    return fs.logs(t_start)


# ------------------------------------------------------------------------------------ qemu

QEMU_BIN = "/usr/bin/qemu-system-x86_64"
QEMU_STARTING = "starting up libvirt version: 9.0.0, package: 9.0.0-4+deb12u1 (Debian), qemu version: 7.2.11Debian 1:7.2+dfsg-7+deb12u6, kernel: 6.1.0-21-amd64, hostname: kvm1.example.com"
QEMU_LIBVIRTD = 1187
QEMU_CI_MISSING = [
    "CPUID.07H:EBX.avx512f [bit 16]",
    "CPUID.07H:EBX.avx512dq [bit 17]",
    "CPUID.07H:EBX.clwb [bit 24]",
    "CPUID.07H:EBX.avx512cd [bit 28]",
    "CPUID.07H:EBX.avx512bw [bit 30]",
    "CPUID.07H:EBX.avx512vl [bit 31]",
    "CPUID.07H:ECX.pku [bit 3]",
    "CPUID.0DH:EAX.xsavec [bit 1]",
]
QEMU_GPU = "0000:3b:00.0"


def q(s: str) -> str:
    """A JSON option argument as libvirt quotes it on the command line."""
    return f"'{s}'"


def qemu_cmdline(
    name: str,
    domid: int,
    uuid: str,
    mac: str,
    kind: str,
    disk: str,
    backing: str | None = None,
    mem: int = 8192,
    cpus: int = 4,
    gpu: bool = False,
    incoming: bool = False,
) -> list[str]:
    """The environment and arguments libvirt 9.0 writes after `starting up` (virCommandToString:
    one argument a line, each but the last ending with a backslash): `kind` is `ci` (i440fx, a named CPU
    model), `win` (q35, OVMF, a TPM, host-passthrough, SPICE) or `srv` (q35, virtio)."""
    home = f"/var/lib/libvirt/qemu/domain-{domid}-{name}"
    a = [
        "LC_ALL=C",
        "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        f"HOME={home}",
        f"XDG_DATA_HOME={home}/.local/share",
        f"XDG_CACHE_HOME={home}/.cache",
        f"XDG_CONFIG_HOME={home}/.config",
        QEMU_BIN,
        f"-name guest={name},debug-threads=on",
        "-S",
        "-object "
        + q(
            f'{{"qom-type":"secret","id":"masterKey0","format":"raw","file":"{home}/master-key.aes"}}'
        ),
    ]
    if kind == "win":
        a += [
            "-blockdev "
            + q(
                '{"driver":"file","filename":"/usr/share/OVMF/OVMF_CODE_4M.ms.fd","node-name":"libvirt-pflash0-storage","auto-read-only":true,"discard":"unmap"}'
            ),
            "-blockdev "
            + q(
                '{"node-name":"libvirt-pflash0-format","read-only":true,"driver":"raw","file":"libvirt-pflash0-storage"}'
            ),
            "-blockdev "
            + q(
                f'{{"driver":"file","filename":"/var/lib/libvirt/qemu/nvram/{name}_VARS.fd","node-name":"libvirt-pflash1-storage","auto-read-only":true,"discard":"unmap"}}'
            ),
            "-blockdev "
            + q(
                '{"node-name":"libvirt-pflash1-format","read-only":false,"driver":"raw","file":"libvirt-pflash1-storage"}'
            ),
            "-machine pc-q35-7.2,usb=off,vmport=off,smm=on,dump-guest-core=off,memory-backend=pc.ram,pflash0=libvirt-pflash0-format,pflash1=libvirt-pflash1-format,hpet=off,acpi=on",
            "-accel kvm",
            "-cpu host,migratable=on,hv-time=on,hv-relaxed=on,hv-vapic=on,hv-spinlocks=0x1fff,hv-vpindex=on,hv-runtime=on,hv-synic=on,hv-stimer=on,hv-reset=on,hv-frequencies=on,hv-crash",
            "-global driver=cfi.pflash01,property=secure,value=on",
        ]
    elif kind == "ci":
        a += [
            "-machine pc-i440fx-7.2,usb=off,vmport=off,dump-guest-core=off,memory-backend=pc.ram",
            "-accel kvm",
            "-cpu Skylake-Server-IBRS,ss=on,vmx=on,pdcm=on,hypervisor=on,tsc-adjust=on,umip=on,md-clear=on,stibp=on,arch-capabilities=on,ssbd=on,xsaves=on,ibpb=on,amd-ssbd=on,hle=off,rtm=off",
        ]
    else:
        a += [
            "-machine "
            + (
                "pc-i440fx-1.7,usb=off,dump-guest-core=off,memory-backend=pc.ram"
                if incoming
                else "pc-q35-7.2,usb=off,vmport=off,dump-guest-core=off,memory-backend=pc.ram"
            ),
            "-accel kvm",
            "-cpu Broadwell-noTSX-IBRS,vme=on,ss=on,vmx=on,f16c=on,rdrand=on,hypervisor=on,arat=on,tsc-adjust=on,md-clear=on,stibp=on,arch-capabilities=on,ssbd=on,xsaveopt=on,pdpe1gb=on,abm=on",
        ]
    a += [
        f"-m {mem}",
        "-object " + q(f'{{"qom-type":"memory-backend-ram","id":"pc.ram","size":{mem * 1048576}}}'),
        "-overcommit mem-lock=off",
        f"-smp {cpus},sockets={cpus},cores=1,threads=1",
        f"-uuid {uuid}",
        "-no-user-config",
        "-nodefaults",
        "-chardev socket,id=charmonitor,fd=31,server=on,wait=off",
        "-mon chardev=charmonitor,id=monitor,mode=control",
        "-rtc base=localtime,driftfix=slew" if kind == "win" else "-rtc base=utc,driftfix=slew",
        "-global kvm-pit.lost_tick_policy=delay",
        "-no-hpet" if kind == "ci" else None,
        "-no-shutdown",
        "-global PIIX4_PM.disable_s3=1" if kind == "ci" else "-global ICH9-LPC.disable_s3=1",
        "-global PIIX4_PM.disable_s4=1" if kind == "ci" else "-global ICH9-LPC.disable_s4=1",
        "-boot strict=on",
    ]
    if kind != "ci":
        for i in range(1, 8):
            multi = ',"multifunction":true' if i == 1 else ""
            fn = "" if i == 1 else f".{i - 1:#x}"
            a.append(
                "-device "
                + q(
                    f'{{"driver":"pcie-root-port","port":{15 + i},"chassis":{i},"id":"pci.{i}","bus":"pcie.0"{multi},"addr":"0x2{fn}"}}'
                )
            )
        a.append(
            "-device "
            + q('{"driver":"qemu-xhci","p2":15,"p3":15,"id":"usb","bus":"pci.2","addr":"0x0"}')
        )
        a.append(
            "-device "
            + q('{"driver":"virtio-serial-pci","id":"virtio-serial0","bus":"pci.3","addr":"0x0"}')
        )
        bus_disk, bus_net, addr = '"bus":"pci.4","addr":"0x0"', '"bus":"pci.1","addr":"0x0"', None
    else:
        a.append(
            "-device " + q('{"driver":"piix3-usb-uhci","id":"usb","bus":"pci.0","addr":"0x1.0x2"}')
        )
        a.append(
            "-device "
            + q('{"driver":"virtio-serial-pci","id":"virtio-serial0","bus":"pci.0","addr":"0x4"}')
        )
        bus_disk, bus_net, addr = (
            '"bus":"pci.0","addr":"0x5"',
            '"bus":"pci.0","addr":"0x3"',
            "pci.0",
        )
    if backing:
        a.append(
            "-blockdev "
            + q(
                f'{{"driver":"file","filename":"{backing}","node-name":"libvirt-2-storage","auto-read-only":true,"discard":"unmap"}}'
            )
        )
        a.append(
            "-blockdev "
            + q(
                '{"node-name":"libvirt-2-format","read-only":true,"driver":"qcow2","file":"libvirt-2-storage","backing":null}'
            )
        )
    a.append(
        "-blockdev "
        + q(
            f'{{"driver":"file","filename":"{disk}","node-name":"libvirt-1-storage","auto-read-only":true,"discard":"unmap"}}'
        )
    )
    back = '"libvirt-2-format"' if backing else "null"
    a.append(
        "-blockdev "
        + q(
            f'{{"node-name":"libvirt-1-format","read-only":false,"driver":"qcow2","file":"libvirt-1-storage","backing":{back}}}'
        )
    )
    a.append(
        "-device "
        + q(
            f'{{"driver":"virtio-blk-pci",{bus_disk},"drive":"libvirt-1-format","id":"virtio-disk0","bootindex":1}}'
        )
    )
    a.append("-netdev " + q('{"type":"tap","fd":"33","vhost":true,"vhostfd":"35","id":"hostnet0"}'))
    a.append(
        "-device "
        + q(
            f'{{"driver":"virtio-net-pci","netdev":"hostnet0","id":"net0","mac":"{mac}",{bus_net}}}'
        )
    )
    a.append("-chardev pty,id=charserial0")
    a.append(
        "-device " + q('{"driver":"isa-serial","chardev":"charserial0","id":"serial0","index":0}')
    )
    a.append("-chardev socket,id=charchannel0,fd=30,server=on,wait=off")
    a.append(
        "-device "
        + q(
            '{"driver":"virtserialport","bus":"virtio-serial0.0","nr":1,"chardev":"charchannel0","id":"channel0","name":"org.qemu.guest_agent.0"}'
        )
    )
    if kind == "win":
        a.append(
            f"-chardev socket,id=chrtpm,path=/run/libvirt/qemu/swtpm/{domid}-{name}-swtpm.sock"
        )
        a.append("-tpmdev emulator,id=tpm-tpm0,chardev=chrtpm")
        a.append("-device " + q('{"driver":"tpm-crb","tpmdev":"tpm-tpm0","id":"tpm0"}'))
        a.append("-device " + q('{"driver":"usb-tablet","id":"input0","bus":"usb.0","port":"1"}'))
        a.append("-audiodev " + q('{"id":"audio1","driver":"spice"}'))
        a.append("-spice port=5901,addr=0.0.0.0,seamless-migration=on")
        a.append(
            "-device "
            + q('{"driver":"virtio-vga","id":"video0","max_outputs":1,"bus":"pcie.0","addr":"0x1"}')
        )
        a.append(
            "-device " + q('{"driver":"ich9-intel-hda","id":"sound0","bus":"pcie.0","addr":"0x1b"}')
        )
        a.append(
            "-device "
            + q(
                '{"driver":"hda-duplex","id":"sound0-codec0","bus":"sound0.0","cad":0,"audiodev":"audio1"}'
            )
        )
    else:
        a.append("-audiodev " + q('{"id":"audio1","driver":"none"}'))
    if gpu:
        a.append(
            "-device "
            + q(
                f'{{"driver":"vfio-pci","host":"{QEMU_GPU}","id":"hostdev0","bus":"pci.6","addr":"0x0"}}'
            )
        )
    balloon = '"bus":"pci.0","addr":"0x6"' if addr else '"bus":"pci.5","addr":"0x0"'
    rng = '"bus":"pci.0","addr":"0x7"' if addr else '"bus":"pci.7","addr":"0x0"'
    a.append("-device " + q(f'{{"driver":"virtio-balloon-pci","id":"balloon0",{balloon}}}'))
    a.append("-object " + q('{"qom-type":"rng-random","id":"objrng0","filename":"/dev/urandom"}'))
    a.append("-device " + q(f'{{"driver":"virtio-rng-pci","rng":"objrng0","id":"rng0",{rng}}}'))
    if incoming:
        a.append("-incoming defer")
    a.append("-sandbox on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny")
    a.append("-msg timestamp=on")
    a = [x for x in a if x]
    return [x + " \\" for x in a[:-1]] + [a[-1]]


def qemu(r: random.Random) -> list[Log]:
    """QEMU 7.2 under libvirt 9.0 on a Debian 12 host (kvm1, a Broadwell Xeon), the per-VM logs
    of /var/log/libvirt/qemu/, 06:00 to 12:00: libvirt's own lines (`2024-06-05
    06:00:12.345+0000: starting up libvirt version: ...` with the environment and command line
    after it, `shutting down, reason=...`, `Domain id=... is tainted: ...`, `panic hyper-v: ...`)
    between QEMU's stderr (`-msg timestamp=on`: `2024-06-05T06:00:12.456789Z
    qemu-system-x86_64: warning: ...`, and untimed lines: `char device redirected to ...`, the
    KVM internal error's register dump). Six CI runners restarted for every job (a CPU model
    from the newer hosts: eight `host doesn't support requested feature` warnings a start), the
    runners' overlays moved under /srv 10:40-10:52 where AppArmor denies them (`Could not open
    ...: Permission denied`); db01-clone started thrice at 08:15 on db01's image (`Failed to get
    "write" lock` with its hint); three Windows 11 desktops started at 07:30 (host-cpu taint),
    win11-vdi03's TPM state broken until 07:52, win11-vdi02 blue-screening at 09:20 (on_crash
    restart), win11-vdi01 stopping on a KVM emulation failure at 10:05 (the register dump, a
    monitor command, destroyed and started again); gpu-render01 refused the GPU win11-vdi01
    holds (08:40); erp01 migrated in from an older host at 10:25 (the first attempt failing,
    its deprecated machine type, the TSC mismatch); db01 migrated out at 11:00."""

    def run(ids: dict[int, int]) -> tuple[Files, list[tuple[datetime, int]]]:
        """The whole run; `ids` maps each start's order in the code to its domain id (ids
        are handed out in time order, so a first run finds that order)."""
        fs = Files()
        next_id = [0]
        starts: list[tuple[datetime, int]] = []

        def new_id(t: datetime) -> int:
            starts.append((t, next_id[0]))
            next_id[0] += 1
            return ids.get(next_id[0] - 1, 0)

        pts = [2]
        t0, t_end = at(6, 0), at(12, 0)

        def LV(
            vm: str, t: datetime, label: str, msg: str, more: list[str] | None = None
        ) -> datetime:
            return fs.add(
                f"{vm}.log",
                t,
                label,
                lambda x: [
                    f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d}+0000: {msg}",
                    *(more or []),
                ],
                ("libvirtd", vm),
                1000,
            )

        def QM(
            vm: str, qpid: int, t: datetime, label: str, msg: str, loc: str = "", warn: bool = False
        ) -> datetime:
            return fs.add(
                f"{vm}.log",
                t,
                label,
                lambda x: [
                    f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z qemu-system-x86_64: {loc}{'warning: ' if warn else ''}{msg}"
                ],
                ("qemu", vm, qpid),
                1,
            )

        def RAW(vm: str, qpid: int, t: datetime, label: str, lines: list[str]) -> datetime:
            return fs.add(f"{vm}.log", t, label, lambda x: lines, ("qemu", vm, qpid), 1)

        def start(
            vm: str, t: datetime, cmd: Callable[[int], list[str]], taint: str | None = None
        ) -> tuple[datetime, int, int]:
            """libvirt's `starting up` with the command line, its taint, and QEMU's pty line."""
            if not t.microsecond:
                t += sec(r.uniform(0.001, 0.9))
            d = new_id(t)
            qpid = r.randint(2000, 400000)
            t = LV(
                vm,
                t,
                "starting up libvirt version: %s, package: %s, qemu version: %d.%d.%d%s, kernel: %s, hostname: %s",
                QEMU_STARTING,
                cmd(d),
            )
            if taint:
                t = LV(
                    vm,
                    t + sec(0.0004),
                    "Domain id=%d is tainted: %s",
                    f"Domain id={d} is tainted: {taint}",
                )
            pts[0] = pts[0] % 40 + 1
            t = RAW(
                vm,
                qpid,
                t + sec(r.uniform(0.04, 0.09)),
                "char device redirected to %s (label %s)",
                [f"char device redirected to /dev/pts/{pts[0]} (label charserial0)"],
            )
            return t, d, qpid

        def stop(vm: str, qpid: int, t: datetime, reason: str) -> datetime:
            if not t.microsecond:
                t += sec(r.uniform(0.001, 0.9))
            t = QM(
                vm,
                qpid,
                t,
                "terminating on signal %d from pid %d (%s)",
                f"terminating on signal 15 from pid {QEMU_LIBVIRTD} (/usr/sbin/libvirtd)",
            )
            return LV(
                vm,
                t + sec(r.uniform(0.2, 0.6)),
                "shutting down, reason=%s",
                f"shutting down, reason={reason}",
            )

        def failed(vm: str, t: datetime) -> datetime:
            return LV(
                vm,
                t + sec(r.uniform(0.05, 0.2)),
                "shutting down, reason=%s",
                "shutting down, reason=failed",
            )

        # the CI runners: a fresh overlay a job, the guest powering off when the job is done
        apparmor = (at(10, 40, 10), at(10, 52, 30))
        for i in range(1, 7):
            vm = f"ci-runner-{i:02d}"
            uuid = uuid4(r)
            mac = f"52:54:00:{r.randrange(256):02x}:{r.randrange(256):02x}:{r.randrange(256):02x}"
            t = t0 + sec(r.uniform(5, 500))
            while t < t_end:
                denied = apparmor[0] <= t < apparmor[1]
                overlay = (
                    f"/srv/ci-overlays/{vm}-overlay.qcow2"
                    if denied
                    else f"/var/lib/libvirt/images/{vm}-overlay.qcow2"
                )

                def cmd(
                    d: int, vm: str = vm, uuid: str = uuid, mac: str = mac, overlay: str = overlay
                ) -> list[str]:
                    return qemu_cmdline(
                        vm,
                        d,
                        uuid,
                        mac,
                        "ci",
                        overlay,
                        backing="/var/lib/libvirt/images/ci-base-2024w23.qcow2",
                    )

                t, d, qpid = start(vm, t, cmd)
                if denied:
                    t = QM(
                        vm,
                        qpid,
                        t + sec(r.uniform(0.002, 0.01)),
                        "Could not open '%s': Permission denied",
                        f"Could not open '{overlay}': Permission denied",
                        loc="-blockdev "
                        + f'{{"driver":"file","filename":"{overlay}","node-name":"libvirt-1-storage","auto-read-only":true,"discard":"unmap"}}: ',
                    )
                    t = failed(vm, t) + sec(r.uniform(100, 160))
                    continue
                for feat in QEMU_CI_MISSING:
                    t = QM(
                        vm,
                        qpid,
                        t + sec(r.uniform(0.00005, 0.0002)),
                        "host doesn't support requested feature: %s%s%s [bit %d]",
                        f"host doesn't support requested feature: {feat}",
                        warn=True,
                    )
                dur = r.uniform(5, 13) * 60 if r.random() < 0.9 else r.uniform(14, 28) * 60
                if r.random() < 0.04:
                    t = stop(vm, qpid, t + sec(60 * 60), "destroyed")  # the job timed out
                else:
                    t = stop(vm, qpid, t + sec(dur), "shutdown")
                t += sec(r.uniform(4, 40))

        # Windows 11 desktops, started by a timer at 07:30
        wins = {
            f"win11-vdi0{i}": (
                uuid4(r),
                f"52:54:00:{r.randrange(256):02x}:{r.randrange(256):02x}:{r.randrange(256):02x}",
            )
            for i in (1, 2, 3)
        }

        def wcmd(vm: str, gpu: bool = False) -> Callable[[int], list[str]]:
            uuid, mac = wins[vm]
            return lambda d: qemu_cmdline(
                vm,
                d,
                uuid,
                mac,
                "win",
                f"/var/lib/libvirt/images/{vm}.qcow2",
                mem=16384,
                cpus=8,
                gpu=gpu,
            )

        _, vdi01_id, vdi01 = start(
            "win11-vdi01", at(7, 30, 2), wcmd("win11-vdi01", True), "host-cpu"
        )
        _, _, vdi02 = start("win11-vdi02", at(7, 30, 9), wcmd("win11-vdi02"), "host-cpu")
        for when in (at(7, 30, 15), at(7, 31, 12)):
            t, _, qpid = start("win11-vdi03", when, wcmd("win11-vdi03"), "host-cpu")
            t = QM(
                "win11-vdi03",
                qpid,
                t + sec(r.uniform(0.2, 0.5)),
                "tpm-emulator: TPM result for CMD_INIT: 0x%x %s",
                "tpm-emulator: TPM result for CMD_INIT: 0x101 operation failed",
            )
            failed("win11-vdi03", t)
        start("win11-vdi03", at(7, 52, 40), wcmd("win11-vdi03"), "host-cpu")
        # win11-vdi02 blue-screens (on_crash = restart)
        t = LV(
            "win11-vdi02",
            at(9, 20, 17.653),
            "panic hyper-v: arg1='0x%llx', arg2='0x%llx', arg3='0x%llx', arg4='0x%llx', arg5='0x%llx'",
            "panic hyper-v: arg1='0x50', arg2='0xffffa60fd8c3e000', arg3='0x0', arg4='0xfffff8063a4b7e41', arg5='0x2'",
        )
        t = stop("win11-vdi02", vdi02, t + sec(0.01), "crashed")
        start("win11-vdi02", t + sec(1.9), wcmd("win11-vdi02"), "host-cpu")
        # win11-vdi01 stops on an emulation failure; looked at, destroyed, started again
        rip = f"fffff80{r.randrange(16**9):09x}"
        dump = [
            "extra data[0]: 0x0000000000000001",
            f"extra data[1]: 0x{r.randrange(16**8):016x}",
            "extra data[2]: 0x0000000000000184",
            f"extra data[3]: 0x{r.randrange(16**6):016x}",
            "emulation failure",
            f"RAX=0000000000000000 RBX={r.randrange(16**16):016x} RCX=0000000000000001 RDX=00000000000000c0",
            f"RSI=0000000000000000 RDI={r.randrange(16**16):016x} RBP={r.randrange(16**16):016x} RSP={r.randrange(16**16):016x}",
            "R8 =0000000000000000 R9 =0000000000000000 R10=0000000000000002 R11=0000000000000246",
            f"R12=0000000000000000 R13={r.randrange(16**16):016x} R14=0000000000000000 R15=0000000000000001",
            f"RIP={rip} RFL=00050246 [---Z-P-] CPL=0 II=0 A20=1 SMM=0 HLT=0",
            "ES =002b 0000000000000000 ffffffff 00c0f300 DPL=3 DS   [-WA]",
            "CS =0010 0000000000000000 00000000 00209b00 DPL=0 CS64 [-RA]",
            "SS =0018 0000000000000000 00000000 00409300 DPL=0 DS   [-WA]",
            "DS =002b 0000000000000000 ffffffff 00c0f300 DPL=3 DS   [-WA]",
            "FS =0053 0000000000000000 00003c00 0040f300 DPL=3 DS   [-WA]",
            "GS =002b ffffa201c2a40000 ffffffff 00c0f300 DPL=3 DS   [-WA]",
            "LDT=0000 0000000000000000 ffffffff 00c00000",
            "TR =0040 ffffa201c2a4f000 00000067 00008b00 DPL=0 TSS64-busy",
            "GDT=     ffffa201c2a51fb0 00000057",
            "IDT=     ffffa201c2a4f000 00000fff",
            f"CR0=80050033 CR2=00000{r.randrange(16**11):011x} CR3=00000001{r.randrange(16**8):08x} CR4=00350ef8",
            "DR0=0000000000000000 DR1=0000000000000000 DR2=0000000000000000 DR3=0000000000000000 ",
            "DR6=00000000ffff0ff0 DR7=0000000000000400",
            "EFER=0000000000000d01",
            "Code="
            + " ".join(f"{r.randrange(256):02x}" for _ in range(42))
            + " <0f> 0b "
            + " ".join(f"{r.randrange(256):02x}" for _ in range(20)),
        ]
        RAW(
            "win11-vdi01",
            vdi01,
            at(10, 5, 33.418),
            "KVM internal error. Suberror: %d",
            ["KVM internal error. Suberror: 1", *dump],
        )
        LV(
            "win11-vdi01",
            at(10, 9, 48.205),
            "Domain id=%d is tainted: %s",
            f"Domain id={vdi01_id} is tainted: custom-monitor",
        )
        t = stop("win11-vdi01", vdi01, at(10, 12, 20), "destroyed")
        start("win11-vdi01", at(10, 13, 5), wcmd("win11-vdi01", True), "host-cpu")

        # db01-clone: a copy of db01's definition still pointing at db01's image
        cuuid, cmac = uuid4(r), "52:54:00:5d:8e:21"
        for when in (at(8, 15, 2), at(8, 16, 10), at(8, 21, 44)):
            t, _, qpid = start(
                "db01-clone",
                when,
                lambda d: qemu_cmdline(
                    "db01-clone",
                    d,
                    cuuid,
                    cmac,
                    "srv",
                    "/var/lib/libvirt/images/db01.qcow2",
                    mem=32768,
                    cpus=8,
                ),
            )
            t = fs.add(
                "db01-clone.log",
                t + sec(r.uniform(0.001, 0.004)),
                'Failed to get "%s" lock',
                lambda x: [
                    f'{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}Z qemu-system-x86_64: -blockdev {{"node-name":"libvirt-1-format","read-only":false,"driver":"qcow2","file":"libvirt-1-storage","backing":null}}: Failed to get "write" lock',
                    "Is another process using the image [/var/lib/libvirt/images/db01.qcow2]?",
                ],
                ("qemu", "db01-clone", qpid),
                1,
            )
            failed("db01-clone", t)

        # gpu-render01 wants the GPU win11-vdi01 holds
        guuid, gmac = uuid4(r), "52:54:00:a1:07:3c"
        for when in (at(8, 40, 5), at(8, 41, 30)):
            t, _, qpid = start(
                "gpu-render01",
                when,
                lambda d: qemu_cmdline(
                    "gpu-render01",
                    d,
                    guuid,
                    gmac,
                    "srv",
                    "/var/lib/libvirt/images/gpu-render01.qcow2",
                    mem=65536,
                    cpus=16,
                    gpu=True,
                ),
            )
            t = QM(
                "gpu-render01",
                qpid,
                t + sec(r.uniform(0.3, 0.8)),
                "vfio %s: failed to open %s: Device or resource busy",
                f"vfio {QEMU_GPU}: failed to open /dev/vfio/46: Device or resource busy",
                loc="-device "
                + f'{{"driver":"vfio-pci","host":"{QEMU_GPU}","id":"hostdev0","bus":"pci.6","addr":"0x0"}}: ',
            )
            failed("gpu-render01", t)

        # erp01 migrated in from an older host: the first attempt fails mid-stream
        euuid, emac = uuid4(r), "52:54:00:3e:9b:70"
        for when, ok in ((at(10, 25, 40), False), (at(10, 30, 12), True)):
            when += sec(r.uniform(0.001, 0.9))
            d = new_id(when)
            qpid = r.randint(2000, 400000)
            t = LV(
                "erp01",
                when,
                "starting up libvirt version: %s, package: %s, qemu version: %d.%d.%d%s, kernel: %s, hostname: %s",
                QEMU_STARTING,
                qemu_cmdline(
                    "erp01",
                    d,
                    euuid,
                    emac,
                    "srv",
                    "/var/lib/libvirt/images/erp01.qcow2",
                    mem=24576,
                    cpus=6,
                    incoming=True,
                ),
            )
            t = QM(
                "erp01",
                qpid,
                t + sec(r.uniform(0.02, 0.05)),
                "Machine type '%s' is deprecated: %s",
                "Machine type 'pc-i440fx-1.7' is deprecated: old and unattended - use a newer version instead",
                warn=True,
            )
            pts[0] = pts[0] % 40 + 1
            t = RAW(
                "erp01",
                qpid,
                t + sec(0.03),
                "char device redirected to %s (label %s)",
                [f"char device redirected to /dev/pts/{pts[0]} (label charserial0)"],
            )
            if not ok:
                t = QM(
                    "erp01",
                    qpid,
                    t + sec(r.uniform(70, 80)),
                    "load of migration failed: Input/output error",
                    "load of migration failed: Input/output error",
                )
                failed("erp01", t)
            else:
                QM(
                    "erp01",
                    qpid,
                    t + sec(r.uniform(85, 95)),
                    "TSC frequency mismatch between VM (%d kHz) and host (%d kHz), and TSC scaling unavailable",
                    "TSC frequency mismatch between VM (2099998 kHz) and host (2399996 kHz), and TSC scaling unavailable",
                    warn=True,
                )

        # db01 live-migrated to kvm2 for the host's maintenance window
        stop("db01", 901234, at(11, 0, 44), "migrated")
        return fs, starts

    state = r.getstate()
    _, starts = run({})
    ids = {n: 112 + i for i, (_, n) in enumerate(sorted(starts))}
    r.setstate(state)
    fs, _ = run(ids)
    return fs.logs(at(6, 0))


SYSTEMS = {
    "ntpd": ntpd,
    "dhclient": dhclient,
    "iscsid": iscsid,
    "xen": xen,
    "qemu": qemu,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
