#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 110 (parse-server, strapi, directus, gotrue, postgrest) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, per process and file: GoTrue's and PostgREST's lines show whole seconds). Five
backends of mobile and web front ends, 06:00 to 12:00 on 2024-06-04:

- Parse Server 7.0 (winston) on two instances of a marketplace app: parse-1 writes its
  DailyRotateFile logs (`parse-server.info.2024-06-04`, every record, and
  `parse-server.err.2024-06-04`, the errors again), winston's `format.json()` with sorted keys
  (`{"functionName":"getFeed","level":"info","message":"Ran cloud function ...","params":{...},
  "timestamp":"2024-06-04T06:00:01.123Z","user":"..."}`); parse-2 is a container whose console
  (`format.simple()`: `info: message {"meta":...}`) is kept by `docker logs -t`
  (`parse-2.log`, every line after Docker's RFC 3339 nanosecond time, continuation lines
  too). Cloud functions run (`Ran cloud function %s for user %s with:\\n  Input: %s\\n  Result:
  %s`, `for user undefined` when anonymous) and fail, before/after triggers, `Parse error: %s`
  for each Parse.Error the REST layer answers (invalid session tokens all day, an old app
  version calling a removed function 07:40-08:10), cloud code's own lines, a MongoDB failover
  at 09:10 (`Uncaught internal server error. Server selection timed out after %d ms`),
  parse-2 redeployed at 10:30 (`Termination signal received. Shutting down.`, the deprecation
  warnings, LiveQuery, `[1] parse-server running on %s`).
- Strapi 4.25 (`strapi.log`, `docker logs` of `npm run start`): its own console format
  (`[2024-06-04 06:00:05.123] http: GET /api/articles?... (38 ms) 200`, colours off), npm's
  script header, the start-up banner (console.log lines without a time: ` Project
  information`, the cli-table3 box, `Welcome back!`, the admin and server URLs), request lines
  from the site, the mobile app and editors, cron tasks, a PostgreSQL restart at 08:40 (knex's
  `%s - Connection terminated unexpectedly` with pg's stack, `KnexTimeoutError`), SMTP timing
  out on password resets 10:50-11:05, a redeploy at 10:00.
- Directus 10.8 (`directus-0.log`, `directus-1.log`: two pods, `LOG_STYLE=raw`, pino 8 JSON):
  the entrypoint's bootstrap (`Initializing bootstrap...`, `Database already initialized,
  skipping install`, `Running migrations...`, `Done`), `Loaded extensions: %s`, `Server started
  at http://%s:%d`, the mail transport's verify failing (`Email connection failed:` and the
  error record), pino-http's `request completed` / `request errored` records with `req`, `res`
  and `responseTime` (authorization redacted as `--redact--`), a webhook to Slack failing
  10:40-11:00, the database refusing connections 09:20-09:21, directus-1 rolled at 11:15
  (`Directus shut down OK. Bye bye!`).
