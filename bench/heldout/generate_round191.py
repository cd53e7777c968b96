#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 191 (lxd, ovs-vswitchd, nslcd, linuxptp, firewalld) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five Linux infrastructure daemons (containers,
virtual switching, directory lookups, time and the host firewall), 06:00 to 12:00 on
2024-06-07; none of them was in the set (SSSD, chrony, keepalived and Docker are).

- LXD 5.0.3, the snap (`lxd1-lxd.log`, `lxd2-lxd.log`, `lxd3-lxd.log`: each cluster member's
  /var/snap/lxd/common/lxd/logs/lxd.log, logrus text, `time="2024-06-07T06:00:03Z" level=info
  msg="Creating container" ephemeral=false instance=web01/snap4417 instanceType=container
  project=default`): 16 instances per member snapshotted every hour (`Creating scheduled container
  snapshots`, a `Creating container` / `Created container` pair per snapshot, `Done creating
  ...`) and yesterday's snapshots pruned a minute later (`Pruning expired instance snapshots`,
  `Deleting container` / `Deleted container` with the `created` and `used` times, `Done pruning
  ...`); CI jobs of the `ci` project in ephemeral containers (created, `Starting container` /
  `Started container` with `action=start`, `Stopping container` / `Stopped container`, deleted),
  some `lxc exec` sessions dropped (`Failed getting exec control websocket reader, killing
  command`); the six-hourly image refresh (`Updating images`, `Done updating images`); lxd3 cut
  off by a switch port going down 09:10-09:22 (the leader lxd1's `Failed heartbeat` every 10 s,
  `Excluding offline member from refresh`, `Heartbeat round duration greater than heartbeat
  interval`; lxd3's `Dqlite: attempt %d: server %s: dial: ... i/o timeout`), and lxd2's storage
  pool full 10:40-10:55 (`Failed starting container` for CI containers, deleted by the runner).
- Open vSwitch 2.17.9 (Ubuntu 22.04) on three OpenStack compute nodes with OVN (`cmp1-`,
  `cmp2-`, `cmp3-ovs-vswitchd.log`: vlog's `2024-06-07T06:00:03.949Z|31207|bridge|INFO|...`,
  the message number counted per thread, a thread's name after the module: `bfd(monitor131)`):
  a CI tenant's VMs booted and deleted all morning (`bridge %s: added interface %s on port %d`,
  `%s: removing policing failed: %s` and `bridge %s: deleted interface %s on port %d` when the
  tap is already gone, `received packet on unassociated datapath port %u` from a handler thread),
  ovn-controller's flow mods reported by connmgr at most once a minute per connection (`%s: %d
  flow_mods %lld s ago (%s)`, `%s: %d flow_mods in the %lld s starting %lld s ago (%s)`, the
  parenthesis listing `%d adds`, `%d deletes`, `%d modifications` as present); an ARP storm
  from a tenant's looping bridge on cmp2 08:40-08:55 (`over %d resubmit actions on bridge %s
  while processing %s` with the flow, `Dropped %u log messages in last %lld seconds (most
  recently, %lld seconds ago) due to excessive rate`, `Unreasonably long %lldms poll interval
  ...` with its `faults:` and `context switches:` lines and three coverage dumps (a header, one
  line per counter, `%d events never hit`), `wakeup due to [POLLIN] on fd %d (%s) at %s (%d%%
  CPU usage)` and `wakeup due to %d-ms timeout at ...`, `Spent an unreasonably long %lldms
  dumping flows`, the memory growth line and report); the gateway node gw2 rebooted at 09:30
  (`%s: BFD state change: %s->%s "%s"->"%s".` on every node: up->down, down->init, init->up)
  and cmp1's ovn-controller restarted at 10:50 (`%s: connection closed by peer`, every flow
  installed again over a new connection).
- nslcd 0.9.12 (Debian 12) on two SSH bastions and three CI build hosts (`bastion1-nslcd.log`
  ... `build3-nslcd.log`: rsyslog's RFC 3339 lines, written to /var/log/nslcd.log by a
  programname rule, `2024-06-07T07:40:18.682626+00:00 build1 nslcd[735]: [123f3d]
  <passwd="bkowalski"> failed to bind to LDAP server ldap://ldap1.corp.example.com/: Can't
  contact LDAP server: Connection refused`, log_log's session id and request before the
  message): the bastions' idle connections reset by a stateful firewall all morning (`ldap_result()
  failed: %s`); ldap1 down for patching 07:40-08:05 and back with a self-signed certificate until
  08:41 (the build hosts, which close idle connections after 60 s and so try ldap1 first on every
  reconnect: `failed to bind to LDAP server %s: %s`, `ldap_start_tls_s() failed (uri=%s): %s`,
  `connected to LDAP server %s`); slapd crashing on both servers at 09:15 for 100 s (each
  lookup's retries a second apart with `no available LDAP server found, sleeping %d seconds`,
  then `no available LDAP server found: %s`, fast failures while both are in the hard-fail state,
  `caught signal %s (%d), refresh retries` on the build hosts); ldap2 slow under an HR sync
  10:20-10:35 (`ldap_result() timed out`); bastion2's nslcd restarted at 10:50 with
  idle_timelimit (`caught signal %s (%d), shutting down`, `version %s bailing out`, `version %s
  starting`, `accepting connections`); all day the bastions' logins (PAM's `%s: %s` for a wrong
  password, check_shadow's `%s: %s: Password will expire in %ld days` and `%s: %s: Account
  expired %ld days ago`) and scanners' odd user names (`request denied by validnames option`).
- linuxptp 4.2 (RHEL 9.4: ptp4l and phc2sys -a -r -u 60 to syslog, /var/log/ptp.log by a
  programname rule, `Jun  7 06:00:44 bc1 ptp4l[1423]: [3541921.265] rms   10 max   31 freq
  -2144 +/-   3 delay   609 +/-   2`, the monotonic time in brackets) on a Linux boundary clock
  (`bc1-ptp.log`: port 1 ens1f0 towards the grandmasters, ports 2 and 3 serving the trading hosts)
  and two trading hosts (`tick1-ptp.log`, `tick2-ptp.log`): ptp4l's summary every 64 s and
  phc2sys's every 60 s; the primary grandmaster in holdover 07:12-07:58 (`selected best master
  clock %s` on every host, bc1's port through UNCALIBRATED and back, phc2sys reconfiguring:
  `port %s changed state`, `reconfiguring after port state change`, `selecting %s for
  synchronization`, `skipping %s: %s has the same clock and is already selected`, `source clock
  not ready, waiting...`, `selecting %s as domain source clock`, `selecting CLOCK_REALTIME for
  synchronization`); tick2's NIC dropping transmit timestamps 08:30-08:50 (`timed out while
  polling for tx timestamp`, the hint that follows, `send delay request failed`, `SLAVE to FAULTY
  on FAULT_DETECTED (FT_UNSPECIFIED)`, `received SYNC without timestamp`) until its ptp4l is
  restarted at 08:52; a lab server announcing on the PTP VLAN at 09:40 (`new foreign master`);
  bc1's ptp4l restarted at 10:05 (its ports INITIALIZING to LISTENING, PRE_MASTER to MASTER; the
  trading hosts' ANNOUNCE_RECEIPT_TIMEOUT_EXPIRES and `selected local clock %s as best master`);
  a cable reseated on tick1 at 10:41 (`link down`, `link up`); chronyd started on tick1 by
  mistake 11:20-11:34 (phc2sys's `clockcheck: ...` lines, huge rms values).
- firewalld 0.9.11 (RHEL 8.9, nftables backend, /var/log/firewalld in the default mixed log
  target: `2024-06-07 06:14:28 ERROR: INVALID_SERVICE: 'node_exporter' not among existing
  services`) on a GitLab CI host with Docker 24 (`ci1-firewalld`, run with --debug=1 since a
  support case) and an SSH bastion with fail2ban's firewallcmd-rich-rules action
  (`bastion1-firewalld`). ci1: Zabbix's `Get('%s', '%s')` every minute and a check of a zone that
  does not exist every ten minutes (`zone.getZoneSettings2('%s')`, the traceback logged at DEBUG1
  over ten lines and a blank one, `INVALID_ZONE: %s`); every CI job's network (`zone.
  getZoneOfInterface('%s')`, `zone.addInterface('%s', '%s')`, `Setting zone of interface '%s'
  to '%s'`, sixteen `direct.passthrough('%s', '%s')` checks and inserts, the deletes and
  `zone.removeInterface('%s', '%s')` when it ends); review apps started with a published port
  (Docker deleting rules that are not there first: `COMMAND_FAILED: '%s %s' failed: iptables:
  %s.`, iptables' message ending in a newline, so a blank line follows); Docker upgraded and
  restarted at 10:40 (`ZONE_ALREADY_SET: '%s' already bound to '%s'`, its chain clean-up with
  `Bad rule` and `No chain/target/match by that name.`). bastion1: fail2ban restarted at 07:30
  (its bans added again: `ALREADY_ENABLED: '%s' already in '%s'`), Ansible reloading firewalld
  at 08:00 (the AllowZoneDrifting warning; the runtime bans dropped, so `NOT_ENABLED: '%s' not
  in '%s'` at later unbans) and adding a service that does not exist every half hour
  (`INVALID_SERVICE`), and a hardening script flushing the nftables ruleset at 09:47 (every ban
  and unban failing until the reload at 10:21: `'python-nftables' failed: internal:0:0-0: Error:
  Could not process rule: No such file or directory` and the same under `COMMAND_FAILED: `, each
  with a blank line, `JSON blob:` and the blob).

Label notes. The heads are context: logrus's time and level, vlog's time, message number,
module (with the thread) and level, the syslog and rsyslog heads, ptp4l's and phc2sys's
monotonic time in brackets, nslcd's `[session] <request> ` (log_log writes the session id and
the request log_setrequest set before each message, as Sidekiq's job tags), firewalld's date and
level label. logrus's fields are attributes, the message alone is LXD's label (the Dqlite
message is formatted: its attempt, server and error are values). A value that is a message of
its own contributes its format (firewalld's FirewallError is `%s: %s` with the error code the
raise site names, `ALREADY_ENABLED: '%s' already in '%s'`; iptables' `iptables: %s.` with
iptc_strerror's text a value; libnftables' error and the blob) while a table's text is a value
(nslcd's myldap_err appends ldap_err2string, the diagnostic message and strerror: one label per
call site, `failed to bind to LDAP server %s: %s`; PAM's `%s: %s` is the DN and
ldap_err2string). check_shadow's message is a format of its own (`%s: %s: Password will expire in
%ld days`). ptp4l's port name `port %d (%s)` is written by the call site and is part of the
template; port states, events, fault types and message types are enum names (values), as are
BFD's states and diagnostics. A word picked by branch is wording (OVS's `[POLLIN]`, the
flow_mods report's `%lld s ago` / `in the %lld s starting %lld s ago`, ptp4l's `link up` /
`link down`), while the flow_mods report's `%d adds`, `%d deletes`, `%d modifications` are
optional pieces of one label (as SRS's hybrid pieces); OVS's coverage counter names and fd
descriptions, Docker's iptables arguments, user names, DNs and LDAP URIs are values. The lines
after the first of an event (the firewalld traceback, blank lines, the JSON blob) have no label.
nslcd writes microseconds, OVS milliseconds, the others whole seconds, where Clock keeps one
process's lines a second apart.

Least sure (written from the helper's knowledge; ptp4l's and phc2sys's messages, nslcd's
myldap, PAM and main-loop messages, firewalld's logger, D-Bus debug lines, error strings and
nftables error, and LXD's snapshot tasks and instance messages were read in copies of their sources):
LXD 5.0's `Creating container` / `Deleting container` wording for snapshots and the order of an
ephemeral container's deletion and `Stopped container`, `Excluding offline member from refresh`
and its fields, the heartbeat error text, the Dqlite dial message, `Failed starting container`'s
fields; OVS's flow_mods pieces (read from memory of connmgr.c), the policing warning before the
deletion, `received packet on unassociated datapath port %u` without the suffix of later
versions, the coverage counters and their rate limit, the BFD diagnostics after down->init, the
memory report's keys and the thread names; nslcd's GnuTLS diagnostic `TLS: peer cert untrusted
or revoked (0x42)`, `Server is unavailable` on a fast failure, and the request formats (`passwd=%lu`,
`group/member="%s"`); linuxptp 4.2's `selecting %s as domain source clock` (older releases say
`as the master clock`) and phc2sys's order of lines after a port state change; firewalld's blank
line after an iptables error, the traceback's line numbers, whether Docker 24 deletes its DNAT
rules before adding them, and the blobs' exact expressions.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at, in_any
from generate_round186 import rfc3339us

# ----------------------------------------------------------------------------------- linuxptp

PTP_GM_A = "ec4670.fffe.0a81c2"  # the primary grandmaster (GNSS)
PTP_GM_B = "ec4670.fffe.0a93f7"  # the backup grandmaster
PTP_LAB = "3cecef.fffe.5d21a7"  # a lab server plugged into the PTP VLAN by mistake
# host: (seconds since boot at 06:00, ptp4l pid, phc2sys pid, clock identity, PHC)
PTP_HOSTS = {
    "bc1": (3_541_876.412, 1423, 1431, "b49691.fffe.3c2e10", "/dev/ptp2"),
    "tick1": (812_344.907, 1311, 1318, "3cfdfe.fffe.a1b2c4", "/dev/ptp1"),
    "tick2": (812_290.133, 1297, 1305, "3cfdfe.fffe.a1b9e8", "/dev/ptp1"),
}
PTP_TICK_IF = "ens2f0"
# the boundary clock's ports: 1 upstream (slave), 2 to tick1, 3 to tick2 (masters)
PTP_BC_PORTS = {1: "ens1f0", 2: "ens1f1", 3: "ens1f2"}
PTP_TICK_PARENT = {"tick1": 2, "tick2": 3}

L_RMS = "rms %4.0f max %4.0f freq %+6.0f +/- %3.0f delay %5.0f +/- %3.0f"
L_PHC_RMS = "%s rms %4.0f max %4.0f freq %+6.0f +/- %3.0f delay %5.0f +/- %3.0f"
L_TRANS = "port %d (%s): %s to %s on %s"
L_TRANS_FT = "port %d (%s): %s to %s on %s (%s)"
L_BEST = "selected best master clock %s"
L_LOCAL = "selected local clock %s as best master"
L_FOREIGN = "port %d (%s): new foreign master %s"
L_CHANGED = "port %s changed state"
L_RECONF = "reconfiguring after port state change"
L_SEL_SYNC = "selecting %s for synchronization"
L_SEL_SRC = "selecting %s as domain source clock"
L_SEL_RT = "selecting CLOCK_REALTIME for synchronization"
L_SKIP = "skipping %s: %s has the same clock and is already selected"
L_NOTREADY = "source clock not ready, waiting..."


def linuxptp(r: random.Random) -> list[Log]:
    """ptp4l and phc2sys (linuxptp 4.2, RHEL 9.4) on a Linux boundary clock (bc1: port 1
    ens1f0 towards the grandmasters, ports 2 and 3 serving tick1 and tick2) and two trading
    hosts, 06:00 to 12:00: the primary grandmaster losing GNSS 07:12-07:58 (the backup selected
    and given back), tick2's NIC dropping transmit timestamps 08:30-08:50 (ports faulting) until
    its ptp4l is restarted with a longer tx_timestamp_timeout, a lab server announcing on the PTP
    VLAN at 09:40, bc1's ptp4l restarted at 10:05 (its slaves losing their master), a cable
    reseated on tick1 at 10:41 and chronyd started on tick1 by mistake 11:20-11:34."""
    fs = Files()
    pids = {
        (h, p): v
        for h, (_, a, b, _, _) in PTP_HOSTS.items()
        for p, v in (("ptp4l", a), ("phc2sys", b))
    }
    boot = {h: T0 - sec(v[0]) for h, v in PTP_HOSTS.items()}

    restarts: dict[tuple[str, str], tuple[datetime, int]] = {}

    def P(h: str, prog: str, t: datetime, label: str, msg: str) -> datetime:
        pid = pids[(h, prog)]
        if (h, prog) in restarts and t >= restarts[(h, prog)][0]:
            pid = restarts[(h, prog)][1]

        def text(x: datetime) -> list[str]:
            mono = (x - boot[h]).total_seconds()
            s = int(mono)
            ms = int((mono - s) * 1000)
            return [f"{syslog_ts(x)} {h} {prog}[{pid}]: [{s}.{ms:03d}] {msg}"]

        return fs.add(f"{h}-ptp.log", t, label, text, (h, prog, pid), 1_000_000)

    def pname(h: str, port: int) -> str:
        return f"port {port} ({PTP_BC_PORTS[port] if h == 'bc1' else PTP_TICK_IF})"

    def trans(h: str, t: datetime, port: int, a: str, b: str, ev: str) -> datetime:
        return P(h, "ptp4l", t, L_TRANS, f"{pname(h, port)}: {a} to {b} on {ev}")

    def changed(h: str, t: datetime, port: int) -> datetime:
        return P(h, "phc2sys", t, L_CHANGED, f"port {PTP_HOSTS[h][3]}-{port} changed state")

    def reconf(h: str, t: datetime, state: str) -> datetime:
        """phc2sys -a -r reconfiguring after a port of its ptp4l changed state; `state` is
        the state of the host's upstream port (port 1)."""
        t = P(h, "phc2sys", t, L_RECONF, "reconfiguring after port state change")
        up = "ens1f0" if h == "bc1" else PTP_TICK_IF
        if h == "bc1":
            t = P(h, "phc2sys", t, L_SEL_SYNC, "selecting ens1f1 for synchronization")
            t = P(
                h,
                "phc2sys",
                t,
                L_SKIP,
                "skipping ens1f2: ens1f1 has the same clock and is already selected",
            )
        elif state != "SLAVE" and state != "UNCALIBRATED":
            t = P(h, "phc2sys", t, L_SEL_SYNC, f"selecting {up} for synchronization")
        if state == "UNCALIBRATED":
            return P(h, "phc2sys", t, L_NOTREADY, "source clock not ready, waiting...")
        if state == "SLAVE":
            t = P(h, "phc2sys", t, L_SEL_SRC, f"selecting {up} as domain source clock")
            t = P(h, "phc2sys", t, L_SEL_RT, "selecting CLOCK_REALTIME for synchronization")
        return t

    def port_change(
        h: str, t: datetime, a: str, b: str, ev: str, port: int = 1, ft: str = ""
    ) -> datetime:
        """A transition of the host's port `port`, and phc2sys following it."""
        if ft:
            t = P(h, "ptp4l", t, L_TRANS_FT, f"{pname(h, port)}: {a} to {b} on {ev} ({ft})")
        else:
            t = trans(h, t, port, a, b, ev)
        t2 = changed(h, t + sec(r.uniform(0.3, 0.9)), port)
        up_state = b if port == 1 else "SLAVE"
        reconf(h, t2 + sec(r.uniform(0.05, 0.4)), up_state)
        return t

    # windows without synchronisation, per host (for the summary lines)
    gaps: dict[str, list[tuple[datetime, datetime]]] = {h: [] for h in PTP_HOSTS}
    rt_bad = (at(11, 20, 41), at(11, 34, 5))  # chronyd fighting phc2sys on tick1

    # --- the primary grandmaster in holdover, the backup selected (07:12) and given back (07:58)
    for t_sw, new_gm in [(at(7, 12, 33.4), PTP_GM_B), (at(7, 58, 6.1), PTP_GM_A)]:
        t = P("bc1", "ptp4l", t_sw, L_BEST, f"selected best master clock {new_gm}")
        t = port_change("bc1", t + sec(0.001), "SLAVE", "UNCALIBRATED", "RS_SLAVE")
        port_change(
            "bc1", t + sec(r.uniform(2.5, 4.5)), "UNCALIBRATED", "SLAVE", "MASTER_CLOCK_SELECTED"
        )
        for tick in ["tick1", "tick2"]:
            P(
                tick,
                "ptp4l",
                t_sw + sec(r.uniform(0.4, 1.6)),
                L_BEST,
                f"selected best master clock {new_gm}",
            )

    def gm_at(t: datetime) -> str:
        return PTP_GM_B if at(7, 12, 33) <= t < at(7, 58, 6) else PTP_GM_A

    # --- tick2's NIC dropping transmit timestamps, 08:30-08:50
    def tick_resync(h: str, t: datetime, new_fm: bool) -> datetime:
        """From LISTENING back to SLAVE once the boundary clock's announces arrive."""
        if new_fm:
            t = P(
                h,
                "ptp4l",
                t,
                L_FOREIGN,
                f"{pname(h, 1)}: new foreign master {PTP_HOSTS['bc1'][3]}-{PTP_TICK_PARENT[h]}",
            )
            t += sec(r.uniform(1.6, 2.3))
        t = P(h, "ptp4l", t, L_BEST, f"selected best master clock {gm_at(t)}")
        t = port_change(h, t + sec(0.001), "LISTENING", "UNCALIBRATED", "RS_SLAVE")
        return port_change(
            h, t + sec(r.uniform(2.2, 4.0)), "UNCALIBRATED", "SLAVE", "MASTER_CLOCK_SELECTED"
        )

    faults = sorted(at(8, 30, 0) + sec(r.uniform(0, 1180)) for _ in range(7))
    kept: list[datetime] = []
    for f in faults:
        if not kept or (f - kept[-1]).total_seconds() > 75:
            kept.append(f)
    for f in kept:
        t = P(
            "tick2",
            "ptp4l",
            f,
            "timed out while polling for tx timestamp",
            "timed out while polling for tx timestamp",
        )
        t = P(
            "tick2",
            "ptp4l",
            t,
            "increasing tx_timestamp_timeout or increasing kworker priority may correct this issue, but a driver bug likely causes it",
            "increasing tx_timestamp_timeout or increasing kworker priority may correct this issue, but a driver bug likely causes it",
        )
        t = P(
            "tick2",
            "ptp4l",
            t,
            "port %d (%s): send delay request failed",
            f"{pname('tick2', 1)}: send delay request failed",
        )
        t = port_change("tick2", t, "SLAVE", "FAULTY", "FAULT_DETECTED", ft="FT_UNSPECIFIED")
        t = port_change(
            "tick2", t + sec(16 + r.uniform(0, 0.2)), "FAULTY", "LISTENING", "INIT_COMPLETE"
        )
        t = tick_resync("tick2", t + sec(r.uniform(0.8, 1.4)), True)
        gaps["tick2"].append((f - sec(1), t + sec(2)))
    for t in poisson(r, at(8, 29, 40), at(8, 50, 30), 70):
        P(
            "tick2",
            "ptp4l",
            t,
            "port %d (%s): received %s without timestamp",
            f"{pname('tick2', 1)}: received SYNC without timestamp",
        )
    # tick2's ptp4l restarted with tx_timestamp_timeout 50 at 08:52
    t = at(8, 52, 14.2)
    gaps["tick2"].append((t - sec(1), t + sec(14)))
    restarts[("tick2", "ptp4l")] = (t, 41877)
    t = P(
        "tick2",
        "ptp4l",
        t,
        "selected %s as PTP clock",
        f"selected {PTP_HOSTS['tick2'][4]} as PTP clock",
    )
    t = port_change("tick2", t + sec(0.02), "INITIALIZING", "LISTENING", "INIT_COMPLETE")
    for uds in ["/var/run/ptp4l", "/var/run/ptp4lro"]:
        t = P(
            "tick2",
            "ptp4l",
            t + sec(0.001),
            L_TRANS,
            f"port 0 ({uds}): INITIALIZING to LISTENING on INIT_COMPLETE",
        )
    tick_resync("tick2", t + sec(r.uniform(0.6, 1.1)), True)

    # --- the lab server announcing on the PTP VLAN at 09:40 (clockClass 248: never selected)
    P(
        "bc1",
        "ptp4l",
        at(9, 40, 12.7),
        L_FOREIGN,
        f"{pname('bc1', 1)}: new foreign master {PTP_LAB}-1",
    )

    # --- bc1's ptp4l restarted at 10:05 to load a new configuration
    t_stop = at(10, 5, 12.3)
    restarts[("bc1", "ptp4l")] = (t_stop, 30588)
    t = P(
        "bc1",
        "ptp4l",
        t_stop + sec(1.9),
        "selected %s as PTP clock",
        f"selected {PTP_HOSTS['bc1'][4]} as PTP clock",
    )
    for port in [1, 2, 3]:
        t = trans("bc1", t + sec(0.02), port, "INITIALIZING", "LISTENING", "INIT_COMPLETE")
    for uds in ["/var/run/ptp4l", "/var/run/ptp4lro"]:
        t = P(
            "bc1",
            "ptp4l",
            t + sec(0.001),
            L_TRANS,
            f"port 0 ({uds}): INITIALIZING to LISTENING on INIT_COMPLETE",
        )
    t = P(
        "bc1",
        "ptp4l",
        t + sec(0.7),
        L_FOREIGN,
        f"{pname('bc1', 1)}: new foreign master {PTP_GM_A}-1",
    )
    t = P(
        "bc1",
        "ptp4l",
        t + sec(0.2),
        L_FOREIGN,
        f"{pname('bc1', 1)}: new foreign master {PTP_GM_B}-1",
    )
    t = P("bc1", "ptp4l", t + sec(1.8), L_BEST, f"selected best master clock {PTP_GM_A}")
    t = port_change("bc1", t + sec(0.001), "LISTENING", "UNCALIBRATED", "RS_SLAVE")
    for port in [2, 3]:
        t = trans("bc1", t + sec(0.001), port, "LISTENING", "PRE_MASTER", "RS_MASTER")
    t_master = t + sec(2.0)
    for port in [2, 3]:
        t = trans(
            "bc1",
            t_master + sec(0.001 * port),
            port,
            "PRE_MASTER",
            "MASTER",
            "QUALIFICATION_TIMEOUT_EXPIRES",
        )
    port_change(
        "bc1", t_master + sec(r.uniform(1.5, 2.5)), "UNCALIBRATED", "SLAVE", "MASTER_CLOCK_SELECTED"
    )
    gaps["bc1"].append((t_stop - sec(1), t_master + sec(4)))
    for tick in ["tick1", "tick2"]:
        tt = t_stop + sec(3 + r.uniform(0.05, 0.9))
        tt = port_change(tick, tt, "SLAVE", "LISTENING", "ANNOUNCE_RECEIPT_TIMEOUT_EXPIRES")
        tt = P(
            tick,
            "ptp4l",
            tt + sec(0.001),
            L_LOCAL,
            f"selected local clock {PTP_HOSTS[tick][3]} as best master",
        )
        tt = tick_resync(tick, t_master + sec(r.uniform(0.3, 1.1)), False)
        gaps[tick].append((t_stop, tt + sec(2)))

    # --- a cable reseated on tick1 at 10:41
    t = at(10, 41, 27.8)
    t = P("tick1", "ptp4l", t, "port %d (%s): link down", f"{pname('tick1', 1)}: link down")
    t = port_change(
        "tick1", t + sec(0.001), "SLAVE", "FAULTY", "FAULT_DETECTED", ft="FT_UNSPECIFIED"
    )
    t = P(
        "tick1",
        "ptp4l",
        t + sec(r.uniform(6, 9)),
        "port %d (%s): link up",
        f"{pname('tick1', 1)}: link up",
    )
    t = port_change("tick1", t + sec(r.uniform(14, 16)), "FAULTY", "LISTENING", "INIT_COMPLETE")
    t = tick_resync("tick1", t + sec(r.uniform(0.8, 1.4)), True)
    gaps["tick1"].append((at(10, 41, 26), t + sec(2)))

    # --- chronyd started on tick1 by a configuration push, 11:20-11:34
    P(
        "tick1",
        "phc2sys",
        rt_bad[0] + sec(0.4),
        "clockcheck: clock jumped backward or running slower than expected!",
        "clockcheck: clock jumped backward or running slower than expected!",
    )
    for t in poisson(r, rt_bad[0] + sec(40), rt_bad[1], 160):
        P(
            "tick1",
            "phc2sys",
            t,
            "clockcheck: clock frequency changed unexpectedly!",
            "clockcheck: clock frequency changed unexpectedly!",
        )

    # --- the summary lines: ptp4l every 64 s (summary_interval 6), phc2sys every 60 s (-u 60)
    freq = {"bc1": -2147.0, "tick1": 3391.0, "tick2": -1208.0}
    pfreq = {"bc1": 10283.0, "tick1": -4417.0, "tick2": 8826.0}
    delay = {"bc1": 612.0, "tick1": 1034.0, "tick2": 1041.0}
    for h in PTP_HOSTS:
        t = T0 + sec(r.uniform(1, 63))
        while t < T_END:
            if not in_any(t, gaps[h]):
                near = (
                    in_any(t, [(at(7, 12, 30), at(7, 14, 0)), (at(7, 58, 0), at(7, 59, 30))])
                    and h == "bc1"
                )
                rms = r.uniform(40, 260) if near else r.uniform(2, 11)
                freq[h] += r.gauss(0, 1.5)
                P(
                    h,
                    "ptp4l",
                    t,
                    L_RMS,
                    f"rms {rms:4.0f} max {rms * r.uniform(1.8, 3.2):4.0f} freq {freq[h]:+6.0f} +/- {r.uniform(1, 7) * (6 if near else 1):3.0f} delay {delay[h] + r.gauss(0, 1):5.0f} +/- {r.uniform(0.4, 3):3.0f}",
                )
            t += sec(64 + r.uniform(-0.01, 0.01))
        t = T0 + sec(r.uniform(1, 59))
        while t < T_END:
            if not in_any(t, gaps[h]):
                bad = h == "tick1" and in_any(t, [rt_bad])
                rms = r.uniform(2e5, 4.8e6) if bad else r.uniform(2, 9)
                pfreq[h] += r.gauss(0, 2)
                f = pfreq[h] + (r.uniform(-40000, 40000) if bad else 0)
                P(
                    h,
                    "phc2sys",
                    t,
                    L_PHC_RMS,
                    f"CLOCK_REALTIME rms {rms:4.0f} max {rms * r.uniform(1.6, 2.8):4.0f} freq {f:+6.0f} +/- {r.uniform(1, 9) * (900 if bad else 1):3.0f} delay {r.uniform(470, 520):5.0f} +/- {r.uniform(0.5, 4):3.0f}",
                )
            t += sec(60 + r.uniform(-0.01, 0.01))
    return fs.logs(T0)


# ------------------------------------------------------------------------------ ovs-vswitchd

OVS_HOSTS = {
    # host: (main thread's message number at 06:00, VMs running at 06:00, first free ofport)
    "cmp1": (31207, 17, 112),
    "cmp2": (28874, 19, 97),
    "cmp3": (30012, 16, 104),
}
OVS_TUNNELS = {
    "cmp1": "ovn-5d0e71-0",
    "cmp2": "ovn-a34f9b-0",
    "cmp3": "ovn-c1b872-0",
    "gw1": "ovn-2f8d13-0",
    "gw2": "ovn-9b2c4e-0",
}
# (counter, events per second in normal load, total at 06:00 in millions)
OVS_COVERAGE = [
    ("bridge_reconfigure", 0.0, 0.000912),
    ("ofproto_flush", 0.0, 0.000002),
    ("ofproto_packet_out", 1.1, 2.3),
    ("ofproto_recv_openflow", 0.9, 4.1),
    ("ofproto_update_port", 0.0, 0.0041),
    ("rev_reconfigure", 0.0, 0.00093),
    ("rev_port_toggled", 0.0, 0.00021),
    ("rev_flow_table", 0.1, 0.22),
    ("rev_mac_learning", 0.2, 0.41),
    ("handler_duplicate_upcall", 0.4, 0.93),
    ("upcall_flow_limit_hit", 0.0, 0.0),
    ("upcall_ukey_contention", 0.0, 0.0011),
    ("upcall_ukey_replace", 0.3, 0.72),
    ("dumped_duplicate_flow", 0.0, 0.0032),
    ("dumped_new_flow", 0.1, 0.19),
    ("xlate_actions", 410.0, 1131.0),
    ("xlate_actions_oversize", 0.0, 0.0),
    ("xlate_actions_too_many_output", 0.0, 0.0007),
    ("cmap_expand", 0.3, 0.61),
    ("cmap_shrink", 0.2, 0.52),
    ("datapath_drop_upcall_error", 0.0, 0.0003),
    ("datapath_drop_lock_error", 0.0, 0.0),
    ("dpif_port_add", 0.0, 0.0032),
    ("dpif_port_del", 0.0, 0.0031),
    ("dpif_flow_flush", 0.0, 0.000002),
    ("dpif_flow_get", 0.0, 0.00003),
    ("dpif_flow_put", 6.3, 17.1),
    ("dpif_flow_del", 6.2, 17.0),
    ("dpif_execute", 4.1, 11.4),
    ("dpif_execute_with_help", 0.1, 0.26),
    ("flow_extract", 4.0, 10.9),
    ("miniflow_malloc", 9.3, 25.2),
    ("hindex_pathological", 0.0, 0.0),
    ("hindex_expand", 0.0, 0.0011),
    ("hmap_pathological", 0.1, 0.14),
    ("hmap_expand", 212.0, 583.0),
    ("hmap_shrink", 0.0, 0.012),
    ("mac_learning_learned", 0.1, 0.16),
    ("mac_learning_expired", 0.1, 0.15),
    ("netdev_received", 91.0, 249.0),
    ("netdev_sent", 103.0, 281.0),
    ("netdev_get_stats", 4.0, 10.8),
    ("netdev_set_policing", 0.0, 0.0061),
    ("netdev_get_ifindex", 0.0, 0.0033),
    ("netdev_get_hwaddr", 0.0, 0.0091),
    ("netdev_get_ethtool", 0.0, 0.0072),
    ("netlink_received", 32.0, 88.0),
    ("netlink_recv_jumbo", 1.2, 3.3),
    ("netlink_sent", 30.0, 83.0),
    ("nln_changed", 0.0, 0.0049),
    ("poll_create_node", 96.0, 262.0),
    ("poll_zero_timeout", 2.0, 5.4),
    ("rconn_queued", 0.9, 2.6),
    ("rconn_sent", 0.9, 2.6),
    ("seq_change", 64.0, 176.0),
    ("pstream_open", 0.0, 0.000003),
    ("stream_open", 0.0, 0.000001),
    ("unixctl_received", 0.0, 0.0052),
    ("unixctl_replied", 0.0, 0.0052),
    ("util_xalloc", 3180.0, 8702.0),
    ("vconn_received", 0.9, 4.1),
    ("vconn_sent", 1.0, 2.9),
    ("txn_unchanged", 0.1, 0.21),
    ("txn_incomplete", 0.0, 0.018),
    ("txn_success", 0.0, 0.0093),
    ("txn_try_again", 0.0, 0.0),
    ("ofproto_dpif_expired", 6.1, 16.8),
]


def ovs_vswitchd(r: random.Random) -> list[Log]:
    """ovs-vswitchd 2.17.9 (Ubuntu 22.04) on three OpenStack compute nodes with OVN (cmp1, cmp2,
    cmp3), 06:00 to 12:00: a CI tenant's VMs booted and deleted all morning (taps added and
    deleted, ovn-controller's flow mods reported in batches, the deleted tap's policing and
    upcall warnings), an ARP storm from a tenant's looping bridge on cmp2 08:40-08:55 (resubmit
    limit warnings, long poll intervals with their coverage dumps, CPU wakeups, a revalidator
    falling behind, memory growth), the gateway node gw2 rebooted at 09:30 (BFD on every tunnel
    to it down and up again) and cmp1's ovn-controller restarted at 10:50 (its connection closed,
    every flow installed again over a new one)."""
    fs = Files()

    def V(
        h: str, t: datetime, module: str, level: str, label: str, msg: str, thread: str = ""
    ) -> datetime:
        mod = f"{module}({thread})" if thread else module
        key = f"\x01{thread or 'main'}\x01"

        def text(x: datetime) -> list[str]:
            return [f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z|{key}|{mod}|{level}|{msg}"]

        return fs.add(f"{h}-ovs-vswitchd.log", t, label, text, (h, thread or "main"), 1000)

    handlers = {h: [f"handler{i}" for i in range(3, 19)] for h in OVS_HOSTS}
    revalidators = {h: [f"revalidator{i}" for i in range(19, 25)] for h in OVS_HOSTS}
    monitor = {"cmp1": "monitor131", "cmp2": "monitor130", "cmp3": "monitor131"}

    # --- the VMs: taps with OpenFlow and datapath port numbers
    ops: dict[str, list[tuple[datetime, str, int]]] = {h: [] for h in OVS_HOSTS}
    conn = {h: "br-int<->unix#3" for h in OVS_HOSTS}
    next_ofport = {h: v[2] for h, v in OVS_HOSTS.items()}
    next_odp = {h: v[2] - 71 for h, v in OVS_HOSTS.items()}
    running: dict[str, list[tuple[str, int, int]]] = {h: [] for h in OVS_HOSTS}
    for h, (_, n, _) in OVS_HOSTS.items():
        for _ in range(n):
            running[h].append(
                (
                    f"tap{uuid4(r)[:11]}",
                    r.randint(8, next_ofport[h] - 1),
                    r.randint(4, next_odp[h] - 1),
                )
            )

    def boot(h: str, t: datetime) -> None:
        tap = f"tap{uuid4(r)[:11]}"
        ofp, odp = next_ofport[h], next_odp[h]
        next_ofport[h] += 1
        next_odp[h] += 1
        running[h].append((tap, ofp, odp))
        V(
            h,
            t,
            "bridge",
            "INFO",
            "bridge %s: added interface %s on port %d",
            f"bridge br-int: added interface {tap} on port {ofp}",
        )
        ops[h].append((t + sec(r.uniform(0.4, 1.8)), "adds", r.randint(96, 148)))
        if r.random() < 0.3:
            ops[h].append((t + sec(r.uniform(2, 5)), "modifications", r.randint(2, 8)))

    def delete(h: str, t: datetime) -> None:
        if not running[h]:
            return
        tap, ofp, odp = running[h].pop(r.randrange(len(running[h])))
        t = V(
            h,
            t,
            "netdev_linux",
            "WARN",
            "%s: removing policing failed: %s",
            f"{tap}: removing policing failed: No such device",
        )
        t = V(
            h,
            t + sec(r.uniform(0.05, 0.4)),
            "bridge",
            "INFO",
            "bridge %s: deleted interface %s on port %d",
            f"bridge br-int: deleted interface {tap} on port {ofp}",
        )
        ops[h].append((t + sec(r.uniform(0.3, 1.2)), "deletes", r.randint(90, 140)))
        if r.random() < 0.3:
            V(
                h,
                t + sec(r.uniform(0.2, 3)),
                "ofproto_dpif_upcall",
                "INFO",
                "received packet on unassociated datapath port %u",
                f"received packet on unassociated datapath port {odp}",
                thread=r.choice(handlers[h]),
            )

    for h in OVS_HOSTS:
        for t in poisson(r, T0, T_END, 165):
            boot(h, t)
            lifetime = r.uniform(240, 2400)
            if t + sec(lifetime) < T_END:
                delete(h, t + sec(lifetime))

    # --- the ARP storm on cmp2, 08:40-08:55
    storm = (at(8, 40, 11), at(8, 55, 38))
    vm_mac = "fa:16:3e:5b:91:c4"
    for t in poisson(r, storm[0], storm[1], 9):
        thr = r.choice(handlers["cmp2"])
        if r.random() < 0.35:
            t = V(
                "cmp2",
                t,
                "ofproto_dpif_xlate",
                "WARN",
                "Dropped %u log messages in last %lld seconds (most recently, %lld seconds ago) due to excessive rate",
                f"Dropped {r.randint(3, 140)} log messages in last {r.randint(5, 12)} seconds (most recently, {r.randint(0, 4)} seconds ago) due to excessive rate",
                thread=thr,
            )
        ip = f"10.42.7.{r.choice([1, 17, 23, 54, 88])}"
        V(
            "cmp2",
            t + sec(0.0004),
            "ofproto_dpif_xlate",
            "WARN",
            "over %d resubmit actions on bridge %s while processing %s",
            f"over 4096 resubmit actions on bridge br-int while processing arp,in_port=47,vlan_tci=0x0000,dl_src={vm_mac},dl_dst=ff:ff:ff:ff:ff:ff,arp_spa=10.42.7.31,arp_tpa={ip},arp_op=1,arp_sha={vm_mac},arp_tha=00:00:00:00:00:00",
            thread=thr,
        )
    cov = {name: tot * 1e6 for name, _, tot in OVS_COVERAGE}
    long_polls = [storm[0] + sec(v) for v in (47.2, 161.9, 388.4, 702.3)]
    for i, t in enumerate(long_polls):
        ms = r.randint(1043, 2891)
        t = V(
            "cmp2",
            t,
            "timeval",
            "WARN",
            "Unreasonably long %lldms poll interval (%lldms user, %lldms system)",
            f"Unreasonably long {ms}ms poll interval ({int(ms * r.uniform(0.55, 0.7))}ms user, {int(ms * r.uniform(0.2, 0.3))}ms system)",
        )
        t = V(
            "cmp2",
            t,
            "timeval",
            "WARN",
            "faults: %ld minor, %ld major",
            f"faults: {r.randint(1200, 31000)} minor, 0 major",
        )
        t = V(
            "cmp2",
            t,
            "timeval",
            "WARN",
            "context switches: %ld voluntary, %ld involuntary",
            f"context switches: {r.randint(40, 900)} voluntary, {r.randint(200, 2600)} involuntary",
        )
        if i == 3:
            continue  # the coverage log's own rate limit
        hsh = hexid(r, 8)
        t = V(
            "cmp2",
            t,
            "coverage",
            "INFO",
            "Event coverage, avg rate over last: %d seconds, last minute, last hour,  hash=%08x:",
            f"Event coverage, avg rate over last: 5 seconds, last minute, last hour,  hash={hsh}:",
        )
        never = 0
        for name, rate, _ in OVS_COVERAGE:
            cov[name] += rate * (i + 1) * 600 + (r.randint(0, 9) if rate else 0)
            if name in (
                "xlate_actions",
                "hmap_expand",
                "util_xalloc",
                "miniflow_malloc",
                "netdev_sent",
                "poll_create_node",
                "seq_change",
            ):
                boost = 40.0
            else:
                boost = 1.0
            total = int(cov[name])
            if total == 0:
                never += 1
                continue
            five = rate * boost * r.uniform(0.8, 1.2)
            minute = rate * (boost * 0.8 if boost > 1 else 1) * r.uniform(0.85, 1.15)
            hour = rate * (1 + (boost - 1) * 0.1) * r.uniform(0.95, 1.05)
            t = V(
                "cmp2",
                t,
                "coverage",
                "INFO",
                "%-24s %5.1f/sec %9.3f/sec %13.4f/sec   total: %llu",
                f"{name:<24s} {five:5.1f}/sec {minute:9.3f}/sec {hour:13.4f}/sec   total: {total}",
            )
        V("cmp2", t, "coverage", "INFO", "%d events never hit", f"{never + 48} events never hit")
    for t in poisson(r, storm[0] + sec(20), storm[1], 26):
        if r.random() < 0.3:
            t = V(
                "cmp2",
                t,
                "poll_loop",
                "INFO",
                "Dropped %u log messages in last %lld seconds (most recently, %lld seconds ago) due to excessive rate",
                f"Dropped {r.randint(2, 60)} log messages in last {r.randint(5, 9)} seconds (most recently, {r.randint(0, 3)} seconds ago) due to excessive rate",
            )
        cpu = r.randint(71, 100)
        if r.random() < 0.6:
            fd, desc, where = r.choice(
                [
                    (25, "<->/var/run/openvswitch/db.sock", "../lib/stream-fd.c:157"),
                    (37, "FIFO pipe:[4218817]", "../lib/ovs-rcu.c:236"),
                    (14, "NETLINK_ROUTE<->NETLINK_ROUTE<->", "../lib/netlink-socket.c:1401"),
                    (91, "unix#3", "../lib/stream-fd.c:274"),
                ]
            )
            V(
                "cmp2",
                t + sec(0.001),
                "poll_loop",
                "INFO",
                "wakeup due to [POLLIN] on fd %d (%s) at %s (%d%% CPU usage)",
                f"wakeup due to [POLLIN] on fd {fd} ({desc}) at {where} ({cpu}% CPU usage)",
            )
        else:
            where = r.choice(
                [
                    "../ofproto/ofproto-dpif.c:1975",
                    "../vswitchd/bridge.c:3260",
                    "../lib/dpif-netlink.c:3107",
                ]
            )
            V(
                "cmp2",
                t + sec(0.001),
                "poll_loop",
                "INFO",
                "wakeup due to %d-ms timeout at %s (%d%% CPU usage)",
                f"wakeup due to 0-ms timeout at {where} ({cpu}% CPU usage)",
            )
    for t in poisson(r, storm[0] + sec(60), storm[1], 140):
        V(
            "cmp2",
            t,
            "ofproto_dpif_upcall",
            "WARN",
            "Spent an unreasonably long %lldms dumping flows",
            f"Spent an unreasonably long {r.randint(2001, 4890)}ms dumping flows",
            thread=r.choice(revalidators["cmp2"]),
        )
    t = V(
        "cmp2",
        storm[0] + sec(431.7),
        "memory",
        "INFO",
        "peak resident set size grew %.0f%% in last %.1f seconds, from %lld kB to %lld kB",
        f"peak resident set size grew 52% in last 18391.6 seconds, from 231840 kB to {231840 * 152 // 100} kB",
    )
    V(
        "cmp2",
        t,
        "memory",
        "INFO",
        "handlers:%d idl-cells:%d ports:%d revalidators:%d rules:%d udpif keys:%d",
        f"handlers:16 idl-cells:4217 ports:{len(running['cmp2']) + 7} revalidators:6 rules:26844 udpif keys:{r.randint(180000, 200000)}",
    )

    # --- gw2 rebooted at 09:30: BFD on each node's tunnel to it, ovn-controller moving the ports
    gw = OVS_TUNNELS["gw2"]
    for h in OVS_HOSTS:
        t = V(
            h,
            at(9, 30, 14) + sec(r.uniform(0, 0.9)),
            "bfd",
            "INFO",
            '%s: BFD state change: %s->%s "%s"->"%s".',
            f'{gw}: BFD state change: up->down "No Diagnostic"->"Control Detection Time Expired".',
            thread=monitor[h],
        )
        ops[h].append((t + sec(r.uniform(0.5, 1.5)), "adds", r.randint(300, 420)))
        ops[h].append((t + sec(r.uniform(0.5, 1.5)), "deletes", r.randint(300, 420)))
        t = V(
            h,
            at(9, 34, 41) + sec(r.uniform(0, 0.9)),
            "bfd",
            "INFO",
            '%s: BFD state change: %s->%s "%s"->"%s".',
            f'{gw}: BFD state change: down->init "Control Detection Time Expired"->"No Diagnostic".',
            thread=monitor[h],
        )
        t = V(
            h,
            t + sec(r.uniform(0.3, 0.9)),
            "bfd",
            "INFO",
            '%s: BFD state change: %s->%s "%s"->"%s".',
            f'{gw}: BFD state change: init->up "No Diagnostic"->"No Diagnostic".',
            thread=monitor[h],
        )
        ops[h].append((t + sec(r.uniform(20, 40)), "adds", r.randint(300, 420)))
        ops[h].append((t + sec(r.uniform(20, 40)), "deletes", r.randint(300, 420)))

    # --- cmp1's ovn-controller restarted at 10:50
    ovnc_restart = at(10, 50, 22.6)
    t = V(
        "cmp1",
        ovnc_restart,
        "rconn",
        "INFO",
        "%s: connection closed by peer",
        "br-int<->unix#3: connection closed by peer",
    )
    ops["cmp1"].append((t + sec(3.1), "deletes", 1))
    for k, n in enumerate([11240, 9907, 4787]):
        ops["cmp1"].append((t + sec(3.2 + 0.5 * k), "adds", n))
    # new connections: (host, when, name, whether the old connection's pending mods are logged)
    switches = {"cmp1": (ovnc_restart, "br-int<->unix#57", True)}

    # --- ovn-controller's flow mods, reported by connmgr at most every minute per connection
    for h in OVS_HOSTS:
        pend: dict[str, int] = {}
        first = last = nxt = T0
        backoff = T0
        name = conn[h]

        def report(
            when: datetime,
            first: datetime,
            last: datetime,
            pend: dict[str, int],
            name: str,
            h: str = h,
        ) -> None:
            n = sum(pend.values())
            ago = int((when - first).total_seconds())
            interval = int((last - first).total_seconds())
            parts = ", ".join(
                f"{pend[k]} {k}" for k in ("adds", "deletes", "modifications") if pend.get(k)
            )
            if interval and interval != ago:
                V(
                    h,
                    when,
                    "connmgr",
                    "INFO",
                    "%s: %d flow_mods in the %lld s starting %lld s ago (%s)",
                    f"{name}: {n} flow_mods in the {interval} s starting {ago} s ago ({parts})",
                )
            else:
                V(
                    h,
                    when,
                    "connmgr",
                    "INFO",
                    "%s: %d flow_mods %lld s ago (%s)",
                    f"{name}: {n} flow_mods {ago} s ago ({parts})",
                )

        for when, kind, n in sorted(ops[h]):
            new_name = name
            sw = switches.get(h)
            if sw and when >= sw[0]:
                new_name = sw[1]
            if pend and (when >= nxt or new_name != name):
                if new_name != name and nxt > sw[0]:
                    if sw[2]:
                        report(sw[0] + sec(0.0005), first, last, pend, name)
                else:
                    report(nxt, first, last, pend, name)
                pend = {}
            if new_name != name:
                name = new_name
                backoff = T0
            if not pend:
                first = when
                nxt = max(when + sec(10), backoff)
                backoff = nxt + sec(60)
            pend[kind] = pend.get(kind, 0) + n
            last = when
        if pend and nxt < T_END:
            report(nxt, first, last, pend, name)

    logs = fs.logs(T0)
    # the message numbers: one counter per thread, in the order the lines are written
    for log in logs:
        h = log.name.split("-")[0]
        counters: dict[str, int] = {}
        out = []
        for text, tid in log.lines:
            if "\x01" in text:
                a, key, b = text.split("\x01", 2)
                if key not in counters:
                    if key == "main":
                        counters[key] = OVS_HOSTS[h][0]
                    else:
                        counters[key] = r.randint(40, 4200)
                text = f"{a}{counters[key]:05d}{b}"
                counters[key] += 1
            out.append((text, tid))
        log.lines = out
    return logs


# ------------------------------------------------------------------------------------ nslcd

NS_HOSTS = {"bastion1": 812, "bastion2": 798, "build1": 735, "build2": 741, "build3": 729}
NS_LDAP1 = "ldap://ldap1.corp.example.com/"
NS_LDAP2 = "ldap://ldap2.corp.example.com/"
NS_PEOPLE = [
    "alice",
    "bkowalski",
    "cnguyen",
    "dpatel",
    "erik",
    "fmartin",
    "gsato",
    "hlopez",
    "imurphy",
    "jli",
    "deploy",
]
NS_UIDS = {u: 10201 + i * 7 for i, u in enumerate(NS_PEOPLE)}
NS_SERVICE = ["gitlab-runner", "svc-deploy", "svc-artifacts", "svc-sonar", "jenkins"]
NS_BADNAMES = [
    "!root",
    "test#1",
    "admin;",
    "-help",
    "pi*",
    "ubnt%",
    "ftp?",
    "user!",
    "oracle&",
    "*admin",
    "support:",
    "guest^",
    "git+",
    "root'",
    'a"dmin',
]
L_RESULT_FAILED = "ldap_result() failed: %s"
L_BIND_FAILED = "failed to bind to LDAP server %s: %s"
L_CONNECTED = "connected to LDAP server %s"
L_TLS_FAILED = "ldap_start_tls_s() failed (uri=%s): %s"
L_SLEEPING = "no available LDAP server found, sleeping %d seconds"
L_NOSERVER = "no available LDAP server found: %s"


def nslcd(r: random.Random) -> list[Log]:
    """nslcd 0.9.12 (Debian 12, rsyslog's RFC 3339 file lines written to /var/log/nslcd.log by a
    programname rule) on two SSH bastions and three CI build hosts, two LDAP servers, 06:00 to
    12:00: the bastions' idle connections reset by a stateful firewall all morning (no
    idle_timelimit), ldap1 down for patching 07:40-08:05 and back with a self-signed certificate
    until 08:41 (the build hosts, which close idle connections after 60 s, trying it first on every
    reconnect), slapd crashing on both servers at 09:15 for 100 seconds (every lookup retrying and
    failing, a SIGUSR1 on the build hosts afterwards), ldap2 slow under an HR sync 10:20-10:35, and
    bastion2's nslcd restarted at 10:50 with idle_timelimit set; all day the bastions' logins
    (wrong passwords, passwords about to expire, an expired contractor) and scanners' odd user
    names refused by validnames."""
    fs = Files()
    pids = dict(NS_HOSTS)

    def N(
        h: str, t: datetime, label: str, msg: str, req: str | None = None, sid: str | None = ""
    ) -> datetime:
        if sid == "":
            sid = hexid(r, 6)
        pid = pids[h]
        head = f"[{sid}] <{req}> " if req else (f"[{sid}] " if sid else "")
        return fs.add(
            f"{h}-nslcd.log",
            t,
            label,
            lambda x: [f"{rfc3339us(x)} {h} nslcd[{pid}]: {head}{msg}"],
            (h, pid),
            1,
        )

    def req(h: str) -> str:
        if h.startswith("bastion"):
            u = r.choice(NS_PEOPLE)
            k = r.random()
            if k < 0.35:
                return f'passwd="{u}"'
            if k < 0.55:
                return f'group/member="{u}"'
            if k < 0.7:
                return f'shadow="{u}"'
            if k < 0.85:
                return f"passwd={NS_UIDS[u]}"
            return f"group={r.choice([10001, 10004, 10012])}"
        u = r.choice([*NS_SERVICE, "bkowalski", "jli"])
        k = r.random()
        if k < 0.3:
            return f'passwd="{u}"'
        if k < 0.55:
            return f"passwd={r.choice([10391, 10392, 10397, 10410, 10215])}"
        if k < 0.75:
            return f'group/member="{u}"'
        if k < 0.9:
            return f"group={r.choice([10007, 10009, 10012])}"
        return 'group="docker-users"'

    bastions = ["bastion1", "bastion2"]
    builds = ["build1", "build2", "build3"]
    ldap1_down = (at(7, 40, 10), at(8, 5, 31))
    ldap1_tls = (at(8, 5, 31), at(8, 41, 2))
    crash = (at(9, 15, 20.4), at(9, 17, 0.7))
    slow2 = (at(10, 20, 0), at(10, 35, 30))
    restart_b2 = at(10, 50, 12.1)

    # --- the bastions' idle connections reset by the firewall
    for h in bastions:
        for t in poisson(r, T0, T_END, 190):
            if h == "bastion2" and t > restart_b2:
                break
            if in_any(t, [crash, (ldap1_down[0] - sec(60), ldap1_down[0] + sec(90))]):
                continue
            N(
                h,
                t,
                L_RESULT_FAILED,
                "ldap_result() failed: Can't contact LDAP server: Connection reset by peer",
                req(h),
            )

    # --- ldap1 down, then with a self-signed certificate: reconnects falling back to ldap2
    last_fail: dict[str, datetime] = {}

    def reconnect(h: str, t: datetime, phase: str) -> None:
        sid = hexid(r, 6)
        rq = req(h)
        try_ldap1 = h not in last_fail or (t - last_fail[h]).total_seconds() >= 10
        if try_ldap1:
            last_fail[h] = t
            if phase == "down":
                t = N(
                    h,
                    t,
                    L_BIND_FAILED,
                    f"failed to bind to LDAP server {NS_LDAP1}: Can't contact LDAP server: Connection refused",
                    rq,
                    sid,
                )
            else:
                t = N(
                    h,
                    t + sec(r.uniform(0.004, 0.02)),
                    L_TLS_FAILED,
                    f"ldap_start_tls_s() failed (uri={NS_LDAP1}): Connect error: TLS: peer cert untrusted or revoked (0x42)",
                    rq,
                    sid,
                )
                t = N(
                    h,
                    t + sec(0.00004),
                    L_BIND_FAILED,
                    f"failed to bind to LDAP server {NS_LDAP1}: Connect error: TLS: peer cert untrusted or revoked (0x42)",
                    rq,
                    sid,
                )
        N(
            h,
            t + sec(r.uniform(0.002, 0.012)),
            L_CONNECTED,
            f"connected to LDAP server {NS_LDAP2}",
            rq,
            sid,
        )

    for h in bastions:
        for _ in range(5):
            t = ldap1_down[0] + sec(r.uniform(2, 240))
            reconnect(h, t, "down")
    for h in builds:
        for t in poisson(r, ldap1_down[0] + sec(1), ldap1_tls[1], 17):
            reconnect(h, t, "down" if t < ldap1_down[1] else "tls")
        t = ldap1_tls[1] + sec(r.uniform(3, 25))
        N(h, t, L_CONNECTED, f"connected to LDAP server {NS_LDAP1}", req(h))

    # --- slapd crashing on both servers at 09:15: retry storms, then fast failures
    for h in bastions + builds:
        order = [NS_LDAP2, NS_LDAP1] if h.startswith("bastion") else [NS_LDAP1, NS_LDAP2]
        for k in range(2):
            t = crash[0] + sec(r.uniform(0.05, 1.5) + k * r.uniform(0.5, 3))
            sid, rq = hexid(r, 6), req(h)
            while (t - crash[0]).total_seconds() < 10.5:
                for uri in order:
                    t = N(
                        h,
                        t + sec(r.uniform(0.0005, 0.003)),
                        L_BIND_FAILED,
                        f"failed to bind to LDAP server {uri}: Can't contact LDAP server: Connection refused",
                        rq,
                        sid,
                    )
                t = N(
                    h,
                    t + sec(0.0001),
                    L_SLEEPING,
                    "no available LDAP server found, sleeping 1 seconds",
                    rq,
                    sid,
                )
                t += sec(1 + r.uniform(0.0005, 0.002))
            for uri in order:
                t = N(
                    h,
                    t + sec(r.uniform(0.0005, 0.003)),
                    L_BIND_FAILED,
                    f"failed to bind to LDAP server {uri}: Can't contact LDAP server: Connection refused",
                    rq,
                    sid,
                )
            N(
                h,
                t + sec(0.0001),
                L_NOSERVER,
                "no available LDAP server found: Can't contact LDAP server: Connection refused",
                rq,
                sid,
            )
        lastfail = crash[0] + sec(11)
        rate = 6.5 if h.startswith("bastion") else 2.2
        for t in poisson(r, crash[0] + sec(11.5), crash[1] + sec(12), rate):
            if (t - lastfail).total_seconds() >= 10:
                sid, rq = hexid(r, 6), req(h)
                if t < crash[1]:
                    lastfail = t
                    for uri in order:
                        t = N(
                            h,
                            t + sec(r.uniform(0.0005, 0.003)),
                            L_BIND_FAILED,
                            f"failed to bind to LDAP server {uri}: Can't contact LDAP server: Connection refused",
                            rq,
                            sid,
                        )
                    N(
                        h,
                        t + sec(0.0001),
                        L_NOSERVER,
                        "no available LDAP server found: Can't contact LDAP server: Connection refused",
                        rq,
                        sid,
                    )
                else:
                    N(h, t, L_CONNECTED, f"connected to LDAP server {order[0]}", rq, sid)
                    break
            else:
                N(h, t, L_NOSERVER, "no available LDAP server found: Server is unavailable", req(h))
    for h in builds:
        N(
            h,
            crash[1] + sec(r.uniform(4, 6)),
            "caught signal %s (%d), refresh retries",
            "caught signal SIGUSR1 (10), refresh retries",
            sid=None,
        )

    # --- ldap2 slow under an HR sync: the bastions' lookups timing out
    for h in bastions:
        for t in poisson(r, slow2[0], slow2[1], 70):
            N(h, t, "ldap_result() timed out", "ldap_result() timed out", req(h))

    # --- logins on the bastions, and scanners' user names
    for h in bastions:
        for t in poisson(r, T0, T_END, 140):
            if in_any(t, [crash]) or (
                h == "bastion2" and restart_b2 - sec(5) < t < restart_b2 + sec(5)
            ):
                continue
            u = r.choices([*NS_PEOPLE, "ext-jdoe"], weights=[8, 6, 6, 5, 5, 4, 2, 2, 4, 4, 3, 1])[0]
            dn = f"uid={u},ou={'contractors' if u.startswith('ext-') else 'people'},dc=corp,dc=example,dc=com"
            sid = hexid(r, 6)
            if u == "ext-jdoe":
                N(
                    h,
                    t,
                    "%s: %s: Account expired %ld days ago",
                    f"{dn}: shadowExpire: Account expired 12 days ago",
                    f'authz="{u}"',
                    sid,
                )
                continue
            if r.random() < 0.12:
                t = N(h, t, "%s: %s", f"{dn}: Invalid credentials", f'authc="{u}"', sid)
                if r.random() < 0.6:
                    continue
                t += sec(r.uniform(3, 9))
                sid = hexid(r, 6)
            if u in ("gsato", "hlopez"):
                days = 3 if u == "gsato" else 5
                N(
                    h,
                    t + sec(r.uniform(0.05, 0.3)),
                    "%s: %s: Password will expire in %ld days",
                    f"{dn}: shadowWarning: Password will expire in {days} days",
                    f'authz="{u}"',
                    sid,
                )
        for t in poisson(r, T0, T_END, 420):
            name = r.choice(NS_BADNAMES)
            N(
                h,
                t,
                "request denied by validnames option",
                "request denied by validnames option",
                f'passwd="{name}"',
            )

    # --- bastion2's nslcd restarted with idle_timelimit at 10:50
    t = N(
        "bastion2",
        restart_b2,
        "caught signal %s (%d), shutting down",
        "caught signal SIGTERM (15), shutting down",
        sid=None,
    )
    N("bastion2", t + sec(0.0031), "version %s bailing out", "version 0.9.12 bailing out", sid=None)
    pids["bastion2"] = 51127
    t = N("bastion2", t + sec(0.131), "version %s starting", "version 0.9.12 starting", sid=None)
    N("bastion2", t + sec(0.0009), "accepting connections", "accepting connections", sid=None)
    return fs.logs(T0)


# -------------------------------------------------------------------------------- firewalld

FW_PY = "/usr/lib/python3.6/site-packages/firewall"
FW_BAD_RULE = "iptables: Bad rule (does a matching rule exist in that chain?)."
FW_NO_CHAIN = "iptables: No chain/target/match by that name."
L_PASS = "direct.passthrough('%s', '%s')"
L_IPT_FAILED = "COMMAND_FAILED: '%s %s' failed: iptables: %s."
FW_NFT_ERR = "internal:0:0-0: Error: Could not process rule: No such file or directory"
FW_DRIFT = "AllowZoneDrifting is enabled. This is considered an insecure configuration option. It will be removed in a future release. Please consider disabling it now."
FW_SCANNERS = [
    "198.51.100",
    "203.0.113",
    "45.134.26",
    "185.220.101",
    "141.98.11",
    "92.118.39",
    "218.92.0",
    "61.177.172",
]


def fw_rich(ip: str) -> str:
    return f'rule family="ipv4" source address="{ip}" port port="22" protocol="tcp" reject type="icmp-port-unreachable"'


def firewalld(r: random.Random) -> list[Log]:
    """firewalld 0.9.11 (RHEL 8.9, nftables backend, its own /var/log/firewalld in the default
    mixed log target) on a GitLab CI host with Docker 24 (ci1, running with --debug=1 since a
    support case) and an SSH bastion with fail2ban's firewallcmd-rich-rules action (bastion1),
    06:00 to 12:00. ci1: Zabbix asking for the state every minute and for a zone that does not
    exist every ten minutes (the traceback logged at DEBUG1 before the error), every CI job's
    network (Docker's passthrough checks and inserts, the bridge put in the docker zone and taken
    out), review apps started with published ports (Docker deleting rules that are not there:
    COMMAND_FAILED warnings) and Docker upgraded and restarted at 10:40 (its chain clean-up).
    bastion1: fail2ban restarted at 07:30 (its bans added again: ALREADY_ENABLED), Ansible
    reloading firewalld at 08:00 (the runtime bans dropped: NOT_ENABLED at every later unban) and
    adding a service that does not exist every half hour, and a hardening script flushing the
    nftables ruleset at 09:47 (every ban and unban failing with libnftables' error and the JSON
    blob until firewalld is reloaded at 10:21)."""
    fs = Files()

    def F(
        h: str, t: datetime, level: str, label: str, msg: str, extra: list[str] | None = None
    ) -> datetime:
        lines = msg.split("\n")
        return fs.add(
            f"{h}-firewalld",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} {level}: {lines[0]}", *lines[1:], *(extra or [])],
            (h, "firewalld"),
            1_000_000,
        )

    def passthrough(t: datetime, args: list[str], fail: str = "") -> datetime:
        joined = "','".join(args)
        t = F("ci1", t, "DEBUG1", L_PASS, f"direct.passthrough('ipv4', '{joined}')")
        if fail:
            t = F(
                "ci1",
                t + sec(0.05),
                "WARNING",
                L_IPT_FAILED,
                f"COMMAND_FAILED: '/usr/sbin/iptables -w10 {' '.join(args)}' failed: {fail}\n",
            )
        return t

    # --- ci1: monitoring
    t = T0 + sec(r.uniform(5, 55))
    while t < T_END:
        F("ci1", t, "DEBUG1", "Get('%s', '%s')", "Get('org.fedoraproject.FirewallD1', 'state')")
        t += sec(60 + r.uniform(-0.3, 0.3))
    t = T0 + sec(r.uniform(20, 80))
    while t < T_END:
        t1 = F(
            "ci1", t, "DEBUG1", "zone.getZoneSettings2('%s')", "zone.getZoneSettings2('trusted-ci')"
        )
        tb = [
            f'  File "{FW_PY}/server/decorators.py", line 53, in _impl',
            "    return func(*args, **kwargs)",
            f'  File "{FW_PY}/server/firewalld.py", line 1084, in getZoneSettings2',
            "    return self.fw.zone.get_config_with_settings_dict(zone)",
            f'  File "{FW_PY}/core/fw_zone.py", line 216, in get_config_with_settings_dict',
            "    _zone = self._fw.check_zone(zone)",
            f'  File "{FW_PY}/core/fw.py", line 1079, in check_zone',
            "    raise FirewallError(errors.INVALID_ZONE, _zone)",
            "firewall.errors.FirewallError: INVALID_ZONE: trusted-ci",
            "",
        ]
        t1 = F(
            "ci1",
            t1 + sec(0.002),
            "DEBUG1",
            "Traceback (most recent call last):",
            "Traceback (most recent call last):",
            tb,
        )
        F("ci1", t1 + sec(0.001), "ERROR", "INVALID_ZONE: %s", "INVALID_ZONE: trusted-ci")
        t += sec(600 + r.uniform(-0.5, 0.5))

    # --- ci1: every CI job's network
    docker_up = (at(10, 40, 12), at(10, 40, 47))
    subnet_n = [18]

    def net_rules(br: str, net: str) -> list[tuple[str, ...]]:
        return [
            ("nat", "POSTROUTING", "-s", net, "!", "-o", br, "-j", "MASQUERADE"),
            ("nat", "DOCKER", "-i", br, "-j", "RETURN"),
            ("filter", "FORWARD", "-i", br, "-o", br, "-j", "ACCEPT"),
            ("filter", "FORWARD", "-i", br, "!", "-o", br, "-j", "ACCEPT"),
            ("filter", "FORWARD", "-o", br, "-j", "DOCKER"),
            (
                "filter",
                "FORWARD",
                "-o",
                br,
                "-m",
                "conntrack",
                "--ctstate",
                "RELATED,ESTABLISHED",
                "-j",
                "ACCEPT",
            ),
            (
                "filter",
                "DOCKER-ISOLATION-STAGE-1",
                "-i",
                br,
                "!",
                "-o",
                br,
                "-j",
                "DOCKER-ISOLATION-STAGE-2",
            ),
            ("filter", "DOCKER-ISOLATION-STAGE-2", "-o", br, "-j", "DROP"),
        ]

    def net_create(t: datetime, br: str, net: str) -> None:
        t = F(
            "ci1", t, "DEBUG1", "zone.getZoneOfInterface('%s')", f"zone.getZoneOfInterface('{br}')"
        )
        t = F(
            "ci1",
            t + sec(0.01),
            "DEBUG1",
            "zone.addInterface('%s', '%s')",
            f"zone.addInterface('docker', '{br}')",
        )
        t = F(
            "ci1",
            t + sec(0.001),
            "DEBUG1",
            "Setting zone of interface '%s' to '%s'",
            f"Setting zone of interface '{br}' to 'docker'",
        )
        for table, chain, *rule in net_rules(br, net):
            t = passthrough(t + sec(0.01), ["-t", table, "-C", chain, *rule])
            t = passthrough(t + sec(0.01), ["-t", table, "-I", chain, *rule])

    def net_delete(t: datetime, br: str, net: str) -> None:
        for table, chain, *rule in net_rules(br, net):
            t = passthrough(t + sec(0.01), ["-t", table, "-D", chain, *rule])
        F(
            "ci1",
            t + sec(0.01),
            "DEBUG1",
            "zone.removeInterface('%s', '%s')",
            f"zone.removeInterface('docker', '{br}')",
        )

    for t in poisson(r, T0, T_END, 560):
        if in_any(t, [(docker_up[0] - sec(120), docker_up[1])]):
            continue
        br = f"br-{hexid(r, 12)}"
        net = f"172.{subnet_n[0]}.0.0/16"
        subnet_n[0] = 18 + (subnet_n[0] - 17) % 13
        net_create(t, br, net)
        end = t + sec(r.uniform(240, 900))
        if end < T_END and not in_any(end, [(docker_up[0] - sec(60), docker_up[1])]):
            net_delete(end, br, net)

    # --- ci1: review apps published on a port, each deploy replacing the previous container
    apps = {"mr-4182": 18082, "mr-4190": 18090, "mr-4195": 18095, "mr-4201": 18101}
    ips = {k: f"172.17.0.{i + 2}" for i, k in enumerate(apps)}
    nextip = [6]

    def publish(t: datetime, ip: str, port: int, add: bool) -> datetime:
        rules = [
            (
                "nat",
                "DOCKER",
                "-p",
                "tcp",
                "-d",
                "0/0",
                "--dport",
                str(port),
                "-j",
                "DNAT",
                "--to-destination",
                f"{ip}:8080",
                "!",
                "-i",
                "docker0",
            ),
            (
                "filter",
                "DOCKER",
                "!",
                "-i",
                "docker0",
                "-o",
                "docker0",
                "-p",
                "tcp",
                "-d",
                ip,
                "--dport",
                "8080",
                "-j",
                "ACCEPT",
            ),
            (
                "nat",
                "POSTROUTING",
                "-p",
                "tcp",
                "-s",
                ip,
                "-d",
                ip,
                "--dport",
                "8080",
                "-j",
                "MASQUERADE",
            ),
        ]
        for table, chain, *rule in rules:
            if add:
                t = passthrough(t + sec(0.01), ["-t", table, "-D", chain, *rule], FW_BAD_RULE)
                t = passthrough(t + sec(0.01), ["-t", table, "-A", chain, *rule])
            else:
                t = passthrough(t + sec(0.01), ["-t", table, "-D", chain, *rule])
        return t

    for t in poisson(r, T0, T_END, 690):
        if in_any(t, [(docker_up[0] - sec(60), docker_up[1] + sec(30))]):
            continue
        app = r.choice(list(apps))
        old = ips[app]
        new = f"172.17.0.{nextip[0]}"
        nextip[0] = 6 + (nextip[0] - 5) % 200
        ips[app] = new
        t = publish(t, new, apps[app], True)
        publish(t + sec(r.uniform(8, 20)), old, apps[app], False)

    # --- ci1: Docker upgraded and restarted at 10:40
    t = F(
        "ci1",
        docker_up[0],
        "DEBUG1",
        "zone.getZoneOfInterface('%s')",
        "zone.getZoneOfInterface('docker0')",
    )
    t = F(
        "ci1",
        t + sec(0.01),
        "DEBUG1",
        "zone.addInterface('%s', '%s')",
        "zone.addInterface('docker', 'docker0')",
    )
    t = F(
        "ci1",
        t + sec(0.002),
        "WARNING",
        "ZONE_ALREADY_SET: '%s' already bound to '%s'",
        "ZONE_ALREADY_SET: 'docker0' already bound to 'docker'",
    )
    cleanup = [
        (
            [
                "-t",
                "nat",
                "-D",
                "PREROUTING",
                "-m",
                "addrtype",
                "--dst-type",
                "LOCAL",
                "-j",
                "DOCKER",
            ],
            "",
        ),
        (
            [
                "-t",
                "nat",
                "-D",
                "OUTPUT",
                "-m",
                "addrtype",
                "--dst-type",
                "LOCAL",
                "!",
                "--dst",
                "127.0.0.0/8",
                "-j",
                "DOCKER",
            ],
            "",
        ),
        (
            ["-t", "nat", "-D", "OUTPUT", "-m", "addrtype", "--dst-type", "LOCAL", "-j", "DOCKER"],
            FW_BAD_RULE,
        ),
        (["-t", "nat", "-D", "PREROUTING"], FW_BAD_RULE),
        (["-t", "nat", "-D", "OUTPUT"], FW_BAD_RULE),
        (["-t", "nat", "-F", "DOCKER"], ""),
        (["-t", "nat", "-X", "DOCKER"], ""),
        (["-t", "filter", "-F", "DOCKER"], ""),
        (["-t", "filter", "-X", "DOCKER"], ""),
        (["-t", "filter", "-F", "DOCKER-ISOLATION-STAGE-1"], ""),
        (["-t", "filter", "-X", "DOCKER-ISOLATION-STAGE-1"], ""),
        (["-t", "filter", "-F", "DOCKER-ISOLATION-STAGE-2"], ""),
        (["-t", "filter", "-X", "DOCKER-ISOLATION-STAGE-2"], ""),
        (["-t", "filter", "-F", "DOCKER-ISOLATION"], FW_NO_CHAIN),
        (["-t", "filter", "-X", "DOCKER-ISOLATION"], FW_NO_CHAIN),
        (["-t", "nat", "-N", "DOCKER"], ""),
        (["-t", "filter", "-N", "DOCKER"], ""),
        (["-t", "filter", "-N", "DOCKER-ISOLATION-STAGE-1"], ""),
        (["-t", "filter", "-N", "DOCKER-ISOLATION-STAGE-2"], ""),
        (
            [
                "-t",
                "nat",
                "-C",
                "PREROUTING",
                "-m",
                "addrtype",
                "--dst-type",
                "LOCAL",
                "-j",
                "DOCKER",
            ],
            "",
        ),
        (
            [
                "-t",
                "nat",
                "-A",
                "PREROUTING",
                "-m",
                "addrtype",
                "--dst-type",
                "LOCAL",
                "-j",
                "DOCKER",
            ],
            "",
        ),
        (
            [
                "-t",
                "nat",
                "-C",
                "OUTPUT",
                "-m",
                "addrtype",
                "--dst-type",
                "LOCAL",
                "-j",
                "DOCKER",
                "!",
                "--dst",
                "127.0.0.0/8",
            ],
            "",
        ),
        (
            [
                "-t",
                "nat",
                "-A",
                "OUTPUT",
                "-m",
                "addrtype",
                "--dst-type",
                "LOCAL",
                "-j",
                "DOCKER",
                "!",
                "--dst",
                "127.0.0.0/8",
            ],
            "",
        ),
    ]
    for args, fail in cleanup:
        t = passthrough(t + sec(0.01), args, fail)
    net_create(t + sec(0.2), "docker0", "172.17.0.0/16")
    t = docker_up[1]
    for app in apps:
        t = publish(t + sec(r.uniform(0.5, 2)), ips[app], apps[app], True)

    # --- bastion1: fail2ban's bans as runtime rich rules
    bans: list[tuple[datetime, str]] = []
    for t in poisson(r, T0 - sec(3600), T_END, 150):
        ip = f"{r.choice(FW_SCANNERS)}.{r.randint(2, 254)}"
        bans.append((t, ip))
    reloads = [at(8, 0, 4.3), at(10, 21, 40.2)]
    f2b_restart = at(7, 30, 18.9)
    flush = (at(9, 47, 12.0), reloads[1])
    for t in reloads:
        F("bastion1", t, "WARNING", FW_DRIFT, FW_DRIFT)

    def blob(ip: str, delete: bool) -> str:
        if delete:
            body = {
                "delete": {
                    "rule": {
                        "family": "inet",
                        "table": "firewalld",
                        "chain": "filter_IN_public_deny",
                        "handle": r.randint(180, 420),
                    }
                }
            }
        else:
            body = {
                "add": {
                    "rule": {
                        "family": "inet",
                        "table": "firewalld",
                        "chain": "filter_IN_public_deny",
                        "expr": [
                            {
                                "match": {
                                    "left": {"payload": {"protocol": "ip", "field": "saddr"}},
                                    "op": "==",
                                    "right": ip,
                                }
                            },
                            {
                                "match": {
                                    "left": {"payload": {"protocol": "tcp", "field": "dport"}},
                                    "op": "==",
                                    "right": 22,
                                }
                            },
                            {"reject": {"type": "icmp", "expr": "port-unreachable"}},
                        ],
                    }
                }
            }
        return json.dumps({"nftables": [{"metainfo": {"json_schema_version": 1}}, body]})

    def nft_fail(t: datetime, ip: str, delete: bool) -> None:
        b = blob(ip, delete)
        text = f"'python-nftables' failed: {FW_NFT_ERR}\n\nJSON blob:\n{b}"
        t = F("bastion1", t, "ERROR", f"'python-nftables' failed: {FW_NFT_ERR}", text)
        F(
            "bastion1",
            t + sec(0.01),
            "ERROR",
            f"COMMAND_FAILED: 'python-nftables' failed: {FW_NFT_ERR}",
            "COMMAND_FAILED: " + text,
        )

    for t, ip in bans:
        unban = t + sec(3600)
        rich = fw_rich(ip)
        # the ban
        if t >= T0 and in_any(t, [flush]):
            nft_fail(t + sec(0.3), ip, False)
        # fail2ban restarted: still-active bans added again
        if t < f2b_restart < unban:
            F(
                "bastion1",
                f2b_restart + sec(r.uniform(1, 20)),
                "WARNING",
                "ALREADY_ENABLED: '%s' already in '%s'",
                f"ALREADY_ENABLED: '{rich}' already in 'public'",
            )
        # the unban
        if T0 <= unban < T_END:
            gone = any(t < rl <= unban for rl in reloads) or (t < flush[0] <= unban)
            if in_any(unban, [flush]):
                nft_fail(unban + sec(0.3), ip, True)
            elif gone or in_any(t, [flush]):
                F(
                    "bastion1",
                    unban + sec(0.3),
                    "WARNING",
                    "NOT_ENABLED: '%s' not in '%s'",
                    f"NOT_ENABLED: '{rich}' not in 'public'",
                )
    t = at(6, 14, 0) + sec(r.uniform(0, 40))
    while t < T_END:
        F(
            "bastion1",
            t,
            "ERROR",
            "INVALID_SERVICE: '%s' not among existing services",
            "INVALID_SERVICE: 'node_exporter' not among existing services",
        )
        t += sec(1800 + r.uniform(-30, 30))
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- lxd

LXD_ADDR = {"lxd1": "10.10.0.11:8443", "lxd2": "10.10.0.12:8443", "lxd3": "10.10.0.13:8443"}
LXD_INSTANCES = {
    "lxd1": [
        "web01",
        "web02",
        "web05",
        "api01",
        "api02",
        "db01",
        "redis01",
        "mq01",
        "mon01",
        "grafana",
        "gitea",
        "nextcloud",
        "proxy01",
        "dns1",
        "ldap-proxy",
        "backup01",
    ],
    "lxd2": [
        "web03",
        "web04",
        "api03",
        "db02",
        "redis02",
        "mq02",
        "search01",
        "search02",
        "vault01",
        "wiki",
        "keycloak",
        "jira-test",
        "proxy02",
        "dns2",
        "metrics01",
        "logs01",
    ],
    "lxd3": [
        "web06",
        "api04",
        "db03",
        "kafka01",
        "kafka02",
        "kafka03",
        "zk01",
        "zk02",
        "zk03",
        "etl01",
        "etl02",
        "airflow",
        "spark01",
        "spark02",
        "minio01",
        "minio02",
    ],
}
LXD_INFRA = {"dns1", "dns2", "mon01", "ldap-proxy", "metrics01", "logs01"}
LXD_NEVER = "1970-01-01 00:00:00 +0000 UTC"


def lr_val(v: object) -> str:
    """A logrus text formatter value: quoted (Go's %q) unless made of safe characters only."""
    s = str(v)
    if s and all(c.isalnum() or c in "-._/@^+" for c in s):
        return s
    return json.dumps(s)


def go_time(t: datetime) -> str:
    """Go's time.Time.String() in UTC, nanoseconds with trailing zeros dropped."""
    ns = f"{t.microsecond:06d}{(t.microsecond * 7 + t.second * 131) % 1000:03d}".rstrip("0")
    return f"{t:%Y-%m-%d %H:%M:%S}" + (f".{ns}" if ns else "") + " +0000 UTC"


def lxd(r: random.Random) -> list[Log]:
    """LXD 5.0.3 (the snap) on a three-member cluster (lxd1, the database leader, lxd2, lxd3), each
    member's lxd.log (logrus text: `time="..." level=info msg="..." key=value ...`), 06:00 to
    12:00: every instance snapshotted hourly and its day-old snapshot pruned (the scheduled
    tasks' lines and a `Creating container` / `Deleting container` pair per snapshot), CI jobs
    in the `ci` project run in ephemeral containers (created, started, stopped and deleted, some
    `lxc exec` websockets dropped), the daily image refresh, lxd3 cut off by a switch port
    going down 09:10-09:22 (the leader's failed heartbeats and offline-member exclusions, lxd3's
    dqlite dial timeouts) and lxd2's CI containers failing to start 10:40-10:55 while its
    storage pool is full."""
    fs = Files()

    def X(
        h: str,
        t: datetime,
        level: str,
        msg: str,
        fields: dict[str, object] | None = None,
        label: str = "",
    ) -> datetime:
        kv = "".join(f" {k}={lr_val(v)}" for k, v in sorted((fields or {}).items()))
        return fs.add(
            f"{h}-lxd.log",
            t,
            label or msg,
            lambda x: [f'time="{x:%Y-%m-%dT%H:%M:%S}Z" level={level} msg={lr_val(msg)}{kv}'],
            (h, "lxd"),
            1_000_000,
        )

    def ctx(name: str, project: str, **kw: object) -> dict[str, object]:
        return {"instance": name, "instanceType": "container", "project": project, **kw}

    snapno = {(h, i): r.randint(800, 5200) for h, names in LXD_INSTANCES.items() for i in names}
    partition = (at(9, 10, 38.2), at(9, 22, 9.6))
    full2 = (at(10, 40, 0), at(10, 55, 30))

    # --- hourly snapshots and the pruning of yesterday's
    for hour in range(6, 12):
        for h, names in LXD_INSTANCES.items():
            t = at(hour, 1, r.uniform(0.5, 3.5))
            t = X(h, t, "info", "Pruning expired instance snapshots")
            for name in names:
                n = snapno[(h, name)] - 24
                created = at(hour, 0, r.uniform(2, 40)) - sec(86400)
                proj = "infra" if name in LXD_INFRA else "default"
                c = ctx(
                    f"{name}/snap{n}",
                    proj,
                    created=go_time(created),
                    ephemeral="false",
                    used=LXD_NEVER,
                )
                t = X(h, t + sec(r.uniform(0.05, 0.2)), "info", "Deleting container", c)
                t = X(h, t + sec(r.uniform(0.2, 0.9)), "info", "Deleted container", c)
            X(h, t + sec(0.05), "info", "Done pruning expired instance snapshots")
            t = at(hour, 0, r.uniform(0.5, 3.5))
            t = X(h, t, "info", "Creating scheduled container snapshots")
            for name in names:
                n = snapno[(h, name)]
                snapno[(h, name)] += 1
                proj = "infra" if name in LXD_INFRA else "default"
                c = ctx(f"{name}/snap{n}", proj, ephemeral="false")
                t = X(h, t + sec(r.uniform(0.02, 0.1)), "info", "Creating container", c)
                t = X(h, t + sec(r.uniform(0.3, 1.4)), "info", "Created container", c)
            X(h, t + sec(0.05), "info", "Done creating scheduled container snapshots")

    # --- CI jobs in ephemeral containers
    members = ["lxd1", "lxd2", "lxd3"]
    job = 884_102
    for t in poisson(r, T0, T_END - sec(300), 230):
        job += r.randint(1, 40)
        cand = [
            m
            for m in members
            if not (m == "lxd3" and in_any(t, [(partition[0] - sec(5), partition[1] + sec(30))]))
        ]
        h = r.choice(cand)
        if in_any(t, [full2]) and r.random() < 0.6:
            h = "lxd2"  # the member with the most free CPU, by the placement's measure
        name = f"ci-job-{job}"
        created = t
        t1 = X(h, t, "info", "Creating container", ctx(name, "ci", ephemeral="true"))
        t1 = X(
            h,
            t1 + sec(r.uniform(1.5, 6)),
            "info",
            "Created container",
            ctx(name, "ci", ephemeral="true"),
        )
        start = t1 + sec(r.uniform(0.2, 1))
        sctx = ctx(
            name,
            "ci",
            action="start",
            created=go_time(created),
            ephemeral="true",
            stateful="false",
            used=LXD_NEVER,
        )
        t1 = X(h, start, "info", "Starting container", sctx)
        dctx = ctx(name, "ci", created=go_time(created), ephemeral="true", used=go_time(start))
        if h == "lxd2" and in_any(start, [full2]) and r.random() < 0.85:
            t1 = X(h, t1 + sec(r.uniform(0.3, 1.2)), "error", "Failed starting container", sctx)
            dctx = ctx(name, "ci", created=go_time(created), ephemeral="true", used=LXD_NEVER)
            t1 = X(h, t1 + sec(r.uniform(2, 5)), "info", "Deleting container", dctx)
            X(h, t1 + sec(r.uniform(0.5, 1.5)), "info", "Deleted container", dctx)
            continue
        t1 = X(h, t1 + sec(r.uniform(0.8, 2.5)), "info", "Started container", sctx)
        end = t1 + sec(r.uniform(180, 900))
        if r.random() < 0.12:
            X(
                h,
                t1 + sec(r.uniform(30, 170)),
                "warning",
                "Failed getting exec control websocket reader, killing command",
                {
                    "PID": r.randint(2000, 98000),
                    "err": "websocket: close 1006 (abnormal closure): unexpected EOF",
                    "instance": name,
                    "interactive": "false",
                    "project": "ci",
                },
            )
        if h == "lxd3" and in_any(end, [partition]):
            end = partition[1] + sec(r.uniform(5, 60))
        stctx = ctx(
            name,
            "ci",
            action="stop",
            created=go_time(created),
            ephemeral="true",
            stateful="false",
            used=go_time(start),
        )
        t2 = X(h, end, "info", "Stopping container", stctx)
        t2 = X(h, t2 + sec(r.uniform(1, 4)), "info", "Stopped container", stctx)
        t2 = X(h, t2 + sec(r.uniform(0.1, 0.5)), "info", "Deleting container", dctx)
        X(h, t2 + sec(r.uniform(0.5, 1.5)), "info", "Deleted container", dctx)

    # --- the daily image refresh (every six hours from each member's start)
    for h, hm in [("lxd1", (8, 17, 33.1)), ("lxd2", (8, 18, 2.9)), ("lxd3", (8, 21, 40.4))]:
        t = X(h, at(*hm), "info", "Updating images")
        X(h, t + sec(r.uniform(2, 9)), "info", "Done updating images")

    # --- lxd3 cut off from the others, 09:10-09:22
    last_hb = partition[0] - sec(r.uniform(0.5, 9))
    t = partition[0] + sec(r.uniform(8, 10))
    while t < partition[1]:
        X(
            "lxd1",
            t,
            "warning",
            "Failed heartbeat",
            {
                "err": f'Failed to send heartbeat request: Put "https://{LXD_ADDR["lxd3"]}/internal/database": context deadline exceeded',
                "remote": LXD_ADDR["lxd3"],
            },
        )
        if (t - partition[0]).total_seconds() > 20:
            X(
                "lxd1",
                t + sec(0.3),
                "warning",
                "Excluding offline member from refresh",
                {
                    "ID": 3,
                    "address": LXD_ADDR["lxd3"],
                    "lastHeartbeat": go_time(last_hb),
                    "raftID": 3,
                },
            )
        if r.random() < 0.12:
            X(
                "lxd1",
                t + sec(0.6),
                "warning",
                "Heartbeat round duration greater than heartbeat interval",
                {"duration": f"{10 + r.uniform(0.004, 0.09):.9f}s", "interval": "10s"},
            )
        t += sec(10 + r.uniform(0.0, 0.2))
    attempt = 0
    for t in poisson(r, partition[0] + sec(15), partition[1], 26):
        attempt += 1
        srv = r.choice(["lxd1", "lxd2"])
        ip = LXD_ADDR[srv]
        X(
            "lxd3",
            t,
            "warning",
            f'Dqlite: attempt {attempt}: server {ip}: dial: Failed connecting to HTTP endpoint "{ip}": dial tcp {ip}: i/o timeout',
            label="Dqlite: attempt %d: server %s: dial: Failed connecting to HTTP endpoint %q: dial tcp %s: i/o timeout",
        )
        if attempt >= 7 or r.random() < 0.2:
            attempt = 0
    return fs.logs(T0)


SYSTEMS = {
    "lxd": lxd,
    "ovs-vswitchd": ovs_vswitchd,
    "nslcd": nslcd,
    "linuxptp": linuxptp,
    "firewalld": firewalld,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
