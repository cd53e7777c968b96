#!/usr/bin/env python3
# ruff: noqa: E501, B023  (the log lines it writes are data, one per call; printf as the programs do;
# a host's helpers are called only in the loop turn that defines them)
"""Writes the held-out logs of round 32 (telegraf, networkmanager, clamav, keycloak, bacula) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: Telegraf's log file (`2024-06-11T06:00:10Z E!
[outputs.influxdb_v2] msg`: a level letter with `!`, the plugin in brackets, Go errors nested in
quotes, durations with units), NetworkManager in syslog (`<info>  [1718085602.1184] device
(wlp2s0): state change: ...`: the level in angle brackets, an epoch stamp, quoted reasons,
`audit:` key="value" lists), ClamAV's clamd.log and freshclam.log (`Tue Jun 11 06:00:02 2024 ->
msg`: a ctime header and an arrow), Keycloak's Quarkus log file (`2024-06-11 06:00:02,118 WARN
[org.keycloak.events] (executor-thread-12) type="LOGIN_ERROR", realmId="..."`, stack traces) and
Bacula's bacula.log (`11-Jun 23:05 bacula-dir JobId 4521: msg`, no year, the multi-line job
report). Run it only to change the data on purpose:
`python bench/heldout/generate_round32.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, syslog_ts


def pick(r: random.Random, table: list[tuple[float, object]]):
    return r.choices([f for _, f in table], [w for w, _ in table])[0]


def ruuid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def go_duration(r: random.Random, lo_ms: float, hi_ms: float) -> str:
    """A Go time.Duration as %s prints it: `812.345µs`, `12.345678ms`, `1.502345s`."""
    ms = r.uniform(lo_ms, hi_ms)
    if ms < 1:
        return f"{ms * 1000:.3f}".rstrip("0").rstrip(".") + "µs"
    if ms < 1000:
        return f"{ms:.6f}".rstrip("0").rstrip(".") + "ms"
    return f"{ms / 1000:.6f}".rstrip("0").rstrip(".") + "s"


# --------------------------------------------------------------------------------- telegraf

TELEGRAF_HOSTS = {
    "web1": [
        "cpu",
        "disk",
        "diskio",
        "docker",
        "kernel",
        "mem",
        "net",
        "nginx",
        "processes",
        "procstat",
        "swap",
        "system",
    ],
    "db1": [
        "cpu",
        "disk",
        "diskio",
        "kernel",
        "mem",
        "net",
        "postgresql",
        "processes",
        "smart",
        "swap",
        "system",
    ],
}


def telegraf(r: random.Random) -> list[Log]:
    """Telegraf 1.30.3 on two hosts (`logfile = "/var/log/telegraf/telegraf.log"`, `debug =
    true` on web1 only, `interval = "10s"`, `flush_interval = "10s"`, one influxdb_v2 output):
    `2024-06-11T06:00:10Z I! msg` with the level letter and `!`, a plugin's messages after
    `[inputs.x]`. Start-up, the writes every flush (debug), the InfluxDB server down for a few
    minutes (writes failing with the Go error nested in quotes, the buffer filling and dropping),
    inputs failing now and then (nginx's status page, docker's socket, a SMART device, postgres),
    collections taking longer than the interval, a reload on SIGHUP and a stop."""
    logs = []
    for host, debug, off in (("web1", True, 0), ("db1", False, 3)):
        log = Log(f"telegraf-{host}.log", datetime(2024, 6, 11, 6, 0, 2 + off, tzinfo=UTC))
        inputs = TELEGRAF_HOSTS[host]
        url = "http://influxdb.internal:8086"

        def emit(level: str, msg: str, label: str, lo=0.0, hi=0.0) -> None:
            log.tick(r, lo, hi)
            log.add(f"{log.t:%Y-%m-%dT%H:%M:%SZ} {level}! {msg}", label)

        def start(reload: bool = False) -> None:
            if not reload:
                emit("I", "Loading config: /etc/telegraf/telegraf.conf", "Loading config: %s")
                emit(
                    "I",
                    "Loading config: /etc/telegraf/telegraf.d/outputs.conf",
                    "Loading config: %s",
                )
                emit(
                    "I",
                    "Starting Telegraf 1.30.3 brought to you by InfluxData the makers of InfluxDB",
                    "Starting Telegraf %s%s brought to you by InfluxData the makers of InfluxDB",
                )
                emit(
                    "I",
                    "Available plugins: 233 inputs, 9 aggregators, 31 processors, 24 parsers, 60 outputs, 6 secret-stores",
                    "Available plugins: %d inputs, %d aggregators, %d processors, %d parsers, %d outputs, %d secret-stores",
                )
            emit("I", f"Loaded inputs: {' '.join(inputs)}", "Loaded inputs: %s")
            emit("I", "Loaded aggregators: ", "Loaded aggregators: %s")
            emit("I", "Loaded processors: rename", "Loaded processors: %s")
            emit("I", "Loaded secretstores: ", "Loaded secretstores: %s")
            emit("I", "Loaded outputs: influxdb_v2", "Loaded outputs: %s")
            emit("I", f"Tags enabled: dc=fra1 host={host}", "Tags enabled: %s")
            emit(
                "I",
                f'[agent] Config: Interval:10s, Quiet:false, Hostname:"{host}", Flush Interval:10s',
                "[agent] Config: Interval:%s, Quiet:%#v, Hostname:%#v, Flush Interval:%s",
            )
            if debug:
                emit("D", "[agent] Initializing plugins", "[agent] Initializing plugins")
                emit("D", "[agent] Connecting outputs", "[agent] Connecting outputs")
                emit(
                    "D",
                    "[agent] Attempting connection to [outputs.influxdb_v2]",
                    "[agent] Attempting connection to [%s]",
                )
                emit(
                    "D",
                    "[agent] Successfully connected to outputs.influxdb_v2",
                    "[agent] Successfully connected to %s",
                )
                emit("D", "[agent] Starting service inputs", "[agent] Starting service inputs")
            if "docker" in inputs:
                emit(
                    "I",
                    "[inputs.docker] Using default timeout of 5s",
                    "[inputs.docker] Using default timeout of %s",
                )

        def stop() -> None:
            emit(
                "I",
                "[agent] Hang on, flushing any cached metrics before shutdown",
                "[agent] Hang on, flushing any cached metrics before shutdown",
                lo=1,
                hi=30,
            )
            if debug:
                emit(
                    "D",
                    f"[outputs.influxdb_v2] Wrote batch of {r.randrange(20, 400)} metrics in {go_duration(r, 3, 40)}",
                    "[%s] Wrote batch of %d metrics in %s",
                )
                emit(
                    "D",
                    "[outputs.influxdb_v2] Buffer fullness: 0 / 10000 metrics",
                    "[%s] Buffer fullness: %d / %d metrics",
                )
            emit(
                "I",
                "[agent] Stopping running outputs",
                "[agent] Stopping running outputs",
                lo=0,
                hi=0.2,
            )
            if debug:
                emit("D", "[agent] Stopped Successfully", "[agent] Stopped Successfully")

        start()
        buffered = 0
        dropped_total = 0
        down = range(r.randrange(120, 160), r.randrange(180, 200))
        for step in range(520):
            log.tick(r, 9.6, 10.4)
            if step == 300:
                emit("I", "Reloading Telegraf config", "Reloading Telegraf config", lo=0, hi=5)
                stop()
                start(reload=True)
                continue
            if step in down:
                n = r.randrange(180, 260)
                buffered += n
                reason = pick(
                    r,
                    [
                        (
                            5,
                            (
                                f'Post "{url}/api/v2/write?bucket=telegraf&org=ops&precision=ns": dial tcp 10.20.0.8:8086: connect: connection refused',
                                "Post %q: dial tcp %s: connect: connection refused",
                            ),
                        ),
                        (
                            2,
                            (
                                f'Post "{url}/api/v2/write?bucket=telegraf&org=ops&precision=ns": context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
                                "Post %q: context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                            ),
                        ),
                        (
                            1,
                            (
                                f'Post "{url}/api/v2/write?bucket=telegraf&org=ops&precision=ns": dial tcp: lookup influxdb.internal on 127.0.0.53:53: server misbehaving',
                                "Post %q: dial tcp: lookup %s on %s: server misbehaving",
                            ),
                        ),
                    ],
                )
                emit(
                    "E",
                    f"[outputs.influxdb_v2] When writing to [{url}/api/v2/write]: {reason[0]}",
                    f"[outputs.influxdb_v2] When writing to [%s]: {reason[1]}",
                )
                emit(
                    "E",
                    "[agent] Error writing to outputs.influxdb_v2: failed to send metrics to any configured server(s)",
                    "[agent] Error writing to %s: failed to send metrics to any configured server(s)",
                )
                if buffered > 10000:
                    lost = buffered - 10000
                    dropped_total += lost
                    buffered = 10000
                    emit(
                        "W",
                        f"[outputs.influxdb_v2] Metric buffer overflow; {lost} metrics have been dropped",
                        "[%s] Metric buffer overflow; %d metrics have been dropped",
                    )
                continue
            if debug:
                n = r.randrange(150, 260) if not buffered else 5000 if buffered > 5000 else buffered
                emit(
                    "D",
                    f"[outputs.influxdb_v2] Wrote batch of {n} metrics in {go_duration(r, 2, 60 if n < 1000 else 900)}",
                    "[%s] Wrote batch of %d metrics in %s",
                )
                buffered = max(0, buffered - n)
                emit(
                    "D",
                    f"[outputs.influxdb_v2] Buffer fullness: {buffered} / 10000 metrics",
                    "[%s] Buffer fullness: %d / %d metrics",
                )
            else:
                buffered = max(0, buffered - 5000)
            x = r.random()
            if "nginx" in inputs and (x < 0.02 or 400 < step < 412):
                emit(
                    "E",
                    '[inputs.nginx] Error in plugin: error making HTTP request to "http://127.0.0.1/nginx_status": Get "http://127.0.0.1/nginx_status": dial tcp 127.0.0.1:80: connect: connection refused',
                    "[inputs.nginx] Error in plugin: error making HTTP request to %q: Get %q: dial tcp %s: connect: connection refused",
                )
            elif "docker" in inputs and x < 0.05:
                emit(
                    "E",
                    '[inputs.docker] Error in plugin: Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.24/containers/json?filters=%7B%22status%22%3A%5B%22running%22%5D%7D&limit=0": context deadline exceeded',
                    "[inputs.docker] Error in plugin: Get %q: context deadline exceeded",
                )
            elif "docker" in inputs and x < 0.07:
                emit(
                    "W",
                    "[inputs.docker] Collection took longer than expected; not complete after interval of 10s",
                    "[%s] Collection took longer than expected; not complete after interval of %s",
                )
            elif "smart" in inputs and x < 0.04:
                dev = r.choice(["/dev/sda", "/dev/sdb", "/dev/nvme0n1"])
                emit(
                    "E",
                    f"[inputs.smart] Error in plugin: failed to run command '/usr/sbin/smartctl --info --health --attributes --tolerance=verypermissive -n standby --format=brief {dev}': exit status 4 - smartctl 7.3 2022-02-28 r5338 [x86_64-linux-6.1.0-21-amd64] (local build)",
                    "[inputs.smart] Error in plugin: failed to run command '%s': %s - %s",
                )
            elif "postgresql" in inputs and x < 0.06:
                emit(
                    "E",
                    "[inputs.postgresql] Error in plugin: pq: sorry, too many clients already",
                    "[inputs.postgresql] Error in plugin: pq: sorry, too many clients already",
                )
            elif "smart" in inputs and x < 0.08:
                emit(
                    "W",
                    "[inputs.smart] Collection took longer than expected; not complete after interval of 10s",
                    "[%s] Collection took longer than expected; not complete after interval of %s",
                )
            elif x < 0.105:
                emit(
                    "W",
                    '[agent] ["outputs.influxdb_v2"] did not complete within its flush interval',
                    "[agent] [%q] did not complete within its flush interval",
                )
            elif x < 0.11 and "disk" in inputs:
                emit(
                    "E",
                    "[inputs.disk] Error in plugin: error getting disk usage info: permission denied",
                    "[inputs.disk] Error in plugin: error getting disk usage info: %s",
                )
        stop()
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- NetworkManager

NM_WIFI = [("HomeNet", 8), ("Office-5G", 5), ("CafeCorner", 1), ("Airport_Free_WiFi", 1)]
NM_REASONS = [
    "none",
    "managed",
    "user-requested",
    "sleeping",
    "carrier-changed",
    "config-failed",
    "ip-config-unavailable",
    "supplicant-disconnect",
    "new-activation",
    "connection-removed",
    "no-secrets",
    "dependency-failed",
]


def networkmanager(r: random.Random) -> list[Log]:
    """NetworkManager 1.46 in syslog on a laptop (Wi-Fi, suspended and resumed through the day, a
    VPN) and a desktop (wired, a flapping cable and a DHCP server that stops answering): the
    program writes `<info>  [1718085602.1184] msg` (the level in angle brackets padded to eight
    columns, a monotonic-looking epoch stamp with four decimals), a device's messages after
    `device (wlp2s0): `, DHCP's after `dhcp4 (wlp2s0): `, state changes with the reason and the
    interface state quoted, `audit:` lines of key="value" pairs, the VPN's `vpn[0x...,uuid,"Work
    VPN"]: ` prefix with its quoted name inside the brackets."""
    logs = []
    for host, kind in (("thinkpad", "wifi"), ("desk", "ethernet")):
        log = Log(
            f"{host}-syslog", datetime(2024, 6, 11, 7, 58, 11 if kind == "wifi" else 40, tzinfo=UTC)
        )
        pid = r.randrange(700, 1100)
        iface = "wlp2s0" if kind == "wifi" else "enp0s31f6"
        conns = (
            {name: ruuid(r) for name, _ in NM_WIFI}
            if kind == "wifi"
            else {"Wired connection 1": ruuid(r)}
        )
        vpn_uuid = ruuid(r)
        mgr = f"0x{r.randrange(0x55D000000000, 0x55DFFFFFFFFF):x}"

        def emit(level: str, msg: str, label: str, lo=0.0, hi=0.05) -> None:
            log.tick(r, lo, hi)
            stamp = f"{log.t.timestamp():.4f}"
            lvl = f"<{level}>".ljust(7)
            log.add(
                f"{syslog_ts(log.t)} {host} NetworkManager[{pid}]: {lvl} [{stamp}] {msg}", label
            )

        def state(dev: str, old: str, new: str, reason: str, sys_state: str = "managed") -> None:
            emit(
                "info",
                f"device ({dev}): state change: {old} -> {new} (reason '{reason}', sys-iface-state: '{sys_state}')",
                "device (%s): state change: %s -> %s (reason '%s', sys-iface-state: '%s')",
            )

        def start() -> None:
            emit(
                "info",
                "NetworkManager (version 1.46.0-2) is starting... (boot:" + ruuid(r) + ")",
                "NetworkManager (version %s) is starting... (%s%s)",
            )
            emit(
                "info",
                "Read config: /etc/NetworkManager/NetworkManager.conf (etc: default-wifi-powersave-on.conf)",
                "Read config: %s",
            )
            emit(
                "info",
                f"manager[{mgr}]: monitoring kernel firmware directory '/lib/firmware'.",
                "manager[%p]: monitoring kernel firmware directory '%s'.",
            )
            emit("info", "hostname: hostname: using hostnamed", "hostname: hostname: using %s")
            emit(
                "info",
                f'hostname: static hostname changed from (none) to "{host}"',
                "hostname: static hostname changed from %s%s%s to %s%s%s",
            )
            emit(
                "info",
                "dns-mgr: init: dns=systemd-resolved rc-manager=unmanaged (auto), plugin=systemd-resolved",
                "dns-mgr: init: dns=%s%s rc-manager=%s%s%s%s%s",
            )
            emit(
                "info",
                f"manager[{mgr}]: rfkill: Wi-Fi hardware radio set enabled",
                "manager[%p]: rfkill: %s hardware radio set %s",
            )
            emit(
                "info",
                "Loaded device plugin: NMWifiFactory (/usr/lib/x86_64-linux-gnu/NetworkManager/1.46.0/libnm-device-plugin-wifi.so)",
                "Loaded device plugin: %s (%s)",
            )
            emit(
                "info",
                "manager: Networking is enabled by state file",
                "manager: Networking is %s by state file",
            )
            emit(
                "info",
                "settings: Loaded settings plugin: keyfile (internal)",
                "settings: Loaded settings plugin: %s (%s%s%s)",
            )
            emit(
                "info",
                "dhcp: init: Using DHCP client 'internal'",
                "dhcp: init: Using DHCP client '%s'",
            )
            emit(
                "info",
                "manager: (lo): new Loopback device (/org/freedesktop/NetworkManager/Devices/1)",
                "manager: (%s): new %s device (%s)",
            )
            state("lo", "unmanaged", "unavailable", "connection-assumed", "external")
            if kind == "wifi":
                emit(
                    "info",
                    "manager: (wlp2s0): new 802.11 Wi-Fi device (/org/freedesktop/NetworkManager/Devices/2)",
                    "manager: (%s): new %s device (%s)",
                )
                state(iface, "unmanaged", "unavailable", "managed", "external")
                emit(
                    "info",
                    f"device (wlp2s0): set-hw-addr: set MAC address to {':'.join(f'{r.randrange(256):02X}' for _ in range(6))} (scanning)",
                    "device (%s): set-hw-addr: set MAC address to %s (%s)",
                )
                emit(
                    "info",
                    "device (wlp2s0): supplicant interface state: internal-starting -> disconnected",
                    "device (%s): supplicant interface state: %s -> %s",
                )
                emit(
                    "info",
                    "device (p2p-dev-wlp2s0): supplicant management interface state: internal-starting -> disconnected",
                    "device (%s): supplicant management interface state: %s -> %s",
                )
                state(iface, "unavailable", "disconnected", "supplicant-available")
            else:
                emit(
                    "info",
                    "manager: (enp0s31f6): new Ethernet device (/org/freedesktop/NetworkManager/Devices/2)",
                    "manager: (%s): new %s device (%s)",
                )
                state(iface, "unmanaged", "unavailable", "managed", "external")
                emit(
                    "info",
                    "device (enp0s31f6): carrier: link connected",
                    "device (%s): carrier: link connected",
                )
                state(iface, "unavailable", "disconnected", "carrier-changed")
            emit("info", "manager: startup complete", "manager: startup complete", lo=1, hi=8)

        def agent() -> None:
            emit(
                "info",
                f"agent-manager: agent[{hexid(r, 16)},:1.{r.randrange(40, 120)}/org.gnome.Shell.NetworkAgent/1000]: agent registered",
                "agent-manager: agent[%s,%s/%s/%lu]: agent registered",
                lo=5,
                hi=30,
            )

        def dhcp_ok(net: str) -> str:
            ip = f"{net}.{r.randrange(20, 200)}"
            emit(
                "info",
                f"dhcp4 ({iface}): activation: beginning transaction (timeout in 45 seconds)",
                "dhcp4 (%s): activation: beginning transaction (timeout in %u seconds)",
            )
            emit(
                "info",
                f"dhcp4 ({iface}): state changed new lease, address={ip}",
                "dhcp4 (%s): state changed new lease, address=%s",
                lo=0.05,
                hi=2,
            )
            return ip

        def activate(name: str, user: bool) -> bool:
            u = conns[name]
            if user:
                emit(
                    "info",
                    f'audit: op="connection-activate" uuid="{u}" name="{name}" pid={r.randrange(2000, 9000)} uid=1000 result="success"',
                    'audit: op="connection-activate" uuid="%s" name="%s" pid=%u uid=%u result="success"',
                    lo=1,
                    hi=600,
                )
            emit(
                "info",
                f"device ({iface}): Activation: starting connection '{name}' ({u})",
                "device (%s): Activation: starting connection '%s' (%s)",
                lo=0.01,
                hi=1,
            )
            state(iface, "disconnected", "prepare", "none")
            state(iface, "prepare", "config", "none")
            if kind == "wifi":
                emit(
                    "info",
                    f"device ({iface}): Activation: (wifi) access point '{name}' has security, but secrets are required.",
                    "device (%s): Activation: (wifi) access point '%s' has security, but secrets are required.",
                ) if name == "CafeCorner" else emit(
                    "info",
                    f"device ({iface}): Activation: (wifi) connection '{name}' has security, and secrets exist.  No new secrets needed.",
                    "device (%s): Activation: (wifi) connection '%s' has security, and secrets exist.  No new secrets needed.",
                )
                if name == "CafeCorner" and r.random() < 0.5:
                    state(iface, "config", "need-auth", "none")
                    emit(
                        "warn",
                        f"device ({iface}): no secrets: No agents were available for this request.",
                        "device (%s): no secrets: %s",
                        lo=20,
                        hi=30,
                    )
                    state(iface, "need-auth", "failed", "no-secrets")
                    emit(
                        "warn",
                        f"device ({iface}): Activation: failed for connection '{name}'",
                        "device (%s): Activation: failed for connection '%s'",
                    )
                    state(iface, "failed", "disconnected", "none")
                    return False
                emit(
                    "info", f"Config: added 'ssid' value '{name}'", "Config: added '%s' value '%s'"
                )
                emit("info", "Config: added 'scan_ssid' value '1'", "Config: added '%s' value '%s'")
                emit(
                    "info",
                    "Config: added 'key_mgmt' value 'WPA-PSK WPA-PSK-SHA256 SAE'",
                    "Config: added '%s' value '%s'",
                )
                emit(
                    "info", "Config: added 'psk' value '<hidden>'", "Config: added '%s' value '%s'"
                )
                for a, b in (
                    ("disconnected", "scanning"),
                    ("scanning", "authenticating"),
                    ("authenticating", "associating"),
                    ("associating", "associated"),
                    ("associated", "4way_handshake"),
                    ("4way_handshake", "completed"),
                ):
                    emit(
                        "info",
                        f"device ({iface}): supplicant interface state: {a} -> {b}",
                        "device (%s): supplicant interface state: %s -> %s",
                        lo=0.01,
                        hi=0.8,
                    )
                emit(
                    "info",
                    f'device ({iface}): Activation: (wifi) Stage 2 of 5 (Device Configure) successful. Connected to wireless network "{name}"',
                    'device (%s): Activation: (wifi) Stage 2 of 5 (Device Configure) successful. Connected to wireless network "%s"',
                )
            state(iface, "config", "ip-config", "none")
            net = {
                "HomeNet": "192.168.1",
                "Office-5G": "10.42.8",
                "CafeCorner": "172.16.4",
                "Airport_Free_WiFi": "10.128.0",
                "Wired connection 1": "192.168.50",
            }[name]
            if kind == "ethernet" and r.random() < 0.15:
                emit(
                    "info",
                    f"dhcp4 ({iface}): activation: beginning transaction (timeout in 45 seconds)",
                    "dhcp4 (%s): activation: beginning transaction (timeout in %u seconds)",
                )
                emit(
                    "warn",
                    f"dhcp4 ({iface}): request timed out",
                    "dhcp4 (%s): request timed out",
                    lo=45,
                    hi=45.1,
                )
                emit(
                    "info",
                    f"dhcp4 ({iface}): state changed no lease",
                    "dhcp4 (%s): state changed no lease",
                )
                state(iface, "ip-config", "failed", "ip-config-unavailable")
                emit(
                    "warn",
                    f"device ({iface}): Activation: failed for connection '{name}'",
                    "device (%s): Activation: failed for connection '%s'",
                )
                state(iface, "failed", "disconnected", "none")
                return False
            dhcp_ok(net)
            state(iface, "ip-config", "ip-check", "none")
            state(iface, "ip-check", "secondaries", "none")
            state(iface, "secondaries", "activated", "none")
            emit(
                "info",
                "manager: NetworkManager state is now CONNECTED_SITE",
                "manager: NetworkManager state is now %s",
            )
            emit(
                "info",
                f"policy: set '{name}' ({iface}) as default for IPv4 routing and DNS",
                "policy: set '%s' (%s) as default for %s routing and DNS",
            )
            emit(
                "info",
                f"device ({iface}): Activation: successful, device activated.",
                "device (%s): Activation: successful, device activated.",
            )
            emit(
                "info",
                "manager: NetworkManager state is now CONNECTED_GLOBAL",
                "manager: NetworkManager state is now %s",
                lo=0.2,
                hi=3,
            )
            return True

        def deactivate(reason: str) -> None:
            state(iface, "activated", "deactivating", reason)
            emit(
                "info",
                "manager: NetworkManager state is now DISCONNECTING",
                "manager: NetworkManager state is now %s",
            )
            state(iface, "deactivating", "disconnected", reason)
            emit(
                "info",
                f"dhcp4 ({iface}): canceled DHCP transaction",
                "dhcp4 (%s): canceled DHCP transaction",
            )
            emit(
                "info",
                f"dhcp4 ({iface}): state changed no lease",
                "dhcp4 (%s): state changed no lease",
            )
            emit(
                "info",
                "manager: NetworkManager state is now DISCONNECTED",
                "manager: NetworkManager state is now %s",
            )

        def vpn(up: bool) -> None:
            pre = f'vpn[0x{r.randrange(0x55D000000000, 0x55DFFFFFFFFF):x},{vpn_uuid},"Work VPN"]'
            if up:
                emit(
                    "info",
                    f'audit: op="connection-activate" uuid="{vpn_uuid}" name="Work VPN" pid={r.randrange(2000, 9000)} uid=1000 result="success"',
                    'audit: op="connection-activate" uuid="%s" name="%s" pid=%u uid=%u result="success"',
                    lo=60,
                    hi=900,
                )
                emit("info", f"{pre}: starting openvpn", "%s: starting %s")
                emit(
                    "info",
                    f"{pre}: Saw the service appear; activating connection",
                    "%s: Saw the service appear; activating connection",
                )
                emit(
                    "info",
                    f"{pre}: VPN connection: (ConnectInteractive) reply received",
                    "%s: VPN connection: (ConnectInteractive) reply received",
                    lo=0.1,
                    hi=1,
                )
                emit(
                    "info",
                    f"{pre}: VPN plugin: state changed: starting (3)",
                    "%s: VPN plugin: state changed: %s (%d)",
                )
                emit(
                    "info",
                    f"{pre}: VPN connection: (IP Config Get) reply received.",
                    "%s: VPN connection: (IP Config Get) reply received.",
                    lo=1,
                    hi=5,
                )
                emit(
                    "info",
                    f"{pre}: VPN plugin: state changed: started (4)",
                    "%s: VPN plugin: state changed: %s (%d)",
                )
                emit(
                    "info",
                    f"{pre}: VPN connection: (IP4 Config Get) reply received",
                    "%s: VPN connection: (IP4 Config Get) reply received",
                )
            else:
                emit(
                    "info",
                    f'audit: op="connection-deactivate" uuid="{vpn_uuid}" name="Work VPN" pid={r.randrange(2000, 9000)} uid=1000 result="success"',
                    'audit: op="connection-deactivate" uuid="%s" name="%s" pid=%u uid=%u result="success"',
                    lo=600,
                    hi=7200,
                )
                emit(
                    "info",
                    f"{pre}: VPN plugin: state changed: stopping (5)",
                    "%s: VPN plugin: state changed: %s (%d)",
                )
                emit(
                    "info",
                    f"{pre}: VPN plugin: state changed: stopped (6)",
                    "%s: VPN plugin: state changed: %s (%d)",
                )
                emit("info", f"{pre}: VPN service disappeared", "%s: VPN service disappeared")

        start()
        agent()
        if kind == "wifi":
            for _day_part in range(16):
                name = pick(r, [(w, n) for n, w in NM_WIFI])
                if not activate(name, user=r.random() < 0.3):
                    activate("HomeNet", user=True)
                    name = "HomeNet"
                for _ in range(r.randrange(1, 4)):
                    x = r.random()
                    if x < 0.25:
                        vpn(True)
                        if r.random() < 0.2:
                            emit(
                                "warn",
                                f'vpn[0x{r.randrange(0x55D000000000, 0x55DFFFFFFFFF):x},{vpn_uuid},"Work VPN"]: VPN plugin: failed: connect-failed (1)',
                                "%s: VPN plugin: failed: %s (%d)",
                                lo=300,
                                hi=2000,
                            )
                            emit(
                                "warn",
                                f'vpn[0x{r.randrange(0x55D000000000, 0x55DFFFFFFFFF):x},{vpn_uuid},"Work VPN"]: VPN plugin: state changed: stopped (6)',
                                "%s: VPN plugin: state changed: %s (%d)",
                            )
                        else:
                            vpn(False)
                    elif x < 0.55:
                        emit(
                            "info",
                            f"device ({iface}): supplicant interface state: completed -> 4way_handshake",
                            "device (%s): supplicant interface state: %s -> %s",
                            lo=300,
                            hi=2400,
                        )
                        emit(
                            "info",
                            f"device ({iface}): supplicant interface state: 4way_handshake -> completed",
                            "device (%s): supplicant interface state: %s -> %s",
                            lo=0.01,
                            hi=0.1,
                        )
                    elif x < 0.7:
                        emit(
                            "info",
                            f"device ({iface}): supplicant interface state: completed -> disconnected",
                            "device (%s): supplicant interface state: %s -> %s",
                            lo=300,
                            hi=2400,
                        )
                        emit(
                            "info",
                            f"device ({iface}): supplicant interface state: disconnected -> scanning",
                            "device (%s): supplicant interface state: %s -> %s",
                            lo=0.5,
                            hi=3,
                        )
                        emit(
                            "info",
                            f"device ({iface}): supplicant interface state: scanning -> completed",
                            "device (%s): supplicant interface state: %s -> %s",
                            lo=0.5,
                            hi=3,
                        )
                    else:
                        emit(
                            "info",
                            f"dhcp4 ({iface}): state changed new lease, address={ {'HomeNet': '192.168.1', 'Office-5G': '10.42.8', 'CafeCorner': '172.16.4', 'Airport_Free_WiFi': '10.128.0'}[name] }.{r.randrange(20, 200)}",
                            "dhcp4 (%s): state changed new lease, address=%s",
                            lo=600,
                            hi=3600,
                        )
                emit(
                    "info",
                    "manager: sleep: sleep requested (sleeping: no  enabled: yes)",
                    "manager: sleep: sleep requested (sleeping: %s  enabled: %s)",
                    lo=60,
                    hi=1800,
                )
                emit(
                    "info",
                    "manager: NetworkManager state is now ASLEEP",
                    "manager: NetworkManager state is now %s",
                )
                deactivate("sleeping")
                state(iface, "disconnected", "unmanaged", "sleeping")
                log.t += timedelta(minutes=r.randrange(20, 400))
                emit(
                    "info",
                    "manager: sleep: wake requested (sleeping: yes  enabled: yes)",
                    "manager: sleep: wake requested (sleeping: %s  enabled: %s)",
                )
                emit(
                    "info",
                    "device (wlp2s0): state change: unmanaged -> unavailable (reason 'managed', sys-iface-state: 'external')",
                    "device (%s): state change: %s -> %s (reason '%s', sys-iface-state: '%s')",
                )
                emit(
                    "info",
                    "manager: NetworkManager state is now CONNECTING",
                    "manager: NetworkManager state is now %s",
                )
                state(iface, "unavailable", "disconnected", "supplicant-available")
        else:
            for _ in range(40):
                ok = activate("Wired connection 1", user=False)
                x = r.random()
                if not ok:
                    log.t += timedelta(seconds=r.randrange(5, 60))
                    continue
                if x < 0.5:
                    emit(
                        "info",
                        f"device ({iface}): carrier: link disconnected (deferring action for 4 seconds)",
                        "device (%s): carrier: link disconnected (deferring action for %ld seconds)",
                        lo=300,
                        hi=9000,
                    )
                    if r.random() < 0.6:
                        emit(
                            "info",
                            f"device ({iface}): carrier: link connected",
                            "device (%s): carrier: link connected",
                            lo=0.5,
                            hi=3.5,
                        )
                        continue
                    emit(
                        "info",
                        f"device ({iface}): carrier: link disconnected (calling deferred action)",
                        "device (%s): carrier: link disconnected (calling deferred action)",
                        lo=4,
                        hi=4.01,
                    )
                    deactivate("carrier-changed")
                    emit(
                        "info",
                        f"device ({iface}): carrier: link connected",
                        "device (%s): carrier: link connected",
                        lo=5,
                        hi=300,
                    )
                else:
                    emit(
                        "info",
                        f"dhcp4 ({iface}): state changed new lease, address=192.168.50.{r.randrange(20, 200)}",
                        "dhcp4 (%s): state changed new lease, address=%s",
                        lo=3000,
                        hi=43200,
                    )
                    deactivate("user-requested") if x > 0.9 else None
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- ClamAV

