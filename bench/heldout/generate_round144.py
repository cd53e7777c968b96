#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 144 (zitadel, hydra, pomerium, casdoor, vouch-proxy) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five identity providers and identity-aware proxies,
06:00 to 12:00 on 2024-06-07. None of the five was in the set (`keycloak`, `dex`, `authelia`,
`authentik`, `kratos` and `oauth2-proxy` are; Hydra is Ory's OAuth2 server, not Kratos).

- ZITADEL v2.52 (`zitadel-6b8d9f7c5-4kx2p.log`, `zitadel-6b8d9f7c5-w9tqz.log`, and after the
  10:05 rollout to v2.53 `zitadel-75f4c9d6b8-hn7vc.log`, `zitadel-75f4c9d6b8-zr2md.log`;
  `zitadel-setup-9d2xk.log`, the chart's setup job before it: `kubectl logs` of each pod):
  zitadel/logging's logrus text (`time="2024-06-07T06:00:30Z" level=error msg="unable to set
  instance" caller="/home/runner/work/zitadel/zitadel/..." error="ID=QUERY-1kIjX
  Message=Errors.IAM.NotFound Parent=(...)" externalDomain=... origin=...`) beside zitadel/oidc's
  slog text (`time=2024-06-07T06:03:12.417Z level=WARN msg="request error"
  oidc_error.type=invalid_grant ...`) and the start-up banner printed with fmt (the go-figure
  "ZITADEL" and the ` Version \t: ...` block, one event). Two blackbox probes that ask the
  Service by its IP every 20 s and by its cluster name every minute (`unable to set instance`,
  all day); a mobile app whose refresh tokens expired (`request error`, `invalid_grant`) and a
  service whose client secret was rotated on one side only 10:40-11:10 (`invalid_client`);
  PostgreSQL switching over at 08:40 (`process events failed` per projection and retry); a user
  import at 09:30 whose events one projection cannot reduce (`statement execution failed`, a
  duplicate key, three events tried five times each); the SMTP relay down 09:50-10:30 (`could
  not connect to smtp` and the notification projection's `process events failed`); the setup
  job (`setup started`, `verify migration` per step, `starting migration` for the new ones,
  three projections prefilled with `projection starts prefilling`, `projection is prefilling`
  every 30 s and `projections ended prefilling`, `setup completed`); the rollout (`server
  shutdown gracefully`, the banner, `auth request cache disabled` twice, eight `registered
  route`, `server is listening on %s`).
- Ory Hydra v2.2 (`hydra-7c8b9d6f5-2lxkq.log`, `hydra-7c8b9d6f5-v8n4t.log`, and after the 10:30
  rollout `hydra-5f6d7c9b8-dq4zm.log`, `hydra-5f6d7c9b8-mr7wx.log`): ory/x logrusx text with
  quoting disabled (`time=2024-06-07T06:00:01Z level=info msg=started handling request
  audience=application http_request=map[headers:map[...] host:... method:POST
  path:/admin/oauth2/introspect query:<nil> remote:... scheme:http] service_name=Ory Hydra
  service_version=v2.2.0`): `started handling request` / `completed handling request` around
  every request (the API gateway's token introspection most of all, client credentials and
  refresh grants, browser logins through the login and consent apps, JWKS fetches), the audit
  logger's `access denied` for refused grants (expired refresh tokens all day, a partner's
  wrong client secret 09:40-10:10), the database failing over 08:15-08:17 (`An error occurred
  while handling a request` and 500s), the rollout's start-up lines.
- Pomerium v0.26 (`pomerium-7d9f8c6b5-kq2xv.log`, `pomerium-7d9f8c6b5-tn8wd.log`, and after the
  11:00 upgrade `pomerium-66c8d7f9b4-5bqlr.log`, `pomerium-66c8d7f9b4-x2vhs.log`): zerolog JSON,
  `{"level":"info","service":"authorize",...,"time":"2024-06-07T06:00:01Z","message":"authorize
  check"}` before and the envoy access log's `"message":"http-request"` after every proxied
  request (Grafana, Argo CD and a wiki behind it; sign-ins through the authenticate service;
  contractors refused on the admin route with `httputil: error`; Grafana restarting 07:40-07:43,
  503s); Keycloak down 08:10-08:25 (the identity manager's `failed to refresh oauth2 token` and
  `failed to update user info`; revoked users' `failed to refresh oauth2 token, deleting
  session` all day); a broken config pushed at 09:15 (`config: file updated, reconfiguring...`,
  `config: error updating config`) and fixed at 09:22; the upgrade's start-up (`cmd/pomerium`,
  `server started`, `enabled ... service`, Envoy's downstream-connections warning).
- Casdoor v1.6 (`casdoor-0.log`, `casdoor-1.log`: each replica's logs/casdoor.log, beego's
  file logger, `2024/06/07 06:00:01.123 [D]  |      10.42.1.17|\x1b[97;42m 200 \x1b[0m|
  812.045µs|   match|\x1b[97;44m GET     \x1b[0m /api/get-account   r:/api/get-account`, the
  router's dev-mode request line with its ANSI colours): the SPA's requests, OAuth code and
  token exchanges, `API: [%s] signed in` / `logged out` / `is signed up as new user` /
  `has changed password` with the client's `(ip: ) ` prefix, the LDAP auto-sync every five
  minutes (`ldap autosync success, %d new users, %d existing users`) and the directory down
  07:20-07:45 (`autoSync failed for %s, error LDAP Result Code 200 "Network Error": ...`), a
  partner's client of a deleted application crashing the token handler every two minutes
  09:00-09:40 (beego's recover: `[C]  the request url is  %s`, `[C]  Handler crashed with error
  %v` and a `[C]` line per stack frame, then the 500), a restart of casdoor-1 at 11:10 (`http
  server Running on http://%s`, `autoSync started for %s`).
- Vouch Proxy v0.40 (`vouch-proxy-6d5f7c8b9-h2k7p.log`, `vouch-proxy-6d5f7c8b9-r4m9x.log`, after
  the 10:20 rollout `vouch-proxy-7b9c4d6f8-j5n2w.log`, `vouch-proxy-7b9c4d6f8-t8q3z.log`, after
  the 10:48 replacement `vouch-proxy-58d7b6c9f4-kx8vd.log`, `vouch-proxy-58d7b6c9f4-wq2nr.log`):
  zap's production JSON (`{"level":"info","ts":1717740001.1234567,"msg":"|200|   312.5µs
  /validate","statusCode":200,...}`): nginx's auth_request on `/validate` (200s, 401s after `no
  jwt found in request`, `token is expired by %s`), sign-ins through `/login`, `/auth` and
  `/auth/{state}/` (`OpenID userinfo body: %s`), Keycloak refusing codes (`oauth2: %q %q`),
  Vouch's egress to Keycloak blocked 07:50-08:05 (`Post %q: dial tcp %s: i/o timeout`), a new
  internal host not in `vouch.domains` 09:10-09:40 (`http header 'Host: %s' not authorized
  ...`), the rollout at 10:20 without the shared secret file: each pod generates its own
  `jwt.secret` and `session.key`, so cookies from one fail on the other (`signature is invalid`,
  `couldn't find existing encrypted secure cookie ...`, `/auth securecookie: the value is not
  valid: could not find session store %s`, login loops ending in `/login Too many unsuccessful
  authorization attempts for the requested URL %s %s`) until the secret is mounted and the pods
  replaced at 10:48 (`jwt.secret read from %s`).

Label notes. The heads are context: logrus's and slog's time and level and their fields
(ZITADEL's `caller`, `error`, `projection`, `name`, `oidc_error.*`; Hydra's `audience`,
`http_request`, `http_response`, `error`, `service_name`, `service_version`), zerolog's and
zap's JSON fields other than the message, beego's time and level. ZITADEL's messages are
constants (a Go error in `error=` is a field, not the message); the banner is one event (a
`fmt.Println` of the figure and the `fmt.Printf` block after it, no head). Hydra's and
Pomerium's request records, Casdoor's router line and Vouch's `|%d| %10v %s` are labelled by
method, route and status (round 29's rule; ids and file names in a route `%s`): `started
handling request POST /oauth2/token`, `completed handling request POST /oauth2/token 400`,
`http-request GET / 302`, `GET /api/get-account 200`, `|401| %10v /validate`. Casdoor's `(ip: ) `
prefix (util.LogInfo) is context; beego's `[C]` lines after `Handler crashed with error %v`, one
per stack frame, continue that event (as Sidekiq's backtrace under its own head); a Go error
written into a message contributes its format (go-ldap's `LDAP Result Code %d %q: %s`, x/oauth2's
`oauth2: %q %q`, net/http's `Post %q: dial tcp %s: i/o timeout`, golang-jwt's `token is expired
by %s`, gorilla's `securecookie: the value is not valid`).

Least sure (written from the helper's knowledge; Vouch's handlers, responses, timelog and config
messages, Pomerium's authorize log, identity manager, error page, config source and start-up,
Casdoor's LogInfo calls and LDAP auto-sync, beego's router line, formatLog and recoverPanic, ory/x's
logrusx and Hydra's audit logger, and ZITADEL's instance interceptor, projection handler, SMTP
channel, migrations, prefill and start command were checked against copies of their sources):
ZITADEL's caller line numbers, the `QUERY-1kIjX` and other error ids and the step names, whether
v2.52 logs `auth request cache disabled`, `registered route` and `process events failed` at info,
`setup completed`, and the oidc `request error` attributes; Hydra's response headers, the error
map's keys and whether a failing introspection goes through `An error occurred while handling a
request`; Pomerium's field names in v0.26 (`envoy-version` or `envoy_version`) and the identity
manager's error texts; Casdoor's stack frames and line numbers; Vouch's x/oauth2 error shapes.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, uuid4
from generate_round97 import Files, sec
from generate_round136 import T0, T_END, at, go_dur, poisson
from generate_round142 import go_quote, logrus


def pick_running(r: random.Random, pods: list[tuple[str, datetime, datetime]], t: datetime) -> str:
    """One of the pods running at t (start <= t < stop), chosen at random."""
    up = [p for p, a, b in pods if a <= t < b]
    return r.choice(up)


def slog_val(v: str) -> str:
    """A string as slog's TextHandler writes it: bare unless empty or holding a blank, `=` or
    a quote."""
    if not v or any(c in v for c in ' ="'):
        return go_quote(v)
    return v


def rfc3339s(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}Z"


def slog_ts(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"


# ---------------------------------------------------------------------------------- zitadel

ZT_SRC = "/home/runner/work/zitadel/zitadel/"
ZT_PROJECTIONS = [
    "projections.users13",
    "projections.login_names3",
    "projections.orgs1",
    "projections.projects4",
    "projections.apps7",
    "projections.user_grants5",
    "projections.sessions8",
    "projections.auth_requests",
    "projections.org_members4",
    "projections.instance_domains",
    "projections.idp_templates6",
    "projections.keys4",
    "projections.oidc_settings2",
    "projections.milestones",
    "projections.notifications",
    "projections.quotas",
    "projections.personal_access_tokens3",
    "projections.authn_keys2",
]
ZT_STEPS = [
    "01_tables",
    "02_assets",
    "03_default_instance",
    "04_eventstore_indexes",
    "05_last_failed",
    "06_owner_projections",
    "07_logstore",
    "08_auth_projections",
    "09_auth_request_tables",
    "10_correct_creation_date",
    "11_add_event_created_at",
    "12_add_otp_columns",
    "13_fix_quota_constraints",
    "14_events_push",
    "15_current_projection_state",
    "16_unique_constraints_lower",
    "17_add_offset_col_to_current_states",
    "18_add_lower_field_to_login_name",
    "19_add_current_states_index",
    "20_add_by_user_index_on_session",
    "21_add_block_field_to_limits",
    "22_active_instance_events_index",
    "23_correct_global_unique_constraints",
    "24_add_token_actions",
    "25_user14_add_lower_field_to_username",
    "26_auth_users3",
    "27_idp_templates6_sap_ui_translations",
    "repeatable_system_projections",
    "repeatable_delete_stale_org_fields",
]
ZT_NEW_STEPS = {
    "26_auth_users3",
    "27_idp_templates6_sap_ui_translations",
    "repeatable_system_projections",
    "repeatable_delete_stale_org_fields",
}
ZT_ROUTES = [
    "/oauth/v2/authorize",
    "/oauth/v2/device_authorization",
    "/oauth/v2/token",
    "/oauth/v2/introspect",
    "/oidc/v1/userinfo",
    "/oauth/v2/revoke",
    "/oidc/v1/end_session",
    "/oauth/v2/keys",
]
ZT_FIGURE = [
    "  _____  ___   _____      _      ____    _____   _",
    " |__  / |_ _| |_   _|    / \\    |  _ \\  | ____| | |",
    "   / /   | |    | |     / _ \\   | | | | |  _|   | |",
    "  / /_   | |    | |    / ___ \\  | |_| | | |___  | |___",
    " /____| |___|   |_|   /_/   \\_\\ |____/  |_____| |_____|",
]


def zitadel(r: random.Random) -> list[Log]:
    """Two ZITADEL pods behind an ingress (auth.example.com), rolled to a new version at 10:05,
    06:00 to 12:00: a probe by IP every 30 s, a mobile app's expired refresh tokens, PostgreSQL
    switching over at 08:40, a user import one projection cannot reduce at 09:30, the SMTP relay
    down 09:50-10:30, a client secret rotated on one side only 10:40-11:10."""
    fs = Files()
    roll = at(10, 5, 12)
    pods = [
        ("zitadel-6b8d9f7c5-4kx2p", T0 - sec(86400), roll + sec(2)),
        ("zitadel-6b8d9f7c5-w9tqz", T0 - sec(86400), roll + sec(47)),
        ("zitadel-75f4c9d6b8-hn7vc", roll - sec(25), T_END + sec(3600)),
        ("zitadel-75f4c9d6b8-zr2md", roll + sec(21), T_END + sec(3600)),
    ]
    live = {p: (a + sec(9), b) for p, a, b in pods}
    running = [(p, a, b) for p, (a, b) in live.items()]

    def L(
        pod: str, t: datetime, level: str, label: str, msg: str, fields: dict[str, object]
    ) -> datetime:
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [logrus(f"{x:%Y-%m-%dT%H:%M:%S}Z", level, msg, fields)],
            (pod, "logrus"),
            1_000_000,
        )

    def S(
        pod: str, t: datetime, level: str, label: str, msg: str, attrs: list[tuple[str, str]]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            parts = [f"time={slog_ts(x)}", f"level={level}", f"msg={slog_val(msg)}"]
            for k, v in attrs:
                parts.append(f"{k}={slog_val(v)}")
            return [" ".join(parts)]

        return fs.add(f"{pod}.log", t, label, text, (pod, "slog"), 1000)

    def start(pod: str, t: datetime, version: str) -> None:
        block = [
            *ZT_FIGURE,
            "",
            " ===============================================================",
            "",
            f" Version          \t: {version}",
            " TLS enabled      \t: false",
            " External Secure \t: true",
            " Machine Id Method\t: Private Ip",
            " Console URL      \t: https://auth.example.com:443/ui/console",
            "",
            " Health Check URL \t: https://auth.example.com:443/debug/healthz",
            "",
            "",
            " ===============================================================",
            "",
        ]
        fs.add(
            f"{pod}.log",
            t,
            "ZITADEL banner (fmt.Println of the figure, fmt.Printf of the block)",
            lambda x: block,
            (pod, "fmt"),
            1_000_000,
        )
        t2 = t + sec(r.uniform(1.2, 2.5))
        for line in (31, 36):
            t2 = L(
                pod,
                t2,
                "info",
                "auth request cache disabled",
                "auth request cache disabled",
                {
                    "caller": f"{ZT_SRC}internal/auth_request/repository/cache/cache.go:{line}",
                    "error": "must provide a positive size",
                },
            )
        t3 = t2 + sec(r.uniform(0.3, 0.8))
        for ep in ZT_ROUTES:
            t3 = S(
                pod,
                t3 + sec(0.0002),
                "INFO",
                "registered route",
                "registered route",
                [("endpoint", ep)],
            )
        L(
            pod,
            t3 + sec(0.4),
            "info",
            "server is listening on %s",
            "server is listening on [::]:8080",
            {"caller": f"{ZT_SRC}cmd/start/start.go:527"},
        )

    # the chart's setup job before the rollout
    job = "zitadel-setup-9d2xk"
    t = L(
        job,
        roll - sec(212),
        "info",
        "setup started",
        "setup started",
        {"caller": f"{ZT_SRC}cmd/setup/setup.go:102"},
    )
    for name in ZT_STEPS:
        t = L(
            job,
            t + sec(r.uniform(0.05, 0.4)),
            "info",
            "verify migration",
            "verify migration",
            {"caller": f"{ZT_SRC}internal/migration/migration.go:47", "name": name},
        )
        if name in ZT_NEW_STEPS:
            t = L(
                job,
                t + sec(0.05),
                "info",
                "starting migration",
                "starting migration",
                {"caller": f"{ZT_SRC}internal/migration/migration.go:68", "name": name},
            )
    for proj, runs in [
        ("projections.users14", 3),
        ("projections.idp_templates6", 0),
        ("projections.user_auth_methods5", 1),
    ]:
        t0 = L(
            job,
            t + sec(r.uniform(0.1, 0.6)),
            "info",
            "verify migration",
            "verify migration",
            {"caller": f"{ZT_SRC}internal/migration/migration.go:47", "name": proj},
        )
        t0 = L(
            job,
            t0 + sec(0.05),
            "info",
            "starting migration",
            "starting migration",
            {"caller": f"{ZT_SRC}internal/migration/migration.go:68", "name": proj},
        )
        t0 = L(
            job,
            t0 + sec(0.01),
            "info",
            "projection starts prefilling",
            "projection starts prefilling",
            {
                "caller": f"{ZT_SRC}internal/eventstore/handler/v2/handler.go:118",
                "projection": proj,
            },
        )
        for k in range(runs):
            L(
                job,
                t0 + sec(30 * (k + 1)),
                "info",
                "projection is prefilling",
                "projection is prefilling",
                {
                    "caller": f"{ZT_SRC}internal/eventstore/handler/v2/handler.go:122",
                    "projection": proj,
                },
            )
        took = 30 * runs + r.uniform(2, 28)
        t = L(
            job,
            t0 + sec(took),
            "info",
            "projections ended prefilling",
            "projections ended prefilling",
            {
                "caller": f"{ZT_SRC}internal/eventstore/handler/v2/handler.go:155",
                "projection": proj,
                "took": go_dur(took),
            },
        )
    L(
        job,
        t + sec(r.uniform(0.5, 1.5)),
        "info",
        "setup completed",
        "setup completed",
        {"caller": f"{ZT_SRC}cmd/setup/setup.go:167"},
    )

    start("zitadel-75f4c9d6b8-hn7vc", roll - sec(25), "v2.53.0")
    start("zitadel-75f4c9d6b8-zr2md", roll + sec(21), "v2.53.0")
    for pod, _a, b in pods[:2]:
        L(
            pod,
            b - sec(1),
            "info",
            "server shutdown gracefully",
            "server shutdown gracefully",
            {"caller": f"{ZT_SRC}cmd/start/start.go:554"},
        )

    def pod_at(t: datetime) -> str:
        return pick_running(r, running, t)

    # the blackbox probe asking the Service by its IP
    t = T0 + sec(7.3)
    while t < T_END:
        tt = t + sec(r.uniform(0, 0.4))
        pod = pod_at(tt)
        parent = "sql: no rows in result set"
        if at(8, 40, 12) <= tt < at(8, 40, 24):
            parent = "failed to connect to `host=pg-zitadel-rw.db.svc user=zitadel database=zitadel`: dial error (dial tcp 10.96.44.12:5432: connect: connection refused)"
        L(
            pod,
            tt,
            "error",
            "unable to set instance",
            "unable to set instance",
            {
                "caller": f"{ZT_SRC}internal/api/http/middleware/instance_interceptor.go:66",
                "error": f"ID=QUERY-1kIjX Message=Errors.IAM.NotFound Parent=({parent})",
                "externalDomain": "auth.example.com",
                "origin": "http://10.96.112.40:8080",
            },
        )
        t += sec(20)
    t = T0 + sec(21.8)
    while t < T_END:
        tt = t + sec(r.uniform(0, 0.4))
        L(
            pod_at(tt),
            tt,
            "error",
            "unable to set instance",
            "unable to set instance",
            {
                "caller": f"{ZT_SRC}internal/api/http/middleware/instance_interceptor.go:66",
                "error": "ID=QUERY-1kIjX Message=Errors.IAM.NotFound Parent=(sql: no rows in result set)",
                "externalDomain": "auth.example.com",
                "origin": "http://zitadel.auth.svc.cluster.local:8080",
            },
        )
        t += sec(60)

    # oidc request errors: a mobile app's dead refresh tokens, then a service's rotated secret
    for tt in poisson(r, T0, T_END, 44):
        S(
            pod_at(tt),
            tt,
            "WARN",
            "request error",
            "request error",
            [
                (
                    "oidc_error.parent",
                    f"ID=OIDC-{r.choice(['Yoiwu', 'ziTi9', 'fP3kd'])} Message=Errors.User.RefreshToken.Invalid",
                ),
                ("oidc_error.description", "invalid refresh token"),
                ("oidc_error.type", "invalid_grant"),
                ("status_code", "400"),
            ],
        )
    t = at(10, 40, 3)
    while t < at(11, 10):
        tt = t + sec(r.uniform(0, 1.5))
        S(
            pod_at(tt),
            tt,
            "WARN",
            "request error",
            "request error",
            [
                (
                    "oidc_error.parent",
                    "ID=COMMAND-Bz542 Message=Errors.User.Machine.Secret.Invalid",
                ),
                ("oidc_error.description", "client authentication failed"),
                ("oidc_error.type", "invalid_client"),
                ("status_code", "401"),
            ],
        )
        t += sec(20)

    def process_failed(pod: str, t: datetime, proj: str, err: str) -> datetime:
        return L(
            pod,
            t,
            "info",
            "process events failed",
            "process events failed",
            {
                "caller": f"{ZT_SRC}internal/eventstore/handler/v2/handler.go:461",
                "error": err,
                "projection": proj,
            },
        )

    # PostgreSQL switching over: the projections whose scheduled run falls in the gap retry
    gap = (at(8, 40, 12), at(8, 40, 24))
    pgerr = "failed to connect to `host=pg-zitadel-rw.db.svc user=zitadel database=zitadel`: dial error (dial tcp 10.96.44.12:5432: connect: connection refused)"
    for pod in ["zitadel-6b8d9f7c5-4kx2p", "zitadel-6b8d9f7c5-w9tqz"]:
        for proj in ZT_PROJECTIONS:
            if r.random() < 0.55:
                continue
            tt = gap[0] + sec(r.uniform(0, 9))
            while tt < gap[1]:
                tt = process_failed(pod, tt, proj, pgerr)
                tt += sec(r.uniform(1.0, 1.4))

    # the user import: one projection cannot reduce three of its events
    for k in range(3):
        for attempt in range(5):
            pod = ["zitadel-6b8d9f7c5-4kx2p", "zitadel-6b8d9f7c5-w9tqz"][(k + attempt) % 2]
            tt = at(9, 30, 40) + sec(k * 7 + attempt * 60 + r.uniform(0, 3))
            err = 'ID=V3-DKcyh Message=Errors.Internal Parent=(ERROR: duplicate key value violates unique constraint "login_names3_users_pkey" (SQLSTATE 23505))'
            tt = L(
                pod,
                tt,
                "error",
                "statement execution failed",
                "statement execution failed",
                {
                    "caller": f"{ZT_SRC}internal/eventstore/handler/v2/handler.go:683",
                    "error": err,
                    "projection": "projections.login_names3",
                },
            )
            process_failed(pod, tt + sec(0.002), "projections.login_names3", err)

    # the SMTP relay down: each notification tried a few times
    for tt in poisson(r, at(9, 50), at(10, 30), 190):
        for attempt in range(r.choice([3, 4, 5])):
            ta = tt + sec(attempt * r.uniform(58, 64))
            pod = pod_at(ta)
            ta = L(
                pod,
                ta,
                "error",
                "could not connect to smtp",
                "could not connect to smtp",
                {
                    "caller": f"{ZT_SRC}internal/notification/channels/smtp/channel.go:36",
                    "error": "ID=EMAIL-sl39s Message=could not make tls dial Parent=(dial tcp 10.20.9.25:465: connect: connection refused)",
                },
            )
            process_failed(
                pod,
                ta + sec(0.003),
                "projections.notifications",
                "ID=NOTIF-3m9sf Message=Errors.Notification.Channels.NotPresent Parent=(ID=EMAIL-sl39s Message=could not make tls dial Parent=(dial tcp 10.20.9.25:465: connect: connection refused))",
            )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ hydra

HY_REDACTED = 'Value is sensitive and has been redacted. To see the value set config key "log.leak_sensitive_values = true" or environment variable "LOG_LEAK_SENSITIVE_VALUES=true".'
HY_TEXT = {
    200: "OK",
    302: "Found",
    400: "Bad Request",
    401: "Unauthorized",
    500: "Internal Server Error",
}
HY_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
]


def gomap(d: dict[str, object]) -> str:
    """Go's %v of a map[string]interface{}: keys sorted, nested maps alike, nil as <nil>."""
    parts = []
    for k in sorted(d):
        v = d[k]
        if isinstance(v, dict):
            s = gomap(v)
        elif v is None:
            s = "<nil>"
        else:
            s = str(v)
        parts.append(f"{k}:{s}")
    return "map[" + " ".join(parts) + "]"


def logrusx_text(t: datetime, level: str, msg: str, fields: dict[str, object]) -> str:
    """ory/x logrusx's text formatter: logrus with quoting disabled, the fields sorted, a map
    written with %v."""
    parts = [f"time={t:%Y-%m-%dT%H:%M:%S}Z", f"level={level}", f"msg={msg}"]
    for k in sorted(fields):
        v = fields[k]
        parts.append(f"{k}={gomap(v) if isinstance(v, dict) else v}")
    return " ".join(parts)


def hydra(r: random.Random) -> list[Log]:
    """Two Hydra pods (public 4444 behind the ingress, admin 4445 inside the cluster), rolled at
    10:30, 06:00 to 12:00: the gateway's introspection of every API call, client credentials and
    refresh grants, browser logins through the login and consent apps, expired refresh tokens,
    a partner's wrong client secret 09:40-10:10, the database failing over 08:15:20-08:16:50."""
    fs = Files()
    roll = at(10, 30, 5)
    pods = [
        ("hydra-7c8b9d6f5-2lxkq", T0 - sec(86400), roll + sec(3)),
        ("hydra-7c8b9d6f5-v8n4t", T0 - sec(86400), roll + sec(41)),
        ("hydra-5f6d7c9b8-dq4zm", roll - sec(18), T_END + sec(3600)),
        ("hydra-5f6d7c9b8-mr7wx", roll + sec(22), T_END + sec(3600)),
    ]
    running = [(p, a + sec(4), b) for p, a, b in pods]
    app = {"audience": "application", "service_name": "Ory Hydra", "service_version": "v2.2.0"}

    def H(
        pod: str, t: datetime, level: str, label: str, msg: str, fields: dict[str, object]
    ) -> datetime:
        f = {**app, **fields}
        return fs.add(
            f"{pod}.log", t, label, lambda x: [logrusx_text(x, level, msg, f)], pod, 1_000_000
        )

    for pod, a, _b in pods[2:]:
        t = H(
            pod,
            a,
            "info",
            "No tracer configured - skipping tracing setup",
            "No tracer configured - skipping tracing setup",
            {},
        )
        t = H(
            pod,
            t,
            "info",
            "Software quality assurance features are enabled. Learn more at: https://www.ory.sh/docs/ecosystem/sqa",
            "Software quality assurance features are enabled. Learn more at: https://www.ory.sh/docs/ecosystem/sqa",
            {},
        )
        for port in ("4444", "4445"):
            t = H(
                pod,
                t + sec(0.05),
                "info",
                "Setting up http server on %s",
                f"Setting up http server on 0.0.0.0:{port}",
                {},
            )
            t = H(
                pod,
                t,
                "warning",
                "HTTPS is disabled. Please ensure that your proxy is configured to provide HTTPS, and that it redirects HTTP to HTTPS.",
                "HTTPS is disabled. Please ensure that your proxy is configured to provide HTTPS, and that it redirects HTTP to HTTPS.",
                {},
            )

    def remote() -> str:
        return f"10.42.{r.choice([1, 2, 3])}.{r.randint(2, 250)}:{r.randint(32768, 60999)}"

    def request(
        t: datetime,
        method: str,
        route: str,
        path: str,
        status: int,
        headers: dict[str, object],
        host: str,
        query: str | None,
        took: float,
        size: int,
        during: list[tuple[str, str, str, dict[str, object]]] | None = None,
    ) -> datetime:
        pod = pick_running(r, running, t)
        req: dict[str, object] = {
            "headers": headers,
            "host": host,
            "method": method,
            "path": path,
            "query": query,
            "remote": remote(),
            "scheme": "http",
        }
        t = H(
            pod,
            t,
            "info",
            f"started handling request {method} {route}",
            "started handling request",
            {"http_request": req},
        )
        for label, level, msg, extra in during or []:
            t = H(pod, t + sec(took / 2), level, label, msg, {"http_request": req, **extra})
        rh: dict[str, object] = {
            "cache-control": "private, no-cache, no-store, must-revalidate",
            "content-type": "application/json; charset=utf-8",
        }
        if status == 302:
            rh = {
                "cache-control": "private, no-cache, no-store, must-revalidate",
                "content-type": "text/html; charset=utf-8",
                "location": HY_REDACTED,
                "set-cookie": HY_REDACTED,
            }
        resp = {
            "headers": rh,
            "size": size,
            "status": status,
            "text_status": HY_TEXT[status],
            "took": go_dur(took),
        }
        return H(
            pod,
            t + sec(took),
            "info",
            f"completed handling request {method} {route} {status}",
            "completed handling request",
            {"http_request": req, "http_response": resp},
        )

    admin = "hydra-admin.auth.svc.cluster.local:4445"
    public = "auth.example.com"
    fo = (at(8, 15, 20), at(8, 16, 50))
    pgerr = "failed to connect to `host=hydra-db.cluster-c8x1.eu-central-1.rds.amazonaws.com user=hydra database=hydra`: dial error (dial tcp 10.30.4.12:5432: connect: connection refused)"

    def fwd(ip: str, ua: str, extra: dict[str, object] | None = None) -> dict[str, object]:
        return {
            "accept": "application/json",
            "user-agent": ua,
            "x-forwarded-for": ip,
            "x-forwarded-proto": "https",
            **(extra or {}),
        }

    # the API gateway introspecting tokens
    for t in poisson(r, T0, T_END, 36):
        hdr = {
            "accept": "application/json",
            "content-type": "application/x-www-form-urlencoded",
            "user-agent": "lua-resty-http/0.17.1 (Lua) ngx_lua/10026",
            "x-request-id": uuid4(r),
        }
        if fo[0] <= t < fo[1]:
            request(
                t,
                "POST",
                "/admin/oauth2/introspect",
                "/admin/oauth2/introspect",
                500,
                hdr,
                admin,
                None,
                r.uniform(0.2, 1.4),
                214,
                [
                    (
                        "An error occurred while handling a request",
                        "error",
                        "An error occurred while handling a request",
                        {
                            "error": {
                                "debug": "",
                                "message": "The authorization server encountered an unexpected condition that prevented it from fulfilling the request.",
                                "reason": pgerr,
                                "status": "Internal Server Error",
                                "status_code": 500,
                            },
                            "http_response": {"status_code": 500},
                        },
                    )
                ],
            )
        else:
            request(
                t,
                "POST",
                "/admin/oauth2/introspect",
                "/admin/oauth2/introspect",
                200,
                hdr,
                admin,
                None,
                r.uniform(0.0015, 0.012),
                r.choice([23, 398, 412, 431]),
            )
    # the gateway's retries while the database is away
    for t in poisson(r, fo[0], fo[1], 5):
        hdr = {
            "accept": "application/json",
            "content-type": "application/x-www-form-urlencoded",
            "user-agent": "lua-resty-http/0.17.1 (Lua) ngx_lua/10026",
            "x-request-id": uuid4(r),
        }
        request(
            t,
            "POST",
            "/admin/oauth2/introspect",
            "/admin/oauth2/introspect",
            500,
            hdr,
            admin,
            None,
            r.uniform(0.2, 1.4),
            214,
            [
                (
                    "An error occurred while handling a request",
                    "error",
                    "An error occurred while handling a request",
                    {
                        "error": {
                            "debug": "",
                            "message": "The authorization server encountered an unexpected condition that prevented it from fulfilling the request.",
                            "reason": pgerr,
                            "status": "Internal Server Error",
                            "status_code": 500,
                        },
                        "http_response": {"status_code": 500},
                    },
                )
            ],
        )

    def token(
        t: datetime, ip: str, ua: str, status: int, denied: dict[str, object] | None = None
    ) -> datetime:
        hdr = fwd(
            ip,
            ua,
            {"authorization": HY_REDACTED, "content-type": "application/x-www-form-urlencoded"},
        )
        during = None
        if denied:
            during = [
                ("access denied", "info", "access denied", {"audience": "audit", "error": denied})
            ]
        return request(
            t,
            "POST",
            "/oauth2/token",
            "/oauth2/token",
            status,
            hdr,
            public,
            None,
            r.uniform(0.004, 0.03) if status == 200 else r.uniform(0.002, 0.01),
            1187 if status == 200 else 248,
            during,
        )

    # client credentials: three services every 15 minutes
    for svc, ip, off in [
        ("billing-worker", "10.42.2.61", 41),
        ("report-api", "10.42.3.18", 297),
        ("crm-sync", "10.42.1.90", 533),
    ]:
        t = T0 + sec(off)
        while t < T_END:
            if not fo[0] <= t < fo[1]:
                token(t + sec(r.uniform(0, 2)), ip, "Go-http-client/1.1", 200)
            t += sec(900)
            _ = svc
    # the SPA's refresh grants, and refresh tokens already used or expired
    for t in poisson(r, T0, T_END, 240):
        token(t, f"198.51.100.{r.randint(2, 250)}", r.choice(HY_BROWSERS), 200)
    for t in poisson(r, T0, T_END, 600):
        token(
            t,
            f"203.0.113.{r.randint(2, 250)}",
            "okhttp/4.12.0",
            400,
            {
                "debug": "",
                "message": "invalid_grant",
                "reason": r.choice(
                    [
                        "The refresh token has not been found: not_found",
                        "Token expired. Refresh Token expired at '2024-06-06 21:14:07 +0000 UTC'.",
                    ]
                ),
                "status": "Bad Request",
                "status_code": 400,
            },
        )
    # a partner's client with the old secret
    t = at(9, 40, 17)
    while t < at(10, 10):
        token(
            t + sec(r.uniform(0, 3)),
            "192.0.2.44",
            "python-requests/2.31.0",
            401,
            {
                "debug": "crypto/bcrypt: hashedPassword is not the hash of the given password",
                "message": "invalid_client",
                "reason": "",
                "status": "Unauthorized",
                "status_code": 401,
            },
        )
        t += sec(60)
    # browser sign-ins through the login and consent apps
    for t in poisson(r, T0 + sec(60), T_END - sec(120), 700):
        ip = f"198.51.100.{r.randint(2, 250)}"
        ua = r.choice(HY_BROWSERS)
        browser = {
            "accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "cookie": HY_REDACTED,
            "user-agent": ua,
            "x-forwarded-for": ip,
            "x-forwarded-proto": "https",
        }
        appside = {
            "accept": "application/json",
            "user-agent": "axios/1.6.8",
            "x-request-id": uuid4(r),
        }
        t = request(
            t,
            "GET",
            "/oauth2/auth",
            "/oauth2/auth",
            302,
            browser,
            public,
            HY_REDACTED,
            r.uniform(0.006, 0.02),
            0,
        )
        t = request(
            t + sec(r.uniform(0.2, 0.6)),
            "GET",
            "/admin/oauth2/auth/requests/login",
            "/admin/oauth2/auth/requests/login",
            200,
            appside,
            admin,
            HY_REDACTED,
            r.uniform(0.003, 0.01),
            r.randint(1900, 2300),
        )
        t = request(
            t + sec(r.uniform(6, 40)),
            "PUT",
            "/admin/oauth2/auth/requests/login/accept",
            "/admin/oauth2/auth/requests/login/accept",
            200,
            appside,
            admin,
            HY_REDACTED,
            r.uniform(0.005, 0.02),
            r.randint(210, 260),
        )
        t = request(
            t + sec(r.uniform(0.1, 0.4)),
            "GET",
            "/oauth2/auth",
            "/oauth2/auth",
            302,
            browser,
            public,
            HY_REDACTED,
            r.uniform(0.006, 0.02),
            0,
        )
        t = request(
            t + sec(r.uniform(0.2, 0.5)),
            "GET",
            "/admin/oauth2/auth/requests/consent",
            "/admin/oauth2/auth/requests/consent",
            200,
            appside,
            admin,
            HY_REDACTED,
            r.uniform(0.003, 0.01),
            r.randint(2600, 3100),
        )
        t = request(
            t + sec(r.uniform(0.05, 0.3)),
            "PUT",
            "/admin/oauth2/auth/requests/consent/accept",
            "/admin/oauth2/auth/requests/consent/accept",
            200,
            appside,
            admin,
            HY_REDACTED,
            r.uniform(0.005, 0.02),
            r.randint(240, 290),
        )
        t = request(
            t + sec(r.uniform(0.1, 0.4)),
            "GET",
            "/oauth2/auth",
            "/oauth2/auth",
            302,
            browser,
            public,
            HY_REDACTED,
            r.uniform(0.006, 0.02),
            0,
        )
        t = token(t + sec(r.uniform(0.2, 0.8)), "10.42.3.71", "Go-http-client/1.1", 200)
        request(
            t + sec(r.uniform(0.1, 0.5)),
            "GET",
            "/userinfo",
            "/userinfo",
            200,
            fwd("10.42.3.71", "Go-http-client/1.1", {"authorization": HY_REDACTED}),
            public,
            None,
            r.uniform(0.003, 0.01),
            r.randint(180, 260),
        )
    # resource servers fetching the keys
    for ip, off in [("10.42.1.33", 77), ("10.42.2.140", 618)]:
        t = T0 + sec(off)
        while t < T_END:
            request(
                t + sec(r.uniform(0, 2)),
                "GET",
                "/.well-known/jwks.json",
                "/.well-known/jwks.json",
                200,
                fwd(ip, "Go-http-client/1.1"),
                public,
                None,
                r.uniform(0.001, 0.004),
                1645,
            )
            t += sec(1200)
    return fs.logs(T0)


# --------------------------------------------------------------------------------- pomerium

PM_USERS = [
    ("alice.meyer@corp.example.com", "alice.meyer"),
    ("bob.schulz@corp.example.com", "bob.schulz"),
    ("chen.li@corp.example.com", "chen.li"),
    ("dana.kowalski@corp.example.com", "dana.kowalski"),
    ("erik.hansen@corp.example.com", "erik.hansen"),
    ("fatima.nasser@corp.example.com", "fatima.nasser"),
    ("georg.weber@corp.example.com", "georg.weber"),
    ("hana.sato@corp.example.com", "hana.sato"),
    ("ivan.petrov@corp.example.com", "ivan.petrov"),
    ("julia.romano@corp.example.com", "julia.romano"),
]
PM_CONTRACTORS = ["k.osei@partner.example.net", "m.silva@partner.example.net"]
PM_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
]


def zjson(pairs: list[tuple[str, object]]) -> str:
    """zerolog's JSON: the fields in the order the call added them."""
    return (
        "{"
        + ",".join(
            json.dumps(k) + ":" + json.dumps(v, separators=(",", ":"), ensure_ascii=False)
            for k, v in pairs
        )
        + "}"
    )


def pomerium(r: random.Random) -> list[Log]:
    """Two all-in-one Pomerium pods (PostgreSQL databroker) in front of Grafana, Argo CD and a
    wiki, upgraded at 11:00, 06:00 to 12:00: signed-in users' requests, sign-ins, contractors
    refused on the admin route 09:30-10:30, Grafana restarting 07:40-07:43, Keycloak down
    08:10-08:25, a broken config pushed at 09:15 and fixed at 09:22."""
    fs = Files()
    up = at(11, 0, 14)
    pods = [
        ("pomerium-7d9f8c6b5-kq2xv", T0 - sec(86400), up + sec(4)),
        ("pomerium-7d9f8c6b5-tn8wd", T0 - sec(86400), up + sec(52)),
        ("pomerium-66c8d7f9b4-5bqlr", up - sec(20), T_END + sec(3600)),
        ("pomerium-66c8d7f9b4-x2vhs", up + sec(28), T_END + sec(3600)),
    ]
    running = [(p, a + sec(6), b) for p, a, b in pods]

    def P(
        pod: str, t: datetime, level: str, label: str, msg: str, fields: list[tuple[str, object]]
    ) -> datetime:
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [zjson([("level", level), *fields, ("time", rfc3339s(x)), ("message", msg)])],
            pod,
            1_000_000,
        )

    for pod, a, _b in pods[2:]:
        t = P(
            pod,
            a,
            "info",
            "cmd/pomerium",
            "cmd/pomerium",
            [
                (
                    "envoy_version",
                    "1.29.4+94b3bd2b8f1ad0fdcb53bd0d4e4d83f1c4b3c4f64bd2e3b8d70f1d9d4c1e3aa0",
                ),
                ("version", "v0.26.1-1717592533+5c0d3a1b"),
            ],
        )
        t = P(
            pod,
            t + sec(0.4),
            "info",
            "server started",
            "server started",
            [
                ("grpc-port", str(r.randint(33000, 44000))),
                ("http-port", str(r.randint(33000, 44000))),
                ("outbound-port", str(r.randint(33000, 44000))),
                ("metrics-port", "9090"),
                ("debug-port", str(r.randint(33000, 44000))),
                ("acme-tls-alpn-port", str(r.randint(33000, 44000))),
            ],
        )
        t = P(
            pod,
            t + sec(0.3),
            "warn",
            "there is no configured limit to the number of allowed active downstream connections. Configure a limit in `envoy.resource_monitors.downstream_connections` resource monitor.",
            "there is no configured limit to the number of allowed active downstream connections. Configure a limit in `envoy.resource_monitors.downstream_connections` resource monitor.",
            [("service", "envoy"), ("name", "main")],
        )
        for svc in ("authenticate", "authorize", "databroker", "proxy"):
            t = P(
                pod, t + sec(0.05), "info", f"enabled {svc} service", f"enabled {svc} service", []
            )

    def pod_at(t: datetime) -> str:
        return pick_running(r, running, t)

    routes = {
        "grafana": ("grafana.corp.example.com", "route-8b1f3c0a9d2e4f56"),
        "argocd": ("argocd.corp.example.com", "route-2c7e9a41f0b3d865"),
        "wiki": ("wiki.corp.example.com", "route-f5a03d9e7c14b2a8"),
        "admin": ("admin.corp.example.com", "route-91d4e6b2a8c3f075"),
    }
    sessions: dict[str, tuple[str, str]] = {}
    for email, _name in PM_USERS:
        sessions[email] = (uuid4(r), uuid4(r))  # user id, session id

    def check(
        pod: str,
        t: datetime,
        rid: str,
        method: str,
        path: str,
        host: str,
        ip: str,
        email: str,
        allow: bool,
        why: list[str],
    ) -> datetime:
        uid, sid = sessions.get(email, ("", ""))
        fields: list[tuple[str, object]] = [
            ("service", "authorize"),
            ("request-id", rid),
            ("check-request-id", rid),
            ("method", method),
            ("path", path),
            ("host", host),
            ("ip", ip),
        ]
        if sid:
            fields.append(("session-id", sid))
        fields += [("user", uid), ("email", email)]
        fields += [
            ("allow", allow),
            ("allow-why-true" if allow else "allow-why-false", why),
            ("deny", False),
            ("deny-why-false", []),
        ]
        return P(pod, t, "info", "authorize check", "authorize check", fields)

    def access(
        pod: str,
        t: datetime,
        rid: str,
        method: str,
        path: str,
        host: str,
        cluster: str,
        ip: str,
        status: int,
        details: str,
        size: int,
        dur: float,
        ua: str,
        referer: str = "",
    ) -> datetime:
        return P(
            pod,
            t,
            "info",
            f"http-request {method} {path if not path.startswith('/api/dashboards/uid/') else '/api/dashboards/uid/%s'} {status}",
            "http-request",
            [
                ("service", "envoy"),
                ("upstream-cluster", cluster),
                ("method", method),
                ("authority", host),
                ("path", path),
                ("user-agent", ua),
                ("referer", referer),
                ("forwarded-for", ip),
                ("request-id", rid),
                ("duration", round(dur, 3)),
                ("size", size),
                ("response-code", status),
                ("response-code-details", details),
            ],
        )

    grafana_down = (at(7, 40, 31), at(7, 43, 2))
    for t in poisson(r, T0, T_END, 21):
        email, _ = r.choice(PM_USERS)
        pod = pod_at(t)
        ip = f"203.0.113.{r.randint(2, 250)}"
        rid = uuid4(r)
        ua = r.choice(PM_UA)
        app = r.choices(["grafana", "grafana-dash", "argocd", "wiki"], [55, 20, 15, 10])[0]
        if app == "grafana":
            host, cluster = routes["grafana"]
            method, path = "POST", "/api/ds/query"
        elif app == "grafana-dash":
            host, cluster = routes["grafana"]
            method, path = (
                "GET",
                f"/api/dashboards/uid/{r.choice(['k8s-nodes', 'pg-overview', 'ingress-5xx', 'b7d2c9e1a', 'slo-api'])}",
            )
        elif app == "argocd":
            host, cluster = routes["argocd"]
            method, path = "GET", "/api/v1/applications"
        else:
            host, cluster = routes["wiki"]
            method, path = "GET", "/pages/viewpage.action"
        t = check(
            pod,
            t,
            rid,
            method,
            path,
            host,
            ip,
            email,
            True,
            ["email-ok"] if app != "argocd" else ["groups-ok"],
        )
        if host == routes["grafana"][0] and grafana_down[0] <= t < grafana_down[1]:
            access(
                pod,
                t + sec(r.uniform(0.001, 0.004)),
                rid,
                method,
                path,
                host,
                cluster,
                ip,
                503,
                "upstream_reset_before_response_started{connection_failure}",
                91,
                r.uniform(0.6, 2.5),
                ua,
                f"https://{host}/",
            )
        else:
            access(
                pod,
                t + sec(r.uniform(0.01, 0.4)),
                rid,
                method,
                path,
                host,
                cluster,
                ip,
                200,
                "via_upstream",
                r.randint(900, 48000),
                r.uniform(8, 380),
                ua,
                f"https://{host}/",
            )

    # sign-ins: the route's redirect, the authenticate service, the IdP, the callbacks
    auth_host = "authenticate.corp.example.com"
    for t in poisson(r, T0 + sec(30), T_END - sec(60), 420):
        email, _ = r.choice(PM_USERS)
        host, cluster = routes[r.choice(["grafana", "grafana", "argocd", "wiki"])]
        pod = pod_at(t)
        ip = f"198.51.100.{r.randint(2, 250)}"
        ua = r.choice(PM_UA)
        rid = uuid4(r)
        t = check(pod, t, rid, "GET", "/", host, ip, "", False, ["user-unauthenticated"])
        t = access(
            pod,
            t + sec(0.002),
            rid,
            "GET",
            "/",
            host,
            cluster,
            ip,
            302,
            "ext_authz_denied",
            0,
            r.uniform(1, 4),
            ua,
        )
        t = access(
            pod_at(t),
            t + sec(r.uniform(0.05, 0.3)),
            uuid4(r),
            "GET",
            "/.pomerium/sign_in",
            auth_host,
            "pomerium-control-plane-http",
            ip,
            302,
            "via_upstream",
            0,
            r.uniform(2, 9),
            ua,
            f"https://{host}/",
        )
        if at(8, 10) <= t < at(8, 25):
            continue
        t = access(
            pod_at(t),
            t + sec(r.uniform(4, 25)),
            uuid4(r),
            "GET",
            "/oauth2/callback",
            auth_host,
            "pomerium-control-plane-http",
            ip,
            302,
            "via_upstream",
            0,
            r.uniform(40, 260),
            ua,
            "https://sso.corp.example.com/",
        )
        sessions[email] = (sessions[email][0], uuid4(r))
        access(
            pod_at(t),
            t + sec(r.uniform(0.05, 0.3)),
            uuid4(r),
            "GET",
            "/.pomerium/callback/",
            host,
            "pomerium-control-plane-http",
            ip,
            302,
            "via_upstream",
            0,
            r.uniform(2, 12),
            ua,
            f"https://{auth_host}/",
        )

    # contractors on the admin route
    for t in poisson(r, at(9, 30), at(10, 30), 280):
        email = r.choice(PM_CONTRACTORS)
        sessions.setdefault(email, (uuid4(r), uuid4(r)))
        host, cluster = routes["admin"]
        pod = pod_at(t)
        ip = f"192.0.2.{r.randint(2, 250)}"
        rid = uuid4(r)
        t = check(
            pod,
            t,
            rid,
            "GET",
            "/",
            host,
            ip,
            email,
            False,
            ["email-unauthorized", "groups-unauthorized"],
        )
        t = P(
            pod,
            t + sec(0.001),
            "error",
            "httputil: error",
            "httputil: error",
            [
                ("error", "Forbidden"),
                ("status", 403),
                ("status-text", "Forbidden"),
                ("request-id", rid),
            ],
        )
        access(
            pod,
            t + sec(0.001),
            rid,
            "GET",
            "/",
            host,
            cluster,
            ip,
            403,
            "ext_authz_denied",
            6234,
            r.uniform(2, 6),
            r.choice(PM_UA),
        )

    # the identity manager on the leader: refreshes failing while Keycloak is down, revoked users
    def lead(t: datetime) -> str:
        return "pomerium-7d9f8c6b5-kq2xv" if t < up else "pomerium-66c8d7f9b4-5bqlr"

    kc = 'Post "https://sso.corp.example.com/realms/corp/protocol/openid-connect/token": dial tcp 10.20.0.15:443: connect: connection refused'
    for t in poisson(r, at(8, 10, 20), at(8, 25), 24):
        email, _ = r.choice(PM_USERS)
        uid, sid = sessions[email]
        P(
            lead(t),
            t,
            "error",
            "failed to refresh oauth2 token",
            "failed to refresh oauth2 token",
            [
                ("error", f"identity/oidc: refresh failed: {kc}"),
                ("user_id", uid),
                ("session_id", sid),
            ],
        )
    for t in [at(8, 9, 51), at(8, 10, 4), at(8, 10, 12)]:
        email, _ = r.choice(PM_USERS)
        uid, sid = sessions[email]
        P(
            lead(t),
            t,
            "error",
            "failed to update user info",
            "failed to update user info",
            [
                (
                    "error",
                    'identity/oidc: user info endpoint: Get "https://sso.corp.example.com/realms/corp/protocol/openid-connect/userinfo": context deadline exceeded',
                ),
                ("user_id", uid),
                ("session_id", sid),
            ],
        )
    for t in poisson(r, T0, T_END, 1500):
        P(
            lead(t),
            t,
            "error",
            "failed to refresh oauth2 token, deleting session",
            "failed to refresh oauth2 token, deleting session",
            [
                (
                    "error",
                    'identity/oidc: refresh failed: oauth2: "invalid_grant" "Token is not active"',
                ),
                ("user_id", uuid4(r)),
                ("session_id", uuid4(r)),
            ],
        )

    # the config pushes
    for pod in ["pomerium-7d9f8c6b5-kq2xv", "pomerium-7d9f8c6b5-tn8wd"]:
        cid = uuid4(r)
        t = P(
            pod,
            at(9, 15, 3) + sec(r.uniform(0, 0.8)),
            "info",
            "config: file updated, reconfiguring...",
            "config: file updated, reconfiguring...",
            [("config_change_id", cid)],
        )
        P(
            pod,
            t + sec(0.01),
            "error",
            "config: error updating config",
            "config: error updating config",
            [
                ("config_change_id", cid),
                ("error", "While parsing config: yaml: line 214: did not find expected key"),
            ],
        )
        P(
            pod,
            at(9, 22, 41) + sec(r.uniform(0, 0.8)),
            "info",
            "config: file updated, reconfiguring...",
            "config: file updated, reconfiguring...",
            [("config_change_id", uuid4(r))],
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- casdoor

BEEGO_GREEN, BEEGO_WHITE, BEEGO_YELLOW, BEEGO_RED = (
    "\x1b[97;42m",
    "\x1b[90;47m",
    "\x1b[97;43m",
    "\x1b[97;41m",
)
BEEGO_BLUE, BEEGO_CYAN, BEEGO_RESET = "\x1b[97;44m", "\x1b[97;46m", "\x1b[0m"
CD_USERS = [
    "alice",
    "bkoch",
    "chen.wei",
    "d.novak",
    "emma.s",
    "farid",
    "greta",
    "h.tanaka",
    "ines",
    "jonas.b",
    "kofi",
    "lena.m",
]
CD_FRAMES = [
    "/usr/local/go/src/runtime/panic.go:920",
    "/usr/local/go/src/runtime/panic.go:261",
    "/usr/local/go/src/runtime/signal_unix.go:861",
    "/go/src/casdoor/object/token_oauth.go:379",
    "/go/src/casdoor/controllers/token.go:206",
    "/usr/local/go/src/reflect/value.go:596",
    "/usr/local/go/src/reflect/value.go:380",
    "/go/pkg/mod/github.com/astaxie/beego@v1.12.3/router.go:897",
    "/usr/local/go/src/net/http/server.go:2938",
    "/usr/local/go/src/net/http/server.go:2009",
    "/usr/local/go/src/runtime/asm_amd64.s:1650",
]


def beego_head(t: datetime, lvl: str) -> str:
    """beego's file logger: `2006/01/02 15:04:05.000 [L] ` and the logger's empty prefix and its
    blank before the message."""
    return f"{t:%Y/%m/%d %H:%M:%S}.{t.microsecond // 1000:03d} [{lvl}]  "


def casdoor(r: random.Random) -> list[Log]:
    """Two Casdoor replicas (Redis sessions, MySQL) for an organisation's apps, 06:00 to 12:00:
    the SPA and sign-ins, apps exchanging codes and reading user info, the LDAP auto-sync every
    five minutes and the directory down 07:20-07:45, a partner's client of a deleted application
    crashing the token handler 09:00-09:40, casdoor-1 restarted at 11:10."""
    fs = Files()
    pods = ["casdoor-0", "casdoor-1"]
    restart = at(11, 10, 22)
    ldap_id = "3e2c1b7a-5d4f-4a8e-9c6b-2f1d0e9a8b7c"

    def B(
        pod: str, t: datetime, lvl: str, label: str, msg: str, more: list[str] | None = None
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            h = beego_head(x, lvl)
            return [h + msg, *[h + m for m in more or []]]

        return fs.add(f"{pod}.log", t, label, text, pod, 1000)

    def router(
        pod: str,
        t: datetime,
        ip: str,
        status: int,
        dur: float,
        method: str,
        path: str,
        pattern: str | None,
        route: str | None = None,
    ) -> datetime:
        sc = (
            BEEGO_GREEN
            if status < 300
            else BEEGO_WHITE
            if status < 400
            else BEEGO_YELLOW
            if status < 500
            else BEEGO_RED
        )
        mc = {"GET": BEEGO_BLUE, "POST": BEEGO_CYAN}[method]
        line = f"|{ip:>15}|{sc} {status:3d} {BEEGO_RESET}|{go_dur(dur):>13}|{'match' if pattern else 'nomatch':>8}|{mc} {method:<7} {BEEGO_RESET} {path:<3}"
        if pattern:
            line += f"   r:{pattern}"
        return B(pod, t, "D", f"{method} {route or path} {status}", line)

    def pod_at(t: datetime) -> str:
        if restart - sec(2) <= t < restart + sec(9):
            return "casdoor-0"
        return r.choice(pods)

    def ip_prefix(ip: str) -> str:
        return f"({ip}: ) "

    B(
        "casdoor-1",
        restart + sec(6.2),
        "I",
        "http server Running on http://%s",
        "http server Running on http://:8000",
    )
    B(
        "casdoor-1",
        restart + sec(6.25),
        "I",
        "autoSync started for %s",
        f"autoSync started for {ldap_id}",
    )

    # the SPA's account polls
    for t in poisson(r, T0, T_END, 20):
        router(
            pod_at(t),
            t,
            f"203.0.113.{r.randint(2, 250)}",
            200,
            r.uniform(0.0004, 0.004),
            "GET",
            "/api/get-account",
            "/api/get-account",
        )
    # sign-ins
    for t in poisson(r, T0 + sec(20), T_END - sec(60), 270):
        ip = f"198.51.100.{r.randint(2, 250)}"
        user = r.choice(CD_USERS)
        t = router(
            pod_at(t), t, ip, 200, r.uniform(0.0002, 0.001), "GET", "/login/oauth/authorize", None
        )
        if r.random() < 0.3:
            t = router(
                pod_at(t),
                t + sec(r.uniform(0.05, 0.2)),
                ip,
                200,
                r.uniform(0.0003, 0.002),
                "GET",
                "/static/js/main.8e3fa1c2.js",
                None,
                "/static/js/%s",
            )
        t = router(
            pod_at(t),
            t + sec(r.uniform(0.1, 0.5)),
            ip,
            200,
            r.uniform(0.003, 0.02),
            "GET",
            "/api/get-app-login",
            "/api/get-app-login",
        )
        tries = 2 if r.random() < 0.18 else 1
        for k in range(tries):
            pod = pod_at(t)
            t += sec(r.uniform(4, 30))
            if k == tries - 1:
                t = B(
                    pod,
                    t,
                    "I",
                    "API: [%s] signed in",
                    ip_prefix(ip) + f"API: [built-in/{user}] signed in",
                )
            t = router(
                pod,
                t + sec(0.002),
                ip,
                200,
                r.uniform(0.06, 0.25),
                "POST",
                "/api/login",
                "/api/login",
            )
        t = router(
            pod_at(t),
            t + sec(r.uniform(0.2, 0.9)),
            "10.42.2.57",
            200,
            r.uniform(0.02, 0.08),
            "POST",
            "/api/login/oauth/access_token",
            "/api/login/oauth/access_token",
        )
        router(
            pod_at(t),
            t + sec(r.uniform(0.05, 0.3)),
            "10.42.2.57",
            200,
            r.uniform(0.002, 0.01),
            "GET",
            "/api/userinfo",
            "/api/userinfo",
        )
    # sign-outs, sign-ups, a password change
    for t in poisson(r, T0, T_END, 700):
        pod = pod_at(t)
        ip = f"203.0.113.{r.randint(2, 250)}"
        t = B(
            pod,
            t,
            "I",
            "API: [%s] logged out",
            ip_prefix(ip) + f"API: [built-in/{r.choice(CD_USERS)}] logged out",
        )
        router(
            pod,
            t + sec(0.002),
            ip,
            200,
            r.uniform(0.002, 0.01),
            "POST",
            "/api/logout",
            "/api/logout",
        )
    for t in [at(7, 12, 40), at(8, 47, 3), at(9, 55, 18), at(10, 31, 9), at(11, 42, 51)]:
        pod = pod_at(t)
        ip = f"198.51.100.{r.randint(2, 250)}"
        t = B(
            pod,
            t,
            "I",
            "API: [%s] is signed up as new user",
            ip_prefix(ip)
            + f"API: [built-in/{r.choice(['o.adeyemi', 'p.larsen', 'q.huang', 'r.moreau', 's.ivanova'])}] is signed up as new user",
        )
        router(
            pod, t + sec(0.002), ip, 200, r.uniform(0.08, 0.3), "POST", "/api/signup", "/api/signup"
        )
    for t in [at(8, 2, 14), at(10, 12, 37)]:
        pod = pod_at(t)
        ip = f"203.0.113.{r.randint(2, 250)}"
        t = B(
            pod,
            t,
            "I",
            "API: [%s] has changed password",
            ip_prefix(ip) + f"API: [built-in/{r.choice(CD_USERS)}] has changed password",
        )
        router(
            pod,
            t + sec(0.002),
            ip,
            200,
            r.uniform(0.08, 0.3),
            "POST",
            "/api/set-password",
            "/api/set-password",
        )
    # the apps reading discovery and keys
    for ip, off in [("10.42.1.20", 33), ("10.42.3.9", 301)]:
        t = T0 + sec(off)
        while t < T_END:
            t2 = router(
                pod_at(t),
                t + sec(r.uniform(0, 1)),
                ip,
                200,
                r.uniform(0.0003, 0.002),
                "GET",
                "/.well-known/openid-configuration",
                "/.well-known/openid-configuration",
            )
            router(
                pod_at(t2),
                t2 + sec(0.02),
                ip,
                200,
                r.uniform(0.0005, 0.003),
                "GET",
                "/.well-known/jwks",
                "/.well-known/jwks",
            )
            t += sec(600)
    # the LDAP auto-sync on each replica
    for pod, off in [("casdoor-0", 137), ("casdoor-1", 211)]:
        t = T0 + sec(off)
        while t < T_END:
            if pod == "casdoor-1" and restart - sec(300) < t < restart + sec(8):
                t = restart + sec(6.3) + sec(300)
                continue
            tt = t + sec(r.uniform(0, 0.05))
            if at(7, 20) <= tt < at(7, 45):
                B(
                    pod,
                    tt + sec(r.uniform(3, 6)),
                    "W",
                    "autoSync failed for %s, error LDAP Result Code %d %q: dial tcp %s: connect: connection refused",
                    f'autoSync failed for {ldap_id}, error LDAP Result Code 200 "Network Error": dial tcp 10.0.8.10:389: connect: connection refused',
                )
            else:
                new = 1 if r.random() < 0.06 else 0
                B(
                    pod,
                    tt + sec(r.uniform(0.4, 2.2)),
                    "I",
                    "ldap autosync success, %d new users, %d existing users",
                    f"ldap autosync success, {new} new users, {412 + (1 if tt > at(9, 0) else 0)} existing users",
                )
            t += sec(300)
    # the partner's client of a deleted application
    t = at(9, 0, 31)
    while t < at(9, 40):
        tt = t + sec(r.uniform(0, 4))
        pod = pod_at(tt)
        tt = B(
            pod,
            tt,
            "C",
            "the request url is  %s",
            "the request url is  /api/login/oauth/access_token",
        )
        tt = B(
            pod,
            tt,
            "C",
            "Handler crashed with error runtime error: invalid memory address or nil pointer dereference",
            "Handler crashed with error runtime error: invalid memory address or nil pointer dereference",
            CD_FRAMES,
        )
        router(
            pod,
            tt + sec(0.001),
            "192.0.2.87",
            500,
            r.uniform(0.003, 0.012),
            "POST",
            "/api/login/oauth/access_token",
            "/api/login/oauth/access_token",
        )
        t += sec(120)
    return fs.logs(T0)


# ------------------------------------------------------------------------------ vouch-proxy


def go_float(v: float) -> str:
    """strconv.FormatFloat(v, 'f', -1, 64): the shortest digits, never an exponent."""
    from decimal import Decimal

    s = format(Decimal(repr(v)), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def vouch_proxy(r: random.Random) -> list[Log]:
    """Two Vouch Proxy pods behind nginx's auth_request for the company's internal apps, 06:00
    to 12:00: `/validate` on every request, sign-ins through Keycloak, expired cookies, Vouch's
    egress to Keycloak blocked 07:50-08:05, a new host not in `vouch.domains` 09:10-09:40, the
    10:20 rollout without the shared secret file (each pod its own jwt.secret and session.key)
    and the 10:48 restart with it mounted."""
    fs = Files()
    roll, fix = at(10, 20, 9), at(10, 48, 31)
    pods = [
        ("vouch-proxy-6d5f7c8b9-h2k7p", T0 - sec(86400), roll + sec(2)),
        ("vouch-proxy-6d5f7c8b9-r4m9x", T0 - sec(86400), roll + sec(33)),
        ("vouch-proxy-7b9c4d6f8-j5n2w", roll - sec(14), fix + sec(1)),
        ("vouch-proxy-7b9c4d6f8-t8q3z", roll + sec(19), fix + sec(24)),
        ("vouch-proxy-58d7b6c9f4-kx8vd", fix - sec(11), T_END + sec(3600)),
        ("vouch-proxy-58d7b6c9f4-wq2nr", fix + sec(16), T_END + sec(3600)),
    ]
    running = [(p, a + sec(2), b) for p, a, b in pods]
    counters: dict[str, list[float]] = {}

    def V(
        pod: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        fields: list[tuple[str, object]] | None = None,
    ) -> datetime:
        ns = r.randint(0, 999)

        def text(x: datetime) -> list[str]:
            ts = go_float(x.timestamp() + ns / 1e9)
            body = [
                json.dumps("level") + ":" + json.dumps(level),
                '"ts":' + ts,
                '"msg":' + json.dumps(msg, ensure_ascii=False),
            ]
            for k, v in fields or []:
                body.append(
                    json.dumps(k)
                    + ":"
                    + (go_float(v) if isinstance(v, float) else json.dumps(v, ensure_ascii=False))
                )
            return ["{" + ",".join(body) + "}"]

        return fs.add(f"{pod}.log", t, label, text, pod, 1)

    def boot(pod: str, t: datetime, secret: bool) -> None:
        if secret:
            t = V(pod, t, "info", "jwt.secret read from %s", "jwt.secret read from /config/secret")
        else:
            t = V(
                pod,
                t,
                "info",
                "jwt.secret not found in %s",
                "jwt.secret not found in /config/secret",
            )
            t = V(
                pod,
                t + sec(0.0001),
                "warn",
                "generating random jwt.secret and storing it in %s",
                "generating random jwt.secret and storing it in /config/secret",
            )
            t = V(
                pod,
                t + sec(0.0004),
                "warn",
                "generating random session.key",
                "generating random session.key",
            )
        for claim, header in [
            ("groups", "X-Vouch-Idp-Claims-Groups"),
            ("email", "X-Vouch-Idp-Claims-Email"),
        ]:
            t = V(
                pod,
                t + sec(0.0003),
                "info",
                "%s.header.claims %s will be forwarded downstream in the Header %s",
                f"Vouch.header.claims {claim} will be forwarded downstream in the Header {header}",
            )
        t = V(
            pod,
            t + sec(0.0008),
            "info",
            "jwtcache: the returned headers for a valid jwt will be cached for %d minutes",
            "jwtcache: the returned headers for a valid jwt will be cached for 20 minutes",
        )
        V(
            pod,
            t + sec(0.0005),
            "info",
            "starting Vouch Proxy",
            "starting Vouch Proxy",
            [
                ("version", "v0.40.0"),
                ("buildtime", "2024-01-16T20:41:07Z"),
                ("uname", "Linux"),
                ("buildhost", "fv-az1106-521"),
                ("branch", "master"),
                ("semver", "v0.40.0"),
                ("listen", "http://0.0.0.0:9090"),
                ("tls", False),
                ("document_root", ""),
                ("oauth.provider", "oidc"),
            ],
        )
        counters[pod] = [0, 0.0]

    for pod, a, _b in pods[2:]:
        boot(pod, a + sec(r.uniform(0.05, 0.9)), a > fix - sec(60))

    def served(
        pod: str, t: datetime, status: int, path: str, route: str, host: str, lat: float
    ) -> datetime:
        lat = round(lat, 9)
        c = counters.setdefault(pod, [r.randint(40000, 90000), 0.00031])
        c[0] += 1
        c[1] = c[1] + (lat - c[1]) / c[0]
        d = go_dur(lat)
        return V(
            pod,
            t + sec(lat),
            "info",
            f"|{status}| %10v {route}",
            f"|{status}| {d:>10} {path}",
            [
                ("statusCode", status),
                ("request", int(c[0])),
                ("latency", lat),
                ("avgLatency", round(c[1], 9)),
                ("ipPort", f"10.42.0.{r.choice([11, 12])}:{r.randint(32768, 60999)}"),
                ("method", "GET"),
                ("host", host),
                ("path", path),
                ("referer", ""),
            ],
        )

    def pod_at(t: datetime) -> str:
        return pick_running(r, running, t)

    hosts = ["grafana.example.com", "wiki.example.com", "jenkins.example.com", "kibana.example.com"]
    mismatch = (roll + sec(19), fix)
    kc_block = (at(7, 50, 12), at(8, 5, 40))

    def login(t: datetime, host: str, loop: int = 0) -> datetime:
        """A browser sent to /login, to Keycloak and back through /auth and /auth/{state}/."""
        pod = pod_at(t)
        state = "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            for _ in range(43)
        )
        url = f"https://{host}/"
        if mismatch[0] <= t < mismatch[1] and r.random() < 0.5:
            t = V(
                pod,
                t,
                "info",
                "couldn't find existing encrypted secure cookie with name %s: %s (probably fine)",
                "couldn't find existing encrypted secure cookie with name VouchSession: securecookie: the value is not valid (probably fine)",
            )
        if loop > 6:
            t = V(
                pod,
                t + sec(0.0002),
                "error",
                "/login Too many unsuccessful authorization attempts for the requested URL %s %s",
                f"/login Too many unsuccessful authorization attempts for the requested URL {url} ",
            )
            return served(
                pod, t, 400, "/login", "/login", "vouch.example.com", r.uniform(0.0002, 0.0008)
            )
        t = served(pod, t, 302, "/login", "/login", "vouch.example.com", r.uniform(0.0002, 0.0009))
        t += sec(r.uniform(3, 25))
        pod = pod_at(t)
        t = served(pod, t, 302, "/auth", "/auth", "vouch.example.com", r.uniform(0.00005, 0.0002))
        t += sec(r.uniform(0.05, 0.3))
        pod2 = pod_at(t)
        path = f"/auth/{state}/"
        if mismatch[0] <= t < mismatch[1] and pod2 != pod:
            t = V(
                pod2,
                t,
                "error",
                "/auth securecookie: the value is not valid: could not find session store %s",
                "/auth securecookie: the value is not valid: could not find session store VouchSession",
            )
            return served(
                pod2, t, 400, path, "/auth/%s/", "vouch.example.com", r.uniform(0.0002, 0.0008)
            )
        if kc_block[0] <= t < kc_block[1]:
            t = V(
                pod2,
                t + sec(10),
                "error",
                "/auth Error while retrieving user info after successful login at the OAuth provider: Post %q: dial tcp %s: i/o timeout",
                '/auth Error while retrieving user info after successful login at the OAuth provider: Post "https://sso.example.com/realms/corp/protocol/openid-connect/token": dial tcp 10.20.0.15:443: i/o timeout',
            )
            return served(
                pod2, t, 400, path, "/auth/%s/", "vouch.example.com", r.uniform(0.0002, 0.0008)
            )
        if r.random() < 0.04:
            t = V(
                pod2,
                t + sec(0.02),
                "error",
                "/auth Error while retrieving user info after successful login at the OAuth provider: oauth2: %q %q",
                '/auth Error while retrieving user info after successful login at the OAuth provider: oauth2: "invalid_grant" "Code not valid"',
            )
            return served(
                pod2, t, 400, path, "/auth/%s/", "vouch.example.com", r.uniform(0.01, 0.03)
            )
        if r.random() < 0.03:
            t = V(
                pod2,
                t,
                "error",
                "/auth Invalid session state: stored %s, returned %s",
                f"/auth Invalid session state: stored %!s(<nil>), returned {state}",
            )
            return served(
                pod2, t, 400, path, "/auth/%s/", "vouch.example.com", r.uniform(0.0002, 0.0008)
            )
        user = r.choice(PM_USERS)[1]
        first, last = user.split(".")
        body = json.dumps(
            {
                "sub": uuid4(r),
                "email_verified": True,
                "name": f"{first.title()} {last.title()}",
                "groups": r.choice(
                    [["/staff"], ["/staff", "/grafana-editors"], ["/staff", "/ops"]]
                ),
                "preferred_username": user,
                "given_name": first.title(),
                "family_name": last.title(),
                "email": f"{user}@example.com",
            },
            separators=(",", ":"),
        )
        t = V(
            pod2,
            t + sec(r.uniform(0.03, 0.09)),
            "info",
            "OpenID userinfo body: %s",
            f"OpenID userinfo body: {body}",
        )
        return served(pod2, t, 302, path, "/auth/%s/", "vouch.example.com", r.uniform(0.04, 0.11))

    # nginx's auth_request on every protected request
    for t in poisson(r, T0, T_END, 17):
        pod = pod_at(t)
        host = r.choice(hosts)
        if mismatch[0] <= t < mismatch[1] and r.random() < 0.5:
            t = V(pod, t, "error", "signature is invalid", "signature is invalid")
            served(pod, t, 401, "/validate", "/validate", host, r.uniform(0.00005, 0.0002))
        else:
            served(pod, t, 200, "/validate", "/validate", host, r.uniform(0.00002, 0.0004))
    # new visitors (no cookie) and expired cookies, each followed by a sign-in
    for t in poisson(r, T0 + sec(10), T_END - sec(60), 170):
        pod = pod_at(t)
        host = r.choice(hosts)
        if r.random() < 0.2:
            t = V(
                pod,
                t,
                "error",
                "token is expired by %s",
                f"token is expired by {go_dur(r.uniform(60, 20000)).split('.')[0]}s",
            )
        else:
            t = V(pod, t, "error", "no jwt found in request", "no jwt found in request")
        t = served(pod, t, 401, "/validate", "/validate", host, r.uniform(0.00004, 0.0002))
        login(t + sec(r.uniform(0.05, 0.3)), host)
    # the login loops while the pods disagree on the secret
    for t in poisson(r, mismatch[0] + sec(60), mismatch[1] - sec(120), 150):
        host = r.choice(hosts)
        for loop in range(r.choice([3, 5, 8])):
            t = login(t, host, loop) + sec(r.uniform(1, 4))
    # the host nobody added to vouch.domains
    t = at(9, 10, 4)
    while t < at(9, 40):
        pod = pod_at(t)
        tt = V(
            pod,
            t + sec(r.uniform(0, 3)),
            "error",
            "http header 'Host: %s' not authorized for configured `vouch.domains` (is Host being sent properly?)",
            "http header 'Host: metrics.example.net' not authorized for configured `vouch.domains` (is Host being sent properly?)",
        )
        served(
            pod,
            tt,
            401,
            "/validate",
            "/validate",
            "metrics.example.net",
            r.uniform(0.00005, 0.0002),
        )
        t += sec(r.uniform(15, 25))
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "zitadel": zitadel,
    "hydra": hydra,
    "pomerium": pomerium,
    "casdoor": casdoor,
    "vouch-proxy": vouch_proxy,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
