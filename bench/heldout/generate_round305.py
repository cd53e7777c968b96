#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 305 (lldap, glauth, simplesamlphp, janssen, rauthy) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five identity servers that one managed-services
company runs for its customers, 06:00 to 12:00 UTC on 2025-03-12. FusionAuth, the brief's
third system, is replaced by SimpleSAMLphp: FusionAuth's app is closed source and writes its
runtime events to its own event log, not to the app log, which holds little but start-up
lines (its maintainers say a failed webhook leaves "no additional debugging messages in the
FusionAuth UI or log files"), so a day of it has too few statements and none can be checked
against a source.

- lldap 0.6.1 (`lldap-hq.log`, `lldap-lab.log`: `docker logs lldap` of a design studio's
  directory and of its lab's, verbose off, so tracing-forest trees at INFO:
  `2025-03-12T06:04:11.208115342+00:00  INFO     LDAP session [ 512ms | 0.05% / 100.00% ]`, the
  session's `┝━ LDAP request [ 248ms | 48.41% ]` lines below it and their events, `│  ┕━ ｉ
  [info]: Login attempt for "anna" | log.target: ...`; a tree is written when its session ends,
  each line with its own time). Authelia's logins (a session binding its service account and
  searching the user and groups, a second binding the user), its refreshes, Nextcloud's user
  sync every ten minutes, Gitea's logins (service and user bound on one connection), the web
  UI's OPAQUE logins (`OPAQUE login attempt for "%s"`, `OPAQUE login successful for "%s"`,
  `OPAQUE login attempt failed for "%s"` at WARN), `Successfully (re)set password for "%s"`.
  Incidents: Nextcloud's service password reset at 08:40 while its config keeps the old one
  until 09:25 (each bind `Login attempt` and two ERROR events: `error: Authentication protocol
  error for `Protocol error: ...`` and `error: Authentication error for user "%s"`), a password
  spray through Authelia 10:10-10:18, typos; in the lab Proxmox's realm sync, Jenkins' logins,
  a CI bot's binds, a deleted bot account still bound by a job (`Authentication error for user`
  alone) and the 11:05 upgrade (actix-server's `SIGTERM received; starting graceful
  shutdown`, `accept thread stopped`, `shutting down idle worker`, `DB Cleanup stopped`, the
  image's `> Setup permissions..` / `> Starting lldap..`, the plain `Loading configuration from
  %s`, the `set_up_server` tree, `starting %d workers`, `Tokio runtime found; ...`, `starting
  service: "%s", workers: %d, listening on: %s`).
- GLAuth 2.3 (`glauth-a.log`, `glauth-b.log`: `docker logs` of two replicas behind a TCP
  balancer, one config file mounted into both and watched; zerolog's ConsoleWriter with its
  colours, `\\x1b[90mWed, 12 Mar 2025 06:00:03 +0000\\x1b[0m \\x1b[32mINF\\x1b[0m Bind request
  \\x1b[36mbasedn=\\x1b[0mdc=corp,dc=example ...`, fields sorted by name). SSSD's lookups from
  twelve servers (`Bind request`, `Bind success`, `Search request` twice: the request and the
  special or default case, `AP: Account Search OK`, `AP: Posix Groups Search OK`) and SSH
  logins, Jenkins' and Grafana's logins, GitLab's hourly sync (`AP: Top-Level Users Browse
  OK`), the monitoring probe's anonymous root-DSE search (`Anonymous Bind success`, the std
  logger's `handleSearchRequest error LDAP Result Code 50 "Insufficient Access Rights": Root
  DSE Search Error: Anonymous BindDN not allowed`). Incidents: Grafana binding as each user
  and searching without the capability until 09:50 (`... Search Error: no capability allowing
  BindDN %s to perform search in %s`), Jenkins' old service password 07:30-08:15 (`invalid
  credentials`), a password spray from a dev VM at 09:40 (`User not found`, `invalid
  credentials`, the source timed out by LimitFailedBinds and silent), config pushes (`watcher
  got event`, `rewatching config`, `Config was reloaded`; at 10:30 a TOML typo: `Could not
  reload config. Holding on to old config`), glauth-b restarted at 11:20 (`AP exit`, `AP
  start`, `Web API enabled`, `LDAP server listening`, `LDAPS server listening`).
- SimpleSAMLphp 2.3 (`idp1-simplesamlphp.log`, `idp2-simplesamlphp.log`: the file handler of
  two IdP nodes behind a sticky balancer, `logging.level` INFO, the default format `%date{M j
  H:i:s} %process %level %stat[%trackid] %msg`: `Mar 12 08:14:09 simplesamlphp INFO
  [3c1f0a9e2b] Sending SAML 2.0 Response to 'https://wiki.example.org/shibboleth'`). Each SSO
  (`SAML2.0 - IdP.SSOService: Accessing SAML 2.0 IdP endpoint SSOService`, `SAML2.0 -
  IdP.SSOService: incoming authentication request: %s`, or `IdP initiated authentication: %s`
  for AWS, a first login's STAT `User '%s' successfully authenticated from %s` or `Unsuccessful
  login attempt from %s.`, `Sending SAML 2.0 Response to %s`); logouts (`Received SAML 2.0
  LogoutRequest from: %s`, STAT `saml20-idp-SLO spinit %s %s`, `Sending SAML 2.0 LogoutRequest
  to: %s`, `Received SAML 2.0 LogoutResponse from: %s`, the ticket system answering Responder:
  `Unsuccessful logout. Status was: %s`, `Sending logout response for partial logout to SP
  %s`); Moodle's passive checks (`Returning error to SP with entity ID %s.` and the NoPassive
  exception with its `Backtrace:` lines at WARNING). Incidents: a survey tool added without its
  metadata 08:20-09:05 (`SimpleSAML\\Error\\Error: UNHANDLEDEXCEPTION` with its backtrace and
  `Caused by: ... METADATANOTFOUND(...)` lines, `Error report with id %s generated.`), Moodle
  moved to a new host at 10:00 (`Authentication request specifies invalid
  AssertionConsumerService:`, `AssertionConsumerServiceURL: %s`, `ProtocolBinding: %s`).
- Janssen auth server (`jans-auth-1.log`, `jans-auth-2.log`: jans-auth.log of two nodes, log4j2's
  `%d %-5p [%t] %X{X-Correlation-Id} [%C{6}] (%F:%L) - %m%n` with no correlation id:
  `2025-03-12 06:03:19,412 INFO  [qtp1209411469-44]  [io.jans.as.server.auth.Authenticator]
  (Authenticator.java:459) - Authentication success for User: 'anna'`). At INFO the auth
  server writes little but Authenticator's lines: password logins (`Sending event to trigger
  user redirection: '%s'`, `Authentication success for User: '%s'`, `Authentication failed for
  user: %s`), the OTP script's two steps (`Authentication failed for user: %s. Custom script
  returned false for authenticate method.`, `Authentication reset to step : '%s'`, `There are
  authentication steps not marked as passed. ...`) and every token request's `Authentication
  success for Client: '%s'`. Incidents: the OTP script disabled by mistake 09:15-09:40
  (`Failed to get CustomScriptConfiguration. auth_step: '%s', acr: '%s'` when the login page is
  prepared, `Failed to get CustomScriptConfiguration for acr: '%s', auth_step: '%s', user: '%s'`
  on submit), the database's failover 10:40-10:44 seen by node 2 (Authenticator's
  `logger.error(ex.getMessage(), ex)` with the ORM exception and its causes).
- Rauthy 0.28 (`rauthy-0.log`, `rauthy-1.log`, `rauthy-2.log`: `kubectl logs` of a three-pod
  StatefulSet with Hiqlite, tracing's default format `2025-03-12T06:00:02.118403Z  INFO
  rauthy_middlewares::logging: 10.42.1.17 HTTP/1.1 POST /auth/v1/oidc/token
  "Go-http-client/1.1"`). LOG_LEVEL_ACCESS=Modifying, so every non-GET request's access line
  (token exchanges, refreshes and client credentials, login and session posts, logouts,
  introspection, passkey starts and finishes, password resets, account updates); events
  through the listener (`EVENT %s %s:%s:%s %s Invalid logins Counter: %s %s`, `IP
  blacklisted`, `IP blacklist removed`, `New user registered`, `User has reset its password`,
  `Rauthy has been restarted`). Incidents: a credential-stuffing run from one address at 10:05
  (the counter's events rising from INFO to NOTICE and WARNING, blacklisted for a minute, ten and
  fifteen minutes), an office NAT address blacklisted after typos and removed by an admin,
  rauthy-2 drained at 09:30 (actix-server's shutdown lines) and started on another node
  (the banner, `Starting Rauthy v%s`, `Log Level set to '%s'`, `Public URL: %s`, `Issuer: %s`,
  Hiqlite's start-up lines, actix-server's start-up lines).

Label notes. The heads are context: tracing-forest's time, level column, tree drawing and tag
(`ｉ [info]:`, `🚨 [error]:`, `🚧 [warn]:`) and the `log.target` / `log.module_path` /
`log.file` / `log.line` fields the log bridge adds; zerolog's time, level and fields (the
message is the label, as tracing's fields are context); SimpleSAMLphp's date, process name,
level, `STAT ` and `[trackid]`; log4j2's date, level, thread, correlation id, class and
file:line; tracing's time, level, spans and target. A tracing-forest span line is labelled by
its name and the printer's layout (`LDAP session [ %s | %s ]`, round 153). An event with no
message is labelled by its fields (`error: ...`), and an error's text contributes its format
(lldap's DomainError and OPAQUE texts, go-ldap's `LDAP Result Code %d %q: %s` with GLAuth's
`fmt.Errorf` inside, the ORM's exception message). Rauthy's access line is a request record,
labelled by method and route (round 54; no status is written). Rauthy's event line is its
Display format with the event type's words (written by branch) and fmt_data's format for that
type; the event level is a value (read from the config per type and counter). Words a call
site writes literally are wording (Janssen's `Authentication success for Client: '%s'` built
by a StringBuilder; SimpleSAMLphp's `SimpleSAML\\Error\\Error: UNHANDLEDEXCEPTION`, class and
code fixed at the throw). The lines that continue an event have no row: Java stack traces,
SimpleSAMLphp's `Backtrace:`, frame and `Caused by:` lines (logged with a head of their own
but part of the exception's event, as Sidekiq's backtrace), the Rauthy banner's lines after
its first and the blank line after the image's `> Starting lldap..`. Unstamped lines that a
program prints alone are statements (`Loading configuration from %s`, the banner). GLAuth and
SimpleSAMLphp write whole seconds, where Clock keeps one process's lines a second apart (a
SimpleSAMLphp exception's lines are one write).

Checked against copies of the sources: lldap's logging set-up (tracing-forest's ForestLayer),
sql_opaque_handler.rs (`Login attempt for "{}"`, `OPAQUE login attempt for "{}"`, `OPAQUE login
successful for "{}"`, `OPAQUE login attempt failed for "{}"` at warn, `Successfully (re)set
password for "{}"`, the `for user "{}"` error text and `#[instrument(err)]`) and real trees
quoted in its pull requests and issues (`LDAP session`, `LDAP request`, the two ERROR events,
`set_up_server`, `Starting LLDAP version`, `Starting the LDAP server on port`, the shutdown
lines); GLAuth v2's logging set-up (ConsoleWriter with RFC1123Z, std log wrapped to zerolog
INFO), ldapopshelper.go (`Bind request`, `Bind success`, `invalid credentials`, `User not
found`, `Search request` with `special case` / `default case`, the `AP: ... OK` lines, the
search errors, LimitFailedBinds), glauth.go (`AP start`, `Web API enabled`, the watcher's
lines, `AP exit`) and a real log with `handleSearchRequest error ...`; SimpleSAMLphp's
FileLoggingHandler, the IdP's SAML2.php (every SSO, ACS, logout and error-return line),
UserPassBase.php's two STAT lines and the SSO/SLO endpoints' `Accessing ...` lines; Janssen's
log4j2.xml and Authenticator.java; Rauthy's logging middleware (`{} {:?} {} {} {:?}` for
non-GET requests by default) and event.rs (the event's Display, type names and fmt_data), and
real Rauthy and Hiqlite start-up logs quoted in issues.

Least sure (written from the helper's knowledge): lldap 0.6.1 still writing `Login attempt`
through the log bridge (its `log.*` fields, as in the pull request's sample), the actix-server
2.x lines and their `log.line` numbers, the durations of binds; GLAuth 2.3's zerolog version
(older colours: `WRN` red; messages not bold), `LDAP server listening` / `LDAPS server
listening` with an `address` field, the BurntSushi TOML error text, which fsnotify events a
config push gives; SimpleSAMLphp's NoPassive message `Passive authentication not supported.`,
the backtrace frames' files and lines, `Error report with id %s generated.` after the
exception, the METADATANOTFOUND message's quoting, Moodle's passive requests; Janssen's
version (the messages are those of its current Authenticator.java: `Authentication failed for
user: %s` may be newer than the rest), `logClientIdOnClientAuthentication` on and
`logClientNameOnClientAuthentication` off, the line numbers, the thread names, the ORM's
`Failed to find entries with baseDN: %s, filter: %s` and its causes; Rauthy's listener logging
each event at INFO, WARN or ERROR by its level, the default event levels, the blacklist
thresholds' timing, the Hiqlite start-up lines of a rejoining follower (`Node %s: %s Raft is
already initialized - skipping become_cluster_member()`, `Setting %s Raft to running`),
`New Raft Stream for %s` on the other pods, and the banner's spacing.
"""

from __future__ import annotations

import itertools
import random
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid

T0 = datetime(2025, 3, 12, 6, 0, tzinfo=UTC)
T_END = T0 + timedelta(hours=6)


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2025-03-12 (UTC), the day every system of the round runs."""
    return datetime(2025, 3, 12, h, m, tzinfo=UTC) + timedelta(seconds=s)


def sec(x: float) -> timedelta:
    return timedelta(seconds=x)


def times(
    r: random.Random, t0: datetime, t1: datetime, mean_gap: float, min_gap: float = 0.0
) -> list[datetime]:
    """Instants from t0 to t1 with exponential gaps of `mean_gap` seconds (at least `min_gap`)."""
    out, t = [], t0
    while True:
        t += sec(min_gap + r.expovariate(1 / mean_gap))
        if t >= t1:
            return out
        out.append(t)


def uid(r: random.Random) -> str:
    h = hexid(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[r.randrange(4)]}{h[17:20]}-{h[20:]}"


class Sink:
    """The files of one system: blocks of lines (each line with its label or None) sorted by
    a time, and a Clock per process: `free(proc, t, res)` moves `t` on by `res` microseconds
    until the process has not used that instant at that resolution."""

    def __init__(self) -> None:
        self.rows: dict[str, list[tuple[datetime, int, list[tuple[str, str | None]]]]] = {}
        self.used: set[tuple[object, int]] = set()
        self.seq = itertools.count()

    def free(self, proc: object, t: datetime, res: int) -> datetime:
        step = timedelta(microseconds=res)
        while (proc, int(t.timestamp() * 1_000_000) // res) in self.used:
            t += step
        self.used.add((proc, int(t.timestamp() * 1_000_000) // res))
        return t

    def put(self, f: str, t: datetime, lines: list[tuple[str, str | None]]) -> None:
        self.rows.setdefault(f, []).append((t, next(self.seq), lines))

    def logs(self) -> list[Log]:
        out = []
        for f in sorted(self.rows):
            log = Log(f, T0)
            for _, _, lines in sorted(self.rows[f], key=lambda x: (x[0], x[1])):
                for text, label in lines:
                    log.add(text, label)
            out.append(log)
        return out


# ------------------------------------------------------------------------------------- lldap

LL_VERSION = "0.6.1"
LL_ICON = {"INFO": "ｉ [info]", "WARN": "🚧 [warn]", "ERROR": "🚨 [error]"}
LL_BRIDGE = ' | log.target: "{t}" | log.module_path: "{t}" | log.file: "{f}" | log.line: {n}'
LL_OPAQUE_FIELDS = LL_BRIDGE.format(
    t="lldap::domain::sql_opaque_handler", f="server/src/domain/sql_opaque_handler.rs", n=74
)
LL_CARGO = "/usr/local/cargo/registry/src/index.crates.io-6f17d22bba15001f/actix-server-2.5.0/src"
LL_PROTO = "Authentication protocol error for `Protocol error: `This error results from an error during password verification``"
L_SESSION = "LDAP session [ %s | %s ]"
L_REQUEST = "LDAP request [ %s | %s ]"
L_ATTEMPT = 'Login attempt for "%s"'
L_PROTO = "error: " + LL_PROTO
L_AUTHERR = 'error: Authentication error for user "%s"'


@dataclass
class Sp:
    """A tracing-forest span: its name, start, duration (s), label, fields and children."""

    name: str
    t: datetime
    dur: float
    label: str
    children: list[Sp | Ev] = field(default_factory=list)
    fields: str = ""


@dataclass
class Ev:
    """A tracing-forest event: time, level, message, label and its ` | key: value` fields."""

    t: datetime
    level: str
    msg: str
    label: str
    fields: str = ""


def forest_dur(ns: float) -> str:
    """tracing-forest's DurationDisplay: three significant digits and a unit."""
    t = ns
    for unit in ["ns", "µs", "ms", "s"]:
        if t < 10.0:
            return f"{t:.2f}{unit}"
        if t < 100.0:
            return f"{t:.1f}{unit}"
        if t < 1000.0:
            return f"{t:.0f}{unit}"
        t /= 1000.0
    return f"{t * 1000:.0f}s"


def ll_ts(r: random.Random, t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{r.randrange(1000):03d}+00:00"


def forest_lines(r: random.Random, root: Sp | Ev) -> list[tuple[str, str | None]]:
    """The tree as tracing-forest's Pretty printer writes it, each line labelled."""
    out: list[tuple[str, str | None]] = []

    def line(t: datetime, level: str, indent: str, body: str, label: str) -> None:
        out.append((f"{ll_ts(r, t)}  {level:<8} {indent}{body}", label))

    def walk(node: Sp | Ev, indent: list[str], root_dur: float) -> None:
        drawn = "".join(indent)
        if isinstance(node, Ev):
            line(
                node.t,
                node.level,
                drawn,
                f"{LL_ICON[node.level]}: {node.msg}{node.fields}",
                node.label,
            )
            return
        spans = [c for c in node.children if isinstance(c, Sp)]
        total = 100.0 * node.dur / root_dur
        if spans:
            base = 100.0 * (node.dur - sum(c.dur for c in spans)) / root_dur
            pct = f"{base:.2f}% / {total:.2f}%"
        else:
            pct = f"{total:.2f}%"
        line(
            node.t,
            "INFO",
            drawn,
            f"{node.name} [ {forest_dur(node.dur * 1e9)} | {pct} ]{node.fields}",
            node.label,
        )
        up = [("│  " if x == "┝━ " else "   ") for x in indent]
        for i, child in enumerate(node.children):
            last = i == len(node.children) - 1
            walk(child, [*up, "┕━ " if last else "┝━ "], root_dur)

    walk(root, [], root.dur if isinstance(root, Sp) else 1.0)
    return out


def lldap(r: random.Random) -> list[Log]:
    """lldap 0.6.1 at a design studio's office and lab (see the module docstring)."""
    sk = Sink()
    HQ, LAB = "lldap-hq.log", "lldap-lab.log"
    hq_users = [
        "anna",
        "bjorn",
        "chen",
        "dmitri",
        "elena",
        "farid",
        "greta",
        "hiro",
        "ines",
        "jonas",
        "karla",
        "lars",
        "mona",
        "nils",
        "olga",
        "pavel",
        "quinn",
        "rosa",
        "sven",
        "tara",
    ]
    lab_users = ["chen", "hiro", "jonas", "lars", "olga", "pavel", "ulrike", "viktor"]

    def tree(f: str, root: Sp | Ev) -> None:
        end = root.t + sec(root.dur) if isinstance(root, Sp) else root.t
        sk.put(f, end, forest_lines(r, root))

    def bind(t: datetime, user: str, outcome: str) -> Sp:
        if outcome == "nouser":
            d = r.uniform(0.0008, 0.0025)
            sp = Sp("LDAP request", t, d, L_REQUEST)
            sp.children.append(
                Ev(
                    t + sec(d - 0.00004),
                    "ERROR",
                    "",
                    L_AUTHERR,
                    f' | error: Authentication error for user "{user}"',
                )
            )
            return sp
        d = r.uniform(0.32, 0.68)
        sp = Sp("LDAP request", t, d, L_REQUEST)
        sp.children.append(
            Ev(
                t + sec(r.uniform(0.0004, 0.0009)),
                "INFO",
                f'Login attempt for "{user}"',
                L_ATTEMPT,
                LL_OPAQUE_FIELDS,
            )
        )
        if outcome == "badpw":
            sp.children.append(
                Ev(t + sec(d - 0.0005), "ERROR", "", L_PROTO, f" | error: {LL_PROTO}")
            )
            sp.children.append(
                Ev(
                    t + sec(d - 0.00045),
                    "ERROR",
                    "",
                    L_AUTHERR,
                    f' | error: Authentication error for user "{user}"',
                )
            )
        return sp

    def session(f: str, t: datetime, ops: list[tuple[str, ...]]) -> datetime:
        """One LDAP connection: ("bind", user, outcome), ("search",), ("unbind",)."""
        root = Sp("LDAP session", t, 0.0, L_SESSION)
        c = t + sec(r.uniform(0.00015, 0.0004))
        for op in ops:
            if op[0] == "bind":
                sp = bind(c, op[1], op[2])
            elif op[0] == "search":
                sp = Sp("LDAP request", c, r.uniform(0.0006, 0.0042), L_REQUEST)
            else:
                sp = Sp("LDAP request", c, r.uniform(0.000006, 0.000014), L_REQUEST)
            root.children.append(sp)
            c = c + sec(sp.dur + r.uniform(0.0002, 0.0015))
        root.dur = (c - t).total_seconds() + r.uniform(0.00001, 0.0001)
        tree(f, root)
        return t + sec(root.dur)

    def event(f: str, t: datetime, level: str, msg: str, label: str, fields: str = "") -> datetime:
        tree(f, Ev(t, level, msg, label, fields))
        return t + sec(r.uniform(0.0001, 0.002))

    def plain(f: str, t: datetime, text: str, label: str | None) -> None:
        sk.put(f, t, [(text, label)])

    # --- hq: Authelia, Nextcloud, Gitea, the web UI
    nc_bad = (at(8, 40, 12), at(9, 25, 30))
    spray = (at(10, 10), at(10, 18))
    for t in times(r, T0, T_END, 600):  # Authelia refreshing its active sessions' users
        session(HQ, t, [("bind", "authelia", "ok"), ("search",), ("search",), ("unbind",)])
    for t in times(r, T0 + sec(200), T_END, 480):
        hour = t.hour
        if r.random() < (0.25 if hour in (6, 11) else 1.0):
            u = r.choice(hq_users)
            t = session(HQ, t, [("bind", "authelia", "ok"), ("search",), ("search",), ("unbind",)])
            tries = 1 + (r.random() < 0.12) + (r.random() < 0.03)
            for k in range(tries):
                t = session(
                    HQ,
                    t + sec(r.uniform(0.01, 0.05)),
                    [("bind", u, "badpw" if k < tries - 1 else "ok"), ("unbind",)],
                )
                t += sec(r.uniform(4, 14))
    t = at(6, 4, 41.2)
    while t < T_END:  # Nextcloud's user sync every ten minutes
        bad = nc_bad[0] <= t < nc_bad[1]
        if bad:
            session(HQ, t, [("bind", "nextcloud", "badpw")])
        else:
            session(
                HQ,
                t,
                [("bind", "nextcloud", "ok"), ("search",), ("search",), ("search",), ("unbind",)],
            )
        t += sec(600 + r.uniform(-0.4, 0.4))
    for t in times(r, nc_bad[0], nc_bad[1], 210):  # users logging in to Nextcloud meanwhile
        session(HQ, t, [("bind", "nextcloud", "badpw")])
    for t in times(r, T0 + sec(900), T_END, 1000):  # Nextcloud logins when it works
        if nc_bad[0] <= t < nc_bad[1]:
            continue
        u = r.choice(hq_users)
        t = session(HQ, t, [("bind", "nextcloud", "ok"), ("search",), ("unbind",)])
        session(HQ, t + sec(r.uniform(0.005, 0.03)), [("bind", u, "ok"), ("search",), ("unbind",)])
    for t in times(r, T0 + sec(600), T_END, 1100):  # Gitea: service and user on one connection
        u = r.choice(hq_users)
        ok = "badpw" if r.random() < 0.1 else "ok"
        session(HQ, t, [("bind", "gitea", "ok"), ("search",), ("bind", u, ok), ("unbind",)])
    for u, n, t in [("markus", 3, at(7, 52, 3)), ("greta", 2, at(9, 3, 44))]:
        for _k in range(n):
            session(
                HQ, t, [("bind", "gitea", "ok"), ("search",), ("bind", u, "badpw"), ("unbind",)]
            )
            t += sec(r.uniform(9, 30))
    for t in times(r, spray[0], spray[1], 9, 2):  # the spray: Authelia looks each name up
        name = r.choice(
            [
                "admin",
                "root",
                "administrator",
                "test",
                "user",
                "info",
                "anna",
                "backup",
                "support",
                "admin",
            ]
        )
        t = session(HQ, t, [("bind", "authelia", "ok"), ("search",), ("search",), ("unbind",)])
        if name in ("admin", "anna"):
            session(HQ, t + sec(r.uniform(0.01, 0.04)), [("bind", name, "badpw"), ("unbind",)])
    # the web UI: admins' OPAQUE logins and password resets
    for t in times(r, at(6, 30), T_END, 1500):
        u = r.choice(["admin", "elena", "admin", "farid"])
        t = event(HQ, t, "INFO", f'OPAQUE login attempt for "{u}"', 'OPAQUE login attempt for "%s"')
        if r.random() < 0.15:
            t = event(
                HQ,
                t + sec(r.uniform(0.4, 0.9)),
                "WARN",
                f'OPAQUE login attempt failed for "{u}"',
                'OPAQUE login attempt failed for "%s"',
            )
            event(HQ, t + sec(0.0002), "ERROR", "", L_PROTO, f" | error: {LL_PROTO}")
            t = event(
                HQ,
                t + sec(r.uniform(6, 15)),
                "INFO",
                f'OPAQUE login attempt for "{u}"',
                'OPAQUE login attempt for "%s"',
            )
        event(
            HQ,
            t + sec(r.uniform(0.4, 0.9)),
            "INFO",
            f'OPAQUE login successful for "{u}"',
            'OPAQUE login successful for "%s"',
        )
    for t, u in [
        (at(7, 12, 5), "quinn"),
        (at(8, 40, 2), "nextcloud"),
        (at(9, 24, 41), "rosa"),
        (at(11, 31, 17), "hiro"),
    ]:
        event(
            HQ,
            t,
            "INFO",
            f'Successfully (re)set password for "{u}"',
            'Successfully (re)set password for "%s"',
        )

    # --- lab: Proxmox, Jenkins, the CI bot, the deleted bot, the upgrade
    down = (at(11, 5, 2), at(11, 5, 11))
    for t in times(r, T0, T_END, 900, 600):
        if not down[0] <= t < down[1]:
            session(LAB, t, [("bind", "proxmox", "ok"), ("search",), ("search",), ("unbind",)])
    for t in times(r, T0 + sec(400), T_END, 700):
        if down[0] <= t < down[1]:
            continue
        u = r.choice(lab_users)
        ok = "badpw" if r.random() < 0.08 else "ok"
        session(
            LAB,
            t,
            [("bind", "jenkins", "ok"), ("search",), ("bind", u, ok), ("search",), ("unbind",)],
        )
    for t in times(r, T0, T_END, 300, 240):
        if not down[0] <= t < down[1]:
            session(LAB, t, [("bind", "ci-bot", "ok"), ("search",), ("unbind",)])
    t = at(6, 9, 30.5)
    while t < T_END:  # a nightly job still binding as the deleted account
        if not down[0] <= t < down[1]:
            session(LAB, t, [("bind", "ci-legacy", "nouser")])
        t += sec(1200 + r.uniform(-1, 1))
    t = down[0]
    for label, msg, target, file, n in [
        (
            "SIGTERM received; starting graceful shutdown",
            "SIGTERM received; starting graceful shutdown",
            "actix_server::server",
            "server.rs",
            282,
        ),
        (
            "accept thread stopped",
            "accept thread stopped",
            "actix_server::accept",
            "accept.rs",
            230,
        ),
        (
            "shutting down idle worker",
            "shutting down idle worker",
            "actix_server::worker",
            "worker.rs",
            591,
        ),
    ]:
        t = event(
            LAB, t, "INFO", msg, label, LL_BRIDGE.format(t=target, f=f"{LL_CARGO}/{file}", n=n)
        )
    event(LAB, t + sec(0.3), "INFO", "DB Cleanup stopped", "DB Cleanup stopped")
    t = down[1] - sec(2.5)
    plain(LAB, t, "> Setup permissions..", "> Setup permissions..")
    plain(LAB, t + sec(0.01), "> Starting lldap..", "> Starting lldap..")
    plain(LAB, t + sec(0.02), "", None)
    plain(
        LAB,
        t + sec(0.03),
        "Loading configuration from /data/lldap_config.toml",
        "Loading configuration from %s",
    )
    t += sec(0.6)
    root = Sp("set_up_server", t, 0.0742, "set_up_server [ %s | %s ]")
    root.children += [
        Ev(
            t + sec(0.00004),
            "INFO",
            f"Starting LLDAP version {LL_VERSION}",
            "Starting LLDAP version %s",
        ),
        Ev(
            t + sec(0.0712),
            "INFO",
            "Starting the LDAP server on port 3890",
            "Starting the LDAP server on port %s",
        ),
        Ev(
            t + sec(0.0738),
            "INFO",
            "Starting the API/web server on port 17170",
            "Starting the API/web server on port %s",
        ),
    ]
    tree(LAB, root)
    t += sec(0.0745)
    for label, msg, target, file, n in [
        ("starting %d workers", "starting 1 workers", "actix_server::builder", "builder.rs", 272),
        (
            "Tokio runtime found; starting in existing Tokio runtime",
            "Tokio runtime found; starting in existing Tokio runtime",
            "actix_server::server",
            "server.rs",
            192,
        ),
        (
            'starting service: "%s", workers: %d, listening on: %s',
            'starting service: "ldap", workers: 1, listening on: 0.0.0.0:3890',
            "actix_server::server",
            "server.rs",
            202,
        ),
        (
            'starting service: "%s", workers: %d, listening on: %s',
            'starting service: "http", workers: 1, listening on: 0.0.0.0:17170',
            "actix_server::server",
            "server.rs",
            202,
        ),
    ]:
        t = event(
            LAB, t, "INFO", msg, label, LL_BRIDGE.format(t=target, f=f"{LL_CARGO}/{file}", n=n)
        )
    return sk.logs()


# ------------------------------------------------------------------------------------ glauth

GL_BASE = "dc=corp,dc=example"
GL_SVC = {n: f"cn={n},ou=svcaccts,{GL_BASE}" for n in ["sssd", "jenkins", "grafana", "gitlab"]}
GL_GROUPS = ["staff", "devops", "finance", "design"]
GL_USERS = {
    u: GL_GROUPS[i % 4]
    for i, u in enumerate(
        [
            "amir",
            "birgit",
            "carlos",
            "dana",
            "emil",
            "fatima",
            "gustav",
            "hanna",
            "ivan",
            "julia",
            "kemal",
            "lea",
            "moritz",
            "nora",
            "oskar",
            "petra",
            "ralf",
            "sofia",
            "timo",
            "vera",
        ]
    )
}
GL_CONFIG = "/app/config/config.cfg"


def gl_quote(v: object) -> str:
    s = str(v)
    if isinstance(v, int):
        return s
    if any(c in s for c in ' "\\') or any(ord(c) < 0x20 for c in s):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return s


def gl_line(t: datetime, level: str, msg: str, fields: list[tuple[str, object]]) -> str:
    """zerolog's ConsoleWriter (RFC1123Z time, colours on): time, level, message, then the
    fields sorted by name, `error` first."""
    lvl = {
        "INF": "\x1b[32mINF\x1b[0m",
        "WRN": "\x1b[31mWRN\x1b[0m",
        "ERR": "\x1b[1m\x1b[31mERR\x1b[0m\x1b[0m",
    }[level]
    parts = [f"\x1b[90m{t:%a, %d %b %Y %H:%M:%S} +0000\x1b[0m", lvl, msg]
    for k, v in sorted(fields, key=lambda kv: (kv[0] != "error", kv[0])):
        if k == "error":
            parts.append(f"\x1b[31merror=\x1b[0m\x1b[31m{v}\x1b[0m")
        else:
            parts.append(f"\x1b[36m{k}=\x1b[0m{gl_quote(v)}")
    return " ".join(parts)


def glauth(r: random.Random) -> list[Log]:
    """GLAuth 2.3, two replicas (see the module docstring)."""
    sk = Sink()
    A, B = "glauth-a.log", "glauth-b.log"
    servers = [f"10.20.1.{n}" for n in range(11, 23)]
    down_b = (at(11, 20, 4), at(11, 20, 19))
    cap_fixed = at(9, 50, 6)
    port = {"n": 40000}

    def L(
        f: str,
        t: datetime,
        label: str,
        msg: str,
        fields: list[tuple[str, object]] | None = None,
        level: str = "INF",
    ) -> datetime:
        t = sk.free(f, t, 1_000_000)
        sk.put(f, t, [(gl_line(t, level, msg, fields or []), label)])
        return t

    def src(ip: str) -> str:
        port["n"] = 32768 + (port["n"] * 7919 + 13) % 28000
        return f"{ip}:{port['n']}"

    def pick(t: datetime) -> str:
        if down_b[0] <= t < down_b[1]:
            return A
        return A if r.random() < 0.5 else B

    def bind(f: str, t: datetime, dn: str, s: str, outcome: str = "ok") -> datetime:
        t = L(
            f, t, "Bind request", "Bind request", [("binddn", dn), ("basedn", GL_BASE), ("src", s)]
        )
        t += sec(r.uniform(0.05, 0.3))
        if outcome == "ok":
            return L(f, t, "Bind success", "Bind success", [("binddn", dn), ("src", s)])
        if outcome == "nouser":
            name = dn.split(",")[0].split("=", 1)[1]
            return L(f, t, "User not found", "User not found", [("username", name)])
        return L(f, t, "invalid credentials", "invalid credentials", [("binddn", dn), ("src", s)])

    def search(
        f: str, t: datetime, dn: str, s: str, base: str, scope: int, flt: str, case: str
    ) -> datetime:
        t = L(
            f,
            t + sec(r.uniform(0.01, 0.2)),
            "Search request",
            "Search request",
            [
                ("binddn", dn),
                ("basedn", GL_BASE),
                ("searchbasedn", base),
                ("src", s),
                ("scope", scope),
                ("filter", flt),
            ],
        )
        if case == "posixgroup":
            t = L(f, t, "Search request", "Search request", [("special case", "posix groups")])
            return L(
                f, t, "AP: Posix Groups Search OK", "AP: Posix Groups Search OK", [("filter", flt)]
            )
        if case == "users":
            t = L(
                f, t, "Search request", "Search request", [("special case", "top-level users node")]
            )
            return L(
                f,
                t,
                "AP: Top-Level Users Browse OK",
                "AP: Top-Level Users Browse OK",
                [("filter", flt)],
            )
        t = L(f, t, "Search request", "Search request", [("default case", case)])
        return L(f, t, "AP: Account Search OK", "AP: Account Search OK", [("filter", flt)])

    def user_dn(u: str) -> str:
        return f"cn={u},ou={GL_USERS[u]},{GL_BASE}"

    # SSSD lookups and SSH logins from the servers
    for t in times(r, T0, T_END, 95):
        f, ip = pick(t), r.choice(servers)
        s = src(ip)
        u = r.choice(list(GL_USERS))
        t = bind(f, t, GL_SVC["sssd"], s)
        if r.random() < 0.7:
            t = search(
                f,
                t,
                GL_SVC["sssd"],
                s,
                GL_BASE,
                2,
                f"(&(uid={u})(objectClass=posixAccount))",
                "posixaccount",
            )
        t = search(
            f,
            t,
            GL_SVC["sssd"],
            s,
            GL_BASE,
            2,
            f"(&(memberUid={u})(objectClass=posixGroup))",
            "posixgroup",
        )
        if r.random() < 0.2:
            bad = r.random() < 0.08
            bind(f, t + sec(r.uniform(0.5, 3)), user_dn(u), src(ip), "badpw" if bad else "ok")
    # Jenkins: the UI's logins; the CI job with the old service password 07:30-08:15
    for t in times(r, T0 + sec(300), T_END, 1200):
        f, s, u = pick(t), src("10.20.2.40"), r.choice(list(GL_USERS))
        t = bind(f, t, GL_SVC["jenkins"], s)
        t = search(f, t, GL_SVC["jenkins"], s, GL_BASE, 2, f"(uid={u})", "")
        t = bind(f, t, user_dn(u), s, "badpw" if r.random() < 0.1 else "ok")
        search(
            f,
            t,
            GL_SVC["jenkins"],
            s,
            GL_BASE,
            2,
            f"(&(objectClass=posixGroup)(memberUid={u}))",
            "posixgroup",
        )
    t = at(7, 30, 17)
    while t < at(8, 15):
        bind(A, t, GL_SVC["jenkins"], src("10.20.2.40"), "badpw")
        t += sec(120 + r.uniform(-2, 2))
    # Grafana binds as the user; the group search lacks the capability until 09:50
    for t in times(r, T0 + sec(500), T_END, 1300):
        f, s, u = pick(t), src("10.20.2.55"), r.choice(list(GL_USERS))
        dn = user_dn(u)
        t = bind(f, t, dn, s, "badpw" if r.random() < 0.07 else "ok")
        t = L(
            f,
            t + sec(0.1),
            "Search request",
            "Search request",
            [
                ("binddn", dn),
                ("basedn", GL_BASE),
                ("searchbasedn", GL_BASE),
                ("src", s),
                ("scope", 2),
                ("filter", f"(&(objectClass=posixGroup)(memberUid={u}))"),
            ],
        )
        if t < cap_fixed:
            L(
                f,
                t,
                "handleSearchRequest error LDAP Result Code %d %q: Search Error: no capability allowing BindDN %s to perform search in %s",
                f'handleSearchRequest error LDAP Result Code 50 "Insufficient Access Rights": Search Error: no capability allowing BindDN {dn} to perform search in {GL_BASE}',
            )
        else:
            t = L(f, t, "Search request", "Search request", [("special case", "posix groups")])
            L(
                f,
                t,
                "AP: Posix Groups Search OK",
                "AP: Posix Groups Search OK",
                [("filter", f"(&(objectClass=posixGroup)(memberUid={u}))")],
            )
    # GitLab's hourly LDAP sync
    for h in range(6, 12):
        f, s = pick(at(h, 2)), src("10.20.2.61")
        t = bind(f, at(h, 2, r.uniform(0, 30)), GL_SVC["gitlab"], s)
        t = search(f, t, GL_SVC["gitlab"], s, f"ou=users,{GL_BASE}", 2, "(objectClass=*)", "users")
        for u in r.sample(list(GL_USERS), 6):
            t = search(f, t, GL_SVC["gitlab"], s, GL_BASE, 2, f"(uid={u})", "")
    # the monitoring probe: anonymous root DSE every ten minutes on each replica
    for f, off in [(A, 37.2), (B, 301.9)]:
        t = T0 + sec(off)
        while t < T_END:
            if not (f == B and down_b[0] - sec(5) <= t < down_b[1] + sec(5)):
                s = src("10.20.0.9")
                t2 = L(f, t, "Anonymous Bind success", "Anonymous Bind success", [("src", s)])
                t2 = L(
                    f,
                    t2,
                    "Search request",
                    "Search request",
                    [
                        ("binddn", ""),
                        ("basedn", GL_BASE),
                        ("searchbasedn", ""),
                        ("src", s),
                        ("scope", 0),
                        ("filter", "(objectClass=*)"),
                    ],
                )
                L(
                    f,
                    t2,
                    "handleSearchRequest error LDAP Result Code %d %q: Root DSE Search Error: Anonymous BindDN not allowed %s",
                    'handleSearchRequest error LDAP Result Code 50 "Insufficient Access Rights": Root DSE Search Error: Anonymous BindDN not allowed',
                )
            t += sec(600 + r.uniform(-0.5, 0.5))
    # the password spray from a dev VM at 09:40, LimitFailedBinds: 3 failures in 3 s -> 60 s
    t, fails, wait_until = at(9, 40, 3), [], at(9, 40)
    names = [
        "admin",
        "root",
        "amir",
        "test",
        "dana",
        "jenkins",
        "emil",
        "oracle",
        "hanna",
        "postgres",
        "ivan",
        "nora",
        "backup",
        "sofia",
        "ftp",
        "vera",
    ]
    n = 0
    while t < at(9, 46, 30):
        if t >= wait_until:
            name = names[n % len(names)]
            n += 1
            s = src("10.20.9.77")
            if name in GL_USERS:
                te = bind(A, t, user_dn(name), s, "badpw")
            else:
                te = bind(A, t, f"cn={name},ou=staff,{GL_BASE}", s, "nouser")
            fails = [x for x in fails if (t - x).total_seconds() < 3] + [t]
            if len(fails) >= 3:
                wait_until, fails = t + sec(60), []
            t = max(t, te - sec(1)) + sec(r.uniform(0.7, 1.3))
        else:
            t += sec(r.uniform(0.7, 1.3))
    # config pushes: a user added at 08:50, Grafana's capability at 09:50, a typo at 10:30
    for when, ok in [
        (at(8, 50, 12), True),
        (cap_fixed - sec(1), True),
        (at(10, 30, 41), False),
        (at(10, 36, 9), True),
    ]:
        for f in (A, B):
            t = L(
                f,
                when + sec(r.uniform(0, 0.05)),
                "watcher got event",
                "watcher got event",
                [("e", "REMOVE")],
            )
            t = L(f, t + sec(1), "rewatching config", "rewatching config", [("file", GL_CONFIG)])
            if ok:
                L(f, t, "Config was reloaded", "Config was reloaded")
            else:
                L(
                    f,
                    t,
                    "Could not reload config. Holding on to old config",
                    "Could not reload config. Holding on to old config",
                    [
                        (
                            "error",
                            'toml: line 214 (last key "users.capabilities.object"): expected a top-level item to end with a newline, comment, or EOF, but got \'"\' instead',
                        )
                    ],
                )
    # glauth-b restarted at 11:20
    t = L(B, down_b[0], "AP exit", "AP exit")
    t = down_b[1] - sec(3)
    for label in ["AP start", "Web API enabled"]:
        t = L(B, t, label, label)
    t = L(B, t, "LDAP server listening", "LDAP server listening", [("address", "0.0.0.0:3893")])
    L(B, t, "LDAPS server listening", "LDAPS server listening", [("address", "0.0.0.0:3894")])
    return sk.logs()


# ------------------------------------------------------------------------------ simplesamlphp

SS_IDP = "https://idp.example.org/saml2/idp/metadata.php"
SS_SPS = {
    "wiki": "https://wiki.example.org/shibboleth",
    "moodle": "https://moodle.example.org/auth/saml2/sp/metadata.php",
    "nextcloud": "https://cloud.example.org/apps/user_saml/saml/metadata",
    "tickets": "https://tickets.example.org/auth/saml/metadata",
    "google": "google.com",
    "aws": "urn:amazon:webservices",
}
SS_SURVEY = "https://survey.example.org/sp"
SS_FRAMES_MD = [
    "6 src/SimpleSAML/Metadata/MetaDataStorageHandler.php:323 (SimpleSAML\\Metadata\\MetaDataStorageHandler::getMetaData)",
    "5 src/SimpleSAML/Metadata/MetaDataStorageHandler.php:355 (SimpleSAML\\Metadata\\MetaDataStorageHandler::getMetaDataConfig)",
    "4 modules/saml/src/IdP/SAML2.php:380 (SimpleSAML\\Module\\saml\\IdP\\SAML2::receiveAuthnRequest)",
    "3 modules/saml/src/Controller/WebBrowserSingleSignOn.php:120 (SimpleSAML\\Module\\saml\\Controller\\WebBrowserSingleSignOn::singleSignOnService)",
    "2 vendor/symfony/http-kernel/HttpKernel.php:181 (Symfony\\Component\\HttpKernel\\HttpKernel::handleRaw)",
    "1 vendor/symfony/http-kernel/HttpKernel.php:76 (Symfony\\Component\\HttpKernel\\HttpKernel::handle)",
    "0 public/index.php:37 (N/A)",
]
SS_FRAMES_PASSIVE = [
    "5 src/SimpleSAML/IdP.php:335 (SimpleSAML\\IdP::handleAuthenticationRequest)",
    "4 modules/saml/src/IdP/SAML2.php:478 (SimpleSAML\\Module\\saml\\IdP\\SAML2::receiveAuthnRequest)",
    "3 modules/saml/src/Controller/WebBrowserSingleSignOn.php:120 (SimpleSAML\\Module\\saml\\Controller\\WebBrowserSingleSignOn::singleSignOnService)",
    "2 vendor/symfony/http-kernel/HttpKernel.php:181 (Symfony\\Component\\HttpKernel\\HttpKernel::handleRaw)",
    "1 vendor/symfony/http-kernel/HttpKernel.php:76 (Symfony\\Component\\HttpKernel\\HttpKernel::handle)",
    "0 public/index.php:37 (N/A)",
]


def simplesamlphp(r: random.Random) -> list[Log]:
    """SimpleSAMLphp 2.3 on two IdP nodes (see the module docstring)."""
    sk = Sink()
    nodes = ["idp1-simplesamlphp.log", "idp2-simplesamlphp.log"]
    workers = {f: [r.randrange(2100, 2900) for _ in range(8)] for f in nodes}
    users = [
        f"{a}.{b}"
        for a, b in zip(
            [
                "alice",
                "bruno",
                "clara",
                "david",
                "eva",
                "felix",
                "gina",
                "henrik",
                "iris",
                "jan",
                "kira",
                "leon",
                "maja",
                "noah",
                "ola",
                "pia",
                "rafael",
                "sara",
                "tomas",
                "una",
                "vito",
                "wanda",
                "xaver",
                "yara",
                "zoe",
                "adam",
                "bea",
                "cem",
                "dora",
                "erik",
            ],
            [
                "koch",
                "lind",
                "berg",
                "sand",
                "holm",
                "wolf",
                "falk",
                "stein",
                "brandt",
                "vogel",
                "roth",
                "lang",
                "kern",
                "frei",
                "hahn",
                "busch",
                "mayer",
                "schulz",
                "kraft",
                "weiss",
                "engel",
                "fuchs",
                "hart",
                "jung",
                "klein",
                "lorenz",
                "moser",
                "nagel",
                "otto",
                "pohl",
            ],
            strict=True,
        )
    ]
    ips = {u: f"192.0.2.{10 + i}" if i % 3 else f"198.51.100.{20 + i}" for i, u in enumerate(users)}

    def line(t: datetime, level: str, track: str, msg: str, stat: bool = False) -> str:
        return f"{t:%b} {t.day} {t:%H:%M:%S} simplesamlphp {level} {'STAT ' if stat else ''}[{track}] {msg}"

    def L(
        f: str,
        pid: int,
        t: datetime,
        level: str,
        track: str,
        label: str,
        msg: str,
        stat: bool = False,
        more: list[str] | None = None,
    ) -> datetime:
        t = sk.free((f, pid), t, 1_000_000)
        lines: list[tuple[str, str | None]] = [(line(t, level, track, msg, stat), label)]
        for m in more or []:
            lines.append((line(t, level, track, m), None))
        sk.put(f, t, lines)
        return t

    def q(s: str) -> str:
        return "'" + s + "'"

    moodle_moved = at(10, 0, 30)
    survey = (at(8, 20, 5), at(9, 5, 40))

    def sso(f: str, t: datetime, track: str, u: str, sp: str, fresh: bool) -> datetime:
        pid = r.choice(workers[f])
        t = L(
            f,
            pid,
            t,
            "INFO",
            track,
            "SAML2.0 - IdP.SSOService: Accessing SAML 2.0 IdP endpoint SSOService",
            "SAML2.0 - IdP.SSOService: Accessing SAML 2.0 IdP endpoint SSOService",
        )
        if sp == "aws":
            t = L(
                f,
                pid,
                t,
                "INFO",
                track,
                "SAML2.0 - IdP.SSOService: IdP initiated authentication: %s",
                f"SAML2.0 - IdP.SSOService: IdP initiated authentication: {q(SS_SPS[sp])}",
            )
        else:
            t = L(
                f,
                pid,
                t,
                "INFO",
                track,
                "SAML2.0 - IdP.SSOService: incoming authentication request: %s",
                f"SAML2.0 - IdP.SSOService: incoming authentication request: {q(SS_SPS[sp])}",
            )
        if sp == "moodle" and t >= moodle_moved:
            t = L(
                f,
                pid,
                t,
                "WARNING",
                track,
                "Authentication request specifies invalid AssertionConsumerService:",
                "Authentication request specifies invalid AssertionConsumerService:",
            )
            t = L(
                f,
                pid,
                t,
                "WARNING",
                track,
                "AssertionConsumerServiceURL: %s",
                "AssertionConsumerServiceURL: "
                + q("https://moodle2.example.org/auth/saml2/sp/saml2-acs.php/moodle.example.org"),
            )
            t = L(
                f,
                pid,
                t,
                "WARNING",
                track,
                "ProtocolBinding: %s",
                "ProtocolBinding: " + q("urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"),
            )
        if fresh:
            pid = r.choice(workers[f])
            t += sec(r.uniform(6, 25))
            while r.random() < 0.13:
                t = L(
                    f,
                    pid,
                    t,
                    "NOTICE",
                    track,
                    "Unsuccessful login attempt from %s.",
                    f"Unsuccessful login attempt from {ips[u]}.",
                    stat=True,
                )
                t += sec(r.uniform(5, 15))
            t = L(
                f,
                pid,
                t,
                "NOTICE",
                track,
                "User '%s' successfully authenticated from %s",
                f"User '{u}' successfully authenticated from {ips[u]}",
                stat=True,
            )
        return L(
            f,
            pid,
            t,
            "INFO",
            track,
            "Sending SAML 2.0 Response to %s",
            f"Sending SAML 2.0 Response to {q(SS_SPS[sp])}",
        )

    def passive(f: str, t: datetime, track: str) -> datetime:
        pid = r.choice(workers[f])
        t = L(
            f,
            pid,
            t,
            "INFO",
            track,
            "SAML2.0 - IdP.SSOService: Accessing SAML 2.0 IdP endpoint SSOService",
            "SAML2.0 - IdP.SSOService: Accessing SAML 2.0 IdP endpoint SSOService",
        )
        t = L(
            f,
            pid,
            t,
            "INFO",
            track,
            "SAML2.0 - IdP.SSOService: incoming authentication request: %s",
            f"SAML2.0 - IdP.SSOService: incoming authentication request: {q(SS_SPS['moodle'])}",
        )
        t = L(
            f,
            pid,
            t,
            "WARNING",
            track,
            "Returning error to SP with entity ID %s.",
            f"Returning error to SP with entity ID {q(SS_SPS['moodle'])}.",
        )
        return L(
            f,
            pid,
            t,
            "WARNING",
            track,
            "SimpleSAML\\Module\\saml\\Error\\NoPassive: Passive authentication not supported.",
            "SimpleSAML\\Module\\saml\\Error\\NoPassive: Passive authentication not supported.",
            more=["Backtrace:", *SS_FRAMES_PASSIVE],
        )

    def logout(f: str, t: datetime, track: str, first: str, others: list[str]) -> datetime:
        pid = r.choice(workers[f])
        t = L(
            f,
            pid,
            t,
            "INFO",
            track,
            "SAML2.0 - IdP.SingleLogoutService: Accessing SAML 2.0 IdP endpoint SingleLogoutService",
            "SAML2.0 - IdP.SingleLogoutService: Accessing SAML 2.0 IdP endpoint SingleLogoutService",
        )
        t = L(
            f,
            pid,
            t,
            "INFO",
            track,
            "Received SAML 2.0 LogoutRequest from: %s",
            f"Received SAML 2.0 LogoutRequest from: {q(SS_SPS[first])}",
        )
        t = L(
            f,
            pid,
            t,
            "NOTICE",
            track,
            "saml20-idp-SLO spinit %s %s",
            f"saml20-idp-SLO spinit {SS_SPS[first]} {SS_IDP}",
            stat=True,
        )
        failed = False
        for sp in others:
            if sp in ("google", "aws"):
                continue
            t = L(
                f,
                pid,
                t,
                "INFO",
                track,
                "Sending SAML 2.0 LogoutRequest to: %s",
                f"Sending SAML 2.0 LogoutRequest to: {q(SS_SPS[sp])}",
            )
            pid = r.choice(workers[f])
            t += sec(r.uniform(0.3, 2))
            t = L(
                f,
                pid,
                t,
                "INFO",
                track,
                "SAML2.0 - IdP.SingleLogoutService: Accessing SAML 2.0 IdP endpoint SingleLogoutService",
                "SAML2.0 - IdP.SingleLogoutService: Accessing SAML 2.0 IdP endpoint SingleLogoutService",
            )
            t = L(
                f,
                pid,
                t,
                "INFO",
                track,
                "Received SAML 2.0 LogoutResponse from: %s",
                f"Received SAML 2.0 LogoutResponse from: {q(SS_SPS[sp])}",
            )
            if sp == "tickets":
                failed = True
                t = L(
                    f,
                    pid,
                    t,
                    "WARNING",
                    track,
                    "Unsuccessful logout. Status was: %s",
                    "Unsuccessful logout. Status was: urn:oasis:names:tc:SAML:2.0:status:Responder",
                )
        if failed:
            t = L(
                f,
                pid,
                t,
                "INFO",
                track,
                "Sending logout response for partial logout to SP %s",
                f"Sending logout response for partial logout to SP {q(SS_SPS[first])}",
            )
        return t

    # each user's day: arrive, SSO to a few SPs over the day, maybe log out at the end
    for u in users:
        f = r.choice(nodes)
        track = hexid(r, 10)
        t = at(6, 0) + sec(r.uniform(600, 12000))
        first = r.choice(["wiki", "nextcloud", "moodle", "tickets", "google"])
        if first == "moodle" and r.random() < 0.6:
            t = passive(f, t, track) + sec(r.uniform(20, 90))
        visited = [first]
        t = sso(f, t, track, u, first, True)
        for _k in range(r.randrange(4, 11)):
            t += sec(r.expovariate(1 / 1500))
            if t >= T_END - sec(60):
                break
            sp = r.choice(
                ["wiki", "wiki", "nextcloud", "moodle", "tickets", "google", "aws", "nextcloud"]
            )
            if sp not in visited:
                visited.append(sp)
            if survey[0] <= t < survey[1] and r.random() < 0.35:
                pid = r.choice(workers[f])
                te = L(
                    f,
                    pid,
                    t,
                    "INFO",
                    track,
                    "SAML2.0 - IdP.SSOService: Accessing SAML 2.0 IdP endpoint SSOService",
                    "SAML2.0 - IdP.SSOService: Accessing SAML 2.0 IdP endpoint SSOService",
                )
                te = L(
                    f,
                    pid,
                    te,
                    "ERROR",
                    track,
                    "SimpleSAML\\Error\\Error: UNHANDLEDEXCEPTION",
                    "SimpleSAML\\Error\\Error: UNHANDLEDEXCEPTION",
                    more=[
                        "Backtrace:",
                        "1 src/SimpleSAML/Error/ExceptionHandler.php:32 (SimpleSAML\\Error\\ExceptionHandler::customExceptionHandler)",
                        "0 [builtin] (N/A)",
                        f"Caused by: SimpleSAML\\Error\\MetadataNotFound: METADATANOTFOUND('%ENTITYID%' => '\\'{SS_SURVEY}\\'')",
                        "Backtrace:",
                        *SS_FRAMES_MD,
                    ],
                )
                L(
                    f,
                    pid,
                    te,
                    "ERROR",
                    track,
                    "Error report with id %s generated.",
                    f"Error report with id {hexid(r, 8)} generated.",
                )
                continue
            if sp == "moodle" and r.random() < 0.2:
                t = passive(f, t, track) + sec(r.uniform(5, 30))
            t = sso(f, t, track, u, sp, False)
        if r.random() < 0.45 and t < T_END - sec(300):
            t += sec(r.uniform(120, 1800))
            if t < T_END:
                logout(
                    f,
                    t,
                    track,
                    visited[0]
                    if visited[0] in ("wiki", "nextcloud", "moodle", "tickets")
                    else "nextcloud",
                    visited[1:],
                )
    # second sessions: people on a second device or after a browser restart
    for t in times(r, at(7, 0), T_END, 70):
        u, f, track = r.choice(users), r.choice(nodes), hexid(r, 10)
        sp = r.choice(["wiki", "nextcloud", "tickets", "moodle", "google"])
        sso(f, t, track, u, sp, True)
    return sk.logs()


# ----------------------------------------------------------------------------------- janssen

JA_LINES = {
    "success_user": 459,
    "redirect": 455,
    "failed_user": 471,
    "script_false": 370,
    "reset_step": 384,
    "client": 248,
    "no_script_user": 331,
    "not_passed": 338,
    "no_script_prepare": 563,
    "exception": 196,
}


def janssen(r: random.Random) -> list[Log]:
    """Janssen auth server, two nodes (see the module docstring)."""
    sk = Sink()
    nodes = ["jans-auth-1.log", "jans-auth-2.log"]
    pool = {f: r.randrange(1_000_000_000, 2_000_000_000) for f in nodes}
    users = [
        "anna.b",
        "bernd.k",
        "carla.m",
        "deniz.o",
        "eike.r",
        "frieda.s",
        "gero.t",
        "hanne.u",
        "ilka.v",
        "jost.w",
        "kai.x",
        "lene.y",
        "milo.z",
        "nele.a",
        "ole.b",
        "paula.c",
        "quirin.d",
        "ronja.e",
        "silas.f",
        "theda.g",
        "uwe.h",
        "vicky.i",
        "wim.j",
        "xenia.k",
    ]
    clients = {
        "portal": "2b0f6c1e-3a4d-4e5f-9a6b-7c8d9e0f1a2b",
        "grafana": "5e7a9c1b-2d3f-4a5b-8c6d-7e8f9a0b1c2d",
        "hr-portal": "8c1d2e3f-4a5b-4c6d-9e7f-8a9b0c1d2e3f",
        "billing-api": "a4b5c6d7-e8f9-4a0b-8c1d-2e3f4a5b6c7d",
        "etl": "c7d8e9f0-a1b2-4c3d-8e4f-5a6b7c8d9e0f",
    }
    otp_off = (at(9, 15, 20), at(9, 40, 5))
    db_down = (at(10, 40, 10), at(10, 44, 2))

    def L(
        f: str,
        t: datetime,
        level: str,
        key: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        t = sk.free(f, t, 1000)
        thread = f"qtp{pool[f]}-{r.randrange(18, 96)}"
        head = f"{t:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d} {level:<5} [{thread}]  [io.jans.as.server.auth.Authenticator] (Authenticator.java:{JA_LINES[key]}) - "
        sk.put(f, t, [(head + msg, label), *[(m, None) for m in more or []]])
        return t

    def client_auth(f: str, t: datetime, c: str) -> datetime:
        return L(
            f,
            t,
            "INFO",
            "client",
            "Authentication success for Client: '%s'",
            f"Authentication success for Client: '{clients[c]}'",
        )

    def db_error(f: str, t: datetime, u: str) -> datetime:
        flt = f"(&(objectClass=jansPerson)(uid={u}))"
        msg = f"Failed to find entries with baseDN: ou=people,o=jans, filter: {flt}"
        trace = [
            f"io.jans.orm.exception.EntryPersistenceException: {msg}",
            "\tat io.jans.orm.sql.impl.SqlEntryManager.findEntriesImpl(SqlEntryManager.java:495)",
            "\tat io.jans.orm.impl.BaseEntryManager.findEntries(BaseEntryManager.java:1055)",
            "\tat io.jans.as.common.service.common.UserService.getUserByAttribute(UserService.java:290)",
            "\tat io.jans.as.server.service.AuthenticationService.getUserByAttribute(AuthenticationService.java:497)",
            "\tat io.jans.as.server.service.AuthenticationService.authenticate(AuthenticationService.java:160)",
            "\tat io.jans.as.server.auth.Authenticator.userAuthenticationInteractive(Authenticator.java:450)",
            "\tat io.jans.as.server.auth.Authenticator.authenticateImpl(Authenticator.java:183)",
            "\tat io.jans.as.server.auth.Authenticator.authenticate(Authenticator.java:144)",
            "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
            "\tat java.base/java.lang.Thread.run(Thread.java:1583)",
            "Caused by: io.jans.orm.exception.operation.SearchException: Failed to execute query",
            "\tat io.jans.orm.sql.operation.impl.SqlOperationServiceImpl.searchImpl(SqlOperationServiceImpl.java:658)",
            "\tat io.jans.orm.sql.operation.impl.SqlOperationServiceImpl.search(SqlOperationServiceImpl.java:571)",
            "\t... 78 more",
            "Caused by: org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.",
            "\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:395)",
            "\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeQuery(HikariProxyPreparedStatement.java)",
            "\t... 80 more",
            "Caused by: java.net.SocketException: Connection reset",
            "\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:318)",
            "\t... 96 more",
        ]
        return L(
            f,
            t,
            "ERROR",
            "exception",
            "Failed to find entries with baseDN: %s, filter: %s",
            msg,
            trace,
        )

    def login(t: datetime, u: str, c: str) -> None:
        f = r.choice(nodes)
        otp = c == "hr-portal"
        if f == nodes[1] and db_down[0] <= t < db_down[1]:
            for _k in range(r.randrange(1, 3)):
                t = db_error(f, t, u) + sec(r.uniform(3, 12))
            return
        if otp and otp_off[0] <= t < otp_off[1]:
            t = L(
                f,
                t,
                "ERROR",
                "no_script_prepare",
                "Failed to get CustomScriptConfiguration. auth_step: '%s', acr: '%s'",
                "Failed to get CustomScriptConfiguration. auth_step: '1', acr: 'otp'",
            )
            t += sec(r.uniform(8, 20))
            L(
                f,
                t,
                "ERROR",
                "no_script_user",
                "Failed to get CustomScriptConfiguration for acr: '%s', auth_step: '%s', user: '%s'",
                f"Failed to get CustomScriptConfiguration for acr: 'otp', auth_step: '1', user: '{u}'",
            )
            return
        t += sec(r.uniform(4, 20))
        if otp:
            while r.random() < 0.1:
                t = L(
                    f,
                    t,
                    "INFO",
                    "script_false",
                    "Authentication failed for user: %s. Custom script returned false for authenticate method.",
                    f"Authentication failed for user: {u}. Custom script returned false for authenticate method.",
                )
                t += sec(r.uniform(5, 15))
            t += sec(r.uniform(8, 30))
            if r.random() < 0.05:
                t = L(
                    f,
                    t,
                    "INFO",
                    "reset_step",
                    "Authentication reset to step : '%s'",
                    "Authentication reset to step : '1'",
                )
                t += sec(r.uniform(20, 60))
            if r.random() < 0.03:
                t = L(
                    f,
                    t,
                    "ERROR",
                    "not_passed",
                    "There are authentication steps not marked as passed. acr: '%s', auth_step: '%s', user: '%s'",
                    f"There are authentication steps not marked as passed. acr: 'otp', auth_step: '2', user: '{u}'",
                )
                t += sec(r.uniform(20, 60))
            while r.random() < 0.12:
                t = L(
                    f,
                    t,
                    "INFO",
                    "script_false",
                    "Authentication failed for user: %s. Custom script returned false for authenticate method.",
                    f"Authentication failed for user: {u}. Custom script returned false for authenticate method.",
                )
                t += sec(r.uniform(10, 25))
            t = L(
                f,
                t,
                "INFO",
                "success_user",
                "Authentication success for User: '%s'",
                f"Authentication success for User: '{u}'",
            )
        else:
            while r.random() < 0.12:
                t = L(
                    f,
                    t,
                    "INFO",
                    "failed_user",
                    "Authentication failed for user: %s",
                    f"Authentication failed for user: {u}",
                )
                t += sec(r.uniform(5, 15))
            t = L(
                f,
                t,
                "INFO",
                "redirect",
                "Sending event to trigger user redirection: '%s'",
                f"Sending event to trigger user redirection: '{u}'",
            )
            t = L(
                f,
                t + sec(r.uniform(0.002, 0.02)),
                "INFO",
                "success_user",
                "Authentication success for User: '%s'",
                f"Authentication success for User: '{u}'",
            )
        client_auth(r.choice(nodes), t + sec(r.uniform(0.15, 0.9)), c)

    for t in times(r, T0, T_END, 48):
        login(t, r.choice(users), r.choice(["portal", "portal", "grafana", "hr-portal"]))
    # refresh tokens of logged-in portal sessions, client credentials of the services
    for t in times(r, T0, T_END, 75):
        client_auth(r.choice(nodes), t, r.choice(["portal", "portal", "grafana"]))
    for c, every in [("billing-api", 300), ("etl", 600)]:
        t = T0 + sec(r.uniform(5, 200))
        while t < T_END:
            for f in nodes:
                client_auth(f, t + sec(r.uniform(0, 2)), c)
            t += sec(every + r.uniform(-1, 1))
    return sk.logs()


# ------------------------------------------------------------------------------------ rauthy

RA_VERSION = "0.28.3"
RA_BANNER = [
    "                                           88",
    "                                     ,d    88",
    "                                     88    88",
    " 8b,dPPYba, ,adPPYYba, 88       88 MM88MMM 88,dPPYba,  8b       d8",
    ' 88P\'   "Y8 ""     `Y8 88       88   88    88P\'    "8a `8b     d8\'',
    " 88         ,adPPPPP88 88       88   88    88       88  `8b   d8'",
    " 88         88,    ,88 \"8a,   ,a88   88,   88       88   `8b,d8'",
    ' 88         `"8bbdP"Y8  `"YbbdP\'Y8   "Y888 88       88     Y88\'',
    "                                                           d8'",
    "                                                          d8'",
]
RA_BROWSER = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/133.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10.15; rv:136.0) Gecko/20100101 Firefox/136.0",
    "Mozilla/5.0 (X11; Linux x86_64; rv:136.0) Gecko/20100101 Firefox/136.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.3 Mobile/15E148 Safari/604.1",
]


def rauthy(r: random.Random) -> list[Log]:
    """Rauthy 0.28, three pods (see the module docstring)."""
    sk = Sink()
    pods = ["rauthy-0.log", "rauthy-1.log", "rauthy-2.log"]
    drain = (at(9, 30, 11), at(9, 31, 52))
    backends = {
        "forgejo": ("10.42.2.31", "Go-http-client/1.1"),
        "grafana": ("10.42.1.17", "Go-http-client/1.1"),
        "outline": ("10.42.3.8", "node-fetch"),
        "api": ("10.42.1.45", "python-requests/2.32.3"),
        "proxy": ("10.42.2.12", "oauth2-proxy/v7.8.1"),
    }
    office = [f"203.0.113.{n}" for n in (14, 15, 16)]
    home = [f"198.51.100.{n}" for n in range(30, 60)]
    user_ids = [
        "".join(
            r.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
            for _ in range(24)
        )
        for _ in range(40)
    ]

    def pod(t: datetime) -> str:
        choice = pods if not drain[0] <= t < drain[1] + sec(20) else pods[:2]
        return r.choice(choice)

    def L(f: str, t: datetime, level: str, target: str, label: str, msg: str) -> datetime:
        t = sk.free(f, t, 1)
        sk.put(
            f,
            t,
            [(f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z {level:>5} {target}: {msg}", label)],
        )
        return t

    def access(
        t: datetime, ip: str, method: str, path: str, route: str, ua: str, f: str | None = None
    ) -> datetime:
        return L(
            f or pod(t),
            t,
            "INFO",
            "rauthy_middlewares::logging",
            f"{method} {route}",
            f'{ip} HTTP/1.1 {method} {path} "{ua}"',
        )

    def event(
        f: str, t: datetime, level: str, typ: str, data: str, ip: str, label: str
    ) -> datetime:
        macro = {"INFO": "INFO", "NOTICE": "INFO", "WARNING": "WARN", "CRITICAL": "ERROR"}[level]
        ev = {
            "INFO": "INFO    ",
            "NOTICE": "NOTICE  ",
            "WARNING": "WARNING ",
            "CRITICAL": "CRITICAL",
        }[level]
        msg = f"EVENT {t.date()} {t.hour}:{t.minute}:{t.second} {ev} {typ} {data} {ip}"
        return L(f, t, macro, "rauthy_models::events::listener", label, msg)

    counters: dict[str, int] = {}

    def invalid(f: str, t: datetime, ip: str) -> datetime:
        n = counters[ip] = counters.get(ip, 0) + 1
        level = "CRITICAL" if n >= 20 else "WARNING" if n >= 10 else "NOTICE" if n >= 7 else "INFO"
        return event(
            f,
            t + sec(0.001),
            level,
            "Invalid logins",
            f"Counter: {n}",
            ip,
            "EVENT %s %s:%s:%s %s Invalid logins Counter: %s %s",
        )

    def blacklist(f: str, t: datetime, ip: str, until: datetime) -> datetime:
        return event(
            f,
            t + sec(0.0005),
            "NOTICE",
            "IP blacklisted",
            f"IP blacklisted until {until:%Y/%m/%d %H:%M:%S}",
            ip,
            "EVENT %s %s:%s:%s %s IP blacklisted IP blacklisted until %s %s",
        )

    # browser logins: the login page's session, the credentials (typos: invalid logins), then
    # the client's token exchange
    for t in times(r, T0 + sec(60), T_END, 52):
        ip = r.choice(office) if r.random() < 0.6 else r.choice(home)
        ua = r.choice(RA_BROWSER)
        t = access(t, ip, "POST", "/auth/v1/oidc/session", "/auth/v1/oidc/session", ua)
        t += sec(r.uniform(3, 15))
        if ip not in office and r.random() < 0.25:  # passkey users
            uidx = r.choice(user_ids)
            t = access(
                t,
                ip,
                "POST",
                f"/auth/v1/webauthn/{uidx}/auth/start",
                "/auth/v1/webauthn/%s/auth/start",
                ua,
            )
            t = access(
                t + sec(r.uniform(2, 6)),
                ip,
                "POST",
                f"/auth/v1/webauthn/{uidx}/auth/finish",
                "/auth/v1/webauthn/%s/auth/finish",
                ua,
            )
        while r.random() < 0.1 and ip not in office:
            f = pod(t)
            t = access(t, ip, "POST", "/auth/v1/oidc/authorize", "/auth/v1/oidc/authorize", ua, f)
            t = invalid(f, t, ip) + sec(r.uniform(4, 12))
        t = access(t, ip, "POST", "/auth/v1/oidc/authorize", "/auth/v1/oidc/authorize", ua)
        b_ip, b_ua = backends[r.choice(["forgejo", "grafana", "outline", "proxy", "proxy"])]
        access(
            t + sec(r.uniform(0.2, 1.5)),
            b_ip,
            "POST",
            "/auth/v1/oidc/token",
            "/auth/v1/oidc/token",
            b_ua,
        )
    # refresh tokens, client credentials, introspection
    for t in times(r, T0, T_END, 40):
        b_ip, b_ua = backends[r.choice(["forgejo", "grafana", "outline", "proxy", "proxy", "api"])]
        access(t, b_ip, "POST", "/auth/v1/oidc/token", "/auth/v1/oidc/token", b_ua)
    for t in times(r, T0, T_END, 140):
        b_ip, b_ua = backends["api"]
        access(t, b_ip, "POST", "/auth/v1/oidc/introspect", "/auth/v1/oidc/introspect", b_ua)
    for t in times(r, T0 + sec(600), T_END, 420):
        ip, ua = r.choice(office + home), r.choice(RA_BROWSER)
        access(t, ip, "POST", "/auth/v1/oidc/logout", "/auth/v1/oidc/logout", ua)
    for t in times(r, T0 + sec(900), T_END, 1500):
        ip, ua, uidx = r.choice(office + home), r.choice(RA_BROWSER), r.choice(user_ids)
        access(t, ip, "PUT", f"/auth/v1/users/{uidx}/self", "/auth/v1/users/%s/self", ua)
    # password resets: the request, the mail's link, the new password
    for t in times(r, at(6, 20), T_END, 2400):
        ip, ua, uidx = r.choice(home), r.choice(RA_BROWSER), r.choice(user_ids)
        t = access(
            t, ip, "POST", "/auth/v1/users/request_reset", "/auth/v1/users/request_reset", ua
        )
        t += sec(r.uniform(40, 200))
        f = pod(t)
        t = access(t, ip, "PUT", f"/auth/v1/users/{uidx}/reset", "/auth/v1/users/%s/reset", ua, f)
        event(
            f,
            t,
            "NOTICE",
            "User has reset its password",
            f"User {r.choice(['lina', 'mads', 'noor', 'otto', 'pia'])}@studio.example has reset its password",
            ip,
            "EVENT %s %s:%s:%s %s User has reset its password User %s has reset its password %s",
        )
    # self-registration of new clients' users
    for t in times(r, at(7, 0), T_END, 3600):
        ip, ua = r.choice(home), r.choice(RA_BROWSER)
        f = pod(t)
        t = access(t, ip, "POST", "/auth/v1/users/register", "/auth/v1/users/register", ua, f)
        event(
            f,
            t,
            "INFO",
            "New user registered",
            f"User E-Mail: {r.choice(['kunde', 'gast', 'partner'])}{r.randrange(100, 999)}@mail.example",
            ip,
            "EVENT %s %s:%s:%s %s New user registered User E-Mail: %s %s",
        )
    # the office NAT address blacklisted after typos at 08:12; an admin lifts it at 08:19
    ip, f, t = "203.0.113.15", pods[0], at(8, 12, 4)
    for _k in range(7):
        t = access(
            t, ip, "POST", "/auth/v1/oidc/authorize", "/auth/v1/oidc/authorize", RA_BROWSER[0], f
        )
        t = invalid(f, t, ip) + sec(r.uniform(3, 9))
    blacklist(f, t - sec(2.5), ip, t + sec(60))
    t = access(
        at(8, 19, 40),
        "203.0.113.14",
        "DELETE",
        f"/auth/v1/blacklist/{ip}",
        "/auth/v1/blacklist/%s",
        RA_BROWSER[1],
        pods[1],
    )
    event(
        pods[1],
        t,
        "NOTICE",
        "IP blacklist removed",
        "IP removed from blacklist",
        ip,
        "EVENT %s %s:%s:%s %s IP blacklist removed IP removed from blacklist %s",
    )
    counters[ip] = 0
    # the credential-stuffing run at 10:05
    ip, t = "192.0.2.201", at(10, 5, 7)
    ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36"
    for stop, pause in [(7, 60), (10, 600), (15, 900)]:
        while counters.get(ip, 0) < stop:
            f = pod(t)
            t = access(t, ip, "POST", "/auth/v1/oidc/authorize", "/auth/v1/oidc/authorize", ua, f)
            t = invalid(f, t, ip)
            t += sec(r.uniform(1.5, 4) + counters[ip] * 0.4)
        until = t + sec(pause)
        blacklist(f, t - sec(1), ip, until)
        t = until + sec(r.uniform(1, 5))
    # rauthy-2 drained at 09:30 and started on another node
    f, t = pods[2], drain[0]
    t = L(
        f,
        t,
        "INFO",
        "actix_server::server",
        "SIGTERM received; starting graceful shutdown",
        "SIGTERM received; starting graceful shutdown",
    )
    for _k in range(4):
        t = L(
            f,
            t + sec(0.0003),
            "INFO",
            "actix_server::worker",
            "shutting down idle worker",
            "shutting down idle worker",
        )
    t = L(
        f,
        t + sec(0.0002),
        "INFO",
        "actix_server::accept",
        "accept thread stopped",
        "accept thread stopped",
    )
    t = drain[1]
    sk.put(
        f,
        t,
        [(RA_BANNER[0], RA_BANNER[0].strip()), *[(x, None) for x in RA_BANNER[1:]], ("", None)],
    )
    t += sec(0.0001)
    for target, label, msg in [
        ("rauthy", "Starting Rauthy v%s", f"Starting Rauthy v{RA_VERSION}"),
        ("rauthy", "Log Level set to '%s'", "Log Level set to 'INFO'"),
        ("rauthy_models::rauthy_config", "Public URL: %s", "Public URL: auth.studio.example"),
        (
            "rauthy_models::rauthy_config",
            "Issuer: %s",
            "Issuer: https://auth.studio.example/auth/v1",
        ),
        (
            "hiqlite::start",
            "rpc internal listening on %s",
            "rpc internal listening on 0.0.0.0:8100",
        ),
        (
            "hiqlite::start",
            "api external listening on %s",
            "api external listening on 0.0.0.0:8200",
        ),
        (
            "become_cluster_member{raft_type=Sqlite this_node=3}: hiqlite::init",
            "Node %s: %s Raft is already initialized - skipping become_cluster_member()",
            "Node 3: sqlite Raft is already initialized - skipping become_cluster_member()",
        ),
        (
            "become_cluster_member{raft_type=Sqlite this_node=3}: hiqlite::init",
            "Setting %s Raft to running",
            "Setting Sqlite Raft to running",
        ),
        (
            "become_cluster_member{raft_type=Cache this_node=3}: hiqlite::init",
            "Node %s: %s Raft is already initialized - skipping become_cluster_member()",
            "Node 3: cache Raft is already initialized - skipping become_cluster_member()",
        ),
        (
            "become_cluster_member{raft_type=Cache this_node=3}: hiqlite::init",
            "Setting %s Raft to running",
            "Setting Cache Raft to running",
        ),
        (
            "hiqlite::client::stream",
            "Client API WebSocket trying to connect to: %s",
            "Client API WebSocket trying to connect to: http://localhost:8200/stream/cache",
        ),
        (
            "hiqlite::client::stream",
            "Client API WebSocket trying to connect to: %s",
            "Client API WebSocket trying to connect to: http://localhost:8200/stream/sqlite",
        ),
        ("hiqlite::network::api", "New Raft Stream for %s", "New Raft Stream for Sqlite"),
        ("hiqlite::network::api", "New Raft Stream for %s", "New Raft Stream for Cache"),
        ("actix_server::builder", "starting %d workers", "starting 4 workers"),
        (
            "actix_server::server",
            "Actix runtime found; starting in Actix runtime",
            "Actix runtime found; starting in Actix runtime",
        ),
        (
            "actix_server::server",
            'starting service: "%s", workers: %d, listening on: %s',
            'starting service: "actix-web-service-0.0.0.0:8080", workers: 4, listening on: 0.0.0.0:8080',
        ),
    ]:
        t = L(f, t + sec(r.uniform(0.0002, 0.02)), "INFO", target, label, msg)
    event(
        f,
        t + sec(0.3),
        "INFO",
        "Rauthy has been restarted",
        "Rauthy has been started on host rauthy-2",
        "",
        "EVENT %s %s:%s:%s %s Rauthy has been restarted Rauthy has been started on host %s %s",
    )
    for g in pods[:2]:  # the other pods see the follower's streams come back
        t2 = drain[1] + sec(r.uniform(0.05, 0.2))
        t2 = L(
            g,
            t2,
            "INFO",
            "hiqlite::network::api",
            "New Raft Stream for %s",
            "New Raft Stream for Sqlite",
        )
        L(
            g,
            t2 + sec(0.0004),
            "INFO",
            "hiqlite::network::api",
            "New Raft Stream for %s",
            "New Raft Stream for Cache",
        )
    return sk.logs()


SYSTEMS = {
    "lldap": lldap,
    "glauth": glauth,
    "simplesamlphp": simplesamlphp,
    "janssen": janssen,
    "rauthy": rauthy,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
