#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call; printf as the programs do)
"""Writes the held-out logs of round 29 (fail2ban, openvpn, grafana, slapd, unbound) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: fail2ban's own log (`2024-06-11 07:02:13,401
fail2ban.filter         [812]: INFO    [sshd] Found 192.0.2.1 - ...`: Python logging with the
logger padded to 24 and the level to 7), OpenVPN 2.6's server log at verb 4 (`2024-06-11 07:02:13
us=401234 client1/203.0.113.5:51234 msg`: the microseconds and the client instance's prefix),
Grafana 10's logfmt (`logger=context userId=1 orgId=1 uname=admin t=... level=error msg="..."`:
the logger and its context keys before the time), OpenLDAP 2.6's slapd log file (`666801a5.1a2b3c4d
0x7f2a3b4c5d60 conn=1001 op=2 SRCH base="..." ...`: the time in hex and the thread) and Unbound's
log file (`[1718089333] unbound[812:0] info: msg`: seconds since the epoch). Run it only to change
the data on purpose: `python bench/heldout/generate_round29.py [SYSTEM ...]`.
"""

from __future__ import annotations

import heapq
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid


def pick(r: random.Random, table: list[tuple[float, object]]):
    return r.choices([f for _, f in table], [w for w, _ in table])[0]


def scanner_ip(r: random.Random) -> str:
    return pick(
        r,
        [
            (3, f"203.0.113.{r.randrange(2, 250)}"),
            (3, f"198.51.100.{r.randrange(2, 250)}"),
            (2, f"192.0.2.{r.randrange(2, 250)}"),
            (
                6,
                f"{r.choice([45, 61, 80, 92, 103, 141, 159, 185, 193, 218])}.{r.randrange(1, 255)}.{r.randrange(1, 255)}.{r.randrange(1, 255)}",
            ),
        ],
    )


# --------------------------------------------------------------------------------- fail2ban

F2B_JAILS = {
    # jail: (backend, logfile or journal match, maxretry, findtime, bantime, action)
    "sshd": ("systemd", "_SYSTEMD_UNIT=sshd.service + _COMM=sshd", 5, 600, 3600, "nftables"),
    "nginx-http-auth": ("pyinotify", "/var/log/nginx/error.log", 3, 600, 1800, "nftables"),
    "nginx-botsearch": ("pyinotify", "/var/log/nginx/access.log", 2, 600, 3600, "nftables"),
    "postfix-sasl": ("pyinotify", "/var/log/mail.log", 3, 3600, 7200, "nftables"),
    "recidive": ("pyinotify", "/var/log/fail2ban.log", 5, 86400, 604800, "nftables-allports"),
}


def fail2ban(r: random.Random) -> list[Log]:
    """fail2ban 1.0.2's /var/log/fail2ban.log on a small mail and web server (Debian's default
    `%(asctime)s %(name)-24s[%(process)d]: %(levelname)-7s %(message)s`): start-ups with each
    jail's settings, matches (`[%s] Found %s - %s`, the match's time), bans and unbans with the
    ban time increasing (`Increase Ban`), bans restored after a restart, ignored addresses, the
    recidive jail reading fail2ban's own log, an nftables action failing with the script it ran
    over several lines, logrotate's flush, a reload and stops."""
    log = Log("fail2ban.log", datetime(2024, 6, 10, 6, 25, 2, 118000, tzinfo=UTC))
    pid = [0]
    banned: dict[tuple[str, str], datetime] = {}
    unbans: list[tuple[datetime, str, str]] = []
    bans_by_ip: dict[str, int] = {}

    def line(name: str, level: str, msg: str, label: str | None) -> None:
        t = log.t
        log.add(
            f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} {name:<24}[{pid[0]}]: {level:<7} {msg}",
            label,
        )

    def emit(name: str, level: str, fmt: str, args: tuple = (), label: str | None = None) -> None:
        log.tick(r, 0.0005, 0.02)
        line(name, level, fmt % args if args else fmt, label or fmt)

    def settle() -> None:
        """Unban whatever expired before now, in time order."""
        while unbans and unbans[0][0] <= log.t:
            when, jail, ip = heapq.heappop(unbans)
            if banned.get((jail, ip)) != when:
                continue
            del banned[(jail, ip)]
            emit("fail2ban.actions", "NOTICE", "[%s] Unban %s", (jail, ip))

    def ban(jail: str, ip: str) -> None:
        if (jail, ip) in banned:
            emit("fail2ban.actions", "NOTICE", "[%s] %s already banned", (jail, ip))
            return
        n = bans_by_ip.get(ip, 0)
        bt = F2B_JAILS[jail][4]
        if n and jail != "recidive":
            bt = min(bt * 2**n, 86400 * 7)
            until = log.t + timedelta(seconds=bt)
            emit(
                "fail2ban.actions",
                "NOTICE",
                "[%s] Increase Ban %s (%d # %s -> %s)",
                (jail, ip, n + 1, str(timedelta(seconds=bt)), f"{until:%Y-%m-%d %H:%M:%S}"),
            )
        else:
            emit("fail2ban.actions", "NOTICE", "[%s] Ban %s", (jail, ip))
        bans_by_ip[ip] = n + 1
        end = log.t + timedelta(seconds=bt)
        banned[(jail, ip)] = end
        heapq.heappush(unbans, (end, jail, ip))
        if jail != "recidive":
            # the recidive jail reads this log: the line just written is a failure of its own
            emit(
                "fail2ban.filter",
                "INFO",
                "[%s] Found %s - %s",
                ("recidive", ip, f"{log.t:%Y-%m-%d %H:%M:%S}"),
            )
            if bans_by_ip[ip] >= 4 and ("recidive", ip) not in banned:
                ban("recidive", ip)

    def start(first: bool) -> None:
        pid[0] = r.randrange(600, 4000)
        emit("fail2ban.server", "INFO", "--------------------------------------------------")
        emit("fail2ban.server", "INFO", "Starting Fail2ban v%s", ("1.0.2",))
        emit("fail2ban.observer", "INFO", "Observer start...")
        emit(
            "fail2ban.database",
            "INFO",
            "Connected to fail2ban persistent database '%s'",
            ("/var/lib/fail2ban/fail2ban.sqlite3",),
        )
        if first:
            emit("fail2ban.database", "WARNING", "New database created. Version '%s'", (4,))
        for jail, (backend, src, retry, find, bt, _act) in F2B_JAILS.items():
            emit("fail2ban.jail", "INFO", "Creating new jail '%s'", (jail,))
            emit(
                "fail2ban.jail",
                "INFO",
                "Jail '%s' uses %s",
                (jail, "systemd {}" if backend == "systemd" else backend),
            )
            emit("fail2ban.jail", "INFO", "Initiated '%s' backend", (backend,))
            if backend == "systemd":
                emit(
                    "fail2ban.filtersystemd",
                    "INFO",
                    "[%s] Added journal match for: '%s'",
                    (jail, src),
                )
            else:
                emit(
                    "fail2ban.filter",
                    "INFO",
                    "  maxLines: %s",
                    (1,),
                )
            emit("fail2ban.filter", "INFO", "  maxRetry: %s", (retry,))
            emit("fail2ban.filter", "INFO", "  findtime: %s", (find,))
            emit("fail2ban.actions", "INFO", "  banTime: %s", (bt,))
            emit("fail2ban.filter", "INFO", "  encoding: %s", ("UTF-8",))
            if backend != "systemd":
                emit(
                    "fail2ban.filter",
                    "INFO",
                    "Added logfile: '%s' (pos = %s, hash = %s)",
                    (src, r.randrange(0, 9_000_000) if not first else 0, hexid(r, 40)),
                )
        for jail, (backend, *_rest) in F2B_JAILS.items():
            emit("fail2ban.jail", "INFO", "Jail '%s' started", (jail,))
            if backend == "systemd":
                emit(
                    "fail2ban.filtersystemd",
                    "INFO",
                    "[%s] Jail is in operation now (process new journal entries)",
                    (jail,),
                )
        for (jail, ip), _end in sorted(banned.items()):
            emit("fail2ban.actions", "NOTICE", "[%s] Restore Ban %s", (jail, ip))

    def stop() -> None:
        emit("fail2ban.server", "INFO", "Shutdown in progress...")
        emit("fail2ban.observer", "INFO", "Observer stop ... try to end queue %s seconds", (5,))
        emit("fail2ban.observer", "INFO", "Observer stopped, %s events remaining.", (0,))
        emit("fail2ban.server", "INFO", "Stopping all jails")
        for jail, (backend, src, *_rest) in F2B_JAILS.items():
            if backend != "systemd":
                emit("fail2ban.filter", "INFO", "Removed logfile: '%s'", (src,))
            emit(
                "fail2ban.actions",
                "NOTICE",
                "[%s] Flush ticket(s) with %s",
                (jail, F2B_JAILS[jail][5]),
            )
            emit("fail2ban.jail", "INFO", "Jail '%s' stopped", (jail,))
        emit("fail2ban.database", "INFO", "Connection to database closed.")
        emit("fail2ban.server", "INFO", "Exiting Fail2ban")

    def action_error(jail: str, ip: str) -> None:
        addr = f"{r.randrange(0x7F0000000000, 0x7FFFFFFFFFFF):x}"
        emit(
            "fail2ban.utils",
            "ERROR",
            "%s -- exec: %s",
            (addr, "nft add table inet f2b-table"),
        )
        for cont in [
            "nft -- add chain inet f2b-table f2b-chain \\{ type filter hook input priority -1 \\; \\}",
            f"nft add set inet f2b-table addr-set-{jail} \\{{ type ipv4_addr\\; \\}}",
            f"for proto in $(echo 'tcp' | sed 's/,/ /g'); do nft add rule inet f2b-table f2b-chain $proto dport \\{{ ssh \\}} ip saddr @addr-set-{jail} reject; done",
        ]:
            log.add(cont, None)
        emit(
            "fail2ban.utils",
            "ERROR",
            "%s -- stderr: '%s'",
            (addr, "Error: Could not process rule: No such file or directory"),
            label="%s -- stderr: 'Error: Could not process rule: No such file or directory'",
        )
        emit("fail2ban.utils", "ERROR", "%s -- returned %d", (addr, 1))
        emit(
            "fail2ban.actions",
            "ERROR",
            "Failed to execute ban jail '%s' action '%s' info '%s': %s",
            (
                jail,
                F2B_JAILS[jail][5],
                f"ActionInfo({{'ip': '{ip}', 'family': 'inet4', 'fid': <function Actions.ActionInfo.<lambda> at 0x{addr}>, 'raw-ticket': <function Actions.ActionInfo.<lambda> at 0x{addr}>}})",
                f"Error starting action Jail('{jail}')/{F2B_JAILS[jail][5]}: 'Script error'",
            ),
            label="Failed to execute ban jail '%s' action '%s' info '%s': Error starting action %s/%s: 'Script error'",
        )

    attackers: list[str] = [scanner_ip(r) for _ in range(160)]
    fails: dict[tuple[str, str], list[datetime]] = {}
    broken_nft = [False]

    def attack() -> None:
        jail = pick(
            r,
            [(10, "sshd"), (3, "nginx-http-auth"), (2, "nginx-botsearch"), (3, "postfix-sasl")],
        )
        ip = r.choice(attackers[:40]) if r.random() < 0.4 else r.choice(attackers)
        if r.random() < 0.03:
            ip = r.choice(["10.0.0.12", "192.168.10.23"])
            emit("fail2ban.filter", "INFO", "[%s] Ignore %s by %s", (jail, ip, "ip"))
            return
        if (jail, ip) in banned:
            return
        when = log.t - timedelta(seconds=r.uniform(0, 2))
        emit(
            "fail2ban.filter", "INFO", "[%s] Found %s - %s", (jail, ip, f"{when:%Y-%m-%d %H:%M:%S}")
        )
        seen = [
            x for x in fails.get((jail, ip), []) if (log.t - x).total_seconds() < F2B_JAILS[jail][3]
        ]
        seen.append(log.t)
        fails[(jail, ip)] = seen
        if len(seen) >= F2B_JAILS[jail][2]:
            fails[(jail, ip)] = []
            log.tick(r, 0.2, 1.0)
            if broken_nft[0]:
                action_error(jail, ip)
            ban(jail, ip)

    def odd() -> None:
        x = r.random()
        if x < 0.4:
            emit(
                "fail2ban.filter",
                "WARNING",
                "[%s] Detected a log entry %s before the current time in operation mode. This looks like a timezone problem. Treating such entries as if they just happened.",
                ("postfix-sasl", f"{r.choice([1, 2])}h"),
            )
            emit(
                "fail2ban.filter",
                "WARNING",
                "[%s] Please check a jail for a timing issue. Line with odd timestamp: %s",
                (
                    "postfix-sasl",
                    f"{log.t - timedelta(hours=2):%b %d %H:%M:%S} mx1 postfix/smtpd[{r.randrange(1000, 60000)}]: warning: unknown[{scanner_ip(r)}]: SASL LOGIN authentication failed: UGFzc3dvcmQ6",
                ),
            )
        else:
            emit(
                "fail2ban.ipdns",
                "WARNING",
                "Unable to find a corresponding IP address for %s: %s",
                (
                    r.choice(["monitor.example.net", "backup-host.lan", "vpn.example.org"]),
                    "[Errno -2] Name or service not known",
                ),
                label="Unable to find a corresponding IP address for %s: [Errno -2] Name or service not known",
            )

    start(True)
    for day in range(6):
        for _hour in range(24):
            for _ in range(r.randrange(4, 20)):
                log.tick(r, 1, 400)
                settle()
                attack()
            if r.random() < 0.03:
                odd()
        log.tick(r, 10, 60)
        settle()
        emit("fail2ban.server", "INFO", "flush performed on %s", ("/var/log/fail2ban.log",))
        if day == 1:
            broken_nft[0] = True
        if day == 2:
            broken_nft[0] = False
            stop()
            log.tick(r, 2, 10)
            start(False)
        if day == 4:
            emit("fail2ban.server", "INFO", "Reload all jails")
            for jail in F2B_JAILS:
                emit("fail2ban.server", "INFO", "Reload jail '%s'", (jail,))
            for jail in F2B_JAILS:
                emit("fail2ban.server", "INFO", "Jail '%s' reloaded", (jail,))
            emit("fail2ban.server", "INFO", "Reload finished.")
    stop()
    return [log]


