#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 67 (vaultwarden, authelia, podman, crio, zigbee2mqtt) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written; the lines that continue an event (a Rust error's pretty-printed cause, a libpq
message's hint, a Node stack, a table's rows) have no label. Distinct calls of one process never
share a timestamp at the log's resolution (round 53's Clock). Five self-hosted and container
programs:

- Vaultwarden 1.30.5 (`vaultwarden.log`: `docker logs` of the container, PostgreSQL backend,
  behind a reverse proxy): fern's `[%Y-%m-%d %H:%M:%S%.3f][target][LEVEL] ` with
  EXTENDED_LOGGING's defaults, the `println!` lines before the logger (the start-up banner in
  three writes, `[INFO] No .env file found.`, the plain-text `ADMIN_TOKEN` notice), Rocket's
  request and response lines from the BetterLogging fairing (`[request][INFO] GET
  /api/sync?excludeDomains=true`, `[response][INFO] (sync) GET /api/sync?<data..> => 200 OK`,
  the query cut at 30 characters, a route's format after its URI), logins, 2FA, websocket
  hubs, icons (an error's `[CAUSE]` written with `{:#?}` over many lines), a brute force
  against the token endpoint, the SMTP relay away, the admin page, the database not ready at
  start and restarted at 10:15 (r2d2's libpq messages with their tab-indented hint and the
  blank line after, `Unauthorized Error: Error getting DB`, Rocket's `Request guard ...
  failed`, 401s and 503s).
- Authelia 4.38.8 (`authelia.log`: the container's stdout, logrus's text formatter,
  `time="2024-06-04T06:00:01Z" level=info msg="..."` and sorted fields): start-up with
  4.38's deprecation warnings, Traefik's forward-auth refusing anonymous requests (uptime
  monitors, bots, expired sessions: `Access to %s (method %s) is not authorized to user %s,
  responding with status code %d with location redirect to %s`), 1FA and TOTP failures with
  LDAP's errors, regulation bans, Redis restarted (sessions unreadable), LDAP upgraded
  (`dial failed`), OIDC token errors from fosite, fasthttp's buffer and timeout errors, a
  restart at `log.level: debug` for a quarter of an hour and back.
- Podman 4.9 on two RHEL 9 hosts (`app1-journal.log`: `journalctl -o short-iso -t systemd -t
  podman -t conmon`; `app2-journal.log`: the same in journalctl's default short format):
  systemd units from `podman generate systemd --new`, podman's events as the journald event
  backend writes them (`2024-06-04 06:00:05.123456789 +0000 UTC m=+0.081234567 container
  start <id> (image=..., name=..., labels...)`, the labels in Go's map order), `libpod-<id>.scope
  - libcrun container`, healthcheck timers and `health_status` events, the container id
  `podman run -d` prints, podman's logrus warnings on stderr (`Failed to decode the keys`
  on app2, on every invocation), an hourly `podman auto-update` (pull progress, its table),
  conmon's syslog lines, redis OOM-killed, a bad image pulled by auto-update crash-looping
  until systemd gives up (the admin tags the old image back), the registry refusing connections (`Failed, retrying in %s ... (%d/%d)`), a stop
  that needs SIGKILL.
- CRI-O 1.30 on two Kubernetes workers (`worker-1.log`: `journalctl -u crio`, `Jun 04 06:00:03
  worker-1 crio[1034]: `; `worker-2.log`: Debian 12's rsyslog `/var/log/syslog` with its RFC
  3339 high-precision stamps): logrus text with CRI-O's `2006-01-02 15:04:05.000000000Z07:00`
  time, the request `id` and gRPC `name` fields; start-up (`Node configuration value for %s
  is %v`, capabilities, conmon, seccomp, CNI networks), sandboxes and containers
  run, started, stopped and removed for DaemonSets, a rollout and CronJobs every five
  minutes, image status and pulls (`Image status: &ImageStatusResponse{...}`), ocicni's CNI
  lines, Calico's API unreachable (`Error adding network`, `Error while adding pod to CNI
  network`, sandboxes failing), a crash-looping container, a stop that times out.
- Zigbee2MQTT 1.38.0 (`zigbee2mqtt.log`: `docker logs`, `Zigbee2MQTT:info  2024-06-04
  06:00:01: ` with the level padded to five): start-up (the device list, Home Assistant
  discovery), `MQTT publish: topic '%s', payload '%s'` for every state change, availability
  pings failing, `Publish 'set' 'state' to '%s' failed: 'Error: ZCL command ... failed (...)'`
  with herdsman's reasons, Mosquitto restarted (`MQTT error: connect ECONNREFUSED ...`, `Not
  connected to MQTT server!`, `Cannot send message`), the network coordinator lost (`Adapter
  disconnected, stopping`, a failed start with its Node stack, the restart), a device paired
  (interview, configure failing once with its stack), an unsupported device, an OTA update.

Label notes. The rules of rounds 51 to 65 hold. fern's time, target and level, logrus's time,
level and fields (the label is `msg`), journald's and syslog's prefix (time, host, ident and
pid), CRI-O's and podman's logrus time, conmon's `conmon %.20s <ninfo>: ` and Zigbee2MQTT's
`Zigbee2MQTT:%-5s %s: ` are context. Vaultwarden's request line is labelled by method and route
(ids and the query's values variables: `GET /api/sync?excludeDomains=%s`), its response line
by the route Rocket prints and the status (`(sync) GET /api/sync?<data..> => 200 OK`), as
access lines are. An error's text in a message contributes its format (vaultwarden's `{:#?}`
causes: `Can't connect to database, retrying: DieselCon.\\n[CAUSE] BadConnection(%s)`; a
libpq message; Zigbee2MQTT's herdsman errors: `Data request failed with error: '%s' (%d)` and
`Timeout - %s - %s - %s - %s - %s after %sms` are two); a Rust `{:#?}` cause, a libpq hint, a
Node stack, the banner's and the notice's later lines and podman auto-update's table rows
(one write: each row is a journal entry with the prefix again, as vLLM's repeated head) belong
to their event. systemd's lines are labelled as the `systemd` set labels them (`Started %s.`,
`Deactivated successfully.`), podman's events by type and status (`container create`,
`image pull`: what the code passes), a podman pull's progress lines each a write of their
own. CRI-O's `Node configuration value for %s is %v` is one format over a table of names.
Words a branch picks are wording: Authelia's `1FA` / `TOTP` (`regulation.AuthType1FA`, passed
from the call site), Zigbee2MQTT's ` ≈ %s minutes remaining` suffix.

Sources: written from the helper's knowledge of each program's source and of real logs seen in
issues, not checked against copies in this session. Least sure: Vaultwarden's error variant
names (`Req`, `DieselCon`), whether Rocket prints a route's rank (`[2]`) and the guard
warning's target (`module::_`), `Accepting Rocket WS connection from`; Authelia 4.38's
deprecation wording, the session and user-detail error messages, fasthttp's error messages
and the debug lines; whether conmon logs a main container's exit to syslog under podman,
podman 4.9's event attribute order and whether healthcheck units log at info; CRI-O's
`Stopping container ... timed out` wording and which lines carry `id`/`name`; Zigbee2MQTT's
ping and configure failure wording and the missing quote in `Cannot send message`. Run it only
to change the data on purpose: `python bench/heldout/generate_round67.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records, logrus_value, secs
from generate_round53 import Clock
from generate_round55 import at, poisson
from generate_round65 import Out

T0, T_END = at(6, 0, 0), at(12, 0, 0)


def pick_w(r: random.Random, items: list[tuple[object, float]]) -> object:
    """One of `items`' values, chosen by weight."""
    x = r.uniform(0, sum(w for _, w in items))
    for v, w in items:
        x -= w
        if x <= 0:
            return v
    return items[-1][0]


# --------------------------------------------------------------------------------- vaultwarden

VW_BANNER_1 = "/--------------------------------------------------------------------\\\n|                        Starting Vaultwarden                        |"
VW_BANNER_3 = """|--------------------------------------------------------------------|
| This is an *unofficial* Bitwarden implementation, DO NOT use the   |
| official channels to report bugs/features, regardless of client.   |
| Send usage/configuration questions or feature requests to:         |
|   https://github.com/dani-garcia/vaultwarden/discussions or        |
|   https://vaultwarden.discourse.group/                             |
| Report suspected bugs/issues in the software itself at:            |
|   https://github.com/dani-garcia/vaultwarden/issues/new            |
\\--------------------------------------------------------------------/
"""
VW_NOTICE = """[NOTICE] You are using a plain text `ADMIN_TOKEN` which is insecure.
Please generate a secure Argon2 PHC string by using `vaultwarden hash` or `argon2`.
See: https://github.com/dani-garcia/vaultwarden/wiki/Enabling-admin-page#secure-the-admin_token
"""
VW_USERS = [
    "anna.berg",
    "ben.okafor",
    "carla.mendes",
    "david.kim",
    "eva.lindqvist",
    "felix.wagner",
    "grace.liu",
    "hamid.rahimi",
    "ines.garcia",
    "jonas.weber",
    "karin.nilsson",
    "lars.jensen",
    "maria.rossi",
    "nils.hoffmann",
    "olga.petrova",
    "paul.schmidt",
    "quentin.martin",
    "rosa.fischer",
    "sam.taylor",
    "tina.novak",
    "uwe.braun",
    "vera.horvat",
    "wei.zhang",
    "ylva.ek",
    "zoe.clarke",
    "it-admin",
]
VW_DOMAIN = "example-gmbh.de"
VW_ICON_SITES = [
    "github.com",
    "gitlab.com",
    "login.microsoftonline.com",
    "accounts.google.com",
    "www.amazon.de",
    "app.hubspot.com",
    "id.atlassian.com",
    "www.linkedin.com",
    "slack.com",
    "www.datev.de",
    "portal.azure.com",
    "www.paypal.com",
    "aws.amazon.com",
    "www.dropbox.com",
    "zoom.us",
    "figma.com",
    "www.hetzner.com",
    "app.personio.de",
]
VW_INTERNAL = [
    ("nas.office.lan", "192.168.10.5"),
    ("gitlab.corp.internal", "10.0.8.12"),
    ("printer-2og.office.lan", "192.168.10.41"),
    ("unifi.office.lan", "192.168.10.2"),
]
VW_DEAD_SITES = ["intranet.example-gmbh.de", "old-crm.example-gmbh.de", "shop.partner-ag.example"]
VW_DB_HOST = ("vw-db", "172.20.0.2")


def vw_url_debug(host: str, path: str) -> list[str]:
    """url::Url's Debug under `{:#?}`, indented as a field of reqwest::Error."""
    return [
        "    url: Url {",
        '        scheme: "https",',
        "        cannot_be_a_base: false,",
        '        username: "",',
        "        password: None,",
        "        host: Some(",
        "            Domain(",
        f'                "{host}",',
        "            ),",
        "        ),",
        "        port: None,",
        f'        path: "{path}",',
        "        query: None,",
        "        fragment: None,",
        "    },",
    ]


def vaultwarden(r: random.Random) -> list[Log]:
    """Vaultwarden 1.30.5 for a company of 26 (PostgreSQL behind it, SMTP through the office
    relay, `docker logs` of the container), 06:00 to 12:00. The host reboots at 06:00 and the
    database is still starting (the migrations' connection retried). Browser extensions, the
    desktop app and phones refresh their tokens, check the revision date, sync, open the
    notifications hub and fetch icons as people arrive; entries are edited and created (the
    user's other devices sync), organisation events are collected; a few log in with their
    password and TOTP (typos, a wrong code). From 07:41 a host abroad tries passwords against
    the token endpoint for five minutes; the SMTP relay is away from 08:30 to 09:05
    (new-device mails fail); the admin page is used at 09:20; PostgreSQL is restarted for a
    minor upgrade at 10:15 (r2d2's errors, requests failing with 401 and 503 for a minute)."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        if not ctx:
            return ""
        return f"[{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d}][{ctx}][{lvl}] "

    o = Out(1000, ["vw"], head)
    smtp_down, smtp_up = at(8, 30, 10), at(9, 5, 40)
    db_stop, db_refused, db_starting, db_up = (
        at(10, 15, 20),
        at(10, 15, 22),
        at(10, 16, 19),
        at(10, 16, 31),
    )

    def L(
        t: datetime,
        target: str,
        fmt: str,
        *args: object,
        lvl: str = "INFO",
        msg: str | None = None,
    ) -> datetime:
        return o.e("vw", t, fmt, *args, lvl=lvl, ctx=target, msg=msg, proc="vw")

    def plain(t: datetime, fmt: str, text: str) -> datetime:
        return o.e("vw", t, fmt, msg=text, ctx="", proc="vw")

    def db_error(t: datetime) -> str | None:
        """The libpq message a new connection gets at `t` (None: the database is up)."""
        host, ip = VW_DB_HOST
        pre = f'connection to server at "{host}" ({ip}), port 5432 failed: '
        if db_stop <= t < db_refused:
            return pre + "FATAL:  the database system is shutting down\n"
        if db_refused <= t < db_starting:
            return (
                pre
                + "Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n"
            )
        if db_starting <= t < db_up:
            return pre + "FATAL:  the database system is starting up\n"
        return None

    def db_label(err: str) -> str:
        return (
            'connection to server at "%s" (%s), port %s failed: '
            + err.split("failed: ", 1)[1].split("\n")[0]
        )

    # -- start-up: the banner, the config's notices, the migrations' connection retried
    t = at(6, 0, 4) + secs(r, 0.1, 0.5)
    t = plain(t, "/---...---\\ | Starting Vaultwarden |", VW_BANNER_1)
    t = plain(t, "|%s|", f"|{'Version ' + '1.30.5':^68}|")
    t = plain(t, "|---...---| This is an *unofficial* Bitwarden implementation", VW_BANNER_3)
    t = plain(
        t + secs(r, 0.001, 0.01), "[INFO] No .env file found.", "[INFO] No .env file found.\n"
    )
    t = plain(t, "[NOTICE] You are using a plain text `ADMIN_TOKEN` which is insecure.", VW_NOTICE)
    host, ip = VW_DB_HOST
    boot_err = (
        f'connection to server at \\"{host}\\" ({ip}), port 5432 failed: Connection refused\\n'
        "\\tIs the server running on that host and accepting TCP/IP connections?\\n"
    )
    for _ in range(4):
        t = L(
            t + secs(r, 0.02, 0.08),
            "vaultwarden::util",
            "Can't connect to database, retrying: DieselCon.\\n[CAUSE] BadConnection(%s)",
            lvl="WARN",
            msg=f'Can\'t connect to database, retrying: DieselCon.\n[CAUSE] BadConnection(\n    "{boot_err}",\n)',
        )
        t += timedelta(seconds=1)
    L(t + secs(r, 1.2, 2.5), "start", "Rocket has launched from %s", "http://0.0.0.0:80")

    # -- requests
    def request(
        t: datetime,
        method: str,
        label: str,
        path: str,
        fn: str,
        uri: str,
        ok: str = "200 OK",
        needs: str = "Headers",
        module: str = "vaultwarden::api::core::ciphers",
        fmt: str = "",
        before: list[tuple[str, str, str, str]] | None = None,
        took: tuple[float, float] = (0.004, 0.06),
    ) -> tuple[datetime, bool]:
        """One request: the fairing's request line, what the handler logs (`before`: target,
        level, label, text), the response line; while the database is away a request that
        needs it waits for the pool's timeout and fails (`needs`: the guard that gets the
        connection). Returns the response's time and whether it succeeded."""
        t = L(t, "request", f"{method} {label}", msg=f"{method} {path}")
        shown = f"({fn}) {method} {uri}{' ' + fmt if fmt else ''}"
        err = db_error(t) if needs else None
        if err is None and needs and db_stop <= t < db_up:
            err = "pool"
        if err is not None:
            t2 = t + secs(r, 29.9, 30.2)
            if needs == "Headers":
                L(t2, "auth", "Unauthorized Error: %s", "Error getting DB", lvl="ERROR")
                L(
                    t2 + secs(r, 0.0002, 0.001),
                    f"{module}::_",
                    "Request guard `Headers` failed: %s.",
                    msg='Request guard `Headers` failed: "Error getting DB".',
                    lvl="WARN",
                )
                status = "401 Unauthorized"
            else:
                L(
                    t2,
                    f"{module}::_",
                    "Request guard `DbConn` failed: %s.",
                    msg="Request guard `DbConn` failed: ().",
                    lvl="WARN",
                )
                status = "503 Service Unavailable"
            t2 = L(t2 + secs(r, 0.001, 0.003), "response", f"{shown} => {status}")
            return t2, False
        x = t + secs(r, 0.001, 0.004)
        for target, lvl, lab, text in before or []:
            x = L(x + secs(r, 0.001, 0.02), target, lab, msg=text, lvl=lvl)
        x = L(x + secs(r, *took), "response", f"{shown} => {ok}")
        return x, True

    ICON = ("icon_internal", "/icons/<domain>/icon.png")

    def icon(t: datetime, site: str) -> None:
        before = []
        took = (0.002, 0.02)
        if site in dict(VW_INTERNAL):
            before = [
                (
                    "vaultwarden::api::icons",
                    "WARN",
                    "IP %s for domain '%s' is not a global IP!",
                    f"IP {dict(VW_INTERNAL)[site]} for domain '{site}' is not a global IP!",
                )
            ]
        elif site in VW_DEAD_SITES:
            refused = r.random() < 0.5
            cause = (
                [
                    "    source: hyper::Error(",
                    "        Connect,",
                    "        ConnectError(",
                    '            "tcp connect error",',
                    "            Os {",
                    "                code: 111,",
                    "                kind: ConnectionRefused,",
                    '                message: "Connection refused",',
                    "            },",
                    "        ),",
                    "    ),",
                ]
                if refused
                else ["    source: TimedOut,"]
            )
            text = "\n".join(
                [
                    "Unable to download icon: Req.",
                    "[CAUSE] reqwest::Error {",
                    "    kind: Request,",
                    *vw_url_debug(site, "/"),
                    *cause,
                    "}",
                ]
            )
            before = [
                (
                    "vaultwarden::api::icons",
                    "WARN",
                    "Unable to download icon: Req.\\n[CAUSE] %s",
                    text,
                )
            ]
            took = (0.05, 0.3) if refused else (10.0, 10.1)
        request(
            t,
            "GET",
            "/icons/%s/icon.png",
            f"/icons/{site}/icon.png",
            *ICON,
            needs="",
            before=before,
            took=took,
        )

    def sync(t: datetime) -> datetime:
        t, _ = request(
            t,
            "GET",
            "/api/sync?excludeDomains=%s",
            "/api/sync?excludeDomains=true",
            "sync",
            "/api/sync?<data..>",
            took=(0.05, 0.4),
        )
        return t

    def revision(t: datetime) -> tuple[datetime, bool]:
        return request(
            t,
            "GET",
            "/api/accounts/revision-date",
            "/api/accounts/revision-date",
            "revision_date",
            "/api/accounts/revision-date",
            module="vaultwarden::api::core::accounts",
        )

    def refresh(t: datetime) -> tuple[datetime, bool]:
        return request(
            t,
            "POST",
            "/identity/connect/token",
            "/identity/connect/token",
            "login",
            "/identity/connect/token",
            needs="DbConn",
            module="vaultwarden::api::identity",
            took=(0.01, 0.05),
        )

    def hub(t: datetime, ip: str) -> None:
        request(
            t,
            "GET",
            "/notifications/hub?access_token=%s",
            "/notifications/hub?access_token=eyJ0eXAiOiJKV1QiL",
            "websockets_hub",
            "/notifications/hub?<data..>",
            ok="101 Switching Protocols",
            needs="",
            before=[
                (
                    "vaultwarden::api::notifications",
                    "INFO",
                    "Accepting Rocket WS connection from %s",
                    f"Accepting Rocket WS connection from {ip}",
                )
            ],
            took=(0.001, 0.004),
        )

    def config(t: datetime) -> datetime:
        t, _ = request(
            t,
            "GET",
            "/api/config",
            "/api/config",
            "config",
            "/api/config",
            needs="",
            took=(0.001, 0.005),
        )
        return t

    def open_client(t: datetime, ip: str, icons: int) -> datetime:
        """A client unlocked or started: config, a token refresh, the revision date, a sync
        when it changed, the notifications hub, icons for the vault's list."""
        t = config(t) + secs(r, 0.05, 0.3)
        t, ok = refresh(t)
        if not ok:
            return t
        t, ok = revision(t + secs(r, 0.05, 0.3))
        if ok and r.random() < 0.7:
            t = sync(t + secs(r, 0.05, 0.3))
        hub(t + secs(r, 0.1, 0.6), ip)
        for site in r.sample(VW_ICON_SITES, icons):
            icon(t + secs(r, 0.2, 3.0), site)
        return t

    # users: their devices and where they connect from
    office = "203.0.113.10"
    people = {}
    for u in VW_USERS:
        home = f"{r.choice(['84.131', '91.64', '62.226', '178.200'])}.{r.randrange(1, 255)}.{r.randrange(1, 255)}"
        mobile = (
            f"{r.choice(['176.0', '109.43', '95.91'])}.{r.randrange(1, 255)}.{r.randrange(1, 255)}"
        )
        people[u] = {
            "home": r.random() < 0.3,
            "homeip": home,
            "mobile": mobile,
            "devices": r.sample(["browser", "desktop", "browser2"], r.randrange(1, 3)),
            "arrive": at(7, 20) + timedelta(minutes=r.uniform(0, 120)),
            "totp": r.random() < 0.45,
        }
    people["it-admin"]["arrive"] = at(7, 5)

    def where(u: str) -> str:
        return people[u]["homeip"] if people[u]["home"] else office

    # the working day: each device opened on arrival and again after lunch or a lock; access
    # tokens (2 h) refreshed; phones now and then
    for u, p in people.items():
        for _d in p["devices"]:
            a = p["arrive"] + secs(r, 10, 400)
            open_client(a, where(u), r.randrange(1, 5))
            x = a
            while True:
                x += timedelta(minutes=r.uniform(40, 130))
                if x >= T_END:
                    break
                # the vault locked and unlocked: a refresh when the token is old, the revision
                if r.random() < 0.5:
                    x2, ok = refresh(x)
                    if ok:
                        revision(x2 + secs(r, 0.05, 0.3))
                else:
                    x2, ok = revision(x)
                    if ok and r.random() < 0.3:
                        sync(x2 + secs(r, 0.05, 0.3))
                if r.random() < 0.25:
                    hub(x + secs(r, 1, 3), where(u))
        for x in poisson(r, T0 + timedelta(minutes=20), T_END, 3600 * 2.6):
            open_client(x, p["mobile"], r.randrange(0, 3))

    # entries edited and created (the user's other devices sync after the hub's message),
    # deleted now and then
    for x in poisson(r, at(7, 30), T_END, 170):
        u = r.choice(VW_USERS)
        kind = pick_w(r, [("put", 6), ("post", 2.5)])
        if kind == "put":
            cid = uuid4(r)
            t2, ok = request(
                x,
                "PUT",
                "/api/ciphers/%s",
                f"/api/ciphers/{cid}",
                "put_cipher",
                "/api/ciphers/<uuid>",
                took=(0.02, 0.09),
            )
        elif kind == "post":
            t2, ok = request(
                x,
                "POST",
                "/api/ciphers",
                "/api/ciphers",
                "post_ciphers",
                "/api/ciphers",
                took=(0.02, 0.09),
            )
        if ok:
            for _ in range(len(people[u]["devices"]) - 1 + (r.random() < 0.5)):
                sync(t2 + secs(r, 0.3, 2.5))

    # organisation events from the clients
    for x in poisson(r, at(7, 25), T_END, 150):
        request(
            x,
            "POST",
            "/events/collect",
            "/events/collect",
            "post_events_collect",
            "/events/collect",
            fmt="application/json",
            needs="",
            took=(0.005, 0.03),
        )

    # icons of entries opened in the web vault
    for x in poisson(r, at(7, 30), T_END, 420):
        site = pick_w(
            r,
            [(s, 1.0) for s in VW_ICON_SITES]
            + [(s, 0.35) for s, _ in VW_INTERNAL]
            + [(s, 0.18) for s in VW_DEAD_SITES],
        )
        icon(x, str(site))

    # password logins: prelogin, the known-device check, the token (2FA where enabled)
    def new_device_mail(t: datetime, user: str) -> None:
        if not (smtp_down <= t < smtp_up):
            return
        if t < at(8, 52):
            err = "SMTP Connection error: Connection refused (os error 111)"
            lab = "SMTP Connection error: Connection refused (os error %d)"
        else:
            err = "SMTP 4xx error: transient error (421): 4.3.2 Service not available, closing transmission channel"
            lab = "SMTP 4xx error: transient error (%s): 4.3.2 Service not available, closing transmission channel"
        t = L(t, "vaultwarden::mail", lab, msg=err, lvl="ERROR")
        L(
            t + secs(r, 0.0005, 0.002),
            "vaultwarden::api::identity",
            "Error sending new device email: " + lab,
            msg="Error sending new device email: " + err,
            lvl="ERROR",
        )

    def login(t: datetime, user: str, ip: str, outcome: str, totp: bool) -> datetime:
        email = f"{user}@{VW_DOMAIN}"
        t, _ = request(
            t,
            "GET",
            "/api/devices/knowndevice",
            "/api/devices/knowndevice",
            "get_known_device",
            "/api/devices/knowndevice",
            needs="",
        )
        t, _ = request(
            t + secs(r, 0.1, 0.4),
            "POST",
            "/identity/accounts/prelogin",
            "/identity/accounts/prelogin",
            "prelogin",
            "/identity/accounts/prelogin",
            needs="DbConn",
            module="vaultwarden::api::identity",
        )
        tok = (
            "/identity/connect/token",
            "/identity/connect/token",
            "login",
            "/identity/connect/token",
        )
        kw = {"needs": "DbConn", "module": "vaultwarden::api::identity", "took": (0.3, 0.6)}
        t += secs(r, 0.5, 2)
        if outcome == "badpass":
            t, _ = request(
                t,
                "POST",
                *tok,
                ok="400 Bad Request",
                before=[
                    (
                        "vaultwarden::api::identity",
                        "ERROR",
                        "Username or password is incorrect. Try again. IP: %s. Username: %s.",
                        f"Username or password is incorrect. Try again. IP: {ip}. Username: {email}.",
                    )
                ],
                **kw,
            )
            return t
        if totp:
            t, _ = request(
                t,
                "POST",
                *tok,
                ok="400 Bad Request",
                before=[
                    (
                        "vaultwarden::api::identity",
                        "ERROR",
                        "2FA token not provided",
                        "2FA token not provided",
                    )
                ],
                **kw,
            )
            t += secs(r, 6, 25)
            if outcome == "badcode":
                st = (t + secs(r, 0.2, 0.4)).strftime("%Y-%m-%d %H:%M:%S UTC")
                t, _ = request(
                    t,
                    "POST",
                    *tok,
                    ok="400 Bad Request",
                    before=[
                        (
                            "vaultwarden::api::core::two_factor::authenticator",
                            "ERROR",
                            "Invalid TOTP code! Server time: %s IP: %s",
                            f"Invalid TOTP code! Server time: {st} IP: {ip}",
                        )
                    ],
                    **kw,
                )
                t += secs(r, 8, 30)
        t2, ok = request(
            t,
            "POST",
            *tok,
            before=[
                (
                    "vaultwarden::api::identity",
                    "INFO",
                    "User %s logged in successfully. IP: %s",
                    f"User {email} logged in successfully. IP: {ip}",
                )
            ],
            **kw,
        )
        if ok:
            new_device_mail(t2 - secs(r, 0.05, 0.1), user)
            t2 = sync(t2 + secs(r, 0.3, 1))
            hub(t2 + secs(r, 0.2, 1), ip)
        return t2

    logins = poisson(r, at(7, 10), T_END, 900)
    logins += [
        at(8, 33, 40),
        at(8, 41, 5),
        at(8, 57, 30),
        at(9, 2, 10),
    ]  # during the relay's absence
    for x in sorted(logins):
        u = r.choice(VW_USERS)
        out = pick_w(r, [("ok", 8), ("badpass", 2), ("badcode", 1)])
        if out == "badpass":
            x = login(x, u, where(u), "badpass", False) + secs(r, 5, 20)
        login(
            x,
            u,
            where(u),
            "badcode" if out == "badcode" and people[u]["totp"] else "ok",
            people[u]["totp"],
        )

    # a brute force against the token endpoint from abroad, five minutes, until fail2ban bans it
    bad_ip = "185.220.101.47"
    names = [
        "admin",
        "info",
        "office",
        "anna.berg",
        "support",
        "test",
        "it-admin",
        "kontakt",
        "buchhaltung",
    ]
    x = at(7, 41, 12)
    while x < at(7, 46, 30):
        email = f"{r.choice(names)}@{VW_DOMAIN}"
        request(
            x,
            "POST",
            "/identity/connect/token",
            "/identity/connect/token",
            "login",
            "/identity/connect/token",
            ok="400 Bad Request",
            needs="DbConn",
            module="vaultwarden::api::identity",
            before=[
                (
                    "vaultwarden::api::identity",
                    "ERROR",
                    "Username or password is incorrect. Try again. IP: %s. Username: %s.",
                    f"Username or password is incorrect. Try again. IP: {bad_ip}. Username: {email}.",
                )
            ],
            took=(0.3, 0.5),
        )
        x += secs(r, 2.5, 7.5)

    # the admin page: a mistyped token, then the users' overview
    x = at(9, 20, 14)
    adm = (
        "vaultwarden::api::admin",
        "ERROR",
        "Invalid admin token. IP: %s",
        f"Invalid admin token. IP: {office}",
    )
    admin_post = ("POST", "/admin", "/admin", "post_admin_login", "/admin")
    request(x, "GET", "/admin", "/admin", "admin_login", "/admin [2]", needs="")
    request(x + secs(r, 8, 15), *admin_post, ok="401 Unauthorized", needs="", before=[adm])
    x += secs(r, 25, 40)
    request(x, *admin_post, ok="303 See Other", needs="")
    request(x + secs(r, 0.3, 0.6), "GET", "/admin", "/admin", "admin_page", "/admin", needs="")
    x += secs(r, 5, 10)
    for _ in range(4):
        request(
            x,
            "GET",
            "/admin/users/overview",
            "/admin/users/overview",
            "users_overview",
            "/admin/users/overview",
            needs="",
        )
        x += secs(r, 20, 90)

    # the database restarted: r2d2's background connections fail, each with its libpq
    # message (the blank line after it is the message's own newline)
    x = db_stop + secs(r, 0.05, 0.3)
    delay = 0.2
    while x < db_up:
        err = db_error(x)
        assert err is not None
        L(x, "r2d2", db_label(err), msg=err, lvl="ERROR")
        x += timedelta(seconds=delay) + secs(r, 0, 0.05)
        delay = min(delay * 2, 12.8)
    # clients busy while it is away
    for x in poisson(r, db_stop, db_up, 6):
        what = pick_w(r, [("revision", 3), ("refresh", 2), ("sync", 1)])
        if what == "revision":
            revision(x)
        elif what == "refresh":
            refresh(x)
        else:
            sync(x)

    return o.logs(T0, {"vw": "vaultwarden.log"})


