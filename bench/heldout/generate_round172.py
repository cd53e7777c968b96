#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 172 (nsd, knot-resolver, smokeping, conntrackd, ldirectord)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process). Five network-infrastructure daemons, 06:00 to 12:00 on 2024-06-07:

- NSD 4.6.1 on Debian 12 (`ns0-nsd.log`, a hidden primary; `ns1-nsd.log`, `ns2-nsd.log`, two
  public secondaries: its own logfile with `log-time-ascii`, verbosity 1: `[2024-06-07
  06:05:07.196] nsd[31883]: info: notify for customers.example.net. from 192.0.2.10 serial
  1717740307`): thirteen zones edited on ns0 (`zone %s read with success` from each reload's new
  process), sent out by NOTIFY (`notify for %s from %s serial %u` on the secondaries' server
  children), IXFR (`ixfr for %s from %s`; `axfr for %s from %s` for dyn.example.net, which keeps
  no IXFR history), `xfrd: zone %s committed "received update to serial %u at %s from %s TSIG
  verified with key %s"` and `zone %s serial %u is updated to %u`; a partner's secondary
  refusing every NOTIFY for partner-shop.example (`xfrd: zone %s: received notify response error
  %s from %s` five times, then `max notify send count reached, %s unreachable`); a typo in
  shop.example.org at 07:45 and 07:48 (`%s:%u: invalid IPv4 address '%s'`, `zone %s file %s read
  with %u errors`) and in example.com at 11:10 (`unrecognized RR type '%s'`); ns0 refusing ns2's
  TCP 09:05-09:25 (`%s: Could not tcp connect to %s: Connection refused` on each NOTIFY and
  retry, the zones caught up after); lab.example.net on both secondaries, whose primary is gone
  (`... No route to host` every five minutes, `xfrd: zone %s has expired` at 08:14 and 08:21); a
  reflection attack 09:40-09:58 (`ratelimit block ...` / `ratelimit unblock %s type %s%s target
  %s query %s %s`); ns1 restarted at 10:40 (`signal received, shutting down...`, `nsd starting
  (%s)`, the zones read, `nsd started (%s), pid %d`).