# ---------------------------------------------------------------------------------- openvpn

OVPN_USERS = {
    "alice": "win",
    "bob": "mac",
    "carol": "linux",
    "dave": "ios",
    "erin": "android",
    "frank": "win",
    "grace": "mac",
    "heidi": "win",
    "ivan": "linux",
    "judy": "android",
    "laptop-ops-03": "linux",
    "branch-router-2": "linux",
}
OVPN_OPTIONS = [
    ("config", "'/etc/openvpn/server/server.conf'"),
    ("mode", "1"),
    ("persist_config", "DISABLED"),
    ("persist_mode", "1"),
    ("show_ciphers", "DISABLED"),
    ("show_digests", "DISABLED"),
    ("genkey_type", "0"),
    ("key_pass_file", "'[UNDEF]'"),
    ("show_tls_ciphers", "DISABLED"),
    ("connect_retry_max", "0"),
    ("local", "'[UNDEF]'"),
    ("local_port", "'1194'"),
    ("remote_float", "DISABLED"),
    ("ifconfig_local", "'10.8.0.1'"),
    ("ifconfig_remote_netmask", "'255.255.255.0'"),
    ("keepalive_ping", "10"),
    ("keepalive_timeout", "120"),
    ("user", "'nobody'"),
    ("group", "'nogroup'"),
    ("persist_tun", "ENABLED"),
    ("persist_key", "ENABLED"),
    ("status_file", "'/run/openvpn-server/status-server.log'"),
    ("verbosity", "4"),
    ("mute", "20"),
    ("tls_server", "ENABLED"),
    ("ca_file", "'/etc/openvpn/server/ca.crt'"),
    ("cert_file", "'/etc/openvpn/server/server.crt'"),
    ("priv_key_file", "'/etc/openvpn/server/server.key'"),
    ("cipher_list", "'[UNDEF]'"),
    ("tls_timeout", "2"),
    ("renegotiate_seconds", "3600"),
    ("handshake_window", "60"),
    ("tls_crypt_file", "'/etc/openvpn/server/tc.key'"),
    ("ncp_ciphers", "'AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305'"),
    ("auth_user_pass_verify_script", "'[UNDEF]'"),
    ("duplicate_cn", "DISABLED"),
]


