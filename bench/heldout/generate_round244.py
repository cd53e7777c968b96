#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 244 (oathkeeper, keto, logto, supertokens, openfga) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five authentication and authorization services of one
platform, 2024-06-07. The brief's FusionAuth is replaced by OpenFGA: FusionAuth is closed source
and at run time writes almost nothing to its log (logins, failures and webhook results go to its
database's event and login records; its log holds the start-up, maintenance mode and shutdown),
so a working day could not be written faithfully, nor its wording checked against a source;
OpenFGA is another self-hosted auth service (relationship-based authorization), not in the set.

- Ory Oathkeeper v0.40.6, then v0.40.7 from a rollout at 10:40 (`oathkeeper-6d9f7c8b5-k2x7q.log`,
  `oathkeeper-6d9f7c8b5-r9m4t.log`, `oathkeeper-7b8c9d6f4-f5n2w.log`,
  `oathkeeper-7b8c9d6f4-x8p3z.log`: `kubectl logs` of each pod, 06:00 to 12:00). The decision API
  behind Traefik's forwardAuth (`GET /decisions`, the request in `X-Forwarded-*`), ory/x
  logrusx's text formatter (quoting disabled, fields sorted, maps as Go's `%v`, whole seconds):
  `time=2024-06-07T06:01:08Z level=info msg=started handling request audience=application
  http_request=map[headers:map[...] host:... method:GET path:/decisions query:<nil> remote:...
  scheme:http] service_name=ORY Oathkeeper service_version=v0.40.6`. Per decision reqlog's
  `started handling request` and `completed handling request` (with `http_response`), and
  between them `Access request granted` or the pipeline's warnings (`The authentication handler
  encountered an error`, `No authentication handler was responsible for handling the
  authentication request`, `The authorization handler encountered an error`), `Access request
  denied` (info; warning when no rule matches) and herodot's `An error occurred while handling a
  request` at error for the json error handler (the redirect handler answers 302 without it).
  Browsers on app.example.com (cookie_session against Kratos), services and partners on
  api.example.com (jwt, remote_json against Keto), an admin console, an anonymous status page,
  scanners (`Requested url does not match any rules`, 404). Kratos restarted 07:20-07:27 (500s:
  `dial tcp ...: connect: connection refused`); a broken access-rules ConfigMap at 08:45 (`Unable
  to update access rules from given location, changes will be ignored. ...` on each pod, and the
  reporting service's new `/v2/reports` unmatched until 08:52); an expired mobile-app token
  09:10-09:55 (401s); Keto slow 10:05-10:18 (`Post "...": context deadline exceeded
  (Client.Timeout exceeded while awaiting headers)`, 500s); the rollout: the old pods' `HTTP
  server was shutdown gracefully` (API and metrics) and `HTTP(s) server was shutdown gracefully`
  (proxy), each new pod's banner on stdout (`Thank you for using ORY Oathkeeper %s!` and four more
  lines, one write), `No tracer configured - skipping tracing setup`, the SQA line, `TLS has not
  been configured for api, skipping` / `... proxy, skipping`, `Listening on http://%s` three
  times.
