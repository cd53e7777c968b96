#!/usr/bin/env python3
# ruff: noqa: E501, B023  (the log lines it writes are data, one per call; closures run in their loop)
"""Writes the held-out logs of round 42 (amavis, ejabberd, isc-dhcpd, pdns, wildfly) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: amavisd-new's syslog lines (`amavis[2301]: (02301-07)
Passed CLEAN {RelayedInbound}, [ip]:port <from> -> <to>, Queue-ID: ..., Hits: -1.9, size: 4321,
1234 ms`: a log id the logger adds, a long line of keyed fields after the verdict, Net::Server's
start-up), ejabberd 23's ejabberd.log (`2024-06-11 06:00:02.118432+00:00 [info]
<0.523.0>@ejabberd_c2s:handle_auth_success/4:590 msg`: an Erlang process and the module,
function, arity and line that logged, `(tls|<0.1234.0>)` socket prefixes, multi-line `~n**`
reports), ISC dhcpd 4.4 on syslog of two failover peers (`DHCPREQUEST for 10.0.1.57 (10.0.1.2)
from 00:11:22:33:44:55 (laptop) via eth1`: optional hostnames and server ids, DDNS updates,
failover state changes and pool balancing, the banner's one-call-a-line warnings), the PowerDNS
Authoritative Server 4.8 on syslog of a primary and a secondary (`Domain 'example.com' is fresh`,
AXFR in and out, NOTIFYs, query logging with `packetcache HIT`, backend errors) and WildFly 30's
standalone/log/server.log (`%d %-5p [%c] (%t) %s%e`: message ids, boot and deployment messages, a
deployment failing with a multi-line DMR failure description, exceptions on the message's line
with their stack below). Run it only to change the data on purpose:
`python bench/heldout/generate_round42.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, ip4, mac, syslog_ts, uuid4

FIRST_NAMES = [
    "alice",
    "bob",
    "carol",
    "dave",
    "erin",
    "frank",
    "grace",
    "heidi",
    "ivan",
    "judy",
    "mallory",
    "niaj",
    "olivia",
    "peggy",
    "rupert",
    "sybil",
    "trent",
    "victor",
    "walter",
    "yasmin",
]


# --------------------------------------------------------------------------------- isc-dhcpd

DHCP_HOSTNAMES = [
    "laptop-alice",
    "iPhone",
    "android-7f3a9c21d4e5b6a8",
    "DESKTOP-4KQ2M7N",
    "printer-2f",
    "raspberrypi",
    "MacBook-Pro",
    "Galaxy-S23",
    "thinkpad-bob",
    "voip-phone-114",
    "NPI8B2C3D",
    "ESP_3A41F0",
]


def isc_dhcpd(r: random.Random) -> list[Log]:
    """Two failover peers' /var/log/syslog lines of ISC dhcpd 4.4.3 (server/dhcp.c,
    failover.c, ddns.c): the start banner (one log call a line, the `No subnet declaration`
    warning over several calls), the DORA exchange of clients on two local subnets and one
    relayed subnet (the hostname and the server identifier optional inside one format),
    renewals, releases found and not found, NAKs on a wrong network, lease reuse, abandoned
    addresses, DDNS forward and reverse maps added and removed (and timing out), failover state
    changes, pool balancing and update requests, a pool running out of leases."""
    peers = [("dhcp1", "10.0.0.2"), ("dhcp2", "10.0.0.3")]
    subnets = [
        ("eth1", "10.0.1", "10.0.1.0/24", None),
        ("eth2", "10.0.2", "10.0.2.0/24", None),
        ("eth1", "10.0.3", "10.0.3.0/24", "10.0.3.1"),
    ]
    clients = []
    for _ in range(140):
        sub = r.choices(subnets, weights=[6, 3, 2])[0]
        host = r.choice(DHCP_HOSTNAMES) if r.random() < 0.7 else None
        clients.append(
            {"mac": mac(r), "host": host, "sub": sub, "ip": f"{sub[1]}.{r.randrange(20, 250)}"}
        )
    logs = []
    for host, own_ip in peers:
        log = Log(f"{host}.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        pid = [r.randrange(600, 3000)]

        def emit(msg: str, label: str, lo=0.0, hi=2.0) -> None:
            t = log.tick(r, lo, hi)
            log.add(f"{syslog_ts(t)} {host} dhcpd[{pid[0]}]: {msg}", label)

        def who(c: dict) -> str:
            return f"{c['mac']} ({c['host']}) " if c["host"] else f"{c['mac']} "

        def via(c: dict) -> str:
            return c["sub"][3] or c["sub"][0]

        def banner() -> None:
            pid[0] = r.randrange(600, 3000)
            emit(
                "Internet Systems Consortium DHCP Server 4.4.3-P1",
                "Internet Systems Consortium DHCP Server %s",
            )
            emit(
                "Copyright 2004-2022 Internet Systems Consortium.",
                "Copyright 2004-2022 Internet Systems Consortium.",
                0,
                0.01,
            )
            emit("All rights reserved.", "All rights reserved.", 0, 0.01)
            emit(
                "For info, please visit https://www.isc.org/software/dhcp/",
                "For info, please visit https://www.isc.org/software/dhcp/",
                0,
                0.01,
            )
            emit("Config file: /etc/dhcp/dhcpd.conf", "Config file: %s", 0, 0.01)
            emit("Database file: /var/lib/dhcp/dhcpd.leases", "Database file: %s", 0, 0.01)
            emit("PID file: /run/dhcp-server/dhcpd.pid", "PID file: %s", 0, 0.01)
            emit(
                "Wrote 0 class decls to leases file.",
                "Wrote %d class decls to leases file.",
                0,
                0.05,
            )
            emit(
                "Wrote 0 deleted host decls to leases file.",
                "Wrote %d deleted host decls to leases file.",
                0,
                0.01,
            )
            emit(
                "Wrote 0 new dynamic host decls to leases file.",
                "Wrote %d new dynamic host decls to leases file.",
                0,
                0.01,
            )
            emit(
                f"Wrote {r.randrange(60, 240)} leases to leases file.",
                "Wrote %d leases to leases file.",
                0,
                0.05,
            )
            hw = mac(r)
            for iface, net in (("eth1", "10.0.1.0/24"), ("eth2", "10.0.2.0/24")):
                emit(f"Listening on LPF/{iface}/{hw}/{net}", "Listening on LPF/%s/%s%s%s", 0, 0.01)
                emit(f"Sending on   LPF/{iface}/{hw}/{net}", "Sending on   LPF/%s/%s%s%s", 0, 0.01)
            emit(
                f"No subnet declaration for eth0 ({own_ip}).",
                "No subnet declaration for %s (%s).",
                0,
                0.01,
            )
            for line, label in (
                (
                    "** Ignoring requests on eth0.  If this is not what",
                    "** Ignoring requests on %s.  If this is not what",
                ),
                (
                    "   you want, please write a subnet declaration",
                    "   you want, please write a subnet declaration",
                ),
                (
                    "   in your dhcpd.conf file for the network segment",
                    "   in your dhcpd.conf file for the network segment",
                ),
                (
                    "   to which interface eth0 is attached. **",
                    "   to which interface %s is attached. **",
                ),
                ("", ""),
            ):
                if label:
                    emit(line, label, 0, 0.01)
            emit(
                "Sending on   Socket/fallback/fallback-net",
                "Sending on   Socket/%s%s%s",
                0,
                0.01,
            )
            emit(
                "failover peer dhcp-failover: I move from recover to startup",
                "failover peer %s: I move from %s to %s",
                0,
                0.01,
            )
            emit("Server starting service.", "Server starting service.", 0, 0.01)
            emit(
                "failover peer dhcp-failover: I move from startup to recover",
                "failover peer %s: I move from %s to %s",
                0.5,
                2,
            )
            emit(
                "failover peer dhcp-failover: peer moves from unknown-state to recover",
                "failover peer %s: peer moves from %s to %s",
                0,
                1,
            )
            emit(
                "Sent update request all message to dhcp-failover",
                "Sent update request all message to %s",
                0,
                0.2,
            )
            emit(
                "Update request all from dhcp-failover: sending update",
                "Update request all from %s: sending update",
                0,
                0.2,
            )
            emit(
                "Sent update done message to dhcp-failover",
                "Sent update done message to %s",
                0,
                0.5,
            )
            emit(
                "failover peer dhcp-failover: peer moves from recover to recover-done",
                "failover peer %s: peer moves from %s to %s",
                0,
                1,
            )
            emit(
                "failover peer dhcp-failover: I move from recover to recover-done",
                "failover peer %s: I move from %s to %s",
                0,
                1,
            )
            emit(
                "failover peer dhcp-failover: I move from recover-done to normal",
                "failover peer %s: I move from %s to %s",
                0,
                1,
            )
            emit(
                "failover peer dhcp-failover: peer moves from recover-done to normal",
                "failover peer %s: peer moves from %s to %s",
                0,
                1,
            )
            pools(True)

        def pools(after_start: bool) -> None:
            for _iface, _prefix, net, _relay in subnets:
                total = 200 if net != "10.0.3.0/24" else 100
                free = r.randrange(total // 4, total // 2)
                backup = r.randrange(total // 4, total // 2)
                pool_id = hexid(r, 12)
                if after_start or r.random() < 0.5:
                    emit(
                        f"balancing pool {pool_id} {net}  total {total}  free {free}  backup {backup}  lts {(free - backup) // 2}  max-own (+/-){total // 10}",
                        "balancing pool %lx %s  total %d  free %d  backup %d  lts %d  max-own (+/-)%d",
                        0,
                        0.05,
                    )
                    emit(
                        f"balanced pool {pool_id} {net}  total {total}  free {free}  backup {backup}  lts {(free - backup) // 2}  max-misbal {int(total * 0.15)}",
                        "balanced pool %lx %s  total %d  free %d  backup %d  lts %d  max-misbal %d",
                        0,
                        0.05,
                    )
                else:
                    emit(
                        f"pool {pool_id} {net} total {total}  free {free}  backup {backup}  lts {(free - backup) // 2}  max-own (+/-){total // 10}  (requesting peer rebalance!)",
                        "pool %lx %s total %d  free %d  backup %d  lts %d  max-own (+/-)%d  (requesting peer rebalance!)",
                        0,
                        0.05,
                    )

        def fqdn(c: dict) -> str:
            return f"{c['host'].lower()}.lan.example.org"

        def ddns_add(c: dict) -> None:
            if not c["host"] or r.random() < 0.3:
                return
            if r.random() < 0.06:
                emit(
                    f"Unable to add forward map from {fqdn(c)} to {c['ip']}: timed out",
                    "Unable to add forward map from %.*s to %s: timed out",
                    0,
                    3,
                )
                return
            emit(
                f"Added new forward map from {fqdn(c)} to {c['ip']}",
                "Added new forward map from %.*s to %s",
                0,
                0.1,
            )
            rev = ".".join(reversed(c["ip"].split("."))) + ".in-addr.arpa."
            emit(
                f"Added reverse map from {rev} to {fqdn(c)}",
                "Added reverse map from %.*s to %.*s",
                0,
                0.1,
            )

        def dora(c: dict) -> None:
            sub = c["sub"]
            emit(
                f"DHCPDISCOVER from {who(c)}via {via(c)}",
                "DHCPDISCOVER from %s %s%s%svia %s",
                0,
                20,
            )
            if r.random() < 0.03:
                emit(
                    f"DHCPDISCOVER from {who(c)}via {via(c)}: network {sub[2]}: no free leases",
                    "%s: network %s: no free leases",
                    0,
                    0.01,
                )
                return
            if r.random() < 0.04:
                bad = f"{sub[1]}.{r.randrange(20, 250)}"
                emit(
                    f"ICMP Echo reply while lease {bad} valid.",
                    "ICMP Echo reply while lease %s valid.",
                    0,
                    1,
                )
                emit(
                    f"Abandoning IP address {bad}: pinged before offer",
                    "Abandoning IP address %s: pinged before offer",
                    0,
                    0.01,
                )
            emit(
                f"DHCPOFFER on {c['ip']} to {who(c)}via {via(c)}",
                "DHCPOFFER on %s to %s %s%s%svia %s",
                0,
                1,
            )
            emit(
                f"DHCPREQUEST for {c['ip']} ({own_ip}) from {who(c)}via {via(c)}",
                "DHCPREQUEST for %s%s%s from %s %s%s%svia %s%s",
                0,
                0.5,
            )
            emit(
                f"DHCPACK on {c['ip']} to {who(c)}via {via(c)}",
                "DHCPACK on %s to %s %s%s%svia %s",
                0,
                0.05,
            )
            ddns_add(c)

        def renew(c: dict) -> None:
            emit(
                f"DHCPREQUEST for {c['ip']} from {who(c)}via {via(c)}",
                "DHCPREQUEST for %s%s%s from %s %s%s%svia %s%s",
                0,
                15,
            )
            if r.random() < 0.25:
                age = r.randrange(5, 600)
                emit(
                    f"reuse_lease: lease age {age} (secs) under 25% threshold, reply with unaltered, existing lease for {c['ip']}",
                    "reuse_lease: lease age %ld (secs) under %d%% threshold, reply with unaltered, existing lease for %s",
                    0,
                    0.01,
                )
            emit(
                f"DHCPACK on {c['ip']} to {who(c)}via {via(c)}",
                "DHCPACK on %s to %s %s%s%svia %s",
                0,
                0.05,
            )

        def wrong_network(c: dict) -> None:
            stale = f"192.168.{r.choice([0, 1, 178])}.{r.randrange(2, 250)}"
            emit(
                f"DHCPREQUEST for {stale} from {who(c)}via {via(c)}: wrong network.",
                "DHCPREQUEST for %s%s%s from %s %s%s%svia %s: wrong network.",
                0,
                20,
            )
            emit(
                f"DHCPNAK on {stale} to {c['mac']} via {via(c)}",
                "DHCPNAK on %s to %s via %s",
                0,
                0.01,
            )

        def unavailable(c: dict) -> None:
            taken = f"{c['sub'][1]}.{r.randrange(20, 250)}"
            emit(
                f"DHCPREQUEST for {taken} ({own_ip}) from {who(c)}via {via(c)}: lease {taken} unavailable.",
                "DHCPREQUEST for %s%s%s from %s %s%s%svia %s: lease %s unavailable.",
                0,
                20,
            )
            emit(
                f"DHCPNAK on {taken} to {c['mac']} via {via(c)}",
                "DHCPNAK on %s to %s via %s",
                0,
                0.01,
            )

        def release(c: dict) -> None:
            found = r.random() < 0.8
            emit(
                f"DHCPRELEASE of {c['ip']} from {who(c)}via {via(c)} ({'found' if found else 'not found'})",
                "DHCPRELEASE of %s from %s %s%s%svia %s (found)"
                if found
                else "DHCPRELEASE of %s from %s %s%s%svia %s (not found)",
                0,
                30,
            )
            if found and c["host"] and r.random() < 0.6:
                emit(
                    f"Removed forward map from {fqdn(c)} to {c['ip']}",
                    "Removed forward map from %.*s to %s",
                    0,
                    0.1,
                )
                rev = ".".join(reversed(c["ip"].split("."))) + ".in-addr.arpa."
                emit(f"Removed reverse map on {rev}", "Removed reverse map on %.*s", 0, 0.1)

        def inform(c: dict) -> None:
            emit(
                f"DHCPINFORM from {c['ip']} via {via(c)}",
                "DHCPINFORM from %s via %s",
                0,
                30,
            )
            emit(
                f"DHCPACK to {c['ip']} ({c['mac']}) via {via(c)}",
                "DHCPACK to %s (%s) via %s",
                0,
                0.01,
            )

        def duplicate(c: dict) -> None:
            emit(
                f"uid lease {c['ip']} for client {c['mac']} is duplicate on {c['sub'][2]}",
                "uid lease %s for client %s is duplicate on %s",
                0,
                30,
            )

        def peer_bounce() -> None:
            emit(
                "peer dhcp-failover: disconnected",
                "peer %s: disconnected",
                30,
                300,
            )
            emit(
                "failover peer dhcp-failover: I move from normal to communications-interrupted",
                "failover peer %s: I move from %s to %s",
                0,
                0.1,
            )
            emit(
                "failover peer dhcp-failover: peer moves from normal to normal",
                "failover peer %s: peer moves from %s to %s",
                20,
                120,
            )
            emit(
                "failover peer dhcp-failover: I move from communications-interrupted to normal",
                "failover peer %s: I move from %s to %s",
                0,
                0.1,
            )
            emit(
                "Sent update request message to dhcp-failover",
                "Sent update request message to %s",
                0,
                0.1,
            )
            for _ in range(r.randrange(1, 4)):
                c = r.choice(clients)
                emit(
                    f"bind update on {c['ip']} from dhcp-failover rejected: incoming update is less critical than outgoing update",
                    "bind update on %s from %s rejected: incoming update is less critical than outgoing update",
                    0,
                    0.2,
                )
            emit(
                "Sent update done message to dhcp-failover",
                "Sent update done message to %s",
                0,
                0.5,
            )

        def receive_failed() -> None:
            emit(
                "receive_packet failed on eth2: Network is down",
                "receive_packet failed on %s: %m",
                10,
                60,
            )

        for cycle in range(2):
            banner()
            for _ in range(330 if cycle == 0 else 260):
                c = r.choice(clients)
                x = r.random()
                if x < 0.42:
                    renew(c)
                elif x < 0.72:
                    dora(c)
                elif x < 0.78:
                    release(c)
                elif x < 0.84:
                    inform(c)
                elif x < 0.89:
                    wrong_network(c)
                elif x < 0.92:
                    unavailable(c)
                elif x < 0.955:
                    pools(False)
                elif x < 0.97:
                    duplicate(c)
                elif x < 0.99:
                    peer_bounce()
                else:
                    receive_failed()
            emit(
                "Received signal 15, initiating shutdown.",
                "Received signal %d, initiating shutdown.",
                30,
                300,
            )
            if cycle == 0:
                emit(
                    "failover peer dhcp-failover: I move from normal to shut-down",
                    "failover peer %s: I move from %s to %s",
                    0,
                    0.1,
                )
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- amavis

MAIL_DOMAINS_OUT = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "web.de",
    "gmx.net",
    "protonmail.com",
    "icloud.com",
    "orange.fr",
    "mailchimpapp.net",
    "amazonses.com",
    "github.com",
    "linkedin.com",
]
SA_TESTS_HAM = [
    "BAYES_00=-1.9",
    "DKIM_SIGNED=0.1",
    "DKIM_VALID=-0.1",
    "DKIM_VALID_AU=-0.1",
    "DKIM_VALID_EF=-0.1",
    "HTML_MESSAGE=0.001",
    "RCVD_IN_DNSWL_NONE=-0.0001",
    "RCVD_IN_MSPIKE_H2=-0.001",
    "SPF_HELO_NONE=0.001",
    "SPF_PASS=-0.001",
    "T_SCC_BODY_TEXT_LINE=-0.01",
]
SA_TESTS_SPAM = [
    "BAYES_99=3.5",
    "BAYES_999=0.2",
    "FREEMAIL_FROM=0.001",
    "HTML_IMAGE_ONLY_16=1.092",
    "MIME_HTML_ONLY=0.1",
    "RAZOR2_CF_RANGE_51_100=1.886",
    "RAZOR2_CHECK=1.729",
    "RCVD_IN_SBL_CSS=3.335",
    "URIBL_ABUSE_SURBL=1.948",
    "URIBL_BLACK=1.7",
    "URIBL_DBL_SPAM=2.5",
    "PYZOR_CHECK=1.985",
    "SPF_FAIL=0.919",
]
VIRUSES = [
    "Win.Trojan.Agent-1234567",
    "Doc.Downloader.Emotet-7027582-0",
    "Html.Phishing.Bank-3302",
    "Xls.Dropper.Agent-9959434-0",
    "Heuristics.Phishing.Email.SpoofedDomain",
    "Sanesecurity.Foxhole.Zip_fs217.UNOFFICIAL",
]
BANNED_PARTS = [
    ("multipart/mixed | application/x-msdownload,.exe,.exe-ms,invoice.exe", "invoice.exe"),
    (
        "multipart/mixed | application/octet-stream,.zip | .exe,.exe-ms,scan_0611.exe",
        "scan_0611.exe",
    ),
    ("multipart/mixed | application/x-javascript,.js,Payment_details.js", "Payment_details.js"),
    ("multipart/mixed | application/octet-stream,.rar | .scr,scan.scr", "scan.scr"),
]


def amavis(r: random.Random) -> list[Log]:
    """One mail host's amavis lines (rsyslog's `:programname, isequal, "amavis"` file) of
    amavisd-new 2.13 at $log_level 2 behind Postfix: the start-up inventory (code sections,
    decoders found and missing, av scanners, Net::Server binding and dropping privileges),
    mails checked (`Checking:`, DKIM results, `spam-tag` with the SpamAssassin tests) and their
    verdicts (Passed CLEAN / SPAMMY / BAD-HEADER, Blocked SPAM / INFECTED / BANNED, inbound from
    the world and outbound from the LAN, one or several recipients), a clamd socket failing and
    the backup scanner used, oversized messages truncated for SpamAssassin, a restart."""
    log = Log("amavis.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    local_users = [f"{n}@example.org" for n in FIRST_NAMES]
    state = {"pid": 2301, "children": {}}

    def emit(pid: int, msg: str, label: str, lo=0.0, hi=0.5) -> None:
        t = log.tick(r, lo, hi)
        log.add(f"{syslog_ts(t)} mx1 amavis[{pid}]: {msg}", label)

    def start() -> None:
        pid = state["pid"] = r.randrange(2000, 30000)
        state["children"] = {}
        m = lambda msg, label: emit(pid, msg, label, 0, 0.05)  # noqa: E731
        m(
            'starting. /usr/sbin/amavisd-new at mx1.example.org amavisd-new-2.13.0 (20230106), Unicode aware, LC_CTYPE="C.UTF-8"',
            "starting. %s at %s %s, Unicode aware, %s",
        )
        m(
            "perl=5.036000, user=, EUID: 110 (110);  group=, EGID: 117 117 (117 117)",
            "perl=%s, user=%s, EUID: %s (%s);  group=%s, EGID: %s (%s)",
        )
        m(
            "Net::Server: Group Not Defined.  Defaulting to EGID '117 117'",
            "Net::Server: Group Not Defined.  Defaulting to EGID '%s'",
        )
        m(
            "Net::Server: User Not Defined.  Defaulting to EUID '110'",
            "Net::Server: User Not Defined.  Defaulting to EUID '%s'",
        )
        for section, loaded in (
            ("Amavis::DB", False),
            ("Amavis::DB::SNMP", False),
            ("Amavis::DKIM", True),
            ("Amavis::Tools", False),
            ("ANTI-VIRUS", True),
            ("ANTI-SPAM", True),
            ("ANTI-SPAM-SA", True),
            ("Unpackers", True),
        ):
            text = f"{section} code"
            m(
                f"{text:<21} {'loaded' if loaded else 'NOT loaded'}",
                "%-21s loaded" if loaded else "%-21s NOT loaded",
            )
        for prog, path in (("file", "/usr/bin/file"), ("altermime", "/usr/bin/altermime")):
            m(f"Found ${prog:<16} at {path}", "Found $%-16s at %s")
        m(f"No ${'dspam,':<16} not using it", "No $%-16s not using it")
        for ext, how in (
            (".mail", None),
            (".asc", None),
            (".uue", None),
            (".hqx", None),
            (".ync", None),
            (".F", "/usr/bin/unfreeze"),
            (".Z", "/usr/bin/uncompress"),
            (".gz", None),
            (".bz2", "/usr/bin/bzip2 -d"),
            (".xz", "/usr/bin/xz -dc"),
            (".lzo", ""),
            (".lz4", ""),
            (".rpm", "/usr/bin/rpm2cpio"),
            (".cpio", "/usr/bin/pax"),
            (".tar", "/usr/bin/pax"),
            (".deb", "/usr/bin/ar"),
            (".zip", None),
            (".kmz", None),
            (".7z", "/usr/bin/7zr"),
            (".rar", "unrar, rar"),
            (".arj", "arj, unarj"),
            (".arc", "nomarch, arc"),
            (".zoo", "zoo, unzoo"),
            (".doc", "/usr/bin/ripole"),
            (".cab", ""),
            (".tnef", None),
            (".exe", "/usr/bin/7zr"),
        ):
            if how is None:
                m(f"Internal decoder for {ext:<6}", "Internal decoder for %-6s")
            elif how == "":
                m(f"No decoder for       {ext:<6}", "No decoder for       %-6s")
            elif how.startswith("/"):
                m(f"Found decoder for    {ext:<6}at {how}", "Found decoder for    %-6s at %s")
            else:
                m(f"No ext program for   {ext}, tried: {how}", "No ext program for   %s, tried: %s")
        m(
            "Using primary internal av scanner code for ClamAV-clamd",
            "Using primary internal av scanner code for %s",
        )
        m(
            "Found secondary av scanner ClamAV-clamscan at /usr/bin/clamscan",
            "Found secondary av scanner %s at %s",
        )
        m("Deleting db files  in /var/lib/amavis/db", "Deleting db files %s in %s")
        m(
            "Creating db in /var/lib/amavis/db/; BerkeleyDB 0.65, libdb 5.3",
            "Creating db in %s; BerkeleyDB %s, libdb %s",
        )
        m(
            "SpamControl: scanner SpamAssassin, module Mail::SpamAssassin",
            "SpamControl: scanner %s, module %s",
        )
        m(
            "SpamControl: init_pre_chroot on SpamAssassin done",
            "SpamControl: init_pre_chroot on %s done",
        )
        t = log.t
        m(
            f"Net::Server: {t:%Y/%m/%d-%H:%M:%S} Amavis (type Net::Server::PreForkSimple) starting! pid({pid})",
            "Net::Server: %s %s (type %s) starting! pid(%s)",
        )
        m(
            "Net::Server: Binding to TCP port 10024 on host 127.0.0.1 with IPv4",
            "Net::Server: Binding to %s port %s on host %s with %s",
        )
        m(
            "Net::Server: Binding to TCP port 10024 on host ::1 with IPv6",
            "Net::Server: Binding to %s port %s on host %s with %s",
        )
        m('Net::Server: Setting gid to "117 117"', 'Net::Server: Setting gid to "%s"')
        m('Net::Server: Setting uid to "110"', 'Net::Server: Setting uid to "%s"')
        m(
            "SpamControl: init_pre_fork on SpamAssassin done",
            "SpamControl: init_pre_fork on %s done",
        )

    def child() -> tuple[int, str]:
        kids = state["children"]
        if len(kids) < 4 or r.random() < 0.02:
            if len(kids) >= 4:
                del kids[r.choice(list(kids))]
            kids[state["pid"] + r.randrange(1, 900)] = 0
        pid = r.choice(list(kids))
        kids[pid] += 1
        return pid, f"({pid:05d}-{kids[pid]:02d})"

    def remote() -> tuple[str, str]:
        dom = r.choice(MAIL_DOMAINS_OUT)
        user = r.choice(
            [
                r.choice(FIRST_NAMES) + "." + alnum(r, 4).lower(),
                "noreply",
                "bounce-" + hexid(r, 10),
                "newsletter",
                "notifications",
            ]
        )
        return f"{user}@{dom}", dom

    def mail() -> None:
        pid, am = child()
        m = lambda msg, label, lo=0.0, hi=0.3: emit(pid, f"{am} {msg}", label, lo, hi)  # noqa: E731
        outbound = r.random() < 0.22
        if outbound:
            sender = r.choice(local_users)
            rcpts = [remote()[0] for _ in range(r.choice([1, 1, 1, 2, 3]))]
            client_ip = ip4(r, "10.0.0")
            dom = "example.org"
        else:
            sender, dom = remote()
            if r.random() < 0.08:
                sender = ""
            rcpts = r.sample(local_users, k=r.choice([1, 1, 1, 1, 2, 3]))
            client_ip = ip4(r)
        mail_id = alnum(r, 12).replace("a", "_").replace("Q", "-")
        qid = alnum(r, 10).upper()
        port = r.randrange(30000, 65000)
        size = int(r.lognormvariate(8.6, 1.2))
        rcpt_text = ",".join(f"<{x}>" for x in rcpts)
        sender_text = f"<{sender}>"
        m(
            f"Checking: {mail_id} {'LOCAL ' if outbound else ''}[{client_ip}] {sender_text} -> {rcpt_text}",
            # `LOCAL ` is the log template's own text, written by a branch (`[?%l||LOCAL ]`).
            f"Checking: %s {'LOCAL ' if outbound else ''}[%s] %s -> %s",
            1,
            40,
        )
        if size > 512000 and r.random() < 0.7:
            m(
                f"truncating a message passed to SA at 512001 bytes, orig {size}",
                "truncating a message passed to SA at %d bytes, orig %d",
            )
        if r.random() < 0.03:
            m(
                f"check_header: 8, Non-encoded non-ASCII data (and not UTF-8) (char {r.choice(['E9', 'FC', 'E4', 'A0'])} hex): Subject: {r.choice(['Rechnung Nr. ', 'Facture n ', 'Angebot '])}{r.randrange(10000, 99999)}",
                "check_header: %d, Non-encoded non-ASCII data (and not UTF-8) (char %02X hex): %s",
            )
        virus = r.random() < 0.025
        banned = not virus and r.random() < 0.02
        clamd_down = state.get("clamd_down", 0) > 0
        if clamd_down:
            state["clamd_down"] -= 1
            m(
                f"(!)ClamAV-clamd av-scanner FAILED: run_av error: Too many retries to talk to /var/run/clamav/clamd.ctl (All attempts (1) failed connecting to /var/run/clamav/clamd.ctl) at (eval {r.choice([100, 108, 112])}) line 659.",
                "(!)%s av-scanner FAILED: run_av error: Too many retries to talk to %s (All attempts (%d) failed connecting to %s) at (eval %d) line %d.",
            )
            m(
                "(!)WARN: all primary virus scanners failed, considering backups",
                "(!)WARN: all primary virus scanners failed, considering backups",
            )
        spam = not outbound and not virus and r.random() < 0.16
        spammy = not outbound and not spam and not virus and r.random() < 0.06
        if not virus and not banned:
            dkim_ok = r.random() < 0.7
            if dkim_ok and sender:
                m(
                    f"dkim: VALID Author+Sender signature by id=@{dom}, From: <{sender}>, a=rsa-sha256, c=relaxed/relaxed, s={r.choice(['selector1', 's1', '20230601', 'google', 'k1', 'mail'])}, d={dom}",
                    "dkim: VALID Author+Sender signature by id=%s, From: %s, a=%s, c=%s, s=%s, d=%s",
                )
            if spam:
                tests = sorted(r.sample(SA_TESTS_SPAM, k=r.randrange(3, 8)))
                score = round(r.uniform(6.4, 31), 3)
            elif spammy:
                tests = sorted(r.sample(SA_TESTS_SPAM, k=2) + r.sample(SA_TESTS_HAM, k=2))
                score = round(r.uniform(3, 6.3), 3)
            else:
                tests = sorted(r.sample(SA_TESTS_HAM, k=r.randrange(3, 8)))
                score = round(r.uniform(-3, 2.5), 3)
            learn = "spam" if score > 12 else ("ham" if score < 0.1 else "no")
            yes = "Yes" if spam else "No"
            m(
                f"spam-tag, {sender_text} -> {rcpt_text}, {yes}, score={score} tagged_above=-999 required=6.31 tests=[{', '.join(tests)}] autolearn={learn} autolearn_force=no",
                f"spam-tag, %s -> %s, {yes}, score=%s tagged_above=%s required=%s tests=[%s] autolearn=%s autolearn_force=%s",
            )
        else:
            score = None
        hits = "-" if score is None else str(score)
        msgid = f"<{hexid(r, 16)}@{r.choice(['mail.' + dom, dom, 'localhost'])}>"
        secs = r.randrange(180, 9000) if not clamd_down else r.randrange(6000, 25000)
        dkim_sd = (
            f", dkim_sd={r.choice(['selector1', 's1', '20230601', 'google', 'k1'])}:{dom}"
            if score is not None and r.random() < 0.6
            else ""
        )
        local = "LOCAL " if outbound else ""
        blocked = (
            "DiscardedOutbound,QuarantinedOutbound"
            if outbound
            else "DiscardedInbound,QuarantinedInbound"
        )
        head = f"{local}[{client_ip}]:{port} [{client_ip}] {sender_text} -> {rcpt_text}"
        fields = (
            f"Queue-ID: {qid}, Message-ID: {msgid}, mail_id: {mail_id}, Hits: {hits}, size: {size}"
        )
        if virus:
            v = r.choice(VIRUSES)
            m(
                f"Blocked INFECTED ({v}) {{{blocked}}}, {head}, quarantine: virus-{mail_id}, {fields}, {secs} ms",
                f"Blocked INFECTED (%s) {{%s}}, {local}[%s]:%s [%s] %s -> %s, quarantine: %s, Queue-ID: %s, Message-ID: %s, mail_id: %s, Hits: %s, size: %s, %s ms",
                0,
                2,
            )
        elif banned:
            parts, _name = r.choice(BANNED_PARTS)
            m(
                f"Blocked BANNED ({parts}) {{{blocked}}}, {head}, quarantine: banned-{mail_id}, {fields}, {secs} ms",
                f"Blocked BANNED (%s) {{%s}}, {local}[%s]:%s [%s] %s -> %s, quarantine: %s, Queue-ID: %s, Message-ID: %s, mail_id: %s, Hits: %s, size: %s, %s ms",
                0,
                2,
            )
        elif spam:
            m(
                f"Blocked SPAM {{{blocked}}}, {head}, quarantine: spam-{mail_id}.gz, {fields}{dkim_sd}, {secs} ms",
                "Blocked SPAM {%s}, [%s]:%s [%s] %s -> %s, quarantine: %s, Queue-ID: %s, Message-ID: %s, mail_id: %s, Hits: %s, size: %s%s, %s ms",
                0,
                2,
            )
        else:
            queued = alnum(r, 10).upper()
            if spammy:
                verdict, action = "Passed SPAMMY", "RelayedTaggedInbound"
            elif r.random() < 0.03:
                verdict, action = "Passed BAD-HEADER-0", "RelayedInbound"
            else:
                verdict = "Passed CLEAN"
                action = "RelayedOutbound" if outbound else "RelayedInbound"
            if verdict == "Passed BAD-HEADER-0" and outbound:
                action = "RelayedOutbound"
            label_verdict = "Passed BAD-HEADER-%d" if "BAD-HEADER" in verdict else verdict
            m(
                f"{verdict} {{{action}}}, {head}, {fields}, queued_as: {queued}{dkim_sd}, {secs} ms",
                f"{label_verdict} {{%s}}, {'LOCAL ' if outbound else ''}[%s]:%s [%s] %s -> %s, Queue-ID: %s, Message-ID: %s, mail_id: %s, Hits: %s, size: %s, queued_as: %s%s, %s ms",
                0,
                2,
            )

    def stop() -> None:
        t = log.tick(r, 60, 600)
        emit(
            state["pid"],
            f"Net::Server: {t:%Y/%m/%d-%H:%M:%S} Server closing!",
            "Net::Server: %s Server closing!",
        )

    start()
    for n in range(1250):
        if n in (300, 900):
            state["clamd_down"] = r.randrange(4, 12)
        if n == 650:
            stop()
            start()
        mail()
    stop()
    return [log]


# --------------------------------------------------------------------------------- pdns

PDNS_ZONES = [
    "example.com",
    "example.net",
    "example.org",
    "shop-example.de",
    "corp.example.com",
    "10.in-addr.arpa",
    "0.0.10.in-addr.arpa",
    "example-cdn.io",
]
PDNS_NAMES = ["www", "mail", "api", "vpn", "", "cdn", "autodiscover", "_dmarc", "status", "git"]
PDNS_QTYPES = ["A", "A", "A", "AAAA", "AAAA", "MX", "TXT", "SOA", "NS", "CNAME", "SRV", "DS"]


def pdns(r: random.Random) -> list[Log]:
    """The PowerDNS Authoritative Server 4.8 on syslog of a primary (gmysql, its HTTP API
    driven by a provisioning tool) and a secondary (zones checked and transferred), both with
    log-dns-queries: the Guardian's start and the banner, bound sockets, queries answered from
    the packet cache or not, NOTIFYs queued, acknowledged and refused, serial checks finding
    zones fresh and stale, AXFR in (its steps behind one prefix) and out (allowed and refused),
    MySQL going away (servfails and a reconnect), TCP clients timing out, a restart."""
    logs = []
    serials = {z: 2024061100 + r.randrange(1, 9) for z in PDNS_ZONES}
    for host, primary in (("ns1", True), ("ns2", False)):
        log = Log(f"{host}.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        pid = [0]
        secondary_serials = dict(serials)

        def emit(msg: str, label: str, lo=0.0, hi=1.0) -> None:
            t = log.tick(r, lo, hi)
            log.add(f"{syslog_ts(t)} {host} pdns_server[{pid[0]}]: {msg}", label)

        def start() -> None:
            pid[0] = r.randrange(500, 4000)
            e = lambda msg, label: emit(msg, label, 0, 0.05)  # noqa: E731
            e("Guardian is launching an instance", "Guardian is launching an instance")
            backend = "gmysql" if primary else "gsqlite3"
            e(
                f"Loading '/usr/lib/x86_64-linux-gnu/pdns/lib{backend}backend.so'",
                "Loading '%s'",
            )
            e("This is a standalone pdns", "This is a standalone pdns")
            e(
                "Listening on controlsocket in '/run/pdns/pdns.controlsocket'",
                "Listening on controlsocket in '%s'",
            )
            for proto in ("UDP", "TCP"):
                for addr in ("0.0.0.0:53", "[::]:53"):
                    e(f"{proto} server bound to {addr}", f"{proto} server bound to %s")
            e(
                "PowerDNS Authoritative Server 4.8.3 (C) 2001-2022 PowerDNS.COM BV",
                "PowerDNS Authoritative Server %s (C) 2001-2022 PowerDNS.COM BV",
            )
            e(
                "Using 64-bits mode. Built using gcc 12.2.0 on Jun 15 2023 10:12:34 by root@localhost.",
                "Using %d-bits mode. Built using %s on %s by %s.",
            )
            e(
                "PowerDNS comes with ABSOLUTELY NO WARRANTY. This is free software, and you are welcome to redistribute it according to the terms of the GPL version 2.",
                "PowerDNS comes with ABSOLUTELY NO WARRANTY. This is free software, and you are welcome to redistribute it according to the terms of the GPL version 2.",
            )
            e(
                "Polled security status of version 4.8.3 at startup, no known issues reported: OK",
                "Polled security status of version %s at startup, no known issues reported: %s",
            )
            if primary:
                e(
                    "[webserver] Listening for HTTP requests on 127.0.0.1:8081",
                    "[webserver] Listening for HTTP requests on %s",
                )
            e(
                "Primary/secondary communicator launching",
                "Primary/secondary communicator launching",
            )
            e("Creating backend connection for TCP", "Creating backend connection for TCP")
            if primary:
                e(
                    "gmysql Connection successful. Connected to database 'pdns' on '127.0.0.1'.",
                    "gmysql Connection successful. Connected to database '%s' on '%s'.",
                )
            e(
                "About to create 3 backend threads for UDP",
                "About to create %d backend threads for UDP",
            )
            e(
                "Done launching threads, ready to distribute questions",
                "Done launching threads, ready to distribute questions",
            )
            if primary:
                e("No primary domains need notifications", "No primary domains need notifications")

        def query() -> None:
            zone = r.choice(PDNS_ZONES[:6])
            name = r.choice(PDNS_NAMES)
            qname = f"{name}.{zone}" if name else zone
            qtype = r.choice(PDNS_QTYPES)
            client = r.choice([ip4(r), ip4(r, "10.0"), f"2001:db8:{hexid(r, 4)}::{hexid(r, 2)}"])
            do = r.choice([0, 0, 1])
            bufsize = r.choice([512, 1232, 1232, 4096, 1400])
            if r.random() < 0.64:
                emit(
                    f"Remote {client} wants '{qname}|{qtype}', do = {do}, bufsize = {bufsize}: packetcache HIT",
                    "Remote %s wants '%s|%s', do = %d, bufsize = %d: packetcache HIT",
                    0,
                    3,
                )
            else:
                emit(
                    f"Remote {client} wants '{qname}|{qtype}', do = {do}, bufsize = {bufsize} ({bufsize}): packetcache MISS",
                    "Remote %s wants '%s|%s', do = %d, bufsize = %d (%d): packetcache MISS",
                    0,
                    3,
                )

        def not_auth() -> None:
            qname = r.choice(
                [
                    "www.google.com",
                    "cpsc.gov",
                    "pizzaseo.com",
                    "sl",
                    "peacecorps.gov",
                    "version.bind",
                ]
            )
            emit(
                f"Not authoritative for '{qname}', sending servfail to {ip4(r)} (recursion was desired)",
                "Not authoritative for '%s', sending servfail to %s (recursion was desired)",
                0,
                20,
            )

        def api_edit() -> None:
            zone = r.choice(PDNS_ZONES[:6])
            reqid = uuid4(r)
            status = r.choices([204, 204, 204, 422, 404], k=1)[0]
            emit(
                f'[webserver] {reqid} 127.0.0.1:{r.randrange(30000, 65000)} "PATCH /api/v1/servers/localhost/zones/{zone}. HTTP/1.1" {status} {0 if status == 204 else r.randrange(40, 120)}',
                # Labelled by method, route and status, as the set's access records are (round
                # 54's rule): the zone is the route's `{zone_id}`, a variable.
                f'[webserver] %s %s "PATCH /api/v1/servers/localhost/zones/<*>. %s" {status} %d',
                5,
                120,
            )
            if status != 204:
                return
            serials[zone] += 1
            for sec in ("10.0.0.2:53", "192.0.2.53:53"):
                emit(
                    f"Queued notification of domain '{zone}' to {sec}",
                    "Queued notification of domain '%s' to %s",
                    0,
                    1.5,
                )
            emit(
                f"Removed from notification list: '{zone}' to 10.0.0.2:53  (was acknowledged)",
                "Removed from notification list: '%s' to %s  (was acknowledged)",
                0,
                0.2,
            )
            if r.random() < 0.7:
                emit(
                    f"Received unsuccessful notification report for '{zone}' from 192.0.2.53:53, error: Refused",
                    "Received unsuccessful notification report for '%s' from %s, error: %s",
                    0,
                    0.2,
                )
                if r.random() < 0.5:
                    emit(
                        f"Removed from notification list: '{zone}' to 192.0.2.53:53 (resolver gave error Refused)",
                        "Removed from notification list: '%s' to %s (resolver gave error %s)",
                        0,
                        0.2,
                    )
                else:
                    emit(
                        f"Notification for {zone} to 192.0.2.53:53 failed after retries",
                        "Notification for %s to %s failed after retries",
                        0,
                        60,
                    )

        def axfr_out() -> None:
            zone = r.choice(PDNS_ZONES)
            allowed = r.random() < 0.85
            client = (
                f"10.0.0.2:{r.randrange(30000, 65000)}"
                if allowed
                else f"{ip4(r)}:{r.randrange(30000, 65000)}"
            )
            p = f"AXFR-out zone '{zone}', client '{client}', "
            emit(
                p + "transfer initiated",
                "AXFR-out zone '%s', client '%s', transfer initiated",
                1,
                60,
            )
            if not allowed:
                emit(
                    p + "failed: client may not request AXFR",
                    "AXFR-out zone '%s', client '%s', failed: client may not request AXFR",
                    0,
                    0.01,
                )
                return
            emit(
                p + "allowed: client IP is in allow-axfr-ips",
                "AXFR-out zone '%s', client '%s', allowed: client IP is in allow-axfr-ips",
                0,
                0.01,
            )
            emit(
                p + f"done signing: {r.uniform(0, 900):.2f} sigs/s, ",
                "AXFR-out zone '%s', client '%s', done signing: %.2f sigs/s, ",
                0,
                0.3,
            )
            emit(p + "AXFR finished", "AXFR-out zone '%s', client '%s', AXFR finished", 0, 0.01)

        def check_round() -> None:
            due = r.sample(PDNS_ZONES, k=r.choice([1, 1, 2, 3, 8]))
            n = len(due)
            emit(
                f"{n} secondary domain{'s' if n != 1 else ''} need{'' if n != 1 else 's'} checking, 0 queued for AXFR",
                "%d secondary domain%s need%s checking, %d queued for AXFR",
                5,
                300,
            )
            emit(
                f"Received serial number updates for {n} zone{'s' if n != 1 else ''}, had 0 timeouts",
                "Received serial number updates for %d zone%s, had %d timeout%s",
                0,
                0.3,
            )
            for zone in due:
                if serials[zone] == secondary_serials[zone] or r.random() < 0.4:
                    emit(
                        f"Domain '{zone}' is fresh (no DNSSEC), serial is {secondary_serials[zone]} (checked primary 10.0.0.1:53)",
                        "Domain '%s' is fresh (no DNSSEC), serial is %d (checked primary %s)",
                        0,
                        0.05,
                    )
                    continue
                emit(
                    f"Domain '{zone}' is stale, primary serial {serials[zone]}, our serial {secondary_serials[zone]}",
                    "Domain '%s' is stale, primary serial %d, our serial %d",
                    0,
                    0.05,
                )
                axfr_in(zone)

        def axfr_in(zone: str) -> None:
            emit(
                f"Initiating transfer of '{zone}' from remote '10.0.0.1:53'",
                "Initiating transfer of '%s' from remote '%s'",
                0,
                0.05,
            )
            p = f"AXFR-in zone: '{zone}', primary: '10.0.0.1:53', "
            emit(p + "starting AXFR", "AXFR-in zone: '%s', primary: '%s', starting AXFR", 0, 0.01)
            if r.random() < 0.05:
                emit(
                    p + "unable to AXFR zone: Remote nameserver closed TCP connection",
                    "AXFR-in zone: '%s', primary: '%s', unable to AXFR zone: Remote nameserver closed TCP connection",
                    0,
                    2,
                )
                return
            emit(
                p + "retrieval finished",
                "AXFR-in zone: '%s', primary: '%s', retrieval finished",
                0,
                0.4,
            )
            emit(
                p + "backend transaction started",
                "AXFR-in zone: '%s', primary: '%s', backend transaction started",
                0,
                0.01,
            )
            emit(
                p + f"zone committed with serial {serials[zone]}",
                "AXFR-in zone: '%s', primary: '%s', zone committed with serial %d",
                0,
                0.05,
            )
            secondary_serials[zone] = serials[zone]

        def notify_in() -> None:
            zone = r.choice(PDNS_ZONES)
            serials[zone] += r.choice([0, 1])
            emit(
                f"Received NOTIFY for {zone} from 10.0.0.1:53 for which we are secondary",
                "Received NOTIFY for %s from %s for which we are secondary",
                5,
                200,
            )
            if serials[zone] != secondary_serials[zone]:
                emit(
                    f"Domain '{zone}' is stale, primary serial {serials[zone]}, our serial {secondary_serials[zone]}",
                    "Domain '%s' is stale, primary serial %d, our serial %d",
                    0,
                    0.3,
                )
                axfr_in(zone)

        def mysql_gone() -> None:
            emit(
                "Backend reported condition which prevented lookup (GSQLBackend lookup query:Failed to execute mysql_stmt_execute() of 'lookup query': MySQL server has gone away) sending out servfail",
                "Backend reported condition which prevented lookup (GSQLBackend lookup query:Failed to execute mysql_stmt_execute() of '%s': %s) sending out servfail",
                30,
                600,
            )
            for _ in range(r.randrange(0, 4)):
                emit(
                    "Backend reported condition which prevented lookup (GSQLBackend lookup query:Failed to execute mysql_stmt_execute() of 'lookup query': MySQL server has gone away) sending out servfail",
                    "Backend reported condition which prevented lookup (GSQLBackend lookup query:Failed to execute mysql_stmt_execute() of '%s': %s) sending out servfail",
                    0,
                    0.5,
                )
            if r.random() < 0.5:
                emit(
                    "TCP Connection Thread unable to answer a question because of a backend error, cycling",
                    "TCP Connection Thread unable to answer a question because of a backend error, cycling",
                    0,
                    0.5,
                )
            emit(
                "gmysql Connection successful. Connected to database 'pdns' on '127.0.0.1'.",
                "gmysql Connection successful. Connected to database '%s' on '%s'.",
                0,
                2,
            )

        def tcp_timeout() -> None:
            emit(
                f"Timeout from remote TCP client {ip4(r)}:{r.randrange(1024, 65535)}",
                "Timeout from remote TCP client %s",
                5,
                300,
            )

        for cycle in range(2):
            start()
            for _ in range(700 if primary else 560):
                x = r.random()
                if x < 0.72:
                    query()
                elif x < 0.76:
                    not_auth()
                elif x < 0.8:
                    tcp_timeout()
                elif primary:
                    if x < 0.9:
                        api_edit()
                    elif x < 0.97:
                        axfr_out()
                    else:
                        mysql_gone()
                elif x < 0.93:
                    check_round()
                else:
                    notify_in()
            if cycle == 0:
                emit("Exiting on user request", "Exiting on user request", 10, 100)
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- ejabberd

XMPP_RESOURCES = [
    "Conversations.",
    "gajim.",
    "Dino.",
    "Monal-iOS.",
    "Psi+.",
    "profanity.",
    "Siskin.",
]
S2S_DOMAINS = [
    "jabber.org",
    "conversations.im",
    "404.city",
    "xmpp.jp",
    "jabber.de",
    "chat.sum7.eu",
    "yax.im",
    "jabber.ccc.de",
    "dismail.de",
    "macaw.me",
]
S2S_DEAD = ["jabber.example.invalid", "chat.oldcorp.net", "xmpp.deadhost.org"]
MUC_ROOMS = ["ops", "dev", "random", "support", "release-2024", "oncall", "design", "sales"]


def ejabberd(r: random.Random) -> list[Log]:
    """Two cluster nodes' /opt/ejabberd/logs/ejabberd.log of ejabberd 23.10 (its logger
    template: the time with microseconds and offset, `[level]`, the Erlang process, and
    `@module:function/arity:line` before the message): the start (configuration, listeners,
    modules, the node started), c2s logins accepted and failing, sessions opened, closed for
    several reasons and waiting for stream resumption (resumed or timed out), s2s connections
    in and out, remote servers failing with DNS and connection errors, HTTP upload slots granted
    and refused, MUC rooms created, the SQL pool losing its connection (a multi-line `~n**`
    report), a certificate missing, a gen_server crash report over several lines, a stop."""
    logs = []
    for node_n in (1, 2):
        node = f"ejabberd@xmpp{node_n}"
        log = Log(f"xmpp{node_n}-ejabberd.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        sessions: dict[str, str] = {}

        def pid() -> str:
            return f"<0.{r.randrange(500, 60000)}.0>"

        def emit(level: str, where: str, msg: str, label: str, lo=0.0, hi=1.0, proc=None) -> None:
            t = log.tick(r, lo, hi)
            lines = msg.split("\n")
            stamp = f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}+00:00"
            log.add(f"{stamp} [{level}] {proc or pid()}@{where} {lines[0]}", label)
            for rest in lines[1:]:
                log.add(rest, None)

        def sock(kind: str = "tls") -> str:
            return f"({kind}|{pid()})"

        def start() -> None:
            e = lambda lvl, where, msg, label: emit(lvl, where, msg, label, 0, 0.3)  # noqa: E731
            e(
                "info",
                "ejabberd_config:load/1:82",
                "Loading configuration from /opt/ejabberd/conf/ejabberd.yml",
                "Loading configuration from ~ts",
            )
            e(
                "warning",
                "ejabberd_config_transformer:warn/2:118",
                "Option 'default_db' is deprecated and was automatically replaced by 'sql'. Please adjust your configuration file accordingly. Hint: run `ejabberdctl dump-config` command to view current configuration as it is seen by ejabberd.",
                "Option '~ts' is deprecated and was automatically replaced by '~ts'. Please adjust your configuration file accordingly. Hint: run `ejabberdctl dump-config` command to view current configuration as it is seen by ejabberd.",
            )
            e(
                "info",
                "ejabberd_config:load/1:89",
                "Configuration loaded successfully",
                "Configuration loaded successfully",
            )
            if r.random() < 0.7:
                e(
                    "warning",
                    "ejabberd_pkix:log_warnings/1:393",
                    "Invalid certificate in /opt/ejabberd/conf/legacy.pem: at line 37: certificate is signed by unknown CA",
                    "Invalid certificate in ~ts: ~ts",
                )
            for proto, port, mod in (
                ("TCP", "[::]:5222", "ejabberd_c2s"),
                ("TLS", "[::]:5223", "ejabberd_c2s"),
                ("TCP", "[::]:5269", "ejabberd_s2s_in"),
                ("TLS", "[::]:5443", "ejabberd_http"),
                ("TCP", "[::]:5280", "ejabberd_http"),
                ("TCP", "[::]:1883", "mod_mqtt"),
            ):
                e(
                    "info",
                    "ejabberd_listener:init/4:122",
                    f"Start accepting {proto} connections at {port} for {mod}",
                    "Start accepting ~ts connections at ~ts for ~p",
                )
            e(
                "info",
                "ejabberd_cluster_mnesia:node_up/1:201",
                f"Node ejabberd@xmpp{3 - node_n} has joined",
                "Node ~ts has joined",
            )
            e(
                "info",
                "ejabberd_app:start/2:63",
                f"ejabberd 23.10.0 is started in the node {node} in {r.uniform(2.1, 6.8):.2f}s",
                "ejabberd ~ts is started in the node ~p in ~.2fs",
            )
            e(
                "info",
                "ejabberd_app:start/2:67",
                "Start accepting connections",
                "Start accepting connections",
            )

        def jid_full(user: str) -> str:
            return f"{user}@example.org/{r.choice(XMPP_RESOURCES)}{alnum(r, 4)}"

        def login() -> None:
            user = r.choice(FIRST_NAMES)
            ip = f"::ffff:{r.choice([ip4(r), ip4(r, '10.0')])}"
            s = sock(r.choice(["tls", "tls", "tls", "tcp"]))
            if r.random() < 0.1:
                reason = r.choice(
                    [
                        "Invalid username or password",
                        "Invalid username or password",
                        "Mismatched response",
                    ]
                )
                emit(
                    "info",
                    "ejabberd_c2s:handle_auth_failure/4:589",
                    f"{s} Failed c2s {r.choice(['SCRAM-SHA-1', 'PLAIN', 'SCRAM-SHA-256'])} authentication for {user}@example.org from {ip}: {reason}",
                    f"(~ts) Failed c2s ~ts authentication ~tsfrom ~ts: {reason}",
                    0,
                    20,
                )
                return
            mech = r.choice(
                ["SCRAM-SHA-1", "SCRAM-SHA-1", "PLAIN", "SCRAM-SHA-256", "HT-SHA-256-NONE"]
            )
            emit(
                "info",
                "ejabberd_c2s:handle_auth_success/4:574",
                f"{s} Accepted c2s {mech} authentication for {user}@example.org by sql backend from {ip}",
                "(~ts) Accepted c2s ~ts authentication for ~ts@~ts by ~ts backend from ~ts",
                0,
                20,
            )
            j = jid_full(user)
            if r.random() < 0.15 and sessions:
                old = r.choice(list(sessions))
                emit(
                    "info",
                    "mod_stream_mgmt:c2s_session_resumed/1:270",
                    f"{s} Resumed session for {old}",
                    "(~ts) Resumed session for ~ts",
                    0,
                    0.2,
                )
                return
            emit(
                "info",
                "ejabberd_c2s:bind/2:461",
                f"{s} Opened c2s session for {j}",
                "(~ts) Opened c2s session for ~ts",
                0,
                0.2,
            )
            sessions[j] = s

        def logout() -> None:
            if not sessions:
                return
            j = r.choice(list(sessions))
            s = sessions.pop(j)
            x = r.random()
            if x < 0.5:
                reason, label = "Stream reset by peer", "Stream reset by peer"
            elif x < 0.75:
                reason, label = (
                    "Connection failed: connection closed",
                    "Connection failed: connection closed",
                )
            elif x < 0.9:
                reason, label = (
                    "Connection failed: connection timed out",
                    "Connection failed: connection timed out",
                )
            else:
                reason, label = "Idle connection", "Idle connection"
            if x >= 0.75 and r.random() < 0.6:
                emit(
                    "info",
                    "mod_stream_mgmt:c2s_closed/2:193",
                    f"Waiting for resumption of stream for {j}",
                    "Waiting for resumption of stream for ~ts",
                    0,
                    30,
                )
                if r.random() < 0.5:
                    emit(
                        "info",
                        "mod_stream_mgmt:c2s_handle_info/2:219",
                        f"Timed out waiting for stream resumption of {j}",
                        "Timed out waiting for stream resumption of ~ts",
                        300,
                        310,
                    )
                    emit(
                        "info",
                        "ejabberd_c2s:process_terminated/2:287",
                        f"{s} Closing c2s session for {j}: Stream resumption timeout",
                        "(~ts) Closing c2s session for ~ts: Stream resumption timeout",
                        0,
                        0.01,
                    )
                return
            emit(
                "info",
                "ejabberd_c2s:process_terminated/2:287",
                f"{s} Closing c2s session for {j}: {reason}",
                f"(~ts) Closing c2s session for ~ts: {label}",
                0,
                30,
            )

        def s2s_in() -> None:
            dom = r.choice(S2S_DOMAINS)
            ip = f"::ffff:{ip4(r)}"
            s = sock()
            emit(
                "info",
                "ejabberd_s2s_in:handle_auth_success/4:224",
                f"{s} Accepted inbound s2s {r.choice(['EXTERNAL', 'EXTERNAL', 'dialback'])} authentication {dom} -> example.org ({ip})",
                "(~ts) Accepted inbound s2s ~ts authentication ~ts -> ~ts (~ts)",
                0,
                60,
            )
            if r.random() < 0.4:
                emit(
                    "info",
                    "ejabberd_s2s_in:process_closed/2:202",
                    f"{s} Closing inbound s2s connection {dom} -> example.org: Stream closed by peer",
                    "(~ts) Closing inbound s2s connection ~ts -> ~ts: Stream closed by peer",
                    30,
                    600,
                )

        def s2s_out() -> None:
            if r.random() < 0.25:
                dom = r.choice(S2S_DEAD)
                x = r.random()
                if x < 0.4:
                    reason = "DNS lookup failed: non-existing domain"
                elif x < 0.75:
                    reason = "Connection failed: connection refused"
                else:
                    reason = "Connection failed: connection timed out"
                emit(
                    "warning",
                    "ejabberd_s2s_out:process_closed/2:157",
                    f"Failed to establish outbound s2s connection example.org -> {dom}: {reason}; bouncing for {r.choice([10, 20, 40, 80, 160, 300])} seconds",
                    f"Failed to establish outbound s2s connection ~ts -> ~ts: {reason}; bouncing for ~p seconds",
                    0,
                    60,
                )
                return
            dom = r.choice(S2S_DOMAINS)
            emit(
                "info",
                "ejabberd_s2s_out:handle_auth_success/2:181",
                f"{sock()} Accepted outbound s2s EXTERNAL authentication example.org -> {dom} ({ip4(r)})",
                "(~ts) Accepted outbound s2s ~ts authentication ~ts -> ~ts (~ts)",
                0,
                60,
            )
            if r.random() < 0.3:
                emit(
                    "info",
                    "ejabberd_s2s_out:process_closed/2:157",
                    f"Closing outbound s2s connection example.org -> {dom}: Stream closed by peer",
                    "Closing outbound s2s connection ~ts -> ~ts: Stream closed by peer",
                    60,
                    900,
                )

        def upload() -> None:
            user = r.choice(FIRST_NAMES)
            j = jid_full(user)
            name = r.choice(
                [
                    f"IMG_{r.randrange(1000, 9999)}.jpg",
                    f"{uuid4(r)}.jpg",
                    f"VID_2024061{r.randrange(0, 9)}_{r.randrange(100000, 999999)}.mp4",
                    f"Screenshot_{r.randrange(100, 999)}.png",
                    "report.pdf",
                    f"voice-message-{alnum(r, 6)}.m4a",
                ]
            )
            size = int(r.lognormvariate(13, 1.3))
            if size > 104857600:
                emit(
                    "info",
                    "mod_http_upload:create_slot/5:662",
                    f"Rejecting file {name} from {j} (too large: {size} bytes)",
                    "Rejecting file ~ts from ~ts (too large: ~B bytes)",
                    0,
                    60,
                )
                return
            emit(
                "info",
                "mod_http_upload:process_slot_request/7:603",
                f"Got HTTP upload slot for {j} (file: {name}, size: {size})",
                "Got HTTP upload slot for ~ts (file: ~ts, size: ~B)",
                0,
                60,
            )

        def muc() -> None:
            room = r.choice(MUC_ROOMS) + (f"-{r.randrange(2, 40)}" if r.random() < 0.4 else "")
            emit(
                "info",
                "mod_muc:create_room/5:939",
                f"Created MUC room {room}@conference.example.org by {jid_full(r.choice(FIRST_NAMES))}",
                "Created MUC room ~ts@~ts by ~ts",
                0,
                120,
            )

        def sql_down() -> None:
            for _ in range(r.randrange(1, 4)):
                reason = r.choice(["econnrefused", "timeout", "closed"])
                emit(
                    "warning",
                    "ejabberd_sql:connecting/2:404",
                    f"pgsql connection failed:\n** Reason: {reason}\n** Retry after: {r.choice([30, 30, 60])} seconds",
                    "~p connection failed:~n** Reason: ~p~n** Retry after: ~B seconds",
                    1,
                    40,
                )
            if r.random() < 0.6:
                emit(
                    "error",
                    "ejabberd_sql:check_error/2:1251",
                    f"SQL query 'Q{r.randrange(10000000, 99999999)}' at {{mod_mam_sql,{r.choice([95, 177, 241])}}} failed: <<\"Failed sql query\">>",
                    "SQL query '~ts' at ~p failed: ~p",
                    0,
                    2,
                )

        def crash() -> None:
            p = pid()
            room = r.choice(MUC_ROOMS)
            emit(
                "error",
                "gen_server:error_info/8:1391",
                f"** Generic server {p} terminating \n"
                f'** Last message in was {{route,{{message,<<"{alnum(r, 8)}">>,groupchat,<<>>,{{jid,<<"{r.choice(FIRST_NAMES)}">>,<<"example.org">>,<<"{r.choice(XMPP_RESOURCES)}{alnum(r, 4)}">>}},{{jid,<<"{room}">>,<<"conference.example.org">>,<<>>}},[],[],[],#{{}}}}}}\n'
                f'** When Server state == {{state,<<"{room}">>,<<"conference.example.org">>,...}}\n'
                f"** Reason for termination ==\n"
                f"** {{timeout,{{gen_server,call,[ejabberd_sm,get_user_info,5000]}}}}",
                "** Generic server ~tp terminating ~n** Last message in was ~tp~n** When Server state == ~tp~n** Reason for termination ==~n** ~tp~n",
                10,
                600,
                proc=p,
            )
            emit(
                "error",
                "proc_lib:crash_report/4:584",
                f"Process {p} with 0 neighbours exited with reason: {{timeout,{{gen_server,call,[ejabberd_sm,get_user_info,5000]}}}} in gen_server:call/3 line 419",
                "Process ~tp with ~w neighbours exited with reason: ~tp in ~tp line ~w",
                0,
                0.01,
                proc=p,
            )

        def no_cert() -> None:
            emit(
                "warning",
                "ejabberd_pkix:get_certfile_no_default/1:92",
                f"No certificate found matching {r.choice(['upload.example.org', 'conference.example.org', 'pubsub.example.org', 'proxy.example.org'])}",
                "No certificate found matching ~ts",
                30,
                600,
            )

        def stop() -> None:
            emit(
                "info",
                "ejabberd_app:prep_stop/1:98",
                "Stopping ejabberd...",
                "Stopping ejabberd...",
                30,
                300,
            )
            for port, mod in (
                ("[::]:5222", "ejabberd_c2s"),
                ("[::]:5269", "ejabberd_s2s_in"),
                ("[::]:5443", "ejabberd_http"),
            ):
                emit(
                    "info",
                    "ejabberd_listener:stop_listener/3:471",
                    f"Stop accepting TCP connections at {port} for {mod}",
                    "Stop accepting ~ts connections at ~ts for ~p",
                    0,
                    0.05,
                )
            emit(
                "info",
                "ejabberd_app:stop/1:104",
                f"ejabberd 23.10.0 is stopped in the node {node}",
                "ejabberd ~ts is stopped in the node ~p",
                0,
                1,
            )

        for cycle in range(2):
            start()
            for _ in range(620 if node_n == 1 else 480):
                x = r.random()
                if x < 0.33:
                    login()
                elif x < 0.6:
                    logout()
                elif x < 0.72:
                    s2s_in()
                elif x < 0.84:
                    s2s_out()
                elif x < 0.92:
                    upload()
                elif x < 0.955:
                    muc()
                elif x < 0.975:
                    sql_down()
                elif x < 0.99:
                    no_cert()
                else:
                    crash()
            if cycle == 0:
                stop()
                sessions.clear()
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- wildfly

WILDFLY = "WildFly Full 30.0.1.Final (WildFly Core 22.0.2.Final)"
WF_DEPLOYMENTS = ["shop.war", "billing.war", "admin-console.war"]
WF_PATHS = [
    "/shop/api/orders",
    "/shop/api/orders/{id}",
    "/shop/api/cart",
    "/shop/api/products",
    "/shop/api/products/{id}",
    "/billing/api/invoices/{id}",
    "/billing/api/payments",
]


def stack(r: random.Random, frames: list[str], causes: list[tuple[str, list[str]]]) -> list[str]:
    """A Java stack trace below an exception's line: its frames, then each `Caused by:` with
    its own frames and the `... N more` a JVM writes for frames shared with the enclosing one."""
    lines = [f"\tat {f}" for f in frames]
    for cause, cause_frames in causes:
        lines.append(f"Caused by: {cause}")
        lines += [f"\tat {f}" for f in cause_frames]
        lines.append(f"\t... {r.randrange(20, 90)} more")
    return lines


UNDERTOW_FRAMES = [
    "io.undertow.servlet@2.3.10.Final//io.undertow.servlet.handlers.ServletHandler.handleRequest(ServletHandler.java:74)",
    "io.undertow.servlet@2.3.10.Final//io.undertow.servlet.handlers.security.ServletSecurityRoleHandler.handleRequest(ServletSecurityRoleHandler.java:62)",
    "io.undertow.servlet@2.3.10.Final//io.undertow.servlet.handlers.ServletChain$1.handleRequest(ServletChain.java:68)",
    "io.undertow.servlet@2.3.10.Final//io.undertow.servlet.handlers.ServletDispatchingHandler.handleRequest(ServletDispatchingHandler.java:36)",
    "org.wildfly.extension.undertow@30.0.1.Final//org.wildfly.extension.undertow.security.SecurityContextAssociationHandler.handleRequest(SecurityContextAssociationHandler.java:78)",
    "io.undertow.core@2.3.10.Final//io.undertow.server.Connectors.executeRootHandler(Connectors.java:393)",
    "io.undertow.core@2.3.10.Final//io.undertow.server.HttpServerExchange$1.run(HttpServerExchange.java:859)",
    "org.jboss.threads@2.4.0.Final//org.jboss.threads.EnhancedQueueExecutor$Task.doRunWith(EnhancedQueueExecutor.java:2516)",
    "org.jboss.threads@2.4.0.Final//org.jboss.threads.EnhancedQueueExecutor.runThreadBody(EnhancedQueueExecutor.java:1512)",
    "java.base/java.lang.Thread.run(Thread.java:1583)",
]


def wildfly(r: random.Random) -> list[Log]:
    """Two standalone servers' standalone/log/server.log of WildFly 30 (the periodic rotating
    file handler's `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c] (%t) %s%e%n`): boot (modules, the
    subsystems, listeners, data sources, three deployments with Weld, Hibernate and RESTEasy,
    the server started), the applications' own messages under their loggers, requests failing
    with exceptions (the exception's text on the message's line, its stack and causes below),
    Hibernate's SQL errors, EJB invocations failing, the transaction reaper, a timer overlapping,
    a deployment failing to start (MSC000001 with a stack, WFLYCTL0013 with a multi-line failure
    description, a service status report) and a shutdown."""
    logs = []
    for n in (1, 2):
        log = Log(f"app{n}-server.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        order_no = [48000 + n * 1000]

        def emit(
            level: str, cat: str, thread: str, msg: str, label: str, lo=0.0, hi=0.05, extra=()
        ) -> None:
            t = log.tick(r, lo, hi)
            log.add(
                f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} {level:<5} [{cat}] ({thread}) {msg}",
                label,
            )
            for line in extra:
                log.add(line, None)

        def msc() -> str:
            return f"MSC service thread 1-{r.randrange(1, 5)}"

        def pool() -> str:
            return f"ServerService Thread Pool -- {r.randrange(20, 90)}"

        def task() -> str:
            return f"default task-{r.randrange(1, 64)}"

        def boot(broken: bool) -> None:
            e = emit
            e(
                "INFO",
                "org.jboss.modules",
                "main",
                "JBoss Modules version 2.1.0.Final",
                "JBoss Modules version %s",
            )
            e(
                "INFO",
                "org.jboss.msc",
                "main",
                "JBoss MSC version 1.5.2.Final",
                "JBoss MSC version %s",
            )
            e(
                "INFO",
                "org.jboss.threads",
                "main",
                "JBoss Threads version 2.4.0.Final",
                "JBoss Threads version %s",
            )
            e(
                "INFO",
                "org.jboss.as",
                msc(),
                f"WFLYSRV0049: {WILDFLY} starting",
                "WFLYSRV0049: %s starting",
                0.1,
                0.4,
            )
            e(
                "INFO",
                "org.wildfly.security",
                "ServerService Thread Pool -- 27",
                "ELY00001: WildFly Elytron version 2.2.2.Final",
                "ELY00001: WildFly Elytron version %s",
                0.2,
                0.6,
            )
            e(
                "INFO",
                "org.jboss.as.server",
                "Controller Boot Thread",
                "WFLYSRV0039: Creating http management service using socket-binding (management-http)",
                "WFLYSRV0039: Creating http management service using socket-binding (%s)",
                0.2,
                0.6,
            )
            e("INFO", "org.xnio", msc(), "XNIO version 3.8.11.Final", "XNIO version %s")
            e(
                "INFO",
                "org.xnio.nio",
                msc(),
                "XNIO NIO Implementation Version 3.8.11.Final",
                "XNIO NIO Implementation Version %s",
            )
            for code, sub, label in (
                (
                    "WFLYCLINF0001",
                    "Activating Infinispan subsystem.",
                    "WFLYCLINF0001: Activating Infinispan subsystem.",
                ),
                (
                    "WFLYNAM0001",
                    "Activating Naming Subsystem",
                    "WFLYNAM0001: Activating Naming Subsystem",
                ),
                (
                    "WFLYWS0002",
                    "Activating WebServices Extension",
                    "WFLYWS0002: Activating WebServices Extension",
                ),
                (
                    "WFLYJSF0007",
                    "Activated the following Jakarta Server Faces Implementations: [main]",
                    "WFLYJSF0007: Activated the following Jakarta Server Faces Implementations: %s",
                ),
                ("WFLYRS0016", "RESTEasy version 6.2.5.Final", "WFLYRS0016: RESTEasy version %s"),
                (
                    "WFLYTX0013",
                    "The node-identifier attribute on the /subsystem=transactions is set to the default value. This is a danger for environments running multiple servers. Please make sure the attribute value is unique.",
                    "WFLYTX0013: The node-identifier attribute on the /subsystem=transactions is set to the default value. This is a danger for environments running multiple servers. Please make sure the attribute value is unique.",
                ),
            ):
                level = "WARN" if code == "WFLYTX0013" else "INFO"
                e(level, "org.jboss.as." + code[4:7].lower(), pool(), f"{code}: {sub}", label)
            e(
                "INFO",
                "org.jboss.as.connector",
                msc(),
                "WFLYJCA0009: Starting Jakarta Connectors Subsystem (WildFly/IronJacamar 3.0.4.Final)",
                "WFLYJCA0009: Starting Jakarta Connectors Subsystem (WildFly/IronJacamar %s)",
            )
            for driver, cls, ver in (
                ("h2", "org.h2.Driver", "2.2"),
                ("postgresql", "org.postgresql.Driver", "42.7"),
            ):
                e(
                    "INFO",
                    "org.jboss.as.connector.subsystems.datasources",
                    pool(),
                    f"WFLYJCA0004: Deploying JDBC-compliant driver class {cls} (version {ver})",
                    "WFLYJCA0004: Deploying JDBC-compliant driver %s (version %d.%d)",
                )
                e(
                    "INFO",
                    "org.jboss.as.connector.deployers.jdbc",
                    msc(),
                    f"WFLYJCA0018: Started Driver service with driver-name = {driver}",
                    "WFLYJCA0018: Started Driver service with driver-name = %s",
                )
            e(
                "INFO",
                "org.wildfly.extension.undertow",
                msc(),
                "WFLYUT0003: Undertow 2.3.10.Final starting",
                "WFLYUT0003: Undertow %s starting",
            )
            e(
                "INFO",
                "org.jboss.as.naming",
                msc(),
                "WFLYNAM0003: Starting Naming Service",
                "WFLYNAM0003: Starting Naming Service",
            )
            e(
                "INFO",
                "org.jboss.as.mail.extension",
                msc(),
                "WFLYMAIL0001: Bound mail session [java:jboss/mail/Default]",
                "WFLYMAIL0001: Bound mail session [%s]",
            )
            e(
                "INFO",
                "org.wildfly.extension.undertow",
                "ServerService Thread Pool -- 84",
                "WFLYUT0014: Creating file handler for path '/opt/wildfly/welcome-content' with options [directory-listing: 'false', follow-symlink: 'false', case-sensitive: 'true', safe-symlink-paths: '[]']",
                "WFLYUT0014: Creating file handler for path '%s' with options [directory-listing: '%s', follow-symlink: '%s', case-sensitive: '%s', safe-symlink-paths: '%s']",
            )
            e(
                "INFO",
                "org.wildfly.extension.undertow",
                msc(),
                "WFLYUT0012: Started server default-server.",
                "WFLYUT0012: Started server %s.",
            )
            for proto, name, addr in (
                ("HTTP", "default", "0.0.0.0:8080"),
                ("HTTPS", "https", "0.0.0.0:8443"),
            ):
                e(
                    "INFO",
                    "org.wildfly.extension.undertow",
                    msc(),
                    f"WFLYUT0006: Undertow {proto} listener {name} listening on {addr}",
                    "WFLYUT0006: Undertow %s listener %s listening on %s",
                )
            e(
                "INFO",
                "org.jboss.as.ejb3",
                msc(),
                "WFLYEJB0493: Jakarta Enterprise Beans subsystem suspension complete",
                "WFLYEJB0493: Jakarta Enterprise Beans subsystem suspension complete",
            )
            for ds in (
                "java:jboss/datasources/ExampleDS",
                "java:jboss/datasources/ShopDS",
                "java:jboss/datasources/BillingDS",
            ):
                if broken and ds.endswith("BillingDS"):
                    continue
                e(
                    "INFO",
                    "org.jboss.as.connector.subsystems.datasources",
                    msc(),
                    f"WFLYJCA0001: Bound data source [{ds}]",
                    "WFLYJCA0001: Bound data source [%s]",
                )
            e(
                "INFO",
                "org.jboss.as.server.deployment.scanner",
                msc(),
                "WFLYDS0013: Started FileSystemDeploymentService for directory /opt/wildfly/standalone/deployments",
                "WFLYDS0013: Started FileSystemDeploymentService for directory %s",
            )
            for dep in WF_DEPLOYMENTS:
                e(
                    "INFO",
                    "org.jboss.as.server.deployment",
                    msc(),
                    f'WFLYSRV0027: Starting deployment of "{dep}" (runtime-name: "{dep}")',
                    'WFLYSRV0027: Starting deployment of "%s" (runtime-name: "%s")',
                    0,
                    0.3,
                )
            for dep in WF_DEPLOYMENTS:
                if dep == "admin-console.war":
                    continue
                e(
                    "INFO",
                    "org.jboss.weld.deployer",
                    msc(),
                    f"WFLYWELD0003: Processing weld deployment {dep}",
                    "WFLYWELD0003: Processing weld deployment %s",
                    0,
                    0.5,
                )
                unit = dep.split(".")[0] + "PU"
                e(
                    "INFO",
                    "org.jboss.as.jpa",
                    msc(),
                    f"WFLYJPA0002: Read persistence.xml for {unit}",
                    "WFLYJPA0002: Read persistence.xml for %s",
                )
                e(
                    "INFO",
                    "org.hibernate.jpa.internal.util.LogHelper",
                    pool(),
                    f"HHH000204: Processing PersistenceUnitInfo [name: {unit}]",
                    "HHH000204: Processing PersistenceUnitInfo [name: %s]",
                )
            e(
                "INFO",
                "org.hibernate.Version",
                pool(),
                "HHH000412: Hibernate ORM core version 6.2.13.Final",
                "HHH000412: Hibernate ORM core version %s",
            )
            e(
                "INFO",
                "org.hibernate.cache.internal.RegionFactoryInitiator",
                pool(),
                "HHH000026: Second-level cache disabled",
                "HHH000026: Second-level cache disabled",
            )
            for dep in WF_DEPLOYMENTS:
                if dep == "admin-console.war":
                    continue
                unit = dep.split(".")[0] + "PU"
                if broken and dep == "billing.war":
                    break
                e(
                    "INFO",
                    "org.jboss.as.jpa",
                    pool(),
                    f"WFLYJPA0010: Starting Persistence Unit (phase 2 of 2) Service '{dep}#{unit}'",
                    "WFLYJPA0010: Starting Persistence Unit (phase 2 of 2) Service '%s'",
                    0,
                    0.8,
                )
            if broken:
                deployment_failure()
            for dep in WF_DEPLOYMENTS:
                if broken and dep == "billing.war":
                    continue
                if dep != "admin-console.war":
                    e(
                        "INFO",
                        "org.jboss.resteasy.resteasy_jaxrs.i18n",
                        pool(),
                        f"RESTEASY002225: Deploying jakarta.ws.rs.core.Application: class com.acme.{dep.split('.')[0]}.RestApplication",
                        "RESTEASY002225: Deploying %s: %s",
                    )
                e(
                    "INFO",
                    "org.wildfly.extension.undertow",
                    pool(),
                    f"WFLYUT0021: Registered web context: '/{dep.split('.')[0]}' for server 'default-server'",
                    "WFLYUT0021: Registered web context: '%s' for server '%s'",
                    0,
                    0.6,
                )
            for dep in WF_DEPLOYMENTS:
                if broken and dep == "billing.war":
                    continue
                e(
                    "INFO",
                    "org.jboss.as.server",
                    "Controller Boot Thread",
                    f'WFLYSRV0010: Deployed "{dep}" (runtime-name : "{dep}")',
                    'WFLYSRV0010: Deployed "%s" (runtime-name : "%s")',
                )
            if broken:
                msg = [
                    "WFLYCTL0183: Service status report",
                    "WFLYCTL0184:    New missing/unsatisfied dependencies:",
                    '      service jboss.naming.context.java.jboss.datasources.BillingDS (missing) dependents: [service jboss.naming.context.java.module.billing.billing.DefaultDataSource, service jboss.persistenceunit."billing.war#billingPU"]',
                ]
                emit(
                    "INFO",
                    "org.jboss.as.controller",
                    "Controller Boot Thread",
                    msg[0],
                    "WFLYCTL0183: Service status report%s",
                    0,
                    0.01,
                    extra=msg[1:],
                )
            e(
                "INFO",
                "org.jboss.as.server",
                "Controller Boot Thread",
                "WFLYSRV0212: Resuming server",
                "WFLYSRV0212: Resuming server",
            )
            e(
                "INFO",
                "org.jboss.as",
                "Controller Boot Thread",
                "WFLYSRV0060: Http management interface listening on http://127.0.0.1:9990/management",
                "WFLYSRV0060: Http management interface listening on %s",
            )
            e(
                "INFO",
                "org.jboss.as",
                "Controller Boot Thread",
                "WFLYSRV0051: Admin console listening on http://127.0.0.1:9990",
                "WFLYSRV0051: Admin console listening on %s",
            )
            if broken:
                e(
                    "ERROR",
                    "org.jboss.as",
                    "Controller Boot Thread",
                    f"WFLYSRV0026: {WILDFLY} started (with errors) in {r.randrange(4000, 9000)}ms - Started 612 of 820 services (2 services failed or missing dependencies, 344 services are lazy, passive or on-demand) - Server configuration file in use: standalone.xml",
                    "WFLYSRV0026: %s started (with errors) in %dms - Started %d of %d services (%d services failed or missing dependencies, %d services are lazy, passive or on-demand) - Server configuration file in use: %s",
                )
            else:
                e(
                    "INFO",
                    "org.jboss.as",
                    "Controller Boot Thread",
                    f"WFLYSRV0025: {WILDFLY} started in {r.randrange(4000, 9000)}ms - Started 640 of 820 services (344 services are lazy, passive or on-demand) - Server configuration file in use: standalone.xml",
                    "WFLYSRV0025: %s started in %dms - Started %d of %d services (%d services are lazy, passive or on-demand) - Server configuration file in use: %s",
                )

        def deployment_failure() -> None:
            svc = 'jboss.persistenceunit."billing.war#billingPU"'
            cause = "jakarta.persistence.PersistenceException: [PersistenceUnit: billingPU] Unable to build Hibernate SessionFactory"
            emit(
                "ERROR",
                "org.jboss.msc.service.fail",
                pool(),
                f"MSC000001: Failed to start service {svc}: org.jboss.msc.service.StartException in service {svc}: {cause}",
                "MSC000001: Failed to start service %s",
                0,
                1,
                extra=stack(
                    r,
                    [
                        "org.jboss.as.jpa@30.0.1.Final//org.jboss.as.jpa.service.PersistenceUnitServiceImpl$1$1.run(PersistenceUnitServiceImpl.java:198)",
                        "org.jboss.as.jpa@30.0.1.Final//org.jboss.as.jpa.service.PersistenceUnitServiceImpl$1$1.run(PersistenceUnitServiceImpl.java:128)",
                        "org.wildfly.security.elytron-base@2.2.2.Final//org.wildfly.security.manager.WildFlySecurityManager.doChecked(WildFlySecurityManager.java:658)",
                        "org.jboss.as.jpa@30.0.1.Final//org.jboss.as.jpa.service.PersistenceUnitServiceImpl$1.run(PersistenceUnitServiceImpl.java:212)",
                        "org.jboss.threads@2.4.0.Final//org.jboss.threads.ContextHandler$1.runWith(ContextHandler.java:18)",
                        "java.base/java.lang.Thread.run(Thread.java:1583)",
                        "org.jboss.threads@2.4.0.Final//org.jboss.threads.JBossThread.run(JBossThread.java:513)",
                    ],
                    [
                        (
                            cause,
                            [
                                "org.hibernate@6.2.13.Final//org.hibernate.jpa.boot.internal.EntityManagerFactoryBuilderImpl.persistenceException(EntityManagerFactoryBuilderImpl.java:1432)",
                                "org.hibernate@6.2.13.Final//org.hibernate.jpa.boot.internal.EntityManagerFactoryBuilderImpl.build(EntityManagerFactoryBuilderImpl.java:1377)",
                            ],
                        ),
                        (
                            "org.hibernate.service.spi.ServiceException: Unable to create requested service [org.hibernate.engine.jdbc.env.spi.JdbcEnvironment] due to: Unable to determine Dialect without JDBC metadata (please set 'jakarta.persistence.jdbc.url' for common cases or 'hibernate.dialect' when a custom Dialect implementation must be provided)",
                            [
                                "org.hibernate@6.2.13.Final//org.hibernate.service.internal.AbstractServiceRegistryImpl.createService(AbstractServiceRegistryImpl.java:277)",
                                "org.hibernate@6.2.13.Final//org.hibernate.service.internal.AbstractServiceRegistryImpl.initializeService(AbstractServiceRegistryImpl.java:239)",
                            ],
                        ),
                    ],
                ),
            )
            failure = [
                '    "WFLYCTL0080: Failed services" => {"jboss.persistenceunit.\\"billing.war#billingPU\\"" => "jakarta.persistence.PersistenceException: [PersistenceUnit: billingPU] Unable to build Hibernate SessionFactory',
                "    Caused by: jakarta.persistence.PersistenceException: [PersistenceUnit: billingPU] Unable to build Hibernate SessionFactory",
                "    Caused by: org.hibernate.service.spi.ServiceException: Unable to create requested service [org.hibernate.engine.jdbc.env.spi.JdbcEnvironment] due to: Unable to determine Dialect without JDBC metadata (please set 'jakarta.persistence.jdbc.url' for common cases or 'hibernate.dialect' when a custom Dialect implementation must be provided)\"},",
                '    "WFLYCTL0412: Required services that are not installed:" => ["jboss.naming.context.java.jboss.datasources.BillingDS"],',
                '    "WFLYCTL0180: Services with missing/unavailable dependencies" => ["jboss.naming.context.java.module.billing.billing.DefaultDataSource is missing [jboss.naming.context.java.jboss.datasources.BillingDS]"]',
                "}",
            ]
            emit(
                "ERROR",
                "org.jboss.as.controller.management-operation",
                "Controller Boot Thread",
                'WFLYCTL0013: Operation ("deploy") failed - address: ([("deployment" => "billing.war")]) - failure description: {',
                "WFLYCTL0013: Operation (%s) failed - address: (%s) - failure description: %s",
                0,
                0.5,
                extra=failure,
            )

        def order() -> None:
            order_no[0] += r.randrange(1, 4)
            cust = r.randrange(1000, 9000)
            items = r.choice([1, 1, 2, 3, 4, 7])
            total = round(r.lognormvariate(3.6, 0.9), 2)
            emit(
                "INFO",
                "com.acme.shop.orders.OrderResource",
                task(),
                f"Order {order_no[0]} created for customer {cust} ({items} items, total {total:.2f} EUR)",
                "Order {} created for customer {} ({} items, total {} EUR)",
                0,
                25,
            )
            if r.random() < 0.12:
                attempt = 1
                while attempt < 3 and r.random() < 0.5:
                    attempt += 1
                emit(
                    "WARN",
                    "com.acme.billing.payment.PaymentGatewayClient",
                    task(),
                    f"Payment gateway answered {r.choice([502, 503, 504])} for order {order_no[0]} after {r.randrange(900, 10000)} ms, retrying (attempt {attempt} of 3)",
                    "Payment gateway answered {} for order {} after {} ms, retrying (attempt {} of 3)",
                    0,
                    10,
                )
            emit(
                "INFO",
                "com.acme.billing.invoice.InvoiceService",
                task(),
                f"Invoice INV-2024-{order_no[0]:06d} issued for order {order_no[0]}",
                "Invoice {} issued for order {}",
                0,
                3,
            )

        def cart() -> None:
            emit(
                "INFO",
                "com.acme.shop.cart.CartService",
                task(),
                f"Cart {uuid4(r)} merged into session of customer {r.randrange(1000, 9000)} ({r.randrange(1, 12)} items)",
                "Cart {} merged into session of customer {} ({} items)",
                0,
                25,
            )

        def stock() -> None:
            sku = f"SKU-{r.randrange(10000, 99999)}"
            emit(
                "WARN",
                "com.acme.shop.inventory.StockService",
                task(),
                f"Stock for {sku} is low: {r.randrange(0, 5)} left (threshold 5)",
                "Stock for {} is low: {} left (threshold {})",
                0,
                40,
            )

        def request_error() -> None:
            path = r.choice(WF_PATHS).replace("{id}", str(r.randrange(1, 99999)))
            x = r.random()
            if x < 0.5:
                exc = 'java.lang.NullPointerException: Cannot invoke "com.acme.shop.model.Customer.getAddress()" because "customer" is null'
                exc_label = (
                    'java.lang.NullPointerException: Cannot invoke "%s" because "%s" is null'
                )
                frames = [
                    "deployment.shop.war//com.acme.shop.orders.ShippingCalculator.costFor(ShippingCalculator.java:57)",
                    "deployment.shop.war//com.acme.shop.orders.OrderResource.create(OrderResource.java:88)",
                ]
                causes = []
            elif x < 0.8:
                exc = "org.jboss.resteasy.spi.UnhandledException: jakarta.ejb.EJBTransactionRolledbackException: Transaction rolled back"
                exc_label = exc
                frames = [
                    "org.jboss.resteasy.resteasy-core@6.2.5.Final//org.jboss.resteasy.core.ExceptionHandler.handleApplicationException(ExceptionHandler.java:107)",
                    "org.jboss.resteasy.resteasy-core@6.2.5.Final//org.jboss.resteasy.core.ExceptionHandler.handleException(ExceptionHandler.java:344)",
                ]
                causes = [
                    (
                        "jakarta.ejb.EJBTransactionRolledbackException: Transaction rolled back",
                        [
                            "org.jboss.as.ejb3@30.0.1.Final//org.jboss.as.ejb3.tx.CMTTxInterceptor.endTransaction(CMTTxInterceptor.java:159)",
                        ],
                    ),
                    (
                        "jakarta.transaction.RollbackException: ARJUNA016053: Could not commit transaction.",
                        [
                            "org.jboss.jts//com.arjuna.ats.internal.jta.transaction.arjunacore.TransactionImple.commitAndDisassociate(TransactionImple.java:1303)",
                        ],
                    ),
                ]
            else:
                exc_label = "java.lang.IllegalStateException: UT000010: Session is invalid %s"
                exc = "java.lang.IllegalStateException: UT000010: Session is invalid " + alnum(
                    r, 32
                )
                frames = [
                    "io.undertow.servlet@2.3.10.Final//io.undertow.servlet.spec.HttpSessionImpl.getAttribute(HttpSessionImpl.java:122)",
                    "deployment.shop.war//com.acme.shop.web.SessionFilter.doFilter(SessionFilter.java:41)",
                ]
                causes = []
            emit(
                "ERROR",
                "io.undertow.request",
                task(),
                f"UT005023: Exception handling request to {path}: {exc}",
                # The exception the handler appends after the message (`%e`) is another
                # problem for each exception's own message: labelled with its format.
                "UT005023: Exception handling request to %s: " + exc_label,
                0,
                60,
                extra=stack(r, frames + UNDERTOW_FRAMES, causes),
            )

        def sql_error() -> None:
            state = r.choice(["08006", "08001", "57014", "40P01", "23505"])
            emit(
                "WARN",
                "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                task(),
                f"SQL Error: 0, SQLState: {state}",
                "SQL Error: %s, SQLState: %s",
                0,
                60,
            )
            text = {
                "08006": "An I/O error occurred while sending to the backend.",
                "08001": "Connection to db-primary:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                "57014": "ERROR: canceling statement due to statement timeout",
                "40P01": f"ERROR: deadlock detected\n  Detail: Process {r.randrange(1000, 90000)} waits for ShareLock on transaction {r.randrange(10**6, 10**7)}; blocked by process {r.randrange(1000, 90000)}.",
                "23505": f'ERROR: duplicate key value violates unique constraint "orders_pkey"\n  Detail: Key (id)=({order_no[0]}) already exists.',
            }[state]
            label = {
                "08006": "An I/O error occurred while sending to the backend.",
                "08001": "Connection to %s refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                "57014": "ERROR: canceling statement due to statement timeout",
                "40P01": "ERROR: deadlock detected",
                "23505": 'ERROR: duplicate key value violates unique constraint "%s"',
            }[state]
            lines = text.split("\n")
            emit(
                "ERROR",
                "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                task(),
                lines[0],
                label,
                0,
                0.01,
                extra=lines[1:],
            )

        def ejb_fail() -> None:
            comp = r.choice(["OrderServiceBean", "InvoiceServiceBean", "StockServiceBean"])
            method = {
                "OrderServiceBean": "public com.acme.shop.model.Order com.acme.shop.orders.OrderServiceBean.place(com.acme.shop.model.Cart)",
                "InvoiceServiceBean": "public void com.acme.billing.invoice.InvoiceServiceBean.issue(long)",
                "StockServiceBean": "public int com.acme.shop.inventory.StockServiceBean.reserve(java.lang.String,int)",
            }[comp]
            emit(
                "ERROR",
                "org.jboss.as.ejb3.invocation",
                task(),
                f"WFLYEJB0034: Jakarta Enterprise Beans Invocation failed on component {comp} for method {method}: jakarta.ejb.EJBTransactionRolledbackException: WFLYEJB0469: Transaction is marked for rollback only",
                "WFLYEJB0034: Jakarta Enterprise Beans Invocation failed on component %s for method %s",
                0,
                60,
                extra=stack(
                    r,
                    [
                        "org.jboss.as.ejb3@30.0.1.Final//org.jboss.as.ejb3.tx.CMTTxInterceptor.handleInCallerTx(CMTTxInterceptor.java:207)",
                        "org.jboss.as.ejb3@30.0.1.Final//org.jboss.as.ejb3.tx.CMTTxInterceptor.invokeInCallerTx(CMTTxInterceptor.java:275)",
                        "org.jboss.invocation@2.0.0.Final//org.jboss.invocation.InterceptorContext.proceed(InterceptorContext.java:422)",
                    ],
                    [],
                ),
            )

        def reaper() -> None:
            tx = f"0:ffff0a00000{n}:{hexid(r, 8)}:666800c2:{r.randrange(10, 999):x}"
            emit(
                "WARN",
                "com.arjuna.ats.arjuna",
                "Transaction Reaper",
                f"ARJUNA012117: TransactionReaper::check timeout for TX {tx} in state  RUN",
                "ARJUNA012117: TransactionReaper::check timeout for TX %s in state  %s",
                0,
                300,
            )
            emit(
                "WARN",
                "com.arjuna.ats.arjuna",
                "Transaction Reaper Worker 0",
                f"ARJUNA012095: Abort of action id {tx} invoked while multiple threads active within it.",
                "ARJUNA012095: Abort of action id %s invoked while multiple threads active within it.",
                0,
                0.01,
            )
            emit(
                "WARN",
                "com.arjuna.ats.arjuna",
                "Transaction Reaper Worker 0",
                f"ARJUNA012381: Action id {tx} completed with multiple threads - thread {task()} was in progress with java.base@21.0.3/sun.nio.ch.Net.poll(Native Method)",
                "ARJUNA012381: Action id %s completed with multiple threads - thread %s was in progress with %s",
                0,
                0.01,
                extra=[
                    "java.base@21.0.3/sun.nio.ch.NioSocketImpl.park(NioSocketImpl.java:191)",
                    "java.base@21.0.3/java.net.Socket$SocketInputStream.read(Socket.java:1099)",
                    "org.postgresql.jdbc@42.7.3//org.postgresql.core.PGStream.receiveChar(PGStream.java:467)",
                ],
            )
            emit(
                "WARN",
                "com.arjuna.ats.arjuna",
                "Transaction Reaper Worker 0",
                f"ARJUNA012108: CheckedAction::check - atomic action {tx} aborting with 1 threads active!",
                "ARJUNA012108: CheckedAction::check - atomic action %s aborting with %d threads active!",
                0,
                0.01,
            )
            emit(
                "WARN",
                "com.arjuna.ats.arjuna",
                "Transaction Reaper Worker 0",
                f"ARJUNA012121: TransactionReaper::doCancellations worker Thread[#{r.randrange(200, 400)},Transaction Reaper Worker 0,5,main] successfully canceled TX {tx}",
                "ARJUNA012121: TransactionReaper::doCancellations worker %s successfully canceled TX %s",
                0,
                0.01,
            )

        def timer_overlap() -> None:
            t = log.t
            emit(
                "WARN",
                "org.jboss.as.ejb3.timer",
                f"EJB default - {r.randrange(1, 10)}",
                f"WFLYEJB0043: A previous execution of timer [id={uuid4(r)} timedObjectId=billing.billing.ReportScheduler auto-timer?:true persistent?:false timerService=org.jboss.as.ejb3.timerservice.TimerServiceImpl@{hexid(r, 8)} previousRun={t:%a %b %d %H:%M:%S} UTC 2024 initialExpiration=null intervalDuration(in milli sec)=0 nextExpiration={t:%a %b %d %H:%M}:00 UTC 2024 timerState=IN_TIMEOUT info=null] is still in progress, skipping this overlapping scheduled execution at: {t:%a %b %d %H:%M}:00 UTC 2024.",
                "WFLYEJB0043: A previous execution of timer %s is still in progress, skipping this overlapping scheduled execution at: %s.",
                0,
                600,
            )

        def pool_exhausted() -> None:
            emit(
                "WARN",
                "org.jboss.jca.core.connectionmanager.pool.strategy.OnePool",
                task(),
                "IJ000604: Throwable while attempting to get a new connection: null: jakarta.resource.ResourceException: IJ031084: Unable to create connection",
                "IJ000604: Throwable while attempting to get a new connection: %s",
                0,
                200,
                extra=stack(
                    r,
                    [
                        "org.jboss.ironjacamar.jdbcadapters@3.0.4.Final//org.jboss.jca.adapters.jdbc.local.LocalManagedConnectionFactory.createLocalManagedConnection(LocalManagedConnectionFactory.java:345)",
                        "org.jboss.ironjacamar.impl@3.0.4.Final//org.jboss.jca.core.connectionmanager.pool.mcp.SemaphoreConcurrentLinkedDequeManagedConnectionPool.createConnectionEventListener(SemaphoreConcurrentLinkedDequeManagedConnectionPool.java:1326)",
                    ],
                    [
                        (
                            "org.postgresql.util.PSQLException: Connection to db-primary:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                            [
                                "org.postgresql.jdbc@42.7.3//org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)"
                            ],
                        )
                    ],
                ),
            )

        def shutdown() -> None:
            e = emit
            e(
                "INFO",
                "org.jboss.as.server",
                "Thread-1",
                "WFLYSRV0220: Server shutdown has been requested via an OS signal",
                "WFLYSRV0220: Server shutdown has been requested via an OS signal",
                60,
                600,
            )
            e(
                "INFO",
                "org.jboss.as.server",
                "Thread-1",
                "WFLYSRV0236: Suspending server with no timeout.",
                "WFLYSRV0236: Suspending server with no timeout.",
            )
            e(
                "INFO",
                "org.jboss.as.ejb3",
                "management I/O-1",
                "WFLYEJB0493: Jakarta Enterprise Beans subsystem suspension complete",
                "WFLYEJB0493: Jakarta Enterprise Beans subsystem suspension complete",
            )
            for dep in WF_DEPLOYMENTS:
                e(
                    "INFO",
                    "org.wildfly.extension.undertow",
                    pool(),
                    f"WFLYUT0022: Unregistered web context: '/{dep.split('.')[0]}' from server 'default-server'",
                    "WFLYUT0022: Unregistered web context: '%s' from server '%s'",
                )
            for proto, name, addr in (
                ("HTTP", "default", "0.0.0.0:8080"),
                ("HTTPS", "https", "0.0.0.0:8443"),
            ):
                e(
                    "INFO",
                    "org.wildfly.extension.undertow",
                    msc(),
                    f"WFLYUT0008: Undertow {proto} listener {name} suspending",
                    "WFLYUT0008: Undertow %s listener %s suspending",
                )
                e(
                    "INFO",
                    "org.wildfly.extension.undertow",
                    msc(),
                    f"WFLYUT0007: Undertow {proto} listener {name} stopped, was bound to {addr}",
                    "WFLYUT0007: Undertow %s listener %s stopped, was bound to %s",
                )
            for ds in (
                "java:jboss/datasources/ExampleDS",
                "java:jboss/datasources/ShopDS",
                "java:jboss/datasources/BillingDS",
            ):
                e(
                    "INFO",
                    "org.jboss.as.connector.subsystems.datasources",
                    msc(),
                    f"WFLYJCA0010: Unbound data source [{ds}]",
                    "WFLYJCA0010: Unbound data source [%s]",
                )
            for dep in WF_DEPLOYMENTS:
                e(
                    "INFO",
                    "org.jboss.as.server.deployment",
                    msc(),
                    f"WFLYSRV0028: Stopped deployment {dep} (runtime-name: {dep}) in {r.randrange(40, 900)}ms",
                    "WFLYSRV0028: Stopped deployment %s (runtime-name: %s) in %dms",
                    0,
                    0.3,
                )
            e(
                "INFO",
                "org.wildfly.extension.undertow",
                msc(),
                "WFLYUT0004: Undertow 2.3.10.Final stopping",
                "WFLYUT0004: Undertow %s stopping",
            )
            e(
                "INFO",
                "org.jboss.as",
                msc(),
                f"WFLYSRV0050: {WILDFLY} stopped in {r.randrange(200, 1500)}ms",
                "WFLYSRV0050: %s stopped in %dms",
            )

        for cycle in range(2):
            boot(broken=(n == 2 and cycle == 0))
            for _ in range(420 if n == 1 else 340):
                x = r.random()
                if x < 0.4:
                    order()
                elif x < 0.62:
                    cart()
                elif x < 0.7:
                    stock()
                elif x < 0.8:
                    request_error()
                elif x < 0.87:
                    sql_error()
                elif x < 0.91:
                    ejb_fail()
                elif x < 0.94:
                    reaper()
                elif x < 0.97:
                    timer_overlap()
                else:
                    pool_exhausted()
            if cycle == 0:
                shutdown()
        logs.append(log)
    return logs


SYSTEMS = {
    "amavis": amavis,
    "ejabberd": ejabberd,
    "isc-dhcpd": isc_dhcpd,
    "pdns": pdns,
    "wildfly": wildfly,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