# --------------------------------------------------------------------------------- authelia

AU_VERSION = "v4.38.8"
AU_PORTAL = "https://auth.example.com"
AU_APPS = [
    # (host, paths, weight of a user's use)
    (
        "grafana.example.com",
        [
            "/",
            "/d/node-exporter/nodes",
            "/api/search",
            "/api/dashboards/uid/k8s-overview",
            "/api/live/ws",
        ],
        4,
    ),
    (
        "git.example.com",
        ["/", "/explore/repos", "/infra/ansible", "/api/v1/repos/search", "/user/events"],
        5,
    ),
    ("wiki.example.com", ["/", "/en/runbooks/postgres", "/graphql", "/en/onboarding"], 3),
    (
        "nextcloud.example.com",
        [
            "/apps/files/",
            "/ocs/v2.php/apps/notifications/api/v2/notifications",
            "/remote.php/dav/files/",
        ],
        4,
    ),
    ("traefik.example.com", ["/dashboard/", "/api/http/routers"], 0.6),
    ("prometheus.example.com", ["/graph", "/api/v1/query"], 1),
]
AU_USERS = {
    "alice": "admins,dev",
    "bob": "dev",
    "carol": "dev",
    "dmitri": "admins,ops",
    "erin": "staff",
    "farid": "staff",
    "gwen": "ops",
    "hiro": "dev",
    "ivana": "staff",
    "jakob": "staff",
    "kira": "dev",
    "lukas": "staff",
    "mona": "ops",
    "nora": "staff",
}
AU_DEPRECATED = [
    ("jwt_secret", "identity_validation.reset_password.jwt_secret"),
    ("session.domain", "session.cookies"),
    ("authentication_backend.ldap.url", "authentication_backend.ldap.address"),
]
AU_INVALID_GRANT = "The provided authorization grant (e.g., authorization code, resource owner credentials) or refresh token is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client. Token expired. Refresh Token expired at '%s'."
AU_BAD_REDIRECT = "The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed. The 'redirect_uri' parameter does not match any of the OAuth 2.0 Client's pre-registered redirect urls."
AU_INVALID_CLIENT = "Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method). The request was determined to be using 'token_endpoint_auth_method' method 'client_secret_post', however the OAuth 2.0 client registration does not allow this method."


def quote_url(u: str) -> str:
    return (
        u.replace("%", "%25")
        .replace(":", "%3A")
        .replace("/", "%2F")
        .replace("?", "%3F")
        .replace("=", "%3D")
        .replace("&", "%26")
    )