- Ory Keto v0.12.0 (`keto-7c9d8f6b54-2xkqz.log`, `keto-7c9d8f6b54-n8v4t.log`,
  `keto-6f8b7c5d49-hq5rw.log`, `keto-6f8b7c5d49-t7jzm.log`: `kubectl logs`, LOG_FORMAT=json,
  logrus's JSONFormatter: keys sorted, `<>&` escaped, whole seconds, `took` in nanoseconds):
  reqlog's records for Oathkeeper's `POST /relation-tuples/check` (200, 403 when not allowed),
  the admin console's `GET /relation-tuples`, `PUT` and `DELETE /admin/relation-tuples`, the
  directory sync's bursts of `PATCH /admin/relation-tuples` at 07:00, 09:00 and 11:00; the
  projects backend's gRPC calls through go-grpc-middleware v2's logging interceptor, whose
  adapter (internal/driver/logrus_interceptor.go) copies only the first field and logs on the bare
  logrus logger: `{"level":"info","msg":"started call","protocol":"grpc","time":"..."}` and
  `finished call` (warning when a call runs past its deadline); a namespaces ConfigMap with an OPL
  syntax error at 09:40 (`Failed to parse OPL config files at target %s.`, one per parse error);
  PostgreSQL slow 10:05-10:18 (checks taking seconds, 500s with `An error occurred while handling
  a request` and `context canceled`); a rollout at 11:30 (`gracefully shutdown server` for the
  read, write, opl and metrics endpoints; the tracer and SQA lines).
- Logto OSS 1.17, then 1.18 (`logto.log`: `docker compose logs -f -t --no-log-prefix logto` kept
  by the host, docker's RFC 3339 nanosecond time before every line, one container until the
  upgrade at 10:15, its successor after): koa-logger through Logto's ConsoleLog with a 16-letter
  request id (`2024-06-07T06:00:14.920433972Z Fn1pd06H5-ppU7qf   <-- GET /oidc/jwks` and `...
  --> GET /oidc/jwks 200 17ms 1.32kb`) for discovery, JWKS, `/oidc/auth?...` (303), `POST
  /oidc/token` (200, 400 for stale refresh tokens, 500) and `GET /oidc/me`, and the backend's
  Management API profile sync (`GET /api/users/%s`); PostgreSQL restarted 08:50:05-08:50:49 (the
  sync's 500s with `<id> error ConnectionError: connect ECONNREFUSED ...` and Node's inspection of
  the error and its cause over fourteen lines); the upgrade without its alteration deploy:
  each start's npm banners (`\\n> @logto/root@0.0.0 cli\\n> logto db seed --swe\\n`), `info
  Seeding skipped`, `cache    warn No Redis client initialized, skipping`, `db-alt   error Found
  undeployed database alterations, ...` over four lines, `index    error Error while
  initializing app:` and `index    error Error: Undeployed database alterations found.` with its
  stack, four times as Docker restarts it, then after the deploy `core     info Core app is
  running at %s` and `admin    info Admin app is running at %s` twice each.
- SuperTokens: an Express API on supertokens-node 17.1.2 with DEBUG=com.supertokens
  (`api-1.log`, `api-2.log`: `docker logs` of the two replicas recreated with the debug setting
  at 09:05 to chase users being signed out, saved at 10:06). Every logDebugMessage is the debug
  package's non-TTY line on stderr, `2024-06-07T09:06:01.494Z com.supertokens {t:
  "2024-06-07T09:06:01.494Z", message: "middleware: Started", file:
  "/app/node_modules/supertokens-node/lib/build/supertokens.js:219:45" sdkVer: "17.1.2"}`
  (no comma before `sdkVer`, a message's own quotes not escaped), then console.log()'s empty
  line on stdout. The init's three lines; per API call the middleware's `Not handling because
  request path did not start with config path. Request path: %s` and verifySession's eight
  `getSession: ...` lines; each user's hourly access-token expiry (`errorHandler: Error is from
  SuperTokens recipe. Message: Failed to verify access token`, `errorHandler: returning
  TRY_REFRESH_TOKEN`, `Sending response to client with status code: %s`) and the refresh (`POST
  /auth/session/refresh` with `rid: anti-csrf`: the middleware's recipe loop and fourteen lines);
  six users with two tabs on two subdomains racing their refreshes (`refreshSession: Returning
  TOKEN_THEFT_DETECTED because of core response`, `errorHandler: returning TOKEN_THEFT_DETECTED`,
  `errorHandler: Clearing tokens because of TOKEN_THEFT_DETECTED response`): the sign-outs
  being chased; the core upgraded 09:41:05-09:42:21 (the app's error handler prints `Error: No
  SuperTokens core available to query` and its stack, unstamped, after `errorHandler: Started`).
- OpenFGA v1.5.4, then v1.5.5 from a rollout at 10:30 (`openfga-5c7d9b8f6-2kq9x.log`,
  `openfga-5c7d9b8f6-h7w4m.log`, `openfga-6b8f7d9c5-mx3tn.log`, `openfga-6b8f7d9c5-z8r2v.log`:
  `kubectl logs`, the default text logger: zap's development console encoder with the level in
  ANSI colours and error stacktraces, `2024-06-07T06:03:22.494Z\\t\\x1b[34mINFO\\x1b[0m\\t
  grpc_req_complete\\t{"grpc_service": "openfga.v1.OpenFGAService", "grpc_method": "Check",
  ...}`): a documents backend's Check per page view (js SDK), the search service's ListObjects
  (go SDK, a few past the deadline: `Request Deadline Exceeded`), shares (Write, some of an
  existing tuple) and a folder's bulk share 11:02-11:09, an admin tool's Read, the model read on
  SDK starts and written at 09:00 without `can_comment`, which the old backend asks for until its
  deploy at 09:24 (`relation 'document#can_comment' not found`), all `grpc_req_complete` (ctxzap's
  tags in map order); PostgreSQL failing over 08:10:20-08:12:41 (`rpc error: code = Code(4000)
  desc = Internal Server Error` at error with `internal_error` and zap's stacktrace, the SDK's
  retries making bursts); the rollout (`attempting to shutdown gracefully...`, `HTTP server shut
  down.`, `metrics server shut down.`, `gRPC server shut down.`, `server exited. goodbye 👋`;
  `🧪 experimental features enabled: %v`, `using '%v' storage engine`, `using 'preshared'
  authentication`, the two TLS warnings, `📈 starting prometheus metrics server on '%s'`,
  `starting openfga service...` with its config, `🚀 starting gRPC server on '%s'...`, `🚀
  starting HTTP server on '%s'...`).

Label notes. The heads are context: logrusx's time, level and fields (`audience`,
`service_name`, `error`, `http_*`, `granted`, `reason_id`, `rule_id`...), logrus's JSON keys,
docker's and the debug package's times, Logto's request id and ConsoleLog prefix (`cache    warn`,
`index    error`), supertokens-node's `com.supertokens {t: ..., message: "` and `", file: ...
sdkVer: ...}` around the message, zap's time, level and context. Request records are labelled by
method, route and status (round 29's rule): reqlog's `started handling request GET /decisions` and
`completed handling request GET /decisions 401`, koa-logger's `<-- POST /oidc/token` and `-->
POST /oidc/token 400` (a query's values and ids `%s`). gRPC call records are labelled by their
message (Keto's `started call`, OpenFGA's `grpc_req_complete`), as earlier rounds' gitaly and Argo
CD. A word a call site passes is wording (Oathkeeper's `TLS has not been configured for api,
skipping` beside `... proxy, ...`, Logto's `Core app` / `Admin app`, OpenFGA's `using 'preshared'
authentication`); a value that is an error contributes its format (supertokens-node's `Message:
Failed to verify access token`, OpenFGA's error message as its ERROR line's message). A write
over several lines is labelled at its first line with its whole format (`\\n` for line breaks: the
Oathkeeper banner, npm's banner whose first line is empty, Logto's alteration error); its later
lines, stacks, Node's error inspection and zap's stacktrace have no row, nor console.log()'s empty
lines.

Checked against copies of the sources (of nearby versions): Oathkeeper's server, banner,
decision handler, request handler (its warnings and fields) and rule fetcher, ory/x's logrusx
(formatter, WithError, ReportError) and reqlog, herodot's JSON writer (every error written is
logged); Keto's daemon (reqlog, the gRPC interceptors, `gracefully shutdown server`), its
logrus interceptor adapter and OPL watcher; Logto's app init (koa-logger through ConsoleLog),
ConsoleLog, main.ts, check-alteration-state, the Redis cache and the seed command's `Seeding
skipped`; supertokens-node's logger, middleware, errorHandler, session request functions,
recipe implementation, session functions and utils; OpenFGA's run command, logging interceptor,
text logger and errors. Least sure (written from the helper's knowledge): Oathkeeper v0.40's
X-Forwarded-Uri support, service_name `ORY Oathkeeper` in v0.40, the start-up order, the jwt
authenticator's `Token is expired` reason; whether go-grpc-middleware v2 logs `started call` by
default, Keto's OPL parse-error text, Keto's error for a canceled check; npm's banner layout and
the root package's name and version, the Redis line's `cache` prefix, slonik's ConnectionError
text and the stack frames, Node's inspection of the cause; the debug package's non-TTY date,
supertokens-node 17's file:line:column, `Failed to verify access token` for an expired v3 token,
the frontend's `anti-csrf` rid on refresh, the querier's `No SuperTokens core available to
query`; OpenFGA 1.5's raw_request encoding (snake_case as json.Marshal writes it), the encoded
error codes 2017 and 2027 and their names, the config's JSON and its redacted URI, the stack
frames.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round121 import go_dur
from generate_round144 import HY_REDACTED, logrusx_text
from generate_round147 import T0, T_END, at, in_any

MS = 1_000
SEC = 1_000_000

# the load of a working day (06:00 to 12:00), by hour
DAY = {6: 0.3, 7: 0.6, 8: 0.9, 9: 1.0, 10: 1.0, 11: 0.85}


def arrivals(
    r: random.Random, t0: datetime, t1: datetime, per_hour: float, profile: dict[int, float] = DAY
) -> list[datetime]:
    """Instants from t0 to t1, `per_hour` an hour at the busiest hour of `profile`."""
    top = max(profile.values())
    out, t = [], t0
    while True:
        t += sec(r.expovariate(per_hour / 3600))
        if t >= t1:
            return out
        if r.random() < profile.get(t.hour, top) / top:
            out.append(t)


def running(
    r: random.Random, pods: list[tuple[str, datetime, datetime]], t: datetime
) -> str | None:
    """One of the pods serving at t (start <= t < stop), or None."""
    up = [p for p, a, b in pods if a <= t < b]
    return r.choice(up) if up else None


def kube_ip(r: random.Random) -> str:
    return f"10.42.{r.choice([0, 1, 2])}.{r.randint(3, 250)}"


def client_ip(r: random.Random) -> str:
    return r.choice(
        [
            f"198.51.100.{r.randint(2, 250)}",
            f"203.0.113.{r.randint(2, 250)}",
            f"192.0.2.{r.randint(2, 250)}",
            f"100.64.{r.randint(0, 40)}.{r.randint(2, 250)}",
        ]
    )


BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
]
TEXT = {
    200: "OK",
    201: "Created",
    204: "No Content",
    302: "Found",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    500: "Internal Server Error",
}

# ------------------------------------------------------------------------------- oathkeeper

OK_BANNER_MID = (
    "Take security seriously and subscribe to the ORY Security Newsletter. Stay on top of new patches and security insights."
    + " " * 96
)
OK_BANNER = (
    "Thank you for using ORY Oathkeeper %s!\\n\\n"
    + OK_BANNER_MID
    + "\\n\\n>> Subscribe now: http://eepurl.com/di390P <<"
)
OK_SQA = "Software quality assurance features are enabled. Learn more at: https://www.ory.sh/docs/ecosystem/sqa"
OK_TRACER = "No tracer configured - skipping tracing setup"
OK_RULES_FILE = "file:///etc/rules/access-rules.yml"
OK_RULES_BAD = "Unable to update access rules from given location, changes will be ignored. Check the configuration or restart the service if the issue persists."
OK_AUTHN_ERR = "The authentication handler encountered an error"
OK_AUTHZ_ERR = "The authorization handler encountered an error"
OK_NO_AUTHN = "No authentication handler was responsible for handling the authentication request"
OK_HERODOT = "An error occurred while handling a request"
OK_KRATOS = "http://kratos-public.auth.svc.cluster.local/sessions/whoami"
OK_KETO = "http://keto-read.auth.svc.cluster.local:4466/relation-tuples/check"
OK_USERS = [uuid4(random.Random(f"ok-user-{i}")) for i in range(46)]
OK_SERVICES = ["billing-worker", "reporting-cron", "partner-acme", "partner-globex", "mobile-app"]
# app.example.com pages and XHR paths, api.example.com paths
OK_APP_PAGES = ["/", "/dashboard", "/projects", "/projects/{p}", "/settings/profile", "/reports"]
OK_APP_XHR = [
    "/api/me",
    "/api/projects",
    "/api/projects/{p}/tasks",
    "/api/notifications",
    "/api/projects/{p}/members",
]
OK_API = [
    "/v1/invoices",
    "/v1/invoices/{n}",
    "/v1/customers/{n}",
    "/v1/usage",
    "/v1/reports/monthly",
]
OK_ADMIN = ["/", "/users", "/users/{u}", "/audit", "/flags"]
OK_SCAN = [
    ("www.example.com", "/wp-login.php"),
    ("app.example.com", "/.env"),
    ("app.example.com", "/.git/config"),
    ("api.example.com", "/actuator/health"),
    ("203.0.113.80", "/"),
    ("app.example.com", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php"),
    ("api.example.com", "/v2/reports"),
]


def ok_fill(r: random.Random, path: str) -> str:
    return path.format(
        p=r.choice(["alpha", "atlas", "borealis", "cobalt", "delta-7", "ember", "fjord"]),
        n=f"{r.randint(1000, 99999)}",
        u=r.choice(OK_USERS),
    )


def oathkeeper(r: random.Random) -> list[Log]:
    """Two Oathkeeper pods as Traefik's forwardAuth decision API, 06:00 to 12:00, rolled to a
    new version at 10:40 (see the module docstring)."""
    fs = Files()
    roll = at(10, 40, 12)
    pods = [
        ("oathkeeper-6d9f7c8b5-k2x7q", T0 - sec(86400), roll + sec(25), "v0.40.6"),
        ("oathkeeper-6d9f7c8b5-r9m4t", T0 - sec(86400), roll + sec(58), "v0.40.6"),
        ("oathkeeper-7b8c9d6f4-f5n2w", roll, T_END + sec(3600), "v0.40.7"),
        ("oathkeeper-7b8c9d6f4-x8p3z", roll + sec(31), T_END + sec(3600), "v0.40.7"),
    ]
    version = {p: v for p, _, _, v in pods}
    serving = [(p, a + sec(3), b - sec(2)) for p, a, b, _ in pods]
    kratos_down = (at(7, 20, 40), at(7, 27, 5))
    bad_rules = (at(8, 45, 31), at(8, 52, 10))
    keto_slow = (at(10, 5, 0), at(10, 18, 30))

    def L(
        pod: str, t: datetime, level: str, label: str, msg: str, fields: dict[str, object]
    ) -> datetime:
        f = {
            "audience": "application",
            "service_name": "ORY Oathkeeper",
            "service_version": version[pod],
            **fields,
        }
        return fs.add(f"{pod}.log", t, label, lambda x: [logrusx_text(x, level, msg, f)], pod, SEC)

    # start-ups (new pods) and shutdowns (old pods)
    for pod, a, b, ver in pods:
        if a > T0:
            t = fs.add(
                f"{pod}.log",
                a,
                OK_BANNER,
                lambda x, v=ver: [
                    f"Thank you for using ORY Oathkeeper {v}!",
                    "",
                    OK_BANNER_MID,
                    "",
                    ">> Subscribe now: http://eepurl.com/di390P <<",
                ],
                pod,
                SEC,
            )
            t = L(pod, t + sec(0.4), "info", OK_TRACER, OK_TRACER, {})
            t = L(pod, t + sec(0.1), "info", OK_SQA, OK_SQA, {})
            lines = [("api", ":4456"), ("proxy", ":4455"), (None, ":9000")]
            r.shuffle(lines)
            for daemon, addr in lines:
                if daemon:
                    t = L(
                        pod,
                        t,
                        "info",
                        f"TLS has not been configured for {daemon}, skipping",
                        f"TLS has not been configured for {daemon}, skipping",
                        {},
                    )
                t = L(pod, t, "info", "Listening on http://%s", f"Listening on http://{addr}", {})
        if b < T_END:
            t = b - sec(1.5)
            order = ["api", "proxy", "prom"]
            r.shuffle(order)
            for srv in order:
                if srv == "proxy":
                    t = L(
                        pod,
                        t,
                        "info",
                        "HTTP(s) server was shutdown gracefully",
                        "HTTP(s) server was shutdown gracefully",
                        {},
                    )
                else:
                    t = L(
                        pod,
                        t,
                        "info",
                        "HTTP server was shutdown gracefully",
                        "HTTP server was shutdown gracefully",
                        {},
                    )

    # the broken access-rules ConfigMap: every running pod reloads it and refuses it
    for pod, a, b, _ in pods:
        if a <= bad_rules[0] < b:
            L(
                pod,
                bad_rules[0] + sec(r.uniform(1, 40)),
                "error",
                OK_RULES_BAD,
                OK_RULES_BAD,
                {
                    "error": {
                        "message": "error converting YAML to JSON: yaml: line 57: mapping values are not allowed in this context"
                    },
                    "file": OK_RULES_FILE,
                },
            )

    sessions = {u: r.random() < 0.85 for u in OK_USERS}  # whose session cookie is still valid

    def decide(
        t: datetime,
        host: str,
        path: str,
        method: str,
        accept: str,
        ua: str,
        cred: str | None,
        kind: str,
        who: str = "",
    ) -> None:
        pod = running(r, serving, t)
        if pod is None:
            return
        ip = client_ip(r) if kind != "service" else f"10.42.{r.randint(0, 2)}.{r.randint(3, 250)}"
        headers: dict[str, object] = {
            "accept": accept,
            "user-agent": ua,
            "x-forwarded-for": ip,
            "x-forwarded-host": host,
            "x-forwarded-method": method,
            "x-forwarded-proto": "https",
            "x-forwarded-uri": path,
            "x-real-ip": ip,
        }
        if cred == "cookie":
            headers["cookie"] = HY_REDACTED
        elif cred == "bearer":
            headers["authorization"] = HY_REDACTED
        req = {
            "headers": headers,
            "host": "oathkeeper-api.auth.svc.cluster.local:4456",
            "method": "GET",
            "path": "/decisions",
            "query": None,
            "remote": f"{kube_ip(r)}:{r.randint(32768, 60999)}",
            "scheme": "http",
        }
        url = f"https://{host}{path.split('?')[0]}"
        hf = {"http_host": host, "http_method": method, "http_url": url, "http_user_agent": ua}
        took = r.uniform(0.0008, 0.006)
        t = L(
            pod,
            t,
            "info",
            "started handling request GET /decisions",
            "started handling request",
            {"http_request": req},
        )
        rule = {
            "app": "app-browser",
            "xhr": "app-api",
            "api": "public-api",
            "admin": "admin-console",
            "status": "status-page",
        }.get(kind, "")
        status, resp_headers = 200, {}
        err: dict[str, object] | None = None
        subject = ""
        if kind == "scan":
            err = {
                "message": "Requested url does not match any rules",
                "status": "Not Found",
                "status_code": 404,
            }
            t = L(
                pod,
                t + sec(took),
                "warning",
                "Access request denied",
                "Access request denied",
                {"error": err, "granted": "false", **hf},
            )
            status = 404
        elif kind == "status":
            t = L(
                pod,
                t + sec(took),
                "info",
                "Access request granted",
                "Access request granted",
                {"granted": "true", **hf},
            )
            resp_headers = {"x-user": "guest"}
        else:
            fr = {**hf, "rule_id": rule}
            authn = "cookie_session" if kind in ("app", "xhr", "admin") else "jwt"
            if cred is None:
                e = {
                    "message": "Access credentials are invalid",
                    "status": "Unauthorized",
                    "status_code": 401,
                }
                t = L(
                    pod,
                    t + sec(took),
                    "warning",
                    OK_NO_AUTHN,
                    OK_NO_AUTHN,
                    {
                        "error": e,
                        "granted": "false",
                        "reason_id": "authentication_handler_no_match",
                        **fr,
                    },
                )
                err, status = e, 401
            elif cred == "expired" or (authn == "cookie_session" and in_any(t, [kratos_down])):
                if authn == "cookie_session" and in_any(t, [kratos_down]):
                    e = {
                        "message": f'Get "{OK_KRATOS}": dial tcp 10.43.12.7:80: connect: connection refused'
                    }
                    status = 500
                elif authn == "cookie_session":
                    e = {
                        "message": "Access credentials are invalid",
                        "status": "Unauthorized",
                        "status_code": 401,
                    }
                    status = 401
                else:
                    e = {
                        "message": "Access credentials are invalid",
                        "reason": "Token is expired",
                        "status": "Unauthorized",
                        "status_code": 401,
                    }
                    status = 401
                t = L(
                    pod,
                    t + sec(took),
                    "warning",
                    OK_AUTHN_ERR,
                    OK_AUTHN_ERR,
                    {
                        "authentication_handler": authn,
                        "error": e,
                        "granted": "false",
                        "reason_id": "authentication_handler_error",
                        **fr,
                    },
                )
                err = e
            else:
                subject = who or r.choice(OK_USERS)
                fr["subject"] = subject
                keto_used = kind in ("api", "admin")
                deny = keto_used and r.random() < (0.5 if kind == "admin" else 0.06)
                if keto_used and in_any(t, [keto_slow]) and r.random() < 0.55:
                    took += 1.0
                    e = {
                        "message": f'Post "{OK_KETO}": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'
                    }
                    t = L(
                        pod,
                        t + sec(took),
                        "warning",
                        OK_AUTHZ_ERR,
                        OK_AUTHZ_ERR,
                        {
                            "authorization_handler": "remote_json",
                            "error": e,
                            "granted": "false",
                            "reason_id": "authorization_handler_error",
                            **fr,
                        },
                    )
                    err, status = e, 500
                elif deny:
                    e = {
                        "message": "Access credentials are not sufficient to access this resource",
                        "status": "Forbidden",
                        "status_code": 403,
                    }
                    t = L(
                        pod,
                        t + sec(took),
                        "warning",
                        OK_AUTHZ_ERR,
                        OK_AUTHZ_ERR,
                        {
                            "authorization_handler": "remote_json",
                            "error": e,
                            "granted": "false",
                            "reason_id": "authorization_handler_error",
                            **fr,
                        },
                    )
                    err, status = e, 403
            if err is None:
                t = L(
                    pod,
                    t + sec(took),
                    "info",
                    "Access request granted",
                    "Access request granted",
                    {"granted": "true", **hf},
                )
                resp_headers = {"x-user": subject}
            else:
                t = L(
                    pod,
                    t + sec(0.0002),
                    "info",
                    "Access request denied",
                    "Access request denied",
                    {"error": err, "granted": "false", **hf},
                )
        redirect = (
            err is not None
            and status == 401
            and kind in ("app", "admin")
            and accept.startswith("text/html")
        )
        if redirect:
            status = 302
            back = f"https://{host}{path}".replace("&", "%26")
            resp_headers = {
                "location": f"https://auth.example.com/self-service/login/browser?return_to={back}"
            }
        elif err is not None:
            resp_headers = {"content-type": "application/json"}
            L(
                pod,
                t + sec(0.0001),
                "error",
                OK_HERODOT,
                OK_HERODOT,
                {"error": err, "http_request": req, "http_response": {"status_code": status}},
            )
        size = 0 if status in (200, 302) else r.randint(120, 260)
        resp = {
            "headers": resp_headers,
            "size": size,
            "status": status,
            "text_status": TEXT[status],
            "took": go_dur(took + r.uniform(0.0001, 0.002)),
        }
        L(
            pod,
            t + sec(0.0002),
            "info",
            f"completed handling request GET /decisions {status}",
            "completed handling request",
            {"http_request": req, "http_response": resp},
        )

    # browsers on app.example.com: page loads and the XHR calls each page makes
    for t in arrivals(r, T0, T_END, 46):
        u = r.choice(OK_USERS)
        ua = r.choice(BROWSERS)
        cred: str | None = "cookie" if sessions[u] else ("expired" if r.random() < 0.5 else None)
        if sessions[u] is False and r.random() < 0.6:
            sessions[u] = True  # signed in again
        page = ok_fill(r, r.choice(OK_APP_PAGES))
        decide(
            t,
            "app.example.com",
            page,
            "GET",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            ua,
            cred,
            "app",
            u,
        )
        if cred == "cookie":
            for _ in range(r.choice([1, 1, 2, 3])):
                t += sec(r.uniform(0.2, 4))
                x = ok_fill(r, r.choice(OK_APP_XHR))
                decide(
                    t,
                    "app.example.com",
                    x,
                    r.choice(["GET", "GET", "GET", "POST"]),
                    "application/json",
                    ua,
                    "cookie",
                    "xhr",
                    u,
                )
        if r.random() < 0.03:
            sessions[u] = False
    # services and partners on api.example.com
    mobile_expired = (at(9, 10), at(9, 55))
    for t in arrivals(r, T0, T_END, 30, {6: 0.7, 7: 0.8, 8: 0.9, 9: 1.0, 10: 1.0, 11: 0.9}):
        svc = r.choice(OK_SERVICES)
        ua = {
            "mobile-app": "ExampleApp/4.12.0 (iOS 17.5)",
            "billing-worker": "Go-http-client/2.0",
            "reporting-cron": "python-requests/2.32.3",
        }.get(svc, "okhttp/4.12.0")
        cred = "bearer"
        if svc == "mobile-app" and in_any(t, [mobile_expired]) and r.random() < 0.7:
            cred = "expired"
        elif r.random() < 0.03:
            cred = None
        decide(
            t,
            "api.example.com",
            ok_fill(r, r.choice(OK_API)),
            r.choice(["GET", "GET", "POST"]),
            "application/json",
            ua,
            cred,
            "api",
            svc,
        )
    # the admin console
    for t in arrivals(r, at(7, 30), T_END, 9):
        decide(
            t,
            "admin.example.com",
            ok_fill(r, r.choice(OK_ADMIN)),
            "GET",
            "text/html,application/xhtml+xml",
            r.choice(BROWSERS),
            "cookie" if r.random() < 0.9 else None,
            "admin",
        )
    # the status page (anonymous) and scanners
    for t in arrivals(r, T0, T_END, 7):
        decide(t, "status.example.com", "/", "GET", "text/html", r.choice(BROWSERS), None, "status")
    for t in arrivals(r, T0, T_END, 4):
        host, path = r.choice(OK_SCAN[:-1])
        decide(
            t,
            host,
            path,
            "GET",
            "*/*",
            r.choice(["Mozilla/5.0 zgrab/0.x", "curl/8.5.0", "python-requests/2.31.0"]),
            None,
            "scan",
        )
    # the reporting service calls the new /v2 routes the broken ConfigMap should have added
    for t in arrivals(r, bad_rules[0], bad_rules[1], 90, {8: 1.0}):
        decide(
            t,
            "api.example.com",
            "/v2/reports",
            "GET",
            "application/json",
            "python-requests/2.32.3",
            "bearer",
            "scan",
        )
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- keto


def go_json(obj: object) -> str:
    """encoding/json as logrus's JSONFormatter writes it: keys sorted (maps), compact, `<`, `>`
    and `&` escaped, other characters as they are."""
    s = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


KETO_NS = ["Project", "Document", "Folder", "Organization", "Invoice"]
KETO_REL = {
    "Project": ["viewers", "editors", "owners"],
    "Document": ["viewers", "editors"],
    "Folder": ["viewers", "owners"],
    "Organization": ["members", "admins"],
    "Invoice": ["viewers"],
}
KETO_OPL = "file:///etc/keto/namespaces.keto.ts"


def keto(r: random.Random) -> list[Log]:
    """Two Keto pods (read API 4466, write API 4467), 06:00 to 12:00, rolled at 11:30 (see the
    module docstring)."""
    fs = Files()
    roll = at(11, 30, 40)
    pods = [
        ("keto-7c9d8f6b54-2xkqz", T0 - sec(86400), roll + sec(20)),
        ("keto-7c9d8f6b54-n8v4t", T0 - sec(86400), roll + sec(52)),
        ("keto-6f8b7c5d49-hq5rw", roll, T_END + sec(3600)),
        ("keto-6f8b7c5d49-t7jzm", roll + sec(33), T_END + sec(3600)),
    ]
    serving = [(p, a + sec(2), b - sec(2)) for p, a, b in pods]
    slow = (at(10, 5, 0), at(10, 18, 30))
    bad_opl = at(9, 40, 20)

    def K(
        pod: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        fields: dict[str, object],
        ory: bool = True,
    ) -> datetime:
        base = (
            {"audience": "application", "service_name": "Ory Keto", "service_version": "v0.12.0"}
            if ory
            else {}
        )

        def text(x: datetime) -> list[str]:
            return [
                go_json(
                    {
                        **base,
                        **fields,
                        "level": level,
                        "msg": msg,
                        "time": f"{x:%Y-%m-%dT%H:%M:%S}Z",
                    }
                )
            ]

        return fs.add(f"{pod}.log", t, label, text, pod, SEC)

    for pod, a, b in pods:
        if a > T0:
            t = K(pod, a, "info", OK_TRACER, OK_TRACER, {})
            K(pod, t + sec(0.2), "info", OK_SQA, OK_SQA, {})
        if b < T_END:
            t = b - sec(1.2)
            ends = ["read", "write", "opl", "metrics"]
            r.shuffle(ends)
            for e in ends:
                t = K(
                    pod,
                    t,
                    "info",
                    "gracefully shutdown server",
                    "gracefully shutdown server",
                    {"endpoint": e},
                )
        if a <= bad_opl < b:
            t = bad_opl + sec(r.uniform(0.5, 3))
            for e in [
                'error from 23:18 to 23:20: expected "=>", got "="',
                'error from 23:31 to 23:32: expected "}", got ")"',
            ]:
                t = K(
                    pod,
                    t,
                    "error",
                    "Failed to parse OPL config files at target %s.",
                    f"Failed to parse OPL config files at target {KETO_OPL}.",
                    {"error": {"message": e}},
                )

    def rest(
        t: datetime,
        method: str,
        path: str,
        port: int,
        status: int,
        ua: str,
        query: bool,
        took: float,
        err: str | None = None,
    ) -> None:
        pod = running(r, serving, t)
        if pod is None:
            return
        headers: dict[str, object] = {"accept": "application/json", "user-agent": ua}
        if method in ("POST", "PUT", "PATCH"):
            headers["content-type"] = "application/json"
        if ua.startswith("Go"):
            headers["accept-encoding"] = "gzip"
        req = {
            "headers": headers,
            "host": f"keto-{'read' if port == 4466 else 'write'}.auth.svc.cluster.local:{port}",
            "method": method,
            "path": path,
            "query": HY_REDACTED if query else None,
            "remote": f"{kube_ip(r)}:{r.randint(32768, 60999)}",
            "scheme": "http",
        }
        t = K(
            pod,
            t,
            "info",
            f"started handling request {method} {path}",
            "started handling request",
            {"http_request": req},
        )
        rh: dict[str, object] = {} if status == 204 else {"content-type": "application/json"}
        if err is not None:
            K(
                pod,
                t + sec(took),
                "error",
                OK_HERODOT,
                OK_HERODOT,
                {
                    "error": {"message": err},
                    "http_request": req,
                    "http_response": {"status_code": status},
                },
            )
        size = {
            200: r.randint(16, 900),
            201: r.randint(90, 140),
            204: 0,
            403: 17,
            500: r.randint(130, 170),
        }[status]
        if path.endswith("/check"):
            size = 16 if status == 200 else size
        resp = {
            "headers": rh,
            "size": size,
            "status": status,
            "text_status": TEXT[status],
            "took": int(took * 1e9),
        }
        K(
            pod,
            t + sec(took),
            "info",
            f"completed handling request {method} {path} {status}",
            "completed handling request",
            {"http_request": req, "http_response": resp},
        )

    def grpc(t: datetime, took: float, level: str = "info") -> None:
        pod = running(r, serving, t)
        if pod is None:
            return
        t = K(pod, t, "info", "started call", "started call", {"protocol": "grpc"}, ory=False)
        K(
            pod,
            t + sec(took),
            level,
            "finished call",
            "finished call",
            {"protocol": "grpc"},
            ory=False,
        )

    def slow_took(t: datetime) -> float:
        return r.uniform(0.8, 4.5) if in_any(t, [slow]) else r.uniform(0.0012, 0.02)

    # Oathkeeper's remote_json authorizer: POST /relation-tuples/check (403 when not allowed)
    for t in arrivals(r, T0, T_END, 44):
        took = slow_took(t)
        if in_any(t, [slow]) and took > 1.0 and r.random() < 0.6:
            rest(
                t,
                "POST",
                "/relation-tuples/check",
                4466,
                500,
                "Go-http-client/1.1",
                False,
                took,
                "context canceled",
            )
        else:
            rest(
                t,
                "POST",
                "/relation-tuples/check",
                4466,
                403 if r.random() < 0.12 else 200,
                "Go-http-client/1.1",
                False,
                took,
            )
    # the projects backend's gRPC client: checks, lists and writes
    for t in arrivals(r, T0, T_END, 150):
        took = slow_took(t)
        grpc(t, took, "warning" if took > 2.5 else "info")
    # the admin console (list, grant, revoke, expand)
    for t in arrivals(r, at(7, 30), T_END, 6):
        kind = r.random()
        ua = r.choice(BROWSERS)
        if kind < 0.55:
            rest(t, "GET", "/relation-tuples", 4466, 200, ua, True, r.uniform(0.003, 0.03))
        elif kind < 0.78:
            rest(t, "PUT", "/admin/relation-tuples", 4467, 201, ua, False, r.uniform(0.004, 0.02))
        elif kind < 0.92:
            rest(t, "DELETE", "/admin/relation-tuples", 4467, 204, ua, True, r.uniform(0.004, 0.02))
        else:
            rest(t, "GET", "/relation-tuples/expand", 4466, 200, ua, True, r.uniform(0.01, 0.09))
    # the hourly directory sync at 07:00, 09:00, 11:00: a burst of PATCHes
    for h in (7, 9, 11):
        t = at(h, 0, r.uniform(2, 9))
        for _ in range(r.randint(14, 26)):
            rest(
                t,
                "PATCH",
                "/admin/relation-tuples",
                4467,
                204,
                "python-requests/2.32.3",
                False,
                r.uniform(0.02, 0.2),
            )
            t += sec(r.uniform(0.3, 1.5))
    return fs.logs(T0)


# ------------------------------------------------------------------------------------- logto

LT_NANO = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-"
LT_NPM = "\\n> %s %s\\n> %s\\n"
LT_ALT = "Found undeployed database alterations, you must deploy them first by npm run alteration deploy command.\\n\\n See https://docs.logto.io/docs/tutorials/using-cli/database-alteration for reference.\\n"
LT_AUTH_Q = "?client_id=%s&redirect_uri=%s&response_type=%s&scope=%s&state=%s&code_challenge=%s&code_challenge_method=%s"
LT_CLIENTS = {
    "web": ("k3v9xq2m7d1w8zt5", "https://app.example.com/callback"),
    "ios": ("p8f2c6r1y4n0bu7h", "io.example.app://callback"),
    "android": ("t5j9w3e7q1z6ak2s", "io.example.app://callback"),
}
LT_IDS = random.Random("logto-user-ids")
LT_USER_IDS = [
    "".join(LT_IDS.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(12))
    for _ in range(60)
]


def koa_bytes(n: int) -> str:
    """bytes(n).toLowerCase() as koa-logger writes the response length."""
    if n < 1024:
        return f"{n}b"
    v = f"{n / 1024:.2f}".rstrip("0").rstrip(".")
    return f"{v}kb"


def logto(r: random.Random) -> list[Log]:
    """One Logto OSS container (`docker logs -t`), 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "logto.log"
    pg_down = (at(8, 50, 5), at(8, 50, 49))
    stop = at(10, 15, 2)
    crash0 = at(10, 15, 9)
    up = at(10, 19, 11)
    ctr = ["logto-1"]

    def kts(x: datetime) -> str:
        return f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{r.randint(0, 999):03d}Z"

    def W(t: datetime, label: str | None, lines: list[str]) -> datetime:
        """One write of `lines` at t, each line stamped by docker a few microseconds apart."""

        def text(x: datetime) -> list[str]:
            return [f"{kts(x + sec(i * 0.000004))} {ln}" for i, ln in enumerate(lines)]

        return fs.add(f, t, label, text, ctr[0], 1)

    def npm(t: datetime, event: str, cmd: str) -> datetime:
        return W(t, LT_NPM, ["", f"> @logto/root@0.0.0 {event}", f"> {cmd}", ""])

    def boot(t: datetime, ok: bool) -> datetime:
        t = npm(t, "cli", "logto db seed --swe")
        t = W(t + sec(r.uniform(1.2, 2.0)), "Seeding skipped", ["info Seeding skipped"])
        t = npm(
            t + sec(r.uniform(0.6, 0.9)), "start", "cd packages/core && NODE_ENV=production node ."
        )
        t = W(
            t + sec(r.uniform(1.5, 2.4)),
            "No Redis client initialized, skipping",
            ["cache    warn No Redis client initialized, skipping"],
        )
        if not ok:
            t = W(
                t + sec(r.uniform(0.05, 0.2)),
                LT_ALT,
                [
                    "db-alt   error Found undeployed database alterations, you must deploy them first by npm run alteration deploy command.",
                    "",
                    " See https://docs.logto.io/docs/tutorials/using-cli/database-alteration for reference.",
                    "",
                ],
            )
            t = W(
                t + sec(0.0003),
                "Error while initializing app:",
                ["index    error Error while initializing app:"],
            )
            return W(
                t + sec(0.0002),
                "Error: Undeployed database alterations found.",
                [
                    "index    error Error: Undeployed database alterations found.",
                    "    at checkAlterationState (file:///etc/logto/packages/core/build/env-set/check-alteration-state.js:12:11)",
                    "    at async Promise.all (index 4)",
                    "    at async file:///etc/logto/packages/core/build/main.js:20:5",
                ],
            )
        t += sec(r.uniform(0.8, 1.4))
        for label, url in [
            ("Core app is running at %s", "http://localhost:3001/"),
            ("Core app is running at %s", "https://auth.example.com/"),
            ("Admin app is running at %s", "http://localhost:3002/"),
            ("Admin app is running at %s", "https://auth-admin.example.com/"),
        ]:
            who = "core" if label.startswith("Core") else "admin"
            t = W(t, label, [f"{who.ljust(8)} info {label.replace('%s', url)}"])
        return t

    # the upgraded container crash-loops (Docker restarts it 0.1, 0.2, 0.4, 0.8 s after each exit)
    t = crash0
    for i in range(4):
        ctr[0] = f"logto-2-run{i}"
        t = boot(t, ok=False) + sec(0.15 + 0.1 * 2**i)
    ctr[0] = "logto-2-up"
    boot(up, ok=True)

    def serving(t: datetime) -> bool:
        return t < stop or t >= up + sec(8)

    def request(
        t: datetime,
        method: str,
        route: str,
        url: str,
        status: int,
        size: int,
        took: float,
        stack: list[str] | None = None,
    ) -> None:
        if not serving(t):
            return
        ctr[0] = "logto-1" if t < stop else "logto-2-up"
        rid = "".join(r.choice(LT_NANO) for _ in range(16))
        t = W(t, f"<-- {method} {route}", [f"{rid}   <-- {method} {url}"])
        if stack:
            W(t + sec(took * 0.9), stack[0], [f"{rid} error {stack[1]}", *stack[2:]])
        ms = int(took * 1000)
        dur = f"{ms}ms" if ms < 10000 else f"{round(ms / 1000)}s"
        length = "" if status in (204, 205, 304) else koa_bytes(size)
        W(
            t + sec(took),
            f"--> {method} {route} {status}",
            [f"{rid}   --> {method} {url} {status} {dur} {length}"],
        )

    def pg_err() -> list[str]:
        return [
            "ConnectionError: connect ECONNREFUSED %s",
            "ConnectionError: connect ECONNREFUSED 172.18.0.3:5432",
            "    at createConnection (file:///etc/logto/node_modules/.pnpm/@silverhand+slonik@31.0.0-beta.2/node_modules/@silverhand/slonik/dist/factories/createConnection.js:105:23)",
            "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
            f"    at async Queries.findUserById (file:///etc/logto/packages/core/build/queries/user.js:{r.choice([48, 48, 51])}:24)",
            "    at async file:///etc/logto/packages/core/build/routes/admin-user/basics.js:33:22 {",
            "  [cause]: Error: connect ECONNREFUSED 172.18.0.3:5432",
            "      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16) {",
            "    errno: -111,",
            "    code: 'ECONNREFUSED',",
            "    syscall: 'connect',",
            "    address: '172.18.0.3',",
            "    port: 5432",
            "  }",
            "}",
        ]

    down = [pg_down]
    # the SPA's discovery fetches and the API services' JWKS refreshes
    for t in arrivals(r, T0, T_END, 26):
        request(
            t,
            "GET",
            "/oidc/.well-known/openid-configuration",
            "/oidc/.well-known/openid-configuration",
            200,
            r.choice([2986, 2986, 3012]),
            r.uniform(0.002, 0.012),
        )
    for t in arrivals(r, T0, T_END, 20, {h: 1.0 for h in range(6, 12)}):
        if in_any(t, down):
            request(t, "GET", "/oidc/jwks", "/oidc/jwks", 500, 60, r.uniform(0.01, 0.05))
        else:
            request(t, "GET", "/oidc/jwks", "/oidc/jwks", 200, 1347, r.uniform(0.003, 0.02))
    # sign-ins (authorization requests) and token exchanges and refreshes
    for t in arrivals(r, T0, T_END, 22):
        app = r.choice(["web", "web", "web", "ios", "android"])
        cid, redir = LT_CLIENTS[app]
        q = f"?client_id={cid}&redirect_uri={redir.replace(':', '%3A').replace('/', '%2F')}&response_type=code&scope=openid+offline_access+profile+email&state={hexid(r, 22)}&code_challenge={''.join(r.choice(LT_NANO) for _ in range(43))}&code_challenge_method=S256"
        request(
            t,
            "GET",
            "/oidc/auth" + LT_AUTH_Q,
            "/oidc/auth" + q,
            303,
            r.randint(120, 190),
            r.uniform(0.004, 0.03),
        )
    for t in arrivals(r, T0, T_END, 118):
        if in_any(t, down):
            request(t, "POST", "/oidc/token", "/oidc/token", 500, 79, r.uniform(0.01, 0.08))
        elif r.random() < 0.07:
            request(
                t,
                "POST",
                "/oidc/token",
                "/oidc/token",
                400,
                r.choice([73, 96]),
                r.uniform(0.004, 0.02),
            )
        else:
            request(
                t,
                "POST",
                "/oidc/token",
                "/oidc/token",
                200,
                r.randint(1900, 2700),
                r.uniform(0.02, 0.09),
            )
    for t in arrivals(r, T0, T_END, 32):
        if in_any(t, down):
            request(t, "GET", "/oidc/me", "/oidc/me", 500, 79, r.uniform(0.01, 0.05))
        else:
            request(
                t,
                "GET",
                "/oidc/me",
                "/oidc/me",
                401 if r.random() < 0.08 else 200,
                r.randint(180, 320),
                r.uniform(0.005, 0.03),
            )
    # the backend's profile sync through the Management API
    for t in arrivals(r, T0, T_END, 24):
        uid = r.choice(LT_USER_IDS)
        if in_any(t, down):
            request(
                t,
                "GET",
                "/api/users/%s",
                f"/api/users/{uid}",
                500,
                36,
                r.uniform(0.02, 0.1),
                pg_err(),
            )
        else:
            request(
                t,
                "GET",
                "/api/users/%s",
                f"/api/users/{uid}",
                200,
                r.randint(900, 1500),
                r.uniform(0.006, 0.04),
            )
    # during the restart the sync job retries every 5 s and the outage catches a burst
    for t in arrivals(r, pg_down[0], pg_down[1], 400, {8: 1.0}):
        request(
            t,
            "GET",
            "/api/users/%s",
            f"/api/users/{r.choice(LT_USER_IDS)}",
            500,
            36,
            r.uniform(0.02, 0.1),
            pg_err(),
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- supertokens

ST_VER = "17.1.2"
ST_LIB = "/app/node_modules/supertokens-node/lib/build"
# message label -> the call site's file:line:column as getFileLocation() finds it
ST_SITES = {
    "Started SuperTokens with debug logging (supertokens.init called)": "supertokens.js:40:37",
    "appInfo: %s": "supertokens.js:46:37",
    "framework: %s": "supertokens.js:53:37",
    "middleware: Started": "supertokens.js:219:45",
    "middleware: Not handling because request path did not start with config path. Request path: %s": "supertokens.js:226:49",
    "middleware: requestRID is: %s": "supertokens.js:234:45",
    "middleware: Checking recipe ID for match: %s": "supertokens.js:277:53",
    "middleware: Request being handled by recipe. ID is: %s": "supertokens.js:283:57",
    "middleware: Ended": "supertokens.js:299:57",
    "errorHandler: Started": "supertokens.js:310:45",
    "errorHandler: Error is from SuperTokens recipe. Message: %s": "supertokens.js:312:49",
    "errorHandler: Checking recipe for match: %s": "supertokens.js:318:53",
    "errorHandler: Matched with recipeID: %s": "supertokens.js:320:57",
    "getSession: Started": "recipe/session/sessionRequestFunctions.js:77:37",
    "getSession: Wrapping done": "recipe/session/sessionRequestFunctions.js:88:37",
    "getSession: optional validation: %s": "recipe/session/sessionRequestFunctions.js:98:37",
    "getSession: got access token from %s": "recipe/session/sessionRequestFunctions.js:108:53",
    "getSession: using cookie transfer method": "recipe/session/sessionRequestFunctions.js:129:45",
    "getSession: Value of doAntiCsrfCheck is: %s": "recipe/session/sessionRequestFunctions.js:162:37",
    "getSession: Started (impl)": "recipe/session/recipeImplementation.js:118:49",
    "getSession: Success!": "recipe/session/recipeImplementation.js:164:49",
    "refreshSession: Started": "recipe/session/sessionRequestFunctions.js:208:37",
    "refreshSession: Wrapping done": "recipe/session/sessionRequestFunctions.js:219:37",
    "refreshSession: got refresh token from %s": "recipe/session/sessionRequestFunctions.js:226:57",
    "refreshSession: getTokenTransferMethod returned %s": "recipe/session/sessionRequestFunctions.js:234:37",
    "refreshSession: using cookie transfer method": "recipe/session/sessionRequestFunctions.js:248:45",
    "refreshSession: Started (impl)": "recipe/session/recipeImplementation.js:236:49",
    "refreshSession: Returning TOKEN_THEFT_DETECTED because of core response": "recipe/session/sessionFunctions.js:338:45",
    "refreshSession: Success! (impl)": "recipe/session/recipeImplementation.js:245:49",
    "refreshSession: Attaching refreshed session info as %s": "recipe/session/sessionRequestFunctions.js:301:37",
    "refreshSession: Success!": "recipe/session/sessionRequestFunctions.js:318:37",
    "errorHandler: returning TRY_REFRESH_TOKEN": "recipe/session/recipe.js:108:57",
    "errorHandler: returning TOKEN_THEFT_DETECTED": "recipe/session/recipe.js:117:57",
    "errorHandler: Clearing tokens because of TOKEN_THEFT_DETECTED response": "recipe/session/recipe.js:118:57",
    "Sending response to client with status code: 200": "utils.js:171:37",
    "Sending response to client with status code: %s": "utils.js:165:37",
}
ST_ROUTES = [
    ("GET", "/api/projects", 5),
    ("GET", "/api/projects/{p}", 4),
    ("GET", "/api/projects/{p}/issues", 6),
    ("GET", "/api/issues/{i}", 5),
    ("POST", "/api/issues/{i}/comments", 2),
    ("PATCH", "/api/issues/{i}", 2),
    ("GET", "/api/me", 2),
    ("GET", "/api/notifications", 3),
]
ST_CORE_DOWN = [
    "Error: No SuperTokens core available to query",
    "    at Querier.sendRequestHelper (/app/node_modules/supertokens-node/lib/build/querier.js:361:19)",
    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    "    at async Querier.sendPostRequest (/app/node_modules/supertokens-node/lib/build/querier.js:131:26)",
    "    at async Object.refreshSession (/app/node_modules/supertokens-node/lib/build/recipe/session/sessionFunctions.js:316:20)",
    "    at async Object.refreshSession (/app/node_modules/supertokens-node/lib/build/recipe/session/recipeImplementation.js:237:30)",
    "    at async refreshSessionInRequest (/app/node_modules/supertokens-node/lib/build/recipe/session/sessionRequestFunctions.js:278:19)",
    "    at async Object.refreshPOST (/app/node_modules/supertokens-node/lib/build/recipe/session/api/implementation.js:32:13)",
    "    at async handleRefreshAPI (/app/node_modules/supertokens-node/lib/build/recipe/session/api/refresh.js:27:5)",
    "    at async Recipe.handleAPIRequest (/app/node_modules/supertokens-node/lib/build/recipe/session/recipe.js:81:24)",
    "    at async SuperTokens.middleware (/app/node_modules/supertokens-node/lib/build/supertokens.js:283:44)",
]


def supertokens(r: random.Random) -> list[Log]:
    """Two replicas of an Express API with supertokens-node's debug logs on, 09:05 to 10:06
    (see the module docstring)."""
    fs = Files()
    starts = {"api-1": at(9, 5, 14.2), "api-2": at(9, 5, 41.7)}
    end = at(10, 6, 30)
    core_down = (at(9, 41, 5), at(9, 42, 21))
    users = [uuid4(r) for _ in range(24)]

    def D(api: str, t: datetime, key: str, value: str = "") -> datetime:
        """One logDebugMessage: the debug line on stderr and console.log()'s empty line on stdout."""
        label = key.replace(" (impl)", "")
        msg = label.replace("%s", value) if value else label
        if key.startswith("errorHandler: Error is from"):
            label = msg  # the error's message is a format of its own
        site = f"{ST_LIB}/{ST_SITES[key]}"

        def text(x: datetime) -> list[str]:
            iso = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z"
            return [
                f'{iso} com.supertokens {{t: "{iso}", message: "{msg}", file: "{site}" sdkVer: "{ST_VER}"}}',
                "",
            ]

        return fs.add(f"{api}.log", t, label, text, api, MS)

    def step() -> float:
        return r.uniform(0.0004, 0.0025)

    for api, t in starts.items():
        t = D(api, t, "Started SuperTokens with debug logging (supertokens.init called)")
        t = D(
            api,
            t,
            "appInfo: %s",
            '{"appName":"Tracker","apiDomain":"https://tracker.example.com","websiteDomain":"https://tracker.example.com","apiBasePath":"/auth","websiteBasePath":"/auth"}',
        )
        D(api, t, "framework: %s", "express")

    def api_at(t: datetime) -> str | None:
        up = [a for a, s in starts.items() if s + sec(2) <= t < end]
        return r.choice(up) if up else None

    def app_request(api: str, t: datetime, method: str, path: str, valid: bool) -> datetime:
        t = D(api, t, "middleware: Started")
        t = D(
            api,
            t + sec(step()),
            "middleware: Not handling because request path did not start with config path. Request path: %s",
            path,
        )
        t = D(api, t + sec(step()), "getSession: Started")
        t = D(api, t + sec(step()), "getSession: Wrapping done")
        t = D(api, t + sec(step()), "getSession: optional validation: %s", "false")
        t = D(api, t + sec(step()), "getSession: got access token from %s", "cookie")
        t = D(api, t + sec(step()), "getSession: using cookie transfer method")
        t = D(
            api,
            t + sec(step()),
            "getSession: Value of doAntiCsrfCheck is: %s",
            "false" if method == "GET" else "true",
        )
        t = D(api, t + sec(step()), "getSession: Started (impl)")
        if valid:
            return D(api, t + sec(step() * 3), "getSession: Success!")
        t = D(api, t + sec(step() * 3), "errorHandler: Started")
        t = D(
            api,
            t + sec(step()),
            "errorHandler: Error is from SuperTokens recipe. Message: %s",
            "Failed to verify access token",
        )
        t = D(api, t + sec(step()), "errorHandler: Checking recipe for match: %s", "emailpassword")
        t = D(api, t + sec(step()), "errorHandler: Checking recipe for match: %s", "session")
        t = D(api, t + sec(step()), "errorHandler: Matched with recipeID: %s", "session")
        t = D(api, t + sec(step()), "errorHandler: returning TRY_REFRESH_TOKEN")
        return D(api, t + sec(step()), "Sending response to client with status code: %s", "401")

    def refresh(api: str, t: datetime, theft: bool) -> datetime:
        t0 = t
        t = D(api, t, "middleware: Started")
        t = D(api, t + sec(step()), "middleware: requestRID is: %s", "anti-csrf")
        t = D(api, t + sec(step()), "middleware: Checking recipe ID for match: %s", "emailpassword")
        t = D(api, t + sec(step()), "middleware: Checking recipe ID for match: %s", "session")
        t = D(
            api,
            t + sec(step()),
            "middleware: Request being handled by recipe. ID is: %s",
            "/session/refresh",
        )
        t = D(api, t + sec(step()), "refreshSession: Started")
        t = D(api, t + sec(step()), "refreshSession: Wrapping done")
        t = D(api, t + sec(step()), "refreshSession: got refresh token from %s", "cookie")
        t = D(api, t + sec(step()), "refreshSession: getTokenTransferMethod returned %s", "any")
        t = D(api, t + sec(step()), "refreshSession: using cookie transfer method")
        if in_any(t0 + sec(0.03), [core_down]):
            t = D(api, t + sec(step()), "refreshSession: Started (impl)")
            t = D(api, t + sec(r.uniform(0.02, 0.06)), "errorHandler: Started")
            return fs.add(
                f"{api}.log",
                t + sec(step()),
                ST_CORE_DOWN[0],
                lambda x: list(ST_CORE_DOWN),
                api,
                MS,
            )
        t = D(api, t + sec(step()), "refreshSession: Started (impl)")
        t += sec(r.uniform(0.008, 0.03))
        if theft:
            t = D(api, t, "refreshSession: Returning TOKEN_THEFT_DETECTED because of core response")
            t = D(api, t + sec(step()), "errorHandler: Started")
            t = D(
                api,
                t + sec(step()),
                "errorHandler: Error is from SuperTokens recipe. Message: %s",
                "Token theft detected",
            )
            t = D(
                api, t + sec(step()), "errorHandler: Checking recipe for match: %s", "emailpassword"
            )
            t = D(api, t + sec(step()), "errorHandler: Checking recipe for match: %s", "session")
            t = D(api, t + sec(step()), "errorHandler: Matched with recipeID: %s", "session")
            t = D(api, t + sec(step()), "errorHandler: returning TOKEN_THEFT_DETECTED")
            t = D(
                api,
                t + sec(step()),
                "errorHandler: Clearing tokens because of TOKEN_THEFT_DETECTED response",
            )
            return D(
                api,
                t + sec(r.uniform(0.005, 0.02)),
                "Sending response to client with status code: %s",
                "401",
            )
        t = D(api, t, "refreshSession: Success! (impl)")
        t = D(
            api, t + sec(step()), "refreshSession: Attaching refreshed session info as %s", "cookie"
        )
        t = D(api, t + sec(step()), "refreshSession: Success!")
        t = D(api, t + sec(step()), "Sending response to client with status code: 200")
        return D(api, t + sec(step()), "middleware: Ended")

    # each user's access token runs out once an hour: the next call gets 401 "try refresh
    # token", the frontend refreshes (two tabs on two subdomains race for some users and the
    # core sees the old refresh token reused: token theft) and the call is retried
    expiry = {u: at(9, 5) + sec(r.uniform(0, 3600)) for u in users}
    doomed = r.sample(users, 4)  # tokens that run out just as the core restarts
    for u in doomed:
        expiry[u] = core_down[0] + sec(r.uniform(0, 10))
    racing = set(r.sample(users, 6))
    for t in arrivals(r, at(9, 5, 45), end - sec(20), 175, {9: 1.0, 10: 1.0}):
        api = api_at(t)
        if api is None:
            continue
        u = r.choice(doomed) if in_any(t, [core_down]) and r.random() < 0.7 else r.choice(users)
        method, path, _ = r.choices(ST_ROUTES, weights=[w for *_, w in ST_ROUTES])[0]
        path = path.format(
            p=r.choice(["core", "mobile", "web", "infra", "billing"]), i=r.randint(1200, 4800)
        )
        if t >= expiry[u]:
            t = app_request(api, t, method, path, valid=False)
            t += sec(r.uniform(0.05, 0.3))
            api = api_at(t) or api
            theft = u in racing and r.random() < 0.55
            failed = in_any(t + sec(0.03), [core_down])
            t = refresh(api, t, theft)
            if failed:
                continue  # the frontend tries again with the next call
            if theft:
                expiry[u] = end + sec(3600)  # signed out: the frontend sends them to the login page
                continue
            expiry[u] = t + sec(3600)
            t += sec(r.uniform(0.05, 0.3))
            api = api_at(t) or api
        app_request(api, t, method, path, valid=True)
    return fs.logs(starts["api-1"])


# ----------------------------------------------------------------------------------- openfga

FGA_STORE = "01HZ3K8Q6V2N4T7B9C1D5E8F0G"
FGA_MODELS = ["01HZ3KAV7R5XW2M9P4Q8S6T1YB", "01J0C4N8D2F6H9K3M7P1R5T8VW"]
FGA_INTERNAL = "rpc error: code = Code(4000) desc = Internal Server Error"
FGA_PG = "failed to connect to `host=openfga-db-rw.data.svc.cluster.local user=openfga database=openfga`: dial error (dial tcp 10.43.40.7:5432: connect: connection refused)"
FGA_STACK = [
    "github.com/openfga/openfga/internal/middleware/logging.(*reporter).PostCall",
    "\t/home/runner/work/openfga/openfga/internal/middleware/logging/logging.go:71",
    "github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors.UnaryServerInterceptor.func1",
    "\t/home/runner/go/pkg/mod/github.com/grpc-ecosystem/go-grpc-middleware/v2@v2.1.0/interceptors/server.go:24",
    "google.golang.org/grpc.getChainUnaryHandler.func1",
    "\t/home/runner/go/pkg/mod/google.golang.org/grpc@v1.64.0/server.go:1203",
    "github.com/openfga/openfga/pkg/middleware/storeid.NewUnaryInterceptor.func1",
    "\t/home/runner/work/openfga/openfga/pkg/middleware/storeid/storeid.go:40",
    "google.golang.org/grpc.getChainUnaryHandler.func1",
    "\t/home/runner/go/pkg/mod/google.golang.org/grpc@v1.64.0/server.go:1203",
    "github.com/openfga/openfga/pkg/middleware/requestid.NewUnaryInterceptor.func1",
    "\t/home/runner/work/openfga/openfga/pkg/middleware/requestid/requestid.go:52",
    "google.golang.org/grpc.chainUnaryInterceptors.func1",
    "\t/home/runner/go/pkg/mod/google.golang.org/grpc@v1.64.0/server.go:1194",
    "github.com/openfga/api/proto/openfga/v1._OpenFGAService_%s_Handler",
    "\t/home/runner/go/pkg/mod/github.com/openfga/api/proto@v0.0.0-20240529184453-5b0b4941f3e0/openfga/v1/openfga_service_grpc.pb.go:%d",
    "google.golang.org/grpc.(*Server).processUnaryRPC",
    "\t/home/runner/go/pkg/mod/google.golang.org/grpc@v1.64.0/server.go:1386",
    "google.golang.org/grpc.(*Server).handleStream",
    "\t/home/runner/go/pkg/mod/google.golang.org/grpc@v1.64.0/server.go:1797",
    "google.golang.org/grpc.(*Server).serveStreams.func2.1",
    "\t/home/runner/go/pkg/mod/google.golang.org/grpc@v1.64.0/server.go:1027",
]
FGA_LEVEL = {
    "info": "\x1b[34mINFO\x1b[0m",
    "warn": "\x1b[33mWARN\x1b[0m",
    "error": "\x1b[31mERROR\x1b[0m",
}
FGA_USERS = [
    f"user:{n}"
    for n in [
        "anne",
        "bob",
        "carla",
        "deniz",
        "emeka",
        "fatima",
        "gustavo",
        "hana",
        "ivan",
        "jules",
        "kenji",
        "lena",
        "mateo",
        "nora",
        "omar",
        "priya",
        "quinn",
        "rosa",
        "sven",
        "tomasz",
        "ula",
        "viktor",
        "wen",
        "xavier",
        "yara",
        "zoe",
    ]
]
FGA_CONFIG = '{"grpc":{"addr":"0.0.0.0:8081","tls":{"enabled":false}},"http":{"enabled":true,"addr":"0.0.0.0:8080","tls":{"enabled":false},"upstreamTimeout":3000000000,"corsAllowedOrigins":["*"],"corsAllowedHeaders":["*"]},"authn":{"method":"preshared"},"log":{"format":"text","level":"info","timestampFormat":"Unix"},"datastore":{"engine":"postgres","uri":"postgres://openfga:********@openfga-db-rw.data.svc.cluster.local:5432/openfga?sslmode=disable","maxCacheSize":100000,"maxOpenConns":30,"maxIdleConns":10,"connMaxIdleTime":0,"connMaxLifetime":0,"metrics":{"enabled":true}},"playground":{"enabled":false,"port":3000},"profiler":{"enabled":false,"addr":":3001"},"metrics":{"enabled":true,"addr":"0.0.0.0:2112","enableRPCHistograms":false},"trace":{"enabled":false,"otlp":{"endpoint":"0.0.0.0:4317","tls":{"enabled":false}},"sampleRatio":0.2,"serviceName":"openfga"},"checkQueryCache":{"enabled":true,"limit":10000,"ttl":10000000000},"experimentals":["enable-check-optimizations"],"maxTuplesPerWrite":100,"maxTypesPerAuthorizationModel":100,"maxAuthorizationModelSizeInBytes":262144,"maxConcurrentReadsForListObjects":4294967295,"maxConcurrentReadsForCheck":4294967295,"changelogHorizonOffset":0,"resolveNodeLimit":25,"resolveNodeBreadthLimit":100,"listObjectsDeadline":3000000000,"listObjectsMaxResults":1000,"requestTimeout":0}'


class RawJSON:
    def __init__(self, obj: object):
        self.s = json.dumps(obj, separators=(",", ":"), ensure_ascii=False)


def zap_fields(fields: list[tuple[str, object]]) -> str:
    """zap's console encoder: the context as JSON with `": "` and `, `, a json.RawMessage
    written compact."""
    parts = []
    for k, v in fields:
        val = v.s if isinstance(v, RawJSON) else json.dumps(v, ensure_ascii=False)
        parts.append(f'"{k}": {val}')
    return "{" + ", ".join(parts) + "}"


def openfga(r: random.Random) -> list[Log]:
    """Two OpenFGA pods, 06:00 to 12:00, rolled from v1.5.4 to v1.5.5 at 10:30 (see the module
    docstring)."""
    fs = Files()
    roll = at(10, 30, 20)
    pods = [
        ("openfga-5c7d9b8f6-2kq9x", T0 - sec(86400), roll + sec(18), "v1.5.4"),
        ("openfga-5c7d9b8f6-h7w4m", T0 - sec(86400), roll + sec(47), "v1.5.4"),
        ("openfga-6b8f7d9c5-mx3tn", roll, T_END + sec(3600), "v1.5.5"),
        ("openfga-6b8f7d9c5-z8r2v", roll + sec(29), T_END + sec(3600), "v1.5.5"),
    ]
    serving = [(p, a + sec(2), b - sec(1)) for p, a, b, _ in pods]
    pg_down = (at(8, 10, 20), at(8, 12, 41))
    model_change = at(9, 0, 31)
    backend_fixed = at(9, 24, 10)
    bulk_share = (at(11, 2), at(11, 9))

    handler_line = {"Check": 603, "ListObjects": 675, "Write": 585, "Read": 567}

    def Z(
        pod: str,
        t: datetime,
        level: str,
        label: str,
        msg: str,
        fields: list[tuple[str, object]] | None = None,
        stack: str = "",
    ) -> datetime:
        tail = "\t" + zap_fields(fields) if fields else ""
        frames = (
            [
                ln.replace("%s", stack).replace("%d", str(handler_line.get(stack, 0)))
                for ln in FGA_STACK
            ]
            if stack
            else []
        )

        def text(x: datetime) -> list[str]:
            ts = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z"
            return [f"{ts}\t{FGA_LEVEL[level]}\t{msg}{tail}", *frames]

        return fs.add(f"{pod}.log", t, label, text, pod, MS)

    for pod, a, b, ver in pods:
        if a > T0:
            t = Z(
                pod,
                a,
                "info",
                "🧪 experimental features enabled: %v",
                "🧪 experimental features enabled: [enable-check-optimizations]",
            )
            t = Z(
                pod,
                t + sec(0.02),
                "info",
                "using '%v' storage engine",
                "using 'postgres' storage engine",
            )
            t = Z(
                pod,
                t,
                "info",
                "using 'preshared' authentication",
                "using 'preshared' authentication",
            )
            t = Z(
                pod,
                t,
                "warn",
                "gRPC TLS is disabled, serving connections using insecure plaintext",
                "gRPC TLS is disabled, serving connections using insecure plaintext",
            )
            t = Z(
                pod,
                t,
                "info",
                "📈 starting prometheus metrics server on '%s'",
                "📈 starting prometheus metrics server on '0.0.0.0:2112'",
            )
            t = Z(
                pod,
                t + sec(0.01),
                "info",
                "starting openfga service...",
                "starting openfga service...",
                [
                    ("version", ver.lstrip("v")),
                    ("date", "2024-06-05T14:12:41Z" if ver == "v1.5.5" else "2024-05-28T09:40:03Z"),
                    (
                        "commit",
                        "3f6c1a9e0d4b7c2e8f51a6d09b3e7c4d2a8f6b10"
                        if ver == "v1.5.5"
                        else "9b2e4d7a1c0f6e3b8d5a2c9f7e1b4d6a0c3e8f52",
                    ),
                    ("go-version", "go1.22.3"),
                    ("config", RawJSON(json.loads(FGA_CONFIG))),
                ],
            )
            t = Z(
                pod,
                t,
                "info",
                "🚀 starting gRPC server on '%s'...",
                "🚀 starting gRPC server on '[::]:8081'...",
            )
            t = Z(
                pod,
                t + sec(0.005),
                "warn",
                "HTTP TLS is disabled, serving connections using insecure plaintext",
                "HTTP TLS is disabled, serving connections using insecure plaintext",
            )
            Z(
                pod,
                t,
                "info",
                "🚀 starting HTTP server on '%s'...",
                "🚀 starting HTTP server on '0.0.0.0:8080'...",
            )
        if b < T_END:
            t = Z(
                pod,
                b - sec(1.8),
                "info",
                "attempting to shutdown gracefully...",
                "attempting to shutdown gracefully...",
            )
            ends = ["HTTP server shut down.", "metrics server shut down."]
            r.shuffle(ends)
            for e in ends:
                t = Z(pod, t + sec(r.uniform(0.001, 0.02)), "info", e, e)
            t = Z(
                pod,
                t + sec(r.uniform(0.2, 0.9)),
                "info",
                "gRPC server shut down.",
                "gRPC server shut down.",
            )
            Z(pod, t + sec(0.003), "info", "server exited. goodbye 👋", "server exited. goodbye 👋")

    def model(t: datetime) -> str:
        return FGA_MODELS[0] if t < model_change else FGA_MODELS[1]

    def call(
        t: datetime,
        method: str,
        ua: str,
        req: dict[str, object],
        resp: object,
        took: float,
        err: tuple[str, int] | None = None,
    ) -> None:
        pod = running(r, serving, t)
        if pod is None:
            return
        if in_any(t, [pg_down]) and method in ("Check", "ListObjects", "Write", "Read"):
            err = ("internal", 4000)
            took = r.uniform(0.5, 3.0)
        tags: list[tuple[str, object]] = [
            ("peer.address", f"{kube_ip(r)}:{r.randint(32768, 60999)}"),
            ("request_id", str(uuid4(r))),
            ("store_id", FGA_STORE),
        ]
        if "authorization_model_id" in req:
            tags.append(("authorization_model_id", req["authorization_model_id"]))
        r.shuffle(tags)  # ctxzap's tags come out of a map
        fields: list[tuple[str, object]] = [
            ("grpc_service", "openfga.v1.OpenFGAService"),
            ("grpc_method", method),
            ("grpc_type", "unary"),
            ("user_agent", ua),
            ("raw_request", RawJSON(req)),
        ]
        if err is None:
            fields.append(("raw_response", RawJSON(resp)))
        else:
            code, msg = err[1], err[0]
            names = {
                4000: "internal_error",
                4004: "deadline_exceeded",
                2027: "relation_not_found",
                2017: "write_failed_due_to_invalid_input",
            }
            body = {
                "code": names[code],
                "message": "Internal Server Error" if code == 4000 else msg,
            }
            fields.append(("raw_response", RawJSON(body)))
        fields.append(("query_duration_ms", str(int(took * 1000))))
        fields += tags
        if err is None:
            fields.append(("grpc_code", 0))
            Z(pod, t + sec(took), "info", "grpc_req_complete", "grpc_req_complete", fields)
        elif err[1] == 4000:
            fields += [("grpc_code", 4000), ("internal_error", FGA_PG)]
            Z(pod, t + sec(took), "error", FGA_INTERNAL, FGA_INTERNAL, fields, stack=method)
        else:
            fields += [("grpc_code", err[1]), ("error", err[0])]
            Z(pod, t + sec(took), "info", "grpc_req_complete", "grpc_req_complete", fields)

    def doc() -> str:
        return f"document:{r.choice(['q3-plan', 'roadmap', 'handbook', 'pricing', 'onboarding', 'budget-2024', 'okr-h2'])}-{r.randint(1, 400)}"

    # the documents backend (js SDK): a check per page view and per action
    for t in arrivals(r, T0, T_END, 310):
        rel = r.choice(["viewer", "viewer", "viewer", "editor", "can_share"])
        old_backend = model_change <= t < backend_fixed and r.random() < 0.12
        if old_backend:
            rel = "can_comment"
        req = {
            "store_id": FGA_STORE,
            "tuple_key": {"user": r.choice(FGA_USERS), "relation": rel, "object": doc()},
            "authorization_model_id": model(t),
        }
        err = ("relation 'document#can_comment' not found", 2027) if old_backend else None
        call(
            t,
            "Check",
            "openfga-sdk js/0.4.0",
            req,
            {"allowed": r.random() < 0.86, "resolution": ""},
            r.uniform(0.001, 0.012),
            err,
        )
    # the backend's SDK retries a failed check three times, so the outage shows them in bursts
    for t in arrivals(r, pg_down[0], pg_down[1], 900, {8: 1.0}):
        req = {
            "store_id": FGA_STORE,
            "tuple_key": {"user": r.choice(FGA_USERS), "relation": "viewer", "object": doc()},
            "authorization_model_id": model(t),
        }
        call(t, "Check", "openfga-sdk js/0.4.0", req, None, 0.0)
    # the search service (go SDK): which documents may this user see
    for t in arrivals(r, T0, T_END, 38):
        req = {
            "store_id": FGA_STORE,
            "authorization_model_id": model(t),
            "type": "document",
            "relation": "viewer",
            "user": r.choice(FGA_USERS),
        }
        took = r.uniform(0.02, 0.4)
        if r.random() < 0.04:
            call(
                t,
                "ListObjects",
                "openfga-sdk go/0.4.0",
                req,
                None,
                3.0 + r.uniform(0, 0.02),
                ("Request Deadline Exceeded", 4004),
            )
        else:
            objs = [doc() for _ in range(r.randint(0, 12))]
            call(t, "ListObjects", "openfga-sdk go/0.4.0", req, {"objects": objs}, took)

    # shares and unshares, and the bulk share of a folder at 11:02
    def write(t: datetime) -> None:
        u, o, rel = r.choice(FGA_USERS), doc(), r.choice(["viewer", "editor"])
        req = {
            "store_id": FGA_STORE,
            "writes": {"tuple_keys": [{"user": u, "relation": rel, "object": o}]},
            "authorization_model_id": model(t),
        }
        if r.random() < 0.1:
            msg = f"cannot write a tuple which already exists: user: '{u}', relation: '{rel}', object: '{o}': tuple to be written already existed or the tuple to be deleted did not exist"
            call(t, "Write", "openfga-sdk js/0.4.0", req, None, r.uniform(0.003, 0.02), (msg, 2017))
        else:
            call(t, "Write", "openfga-sdk js/0.4.0", req, {}, r.uniform(0.004, 0.03))

    for t in arrivals(r, T0, T_END, 26):
        write(t)
    for t in arrivals(r, bulk_share[0], bulk_share[1], 900, {11: 1.0}):
        write(t)
    # the admin tool reads tuples; the model is read on each SDK start and written once at 09:00
    for t in arrivals(r, at(7, 0), T_END, 7):
        req = {"store_id": FGA_STORE, "tuple_key": {"object": doc()}, "page_size": 50}
        call(
            t,
            "Read",
            "openfga-sdk python/0.4.3",
            req,
            {"tuples": [], "continuation_token": ""},
            r.uniform(0.003, 0.03),
        )
    for t in arrivals(r, T0, T_END, 3):
        call(
            t,
            "ReadAuthorizationModel",
            "openfga-sdk go/0.4.0",
            {"store_id": FGA_STORE, "id": model(t)},
            {"authorization_model": {"id": model(t), "schema_version": "1.1"}},
            r.uniform(0.002, 0.01),
        )
    call(
        model_change,
        "WriteAuthorizationModel",
        "openfga-cli/v0.4.1",
        {"store_id": FGA_STORE, "schema_version": "1.1"},
        {"authorization_model_id": FGA_MODELS[1]},
        0.018,
    )
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "oathkeeper": oathkeeper,
    "keto": keto,
    "logto": logto,
    "supertokens": supertokens,
    "openfga": openfga,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