def openvpn(r: random.Random) -> list[Log]:
    """OpenVPN 2.6.3's server log at `verb 4` (`--log /var/log/openvpn/server.log`: the date,
    `us=` microseconds, then the client instance's prefix, `ip:port ` until the peer is
    authenticated and `common-name/ip:port ` after): start-ups with the parameter dump (one
    format per option), the TUN device and the pool, clients connecting (TLS, certificate checks,
    the PAM plugin, peer info, the pushed options), renegotiations every hour, clients timing out
    and exiting, wrong passwords and an expired certificate, scanners without the tls-crypt key,
    a duplicate common name, a packet from a wrong source address, and a restart."""
    log = Log("server.log", datetime(2024, 6, 11, 6, 12, 40, 304218, tzinfo=UTC))
    online: dict[str, tuple[str, str, int]] = {}  # user -> (ip:port, vip, peer id)
    vips = [f"10.8.0.{n}" for n in range(2, 60)]
    homes = {u: scanner_ip(r) for u in OVPN_USERS}

    def emit(prefix: str, fmt: str, args: tuple = (), label: str | None = None) -> None:
        """`prefix`: the client instance's (multi.c's `msg_set_prefix`), context, not part of
        the label."""
        log.tick(r, 0.0001, 0.05)
        t = log.t
        msg = fmt % args if args else fmt
        log.add(f"{t:%Y-%m-%d %H:%M:%S} us={t.microsecond} {prefix}{msg}", label or fmt)

    def start() -> None:
        emit("", "%s", ("Current Parameter Settings:",), "Current Parameter Settings:")
        for k, v in OVPN_OPTIONS:
            fmt = f"  {k} = %s"
            emit("", fmt, (v,))
        emit(
            "",
            "OpenVPN %s %s [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [PKCS11] [MH/PKTINFO] [AEAD] [DCO] built on %s",
            ("2.6.3", "x86_64-pc-linux-gnu", "Apr 13 2023"),
        )
        emit("", "library versions: %s, %s", ("OpenSSL 3.0.11 19 Sep 2023", "LZO 2.10"))
        emit("", "DCO version: %s", ("N/A",))
        emit("", "net_route_v4_best_gw query: dst %s", ("0.0.0.0",))
        emit("", "net_route_v4_best_gw result: via %s dev %s", ("172.31.0.1", "ens5"))
        emit("", "Diffie-Hellman initialized with %d bit key", (2048,))
        emit(
            "",
            "Outgoing Control Channel Encryption: Cipher '%s' initialized with %d bit key",
            ("AES-256-CTR", 256),
        )
        emit(
            "",
            "Outgoing Control Channel Encryption: Using %d bit message hash '%s' for HMAC authentication",
            (256, "SHA256"),
        )
        emit(
            "",
            "Incoming Control Channel Encryption: Cipher '%s' initialized with %d bit key",
            ("AES-256-CTR", 256),
        )
        emit(
            "",
            "Incoming Control Channel Encryption: Using %d bit message hash '%s' for HMAC authentication",
            (256, "SHA256"),
        )
        emit(
            "",
            "TLS-Auth MTU parms [ mss_fix:%d max_frag:%d tun_mtu:%d tailroom:%d ET:%d ]",
            (0, 0, 1250, 512, 0),
        )
        emit("", "TUN/TAP device %s opened", ("tun0",))
        emit("", "net_iface_mtu_set: mtu %d for %s", (1500, "tun0"))
        emit("", "net_iface_up: set %s up", ("tun0",))
        emit("", "net_addr_v4_add: %s/%d dev %s", ("10.8.0.1", 24, "tun0"))
        emit(
            "",
            "Data Channel MTU parms [ mss_fix:%d max_frag:%d tun_mtu:%d tailroom:%d ET:%d ]",
            (1366, 0, 1500, 544, 0),
        )
        emit("", "Could not determine IPv4/IPv6 protocol. Using %s", ("AF_INET",))
        emit("", "Socket Buffers: R=[%d->%d] S=[%d->%d]", (212992, 212992, 212992, 212992))
        emit("", "UDPv4 link local (bound): %s", ("[AF_INET][undef]:1194",))
        emit("", "UDPv4 link remote: %s", ("[AF_UNSPEC]",))
        emit("", "GID set to %s", ("nogroup",))
        emit("", "UID set to %s", ("nobody",))
        emit("", "MULTI: multi_init called, r=%d v=%d", (256, 256))
        emit("", "IFCONFIG POOL IPv4: base=%s size=%d", ("10.8.0.2", 253))
        emit(
            "",
            "ifconfig_pool_read(), in='%s'",
            (f"{r.choice(list(OVPN_USERS))},10.8.0.{r.randrange(2, 40)},",),
        )
        emit("", "succeeded -> ifconfig_pool_set(hand=%d)", (r.randrange(0, 40),))
        emit("", "IFCONFIG POOL LIST")
        emit("", "Initialization Sequence Completed")

    def handshake(pre: str, user: str, cert_cn: str | None = None) -> None:
        ip = pre.split(":")[0]
        emit(
            pre,
            "TLS: Initial packet from %s, sid=%s %s",
            (f"[AF_INET]{pre[:-1]}", hexid(r, 8), hexid(r, 8)),
        )
        emit(pre, "VERIFY OK: depth=%d, %s", (1, "CN=ACME VPN CA"))
        emit(pre, "VERIFY OK: depth=%d, %s", (0, f"CN={cert_cn or user}"))
        plat = OVPN_USERS.get(user, "linux")
        emit(
            pre,
            "peer info: IV_VER=%s",
            label="peer info: %s",
            args=(r.choice(["2.6.8", "2.6.10", "2.5.9", "3.git::d3f8b18b"]),),
        )
        emit(pre, "peer info: IV_PLAT=%s", label="peer info: %s", args=(plat,))
        emit(pre, "peer info: IV_TCPNL=%d", label="peer info: %s", args=(1,))
        emit(pre, "peer info: IV_MTU=%d", label="peer info: %s", args=(1600,))
        emit(pre, "peer info: IV_NCP=%d", label="peer info: %s", args=(2,))
        emit(
            pre,
            "peer info: IV_CIPHERS=%s",
            label="peer info: %s",
            args=("AES-256-GCM:AES-128-GCM:CHACHA20-POLY1305",),
        )
        emit(
            pre, "peer info: IV_PROTO=%d", label="peer info: %s", args=(r.choice([990, 2974, 30]),)
        )
        if plat in ("win", "mac"):
            emit(
                pre,
                "peer info: IV_GUI_VER=%s",
                label="peer info: %s",
                args=(
                    r.choice(
                        ["OpenVPN_GUI_11", "net.tunnelblick.tunnelblick_5970_4.0.1__build_5971_"]
                    ),
                ),
            )
        emit(pre, "peer info: IV_SSO=%s", label="peer info: %s", args=("webauth,openurl,crtext",))
        _ = ip

    def connect(user: str) -> None:
        ip = homes[user] if r.random() < 0.8 else scanner_ip(r)
        port = r.randrange(1024, 65535)
        pre = f"{ip}:{port} "
        handshake(pre, user)
        emit(
            pre,
            "PLUGIN_CALL: POST %s/PLUGIN_AUTH_USER_PASS_VERIFY status=%d",
            ("/usr/lib/x86_64-linux-gnu/openvpn/plugins/openvpn-plugin-auth-pam.so", 0),
        )
        emit(
            pre,
            "TLS: Username/Password authentication %s for username '%s' %s",
            ("succeeded", user, ""),
            label="TLS: Username/Password authentication succeeded for username '%s' %s",
        )
        emit(
            pre,
            "Control Channel: %s, cipher %s %s, peer certificate: %d bit %s, signature: %s",
            ("TLSv1.3", "TLSv1.3", "TLS_AES_256_GCM_SHA384", 2048, "RSA", "RSA-SHA256"),
        )
        emit(
            pre,
            "[%s] Peer Connection Initiated with %s",
            (user, f"[AF_INET]{ip}:{port}"),
            label="%s Peer Connection Initiated with %s",
        )
        if user in online:
            emit(
                "",
                "MULTI: new connection by client '%s' will cause previous active sessions by this client to be dropped.  Remember to use the --duplicate-cn option if you want multiple clients using the same certificate or username concurrently.",
                (user,),
            )
            vip = online.pop(user)[1]
        else:
            vip = r.choice(vips)
        cpre = f"{user}/{ip}:{port} "
        pid = r.randrange(0, 12)
        emit(cpre, "MULTI_sva: pool returned IPv4=%s, IPv6=%s", (vip, "(Not enabled)"))
        emit(cpre, "MULTI: Learn: %s -> %s", (vip, f"{user}/{ip}:{port}"))
        emit(cpre, "MULTI: primary virtual IP for %s: %s", (f"{user}/{ip}:{port}", vip))
        emit(cpre, "Data Channel: cipher '%s', peer-id: %d", ("AES-256-GCM", pid))
        emit(cpre, "Timers: ping %d, ping-restart %d", (10, 120))
        emit(
            cpre,
            "Protocol options: explicit-exit-notify %d, protocol-flags %s",
            (1, "cc-exit tls-ekm dyn-tls-crypt"),
        )
        emit(cpre, "PUSH: Received control message: '%s'", ("PUSH_REQUEST",))
        emit(
            cpre,
            "SENT CONTROL [%s]: '%s' (status=%d)",
            (
                user,
                f"PUSH_REPLY,route 10.20.0.0 255.255.0.0,dhcp-option DNS 10.20.0.2,dhcp-option DOMAIN corp.example.net,route-gateway 10.8.0.1,topology subnet,ping 10,ping-restart 120,ifconfig {vip} 255.255.255.0,peer-id {pid},cipher AES-256-GCM,protocol-flags cc-exit tls-ekm dyn-tls-crypt,tun-mtu 1500",
                1,
            ),
        )
        online[user] = (f"{ip}:{port}", vip, pid)

    def reneg(user: str) -> None:
        addr, _vip, _pid = online[user]
        cpre = f"{user}/{addr} "
        emit(
            cpre,
            "TLS: soft reset sec=%d/%d bytes=%d/%d pkts=%d/%d",
            (3600, 3600, r.randrange(10**5, 10**9), -1, r.randrange(1000, 10**6), 0),
        )
        emit(cpre, "VERIFY OK: depth=%d, %s", (1, "CN=ACME VPN CA"))
        emit(cpre, "VERIFY OK: depth=%d, %s", (0, f"CN={user}"))
        emit(
            cpre,
            "TLS: Username/Password authentication %s for username '%s' %s",
            ("succeeded", user, ""),
            label="TLS: Username/Password authentication succeeded for username '%s' %s",
        )
        emit(
            cpre,
            "Control Channel: %s, cipher %s %s, peer certificate: %d bit %s, signature: %s",
            ("TLSv1.3", "TLSv1.3", "TLS_AES_256_GCM_SHA384", 2048, "RSA", "RSA-SHA256"),
        )
        emit(
            cpre,
            "Outgoing Data Channel: Cipher '%s' initialized with %d bit key",
            ("AES-256-GCM", 256),
        )
        emit(
            cpre,
            "Incoming Data Channel: Cipher '%s' initialized with %d bit key",
            ("AES-256-GCM", 256),
        )

    def leave(user: str) -> None:
        addr, vip, _pid = online.pop(user)
        cpre = f"{user}/{addr} "
        if r.random() < 0.6:
            emit(
                cpre,
                "SIGTERM[%s,%s] received, client-instance exiting",
                ("soft", "remote-exit"),
                label="SIGTERM[%s,%s] received, client-instance exiting",
            )
        else:
            emit(
                cpre,
                "[%s] Inactivity timeout (--ping-restart), restarting",
                (user,),
                label="%s Inactivity timeout (--ping-restart), restarting",
            )
            emit(
                cpre,
                "SIGUSR1[%s,%s] received, client-instance restarting",
                ("soft", "ping-restart"),
                label="SIGUSR1[%s,%s] received, client-instance restarting",
            )
        _ = vip

    def bad_password() -> None:
        user = r.choice([*OVPN_USERS, "admin", "test", "vpn"])
        ip = scanner_ip(r) if user not in OVPN_USERS else homes[user]
        pre = f"{ip}:{r.randrange(1024, 65535)} "
        handshake(pre, user, cert_cn=user if user in OVPN_USERS else "alice")
        emit(
            pre,
            "PLUGIN_CALL: POST %s/PLUGIN_AUTH_USER_PASS_VERIFY status=%d",
            ("/usr/lib/x86_64-linux-gnu/openvpn/plugins/openvpn-plugin-auth-pam.so", 1),
        )
        emit(
            pre,
            "PLUGIN_CALL: plugin function PLUGIN_AUTH_USER_PASS_VERIFY failed with status %d: %s",
            (1, "/usr/lib/x86_64-linux-gnu/openvpn/plugins/openvpn-plugin-auth-pam.so"),
        )
        emit(pre, "TLS Auth Error: Auth Username/Password verification failed for peer")
        emit(
            pre,
            "Control Channel: %s, cipher %s %s, peer certificate: %d bit %s, signature: %s",
            ("TLSv1.3", "TLSv1.3", "TLS_AES_256_GCM_SHA384", 2048, "RSA", "RSA-SHA256"),
        )
        emit(
            pre,
            "[%s] Peer Connection Initiated with %s",
            (user, f"[AF_INET]{pre[:-1]}"),
            label="%s Peer Connection Initiated with %s",
        )
        emit(pre, "PUSH: Received control message: '%s'", ("PUSH_REQUEST",))
        emit(pre, "Delayed exit in %d seconds", (5,))
        emit(pre, "SENT CONTROL [%s]: '%s' (status=%d)", (user, "AUTH_FAILED", 1))
        log.tick(r, 5, 5.2)
        emit(
            pre,
            "SIGTERM[%s,%s] received, client-instance exiting",
            ("soft", "auth-failure"),
            label="SIGTERM[%s,%s] received, client-instance exiting",
        )

    def expired() -> None:
        ip = scanner_ip(r)
        pre = f"{ip}:{r.randrange(1024, 65535)} "
        emit(
            pre,
            "TLS: Initial packet from %s, sid=%s %s",
            (f"[AF_INET]{pre[:-1]}", hexid(r, 8), hexid(r, 8)),
        )
        emit(pre, "VERIFY OK: depth=%d, %s", (1, "CN=ACME VPN CA"))
        emit(
            pre,
            "VERIFY ERROR: depth=%d, error=%s: %s, serial=%d",
            (0, "certificate has expired", "CN=contractor-kim", r.randrange(10**37, 10**38)),
            label="VERIFY ERROR: depth=%d, error=certificate has expired: %s, serial=%d",
        )
        emit(pre, "OpenSSL: %s", ("error:0A000086:SSL routines::certificate verify failed:",))
        emit(pre, "TLS_ERROR: BIO read tls_read_plaintext error")
        emit(pre, "TLS Error: TLS object -> incoming plaintext read error")
        emit(pre, "TLS Error: TLS handshake failed")
        emit(
            pre,
            "SIGUSR1[%s,%s] received, client-instance restarting",
            ("soft", "tls-error"),
            label="SIGUSR1[%s,%s] received, client-instance restarting",
        )

    def scanner() -> None:
        ip = scanner_ip(r)
        port = r.randrange(1024, 65535)
        pre = f"{ip}:{port} "
        for _ in range(r.randrange(1, 4)):
            why = r.choice(
                ["packet too short", "packet authentication failed"]
            )  # literals at the call sites
            emit(pre, "tls-crypt unwrap error: %s", (why,), label=f"tls-crypt unwrap error: {why}")
            emit(pre, "TLS Error: tls-crypt unwrapping failed from %s", (f"[AF_INET]{ip}:{port}",))

    def spoof() -> None:
        if not online:
            return
        user = r.choice(sorted(online))
        addr, *_ = online[user]
        emit(
            f"{user}/{addr} ",
            "MULTI: bad source address from client [%s], packet dropped",
            (f"192.168.{r.choice([0, 1, 178])}.{r.randrange(2, 250)}",),
        )

    start()
    for day in range(4):
        for hour in range(24):
            busy = 8 <= hour <= 18
            for _ in range(r.randrange(4, 10) if busy else r.randrange(1, 4)):
                log.tick(r, 10, 500 if busy else 1500)
                x = r.random()
                away = [u for u in OVPN_USERS if u not in online]
                if x < 0.32 and away:
                    connect(r.choice(away))
                elif x < 0.52 and online:
                    leave(r.choice(sorted(online)))
                elif x < 0.67 and online:
                    reneg(r.choice(sorted(online)))
                elif x < 0.77:
                    bad_password()
                elif x < 0.88:
                    scanner()
                elif x < 0.91:
                    expired()
                elif x < 0.93 and online:
                    connect(r.choice(sorted(online)))
                else:
                    spoof()
        if day == 1:
            log.tick(r, 60, 600)
            emit("", "event_wait : Interrupted system call (fd=%d,code=%d)", (-1, 4))
            emit(
                "",
                "SIGTERM[%s,%s] received, process exiting",
                ("hard", ""),
                label="SIGTERM[%s,%s] received, process exiting",
            )
            online.clear()
            log.tick(r, 3, 10)
            start()
    return [log]