CLAM_SIGS = [
    ("Heuristics.Phishing.Email.SpoofedDomain", 10),
    ("Sanesecurity.Phishing.Bank.2861.UNOFFICIAL", 4),
    ("Win.Trojan.Agent-1388596", 2),
    ("Doc.Downloader.Emotet-7580152-0", 2),
    ("Heuristics.OLE2.ContainsMacros.VBA", 5),
    ("Html.Phishing.Auto-1523", 3),
    ("Xls.Malware.Agent-9950123-0", 1),
    ("Eicar-Signature", 1),
    ("Heuristics.Encrypted.Zip", 3),
    ("Js.Trojan.Nemucod-9840316-0", 1),
]


def ctime(t: datetime) -> str:
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


def clamav(r: random.Random) -> list[Log]:
    """ClamAV 1.0.5 on a mail gateway (amavis scanning through clamd, `LogTime yes`, `LogFile
    /var/log/clamav/clamd.log`; freshclam as a daemon checking 24 times a day, its own
    `freshclam.log`): each line `Tue Jun 11 06:00:02 2024 -> msg` (ctime, day padded with a
    space). clamd's start-up (limits, engine options), infected parts found in amavis's
    temporary directories (`/path: Signature FOUND`), files it cannot open, the self-check
    every hour and the reload after an update, LibClamAV warnings on large archives; freshclam's
    runs between dashed separators, database patches downloaded and tested, up-to-date
    databases, the CDN's rate limit (`received error code 429`) and DNS failing."""
    clamd = Log("clamd.log", datetime(2024, 6, 11, 0, 0, 3, tzinfo=UTC))
    fresh = Log("freshclam.log", datetime(2024, 6, 11, 0, 0, 1, tzinfo=UTC))
    sigs = 8_704_112
    daily = 27301

    def c(msg: str, label: str, lo=0.0, hi=0.0) -> None:
        clamd.tick(r, lo, hi)
        clamd.add(f"{ctime(clamd.t)} -> {msg}", label)

    def f(msg: str, label: str, lo=0.0, hi=0.0) -> None:
        fresh.tick(r, lo, hi)
        fresh.add(f"{ctime(fresh.t)} -> {msg}", label)

    def clamd_start() -> None:
        c(f"+++ Started at {ctime(clamd.t)}", "+++ Started at %s")
        c(
            "Received 0 file descriptor(s) from systemd.",
            "Received %d file descriptor(s) from systemd.",
        )
        c(
            "clamd daemon 1.0.5 (OS: Linux, ARCH: x86_64, CPU: x86_64)",
            "clamd daemon %s (OS: %s, ARCH: %s, CPU: %s)",
        )
        c("Log file size limited to 4294967295 bytes.", "Log file size limited to %lld bytes.")
        c("Reading databases from /var/lib/clamav", "Reading databases from %s")
        c("Not loading PUA signatures.", "Not loading PUA signatures.")
        c(
            'Bytecode: Security mode set to "TrustSigned".',
            'Bytecode: Security mode set to "TrustSigned".',
        )
        c(f"Loaded {sigs} signatures.", "Loaded %u signatures.", lo=9, hi=16)
        c("LOCAL: Unix socket file /var/run/clamav/clamd.ctl", "LOCAL: Unix socket file %s")
        c(
            "LOCAL: Setting connection queue length to 15",
            "LOCAL: Setting connection queue length to %u",
        )
        for lim, val, unit in (
            ("Global time limit", 120000, "milliseconds"),
            ("Global size limit", 104857600, "bytes"),
            ("File size limit", 26214400, "bytes"),
            ("Recursion level limit", 17, None),
            ("Files limit", 10000, None),
            ("MaxEmbeddedPE limit", 41943040, "bytes"),
            ("MaxHTMLNormalize limit", 41943040, "bytes"),
            ("MaxScriptNormalize limit", 20971520, "bytes"),
            ("MaxZipTypeRcg limit", 1048576, "bytes"),
        ):
            if unit:
                c(
                    f"Limits: {lim} set to {val} {unit}.",
                    f"Limits: {lim} set to %llu {unit}."
                    if unit == "bytes"
                    else f"Limits: {lim} set to %u {unit}.",
                )
            else:
                c(f"Limits: {lim} set to {val}.", f"Limits: {lim} set to %u.")
        for opt, _on in (
            ("Archive", True),
            ("Algorithmic detection", True),
            ("Portable Executable", True),
            ("ELF", True),
            ("Mail files", True),
            ("OLE2", True),
            ("PDF", True),
            ("SWF", True),
            ("HTML", True),
            ("XMLDOCS", True),
            ("HWP3", True),
        ):
            c(f"{opt} support enabled.", f"{opt} support enabled.")
        c("Heuristic alerts enabled.", "Heuristic alerts enabled.")
        c("Self checking every 3600 seconds.", "Self checking every %u seconds.")
        c("Listening daemon: PID: 1187", "Listening daemon: PID: %u")
        c("MaxQueue set to: 100", "MaxQueue set to: %u")

    def scan_part() -> None:
        ts = clamd.t
        stamp = f"{ts:%Y%m%dT%H%M%S}-{r.randrange(10000, 99999):05d}-{alnum8()}"
        path = f"/var/lib/amavis/tmp/amavis-{stamp}/parts/p{r.randrange(1, 12):03d}"
        x = r.random()
        if x < 0.85:
            sig = pick(r, [(w, s) for s, w in CLAM_SIGS])
            c(f"{path}: {sig} FOUND", "%s: %s FOUND")
        elif x < 0.93:
            c(
                f"{path}: Can't open file or directory ERROR",
                "%s: Can't open file or directory ERROR",
            )
        else:
            what = pick(
                r,
                [
                    (
                        3,
                        (
                            f"LibClamAV Warning: cli_scanxz: decompress file size exceeds limits - only scanning {r.randrange(20, 27) * 1048576} bytes",
                            "LibClamAV Warning: cli_scanxz: decompress file size exceeds limits - only scanning %u bytes",
                        ),
                    ),
                    (
                        2,
                        (
                            "LibClamAV Warning: cli_scanzip: Malformed zip file, no central directory found",
                            "LibClamAV Warning: cli_scanzip: Malformed zip file, no central directory found",
                        ),
                    ),
                    (
                        1,
                        (
                            "LibClamAV Warning: PDF: Encrypted PDFs not supported, use --encrypted-pdf to scan them",
                            "LibClamAV Warning: PDF: Encrypted PDFs not supported, use --encrypted-pdf to scan them",
                        ),
                    ),
                ],
            )
            c(what[0], what[1])

    def alnum8() -> str:
        return "".join(
            r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
            for _ in range(10)
        )

    clamd_start()
    next_check = clamd.t + timedelta(seconds=3600)
    reload_at: list[datetime] = []
    # freshclam: 24 checks a day, bring clamd's reloads with them
    f("--------------------------------------", "--------------------------------------")
    f(
        "freshclam daemon 1.0.5 (OS: Linux, ARCH: x86_64, CPU: x86_64)",
        "freshclam daemon %s (OS: %s, ARCH: %s, CPU: %s)",
    )
    for check in range(48):
        if check:
            fresh.t += timedelta(seconds=3600 - 30)
            f(
                "--------------------------------------",
                "--------------------------------------",
                lo=25,
                hi=35,
            )
        f(
            f"ClamAV update process started at {ctime(fresh.t)}",
            "ClamAV update process started at %s",
        )
        if 20 <= check < 23:
            f(
                "WARNING: Can't query current.cvd.clamav.net",
                "WARNING: Can't query %s",
                lo=0.1,
                hi=5,
            )
            f(
                "WARNING: Invalid DNS reply. Falling back to HTTP mode.",
                "WARNING: Invalid DNS reply. Falling back to HTTP mode.",
            )
        new_daily = check % 4 == 1
        if check in (30, 31):
            f(
                f"daily database available for update (local version: {daily}, remote version: {daily + 1})",
                "%s database available for update (local version: %u, remote version: %u)",
                lo=0.1,
                hi=0.5,
            )
            f(
                "WARNING: FreshClam received error code 429 from the ClamAV Content Delivery Network (CDN).",
                "WARNING: FreshClam received error code 429 from the ClamAV Content Delivery Network (CDN).",
            )
            f(
                "This means that you have been rate limited by the CDN.",
                "This means that you have been rate limited by the CDN.",
            )
            f(
                " 1. Run FreshClam no more than once an hour to check for updates.",
                " 1. Run FreshClam no more than once an hour to check for updates.",
            )
            f(
                "    FreshClam should check DNS first to see if an update is needed.",
                "    FreshClam should check DNS first to see if an update is needed.",
            )
            f(
                " 2. If you have more than 10 hosts on your network attempting to download,",
                " 2. If you have more than 10 hosts on your network attempting to download,",
            )
            f(
                "    it is recommended that you set up a private mirror on your network using",
                "    it is recommended that you set up a private mirror on your network using",
            )
            f(
                "    cvdupdate (https://pypi.org/project/cvdupdate/) to save bandwidth on the",
                "    cvdupdate (https://pypi.org/project/cvdupdate/) to save bandwidth on the",
            )
            f("    CDN and your own network.", "    CDN and your own network.")
            f(
                " 3. Please do not open a ticket asking for an exemption from the rate limit,",
                " 3. Please do not open a ticket asking for an exemption from the rate limit,",
            )
            f("    it will not be granted.", "    it will not be granted.")
            retry = fresh.t + timedelta(hours=4)
            f(
                f"WARNING: You are on cool-down until after: {retry:%Y-%m-%d %H:%M:%S}",
                "WARNING: You are on cool-down until after: %s",
            )
            continue
        if new_daily:
            behind = r.choice([1, 1, 1, 2])
            f(
                f"daily database available for update (local version: {daily}, remote version: {daily + behind})",
                "%s database available for update (local version: %u, remote version: %u)",
                lo=0.1,
                hi=0.5,
            )
            plural = "s" if behind > 1 else ""
            f(
                f"Current database is {behind} version{plural} behind.",
                "Current database is %u version%s behind.",
            )
            for v in range(daily + 1, daily + behind + 1):
                f(
                    f"Downloading database patch # {v}...",
                    "Downloading database patch # %u...",
                    lo=0.1,
                    hi=1,
                )
            f(
                f"Testing database: '/var/lib/clamav/tmp.{hexid(r, 10)}/clamav-{hexid(r, 32)}.tmp-daily.cld' ...",
                "Testing database: '%s' ...",
            )
            f("Database test passed.", "Database test passed.", lo=4, hi=9)
            daily += behind
            n = 2061000 + r.randrange(0, 900)
            f(
                f"daily.cld updated (version: {daily}, sigs: {n}, f-level: 90, builder: {r.choice(['raynman', 'svc.clamav-publisher'])})",
                "%s updated (version: %u, sigs: %u, f-level: %u, builder: %s)",
            )
        else:
            f(
                f"daily.cld database is up-to-date (version: {daily}, sigs: {2061000 + r.randrange(0, 900)}, f-level: 90, builder: raynman)",
                "%s database is up-to-date (version: %u, sigs: %u, f-level: %u, builder: %s)",
                lo=0.1,
                hi=0.5,
            )
        f(
            "main.cvd database is up-to-date (version: 62, sigs: 6647427, f-level: 90, builder: sigmgr)",
            "%s database is up-to-date (version: %u, sigs: %u, f-level: %u, builder: %s)",
        )
        f(
            "bytecode.cvd database is up-to-date (version: 335, sigs: 86, f-level: 90, builder: raynman)",
            "%s database is up-to-date (version: %u, sigs: %u, f-level: %u, builder: %s)",
        )
        if new_daily:
            f(
                "Clamd successfully notified about the update.",
                "Clamd successfully notified about the update.",
            )
            reload_at.append(fresh.t)
    end = fresh.t
    while clamd.t < end:
        nxt = clamd.t + timedelta(seconds=r.uniform(30, 900))
        if reload_at and reload_at[0] <= min(nxt, next_check):
            clamd.t = max(clamd.t, reload_at.pop(0))
            c(
                "Reading databases from /var/lib/clamav",
                "Reading databases from %s",
                lo=0.05,
                hi=0.2,
            )
            sigs += r.randrange(10, 400)
            c(
                f"Database correctly reloaded ({sigs} signatures)",
                "Database correctly reloaded (%u signatures)",
                lo=12,
                hi=20,
            )
            c("Activating the newly loaded database...", "Activating the newly loaded database...")
            continue
        if next_check <= nxt:
            clamd.t = max(clamd.t, next_check)
            c("SelfCheck: Database status OK.", "SelfCheck: Database status OK.")
            next_check += timedelta(seconds=3600)
            continue
        clamd.t = nxt
        scan_part()
    return [clamd, fresh]


