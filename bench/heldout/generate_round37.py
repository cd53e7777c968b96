#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 37 (bird, couchdb, lighttpd, pgbouncer, strongswan) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: BIRD 2's log file (`2024-06-11 06:00:02.118 <INFO> msg`:
the level class in angle brackets after the time, `RMT`, `TRACE` and a `FATAL` shutdown, a
protocol's name before its messages, route traces with `>` / `<`), CouchDB 3's log
(`[notice] 2024-06-11T06:00:02.118000Z couchdb@10.0.0.1 <0.1234.0> 8d6b2c1f3a msg`: the level first
in brackets, the Erlang node and process, a request id or `--------`, tab-indented and
four-space-indented continuations), lighttpd's error log (`2024-06-11 06:00:02: (server.c.1939)
msg`: no level, the source file and line in parentheses, `[note]` and `WARNING:` in the text),
PgBouncer's log (`2024-06-11 06:00:02.118 UTC [1234] LOG C-0x55d5c7a8e2a0: db/user@addr:port msg`:
a level word without a colon, the client's or server's pointer and its connection before the
message) and strongSwan's charon log (`Jun 11 06:00:02 12[IKE] <rw|3> msg`: a syslog stamp with no
host, the thread and the subsystem, the IKE_SA's name and number). Run it only to change the data
on purpose: `python bench/heldout/generate_round37.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, ip4, syslog_ts

# --------------------------------------------------------------------------------- strongSwan

SWAN_PEERS = [
    "carol",
    "dave",
    "erin",
    "frank",
    "grace",
    "heidi",
    "ivan",
    "judy",
    "mallory",
    "peggy",
]
SWAN_SITES = {"site-berlin": "192.0.2.44", "site-paris": "192.0.2.87"}
IKE_INIT_REQ = "SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(HASH_ALG) N(REDIR_SUP)"
IKE_INIT_RSP = "SA KE No N(NATD_S_IP) N(NATD_D_IP) N(FRAG_SUP) N(CHDLESS_SUP) N(MULT_AUTH)"
IKE_AUTH_REQ = "IDi CERT N(INIT_CONTACT) CERTREQ IDr AUTH CPRQ(ADDR DNS) SA TSi TSr N(MOBIKE_SUP) N(NO_ADD_ADDR) N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP)"
IKE_AUTH_RSP = "IDr CERT AUTH CPRP(ADDR DNS) SA TSi TSr N(MOBIKE_SUP) N(ADD_4_ADDR)"
PLUGINS = "charon aes des rc2 sha2 sha1 md5 mgf1 random nonce x509 revocation constraints pubkey pkcs1 pkcs7 pkcs8 pkcs12 pgp dnskey sshkey pem openssl fips-prf gmp agent xcbc hmac gcm drbg attr kernel-netlink resolve socket-default connmark stroke updown eap-mschapv2 xauth-generic counters"


