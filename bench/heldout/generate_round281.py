#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 281 (kamal, caprover, coolify, portainer, kamal-proxy) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file), except Portainer's zerolog console lines, which show
only the minute and share it as a real log does. Five self-hosting deployment tools of one small
company, 06:00 to 12:00 on 2024-06-07. The brief's Dokku is replaced by Kamal, the deploy tool
of the same kind whose proxy is in the round: Dokku's server keeps /var/log/dokku/events.log (the
events plugin's rsyslog filter `:syslogtag, contains, "dokku"`), where every line is one format,
`INVOKED: %s( %s ) NAME=%s FINGERPRINT=%s` (each plugin trigger's name a value), and its deploy
output goes to the pushing git client, most of it the builder's (docker build, buildpacks).

- Kamal 2 (`<app>-<kind>-<run id>.txt`: the raw log of the CI step running `bin/kamal ...` in 22
  GitHub Actions runs, `2024-06-07T07:05:32.1234567Z ...`, a BOM before the first line, the
  runner's `##[group]Run %s` header with the script and env lines, `##[endgroup]`,
  `##[error]Process completed with exit code %d.`). Images are built by an earlier job, so
  `kamal deploy --skip-push --version=$GITHUB_SHA` prints Kamal's own lines (`Pull app image...`,
  `Acquiring the deploy lock...`, `Ensure kamal-proxy is running...`, `Detect stale
  containers...`, `Start container with version %s using a %ds readiness delay (or reboot if
  already running)...`, `Prune old containers and images...`, `Releasing the deploy lock...`,
  `  Finished all in %.1f seconds`, the hooks) and SSHKit's pretty formatter at info (`  INFO
  [8f3e2a1c] Running docker pull ... on 10.0.1.11`, `  INFO [8f3e2a1c] Finished in 6.855 seconds
  with exit status 0 (successful).`, `(failed).` for `docker network create kamal`, which exists,
  `  INFO Uploading ... 100.0%`, the role barrier's and the poller's info lines for the storefront's
  job role). Three apps: storefront (web1, web2 and a job role on worker1), api (web1, web2),
  docs (web1). An api release whose target never gets healthy at 09:20 (the kamal-proxy deploy
  fails after 30 s, the new container stopped, `  ERROR (SSHKit::Command::Failed): Exception while
  executing on host ...` in red over three lines, the lock held), the retry at 09:31 finding it
  (`Deploy lock already in place!`, the lock's details, `ERROR (Kamal::Cli::LockError): Deploy
  lock found. ...`), the fixed release at 09:48; the api put in maintenance at 10:00 for a
  migration (`kamal app maintenance`, `kamal app exec --primary --reuse "bin/rails db:migrate"`
  with `App Host: %s` and the migration's output, `kamal app live` at 10:06).
- CapRover 1.12.0 (`captain.log`: `docker service logs captain-captain` on the swarm manager,
  `captain-captain.1.<task>@srv-captain-01    | June 7th 2024, 6:04:46.495 am    Ensure service
  inited and Updated for: docs`, Logger's moment time and four spaces; Logger.e's `Error: ...`
  followed by the error's stack, its message again on the stack's first line). A busy agency
  cluster: about 290 CI deploys of 28 apps (`Ensure service inited and Updated for: %s`, `Check
  if service is running: %s`, `Service is already running: %s`, `Updating service %s with image
  %s`), settings saved in the dashboard with the NGINX reload after them (`Locking NGINX
  configuration reloading...`, `sendReloadSignal...`, `SUCCESS: UNLocking ...`), preview apps
  created (`Creating service %s with default image, we will update image later`), their SSL
  (`Verifying Captain owns domain: %s`, `Enabling SSL for: %s`) and removal (`Removing service
  for: %s`), custom domains (`Enabling custom domain for: %s`, `Enabling SSL for: %s on %s`), saves
  refused during a build (`Error: Build in-progress for %s. Please wait...`), a custom NGINX
  config with a typo at 09:42 (the `nginx -t` output as the error's message over three lines,
  `Error: UNLocking ...`), the disk cleanup. The health check every 20 s: nginx overloaded
  07:30-08:30 (`Captain health check failed: #%d at %s`, `NGINX health check failed: #%d`), nginx
  crashing at 08:45 (five failures in a row: the process exits and swarm starts a new task), the
  captain domain's DNS record broken 10:02-10:10:30 (two more restarts); each new task's start
  (`Emptying generated and temp folders.`, `Ensuring directories are available on host.
  Started.` / `Finished.`, the reload, `Ensuring Docker Registry is running...`, `**** Captain is
  initialized and ready to serve you! ****`).