# --------------------------------------------------------------------------------- Keycloak

KC_CLIENTS = [
    ("account-console", 3),
    ("shop-web", 8),
    ("admin-portal", 2),
    ("grafana", 3),
    ("mobile-app", 5),
]
KC_USERS = [
    "jdoe",
    "asmith",
    "m.rossi",
    "kwong",
    "pat.lee",
    "ops-admin",
    "l.garcia",
    "n.kowalski",
    "admin",
    "test",
    "root",
    "b.nguyen",
]
NPE_FRAMES = [
    "org.keycloak.services.resources.admin.UserResource.getUser(UserResource.java:312)",
    "org.keycloak.services.resources.admin.UserResource$quarkusrestinvoker$getUser_6f0e1b.invoke(Unknown Source)",
    "org.jboss.resteasy.reactive.server.handlers.InvocationHandler.handle(InvocationHandler.java:29)",
    "io.quarkus.resteasy.reactive.server.runtime.QuarkusResteasyReactiveRequestContext.invokeHandler(QuarkusResteasyReactiveRequestContext.java:141)",
    "org.jboss.resteasy.reactive.common.core.AbstractResteasyReactiveContext.run(AbstractResteasyReactiveContext.java:147)",
    "io.quarkus.vertx.core.runtime.VertxCoreRecorder$14.runWith(VertxCoreRecorder.java:582)",
    "org.jboss.threads.EnhancedQueueExecutor$Task.run(EnhancedQueueExecutor.java:2513)",
    "org.jboss.threads.EnhancedQueueExecutor$ThreadBody.run(EnhancedQueueExecutor.java:1538)",
    "org.jboss.threads.DelegatingRunnable.run(DelegatingRunnable.java:29)",
    "org.jboss.threads.ThreadLocalResettingRunnable.run(ThreadLocalResettingRunnable.java:29)",
    "io.netty.util.concurrent.FastThreadLocalRunnable.run(FastThreadLocalRunnable.java:30)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
]
MAIL_FRAMES = [
    "org.keycloak.email.DefaultEmailSenderProvider.send(DefaultEmailSenderProvider.java:161)",
    "org.keycloak.email.DefaultEmailSenderProvider.send(DefaultEmailSenderProvider.java:76)",
    "org.keycloak.email.freemarker.FreeMarkerEmailTemplateProvider.send(FreeMarkerEmailTemplateProvider.java:281)",
    "org.keycloak.email.freemarker.FreeMarkerEmailTemplateProvider.sendPasswordReset(FreeMarkerEmailTemplateProvider.java:160)",
    "org.keycloak.authentication.authenticators.resetcred.ResetCredentialEmail.authenticate(ResetCredentialEmail.java:99)",
    "org.keycloak.authentication.DefaultAuthenticationFlow.processSingleFlowExecutionModel(DefaultAuthenticationFlow.java:442)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
]


