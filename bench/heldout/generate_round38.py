#!/usr/bin/env python3
# ruff: noqa: E501, UP031  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 38 (fluentd, influxdb, knot, salt-minion, solr) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: Fluentd's log (`2024-06-11 06:00:02 +0000 [info]: #0 msg
key="value"`: the level in brackets with a colon, the worker's `#N`, trailing key=value pairs and a
multi-line configuration dump), InfluxDB 2's zap logfmt (`ts=... lvl=info msg="..." log_id=...`,
`lvl` rather than `level`, `op_name`/`op_event` pairs), Knot DNS's log (`2024-06-11T06:00:02+0000
info: [example.com.] msg`: an ISO time with a numeric zone, a level word with a colon, the zone in
brackets), the Salt minion's log file (`2024-06-11 06:00:02,118 [salt.minion      :1688][INFO
][2144] msg`: the logger's name and line padded inside brackets) and Solr 9's log
(`2024-06-11 06:00:02.118 INFO  (qtp1791045777-23) [c:products s:shard1 r:core_node3
x:products_shard1_replica_n1] o.a.s.c.S.Request msg`: the thread in parentheses, the MDC in
brackets, an abbreviated logger, Java stack traces). Run it only to change the data on purpose:
`python bench/heldout/generate_round38.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, ip4

# --------------------------------------------------------------------------------- Knot DNS

KNOT_MASTER_ZONES = ["example.com.", "example.net.", "shop.example.com.", "corp.example.org."]
KNOT_SLAVE_ZONES = ["partner.example.", "example.org.", "lab.example.io."]
KNOT_SECONDARIES = ["192.0.2.53", "198.51.100.53", "203.0.113.53"]
KNOT_PRIMARY = "192.0.2.10"


