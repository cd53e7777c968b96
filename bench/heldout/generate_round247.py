#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 247 (friendica, bookwyrm, mbin, mobilizon, hubzilla) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five federated (ActivityPub) servers of one
community's hosting collective, 06:00 to 12:00 on 2024-06-07. The brief's Plume is replaced by
Mobilizon, the collective's federated events server: Plume 0.7 runs on Rocket 0.4, whose
production log level is `critical` (no request lines at all), and Plume's own `warn!`/`error!`
calls are a handful (inbox errors, a missing mail server), so a six-hour Plume log would be its
start-up and a few lines, far from 15 formats.

- Friendica 2024.03 (`friendica.log`: the `system.logfile` of one host, PHP 8.2-fpm, MariaDB,
  the worker daemon with `cron_interval` 5, `loglevel` info). StreamLogger's line: the ATOM
  time, the channel (`worker`, `daemon`, `index`), `[LEVEL]: `, the message with its `{...}`
  placeholders replaced, the context and ` - ` and the introspection record as PHP's
  json_encode writes them (slashes escaped, `[]` when empty): `2024-06-07T06:00:03Z worker
  [INFO]: Set queue entry {"pid":2217476,"ids":[48213559]} - {"file":"Worker.php","line":1052,
  "function":"findWorkerProcesses","request-id":"b7ab4179f1390","stack":"Worker::findWorkerProc
  esses (1052), ...","uid":"3933d0","process_id":2217476}`; a job's lines carry WorkerLogger's
  `worker_id` and `worker_cmd`. The daemon wakes every five minutes (`Woke up after
  $wait_interval seconds.`: single-quoted in its source, so printed as it stands, with the
  `pid` pcntl_waitpid left at -1) and forks a worker when jobs wait (`Worker jobs are calling to
  be forked.`, `Sleeping`); each worker logs the load line (`Load: %s/%s - processes: %s/%s/%s
  (%s) - maximum: %s/%s`), the cron run's `Add cron entries`, `Process runtime is okay`,
  `Removing failed deliveries`, `Priority for APDelivery worker adjusted`, `Directly deliver
  inbox`, per job the priority choice (`Priority %s has got %s workers out of a limit of %s`,
  PSR-3 placeholders, `No running worker found with priority %s - assigning it.`, `No
  underassigned priority found, now taking the highest priority.`), `Found:`, `Set queue
  entry`, `Process start.`, `Performance:`, `Process done.`, and at the end `Couldn't select a
  workerqueue entry, quitting process` or `Process lifetime reached, respawning.` Deliveries to
  mastodon.downhill.example fail with 502 07:10-08:30 and to social.gone.example time out all
  day (`Delivery failed`, `Inbox delivery has a server failure`, `New retrial for task`,
  `Deferred task`, `The task exceeded the maximum retry count`); a stuck UpdateServerPeers is
  killed 11:18-11:32 (`Worker process took too much time - killed`); MariaDB restarts at
  08:40 (`DB Error`, `Couldn't reconnect after database error`, `Uncaught exception in worker
  execution` with a PDOException and its trace string) and the admin restarts the daemon at
  08:43 (`Starting worker daemon.`); a relay flood 10:05-10:42 raises the load (`Load induced
  pre execution cooldown.`, `Cooldown ended.`, `Active worker limit reached, quitting.`, the
  daemon's `Cool down for 5 seconds`). The web front logs `Signer is a tombstone. The message
  will be discarded, the signer account is deleted.` for deleted Mastodon accounts' Deletes
  (bursts at 07:02 and 10:50) and `authenticate: failed login attempt` (stuffing 09:20-09:36).
- BookWyrm 0.7.3, then 0.7.4 (`bookwyrm-web.log`, `bookwyrm-celery_worker.log`: `docker logs`
  of the production compose's `web` and `celery_worker` containers). The worker's lines are
  Celery's `[%(asctime)s: %(levelname)s/%(processName)s] %(message)s`; BookWyrm's LOGGING gives
  the `bookwyrm` logger a console handler of its own with no formatter and lets it propagate to
  the root logger Celery took over, so every bookwyrm logger call in a pool process writes its
  bare message, then Celery's line (`logger.exception` outside an `except` adds `NoneType:
  None` under each). The web container holds gunicorn's error log (`[2024-06-07 09:40:18
  +0000] [1] [INFO] Starting gunicorn 22.0.0`) and Django's and BookWyrm's bare lines (no time).
  Story: Celery's `Task %s[%s] received` and `Task %s[%s] succeeded in %ss: %s` for inbox,
  broadcast, stream, suggestion, preview and connector tasks and a Goodreads import at 10:30;
  broadcasts failing: readinglog.example answers 401 (`Failed to send broadcast to %s: %s`,
  `Trying again with legacy keyId header value`, and the retry failing again), tech.lgbt a
  502 now and then, bw.gone.example refuses connections (aiohttp's `Cannot connect to host
  %s:%s ssl:%s [Connect call failed ('%s', %s)]` with its chained traceback), the certificate of
  books.expired.example has expired until 10:58 (`... [SSLCertVerificationError: ...]`),
  wyrm.slowpoke.example times out (`Connection timed out for url: %s`); the broker's Redis
  restarts at 07:20 (`consumer: Connection to broker lost. ...` with its traceback, six
  `consumer: Cannot connect to %s: ...` with `Trying again in %s seconds... (%s/100)`, then
  `Connected to %s`, `mingle: ...`) and the web's inbox 500s meanwhile (kombu's
  OperationalError); the activity streams' Redis restarts 08:52-08:55 (`Task %s[%s] raised
  unexpected: ConnectionError(...)`); the 09:40 deploy (`worker: Warm shutdown (MainProcess)`
  after a blank line, the banner, Celery 5.3's `CPendingDeprecationWarning` about
  broker_connection_retry, gunicorn's `Handling signal: term`, `Worker exiting`, `Shutting
  down: Master` and boot); PostgreSQL restarts at 10:15 (`Internal Server Error: %s` with
  psycopg2's and Django's chained OperationalError, a task's `raised unexpected:
  OperationalError(...)`, two `WORKER TIMEOUT (pid:%s)` and `Worker (pid:%s) was sent SIGKILL!
  Perhaps out of memory?`). The web's search connectors: books.closed.example refuses
  connections until the admin deactivates it at 10:02 (`logger.info(err)`: aiohttp's message
  alone), openlibrary.org answers 503 08:05-08:44 (`Unable to connect to %s: %s`), inventaire
  times out now and then; Django's `Not Found: %s` (scanners, deleted books), `Unauthorized:
  %s` (an instance whose signatures fail), `Forbidden (CSRF token from POST incorrect.): %s`.
- Mbin 1.7 on Symfony 7.1 (`prod-2024-06-07.log`: php-fpm and supervisord's six `messenger:
  consume ... --time-limit=3600 --memory-limit=128M` consumers on RabbitMQ write one rotating
  file; the admin set its handler to `info` while debugging federation). Monolog 3's
  LineFormatter, `[%datetime%] %channel%.%level_name%: %message% %context% %extra%`, with
  PSR-3 placeholders replaced and a message's newlines turned to spaces: `[2024-06-07T06:00:
  07.123456+00:00] messenger.INFO: Received message <class> {"class":"<class>"} []`. Story: activities on the shared inbox (request's
  `Matched route "%s".`, messenger's `Sending message %s with %s sender using %s`, then per
  consumed message `Received message %s`, `Message %s handled by %s`, `%s was handled
  successfully (acknowledging to transport).`, the ActivityHandler dispatching CreateMessage,
  LikeMessage, AnnounceMessage...), local threads delivered to each magazine's subscribed
  instances (a DeliverMessage each); gone.example's DNS is gone (`Error thrown while handling
  message %s. Sending for retry #%s using %s ms delay. Error: "Handling "%s" failed: Could not
  resolve host: %s for "%s"."`, five retries 60 s x 3^n apart, then `... Removing from
  transport after %s retries. ...` and `Rejected message %s will be sent to the failure
  transport %s.`), lemmy.down.example idles 08:10-09:25 (`Idle timeout reached for "%s".`),
  lemmy.world answers 502 11:05-11:40 under a burst of threads (`%s returned for "%s".`);
  Redis down 07:31-07:34 (cache's `Failed to fetch key "%s": Connection refused`); PostgreSQL
  restarted 10:40-10:44 (request's CRITICAL `Uncaught PHP Exception %s: "An exception occurred
  in the driver: ..." at %s line %s` and the consumers' retries with the same driver error);
  scanners (`No route found for "%s %s"`), deleted threads (`"%s" object not found by "%s".`),
  credential stuffing 09:50-10:03 (security's `Authenticator failed.`), `Warning: Undefined
  array key "%s"` for odd attachments, the consumers' hourly `Worker stopped due to time limit
  of %ss exceeded` and three `Worker stopped due to memory limit of %s bytes exceeded (%s bytes
  used)`.
- Mobilizon 4.1.0 (`mobilizon.log`: `docker logs` of the framasoft/mobilizon container).
  Elixir's console Logger, `$time $metadata[$level] $message` with the request id
  (`06:01:30.219 request_id=F9UBJH26w0I20pJrkwPE [info] GET /events/...`, no date). Story:
  Phoenix's `%s %s` and `Sent %d in %s` for the GraphQL API, event pages, groups' ICS feeds,
  WebFinger and NodeInfo and the shared inbox; each inbox document's job (`Handling incoming AP
  activity`, the Transmogrifier's `Handle incoming to create notes`, `Handle incoming to delete
  an object`, `Handing something with type %s not supported`, `Fetching %s via AP`); local
  events and comments going out (`Federating %s to %s`); the GraphQL subscriptions' socket
  (`CONNECTED TO %s in %s` and `JOINED %s in %s`, each over several lines); PostgreSQL
  restarted at 08:50 (ten pool connections' `Postgrex.Protocol (%s) disconnected: **
  (DBConnection.ConnectionError) tcp recv (idle): closed`, their `failed to connect: ... tcp
  connect (%s): connection refused - :econnrefused` with back-off, 17 requests crashing with
  Cowboy's report of `connection not available and request was dropped from queue after %sms.
  ...`); the 11:30 restart (`SIGTERM received - shutting down`, the entrypoint's bare `--
  Waiting for database...`, pg_isready's `postgres:5432 - accepting connections`, `-- Running
  migrations...`, `Migrations already up`, `-- Starting!`, `Running %s with cowboy %s at %s
  (%s)`, `Access %s at %s`).
- Hubzilla 9.0 (`hubzilla.log`: the `system.logfile`, debugging on at LOGGER_DEBUG). logger()'s
  line: the ATOM time, `:`, log_priority_str's `LOG_INFO`, `:`, logid() (ten hex digits of the
  session's or the pid's hash), `:`, the caller's `file:line:function: ` and the message:
  `2024-06-07T06:00:03Z:LOG_INFO:ce15c6e7d9:Queue.php:189:deliver: deliver: remote zot delivery
  succeeded to https://hub.down.example/zot`. Story: each local post's `notifier: hub choice: %s
  %s %s`, then Deliver processes per three hubs (`deliver: remote zot delivery succeeded to %s`
  / `failed to %s`, include/network's `z_post_url: error: %s: ` with curl's error: hub.down.
  example unreachable 07:35-09:50 (`Failed to connect to %s port %s after %s ms: Couldn't
  connect to server`, `immediate delivery deferred for site %s`), zap.slow.example's
  `Operation timed out after %s milliseconds with 0 bytes received`, hub.expired.example's
  `SSL certificate problem: certificate has expired` until 10:40, zot.gone.example's `dead
  site ignored %s` and `Could not resolve host: %s`), the pubcrawl addon's ActivityPub
  deliveries (`deliver: queue post success to %s`, `deliver: queue post returned %s from %s`:
  410 for a deleted account, 401, 502 from social.flaky.example 10:05-10:50); cron every ten
  minutes (`cron: start`, `cron: end`) retrying the queue; MariaDB restarted 09:05-09:07
  (db_logger's `dba_pdo: ERROR: %s\\nSQLSTATE[HY000]: General error: %s MySQL server has gone
  away`, two lines); Activity::fetch's `fetch: %s` and `blacklisted: %s`; `authenticate:
  failed login attempt: %s from IP %s` (stuffing 08:12-08:24).

Label notes. The heads are context: Friendica's time, channel, level, context and record
(WorkerLogger's fields with them), Celery's and gunicorn's heads, Monolog's time, channel,
level, context and extra, Elixir's time, metadata and level, Hubzilla's time, priority, logid
and caller. PSR-3 placeholders are variables (`Priority %s has got %s workers ...`), and so
are messenger's classes, handlers and transports, Phoenix's method and path, Celery's task
names. A value that is an error contributes its format (messenger's `Handling "%s" failed: `
with the handler's error, aiohttp's connector errors, curl's errors after `z_post_url: error:
%s: `, Celery's `raised unexpected: ` with the exception's repr, PHP's and Doctrine's
exception messages after `Uncaught PHP Exception %s: `); a word the code picks by branch is
wording (Django's reason phrase). The later lines of one write have no row
(tracebacks, `NoneType: None`, Celery's banner and retry notice, Cowboy's report, Phoenix's
socket lines, the dba_pdo error's second line); a bare line printed by another writer is an
event of its own (BookWyrm's bare logger lines, the entrypoint's echoes, pg_isready's line).

Checked against copies of the sources (the search tool, before its budget ran out):
Friendica's StreamLogger, AbstractLogger, WorkerLogger and Introspection, Worker.php (2023),
Worker/Cron.php and ActivityPub/Delivery.php (2024), bin/daemon.php (2023), Database.php's `DB
Error` and `Couldn't reconnect after database error`; BookWyrm's activitypub_mixin.py
(broadcast_task and sign_and_send: `Failed to send broadcast to %s: %s` through
`logger.exception`, `Trying again with legacy keyId header value`, `Connection timed out for
url: %s`, `logger.exception(err)`); Hubzilla's Activity::fetch (`fetch: `, `blacklisted: `).
Written from memory, least sure: whether Friendica 2024.03's record has `stack`, its line
numbers, `Signer is a tombstone...` and `authenticate: failed login attempt`; BookWyrm's
LOGGING (and so the bare duplicates under Celery), the connector manager's messages, Celery's
banner, deprecation warning and retry texts, the task names; every Mbin and Symfony text
(messenger's, the router's, the ErrorListener's, the security and cache messages), Mbin's
class, handler and route names, its retry strategy and the log level; Mobilizon's Federator
and Transmogrifier lines and the socket's module name (Phoenix's, Postgrex's and Cowboy's
texts are from their sources as remembered); Hubzilla's logger() layout, logid(), every
Queue, Notifier, network, pubcrawl and dba message.
"""

from __future__ import annotations

import json
import math
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000
MS = 1_000
US = 1


def pick_w(r: random.Random, table: list[tuple[float, object]]) -> object:
    """One of `table`'s values, chosen by weight."""
    x = r.uniform(0, sum(w for w, _ in table))
    for w, v in table:
        x -= w
        if x <= 0:
            return v
    return table[-1][1]


def php_num(x: float) -> str:
    """A PHP float in string context (precision 14, no trailing zeros)."""
    if x == int(x):
        return str(int(x))
    return f"{x:.14g}"


def php_json(v: object) -> str:
    """PHP's json_encode without flags: ASCII only, `/` escaped, an empty array `[]`."""
    if v == {} or v == []:
        return "[]"
    return json.dumps(v, separators=(",", ":")).replace("/", "\\/")


def mono_json(v: object) -> str:
    """Monolog's JSON: slashes and unicode unescaped."""
    if v == {} or v == []:
        return "[]"
    return json.dumps(v, separators=(",", ":"), ensure_ascii=False)


# -------------------------------------------------------------------------------- friendica

FR_HOST = "friends.example.org"
FR_ROOT = "/var/www/html"
# call site: file, line, function, the stack (innermost first)
FR_SITE = {
    "load": (
        "Worker.php",
        789,
        "tooMuchWorkers",
        "Worker::tooMuchWorkers (789), Worker::isReady (183), Worker::processQueue (96)",
    ),
    "load2": (
        "Worker.php",
        789,
        "tooMuchWorkers",
        "Worker::tooMuchWorkers (789), Worker::processQueue (130)",
    ),
    "active": ("Worker.php", 184, "isReady", "Worker::isReady (184), Worker::processQueue (96)"),
    "cron": ("Cron.php", 30, "run", "Cron::run (30), Worker::processQueue (101)"),
    "runtime": (
        "Cron.php",
        118,
        "killStaleWorkers",
        "Cron::killStaleWorkers (118), Cron::run (39), Worker::processQueue (101)",
    ),
    "killed": (
        "Cron.php",
        95,
        "killStaleWorkers",
        "Cron::killStaleWorkers (95), Cron::run (39), Worker::processQueue (101)",
    ),
    "rmfailed": (
        "Cron.php",
        150,
        "deliverAPPosts",
        "Cron::deliverAPPosts (150), Cron::run (45), Worker::processQueue (101)",
    ),
    "direct": (
        "Cron.php",
        155,
        "deliverAPPosts",
        "Cron::deliverAPPosts (155), Cron::run (45), Worker::processQueue (101)",
    ),
    "adjusted": (
        "Cron.php",
        169,
        "deliverAPPosts",
        "Cron::deliverAPPosts (169), Cron::run (45), Worker::processQueue (101)",
    ),
    "prio": (
        "Worker.php",
        935,
        "nextPriority",
        "Worker::nextPriority (935), Worker::nextProcess (852), Worker::findWorkerProcesses (1009), Worker::workerProcess (1080), Worker::processQueue (106)",
    ),
    "norun": (
        "Worker.php",
        911,
        "nextPriority",
        "Worker::nextPriority (911), Worker::nextProcess (852), Worker::findWorkerProcesses (1009), Worker::workerProcess (1080), Worker::processQueue (106)",
    ),
    "nounder": (
        "Worker.php",
        942,
        "nextPriority",
        "Worker::nextPriority (942), Worker::nextProcess (852), Worker::findWorkerProcesses (1009), Worker::workerProcess (1080), Worker::processQueue (106)",
    ),
    "found": (
        "Worker.php",
        878,
        "nextProcess",
        "Worker::nextProcess (878), Worker::findWorkerProcesses (1009), Worker::workerProcess (1080), Worker::processQueue (106)",
    ),
    "setq": (
        "Worker.php",
        1052,
        "findWorkerProcesses",
        "Worker::findWorkerProcesses (1052), Worker::workerProcess (1080), Worker::processQueue (106)",
    ),
    "cool": (
        "Worker.php",
        498,
        "coolDown",
        "Worker::coolDown (498), Worker::execFunction (533), Worker::execute (400), Worker::processQueue (114)",
    ),
    "coolend": (
        "Worker.php",
        516,
        "coolDown",
        "Worker::coolDown (516), Worker::execFunction (533), Worker::execute (400), Worker::processQueue (114)",
    ),
    "start": (
        "Worker.php",
        537,
        "execFunction",
        "Worker::execFunction (537), Worker::execute (400), Worker::processQueue (114)",
    ),
    "uncaught": (
        "Worker.php",
        560,
        "execFunction",
        "Worker::execFunction (560), Worker::execute (400), Worker::processQueue (114)",
    ),
    "perf": (
        "Worker.php",
        587,
        "execFunction",
        "Worker::execFunction (587), Worker::execute (400), Worker::processQueue (114)",
    ),
    "done": (
        "Worker.php",
        607,
        "execFunction",
        "Worker::execFunction (607), Worker::execute (400), Worker::processQueue (114)",
    ),
    "couldnt": ("Worker.php", 168, "processQueue", "Worker::processQueue (168)"),
    "lifetime": ("Worker.php", 152, "processQueue", "Worker::processQueue (152)"),
    "retrial": (
        "Worker.php",
        1394,
        "getNextRetrial",
        "Worker::getNextRetrial (1394), Worker::defer (1434), APDelivery::execute (78), Worker::execFunction (549), Worker::execute (400)",
    ),
    "deferred": (
        "Worker.php",
        1452,
        "defer",
        "Worker::defer (1452), APDelivery::execute (78), Worker::execFunction (549), Worker::execute (400), Worker::processQueue (114)",
    ),
    "exceeded": (
        "Worker.php",
        1437,
        "defer",
        "Worker::defer (1437), APDelivery::execute (78), Worker::execFunction (549), Worker::execute (400), Worker::processQueue (114)",
    ),
    "srvfail": (
        "Delivery.php",
        56,
        "deliver",
        "Delivery::deliver (56), APDelivery::execute (64), Worker::execFunction (549), Worker::execute (400), Worker::processQueue (114)",
    ),
    "dfailed": (
        "Delivery.php",
        168,
        "deliverToInbox",
        "Delivery::deliverToInbox (168), Delivery::deliver (50), APDelivery::execute (64), Worker::execFunction (549), Worker::execute (400)",
    ),
    "dfailed1": (
        "Delivery.php",
        168,
        "deliverToInbox",
        "Delivery::deliverToInbox (168), APDelivery::execute (70), Worker::execFunction (549), Worker::execute (400), Worker::processQueue (114)",
    ),
    "gotexc": (
        "Delivery.php",
        128,
        "deliverToInbox",
        "Delivery::deliverToInbox (128), APDelivery::execute (70), Worker::execFunction (549), Worker::execute (400), Worker::processQueue (114)",
    ),
    "dberr": (
        "Database.php",
        689,
        "p",
        "Database::p (689), Database::update (1268), DBA::update (506), Worker::execute (408), Worker::processQueue (114)",
    ),
    "dbgiveup": (
        "Database.php",
        702,
        "p",
        "Database::p (702), Database::update (1268), DBA::update (506), Worker::execute (408), Worker::processQueue (114)",
    ),
    "d_sleep": ("daemon.php", 183, None, ""),
    "d_woke": ("daemon.php", 204, None, ""),
    "d_fork": ("daemon.php", 207, None, ""),
    "d_cool": ("daemon.php", 175, None, ""),
    "d_start": ("daemon.php", 113, None, ""),
    "d_dberr": (
        "Database.php",
        689,
        "p",
        "Database::p (689), Database::count (1541), DBA::count (551), Worker::entriesExists (213)",
    ),
    "tomb": (
        "Receiver.php",
        104,
        "processInbox",
        "Receiver::processInbox (104), Inbox::post (106), BaseModule::run (249), App::runFrontend (678)",
    ),
    "login": (
        "Authentication.php",
        232,
        "getUserIdFromPost",
        "Authentication::getUserIdFromPost (232), Login::post (81), BaseModule::run (249), App::runFrontend (678)",
    ),
}
FR_PEERS = [
    # host, shared inbox path, weight
    ("mastodon.social", "/inbox", 14),
    ("chaos.social", "/inbox", 6),
    ("fosstodon.org", "/inbox", 6),
    ("hachyderm.io", "/inbox", 5),
    ("mastodon.downhill.example", "/inbox", 11),
    ("social.gone.example", "/inbox", 10),
    ("pleroma.oldbox.example", "/inbox", 1),
    ("lemmy.world", "/inbox", 3),
    ("kbin.social", "/f/inbox", 1),
    ("misskey.io", "/inbox", 3),
    ("pixelfed.social", "/f/inbox", 2),
    ("libranet.de", "/inbox", 4),
    ("venera.social", "/inbox", 2),
    ("hubzilla.org", "/inbox", 1),
    ("norden.social", "/inbox", 3),
    ("mstdn.social", "/inbox", 3),
    ("infosec.exchange", "/inbox", 3),
]
FR_CMDS = [
    ("APDelivery", 20, 60),
    ("Notifier", 20, 9),
    ("ProcessQueue", 30, 10),
    ("UpdateContact", 40, 9),
    ("FetchMissingActivity", 30, 4),
    ("UpdateGServer", 50, 6),
    ("Delivery", 20, 3),
    ("SpoolPost", 20, 2),
    ("Cron", 30, 3),
    ("UpdateServerPeers", 50, 2),
    ("PollContacts", 30, 3),
    ("ExpireAndRemoveUsers", 40, 1),
    ("RemoveUnusedAvatars", 50, 1),
]
FR_USERS = ["anna", "bernd", "chloe", "dieter", "emma_k", "frank", "greta", "hugo"]
FR_ATTACKERS = ["185.220.101.47", "45.141.84.120", "193.32.162.77", "91.92.251.12"]


def friendica(r: random.Random) -> list[Log]:
    """Friendica 2024.03 on one host, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "friendica.log"
    qid = [48_213_550]
    pid_seq = [2_217_456]

    class P:
        def __init__(self, channel: str, pid: int) -> None:
            self.channel, self.pid = channel, pid
            self.uid = hexid(r, 6)
            self.rid = hexid(r, 13)

    def L(p: P, t: datetime, level: str, label: str, msg: str, ctx: dict, site: str) -> datetime:
        fl, ln, fn, stack = FR_SITE[site]
        rec = {
            "file": fl,
            "line": ln,
            "function": fn,
            "request-id": p.rid,
            "stack": stack,
            "uid": p.uid,
            "process_id": p.pid,
        }
        head = f"{p.channel} [{level.upper()}]: {msg} {php_json(ctx)} - {php_json(rec)}"
        return fs.add(
            f, t, label, lambda x: [f"{x:%Y-%m-%dT%H:%M:%SZ} {head}"], (p.pid, p.uid), SEC
        )

    spans_down = [(at(7, 10), at(8, 30))]
    db_down = (at(8, 40, 10), at(8, 41, 35))
    flood = (at(10, 5), at(10, 42))
    stuffing = (at(9, 20), at(9, 36))

    def load_at(t: datetime) -> float:
        base = 0.35 + 0.25 * r.random()
        if flood[0] <= t < flood[1]:
            mid = (flood[1] - flood[0]).total_seconds() / 2
            d = abs((t - flood[0]).total_seconds() - mid) / mid
            base = 14.5 * (1 - d * 0.6) + r.uniform(-1, 1)
        elif at(8, 41) <= t < at(8, 50):
            base += 2.4
        return round(max(0.05, base), 2)

    def queues(load: float) -> int:
        return math.ceil(((max(0.0, 20 - load) / 20) ** 3) * 10)

    def load_line(p: P, t: datetime, site: str) -> tuple[datetime, bool]:
        load = load_at(t)
        q = queues(load)
        active = r.randint(max(1, q - 1), q + 3) if load > 8 else r.choice([1, 1, 2, 2, 2, 3, 4])
        deferred = r.randint(40, 90)
        waiting = r.randint(3, 60) if load < 8 else r.randint(300, 900)
        busy = sorted(r.sample([10, 20, 30, 40, 50], min(active, r.randint(1, 3))))
        running = [r.randint(1, 2) if active > len(busy) else 1 for _ in busy]
        idle = max(0, active - sum(running))
        plist = ", ".join([f"0:{idle}"] + [f"{b}:{n}" for b, n in zip(busy, running, strict=True)])
        msg = f"Load: {php_num(load)}/20 - processes: {deferred}/{active}/{waiting} ({plist}) - maximum: {q}/10"
        t = L(
            p, t, "info", "Load: %s/%s - processes: %s/%s/%s (%s) - maximum: %s/%s", msg, {}, site
        )
        return t, active > q

    def peer(t: datetime) -> tuple[str, str]:
        h, path, _ = pick_w(r, [(w, (h, p_, w)) for h, p_, w in FR_PEERS])  # type: ignore[misc]
        return h, f"https://{h}{path}"

    def created_before(t: datetime, hours: float) -> str:
        return f"{t - sec(r.uniform(60, hours * 3600)):%Y-%m-%d %H:%M:%S}"

    def defer(p: P, t: datetime, wctx: dict, job: dict) -> datetime:
        retrial = job["retrial"]
        new = retrial + 1
        t = L(
            p,
            t + sec(0.02),
            "notice",
            "New retrial for task",
            "New retrial for task",
            {"id": job["id"], "created": job["created"], "old": retrial, "new": new} | wctx,
            "retrial",
        )
        if new > 15:
            return L(
                p,
                t + sec(0.01),
                "notice",
                "The task exceeded the maximum retry count",
                "The task exceeded the maximum retry count",
                {
                    "id": job["id"],
                    "created": job["created"],
                    "old_prio": job["prio"],
                    "old_retrial": retrial,
                    "max_level": 15,
                    "retrial": new,
                }
                | wctx,
                "exceeded",
            )
        delay = (new + 2) ** 4 + r.randint(1, 30) * new
        prio = job["prio"]
        newp = (
            30
            if (prio < 30 and new > 3)
            else (40 if (prio < 40 and new > 6) else (50 if prio < 50 and new > 8 else prio))
        )
        return L(
            p,
            t + sec(0.01),
            "info",
            "Deferred task",
            "Deferred task",
            {
                "id": job["id"],
                "retrial": new,
                "created": job["created"],
                "next_execution": f"{t + sec(delay):%Y-%m-%d %H:%M:%S}",
                "old_prio": prio,
                "new_prio": newp,
            }
            | wctx,
            "deferred",
        )

    def apdelivery(p: P, t: datetime, wctx: dict, job: dict) -> tuple[datetime, float]:
        host, inbox = peer(t)
        bulk = r.random() < 0.35
        uid = r.choice([2, 2, 3, 5, 7, 8, 11, 14])
        down = host == "mastodon.downhill.example" and in_any(t, spans_down)
        gone = host == "social.gone.example"
        old = host == "pleroma.oldbox.example"
        if not (down or gone or old):
            return t, r.uniform(0.15, 1.8) * (1 + 4 * bulk)
        if gone:
            runtime, code = r.uniform(10.0, 10.03), 0
        elif down:
            runtime, code = r.uniform(0.08, 0.6), 502
        else:
            runtime, code = r.uniform(0.2, 0.9), 404
        uri = r.randint(3_100_000, 3_190_000)
        item = r.randint(7_400_000, 7_600_000)
        cmd = r.choice(["wall-new", "wall-new", "comment-new", "comment-new", "drop"])
        t = L(
            p,
            t + sec(runtime),
            "notice",
            "Delivery failed",
            "Delivery failed",
            {
                "retcode": code,
                "serverfailure": True,
                "drop": False,
                "runtime": round(runtime, 3),
                "uri-id": uri,
                "uid": uid,
                "item_id": item,
                "cmd": cmd,
                "inbox": inbox,
            }
            | wctx,
            "dfailed" if bulk else "dfailed1",
        )
        if bulk:
            t = L(
                p,
                t + sec(0.01),
                "notice",
                "Inbox delivery has a server failure",
                "Inbox delivery has a server failure",
                {"inbox": inbox} | wctx,
                "srvfail",
            )
        job["retrial"] = r.randint(0, 4) if down else r.randint(5, 16)
        job["created"] = created_before(t, 2 if down else 30)
        return defer(p, t, wctx, job), runtime + 0.05

    def job_body(p: P, t: datetime, cmd: str, job: dict) -> tuple[datetime, float]:
        wctx = {"worker_id": job["wid"], "worker_cmd": cmd}
        if cmd == "APDelivery":
            return apdelivery(p, t, wctx, job)
        if cmd == "UpdateGServer" and r.random() < 0.3:
            return t, r.uniform(10, 20)
        if cmd == "Cron":
            return t, r.uniform(1.5, 6.0)
        if cmd == "UpdateServerPeers":
            return t, r.uniform(3, 40)
        return t, r.uniform(0.05, 2.5)

    def run_worker(t: datetime, cron: bool) -> datetime:
        pid_seq[0] += r.randint(4, 60)
        p = P("worker", pid_seq[0])
        t, busy = load_line(p, t + sec(r.uniform(0.05, 0.4)), "load")
        if busy:
            return L(
                p,
                t + sec(0.01),
                "info",
                "Active worker limit reached, quitting.",
                "Active worker limit reached, quitting.",
                {},
                "active",
            )
        if cron:
            t = L(p, t + sec(0.02), "info", "Add cron entries", "Add cron entries", {}, "cron")
            for _ in range(r.choice([0, 0, 1, 1, 2])):
                t = L(
                    p,
                    t + sec(0.01),
                    "info",
                    "Process runtime is okay",
                    "Process runtime is okay",
                    {
                        "duration": f"{r.uniform(1, 9):.3f}",
                        "max": 720,
                        "id": qid[0] - r.randint(10, 900),
                        "pid": pid_seq[0] - r.randint(30, 400),
                        "command": r.choice(["UpdateServerPeers", "PollContacts", "ExpirePosts"]),
                    },
                    "runtime",
                )
            if at(11, 18) <= t < at(11, 32):
                t = L(
                    p,
                    t + sec(0.01),
                    "warning",
                    "Worker process took too much time - killed",
                    "Worker process took too much time - killed",
                    {
                        "duration": f"{r.uniform(721, 760):.3f}",
                        "max": 720,
                        "id": 48_219_911,
                        "pid": 2_226_118,
                        "command": "UpdateServerPeers",
                    },
                    "killed",
                )
            for host in (
                "social.gone.example",
                "mastodon.downhill.example",
                "pleroma.oldbox.example",
            ):
                if host == "mastodon.downhill.example" and not (at(7, 20) <= t < at(9, 0)):
                    continue
                if r.random() < 0.55:
                    inbox = f"https://{host}/inbox"
                    failed = r.randint(1, 12)
                    t = L(
                        p,
                        t + sec(0.01),
                        "info",
                        "Removing failed deliveries",
                        "Removing failed deliveries",
                        {"inbox": inbox, "failed": failed},
                        "rmfailed",
                    )
                    pr = 20 if failed < 3 else 30 if failed < 6 else 40 if failed < 8 else 50
                    t = L(
                        p,
                        t + sec(0.01),
                        "info",
                        "Priority for APDelivery worker adjusted",
                        "Priority for APDelivery worker adjusted",
                        {"inbox": inbox, "failed": failed, "priority": pr},
                        "adjusted",
                    )
            if r.random() < 0.5:
                _, inbox = peer(t)
                t = L(
                    p,
                    t + sec(0.05),
                    "info",
                    "Directly deliver inbox",
                    "Directly deliver inbox",
                    {"inbox": inbox, "result": True},
                    "direct",
                )
        njobs = max(1, int(r.expovariate(1 / 1.6)) + 1)
        started = t
        for j in range(njobs):
            if flood[0] <= t < flood[1]:
                cmd, prio = "ProcessQueue", 30
            else:
                cmd, prio, _ = pick_w(r, [(w, (c, pr, w)) for c, pr, w in FR_CMDS])  # type: ignore[misc]
            qid[0] += r.randint(1, 40)
            job = {"id": qid[0], "prio": prio, "retrial": 0, "wid": hexid(r, 7), "created": ""}
            x = r.random()
            if x < 0.45:
                t = L(
                    p,
                    t + sec(0.01),
                    "info",
                    "Priority %s has got %s workers out of a limit of %s",
                    f"Priority {prio} has got {r.randint(0, 2)} workers out of a limit of {r.randint(2, 5)}",
                    {"priority": prio, "workers": r.randint(0, 2), "limit": r.randint(2, 5)},
                    "prio",
                )
            elif x < 0.6:
                t = L(
                    p,
                    t + sec(0.01),
                    "info",
                    "No running worker found with priority %s - assigning it.",
                    f"No running worker found with priority {prio} - assigning it.",
                    {"priority": prio},
                    "norun",
                )
            elif x < 0.72:
                t = L(
                    p,
                    t + sec(0.01),
                    "info",
                    "No underassigned priority found, now taking the highest priority.",
                    "No underassigned priority found, now taking the highest priority.",
                    {"priority": prio},
                    "nounder",
                )
            t = L(
                p,
                t + sec(0.01),
                "info",
                "Found:",
                "Found:",
                {"priority": prio, "id": [job["id"]]},
                "found",
            )
            t = L(
                p,
                t + sec(0.01),
                "info",
                "Set queue entry",
                "Set queue entry",
                {"pid": p.pid, "ids": [job["id"]]},
                "setq",
            )
            load = load_at(t)
            if load > 10:
                lavg = {
                    "average1": load,
                    "average5": round(load * 0.8, 2),
                    "average15": round(load * 0.55, 2),
                    "runnable": str(r.randint(9, 18)),
                    "scheduled": str(r.randint(480, 720)),
                    "total": r.randint(480, 720),
                }
                t = L(
                    p,
                    t + sec(0.01),
                    "info",
                    "Load induced pre execution cooldown.",
                    "Load induced pre execution cooldown.",
                    {"max": 10, "load": lavg, "called-by": "Worker::execFunction"},
                    "cool",
                )
                lavg2 = lavg | {"average1": round(r.uniform(8.5, 9.99), 2)}
                t = L(
                    p,
                    t + sec(r.uniform(4, 40)),
                    "info",
                    "Cooldown ended.",
                    "Cooldown ended.",
                    {
                        "max-load": 10,
                        "max-processes": 0,
                        "load": lavg2,
                        "called-by": "Worker::execFunction",
                    },
                    "coolend",
                )
            t = L(
                p,
                t + sec(0.01),
                "info",
                "Process start.",
                "Process start.",
                {"priority": prio, "id": job["id"], "worker_id": job["wid"], "worker_cmd": cmd},
                "start",
            )
            t0 = t
            t, dur = job_body(p, t, cmd, job)
            if db_down[0] <= t < db_down[1] and r.random() < 0.7:
                t = L(
                    p,
                    t + sec(0.2),
                    "error",
                    "Uncaught exception in worker execution",
                    "Uncaught exception in worker execution",
                    {
                        "class": "PDOException",
                        "message": "SQLSTATE[HY000] [2002] Connection refused",
                        "code": 2002,
                        "file": f"{FR_ROOT}/src/Database/Database.php:158",
                        "trace": f"#0 {FR_ROOT}/src/Database/Database.php(158): PDO->__construct('mysql:host=db;d...', 'friendica', Object(SensitiveParameterValue), Array)\n#1 {FR_ROOT}/src/Database/Database.php(1041): Friendica\\Database\\Database->connect()\n#2 {FR_ROOT}/src/Database/DBA.php(117): Friendica\\Database\\Database->reconnect()\n#3 {FR_ROOT}/src/Worker/{cmd}.php(41): Friendica\\Database\\DBA::reconnect()\n#4 [internal function]: Friendica\\Worker\\{cmd}::execute()\n#5 {FR_ROOT}/src/Core/Worker.php(549): call_user_func_array(Array, Array)\n#6 {FR_ROOT}/src/Core/Worker.php(400): Friendica\\Core\\Worker::execFunction(Array, '{cmd}', Array, true)\n#7 {FR_ROOT}/src/Core/Worker.php(114): Friendica\\Core\\Worker::execute(Array)\n#8 {FR_ROOT}/bin/worker.php(98): Friendica\\Core\\Worker::processQueue(false, Object(Friendica\\Core\\Worker\\Entity\\Process))\n#9 {{main}}",
                        "previous": None,
                        "worker_id": job["wid"],
                        "worker_cmd": cmd,
                    },
                    "uncaught",
                )
                job["retrial"] = 0
                job["created"] = created_before(t, 0.1)
                t = defer(p, t, {"worker_id": job["wid"], "worker_cmd": cmd}, job)
                dur += 0.2
            t = max(t, t0 + sec(dur))
            dbw = round(r.uniform(0, 0.03), 2)
            total = round(dbw + r.uniform(0, 0.05), 2)
            t = L(
                p,
                t + sec(0.01),
                "info",
                "Performance:",
                "Performance:",
                {
                    "function": cmd,
                    "state": 1 if j == 0 else r.choice([3, 4]),
                    "count": round(r.uniform(0, 0.02), 2),
                    "stat": 0.0,
                    "write": dbw,
                    "lock": 0.0,
                    "total": total,
                    "rest": round(r.uniform(0, 0.12), 2),
                    "exec": round(dur, 2),
                },
                "perf",
            )
            t = L(
                p,
                t + sec(0.01),
                "info",
                "Process done.",
                "Process done.",
                {
                    "function": cmd,
                    "priority": prio,
                    "retrial": 0,
                    "id": job["id"],
                    "duration": round(dur, 3),
                },
                "done",
            )
            if db_down[0] <= t < db_down[1] + sec(20) and r.random() < 0.5:
                sql = f"UPDATE `workerqueue` SET `done` = 1 WHERE (`id` = {job['id']} AND `next_try` < '{t:%Y-%m-%d %H:%M:%S}')"
                t = L(
                    p,
                    t + sec(0.01),
                    "error",
                    "DB Error",
                    "DB Error",
                    {"code": 2006, "error": "MySQL server has gone away", "params": sql},
                    "dberr",
                )
                t = L(
                    p,
                    t + sec(0.01),
                    "notice",
                    "Couldn't reconnect after database error",
                    "Couldn't reconnect after database error",
                    {"code": 2006, "error": "MySQL server has gone away"},
                    "dbgiveup",
                )
                return t
            if j < njobs - 1 and r.random() < 0.3:
                t, busy = load_line(p, t + sec(r.uniform(0.5, 6)), "load2")
                if busy:
                    return L(
                        p,
                        t + sec(0.01),
                        "info",
                        "Active worker limit reached, quitting.",
                        "Active worker limit reached, quitting.",
                        {},
                        "active",
                    )
        if (t - started).total_seconds() > 240 and r.random() < 0.5:
            return L(
                p,
                t + sec(0.02),
                "info",
                "Process lifetime reached, respawning.",
                "Process lifetime reached, respawning.",
                {},
                "lifetime",
            )
        return L(
            p,
            t + sec(0.05),
            "info",
            "Couldn't select a workerqueue entry, quitting process",
            "Couldn't select a workerqueue entry, quitting process",
            {"pid": p.pid},
            "couldnt",
        )

    # the daemon: a cron run every 5 minutes, forks in between when jobs are waiting
    dp = P("daemon", 1187)
    t = T0 + sec(1.4)
    wake_next = T0 + sec(300 + 1.4)
    restarted = False
    while t < T_END:
        if not restarted and t >= at(8, 43, 5):
            restarted = True
            dp = P("daemon", 2_231_902)
            t = L(
                dp,
                at(8, 43, 5),
                "notice",
                "Starting worker daemon.",
                "Starting worker daemon.",
                {"pid": None},
                "d_start",
            )
            wake_next = t + sec(300)
            cron = True
        elif t >= wake_next:
            t = L(
                dp,
                wake_next,
                "info",
                "Woke up after $wait_interval seconds.",
                "Woke up after $wait_interval seconds.",
                {"pid": -1, "sleep": 300},
                "d_woke",
            )
            wake_next = t + sec(300)
            cron = True
        else:
            t = L(
                dp,
                t,
                "info",
                "Worker jobs are calling to be forked.",
                "Worker jobs are calling to be forked.",
                {"pid": -1},
                "d_fork",
            )
            cron = False
        if db_down[0] <= t < db_down[1]:
            t = L(
                dp,
                t + sec(0.3),
                "error",
                "DB Error",
                "DB Error",
                {
                    "code": 2006,
                    "error": "MySQL server has gone away",
                    "params": f"SELECT COUNT(*) AS `count` FROM `workerqueue` WHERE (NOT `done` AND `pid` = 0 AND `next_try` < '{t:%Y-%m-%d %H:%M:%S}')",
                },
                "d_dberr",
            )
        if in_any(t, [flood]) and not cron and r.random() < 0.4:
            t = L(
                dp,
                t + sec(0.05),
                "info",
                "Cool down for 5 seconds",
                "Cool down for 5 seconds",
                {"pid": -1},
                "d_cool",
            )
            t += sec(5)
        else:
            run_worker(t, cron)
        t = L(
            dp,
            t + sec(r.uniform(0.2, 0.9)),
            "info",
            "Sleeping",
            "Sleeping",
            {"pid": -1, "until": f"{t + sec(300):%Y-%m-%d %H:%M:%S}"},
            "d_sleep",
        )
        gap = r.expovariate(1 / (55 if in_any(t, [flood]) else 560))
        t = min(t + sec(gap + 2), wake_next) if t + sec(gap + 2) < wake_next else wake_next

    # the database restarted at 08:40: workers spawned meanwhile fail on their first query
    for tt in poisson(r, db_down[0], db_down[1], 9):
        pid_seq[0] += r.randint(4, 60)
        p = P("worker", pid_seq[0])
        sql = "SELECT COUNT(*) AS `count` FROM `workerqueue` WHERE (NOT `done` AND `pid` = 0 AND `retrial` > 0)"
        t = L(
            p,
            tt,
            "error",
            "DB Error",
            "DB Error",
            {"code": 2006, "error": "MySQL server has gone away", "params": sql},
            "dberr",
        )
        L(
            p,
            t + sec(0.01),
            "notice",
            "Couldn't reconnect after database error",
            "Couldn't reconnect after database error",
            {"code": 2006, "error": "MySQL server has gone away"},
            "dbgiveup",
        )
    # the web front: deleted Mastodon accounts' Delete activities, the 09:20 credential stuffing
    fpm = [1402, 1403, 1404, 1405, 1411, 1417, 1422, 1430]
    tomb_t = (
        poisson(r, T0, T_END, 520)
        + poisson(r, at(7, 2), at(7, 9), 20)
        + poisson(r, at(10, 50), at(10, 56), 25)
    )
    for tt in tomb_t:
        p = P("index", r.choice(fpm))
        L(
            p,
            tt,
            "info",
            "Signer is a tombstone. The message will be discarded, the signer account is deleted.",
            "Signer is a tombstone. The message will be discarded, the signer account is deleted.",
            {},
            "tomb",
        )
    names = [
        "admin",
        "anna",
        "root",
        "test",
        "info",
        "bernd",
        "support",
        "webmaster",
        "user",
        "chloe",
    ]
    for tt in poisson(r, stuffing[0], stuffing[1], 14) + poisson(r, T0, T_END, 3000):
        p = P("index", r.choice(fpm))
        ip = (
            r.choice(FR_ATTACKERS)
            if in_any(tt, [stuffing])
            else r.choice(["84.152.33.17", "93.214.8.201"])
        )
        name = r.choice(names) if in_any(tt, [stuffing]) else r.choice(FR_USERS)
        L(
            p,
            tt,
            "notice",
            "authenticate: failed login attempt",
            "authenticate: failed login attempt",
            {"action": "login", "username": name, "ip": ip},
            "login",
        )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- bookwyrm

BW_HOST = "books.example.social"
BW_PY = "/usr/local/lib/python3.11/site-packages"
BW_TASKS = [
    # name, weight, runtime range (s)
    ("bookwyrm.views.inbox.activity_task", 30, (0.02, 0.6)),
    ("bookwyrm.models.activitypub_mixin.broadcast_task", 14, (0.1, 2.5)),
    ("bookwyrm.activitystreams.add_status_task", 14, (0.004, 0.09)),
    ("bookwyrm.activitystreams.remove_status_task", 3, (0.004, 0.05)),
    ("bookwyrm.suggested_users.rerank_user_task", 6, (0.01, 0.3)),
    ("bookwyrm.suggested_users.rerank_suggestions_task", 4, (0.05, 1.2)),
    ("bookwyrm.connectors.connector_manager.load_more_data", 5, (0.3, 4.0)),
    ("bookwyrm.preview_images.generate_edition_preview_image_task", 3, (0.2, 1.5)),
    ("bookwyrm.lists_stream.add_list_task", 2, (0.004, 0.05)),
    ("bookwyrm.models.user.set_remote_server", 2, (0.2, 2.0)),
    ("bookwyrm.activitystreams.populate_stream_task", 1, (0.1, 1.5)),
    ("bookwyrm.emailing.send_email", 1, (0.3, 1.2)),
]
BW_REDIS_TASKS = {
    "bookwyrm.activitystreams.add_status_task",
    "bookwyrm.activitystreams.remove_status_task",
    "bookwyrm.lists_stream.add_list_task",
    "bookwyrm.activitystreams.populate_stream_task",
}
BW_PEERS = [
    "bookwyrm.social",
    "books.theunseen.city",
    "bookrastinating.com",
    "mastodon.social",
    "tech.lgbt",
    "wyrms.de",
    "readinglog.example",
    "bw.gone.example",
    "books.expired.example",
    "wyrm.slowpoke.example",
    "fosstodon.org",
    "bookwyrm.tech",
]
BW_USERS = ["mira", "jonas", "tessa", "oakreader", "pagesandpints", "liv", "dmitri", "quietshelf"]
BW_BANNER_TASKS = [
    "bookwyrm.activitystreams.add_book_statuses_task",
    "bookwyrm.activitystreams.add_status_task",
    "bookwyrm.activitystreams.add_user_statuses_task",
    "bookwyrm.activitystreams.populate_stream_task",
    "bookwyrm.activitystreams.remove_book_statuses_task",
    "bookwyrm.activitystreams.remove_status_task",
    "bookwyrm.activitystreams.remove_user_statuses_task",
    "bookwyrm.connectors.abstract_connector.get_data",
    "bookwyrm.connectors.connector_manager.load_more_data",
    "bookwyrm.emailing.send_email",
    "bookwyrm.lists_stream.add_list_task",
    "bookwyrm.lists_stream.populate_lists_task",
    "bookwyrm.lists_stream.remove_list_task",
    "bookwyrm.models.activitypub_mixin.broadcast_task",
    "bookwyrm.models.antispam.automod_task",
    "bookwyrm.models.import_job.import_item_task",
    "bookwyrm.models.import_job.start_import_task",
    "bookwyrm.models.user.set_remote_server",
    "bookwyrm.preview_images.generate_edition_preview_image_task",
    "bookwyrm.preview_images.generate_site_preview_image_task",
    "bookwyrm.preview_images.generate_user_preview_image_task",
    "bookwyrm.suggested_users.rerank_suggestions_task",
    "bookwyrm.suggested_users.rerank_user_task",
    "bookwyrm.suggested_users.remove_suggestion_task",
    "bookwyrm.views.inbox.activity_task",
    "celerywyrm.tasks.debug_task",
]
BW_QUEUES = [
    "broadcast",
    "connectors",
    "email",
    "high_priority",
    "images",
    "import_triggered",
    "imports",
    "inbox",
    "lists",
    "low_priority",
    "medium_priority",
    "misc",
    "streams",
    "suggested_users",
]


def bw_banner(host: str, t: datetime) -> list[str]:
    out = [
        " ",
        f" -------------- celery@{host} v5.3.6 (emerald-rush)",
        "--- ***** ----- ",
        f"-- ******* ---- Linux-6.1.0-21-amd64-x86_64-with-glibc2.36 {t:%Y-%m-%d %H:%M:%S}",
        "- *** --- * --- ",
        "- ** ---------- [config]",
        "- ** ---------- .> app:         celerywyrm:0x7f9c3a4e1d50",
        "- ** ---------- .> transport:   redis://:**@redis_broker:6379/0",
        "- ** ---------- .> results:     redis://:**@redis_broker:6379/0",
        "- *** --- * --- .> concurrency: 4 (prefork)",
        "-- ******* ---- .> task events: OFF (enable -E to monitor tasks in this worker)",
        "--- ***** ----- ",
        " -------------- [queues]",
    ]
    for q in BW_QUEUES:
        out.append(f"                .> {q:<17}exchange={q}(direct) key={q}")
    out += ["", "[tasks]"] + [f"  . {x}" for x in BW_BANNER_TASKS] + [""]
    return out


BW_BANNER_LABEL = " \\n -------------- celery@%s v%s (%s)\\n--- ***** ----- \\n-- ******* ---- %s %s\\n- *** --- * --- \\n- ** ---------- [config]\\n- ** ---------- .> app:         %s\\n- ** ---------- .> transport:   %s\\n- ** ---------- .> results:     %s\\n- *** --- * --- .> concurrency: %s\\n-- ******* ---- .> task events: %s\\n--- ***** ----- \\n -------------- [queues]\\n%s\\n\\n[tasks]\\n%s\\n"


def bw_tb_redis(task: str, mod: str) -> list[str]:
    fn = task.rsplit(".", 1)[1]
    return [
        "Traceback (most recent call last):",
        f'  File "{BW_PY}/redis/connection.py", line 277, in connect',
        "    sock = self.retry.call_with_retry(",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{BW_PY}/redis/retry.py", line 46, in call_with_retry',
        "    return do()",
        "           ^^^^",
        f'  File "{BW_PY}/redis/connection.py", line 278, in <lambda>',
        "    lambda: self._connect(), lambda error: self.disconnect(error)",
        "            ^^^^^^^^^^^^^^^",
        f'  File "{BW_PY}/redis/connection.py", line 639, in _connect',
        "    raise err",
        f'  File "{BW_PY}/redis/connection.py", line 627, in _connect',
        "    sock.connect(socket_address)",
        "ConnectionRefusedError: [Errno 111] Connection refused",
        "",
        "During handling of the above exception, another exception occurred:",
        "",
        "Traceback (most recent call last):",
        f'  File "{BW_PY}/celery/app/trace.py", line 477, in trace_task',
        "    R = retval = fun(*args, **kwargs)",
        "                 ^^^^^^^^^^^^^^^^^^^^",
        f'  File "{BW_PY}/celery/app/trace.py", line 760, in __protected_call__',
        "    return self.run(*args, **kwargs)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "/app/bookwyrm/{mod}.py", line 521, in {fn}',
        "    stream.add_status(status, increment_unread=increment_unread_count)",
        f'  File "/app/bookwyrm/{mod}.py", line 46, in add_status',
        "    pipeline.execute()",
        f'  File "{BW_PY}/redis/client.py", line 1519, in execute',
        '    conn = self.connection_pool.get_connection("MULTI", self.shard_hint)',
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{BW_PY}/redis/connection.py", line 1086, in get_connection',
        "    connection.connect()",
        f'  File "{BW_PY}/redis/connection.py", line 283, in connect',
        "    raise ConnectionError(self._error_message(e))",
        "redis.exceptions.ConnectionError: Error 111 connecting to redis_activity:6379. Connection refused.",
    ]


def bw_tb_pg(frames: list[tuple[str, int, str, str]]) -> list[str]:
    out = ["Traceback (most recent call last):"]
    out += [
        f'  File "{BW_PY}/django/db/backends/base/base.py", line 275, in ensure_connection',
        "    self.connect()",
        f'  File "{BW_PY}/django/utils/asyncio.py", line 26, in inner',
        "    return func(*args, **kwargs)",
        "           ^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{BW_PY}/django/db/backends/base/base.py", line 256, in connect',
        "    self.connection = self.get_new_connection(conn_params)",
        "                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{BW_PY}/django/db/backends/postgresql/base.py", line 277, in get_new_connection',
        "    connection = self.Database.connect(**conn_params)",
        "                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{BW_PY}/psycopg2/__init__.py", line 122, in connect',
        "    conn = _connect(dsn, connection_factory=connection_factory, **kwasync)",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        'psycopg2.OperationalError: connection to server at "db" (172.18.0.4), port 5432 failed: Connection refused',
        "\tIs the server running on that host and accepting TCP/IP connections?",
        "",
        "",
        "The above exception was the direct cause of the following exception:",
        "",
        "Traceback (most recent call last):",
    ]
    for fpath, ln, fn, src in frames:
        out += [f'  File "{fpath}", line {ln}, in {fn}', f"    {src}"]
    out += [
        f'  File "{BW_PY}/django/db/backends/base/base.py", line 275, in ensure_connection',
        "    self.connect()",
        f'  File "{BW_PY}/django/db/utils.py", line 91, in __exit__',
        "    raise dj_exc_value.with_traceback(traceback) from exc_value",
        'django.db.utils.OperationalError: connection to server at "db" (172.18.0.4), port 5432 failed: Connection refused',
        "\tIs the server running on that host and accepting TCP/IP connections?",
        "",
    ]
    return out


def bw_tb_aiohttp(host: str, kind: str) -> list[str]:
    out = [
        "Traceback (most recent call last):",
        f'  File "{BW_PY}/aiohttp/connector.py", line 1025, in _wrap_create_connection',
        "    return await self._loop.create_connection(*args, **kwargs)  # type: ignore[return-value]  # noqa",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        '  File "/usr/local/lib/python3.11/asyncio/base_events.py", line 1112, in create_connection',
    ]
    if kind == "refused":
        out += [
            "    raise exceptions[0]",
            '  File "/usr/local/lib/python3.11/asyncio/base_events.py", line 1094, in create_connection',
            "    sock = await self._connect_sock(",
            "           ^^^^^^^^^^^^^^^^^^^^^^^^",
            '  File "/usr/local/lib/python3.11/asyncio/selector_events.py", line 634, in _sock_connect_cb',
            "    raise OSError(err, f'Connect call failed {address}')",
            "ConnectionRefusedError: [Errno 111] Connect call failed ('203.0.113.41', 443)",
        ]
    else:
        out += [
            "    transport, protocol = await self._create_connection_transport(",
            "                          ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
            '  File "/usr/local/lib/python3.11/asyncio/sslproto.py", line 575, in _do_handshake',
            "    self._sslobj.do_handshake()",
            '  File "/usr/local/lib/python3.11/ssl.py", line 979, in do_handshake',
            "    self._sslobj.do_handshake()",
            "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)",
        ]
    out += [
        "",
        "The above exception was the direct cause of the following exception:",
        "",
        "Traceback (most recent call last):",
        '  File "/app/bookwyrm/models/activitypub_mixin.py", line 604, in sign_and_send',
        "    async with session.post(destination, data=data, headers=headers) as response:",
        f'  File "{BW_PY}/aiohttp/client.py", line 1197, in __aenter__',
        "    self._resp = await self._coro",
        "                 ^^^^^^^^^^^^^^^^",
        f'  File "{BW_PY}/aiohttp/client.py", line 581, in _request',
        "    conn = await self._connector.connect(",
        "           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
    ]
    if kind == "refused":
        out.append(
            f"aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host {host}:443 ssl:default [Connect call failed ('203.0.113.41', 443)]"
        )
    else:
        out.append(
            f"aiohttp.client_exceptions.ClientConnectorCertificateError: Cannot connect to host {host}:443 ssl:True [SSLCertVerificationError: (1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)')]"
        )
    return out


def bookwyrm(r: random.Random) -> list[Log]:
    """BookWyrm 0.7.3's web and Celery worker containers, 06:00 to 12:00."""
    fs = Files()
    fw, fc = "bookwyrm-web.log", "bookwyrm-celery_worker.log"
    host = ["7c41e9a2d6f3"]
    gen = [0]

    def C(
        proc: str,
        t: datetime,
        level: str,
        label: str | None,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        key = (gen[0], proc)
        return fs.add(
            fc,
            t,
            label,
            lambda x: (
                [f"[{x:%Y-%m-%d %H:%M:%S},{x.microsecond // 1000:03d}: {level}/{proc}] {msg}"]
                + (more or [])
            ),
            key,
            MS,
        )

    def bare(f: str, proc: object, t: datetime, label: str | None, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda x: lines, ("bare", proc), MS)

    def G(pid: int, t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            fw,
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S} +0000] [{pid}] [{level}] {msg}"],
            ("gunicorn", pid),
            SEC,
        )

    def both(proc: str, t: datetime, level: str, label: str, msg: str, tb: list[str]) -> datetime:
        """A bookwyrm logger call in a pool process: its console handler's bare line, then Celery's."""
        bare(fc, (gen[0], proc), t, label, [msg, *tb])
        return C(proc, t, level, label, msg, tb)

    broker_down = (at(7, 20, 14), at(7, 21, 4))
    activity_down = (at(8, 52, 30), at(8, 55, 40))
    db_down = (at(10, 15, 2), at(10, 15, 41))
    deploy = at(9, 40, 11)
    expired_fixed = at(10, 58)
    busy: dict[str, datetime] = {}

    def pool_proc(t: datetime) -> str:
        free = [
            p
            for p in (f"ForkPoolWorker-{i}" for i in range(1, 5))
            if busy.get(f"{gen[0]}{p}", T0) <= t
        ]
        return r.choice(free) if free else f"ForkPoolWorker-{r.randint(1, 4)}"

    def broadcast(proc: str, t: datetime) -> datetime:
        n = r.choice([1, 1, 2, 2, 3, 4, 6])
        peers = r.sample(BW_PEERS, min(n, len(BW_PEERS)))
        for h in peers:
            url = f"https://{h}/inbox"
            if h == "bw.gone.example":
                err = f"Cannot connect to host {h}:443 ssl:default [Connect call failed ('203.0.113.41', 443)]"
                t = both(
                    proc,
                    t + sec(r.uniform(0.002, 0.05)),
                    "ERROR",
                    "Cannot connect to host %s:%s ssl:%s [Connect call failed ('%s', %s)]",
                    err,
                    bw_tb_aiohttp(h, "refused"),
                )
            elif h == "books.expired.example" and t < expired_fixed:
                err = f"Cannot connect to host {h}:443 ssl:True [SSLCertVerificationError: (1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)')]"
                t = both(
                    proc,
                    t + sec(r.uniform(0.05, 0.2)),
                    "ERROR",
                    "Cannot connect to host %s:%s ssl:%s [SSLCertVerificationError: (%s, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:%s)')]",
                    err,
                    bw_tb_aiohttp(h, "ssl"),
                )
            elif h == "wyrm.slowpoke.example" and r.random() < 0.6:
                t = both(
                    proc,
                    t + sec(10.0 + r.uniform(0, 0.02)),
                    "INFO",
                    "Connection timed out for url: %s",
                    f"Connection timed out for url: {url}",
                    [],
                )
            elif h == "readinglog.example" or (h == "tech.lgbt" and r.random() < 0.15):
                reason = "Unauthorized" if h == "readinglog.example" else "Bad Gateway"
                t = both(
                    proc,
                    t + sec(r.uniform(0.1, 0.6)),
                    "ERROR",
                    "Failed to send broadcast to %s: %s",
                    f"Failed to send broadcast to {url}: {reason}",
                    ["NoneType: None"],
                )
                t = both(
                    proc,
                    t + sec(0.001),
                    "INFO",
                    "Trying again with legacy keyId header value",
                    "Trying again with legacy keyId header value",
                    [],
                )
                if r.random() < 0.7:
                    t = both(
                        proc,
                        t + sec(r.uniform(0.1, 0.5)),
                        "ERROR",
                        "Failed to send broadcast to %s: %s",
                        f"Failed to send broadcast to {url}: {reason}",
                        ["NoneType: None"],
                    )
        return t

    def task(t: datetime, name: str, rt: tuple[float, float], forced: str = "") -> None:
        tid = uuid4(r)
        t = C("MainProcess", t, "INFO", "Task %s[%s] received", f"Task {name}[{tid}] received")
        start = t + sec(r.uniform(0.001, 0.03))
        proc = pool_proc(start)
        run = r.uniform(*rt)
        if name == "bookwyrm.models.activitypub_mixin.broadcast_task" and not forced:
            end = broadcast(proc, start + sec(0.05))
            run = max(run, (end - start).total_seconds() + 0.002)
        fail = forced
        if not fail and name in BW_REDIS_TASKS and in_any(start, [activity_down]):
            fail = "redis"
        if not fail and in_any(start, [db_down]):
            fail = "pg"
        if fail == "redis":
            msg = f"Task {name}[{tid}] raised unexpected: ConnectionError('Error 111 connecting to redis_activity:6379. Connection refused.')"
            mod = name.split(".")[1]
            t = C(
                proc,
                start + sec(r.uniform(0.002, 0.01)),
                "ERROR",
                "Task %s[%s] raised unexpected: ConnectionError('Error %s connecting to %s:%s. Connection refused.')",
                msg,
                bw_tb_redis(name, mod),
            )
        elif fail == "pg":
            msg = f"Task {name}[{tid}] raised unexpected: OperationalError('connection to server at \"db\" (172.18.0.4), port 5432 failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n')"
            frames = [
                (
                    f"{BW_PY}/celery/app/trace.py",
                    477,
                    "trace_task",
                    "R = retval = fun(*args, **kwargs)",
                ),
                (
                    f"{BW_PY}/celery/app/trace.py",
                    760,
                    "__protected_call__",
                    "return self.run(*args, **kwargs)",
                ),
                ("/app/bookwyrm/views/inbox.py", 112, "activity_task", "activity.to_model()"),
            ]
            t = C(
                proc,
                start + sec(r.uniform(0.01, 0.05)),
                "ERROR",
                "Task %s[%s] raised unexpected: OperationalError('connection to server at \"%s\" (%s), port %s failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?\\n')",
                msg,
                bw_tb_pg(frames),
            )
        else:
            t = C(
                proc,
                start + sec(run),
                "INFO",
                "Task %s[%s] succeeded in %ss: %s",
                f"Task {name}[{tid}] succeeded in {run + r.uniform(0, 0.0009)!r}s: None",
            )
        busy[f"{gen[0]}{proc}"] = t

    def celery_start(t: datetime) -> datetime:
        bare(fc, ("boot", gen[0]), t, BW_BANNER_LABEL, bw_banner(host[0], t))
        t += sec(0.45)
        warn = [
            f"{BW_PY}/celery/worker/consumer/consumer.py:507: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine",
            "whether broker connection retries are made during startup in Celery 6.0 and above.",
            "If you wish to retain the existing behavior for retrying connections on startup,",
            "you should set broker_connection_retry_on_startup to True.",
            "  warnings.warn(",
            "",
        ]
        lab = "%s:%s: CPendingDeprecationWarning: The broker_connection_retry configuration setting will no longer determine\\nwhether broker connection retries are made during startup in Celery 6.0 and above.\\nIf you wish to retain the existing behavior for retrying connections on startup,\\nyou should set broker_connection_retry_on_startup to True.\\n  %s\\n"
        t = C("MainProcess", t, "WARNING", lab, warn[0], warn[1:])
        t = C(
            "MainProcess",
            t + sec(0.004),
            "INFO",
            "Connected to %s",
            "Connected to redis://:**@redis_broker:6379/0",
        )
        t = C(
            "MainProcess",
            t + sec(0.003),
            "INFO",
            "mingle: searching for neighbors",
            "mingle: searching for neighbors",
        )
        t = C("MainProcess", t + sec(1.01), "INFO", "mingle: all alone", "mingle: all alone")
        return C("MainProcess", t + sec(0.02), "INFO", "%s ready.", f"celery@{host[0]} ready.")

    # task arrivals: federation, timelines, the 10:30 Goodreads import
    arrivals: list[tuple[datetime, str, tuple[float, float]]] = []
    for name, w, rt in BW_TASKS:
        mean = 21600 / (w * 8.4)
        for tt in poisson(r, T0 + sec(40), T_END, mean):
            arrivals.append((tt, name, rt))
    for tt in poisson(r, at(10, 30, 5), at(10, 41), 4.2):
        arrivals.append((tt, "bookwyrm.models.import_job.import_item_task", (0.6, 3.5)))
    arrivals.sort(key=lambda x: x[0])
    done_deploy = False
    for tt, name, rt in arrivals:
        if in_any(tt, [broker_down]) or deploy <= tt < deploy + sec(14):
            continue
        if not done_deploy and tt >= deploy:
            done_deploy = True
            bare(
                fc,
                ("stop", gen[0]),
                deploy,
                "\\nworker: %s shutdown (MainProcess)",
                ["", "worker: Warm shutdown (MainProcess)"],
            )
            gen[0] += 1
            host[0] = "e2a0b57c9d14"
            celery_start(deploy + sec(9.6))
        task(tt, name, rt)
    # the broker restarted at 07:20
    tb = [
        "Traceback (most recent call last):",
        f'  File "{BW_PY}/celery/worker/consumer/consumer.py", line 340, in start',
        "    blueprint.start(self)",
        f'  File "{BW_PY}/celery/bootsteps.py", line 116, in start',
        "    step.start(parent)",
        f'  File "{BW_PY}/celery/worker/consumer/consumer.py", line 746, in start',
        "    c.loop(*c.loop_args())",
        f'  File "{BW_PY}/celery/worker/loops.py", line 97, in asynloop',
        "    next(loop)",
        f'  File "{BW_PY}/kombu/asynchronous/hub.py", line 373, in create_loop',
        "    cb(*cbargs)",
        f'  File "{BW_PY}/kombu/transport/redis.py", line 1344, in on_readable',
        "    self.cycle.on_readable(fileno)",
        f'  File "{BW_PY}/kombu/transport/redis.py", line 569, in on_readable',
        "    chan.handlers[type]()",
        f'  File "{BW_PY}/kombu/transport/redis.py", line 962, in _brpop_read',
        "    dest__item = self.client.parse_response(self.client.connection,",
        "                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{BW_PY}/redis/connection.py", line 512, in read_response',
        "    response = self._parser.read_response(disable_decoding=disable_decoding)",
        "               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^",
        f'  File "{BW_PY}/redis/_parsers/socket.py", line 67, in _read_from_socket',
        "    raise ConnectionError(SERVER_CLOSED_CONNECTION_ERROR)",
        "redis.exceptions.ConnectionError: Connection closed by server.",
    ]
    gen_save = gen[0]
    gen[0] = 0
    t = C(
        "MainProcess",
        broker_down[0],
        "WARNING",
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        "consumer: Connection to broker lost. Trying to re-establish the connection...",
        tb,
    )
    t += sec(0.006)
    for i in range(1, 7):
        msg = "consumer: Cannot connect to redis://:**@redis_broker:6379/0: Error 111 connecting to redis_broker:6379. Connection refused.."
        t = C(
            "MainProcess",
            t,
            "ERROR",
            "consumer: Cannot connect to %s: Error %s connecting to %s:%s. Connection refused..\\nTrying again in %s seconds... (%s/%s)\\n",
            msg,
            [f"Trying again in {2 * i:.2f} seconds... ({i}/100)", ""],
        )
        t += sec(2 * i + 0.01)
    t = C(
        "MainProcess", t, "INFO", "Connected to %s", "Connected to redis://:**@redis_broker:6379/0"
    )
    t = C(
        "MainProcess",
        t + sec(0.003),
        "INFO",
        "mingle: searching for neighbors",
        "mingle: searching for neighbors",
    )
    C("MainProcess", t + sec(1.01), "INFO", "mingle: all alone", "mingle: all alone")
    gen[0] = gen_save

    # the web container: gunicorn's master and three sync workers, Django's and bookwyrm's bare lines
    wpids = [9, 10, 11]
    wfr = [0]

    def W(t: datetime, label: str, lines: list[str]) -> datetime:
        wfr[0] += 1
        return fs.add(fw, t, label, lambda x: lines, ("wreq", wfr[0]), MS)

    def gboot(t: datetime, master: int, workers: list[int]) -> None:
        t = G(master, t, "INFO", "Starting gunicorn %s", "Starting gunicorn 22.0.0")
        t = G(
            master,
            t + sec(0.01),
            "INFO",
            "Listening at: %s (%s)",
            f"Listening at: http://0.0.0.0:8000 ({master})",
        )
        t = G(master, t + sec(0.01), "INFO", "Using worker: %s", "Using worker: sync")
        for wp in workers:
            G(
                wp,
                t + sec(r.uniform(0.01, 0.05)),
                "INFO",
                "Booting worker with pid: %s",
                f"Booting worker with pid: {wp}",
            )

    paths_404 = [
        "/wp-login.php",
        "/.env",
        "/xmlrpc.php",
        "/wp-includes/wlwmanifest.xml",
        "/.git/config",
        "/admin/config.php",
        "/phpmyadmin/",
        "/api/v1/instance",
        "/api/v2/instance",
        "/.well-known/security.txt",
        "/favicon.ico",
        "/ads.txt",
    ]
    for tt in poisson(r, T0, T_END, 95) + poisson(r, at(11, 5), at(11, 9), 3):
        if deploy <= tt < deploy + sec(12):
            continue
        p = (
            r.choice(paths_404)
            if r.random() < 0.8
            else f"/book/{r.randint(1, 90000)}/s/{r.choice(['dune', 'piranesi', 'the-dispossessed', 'middlemarch'])}"
        )
        W(tt, "Not Found: %s", [f"Not Found: {p}"])
    queries = [
        "piranesi",
        "ursula%20le%20guin",
        "the%20left%20hand%20of%20darkness",
        "dune",
        "station%20eleven",
        "becky%20chambers",
        "middlemarch",
        "9780441013593",
        "n.k.%20jemisin",
        "the%20overstory",
    ]
    ol_down = (at(8, 5), at(8, 44))
    for tt in poisson(r, T0, T_END, 130):
        if deploy <= tt < deploy + sec(12):
            continue
        q = r.choice(queries)
        t = tt
        if tt < at(10, 2):
            t = W(
                t + sec(r.uniform(0.01, 0.3)),
                "Cannot connect to host %s:%s ssl:%s [Connect call failed ('%s', %s)]",
                [
                    "Cannot connect to host books.closed.example:443 ssl:default [Connect call failed ('198.51.100.23', 443)]"
                ],
            )
        if in_any(tt, [ol_down]):
            t = W(
                t + sec(r.uniform(0.3, 2)),
                "Unable to connect to %s: %s",
                [
                    f"Unable to connect to https://openlibrary.org/search.json?q={q}: Service Unavailable"
                ],
            )
        if r.random() < 0.22:
            t = W(
                t + sec(r.uniform(0.05, 0.5)),
                "Connection timed out for url: %s",
                [
                    f"Connection timed out for url: https://inventaire.io/api/search?types=works&types=editions&search={q}&lang=en"
                ],
            )
    for tt in poisson(r, T0, T_END, 380) + poisson(r, at(11, 40), at(11, 47), 12):
        W(
            tt,
            "Unauthorized: %s",
            [
                f"Unauthorized: /user/{r.choice(BW_USERS)}/inbox"
                if r.random() < 0.5
                else "Unauthorized: /inbox"
            ],
        )
    for tt in poisson(r, T0, T_END, 1500):
        W(
            tt,
            "Forbidden (CSRF token from POST incorrect.): %s",
            ["Forbidden (CSRF token from POST incorrect.): /login/"],
        )
    for tt in poisson(r, broker_down[0], broker_down[1], 9):
        tb = [
            "Traceback (most recent call last):",
            f'  File "{BW_PY}/kombu/connection.py", line 472, in _reraise_as_library_errors',
            "    yield",
            f'  File "{BW_PY}/celery/app/base.py", line 789, in send_task',
            "    amqp.send_task_message(P, name, message, **options)",
            f'  File "{BW_PY}/redis/connection.py", line 283, in connect',
            "    raise ConnectionError(self._error_message(e))",
            "redis.exceptions.ConnectionError: Error 111 connecting to redis_broker:6379. Connection refused.",
            "",
            "The above exception was the direct cause of the following exception:",
            "",
            "Traceback (most recent call last):",
            f'  File "{BW_PY}/django/core/handlers/exception.py", line 55, in inner',
            "    response = get_response(request)",
            "               ^^^^^^^^^^^^^^^^^^^^^",
            '  File "/app/bookwyrm/views/inbox.py", line 77, in post',
            "    activity_task.delay(activity_json)",
            f'  File "{BW_PY}/kombu/connection.py", line 476, in _reraise_as_library_errors',
            "    raise ConnectionError(str(exc)) from exc",
            "kombu.exceptions.OperationalError: Error 111 connecting to redis_broker:6379. Connection refused.",
        ]
        W(
            tt,
            "Internal Server Error: %s",
            [
                f"Internal Server Error: {r.choice(['/inbox', '/inbox', f'/user/{r.choice(BW_USERS)}/inbox'])}",
                *tb,
            ],
        )
    for tt in poisson(r, db_down[0], db_down[1] + sec(4), 2.6):
        path = r.choice(
            [
                "/",
                "/inbox",
                "/book/4512/s/piranesi",
                f"/user/{r.choice(BW_USERS)}",
                "/discover",
                "/search?q=dune",
            ]
        )
        frames = [
            (
                f"{BW_PY}/django/core/handlers/exception.py",
                55,
                "inner",
                "response = get_response(request)",
            ),
            (
                f"{BW_PY}/django/core/handlers/base.py",
                197,
                "_get_response",
                "response = wrapped_callback(request, *callback_args, **callback_kwargs)",
            ),
            (
                "/app/bookwyrm/middleware/timezone_middleware.py",
                14,
                "__call__",
                "if request.user.is_authenticated:",
            ),
        ]
        W(tt, "Internal Server Error: %s", [f"Internal Server Error: {path}", *bw_tb_pg(frames)])
    G(1, at(10, 15, 36), "CRITICAL", "WORKER TIMEOUT (pid:%s)", "WORKER TIMEOUT (pid:9)")
    G(
        1,
        at(10, 15, 37),
        "ERROR",
        "Worker (pid:%s) was sent SIGKILL! Perhaps out of memory?",
        "Worker (pid:9) was sent SIGKILL! Perhaps out of memory?",
    )
    G(41, at(10, 15, 37), "INFO", "Booting worker with pid: %s", "Booting worker with pid: 41")
    G(1, at(10, 15, 39), "CRITICAL", "WORKER TIMEOUT (pid:%s)", "WORKER TIMEOUT (pid:8)")
    G(
        1,
        at(10, 15, 40),
        "ERROR",
        "Worker (pid:%s) was sent SIGKILL! Perhaps out of memory?",
        "Worker (pid:8) was sent SIGKILL! Perhaps out of memory?",
    )
    G(42, at(10, 15, 40), "INFO", "Booting worker with pid: %s", "Booting worker with pid: 42")
    # the 09:40 deploy recreates the web container
    t = G(1, deploy + sec(0.4), "INFO", "Handling signal: %s", "Handling signal: term")
    for wp in wpids:
        G(
            wp,
            t + sec(r.uniform(0.01, 0.1)),
            "INFO",
            "Worker exiting (pid: %s)",
            f"Worker exiting (pid: {wp})",
        )
    G(1, t + sec(0.6), "INFO", "Shutting down: %s", "Shutting down: Master")
    gboot(deploy + sec(7.2), 1, [7, 8, 9])
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ mbin

MB_HOST = "kbin.example.net"
MB_ROOT = "/var/www/mbin"
MB_AMQP = "Symfony\\Component\\Messenger\\Bridge\\Amqp\\Transport\\AmqpTransport"
MB_IN = "App\\Message\\ActivityPub\\Inbox\\"
MB_OUT = "App\\Message\\ActivityPub\\Outbox\\"
# inbox activity -> the message ActivityHandler dispatches, its transport, weight
MB_ACTIVITIES = [
    ("Create", MB_IN + "CreateMessage", "inbox", 30),
    ("Like", MB_IN + "LikeMessage", "inbox", 28),
    ("Announce", MB_IN + "AnnounceMessage", "inbox", 18),
    ("Update", MB_IN + "UpdateMessage", "inbox", 6),
    ("Delete", MB_IN + "DeleteMessage", "inbox", 8),
    ("Follow", MB_IN + "FollowMessage", "inbox", 3),
    ("Undo", MB_IN + "ChainActivityMessage", "inbox", 4),
]
PG_INNER = 'An exception occurred in the driver: SQLSTATE[08006] [7] connection to server at "127.0.0.1", port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?'
PG_INNER_LABEL = 'An exception occurred in the driver: SQLSTATE[%s] [%s] connection to server at "%s", port %s failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?'
MB_PEERS = [
    "lemmy.world",
    "lemmy.ml",
    "beehaw.org",
    "programming.dev",
    "mastodon.social",
    "fedia.io",
    "lemm.ee",
    "sh.itjust.works",
    "lemmy.down.example",
    "gone.example",
    "kbin.run",
]
MB_MAGS = [
    "technology",
    "linux",
    "selfhosted",
    "fediverse",
    "books",
    "photography",
    "programming",
    "gaming",
]
# the instances subscribed to each magazine, which its new threads are delivered to
MB_SUBS = {
    "technology": ["lemmy.world", "lemmy.ml", "beehaw.org", "gone.example", "fedia.io"],
    "linux": [
        "lemmy.world",
        "lemmy.ml",
        "programming.dev",
        "lemmy.down.example",
        "sh.itjust.works",
    ],
    "selfhosted": ["lemmy.world", "lemmy.down.example", "lemm.ee", "fedia.io"],
    "fediverse": ["lemmy.world", "mastodon.social", "fedia.io", "kbin.run", "beehaw.org"],
    "books": ["lemmy.world", "beehaw.org"],
    "photography": ["lemmy.world", "mastodon.social", "lemm.ee"],
    "programming": ["programming.dev", "lemmy.ml", "lemmy.world", "gone.example"],
    "gaming": ["lemmy.world", "lemm.ee", "sh.itjust.works", "lemmy.down.example"],
}
MB_USERS = ["ernest", "melroy", "asdfzdfj", "blobfish", "kiwi_dev", "nobodyhere", "rosa", "tomcat"]
MB_ROUTES = [
    # route, controller, method, path maker, weight
    ("front", "App\\Controller\\Entry\\EntryFrontController::front", "GET", lambda r: "/", 10),
    (
        "front_magazine",
        "App\\Controller\\Entry\\EntryFrontController::magazine",
        "GET",
        lambda r: f"/m/{r.choice(MB_MAGS)}",
        9,
    ),
    (
        "entry_single",
        "App\\Controller\\Entry\\EntrySingleController",
        "GET",
        lambda r: (
            f"/m/{r.choice(MB_MAGS)}/t/{r.randint(180000, 260000)}/{r.choice(['new-release', 'ask-anything', 'weekly-thread', 'show-your-setup'])}"
        ),
        14,
    ),
    (
        "ap_user",
        "App\\Controller\\ActivityPub\\User\\UserController",
        "GET",
        lambda r: f"/u/{r.choice(MB_USERS)}",
        6,
    ),
    (
        "ap_magazine",
        "App\\Controller\\ActivityPub\\Magazine\\MagazineController",
        "GET",
        lambda r: f"/m/{r.choice(MB_MAGS)}",
        5,
    ),
    (
        "ap_webfinger",
        "App\\Controller\\ActivityPub\\WebFingerController",
        "GET",
        lambda r: "/.well-known/webfinger",
        4,
    ),
    (
        "ap_node_info_v2",
        "App\\Controller\\ActivityPub\\NodeInfoController::nodeInfoV2",
        "GET",
        lambda r: "/nodeinfo/2.0.json",
        2,
    ),
    (
        "magazine_entries_count",
        "App\\Controller\\Api\\Magazine\\MagazineRetrieveApi",
        "GET",
        lambda r: f"/api/magazine/name/{r.choice(MB_MAGS)}",
        3,
    ),
]


def mb_exc(cls: str, msg: str, at_: str, prev: str = "") -> str:
    s = f"[object] ({cls}(code: 0): {msg} at {at_})"
    return s + (f"\n[previous exception] {prev}" if prev else "")


def mbin(r: random.Random) -> list[Log]:
    """Mbin 1.7 (Symfony 7) on one host: php-fpm and six messenger consumers, 06:00 to 12:00."""
    fs = Files()
    f = "prod-2024-06-07.log"

    def L(
        proc: object, t: datetime, chan: str, level: str, label: str, msg: str, ctx: dict
    ) -> datetime:
        m = msg.replace("\r\n", " ").replace("\n", " ")
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"[{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}+00:00] {chan}.{level}: {m} {mono_json(ctx)} []"
            ],
            proc,
            US,
        )

    redis_down = (at(7, 31, 12), at(7, 34, 40))
    pg_down = (at(10, 40, 5), at(10, 44, 30))
    lemmy_down = (at(8, 10), at(9, 25))
    stuffing = (at(9, 50), at(10, 3))
    req_n = [0]

    def req() -> tuple[str, int]:
        req_n[0] += 1
        return ("fpm", req_n[0])

    def send(proc: object, t: datetime, cls: str, alias: str) -> datetime:
        return L(
            proc,
            t,
            "messenger",
            "INFO",
            "Sending message %s with %s sender using %s",
            f"Sending message {cls} with {alias} sender using {MB_AMQP}",
            {"class": cls, "alias": alias, "sender": MB_AMQP},
        )

    def matched(
        proc: object, t: datetime, route: str, ctrl: str, method: str, path: str
    ) -> datetime:
        params = {"_route": route, "_controller": ctrl}
        return L(
            proc,
            t,
            "request",
            "INFO",
            'Matched route "%s".',
            f'Matched route "{route}".',
            {
                "route": route,
                "route_parameters": params,
                "request_uri": f"https://{MB_HOST}{path}",
                "method": method,
            },
        )

    def db_crit(p: object, t: datetime) -> datetime:
        msg = 'An exception occurred in the driver: SQLSTATE[08006] [7] connection to server at "127.0.0.1", port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?'
        return L(
            p,
            t,
            "request",
            "CRITICAL",
            'Uncaught PHP Exception %s: "An exception occurred in the driver: SQLSTATE[%s] [%s] connection to server at "%s", port %s failed: Connection refused\\n\\tIs the server running on that host and accepting TCP/IP connections?" at %s line %s',
            f'Uncaught PHP Exception Doctrine\\DBAL\\Exception\\ConnectionException: "{msg}" at {MB_ROOT}/vendor/doctrine/dbal/src/Driver/API/PostgreSQL/ExceptionConverter.php line 81',
            {
                "exception": mb_exc(
                    "Doctrine\\DBAL\\Exception\\ConnectionException",
                    msg,
                    f"{MB_ROOT}/vendor/doctrine/dbal/src/Driver/API/PostgreSQL/ExceptionConverter.php:81",
                )
            },
        )

    # consumers: supervisord's six `messenger:consume ... --time-limit=3600` processes, each
    # a run of processes (start, end, pid, why it stopped); one stops over its memory limit
    # three times while big threads are imported
    mem_stops = {0: [at(8, 47, 12)], 3: [at(10, 58, 40)], 5: [at(11, 3, 2)]}
    slots: list[list[tuple[datetime, datetime, int, str]]] = []
    pid = 3000
    for i in range(6):
        runs = []
        t = T0 - sec(r.uniform(0, 3500))
        while t < T_END:
            pid += r.randint(20, 400)
            end, why = t + sec(3600), "time"
            for m in mem_stops.get(i, []):
                if t < m < end:
                    end, why = m, "memory"
            runs.append((t, end, pid, why))
            t = end + sec(r.uniform(1.0, 1.6))
        slots.append(runs)
    for runs in slots:
        for _s, end, cpid, why in runs:
            if end > T_END:
                continue
            if why == "time":
                L(
                    ("consumer", cpid),
                    end,
                    "messenger",
                    "INFO",
                    "Worker stopped due to time limit of %ss exceeded",
                    "Worker stopped due to time limit of 3600s exceeded",
                    {"timeLimit": 3600},
                )
            else:
                used = r.randint(134217800, 140000000)
                L(
                    ("consumer", cpid),
                    end,
                    "messenger",
                    "INFO",
                    "Worker stopped due to memory limit of %s bytes exceeded (%s bytes used)",
                    f"Worker stopped due to memory limit of 134217728 bytes exceeded ({used} bytes used)",
                    {"limit": 134217728, "memory": used},
                )

    def consumer_at(t: datetime) -> tuple[str, int]:
        runs = r.choice(slots)
        for _s, end, cpid, _w in runs:
            if t < end - sec(2):
                return ("consumer", cpid)
        return ("consumer", runs[-1][2])

    def consume(
        t: datetime,
        cls: str,
        handler: str,
        work: float,
        fail: tuple[str, str] | None = None,
        retry: int = 0,
        after: list | None = None,
    ) -> datetime:
        p = consumer_at(t)
        t += sec(r.uniform(0.001, 0.02))
        t = L(
            p,
            t,
            "messenger",
            "INFO",
            "Received message %s",
            f"Received message {cls}",
            {"class": cls},
        )
        t += sec(work)
        if fail is None and in_any(t, [pg_down]):
            fail = (PG_INNER_LABEL, PG_INNER)
        for fn in after or []:
            t = fn(p, t)
        if fail:
            inner_label, inner = fail
            err = f'Handling "{cls}" failed: {inner}'
            exc = mb_exc(
                "Symfony\\Component\\Messenger\\Exception\\HandlerFailedException",
                err,
                f"{MB_ROOT}/vendor/symfony/messenger/Middleware/HandleMessageMiddleware.php:124",
            )
            if retry < 5:
                delay = 60000 * 3**retry
                t = L(
                    p,
                    t,
                    "messenger",
                    "WARNING",
                    'Error thrown while handling message %s. Sending for retry #%s using %s ms delay. Error: "Handling "%s" failed: '
                    + inner_label
                    + '"',
                    f'Error thrown while handling message {cls}. Sending for retry #{retry + 1} using {delay} ms delay. Error: "{err}"',
                    {
                        "class": cls,
                        "retryCount": retry + 1,
                        "delay": delay,
                        "error": err,
                        "exception": exc,
                    },
                )
            else:
                t = L(
                    p,
                    t,
                    "messenger",
                    "CRITICAL",
                    'Error thrown while handling message %s. Removing from transport after %s retries. Error: "Handling "%s" failed: '
                    + inner_label
                    + '"',
                    f'Error thrown while handling message {cls}. Removing from transport after {retry} retries. Error: "{err}"',
                    {"class": cls, "retryCount": retry, "error": err, "exception": exc},
                )
                t = L(
                    p,
                    t + sec(0.0003),
                    "messenger",
                    "INFO",
                    "Rejected message %s will be sent to the failure transport %s.",
                    f"Rejected message {cls} will be sent to the failure transport failed.",
                    {"class": cls, "transport": "failed"},
                )
        else:
            t = L(
                p,
                t + sec(0.0002),
                "messenger",
                "INFO",
                "Message %s handled by %s",
                f"Message {cls} handled by {handler}::__invoke",
                {"class": cls, "handler": f"{handler}::__invoke"},
            )
            t = L(
                p,
                t + sec(0.0004),
                "messenger",
                "INFO",
                "%s was handled successfully (acknowledging to transport).",
                f"{cls} was handled successfully (acknowledging to transport).",
                {"class": cls},
            )
        return t

    def deliver(t: datetime, inbox: str, retry: int = 0) -> None:
        cls = MB_OUT + "DeliverMessage"
        host = inbox.split("/")[2]
        fail = None
        if host == "lemmy.down.example" and in_any(t, [lemmy_down]):
            fail = ('Idle timeout reached for "%s".', f'Idle timeout reached for "{inbox}".')
            work = 30.0
        elif host == "gone.example":
            fail = (
                'Could not resolve host: %s for "%s".',
                f'Could not resolve host: gone.example for "{inbox}".',
            )
            work = 0.01
        elif host == "lemmy.world" and at(11, 5) <= t < at(11, 40):
            fail = ('%s returned for "%s".', f'HTTP/2 502 returned for "{inbox}".')
            work = 0.3
        else:
            work = r.uniform(0.05, 0.9)
        end = consume(
            t, cls, "App\\MessageHandler\\ActivityPub\\Outbox\\DeliverHandler", work, fail, retry
        )
        if fail and retry < 5:
            nxt = end + sec(60 * 3**retry + r.uniform(0.05, 2))
            if nxt < T_END:
                deliver(nxt, inbox, retry + 1)

    # inbound activities on the shared inbox
    for tt in poisson(r, T0, T_END, 470) + poisson(r, at(7, 0), at(7, 20), 30):
        typ, cls, alias, _ = pick_w(r, [(x[3], x) for x in MB_ACTIVITIES])  # type: ignore[misc]
        p = req()
        if in_any(tt, [pg_down]):
            t = matched(
                p,
                tt,
                "ap_shared_inbox",
                "App\\Controller\\ActivityPub\\SharedInboxController",
                "POST",
                "/f/inbox",
            )
            db_crit(p, t + sec(0.004))
            continue
        t = matched(
            p,
            tt,
            "ap_shared_inbox",
            "App\\Controller\\ActivityPub\\SharedInboxController",
            "POST",
            "/f/inbox",
        )
        t = send(p, t + sec(r.uniform(0.002, 0.02)), MB_IN + "ActivityMessage", "receive")
        inner = [cls, alias]

        def after(proc: object, t: datetime, inner: list = inner) -> datetime:
            return send(proc, t, inner[0], inner[1])

        end = consume(
            t + sec(r.uniform(0.005, 0.3)),
            MB_IN + "ActivityMessage",
            "App\\MessageHandler\\ActivityPub\\Inbox\\ActivityHandler",
            r.uniform(0.01, 0.4),
            after=[after],
        )
        post: list = []
        link = typ == "Create" and r.random() < 0.35
        if link:
            post.append(lambda proc, t: send(proc, t, "App\\Message\\LinkEmbedMessage", "async"))
        if typ == "Create" and r.random() < 0.2:

            def warn(proc: object, t: datetime) -> datetime:
                key = r.choice(["url", "url", "mediaType"])
                m = f'Warning: Undefined array key "{key}"'
                return L(
                    proc,
                    t,
                    "php",
                    "WARNING",
                    'Warning: Undefined array key "%s"',
                    m,
                    {
                        "exception": mb_exc(
                            "ErrorException",
                            m,
                            f"{MB_ROOT}/src/Factory/ActivityPub/AttachmentFactory.php:52",
                        )
                    },
                )

            post.insert(0, warn)
        handler = "App\\MessageHandler\\" + cls[len("App\\Message\\") : -len("Message")] + "Handler"
        end = consume(
            end + sec(r.uniform(0.01, 1.5)), cls, handler, r.uniform(0.02, 1.2), after=post
        )
        if len(post) and post[-1] is not None and typ == "Create" and link:
            consume(
                end + sec(r.uniform(0.01, 0.8)),
                "App\\Message\\LinkEmbedMessage",
                "App\\MessageHandler\\LinkEmbedHandler",
                r.uniform(0.2, 2.5),
            )

    # local posts and votes go out to the subscribers' instances
    for tt in poisson(r, T0, T_END, 560) + poisson(r, at(11, 8), at(11, 32), 160):
        p = req()
        mag = r.choice(MB_MAGS)
        t = matched(
            p,
            tt,
            "entry_create",
            "App\\Controller\\Entry\\EntryCreateController",
            "POST",
            f"/m/{mag}/new",
        )
        t = send(p, t + sec(r.uniform(0.05, 0.2)), MB_OUT + "CreateMessage", "outbox")
        peers = MB_SUBS[mag]

        def fan(proc: object, t: datetime, peers: list = peers) -> datetime:
            for _h in peers:
                t = send(proc, t + sec(0.0005), MB_OUT + "DeliverMessage", "deliver")
            return t

        end = consume(
            t + sec(r.uniform(0.01, 0.3)),
            MB_OUT + "CreateMessage",
            "App\\MessageHandler\\ActivityPub\\Outbox\\CreateHandler",
            r.uniform(0.02, 0.2),
            after=[fan],
        )
        for h in peers:
            path = "/f/inbox" if h == "fedia.io" else "/inbox"
            deliver(end + sec(r.uniform(0.01, 2.0)), f"https://{h}{path}")

    # page views and federation fetches
    for tt in poisson(r, T0, T_END, 105) + poisson(r, redis_down[0], redis_down[1], 12):
        route, ctrl, method, mk, _ = pick_w(r, [(x[4], x) for x in MB_ROUTES])  # type: ignore[misc]
        p = req()
        t = matched(p, tt, route, ctrl, method, mk(r))
        if in_any(tt, [pg_down]):
            db_crit(p, t + sec(0.004))
        elif in_any(tt, [redis_down]) and r.random() < 0.8:
            key = r.choice(
                [
                    f"magazine_{r.choice(MB_MAGS)}_subscriptions",
                    "mbin_settings",
                    f"user_{r.randint(1, 9000)}_followers_count",
                    "instance_stats_daily",
                ]
            )
            L(
                p,
                t + sec(0.003),
                "cache",
                "WARNING",
                'Failed to fetch key "%s": Connection refused',
                f'Failed to fetch key "{key}": Connection refused',
                {
                    "key": key,
                    "exception": mb_exc(
                        "RedisException",
                        "Connection refused",
                        f"{MB_ROOT}/vendor/symfony/cache/Traits/RedisTrait.php:155",
                    ),
                    "cache-adapter": "Symfony\\Component\\Cache\\Adapter\\RedisTagAwareAdapter",
                },
            )
    # PostgreSQL restarted at 10:40: remote instances keep posting to the inbox, the consumers
    # keep pulling messages queued before
    for tt in poisson(r, pg_down[0], pg_down[1], 7):
        p = req()
        t = matched(
            p,
            tt,
            "ap_shared_inbox",
            "App\\Controller\\ActivityPub\\SharedInboxController",
            "POST",
            "/f/inbox",
        )
        db_crit(p, t + sec(0.004))
    for tt in poisson(r, pg_down[0], pg_down[1], 11):
        typ, cls, _alias, _ = pick_w(r, [(x[3], x) for x in MB_ACTIVITIES])  # type: ignore[misc]
        if r.random() < 0.5:
            cls = MB_IN + "ActivityMessage"
        consume(tt, cls, "", 0.002, (PG_INNER_LABEL, PG_INNER), r.randint(0, 1))
    # scanners and deleted entries
    for tt in poisson(r, T0, T_END, 300):
        p = req()
        if r.random() < 0.6:
            path = r.choice(
                [
                    "/wp-login.php",
                    "/.env",
                    "/xmlrpc.php",
                    "/wp-content/plugins/",
                    "/.git/HEAD",
                    "/owa/auth/logon.aspx",
                    "/actuator/health",
                    "/cgi-bin/luci",
                ]
            )
            msg = f'No route found for "GET https://{MB_HOST}{path}"'
            L(
                p,
                tt,
                "request",
                "ERROR",
                'Uncaught PHP Exception %s: "No route found for "%s %s"" at %s line %s',
                f'Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: "{msg}" at {MB_ROOT}/vendor/symfony/http-kernel/EventListener/RouterListener.php line 149',
                {
                    "exception": mb_exc(
                        "Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException",
                        msg,
                        f"{MB_ROOT}/vendor/symfony/http-kernel/EventListener/RouterListener.php:149",
                        mb_exc(
                            "Symfony\\Component\\Routing\\Exception\\ResourceNotFoundException",
                            f'No routes found for "{path}/".',
                            f"{MB_ROOT}/vendor/symfony/routing/Matcher/Dumper/CompiledUrlMatcherTrait.php:70",
                        ),
                    )
                },
            )
        else:
            mag = r.choice(MB_MAGS)
            t = matched(
                p,
                tt,
                "entry_single",
                "App\\Controller\\Entry\\EntrySingleController",
                "GET",
                f"/m/{mag}/t/{r.randint(100000, 170000)}",
            )
            cls = r.choice(["App\\Entity\\Entry", "App\\Entity\\Entry", "App\\Entity\\Magazine"])
            msg = f'"{cls}" object not found by "Symfony\\Bridge\\Doctrine\\ArgumentResolver\\EntityValueResolver".'
            L(
                p,
                t + sec(0.006),
                "request",
                "ERROR",
                'Uncaught PHP Exception %s: ""%s" object not found by "%s"." at %s line %s',
                f'Uncaught PHP Exception Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException: "{msg}" at {MB_ROOT}/vendor/symfony/doctrine-bridge/ArgumentResolver/EntityValueResolver.php line 86',
                {
                    "exception": mb_exc(
                        "Symfony\\Component\\HttpKernel\\Exception\\NotFoundHttpException",
                        msg,
                        f"{MB_ROOT}/vendor/symfony/doctrine-bridge/ArgumentResolver/EntityValueResolver.php:86",
                    )
                },
            )
    # credential stuffing on /login
    for tt in poisson(r, stuffing[0], stuffing[1], 9) + poisson(r, T0, T_END, 2400):
        p = req()
        t = matched(
            p, tt, "app_login", "App\\Controller\\Security\\LoginController", "POST", "/login"
        )
        L(
            p,
            t + sec(r.uniform(0.05, 0.3)),
            "security",
            "INFO",
            "Authenticator failed.",
            "Authenticator failed.",
            {
                "exception": mb_exc(
                    "Symfony\\Component\\Security\\Core\\Exception\\BadCredentialsException",
                    "The presented password is invalid.",
                    f"{MB_ROOT}/vendor/symfony/security-http/EventListener/CheckCredentialsListener.php:69",
                ),
                "authenticator": "App\\Security\\KbinAuthenticator",
            },
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------- mobilizon

MZ_HOST = "events.example.org"
MZ_URL64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
MZ_GROUPS = [
    "repaircafe_ost",
    "critical_mass_nord",
    "boardgames",
    "stadtteilgarten",
    "linux_user_group",
    "chor_am_markt",
    "fotowalk",
]
MZ_PEERS = [
    "mastodon.social",
    "chaos.social",
    "mobilizon.fr",
    "mobilizon.be",
    "norden.social",
    "mastodon.online",
    "events.gone.example",
    "framapiaf.org",
]
MZ_DBCONN_DROP = (
    "connection not available and request was dropped from queue after %sms. This means requests are coming in and your connection pool cannot serve them fast enough. You can address this by:\\n\\n"
    "  1. Ensuring your database is available and that you can connect to it\\n"
    "  2. Tracking down slow queries and making sure they are running fast enough\\n"
    "  3. Increasing the pool_size (although this increases resource consumption)\\n"
    "  4. Allowing requests to wait longer by increasing :queue_target and :queue_interval\\n\\n"
    "See DBConnection.start_link/2 for more information\\n"
)


def mz_pid(r: random.Random) -> str:
    return f"#PID<0.{r.randint(3000, 99000)}.0>"


def mobilizon(r: random.Random) -> list[Log]:
    """Mobilizon 4.1 under Docker Compose, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "mobilizon.log"
    gen = [0]

    def L(
        proc: object, t: datetime, level: str, label: str | None, lines: list[str], rid: str = ""
    ) -> datetime:
        meta = f"request_id={rid} " if rid else ""
        head, rest = lines[0], lines[1:]
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%H:%M:%S}.{x.microsecond // 1000:03d} {meta}[{level}] {head}", *rest],
            (gen[0], proc),
            MS,
        )

    def bare(t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda x: lines, ("entrypoint", gen[0]), MS)

    def rid() -> str:
        return "F9" + "".join(r.choice(MZ_URL64) for _ in range(18))

    def dur(us: int) -> str:
        return f"{us // 1000}ms" if us > 1000 else f"{us}µs"

    db_down = (at(8, 50, 3), at(8, 51, 12))
    upgrade = at(11, 30, 20)
    pool = [mz_pid(r) for _ in range(10)]
    n = [0]

    def request(t: datetime, method: str, path: str, status: int, us: int) -> None:
        if upgrade <= t < upgrade + sec(40):
            return
        n[0] += 1
        p = ("req", n[0])
        rq = rid()
        t = L(p, t, "info", "%s %s", [f"{method} {path}"], rq)
        if (in_any(t, [db_down]) and path in ("/api", "/inbox")) or (
            db_down[0] <= t < db_down[1] and r.random() < 0.6
        ):
            waited = r.randint(2600, 3200)
            drop = MZ_DBCONN_DROP.replace("%s", str(waited)).split("\\n")
            lines = [
                f"{mz_pid(r)} running Mobilizon.Web.Endpoint (connection {mz_pid(r)}, stream id 1) terminated",
                f"Server: {MZ_HOST}:80 (http)",
                f"Request: {method} {path}",
                "** (exit) an exception was raised:",
                f"    ** (DBConnection.ConnectionError) {drop[0]}",
                *drop[1:-1],
                "        (ecto_sql 3.11.3) lib/ecto/adapters/sql.ex:1054: Ecto.Adapters.SQL.raise_sql_call_error/1",
                "        (ecto_sql 3.11.3) lib/ecto/adapters/sql.ex:952: Ecto.Adapters.SQL.execute/6",
                "        (ecto 3.11.2) lib/ecto/repo/queryable.ex:232: Ecto.Repo.Queryable.execute/4",
                "        (ecto 3.11.2) lib/ecto/repo/queryable.ex:19: Ecto.Repo.Queryable.all/3",
                "        (ecto 3.11.2) lib/ecto/repo/queryable.ex:154: Ecto.Repo.Queryable.one/3",
                "        (mobilizon 4.1.0) lib/web/auth/context.ex:39: Mobilizon.Web.Auth.Context.call/2",
                "        (mobilizon 4.1.0) lib/web/router.ex:1: Mobilizon.Web.Router.__pipe_through3__/1",
                "        (phoenix 1.7.12) lib/phoenix/router.ex:475: Phoenix.Router.__call__/5",
            ]
            L(
                ("crash", n[0]),
                t + sec(waited / 1000),
                "error",
                "%s running %s (connection %s, stream id %s) terminated\\nServer: %s (%s)\\nRequest: %s %s\\n** (exit) an exception was raised:\\n    ** (DBConnection.ConnectionError) "
                + MZ_DBCONN_DROP,
                lines,
            )
            return
        L(p, t + sec(us / 1e6), "info", "Sent %d in %s", [f"Sent {status} in {dur(us)}"], rq)

    def worker(key: object, t: datetime, label: str, msg: str, level: str = "info") -> datetime:
        return L(key, t, level, label, [msg])

    # the web front and the GraphQL API
    for tt in poisson(r, T0, T_END, 60) + poisson(r, db_down[0], db_down[1], 5):
        x = r.random()
        if x < 0.55:
            request(tt, "POST", "/api", 200, int(r.lognormvariate(9.3, 0.7)))
        elif x < 0.72:
            uid = uuid4(r)
            st = 404 if r.random() < 0.06 else 200
            request(tt, "GET", f"/events/{uid}", st, int(r.lognormvariate(8.6, 0.5)))
        elif x < 0.8:
            g = r.choice(MZ_GROUPS)
            request(tt, "GET", f"/@{g}/feed/ics", 200, int(r.lognormvariate(9.8, 0.5)))
        elif x < 0.87:
            g = r.choice(MZ_GROUPS)
            request(tt, "GET", f"/@{g}", 200, int(r.lognormvariate(8.4, 0.6)))
        elif x < 0.93:
            request(tt, "GET", "/.well-known/webfinger", 200, int(r.lognormvariate(7.6, 0.4)))
        elif x < 0.96:
            request(tt, "GET", "/.well-known/nodeinfo/2.1", 200, int(r.lognormvariate(8.1, 0.4)))
        else:
            request(
                tt,
                "GET",
                r.choice(["/search", "/events/create", "/login", "/about/instance"]),
                200,
                int(r.lognormvariate(7.2, 0.5)),
            )
    # the GraphQL subscriptions' websocket
    for tt in poisson(r, T0, T_END, 420):
        if upgrade <= tt < upgrade + sec(40):
            continue
        n[0] += 1
        us = r.randint(60, 240)
        t = L(
            ("ws", n[0]),
            tt,
            "info",
            "CONNECTED TO %s in %s\\n  Transport: %s\\n  Serializer: %s\\n  Parameters: %s",
            [
                f"CONNECTED TO Mobilizon.Web.GraphQLSocket in {us}µs",
                "  Transport: :websocket",
                "  Serializer: Phoenix.Socket.V2.JSONSerializer",
                '  Parameters: %{"vsn" => "2.0.0"}',
            ],
        )
        L(
            ("ws", n[0]),
            t + sec(r.uniform(0.02, 0.2)),
            "info",
            "JOINED %s in %s\\n  Parameters: %s",
            ["JOINED __absinthe__:control in 41µs", "  Parameters: %{}"],
        )
    # federation: the shared inbox, its jobs, and local events going out
    jobs = [0]
    for tt in poisson(r, T0, T_END, 80) + poisson(r, at(7, 40), at(7, 52), 9):
        request(tt, "POST", "/inbox", 200, int(r.lognormvariate(8.0, 0.5)))
        if upgrade <= tt < upgrade + sec(40) or in_any(tt, [db_down]):
            continue
        jobs[0] += 1
        key = ("job", jobs[0])
        t = worker(
            key,
            tt + sec(r.uniform(0.05, 1.5)),
            "Handling incoming AP activity",
            "Handling incoming AP activity",
        )
        y = r.random()
        if y < 0.28:
            t = worker(
                key,
                t + sec(r.uniform(0.005, 0.05)),
                "Handle incoming to create notes",
                "Handle incoming to create notes",
            )
        elif y < 0.5:
            t = worker(
                key,
                t + sec(r.uniform(0.005, 0.05)),
                "Handle incoming to delete an object",
                "Handle incoming to delete an object",
            )
        elif y < 0.8:
            typ = r.choice(["Like", "Announce", "EmojiReact", "Add", "Like"])
            t = worker(
                key,
                t + sec(r.uniform(0.005, 0.05)),
                "Handing something with type %s not supported",
                f"Handing something with type {typ} not supported",
            )
        if r.random() < 0.25:
            peer = r.choice(MZ_PEERS[:6])
            worker(
                key,
                t + sec(r.uniform(0.01, 0.1)),
                "Fetching %s via AP",
                f"Fetching https://{peer}/users/{r.choice(['lena', 'ossi', 'rike', 'k_nord', 'bikebus', 'jan_w'])} via AP",
            )
    for tt in poisson(r, T0, T_END, 560):
        if upgrade <= tt < upgrade + sec(40) or in_any(tt, [db_down]):
            continue
        jobs[0] += 1
        key = ("job", jobs[0])
        act = (
            f"https://{MZ_HOST}/events/{uuid4(r)}/activity"
            if r.random() < 0.5
            else f"https://{MZ_HOST}/comments/{uuid4(r)}/activity"
        )
        t = tt
        for peer in r.sample(MZ_PEERS, r.randint(2, 6)):
            inbox = f"https://{peer}/inbox"
            t = worker(
                key,
                t + sec(r.uniform(0.05, 0.4)),
                "Federating %s to %s",
                f"Federating {act} to {inbox}",
            )
    # the database restarted at 08:50
    for p in pool:
        L(
            ("conn", p),
            db_down[0] + sec(r.uniform(0, 0.05)),
            "error",
            "%s (%s) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): closed",
            [
                f"Postgrex.Protocol ({p}) disconnected: ** (DBConnection.ConnectionError) tcp recv (idle): closed"
            ],
        )
        t = db_down[0] + sec(r.uniform(0.5, 1.5))
        back = 1.0
        while t < db_down[1]:
            L(
                ("conn", p),
                t,
                "error",
                "%s (%s) failed to connect: ** (DBConnection.ConnectionError) tcp connect (%s): connection refused - :econnrefused",
                [
                    f"Postgrex.Protocol ({p}) failed to connect: ** (DBConnection.ConnectionError) tcp connect (postgres:5432): connection refused - :econnrefused"
                ],
            )
            back = min(back * r.uniform(1.5, 2.5), 30)
            t += sec(back)
    # the 11:30 restart (`docker compose restart mobilizon` after a change to the instance's env)
    L(
        "main",
        upgrade,
        "notice",
        "SIGTERM received - shutting down",
        ["SIGTERM received - shutting down"],
    )
    gen[0] += 1
    t = upgrade + sec(6.2)
    t = bare(t, "-- Waiting for database...", ["-- Waiting for database..."])
    t = bare(t + sec(0.01), "%s:%s - %s", ["postgres:5432 - accepting connections"])
    t = bare(t + sec(0.02), "-- Running migrations...", ["-- Running migrations..."])
    t = L("migrate", t + sec(3.1), "info", "Migrations already up", ["Migrations already up"])
    t = bare(t + sec(0.4), "-- Starting!", ["-- Starting!"])
    t = L(
        "main",
        t + sec(4.8),
        "info",
        "Running %s with %s %s at %s (%s)",
        ["Running Mobilizon.Web.Endpoint with cowboy 2.12.0 at :::4000 (http)"],
    )
    L(
        "main",
        t + sec(0.002),
        "info",
        "Access %s at %s",
        [f"Access Mobilizon.Web.Endpoint at https://{MZ_HOST}"],
    )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- hubzilla

HZ_HOST = "hub.example.net"
HZ_PEERS = [
    # host, weight
    ("hubzilla.org", 6),
    ("zotum.net", 4),
    ("hub.somaton.com", 5),
    ("klacker.org", 3),
    ("hub.netzgemeinde.eu", 5),
    ("hubzilla.de", 4),
    ("red.zottel.net", 2),
    ("hub.down.example", 3),
    ("zap.slow.example", 3),
    ("hub.expired.example", 2),
    ("zot.gone.example", 2),
    ("streams.example.com", 2),
]
HZ_PC = ("pubcrawl.php", 1046, "pubcrawl_queue_deliver")
# ActivityPub inboxes of the channels' followers (pubcrawl), and what they answer
HZ_AP = [
    ("https://mastodon.social/inbox", 200),
    ("https://chaos.social/inbox", 200),
    ("https://fosstodon.org/inbox", 200),
    ("https://norden.social/inbox", 200),
    ("https://friends.example.org/inbox", 200),
    ("https://misskey.io/inbox", 200),
    ("https://mastodon.online/users/kaytee/inbox", 410),
    ("https://toot.example.com/inbox", 401),
    ("https://social.flaky.example/inbox", 502),
]
HZ_BLOCKED = ["spam.example.xyz", "poa.st.example"]
HZ_CHANNELS = ["max", "sonja", "vereinsheim", "photoclub", "ralf_b", "lisa"]


def hubzilla(r: random.Random) -> list[Log]:
    """Hubzilla 9.0 on one host, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    f = "hubzilla.log"

    class P:
        def __init__(self) -> None:
            self.logid = hexid(r, 10)

    def L(
        p: P, t: datetime, prio: str, where: tuple[str, int, str], label: str, msg: str
    ) -> datetime:
        w = f"{where[0]}:{where[1]}:{where[2]}: "
        lines = msg.split("\n")
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{x:%Y-%m-%dT%H:%M:%SZ}:{prio}:{p.logid}:{w}{lines[0]}", *lines[1:]],
            p,
            SEC,
        )

    db_down = (at(9, 5, 10), at(9, 7, 30))
    down = (at(7, 35), at(9, 50))
    expired_fix = at(10, 40)
    stuffing = (at(8, 12), at(8, 24))
    D = ("Queue.php", 189, "deliver")

    def deliver(p: P, t: datetime, host: str) -> datetime:
        url = f"https://{host}/zot"
        t += sec(r.uniform(0.2, 1.5))
        if in_any(t, [db_down]):
            sql = "SELECT * FROM site WHERE site_url = 'https://" + host + "' "
            return L(
                p,
                t,
                "LOG_ERR",
                ("dba_driver.php", 482, "db_logger"),
                "dba_pdo: ERROR: %s\\nSQLSTATE[HY000]: General error: %s MySQL server has gone away",
                f"dba_pdo: ERROR: {sql}\nSQLSTATE[HY000]: General error: 2006 MySQL server has gone away",
            )
        err = ""
        if host == "zot.gone.example":
            if r.random() < 0.7:
                return L(
                    p,
                    t,
                    "LOG_INFO",
                    ("Queue.php", 141, "deliver"),
                    "dead site ignored %s",
                    f"dead site ignored https://{host}",
                )
            err, lab = f"Could not resolve host: {host}", "Could not resolve host: %s"
        elif host == "hub.down.example" and in_any(t, [down]):
            if r.random() < 0.3:
                return L(
                    p,
                    t,
                    "LOG_INFO",
                    ("Queue.php", 148, "deliver"),
                    "immediate delivery deferred for site %s",
                    f"immediate delivery deferred for site https://{host}",
                )
            err, lab = (
                f"Failed to connect to {host} port 443 after {r.randint(1, 9)} ms: Couldn't connect to server",
                "Failed to connect to %s port %s after %s ms: Couldn't connect to server",
            )
        elif host == "zap.slow.example" and r.random() < 0.45:
            t += sec(60)
            err, lab = (
                f"Operation timed out after {r.randint(60000, 60003)} milliseconds with 0 bytes received",
                "Operation timed out after %s milliseconds with 0 bytes received",
            )
        elif host == "hub.expired.example" and t < expired_fix:
            err, lab = (
                "SSL certificate problem: certificate has expired",
                "SSL certificate problem: certificate has expired",
            )
        if err:
            t = L(
                p,
                t,
                "LOG_ERR",
                ("network.php", 370, "z_post_url"),
                "z_post_url: error: %s: " + lab,
                f"z_post_url: error: {url}: {err}",
            )
            return L(
                p,
                t + sec(0.1),
                "LOG_INFO",
                D,
                "deliver: remote zot delivery failed to %s",
                f"deliver: remote zot delivery failed to {url}",
            )
        return L(
            p,
            t,
            "LOG_INFO",
            D,
            "deliver: remote zot delivery succeeded to %s",
            f"deliver: remote zot delivery succeeded to {url}",
        )

    def peers(n: int) -> list[str]:
        hosts = [h for h, _ in HZ_PEERS]
        ws = [w for _, w in HZ_PEERS]
        out: list[str] = []
        while len(out) < n:
            h = r.choices(hosts, ws)[0]
            if h not in out:
                out.append(h)
        return out

    # local posts, comments and likes: the Notifier, then a Deliver process per batch of hubs
    for tt in poisson(r, T0, T_END, 115):
        p = P()
        relay = int(r.random() < 0.3)
        private = int(r.random() < 0.15)
        cmd = r.choice(["wall-new", "wall-new", "comment-new", "like", "edit_post", "drop"])
        t = L(
            p,
            tt,
            "LOG_DEBUG",
            ("Notifier.php", 362, "run"),
            "notifier: hub choice: %s %s %s",
            f"notifier: hub choice: {relay} {private} {cmd}",
        )
        hubs = peers(r.randint(2, 9) if not private else r.randint(1, 3))
        for i in range(0, len(hubs), 3):
            dp = P()
            t2 = t + sec(r.uniform(0.5, 3))
            for h in hubs[i : i + 3]:
                t2 = deliver(dp, t2, h)
        if not private:
            ap = P()
            t3 = t + sec(r.uniform(1, 4))
            for inbox, code in r.sample(HZ_AP, r.randint(1, 5)):
                t3 += sec(r.uniform(0.2, 1.2))
                if code == 200 or (code == 502 and not in_any(t3, [(at(10, 5), at(10, 50))])):
                    t3 = L(
                        ap,
                        t3,
                        "LOG_DEBUG",
                        HZ_PC,
                        "deliver: queue post success to %s",
                        f"deliver: queue post success to {inbox}",
                    )
                else:
                    t3 = L(
                        ap,
                        t3,
                        "LOG_DEBUG",
                        HZ_PC,
                        "deliver: queue post returned %s from %s",
                        f"deliver: queue post returned {code} from {inbox}",
                    )
    # the database restarted at 09:05: the queue runs Master summons meanwhile fail
    for tt in poisson(r, db_down[0], db_down[1], 7):
        p = P()
        sql = f"SELECT * FROM outq WHERE outq_delivered = 0 and (( outq_created > '{tt - sec(259200):%Y-%m-%d %H:%M:%S}' and outq_scheduled < '{tt:%Y-%m-%d %H:%M:%S}' ) OR ( outq_created > '{tt - sec(259200):%Y-%m-%d %H:%M:%S}' and outq_created < '{tt:%Y-%m-%d %H:%M:%S}' )) "
        L(
            p,
            tt,
            "LOG_ERR",
            ("dba_driver.php", 482, "db_logger"),
            "dba_pdo: ERROR: %s\\nSQLSTATE[HY000]: General error: %s MySQL server has gone away",
            f"dba_pdo: ERROR: {sql}\nSQLSTATE[HY000]: General error: 2006 MySQL server has gone away",
        )
    # the queue run from cron every 10 minutes retries the outstanding items
    for k in range(36):
        cp = P()
        t = at(6, 0) + sec(600 * k + r.uniform(1, 4))
        t = L(cp, t, "LOG_INFO", ("Cron.php", 38, "run"), "cron: start", "cron: start")
        qp = P()
        t2 = t + sec(r.uniform(0.5, 2))
        for h in [
            "hub.down.example",
            "zap.slow.example",
            "hub.expired.example",
            "zot.gone.example",
            *peers(r.randint(0, 3)),
        ]:
            if r.random() < 0.7:
                t2 = deliver(qp, t2, h)
        t = L(
            cp,
            t + sec(r.uniform(8, 40)),
            "LOG_INFO",
            ("Cron.php", 214, "run"),
            "cron: end",
            "cron: end",
        )
    # content fetched from the fediverse (the pubcrawl addon's Activity::fetch)
    for tt in poisson(r, T0, T_END, 38):
        p = P()
        if r.random() < 0.07:
            h = r.choice(HZ_BLOCKED)
            L(
                p,
                tt,
                "LOG_INFO",
                ("Activity.php", 56, "fetch"),
                "blacklisted: %s",
                f"blacklisted: https://{h}/users/{r.choice(['bot1', 'promo', 'news24'])}",
            )
            continue
        h = r.choice(
            [
                "mastodon.social",
                "chaos.social",
                "fosstodon.org",
                "lemmy.world",
                "pixelfed.social",
                "friends.example.org",
                "misskey.io",
            ]
        )
        path = r.choice(
            [
                f"/users/{r.choice(['lina', 'tobi', 'gerd', 'anke'])}",
                f"/users/{r.choice(['lina', 'tobi'])}/statuses/{r.randint(10**17, 10**18)}",
                f"/objects/{uuid4(r)}",
                f"/post/{r.randint(100000, 999999)}",
            ]
        )
        L(
            p,
            tt,
            "LOG_DEBUG",
            ("Activity.php", 64, "fetch"),
            "fetch: %s",
            f"fetch: https://{h}{path}",
        )
    # the 08:12 credential stuffing and the odd typo
    for tt in poisson(r, stuffing[0], stuffing[1], 8) + poisson(r, T0, T_END, 2700):
        p = P()
        if in_any(tt, [stuffing]):
            name, ip = (
                r.choice(
                    ["admin", "root", "test", "max", "info", "support", "admin@hub.example.net"]
                ),
                r.choice(["45.141.84.120", "141.98.11.62", "80.94.95.203"]),
            )
        else:
            name, ip = r.choice(HZ_CHANNELS), r.choice(["79.211.14.92", "2a02:8108:1a40:5e8::3"])
        L(
            p,
            tt,
            "LOG_INFO",
            ("auth.php", 297, "require_once"),
            "authenticate: failed login attempt: %s from IP %s",
            f"authenticate: failed login attempt: {name} from IP {ip}",
        )
    return fs.logs(T0)


SYSTEMS = {
    "friendica": friendica,
    "bookwyrm": bookwyrm,
    "mbin": mbin,
    "mobilizon": mobilizon,
    "hubzilla": hubzilla,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
