#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 216 (fapolicyd, keylime, tang, pcscd, tpm2-abrmd) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five platform-security services of one site, 06:00 to
12:00 on 2024-06-07. The brief's clevis is a client that writes a handful of lines per boot (its
pins' errors on stderr, seen through dracut or systemd-cryptsetup), no log of its own to fill six
hours faithfully, so pcscd (the PC/SC smart-card daemon, another piece of the hardware-backed
login and disk-unlock chain) takes its place.

- fapolicyd 1.3 (`web1-fapolicyd.log`, `web2-fapolicyd.log`, `build1-fapolicyd.log`: `journalctl
  -u fapolicyd` in the short format, `Jun 07 06:00:01 build1 fapolicyd[812]: ...`): deny_syslog
  rules writing `syslog_format`'s fields (`rule=%d dec=%s perm=%s auid=%d pid=%d exe=%s : path=%s
  ftype=%s trust=%d`) for a CI runner executing from /tmp and /home on build1 all morning and a
  PHP plugin on web1; the daemon's start-up (`Loading %s backend`, `Entries in trust DB: %ld`,
  `Loaded %u rules`, `Ruleset identity: %s`, `Starting to listen for events`); a dnf update on
  web2 at 08:10 (`It looks like there was an update of the system... Syncing DB.`); a bad rule
  pushed to build1 at 09:40 (the parse error, fapolicyd exiting, systemd's failure lines) and
  fixed at 09:52; web1 restarted at 11:00.
- Keylime 7.9 (`verifier.log`, `registrar.log`: Python logging, `%(asctime)s.%(msecs)03d -
  %(name)s - %(levelname)s - %(message)s`; `node1-agent.log`, `node2-agent.log`, `node3-agent.log`:
  the Rust agent's env_logger, `[2024-06-07T06:00:01Z INFO  keylime_agent] ...`): quotes every 60
  s (`GET invoked from %s with uri %s` and `GET integrity quote returning 200 response` on the
  agent), node3 rebooted at 07:30 (registration, activation, the verifier's connection retries),
  node2 running an unapproved binary at 09:20 (`File not found in allowlist: %s`, the agent
  failed, revocation), the verifier's database lost 10:20 (a traceback) and the verifier
  restarted at 10:25.
- Tang 14 (`tang1-tangd.log`, `tang2-tangd.log`: `journalctl -u tangd.socket -u 'tangd@*'`):
  every request's `%s %s %s => 200 (src/tangd.c:%d)` from a socket-activated instance (systemd's
  `Started %s - %s.` and `%s: Deactivated successfully.` around it), monitoring's GET /adv,
  clevis unlocks (POST /rec) during a patch window's reboots 07:00-08:30, tang2's keys rotated at
  08:45 and the old keys removed by mistake at 09:30 (404 from rec for clients still bound to
  them), a scanner at 10:10 (`404 (src/http.c:...)`, `405`) and a boot storm on tang1 at 11:20
  hitting the socket's trigger limit.
- pcscd 2.0 (`kiosk1-pcscd.log`, `kiosk2-pcscd.log`: `journalctl -u pcscd`, pcscd --foreground
  logging to stderr: `%.8d file:line:function() message`, the first column the microseconds since
  the previous line): badge taps (`Card inserted into %s`, `Card ATR: %s`, `Card Removed From
  %s`), kiosk2's reader dropping off the USB bus 08:05-08:40 (`read failed (%d/%d): %d %s`,
  `Removing USB device[%d]: %s at %s`, `Adding USB device: %s`) and the daemon's auto-exit and
  restarts.
- tpm2-abrmd 3.0 (`node1-tpm2-abrmd.log`, `node2-tpm2-abrmd.log`: `journalctl -u tpm2-abrmd`):
  the tss2 library's own lines (`WARNING:tcti:src/tss2-tcti/tcti-device.c:290:tcti_device_receive()
  ...`) and GLib warnings (plain messages in the journal), node2's TPM answering TPM_RC_RETRY and
  timing out under the attestation load 09:00-09:40, node1's session slots exhausted 10:00-10:15,
  restarts.

Label notes. Journal heads (time, host, ident[pid]) are context; fapolicyd's syslog_format fields
are the format the daemon builds from its configuration, labelled as one template; Keylime's time,
logger name and level and env_logger's bracketed head are context. tangd's http_reply() passes the
status code and __FILE__:__LINE__ literally: they are wording, the client address, method and path
are values. pcscd's delta column and `file:line:function()` are what its Log macros add: context.
The tss2 `LEVEL:module:file:line:function()` head is the library's log prefix: context.

Least sure (written from the helper's memory, not checked against sources): fapolicyd's parse
error text, its shutdown line and the exact start-up order; Keylime's `Connection to %s refused
%s/%s times, trying again in %s seconds...` and the revocation lines; tangd's line numbers and
whether the client address leads the line; pcscd's line numbers and the USB error texts;
tpm2-abrmd's GLib messages (the tss2 lines' layout is sure, their line numbers are not).
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000
MS = 1_000


def jshort(t: datetime) -> str:
    """journalctl's `short` time: `Jun 07 06:00:10`."""
    return f"{t:%b %d %H:%M:%S}"


def journal(fs: Files, f: str, host: str, ident: str, pid: int, res: int = SEC):
    def J(t: datetime, label: str, msg: str, more: list[str] | None = None) -> datetime:
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{jshort(x)} {host} {ident}[{pid}]: {msg}", *(more or [])],
            (host, ident, pid),
            res,
        )

    return J


# --------------------------------------------------------------------------------- fapolicyd

FA_FMT = "rule=%d dec=%s perm=%s auid=%d pid=%d exe=%s : path=%s ftype=%s trust=%d"


def fapolicyd(r: random.Random) -> list[Log]:
    """Three RHEL 9 hosts' fapolicyd, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    pids = {"web1": 812, "web2": 807, "build1": 921}

    def J(h: str, t: datetime, label: str, msg: str) -> datetime:
        return journal(fs, f"{h}-fapolicyd.log", h, "fapolicyd", pids[h])(t, label, msg)

    def sysd(h: str, t: datetime, label: str, msg: str) -> datetime:
        return journal(fs, f"{h}-fapolicyd.log", h, "systemd", 1)(t, label, msg)

    def start(h: str, t: datetime, entries: int) -> datetime:
        t = sysd(
            h, t, "Starting %s - %s...", "Starting fapolicyd.service - File Access Policy Daemon..."
        )
        pids[h] = r.randint(20000, 90000) if t > T0 else pids[h]
        t = J(h, t + sec(0.2), "Initializing the database", "Initializing the database")
        t = J(h, t, "fapolicyd integrity is %u", "fapolicyd integrity is 0")
        for be in ("rpmdb", "file"):
            t = J(h, t, "backend %s registered", f"backend {be} registered")
        for be in ("rpmdb", "file"):
            t = J(h, t + sec(0.4), "Loading %s backend", f"Loading {be} backend")
        for be in ("rpmdb", "file"):
            t = J(
                h,
                t + sec(1.1),
                "Importing trust data from %s backend",
                f"Importing trust data from {be} backend",
            )
        t = J(h, t + sec(2.3), "Entries in trust DB: %ld", f"Entries in trust DB: {entries}")
        t = J(h, t, "Loaded %u rules", f"Loaded {17 if h != 'build1' else 21} rules")
        t = J(
            h,
            t,
            "Changed effective user and group to %s",
            "Changed effective user and group to fapolicyd",
        )
        t = J(h, t, "Rule number API supported %s", "Rule number API supported yes")
        t = J(h, t, "Ruleset identity: %s", f"Ruleset identity: {hexid(r, 64)}")
        t = J(h, t, "Starting to listen for events", "Starting to listen for events")
        return sysd(
            h, t, "Started %s - %s.", "Started fapolicyd.service - File Access Policy Daemon."
        )

    def stop(h: str, t: datetime) -> datetime:
        t = sysd(
            h, t, "Stopping %s - %s...", "Stopping fapolicyd.service - File Access Policy Daemon..."
        )
        t = J(h, t + sec(0.1), "shutting down...", "shutting down...")
        t = J(
            h,
            t + sec(0.3),
            "Inter-thread max queue depth %u",
            f"Inter-thread max queue depth {r.randint(3, 40)}",
        )
        t = J(h, t, "Allowed accesses: %lu", f"Allowed accesses: {r.randint(200000, 9000000)}")
        t = J(h, t, "Denied accesses: %lu", f"Denied accesses: {r.randint(10, 4000)}")
        t = sysd(
            h,
            t + sec(0.5),
            "%s: Deactivated successfully.",
            "fapolicyd.service: Deactivated successfully.",
        )
        return sysd(
            h, t, "Stopped %s - %s.", "Stopped fapolicyd.service - File Access Policy Daemon."
        )

    def deny(
        h: str, t: datetime, rule: int, perm: str, auid: int, exe: str, path: str, ftype: str
    ) -> None:
        msg = f"rule={rule} dec=deny_syslog perm={perm} auid={auid} pid={r.randint(3000, 400000)} exe={exe} : path={path} ftype={ftype} trust=0"
        J(h, t, FA_FMT, msg)

    for h in pids:
        start(h, T0 + sec(r.uniform(1, 20)), {"web1": 86512, "web2": 86377, "build1": 141207}[h])
    # build1: the CI runner's jobs execute freshly built binaries from /tmp and the workspace
    down = (at(9, 40, 12), at(9, 52, 30))
    for t in poisson(r, at(6, 5), T_END, 10.5):
        if in_any(t, [down]):
            continue
        job = hexid(r, 8)
        kind = r.random()
        if kind < 0.55:
            deny(
                "build1",
                t,
                9,
                "execute",
                1001,
                "/usr/bin/bash",
                f"/tmp/go-build{r.randint(10**8, 10**9)}/b001/exe/app",
                "application/x-executable",
            )
        elif kind < 0.8:
            deny(
                "build1",
                t,
                9,
                "execute",
                1001,
                "/usr/bin/make",
                f"/home/runner/_work/app/app/build/test-{job}",
                "application/x-executable",
            )
        elif kind < 0.93:
            deny(
                "build1",
                t,
                13,
                "open",
                1001,
                "/usr/bin/python3.11",
                "/home/runner/_work/app/app/.venv/lib/python3.11/site-packages/_cffi_backend.cpython-311-x86_64-linux-gnu.so",
                "application/x-sharedlib",
            )
        else:
            deny(
                "build1",
                t,
                9,
                "execute",
                1001,
                "/usr/bin/node",
                f"/home/runner/_work/_tool/node/20.14.0/x64/bin/.{job}.sh",
                "text/x-shellscript",
            )
    # web1: a PHP plugin's helper binary, denied on every call
    for t in poisson(r, at(7, 12), at(10, 48), 55):
        deny(
            "web1",
            t,
            13,
            "execute",
            -1,
            "/usr/sbin/php-fpm",
            "/var/www/html/wp-content/plugins/imagify/bin/cwebp",
            "application/x-executable",
        )
    for t in poisson(r, T0, T_END, 1900):
        deny(
            "web2",
            t,
            11,
            "open",
            1000,
            "/usr/bin/bash",
            f"/home/ops/scripts/rotate-{r.randint(1, 9)}.sh",
            "text/x-shellscript",
        )
    # web2: dnf update at 08:10
    t = at(8, 10, 41)
    t = J(
        "web2",
        t,
        "It looks like there was an update of the system... Syncing DB.",
        "It looks like there was an update of the system... Syncing DB.",
    )
    t = J("web2", t + sec(1.2), "Loading %s backend", "Loading rpmdb backend")
    t = J(
        "web2",
        t + sec(3.4),
        "Importing trust data from %s backend",
        "Importing trust data from rpmdb backend",
    )
    t = J("web2", t + sec(2.1), "Entries in trust DB: %ld", "Entries in trust DB: 86619")
    J("web2", t, "Updated", "Updated")
    # build1: a bad rule pushed at 09:40
    t = stop("build1", down[0])
    t = sysd(
        "build1",
        t + sec(0.3),
        "Starting %s - %s...",
        "Starting fapolicyd.service - File Access Policy Daemon...",
    )
    for _ in range(5):
        pids["build1"] = r.randint(20000, 90000)
        t = J("build1", t + sec(0.1), "Initializing the database", "Initializing the database")
        t = J(
            "build1",
            t + sec(0.05),
            '%s:%u: "%s" is not a valid %s',
            '/etc/fapolicyd/rules.d/40-ci.rules:3: "exec" is not a valid perm',
        )
        t = J("build1", t, "Failed to load rules", "Failed to load rules")
        t = J("build1", t, "Exiting due to bad configuration", "Exiting due to bad configuration")
        t = sysd(
            "build1",
            t + sec(0.02),
            "%s: Main process exited, code=%s, status=%i/%s",
            "fapolicyd.service: Main process exited, code=exited, status=1/FAILURE",
        )
        t = sysd(
            "build1",
            t,
            "%s: Failed with result '%s'.",
            "fapolicyd.service: Failed with result 'exit-code'.",
        )
        t = sysd(
            "build1",
            t,
            "Failed to start %s - %s.",
            "Failed to start fapolicyd.service - File Access Policy Daemon.",
        )
        t = t + sec(r.uniform(40, 160))
        if t > down[1]:
            break
        t = sysd(
            "build1",
            t,
            "Starting %s - %s...",
            "Starting fapolicyd.service - File Access Policy Daemon...",
        )
    start("build1", down[1], 141233)
    stop("web1", at(11, 0, 3))
    start("web1", at(11, 0, 6), 86512)
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- keylime


def pyts(t: datetime) -> str:
    return f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}"


NODES = {
    "node1": ("d432fbb3-d2f1-4a97-9ef7-75bd81c00000", "10.20.0.11"),
    "node2": ("1c9e0f4a-5b2d-4c7e-8f31-0a6b2e7d9c11", "10.20.0.12"),
    "node3": ("7a3b5c1d-9e2f-4a80-b6c4-d1e2f3a4b522", "10.20.0.13"),
}
VERIFIER = "10.20.0.2"

TRACE = [
    "Traceback (most recent call last):",
    '  File "/usr/lib/python3.9/site-packages/keylime/cloud_verifier_tornado.py", line 1912, in process_agent',
    '    stored_agent = session.query(VerfierMain).filter_by(agent_id=agent["agent_id"]).first()',
    '  File "/usr/lib64/python3.9/site-packages/sqlalchemy/orm/query.py", line 2819, in first',
    "    return self.limit(1)._iter().first()",
    '  File "/usr/lib64/python3.9/site-packages/sqlalchemy/engine/base.py", line 2134, in _handle_dbapi_exception',
    "    util.raise_(sqlalchemy_exception, with_traceback=exc_info[2], from_=e)",
    "sqlalchemy.exc.OperationalError: (pymysql.err.OperationalError) (2003, \"Can't connect to MySQL server on 'db1.example.com' ([Errno 111] Connection refused)\")",
    "(Background on this error at: https://sqlalche.me/e/14/e3q8)",
]


def keylime(r: random.Random) -> list[Log]:
    """A Keylime verifier and registrar attesting three Rust agents (module docstring)."""
    fs = Files()

    def P(
        f: str,
        name: str,
        lvl: str,
        t: datetime,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        return fs.add(
            f, t, label, lambda x: [f"{pyts(x)} - {name} - {lvl} - {msg}", *(more or [])], f, MS
        )

    def V(
        t: datetime,
        label: str,
        msg: str,
        lvl: str = "INFO",
        name: str = "keylime.verifier",
        more: list[str] | None = None,
    ) -> datetime:
        return P("verifier.log", name, lvl, t, label, msg, more)

    def R(t: datetime, label: str, msg: str, lvl: str = "INFO") -> datetime:
        return P("registrar.log", "keylime.registrar", lvl, t, label, msg)

    def A(
        n: str, t: datetime, label: str, msg: str, lvl: str = "INFO", mod: str = "keylime_agent"
    ) -> datetime:
        return fs.add(
            f"{n}-agent.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%dT%H:%M:%S}Z {lvl:<5} {mod}] {msg}"],
            n,
            SEC,
        )

    def vstart(t: datetime) -> datetime:
        t = V(
            t,
            "Starting Cloud Verifier (tornado) on port %s, use <Ctrl-C> to stop",
            "Starting Cloud Verifier (tornado) on port 8881, use <Ctrl-C> to stop",
        )
        t = V(t, "Current API version %s", "Current API version 2.1")
        t = V(t, "Supported older API versions: %s", "Supported older API versions: 1.0, 2.0")
        t = V(t, "Setting up TLS...", "Setting up TLS...", name="keylime.web_util")
        t = V(
            t,
            "Generating a new token for mTLS connections...",
            "Generating a new token for mTLS connections...",
            name="keylime.web_util",
        )
        return V(
            t + sec(0.4),
            "Starting server of process %s",
            f"Starting server of process {r.randint(0, 3)}",
        )

    def astart(n: str, t: datetime) -> datetime:
        uuid, ip = NODES[n]
        t = A(n, t, "Running the service as %s...", "Running the service as keylime...")
        t = A(n, t, "Agent UUID: %s", f"Agent UUID: {uuid}")
        t = A(
            n,
            t,
            "Using TPM encryption algorithm %s",
            "Using TPM encryption algorithm Rsa2048",
            mod="keylime_agent::tpm",
        )
        t = A(n, t + sec(1), "SUCCESS: Agent %s registered", f"SUCCESS: Agent {uuid} registered")
        R(
            t,
            "POST returning key blob for agent_id: %s",
            f"POST returning key blob for agent_id: {uuid}",
        )
        t = A(n, t + sec(1), "SUCCESS: Agent %s activated", f"SUCCESS: Agent {uuid} activated")
        R(t, "PUT activated: %s", f"PUT activated: {uuid}")
        t = A(
            n,
            t,
            "Starting server with API versions: %s",
            "Starting server with API versions: v2.0, v2.1",
        )
        return A(n, t, "Listening on https://%s:%d", f"Listening on https://{ip}:9002")

    vstart(T0 + sec(2))
    R(
        T0 + sec(1),
        "Starting Cloud Registrar Server on ports %s and %s (TLS) use <Ctrl-C> to stop",
        "Starting Cloud Registrar Server on ports 8890 and 8891 (TLS) use <Ctrl-C> to stop",
    )
    for n in NODES:
        astart(n, T0 + sec(r.uniform(5, 30)))
        V(
            T0 + sec(r.uniform(40, 60)),
            "POST returning 200 response for adding agent id: %s",
            f"POST returning 200 response for adding agent id: {NODES[n][0]}",
        )
    reboot3 = (at(7, 30, 4), at(7, 33, 50))
    fail2 = at(9, 20, 31)
    dbdown = (at(10, 20, 2), at(10, 25, 40))
    for n, (uuid, ip) in NODES.items():
        t = T0 + sec(70 + r.uniform(0, 30))
        tries = 0
        while t < T_END:
            if n == "node2" and t >= fail2:
                break
            if in_any(t, [dbdown]):
                V(
                    t,
                    "Polling thread error for agent ID %s",
                    f"Polling thread error for agent ID {uuid}",
                    "ERROR",
                    more=TRACE,
                )
                t += sec(60)
                continue
            if n == "node3" and in_any(t, [reboot3]):
                tries += 1
                V(
                    t,
                    "Connection to %s refused %s/%s times, trying again in %s seconds...",
                    f"Connection to {ip}:9002 refused {tries}/10 times, trying again in 2.0 seconds...",
                )
                t += sec(2.0 * tries + 1)
                continue
            if tries and n == "node3":
                astart(n, reboot3[1] - sec(20))
                tries = 0
            nonce = "".join(
                r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
                for _ in range(20)
            )
            uri = f"/v2.1/quotes/integrity?nonce={nonce}&mask=0x408400&partial=1&ima_ml_entry={r.randint(1800, 2600)}"
            tt = A(
                n,
                t,
                "GET invoked from %s with uri %s",
                f'GET invoked from "{VERIFIER}:{r.randint(32768, 60999)}" with uri {uri}',
            )
            A(
                n,
                tt + sec(1),
                "GET integrity quote returning 200 response",
                "GET integrity quote returning 200 response",
                mod="keylime_agent::quotes_handler",
            )
            t += sec(60 + r.uniform(0.2, 1.5))
    # node2 runs an unapproved binary
    t = fail2
    for p in ["/usr/local/bin/xmrig", "/tmp/.x/kworkerd", "/usr/local/bin/xmrig-notls"]:
        t = V(
            t,
            "File not found in allowlist: %s",
            f"File not found in allowlist: {p}",
            "WARNING",
            name="keylime.ima",
        )
    t = V(
        t,
        "IMA ERRORS: Some entries couldn't be validated. Number of failures in modes: %s.",
        "IMA ERRORS: Some entries couldn't be validated. Number of failures in modes: ima-ng 3.",
        "ERROR",
        name="keylime.ima",
    )
    t = V(
        t,
        "Agent %s failed, stopping polling",
        f"Agent {NODES['node2'][0]} failed, stopping polling",
        "WARNING",
    )
    t = V(
        t,
        "Sending revocation event to listening nodes...",
        "Sending revocation event to listening nodes...",
        name="keylime.revocation_notifier",
    )
    for _n in ("node1", "node3"):
        V(
            t + sec(0.2),
            "Sending revocation event via webhook to %s ...",
            "Sending revocation event via webhook to https://soc.example.com/keylime/revocation ...",
            name="keylime.revocation_notifier",
        )
    # the verifier restarted after the database came back
    vstart(dbdown[1] + sec(3))
    for n in ("node1", "node3"):
        V(
            dbdown[1] + sec(8),
            "Agent %s added to the polling queue",
            f"Agent {NODES[n][0]} added to the polling queue",
        )
    # the tenant's status checks
    for t in poisson(r, T0, T_END, 300):
        uuid = NODES[r.choice(list(NODES))][0]
        V(
            t,
            "GET returning 200 response for agent_id %s",
            f"GET returning 200 response for agent_id {uuid}",
        )
        R(
            t + sec(0.05),
            "GET returning 200 response for agent_id: %s",
            f"GET returning 200 response for agent_id: {uuid}",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- tang


def tang(r: random.Random) -> list[Log]:
    """Two socket-activated tang servers (module docstring)."""
    fs = Files()
    n_inst = {"tang1": 0, "tang2": 0}
    ips = {"tang1": "10.30.0.5", "tang2": "10.30.0.6"}
    thp = {
        "tang1": ["sR0Zr0c5Hq8lWzvZ1M0n0Xr6Ybo", "X0hXk3LQ0aPqsAJ9FQ8e0XU2u3k"],
        "tang2": ["L7wC2xP1sKp0bFJwq2bQ1tM6y8A", "hH4yI0T7bFzE5kY3d8n9qW1r2Ls"],
    }
    new2 = ["Qb7Zr2VbG8kYQ9uE0hP4Xa1nT3c", "m3F1ZpN8sQ2cL7xW0vR5uK9jH4e"]
    clients = [f"10.40.{a}.{b}" for a in range(1, 4) for b in range(10, 60)]

    def S(h: str, t: datetime, label: str, msg: str) -> datetime:
        return journal(fs, f"{h}-tangd.log", h, "systemd", 1)(t, label, msg)

    def req(
        h: str, t: datetime, client: str, method: str, path: str, code: int, where: str
    ) -> datetime:
        n_inst[h] += 1
        port = r.randint(32768, 60999)
        unit = f"tangd@{n_inst[h]}-{ips[h]}:7500-{client}:{port}.service"
        t = S(h, t, "Started %s - %s.", f"Started {unit} - Tang Server ({client}:{port}).")
        pid = r.randint(3000, 99999)
        t = journal(fs, f"{h}-tangd.log", h, "tangd", pid)(
            t + sec(0.01),
            f"%s %s %s => {code} ({where})",
            f"{client} {method} {path} => {code} ({where})",
        )
        return S(
            h, t + sec(0.02), "%s: Deactivated successfully.", f"{unit}: Deactivated successfully."
        )

    for h in ("tang1", "tang2"):
        for t in poisson(r, T0, T_END, 300):
            req(h, t, "10.30.0.9", "GET", "/adv", 200, "src/tangd.c:85")
    # the patch window: clients reboot and unlock (sss pin: one server each, sometimes both)
    for t in poisson(r, at(7, 0), at(8, 30), 36):
        c = r.choice(clients)
        h = r.choice(["tang1", "tang2"])
        req(h, t, c, "POST", f"/rec/{r.choice(thp[h])}", 200, "src/tangd.c:168")
    # new bindings after the rotation on tang2
    t = at(8, 45, 3)
    for old in thp["tang2"]:
        t = journal(fs, "tang2-tangd.log", "tang2", "tangd-rotate-keys", 48120)(
            t,
            "Disabled advertisement of key %s -> %s.",
            f"Disabled advertisement of key {old}.jwk -> .{old}.jwk.",
        )
    for new in new2:
        t = journal(fs, "tang2-tangd.log", "tang2", "tangd-rotate-keys", 48120)(
            t + sec(0.4), "Created new key %s", f"Created new key {new}.jwk"
        )
    # 09:30: a cleanup runs as root, the key directory unreadable until 09:33
    for t in poisson(r, at(9, 30, 5), at(9, 33, 40), 9):
        req("tang2", t, r.choice(clients), "POST", f"/rec/{r.choice(new2)}", 500, "src/tangd.c:113")
    for t in poisson(r, at(8, 50), at(9, 30), 40):
        c = r.choice(clients)
        req("tang2", t, c, "GET", r.choice(["/adv", f"/adv/{new2[0]}"]), 200, "src/tangd.c:85")
    # 09:30: the old keys removed on tang2, clients still bound to them fail
    for t in poisson(r, at(9, 31), at(11, 5), 25):
        c = r.choice(clients)
        if r.random() < 0.7:
            req("tang2", t, c, "POST", f"/rec/{r.choice(thp['tang2'])}", 404, "src/tangd.c:135")
        else:
            req("tang2", t, c, "POST", f"/rec/{r.choice(new2)}", 200, "src/tangd.c:168")
    for t in poisson(r, at(9, 31), at(11, 5), 200):
        req(
            "tang1",
            t,
            r.choice(clients),
            "POST",
            f"/rec/{r.choice(thp['tang1'])}",
            200,
            "src/tangd.c:168",
        )
    # old clevis asking for an adv by a thumbprint tang2 no longer has
    for t in poisson(r, at(9, 35), at(10, 50), 400):
        req("tang2", t, r.choice(clients), "GET", f"/adv/{thp['tang2'][0]}", 404, "src/tangd.c:71")
    # malformed recovery requests from a broken client build
    for t in poisson(r, at(10, 0), at(11, 30), 500):
        req("tang1", t, "10.40.9.77", "POST", f"/rec/{thp['tang1'][0]}", 400, "src/tangd.c:126")
    # a scanner at 10:10
    t = at(10, 10, 4)
    for path in [
        "/",
        "/robots.txt",
        "/.env",
        "/admin",
        "/wp-login.php",
        "/server-status",
        "/api/v1/status",
        "/favicon.ico",
        "/.git/config",
        "/login",
    ]:
        t = req(
            "tang1",
            t + sec(r.uniform(0.2, 1.5)),
            "203.0.113.77",
            "GET",
            path,
            404,
            "src/http.c:137",
        )
    for path in ["/adv", "/rec"]:
        t = req(
            "tang1",
            t + sec(r.uniform(0.2, 1.5)),
            "203.0.113.77",
            r.choice(["PUT", "DELETE"]),
            path,
            405,
            "src/http.c:119",
        )
    # 11:20 a boot storm on tang1: the socket's trigger limit
    t = at(11, 20, 0)
    for t2 in poisson(r, t, t + sec(2), 0.02):
        req(
            "tang1",
            t2,
            r.choice(clients),
            "POST",
            f"/rec/{r.choice(thp['tang1'])}",
            200,
            "src/tangd.c:168",
        )
    t = S(
        "tang1",
        at(11, 20, 2),
        "%s: Trigger limit hit, refusing further activation.",
        "tangd.socket: Trigger limit hit, refusing further activation.",
    )
    t = S(
        "tang1",
        t,
        "%s: Failed with result '%s'.",
        "tangd.socket: Failed with result 'trigger-limit-hit'.",
    )
    t = S("tang1", at(11, 24, 30), "Closed %s - %s.", "Closed tangd.socket - Tang Server socket.")
    t = S("tang1", t, "Listening on %s - %s.", "Listening on tangd.socket - Tang Server socket.")
    for t2 in poisson(r, t + sec(1), at(11, 40), 6):
        req(
            "tang1",
            t2,
            r.choice(clients),
            "POST",
            f"/rec/{r.choice(thp['tang1'])}",
            200,
            "src/tangd.c:168",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ pcscd

READERS = {
    "kiosk1": (
        "HID Global OMNIKEY 5422 Smartcard Reader [OMNIKEY 5422CL Smartcard Reader] (USB SN: 3F1A9C22) 01 00",
        "076b/5422:libudev:1:/dev/bus/usb/001/004",
    ),
    "kiosk2": (
        "Identiv uTrust 3700 F CL Reader [uTrust 3700 F CL Reader] (55041918202112) 00 00",
        "04e6/5790:libudev:0:/dev/bus/usb/001/006",
    ),
}
ATRS = [
    "3B 8F 80 01 80 4F 0C A0 00 00 03 06 03 00 03 00 00 00 00 68",
    "3B 88 80 01 E1 F3 5E 11 77 83 95 00 3D",
    "3B 81 80 01 80 80",
]


def pcscd(r: random.Random) -> list[Log]:
    """Two kiosks' pcscd (module docstring)."""
    fs = Files()
    pids = {"kiosk1": 655, "kiosk2": 661}

    def L(h: str, t: datetime, where: str, label: str, msg: str) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"{jshort(x)} {h} pcscd[{pids[h]}]: DELTA {where} {msg}"]

        return fs.add(f"{h}-pcscd.log", t, label, text, (h, pids[h]), SEC)

    def boot(h: str, t: datetime) -> datetime:
        name, dev = READERS[h]
        t = journal(fs, f"{h}-pcscd.log", h, "systemd", 1)(
            t, "Started %s - %s.", "Started pcscd.service - PC/SC Smart Card Daemon."
        )
        pids[h] = r.randint(2000, 60000) if t > T0 + sec(60) else pids[h]
        t = L(
            h,
            t + sec(0.05),
            "hotplug_libudev.c:294:HPAddDevice()",
            "Adding USB device: %s",
            f"Adding USB device: {dev.split(':', 1)[1]}",
        )
        t = L(
            h,
            t + sec(0.2),
            "readerfactory.c:1176:RFInitializeReader()",
            "Attempting startup of %s using %s",
            f"Attempting startup of {name} using /usr/lib64/pcsc/drivers/ifd-ccid.bundle/Contents/Linux/libccid.so",
        )
        return t

    for h in READERS:
        boot(h, T0 + sec(r.uniform(1, 5)))
    unplug = (at(8, 5, 17), at(8, 40, 2))
    for h in READERS:
        name, dev = READERS[h]
        mean = 48 if h == "kiosk1" else 66
        for t in poisson(r, at(6, 30), at(11, 45), mean):
            if h == "kiosk2" and in_any(t, [unplug]):
                continue
            if r.random() < 0.04:
                t = L(
                    h,
                    t,
                    "eventhandler.c:432:EHStatusHandlerThread()",
                    "Card inserted into %s",
                    f"Card inserted into {name}",
                )
                t = L(h, t, "ifdhandler.c:1208:IFDHPowerICC()", "PowerUp failed", "PowerUp failed")
                L(
                    h,
                    t + sec(r.uniform(0.5, 3)),
                    "eventhandler.c:357:EHStatusHandlerThread()",
                    "Card Removed From %s",
                    f"Card Removed From {name}",
                )
                continue
            t = L(
                h,
                t,
                "eventhandler.c:432:EHStatusHandlerThread()",
                "Card inserted into %s",
                f"Card inserted into {name}",
            )
            t = L(
                h,
                t,
                "eventhandler.c:446:EHStatusHandlerThread()",
                "Card ATR: %s",
                f"Card ATR: {r.choice(ATRS)}",
            )
            L(
                h,
                t + sec(r.uniform(1, 6)),
                "eventhandler.c:357:EHStatusHandlerThread()",
                "Card Removed From %s",
                f"Card Removed From {name}",
            )
    # kiosk2's reader drops off the bus
    name, dev = READERS["kiosk2"]
    t = unplug[0]
    for i in range(1, 5):
        t = L(
            "kiosk2",
            t + sec(0.5),
            "ccid_usb.c:1003:ReadUSB()",
            "read failed (%d/%d): %d %s",
            f"read failed (1/6): -{7 if i < 4 else 4} {'LIBUSB_ERROR_TIMEOUT' if i < 4 else 'LIBUSB_ERROR_NO_DEVICE'}",
        )
    t = L(
        "kiosk2",
        t,
        "hotplug_libudev.c:520:HPRemoveDevice()",
        "Removing USB device[%d]: %s at %s",
        f"Removing USB device[0]: {name} at {dev.split(':', 1)[1]}",
    )
    for t2 in poisson(r, t + sec(3), unplug[1], 30):
        L(
            "kiosk2",
            t2,
            "hotplug_libudev.c:294:HPAddDevice()",
            "Adding USB device: %s",
            f"Adding USB device: {dev.split(':', 1)[1]}",
        )
        t3 = L(
            "kiosk2",
            t2 + sec(0.3),
            "ccid_usb.c:868:WriteUSB()",
            "write failed (%d/%d): %d %s",
            "write failed (1/6): -4 LIBUSB_ERROR_NO_DEVICE",
        )
        t3 = L(
            "kiosk2",
            t3,
            "readerfactory.c:1176:RFInitializeReader()",
            "Open Port 0x%X Failed (%s)",
            f"Open Port 0x200000 Failed ({dev.split(':', 1)[1]})",
        )
        t3 = L(
            "kiosk2",
            t3,
            "readerfactory.c:376:RFAddReader()",
            "%s init failed.",
            f"{name} init failed.",
        )
    L(
        "kiosk2",
        unplug[1],
        "hotplug_libudev.c:294:HPAddDevice()",
        "Adding USB device: %s",
        f"Adding USB device: {dev.split(':', 1)[1]}",
    )
    # kiosk1 restarted at 10:00 (an update), a client dying mid-transaction
    t = journal(fs, "kiosk1-pcscd.log", "kiosk1", "systemd", 1)(
        at(10, 0, 12), "Stopping %s - %s...", "Stopping pcscd.service - PC/SC Smart Card Daemon..."
    )
    t = L(
        "kiosk1", t, "pcscdaemon.c:856:signal_trap()", "Received signal: %d", "Received signal: 15"
    )
    t = L(
        "kiosk1",
        t,
        "pcscdaemon.c:192:SVCServiceRunLoop()",
        "Preparing for suicide",
        "Preparing for suicide",
    )
    t = journal(fs, "kiosk1-pcscd.log", "kiosk1", "systemd", 1)(
        t + sec(0.3), "%s: Deactivated successfully.", "pcscd.service: Deactivated successfully."
    )
    boot("kiosk1", t + sec(0.5))
    for t in poisson(r, at(7, 0), at(11, 30), 900):
        L(
            r.choice(list(READERS)),
            t,
            "winscard_svc.c:334:ContextThread()",
            "Client die: %d",
            f"Client die: {r.randint(5, 30)}",
        )
    logs = fs.logs(T0)
    for log in logs:
        # the delta column: microseconds since pcscd's previous line, capped at 99999999
        prev = None
        for i, (text, tid) in enumerate(log.lines):
            if "DELTA" not in text:
                continue
            x = datetime.strptime("2024 " + text[:15], "%Y %b %d %H:%M:%S") + sec(
                r.uniform(0, 0.999)
            )
            d = 0 if prev is None else min(99999999, max(0, int((x - prev).total_seconds() * 1e6)))
            prev = x
            log.lines[i] = (text.replace("DELTA", f"{d:08d}", 1), tid)
    return logs


# ------------------------------------------------------------------------------- tpm2-abrmd


def tpm2_abrmd(r: random.Random) -> list[Log]:
    """Two attested nodes' tpm2-abrmd (module docstring)."""
    fs = Files()
    pids = {"node1": 702, "node2": 715}

    def J(h: str, t: datetime, label: str, msg: str) -> datetime:
        return journal(fs, f"{h}-tpm2-abrmd.log", h, "tpm2-abrmd", pids[h])(t, label, msg)

    def sysd(h: str, t: datetime, label: str, msg: str) -> datetime:
        return journal(fs, f"{h}-tpm2-abrmd.log", h, "systemd", 1)(t, label, msg)

    def restart(h: str, t: datetime) -> datetime:
        t = sysd(
            h,
            t,
            "Stopping %s - %s...",
            "Stopping tpm2-abrmd.service - TPM2 Access Broker and Resource Management Daemon...",
        )
        t = J(h, t, "Received signal %d, shutting down", "Received signal 15, shutting down")
        t = sysd(
            h,
            t + sec(0.2),
            "%s: Deactivated successfully.",
            "tpm2-abrmd.service: Deactivated successfully.",
        )
        t = sysd(
            h,
            t,
            "Starting %s - %s...",
            "Starting tpm2-abrmd.service - TPM2 Access Broker and Resource Management Daemon...",
        )
        pids[h] = r.randint(20000, 90000)
        t = J(h, t + sec(0.3), 'tcti_conf before: "%s"', 'tcti_conf before: "device:/dev/tpm0"')
        t = J(h, t, 'tcti_conf after: "%s"', 'tcti_conf after: "device:/dev/tpm0"')
        return sysd(
            h,
            t + sec(0.4),
            "Started %s - %s.",
            "Started tpm2-abrmd.service - TPM2 Access Broker and Resource Management Daemon.",
        )

    TD = "WARNING:tcti:src/tss2-tcti/tcti-device.c:290:tcti_device_receive() "
    # node2: TPM_RC_RETRY and timeouts under the attestation load 09:00-09:40
    for t in poisson(r, at(9, 0), at(9, 40), 2.4):
        k = r.random()
        if k < 0.55:
            J(
                "node2",
                t,
                "Failed to get response size fd %d, got errno %d: %s",
                TD
                + f"Failed to get response size fd {r.choice([11, 12])}, got errno 11: Resource temporarily unavailable",
            )
        elif k < 0.8:
            J(
                "node2",
                t,
                "%s: Tss2_Tcti_Receive failed: 0x%x",
                f"access_broker_send_command: Tss2_Tcti_Receive failed: 0x{0xA000A:x}",
            )
        else:
            t = J(
                "node2",
                t,
                "TPM returned TPM_RC_RETRY for command 0x%x, retrying",
                f"TPM returned TPM_RC_RETRY for command 0x{r.choice([0x158, 0x17E, 0x176]):x}, retrying",
            )
    restart("node2", at(9, 41, 5))
    # node1: sessions exhausted 10:00-10:15 (a leaking client)
    for t in poisson(r, at(10, 0, 30), at(10, 15), 1.3):
        k = r.random()
        if k < 0.5:
            J(
                "node1",
                t,
                "%s: Tss2_Sys_ContextLoad returned 0x%x",
                f"load_context: Tss2_Sys_ContextLoad returned 0x{0x902:x}",
            )
        elif k < 0.8:
            J(
                "node1",
                t,
                "Connection 0x%x has exceeded max sessions: %u",
                f"Connection 0x{r.choice([0x55D1C3A0E2F0, 0x55D1C3A14C80]):x} has exceeded max sessions: 4",
            )
        else:
            J("node1", t, "%s returned error: 0x%x", f"ContextFlush returned error: 0x{0x18B:x}")
    restart("node1", at(10, 16, 2))
    # all morning: clients closing abruptly, the TPM's dictionary lockout on node1
    for h in pids:
        for t in poisson(r, T0, T_END, 95):
            J(
                h,
                t,
                "Failed to read from client connection: %s",
                "Failed to read from client connection: Connection reset by peer",
            )
        for t in poisson(r, T0, T_END, 1400):
            J(
                h,
                t,
                "%s: client connection 0x%x disconnected with %u sessions open",
                f"connection_manager_remove: client connection 0x{r.randint(0x55D1C3000000, 0x55D1C3FFFFFF):x} disconnected with {r.randint(1, 3)} sessions open",
            )
    for t in poisson(r, at(7, 10), at(7, 40), 20):
        J(
            "node1",
            t,
            "Received TPM Error",
            "ERROR:esys:src/tss2-esys/api/Esys_Unseal.c:295:Esys_Unseal_Finish() Received TPM Error",
        )
    return fs.logs(T0)


SYSTEMS = {
    "fapolicyd": fapolicyd,
    "keylime": keylime,
    "tang": tang,
    "pcscd": pcscd,
    "tpm2-abrmd": tpm2_abrmd,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