# ---------------------------------------------------------------------------------- grafana

GRAFANA_PATHS = [
    ("/api/dashboards/uid/%s", "/api/dashboards/uid/:uid"),
    ("/api/ds/query", "/api/ds/query"),
    ("/api/datasources/proxy/uid/%s/api/v1/query_range", "/api/datasources/proxy/uid/:uid/*"),
    ("/api/search", "/api/search"),
    ("/api/annotations", "/api/annotations"),
    ("/api/user/auth-tokens/rotate", "/api/user/auth-tokens/rotate"),
]


def grafana(r: random.Random) -> list[Log]:
    """Grafana 10.4's log (its logfmt, `logger=%s [context keys] t=%s level=%s msg=%q [keys]`:
    the logger and the keys a context logger carries (`userId= orgId= uname=`, a rule's
    `rule_uid= org_id=`) before the time): start-ups with the settings and migrations, requests
    completed with an error status (context logger, route, handler), failed logins and expired
    sessions, data source queries failing, alert rules evaluated and failing, notifications
    sent and failing, cleanup jobs, update checks, the SQLite database being locked, and a
    restart."""
    log = Log("grafana.log", datetime(2024, 6, 11, 6, 0, 4, 118223, tzinfo=UTC))
    users = {"admin": 1, "m.keller": 3, "s.okafor": 4, "dashboards-bot": 7, "j.tan": 9}
    rules = [hexid(r, 14) for _ in range(9)]
    dashboards = [hexid(r, 9) for _ in range(12)]
    dsuid = {
        "Prometheus": "P1809F7CD0C75ACF3",
        "Loki": "P8E80F9AEF21F6940",
        "PostgreSQL": "P44368ADAD746BC27",
    }

    def q(v: object) -> str:
        s = str(v)
        if any(c in s for c in ' ="'):
            return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return s

    def emit(
        logger: str,
        level: str,
        msg: str,
        *,
        ctx: tuple[tuple[str, object], ...] = (),
        kv: tuple[tuple[str, object], ...] = (),
        label: str | None = None,
        lo: float = 0.0005,
        hi: float = 0.2,
    ) -> None:
        log.tick(r, lo, hi)
        t = log.t
        ns = f"{t.microsecond:06d}{r.randrange(0, 1000):03d}".rstrip("0")
        ts = f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{ns}" if ns else "") + "Z"
        parts = [f"logger={logger}"]
        parts += [f"{k}={q(v)}" for k, v in ctx]
        parts += [f"t={ts}", f"level={level}", f"msg={q(msg)}"]
        parts += [f"{k}={q(v)}" for k, v in kv]
        log.add(" ".join(parts), label or msg)

    def dur(lo: float, hi: float) -> str:
        v = r.uniform(lo, hi)
        return f"{v * 1000:.3f}µs" if v < 0.001 else f"{v * 1000:.6g}ms" if v < 1 else f"{v:.6g}s"

    def start(first: bool) -> None:
        emit(
            "settings",
            "info",
            "Starting Grafana",
            kv=(
                ("version", "10.4.2"),
                ("commit", "701c6b6f074d4bc515f0824ed2de3b2a5b8b3d54"),
                ("branch", "HEAD"),
                ("compiled", "2024-04-09T14:13:27Z"),
            ),
            lo=0,
            hi=0.01,
        )
        for f in ["/usr/share/grafana/conf/defaults.ini", "/etc/grafana/grafana.ini"]:
            emit("settings", "info", "Config loaded from", kv=(("file", f),))
        for a in [
            "default.paths.logs=/var/log/grafana",
            "default.paths.data=/var/lib/grafana",
            "default.paths.plugins=/var/lib/grafana/plugins",
            "default.paths.provisioning=/etc/grafana/provisioning",
        ]:
            emit("settings", "info", "Config overridden from command line", kv=(("arg", a),))
        for name, p in [
            ("Path Home", "/usr/share/grafana"),
            ("Path Data", "/var/lib/grafana"),
            ("Path Logs", "/var/log/grafana"),
            ("Path Plugins", "/var/lib/grafana/plugins"),
            ("Path Provisioning", "/etc/grafana/provisioning"),
        ]:
            emit("settings", "info", name, kv=(("path", p),))
        emit("settings", "info", "App mode production")
        emit(
            "featuremgmt",
            "info",
            "FeatureToggles",
            kv=(
                ("prometheusConfigOverhaulAuth", "true"),
                ("lokiQueryHints", "true"),
                ("alertingInsights", "true"),
                ("dataplaneFrontendFallback", "true"),
            ),
        )
        emit("sqlstore", "info", "Connecting to DB", kv=(("dbtype", "sqlite3"),))
        emit("migrator", "info", "Starting DB migrations")
        if first:
            for m in [
                "create alert table v1",
                "add index alert org_id & id ",
                "Add column is_paused to alert table",
            ]:
                emit("migrator", "info", "Executing migration", kv=(("id", m),))
        emit(
            "migrator",
            "info",
            "migrations completed",
            kv=(
                ("performed", 3 if first else 0),
                ("skipped", 571 if first else 574),
                ("duration", dur(0.002, 0.8)),
            ),
        )
        emit(
            "secrets",
            "info",
            "Envelope encryption state",
            kv=(("enabled", "true"), ("current provider", "secretKey.v1")),
        )
        emit("plugin.store", "info", "Loading plugins...")
        emit(
            "plugin.store",
            "info",
            "Plugins loaded",
            kv=(("count", 55), ("duration", dur(0.05, 0.3))),
            lo=0.05,
            hi=0.3,
        )
        emit("query_data", "info", "Query Service initialization")
        emit("live.push_http", "info", "Live Push Gateway initialization")
        emit("ngalert.migration", "info", "Starting")
        emit(
            "ngalert.state.manager", "info", "Running in alternative execution of Error/NoData mode"
        )
        emit(
            "infra.usagestats.collector",
            "info",
            "registering usage stat providers",
            kv=(("usageStatsProvidersLen", 2),),
        )
        emit(
            "provisioning.datasources",
            "info",
            "inserting datasource from configuration",
            kv=(("name", "Prometheus"), ("uid", dsuid["Prometheus"])),
        )
        emit("provisioning.alerting", "info", "starting to provision alerting")
        emit("provisioning.alerting", "info", "finished to provision alerting")
        emit("ngalert.state.manager", "info", "Warming state cache for startup")
        emit("grafanaStorageLogger", "info", "Storage starting")
        emit(
            "http.server",
            "info",
            "HTTP Server Listen",
            kv=(("address", "[::]:3000"), ("protocol", "http"), ("subUrl", ""), ("socket", "")),
        )
        emit("ngalert.multiorg.alertmanager", "info", "Starting MultiOrg Alertmanager")
        emit(
            "ngalert.state.manager",
            "info",
            "State cache has been initialized",
            kv=(("states", len(rules) + 3), ("duration", dur(0.001, 0.05))),
        )
        emit(
            "ngalert.scheduler",
            "info",
            "Starting scheduler",
            kv=(("tickInterval", "10s"), ("maxAttempts", 1)),
        )
        emit(
            "ticker",
            "info",
            "starting",
            kv=(("first_tick", f"{log.t + timedelta(seconds=10):%Y-%m-%dT%H:%M:%S}Z"),),
        )
        emit(
            "plugins.update.checker",
            "info",
            "Update check succeeded",
            kv=(("duration", dur(0.1, 0.9)),),
            lo=0.2,
            hi=2,
        )
        emit(
            "grafana.update.checker",
            "info",
            "Update check succeeded",
            kv=(("duration", dur(0.1, 0.9)),),
        )

    def request(status: int) -> None:
        u = r.choice(list(users))
        path_fmt, handler = r.choice(GRAFANA_PATHS)
        path = (
            path_fmt % (r.choice(dashboards) if "dashboards" in path_fmt else dsuid["Prometheus"])
            if "%s" in path_fmt
            else path_fmt
        )
        method = "POST" if handler in ("/api/ds/query", "/api/user/auth-tokens/rotate") else "GET"
        if status == 401:
            u, path, handler, method = (
                "",
                "/api/user/auth-tokens/rotate",
                "/api/user/auth-tokens/rotate",
                "POST",
            )
        uid, org = (users[u], 1) if u else (0, 0)
        ms = r.randrange(0, 30) if status < 500 else r.randrange(20, 30000)
        emit(
            "context",
            "error" if status >= 500 else "warn" if status != 401 and status != 404 else "info",
            "Request Completed",
            ctx=(("userId", uid), ("orgId", org), ("uname", u)),
            kv=(
                ("method", method),
                ("path", path),
                ("status", status),
                ("remote_addr", f"10.20.{r.randrange(1, 9)}.{r.randrange(2, 250)}"),
                ("time_ms", ms),
                ("duration", f"{ms}.{r.randrange(0, 999)}ms"),
                ("size", r.randrange(0, 300)),
                (
                    "referer",
                    ""
                    if r.random() < 0.4
                    else f"https://grafana.example.net/d/{r.choice(dashboards)}/{r.choice(['node-exporter', 'postgres-overview', 'api-latency', 'k8s-cluster'])}?orgId=1",
                ),
                ("handler", handler),
                ("status_source", "server" if status != 502 else "downstream"),
            ),
            label=f"Request Completed {method} {handler} {status}",
        )

    def login_fail() -> None:
        u = r.choice(["admin", "m.keller", "root", "grafana", "test"])
        ip = (
            scanner_ip(r)
            if r.random() < 0.5
            else f"10.20.{r.randrange(1, 9)}.{r.randrange(2, 250)}"
        )
        emit(
            "authn.service",
            "warn",
            "Failed to authenticate request",
            kv=(
                ("client", "auth.client.form"),
                (
                    "error",
                    "[password-auth.failed] failed to authenticate identity: [identity.not-found] no user found: user not found"
                    if u not in users
                    else "[password-auth.failed] failed to authenticate identity: [password-auth.invalid] invalid password",
                ),
            ),
            label="Failed to authenticate request",
        )
        emit(
            "context",
            "info",
            "Request Completed",
            ctx=(("userId", 0), ("orgId", 0), ("uname", "")),
            kv=(
                ("method", "POST"),
                ("path", "/login"),
                ("status", 401),
                ("remote_addr", ip),
                ("time_ms", r.randrange(60, 120)),
                ("duration", f"{r.randrange(60, 120)}.{r.randrange(0, 999)}ms"),
                ("size", 42),
                ("referer", "https://grafana.example.net/login"),
                ("handler", "/login"),
                ("status_source", "server"),
            ),
            label="Request Completed POST /login 401",
        )

    def session_expired() -> None:
        emit(
            "authn.service",
            "warn",
            "Failed to authenticate request",
            kv=(("client", "auth.client.session"), ("error", "user token not found")),
            label="Failed to authenticate request",
        )
        emit(
            "context",
            "error",
            "Failed to look up user based on cookie",
            ctx=(("userId", 0), ("orgId", 0), ("uname", "")),
            kv=(("error", "user token not found"),),
        )
        request(401)

    def ds_error() -> None:
        u = r.choice(list(users))
        name = r.choice(["Prometheus", "Loki", "PostgreSQL"])
        if name == "Prometheus":
            emit(
                "tsdb.prometheus",
                "error",
                "Error received from Prometheus",
                ctx=(
                    ("endpoint", "queryData"),
                    ("pluginId", "prometheus"),
                    ("dsName", name),
                    ("dsUID", dsuid[name]),
                    ("uname", u),
                    ("fromAlert", "false"),
                ),
                kv=(
                    (
                        "error",
                        r.choice(
                            [
                                'Post "http://prometheus:9090/api/v1/query_range": context deadline exceeded',
                                'bad_data: invalid parameter "query": 1:14: parse error: unexpected "}"',
                            ]
                        ),
                    ),
                ),
            )
        elif name == "Loki":
            emit(
                "tsdb.loki",
                "error",
                "Error received from Loki",
                ctx=(
                    ("endpoint", "queryData"),
                    ("pluginId", "loki"),
                    ("dsName", name),
                    ("dsUID", dsuid[name]),
                    ("uname", u),
                    ("fromAlert", "false"),
                ),
                kv=(
                    ("duration", dur(0.1, 30)),
                    ("stage", "databaseRequest"),
                    ("statusCode", 400),
                    ("contentLength", r.randrange(40, 200)),
                    ("start", f"{log.t - timedelta(hours=6):%Y-%m-%dT%H:%M:%S}Z"),
                    ("end", f"{log.t:%Y-%m-%dT%H:%M:%S}Z"),
                    ("step", "30s"),
                    ("query", '{app="checkout"} |= "error"'),
                    ("queryType", "range"),
                    ("direction", "backward"),
                    ("maxLines", 1000),
                    ("supportingQueryType", "none"),
                    ("lokiHost", "loki:3100"),
                    ("lokiPath", "/loki/api/v1/query_range"),
                    ("status", "error"),
                    (
                        "error",
                        "max entries limit per query exceeded, limit > max_entries_limit (5000 > 1000)",
                    ),
                ),
            )
        else:
            emit(
                "tsdb.postgres",
                "error",
                "Query error",
                ctx=(
                    ("endpoint", "queryData"),
                    ("pluginId", "grafana-postgresql-datasource"),
                    ("dsName", name),
                    ("dsUID", dsuid[name]),
                    ("uname", u),
                ),
                kv=(
                    (
                        "err",
                        r.choice(
                            [
                                'pq: relation "orders_daily" does not exist',
                                "pq: canceling statement due to statement timeout",
                            ]
                        ),
                    ),
                ),
            )
        request(r.choice([400, 500]) if name != "Prometheus" else r.choice([500, 502]))

    def eval_rules() -> None:
        for ru in r.sample(rules, r.randrange(1, 4)):
            x = r.random()
            ctx = (("rule_uid", ru), ("org_id", 1))
            if x < 0.45:
                emit(
                    "ngalert.scheduler",
                    "error",
                    "Failed to evaluate rule",
                    ctx=(
                        *ctx,
                        ("version", r.randrange(1, 9)),
                        ("fingerprint", hexid(r, 16)),
                        ("attempt", 0),
                        ("now", f"{log.t:%Y-%m-%dT%H:%M:%S}Z"),
                    ),
                    kv=(
                        (
                            "error",
                            r.choice(
                                [
                                    'failed to execute query A: Post "http://prometheus:9090/api/v1/query_range": context deadline exceeded',
                                    "failed to build query 'A': data source not found",
                                ]
                            ),
                        ),
                        ("duration", dur(0.001, 30)),
                    ),
                )
            elif x < 0.75:
                emit(
                    "ngalert.state.manager",
                    "info",
                    "State manager processing evaluation results",
                    ctx=ctx,
                    kv=(("resultCount", r.randrange(1, 6)),),
                )
                if r.random() < 0.5:
                    emit(
                        "ngalert.sender.router",
                        "info",
                        "Sending alerts to local notifier",
                        ctx=(*ctx, ("version", r.randrange(1, 9))),
                        kv=(("count", r.randrange(1, 4)),),
                    )
                    notify()
            else:
                emit(
                    "ngalert.state.manager",
                    "info",
                    "Detected stale state entry",
                    ctx=ctx,
                    kv=(
                        (
                            "cacheID",
                            f'[["__alert_rule_uid__","{ru}"],["instance","node-{r.randrange(1, 9)}:9100"]]',
                        ),
                        ("state", r.choice(["Normal", "Alerting"])),
                        ("reason", ""),
                    ),
                )

    def notify() -> None:
        if r.random() < 0.75:
            emit(
                "ngalert.notifier.alertmanager",
                "info",
                "Notify success",
                ctx=(("org", 1),),
                kv=(
                    ("component", "dispatcher"),
                    ("receiver", r.choice(["ops-slack", "oncall-email"])),
                    ("integration", r.choice(["slack[0]", "email[0]"])),
                    (
                        "aggrGroup",
                        '{}/{__grafana_autogenerated__="true"}/{__grafana_receiver__="ops-slack"}:{alertname="HighLatency"}',
                    ),
                    ("alerts", r.randrange(1, 4)),
                ),
                label="Notify success",
            )
        else:
            emit(
                "ngalert.notifier.alertmanager",
                "error",
                "Notify for alerts failed",
                ctx=(("org", 1),),
                kv=(
                    ("component", "dispatcher"),
                    ("receiver", "ops-slack"),
                    ("integration", "slack[0]"),
                    (
                        "aggrGroup",
                        '{}/{__grafana_autogenerated__="true"}/{__grafana_receiver__="ops-slack"}:{alertname="HighLatency"}',
                    ),
                    ("num_alerts", r.randrange(1, 4)),
                    (
                        "err",
                        'ops-slack/slack[0]: notify retry canceled due to unrecoverable error after 1 attempts: failed to send Slack API request: Post "https://hooks.slack.com/services/T000/B000/XXXX": dial tcp: lookup hooks.slack.com: i/o timeout',
                    ),
                ),
            )

    def background() -> None:
        x = r.random()
        if x < 0.35:
            emit(
                "cleanup",
                "info",
                "Completed cleanup jobs",
                kv=(("duration", dur(0.005, 0.08)),),
                lo=1,
                hi=60,
            )
        elif x < 0.55:
            emit(
                "plugins.update.checker",
                "info",
                "Update check succeeded",
                kv=(("duration", dur(0.1, 0.9)),),
                lo=1,
                hi=60,
            )
        elif x < 0.65:
            emit(
                "grafana.update.checker",
                "info",
                "Update check succeeded",
                kv=(("duration", dur(0.1, 0.9)),),
                lo=1,
                hi=60,
            )
        elif x < 0.8:
            emit(
                "sqlstore.transactions",
                "info",
                "Database locked, sleeping then retrying",
                kv=(
                    ("error", "database is locked"),
                    ("retry", r.randrange(0, 3)),
                    ("code", "database is locked"),
                ),
            )
        elif x < 0.9:
            emit("infra.usagestats", "info", "Usage stats are ready to report")
        else:
            emit(
                "live",
                "info",
                "Initialized channel handler",
                kv=(
                    ("channel", f"grafana/dashboard/uid/{r.choice(dashboards)}"),
                    ("address", f"grafana/dashboard/uid/{r.choice(dashboards)}"),
                ),
            )

    start(True)
    for day in range(3):
        for hour in range(24):
            busy = 8 <= hour <= 19
            for _ in range(r.randrange(20, 40) if busy else r.randrange(6, 14)):
                log.tick(r, 5, 120 if busy else 400)
                x = r.random()
                if x < 0.30:
                    eval_rules()
                elif x < 0.44:
                    ds_error()
                elif x < 0.56:
                    request(r.choice([404, 404, 500, 502, 403]))
                elif x < 0.66:
                    login_fail()
                elif x < 0.74:
                    session_expired()
                else:
                    background()
        if day == 1:
            emit(
                "http.server",
                "info",
                "Shutdown started",
                kv=(("reason", "System signal: terminated"),),
                lo=60,
                hi=600,
            )
            emit("ticker", "info", "stopped", kv=(("last_tick", f"{log.t:%Y-%m-%dT%H:%M:%S}Z"),))
            emit(
                "ngalert.notifier.alertmanager",
                "info",
                "Stopping Alertmanager",
                ctx=(("org", 1),),
                kv=(("component", "alertmanager"),),
            )
            emit("ngalert.multiorg.alertmanager", "info", "Stopped MultiOrg Alertmanager")
            emit("ngalert.scheduler", "info", "Stopped scheduler")
            emit("http.server", "info", "Closing server")
            log.tick(r, 3, 20)
            start(False)
    return [log]