def knot(r: random.Random) -> list[Log]:
    """Knot DNS 3.3's knotd logging to a file (`log: - target: /var/log/knot/knot.log`):
    `%Y-%m-%dT%H:%M:%S%z level: ` then the message, zone messages with `[zone.] ` before them
    (log_zone_*), so the zone is context; a start, zones loaded and signed, refreshes, transfers,
    notifies, dynamic updates, denied ACLs, a missing zone file and a reload."""
    log = Log("knot.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    serial = {z: 2024061100 + r.randrange(1, 9) for z in KNOT_MASTER_ZONES + KNOT_SLAVE_ZONES}

    def emit(level: str, msg: str, label: str, zone: str = "", lo=0.0, hi=0.01) -> None:
        log.tick(r, lo, hi)
        where = f"[{zone}] " if zone else ""
        log.add(f"{log.t:%Y-%m-%dT%H:%M:%S+0000} {level}: {where}{msg}", label)

    def remote(addr: str) -> str:
        return f"{addr}@{r.choice([53, 53, r.randrange(1024, 65535)])}"

    def start() -> None:
        emit("info", "Knot DNS 3.3.5 starting", "Knot DNS %s starting", lo=1, hi=3)
        emit(
            "info",
            "loaded configuration file '/etc/knot/knot.conf', mapsize 500 MiB",
            "loaded configuration file '%s', mapsize %zu MiB",
        )
        emit(
            "info",
            "using UDP reuseport, incoming TCP Fast Open",
            "using UDP reuseport, incoming TCP Fast Open",
        )
        for a in ["0.0.0.0@53", "::@53"]:
            emit("info", f"binding to interface {a}", "binding to interface %s")
        emit("info", "loading 7 zones", "loading %zu zones")
        for z in KNOT_MASTER_ZONES + KNOT_SLAVE_ZONES:
            emit("info", "zone will be loaded", "zone will be loaded", z)
        emit("info", "starting server", "starting server")
        for z in KNOT_MASTER_ZONES:
            if z == "corp.example.org." and r.random() < 0.5:
                emit(
                    "error",
                    "zone loader, failed to load zone file '/var/lib/knot/corp.example.org.zone' (not exists)",
                    "zone loader, failed to load zone file '%s' (%s)",
                    z,
                )
                emit(
                    "error",
                    "zone event 'load' failed (not exists)",
                    "zone event '%s' failed (%s)",
                    z,
                )
                continue
            emit("info", f"zone file parsed, serial {serial[z]}", "zone file parsed, serial %u", z)
            for kind, tag in (("KSK", r.randrange(1000, 65535)), ("ZSK", r.randrange(1000, 65535))):
                emit(
                    "info",
                    f"DNSSEC, key, tag {tag:5d}, algorithm ECDSAP256SHA256, {kind}, public, active",
                    "DNSSEC, key, tag %5d, algorithm %s, %s, public, active",
                    z,
                )
            sign(z)
            emit(
                "info",
                f"loaded, serial none -> {serial[z]}, {r.randrange(900, 90000)} bytes",
                "loaded, serial %s -> %u, %zu bytes",
                z,
            )
        for z in KNOT_SLAVE_ZONES:
            emit(
                "info",
                "failed to parse zone file (not exists)",
                "failed to parse zone file (%s)",
                z,
            )
            emit(
                "info",
                f"zone will be bootstrapped, serial {serial[z]}",
                "zone will be bootstrapped, serial %u",
                z,
            )
            axfr_in(z)
        emit(
            "info",
            "server started in the foreground, PID 812",
            "server started in the foreground, PID %u",
        )
        emit("info", "control, binding to '/run/knot/knot.sock'", "control, binding to '%s'")

    def sign(z: str) -> None:
        emit("info", "DNSSEC, signing started", "DNSSEC, signing started", z)
        serial[z] += 1
        emit(
            "info",
            f"DNSSEC, successfully signed, serial {serial[z]}",
            "DNSSEC, successfully signed, serial %u",
            z,
        )
        nxt = log.t.replace(day=min(28, log.t.day + 7))
        emit(
            "info",
            f"DNSSEC, next signing at {nxt:%Y-%m-%dT%H:%M:%S+0000}",
            "DNSSEC, next signing at %s",
            z,
        )

    def axfr_in(z: str) -> None:
        rem = f"{KNOT_PRIMARY}@53"
        emit(
            "info",
            f"AXFR, incoming, remote {rem}, started",
            "AXFR, incoming, remote %s, started",
            z,
            hi=0.2,
        )
        serial[z] += 1
        emit(
            "info",
            f"AXFR, incoming, remote {rem}, finished, {r.uniform(0, 2):.2f} seconds, {r.randrange(1, 40)} messages, {r.randrange(800, 300000)} bytes",
            "AXFR, incoming, remote %s, finished, %0.2f seconds, %u messages, %u bytes",
            z,
            hi=2,
        )
        emit(
            "info",
            f"refresh, remote {rem}, zone updated, 0 -> {serial[z]}",
            "refresh, remote %s, zone updated, %u -> %u",
            z,
        )

    def refresh() -> None:
        z = r.choice(KNOT_SLAVE_ZONES)
        rem = f"{KNOT_PRIMARY}@53"
        x = r.random()
        if x < 0.7:
            emit(
                "info",
                f"refresh, remote {rem}, remote serial {serial[z]}, zone is up-to-date, expires in {r.randrange(600000, 1209600)} seconds",
                "refresh, remote %s, remote serial %u, zone is up-to-date, expires in %u seconds",
                z,
                lo=5,
                hi=120,
            )
        elif x < 0.88:
            old = serial[z]
            emit(
                "info",
                f"IXFR, incoming, remote {rem}, started",
                "IXFR, incoming, remote %s, started",
                z,
                lo=5,
                hi=120,
            )
            serial[z] += 1
            emit(
                "info",
                f"IXFR, incoming, remote {rem}, finished, {r.uniform(0, 0.5):.2f} seconds, 1 messages, {r.randrange(200, 9000)} bytes",
                "IXFR, incoming, remote %s, finished, %0.2f seconds, %u messages, %u bytes",
                z,
            )
            emit(
                "info",
                f"refresh, remote {rem}, zone updated, {old} -> {serial[z]}",
                "refresh, remote %s, zone updated, %u -> %u",
                z,
            )
        else:
            why = r.choice(["connection timed out", "connection reset", "operation timed out"])
            emit(
                "warning",
                f"refresh, remote {rem}, address {KNOT_PRIMARY}@53, failed ({why})",
                "refresh, remote %s, address %s, failed (%s)",
                z,
                lo=5,
                hi=120,
            )
            emit(
                "warning",
                f"refresh, remote {rem} not usable",
                "refresh, remote %s not usable",
                z,
            )
            emit(
                "error",
                f"refresh, failed ({why})",
                "refresh, failed (%s)",
                z,
            )
            emit(
                "info",
                f"zone event 'refresh' failed ({why})",
                "zone event '%s' failed (%s)",
                z,
            )

    def notify(z: str) -> None:
        for sec in KNOT_SECONDARIES:
            if r.random() < 0.08:
                emit(
                    "warning",
                    f"notify, outgoing, remote {sec}@53, serial {serial[z]}, failed (operation timed out)",
                    "notify, outgoing, remote %s, serial %u, failed (%s)",
                    z,
                    hi=3,
                )
            else:
                emit(
                    "info",
                    f"notify, outgoing, remote {sec}@53, serial {serial[z]}",
                    "notify, outgoing, remote %s, serial %u",
                    z,
                )
            if r.random() < 0.7:
                old = serial[z] - 1
                rem = f"{sec}@{r.randrange(1024, 65535)}"
                emit(
                    "info",
                    f"IXFR, outgoing, remote {rem}, started, serial {old} -> {serial[z]}",
                    "IXFR, outgoing, remote %s, started, serial %u -> %u",
                    z,
                    hi=0.5,
                )
                emit(
                    "info",
                    f"IXFR, outgoing, remote {rem}, finished, {r.uniform(0, 0.1):.2f} seconds, 1 messages, {r.randrange(200, 4000)} bytes",
                    "IXFR, outgoing, remote %s, finished, %0.2f seconds, %u messages, %u bytes",
                    z,
                )

    def ddns() -> None:
        z = r.choice(KNOT_MASTER_ZONES[:3])
        peer = ip4(r, "10.20")
        if r.random() < 0.12:
            emit(
                "notice",
                f"ACL, denied, action update, remote {peer}@{r.randrange(1024, 65535)}, key dhcp-ddns.",
                "ACL, denied, action %s, remote %s, key %s",
                z,
                lo=5,
                hi=90,
            )
            return
        n = r.randrange(1, 4)
        emit(
            "info", f"DDNS, processing {n} updates", "DDNS, processing %zu updates", z, lo=5, hi=90
        )
        serial[z] += 1
        emit(
            "info",
            f"DDNS, finished, serial {serial[z]}, {r.uniform(0, 0.2):.2f} seconds",
            "DDNS, finished, serial %u, %.2f seconds",
            z,
        )
        if r.random() < 0.5:
            emit(
                "info",
                f"zone file updated, serial {serial[z] - 1} -> {serial[z]}",
                "zone file updated, serial %u -> %u",
                z,
                hi=20,
            )
        notify(z)

    def axfr_out() -> None:
        z = r.choice(KNOT_MASTER_ZONES[:3])
        rem = f"{r.choice(KNOT_SECONDARIES)}@{r.randrange(1024, 65535)}"
        emit(
            "info",
            f"AXFR, outgoing, remote {rem}, started, serial {serial[z]}",
            "AXFR, outgoing, remote %s, started, serial %u",
            z,
            lo=5,
            hi=200,
        )
        emit(
            "info",
            f"AXFR, outgoing, remote {rem}, finished, {r.uniform(0, 1):.2f} seconds, {r.randrange(1, 30)} messages, {r.randrange(900, 200000)} bytes",
            "AXFR, outgoing, remote %s, finished, %0.2f seconds, %u messages, %u bytes",
            z,
        )

    def resign() -> None:
        z = r.choice(KNOT_MASTER_ZONES[:3])
        log.tick(r, 30, 300)
        sign(z)
        notify(z)

    def reload() -> None:
        emit(
            "info",
            "control, received command 'reload'",
            "control, received command '%s'",
            lo=60,
            hi=600,
        )
        emit(
            "info",
            "reloading configuration file '/etc/knot/knot.conf'",
            "reloading configuration file '%s'",
        )
        emit("info", "configuration reloaded", "configuration reloaded")
        for z in KNOT_MASTER_ZONES[:3]:
            emit("info", "zone will be loaded", "zone will be loaded", z)
            emit("info", f"zone file parsed, serial {serial[z]}", "zone file parsed, serial %u", z)
            emit(
                "info",
                f"zone is up-to-date, serial {serial[z]}",
                "zone is up-to-date, serial %u",
                z,
            )

    def stop() -> None:
        emit("info", "stopping server", "stopping server", lo=60, hi=600)
        emit("info", "updating persistent timer DB", "updating persistent timer DB")
        emit("info", "shutting down", "shutting down")

    start()
    for step in range(330):
        if step == 170:
            stop()
            log.tick(r, 5, 20)
            start()
        x = r.random()
        if x < 0.34:
            refresh()
        elif x < 0.7:
            ddns()
        elif x < 0.82:
            axfr_out()
        elif x < 0.97:
            resign()
        else:
            reload()
    return [log]


# --------------------------------------------------------------------------------- Salt minion

SALT_STATES = [
    (
        "pkg.installed",
        "nginx",
        "All specified packages are already installed",
        "The following packages were installed/updated: %s",
    ),
    (
        "pkg.installed",
        "chrony",
        "All specified packages are already installed",
        "The following packages were installed/updated: %s",
    ),
    ("file.managed", "/etc/nginx/nginx.conf", "File %s is in the correct state", "File %s updated"),
    (
        "file.managed",
        "/etc/chrony/chrony.conf",
        "File %s is in the correct state",
        "File %s updated",
    ),
    (
        "file.directory",
        "/srv/www",
        "The directory %s is in the correct state",
        "Directory %s updated",
    ),
    (
        "service.running",
        "nginx",
        "The service %s is already running",
        "Service %s has been enabled, and is running",
    ),
    (
        "service.running",
        "chrony",
        "The service %s is already running",
        "Service %s has been enabled, and is running",
    ),
    ("user.present", "deploy", "User %s is present and up to date", "New user %s created"),
    ("cmd.run", "/usr/local/bin/rotate-keys.sh", "", ""),
]
SALT_MASTER = "salt.example.com"


def salt(r: random.Random) -> list[Log]:
    """The Salt 3006 minion's log file (`log_fmt_logfile`: `%(asctime)s,%(msecs)03d
    [%(name)-17s:%(lineno)-4d][%(levelname)-8s][%(process)d] %(message)s`) on three hosts:
    the minion starting and authenticating (one master unreachable for a while), jobs from the
    master running states (each state started, executed, commented and completed), commands
    through cmdmod (one failing with its output on continuation lines), scheduled jobs, and a
    file diff logged over several lines."""
    logs = {
        h: Log(f"{h}.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        for h in ["web1", "web2", "db1"]
    }
    jids = [0]

    def one(host: str) -> None:
        log = logs[host]
        pid = [r.randrange(800, 3000)]

        def emit(
            name: str, line: int, level: str, msg: str, label: str, proc: int = 0, lo=0.0, hi=0.02
        ) -> None:
            log.tick(r, lo, hi)
            ms = log.t.microsecond // 1000
            log.add(
                f"{log.t:%Y-%m-%d %H:%M:%S},{ms:03d} [{name:<17s}:{line:<4d}][{level:<8s}][{proc or pid[0]}] {msg}",
                label,
            )

        def jid() -> str:
            jids[0] += 1
            return f"{log.t:%Y%m%d%H%M%S}{r.randrange(100000, 999999)}"

        def start() -> None:
            emit(
                "salt.cli.daemons",
                83,
                "INFO",
                'Setting up the Salt Minion "' + host + '.example.com"',
                'Setting up the Salt Minion "%s"',
                lo=1,
                hi=3,
            )
            emit(
                "salt.cli.daemons",
                86,
                "WARNING",
                "Unable to bind socket 127.0.0.1:4510, error: [Errno 98] Address already in use; Is there another salt-minion running?",
                "Unable to bind socket %s:%s, error: %s; Is there another salt-minion running?",
            ) if r.random() < 0.1 else None
            emit(
                "salt.utils.process",
                1156,
                "INFO",
                "Minion is starting as user 'root'",
                "Minion is starting as user '%s'",
            )
            if host == "db1" and r.random() < 0.6:
                for _ in range(r.randrange(1, 4)):
                    emit(
                        "salt.minion",
                        1146,
                        "ERROR",
                        f"Error while bringing up minion for multi-master. Is master at {SALT_MASTER} responding?",
                        "Error while bringing up minion for multi-master. Is master at %s responding?",
                        hi=1,
                    )
                    emit(
                        "salt.minion",
                        1250,
                        "WARNING",
                        f"Master hostname: '{SALT_MASTER}' not found or not responsive. Retrying in 30 seconds",
                        "Master hostname: '%s' not found or not responsive. Retrying in %s seconds",
                        lo=30,
                        hi=31,
                    )
            if r.random() < 0.15:
                emit(
                    "salt.crypt",
                    715,
                    "ERROR",
                    "The Salt Master has cached the public key for this node, this salt minion will wait for 10 seconds before attempting to re-authenticate",
                    "The Salt Master has cached the public key for this node, this salt minion will wait for %s seconds before attempting to re-authenticate",
                    hi=1,
                )
            emit(
                "salt.minion",
                1219,
                "INFO",
                f"Master {SALT_MASTER} could be reached, trying to authenticate",
                "Master %s could be reached, trying to authenticate",
            ) if r.random() < 0.3 else None
            emit(
                "salt.minion",
                2789,
                "INFO",
                "Minion is ready to receive requests!",
                "Minion is ready to receive requests!",
                hi=2,
            )

        def state_run() -> None:
            j = jid()
            fun = r.choice(["state.highstate", "state.apply", "state.apply"])
            user = r.choice(["root", "sudo_ops", "sudo_ci"])
            emit(
                "salt.minion",
                1688,
                "INFO",
                f"User {user} Executing command {fun} with jid {j}",
                "User %s Executing command %s with jid %s",
                lo=20,
                hi=400,
            )
            child = pid[0] + r.randrange(10, 2000)
            emit(
                "salt.minion",
                1696,
                "INFO",
                f"Starting a new job {j} with PID {child}",
                "Starting a new job %s with PID %s",
            )
            emit(
                "salt.state",
                1180,
                "INFO",
                "Loading fresh modules for state activity",
                "Loading fresh modules for state activity",
                proc=child,
                hi=0.6,
            )
            for fn, target, same, changed in r.sample(
                SALT_STATES, r.randrange(3, len(SALT_STATES))
            ):
                t0 = log.t
                emit(
                    "salt.state",
                    2189,
                    "INFO",
                    f"Running state [{target}] at time {log.t:%H:%M:%S}.{log.t.microsecond:06d}",
                    "Running state [%s] at time %s",
                    proc=child,
                )
                mod = fn.split(".")[0]
                emit(
                    "salt.state",
                    2220,
                    "INFO",
                    f"Executing state {fn} for [{target}]",
                    "Executing state %s.%s for [%s]",
                    proc=child,
                )
                ok = True
                if fn == "cmd.run":
                    cmd = target
                    emit(
                        "salt.loaded.int.module.cmdmod",
                        438,
                        "INFO",
                        f"Executing command '{cmd}' in directory '/root'",
                        "Executing command %s in directory '%s'",
                        proc=child,
                        hi=0.5,
                    )
                    if r.random() < 0.25:
                        ok = False
                        emit(
                            "salt.loaded.int.module.cmdmod",
                            854,
                            "ERROR",
                            f"Command '{cmd}' failed with return code: 1",
                            "Command '%s' failed with return code: %s",
                            proc=child,
                            hi=2,
                        )
                        emit(
                            "salt.loaded.int.module.cmdmod",
                            856,
                            "ERROR",
                            "stdout: rotating keys for vault-agent",
                            "stdout: %s",
                            proc=child,
                        )
                        emit(
                            "salt.loaded.int.module.cmdmod",
                            858,
                            "ERROR",
                            "stderr: Error: permission denied on /etc/vault-agent/key.pem",
                            "stderr: %s",
                            proc=child,
                        )
                        emit(
                            "salt.loaded.int.module.cmdmod",
                            860,
                            "ERROR",
                            "retcode: 1",
                            "retcode: %s",
                            proc=child,
                        )
                        emit(
                            "salt.state",
                            325,
                            "ERROR",
                            f'Command "{cmd}" run',
                            'Command "%s" run',
                            proc=child,
                        )
                    else:
                        emit(
                            "salt.state",
                            328,
                            "INFO",
                            f'Command "{cmd}" run',
                            'Command "%s" run',
                            proc=child,
                            hi=2,
                        )
                elif mod == "pkg":
                    emit(
                        "salt.loaded.int.module.cmdmod",
                        438,
                        "INFO",
                        "Executing command ['dpkg-query', '--showformat', '${Status} ${Package} ${Version} ${Architecture}', '-W'] in directory '/root'",
                        "Executing command %s in directory '%s'",
                        proc=child,
                        hi=0.5,
                    )
                    if r.random() < 0.2:
                        emit(
                            "salt.loaded.int.module.cmdmod",
                            438,
                            "INFO",
                            f"Executing command ['apt-get', '-q', '-y', 'install', '{target}'] in directory '/root'",
                            "Executing command %s in directory '%s'",
                            proc=child,
                            hi=3,
                        )
                        emit("salt.state", 328, "INFO", changed % target, changed, proc=child, hi=5)
                    else:
                        emit("salt.state", 328, "INFO", same, same, proc=child)
                elif r.random() < 0.15:
                    if fn == "file.managed":
                        emit(
                            "salt.state", 328, "INFO", "File changed:", "File changed:", proc=child
                        )
                        for part in [
                            "--- ",
                            "+++ ",
                            "@@ -1,4 +1,4 @@",
                            f"-worker_processes {r.randrange(2, 8)};",
                            "+worker_processes auto;",
                        ]:
                            log.add(part, None)
                    else:
                        emit("salt.state", 328, "INFO", changed % target, changed, proc=child)
                else:
                    emit("salt.state", 328, "INFO", same % target, same, proc=child)
                dur = (log.t - t0).total_seconds() * 1000 + r.uniform(0.5, 40)
                emit(
                    "salt.state",
                    2410,
                    "INFO",
                    f"Completed state [{target}] at time {log.t:%H:%M:%S}.{log.t.microsecond:06d} (duration_in_ms={dur:.3f})",
                    "Completed state [%s] at time %s (duration_in_ms=%s)",
                    proc=child,
                )
                if not ok:
                    break
            emit(
                "salt.minion",
                2213,
                "INFO",
                f"Returning information for job: {j}",
                "Returning information for job: %s",
                proc=child,
                hi=0.3,
            )

        def schedule() -> None:
            j = jid()
            job = r.choice(
                ["__mine_interval", "__master_alive_salt.example.com", "__schedule_return"]
            )
            emit(
                "salt.utils.schedule",
                1120,
                "INFO",
                f"Running scheduled job: {job} with jid {j}",
                "Running scheduled job: %s with jid %s",
                lo=30,
                hi=300,
            )

        def ping() -> None:
            j = jid()
            emit(
                "salt.minion",
                1688,
                "INFO",
                f"User sudo_ops Executing command test.ping with jid {j}",
                "User %s Executing command %s with jid %s",
                lo=20,
                hi=400,
            )
            child = pid[0] + r.randrange(10, 2000)
            emit(
                "salt.minion",
                1696,
                "INFO",
                f"Starting a new job {j} with PID {child}",
                "Starting a new job %s with PID %s",
            )
            emit(
                "salt.minion",
                2213,
                "INFO",
                f"Returning information for job: {j}",
                "Returning information for job: %s",
                proc=child,
            )

        def lost_master() -> None:
            emit(
                "salt.minion",
                2923,
                "WARNING",
                f"Master {SALT_MASTER} is not responding. Trying to reconnect",
                "Master %s is not responding. Trying to reconnect",
                lo=60,
                hi=900,
            )
            emit(
                "salt.transport.zeromq",
                1101,
                "INFO",
                "Connection to master lost",
                "Connection to master lost",
            )
            emit(
                "salt.minion",
                1219,
                "INFO",
                f"Master {SALT_MASTER} could be reached, trying to authenticate",
                "Master %s could be reached, trying to authenticate",
                lo=5,
                hi=60,
            )
            emit(
                "salt.minion",
                2966,
                "INFO",
                f"Re-initialising subsystems for new master {SALT_MASTER}",
                "Re-initialising subsystems for new master %s",
            )

        start()
        for step in range(80):
            if step == 40:
                emit(
                    "salt.cli.daemons",
                    93,
                    "WARNING",
                    "Minion received a SIGTERM. Exiting.",
                    "Minion received a SIGTERM. Exiting.",
                    lo=30,
                    hi=300,
                )
                emit(
                    "salt.cli.daemons",
                    95,
                    "INFO",
                    "Shutting down the Salt Minion",
                    "Shutting down the Salt Minion",
                )
                pid[0] = r.randrange(800, 3000)
                start()
            x = r.random()
            if x < 0.45:
                state_run()
            elif x < 0.75:
                schedule()
            elif x < 0.97:
                ping()
            else:
                lost_master()

    for h in logs:
        one(h)
    return list(logs.values())


# --------------------------------------------------------------------------------- InfluxDB 2

INFLUX_BUCKETS = ["3f1e2a4b5c6d7e80", "9a8b7c6d5e4f3021", "0c1d2e3f4a5b6c7d"]


def influxdb(r: random.Random) -> list[Log]:
    """InfluxDB 2.7's influxd (zap with the logfmt encoder: `ts=... lvl=info msg="..."` then
    the fields, `log_id` on every line, `trace_id` and `op_name`/`op_event`/`op_elapsed` on an
    operation's lines); a start that opens shards, cache snapshots, TSM compactions, retention
    checks deleting shards, API errors, failed writes and task runs."""
    log = Log("influxd.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    log_id = [
        "0p"
        + "".join(
            r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz~")
            for _ in range(9)
        )
    ]
    shards = {b: list(range(1 + 10 * i, 5 + 10 * i)) for i, b in enumerate(INFLUX_BUCKETS)}
    data = "/var/lib/influxdb2/engine/data"

    def q(v: str) -> str:
        return f'"{v}"' if (" " in v or '"' in v or "=" in v) else v

    def emit(
        level: str, msg: str, fields: list[tuple[str, str]], label: str, lo=0.0, hi=0.01
    ) -> None:
        log.tick(r, lo, hi)
        ts = f"{log.t:%Y-%m-%dT%H:%M:%S}.{log.t.microsecond:06d}Z"
        kv = " ".join(f"{k}={q(v)}" for k, v in [("log_id", log_id[0]), *fields])
        m = msg.replace('"', '\\"')
        log.add(f'ts={ts} lvl={level} msg="{m}" {kv}', label)

    def trace() -> str:
        return "0p" + "".join(
            r.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
            for _ in range(9)
        )

    def dur() -> str:
        return f"{r.uniform(0.05, 900):.3f}ms"

    def start() -> None:
        log_id[0] = trace()
        emit(
            "info",
            "Welcome to InfluxDB",
            [
                ("version", "v2.7.6"),
                ("commit", "3c58c06206"),
                ("build_date", "2024-04-12T21:51:21Z"),
                ("log_level", "info"),
            ],
            "Welcome to InfluxDB",
            lo=1,
            hi=3,
        )
        emit(
            "info",
            "Resources opened",
            [("service", "bolt"), ("path", "/var/lib/influxdb2/influxd.bolt")],
            "Resources opened",
        )
        emit(
            "info",
            "Resources opened",
            [("service", "sqlite"), ("path", "/var/lib/influxdb2/influxd.sqlite")],
            "Resources opened",
        )
        emit(
            "info",
            "Checking InfluxDB metadata for prior version.",
            [("bolt_path", "/var/lib/influxdb2/influxd.bolt")],
            "Checking InfluxDB metadata for prior version.",
        )
        emit(
            "info",
            "Using data dir",
            [("service", "storage-engine"), ("service", "store"), ("path", data)],
            "Using data dir",
        )
        emit(
            "info",
            "Compaction settings",
            [
                ("service", "storage-engine"),
                ("service", "store"),
                ("max_concurrent_compactions", "2"),
                ("throughput_bytes_per_second", "50331648"),
                ("throughput_bytes_per_second_burst", "50331648"),
            ],
            "Compaction settings",
        )
        tid = trace()
        emit(
            "info",
            "Open store (start)",
            [
                ("service", "storage-engine"),
                ("service", "store"),
                ("op_name", "tsdb_open"),
                ("op_event", "start"),
            ],
            "Open store (start)",
        )
        for b, ids in shards.items():
            for s in ids:
                for k in range(r.randrange(1, 3)):
                    emit(
                        "info",
                        "Opened file",
                        [
                            ("service", "storage-engine"),
                            ("engine", "tsm1"),
                            ("service", "filestore"),
                            (
                                "path",
                                f"{data}/{b}/autogen/{s}/{k + 1:09d}-{r.randrange(1, 5):09d}.tsm",
                            ),
                            ("id", str(k)),
                            ("duration", dur()),
                        ],
                        "Opened file",
                    )
                emit(
                    "info",
                    "Opened shard",
                    [
                        ("service", "storage-engine"),
                        ("service", "store"),
                        ("op_name", "tsdb_open"),
                        ("index_version", "tsi1"),
                        ("path", f"{data}/{b}/autogen/{s}"),
                        ("duration", dur()),
                    ],
                    "Opened shard",
                )
        emit(
            "info",
            "Open store (end)",
            [
                ("service", "storage-engine"),
                ("service", "store"),
                ("op_name", "tsdb_open"),
                ("op_event", "end"),
                ("op_elapsed", dur()),
            ],
            "Open store (end)",
        )
        del tid
        emit(
            "info",
            "Starting retention policy enforcement service",
            [("service", "retention"), ("check_interval", "30m")],
            "Starting retention policy enforcement service",
        )
        emit(
            "info",
            "Starting precreation service",
            [
                ("service", "shard-precreation"),
                ("check_interval", "10m"),
                ("advance_period", "30m"),
            ],
            "Starting precreation service",
        )
        emit(
            "info",
            "Starting query controller",
            [
                ("service", "storage-reads"),
                ("concurrency_quota", "1024"),
                ("initial_memory_bytes_quota_per_query", "9223372036854775807"),
                ("memory_bytes_quota_per_query", "9223372036854775807"),
                ("max_memory_bytes", "0"),
                ("queue_size", "1024"),
            ],
            "Starting query controller",
        )
        emit(
            "info",
            "Configuring InfluxQL statement executor (zeros indicate unlimited).",
            [
                ("during_shard_precreation", "0"),
                ("max_select_point", "0"),
                ("max_select_series", "0"),
                ("max_select_buckets", "0"),
            ],
            "Configuring InfluxQL statement executor (zeros indicate unlimited).",
        )
        emit("info", "Starting", [("service", "telemetry"), ("interval", "8h")], "Starting")
        emit(
            "info",
            "Listening",
            [
                ("service", "tcp-listener"),
                ("transport", "http"),
                ("addr", ":8086"),
                ("port", "8086"),
            ],
            "Listening",
        )

    def snapshot() -> None:
        b = r.choice(INFLUX_BUCKETS)
        s = shards[b][-1]
        tid = trace()
        base = [
            ("service", "storage-engine"),
            ("engine", "tsm1"),
            ("trace_id", tid),
            ("op_name", "tsm1_cache_snapshot"),
        ]
        emit(
            "info",
            "Cache snapshot (start)",
            [*base, ("op_event", "start")],
            "Cache snapshot (start)",
            lo=20,
            hi=300,
        )
        emit(
            "info",
            "Snapshot for path written",
            [
                *base[:3],
                ("op_name", "tsm1_cache_snapshot"),
                ("path", f"{data}/{b}/autogen/{s}"),
                ("duration", dur()),
            ],
            "Snapshot for path written",
            hi=1,
        )
        emit(
            "info",
            "Cache snapshot (end)",
            [*base, ("op_event", "end"), ("op_elapsed", dur())],
            "Cache snapshot (end)",
        )

    def compaction() -> None:
        b = r.choice(INFLUX_BUCKETS)
        s = r.choice(shards[b])
        tid = trace()
        lvl = r.choice(["1", "2", "3"])
        strat = "level" if r.random() < 0.8 else "full"
        base = [
            ("service", "storage-engine"),
            ("engine", "tsm1"),
            ("tsm1_strategy", strat),
            ("tsm1_level", lvl),
            ("tsm1_optimize", "false"),
            ("trace_id", tid),
            ("op_name", "tsm1_compact_group"),
            ("db_shard_id", str(s)),
        ]
        emit(
            "info",
            "TSM compaction (start)",
            [*base, ("op_event", "start")],
            "TSM compaction (start)",
            lo=20,
            hi=300,
        )
        n = r.randrange(2, 9)
        emit(
            "info",
            "Beginning compaction",
            [*base, ("tsm1_files_n", str(n))],
            "Beginning compaction",
        )
        gen = r.randrange(1, 40)
        for i in range(n):
            emit(
                "info",
                "Compacting file",
                [
                    *base,
                    ("tsm1_index", str(i)),
                    ("tsm1_file", f"{data}/{b}/autogen/{s}/{gen + i:09d}-{int(lvl):09d}.tsm"),
                ],
                "Compacting file",
            )
        if r.random() < 0.05:
            emit(
                "warn",
                "Error compacting TSM files",
                [
                    *base,
                    (
                        "error",
                        "compaction in progress: open /var/lib/influxdb2/engine/data/%s/autogen/%d/%09d-%09d.tsm.tmp: file exists"
                        % (b, s, gen, int(lvl) + 1),
                    ),
                ],
                "Error compacting TSM files",
                hi=1,
            )
            emit(
                "info",
                "TSM compaction (end)",
                [*base, ("op_event", "end"), ("op_elapsed", dur())],
                "TSM compaction (end)",
            )
            return
        emit(
            "info",
            "Compacted file",
            [
                *base,
                ("tsm1_index", "0"),
                ("tsm1_file", f"{data}/{b}/autogen/{s}/{gen:09d}-{int(lvl) + 1:09d}.tsm.tmp"),
            ],
            "Compacted file",
            hi=3,
        )
        emit(
            "info",
            "Finished compacting files",
            [*base, ("tsm1_files_n", "1")],
            "Finished compacting files",
        )
        emit(
            "info",
            "TSM compaction (end)",
            [*base, ("op_event", "end"), ("op_elapsed", dur())],
            "TSM compaction (end)",
        )

    def retention() -> None:
        tid = trace()
        base = [("service", "retention"), ("op_name", "retention_delete_check"), ("trace_id", tid)]
        emit(
            "info",
            "Retention policy deletion check (start)",
            [*base, ("op_event", "start")],
            "Retention policy deletion check (start)",
            lo=60,
            hi=600,
        )
        if r.random() < 0.3:
            b = r.choice(INFLUX_BUCKETS)
            if len(shards[b]) > 2:
                s = shards[b].pop(0)
                emit(
                    "info",
                    "Deleted shard",
                    [*base, ("bucket_id", b), ("shard_id", str(s))],
                    "Deleted shard",
                    hi=0.5,
                )
                shards[b].append(shards[b][-1] + 1)
        emit(
            "info",
            "Retention policy deletion check (end)",
            [*base, ("op_event", "end"), ("op_elapsed", dur())],
            "Retention policy deletion check (end)",
        )

    def api_error() -> None:
        errs = [
            ("error", "api error encountered", "failed to decode request body: unexpected EOF"),
            ("info", "Unauthorized", "authorization not found"),
            ("info", "Unauthorized", "token required"),
            ("error", "api error encountered", 'bucket "telegraf-old" not found'),
            ("warn", "internal error not returned to client", "context canceled"),
        ]
        lvl, msg, err = r.choice(errs)
        emit(lvl, msg, [("error", err)], msg, lo=5, hi=120)

    def write_fail() -> None:
        b = r.choice(INFLUX_BUCKETS)
        err = r.choice(
            [
                "engine: cache-max-memory-size exceeded: (1073741824/1073741824)",
                f"partial write: points beyond retention policy dropped={r.randrange(1, 400)}",
                f'partial write: field type conflict: input field "value" on measurement "cpu" is type float, already exists as type integer dropped={r.randrange(1, 40)}',
            ]
        )
        emit(
            "error",
            "Failed to write points",
            [("service", "storage-engine"), ("bucket", b), ("error", err)],
            "Failed to write points",
            lo=5,
            hi=120,
        )

    def task() -> None:
        tid = hexid(r, 16)
        run = hexid(r, 16)
        base = [("service", "task-executor"), ("task_id", tid), ("run_id", run)]
        emit("info", "Started task run", base, "Started task run", lo=10, hi=200)
        if r.random() < 0.15:
            emit(
                "error",
                "Failed to execute task",
                [
                    *base,
                    (
                        "error",
                        'runtime error @4:6-4:59: to: failed to write to bucket "downsampled": bucket not found',
                    ),
                ],
                "Failed to execute task",
                hi=2,
            )
        else:
            emit("info", "Completed successfully", base, "Completed successfully", hi=2)

    start()
    for step in range(520):
        if step == 260:
            emit(
                "info",
                "Received signal, shutting down",
                [("signal", "terminated")],
                "Received signal, shutting down",
                lo=30,
                hi=300,
            )
            emit("info", "Stopping", [("service", "telemetry")], "Stopping")
            emit("info", "Stopping", [("service", "tcp-listener")], "Stopping")
            log.tick(r, 5, 20)
            start()
        x = r.random()
        if x < 0.25:
            snapshot()
        elif x < 0.55:
            compaction()
        elif x < 0.65:
            retention()
        elif x < 0.78:
            api_error()
        elif x < 0.85:
            write_fail()
        else:
            task()
    return [log]


# --------------------------------------------------------------------------------- Fluentd

FLUENT_FILES = [
    "/var/log/containers/api-7d9c8b-xk2lp_prod_api-{h}.log",
    "/var/log/containers/web-5f6d7c-9wq2z_prod_web-{h}.log",
    "/var/log/containers/worker-6b8f9d-t7m4n_prod_worker-{h}.log",
    "/var/log/containers/ingress-nginx-controller-7c9f_ingress_controller-{h}.log",
]
FLUENT_CONF = """<ROOT>
  <system>
    log_level info
  </system>
  <source>
    @type tail
    path "/var/log/containers/*.log"
    pos_file "/var/log/fluentd-containers.log.pos"
    tag "kube.*"
    <parse>
      @type "cri"
    </parse>
  </source>
  <match kube.**>
    @type elasticsearch
    host "es.logging.svc"
    port 9200
    <buffer>
      flush_interval 5s
    </buffer>
  </match>
</ROOT>"""


def fluentd(r: random.Random) -> list[Log]:
    """Fluentd 1.16 (`fluentd -c fluent.conf -o fluentd.log`): `%Y-%m-%d %H:%M:%S %z [level]: `,
    `#N ` for a worker's plugins, the message, then `key=value` pairs with quoted strings; the
    configuration dumped over many lines at start, tails followed and rotated, buffer flushes
    retried after Elasticsearch errors, unparsable lines dumped as error events, slow flushes."""
    log = Log("fluentd.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    files = [f.format(h=hexid(r, 64)) for f in FLUENT_FILES]
    retry = {"n": 0}

    def emit(level: str, msg: str, label: str, worker: bool = True, lo=0.0, hi=0.01) -> None:
        log.tick(r, lo, hi)
        w = "#0 " if worker else ""
        log.add(f"{log.t:%Y-%m-%d %H:%M:%S +0000} [{level}]: {w}{msg}", label)

    def start() -> None:
        emit(
            "info",
            'parsing config file is succeeded path="/etc/fluent/fluent.conf"',
            "parsing config file is succeeded path=%s",
            False,
            lo=1,
            hi=3,
        )
        for g, v in [
            ("fluent-plugin-elasticsearch", "5.4.3"),
            ("fluent-plugin-kubernetes_metadata_filter", "3.4.0"),
            ("fluentd", "1.16.5"),
        ]:
            emit("info", f"gem '{g}' version '{v}'", "gem '%s' version '%s'", False)
        emit(
            "info",
            "using configuration file: " + FLUENT_CONF.split("\n")[0],
            "using configuration file: %s",
            False,
        )
        for line in FLUENT_CONF.split("\n")[1:]:
            log.add(line, None)
        emit(
            "info",
            'starting fluentd-1.16.5 pid=7 ruby="3.2.4"',
            "starting fluentd-%s pid=%s ruby=%s",
            False,
        )
        emit(
            "info",
            'spawn command to main:  cmdline=["/usr/bin/ruby", "-Eascii-8bit:ascii-8bit", "/usr/bin/fluentd", "-c", "/etc/fluent/fluent.conf", "--under-supervisor"]',
            "spawn command to main:  cmdline=%s",
            False,
        )
        emit(
            "info",
            "init supervisor logger path=nil rotate_age=nil rotate_size=nil",
            "init supervisor logger path=%s rotate_age=%s rotate_size=%s",
            False,
        )
        emit(
            "info",
            'adding match pattern="kube.**" type="elasticsearch"',
            "adding match pattern=%s type=%s",
            hi=1,
        )
        emit("info", 'adding source type="tail"', "adding source type=%s")
        emit(
            "info",
            f"starting fluentd worker pid={r.randrange(10, 90)} ppid=7 worker=0",
            "starting fluentd worker pid=%s ppid=%s worker=%s",
        )
        for f in files:
            emit("info", f"following tail of {f}", "following tail of %s")
        emit(
            "info",
            "fluentd worker is now running worker=0",
            "fluentd worker is now running worker=%s",
        )

    def rotate() -> None:
        f = r.choice(files)
        emit(
            "info",
            f"detected rotation of {f}; waiting 5.0 seconds",
            "detected rotation of %s; waiting %s seconds",
            lo=30,
            hi=600,
        )
        emit("info", f"following tail of {f}", "following tail of %s", lo=5, hi=5.1)

    def flush_fail() -> None:
        retry["n"] += 1
        err, efmt = r.choice(
            [
                (
                    'could not push logs to Elasticsearch cluster ({:host=>"es.logging.svc", :port=>9200, :scheme=>"http"}): read timeout reached',
                    "could not push logs to Elasticsearch cluster (%s): %s",
                ),
                (
                    'could not push logs to Elasticsearch cluster ({:host=>"es.logging.svc", :port=>9200, :scheme=>"http"}): [429] {"error":{"type":"es_rejected_execution_exception"}}',
                    "could not push logs to Elasticsearch cluster (%s): %s",
                ),
                (
                    "Connection refused - connect(2) for 10.96.14.3:9200 (Errno::ECONNREFUSED)",
                    "Connection refused - connect(2) for %s (Errno::ECONNREFUSED)",
                ),
            ]
        )
        wait = 2 ** min(retry["n"], 8)
        nxt = log.t
        chunk = hexid(r, 32)
        emit(
            "warn",
            f'failed to flush the buffer. retry_times={retry["n"] - 1} next_retry_time={nxt:%Y-%m-%d %H:%M:%S +0000} chunk="{chunk}" error_class=Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure error="{err}"',
            f'failed to flush the buffer. retry_times=%s next_retry_time=%s chunk=%s error_class=%s error="{efmt}"',
            lo=5,
            hi=60,
        )
        for fr in [
            "/usr/lib/ruby/gems/3.2.0/gems/fluent-plugin-elasticsearch-5.4.3/lib/fluent/plugin/out_elasticsearch.rb:1152:in `rescue in send_bulk'",
            "/usr/lib/ruby/gems/3.2.0/gems/fluent-plugin-elasticsearch-5.4.3/lib/fluent/plugin/out_elasticsearch.rb:1114:in `send_bulk'",
        ]:
            emit("warn", fr, "%s", hi=0)
        emit("warn", "suppressed same stacktrace", "suppressed same stacktrace", hi=0) if retry[
            "n"
        ] > 1 and r.random() < 0.5 else None
        if r.random() < 0.6:
            emit(
                "warn",
                f'retry succeeded. chunk_id="{chunk}"',
                "retry succeeded. chunk_id=%s",
                lo=wait,
                hi=wait + 1,
            )
            retry["n"] = 0

    def bad_line() -> None:
        data = r.choice(
            [
                '{"level":"info","msg":"ok"',
                "panic: runtime error: index out of range [3] with length 3",
                "\\x00\\x00\\x00",
            ]
        )
        emit(
            "warn",
            f'dump an error event: error_class=Fluent::Plugin::Parser::ParserError error="pattern not matched with data \'{data}\'" location=nil tag="kube.var.log.containers.{r.choice(["api", "worker"])}" time={log.t:%Y-%m-%d %H:%M:%S}.{r.randrange(10**8, 10**9)} +0000 record={{"message"=>"{data}"}}',
            "dump an error event: error_class=%s error=\"pattern not matched with data '%s'\" location=%s tag=%s time=%s record=%s",
            lo=5,
            hi=200,
        )

    def slow() -> None:
        emit(
            "warn",
            f'buffer flush took longer time than slow_flush_log_threshold: elapsed_time={r.uniform(20, 60):.9f} slow_flush_log_threshold=20.0 plugin_id="object:{hexid(r, 4)}"',
            "buffer flush took longer time than slow_flush_log_threshold: elapsed_time=%s slow_flush_log_threshold=%s plugin_id=%s",
            lo=5,
            hi=200,
        )

    def pattern_warn() -> None:
        f = r.choice(files)
        emit(
            "warn",
            f'Skip update_watcher because watcher has been already updated by other inotify event path="{f}" inode={r.randrange(10**5, 10**7)} inode_in_pos_file={r.randrange(10**5, 10**7)}',
            "Skip update_watcher because watcher has been already updated by other inotify event path=%s inode=%s inode_in_pos_file=%s",
            lo=5,
            hi=200,
        )

    def new_pod() -> None:
        f = FLUENT_FILES[r.randrange(len(FLUENT_FILES))].format(h=hexid(r, 64))
        files[r.randrange(len(files))] = f
        emit("info", f"following tail of {f}", "following tail of %s", lo=10, hi=300)

    start()
    for step in range(700):
        if step == 350:
            emit("info", "Received graceful stop", "Received graceful stop", False, lo=30, hi=300)
            emit(
                "info",
                "fluentd worker is now stopping worker=0",
                "fluentd worker is now stopping worker=%s",
            )
            emit(
                "info",
                "shutting down fluentd worker worker=0",
                "shutting down fluentd worker worker=%s",
                hi=2,
            )
            emit(
                "info",
                'shutting down input plugin type=:tail plugin_id="object:7d4"',
                "shutting down input plugin type=%s plugin_id=%s",
            )
            emit(
                "info",
                'shutting down output plugin type=:elasticsearch plugin_id="object:7e8"',
                "shutting down output plugin type=%s plugin_id=%s",
            )
            emit(
                "info",
                "Worker 0 finished with status 0",
                "Worker %s finished with status %s",
                False,
            )
            log.tick(r, 5, 20)
            start()
        x = r.random()
        if x < 0.2:
            rotate()
        elif x < 0.45:
            flush_fail()
        elif x < 0.6:
            bad_line()
        elif x < 0.75:
            slow()
        elif x < 0.82:
            pattern_warn()
        else:
            new_pod()
    return [log]


# --------------------------------------------------------------------------------- Solr

SOLR_COLLS = ["products", "orders", "reviews"]
SOLR_QUERIES = [
    "q=*:*&rows=10&wt=json",
    "q=title:{w}&fl=id,title,price&rows=20&wt=json",
    "q={w}&defType=edismax&qf=title^2+description&rows=24&start={s}&wt=json",
    "q=category:{w}&facet=true&facet.field=brand&rows=0&wt=json",
    "q=id:{id}&wt=json",
]
SOLR_WORDS = ["laptop", "kettle", "headphones", "shoes", "garden", "books", "camera", "tv"]


def solr(r: random.Random) -> list[Log]:
    """Solr 9.4 in SolrCloud (`solr.log`, log4j2 `%d{yyyy-MM-dd HH:mm:ss.SSS} %-5p (%t)
    [%notEmpty{c:%X{collection}}%notEmpty{ s:%X{shard}}%notEmpty{ r:%X{replica}}%notEmpty{
    x:%X{core}}] %c{1.} %m`) on two nodes: requests logged by SolrCore.Request, updates by
    LogUpdateProcessor, commits opening searchers, a slow query, undefined fields with a stack
    trace, overlapping searchers, recovery after a restart."""
    logs = {n: Log(f"solr-{n}.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC)) for n in (1, 2)}

    def one(n: int) -> None:
        log = logs[n]
        node = f"10.0.0.{10 + n}:8983_solr"
        cores = {
            c: (f"shard{n}", f"core_node{2 * n + 1}", f"{c}_shard{n}_replica_n{n}")
            for c in SOLR_COLLS
        }

        def emit(
            level: str, thread: str, mdc: str, logger: str, msg: str, label: str, lo=0.0, hi=0.01
        ) -> None:
            log.tick(r, lo, hi)
            log.add(
                f"{log.t:%Y-%m-%d %H:%M:%S}.{log.t.microsecond // 1000:03d} {level:<5s} ({thread}) [{mdc}] {logger} {msg}",
                label,
            )

        def qtp() -> str:
            return f"qtp1791045777-{r.randrange(20, 120)}"

        def mdc(c: str) -> str:
            s, rep, core = cores[c]
            return f"c:{c} s:{s} r:{rep} x:{core}"

        def start() -> None:
            emit(
                "INFO",
                "main",
                "",
                "o.a.s.s.CoreContainerProvider",
                "Using logger factory org.apache.logging.slf4j.Log4jLoggerFactory",
                "Using logger factory %s",
                lo=1,
                hi=3,
            )
            emit(
                "INFO",
                "main",
                "",
                "o.a.s.s.CoreContainerProvider",
                " ___      _       Welcome to Apache Solr™ version 9.4.1",
                " ___      _       Welcome to Apache Solr™ version %s",
            )
            emit(
                "INFO",
                "main",
                "",
                "o.a.s.s.CoreContainerProvider",
                'Solr started with "-XX:+CrashOnOutOfMemoryError" that will crash on any OutOfMemoryError exception. The cause of the OOME will be logged in the crash file at the following path: /var/solr/logs/jvm_crash_812.log',
                'Solr started with "-XX:+CrashOnOutOfMemoryError" that will crash on any OutOfMemoryError exception. The cause of the OOME will be logged in the crash file at the following path: %s',
            )
            emit(
                "INFO",
                "main",
                "",
                "o.a.s.c.SolrResourceLoader",
                "[null] Added 57 libs to classloader, from paths: [/opt/solr-9.4.1/lib]",
                "[%s] Added %s libs to classloader, from paths: %s",
            )
            emit(
                "INFO",
                "main",
                "",
                "o.a.s.c.ZkContainer",
                "Zookeeper client=zk-1:2181,zk-2:2181,zk-3:2181",
                "Zookeeper client=%s",
            )
            emit(
                "INFO",
                "main",
                "",
                "o.a.s.c.ZkController",
                f"Register node as live in ZooKeeper:/live_nodes/{node}",
                "Register node as live in ZooKeeper:%s",
                hi=1,
            )
            emit(
                "INFO",
                "main",
                "",
                "o.a.s.c.c.ZkStateReader",
                "Updated live nodes from ZooKeeper... (1) -> (2)",
                "Updated live nodes from ZooKeeper... (%s) -> (%s)",
            )
            for c in SOLR_COLLS:
                t = f"coreLoadExecutor-{r.randrange(10, 20)}-thread-{r.randrange(1, 4)}"
                emit(
                    "INFO",
                    t,
                    mdc(c),
                    "o.a.s.c.SolrConfig",
                    "Using Lucene MatchVersion: 9.8.0",
                    "Using Lucene MatchVersion: %s",
                    hi=0.3,
                )
                emit(
                    "INFO",
                    t,
                    mdc(c),
                    "o.a.s.s.IndexSchema",
                    f"Schema name={c}-config",
                    "Schema name=%s",
                )
                emit(
                    "INFO",
                    t,
                    mdc(c),
                    "o.a.s.c.CoreContainer",
                    f"Creating SolrCore '{cores[c][2]}' using configuration from configset {c}-config, trusted=true",
                    "Creating SolrCore '%s' using configuration from configset %s, trusted=%s",
                )
                emit(
                    "INFO",
                    t,
                    mdc(c),
                    "o.a.s.u.CommitTracker",
                    "Hard AutoCommit: if uncommitted for 15000ms; ",
                    "Hard AutoCommit: %s",
                )
                emit(
                    "INFO",
                    t,
                    mdc(c),
                    "o.a.s.u.CommitTracker",
                    "Soft AutoCommit: disabled",
                    "Soft AutoCommit: %s",
                )
                emit(
                    "INFO",
                    t,
                    mdc(c),
                    "o.a.s.s.SolrIndexSearcher",
                    f"Opening [Searcher@{hexid(r, 8)}[{cores[c][2]}] main]",
                    "Opening [%s]",
                )
                rt = f"recoveryExecutor-{r.randrange(10, 20)}-thread-1-processing-{cores[c][2]} {node} {c} {cores[c][0]} {cores[c][1]}"
                emit(
                    "INFO",
                    rt,
                    mdc(c),
                    "o.a.s.c.RecoveryStrategy",
                    "Starting recovery process. recoveringAfterStartup=true",
                    "Starting recovery process. recoveringAfterStartup=%s",
                    hi=0.5,
                )
                if r.random() < 0.3:
                    emit(
                        "INFO",
                        rt,
                        mdc(c),
                        "o.a.s.c.RecoveryStrategy",
                        "Attempting to PeerSync from [http://10.0.0.1%d:8983/solr/%s] - recoveringAfterStartup=[true]"
                        % (
                            3 - n,
                            cores[c][2]
                            .replace(f"shard{n}", f"shard{n}")
                            .replace(f"n{n}", f"n{3 - n}"),
                        ),
                        "Attempting to PeerSync from [%s] - recoveringAfterStartup=[%s]",
                    )
                emit(
                    "INFO",
                    rt,
                    mdc(c),
                    "o.a.s.c.RecoveryStrategy",
                    f"Finished recovery process, successful=[true] msTimeTaken={r.uniform(50, 4000):.1f}",
                    "Finished recovery process, successful=[%s] msTimeTaken=%s",
                    hi=2,
                )

        def select() -> None:
            c = r.choice(SOLR_COLLS)
            p = r.choice(SOLR_QUERIES).format(
                w=r.choice(SOLR_WORDS), s=r.choice([0, 24, 48]), id=hexid(r, 8)
            )
            qt = r.randrange(0, 80)
            hits = r.randrange(0, 5000)
            emit(
                "INFO",
                qtp(),
                mdc(c),
                "o.a.s.c.S.Request",
                f"webapp=/solr path=/select params={{{p}}} hits={hits} status=0 QTime={qt}",
                "webapp=%s path=%s params=%s hits=%s status=%s QTime=%s",
                lo=0,
                hi=3,
            )
            if r.random() < 0.03:
                qt = r.randrange(1000, 9000)
                emit(
                    "WARN",
                    qtp(),
                    mdc(c),
                    "o.a.s.c.S.SlowRequest",
                    f"slow: webapp=/solr path=/select params={{{p}}} hits={hits} status=0 QTime={qt}",
                    "slow: webapp=%s path=%s params=%s hits=%s status=%s QTime=%s",
                )

        def update() -> None:
            c = r.choice(SOLR_COLLS)
            docs = ", ".join(
                f"{hexid(r, 8)} ({r.randrange(10**18, 2 * 10**18)})"
                for _ in range(r.randrange(1, 4))
            )
            emit(
                "INFO",
                qtp(),
                mdc(c),
                "o.a.s.u.p.LogUpdateProcessorFactory",
                f"webapp=/solr path=/update params={{update.distrib=FROMLEADER&wt=javabin&version=2}}{{add=[{docs}]}} 0 {r.randrange(1, 60)}",
                "webapp=%s path=%s params=%s%s %s %s",
                lo=0,
                hi=4,
            )

        def commit() -> None:
            c = r.choice(SOLR_COLLS)
            core = cores[c][2]
            t = f"commitScheduler-{r.randrange(20, 40)}-thread-1"
            v = r.randrange(10**18, 2 * 10**18)
            emit(
                "INFO",
                t,
                mdc(c),
                "o.a.s.u.DirectUpdateHandler2",
                f"start commit{{_version_={v},optimize=false,openSearcher=true,waitSearcher=true,expungeDeletes=false,softCommit=false,prepareCommit=false}}",
                "start %s",
                lo=5,
                hi=30,
            )
            if r.random() < 0.04:
                emit(
                    "WARN",
                    t,
                    mdc(c),
                    "o.a.s.c.SolrCore",
                    f"[{core}] PERFORMANCE WARNING: Overlapping onDeckSearchers=2",
                    "[%s] PERFORMANCE WARNING: Overlapping onDeckSearchers=%s",
                )
            emit(
                "INFO",
                t,
                mdc(c),
                "o.a.s.s.SolrIndexSearcher",
                f"Opening [Searcher@{hexid(r, 8)}[{core}] main]",
                "Opening [%s]",
                hi=0.2,
            )
            emit(
                "INFO",
                t,
                mdc(c),
                "o.a.s.u.DirectUpdateHandler2",
                "end_commit_flush",
                "end_commit_flush",
            )
            st = f"searcherExecutor-{r.randrange(20, 40)}-thread-1-processing-{core} {node} {c} {cores[c][0]} {cores[c][1]}"
            emit(
                "INFO",
                st,
                mdc(c),
                "o.a.s.c.QuerySenderListener",
                "QuerySenderListener done.",
                "QuerySenderListener done.",
                hi=0.2,
            )
            emit(
                "INFO",
                st,
                mdc(c),
                "o.a.s.c.SolrCore",
                f"Registered new searcher autowarm time: {r.randrange(0, 400)} ms",
                "Registered new searcher autowarm time: %s ms",
            )

        def bad_field() -> None:
            c = r.choice(SOLR_COLLS)
            f = r.choice(["colour_s", "price_eur", "brnd", "ratings"])
            p = f"q={f}:{r.choice(SOLR_WORDS)}&wt=json"
            emit(
                "ERROR",
                qtp(),
                mdc(c),
                "o.a.s.h.RequestHandlerBase",
                f"Client exception => org.apache.solr.common.SolrException: undefined field {f}",
                "Client exception => %s",
                lo=5,
                hi=200,
            )
            for fr in [
                f"org.apache.solr.common.SolrException: undefined field {f}",
                "\tat org.apache.solr.schema.IndexSchema.getDynamicFieldType(IndexSchema.java:1465)",
                "\tat org.apache.solr.parser.SolrQueryParserBase.getFieldQuery(SolrQueryParserBase.java:1105)",
                "\tat org.apache.solr.search.LuceneQParser.parse(LuceneQParser.java:54)",
                "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
            ]:
                log.add(fr, None)
            emit(
                "INFO",
                qtp(),
                mdc(c),
                "o.a.s.c.S.Request",
                f"webapp=/solr path=/select params={{{p}}} status=400 QTime={r.randrange(0, 9)}",
                "webapp=%s path=%s params=%s status=%s QTime=%s",
            )

        def admin() -> None:
            emit(
                "INFO",
                qtp(),
                "",
                "o.a.s.s.HttpSolrCall",
                f"[admin] webapp=null path=/admin/metrics params={{wt=json&group=solr.jvm}} status=0 QTime={r.randrange(1, 40)}",
                "[admin] webapp=%s path=%s params=%s status=%s QTime=%s",
                lo=0,
                hi=5,
            )

        def zk_lost() -> None:
            emit(
                "WARN",
                "main-EventThread",
                "",
                "o.a.s.c.c.ConnectionManager",
                "Watcher org.apache.solr.common.cloud.ConnectionManager@6f3b1a2 name: ZooKeeperConnection Watcher:zk-1:2181 got event WatchedEvent state:Disconnected type:None path:null path: null type: None",
                "Watcher %s name: %s got event %s path: %s type: %s",
                lo=30,
                hi=600,
            )
            emit(
                "WARN",
                "main-EventThread",
                "",
                "o.a.s.c.c.ConnectionManager",
                "zkClient has disconnected",
                "zkClient has disconnected",
            )
            emit(
                "INFO",
                "main-EventThread",
                "",
                "o.a.s.c.c.ConnectionManager",
                "zkClient has connected",
                "zkClient has connected",
                lo=1,
                hi=10,
            )

        start()
        for step in range(760):
            if step == 380:
                emit(
                    "INFO",
                    "ShutdownMonitor",
                    "",
                    "o.a.s.c.CoreContainer",
                    f"Shutting down CoreContainer instance={r.randrange(10**8, 10**9)}",
                    "Shutting down CoreContainer instance=%s",
                    lo=30,
                    hi=300,
                )
                for c in SOLR_COLLS:
                    emit(
                        "INFO",
                        f"coreCloseExecutor-{r.randrange(40, 60)}-thread-1",
                        mdc(c),
                        "o.a.s.c.SolrCore",
                        f"{cores[c][2]} CLOSING SolrCore org.apache.solr.core.SolrCore@{hexid(r, 8)}",
                        "%s CLOSING SolrCore %s",
                    )
                log.tick(r, 5, 20)
                start()
            x = r.random()
            if x < 0.55:
                select()
            elif x < 0.75:
                update()
            elif x < 0.85:
                commit()
            elif x < 0.9:
                bad_field()
            elif x < 0.98:
                admin()
            else:
                zk_lost()

    for n in logs:
        one(n)
    return list(logs.values())


SYSTEMS = {
    "fluentd": fluentd,
    "influxdb": influxdb,
    "knot": knot,
    "salt-minion": salt,
    "solr": solr,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
