#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 19 (chrony, smartd, pacemaker, cloud-init, mattermost) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Run it only to change the data on purpose:
`python bench/heldout/generate_round19.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, syslog_ts

# ---------------------------------------------------------------------------------- chrony


def chrony(r: random.Random) -> list[Log]:
    """chronyd on a Debian 12 server, through rsyslog's default RFC 3339 timestamps."""
    log = Log("syslog", datetime(2024, 3, 11, 6, 25, 2, 118000, tzinfo=UTC))
    host = "db-03"
    pid = [612]
    pool = "2.debian.pool.ntp.org"
    addrs = ["94.130.184.193", "162.159.200.123", "185.232.69.65", "5.9.78.71"]
    spare = ["213.239.234.28", "131.188.3.222", "78.46.102.180", "116.203.151.74", "49.12.125.53"]
    corp = ("10.1.0.5", "ntp1.corp.example.net")

    def emit(tid: str, msg: str) -> None:
        t = log.t
        log.add(
            f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00 {host} chronyd[{pid[0]}]: {msg}", tid
        )

    def name(a: str) -> str:
        return f"{corp[0]} ({corp[1]})" if a == corp[0] else f"{a} ({pool})"

    def boot(step: float | None) -> None:
        emit(
            "chronyd version %s starting (%s)",
            "chronyd version 4.3 starting (+CMDMON +NTP +REFCLOCK +RTC +PRIVDROP +SCFILTER +SIGND +ASYNCDNS +NTS +SECHASH +IPV6 -DEBUG)",
        )
        emit(
            "Frequency %.3f +/- %.3f ppm read from %s",
            f"Frequency {r.uniform(-14, -6):.3f} +/- {r.uniform(0.01, 0.4):.3f} ppm read from /var/lib/chrony/chrony.drift",
        )
        emit(
            "Using right/UTC timezone to obtain leap second data",
            "Using right/UTC timezone to obtain leap second data",
        )
        emit("Loaded seccomp filter (level %d)", "Loaded seccomp filter (level 1)")
        log.tick(r, 4, 9)
        emit("Selected source %s", f"Selected source {name(corp[0])}")
        if step is not None:
            emit("System clock wrong by %.6f seconds", f"System clock wrong by {step:.6f} seconds")
            emit(
                "System clock was stepped by %.6f seconds",
                f"System clock was stepped by {step:.6f} seconds",
            )
        emit(
            "System clock TAI offset set to %d seconds", "System clock TAI offset set to 37 seconds"
        )

    boot(None)
    selected = corp[0]
    offline = False
    for step in range(170):
        log.tick(r, 20, 900)
        roll = r.random()
        if offline:
            log.tick(r, 30, 200)
            for a in [corp[0], *addrs]:
                emit("Source %s online", f"Source {a} online")
            offline = False
            log.tick(r, 60, 140)
            selected = r.choice([corp[0], *addrs])
            emit("Selected source %s", f"Selected source {name(selected)}")
        elif roll < 0.30:
            choices = [a for a in [corp[0], *addrs] if a != selected]
            selected = r.choice(choices)
            emit("Selected source %s", f"Selected source {name(selected)}")
        elif roll < 0.42:
            i = r.randrange(len(addrs))
            new = spare.pop(r.randrange(len(spare)))
            spare.append(addrs[i])
            emit(
                "Source %s replaced with %s (%s)", f"Source {addrs[i]} replaced with {new} ({pool})"
            )
            if selected == addrs[i]:
                selected = new
            addrs[i] = new
        elif roll < 0.52:
            emit("Detected falseticker %s", f"Detected falseticker {name(r.choice(addrs))}")
        elif roll < 0.58:
            emit("Can't synchronise: no majority", "Can't synchronise: no majority")
            log.tick(r, 60, 300)
            selected = r.choice(addrs)
            emit("Selected source %s", f"Selected source {name(selected)}")
        elif roll < 0.63:
            # The uplink is taken down for maintenance: the NetworkManager hook sets all offline.
            for a in [corp[0], *addrs]:
                emit("Source %s offline", f"Source {a} offline")
            log.tick(r, 60, 70)
            emit(
                "Can't synchronise: no selectable sources (%d unreachable sources)",
                "Can't synchronise: no selectable sources (5 unreachable sources)",
            )
            offline = True
        elif roll < 0.68:
            emit("Received KoD RATE from %s", f"Received KoD RATE from {r.choice(addrs)}")
        elif roll < 0.72:
            emit("Forward time jump detected!", "Forward time jump detected!")
            emit(
                "Can't synchronise: no selectable sources (%d unreachable sources)",
                f"Can't synchronise: no selectable sources ({r.choice([0, 1])} unreachable sources)",
            )
            log.tick(r, 60, 200)
            emit(
                "System clock wrong by %.6f seconds",
                f"System clock wrong by {r.uniform(-3, 3):.6f} seconds",
            )
            selected = r.choice([corp[0], *addrs])
            emit("Selected source %s", f"Selected source {name(selected)}")
        elif roll < 0.75:
            emit("Backward time jump detected!", "Backward time jump detected!")
        elif roll < 0.79:
            emit(
                "NTS-KE session with %s timed out",
                f"NTS-KE session with {r.choice(['time.cloudflare.com', 'nts.netnod.se'])}:4460 timed out",
            )
        elif roll < 0.81 and step > 20:
            log.tick(r, 100, 600)
            emit("chronyd exiting", "chronyd exiting")
            log.tick(r, 1, 3)
            pid[0] += r.randrange(200, 4000)
            boot(r.uniform(-1.5, 1.5))
            selected = corp[0]
        else:
            emit("Source %s offline", f"Source {corp[0]} offline")
            log.tick(r, 30, 400)
            emit("Source %s online", f"Source {corp[0]} online")
    log.tick(r, 30, 90)
    emit("chronyd exiting", "chronyd exiting")
    return [log]


# ---------------------------------------------------------------------------------- smartd

DISKS = [
    # name, kind, model, serial, fw, size, database entry
    (
        "/dev/sda",
        "sat",
        "Samsung SSD 870 EVO 500GB",
        "S6PWNX0T412345B",
        "SVT02B6Q",
        "500 GB",
        "Samsung based SSDs",
    ),
    ("/dev/sdb", "sat", "ST4000VN008-2DR166", "ZGY8B1C4", "SC60", "4.00 TB", "Seagate IronWolf"),
    ("/dev/sdc", "sat", "ST4000VN008-2DR166", "ZGY8B7M2", "SC60", "4.00 TB", "Seagate IronWolf"),
    (
        "/dev/sdd",
        "sat",
        "WDC WD40EFRX-68N32N0",
        "WD-WCC7K3PL4X91",
        "82.00A82",
        "4.00 TB",
        "Western Digital Red",
    ),
    ("/dev/nvme0", "nvme", "WD Blue SN570 1TB", "22123A456789", "234110WD", "1.00 TB", ""),
]


def smartd(r: random.Random) -> list[Log]:
    """smartd on a small NAS (Debian's DEVICESCAN config), classic syslog, checks every 30 min."""
    log = Log("syslog", datetime(2024, 2, 2, 18, 4, 11, tzinfo=UTC))
    host = "nas"
    pid = [742]

    def emit(tid: str, msg: str) -> None:
        log.add(f"{syslog_ts(log.t)} {host} smartd[{pid[0]}]: {msg}", tid)

    def dev(d: tuple) -> str:
        return d[0] if d[1] == "nvme" else f"{d[0]} [SAT]"

    def state_file(d: tuple) -> str:
        kind = "nvme" if d[1] == "nvme" else "ata"
        return f"/var/lib/smartmontools/smartd.{d[2].replace(' ', '_')}-{d[3]}.{kind}.state"

    temps = {d[0]: r.randrange(30, 40) for d in DISKS}
    rre = {d[0]: r.randrange(70, 85) for d in DISKS}  # Seagate's normalised read error rate
    ecc = {d[0]: r.randrange(70, 85) for d in DISKS}
    pending = [0]
    atacount = [3]
    nvme_err = [12]

    def boot() -> None:
        emit(
            "smartd %s %s r%s [%s] %s",
            "smartd 7.3 2022-02-28 r5338 [x86_64-linux-6.1.0-18-amd64] (local build)",
        )
        emit(
            "Copyright (C) 2002-22, Bruce Allen, Christian Franke, www.smartmontools.org",
            "Copyright (C) 2002-22, Bruce Allen, Christian Franke, www.smartmontools.org",
        )
        emit("Opened configuration file %s", "Opened configuration file /etc/smartd.conf")
        emit(
            "Drive: DEVICESCAN, implied '-a' Directive on line %d of file %s",
            "Drive: DEVICESCAN, implied '-a' Directive on line 21 of file /etc/smartd.conf",
        )
        emit(
            "Configuration file %s was parsed, found %s, scanning devices",
            "Configuration file /etc/smartd.conf was parsed, found DEVICESCAN, scanning devices",
        )
        for d in DISKS:
            if d[1] == "sat":
                emit(
                    "Device: %s, type changed from '%s' to '%s'",
                    f"Device: {d[0]}, type changed from 'scsi' to 'sat'",
                )
            emit("Device: %s, opened", f"Device: {dev(d)}, opened")
            if d[1] == "sat":
                oui = {"Samsung": "002538", "Seagate": "000c50"}.get(d[6].split()[0], "0014ee")
                wwn = f"5-{oui}-{hexid(r, 9)}"
                emit(
                    "Device: %s, %s, S/N:%s, WWN:%x-%06x-%09x, FW:%s, %s",
                    f"Device: {dev(d)}, {d[2]}, S/N:{d[3]}, WWN:{wwn}, FW:{d[4]}, {d[5]}",
                )
                emit(
                    "Device: %s, found in smartd database %s: %s",
                    f"Device: {dev(d)}, found in smartd database 7.3/5319: {d[6]}",
                )
            else:
                emit(
                    "Device: %s, %s, S/N:%s, FW:%s, %s",
                    f"Device: {dev(d)}, {d[2]}, S/N:{d[3]}, FW:{d[4]}, {d[5]}",
                )
            emit(
                'Device: %s, is SMART capable. Adding to "monitor" list.',
                f'Device: {dev(d)}, is SMART capable. Adding to "monitor" list.',
            )
            emit(
                "Device: %s, state read from %s",
                f"Device: {dev(d)}, state read from {state_file(d)}",
            )
        emit(
            "Monitoring %d ATA/SATA, %d SCSI/SAS and %d NVMe devices",
            "Monitoring 4 ATA/SATA, 0 SCSI/SAS and 1 NVMe devices",
        )
        for d in DISKS:
            emit(
                "Device: %s, state written to %s",
                f"Device: {dev(d)}, state written to {state_file(d)}",
            )

    def attr(d: tuple, prefail: bool, num: int, name: str, old: int, new: int) -> None:
        kind = "Prefailure" if prefail else "Usage"
        emit(
            f"Device: %s, SMART {kind} Attribute: %d %s changed from %d to %d",
            f"Device: {dev(d)}, SMART {kind} Attribute: {num} {name} changed from {old} to {new}",
        )

    def check(n: int) -> None:
        for d in DISKS:
            if d[1] == "nvme":
                t = temps[d[0]]
                new = max(35, min(74, t + r.choice([-4, -2, 0, 0, 2, 5])))
                temps[d[0]] = new
                if new >= 70 and t < 70:
                    emit(
                        "Device: %s, Temperature %u Celsius reached critical limit of %u Celsius (Min/Max %s)",
                        f"Device: {dev(d)}, Temperature {new} Celsius reached critical limit of 70 Celsius (Min/Max 31/{max(new, 71)})",
                    )
                elif new >= 60 and t < 60:
                    emit(
                        "Device: %s, Temperature %u Celsius reached limit of %u Celsius (Min/Max %s)",
                        f"Device: {dev(d)}, Temperature {new} Celsius reached limit of 60 Celsius (Min/Max 31/{max(new, 64)})",
                    )
                if r.random() < 0.08:
                    old = nvme_err[0]
                    nvme_err[0] += r.randrange(1, 3)
                    emit(
                        "Device: %s, number of Error Log entries increased from %u to %u",
                        f"Device: {dev(d)}, number of Error Log entries increased from {old} to {nvme_err[0]}",
                    )
                continue
            if r.random() < 0.35:
                t = temps[d[0]]
                new = t + r.choice([-2, -1, 1, 1, 2, 3])
                temps[d[0]] = new
                if r.random() < 0.5:
                    emit(
                        "Device: %s, Temperature changed %+d Celsius to %u Celsius (Min/Max %s)",
                        f"Device: {dev(d)}, Temperature changed {new - t:+d} Celsius to {new} Celsius (Min/Max 24/{max(new, 46)})",
                    )
                # smartd prints the normalised value, which is 100 - temperature on most drives.
                if d[6].startswith("Seagate"):
                    attr(d, False, 190, "Airflow_Temperature_Cel", 100 - t, 100 - new)
                attr(
                    d,
                    False,
                    194,
                    "Temperature_Celsius",
                    t if d[6] != "Western Digital Red" else 120 - t,
                    new if d[6] != "Western Digital Red" else 120 - new,
                )
            if d[6].startswith("Seagate") and r.random() < 0.4:
                old = rre[d[0]]
                new = max(64, min(84, old + r.randrange(-9, 10)))
                if new != old:
                    rre[d[0]] = new
                    attr(d, True, 1, "Raw_Read_Error_Rate", old, new)
                    old2 = ecc[d[0]]
                    ecc[d[0]] = new
                    attr(d, False, 195, "Hardware_ECC_Recovered", old2, new)
            if d[6].startswith("Seagate") and r.random() < 0.1:
                attr(d, True, 7, "Seek_Error_Rate", r.choice([88, 89]), r.choice([90, 91]))
            if d[0] == "/dev/sdd" and n > 14:
                if r.random() < 0.25:
                    old = pending[0]
                    pending[0] += r.choice([8, 8, 16])
                    attr(
                        d,
                        False,
                        197,
                        "Current_Pending_Sector",
                        200,
                        200 if pending[0] < 24 else 199,
                    )
                    if old == 0:
                        attr(d, True, 5, "Reallocated_Sector_Ct", 200, 200)
                if pending[0]:
                    emit(
                        "Device: %s, %d Currently unreadable (pending) sectors",
                        f"Device: {dev(d)}, {pending[0]} Currently unreadable (pending) sectors",
                    )
                    emit(
                        "Device: %s, %d Offline uncorrectable sectors",
                        f"Device: {dev(d)}, {pending[0] - 8 if pending[0] > 8 else pending[0]} Offline uncorrectable sectors",
                    )
                    if r.random() < 0.3:
                        old = atacount[0]
                        atacount[0] += r.randrange(1, 4)
                        emit(
                            "Device: %s, ATA error count increased from %d to %d",
                            f"Device: {dev(d)}, ATA error count increased from {old} to {atacount[0]}",
                        )
                    if r.random() < 0.2:
                        mail(d)

    def mail(d: tuple) -> None:
        emit(
            "Device: %s, Sending warning via %s to %s ...",
            f"Device: {dev(d)}, Sending warning via /usr/share/smartmontools/smartd-runner to root ...",
        )
        emit(
            "Device: %s, warning via %s to %s: successful",
            f"Device: {dev(d)}, warning via /usr/share/smartmontools/smartd-runner to root: successful",
        )

    def selftests(long: bool) -> None:
        for d in DISKS:
            if d[1] == "nvme":
                continue
            emit(
                f"Device: %s, starting scheduled {'Long' if long else 'Short'} Self-Test.",
                f"Device: {dev(d)}, starting scheduled {'Long' if long else 'Short'} Self-Test.",
            )

    def selftest_results() -> None:
        for d in DISKS:
            if d[1] == "nvme":
                continue
            if d[0] == "/dev/sdd" and pending[0]:
                emit(
                    "Device: %s, previous self-test completed with error (read test element)",
                    f"Device: {dev(d)}, previous self-test completed with error (read test element)",
                )
                emit(
                    "Device: %s, Self-Test Log error count increased from %d to %d",
                    f"Device: {dev(d)}, Self-Test Log error count increased from {r.randrange(0, 3)} to {r.randrange(3, 5)}",
                )
            else:
                emit(
                    "Device: %s, previous self-test completed without error",
                    f"Device: {dev(d)}, previous self-test completed without error",
                )

    boot()
    tests_running = False
    for n in range(52):
        log.tick(r, 1799, 1801)
        if log.t.hour == 2 and log.t.minute < 30:
            selftests(long=log.t.weekday() == 5)
            tests_running = True
        check(n)
        if tests_running and log.t.hour == 4:
            selftest_results()
            tests_running = False
        if n % 16 == 15:
            for d in DISKS:
                emit(
                    "Device: %s, state written to %s",
                    f"Device: {dev(d)}, state written to {state_file(d)}",
                )
        if n == 34:
            log.tick(r, 30, 300)
            emit("smartd received signal %d: %s", "smartd received signal 15: Terminated")
            for d in DISKS:
                emit(
                    "Device: %s, state written to %s",
                    f"Device: {dev(d)}, state written to {state_file(d)}",
                )
            emit("smartd is exiting (exit status %d)", "smartd is exiting (exit status 0)")
            log.tick(r, 40, 90)
            pid[0] = 688
            boot()
    return [log]


# ------------------------------------------------------------------------------- pacemaker


def pacemaker(r: random.Random) -> list[Log]:
    """A two-node Pacemaker 2.1 / Corosync 3 cluster (vip, web, one fence device per node): each
    node's corosync.log and pacemaker.log (the detail log, with its own header layout)."""
    start = datetime(2024, 3, 5, 10, 12, 1, 204000, tzinfo=UTC)
    nodes = ["node1", "node2"]
    cs = {n: Log(f"{n}-corosync.log", start) for n in nodes}
    pm = {n: Log(f"{n}-pacemaker.log", start) for n in nodes}
    cs_pid = {"node1": 1150, "node2": 1093}
    pids: dict[str, dict[str, int]] = {}
    clock = [start]
    graph = [0]
    pe_input = [41]
    call = {"node1": 10, "node2": 10}
    cib = [34, 0]  # epoch, num_updates
    membership = [5]
    rsc_node = {"vip": "node1", "web": "node1", "fence-node1": "node2", "fence-node2": "node1"}

    def tick(lo: float, hi: float) -> None:
        clock[0] += timedelta(seconds=r.uniform(lo, hi))

    def stamp() -> str:
        t = clock[0]
        return f"{t:%b %d %H:%M:%S}.{t.microsecond // 1000:03d}"

    def c(node: str, level: str, subsys: str, tid: str, msg: str) -> None:
        cs[node].add(
            f"{stamp()} [{cs_pid[node]}] {node} corosync {level:<7} [{subsys:<6}] {msg}", tid
        )

    def p(node: str, daemon: str, func: str, level: str, tid: str, msg: str) -> None:
        pm[node].add(
            f"{stamp()} {node} {daemon:<20}[{pids[node][daemon]}] ({func}) \t{level}: {msg}", tid
        )

    def ctl(node: str, func: str, level: str, tid: str, msg: str) -> None:
        p(node, "pacemaker-controld", func, level, tid, msg)

    def sched(node: str, func: str, level: str, tid: str, msg: str) -> None:
        p(node, "pacemaker-schedulerd", func, level, tid, msg)

    def based(node: str, func: str, level: str, tid: str, msg: str) -> None:
        p(node, "pacemaker-based", func, level, tid, msg)

    def cib_update(
        node: str, origin: str, section: str = "status", xpath: str = "", attrs: str = ""
    ) -> None:
        old = f"0.{cib[0]}.{cib[1]}"
        cib[1] += 1
        for n in nodes:
            if n not in pids:
                continue
            based(n, "xml_log_patchset", "info", "Diff: --- %s %s", f"Diff: --- {old} 2")
            based(
                n,
                "xml_log_patchset",
                "info",
                "Diff: +++ %s %s",
                f"Diff: +++ 0.{cib[0]}.{cib[1]} (null)",
            )
            based(n, "xml_log_patchset", "info", "+  %s:  %s", f"+  /cib:  @num_updates={cib[1]}")
            if xpath:
                based(n, "xml_log_patchset", "info", "+  %s:  %s", f"+  {xpath}:  {attrs}")
            based(
                n,
                "cib_process_request",
                "info",
                "Completed %s operation for section %s: %s (rc=%d, origin=%s/%s/%s, version=%s)",
                f"Completed cib_modify operation for section {section}: OK (rc=0, origin={node}/{origin}/{r.randrange(20, 400)}, version=0.{cib[0]}.{cib[1]})",
            )

    def corosync_start(node: str) -> None:
        c(
            node,
            "notice",
            "MAIN",
            "Corosync Cluster Engine %s starting up",
            "Corosync Cluster Engine 3.1.7 starting up",
        )
        c(
            node,
            "info",
            "MAIN",
            "Corosync built-in features:%s",
            "Corosync built-in features: dbus monitoring watchdog augeas systemd xmlconf vqsim nozzle snmp pie relro bindnow",
        )
        c(
            node,
            "notice",
            "TOTEM",
            "Initializing transport (%s).",
            "Initializing transport (Kronosnet).",
        )
        c(node, "info", "TOTEM", "totemknet initialized", "totemknet initialized")
        c(
            node,
            "info",
            "KNET",
            "common: crypto_%s.so has been loaded from %s",
            "common: crypto_nss.so has been loaded from /usr/lib/x86_64-linux-gnu/kronosnet/crypto_nss.so",
        )
        for svc, num, qb in (
            ("corosync configuration map access", 0, "cmap"),
            ("corosync configuration service", 1, "cfg"),
            ("corosync cluster closed process group service v1.01", 2, "cpg"),
            ("corosync profile loading service", 4, ""),
            ("corosync resource monitoring service", 6, ""),
            ("corosync vote quorum service v1.0", 5, "votequorum"),
            ("corosync cluster quorum service v0.1", 3, "quorum"),
        ):
            c(
                node,
                "notice",
                "SERV",
                "Service engine loaded: %s [%d]",
                f"Service engine loaded: {svc} [{num}]",
            )
            if svc.startswith("corosync vote"):
                c(
                    node,
                    "notice",
                    "QUORUM",
                    "Using quorum provider %s",
                    "Using quorum provider corosync_votequorum",
                )
            if qb:
                c(node, "info", "QB", "server name: %s", f"server name: {qb}")
        c(node, "notice", "TOTEM", "Configuring link %d", "Configuring link 0")
        addr = "10.0.0.11" if node == "node1" else "10.0.0.12"
        c(
            node,
            "notice",
            "TOTEM",
            "Configured link number %d: local addr: %s, port=%d",
            f"Configured link number 0: local addr: {addr}, port=5405",
        )
        me = nodes.index(node) + 1
        c(
            node,
            "info",
            "KNET",
            "host: host: %u (passive) best link: %u (pri: %u)",
            f"host: host: {me} (passive) best link: 0 (pri: 0)",
        )
        c(
            node,
            "warning",
            "KNET",
            "host: host: %u has no active links",
            f"host: host: {me} has no active links",
        )
        membership[0] += 1
        c(node, "notice", "QUORUM", "Sync members[%d]:%s", f"Sync members[1]: {me}")
        c(node, "notice", "QUORUM", "Sync joined[%d]:%s", f"Sync joined[1]: {me}")
        c(
            node,
            "notice",
            "TOTEM",
            "A new membership (%u.%x) was formed. Members joined:%s",
            f"A new membership ({me}.{membership[0]:x}) was formed. Members joined: {me}",
        )
        c(node, "notice", "QUORUM", "Members[%d]:%s", f"Members[1]: {me}")
        c(
            node,
            "notice",
            "MAIN",
            "Completed service synchronization, ready to provide service.",
            "Completed service synchronization, ready to provide service.",
        )

    def corosync_join(node: str, other: str) -> None:
        o = nodes.index(other) + 1
        c(node, "info", "KNET", "rx: host: %u link: %u is up", f"rx: host: {o} link: 0 is up")
        c(
            node,
            "info",
            "KNET",
            "link: Resetting MTU for link %u because host %u joined",
            f"link: Resetting MTU for link 0 because host {o} joined",
        )
        c(
            node,
            "info",
            "KNET",
            "host: host: %u (passive) best link: %u (pri: %u)",
            f"host: host: {o} (passive) best link: 0 (pri: 1)",
        )
        c(
            node,
            "info",
            "KNET",
            "pmtud: PMTUD link change for host: %u link: %u from %u to %u",
            f"pmtud: PMTUD link change for host: {o} link: 0 from 469 to 1397",
        )
        c(
            node,
            "info",
            "KNET",
            "pmtud: Global data MTU changed to: %u",
            "pmtud: Global data MTU changed to: 1397",
        )

    def corosync_merge() -> None:
        membership[0] += 4
        for node in nodes:
            o = 2 if node == "node1" else 1
            c(node, "notice", "QUORUM", "Sync members[%d]:%s", "Sync members[2]: 1 2")
            c(node, "notice", "QUORUM", "Sync joined[%d]:%s", f"Sync joined[1]: {o}")
            c(
                node,
                "notice",
                "TOTEM",
                "A new membership (%u.%x) was formed. Members joined:%s",
                f"A new membership (1.{membership[0]:x}) was formed. Members joined: {o}",
            )
            c(
                node,
                "notice",
                "QUORUM",
                "This node is within the primary component and will provide service.",
                "This node is within the primary component and will provide service.",
            )
            c(node, "notice", "QUORUM", "Members[%d]:%s", "Members[2]: 1 2")
            c(
                node,
                "notice",
                "MAIN",
                "Completed service synchronization, ready to provide service.",
                "Completed service synchronization, ready to provide service.",
            )

    def pacemaker_start(node: str, base: int) -> None:
        names = [
            "pacemakerd",
            "pacemaker-based",
            "pacemaker-fenced",
            "pacemaker-execd",
            "pacemaker-attrd",
            "pacemaker-schedulerd",
            "pacemaker-controld",
        ]
        pids[node] = {d: base + i for i, d in enumerate(names)}
        p(
            node,
            "pacemakerd",
            "main",
            "notice",
            "Starting Pacemaker %s | build=%s features:%s",
            "Starting Pacemaker 2.1.5 | build=a3f44794f94 features:agent-manpages cibsecrets compat-2.0 corosync-ge-2 default-concurrent-fencing generated-manpages monotonic nagios ncurses remote systemd",
        )
        for d in names[1:]:
            user = (
                "189 (hacluster) and group 189"
                if d
                in (
                    "pacemaker-based",
                    "pacemaker-attrd",
                    "pacemaker-schedulerd",
                    "pacemaker-controld",
                )
                else "0 (root) and group 0"
            )
            p(
                node,
                "pacemakerd",
                "start_child",
                "info",
                "Forked process %lld using user %lu (%s) and group %lu for subdaemon %s",
                f"Forked process {pids[node][d]} using user {user} for subdaemon {d}",
            )
        p(
            node,
            "pacemaker-based",
            "main",
            "notice",
            "Starting Pacemaker CIB manager",
            "Starting Pacemaker CIB manager",
        )
        p(
            node,
            "pacemaker-fenced",
            "main",
            "notice",
            "Starting Pacemaker fencer",
            "Starting Pacemaker fencer",
        )
        p(
            node,
            "pacemaker-execd",
            "main",
            "info",
            "Starting Pacemaker local executor",
            "Starting Pacemaker local executor",
        )
        p(node, "pacemaker-attrd", "main", "info", "Starting up", "Starting up")
        p(
            node,
            "pacemaker-controld",
            "main",
            "notice",
            "Starting Pacemaker controller",
            "Starting Pacemaker controller",
        )
        p(
            node,
            "pacemaker-based",
            "cib_file_read_and_verify",
            "info",
            "Reading cluster configuration file %s (digest: %s)",
            "Reading cluster configuration file /var/lib/pacemaker/cib/cib.xml (digest: /var/lib/pacemaker/cib/cib.xml.sig)",
        )
        p(
            node,
            "pacemaker-attrd",
            "attrd_cib_connect",
            "info",
            "Connected to the CIB after %d attempts",
            f"Connected to the CIB after {r.choice([1, 1, 2])} attempts",
        )
        tick(0.5, 1.5)
        for n in nodes:
            if n == node or n in pids:
                ctl(
                    node,
                    "crm_update_peer_state_iter",
                    "notice",
                    "Node %s state is now %s | nodeid=%u previous=%s source=%s",
                    f"Node {n} state is now member | nodeid={nodes.index(n) + 1} previous=unknown source=pcmk__quorum_notification",
                )
        ctl(
            node,
            "pcmk_quorum_notification",
            "notice",
            "Quorum acquired | membership=%llu members=%lu",
            f"Quorum acquired | membership={membership[0]} members={len(pids)}",
        )
        ctl(
            node,
            "do_state_transition",
            "notice",
            "State transition %s -> %s | input=%s cause=%s origin=%s",
            "State transition S_STARTING -> S_PENDING | input=I_PENDING cause=C_FSA_INTERNAL origin=do_started",
        )

    def transition(
        dc: str,
        actions: list[tuple[str, str, str, str | None]],
        warn: bool = False,
        reason: str | None = None,
    ) -> None:
        """A scheduler run and the transition it makes: actions are (verb, resource, node, other)."""
        if reason:
            ctl(dc, "abort_transition_graph", "info", reason[0], reason[1])
        ctl(
            dc,
            "do_state_transition",
            "notice",
            "State transition %s -> %s | input=%s cause=%s origin=%s",
            "State transition S_IDLE -> S_POLICY_ENGINE | input=I_PE_CALC cause=C_FSA_INTERNAL origin=abort_transition_graph",
        )
        tick(0.005, 0.02)
        sched(
            dc, "unpack_config", "notice", "On loss of quorum: Ignore", "On loss of quorum: Ignore"
        )
        ops = []
        for verb, rsc, node, dest in actions:
            if verb == "Start":
                sched(
                    dc,
                    "log_list_item",
                    "notice",
                    "Actions: Start %s ( %s )",
                    f"Actions: Start      {rsc:<12}     ( {node} )",
                )
                ops.append(("start", rsc, node))
                ops.append(("monitor", rsc, node))
            elif verb == "Stop":
                sched(
                    dc,
                    "log_list_item",
                    "notice",
                    "Actions: Stop %s ( %s )",
                    f"Actions: Stop       {rsc:<12}     ( {node} )  due to node availability",
                )
                ops.append(("stop", rsc, node))
            elif verb == "Recover":
                sched(
                    dc,
                    "log_list_item",
                    "notice",
                    "Actions: Recover %s ( %s )",
                    f"Actions: Recover    {rsc:<12}     ( {node} )",
                )
                ops += [("stop", rsc, node), ("start", rsc, node), ("monitor", rsc, node)]
            elif verb == "Move":
                sched(
                    dc,
                    "log_list_item",
                    "notice",
                    "Actions: Move %s ( %s -> %s )",
                    f"Actions: Move       {rsc:<12}     ( {node} -> {dest} )",
                )
                ops += [("start", rsc, dest), ("monitor", rsc, dest)]
            elif verb == "Fence":
                sched(
                    dc,
                    "log_list_item",
                    "notice",
                    "Actions: Fence (%s) %s '%s'",
                    f"Actions: Fence (reboot) {node} 'peer is no longer part of the cluster'",
                )
        graph[0] += 1
        pe_input[0] += 1
        if warn:
            path = f"/var/lib/pacemaker/pengine/pe-warn-{pe_input[0] - 40}.bz2"
            sched(
                dc,
                "pcmk__log_transition_summary",
                "warning",
                "Calculated transition %d (with warnings), saving inputs in %s",
                f"Calculated transition {graph[0]} (with warnings), saving inputs in {path}",
            )
        else:
            path = f"/var/lib/pacemaker/pengine/pe-input-{pe_input[0]}.bz2"
            sched(
                dc,
                "pcmk__log_transition_summary",
                "notice",
                "Calculated transition %d, saving inputs in %s",
                f"Calculated transition {graph[0]}, saving inputs in {path}",
            )
        ctl(
            dc,
            "do_state_transition",
            "info",
            "State transition %s -> %s | input=%s cause=%s origin=%s",
            "State transition S_POLICY_ENGINE -> S_TRANSITION_ENGINE | input=I_PE_SUCCESS cause=C_IPC_MESSAGE origin=handle_response",
        )
        ctl(
            dc,
            "do_te_invoke",
            "info",
            "Processing graph %d (ref=%s) derived from %s",
            f"Processing graph {graph[0]} (ref=pe_calc-dc-{int(clock[0].timestamp())}-{r.randrange(14, 200)}) derived from {path}",
        )
        complete = 0
        if any(a[0] == "Fence" for a in actions):
            target = next(a[2] for a in actions if a[0] == "Fence")
            fence(dc, target)
            complete += 1
        for action, (op, rsc, node) in enumerate(ops, 3):
            interval = {"vip": 10000, "web": 20000}.get(rsc, 60000) if op == "monitor" else 0
            key = f"{rsc}_{op}_{interval}"
            if node == dc:
                ctl(
                    dc,
                    "te_rsc_command",
                    "notice",
                    "Initiating %s operation %s locally on %s | action %d",
                    f"Initiating {op} operation {key} locally on {node} | action {action}",
                )
            else:
                ctl(
                    dc,
                    "te_rsc_command",
                    "notice",
                    "Initiating %s operation %s on %s | action %d",
                    f"Initiating {op} operation {key} on {node} | action {action}",
                )
            execute(node, rsc, op, interval)
            if op != "monitor":
                rsc_node[rsc] = node
            complete += 1
        tick(0.05, 0.6)
        ctl(
            dc,
            "run_graph",
            "notice",
            "Transition %d (Complete=%d, Pending=%d, Fired=%d, Skipped=%d, Incomplete=%d, Source=%s): %s",
            f"Transition {graph[0]} (Complete={complete}, Pending=0, Fired=0, Skipped=0, Incomplete=0, Source={path}): Complete",
        )
        ctl(
            dc,
            "do_state_transition",
            "info",
            "State transition %s -> %s | input=%s cause=%s origin=%s",
            "State transition S_TRANSITION_ENGINE -> S_IDLE | input=I_TE_SUCCESS cause=C_FSA_INTERNAL origin=notify_crmd",
        )

    def execute(node: str, rsc: str, op: str, interval: int, rc: int = 0) -> None:
        call[node] += 1
        if interval == 0:
            p(
                node,
                "pacemaker-execd",
                "log_execute",
                "info",
                "executing - rsc:%s action:%s call_id:%d",
                f"executing - rsc:{rsc} action:{op} call_id:{call[node]}",
            )
            tick(0.02, 1.5 if op != "stop" else 0.4)
            p(
                node,
                "pacemaker-execd",
                "log_finished",
                "info",
                "finished - rsc:%s action:%s call_id:%d pid:%d exit-code:%d exec-time:%dms queue-time:%dms",
                f"finished - rsc:{rsc} action:{op} call_id:{call[node]} pid:{r.randrange(2000, 30000)} exit-code:{rc} exec-time:{r.randrange(12, 1400)}ms queue-time:0ms",
            )
        outcome = {0: "ok", 7: "not running", 1: "error"}[rc]
        ctl(
            node,
            "log_executor_event",
            "notice" if rc == 0 or op != "monitor" else "error",
            "Result of %s operation for %s on %s: %s | rc=%d call=%d key=%s confirmed=%s cib-update=%d",
            f"Result of {op} operation for {rsc} on {node}: {outcome} | rc={rc} call={call[node]} key={rsc}_{op}_{interval} confirmed={'false' if interval else 'true'} cib-update={r.randrange(30, 300)}",
        )
        cib_update(
            node,
            "crmd",
            xpath=f"/cib/status/node_state[@id='{nodes.index(node) + 1}']/lrm[@id='{nodes.index(node) + 1}']/lrm_resources/lrm_resource[@id='{rsc}']/lrm_rsc_op[@id='{rsc}_last_0']",
            attrs=f"@operation_key={rsc}_{op}_{interval}, @operation={op}, @transition-key={r.randrange(3, 12)}:{graph[0]}:0:{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}, @call-id={call[node]}, @rc-code={rc}, @exec-time={r.randrange(10, 900)}",
        )

    def fence(dc: str, target: str) -> None:
        cpid = pids[dc]["pacemaker-controld"]
        ctl(
            dc,
            "te_fence_node",
            "notice",
            "Requesting fencing (%s) targeting node %s | action=%s timeout=%u",
            f"Requesting fencing (reboot) targeting node {target} | action=1 timeout=60",
        )
        p(
            dc,
            "pacemaker-fenced",
            "handle_request",
            "notice",
            "Client %s wants to fence (%s) %s using %s",
            f"Client pacemaker-controld.{cpid} wants to fence (reboot) {target} using any device",
        )
        p(
            dc,
            "pacemaker-fenced",
            "initiate_remote_stonith_op",
            "notice",
            "Requesting peer fencing (%s) targeting %s | id=%s state=%s base_timeout=%d",
            f"Requesting peer fencing (reboot) targeting {target} | id={hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)} state=querying base_timeout=60",
        )
        tick(2, 9)
        p(
            dc,
            "pacemaker-fenced",
            "log_async_result",
            "notice",
            "Operation '%s' [%d] targeting %s using %s returned %d",
            f"Operation 'reboot' [{r.randrange(3000, 40000)}] targeting {target} using fence-{target} returned 0",
        )
        p(
            dc,
            "pacemaker-fenced",
            "finalize_op",
            "notice",
            "Operation '%s' targeting %s by %s for %s@%s: %s (%s) | id=%s",
            f"Operation 'reboot' targeting {target} by {dc} for pacemaker-controld.{cpid}@{dc}: OK (complete) | id={hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 4)}-{hexid(r, 12)}",
        )
        ctl(
            dc,
            "handle_fence_notification",
            "notice",
            "Peer %s was terminated (%s) by %s on behalf of %s@%s: %s",
            f"Peer {target} was terminated (reboot) by {dc} on behalf of pacemaker-controld.{cpid}@{dc}: OK",
        )

    # Boot: node1 first, node2 a few seconds later; node1 becomes the DC.
    corosync_start("node1")
    tick(0.5, 1)
    pacemaker_start("node1", 1725)
    tick(3, 6)
    corosync_start("node2")
    corosync_join("node1", "node2")
    corosync_join("node2", "node1")
    corosync_merge()
    tick(0.5, 1)
    pacemaker_start("node2", 1212)
    for node, inp, origin in (
        ("node1", "I_ELECTION", "election_win_cb"),
        ("node2", "I_PENDING", "do_started"),
    ):
        if node == "node1":
            ctl(
                node,
                "do_state_transition",
                "notice",
                "State transition %s -> %s | input=%s cause=%s origin=%s",
                "State transition S_PENDING -> S_ELECTION | input=I_NODE_JOIN cause=C_FSA_INTERNAL origin=peer_update_callback",
            )
            ctl(
                node,
                "do_state_transition",
                "info",
                "State transition %s -> %s | input=%s cause=%s origin=%s",
                f"State transition S_ELECTION -> S_INTEGRATION | input={inp} cause=C_FSA_INTERNAL origin={origin}",
            )
            ctl(
                node,
                "do_dc_takeover",
                "info",
                "Taking over DC status for this partition",
                "Taking over DC status for this partition",
            )
            ctl(
                node,
                "do_state_transition",
                "info",
                "State transition %s -> %s | input=%s cause=%s origin=%s",
                "State transition S_INTEGRATION -> S_FINALIZE_JOIN | input=I_INTEGRATED cause=C_FSA_INTERNAL origin=check_join_state",
            )
            ctl(
                node,
                "do_state_transition",
                "notice",
                "State transition %s -> %s | input=%s cause=%s origin=%s",
                "State transition S_FINALIZE_JOIN -> S_POLICY_ENGINE | input=I_FINALIZED cause=C_FSA_INTERNAL origin=check_join_state",
            )
        else:
            ctl(node, "update_dc", "info", "Set DC to %s (%s)", "Set DC to node1 (3.17.0)")
            ctl(
                node,
                "do_state_transition",
                "info",
                "State transition %s -> %s | input=%s cause=%s origin=%s",
                "State transition S_PENDING -> S_NOT_DC | input=I_NOT_DC cause=C_HA_MESSAGE origin=do_cl_join_finalize_respond",
            )
    # Probes, then the first placement.
    for rsc in rsc_node:
        for node in nodes:
            ctl(
                node,
                "log_executor_event",
                "notice",
                "Result of %s operation for %s on %s: %s | rc=%d call=%d key=%s confirmed=%s cib-update=%d",
                f"Result of probe operation for {rsc} on {node}: not running | rc=7 call={call[node]} key={rsc}_monitor_0 confirmed=true cib-update={r.randrange(10, 30)}",
            )
            call[node] += 1
    transition(
        "node1",
        [
            ("Start", "fence-node1", "node2", None),
            ("Start", "fence-node2", "node1", None),
            ("Start", "vip", "node1", None),
            ("Start", "web", "node1", None),
        ],
    )
    dc = "node1"
    for step in range(15):
        tick(60, 1800)
        roll = r.random()
        if roll < 0.35:
            # The web check fails where web runs: fail-count, then a recovery in place.
            node = rsc_node["web"]
            tick(0.1, 2)
            ctl(
                node,
                "log_executor_event",
                "error",
                "Result of %s operation for %s on %s: %s | rc=%d call=%d key=%s confirmed=%s cib-update=%d",
                f"Result of monitor operation for web on {node}: not running | rc=7 call={call[node] - 1} key=web_monitor_20000 confirmed=false cib-update={r.randrange(30, 300)}",
            )
            n = r.randrange(1, 4)
            for a in ("fail-count-web#monitor_20000", "last-failure-web#monitor_20000"):
                val = str(n) if a.startswith("fail") else str(int(clock[0].timestamp()))
                for peer in nodes:
                    p(
                        peer,
                        "pacemaker-attrd",
                        "attrd_peer_update_one",
                        "notice",
                        "Setting %s[%s]: %s -> %s | from %s",
                        f"Setting {a}[{node}]: {'(unset)' if n == 1 else n - 1 if a.startswith('fail') else int(clock[0].timestamp()) - 3600} -> {val} | from {node}",
                    )
            transition(
                dc,
                [("Recover", "web", node, None)],
                reason=(
                    "Transition %d aborted by %s doing %s %s=%s: Transient attribute change | cib=%s source=%s path=%s complete=%s",
                    f"Transition {graph[0]} aborted by status-{nodes.index(node) + 1}-fail-count-web.monitor_20000 doing {'create' if n == 1 else 'modify'} fail-count-web#monitor_20000={n}: Transient attribute change | cib=0.{cib[0]}.{cib[1]} source=abort_unless_down:314 path=/cib/status/node_state[@id='{nodes.index(node) + 1}']/transient_attributes[@id='{nodes.index(node) + 1}']/instance_attributes[@id='status-{nodes.index(node) + 1}'] complete=true",
                ),
            )
            sched(
                dc,
                "unpack_rsc_op_failure",
                "warning",
                "Unexpected result (%s) was recorded for %s of %s on %s at %s | exit-status=%d id=%s",
                f"Unexpected result (not running) was recorded for monitor of web on {node} at {clock[0]:%b} {clock[0].day:2d} {clock[0]:%H:%M:%S %Y} | exit-status=7 id=web_last_failure_0",
            )
        elif roll < 0.55:
            # An operator moves the group (pcs resource move), then clears the constraint.
            src = rsc_node["vip"]
            dst = "node2" if src == "node1" else "node1"
            cib_update(dc, "cibadmin", section="constraints")
            transition(
                dc,
                [("Move", "vip", src, dst), ("Move", "web", src, dst)],
                reason=(
                    "Transition %d aborted by %s doing %s %s: Configuration change | cib=%s source=%s path=%s complete=%s",
                    f"Transition {graph[0]} aborted by rsc_location.cli-prefer-vip 'create': Configuration change | cib=0.{cib[0]}.{cib[1]} source=te_update_diff_v2:483 path=/cib/configuration/constraints complete=true",
                ),
            )
        elif roll < 0.70:
            # The operator cleans up the failure history.
            node = rsc_node["web"]
            for peer in nodes:
                p(
                    peer,
                    "pacemaker-attrd",
                    "attrd_peer_update_one",
                    "notice",
                    "Setting %s[%s]: %s -> %s | from %s",
                    f"Setting fail-count-web#monitor_20000[{node}]: {r.randrange(1, 4)} -> (unset) | from {dc}",
                )
            ctl(
                dc,
                "abort_transition_graph",
                "info",
                "Transition %d aborted by deletion of %s: Resource state removal | cib=%s source=%s path=%s complete=%s",
                f"Transition {graph[0]} aborted by deletion of lrm_rsc_op[@id='web_last_failure_0']: Resource state removal | cib=0.{cib[0]}.{cib[1]} source=abort_unless_down:328 path=/cib/status/node_state[@id='{nodes.index(node) + 1}']/lrm[@id='{nodes.index(node) + 1}']/lrm_resources/lrm_resource[@id='web']/lrm_rsc_op[@id='web_last_failure_0'] complete=true",
            )
            transition(dc, [])
        elif roll < 0.80:
            base = r.randrange(0x20, 0x4000)
            for node in nodes:
                c(
                    node,
                    "notice",
                    "TOTEM",
                    "Retransmit List: %s",
                    f"Retransmit List: {' '.join(f'{x:x}' for x in range(base, base + r.randrange(1, 9)))}",
                )
        elif roll < 0.88 and step > 3:
            # node2 stops answering: token timeout, node loss, fencing, and its return.
            lost = "node2"
            c(
                "node1",
                "info",
                "KNET",
                "link: host: %u link: %u is down",
                "link: host: 2 link: 0 is down",
            )
            c(
                "node1",
                "info",
                "KNET",
                "host: host: %u (passive) best link: %u (pri: %u)",
                "host: host: 2 (passive) best link: 0 (pri: 1)",
            )
            c(
                "node1",
                "warning",
                "KNET",
                "host: host: %u has no active links",
                "host: host: 2 has no active links",
            )
            tick(2, 2.5)
            c(
                "node1",
                "notice",
                "TOTEM",
                "Token has not been received in %d ms",
                "Token has not been received in 2250 ms",
            )
            tick(0.7, 0.8)
            c(
                "node1",
                "notice",
                "TOTEM",
                "A processor failed, forming new configuration: token timed out (%ums), waiting %ums for consensus.",
                "A processor failed, forming new configuration: token timed out (3000ms), waiting 3600ms for consensus.",
            )
            tick(3.6, 3.7)
            membership[0] += 4
            c("node1", "notice", "QUORUM", "Sync members[%d]:%s", "Sync members[1]: 1")
            c("node1", "notice", "QUORUM", "Sync left[%d]:%s", "Sync left[1]: 2")
            c(
                "node1",
                "notice",
                "TOTEM",
                "A new membership (%u.%x) was formed. Members left:%s",
                f"A new membership (1.{membership[0]:x}) was formed. Members left: 2",
            )
            c(
                "node1",
                "notice",
                "TOTEM",
                "Failed to receive the leave message. failed:%s",
                "Failed to receive the leave message. failed: 2",
            )
            c("node1", "notice", "QUORUM", "Members[%d]:%s", "Members[1]: 1")
            c(
                "node1",
                "notice",
                "MAIN",
                "Completed service synchronization, ready to provide service.",
                "Completed service synchronization, ready to provide service.",
            )
            ctl(
                "node1",
                "pcmk_quorum_notification",
                "info",
                "Quorum retained | membership=%llu members=%lu",
                f"Quorum retained | membership={membership[0]} members=1",
            )
            ctl(
                "node1",
                "crm_update_peer_state_iter",
                "notice",
                "Node %s state is now %s | nodeid=%u previous=%s source=%s",
                "Node node2 state is now lost | nodeid=2 previous=member source=crm_reap_unseen_nodes",
            )
            ctl(
                "node1",
                "peer_update_callback",
                "warning",
                "Stonith/shutdown of node %s was not expected",
                "Stonith/shutdown of node node2 was not expected",
            )
            sched(
                "node1",
                "pe_fence_node",
                "warning",
                "Cluster node %s will be fenced: peer is no longer part of the cluster",
                "Cluster node node2 will be fenced: peer is no longer part of the cluster",
            )
            sched(
                "node1",
                "determine_online_status",
                "warning",
                "Node %s is unclean",
                "Node node2 is unclean",
            )
            acts: list[tuple[str, str, str, str | None]] = [("Fence", "", lost, None)]
            for rsc, where in rsc_node.items():
                if where == lost and rsc != "fence-node1":
                    acts.append(("Move", rsc, lost, "node1"))
            acts.append(("Stop", "fence-node1", lost, None))
            transition("node1", acts, warn=True)
            rsc_node["fence-node1"] = ""
            del pids[lost]
            tick(90, 200)
            corosync_start(lost)
            corosync_join("node1", lost)
            corosync_join(lost, "node1")
            corosync_merge()
            pacemaker_start(lost, r.randrange(900, 1300))
            ctl(lost, "update_dc", "info", "Set DC to %s (%s)", "Set DC to node1 (3.17.0)")
            ctl(
                lost,
                "do_state_transition",
                "info",
                "State transition %s -> %s | input=%s cause=%s origin=%s",
                "State transition S_PENDING -> S_NOT_DC | input=I_NOT_DC cause=C_HA_MESSAGE origin=do_cl_join_finalize_respond",
            )
            ctl(
                "node1",
                "crm_update_peer_state_iter",
                "notice",
                "Node %s state is now %s | nodeid=%u previous=%s source=%s",
                "Node node2 state is now member | nodeid=2 previous=lost source=pcmk__quorum_notification",
            )
            transition("node1", [("Start", "fence-node1", lost, None)])
        else:
            # The recurring monitors' results are written to the CIB quietly; the DC re-checks.
            ctl(
                dc,
                "crm_timer_popped",
                "info",
                "Cluster Recheck Timer just popped | input=I_PE_CALC time=%ums",
                "Cluster Recheck Timer just popped | input=I_PE_CALC time=900000ms",
            )
            transition(dc, [])
    return [cs["node1"], pm["node1"], cs["node2"], pm["node2"]]


# ------------------------------------------------------------------------------ cloud-init

PY = "/usr/lib/python3/dist-packages/cloudinit"
STAGES = {
    "init": [
        ("seed_random", "once-per-instance"),
        ("bootcmd", "always"),
        ("write_files", "once-per-instance"),
        ("growpart", "always"),
        ("resizefs", "always"),
        ("disk_setup", "once-per-instance"),
        ("mounts", "once-per-instance"),
        ("set_hostname", "always"),
        ("update_hostname", "always"),
        ("update_etc_hosts", "always"),
        ("ca_certs", "once-per-instance"),
        ("rsyslog", "once-per-instance"),
        ("users_groups", "once-per-instance"),
        ("ssh", "once-per-instance"),
    ],
    "config": [
        ("snap", "once-per-instance"),
        ("ssh_import_id", "once-per-instance"),
        ("keyboard", "once-per-instance"),
        ("locale", "once-per-instance"),
        ("set_passwords", "once-per-instance"),
        ("grub_dpkg", "once-per-instance"),
        ("apt_pipelining", "once-per-instance"),
        ("apt_configure", "once-per-instance"),
        ("ntp", "once-per-instance"),
        ("timezone", "once-per-instance"),
        ("runcmd", "once-per-instance"),
    ],
    "final": [
        ("package_update_upgrade_install", "once-per-instance"),
        ("write_files_deferred", "once-per-instance"),
        ("scripts_vendor", "once-per-instance"),
        ("scripts_per_once", "once"),
        ("scripts_per_boot", "always"),
        ("scripts_per_instance", "once-per-instance"),
        ("scripts_user", "once-per-instance"),
        ("ssh_authkey_fingerprints", "once-per-instance"),
        ("keys_to_console", "once-per-instance"),
        ("install_hotplug", "once-per-instance"),
        ("final_message", "always"),
    ],
}


def cloud_init(r: random.Random) -> list[Log]:
    """/var/log/cloud-init.log of an Ubuntu 22.04 EC2 instance: its first boot and a reboot, in
    cloud-init's own layout (Python logging: `asctime - file[LEVEL]: message`), with a user
    script that fails (a multi-line error and two tracebacks)."""
    log = Log("cloud-init.log", datetime(2024, 5, 1, 10, 2, 3, 112000, tzinfo=UTC))
    iid = "i-0" + hexid(r, 16)
    ver = "23.4.4-0ubuntu0~22.04.1"
    ip = f"172.31.{r.randrange(0, 48)}.{r.randrange(2, 250)}"
    up = [5.12]

    def emit(src: str, level: str, tid: str | None, msg: str) -> None:
        t = log.t
        lines = msg.split("\n")
        log.add(
            f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} - {src}[{level}]: {lines[0]}", tid
        )
        for line in lines[1:]:
            log.add(line, None)

    def dt(lo: float = 0.0005, hi: float = 0.02) -> None:
        d = r.uniform(lo, hi)
        log.t += timedelta(seconds=d)
        up[0] += d

    def read(path: str, size: int) -> None:
        emit("util.py", "DEBUG", "Reading from %s (quiet=%s)", f"Reading from {path} (quiet=False)")
        emit("util.py", "DEBUG", "Read %s bytes from %s", f"Read {size} bytes from {path}")

    def write_file(path: str, mode: str, perm: str, size: int) -> None:
        emit(
            "util.py",
            "DEBUG",
            "Writing to %s - %s: [%s] %s %s",
            f"Writing to {path} - {mode}: [{perm}] {size} bytes",
        )

    def cmd(argv: list[str], capture: bool = True, shell: bool = False) -> None:
        emit(
            "subp.py",
            "DEBUG",
            "Running command %s with allowed return codes %s (shell=%s, capture=%s)",
            f"Running command {argv!r} with allowed return codes [0] (shell={shell}, capture={capture})",
        )
        dt(0.005, 0.3)

    def welcome(mode: str) -> None:
        when = f"{log.t:%a, %d %b %Y %H:%M:%S} +0000"
        emit(
            "util.py",
            "DEBUG",
            "Cloud-init v. %s running '%s' at %s. Up %s seconds.",
            f"Cloud-init v. {ver} running '{mode}' at {when}. Up {up[0]:.2f} seconds.",
        )

    def took(mode: str, secs: float) -> None:
        emit(
            "util.py",
            "DEBUG",
            "cloud-init mode '%s' took %0.3f seconds (%0.2f)",
            f"cloud-init mode '{mode}' took {secs:.3f} seconds ({secs:.2f})",
        )

    def imds() -> None:
        emit(
            "DataSourceEc2.py",
            "DEBUG",
            "Fetching Ec2 IMDSv2 API Token",
            "Fetching Ec2 IMDSv2 API Token",
        )
        token_url = "http://169.254.169.254/latest/api/token"
        emit(
            "url_helper.py",
            "DEBUG",
            "[%s/%s] open '%s' with %s configuration",
            f"[0/1] open '{token_url}' with {{'url': '{token_url}', 'allow_redirects': True, 'method': 'PUT', 'timeout': 1.0, 'headers': {{'User-Agent': 'Cloud-Init/{ver}', 'X-aws-ec2-metadata-token-ttl-seconds': 'REDACTED'}}}} configuration",
        )
        dt(0.002, 0.05)
        emit(
            "url_helper.py",
            "DEBUG",
            "Read from %s (%s, %sb) after %s attempts",
            f"Read from {token_url} (200, 56b) after 1 attempts",
        )
        emit(
            "DataSourceEc2.py",
            "DEBUG",
            "Using metadata source: '%s'",
            "Using metadata source: 'http://169.254.169.254'",
        )
        for path, size in (("instance-id", 19), ("dynamic/instance-identity", 38)):
            url = f"http://169.254.169.254/2021-03-23/{path}"
            emit(
                "url_helper.py",
                "DEBUG",
                "[%s/%s] open '%s' with %s configuration",
                f"[0/0] open '{url}' with {{'url': '{url}', 'allow_redirects': True, 'method': 'GET', 'headers': {{'User-Agent': 'Cloud-Init/{ver}', 'X-aws-ec2-metadata-token': 'REDACTED'}}}} configuration",
            )
            dt(0.001, 0.01)
            emit(
                "url_helper.py",
                "DEBUG",
                "Read from %s (%s, %sb) after %s attempts",
                f"Read from {url} (200, {size}b) after 1 attempts",
            )
        emit(
            "DataSourceEc2.py",
            "DEBUG",
            "Crawl of metadata service took %.3f seconds",
            f"Crawl of metadata service took {r.uniform(0.05, 0.4):.3f} seconds",
        )

    def run_module(stage: str, mod: str, freq: str, first: bool, fail: bool = False) -> None:
        name = mod
        run = f"config-{mod}"
        section = {"init": "init-network", "config": "modules-config", "final": "modules-final"}[
            stage
        ]
        modobj = f"<module 'cloudinit.config.cc_{mod}' from '{PY}/config/cc_{mod}.py'>"
        emit(
            "modules.py",
            "DEBUG",
            "Running module %s (%s) with frequency %s",
            f"Running module {name} ({modobj}) with frequency {freq}",
        )
        emit(
            "handlers.py",
            "DEBUG",
            "start: %s/%s: running %s with frequency %s",
            f"start: {section}/{run}: running {run} with frequency {freq}",
        )
        sem = (
            f"/var/lib/cloud/instances/{iid}/sem/config_{mod}"
            if freq == "once-per-instance"
            else f"/var/lib/cloud/sem/config_{mod}.once"
        )
        if freq != "always" and not first:
            emit(
                "helpers.py",
                "DEBUG",
                "%s already ran (freq=%s)",
                f"{run} already ran (freq={freq})",
            )
            emit(
                "handlers.py",
                "DEBUG",
                "finish: %s/%s: %s: %s previously ran",
                f"finish: {section}/{run}: SUCCESS: {run} previously ran",
            )
            return
        if freq == "always":
            emit(
                "helpers.py",
                "DEBUG",
                "Running %s using lock (%s)",
                f"Running {run} using lock (<cloudinit.helpers.DummyLock object at 0x7f{hexid(r, 10)}>)",
            )
        else:
            write_file(sem, "wb", "644", 25)
            emit(
                "helpers.py",
                "DEBUG",
                "Running %s using lock (%s)",
                f"Running {run} using lock (<FileLock using file '{sem}'>)",
            )
        body(mod, first)
        dt(0.001, 0.08)
        if fail:
            emit(
                "cc_scripts_user.py",
                "WARNING",
                "Failed to run module %s (%s in %s)",
                f"Failed to run module {name} (scripts in /var/lib/cloud/instance/scripts)",
            )
            emit(
                "handlers.py",
                "DEBUG",
                "finish: %s/%s: %s: running %s with frequency %s",
                f"finish: {section}/{run}: FAIL: running {run} with frequency {freq}",
            )
            emit(
                "util.py",
                "WARNING",
                "Running module %s (%s) failed",
                f"Running module {name} ({modobj}) failed",
            )
            tb = [
                "Traceback (most recent call last):",
                f'  File "{PY}/config/modules.py", line 286, in _run_modules',
                "    ran, _r = cc.run(",
                f'  File "{PY}/cloud.py", line 60, in run',
                "    return self._runners.run(name, functor, args, freq, clear_on_fail)",
                f'  File "{PY}/helpers.py", line 156, in run',
                "    results = functor(*args)",
                f'  File "{PY}/config/cc_scripts_user.py", line 47, in handle',
                "    subp.runparts(runparts_path)",
                f'  File "{PY}/subp.py", line 391, in runparts',
                "    raise RuntimeError(",
                "RuntimeError: Runparts: 1 failures (part-001) in 1 attempted commands",
            ]
            emit(
                "util.py",
                "DEBUG",
                "Running module %s (%s) failed",
                f"Running module {name} ({modobj}) failed\n" + "\n".join(tb),
            )
        else:
            emit(
                "handlers.py",
                "DEBUG",
                "finish: %s/%s: %s: %s ran successfully",
                f"finish: {section}/{run}: SUCCESS: {run} ran successfully",
            )

    def body(mod: str, first: bool) -> None:
        if mod == "growpart":
            emit(
                "cc_growpart.py",
                "DEBUG",
                "No 'growpart' entry in cfg.  Using default: %s",
                "No 'growpart' entry in cfg.  Using default: {'mode': 'auto', 'devices': ['/'], 'ignore_growroot_disabled': False}",
            )
            cmd(["growpart", "--help"])
            read("/proc/self/mountinfo", r.randrange(2900, 3300))
            emit(
                "util.py",
                "DEBUG",
                "Reading from %s (quiet=%s)",
                "Reading from /sys/class/block/nvme0n1p1/partition (quiet=False)",
            )
            emit(
                "util.py",
                "DEBUG",
                "Read %s bytes from %s",
                "Read 2 bytes from /sys/class/block/nvme0n1p1/partition",
            )
            cmd(["growpart", "--dry-run", "/dev/nvme0n1", "1"])
            emit(
                "util.py",
                "DEBUG",
                "resize_devices took %.3f seconds",
                f"resize_devices took {r.uniform(0.02, 0.2):.3f} seconds",
            )
            if first:
                emit(
                    "cc_growpart.py",
                    "INFO",
                    "'%s' resized: changed (%s, %s) from %s to %s",
                    "'/' resized: changed (/dev/nvme0n1, 1) from 8587820544 to 32210157056",
                )
            else:
                emit(
                    "cc_growpart.py",
                    "DEBUG",
                    "'%s' %s: no change necessary (%s, %s)",
                    "'/' NOCHANGE: no change necessary (/dev/nvme0n1, 1)",
                )
        elif mod == "resizefs":
            emit(
                "cc_resizefs.py",
                "DEBUG",
                "Resizing %s (%s) using %s",
                "Resizing / (ext4) using resize2fs /dev/root",
            )
            cmd(["resize2fs", "/dev/root"])
            emit(
                "util.py",
                "DEBUG",
                "Resizing took %.3f seconds",
                f"Resizing took {r.uniform(0.005, 0.9):.3f} seconds",
            )
            emit(
                "cc_resizefs.py",
                "DEBUG",
                "Resized root filesystem (type=%s, val=%s)",
                "Resized root filesystem (type=ext4, val=True)",
            )
        elif mod in ("set_hostname", "update_hostname"):
            name = f"ip-{ip.replace('.', '-')}"
            emit(
                f"cc_{mod}.py",
                "DEBUG",
                "Setting the hostname to %s (%s)"
                if mod == "set_hostname"
                else "Updating hostname to %s (%s)",
                f"{'Setting the hostname to' if mod == 'set_hostname' else 'Updating hostname to'} {name}.eu-central-1.compute.internal ({name})",
            )
            read("/etc/hostname", len(name) + 1)
            if mod == "update_hostname" and first:
                write_file("/etc/hostname", "wb", "644", len(name) + 1)
                cmd(["hostnamectl", "set-hostname", name])
        elif mod == "update_etc_hosts":
            emit(
                "cc_update_etc_hosts.py",
                "DEBUG",
                "Configuration option 'manage_etc_hosts' is not set, not managing %s in module %s",
                "Configuration option 'manage_etc_hosts' is not set, not managing /etc/hosts in module update_etc_hosts",
            )
        elif mod == "ssh":
            for kt in ("rsa", "ecdsa", "ed25519"):
                emit(
                    "util.py",
                    "DEBUG",
                    "Attempting to remove %s",
                    f"Attempting to remove /etc/ssh/ssh_host_{kt}_key",
                )
                cmd(["ssh-keygen", "-t", kt, "-N", "", "-f", f"/etc/ssh/ssh_host_{kt}_key"])
            write_file("/home/ubuntu/.ssh/authorized_keys", "wb", "600", r.randrange(380, 420))
        elif mod == "users_groups":
            emit("distros/__init__.py", "DEBUG", "Adding user %s", "Adding user ubuntu")
            cmd(
                [
                    "useradd",
                    "ubuntu",
                    "--comment",
                    "Ubuntu",
                    "--groups",
                    "adm,audio,cdrom,dialout,dip,floppy,lxd,netdev,plugdev,sudo,video",
                    "--shell",
                    "/bin/bash",
                    "-m",
                ]
            )
            write_file("/etc/sudoers.d/90-cloud-init-users", "wb", "440", 140)
        elif mod == "locale":
            emit("cc_locale.py", "DEBUG", "Setting locale to %s", "Setting locale to C.UTF-8")
            cmd(["update-locale", "--locale-file=/etc/default/locale", "LANG=C.UTF-8"])
        elif mod == "apt_configure":
            emit(
                "cc_apt_configure.py", "DEBUG", "handling apt config: %s", "handling apt config: {}"
            )
            emit(
                "cc_apt_configure.py",
                "DEBUG",
                "Apt Mirror info: %s",
                "Apt Mirror info: {'primary': 'http://eu-central-1.ec2.archive.ubuntu.com/ubuntu/', 'security': 'http://security.ubuntu.com/ubuntu', 'MIRROR': 'http://eu-central-1.ec2.archive.ubuntu.com/ubuntu/', 'PRIMARY': 'http://eu-central-1.ec2.archive.ubuntu.com/ubuntu/', 'SECURITY': 'http://security.ubuntu.com/ubuntu'}",
            )
            write_file("/etc/apt/sources.list", "wb", "644", 2984)
        elif mod == "runcmd":
            write_file(f"/var/lib/cloud/instances/{iid}/scripts/runcmd", "wb", "700", 96)
        elif mod == "package_update_upgrade_install":
            cmd(
                [
                    "eatmydata",
                    "apt-get",
                    "--option=Dpkg::Options::=--force-confold",
                    "--option=Dpkg::options::=--force-unsafe-io",
                    "--assume-yes",
                    "--quiet",
                    "update",
                ],
                capture=False,
            )
            dt(4, 12)
            cmd(
                [
                    "eatmydata",
                    "apt-get",
                    "--option=Dpkg::Options::=--force-confold",
                    "--option=Dpkg::options::=--force-unsafe-io",
                    "--assume-yes",
                    "--quiet",
                    "install",
                    "nginx",
                    "jq",
                    "awscli",
                ],
                capture=False,
            )
            dt(10, 40)
        elif mod in ("scripts_per_boot", "scripts_user"):
            sub = "per-boot" if mod == "scripts_per_boot" else "scripts"
            path = (
                f"/var/lib/cloud/scripts/{sub}"
                if mod == "scripts_per_boot"
                else "/var/lib/cloud/instance/scripts"
            )
            part = "10-mount-data.sh" if mod == "scripts_per_boot" else "part-001"
            cmd([f"{path}/{part}"], capture=False)
            dt(0.5, 3)
            if mod == "scripts_user":
                emit(
                    "subp.py",
                    "DEBUG",
                    "Unexpected error while running command.",
                    f"Unexpected error while running command.\nCommand: ['{path}/{part}']\nExit code: 1\nReason: -\nStdout: -\nStderr: -",
                )
        elif mod == "final_message":
            when = f"{log.t:%a, %d %b %Y %H:%M:%S} +0000"
            emit(
                "util.py",
                "DEBUG",
                "Cloud-init v. %s finished at %s. Datasource %s.  Up %s seconds",
                f"Cloud-init v. {ver} finished at {when}. Datasource DataSourceEc2Local.  Up {up[0]:.2f} seconds",
            )
            write_file("/var/lib/cloud/instance/boot-finished", "wb", "644", 65)
        elif mod == "keys_to_console":
            cmd(["/usr/lib/cloud-init/write-ssh-key-fingerprints", "", "ssh-dss"])

    def boot(first: bool) -> None:
        up[0] = r.uniform(4.5, 7)
        welcome("init-local")
        emit(
            "main.py",
            "DEBUG",
            "No kernel command line url found.",
            "No kernel command line url found.",
        )
        emit("main.py", "DEBUG", "Closing stdin.", "Closing stdin.")
        write_file("/var/log/cloud-init.log", "ab", "640", 0)
        cmd(["chown", "syslog:adm", "/var/log/cloud-init.log"])
        emit(
            "util.py",
            "DEBUG",
            "Attempting to remove %s",
            "Attempting to remove /var/lib/cloud/instance/boot-finished",
        )
        emit(
            "handlers.py",
            "DEBUG",
            "start: %s: attempting to read from cache [%s]",
            "start: init-local/check-cache: attempting to read from cache [check]",
        )
        if first:
            emit(
                "util.py",
                "DEBUG",
                "Reading from %s (quiet=%s)",
                "Reading from /var/lib/cloud/instance/obj.pkl (quiet=False)",
            )
            emit("stages.py", "DEBUG", "no cache found", "no cache found")
            emit(
                "handlers.py",
                "DEBUG",
                "finish: %s: %s: no cache found",
                "finish: init-local/check-cache: SUCCESS: no cache found",
            )
        else:
            read("/var/lib/cloud/instance/obj.pkl", r.randrange(9000, 12000))
            emit(
                "util.py",
                "DEBUG",
                "Reading from %s (quiet=%s)",
                "Reading from /run/cloud-init/.instance-id (quiet=False)",
            )
            emit(
                "stages.py",
                "DEBUG",
                "Restored from cache with run check, datasource: %s",
                "Restored from cache with run check, datasource: DataSourceEc2Local",
            )
            emit(
                "handlers.py",
                "DEBUG",
                "finish: %s: %s: restored from cache with run check: %s",
                "finish: init-local/check-cache: SUCCESS: restored from cache with run check: DataSourceEc2Local",
            )
        emit(
            "stages.py",
            "DEBUG",
            "Using distro class %s",
            "Using distro class <class 'cloudinit.distros.ubuntu.Distro'>",
        )
        if first:
            emit(
                "sources/__init__.py",
                "DEBUG",
                "Looking for data source in: %s, via packages %s that matches dependencies %s",
                "Looking for data source in: ['Ec2', 'None'], via packages ['', 'cloudinit.sources'] that matches dependencies ['FILESYSTEM']",
            )
            emit(
                "sources/__init__.py",
                "DEBUG",
                "Searching for %s data source in: %s",
                "Searching for local data source in: ['DataSourceEc2Local']",
            )
            emit(
                "handlers.py",
                "DEBUG",
                "start: %s: searching for %s data from %s",
                "start: init-local/search-Ec2Local: searching for local data from DataSourceEc2Local",
            )
            emit(
                "sources/__init__.py",
                "DEBUG",
                "Seeing if we can get any data from %s",
                "Seeing if we can get any data from <class 'cloudinit.sources.DataSourceEc2.DataSourceEc2Local'>",
            )
            emit(
                "sources/__init__.py",
                "DEBUG",
                "Update datasource metadata and network config due to events: %s",
                "Update datasource metadata and network config due to events: boot-new-instance",
            )
            emit(
                "DataSourceEc2.py",
                "DEBUG",
                "strict_mode: %s, cloud_name=%s cloud_platform=%s",
                "strict_mode: warn, cloud_name=aws cloud_platform=ec2",
            )
            cmd(["ip", "-4", "route", "show", "0.0.0.0/0"])
            dt(0.05, 0.4)
            imds()
            emit(
                "handlers.py",
                "DEBUG",
                "finish: %s: %s: found %s data from %s",
                "finish: init-local/search-Ec2Local: SUCCESS: found local data from DataSourceEc2Local",
            )
            emit(
                "stages.py",
                "INFO",
                "Loaded datasource %s - %s",
                "Loaded datasource DataSourceEc2Local - DataSourceEc2Local",
            )
            emit(
                "util.py",
                "DEBUG",
                "Attempting to remove %s",
                "Attempting to remove /var/lib/cloud/instance",
            )
            emit(
                "util.py",
                "DEBUG",
                "Creating symbolic link from %r => %r",
                f"Creating symbolic link from '/var/lib/cloud/instance' => '/var/lib/cloud/instances/{iid}'",
            )
            write_file(f"/var/lib/cloud/instances/{iid}/datasource", "wb", "644", 29)
            write_file("/var/lib/cloud/data/previous-datasource", "wb", "644", 29)
            read("/var/lib/cloud/data/instance-id", 0)
            write_file("/var/lib/cloud/data/instance-id", "wb", "644", len(iid) + 1)
            write_file("/var/lib/cloud/data/previous-instance-id", "wb", "644", len(iid) + 1)
            write_file("/var/lib/cloud/instance/obj.pkl", "wb", "400", r.randrange(9000, 12000))
        else:
            emit(
                "stages.py",
                "DEBUG",
                "Checking if cached datasource is valid: %s",
                "Checking if cached datasource is valid: DataSourceEc2Local",
            )
            emit(
                "sources/__init__.py",
                "DEBUG",
                "Allowed events: %s",
                "Allowed events: {<EventScope.NETWORK: 'network'>: {<EventType.BOOT_NEW_INSTANCE: 'boot-new-instance'>}}",
            )
            emit(
                "sources/__init__.py",
                "DEBUG",
                "Event Denied: scopes=%s EventType=%s",
                "Event Denied: scopes=['network'] EventType=boot",
            )
            # The metadata service is slow this time: the token request times out once.
            token = "http://169.254.169.254/latest/api/token"
            emit(
                "url_helper.py",
                "WARNING",
                "Calling '%s' failed [%s/%ss]: %s",
                f"Calling '{token}' failed [0/1s]: request error [HTTPConnectionPool(host='169.254.169.254', port=80): Read timed out. (read timeout=1.0)]",
            )
            dt(1, 1.2)
            imds()
        dt(0.05, 0.3)
        took("init-local", up[0] - 4)
        dt(2, 4)
        welcome("init")
        emit(
            "handlers.py",
            "DEBUG",
            "start: %s: attempting to read from cache [%s]",
            "start: init-network/check-cache: attempting to read from cache [trust]",
        )
        read("/var/lib/cloud/instance/obj.pkl", r.randrange(9000, 12000))
        emit(
            "handlers.py",
            "DEBUG",
            "finish: %s: %s: restored from cache: %s",
            "finish: init-network/check-cache: SUCCESS: restored from cache: DataSourceEc2Local",
        )
        emit(
            "stages.py",
            "INFO",
            "Skipping modules '%s' because no applicable config is provided.",
            "Skipping modules 'disk_setup,ca_certs,rsyslog' because no applicable config is provided.",
        )
        for mod, freq in STAGES["init"]:
            if mod in ("disk_setup", "ca_certs", "rsyslog"):
                continue
            run_module("init", mod, freq, first)
            dt()
        took("init", r.uniform(1, 6))
        dt(2, 5)
        for stage, mode in (("config", "modules:config"), ("final", "modules:final")):
            welcome(mode)
            if stage == "config":
                emit(
                    "modules.py",
                    "INFO",
                    "Skipping modules %s because they are not verified on distro '%s'.  To run anyway, add them to 'unverified_modules' in config.",
                    "Skipping modules 'ssh_import_id,keyboard' because they are not verified on distro 'ubuntu'.  To run anyway, add them to 'unverified_modules' in config.",
                )
            for mod, freq in STAGES[stage]:
                if mod in ("ssh_import_id", "keyboard"):
                    continue
                run_module(stage, mod, freq, first, fail=first and mod == "scripts_user")
                dt()
            took("modules", r.uniform(0.5, 60))
            dt(1, 4)

    boot(first=True)
    log.t += timedelta(days=2, hours=3, seconds=r.uniform(0, 3000))
    boot(first=False)
    return [log]


# ------------------------------------------------------------------------------ mattermost


def mattermost(r: random.Random) -> list[Log]:
    """Mattermost 9.5's JSON log (logs/mattermost.log): mlog's `timestamp`, `level`, `msg`,
    `caller` and structured fields; most messages are constant, with the variables in fields, but
    AppError messages are translated with parameters and a few old call sites format the text."""
    log = Log("mattermost.log", datetime(2024, 5, 14, 9, 12, 1, 114000, tzinfo=UTC))
    users = [alnum(r, 26).lower() for _ in range(14)]
    teams = [alnum(r, 26).lower() for _ in range(3)]
    channels = [alnum(r, 26).lower() for _ in range(20)]
    ips = [f"10.20.{r.randrange(0, 8)}.{r.randrange(2, 250)}" for _ in range(10)]

    def emit(level: str, tid: str, msg: str, caller: str, **fields: object) -> None:
        t = log.t
        rec = {
            "timestamp": f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} Z",
            "level": level,
            "msg": msg,
            "caller": caller,
        }
        rec.update(fields)
        log.add(json.dumps(rec, separators=(",", ":"), ensure_ascii=False), tid)

    def rid() -> str:
        return alnum(r, 26).lower()

    def boot() -> None:
        emit(
            "info",
            "Server is initializing...",
            "Server is initializing...",
            "app/server.go:265",
            go_version="go1.21.8",
        )
        emit("info", "Pinging SQL", "Pinging SQL", "sqlstore/store.go:272", database="master")
        emit("info", "Pinging SQL", "Pinging SQL", "sqlstore/store.go:272", database="replica-0")
        emit(
            "info",
            "Loaded system translations",
            "Loaded system translations",
            "i18n/i18n.go:175",
            **{"for locale": "en", "from locale": "/opt/mattermost/i18n/en.json"},
        )
        emit(
            "info",
            "Post.Message has size restrictions",
            "Post.Message has size restrictions",
            "sqlstore/post_store.go:2592",
            max_characters=16383,
            max_bytes=65535,
        )
        emit(
            "info",
            "Starting websocket hubs",
            "Starting websocket hubs",
            "platform/web_hub.go:91",
            number_of_hubs=4,
        )
        emit(
            "info",
            "Current version is %v (%v/%v/%v/%v)",
            "Current version is 9.5.3 (9.5.3/Thu Apr  4 18:22:34 UTC 2024/8a6b4b0f3c1f8c52c84a09d7aee0fe1ff0dbb2a0/none)",
            "app/server.go:584",
            current_version="9.5.3",
            build_number="9.5.3",
            build_date="Thu Apr  4 18:22:34 UTC 2024",
            build_hash="8a6b4b0f3c1f8c52c84a09d7aee0fe1ff0dbb2a0",
            build_hash_enterprise="none",
            service_environment="production",
        )
        emit(
            "info",
            "Enterprise Build",
            "Enterprise Build",
            "app/server.go:597",
            enterprise_build=False,
        )
        emit(
            "info",
            "Printing current working",
            "Printing current working",
            "app/server.go:603",
            directory="/opt/mattermost",
        )
        emit(
            "info",
            "Loaded config",
            "Loaded config",
            "app/server.go:604",
            source="file:///opt/mattermost/config/config.json",
        )
        emit("info", "Starting up plugins", "Starting up plugins", "app/plugin.go:246")
        for pid, ver in (
            ("playbooks", "1.39.3"),
            ("com.mattermost.calls", "0.26.2"),
            ("com.mattermost.nps", "1.3.3"),
            ("jitsi", "2.1.0"),
        ):
            emit(
                "info",
                "Ensuring plugin is enabled",
                "Ensuring plugin is enabled",
                "app/plugin.go:219",
                plugin_id=pid,
            )
            log.tick(r, 0.1, 0.8)
            emit(
                "info",
                "Activated plugin",
                "Activated plugin",
                "app/plugin.go:339",
                plugin_id=pid,
                version=ver,
            )
        emit(
            "warn",
            "Plugin does not have a valid signature",
            "Plugin does not have a valid signature",
            "app/plugin_install.go:378",
            plugin_id="jitsi",
            error="signature not found",
        )
        emit("info", "Starting Server...", "Starting Server...", "app/server.go:1069")
        emit(
            "info",
            "Server is listening on",
            "Server is listening on",
            "app/server.go:1170",
            address="[::]:8065",
        )
        emit(
            "info",
            "Sending systemd READY notification.",
            "Sending systemd READY notification.",
            "commands/server.go:122",
        )
        emit(
            "debug",
            "Email batching job starting. Checking for pending emails periodically.",
            "Email batching job starting. Checking for pending emails periodically.",
            "email/email_batching.go:150",
            interval_in_seconds=30,
        )
        for w in (
            "ExpiryNotify",
            "ActiveUsers",
            "PluginsJob",
            "ExportDelete",
            "ProductNotices",
            "CleanupDesktopTokens",
        ):
            emit("debug", "Worker: Started", "Worker: Started", "jobs/base_workers.go:52", worker=w)

    def http_err(
        status: int,
        tid: str,
        msg: str,
        path: str,
        where: str,
        err: str,
        method: str = "GET",
        user: str = "",
    ) -> None:
        emit(
            "debug" if status in (401, 404) else "error",
            tid,
            msg,
            "web/context.go:121",
            path=path,
            request_id=rid(),
            ip_addr=r.choice(ips),
            user_id=user,
            method=method,
            err_where=where,
            http_code=status,
            error=err,
        )

    boot()
    for step in range(330):
        log.tick(r, 0.05, 40)
        roll = r.random()
        u = r.choice(users)
        ch = r.choice(channels)
        if roll < 0.30:
            path, method, code = r.choice(
                [
                    ("/api/v4/users/me", "GET", "200"),
                    (f"/api/v4/channels/{ch}/posts", "GET", "200"),
                    ("/api/v4/posts", "POST", "201"),
                    ("/api/v4/channels/members/me/view", "POST", "200"),
                    (f"/api/v4/users/{u}/teams/unread", "GET", "200"),
                    ("/api/v4/users/status/ids", "POST", "200"),
                ]
            )
            emit(
                "debug",
                "Received HTTP request",
                "Received HTTP request",
                "web/handlers.go:173",
                method=method,
                url=path,
                request_id=rid(),
                host="chat.example.com",
                scheme="https",
                status_code=code,
            )
        elif roll < 0.40:
            err = r.choice(
                [
                    "websocket: close 1001 (going away)",
                    "websocket: close 1006 (abnormal closure): unexpected EOF",
                    "read tcp 10.20.0.4:8065->10.20.3.17:52314: i/o timeout",
                ]
            )
            emit(
                "debug",
                "websocket.NextReader: closing websocket",
                "websocket.NextReader: closing websocket",
                "platform/web_conn.go:833",
                user_id=u,
                error=err,
            )
        elif roll < 0.48:
            http_err(
                401,
                "Invalid or expired session, please login again.",
                "Invalid or expired session, please login again.",
                "/api/v4/users/me",
                "ServerSessionHandler",
                "ServerSessionHandler: Invalid or expired session, please login again., token="
                + alnum(r, 26).lower(),
            )
        elif roll < 0.54:
            name = r.choice(["channel_id", "user_id", "post_id", "team_id", "file_id"])
            http_err(
                400,
                "Invalid %s parameter.",
                f"Invalid {name} parameter.",
                f"/api/v4/{name.split('_')[0]}s/undefined",
                "Context",
                f"Context: Invalid {name} parameter., ",
                user=u,
            )
        elif roll < 0.57:
            name = r.choice(["post", "channel", "user"])
            http_err(
                400,
                "Invalid or missing %s in request body.",
                f"Invalid or missing {name} in request body.",
                f"/api/v4/{name}s",
                "Context",
                f"Context: Invalid or missing {name} in request body., ",
                method=r.choice(["POST", "PUT"]),
                user=u,
            )
        elif roll < 0.62:
            team = r.choice(teams)
            cname = r.choice(
                ["town-square", "off-topic", "release-2024-q2", "incident-4711", "design-reviews"]
            )
            http_err(
                404,
                "Unable to get the channel by name.",
                "Unable to get the channel by name.",
                f"/api/v4/teams/{team}/channels/name/{cname}",
                "GetByName",
                f'GetByName: Unable to get the channel by name., failed to find Channel: resource "Channel" not found, id: name={cname}, teamId={team}',
                user=u,
            )
        elif roll < 0.66:
            http_err(
                403,
                "You do not have the appropriate permissions.",
                "You do not have the appropriate permissions.",
                f"/api/v4/channels/{ch}/members",
                "Permissions",
                f"Permissions: You do not have the appropriate permissions., userId={u}, permission=manage_private_channel_members",
                method="POST",
                user=u,
            )
        elif roll < 0.69:
            http_err(
                401,
                "Enter a valid email or username and/or password.",
                "Enter a valid email or username and/or password.",
                "/api/v4/users/login",
                "login",
                "login: Enter a valid email or username and/or password., ",
                method="POST",
            )
        elif roll < 0.72:
            http_err(
                500,
                "We encountered an error finding the post.",
                "We encountered an error finding the post.",
                f"/api/v4/posts/{rid()}/thread",
                "GetPostThread",
                "GetPostThread: We encountered an error finding the post., failed to find Posts with postId="
                + rid()
                + ": pq: canceling statement due to statement timeout",
                user=u,
            )
        elif roll < 0.77:
            w = r.choice(
                [
                    "ExpiryNotify",
                    "ActiveUsers",
                    "ExportDelete",
                    "ProductNotices",
                    "CleanupDesktopTokens",
                ]
            )
            jid = rid()
            emit(
                "debug",
                "Worker: Job is started",
                "Worker: Job is started",
                "jobs/base_workers.go:75",
                worker=w,
                job_id=jid,
            )
            log.tick(r, 0.01, 3)
            if r.random() < 0.15:
                emit(
                    "error",
                    "Worker: Failed to run job",
                    "Worker: Failed to run job",
                    "jobs/base_workers.go:93",
                    worker=w,
                    job_id=jid,
                    error='ProductNoticesWorker: Unable to fetch notices., Get "https://notices.mattermost.com/": dial tcp: lookup notices.mattermost.com on 10.20.0.2:53: server misbehaving',
                )
            else:
                emit(
                    "info",
                    "Worker: Job is complete",
                    "Worker: Job is complete",
                    "jobs/base_workers.go:97",
                    worker=w,
                    job_id=jid,
                )
        elif roll < 0.80:
            emit(
                "warn",
                "Failed to update LastActivityAt",
                "Failed to update LastActivityAt",
                "app/session.go:420",
                user_id=u,
                session_id=rid(),
                error="failed to update LastActivityAt for user_id="
                + u
                + ": pq: deadlock detected",
            )
        elif roll < 0.84:
            emit(
                "error",
                "Failed to send push notification",
                "Failed to send push notification",
                "app/notification_push.go:618",
                user_id=u,
                type="message",
                status="error",
                reason=r.choice(["push_proxy_send_error", "push_proxy_remove_device"]),
                error=r.choice(
                    [
                        'Post "https://push.mattermost.com/api/v1/send_push": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                        "Device token is no longer valid",
                    ]
                ),
            )
        elif roll < 0.87:
            emit(
                "warn",
                "Error while sending email",
                "Error while sending email",
                "app/notification_email.go:199",
                user_id=u,
                error="SendMail: Unable to send email., dial tcp 10.20.0.25:587: i/o timeout",
            )
        elif roll < 0.90:
            emit(
                "info",
                "Websocket.slow: dropping message",
                "Websocket.slow: dropping message",
                "platform/web_conn.go:752",
                user_id=u,
                type=r.choice(["typing", "posted", "status_change", "channel_viewed"]),
                channel_id=ch,
            )
        elif roll < 0.92:
            emit(
                "debug",
                "Failed to upgrade websocket connection",
                "Failed to upgrade websocket connection",
                "web/websocket.go:46",
                error="websocket: the client is not using the websocket protocol: 'upgrade' token not found in 'Connection' header",
            )
        elif roll < 0.94:
            emit(
                "info",
                "Plugin health check failed",
                "Plugin health check failed",
                "plugin/health_check.go:61",
                plugin_id="com.mattermost.calls",
                error="plugin RPC connection is not responding",
            )
            log.tick(r, 0.5, 2)
            emit(
                "info",
                "Restarting plugin due to failed health check",
                "Restarting plugin due to failed health check",
                "plugin/health_check.go:62",
                plugin_id="com.mattermost.calls",
            )
            emit(
                "info",
                "Activated plugin",
                "Activated plugin",
                "app/plugin.go:339",
                plugin_id="com.mattermost.calls",
                version="0.26.2",
            )
        elif roll < 0.96:
            emit(
                "debug",
                "Unable to find the user %v in the team %v",
                f"Unable to find the user {u} in the team {r.choice(teams)}",
                "app/team.go:1188",
            )
        elif roll < 0.98:
            emit(
                "debug",
                "Email batching job ran. %v user(s) still have notifications pending.",
                f"Email batching job ran. {r.randrange(0, 9)} user(s) still have notifications pending.",
                "email/email_batching.go:186",
            )
        else:
            emit(
                "warn",
                "Unable to authenticate cluster request",
                "Unable to authenticate cluster request",
                "app/cluster_handlers.go:32",
                ip_addr=r.choice(ips),
            )
        if step == 220:
            log.tick(r, 2, 30)
            emit("info", "Stopping Server...", "Stopping Server...", "app/server.go:848")
            emit(
                "info",
                "stopping websocket hub connections",
                "stopping websocket hub connections",
                "platform/web_hub.go:104",
            )
            for w in (
                "ExpiryNotify",
                "ActiveUsers",
                "PluginsJob",
                "ExportDelete",
                "ProductNotices",
                "CleanupDesktopTokens",
            ):
                emit(
                    "debug",
                    "Worker: Received stop signal",
                    "Worker: Received stop signal",
                    "jobs/base_workers.go:64",
                    worker=w,
                )
                emit(
                    "debug",
                    "Worker: Finished",
                    "Worker: Finished",
                    "jobs/base_workers.go:67",
                    worker=w,
                )
            emit("info", "Server stopped", "Server stopped", "app/server.go:906")
            log.tick(r, 5, 20)
            boot()
    return [log]


SYSTEMS = {
    "chrony": chrony,
    "smartd": smartd,
    "pacemaker": pacemaker,
    "cloud-init": cloud_init,
    "mattermost": mattermost,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