# ------------------------------------------------------------------------------------ slapd

LDAP_BASE = "dc=example,dc=com"
LDAP_USERS = [
    "alice",
    "bob",
    "carol",
    "dave",
    "m.keller",
    "s.okafor",
    "j.tan",
    "svc-gitlab",
    "svc-nextcloud",
    "svc-mail",
]
LDAP_CLIENTS = {
    "10.0.1.21": "svc-gitlab",
    "10.0.1.34": "svc-nextcloud",
    "10.0.1.40": "svc-mail",
    "10.0.2.15": None,
    "10.0.2.16": None,
}


def slapd(r: random.Random) -> list[Log]:
    """OpenLDAP 2.6.7's slapd log file (`logfile /var/log/slapd.log`, `loglevel stats`: each line
    `%lx.%08x %p ` before the message, the seconds since the epoch and its nanoseconds in hex, and
    the thread): connections accepted over TCP, TLS and ldapi, binds (simple, SASL EXTERNAL,
    anonymous) with their results, searches by service accounts with their filters and results,
    modifications and password changes, adds and deletes failing, unindexed attributes
    (`<= mdb_equality_candidates: (%s) not indexed`), connections closed in several ways, a
    syncrepl consumer's refresh, and a restart."""
    log = Log("slapd.log", datetime(2024, 6, 11, 6, 0, 1, 551234, tzinfo=UTC))
    conn = [1000]
    threads = [f"0x7f{hexid(r, 10)}" for _ in range(6)]

    def emit(
        fmt: str, args: tuple = (), label: str | None = None, lo: float = 0.00002, hi: float = 0.004
    ) -> None:
        log.tick(r, lo, hi)
        t = log.t
        ns = t.microsecond * 1000 + r.randrange(0, 1000)
        log.add(
            f"{int(t.timestamp()):x}.{ns:08x} {r.choice(threads)} {fmt % args if args else fmt}",
            label or fmt,
        )

    def dn(u: str) -> str:
        return f"uid={u},ou={'services' if u.startswith('svc-') else 'people'},{LDAP_BASE}"

    def result(
        c: int, op: int, tag: int, err: int, text: str = "", search: int | None = None
    ) -> None:
        qt, et = f"0.{r.randrange(5, 40):06d}", f"0.{r.randrange(80, 3000):06d}"
        if search is None:
            emit(
                "conn=%d op=%d RESULT tag=%d err=%d qtime=%s etime=%s text=%s",
                (c, op, tag, err, qt, et, text),
            )
        else:
            emit(
                "conn=%d op=%d SEARCH RESULT tag=%d err=%d qtime=%s etime=%s nentries=%d text=%s",
                (c, op, tag, err, qt, et, search, text),
            )

    def accept(ip: str | None = None) -> tuple[int, int]:
        conn[0] += 1
        c, fd = conn[0], r.randrange(12, 60)
        if ip is None:
            emit(
                "conn=%d fd=%d ACCEPT from %s (%s)",
                (c, fd, "PATH=/var/run/slapd/ldapi", "PATH=/var/run/slapd/ldapi"),
            )
        else:
            port = 636 if r.random() < 0.3 else 389
            emit(
                "conn=%d fd=%d ACCEPT from %s (%s)",
                (c, fd, f"IP={ip}:{r.randrange(32768, 61000)}", f"IP=0.0.0.0:{port}"),
            )
            if port == 636:
                emit(
                    "conn=%d fd=%d TLS established tls_ssf=%d ssf=%d tls_proto=%s tls_cipher=%s",
                    (c, fd, 256, 256, "TLSv1.3", "TLS_AES_256_GCM_SHA384"),
                )
        return c, fd

    def close(c: int, fd: int, op: int, how: str = "") -> None:
        if how == "":
            emit("conn=%d op=%d UNBIND", (c, op))
            emit("conn=%d fd=%d closed", (c, fd))
        elif how == "lost":
            emit("conn=%d fd=%d closed (connection lost)", (c, fd))
        else:
            emit("conn=%d fd=%d closed (idletimeout)", (c, fd))

    def bind(c: int, op: int, who: str, ok: bool = True) -> None:
        emit('conn=%d op=%d BIND dn="%s" method=%d', (c, op, who, 128))
        if ok:
            emit(
                'conn=%d op=%d BIND dn="%s" mech=%s bind_ssf=%d ssf=%d',
                (c, op, who, "SIMPLE", 0, r.choice([0, 256])),
            )
            result(c, op, 97, 0)
        else:
            result(c, op, 97, 49)

    def service_session() -> None:
        ip = r.choice(list(LDAP_CLIENTS))
        svc = LDAP_CLIENTS[ip]
        c, fd = accept(ip)
        op = 0
        if svc is None:
            emit("conn=%d op=%d EXT oid=%s", (c, op, "1.3.6.1.4.1.1466.20037"))
            emit("conn=%d op=%d STARTTLS", (c, op))
            emit(
                "conn=%d op=%d RESULT oid= err=%d qtime=%s etime=%s text=",
                (c, op, 0, f"0.{r.randrange(5, 40):06d}", f"0.{r.randrange(80, 900):06d}"),
            )
            emit(
                "conn=%d fd=%d TLS established tls_ssf=%d ssf=%d tls_proto=%s tls_cipher=%s",
                (c, fd, 256, 256, "TLSv1.3", "TLS_AES_256_GCM_SHA384"),
            )
            op += 1
            svc = "svc-nextcloud"
        bind(c, op, dn(svc))
        for _ in range(r.randrange(1, 6)):
            op += 1
            u = r.choice([*LDAP_USERS[:7], "unknown.user", "a.mueller"])
            kind = r.random()
            if kind < 0.55:
                emit(
                    'conn=%d op=%d SRCH base="%s" scope=%d deref=%d filter="%s"',
                    (
                        c,
                        op,
                        f"ou=people,{LDAP_BASE}",
                        2,
                        0,
                        f"(&(objectClass=inetOrgPerson)(uid={u}))",
                    ),
                )
                emit("conn=%d op=%d SRCH attr=%s", (c, op, "uid cn mail displayName memberOf"))
                if r.random() < 0.2:
                    emit("<= mdb_equality_candidates: (%s) not indexed", ("memberOf",))
                result(c, op, 101, 0, search=0 if u in ("unknown.user", "a.mueller") else 1)
            elif kind < 0.8:
                emit(
                    'conn=%d op=%d SRCH base="%s" scope=%d deref=%d filter="%s"',
                    (
                        c,
                        op,
                        f"ou=groups,{LDAP_BASE}",
                        1,
                        0,
                        f"(&(objectClass=groupOfNames)(member={dn(u)}))",
                    ),
                )
                emit("conn=%d op=%d SRCH attr=%s", (c, op, "cn"))
                result(c, op, 101, 0, search=r.randrange(0, 6))
            elif kind < 0.9:
                emit(
                    'conn=%d op=%d SRCH base="%s" scope=%d deref=%d filter="%s"',
                    (
                        c,
                        op,
                        f"ou=people,{LDAP_BASE}",
                        2,
                        0,
                        f"(|(mail={u}@example.com)(cn=*{u[:3]}*))",
                    ),
                )
                emit("conn=%d op=%d SRCH attr=%s", (c, op, "uid mail"))
                emit("<= mdb_substring_candidates: (%s) not indexed", ("cn",))
                result(c, op, 101, 0, search=r.randrange(0, 4))
            else:
                gone = r.random() < 0.5  # a base that no longer exists: noSuchObject
                emit(
                    'conn=%d op=%d SRCH base="%s" scope=%d deref=%d filter="%s"',
                    (
                        c,
                        op,
                        f"ou={'staff' if gone else 'people'},{LDAP_BASE}",
                        0,
                        0,
                        "(objectClass=*)",
                    ),
                )
                emit("conn=%d op=%d SRCH attr=%s", (c, op, "1.1"))
                result(c, op, 101, 32 if gone else 0, search=0 if gone else 1)
            if r.random() < 0.4:
                op += 1
                # the application checks the user's password with a bind of its own
                bind(c, op, dn(u), ok=u not in ("unknown.user", "a.mueller") and r.random() < 0.85)
        r2 = r.random()
        close(c, fd, op + 1, "" if r2 < 0.7 else "lost" if r2 < 0.85 else "idle")

    def admin_session() -> None:
        c, fd = accept(None)
        emit('conn=%d op=%d BIND dn="%s" method=%d', (c, 0, "", 163))
        emit(
            'conn=%d op=%d BIND authcid="%s" authzid="%s"',
            (
                c,
                0,
                "gidNumber=0+uidNumber=0,cn=peercred,cn=external,cn=auth",
                "gidNumber=0+uidNumber=0,cn=peercred,cn=external,cn=auth",
            ),
        )
        emit(
            'conn=%d op=%d BIND dn="%s" mech=%s bind_ssf=%d ssf=%d',
            (c, 0, "gidNumber=0+uidNumber=0,cn=peercred,cn=external,cn=auth", "EXTERNAL", 0, 71),
        )
        result(c, 0, 97, 0)
        op = 1
        x = r.random()
        u = r.choice(LDAP_USERS[:7])
        if x < 0.4:
            emit('conn=%d op=%d MOD dn="%s"', (c, op, dn(u)))
            emit(
                "conn=%d op=%d MOD attr=%s",
                (c, op, r.choice(["telephoneNumber", "title", "mail", "loginShell"])),
            )
            result(c, op, 103, 0)
        elif x < 0.6:
            new = r.choice(["n.schmidt", "p.rossi", "k.ito", *LDAP_USERS[:3]])
            emit('conn=%d op=%d ADD dn="%s"', (c, op, dn(new)))
            result(c, op, 105, 68 if new in LDAP_USERS else 0)
        elif x < 0.75:
            emit(
                'conn=%d op=%d DEL dn="%s"',
                (c, op, dn(r.choice(["old.contractor", "temp.intern", u]))),
            )
            result(c, op, 107, r.choice([0, 32, 66]))
        else:
            emit('conn=%d op=%d PASSMOD id="%s" new', (c, op, dn(u)))
            emit('conn=%d op=%d MOD dn="%s"', (c, op, dn(u)))
            emit("conn=%d op=%d MOD attr=%s", (c, op, "userPassword pwdChangedTime"))
            emit(
                "conn=%d op=%d RESULT oid= err=%d qtime=%s etime=%s text=",
                (c, op, 0, f"0.{r.randrange(5, 40):06d}", f"0.{r.randrange(80, 900):06d}"),
            )
        close(c, fd, op + 1)

    def scanner() -> None:
        ip = scanner_ip(r)
        c, fd = accept(ip)
        x = r.random()
        if x < 0.5:
            emit('conn=%d op=%d BIND dn="%s" method=%d', (c, 0, "", 128))
            emit("conn=%d op=%d BIND anonymous mech=implicit bind_ssf=%d ssf=%d", (c, 0, 0, 0))
            result(c, 0, 97, 0)
            emit(
                'conn=%d op=%d SRCH base="%s" scope=%d deref=%d filter="%s"',
                (c, 1, "", 0, 0, "(objectClass=*)"),
            )
            emit(
                "conn=%d op=%d SRCH attr=%s",
                (c, 1, "namingContexts supportedLDAPVersion subschemaSubentry"),
            )
            result(c, 1, 101, 0, search=1)
            close(c, fd, 2)
        elif x < 0.8:
            u = r.choice(["admin", "administrator", "root", "manager"])
            bind(c, 0, f"cn={u},{LDAP_BASE}", ok=False)
            close(c, fd, 1, "lost")
        else:
            if r.random() < 0.5:
                emit("conn=%d fd=%d closed (TLS negotiation failure)", (c, fd))
            else:
                emit("conn=%d fd=%d closed (connection lost)", (c, fd))

    def syncrepl() -> None:
        emit("do_syncrep2: rid=%03d %s", (1, "LDAP_RES_INTERMEDIATE - REFRESH_DELETE"), lo=1, hi=20)
        for _ in range(r.randrange(1, 4)):
            u = r.choice(LDAP_USERS)
            csn = f"{log.t:%Y%m%d%H%M%S}.{r.randrange(0, 999999):06d}Z#000000#001#000000"
            emit("do_syncrep2: rid=%03d cookie=%s", (1, f"rid=001,sid=001,csn={csn}"))
            emit(
                "syncrepl_entry: rid=%03d LDAP_RES_SEARCH_ENTRY(%s) csn=%s tid %s",
                (1, "LDAP_SYNC_MODIFY", csn, r.choice(threads)),
            )
            emit("syncrepl_entry: rid=%03d be_search (%d)", (1, 0))
            emit("syncrepl_entry: rid=%03d %s", (1, dn(u)))
            emit("syncrepl_entry: rid=%03d be_modify %s (%d)", (1, dn(u), 0))

    def start() -> None:
        emit(
            "@(#) $OpenLDAP: slapd %s (%s) $",
            ("2.6.7+dfsg-1~exp1ubuntu8", "May  6 2024 12:07:52"),
            lo=0,
            hi=0.1,
        )
        log.add("\tUbuntu Developers <ubuntu-devel-discuss@lists.ubuntu.com>", None)
        emit("slapd starting", lo=0.2, hi=0.8)

    def stop() -> None:
        emit("daemon: shutdown requested and initiated.", lo=1, hi=60)
        emit("slapd shutdown: waiting for %d operations/tasks to finish", (r.randrange(0, 3),))
        emit("slapd stopped.")

    start()
    for day in range(2):
        for hour in range(24):
            busy = 7 <= hour <= 19
            for _ in range(r.randrange(4, 10) if busy else r.randrange(1, 3)):
                log.tick(r, 2, 180 if busy else 600)
                x = r.random()
                if x < 0.7:
                    service_session()
                elif x < 0.82:
                    admin_session()
                elif x < 0.94:
                    scanner()
                else:
                    syncrepl()
        if day == 0:
            stop()
            log.tick(r, 2, 8)
            start()
    return [log]