def keycloak(r: random.Random) -> list[Log]:
    """Keycloak 24.0.5 on two pods (`--log=console,file`, the file's default Quarkus layout
    `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n`, `spi-events-listener-jboss-logging`
    with errors at warn): the start-up (hostname settings, Infinispan's cluster forming over
    JGroups with views `[kc-0-21387|3] (2) [kc-0-21387, kc-1-48213]`, `Keycloak 24.0.5 on JVM
    ... started in 9.412s.`), login events (`type="LOGIN_ERROR", realmId="...", clientId="...",
    ... error="invalid_user_credentials", ...`: key="value" pairs, the keys by event type),
    refresh and code-to-token errors, a blocked event loop (`Thread Thread[#61,vert.x-eventloop-
    thread-1,5,main] has been blocked for 2345 ms`), mail failing with the exception and its
    frames on the lines below, an NPE behind an admin endpoint, the database restarted under
    it (Hibernate's `SQL Error: 0, SQLState: 08006` and Agroal's warnings), kc-1 restarted."""
    logs = []
    realms = {"master": ruuid(r), "acme": ruuid(r), "partners": ruuid(r)}
    names = {0: f"kc-0-{r.randrange(10000, 65000)}", 1: f"kc-1-{r.randrange(10000, 65000)}"}
    pod_ip = {0: f"10.244.1.{r.randrange(10, 250)}", 1: f"10.244.2.{r.randrange(10, 250)}"}
    for node in (0, 1):
        log = Log(f"kc-{node}-keycloak.log", datetime(2024, 6, 11, 6, 0, 3 + node * 40, tzinfo=UTC))
        view = [1 + node]

        def emit(
            level: str,
            cat: str,
            thread: str,
            msg: str,
            label: str,
            lo=0.0,
            hi=0.02,
            trace: list[str] | None = None,
        ) -> None:
            log.tick(r, lo, hi)
            log.add(
                f"{log.t:%Y-%m-%d %H:%M:%S},{log.t.microsecond // 1000:03d} {level:<5} [{cat}] ({thread}) {msg}",
                label,
            )
            for line in trace or []:
                log.add(line, None)

        def ex_thread() -> str:
            return f"executor-thread-{r.randrange(1, 48)}"

        def cluster_view(members: list[int], thread: str) -> None:
            view[0] += 1
            owner = names[members[0]]
            ms = ", ".join(names[m] for m in members)
            emit(
                "INFO",
                "org.infinispan.CLUSTER",
                thread,
                f"ISPN000094: Received new cluster view for channel ISPN: [{owner}|{view[0]}] ({len(members)}) [{ms}]",
                "ISPN000094: Received new cluster view for channel %s: %s",
            )

        def rebalance(members: list[int], thread: str) -> None:
            ms = ", ".join(names[m] for m in members)
            for cache in r.sample(
                [
                    "sessions",
                    "authenticationSessions",
                    "offlineSessions",
                    "clientSessions",
                    "loginFailures",
                    "actionTokens",
                    "work",
                ],
                4,
            ):
                top = r.randrange(2, 30)
                emit(
                    "INFO",
                    "org.infinispan.CLUSTER",
                    thread,
                    f"[Context={cache}] ISPN100002: Starting rebalance with members [{ms}], phase READ_OLD_WRITE_ALL, topology id {top}",
                    "[Context=%s] ISPN100002: Starting rebalance with members %s, phase %s, topology id %s",
                    lo=0,
                    hi=0.1,
                )
                emit(
                    "INFO",
                    "org.infinispan.CLUSTER",
                    thread,
                    f"[Context={cache}] ISPN100010: Finished rebalance with members [{ms}], topology id {top + 3}",
                    "[Context=%s] ISPN100010: Finished rebalance with members %s, topology id %s",
                    lo=0.01,
                    hi=0.4,
                )

        def start() -> None:
            emit(
                "INFO",
                "org.keycloak.quarkus.runtime.hostname.DefaultHostnameProvider",
                "main",
                "Hostname settings: Base URL: <unset>, Hostname: sso.example.com, Strict HTTPS: false, Path: <request>, Strict BackChannel: false, Admin URL: <unset>, Admin: <request>, Port: -1, Proxied: true",
                "Hostname settings: Base URL: %s, Hostname: %s, Strict HTTPS: %s, Path: %s, Strict BackChannel: %s, Admin URL: %s, Admin: %s, Port: %s, Proxied: %s",
                lo=2,
                hi=4,
            )
            emit(
                "INFO",
                "org.keycloak.connections.infinispan.DefaultInfinispanConnectionProviderFactory",
                "main",
                f"Node name: {names[node]}, Site name: null",
                "Node name: %s, Site name: %s",
                lo=1,
                hi=2,
            )
            emit(
                "INFO",
                "org.infinispan.CONTAINER",
                "keycloak-cache-init",
                "ISPN000556: Starting user marshaller 'org.infinispan.jboss.marshalling.core.JBossUserMarshaller'",
                "ISPN000556: Starting user marshaller '%s'",
            )
            emit(
                "INFO",
                "org.infinispan.CLUSTER",
                "keycloak-cache-init",
                "ISPN000078: Starting JGroups channel `ISPN` with stack `kubernetes`",
                "ISPN000078: Starting JGroups channel `%s` with stack `%s`",
                lo=0.2,
                hi=0.5,
            )
            emit(
                "INFO",
                "org.jgroups.JChannel",
                "keycloak-cache-init",
                f"local_addr: {ruuid(r)}, name: {names[node]}",
                "local_addr: %s, name: %s",
            )
            emit(
                "INFO",
                "org.jgroups.protocols.FD_SOCK2",
                "keycloak-cache-init",
                "server listening on *.57800",
                "server listening on %s",
            )
            members = [0, 1] if node == 1 else [0]
            cluster_view(members, "keycloak-cache-init")
            emit(
                "INFO",
                "org.infinispan.CLUSTER",
                "keycloak-cache-init",
                f"ISPN000079: Channel `ISPN` local address is `{names[node]}`, physical addresses are `[{pod_ip[node]}:7800]`",
                "ISPN000079: Channel `%s` local address is `%s`, physical addresses are `%s`",
            )
            emit(
                "INFO",
                "org.keycloak.broker.provider.AbstractIdentityProviderMapper",
                "main",
                "Registering class org.keycloak.broker.provider.mappersync.ConfigSyncEventListener",
                "Registering class %s",
                lo=0.5,
                hi=2,
            )
            emit(
                "INFO",
                "io.quarkus",
                "main",
                f"Keycloak 24.0.5 on JVM (powered by Quarkus 3.8.4) started in {r.uniform(8, 14):.3f}s. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000.",
                "%s %s on JVM (powered by Quarkus %s) started in %ss. %s",
                lo=1,
                hi=3,
            )
            emit(
                "INFO", "io.quarkus", "main", "Profile prod activated. ", "Profile %s activated. %s"
            )
            emit(
                "INFO",
                "io.quarkus",
                "main",
                "Installed features: [agroal, cdi, hibernate-orm, jdbc-h2, jdbc-mariadb, jdbc-mssql, jdbc-mysql, jdbc-oracle, jdbc-postgresql, keycloak, logging-gelf, micrometer, narayana-jta, reactive-routes, resteasy-reactive, resteasy-reactive-jackson, smallrye-context-propagation, smallrye-health, vertx]",
                "Installed features: %s",
            )

        def event(thread: str) -> None:
            realm = pick(r, [(8, "acme"), (2, "partners"), (1, "master")])
            client = pick(r, [(w, c) for c, w in KC_CLIENTS])
            ip = pick(
                r,
                [
                    (6, f"10.244.{r.randrange(0, 3)}.{r.randrange(2, 250)}"),
                    (
                        4,
                        f"{r.choice([81, 92, 151, 185, 203])}.{r.randrange(1, 255)}.{r.randrange(1, 255)}.{r.randrange(1, 255)}",
                    ),
                ],
            )
            head = f'realmId="{realms[realm]}", clientId="{client}"'
            uri = (
                f"https://{client}.example.com/"
                if client != "account-console"
                else f"https://sso.example.com/realms/{realm}/account/"
            )
            kind = pick(
                r, [(30, "login"), (8, "refresh"), (3, "code"), (3, "client"), (1, "redirect")]
            )
            if kind == "login":
                err = pick(
                    r,
                    [
                        (6, "invalid_user_credentials"),
                        (3, "user_not_found"),
                        (1, "user_temporarily_disabled"),
                    ],
                )
                user = r.choice(KC_USERS)
                uid = "null" if err == "user_not_found" else ruuid(r)
                msg = f'type="LOGIN_ERROR", {head}, userId="{uid}", ipAddress="{ip}", error="{err}", auth_method="openid-connect", auth_type="code", redirect_uri="{uri}", code_id="{ruuid(r)}", username="{user}"'
                lab = 'type="%s", realmId="%s", clientId="%s", userId="%s", ipAddress="%s", error="%s", auth_method="%s", auth_type="%s", redirect_uri="%s", code_id="%s", username="%s"'
                if err == "invalid_user_credentials":
                    msg += (
                        ', authSessionParentId="'
                        + ruuid(r)
                        + '", authSessionTabId="'
                        + "".join(
                            r.choice(
                                "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"
                            )
                            for _ in range(11)
                        )
                        + '"'
                    )
                    lab += ', authSessionParentId="%s", authSessionTabId="%s"'
            elif kind == "refresh":
                reason = pick(
                    r, [(3, "Token is not active"), (2, "Session not active"), (1, "Stale token")]
                )
                msg = f'type="REFRESH_TOKEN_ERROR", {head}, userId="null", ipAddress="{ip}", error="invalid_token", reason="{reason}", grant_type="refresh_token", client_auth_method="client-secret"'
                lab = 'type="%s", realmId="%s", clientId="%s", userId="%s", ipAddress="%s", error="%s", reason="%s", grant_type="%s", client_auth_method="%s"'
            elif kind == "code":
                msg = f'type="CODE_TO_TOKEN_ERROR", {head}, userId="null", ipAddress="{ip}", error="invalid_code", grant_type="authorization_code", code_id="{ruuid(r)}", client_auth_method="client-secret"'
                lab = 'type="%s", realmId="%s", clientId="%s", userId="%s", ipAddress="%s", error="%s", grant_type="%s", code_id="%s", client_auth_method="%s"'
            elif kind == "client":
                msg = f'type="CLIENT_LOGIN_ERROR", realmId="{realms[realm]}", clientId="ci-bot", userId="null", ipAddress="{ip}", error="invalid_client_credentials", grant_type="client_credentials"'
                lab = 'type="%s", realmId="%s", clientId="%s", userId="%s", ipAddress="%s", error="%s", grant_type="%s"'
            else:
                msg = f'type="LOGIN_ERROR", {head}, userId="null", ipAddress="{ip}", error="invalid_redirect_uri", redirect_uri="https://evil.example.net/cb"'
                lab = 'type="%s", realmId="%s", clientId="%s", userId="%s", ipAddress="%s", error="%s", redirect_uri="%s"'
            emit("WARN", "org.keycloak.events", thread, msg, lab, lo=1, hi=90)

        start()
        if node == 0:
            log.t += timedelta(seconds=40)
            emit(
                "INFO",
                "org.infinispan.CLUSTER",
                "jgroups-5," + names[0],
                f"ISPN100000: Node {names[1]} joined the cluster",
                "ISPN100000: Node %s joined the cluster",
                lo=0,
                hi=5,
            )
            cluster_view([0, 1], "jgroups-5," + names[0])
            rebalance([0, 1], "non-blocking-thread--p2-t1")
        restart_at = 600
        db_down = range(320, 332)
        for step in range(900):
            if node == 1 and step == restart_at:
                emit(
                    "INFO",
                    "io.quarkus",
                    "Shutdown thread",
                    f"Keycloak stopped in {r.uniform(0.05, 0.4):.3f}s",
                    "%s stopped in %ss",
                    lo=5,
                    hi=30,
                )
                log.t += timedelta(seconds=r.randrange(20, 60))
                start()
                continue
            if node == 0 and step in (restart_at, restart_at + 1):
                if step == restart_at:
                    emit(
                        "INFO",
                        "org.infinispan.CLUSTER",
                        "jgroups-9," + names[0],
                        f"ISPN100001: Node {names[1]} left the cluster",
                        "ISPN100001: Node %s left the cluster",
                        lo=5,
                        hi=30,
                    )
                    cluster_view([0], "jgroups-9," + names[0])
                else:
                    emit(
                        "INFO",
                        "org.infinispan.CLUSTER",
                        "jgroups-4," + names[0],
                        f"ISPN100000: Node {names[1]} joined the cluster",
                        "ISPN100000: Node %s joined the cluster",
                        lo=30,
                        hi=70,
                    )
                    cluster_view([0, 1], "jgroups-4," + names[0])
                    rebalance([0, 1], "non-blocking-thread--p2-t3")
                continue
            if step in db_down:
                t = ex_thread()
                if step == db_down.start:
                    emit(
                        "WARN",
                        "io.agroal.pool",
                        f"agroal-{r.randrange(11, 19)}",
                        "Datasource '<default>': FATAL: terminating connection due to administrator command",
                        "Datasource '%s': %s",
                        lo=1,
                        hi=60,
                    )
                emit(
                    "WARN",
                    "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                    t,
                    "SQL Error: 0, SQLState: 08006",
                    "SQL Error: %s, SQLState: %s",
                    lo=0.1,
                    hi=8,
                )
                emit(
                    "ERROR",
                    "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                    t,
                    "An I/O error occurred while sending to the backend.",
                    "An I/O error occurred while sending to the backend.",
                )
                if r.random() < 0.5:
                    emit(
                        "WARN",
                        "io.agroal.pool",
                        f"agroal-{r.randrange(11, 19)}",
                        "Datasource '<default>': Connection to keycloak-db.sso.svc:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                        "Datasource '%s': Connection to %s refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                    )
                continue
            x = r.random()
            if x < 0.82:
                event(ex_thread())
            elif x < 0.87:
                ms = r.randrange(2001, 9000)
                emit(
                    "WARN",
                    "io.vertx.core.impl.BlockedThreadChecker",
                    "vertx-blocked-thread-checker",
                    f"Thread Thread[#{r.randrange(40, 70)},vert.x-eventloop-thread-{r.randrange(0, 4)},5,main] has been blocked for {ms} ms, time limit is 2000 ms",
                    "Thread %s has been blocked for %d ms, time limit is %d ms",
                    lo=1,
                    hi=300,
                )
            elif x < 0.9:
                emit(
                    "WARN",
                    "org.keycloak.services",
                    ex_thread(),
                    "KC-SERVICES0013: Failed authentication: org.keycloak.authentication.AuthenticationFlowException",
                    "KC-SERVICES0013: Failed authentication",
                    lo=1,
                    hi=300,
                    trace=[
                        "\tat org.keycloak.authentication.AuthenticationProcessor.authenticationAction(AuthenticationProcessor.java:1010)",
                        "\tat org.keycloak.services.resources.LoginActionsService.processFlow(LoginActionsService.java:328)",
                    ]
                    + ["\tat " + fr for fr in NPE_FRAMES[2:]],
                )
            elif x < 0.915:
                emit(
                    "ERROR",
                    "org.keycloak.services",
                    ex_thread(),
                    "KC-SERVICES0029: Failed to send email: org.keycloak.email.EmailException: Error when attempting to send the email to the server. More information is available in the server log.",
                    "KC-SERVICES0029: Failed to send email",
                    lo=1,
                    hi=300,
                    trace=["\tat " + fr for fr in MAIL_FRAMES]
                    + [
                        "Caused by: org.eclipse.angus.mail.util.MailConnectException: Couldn't connect to host, port: smtp.example.com, 587; timeout 10000",
                        "\tat org.eclipse.angus.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2258)",
                        "\t... 64 more",
                    ],
                )
            elif x < 0.925:
                emit(
                    "ERROR",
                    "org.keycloak.services.error.KeycloakErrorHandler",
                    ex_thread(),
                    'Uncaught server error: java.lang.NullPointerException: Cannot invoke "org.keycloak.models.UserModel.getId()" because "user" is null',
                    "Uncaught server error: %s",
                    lo=1,
                    hi=300,
                    trace=["\tat " + fr for fr in NPE_FRAMES],
                )
            elif x < 0.96:
                user = r.choice(KC_USERS)
                emit(
                    "WARN",
                    "org.keycloak.events",
                    ex_thread(),
                    f'type="UPDATE_PASSWORD_ERROR", realmId="{realms["acme"]}", clientId="account-console", userId="{ruuid(r)}", ipAddress="10.244.{r.randrange(0, 3)}.{r.randrange(2, 250)}", error="invalidPasswordHistoryMessage", auth_method="openid-connect", custom_required_action="UPDATE_PASSWORD", response_mode="query", redirect_uri="https://sso.example.com/realms/acme/account/", remember_me="false", code_id="{ruuid(r)}", username="{user}"',
                    'type="%s", realmId="%s", clientId="%s", userId="%s", ipAddress="%s", error="%s", auth_method="%s", custom_required_action="%s", response_mode="%s", redirect_uri="%s", remember_me="%s", code_id="%s", username="%s"',
                    lo=1,
                    hi=300,
                )
            else:
                log.tick(r, 10, 120)
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- Bacula