def authelia(r: random.Random) -> list[Log]:
    """Authelia 4.38.8 in front of a small company's tools (Traefik's forward-auth on
    `/api/authz/forward-auth`, LDAP (lldap) for users, Redis for sessions, OpenID Connect for
    Grafana and Gitea), 06:00 to 12:00, the container's stdout. Uptime Kuma checks four
    protected URLs every two minutes without a session (each check refused and redirected),
    bots probe the public hosts, people arrive with expired sessions and log in (typos, wrong
    TOTP codes, a user banned by regulation), single-page apps' calls get 401 after a session
    ends, a non-admin opens the Traefik dashboard. At 07:52 a bot tries `admin` and others on
    the portal until regulation bans them; Redis restarts at 08:40 (sessions unreadable for a
    minute); lldap is upgraded at 09:20 (six minutes of `dial failed`); Grafana's refresh
    tokens expire now and then and a misconfigured client fails authentication; at 10:05 the
    admin restarts Authelia at `log.level: debug` to see why a user is refused, and at 10:21
    back at info."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        return f'time="{t:%Y-%m-%dT%H:%M:%S}Z" level={lvl} msg='

    o = Out(1_000_000, ["a"], head)
    debug_from, debug_to = at(10, 5, 10), at(10, 21, 40)
    redis_down, redis_up = at(8, 40, 12), at(8, 41, 9)
    ldap_down, ldap_up = at(9, 20, 30), at(9, 26, 45)
    restarts = [debug_from, debug_to]

    def free(t: datetime) -> datetime:
        """The instant the Clock will give a call at `t` (Authelia's time is to the second)."""
        while ("a", o.clock.key(t)) in o.clock.used:
            t += timedelta(seconds=1)
        return t

    def A(t: datetime, lvl: str, fmt: str, msg: str, **fields: object) -> datetime:
        if any(x <= t < x + timedelta(seconds=4) for x in restarts):
            t = max(x for x in restarts if x <= t) + timedelta(seconds=4)
        if lvl == "debug" and not (debug_from <= free(t) < debug_to):
            return t
        body = logrus_value(msg) + "".join(
            f" {k}={logrus_value(v)}" for k, v in sorted(fields.items())
        )
        return o.e("a", t, fmt, lvl=lvl, msg=body, proc="a")

    def start(t: datetime, level: str) -> datetime:
        for old, new in AU_DEPRECATED:
            t = A(
                t,
                "warning",
                "Configuration: configuration key '%s' is deprecated in %s and has been replaced by '%s': this has been automatically mapped for you but you will need to adjust your configuration to remove this message",
                f"Configuration: configuration key '{old}' is deprecated in 4.38.0 and has been replaced by '{new}': this has been automatically mapped for you but you will need to adjust your configuration to remove this message",
            )
        t = A(t, "info", "Authelia %s is starting", f"Authelia {AU_VERSION} is starting")
        if t < at(7, 0):  # the network not up yet when the host boots
            t = A(
                t,
                "warning",
                "Error occurred running a startup check",
                "Error occurred running a startup check",
                error=f"could not determine the clock offset: read udp 172.19.0.5:{r.randrange(32768, 60999)}->162.159.200.123:123: i/o timeout",
                provider="ntp",
            )
        t = A(t, "info", "Log severity set to %s", f"Log severity set to {level}")
        for client, policy in [("grafana", "two_factor"), ("gitea", "one_factor")]:
            t = A(
                t,
                "debug",
                "Registering client %s with policy %s (%s)",
                f"Registering client {client} with policy {policy} ({policy})",
            )
        t = A(
            t + secs(r, 0.1, 0.4),
            "info",
            "Storage schema is being checked for updates",
            "Storage schema is being checked for updates",
        )
        t = A(
            t,
            "info",
            "Storage schema is already up to date",
            "Storage schema is already up to date",
        )
        t = A(t + secs(r, 0.1, 0.6), "info", "Startup complete", "Startup complete")
        t = A(
            t,
            "info",
            "Listening for non-TLS connections on '%s' path '%s'",
            "Listening for non-TLS connections on '[::]:9091' path '/'",
            server="main",
            service="server",
        )
        return A(
            t,
            "info",
            "Listening for non-TLS connections on '%s' path '%s'",
            "Listening for non-TLS connections on '[::]:9959' path '/metrics'",
            server="metrics",
            service="server",
        )

    start(at(6, 0, 6), "info")
    start(debug_from, "debug")
    start(debug_to, "info")

    fa = {"method": "GET", "path": "/api/authz/forward-auth"}

    def refused(
        t: datetime, url: str, method: str, ip: str, status: int, user: str = "<anonymous>"
    ) -> datetime:
        rd = f"{AU_PORTAL}/?rd={quote_url(url)}&rm={method}"
        if debug_from <= t < debug_to:
            t = A(
                t,
                "debug",
                "Check authorization of subject %s and object %s (method %s).",
                f"Check authorization of subject username= groups= ip={ip} and object {url} (method {method}).",
                remote_ip=ip,
                **fa,
            )
            t = A(
                t + secs(r, 0.0001, 0.001),
                "debug",
                "Required level for the URL %s is %d",
                f"Required level for the URL {url} is {2 if 'traefik' in url or 'prometheus' in url else 1}",
                remote_ip=ip,
                **fa,
            )
        return A(
            t,
            "info",
            "Access to %s (method %s) is not authorized to user %s, responding with status code %d with location redirect to %s",
            f"Access to {url} (method {method}) is not authorized to user {user}, responding with status code {status} with location redirect to {rd}",
            remote_ip=ip,
            **fa,
        )

    def session_error(t: datetime) -> str | None:
        if redis_down <= t < redis_up:
            return "dial tcp 10.0.4.3:6379: connect: connection refused"
        return None

    def anon(t: datetime, url: str, method: str, ip: str, status: int) -> None:
        err = session_error(t)
        if err:
            t = A(
                t,
                "error",
                "Error occurred while attempting to authenticate a request",
                "Error occurred while attempting to authenticate a request",
                error=err,
                remote_ip=ip,
                **fa,
            )
        refused(t, url, method, ip, status)

    # Uptime Kuma's checks: no session, redirected every time
    kuma = "10.0.2.30"
    for url in [
        "https://grafana.example.com/api/health",
        "https://git.example.com/",
        "https://wiki.example.com/healthz",
        "https://nextcloud.example.com/status.php",
    ]:
        x = T0 + secs(r, 5, 120)
        while x < T_END:
            anon(x, url, "GET", kuma, 302)
            x += secs(r, 119.5, 120.5)

    # bots on the public names
    bot_paths = [
        "/.env",
        "/wp-login.php",
        "/.git/config",
        "/admin/",
        "/api/v1/users",
        "/login",
        "/",
        "/robots.txt",
        "/xmlrpc.php",
        "/actuator/health",
        "/server-status",
        "/owa/auth/logon.aspx",
    ]
    for x in poisson(r, T0, T_END, 55):
        host = r.choice([a[0] for a in AU_APPS])
        ip = f"{r.choice(['45.148', '194.26', '103.251', '87.236', '185.224', '20.171'])}.{r.randrange(1, 255)}.{r.randrange(1, 255)}"
        for _ in range(r.choice([1, 1, 1, 2, 3])):
            method = pick_w(r, [("GET", 9), ("POST", 1), ("HEAD", 1)])
            anon(
                x,
                f"https://{host}{r.choice(bot_paths)}",
                str(method),
                ip,
                302 if method in ("GET", "HEAD") else 303,
            )
            x += secs(r, 0.5, 4)

    office = {u: f"10.0.1.{10 + i * 7}" for i, u in enumerate(AU_USERS)}
    apps = [(a[0], a[1]) for a in AU_APPS]
    weights = [a[2] for a in AU_APPS]

    def app_url() -> str:
        host, paths = r.choices(apps, weights)[0]
        return f"https://{host}{r.choice(paths)}"

    def authorized(t: datetime, user: str, url: str, method: str = "GET") -> None:
        """An authorized request: nothing at info; at debug the subject checked and the level."""
        ip = office[user]
        t = A(
            t,
            "debug",
            "Check authorization of subject %s and object %s (method %s).",
            f"Check authorization of subject username={user} groups={AU_USERS[user]} ip={ip} and object {url} (method {method}).",
            remote_ip=ip,
            **fa,
        )
        A(
            t + secs(r, 0.0001, 0.001),
            "debug",
            "Required level for the URL %s is %d",
            f"Required level for the URL {url} is {2 if 'traefik' in url or 'prometheus' in url else 1}",
            remote_ip=ip,
            **fa,
        )

    regul: dict[str, list[datetime]] = {}
    banned: dict[str, datetime] = {}

    def first_factor(t: datetime, user: str, ip: str, ok: bool, unknown: bool = False) -> bool:
        """A 1FA attempt on the portal: failures logged (with LDAP's error), regulation's bans."""
        f1 = {"method": "POST", "path": "/api/firstfactor", "remote_ip": ip}
        if user in banned and t < banned[user]:
            A(
                t,
                "error",
                "Unsuccessful 1FA authentication attempt by user '%s' and they are banned until %s",
                f"Unsuccessful 1FA authentication attempt by user '{user}' and they are banned until {banned[user]:%-I:%M:%S%p on %b %-d %Y} (+00:00)",
                **f1,
            )
            return False
        if ldap_down <= t < ldap_up:
            A(
                t,
                "error",
                "Unsuccessful 1FA authentication attempt by user '%s'",
                f"Unsuccessful 1FA authentication attempt by user '{user}'",
                error='dial failed with error: LDAP Result Code 200 "Network Error": dial tcp 10.0.4.2:3890: connect: connection refused',
                **f1,
            )
            return False
        if ok:
            t = A(
                t,
                "debug",
                "Mark 1FA authentication attempt made by user '%s'",
                f"Mark 1FA authentication attempt made by user '{user}'",
                **f1,
            )
            A(
                t,
                "debug",
                "Successful 1FA authentication attempt made by user '%s'",
                f"Successful 1FA authentication attempt made by user '{user}'",
                **f1,
            )
            return True
        err = (
            "user not found"
            if unknown
            else 'authentication failed. Cause: LDAP Result Code 49 "Invalid Credentials": '
        )
        A(
            t,
            "error",
            "Unsuccessful 1FA authentication attempt by user '%s'",
            f"Unsuccessful 1FA authentication attempt by user '{user}'",
            error=err,
            **f1,
        )
        regul.setdefault(user, []).append(t)
        recent = [x for x in regul[user] if t - x < timedelta(minutes=2)]
        if len(recent) >= 3:
            banned[user] = t + timedelta(minutes=5)
        return False

    def totp(t: datetime, user: str, ip: str, ok: bool, target: str = "") -> None:
        f2 = {"method": "POST", "path": "/api/secondfactor/totp", "remote_ip": ip}
        if ok:
            t = A(
                t,
                "debug",
                "Mark TOTP authentication attempt made by user '%s'",
                f"Mark TOTP authentication attempt made by user '{user}'",
                **f2,
            )
            t = A(
                t,
                "debug",
                "Successful TOTP authentication attempt made by user '%s'",
                f"Successful TOTP authentication attempt made by user '{user}'",
                **f2,
            )
            if target:
                A(
                    t,
                    "debug",
                    "Redirection URL %s is safe",
                    f"Redirection URL {target} is safe",
                    **f2,
                )
            return
        A(
            t,
            "error",
            "Unsuccessful TOTP authentication attempt by user '%s'",
            f"Unsuccessful TOTP authentication attempt by user '{user}'",
            **f2,
        )

    def session(t0: datetime, user: str, end: datetime) -> None:
        """A user's morning: the first request redirected, a login, then browsing (debug only);
        a single-page app's calls refused once the session is gone."""
        ip = office[user]
        url = app_url()
        t = refused(t0, url, "GET", ip, 302)
        t += secs(r, 3, 12)
        for _ in range(6):
            if first_factor(t, user, ip, r.random() > 0.12):
                break
            t += secs(r, 4, 15)
            if ldap_down <= t < ldap_up:
                t += secs(r, 30, 90)
        else:
            return
        t += secs(r, 5, 15)
        if r.random() < 0.25:
            totp(t, user, ip, False)
            t += secs(r, 8, 20)
        totp(t, user, ip, True, url)
        x = t
        while x < end:
            x += secs(r, 10, 100) if debug_from <= x < debug_to else secs(r, 2, 240)
            if debug_from <= x < debug_to:
                authorized(x, user, app_url())
                for _ in range(r.randrange(0, 2)):
                    authorized(x + secs(r, 0.05, 1.5), user, app_url())
            err = session_error(x)
            if err:
                A(
                    x,
                    "error",
                    "Error occurred while attempting to authenticate a request",
                    "Error occurred while attempting to authenticate a request",
                    error=err,
                    remote_ip=ip,
                    **fa,
                )
                refused(x, app_url(), "GET", ip, 401)
                x = redis_up + secs(r, 5, 60)
        # the tab left open: its API calls refused after the session expired
        for _ in range(r.randrange(1, 6)):
            x += secs(r, 20, 400)
            if x >= T_END:
                break
            host = r.choice(["grafana.example.com", "nextcloud.example.com", "git.example.com"])
            path = {
                "grafana.example.com": "/api/live/ws",
                "nextcloud.example.com": "/ocs/v2.php/apps/notifications/api/v2/notifications",
                "git.example.com": "/user/events",
            }[host]
            refused(x, f"https://{host}{path}", "GET", ip, 401)

    for u in AU_USERS:
        s0 = at(7, 15) + timedelta(minutes=r.uniform(0, 100))
        session(s0, u, s0 + timedelta(minutes=r.uniform(60, 150)))
        if r.random() < 0.8:
            s1 = at(9, 50) + timedelta(minutes=r.uniform(0, 90))
            session(s1, u, min(T_END, s1 + timedelta(minutes=r.uniform(40, 120))))
    # someone locked out by their own typos
    x = at(8, 12, 40)
    for _ in range(5):
        first_factor(x, "ivana", office["ivana"], False)
        x += secs(r, 8, 25)
    # logins during the LDAP upgrade
    for x in poisson(r, ldap_down, ldap_up, 45):
        first_factor(x, r.choice(list(AU_USERS)), office[r.choice(list(AU_USERS))], True)
    # a phone with a drifting clock: its codes refused until regulation bans the user
    x = at(9, 2, 11)
    ip = office["gwen"]
    refused(x, app_url(), "GET", ip, 302)
    first_factor(x + secs(r, 6, 10), "gwen", ip, True)
    x += secs(r, 20, 30)
    for _ in range(3):
        totp(x, "gwen", ip, False)
        x += secs(r, 10, 25)
    A(
        x,
        "error",
        "Unsuccessful TOTP authentication attempt by user '%s' and they are banned until %s",
        f"Unsuccessful TOTP authentication attempt by user 'gwen' and they are banned until {x + timedelta(minutes=5):%-I:%M:%S%p on %b %-d %Y} (+00:00)",
        method="POST",
        path="/api/secondfactor/totp",
        remote_ip=ip,
    )
    # a bot on the portal: unknown users, then banned
    bot = "193.42.33.18"
    x = at(7, 52, 3)
    for _ in range(26):
        first_factor(
            x,
            r.choice(["admin", "root", "administrator", "test", "alice"]),
            bot,
            False,
            unknown=True,
        )
        x += secs(r, 6, 14)
    # a non-admin on the Traefik dashboard
    for x in poisson(r, at(7, 30), T_END, 2400):
        u = r.choice(["erin", "farid", "ivana", "jakob"])
        A(
            x,
            "info",
            "Access to %s (method %s) is forbidden to user %s",
            f"Access to https://traefik.example.com/dashboard/ (method GET) is forbidden to user {u}",
            remote_ip=office[u],
            **fa,
        )
    # OpenID Connect: Grafana's and Gitea's token requests
    for x in poisson(r, at(7, 0), T_END, 900):
        t = A(
            x,
            "debug",
            "Access Request with id '%s' on client with id '%s' is being processed",
            f"Access Request with id '{uuid4(r)}' on client with id 'grafana' is being processed",
            method="POST",
            path="/api/oidc/token",
            remote_ip="10.0.2.21",
        )
        if r.random() < 0.35:
            exp = x - timedelta(minutes=r.uniform(5, 200))
            A(
                t,
                "error",
                "Access Request failed with error: " + AU_INVALID_GRANT,
                "Access Request failed with error: "
                + AU_INVALID_GRANT % f"{exp:%Y-%m-%d %H:%M:%S} +0000 UTC",
                method="POST",
                path="/api/oidc/token",
                remote_ip="10.0.2.21",
            )
        else:
            A(
                t + secs(r, 0.01, 0.05),
                "debug",
                "Access Request with id '%s' on client with id '%s' has successfully been processed",
                f"Access Request with id '{uuid4(r)}' on client with id 'grafana' has successfully been processed",
                method="POST",
                path="/api/oidc/token",
                remote_ip="10.0.2.21",
            )
    for x in poisson(r, at(9, 40), at(10, 50), 700):
        A(
            x,
            "error",
            "Access Request failed with error: " + AU_INVALID_CLIENT,
            "Access Request failed with error: " + AU_INVALID_CLIENT,
            method="POST",
            path="/api/oidc/token",
            remote_ip="10.0.2.22",
        )
    for x in poisson(r, debug_from, debug_to, 90):
        u = r.choice(list(AU_USERS))
        rid, client = uuid4(r), r.choice(["grafana", "gitea"])
        A(
            x,
            "debug",
            "Authorization Request with id '%s' on client with id '%s' is being processed",
            f"Authorization Request with id '{rid}' on client with id '{client}' is being processed",
            method="GET",
            path="/api/oidc/authorization",
            remote_ip=office[u],
        )
        A(
            x + secs(r, 0.005, 0.05),
            "debug",
            "Authorization Request with id '%s' on client with id '%s' was successfully processed, proceeding to build Authorization Response",
            f"Authorization Request with id '{rid}' on client with id '{client}' was successfully processed, proceeding to build Authorization Response",
            method="GET",
            path="/api/oidc/authorization",
            remote_ip=office[u],
        )
    # fasthttp's errors: a browser's cookies too large for the read buffer, idle reads
    for x in [at(7, 48, 10), at(7, 48, 31), at(11, 2, 5)]:
        A(
            x,
            "error",
            "Request from client exceeded the server buffer sizes.",
            "Request from client exceeded the server buffer sizes.",
            error='error when reading request headers: small read buffer. Increase ReadBufferSize. Buffer size=4096, contents: "GET /api/authz/forward-auth HTTP/1.1\\r\\nHost: auth.example.com\\r\\nUser-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36\\r\\nAccept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8\\r\\nX-Forwarded-For: 10.0.1.31\\r\\nX-Forwarded-Host: wiki.example.com\\r\\nX-Forwarded-Method: GET\\r\\nX-Forwarded-Proto: https\\r\\nX-Forwarded-Uri: /en/runbooks/postgres\\r\\nCookie: authelia_session=..."...',
            method="GET",
            path="/api/authz/forward-auth",
            remote_ip="10.0.1.31",
            status_code=431,
        )
    for x in poisson(r, T0, T_END, 3000):
        A(
            x,
            "error",
            "Request timeout occurred while handling request from client.",
            "Request timeout occurred while handling request from client.",
            error=f"read tcp 172.19.0.5:9091->172.19.0.2:{r.randrange(40000, 60000)}: i/o timeout",
            method="GET",
            path="/api/authz/forward-auth",
            remote_ip="172.19.0.2",
            status_code=408,
        )
    # the users' details refreshed (refresh_interval 5m) while LDAP is away
    for u in r.sample(list(AU_USERS), 6):
        x = ldap_down + secs(r, 10, 350)
        A(
            x,
            "error",
            "Error occurred while attempting to update user details for user '%s'",
            f"Error occurred while attempting to update user details for user '{u}'",
            error='unable to create client: dial failed with error: LDAP Result Code 200 "Network Error": dial tcp 10.0.4.2:3890: connect: connection refused',
            remote_ip=office[u],
            **fa,
        )
    # the portal's state while Redis is away
    for x in poisson(r, redis_down, redis_up, 8):
        ip = r.choice(list(office.values()))
        A(
            x,
            "error",
            "Error occurred retrieving user session",
            "Error occurred retrieving user session",
            error=session_error(x),
            method="GET",
            path="/api/state",
            remote_ip=ip,
        )
    # the users the admin watches at debug: logging in again, one refused the dashboard
    for u, x in [("farid", at(10, 7, 30)), ("erin", at(10, 11, 5)), ("hiro", at(10, 14, 40))]:
        ip = office[u]
        url = "https://traefik.example.com/dashboard/" if u != "hiro" else app_url()
        x = refused(x, url, "GET", ip, 302) + secs(r, 5, 12)
        first_factor(x, u, ip, True)
        x += secs(r, 6, 14)
        totp(x, u, ip, True, url)
        x += secs(r, 1, 2)
        if u != "hiro":
            for _ in range(2):
                authorized(x, u, url)
                A(
                    x + secs(r, 0.01, 0.3),
                    "info",
                    "Access to %s (method %s) is forbidden to user %s",
                    f"Access to {url} (method GET) is forbidden to user {u}",
                    remote_ip=ip,
                    **fa,
                )
                x += secs(r, 20, 60)
    # a password reset asked for names that do not exist
    for x in [at(8, 3, 51), at(10, 47, 12), at(11, 31, 40)]:
        A(
            x,
            "error",
            "Error occurred getting details for user with username input '%s' which usually indicates they do not exist",
            f"Error occurred getting details for user with username input '{r.choice(['erin.s', 'hiro.tanaka', 'j.weber'])}' which usually indicates they do not exist",
            error="user not found",
            method="POST",
            path="/api/reset-password/identity/start",
            remote_ip=r.choice(list(office.values())),
        )
    # Gitea's redirect URI after its domain changed, until the client's config is fixed
    for x in poisson(r, at(9, 10), at(9, 45), 400):
        A(
            x,
            "error",
            "Authorization Request failed with error: " + AU_BAD_REDIRECT,
            "Authorization Request failed with error: " + AU_BAD_REDIRECT,
            method="GET",
            path="/api/oidc/authorization",
            remote_ip=r.choice(list(office.values())),
        )
    return o.logs(T0, {"a": "authelia.log"})


# --------------------------------------------------------------------------------- podman


class Journal:
    """One host's journal as `journalctl` prints it (`iso`: `-o short-iso`, systemd 252's
    `+00:00`; `short`: the default `Jun 04 06:00:01`): each entry `time host ident[pid]: text`,
    its later lines (a message written at once) under it with the prefix again. `sec`: the
    Clock of processes whose lines carry no time of their own (systemd, conmon); `fine`: of
    those whose text has its own (podman's events and logrus lines, to the nanosecond)."""

    def __init__(self, host: str, style: str) -> None:
        self.host, self.style = host, style
        self.rec = Records()
        self.sec, self.fine = Clock(1_000_000), Clock(1)

    def prefix(self, t: datetime, ident: str, pid: int) -> str:
        ts = f"{t:%Y-%m-%dT%H:%M:%S}+00:00" if self.style == "iso" else f"{t:%b %d %H:%M:%S}"
        return f"{ts} {self.host} {ident}[{pid}]: "

    def add(
        self,
        t: datetime,
        ident: str,
        pid: int,
        fmt: str,
        text: str,
        fine: bool = False,
        rows: list[str] | None = None,
    ) -> datetime:
        t = (self.fine if fine else self.sec).at((ident, pid), t)
        lines = [self.prefix(t, ident, pid) + x for x in text.split("\n")]
        lines += [self.prefix(t, ident, pid) + x for x in rows or []]
        self.rec.add(t, lines, fmt)
        return t


def go_time(t: datetime, r: random.Random) -> str:
    """Go's time.String() of an instant near `t` (nanoseconds, trailing zeros cut)."""
    frac = f"{t.microsecond:06d}{r.randrange(1000):03d}".rstrip("0")
    return f"{t:%Y-%m-%d %H:%M:%S}{'.' + frac if frac else ''} +0000 UTC"


PM_IMAGES = {
    "web": (
        "docker.io/library/nginx:1.25",
        ["maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>"],
    ),
    "api": (
        "registry.example.com/shop/api:latest",
        [
            "io.containers.autoupdate=registry",
            "org.opencontainers.image.source=https://git.example.com/shop/api",
            "org.opencontainers.image.title=shop-api",
        ],
    ),
    "redis": ("docker.io/library/redis:7.2", []),
    "db": ("docker.io/library/postgres:16", ["io.containers.autoupdate=registry"]),
    "node-exporter": (
        "registry.example.com/mirror/node-exporter:latest",
        [
            "io.containers.autoupdate=registry",
            "maintainer=The Prometheus Authors <prometheus-developers@googlegroups.com>",
        ],
    ),
    "pg-dump": (
        "registry.example.com/ops/pg-dump:latest",
        ["org.opencontainers.image.source=https://git.example.com/ops/pg-dump"],
    ),
}
PM_STORAGE_WARN = 'Failed to decode the keys ["storage.options.override_kernel_check"] from "/etc/containers/storage.conf".'


def podman(r: random.Random) -> list[Log]:
    """Two RHEL 9.4 hosts with Podman 4.9 and containers run by units from `podman generate
    systemd --new` (`--cgroups=no-conmon --rm --sdnotify=conmon --replace -d`), 06:00 to
    12:00, both rebooted for patches at 06:00. app1 runs web (nginx, a healthcheck every 3
    minutes), api (the shop's image, auto-updated, a healthcheck every 2 minutes) and redis;
    app2 runs db (PostgreSQL, a healthcheck every 2 minutes), node-exporter and a pg-dump job
    every half hour (a oneshot unit running the container attached), and its podman warns
    about storage.conf on every invocation. `podman auto-update` runs hourly. At 08:20 redis
    is OOM-killed and restarted (api's healthcheck fails twice); at 09:28 db is restarted and
    needs SIGKILL, the 09:30 dump fails; at 10:00 auto-update pulls a broken api image, which
    crash-loops until systemd gives up, and it is tagged back at 10:13; at 11:02 the registry
    refuses connections (app2's auto-update fails after its retries)."""
    hosts = {"app1": Journal("app1", "iso"), "app2": Journal("app2", "short")}
    pid_next = {"app1": 1800, "app2": 1700}
    live: dict[tuple[str, str], dict[str, object]] = {}
    redis_oom = at(8, 20, 41)
    db_restart = at(9, 28, 5)
    bad_update, rollback = at(10, 0, 0), at(10, 13, 20)
    registry_down, registry_up = at(11, 2), at(11, 9)
    image_ids = {n: hexid(r, 64) for n in PM_IMAGES}
    new_api = hexid(r, 64)

    def npid(h: str) -> int:
        pid_next[h] += r.randrange(3, 60)
        return pid_next[h]

    def sd(h: str, t: datetime, fmt: str, text: str) -> datetime:
        return hosts[h].add(t, "systemd", 1, fmt, text)

    def pm(
        h: str, t: datetime, pid: int, fmt: str, text: str, rows: list[str] | None = None
    ) -> datetime:
        return hosts[h].add(t, "podman", pid, fmt, text, fine=True, rows=rows)

    def warn(h: str, t: datetime, pid: int, fmt: str, msg: str) -> datetime:
        return pm(
            h, t, pid, fmt, f'time="{t:%Y-%m-%dT%H:%M:%S}Z" level=warning msg={logrus_value(msg)}'
        )

    def invocation(h: str, t: datetime) -> tuple[int, datetime]:
        """A podman process started at `t` (on app2 its storage.conf warning first)."""
        pid = npid(h)
        if h == "app2":
            t = warn(h, t + secs(r, 0.01, 0.03), pid, PM_STORAGE_WARN, PM_STORAGE_WARN)
        return pid, t

    def event(
        h: str, t: datetime, pid: int, since: datetime, status: str, name: str, health: str = ""
    ) -> datetime:
        c = live[(h, name)]
        _image, labels = PM_IMAGES[name]
        attrs = [f"PODMAN_SYSTEMD_UNIT={c['unit']}", *labels]
        r.shuffle(attrs)  # Go's map order
        hs = f", health_status={health}" if health else ""
        ev_t = t + secs(r, 0.0001, 0.002)
        mono = (ev_t - since).total_seconds() + r.uniform(0.01, 0.03)
        text = f"{go_time(ev_t, r)} m=+{mono:.9f} container {status} {c['id']} (image={c['image']}, name={name}{hs}{', ' if attrs else ''}{', '.join(attrs)})"
        return pm(h, t, pid, f"container {status}", text)

    def unit_of(name: str) -> tuple[str, str]:
        if name == "pg-dump":
            return "pg-dump.service", "PostgreSQL dump to object storage"
        return f"container-{name}.service", f"Podman container-{name}.service"

    def label(u: tuple[str, str]) -> str:
        return f"{u[0]} - {u[1]}"

    HC = {"web": 180, "api": 120, "db": 120}

    def run(
        h: str, t: datetime, name: str, image_id: str | None = None, crash: float = 0
    ) -> datetime:
        """A unit starting its container (`podman run -d`); `crash`: seconds until it exits 1."""
        u = unit_of(name)
        t = sd(h, t, "Starting %s...", f"Starting {label(u)}...")
        since = t + secs(r, 0.01, 0.05)
        pid, t = invocation(h, since)
        cid = hexid(r, 64)
        live[(h, name)] = {
            "id": cid,
            "unit": u[0],
            "image": PM_IMAGES[name][0],
            "hc": f"{cid}-{hexid(r, 16)}" if name in HC else "",
            "pid": npid(h),
            "conmon": npid(h),
            "started": None,
        }
        c = live[(h, name)]
        t = event(h, t + secs(r, 0.05, 0.2), pid, since, "create", name)
        t = event(h, t + secs(r, 0.02, 0.1), pid, since, "init", name)
        sd(
            h,
            t + secs(r, 0.01, 0.05),
            "Started %s.",
            f"Started libpod-{cid}.scope - libcrun container.",
        )
        t = event(h, t + secs(r, 0.05, 0.15), pid, since, "start", name)
        if c["hc"]:
            sd(
                h,
                t + secs(r, 0.01, 0.05),
                "Started %s.",
                f"Started {c['hc']}.timer - /usr/bin/podman healthcheck run {cid}.",
            )
        t = pm(h, t + secs(r, 0.005, 0.02), pid, "%s", cid)
        t = sd(h, t + secs(r, 0.005, 0.03), "Started %s.", f"Started {label(u)}.")
        c["started"] = t
        if crash:
            t = exited(h, t + timedelta(seconds=crash), name, 1)
        return t

    def scope_end(h: str, t: datetime, cid: str, oom: bool = False) -> datetime:
        if oom:
            t = sd(
                h,
                t,
                "A process of this unit has been killed by the OOM killer.",
                f"libpod-{cid}.scope: A process of this unit has been killed by the OOM killer.",
            )
            t = sd(
                h,
                t,
                "Failed with result '%s'.",
                f"libpod-{cid}.scope: Failed with result 'oom-kill'.",
            )
        else:
            t = sd(
                h, t, "Deactivated successfully.", f"libpod-{cid}.scope: Deactivated successfully."
            )
        return sd(
            h,
            t,
            "Consumed %s CPU time.",
            f"libpod-{cid}.scope: Consumed {r.uniform(0.2, 90):.3f}s CPU time.",
        )

    def conmon(h: str, t: datetime, c: dict[str, object], status: int) -> datetime:
        cid = str(c["id"])
        return hosts[
            h
        ].add(
            t,
            "conmon",
            int(c["conmon"]),  # type: ignore[call-overload]
            "conmon %.20s <ninfo>: container %d exited with status %d",
            f"conmon {cid[:20]} <ninfo>: container {c['pid']} exited with status {status}",
        )

    def hc_timer_end(h: str, t: datetime, c: dict[str, object]) -> datetime:
        if not c["hc"]:
            return t
        t = sd(h, t, "Deactivated successfully.", f"{c['hc']}.timer: Deactivated successfully.")
        return sd(
            h,
            t,
            "Stopped %s.",
            f"Stopped {c['hc']}.timer - /usr/bin/podman healthcheck run {c['id']}.",
        )

    def exited(h: str, t: datetime, name: str, status: int, oom: bool = False) -> datetime:
        """The container exits by itself: conmon, the scope, the cleanup's events, the unit."""
        c = live.pop((h, name))
        u = unit_of(name)
        t = conmon(h, t, c, status)
        scope_end(h, t + secs(r, 0.001, 0.01), str(c["id"]), oom)
        sd(
            h,
            t + secs(r, 0.002, 0.02),
            "Main process exited, code=%s, status=%i/%s",
            f"{u[0]}: Main process exited, code=exited, status={status}/{'FAILURE' if status == 1 else 'n/a'}",
        )
        live[(h, name)] = c
        cpid, x = invocation(h, t + secs(r, 0.01, 0.05))
        x = event(h, x + secs(r, 0.05, 0.15), cpid, x, "died", name)
        x = event(h, x + secs(r, 0.02, 0.1), cpid, x, "remove", name)
        live.pop((h, name))
        hc_timer_end(h, t + secs(r, 0.05, 0.2), c)
        # ExecStop and ExecStopPost find nothing left
        for _ in range(2):
            _, x = invocation(h, x + secs(r, 0.02, 0.08))
        t = sd(
            h,
            x + secs(r, 0.01, 0.05),
            "Failed with result '%s'.",
            f"{u[0]}: Failed with result 'exit-code'.",
        )
        return sd(
            h, t, "Consumed %s CPU time.", f"{u[0]}: Consumed {r.uniform(0.3, 3):.3f}s CPU time."
        )

    def stop(h: str, t: datetime, name: str, needs_kill: bool = False) -> datetime:
        """The unit stopped (`podman stop --ignore -t 10`, then `podman rm -f --ignore`)."""
        c = live[(h, name)]
        u = unit_of(name)
        t = sd(h, t, "Stopping %s...", f"Stopping {label(u)}...")
        since = t + secs(r, 0.01, 0.05)
        pid, x = invocation(h, since)
        x += secs(r, 0.2, 2.5)
        if needs_kill:
            x += timedelta(seconds=10)
            warn(
                h,
                x,
                pid,
                "StopSignal %s failed to stop container %s in %d seconds, resorting to SIGKILL",
                f"StopSignal SIGTERM failed to stop container {name} in 10 seconds, resorting to SIGKILL",
            )
        conmon(h, x + secs(r, 0.01, 0.05), c, 137 if needs_kill else 0)
        scope_end(h, x + secs(r, 0.01, 0.05), str(c["id"]))
        x = event(h, x + secs(r, 0.02, 0.08), pid, since, "died", name)
        x = event(h, x + secs(r, 0.02, 0.08), pid, since, "stop", name)
        x = pm(h, x + secs(r, 0.005, 0.02), pid, "%s", str(c["id"]))
        cpid, y = invocation(h, x + secs(r, 0.01, 0.05))
        event(h, y + secs(r, 0.05, 0.15), cpid, y, "remove", name)
        hc_timer_end(h, x + secs(r, 0.05, 0.2), c)
        live.pop((h, name))
        _, x = invocation(h, x + secs(r, 0.3, 0.6))
        t = sd(
            h,
            x + secs(r, 0.05, 0.2),
            "Deactivated successfully.",
            f"{u[0]}: Deactivated successfully.",
        )
        t = sd(h, t, "Stopped %s.", f"Stopped {label(u)}.")
        return sd(
            h, t, "Consumed %s CPU time.", f"{u[0]}: Consumed {r.uniform(0.3, 3):.3f}s CPU time."
        )

    def healthcheck(h: str, t: datetime, name: str, ok: bool = True) -> None:
        c = live.get((h, name))
        if not c or not c["hc"] or t < c["started"]:  # type: ignore[operator]
            return
        svc = f"{c['hc']}.service"
        t = sd(h, t, "Started %s.", f"Started {svc} - /usr/bin/podman healthcheck run {c['id']}.")
        pid, x = invocation(h, t + secs(r, 0.01, 0.03))
        x = event(
            h,
            x + secs(r, 0.1, 0.4),
            pid,
            x,
            "health_status",
            name,
            "healthy" if ok else "unhealthy",
        )
        if ok:
            sd(
                h,
                x + secs(r, 0.01, 0.05),
                "Deactivated successfully.",
                f"{svc}: Deactivated successfully.",
            )
            return
        x = pm(h, x + secs(r, 0.001, 0.01), pid, "unhealthy", "unhealthy")
        x = sd(
            h,
            x + secs(r, 0.01, 0.05),
            "Main process exited, code=%s, status=%i/%s",
            f"{svc}: Main process exited, code=exited, status=1/FAILURE",
        )
        sd(h, x, "Failed with result '%s'.", f"{svc}: Failed with result 'exit-code'.")

    def pull(h: str, t: datetime, pid: int, since: datetime, image: str, iid: str) -> datetime:
        t = pm(h, t, pid, "Trying to pull %s...", f"Trying to pull {image}...")
        t = pm(
            h,
            t + secs(r, 0.3, 0.8),
            pid,
            "Getting image source signatures",
            "Getting image source signatures",
        )
        for _ in range(r.randrange(1, 4)):
            t = pm(
                h,
                t + secs(r, 0.05, 0.3),
                pid,
                "Copying blob %s",
                f"Copying blob sha256:{hexid(r, 64)}",
            )
        t = pm(h, t + secs(r, 0.5, 4), pid, "Copying config %s", f"Copying config sha256:{iid}")
        t = pm(
            h,
            t + secs(r, 0.05, 0.2),
            pid,
            "Writing manifest to image destination",
            "Writing manifest to image destination",
        )
        ev = t + secs(r, 0.01, 0.05)
        return pm(
            h,
            ev,
            pid,
            "image pull",
            f"{go_time(ev, r)} m=+{(ev - since).total_seconds():.9f} image pull {iid} {image}",
        )

    def auto_update(h: str, t: datetime) -> None:
        """The hourly `podman auto-update`: its table of the units it checked."""
        u = ("podman-auto-update.service", "Podman auto-update service")
        t = sd(h, t, "Starting %s...", f"Starting {label(u)}...")
        since = t + secs(r, 0.01, 0.05)
        pid, x = invocation(h, since)
        names = ["api"] if h == "app1" else ["db", "node-exporter"]
        updated = {n: "false" for n in names}
        ids = {n: str(live[(h, n)]["id"])[:12] if (h, n) in live else hexid(r, 12) for n in names}
        err = ""
        if h == "app1" and bad_update <= t < bad_update + timedelta(minutes=1):
            x = pull(h, x + secs(r, 0.4, 1.2), pid, since, PM_IMAGES["api"][0], new_api)
            updated["api"] = "true"
            restart_api(x + secs(r, 0.2, 0.5))
            x += secs(r, 9, 12)
        elif registry_down <= t < registry_up:
            cid = str(live[(h, "node-exporter")]["id"])
            detail = f'initializing source docker://{PM_IMAGES["node-exporter"][0]}: pinging container registry registry.example.com: Get "https://registry.example.com/v2/": dial tcp 10.0.3.9:443: connect: connection refused'
            for n, d in enumerate([1, 2, 4], 1):
                x = warn(
                    h,
                    x + secs(r, 0.01, 0.05),
                    pid,
                    'Failed, retrying in %s ... (%d/%d). Error: initializing source %s: pinging container registry %s: Get "%s": dial tcp %s: connect: connection refused',
                    f"Failed, retrying in {d}s ... ({n}/3). Error: {detail}",
                )
                x += timedelta(seconds=d)
            names = ["db"]
            err = f"Error: checking image updates for container {cid}: {detail}"
        else:
            x += secs(r, 0.8, 2.5)
        rows = []
        for n in names:
            rows.append((unit_of(n)[0], f"{ids[n]} ({n})", PM_IMAGES[n][0], "registry", updated[n]))
        w = [
            max(len(a), len(b))
            for a, b in zip(
                ("UNIT", "CONTAINER", "IMAGE", "POLICY", "UPDATED"), rows[0], strict=True
            )
        ]
        for row in rows:
            w = [max(a, len(b)) for a, b in zip(w, row, strict=True)]
        fmt_row = lambda cols: "  ".join(c.ljust(n) for c, n in zip(cols, w, strict=True)).rstrip()  # noqa: E731
        x = pm(
            h,
            x + secs(r, 0.01, 0.05),
            pid,
            "UNIT  CONTAINER  IMAGE  POLICY  UPDATED",
            fmt_row(("UNIT", "CONTAINER", "IMAGE", "POLICY", "UPDATED")),
            rows=[fmt_row(row) for row in rows],
        )
        if err:
            x = pm(
                h,
                x + secs(r, 0.001, 0.01),
                pid,
                'Error: checking image updates for container %s: initializing source %s: pinging container registry %s: Get "%s": dial tcp %s: connect: connection refused',
                err,
            )
            x = sd(
                h,
                x + secs(r, 0.01, 0.05),
                "Main process exited, code=%s, status=%i/%s",
                f"{u[0]}: Main process exited, code=exited, status=125/n/a",
            )
            x = sd(h, x, "Failed with result '%s'.", f"{u[0]}: Failed with result 'exit-code'.")
            x = sd(h, x, "Failed to start %s.", f"Failed to start {label(u)}.")
        else:
            x = sd(
                h,
                x + secs(r, 0.01, 0.05),
                "Deactivated successfully.",
                f"{u[0]}: Deactivated successfully.",
            )
            x = sd(h, x, "Finished %s.", f"Finished {label(u)}.")
        sd(h, x, "Consumed %s CPU time.", f"{u[0]}: Consumed {r.uniform(0.2, 1.5):.3f}s CPU time.")

    def restart_api(t: datetime) -> None:
        """auto-update restarts api on the new image; it exits at once, systemd restarts it
        until the start limit; the admin tags the old image back and starts it."""
        t = stop("app1", t, "api")
        u = unit_of("api")
        for n in range(1, 7):
            t = run("app1", t + secs(r, 0.05, 0.15), "api", crash=r.uniform(0.25, 0.45))
            if n == 6:
                break
            t = sd(
                "app1",
                t + secs(r, 0.1, 0.12),
                "Scheduled restart job, restart counter is at %u.",
                f"{u[0]}: Scheduled restart job, restart counter is at {n}.",
            )
            t = sd("app1", t, "Stopped %s.", f"Stopped {label(u)}.")
        t = sd(
            "app1",
            t + secs(r, 0.1, 0.12),
            "Scheduled restart job, restart counter is at %u.",
            f"{u[0]}: Scheduled restart job, restart counter is at 6.",
        )
        t = sd("app1", t, "Stopped %s.", f"Stopped {label(u)}.")
        t = sd(
            "app1",
            t,
            "Start request repeated too quickly.",
            f"{u[0]}: Start request repeated too quickly.",
        )
        t = sd("app1", t, "Failed with result '%s'.", f"{u[0]}: Failed with result 'exit-code'.")
        sd("app1", t, "Failed to start %s.", f"Failed to start {label(u)}.")
        # the admin's `podman tag` and `systemctl start`
        pid = npid("app1")
        ev = rollback + secs(r, 0.05, 0.1)
        pm(
            "app1",
            rollback,
            pid,
            "image tag",
            f"{go_time(ev, r)} m=+{r.uniform(0.05, 0.09):.9f} image tag {image_ids['api']} {PM_IMAGES['api'][0]}",
        )
        run("app1", rollback + secs(r, 8, 15), "api")

    def dump(t: datetime) -> None:
        """pg-dump.service: the container run attached, its one line of output."""
        h, name = "app2", "pg-dump"
        u = unit_of(name)
        t = sd(h, t, "Starting %s...", f"Starting {label(u)}...")
        since = t + secs(r, 0.01, 0.05)
        pid, t = invocation(h, since)
        cid = hexid(r, 64)
        live[(h, name)] = {
            "id": cid,
            "unit": u[0],
            "image": PM_IMAGES[name][0],
            "hc": "",
            "pid": npid(h),
            "conmon": npid(h),
            "started": t,
        }
        c = live[(h, name)]
        t = event(h, t + secs(r, 0.05, 0.2), pid, since, "create", name)
        t = event(h, t + secs(r, 0.02, 0.1), pid, since, "init", name)
        sd(
            h,
            t + secs(r, 0.01, 0.05),
            "Started %s.",
            f"Started libpod-{cid}.scope - libcrun container.",
        )
        t = event(h, t + secs(r, 0.05, 0.15), pid, since, "start", name)
        t = event(h, t + secs(r, 0.001, 0.01), pid, since, "attach", name)
        fail = db_restart <= t < db_restart + timedelta(minutes=3)
        t += secs(r, 0.3, 0.8) if fail else secs(r, 8, 20)
        if fail:
            t = pm(
                h,
                t,
                pid,
                'pg_dump: error: connection to server at "%s", port %s failed: FATAL:  the database system is starting up',
                'pg_dump: error: connection to server at "127.0.0.1", port 5432 failed: FATAL:  the database system is starting up',
            )
        else:
            mb = r.uniform(140, 160)
            t = pm(
                h,
                t,
                pid,
                "%s dump %s: %s MB in %ss -> %s",
                f"{t:%Y-%m-%dT%H:%M:%S}Z dump shop: {mb:.0f} MB in {r.uniform(7, 18):.1f}s -> s3://backups/app2/shop-{t:%Y%m%dT%H%M}.sql.gz",
            )
        status = 1 if fail else 0
        conmon(h, t + secs(r, 0.01, 0.03), c, status)
        scope_end(h, t + secs(r, 0.01, 0.05), cid)
        t = event(h, t + secs(r, 0.05, 0.1), pid, since, "died", name)
        t = event(h, t + secs(r, 0.02, 0.1), pid, since, "remove", name)
        live.pop((h, name))
        if fail:
            t = sd(
                h,
                t + secs(r, 0.01, 0.05),
                "Main process exited, code=%s, status=%i/%s",
                f"{u[0]}: Main process exited, code=exited, status=1/FAILURE",
            )
            t = sd(h, t, "Failed with result '%s'.", f"{u[0]}: Failed with result 'exit-code'.")
            t = sd(h, t, "Failed to start %s.", f"Failed to start {label(u)}.")
        else:
            t = sd(
                h,
                t + secs(r, 0.01, 0.05),
                "Deactivated successfully.",
                f"{u[0]}: Deactivated successfully.",
            )
            t = sd(h, t, "Finished %s.", f"Finished {label(u)}.")
        sd(h, t, "Consumed %s CPU time.", f"{u[0]}: Consumed {r.uniform(1, 4):.3f}s CPU time.")

    # what happens, run in time order (each step sees the containers then running)
    sched: list[tuple[datetime, int, Callable[[], object]]] = []

    def later(t: datetime, fn: Callable[[], object]) -> None:
        sched.append((t, len(sched), fn))

    # boot: the units start their containers
    for h, names in [("app1", ["redis", "api", "web"]), ("app2", ["db", "node-exporter"])]:
        t = at(6, 0, 14) + secs(r, 0, 3)
        for name in names:
            later(t, lambda h=h, t=t, name=name: run(h, t, name))
            t += secs(r, 0.1, 0.6)
    # healthchecks
    for h, name in [("app1", "web"), ("app1", "api"), ("app2", "db")]:
        x = at(6, 0, 20) + timedelta(seconds=HC[name])
        while x < T_END:
            ok = not (
                h == "app1"
                and name == "api"
                and redis_oom + timedelta(seconds=20) <= x < redis_oom + timedelta(seconds=260)
            )
            later(x, lambda h=h, x=x, name=name, ok=ok: healthcheck(h, x, name, ok))
            x += timedelta(seconds=HC[name]) + secs(r, 0.0, 1.2)
    # the hourly auto-update (app2's timer at five past)
    for h in hosts:
        for hour in range(7, 12):
            x = at(hour, 0 if h == "app1" else 5, 0) + secs(r, 0, 25)
            if h == "app1" and hour == 10:
                x = bad_update + secs(r, 0, 5)
            later(x, lambda h=h, x=x: auto_update(h, x))
    # the dumps, every half hour from 06:30
    for half in range(13, 24):
        x = at(half // 2, 30 * (half % 2), 0) + secs(r, 0, 20)
        later(x, lambda x=x: dump(x))

    def oom() -> None:
        """redis OOM-killed at 08:20 and restarted."""
        t = exited("app1", redis_oom, "redis", 137, oom=True)
        u = unit_of("redis")
        t = sd(
            "app1",
            t + secs(r, 0.1, 0.12),
            "Scheduled restart job, restart counter is at %u.",
            f"{u[0]}: Scheduled restart job, restart counter is at 1.",
        )
        t = sd("app1", t, "Stopped %s.", f"Stopped {label(u)}.")
        run("app1", t + secs(r, 0.01, 0.05), "redis")

    def db_maintenance() -> None:
        """db restarted by the admin at 09:28: PostgreSQL's shutdown outlasts the timeout."""
        t = stop("app2", db_restart, "db", needs_kill=True)
        run("app2", t + secs(r, 0.05, 0.2), "db")

    later(redis_oom, oom)
    later(db_restart, db_maintenance)
    for _, _, fn in sorted(sched, key=lambda x: (x[0], x[1])):
        fn()
    # the admin's SSH sessions and dnf's cache (systemd's other lines)
    for h in hosts:
        for n, x in enumerate(poisson(r, at(6, 30), T_END, 3000), 2):
            sd(h, x, "Started %s.", f"Started session-{n}.scope - Session {n} of User admin.")
            sd(
                h,
                x + secs(r, 300, 2400),
                "Deactivated successfully.",
                f"session-{n}.scope: Deactivated successfully.",
            )
        for x in [at(6, 48, 12) + secs(r, 0, 600), at(9, 51, 3) + secs(r, 0, 600)]:
            u = ("dnf-makecache.service", "dnf makecache")
            x = sd(h, x, "Starting %s...", f"Starting {label(u)}...")
            x = sd(
                h,
                x + secs(r, 2, 8),
                "Deactivated successfully.",
                f"{u[0]}: Deactivated successfully.",
            )
            x = sd(h, x, "Finished %s.", f"Finished {label(u)}.")
            sd(h, x, "Consumed %s CPU time.", f"{u[0]}: Consumed {r.uniform(1, 9):.3f}s CPU time.")
    return [
        hosts["app1"].rec.into(Log("app1-journal.log", T0)),
        hosts["app2"].rec.into(Log("app2-journal.log", T0)),
    ]


# --------------------------------------------------------------------------------- crio

CR_CAPS = "CAP_CHOWN, CAP_DAC_OVERRIDE, CAP_FSETID, CAP_FOWNER, CAP_SETGID, CAP_SETUID, CAP_SETPCAP, CAP_NET_BIND_SERVICE, CAP_KILL"
CR_PAUSE = "registry.k8s.io/pause:3.9"
CR_BOOT_CNI = 'plugin type="calico" failed (add): stat /var/lib/calico/nodename: no such file or directory: check that the calico/node container is running and has mounted /var/lib/calico/'
CR_API_CNI = 'plugin type="calico" failed (%s): error getting ClusterInformation: Get "https://10.96.0.1:443/apis/crd.projectcalico.org/v1/clusterinformations/default": dial tcp 10.96.0.1:443: i/o timeout'


def k8s_suffix(r: random.Random, n: int = 5) -> str:
    return "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(n))


def crio(r: random.Random) -> list[Log]:
    """CRI-O 1.30.2 on two Kubernetes 1.30 workers with Calico, 06:00 to 12:00. worker-1
    (its `journalctl -u crio`) is rebooted for a kernel update at 06:00: CRI-O starts, kubelet
    runs the DaemonSets (kube-proxy, calico-node with its init containers, node-exporter) and
    the shop's api and web pods, whose sandboxes fail until calico-node has written its
    nodename. worker-2 (Debian 12's rsyslog) runs api, the queue worker and coredns. A
    CronJob's pod runs every five minutes on one worker or the other (sandbox, image status,
    container, stop, removal three runs later). At 08:30 api is rolled out to 1.9.0 (pulled,
    the old pods stopped and removed); at 09:40 worker-2's calico loses the API server for
    eight minutes (sandboxes fail with `error getting ClusterInformation`, cleaned up and
    retried); the worker crash-loops from 10:30 until its rollback at 11:14; at 11:10 a web
    pod ignores SIGTERM and is killed after its grace period."""
    fmt_head = {
        "worker-1": lambda t: f"{t:%b %d %H:%M:%S} worker-1 crio[{pids['worker-1']}]: ",
        "worker-2": lambda t: (
            f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00 worker-2 crio[{pids['worker-2']}]: "
        ),
    }
    pids = {"worker-1": 1034, "worker-2": 988}
    recs = {"worker-1": Records(), "worker-2": Records()}
    clock = Clock(1)
    calico_ready = at(6, 0, 52)
    api_down, api_up = at(9, 40, 10), at(9, 48, 25)

    def L(
        h: str,
        t: datetime,
        lvl: str,
        fmt: str,
        msg: str,
        req: tuple[str, str] | None = None,
        **fields: object,
    ) -> datetime:
        """One logrus line of CRI-O (`req`: the request's id and gRPC method name)."""
        t = clock.at((h, pids[h]), t)
        if req:
            fields["id"], fields["name"] = req
        body = f'time="{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}{r.randrange(1000):03d}Z" level={lvl} msg={logrus_value(msg)}'
        body += "".join(f" {k}={logrus_value(v)}" for k, v in sorted(fields.items()))
        jt = t + timedelta(microseconds=r.randrange(30, 600))
        recs[h].add(t, [fmt_head[h](jt) + body], fmt)
        return t

    def rq(method: str) -> tuple[str, str]:
        svc = "ImageService" if method in ("ImageStatus", "PullImage") else "RuntimeService"
        return (uuid4(r), f"/runtime.v1.{svc}/{method}")

    def start(h: str, t: datetime) -> datetime:
        t = L(
            h,
            t,
            "info",
            "Starting CRI-O, version: %s, git: %s(%s)",
            f"Starting CRI-O, version: 1.30.2, git: {hexid(r, 40)}(clean)",
        )
        for what in [
            "hugetlb cgroup",
            "pid cgroup",
            "memoryswap cgroup",
            "cgroup v2",
            "systemd CollectMode",
            "systemd AllowedCPUs",
        ]:
            t = L(
                h,
                t + secs(r, 0.0005, 0.004),
                "info",
                "Node configuration value for %s is %v",
                f"Node configuration value for {what} is true",
            )
        t = L(
            h,
            t + secs(r, 0.01, 0.05),
            "info",
            "Using default capabilities: %s",
            f"Using default capabilities: {CR_CAPS}",
        )
        t = L(
            h,
            t + secs(r, 0.001, 0.01),
            "info",
            "Using conmon executable: %s",
            "Using conmon executable: /usr/libexec/crio/conmon",
        )
        t = L(
            h,
            t + secs(r, 0.005, 0.02),
            "info",
            "Conmon does support the --sync option",
            "Conmon does support the --sync option",
        )
        t = L(
            h,
            t,
            "info",
            "Conmon does support the --log-global-size-max option",
            "Conmon does support the --log-global-size-max option",
        )
        t = L(
            h,
            t,
            "info",
            "No seccomp profile specified, using the internal default",
            "No seccomp profile specified, using the internal default",
        )
        t = L(
            h,
            t,
            "info",
            "Installing default AppArmor profile: %v",
            "Installing default AppArmor profile: crio-default",
        )
        t = L(
            h,
            t + secs(r, 0.01, 0.05),
            "info",
            "No blockio config file specified, blockio not configured",
            "No blockio config file specified, blockio not configured",
        )
        t = L(
            h,
            t + secs(r, 0.001, 0.01),
            "info",
            "Using conmon executable: %s",
            "Using conmon executable: /usr/libexec/crio/conmon",
        )
        t = L(
            h,
            t + secs(r, 0.005, 0.02),
            "info",
            "Conmon does support the --sync option",
            "Conmon does support the --sync option",
        )
        t = L(
            h,
            t,
            "info",
            "Conmon does support the --log-global-size-max option",
            "Conmon does support the --log-global-size-max option",
        )
        t = L(
            h,
            t + secs(r, 0.01, 0.04),
            "info",
            "Found CNI network %s (type=%v) at %s",
            "Found CNI network k8s-pod-network (type=calico) at /etc/cni/net.d/10-calico.conflist",
        )
        t = L(
            h,
            t,
            "info",
            "Found CNI network %s (type=%v) at %s",
            "Found CNI network crio (type=bridge) at /etc/cni/net.d/11-crio-ipv4-bridge.conflist",
        )
        t = L(
            h,
            t,
            "info",
            "Updated default CNI network name to %s",
            "Updated default CNI network name to k8s-pod-network",
        )
        t = L(
            h,
            t + secs(r, 0.01, 0.05),
            "warning",
            "Error encountered when checking whether cri-o should wipe containers: %v",
            "Error encountered when checking whether cri-o should wipe containers: open /var/run/crio/version: no such file or directory",
        )
        t = L(
            h,
            t + secs(r, 0.01, 0.05),
            "info",
            "Starting seccomp notifier watcher",
            "Starting seccomp notifier watcher",
        )
        return L(
            h,
            t + secs(r, 0.001, 0.01),
            "info",
            "Registered SIGHUP reload watcher",
            "Registered SIGHUP reload watcher",
        )

    class Pod:
        def __init__(self, ns: str, name: str, host_net: bool = False) -> None:
            self.ns, self.name, self.host_net = ns, name, host_net
            self.uid = uuid4(r)
            self.sid = ""
            self.ctrs: dict[str, str] = {}  # name: container id
            self.attempt = 0

        def k8s_name(self, ctr: str) -> str:
            return f"k8s_{ctr}_{self.name}_{self.ns}_{self.uid}_{self.attempt}"

    def pod_network(h: str, t: datetime, p: Pod, netns: str) -> datetime:
        cg = (
            f"kubepods-besteffort-pod{p.uid.replace('-', '_')}.slice"
            if p.ns == "batch"
            else f"kubepods-burstable-pod{p.uid.replace('-', '_')}.slice"
        )
        return L(
            h,
            t,
            "info",
            "Got pod network %+v",
            f"Got pod network &{{Name:{p.name} Namespace:{p.ns} ID:{p.sid} UID:{p.uid} NetNS:/var/run/netns/{netns} Networks:[] RuntimeConfig:map[k8s-pod-network:{{IP: MAC: PortMappings:[] Bandwidth:<nil> IpRanges:[] CgroupPath:{cg} PodAnnotations:0xc00{hexid(r, 7)}}}] Aliases:map[]}}",
        )

    def cni_error(t: datetime, h: str) -> str | None:
        if h == "worker-1" and t < calico_ready:
            return CR_BOOT_CNI
        if h == "worker-2" and api_down <= t < api_up:
            return CR_API_CNI
        return None

    def sandbox(h: str, t: datetime, p: Pod) -> tuple[datetime, bool]:
        """RunPodSandbox: the network set up by CNI unless the pod is on the host's."""
        req = rq("RunPodSandbox")
        t = L(
            h,
            t,
            "info",
            "Running pod sandbox: %s/%s/POD",
            f"Running pod sandbox: {p.ns}/{p.name}/POD",
            req,
        )
        p.sid = hexid(r, 64)
        netns = uuid4(r)
        if not p.host_net:
            t = pod_network(h, t + secs(r, 0.01, 0.04), p, netns)
            t = L(
                h,
                t + secs(r, 0.0002, 0.002),
                "info",
                'Adding pod %s_%s to CNI network "%s" (type=%v)',
                f'Adding pod {p.ns}_{p.name} to CNI network "k8s-pod-network" (type=calico)',
            )
            err = cni_error(t, h)
            if err:
                t += secs(r, 0.02, 0.1) if err == CR_BOOT_CNI else secs(r, 10, 10.2)
                add = err.replace("(%s)", "(add)")
                lab = 'plugin type="calico" failed (add): ' + (
                    "stat %s: no such file or directory: check that the calico/node container is running and has mounted /var/lib/calico/"
                    if err == CR_BOOT_CNI
                    else 'error getting ClusterInformation: Get "%s": dial tcp %s: i/o timeout'
                )
                t = L(h, t, "error", "Error adding network: " + lab, f"Error adding network: {add}")
                t = L(
                    h,
                    t + secs(r, 0.0001, 0.001),
                    "error",
                    'Error while adding pod to CNI network "%s": ' + lab,
                    f'Error while adding pod to CNI network "k8s-pod-network": {add}',
                )
                t = L(
                    h,
                    t + secs(r, 0.001, 0.005),
                    "info",
                    "runSandbox: cleaning up namespaces after failing to run sandbox %s",
                    f"runSandbox: cleaning up namespaces after failing to run sandbox {p.sid}",
                    req,
                )
                t = pod_network(h, t + secs(r, 0.001, 0.005), p, netns)
                t = L(
                    h,
                    t + secs(r, 0.0002, 0.002),
                    "info",
                    'Deleting pod %s_%s from CNI network "%s" (type=%v)',
                    f'Deleting pod {p.ns}_{p.name} from CNI network "k8s-pod-network" (type=calico)',
                )
                if err != CR_BOOT_CNI:
                    t += secs(r, 10, 10.2)
                    dele = err.replace("(%s)", "(delete)")
                    dlab = lab.replace("(add)", "(delete)")
                    t = L(
                        h,
                        t,
                        "error",
                        "Error deleting network: " + dlab,
                        f"Error deleting network: {dele}",
                    )
                    t = L(
                        h,
                        t + secs(r, 0.0001, 0.001),
                        "error",
                        'Error while removing pod from CNI network "%s": ' + dlab,
                        f'Error while removing pod from CNI network "k8s-pod-network": {dele}',
                    )
                for fmt, text in [
                    (
                        "runSandbox: deleting pod ID %s from idIndex",
                        f"runSandbox: deleting pod ID {p.sid} from idIndex",
                    ),
                    (
                        "runSandbox: removing pod sandbox %s",
                        f"runSandbox: removing pod sandbox {p.sid}",
                    ),
                    (
                        "runSandbox: deleting container ID from idIndex for sandbox %s",
                        f"runSandbox: deleting container ID from idIndex for sandbox {p.sid}",
                    ),
                    (
                        "runSandbox: unmounting shmPath for sandbox %s",
                        f"runSandbox: unmounting shmPath for sandbox {p.sid}",
                    ),
                    (
                        "runSandbox: removing pod sandbox from storage: %s",
                        f"runSandbox: removing pod sandbox from storage: {p.sid}",
                    ),
                    (
                        "runSandbox: releasing container name: %s",
                        f"runSandbox: releasing container name: {p.k8s_name('POD')}",
                    ),
                    (
                        "runSandbox: releasing pod sandbox name: %s",
                        f"runSandbox: releasing pod sandbox name: k8s_{p.name}_{p.ns}_{p.uid}_{p.attempt}",
                    ),
                ]:
                    t = L(h, t + secs(r, 0.0005, 0.01), "info", fmt, text, req)
                p.attempt += 1
                return t, False
            t = pod_network(h, t + secs(r, 0.03, 0.15), p, netns)
            t = L(
                h,
                t + secs(r, 0.0002, 0.002),
                "info",
                "Checking pod %s_%s for CNI network %s (type=%v)",
                f"Checking pod {p.ns}_{p.name} for CNI network k8s-pod-network (type=calico)",
            )
        t = L(
            h,
            t + secs(r, 0.01, 0.06),
            "info",
            "Ran pod sandbox %s with infra container: %s/%s/POD",
            f"Ran pod sandbox {p.sid} with infra container: {p.ns}/{p.name}/POD",
            req,
        )
        return t, True

    image_ids: dict[str, tuple[str, str, int]] = {}
    have: dict[str, set[str]] = {"worker-1": set(), "worker-2": set()}

    def image_status(h: str, t: datetime, image: str) -> tuple[datetime, bool]:
        req = rq("ImageStatus")
        t = L(h, t, "info", "Checking image status: %s", f"Checking image status: {image}", req)
        if image not in have[h]:
            return L(
                h,
                t + secs(r, 0.0002, 0.002),
                "info",
                "Image %s not found",
                f"Image {image} not found",
                req,
            ), False
        iid, dig, size = image_ids.setdefault(
            image, (hexid(r, 64), hexid(r, 64), r.randrange(700_000, 190_000_000))
        )
        repo = image.rsplit(":", 1)[0]
        user = "65535" if "pause" in image else ""
        uid = f"&Int64Value{{Value:{user},}}" if user else "nil"
        t = L(
            h,
            t + secs(r, 0.0002, 0.003),
            "info",
            "Image status: %+v",
            f"Image status: &ImageStatusResponse{{Image:&Image{{Id:{iid},RepoTags:[{image}],RepoDigests:[{repo}@sha256:{dig}],Size_:{size},Uid:{uid},Username:,Spec:&ImageSpec{{Image:,Annotations:map[string]string{{}},UserSpecifiedImage:,RuntimeHandler:,}},Pinned:{'true' if 'pause' in image else 'false'},}},Info:map[string]string{{}},}}",
            req,
        )
        return t, True

    def pull(h: str, t: datetime, image: str) -> datetime:
        req = rq("PullImage")
        t = L(h, t, "info", "Pulling image: %s", f"Pulling image: {image}", req)
        t = L(
            h,
            t + secs(r, 0.01, 0.05),
            "info",
            'Trying to access "%s"',
            f'Trying to access "{image}"',
            req,
        )
        _iid, dig, _size = image_ids.setdefault(
            image, (hexid(r, 64), hexid(r, 64), r.randrange(20_000_000, 190_000_000))
        )
        have[h].add(image)
        return L(
            h,
            t + secs(r, 2, 14),
            "info",
            "Pulled image: %s",
            f"Pulled image: {image.rsplit(':', 1)[0]}@sha256:{dig}",
            req,
        )

    def container(h: str, t: datetime, p: Pod, name: str, image: str, exits: float = 0) -> datetime:
        t, ok = image_status(h, t, image)
        if not ok:
            t = pull(h, t + secs(r, 0.01, 0.05), image)
            t, _ = image_status(h, t + secs(r, 0.01, 0.05), image)
        req = rq("CreateContainer")
        t = L(
            h,
            t + secs(r, 0.005, 0.03),
            "info",
            "Creating container: %s/%s/%s",
            f"Creating container: {p.ns}/{p.name}/{name}",
            req,
        )
        cid = hexid(r, 64)
        old = p.ctrs.get(name)
        p.ctrs[name] = cid
        t = L(
            h,
            t + secs(r, 0.05, 0.4),
            "info",
            "Created container %s: %s/%s/%s",
            f"Created container {cid}: {p.ns}/{p.name}/{name}",
            req,
        )
        req = rq("StartContainer")
        t = L(
            h,
            t + secs(r, 0.005, 0.03),
            "info",
            "Starting container: %s",
            f"Starting container: {cid}",
            req,
        )
        t = L(
            h,
            t + secs(r, 0.02, 0.15),
            "info",
            "Started container",
            "Started container",
            req,
            PID=r.randrange(2000, 60000),
            containerID=cid,
            description=f"{p.ns}/{p.name}/{name}",
            sandboxID=p.sid,
        )
        if old and name in ("worker",):
            remove_container(h, t + secs(r, 0.05, 0.3), p, name, old)
        return t

    def stop_container(
        h: str, t: datetime, p: Pod, name: str, grace: int = 30, stubborn: bool = False
    ) -> datetime:
        cid = p.ctrs[name]
        req = rq("StopContainer")
        t = L(
            h,
            t,
            "info",
            "Stopping container: %s (timeout: %ds)",
            f"Stopping container: {cid} (timeout: {grace}s)",
            req,
        )
        if stubborn:
            t = L(
                h,
                t + timedelta(seconds=grace) + secs(r, 0.001, 0.01),
                "warning",
                "Stopping container %s with stop signal timed out. Killing",
                f"Stopping container {cid} with stop signal timed out. Killing",
                req,
            )
        t += secs(r, 0.05, 1.5)
        return L(
            h,
            t,
            "info",
            "Stopped container %s: %s/%s/%s",
            f"Stopped container {cid}: {p.ns}/{p.name}/{name}",
            req,
        )

    def stop_sandbox(h: str, t: datetime, p: Pod) -> datetime:
        req = rq("StopPodSandbox")
        t = L(h, t, "info", "Stopping pod sandbox: %s", f"Stopping pod sandbox: {p.sid}", req)
        if not p.host_net:
            t = pod_network(h, t + secs(r, 0.005, 0.03), p, uuid4(r))
            t = L(
                h,
                t + secs(r, 0.0002, 0.002),
                "info",
                'Deleting pod %s_%s from CNI network "%s" (type=%v)',
                f'Deleting pod {p.ns}_{p.name} from CNI network "k8s-pod-network" (type=calico)',
            )
        return L(
            h,
            t + secs(r, 0.03, 0.2),
            "info",
            "Stopped pod sandbox: %s",
            f"Stopped pod sandbox: {p.sid}",
            req,
        )

    def already_stopped(h: str, t: datetime, p: Pod) -> datetime:
        return L(
            h,
            t,
            "info",
            "Stopped pod sandbox (already stopped): %s",
            f"Stopped pod sandbox (already stopped): {p.sid}",
            rq("StopPodSandbox"),
        )

    def remove_container(h: str, t: datetime, p: Pod, name: str, cid: str) -> datetime:
        req = rq("RemoveContainer")
        t = L(h, t, "info", "Removing container: %s", f"Removing container: {cid}", req)
        return L(
            h,
            t + secs(r, 0.01, 0.08),
            "info",
            "Removed container %s: %s/%s/%s",
            f"Removed container {cid}: {p.ns}/{p.name}/{name}",
            req,
        )

    def remove_sandbox(h: str, t: datetime, p: Pod) -> datetime:
        req = rq("RemovePodSandbox")
        t = L(h, t, "info", "Removing pod sandbox: %s", f"Removing pod sandbox: {p.sid}", req)
        return L(
            h,
            t + secs(r, 0.01, 0.08),
            "info",
            "Removed pod sandbox: %s",
            f"Removed pod sandbox: {p.sid}",
            req,
        )

    def run_pod(
        h: str,
        t: datetime,
        p: Pod,
        ctrs: list[tuple[str, str, float]],
        init: list[tuple[str, str, float]] | None = None,
    ) -> datetime:
        """A pod started: its sandbox (retried with kubelet's backoff while CNI fails), init
        containers one after another, then its containers."""
        delay = 0.8
        while True:
            t, ok = sandbox(h, t, p)
            if ok:
                break
            t += timedelta(seconds=delay) + secs(r, 0, 1)
            delay = min(delay * 2, 120)
        for name, image, took in init or []:
            t = container(h, t + secs(r, 0.05, 0.2), p, name, image)
            t += timedelta(seconds=took)
        for name, image, _ in ctrs:
            t = container(h, t + secs(r, 0.05, 0.2), p, name, image)
        return t

    def delete_pod(h: str, t: datetime, p: Pod, stubborn: bool = False) -> datetime:
        for name in list(p.ctrs):
            t = stop_container(h, t, p, name, stubborn=stubborn and name == "web")
        t = stop_sandbox(h, t + secs(r, 0.01, 0.1), p)
        for name, cid in list(p.ctrs.items()):
            t = remove_container(h, t + secs(r, 0.2, 1.5), p, name, cid)
        t = already_stopped(h, t + secs(r, 0.05, 0.5), p)
        return remove_sandbox(h, t + secs(r, 0.01, 0.1), p)

    # images already on the nodes
    base = [
        CR_PAUSE,
        "registry.k8s.io/kube-proxy:v1.30.2",
        "docker.io/calico/node:v3.28.0",
        "docker.io/calico/cni:v3.28.0",
        "quay.io/prometheus/node-exporter:v1.8.1",
        "registry.example.com/shop/api:1.8.2",
        "registry.example.com/shop/web:2.4.0",
        "registry.example.com/shop/worker:1.8.2",
        "registry.k8s.io/coredns/coredns:v1.11.1",
        "registry.example.com/batch/report:0.7.1",
    ]
    for h in have:
        have[h].update(base)

    def pod_name(deploy: str, rs: str) -> str:
        return f"{deploy}-{rs}-{k8s_suffix(r)}"

    # worker-1 boots
    h = "worker-1"
    t = start(h, at(6, 0, 3) + secs(r, 0.1, 0.6))
    k = t + secs(r, 4, 7)
    ds = [
        (
            Pod("kube-system", f"kube-proxy-{k8s_suffix(r)}", True),
            [("kube-proxy", "registry.k8s.io/kube-proxy:v1.30.2", 0)],
            None,
        ),
        (
            Pod("kube-system", f"calico-node-{k8s_suffix(r)}", True),
            [("calico-node", "docker.io/calico/node:v3.28.0", 0)],
            [
                ("upgrade-ipam", "docker.io/calico/cni:v3.28.0", 1.2),
                ("install-cni", "docker.io/calico/cni:v3.28.0", 2.1),
                ("mount-bpffs", "docker.io/calico/node:v3.28.0", 0.6),
            ],
        ),
        (
            Pod("monitoring", f"node-exporter-{k8s_suffix(r)}", True),
            [("node-exporter", "quay.io/prometheus/node-exporter:v1.8.1", 0)],
            None,
        ),
    ]
    for p, ctrs, init in ds:
        image_status(h, k, CR_PAUSE)
        run_pod(h, k + secs(r, 0.05, 0.3), p, ctrs, init)
        k += secs(r, 0.2, 0.8)
    api_rs, web_rs, wk_rs = hexid(r, 10)[:10], hexid(r, 10)[:9], hexid(r, 10)[:10]
    pods: dict[str, Pod] = {}
    for key, (deploy, rs, image) in {
        "api1": ("api", api_rs, "registry.example.com/shop/api:1.8.2"),
        "web1": ("web", web_rs, "registry.example.com/shop/web:2.4.0"),
    }.items():
        p = Pod("shop", pod_name(deploy, rs))
        pods[key] = p
        run_pod(h, k + secs(r, 0.1, 0.5), p, [(deploy, image, 0)])

    # worker-2's pods, running since before the log: they enter it when they are replaced
    h = "worker-2"
    for key, (deploy, rs) in {"api2": ("api", api_rs), "worker": ("worker", wk_rs)}.items():
        p = Pod("shop", pod_name(deploy, rs))
        p.sid = hexid(r, 64)
        p.ctrs[deploy] = hexid(r, 64)
        pods[key] = p

    # the CronJob every five minutes; each job's pod removed when three newer jobs exist
    done: list[tuple[str, Pod, datetime]] = []
    for n in range(1, 72):
        x = at(6, 0) + timedelta(minutes=5 * n)
        sched_min = int(x.timestamp()) // 60
        h = r.choice(["worker-1", "worker-2"]) if x > at(6, 3) else "worker-2"
        p = Pod("batch", f"report-gen-{sched_min}-{k8s_suffix(r)}")
        x = run_pod(
            h, x + secs(r, 0.5, 2.5), p, [("report", "registry.example.com/batch/report:0.7.1", 0)]
        )
        x += secs(r, 15, 70)  # the report written, the container exited
        x = stop_sandbox(h, x + secs(r, 0.5, 1.5), p)
        already_stopped(h, x + secs(r, 0.5, 2), p)
        done.append((h, p, x))
        if len(done) > 3:
            h0, p0, _ = done.pop(0)
            y = x + secs(r, 1, 5)
            y = remove_container(h0, y, p0, "report", p0.ctrs["report"])
            remove_sandbox(h0, y + secs(r, 0.01, 0.1), p0)

    # 08:30: api rolled out to 1.9.0, a new pod on each worker, then the old ones deleted
    new_rs = hexid(r, 10)
    for i, (h, old) in enumerate([("worker-1", "api1"), ("worker-2", "api2")]):
        x = at(8, 30, 5) + timedelta(seconds=40 * i) + secs(r, 0, 3)
        p = Pod("shop", pod_name("api", new_rs))
        x = run_pod(h, x, p, [("api", "registry.example.com/shop/api:1.9.0", 0)])
        delete_pod(h, x + secs(r, 8, 15), pods[old])
        pods[old] = p

    # coredns rescheduled on worker-2 during the calico outage: its sandbox retried
    p = Pod("kube-system", pod_name("coredns", hexid(r, 10)))
    run_pod(
        "worker-2", at(9, 41, 2), p, [("coredns", "registry.k8s.io/coredns/coredns:v1.11.1", 0)]
    )

    # 10:30: the worker's new config makes it exit; kubelet restarts it with back-off, until
    # the rollback at 11:14 replaces the pod
    p = pods["worker"]
    x = at(10, 30, 12)
    delete_pod("worker-2", x, p)
    bad = Pod("shop", pod_name("worker", hexid(r, 10)))
    x = run_pod(
        "worker-2",
        x + secs(r, 1, 3),
        bad,
        [("worker", "registry.example.com/shop/worker:1.8.2", 0)],
    )
    backoff = 10
    while x < at(11, 14):
        x += timedelta(seconds=backoff) + secs(r, 2, 6)
        if x >= at(11, 14):
            break
        x = container("worker-2", x, bad, "worker", "registry.example.com/shop/worker:1.8.2")
        backoff = min(backoff * 2, 300)
    x = at(11, 14, 8)
    good = Pod("shop", pod_name("worker", wk_rs))
    x = run_pod("worker-2", x, good, [("worker", "registry.example.com/shop/worker:1.8.2", 0)])
    delete_pod("worker-2", x + secs(r, 3, 8), bad)

    # 11:10: web rolled, the old pod's nginx ignores SIGTERM
    p = Pod("shop", pod_name("web", hexid(r, 9)))
    x = run_pod("worker-1", at(11, 10, 2), p, [("web", "registry.example.com/shop/web:2.4.1", 0)])
    delete_pod("worker-1", x + secs(r, 5, 10), pods["web1"], stubborn=True)

    return [
        recs["worker-1"].into(Log("worker-1.log", T0)),
        recs["worker-2"].into(Log("worker-2.log", T0)),
    ]


# --------------------------------------------------------------------------------- zigbee2mqtt

Z2M_DEVICES = [
    # (friendly name, model, vendor, description, type, kind)
    ("hallway_motion", "RTCGQ11LM", "Aqara", "Motion sensor", "EndDevice", "motion"),
    ("kitchen_motion", "RTCGQ11LM", "Aqara", "Motion sensor", "EndDevice", "motion"),
    ("bathroom_motion", "RTCGQ11LM", "Aqara", "Motion sensor", "EndDevice", "motion"),
    ("stairs_motion", "RTCGQ11LM", "Aqara", "Motion sensor", "EndDevice", "motion"),
    ("front_door", "MCCGQ11LM", "Aqara", "Door and window sensor", "EndDevice", "contact"),
    ("back_door", "MCCGQ11LM", "Aqara", "Door and window sensor", "EndDevice", "contact"),
    ("bedroom_window", "MCCGQ11LM", "Aqara", "Door and window sensor", "EndDevice", "contact"),
    (
        "living_room_climate",
        "WSDCGQ11LM",
        "Aqara",
        "Temperature, humidity and pressure sensor",
        "EndDevice",
        "climate",
    ),
    (
        "bedroom_climate",
        "WSDCGQ11LM",
        "Aqara",
        "Temperature, humidity and pressure sensor",
        "EndDevice",
        "climate",
    ),
    (
        "office_climate",
        "WSDCGQ11LM",
        "Aqara",
        "Temperature, humidity and pressure sensor",
        "EndDevice",
        "climate",
    ),
    (
        "kids_room_climate",
        "WSDCGQ11LM",
        "Aqara",
        "Temperature, humidity and pressure sensor",
        "EndDevice",
        "climate",
    ),
    (
        "basement_climate",
        "WSDCGQ11LM",
        "Aqara",
        "Temperature, humidity and pressure sensor",
        "EndDevice",
        "climate",
    ),
    ("washer_leak", "SJCGQ11LM", "Aqara", "Water leak sensor", "EndDevice", "leak"),
    ("desk_button", "WXKG11LM", "Aqara", "Wireless mini switch", "EndDevice", "button"),
    ("bedroom_remote", "E1743", "IKEA", "TRADFRI ON/OFF switch", "EndDevice", "button"),
    (
        "kitchen_ceiling",
        "LED1732G11",
        "IKEA",
        "TRADFRI LED bulb E27 1000 lumen, dimmable, white spectrum, opal white",
        "Router",
        "bulb",
    ),
    (
        "hallway_light",
        "LED1836G9",
        "IKEA",
        "TRADFRI LED bulb E27 806 lumen, dimmable, warm white",
        "Router",
        "bulb",
    ),
    (
        "stairs_light",
        "LED1836G9",
        "IKEA",
        "TRADFRI LED bulb E27 806 lumen, dimmable, warm white",
        "Router",
        "bulb",
    ),
    (
        "living_room_lamp",
        "9290012573A",
        "Philips",
        "Hue white and color ambiance E26/E27/E14",
        "Router",
        "bulb",
    ),
    (
        "office_lamp",
        "9290012573A",
        "Philips",
        "Hue white and color ambiance E26/E27/E14",
        "Router",
        "bulb",
    ),
    (
        "washing_machine_plug",
        "TS011F_plug_1",
        "TuYa",
        "Smart plug (with power monitoring)",
        "Router",
        "plug",
    ),
    (
        "dishwasher_plug",
        "TS011F_plug_1",
        "TuYa",
        "Smart plug (with power monitoring)",
        "Router",
        "plug",
    ),
    ("server_rack_plug", "SP-EUC01", "Aqara", "Smart plug EU", "Router", "plug"),
    (
        "garage_plug",
        "TS011F_plug_1",
        "TuYa",
        "Smart plug (with power monitoring)",
        "Router",
        "plug",
    ),
    ("living_room_trv", "014G2461", "Danfoss", "Ally thermostat", "EndDevice", "trv"),
    ("bedroom_trv", "014G2461", "Danfoss", "Ally thermostat", "EndDevice", "trv"),
    ("office_trv", "014G2461", "Danfoss", "Ally thermostat", "EndDevice", "trv"),
    ("garden_soil", "TS0601", "", "", "Router", "unsupported"),
]
Z2M_OPTS = '{"timeout":10000,"disableResponse":false,"disableRecovery":false,"disableDefaultResponse":%s,"direction":0,"srcEndpoint":null,"reservedBits":0,"manufacturerCode":null,"transactionSequenceNumber":null,"writeUndiv":false}'
Z2M_HA = {
    "motion": [
        ("binary_sensor", "occupancy", "motion"),
        ("sensor", "illuminance_lux", "illuminance"),
        ("sensor", "battery", "battery"),
    ],
    "contact": [("binary_sensor", "contact", "door"), ("sensor", "battery", "battery")],
    "climate": [
        ("sensor", "temperature", "temperature"),
        ("sensor", "humidity", "humidity"),
        ("sensor", "pressure", "atmospheric_pressure"),
        ("sensor", "battery", "battery"),
    ],
    "leak": [("binary_sensor", "water_leak", "moisture"), ("sensor", "battery", "battery")],
    "button": [("sensor", "action", ""), ("sensor", "battery", "battery")],
    "bulb": [("light", "light", "")],
    "plug": [
        ("switch", "switch", ""),
        ("sensor", "power", "power"),
        ("sensor", "energy", "energy"),
    ],
    "trv": [("climate", "climate", ""), ("sensor", "battery", "battery")],
    "unsupported": [],
}


def js(obj: dict[str, object]) -> str:
    """A JSON payload as Zigbee2MQTT publishes it: keys sorted, no blanks."""
    import json

    return json.dumps(dict(sorted(obj.items())), separators=(",", ":"), ensure_ascii=False)


def zigbee2mqtt(r: random.Random) -> list[Log]:
    """Zigbee2MQTT 1.38.0 in Docker for a house (a network coordinator over TCP, zStack 3.x,
    28 devices, Home Assistant discovery, availability on), 06:00 to 12:00, `docker logs`.
    Sensors report, plugs meter power every minute or two, automations switch lights; a
    Tuya soil sensor nobody supports warns on each message; the garage plug drops off the
    mesh at 07:10 (pings fail, set commands fail with `MAC no ack`) and comes back at 07:48.
    Mosquitto is restarted at 08:45 (38 seconds of `MQTT error: connect ECONNREFUSED`, `Not
    connected to MQTT server!`, `Cannot send message`); the coordinator drops off the LAN at
    09:37 (`SRSP - AF - dataRequest after 6000ms`, `Adapter disconnected, stopping`, two
    failed starts with their stack, the third works); a smart plug is paired at 10:32 (its
    configuration times out once, with its stack); the kitchen bulb's firmware is updated from
    11:00; Wi-Fi interference at 11:40 makes commands fail with `MAC channel access failure`."""

    def head(t: datetime, lvl: str, ctx: str) -> str:
        if ctx == "plain":
            return ""
        return f"Zigbee2MQTT:{lvl:<5} {t:%Y-%m-%d %H:%M:%S}: "

    o = Out(1_000_000, ["z"], head)
    coord = "0x00124b0029a1b2c3"
    ieee = {
        d[0]: "0x"
        + r.choice(
            ["00158d000", "54ef44100", "680ae2fff", "a4c138", "001788010", "000b57fff", "847127fff"]
        )
        + hexid(r, 16)
        for d in Z2M_DEVICES
    }
    ieee = {k: v[:18] for k, v in ieee.items()}
    nwk = {d[0]: r.randrange(1000, 65000) for d in Z2M_DEVICES}
    state: dict[str, dict[str, object]] = {}
    online = {d[0]: True for d in Z2M_DEVICES}
    mqtt_down, mqtt_up = at(8, 45, 10), at(8, 45, 48)
    adapter_lost, adapter_back = at(9, 37, 20), at(9, 38, 25)
    garage_off, garage_on = at(7, 10, 0), at(7, 48, 0)
    wifi_from, wifi_to = at(11, 40), at(11, 47)

    def Z(
        t: datetime, fmt: str, msg: str, lvl: str = "info", cont: list[str] | None = None
    ) -> datetime:
        return o.e("z", t, fmt, lvl=lvl, msg=msg, cont=cont or [], proc="z")

    def publish(t: datetime, topic: str, payload: str) -> datetime:
        if mqtt_down <= t < mqtt_up:
            t = Z(t, "Not connected to MQTT server!", "Not connected to MQTT server!", "error")
            return Z(
                t,
                "Cannot send message: topic: '%s', payload: '%s",
                f"Cannot send message: topic: '{topic}', payload: '{payload}",
                "error",
            )
        return Z(
            t,
            "MQTT publish: topic '%s', payload '%s'",
            f"MQTT publish: topic '{topic}', payload '{payload}'",
        )

    def initial_state(name: str, kind: str) -> dict[str, object]:
        lq = r.randrange(40, 200)
        if kind == "motion":
            return {
                "battery": 100,
                "device_temperature": r.randrange(20, 30),
                "illuminance": 8,
                "illuminance_lux": 8,
                "linkquality": lq,
                "occupancy": False,
                "power_outage_count": r.randrange(3, 40),
                "voltage": r.randrange(2950, 3100),
            }
        if kind == "contact":
            return {
                "battery": r.randrange(60, 100),
                "contact": True,
                "device_temperature": r.randrange(18, 28),
                "linkquality": lq,
                "power_outage_count": r.randrange(3, 40),
                "voltage": r.randrange(2950, 3100),
            }
        if kind == "climate":
            return {
                "battery": r.randrange(50, 100),
                "humidity": round(r.uniform(40, 60), 2),
                "linkquality": lq,
                "power_outage_count": r.randrange(3, 40),
                "pressure": round(r.uniform(1005, 1020), 1),
                "temperature": round(r.uniform(19, 23), 2),
                "voltage": r.randrange(2900, 3100),
            }
        if kind == "leak":
            return {
                "battery": 100,
                "device_temperature": 22,
                "linkquality": lq,
                "power_outage_count": 11,
                "voltage": 3015,
                "water_leak": False,
            }
        if kind == "button":
            return {"action": None, "battery": r.randrange(40, 100), "linkquality": lq}
        if kind == "bulb":
            return {
                "brightness": r.randrange(1, 254),
                "color_mode": "color_temp",
                "color_temp": r.choice([250, 370, 454]),
                "linkquality": lq,
                "state": "OFF",
                "update": {
                    "installed_version": 587814449,
                    "latest_version": 587814449,
                    "state": "idle",
                },
            }
        if kind == "plug":
            return {
                "current": 0.0,
                "energy": round(r.uniform(1, 300), 2),
                "linkquality": lq,
                "power": 0,
                "state": "ON",
                "voltage": r.randrange(228, 236),
            }
        if kind == "trv":
            return {
                "battery": r.randrange(60, 100),
                "linkquality": lq,
                "local_temperature": round(r.uniform(18, 22), 2),
                "occupied_heating_setpoint": 21,
                "pi_heating_demand": r.randrange(0, 60),
                "running_state": "heat",
                "system_mode": "heat",
            }
        return {}

    def ha_config(
        name: str, model: str, vendor: str, desc: str, comp: str, key: str, dclass: str
    ) -> tuple[str, str]:
        obj: dict[str, object] = {
            "availability": [
                {"topic": "zigbee2mqtt/bridge/state", "value_template": "{{ value_json.state }}"},
                {
                    "topic": f"zigbee2mqtt/{name}/availability",
                    "value_template": "{{ value_json.state }}",
                },
            ],
            "availability_mode": "all",
            "device": {
                "identifiers": [f"zigbee2mqtt_{ieee[name]}"],
                "manufacturer": vendor,
                "model": f"{desc} ({model})",
                "name": name,
                "via_device": f"zigbee2mqtt_bridge_{coord}",
            },
            "object_id": f"{name}_{key}" if comp not in ("light", "switch", "climate") else name,
            "origin": {"name": "Zigbee2MQTT", "sw": "1.38.0", "url": "https://www.zigbee2mqtt.io"},
            "state_topic": f"zigbee2mqtt/{name}",
            "unique_id": f"{ieee[name]}_{key}_zigbee2mqtt",
        }
        if dclass:
            obj["device_class"] = dclass
        if comp == "binary_sensor":
            obj["payload_on"], obj["payload_off"] = (
                (False, True) if key == "contact" else (True, False)
            )
            obj["value_template"] = f"{{{{ value_json.{key} }}}}"
        elif comp == "sensor":
            obj["value_template"] = f"{{{{ value_json.{key} }}}}"
            obj["state_class"] = (
                "measurement"
                if key not in ("action", "energy")
                else "total_increasing"
                if key == "energy"
                else None
            )
            if obj["state_class"] is None:
                del obj["state_class"]
        elif comp in ("light", "switch"):
            obj["command_topic"] = f"zigbee2mqtt/{name}/set"
            obj["schema"] = "json" if comp == "light" else None
            if obj["schema"] is None:
                del obj["schema"]
                obj["payload_on"], obj["payload_off"] = "ON", "OFF"
                obj["value_template"] = "{{ value_json.state }}"
            else:
                obj["brightness"] = True
                obj["supported_color_modes"] = ["color_temp"]
        elif comp == "climate":
            obj["current_temperature_topic"] = f"zigbee2mqtt/{name}"
            obj["current_temperature_template"] = "{{ value_json.local_temperature }}"
            obj["modes"] = ["heat"]
        return f"homeassistant/{comp}/{ieee[name]}/{key}/config", js(obj)

    def start(t: datetime, ok: bool = True) -> datetime:
        t = o.e(
            "z",
            t,
            "Using '%s' as data directory",
            ctx="plain",
            msg="Using '/app/data' as data directory",
            proc="z",
        )
        t = Z(
            t + secs(r, 0.3, 0.8),
            "Logging to console and directory: '%s' filename: %s",
            f"Logging to console and directory: '/app/data/log/{t:%Y-%m-%d.%H-%M-%S}' filename: log.txt",
        )
        t = Z(
            t,
            "Starting Zigbee2MQTT version %s (commit #%s)",
            "Starting Zigbee2MQTT version 1.38.0 (commit #2a7f9f3)",
        )
        t = Z(t, "Starting zigbee-herdsman (%s)", "Starting zigbee-herdsman (0.50.1)")
        if not ok:
            t += secs(r, 3, 4)
            t = Z(
                t,
                "Error while starting zigbee-herdsman",
                "Error while starting zigbee-herdsman",
                "error",
            )
            t = Z(t, "Failed to start zigbee", "Failed to start zigbee", "error")
            t = Z(
                t,
                "Check %s for possible solutions",
                "Check https://www.zigbee2mqtt.io/guide/installation/20_zigbee2mqtt-fails-to-start.html for possible solutions",
                "error",
            )
            t = Z(t, "Exiting...", "Exiting...", "error")
            return Z(
                t,
                "Error: connect EHOSTUNREACH %s",
                "Error: connect EHOSTUNREACH 192.168.1.50:6638\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1605:16)",
                "error",
            )
        t = Z(
            t + secs(r, 1.5, 3), "zigbee-herdsman started (%s)", "zigbee-herdsman started (resumed)"
        )
        t = Z(
            t,
            "Coordinator firmware version: '%s'",
            """Coordinator firmware version: '{"meta":{"maintrel":1,"majorrel":2,"minorrel":7,"product":1,"revision":20240315,"transportrev":2},"type":"zStack3x0"}'""",
        )
        t = Z(
            t,
            "Currently %s devices are joined:",
            f"Currently {len(Z2M_DEVICES)} devices are joined:",
        )
        for name, model, vendor, desc, typ, kind in Z2M_DEVICES:
            what = f"{model} - {vendor} {desc}" if kind != "unsupported" else "Not supported"
            t = Z(t, "%s (%s): %s - %s %s (%s)", f"{name} ({ieee[name]}): {what} ({typ})")
        t = Z(t, "Zigbee: disabling joining new devices.", "Zigbee: disabling joining new devices.")
        t = Z(
            t,
            "Connecting to MQTT server at %s",
            "Connecting to MQTT server at mqtt://mosquitto:1883",
        )
        t = Z(t + secs(r, 0.05, 0.3), "Connected to MQTT server", "Connected to MQTT server")
        t = publish(t, "zigbee2mqtt/bridge/state", '{"state":"online"}')
        t = Z(t + secs(r, 0.1, 0.4), "Started frontend on port %s", "Started frontend on port 8080")
        for name, model, vendor, desc, _typ, kind in Z2M_DEVICES:
            for comp, key, dclass in Z2M_HA[kind]:
                t = publish(t, *ha_config(name, model, vendor, desc, comp, key, dclass))
        for name, *_, kind in Z2M_DEVICES:
            if kind == "unsupported":
                continue
            t = publish(
                t,
                f"zigbee2mqtt/{name}/availability",
                js({"state": "online" if online[name] else "offline"}),
            )
            t = publish(t, f"zigbee2mqtt/{name}", js(state[name]))
        return Z(t, "Zigbee2MQTT started!", "Zigbee2MQTT started!")

    for name, *_, kind in Z2M_DEVICES:
        state[name] = initial_state(name, kind)
    down = [(T0, start(at(6, 0, 4)))]  # no device's message published while starting or stopped

    # the coordinator lost: stop, two failed starts (docker restarts it), then up again
    x = Z(adapter_lost, "Adapter disconnected, stopping", "Adapter disconnected, stopping", "error")
    x = publish(x + secs(r, 0.01, 0.1), "zigbee2mqtt/bridge/state", '{"state":"offline"}')
    x = Z(x, "Disconnecting from MQTT server", "Disconnecting from MQTT server")
    x = Z(x + secs(r, 0.05, 0.2), "Stopping zigbee-herdsman...", "Stopping zigbee-herdsman...")
    x = Z(x + secs(r, 0.1, 0.5), "Stopped zigbee-herdsman", "Stopped zigbee-herdsman")
    x = Z(x, "Stopped Zigbee2MQTT", "Stopped Zigbee2MQTT")
    x = start(x + secs(r, 1.5, 2.5), ok=False)
    x = start(x + secs(r, 2.5, 4), ok=False)
    x = start(adapter_back + secs(r, 1, 5))
    down.append((adapter_lost, x))

    def report(t: datetime, name: str, **changes: object) -> datetime:
        if not running(t) or not online[name]:
            return t
        state[name].update(changes)
        state[name]["linkquality"] = max(
            0, min(255, int(state[name]["linkquality"]) + r.randrange(-12, 13))
        )  # type: ignore[call-overload]
        return publish(t, f"zigbee2mqtt/{name}", js(state[name]))

    def running(t: datetime) -> bool:
        return not any(a <= t < b for a, b in down)

    def cmd_error(t: datetime, name: str, call: str) -> str | None:
        """The herdsman error a command to `name` gets at `t` (None: it works)."""
        if name == "garage_plug" and garage_off <= t < garage_on:
            return "Data request failed with error: 'MAC no ack' (233)"
        if wifi_from <= t < wifi_to and r.random() < 0.6:
            return "Data request failed with error: 'MAC channel access failure' (225)"
        if adapter_lost - timedelta(seconds=40) <= t < adapter_lost:
            return "SRSP - AF - dataRequest after 6000ms"
        if r.random() < 0.015:
            return f"Timeout - {nwk[name]} - 1 - {r.randrange(1, 255)} - {6 if 'genOnOff' in call else 8} - 11 after 10000ms"
        return None

    ERR_LABEL = {
        "Data": "Data request failed with error: '%s' (%d)",
        "SRSP": "SRSP - %s - %s after %sms",
        "Timeout": "Timeout - %s - %s - %s - %s - %s after %sms",
    }

    def command(t: datetime, name: str, key: str, value: object) -> None:
        """A `zigbee2mqtt/<name>/set` from Home Assistant: the new state, or the failure."""
        if not running(t):
            return
        kind = next(d[5] for d in Z2M_DEVICES if d[0] == name)
        if key == "state":
            call = f"genOnOff.{str(value).lower()}({{}}, {Z2M_OPTS % 'false'})"
        else:
            call = f'genLevelCtrl.moveToLevelWithOnOff({{"level":{value},"transtime":0}}, {Z2M_OPTS % "false"})'
        err = cmd_error(t, name, call)
        if err:
            t += secs(r, 0.5, 10)
            Z(
                t,
                "Publish '%s' '%s' to '%s' failed: 'Error: ZCL command %s/%s %s(%s, %s) failed ("
                + ERR_LABEL[err.split(" ")[0]]
                + ")'",
                f"Publish 'set' '{key}' to '{name}' failed: 'Error: ZCL command {ieee[name]}/1 {call} failed ({err})'",
                "error",
            )
            return
        if kind == "plug" and key == "state":
            report(
                t + secs(r, 0.05, 0.4),
                name,
                state=value,
                power=0 if value == "OFF" else state[name]["power"],
            )
        elif key == "state":
            report(t + secs(r, 0.05, 0.4), name, state=value)
        else:
            report(t + secs(r, 0.05, 0.4), name, brightness=value, state="ON")

    # sensors and devices over the morning
    for name, model, _vendor, _desc, _typ, kind in Z2M_DEVICES:
        if kind == "motion":
            for x in poisson(r, at(6, 10), T_END, 700):
                if running(x):
                    report(x, name, occupancy=True, illuminance=r.randrange(2, 400))
                    y = report(x + timedelta(seconds=90), name, occupancy=False)
                    if name in ("hallway_motion", "stairs_motion") and r.random() < 0.6:
                        light = "hallway_light" if name == "hallway_motion" else "stairs_light"
                        command(x + secs(r, 0.1, 0.4), light, "state", "ON")
                        command(y + secs(r, 60, 120), light, "state", "OFF")
        elif kind == "contact":
            for x in poisson(r, at(6, 30), T_END, 2400):
                if running(x):
                    report(x, name, contact=False)
                    report(x + secs(r, 5, 300), name, contact=True)
        elif kind == "climate":
            x = T0 + secs(r, 30, 600)
            while x < T_END:
                if running(x):
                    st = state[name]
                    report(
                        x,
                        name,
                        temperature=round(float(st["temperature"]) + r.uniform(-0.3, 0.35), 2),
                        humidity=round(float(st["humidity"]) + r.uniform(-1.5, 1.5), 2),
                        pressure=round(float(st["pressure"]) + r.uniform(-0.3, 0.3), 1),
                    )  # type: ignore[arg-type]
                x += secs(r, 600, 1400)
        elif kind == "plug":
            every = 80 if name != "garage_plug" else 400
            x = T0 + secs(r, 30, 90)
            while x < T_END:
                if running(x):
                    load = {
                        "washing_machine_plug": (0, 2100)
                        if at(8, 30) <= x < at(10, 10)
                        else (0, 2),
                        "dishwasher_plug": (1, 1900) if at(7, 15) <= x < at(8, 20) else (0, 1),
                        "server_rack_plug": (85, 140),
                        "garage_plug": (0, 5),
                    }[name]
                    w = round(r.uniform(*load), 0 if name == "server_rack_plug" else 1)
                    if name == "server_rack_plug":
                        report(
                            x,
                            name,
                            power=w,
                            energy=round(float(state[name]["energy"]) + w / 3600, 2),
                        )  # type: ignore[arg-type]
                    else:
                        report(
                            x,
                            name,
                            power=w,
                            current=round(w / 230, 2),
                            energy=round(float(state[name]["energy"]) + w / 48000, 2),
                            voltage=r.randrange(228, 236),
                        )  # type: ignore[arg-type]
                x += secs(r, every * 0.6, every * 1.4)
        elif kind == "trv":
            x = T0 + secs(r, 30, 600)
            while x < T_END:
                if running(x):
                    report(
                        x,
                        name,
                        local_temperature=round(r.uniform(19, 22), 2),
                        pi_heating_demand=r.randrange(0, 70),
                    )
                x += secs(r, 500, 900)
        elif kind == "button":
            for x in poisson(r, at(7, 0), T_END, 3600):
                if running(x) and not (name == "desk_button" and x >= at(11, 51)):
                    report(
                        x,
                        name,
                        action=r.choice(
                            ["single", "double"] if model == "WXKG11LM" else ["on", "off"]
                        ),
                    )
                    report(x + secs(r, 0.01, 0.05), name, action="")
        elif kind == "leak":
            x = T0 + secs(r, 1800, 3000)
            while x < T_END:
                if running(x):
                    report(x, name, voltage=r.randrange(3005, 3025))
                x += secs(r, 3000, 3700)
        elif kind == "unsupported":
            x = T0 + secs(r, 100, 500)
            while x < T_END:
                if running(x):
                    x = Z(
                        x,
                        "Received message from unsupported device with Zigbee model '%s' and manufacturer name '%s'",
                        "Received message from unsupported device with Zigbee model 'TS0601' and manufacturer name '_TZE204_myd45weu'",
                        "warn",
                    )
                    Z(
                        x,
                        "Please see: %s",
                        "Please see: https://www.zigbee2mqtt.io/advanced/support-new-devices/01_support_new_devices.html",
                        "warn",
                    )
                x += secs(r, 580, 640)
    # lights by automations and people
    for x in poisson(r, at(6, 15), T_END, 420):
        name = r.choice(["kitchen_ceiling", "living_room_lamp", "office_lamp", "kitchen_ceiling"])
        if r.random() < 0.3:
            command(x, name, "brightness", r.randrange(30, 254))
        else:
            command(x, name, "state", r.choice(["ON", "OFF"]))
    for x in poisson(r, at(6, 20), T_END, 1500):
        command(
            x,
            r.choice(["washing_machine_plug", "dishwasher_plug", "garage_plug"]),
            "state",
            r.choice(["ON", "OFF"]),
        )
    for x in poisson(r, garage_off, garage_on, 300):
        command(x, "garage_plug", "state", r.choice(["ON", "OFF"]))
    for x in poisson(r, wifi_from, wifi_to, 45):
        command(
            x,
            r.choice(["kitchen_ceiling", "living_room_lamp", "office_lamp", "hallway_light"]),
            "state",
            r.choice(["ON", "OFF"]),
        )
    for x in poisson(r, adapter_lost - timedelta(seconds=40), adapter_lost, 12):
        command(
            x, r.choice(["kitchen_ceiling", "living_room_lamp", "hallway_light"]), "state", "ON"
        )

    # the garage plug drops off the mesh: availability pings fail
    x = garage_off + secs(r, 60, 500)
    Z(
        x,
        "Failed to ping '%s' (attempt %s/%s, %s)",
        f"Failed to ping 'garage_plug' (attempt 2/2, Read {ieee['garage_plug']}/1 genBasic([\"zclVersion\"], {Z2M_OPTS % 'true'}) failed (Data request failed with error: 'MAC no ack' (233)))",
        "warn",
    )
    publish(x + secs(r, 0.01, 0.1), "zigbee2mqtt/garage_plug/availability", '{"state":"offline"}')
    online["garage_plug"] = False
    y = garage_on + secs(r, 1, 30)
    online["garage_plug"] = True
    publish(y, "zigbee2mqtt/garage_plug/availability", '{"state":"online"}')
    for x in [
        at(7, 55, 3),
        at(10, 51, 40),
        at(11, 21, 12),
    ]:  # the office lamp switched off at the wall
        Z(
            x,
            "Failed to ping '%s' (attempt %s/%s, %s)",
            f"Failed to ping 'office_lamp' (attempt 2/2, Read {ieee['office_lamp']}/1 genBasic([\"zclVersion\"], {Z2M_OPTS % 'true'}) failed (Timeout - {nwk['office_lamp']} - 1 - {r.randrange(1, 255)} - 0 - 1 after 10000ms))",
            "warn",
        )
        publish(
            x + secs(r, 0.01, 0.1), "zigbee2mqtt/office_lamp/availability", '{"state":"offline"}'
        )
        publish(x + secs(r, 200, 700), "zigbee2mqtt/office_lamp/availability", '{"state":"online"}')

    # Mosquitto restarted: reconnects refused every second, the check every ten
    x = mqtt_down + secs(r, 0.5, 1.5)
    while x < mqtt_up:
        Z(
            x,
            "MQTT error: connect ECONNREFUSED %s",
            "MQTT error: connect ECONNREFUSED 172.20.0.2:1883",
            "error",
        )
        x += secs(r, 1.0, 1.1)
    x = mqtt_down + secs(r, 2, 10)
    while x < mqtt_up:
        Z(x, "Not connected to MQTT server!", "Not connected to MQTT server!", "error")
        x += timedelta(seconds=10)
    x = Z(mqtt_up + secs(r, 0.2, 0.9), "Connected to MQTT server", "Connected to MQTT server")
    publish(x, "zigbee2mqtt/bridge/state", '{"state":"online"}')

    # a plug paired from the frontend at 10:32
    new, new_ieee = "0x54ef441000b8c2d7", "0x54ef441000b8c2d7"
    x = at(10, 32, 4)
    x = Z(x, "Zigbee: allowing new devices to join.", "Zigbee: allowing new devices to join.")
    x = publish(
        x,
        "zigbee2mqtt/bridge/response/permit_join",
        '{"data":{"time":254,"value":true},"status":"ok"}',
    )
    x = Z(x + secs(r, 20, 60), "Device '%s' joined", f"Device '{new}' joined")
    x = publish(
        x,
        "zigbee2mqtt/bridge/event",
        js({"data": {"friendly_name": new, "ieee_address": new_ieee}, "type": "device_joined"}),
    )
    x = Z(x + secs(r, 0.5, 2), "Starting interview of '%s'", f"Starting interview of '{new}'")
    x = publish(
        x,
        "zigbee2mqtt/bridge/event",
        js(
            {
                "data": {"friendly_name": new, "ieee_address": new_ieee, "status": "started"},
                "type": "device_interview",
            }
        ),
    )
    x = Z(
        x + secs(r, 4, 12),
        "Successfully interviewed '%s', device has successfully been paired",
        f"Successfully interviewed '{new}', device has successfully been paired",
    )
    x = Z(
        x,
        "Device '%s' is supported, identified as: %s %s (%s)",
        f"Device '{new}' is supported, identified as: Aqara Smart plug EU (SP-EUC01)",
    )
    x = Z(x + secs(r, 0.2, 1), "Configuring '%s'", f"Configuring '{new}'")
    x += timedelta(seconds=10)
    report_cfg = '[{"attribute":"activePower","minimumReportInterval":10,"maximumReportInterval":3600,"reportableChange":5}]'
    x = Z(
        x,
        "Failed to configure '%s', attempt %s (%s)",
        f"Failed to configure '{new}', attempt 1 (Error: ZCL command {new_ieee}/1 haElectricalMeasurement.configReport({report_cfg}, {Z2M_OPTS % 'true'}) failed (Timeout - 28417 - 1 - 37 - 2820 - 7 after 10000ms)\n"
        "    at Timeout._onTimeout (/app/node_modules/zigbee-herdsman/src/utils/waitress.ts:64:35)\n"
        "    at listOnTimeout (node:internal/timers:573:17)\n"
        "    at processTimers (node:internal/timers:514:7))",
        "error",
    )
    x = Z(x + secs(r, 30, 90), "Configuring '%s'", f"Configuring '{new}'")
    x = Z(x + secs(r, 1, 4), "Successfully configured '%s'", f"Successfully configured '{new}'")
    x = Z(
        at(10, 36, 18),
        "Zigbee: disabling joining new devices.",
        "Zigbee: disabling joining new devices.",
    )
    publish(
        x, "zigbee2mqtt/bridge/event", js({"data": {"permit_join": False}, "type": "permit_join"})
    )

    # the kitchen bulb's firmware, from the frontend at 11:00
    x = at(11, 0, 12)
    x = Z(
        x,
        "Checking if update available for '%s'",
        "Checking if update available for 'kitchen_ceiling'",
    )
    x = Z(x + secs(r, 1, 3), "Update available for '%s'", "Update available for 'kitchen_ceiling'")
    x = Z(
        x + secs(r, 20, 40),
        "Updating '%s' to latest firmware",
        "Updating 'kitchen_ceiling' to latest firmware",
    )
    x = Z(x + secs(r, 5, 15), "Update of '%s' at %s%%", "Update of 'kitchen_ceiling' at 0.00%")
    total = 14 * 60
    done = 0.0
    while done < total:
        step = r.uniform(55, 75)
        done += step
        x += timedelta(seconds=step)
        pct = min(done / total * 100, 100)
        left = max(total - done, 0)
        if left > 30:
            x = Z(
                x,
                "Update of '%s' at %s%%, ≈ %s minutes remaining",
                f"Update of '{'kitchen_ceiling'}' at {pct:.2f}%, ≈ {round(left / 60)} minutes remaining",
            )
    x = Z(x + secs(r, 20, 40), "Finished update of '%s'", "Finished update of 'kitchen_ceiling'")
    x = Z(
        x + secs(r, 2, 6),
        "Device '%s' was updated from '%s' to '%s'",
        'Device \'kitchen_ceiling\' was updated from \'{"dateCode":"20221013","softwareBuildID":"2.3.087"}\' to \'{"dateCode":"20230911","softwareBuildID":"2.4.5"}\'',
    )
    publish(
        x,
        "zigbee2mqtt/bridge/response/device/ota_update/update",
        js(
            {
                "data": {
                    "from": {"date_code": "20221013", "software_build_id": "2.3.087"},
                    "id": "kitchen_ceiling",
                    "to": {"date_code": "20230911", "software_build_id": "2.4.5"},
                },
                "status": "ok",
            }
        ),
    )

    # a device removed from the frontend
    x = Z(at(11, 51, 50), "Device '%s' left the network", "Device 'desk_button' left the network")
    publish(
        x,
        "zigbee2mqtt/bridge/event",
        js(
            {
                "data": {"friendly_name": "desk_button", "ieee_address": ieee["desk_button"]},
                "type": "device_leave",
            }
        ),
    )
    return o.logs(T0, {"z": "zigbee2mqtt.log"})


SYSTEMS = {
    "vaultwarden": vaultwarden,
    "authelia": authelia,
    "podman": podman,
    "crio": crio,
    "zigbee2mqtt": zigbee2mqtt,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