- Coolify v4 beta (`coolify.log`: `docker logs coolify`, where `schedule:work` and Horizon write
  Laravel's console lines into one stream; `laravel.log`: storage/logs, Monolog with the
  exception and its stack trace). One server (the host itself). The scheduler every minute
  (`  2024-06-07 06:01:02 Running [App\\Jobs\\ServerCheckJob] ......... 65.76ms DONE`, the
  commands `horizon:snapshot` and `uploads:clear` with their `  ⇂ '/usr/local/bin/php' 'artisan'
  ... > '/dev/null' 2>&1` line and a blank line after each run) and Horizon's workers (`  ...
  App\\Jobs\\ServerCheckJob ........................ RUNNING`, `... 2s DONE`, `... FAIL`), the
  dot leaders computed for 80 columns. A command's line is written in two parts, so what Horizon
  writes while it runs lands after its description (`Running ['artisan' uploads:clear]   2024-06-07
  06:02:05 App\\Jobs\\ServerCheckJob ... 3s DONE`) and its dots and run time start a line of their
  own. Redis restarted at 07:20 (`horizon:snapshot` FAILs, `Connection refused` from the
  scheduler and from Horizon as s6 restarts it, `   INFO  Horizon started successfully.`); a big
  build loading the host 08:30-08:45 (slow checks, `%s has timed out.`, `%s has been attempted
  too many times.`); the host's sshd refusing 09:10-09:25 (`ssh: connect to host %s port %d:
  Connection refused` for every check and a scheduled task, the notification mails timing out);
  the backup storage's key rotated 10:15-11:20 (`mc: <ERROR> Failed to copy ...`); coolify-db
  restarted at 11:15 (`SQLSTATE[08006] [7] connection to server at ...` over two lines); two
  dashboard bugs (`Attempt to read property "%s" on null`, `Undefined array key "%s"`).
- Portainer CE 2.20.3 (`portainer.log`: `docker logs portainer`, zerolog's console writer with
  Portainer's layout `2024/06/07 10:31AM INF portainer/main.go:369 > encryption key file not
  present | filename=portainer`, standard-library lines with neither level nor caller, chisel's
  own `2024/06/07 10:31:06 server: ...` lines) and three Edge agents (`edge-<site>.log`: `docker
  logs portainer_edge_agent`, `... ERR github.com/portainer/agent/edge/poll.go:153 > an error
  occured during short poll | error="..."`, chisel's `client: ...`). Uptime Kuma's TCP check every
  30 s and a blackbox exporter's every 60 s on 9443 (`http: TLS handshake error from %s: EOF`,
  1,080), browsers refusing the self-signed certificate (`... remote error: tls: %s`), log views
  closed early (`http: proxy error: context canceled`), the nas-01 agent down 08:05-09:41 (`background
  schedule error (environment snapshot), unable to execute pending actions`), the restart at
  10:31 (the start-up lines); the Edge agents polling every 5 s: Hamburg's WAN down 07:10-07:52
  (Client.Timeout errors every 10 s) and its agent restarted, Munich's DNS failing 09:02-09:30,
  Berlin's LTE link flapping 11:05-11:17, all three while the server restarts; tunnels opened
  from the UI (`client: Connecting to %s`, `client: Connected (Latency %s)`).
- kamal-proxy v0.8.2 (`web1-kamal-proxy.log`, `web2-kamal-proxy.log`: `docker logs kamal-proxy`,
  log/slog's JSON handler, `{"time":"2024-06-07T06:15:20.965473359Z","level":"INFO","msg":
  "Deploying","service":"storefront-web","targets":[...],...}`). Every request (`Request` with
  host, port, path, request_id, status, service, target, duration, method, the content lengths
  and types, client and remote addresses, user agent, proto, scheme, query and the logged
  headers), Uptime Kuma's `/up` every five minutes; Kamal's deploys of the plan above (`Deploying`,
  `Healthcheck failed` while the new container boots, `Target health updated` adding -> healthy,
  `Deployed`, `Request cancelled due to draining` for long exports), the 09:20 api release failing
  its health check for 30 s (`unexpected status (500)`), the maintenance (`Service stopped`,
  `Service drained`, `Service resumed`, 503s meanwhile); web2 rebooted at 06:00 (`Closing active
  connections`, `Server stopped`, `Restored saved state`, `Server started`, its targets unhealthy
  until their containers are up); the api container on web2 killed three times 08:40-08:57
  (`Error while proxying`, `Healthcheck failed`, `Target health updated` healthy -> unhealthy ->
  healthy, 503s); the standard library's TLS handshake errors through slog's default handler
  (`EOF`, `no server name provided`, `unknown server name`, unsupported versions, not TLS).

Label notes. The heads are context: GitHub's time, SSHKit's level and command uuid, the docker
service logs prefix and Logger's time, the scheduler's and Horizon's time, Monolog's date and
channel, zerolog's time, level, caller and fields, chisel's time and `server: ` / `client: `
prefix, slog's time and level; a JSON record's message is its label and its attributes are
values. A command SSHKit runs is a value (`Running %s on %s`); Kamal's say lines are the call's
literals (`Running the pre-deploy hook...` and `Running the post-deploy hook...` are two); an
error's message contributes its format (kamal-proxy's CLI error inside SSHKit's, nginx's emerg
line inside CapRover's, the exceptions' messages in laravel.log, the TLS errors). The later
lines of one write have no row (the runner's script and env lines, SSHKit's exception lines,
the lock's details, the migration's output, CapRover's stacks and nginx lines, laravel.log's
traces, the dot-leader completion of an interrupted command line); a line two writers share is
labelled as the one that starts it (the command's description; the Horizon line after it has
no row).

Checked against copies of the sources: kamal-proxy's router, service, target, health check,
server and logging middleware (every message, the Request attributes, the health check errors,
no ErrorLog on the servers); CapRover's Logger, CaptainManager, LoadBalancerManager and
ServiceManager; Coolify's console Kernel (the schedule), and its docker log layout against an
issue's copy; Kamal's main (1.x), app and health poller; Portainer's start-up, snapshot and Edge
poll lines against issues' copies of 2.17-2.21 logs; Dokku's events plugin install. Least sure
(written from the helper's knowledge): SSHKit's formatter wording, Kamal 2's lock, hook, barrier
and error lines, `Ensure kamal-proxy is running...`, the commands' exact arguments and GitHub's
BOM; that CapRover's API catcher logs errors through Logger.e, its stack frames and task id
length; Coolify's laravel.log messages (the ssh and mc errors through excludeCertainErrors, the
Redis, SMTP, timeout and MaxAttempts exceptions), s6 restarting Horizon and the version;
Portainer's ` |` after a message without fields and after standard-library lines, the agent's
registry and API server lines and fields, chisel's client lines, `http: proxy error: context
canceled`, the callers' line numbers; kamal-proxy's JSON set-up, the `paths` attribute and the
TLS errors' texts.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round100 import laravel_trace
from generate_round147 import T0, T_END, at, in_any

US = 1
MS = 1_000
SEC = 1_000_000
MIN = 60 * SEC


def h(s: str, n: int) -> str:
    """A stable hex digest of `s` (ids shared by two systems' generators)."""
    return hashlib.sha256(s.encode()).hexdigest()[:n]


# ------------------------------------------------------------- Kamal deploys (shared plan)

KM_IPS = {"web1": "10.0.1.11", "web2": "10.0.1.12", "worker1": "10.0.1.21"}
KM_REG = "ghcr.io/acme-shop"
# app -> (kamal-proxy service, proxy hosts, hosts per role, kamal-proxy deploy flags)
KM_APPS = {
    "storefront": (
        "storefront-web",
        ["www.acme-shop.com", "acme-shop.com"],
        {"web": ["web1", "web2"], "job": ["worker1"]},
        ' --tls --deploy-timeout="30s" --drain-timeout="30s" --buffer-requests --buffer-responses --log-request-header="Cache-Control" --log-request-header="Last-Modified" --log-request-header="User-Agent"',
    ),
    "api": (
        "api-web",
        ["api.acme-shop.com"],
        {"web": ["web1", "web2"]},
        ' --tls --deploy-timeout="30s" --drain-timeout="30s" --buffer-requests --buffer-responses --log-request-header="X-Request-Start"',
    ),
    "docs": (
        "docs-web",
        ["docs.acme-shop.com"],
        {"web": ["web1"]},
        ' --tls --deploy-timeout="30s" --drain-timeout="30s"',
    ),
}
# (start of the CI step, app, what the workflow runs, outcome)
KM_RUNS = [
    (at(6, 14, 52), "storefront", "deploy", "ok"),
    (at(6, 41, 7), "api", "deploy", "ok"),
    (at(7, 5, 31), "storefront", "deploy", "ok"),
    (at(7, 29, 44), "api", "deploy", "ok"),
    (at(7, 48, 3), "docs", "deploy", "ok"),
    (at(8, 2, 18), "storefront", "deploy", "ok"),
    (at(8, 21, 40), "api", "deploy", "ok"),
    (at(9, 4, 55), "api", "deploy", "ok"),
    (at(9, 19, 58), "api", "deploy", "unhealthy"),
    (at(9, 31, 26), "api", "deploy", "locked"),
    (at(9, 37, 12), "storefront", "deploy", "ok"),
    (at(9, 48, 19), "api", "deploy", "ok"),
    (at(9, 59, 41), "api", "maintenance", "ok"),
    (at(10, 2, 37), "api", "exec", "ok"),
    (at(10, 6, 12), "api", "live", "ok"),
    (at(10, 24, 49), "storefront", "deploy", "ok"),
    (at(10, 40, 2), "docs", "deploy", "ok"),
    (at(10, 57, 33), "api", "deploy", "ok"),
    (at(11, 2, 10), "storefront", "deploy", "ok"),
    (at(11, 25, 7), "api", "deploy", "ok"),
    (at(11, 39, 50), "storefront", "deploy", "ok"),
    (at(11, 50, 16), "docs", "deploy", "ok"),
]


def km_version(i: int) -> str:
    """The git sha a run deploys (the previous successful deploy of the app before run 0)."""
    if i < 0:
        return h(f"before-{-i}", 40)
    return h(f"kamal-run-{i}", 40)


def km_cid(version: str, host: str, role: str = "web") -> str:
    return h(f"{version}-{host}-{role}", 12)


def km_previous(i: int, app: str) -> str:
    """The version running before run i (the last successful deploy of the app)."""
    for j in range(i - 1, -1, -1):
        _, a, kind, outcome = KM_RUNS[j]
        if a == app and kind == "deploy" and outcome == "ok":
            return km_version(j)
    return km_version(-1 - list(KM_APPS).index(app))


def km_current(t: datetime, app: str) -> str:
    """The version serving `app` at `t` (by the proxy deploys of successful runs)."""
    best = km_version(-1 - list(KM_APPS).index(app))
    for j, (_, a, kind, outcome) in enumerate(KM_RUNS):
        if a != app or kind != "deploy" or outcome != "ok":
            continue
        plan = km_plan(j)
        if plan["proxy"] and min(e for _, e in plan["proxy"].values()) <= t:
            best = km_version(j)
    return best


_KM_PLANS: dict[int, dict] = {}


def km_plan(i: int) -> dict:
    """The timeline of run i that both Kamal's log and kamal-proxy's logs follow: when the pull
    ends and, per web host, when `kamal-proxy deploy` starts and returns."""
    if i in _KM_PLANS:
        return _KM_PLANS[i]
    t0, app, kind, outcome = KM_RUNS[i]
    r = random.Random(f"kamal-plan-{i}")
    _, _, roles, _ = KM_APPS[app]
    hosts = sorted({x for hs in roles.values() for x in hs})
    pull = {x: r.uniform(6, 19) for x in hosts}
    plan: dict = {"pull": pull, "proxy": {}, "ctl": {}}
    if kind in ("maintenance", "live"):
        plan["ctl"] = {x: t0 + sec(r.uniform(3.6, 4.4)) for x in roles["web"]}
    if kind == "deploy" and outcome in ("ok", "unhealthy"):
        boot = t0 + sec(2.4 + max(pull.values()) + r.uniform(7, 11))
        plan["boot"] = boot
        for x in roles["web"]:
            start = boot + sec(r.uniform(2.6, 4.2))
            took = 30.4 + r.uniform(0, 0.3) if outcome == "unhealthy" else r.uniform(3.1, 9.5)
            plan["proxy"][x] = (start, start + sec(took))
    _KM_PLANS[i] = plan
    return plan


def gh_ts(t: datetime, r: random.Random) -> str:
    """GitHub Actions' raw log time: seven fractional digits."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}{r.randint(0, 9)}Z"


def kamal(r: random.Random) -> list[Log]:
    """22 GitHub Actions runs of `bin/kamal ...` (see the module docstring)."""
    logs: list[Log] = []
    for i, (t0, app, kind, outcome) in enumerate(KM_RUNS):
        logs.append(kamal_run(r, i, t0, app, kind, outcome))
    logs.sort(key=lambda x: x.name)
    return logs


def kamal_run(r: random.Random, i: int, t0: datetime, app: str, kind: str, outcome: str) -> Log:
    service, phosts, roles, flags = KM_APPS[app]
    version = km_version(i)
    image = f"{KM_REG}/{app}:{version}"
    hosts = sorted({x for hs in roles.values() for x in hs})
    plan = km_plan(i)
    run_id = 9412873301 + i * 7919 + r.randint(0, 900)
    log = Log(f"{app}-{kind}-{run_id}.txt", t0)
    t0 = t0 + sec(r.uniform(0.05, 0.95))
    items: list[tuple[datetime, int, str, str | None]] = []
    seq = [0]

    def put(t: datetime, text: str, label: str | None) -> datetime:
        seq[0] += 1
        items.append((t, seq[0], text, label))
        return t

    def say(t: datetime, text: str, label: str | None = None) -> datetime:
        return put(t, text, label or text)

    def info(t: datetime, text: str, label: str) -> datetime:
        return put(t, f"  INFO {text}", label)

    def cmd(t: datetime, host: str, command: str, took: float, status: int = 0) -> datetime:
        u = hexid(r, 8)
        if host == "local":
            put(t, f"  INFO [{u}] Running {command} as runner@localhost", "Running %s as %s@%s")
        else:
            put(t, f"  INFO [{u}] Running {command} on {KM_IPS[host]}", "Running %s on %s")
        t = t + sec(took)
        word = "successful" if status == 0 else "failed"
        put(
            t,
            f"  INFO [{u}] Finished in {took:5.3f} seconds with exit status {status} ({word}).",
            f"Finished in %s seconds with exit status %d ({word}).",
        )
        return t

    def on_all(t: datetime, hs: list[str], make, lo: float, hi: float) -> datetime:
        """One SSHKit `on(hosts)` block: the same command on every host at once."""
        end = t
        for x in hs:
            end = max(end, cmd(t + sec(r.uniform(0.001, 0.02)), x, make(x), r.uniform(lo, hi)))
        return end + sec(r.uniform(0.002, 0.03))

    # the step's header, as the runner writes it
    script = {
        "deploy": "bin/kamal deploy --skip-push --version=$GITHUB_SHA",
        "maintenance": 'bin/kamal app maintenance --message="Database upgrade, back in a few minutes"',
        "exec": 'bin/kamal app exec --primary --reuse "bin/rails db:migrate"',
        "live": "bin/kamal app live",
    }[kind]
    t = put(t0, f"##[group]Run {script}", "##[group]Run %s")
    for line in [
        script,
        "shell: /usr/bin/bash -e {0}",
        "env:",
        "  KAMAL_REGISTRY_PASSWORD: ***",
        "  RAILS_MASTER_KEY: ***",
        "  DOCKER_BUILDKIT: 1",
    ]:
        t = put(t + sec(0.0001), line, None)
    t = put(t + sec(0.0002), "##[endgroup]", "##[endgroup]")
    start = t + sec(r.uniform(1.1, 1.9))
    t = start

    def lock(t: datetime) -> datetime:
        t = on_all(t, hosts, lambda x: "/usr/bin/env mkdir -p .kamal", 0.08, 0.3)
        return say(t + sec(0.01), "Acquiring the deploy lock...")

    def release(t: datetime) -> datetime:
        return say(t + sec(0.2), "Releasing the deploy lock...")

    def finish(t: datetime, fail: str | None, fail_label: str | None = None) -> None:
        took = (t - start).total_seconds()
        t = put(
            t + sec(0.001), f"  Finished all in {took:.1f} seconds", "Finished all in %s seconds"
        )
        if fail:
            put(t + sec(0.002), fail, fail_label)
        if fail is None and kind == "deploy":
            t = say(t + sec(0.01), "Running the post-deploy hook...")
            t = cmd(
                t + sec(0.01), "local", "/usr/bin/env .kamal/hooks/post-deploy", r.uniform(0.4, 1.2)
            )
        if fail:
            put(
                t + sec(r.uniform(0.05, 0.2)),
                "##[error]Process completed with exit code 1.",
                "##[error]Process completed with exit code %d.",
            )

    if kind in ("maintenance", "live"):
        t = lock(t)
        end = t
        for x in roles["web"]:
            if kind == "maintenance":
                c = f'docker exec kamal-proxy kamal-proxy stop {service} --drain-timeout="30s" --message="Database upgrade, back in a few minutes"'
            else:
                c = f"docker exec kamal-proxy kamal-proxy resume {service}"
            end = max(
                end, cmd(max(t + sec(0.05), plan["ctl"][x] - sec(0.08)), x, c, r.uniform(0.3, 0.9))
            )
        t = end + sec(0.1)
        t = release(t)
        finish(t, None)
    elif kind == "exec":
        running = km_current(t0, app)
        t = say(t, "Get current version of running container...")
        t = cmd(
            t + sec(0.3),
            "web1",
            f'docker ps --filter label=service={app} --filter label=destination= --filter label=role=web --filter status=running --filter status=restarting --latest --format "{{{{.Names}}}}" | while read line; do echo ${{line#{app}-web-}}; done',
            r.uniform(0.2, 0.5),
        )
        t = say(
            t + sec(0.01),
            f"Launching command with version {running} from existing container...",
            "Launching command with version %s from existing container...",
        )
        t = cmd(
            t + sec(0.3), "web1", f"docker exec {app}-web-{running} bin/rails db:migrate", 14.27
        )
        put(
            t + sec(0.001),
            f"App Host: {KM_IPS['web1']}",
            "App Host: %s",
        )
        for line in [
            "== 20240607093012 AddFulfilmentStateToOrders: migrating =======================",
            '-- add_column(:orders, :fulfilment_state, :string, {:default=>"pending", :null=>false})',
            "   -> 11.8412s",
            "-- add_index(:orders, [:fulfilment_state, :created_at])",
            "   -> 1.9027s",
            "== 20240607093012 AddFulfilmentStateToOrders: migrated (13.7453s) =============",
            "",
        ]:
            put(t + sec(0.0015), line, None)
        finish(t + sec(0.01), None)
    else:
        prev = km_previous(i, app)
        t = say(t, "Pull app image...")
        t = on_all(t, hosts, lambda x: "docker login ghcr.io -u [REDACTED] -p [REDACTED]", 0.5, 1.1)
        t = on_all(t, hosts, lambda x: f"docker image rm --force {image}", 0.1, 0.4)
        end = t
        for x in hosts:
            end = max(
                end,
                cmd(t + sec(r.uniform(0.001, 0.02)), x, f"docker pull {image}", plan["pull"][x]),
            )
        t = end + sec(0.02)
        t = on_all(
            t,
            hosts,
            lambda x: (
                f"docker inspect -f '{{{{ .Config.Labels.service }}}}' {image} | grep -x {app} || (echo \"Image {image} is missing the 'service' label\" && exit 1)"
            ),
            0.08,
            0.2,
        )
        if outcome == "locked":
            t = lock(t + sec(0.1))
            t = say(t + sec(1.2), "Deploy lock already in place!")
            locked_at = km_plan(i - 1)["boot"] - sec(14)
            put(
                t + sec(0.4),
                f"Locked by: runner at {locked_at:%Y-%m-%dT%H:%M:%SZ}",
                "Locked by: %s at %s",
            )
            put(t + sec(0.4001), f"Version: {km_version(i - 1)}", None)
            t = put(t + sec(0.4002), "Message: Automatic deploy lock", None)
            finish(
                t + sec(0.01),
                "  \x1b[31mERROR (Kamal::Cli::LockError): Deploy lock found. Run 'kamal lock help' for more information\x1b[0m",
                "ERROR (%s): Deploy lock found. Run 'kamal lock help' for more information",
            )
            return _km_write(log, items, r)
        t = lock(t + sec(0.1))
        if app == "storefront":
            t = say(t + sec(0.05), "Running the pre-deploy hook...")
            t = cmd(
                t + sec(0.01), "local", "/usr/bin/env .kamal/hooks/pre-deploy", r.uniform(1.4, 2.8)
            )
        t = say(t + sec(0.02), "Ensure kamal-proxy is running...")
        end = t
        for x in hosts:
            end = max(
                end,
                cmd(
                    t + sec(r.uniform(0.01, 0.03)),
                    x,
                    "docker network create kamal",
                    r.uniform(0.08, 0.2),
                    1,
                ),
            )
        t = end + sec(0.01)
        web = roles["web"]
        t = on_all(t, web, lambda x: "docker login ghcr.io -u [REDACTED] -p [REDACTED]", 0.4, 0.9)
        t = on_all(
            t,
            web,
            lambda x: "docker inspect kamal-proxy --format '{{.Config.Image}}' | cut -d: -f2",
            0.05,
            0.15,
        )
        t = on_all(
            t,
            web,
            lambda x: (
                'docker container start kamal-proxy || docker run --name kamal-proxy --network kamal --detach --restart unless-stopped --volume kamal-proxy-config:/home/kamal-proxy/.config/kamal-proxy $(cat .kamal/proxy/options || echo "--publish 80:80 --publish 443:443 --log-opt max-size=10m") basecamp/kamal-proxy:v0.8.2'
            ),
            0.2,
            0.5,
        )
        t = say(t + sec(0.02), "Detect stale containers...")
        end = t
        for role, hs in roles.items():
            for x in hs:
                end = max(
                    end,
                    cmd(
                        t + sec(r.uniform(0.01, 0.03)),
                        x,
                        f'docker ps --filter label=service={app} --filter label=destination= --filter label=role={role} --format "{{{{.Names}}}}" | while read line; do echo ${{line#{app}-{role}-}}; done',
                        r.uniform(0.1, 0.3),
                    ),
                )
        t = plan["boot"]
        t = say(
            t,
            f"Start container with version {version} using a 7s readiness delay (or reboot if already running)...",
            "Start container with version %s using a %ds readiness delay (or reboot if already running)...",
        )
        t = on_all(t, hosts, lambda x: f"docker tag {image} {KM_REG}/{app}:latest", 0.1, 0.3)
        healthy_at = None
        failed = outcome == "unhealthy"
        for x in web:
            p0, p1 = plan["proxy"][x]
            tt = cmd(
                t + sec(0.02),
                x,
                f"docker container ls --all --filter name=^{app}-web-{version}$ --quiet",
                0.12,
            )
            tt = cmd(tt + sec(0.01), x, f"/usr/bin/env mkdir -p .kamal/apps/{app}/env/roles", 0.1)
            tt = info(
                tt + sec(0.05),
                f"Uploading .kamal/apps/{app}/env/roles/web.env 100.0%",
                "Uploading %s %s%%",
            )
            run = f'docker run --detach --restart unless-stopped --name {app}-web-{version} --network kamal --hostname {KM_IPS[x]}-{hexid(r, 12)} -e KAMAL_CONTAINER_NAME="{app}-web-{version}" -e KAMAL_VERSION="{version}" --env-file .kamal/apps/{app}/env/roles/web.env --log-opt max-size="10m" --label service="{app}" --label role="web" --label destination {image}'
            tt = cmd(tt + sec(0.02), x, run, max(0.3, (p0 - tt).total_seconds() - 0.45))
            tt = cmd(
                tt + sec(0.01),
                x,
                f"docker container ls --all --filter name=^{app}-web-{version}$ --quiet",
                0.11,
            )
            cid = km_cid(version, x)
            dep = (
                f'docker exec kamal-proxy kamal-proxy deploy {service} --target="{cid}:80"'
                + "".join(f' --host="{d}"' for d in phosts)
                + flags
            )
            took = (p1 - p0).total_seconds() + r.uniform(0.05, 0.2)
            tt = cmd(p0 - sec(0.05), x, dep, took, 1 if failed else 0)
            if failed:
                cmd(
                    tt + sec(0.01),
                    x,
                    f"docker container ls --all --filter name=^{app}-web-{version}$ --quiet | xargs docker stop",
                    r.uniform(1.5, 3),
                )
            else:
                if healthy_at is None or tt < healthy_at:
                    healthy_at = tt
                cmd(
                    tt + sec(0.02),
                    x,
                    f"docker container ls --all --filter name=^{app}-web-{prev}$ --quiet | xargs docker stop",
                    r.uniform(0.6, 2.2),
                )
        if failed:
            t = max(e for _, e in plan["proxy"].values()) + sec(3.2)
            put(
                t + sec(0.3),
                f"  Finished all in {(t - start).total_seconds():.1f} seconds",
                "Finished all in %s seconds",
            )
            err = [
                f"  \x1b[31mERROR (SSHKit::Command::Failed): Exception while executing on host {KM_IPS['web1']}: docker exit status: 1",
                "docker stdout: Nothing written",
                "docker stderr: Error: target failed to become healthy within configured timeout\x1b[0m",
            ]
            put(
                t + sec(0.31),
                err[0],
                "ERROR (%s): Exception while executing on host %s: %s exit status: %d",
            )
            put(t + sec(0.3101), err[1], None)
            put(t + sec(0.3102), err[2], None)
            put(
                t + sec(0.45),
                "##[error]Process completed with exit code 1.",
                "##[error]Process completed with exit code %d.",
            )
            return _km_write(log, items, r)
        t = max(e for _, e in plan["proxy"].values()) + sec(2.5)
        if "job" in roles:
            x = roles["job"][0]
            info(
                plan["boot"] + sec(0.4),
                f"Waiting for the first healthy web container before booting job on {KM_IPS[x]}...",
                "Waiting for the first healthy %s container before booting %s on %s...",
            )
            info(
                healthy_at + sec(0.002),
                f"First web container is healthy on {KM_IPS[web[0]]}, booting any other roles",
                "First %s container is healthy on %s, booting any other roles",
            )
            tt = info(
                healthy_at + sec(0.01),
                f"First web container is healthy, booting job on {KM_IPS[x]}...",
                "First %s container is healthy, booting %s on %s...",
            )
            tt = cmd(
                tt + sec(0.02),
                x,
                f"docker container ls --all --filter name=^{app}-job-{version}$ --quiet",
                0.13,
            )
            tt = cmd(tt + sec(0.01), x, f"/usr/bin/env mkdir -p .kamal/apps/{app}/env/roles", 0.1)
            tt = info(
                tt + sec(0.05),
                f"Uploading .kamal/apps/{app}/env/roles/job.env 100.0%",
                "Uploading %s %s%%",
            )
            run = f'docker run --detach --restart unless-stopped --name {app}-job-{version} --network kamal --hostname {KM_IPS[x]}-{hexid(r, 12)} -e KAMAL_CONTAINER_NAME="{app}-job-{version}" -e KAMAL_VERSION="{version}" --env-file .kamal/apps/{app}/env/roles/job.env --log-opt max-size="10m" --label service="{app}" --label role="job" --label destination {image} bin/jobs'
            tt = cmd(tt + sec(0.02), x, run, r.uniform(0.6, 1.3))
            status = f"docker container ls --all --filter name=^{app}-job-{version}$ --quiet | xargs docker inspect --format '{{{{if .State.Health}}}}{{{{.State.Health.Status}}}}{{{{else}}}}{{{{.State.Status}}}}{{{{end}}}}'"
            tt = cmd(tt + sec(0.01), x, status, r.uniform(0.1, 0.25))
            tt = info(
                tt + sec(0.001),
                "Container is running, waiting for readiness delay of 7 seconds",
                "Container is running, waiting for readiness delay of %d seconds",
            )
            tt = cmd(tt + sec(7.0), x, status, r.uniform(0.1, 0.25))
            tt = info(tt + sec(0.001), "Container is healthy!", "Container is healthy!")
            tt = cmd(
                tt + sec(0.02),
                x,
                f"docker container ls --all --filter name=^{app}-job-{prev}$ --quiet | xargs docker stop",
                r.uniform(3, 9),
            )
            t = max(t, tt + sec(0.1))
        t = say(t, "Prune old containers and images...")
        t = on_all(
            t,
            hosts,
            lambda x: (
                f"docker ps -q -a --filter label=service={app} --filter status=created --filter status=exited --filter status=dead | tail -n +6 | while read container_id; do docker rm $container_id; done"
            ),
            0.2,
            0.9,
        )
        t = on_all(
            t, hosts, lambda x: f"docker image prune --force --filter label=service={app}", 0.2, 1.5
        )
        t = on_all(
            t,
            hosts,
            lambda x: (
                f"docker image ls --filter label=service={app} --format '{{{{.ID}}}} {{{{.Repository}}}}:{{{{.Tag}}}}' | grep -v -w \"$(docker container ls -a --format '{{{{.Image}}}}\\|' --filter label=service={app} | tr -d '\\n'){KM_REG}/{app}:latest\\|{KM_REG}/{app}:<none>\" | while read image tag; do docker rmi $tag; done"
            ),
            0.3,
            2.4,
        )
        t = release(t)
        finish(t, None)
    return _km_write(log, items, r)


def _km_write(log: Log, items: list, r: random.Random) -> Log:
    first = True
    last = ""
    for t, _, text, label in sorted(items, key=lambda x: (x[0], x[1])):
        ts = max(gh_ts(t, r), last) if last[:26] == gh_ts(t, r)[:26] else gh_ts(t, r)
        last = ts
        line = f"{ts} {text}"
        if first:
            line = "\ufeff" + line
            first = False
        log.add(line, label)
    return log


# ------------------------------------------------------------------------------ kamal-proxy

KP_STATE = "/home/kamal-proxy/.config/kamal-proxy/kamal-proxy.state"
KP_BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36",
]
KP_BOTS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
]
KP_APPUA = [
    "AcmeShop/4.12.0 (iPhone; iOS 17.5; Scale/3.00)",
    "AcmeShop/4.11.2 (Android 14; Pixel 7)",
    "okhttp/4.12.0",
    "python-requests/2.32.3",
]
KP_PRODUCTS = [
    "linen-shirt-sand",
    "merino-beanie",
    "canvas-tote-olive",
    "wool-socks-3pack",
    "denim-jacket-indigo",
    "rain-shell-navy",
    "leather-belt-brown",
    "cotton-tee-white",
]
KP_SCANNERS = [
    "45.148.10.81",
    "185.224.128.17",
    "193.32.162.40",
    "104.248.45.112",
    "167.94.138.60",
    "162.216.149.201",
]
KP_TLS_ERRORS = [
    (0.40, "EOF"),
    (0.25, "no server name provided"),
    (0.15, "unknown server name"),
    (0.10, "tls: client offered only unsupported versions: [302 301]"),
    (0.10, "tls: first record does not look like a TLS handshake"),
]


def go_nano(t: datetime, extra: int) -> str:
    """time.RFC3339Nano in UTC: trailing zeros of the fraction dropped."""
    frac = f"{t.microsecond:06d}{extra:03d}".rstrip("0")
    return f"{t:%Y-%m-%dT%H:%M:%S}" + (f".{frac}" if frac else "") + "Z"


def kamal_proxy(r: random.Random) -> list[Log]:
    """kamal-proxy v0.8.2 on two web hosts (see the module docstring)."""
    fs = Files()
    boots = {"web1": 0, "web2": 0}

    def J(host: str, t: datetime, level: str, msg: str, label: str, attrs: dict) -> datetime:
        ns = r.randint(0, 999)
        t = t + sec(r.uniform(0, 0.0004))

        def text(x: datetime) -> list[str]:
            d = {"time": go_nano(x, ns), "level": level, "msg": msg, **attrs}
            return [json.dumps(d, separators=(",", ":"), ensure_ascii=False)]

        return fs.add(f"{host}-kamal-proxy.log", t, label, text, (host, boots[host]), US)

    def S(host: str, t: datetime, msg: str, label: str) -> datetime:
        return J(host, t, "INFO", msg, label, {})

    services = {
        "web1": ["storefront", "api", "docs"],
        "web2": ["storefront", "api"],
    }
    # outages: (host, app) -> spans in which the app's target does not answer
    crashes = [
        ("web2", "api", at(8, 40, 12.3), 11.4),
        ("web2", "api", at(8, 47, 55.1), 13.2),
        ("web2", "api", at(8, 56, 30.8), 9.6),
    ]
    down: dict[tuple[str, str], list[tuple[datetime, datetime]]] = {}
    for host, app, t, d in crashes:
        down.setdefault((host, app), []).append((t + sec(1.2), t + sec(d)))
    reboot = (at(6, 0, 2.4), at(6, 1, 26.0))
    down.setdefault(("web2", "storefront"), []).append((reboot[0], at(6, 1, 19.0)))
    down.setdefault(("web2", "api"), []).append((reboot[0], at(6, 1, 23.5)))
    maint = (KM_RUNS[12][0] + sec(4), KM_RUNS[14][0] + sec(4))
    db_blip = (at(8, 12, 5), at(8, 19, 40))

    def rid() -> str:
        return uuid4(r)

    def request(host: str, t: datetime, app: str, kind: str = "") -> None:
        service = KM_APPS[app][0]
        domains = KM_APPS[app][1]
        domain = r.choice(domains)
        scheme = "https" if r.random() < 0.93 else "http"
        method, path, query, status = "GET", "/", "", 200
        req_len, req_type = 0, ""
        resp_type = "text/html; charset=utf-8"
        bot = r.random() < 0.12
        ua = r.choice(KP_BOTS) if bot else r.choice(KP_BROWSERS)
        dur = r.uniform(0.018, 0.19)
        size = r.randint(18000, 64000)
        if app == "storefront":
            x = r.random()
            if x < 0.22:
                path = "/"
            elif x < 0.50:
                path = f"/products/{r.choice(KP_PRODUCTS)}"
            elif x < 0.60:
                path = f"/collections/{r.choice(['new-in', 'summer', 'sale', 'accessories'])}"
            elif x < 0.67:
                path, query = (
                    "/search",
                    f"q={r.choice(['linen', 'socks', 'jacket', 'tote+bag', 'belt'])}",
                )
            elif x < 0.74:
                path = "/cart"
                if r.random() < 0.4:
                    method, req_len, req_type = (
                        "POST",
                        r.randint(90, 240),
                        "application/x-www-form-urlencoded",
                    )
                    status, resp_type, size = 302, "text/html; charset=utf-8", 0
            elif x < 0.78:
                path = "/checkout"
            elif x < 0.93:
                path = f"/assets/application-{hexid(r, 8)}.{r.choice(['css', 'js'])}"
                resp_type = "text/css" if path.endswith("css") else "text/javascript"
                dur = r.uniform(0.0004, 0.004)
                if r.random() < 0.35:
                    status, size = 304, 0
            else:
                path, status, resp_type, size = "/cable", 101, "", 0
                dur = r.uniform(40, 1800)
        elif app == "api":
            ua = r.choice(KP_APPUA)
            x = r.random()
            if x < 0.35:
                path = f"/v1/products/{r.randint(1000, 9999)}"
            elif x < 0.55:
                path, query = "/v1/orders", f"page={r.randint(1, 4)}&per_page=25"
            elif x < 0.72:
                path = f"/v1/orders/{r.randint(700000, 799999)}"
            elif x < 0.85:
                path = f"/v1/inventory/{r.choice(['LS', 'MB', 'CT', 'WS', 'DJ'])}-{r.randint(100, 999)}"
            else:
                method, path = "POST", "/v1/orders"
                req_len, req_type = r.randint(380, 2200), "application/json"
                status = 201
            resp_type = "application/json; charset=utf-8"
            size = r.randint(240, 9000)
            dur = r.uniform(0.008, 0.09)
            if in_any(t, [db_blip]) and r.random() < 0.45:
                status, size, dur = 500, 74, r.uniform(5.0, 5.1)
            elif r.random() < 0.03:
                status, size = 404, 41
            elif r.random() < 0.02:
                status, size = 422, 118
        else:
            path = r.choice(
                [
                    "/",
                    "/guides/getting-started",
                    "/guides/webhooks",
                    "/api-reference",
                    "/api-reference/orders",
                    "/changelog",
                ]
            )
            dur = r.uniform(0.004, 0.03)
            size = r.randint(9000, 40000)
        if kind == "uptime":
            scheme, path, query, method, ua, bot = (
                "https",
                "/up",
                "",
                "GET",
                "Uptime-Kuma/1.23.13",
                False,
            )
            status, size, dur, resp_type = (
                200,
                73,
                r.uniform(0.002, 0.008),
                "text/html; charset=utf-8",
            )
        target = f"{km_cid(km_current(t, app), host)}:80"
        if r.random() < 0.012 and status == 200 and path != "/cable":
            status, size = 499, 0
        if scheme == "http":
            status, size, resp_type, target, dur = (
                301,
                0,
                "text/html; charset=utf-8",
                "",
                r.uniform(0.00005, 0.0002),
            )
            if r.random() < 0.5:
                ua = r.choice(KP_BOTS)
        elif app == "api" and in_any(t, [maint]) and path != "/up":
            status, size, target, dur, resp_type = (
                503,
                1641,
                "",
                r.uniform(0.0001, 0.0004),
                "text/html; charset=utf-8",
            )
        elif in_any(t, down.get((host, app), [])):
            if path == "/cable":
                return
            status, size, target, dur, resp_type = (
                503,
                1687,
                "",
                r.uniform(0.0001, 0.0005),
                "text/html; charset=utf-8",
            )
        client = (
            r.choice(KP_SCANNERS)
            if bot and r.random() < 0.2
            else f"{r.choice([31, 46, 78, 84, 88, 91, 176, 185, 212, 217])}.{r.randint(1, 254)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        )
        if kind == "uptime":
            client = "203.0.113.50"
        attrs = {
            "host": domain,
            "port": 443 if scheme == "https" else 80,
            "path": path,
            "request_id": rid(),
            "status": status,
            "service": service,
            "target": target,
            "duration": int(dur * 1e9) + r.randint(0, 999),
            "method": method,
            "req_content_length": req_len,
            "req_content_type": req_type,
            "resp_content_length": size,
            "resp_content_type": resp_type,
            "client_addr": client,
            "client_port": str(r.randint(1024, 65535)),
            "remote_addr": client,
            "user_agent": ua,
            "proto": "HTTP/2.0" if scheme == "https" and path != "/cable" else "HTTP/1.1",
            "scheme": scheme,
            "query": query,
        }
        if target:
            if app == "storefront":
                attrs["req_cache_control"] = r.choice(["", "", "max-age=0", "no-cache"])
                attrs["req_last_modified"] = ""
                attrs["req_user_agent"] = ua
            elif app == "api":
                attrs["req_x_request_start"] = ""
        J(host, t + sec(dur), "INFO", "Request", "Request", attrs)

    # the traffic
    for host, apps in services.items():
        t = T0 + sec(r.uniform(0, 5))
        while t < T_END:
            hour = (t - T0).total_seconds() / 3600
            t += sec(r.expovariate(0.0165 + 0.0085 * hour))
            if host == "web2" and reboot[0] - sec(1) <= t < reboot[1]:
                continue
            app = r.choices(apps, [6, 4, 1][: len(apps)])[0]
            request(host, t, app)
        t = T0 + sec(r.uniform(10, 40))
        while t < T_END:
            if not (host == "web2" and reboot[0] - sec(1) <= t < reboot[1]):
                request(host, t, "storefront", "uptime")
            t += sec(300)
        for _ in range(int(r.uniform(62, 80))):
            t = T0 + sec(r.uniform(0, 21500))
            if host == "web2" and reboot[0] - sec(1) <= t < reboot[1]:
                continue
            err = r.choices([e for _, e in KP_TLS_ERRORS], [w for w, _ in KP_TLS_ERRORS])[0]
            ip = (
                r.choice(KP_SCANNERS)
                if r.random() < 0.7
                else f"{r.randint(2, 223)}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
            )
            S(
                host,
                t,
                f"http: TLS handshake error from {ip}:{r.randint(1024, 65535)}: {err}",
                f"http: TLS handshake error from %s: {err.replace('[302 301]', '%v')}",
            )

    # web2 rebooted for a kernel update at 06:00
    J(
        "web2",
        reboot[0] + sec(10.0),
        "WARN",
        "Closing active connections",
        "Closing active connections",
        {},
    )
    S("web2", reboot[0] + sec(10.02), "Server stopped", "Server stopped")
    boots["web2"] += 1
    t = J(
        "web2",
        reboot[1] - sec(21.3),
        "INFO",
        "Restored saved state",
        "Restored saved state",
        {"path": KP_STATE},
    )
    J(
        "web2",
        t + sec(0.004),
        "INFO",
        "Server started",
        "Server started",
        {"http": 80, "https": 443},
    )
    for app, back in [("storefront", at(6, 1, 19.0)), ("api", at(6, 1, 23.5))]:
        cid = km_cid(km_current(T0, app), "web2")
        tt = t + sec(r.uniform(0.3, 0.9))
        first = True
        while tt < back:
            J(
                "web2",
                tt,
                "INFO",
                "Healthcheck failed",
                "Healthcheck failed",
                {
                    "url": f"http://{cid}:80/up",
                    "error": f'Get "http://{cid}:80/up": dial tcp: lookup {cid} on 127.0.0.11:53: server misbehaving'
                    if tt < t + sec(6)
                    else f'Get "http://{cid}:80/up": dial tcp 172.18.0.{list(KM_APPS).index(app) + 3}:80: connect: connection refused',
                },
            )
            if first:
                J(
                    "web2",
                    tt + sec(0.0001),
                    "INFO",
                    "Target health updated",
                    "Target health updated",
                    {"target": f"{cid}:80", "state": "unhealthy", "was": "healthy"},
                )
                first = False
            tt += sec(1 + r.uniform(-0.01, 0.01))
        J(
            "web2",
            tt,
            "INFO",
            "Target health updated",
            "Target health updated",
            {"target": f"{cid}:80", "state": "healthy", "was": "unhealthy"},
        )

    # the api container killed three times on web2 (out of memory)
    for host, app, t0c, d in crashes:
        cid = km_cid(km_current(t0c, app), host)
        for _ in range(r.randint(2, 4)):
            tt = t0c + sec(r.uniform(0.0, 1.1))
            J(
                host,
                tt,
                "ERROR",
                "Error while proxying",
                "Error while proxying",
                {
                    "target": f"{cid}:80",
                    "path": r.choice(
                        [
                            "/v1/orders",
                            f"/v1/orders/{r.randint(700000, 799999)}",
                            f"/v1/products/{r.randint(1000, 9999)}",
                        ]
                    ),
                    "error": r.choice(
                        [
                            "EOF",
                            f"read tcp 172.18.0.2:{r.randint(40000, 60000)}->172.18.0.4:80: read: connection reset by peer",
                            "dial tcp 172.18.0.4:80: connect: connection refused",
                        ]
                    ),
                },
            )
        tt = t0c + sec(r.uniform(0.2, 0.9))
        first = True
        while tt < t0c + sec(d):
            J(
                host,
                tt,
                "INFO",
                "Healthcheck failed",
                "Healthcheck failed",
                {
                    "url": f"http://{cid}:80/up",
                    "error": "request timed out"
                    if first and r.random() < 0.5
                    else 'Get "http://'
                    + cid
                    + ':80/up": dial tcp 172.18.0.4:80: connect: connection refused',
                },
            )
            if first:
                J(
                    host,
                    tt + sec(0.0001),
                    "INFO",
                    "Target health updated",
                    "Target health updated",
                    {"target": f"{cid}:80", "state": "unhealthy", "was": "healthy"},
                )
                first = False
            tt += sec(1 + r.uniform(-0.01, 0.01))
        J(
            host,
            tt,
            "INFO",
            "Target health updated",
            "Target health updated",
            {"target": f"{cid}:80", "state": "healthy", "was": "unhealthy"},
        )

    # Kamal's deploys, maintenance and resume
    for i, (_t0, app, kind, outcome) in enumerate(KM_RUNS):
        plan = km_plan(i)
        service, phosts, _roles, _ = KM_APPS[app]
        if kind == "maintenance":
            for x, tc in plan["ctl"].items():
                tt = J(x, tc, "INFO", "Service stopped", "Service stopped", {"service": service})
                J(
                    x,
                    tt + sec(r.uniform(0.05, 0.4)),
                    "INFO",
                    "Service drained",
                    "Service drained",
                    {"service": service},
                )
        elif kind == "live":
            for x, tc in plan["ctl"].items():
                J(x, tc, "INFO", "Service resumed", "Service resumed", {"service": service})
        for x, (p0, p1) in plan["proxy"].items():
            version = km_version(i)
            cid = km_cid(version, x)
            attrs = {
                "service": service,
                "targets": [f"{cid}:80"],
                "hosts": phosts,
                "paths": ["/"],
                "tls": True,
            }
            J(x, p0, "INFO", "Deploying", "Deploying", attrs)
            url = f"http://{cid}:80/up"
            ip = f"172.18.0.{10 + i % 40}"
            tt = p0 + sec(r.uniform(0.001, 0.01))
            if outcome == "unhealthy":
                k = 0
                while tt < p0 + sec(30):
                    err = (
                        f'Get "{url}": dial tcp {ip}:80: connect: connection refused'
                        if k < 4
                        else "unexpected status (500)"
                    )
                    J(
                        x,
                        tt,
                        "INFO",
                        "Healthcheck failed",
                        "Healthcheck failed",
                        {"url": url, "error": err},
                    )
                    tt += sec(1 + r.uniform(-0.005, 0.005))
                    k += 1
                continue
            while tt < p1 - sec(1):
                J(
                    x,
                    tt,
                    "INFO",
                    "Healthcheck failed",
                    "Healthcheck failed",
                    {
                        "url": url,
                        "error": f'Get "{url}": dial tcp {ip}:80: connect: connection refused',
                    },
                )
                tt += sec(1 + r.uniform(-0.005, 0.005))
            J(
                x,
                p1 - sec(0.0004),
                "INFO",
                "Target health updated",
                "Target health updated",
                {"target": f"{cid}:80", "state": "healthy", "was": "adding"},
            )
            J(x, p1, "INFO", "Deployed", "Deployed", attrs)
            old = km_cid(km_previous(i, app), x)
            if app == "api" and r.random() < 0.5:
                J(
                    x,
                    p1 + sec(30.0 + r.uniform(0.001, 0.01)),
                    "INFO",
                    "Request cancelled due to draining",
                    "Request cancelled due to draining",
                    {"target": f"{old}:80", "path": "/v1/exports/orders.csv"},
                )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- Portainer

PT_FQDN = "portainer.acme.example"
PT_EDGE = {"berlin": (7, "10.31.0.0"), "hamburg": (8, "10.32.0.0"), "munich": (9, "10.33.0.0")}
PT_USERS_IPS = ["10.20.4.17", "10.20.4.52", "10.20.5.9", "10.20.5.33"]


def zf(v: object) -> str:
    """zerolog's console writer: a value with spaces or quotes is quoted."""
    s = str(v)
    if s == "" or any(c in s for c in ' "\\=') or not s.isprintable():
        return json.dumps(s)
    return s


def portainer(r: random.Random) -> list[Log]:
    """Portainer CE 2.20.3 and three Edge agents (see the module docstring)."""
    fs = Files()

    def Z(
        f: str,
        proc: object,
        t: datetime,
        lvl: str,
        caller: str,
        msg: str,
        label: str,
        fields: dict | None = None,
    ) -> datetime:
        tail = " " + " ".join(f"{k}={zf(v)}" for k, v in sorted(fields.items())) if fields else ""
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%Y/%m/%d %I:%M%p} {lvl} {caller} > {msg} |{tail}"],
            proc,
            US,
        )

    def W(f: str, proc: object, t: datetime, msg: str, label: str) -> datetime:
        """A standard-library log line through zerolog: no level, no caller."""
        return fs.add(f, t, label, lambda x: [f"{x:%Y/%m/%d %I:%M%p} {msg} |"], proc, US)

    def C(f: str, proc: object, t: datetime, msg: str, label: str) -> datetime:
        """chisel's own logger: log's default flags, whole seconds."""
        return fs.add(f, t, label, lambda x: [f"{x:%Y/%m/%d %H:%M:%S} {msg}"], proc, SEC)

    srv = "portainer.log"
    restart = at(10, 31, 6.2)
    down = (at(10, 30, 58.0), restart + sec(2.6))
    boot = [0]

    def sp() -> tuple[str, int]:
        return ("portainer", boot[0])

    # monitoring: Uptime Kuma's TCP check every 30 s, blackbox exporter's tcp_connect every 60 s
    for ip, period, off in [("10.20.0.30", 30, 11.3), ("10.20.0.31", 60, 37.9)]:
        t = T0 + sec(off)
        while t < T_END:
            tt = t + sec(r.uniform(-0.05, 0.05))
            if not in_any(tt, [down]):
                W(
                    srv,
                    sp() if tt < restart else ("portainer", 1),
                    tt,
                    f"http: TLS handshake error from {ip}:{r.randint(32768, 60999)}: EOF",
                    "http: TLS handshake error from %s: EOF",
                )
            t += sec(period)
    # people opening the UI in a browser that does not trust the self-signed certificate
    for _ in range(26):
        t = T0 + sec(r.uniform(600, 21400))
        if in_any(t, [down]):
            continue
        alert = "unknown certificate" if r.random() < 0.6 else "bad certificate"
        W(
            srv,
            ("portainer", 0 if t < restart else 1),
            t,
            f"http: TLS handshake error from {r.choice(PT_USERS_IPS)}:{r.randint(49152, 65535)}: remote error: tls: {alert}",
            "http: TLS handshake error from %s: remote error: tls: %s",
        )
    # log and stats views closed before the Docker API answered
    for _ in range(43):
        t = T0 + sec(r.uniform(1800, 21500))
        if in_any(t, [down]):
            continue
        W(
            srv,
            ("portainer", 0 if t < restart else 1),
            t,
            "http: proxy error: context canceled",
            "http: proxy error: context canceled",
        )
    # nas-01's agent gone with the NAS's update reboot 08:03-09:41
    t = at(8, 5, 0.4)
    while t < at(9, 41):
        Z(
            srv,
            ("portainer", 0),
            t,
            "ERR",
            "snapshot/snapshot.go:313",
            "background schedule error (environment snapshot), unable to execute pending actions",
            "background schedule error (environment snapshot), unable to execute pending actions",
            {"error": 'environment "nas-01" (id: 3) is not up'},
        )
        t += sec(300 + r.uniform(-0.2, 0.2))
    # the restart at 10:31 (the container restarted by hand after the UI stopped answering)
    boot[0] = 1
    t = restart
    t = Z(
        srv,
        sp(),
        t,
        "INF",
        "portainer/main.go:369",
        "encryption key file not present",
        "encryption key file not present",
        {"filename": "portainer"},
    )
    t = Z(
        srv,
        sp(),
        t + sec(0.001),
        "INF",
        "portainer/main.go:408",
        "proceeding without encryption key",
        "proceeding without encryption key",
    )
    t = Z(
        srv,
        sp(),
        t + sec(0.002),
        "INF",
        "boltdb/db.go:125",
        "loading PortainerDB",
        "loading PortainerDB",
        {"filename": "portainer.db"},
    )
    t = Z(
        srv,
        sp(),
        t + sec(0.31),
        "INF",
        "chisel/service.go:198",
        "found Chisel private key file on disk",
        "found Chisel private key file on disk",
        {"private-key": "/data/chisel/private-key.pem"},
    )
    t = C(
        srv, sp(), t + sec(0.01), "server: Reverse tunnelling enabled", "Reverse tunnelling enabled"
    )
    t = C(
        srv,
        sp(),
        t + sec(0.002),
        "server: Fingerprint 3mJ8Xw2Qz0hJ7gZ9D4k1bqvN5sC1oP8aTrUeLyKxWfI=",
        "Fingerprint %s",
    )
    t = C(srv, sp(), t + sec(0.002), "server: Listening on http://0.0.0.0:8000", "Listening on %s")
    for env in (1, 2, 3):
        t = Z(
            srv,
            sp(),
            t + sec(0.02),
            "INF",
            "postinit/migrate_post_init.go:107",
            f"Executing post init migration for environment {env}",
            "Executing post init migration for environment %d",
        )
    t = Z(
        srv,
        sp(),
        t + sec(0.05),
        "INF",
        "portainer/main.go:823",
        "starting Portainer",
        "starting Portainer",
        {
            "build_number": "94",
            "go_version": "go1.21.11",
            "image_tag": "linux-amd64-2.20.3",
            "nodejs_version": "18.20.3",
            "version": "2.20.3",
            "webpack_version": "5.88.2",
            "yarn_version": "1.22.22",
        },
    )
    t = Z(
        srv,
        sp(),
        t + sec(0.002),
        "INF",
        "http/server.go:463",
        "starting HTTPS server",
        "starting HTTPS server",
        {"bind_address": ":9443"},
    )
    Z(
        srv,
        sp(),
        t + sec(0.001),
        "INF",
        "http/server.go:447",
        "starting HTTP server",
        "starting HTTP server",
        {"bind_address": ":9000"},
    )

    # the Edge agents (standard mode, polling every 5 s)
    AG = "github.com/portainer/agent"
    for site, (eid, _net) in PT_EDGE.items():
        f = f"edge-{site}.log"
        boots = [0]

        def ap(site: str = site, boots: list[int] = boots) -> tuple[str, int]:
            return (site, boots[0])

        def agent_start(t: datetime, f: str = f, ap=ap) -> None:
            t = Z(
                f,
                ap(),
                t,
                "INF",
                f"{AG}/cmd/agent/main.go:86",
                "agent running on Docker platform",
                "agent running on Docker platform",
            )
            t = Z(
                f,
                ap(),
                t + sec(0.004),
                "INF",
                f"{AG}/edge/key.go:146",
                "edge key loaded from options",
                "edge key loaded from options",
            )
            t = Z(
                f,
                ap(),
                t + sec(0.003),
                "INF",
                f"{AG}/edge/registry/server.go:101",
                "starting registry credential server",
                "starting registry credential server",
            )
            Z(
                f,
                ap(),
                t + sec(0.002),
                "INF",
                f"{AG}/http/server.go:99",
                "starting Agent API server",
                "starting Agent API server",
                {
                    "api_version": "2.20.3",
                    "server_addr": "0.0.0.0",
                    "server_port": 9001,
                    "use_tls": "true",
                },
            )

        url = f"https://{PT_FQDN}:9443/api/endpoints/{eid}/edge/status"

        def poll_err(t: datetime, err: str, f: str = f, ap=ap, url: str = url) -> None:
            Z(
                f,
                ap(),
                t,
                "ERR",
                f"{AG}/edge/poll.go:153",
                "an error occured during short poll",
                "an error occured during short poll",
                {"error": f'Get "{url}": {err}'},
            )

        spans: list[tuple[datetime, datetime, float, list[str]]] = []
        if site == "hamburg":
            spans.append(
                (
                    at(7, 10, 20),
                    at(7, 52, 40),
                    10.0,
                    ["context deadline exceeded (Client.Timeout exceeded while awaiting headers)"],
                )
            )
        if site == "munich":
            spans.append(
                (
                    at(9, 2, 5),
                    at(9, 30, 12),
                    5.0,
                    [f"dial tcp: lookup {PT_FQDN} on 127.0.0.11:53: server misbehaving"],
                )
            )
        if site == "berlin":
            spans.append(
                (
                    at(11, 5, 3),
                    at(11, 17, 44),
                    5.0,
                    [
                        "dial tcp 203.0.113.10:9443: connect: network is unreachable",
                        "context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
                    ],
                )
            )
        spans.append(
            (
                down[0] + sec(r.uniform(0.5, 4)),
                down[1],
                5.0,
                ["dial tcp 203.0.113.10:9443: connect: connection refused"],
            )
        )
        for a, b, period, errs in spans:
            t = a
            flap = site == "berlin" and period == 5.0 and len(errs) == 2
            while t < b:
                if not (flap and r.random() < 0.35):
                    poll_err(t, r.choice(errs) if flap else errs[0])
                t += sec(period + r.uniform(-0.02, 0.02))
        if site == "hamburg":
            boots[0] = 1
            agent_start(at(7, 55, 31.4))
        if site == "munich":
            boots[0] = 1
            agent_start(at(9, 31, 2.8))
        # tunnels opened when someone browses the environment in Portainer
        for _ in range(r.randint(7, 10)):
            t = T0 + sec(r.uniform(900, 21000))
            if any(a <= t < b + sec(60) for a, b, _, _ in spans):
                continue
            bt = (
                boots[0]
                if (site == "hamburg" and t >= at(7, 55, 31))
                or (site == "munich" and t >= at(9, 31, 2))
                else 0
            )
            t = C(
                f, (site, bt), t, f"client: Connecting to ws://{PT_FQDN}:8000", "Connecting to %s"
            )
            C(
                f,
                (site, bt),
                t + sec(r.uniform(0.02, 0.09)),
                "client: Connected (Latency " + f"{r.uniform(11, 38):.6f}".rstrip("0") + "ms)",
                "Connected (Latency %s)",
            )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- CapRover

CR_ROOT = "apps.acme.example"
CR_REG = f"registry.{CR_ROOT}:996/captain"
CR_NODE = "srv-captain-01"
CR_APPS = [
    ("shop-web", 14),
    ("shop-api", 12),
    ("shop-admin", 5),
    ("blog", 3),
    ("landing", 6),
    ("crm-web", 8),
    ("crm-worker", 4),
    ("invoicing", 5),
    ("docs", 3),
    ("status-page", 1),
    ("booking-web", 9),
    ("booking-api", 9),
    ("mailer", 3),
    ("media-resizer", 2),
    ("analytics-collector", 2),
    ("kiosk-frontend", 6),
    ("kiosk-backend", 6),
    ("partner-portal", 4),
    ("pr-shop-web-412", 7),
    ("pr-shop-web-415", 8),
    ("pr-booking-web-88", 6),
    ("pr-crm-web-203", 5),
    ("hr-tools", 2),
    ("wiki", 1),
]
CR_NEW = ["pr-shop-web-419", "pr-booking-web-91", "pr-crm-web-207", "pr-kiosk-frontend-12"]
CR_CUSTOM = [
    ("shop-web", "shop.acme-retail.de"),
    ("booking-web", "book.alpenhof-resort.at"),
    ("partner-portal", "partners.acme-retail.de"),
    ("landing", "acme-retail.de"),
]
CR_ORD = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}


def moment_time(t: datetime) -> str:
    """moment's 'MMMM Do YYYY, h:mm:ss.SSS a    ' (Logger's getTime)."""
    hour = t.hour % 12 or 12
    return f"{t:%B} {t.day}{CR_ORD.get(t.day, 'th')} {t.year}, {hour}:{t:%M:%S}.{t.microsecond // 1000:03d} {'am' if t.hour < 12 else 'pm'}    "


def caprover(r: random.Random) -> list[Log]:
    """CapRover 1.12.0's captain service (see the module docstring)."""
    fs = Files()
    # health checks every 20 s (a failing one waits out its 15 s timeout): nginx overloaded
    # 07:30-08:30, crashing at 08:45, captain's DNS record broken 10:02-10:10:30; more than
    # four failures in a row and the process exits, and swarm starts a new task
    dom = f"captain.{CR_ROOT}"
    checks: list[tuple[datetime, int]] = []
    restarts: list[datetime] = []
    t, fails = T0 + sec(7.3), 0
    while t < T_END:
        bad = False
        if at(7, 30) <= t < at(8, 30):
            bad = r.random() < (0.35 if fails < 3 else 0.0)
        if at(8, 45, 10) <= t < at(8, 47) or at(10, 2, 10) <= t < at(10, 10, 30):
            bad = True
        if bad:
            t += sec(15)
            checks.append((t, fails))
            fails += 1
            if fails > 4:
                fails = 0
                x = t + sec(r.uniform(4.5, 7.5))
                restarts.append(x)
                t = x + sec(r.uniform(3.2, 4.4))
                continue
        else:
            t += sec(r.uniform(0.05, 0.4))
            fails = 0
        t += sec(20)
    tasks = [alnum_lower(r, 12) for _ in range(len(restarts) + 1)]
    quiet = [(x - sec(8), x + sec(5)) for x in restarts]

    def task_at(t: datetime) -> int:
        return sum(1 for x in restarts if t >= x)

    def D(t: datetime, msg: str, label: str, more: list[str] | None = None) -> datetime:
        k = task_at(t)
        pre = f"captain-captain.1.{tasks[k]}@{CR_NODE}    | "
        return fs.add(
            "captain.log",
            t,
            label,
            lambda x: [pre + moment_time(x) + msg, *[pre + m for m in more or []]],
            ("captain", k),
            MS,
        )

    versions = {a: r.randint(12, 190) for a, _ in CR_APPS}
    svc = lambda a: f"srv-captain--{a}"  # noqa: E731
    busy = [T0]
    reqs: list[tuple[datetime, str | None]] = []

    def reload(t: datetime, fail: str | None = None) -> datetime:
        """A reload request (LoadBalancerManager's queue: handled in time order at the end)."""
        reqs.append((t, fail))
        return t + sec(1.0)

    def do_reload(t: datetime, fail: str | None = None) -> datetime:
        if t < busy[0]:
            D(
                t,
                "NGINX Reload already in process, Bouncing off...",
                "NGINX Reload already in process, Bouncing off...",
            )
            t = busy[0] + sec(r.uniform(0.003, 0.02))
        t = D(
            t,
            "Locking NGINX configuration reloading...",
            "Locking NGINX configuration reloading...",
        )
        t += sec(r.uniform(0.25, 0.9))
        if fail:
            stamp = f"{t:%Y/%m/%d %H:%M:%S}"
            msg = [
                f'{stamp} [emerg] 31#31: unknown directive "{fail}" in /etc/nginx/conf.d/captain/captain.conf:412',
                f'nginx: [emerg] unknown directive "{fail}" in /etc/nginx/conf.d/captain/captain.conf:412',
                "nginx: configuration file /etc/nginx/nginx.conf test failed",
                "",
            ]
            stack = [
                "    at Function.createError (/usr/src/app/built/api/ApiStatusCodes.js:16:23)",
                "    at /usr/src/app/built/user/system/LoadBalancerManager.js:213:55",
                "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
            ]
            t = D(
                t,
                "Error: " + msg[0],
                'Error: %s [emerg] %d#%d: unknown directive "%s" in %s:%d',
                [*msg[1:], "Error: " + msg[0], *msg[1:], *stack],
            )
            t = D(
                t + sec(0.004),
                "Error: UNLocking NGINX configuration reloading...",
                "Error: UNLocking NGINX configuration reloading...",
            )
        else:
            t = D(t, "sendReloadSignal...", "sendReloadSignal...")
            t = D(
                t + sec(r.uniform(0.02, 0.12)),
                "SUCCESS: UNLocking NGINX configuration reloading...",
                "SUCCESS: UNLocking NGINX configuration reloading...",
            )
        busy[0] = t
        return t

    def ensure(t: datetime, a: str, new: bool = False) -> datetime:
        t = D(
            t,
            f"Ensure service inited and Updated for: {a}",
            "Ensure service inited and Updated for: %s",
        )
        t = D(
            t + sec(r.uniform(0.001, 0.004)),
            f"Check if service is running: {svc(a)}",
            "Check if service is running: %s",
        )
        t += sec(r.uniform(0.006, 0.03))
        if new:
            t = D(
                t,
                f"Creating service {svc(a)} with default image, we will update image later",
                "Creating service %s with default image, we will update image later",
            )
            image = "caprover/caprover-placeholder-app:latest"
            t += sec(r.uniform(0.3, 0.9))
        else:
            t = D(t, f"Service is already running: {svc(a)}", "Service is already running: %s")
            image = f"{CR_REG}/img-captain-{a}:{versions[a]}"
        return D(
            t + sec(r.uniform(0.02, 0.09)),
            f"Updating service {svc(a)} with image {image}",
            "Updating service %s with image %s",
        )

    def build_busy(t: datetime, a: str) -> None:
        msg = f"Build in-progress for {a}. Please wait..."
        D(
            t,
            "Error: " + msg,
            "Error: Build in-progress for %s. Please wait...",
            [
                "Error: " + msg,
                "    at Function.createError (/usr/src/app/built/api/ApiStatusCodes.js:16:23)",
                "    at ServiceManager.ensureNotBuilding (/usr/src/app/built/user/ServiceManager.js:436:50)",
                "    at /usr/src/app/built/user/ServiceManager.js:475:29",
                "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
            ],
        )

    names = [a for a, _ in CR_APPS]
    weights = [w for _, w in CR_APPS]
    # CI deploys: `caprover deploy` from the pipelines, more in working hours
    t = T0 + sec(r.uniform(20, 60))
    while t < T_END:
        hour = (t - T0).total_seconds() / 3600
        t += sec(r.expovariate(1 / (112 - 13 * min(hour, 4))))
        if in_any(t, quiet):
            continue
        a = r.choices(names, weights)[0]
        versions[a] += 1
        ensure(t, a)
    # settings saved in the dashboard (env vars, instance counts, ports): update and reload
    for _ in range(56):
        t = T0 + sec(r.uniform(1200, 21300))
        if in_any(t, quiet):
            continue
        a = r.choices(names, weights)[0]
        reload(ensure(t, a) + sec(r.uniform(0.05, 0.2)))
    # saving while a build runs
    for t, a in [
        (at(7, 12, 40.5), "shop-api"),
        (at(9, 3, 11.8), "booking-web"),
        (at(11, 21, 2.4), "shop-web"),
    ]:
        build_busy(t, a)
        build_busy(t + sec(r.uniform(4, 9)), a)
    # new preview apps created by the pipeline and removed when the PR is merged
    for k, a in enumerate(CR_NEW):
        t = at(6, 50) + sec(k * 4700 + r.uniform(0, 900))
        versions[a] = 0
        reload(ensure(t, a, new=True) + sec(0.05))
        versions[a] = 1
        ensure(t + sec(r.uniform(140, 260)), a)
        tt = D(
            t + sec(r.uniform(300, 400)),
            f"Verifying Captain owns domain: {a}.{CR_ROOT}",
            "Verifying Captain owns domain: %s",
        )
        tt = D(tt + sec(r.uniform(0.4, 1.2)), f"Enabling SSL for: {a}", "Enabling SSL for: %s")
        reload(tt + sec(r.uniform(6, 14)))
    for a in ["pr-shop-web-412", "pr-booking-web-88", "pr-crm-web-203"]:
        t = T0 + sec(r.uniform(3600, 20000))
        tt = D(t, f"Removing service for: {a}", "Removing service for: %s")
        tt = D(
            tt + sec(0.004),
            f"Check if service is running: {svc(a)}",
            "Check if service is running: %s",
        )
        reload(tt + sec(r.uniform(1.5, 3)))
    # custom domains and their certificates
    for k, (a, dom) in enumerate(CR_CUSTOM):
        t = at(7, 40) + sec(k * 3900 + r.uniform(0, 600))
        tt = D(t, f"Enabling custom domain for: {a}", "Enabling custom domain for: %s")
        reload(tt + sec(0.2))
        tt = D(
            tt + sec(r.uniform(40, 120)),
            f"Verifying Captain owns domain: {dom}",
            "Verifying Captain owns domain: %s",
        )
        tt = D(
            tt + sec(r.uniform(0.3, 1.1)),
            f"Enabling SSL for: {a} on {dom}",
            "Enabling SSL for: %s on %s",
        )
        reload(tt + sec(r.uniform(7, 16)))
    # a custom NGINX config with a typo, saved and fixed
    reload(at(9, 42, 16.9), fail="proxy_read_timout")
    reload(at(9, 44, 3.1))
    # the disk cleanup
    t = D(
        at(9, 0, 0.4),
        "Getting unused images, excluding most recent ones: 2",
        "Getting unused images, excluding most recent ones: %s",
    )
    D(t + sec(1.9), "Deleting images...", "Deleting images...")

    for t, n in checks:
        D(
            t,
            f"Captain health check failed: #{n} at {dom}",
            "Captain health check failed: #%d at %s",
        )
        D(t + sec(0.003), f"NGINX health check failed: #{n}", "NGINX health check failed: #%d")
    # the start of each new task
    for x in restarts:
        t = D(x, "Emptying generated and temp folders.", "Emptying generated and temp folders.")
        t = D(
            t + sec(0.012),
            "Ensuring directories are available on host. Started.",
            "Ensuring directories are available on host. Started.",
        )
        t = D(
            t + sec(0.35),
            "Ensuring directories are available on host. Finished.",
            "Ensuring directories are available on host. Finished.",
        )
        t = reload(t + sec(0.6))
        t = D(
            t + sec(0.4),
            "Ensuring Docker Registry is running...",
            "Ensuring Docker Registry is running...",
        )
        D(
            t + sec(1.1),
            "**** Captain is initialized and ready to serve you! ****",
            "**** Captain is initialized and ready to serve you! ****",
        )
    for t, fail in sorted(reqs, key=lambda x: x[0]):
        do_reload(t, fail)
    return fs.logs(T0)


def alnum_lower(r: random.Random, n: int) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


# ---------------------------------------------------------------------------------- Coolify

CO_HTML = "/var/www/html"
CO_FW = f"{CO_HTML}/vendor/laravel/framework/src/Illuminate"


def co_runtime(seconds: float) -> str:
    """Laravel's run time for humans: milliseconds below a second, CarbonInterval above."""
    ms = seconds * 1000
    if ms <= 1000:
        return f"{ms:.2f}ms"
    s = round(seconds)
    return f"{s // 60}m {s % 60}s" if s >= 60 else f"{s}s"


def coolify(r: random.Random) -> list[Log]:
    """Coolify v4.0.0-beta.297 on one server (see the module docstring)."""
    from generate_round53 import Clock

    clock = Clock(SEC)
    recs: list[tuple] = []  # (t, seq, kind, data)
    seq = [0]

    def rec(t: datetime, kind: str, data: tuple) -> None:
        seq[0] += 1
        recs.append((t, seq[0], kind, data))

    lrecs: list[tuple[datetime, int, list[str], str]] = []

    def L(
        t: datetime,
        level: str,
        msg: list[str],
        label: str,
        exc: str,
        code: int,
        where: str,
        frames: list[str],
        ctx: str = "",
    ) -> None:
        """A Monolog line of laravel.log: the message, the context's JSON with the exception's
        string (its backslashes escaped, its line breaks kept) and the stack trace."""
        esc = exc.replace("\\", "\\\\")
        text = f"[{t:%Y-%m-%d %H:%M:%S}] production.{level}: " + "\n".join(msg)
        text += (
            f' {{{ctx}"exception":"[object] ({esc}(code: {code}): '
            + "\n".join(msg).replace("\t", "\\t")
            + f" at {where})"
        )
        trace = [x.replace("\\", "\\\\") for x in laravel_trace(frames)]
        seq[0] += 1
        lrecs.append((t, seq[0], text.split("\n") + trace, label))

    # Horizon's workers: each a process with its own Clock
    workers = [T0] * 6

    def horizon_job(t: datetime, cls: str, took: float, end: str = "DONE") -> None:
        k = min(range(len(workers)), key=lambda i: workers[i])
        t = max(t, workers[k])
        proc = ("worker", k, t > at(7, 20, 14))
        t1 = clock.at(proc, t)
        dots = "." * max(80 - len(cls) - 33, 0)
        rec(t1, "H", (f"  {t1:%Y-%m-%d %H:%M:%S} {cls} {dots} RUNNING", "%s %s RUNNING"))
        if end == "KILLED":
            workers[k] = t1 + sec(took + 1.5)
            return
        t2 = clock.at(proc, t1 + sec(took))
        rt = co_runtime(took)
        dots = "." * max(80 - len(cls) - len(rt) - 31, 0)
        rec(t2, "H", (f"  {t2:%Y-%m-%d %H:%M:%S} {cls} {dots} {rt} {end}", f"%s %s %s {end}"))
        workers[k] = t2 + sec(0.05)

    redis_down = (at(7, 20, 1.4), at(7, 20, 51.6))
    load = (at(8, 30, 10), at(8, 45, 30))
    ssh_down = (at(9, 10, 30), at(9, 24, 50))
    s3_bad = (at(10, 15), at(11, 20))
    db_down = (at(11, 15, 0.5), at(11, 15, 40.2))
    timeouts = {at(8, 36), at(8, 38)}
    retry = at(8, 39)
    sched = ("scheduler",)

    def remote_fail(t: datetime, cls: str) -> None:
        L(
            t,
            "ERROR",
            ["ssh: connect to host host.docker.internal port 22: Connection refused"],
            "ssh: connect to host %s port %d: Connection refused",
            "RuntimeException",
            255,
            f"{CO_HTML}/bootstrap/helpers/remoteProcess.php:138",
            [
                f"{CO_HTML}/bootstrap/helpers/remoteProcess.php(118): excludeCertainErrors()",
                f"{CO_HTML}/app/Actions/Server/ValidateServer.php(41): instant_remote_process()"
                if cls.endswith("ServerCheckJob")
                else f"{CO_HTML}/app/Jobs/ScheduledTaskJob.php(112): instant_remote_process()",
                f"{CO_HTML}/app/Jobs/ServerCheckJob.php(68): App\\Actions\\Server\\ValidateServer->handle()"
                if cls.endswith("ServerCheckJob")
                else f"{CO_HTML}/app/Jobs/ScheduledTaskJob.php(96): App\\Jobs\\ScheduledTaskJob->handle()",
                f"{CO_FW}/Container/BoundMethod.php(36): {cls}->handle()",
                f"{CO_FW}/Container/Util.php(41): Illuminate\\Container\\BoundMethod::Illuminate\\Container\\{{closure}}()",
                f"{CO_FW}/Queue/CallQueuedHandler.php(130): Illuminate\\Container\\Container->call()",
                f"{CO_FW}/Queue/Worker.php(439): Illuminate\\Queue\\CallQueuedHandler->call()",
                f"{CO_HTML}/vendor/laravel/horizon/src/Console/WorkCommand.php(51): Illuminate\\Queue\\Console\\WorkCommand->handle()",
            ],
        )

    # the scheduler: schedule:work runs schedule:run every minute
    m = T0
    while m < T_END:
        t = m + sec(r.uniform(0.9, 2.6) if m != at(7, 20) else 1.9)
        if in_any(t, [db_down]):
            L(
                t + sec(0.4),
                "ERROR",
                [
                    'SQLSTATE[08006] [7] connection to server at "coolify-db" (172.20.0.3), port 5432 failed: Connection refused',
                    '\tIs the server running on that host and accepting TCP/IP connections? (Connection: pgsql, SQL: select * from "servers" where "servers"."deleted_at" is null)',
                ],
                'SQLSTATE[08006] [7] connection to server at "%s" (%s), port %d failed: Connection refused',
                "Illuminate\\Database\\QueryException",
                7,
                f"{CO_FW}/Database/Connection.php:813",
                [
                    f"{CO_FW}/Database/Connection.php(767): Illuminate\\Database\\Connection->runQueryCallback()",
                    f"{CO_FW}/Database/Connection.php(398): Illuminate\\Database\\Connection->run()",
                    f"{CO_FW}/Database/Query/Builder.php(3106): Illuminate\\Database\\Connection->select()",
                    f"{CO_FW}/Database/Eloquent/Builder.php(711): Illuminate\\Database\\Query\\Builder->get()",
                    f"{CO_HTML}/app/Console/Kernel.php(30): Illuminate\\Database\\Eloquent\\Model::all()",
                    f"{CO_FW}/Foundation/Console/Kernel.php(151): App\\Console\\Kernel->schedule()",
                ],
            )
            m += sec(60)
            continue
        minute = m.minute
        events: list[tuple[str, str]] = []
        if minute % 5 == 0:
            events.append(("cmd", "horizon:snapshot"))
        if minute == 0:
            events += [
                ("job", "App\\Jobs\\PullCoolifyImageJob"),
                ("job", "App\\Jobs\\PullTemplatesFromCDN"),
            ]
        if minute % 2 == 0:
            events.append(("job", "App\\Jobs\\CleanupInstanceStuffsJob"))
        if minute == 0:
            events.append(("job", "App\\Jobs\\CheckForUpdatesJob"))
        if minute in (0, 30):
            events.append(("job", "App\\Jobs\\DatabaseBackupJob"))
        events.append(("job", "App\\Jobs\\ServerCheckJob"))
        if minute == 0:
            events.append(("job", "App\\Jobs\\PullHelperImageJob"))
        if minute % 15 == 0:
            events.append(("job", "App\\Jobs\\ScheduledTaskJob"))
        if minute % 2 == 0:
            events.append(("cmd", "uploads:clear"))
        for kind, what in events:
            t = clock.at(sched, t)
            date = f"{t:%Y-%m-%d %H:%M:%S}"
            if kind == "job":
                took = r.uniform(0.003, 0.09)
                desc = f"{date} Running [{what}]"
                rt = " " + co_runtime(took)
                dots = "." * max(80 - len(desc) - len(rt) - 10, 0)
                rec(t, "S", (f"  {desc} {dots}{rt} DONE", "%s Running [%s] %s %s DONE"))
                t += sec(took)
                run = t + sec(r.uniform(0.05, 0.5))
                if what.endswith("ServerCheckJob"):
                    if in_any(run, [ssh_down]):
                        horizon_job(run, what, r.uniform(0.2, 0.9), "FAIL")
                        remote_fail(run + sec(0.9), what)
                    elif m in timeouts:
                        horizon_job(run, what, 60.0, "KILLED")
                        L(
                            run + sec(60.2),
                            "ERROR",
                            [f"{what} has timed out."],
                            "%s has timed out.",
                            "Illuminate\\Queue\\TimeoutExceededException",
                            0,
                            f"{CO_FW}/Queue/TimeoutExceededException.php:15",
                            [
                                f"{CO_FW}/Queue/Worker.php(799): Illuminate\\Queue\\TimeoutExceededException::forJob()",
                                f"{CO_FW}/Queue/Worker.php(216): Illuminate\\Queue\\Worker->timeoutExceededException()",
                                "[internal function]: Illuminate\\Queue\\Worker->Illuminate\\Queue\\{closure}()",
                                f"{CO_FW}/Queue/Worker.php(339): pcntl_signal_dispatch()",
                                f"{CO_FW}/Queue/Worker.php(290): Illuminate\\Queue\\Worker->process()",
                            ],
                        )
                    elif m == retry:
                        horizon_job(run, what, r.uniform(0.004, 0.02), "FAIL")
                        L(
                            run + sec(0.02),
                            "ERROR",
                            [f"{what} has been attempted too many times."],
                            "%s has been attempted too many times.",
                            "Illuminate\\Queue\\MaxAttemptsExceededException",
                            0,
                            f"{CO_FW}/Queue/MaxAttemptsExceededException.php:24",
                            [
                                f"{CO_FW}/Queue/Worker.php(785): Illuminate\\Queue\\MaxAttemptsExceededException::forJob()",
                                f"{CO_FW}/Queue/Worker.php(519): Illuminate\\Queue\\Worker->maxAttemptsExceededException()",
                                f"{CO_FW}/Queue/Worker.php(428): Illuminate\\Queue\\Worker->markJobAsFailedIfAlreadyExceedsMaxAttempts()",
                                f"{CO_FW}/Queue/Worker.php(389): Illuminate\\Queue\\Worker->process()",
                            ],
                        )
                    elif in_any(run, [load]):
                        horizon_job(run, what, r.uniform(12, 52))
                    else:
                        horizon_job(run, what, r.uniform(0.6, 5.2))
                elif what.endswith("CleanupInstanceStuffsJob"):
                    horizon_job(run, what, r.uniform(0.012, 0.045))
                elif what.endswith("DatabaseBackupJob"):
                    if in_any(run, [s3_bad]):
                        horizon_job(run, what, r.uniform(6, 11), "FAIL")
                        L(
                            run + sec(9),
                            "ERROR",
                            [
                                "mc: <ERROR> Failed to copy `/data/coolify/backups/databases/shop-db/pg-dump-shop-1717754400.dmp`. Access Denied."
                            ],
                            "mc: <ERROR> Failed to copy `%s`. Access Denied.",
                            "RuntimeException",
                            1,
                            f"{CO_HTML}/bootstrap/helpers/remoteProcess.php:138",
                            [
                                f"{CO_HTML}/bootstrap/helpers/remoteProcess.php(118): excludeCertainErrors()",
                                f"{CO_HTML}/app/Jobs/DatabaseBackupJob.php(487): instant_remote_process()",
                                f"{CO_HTML}/app/Jobs/DatabaseBackupJob.php(268): App\\Jobs\\DatabaseBackupJob->upload_to_s3()",
                                f"{CO_FW}/Container/BoundMethod.php(36): App\\Jobs\\DatabaseBackupJob->handle()",
                                f"{CO_FW}/Queue/CallQueuedHandler.php(130): Illuminate\\Container\\Container->call()",
                            ],
                        )
                        horizon_job(
                            run + sec(11),
                            "Illuminate\\Notifications\\SendQueuedNotifications",
                            r.uniform(0.4, 1.2),
                        )
                    else:
                        horizon_job(
                            run, what, r.uniform(4, 19) * (2.4 if in_any(run, [load]) else 1)
                        )
                elif what.endswith("ScheduledTaskJob"):
                    if in_any(run, [ssh_down]):
                        horizon_job(run, what, r.uniform(0.3, 0.8), "FAIL")
                        remote_fail(run + sec(0.8), what)
                    else:
                        horizon_job(run, what, r.uniform(1.5, 7.5))
                elif what.endswith("PullCoolifyImageJob") or what.endswith("PullHelperImageJob"):
                    horizon_job(run, what, r.uniform(1.1, 4.2))
                else:
                    horizon_job(run, what, r.uniform(0.2, 0.9))
            else:
                took = r.uniform(0.4, 2.2) if what == "horizon:snapshot" else r.uniform(0.3, 4.4)
                fail = what == "horizon:snapshot" and in_any(t, [redis_down])
                if fail:
                    took = r.uniform(0.35, 0.6)
                word = "FAIL" if fail else "DONE"
                desc = f"{date} Running ['artisan' {what}]"
                rt = " " + co_runtime(took)
                dots = "." * max(80 - len(desc) - len(rt) - 10, 0)
                rec(
                    t,
                    "C",
                    (
                        t + sec(took),
                        f"  {desc} ",
                        f"{dots}{rt} {word}",
                        f"%s Running [%s] %s %s {word}",
                    ),
                )
                t = clock.at(sched, t + sec(took + 0.001))
                rec(
                    t,
                    "A",
                    (f"  ⇂ '/usr/local/bin/php' 'artisan' {what} > '/dev/null' 2>&1", "⇂ %s"),
                )
                if fail:
                    # the next event's lock needs Redis: schedule:run dies
                    L(
                        t + sec(0.03),
                        "ERROR",
                        ["Connection refused"],
                        "Connection refused",
                        "RedisException",
                        0,
                        f"{CO_FW}/Redis/Connectors/PhpRedisConnector.php:159",
                        [
                            f"{CO_FW}/Redis/Connectors/PhpRedisConnector.php(159): Redis->connect()",
                            f"{CO_FW}/Redis/Connectors/PhpRedisConnector.php(88): Illuminate\\Redis\\Connectors\\PhpRedisConnector->establishConnection()",
                            f"{CO_FW}/Redis/RedisManager.php(110): Illuminate\\Redis\\Connections\\PhpRedisConnection->__construct()",
                            f"{CO_FW}/Cache/RedisStore.php(258): Illuminate\\Redis\\RedisManager->connection()",
                            f"{CO_FW}/Console/Scheduling/CacheEventMutex.php(44): Illuminate\\Cache\\Repository->add()",
                            f"{CO_FW}/Console/Scheduling/Event.php(230): Illuminate\\Console\\Scheduling\\CacheEventMutex->create()",
                            f"{CO_FW}/Console/Scheduling/ScheduleRunCommand.php(210): Illuminate\\Console\\Scheduling\\Event->run()",
                        ],
                    )
                    break
            t += sec(0.002)
        rec(t + sec(0.001), "B", ("", None))
        m += sec(60)

    # deployments from git pushes and their notifications
    for _ in range(18):
        t = T0 + sec(r.uniform(600, 21000))
        took = r.uniform(45, 230) * (2.2 if in_any(t, [load]) else 1)
        horizon_job(t, "App\\Jobs\\ApplicationDeploymentJob", took)
        horizon_job(
            t + sec(took + 0.5),
            "Illuminate\\Notifications\\SendQueuedNotifications",
            r.uniform(0.3, 1.4),
        )
    # the big image build that loads the host 08:30-08:45
    horizon_job(at(8, 29, 48), "App\\Jobs\\ApplicationDeploymentJob", 941.0)
    # "server unreachable" mails that cannot go out (the relay refuses the host's new IP)
    for t in [at(9, 12, 4), at(9, 16, 31), at(9, 21, 9)]:
        horizon_job(t, "Illuminate\\Notifications\\SendQueuedNotifications", 10.2, "FAIL")
        L(
            t + sec(10.3),
            "ERROR",
            [
                'Connection could not be established with host "ssl://smtp.eu.mailgun.org:465": stream_socket_client(): Unable to connect to ssl://smtp.eu.mailgun.org:465 (Connection timed out)'
            ],
            'Connection could not be established with host "%s": stream_socket_client(): Unable to connect to %s (Connection timed out)',
            "Symfony\\Component\\Mailer\\Exception\\TransportException",
            0,
            f"{CO_HTML}/vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php:154",
            [
                f"{CO_HTML}/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(279): Symfony\\Component\\Mailer\\Transport\\Smtp\\Stream\\SocketStream->initialize()",
                f"{CO_HTML}/vendor/symfony/mailer/Transport/Smtp/SmtpTransport.php(211): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->start()",
                f"{CO_HTML}/vendor/symfony/mailer/Transport/AbstractTransport.php(69): Symfony\\Component\\Mailer\\Transport\\Smtp\\SmtpTransport->doSend()",
                f"{CO_FW}/Mail/Mailer.php(573): Symfony\\Component\\Mailer\\Transport\\AbstractTransport->send()",
                f"{CO_HTML}/app/Notifications/Channels/EmailChannel.php(30): Illuminate\\Mail\\Mailer->send()",
                f"{CO_FW}/Notifications/NotificationSender.php(148): App\\Notifications\\Channels\\EmailChannel->send()",
            ],
        )
    # Redis restarted (the image updated): Horizon exits, s6 restarts it until Redis answers
    t = redis_down[0] + sec(0.6)
    while t < redis_down[1]:
        L(
            t,
            "ERROR",
            ["Connection refused"],
            "Connection refused",
            "RedisException",
            0,
            f"{CO_FW}/Redis/Connectors/PhpRedisConnector.php:159",
            [
                f"{CO_FW}/Redis/Connectors/PhpRedisConnector.php(159): Redis->connect()",
                f"{CO_FW}/Redis/Connectors/PhpRedisConnector.php(88): Illuminate\\Redis\\Connectors\\PhpRedisConnector->establishConnection()",
                f"{CO_FW}/Support/helpers.php(261): Illuminate\\Redis\\Connectors\\PhpRedisConnector->Illuminate\\Redis\\Connectors\\{{closure}}()",
                f"{CO_FW}/Redis/RedisManager.php(110): Illuminate\\Redis\\Connections\\PhpRedisConnection->__construct()",
                f"{CO_HTML}/vendor/laravel/horizon/src/Repositories/RedisMasterSupervisorRepository.php(142): Illuminate\\Redis\\RedisManager->connection()",
                f"{CO_HTML}/vendor/laravel/horizon/src/MasterSupervisor.php(258): Laravel\\Horizon\\Repositories\\RedisMasterSupervisorRepository->update()",
            ],
        )
        t += sec(r.uniform(4.5, 6.5))
    rec(
        redis_down[1] + sec(1.8),
        "X",
        (["", "   INFO  Horizon started successfully.", ""], "Horizon started successfully."),
    )
    # the dashboard: a Livewire page of a deleted resource, and the database restart
    for _ in range(4):
        t = T0 + sec(r.uniform(3000, 21000))
        L(
            t,
            "ERROR",
            ['Attempt to read property "uuid" on null'],
            'Attempt to read property "%s" on null',
            "ErrorException",
            0,
            f"{CO_HTML}/app/Livewire/Project/Service/Configuration.php:47",
            [
                f"{CO_FW}/Foundation/Bootstrap/HandleExceptions.php(255): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleError()",
                f"{CO_HTML}/app/Livewire/Project/Service/Configuration.php(47): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->Illuminate\\Foundation\\Bootstrap\\{{closure}}()",
                f"{CO_FW}/Container/BoundMethod.php(36): App\\Livewire\\Project\\Service\\Configuration->mount()",
                f"{CO_HTML}/vendor/livewire/livewire/src/Wrapped.php(23): Illuminate\\Container\\BoundMethod::call()",
            ],
            '"userId":1,',
        )

    for _ in range(2):
        t = T0 + sec(r.uniform(3000, 21000))
        L(
            t,
            "ERROR",
            ['Undefined array key "destination"'],
            'Undefined array key "%s"',
            "ErrorException",
            0,
            f"{CO_HTML}/app/Livewire/Project/Application/Previews.php:112",
            [
                f"{CO_FW}/Foundation/Bootstrap/HandleExceptions.php(255): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleError()",
                f"{CO_HTML}/app/Livewire/Project/Application/Previews.php(112): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->Illuminate\\Foundation\\Bootstrap\\{{closure}}()",
                f"{CO_FW}/Container/BoundMethod.php(36): App\\Livewire\\Project\\Application\\Previews->load_prs()",
                f"{CO_HTML}/vendor/livewire/livewire/src/Wrapped.php(23): Illuminate\\Container\\BoundMethod::call()",
            ],
            '"userId":3,',
        )

    # write: the scheduler's command lines take in what Horizon writes while they run
    out = Log("coolify.log", T0)
    items = sorted(recs, key=lambda x: (x[0], x[1]))
    i = 0
    while i < len(items):
        t, _, kind, data = items[i]
        i += 1
        if kind == "C":
            done, desc, tail, label = data
            inside = []
            while i < len(items) and items[i][2] == "H" and items[i][0] < done:
                inside.append(items[i][3])
                i += 1
            if inside:
                out.add(desc + inside[0][0], label)
                for text, lab in inside[1:]:
                    out.add(text, lab)
                out.add(tail, None)
            else:
                out.add(desc + tail, label)
        elif kind == "X":
            lines_, label = data
            out.add(lines_[0], None)
            out.add(lines_[1], label)
            out.add(lines_[2], None)
        else:
            out.add(data[0], data[1])
    lar = Log("laravel.log", T0)
    for _, _, lines_, label in sorted(lrecs, key=lambda x: (x[0], x[1])):
        lar.add(lines_[0], label)
        for x in lines_[1:]:
            lar.add(x, None)
    return [out, lar]


SYSTEMS = {
    "kamal": kamal,
    "caprover": caprover,
    "coolify": coolify,
    "portainer": portainer,
    "kamal-proxy": kamal_proxy,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