BACULA_JOBS = [
    # (job, client, fileset, typical files, typical bytes)
    ("web01-Daily", "web01-fd", "Web Set", 2400, 900_000_000),
    ("web02-Daily", "web02-fd", "Web Set", 2300, 850_000_000),
    ("db01-Daily", "db01-fd", "Database Dumps", 40, 6_200_000_000),
    ("mail-Daily", "mail-fd", "Maildirs", 18000, 2_400_000_000),
    ("nas-Home", "nas-fd", "Home Directories", 52000, 11_000_000_000),
]
BACULA_MISSING = [
    "/home/anna/.cache/mozilla/firefox/x8k2.default/cache2/entries/3F1A9C0D2E",
    "/var/lib/php/sessions/sess_2o1k9qf3",
    "/var/spool/postfix/active/4VzK2M1pQx",
    "/home/marco/.local/share/Trash/files/draft.odt",
    "/var/lib/mysql/ib_logfile0",
]


def commas(n: int) -> str:
    return f"{n:,}"


def human(n: int) -> str:
    for unit, div in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n >= div:
            return f"{n / div:.3f} {unit}" if unit != "KB" else f"{n / div:.1f} {unit}"
    return f"{n} B"


def bacula(r: random.Random) -> list[Log]:
    """Bacula 13.0.4's director log (`Messages { append = "/var/log/bacula/bacula.log" = all,
    !skipped }`): `11-Jun 23:05 bacula-dir JobId 4521: msg` (day-month without the year, minutes,
    the daemon that sent it, the job), messages from the director, the storage daemon and the
    clients' file daemons, five nightly backups and the catalog's over two weeks: starts, TLS
    connections, volumes appended to, filled and labelled, files the client could not stat
    (`      Could not stat "..." : ERR=...`), sizes as `1,234,567,890 (1.234 GB)`, durations as
    `2 mins 1 sec`, the multi-line job report (`  Build OS: ...`, one line a field: no label),
    pruning and recycling, a client down for three nights, a full backup after a fileset change."""
    log = Log("bacula.log", datetime(2024, 6, 1, 23, 5, 0, tzinfo=UTC))
    jobid = 4410
    vol = [12, 0]  # current volume number, bytes written to it
    cap = 5_368_709_120
    session = [40]
    since: dict[str, datetime] = {}
    fulls: set[str] = {"web01-Daily", "web02-Daily", "db01-Daily", "mail-Daily"}

    def stamp() -> str:
        return f"{log.t:%d-%b %H:%M}"

    def emit(
        daemon: str, jid: int, msg: str, label: str, lo=0.0, hi=0.0, body: list[str] | None = None
    ) -> None:
        log.tick(r, lo, hi)
        log.add(f"{stamp()} {daemon} JobId {jid}: {msg}", label)
        for line in body or []:
            log.add(line, None)

    def volname() -> str:
        return f"Vol-{vol[0]:04d}"

    def report(
        jid: int,
        job: str,
        client: str,
        fileset: str,
        level: str,
        start: datetime,
        sched: datetime,
        files: int,
        nbytes: int,
        errors: int,
        ok: bool,
    ) -> None:
        end = log.t
        secs = max(1, int((end - start).total_seconds()))
        mins, sec = divmod(secs, 60)
        hours, mins = divmod(mins, 60)
        elapsed = (
            (f"{hours} hour{'s' if hours != 1 else ''} " if hours else "")
            + (f"{mins} min{'s' if mins != 1 else ''} " if mins else "")
            + f"{sec} sec{'s' if sec != 1 else ''}"
        )
        base = job.split(".")[0]
        lvl = {
            "Full": "Full",
            "Incremental": f"Incremental, since={since.get(base, start):%Y-%m-%d %H:%M:%S}",
            "Differential": f"Differential, since={since.get(base, start):%Y-%m-%d %H:%M:%S}",
        }[level]
        sdb = nbytes + files * 420
        body = [
            "  Build OS:               x86_64-pc-linux-gnu debian 12.5",
            f"  JobId:                  {jid}",
            f"  Job:                    {job}",
            f"  Backup Level:           {lvl}",
            f'  Client:                 "{client}" 13.0.4 (12Feb24) x86_64-pc-linux-gnu,debian,12.5',
            f'  FileSet:                "{fileset}" 2024-01-03 23:05:00',
            '  Pool:                   "File" (From Job resource)',
            '  Catalog:                "MyCatalog" (From Client resource)',
            '  Storage:                "File1" (From Job resource)',
            f"  Scheduled time:         {sched:%d-%b-%Y %H:%M:%S}",
            f"  Start time:             {start:%d-%b-%Y %H:%M:%S}",
            f"  End time:               {end:%d-%b-%Y %H:%M:%S}",
            f"  Elapsed time:           {elapsed}",
            "  Priority:               10",
            f"  FD Files Written:       {commas(files)}",
            f"  SD Files Written:       {commas(files)}",
            f"  FD Bytes Written:       {commas(nbytes)} ({human(nbytes)})",
            f"  SD Bytes Written:       {commas(sdb)} ({human(sdb)})",
            f"  Rate:                   {nbytes / secs / 1000:.1f} KB/s",
            f"  Software Compression:   {r.uniform(20, 60):.1f}% {r.uniform(1.2, 2.5):.1f}:1"
            if nbytes
            else "  Software Compression:   None",
            "  Comm Line Compression:  None",
            "  Snapshot/VSS:           no",
            "  Encryption:             no",
            "  Accurate:               no",
            f"  Volume name(s):         {volname()}",
            f"  Volume Session Id:      {session[0]}",
            "  Volume Session Time:    1717196400",
            f"  Last Volume Bytes:      {commas(vol[1])} ({human(vol[1])})",
            f"  Non-fatal FD errors:    {errors}",
            "  SD Errors:              0",
            f"  FD termination status:  {'OK' if ok else 'Error'}",
            f"  SD termination status:  {'OK' if ok else 'Canceled'}",
            "  Termination:            "
            + (
                "Backup OK"
                if ok and not errors
                else "Backup OK -- with warnings"
                if ok
                else "*** Backup Error ***"
            ),
            "",
        ]
        if ok:
            emit(
                "bacula-dir",
                jid,
                "Bacula bacula-dir 13.0.4 (12Feb24):",
                "Bacula %s %s (%s):",
                body=body,
            )
        else:
            emit(
                "bacula-dir",
                jid,
                "Error: Bacula bacula-dir 13.0.4 (12Feb24):",
                "Error: Bacula %s %s (%s):",
                body=body,
            )

    def prune(jid: int, client: str) -> None:
        emit(
            "bacula-dir",
            jid,
            "Begin pruning Jobs older than 30 days .",
            "Begin pruning Jobs older than %s .",
        )
        n = r.choice([0, 0, 1, 1, 1, 2])
        if n:
            emit(
                "bacula-dir",
                jid,
                f"Pruned {n} Job{'s' if n > 1 else ''} for client {client} from catalog.",
                "Pruned %d %s for client %s from catalog.",
            )
        else:
            emit("bacula-dir", jid, "No Jobs found to prune.", "No Jobs found to prune.")
        emit("bacula-dir", jid, "Begin pruning Files.", "Begin pruning Files.")
        if n:
            emit(
                "bacula-dir",
                jid,
                f"Pruned Files from {n} Jobs for client {client} from catalog.",
                "Pruned Files from %s Jobs for client %s from catalog.",
            )
        else:
            emit("bacula-dir", jid, "No Files found to prune.", "No Files found to prune.")
        emit("bacula-dir", jid, "End auto prune.", "End auto prune.")

    def new_volume(jid: int) -> None:
        emit(
            "bacula-sd",
            jid,
            f'User defined maximum volume capacity {commas(cap)} exceeded on device "FileChgr1-Dev1" (/srv/bacula/volumes).',
            "User defined maximum volume capacity %s exceeded on device %s.",
        )
        emit(
            "bacula-sd",
            jid,
            f'End of medium on Volume "{volname()}" Bytes={commas(vol[1])} Blocks={commas(vol[1] // 64512)} at {log.t:%d-%b-%Y %H:%M}.',
            'End of medium on Volume "%s" Bytes=%s Blocks=%s at %s.',
        )
        if r.random() < 0.4:
            emit(
                "bacula-dir",
                jid,
                f'There are no more Jobs associated with Volume "Vol-{vol[0] - 8:04d}". Marking it purged.',
                'There are no more Jobs associated with Volume "%s". Marking it purged.',
            )
            emit(
                "bacula-dir",
                jid,
                f'All records pruned from Volume "Vol-{vol[0] - 8:04d}"; marking it "Purged"',
                'All records pruned from Volume "%s"; marking it "Purged"',
            )
            emit(
                "bacula-dir", jid, f'Recycled volume "Vol-{vol[0] - 8:04d}"', 'Recycled volume "%s"'
            )
        vol[0] += 1
        vol[1] = 0
        emit(
            "bacula-dir",
            jid,
            f'Created new Volume="{volname()}", Pool="File", MediaType="File1" in catalog.',
            'Created new Volume="%s", Pool="%s", MediaType="%s" in catalog.',
        )
        emit(
            "bacula-sd",
            jid,
            f'Labeled new Volume "{volname()}" on File device "FileChgr1-Dev1" (/srv/bacula/volumes).',
            'Labeled new Volume "%s" on %s device %s.',
        )
        emit(
            "bacula-sd",
            jid,
            f'Wrote label to prelabeled Volume "{volname()}" on File device "FileChgr1-Dev1" (/srv/bacula/volumes)',
            'Wrote label to prelabeled Volume "%s" on %s device %s',
        )
        emit(
            "bacula-sd",
            jid,
            f'New volume "{volname()}" mounted on device "FileChgr1-Dev1" (/srv/bacula/volumes) at {log.t:%d-%b-%Y %H:%M}.',
            'New volume "%s" mounted on device %s at %s.',
        )

    for night in range(14):
        night_start = datetime(2024, 6, 1 + night, 23, 5, 0, tzinfo=UTC)
        log.t = max(log.t, night_start)
        for job, client, fileset, typ_files, typ_bytes in [
            *BACULA_JOBS,
            ("BackupCatalog", "bacula-fd", "Catalog", 1, 0),
        ]:
            jobid += 1
            jid = jobid
            sched = (
                night_start if job != "BackupCatalog" else night_start.replace(hour=23, minute=10)
            )
            log.t = max(log.t, sched)
            start = log.t
            if job not in fulls:
                level = "Full"
            elif night % 7 == 6 and job != "BackupCatalog":
                level = "Differential"
            else:
                level = "Incremental"
            if job == "BackupCatalog":
                level = "Full"
                emit(
                    "bacula-dir",
                    jid,
                    'shell command: run BeforeJob "/etc/bacula/scripts/make_catalog_backup.pl MyCatalog"',
                    'shell command: run %s "%s"',
                    lo=1,
                    hi=3,
                )
            unique = f"{job}.{sched:%Y-%m-%d_%H.%M.%S}_{r.randrange(1, 60):02d}"
            emit(
                "bacula-dir",
                jid,
                f"Start Backup JobId {jid}, Job={unique}",
                "Start Backup JobId %s, Job=%s",
                lo=0,
                hi=4,
            )
            if job not in fulls:
                emit(
                    "bacula-dir",
                    jid,
                    "No prior Full backup Job record found.",
                    "No prior Full backup Job record found.",
                )
                emit(
                    "bacula-dir",
                    jid,
                    "No prior or suitable Full backup found in catalog. Doing FULL backup.",
                    "No prior or suitable Full backup found in catalog. Doing %s backup.",
                )
                fulls.add(job)
            emit(
                "bacula-dir",
                jid,
                'Connected to Storage "File1" at backup01.example.com:9103 with TLS',
                'Connected to Storage "%s" at %s:%d %s',
            )
            emit(
                "bacula-dir",
                jid,
                'Using Device "FileChgr1-Dev1" to write.',
                'Using Device "%s" to write.',
            )
            host = client.removesuffix("-fd")
            if client == "mail-fd" and 5 <= night <= 7:
                emit(
                    "bacula-dir",
                    jid,
                    f"Warning: bsockcore.c:258 Unable to connect to Client: {client} on {host}.example.com:9102. ERR=Connection refused",
                    "Warning: bsockcore.c:%d Unable to connect to Client: %s on %s:%d. ERR=%s",
                    lo=60,
                    hi=61,
                )
                emit(
                    "bacula-dir",
                    jid,
                    f"Fatal error: bsockcore.c:208 Unable to connect to Client: {client} on {host}.example.com:9102. ERR=Connection refused",
                    "Fatal error: bsockcore.c:%d Unable to connect to Client: %s on %s:%d. ERR=%s",
                    lo=1500,
                    hi=1800,
                )
                emit(
                    "bacula-dir",
                    jid,
                    "Fatal error: No Job status returned from FD.",
                    "Fatal error: No Job status returned from FD.",
                )
                report(jid, unique, client, fileset, level, start, sched, 0, 0, 0, ok=False)
                continue
            emit(
                "bacula-dir",
                jid,
                f'Connected to Client "{client}" at {host}.example.com:9102 with TLS',
                'Connected to Client "%s" at %s:%d %s',
                lo=0,
                hi=2,
            )
            emit(
                client,
                jid,
                "Connected to Storage at backup01.example.com:9103 with TLS",
                "Connected to Storage at %s:%d %s",
            )
            if vol[1]:
                emit(
                    "bacula-sd",
                    jid,
                    f'Volume "{volname()}" previously written, moving to end of data.',
                    'Volume "%s" previously written, moving to end of data.',
                )
                emit(
                    "bacula-sd",
                    jid,
                    f'Ready to append to end of Volume "{volname()}" size={commas(vol[1])}',
                    'Ready to append to end of Volume "%s" size=%s',
                )
            if level == "Full":
                files, nbytes = (
                    int(typ_files * r.uniform(0.9, 1.1)),
                    int(typ_bytes * r.uniform(0.9, 1.1))
                    if typ_bytes
                    else r.randrange(40_000_000, 60_000_000),
                )
            else:
                frac = r.uniform(0.02, 0.1) if level == "Incremental" else r.uniform(0.1, 0.3)
                files, nbytes = (
                    max(1, int(typ_files * frac)),
                    int(typ_bytes * frac * r.uniform(0.5, 1.5)),
                )
            errors = 0
            if client in ("nas-fd", "mail-fd", "web01-fd") and r.random() < 0.4:
                for path in r.sample(BACULA_MISSING, r.randrange(1, 3)):
                    emit(
                        client,
                        jid,
                        f'     Could not stat "{path}": ERR=No such file or directory',
                        '     Could not stat "%s": ERR=%s',
                        lo=5,
                        hi=120,
                    )
                    errors += 1
            if client == "db01-fd" and r.random() < 0.15:
                emit(
                    client,
                    jid,
                    '     Could not open "/var/backups/postgresql/main.dump": ERR=Permission denied',
                    '     Could not open "%s": ERR=%s',
                    lo=5,
                    hi=120,
                )
                errors += 1
            rate = r.uniform(30e6, 90e6)
            secs = max(2, nbytes / rate)
            written = 0
            while nbytes - written > cap - vol[1]:
                chunk = cap - vol[1]
                log.t += timedelta(seconds=chunk / rate)
                written += chunk
                vol[1] = cap
                new_volume(jid)
            log.t += timedelta(seconds=(nbytes - written) / rate)
            vol[1] += nbytes - written
            mins, sec = divmod(int(secs), 60)
            hours, mins = divmod(mins, 60)
            emit(
                "bacula-sd",
                jid,
                f"Elapsed time={hours:02d}:{mins:02d}:{sec:02d}, Transfer rate={rate / 1e6:.2f} M Bytes/second",
                "Elapsed time=%s, Transfer rate=%s Bytes/second",
                lo=0,
                hi=1,
            )
            emit(
                "bacula-sd",
                jid,
                f"Sending spooled attrs to the Director. Despooling {commas(files * 312 + r.randrange(100, 300))} bytes ...",
                "Sending spooled attrs to the Director. Despooling %s bytes ...",
            )
            if job == "BackupCatalog":
                emit(
                    "bacula-dir",
                    jid,
                    'shell command: run AfterJob "/etc/bacula/scripts/delete_catalog_backup MyCatalog"',
                    'shell command: run %s "%s"',
                )
            report(
                jid, unique, client, fileset, level, start, sched, files, nbytes, errors, ok=True
            )
            session[0] += 1
            since[job] = start
            prune(jid, client)
    return [log]


SYSTEMS = {
    "telegraf": telegraf,
    "networkmanager": networkmanager,
    "clamav": clamav,
    "keycloak": keycloak,
    "bacula": bacula,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