- Supabase Auth (GoTrue 2.151, `supabase-auth.log`, logrus JSON, keys sorted): start-up
  (`Go runtime metrics collection started`, pop's `Migrations already up to date, nothing to
  apply` and `%.4f seconds` with its `args`, `GoTrue migrations applied successfully`, a
  `DEPRECATION NOTICE`, `GoTrue API started on: %s`), each request's `request started` and
  `request completed` (method, path, status, duration), `audit_event` records with their
  `auth_event`, the HTTP errors as messages (`400: Invalid login credentials`, `400: Invalid
  Refresh Token: Refresh Token Not Found`, `403: invalid JWT: ...`, `422: User already
  registered`), the database restarting at 08:40 (`500: Database error querying schema`,
  `500: Database error finding user`), a restart at 10:00.
- PostgREST 12.1 (`postgrest.log`, `docker logs` of Supabase's rest container with
  `PGRST_LOG_LEVEL=info`): its own `04/Jun/2024:06:00:02 +0000: message` lines (start-up,
  `Successfully connected to PostgreSQL %s`, `Config reloaded`, the schema cache's three lines,
  `The "pgrst" channel got a schema cache reload message` after each migration), the access
  log (`172.18.0.7 - authenticated [04/Jun/2024:06:00:05 +0000] "GET /posts?select=... HTTP/1.1"
  200 - "" "okhttp/4.12.0"`), and the database's restart at 08:40 (the PGRST001 / PGRST000
  error objects with libpq's details, `Attempting to reconnect to the database in %d
  seconds...`, 503s).

Label notes. winston's level and timestamp, the JSON keys other than `message`, Docker's time,
Strapi's date and level, pino's `level`, `time`, `pid`, `hostname`, logrus's time, level,
`component` and other fields, and PostgREST's date are context: the message is the label. A
Parse Server message template-literal's holes are `%s` (the trigger type, a class name, the
user id or `undefined`, the input and result JSON); the error JSON a failed cloud function or
trigger appends is the thrown Parse.Error's, whose message is the cloud code's literal and
contributes its format; `Parse error: %s` takes each Parse.Error's text as its format (`Parse
error: Invalid session token`). A line of several lines (a cloud function's `Input:` and
`Result:`, Strapi's stack under an error, the table) is one event labelled at its first
line, `\\n` standing for its breaks. A console.log of a URL alone is `%s`. Request lines and
records are labelled by method, route and status as errctl names an HTTP record (round 29's
rule): Strapi's `%s %s (%d ms) %d`, pino-http's records with their `msg` (`request completed
GET /users/me 200`), GoTrue's `request started` with method and path and `request completed`
with status too, PostgREST's access lines; a query string's keys are the route's and its values
`%s`, ids in paths `%s`. GoTrue's HTTP errors are labelled by their text (`%d: %s` with the
call site's status and literal: `400: Invalid login credentials`); the `error` field of its
500s holds one cause format per message here and is left out of the label. PostgREST's error
objects are labelled by their message and libpq's details text. Node's `connect ECONNREFUSED
%s` is one format whichever client wrote it (Directus's mailer and its knex pool).

Least sure (written from the helper's knowledge; the PostgREST start-up, schema cache and
channel lines, its access line layout, GoTrue's start-up lines and Parse Server's `Parse error:
... {"code":209,"stack":...}` console shape were checked against logs quoted in public issues):
Parse Server's `Parse LiveQuery Server started running`, the deprecation list of 7.0, whether
`Parse error: ` is followed by one blank or two, the meta winston keeps for `Uncaught internal
server error.` (its splat of the stack string is left out) and `[1] parse-server running on`;
Strapi's banner (table widths, truncation, whether the padding of ` Project information` is
lost without a TTY), the error lines' `message\\nstack` shape and which errors reach the error
middleware (SMTP); Directus's `Email connection failed:`, the webhook warning, the shutdown
line, the request serializer's fields and whether a 500 is `request errored` at info; GoTrue's
`request started` record, the 403 JWT text, `error_code` and the 500s' `error` and `error_id`;
PostgREST's `Attempting to reconnect to the database in %d seconds...` in 12.1, the PGRST001
line at the first failed request and the libpq texts.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, uuid4
from generate_round52 import Records
from generate_round53 import Clock
from generate_round55 import at, poisson

Text = Callable[[datetime], list[str]]


class Files:
    """The files of one system (each a Records), with a Clock per resolution: `add(file, t,
    label, text, proc, res)` writes `text(t)` at the process's next free instant at `res`
    microseconds and returns that instant."""

    def __init__(self) -> None:
        self.clocks: dict[int, Clock] = {}
        self.files: dict[str, Records] = {}

    def add(
        self, f: str, t: datetime, label: str | None, text: Text, proc: object, res: int
    ) -> datetime:
        t = self.clocks.setdefault(res, Clock(res)).at(proc, t)
        self.files.setdefault(f, Records()).add(t, text(t), label)  # type: ignore[arg-type]
        return t

    def logs(self, t0: datetime) -> list[Log]:
        return [self.files[k].into(Log(k, t0)) for k in sorted(self.files)]


def sec(x: float) -> timedelta:
    return timedelta(seconds=x)


def ms(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def iso_ms(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{ms(t)}Z"


def epoch_ms(t: datetime) -> int:
    return int(t.timestamp() * 1000)


def sorted_json(d: object) -> str:
    """safe-stable-stringify as winston's logform uses it: keys sorted, compact."""
    return json.dumps(d, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def js_json(d: object) -> str:
    """JSON.stringify: insertion order, compact."""
    return json.dumps(d, separators=(",", ":"), ensure_ascii=False)


def gojson(d: dict[str, object]) -> str:
    """A logrus JSONFormatter line: keys sorted, no blanks, `<`, `>`, `&` escaped."""
    s = json.dumps(dict(sorted(d.items())), separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def trunc(s: str) -> str:
    """Parse Server's truncateLogMessage: 500 characters and a mark."""
    return s if len(s) <= 500 else s[:500] + "... (truncated)"


def oid(r: random.Random) -> str:
    """A Parse objectId: ten letters and digits."""
    chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "".join(r.choice(chars) for _ in range(10))


def every(r: random.Random, t0: datetime, t1: datetime, step: float, jitter: float = 0.5):
    """Instants from t0 to t1 `step` seconds apart, each a little late."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(step)
    return out


# ---------------------------------------------------------------------------- parse-server

PS_INFO = "parse-server.info.2024-06-04"
PS_ERR = "parse-server.err.2024-06-04"
PS_CON = "parse-2.log"
PS_LIB = "/parse-server/lib"
PS_STACKS = {
    "Invalid session token": [
        f"at getAuthForSessionToken ({PS_LIB}/Auth.js:118:11)",
        "at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
        f"at async handleParseSession ({PS_LIB}/middlewares.js:391:22)",
    ],
    "Object not found.": [
        f"at {PS_LIB}/Routers/ClassesRouter.js:70:19",
        "at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    ],
    "Invalid username/password.": [
        f"at {PS_LIB}/Routers/UsersRouter.js:146:19",
        "at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    ],
    "Account already exists for this username.": [
        f"at {PS_LIB}/RestWrite.js:782:13",
        "at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
        f"at async RestWrite.execute ({PS_LIB}/RestWrite.js:108:3)",
    ],
    "Permission denied": [
        f"at SchemaController.validatePermission ({PS_LIB}/Controllers/SchemaController.js:1318:13)",
        f"at {PS_LIB}/Controllers/DatabaseController.js:1187:36",
        "at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    ],
    "Invalid function": [
        f"at FunctionsRouter.handleCloudFunction ({PS_LIB}/Routers/FunctionsRouter.js:117:13)",
        f"at {PS_LIB}/PromiseRouter.js:85:20",
    ],
    "cloud": [
        f"at resolveError ({PS_LIB}/triggers.js:657:17)",
        f"at error ({PS_LIB}/Routers/FunctionsRouter.js:94:19)",
        "at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    ],
    "trigger": [
        f"at resolveError ({PS_LIB}/triggers.js:657:17)",
        f"at {PS_LIB}/triggers.js:896:15",
        "at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
        f"at async RestWrite.runBeforeSaveTrigger ({PS_LIB}/RestWrite.js:297:20)",
    ],
}
PS_CATS = ["bikes", "furniture", "phones", "books", "kids", "garden", "tools"]
PS_QUERIES = ["road bike", "ikea desk", "iphone 13", "lego", "pram", "drill", "sofa", "kindle"]
PS_TOPO = {
    "compatible": True,
    "heartbeatFrequencyMS": 10000,
    "localThresholdMS": 15,
    "logicalSessionTimeoutMinutes": 30,
    "maxElectionId": None,
    "maxSetVersion": None,
    "servers": {},
    "setName": "rs0",
    "stale": False,
    "type": "ReplicaSetNoPrimary",
}


def parse_server(r: random.Random) -> list[Log]:
    """Two instances of a marketplace app's Parse Server, 06:00 to 12:00: parse-1 writes its
    daily JSON files, parse-2's console is kept by Docker. Cloud functions, triggers and REST
    errors all day; an old app version calling a removed function 07:40-08:10; MongoDB's
    primary gone 09:10:00-09:12:30 (requests time out 30 s later); parse-2 redeployed at
    10:30."""
    fs = Files()
    users = [oid(r) for _ in range(60)]
    listings = [oid(r) for _ in range(120)]

    def rec(
        inst: str, t: datetime, level: str, label: str, message: str, meta: dict | None = None
    ) -> datetime:
        meta = meta or {}
        if inst == "parse-1":

            def text(x: datetime) -> list[str]:
                d = dict(meta, level=level, message=message, timestamp=iso_ms(x))
                return [sorted_json(d)]

            t = fs.add(PS_INFO, t, label, text, (inst, "info"), 1000)
            if level == "error":
                fs.add(PS_ERR, t, label, text, (inst, "err"), 1000)
            return t
        rest = sorted_json(meta)
        body = f"{level}: {message}" + (f" {rest}" if rest != "{}" else "")
        return raw(t, label, body)

    def raw(t: datetime, label: str, body: str) -> datetime:
        def text(x: datetime) -> list[str]:
            # Docker stamps each line as its copier reads it: a few microseconds apart
            out, n = [], x.microsecond * 1000 + r.randint(0, 999)
            for line in body.split("\n"):
                out.append(f"{x:%Y-%m-%dT%H:%M:%S}.{n:09d}Z {line}")
                n = min(n + r.randint(2000, 40000), 999_999_999)
            return out

        return fs.add(PS_CON, t, label, text, "parse-2", 1000)

    def who(logged: float = 0.7) -> str:
        return r.choice(users) if r.random() < logged else "undefined"

    def perror(inst: str, t: datetime, code: int, msg: str, label: str, stack: str) -> None:
        frames = "\n    ".join(PS_STACKS[stack])
        rec(
            inst,
            t,
            "error",
            label,
            f"Parse error: {msg}",
            {"code": code, "stack": f"Error: {msg}\n    {frames}"},
        )

    def start(inst: str, t: datetime) -> None:
        for key, new in [
            ("allowExpiredAuthDataToken", "false"),
            ("encodeParseObjectInCloudFunction", "true"),
        ]:
            t = rec(
                inst,
                t + sec(0.002),
                "warn",
                "DeprecationWarning: The Parse Server option '%s' default will change to '%s' in a future version.",
                f"DeprecationWarning: The Parse Server option '{key}' default will change to '{new}' in a future version.",
            )
        if inst == "parse-2":
            t = rec(
                inst,
                t + sec(r.uniform(0.05, 0.2)),
                "info",
                "Parse LiveQuery Server started running",
                "Parse LiveQuery Server started running",
            )
            raw(
                t + sec(r.uniform(0.3, 0.9)),
                "[%d] parse-server running on %s",
                "[1] parse-server running on http://localhost:1337/parse",
            )

    def pointer(cls: str, i: str) -> dict:
        return {"__type": "Pointer", "className": cls, "objectId": i}

    def cloud(inst: str, t: datetime) -> None:
        x = r.random()
        u = who(0.75)
        if x < 0.42:
            fn = "getFeed"
            params: dict = {"page": r.randint(0, 6)}
            if r.random() < 0.4:
                params["category"] = r.choice(PS_CATS)
            res: dict = {"count": 20, "hasMore": r.random() < 0.8}
        elif x < 0.60:
            fn = "searchListings"
            params = {"q": r.choice(PS_QUERIES), "radiusKm": r.choice([5, 10, 25, 50])}
            res = {"count": r.randint(0, 40)}
        elif x < 0.72:
            fn = "unreadCount"
            params = {}
            res = {"count": r.choice([0, 0, 1, 2, 3, 7])}
            u = r.choice(users)
        elif x < 0.84:
            fn = "makeOffer"
            lid = r.choice(listings)
            params = {"listingId": lid, "amount": r.choice([15, 20, 40, 60, 85, 120, 250])}
            u = r.choice(users)
            if r.random() < 0.08:
                err = f"Listing {lid} is no longer available"
                rec(
                    inst,
                    t,
                    "error",
                    'Failed running cloud function %s for user %s with:\\n  Input: %s\\n  Error: {"message":"Listing %s is no longer available","code":101}',
                    f"Failed running cloud function {fn} for user {u} with:\n  Input: {js_json(params)}\n  Error: "
                    + js_json({"message": err, "code": 101}),
                    {
                        "error": {"code": 101, "message": err},
                        "functionName": fn,
                        "params": params,
                        "user": u,
                    },
                )
                perror(
                    inst,
                    t + sec(0.002),
                    101,
                    err,
                    "Parse error: Listing %s is no longer available",
                    "cloud",
                )
                return
            offer = oid(r)
            res = {"offerId": offer, "status": "pending"}
            tt = trigger_before(
                inst, t - sec(0.03), "Offer", u, {"listing": pointer("Listing", lid)}
            )
            trigger_after(inst, tt + sec(0.004), "afterSave", "Offer", u, offer, lid)
            if r.random() < 0.7:
                rec(
                    inst,
                    tt + sec(r.uniform(0.05, 0.4)),
                    "info",
                    "push sent to %d installations for offer %s",
                    f"push sent to {r.choice([1, 1, 2, 2, 3])} installations for offer {offer}",
                )
        elif x < 0.90:
            fn = "acceptOffer"
            params = {"offerId": oid(r)}
            u = r.choice(users)
            if r.random() < 0.12:
                err = "Only the seller can accept this offer"
                rec(
                    inst,
                    t,
                    "error",
                    'Failed running cloud function %s for user %s with:\\n  Input: %s\\n  Error: {"message":"Only the seller can accept this offer","code":141}',
                    f"Failed running cloud function {fn} for user {u} with:\n  Input: {js_json(params)}\n  Error: "
                    + js_json({"message": err, "code": 141}),
                    {
                        "error": {"code": 141, "message": err},
                        "functionName": fn,
                        "params": params,
                        "user": u,
                    },
                )
                perror(
                    inst,
                    t + sec(0.002),
                    141,
                    err,
                    "Parse error: Only the seller can accept this offer",
                    "cloud",
                )
                return
            res = {"status": "accepted"}
        else:
            fn = "registerDevice"
            params = {"installationId": uuid4(r), "platform": r.choice(["ios", "android"])}
            res = {"ok": True}
        rec(
            inst,
            t,
            "info",
            "Ran cloud function %s for user %s with:\\n  Input: %s\\n  Result: %s",
            f"Ran cloud function {fn} for user {u} with:\n  Input: {js_json(params)}\n  Result: {js_json(res)}",
            {"functionName": fn, "params": params, "user": u},
        )

    def trigger_before(inst: str, t: datetime, cls: str, u: str, extra: dict) -> datetime:
        if cls == "Offer":
            obj = dict(extra, amount=r.choice([20, 40, 60, 85]), status="pending")
            obj["buyer"] = pointer("_User", u)
        else:
            obj = dict(extra)
        return rec(
            inst,
            t,
            "info",
            "%s triggered for %s for user %s:\\n  Input: %s\\n  Result: %s",
            f"beforeSave triggered for {cls} for user {u}:\n  Input: {js_json(obj)}\n  Result: {js_json({'object': obj})}",
            {"className": cls, "triggerType": "beforeSave", "user": u},
        )

    def trigger_after(
        inst: str, t: datetime, kind: str, cls: str, u: str, obj_id: str, lid: str
    ) -> datetime:
        stamp = iso_ms(t)
        if cls == "Offer":
            obj = {
                "listing": pointer("Listing", lid),
                "status": "pending",
                "createdAt": stamp,
                "updatedAt": stamp,
                "objectId": obj_id,
            }
        else:
            obj = {"title": "", "seller": pointer("_User", u), "objectId": obj_id}
        return rec(
            inst,
            t,
            "info",
            "%s triggered for %s for user %s:\\n  Input: %s",
            f"{kind} triggered for {cls} for user {u}:\n  Input: {js_json(obj)}",
            {"className": cls, "triggerType": kind, "user": u},
        )

    def message(inst: str, t: datetime) -> None:
        u = r.choice(users)
        n = r.choice([12, 40, 85, 140, 260]) if r.random() > 0.05 else r.randint(2001, 5200)
        phrases = [
            "Is this still available?",
            "Can you do 40?",
            "I can pick it up tomorrow after 6.",
            "Deal, see you then!",
            "Does it come with the charger?",
            "Sorry, sold already.",
        ]
        txt = r.choice(phrases)
        if n > 2000:
            txt = (
                "Copied from the listing: " + " ".join(r.choice(phrases) for _ in range(n // 20))
            )[:n]
        obj = {
            "offer": pointer("Offer", oid(r)),
            "sender": pointer("_User", u),
            "text": txt,
        }
        if n > 2000:
            err = "Message text too long (max 2000 characters)"
            rec(
                inst,
                t,
                "error",
                '%s failed for %s for user %s:\\n  Input: %s\\n  Error: {"message":"Message text too long (max %d characters)","code":142}',
                f"beforeSave failed for Message for user {u}:\n  Input: {trunc(js_json(obj))}\n  Error: "
                + js_json({"message": err, "code": 142}),
                {"className": "Message", "triggerType": "beforeSave", "user": u},
            )
            perror(
                inst,
                t + sec(0.002),
                142,
                err,
                "Parse error: Message text too long (max %d characters)",
                "trigger",
            )
            return
        trigger_before(inst, t, "Message", u, obj)

    t0, t_end = at(6, 0), at(12, 0)
    start("parse-1", at(6, 0, 3))
    start("parse-2", at(6, 0, 4))
    down = (at(9, 10), at(9, 12, 30))
    p2_stop, p2_up = at(10, 30, 2), at(10, 30, 14)

    def alive(inst: str, t: datetime) -> bool:
        return not (inst == "parse-2" and p2_stop <= t < p2_up)

    for inst in ["parse-1", "parse-2"]:
        for t in poisson(r, t0 + sec(20), t_end, 40):
            if not alive(inst, t):
                continue
            if down[0] <= t < down[1]:
                continue
            cloud(inst, t)
        for t in poisson(r, t0 + sec(30), t_end, 120):
            if alive(inst, t) and not down[0] <= t < down[1]:
                message(inst, t)
        for t in poisson(r, t0 + sec(60), t_end, 900):
            if alive(inst, t):
                lid = r.choice(listings)
                trigger_after(inst, t, "afterDelete", "Listing", r.choice(users), lid, lid)
        # REST errors
        for t in poisson(r, t0 + sec(10), t_end, 100):
            if not alive(inst, t):
                continue
            x = r.random()
            if x < 0.55:
                perror(
                    inst,
                    t,
                    209,
                    "Invalid session token",
                    "Parse error: Invalid session token",
                    "Invalid session token",
                )
            elif x < 0.72:
                perror(
                    inst,
                    t,
                    101,
                    "Object not found.",
                    "Parse error: Object not found.",
                    "Object not found.",
                )
            elif x < 0.88:
                perror(
                    inst,
                    t,
                    101,
                    "Invalid username/password.",
                    "Parse error: Invalid username/password.",
                    "Invalid username/password.",
                )
            elif x < 0.94:
                perror(
                    inst,
                    t,
                    202,
                    "Account already exists for this username.",
                    "Parse error: Account already exists for this username.",
                    "Account already exists for this username.",
                )
            else:
                action, cls = r.choice(
                    [
                        ("update", "Listing"),
                        ("delete", "Listing"),
                        ("create", "Review"),
                        ("update", "_User"),
                    ]
                )
                perror(
                    inst,
                    t,
                    119,
                    f"Permission denied for action {action} on class {cls}.",
                    "Parse error: Permission denied for action %s on class %s.",
                    "Permission denied",
                )
        # an old app version calling a function removed in the last release
        for t in poisson(r, at(7, 40), at(8, 10), 30):
            if alive(inst, t):
                fn = r.choice(["getListingsNearby", "getListingsNearby", "markAllRead"])
                perror(
                    inst,
                    t,
                    141,
                    f'Invalid function: "{fn}"',
                    'Parse error: Invalid function: "%s"',
                    "Invalid function",
                )
        # image moderation
        for t in poisson(r, t0 + sec(60), t_end, 700):
            if alive(inst, t):
                rec(
                    inst,
                    t,
                    "warn",
                    "image moderation flagged listing %s (score %.2f)",
                    f"image moderation flagged listing {r.choice(listings)} (score {r.uniform(0.71, 0.99):.2f})",
                )
        # MongoDB failover: requests made while no primary time out 30 s later
        for t in poisson(r, down[0], down[1], 4):
            x = t + sec(30)
            stack = "\n    ".join(
                [
                    "MongoServerSelectionError: Server selection timed out after 30000 ms",
                    "at Timeout._onTimeout (/parse-server/node_modules/mongodb/lib/sdam/topology.js:292:38)",
                    "at listOnTimeout (node:internal/timers:573:17)",
                    "at process.processTimers (node:internal/timers:514:7)",
                ]
            )
            rec(
                inst,
                x,
                "error",
                "Uncaught internal server error. Server selection timed out after %d ms",
                "Uncaught internal server error. Server selection timed out after 30000 ms",
                {"reason": PS_TOPO, "stack": stack},
            )
    # parse-2 redeployed
    raw(
        p2_stop,
        "Termination signal received. Shutting down.",
        "Termination signal received. Shutting down.",
    )
    start("parse-2", p2_up)
    return fs.logs(t0)


# ---------------------------------------------------------------------------------- strapi

ST_SLUGS = [
    "harbour-festival-2024",
    "new-tram-line-opens",
    "city-budget-explained",
    "best-bakeries-in-town",
    "summer-reading-list",
    "council-election-guide",
    "how-we-report",
    "river-cleanup-volunteers",
    "market-hall-reopens",
    "cycling-lanes-map",
    "school-holidays-ideas",
    "local-heroes-awards",
]
ST_SQL_LIST = 'select "t0"."id", "t0"."title", "t0"."slug", "t0"."excerpt", "t0"."published_at", "t0"."created_at", "t0"."updated_at" from "public"."articles" as "t0" where ("t0"."published_at" is not null) order by "t0"."published_at" DESC limit $1'
ST_SQL_SLUG = 'select "t0".* from "public"."articles" as "t0" where ("t0"."slug" = $1 and "t0"."published_at" is not null) limit $2'
ST_PG_STACK = [
    "Error: Connection terminated unexpectedly",
    "    at Connection.<anonymous> (/opt/app/node_modules/pg/lib/client.js:132:73)",
    "    at Object.onceWrapper (node:events:632:28)",
    "    at Connection.emit (node:events:518:28)",
    "    at Socket.<anonymous> (/opt/app/node_modules/pg/lib/connection.js:63:12)",
    "    at Socket.emit (node:events:518:28)",
    "    at TCP.<anonymous> (node:net:337:12)",
]
ST_KNEX = "Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?"
ST_KNEX_STACK = [
    f"KnexTimeoutError: {ST_KNEX}",
    "    at Client_PG.acquireConnection (/opt/app/node_modules/knex/lib/client.js:312:26)",
    "    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)",
    "    at async Runner.ensureConnection (/opt/app/node_modules/knex/lib/execution/runner.js:287:28)",
    "    at async Runner.run (/opt/app/node_modules/knex/lib/execution/runner.js:30:19)",
    "    at async Object.findMany (/opt/app/node_modules/@strapi/database/dist/entity-manager/index.js:155:21)",
]
ST_SMTP_STACK = [
    "Error: Connection timeout",
    "    at SMTPConnection._formatError (/opt/app/node_modules/nodemailer/lib/smtp-connection/index.js:798:19)",
    "    at SMTPConnection._onError (/opt/app/node_modules/nodemailer/lib/smtp-connection/index.js:784:20)",
    "    at Timeout.<anonymous> (/opt/app/node_modules/nodemailer/lib/smtp-connection/index.js:237:22)",
    "    at listOnTimeout (node:internal/timers:573:17)",
    "    at process.processTimers (node:internal/timers:514:7)",
]


def strapi(r: random.Random) -> list[Log]:
    """A news site's Strapi 4.25 behind its Next.js front end and mobile app, 06:00 to 12:00:
    PostgreSQL restarted 08:40:00-08:41:40 (requests in flight fail, then wait out knex's 60 s
    acquire timeout), a redeploy at 10:00, credential stuffing on /api/auth/local 09:30-09:40
    (429s), SMTP timing out on password resets 10:50-11:05, scanners, editors saving
    articles, cron tasks."""
    fs = Files()
    F = "strapi.log"
    proc = ["strapi", 0]

    def L(
        t: datetime, level: str, label: str, msg: str, stack: list[str] | None = None
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            return [f"[{x:%Y-%m-%d %H:%M:%S}.{ms(x)}] {level}: {msg}"] + (stack or [])

        return fs.add(F, t, label, text, tuple(proc), 1000)

    def C(t: datetime, label: str | None, lines: list[str]) -> datetime:
        return fs.add(F, t, label, lambda x: lines, tuple(proc), 1000)

    def banner(t: datetime, pid: int, launched: int) -> None:
        t = C(t, None, [""])
        t = C(t + sec(0.001), "> %s %s\\n> %s", ["> news-cms@2.3.0 start", "> strapi start"])
        t = C(t + sec(0.001), None, [""])
        t += sec(launched / 1000 + 0.6)
        t = C(t, None, [""])
        t = C(t + sec(0.001), "Project information", [" Project information"])
        t = C(t + sec(0.001), None, [""])
        stamp = f"{t:%a %b %d %Y %H:%M:%S} GMT+0000 (Coordinated Universal Time)"
        rows = [
            ("Time", stamp),
            ("Launched in", f"{launched} ms"),
            ("Environment", "production"),
            ("Process PID", str(pid)),
            ("Version", "4.25.1 (node v18.20.3)"),
            ("Edition", "Community"),
            ("Database", "postgres"),
        ]

        def cell(s: str, w: int) -> str:
            return s if len(s) <= w else s[: w - 1] + "…"

        table = ["┌" + "─" * 20 + "┬" + "─" * 50 + "┐"]
        table += [f"│ {k:<18} │ {cell(v, 48):<48} │" for k, v in rows]
        table += ["└" + "─" * 20 + "┴" + "─" * 50 + "┘"]
        t = C(
            t + sec(0.002),
            "┌%s┐\\n│ Time %s│\\n│ Launched in %s│\\n│ Environment %s│\\n│ Process PID %s│\\n│ Version %s│\\n│ Edition %s│\\n│ Database %s│\\n└%s┘",
            table,
        )
        t = C(t + sec(0.001), None, [""])
        t = C(t + sec(0.001), "Actions available", [" Actions available"])
        t = C(t + sec(0.001), None, [""])
        t = C(t + sec(0.001), "Welcome back!", ["Welcome back!"])
        t = C(
            t + sec(0.001),
            "To manage your project 🚀, go to the administration panel at:",
            ["To manage your project 🚀, go to the administration panel at:"],
        )
        t = C(t + sec(0.001), "%s", ["https://cms.example-news.com/admin"])
        t = C(t + sec(0.001), None, [""])
        t = C(
            t + sec(0.001), "To access the server ⚡️, go to:", ["To access the server ⚡️, go to:"]
        )
        t = C(t + sec(0.001), "%s", ["https://cms.example-news.com"])
        C(t + sec(0.001), None, [""])

    def http(t: datetime, method: str, url: str, took: int, status: int, label: str) -> datetime:
        return L(t + sec(took / 1000), "http", label, f"{method} {url} ({took} ms) {status}")

    t0, t_end = at(6, 0), at(12, 0)
    banner(at(6, 0, 2), 29, 2874)
    db_down, db_up = at(8, 40), at(8, 43)
    dep_stop, dep_up = at(10, 0, 0), at(10, 0, 21)

    def up(t: datetime) -> bool:
        return not dep_stop <= t < dep_up + sec(6)

    def read(t: datetime, kind: str) -> None:
        if kind == "list":
            page = r.choice([1, 1, 1, 2, 2, 3, 4])
            url = f"/api/articles?populate=*&pagination[page]={page}&pagination[pageSize]=12"
            base = "GET /api/articles?populate=%s&pagination[page]=%s&pagination[pageSize]=%s"
            sql = ST_SQL_LIST
        else:
            url = f"/api/articles?filters[slug][$eq]={r.choice(ST_SLUGS)}&populate=*"
            base = "GET /api/articles?filters[slug][$eq]=%s&populate=%s"
            sql = ST_SQL_SLUG
        took = int(r.lognormvariate(3.3, 0.5))
        if db_down <= t < db_down + sec(2):
            L(
                t + sec(0.01),
                "error",
                "%s - Connection terminated unexpectedly",
                f"{sql} - Connection terminated unexpectedly",
                ST_PG_STACK,
            )
            http(t, "GET", url, 11, 500, f"{base} 500")
            return
        if db_down + sec(2) <= t < db_down + sec(120):
            x = L(t + sec(60.001), "error", ST_KNEX, ST_KNEX, ST_KNEX_STACK)
            L(x + sec(0.001), "http", f"{base} 500", f"GET {url} (60003 ms) 500")
            return
        if db_down + sec(120) <= t < db_up:
            took = int((db_up - t).total_seconds() * 1000) + took
        http(t, "GET", url, took, 200, f"{base} 200")

    for _ in range(3):  # requests in flight when PostgreSQL goes away
        read(db_down + sec(r.uniform(0, 1.5)), r.choice(["list", "slug"]))
    for t in poisson(r, t0 + sec(15), t_end, 11):
        if not up(t):
            continue
        x = r.random()
        if x < 0.34:
            read(t, "list")
        elif x < 0.62:
            read(t, "slug")
        elif x < 0.70:
            http(
                t,
                "GET",
                "/api/global?populate=*",
                r.randint(6, 25),
                200,
                "GET /api/global?populate=%s 200",
            )
        elif x < 0.75:
            http(t, "GET", "/api/categories", r.randint(4, 15), 200, "GET /api/categories 200")
        elif x < 0.83:
            ok = r.random() < 0.78
            http(
                t,
                "POST",
                "/api/auth/local",
                r.randint(85, 190) if ok else r.randint(70, 120),
                200 if ok else 400,
                "POST /api/auth/local 200" if ok else "POST /api/auth/local 400",
            )
        elif x < 0.91:
            ok = r.random() < 0.88
            http(
                t,
                "GET",
                "/api/users/me",
                r.randint(5, 30),
                200 if ok else 401,
                "GET /api/users/me 200" if ok else "GET /api/users/me 401",
            )
        elif x < 0.955:
            http(t, "POST", "/api/comments", r.randint(20, 90), 200, "POST /api/comments 200")
        elif x < 0.985:
            aid = r.randint(40, 420)
            http(
                t,
                "PUT",
                f"/content-manager/collection-types/api::article.article/{aid}",
                r.randint(60, 240),
                200,
                "PUT /content-manager/collection-types/api::article.article/%s 200",
            )
        else:
            tt = t
            if at(10, 50) <= tt < at(11, 5):
                x2 = L(
                    tt + sec(120.004),
                    "error",
                    "Connection timeout",
                    "Connection timeout",
                    ST_SMTP_STACK,
                )
                L(
                    x2 + sec(0.001),
                    "http",
                    "POST /api/auth/forgot-password 500",
                    "POST /api/auth/forgot-password (120011 ms) 500",
                )
            else:
                http(
                    tt,
                    "POST",
                    "/api/auth/forgot-password",
                    r.randint(300, 900),
                    200,
                    "POST /api/auth/forgot-password 200",
                )
    # password resets during the SMTP trouble
    for t in poisson(r, at(10, 50), at(11, 5), 45):
        x2 = L(t + sec(120.004), "error", "Connection timeout", "Connection timeout", ST_SMTP_STACK)
        L(
            x2 + sec(0.001),
            "http",
            "POST /api/auth/forgot-password 500",
            "POST /api/auth/forgot-password (120011 ms) 500",
        )
    # credential stuffing
    for t in poisson(r, at(9, 30), at(9, 40), 3):
        if r.random() < 0.15:
            http(t, "POST", "/api/auth/local", r.randint(70, 120), 400, "POST /api/auth/local 400")
        else:
            http(t, "POST", "/api/auth/local", r.randint(0, 2), 429, "POST /api/auth/local 429")
    # scanners
    for t in poisson(r, t0 + sec(60), t_end, 600):
        if up(t):
            http(t, "GET", "/.env", r.randint(0, 3), 404, "GET /.env 404")
    # cron tasks
    for t in every(r, at(6, 10), t_end, 600, 0.05):
        if up(t):
            L(
                t,
                "info",
                "Published %d scheduled article(s)",
                f"Published {r.choice([0, 0, 0, 1, 1, 2])} scheduled article(s)",
            )
    for t in every(r, at(6, 30), t_end, 3600, 0.05):
        if up(t):
            L(
                t + sec(r.uniform(1, 4)),
                "info",
                "Sitemap regenerated with %d URLs",
                f"Sitemap regenerated with {r.randint(1480, 1530)} URLs",
            )
    proc[1] = 1
    banner(dep_up, 29, 3112)
    return fs.logs(t0)


# -------------------------------------------------------------------------------- directus

DX_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "node",
    "okhttp/4.12.0",
    "Dart/3.3 (dart:io)",
]
DX_KNEX = "Knex: Timeout acquiring a connection. The pool is probably full. Are you missing a .transacting(trx) call?"


def directus(r: random.Random) -> list[Log]:
    """Two Directus 10.8 pods (directus-0, directus-1) behind an ingress, 06:00 to 12:00: the
    SMTP relay unreachable at start-up, PostgreSQL refusing connections 09:20:00-09:21:00
    (new connections refused, then knex's acquire timeout), a webhook to Slack failing
    10:40-11:00, directus-1 rolled at 11:15, a login burst 07:50-07:55 (429s)."""
    fs = Files()
    hosts = {"directus-0": "directus-7c9d5b6f4-x2mzq", "directus-1": "directus-7c9d5b6f4-k8rwp"}
    rid = {"directus-0": 0, "directus-1": 0}
    assets = [uuid4(r) for _ in range(40)]
    articles = list(range(100, 460))

    def P(pod: str, t: datetime, level: int, label: str, fields: dict, msg: str) -> datetime:
        def text(x: datetime) -> list[str]:
            d: dict = {"level": level, "time": epoch_ms(x), "pid": 1, "hostname": hosts[pod]}
            d.update(fields)
            d["msg"] = msg
            return [js_json(d)]

        return fs.add(f"{pod}.log", t, label, text, pod, 1000)

    def err_obj(kind: str, message: str, stack: list[str], **extra: object) -> dict:
        d: dict = {
            "type": kind,
            "message": message,
            "stack": "\n    ".join([f"{kind}: {message}", *stack]),
        }
        d.update(extra)
        return d

    def start(pod: str, t: datetime) -> None:
        t = P(pod, t, 30, "Initializing bootstrap...", {}, "Initializing bootstrap...")
        t = P(
            pod,
            t + sec(r.uniform(0.3, 0.6)),
            30,
            "Database already initialized, skipping install",
            {},
            "Database already initialized, skipping install",
        )
        t = P(pod, t + sec(0.004), 30, "Running migrations...", {}, "Running migrations...")
        t = P(pod, t + sec(r.uniform(0.05, 0.2)), 30, "Done", {}, "Done")
        t += sec(r.uniform(2.5, 4))
        t = P(
            pod,
            t,
            30,
            "Loaded extensions: %s",
            {},
            "Loaded extensions: directus-extension-computed-interface, directus-extension-wpslug-interface, slack-notify",
        )
        t = P(
            pod,
            t + sec(r.uniform(0.1, 0.4)),
            30,
            "Server started at http://%s:%d",
            {},
            "Server started at http://0.0.0.0:8055",
        )
        t += sec(r.uniform(0.5, 1.5))
        if t < at(8, 0):
            t = P(pod, t, 40, "Email connection failed:", {}, "Email connection failed:")
            e = err_obj(
                "Error",
                "connect ECONNREFUSED 10.0.4.8:587",
                ["at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1605:16)"],
                errno=-111,
                code="ESOCKET",
                syscall="connect",
                address="10.0.4.8",
                port=587,
                command="CONN",
            )
            P(pod, t + sec(0.001), 40, "connect ECONNREFUSED %s", {"err": e}, e["message"])

    def req(
        pod: str,
        t: datetime,
        method: str,
        url: str,
        status: int,
        took: int,
        label: str,
        ua: str,
        auth: bool,
        size: int,
    ) -> datetime:
        rid[pod] += 1
        path, _, qs = url.partition("?")
        query: dict = {}
        for kv in qs.split("&") if qs else []:
            k, _, v = kv.partition("=")
            query[k] = v
        headers = {"host": "cms-api.example.org", "user-agent": ua, "accept": "application/json"}
        if auth:
            headers["authorization"] = "--redact--"
        headers["x-forwarded-for"] = (
            f"{r.choice(['203.0.113', '198.51.100', '192.0.2'])}.{r.randint(2, 250)}"
        )
        headers["x-forwarded-proto"] = "https"
        rq = {
            "id": rid[pod],
            "method": method,
            "url": url,
            "query": query,
            "params": {},
            "headers": headers,
            "remoteAddress": "::ffff:10.42.0.17",
            "remotePort": r.randint(33000, 60999),
        }
        ct = "image/webp" if path.startswith("/assets") else "application/json; charset=utf-8"
        rs: dict = {
            "statusCode": status,
            "headers": {
                "content-type": ct,
                "content-length": str(size),
                "vary": "Origin, Cache-Control",
                "cache-control": "no-cache"
                if ct.startswith("application")
                else "public, max-age=2592000",
            },
        }
        fields: dict = {"req": rq, "res": rs}
        msg = "request completed"
        if status >= 500:
            msg = "request errored"
            fields["err"] = err_obj(
                "Error",
                f"failed with status code {status}",
                [
                    "at ServerResponse.onResFinished (/directus/node_modules/.pnpm/pino-http@8.6.1/node_modules/pino-http/logger.js:115:39)",
                    "at ServerResponse.emit (node:events:531:35)",
                    "at onFinish (node:_http_outgoing:1005:10)",
                ],
            )
        fields["responseTime"] = took
        return P(pod, t + sec(took / 1000), 30, f"{msg} {label}", fields, msg)

    t0, t_end = at(6, 0), at(12, 0)
    start("directus-0", at(6, 0, 2))
    start("directus-1", at(6, 0, 3))
    db = (at(9, 20), at(9, 22))
    roll_stop, roll_up = at(11, 15, 3), at(11, 15, 9)

    def alive(pod: str, t: datetime) -> bool:
        return not (pod == "directus-1" and roll_stop <= t < roll_up + sec(6))

    def dbfail(pod: str, t: datetime, url: str, label: str, ua: str) -> None:
        """A request while PostgreSQL refuses connections: refused at once while the pool
        is empty, then knex's 60 s acquire timeout."""
        if t < db[0] + sec(25):
            e = err_obj(
                "Error",
                "connect ECONNREFUSED 10.0.3.9:5432",
                ["at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1605:16)"],
                errno=-111,
                code="ECONNREFUSED",
                syscall="connect",
                address="10.0.3.9",
                port=5432,
            )
            P(pod, t + sec(0.004), 50, "connect ECONNREFUSED %s", {"err": e}, e["message"])
            req(pod, t, "GET", url, 500, 6, f"{label} 500", ua, False, 81)
        else:
            e = err_obj(
                "KnexTimeoutError",
                DX_KNEX,
                [
                    "at Client_PG.acquireConnection (/directus/node_modules/.pnpm/knex@3.1.0_pg@8.11.3/node_modules/knex/lib/client.js:332:26)",
                    "at async Runner.ensureConnection (/directus/node_modules/.pnpm/knex@3.1.0_pg@8.11.3/node_modules/knex/lib/execution/runner.js:305:28)",
                ],
            )
            P(pod, t + sec(60.002), 50, DX_KNEX, {"err": e}, DX_KNEX)
            req(pod, t, "GET", url, 500, 60004, f"{label} 500", ua, False, 81)

    list_url = "/items/articles?fields=*,author.first_name,author.last_name,image.id&filter[status][_eq]=published&sort=-date_published&limit={n}&page={p}"
    list_label = "GET /items/articles?fields=%s&filter[status][_eq]=%s&sort=%s&limit=%s&page=%s"
    for t in poisson(r, t0 + sec(20), t_end, 8.5):
        pod = r.choice(list(hosts))
        if not alive(pod, t):
            pod = "directus-0"
        x = r.random()
        ua = r.choice(DX_UA)
        if x < 0.30:
            url = list_url.format(n=r.choice([10, 12, 25]), p=r.choice([1, 1, 1, 2, 3]))
            if db[0] <= t < db[1]:
                dbfail(pod, t, url, list_label, ua)
                continue
            req(
                pod,
                t,
                "GET",
                url,
                200,
                int(r.lognormvariate(3.2, 0.5)),
                f"{list_label} 200",
                ua,
                False,
                r.randint(8000, 40000),
            )
        elif x < 0.48:
            url = f"/items/articles/{r.choice(articles)}?fields=*,author.*,tags.tags_id.name"
            if db[0] <= t < db[1]:
                dbfail(pod, t, url, "GET /items/articles/%s?fields=%s", ua)
                continue
            req(
                pod,
                t,
                "GET",
                url,
                200,
                int(r.lognormvariate(2.8, 0.4)),
                "GET /items/articles/%s?fields=%s 200",
                ua,
                False,
                r.randint(3000, 12000),
            )
        elif x < 0.72:
            url = f"/assets/{r.choice(assets)}?key={r.choice(['thumbnail', 'card', 'hero'])}"
            if r.random() < 0.35:
                req(
                    pod,
                    t,
                    "GET",
                    url,
                    304,
                    r.randint(2, 9),
                    "GET /assets/%s?key=%s 304",
                    ua,
                    False,
                    0,
                )
            else:
                req(
                    pod,
                    t,
                    "GET",
                    url,
                    200,
                    int(r.lognormvariate(3.5, 0.6)),
                    "GET /assets/%s?key=%s 200",
                    ua,
                    False,
                    r.randint(9000, 180000),
                )
        elif x < 0.79:
            ok = r.random() < 0.85
            req(
                pod,
                t,
                "POST",
                "/auth/login",
                200 if ok else 401,
                r.randint(90, 200),
                "POST /auth/login 200" if ok else "POST /auth/login 401",
                ua,
                False,
                310 if ok else 98,
            )
        elif x < 0.87:
            req(
                pod,
                t,
                "POST",
                "/auth/refresh",
                200,
                r.randint(20, 60),
                "POST /auth/refresh 200",
                ua,
                False,
                310,
            )
        elif x < 0.94:
            req(
                pod,
                t,
                "GET",
                "/users/me",
                200,
                r.randint(8, 30),
                "GET /users/me 200",
                ua,
                True,
                r.randint(500, 900),
            )
        elif x < 0.98:
            aid = r.choice(articles)
            tt = req(
                pod,
                t,
                "PATCH",
                f"/items/articles/{aid}",
                200,
                r.randint(40, 160),
                "PATCH /items/articles/%s 200",
                DX_UA[0],
                True,
                r.randint(2000, 6000),
            )
            if at(10, 40) <= tt < at(11, 0):
                P(
                    pod,
                    tt + sec(r.uniform(0.3, 0.9)),
                    40,
                    'Webhook "%s" (id: %s) failed',
                    {},
                    'Webhook "Notify #newsroom on Slack" (id: 3) failed',
                )
                e = err_obj(
                    "AxiosError",
                    "Request failed with status code 502",
                    [
                        "at settle (/directus/node_modules/.pnpm/axios@1.6.8/node_modules/axios/dist/node/axios.cjs:1966:12)",
                        "at IncomingMessage.handleStreamEnd (/directus/node_modules/.pnpm/axios@1.6.8/node_modules/axios/dist/node/axios.cjs:3065:11)",
                    ],
                    code="ERR_BAD_RESPONSE",
                )
                P(
                    pod,
                    tt + sec(0.95),
                    40,
                    "Request failed with status code %d",
                    {"err": e},
                    e["message"],
                )
        else:
            req(
                pod,
                t,
                "GET",
                "/items/drafts",
                403,
                r.randint(3, 9),
                "GET /items/drafts 403",
                ua,
                False,
                102,
            )
    # a login burst from one address
    for t in poisson(r, at(7, 50), at(7, 55), 2):
        pod = r.choice(list(hosts))
        if r.random() < 0.2:
            req(
                pod,
                t,
                "POST",
                "/auth/login",
                401,
                r.randint(80, 120),
                "POST /auth/login 401",
                "python-requests/2.31.0",
                False,
                98,
            )
        else:
            req(
                pod,
                t,
                "POST",
                "/auth/login",
                429,
                r.randint(1, 3),
                "POST /auth/login 429",
                "python-requests/2.31.0",
                False,
                109,
            )
    # directus-1 rolled
    P(
        "directus-1",
        roll_stop,
        30,
        "Directus shut down OK. Bye bye!",
        {},
        "Directus shut down OK. Bye bye!",
    )
    start("directus-1", roll_up)
    return fs.logs(t0)


# ---------------------------------------------------------------------------------- gotrue

GT_DB_ERR = "failed to connect to `host=db user=supabase_auth_admin database=postgres`: dial error (dial tcp 10.0.3.9:5432: connect: connection refused)"


def gotrue(r: random.Random) -> list[Log]:
    """Supabase Auth (GoTrue 2.151) of a social app, 06:00 to 12:00: logins and token
    refreshes from the web and mobile apps all day, sign-ups and their e-mail confirmations,
    expired access tokens on /user, a bot trying passwords 07:05-07:15, the database restarted
    08:40:00-08:41:30, GoTrue restarted with a new SMTP setting at 10:00."""
    fs = Files()
    F = "supabase-auth.log"
    users = [
        (uuid4(r), f"{n}@{d}")
        for n, d in zip(
            [
                "anna.k",
                "ben",
                "chloe.m",
                "dario",
                "emma.s",
                "felix",
                "gina",
                "hugo.t",
                "ines",
                "jonas",
                "kai",
                "lena.w",
                "mo",
                "nora",
                "oskar",
                "pia",
                "quinn",
                "rosa",
                "sam.b",
                "tara",
            ],
            ["gmail.com", "outlook.com", "proton.me", "icloud.com", "web.de"] * 4,
            strict=True,
        )
    ]
    ips = [
        f"{a}.{b}"
        for a, b in [
            ("84.132.17", 9),
            ("91.64.200", 41),
            ("178.27.90", 3),
            ("62.216.5", 77),
            ("2.204.11", 150),
            ("80.187.112", 6),
            ("188.192.3", 201),
            ("95.90.240", 18),
        ]
    ]

    def G(t: datetime, label: str, d: dict) -> datetime:
        def text(x: datetime) -> list[str]:
            e = dict(d)
            e["time"] = f"{x:%Y-%m-%dT%H:%M:%S}Z"
            return [gojson(e)]

        return fs.add(F, t, label, text, "gotrue", 1_000_000)

    def start(t: datetime) -> None:
        t = G(
            t,
            "Go runtime metrics collection started",
            {"level": "info", "msg": "Go runtime metrics collection started"},
        )
        t = G(
            t + sec(0.01),
            "Migrations already up to date, nothing to apply",
            {
                "component": "pop",
                "level": "info",
                "msg": "Migrations already up to date, nothing to apply",
            },
        )
        t = G(
            t + sec(0.01),
            "%.4f seconds",
            {
                "args": [round(r.uniform(0.02, 0.06), 9)],
                "component": "pop",
                "level": "info",
                "msg": "%.4f seconds",
            },
        )
        t = G(
            t + sec(0.01),
            "GoTrue migrations applied successfully",
            {"level": "info", "msg": "GoTrue migrations applied successfully"},
        )
        t = G(
            t + sec(0.01),
            "DEPRECATION NOTICE: GOTRUE_JWT_ADMIN_GROUP_NAME not supported by Supabase's GoTrue, will be removed soon",
            {
                "component": "api",
                "level": "warning",
                "msg": "DEPRECATION NOTICE: GOTRUE_JWT_ADMIN_GROUP_NAME not supported by Supabase's GoTrue, will be removed soon",
            },
        )
        G(
            t + sec(0.01),
            "GoTrue API started on: %s",
            {"level": "info", "msg": "GoTrue API started on: 0.0.0.0:9999"},
        )

    def request(
        t: datetime,
        method: str,
        path: str,
        status: int,
        ip: str,
        referer: str,
        between: list[tuple[str, dict]],
        took: float,
    ) -> None:
        rq = uuid4(r)
        base = {
            "component": "api",
            "method": method,
            "path": path,
            "referer": referer,
            "remote_addr": ip,
            "request_id": rq,
        }
        t = G(
            t, f"request started {method} {path}", dict(base, level="info", msg="request started")
        )
        for label, extra in between:
            d = dict(base, level="info")
            d.update(extra)
            if "error_id" in d:
                d["error_id"] = rq
            t = G(t + sec(took * 0.5), label, d)
        G(
            t + sec(took * 0.5),
            f"request completed {method} {path} {status}",
            dict(
                base, duration=int(took * 1e9), level="info", msg="request completed", status=status
            ),
        )

    def audit(
        action: str, user: tuple[str, str], log_type: str, provider: bool = False
    ) -> tuple[str, dict]:
        ev: dict = {
            "action": action,
            "actor_id": user[0],
            "actor_username": user[1],
            "actor_via_sso": False,
            "log_type": log_type,
        }
        if provider:
            ev["traits"] = {"provider": "email"}
        return ("audit_event", {"auth_event": ev, "msg": "audit_event"})

    def http_err(status: int, text: str, code: str) -> tuple[str, dict]:
        m = f"{status}: {text}"
        return (m, {"error_code": code, "msg": m})

    t0, t_end = at(6, 0), at(12, 0)
    start(at(6, 0, 4))
    db = (at(8, 40), at(8, 41, 30))
    rs_stop, rs_up = at(10, 0, 0), at(10, 0, 6)

    def ok(t: datetime) -> bool:
        return not rs_stop <= t < rs_up + sec(2)

    for t in poisson(r, t0 + sec(20), t_end, 26):
        if not ok(t):
            continue
        ip = r.choice(ips)
        ref = r.choice(["https://app.example.social/", ""])
        u = r.choice(users)
        took = r.uniform(0.004, 0.09)
        x = r.random()
        indb = db[0] <= t < db[1]
        if x < 0.45:
            if indb:
                e = (
                    "500: Database error querying schema",
                    {
                        "error": GT_DB_ERR,
                        "error_id": "",
                        "level": "error",
                        "msg": "500: Database error querying schema",
                    },
                )
                request(t, "POST", "/token", 500, ip, ref, [e], took)
            elif r.random() < 0.93:
                request(
                    t,
                    "POST",
                    "/token",
                    200,
                    ip,
                    ref,
                    [audit("token_refreshed", u, "token"), audit("token_revoked", u, "token")],
                    took,
                )
            else:
                request(
                    t,
                    "POST",
                    "/token",
                    400,
                    ip,
                    ref,
                    [
                        http_err(
                            400,
                            "Invalid Refresh Token: Refresh Token Not Found",
                            "refresh_token_not_found",
                        )
                    ],
                    took,
                )
        elif x < 0.62:
            if indb:
                e = (
                    "500: Database error querying schema",
                    {
                        "error": GT_DB_ERR,
                        "error_id": "",
                        "level": "error",
                        "msg": "500: Database error querying schema",
                    },
                )
                request(t, "POST", "/token", 500, ip, ref, [e], took)
            elif r.random() < 0.85:
                request(
                    t,
                    "POST",
                    "/token",
                    200,
                    ip,
                    ref,
                    [audit("login", u, "account", True)],
                    r.uniform(0.06, 0.12),
                )
            else:
                request(
                    t,
                    "POST",
                    "/token",
                    400,
                    ip,
                    ref,
                    [http_err(400, "Invalid login credentials", "invalid_credentials")],
                    r.uniform(0.06, 0.12),
                )
        elif x < 0.85:
            if indb:
                e = (
                    "500: Database error finding user",
                    {
                        "error": GT_DB_ERR,
                        "error_id": "",
                        "level": "error",
                        "msg": "500: Database error finding user",
                    },
                )
                request(t, "GET", "/user", 500, ip, ref, [e], took)
            elif r.random() < 0.9:
                request(t, "GET", "/user", 200, ip, ref, [], took)
            else:
                request(
                    t,
                    "GET",
                    "/user",
                    403,
                    ip,
                    ref,
                    [
                        http_err(
                            403,
                            "invalid JWT: unable to parse or verify signature, token has invalid claims: token is expired",
                            "bad_jwt",
                        )
                    ],
                    took,
                )
        elif x < 0.93:
            if indb:
                continue
            request(t, "POST", "/logout", 204, ip, ref, [audit("logout", u, "account")], took)
        else:
            if indb:
                continue
            if r.random() < 0.12:
                request(
                    t,
                    "POST",
                    "/signup",
                    422,
                    ip,
                    ref,
                    [http_err(422, "User already registered", "user_already_exists")],
                    took,
                )
                continue
            nu = (
                uuid4(r),
                f"user{r.randint(1000, 9999)}@{r.choice(['gmail.com', 'outlook.com', 'gmx.de'])}",
            )
            request(
                t,
                "POST",
                "/signup",
                200,
                ip,
                ref,
                [audit("user_confirmation_requested", nu, "user", True)],
                r.uniform(0.6, 1.8),
            )
            if r.random() < 0.8:
                tv = t + sec(r.uniform(40, 900))
                if ok(tv) and not db[0] <= tv < db[1]:
                    request(
                        tv,
                        "GET",
                        "/verify",
                        303,
                        r.choice(ips),
                        "",
                        [audit("user_signedup", nu, "team")],
                        r.uniform(0.01, 0.05),
                    )
    # a bot trying passwords
    for t in poisson(r, at(7, 5), at(7, 15), 8):
        request(
            t,
            "POST",
            "/token",
            400,
            "45.155.205.233",
            "",
            [http_err(400, "Invalid login credentials", "invalid_credentials")],
            r.uniform(0.06, 0.1),
        )
    start(rs_up)
    return fs.logs(t0)


# ------------------------------------------------------------------------------- postgrest

PG_VERSION = "PostgreSQL 15.1 (Ubuntu 15.1-1.pgdg20.04+1) on x86_64-pc-linux-gnu, compiled by gcc (Ubuntu 9.4.0-1ubuntu1~20.04.1) 9.4.0, 64-bit"
PG_UAS = [
    "okhttp/4.12.0",
    "Dart/3.3 (dart:io)",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
]


def postgrest(r: random.Random) -> list[Log]:
    """Supabase's PostgREST 12.1 (behind Kong) for a social app, 06:00 to 12:00, every request
    logged: feeds, profiles, comments, notifications, posts written and deleted, a search
    RPC; two migrations (07:30, 11:00) sending `NOTIFY pgrst, 'reload schema'`; the database
    restarted 08:40:00-08:41:30 (the first failed request's PGRST001, the connection worker's
    PGRST000 with libpq's details as the server shuts down, refuses and starts up, 503s); a
    client with a stale filter (400s) 10:20-10:30."""
    fs = Files()
    F = "postgrest.log"
    kong = "172.18.0.7"

    def M(t: datetime, label: str, msg: str) -> datetime:
        return fs.add(
            F, t, label, lambda x: [f"{x:%d/%b/%Y:%H:%M:%S} +0000: {msg}"], "pgrst", 1_000_000
        )

    def A(t: datetime, role: str, method: str, url: str, status: int, label: str) -> datetime:
        ua = r.choice(PG_UAS)
        return fs.add(
            F,
            t,
            f"{method} {label} {status}",
            lambda x: [
                f'{kong} - {role} [{x:%d/%b/%Y:%H:%M:%S} +0000] "{method} {url} HTTP/1.1" {status} - "" "{ua}"'
            ],
            "pgrst-access",
            1_000_000,
        )

    def schema(t: datetime, rels: int) -> datetime:
        t = M(t + sec(0.01), "Config reloaded", "Config reloaded")
        q = r.uniform(6, 14)
        t = M(
            t + sec(q / 1000),
            "Schema cache queried in %.1f milliseconds",
            f"Schema cache queried in {q:.1f} milliseconds",
        )
        t = M(
            t + sec(0.001),
            "Schema cache loaded %d Relations, %d Relationships, %d Functions, %d Domain Representations, %d Media Type Handlers",
            f"Schema cache loaded {rels} Relations, {rels - 4} Relationships, 48 Functions, 0 Domain Representations, 4 Media Type Handlers",
        )
        return M(
            t + sec(0.001),
            "Schema cache loaded in %.1f milliseconds",
            f"Schema cache loaded in {r.uniform(0.4, 1.2):.1f} milliseconds",
        )

    def connect(t: datetime, rels: int) -> datetime:
        t = M(
            t,
            "Attempting to connect to the database...",
            "Attempting to connect to the database...",
        )
        t = M(
            t + sec(0.01), "Successfully connected to %s", f"Successfully connected to {PG_VERSION}"
        )
        return schema(t, rels)

    t0, t_end = at(6, 0), at(12, 0)
    rels = [87]
    t = M(at(6, 0, 3), "Starting PostgREST %s...", "Starting PostgREST 12.1 (160caaf)...")
    t = M(
        t + sec(0.001),
        "Attempting to connect to the database...",
        "Attempting to connect to the database...",
    )
    t = M(t + sec(0.001), "Listening on port %d", "Listening on port 3000")
    t = M(
        t + sec(0.02),
        'Listening for notifications on the "%s" channel',
        'Listening for notifications on the "pgrst" channel',
    )
    t = M(t + sec(0.01), "Successfully connected to %s", f"Successfully connected to {PG_VERSION}")
    schema(t, rels[0])
    # migrations
    for when, n in [(at(7, 30, 12), 89), (at(11, 0, 40), 90)]:
        rels[0] = n
        x = M(
            when,
            'The "%s" channel got a schema cache reload message',
            'The "pgrst" channel got a schema cache reload message',
        )
        connect(x + sec(0.001), n)
    # the database restart
    db0, db1 = at(8, 40), at(8, 41, 30)
    first = True
    fail_at: list[datetime] = []

    def pgrst000(t: datetime, what: str) -> datetime:
        details = {
            "shutting down": (
                'connection to server at \\"db\\" (10.0.3.9), port 5432 failed: FATAL:  the database system is shutting down\\n',
                'connection to server at \\"db\\" (%s), port %d failed: FATAL:  the database system is shutting down\\n',
            ),
            "refused": (
                'connection to server at \\"db\\" (10.0.3.9), port 5432 failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n',
                'connection to server at \\"db\\" (%s), port %d failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n',
            ),
            "starting up": (
                'connection to server at \\"db\\" (10.0.3.9), port 5432 failed: FATAL:  the database system is starting up\\n',
                'connection to server at \\"db\\" (%s), port %d failed: FATAL:  the database system is starting up\\n',
            ),
        }[what]
        body = '{"code":"PGRST000","details":"%s","hint":null,"message":"Database connection error. Retrying the connection."}'
        return M(t, body % details[1], body % details[0])

    routes = [
        (
            0.30,
            "GET",
            "/posts?select=*,author:profiles(username,avatar_url)&order=created_at.desc&limit=20&offset={o}",
            "/posts?select=%s&order=%s&limit=%s&offset=%s",
            200,
            "authenticated",
        ),
        (
            0.14,
            "GET",
            "/profiles?select=*&id=eq.{u}",
            "/profiles?select=%s&id=%s",
            200,
            "authenticated",
        ),
        (
            0.14,
            "GET",
            "/comments?select=*,author:profiles(username)&post_id=eq.{p}&order=created_at.asc",
            "/comments?select=%s&post_id=%s&order=%s",
            200,
            "anon",
        ),
        (
            0.12,
            "GET",
            "/notifications?select=*&user_id=eq.{u}&read=eq.false",
            "/notifications?select=%s&user_id=%s&read=%s",
            200,
            "authenticated",
        ),
        (0.08, "POST", "/comments", "/comments", 201, "authenticated"),
        (0.06, "POST", "/rpc/search_posts", "/rpc/search_posts", 200, "anon"),
        (0.05, "POST", "/posts", "/posts", 201, "authenticated"),
        (0.03, "POST", "/comments", "/comments", 403, "authenticated"),
    ]
    for t in poisson(r, t0 + sec(10), t_end, 8.5):
        x = r.uniform(0, sum(row[0] for row in routes))
        for row in routes:
            x -= row[0]
            if x <= 0:
                break
        _, method, url, label, status, role = row
        url = url.format(
            o=r.choice([0, 0, 20, 40]),
            u=uuid4(r),
            p=r.randint(1000, 9999),
            n=r.randint(10000, 99999),
        )
        if db0 <= t < db1:
            if first:
                first = False
                fail_at.append(t)
                M(
                    t,
                    '{"code":"PGRST001","details":"no connection to the server\\n","hint":null,"message":"Database client error. Retrying the connection."}',
                    '{"code":"PGRST001","details":"no connection to the server\\n","hint":null,"message":"Database client error. Retrying the connection."}',
                )
            A(t, role, method, url, 503, label)
            continue
        A(t + sec(r.uniform(0.005, 0.08)), role, method, url, status, label)
    # the connection worker during the restart
    t, wait = (fail_at[0] if fail_at else db0) + sec(0.5), 1
    while t < db1:
        what = "shutting down" if wait == 1 else ("starting up" if t > db1 - sec(20) else "refused")
        x = pgrst000(t, what)
        M(
            x + sec(0.001),
            "Attempting to reconnect to the database in %d seconds...",
            f"Attempting to reconnect to the database in {wait} seconds...",
        )
        t = x + sec(wait + 0.05)
        wait = min(wait * 2, 32)
    connect(t, 89)
    # a client with a stale filter
    for t in poisson(r, at(10, 20), at(10, 30), 6):
        A(
            t,
            "anon",
            "GET",
            f"/posts?select=*&category=eq.{r.choice(['news', 'sport', 'music'])}&order=created_at.desc",
            400,
            "/posts?select=%s&category=%s&order=%s",
        )
    return fs.logs(t0)


SYSTEMS = {
    "parse-server": parse_server,
    "strapi": strapi,
    "directus": directus,
    "gotrue": gotrue,
    "postgrest": postgrest,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