- Knot Resolver 5.6 (`res1-journal.log`, `res2-journal.log`: `journalctl -o short-precise` of
  two resolvers, each with kresd@1, kresd@2 and kres-cache-gc: `Jun 07 07:40:41.225469 res1
  kresd[801]: [dnssec] validation failure: example-bank.cz. DNSKEY`): example-bank.cz's DNSKEY
  signature expired 07:40-10:15 (bogus_log's `validation failure: %s %s` for every bogus answer,
  one to three per request), shop.example-retail.sk's broken AAAA records all day; on res1's first
  instance a `policy.DEBUG_ALWAYS` rule for example-bank.cz 09:12-09:40, so every matching
  request's trace is logged (`[plan  ][00000.00] plan '%s' type '%s' uid [%05u.%02u]`, `'%s' type
  '%s' new uid was assigned .%02u, parent uid .%02u`, the selection's `=> id: '%05u' choosing:`,
  `querying:`, `updating: ... with rtt %u to srtt: %d and variance: %d `, `noting selection error:
  ... error: %d %s`, `<= rcode: %s`, `<= bad keys, broken trust chain`, `no suitable transport`,
  `request failed, answering with empty SERVFAIL`, `finished in state: %d, queries: %zu, mempool:
  %zu B`, each behind its group tag and request/query uid, indented by query depth); the cache GC
  whenever the cache passes 80% (`Usage: %.2lf%%`, `Cache analyzed in ...`, `%zu records to be
  deleted using ...`, `Deleted %zu records (%zu already gone) types` with the deleted types,
  `It took %.0lf msecs, %zu transactions (%s)`), restarted on res2 at 10:05 (its banner).
- SmokePing (`mon1-smokeping.log`: 2.8.2 in syslog, `Jun  7 06:02:36 mon1 smokeping[1190]:
  ...`, four probes in multiprocess mode: FPing, FPing6, Curl, DNS; `branch-smokeping.log`:
  2.7.3 with `--logfile`, `Fri Jun  7 06:01:08 2024 - ...`, one FPing probe): `Warning: got zero
  answers from %s(%s) %s` every round for decommissioned targets, a customer ISP's outage
  08:10-08:55 (and Curl's `%s: timeout (%s s) reached, killing the probe.`, `NOTE: smokeping took
  %s seconds to complete 1 round of polling. This is over 80% of the max time available ...` /
  `WARNING: ... You may have unresponsive devices in your setup.`), the alerts (`Alert %s was
  raised for %s loss: %s(%s)  rtt: %s prevmatch: %s comment: %s`, `was cleared`, and `is active`
  every round for the LTE-connected branches' `someloss`), a reload with a typo at 08:58
  (`Reloading configuration from %s failed: ERROR: %s, line %s: unknown variable '%s'`) and the
  fixed one at 09:08 (the HUP sequence: `Got HUP signal, exiting gracefully.`, `Exiting due to HUP
  signal.`, `Waiting for child processes to terminate.`, `Child processes terminated, restarting
  with new configuration.`, `Entering multiprocess mode.`, `Child process %s started for probe
  %s.`, each probe's `probing %s targets with step %s s and offset %s s.`), two new targets whose
  RRDs root created (`RRDs::update ERROR: opening '%s': Permission denied` until 10:05), the
  restart at 10:30 (`Got %s signal, terminating child processes.`, `Starting syslog logging`,
  `Smokeping version %s successfully launched.`, Curl's first-round `WARNING: curl exited with
  status %s on %s`); the branch box's power cut at 07:15 (`Not entering multiprocess mode for just
  a single probe.`) and its VPN to HQ down 10:50-11:02.
- conntrackd 1.4.7 (`fw1-conntrackd.log`, `fw2-conntrackd.log`: an FTFW-synced firewall pair
  driven by keepalived's primary-backup.sh; `iotgw-conntrackd.log` and
  `iotgw-conntrackd-stats.log`: an IoT gateway in stats mode with `LogFile on`): its own log
  (`[Fri Jun  7 06:48:22 2024] (pid=812) [ERROR] commit-create: Invalid argument`), with the
  entry that failed dumped after it by dlog_ct (`Fri Jun  7 06:48:23 2024<TAB>tcp      6 333820
  ESTABLISHED src=... [ASSURED] mark=0`, an event of its own); fw1 rebooted at 06:40 (`---- shutdown
  received ----`; fw2's commit: `committing external cache`, `Committed %u new entries`, `commit
  has taken %lu.%06lu seconds`, `flushing caches`, `resync with master conntrack table`, `sending
  bulk update`), back at 06:47 (`using kernel-space event filtering`, `netlink event socket buffer
  size has been set to %u bytes`, `initialization completed`, `-- starting in console mode --`)
  and preempting with failed commits; the backup's `flushing conntrack table in %d secs`, `request
  resync` and `flushing kernel conntrack table (scheduled)`; the sync switch rebooted at 08:05
  (`device `%s' becomes dedicated link`, `no dedicated links available!`); a SYN flood 09:30-09:50
  (`... has been doubled to %u bytes`, the long `cannot be doubled further ...` warning); VRRP
  flapping 10:10-10:50 (commits with `commit-create: Invalid argument` / `File exists` and the
  dumps); the stats log's destroyed flows (`Fri Jun  7 06:01:03 2024<TAB>udp      17 src=...
  packets=1 bytes=62 src=... mark=0`): the devices' DNS and NTP (replied, not assured), telemetry
  over HTTPS (`[ASSURED]`), a camera's unanswered SYNs (`[UNREPLIED]`), the monitoring's pings
  (icmp, and `[UNREPLIED]` while one device is off 08:02-09:01), the gateway's conntrackd
  restarted at 10:00.
- ldirectord from resource-agents ("Linux Director v1.186-ha", Debian 12) under pacemaker
  (`lb1-ldirectord.log`, `lb2-ldirectord.log`: `[Fri Jun  7 07:20:20 2024|ldirectord.cf|2232]
  Soft failure real server: 10.0.1.13:443 (tcp:10.0.0.50:443) failure 1/3`;
  `lb1-ldirectord-web.monitor`, `lb2-ldirectord-web.monitor`: the web virtual's monitorfile,
  `[Fri Jun  7 06:00:41 2024] [2231] negotiate http tcp 10.0.1.11 80 www.example.com 1 gate
  /healthz OK [up] 200 OK` for every check): fork=yes, quiescent=yes, failurecount=3,
  autoreload=yes, emailalert through an SMTP relay, four virtuals (web on 80 with a fallback and
  on 443, DNS, MySQL); web3's deploy 07:20-07:34 (`500 Can't connect to %s (Connection refused)`
  in the monitorfile, `Soft failure real server: %s (%s) failure %d/%d`, `Quiescent real server:
  %s (%s) (Weight set to 0)`, `Resetting soft failure count: %s (%s)`, `Restored real server:
  ...`, each change's `emailalert: %s` and, with the relay down 07:00-09:00, `failed to send SMTP
  email message`), web2's health page answering `DEGRADED: replica lag %ss` 08:40-09:30, a
  resolver's timeouts at 09:10, web4 in the maintenance directory 10:00-10:20 (`[down] Server in
  maintenance`), a config typo at 09:45 (`Configuration file '%s' has changed on disk`, ` -
  reread new configuration`, `Error [%d] reading file %s at line %d: Unknown command "%s` with the
  config line's newline, so the closing `"` is a line of its own) and the fix at 09:49 (a fifth
  web server: `Killing child %s (PID=%d)`, `Changed virtual server: %s`, `Added real server: ...`,
  `Child not running for %s, spawning`, `Spawned child %s PID=%d`), and the move to lb2 at 10:40
  (`Killing child %s PID=%d`, `Linux Director Daemon terminated on signal: %s`; lb2's `Invoking
  ldirectord invoked as: %s `, `Starting Linux Director v%s as daemon`, `Added virtual server:
  %s`, the fallback added and deleted around every real server added and quiesced, then restored
  by the first checks).

Label notes. The heads are context: NSD's time, ident, pid and level; the journal's time, host
and ident with kresd's group tag (`[dnssec] `, `[select]`) and a trace line's `[%05u.%02u]`
uid and depth indent (kr_log_q's prefix, as a logger and thread would be); syslog's and
SmokePing's logfile heads; conntrackd's `[time] (pid=%d) [level] ` and dlog_ct's time and tab;
ldirectord's `[time|ldirectord.cf|pid] ` and the monitorfile's `[time] [pid] `. A SmokePing
probe's `%s: ` (its do_log prefix, the probe's name) is context too. A word a call site picks by
branch is wording (NSD's `axfr`/`ixfr` and `block`/`unblock`, SmokePing's `was raised`, `was
cleared`, `is active` and `exiting`, conntrackd's `kernel-space`/`user-space`, ldirectord's
`Added`/`Changed`/`Restored`, `real`/`fallback` and the monitor's `[up]`/`[down]`); an errno's
text is part of the label (`Connection refused`, `No route to host`, `Invalid argument`, `File
exists`, `Permission denied`), a DNS rcode name, a selection error's code and name, a probe's
name and an RR type are values. Composed messages carry their pieces' formats: NSD's zone-file
errors are `%s:%u: ` before zonec's message, SmokePing's failed reload holds Config::Grammar's
`%s, line %s: unknown variable '%s'`, ldirectord's `emailalert: ` holds the subject's own
format, its config error is `__config_log`'s prefix before `Unknown command "%s"`. The
monitorfile's real-server id (`negotiate http tcp ... /healthz OK`) is one value, and the check's
message after `[up] ` / `[down] ` a value unless the code wrote it (`Server in maintenance`,
LWP's `500 Can't connect to %s (%s)`). nfct_snprintf's plain layouts are formats (`%-8s %u ` for
the protocol, then the tuples, counters and flags); each shape (icmp or ports, `[UNREPLIED]`,
`[ASSURED]`, with the timeout and TCP state of a cache dump or without, as destroy events come)
is its own label. Kres-cache-gc's `Deleted %zu records (%zu already gone) types` and the ` %s` it
prints per type are one label; the blank line it prints after each run is left out.

Written from the helper's knowledge; ldirectord.in (service_set, _remove_service,
_restore_service, ld_start, ld_stop, reread_config, check_cfgfile, ld_log, __config_log,
ld_emailalert_send, check_http) and Smokeping.pm (the HUP and TERM handling, reload_cfg,
checkhup, the round-time warnings, check_alerts' line, basefork's timeout, the zero-answers
warning) were checked against copies of their sources. Least sure: NSD's `Could not tcp connect`
wording for a refused or unroutable primary, the `committed` line at verbosity 1, the REFUSED
retry rhythm, the primary's reload pids and whether `ixfr for` is logged for IXFR served from the
store; kresd 5's bogus_log text and that it logs per bogus packet, the trace's exact prefixes,
indents and uids, `new uid was assigned` on every retry and the request-level `finished` line;
SmokePing's `Starting syslog logging`, the Curl probe's first-round warning, Config::Grammar's
error text and the `someloss` and `hostdown` patterns' evaluation over unknown values;
conntrackd's levels for the buffer messages, the lines of `-c`, `-f`, `-R`, `-B`, `-t`, `-n`, the
dedicated-link switching, the commit errors' errnos and the dump's layout (timeout and state in a
commit dump, none in a destroy event); ldirectord's start-up banner lines and the pacemaker agent's
arguments.
"""

from __future__ import annotations

import itertools
import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at, in_any, weighted


def ctime(t: datetime) -> str:
    """C's ctime() and Perl's scalar localtime: `Fri Jun  7 06:00:01 2024`."""
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


class Timeline:
    """Actions run in time order, whatever order they were planned in (a process's pids and
    state at an instant depend on what happened before it)."""

    def __init__(self) -> None:
        self.items: list[tuple[datetime, int, Callable[[datetime], None]]] = []
        self.seq = itertools.count()

    def at(self, t: datetime, fn: Callable[[datetime], None]) -> None:
        self.items.append((t, next(self.seq), fn))

    def run(self) -> None:
        for t, _, fn in sorted(self.items, key=lambda x: (x[0], x[1])):
            fn(t)


# ----------------------------------------------------------------------------- nsd

NSD_VERSION = "NSD 4.6.1"
NSD_IP = {"ns0": "192.0.2.10", "ns1": "198.51.100.53", "ns2": "203.0.113.53"}
# zone, mean seconds between updates, serial style
NSD_ZONES = [
    ("customers.example.net", 170, "unix"),
    ("dyn.example.net", 600, "unix"),
    ("partner-shop.example", 1100, "date"),
    ("example.net", 9000, "date"),
    ("example.org", 12000, "date"),
    ("shop.example.org", 9000, "date"),
    ("example.com", 9000, "date"),
    ("mail.example.net", 15000, "date"),
    ("static.example.com", 15000, "date"),
    ("corp.example.com", 7000, "date"),
    ("example.io", 15000, "date"),
    ("2.0.192.in-addr.arpa", 11000, "date"),
    ("100.51.198.in-addr.arpa", 15000, "date"),
]
NSD_RRL_VICTIMS = ["198.18.4", "198.18.9", "198.19.20", "198.19.77", "100.70.3", "100.81.45"]


def nsd(r: random.Random) -> list[Log]:
    """A hidden primary (ns0) and two public secondaries (ns1, ns2), 06:00 to 12:00: zone
    updates reloaded on ns0 and sent out by NOTIFY and IXFR (AXFR for dyn.example.net, which
    keeps no IXFR history), a partner secondary refusing NOTIFY, a zone-file typo on ns0 at
    07:45 (and another at 11:10), ns0's firewall refusing ns2's TCP 09:05-09:25, the lab zone's
    dead primary until it expires, a reflection attack rate-limited 09:40-09:58, ns1 restarted
    at 10:40."""
    fs = Files()
    tl = Timeline()
    base = {"ns0": 48211, "ns1": 31877, "ns2": 29402}
    nxt = dict(base)
    main = {h: b for h, b in base.items()}
    xfrd = {h: b + 2 for h, b in base.items()}
    kids = {h: [b + 5, b + 6] for h, b in base.items()}
    for h in nxt:
        nxt[h] += 7

    def newpid(h: str) -> int:
        nxt[h] += r.randint(2, 30)
        return nxt[h]

    def reload(h: str) -> int:
        main[h] = newpid(h)
        kids[h] = [newpid(h), newpid(h)]
        return main[h]

    def L(h: str, t: datetime, p: int, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-nsd.log",
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d}] nsd[{p}]: {level}: {msg}"
            ],
            (h, p),
            1000,
        )

    serial: dict[str, int] = {}
    for z, _, style in NSD_ZONES:
        if style == "unix":
            serial[z] = int((T0 - sec(r.uniform(60, 900))).timestamp())
        else:
            serial[z] = 2024060600 + r.randint(1, 4) if r.random() < 0.6 else 2024060700 + 1
    secser = {"ns1": dict(serial), "ns2": dict(serial)}
    block = (at(9, 5, 12), at(9, 25, 3))
    pending: set[str] = set()

    def next_serial(z: str, t: datetime) -> int:
        if dict((a, c) for a, _, c in NSD_ZONES)[z] == "unix":
            return max(serial[z] + 1, int(t.timestamp()))
        return max(serial[z] + 1, 2024060701)

    def commit(s: str, t: datetime, z: str, new: int) -> None:
        kind = "axfr" if z == "dyn.example.net" else "ixfr"
        t = L(
            "ns0",
            t,
            r.choice(kids["ns0"]),
            "info",
            f"{kind} for %s from %s",
            f"{kind} for {z}. from {NSD_IP[s]}",
        )
        t = L(
            s,
            t + sec(r.uniform(0.01, 0.09)),
            xfrd[s],
            "info",
            'xfrd: zone %s committed "received update to serial %u at %s from %s TSIG verified with key %s"',
            f'xfrd: zone {z} committed "received update to serial {new} at {t:%Y-%m-%dT%H:%M:%S} from {NSD_IP["ns0"]} TSIG verified with key xfr.example.net"',
        )
        reload(s)
        L(
            s,
            t + sec(r.uniform(0.15, 0.6)),
            xfrd[s],
            "info",
            "zone %s serial %u is updated to %u",
            f"zone {z} serial {secser[s][z]} is updated to {new}",
        )
        secser[s][z] = new

    def tcp_fail(s: str, t: datetime, z: str, master: str, err: str) -> datetime:
        return L(
            s,
            t,
            xfrd[s],
            "error",
            f"%s: Could not tcp connect to %s: {err}",
            f"{z}: Could not tcp connect to {master}: {err}",
        )

    def transfer(s: str, t: datetime, z: str, new: int) -> None:
        t = L(
            s,
            t,
            r.choice(kids[s]),
            "info",
            "notify for %s from %s serial %u",
            f"notify for {z}. from {NSD_IP['ns0']} serial {new}",
        )
        if s == "ns2" and in_any(t, [block]):
            tcp_fail(s, t + sec(r.uniform(0.001, 0.01)), z, NSD_IP["ns0"], "Connection refused")
            pending.add(z)
            return
        if s == "ns2":
            pending.discard(z)
        commit(s, t + sec(r.uniform(0.005, 0.05)), z, new)

    def update(t: datetime, z: str) -> None:
        p = reload("ns0")
        new = next_serial(z, t)
        serial[z] = new
        t = L("ns0", t, p, "info", "zone %s read with success", f"zone {z} read with success")
        for s in ("ns1", "ns2"):
            transfer(s, t + sec(r.uniform(0.02, 0.15)), z, new)
        if z == "partner-shop.example":
            tt = t + sec(r.uniform(0.03, 0.12))
            for _ in range(5):
                tt = L(
                    "ns0",
                    tt,
                    xfrd["ns0"],
                    "error",
                    "xfrd: zone %s: received notify response error %s from %s",
                    f"xfrd: zone {z}: received notify response error REFUSED from 192.0.2.77",
                )
                tt += sec(3 + r.uniform(0.0, 0.02))
            L(
                "ns0",
                tt,
                xfrd["ns0"],
                "error",
                "xfrd: zone %s: max notify send count reached, %s unreachable",
                f"xfrd: zone {z}: max notify send count reached, 192.0.2.77 unreachable",
            )

    def broken(z: str, line: int, label: str, text: str) -> Callable[[datetime], None]:
        def run(t: datetime) -> None:
            p = reload("ns0")
            path = f"/etc/nsd/zones/{z}.zone"
            t = L("ns0", t, p, "error", "%s:%u: " + label, f"{path}:{line}: {text}")
            L(
                "ns0",
                t + sec(r.uniform(0.001, 0.004)),
                p,
                "error",
                "zone %s file %s read with %u errors",
                f"zone {z} file {path} read with 1 errors",
            )

        return run

    typo = [(at(7, 45, 10.4), at(7, 52, 5.2)), (at(11, 10, 31.7), at(11, 14, 2.9))]
    for z, mean, _ in NSD_ZONES:
        for t in poisson(r, T0, T_END, mean):
            if z in ("shop.example.org", "example.com") and in_any(t, typo):
                continue
            tl.at(t, lambda t, z=z: update(t, z))
    tl.at(
        typo[0][0],
        broken(
            "shop.example.org",
            87,
            "invalid IPv4 address '%s'",
            "invalid IPv4 address '10.0.12.300'",
        ),
    )
    tl.at(
        at(7, 48, 40.1),
        broken(
            "shop.example.org",
            87,
            "invalid IPv4 address '%s'",
            "invalid IPv4 address '10.0.12.300'",
        ),
    )
    tl.at(typo[0][1], lambda t: update(t, "shop.example.org"))
    tl.at(
        typo[1][0],
        broken("example.com", 41, "unrecognized RR type '%s'", "unrecognized RR type 'AAA'"),
    )
    tl.at(typo[1][1], lambda t: update(t, "example.com"))

    # ns2 retrying the zones it could not fetch while ns0 refused its TCP
    def retry(t: datetime) -> None:
        for z in sorted(pending):
            if in_any(t, [block]):
                t = tcp_fail(
                    "ns2", t + sec(r.uniform(0.001, 0.02)), z, NSD_IP["ns0"], "Connection refused"
                )
            else:
                commit("ns2", t + sec(r.uniform(0.01, 0.05)), z, serial[z])
                t += sec(r.uniform(0.3, 0.8))
        if not in_any(t, [block]):
            pending.clear()

    t = block[0] + sec(100)
    while t < block[1] + sec(200):
        tl.at(t, retry)
        t += sec(r.uniform(95, 140))

    # lab.example.net: a secondary on ns1 and ns2 whose primary is gone
    expiry = {"ns1": at(8, 14, 27.3), "ns2": at(8, 21, 53.8)}
    for s in ("ns1", "ns2"):
        t = T0 + sec(r.uniform(5, 300))
        while t < T_END:
            tl.at(
                t,
                lambda t, s=s: (
                    tcp_fail(s, t, "lab.example.net", "10.20.9.5", "No route to host") and None
                ),
            )
            t += sec(300 + r.uniform(-2, 25))
        tl.at(
            expiry[s],
            lambda t, s=s: (
                L(
                    s,
                    t,
                    xfrd[s],
                    "error",
                    "xfrd: zone %s has expired",
                    "xfrd: zone lab.example.net has expired",
                )
                and None
            ),
        )

    # response rate limiting on the secondaries during a reflection attack
    for s in ("ns1", "ns2"):
        t = at(9, 40, r.uniform(2, 20))
        blocked: dict[str, datetime] = {}
        while t < at(9, 58):
            free = [v for v in NSD_RRL_VICTIMS if blocked.get(v, T0) <= t]
            if free:
                v = r.choice(free)
                end = t + sec(r.uniform(50, 260))
                blocked[v] = end
                for when, what in ((t, "block"), (end, "unblock")):
                    tl.at(
                        when,
                        lambda t, s=s, v=v, what=what: (
                            L(
                                s,
                                t,
                                r.choice(kids[s]),
                                "info",
                                f"ratelimit {what} %s type %s%s target %s query %s %s",
                                f"ratelimit {what} example.net. type any target {v}.0/24 query {v}.{r.randint(2, 250)} ANY",
                            )
                            and None
                        ),
                    )
            t += sec(r.expovariate(1 / 35))

    zones1 = [z for z, _, _ in NSD_ZONES] + ["lab.example.net"]

    def restart(t: datetime) -> None:
        s = "ns1"
        t = L(
            s,
            t,
            main[s],
            "warning",
            "signal received, shutting down...",
            "signal received, shutting down...",
        )
        p = newpid(s)
        main[s] = p
        t = L(
            s,
            t + sec(r.uniform(2.0, 3.5)),
            p,
            "notice",
            "nsd starting (%s)",
            f"nsd starting ({NSD_VERSION})",
        )
        for z in zones1:
            t = L(
                s,
                t + sec(r.uniform(0.002, 0.03)),
                p,
                "info",
                "zone %s read with success",
                f"zone {z} read with success",
            )
        xfrd[s] = newpid(s)
        kids[s] = [newpid(s), newpid(s)]
        L(
            s,
            t + sec(r.uniform(0.03, 0.08)),
            p,
            "notice",
            "nsd started (%s), pid %d",
            f"nsd started ({NSD_VERSION}), pid {p}",
        )

    tl.at(at(10, 40, 12.6), restart)
    tl.run()
    return fs.logs(T0)


# ----------------------------------------------------------------------------- knot-resolver

KRES_NS = [
    ("ns1.example-bank.cz.", "203.0.113.201"),
    ("ns2.example-bank.cz.", "198.51.100.202"),
    ("ns.dnsprovider.example.", "192.0.2.203"),
    ("ns1.example-bank.cz.", "2001:db8:cafe::53"),
]
KRES_TYPES = [
    "A",
    "AAAA",
    "NS",
    "DS",
    "RRSIG",
    "NSEC",
    "NSEC3",
    "CNAME",
    "TXT",
    "MX",
    "SOA",
    "PTR",
    "DNSKEY",
    "SRV",
    "HTTPS",
]


def knot_resolver(r: random.Random) -> list[Log]:
    """Two resolvers (res1, res2), each with two kresd instances and the cache GC, in the
    journal, 06:00 to 12:00: example-bank.cz's DNSKEY signature expired 07:40-10:15 (every
    instance logging the bogus answers), shop.example-retail.sk's AAAA records broken all day,
    a DEBUG_ALWAYS policy for example-bank.cz on res1's first instance 09:12-09:40 (the whole
    request trace of every matching request), the GC running when the cache passes 80% and
    restarted on res2 at 10:05."""
    fs = Files()
    inst = {"res1": [801, 802], "res2": [812, 813]}
    gc = {"res1": 787, "res2": 795}

    def J(h: str, t: datetime, ident: str, p: int, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-journal.log",
            t,
            label,
            lambda x: [f"{x:%b %d %H:%M:%S}.{x.microsecond:06d} {h} {ident}[{p}]: {msg}"],
            (h, p),
            1,
        )

    bogus = "validation failure: %s %s"
    bank = (at(7, 40, 12.1), at(10, 15, 41.9))
    debug = (at(9, 12, 30.4), at(9, 40, 8.7))
    for h, pids in inst.items():
        for p in pids:
            for t in poisson(r, bank[0], bank[1], 75):
                if h == "res1" and p == 801 and in_any(t, [debug]):
                    continue
                for _ in range(int(weighted(r, [(0.3, 1), (0.3, 2), (0.4, 3)]))):  # type: ignore[call-overload]
                    t = J(
                        h,
                        t,
                        "kresd",
                        p,
                        bogus,
                        "[dnssec] validation failure: example-bank.cz. DNSKEY",
                    )
                    t += sec(r.uniform(0.02, 0.4))
            for t in poisson(r, T0, T_END, 430):
                name = r.choice(["shop", "shop", "www", "cdn"])
                J(
                    h,
                    t,
                    "kresd",
                    p,
                    bogus,
                    f"[dnssec] validation failure: {name}.example-retail.sk. AAAA",
                )

    # the request traces of the DEBUG_ALWAYS policy
    def trace(t: datetime, uid: int) -> None:
        h, p = "res1", 801
        lines: list[tuple[str, str]] = []
        qname, qtype = weighted(
            r,
            [
                (0.5, ("www.example-bank.cz.", "A")),
                (0.2, ("www.example-bank.cz.", "AAAA")),
                (0.2, ("ib.example-bank.cz.", "A")),
                (0.1, ("example-bank.cz.", "MX")),
            ],
        )  # type: ignore[misc]

        def pre(group: str, sub: int, depth: int) -> str:
            return f"[{group:<6}][{uid:05d}.{sub:02d}]" + " " * (1 + 2 * depth)

        def add(label: str, msg: str) -> None:
            lines.append((label, msg))

        add(
            "plan '%s' type '%s' uid [%05u.%02u]",
            f"[plan  ][00000.00] plan '{qname}' type '{qtype}' uid [{uid:05d}.00]",
        )
        newuid = "'%s' type '%s' new uid was assigned .%02u, parent uid .%02u"
        add(
            newuid,
            f"{pre('iterat', 0, 1)}'{qname}' type '{qtype}' new uid was assigned .01, parent uid .00",
        )
        add(
            "plan '%s' type '%s' uid [%05u.%02u]",
            f"{pre('plan', 1, 1)}plan 'example-bank.cz.' type 'DNSKEY' uid [{uid:05d}.02]",
        )
        sub = 2
        servers = r.sample(KRES_NS, r.choice([2, 3, 3, 4]))
        cut = "zone cut: 'example-bank.cz.'"
        noting = "=> id: '%05u' noting selection error: '%s'@'%s' zone cut: '%s' error: %d %s"
        qid = 0
        for ns, addr in servers:
            add(
                newuid,
                f"{pre('iterat', sub + 1, 2)}'example-bank.cz.' type 'DNSKEY' new uid was assigned .{sub + 1:02d}, parent uid .01",
            )
            sub += 1
            qid = r.randint(1, 65535)
            a = f"'{ns}'@'{addr}#00053'"
            qn = "".join(c.upper() if r.random() < 0.5 else c for c in "example-bank.cz.")
            add(
                "=> id: '%05u' choosing: '%s'@'%s' with timeout %u ms zone cut: '%s'%s",
                f"{pre('select', sub, 2)}=> id: '{qid:05d}' choosing: {a} with timeout {r.choice([400, 400, 800, 1600])} ms {cut}",
            )
            add(
                "=> id: '%05u' querying: '%s'@'%s' zone cut: '%s' qname: '%s' qtype: '%s' proto: '%s'",
                f"{pre('resolv', sub, 2)}=> id: '{qid:05d}' querying: {a} {cut} qname: '{qn}' qtype: 'DNSKEY' proto: 'udp'",
            )
            if r.random() < (0.6 if ":" in addr else 0.1):
                add(
                    noting,
                    f"{pre('select', sub, 2)}=> id: '{qid:05d}' noting selection error: {a} {cut} error: 1 QUERY_TIMEOUT",
                )
                continue
            rtt = r.randint(9, 60)
            add(
                "=> id: '%05u' updating: '%s'@'%s' zone cut: '%s' with rtt %u to srtt: %d and variance: %d ",
                f"{pre('select', sub, 2)}=> id: '{qid:05d}' updating: {a} {cut} with rtt {rtt} to srtt: {rtt + r.randint(-3, 6)} and variance: {r.randint(1, 9)} ",
            )
            add("<= rcode: %s", f"{pre('iterat', sub, 2)}<= rcode: NOERROR")
            add(
                "<= bad keys, broken trust chain",
                f"{pre('valdtr', sub, 2)}<= bad keys, broken trust chain",
            )
            add(bogus, "[dnssec] validation failure: example-bank.cz. DNSKEY")
            add(
                noting,
                f"{pre('select', sub, 2)}=> id: '{qid:05d}' noting selection error: {a} {cut} error: 14 DNSSEC_ERROR",
            )
        add(
            "=> id: '%05u' no suitable transport, zone cut: '%s'%s",
            f"{pre('select', sub, 2)}=> id: '{r.randint(1, 65535):05d}' no suitable transport, {cut}",
        )
        add(
            "request failed, answering with empty SERVFAIL",
            f"[resolv][{uid:05d}.00] request failed, answering with empty SERVFAIL",
        )
        add(
            "finished in state: %d, queries: %zu, mempool: %zu B",
            f"[resolv][{uid:05d}.00] finished in state: 8, queries: {2 + len(servers)}, mempool: {r.choice([16400, 32800, 32800, 49200])} B",
        )
        for label, msg in lines:
            step = r.uniform(0.008, 0.06) if "querying" in msg else r.uniform(0.00005, 0.0008)
            t = J(h, t, "kresd", p, label, msg) + sec(step)

    for t in poisson(r, debug[0], debug[1], 62):
        trace(t, 48213 + int((t - debug[0]).total_seconds() * 37))

    # kres-cache-gc
    def gc_run(h: str, t: datetime, p: int) -> None:
        t = J(h, t, "kres-cache-gc", p, "Usage: %.2lf%%", f"Usage: {r.uniform(80.0, 80.95):.2f}%")
        ams = r.uniform(520, 930)
        records = r.randint(380000, 460000)
        t = J(
            h,
            t + sec(ams / 1000),
            "kres-cache-gc",
            p,
            "Cache analyzed in %.0lf msecs, %zu records, limit category is %d.",
            f"Cache analyzed in {ams:.0f} msecs, {records} records, limit category is {r.randint(44, 52)}.",
        )
        n = int(records * r.uniform(0.11, 0.14))
        t = J(
            h,
            t + sec(r.uniform(0.05, 0.2)),
            "kres-cache-gc",
            p,
            "%zu records to be deleted using %.2lf MBytes of temporary memory, %zu records skipped due to memory limit.",
            f"{n} records to be deleted using {n * 112 / 1048576:.2f} MBytes of temporary memory, 0 records skipped due to memory limit.",
        )
        dms = r.uniform(900, 2200)
        types = r.sample(KRES_TYPES[:9], r.randint(6, 9)) + r.sample(
            KRES_TYPES[9:], r.randint(1, 4)
        )
        t = J(
            h,
            t + sec(dms / 1000),
            "kres-cache-gc",
            p,
            "Deleted %zu records (%zu already gone) types %s",
            f"Deleted {n} records ({r.randint(0, 60)} already gone) types {' '.join(types)}",
        )
        J(
            h,
            t + sec(0.0003),
            "kres-cache-gc",
            p,
            "It took %.0lf msecs, %zu transactions (%s)",
            f"It took {dms + r.uniform(3, 30):.0f} msecs, {n // 100 + 1} transactions (OK)",
        )

    restart = at(10, 5, 20.3)
    for h in ("res1", "res2"):
        t = T0 + sec(r.uniform(60, 700))
        while t < T_END:
            p = gc[h] if not (h == "res2" and t >= restart) else 24877
            gc_run(h, t, p)
            t += sec(r.uniform(11 * 60, 21 * 60))
    J(
        "res2",
        restart,
        "kres-cache-gc",
        24877,
        "Knot Resolver Cache Garbage Collector, version %s",
        "Knot Resolver Cache Garbage Collector, version 5.6.0",
    )
    return fs.logs(T0)


# ----------------------------------------------------------------------------- smokeping

SP_CITIES = [
    "Oslo",
    "Bergen",
    "Trondheim",
    "Stavanger",
    "Drammen",
    "Kristiansand",
    "Fredrikstad",
    "Tromso",
    "Bodo",
    "Alta",
    "Hamar",
    "Lillehammer",
    "Molde",
    "Narvik",
]
SP_LTE = {"Tromso", "Bodo", "Alta", "Hamar", "Molde"}
SP_CUSTOMERS = [
    "Hagen_Bygg",
    "Nordlys_AS",
    "Fjordkraft_Lab",
    "Berg_Regnskap",
    "Solheim_Tannlege",
    "Lind_Arkitekter",
    "Vik_Transport",
    "Dahl_Eiendom",
    "Aas_Bakeri",
    "Moe_Advokat",
    "Strand_Hotell",
    "Eide_Elektro",
    "Bakke_Data",
    "Holm_Optikk",
    "Lie_Frisor",
    "Berge_Marin",
    "Sand_Invest",
    "Rud_Maskin",
    "Haug_Klinikk",
    "Foss_Media",
    "Lunde_Revisjon",
    "Tveit_Bil",
    "Hauge_Sport",
    "Nes_Bryggeri",
]


def smokeping(r: random.Random) -> list[Log]:
    """SmokePing on mon1 (2.8.2, four probes in multiprocess mode, syslog) and on a branch
    office box (2.7.3, one FPing probe, --logfile), 06:00 to 12:00."""
    fs = Files()

    def S(t: datetime, p: int, label: str, msg: str) -> datetime:
        return fs.add(
            "mon1-smokeping.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} mon1 smokeping[{p}]: {msg}"],
            ("mon1", p),
            1_000_000,
        )

    def B(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            "branch-smokeping.log",
            t,
            label,
            lambda x: [f"{ctime(x)} - {msg}"],
            ("branch",),
            1_000_000,
        )

    isp_b_out = (at(8, 10, 33), at(8, 55, 12))
    # (path, addr, probe, kind)
    targets: list[tuple[str, str, str, str]] = []
    for i, n in enumerate(
        [
            "core1",
            "core2",
            "dist1",
            "dist2",
            "dist3",
            "dist4",
            "fw1",
            "fw2",
            "vpn1",
            "dc-edge1",
            "dc-edge2",
            "wan-rt1",
        ]
    ):
        targets.append((f"Infrastructure/{n}", f"10.0.0.{i + 1}", "FPing", "ok"))
    for i, c in enumerate(SP_CITIES):
        kind = "lte" if c in SP_LTE else "dead" if c == "Narvik" else "ok"
        targets.append((f"Branches/{c}/gw", f"10.20.{i + 1}.1", "FPing", kind))
    for i, c in enumerate(SP_CUSTOMERS):
        kind = "ispb" if i % 2 == 0 else "dead" if i in (3, 7, 11, 15, 19, 23) else "ok"
        targets.append(
            (f"Customers/{c}/cpe", f"100.64.{10 + i // 8}.{(i % 8) * 4 + 2}", "FPing", kind)
        )
    for n, a in [
        ("Google_DNS", "8.8.8.8"),
        ("Cloudflare_DNS", "1.1.1.1"),
        ("Quad9", "9.9.9.9"),
        ("NIX_Oslo", "193.156.90.1"),
        ("Uninett", "158.36.0.1"),
        ("AMS-IX", "80.249.208.1"),
        ("GitHub", "github.com"),
        ("Telenor", "www.telenor.no"),
    ]:
        targets.append((f"Internet/{n}", a, "FPing", "ok"))
    for i, c in enumerate(SP_CUSTOMERS[:16]):
        kind = "dead" if i in (2, 9, 13) else "ispb" if i % 2 == 0 else "ok"
        targets.append((f"Customers/{c}/cpe_v6", f"2001:db8:64:{i + 16:x}::1", "FPing6", kind))
    for n, h, kind in [
        ("www", "www.example.com", "ok"),
        ("shop", "shop.example.com", "ok"),
        ("intranet", "intranet.example.net", "ok"),
        ("api", "api.example.com", "ok"),
        ("status", "status.example.org", "ok"),
        ("portal_a", "portal.customer-a.example", "ok"),
        ("portal_b", "portal.customer-b.example", "ispb"),
        ("webmail", "webmail.example.net", "ispb"),
    ]:
        targets.append((f"Web/{n}", h, "Curl", kind))
    for i, a in enumerate(
        [
            "10.0.0.53",
            "10.0.0.54",
            "10.0.0.55",
            "10.0.8.53",
            "10.0.9.53",
            "8.8.8.8",
            "1.1.1.1",
            "9.9.9.9",
        ]
    ):
        targets.append((f"DNS/resolver{i + 1}", a, "DNS", "dead" if i == 0 else "ok"))
    new = [
        ("Customers/Nordhavn/cpe", "100.64.30.2", "FPing", "new"),
        ("Customers/Solvik/cpe", "100.64.30.6", "FPing", "new"),
    ]
    steps = {"FPing": 300, "FPing6": 300, "Curl": 60, "DNS": 300}
    probes = ["FPing", "FPing6", "Curl", "DNS"]

    history: dict[str, list[tuple[float | None, float | None]]] = {}  # path -> (loss %, rtt ms)
    prevmatch: dict[tuple[str, str], int] = {}

    def loss_of(path: str, kind: str, probe: str, t: datetime) -> tuple[float | None, float | None]:
        """A target's loss (%) and median rtt (ms) this round; None, None when nothing came back."""
        if kind == "dead" or (kind == "ispb" and in_any(t, [isp_b_out])):
            return None, None
        if probe == "Curl":
            return 0.0, r.uniform(40, 260)
        if kind == "lte":
            lost = int(weighted(r, [(0.62, 0), (0.2, 1), (0.1, 2), (0.05, 3), (0.03, 6)]))  # type: ignore[call-overload]
            return lost * 5.0, r.uniform(38, 95)
        lost = 1 if r.random() < 0.01 else 0
        return lost * 5.0, r.uniform(1, 30)

    def fmt_loss(v: float | None) -> str:
        return "U" if v is None else f"{v:.0f}%"

    def fmt_rtt(v: float | None) -> str:
        return "U" if v is None else f"{v:.0f}ms"

    def alerts(path: str, kind: str, hkey: str) -> list[tuple[str, str]]:
        """check_alerts for one target after this round's value is in `history[hkey]`."""
        out = []
        h = history[hkey]
        dotted = path.replace("/", ".")
        # hostdown: ==0%,==0%,==0%,==U (edge triggered)
        w = h[-4:]
        match = int(len(w) == 4 and all(x[0] == 0 for x in w[:3]) and w[3][0] is None)
        key = (hkey, "hostdown")
        if match != prevmatch.get(key, 0):
            what = "was raised" if match else "was cleared"
            out.append((what, "hostdown", w, "no reply", prevmatch.get(key, 0)))
        prevmatch[key] = match
        if kind == "lte":
            # someloss: >0%,*12*,>0%,*12*,>0% (not edge triggered: logged every round it matches)
            w = h[-27:]
            hits = [i for i, x in enumerate(w) if x[0] is not None and x[0] > 0]
            match = int(
                bool(hits)
                and hits[-1] == len(w) - 1
                and len(hits) >= 3
                and hits[-1] - hits[-2] <= 13
                and hits[-2] - hits[-3] <= 13
            )
            key = (hkey, "someloss")
            if match:
                out.append(
                    ("is active", "someloss", w, "loss 3 times  in a row", prevmatch.get(key, 0))
                )
            prevmatch[key] = match
        lines = []
        for what, name, w, comment, pm in out:
            last = w[-1][0]
            ratio = f"{'U' if last is None else int(last / 5)}/20"
            loss = "loss: " + ", ".join(fmt_loss(x[0]) for x in w)
            rtt = "rtt: " + ", ".join(fmt_rtt(x[1]) for x in w)
            lines.append(
                (
                    f"Alert %s {what} for %s loss: %s(%s)  rtt: %s prevmatch: %s comment: %s",
                    f"Alert {name} {what} for {dotted} {loss}({ratio})  {rtt} prevmatch: {pm} comment: {comment}",
                )
            )
        return lines

    tl = Timeline()
    # mon1: three lives of the probe processes (the HUP reload at 09:08, the restart at 10:30)
    epochs = [
        (
            T0,
            at(9, 8, 6),
            1187,
            {"FPing": 1190, "FPing6": 1191, "Curl": 1192, "DNS": 1193},
            targets,
        ),
        (
            at(9, 8, 8),
            at(10, 30, 11),
            1187,
            {"FPing": 23877, "FPing6": 23878, "Curl": 23879, "DNS": 23880},
            targets + new,
        ),
        (
            at(10, 30, 14),
            T_END,
            25914,
            {"FPing": 25921, "FPing6": 25922, "Curl": 25923, "DNS": 25924},
            targets + new,
        ),
    ]
    perm = (at(9, 8), at(10, 5, 40))
    report: dict[tuple[int, str], tuple[int, int]] = {}
    for path, _, probe, kind in targets + new:
        for _ in range(27):
            history.setdefault(path, []).append(
                loss_of(path, "ok" if kind == "new" else kind, probe, T0 - sec(3600))
            )
    for e, (e0, e1, _parent, kids, tg) in enumerate(epochs):
        for probe in probes:
            step = steps[probe]
            offset = r.randrange(step)
            mine = [x for x in tg if x[2] == probe]
            kid = kids[probe]
            report[(e, probe)] = (len(mine), offset)
            k = int((e0.timestamp() - offset) // step) + 1
            while True:
                start = datetime.fromtimestamp(k * step + offset, tz=T0.tzinfo)
                k += 1
                if start >= e1:
                    break
                if start < e0:
                    continue

                def round_(
                    t: datetime,
                    probe: str = probe,
                    kid: int = kid,
                    mine: list = mine,
                    step: int = step,
                    first: bool = start - e0 < sec(step),
                    e: int = e,
                ) -> None:
                    if probe == "Curl":
                        down = [x for x in mine if x[3] == "ispb" and in_any(t, [isp_b_out])]
                        runtime = r.uniform(0.8, 3.5)
                        if down:
                            for x in down:
                                S(
                                    t + sec(50 + r.uniform(0, 0.3)),
                                    kid,
                                    "%s: timeout (%s s) reached, killing the probe.",
                                    f"Curl: {x[1]}: timeout (50 s) reached, killing the probe.",
                                )
                            runtime = (
                                50
                                + 2 * len(down)
                                + r.uniform(0.05, 1.5)
                                + (r.uniform(6, 11) if r.random() < 0.25 else 0)
                            )
                        if first and e > 0:
                            S(
                                t + sec(r.uniform(1, 2)),
                                kid,
                                "WARNING: curl exited with status %s on %s",
                                "Curl: WARNING: curl exited with status 60 on https://intranet.example.net/",
                            )
                        tu = t + sec(runtime)
                    elif probe == "DNS":
                        tu = t + sec(r.uniform(3, 6))
                    else:
                        tu = t + sec(r.uniform(19.5, 22.5))
                    for path, addr, _, kind in mine:
                        lo, rt = loss_of(path, kind, probe, t)
                        history.setdefault(path, []).append((lo, rt))
                        if lo is None:
                            tu = S(
                                tu,
                                kid,
                                "Warning: got zero answers from %s(%s) %s",
                                f"Warning: got zero answers from {addr}({probe}) /var/lib/smokeping/{path}",
                            )
                        if kind == "new" and in_any(t, [perm]):
                            tu = S(
                                tu,
                                kid,
                                "RRDs::update ERROR: opening '%s': Permission denied",
                                f"RRDs::update ERROR: opening '/var/lib/smokeping/{path}.rrd': Permission denied",
                            )
                        if probe.startswith("FPing"):
                            for label, msg in alerts(path, kind, path):
                                tu = S(tu, kid, label, msg)
                    if probe == "Curl" and runtime > step * 0.8:
                        rs = f"{runtime:.15g}"
                        if runtime > step:
                            S(
                                tu,
                                kid,
                                "WARNING: smokeping took %s seconds to complete 1 round of polling. It should complete polling in %s seconds. You may have unresponsive devices in your setup.",
                                f"Curl: WARNING: smokeping took {rs} seconds to complete 1 round of polling. It should complete polling in {step} seconds. You may have unresponsive devices in your setup.",
                            )
                        else:
                            S(
                                tu,
                                kid,
                                "NOTE: smokeping took %s seconds to complete 1 round of polling. This is over 80% of the max time available for a polling cycle (%s seconds).",
                                f"Curl: NOTE: smokeping took {rs} seconds to complete 1 round of polling. This is over 80% of the max time available for a polling cycle ({step} seconds).",
                            )

                tl.at(start, round_)

    # the failed reload at 08:58, the reload at 09:08, the restart at 10:30
    def failed_reload(t: datetime) -> None:
        t = S(t, 1187, "Reloading configuration.", "Reloading configuration.")
        S(
            t + sec(0.4),
            1187,
            "Reloading configuration from %s failed: ERROR: %s, line %s: unknown variable '%s'",
            "Reloading configuration from /etc/smokeping/config failed: ERROR: /etc/smokeping/config.d/Targets, line 214: unknown variable 'hots'",
        )

    def start_kids(t: datetime, parent: int, e: int) -> None:
        kids = epochs[e][3]
        t = S(t, parent, "Entering multiprocess mode.", "Entering multiprocess mode.")
        for probe in probes:
            t = S(
                t + sec(0.01),
                parent,
                "Child process %s started for probe %s.",
                f"Child process {kids[probe]} started for probe {probe}.",
            )
            n, offset = report[(e, probe)]
            S(
                t + sec(0.05),
                kids[probe],
                "probing %s targets with step %s s and offset %s s.",
                f"{probe}: probing {n} targets with step {steps[probe]} s and offset {offset} s.",
            )
        S(
            t + sec(0.01),
            parent,
            "All probe processes started successfully.",
            "All probe processes started successfully.",
        )

    def reload_(t: datetime) -> None:
        old = epochs[0][3]
        t = S(t, 1187, "Reloading configuration.", "Reloading configuration.")
        t += sec(0.5)
        for probe in probes:
            S(
                t + sec(0.01),
                old[probe],
                "Got HUP signal, exiting gracefully.",
                "Got HUP signal, exiting gracefully.",
            )
            S(t + sec(0.02), old[probe], "Exiting due to HUP signal.", "Exiting due to HUP signal.")
        t = S(
            t + sec(1),
            1187,
            "Waiting for child processes to terminate.",
            "Waiting for child processes to terminate.",
        )
        t = S(
            t + sec(0.2),
            1187,
            "Child processes terminated, restarting with new configuration.",
            "Child processes terminated, restarting with new configuration.",
        )
        start_kids(t, 1187, 1)

    def restart(t: datetime) -> None:
        old = epochs[1][3]
        t = S(
            t,
            1187,
            "Got %s signal, terminating child processes.",
            "Got TERM signal, terminating child processes.",
        )
        for probe in probes:
            S(
                t + sec(0.01),
                old[probe],
                "got %s signal, terminating.",
                "got TERM signal, terminating.",
            )
        t = S(
            t + sec(1),
            1187,
            "All child processes successfully terminated, exiting.",
            "All child processes successfully terminated, exiting.",
        )
        t = S(t + sec(2.1), 25911, "Starting syslog logging", "Starting syslog logging")
        t = S(
            t + sec(0.2),
            25914,
            "Smokeping version %s successfully launched.",
            "Smokeping version 2.008002 successfully launched.",
        )
        start_kids(t, 25914, 2)

    tl.at(at(8, 58, 21), failed_reload)
    tl.at(at(9, 8, 5), reload_)
    tl.at(at(10, 30, 9), restart)

    # the branch box: one FPing probe, not multiprocess, its own log file
    branch = [
        ("HQ/core1", "10.0.0.1", "ok"),
        ("HQ/fw", "10.0.0.7", "ok"),
        ("HQ/mail", "10.0.4.25", "ok"),
        ("HQ/intranet", "10.0.4.80", "ok"),
        ("Local/printer2", "10.44.0.20", "dead"),
        ("Local/ap1", "10.44.0.31", "ok"),
        ("Local/ap2", "10.44.0.32", "ok"),
        ("Local/ap3", "10.44.0.33", "late"),
        ("Local/switch", "10.44.0.2", "ok"),
        ("Local/nas", "10.44.0.10", "ok"),
        ("Internet/ISP_gw", "81.166.0.1", "lte"),
        ("Internet/Google_DNS", "8.8.8.8", "ok"),
    ]
    vpn_out = (at(10, 50, 40), at(11, 2, 5))
    reboot = (at(7, 15, 40), at(7, 17, 25))
    bstep = 60
    for path, _, kind in branch:
        for _ in range(27):
            history.setdefault("b:" + path, []).append(
                loss_of(path, "ok" if kind == "late" else kind, "FPing", T0 - sec(3600))
            )

    def b_start(t: datetime, offset: int) -> None:
        t = B(
            t,
            "Smokeping version %s successfully launched.",
            "Smokeping version 2.007003 successfully launched.",
        )
        t = B(
            t + sec(0.01),
            "Not entering multiprocess mode for just a single probe.",
            "Not entering multiprocess mode for just a single probe.",
        )
        B(
            t + sec(0.01),
            "probing %s targets with step %s s and offset %s s.",
            f"FPing: probing {len(branch)} targets with step {bstep} s and offset {offset} s.",
        )

    for b0, b1, offset in [(T0, reboot[0], 47), (reboot[1], T_END, r.randrange(bstep))]:
        if b0 != T0:
            tl.at(b0, lambda t, o=offset: b_start(t, o))
        k = int((b0.timestamp() - offset) // bstep) + 1
        while True:
            start = datetime.fromtimestamp(k * bstep + offset, tz=T0.tzinfo)
            k += 1
            if start >= b1:
                break

            def b_round(t: datetime) -> None:
                tu = t + sec(r.uniform(19.5, 22))
                for path, addr, kind in branch:
                    k2 = (
                        "dead"
                        if (kind == "late" and t >= at(9, 31, 10))
                        or (path.startswith("HQ/") and in_any(t, [vpn_out]))
                        else kind
                    )
                    lo, rt = loss_of("b:" + path, k2, "FPing", t)
                    history.setdefault("b:" + path, []).append((lo, rt))
                    if lo is None:
                        tu = B(
                            tu,
                            "Warning: got zero answers from %s(%s) %s",
                            f"Warning: got zero answers from {addr}(FPing) /var/lib/smokeping/{path}",
                        )
                    for label, msg in alerts(path, k2, "b:" + path):
                        tu = B(tu, label, msg)

            tl.at(start, b_round)
    tl.run()
    return fs.logs(T0)


# ----------------------------------------------------------------------------- conntrackd

CT_SERVERS = ["203.0.113.80", "198.51.100.25", "192.0.2.140", "198.51.100.7", "203.0.113.14"]


def conntrackd(r: random.Random) -> list[Log]:
    """conntrackd 1.4.7: an FTFW-synced firewall pair (fw1, fw2) driven by keepalived's
    primary-backup.sh, and an IoT gateway (iotgw) in stats mode logging every destroyed flow,
    06:00 to 12:00."""
    fs = Files()

    def C(h: str, t: datetime, p: int, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-conntrackd.log",
            t,
            label,
            lambda x: [f"[{ctime(x)}] (pid={p}) [{level}] {msg}"],
            (h, p),
            1_000_000,
        )

    def CT(h: str, t: datetime, p: int, label: str, body: str) -> datetime:
        return fs.add(
            f"{h}-conntrackd.log", t, label, lambda x: [f"{ctime(x)}\t{body}"], (h, p), 1_000_000
        )

    def ST(t: datetime, label: str, body: str) -> datetime:
        return fs.add(
            "iotgw-conntrackd-stats.log",
            t,
            label,
            lambda x: [f"{ctime(x)}\t{body}"],
            ("iotgw", "stats"),
            1_000_000,
        )

    pid = {"fw1": 1432, "fw2": 1388}
    nat = {"fw1": "198.51.100.10", "fw2": "198.51.100.10"}

    def ct_dump(h: str, t: datetime) -> datetime:
        cli = f"10.1.{r.randint(1, 9)}.{r.randint(10, 250)}"
        srv = r.choice(CT_SERVERS)
        sp, np_ = r.randint(32768, 60999), r.randint(1024, 65000)
        if r.random() < 0.8:
            dp = r.choice([443, 443, 443, 22, 993, 5223])
            return CT(
                h,
                t,
                pid[h],
                "%-8s %u %lu %s src=%s dst=%s sport=%u dport=%u src=%s dst=%s sport=%u dport=%u [ASSURED] mark=%u",
                f"tcp      6 {r.randint(300, 431999)} ESTABLISHED src={cli} dst={srv} sport={sp} dport={dp} src={srv} dst={nat[h]} sport={dp} dport={np_} [ASSURED] mark=0",
            )
        dp = r.choice([443, 4500, 3478])
        return CT(
            h,
            t,
            pid[h],
            "%-8s %u %lu src=%s dst=%s sport=%u dport=%u src=%s dst=%s sport=%u dport=%u [ASSURED] mark=%u",
            f"udp      17 {r.randint(30, 179)} src={cli} dst={srv} sport={sp} dport={dp} src={srv} dst={nat[h]} sport={dp} dport={np_} [ASSURED] mark=0",
        )

    def master(h: str, t: datetime, fails: int) -> None:
        p = pid[h]
        t = C(h, t, p, "notice", "committing external cache", "committing external cache")
        for _ in range(fails):
            err = "Invalid argument" if r.random() < 0.8 else "File exists"
            t = C(
                h,
                t + sec(r.uniform(0.0005, 0.004)),
                p,
                "ERROR",
                f"commit-create: {err}",
                f"commit-create: {err}",
            )
            t = ct_dump(h, t)
        t = C(
            h,
            t + sec(r.uniform(0.01, 0.06)),
            p,
            "notice",
            "Committed %u new entries",
            f"Committed {r.randint(1800, 5600)} new entries",
        )
        if fails:
            t = C(
                h,
                t,
                p,
                "notice",
                "%u entries can't be committed",
                f"{fails} entries can't be committed",
            )
        t = C(
            h,
            t,
            p,
            "notice",
            "commit has taken %lu.%06lu seconds",
            f"commit has taken 0.{r.randint(18000, 95000):06d} seconds",
        )
        t = C(h, t + sec(r.uniform(0.02, 0.1)), p, "notice", "flushing caches", "flushing caches")
        t = C(
            h,
            t + sec(r.uniform(0.02, 0.1)),
            p,
            "notice",
            "resync with master conntrack table",
            "resync with master conntrack table",
        )
        C(
            h,
            t + sec(r.uniform(0.05, 0.3)),
            p,
            "notice",
            "sending bulk update",
            "sending bulk update",
        )

    def backup(h: str, t: datetime, until: datetime) -> None:
        p = pid[h]
        t = C(
            h,
            t,
            p,
            "notice",
            "flushing conntrack table in %d secs",
            "flushing conntrack table in 60 secs",
        )
        C(h, t + sec(r.uniform(0.01, 0.05)), p, "notice", "request resync", "request resync")
        if until - t > sec(60):
            C(
                h,
                t + sec(60),
                p,
                "notice",
                "flushing kernel conntrack table (scheduled)",
                "flushing kernel conntrack table (scheduled)",
            )

    def start(h: str, t: datetime, p: int, size: int, kernel: bool) -> None:
        pid[h] = p
        t = C(
            h,
            t,
            p,
            "notice",
            f"using {'kernel' if kernel else 'user'}-space event filtering",
            f"using {'kernel' if kernel else 'user'}-space event filtering",
        )
        t = C(
            h,
            t + sec(0.001),
            p,
            "notice",
            "netlink event socket buffer size has been set to %u bytes",
            f"netlink event socket buffer size has been set to {size} bytes",
        )
        t = C(h, t + sec(0.02), p, "notice", "initialization completed", "initialization completed")
        C(
            h,
            t + sec(0.001),
            p,
            "notice",
            "-- starting in console mode --",
            "-- starting in console mode --",
        )

    # fw1 rebooted at 06:40 (fw2 takes over), back at 06:47 and preempting; VRRP flapping 10:10-10:50
    C(
        "fw1",
        at(6, 40, 5.2),
        pid["fw1"],
        "notice",
        "---- shutdown received ----",
        "---- shutdown received ----",
    )
    changes = [(at(6, 40, 7.9), "fw2"), (at(6, 48, 21.4), "fw1")]
    t = at(10, 11, 5.3)
    who = "fw2"
    while t < at(10, 50):
        changes.append((t, who))
        who = "fw1" if who == "fw2" else "fw2"
        t += sec(r.choice([r.uniform(25, 90), r.uniform(200, 700)]))
    if who == "fw1":
        changes.append((t, "fw1"))
    start("fw1", at(6, 47, 2.6), 812, 8388608, True)
    for i, (t, m) in enumerate(changes):
        nxt_t = changes[i + 1][0] if i + 1 < len(changes) else T_END
        fails = 0 if i == 0 else r.choice([0, r.randint(2, 9), r.randint(5, 25)])
        master(m, t + sec(r.uniform(0.05, 0.3)), fails)
        b = "fw1" if m == "fw2" else "fw2"
        if not (i == 0 and b == "fw1"):
            backup(b, t + sec(r.uniform(0.1, 0.9)), nxt_t)
    backup("fw1", at(6, 47, 31.2), at(6, 48, 21.4))
    # the sync switch rebooted 08:05 and one link dropped again at 08:21
    for h in ("fw1", "fw2"):
        p = pid[h]
        j = r.uniform(0, 0.8)
        C(
            h,
            at(8, 5, 12 + j),
            p,
            "notice",
            "device `%s' becomes dedicated link",
            "device `eth3' becomes dedicated link",
        )
        C(
            h,
            at(8, 5, 13.1 + j),
            p,
            "ERROR",
            "no dedicated links available!",
            "no dedicated links available!",
        )
        C(
            h,
            at(8, 9, 40 + j),
            p,
            "notice",
            "device `%s' becomes dedicated link",
            "device `eth2' becomes dedicated link",
        )
        C(
            h,
            at(8, 21, 30 + j),
            p,
            "notice",
            "device `%s' becomes dedicated link",
            "device `eth3' becomes dedicated link",
        )
        C(
            h,
            at(8, 22, 2 + j),
            p,
            "notice",
            "device `%s' becomes dedicated link",
            "device `eth2' becomes dedicated link",
        )
    # a SYN flood through fw1 (the master) 09:30-09:50 overruns its event socket
    C(
        "fw1",
        at(9, 31, 10.4),
        pid["fw1"],
        "notice",
        "netlink event socket buffer size has been doubled to %u bytes",
        "netlink event socket buffer size has been doubled to 16777216 bytes",
    )
    C(
        "fw1",
        at(9, 33, 55.8),
        pid["fw1"],
        "notice",
        "netlink event socket buffer size has been doubled to %u bytes",
        "netlink event socket buffer size has been doubled to 33554432 bytes",
    )
    C(
        "fw1",
        at(9, 36, 20.1),
        pid["fw1"],
        "WARNING",
        "netlink event socket buffer size cannot be doubled further since it will exceed NetlinkBufferSizeMaxGrowth. We are likely to be losing events, this may lead to unsynchronized replicas. Please, consider increasing netlink socket buffer size via NetlinkBufferSize and NetlinkBufferSizeMaxGrowth clauses in conntrackd.conf",
        "netlink event socket buffer size cannot be doubled further since it will exceed NetlinkBufferSizeMaxGrowth. We are likely to be losing events, this may lead to unsynchronized replicas. Please, consider increasing netlink socket buffer size via NetlinkBufferSize and NetlinkBufferSizeMaxGrowth clauses in conntrackd.conf",
    )

    # the IoT gateway: stats mode, every destroyed flow in the stats log; restarted at 10:00
    C(
        "iotgw",
        at(10, 0, 3.3),
        911,
        "notice",
        "---- shutdown received ----",
        "---- shutdown received ----",
    )
    start("iotgw", at(10, 0, 4.9), 24571, 262142, False)
    wan = "172.16.40.2"
    devs = [f"10.50.0.{i}" for i in range(11, 21)]
    off = (at(8, 2, 10), at(9, 1, 40))
    assured = "%-8s %u src=%s dst=%s sport=%u dport=%u packets=%llu bytes=%llu src=%s dst=%s sport=%u dport=%u packets=%llu bytes=%llu [ASSURED] mark=%u"
    replied = "%-8s %u src=%s dst=%s sport=%u dport=%u packets=%llu bytes=%llu src=%s dst=%s sport=%u dport=%u packets=%llu bytes=%llu mark=%u"
    unreplied = "%-8s %u src=%s dst=%s sport=%u dport=%u packets=%llu bytes=%llu [UNREPLIED] src=%s dst=%s sport=%u dport=%u packets=%llu bytes=%llu mark=%u"
    icmp = "%-8s %u src=%s dst=%s type=%u code=%u id=%u packets=%llu bytes=%llu src=%s dst=%s type=%u code=%u id=%u packets=%llu bytes=%llu mark=%u"
    icmp_un = "%-8s %u src=%s dst=%s type=%u code=%u id=%u packets=%llu bytes=%llu [UNREPLIED] src=%s dst=%s type=%u code=%u id=%u packets=%llu bytes=%llu mark=%u"
    for d in devs:
        down = d == "10.50.0.19"
        # DNS to the gateway's resolver, destroyed 30 s later
        for t in poisson(r, T0 - sec(30), T_END - sec(30), 300):
            if down and in_any(t, [off]):
                continue
            sp = r.randint(1024, 65535)
            q = r.randint(58, 86)
            ST(
                t + sec(30),
                replied,
                f"udp      17 src={d} dst=10.50.0.1 sport={sp} dport=53 packets=1 bytes={q} src=10.50.0.1 dst={d} sport=53 dport={sp} packets=1 bytes={q + r.choice([16, 32, 48, 140])} mark=0",
            )
        # telemetry over HTTPS every ten minutes, destroyed after TIME_WAIT
        t = T0 + sec(r.uniform(-400, 200))
        while t < T_END:
            if not (down and in_any(t, [off])) and t + sec(121) >= T0:
                sp, np_ = r.randint(32768, 60999), r.randint(1024, 65000)
                a, b = r.randint(11, 19), r.randint(9, 15)
                ST(
                    t + sec(120 + r.uniform(0.5, 3)),
                    assured,
                    f"tcp      6 src={d} dst=203.0.113.80 sport={sp} dport=443 packets={a} bytes={a * 90 + r.randint(900, 1800)} src=203.0.113.80 dst={wan} sport=443 dport={np_} packets={b} bytes={b * 120 + r.randint(3000, 4500)} [ASSURED] mark=0",
                )
            t += sec(600 + r.uniform(-3, 3))
        # NTP to the gateway every 1024 s
        t = T0 + sec(r.uniform(-900, 0))
        while t < T_END:
            if not (down and in_any(t, [off])) and t + sec(30) >= T0:
                ST(
                    t + sec(30),
                    replied,
                    f"udp      17 src={d} dst=10.50.0.1 sport=123 dport=123 packets=1 bytes=76 src=10.50.0.1 dst={d} sport=123 dport=123 packets=1 bytes=76 mark=0",
                )
            t += sec(1024)
        # the monitoring agent's ping every ten minutes
        t = T0 + sec(r.uniform(-30, 570))
        ident = r.randint(1000, 60000)
        while t < T_END:
            ident += 1
            if down and in_any(t, [off]):
                ST(
                    t + sec(30),
                    icmp_un,
                    f"icmp     1 src=10.50.0.1 dst={d} type=8 code=0 id={ident} packets=1 bytes=84 [UNREPLIED] src={d} dst=10.50.0.1 type=0 code=0 id={ident} packets=0 bytes=0 mark=0",
                )
            elif t + sec(30) >= T0:
                ST(
                    t + sec(30),
                    icmp,
                    f"icmp     1 src=10.50.0.1 dst={d} type=8 code=0 id={ident} packets=1 bytes=84 src={d} dst=10.50.0.1 type=0 code=0 id={ident} packets=1 bytes=84 mark=0",
                )
            t += sec(600 + r.uniform(-0.5, 0.5))
    # a camera whose cloud endpoint is gone: a SYN every two and a half minutes, never answered
    t = T0 + sec(r.uniform(-120, 0))
    while t < T_END:
        sp, np_ = r.randint(32768, 60999), r.randint(1024, 65000)
        if t + sec(120) >= T0:
            ST(
                t + sec(120 + r.uniform(0, 1)),
                unreplied,
                f"tcp      6 src=10.50.0.17 dst=198.51.100.99 sport={sp} dport=443 packets={r.choice([6, 7])} bytes={r.choice([360, 420])} [UNREPLIED] src=198.51.100.99 dst={wan} sport=443 dport={np_} packets=0 bytes=0 mark=0",
            )
        t += sec(150 + r.uniform(-5, 5))
    return fs.logs(T0)


# ----------------------------------------------------------------------------- ldirectord


def ldirectord(r: random.Random) -> list[Log]:
    """ldirectord (resource-agents 4.12, "Linux Director v1.186-ha") under pacemaker on lb1,
    moved to lb2 at 10:40; fork=yes, quiescent=yes, failurecount=3, autoreload=yes, emailalert
    through an SMTP relay, a monitorfile for the web virtual, 06:00 to 12:00."""
    fs = Files()
    cfg = "/etc/ha.d/ldirectord.cf"

    def L(
        h: str, t: datetime, p: int, label: str, msg: str, cont: tuple[str, ...] = ()
    ) -> datetime:
        return fs.add(
            f"{h}-ldirectord.log",
            t,
            label,
            lambda x: [f"[{ctime(x)}|ldirectord.cf|{p}] {msg}", *cont],
            (h, p),
            1_000_000,
        )

    def M(h: str, t: datetime, p: int, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-ldirectord-web.monitor",
            t,
            label,
            lambda x: [f"[{ctime(x)}] [{p}] {msg}"],
            (h, p),
            1_000_000,
        )

    mail_down = (at(7, 0, 40), at(9, 0, 15))

    def email(h: str, t: datetime, p: int, label: str, subject: str) -> datetime:
        t = L(
            h, t + sec(r.uniform(0.001, 0.01)), p, "emailalert: " + label, "emailalert: " + subject
        )
        if in_any(t, [mail_down]):
            t = L(
                h,
                t + sec(r.uniform(0.002, 0.02)),
                p,
                "failed to send SMTP email message",
                "failed to send SMTP email message",
            )
        return t

    def V(
        vip: str,
        port: int,
        proto: str,
        servers: list[str],
        interval: int,
        fallback: bool,
        check: str,
    ) -> dict:
        return {
            "vstr": f"{vip}:{port}",
            "vid": f"{proto}:{vip}:{port}",
            "interval": interval,
            "fallback": fallback,
            "fb_up": False,
            "check": check,
            "reals": [
                {"server": s, "port": port, "failcount": 0, "up": False, "weight": 0}
                for s in servers
            ],
        }

    def virtuals() -> list[dict]:
        return [
            V(
                "10.0.0.50",
                80,
                "tcp",
                ["10.0.1.11", "10.0.1.12", "10.0.1.13", "10.0.1.14"],
                45,
                True,
                "http",
            ),
            V(
                "10.0.0.50",
                443,
                "tcp",
                ["10.0.1.11", "10.0.1.12", "10.0.1.13", "10.0.1.14"],
                15,
                False,
                "connect",
            ),
            V("10.0.0.53", 53, "udp", ["10.0.2.11", "10.0.2.12"], 15, False, "dns"),
            V("10.0.0.60", 3306, "tcp", ["10.0.3.21", "10.0.3.22"], 15, False, "connect"),
        ]

    def rid(v: dict, rs: dict) -> str:
        return f"{rs['server']}:{rs['port']}"

    def added_real(h: str, t: datetime, p: int, v: dict, rs: dict, verb: str) -> datetime:
        lab = f"{verb} real server: %s (%s) (Weight set to %s)"
        msg = f"{verb} real server: {rid(v, rs)} ({v['vstr']}) (Weight set to 1)"
        t = L(h, t, p, lab, msg)
        rs["weight"] = 1
        return email(h, t, p, lab, msg)

    def quiesce(h: str, t: datetime, p: int, v: dict, rs: dict) -> datetime:
        lab = "Quiescent real server: %s (%s) (Weight set to 0)"
        msg = f"Quiescent real server: {rid(v, rs)} ({v['vstr']}) (Weight set to 0)"
        t = L(h, t, p, lab, msg)
        rs["weight"] = 0
        return email(h, t, p, lab, msg)

    def fallback(h: str, t: datetime, p: int, v: dict, on: bool) -> datetime:
        if not v["fallback"] or v["fb_up"] == on:
            return t
        v["fb_up"] = on
        if on:
            lab, msg = (
                "Added fallback server: %s (%s) (Weight set to %s)",
                f"Added fallback server: 127.0.0.1:{v['vstr'].split(':')[1]} ({v['vstr']}) (Weight set to 1)",
            )
        else:
            lab, msg = (
                "Deleted fallback server: %s (%s)",
                f"Deleted fallback server: 127.0.0.1:{v['vstr'].split(':')[1]} ({v['vstr']})",
            )
        t = L(h, t + sec(0.01), p, lab, msg)
        return email(h, t, p, lab, msg)

    def service_up(h: str, t: datetime, p: int, v: dict, rs: dict) -> datetime:
        if rs["failcount"] > 0:
            t = L(
                h,
                t,
                p,
                "Resetting soft failure count: %s (%s)",
                f"Resetting soft failure count: {rid(v, rs)} ({v['vid']})",
            )
        rs["failcount"] = 0
        if rs["up"]:
            return t
        rs["up"] = True
        t = added_real(h, t, p, v, rs, "Restored" if rs["weight"] == 0 else "Added")
        return fallback(h, t, p, v, False)

    def service_down(
        h: str, t: datetime, p: int, v: dict, rs: dict, force: bool = False
    ) -> datetime:
        if not rs["up"] and not force:
            return t
        rs["failcount"] += 1
        if not force and rs["failcount"] < 3:
            return L(
                h,
                t,
                p,
                "Soft failure real server: %s (%s) failure %d/%d",
                f"Soft failure real server: {rid(v, rs)} ({v['vid']}) failure {rs['failcount']}/3",
            )
        if not rs["up"] and rs["weight"] == 0:
            return t
        rs["up"] = False
        t = quiesce(h, t, p, v, rs)
        if not any(x["up"] for x in v["reals"]):
            t = fallback(h, t, p, v, True)
        return t

    deploy = (at(7, 20, 14), at(7, 34, 2))
    degraded = (at(8, 40, 25), at(9, 30, 40))
    maint = (at(10, 0, 5), at(10, 20, 30))
    dns_out = (at(9, 10, 2), at(9, 14, 31))

    def check(v: dict, rs: dict, t: datetime) -> tuple[str, str | None] | None:
        s = rs["server"]
        if s == "10.0.1.14" and in_any(t, [maint]) and v["check"] in ("http", "connect"):
            return "maint", "Server in maintenance"
        if v["check"] == "http":
            if s == "10.0.1.13" and in_any(t, [deploy]):
                return "down", f"500 Can't connect to {s}:80 (Connection refused)"
            if s == "10.0.1.12" and in_any(t, [degraded]) and r.random() < 0.42:
                return "down", f"DEGRADED: replica lag {r.randint(31, 240)}s%0a"
            if r.random() < 0.002:
                return None
            return "up", "200 OK"
        if v["check"] == "connect" and s == "10.0.1.13" and in_any(t, [deploy]):
            return "down", None
        if v["check"] == "dns" and s == "10.0.2.12" and in_any(t, [dns_out]):
            return "down", "Connection timed out"
        return "up", None

    def run_child(h: str, p: int, v: dict, t: datetime, t_end: datetime) -> None:
        while t < t_end:
            for rs in v["reals"]:
                res = check(v, rs, t)
                if res is None:
                    t += sec(10)
                    continue
                state, msg = res
                t += sec(r.uniform(0.003, 0.04))
                if state == "maint":
                    t = service_down(h, t, p, v, rs, force=True)
                    state = "down"
                elif state == "down":
                    t = service_down(h, t, p, v, rs)
                else:
                    t = service_up(h, t, p, v, rs)
                if v["check"] == "http":
                    real = (
                        f"negotiate http tcp {rs['server']} 80 www.example.com 1 gate /healthz OK"
                    )
                    if msg.startswith("500 Can't"):
                        lab = "%s [down] 500 Can't connect to %s (Connection refused)"
                    elif msg == "Server in maintenance":
                        lab = "%s [down] Server in maintenance"
                    else:
                        lab = f"%s [{state}] %s"
                    t = M(h, t, p, lab, f"{real} [{state}] {msg}")
            t += sec(v["interval"] + r.uniform(0.0, 0.02))

    def spawn(h: str, t: datetime, main: int, vs: list[dict], pids: list[int]) -> datetime:
        for v, p in zip(vs, pids, strict=True):
            t = L(
                h,
                t + sec(0.001),
                main,
                "Child not running for %s, spawning",
                f"Child not running for {v['vid']}, spawning",
            )
            t = L(
                h,
                t + sec(0.002),
                main,
                "Spawned child %s PID=%d",
                f"Spawned child {v['vid']} PID={p}",
            )
        return t

    def ld_start(
        h: str, t: datetime, main: int, vs: list[dict], fresh: bool, new: list[tuple[int, dict]]
    ) -> datetime:
        """ld_start() on start (`fresh`: nothing in IPVS) or on a reload (`new`: reals not in IPVS yet)."""
        for v in vs:
            verb = "Added" if fresh else "Changed"
            t = L(
                h,
                t + sec(0.01),
                main,
                f"{verb} virtual server: %s",
                f"{verb} virtual server: {v['vstr']}",
            )
        down = []
        for i, v in enumerate(vs):
            for rs in v["reals"]:
                if fresh or any(rs is x for _, x in new):
                    down.append((i, rs))
                else:
                    rs["up"] = True
                    rs["weight"] = 1
            if fresh:
                t = fallback(h, t, main, v, True)
        r.shuffle(down)
        for i, rs in down:
            v = vs[i]
            rs["up"] = True
            t = added_real(h, t + sec(0.01), main, v, rs, "Added")
            t = fallback(h, t, main, v, False)
            t = service_down(h, t + sec(0.01), main, v, rs, force=True)
        return t

    # lb1, running since before 06:00 with all reals up
    vs1 = virtuals()
    for v in vs1:
        for rs in v["reals"]:
            rs["up"], rs["weight"] = True, 1
    kids1 = [2231, 2232, 2233, 2234]
    typo_t, fix_t, move_t = at(9, 45, 11), at(9, 49, 36), at(10, 40, 2)
    for v, p in zip(vs1, kids1, strict=True):
        run_child("lb1", p, v, T0 + sec(r.uniform(0, v["interval"])), fix_t)
    # the typo and the fix (a fifth web server), through autoreload
    t = L(
        "lb1",
        typo_t,
        2214,
        "Configuration file '%s' has changed on disk",
        f"Configuration file '{cfg}' has changed on disk",
    )
    t = L("lb1", t, 2214, " - reread new configuration", " - reread new configuration")
    L(
        "lb1",
        t + sec(0.01),
        2214,
        'Error [%d] reading file %s at line %d: Unknown command "%s',
        f'Error [2214] reading file {cfg} at line 31: Unknown command "        chekinterval = 30',
        ('"',),
    )
    t = L(
        "lb1",
        fix_t,
        2214,
        "Configuration file '%s' has changed on disk",
        f"Configuration file '{cfg}' has changed on disk",
    )
    t = L("lb1", t, 2214, " - reread new configuration", " - reread new configuration")
    order = list(zip(vs1, kids1, strict=True))
    r.shuffle(order)
    for v, p in order:
        t = L(
            "lb1",
            t + sec(0.002),
            2214,
            "Killing child %s (PID=%d)",
            f"Killing child {v['vid']} (PID={p})",
        )
    vs2 = virtuals()
    for v in vs2[:2]:
        v["reals"].append(
            {
                "server": "10.0.1.15",
                "port": v["reals"][0]["port"],
                "failcount": 0,
                "up": False,
                "weight": 0,
            }
        )
    t = ld_start("lb1", t, 2214, vs2, False, [(i, vs2[i]["reals"][-1]) for i in (0, 1)])
    kids2 = [14807, 14808, 14809, 14810]
    t = spawn("lb1", t + sec(1), 2214, vs2, kids2)
    for v, p in zip(vs2, kids2, strict=True):
        run_child("lb1", p, v, t + sec(r.uniform(0.01, 0.3)), move_t)
    # pacemaker moves the resource group to lb2
    t = move_t
    order = list(zip(vs2, kids2, strict=True))
    r.shuffle(order)
    for v, p in order:
        t = L(
            "lb1",
            t + sec(0.002),
            2214,
            "Killing child %s PID=%d",
            f"Killing child {v['vid']} PID={p}",
        )
    L(
        "lb1",
        t + sec(0.05),
        2214,
        "Linux Director Daemon terminated on signal: %s",
        "Linux Director Daemon terminated on signal: TERM",
    )
    t = L(
        "lb2",
        at(10, 40, 8.6),
        3310,
        "Invoking ldirectord invoked as: %s ",
        f"Invoking ldirectord invoked as: /usr/sbin/ldirectord {cfg} start ",
    )
    t = L(
        "lb2",
        t + sec(0.3),
        3310,
        "Starting Linux Director v%s as daemon",
        "Starting Linux Director v1.186-ha as daemon",
    )
    vs3 = virtuals()
    for v in vs3[:2]:
        v["reals"].append(
            {
                "server": "10.0.1.15",
                "port": v["reals"][0]["port"],
                "failcount": 0,
                "up": False,
                "weight": 0,
            }
        )
    t = ld_start("lb2", t, 3310, vs3, True, [])
    kids3 = [3325, 3326, 3327, 3328]
    t = spawn("lb2", t + sec(1), 3310, vs3, kids3)
    for v, p in zip(vs3, kids3, strict=True):
        run_child("lb2", p, v, t + sec(r.uniform(0.01, 0.3)), T_END)
    return fs.logs(T0)


SYSTEMS = {
    "nsd": nsd,
    "knot-resolver": knot_resolver,
    "smokeping": smokeping,
    "conntrackd": conntrackd,
    "ldirectord": ldirectord,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
