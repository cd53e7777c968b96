#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 233 (payload, medusa, appsmith, nocodb, hoppscotch) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file; lines that carry no time of their own, ioredis's and
console.log's, at a millisecond). Five self-hosted web applications of one company (a headless
CMS, a shop backend, an internal-tool builder, a spreadsheet database and an API client), 06:00
to 12:00 on 2024-06-07. None of the five was in the set (Strapi, Directus, KeystoneJS, Ghost,
Baserow, n8n and a generic NestJS service are).

- Payload CMS 2.x (`payload-1.log`, `payload-2.log`: `docker logs` of two replicas of a headless
  Express server on MongoDB behind a load balancer; Payload's default logger, pino-pretty with
  `translateTime: 'HH:MM:ss'`, `ignore: 'pid,hostname'` and `colorize: true`: `[06:00:04]
  \\x1b[31mERROR\\x1b[39m (payload): \\x1b[36mNotFound: The requested resource was not found.` and the
  stack under it, the cyan closed on the message's last line): the errorHandler's
  `logger.error(err.stack)` for every failed request (a mobile app asking for deleted posts by id:
  `NotFound: The requested resource was not found.`; a staging frontend with a revoked API key
  07:45-11:10: `Forbidden: You are not allowed to perform this action.`; a credential-stuffing
  run on /api/users/login 09:38-10:04: `AuthenticationError: The email or password provided is
  incorrect.` and `LockedAuth: This user is locked due to having too many failed login
  attempts.`; editors' `ValidationError: The following field is invalid: %s` / `... fields are
  invalid: %s`; sharp's `Error: Input buffer contains unsupported image format` for HEIC
  uploads); the website template's regeneratePage hook (`Revalidated path %s` for every save and
  a feed import of 320 posts at 08:10, `Error revalidating path %s` while the frontend's
  revalidation secret is rotated 09:05-09:31, `Error hitting revalidate route for %s` in a DNS
  outage 11:15-11:21); the SMTP relay down 07:05-07:41 (`Failed to send mail to %s, subject: %s`,
  and `There is an error with the email configuration you have provided.` at the 07:20 deploy's
  boots: `Connected to MongoDB server successfully!`, `Starting Payload...`, `Payload Admin URL:
  %s`); MongoDB restarted for an upgrade 10:20-10:23 (mongoose's `MongooseError: Operation
  `%s.%s()` buffering timed out after %dms`, and payload-2, whose host rebooted with it, failing
  `Error: cannot connect to MongoDB. Details: connect ECONNREFUSED %s` three times).
- Medusa 1.20 (`medusa.log`: `docker logs` of the backend in production mode: the Reporter's
  winston JSON, keys sorted, `{"level":"info","message":"Processing cart.updated which has 1
  subscribers","timestamp":"2024-06-07 06:00:04"}`, errors with stack-trace's parsed frames in
  `stack`; morgan's `combined` request lines from the express loader; ioredis's own
  `[ioredis] Unhandled error event: ...` on stderr): the storefront's requests (product lists and
  pages from the Next.js server, carts from browsers, a load balancer's `/health` every minute),
  the Redis event bus's `Processing %s which has %d subscribers` for every staged event and `Processing
  scheduled job: %s` for two repeatable jobs; the API error handler's `logger.error(err)` (stale
  cart cookies: `Cart with %s was not found`; crawlers: `Product with id: %s was not found`; a sale
  item sold out at 09:30: `Variant with id: %s does not have the required inventory`; a newsletter
  code expired at 09:00: `Discount is expired`; `A customer with the given email already has an
  account. Log in instead`); Meilisearch down 08:38-09:06 under a product import (`An error
  occurred while processing %s: MeiliSearchCommunicationError: request to %s failed, reason:
  connect ECONNREFUSED %s`); Redis restarted at 09:20 (three clients' ioredis lines with their
  stack line, the session store's `Reached the max retries per request limit (which is %d).
  Refer to "maxRetriesPerRequest" option for details.`, every request 500 for 45 s); PostgreSQL
  restarted at 10:40 (`Connection terminated unexpectedly`, `connect ECONNREFUSED %s`).
- Appsmith CE 1.2x (`appsmith.log`: `docker logs` of the single container, supervisord's own
  lines and supervisor_stdout's `<program> <channel> | ` before every line its programs write):
  Caddy's JSON access log (`editor stdout | {"level":"info","ts":...,"logger":
  "http.log.access.log0","msg":"handled request",...}`: page views' consolidated API and their
  on-load queries, a warehouse TV dashboard running two queries every 90 s) and error log
  (`dial tcp %s: connect: connection refused` while the backend restarts); the backend's logback
  `[%d{ISO8601, UTC}] %X - %m%n` (`backend stdout | [2024-06-07 08:21:15,602]  - Exception in
  monitor thread while connecting to server localhost:27017` with the stack, every stack line
  under the same prefix): the embedded MongoDB OOM-killed at 08:21 (supervisord's `exited:
  mongodb (terminated by SIGKILL; not expected)`, `spawned: ...`, `success: ...`, the driver's
  monitor and `Opened connection [...]` lines, requests failing with `Timed out after %d ms while
  waiting to connect. ...` under an empty message), the admin's SSO change restarting backend and
  RTS at 09:12 (Spring Boot's start-up, the Mongo client's settings, `Started ServerApplication in
  %s seconds (process running for %s)`, `RTS version %s running at http://localhost:%d`), the
  warehouse database down 10:02-10:24 (the Postgres plugin's HikariCP `HikariPool-%d -
  Starting...` and `HikariPool-%d - Exception during pool initialization.` with PgJDBC's
  stack), the embedded Redis restarted at 10:51 (Lettuce's reconnect lines), and old links to a
  deleted page (`AppsmithException: Unable to find %s %s. Either the asset doesn't exist or you
  don't have required permissions` with Reactor's assembly trace).
- NocoDB 0.204 (`nocodb.log`: `docker logs`, NestJS's ConsoleLogger with its colours,
  `[Nest] 7  - 06/07/2024, 6:40:12 AM   ERROR [GlobalExceptionFilter] Cannot read properties of
  undefined (reading 'uidt')` and the stack of the bundled `docker/main.js` written after it):
  an ops board polling a table's records every 10 s whose formula references a deleted column
  (06:40-11:20, the filter's error on every request); the upgrade at 07:02 and the restart after
  an out-of-memory crash at 10:33 (NestFactory, 24 InstanceLoader, 18 RoutesResolver and 53
  RouterExplorer lines, `Nest application successfully started`, `App started
  successfully.\\nVisit -> %s`; Node's `<--- Last few GCs --->` report); two failed Airtable imports
  (`---- !! JOB FAILED !! ----` over several lines); the meta database's Patroni switchover at
  09:40 (`terminating connection due to administrator command`, `Connection terminated
  unexpectedly`, `connect ECONNREFUSED %s`, `remaining connection slots are reserved for
  non-replication superuser connections`); a 400,000-row CSV import exhausting the knex pool
  10:20-10:33 (`Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a
  .transacting(trx) call?`).
- Hoppscotch 2024.3 (`hoppscotch.log`: `docker logs` of the all-in-one container, whose
  aio_run.mjs writes every line of its children as `Backend Server | ` or `App/Admin Dashboard
  Caddy | ` and its own exit line bare): Caddy's start-up JSON (`using provided configuration`,
  `admin endpoint disabled`, the three servers' `server is listening only on the HTTP port, so no
  automatic HTTPS will be applied to this server`, `HTTP/2 skipped because it requires TLS`,
  `HTTP/3 skipped because it requires TLS`, `server running`, `serving initial configuration`),
  the NestJS backend's start-up (InstanceLoader, RoutesResolver and RouterExplorer lines with
  and without `(version: 1)`, main.ts's `Running in production: %s`, `Port: %s`, `Enabling CORS
  with production settings`); an image upgrade at 07:31 without its migration, crash-looping
  until 07:47 (Node's `%s:%d` uncaught-rejection report of `Error: Database migration not found.
  ...` and `Exiting process because Backend Server exited with code %s`); Nest's ExceptionsHandler
  for a removed member's client (`team/member_not_found`, every ~30 s 08:05-11:40), old shared
  links (`shortcode/not_found`), the database down 10:40-10:52 (Prisma's `\\nInvalid
  `prisma.%s.%s()` invocation:...Can't reach database server at ...`), and the SMTP password
  rotated at 09:00 (`Error from sendEmail: Error: Invalid login: %s` with nodemailer's error
  inspected, then `email/failed`); a restart at 11:31 with the new password.

Label notes. The heads are context: Payload's time, level and `(payload)` with pino-pretty's
colour codes, winston's `level` and `timestamp` keys, morgan's client, time and the rest of its
columns around the request, supervisord's time and level, supervisor_stdout's and aio_run's
prefixes, logback's time and MDC (`%X`), Caddy's `level`, `ts` and `logger`, Nest's `[Nest] pid -
date LEVEL [context] ` and `+Nms`. A message that is an error's stack (`logger.error(err.stack)`,
Nest's message with the stack written after it) is labelled by the error's own format; an empty
message with the exception under it (logback's `log.error("", e)`) by the exception's. Request
records (morgan's, Caddy's `handled request`) are labelled by method, route and status (ids and a
query's values variables). A message with line breaks is labelled by its whole format with `\\n`
(NocoDB's `---- !! JOB FAILED !! ----`, Prisma's invocation error, Node's uncaught-error report as
round 182's statsd); a console.log line's later lines (`Visit -> %s`) and Node's out-of-memory
report after its first line continue their event. Written from the helper's knowledge of the
programs' sources; Payload's logger, errorHandler, mongoose connect and the website template's
regeneratePage, and Medusa's Reporter, loaders, express loader (morgan `combined`) and Redis
event bus were checked against copies of their sources. Least sure: Payload 2's order of
`Connected to MongoDB ...` before `Starting Payload...` and the email verification error's
moment, the `Failed to send mail to %s, subject: %s` wording, the dist line numbers in the
stacks; Medusa's error texts for carts and products (`Cart with %s was not found`, `Product with
id: %s was not found`) and whether the express-session store's failure reaches the error
handler; Appsmith's logback pattern and MDC keys, whether its Caddyfile writes access logs (and
not the reverse proxy's debug lines), `RTS version %s running at ...`, how its
GlobalExceptionHandler logs an AppsmithException (an empty message with the stack is written
here) and the ACL_NO_RESOURCE_FOUND text; whether NocoDB's CE image prints RouterExplorer's
lines, its module and controller names, the bundled stack offsets and the JOB FAILED layout;
Hoppscotch's aio_run.mjs exit message, main.ts's console lines, the InfraConfigService check
that throws the migration error, Prisma 5's error class for an unreachable database, and the
team guard's error.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, weighted

SEC = 1_000_000
MS = 1000
US = 1

UA_DESKTOP = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
]
UA_MOBILE = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.179 Mobile Safari/537.36",
]


def objid(r: random.Random) -> str:
    """A MongoDB ObjectId as written for the day (its first four bytes a 2024 time)."""
    return f"66{hexid(r, 6)}{hexid(r, 16)}"


def ulid(r: random.Random) -> str:
    return "01HZ" + "".join(r.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(22))


# ---------------------------------------------------------------------------------- payload

PL_NM = "/home/node/app/node_modules"
PL_SLUGS = [
    "city-council-approves-new-bike-lanes",
    "harbour-festival-2024-programme",
    "school-meals-price-rise",
    "local-elections-live-results",
    "storm-warning-for-the-weekend",
    "new-tram-line-opens-in-september",
    "interview-with-the-new-museum-director",
    "fc-north-wins-derby",
    "housing-plan-faces-objections",
    "summer-roadworks-map",
    "library-extends-opening-hours",
    "heatwave-advice-for-older-residents",
    "market-square-redesign-unveiled",
    "hospital-parking-charges-scrapped",
    "jazz-in-the-park-lineup",
    "rail-strike-what-you-need-to-know",
]
PL_USERS = [
    "admin@example-news.com",
    "j.meyer@example-news.com",
    "s.okafor@example-news.com",
    "desk@example-news.com",
    "m.rossi@example-news.com",
]


def pl_stack(first: str, frames: list[str]) -> list[str]:
    return [first, *(f"    at {f}" for f in frames)]


def payload(r: random.Random) -> list[Log]:
    """Two replicas of a newsroom's headless Payload 2 server (MongoDB, a Next.js frontend on
    another host), 06:00 to 12:00: a deploy at 07:20 while the SMTP relay is down 07:05-07:41,
    the staging frontend's API key revoked 07:45-11:10, a feed import at 08:10, the frontend's
    revalidation secret rotated 09:05-09:31, credential stuffing 09:38-10:04, MongoDB restarted
    10:20-10:23 (payload-2's host rebooting with it), a DNS outage 11:15-11:21."""
    fs = Files()
    col = {"INFO": "\x1b[32m", "WARN": "\x1b[33m", "ERROR": "\x1b[31m"}

    def P(h: str, t: datetime, level: str, label: str, lines: list[str]) -> datetime:
        def text(x: datetime) -> list[str]:
            out = [f"[{x:%H:%M:%S}] {col[level]}{level}\x1b[39m (payload): \x1b[36m{lines[0]}"]
            out += lines[1:]
            out[-1] += "\x1b[39m"
            return out

        return fs.add(f"{h}.log", t, label, text, h, SEC)

    hosts = ["payload-1", "payload-2"]
    smtp_down = (at(7, 5, 12), at(7, 41, 30))
    deploy = {"payload-1": at(7, 20, 12), "payload-2": at(7, 22, 41)}
    mongo_down = (at(10, 20, 5), at(10, 23, 28))
    reboot2 = (at(10, 20, 40), at(10, 23, 31))
    secret_bad = (at(9, 5, 0), at(9, 31, 20))
    dns_bad = (at(11, 15, 3), at(11, 21, 40))

    def boot(h: str, t: datetime, mail_err: bool) -> datetime:
        t = P(
            h,
            t,
            "INFO",
            "Connected to MongoDB server successfully!",
            ["Connected to MongoDB server successfully!"],
        )
        t = P(h, t + sec(0.04), "INFO", "Starting Payload...", ["Starting Payload..."])
        if mail_err:
            P(
                h,
                t + sec(0.3),
                "ERROR",
                "There is an error with the email configuration you have provided.",
                ["There is an error with the email configuration you have provided."],
            )
        return P(
            h,
            t + sec(r.uniform(1.1, 1.9)),
            "INFO",
            "Payload Admin URL: %s",
            ["Payload Admin URL: https://cms.example-news.com/admin"],
        )

    for h, td in deploy.items():
        boot(h, td + sec(r.uniform(6, 9)), in_any(td, [smtp_down]))
    # payload-2's container after its host's reboot: MongoDB still down, 30 s server selection
    tb = reboot2[0] + sec(51.3)
    while tb + sec(30) < mongo_down[1]:
        tb = P(
            "payload-2",
            tb + sec(30.0),
            "ERROR",
            "Error: cannot connect to MongoDB. Details: connect ECONNREFUSED %s",
            ["Error: cannot connect to MongoDB. Details: connect ECONNREFUSED 10.0.2.21:27017"],
        )
        tb += sec(r.uniform(1.5, 3.0))
    boot("payload-2", mongo_down[1] + sec(1.2), False)

    def host(t: datetime) -> str | None:
        up = []
        for h in hosts:
            d = deploy[h]
            if d - sec(0.5) <= t < d + sec(11):
                continue
            if h == "payload-2" and reboot2[0] <= t < reboot2[1] + sec(5):
                continue
            up.append(h)
        return r.choice(up) if up else None

    def mongoose_err(h: str, t: datetime, coll: str, op: str) -> None:
        P(
            h,
            t + sec(10.0),
            "ERROR",
            "MongooseError: Operation `%s.%s()` buffering timed out after %dms",
            pl_stack(
                f"MongooseError: Operation `{coll}.{op}()` buffering timed out after 10000ms",
                [
                    f"Timeout.<anonymous> ({PL_NM}/mongoose/lib/drivers/node-mongodb-native/collection.js:186:23)",
                    "listOnTimeout (node:internal/timers:573:17)",
                    "process.processTimers (node:internal/timers:514:7)",
                ],
            ),
        )

    def request(t: datetime, coll: str, op: str) -> str | None:
        h = host(t)
        if h is None:
            return None
        if mongo_down[0] <= t < mongo_down[1]:
            mongoose_err(h, t, coll, op)
            return None
        return h

    # a mobile app's bookmarks asking for deleted posts
    for t in poisson(r, T0, T_END, 26.0):
        h = request(t, "posts", "findOne")
        if h:
            P(
                h,
                t,
                "ERROR",
                "NotFound: The requested resource was not found.",
                pl_stack(
                    "NotFound: The requested resource was not found.",
                    [
                        f"findByID ({PL_NM}/payload/dist/collections/operations/findByID.js:95:23)",
                        f"async findByIDHandler ({PL_NM}/payload/dist/collections/requestHandlers/findByID.js:26:21)",
                    ],
                ),
            )
    # the staging frontend's revoked API key
    for t in poisson(r, at(7, 45, 10), at(11, 10, 0), 30.0):
        h = request(t, "pages", "find")
        if h:
            P(
                h,
                t,
                "ERROR",
                "Forbidden: You are not allowed to perform this action.",
                pl_stack(
                    "Forbidden: You are not allowed to perform this action.",
                    [
                        f"executeAccess ({PL_NM}/payload/dist/auth/executeAccess.js:23:23)",
                        f"async find ({PL_NM}/payload/dist/collections/operations/find.js:54:31)",
                        f"async findHandler ({PL_NM}/payload/dist/collections/requestHandlers/find.js:40:24)",
                    ],
                ),
            )
    # the frontend's own page fetches only show while MongoDB is away
    for t in poisson(r, mongo_down[0], mongo_down[1], 2.6):
        coll, op = weighted(
            r, [(5, ("posts", "find")), (3, ("pages", "find")), (1, ("users", "findOne"))]
        )  # type: ignore[misc]
        request(t, coll, op)

    def revalidate(h: str, t: datetime, path: str) -> None:
        if in_any(t, [secret_bad]):
            P(h, t, "ERROR", "Error revalidating path %s", [f"Error revalidating path {path}"])
        elif in_any(t, [dns_bad]):
            P(
                h,
                t + sec(r.uniform(0.02, 0.2)),
                "ERROR",
                "Error hitting revalidate route for %s",
                [f"Error hitting revalidate route for {path}"],
            )
        else:
            P(h, t, "INFO", "Revalidated path %s", [f"Revalidated path {path}"])

    # editors' saves
    for t in poisson(r, at(6, 25), at(11, 55), 82.0):
        h = request(t, "posts", "findOne")
        if not h:
            continue
        x = r.random()
        if x < 0.04:
            P(
                h,
                t,
                "ERROR",
                "ValidationError: The following field is invalid: %s",
                pl_stack(
                    "ValidationError: The following field is invalid: slug",
                    [
                        f"beforeChange ({PL_NM}/payload/dist/fields/hooks/beforeChange/index.js:52:15)",
                        f"async updateByID ({PL_NM}/payload/dist/collections/operations/updateByID.js:214:22)",
                        f"async updateByIDHandler ({PL_NM}/payload/dist/collections/requestHandlers/updateByID.js:30:21)",
                    ],
                ),
            )
            continue
        if x < 0.055:
            P(
                h,
                t,
                "ERROR",
                "ValidationError: The following fields are invalid: %s",
                pl_stack(
                    f"ValidationError: The following fields are invalid: {r.choice(['slug, publishedAt', 'title, slug', 'meta.description, slug'])}",
                    [
                        f"beforeChange ({PL_NM}/payload/dist/fields/hooks/beforeChange/index.js:52:15)",
                        f"async create ({PL_NM}/payload/dist/collections/operations/create.js:160:22)",
                        f"async createHandler ({PL_NM}/payload/dist/collections/requestHandlers/create.js:32:21)",
                    ],
                ),
            )
            continue
        coll = weighted(r, [(8, "news"), (2, "pages"), (1, "events")])
        path = (
            f"/{coll}/{r.choice(PL_SLUGS)}"
            if coll != "pages"
            else r.choice(["/", "/about", "/contact", "/newsletter", "/advertise"])
        )
        revalidate(h, t + sec(r.uniform(0.2, 0.9)), str(path))
    # HEIC uploads
    for t in sorted(at(6, 30) + sec(r.uniform(0, 19000)) for _ in range(5)):
        h = request(t, "media", "create")
        if h:
            P(
                h,
                t,
                "ERROR",
                "Error: Input buffer contains unsupported image format",
                pl_stack(
                    "Error: Input buffer contains unsupported image format",
                    [
                        f"Sharp.metadata ({PL_NM}/sharp/lib/input.js:487:17)",
                        f"generateFileData ({PL_NM}/payload/dist/uploads/generateFileData.js:152:52)",
                        f"async create ({PL_NM}/payload/dist/collections/operations/create.js:72:43)",
                        f"async createHandler ({PL_NM}/payload/dist/collections/requestHandlers/create.js:32:21)",
                    ],
                ),
            )
    # the feed import on payload-1
    t = at(8, 10, 5)
    for i in range(320):
        t += sec(r.uniform(0.7, 1.4))
        revalidate("payload-1", t, f"/news/wire-{2406070000 + 37 * i + r.randint(0, 30)}")
    # mail while the relay is down
    for t in poisson(r, smtp_down[0], smtp_down[1], 170.0):
        h = host(t)
        if not h:
            continue
        if r.random() < 0.5:
            to, subj = r.choice(PL_USERS), "Reset your password"
        else:
            to, subj = "newsdesk@example-news.com", "New submission: Send us a tip"
        P(
            h,
            t + sec(r.uniform(0.05, 0.3)),
            "ERROR",
            "Failed to send mail to %s, subject: %s",
            [f"Failed to send mail to {to}, subject: {subj}"],
        )
    # credential stuffing
    fails: dict[str, list[datetime]] = {}
    locked: dict[str, datetime] = {}
    for t in poisson(r, at(9, 38, 12), at(10, 4, 30), 5.0):
        email = (
            r.choice(PL_USERS)
            if r.random() < 0.3
            else f"{r.choice(['info', 'sales', 'editor', 'webmaster', 'test', 'office', 'news', 'support'])}@{r.choice(['example-news.com', 'gmail.com', 'outlook.com', 'web.de'])}"
        )
        h = request(t, "users", "findOne")
        if not h:
            continue
        if email in PL_USERS and locked.get(email, T0) > t:
            P(
                h,
                t,
                "ERROR",
                "LockedAuth: This user is locked due to having too many failed login attempts.",
                pl_stack(
                    "LockedAuth: This user is locked due to having too many failed login attempts.",
                    [
                        f"login ({PL_NM}/payload/dist/auth/operations/login.js:76:23)",
                        f"async loginHandler ({PL_NM}/payload/dist/auth/requestHandlers/login.js:25:24)",
                    ],
                ),
            )
            continue
        P(
            h,
            t,
            "ERROR",
            "AuthenticationError: The email or password provided is incorrect.",
            pl_stack(
                "AuthenticationError: The email or password provided is incorrect.",
                [
                    f"login ({PL_NM}/payload/dist/auth/operations/login.js:98:19)",
                    f"async loginHandler ({PL_NM}/payload/dist/auth/requestHandlers/login.js:25:24)",
                ],
            ),
        )
        if email in PL_USERS:
            fails.setdefault(email, []).append(t)
            if len(fails[email]) >= 5:
                locked[email] = t + sec(600)
                fails[email] = []
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- medusa

MD_DIST = "/app/node_modules/@medusajs/medusa/dist"
MD_PRODUCTS = [
    ("prod_01HQ3K8V2M5XKJ4T9B7C6D1E2F", "linen-shirt"),
    ("prod_01HQ3K8V3N6YLK5V0C8D7E2F3G", "merino-crew-sweater"),
    ("prod_01HQ3K8V4P7ZMN6W1D9E8F3G4H", "canvas-tote-bag"),
    ("prod_01HQ3K8V5Q8ANP7X2E0F9G4H5J", "leather-belt"),
    ("prod_01HQ3K8V6R9BPQ8Y3F1G0H5J6K", "organic-cotton-tee"),
    ("prod_01HQ3K8V7S0CQR9Z4G2H1J6K7M", "rain-jacket"),
    ("prod_01HQ3K8V8T1DRS0A5H3J2K7M8N", "wool-beanie"),
    ("prod_01HQ3K8V9V2EST1B6J4K3M8N9P", "chino-shorts"),
]
MD_STORE_IPS = ["10.0.1.21", "10.0.1.22"]


def md_frame(fn: str, file: str, line: int, col: int) -> dict[str, object]:
    """One frame as stack-trace's parse() returns it (JSON-serialised by winston)."""
    typ, meth = fn.split(" [", 1)[0].rsplit(".", 1) if "." in fn else (None, None)
    if meth is not None and " [" in fn:
        meth += " [" + fn.split(" [", 1)[1]
    return {
        "columnNumber": col,
        "fileName": file,
        "functionName": fn,
        "lineNumber": line,
        "methodName": meth,
        "native": False,
        "typeName": typ,
    }


def md_async(file: str, fn: str, line: int, col: int) -> list[dict[str, object]]:
    """A compiled service method's frames under tsc's __awaiter (step, next, fulfilled)."""
    return [
        md_frame(fn, file, line, col),
        md_frame("step", file, 33, 23),
        md_frame("Object.next", file, 14, 53),
        md_frame("fulfilled", file, 5, 58),
        md_frame("process.processTicksAndRejections", "node:internal/process/task_queues", 95, 5),
    ]


def medusa(r: random.Random) -> list[Log]:
    """One Medusa 1.20 backend behind a load balancer (PostgreSQL, Redis for the event bus,
    cache and sessions, Meilisearch), a Next.js storefront, 06:00 to 12:00: Meilisearch down
    08:38-09:06 under a product import, a newsletter at 08:55 with a code that expired at 09:00,
    Redis restarted at 09:20, a sale item sold out at 09:30, PostgreSQL restarted at 10:40."""
    fs = Files()
    F = "medusa.log"

    def W(
        t: datetime,
        level: str,
        label: str,
        message: str,
        stack: list[dict[str, object]] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {
                "level": level,
                "message": message,
                "timestamp": f"{x:%Y-%m-%d %H:%M:%S}",
            }
            if stack is not None:
                d["stack"] = stack
            return [json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False)]

        return fs.add(F, t, label, text, "node", SEC)

    def M(
        t: datetime,
        ip: str,
        method: str,
        url: str,
        status: int,
        size: int | None,
        ref: str,
        ua: str,
        label: str,
    ) -> datetime:
        sz = "-" if size is None else str(size)
        return fs.add(
            F,
            t,
            label,
            lambda x: [
                f'{ip} - - [{x:%d/%b/%Y:%H:%M:%S} +0000] "{method} {url} HTTP/1.1" {status} {sz} "{ref}" "{ua}"'
            ],
            "node",
            SEC,
        )

    redis_down = (at(9, 20, 3), at(9, 20, 48))
    pg_down = (at(10, 40, 5), at(10, 40, 33))
    meili_down = (at(8, 38, 20), at(9, 6, 10))
    soldout = at(9, 30, 0)
    code_expiry = at(9, 0, 0)

    def err(t: datetime, label: str, message: str, frames: list[dict[str, object]]) -> datetime:
        return W(t, "error", label, message, frames)

    def outage_error(t: datetime) -> bool:
        """The session store or the database failing a request: its error and True."""
        if in_any(t, [redis_down]):
            err(
                t + sec(10.4),
                'Reached the max retries per request limit (which is %d). Refer to "maxRetriesPerRequest" option for details.',
                'Reached the max retries per request limit (which is 20). Refer to "maxRetriesPerRequest" option for details.',
                [
                    md_frame(
                        "Socket.<anonymous>",
                        "/app/node_modules/ioredis/built/redis/event_handler.js",
                        182,
                        37,
                    ),
                    md_frame("Object.onceWrapper", "node:events", 632, 26),
                    md_frame("Socket.emit", "node:events", 517, 28),
                    md_frame("TCP.<anonymous>", "node:net", 350, 12),
                ],
            )
            return True
        if in_any(t, [pg_down]):
            if t < pg_down[0] + sec(1.5):
                err(
                    t,
                    "Connection terminated unexpectedly",
                    "Connection terminated unexpectedly",
                    [
                        md_frame(
                            "Connection.<anonymous>", "/app/node_modules/pg/lib/client.js", 132, 73
                        ),
                        md_frame("Object.onceWrapper", "node:events", 632, 28),
                        md_frame("Connection.emit", "node:events", 518, 28),
                        md_frame(
                            "Socket.<anonymous>", "/app/node_modules/pg/lib/connection.js", 63, 12
                        ),
                    ],
                )
            else:
                err(
                    t,
                    "connect ECONNREFUSED %s",
                    "connect ECONNREFUSED 10.0.3.5:5432",
                    [md_frame("TCPConnectWrap.afterConnect [as oncomplete]", "node:net", 1555, 16)],
                )
            return True
        return False

    def req(
        t: datetime,
        ip: str,
        method: str,
        url: str,
        route: str,
        status: int,
        size: int | None,
        ref: str,
        ua: str,
    ) -> datetime:
        if outage_error(t):
            wait = 10.5 if in_any(t, [redis_down]) else 0.05
            return M(t + sec(wait), ip, method, url, 500, 79, ref, ua, f"{method} {route} 500")
        return M(t, ip, method, url, status, size, ref, ua, f"{method} {route} {status}")

    # the load balancer's health check
    t = T0 + sec(17.2)
    while t < T_END:
        if in_any(t, [redis_down]):
            outage_error(t)
            M(
                t + sec(10.5),
                "10.0.0.5",
                "GET",
                "/health",
                500,
                79,
                "-",
                "ELB-HealthChecker/2.0",
                "GET /health 500",
            )
        else:
            M(
                t,
                "10.0.0.5",
                "GET",
                "/health",
                200,
                2,
                "-",
                "ELB-HealthChecker/2.0",
                "GET /health 200",
            )
        t += sec(60)

    events: list[tuple[datetime, str]] = []
    subs = {
        "cart.created": 1,
        "cart.updated": 1,
        "order.placed": 4,
        "customer.created": 2,
        "product.updated": 2,
    }

    def emit(t: datetime, name: str) -> None:
        events.append((t, name))

    carts: list[str] = []
    product_idx = {p: i for i, (p, _) in enumerate(MD_PRODUCTS)}

    def session(t: datetime) -> None:
        ip = f"{r.choice([31, 46, 78, 84, 91, 185, 212])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        ua = r.choice(UA_DESKTOP + UA_MOBILE)
        sip = r.choice(MD_STORE_IPS)
        page = 0
        for _ in range(r.choice([1, 1, 2, 3])):
            t = req(
                t,
                sip,
                "GET",
                f"/store/products?limit=12&offset={12 * page}",
                "/store/products?limit=%s&offset=%s",
                200,
                r.randint(38000, 61000),
                "-",
                "axios/0.24.0",
            )
            page += r.choice([0, 1])
            t += sec(r.uniform(3, 40))
        pid, handle = r.choice(MD_PRODUCTS)
        t = req(
            t,
            sip,
            "GET",
            f"/store/products/{pid}",
            "/store/products/%s",
            200,
            r.randint(9000, 14000),
            "-",
            "axios/0.24.0",
        )
        ref = f"https://shop.example.com/products/{handle}"
        if r.random() < 0.25 and carts:
            # a cart cookie from an earlier visit
            cid = r.choice(carts) if r.random() < 0.6 else "cart_" + ulid(r)
            t += sec(r.uniform(0.5, 3))
            if cid in carts:
                req(
                    t,
                    ip,
                    "GET",
                    f"/store/carts/{cid}",
                    "/store/carts/%s",
                    200,
                    r.randint(2500, 9000),
                    ref,
                    ua,
                )
            elif not outage_error(t):
                err(
                    t,
                    "Cart with %s was not found",
                    f"Cart with {cid} was not found",
                    md_async(f"{MD_DIST}/services/cart.js", "CartService.<anonymous>", 262, 35),
                )
                M(t, ip, "GET", f"/store/carts/{cid}", 404, 71, ref, ua, "GET /store/carts/%s 404")
            else:
                M(
                    t + sec(10.5 if in_any(t, [redis_down]) else 0.05),
                    ip,
                    "GET",
                    f"/store/carts/{cid}",
                    500,
                    79,
                    ref,
                    ua,
                    "GET /store/carts/%s 500",
                )
        if r.random() > 0.45:
            return
        t += sec(r.uniform(5, 60))
        cid = "cart_" + ulid(r)
        t = req(t, ip, "POST", "/store/carts", "/store/carts", 200, r.randint(1800, 2400), ref, ua)
        emit(t, "cart.created")
        carts.append(cid)
        for _ in range(r.choice([1, 1, 2])):
            t += sec(r.uniform(2, 30))
            pid, handle = r.choice(MD_PRODUCTS)
            if product_idx[pid] == 6 and t >= soldout and not in_any(t, [redis_down, pg_down]):
                var = f"variant_01HQ3KA{hexid(r, 4).upper()}W2M{product_idx[pid]}XKJ4T9B7C6D"
                err(
                    t,
                    "Variant with id: %s does not have the required inventory",
                    f"Variant with id: {var} does not have the required inventory",
                    md_async(
                        f"{MD_DIST}/services/product-variant-inventory.js",
                        "ProductVariantInventoryService.<anonymous>",
                        198,
                        39,
                    ),
                )
                M(
                    t,
                    ip,
                    "POST",
                    f"/store/carts/{cid}/line-items",
                    400,
                    122,
                    ref,
                    ua,
                    "POST /store/carts/%s/line-items 400",
                )
                continue
            t = req(
                t,
                ip,
                "POST",
                f"/store/carts/{cid}/line-items",
                "/store/carts/%s/line-items",
                200,
                r.randint(4000, 12000),
                ref,
                ua,
            )
            emit(t, "cart.updated")
        if r.random() < 0.45:
            return
        t += sec(r.uniform(20, 120))
        nl = code_expiry - sec(300) <= t < at(10, 30)
        if nl or r.random() < 0.08:
            if t >= code_expiry and not in_any(t, [redis_down, pg_down]):
                err(
                    t,
                    "Discount is expired",
                    "Discount is expired",
                    md_async(
                        f"{MD_DIST}/services/discount.js", "DiscountService.<anonymous>", 641, 31
                    ),
                )
                M(
                    t,
                    ip,
                    "POST",
                    f"/store/carts/{cid}",
                    400,
                    66,
                    "https://shop.example.com/checkout",
                    ua,
                    "POST /store/carts/%s 400",
                )
                t += sec(r.uniform(5, 30))
            else:
                t = req(
                    t,
                    ip,
                    "POST",
                    f"/store/carts/{cid}",
                    "/store/carts/%s",
                    200,
                    r.randint(5000, 13000),
                    "https://shop.example.com/checkout",
                    ua,
                )
                emit(t, "cart.updated")
        if r.random() < 0.3:
            t += sec(r.uniform(3, 20))
            if r.random() < 0.25 and not in_any(t, [redis_down, pg_down]):
                err(
                    t,
                    "A customer with the given email already has an account. Log in instead",
                    "A customer with the given email already has an account. Log in instead",
                    md_async(
                        f"{MD_DIST}/services/customer.js", "CustomerService.<anonymous>", 356, 39
                    ),
                )
                M(
                    t,
                    ip,
                    "POST",
                    "/store/customers",
                    422,
                    118,
                    "https://shop.example.com/account/register",
                    ua,
                    "POST /store/customers 422",
                )
            else:
                t = req(
                    t,
                    ip,
                    "POST",
                    "/store/customers",
                    "/store/customers",
                    200,
                    r.randint(600, 900),
                    "https://shop.example.com/account/register",
                    ua,
                )
                emit(t, "customer.created")
        for _ in range(r.choice([1, 2])):
            t += sec(r.uniform(5, 40))
            t = req(
                t,
                ip,
                "POST",
                f"/store/carts/{cid}",
                "/store/carts/%s",
                200,
                r.randint(5000, 13000),
                "https://shop.example.com/checkout",
                ua,
            )
            emit(t, "cart.updated")
        if r.random() < 0.55:
            t += sec(r.uniform(10, 90))
            t = req(
                t,
                ip,
                "POST",
                f"/store/carts/{cid}/complete",
                "/store/carts/%s/complete",
                200,
                r.randint(9000, 16000),
                "https://shop.example.com/checkout",
                ua,
            )
            emit(t, "order.placed")

    for t in poisson(r, T0, T_END, 150.0):
        session(t)
    for t in poisson(r, at(8, 55), at(10, 0), 75.0):
        session(t)
    # crawlers on old product URLs (the storefront's server asks)
    for t in poisson(r, T0, T_END, 210.0):
        pid = "prod_01HM" + ulid(r)[4:]
        ua = "axios/0.24.0"
        sip = r.choice(MD_STORE_IPS)
        if outage_error(t):
            M(
                t + sec(10.5 if in_any(t, [redis_down]) else 0.05),
                sip,
                "GET",
                f"/store/products/{pid}",
                500,
                79,
                "-",
                ua,
                "GET /store/products/%s 500",
            )
            continue
        err(
            t,
            "Product with id: %s was not found",
            f"Product with id: {pid} was not found",
            md_async(f"{MD_DIST}/services/product.js", "ProductService.<anonymous>", 437, 35),
        )
        M(t, sip, "GET", f"/store/products/{pid}", 404, 89, "-", ua, "GET /store/products/%s 404")
    # the admin's product import while Meilisearch is away, and edits through the day
    t = at(8, 47, 12)
    for _ in range(180):
        t += sec(r.uniform(0.3, 1.1))
        emit(t, "product.updated")
    for t in poisson(r, at(7, 0), at(11, 30), 420.0):
        emit(t, "product.updated")
    # the event bus: staged jobs enqueued every 3 s, processed at once
    for t, name in sorted(events):
        tp = t + sec(r.uniform(0.2, 3.4))
        if in_any(tp, [redis_down]):
            tp = redis_down[1] + sec(r.uniform(0.5, 4))
        tp = W(
            tp,
            "info",
            "Processing %s which has %d subscribers",
            f"Processing {name} which has {subs[name]} subscribers",
        )
        if name == "product.updated" and in_any(tp, [meili_down]):
            W(
                tp + sec(r.uniform(0.005, 0.05)),
                "warn",
                "An error occurred while processing %s: MeiliSearchCommunicationError: request to %s failed, reason: connect ECONNREFUSED %s",
                f"An error occurred while processing {name}: MeiliSearchCommunicationError: request to http://meilisearch:7700/indexes/products/documents?primaryKey=id failed, reason: connect ECONNREFUSED 10.0.3.7:7700",
            )
    # repeatable jobs
    for every, name in [(300, "sync-erp-stock"), (1800, "abandoned-cart-reminders")]:
        t = T0 + sec(every)
        while t < T_END:
            tj = t + sec(r.uniform(0.01, 0.3))
            if in_any(tj, [redis_down]):
                tj = redis_down[1] + sec(r.uniform(1, 3))
            W(tj, "info", "Processing scheduled job: %s", f"Processing scheduled job: {name}")
            t += sec(every)
    # ioredis's reconnect attempts while Redis restarts
    for client in range(3):
        t = redis_down[0] + sec(r.uniform(0.001, 0.02))
        n = 0
        while t < redis_down[1]:
            n += 1
            fs.add(
                F,
                t,
                "[ioredis] Unhandled error event: Error: connect ECONNREFUSED %s:%d",
                lambda x: [
                    "[ioredis] Unhandled error event: Error: connect ECONNREFUSED 10.0.3.6:6379",
                    "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
                ],
                ("ioredis", client),
                MS,
            )
            t += sec(min(n * 0.05, 2.0) + r.uniform(0.0005, 0.002))
    return fs.logs(T0)


# --------------------------------------------------------------------------------- appsmith

AS_HOST = "apps.example.com"
# (slug, page name, applicationId, defaultPageId, on-load queries, weight)
AS_APPS = [
    ("warehouse-ops", "Dashboard", "65e1a0c2f3b4d5e6a7b8c9d0", "65e1a0c2f3b4d5e6a7b8c9d3", 2, 0),
    ("customer-support", "Tickets", "65e1a4d7c2b1e0f9a8b7c6d5", "65e1a4d7c2b1e0f9a8b7c6d8", 4, 5),
    ("returns-desk", "Returns", "65f03b9e1d2c4a5b6e7f8091", "65f03b9e1d2c4a5b6e7f8094", 3, 3),
    ("sales-pipeline", "Deals", "6603c1e2d4f5a6b7c8d9e0f1", "6603c1e2d4f5a6b7c8d9e0f4", 5, 2),
    ("stock-adjustments", "Adjust", "661a2b3c4d5e6f708192a3b4", "661a2b3c4d5e6f708192a3b7", 2, 2),
]
AS_USERS = [
    "anna.koch@example.com",
    "b.nguyen@example.com",
    "carla.ruiz@example.com",
    "d.schmidt@example.com",
    "e.osei@example.com",
    "f.lindqvist@example.com",
    "g.moreau@example.com",
    "h.tanaka@example.com",
    "warehouse-tv@example.com",
]
AS_MONGO_DESC = "ServerDescription{address=localhost:27017, type=REPLICA_SET_PRIMARY, state=CONNECTED, ok=true, minWireVersion=0, maxWireVersion=17, maxDocumentSize=16777216, logicalSessionTimeoutMinutes=30, roundTripTimeNanos=%d, setName='mr1', canonicalAddress=localhost:27017, hosts=[localhost:27017], passives=[], arbiters=[], primary='localhost:27017', tagSet=TagSet{[]}, electionId=7fffffff000000000000000%d, setVersion=1, topologyVersion=TopologyVersion{processId=%s, counter=6}, lastWriteDate=%s, lastUpdateTimeNanos=%d}"
AS_TIMEOUT = "Timed out after 30000 ms while waiting to connect. Client view of cluster state is {type=REPLICA_SET, servers=[{address=localhost:27017, type=UNKNOWN, state=CONNECTING, exception={com.mongodb.MongoSocketOpenException: Exception opening socket}, caused by {java.net.ConnectException: Connection refused}}]"


def appsmith(r: random.Random) -> list[Log]:
    """One Appsmith CE container (embedded MongoDB and Redis, Caddy with the company's domain)
    serving five internal apps to about twenty people, 06:00 to 12:00: the embedded MongoDB
    OOM-killed at 08:21 and back after recovery at 08:22:26, the admin's SSO change restarting
    backend and RTS at 09:12, the warehouse database down 10:02-10:24, the embedded Redis
    restarted at 10:51, old links to a deleted page."""
    fs = Files()
    F = "appsmith.log"
    pids = {"backend": 391, "rts": 393}

    def SV(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d} {level} {msg}"],
            "supervisord",
            MS,
        )

    def B(t: datetime, label: str, lines: list[str], mdc: str = "") -> datetime:
        def text(x: datetime) -> list[str]:
            head = f"[{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d}] {mdc} - "
            return [f"backend stdout | {line}" for line in [head + lines[0], *lines[1:]]]

        return fs.add(F, t, label, text, "backend", MS)

    def caddy(
        t: datetime, label: str, rec: dict[str, object], level: str, logger: str, msg: str
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {
                "level": level,
                "ts": round(x.timestamp(), 6),
                "logger": logger,
                "msg": msg,
            }
            d.update(rec)
            return ["editor stdout | " + json.dumps(d, separators=(",", ":"), ensure_ascii=False)]

        return fs.add(F, t, label, text, "caddy", US)

    def reqrec(
        ip: str, port: int, method: str, uri: str, ua: str, referer: str, execute: bool
    ) -> dict[str, object]:
        headers: dict[str, list[str]] = {
            "Accept": ["application/json, text/plain, */*"],
            "Accept-Encoding": ["gzip, deflate, br, zstd"],
            "Accept-Language": [
                r.choice(["en-GB,en;q=0.9", "en-US,en;q=0.9", "de-DE,de;q=0.9,en;q=0.8"])
            ],
            "Cookie": ["REDACTED"],
            "Referer": [referer],
            "User-Agent": [ua],
            "X-Requested-By": ["Appsmith"],
        }
        if execute:
            headers["Content-Type"] = [
                f"multipart/form-data; boundary=----WebKitFormBoundary{hexid(r, 16)}"
            ]
            headers["Origin"] = [f"https://{AS_HOST}"]
        return {
            "remote_ip": ip,
            "remote_port": str(port),
            "client_ip": ip,
            "proto": "HTTP/2.0",
            "method": method,
            "host": AS_HOST,
            "uri": uri,
            "headers": headers,
            "tls": {
                "resumed": False,
                "version": 772,
                "cipher_suite": 4865,
                "proto": "h2",
                "server_name": AS_HOST,
            },
        }

    def access(
        t: datetime,
        req: dict[str, object],
        route: str,
        status: int,
        size: int,
        dur: float,
        bytes_read: int,
    ) -> datetime:
        resp: dict[str, list[str]] = {"Server": ["Caddy"]}
        if status != 502:
            resp.update(
                {
                    "Cache-Control": ["no-cache, no-store, max-age=0, must-revalidate"],
                    "Content-Encoding": ["gzip"],
                    "Content-Type": ["application/json"],
                    "Expires": ["0"],
                    "Pragma": ["no-cache"],
                    "Vary": ["Accept-Encoding"],
                    "X-Content-Type-Options": ["nosniff"],
                    "X-Frame-Options": ["SAMEORIGIN"],
                    "X-Xss-Protection": ["0"],
                }
            )
        rec = {
            "request": req,
            "bytes_read": bytes_read,
            "user_id": "",
            "duration": round(dur, 9),
            "size": size,
            "status": status,
            "resp_headers": resp,
        }
        return caddy(
            t,
            f"{req['method']} {route} {status}",
            rec,
            "info" if status < 400 else "error",
            "http.log.access.log0",
            "handled request",
        )

    mongo_down = (
        at(
            8,
            21,
            14,
        )
        + sec(0.318),
        at(8, 22, 26) + sec(0.702),
    )
    restart = at(9, 12, 3) + sec(0.412)
    backend_up = restart + sec(47.9)
    wh_down = (at(10, 2, 10), at(10, 24, 40))
    redis_restart = at(10, 51, 20) + sec(0.183)
    hikari = [11]
    conn = {"local": 212, "server": 1318}

    def opened(t: datetime, n: int) -> datetime:
        for _ in range(n):
            conn["local"] += 1
            conn["server"] += r.randint(1, 4)
            t = B(
                t + sec(r.uniform(0.002, 0.05)),
                "Opened connection [connectionId{localValue:%d, serverValue:%d}] to %s",
                [
                    f"Opened connection [connectionId{{localValue:{conn['local']}, serverValue:{conn['server']}}}] to localhost:27017"
                ],
            )
        return t

    def monitor_ok(t: datetime) -> datetime:
        desc = AS_MONGO_DESC % (
            r.randint(900000, 2900000),
            r.randint(1, 3),
            f"66628{hexid(r, 19)}",
            f"{t:%a %b %d %H:%M:%S} UTC 2024",
            r.randint(10**12, 10**13),
        )
        return B(
            t,
            "Monitor thread successfully connected to server with description %s",
            [f"Monitor thread successfully connected to server with description {desc}"],
        )

    # the embedded MongoDB OOM-killed
    SV(
        mongo_down[0],
        "INFO",
        "exited: %s (%s; not expected)",
        "exited: mongodb (terminated by SIGKILL; not expected)",
    )
    SV(
        mongo_down[0] + sec(1.004),
        "INFO",
        "spawned: '%s' with pid %d",
        "spawned: 'mongodb' with pid 3307",
    )
    SV(
        mongo_down[0] + sec(2.006),
        "INFO",
        "success: %s entered RUNNING state, process has stayed up for > than %d seconds (startsecs)",
        "success: mongodb entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)",
    )
    B(
        mongo_down[0] + sec(0.41),
        "Exception in monitor thread while connecting to server %s",
        [
            "Exception in monitor thread while connecting to server localhost:27017",
            "com.mongodb.MongoSocketOpenException: Exception opening socket",
            "\tat com.mongodb.internal.connection.AsynchronousSocketChannelStream$OpenCompletionHandler.failed(AsynchronousSocketChannelStream.java:138)",
            "\tat java.base/sun.nio.ch.Invoker.invokeUnchecked(Invoker.java:131)",
            "\tat java.base/sun.nio.ch.UnixAsynchronousSocketChannelImpl.implConnect(UnixAsynchronousSocketChannelImpl.java:325)",
            "\tat com.mongodb.internal.connection.AsynchronousSocketChannelStream.openAsync(AsynchronousSocketChannelStream.java:101)",
            "\tat com.mongodb.internal.connection.InternalStreamConnection.open(InternalStreamConnection.java:196)",
            "\tat com.mongodb.internal.connection.DefaultServerMonitor$ServerMonitorRunnable.lookupServerDescription(DefaultServerMonitor.java:193)",
            "\tat com.mongodb.internal.connection.DefaultServerMonitor$ServerMonitorRunnable.run(DefaultServerMonitor.java:152)",
            "\tat java.base/java.lang.Thread.run(Thread.java:840)",
            "Caused by: java.net.ConnectException: Connection refused",
            "\tat java.base/sun.nio.ch.UnixAsynchronousSocketChannelImpl.checkConnect(Native Method)",
            "\tat java.base/sun.nio.ch.UnixAsynchronousSocketChannelImpl.finishConnect(UnixAsynchronousSocketChannelImpl.java:256)",
            "\t... 8 common frames omitted",
        ],
    )
    opened(monitor_ok(mongo_down[1] + sec(0.37)), 9)

    # the SSO change: backend and RTS restarted
    SV(restart, "INFO", "stopped: %s (%s)", "stopped: backend (exit status 143)")
    SV(restart + sec(0.215), "INFO", "stopped: %s (%s)", "stopped: rts (terminated by SIGTERM)")
    pids.update({"backend": 4711, "rts": 4718})
    SV(
        restart + sec(0.731),
        "INFO",
        "spawned: '%s' with pid %d",
        "spawned: 'backend' with pid 4711",
    )
    SV(restart + sec(0.739), "INFO", "spawned: '%s' with pid %d", "spawned: 'rts' with pid 4718")
    SV(
        restart + sec(1.742),
        "INFO",
        "success: %s entered RUNNING state, process has stayed up for > than %d seconds (startsecs)",
        "success: backend entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)",
    )
    SV(
        restart + sec(1.744),
        "INFO",
        "success: %s entered RUNNING state, process has stayed up for > than %d seconds (startsecs)",
        "success: rts entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)",
    )
    fs.add(
        F,
        restart + sec(3.106),
        "RTS version %s running at http://localhost:%d",
        lambda x: ["rts stdout | RTS version v1.26 running at http://localhost:8091"],
        "rts",
        MS,
    )
    t = B(
        restart + sec(4.882),
        "Starting %s v%s using Java %s with PID %d (%s started by %s in %s)",
        [
            "Starting ServerApplication v1.0-SNAPSHOT using Java 17.0.10 with PID 4711 (/opt/appsmith/backend/server.jar started by root in /opt/appsmith/backend)"
        ],
    )
    t = B(
        t + sec(6.21),
        "Finished Spring Data repository scanning in %d ms. Found %d %s repository interfaces.",
        [
            "Finished Spring Data repository scanning in 1183 ms. Found 74 Reactive MongoDB repository interfaces."
        ],
    )
    t = B(
        t + sec(0.09),
        "Finished Spring Data repository scanning in %d ms. Found %d %s repository interfaces.",
        ["Finished Spring Data repository scanning in 11 ms. Found 0 Redis repository interfaces."],
    )
    t = B(
        t + sec(9.8),
        "MongoClient with metadata %s created with settings %s",
        [
            'MongoClient with metadata {"driver": {"name": "mongo-java-driver|reactive-streams|spring-boot", "version": "4.11.1"}, "os": {"type": "Linux", "name": "Linux", "architecture": "amd64", "version": "5.15.0-107-generic"}, "platform": "Java/Eclipse Adoptium/17.0.10+7"} created with settings MongoClientSettings{readPreference=primary, writeConcern=WriteConcern{w=null, wTimeout=null ms, journal=null}, retryWrites=true, retryReads=true, readConcern=ReadConcern{level=null}, credential=null, streamFactoryFactory=null, commandListeners=[], codecRegistry=ProvidersCodecRegistry{codecProviders=[ValueCodecProvider{}, BsonValueCodecProvider{}, DBRefCodecProvider{}, DBObjectCodecProvider{}, DocumentCodecProvider{}, CollectionCodecProvider{}, IterableCodecProvider{}, MapCodecProvider{}, GeoJsonCodecProvider{}, GridFSFileCodecProvider{}, Jsr310CodecProvider{}, JsonObjectCodecProvider{}, BsonCodecProvider{}, EnumCodecProvider{}, com.mongodb.client.model.mql.ExpressionCodecProvider@4c1f22f3, com.mongodb.Jep395RecordCodecProvider@5a5e1b0e, com.mongodb.KotlinCodecProvider@39e4ff0c]}, loggerSettings=LoggerSettings{maxDocumentLength=1000}, clusterSettings={hosts=[localhost:27017], srvServiceName=mongodb, mode=MULTIPLE, requiredClusterType=REPLICA_SET, requiredReplicaSetName=\'mr1\', serverSelector=\'null\', clusterListeners=\'[]\', serverSelectionTimeout=\'30000 ms\', localThreshold=\'30000 ms\'}, socketSettings=SocketSettings{connectTimeoutMS=10000, readTimeoutMS=0, receiveBufferSize=0, sendBufferSize=0}, heartbeatSocketSettings=SocketSettings{connectTimeoutMS=10000, readTimeoutMS=10000, receiveBufferSize=0, sendBufferSize=0}, connectionPoolSettings=ConnectionPoolSettings{maxSize=100, minSize=0, maxWaitTimeMS=120000, maxConnectionLifeTimeMS=0, maxConnectionIdleTimeMS=0, maintenanceInitialDelayMS=0, maintenanceFrequencyMS=60000, connectionPoolListeners=[], maxConnecting=2}, serverSettings=ServerSettings{heartbeatFrequencyMS=10000, minHeartbeatFrequencyMS=500, serverListeners=\'[]\', serverMonitorListeners=\'[]\'}, sslSettings=SslSettings{enabled=false, invalidHostNameAllowed=false, context=null}, applicationName=\'null\', compressorList=[], uuidRepresentation=JAVA_LEGACY, serverApi=null, autoEncryptionSettings=null, dnsClient=null, inetAddressResolver=null, contextProvider=null}'
        ],
    )
    t = opened(monitor_ok(t + sec(0.12)), 3)
    t = B(t + sec(14.6), "Netty started on port %d", ["Netty started on port 8080"])
    B(
        t + sec(0.31),
        "Started %s in %s seconds (process running for %s)",
        ["Started ServerApplication in 41.873 seconds (process running for 44.102)"],
    )

    # the embedded Redis restarted: Lettuce's two connections
    SV(redis_restart, "INFO", "stopped: %s (%s)", "stopped: redis (exit status 0)")
    SV(
        redis_restart + sec(0.52),
        "INFO",
        "spawned: '%s' with pid %d",
        "spawned: 'redis' with pid 5120",
    )
    SV(
        redis_restart + sec(1.524),
        "INFO",
        "success: %s entered RUNNING state, process has stayed up for > than %d seconds (startsecs)",
        "success: redis entered RUNNING state, process has stayed up for > than 1 seconds (startsecs)",
    )
    for k in range(2):
        tl = redis_restart + sec(0.004 + 0.002 * k)
        B(
            tl,
            "Reconnecting, last destination was %s",
            ["Reconnecting, last destination was localhost/127.0.0.1:6379"],
        )
        B(
            tl + sec(0.108),
            "Cannot reconnect to [%s]: %s",
            [
                "Cannot reconnect to [localhost/<unresolved>:6379]: Connection refused: localhost/127.0.0.1:6379"
            ],
        )
        B(
            tl + sec(0.31),
            "Reconnecting, last destination was %s",
            ["Reconnecting, last destination was localhost/127.0.0.1:6379"],
        )
        B(
            tl + sec(0.42),
            "Cannot reconnect to [%s]: %s",
            [
                "Cannot reconnect to [localhost/<unresolved>:6379]: Connection refused: localhost/127.0.0.1:6379"
            ],
        )
        B(
            tl + sec(1.12),
            "Reconnecting, last destination was %s",
            ["Reconnecting, last destination was localhost/127.0.0.1:6379"],
        )
        B(tl + sec(1.14), "Reconnected to %s", ["Reconnected to localhost/<unresolved>:6379"])

    ips = {u: f"10.20.{r.randint(1, 6)}.{r.randint(10, 240)}" for u in AS_USERS}
    uas = {u: r.choice(UA_DESKTOP) for u in AS_USERS}

    def mdc(user: str) -> str:
        return f"userEmail={user}, requestId={uuid4(r)}"

    def api(
        t: datetime,
        user: str,
        method: str,
        uri: str,
        route: str,
        size: int,
        dur: float,
        referer: str,
        execute: bool = False,
        body: int = 0,
    ) -> datetime | None:
        """One proxied API request; the backend's failures logged as they happen. Returns the
        time the request finished (None when it failed)."""
        req = reqrec(ips[user], r.randint(49152, 65000), method, uri, uas[user], referer, execute)
        if restart - sec(0.2) <= t < backend_up:
            rec = {
                "request": req,
                "duration": round(r.uniform(0.0003, 0.0012), 9),
                "status": 502,
                "err_id": "".join(
                    r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9)
                ),
                "err_trace": "reverseproxy.statusError (reverseproxy.go:1267)",
            }
            caddy(
                t,
                "dial tcp %s: connect: connection refused",
                rec,
                "error",
                "http.log.error.log0",
                "dial tcp 127.0.0.1:8080: connect: connection refused",
            )
            access(t + sec(0.0002), req, route, 502, 0, rec["duration"] + 0.0002, body)  # type: ignore[operator]
            return None
        if mongo_down[0] <= t < mongo_down[1]:
            if t + sec(30) < mongo_down[1]:
                te = t + sec(30.0 + r.uniform(0.002, 0.02))
                B(
                    te,
                    "org.springframework.dao.DataAccessResourceFailureException: Timed out after %d ms while waiting to connect. Client view of cluster state is %s",
                    [
                        "",
                        f"org.springframework.dao.DataAccessResourceFailureException: {AS_TIMEOUT}",
                        "\tat org.springframework.data.mongodb.core.MongoExceptionTranslator.translateExceptionIfPossible(MongoExceptionTranslator.java:101)",
                        "\tat org.springframework.data.mongodb.core.ReactiveMongoTemplate.potentiallyConvertRuntimeException(ReactiveMongoTemplate.java:2586)",
                        "\tat org.springframework.data.mongodb.core.ReactiveMongoTemplate.lambda$translateException$93(ReactiveMongoTemplate.java:2569)",
                        "\tSuppressed: reactor.core.publisher.FluxOnAssembly$OnAssemblyException: ",
                        "Error has been observed at the following site(s):",
                        "\t*__checkpoint ⇢ com.appsmith.server.filters.MDCFilter [DefaultWebFilterChain]",
                        "\t*__checkpoint ⇢ org.springframework.security.web.server.authorization.AuthorizationWebFilter [DefaultWebFilterChain]",
                        f'\t*__checkpoint ⇢ HTTP {method} "{uri.split("?")[0]}" [ExceptionHandlingWebHandler]',
                        "Original Stack Trace:",
                        "\t\tat org.springframework.data.mongodb.core.MongoExceptionTranslator.translateExceptionIfPossible(MongoExceptionTranslator.java:101)",
                        "\t\tat reactor.core.publisher.FluxOnErrorResume$ResumeSubscriber.onError(FluxOnErrorResume.java:94)",
                        f"Caused by: com.mongodb.MongoTimeoutException: {AS_TIMEOUT}",
                        "\tat com.mongodb.internal.connection.BaseCluster.createTimeoutException(BaseCluster.java:380)",
                        "\tat com.mongodb.internal.connection.BaseCluster.handleServerSelectionRequest(BaseCluster.java:294)",
                        "\t... 23 common frames omitted",
                    ],
                    mdc(user),
                )
                access(te + sec(0.004), req, route, 500, 187, 30.0 + r.uniform(0.01, 0.05), body)
                return None
            dur = (mongo_down[1] - t).total_seconds() + r.uniform(0.4, 1.5)
            return access(t + sec(dur), req, route, 200, size, dur, body)
        return access(t + sec(dur), req, route, 200, size, dur, body)

    def execute(t: datetime, user: str, app: tuple, warehouse: bool) -> datetime | None:
        slug, page, _aid, pid, _n, _w = app
        ref = f"https://{AS_HOST}/app/{slug}/{page.lower()}-{pid}"
        if warehouse and in_any(t, [wh_down]) and not (restart - sec(0.2) <= t < backend_up):
            hikari[0] += 1
            n = hikari[0]
            th = B(t + sec(0.004), "%s - Starting...", [f"HikariPool-{n} - Starting..."])
            B(
                th + sec(0.0101 + r.uniform(0, 0.003)),
                "%s - Exception during pool initialization.",
                [
                    f"HikariPool-{n} - Exception during pool initialization.",
                    "org.postgresql.util.PSQLException: Connection to 10.0.9.40:5432 refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.",
                    "\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:342)",
                    "\tat org.postgresql.core.ConnectionFactory.openConnection(ConnectionFactory.java:54)",
                    "\tat org.postgresql.jdbc.PgConnection.<init>(PgConnection.java:263)",
                    "\tat org.postgresql.Driver.makeConnection(Driver.java:443)",
                    "\tat org.postgresql.Driver.connect(Driver.java:297)",
                    "\tat com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:138)",
                    "\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:359)",
                    "\tat com.zaxxer.hikari.pool.PoolBase.newPoolEntry(PoolBase.java:201)",
                    "\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:470)",
                    "\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:561)",
                    "\tat com.zaxxer.hikari.pool.HikariPool.<init>(HikariPool.java:100)",
                    "\tat com.zaxxer.hikari.HikariDataSource.<init>(HikariDataSource.java:81)",
                    "\tat com.external.plugins.PostgresPlugin$PostgresPluginExecutor.createConnectionPool(PostgresPlugin.java:1207)",
                    "\tat com.external.plugins.PostgresPlugin$PostgresPluginExecutor.lambda$datasourceCreate$12(PostgresPlugin.java:783)",
                    "Caused by: java.net.ConnectException: Connection refused",
                    "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
                    "\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
                    "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)",
                    "\t... 20 common frames omitted",
                ],
            )
            return api(
                t,
                user,
                "POST",
                "/api/v1/actions/execute",
                "/api/v1/actions/execute",
                r.randint(610, 700),
                r.uniform(0.03, 0.06),
                ref,
                True,
                r.randint(900, 1400),
            )
        return api(
            t,
            user,
            "POST",
            "/api/v1/actions/execute",
            "/api/v1/actions/execute",
            r.randint(900, 48000),
            r.uniform(0.04, 0.9),
            ref,
            True,
            r.randint(700, 2600),
        )

    # the warehouse TV: two queries every 90 s
    tv = AS_APPS[0]
    t = T0 + sec(41.7)
    while t < T_END:
        for q in range(2):
            execute(t + sec(q * 0.012 + r.uniform(0, 0.004)), "warehouse-tv@example.com", tv, True)
        t += sec(90)
    # people opening apps
    spans = [(T0, at(7, 30), 120.0), (at(7, 30), at(12, 0), 48.0)]
    for a, b, mean in spans:
        for t in poisson(r, a, b, mean):
            user = r.choice(AS_USERS[:-1])
            if r.random() < 0.04:
                # an old link to a page deleted last week
                pid = "6601f2e3d4c5b6a7980f1e2d"
                uri = f"/api/v1/consolidated-api/view?defaultPageId={pid}"
                req = reqrec(
                    ips[user],
                    r.randint(49152, 65000),
                    "GET",
                    uri,
                    uas[user],
                    f"https://{AS_HOST}/app/inventory-audit/audit-{pid}",
                    False,
                )
                if restart - sec(0.2) <= t < backend_up or mongo_down[0] <= t < mongo_down[1]:
                    continue
                B(
                    t + sec(0.021),
                    "com.appsmith.server.exceptions.AppsmithException: Unable to find %s %s. Either the asset doesn't exist or you don't have required permissions",
                    [
                        "",
                        f"com.appsmith.server.exceptions.AppsmithException: Unable to find page {pid}. Either the asset doesn't exist or you don't have required permissions",
                        "\tat com.appsmith.server.newpages.base.NewPageServiceCEImpl.lambda$findByBranchNameAndBasePageIdAndApplicationMode$23(NewPageServiceCEImpl.java:512)",
                        "\tSuppressed: reactor.core.publisher.FluxOnAssembly$OnAssemblyException: ",
                        "Error has been observed at the following site(s):",
                        "\t*__checkpoint ⇢ com.appsmith.server.filters.MDCFilter [DefaultWebFilterChain]",
                        "\t*__checkpoint ⇢ org.springframework.security.web.server.authorization.AuthorizationWebFilter [DefaultWebFilterChain]",
                        '\t*__checkpoint ⇢ HTTP GET "/api/v1/consolidated-api/view" [ExceptionHandlingWebHandler]',
                        "Original Stack Trace:",
                        "\t\tat com.appsmith.server.newpages.base.NewPageServiceCEImpl.lambda$findByBranchNameAndBasePageIdAndApplicationMode$23(NewPageServiceCEImpl.java:512)",
                        "\t\tat reactor.core.publisher.MonoErrorSupplied.subscribe(MonoErrorSupplied.java:55)",
                        "\t\tat reactor.core.publisher.Mono.subscribe(Mono.java:4512)",
                    ],
                    mdc(user),
                )
                access(
                    t + sec(0.024),
                    req,
                    "/api/v1/consolidated-api/view?defaultPageId=%s",
                    404,
                    231,
                    r.uniform(0.02, 0.05),
                    0,
                )
                continue
            app = weighted(r, [(w, a_) for a_ in AS_APPS if (w := a_[5])])
            slug, page, aid, pid, n, _w = app  # type: ignore[misc]
            te = api(
                t,
                user,
                "GET",
                f"/api/v1/consolidated-api/view?defaultPageId={pid}&applicationId={aid}",
                "/api/v1/consolidated-api/view?defaultPageId=%s&applicationId=%s",
                r.randint(24000, 61000),
                r.uniform(0.08, 0.4),
                f"https://{AS_HOST}/app/{slug}/{page.lower()}-{pid}",
            )
            if te is None:
                continue
            for q in range(n + r.choice([0, 0, 1, 2])):
                execute(te + sec(0.35 + q * r.uniform(0.005, 0.03)), user, app, False)  # type: ignore[arg-type]
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- nestjs


def nest_ts(x: datetime) -> str:
    """ConsoleLogger's `toLocaleString` under Node 20's ICU (a narrow space before AM/PM)."""
    return f"{x.month:02d}/{x.day:02d}/{x.year}, {x.hour % 12 or 12}:{x:%M:%S}\u202f{'AM' if x.hour < 12 else 'PM'}"


NEST_COL = {"LOG": "\x1b[32m", "ERROR": "\x1b[31m", "WARN": "\x1b[33m"}


def nest_lines(x: datetime, pid: int, level: str, ctx: str, msg: str, diff: str) -> list[str]:
    """NestJS 10's ConsoleLogger with its colours: `[Nest] pid  - date   LEVEL [ctx] msg +Nms`."""
    c = NEST_COL[level]
    parts = msg.split("\n")
    lines = [
        f"{c}[Nest] {pid}  - \x1b[39m{nest_ts(x)} {c}{level.rjust(7)}\x1b[39m \x1b[33m[{ctx}] \x1b[39m{c}{parts[0]}",
        *parts[1:],
    ]
    lines[-1] += "\x1b[39m" + (f"\x1b[33m {diff}\x1b[39m" if diff else "")
    return lines


class Nest:
    """One Node process's Nest logger in one file: the static last-timestamp of `+Nms`."""

    def __init__(self, fs: Files, f: str, pid: int, prefix: str = "") -> None:
        self.fs, self.f, self.pid, self.prefix = fs, f, pid, prefix
        self.last: datetime | None = None

    def log(
        self,
        t: datetime,
        level: str,
        ctx: str,
        label: str,
        msg: str,
        stack: list[str] | None = None,
        diff: bool = False,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            d = ""
            if diff and self.last is not None:
                d = f"+{int((x - self.last).total_seconds() * 1000)}ms"
            self.last = x
            return [
                self.prefix + line
                for line in nest_lines(x, self.pid, level, ctx, msg, d) + (stack or [])
            ]

        return self.fs.add(self.f, t, label, text, ("nest", self.f), SEC)

    def raw(self, t: datetime, label: str | None, lines: list[str]) -> datetime:
        """Lines the process writes without the logger (console.log, Node's own reports)."""
        return self.fs.add(
            self.f, t, label, lambda x: [self.prefix + line for line in lines], ("raw", self.f), MS
        )


# ----------------------------------------------------------------------------------- nocodb

NC_MAIN = "/usr/src/app/docker/main.js"
NC_MODULES = [
    "AppModule",
    "ConfigHostModule",
    "DiscoveryModule",
    "EventEmitterModule",
    "ConfigModule",
    "JwtModule",
    "PassportModule",
    "ServeStaticModule",
    "ThrottlerModule",
    "GlobalModule",
    "NocoModule",
    "JobsModule",
    "MetasModule",
    "DatasModule",
    "AuthModule",
    "UsersModule",
    "UtilsModule",
    "HooksModule",
    "AttachmentsModule",
    "PublicModule",
    "SharedModule",
    "NotificationsModule",
    "ImportModule",
    "TestModule",
]
NC_CONTROLLERS = [
    (
        "UtilsController",
        [
            "/api/v1/health, GET",
            "/api/v1/version, GET",
            "/api/v1/db/meta/nocodb/info, GET",
            "/api/v1/db/meta/connection/test, POST",
        ],
    ),
    (
        "AuthController",
        [
            "/api/v1/auth/user/signup, POST",
            "/api/v1/auth/user/signin, POST",
            "/api/v1/auth/user/signout, POST",
            "/api/v1/auth/token/refresh, POST",
            "/api/v1/auth/user/me, GET",
        ],
    ),
    (
        "OrgTokensController",
        ["/api/v1/tokens, GET", "/api/v1/tokens, POST", "/api/v1/tokens/:token, DELETE"],
    ),
    (
        "ApiTokensController",
        [
            "/api/v1/db/meta/projects/:projectId/api-tokens, GET",
            "/api/v1/db/meta/projects/:projectId/api-tokens, POST",
        ],
    ),
    (
        "BasesController",
        [
            "/api/v1/db/meta/projects, GET",
            "/api/v2/meta/bases, GET",
            "/api/v2/meta/bases/:baseId, GET",
            "/api/v2/meta/bases/:baseId, PATCH",
            "/api/v2/meta/bases, POST",
        ],
    ),
    (
        "TablesController",
        [
            "/api/v1/db/meta/projects/:projectId/tables, GET",
            "/api/v2/meta/bases/:baseId/tables, GET",
            "/api/v2/meta/tables/:tableId, GET",
            "/api/v2/meta/tables/:tableId, PATCH",
        ],
    ),
    (
        "ColumnsController",
        [
            "/api/v2/meta/tables/:tableId/columns, POST",
            "/api/v2/meta/columns/:columnId, PATCH",
            "/api/v2/meta/columns/:columnId, DELETE",
        ],
    ),
    (
        "ViewsController",
        [
            "/api/v2/meta/tables/:tableId/views, GET",
            "/api/v2/meta/views/:viewId, PATCH",
            "/api/v2/meta/views/:viewId, DELETE",
        ],
    ),
    (
        "GridsController",
        ["/api/v2/meta/tables/:tableId/grids, POST", "/api/v2/meta/grids/:viewId, PATCH"],
    ),
    (
        "FormsController",
        ["/api/v2/meta/tables/:tableId/forms, POST", "/api/v2/meta/forms/:formViewId, GET"],
    ),
    (
        "KanbansController",
        ["/api/v2/meta/tables/:tableId/kanbans, POST", "/api/v2/meta/kanbans/:kanbanViewId, GET"],
    ),
    (
        "DataTableController",
        [
            "/api/v2/tables/:modelId/records, GET",
            "/api/v2/tables/:modelId/records, POST",
            "/api/v2/tables/:modelId/records, PATCH",
            "/api/v2/tables/:modelId/records/:rowId, GET",
        ],
    ),
    (
        "DataAliasController",
        [
            "/api/v1/db/data/:orgs/:baseName/:tableName, GET",
            "/api/v1/db/data/:orgs/:baseName/:tableName/views/:viewName, GET",
            "/api/v1/db/data/:orgs/:baseName/:tableName, POST",
        ],
    ),
    (
        "BulkDataAliasController",
        [
            "/api/v1/db/data/bulk/:orgs/:baseName/:tableName, POST",
            "/api/v1/db/data/bulk/:orgs/:baseName/:tableName, PATCH",
        ],
    ),
    (
        "HooksController",
        [
            "/api/v1/db/meta/tables/:tableId/hooks, GET",
            "/api/v1/db/meta/tables/:tableId/hooks, POST",
            "/api/v1/db/meta/hooks/:hookId/logs, GET",
        ],
    ),
    ("AttachmentsController", ["/api/v1/db/storage/upload, POST", "/download/:filename(*), GET"]),
    (
        "ImportController",
        ["/api/v1/db/meta/import/airtable, POST", "/api/v1/db/meta/syncs/:syncId/trigger, POST"],
    ),
    ("JobsController", ["/jobs/listen, POST", "/jobs/status, POST"]),
]


def nocodb(r: random.Random) -> list[Log]:
    """NocoDB 0.204 in Docker (PostgreSQL through Patroni for its meta data and bases), 06:00 to
    12:00: a formula column left referring to a deleted column at 06:40 failing every request of
    an ops board that polls every 10 s until 11:20, the upgrade at 07:02, two failed Airtable
    imports at 08:15, the Patroni switchover at 09:40, a CSV import exhausting the knex pool
    10:20-10:33 and crashing the process out of memory, which Docker restarts."""
    fs = Files()
    F = "nocodb.log"
    nest = Nest(fs, F, 7)
    upgrade = at(7, 2, 0)
    oom = at(10, 33, 41)
    switch = (at(9, 40, 10), at(9, 43, 40))
    pool_full = (at(10, 20, 30), oom)
    formula = (at(6, 40, 12), at(11, 20, 5))

    def boot(t: datetime) -> datetime:
        nest.last = None
        t = nest.log(
            t, "LOG", "NestFactory", "Starting Nest application...", "Starting Nest application..."
        )
        for m in NC_MODULES:
            t = nest.log(
                t + sec(r.uniform(0.001, 0.05)),
                "LOG",
                "InstanceLoader",
                "%s dependencies initialized",
                f"{m} dependencies initialized",
                diff=True,
            )
        for ctl, routes in NC_CONTROLLERS:
            t = nest.log(
                t + sec(0.001), "LOG", "RoutesResolver", "%s {%s}:", f"{ctl} {{/}}:", diff=True
            )
            for rt in routes:
                t = nest.log(
                    t + sec(0.0005),
                    "LOG",
                    "RouterExplorer",
                    "Mapped {%s, %s} route",
                    f"Mapped {{{rt}}} route",
                    diff=True,
                )
        t = nest.log(
            t + sec(0.2),
            "LOG",
            "NestApplication",
            "Nest application successfully started",
            "Nest application successfully started",
            diff=True,
        )
        return nest.raw(
            t + sec(0.3),
            "App started successfully.",
            ["App started successfully.", "Visit -> https://nocodb.example.com/dashboard"],
        )

    def down(t: datetime) -> bool:
        return upgrade <= t < upgrade + sec(200) or oom - sec(0.5) <= t < oom + sec(150)

    boot(upgrade + sec(9.3))
    boot(oom + sec(7.9))

    def gef(t: datetime, label: str, msg: str, stack: list[str]) -> datetime:
        return nest.log(t, "ERROR", "GlobalExceptionFilter", label, msg, stack)

    def failure(t: datetime) -> bool:
        """The database's failures of a request at t: logged, and True."""
        if switch[0] <= t < switch[0] + sec(2):
            gef(
                t,
                "terminating connection due to administrator command",
                "terminating connection due to administrator command",
                [
                    "error: terminating connection due to administrator command",
                    f"    at Parser.parseErrorMessage ({NC_MAIN}:2:2301734)",
                    f"    at Parser.handlePacket ({NC_MAIN}:2:2298581)",
                    f"    at Parser.parse ({NC_MAIN}:2:2297412)",
                    f"    at Socket.<anonymous> ({NC_MAIN}:2:2294230)",
                    "    at Socket.emit (node:events:517:28)",
                ],
            )
            return True
        if switch[0] + sec(2) <= t < switch[0] + sec(5):
            gef(
                t,
                "Connection terminated unexpectedly",
                "Connection terminated unexpectedly",
                [
                    "Error: Connection terminated unexpectedly",
                    f"    at Connection.<anonymous> ({NC_MAIN}:2:2281977)",
                    "    at Object.onceWrapper (node:events:632:28)",
                    "    at Connection.emit (node:events:518:28)",
                    f"    at Socket.<anonymous> ({NC_MAIN}:2:2288715)",
                ],
            )
            return True
        if switch[0] + sec(5) <= t < switch[0] + sec(9):
            gef(
                t,
                "Client has encountered a connection error and is not queryable",
                "Client has encountered a connection error and is not queryable",
                [
                    "Error: Client has encountered a connection error and is not queryable",
                    f"    at {NC_MAIN}:2:2285114",
                    "    at process.processTicksAndRejections (node:internal/process/task_queues:77:11)",
                ],
            )
            return True
        if switch[0] + sec(9) <= t < switch[1]:
            gef(
                t,
                "connect ECONNREFUSED %s",
                "connect ECONNREFUSED 10.0.4.21:5432",
                [
                    "Error: connect ECONNREFUSED 10.0.4.21:5432",
                    "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
                ],
            )
            return True
        if switch[1] <= t < switch[1] + sec(40) and r.random() < 0.5:
            gef(
                t,
                "remaining connection slots are reserved for non-replication superuser connections",
                "remaining connection slots are reserved for non-replication superuser connections",
                [
                    "error: remaining connection slots are reserved for non-replication superuser connections",
                    f"    at Parser.parseErrorMessage ({NC_MAIN}:2:2301734)",
                    f"    at Parser.handlePacket ({NC_MAIN}:2:2298581)",
                    f"    at Parser.parse ({NC_MAIN}:2:2297412)",
                    f"    at Socket.<anonymous> ({NC_MAIN}:2:2294230)",
                ],
            )
            return True
        if in_any(t, [pool_full]) and t > pool_full[0] + sec(60):
            gef(
                t,
                "Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?",
                "Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?",
                [
                    "KnexTimeoutError: Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?",
                    f"    at Client_PG.acquireConnection ({NC_MAIN}:2:1893302)",
                    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                    f"    at async Runner.ensureConnection ({NC_MAIN}:2:1911745)",
                    f"    at async Runner.run ({NC_MAIN}:2:1909871)",
                    f"    at async e.list ({NC_MAIN}:2:4183920)",
                ],
            )
            return True
        return False

    # the ops board's poll (and whoever else reads the table)
    t = T0 + sec(3.4)
    while t < T_END:
        if not down(t):
            tq = t + sec(60) if in_any(t, [pool_full]) else t + sec(r.uniform(0.02, 0.2))
            if in_any(t, [pool_full]) and t + sec(60) < pool_full[1] and t > pool_full[0]:
                failure(tq)
            elif not failure(t) and in_any(t, [formula]):
                prop = "uidt"
                gef(
                    tq,
                    "Cannot read properties of %s (reading '%s')",
                    f"Cannot read properties of undefined (reading '{prop}')",
                    [
                        f"TypeError: Cannot read properties of undefined (reading '{prop}')",
                        f"    at {NC_MAIN}:2:4418923",
                        "    at Array.map (<anonymous>)",
                        f"    at e.formulaQueryBuilderv2 ({NC_MAIN}:2:4417312)",
                        "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                        f"    at async e.selectObject ({NC_MAIN}:2:4201455)",
                        f"    at async e.list ({NC_MAIN}:2:4183920)",
                        f"    at async e.dataList ({NC_MAIN}:2:5522180)",
                    ],
                )
        t += sec(10)
    # other people's and scripts' requests only show when the database fails them (those in
    # flight at the switchover first)
    for k in range(9):
        failure(
            switch[0] + sec(0.2 * k + r.uniform(0, 0.15))
            if k < 4
            else switch[0] + sec(2 + 0.4 * (k - 4))
        )
    for t in poisson(r, switch[0] + sec(5), switch[1] + sec(40), 2.2):
        if not down(t):
            failure(t)
    for t in poisson(r, pool_full[0] + sec(60), pool_full[1] - sec(60), 9.0):
        failure(t + sec(60))
    # two failed Airtable imports
    for ta, jid in [(at(8, 15, 22), 41), (at(8, 19, 5), 42)]:
        stack = "AxiosError: Request failed with status code 401\n    at settle (/usr/src/app/docker/main.js:2:5973120)\n    at IncomingMessage.handleStreamEnd (/usr/src/app/docker/main.js:2:5985418)\n    at IncomingMessage.emit (node:events:529:35)\n    at endReadableNT (node:internal/streams/readable:1400:12)\n    at process.processTicksAndRejections (node:internal/process/task_queues:82:21)"
        nest.log(
            ta,
            "ERROR",
            "JobsEventService",
            "---- !! JOB FAILED !! ----\\nid:%s\\nqueue:%s\\nstatus:%s\\nerror:%s (%s)\\n\\nstack: %s",
            f"---- !! JOB FAILED !! ----\nid:{jid}\nqueue:jobs\nstatus:failed\nerror:AxiosError (Request failed with status code 401)\n\nstack: {stack}",
        )
    # out of memory under the CSV import
    nest.raw(
        oom,
        "<--- Last few GCs --->",
        [
            "<--- Last few GCs --->",
            "",
            "[7:0x7f3a5c0]  12604518 ms: Mark-Compact 2033.6 (2082.4) -> 2030.2 (2083.1) MB, 1812.42 / 0.00 ms  (average mu = 0.151, current mu = 0.035) allocation failure; scavenge might not succeed",
            "[7:0x7f3a5c0]  12606392 ms: Mark-Compact 2046.1 (2083.1) -> 2042.7 (2096.4) MB, 1838.19 / 0.00 ms  (average mu = 0.092, current mu = 0.019) allocation failure; scavenge might not succeed",
            "",
            "",
            "<--- JS stacktrace --->",
            "",
            "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
            " 1: 0xc99960 node::Abort() [node]",
            " 2: 0xb6ffcb  [node]",
            " 3: 0xebe910 v8::Utils::ReportOOMFailure(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]",
            " 4: 0xebebf7 v8::internal::V8::FatalProcessOutOfMemory(v8::internal::Isolate*, char const*, v8::OOMDetails const&) [node]",
            " 5: 0x10d06a5  [node]",
            " 6: 0x10d0c34 v8::internal::Heap::RecomputeLimits(v8::internal::GarbageCollector) [node]",
            " 7: 0x10e7b24 v8::internal::Heap::PerformGarbageCollection(v8::internal::GarbageCollector, v8::internal::GarbageCollectionReason, char const*) [node]",
            " 8: 0x10e833c v8::internal::Heap::CollectGarbage(v8::internal::AllocationSpace, v8::internal::GarbageCollectionReason, v8::GCCallbackFlags) [node]",
            " 9: 0x10be641 v8::internal::HeapAllocator::AllocateRawWithLightRetrySlowPath(int, v8::internal::AllocationType, v8::internal::AllocationOrigin, v8::internal::AllocationAlignment) [node]",
            "10: 0x10bf7d5 v8::internal::HeapAllocator::AllocateRawWithRetryOrFailSlowPath(int, v8::internal::AllocationType, v8::internal::AllocationOrigin, v8::internal::AllocationAlignment) [node]",
            "11: 0x109cd46 v8::internal::Factory::NewFillerObject(int, v8::internal::AllocationAlignment, v8::internal::AllocationType, v8::internal::AllocationOrigin) [node]",
            "12: 0x14f8b86 v8::internal::Runtime_AllocateInYoungGeneration(int, unsigned long*, v8::internal::Isolate*) [node]",
            "13: 0x7f3a3ba99ef6 ",
        ],
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- hoppscotch

HS_MODULES = [
    "AppModule",
    "PrismaModule",
    "ConfigHostModule",
    "DiscoveryModule",
    "TerminusModule",
    "ConfigModule",
    "PassportModule",
    "JwtModule",
    "ThrottlerModule",
    "GraphQLSchemaBuilderModule",
    "MailerModule",
    "PubSubModule",
    "UserModule",
    "InfraConfigModule",
    "AuthModule",
    "AdminModule",
    "UserSettingsModule",
    "UserEnvironmentsModule",
    "UserHistoryModule",
    "UserRequestModule",
    "UserCollectionModule",
    "TeamModule",
    "TeamEnvironmentsModule",
    "TeamCollectionModule",
    "TeamRequestModule",
    "TeamInvitationModule",
    "ShortcodeModule",
    "HealthModule",
    "GraphQLModule",
]
HS_AUTH_ROUTES = [
    "providers, GET",
    "signin, POST",
    "verify, POST",
    "refresh, GET",
    "google, GET",
    "google/callback, GET",
    "github, GET",
    "github/callback, GET",
    "logout, GET",
    "verify/admin, GET",
]
HS_NM = "/dist/backend/node_modules"
HS_MIGRATION = "Database migration not found. Please check the documentation for assistance: https://docs.hoppscotch.io/documentation/self-host/community-edition/install-and-build#running-migrations"


def hoppscotch(r: random.Random) -> list[Log]:
    """One Hoppscotch all-in-one container (Caddy and the backend, PostgreSQL beside it) for a
    company's forty developers, 06:00 to 12:00: an image upgrade at 07:31 whose new migration
    was not run (crash-looping until 07:47), a removed member's client failing its team's
    subscriptions 08:05-11:40, old shared links, the SMTP password rotated at 09:00 (invitations
    fail until the 11:31 restart), the database down 10:40-10:52."""
    fs = Files()
    F = "hoppscotch.log"
    BP = "Backend Server | "
    CP = "App/Admin Dashboard Caddy | "
    pid = [61]
    nest = Nest(fs, F, 61, BP)
    crash = (at(7, 31, 4), at(7, 47, 18))
    db_down = (at(10, 40, 21), at(10, 52, 9))
    smtp_bad = (at(9, 0, 0), at(11, 31, 0))
    restart2 = at(11, 31, 12)

    def caddy(
        t: datetime, level: str, logger: str | None, label: str, fields: dict[str, object]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {"level": level, "ts": round(x.timestamp(), 7)}
            if logger:
                d["logger"] = logger
            d["msg"] = label
            d.update(fields)
            return [CP + json.dumps(d, separators=(",", ":"))]

        return fs.add(F, t, label, text, "caddy", US)

    def caddy_start(t: datetime) -> None:
        t = caddy(
            t,
            "info",
            None,
            "using provided configuration",
            {
                "config_file": "/etc/caddy/aio-multiport-setup.Caddyfile",
                "config_adapter": "caddyfile",
            },
        )
        t = caddy(t + sec(0.0012), "info", "admin", "admin endpoint disabled", {})
        servers = [("srv0", 3000), ("srv1", 3100), ("srv2", 3170)]
        for name, port in servers:
            t = caddy(
                t + sec(0.00004),
                "warn",
                "http.auto_https",
                "server is listening only on the HTTP port, so no automatic HTTPS will be applied to this server",
                {"server_name": name, "http_port": port},
            )
        t = caddy(
            t + sec(0.0003),
            "info",
            "tls.cache.maintenance",
            "started background certificate maintenance",
            {"cache": f"0xc000{hexid(r, 6)}"},
        )
        for name, port in servers:
            t = caddy(
                t + sec(0.0001),
                "warn",
                "http",
                "HTTP/2 skipped because it requires TLS",
                {"network": "tcp", "addr": f":{port}"},
            )
            t = caddy(
                t + sec(0.00002),
                "warn",
                "http",
                "HTTP/3 skipped because it requires TLS",
                {"network": "tcp", "addr": f":{port}"},
            )
            t = caddy(
                t + sec(0.00003),
                "info",
                "http.log",
                "server running",
                {"name": name, "protocols": ["h1", "h2", "h3"]},
            )
        caddy(t + sec(0.0004), "info", None, "serving initial configuration", {})

    def backend_start(t: datetime, ok: bool) -> datetime:
        nest.pid = pid[0]
        nest.last = None
        t = nest.log(
            t, "LOG", "NestFactory", "Starting Nest application...", "Starting Nest application..."
        )
        for m in HS_MODULES:
            t = nest.log(
                t + sec(r.uniform(0.001, 0.03)),
                "LOG",
                "InstanceLoader",
                "%s dependencies initialized",
                f"{m} dependencies initialized",
                diff=True,
            )
        t = nest.raw(t + sec(0.05), "Running in production: %s", ["Running in production: true"])
        t = nest.raw(t + sec(0.001), "Port: %s", ["Port: 8080"])
        t = nest.raw(
            t + sec(0.001),
            "Enabling CORS with production settings",
            ["Enabling CORS with production settings"],
        )
        t = nest.log(
            t + sec(0.02),
            "LOG",
            "RoutesResolver",
            "%s {%s}:",
            "HealthController {/health}:",
            diff=True,
        )
        t = nest.log(
            t + sec(0.001),
            "LOG",
            "RouterExplorer",
            "Mapped {%s, %s} route",
            "Mapped {/health, GET} route",
            diff=True,
        )
        t = nest.log(
            t + sec(0.001),
            "LOG",
            "RoutesResolver",
            "%s {%s} (version: %s):",
            "AuthController {/auth} (version: 1):",
            diff=True,
        )
        for rt in HS_AUTH_ROUTES:
            t = nest.log(
                t + sec(0.0005),
                "LOG",
                "RouterExplorer",
                "Mapped {%s, %s} (version: %s) route",
                f"Mapped {{/v1/auth/{rt}}} (version: 1) route",
                diff=True,
            )
        t = nest.log(
            t + sec(0.3),
            "LOG",
            "GraphQLModule",
            "Mapped {%s, %s} route",
            "Mapped {/graphql, POST} route",
            diff=True,
        )
        if ok:
            return nest.log(
                t + sec(0.05),
                "LOG",
                "NestApplication",
                "Nest application successfully started",
                "Nest application successfully started",
                diff=True,
            )
        t = nest.raw(
            t + sec(0.02),
            f"%s:%d\\n%s\\n%s\\n\\nError: {HS_MIGRATION}",
            [
                "/dist/backend/dist/utils.js:37",
                "    throw new Error(errMessage);",
                "    ^",
                "",
                f"Error: {HS_MIGRATION}",
                "    at throwErr (/dist/backend/dist/utils.js:37:11)",
                "    at InfraConfigService.initializeInfraConfigTable (/dist/backend/dist/infra-config/infra-config.service.js:89:45)",
                "    at async InfraConfigService.onModuleInit (/dist/backend/dist/infra-config/infra-config.service.js:62:9)",
                "    at async Promise.all (index 0)",
                f"    at async callModuleInitHook ({HS_NM}/@nestjs/core/hooks/on-module-init.hook.js:43:5)",
                f"    at async NestApplication.callInitHook ({HS_NM}/@nestjs/core/nest-application-context.js:224:13)",
                f"    at async NestApplication.init ({HS_NM}/@nestjs/core/nest-application.js:100:9)",
                f"    at async NestApplication.listen ({HS_NM}/@nestjs/core/nest-application.js:169:33)",
                "    at async bootstrap (/dist/backend/dist/main.js:73:5)",
                "",
                "Node.js v20.12.2",
            ],
        )
        return fs.add(
            F,
            t + sec(0.012),
            "Exiting process because Backend Server exited with code %s",
            lambda x: ["Exiting process because Backend Server exited with code 1"],
            "aio",
            MS,
        )

    def container(t: datetime, ok: bool) -> datetime:
        caddy_start(t + sec(0.61 + r.uniform(0, 0.2)))
        te = backend_start(t + sec(r.uniform(1.8, 2.4)), ok)
        return te

    # the upgrade's crash loop
    t = crash[0]
    while t < crash[1]:
        te = container(t, False)
        t = te + sec(r.uniform(0.4, 0.9))
    container(t, True)
    container(restart2, True)

    def up(t: datetime) -> bool:
        return not (crash[0] <= t < crash[1] + sec(60) or restart2 <= t < restart2 + sec(60))

    def exc(t: datetime, label: str, msg: str, stack: list[str]) -> datetime:
        return nest.log(t, "ERROR", "ExceptionsHandler", label, msg, stack)

    def prisma(t: datetime) -> None:
        model, action, caller = weighted(
            r,
            [
                (
                    10,
                    (
                        "user",
                        "findUnique",
                        "async UserService.findUserById (/dist/backend/dist/user/user.service.js:71:26)",
                    ),
                ),
                (
                    3,
                    (
                        "team",
                        "findMany",
                        "async TeamService.getTeamsOfUser (/dist/backend/dist/team/team.service.js:212:23)",
                    ),
                ),
                (
                    3,
                    (
                        "teamCollection",
                        "findMany",
                        "async TeamCollectionService.getChildrenOfCollection (/dist/backend/dist/team-collection/team-collection.service.js:388:29)",
                    ),
                ),
                (
                    1,
                    (
                        "userHistory",
                        "findMany",
                        "async UserHistoryService.fetchUserHistory (/dist/backend/dist/user-history/user-history.service.js:36:29)",
                    ),
                ),
            ],
        )  # type: ignore[misc]
        msg = f"\nInvalid `prisma.{model}.{action}()` invocation:\n\n\nCan't reach database server at `hoppscotch-db`:`5432`\n\nPlease make sure your database server is running at `hoppscotch-db`:`5432`."
        exc(
            t,
            "\\nInvalid `prisma.%s.%s()` invocation:\\n\\n\\nCan't reach database server at `%s`:`%s`\\n\\nPlease make sure your database server is running at `%s`:`%s`.",
            msg,
            [
                *f"PrismaClientKnownRequestError: {msg}".split("\n"),
                f"    at Tn.handleRequestError ({HS_NM}/@prisma/client/runtime/library.js:123:6854)",
                f"    at Tn.handleAndLogRequestError ({HS_NM}/@prisma/client/runtime/library.js:123:6188)",
                f"    at Tn.request ({HS_NM}/@prisma/client/runtime/library.js:123:5896)",
                f"    at async l ({HS_NM}/@prisma/client/runtime/library.js:128:10871)",
                f"    at {caller}",
            ],
        )

    # a removed member's client resubscribing to its team
    for t in poisson(r, at(8, 5, 14), at(11, 40, 2), 31.0):
        if not up(t):
            continue
        if in_any(t, [db_down]):
            prisma(t)
            continue
        exc(
            t,
            "team/member_not_found",
            "team/member_not_found",
            [
                "Error: team/member_not_found",
                "    at GqlTeamMemberGuard.canActivate (/dist/backend/dist/team/guards/gql-team-member.guard.js:41:19)",
                "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                f"    at async GuardsConsumer.tryActivate ({HS_NM}/@nestjs/core/guards/guards-consumer.js:15:34)",
                f"    at async target ({HS_NM}/@nestjs/core/helpers/external-context-creator.js:74:33)",
            ],
        )
    # old shared links
    for t in poisson(r, T0, T_END, 140.0):
        if not up(t):
            continue
        if in_any(t, [db_down]):
            prisma(t)
            continue
        exc(
            t,
            "shortcode/not_found",
            "shortcode/not_found",
            [
                "Error: shortcode/not_found",
                "    at throwErr (/dist/backend/dist/utils.js:37:11)",
                "    at ShortcodeResolver.shortcode (/dist/backend/dist/shortcode/shortcode.resolver.js:58:41)",
                "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                f"    at async target ({HS_NM}/@nestjs/core/helpers/external-context-creator.js:74:28)",
                f"    at async Object.shortcode ({HS_NM}/@nestjs/core/helpers/external-proxy.js:9:24)",
            ],
        )
    # everyone's requests while the database is away
    for t in poisson(r, db_down[0], db_down[1], 2.3):
        prisma(t)
    # invitations while the SMTP password is wrong
    for t in poisson(r, smtp_bad[0], smtp_bad[1], 600.0):
        if not up(t) or in_any(t, [db_down]):
            continue
        te = nest.raw(
            t + sec(r.uniform(0.3, 0.8)),
            "Error from sendEmail: Error: Invalid login: %s",
            [
                "Error from sendEmail: Error: Invalid login: 535 5.7.8 Error: authentication failed: authentication failure",
                f"    at SMTPConnection._formatError ({HS_NM}/nodemailer/lib/smtp-connection/index.js:798:19)",
                f"    at SMTPConnection._actionAUTHComplete ({HS_NM}/nodemailer/lib/smtp-connection/index.js:1577:34)",
                f"    at SMTPConnection.<anonymous> ({HS_NM}/nodemailer/lib/smtp-connection/index.js:1531:18)",
                f"    at SMTPConnection._processResponse ({HS_NM}/nodemailer/lib/smtp-connection/index.js:1002:20)",
                f"    at SMTPConnection._onData ({HS_NM}/nodemailer/lib/smtp-connection/index.js:780:14)",
                f"    at SMTPConnection._onSocketData ({HS_NM}/nodemailer/lib/smtp-connection/index.js:195:44)",
                "    at TLSSocket.emit (node:events:518:28)",
                "    at addChunk (node:internal/streams/readable:559:12)",
                "    at readableAddChunkPushByteMode (node:internal/streams/readable:510:3)",
                "    at Readable.push (node:internal/streams/readable:390:5) {",
                "  code: 'EAUTH',",
                "  response: '535 5.7.8 Error: authentication failed: authentication failure',",
                "  responseCode: 535,",
                "  command: 'AUTH PLAIN'",
                "}",
            ],
        )
        exc(
            te + sec(0.004),
            "email/failed",
            "email/failed",
            [
                "Error: email/failed",
                "    at throwErr (/dist/backend/dist/utils.js:37:11)",
                "    at MailerService.sendEmail (/dist/backend/dist/mailer/mailer.service.js:53:45)",
                "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
                "    at async TeamInvitationService.createInvitation (/dist/backend/dist/team-invitation/team-invitation.service.js:98:29)",
                "    at async TeamInvitationResolver.createTeamInvitation (/dist/backend/dist/team-invitation/team-invitation.resolver.js:64:24)",
            ],
        )
    return fs.logs(T0)


SYSTEMS = {
    "payload": payload,
    "medusa": medusa,
    "appsmith": appsmith,
    "nocodb": nocodb,
    "hoppscotch": hoppscotch,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