# ---------------------------------------------------------------------------------- unbound

UNB_BLOCKED = [
    "ads.doubleclick.net.",
    "googleads.g.doubleclick.net.",
    "telemetry.microsoft.com.",
    "pixel.facebook.com.",
    "app-measurement.com.",
    "tracking.example-ads.net.",
]
UNB_CLIENTS = [f"192.168.10.{n}" for n in (23, 31, 41, 57, 64, 80, 112)]
UNB_NAMES = [
    "www.example.org.",
    "api.github.com.",
    "cdn.jsdelivr.net.",
    "deb.debian.org.",
    "outlook.office365.com.",
    "time.cloudflare.com.",
    "registry.npmjs.org.",
]


def unbound(r: random.Random) -> list[Log]:
    """Unbound 1.17.1's log file (`logfile: /var/log/unbound/unbound.log`, verbosity 1,
    `log-local-actions: yes`, `log-servfail: yes`, `statistics-interval: 3600`: `[%lld] %s[%d:%x]
    %s: %s`, the time in seconds since the epoch, the ident, the pid and thread, the type): start-ups
    with the modules, blocked names (`ads.doubleclick.net. always_nxdomain 192.168.10.23@51234
    ads.doubleclick.net. A IN`), SERVFAILs with their reason, DNSSEC validation failures, TCP and
    TLS upstream errors, socket buffers not granted, hourly statistics per thread with the
    recursion histogram, remote control commands, and a reload."""
    log = Log("unbound.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    pid = [0]

    def emit(
        tid: int,
        typ: str,
        fmt: str,
        args: tuple = (),
        label: str | None = None,
        lo: float = 0.001,
        hi: float = 2,
    ) -> None:
        log.tick(r, lo, hi)
        log.add(
            f"[{int(log.t.timestamp())}] unbound[{pid[0]}:{tid:x}] {typ}: {fmt % args if args else fmt}",
            label or fmt,
        )

    def start() -> None:
        pid[0] = r.randrange(400, 60000)
        emit(
            0,
            "warning",
            "so-rcvbuf %u was not granted. Got %u. To fix: start with root permissions(linux) or sysctl bigger net.core.rmem_max(linux) or kern.ipc.maxsockbuf(bsd) values.",
            (4194304, 425984),
            lo=0,
            hi=0.1,
        )
        for i, m in enumerate(["subnetcache", "validator", "iterator"]):
            emit(0, "notice", "init module %d: %s", (i, m), lo=0, hi=0.01)
        emit(0, "info", "start of service (unbound %s).", ("1.17.1",), lo=0, hi=0.2)

    def stats() -> None:
        tot = 0
        for tid in range(2):
            q = r.randrange(2000, 30000)
            tot += q
            c = int(q * r.uniform(0.5, 0.8))
            emit(
                tid,
                "info",
                "server stats for thread %d: %u queries, %u answers from cache, %u recursions, %u prefetch, %u rejected by ip ratelimiting",
                (tid, q, c, q - c, r.randrange(0, 400), 0),
                lo=0,
                hi=0.01,
            )
            emit(
                tid,
                "info",
                "server stats for thread %d: requestlist max %u avg %g exceeded %u jostled %u",
                (tid, r.randrange(5, 60), round(r.uniform(0.1, 8), 5), 0, 0),
                lo=0,
                hi=0.01,
            )
            emit(
                tid,
                "info",
                "average recursion processing time %.6f sec",
                (r.uniform(0.02, 0.3),),
                lo=0,
                hi=0.01,
            )
            emit(tid, "info", "histogram of recursion processing times", lo=0, hi=0.01)
            emit(
                tid,
                "info",
                "[25%%]=%g median[50%%]=%g [75%%]=%g",
                (
                    round(r.uniform(0.005, 0.02), 6),
                    round(r.uniform(0.02, 0.06), 6),
                    round(r.uniform(0.06, 0.2), 6),
                ),
                lo=0,
                hi=0.01,
            )
            emit(tid, "info", "lower(secs) upper(secs) recursions", lo=0, hi=0.01)
            lo_ = 0.0
            up = 0.000001
            for _ in range(r.randrange(8, 14)):
                if r.random() < 0.8:
                    emit(
                        tid,
                        "info",
                        "%4.6f %4.6f %d",
                        (lo_, up, r.randrange(1, 5000)),
                        lo=0,
                        hi=0.001,
                    )
                lo_, up = up, up * 2
            _ = tot

    def blocked() -> None:
        c = r.choice(UNB_CLIENTS)
        n = r.choice(UNB_BLOCKED)
        zone = n if r.random() < 0.7 else n.split(".", 1)[1]
        emit(
            r.randrange(2),
            "info",
            "%s %s %s@%u %s %s %s",
            (
                zone,
                "always_nxdomain",
                c,
                r.randrange(1024, 65535),
                n,
                r.choice(["A", "AAAA", "HTTPS"]),
                "IN",
            ),
        )

    def servfail() -> None:
        name, reason = r.choice(
            [
                (
                    "bad.dnssec.example.",
                    "all servers for this domain failed, at zone bad.dnssec.example. upstream server timeout",
                ),
                ("printer.corp.example.net.", "exceeded the maximum nameserver nxdomains"),
                (
                    "cdn.flaky-provider.net.",
                    "all servers for this domain failed, at zone flaky-provider.net. from 198.51.100.53 got SERVFAIL",
                ),
                ("broken.example.", "failed to find nameserver address for NS ns1.broken.example."),
            ]
        )
        # the reason is errinf's text, a message of its own: its format is the label's
        fmt = {
            "bad.dnssec.example.": "all servers for this domain failed, at zone %s upstream server timeout",
            "printer.corp.example.net.": "exceeded the maximum nameserver nxdomains",
            "cdn.flaky-provider.net.": "all servers for this domain failed, at zone %s from %s got SERVFAIL",
            "broken.example.": "failed to find nameserver address for NS %s",
        }[name]
        emit(
            r.randrange(2),
            "error",
            "SERVFAIL <%s %s %s>: %s",
            (name, r.choice(["A", "AAAA"]), "IN", reason),
            label="SERVFAIL <%s %s %s>: " + fmt,
        )

    def validation() -> None:
        name = r.choice(["dnssec-failed.org.", "www.dnssec-failed.org.", "rhybar.cz."])
        emit(
            r.randrange(2),
            "info",
            "validation failure <%s %s %s>: %s",
            (
                name,
                "A",
                "IN",
                f"no keys have a DS with algorithm RSASHA1 from {r.choice(['68.87.68.244', '68.87.76.228', '69.252.80.75'])} for key dnssec-failed.org. while building chain of trust",
            ),
            label="validation failure <%s %s %s>: no keys have a DS with algorithm %s from %s for key %s while building chain of trust",
        )

    def net_err() -> None:
        x = r.random()
        if x < 0.35:
            emit(
                r.randrange(2),
                "error",
                "read (in tcp s): %s for %s port %d",
                (
                    r.choice(["Connection reset by peer", "Connection timed out"]),
                    r.choice(UNB_CLIENTS),
                    r.randrange(1024, 65535),
                ),
                label=None,
            )
        elif x < 0.6:
            ip6 = r.choice(["2001:500:2f::f", "2001:7fd::1", "2620:fe::fe"])
            emit(
                r.randrange(2),
                "notice",
                "sendto failed: %s",
                ("Network is unreachable",),
                label="sendto failed: Network is unreachable",
            )
            emit(r.randrange(2), "notice", "remote address is %s port %d (len %d)", (ip6, 53, 28))
        elif x < 0.8:
            emit(
                r.randrange(2),
                "error",
                "ssl handshake failed crypto %s",
                ("error:0A000086:SSL routines::certificate verify failed",),
            )
            emit(
                r.randrange(2),
                "notice",
                "ssl handshake failed %s port %d",
                (r.choice(["9.9.9.9", "149.112.112.112"]), 853),
            )
        else:
            emit(
                r.randrange(2),
                "error",
                "outgoing tcp: connect: %s for %s port %d (len %d)",
                ("Network is unreachable", r.choice(["2001:500:2f::f", "2001:7fd::1"]), 53, 28),
                label="outgoing tcp: connect: Network is unreachable for %s port %d (len %d)",
            )

    def control() -> None:
        cmd = r.choice(["reload", "flush_zone", "flush_infra", "stats_noreset", "dump_cache"])
        if cmd == "flush_zone":
            emit(
                0,
                "info",
                "control cmd:  %s",
                (f"flush_zone {r.choice(['corp.example.net', 'example.org'])}",),
                lo=1,
                hi=60,
            )
            emit(0, "info", "flush_zone: %s", ("removed 12 rrsets, 3 messages and 0 key entries",))
        elif cmd == "reload":
            emit(0, "info", "control cmd:  %s", ("reload",), lo=1, hi=60)
            emit(0, "info", "service stopped (unbound %s).", ("1.17.1",))
            stats()
            emit(0, "info", "Restart of unbound %s.", ("1.17.1",))
            for i, m in enumerate(["subnetcache", "validator", "iterator"]):
                emit(0, "notice", "init module %d: %s", (i, m), lo=0, hi=0.01)
            emit(0, "info", "start of service (unbound %s).", ("1.17.1",), lo=0, hi=0.2)
        else:
            emit(0, "info", "control cmd:  %s", (cmd,), lo=1, hi=60)

    start()
    for day in range(3):
        for hour in range(24):
            busy = 7 <= hour <= 23
            for _ in range(r.randrange(10, 30) if busy else r.randrange(2, 8)):
                log.tick(r, 5, 200 if busy else 900)
                x = r.random()
                if x < 0.55:
                    blocked()
                elif x < 0.72:
                    servfail()
                elif x < 0.8:
                    validation()
                elif x < 0.97:
                    net_err()
                else:
                    control()
            stats()
        if day == 1:
            emit(0, "info", "service stopped (unbound %s).", ("1.17.1",), lo=60, hi=600)
            stats()
            log.tick(r, 2, 10)
            start()
    return [log]


SYSTEMS = {
    "fail2ban": fail2ban,
    "openvpn": openvpn,
    "grafana": grafana,
    "slapd": slapd,
    "unbound": unbound,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
