#!/usr/bin/env python3
# ruff: noqa: E501, B023  (the log lines it writes are data, one per call; printf as the programs do;
# a host's helpers are called only in the loop turn that defines them)
"""Writes the held-out logs of round 33 (tor, cups, icinga2, libvirtd, syncthing) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: Tor's notices.log (`Jun 11 06:00:02.118 [notice] msg`:
a syslog-like stamp with milliseconds and no host, the level in brackets, `func(): ` before a
bug's warning), CUPS's error_log (`E [11/Jun/2024:06:00:02 +0000] [Job 123] msg`: the level
letter first, a CLF stamp, the job's or client's tag), Icinga 2's icinga2.log (`[2024-06-11
06:00:02 +0000] information/ApiListener: msg`: severity and facility joined by a slash),
libvirtd's log file (`2024-06-11 06:00:02.118+0000: 3456: error : virNetSocketReadWire:1793 :
msg`: the thread id, the level and the function with its line between ` : `) and Syncthing's
log (`[ABCDE] 2024/06/11 06:00:02 INFO: msg`: the device's short id in brackets before a Go log
stamp). Run it only to change the data on purpose:
`python bench/heldout/generate_round33.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, ip4


def pick(r: random.Random, table: list[tuple[float, object]]):
    return r.choices([f for _, f in table], [w for w, _ in table])[0]


def ruuid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def human_bytes(n: float) -> str:
    for unit in ("bytes", "kB", "MB", "GB", "TB"):
        if n < 1024 or unit == "TB":
            return f"{n:.2f} {unit}"
        n /= 1024
    raise AssertionError


# --------------------------------------------------------------------------------- Tor

TOR_FP = "ABCDEF0123456789"


def tor_fp(r: random.Random) -> str:
    return "".join(r.choice("0123456789ABCDEF") for _ in range(40))


BOOTSTRAP = [
    (0, "starting", "Starting"),
    (5, "conn", "Connecting to a relay"),
    (10, "conn_done", "Connected to a relay"),
    (14, "handshake", "Handshaking with a relay"),
    (15, "handshake_done", "Handshake with a relay done"),
    (75, "enough_dirinfo", "Loaded enough directory info to build circuits"),
    (90, "ap_handshake_done", "Handshake finished with a relay to build circuits"),
    (95, "circuit_create", "Establishing a Tor circuit"),
    (100, "done", "Done"),
]


def tor(r: random.Random) -> list[Log]:
    """Tor 0.4.8.12 on a relay and on a client (`Log notice file /var/log/tor/notices.log`):
    `Jun 11 06:00:02.118 [notice] msg` (Tor's own stamp, the day zero-padded, milliseconds, no
    host). Start-up with its listeners and bootstrap steps, six-hourly heartbeats (the relay's
    with its handshake, connection and DoS counts), the relay's reachability self-test, the
    client's stuck bootstrap, clock jumps, failing guards, given-up streams, reloads on SIGHUP,
    a bug's warning with its function's name (`connection_edge_process_relay_cell_not_open():
    ...`, Tor names the function for LD_BUG) and a clean exit."""
    logs = []
    for host, relay in (("relay1", True), ("laptop", False)):
        log = Log(f"{host}-notices.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        fp = tor_fp(r)
        nick = "fraOnionRelay" if relay else ""
        ext = ip4(r, "185.220")

        def emit(level: str, msg: str, label: str, lo=0.0, hi=0.05) -> None:
            log.tick(r, lo, hi)
            ms = log.t.microsecond // 1000
            log.add(f"{log.t:%b %d %H:%M:%S}.{ms:03d} [{level}] {msg}", label)

        def start(first: bool) -> None:
            emit(
                "notice",
                f"Tor 0.4.8.12 opening {'new ' if first else ''}log file.",
                "Tor %s opening %slog file.",
                lo=1,
                hi=3,
            )
            emit(
                "notice",
                "Tor 0.4.8.12 running on Linux with Libevent 2.1.12-stable, OpenSSL 3.0.13, Zlib 1.3, Liblzma 5.4.5, Libzstd 1.5.5 and Glibc 2.39 as libc.",
                "Tor %s running on %s with Libevent %s, %s %s, Zlib %s, Liblzma %s, Libzstd %s and %s %s as libc.",
            )
            emit(
                "notice",
                "Tor can't help you if you use it wrong! Learn how to be safe at https://support.torproject.org/faq/staying-anonymous/",
                "Tor can't help you if you use it wrong! Learn how to be safe at https://support.torproject.org/faq/staying-anonymous/",
            )
            emit(
                "notice",
                'Read configuration file "/usr/share/tor/tor-service-defaults-torrc".',
                'Read configuration file "%s".',
            )
            emit(
                "notice",
                'Read configuration file "/etc/tor/torrc".',
                'Read configuration file "%s".',
            )
            mem = r.choice([2865, 5731, 8192, 11463]) if relay else r.choice([1432, 2865])
            emit(
                "notice",
                f"Based on detected system memory, MaxMemInQueues is set to {mem} MB. You can override this by setting MaxMemInQueues by hand.",
                "Based on detected system memory, MaxMemInQueues is set to %d MB. You can override this by setting MaxMemInQueues by hand.",
            )
            listeners = [
                ("Socks listener", "127.0.0.1:9050"),
                ("Control listener", "127.0.0.1:9051"),
            ]
            if relay:
                listeners = [
                    ("OR listener", "0.0.0.0:9001"),
                    ("Directory listener", "0.0.0.0:9030"),
                    *listeners,
                ]
            for kind, addr in listeners:
                emit("notice", f"Opening {kind} on {addr}", "Opening %s on %s")
                emit(
                    "notice",
                    f"Opened {kind} connection (ready) on {addr}",
                    "Opened %s connection (ready) on %s",
                )
            emit(
                "notice",
                "Parsing GEOIP IPv4 file /usr/share/tor/geoip.",
                "Parsing GEOIP %s file %s.",
            )
            emit(
                "notice",
                "Parsing GEOIP IPv6 file /usr/share/tor/geoip6.",
                "Parsing GEOIP %s file %s.",
            )
            if relay:
                emit(
                    "notice",
                    "Configured to measure statistics. Look for the *-stats files that will first be written to the data directory in 24 hours from now.",
                    "Configured to measure statistics. Look for the *-stats files that will first be written to the data directory in 24 hours from now.",
                )
                emit(
                    "notice",
                    f"Your Tor server's identity key fingerprint is '{nick} {fp}'",
                    "Your Tor server's identity key fingerprint is '%s %s'",
                )
                ed = "".join(
                    r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
                    for _ in range(43)
                )
                emit(
                    "notice",
                    f"Your Tor server's identity key ed25519 fingerprint is '{nick} {ed}'",
                    "Your Tor server's identity key ed25519 fingerprint is '%s %s'",
                )
            emit(
                "notice",
                'Starting with guard context "default"',
                'Starting with guard context "%s"',
            )
            for pct, tag, summary in BOOTSTRAP[:2]:
                emit(
                    "notice",
                    f"Bootstrapped {pct}% ({tag}): {summary}",
                    "Bootstrapped %d%% (%s): %s",
                )
            emit("notice", "Signaled readiness to systemd", "Signaled readiness to systemd")

        def bootstrap_rest(stuck: bool) -> None:
            if stuck:
                host_fp = tor_fp(r)
                addr = f"{ip4(r)}:{r.choice([443, 9001, 9101])}"
                for count in range(1, r.randrange(6, 12)):
                    emit(
                        "warn",
                        f"Problem bootstrapping. Stuck at 14% (handshake): Handshaking with a relay. (DONE; DONE; count {count}; recommendation warn; host {host_fp} at {addr})",
                        "Problem bootstrapping. Stuck at %d%% (%s): %s. (%s; %s; count %d; recommendation %s; host %s at %s)",
                        lo=5,
                        hi=40,
                    )
                    if count == 1:
                        emit(
                            "warn",
                            "1 connections have failed:",
                            "%d connections have failed:",
                        )
                        emit(
                            "warn",
                            " 1 connections died in state handshaking (TLS) with SSL state SSLv3/TLS write client hello in HANDSHAKE",
                            " %d connections died in state %s",
                        )
            for pct, tag, summary in BOOTSTRAP[2:]:
                emit(
                    "notice",
                    f"Bootstrapped {pct}% ({tag}): {summary}",
                    "Bootstrapped %d%% (%s): %s",
                    lo=0.1,
                    hi=2,
                )
            if relay:
                emit(
                    "notice",
                    f"Now checking whether IPv4 ORPort {ext}:9001 is reachable... (this may take up to 20 minutes -- look for log messages indicating success)",
                    "Now checking whether IPv4 ORPort %s is reachable... (this may take up to %d minutes -- look for log messages indicating success)",
                )
                emit(
                    "notice",
                    f"Self-testing indicates your ORPort {ext}:9001 is reachable from the outside. Excellent. Publishing server descriptor.",
                    "Self-testing indicates your ORPort %s is reachable from the outside. Excellent. Publishing server descriptor.",
                    lo=20,
                    hi=90,
                )
                emit(
                    "notice",
                    "Performing bandwidth self-test...done.",
                    "Performing bandwidth self-test...done.",
                    lo=60,
                    hi=200,
                )

        def heartbeat(hours: int) -> None:
            up = (
                f"{hours // 24} day{'s' if hours // 24 > 1 else ''} {hours % 24}:00 hours"
                if hours >= 24
                else f"{hours}:00 hours"
            )
            sent = r.uniform(20, 900) * (1 + hours) * (40 if relay else 1) * 1024 * 1024
            emit(
                "notice",
                f"Heartbeat: Tor's uptime is {up}, with {r.randrange(3, 40) if not relay else r.randrange(800, 4000)} circuits open. I've sent {human_bytes(sent)} and received {human_bytes(sent * r.uniform(0.9, 1.1))}. I've received {r.randrange(0, 50) if not relay else r.randrange(2000, 90000)} connections on IPv4 and 0 on IPv6. I've made {r.randrange(10, 300)} connections with IPv4 and 0 with IPv6.",
                "Heartbeat: Tor's uptime is %s, with %d circuits open. I've sent %s and received %s. I've received %d connections on IPv4 and %d on IPv6. I've made %d connections with IPv4 and %d with IPv6.",
                lo=0,
                hi=0.01,
            )
            if relay:
                emit(
                    "notice",
                    f"Heartbeat: In the last 6 hours, I have seen {r.randrange(200, 6000)} unique clients.",
                    "Heartbeat: In the last %d hours, I have seen %d unique clients.",
                )
                tap = r.randrange(0, 30)
                ntor = r.randrange(20000, 400000)
                emit(
                    "notice",
                    f"Circuit handshake stats since last time: {tap}/{tap} TAP, {ntor}/{ntor + r.randrange(0, 50)} NTor.",
                    "Circuit handshake stats since last time: %d/%d TAP, %d/%d NTor.",
                )
                emit(
                    "notice",
                    f"Since startup we initiated 0 and received 0 v1 connections; initiated 0 and received 0 v2 connections; initiated 0 and received {r.randrange(0, 20)} v3 connections; initiated 0 and received {r.randrange(10, 300)} v4 connections; initiated {r.randrange(500, 9000)} and received {r.randrange(10000, 400000)} v5 connections.",
                    "Since startup we initiated %d and received %d v1 connections; initiated %d and received %d v2 connections; initiated %d and received %d v3 connections; initiated %d and received %d v4 connections; initiated %d and received %d v5 connections.",
                )
                emit(
                    "notice",
                    f"DoS mitigation since startup: {r.randrange(0, 40)} circuits killed with too many cells, {r.randrange(0, 90000)} circuits rejected, {r.randrange(0, 30)} marked addresses, {r.randrange(0, 5)} marked addresses for max queue, {r.randrange(0, 900)} same address concurrent connections rejected, 0 connections rejected, 0 single hop clients refused, {r.randrange(0, 4000)} INTRODUCE2 rejected.",
                    "DoS mitigation since startup: %d circuits killed with too many cells, %d circuits rejected, %d marked addresses, %d marked addresses for max queue, %d same address concurrent connections rejected, %d connections rejected, %d single hop clients refused, %d INTRODUCE2 rejected.",
                )

        def client_trouble() -> None:
            x = r.random()
            if x < 0.25:
                secs = r.randrange(120, 3 * 3600)
                emit(
                    "notice",
                    f"Your system clock just jumped {secs} seconds forward; assuming established circuits no longer work.",
                    "Your system clock just jumped %d seconds forward; assuming established circuits no longer work.",
                    lo=30,
                    hi=900,
                )
            elif x < 0.45:
                secs = r.choice([60, 120, 180, 240, 300])
                emit(
                    "notice",
                    f"Tor has not observed any network activity for the past {secs} seconds. Disabling circuit build timeout recording.",
                    "Tor has not observed any network activity for the past %d seconds. Disabling circuit build timeout recording.",
                    lo=30,
                    hi=900,
                )
                emit(
                    "notice",
                    f"Tor now sees network activity. Restoring circuit build timeout recording. Network was down for {secs + r.randrange(1, 600)} seconds during {r.randrange(0, 12)} circuit attempts.",
                    "Tor now sees network activity. Restoring circuit build timeout recording. Network was down for %d seconds during %d circuit attempts.",
                    lo=30,
                    hi=900,
                )
            elif x < 0.65:
                port = r.choice([443, 80, 5222, 6697, 22])
                emit(
                    "notice",
                    f"Tried for 120 seconds to get a connection to [scrubbed]:{port}. Giving up. (waiting for circuit)",
                    "Tried for %d seconds to get a connection to %s:%d. Giving up. (%s)",
                    lo=30,
                    hi=900,
                )
            elif x < 0.8:
                emit(
                    "notice",
                    f"Have tried resolving or connecting to address '[scrubbed]' at {r.randrange(3, 4)} different places. Giving up.",
                    "Have tried resolving or connecting to address '%s' at %d different places. Giving up.",
                    lo=30,
                    hi=900,
                )
            elif x < 0.9:
                guard = r.choice(
                    ["Quetzalcoatl", "ForPrivacyNET", "artikel5ev4", "Unnamed", "torpidsUAkyiv"]
                )
                ok = r.randrange(60, 150)
                emit(
                    "notice",
                    f"Your Guard {guard} (${tor_fp(r)}) is failing more circuits than usual. Most likely this means the Tor network is overloaded. Success counts are {ok}/{ok * 2 + r.randrange(1, 9)}. Use counts are {r.randrange(20, 60)}/{r.randrange(60, 70)}. {ok + 40} circuits completed, 0 were unusable, {r.randrange(0, 60)} collapsed, and {r.randrange(10, 300)} timed out. For reference, your timeout cutoff is {r.randrange(3, 60)} seconds.",
                    "Your Guard %s ($%s) is failing more circuits than usual. Most likely this means the Tor network is overloaded. Success counts are %d/%d. Use counts are %d/%d. %d circuits completed, %d were unusable, %d collapsed, and %d timed out. For reference, your timeout cutoff is %ld seconds.",
                    lo=30,
                    hi=900,
                )
            elif x < 0.95:
                emit(
                    "warn",
                    "Socks version 71 not recognized. (This port is not an HTTP proxy; did you want to use HTTPTunnelPort?)",
                    "Socks version %d not recognized. (This port is not an HTTP proxy; did you want to use HTTPTunnelPort?)",
                    lo=30,
                    hi=900,
                )
            else:
                emit(
                    "notice",
                    "Application request when we haven't used client functionality lately. Optimistically trying directory fetches again.",
                    "Application request when we haven't used client functionality lately. Optimistically trying directory fetches again.",
                    lo=30,
                    hi=900,
                )

        def relay_trouble() -> None:
            x = r.random()
            if x < 0.3:
                emit(
                    "warn",
                    f"connection_edge_process_relay_cell_not_open(): Bug: Got an unexpected relay command {r.choice([4, 6, 11])}, in state {r.choice([1, 7])} (connect wait). Dropping. (on Tor 0.4.8.12 )",
                    "Got an unexpected relay command %d, in state %d (%s). Dropping.",
                    lo=60,
                    hi=1800,
                )
            elif x < 0.55:
                emit(
                    "notice",
                    f"We're low on memory (cell queues total alloc: {r.randrange(300, 900) * 1048576} buffer total alloc: {r.randrange(1, 90) * 1048576}, tor compress total alloc: {r.randrange(1, 9) * 65536} (zlib: 0, zstd: 0, lzma: 0), rendezvous cache total alloc: {r.randrange(1000, 90000)}). Killing circuits withover-long queues. (This behavior is controlled by MaxMemInQueues.)",
                    "We're low on memory (cell queues total alloc: %zu buffer total alloc: %zu, tor compress total alloc: %zu (zlib: %d, zstd: %d, lzma: %d), rendezvous cache total alloc: %zu). Killing circuits withover-long queues. (This behavior is controlled by MaxMemInQueues.)",
                    lo=60,
                    hi=1800,
                )
                emit(
                    "notice",
                    f"Removed {r.randrange(100, 900) * 1024 * 512} bytes by killing {r.randrange(1, 400)} circuits; {r.randrange(0, 300)} circuits remain alive. Also killed {r.randrange(0, 40)} non-linked directory connections. Killed {r.randrange(0, 9)} edge connections",
                    "Removed %zu bytes by killing %d circuits; %d circuits remain alive. Also killed %d non-linked directory connections. Killed %d edge connections",
                )
            elif x < 0.75:
                emit(
                    "notice",
                    f"Received an HTTP request that didn't look like a Tor server (from {ip4(r)}). Closing.",
                    "Received an HTTP request that didn't look like a Tor server (from %s). Closing.",
                    lo=60,
                    hi=1800,
                )
            else:
                emit(
                    "notice",
                    f"Your network connection speed appears to have changed. Resetting timeout to {r.randrange(30, 90)}000ms after {r.randrange(18, 30)} timeouts and {r.randrange(100, 1000)} buildtimes.",
                    "Your network connection speed appears to have changed. Resetting timeout to %ldms after %d timeouts and %d buildtimes.",
                    lo=60,
                    hi=1800,
                )

        start(True)
        bootstrap_rest(stuck=not relay)
        hours = 0
        for _ in range(30 if relay else 36):
            for _ in range(r.randrange(2, 8)):
                (relay_trouble if relay else client_trouble)()
            hours += 6
            log.tick(r, 2 * 3600, 4 * 3600)
            heartbeat(hours)
            if hours % 48 == 0:
                emit(
                    "notice",
                    "Received reload signal (hup). Reloading config and resetting internal state.",
                    "Received reload signal (hup). Reloading config and resetting internal state.",
                    lo=60,
                    hi=600,
                )
                emit(
                    "notice",
                    'Read configuration file "/usr/share/tor/tor-service-defaults-torrc".',
                    'Read configuration file "%s".',
                )
                emit(
                    "notice",
                    'Read configuration file "/etc/tor/torrc".',
                    'Read configuration file "%s".',
                )
                emit(
                    "notice",
                    "Tor 0.4.8.12 opening log file.",
                    "Tor %s opening %slog file.",
                )
        emit(
            "notice",
            "Interrupt: exiting cleanly."
            if not relay
            else "Catching signal TERM, exiting cleanly.",
            "Interrupt: exiting cleanly."
            if not relay
            else "Catching signal TERM, exiting cleanly.",
            lo=100,
            hi=1000,
        )
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- CUPS

CUPS_PRINTERS = {
    "HP_LaserJet_M404": ("ipp", "hp-m404.office.lan"),
    "Brother_HL_L2350DW": ("ipp", "brother-2f.office.lan"),
    "Kyocera_TASKalfa_3253ci": ("socket", "10.30.4.21"),
    "Canon_iR_ADV_C5535": ("lpd", "10.30.4.40"),
}
CUPS_USERS = ["anna", "marco", "lpadmin", "j.weber", "s.okafor", "printbot", "guest", "r.silva"]
CUPS_FILTERS = {
    "application/pdf": ["pdftopdf", "gstoraster", "rastertopdf"],
    "text/plain": ["texttopdf", "pdftopdf", "gstoraster"],
    "application/postscript": ["pstops", "gstoraster"],
    "image/jpeg": ["imagetopdf", "pdftopdf", "gstoraster"],
}


def cups(r: random.Random) -> list[Log]:
    """CUPS 2.4.7 on a print server and a workstation (`/var/log/cups/error_log`, `LogLevel
    info`, `LogTimeFormat standard`): `I [11/Jun/2024:06:00:02 +0000] msg`, the level a letter
    first, `[Job 123] ` before what cupsdLogJob writes and `[Client 12] ` before what
    cupsdLogClient writes (tags the logger adds: not part of a template). Start-up and reloads,
    jobs queued, filtered and printed (their filters' and backend's PIDs), a printer not
    responding and its jobs held and retried, filter errors stopping a printer, IPP requests
    refused, subscriptions expiring and the caches saved."""
    logs = []
    for host, printers in (
        ("printsrv", list(CUPS_PRINTERS)),
        ("ws-anna", ["HP_LaserJet_M404", "Brother_HL_L2350DW"]),
    ):
        log = Log(f"{host}-error_log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        pid = [r.randrange(3000, 9000)]
        client = [r.randrange(1, 30)]

        def emit(level: str, msg: str, label: str, lo=0.0, hi=0.05) -> None:
            log.tick(r, lo, hi)
            log.add(f"{level} [{log.t:%d/%b/%Y:%H:%M:%S} +0000] {msg}", label)

        def job(level: str, jid: int, msg: str, label: str, lo=0.0, hi=0.05) -> None:
            emit(level, f"[Job {jid}] {msg}", label, lo, hi)

        def startup(full: bool) -> None:
            if full:
                emit(
                    "I",
                    'Loaded configuration file "/etc/cups/cups-files.conf"',
                    'Loaded configuration file "%s"',
                    lo=1,
                    hi=3,
                )
                emit(
                    "I",
                    "Using default TempDir of /var/spool/cups/tmp...",
                    "Using default TempDir of %s...",
                )
                emit("I", "Configured for up to 100 clients.", "Configured for up to %d clients.")
                emit(
                    "I",
                    "Allowing up to 100 client connections per host.",
                    "Allowing up to %d client connections per host.",
                )
                emit(
                    "I",
                    'Using policy "default" as the default.',
                    'Using policy "%s" as the default.',
                )
                emit("I", "Full reload is required.", "Full reload is required.")
                emit(
                    "I",
                    'Loaded MIME database from "/usr/share/cups/mime" and "/etc/cups": 49 types, 60 filters...',
                    'Loaded MIME database from "%s" and "%s": %d types, %d filters...',
                )
                emit("I", "Full reload complete.", "Full reload complete.")
                emit(
                    "I",
                    'Cleaning out old temporary files in "/var/spool/cups/tmp"...',
                    'Cleaning out old temporary files in "%s"...',
                )
            if host == "ws-anna":
                emit(
                    "E",
                    "Unable to open listen socket for address [v1.::1]:631 - Cannot assign requested address.",
                    "Unable to open listen socket for address %s:%d - Cannot assign requested address.",
                )
            fd = 5
            for addr in (["localhost:631"] if host == "ws-anna" else ["*:631", "[::]:631"]) + [
                "/run/cups/cups.sock"
            ]:
                emit("I", f"Listening to {addr} on fd {fd}...", "Listening to %s on fd %d...")
                fd += 1
            emit(
                "I",
                "Resuming new connection processing...",
                "Resuming new connection processing...",
            )

        def save_caches() -> None:
            emit("I", "Saving job.cache...", "Saving job.cache...", lo=1, hi=30)
            if r.random() < 0.4:
                emit("I", "Saving printers.conf...", "Saving printers.conf...")
            if r.random() < 0.3:
                emit("I", "Saving subscriptions.conf...", "Saving subscriptions.conf...")

        def refused() -> None:
            client[0] += 1
            op, status, uri = pick(
                r,
                [
                    (
                        3,
                        (
                            "Get-Jobs",
                            "client-error-not-found",
                            "ipp://localhost/printers/Old_Xerox_7845",
                        ),
                    ),
                    (
                        2,
                        (
                            "Create-Job",
                            "client-error-not-authorized",
                            f"ipp://localhost/printers/{r.choice(printers)}",
                        ),
                    ),
                    (
                        1,
                        (
                            "Cancel-Job",
                            "client-error-not-possible",
                            "ipp://localhost/jobs/" + str(r.randrange(100, 900)),
                        ),
                    ),
                    (
                        1,
                        (
                            "CUPS-Add-Modify-Printer",
                            "client-error-forbidden",
                            "ipp://localhost/printers/" + r.choice(printers),
                        ),
                    ),
                ],
            )
            src = r.choice(["localhost", ip4(r, "10.30.5"), ip4(r, "10.30.6")])
            emit(
                "E",
                f"[Client {client[0]}] Returning IPP {status} for {op} ({uri}) from {src}.",
                "Returning IPP %s for %s (%s) from %s.",
                lo=1,
                hi=300,
            )

        jid = r.randrange(100, 400)
        down: dict[str, int] = {}
        startup(True)
        for step in range(330 if host == "printsrv" else 120):
            if step and step % 90 == 0:
                emit(
                    "I",
                    "Scheduler shutting down normally.",
                    "Scheduler shutting down normally.",
                    lo=60,
                    hi=600,
                )
                emit("I", "Saving job.cache...", "Saving job.cache...")
                emit("I", "cupsd shutdown succeeded.", "cupsd shutdown succeeded.")
                startup(full=r.random() < 0.7)
            x = r.random()
            if x < 0.05:
                refused()
                continue
            if x < 0.08:
                emit("I", "Expiring subscriptions...", "Expiring subscriptions...", lo=1, hi=300)
                continue
            if x < 0.12:
                save_caches()
                continue
            jid += 1
            printer = r.choice(printers)
            user = r.choice(CUPS_USERS)
            ftype = r.choice(list(CUPS_FILTERS))
            job(
                "I",
                jid,
                f'Queued on "{printer}" by "{user}".',
                'Queued on "%s" by "%s".',
                lo=5,
                hi=600,
            )
            job(
                "I",
                jid,
                f'File of type {ftype} queued by "{user}".',
                'File of type %s/%s queued by "%s".',
            )
            job("I", jid, 'Adding start banner page "none".', 'Adding start banner page "%s".')
            job("I", jid, 'Adding end banner page "none".', 'Adding end banner page "%s".')
            if printer in down:
                job(
                    "I",
                    jid,
                    "Waiting for printer to become available.",
                    "Waiting for printer to become available.",
                    lo=0,
                    hi=2,
                )
                down[printer] -= 1
                if down[printer] <= 0:
                    del down[printer]
                    job("I", jid, "Connected to printer.", "Connected to printer.", lo=10, hi=200)
                else:
                    continue
            for f in CUPS_FILTERS[ftype]:
                pid[0] += 1
                job(
                    "I",
                    jid,
                    f"Started filter /usr/lib/cups/filter/{f} (PID {pid[0]})",
                    "Started filter %s (PID %d)",
                )
            backend, addr = CUPS_PRINTERS[printer]
            pid[0] += 1
            job(
                "I",
                jid,
                f"Started backend /usr/lib/cups/backend/{backend} (PID {pid[0]})",
                "Started backend %s (PID %d)",
            )
            y = r.random()
            if y < 0.05 and printer not in down:
                down[printer] = r.randrange(1, 4)
                job(
                    "W",
                    jid,
                    "The printer is not responding.",
                    "The printer is not responding.",
                    lo=20,
                    hi=60,
                )
                job(
                    "E",
                    jid,
                    f'Unable to locate printer "{addr}".'
                    if backend == "ipp"
                    else "Unable to connect to printer; will retry in 30 seconds...",
                    'Unable to locate printer "%s".'
                    if backend == "ipp"
                    else "Unable to connect to printer; will retry in %d seconds...",
                )
                job(
                    "I",
                    jid,
                    "Backend returned status 6 (retry job later)",
                    "Backend returned status %d (%s)",
                )
                job(
                    "I",
                    jid,
                    f"Job held until {r.randrange(1, 23):02d}:{r.randrange(60):02d}:00.",
                    "Job held until %s.",
                )
                continue
            if y < 0.09:
                bad = CUPS_FILTERS[ftype][-1]
                job(
                    "E",
                    jid,
                    f"PID {pid[0] - 1} (/usr/lib/cups/filter/{bad}) stopped with status 1.",
                    "PID %d (%s) stopped with status %d.",
                )
                job(
                    "I",
                    jid,
                    'Hint: Try setting the LogLevel to "debug" to find out more.',
                    'Hint: Try setting the LogLevel to "debug" to find out more.',
                )
                job(
                    "E",
                    jid,
                    "Job stopped due to filter errors; please consult the error_log file for details.",
                    "Job stopped due to filter errors; please consult the error_log file for details.",
                )
                continue
            if y < 0.12:
                job(
                    "I",
                    jid,
                    f'Canceled by "{r.choice([user, "lpadmin"])}".',
                    'Canceled by "%s".',
                    lo=1,
                    hi=30,
                )
                continue
            if y < 0.15:
                job(
                    "W",
                    jid,
                    "Printer is busy, will retry in 10 seconds.",
                    "Printer is busy, will retry in %d seconds.",
                    lo=1,
                    hi=5,
                )
            if backend == "ipp" and y < 0.3:
                job("I", jid, "Connecting to printer.", "Connecting to printer.", lo=0, hi=1)
                job("I", jid, "Connected to printer.", "Connected to printer.", lo=0, hi=1)
            if y > 0.97:
                job(
                    "E", jid, "Printer reports: The printer is out of paper.", "Printer reports: %s"
                )
            job("I", jid, "Job completed.", "Job completed.", lo=3, hi=120)
        emit(
            "I",
            "Scheduler shutting down normally.",
            "Scheduler shutting down normally.",
            lo=60,
            hi=600,
        )
        emit("I", "Saving job.cache...", "Saving job.cache...")
        emit("I", "cupsd shutdown succeeded.", "cupsd shutdown succeeded.")
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- Icinga 2

ICINGA_AGENTS = [
    f"{n}.example.com"
    for n in (
        "web01",
        "web02",
        "web03",
        "db01",
        "db02",
        "mail01",
        "proxy01",
        "backup01",
        "ldap01",
        "git01",
    )
]
ICINGA_SERVICES = [
    "http",
    "https-cert",
    "disk",
    "load",
    "procs",
    "swap",
    "ssh",
    "ntp",
    "mysql",
    "smtp",
    "apt",
    "memory",
]
ICINGA_TYPES = [
    ("ApiListener", "ApiListeners", 1),
    ("CheckCommand", "CheckCommands", 238),
    ("Host", "Hosts", 11),
    ("Service", "Services", 112),
    ("Endpoint", "Endpoints", 11),
    ("Zone", "Zones", 14),
    ("User", "Users", 4),
    ("UserGroup", "UserGroups", 2),
    ("Notification", "Notifications", 36),
    ("NotificationCommand", "NotificationCommands", 2),
    ("TimePeriod", "TimePeriods", 3),
    ("IdoMysqlConnection", "IdoMysqlConnections", 1),
    ("FileLogger", "FileLoggers", 1),
    ("CheckerComponent", "CheckerComponents", 1),
    ("Downtime", "Downtimes", 3),
    ("ScheduledDowntime", "ScheduledDowntimes", 2),
]


def icinga2(r: random.Random) -> list[Log]:
    """Icinga 2.14.2 master on two nodes (`/var/log/icinga2/icinga2.log`, the mainlog at
    information): `[2024-06-11 06:00:02 +0000] information/ApiListener: msg`, the severity and
    the facility (a component or object type: the logger's, not the statement's) before a colon.
    Start-up (config items instantiated per type, the features started), agents connecting and
    the config and runtime objects synced to them, agents lost and reconnected, the work queues'
    and the IDO's rates every few minutes, checks timing out and killed, notifications sent,
    the database going away, API requests, the state dumped, a reload."""
    logs = []
    for node in ("master1", "master2"):
        log = Log(f"{node}-icinga2.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        me = f"{node}.example.com"
        addrs = {a: ip4(r, "10.20.1") for a in ICINGA_AGENTS}
        wq = {
            "ApiListener, RelayQueue": r.randrange(2, 9),
            "ApiListener, SyncQueue": r.randrange(2, 9),
            "IdoMysqlConnection, ido-mysql": r.randrange(2, 9),
        }
        connected = set()

        def emit(sev: str, fac: str, msg: str, label: str, lo=0.0, hi=0.05) -> None:
            log.tick(r, lo, hi)
            log.add(f"[{log.t:%Y-%m-%d %H:%M:%S} +0000] {sev}/{fac}: {msg}", label)

        def start() -> None:
            emit(
                "information",
                "cli",
                "Icinga application loader (version: r2.14.2-1)",
                "Icinga application loader (version: %s)",
                lo=2,
                hi=5,
            )
            emit(
                "information",
                "cli",
                "Loading configuration file(s).",
                "Loading configuration file(s).",
            )
            emit(
                "information",
                "ConfigItem",
                "Committing config item(s).",
                "Committing config item(s).",
                hi=0.5,
            )
            emit("information", "ApiListener", f"My API identity: {me}", "My API identity: %s")
            for name, plural, n in ICINGA_TYPES:
                emit(
                    "information",
                    "ConfigItem",
                    f"Instantiated {n} {plural if n != 1 else name}.",
                    "Instantiated %d %s.",
                    hi=0.01,
                )
            emit(
                "information",
                "ScriptGlobal",
                "Dumping variables to file '/var/cache/icinga2/icinga2.vars'",
                "Dumping variables to file '%s'",
            )
            emit(
                "information",
                "cli",
                "Finished validating the configuration file(s).",
                "Finished validating the configuration file(s).",
            )
            for fac, obj in (
                ("FileLogger", "main-log"),
                ("ApiListener", "api"),
                ("CheckerComponent", "checker"),
                ("NotificationComponent", "notification"),
                ("IdoMysqlConnection", "ido-mysql"),
            ):
                emit("information", fac, f"'{obj}' started.", "'%s' started.")
            emit(
                "information",
                "ApiListener",
                "Started new listener on '[0.0.0.0]:5665'",
                "Started new listener on '%s'",
            )
            emit(
                "information",
                "IdoMysqlConnection",
                "MySQL IDO instance id: 1 (schema version: '1.14.3')",
                "MySQL IDO instance id: %d (schema version: '%s')",
                lo=0.1,
                hi=1,
            )
            emit(
                "information",
                "IdoMysqlConnection",
                f"Finished reconnecting to 'IdoMysqlConnection' database 'icinga' in {r.uniform(0.05, 2):.6g} second(s).",
                "Finished reconnecting to '%s' database '%s' in %s second(s).",
            )

        def agent_connect(agent: str) -> None:
            port = r.randrange(32768, 61000)
            emit(
                "information",
                "ApiListener",
                f"New client connection for identity '{agent}' from [{addrs[agent]}]:{port}",
                "New client connection for identity '%s' from %s",
                lo=0.1,
                hi=20,
            )
            emit(
                "information",
                "ApiListener",
                f"Sending config updates for endpoint '{agent}' in zone '{agent}'.",
                "Sending config updates for endpoint '%s' in zone '%s'.",
            )
            emit(
                "information",
                "ApiListener",
                f"Finished sending config file updates for endpoint '{agent}' in zone '{agent}'.",
                "Finished sending config file updates for endpoint '%s' in zone '%s'.",
            )
            emit(
                "information",
                "ApiListener",
                f"Syncing runtime objects to endpoint '{agent}'.",
                "Syncing runtime objects to endpoint '%s'.",
            )
            emit(
                "information",
                "ApiListener",
                f"Finished syncing runtime objects to endpoint '{agent}'.",
                "Finished syncing runtime objects to endpoint '%s'.",
            )
            emit(
                "information",
                "ApiListener",
                f"Finished sending runtime config updates for endpoint '{agent}' in zone '{agent}'.",
                "Finished sending runtime config updates for endpoint '%s' in zone '%s'.",
            )
            emit(
                "information",
                "ApiListener",
                f"Sending replay log for endpoint '{agent}' in zone '{agent}'.",
                "Sending replay log for endpoint '%s' in zone '%s'.",
            )
            emit(
                "information",
                "ApiListener",
                f"Finished sending replay log for endpoint '{agent}' in zone '{agent}'.",
                "Finished sending replay log for endpoint '%s' in zone '%s'.",
            )
            emit(
                "information",
                "ApiListener",
                f"Finished syncing endpoint '{agent}' in zone '{agent}'.",
                "Finished syncing endpoint '%s' in zone '%s'.",
            )
            connected.add(agent)

        def rates() -> None:
            for name, items in wq.items():
                per = [r.randrange(0, 40) for _ in range(3)]
                per.sort()
                emit(
                    "information",
                    "WorkQueue",
                    f"#{items} ({name}) items: {r.randrange(0, 5) if r.random() < 0.9 else r.randrange(100, 4000)}, rate: {per[0] / 60:.6g}/s ({per[0]}/min {per[1] * 5}/5min {per[2] * 15}/15min);",
                    "#%d (%s) items: %d, rate: %s/s (%d/min %d/5min %d/15min);",
                    lo=0,
                    hi=0.01,
                )
            q = r.uniform(1, 12)
            emit(
                "information",
                "IdoMysqlConnection",
                f"Query queue items: {r.randrange(0, 3)}, query rate: {q:.6g}/s ({int(q * 60)}/min {int(q * 300)}/5min {int(q * 900)}/15min);",
                "Query queue items: %d, query rate: %s/s (%d/min %d/5min %d/15min);",
            )

        def check_killed() -> None:
            agent = r.choice(ICINGA_AGENTS)
            svc = r.choice(["http", "https-cert", "mysql", "smtp", "apt"])
            pid = r.randrange(1000, 60000)
            args = {
                "http": f"'/usr/lib/nagios/plugins/check_http' '-H' '{agent}' '-I' '{addrs[agent]}' '-t' '30'",
                "https-cert": f"'/usr/lib/nagios/plugins/check_http' '-C' '30,14' '-H' '{agent}' '--sni'",
                "mysql": f"'/usr/lib/nagios/plugins/check_mysql' '-H' '{addrs[agent]}' '-u' 'nagios'",
                "smtp": f"'/usr/lib/nagios/plugins/check_smtp' '-H' '{addrs[agent]}' '-p' '25'",
                "apt": "'/usr/lib/nagios/plugins/check_apt'",
            }[svc]
            emit(
                "warning",
                "Process",
                f"Killing process group {pid} ({args}) after timeout of 60 seconds",
                "Killing process group %d (%s) after timeout of %s seconds",
                lo=1,
                hi=200,
            )
            emit(
                "warning",
                "PluginCheckTask",
                f"Check command for object '{agent.split('.')[0]}!{svc}' (PID: {pid}, arguments: {args}) terminated with exit code 128, output: <Terminated by signal 9 (Killed).>",
                "Check command for object '%s' (PID: %d, arguments: %s) terminated with exit code %d, output: %s",
            )

        def notify() -> None:
            agent = r.choice(ICINGA_AGENTS).split(".")[0]
            svc = r.choice(ICINGA_SERVICES)
            kind = pick(
                r, [(5, "Problem"), (4, "Recovery"), (1, "Acknowledgement"), (1, "DowntimeStart")]
            )
            obj = f"{agent}!{svc}"
            emit(
                "information",
                "Checkable",
                f"Checking for configured notifications for object '{obj}'",
                "Checking for configured notifications for object '%s'",
                lo=1,
                hi=200,
            )
            for user in r.sample(["icingaadmin", "oncall", "anna"], r.randrange(1, 3)):
                emit(
                    "information",
                    "Notification",
                    f"Sending '{kind}' notification '{obj}!mail-service-notification' for user '{user}'",
                    "Sending '%s' notification '%s' for user '%s'",
                )
                if r.random() < 0.08:
                    pid = r.randrange(1000, 60000)
                    emit(
                        "warning",
                        "PluginNotificationTask",
                        f"Notification command for object '{obj}' (PID: {pid}, arguments: 'sh' '/etc/icinga2/scripts/mail-service-notification.sh') terminated with exit code 1, output: /usr/bin/mail: cannot send message: Process exited with a non-zero status",
                        "Notification command for object '%s' (PID: %d, arguments: %s) terminated with exit code %d, output: %s",
                        lo=0.1,
                        hi=2,
                    )
                else:
                    emit(
                        "information",
                        "Notification",
                        f"Completed sending '{kind}' notification '{obj}!mail-service-notification' for checkable '{obj}' and user '{user}' using command 'mail-service-notification'.",
                        "Completed sending '%s' notification '%s' for checkable '%s' and user '%s' using command '%s'.",
                        lo=0.1,
                        hi=2,
                    )

        def api_request() -> None:
            # The route as the set labels one (round 54's rule): an object's name in the path and
            # a query's values are variables.
            method, url, status, route = pick(
                r,
                [
                    (
                        6,
                        (
                            "GET",
                            "/v1/objects/services?filter=service.state!=0",
                            "OK",
                            "/v1/objects/services?filter=<*>",
                        ),
                    ),
                    (3, ("POST", "/v1/actions/acknowledge-problem", "OK", None)),
                    (2, ("POST", "/v1/actions/schedule-downtime", "OK", None)),
                    (
                        1,
                        (
                            "GET",
                            "/v1/objects/hosts/web09.example.com",
                            "Not Found",
                            "/v1/objects/hosts/<*>",
                        ),
                    ),
                    (1, ("POST", "/v1/actions/reschedule-check", "Bad Request", None)),
                ],
            )
            user = r.choice(["icingaweb2", "director", "grafana"])
            emit(
                "information",
                "HttpServerConnection",
                f"Request {method} {url} (from [{ip4(r, '10.20.0')}]:{r.randrange(32768, 61000)}, user: {user}, agent: {'Icinga Web/2.12' if user == 'icingaweb2' else 'Go-http-client/1.1'}, status: {status}) took total {r.randrange(1, 900)}ms.",
                # Labelled by method, route and status, as the set's access records are.
                f"Request {method} {route or url} (from %s, user: %s, agent: %s, status: {status}) took total %dms.",
                lo=1,
                hi=200,
            )

        def lose_agent() -> None:
            if not connected:
                return
            agent = r.choice(sorted(connected))
            connected.discard(agent)
            emit(
                "warning",
                "JsonRpcConnection",
                f"API client disconnected for identity '{agent}'",
                "API client disconnected for identity '%s'",
                lo=1,
                hi=300,
            )
            emit(
                "warning",
                "ApiListener",
                f"Removing API client for endpoint '{agent}'. {r.randrange(0, 2)} API clients left.",
                "Removing API client for endpoint '%s'. %d API clients left.",
            )
            for _ in range(r.randrange(1, 4)):
                emit(
                    "information",
                    "ApiListener",
                    f"Reconnecting to endpoint '{agent}' via host '{addrs[agent]}' and port '5665'",
                    "Reconnecting to endpoint '%s' via host '%s' and port '%s'",
                    lo=10,
                    hi=60,
                )
                err, lab = pick(
                    r,
                    [
                        (3, ("Connection refused", "Connection refused")),
                        (2, ("No route to host", "No route to host")),
                        (1, ("Operation canceled", "Operation canceled")),
                    ],
                )
                emit(
                    "critical",
                    "ApiListener",
                    f"Cannot connect to host '{addrs[agent]}' on port '5665': {err}",
                    f"Cannot connect to host '%s' on port '%s': {lab}",
                    lo=0,
                    hi=10,
                )
            emit(
                "information",
                "ApiListener",
                f"Reconnecting to endpoint '{agent}' via host '{addrs[agent]}' and port '5665'",
                "Reconnecting to endpoint '%s' via host '%s' and port '%s'",
                lo=10,
                hi=60,
            )
            emit(
                "information",
                "ApiListener",
                f"Finished reconnecting to endpoint '{agent}' via host '{addrs[agent]}' and port '5665'",
                "Finished reconnecting to endpoint '%s' via host '%s' and port '%s'",
                lo=0,
                hi=1,
            )
            agent_connect(agent)

        def db_down() -> None:
            for _ in range(r.randrange(2, 6)):
                emit(
                    "critical",
                    "IdoMysqlConnection",
                    "Connection to database 'icinga' with user 'icinga' on 'db01.example.com:3306' failed: \"Can't connect to MySQL server on 'db01.example.com' (111)\"",
                    "Connection to database '%s' with user '%s' on '%s:%d' failed: \"Can't connect to MySQL server on '%s' (%d)\"",
                    lo=10,
                    hi=60,
                )
            emit(
                "information",
                "IdoMysqlConnection",
                "MySQL IDO instance id: 1 (schema version: '1.14.3')",
                "MySQL IDO instance id: %d (schema version: '%s')",
                lo=10,
                hi=60,
            )
            emit(
                "information",
                "IdoMysqlConnection",
                f"Finished reconnecting to 'IdoMysqlConnection' database 'icinga' in {r.uniform(0.05, 2):.6g} second(s).",
                "Finished reconnecting to '%s' database '%s' in %s second(s).",
            )

        def tls_fail() -> None:
            emit(
                "critical",
                "ApiListener",
                f"Client TLS handshake failed (from [{ip4(r)}]:{r.randrange(32768, 61000)}): {r.choice(['Connection reset by peer', 'Connection reset by peer', 'stream truncated'])}",
                "Client TLS handshake failed (from %s): %s",
                lo=1,
                hi=300,
            )

        start()
        for agent in ICINGA_AGENTS:
            agent_connect(agent)
        for step in range(260):
            x = r.random()
            if x < 0.3:
                notify()
            elif x < 0.45:
                api_request()
            elif x < 0.55:
                check_killed()
            elif x < 0.6:
                lose_agent()
            elif x < 0.63:
                tls_fail()
            elif x < 0.64:
                db_down()
            if step % 10 == 0:
                log.tick(r, 60, 200)
                rates()
            if step % 25 == 0:
                emit(
                    "information",
                    "ConfigObject",
                    "Dumping program state to file '/var/lib/icinga2/icinga2.state'",
                    "Dumping program state to file '%s'",
                    lo=1,
                    hi=60,
                )
            if step == 150:
                emit(
                    "information",
                    "Application",
                    "Received request to shut down.",
                    "Received request to shut down.",
                    lo=1,
                    hi=60,
                )
                emit(
                    "information",
                    "Application",
                    f"Got reload command: Started new worker process with PID '{r.randrange(1000, 60000)}'.",
                    "Got reload command: Started new worker process with PID '%d'.",
                    lo=0,
                    hi=0.5,
                )
                for fac, obj in (
                    ("CheckerComponent", "checker"),
                    ("NotificationComponent", "notification"),
                    ("IdoMysqlConnection", "ido-mysql"),
                    ("ApiListener", "api"),
                ):
                    emit("information", fac, f"'{obj}' stopped.", "'%s' stopped.", lo=0, hi=0.2)
                start()
                connected.clear()
                for agent in ICINGA_AGENTS:
                    agent_connect(agent)
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- libvirtd

LIBVIRT_VMS = [
    "vm-web01",
    "vm-web02",
    "vm-db01",
    "vm-ci-runner3",
    "win2022-ad",
    "vm-k8s-node1",
    "vm-k8s-node2",
    "vm-backup",
]
LIBVIRT_JOBS = [
    "remoteDispatchDomainGetBlockInfo",
    "remoteDispatchDomainBlockStats",
    "remoteDispatchDomainMemoryStats",
    "remoteDispatchConnectGetAllDomainStats",
    "remoteDispatchDomainGetInfo",
]


def libvirtd(r: random.Random) -> list[Log]:
    """libvirtd 9.0.0 (Debian 12) on two KVM hosts (`log_outputs="3:file:/var/log/libvirt/
    libvirtd.log"`: warnings and errors): `2024-06-11 06:00:02.118+0000: 3456: error :
    virNetSocketReadWire:1793 : msg`, the thread's id, the level, and the reporting function with
    its line (the logger's, not the statement's); the version and host lines each start writes
    with no function. Clients dropping their connections, guests without a guest agent, a hung
    monitor (jobs not acquiring the state change lock), tainted domains, qemu exiting under a
    guest, domains not found or not running, tap devices gone, a restart."""
    logs = []
    for host in ("kvm01", "kvm02"):
        log = Log(f"{host}-libvirtd.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        threads = [r.randrange(3000, 60000) for _ in range(24)]
        vms = {v: (ruuid(r), i + 1) for i, v in enumerate(r.sample(LIBVIRT_VMS, 6))}

        def emit(
            level: str, where: str, msg: str, label: str, lo=0.0, hi=0.05, tid: int | None = None
        ) -> None:
            log.tick(r, lo, hi)
            stamp = f"{log.t:%Y-%m-%d %H:%M:%S}.{log.t.microsecond // 1000:03d}+0000"
            tid = tid or r.choice(threads)
            loc = f"{where} : " if where else ""
            log.add(f"{stamp}: {tid}: {level} : {loc}{msg}", label)

        def start() -> None:
            tid = r.choice(threads)
            emit(
                "info",
                "",
                "libvirt version: 9.0.0, package: 9.0.0-4+deb12u1 (Debian)",
                "libvirt version: %s, package: %s",
                lo=2,
                hi=5,
                tid=tid,
            )
            emit("info", "", f"hostname: {host}", "hostname: %s", tid=tid)
            if r.random() < 0.7:
                emit(
                    "warning",
                    "virProcessGetStatInfo:1785",
                    "cannot parse process status data",
                    "cannot parse process status data",
                    tid=tid,
                )
            if r.random() < 0.3:
                emit(
                    "error",
                    "virNetlinkEventServiceStart:829",
                    "internal error: Network netlink event service already running",
                    "internal error: Network netlink event service already running",
                    tid=tid,
                )

        def client_gone() -> None:
            err, label = pick(
                r,
                [
                    (
                        6,
                        (
                            "End of file while reading data: Input/output error",
                            "End of file while reading data: Input/output error",
                        ),
                    ),
                    (
                        2,
                        (
                            "Cannot recv data: Connection reset by peer",
                            "Cannot recv data: Connection reset by peer",
                        ),
                    ),
                    (1, ("Cannot write data: Broken pipe", "Cannot write data: Broken pipe")),
                ],
            )
            where = (
                "virNetSocketReadWire:1793"
                if "recv" in err or "End" in err
                else "virNetSocketWriteWire:1833"
            )
            emit("error", where, err, label, lo=1, hi=600)

        def keepalive() -> None:
            emit(
                "error",
                "virKeepAliveTimerInternal:137",
                "internal error: connection closed due to keepalive timeout",
                "internal error: connection closed due to keepalive timeout",
                lo=1,
                hi=600,
            )

        def no_agent() -> None:
            emit(
                "error",
                "qemuDomainAgentAvailable:6961",
                "Guest agent is not responding: QEMU guest agent is not connected",
                "Guest agent is not responding: QEMU guest agent is not connected",
                lo=1,
                hi=600,
            )
            if r.random() < 0.3:
                emit(
                    "error",
                    "qemuAgentSend:1020",
                    "Guest agent is not responding: Guest agent not available for now",
                    "Guest agent is not responding: Guest agent not available for now",
                    lo=5,
                    hi=30,
                )

        def hung_monitor() -> None:
            vm = r.choice(list(vms))
            holder = r.choice(LIBVIRT_JOBS)
            holder_tid = r.choice(threads)
            held = r.randrange(30, 40)
            for _ in range(r.randrange(2, 7)):
                api = r.choice([j for j in LIBVIRT_JOBS if j != holder])
                job = "query" if "Get" in api or "Stats" in api else "modify"
                emit(
                    "warning",
                    "virDomainObjBeginJobInternal:947",
                    f"Cannot start job ({job}, none, none) in API {api} for domain {vm}; current job is (query, none, none) owned by ({holder_tid} {holder}, 0 <null>, 0 <null> (flags=0x0)) for ({held}s, 0s, 0s)",
                    "Cannot start job (%s, %s, %s) in API %s for domain %s; current job is (%s, %s, %s) owned by (%llu %s, %llu %s, %llu %s (flags=0x%x)) for (%llus, %llus, %llus)",
                    lo=0.5,
                    hi=30,
                )
                emit(
                    "error",
                    "virDomainObjBeginJobInternal:969",
                    f"Timed out during operation: cannot acquire state change lock (held by monitor={holder})",
                    "Timed out during operation: cannot acquire state change lock (held by monitor=%s)",
                )
                held += r.randrange(30, 90)

        def tainted() -> None:
            vm = r.choice(list(vms))
            u, i = vms[vm]
            reason = pick(
                r,
                [
                    (3, "custom-argv"),
                    (2, "high-privileges"),
                    (2, "custom-monitor"),
                    (1, "host-cpu"),
                ],
            )
            emit(
                "warning",
                "qemuDomainObjTaintMsg:6435",
                f"Domain id={i} name='{vm}' uuid={u} is tainted: {reason}",
                "Domain id=%d name='%s' uuid=%s is tainted: %s",
                lo=1,
                hi=600,
            )

        def qemu_died() -> None:
            vm = r.choice(list(vms))
            emit(
                "error",
                "qemuMonitorIO:579",
                f"internal error: End of file from qemu monitor (vm='{vm}')",
                "internal error: End of file from qemu monitor (vm='%s')",
                lo=1,
                hi=1200,
            )
            tap = f"vnet{r.randrange(0, 40)}"
            emit(
                "error",
                "virNetDevGetLinkInfo:2552",
                f"unable to read: /sys/class/net/{tap}/operstate: No such device",
                "unable to read: %s: No such device",
                lo=0,
                hi=1,
            )
            if r.random() < 0.5:
                emit(
                    "error",
                    "virNetDevGetMTU:533",
                    f"Cannot get interface MTU on '{tap}': No such device",
                    "Cannot get interface MTU on '%s': No such device",
                )

        def not_running() -> None:
            x = r.random()
            if x < 0.5:
                emit(
                    "error",
                    "virDomainObjCheckActive:7217",
                    "Requested operation is not valid: domain is not running",
                    "Requested operation is not valid: domain is not running",
                    lo=1,
                    hi=600,
                )
            elif x < 0.75:
                name = r.choice(["vm-test9", "vm-old-jenkins", "vm-web03", "tmp-migrate-4"])
                emit(
                    "error",
                    "qemuDomainLookupByName:1718",
                    f"Domain not found: no domain with matching name '{name}'",
                    "Domain not found: no domain with matching name '%s'",
                    lo=1,
                    hi=600,
                )
            else:
                u = ruuid(r)
                emit(
                    "error",
                    "qemuDomainObjFromDomain:1602",
                    f"Domain not found: no domain with matching uuid '{u}' ({r.choice(['vm-test9', 'tmp-migrate-4'])})",
                    "Domain not found: no domain with matching uuid '%s' (%s)",
                    lo=1,
                    hi=600,
                )

        def monitor_cmd() -> None:
            node = r.randrange(1, 9)
            emit(
                "error",
                "qemuMonitorJSONCheckErrorFull:399",
                f"internal error: unable to execute QEMU command 'blockdev-del': Failed to find node with node-name='libvirt-{node}-storage'",
                "internal error: unable to execute QEMU command '%s': Failed to find node with node-name='%s'",
                lo=1,
                hi=600,
            )

        def kill_fail() -> None:
            pid = r.randrange(2000, 90000)
            emit(
                "error",
                "virProcessKillPainfullyDelay:472",
                f"Failed to terminate process {pid} with SIGKILL: Device or resource busy",
                "Failed to terminate process %lld with SIGKILL: Device or resource busy",
                lo=1,
                hi=600,
            )

        start()
        for step in range(360 if host == "kvm01" else 250):
            if step == 200:
                log.tick(r, 60, 300)
                start()
            f = pick(
                r,
                [
                    (10, client_gone),
                    (3, keepalive),
                    (5, no_agent),
                    (1, hung_monitor),
                    (2, tainted),
                    (1, qemu_died),
                    (3, not_running),
                    (1, monitor_cmd),
                    (1, kill_fail),
                ],
            )
            f()
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- Syncthing


def st_device_id(r: random.Random) -> str:
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    return "-".join("".join(r.choice(chars) for _ in range(7)) for _ in range(8))


ST_FOLDERS = [
    ("Photos", "phot-x8k2m"),
    ("Documents", "docs-4qzv1"),
    ("Music", "m7hd2-aa91c"),
    ("Camera", "pixel_7_2k8d-photos"),
    ("Projects", "proj-0pl3n"),
    ("Backup", "bkp-nas01"),
]
ST_FILES = [
    "IMG_20240601_181233.jpg",
    "notes/meeting-2024-06-10.md",
    "report Q2 final.docx",
    "src/main.go",
    ".stignore",
    "Album/Track 07.flac",
    "tax/2023/receipt-0419.pdf",
    "VID_20240609_120102.mp4",
]


def syncthing(r: random.Random) -> list[Log]:
    """Syncthing v1.27.8 on a NAS and a laptop (`--logfile=default --logflags=3`): `[ABCDE]
    2024/06/11 06:00:02 INFO: msg`, the first five characters of the device's id in brackets
    (`[start]` and `[monitor]` before the ID is known), Go's date and time, the level word with a
    colon. Start-up (version, ID, hashing speed, listeners, discovery), devices connecting over
    LAN, relays and QUIC and the connections closing with Go errors, folders scanned and ready,
    pull errors on single files, folders not making progress, relays joined, a restart after an
    upgrade."""
    logs = []
    ids = {h: st_device_id(r) for h in ("nas", "laptop", "pixel-7", "desktop-marco")}
    for host in ("nas", "laptop"):
        log = Log(f"{host}-syncthing.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
        me = ids[host]
        peers = [h for h in ids if h != host]
        folders = ST_FOLDERS if host == "nas" else ST_FOLDERS[:4]
        lan = {h: ip4(r, "192.168.10") for h in ids}
        up: set[str] = set()

        def emit(
            level: str, msg: str, label: str, lo=0.0, hi=0.05, prefix: str | None = None
        ) -> None:
            log.tick(r, lo, hi)
            log.add(f"[{prefix or me[:5]}] {log.t:%Y/%m/%d %H:%M:%S} {level}: {msg}", label)

        def desc(f: tuple[str, str]) -> str:
            return f'"{f[0]}" ({f[1]})'

        def start(upgrade: bool) -> None:
            emit(
                "INFO",
                'syncthing v1.27.8 "Gold Grasshopper" (go1.22.4 linux-amd64) builder@github.syncthing.net 2024-06-03 06:49:20 UTC',
                'syncthing %s "%s" (%s %s-%s) %s',
                lo=1,
                hi=3,
                prefix="start",
            )
            if upgrade:
                emit(
                    "INFO",
                    "Archiving backup of database /var/lib/syncthing/index-v0.14.0.db to /var/lib/syncthing/index-v0.14.0.db.v1.27.7",
                    "Archiving backup of database %s to %s",
                    prefix="start",
                )
            emit("INFO", "Using large-database tuning", "Using %s-database tuning", prefix="start")
            emit("INFO", f"My ID: {me}", "My ID: %v")
            speed = r.uniform(900, 2100)
            emit(
                "INFO",
                f"Single thread SHA256 performance is {speed:.0f} MB/s using minio/sha256-simd ({speed * 0.62:.0f} MB/s using crypto/sha256).",
                "Single thread SHA256 performance is %s MB/s using %s (%s MB/s using %s).",
                hi=2,
            )
            emit(
                "INFO",
                f"Hashing performance is {speed * 0.8:.2f} MB/s",
                "Hashing performance is %.02f MB/s",
                hi=1,
            )
            emit(
                "INFO",
                "Overall send rate is unlimited, receive rate is unlimited",
                "Overall send rate is %s, receive rate is %s",
            )
            emit(
                "INFO",
                "Using discovery mechanism: global discovery server https://discovery.syncthing.net/v2/?noannounce&id=LYXKCHX-VI3NYZR-ALCJBHF-WMZYSPK-QG6QJA3-MPFYMSO-U56GTUK-NA2MIAW",
                "Using discovery mechanism: %v",
            )
            emit(
                "INFO",
                "Using discovery mechanism: global discovery server https://discovery-v4.syncthing.net/v2/?nolookup&id=LYXKCHX-VI3NYZR-ALCJBHF-WMZYSPK-QG6QJA3-MPFYMSO-U56GTUK-NA2MIAW",
                "Using discovery mechanism: %v",
            )
            emit(
                "INFO",
                "Using discovery mechanism: IPv4 local broadcast discovery on port 21027",
                "Using discovery mechanism: %v",
            )
            emit(
                "INFO",
                "Using discovery mechanism: IPv6 local multicast discovery on address [ff12::8384]:21027",
                "Using discovery mechanism: %v",
            )
            emit("INFO", "TCP listener ([::]:22000) starting", "TCP listener (%v) starting")
            emit("INFO", "QUIC listener ([::]:22000) starting", "QUIC listener (%v) starting")
            emit(
                "INFO",
                "Relay listener (dynamic+https://relays.syncthing.net/endpoint) starting",
                "Relay listener (%v) starting",
            )
            for f in folders:
                emit(
                    "INFO",
                    f"Ready to synchronize {desc(f)} (sendreceive)",
                    "Ready to synchronize %q (%s) (%s)",
                    hi=0.3,
                )
            emit(
                "INFO",
                f"GUI and API listening on {'0.0.0.0' if host == 'nas' else '127.0.0.1'}:8384",
                "GUI and API listening on %s",
            )
            emit(
                "INFO",
                f"Access the GUI via the following URL: http://{'0.0.0.0' if host == 'nas' else '127.0.0.1'}:8384/",
                "Access the GUI via the following URL: %s",
            )
            emit("INFO", f'My name is "{host}"', "My name is %q")
            for p in peers:
                emit("INFO", f'Device {ids[p]} is "{p}" at [dynamic]', "Device %v is %q at %v")
            for f in folders:
                emit(
                    "INFO",
                    f"Completed initial scan of sendreceive folder {desc(f)}",
                    "Completed initial scan of %s folder %q (%s)",
                    lo=0.2,
                    hi=20,
                )
            emit(
                "INFO",
                "Detected 1 NAT service" if host == "nas" else "Detected 0 NAT services",
                "Detected %d NAT service" if host == "nas" else "Detected %d NAT services",
            )

        def conn_string(p: str, kind: str) -> str:
            a, b = lan[host], lan[p]
            if kind == "relay":
                return f"{a}:{r.randrange(32768, 61000)}-{ip4(r)}:22067/relay-client/TLS1.3-TLS_AES_128_GCM_SHA256/WAN-P50-{hexid(r, 26).upper()}"
            proto = "quic" if kind == "quic" else "tcp"
            side = r.choice(["client", "server"])
            return f"{a}:22000-{b}:{r.randrange(32768, 61000)}/{proto}-{side}/TLS1.3-TLS_AES_128_GCM_SHA256/LAN-P10-{hexid(r, 26).upper()}"

        def connect(p: str) -> None:
            kind = (
                pick(r, [(6, "tcp"), (3, "quic"), (1, "relay")])
                if p != "pixel-7"
                else pick(r, [(2, "quic"), (2, "relay")])
            )
            emit(
                "INFO",
                f"Established secure connection to {ids[p]} at {conn_string(p, kind)}",
                "Established secure connection to %s at %s",
                lo=1,
                hi=60,
            )
            client = (
                f"syncthing v1.27.{r.choice([7, 8])}"
                if p != "pixel-7"
                else "syncthing-android v1.27.3"
            )
            emit(
                "INFO",
                f'Device {ids[p]} client is "{client}" named "{p}" at {conn_string(p, kind)}',
                'Device %v client is "%s %s" named "%s" at %s',
            )
            up.add(p)

        def disconnect(p: str) -> None:
            err, label = pick(
                r,
                [
                    (
                        4,
                        (
                            "reading length: read tcp {a}:22000->{b}:{port}: read: connection reset by peer",
                            "reading length: read tcp %s->%s: read: connection reset by peer",
                        ),
                    ),
                    (3, ("reading length: EOF", "reading length: EOF")),
                    (2, ("ping timeout", "ping timeout")),
                    (2, ("read timeout", "read timeout")),
                    (
                        1,
                        (
                            "writing message: write tcp {a}:22000->{b}:{port}: write: broken pipe",
                            "writing message: write tcp %s->%s: write: broken pipe",
                        ),
                    ),
                    (
                        1,
                        (
                            "Application error 0x0 (remote): closed",
                            "Application error 0x%x (remote): closed",
                        ),
                    ),
                ],
            )
            err = err.format(a=lan[host], b=lan[p], port=r.randrange(32768, 61000))
            emit(
                "INFO",
                f"Connection to {ids[p]} at {conn_string(p, 'tcp')} closed: {err}",
                f"Connection to %s at %s closed: {label}",
                lo=1,
                hi=900,
            )
            emit(
                "INFO",
                f"Lost primary connection to {ids[p]} at {conn_string(p, 'tcp')}: {err} (0 remain)",
                f"Lost primary connection to %s at %s: {label} (%d remain)",
            )
            up.discard(p)

        def pull_error() -> None:
            f = r.choice(folders)
            name = r.choice(ST_FILES)
            err, label = pick(
                r,
                [
                    (
                        4,
                        (
                            "no connected device has the required version of this file",
                            "no connected device has the required version of this file",
                        ),
                    ),
                    (
                        2,
                        (
                            "finishing: file modified but not rescanned; will try again later",
                            "finishing: file modified but not rescanned; will try again later",
                        ),
                    ),
                    (
                        2,
                        (
                            f"opening temp file: open /srv/sync/{f[0]}/.syncthing.{name.split('/')[-1]}.tmp: permission denied",
                            "opening temp file: open %s: permission denied",
                        ),
                    ),
                    (
                        1,
                        (
                            "peers who had this file went away, or the file has changed while syncing. will retry later",
                            "peers who had this file went away, or the file has changed while syncing. will retry later",
                        ),
                    ),
                ],
            )
            emit(
                "INFO",
                f"Puller (folder {desc(f)}, item {name!r}): syncing: {err}".replace("'", '"'),
                f"Puller (folder %q (%s), item %q): syncing: {label}",
                lo=1,
                hi=600,
            )
            if r.random() < 0.5:
                emit(
                    "INFO",
                    f"{desc(f)}: Failed to sync {r.randrange(1, 40)} items",
                    "%q (%s): Failed to sync %d items",
                )
                emit(
                    "INFO",
                    f"Folder {desc(f)} isn't making sync progress - retrying in 1m0s.",
                    "Folder %q (%s) isn't making sync progress - retrying in %v.",
                )

        def misc() -> None:
            x = r.random()
            if x < 0.3:
                emit(
                    "INFO", f"Joined relay relay://{ip4(r)}:22067", "Joined relay %s", lo=1, hi=900
                )
            elif x < 0.5:
                emit(
                    "INFO",
                    "Sent usage report (version 3)",
                    "Sent usage report (version %d)",
                    lo=1,
                    hi=900,
                )
            elif x < 0.7:
                f = r.choice(folders)
                emit(
                    "WARNING",
                    f"Error on folder {desc(f)}: folder marker missing (this indicates potential data loss, search docs/forum to get information about how to proceed)",
                    "Error on folder %q (%s): %v",
                    lo=1,
                    hi=900,
                )
                emit(
                    "INFO",
                    f"Cleared error on folder {desc(f)}",
                    "Cleared error on folder %q (%s)",
                    lo=10,
                    hi=300,
                )
            elif x < 0.85:
                p = r.choice(peers)
                emit(
                    "INFO",
                    f"Failed to exchange Hello messages with {ids[p]} at {conn_string(p, 'tcp')}: EOF",
                    "Failed to exchange Hello messages with %s at %s: EOF",
                    lo=1,
                    hi=900,
                )
            else:
                emit(
                    "WARNING",
                    "Listen (BEP/tcp): Accepting connection: accept tcp [::]:22000: accept4: too many open files",
                    "Listen (BEP/tcp): Accepting connection: accept tcp %s: accept4: too many open files",
                    lo=1,
                    hi=900,
                )

        start(False)
        for p in peers:
            if r.random() < 0.8:
                connect(p)
        for step in range(300 if host == "nas" else 200):
            if step == 150:
                emit("INFO", "Restarting", "Restarting", lo=60, hi=600)
                emit("INFO", "Exiting", "Exiting")
                up.clear()
                start(True)
            x = r.random()
            down = [p for p in peers if p not in up]
            if x < 0.3 and down:
                connect(r.choice(down))
            elif x < 0.55 and up:
                disconnect(r.choice(sorted(up)))
            elif x < 0.8:
                pull_error()
            else:
                misc()
        logs.append(log)
    return logs


SYSTEMS = {
    "tor": tor,
    "cups": cups,
    "icinga2": icinga2,
    "libvirtd": libvirtd,
    "syncthing": syncthing,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