def strongswan(r: random.Random) -> list[Log]:
    """strongSwan 5.9's charon (`charon.filelog` with `time_format = %b %e %T`, `ike_name = yes`):
    file_logger's `%s %.2d[%N]%s %s`, the thread, the debug group (`DMN`, `CFG`, `IKE`, `NET`,
    `ENC`, `KNL`, `JOB`, `LIB`, `CHD`) and `<name|unique id>` once an IKE_SA has a config; road
    warriors connecting with certificates (NAT, virtual IPs, CHILD_SAs), DPDs, deletes, a bad
    certificate, unacceptable proposals, two site-to-site tunnels the gateway initiates, one of
    them unreachable for a while, a reload and a restart."""
    log = Log("charon.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    me = "198.51.100.1"
    st = {"ike": 0, "child": 0, "lease": 0}
    active: dict[
        int, tuple[str, str, str, int, str]
    ] = {}  # unique -> (conn, peer, addr, child, vip)

    def emit(
        thread: int, group: str, msg: str, label: str, name: str = "", lo=0.0, hi=0.004
    ) -> None:
        log.tick(r, lo, hi)
        who = f" <{name}>" if name else ""
        log.add(f"{syslog_ts(log.t)} {thread:02d}[{group}]{who} {msg}", label)

    def thr() -> int:
        return r.randrange(1, 17)

    def spi() -> str:
        return "c" + hexid(r, 7)

    def packet(t: int, kind: str, inbound: bool, addr: str, port: int, name: str = "") -> None:
        n = r.randrange(80, 1500)
        if inbound:
            emit(
                t,
                "NET",
                f"received packet: from {addr}[{port}] to {me}[{port}] ({n} bytes)",
                "received packet: from %#H to %#H (%zu bytes)",
                name,
            )
        else:
            emit(
                t,
                "NET",
                f"sending packet: from {me}[{port}] to {addr}[{port}] ({n} bytes)",
                "sending packet: from %#H to %#H (%zu bytes)",
                name,
            )

    def enc(t: int, verb: str, exch: str, rr: str, mid: int, payloads: str, name: str = "") -> None:
        emit(
            t,
            "ENC",
            f"{verb} {exch} {rr} {mid} [ {payloads} ]"
            if payloads
            else f"{verb} {exch} {rr} {mid} [ ]",
            f"{verb} %N {rr} %u [ %s ]",
            name,
        )

    def start() -> None:
        emit(
            0,
            "DMN",
            "Starting IKE charon daemon (strongSwan 5.9.13, Linux 6.1.0-21-amd64, x86_64)",
            "Starting IKE charon daemon (strongSwan %s, %s %s, %s)",
            lo=1,
            hi=3,
        )
        emit(
            0,
            "CFG",
            "loading ca certificates from '/etc/ipsec.d/cacerts'",
            "loading ca certificates from '%s'",
        )
        emit(
            0,
            "CFG",
            "  loaded ca certificate \"C=DE, O=Example Corp, CN=Example VPN Root CA\" from '/etc/ipsec.d/cacerts/caCert.pem'",
            "  loaded ca certificate \"%Y\" from '%s'",
        )
        emit(
            0,
            "CFG",
            "loading aa certificates from '/etc/ipsec.d/aacerts'",
            "loading aa certificates from '%s'",
        )
        emit(
            0,
            "CFG",
            "loading ocsp signer certificates from '/etc/ipsec.d/ocspcerts'",
            "loading ocsp signer certificates from '%s'",
        )
        emit(
            0,
            "CFG",
            "loading attribute certificates from '/etc/ipsec.d/acerts'",
            "loading attribute certificates from '%s'",
        )
        emit(0, "CFG", "loading crls from '/etc/ipsec.d/crls'", "loading crls from '%s'")
        emit(0, "CFG", "loading secrets from '/etc/ipsec.secrets'", "loading secrets from '%s'")
        emit(
            0,
            "CFG",
            "  loaded RSA private key from '/etc/ipsec.d/private/moonKey.pem'",
            "  loaded %N private key from '%s'",
        )
        emit(0, "LIB", f"loaded plugins: {PLUGINS}", "loaded plugins: %s")
        emit(
            0,
            "LIB",
            "dropped capabilities, running as uid 0, gid 0",
            "dropped capabilities, running as uid %u, gid %u",
        )
        emit(0, "JOB", "spawning 16 worker threads", "spawning %d worker threads")
        for conn in ["rw", *SWAN_SITES]:
            t = thr()
            emit(
                t,
                "CFG",
                f"received stroke: add connection '{conn}'",
                "received stroke: add connection '%s'",
                hi=0.05,
            )
            emit(t, "CFG", f"added configuration '{conn}'", "added configuration '%s'")
        for conn in SWAN_SITES:
            emit(
                thr(),
                "CFG",
                f"received stroke: route '{conn}'",
                "received stroke: route '%s'",
                hi=0.05,
            )

    def peer_id(peer: str) -> str:
        return f"C=DE, O=Example Corp, CN={peer}@example.com"

    def road_warrior() -> None:
        peer = r.choice(SWAN_PEERS)
        addr = ip4(r, r.choice(["203.0.113", "100.64", "85.214"]))
        natp = r.random() < 0.6
        st["ike"] += 1
        u = st["ike"]
        t = thr()
        packet(t, "init", True, addr, 500, "")
        enc(t, "parsed", "IKE_SA_INIT", "request", 0, IKE_INIT_REQ)
        x = r.random()
        if x < 0.05:
            emit(t, "IKE", f"{addr} is initiating an IKE_SA", "%H is initiating an IKE_SA")
            emit(
                t,
                "CFG",
                "received proposals: IKE:3DES_CBC/HMAC_SHA1_96/PRF_HMAC_SHA1/MODP_1024",
                "received proposals: %#P",
            )
            emit(
                t,
                "CFG",
                "configured proposals: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256, IKE:AES_GCM_16_256/PRF_HMAC_SHA2_384/CURVE_25519",
                "configured proposals: %#P",
            )
            emit(t, "IKE", "received proposals unacceptable", "received proposals unacceptable")
            enc(t, "generating", "IKE_SA_INIT", "response", 0, "N(NO_PROP)")
            packet(t, "init", False, addr, 500, "")
            return
        emit(t, "IKE", f"{addr} is initiating an IKE_SA", "%H is initiating an IKE_SA")
        emit(
            t,
            "CFG",
            "selected proposal: IKE:AES_CBC_256/HMAC_SHA2_256_128/PRF_HMAC_SHA2_256/ECP_256",
            "selected proposal: %P",
        )
        if natp:
            emit(t, "IKE", "remote host is behind NAT", "remote host is behind NAT")
        enc(t, "generating", "IKE_SA_INIT", "response", 0, IKE_INIT_RSP)
        packet(t, "init", False, addr, 500, "")
        port = 4500
        t = thr()
        log.tick(r, 0.02, 0.3)
        packet(t, "auth", True, addr, port, "")
        enc(t, "parsed", "IKE_AUTH", "request", 1, IKE_AUTH_REQ)
        bad = x < 0.12
        ident = peer_id("eve" if bad else peer)
        emit(t, "IKE", f'received end entity cert "{ident}"', 'received end entity cert "%Y"')
        emit(
            t,
            "CFG",
            f"looking for peer configs matching {me}[moon.example.com]...{addr}[{ident}]",
            "looking for peer configs matching %H[%Y]...%H[%Y]",
        )
        emit(t, "CFG", "selected peer config 'rw'", "selected peer config '%s'")
        name = f"rw|{u}"
        if bad:
            emit(t, "CFG", f'  using certificate "{ident}"', '  using certificate "%Y"', name)
            emit(
                t,
                "CFG",
                '  using trusted ca certificate "C=DE, O=Example Corp, CN=Example VPN Root CA"',
                '  using trusted ca certificate "%Y"',
                name,
            )
            emit(
                t,
                "CFG",
                f'checking certificate status of "{ident}"',
                'checking certificate status of "%Y"',
                name,
            )
            emit(
                t,
                "CFG",
                "  fetching crl from 'http://pki.example.com/vpn.crl' ...",
                "  fetching crl from '%s' ...",
                name,
            )
            emit(
                t,
                "CFG",
                '  using trusted certificate "C=DE, O=Example Corp, CN=Example VPN Root CA"',
                '  using trusted certificate "%Y"',
                name,
            )
            emit(
                t,
                "CFG",
                '  crl correctly signed by "C=DE, O=Example Corp, CN=Example VPN Root CA"',
                '  crl correctly signed by "%Y"',
                name,
            )
            emit(
                t,
                "CFG",
                "certificate was revoked on Jun 03 09:12:44 UTC 2024, reason: key compromise",
                "certificate was revoked on %T, reason: %N",
                name,
            )
            emit(
                t,
                "CFG",
                f"no trusted RSA public key found for '{ident}'",
                "no trusted %N public key found for '%Y'",
                name,
            )
            enc(t, "generating", "IKE_AUTH", "response", 1, "N(AUTH_FAILED)", name)
            packet(t, "auth", False, addr, port, name)
            return
        emit(t, "CFG", f'  using certificate "{ident}"', '  using certificate "%Y"', name)
        emit(
            t,
            "CFG",
            '  using trusted ca certificate "C=DE, O=Example Corp, CN=Example VPN Root CA"',
            '  using trusted ca certificate "%Y"',
            name,
        )
        emit(
            t,
            "CFG",
            f'checking certificate status of "{ident}"',
            'checking certificate status of "%Y"',
            name,
        )
        emit(
            t,
            "CFG",
            "certificate status is not available",
            "certificate status is not available",
            name,
        )
        emit(
            t,
            "CFG",
            "  reached self-signed root ca with a path length of 0",
            "  reached self-signed root ca with a path length of %d",
            name,
        )
        emit(
            t,
            "IKE",
            f"authentication of '{ident}' with RSA_EMSA_PKCS1_SHA2_256 successful",
            "authentication of '%Y' with %N successful",
            name,
        )
        emit(t, "IKE", "peer supports MOBIKE", "peer supports MOBIKE", name)
        emit(
            t,
            "IKE",
            "authentication of 'moon.example.com' (myself) with RSA_EMSA_PKCS1_SHA2_256 successful",
            "authentication of '%Y' (myself) with %N successful",
            name,
        )
        emit(
            t,
            "IKE",
            f"IKE_SA rw[{u}] established between {me}[moon.example.com]...{addr}[{ident}]",
            "IKE_SA %s[%d] established between %H[%Y]...%H[%Y]",
            name,
        )
        emit(
            t,
            "IKE",
            f"scheduling reauthentication in {r.randrange(9800, 10800)}s",
            "scheduling reauthentication in %ds",
            name,
        )
        emit(
            t,
            "IKE",
            f"maximum IKE_SA lifetime {r.randrange(10800, 11400)}s",
            "maximum IKE_SA lifetime %ds",
            name,
        )
        emit(t, "IKE", "peer requested virtual IP %any", "peer requested virtual IP %H", name)
        st["lease"] += 1
        vip = f"10.10.10.{st['lease'] % 200 + 1}"
        if r.random() < 0.5:
            emit(
                t,
                "CFG",
                f"reassigning offline lease to '{ident}'",
                "reassigning offline lease to '%Y'",
                name,
            )
        else:
            emit(t, "CFG", f"assigning new lease to '{ident}'", "assigning new lease to '%Y'", name)
        emit(
            t,
            "IKE",
            f"assigning virtual IP {vip} to peer '{ident}'",
            "assigning virtual IP %H to peer '%Y'",
            name,
        )
        emit(
            t,
            "CFG",
            "selected proposal: ESP:AES_GCM_16_256/NO_EXT_SEQ",
            "selected proposal: %P",
            name,
        )
        st["child"] += 1
        c = st["child"]
        emit(
            t,
            "IKE",
            f"CHILD_SA rw{{{c}}} established with SPIs {spi()}_i {spi()}_o and TS 0.0.0.0/0 === {vip}/32",
            "CHILD_SA %s{%d} established with SPIs %.8x_i %.8x_o and TS %#R === %#R",
            name,
        )
        enc(t, "generating", "IKE_AUTH", "response", 1, IKE_AUTH_RSP, name)
        packet(t, "auth", False, addr, port, name)
        active[u] = ("rw", peer, addr, c, vip)

    def dpd() -> None:
        if not active:
            return
        u = r.choice(list(active))
        conn, peer, addr, _c, vip = active[u]
        name = f"{conn}|{u}"
        t = thr()
        mid = r.randrange(2, 40)
        emit(t, "IKE", "sending DPD request", "sending DPD request", name, lo=1, hi=30)
        enc(t, "generating", "INFORMATIONAL", "request", mid, "", name)
        packet(t, "dpd", False, addr, 4500, name)
        if r.random() < 0.8:
            t2 = thr()
            packet(t2, "dpd", True, addr, 4500, name)
            enc(t2, "parsed", "INFORMATIONAL", "response", mid, "", name)
            return
        for k in range(1, 4):
            emit(
                thr(),
                "IKE",
                f"retransmit {k} of request with message ID {mid}",
                "retransmit %d of request with message ID %d",
                name,
                lo=4,
                hi=8,
            )
            packet(thr(), "dpd", False, addr, 4500, name)
        emit(
            thr(),
            "IKE",
            "giving up after 3 retransmits",
            "giving up after %d retransmits",
            name,
            lo=10,
            hi=15,
        )
        emit(
            thr(),
            "CFG",
            f"lease {vip} by '{peer_id(peer)}' went offline",
            "lease %H by '%Y' went offline",
            name,
        )
        del active[u]

    def delete() -> None:
        if not active:
            return
        u = r.choice([k for k in active])
        conn, peer, addr, _c, vip = active.pop(u)
        name = f"{conn}|{u}"
        t = thr()
        mid = r.randrange(2, 40)
        packet(t, "del", True, addr, 4500, name)
        enc(t, "parsed", "INFORMATIONAL", "request", mid, "D", name)
        emit(
            t,
            "IKE",
            f"received DELETE for IKE_SA {conn}[{u}]",
            "received DELETE for IKE_SA %s[%d]",
            name,
        )
        emit(
            t,
            "IKE",
            f"deleting IKE_SA {conn}[{u}] between {me}[moon.example.com]...{addr}[{peer_id(peer)}]",
            "deleting IKE_SA %s[%d] between %H[%Y]...%H[%Y]",
            name,
        )
        emit(t, "IKE", "IKE_SA deleted", "IKE_SA deleted", name)
        enc(t, "generating", "INFORMATIONAL", "response", mid, "", name)
        packet(t, "del", False, addr, 4500, name)
        emit(
            t,
            "CFG",
            f"lease {vip} by '{peer_id(peer)}' went offline",
            "lease %H by '%Y' went offline",
            name,
        )

    def child_delete() -> None:
        if not active:
            return
        u = r.choice(list(active))
        conn, _peer, addr, c, vip = active[u]
        name = f"{conn}|{u}"
        t = thr()
        mid = r.randrange(2, 40)
        packet(t, "del", True, addr, 4500, name)
        enc(t, "parsed", "INFORMATIONAL", "request", mid, "D", name)
        emit(
            t,
            "IKE",
            f"received DELETE for ESP CHILD_SA with SPI {spi()}",
            "received DELETE for %N CHILD_SA with SPI %.8x",
            name,
        )
        emit(
            t,
            "IKE",
            f"closing CHILD_SA {conn}{{{c}}} with SPIs {spi()}_i ({r.randrange(0, 9_000_000)} bytes) {spi()}_o ({r.randrange(0, 90_000_000)} bytes) and TS 0.0.0.0/0 === {vip}/32",
            "closing CHILD_SA %s{%d} with SPIs %.8x_i (%llu bytes) %.8x_o (%llu bytes) and TS %#R === %#R",
            name,
        )
        emit(
            t,
            "IKE",
            "sending DELETE for ESP CHILD_SA with SPI " + spi(),
            "sending DELETE for %N CHILD_SA with SPI %.8x",
            name,
        )
        enc(t, "generating", "INFORMATIONAL", "response", mid, "D", name)
        packet(t, "del", False, addr, 4500, name)

    def site(conn: str, down: bool) -> None:
        addr = SWAN_SITES[conn]
        st["ike"] += 1
        u = st["ike"]
        name = f"{conn}|{u}"
        t = thr()
        emit(
            t,
            "KNL",
            f"creating acquire job for policy {me}/32 === {addr}/32 with reqid {{{list(SWAN_SITES).index(conn) + 1}}}",
            "creating acquire job for policy %H/%d === %H/%d with reqid {%u}",
            lo=0.5,
            hi=40,
        )
        emit(
            t,
            "IKE",
            f"initiating IKE_SA {conn}[{u}] to {addr}",
            "initiating IKE_SA %s[%d] to %H",
            name,
        )
        enc(t, "generating", "IKE_SA_INIT", "request", 0, IKE_INIT_REQ, name)
        packet(t, "init", False, addr, 500, name)
        if down:
            for k in range(1, 6):
                emit(
                    thr(),
                    "IKE",
                    f"retransmit {k} of request with message ID 0",
                    "retransmit %d of request with message ID %d",
                    name,
                    lo=2,
                    hi=12,
                )
                packet(thr(), "init", False, addr, 500, name)
            emit(
                thr(),
                "IKE",
                "giving up after 5 retransmits",
                "giving up after %d retransmits",
                name,
                lo=20,
                hi=40,
            )
            emit(
                thr(),
                "IKE",
                "establishing IKE_SA failed, peer not responding",
                "establishing IKE_SA failed, peer not responding",
                name,
            )
            return
        t = thr()
        packet(t, "init", True, addr, 500, name)
        enc(t, "parsed", "IKE_SA_INIT", "response", 0, IKE_INIT_RSP, name)
        emit(
            t,
            "CFG",
            "selected proposal: IKE:AES_GCM_16_256/PRF_HMAC_SHA2_384/CURVE_25519",
            "selected proposal: %P",
            name,
        )
        emit(
            t,
            "IKE",
            "authentication of 'moon.example.com' (myself) with pre-shared key",
            "authentication of '%Y' (myself) with %N",
            name,
        )
        emit(t, "IKE", f"establishing CHILD_SA {conn}{{{u}}}", "establishing CHILD_SA %s{%d}", name)
        enc(
            t,
            "generating",
            "IKE_AUTH",
            "request",
            1,
            "IDi N(INIT_CONTACT) IDr AUTH SA TSi TSr N(MOBIKE_SUP) N(NO_ADD_ADDR) N(MULT_AUTH) N(EAP_ONLY) N(MSG_ID_SYN_SUP)",
            name,
        )
        packet(t, "auth", False, addr, 500, name)
        t = thr()
        packet(t, "auth", True, addr, 500, name)
        enc(t, "parsed", "IKE_AUTH", "response", 1, "IDr AUTH SA TSi TSr", name)
        if r.random() < 0.15:
            emit(
                t,
                "IKE",
                f"tried 1 shared key for 'moon.example.com' - '{addr}', but MAC mismatched",
                "tried %d shared key%s for '%Y' - '%Y', but MAC mismatched",
                name,
            )
            enc(t, "generating", "INFORMATIONAL", "request", 2, "N(AUTH_FAILED)", name)
            packet(t, "auth", False, addr, 500, name)
            return
        emit(
            t,
            "IKE",
            f"authentication of '{addr}' with pre-shared key successful",
            "authentication of '%Y' with %N successful",
            name,
        )
        emit(
            t,
            "IKE",
            f"IKE_SA {conn}[{u}] established between {me}[moon.example.com]...{addr}[{addr}]",
            "IKE_SA %s[%d] established between %H[%Y]...%H[%Y]",
            name,
        )
        emit(
            t,
            "IKE",
            f"scheduling rekeying in {r.randrange(13000, 14400)}s",
            "scheduling rekeying in %ds",
            name,
        )
        emit(
            t,
            "IKE",
            f"maximum IKE_SA lifetime {r.randrange(15000, 15800)}s",
            "maximum IKE_SA lifetime %ds",
            name,
        )
        emit(
            t,
            "CFG",
            "selected proposal: ESP:AES_GCM_16_256/NO_EXT_SEQ",
            "selected proposal: %P",
            name,
        )
        st["child"] += 1
        net = "10.20.0.0/16" if conn == "site-berlin" else "10.30.0.0/16"
        emit(
            t,
            "IKE",
            f"CHILD_SA {conn}{{{st['child']}}} established with SPIs {spi()}_i {spi()}_o and TS 10.1.0.0/16 === {net}",
            "CHILD_SA %s{%d} established with SPIs %.8x_i %.8x_o and TS %#R === %#R",
            name,
        )
        emit(t, "IKE", "peer supports MOBIKE", "peer supports MOBIKE", name)

    def reload() -> None:
        t = thr()
        emit(t, "CFG", "received stroke: rereadall", "received stroke: rereadall", lo=5, hi=60)
        emit(t, "CFG", "rereading secrets", "rereading secrets")
        emit(t, "CFG", "loading secrets from '/etc/ipsec.secrets'", "loading secrets from '%s'")
        emit(
            t,
            "CFG",
            "  loaded RSA private key from '/etc/ipsec.d/private/moonKey.pem'",
            "  loaded %N private key from '%s'",
        )
        emit(
            t,
            "CFG",
            "rereading ca certificates from '/etc/ipsec.d/cacerts'",
            "rereading ca certificates from '%s'",
        )
        emit(
            t,
            "CFG",
            "  loaded ca certificate \"C=DE, O=Example Corp, CN=Example VPN Root CA\" from '/etc/ipsec.d/cacerts/caCert.pem'",
            "  loaded ca certificate \"%Y\" from '%s'",
        )
        emit(t, "CFG", "rereading crls from '/etc/ipsec.d/crls'", "rereading crls from '%s'")

    def iface() -> None:
        t = thr()
        if r.random() < 0.5:
            emit(
                t, "KNL", f"{ip4(r, '10.1.0')} appeared on eth1", "%H appeared on %s", lo=5, hi=120
            )
        else:
            emit(
                t,
                "KNL",
                f"{ip4(r, '10.1.0')} disappeared from eth1",
                "%H disappeared from %s",
                lo=5,
                hi=120,
            )

    start()
    down_until = 0
    for step in range(230):
        if step == 120:
            emit(
                0,
                "DMN",
                "signal of type SIGTERM received. Shutting down",
                "signal of type SIGTERM received. Shutting down",
                lo=2,
                hi=30,
            )
            active.clear()
            log.tick(r, 2, 5)
            start()
        if step == 50:
            down_until = step + 20
        x = r.random()
        log.tick(r, 0.2, 25)
        if x < 0.34:
            road_warrior()
        elif x < 0.52:
            dpd()
        elif x < 0.64:
            delete()
        elif x < 0.7:
            child_delete()
        elif x < 0.78:
            site(r.choice(list(SWAN_SITES)), down=step < down_until and r.random() < 0.7)
        elif x < 0.8:
            reload()
        elif x < 0.84:
            iface()
        else:
            dpd()
    return [log]


# --------------------------------------------------------------------------------- PgBouncer

PGB_DBS = {"app": "10.0.0.20", "reports": "10.0.0.21", "billing": "10.0.0.20"}
PGB_USERS = {
    "app": ["app_rw", "app_ro"],
    "reports": ["metabase", "report_ro"],
    "billing": ["billing_svc"],
}
PGB_CLIENTS = ["10.0.1.11", "10.0.1.12", "10.0.1.13", "10.0.1.14", "10.0.2.31", "10.0.2.32"]


def pgbouncer(r: random.Random) -> list[Log]:
    """PgBouncer 1.22 (`logfile = /var/log/postgresql/pgbouncer.log`): `%s [%d] %s %s` with the
    time to the millisecond and its zone, the pid, the level word without a colon (`LOG`,
    `WARNING`, `ERROR`, `FATAL`) and, for a connection's messages, `slog_*`'s `C-%p: %s/%s@%s `
    (or `S-%p`) prefix: clients logging in and out for the reasons pgbouncer gives, server
    connections opened over TLS and closed on idle or lifetime, the periodic stats line, a
    client limit reached, bad passwords, a PostgreSQL restart seen from the pool (server login
    failures, crashed connections), admin-console RELOAD / PAUSE / RESUME and a restart."""
    log = Log("pgbouncer.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    st = {"pid": 1412}
    clients: list[tuple[str, str, str, str, float]] = []  # ptr, db, user, addr, since
    servers: list[tuple[str, str, str, str, float]] = []

    def emit(level: str, msg: str, label: str, lo=0.0, hi=0.4) -> None:
        log.tick(r, lo, hi)
        log.add(
            f"{log.t:%Y-%m-%d %H:%M:%S}.{log.t.microsecond // 1000:03d} UTC [{st['pid']}] {level} {msg}",
            label,
        )

    def ptr() -> str:
        return "0x55d5c7" + hexid(r, 6)

    def age(since: float) -> int:
        return max(0, int(log.t.timestamp() - since))

    def start() -> None:
        emit(
            "LOG",
            "kernel file descriptor limit: 1024 (hard: 524288); max_client_conn: 500, max expected fd use: 652",
            "kernel file descriptor limit: %d (hard: %d); max_client_conn: %d, max expected fd use: %d",
            lo=1,
            hi=2,
        )
        emit("LOG", "listening on 0.0.0.0:6432", "listening on %s")
        emit("LOG", "listening on [::]:6432", "listening on %s")
        emit("LOG", "listening on unix:/var/run/postgresql/.s.PGSQL.6432", "listening on %s")
        emit(
            "LOG",
            "process up: PgBouncer 1.22.1, libevent 2.1.12-stable (epoll), adns: evdns2, tls: OpenSSL 3.0.13 30 Jan 2024",
            "process up: %s, libevent %s (%s), adns: %s, tls: %s",
        )

    def login() -> None:
        db = r.choice(list(PGB_DBS))
        user = r.choice(PGB_USERS[db])
        addr = f"{r.choice(PGB_CLIENTS)}:{r.randrange(32768, 61000)}"
        p = ptr()
        who = f"C-{p}: {db}/{user}@{addr}"
        if len(clients) >= 40:
            emit(
                "WARNING",
                f"C-{p}: (nodb)/(nouser)@{addr} pooler error: no more connections allowed (max_client_conn)",
                "pooler error: no more connections allowed (max_client_conn)",
            )
            emit(
                "LOG",
                f"C-{p}: (nodb)/(nouser)@{addr} closing because: no more connections allowed (max_client_conn) (age=0s)",
                "closing because: no more connections allowed (max_client_conn) (age=%ds)",
                hi=0.001,
            )
            return
        if r.random() < 0.05:
            bad = r.choice(["postgres", "admin", user])
            emit(
                "WARNING",
                f"C-{p}: {db}/{bad}@{addr} pooler error: password authentication failed",
                "pooler error: password authentication failed",
            )
            emit(
                "LOG",
                f"C-{p}: {db}/{bad}@{addr} closing because: password authentication failed (age=0s)",
                "closing because: password authentication failed (age=%ds)",
                hi=0.001,
            )
            return
        if r.random() < 0.02:
            emit(
                "LOG",
                f"C-{p}: nosuchdb/{user}@{addr} closing because: no such database: nosuchdb (age=0s)",
                "closing because: no such database: %s (age=%ds)",
            )
            return
        emit(
            "LOG",
            f"{who} login attempt: db={db} user={user} tls={r.choice(['no', 'no', 'TLSv1.3/TLS_AES_256_GCM_SHA384/ECDH=X25519'])} replication=no",
            "login attempt: db=%s user=%s tls=%s replication=%s",
        )
        clients.append((p, db, user, addr, log.t.timestamp()))

    def logout() -> None:
        if not clients:
            return
        p, db, user, addr, since = clients.pop(r.randrange(len(clients)))
        x = r.random()
        if x < 0.7:
            reason = "client close request"
        elif x < 0.88:
            reason = "client unexpected eof"
        elif x < 0.95:
            emit(
                "WARNING",
                f"C-{p}: {db}/{user}@{addr} pooler error: client_idle_timeout",
                "pooler error: client_idle_timeout",
            )
            reason = "client_idle_timeout"
        else:
            emit(
                "WARNING",
                f"C-{p}: {db}/{user}@{addr} pooler error: query_wait_timeout",
                "pooler error: query_wait_timeout",
            )
            reason = "query_wait_timeout"
        emit(
            "LOG",
            f"C-{p}: {db}/{user}@{addr} closing because: {reason} (age={age(since)}s)",
            f"closing because: {reason} (age=%ds)",
            hi=0.01,
        )

    def server_open() -> None:
        db = r.choice(list(PGB_DBS))
        user = r.choice(PGB_USERS[db])
        p = ptr()
        who = f"S-{p}: {db}/{user}@{PGB_DBS[db]}:5432"
        emit(
            "LOG",
            f"{who} new connection to server (from 10.0.0.10:{r.randrange(32768, 61000)})",
            "new connection to server (from %s)",
        )
        emit(
            "LOG",
            f"{who} SSL established: TLSv1.3/TLS_AES_256_GCM_SHA384/ECDH=prime256v1",
            "SSL established: %s",
            hi=0.02,
        )
        servers.append((p, db, user, PGB_DBS[db], log.t.timestamp()))

    def server_close(reason: str | None = None) -> None:
        if not servers:
            return
        p, db, user, host, since = servers.pop(r.randrange(len(servers)))
        if reason is None:
            reason = r.choice(
                [
                    "server idle timeout",
                    "server idle timeout",
                    "server lifetime over",
                    "unclean server",
                ]
            )
        emit(
            "LOG",
            f"S-{p}: {db}/{user}@{host}:5432 closing because: {reason} (age={age(since)}s)",
            f"closing because: {reason} (age=%ds)",
        )

    def stats() -> None:
        x = r.randrange(3, 80)
        emit(
            "LOG",
            f"stats: {x} xacts/s, {x * r.randrange(2, 9)} queries/s, 0 client parses/s, 0 server parses/s, 0 binds/s, in {r.randrange(1000, 90000)} B/s, out {r.randrange(5000, 900000)} B/s, xact {r.randrange(300, 90000)} us, query {r.randrange(100, 9000)} us, wait {r.randrange(0, 5000)} us",
            "stats: %d xacts/s, %d queries/s, %d client parses/s, %d server parses/s, %d binds/s, in %d B/s, out %d B/s, xact %d us, query %d us, wait %d us",
            lo=0,
            hi=0.5,
        )

    def pg_restart() -> None:
        for _ in range(min(len(servers), r.randrange(3, 8))):
            p, db, user, host, since = servers.pop(r.randrange(len(servers)))
            emit(
                "LOG",
                f"S-{p}: {db}/{user}@{host}:5432 closing because: server conn crashed? (age={age(since)}s)",
                "closing because: server conn crashed? (age=%ds)",
                hi=0.01,
            )
        for _ in range(r.randrange(2, 6)):
            db = r.choice(list(PGB_DBS))
            user = r.choice(PGB_USERS[db])
            p = ptr()
            emit(
                "LOG",
                f"S-{p}: {db}/{user}@{PGB_DBS[db]}:5432 new connection to server (from 10.0.0.10:{r.randrange(32768, 61000)})",
                "new connection to server (from %s)",
                lo=0.5,
                hi=3,
            )
            emit(
                "WARNING",
                f"S-{p}: {db}/{user}@{PGB_DBS[db]}:5432 server login failed: FATAL the database system is starting up",
                "server login failed: FATAL the database system is starting up",
            )
            emit(
                "LOG",
                f"S-{p}: {db}/{user}@{PGB_DBS[db]}:5432 closing because: server login failed: FATAL the database system is starting up (age=0s)",
                "closing because: server login failed: FATAL the database system is starting up (age=%ds)",
                hi=0.01,
            )
        if r.random() < 0.5:
            emit(
                "WARNING",
                f'S-{ptr()}: reports/metabase@10.0.0.21:5432 server login failed: FATAL password authentication failed for user "metabase"',
                'server login failed: FATAL password authentication failed for user "%s"',
            )

    def admin() -> None:
        p = ptr()
        addr = f"unix({r.randrange(2000, 40000)}):6432"
        emit(
            "LOG",
            f"C-{p}: pgbouncer/postgres@{addr} login attempt: db=pgbouncer user=postgres tls=no replication=no",
            "login attempt: db=%s user=%s tls=%s replication=%s",
            lo=10,
            hi=60,
        )
        cmd = r.choice(["RELOAD", "RELOAD", "PAUSE", "SHOW"])
        if cmd == "RELOAD":
            emit("LOG", "RELOAD command issued", "RELOAD command issued")
        elif cmd == "PAUSE":
            emit("LOG", "PAUSE command issued", "PAUSE command issued")
            emit("LOG", "RESUME command issued", "RESUME command issued", lo=2, hi=20)
        emit(
            "LOG",
            f"C-{p}: pgbouncer/postgres@{addr} closing because: client close request (age={r.randrange(0, 30)}s)",
            "closing because: client close request (age=%ds)",
            hi=1,
        )

    start()
    for _ in range(6):
        server_open()
    next_stats = log.t.timestamp() + 60
    for step in range(2600):
        if log.t.timestamp() >= next_stats:
            stats()
            next_stats += 60
        if step in (900, 2000):
            pg_restart()
        if step == 1500:
            emit("LOG", "got SIGTERM, fast exit", "got SIGTERM, fast exit", lo=1, hi=20)
            st["pid"] = r.randrange(1500, 9000)
            clients.clear()
            servers.clear()
            log.tick(r, 1, 4)
            start()
        if step == 700:
            emit("ERROR", "accept() failed: Too many open files", "accept() failed: %s")
        x = r.random()
        log.tick(r, 0.0, 4.0)
        if x < 0.4:
            login()
        elif x < 0.78:
            logout()
        elif x < 0.88:
            server_open()
        elif x < 0.97:
            server_close()
        elif x < 0.985:
            admin()
        else:
            for _ in range(r.randrange(5, 12)):
                login()
    return [log]


# --------------------------------------------------------------------------------- lighttpd

LIGHTY_URLS = ["/index.php", "/api/v1/orders.php", "/wp-login.php", "/admin/stats.php", "/cart.php"]
LIGHTY_PHP = [
    (
        "PHP Warning:  Undefined variable $%s in %s on line %d",
        lambda r: (
            "PHP Warning:  Undefined variable $"
            + r.choice(["user", "order", "total", "cfg"])
            + f" in /var/www/html{r.choice(LIGHTY_URLS)} on line {r.randrange(10, 400)}"
        ),
    ),
    (
        'PHP Warning:  Undefined array key "%s" in %s on line %d',
        lambda r: (
            f'PHP Warning:  Undefined array key "{r.choice(["id", "page", "sort", "lang"])}" in /var/www/html{r.choice(LIGHTY_URLS)} on line {r.randrange(10, 400)}'
        ),
    ),
    (
        "PHP Deprecated:  %s(): Passing null to parameter #%d ($%s) of type %s is deprecated in %s on line %d",
        lambda r: (
            f"PHP Deprecated:  {r.choice(['strlen', 'trim', 'htmlspecialchars'])}(): Passing null to parameter #1 ($string) of type string is deprecated in /var/www/html{r.choice(LIGHTY_URLS)} on line {r.randrange(10, 400)}"
        ),
    ),
    (
        "PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in %s:%d",
        lambda r: (
            f"PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/html/lib/db.php:{r.choice([31, 44])}"
        ),
    ),
]


def lighttpd(r: random.Random) -> list[Log]:
    """lighttpd 1.4.73's error log (`server.errorlog`): `log_error`'s `%Y-%m-%d %H:%M:%S: (%s.%d) `
    stamp, the source file and line in parentheses, no level (`[note]` and `WARNING:` written into
    the text); starts and stops, log cycling on HUP, a config warning, PHP's stderr through
    mod_fastcgi (`FastCGI-stderr:` then PHP's own message), php-fpm going away (connection
    refused, all handlers down, unexpected EOF), TLS handshakes failing, basic-auth failures,
    oversized and malformed requests, the connection limit reached and released."""
    log = Log("error.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))

    def emit(src: str, msg: str, label: str, lo=0.0, hi=30.0) -> None:
        log.tick(r, lo, hi)
        log.add(f"{log.t:%Y-%m-%d %H:%M:%S}: ({src}) {msg}", label)

    def start() -> None:
        if r.random() < 0.6:
            emit(
                "server.c.1620",
                "WARNING: unknown config-key: url.rewrite-final (ignored)",
                "WARNING: unknown config-key: %s (ignored)",
                lo=0.5,
                hi=2,
            )
        emit(
            "server.c.1939", "server started (lighttpd/1.4.73)", "server started (%s)", lo=0.1, hi=1
        )

    def stop(graceful: bool) -> None:
        if graceful:
            emit(
                "server.c.2073",
                "[note] graceful shutdown started",
                "[note] graceful shutdown started",
            )
        emit(
            "server.c.2185",
            "server stopped by UID = 0 PID = 1",
            "server stopped by UID = %d PID = %d",
            lo=0.1,
            hi=3,
        )

    def php() -> None:
        label, make = r.choice(LIGHTY_PHP)
        emit("mod_fastcgi.c.487", f"FastCGI-stderr:{make(r)}", f"FastCGI-stderr:{label}")

    def fpm_down() -> None:
        for _ in range(r.randrange(3, 12)):
            sock = f"unix:/run/php/php8.2-fpm.sock-{r.randrange(0, 2)}"
            emit(
                "gw_backend.c.238",
                f"establishing connection failed: Connection refused socket: {sock}",
                "establishing connection failed: %s socket: %s",
                lo=0.1,
                hi=5,
            )
            if r.random() < 0.5:
                url = r.choice(LIGHTY_URLS)
                q = r.choice(["", "id=" + str(r.randrange(1, 999))])
                emit(
                    "gw_backend.c.1005",
                    f"all handlers for {url}?{q} on .php are down.",
                    "all handlers for %s?%s on %s are down.",
                    hi=0.01,
                )

    def fpm_died() -> None:
        emit(
            "gw_backend.c.2166",
            f"unexpected end-of-file (perhaps the fastcgi process died): pid: {r.randrange(2000, 30000)} socket: unix:/run/php/php8.2-fpm.sock-0",
            "unexpected end-of-file (perhaps the fastcgi process died): pid: %d socket: %s",
        )
        if r.random() < 0.5:
            url = r.choice(LIGHTY_URLS)
            emit(
                "gw_backend.c.2199",
                f"response not received, request sent: {r.randrange(300, 2400)} on socket: unix:/run/php/php8.2-fpm.sock-0 for {url}?, closing connection",
                "response not received, request sent: %d on socket: %s for %s?%s, closing connection",
                hi=0.01,
            )

    def tls() -> None:
        client = ip4(r, r.choice(["203.0.113", "198.51.100", "45.134"]))
        x = r.random()
        if x < 0.45:
            emit(
                "mod_openssl.c.3409",
                f"SSL: 1 error:0A00010B:SSL routines::wrong version number ({client})",
                "SSL: %d error:%s:SSL routines::%s (%s)",
            )
        elif x < 0.7:
            emit(
                "mod_openssl.c.3409",
                f"SSL: 1 error:0A000102:SSL routines::unsupported protocol ({client})",
                "SSL: %d error:%s:SSL routines::%s (%s)",
            )
        elif x < 0.85:
            emit(
                "mod_openssl.c.3409",
                f"SSL: 1 error:0A0000C1:SSL routines::no shared cipher ({client})",
                "SSL: %d error:%s:SSL routines::%s (%s)",
            )
        else:
            emit(
                "mod_openssl.c.3363",
                f"SSL: -1 5 104 Connection reset by peer ({client})",
                "SSL: %d %d %d %s (%s)",
            )

    def auth() -> None:
        client = ip4(r, r.choice(["10.8.0", "203.0.113"]))
        user = r.choice(["admin", "root", "ops", "bob", "alice", "deploy"])
        if r.random() < 0.7:
            emit(
                "mod_auth.c.1163",
                f"password doesn't match for /admin/ username: {user} IP: {client}",
                "password doesn't match for %s username: %s IP: %s",
            )
        else:
            emit(
                "mod_authn_file.c.611",
                f"user not found for /admin/ username: {user} IP: {client}",
                "user not found for %s username: %s IP: %s",
            )
            emit(
                "mod_auth.c.1151",
                f"get_password failed, IP: {client}",
                "get_password failed, IP: %s",
            )

    def bad_request() -> None:
        client = ip4(r, r.choice(["203.0.113", "45.134", "185.220"]))
        x = r.random()
        if x < 0.4:
            emit(
                "h1.c.437",
                "oversized request-header -> sending Status 431",
                "oversized request-header -> sending Status 431",
            )
        elif x < 0.7:
            emit(
                "request.c.1210",
                f"invalid character in URI -> 400 /{r.choice(['..%00', 'cgi-bin/%0a', 'x%01y'])}",
                "invalid character in URI -> 400 %s",
            )
        elif x < 0.85:
            emit("request.c.1109", "no uri specified -> 400", "no uri specified -> 400")
        else:
            emit(
                "connections.c.702",
                f"connection closed: poll() -> ERR (fd {r.randrange(8, 900)}) {client}",
                "connection closed: poll() -> ERR (fd %d) %s",
            )
            emit(
                "request.c.1133",
                f"unknown http-method -> 501 {r.choice(['PRI', 'SEARCH', 'PROPFIND', 'TRACE'])}",
                "unknown http-method -> 501 %s",
            )

    def limit() -> None:
        emit(
            "server.c.1229",
            "[note] sockets disabled, connection limit reached",
            "[note] sockets disabled, connection limit reached",
        )
        emit(
            "server.c.1243",
            "[note] sockets enabled again",
            "[note] sockets enabled again",
            lo=0.5,
            hi=20,
        )

    start()
    for step in range(2600):
        if step in (800, 1900):
            stop(graceful=step == 800)
            start()
        if step % 400 == 399:
            emit(
                "server.c.1022",
                "logfiles cycled UID = 0 PID = 1",
                "logfiles cycled UID = %d PID = %d",
            )
        if step in (500, 1500):
            fpm_down()
        x = r.random()
        if x < 0.45:
            php()
        elif x < 0.6:
            tls()
        elif x < 0.72:
            auth()
        elif x < 0.86:
            bad_request()
        elif x < 0.92:
            fpm_died()
        elif x < 0.94:
            limit()
        elif x < 0.96:
            fpm_down()
        else:
            php()
    return [log]


# --------------------------------------------------------------------------------- BIRD

BIRD_BGP = {
    "upstream1": "192.0.2.1",
    "upstream2": "198.51.100.254",
    "ix_rs1": "203.0.113.10",
    "ix_rs2": "203.0.113.11",
    "cust_acme": "10.255.0.6",
}
BIRD_OSPF_NB = ["10.0.0.2", "10.0.0.3", "10.0.0.4"]


def bird(r: random.Random) -> list[Log]:
    """BIRD 2.14 (`log "/var/log/bird.log" all;`, `timeformat log "%F %T.%3f"`): `log_commit`'s
    `%s <%s> %s`, the time, the message class (`INFO`, `WARN`, `ERR`, `AUTH`, `FATAL`, `TRACE`,
    `RMT`, `BUG`) and the text, most of it opened by a protocol's name (`upstream1: `); BGP
    sessions traced through their states (`debug protocols { states, events }`), route traces
    (`upstream1 > added [best] 10.1.0.0/24 unicast`), hold timers expiring, notifications
    received, OSPF neighbours changing state, BFD sessions, an import limit hit, netlink errors,
    a reconfiguration with a syntax error, and a shutdown (`Shutdown completed` at FATAL)."""
    log = Log("bird.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))

    def emit(cls: str, msg: str, label: str, lo=0.0, hi=0.01) -> None:
        log.tick(r, lo, hi)
        log.add(f"{log.t:%Y-%m-%d %H:%M:%S}.{log.t.microsecond // 1000:03d} <{cls}> {msg}", label)

    def pfx() -> str:
        return f"{r.randrange(1, 223)}.{r.randrange(0, 255)}.{r.randrange(0, 255)}.0/{r.choice([20, 22, 24, 24])}"

    def bgp_up(p: str) -> None:
        addr = BIRD_BGP[p]
        emit("TRACE", f"{p}: Started", "%s: Started", lo=0.1, hi=2)
        emit(
            "TRACE",
            f"{p}: Connecting to {addr} from local address {ip4(r, addr.rsplit('.', 1)[0])}",
            "%s: Connecting to %I from local address %I",
        )
        emit("TRACE", f"{p}: Connected to {addr}", "%s: Connected to %I", lo=0.01, hi=0.3)
        emit(
            "TRACE",
            f"{p}: Sending OPEN(ver=4,as=64500,hold=240,id=0a000001)",
            "%s: Sending OPEN(ver=%d,as=%d,hold=%d,id=%08x)",
        )
        emit(
            "TRACE",
            f"{p}: Got OPEN(as={r.choice([64496, 64497, 65010, 174, 3356])},hold=90,id={hexid(r, 8)})",
            "%s: Got OPEN(as=%d,hold=%d,id=%R)",
            lo=0.01,
            hi=0.2,
        )
        emit("TRACE", f"{p}: Sending KEEPALIVE", "%s: Sending KEEPALIVE")
        emit("TRACE", f"{p}: Got KEEPALIVE", "%s: Got KEEPALIVE", lo=0.01, hi=0.2)
        emit("TRACE", f"{p}: BGP session established", "%s: BGP session established")
        emit("TRACE", f"{p}: State changed to up", "%s: State changed to %s")
        for _ in range(r.randrange(4, 14)):
            routes(p, burst=True)
        emit("TRACE", f"{p}: Got END-OF-RIB", "%s: Got END-OF-RIB", lo=0.01, hi=0.5)

    def bgp_down(p: str) -> None:
        x = r.random()
        if x < 0.4:
            emit("RMT", f"{p}: Error: Hold timer expired", "%s: Error: %s%s%s", lo=1, hi=200)
        elif x < 0.7:
            emit(
                "RMT",
                f"{p}: Received: Administrative shutdown",
                "%s: Received: %s%s%s",
                lo=1,
                hi=200,
            )
        elif x < 0.85:
            emit(
                "RMT", f"{p}: Received: Administrative reset", "%s: Received: %s%s%s", lo=1, hi=200
            )
        else:
            emit(
                "ERR",
                f"{p}: Socket error: Connection reset by peer",
                "%s: Socket error: %M",
                lo=1,
                hi=200,
            )
        emit("TRACE", f"{p}: State changed to stop", "%s: State changed to %s")
        emit("TRACE", f"{p}: Down", "%s: Down")
        emit("TRACE", f"{p}: State changed to down", "%s: State changed to %s")
        if r.random() < 0.4:
            emit("TRACE", f"{p}: Starting", "%s: Starting", lo=1, hi=5)
            emit("TRACE", f"{p}: State changed to start", "%s: State changed to %s")
            emit(
                "TRACE",
                f"{p}: Connecting to {BIRD_BGP[p]} from local address {ip4(r, BIRD_BGP[p].rsplit('.', 1)[0])}",
                "%s: Connecting to %I from local address %I",
            )
            emit("TRACE", f"{p}: Connection refused", "%s: Connection refused")

    def routes(p: str, burst: bool = False) -> None:
        x = r.random()
        if x < 0.45:
            emit(
                "TRACE",
                f"{p} > added [best] {pfx()} unicast",
                "%s > added [best] %N %s",
                lo=0 if burst else 0.01,
                hi=0.05 if burst else 5,
            )
        elif x < 0.6:
            emit(
                "TRACE", f"{p} > added {pfx()} unicast", "%s > added %N %s", hi=0.05 if burst else 5
            )
        elif x < 0.75:
            emit(
                "TRACE",
                f"{p} > removed [replaced] {pfx()} unicast",
                "%s > removed [replaced] %N %s",
                hi=0.05 if burst else 5,
            )
        elif x < 0.85:
            emit(
                "TRACE",
                f"{p} < filtered out {pfx()} unicast",
                "%s < filtered out %N %s",
                hi=0.05 if burst else 5,
            )
        else:
            emit(
                "TRACE",
                f"{p} > filtered out {pfx()} unicast",
                "%s > filtered out %N %s",
                hi=0.05 if burst else 5,
            )

    def ospf() -> None:
        nb = r.choice(BIRD_OSPF_NB)
        iface = r.choice(["eth1", "eth2"])
        seq = [
            ("Full", "Down"),
            ("Down", "Init"),
            ("Init", "2-Way"),
            ("2-Way", "ExStart"),
            ("ExStart", "Exchange"),
            ("Exchange", "Loading"),
            ("Loading", "Full"),
        ]
        if r.random() < 0.3:
            emit(
                "RMT",
                f"ospf1: Bad packet from {nb} via {iface} - wrong authentication type (0)",
                "%s: Bad packet from %I via %s - %s (%u)",
                lo=1,
                hi=60,
            )
            return
        if r.random() < 0.3:
            emit(
                "TRACE",
                f"ospf1: Inactivity timer expired for nbr {nb} on {iface}",
                "%s: Inactivity timer expired for nbr %R on %s",
                lo=1,
                hi=60,
            )
        for a, b in seq:
            emit(
                "TRACE",
                f"ospf1: Neighbor {nb} on {iface} changed state from {a} to {b}",
                "%s: Neighbor %R on %s changed state from %s to %s",
                lo=0.01,
                hi=2,
            )
        if r.random() < 0.2:
            emit(
                "TRACE",
                f"ospf1: Interface {iface} changed state from DROther to Backup",
                "%s: Interface %s changed state from %s to %s",
            )

    def bfd() -> None:
        nb = r.choice(list(BIRD_BGP.values()))
        emit(
            "TRACE",
            f"bfd1: Session to {nb} changed state from Up to Down",
            "%s: Session to %I changed state from %s to %s",
            lo=1,
            hi=100,
        )
        emit(
            "TRACE",
            f"bfd1: Session to {nb} changed state from Down to Init",
            "%s: Session to %I changed state from %s to %s",
            lo=0.5,
            hi=5,
        )
        emit(
            "TRACE",
            f"bfd1: Session to {nb} changed state from Init to Up",
            "%s: Session to %I changed state from %s to %s",
            lo=0.1,
            hi=2,
        )

    def start() -> None:
        emit(
            "INFO",
            "Chosen router ID 10.0.0.1 according to interface lo",
            "Chosen router ID %R according to interface %s",
            lo=1,
            hi=2,
        )
        for p in (
            "device1",
            "direct1",
            "kernel4",
            "kernel6",
            "static1",
            "bfd1",
            "ospf1",
            *BIRD_BGP,
        ):
            if p in BIRD_BGP:
                emit("TRACE", f"{p}: Initializing", "%s: Initializing")
        for p in ("device1", "direct1", "kernel4", "kernel6", "static1", "bfd1", "ospf1"):
            emit("TRACE", f"{p}: Starting", "%s: Starting")
            emit(
                "TRACE",
                f"{p}: Connected to table master{'6' if p == 'kernel6' else '4'}",
                "%s: Connected to table %s",
            )
            emit("TRACE", f"{p}: State changed to up", "%s: State changed to %s")
        emit("INFO", "Started", "Started")
        for p in BIRD_BGP:
            bgp_up(p)

    def reconfigure(bad: bool) -> None:
        emit(
            "INFO",
            "Reconfiguration requested by SIGHUP",
            "Reconfiguration requested by SIGHUP",
            lo=10,
            hi=300,
        )
        if bad:
            emit(
                "ERR",
                f"/etc/bird/bird.conf:{r.randrange(20, 200)}:{r.randrange(1, 30)} syntax error, unexpected CF_SYM_UNDEFINED, expecting '{{'",
                "%s:%d:%d syntax error, unexpected %s, expecting '{'",
            )
            return
        emit("INFO", "Reconfiguring", "Reconfiguring")
        for p in r.sample(list(BIRD_BGP), 2):
            emit("INFO", f"Reloading protocol {p}", "Reloading protocol %s")
            emit("TRACE", f"{p}: Reconfigured", "%s: Reconfigured")
        emit("INFO", "Reconfigured", "Reconfigured")

    def limit() -> None:
        p = "cust_acme"
        emit(
            "WARN",
            f"Protocol {p} hits route import limit (100), action: disable",
            "Protocol %s hits route %s limit (%d), action: %s",
            lo=5,
            hi=200,
        )
        emit("TRACE", f"{p}: State changed to stop", "%s: State changed to %s")
        emit("TRACE", f"{p}: Down", "%s: Down")
        emit("TRACE", f"{p}: State changed to down", "%s: State changed to %s")
        bgp_up(p)

    def netlink() -> None:
        x = r.random()
        if x < 0.5:
            emit("ERR", "Netlink: Network is unreachable", "Netlink: %s", lo=2, hi=200)
        elif x < 0.8:
            emit(
                "WARN",
                "Kernel dropped some netlink messages, will resync on next scan.",
                "Kernel dropped some netlink messages, will resync on next scan.",
                lo=2,
                hi=200,
            )
        else:
            emit(
                "ERR",
                f"kernel4: Received route {pfx()} with strange next-hop {ip4(r, '10.99')}",
                "%s: Received route %N with strange next-hop %I",
                lo=2,
                hi=200,
            )

    start()
    down: set[str] = set()
    for step in range(700):
        x = r.random()
        if step == 380:
            emit("INFO", "Shutting down", "Shutting down", lo=5, hi=100)
            for p in ("ospf1", "bfd1", *BIRD_BGP):
                emit("TRACE", f"{p}: State changed to stop", "%s: State changed to %s")
            emit("FATAL", "Shutdown completed", "Shutdown completed")
            log.tick(r, 5, 30)
            down.clear()
            start()
        if x < 0.55:
            up = [p for p in BIRD_BGP if p not in down]
            if up:
                p = r.choice(up)
                log.tick(r, 0.5, 30)
                for _ in range(r.randrange(1, 6)):
                    routes(p)
        elif x < 0.65:
            up = [p for p in BIRD_BGP if p not in down]
            if up:
                p = r.choice(up)
                bgp_down(p)
                down.add(p)
        elif x < 0.74:
            if down:
                p = r.choice(sorted(down))
                down.discard(p)
                bgp_up(p)
        elif x < 0.82:
            ospf()
        elif x < 0.87:
            bfd()
        elif x < 0.93:
            netlink()
        elif x < 0.95:
            reconfigure(bad=r.random() < 0.3)
        elif x < 0.96:
            limit()
        else:
            emit(
                "RMT",
                f"{r.choice(list(BIRD_BGP))}: Invalid NEXT_HOP attribute - neighbor address {ip4(r, '10.255.0')}",
                "%s: Invalid NEXT_HOP attribute - neighbor address %I",
                lo=5,
                hi=100,
            )
    return [log]


# --------------------------------------------------------------------------------- CouchDB

COUCH_DBS = ["orders", "customers", "inventory", "sessions", "audit_log", "_users", "_replicator"]
COUCH_USERS = ["admin", "app", "etl", "undefined"]
COUCH_PATHS = [
    "/{db}/_find",
    "/{db}/_all_docs?include_docs=true&limit=100",
    "/{db}/{doc}",
    "/{db}/_changes?feed=longpoll&since=now",
    "/{db}/_design/app/_view/by_date?limit=20",
    "/_all_dbs",
    "/_up",
    "/{db}/_bulk_docs",
]


def couch_route(uri: str) -> str:
    """A request's route as the set labels one: a document's id in its path a variable, the
    database's and a design document's names kept, its query's keys kept with their values as
    variables (`/orders/<*>`, `/orders/_all_docs?include_docs=<*>&limit=<*>`)."""
    path, _, query = uri.partition("?")
    path = "/".join(
        "<*>" if re.fullmatch(r"[0-9a-f]{32}|\d+", part) else part for part in path.split("/")
    )
    if not query:
        return path
    keys = [f"{k}=<*>" if sep else k for k, sep, _ in (p.partition("=") for p in query.split("&"))]
    return f"{path}?{'&'.join(keys)}"


def couchdb(r: random.Random) -> list[Log]:
    """CouchDB 3.3 (`[log] writer = file`): couch_log_formatter's `[%s] %s %s %s %s %s`, the level
    first in brackets (`debug` .. `emergency`), the time with microseconds, the Erlang node, the
    process id, the request's id (`--------` outside a request) and the message; chttpd's request
    lines (`Host Peer User METHOD Path Code Status Time`), config changes, the start-up, the
    replicator's `Replication ... is using:` block (tab-indented lines), compactions, index
    updates, `req_err` reports (a four-space-indented stack below), another node going down and up,
    timeouts between nodes (`rexi_server`), and the auth cache's notice."""
    logs = {n: Log(f"couchdb-{n}.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC)) for n in (1, 2)}

    def stamp(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z"

    def pid(remote: bool = False) -> str:
        return f"<{r.randrange(10000, 20000) if remote else 0}.{r.randrange(200, 30000)}.0>"

    def reqid() -> str:
        return hexid(r, 10)

    def one_host(n: int) -> None:
        log = logs[n]
        node = f"couchdb@10.0.0.{n}"

        def emit(
            level: str,
            msg: str,
            label: str | None,
            rid: str = "--------",
            p: str | None = None,
            lo=0.0,
            hi=2.0,
        ) -> None:
            log.tick(r, lo, hi)
            log.add(f"[{level}] {stamp(log.t)} {node} {p or pid()} {rid} {msg}", label)

        def more(text: str) -> None:
            log.add(text, None)

        def start() -> None:
            p = pid()
            emit(
                "info",
                "Application couch_log started on node " + node,
                "Application %s started on node %s",
                lo=1,
                hi=3,
            )
            emit(
                "info",
                "Apache CouchDB 3.3.3 is starting.",
                "Apache CouchDB %s is starting.",
                p=p,
                hi=0.2,
            )
            emit("info", "Starting couch_sup", "Starting couch_sup", hi=0.1)
            for sec, key, val in (
                ("features", "pluggable-storage-engines", "true"),
                ("couchdb", "uuid", hexid(r, 32)),
                ("chttpd", "bind_address", "any"),
                ("couch_httpd_auth", "secret", "****"),
            ):
                emit(
                    "notice",
                    f"config: [{sec}] {key} set to {val} for reason nil",
                    "config: [%s] %s set to %s for reason %p",
                    hi=0.05,
                )
            for app in (
                "couch",
                "mem3",
                "fabric",
                "chttpd",
                "couch_replicator",
                "smoosh",
                "ken",
                "setup",
            ):
                emit(
                    "info",
                    f"Application {app} started on node {node}",
                    "Application %s started on node %s",
                    hi=0.2,
                )
            emit(
                "info",
                "Apache CouchDB has started. Time to relax.",
                "Apache CouchDB has started. Time to relax.",
                p=p,
                hi=0.2,
            )
            emit(
                "info",
                "Apache CouchDB has started on http://0.0.0.0:5984/",
                "Apache CouchDB has started on %s",
                p=p,
                hi=0.05,
            )
            if r.random() < 0.8:
                emit(
                    "notice",
                    "chttpd_auth_cache changes listener died because the _users database does not exist. Create the database to silence this notice.",
                    "chttpd_auth_cache changes listener died because the _users database does not exist. Create the database to silence this notice.",
                    hi=0.3,
                )

        def request() -> None:
            db = r.choice(COUCH_DBS[:5])
            path = r.choice(COUCH_PATHS).format(db=db, doc=hexid(r, 32))
            method = (
                "POST"
                if path.endswith(("_find", "_bulk_docs"))
                else r.choice(["GET", "GET", "GET", "PUT", "DELETE"])
                if "{doc}" not in path
                else r.choice(["GET", "PUT", "DELETE"])
            )
            code, status = r.choices(
                [(200, "ok"), (201, "ok"), (404, "ok"), (401, "ok"), (409, "ok"), (500, "error")],
                [60, 12, 10, 6, 6, 2],
            )[0]
            user = r.choice(COUCH_USERS)
            rid = reqid()
            peer = ip4(r, "10.0.3")
            if code == 500:
                stack = [
                    f'<<"chttpd_db:db_req/2 L{r.randrange(80, 900)}">>',
                    '<<"chttpd:handle_req_after_auth/2 L416">>',
                    '<<"chttpd:process_request/1 L394">>',
                    '<<"chttpd:handle_request_int/1 L329">>',
                    '<<"mochiweb_http:headers/6 L140">>',
                    '<<"proc_lib:init_p_do_apply/3 L249">>',
                ]
                emit(
                    "error",
                    f"req_err({r.randrange(10**9, 4 * 10**9)}) badarg : {r.choice(['nil', 'badarg', '{badmatch,{error,timeout}}'])}",
                    "req_err(%w) %p : %p",
                    rid=rid,
                )
                more("    [" + ",\n     ".join(stack) + "]")
                # the list wraps: continuation lines of the same event
                last = log.lines.pop()
                for _k, part in enumerate(last[0].split("\n")):
                    log.add(part, None)
            level = "notice"
            emit(
                level,
                f"10.0.0.{n}:5984 {peer} {user} {method} {path} {code} {status} {r.randrange(1, 900)}",
                # Labelled by method, route and status, as the set's access records are (round
                # 54's rule: a document's id in the route and a query's values are variables).
                f"%s %s %s {method} {couch_route(path)} {code} %p %B",
                rid=rid,
            )

        def replication() -> None:
            src, tgt = "orders", f"http://10.0.0.{3 - n}:5984/orders/"
            rep = hexid(r, 32)
            emit(
                "notice",
                f'Replication `"{rep}+continuous"` is using:',
                "Replication `%p` is using:",
                lo=5,
                hi=90,
            )
            for line in (
                "4 worker processes",
                "a worker batch size of 500",
                "20 HTTP connections",
                "a connection timeout of 30000 milliseconds",
                "10 retries per request",
                "socket options are: [{keepalive,true}]",
                f"source start sequence {r.randrange(10, 99999)}-g1AAAA{hexid(r, 12)}",
                "checkpoint interval is 30000 ms",
            ):
                more("\t" + line)
            emit(
                "notice",
                f"Document `{hexid(r, 32)}` triggered replication `{rep}+continuous`",
                "Document `%s` triggered replication `%s`",
                hi=0.01,
            )
            emit(
                "notice",
                f"starting new replication `{rep}+continuous` at {pid()} ({src} -> {tgt})",
                "starting new replication `%s` at %p (`%s` -> `%s`)",
                hi=0.2,
            )

        def compaction() -> None:
            db = r.choice(COUCH_DBS[:5])
            shard = f"shards/{r.choice(['00000000-7fffffff', '80000000-ffffffff'])}/{db}.1717430400"
            emit(
                "info",
                f'Starting compaction for db "{shard}" at {r.randrange(100, 900000)}',
                'Starting compaction for db "%s" at %p',
                lo=10,
                hi=120,
            )
            emit(
                "info",
                f'Compaction for db "{shard}" completed.',
                'Compaction for db "%s" completed.',
                lo=1,
                hi=30,
            )

        def smoosh() -> None:
            db = r.choice(COUCH_DBS[:5])
            emit(
                "notice",
                f'smoosh_channel: ratio_dbs: adding <<"shards/00000000-7fffffff/{db}.1717430400">> to internal compactor queue with priority {r.uniform(2, 9):.6f}',
                "%s: %s: adding %p to internal compactor queue with priority %p",
                lo=10,
                hi=200,
            )

        def index() -> None:
            db = r.choice(COUCH_DBS[:5])
            shard = f"shards/{r.choice(['00000000-7fffffff', '80000000-ffffffff'])}/{db}.1717430400"
            emit(
                "info",
                f"Starting index update for db: {shard} idx: _design/app",
                "Starting index update for db: %s idx: %s",
                lo=5,
                hi=60,
            )
            emit(
                "info",
                f"Index update finished for db: {shard} idx: _design/app",
                "Index update finished for db: %s idx: %s",
                lo=0.1,
                hi=20,
            )

        def rexi() -> None:
            other = f"couchdb@10.0.0.{3 - n}"
            fn = r.choice(["open_doc/3", "all_docs/3", "changes/3", "map_view/4"])
            emit(
                "error",
                f'rexi_server: from: {other}({pid(True)}) mfa: fabric_rpc:{fn} exit:timeout [{{rexi,init_stream,1,[{{file,"src/rexi.erl"}},{{line,265}}]}},{{rexi,stream2,3,[{{file,"src/rexi.erl"}},{{line,205}}]}}]',
                "rexi_server: from: %s(%p) mfa: %s:%s/%p %p:%p %p",
                lo=5,
                hi=90,
            )

        def node_down() -> None:
            other = f"couchdb@10.0.0.{3 - n}"
            emit(
                "warning",
                f"mem3_distribution : node {other} down, reason: net_tick_timeout",
                "~s : node ~s down, reason: ~p",
                lo=10,
                hi=200,
            )
            emit(
                "error",
                f'fabric_worker_timeout open_doc,{other},<<"shards/00000000-7fffffff/orders.1717430400">>',
                "fabric_worker_timeout %s,%p,%p",
                lo=1,
                hi=20,
            )
            emit("notice", f"mem3_distribution : node {other} up", "~s : node ~s up", lo=5, hi=60)

        def open_fail() -> None:
            db = r.choice(["orders_archive", "tmp_import", "legacy"])
            emit(
                "error",
                f"Could not open file ./data/shards/00000000-7fffffff/{db}.1690000000.couch: no such file or directory",
                "Could not open file %s: %s",
                lo=10,
                hi=200,
            )

        start()
        for step in range(950):
            if step == 470:
                log.tick(r, 10, 30)
                start()
            x = r.random()
            if x < 0.72:
                log.tick(r, 0, 6)
                request()
            elif x < 0.77:
                replication()
            elif x < 0.83:
                compaction()
            elif x < 0.87:
                smoosh()
            elif x < 0.93:
                index()
            elif x < 0.96:
                rexi()
            elif x < 0.975:
                node_down()
            else:
                open_fail()

    for n in logs:
        one_host(n)
    return list(logs.values())


SYSTEMS = {
    "bird": bird,
    "couchdb": couchdb,
    "lighttpd": lighttpd,
    "pgbouncer": pgbouncer,
    "strongswan": strongswan,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
