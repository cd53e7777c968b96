#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 263 (pleroma, diaspora, flarum, typo3, wagtail) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it. Distinct calls
of one process never share a timestamp at the log's resolution (round 53's Clock). Five
community and publishing sites of one hosting co-op, 06:00 to 12:00 on 2024-06-07. The brief's
Plume is replaced by diaspora*, the federated social network of the same kind: Plume 0.7 runs on
Rocket 0.4, whose production environment logs at `critical` (no launch lines, no requests), and
Plume's own code logs a handful of warnings, so a day of Plume's log holds two or three formats.
The brief's phpBB is replaced by TYPO3, a PHP community-site CMS: phpBB keeps its admin,
moderator, user and error logs in its database (the `phpbb_log` table, read in the ACP) and writes
no log file of its own. Pleroma is kept though Akkoma (its fork, round 179) is in the set: a
different layout (prod.exs's `[$level] $message` under journald) and other messages.

- Pleroma 2.6.3 OTP release under systemd (`pleroma-journal.log`: `journalctl -u pleroma -o
  short-iso-precise`, `2024-06-07T06:00:07.084103+00:00 social pleroma[812]: [info] GET
  /api/v1/timelines/home`; prod.exs's console format `[$level] $message`). Phoenix's request
  lines (`%s %s`, `Sent %d in %s`), relayed Creates fetched from source (`Signature missing or
  not from author, relayed Create message, fetching object from source`), `Could not decode user
  at fetch %s, %s`, `Object rejected while fetching %s %s`, `Publisher failed to inbox %s with
  status %s` (a dead instance answering 502, gone users 404/410, chaos.social 401 10:15-11:10),
  media proxy failures (`Pleroma.ReverseProxy: request to %s failed: %s`, a remote CDN timing
  out 08:30-08:50), a boosted post's fan-out 07:20-07:36 exhausting the Gun connection pool
  (`Connection pool is exhausted ...`, `... had to refuse opening a connection to %s ...`,
  `... failed to reclaim any connections ...`), PostgreSQL restarted under it at 09:40
  (Postgrex `disconnected` / `failed to connect`, cowboy's `%s running %s (connection %s, stream
  id %s) terminated` whose later lines are journal entries of their own), and the admin's
  restart at 09:52 (`Gopher server disabled`, `Running %s with %s %s at %s (%s)`, `Access %s at
  %s`).
- diaspora* 0.7.18 (`production.log` of three unicorn workers and `sidekiq.log`; its
  config/logging.rb pattern `[%d] %-5l PID-%p TID-%t %c: %m`): Rails 5.2's request lines
  (`Started`, `Processing by`, `  Parameters:`, `Redirected to`, `Filter chain halted as %s
  rendered or redirected`, `Can't verify CSRF token authenticity.`, `Completed` with and
  without `Views:`), federation deliveries by HydraWrapper (`success=%s sender=%s obj=%s url=%s
  message=%s code=%s time=%s`, INFO or WARN; pluspora.com gone, framasphere.org down
  07:40-08:25), the receive workers (`don't retry for error: %s`, `error on receive: %s`,
  `failed to save received object: %s`), Redis OOM-killed 10:06-10:14 (`Error fetching job:
  %s`, `Redis is online, %s sec downtime`) and Sidekiq restarted at 10:20 (`Shutting down`,
  `Terminating quiet workers`, `Pausing to allow workers to finish...`, `Bye!`, `Booting Sidekiq
  %s with redis options %s`, `Running in %s`, the licence and Pro lines, `Starting processing,
  hit Ctrl-C to stop`).
- Flarum 1.8 on one VM: `flarum-2024-06-07.log` (Monolog's daily file, LineFormatter with
  inline line breaks: `[2024-06-07 06:21:10] flarum.ERROR: <exception as PHP prints it> in
  file:line`, `Stack trace:`, frames, `#N {main} [] []`), `queue-worker.log` (supervisord's
  capture of `php flarum queue:work`, Laravel 8's `[date][job id] Processing: %s` /
  `Processed:  %s` / `Failed:     %s`) and `scheduler.log` (cron's `php flarum schedule:run`:
  `No scheduled commands are ready to run.`, `Running scheduled command: %s`). SMTP blocked
  08:10-08:41 (Swift's `Connection could not be established ...` on each of three tries), MySQL
  restarted 10:30 (`SQLSTATE[HY000] [2002] Connection refused (SQL: %s)`, the worker's `2006
  MySQL server has gone away`, `MaxAttemptsExceededException`), fof/links updated 09:02 and rolled
  back 09:58 (`Undefined array key "%s"`, `Trying to access array offset on value of type
  null`), deadlocks, unreadable avatars, oEmbed timeouts, the disk full 11:05-11:13.
- TYPO3 12.4 on two web nodes (`web1-typo3_7ac500bce5.log`, `web2-...`: FileWriter's `Fri, 07
  Jun 2024 06:01:47 +0000 [WARNING] request="2677c2967d4ad"
  component="TYPO3.CMS.Core.Error.ErrorHandler": Core: Error handler (FE): PHP Warning: ...`):
  PHP warnings through the error handler (eleven PHP formats; news 11 updated at 08:31 breaks a
  template until 11:20), content-object exceptions (`Oops, an error occurred! Code: %s` with the
  exception in the record's data), uncaught exceptions (`Core: Exception handler (%s): Uncaught
  TYPO3 Exception: #%d: %s | %s thrown in file %s in line %d` for a DB failover at 10:40, the
  stale connections after it and the mail relay down 07:15-07:36), the Solr indexer task failing
  every five minutes 09:00-10:05 (`Task failed to execute successfully. Class: %s, UID: %s`).
- Wagtail 6.1 under gunicorn 22 on Kubernetes (`kubectl logs --timestamps` of two pods, replaced
  by a deploy at 10:00: four files; the site's LOGGING `%(asctime)s %(levelname)s %(name)s
  %(message)s` beside gunicorn's `[date] [pid] [LEVEL]`): editors publishing (`Page published:
  "%s" id=%d revision_id=%d`, scheduled, unpublished, moved, deleted), the frontend cache's
  `[%s] Purging URL: %s` per page and parent and `Couldn't purge '%s' from HTTP cache. URLError:
  [Errno 111] Connection refused` while Varnish is down 09:30-09:41, bots (`Not Found: %s`,
  `Invalid HTTP_HOST header: %r. You may need to add %r to ALLOWED_HOSTS.`), statement timeouts
  08:50-09:04 (`Internal Server Error: %s` with a chained traceback, `WORKER TIMEOUT (pid:%s)`),
  the deploy (`Handling signal: %s`, `Worker exiting (pid: %s)`, `Shutting down: %s`, the boot
  lines) and a worker OOM-killed at 11:21 (`Worker (pid:%s) was sent SIGKILL! Perhaps out of
  memory?`).

Label notes. The heads are context: the journal's time, host and ident with Elixir's `[level]`,
diaspora's date, level, PID, TID and logger, Monolog's date and `flarum.ERROR`, the queue
worker's date and job id, TYPO3's date, level, request id and component, kubectl's time,
gunicorn's date, pid and level, Django's date, level and logger name. A PHP exception is written
as `%s: <its message's format> in %s:%d` (the class, file and line values); PHP's and the
drivers' own messages contribute their formats. Checked against copies of the sources: Wagtail's
`Page published` / `Page scheduled for publish` / `Page moved`, Pleroma's `Publisher failed to
inbox %s with status %s` (Logger.error in the Oban-era publisher), diaspora's logging pattern,
HydraWrapper's line, `don't retry for error: %s`, `error on receive: %s` and `failed to save
received object: %s`. Least sure (from memory): Pleroma's `Gopher server disabled`, the
connection-pool texts and whether prod.exs keeps Phoenix's request lines at info; Sidekiq 5's
start-up and `Redis is online` texts as diaspora logs them; Flarum's LogReporter writing the
exception's string and the `[] []` tail; TYPO3's FileWriter layout, the `Core: Error handler` /
`Core: Exception handler` wording, the ALERT level of `Oops` and the scheduler message; Wagtail's
`Page unpublished` / `Page deleted` texts and the frontend-cache purge and error texts.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

US = 1
MS = 1_000
SEC = 1_000_000


def between(t: datetime, a: datetime, b: datetime) -> bool:
    return a <= t < b


# ------------------------------------------------------------------------------------ pleroma

PL_HOST = "social"
PL_REMOTES = [
    "mastodon.social",
    "fosstodon.org",
    "hachyderm.io",
    "infosec.exchange",
    "mstdn.jp",
    "social.coop",
    "kolektiva.social",
    "pl.nudie.social",
    "misskey.io",
    "lemmy.world",
    "bsd.network",
    "chaos.social",
]
PL_DEAD = "pl.nudie.social"  # its server is gone 06:00-12:00: 502 then refused
PL_USERS = ["ana", "benedikt", "chloe", "dmitri", "eleni", "farid", "greta", "hiro"]
PL_PATHS = [
    (30, "POST", "/inbox", 202),
    (18, "POST", "/users/{u}/inbox", 202),
    (14, "GET", "/api/v1/timelines/home", 200),
    (10, "GET", "/api/v1/notifications", 200),
    (7, "GET", "/users/{u}", 200),
    (6, "GET", "/objects/{id}", 200),
    (5, "GET", "/.well-known/webfinger", 200),
    (3, "GET", "/nodeinfo/2.1.json", 200),
    (4, "GET", "/api/v1/streaming", 101),
    (3, "GET", "/api/v1/accounts/verify_credentials", 200),
    (2, "GET", "/proxy/{h}/{f}", 200),
    (2, "POST", "/api/v1/statuses", 200),
    (1, "GET", "/api/v1/instance", 200),
]


def pl_pid(r: random.Random) -> str:
    return f"#PID<0.{r.randint(3000, 98000)}.0>"


def pleroma(r: random.Random) -> list[Log]:
    """One Pleroma 2.6 OTP release under systemd, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "pleroma-journal.log"
    pid = [812]

    def J(t: datetime, level: str, label: str, msg: str, cont: list[str] | None = None) -> datetime:
        p = pid[0]

        def text(x: datetime) -> list[str]:
            head = f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}+00:00 {PL_HOST} pleroma[{p}]: "
            return [head + f"[{level}] {msg}"] + [head + c for c in cont or []]

        return fs.add(f, t, label, text, p, US)

    db_down = (at(9, 40, 3), at(9, 43, 40))
    restart = at(9, 52, 11)
    burst = (at(7, 20), at(7, 36))
    weights = [w for w, *_ in PL_PATHS]

    def request(t: datetime) -> None:
        _, method, path, code = r.choices(PL_PATHS, weights)[0]
        path = path.format(
            u=r.choice(PL_USERS),
            id=uuid4(r),
            h=hexid(r, 27),
            f=r.choice(["image.png", "video.mp4", "avatar.jpg", "header.webp"]),
        )
        if code != 101 and r.random() < 0.03:
            code = r.choice([400, 401, 404])
        if path == "/api/v1/statuses" and r.random() < 0.1:
            code = 422
        t = J(t, "info", "%s %s", f"{method} {path}")
        d = int(r.lognormvariate(9.3, 0.9)) if code != 101 else r.randint(200, 900)
        if in_any(t, [burst]) and method == "POST":
            d *= 4
        dur = f"{d // 1000}ms" if d > 1000 else f"{d}µs"
        J(t + sec(d / 1e6), "info", "Sent %d in %s", f"Sent {code} in {dur}")

    for t in poisson(r, T0, T_END, 29.0):
        if between(t, db_down[0], restart + sec(20)):
            continue
        request(t)
    for t in poisson(r, burst[0], burst[1], 5.0):
        request(t)

    # a boosted post fans out: relayed Creates fetched from source, actor fetches
    for t in poisson(r, T0, T_END, 190.0) + poisson(r, burst[0], burst[1], 9.0):
        if between(t, db_down[0], restart):
            continue
        J(
            t,
            "info",
            "Signature missing or not from author, relayed Create message, fetching object from source",
            "Signature missing or not from author, relayed Create message, fetching object from source",
        )
    for t in poisson(r, T0, T_END, 330.0):
        if between(t, db_down[0], restart):
            continue
        who = f"https://{r.choice(PL_REMOTES)}/users/{r.choice(['kat', 'zed', 'mo', 'lu', 'ricardo', 'aiko'])}"
        err = r.choice(
            [
                '{:error, {:reject, "[SimplePolicy] host is rejected"}}',
                "{:error, :not_found}",
                '{:error, "Object has been deleted"}',
                "{:error, {:http_error, 410}}",
            ]
        )
        J(
            t,
            "warning",
            "Could not decode user at fetch %s, %s",
            f"Could not decode user at fetch {who}, {err}",
        )
    for t in poisson(r, T0, T_END, 560.0):
        if between(t, db_down[0], restart):
            continue
        obj = f"https://{r.choice(PL_REMOTES[:7])}/objects/{uuid4(r)}"
        why = r.choice(
            [
                '{:reject, "[SimplePolicy] host is rejected"}',
                '{:reject, "[KeywordPolicy] Matches with rejected keyword"}',
            ]
        )
        J(
            t,
            "info",
            "Object rejected while fetching %s %s",
            f"Object rejected while fetching {obj} {why}",
        )
    # deliveries to the dead instance and to one that answers 401 for an hour
    for t in poisson(r, T0, T_END, 150.0):
        if between(t, db_down[0], restart):
            continue
        inbox, code = f"https://{PL_DEAD}/inbox", 502
        if r.random() < 0.3:
            inbox, code = (
                f"https://{r.choice(['bsd.network', 'social.coop'])}/users/{r.choice(['ed', 'jo', 'pat'])}/inbox",
                r.choice([404, 410]),
            )
        elif between(t, at(10, 15), at(11, 10)) and r.random() < 0.6:
            inbox, code = "https://chaos.social/inbox", 401
        J(
            t,
            "error",
            "Publisher failed to inbox %s with status %s",
            f"Publisher failed to inbox {inbox} with status {code}",
        )
    # media proxy fetches that fail
    for t in poisson(r, T0, T_END, 420.0) + poisson(r, at(8, 30), at(8, 50), 20.0):
        if between(t, db_down[0], restart):
            continue
        host = (
            "media.kolektiva.social"
            if between(t, at(8, 30), at(8, 50))
            else r.choice(["files.mastodon.social", "cdn.masto.host", f"{PL_DEAD}"])
        )
        url = f'"https://{host}/media_attachments/files/{r.randint(100, 112)}/{r.randint(100, 999)}/{r.randint(100, 999)}/original/{hexid(r, 16)}.jpg"'
        err = (
            ":timeout"
            if "kolektiva" in host
            else r.choice([":econnrefused", ":nxdomain", "{:closed, :timeout}"])
        )
        J(
            t,
            "error",
            "Pleroma.ReverseProxy: request to %s failed: %s",
            f"Pleroma.ReverseProxy: request to {url} failed: {err}",
        )
    # the connection pool during the burst
    for t in poisson(r, burst[0] + sec(240), burst[1], 55.0):
        J(
            t,
            "warning",
            "Connection pool is exhausted (reached %d connections). Starting idle connection cleanup to reclaim as much as %d connections",
            "Connection pool is exhausted (reached 250 connections). Starting idle connection cleanup to reclaim as much as 25 connections",
        )
        for _ in range(r.choice([0, 1, 1, 2])):
            t = J(
                t + sec(r.uniform(0.01, 0.5)),
                "error",
                "Connection pool had to refuse opening a connection to %s due to connection limit exhaustion",
                f"Connection pool had to refuse opening a connection to {r.choice(PL_REMOTES)}:443 due to connection limit exhaustion",
            )
        if r.random() < 0.3:
            J(
                t + sec(r.uniform(0.5, 2)),
                "error",
                "Connection pool failed to reclaim any connections due to all of them being in use. It will have to drop requests for opening connections to new hosts",
                "Connection pool failed to reclaim any connections due to all of them being in use. It will have to drop requests for opening connections to new hosts",
            )
    # PostgreSQL restarted under the running release at 09:40
    t = db_down[0]
    for _ in range(20):
        t = J(
            t + sec(r.uniform(0, 0.02)),
            "error",
            "%s (%s) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): closed",
            f"Postgrex.Protocol ({pl_pid(r)}) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): closed",
        )
    for t in poisson(r, db_down[0] + sec(1), db_down[1], 6.0):
        J(
            t,
            "error",
            "%s (%s) failed to connect: ** (DBConnection.ConnectionError) tcp connect (%s): connection refused - :econnrefused",
            f"Postgrex.Protocol ({pl_pid(r)}) failed to connect: ** (DBConnection.ConnectionError) tcp connect (localhost:5432): connection refused - :econnrefused",
        )
    for t in poisson(r, db_down[0] + sec(2), restart - sec(30), 45.0):
        _, method, path, _ = r.choice(PL_PATHS[2:6])
        path = path.format(u=r.choice(PL_USERS), id=uuid4(r), h="", f="")
        J(
            t,
            "error",
            "%s running %s (connection %s, stream id %s) terminated",
            f"{pl_pid(r)} running Pleroma.Web.Endpoint (connection {pl_pid(r)}, stream id {r.randint(1, 9)}) terminated",
            [
                "Server: social.example.net:80 (http)",
                f"Request: {method} {path}",
                "** (exit) an exception was raised:",
                f"    ** (DBConnection.ConnectionError) connection not available and request was dropped from queue after {r.randint(2900, 3100)}ms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:",
                "",
                "  1. Ensuring your database is available and that you can connect to it",
                "  2. Tracking down slow queries and making sure they are running fast enough",
                "  3. Increasing the pool_size (although this increases resource consumption)",
                "  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval",
                "",
                "See DBConnection.start_link/2 for more information",
                "",
                "        (ecto_sql 3.10.2) lib/ecto/adapters/sql.ex:1047: Ecto.Adapters.SQL.raise_sql_call_error/1",
                "        (pleroma 2.6.3) lib/pleroma/user.ex:1021: Pleroma.User.get_cached_by_nickname_or_id/2",
            ],
        )
    # the admin restarts the release at 09:52
    pid[0] = 23177
    t = J(restart, "info", "Gopher server disabled", "Gopher server disabled")
    t = J(
        t + sec(0.4),
        "info",
        "Running %s with %s %s at %s (%s)",
        "Running Pleroma.Web.Endpoint with cowboy 2.10.0 at 127.0.0.1:4000 (http)",
    )
    J(
        t + sec(0.001),
        "info",
        "Access %s at %s",
        "Access Pleroma.Web.Endpoint at https://social.example.net",
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ diaspora

DI_IPS = [
    "203.0.113.17",
    "198.51.100.42",
    "192.0.2.88",
    "203.0.113.140",
    "198.51.100.9",
    "192.0.2.201",
]
DI_PODS = [
    "diasp.org",
    "pod.geraspora.de",
    "diaspora.psyco.fr",
    "framasphere.org",
    "joindiaspora.com",
    "pluspora.com",
    "diaspora-fr.org",
    "nerdpol.ch",
    "despora.de",
    "diaspora.permutationsofchaos.com",
]
DI_GONE = "pluspora.com"  # shut down: every delivery fails
DI_PAGES = [
    (24, "GET", "/stream", "StreamsController#multi", "HTML", 200),
    (12, "GET", "/stream?max_time={n}&only_posts=1", "StreamsController#multi", "JSON", 200),
    (10, "POST", "/receive/public", "DiasporaFederation::ReceiveController#public", "XML", 202),
    (6, "POST", "/receive/users/{g}", "DiasporaFederation::ReceiveController#private", "XML", 202),
    (8, "GET", "/notifications?per_page=5&_={n}", "NotificationsController#index", "JSON", 200),
    (6, "GET", "/posts/{g}", "PostsController#show", "HTML", 200),
    (4, "GET", "/people/{g}", "PeopleController#show", "HTML", 200),
    (
        3,
        "GET",
        "/.well-known/webfinger?resource=acct:{u}@pod.example.org",
        "DiasporaFederation::WebfingerController#webfinger",
        "JRD",
        200,
    ),
    (3, "GET", "/hcard/users/{g}", "DiasporaFederation::WebfingerController#hcard", "HTML", 200),
    (3, "POST", "/status_messages", "StatusMessagesController#create", "JSON", 201),
    (3, "POST", "/likes", "LikesController#create", "JSON", 201),
    (2, "POST", "/posts/{id}/comments", "CommentsController#create", "JSON", 201),
    (3, "GET", "/", "HomeController#show", "HTML", 302),
    (2, "GET", "/users/sign_in", "SessionsController#new", "HTML", 200),
    (1, "POST", "/users/sign_in", "SessionsController#create", "HTML", 302),
    (1, "GET", "/aspects", "StreamsController#aspects", "HTML", 401),
]
DI_USERS = ["marta", "jonas", "lea", "theo", "ines", "konrad", "yusuf", "paula"]
DI_REMOTE_ERRORS = [
    (5, "Diaspora::Federation::AuthorIgnored"),
    (3, "DiasporaFederation::Entities::Relayable::SignatureVerificationFailed"),
    (2, "DiasporaFederation::Salmon::SenderKeyNotFound"),
    (2, "DiasporaFederation::Federation::Receiver::NotPublic"),
]


def diaspora(r: random.Random) -> list[Log]:
    """One diaspora* 0.7.18 pod: three unicorn workers and Sidekiq (see the module docstring)."""
    fs = Files()
    web = [(2311, 47083120511280), (2314, 47083120510040), (2318, 47083120509260)]
    sk_pid = [2402]
    sk_tids = [47220871431120, 47220871430980, 47220871430860, 47220871430720, 47220871430580]

    def L(
        f: str,
        t: datetime,
        proc: tuple[int, int],
        level: str,
        logger: str,
        label: str,
        msg: str | Callable[[datetime], str],
    ) -> datetime:
        p, tid = proc
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%dT%H:%M:%S}] {level:<5} PID-{p} TID-{tid} {logger}: {msg(x) if callable(msg) else msg}"
            ],
            proc,
            SEC,
        )

    def W(
        t: datetime,
        proc: tuple[int, int],
        level: str,
        label: str,
        msg: str | Callable[[datetime], str],
    ) -> datetime:
        return L("production.log", t, proc, level, "Rails", label, msg)

    redis_down = (at(10, 6, 12), at(10, 14, 40))
    weights = [w for w, *_ in DI_PAGES]

    for t in poisson(r, T0, T_END, 42.0):
        _, method, path, action, fmt, code = r.choices(DI_PAGES, weights)[0]
        path = path.format(
            n=r.randint(1717700000, 1717739000) * 1000 + r.randint(0, 999),
            g=hexid(r, 16),
            u=r.choice(DI_USERS),
            id=r.randint(180000, 189999),
        )
        proc = r.choice(web)
        ip = r.choice(DI_IPS) if "receive" not in path else f"10.8.0.{r.randint(2, 40)}"
        t = W(
            t,
            proc,
            "INFO",
            'Started %s "%s" for %s at %s',
            lambda x, m=method, pa=path, i=ip: (
                f'Started {m} "{pa}" for {i} at {x:%Y-%m-%d %H:%M:%S} +0000'
            ),
        )
        ctrl, act = action.split("#")
        t = W(t, proc, "INFO", "Processing by %s#%s as %s", f"Processing by {ctrl}#{act} as {fmt}")
        if method == "POST":
            if "receive" in path:
                params = '{"xml"=>"[FILTERED]"}' if "users" in path else "{}"
            elif "sign_in" in path:
                params = f'{{"utf8"=>"✓", "authenticity_token"=>"[FILTERED]", "user"=>{{"remember_me"=>"1", "username"=>"{r.choice(DI_USERS)}", "password"=>"[FILTERED]"}}, "commit"=>"Sign in"}}'
            else:
                params = f'{{"post_id"=>"{r.randint(180000, 189999)}"}}'
            t = W(t, proc, "INFO", "  Parameters: %s", f"  Parameters: {params}")
            if "receive" not in path and r.random() < 0.04:
                t = W(
                    t,
                    proc,
                    "WARN",
                    "Can't verify CSRF token authenticity.",
                    "Can't verify CSRF token authenticity.",
                )
                code = 422
        d = int(r.lognormvariate(4.2, 0.7))
        t += sec(d / 1000)
        if code == 302:
            dest = (
                "https://pod.example.org/stream"
                if "sign_in" in path
                else "https://pod.example.org/users/sign_in"
            )
            t = W(t, proc, "INFO", "Redirected to %s", f"Redirected to {dest}")
            if path == "/":
                t = W(
                    t,
                    proc,
                    "INFO",
                    "Filter chain halted as %s rendered or redirected",
                    "Filter chain halted as :authenticate_user! rendered or redirected",
                )
            W(
                t,
                proc,
                "INFO",
                "Completed %d %s in %dms (ActiveRecord: %.1fms)",
                f"Completed 302 Found in {d}ms (ActiveRecord: {r.uniform(0.5, 8):.1f}ms)",
            )
        elif code == 401:
            W(
                t,
                proc,
                "INFO",
                "Completed %d %s in %dms (ActiveRecord: %.1fms)",
                f"Completed 401 Unauthorized in {d}ms (ActiveRecord: 0.0ms)",
            )
        elif code == 422:
            W(
                t,
                proc,
                "INFO",
                "Completed %d %s in %dms (ActiveRecord: %.1fms)",
                f"Completed 422 Unprocessable Entity in {d}ms (ActiveRecord: {r.uniform(0.5, 3):.1f}ms)",
            )
        elif code == 202:
            W(
                t,
                proc,
                "INFO",
                "Completed %d %s in %dms (ActiveRecord: %.1fms)",
                f"Completed 202 Accepted in {d}ms (ActiveRecord: 0.0ms)",
            )
        else:
            phrase = {200: "OK", 201: "Created"}[code]
            W(
                t,
                proc,
                "INFO",
                "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms)",
                f"Completed {code} {phrase} in {d}ms (Views: {d * r.uniform(0.3, 0.7):.1f}ms | ActiveRecord: {d * r.uniform(0.1, 0.3):.1f}ms)",
            )

    # Sidekiq
    def S(
        t: datetime, level: str, logger: str, label: str, msg: str, tid: int | None = None
    ) -> datetime:
        return L("sidekiq.log", t, (sk_pid[0], tid or r.choice(sk_tids)), level, logger, label, msg)

    hydra = "DiasporaFederation::Federation::Sender::HydraWrapper"
    for t in poisson(r, T0, T_END, 190.0):
        if between(t, redis_down[0], at(10, 21)):
            continue
        sender = f"{r.choice(DI_USERS)}@pod.example.org"
        obj = f"{r.choice(['StatusMessage', 'StatusMessage', 'Comment', 'Like', 'Reshare', 'Profile'])}:{hexid(r, 32)}"
        tid = r.choice(sk_tids)
        for pod in r.sample(DI_PODS, r.randint(2, 7)):
            url = f"https://{pod}/receive/public"
            ok = (
                pod != DI_GONE
                and not (pod == "framasphere.org" and between(t, at(7, 40), at(8, 25)))
                and r.random() > 0.02
            )
            if ok:
                msg, code, tm = "ok", 202, r.uniform(0.15, 1.4)
            elif pod == DI_GONE:
                msg, code, tm = "couldnt_resolve_host", 0, r.uniform(0.001, 0.01)
            else:
                msg, code, tm = r.choice(
                    [
                        ("operation_timedout", 0, 20.0 + r.uniform(0, 0.01)),
                        ("ok", 502, r.uniform(0.1, 0.5)),
                    ]
                )
            S(
                t + sec(tm),
                "INFO" if ok else "WARN",
                hydra,
                "success=%s sender=%s obj=%s url=%s message=%s code=%s time=%s",
                f"success={'true' if ok else 'false'} sender={sender} obj={obj} url={url} message={msg} code={code} time={tm:.6f}",
                tid,
            )
    for t in poisson(r, T0, T_END, 240.0):
        if between(t, redis_down[0], at(10, 21)):
            continue
        err = r.choices([e for _, e in DI_REMOTE_ERRORS], [w for w, _ in DI_REMOTE_ERRORS])[0]
        S(
            t,
            "WARN",
            "Workers::ReceivePublic",
            "don't retry for error: %s",
            f"don't retry for error: {err}",
        )
    for t in poisson(r, T0, T_END, 420.0):
        if between(t, redis_down[0], at(10, 21)):
            continue
        err = r.choice(
            [
                "Diaspora::ContactRequiredUnlessRequest",
                "Diaspora::RelayableObjectWithoutParent",
                "Diaspora::NonPublic",
            ]
        )
        S(t, "INFO", "Rails", "error on receive: %s", f"error on receive: {err}")
    for t in poisson(r, T0, T_END, 600.0):
        if between(t, redis_down[0], at(10, 21)):
            continue
        msg = r.choice(
            ['["Guid has already been taken"]', '["Author is ignored by the post author"]']
        )
        S(
            t,
            "INFO",
            "Rails",
            "failed to save received object: %s",
            f"failed to save received object: {msg}",
        )
    # Redis restarted by the OOM killer at 10:06; Sidekiq restarted by the admin at 10:20
    for tid in sk_tids:
        S(
            redis_down[0] + sec(r.uniform(0, 2)),
            "ERROR",
            "Sidekiq",
            "Error fetching job: %s",
            "Error fetching job: Error connecting to Redis on 127.0.0.1:6379 (Errno::ECONNREFUSED)",
            tid,
        )
    for tid in sk_tids:
        S(
            redis_down[1] + sec(r.uniform(0, 2)),
            "INFO",
            "Sidekiq",
            "Redis is online, %s sec downtime",
            f"Redis is online, {(redis_down[1] - redis_down[0]).total_seconds() + r.uniform(0, 2):.6f} sec downtime",
            tid,
        )
    t = at(10, 20, 2)
    main_tid = 47220860012340
    t = S(t, "INFO", "Sidekiq", "Shutting down", "Shutting down", main_tid)
    t = S(
        t + sec(0.01),
        "INFO",
        "Sidekiq",
        "Terminating quiet workers",
        "Terminating quiet workers",
        main_tid,
    )
    t = S(
        t + sec(0.01),
        "INFO",
        "Sidekiq",
        "Pausing to allow workers to finish...",
        "Pausing to allow workers to finish...",
        main_tid,
    )
    t = S(t + sec(0.5), "INFO", "Sidekiq", "Bye!", "Bye!", main_tid)
    sk_pid[0] = 31877
    t += sec(14)
    t = S(
        t,
        "INFO",
        "Sidekiq",
        "Booting Sidekiq %s with redis options %s",
        'Booting Sidekiq 5.2.10 with redis options {:url=>"redis://localhost:6379/0", :id=>"Sidekiq-server-PID-31877"}',
        main_tid,
    )
    t = S(
        t + sec(0.3),
        "INFO",
        "Sidekiq",
        "Running in %s",
        "Running in ruby 2.7.8p225 (2023-03-30 revision 1f4d455848) [x86_64-linux]",
        main_tid,
    )
    t = S(
        t + sec(0.01),
        "INFO",
        "Sidekiq",
        "See LICENSE and the LGPL-3.0 for licensing details.",
        "See LICENSE and the LGPL-3.0 for licensing details.",
        main_tid,
    )
    t = S(
        t + sec(0.01),
        "INFO",
        "Sidekiq",
        "Upgrade to Sidekiq Pro for more features and support: %s",
        "Upgrade to Sidekiq Pro for more features and support: https://sidekiq.org",
        main_tid,
    )
    S(
        t + sec(0.01),
        "INFO",
        "Sidekiq",
        "Starting processing, hit Ctrl-C to stop",
        "Starting processing, hit Ctrl-C to stop",
        main_tid,
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ flarum

FL_ROOT = "/var/www/flarum"
FL_JOBS = [
    (30, "Flarum\\Notification\\Job\\SendNotificationsJob", False),
    (24, "Flarum\\Notification\\Job\\SendEmailNotificationJob", True),
    (10, "Flarum\\Mentions\\Job\\SendMentionsNotificationsJob", False),
    (6, "Flarum\\Mail\\Job\\SendRawEmailJob", True),
    (5, "Flarum\\Subscriptions\\Job\\SendReplyNotification", False),
]
FL_SMTP_DOWN = (at(8, 10), at(8, 41))
FL_DB_DOWN = (at(10, 30, 5), at(10, 33, 20))
FL_EXT_BROKEN = (at(9, 2), at(9, 58))
FL_DISK_FULL = (at(11, 5), at(11, 13))


def fl_trace(r: random.Random, frames: list[str]) -> list[str]:
    out = ["Stack trace:"]
    for i, fr in enumerate(frames):
        out.append(f"#{i} {fr}")
    out.append(f"#{len(frames)} {{main}} [] []")
    return out


FL_SWIFT = [
    f"{FL_ROOT}/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/AbstractSmtpTransport.php(148): Swift_Transport_StreamBuffer->initialize()",
    f"{FL_ROOT}/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Mailer.php(65): Swift_Transport_AbstractSmtpTransport->start()",
    f"{FL_ROOT}/vendor/illuminate/mail/Mailer.php(521): Swift_Mailer->send()",
    f"{FL_ROOT}/vendor/illuminate/mail/Mailer.php(288): Illuminate\\Mail\\Mailer->sendSwiftMessage()",
    f"{FL_ROOT}/vendor/flarum/core/src/Notification/NotificationMailer.php(52): Illuminate\\Mail\\Mailer->send()",
    f"{FL_ROOT}/vendor/flarum/core/src/Notification/Job/SendEmailNotificationJob.php(41): Flarum\\Notification\\NotificationMailer->send()",
    f"{FL_ROOT}/vendor/illuminate/container/BoundMethod.php(36): Flarum\\Notification\\Job\\SendEmailNotificationJob->handle()",
    f"{FL_ROOT}/vendor/illuminate/queue/CallQueuedHandler.php(98): Illuminate\\Bus\\Dispatcher->dispatchNow()",
    f"{FL_ROOT}/vendor/illuminate/queue/Worker.php(428): Illuminate\\Queue\\Jobs\\Job->fire()",
    f"{FL_ROOT}/vendor/illuminate/queue/Console/WorkCommand.php(117): Illuminate\\Queue\\Worker->daemon()",
]
FL_WEB = [
    f"{FL_ROOT}/vendor/illuminate/database/Connection.php(638): Illuminate\\Database\\Connection->runQueryCallback()",
    f"{FL_ROOT}/vendor/illuminate/database/Query/Builder.php(2414): Illuminate\\Database\\Connection->select()",
    f"{FL_ROOT}/vendor/flarum/core/src/Settings/DatabaseSettingsRepository.php(29): Illuminate\\Database\\Query\\Builder->pluck()",
    f"{FL_ROOT}/vendor/flarum/core/src/Foundation/InstalledSite.php(151): Flarum\\Settings\\DatabaseSettingsRepository->all()",
    f"{FL_ROOT}/vendor/flarum/core/src/Http/Server.php(47): Flarum\\Foundation\\InstalledApp->getRequestHandler()",
    f"{FL_ROOT}/public/index.php(24): Flarum\\Http\\Server->listen()",
]
FL_EXT = [
    f"{FL_ROOT}/vendor/flarum/core/src/Foundation/HandleErrors.php(23): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleError()",
    f"{FL_ROOT}/vendor/fof/links/src/Api/Serializer/LinkSerializer.php(41): Flarum\\Foundation\\HandleErrors->Flarum\\Foundation\\{{closure}}()",
    f"{FL_ROOT}/vendor/flarum/core/src/Api/Serializer/AbstractSerializer.php(96): FoF\\Links\\Api\\Serializer\\LinkSerializer->getDefaultAttributes()",
    f"{FL_ROOT}/vendor/tobscure/json-api/src/Resource.php(122): Flarum\\Api\\Serializer\\AbstractSerializer->getAttributes()",
    f"{FL_ROOT}/vendor/flarum/core/src/Frontend/Frontend.php(51): Flarum\\Frontend\\Document->toArray()",
    f"{FL_ROOT}/public/index.php(24): Flarum\\Http\\Server->listen()",
]


def flarum(r: random.Random) -> list[Log]:
    """A Flarum 1.8 forum on one VM (see the module docstring)."""
    fs = Files()
    logf = "flarum-2024-06-07.log"
    qf = "queue-worker.log"
    sf = "scheduler.log"
    wpid = [41187]

    def E(t: datetime, proc: object, label: str, first: str, trace: list[str]) -> datetime:
        return fs.add(
            logf,
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] flarum.ERROR: {first}", *trace],
            proc,
            SEC,
        )

    def Q(t: datetime, jid: int, label: str, status: str, job: str) -> datetime:
        return fs.add(
            qf,
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}][{jid}] {status:<11} {job}"],
            ("q", wpid[0]),
            SEC,
        )

    swift_label = "%s: Connection could not be established with host %s :stream_socket_client(): unable to connect to %s (Connection timed out) in %s:%d"
    jid = 48211
    weights = [w for w, *_ in FL_JOBS]
    for t in poisson(r, T0, T_END, 24.0):
        job, mails = r.choices([(j, m) for _, j, m in FL_JOBS], weights)[0]
        jid += 1
        tries = 3 if mails and between(t, *FL_SMTP_DOWN) else 1
        if between(t, FL_DB_DOWN[0], FL_DB_DOWN[1]):
            tries = 0
        for attempt in range(1, tries + 1):
            t = Q(t, jid, "Processing: %s", "Processing:", job)
            if mails and between(t, *FL_SMTP_DOWN):
                t += sec(30)
                E(
                    t,
                    ("q", wpid[0]),
                    swift_label,
                    f"Swift_TransportException: Connection could not be established with host smtp.eu.mailgun.org :stream_socket_client(): unable to connect to tcp://smtp.eu.mailgun.org:587 (Connection timed out) in {FL_ROOT}/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/StreamBuffer.php:269",
                    fl_trace(
                        r,
                        [
                            f"[internal function]: Swift_Transport_StreamBuffer->{{closure}}(2, 'stream_socket_c...', '{FL_ROOT}/...', 264)",
                            *FL_SWIFT,
                        ],
                    ),
                )
                if attempt == tries:
                    t = Q(t + sec(0.01), jid, "Failed:     %s", "Failed:", job)
                else:
                    t += sec(r.uniform(1, 3))
            else:
                t = Q(
                    t + sec(r.uniform(0.05, 2.5) if mails else r.uniform(0.01, 0.3)),
                    jid,
                    "Processed:  %s",
                    "Processed:",
                    job,
                )
    # the worker keeps a dead connection after the database restart
    for _ in range(3):
        t = FL_DB_DOWN[1] + sec(r.uniform(5, 90))
        jid += 1
        t = Q(
            t,
            jid,
            "Processing: %s",
            "Processing:",
            "Flarum\\Notification\\Job\\SendNotificationsJob",
        )
        E(
            t + sec(0.02),
            ("q", wpid[0]),
            "%s: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away (SQL: %s) in %s:%d",
            f"Illuminate\\Database\\QueryException: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away (SQL: select * from `flarum_users` where `flarum_users`.`id` in ({r.randint(10, 9000)}, {r.randint(10, 9000)})) in {FL_ROOT}/vendor/illuminate/database/Connection.php:712",
            fl_trace(r, [*FL_WEB[:2], *FL_SWIFT[6:]]),
        )
        Q(
            t + sec(1),
            jid,
            "Failed:     %s",
            "Failed:",
            "Flarum\\Notification\\Job\\SendNotificationsJob",
        )
    for _ in range(2):
        t = FL_DB_DOWN[1] + sec(r.uniform(300, 900))
        E(
            t,
            ("q", wpid[0]),
            "%s: %s has been attempted too many times or run too long. The job may have previously timed out. in %s:%d",
            f"Illuminate\\Queue\\MaxAttemptsExceededException: Flarum\\Notification\\Job\\SendEmailNotificationJob has been attempted too many times or run too long. The job may have previously timed out. in {FL_ROOT}/vendor/illuminate/queue/Worker.php:750",
            fl_trace(
                r,
                [
                    f"{FL_ROOT}/vendor/illuminate/queue/Worker.php(504): Illuminate\\Queue\\Worker->markJobAsFailedIfAlreadyExceedsMaxAttempts()",
                    *FL_SWIFT[8:],
                ],
            ),
        )
    # web requests while the database restarts
    for t in poisson(r, FL_DB_DOWN[0], FL_DB_DOWN[1], 4.0):
        E(
            t,
            ("fpm", r.randint(1, 12)),
            "%s: SQLSTATE[HY000] [2002] Connection refused (SQL: %s) in %s:%d",
            f"Illuminate\\Database\\QueryException: SQLSTATE[HY000] [2002] Connection refused (SQL: select * from `flarum_settings`) in {FL_ROOT}/vendor/illuminate/database/Connection.php:712",
            fl_trace(r, FL_WEB),
        )
    for t in poisson(r, T0, T_END, 2400.0):
        E(
            t,
            ("fpm", r.randint(1, 12)),
            "%s: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction (SQL: %s) in %s:%d",
            f"Illuminate\\Database\\QueryException: SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when trying to get lock; try restarting transaction (SQL: update `flarum_discussions` set `comment_count` = {r.randint(2, 300)}, `last_posted_at` = 2024-06-07 {t:%H:%M:%S}, `last_posted_user_id` = {r.randint(10, 9000)} where `id` = {r.randint(100, 4800)}) in {FL_ROOT}/vendor/illuminate/database/Connection.php:712",
            fl_trace(
                r,
                [
                    *FL_WEB[:2],
                    f"{FL_ROOT}/vendor/flarum/core/src/Discussion/Discussion.php(313): Illuminate\\Database\\Eloquent\\Model->save()",
                ],
            ),
        )
    # fof/links updated at 09:00 and rolled back at 09:58
    for t in poisson(r, FL_EXT_BROKEN[0], FL_EXT_BROKEN[1], 14.0):
        if r.random() < 0.8:
            E(
                t,
                ("fpm", r.randint(1, 12)),
                '%s: Undefined array key "%s" in %s:%d',
                f'ErrorException: Undefined array key "{r.choice(["isNewtab", "useRelMe"])}" in {FL_ROOT}/vendor/fof/links/src/Api/Serializer/LinkSerializer.php:41',
                fl_trace(r, FL_EXT),
            )
        else:
            E(
                t,
                ("fpm", r.randint(1, 12)),
                "%s: Trying to access array offset on value of type null in %s:%d",
                f"ErrorException: Trying to access array offset on value of type null in {FL_ROOT}/vendor/fof/links/src/LinkRepository.php:58",
                fl_trace(r, [*FL_EXT[:1], *FL_EXT[2:]]),
            )
    for t in poisson(r, T0, T_END, 3000.0):
        E(
            t,
            ("fpm", r.randint(1, 12)),
            "%s: Unable to init from given binary data. in %s:%d",
            f"Intervention\\Image\\Exception\\NotReadableException: Unable to init from given binary data. in {FL_ROOT}/vendor/intervention/image/src/Intervention/Image/AbstractDecoder.php:351",
            fl_trace(
                r,
                [
                    f"{FL_ROOT}/vendor/intervention/image/src/Intervention/Image/ImageManager.php(54): Intervention\\Image\\AbstractDecoder->init()",
                    f"{FL_ROOT}/vendor/flarum/core/src/User/Command/UploadAvatarHandler.php(89): Intervention\\Image\\ImageManager->make()",
                    FL_WEB[-1],
                ],
            ),
        )
    for t in poisson(r, T0, T_END, 1500.0):
        url = r.choice(
            [
                "https://www.youtube.com/oembed",
                "https://publish.twitter.com/oembed",
                "https://api.github.com/repos/flarum/framework",
            ]
        )
        E(
            t,
            ("fpm", r.randint(1, 12)),
            "%s: cURL error 28: Operation timed out after %d milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for %s in %s:%d",
            f"GuzzleHttp\\Exception\\ConnectException: cURL error 28: Operation timed out after {r.randint(5000, 5010)} milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for {url}?url={hexid(r, 8)} in {FL_ROOT}/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:210",
            fl_trace(
                r,
                [
                    f"{FL_ROOT}/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php(158): GuzzleHttp\\Handler\\CurlFactory::createRejection()",
                    f"{FL_ROOT}/vendor/guzzlehttp/guzzle/src/Client.php(189): GuzzleHttp\\Handler\\CurlHandler->__invoke()",
                    FL_WEB[-1],
                ],
            ),
        )
    for t in poisson(r, FL_DISK_FULL[0], FL_DISK_FULL[1], 7.0):
        E(
            t,
            ("fpm", r.randint(1, 12)),
            "%s: file_put_contents(): Write of %d bytes failed with errno=28 No space left on device in %s:%d",
            f"ErrorException: file_put_contents(): Write of {r.randint(900, 64000)} bytes failed with errno=28 No space left on device in {FL_ROOT}/vendor/illuminate/filesystem/Filesystem.php:187",
            fl_trace(
                r,
                [
                    f"{FL_ROOT}/vendor/flarum/core/src/Foundation/HandleErrors.php(23): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleError()",
                    f"{FL_ROOT}/vendor/illuminate/filesystem/Filesystem.php(187): file_put_contents()",
                    f"{FL_ROOT}/vendor/illuminate/cache/FileStore.php(72): Illuminate\\Filesystem\\Filesystem->put()",
                    FL_WEB[-1],
                ],
            ),
        )
    # the scheduler, every minute from cron
    t = T0
    while t < T_END:
        x = t + sec(r.uniform(0.2, 0.9))
        if between(x, FL_DB_DOWN[0], FL_DB_DOWN[1]) or between(x, FL_DISK_FULL[0], FL_DISK_FULL[1]):
            t += sec(60)
            continue
        due = []
        if t.minute == 0:
            due.append("fof:best-answer:notify")
        if t.minute % 30 == 15:
            due.append("fof:sitemap:build")
        if t.minute == 45 and t.hour % 2 == 0:
            due.append("fof:drafts:publish")
        if not due:
            fs.add(
                sf,
                x,
                "No scheduled commands are ready to run.",
                lambda _: ["No scheduled commands are ready to run."],
                ("s", t),
                SEC,
            )
        for cmd in due:
            x = fs.add(
                sf,
                x,
                "Running scheduled command: %s",
                lambda _, c=cmd: [
                    f"Running scheduled command: '/usr/bin/php8.1' 'flarum' {c} > '/dev/null' 2>&1"
                ],
                ("s", t),
                SEC,
            )
        t += sec(60)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ typo3

TY_LOG = "typo3_7ac500bce5.log"
TY_ROOT = "/var/www/html"


def typo3(r: random.Random) -> list[Log]:
    """TYPO3 12.4 on two web nodes (see the module docstring)."""
    fs = Files()

    def T(
        node: str,
        t: datetime,
        level: str,
        component: str,
        label: str,
        msg: str,
        proc: object = None,
    ) -> datetime:
        rid = hexid(r, 13)
        return fs.add(
            f"{node}-{TY_LOG}",
            t,
            label,
            lambda x: [
                f'{x:%a, %d %b %Y %H:%M:%S} +0000 [{level}] request="{rid}" component="{component}": {msg}'
            ],
            proc or (node, r.randint(1, 10)),
            SEC,
        )

    EH = "TYPO3.CMS.Core.Error.ErrorHandler"
    XH = "TYPO3.CMS.Core.Error.ProductionExceptionHandler"
    CO = "TYPO3.CMS.Frontend.ContentObject.Exception.ProductionExceptionHandler"
    nodes = ["web1", "web2"]
    news_broken = (at(8, 31), at(11, 20))
    db_down = (at(10, 40, 10), at(10, 43, 5))
    mail_down = (at(7, 15), at(7, 36))
    weather_down = (at(9, 10), at(9, 55))

    def warn(t: datetime, label_tail: str, msg_tail: str, mode: str = "FE") -> None:
        T(
            r.choice(nodes),
            t,
            "WARNING",
            EH,
            f"Core: Error handler (%s): PHP Warning: {label_tail}",
            f"Core: Error handler ({mode}): PHP Warning: {msg_tail}",
        )

    news = f"{TY_ROOT}/vendor/georgringer/news/Classes"
    site = f"{TY_ROOT}/packages/site_package/Classes"
    for t in poisson(r, news_broken[0], news_broken[1], 11.0):
        key = r.choice(["layout", "layout", "templateLayout", "categoryConjunction"])
        warn(
            t,
            'Undefined array key "%s" in %s line %d',
            f'Undefined array key "{key}" in {news}/Controller/NewsController.php line {r.choice([318, 342])}',
        )
    for t in poisson(r, T0, T_END, 95.0):
        warn(
            t,
            'Attempt to read property "%s" on null in %s line %d',
            f'Attempt to read property "{r.choice(["uid", "title"])}" on null in {site}/ViewHelpers/TeaserImageViewHelper.php line 47',
        )
    for t in poisson(r, T0, T_END, 260.0):
        warn(
            t,
            "Undefined variable $%s in %s line %d",
            f"Undefined variable ${r.choice(['menuItems', 'crop'])} in {site}/DataProcessing/MegaMenuProcessor.php line {r.choice([88, 121])}",
        )
    for t in poisson(r, T0, T_END, 330.0):
        warn(
            t,
            "foreach() argument must be of type array|object, null given in %s line %d",
            f"foreach() argument must be of type array|object, null given in {site}/DataProcessing/MegaMenuProcessor.php line 93",
        )
    for t in poisson(r, T0, T_END, 520.0):
        warn(
            t,
            "Trying to access array offset on value of type null in %s line %d",
            f"Trying to access array offset on value of type null in {TY_ROOT}/vendor/b13/container/Classes/DataProcessing/ContainerProcessor.php line 104",
        )
    for t in poisson(r, T0, T_END, 600.0):
        warn(
            t,
            "Undefined array key %d in %s line %d",
            f"Undefined array key {r.randint(0, 4)} in {site}/ViewHelpers/SliderViewHelper.php line 62",
        )
    for t in poisson(r, T0, T_END, 700.0):
        warn(
            t,
            "getimagesize(%s): Failed to open stream: No such file or directory in %s line %d",
            f"getimagesize({TY_ROOT}/public/fileadmin/user_upload/{r.choice(['team', 'news', 'events'])}/{hexid(r, 6)}.jpg): Failed to open stream: No such file or directory in {TY_ROOT}/vendor/typo3/cms-core/Classes/Type/File/ImageInfo.php line 121",
        )
    for t in poisson(r, weather_down[0], weather_down[1], 25.0):
        warn(
            t,
            "file_get_contents(%s): Failed to open stream: HTTP request failed! HTTP/1.1 503 Service Unavailable in %s line %d",
            f"file_get_contents(https://api.weather.example.com/v2/forecast?city={r.choice(['Hamburg', 'Kiel', 'Lübeck'])}&key={hexid(r, 12)}): Failed to open stream: HTTP request failed! HTTP/1.1 503 Service Unavailable\r\n in {TY_ROOT}/packages/weather_widget/Classes/Service/ForecastService.php line 38".replace(
                "\r\n", ""
            ),
        )
    for t in poisson(r, T0, T_END, 900.0):
        warn(
            t,
            "Undefined property: %s::$%s in %s line %d",
            f"Undefined property: stdClass::${r.choice(['image', 'link'])} in {site}/DataProcessing/TeaserProcessor.php line 74",
        )
    for t in poisson(r, T0, T_END, 2200.0):
        warn(
            t,
            "Cannot modify header information - headers already sent by (output started at %s:%d) in %s line %d",
            f"Cannot modify header information - headers already sent by (output started at {site}/Middleware/LegacyRedirect.php:31) in {TY_ROOT}/vendor/typo3/cms-core/Classes/Http/AbstractApplication.php line 71",
        )
    # broken news templates after the extension update: content elements fail (the data holds the exception)
    for t in poisson(r, news_broken[0], news_broken[1], 48.0):
        code = f"{t:%Y%m%d%H%M%S}{hexid(r, 8)}"
        exc = r.choice(
            [
                '"TYPO3Fluid\\\\Fluid\\\\View\\\\Exception\\\\InvalidTemplateResourceException: Tried resolving a template file for controller action \\"News->list\\" in format \\".html\\", but none of the paths contained the expected template file (News/List.html). The following paths were checked: /var/www/html/packages/site_package/Resources/Private/Extensions/News/Templates/"',
                '"TYPO3\\\\CMS\\\\Core\\\\Resource\\\\Exception\\\\FileDoesNotExistException: File /user_upload/news/2023/archiv.pdf does not exist."',
            ]
        )
        T(
            r.choice(nodes),
            t,
            "ALERT",
            CO,
            "Oops, an error occurred! Code: %s",
            f'Oops, an error occurred! Code: {code} - {{"exception":{exc}}}',
        )
    # the database failover at 10:40
    for t in poisson(r, db_down[0], db_down[1], 1.6):
        T(
            r.choice(nodes),
            t,
            "CRITICAL",
            XH,
            "Core: Exception handler (%s): Uncaught TYPO3 Exception: #%d: An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused | %s thrown in file %s in line %d",
            f"Core: Exception handler (WEB): Uncaught TYPO3 Exception: #2002: An exception occurred in the driver: SQLSTATE[HY000] [2002] Connection refused | Doctrine\\DBAL\\Exception\\ConnectionException thrown in file {TY_ROOT}/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php in line 103",
        )
    for t in poisson(r, db_down[1], db_down[1] + sec(240), 15.0):
        T(
            r.choice(nodes),
            t,
            "CRITICAL",
            XH,
            "Core: Exception handler (%s): Uncaught TYPO3 Exception: #%d: An exception occurred while executing a query: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away | %s thrown in file %s in line %d",
            f"Core: Exception handler (WEB): Uncaught TYPO3 Exception: #2006: An exception occurred while executing a query: SQLSTATE[HY000]: General error: 2006 MySQL server has gone away | Doctrine\\DBAL\\Exception\\ConnectionLost thrown in file {TY_ROOT}/vendor/doctrine/dbal/src/Driver/API/MySQL/ExceptionConverter.php in line 116",
        )
    # the mail relay down: contact form submissions fail
    for t in poisson(r, mail_down[0], mail_down[1], 50.0):
        T(
            r.choice(nodes),
            t,
            "CRITICAL",
            XH,
            'Core: Exception handler (%s): Uncaught TYPO3 Exception: #%d: Connection could not be established with host "%s": stream_socket_client(): Unable to connect to %s (Connection refused) | %s thrown in file %s in line %d',
            f'Core: Exception handler (WEB): Uncaught TYPO3 Exception: #0: Connection could not be established with host "mail.internal:587": stream_socket_client(): Unable to connect to mail.internal:587 (Connection refused) | Symfony\\Component\\Mailer\\Exception\\TransportException thrown in file {TY_ROOT}/vendor/symfony/mailer/Transport/Smtp/Stream/SocketStream.php in line 154',
        )
    # the scheduler on web1 every 5 minutes: the Solr index queue worker fails while Solr is down
    t = at(9, 0)
    while t < at(10, 5):
        T(
            "web1",
            t + sec(r.uniform(0.5, 3)),
            "ERROR",
            "TYPO3.CMS.Scheduler.Scheduler",
            "Task failed to execute successfully. Class: %s, UID: %s",
            'Task failed to execute successfully. Class: ApacheSolrForTypo3\\Solr\\Task\\IndexQueueWorkerTask, UID: 3 - {"class":"ApacheSolrForTypo3\\\\Solr\\\\Task\\\\IndexQueueWorkerTask","uid":3}',
            ("web1", "cli"),
        )
        t += sec(300)
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ wagtail

WT_PAGES = [
    ("Summer reading list 2024", "/en/blog/summer-reading-list-2024/"),
    ("Opening hours", "/en/visit/opening-hours/"),
    ("Board meeting minutes, June", "/en/about/board/minutes-june/"),
    ("Library closure on 12 June", "/en/news/library-closure-12-june/"),
    ("Events", "/en/events/"),
    ("Coding club for teens", "/en/events/coding-club-for-teens/"),
    ("Annual report 2023", "/en/about/annual-report-2023/"),
    ("Volunteer with us", "/en/get-involved/volunteer/"),
    ("Digital archive launch", "/en/news/digital-archive-launch/"),
    ("Home", "/en/"),
    ("Storytime", "/en/events/storytime/"),
    ("Accessibility statement", "/en/accessibility/"),
]
WT_404 = [
    "/wp-login.php",
    "/.env",
    "/xmlrpc.php",
    "/en/news/old-catalogue/",
    "/favicon.ico",
    "/apple-touch-icon.png",
    "/en/events/2019-book-fair/",
    "/wp-content/plugins/wp-file-manager/readme.txt",
    "/.git/config",
    "/en/blog/feed/",
]


def wagtail(r: random.Random) -> list[Log]:
    """A Wagtail 6.1 site on Kubernetes, gunicorn 22 (see the module docstring)."""
    fs = Files()
    old = ["web-6c9d7f8b5-h2x7q", "web-6c9d7f8b5-p8m4n"]
    new = ["web-78fd9c4d6-kq5rz", "web-78fd9c4d6-w7tjl"]
    deploy = at(10, 0, 20)
    db_slow = (at(8, 50), at(9, 4))
    varnish_down = (at(9, 30), at(9, 41))
    oom = at(11, 21, 7)
    workers = {p: [r.randint(7, 40) + i for i in range(4)] for p in old + new}

    def K(
        pod: str,
        t: datetime,
        label: str,
        line: Callable[[datetime], str],
        cont: list[str] | None = None,
        proc: object = None,
    ) -> datetime:
        return fs.add(
            f"{pod}.log",
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{r.randint(0, 999):03d}Z {line(x)}",
                *[
                    f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}{r.randint(0, 999):03d}Z {c}"
                    for c in cont or []
                ],
            ],
            proc or (pod, r.choice(workers[pod])),
            US,
        )

    def G(pod: str, t: datetime, level: str, label: str, msg: str, pid: int) -> datetime:
        return K(
            pod,
            t,
            label,
            lambda x: f"[{x:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [{level}] {msg}",
            proc=(pod, pid),
        )

    def D(
        pod: str,
        t: datetime,
        level: str,
        name: str,
        label: str,
        msg: str,
        cont: list[str] | None = None,
    ) -> datetime:
        w = r.choice(workers[pod])
        return K(
            pod,
            t,
            label,
            lambda x: f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {level} {name} {msg}",
            cont,
            (pod, w),
        )

    def pods_at(t: datetime) -> list[str]:
        return old if t < deploy else new

    def boot(pod: str, t: datetime) -> None:
        t = G(pod, t, "INFO", "Starting gunicorn %s", "Starting gunicorn 22.0.0", 1)
        t = G(
            pod,
            t + sec(0.002),
            "INFO",
            "Listening at: %s (%s)",
            "Listening at: http://0.0.0.0:8000 (1)",
            1,
        )
        t = G(pod, t + sec(0.001), "INFO", "Using worker: %s", "Using worker: sync", 1)
        for w in workers[pod]:
            t = G(
                pod,
                t + sec(r.uniform(0.002, 0.02)),
                "INFO",
                "Booting worker with pid: %s",
                f"Booting worker with pid: {w}",
                w,
            )

    for p in new:
        boot(p, deploy - sec(r.uniform(30, 50)))
    for p in old:
        t = G(
            p,
            deploy + sec(r.uniform(0, 2)),
            "INFO",
            "Handling signal: %s",
            "Handling signal: term",
            1,
        )
        for w in workers[p]:
            G(
                p,
                t + sec(r.uniform(0.01, 0.3)),
                "INFO",
                "Worker exiting (pid: %s)",
                f"Worker exiting (pid: {w})",
                w,
            )
        G(p, t + sec(0.6), "INFO", "Shutting down: %s", "Shutting down: Master", 1)

    # bots and stale links
    for t in poisson(r, T0, T_END, 17.0):
        pod = r.choice(pods_at(t))
        D(pod, t, "WARNING", "django.request", "Not Found: %s", f"Not Found: {r.choice(WT_404)}")
    for t in poisson(r, T0, T_END, 240.0):
        pod = r.choice(pods_at(t))
        ip = r.choice(["10.42.3.17:8000", "10.42.1.9:8000", "203.0.113.44", "library-cms.internal"])
        dom = ip.split(":")[0]
        D(
            pod,
            t,
            "ERROR",
            "django.security.DisallowedHost",
            "Invalid HTTP_HOST header: %r. You may need to add %r to ALLOWED_HOSTS.",
            f"Invalid HTTP_HOST header: '{ip}'. You may need to add '{dom}' to ALLOWED_HOSTS.",
        )
    # the database slow 08:50-09:04: timeouts and errors
    for t in poisson(r, db_slow[0], db_slow[1], 20.0):
        pod = r.choice(old)
        path = r.choice([u for _, u in WT_PAGES] + ["/admin/pages/", "/admin/", "/en/search/"])
        D(
            pod,
            t,
            "ERROR",
            "django.request",
            "Internal Server Error: %s",
            f"Internal Server Error: {path}",
            [
                "Traceback (most recent call last):",
                '  File "/venv/lib/python3.12/site-packages/django/db/backends/utils.py", line 105, in _execute',
                "    return self.cursor.execute(sql, params)",
                "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
                "psycopg.errors.QueryCanceled: canceling statement due to statement timeout",
                "",
                "The above exception was the direct cause of the following exception:",
                "",
                "Traceback (most recent call last):",
                '  File "/venv/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner',
                "    response = get_response(request)",
                "               ^^^^^^^^^^^^^^^^^^^^^",
                '  File "/venv/lib/python3.12/site-packages/wagtail/views.py", line 31, in serve',
                "    return page.serve(request, *args, **kwargs)",
                "django.db.utils.OperationalError: canceling statement due to statement timeout",
            ],
        )
    for t in poisson(r, db_slow[0] + sec(60), db_slow[1], 80.0):
        pod = r.choice(old)
        w = r.choice(workers[pod])
        G(pod, t, "CRITICAL", "WORKER TIMEOUT (pid:%s)", f"WORKER TIMEOUT (pid:{w})", 1)
        nw = w + 100 + r.randint(0, 50)
        workers[pod][workers[pod].index(w)] = nw
        G(
            pod,
            t + sec(r.uniform(0.2, 0.6)),
            "INFO",
            "Booting worker with pid: %s",
            f"Booting worker with pid: {nw}",
            nw,
        )
    # one worker OOM-killed on the new pod
    pod = new[1]
    w = workers[pod][2]
    G(
        pod,
        oom,
        "ERROR",
        "Worker (pid:%s) was sent SIGKILL! Perhaps out of memory?",
        f"Worker (pid:{w}) was sent SIGKILL! Perhaps out of memory?",
        1,
    )
    workers[pod][2] = w + 211
    G(
        pod,
        oom + sec(0.05),
        "INFO",
        "Booting worker with pid: %s",
        f"Booting worker with pid: {w + 211}",
        w + 211,
    )

    # editors publish; each publish purges the page and its parents from Varnish
    page_ids = {title: 3 + i * 7 for i, (title, _) in enumerate(WT_PAGES)}
    rev = [4100]
    weights = [12, 8, 2, 4, 6, 3, 1, 2, 3, 5, 3, 1]

    def purge(pod: str, t: datetime, url: str) -> datetime:
        full = f"https://library.example.org{url}"
        t = D(
            pod,
            t,
            "INFO",
            "wagtail.frontendcache",
            "[%s] Purging URL: %s",
            f"[default] Purging URL: {full}",
        )
        if between(t, *varnish_down):
            t = D(
                pod,
                t + sec(r.uniform(0.001, 0.01)),
                "ERROR",
                "wagtail.frontendcache",
                "Couldn't purge '%s' from HTTP cache. URLError: [Errno 111] Connection refused",
                f"Couldn't purge '{full}' from HTTP cache. URLError: [Errno 111] Connection refused",
            )
        return t

    for t in poisson(r, at(6, 40), T_END, 110.0) + poisson(r, at(7, 55), at(8, 20), 30.0):
        if between(t, db_slow[0], db_slow[1]):
            continue
        pod = r.choice(pods_at(t))
        title, url = r.choices(WT_PAGES, weights)[0]
        rev[0] += r.randint(1, 3)
        x = r.random()
        if x < 0.86:
            t = D(
                pod,
                t,
                "INFO",
                "wagtail",
                'Page published: "%s" id=%d revision_id=%d',
                f'Page published: "{title}" id={page_ids[title]} revision_id={rev[0]}',
            )
            for u in [url, url.rsplit("/", 2)[0] + "/", "/en/"][: r.randint(1, 3)]:
                t = purge(pod, t + sec(r.uniform(0.001, 0.02)), u)
        elif x < 0.94:
            go = t.replace(
                hour=min(t.hour + r.randint(1, 5), 23), minute=0, second=0, microsecond=0
            )
            D(
                pod,
                t,
                "INFO",
                "wagtail",
                'Page scheduled for publish: "%s" id=%d revision_id=%d go_live_at=%s',
                f'Page scheduled for publish: "{title}" id={page_ids[title]} revision_id={rev[0]} go_live_at={go.isoformat()}',
            )
        elif x < 0.97:
            t = D(
                pod,
                t,
                "INFO",
                "wagtail",
                'Page unpublished: "%s" id=%d',
                f'Page unpublished: "{title}" id={page_ids[title]}',
            )
            purge(pod, t + sec(0.005), url)
        else:
            D(
                pod,
                t,
                "INFO",
                "wagtail",
                'Page moved: "%s" id=%d path=%s',
                f'Page moved: "{title}" id={page_ids[title]} path=/home{url[3:]}',
            )
    for t in poisson(r, T0, T_END, 3600.0):
        pod = r.choice(pods_at(t))
        D(
            pod,
            t,
            "INFO",
            "wagtail",
            'Page deleted: "%s" id=%d',
            f'Page deleted: "{r.choice(["Draft: untitled", "Copy of Events", "Test page"])}" id={r.randint(200, 260)}',
        )
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "pleroma": pleroma,
    "diaspora": diaspora,
    "flarum": flarum,
    "typo3": typo3,
    "wagtail": wagtail,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
