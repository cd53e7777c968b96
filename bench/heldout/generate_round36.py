#!/usr/bin/env python3
# ruff: noqa: E501, B023  (the log lines it writes are data, one per call; a host's helpers are
# called only in the loop turn that defines them)
"""Writes the held-out logs of round 36 (freeradius, kea, kernel, mssql, spark) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: FreeRADIUS's radius.log (`Tue Jun 11 06:00:02 2024 :
Auth: (123) Login OK: [alice] (from client ap-1 port 0 cli ...)`: a ctime stamp, ` : `, a
category word and the request's number in parentheses), ISC Kea's DHCPv4 server log
(`2024-06-11 06:00:02.118 INFO  [kea-dhcp4.leases/1234.139876] DHCP4_LEASE_ALLOC msg`: log4cplus
with the logger, pid and thread in brackets and a message id in capitals), the kernel's ring
buffer as `dmesg` prints it (`[    1.234567] msg`: seconds since boot, no level, multi-line
reports of many records: the OOM killer's, a hung task's, a WARNING's call trace), SQL Server on
Linux's ERRORLOG (`2024-06-11 06:00:02.11 spid52      msg`: hundredths of a second, a padded
source, `Error: N, Severity: S, State: X.` before an error's text, written in UTF-16LE with a
BOM) and Apache Spark's log4j default layout (`24/06/11 06:00:02 INFO SparkContext: msg`: a
two-digit year first, the logger's simple name, Java stacks). Run it only to change the data on
purpose: `python bench/heldout/generate_round36.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import HERE, Log, generate, hexid, ip4, mac, uuid4

# --------------------------------------------------------------------------------- FreeRADIUS

RAD_USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy"]
RAD_CLIENTS = ["ap-lobby", "ap-floor1", "ap-floor2", "ap-floor3", "sw-core", "vpn-gw"]


def cli(r: random.Random) -> str:
    return "-".join(f"{r.randrange(256):02X}" for _ in range(6))


def freeradius(r: random.Random) -> list[Log]:
    """FreeRADIUS 3.2 (`/var/log/freeradius/radius.log`, `auth = yes`): `radlog`'s `%s : %s: %s`
    with the ctime stamp and the category (`Info`, `Auth`, `Warning`, `Error`), `rad_authlog`'s
    `Login OK: [%s] (%s)` with the client's description (`from client %s port %u cli %s`, or
    `via TLS tunnel` for the inner tunnel), rejects carrying the module's failure message
    (`Login incorrect (mschap: ...)`), SQL pool connections opened and closed, a proxy home
    server going zombie and dead, unknown clients, duplicate requests, a HUP reload and a
    restart."""
    log = Log("radius.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    state = {"req": 0, "conn": 0}

    def emit(cat: str, msg: str, label: str, lo=0.0, hi=4.0) -> None:
        log.tick(r, lo, hi)
        log.add(f"{log.t:%a %b %d %H:%M:%S %Y} : {cat}: {msg}", label)

    def req() -> int:
        state["req"] += 1
        return state["req"]

    def start() -> None:
        emit("Info", "Debugger not attached", "Debugger not attached", lo=1, hi=3)
        emit(
            "Info",
            "systemd watchdog interval is 30.00 secs",
            "systemd watchdog interval is %0.2f secs",
        )
        for srv in ("default", "inner-tunnel", "status"):
            emit("Info", f"Loaded virtual server {srv}", "Loaded virtual server %s", hi=0.05)
        if r.random() < 0.7:
            emit(
                "Warning",
                'Ignoring "ldap" (see raddb/mods-available/README.rst)',
                'Ignoring "%s" (see raddb/mods-available/README.rst)',
                hi=0.05,
            )
        for _ in range(5):
            state["conn"] += 1
            emit(
                "Info",
                f"rlm_sql (sql): Opening additional connection ({state['conn']}), 1 of 32 pending slots used",
                "rlm_sql (%s): Opening additional connection (%d), %d of %d pending slots used",
                hi=0.05,
            )
        emit("Info", "Ready to process requests", "Ready to process requests", hi=0.1)

    def who(user: str, tunnel: bool) -> str:
        if tunnel:
            return f"[{user}] (from client {r.choice(RAD_CLIENTS[:4])} port 0 via TLS tunnel)"
        return f"[{user}] (from client {r.choice(RAD_CLIENTS)} port {r.choice([0, 0, 1, 12, 37])} cli {cli(r)})"

    def auth() -> None:
        user = r.choice(RAD_USERS)
        n = req()
        x = r.random()
        if x < 0.55:
            tunnel = r.random() < 0.5
            if tunnel:
                emit(
                    "Auth",
                    f"({n}) Login OK: {who(user, True)}",
                    "Login OK: [%s] (from client %s port %u via TLS tunnel)",
                    lo=0.05,
                    hi=0.3,
                )
                n = req()
            emit(
                "Auth",
                f"({n}) Login OK: {who(user, False)}",
                "Login OK: [%s] (from client %s port %u cli %s)",
            )
        elif x < 0.7:
            emit(
                "Auth",
                f"({n}) Login incorrect (mschap: MS-CHAP2-Response is incorrect): {who(user, True)}",
                "Login incorrect (mschap: MS-CHAP2-Response is incorrect): [%s] (from client %s port %u via TLS tunnel)",
            )
            emit(
                "Auth",
                f"({req()}) Login incorrect (eap_peap: The users session was previously rejected: returning reject (again.) ): {who(user, False)}",
                "Login incorrect (eap_peap: The users session was previously rejected: returning reject (again.) ): [%s] (from client %s port %u cli %s)",
                hi=0.2,
            )
        elif x < 0.78:
            bad = r.choice(["admin", "test", "guest", "user1", "printer"])
            emit(
                "Auth",
                f"({n}) Invalid user (rlm_sql (sql): User not found): {who(bad, False)}",
                "Invalid user (rlm_sql (%s): User not found): [%s] (from client %s port %u cli %s)",
            )
        elif x < 0.86:
            emit(
                "Auth",
                f'({n}) Login incorrect (pap: Cleartext password does not match "known good" password): {who(user, False)}',
                'Login incorrect (pap: Cleartext password does not match "known good" password): [%s] (from client %s port %u cli %s)',
            )
        elif x < 0.92:
            ca = r.choice(["unknown CA", "certificate expired", "bad certificate"])
            emit(
                "Error",
                f"({n}) eap_tls: ERROR: TLS Alert read:fatal:{ca}",
                "%s: ERROR: TLS Alert read:fatal:%s",
            )
            emit(
                "Error",
                f"({n}) eap_tls: ERROR: Failed in __FUNCTION__ (SSL_read): error:0A000418:SSL routines::tlsv1 alert {ca}",
                "%s: ERROR: Failed in __FUNCTION__ (SSL_read): error:%s:SSL routines::%s",
                hi=0.01,
            )
            emit(
                "Error",
                f"({n}) eap_tls: ERROR: System call (I/O) error (-1)",
                "%s: ERROR: System call (I/O) error (%i)",
                hi=0.01,
            )
            emit(
                "Error",
                f"({n}) eap_tls: ERROR: TLS receive handshake failed during operation",
                "%s: ERROR: TLS receive handshake failed during operation",
                hi=0.01,
            )
            emit(
                "Error",
                f"({n}) eap_tls: ERROR: [eaptls process] = fail",
                "%s: ERROR: [eaptls process] = %s",
                hi=0.01,
            )
            emit(
                "Auth",
                f"({req()}) Login incorrect (eap_tls: TLS Alert read:fatal:{ca}): {who(user, False)}",
                "Login incorrect (%s: TLS Alert read:fatal:%s): [%s] (from client %s port %u cli %s)",
                hi=0.1,
            )
        else:
            emit(
                "Error",
                f"({n}) Ignoring duplicate packet from client {r.choice(RAD_CLIENTS)} port {r.randrange(30000, 60000)} - ID: {r.randrange(256)} due to unfinished request in component authenticate module eap",
                "Ignoring duplicate packet from client %s port %d - ID: %u due to unfinished request in component %s module %s",
            )

    def proxy_trouble() -> None:
        home = ip4(r, "192.0.2")
        user = f"{r.choice(RAD_USERS)}@partner.example.org"
        for _ in range(r.randrange(2, 5)):
            emit(
                "Error",
                f'({req()}) Failing proxied request for user "{user}", due to lack of any response from home server {home} port 1812',
                'Failing proxied request for user "%s", due to lack of any response from home server %s port %d',
            )
        emit(
            "Warning",
            f"Marking home server {home} port 1812 as zombie (it has not responded in 30.000000 seconds).",
            "Marking home server %s port %d as zombie (it has not responded in %.6f seconds).",
        )
        emit(
            "Info",
            f"Marking home server {home} port 1812 as dead.",
            "Marking home server %s port %d as dead.",
            lo=20,
            hi=40,
        )
        emit(
            "Info",
            f"Marking home server {home} port 1812 alive",
            "Marking home server %s port %d alive",
            lo=60,
            hi=300,
        )

    def unknown_client() -> None:
        src = ip4(r, "10.99")
        for _ in range(r.randrange(1, 4)):
            emit(
                "Error",
                f"Ignoring request to auth address * port 1812 bound to server default from unknown client {src} port {r.randrange(30000, 60000)} proto udp",
                "Ignoring request to %s address %s port %u bound to server %s from unknown client %s port %u proto %s",
            )

    def pool() -> None:
        if r.random() < 0.5:
            c = r.randrange(1, state["conn"] + 1)
            emit(
                "Info",
                f"rlm_sql (sql): Closing connection ({c}): Hit idle_timeout, was idle for {r.randrange(601, 700)} seconds",
                "rlm_sql (%s): Closing connection (%d): Hit idle_timeout, was idle for %u seconds",
            )
            emit(
                "Info",
                'rlm_sql (sql): You probably need to lower "min"',
                'rlm_sql (%s): You probably need to lower "min"',
                hi=0.01,
            )
        else:
            state["conn"] += 1
            emit(
                "Info",
                "rlm_sql (sql): Need 1 more connections to reach 5 spares",
                "rlm_sql (%s): Need %i more connections to reach %i spares",
            )
            emit(
                "Info",
                f"rlm_sql (sql): Opening additional connection ({state['conn']}), 1 of 31 pending slots used",
                "rlm_sql (%s): Opening additional connection (%d), %d of %d pending slots used",
                hi=0.01,
            )

    def db_lost() -> None:
        emit(
            "Error",
            "rlm_sql_mysql: ERROR 2013 (HY000): Lost connection to server during query",
            "rlm_sql_mysql: ERROR %u (%s): Lost connection to server during query",
        )
        emit(
            "Error",
            f"({req()}) sql: ERROR: Failed retrieving values from: SELECT id, username, attribute, value, op FROM radcheck WHERE username = '{r.choice(RAD_USERS)}' ORDER BY id",
            "%s: ERROR: Failed retrieving values from: %s",
            hi=0.01,
        )
        emit(
            "Error",
            "rlm_sql (sql): Reconnecting (4)",
            "rlm_sql (%s): Reconnecting (%d)",
            hi=0.01,
        )
        emit(
            "Error",
            "rlm_sql_mysql: Couldn't connect to MySQL server radius@db.internal:radius",
            "rlm_sql_mysql: Couldn't connect to MySQL server %s@%s:%s",
            hi=0.5,
        )
        emit(
            "Error",
            "rlm_sql_mysql: MySQL error: Can't connect to MySQL server on 'db.internal' (111)",
            "rlm_sql_mysql: MySQL error: %s",
            hi=0.01,
        )
        emit(
            "Error",
            "rlm_sql (sql): Opening connection failed (4)",
            "rlm_sql (%s): Opening connection failed (%d)",
            hi=0.01,
        )

    start()
    for hour in range(30):
        for _ in range(r.randrange(20, 45)):
            log.tick(r, 0, 60)
            x = r.random()
            if x < 0.82:
                auth()
            elif x < 0.9:
                pool()
            elif x < 0.95:
                unknown_client()
            elif x < 0.97:
                emit(
                    "Error",
                    f"Unresponsive child for request {req()}, in component authenticate module eap",
                    "Unresponsive child for request %u, in component %s module %s",
                )
            elif x < 0.985:
                db_lost()
            else:
                proxy_trouble()
        if hour == 11:
            emit("Info", "Received HUP signal", "Received HUP signal", lo=10, hi=60)
            emit(
                "Info",
                "HUP - Re-reading configuration files",
                "HUP - Re-reading configuration files",
            )
            emit(
                "Info",
                "HUP - loading modules",
                "HUP - loading modules",
                hi=0.1,
            )
            emit("Info", 'Module: Reloaded module "sql"', 'Module: Reloaded module "%s"', hi=0.1)
        if hour == 22:
            emit("Info", "Signalled to terminate", "Signalled to terminate", lo=10, hi=60)
            emit("Info", "Exiting normally", "Exiting normally", hi=0.5)
            state["conn"] = 0
            start()
    return [log]


# ---------------------------------------------------------------------------------------- Kea

KEA_SUBNETS = [("10.10.0", 1, "office"), ("10.20.0", 2, "guests"), ("10.30.0", 3, "iot")]


def kea(r: random.Random) -> list[Log]:
    """ISC Kea 2.4's DHCPv4 server (`kea-dhcp4.log`, log4cplus's `%D{%Y-%m-%d %H:%M:%S.%q} %-5p
    [%c/%i.%t] %m`): start-up with the configuration summary, interfaces and the control
    socket, leases allocated, renewed, released and declined at INFO under
    `kea-dhcp4.leases`, each prefixed by the packet's identification (`[hwtype=1 mac],
    cid=[...], tid=0x...`), INIT-REBOOT clients, a guest pool running out (allocation failures
    under `kea-dhcp4.alloc-engine`), clients on unknown relays (no subnet), the lease file
    cleanup, the DDNS daemon unreachable, a reconfiguration and shutdown."""
    log = Log("kea-dhcp4.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    state = {"pid": 812, "tid": 139876543210112}
    clients: dict[str, tuple[str, str]] = {}

    def emit(level: str, logger: str, msg: str, label: str, lo=0.0, hi=3.0) -> None:
        log.tick(r, lo, hi)
        ms = log.t.microsecond // 1000
        log.add(
            f"{log.t:%Y-%m-%d %H:%M:%S}.{ms:03d} {level:<5} [{logger}/{state['pid']}.{state['tid']}] {msg}",
            label,
        )

    def pkt(hw: str) -> str:
        cid = f"[01:{hw}]" if r.random() < 0.8 else "[no info]"
        return f"[hwtype=1 {hw}], cid={cid}, tid=0x{hexid(r, 8).lstrip('0') or '1'}"

    def start() -> None:
        emit(
            "INFO",
            "kea-dhcp4.dhcp4",
            "DHCP4_STARTING Kea DHCPv4 server version 2.4.1 (stable) starting",
            "DHCP4_STARTING Kea DHCPv4 server version %s starting",
            lo=2,
            hi=5,
        )
        emit(
            "INFO",
            "kea-dhcp4.commands",
            "COMMAND_ACCEPTOR_START Starting to accept connections via unix domain socket bound to /run/kea/kea4-ctrl-socket",
            "COMMAND_ACCEPTOR_START Starting to accept connections via unix domain socket bound to %s",
            hi=0.05,
        )
        emit(
            "INFO",
            "kea-dhcp4.dhcpsrv",
            "DHCPSRV_CFGMGR_NEW_SUBNET4 a new subnet has been added to configuration: 10.10.0.0/24 with params: t1=900, t2=1800, valid-lifetime=3600",
            "DHCPSRV_CFGMGR_NEW_SUBNET4 a new subnet has been added to configuration: %s with params: %s",
            hi=0.01,
        )
        for net, sid, _ in KEA_SUBNETS[1:]:
            emit(
                "INFO",
                "kea-dhcp4.dhcpsrv",
                f"DHCPSRV_CFGMGR_NEW_SUBNET4 a new subnet has been added to configuration: {net}.0/24 with params: t1=900, t2=1800, valid-lifetime={1800 if sid == 2 else 7200}",
                "DHCPSRV_CFGMGR_NEW_SUBNET4 a new subnet has been added to configuration: %s with params: %s",
                hi=0.01,
            )
        emit(
            "INFO",
            "kea-dhcp4.dhcpsrv",
            'DHCPSRV_CFGMGR_SOCKET_TYPE_DEFAULT "dhcp-socket-type" not specified , using default socket type raw',
            'DHCPSRV_CFGMGR_SOCKET_TYPE_DEFAULT "dhcp-socket-type" not specified , using default socket type %s',
            hi=0.01,
        )
        for iface in ("eth0", "eth1.20", "eth1.30"):
            emit(
                "INFO",
                "kea-dhcp4.dhcpsrv",
                f"DHCPSRV_CFGMGR_ADD_IFACE listening on interface {iface}",
                "DHCPSRV_CFGMGR_ADD_IFACE listening on interface %s",
                hi=0.01,
            )
        emit(
            "INFO",
            "kea-dhcp4.dhcpsrv",
            "DHCPSRV_MEMFILE_DB opening memory file lease database: lfc-interval=3600 name=/var/lib/kea/kea-leases4.csv persist=true type=memfile universe=4",
            "DHCPSRV_MEMFILE_DB opening memory file lease database: %s",
            hi=0.05,
        )
        emit(
            "INFO",
            "kea-dhcp4.dhcpsrv",
            "DHCPSRV_MEMFILE_LFC_SETUP setting up the Lease File Cleanup interval to 3600 sec",
            "DHCPSRV_MEMFILE_LFC_SETUP setting up the Lease File Cleanup interval to %s sec",
            hi=0.01,
        )
        emit(
            "INFO",
            "kea-dhcp4.dhcp4",
            "DHCP4_CONFIG_COMPLETE DHCPv4 server has completed configuration: added IPv4 subnets: 3; DDNS: enabled",
            "DHCP4_CONFIG_COMPLETE DHCPv4 server has completed configuration: %s",
            hi=0.05,
        )
        emit(
            "INFO",
            "kea-dhcp4.dhcp4",
            "DHCP4_STARTED Kea DHCPv4 server version 2.4.1 started",
            "DHCP4_STARTED Kea DHCPv4 server version %s started",
            hi=0.05,
        )

    def client() -> tuple[str, str, int]:
        hw = mac(r)
        if hw in clients or (clients and r.random() < 0.7):
            hw = r.choice(list(clients))
            ip, _ = clients[hw]
        else:
            net, sid, _ = r.choices(KEA_SUBNETS, [5, 3, 2])[0]
            ip = f"{net}.{r.randrange(20, 250)}"
            clients[hw] = (ip, net)
        sid = next(s for n, s, _ in KEA_SUBNETS if clients[hw][1] == n)
        return hw, ip, sid

    def lease() -> None:
        hw, ip, sid = client()
        life = {1: 3600, 2: 1800, 3: 7200}[sid]
        x = r.random()
        state["tid"] = r.choice([139876543210112, 139876534817408, 139876526424704])
        if x < 0.6:
            p = pkt(hw)
            emit(
                "INFO",
                "kea-dhcp4.leases",
                f"DHCP4_LEASE_ADVERT {p}: lease {ip} will be advertised",
                "DHCP4_LEASE_ADVERT %s: lease %s will be advertised",
            )
            emit(
                "INFO",
                "kea-dhcp4.leases",
                f"DHCP4_LEASE_ALLOC {p}: lease {ip} has been allocated for {life} seconds",
                "DHCP4_LEASE_ALLOC %s: lease %s has been allocated for %s seconds",
                hi=0.02,
            )
        elif x < 0.8:
            emit(
                "INFO",
                "kea-dhcp4.leases",
                f"DHCP4_LEASE_ALLOC {pkt(hw)}: lease {ip} has been allocated for {life} seconds",
                "DHCP4_LEASE_ALLOC %s: lease %s has been allocated for %s seconds",
            )
        elif x < 0.87:
            p = pkt(hw)
            emit(
                "INFO",
                "kea-dhcp4.leases",
                f"DHCP4_INIT_REBOOT {p}: client is in INIT-REBOOT state and requests address {ip}",
                "DHCP4_INIT_REBOOT %s: client is in INIT-REBOOT state and requests address %s",
            )
            if r.random() < 0.7:
                emit(
                    "INFO",
                    "kea-dhcp4.leases",
                    f"DHCP4_LEASE_ALLOC {p}: lease {ip} has been allocated for {life} seconds",
                    "DHCP4_LEASE_ALLOC %s: lease %s has been allocated for %s seconds",
                    hi=0.02,
                )
            else:
                emit(
                    "INFO",
                    "kea-dhcp4.bad-packets",
                    f"DHCP4_PACKET_NAK_0001 {p}: failed to select a subnet for incoming packet, src {ip}, type DHCPREQUEST",
                    "DHCP4_PACKET_NAK_0001 %s: failed to select a subnet for incoming packet, src %s, type %s",
                    hi=0.02,
                )
        elif x < 0.94:
            emit(
                "INFO",
                "kea-dhcp4.leases",
                f"DHCP4_RELEASE {pkt(hw)}: address {ip} was released properly.",
                "DHCP4_RELEASE %s: address %s was released properly.",
            )
            del clients[hw]
        elif x < 0.96:
            emit(
                "INFO",
                "kea-dhcp4.leases",
                f"DHCP4_DECLINE_LEASE Received DHCPDECLINE for addr {ip} from client {pkt(hw)}. The lease will be unavailable for 86400 seconds.",
                "DHCP4_DECLINE_LEASE Received DHCPDECLINE for addr %s from client %s. The lease will be unavailable for %s seconds.",
            )
            del clients[hw]
        else:
            emit(
                "WARN",
                "kea-dhcp4.dhcp4",
                f"DHCP4_CLIENT_HOSTNAME_MALFORMED {pkt(hw)}: client provided hostname '{r.choice(['Galaxy-S9', 'android_', 'My iPhone', 'esp-'])}' is malformed: invalid character",
                "DHCP4_CLIENT_HOSTNAME_MALFORMED %s: client provided hostname '%s' is malformed: %s",
            )

    def pool_full() -> None:
        for _ in range(r.randrange(3, 9)):
            hw = mac(r)
            p = pkt(hw)
            emit(
                "WARN",
                "kea-dhcp4.alloc-engine",
                f"ALLOC_ENGINE_V4_ALLOC_FAIL_SUBNET {p}: failed to allocate an IPv4 lease in the subnet 10.20.0.0/24, subnet-id 2, shared network (none)",
                "ALLOC_ENGINE_V4_ALLOC_FAIL_SUBNET %s: failed to allocate an IPv4 lease in the subnet %s, subnet-id %s, shared network %s",
                hi=20,
            )
            emit(
                "WARN",
                "kea-dhcp4.alloc-engine",
                f"ALLOC_ENGINE_V4_ALLOC_FAIL {p}: failed to allocate an IPv4 address after {r.choice([231, 231, 230])} attempt(s)",
                "ALLOC_ENGINE_V4_ALLOC_FAIL %s: failed to allocate an IPv4 address after %s attempt(s)",
                hi=0.01,
            )
            emit(
                "WARN",
                "kea-dhcp4.alloc-engine",
                f"ALLOC_ENGINE_V4_ALLOC_FAIL_CLASSES {p}: Failed to allocate an IPv4 address for client with classes: ALL, guests, UNKNOWN",
                "ALLOC_ENGINE_V4_ALLOC_FAIL_CLASSES %s: Failed to allocate an IPv4 address for client with classes: %s",
                hi=0.01,
            )

    def no_subnet() -> None:
        relay = ip4(r, "10.40")
        emit(
            "WARN",
            "kea-dhcp4.bad-packets",
            f"DHCP4_PACKET_NAK_0001 {pkt(mac(r))}: failed to select a subnet for incoming packet, src {relay}, type DHCPDISCOVER",
            "DHCP4_PACKET_NAK_0001 %s: failed to select a subnet for incoming packet, src %s, type %s",
        )
        emit(
            "WARN",
            "kea-dhcp4.dhcpsrv",
            f"DHCPSRV_SUBNET4_SELECT_NO_RELAY_ADDRESS relay address {relay} is not within any configured subnet",
            "DHCPSRV_SUBNET4_SELECT_NO_RELAY_ADDRESS relay address %s is not within any configured subnet",
            hi=0.01,
        )

    def lfc() -> None:
        emit(
            "INFO",
            "kea-dhcp4.dhcpsrv",
            "DHCPSRV_MEMFILE_LFC_START starting Lease File Cleanup",
            "DHCPSRV_MEMFILE_LFC_START starting Lease File Cleanup",
            lo=10,
            hi=30,
        )
        emit(
            "INFO",
            "kea-dhcp4.dhcpsrv",
            "DHCPSRV_MEMFILE_LFC_EXECUTE executing Lease File Cleanup using: /usr/sbin/kea-lfc -4 -x /var/lib/kea/kea-leases4.csv.2 -i /var/lib/kea/kea-leases4.csv.1 -o /var/lib/kea/kea-leases4.csv.output -f /var/lib/kea/kea-leases4.csv.completed -p /var/lib/kea/kea-leases4.csv.pid -c ignored-path",
            "DHCPSRV_MEMFILE_LFC_EXECUTE executing Lease File Cleanup using: %s",
            hi=0.01,
        )
        emit(
            "INFO",
            "kea-dhcp4.alloc-engine",
            f"ALLOC_ENGINE_V4_LEASES_RECLAMATION_COMPLETE reclaimed {r.randrange(0, 40)} leases in {r.uniform(0.5, 20):.3f} ms",
            "ALLOC_ENGINE_V4_LEASES_RECLAMATION_COMPLETE reclaimed %s leases in %s",
            hi=2,
        )

    def ddns_down() -> None:
        for _ in range(r.randrange(2, 6)):
            emit(
                "ERROR",
                "kea-dhcp4.dhcp-to-d2",
                f'DHCP_DDNS_NCR_SEND_FAILED Sending NameChangeRequest failed: Send error: Connection refused, ncr: {{"change-type": 0, "forward-change": true, "reverse-change": true, "fqdn": "host-{r.randrange(100, 999)}.office.example.com.", "ip-address": "10.10.0.{r.randrange(20, 250)}", "dhcid": "{hexid(r, 16).upper()}", "lease-expires-on": "20240611{r.randrange(60000, 235959)}", "lease-length": 3600, "use-conflict-resolution": true }}',
                "DHCP_DDNS_NCR_SEND_FAILED Sending NameChangeRequest failed: Send error: %s, ncr: %s",
                hi=40,
            )
        emit(
            "ERROR",
            "kea-dhcp4.dhcpsrv",
            "DHCPSRV_DHCP_DDNS_SUSPEND_UPDATES DHCP_DDNS updates are being suspended.",
            "DHCPSRV_DHCP_DDNS_SUSPEND_UPDATES DHCP_DDNS updates are being suspended.",
            hi=0.01,
        )

    def recv_error() -> None:
        emit(
            "ERROR",
            "kea-dhcp4.packets",
            "DHCP4_BUFFER_RECEIVE_FAIL error on attempt to receive packet: Truncated DHCPv4 packet (len=187) received, at least 236 is expected.",
            "DHCP4_BUFFER_RECEIVE_FAIL error on attempt to receive packet: Truncated DHCPv4 packet (len=%s) received, at least %s is expected.",
        )

    start()
    for hour in range(24):
        for _ in range(r.randrange(40, 80)):
            log.tick(r, 0, 40)
            x = r.random()
            if x < 0.9:
                lease()
            elif x < 0.94:
                no_subnet()
            elif x < 0.97:
                recv_error()
            else:
                emit(
                    "INFO",
                    "kea-dhcp4.alloc-engine",
                    f"ALLOC_ENGINE_V4_DECLINED_RECOVERED IPv4 address 10.10.0.{r.randrange(20, 250)} was recovered after 86400 seconds of probation-period",
                    "ALLOC_ENGINE_V4_DECLINED_RECOVERED IPv4 address %s was recovered after %s seconds of probation-period",
                )
        lfc()
        if hour in (8, 9, 17):
            pool_full()
        if hour == 13:
            ddns_down()
        if hour == 15:
            emit(
                "INFO",
                "kea-dhcp4.commands",
                "COMMAND_RECEIVED Received command 'config-reload'",
                "COMMAND_RECEIVED Received command '%s'",
                lo=10,
            )
            emit(
                "INFO",
                "kea-dhcp4.dhcp4",
                "DHCP4_DYNAMIC_RECONFIGURATION initiate server reconfiguration using file: /etc/kea/kea-dhcp4.conf, after receiving SIGHUP signal or config-reload command",
                "DHCP4_DYNAMIC_RECONFIGURATION initiate server reconfiguration using file: %s, after receiving SIGHUP signal or config-reload command",
                hi=0.05,
            )
            emit(
                "INFO",
                "kea-dhcp4.dhcp4",
                "DHCP4_CONFIG_COMPLETE DHCPv4 server has completed configuration: added IPv4 subnets: 3; DDNS: enabled",
                "DHCP4_CONFIG_COMPLETE DHCPv4 server has completed configuration: %s",
                hi=0.05,
            )
        if hour == 20:
            emit(
                "INFO",
                "kea-dhcp4.dhcp4",
                "DHCP4_SHUTDOWN_REQUEST shutdown of server requested",
                "DHCP4_SHUTDOWN_REQUEST shutdown of server requested",
                lo=10,
            )
            emit(
                "INFO",
                "kea-dhcp4.dhcp4",
                "DHCP4_SHUTDOWN server shutdown",
                "DHCP4_SHUTDOWN server shutdown",
                hi=0.2,
            )
            state["pid"] = 1907
            start()
    return [log]


# ------------------------------------------------------------------------------------- kernel

KFRAMES_OOM = [
    "dump_stack_lvl+0x44/0x5c",
    "dump_header+0x4a/0x211",
    "oom_kill_process.cold+0xb/0x10",
    "out_of_memory+0x1fd/0x4c0",
    "__alloc_pages_slowpath.constprop.0+0xcb1/0xe00",
    "__alloc_pages+0x305/0x330",
    "folio_alloc+0x17/0x50",
    "__filemap_get_folio+0x155/0x340",
    "filemap_fault+0x139/0x910",
    "__do_fault+0x33/0x110",
    "do_fault+0x1b9/0x410",
    "__handle_mm_fault+0x660/0xfa0",
    "handle_mm_fault+0xdb/0x2d0",
    "do_user_addr_fault+0x19c/0x570",
    "exc_page_fault+0x70/0x170",
    "asm_exc_page_fault+0x22/0x30",
]
KFRAMES_HUNG = [
    "__schedule+0x34d/0x9e0",
    "schedule+0x5a/0xd0",
    "io_schedule+0x42/0x70",
    "bit_wait_io+0xd/0x60",
    "__wait_on_bit+0x4b/0x140",
    "out_of_line_wait_on_bit+0x91/0xb0",
    "jbd2_journal_commit_transaction+0x1589/0x1a70 [jbd2]",
    "kjournald2+0xa9/0x280 [jbd2]",
    "kthread+0xe6/0x110",
    "ret_from_fork+0x1f/0x30",
]
KFRAMES_WARN = [
    "dev_watchdog+0x21f/0x230",
    "call_timer_fn+0x24/0x130",
    "__run_timers+0x222/0x2c0",
    "run_timer_softirq+0x2f/0x50",
    "__do_softirq+0xf0/0x2fe",
    "__irq_exit_rcu+0xc7/0x130",
    "sysvec_apic_timer_interrupt+0x9e/0xc0",
]


def kernel(r: random.Random) -> list[Log]:
    """Linux 6.1's ring buffer as `dmesg` prints it (no `-x`, no `-T`: `[%5lu.%06lu] msg`, the
    seconds since boot), saved on two hosts: boot messages (the banner, the command line,
    memory, ACPI, PCI, disks, filesystems mounted, systemd's `/dev/kmsg` lines with their
    `name[pid]: ` tag), USB devices plugged in and out, e1000e's link flapping, ext4 errors, the
    OOM killer's report (`invoked oom-killer:`, the task's CPU and hardware, the call trace, the
    memory summary and task table, then `oom-kill:` and `Out of memory: Killed process`: one
    event to the reader, its report's records continuing it), segfaults with their `Code:`
    line, a hung task with its trace, and a `WARNING: CPU: N PID: N at file:line` between cut
    lines with registers and a call trace. A driver's `dev_printk` prefix (`e1000e 0000:00:1f.6
    eno1: `, `usb 1-3: `) and ext4's `EXT4-fs (sda1): ` are the message's source, context, as
    earlier rounds' connection prefixes; the report's continuation records have no row."""
    logs = []
    for host, ram, disk in (("web1", 8, "nvme0n1"), ("db1", 32, "sda")):
        log = Log(f"dmesg-{host}.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        up = [0.0]
        part = f"{disk}p2" if disk.startswith("nvme") else f"{disk}2"

        def emit(msg: str, label: str | None, lo=0.0, hi=0.002) -> None:
            up[0] += r.uniform(lo, hi)
            log.add(f"[{up[0]:12.6f}] {msg}", label)

        def cont(msg: str) -> None:
            emit(msg, None, hi=0.00002)

        def trace(frames: list[str]) -> None:
            cont("Call Trace:")
            cont(" <TASK>")
            for f in frames:
                cont(f" {f}")
            cont(" </TASK>")

        def boot() -> None:
            up[0] = 0.0
            log.add(
                "[    0.000000] Linux version 6.1.0-21-amd64 (debian-kernel@lists.debian.org) (gcc-12 (Debian 12.2.0-14) 12.2.0, GNU ld (GNU Binutils for Debian) 2.40) #1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1 (2024-05-03)",
                "Linux version %s (%s@%s) (%s) %s",
            )
            log.add(
                f"[    0.000000] Command line: BOOT_IMAGE=/boot/vmlinuz-6.1.0-21-amd64 root=UUID={uuid4(r)} ro quiet",
                "Command line: %s",
            )
            log.add(
                "[    0.000000] BIOS-provided physical RAM map:", "BIOS-provided physical RAM map:"
            )
            for a, b, kind in (
                ("0000000000000000", "000000000009fbff", "usable"),
                ("000000000009fc00", "000000000009ffff", "reserved"),
                ("0000000000100000", f"{ram * 0x40000000 - 1:016x}", "usable"),
            ):
                log.add(
                    f"[    0.000000] BIOS-e820: [mem 0x{a}-0x{b}] {kind}",
                    "%s: [mem %#018Lx-%#018Lx] %s",
                )
            log.add(
                "[    0.000000] NX (Execute Disable) protection: active",
                "NX (Execute Disable) protection: active",
            )
            log.add(
                "[    0.000000] DMI: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.16.2-debian-1.16.2-1 04/01/2014",
                "DMI: %s",
            )
            up[0] = 0.000001
            emit("tsc: Detected 2399.998 MHz processor", "Detected %lu.%03lu MHz processor")
            emit(
                f"Memory: {ram * 1024 * 1024 - 180000}K/{ram * 1024 * 1024}K available (14336K kernel code, 2471K rwdata, 9012K rodata, 2812K init, 17484K bss, 180000K reserved, 0K cma-reserved)",
                "Memory: %luK/%luK available (%luK kernel code, %luK rwdata, %luK rodata, %luK init, %luK bss, %luK reserved, %luK cma-reserved)",
                lo=0.01,
                hi=0.05,
            )
            emit("ACPI: Core revision 20220331", "ACPI: Core revision %08x", lo=0.01, hi=0.05)
            emit("x86: Booting SMP configuration:", "x86: Booting SMP configuration:", hi=0.01)
            for cpu in range(1, 4):
                emit(f".... node  #0, CPUs:      #{cpu}", ".... node  #%d, CPUs:      #%d", hi=0.01)
            emit("smp: Brought up 1 node, 4 CPUs", "Brought up %d node%s, %d CPU%s", hi=0.01)
            emit("devtmpfs: initialized", "initialized", lo=0.01, hi=0.05)
            emit(
                "NET: Registered PF_NETLINK/PF_ROUTE protocol family",
                "Registered %s protocol family",
                lo=0.01,
            )
            emit(
                "NET: Registered PF_INET protocol family", "Registered %s protocol family", lo=0.01
            )
            emit(
                "PCI: Using configuration type 1 for base access",
                "Using configuration type %d for base access",
                lo=0.01,
            )
            for slot, vid in (
                ("00:00.0", "[8086:1237] type 00 class 0x060000"),
                ("00:01.0", "[8086:7000] type 00 class 0x060100"),
                ("00:02.0", "[1234:1111] type 00 class 0x030000"),
                ("00:03.0", "[8086:100e] type 00 class 0x020000"),
            ):
                emit(f"pci 0000:{slot}: {vid}", "[%04x:%04x] type %02x class %#08x", hi=0.001)
            emit(
                "Freeing unused kernel image (initmem) memory: 2812K",
                "Freeing unused kernel image (%s) memory: %ldK",
                lo=0.3,
                hi=0.8,
            )
            emit("Run /init as init process", "Run %s as init process", hi=0.01)
            if disk.startswith("nvme"):
                emit("nvme nvme0: pci function 0000:00:04.0", "pci function %s", lo=0.1, hi=0.3)
                emit(
                    "nvme nvme0: 4/0/0 default/read/poll queues",
                    "%d/%d/%d default/read/poll queues",
                    hi=0.05,
                )
                emit(" nvme0n1: p1 p2", " %s:%s", hi=0.01)
            else:
                emit(
                    "scsi 2:0:0:0: Direct-Access     ATA      QEMU HARDDISK    2.5+ PQ: 0 ANSI: 5",
                    "Direct-Access     %.8s %.16s %.4s PQ: %d ANSI: %d",
                    lo=0.1,
                    hi=0.3,
                )
                emit(
                    f"sd 2:0:0:0: [{disk}] 1048576000 512-byte logical blocks: (537 GB/500 GiB)",
                    "%llu %d-byte logical blocks: (%s/%s)",
                    hi=0.01,
                )
                emit(f"sd 2:0:0:0: [{disk}] Write Protect is off", "Write Protect is %s", hi=0.01)
                emit(" sda: sda1 sda2", " %s:%s", hi=0.01)
                emit(f"sd 2:0:0:0: [{disk}] Attached SCSI disk", "Attached SCSI disk", hi=0.01)
            emit(
                f"EXT4-fs ({part}): mounted filesystem {uuid4(r)} ro with ordered data mode. Quota mode: none.",
                "mounted filesystem %pU %s with%s. Quota mode: %s.",
                lo=0.2,
                hi=0.6,
            )
            emit(
                "systemd[1]: systemd 252.22-1~deb12u1 running in system mode (+PAM +AUDIT +SELINUX +APPARMOR +IMA +SMACK +SECCOMP +GCRYPT -GNUTLS +OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN +IPTC +KMOD +LIBCRYPTSETUP +LIBFDISK +PCRE2 -PWQUALITY +P11KIT +QRENCODE +TPM2 +BZIP2 +LZ4 +XZ +ZLIB +ZSTD -BPF_FRAMEWORK -XKBCOMMON +UTMP +SYSVINIT default-hierarchy=unified)",
                "systemd %s running in %ssystem mode (%s)",
                lo=0.3,
                hi=0.6,
            )
            emit("systemd[1]: Detected virtualization kvm.", "Detected virtualization %s.", hi=0.01)
            emit(f"systemd[1]: Hostname set to <{host}>.", "Hostname set to <%s>.", hi=0.01)
            for unit in (
                "Create System Users",
                "Load Kernel Modules",
                "Remount Root and Kernel File Systems",
                "Apply Kernel Variables",
            ):
                emit(f"systemd[1]: Starting {unit}...", "Starting %s...", hi=0.03)
            emit(
                f"EXT4-fs ({part}): re-mounted {uuid4(r)} r/w. Quota mode: none.",
                "re-mounted %pU%s. Quota mode: %s.",
                lo=0.1,
                hi=0.3,
            )
            emit(
                "e1000e: Intel(R) PRO/1000 Network Driver",
                "Intel(R) PRO/1000 Network Driver",
                lo=0.2,
                hi=0.5,
            )
            emit(
                "e1000e 0000:00:1f.6: Interrupt Throttling Rate (ints/sec) set to dynamic conservative mode",
                "Interrupt Throttling Rate (ints/sec) set to dynamic conservative mode",
                hi=0.01,
            )
            emit(
                f"e1000e 0000:00:1f.6 eth0: (PCI Express:2.5GT/s:Width x1) {mac(r)}",
                "(PCI Express:2.5GT/s:Width x1) %pM",
                lo=0.05,
                hi=0.2,
            )
            emit("e1000e 0000:00:1f.6 eno1: renamed from eth0", "renamed from %s", lo=0.05, hi=0.2)
            emit(
                'audit: type=1400 audit(1718085605.312:2): apparmor="STATUS" operation="profile_load" profile="unconfined" name="/usr/bin/man" pid=512 comm="apparmor_parser"',
                "audit: type=%d audit(%llu.%03lu:%u): %s",
                lo=0.2,
                hi=0.4,
            )
            link_up(lo=2.0, hi=3.5)

        def link_up(lo=5.0, hi=30.0) -> None:
            emit(
                "e1000e 0000:00:1f.6 eno1: NIC Link is Up 1000 Mbps Full Duplex, Flow Control: Rx/Tx",
                "NIC Link is Up %d Mbps %s Duplex, Flow Control: %s",
                lo=lo,
                hi=hi,
            )
            emit(
                "IPv6: ADDRCONF(NETDEV_CHANGE): eno1: link becomes ready",
                "ADDRCONF(NETDEV_CHANGE): %s: link becomes ready",
                hi=0.01,
            )

        def link_down() -> None:
            emit("e1000e 0000:00:1f.6 eno1: NIC Link is Down", "NIC Link is Down", lo=100, hi=3000)
            link_up(lo=2, hi=12)

        def usb() -> None:
            port = r.choice(["1-1", "1-2", "1-3", "2-1"])
            num = r.randrange(2, 30)
            emit(
                f"usb {port}: new high-speed USB device number {num} using xhci_hcd",
                "new %s USB device number %d using %s",
                lo=100,
                hi=5000,
            )
            emit(
                f"usb {port}: New USB device found, idVendor=0781, idProduct=5583, bcdDevice= 1.00",
                "New USB device found, idVendor=%04x, idProduct=%04x, bcdDevice=%2x.%02x",
                lo=0.1,
                hi=0.2,
            )
            emit(
                f"usb {port}: New USB device strings: Mfr=1, Product=2, SerialNumber=3",
                "New USB device strings: Mfr=%d, Product=%d, SerialNumber=%d",
                hi=0.001,
            )
            emit(f"usb {port}: Product: Ultra Fit", "Product: %s", hi=0.001)
            emit(f"usb {port}: Manufacturer: SanDisk", "Manufacturer: %s", hi=0.001)
            emit(f"usb {port}: SerialNumber: {hexid(r, 20).upper()}", "SerialNumber: %s", hi=0.001)
            emit(
                f"usb-storage {port}:1.0: USB Mass Storage device detected",
                "USB Mass Storage device detected",
                hi=0.01,
            )
            emit("scsi host6: usb-storage 1-3:1.0", "%s", hi=0.01)
            emit(" sdb: sdb1", " %s:%s", lo=1, hi=2)
            emit(
                "sd 6:0:0:0: [sdb] Attached SCSI removable disk",
                "Attached SCSI removable disk",
                hi=0.01,
            )
            emit(
                f"usb {port}: USB disconnect, device number {num}",
                "USB disconnect, device number %d",
                lo=30,
                hi=600,
            )

        def ext4_error() -> None:
            ino = r.choice([2, 131073, 524289, 1835009])
            emit(
                f"EXT4-fs error (device {part}): ext4_find_entry:1683: inode #{ino}: comm {r.choice(['ls', 'find', 'rsync', 'postgres'])}: reading directory lblock 0",
                "EXT4-fs error (device %s): %s:%d: inode #%lu: comm %s: reading directory lblock %lu",
                lo=100,
                hi=4000,
            )
            if r.random() < 0.5:
                emit(
                    f"EXT4-fs ({part}): error count since last fsck: {r.randrange(1, 40)}",
                    "error count since last fsck: %u",
                    lo=0.5,
                    hi=3,
                )
                emit(
                    f"EXT4-fs ({part}): initial error at time 1718012345: ext4_find_entry:1683: inode {ino}",
                    "initial error at time %u: %.*s:%d%s",
                    hi=0.001,
                )
                emit(
                    f"EXT4-fs ({part}): last error at time {1718085600 + int(up[0])}: ext4_find_entry:1683: inode {ino}",
                    "last error at time %u: %.*s:%d%s",
                    hi=0.001,
                )

        def segfault() -> None:
            prog, pid = r.choice(
                [
                    ("php-fpm8.2", r.randrange(1000, 40000)),
                    ("node", r.randrange(1000, 40000)),
                    ("python3", r.randrange(1000, 40000)),
                ]
            )
            base = r.randrange(0x550000000000, 0x560000000000) & ~0xFFF
            ip = base + r.randrange(0x1000, 0x20000)
            emit(
                f"{prog}[{pid}]: segfault at {r.choice(['0', '8', '10', hexid(r, 12)])} ip {ip:016x} sp 00007ffd{hexid(r, 8)} error {r.choice([4, 6, 14])} in {prog}[{base:x}+{r.choice([0x1A3000, 0x2C000])}] likely on CPU {r.randrange(4)} (core {r.randrange(4)}, socket 0)",
                "%s[%d]: segfault at %lx ip %px sp %px error %lx in %s[%lx+%lx] likely on CPU %d (core %d, socket %d)",
                lo=50,
                hi=3000,
            )
            emit(
                "Code: "
                + " ".join(hexid(r, 2) for _ in range(42))
                + " <48> "
                + " ".join(hexid(r, 2) for _ in range(21)),
                None,
                hi=0.00001,
            )

        def oom() -> None:
            victim, vpid = r.choice(
                [
                    ("java", r.randrange(1000, 40000)),
                    ("postgres", r.randrange(1000, 40000)),
                    ("node", r.randrange(1000, 40000)),
                ]
            )
            who_, wpid = r.choice(
                [(victim, vpid), ("kworker/u8:3", r.randrange(100, 900)), ("systemd-journal", 312)]
            )
            cpu = r.randrange(4)
            emit(
                f"{who_} invoked oom-killer: gfp_mask=0x140cca(GFP_HIGHUSER_MOVABLE|__GFP_COMP), order=0, oom_score_adj=0",
                "%s invoked oom-killer: gfp_mask=%#x(%pGg), order=%d, oom_score_adj=%hd",
                lo=500,
                hi=6000,
            )
            cont(
                f"CPU: {cpu} PID: {wpid} Comm: {who_} Not tainted 6.1.0-21-amd64 #1  Debian 6.1.90-1"
            )
            cont(
                "Hardware name: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.16.2-debian-1.16.2-1 04/01/2014"
            )
            trace(KFRAMES_OOM)
            cont("Mem-Info:")
            cont(
                f"active_anon:{r.randrange(100000, 900000)} inactive_anon:{r.randrange(1000, 90000)} isolated_anon:0"
            )
            cont(
                f" active_file:{r.randrange(10, 400)} inactive_file:{r.randrange(10, 400)} isolated_file:0"
            )
            cont(" unevictable:0 dirty:0 writeback:0")
            cont(
                f" slab_reclaimable:{r.randrange(5000, 20000)} slab_unreclaimable:{r.randrange(9000, 30000)}"
            )
            cont(
                f" mapped:{r.randrange(100, 900)} shmem:{r.randrange(100, 4000)} pagetables:{r.randrange(2000, 9000)}"
            )
            cont(" sec_pagetables:0 bounce:0")
            cont(" kernel_misc_reclaimable:0")
            cont(f" free:{r.randrange(20000, 30000)} free_pcp:{r.randrange(0, 500)} free_cma:0")
            cont(
                f"Node 0 active_anon:{r.randrange(1000000, 9000000)}kB inactive_anon:{r.randrange(1000, 90000)}kB active_file:{r.randrange(100, 900)}kB inactive_file:{r.randrange(100, 900)}kB unevictable:0kB isolated(anon):0kB isolated(file):0kB mapped:2460kB dirty:0kB writeback:0kB shmem:7088kB shmem_thp: 0kB shmem_pmdmapped: 0kB anon_thp: 0kB writeback_tmp:0kB kernel_stack:4592kB pagetables:19244kB sec_pagetables:0kB all_unreclaimable? yes"
            )
            cont(
                "Node 0 DMA free:13312kB boost:0kB min:88kB low:108kB high:128kB reserved_highatomic:0KB active_anon:2432kB inactive_anon:0kB active_file:0kB inactive_file:0kB unevictable:0kB writepending:0kB present:15992kB managed:15360kB mlocked:0kB bounce:0kB free_pcp:0kB local_pcp:0kB free_cma:0kB"
            )
            cont("lowmem_reserve[]: 0 2911 7841 7841 7841")
            cont(
                "Node 0 DMA: 0*4kB 0*8kB 0*16kB 0*32kB 2*64kB (U) 1*128kB (U) 1*256kB (U) 1*512kB (U) 0*1024kB 2*2048kB (UM) 2*4096kB (M) = 13312kB"
            )
            cont(f"{r.randrange(1000, 3000)} total pagecache pages")
            cont("0 pages in swap cache")
            cont("Free swap  = 0kB")
            cont("Total swap = 0kB")
            cont(f"{ram * 262144} pages RAM")
            cont("Tasks state (memory values in pages):")
            cont(
                "[  pid  ]   uid  tgid total_vm      rss pgtables_bytes swapents oom_score_adj name"
            )
            for name, pid, uid in (
                ("systemd-journal", 312, 0),
                ("systemd-udevd", 340, 0),
                ("sshd", 612, 0),
                ("cron", 598, 0),
                (victim, vpid, 1001),
            ):
                cont(
                    f"[{pid:7d}] {uid:5d} {pid:5d} {r.randrange(4000, 2000000):8d} {r.randrange(100, 900000):8d} {r.randrange(40000, 9000000):14d} {0:8d} {(-250 if name == 'systemd-journal' else -1000 if name == 'systemd-udevd' else 0):13d} {name}"
                )
            emit(
                f"oom-kill:constraint=CONSTRAINT_NONE,nodemask=(null),cpuset=/,mems_allowed=0,global_oom,task_memcg=/system.slice/{victim}.service,task={victim},pid={vpid},uid=1001",
                "oom-kill:constraint=%s,nodemask=%*pbl",
                hi=0.0001,
            )
            emit(
                f"Out of memory: Killed process {vpid} ({victim}) total-vm:{r.randrange(1000000, 9000000)}kB, anon-rss:{r.randrange(1000000, 7000000)}kB, file-rss:0kB, shmem-rss:0kB, UID:1001 pgtables:{r.randrange(2000, 9000)}kB oom_score_adj:0",
                "%s: Killed process %d (%s) total-vm:%lukB, anon-rss:%lukB, file-rss:%lukB, shmem-rss:%lukB, UID:%u pgtables:%lukB oom_score_adj:%hd",
                hi=0.001,
            )

        def hung() -> None:
            task, pid = r.choice(
                [
                    ("jbd2/sda2-8", 412),
                    ("kworker/u8:2", r.randrange(100, 900)),
                    ("postgres", r.randrange(1000, 40000)),
                ]
            )
            secs = r.choice([120, 241, 362])
            emit(
                f"INFO: task {task}:{pid} blocked for more than {secs} seconds.",
                "INFO: task %s:%d blocked for more than %ld seconds.",
                lo=300,
                hi=4000,
            )
            cont("      Not tainted 6.1.0-21-amd64 #1 Debian 6.1.90-1")
            cont('"echo 0 > /proc/sys/kernel/hung_task_timeout_secs" disables this message.')
            cont(f"task:{task:<15} state:D stack:0     pid:{pid:<5} ppid:2      flags:0x00004000")
            trace(KFRAMES_HUNG)

        def watchdog_warning() -> None:
            cpu = r.randrange(4)
            # The cut line opens the WARNING's report; the event is the warning's, labelled
            # with the format of its message (the record below the cut line).
            emit(
                "------------[ cut here ]------------",
                "NETDEV WATCHDOG: %s (%s): transmit queue %u timed out",
                lo=1000,
                hi=8000,
            )
            cont("NETDEV WATCHDOG: eno1 (e1000e): transmit queue 0 timed out")
            cont(
                f"WARNING: CPU: {cpu} PID: 0 at net/sched/sch_generic.c:525 dev_watchdog+0x21f/0x230"
            )
            cont(
                "Modules linked in: nft_chain_nat nf_nat nf_conntrack nf_defrag_ipv6 nf_defrag_ipv4 nf_tables libcrc32c nfnetlink e1000e ext4 crc16 mbcache jbd2 ptp pps_core"
            )
            cont(
                f"CPU: {cpu} PID: 0 Comm: swapper/{cpu} Not tainted 6.1.0-21-amd64 #1  Debian 6.1.90-1"
            )
            cont(
                "Hardware name: QEMU Standard PC (i440FX + PIIX, 1996), BIOS 1.16.2-debian-1.16.2-1 04/01/2014"
            )
            cont("RIP: 0010:dev_watchdog+0x21f/0x230")
            cont(
                "Code: 00 e9 40 ff ff ff 48 89 ef c6 05 3e 2d 20 01 01 e8 8c 90 fa ff 48 89 ef 44 89 e9 48 89 c2 48 c7 c6 30 de 2c a5 <0f> 0b e9 22 ff ff ff"
            )
            cont(f"RSP: 0018:ffffb4d6c0{hexid(r, 6)} EFLAGS: 00010286")
            cont(f"RAX: 0000000000000000 RBX: ffff9a4c{hexid(r, 8)} RCX: 0000000000000027")
            trace(KFRAMES_WARN)
            cont("---[ end trace 0000000000000000 ]---")
            emit(
                "e1000e 0000:00:1f.6 eno1: Reset adapter unexpectedly",
                "Reset adapter unexpectedly",
                hi=0.01,
            )
            link_up(lo=2, hi=5)

        boot()
        n_events = 90 if host == "web1" else 70
        for _ in range(n_events):
            x = r.random()
            if x < 0.25:
                usb() if host == "web1" else link_down()
            elif x < 0.45:
                segfault()
            elif x < 0.6:
                link_down()
            elif x < 0.7:
                ext4_error()
            elif x < 0.8:
                emit(
                    f'audit: type=1400 audit({1718085600 + int(up[0])}.{r.randrange(1000):03d}:{r.randrange(100, 9000)}): apparmor="DENIED" operation="open" profile="/usr/sbin/ntpd" name="/etc/ssl/openssl.cnf" pid={r.randrange(600, 9000)} comm="ntpd" requested_mask="r" denied_mask="r" fsuid=0 ouid=0',
                    "audit: type=%d audit(%llu.%03lu:%u): %s",
                    lo=100,
                    hi=3000,
                )
            elif x < 0.88:
                oom()
            elif x < 0.95:
                hung()
            else:
                watchdog_warning()
        logs.append(log)
    return logs


# -------------------------------------------------------------------------------------- MSSQL

MSSQL_DBS = ["shop", "reporting", "identity"]
MSSQL_USERS = ["sa", "app_shop", "app_report", "etl", "admin", "backup_svc"]


def mssql(r: random.Random) -> list[Log]:
    """SQL Server 2022 on Linux (`/var/opt/mssql/log/errorlog`, UTF-16LE with a byte-order
    mark): `yyyy-mm-dd hh:mm:ss.cc source message`, the source padded to 12 columns (`Server`,
    `Logon`, `Backup`, `spid52`, `spid27s`); start-up with the version block (its
    tab-indented lines continue it), databases started and recovered, failed logins as
    `Error: 18456, Severity: 14, State: N.` followed by the text (the pair one event: the
    header is labelled with the text's format, the text's line has no row), log and full
    backups, CHECKDB, configuration changes, the log filling up (9002), I/O stalls (833), a
    backup failing on a full disk, a restart."""
    log = Log("errorlog", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))

    def emit(src: str, msg: str, label: str | None, lo=0.0, hi=2.0) -> None:
        log.tick(r, lo, hi)
        cs = log.t.microsecond // 10000
        log.add(f"{log.t:%Y-%m-%d %H:%M:%S}.{cs:02d} {src:<12}{msg}", label)

    def error(src: str, num: int, sev: int, st: int, msg: str, label: str, lo=0.0, hi=2.0) -> None:
        emit(src, f"Error: {num}, Severity: {sev}, State: {st}.", label, lo, hi)
        log.add(log.lines[-1][0][:22] + f" {src:<12}{msg}", None)

    def info(msg: str) -> str:
        return msg + " This is an informational message only. No user action is required."

    def start() -> None:
        emit(
            "Server",
            "Microsoft SQL Server 2022 (RTM-CU12) (KB5033663) - 16.0.4115.5 (X64) ",
            "Microsoft SQL Server %s",
            lo=5,
            hi=20,
        )
        log.add("\tMar  4 2024 08:56:10 ", None)
        log.add("\tCopyright (C) 2022 Microsoft Corporation", None)
        log.add("\tDeveloper Edition (64-bit) on Linux (Ubuntu 22.04.4 LTS) <X64>", None)
        emit("Server", "UTC adjustment: 0:00", "UTC adjustment: %d:%02d", hi=0.01)
        emit("Server", "(c) Microsoft Corporation.", "(c) Microsoft Corporation.", hi=0.01)
        emit("Server", "All rights reserved.", "All rights reserved.", hi=0.01)
        emit(
            "Server",
            f"Server process ID is {r.randrange(20, 900)}.",
            "Server process ID is %ld.",
            hi=0.01,
        )
        emit(
            "Server",
            "Logging SQL Server messages in file '/var/opt/mssql/log/errorlog'.",
            "Logging SQL Server messages in file '%s'.",
            hi=0.01,
        )
        emit("Server", "Registry startup parameters: ", "Registry startup parameters: %s", hi=0.01)
        log.add("\t -d /var/opt/mssql/data/master.mdf", None)
        log.add("\t -l /var/opt/mssql/data/mastlog.ldf", None)
        log.add("\t -e /var/opt/mssql/log/errorlog", None)
        emit(
            "Server",
            "SQL Server detected 1 sockets with 4 cores per socket and 4 logical processors per socket, 4 total logical processors; using 4 logical processors based on SQL Server licensing. This is an informational message; no user action is required.",
            "SQL Server detected %d sockets with %d cores per socket and %d logical processors per socket, %d total logical processors; using %d logical processors based on SQL Server licensing. This is an informational message; no user action is required.",
            hi=0.05,
        )
        emit(
            "Server",
            info("SQL Server is starting at normal priority base (=7)."),
            info("SQL Server is starting at normal priority base (=%d)."),
            hi=0.01,
        )
        emit(
            "Server",
            "Detected 12800 MB of RAM. This is an informational message; no user action is required.",
            "Detected %I64d MB of RAM. This is an informational message; no user action is required.",
            hi=0.01,
        )
        emit(
            "Server",
            "Using conventional memory in the memory manager.",
            "Using conventional memory in the memory manager.",
            hi=0.01,
        )
        emit(
            "Server",
            "Default collation: SQL_Latin1_General_CP1_CI_AS (us_english 1033)",
            "Default collation: %s (%s %d)",
            hi=0.2,
        )
        spid = r.randrange(20, 30)
        for db, dbid in (("master", 1), ("mssqlsystemresource", 32767), ("model", 3), ("msdb", 4)):
            emit(
                f"spid{spid}s",
                f"Starting up database '{db}'.",
                "Starting up database '%.*ls'.",
                hi=0.3,
            )
            if db != "mssqlsystemresource":
                emit(
                    f"spid{spid}s",
                    info(
                        f"Recovery completed for database {db} (database ID {dbid}) in 1 second(s) (analysis {r.randrange(1, 40)} ms, redo {r.randrange(0, 40)} ms, undo {r.randrange(0, 9)} ms [system undo 0 ms, regular undo 0 ms].)"
                    ),
                    info(
                        "Recovery completed for database %.*ls (database ID %d) in %I64d second(s) (analysis %I64d ms, redo %I64d ms, undo %I64d ms [system undo %I64d ms, regular undo %I64d ms].)"
                    ),
                    hi=0.3,
                )
        emit(
            "Server",
            "Server is listening on [ 'any' <ipv6> 1433] accept sockets 1.",
            "Server is listening on [ %s <%s> %d] accept sockets %d.",
            hi=0.1,
        )
        emit(
            "Server",
            "Server is listening on [ 'any' <ipv4> 1433] accept sockets 1.",
            "Server is listening on [ %s <%s> %d] accept sockets %d.",
            hi=0.01,
        )
        emit(
            "Server",
            info(
                "Dedicated administrator connection support was not started because it is disabled on this edition of SQL Server. If you want to use a dedicated administrator connection, restart SQL Server using the trace flag 7806."
            ),
            info(
                "Dedicated administrator connection support was not started because it is disabled on this edition of SQL Server. If you want to use a dedicated administrator connection, restart SQL Server using the trace flag %d."
            ),
            hi=0.05,
        )
        emit(
            f"spid{spid + 5}s",
            "SQL Server is now ready for client connections. This is an informational message; no user action is required.",
            "SQL Server is now ready for client connections. This is an informational message; no user action is required.",
            hi=0.2,
        )
        emit(f"spid{spid + 2}s", "Clearing tempdb database.", "Clearing tempdb database.", hi=0.3)
        emit(
            f"spid{spid + 2}s",
            "Starting up database 'tempdb'.",
            "Starting up database '%.*ls'.",
            hi=0.3,
        )
        emit(
            f"spid{spid + 2}s",
            "The tempdb database has 4 data file(s).",
            "The tempdb database has %d data file(s).",
            hi=0.3,
        )
        for i, db in enumerate(MSSQL_DBS):
            emit(
                f"spid{spid + 6 + i}s",
                f"Starting up database '{db}'.",
                "Starting up database '%.*ls'.",
                hi=0.3,
            )
            emit(
                f"spid{spid + 6 + i}s",
                f"Parallel redo is started for database '{db}' with worker pool size [2].",
                "Parallel redo is started for database '%.*ls' with worker pool size [%d].",
                hi=0.3,
            )
            emit(
                f"spid{spid + 6 + i}s",
                f"Parallel redo is shutdown for database '{db}' with worker pool size [2].",
                "Parallel redo is shutdown for database '%.*ls' with worker pool size [%d].",
                hi=0.3,
            )
            emit(
                f"spid{spid + 6 + i}s",
                info(
                    f"Recovery completed for database {db} (database ID {5 + i}) in {r.randrange(1, 4)} second(s) (analysis {r.randrange(1, 90)} ms, redo {r.randrange(0, 900)} ms, undo {r.randrange(0, 90)} ms [system undo 0 ms, regular undo 0 ms].)"
                ),
                info(
                    "Recovery completed for database %.*ls (database ID %d) in %I64d second(s) (analysis %I64d ms, redo %I64d ms, undo %I64d ms [system undo %I64d ms, regular undo %I64d ms].)"
                ),
                hi=0.3,
            )
        emit(
            f"spid{spid + 9}s", info("Recovery is complete."), info("Recovery is complete."), hi=0.5
        )

    def client() -> str:
        return ip4(r, "10.0") if r.random() < 0.8 else ip4(r, "203.0.113")

    def failed_login() -> None:
        x = r.random()
        src = client()
        if x < 0.5:
            error(
                "Logon",
                18456,
                14,
                8,
                f"Login failed for user '{r.choice(MSSQL_USERS)}'. Reason: Password did not match that for the login provided. [CLIENT: {src}]",
                "Login failed for user '%.*ls'. Reason: Password did not match that for the login provided.%.*ls",
                lo=1,
                hi=300,
            )
        elif x < 0.75:
            error(
                "Logon",
                18456,
                14,
                5,
                f"Login failed for user '{r.choice(['admin', 'root', 'test', 'user', 'mssql', 'kisadmin'])}'. Reason: Could not find a login matching the name provided. [CLIENT: {src}]",
                "Login failed for user '%.*ls'. Reason: Could not find a login matching the name provided.%.*ls",
                lo=1,
                hi=300,
            )
        elif x < 0.9:
            db = r.choice(MSSQL_DBS)
            error(
                "Logon",
                18456,
                14,
                38,
                f"Login failed for user '{r.choice(MSSQL_USERS[1:4])}'. Reason: Failed to open the explicitly specified database '{db}'. [CLIENT: {src}]",
                "Login failed for user '%.*ls'. Reason: Failed to open the explicitly specified database '%.*ls'.%.*ls",
                lo=1,
                hi=300,
            )
        else:
            error(
                "Logon",
                17892,
                20,
                1,
                f"Logon failed for login '{r.choice(MSSQL_USERS)}' due to trigger execution. [CLIENT: {src}]",
                "Logon failed for login '%.*ls' due to trigger execution.%.*ls",
                lo=1,
                hi=300,
            )

    def backup_log() -> None:
        db = r.choice(MSSQL_DBS)
        lsn = f"{r.randrange(100, 900)}:{r.randrange(100, 99999)}:{r.randrange(1, 300)}"
        emit(
            "Backup",
            info(
                f"Log was backed up. Database: {db}, creation date(time): 2024/01/10(10:12:31), first LSN: {lsn}, last LSN: {r.randrange(100, 900)}:{r.randrange(100, 99999)}:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {{'/var/opt/mssql/backup/{db}_log_{log.t:%Y%m%d%H%M}.trn'}})."
            ),
            info(
                "Log was backed up. Database: %s, creation date(time): %s(%s), first LSN: %s, last LSN: %s, number of dump devices: %d, device information: (%s)."
            ),
            lo=30,
            hi=900,
        )

    def backup_full() -> None:
        for db in MSSQL_DBS:
            pages = r.randrange(10000, 900000)
            spid = f"spid{r.randrange(51, 80)}"
            emit(
                "Backup",
                info(
                    f"Database backed up. Database: {db}, creation date(time): 2024/01/10(10:12:31), pages dumped: {pages}, first LSN: {r.randrange(100, 900)}:{r.randrange(100, 99999)}:1, last LSN: {r.randrange(100, 900)}:{r.randrange(100, 99999)}:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {{'/var/opt/mssql/backup/{db}_full.bak'}})."
                ),
                info(
                    "Database backed up. Database: %s, creation date(time): %s(%s), pages dumped: %I64d, first LSN: %s, last LSN: %s, number of dump devices: %d, device information: (%s)."
                ),
                lo=10,
                hi=600,
            )
            emit(
                spid,
                f"BACKUP DATABASE successfully processed {pages} pages in {r.uniform(1, 90):.3f} seconds ({r.uniform(10, 400):.3f} MB/sec).",
                "BACKUP DATABASE successfully processed %I64d pages in %d.%03d seconds (%d.%03d MB/sec).",
                hi=0.05,
            )

    def checkdb() -> None:
        for db in MSSQL_DBS:
            spid = f"spid{r.randrange(51, 80)}"
            emit(
                spid,
                f"DBCC CHECKDB ({db}) WITH no_infomsgs executed by NT AUTHORITY\\SYSTEM found 0 errors and repaired 0 errors. Elapsed time: 0 hours {r.randrange(0, 5)} minutes {r.randrange(0, 60)} seconds.  Internal database snapshot has split point LSN = 0000{hexid(r, 4)}:0000{hexid(r, 4)}:0001 and first LSN = 0000{hexid(r, 4)}:0000{hexid(r, 4)}:0001.",
                "DBCC %ls (%ls)%ls executed by %ls found %d errors and repaired %d errors. Elapsed time: %d hours %d minutes %d seconds. %.*ls",
                lo=20,
                hi=300,
            )

    def log_full() -> None:
        db = r.choice(MSSQL_DBS[:2])
        for _ in range(r.randrange(2, 6)):
            error(
                f"spid{r.randrange(51, 80)}",
                9002,
                17,
                2,
                f"The transaction log for database '{db}' is full due to 'LOG_BACKUP'.",
                "The transaction log for database '%.*ls' is full due to '%ls'.",
                lo=5,
                hi=60,
            )

    def io_stall() -> None:
        db = r.choice(MSSQL_DBS)
        emit(
            f"spid{r.randrange(5, 20)}s",
            f"SQL Server has encountered {r.randrange(1, 30)} occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [/var/opt/mssql/data/{db}.mdf] in database id {5 + MSSQL_DBS.index(db)}.  The OS file handle is 0x{hexid(r, 16).upper()}.  The offset of the latest long I/O is: 0x{hexid(r, 12)}.  The duration of the long I/O is: {r.randrange(15000, 90000)} ms.",
            "SQL Server has encountered %d occurrence(s) of I/O requests taking longer than %d seconds to complete on file [%ls] in database id %d.  The OS file handle is 0x%p.  The offset of the latest long I/O is: %#016I64x.  The duration of the long I/O is: %I64d ms.",
            lo=60,
            hi=1200,
        )

    def backup_fail() -> None:
        db = r.choice(MSSQL_DBS)
        error(
            "Backup",
            18210,
            16,
            1,
            f"BackupIoRequest::ReportIoError: write failure on backup device '/var/opt/mssql/backup/{db}_full.bak'. Operating system error 112(There is not enough space on the disk.).",
            "%ls: %ls failure on backup device '%ls'. Operating system error %ls.",
            lo=30,
            hi=600,
        )
        error(
            "Backup",
            3041,
            16,
            1,
            f"BACKUP failed to complete the command BACKUP DATABASE {db}. Check the backup application log for detailed messages.",
            "BACKUP failed to complete the command %.*ls. Check the backup application log for detailed messages.",
            hi=0.05,
        )

    def config() -> None:
        opt, a, b = r.choice(
            [
                ("max server memory (MB)", 2147483647, 10240),
                ("cost threshold for parallelism", 5, 50),
                ("max degree of parallelism", 0, 4),
            ]
        )
        emit(
            f"spid{r.randrange(51, 80)}",
            f"Configuration option '{opt}' changed from {a} to {b}. Run the RECONFIGURE statement to install.",
            "Configuration option '%ls' changed from %I64d to %I64d. Run the RECONFIGURE statement to install.",
            lo=30,
            hi=600,
        )

    def cycle() -> None:
        emit(
            f"spid{r.randrange(51, 80)}",
            info("Attempting to cycle error log."),
            info("Attempting to cycle error log."),
            lo=30,
            hi=600,
        )

    start()
    for hour in range(36):
        for _ in range(r.randrange(6, 14)):
            x = r.random()
            if x < 0.45:
                failed_login()
            elif x < 0.8:
                backup_log()
            elif x < 0.85:
                emit(
                    "Logon",
                    f"Login succeeded for user '{r.choice(MSSQL_USERS[1:4])}'. Connection made using SQL Server authentication. [CLIENT: {client()}]",
                    "Login succeeded for user '%.*ls'. Connection made using SQL Server authentication.%.*ls",
                    lo=1,
                    hi=200,
                )
            elif x < 0.9:
                config()
            elif x < 0.95:
                emit(
                    f"spid{r.randrange(51, 80)}",
                    f"Setting database option RECOVERY to FULL for database '{r.choice(MSSQL_DBS)}'.",
                    "Setting database option %ls to %ls for database '%.*ls'.",
                    lo=10,
                    hi=300,
                )
            else:
                io_stall()
        if hour % 24 == 2:
            checkdb()
            backup_full()
        if hour in (9, 10):
            log_full()
        if hour == 14:
            backup_fail()
        if hour == 20:
            cycle()
            emit(
                f"spid{r.randrange(51, 80)}",
                "SQL Server is terminating in response to a 'stop' request from Service Control Manager. This is an informational message only. No user action is required.",
                "SQL Server is terminating in response to a 'stop' request from Service Control Manager. This is an informational message only. No user action is required.",
                lo=60,
                hi=300,
            )
            emit(
                f"spid{r.randrange(51, 80)}",
                "SQL Trace was stopped due to server shutdown. Trace ID = '1'. This is an informational message only; no user action is required.",
                "SQL Trace was stopped due to server shutdown. Trace ID = '%d'. This is an informational message only; no user action is required.",
                hi=0.5,
            )
            start()
    return [log]


# -------------------------------------------------------------------------------------- Spark

SPARK_SITES = [
    ("save at NightlyEtl.scala:88", 200),
    ("count at NightlyEtl.scala:61", 48),
    ("collect at Dedup.scala:42", 16),
    ("parquet at NightlyEtl.scala:74", 96),
]
OOM_STACK = [
    "java.lang.OutOfMemoryError: Java heap space",
    "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)",
    "\tat java.base/java.io.ByteArrayOutputStream.ensureCapacity(ByteArrayOutputStream.java:100)",
    "\tat org.apache.spark.util.io.ChunkedByteBufferOutputStream.allocateNewChunkIfNeeded(ChunkedByteBufferOutputStream.scala:87)",
    "\tat org.apache.spark.sql.execution.UnsafeExternalRowSorter.sort(UnsafeExternalRowSorter.java:200)",
    "\tat org.apache.spark.sql.execution.SortExec$$anon$1.sortedIterator(SortExec.scala:102)",
    "\tat org.apache.spark.scheduler.ResultTask.runTask(ResultTask.scala:93)",
    "\tat org.apache.spark.scheduler.Task.run(Task.scala:141)",
    "\tat org.apache.spark.executor.Executor$TaskRunner.$anonfun$run$4(Executor.scala:620)",
    "\tat org.apache.spark.executor.Executor$TaskRunner.run(Executor.scala:623)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
    "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]
FETCH_STACK = [
    "\tat org.apache.spark.storage.ShuffleBlockFetcherIterator.throwFetchFailedException(ShuffleBlockFetcherIterator.scala:1239)",
    "\tat org.apache.spark.storage.ShuffleBlockFetcherIterator.next(ShuffleBlockFetcherIterator.scala:971)",
    "\tat org.apache.spark.util.CompletionIterator.next(CompletionIterator.scala:29)",
    "\tat org.apache.spark.scheduler.ShuffleMapTask.runTask(ShuffleMapTask.scala:104)",
    "\tat org.apache.spark.scheduler.Task.run(Task.scala:141)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: java.io.IOException: Connecting to /10.0.0.8:7337 failed in the last 4750 ms, fail this connection directly",
    "\tat org.apache.spark.network.client.TransportClientFactory.createClient(TransportClientFactory.java:210)",
    "\tat org.apache.spark.network.shuffle.ExternalBlockStoreClient.lambda$fetchBlocks$0(ExternalBlockStoreClient.java:128)",
    "\t... 3 more",
]
EXECUTORS = {1: "10.0.0.7", 2: "10.0.0.8", 3: "10.0.0.9"}


def spark(r: random.Random) -> list[Log]:
    """Apache Spark 3.5 on a standalone cluster, log4j2's default layout (`%d{yy/MM/dd
    HH:mm:ss} %p %c{1}: %m%n%ex`): the driver's log (start-up, executors granted, jobs and
    stages submitted, tasks started and finished with their progress `(n/N)`, broadcasts,
    shuffles, an executor lost to memory and its tasks `Lost task ... : java.lang.
    OutOfMemoryError` with the stack below, a fetch failure with its cause, a job aborted) and
    two executors' (tasks run and finished, spills, the OOM with its stack, the shutdown on
    SIGTERM). The logger is the class's simple name (context: a line's template is its message).
    The stack lines continue their event."""
    t0 = datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC)
    drv = Log("driver.log", t0)
    exe = {1: Log("executor-1.log", t0), 2: Log("executor-2.log", t0)}
    app = "app-20240611060003-0001"
    tid = [0]
    stage = [0]
    rdd = [0]
    bcast = [0]

    def emit(log: Log, level: str, cls: str, msg: str, label: str | None, lo=0.0, hi=0.5) -> None:
        log.tick(r, lo, hi)
        log.add(f"{log.t:%y/%m/%d %H:%M:%S} {level} {cls}: {msg}", label)

    def d(level: str, cls: str, msg: str, label: str, lo=0.0, hi=0.5) -> None:
        emit(drv, level, cls, msg, label, lo, hi)

    def sync(log: Log) -> None:
        if log.t < drv.t:
            log.t = drv.t

    d("INFO", "SparkContext", "Running Spark version 3.5.1", "Running Spark version %s", lo=1)
    d("INFO", "SparkContext", "OS info Linux, 5.15.0-1051-aws, amd64", "OS info %s, %s, %s")
    d("INFO", "SparkContext", "Java version 17.0.10", "Java version %s")
    d(
        "WARN",
        "NativeCodeLoader",
        "Unable to load native-hadoop library for your platform... using builtin-java classes where applicable",
        "Unable to load native-hadoop library for your platform... using builtin-java classes where applicable",
    )
    d(
        "INFO",
        "ResourceUtils",
        "==============================================================",
        "==============================================================",
    )
    d(
        "INFO",
        "ResourceUtils",
        "No custom resources configured for spark.driver.",
        "No custom resources configured for %s.",
    )
    d(
        "INFO",
        "ResourceUtils",
        "==============================================================",
        "==============================================================",
    )
    d("INFO", "SparkContext", "Submitted application: nightly-etl", "Submitted application: %s")
    d("INFO", "SecurityManager", "Changing view acls to: spark", "Changing view acls to: %s")
    d("INFO", "SecurityManager", "Changing modify acls to: spark", "Changing modify acls to: %s")
    d(
        "INFO",
        "Utils",
        "Successfully started service 'sparkDriver' on port 37123.",
        "Successfully started service%s on port %s.",
    )
    for ep in (
        "MapOutputTracker",
        "BlockManagerMaster",
        "BlockManagerMasterHeartbeat",
        "OutputCommitCoordinator",
    ):
        d("INFO", "SparkEnv", f"Registering {ep}", "Registering %s", hi=0.05)
    d(
        "INFO",
        "DiskBlockManager",
        f"Created local directory at /tmp/blockmgr-{uuid4(r)}",
        "Created local directory at %s",
    )
    d(
        "INFO",
        "MemoryStore",
        "MemoryStore started with capacity 2.2 GiB",
        "MemoryStore started with capacity %s",
    )
    d(
        "INFO",
        "Utils",
        "Successfully started service 'SparkUI' on port 4040.",
        "Successfully started service%s on port %s.",
    )
    d(
        "INFO",
        "StandaloneAppClient$ClientEndpoint",
        "Connecting to master spark://spark-master:7077...",
        "Connecting to master %s...",
    )
    d(
        "INFO",
        "StandaloneSchedulerBackend",
        f"Connected to Spark cluster with app ID {app}",
        "Connected to Spark cluster with app ID %s",
    )
    for e, host in EXECUTORS.items():
        d(
            "INFO",
            "StandaloneAppClient$ClientEndpoint",
            f"Executor added: {app}/{e} on worker-20240610220000-{host}-34567 ({host}:34567) with 4 core(s)",
            "Executor added: %s on %s (%s) with %d core(s)",
            hi=0.05,
        )
        d(
            "INFO",
            "StandaloneSchedulerBackend",
            f"Granted executor ID {app}/{e} on hostPort {host}:34567 with 4 core(s), 4.0 GiB RAM",
            "Granted executor ID %s on hostPort %s with %d core(s), %s RAM",
            hi=0.05,
        )
    for e in EXECUTORS:
        d(
            "INFO",
            "StandaloneAppClient$ClientEndpoint",
            f"Executor updated: {app}/{e} is now RUNNING",
            "Executor updated: %s is now %s%s",
            hi=0.3,
        )
    for e, host in EXECUTORS.items():
        d(
            "INFO",
            "StandaloneSchedulerBackend$StandaloneDriverEndpoint",
            f"Registered executor NettyRpcEndpointRef(spark-client://Executor) ({host}:{r.randrange(40000, 60000)}) with ID {e},  ResourceProfileId 0",
            "Registered executor %s (%s) with ID %s,  ResourceProfileId %s",
            lo=1,
            hi=3,
        )
        d(
            "INFO",
            "BlockManagerMasterEndpoint",
            f"Registering block manager {host}:{r.randrange(40000, 60000)} with 2.2 GiB RAM, BlockManagerId({e}, {host}, {r.randrange(40000, 60000)}, None)",
            "Registering block manager %s with %s RAM, %s",
            hi=0.1,
        )
    for e, log in exe.items():
        sync(log)
        emit(
            log,
            "INFO",
            "CoarseGrainedExecutorBackend",
            f"Started daemon with process name: {r.randrange(1000, 9000)}@spark-worker-{e}",
            "Started daemon with process name: %s",
            hi=0.1,
        )
        emit(
            log,
            "INFO",
            "SignalUtils",
            "Registering signal handler for TERM",
            "Registering signal handler for %s",
            hi=0.01,
        )
        emit(
            log,
            "INFO",
            "SignalUtils",
            "Registering signal handler for HUP",
            "Registering signal handler for %s",
            hi=0.01,
        )
        emit(
            log,
            "INFO",
            "SignalUtils",
            "Registering signal handler for INT",
            "Registering signal handler for %s",
            hi=0.01,
        )
        emit(
            log,
            "INFO",
            "CoarseGrainedExecutorBackend",
            "Successfully registered with driver",
            "Successfully registered with driver",
            hi=1,
        )
        emit(
            log,
            "INFO",
            "Executor",
            f"Starting executor ID {e} on host {EXECUTORS[e]}",
            "Starting executor ID %s on host %s",
            hi=0.1,
        )
        emit(
            log,
            "INFO",
            "Executor",
            "OS info Linux, 5.15.0-1051-aws, amd64",
            "OS info %s, %s, %s",
            hi=0.01,
        )

    def broadcast(size: float) -> None:
        b = bcast[0]
        bcast[0] += 1
        d(
            "INFO",
            "MemoryStore",
            f"Block broadcast_{b} stored as values in memory (estimated size {size:.1f} KiB, free 2.2 GiB)",
            "Block %s stored as values in memory (estimated size %s, free %s)",
            hi=0.05,
        )
        d(
            "INFO",
            "MemoryStore",
            f"Block broadcast_{b}_piece0 stored as bytes in memory (estimated size {size / 2.3:.1f} KiB, free 2.2 GiB)",
            "Block %s stored as bytes in memory (estimated size %s, free %s)",
            hi=0.01,
        )
        d(
            "INFO",
            "BlockManagerInfo",
            f"Added broadcast_{b}_piece0 in memory on 10.0.0.5:40123 (size: {size / 2.3:.1f} KiB, free: 2.2 GiB)",
            "Added %s in memory on %s (size: %s, free: %s)",
            hi=0.01,
        )
        d(
            "INFO",
            "SparkContext",
            f"Created broadcast {b} from broadcast at DAGScheduler.scala:1585",
            "Created broadcast %s from %s",
            hi=0.01,
        )

    def run_stage(job: int, site: str, n: int, kind: str, fail: str | None) -> bool:
        s = stage[0]
        stage[0] += 1
        rdd[0] += r.randrange(2, 5)
        rname = f"MapPartitionsRDD[{rdd[0]}] at {site.split(' at ')[0]} at {site.split(' at ')[1]}"
        d(
            "INFO",
            "DAGScheduler",
            f"Submitting {kind} {s} ({rname}), which has no missing parents",
            "Submitting %s (%s), which has no missing parents",
            hi=0.05,
        )
        broadcast(r.uniform(8, 60))
        first = ", ".join(str(i) for i in range(min(n, 15)))
        d(
            "INFO",
            "DAGScheduler",
            f"Submitting {n} missing tasks from {kind} {s} ({rname}) (first 15 tasks are for partitions Vector({first}))",
            "Submitting %s missing tasks from %s (%s) (first 15 tasks are for partitions %s)",
            hi=0.01,
        )
        d(
            "INFO",
            "TaskSchedulerImpl",
            f"Adding task set {s}.0 with {n} tasks resource profile 0",
            "Adding task set %s with %s tasks resource profile %s",
            hi=0.01,
        )
        shown = min(n, r.randrange(8, 16))
        done = 0
        failed_at = r.randrange(1, shown) if fail else -1
        for p in range(shown):
            e = r.choice(list(EXECUTORS))
            host = EXECUTORS[e]
            tid[0] += 1
            t = tid[0]
            d(
                "INFO",
                "TaskSetManager",
                f"Starting task {p}.0 in stage {s}.0 (TID {t}) ({host}, executor {e}, partition {p}, {r.choice(['PROCESS_LOCAL', 'NODE_LOCAL', 'ANY'])}, {r.randrange(7000, 12000)} bytes) ",
                "Starting task %s in stage %s (TID %s) (%s, executor %s, partition %s, %s, %s bytes) %s",
                hi=0.05,
            )
            if e in exe:
                log = exe[e]
                sync(log)
                emit(
                    log,
                    "INFO",
                    "CoarseGrainedExecutorBackend",
                    f"Got assigned task {t}",
                    "Got assigned task %s",
                    hi=0.05,
                )
                emit(
                    log,
                    "INFO",
                    "Executor",
                    f"Running task {p}.0 in stage {s}.0 (TID {t})",
                    "Running task %s in stage %s (TID %s)",
                    hi=0.05,
                )
                if r.random() < 0.2:
                    emit(
                        log,
                        "INFO",
                        "UnsafeExternalSorter",
                        f"Thread {r.randrange(60, 90)} spilling sort data of {r.choice(['256.0', '512.0', '1024.0'])} MiB to disk (0  time so far)",
                        "Thread %s spilling sort data of %s to disk (%s  time%s so far)",
                        hi=2,
                    )
            if p == failed_at and fail == "oom":
                if e in exe:
                    log = exe[e]
                    emit(
                        log,
                        "ERROR",
                        "Executor",
                        f"Exception in task {p}.0 in stage {s}.0 (TID {t})",
                        "Exception in task %s in stage %s (TID %s)",
                        lo=2,
                        hi=8,
                    )
                    for line in OOM_STACK:
                        log.add(line, None)
                    emit(
                        log,
                        "ERROR",
                        "SparkUncaughtExceptionHandler",
                        f"Uncaught exception in thread Thread[Executor task launch worker for task {p}.0 in stage {s}.0 (TID {t}),5,main]",
                        "Uncaught exception in thread %s",
                        hi=0.01,
                    )
                    for line in OOM_STACK:
                        log.add(line, None)
                    drv.t = max(drv.t, log.t)
                d(
                    "WARN",
                    "TaskSetManager",
                    f"Lost task {p}.0 in stage {s}.0 (TID {t}) ({host} executor {e}): java.lang.OutOfMemoryError: Java heap space",
                    "Lost task %s in stage %s (TID %s) (%s executor %s): java.lang.OutOfMemoryError: Java heap space",
                    lo=1,
                    hi=3,
                )
                for line in OOM_STACK[1:]:
                    drv.add(line, None)
                d(
                    "ERROR",
                    "TaskSchedulerImpl",
                    f"Lost executor {e} on {host}: Command exited with code 52",
                    "Lost executor %s on %s: Command exited with code %s",
                    lo=1,
                    hi=4,
                )
                d(
                    "INFO",
                    "DAGScheduler",
                    f"Executor lost: {e} (epoch {s})",
                    "Executor lost: %s (epoch %s)",
                    hi=0.05,
                )
                d(
                    "INFO",
                    "BlockManagerMasterEndpoint",
                    f"Trying to remove executor {e} from BlockManagerMaster.",
                    "Trying to remove executor %s from BlockManagerMaster.",
                    hi=0.01,
                )
                d(
                    "INFO",
                    "BlockManagerMasterEndpoint",
                    f"Removing block manager BlockManagerId({e}, {host}, {r.randrange(40000, 60000)}, None)",
                    "Removing block manager %s",
                    hi=0.01,
                )
                d(
                    "INFO",
                    "StandaloneAppClient$ClientEndpoint",
                    f"Executor updated: {app}/{e} is now EXITED (Command exited with code 52)",
                    "Executor updated: %s is now %s%s",
                    hi=0.3,
                )
                d(
                    "INFO",
                    "StandaloneSchedulerBackend",
                    f"Executor {app}/{e} removed: Command exited with code 52",
                    "Executor %s removed: %s",
                    hi=0.01,
                )
                continue
            if p == failed_at and fail == "fetch":
                d(
                    "WARN",
                    "TaskSetManager",
                    f"Lost task {p}.0 in stage {s}.0 (TID {t}) ({host} executor {e}): FetchFailed(BlockManagerId(2, 10.0.0.8, 7337, None), shuffleId={s - 1}, mapIndex={r.randrange(0, 40)}, mapId={r.randrange(100, 900)}, reduceId={p}, message=",
                    "Lost task %s in stage %s (TID %s) (%s executor %s): FetchFailed(%s, shuffleId=%s, mapIndex=%s, mapId=%s, reduceId=%s, message=",
                    lo=1,
                    hi=3,
                )
                drv.add(
                    "org.apache.spark.shuffle.FetchFailedException: Connecting to /10.0.0.8:7337 failed in the last 4750 ms, fail this connection directly",
                    None,
                )
                for line in FETCH_STACK:
                    drv.add(line, None)
                drv.add(")", None)
                d(
                    "INFO",
                    "TaskSetManager",
                    f"task {p}.0 in stage {s}.0 (TID {t}) failed, but the task will not be re-executed (either because the task failed with a shuffle data fetch failure, so the previous stage needs to be re-run, or because a different copy of the task has already succeeded).",
                    "task %s in stage %s (TID %s) failed, but the task will not be re-executed (either because the task failed with a shuffle data fetch failure, so the previous stage needs to be re-run, or because a different copy of the task has already succeeded).",
                    hi=0.01,
                )
                d(
                    "INFO",
                    "DAGScheduler",
                    f"Marking {kind} {s} ({site}) as failed due to a fetch failure from ShuffleMapStage {s - 1} ({site})",
                    "Marking %s (%s) as failed due to a fetch failure from %s (%s)",
                    hi=0.01,
                )
                d(
                    "INFO",
                    "DAGScheduler",
                    f"{kind} {s} ({site}) failed in {r.uniform(1, 60):.3f} s due to org.apache.spark.shuffle.FetchFailedException: Connecting to /10.0.0.8:7337 failed in the last 4750 ms, fail this connection directly",
                    "%s (%s) failed in %s s due to org.apache.spark.shuffle.FetchFailedException: Connecting to %s failed in the last %s ms, fail this connection directly",
                    hi=0.01,
                )
                d(
                    "INFO",
                    "DAGScheduler",
                    f"Resubmitting ShuffleMapStage {s - 1} ({site}) and {kind} {s} ({site}) due to fetch failure",
                    "Resubmitting %s (%s) and %s (%s) due to fetch failure",
                    hi=0.01,
                )
                return False
            done += 1
            ms = r.randrange(80, 20000)
            if e in exe:
                log = exe[e]
                log.tick(r, ms / 1000 * 0.9, ms / 1000)
                emit(
                    log,
                    "INFO",
                    "Executor",
                    f"Finished task {p}.0 in stage {s}.0 (TID {t}). {r.randrange(1500, 5000)} bytes result sent to driver",
                    "Finished task %s in stage %s (TID %s). %s bytes result sent to driver",
                    hi=0.01,
                )
                drv.t = max(drv.t, log.t)
            d(
                "INFO",
                "TaskSetManager",
                f"Finished task {p}.0 in stage {s}.0 (TID {t}) in {ms} ms on {host} (executor {e}) ({done}/{n})",
                "Finished task %s in stage %s (TID %s) in %s ms on %s (executor %s) (%s/%s)",
                hi=0.3,
            )
        if fail == "oom":
            p = failed_at
            for attempt in range(1, 4):
                tid[0] += 1
                e = r.choice([x for x in EXECUTORS if x != 1])
                host = EXECUTORS[e]
                d(
                    "INFO",
                    "TaskSetManager",
                    f"Starting task {p}.{attempt} in stage {s}.0 (TID {tid[0]}) ({host}, executor {e}, partition {p}, PROCESS_LOCAL, 9120 bytes) ",
                    "Starting task %s in stage %s (TID %s) (%s, executor %s, partition %s, %s, %s bytes) %s",
                    hi=0.05,
                )
                d(
                    "WARN",
                    "TaskSetManager",
                    f"Lost task {p}.{attempt} in stage {s}.0 (TID {tid[0]}) ({host} executor {e}): java.lang.OutOfMemoryError: Java heap space",
                    "Lost task %s in stage %s (TID %s) (%s executor %s): java.lang.OutOfMemoryError: Java heap space",
                    lo=3,
                    hi=20,
                )
                for line in OOM_STACK[1:]:
                    drv.add(line, None)
            d(
                "ERROR",
                "TaskSetManager",
                f"Task {p} in stage {s}.0 failed 4 times; aborting job",
                "Task %s in stage %s failed %s times; aborting job",
                hi=0.01,
            )
            d("INFO", "TaskSchedulerImpl", f"Cancelling stage {s}", "Cancelling stage %s", hi=0.01)
            d(
                "INFO",
                "TaskSchedulerImpl",
                f"Killing all running tasks in stage {s}: Stage cancelled: Job aborted due to stage failure: Task {p} in stage {s}.0 failed 4 times, most recent failure: Lost task {p}.3 in stage {s}.0 (TID {tid[0]}) ({host} executor {e}): java.lang.OutOfMemoryError: Java heap space",
                "Killing all running tasks in stage %s: Stage cancelled: Job aborted due to stage failure: Task %s in stage %s failed %s times, most recent failure: Lost task %s in stage %s (TID %s) (%s executor %s): java.lang.OutOfMemoryError: Java heap space",
                hi=0.01,
            )
            for line in OOM_STACK[1:]:
                drv.add(line, None)
            drv.add("", None)
            drv.add("Driver stacktrace:", None)
            d(
                "INFO",
                "DAGScheduler",
                f"{kind} {s} ({site}) failed in {r.uniform(30, 300):.3f} s due to Job aborted due to stage failure: Task {p} in stage {s}.0 failed 4 times, most recent failure: Lost task {p}.3 in stage {s}.0 (TID {tid[0]}) ({host} executor {e}): java.lang.OutOfMemoryError: Java heap space",
                "%s (%s) failed in %s s due to Job aborted due to stage failure: Task %s in stage %s failed %s times, most recent failure: Lost task %s in stage %s (TID %s) (%s executor %s): java.lang.OutOfMemoryError: Java heap space",
                hi=0.01,
            )
            for line in OOM_STACK[1:]:
                drv.add(line, None)
            drv.add("", None)
            drv.add("Driver stacktrace:", None)
            d(
                "INFO",
                "DAGScheduler",
                f"Job {job} failed: {site}, took {r.uniform(30, 300):.6f} s",
                "Job %s failed: %s, took %f s",
                hi=0.01,
            )
            return False
        d(
            "INFO",
            "TaskSchedulerImpl",
            f"Removed TaskSet {s}.0, whose tasks have all completed, from pool ",
            "Removed TaskSet %s, whose tasks have all completed, from pool %s",
            hi=0.05,
        )
        d(
            "INFO",
            "DAGScheduler",
            f"{kind} {s} ({site}) finished in {r.uniform(1, 200):.3f} s",
            "%s (%s) finished in %s s",
            hi=0.01,
        )
        return True

    for job in range(14):
        site, n = r.choice(SPARK_SITES)
        d("INFO", "SparkContext", f"Starting job: {site}", "Starting job: %s", lo=5, hi=120)
        d(
            "INFO",
            "DAGScheduler",
            f"Registering RDD {rdd[0] + 1} ({site}) as input to shuffle {job}",
            "Registering RDD %s (%s) as input to shuffle %s",
            hi=0.05,
        )
        d(
            "INFO",
            "DAGScheduler",
            f"Got job {job} ({site}) with {n} output partitions",
            "Got job %s (%s) with %s output partitions",
            hi=0.05,
        )
        d(
            "INFO",
            "DAGScheduler",
            f"Final stage: ResultStage {stage[0] + 1} ({site})",
            "Final stage: %s (%s)",
            hi=0.01,
        )
        d(
            "INFO",
            "DAGScheduler",
            f"Parents of final stage: List(ShuffleMapStage {stage[0]})",
            "Parents of final stage: %s",
            hi=0.01,
        )
        d(
            "INFO",
            "DAGScheduler",
            f"Missing parents: List(ShuffleMapStage {stage[0]})",
            "Missing parents: %s",
            hi=0.01,
        )
        fail = None
        if job in (5, 11):
            fail = "oom"
        elif job == 8:
            fail = "fetch"
        ok = run_stage(job, site, r.randrange(20, 60), "ShuffleMapStage", None)
        if ok:
            d(
                "INFO",
                "DAGScheduler",
                "looking for newly runnable stages",
                "looking for newly runnable stages",
                hi=0.01,
            )
            d("INFO", "DAGScheduler", "running: Set()", "running: %s", hi=0.01)
            d(
                "INFO",
                "DAGScheduler",
                f"waiting: Set(ResultStage {stage[0]})",
                "waiting: %s",
                hi=0.01,
            )
            d("INFO", "DAGScheduler", "failed: Set()", "failed: %s", hi=0.01)
            d(
                "INFO",
                "CodeGenerator",
                f"Code generated in {r.uniform(3, 60):.6f} ms",
                "Code generated in %s ms",
                hi=0.3,
            )
            ok = run_stage(job, site, n, "ResultStage", fail)
        if fail == "fetch":
            ok = run_stage(job, site, n, "ResultStage", None)
        if ok:
            d(
                "INFO",
                "DAGScheduler",
                f"Job {job} is finished. Cancelling potential speculative or zombie tasks for this job",
                "Job %s is finished. Cancelling potential speculative or zombie tasks for this job",
                hi=0.01,
            )
            d(
                "INFO",
                "TaskSchedulerImpl",
                f"Killing all running tasks in stage {stage[0] - 1}: Stage finished",
                "Killing all running tasks in stage %s: Stage finished",
                hi=0.01,
            )
            d(
                "INFO",
                "DAGScheduler",
                f"Job {job} finished: {site}, took {r.uniform(2, 300):.6f} s",
                "Job %s finished: %s, took %f s",
                hi=0.01,
            )
        if job == 9:
            d(
                "WARN",
                "HeartbeatReceiver",
                f"Removing executor 3 with no recent heartbeats: {r.randrange(120001, 190000)} ms exceeds timeout 120000 ms",
                "Removing executor %s with no recent heartbeats: %d ms exceeds timeout %d ms",
                lo=60,
                hi=200,
            )
            d(
                "ERROR",
                "TaskSchedulerImpl",
                "Lost executor 3 on 10.0.0.9: Executor heartbeat timed out after 160123 ms",
                "Lost executor %s on %s: Executor heartbeat timed out after %s ms",
                hi=0.1,
            )
            d(
                "INFO",
                "DAGScheduler",
                f"Executor lost: 3 (epoch {stage[0]})",
                "Executor lost: %s (epoch %s)",
                hi=0.05,
            )
    d(
        "INFO",
        "SparkContext",
        "SparkContext is stopping with exitCode 0.",
        "SparkContext is stopping with exitCode %s.",
        lo=5,
        hi=30,
    )
    d(
        "INFO",
        "SparkUI",
        "Stopped Spark web UI at http://10.0.0.5:4040",
        "Stopped Spark web UI at %s",
        hi=0.2,
    )
    d(
        "INFO",
        "StandaloneSchedulerBackend",
        "Shutting down all executors",
        "Shutting down all executors",
        hi=0.1,
    )
    for log in exe.values():
        sync(log)
        emit(
            log,
            "INFO",
            "CoarseGrainedExecutorBackend",
            "Driver commanded a shutdown",
            "Driver commanded a shutdown",
            hi=0.2,
        )
        emit(
            log,
            "ERROR",
            "CoarseGrainedExecutorBackend",
            "RECEIVED SIGNAL TERM",
            "RECEIVED SIGNAL %s",
            hi=0.2,
        )
        emit(log, "INFO", "MemoryStore", "MemoryStore cleared", "MemoryStore cleared", hi=0.05)
        emit(
            log,
            "INFO",
            "ShutdownHookManager",
            "Shutdown hook called",
            "Shutdown hook called",
            hi=0.05,
        )
        emit(
            log,
            "INFO",
            "ShutdownHookManager",
            f"Deleting directory /tmp/spark-{uuid4(r)}/executor-{uuid4(r)}",
            "Deleting directory %s",
            hi=0.05,
        )
    d(
        "INFO",
        "MapOutputTrackerMasterEndpoint",
        "MapOutputTrackerMasterEndpoint stopped!",
        "MapOutputTrackerMasterEndpoint stopped!",
        hi=0.2,
    )
    d("INFO", "MemoryStore", "MemoryStore cleared", "MemoryStore cleared", hi=0.05)
    d("INFO", "BlockManager", "BlockManager stopped", "BlockManager stopped", hi=0.05)
    d(
        "INFO",
        "SparkContext",
        "Successfully stopped SparkContext",
        "Successfully stopped SparkContext",
        hi=0.05,
    )
    d("INFO", "ShutdownHookManager", "Shutdown hook called", "Shutdown hook called", hi=0.05)
    d(
        "INFO",
        "ShutdownHookManager",
        f"Deleting directory /tmp/spark-{uuid4(r)}",
        "Deleting directory %s",
        hi=0.05,
    )
    return [drv, *exe.values()]


SYSTEMS = {
    "freeradius": freeradius,
    "kea": kea,
    "kernel": kernel,
    "mssql": mssql,
    "spark": spark,
}


def utf16(system: str, name: str) -> None:
    """Rewrite a written log file as UTF-16LE with a byte-order mark, as the program writes it
    (the labels count lines, which the encoding does not change)."""
    path = HERE / system / name
    path.write_bytes(
        b"\xff\xfe" + path.read_text(encoding="utf-8").replace("\n", "\r\n").encode("utf-16-le")
    )


if __name__ == "__main__":
    chosen = sys.argv[1:] or list(SYSTEMS)
    generate(SYSTEMS, chosen)
    if "mssql" in chosen:
        utf16("mssql", "errorlog")
