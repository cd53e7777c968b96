#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 294 (misp, thehive, opencti, maltrail, linotp) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five tools of one company's security operations,
06:00 to 12:00 UTC on 2024-06-07.

- MISP 2.4.190 (`error.log`, `misp-workers.log`, `misp-workers-errors.log`: app/tmp/logs of the
  threat-sharing server, CakePHP 2's FileLog and ConsoleLog layout `2024-06-07 06:00:21 Info:
  message`, the SimpleBackgroundJobs workers run by supervisor, whose stdout and stderr are the
  two workers' files; a worker's warnings and errors also go to error.log through CakeLog's File
  engine). The workers' job lines (`[WORKER PID: %s][%s] - launching job with ID: %s`, `[JOB ID:
  %s] - started command `%s`.`, `[JOB ID: %s] - successfully completed in %s seconds.`) for the
  hourly pulls from three servers, feed fetches, feed and server caches, and the analysts'
  publishes with their alert e-mails and pushes; the workers started yesterday reach their
  maximum execution time at 06:12 (`... - worker max execution time reached, exiting gracefully
  worker...`, `... - starting to process background jobs...`); the partner ISAC's server
  unreachable 07:58-09:11 (`Could not push event '%s' to remote server #%s` from logException()
  with the SocketException and its trace, pulls `failed with error code 1 after %s seconds.
  STDERR: Error: Connection timed out` with the shell's trace and `. STDOUT: .` below); Redis
  restarted at 09:40 (ConsoleErrorHandler's `Error: read error on connection to 127.0.0.1:6379`
  and `Error: Connection refused` with their traces and no time, `job ID: %s failed with
  exception: ...` for the jobs under way, supervisor's restarts); big events' publishes running
  out of memory after 10:45 (`STDERR: PHP Fatal error:  Allowed memory size of %s bytes
  exhausted ...`); `Failed caching Feed: all` at 10:30. The web application's exceptions in
  error.log, CakePHP's `[%s] %s` with `Request URL:` and `Stack Trace:` below: `Invalid event`,
  a SIEM with a revoked key 09:10-10:21 (`Authentication failed. Please make sure you pass the
  API key of an API enabled user along in the Authorization header.`), scanners
  (`MissingControllerException`, `MissingActionException`), PHP 8's `Warning (2): Undefined array
  key "%s" in [%s, line %s]` with Debugger's `Trace:` and its blank last line.
- TheHive 4.1 (`thehive-1-application.log`, `thehive-2-application.log`: /var/log/thehive of a
  two-node cluster on Cassandra and Elasticsearch, logback's `%date [%level] from %logger in
  %thread [%X{request}|%X{tx}] %message%n%xException`). Scalligraph's AccessLogFilter for every
  request (`%s %s %s took %sms and returned %s %s bytes`, or without the size for a chunked
  query answer: `... took %sms and returned %s`): five analysts' UI sessions (logins, stream
  long polls of a minute, v1 queries), the SIEM's alerts, a SOAR polling the v0 alert search with
  a v0 filter every two minutes (InputFilter's `Use of filter %s is deprecated. Please use %s`);
  a report script logging in with a deleted account 07:31-08:46 (`Exception raised, rollback
  (User not found)`, TOTPAuthSrv's `local fails: org.thp.scalligraph.AuthenticationError:
  Authentication failure`, `POST /api/login ... returned 401 65 bytes`); observable types left
  by a migration (`ObservableType %s doesn't comply with its schema, field %s is missing:` with
  the vertex dump below); the third Cassandra node rebooted 08:20-08:31 (the DataStax driver's
  `Error creating pool to /10.20.0.32:9042` with its TransportException, JanusGraph's `Temporary
  exception during backend operation [%s]. Attempting backoff retry.`); a vulnerability scanner
  on port 9000 (Akka HTTP's `Illegal request, responding with status '%s': ...` for a bad start,
  an unsupported method, a missing Host header); a rolling restart at 10:30 and 10:41 (Play's
  `Stopping server...`, `Application started (Prod) (no global state)`, `Listening for HTTP on
  /%s`; Akka's Slf4jLogger, Artery remoting and cluster lines).
- OpenCTI 6.1 (`opencti.log`: `docker logs` of the platform, winston's JSON with the keys in
  order, `{"category":"APP","level":"info","message":"...","timestamp":"...","version":"6.1.10"}`;
  `connector-misp.log`: `docker logs` of the MISP connector, pycti's JSON logger
  `{"timestamp": "...", "level": "INFO", "name": "MISP", "message": "..."}`). The workers'
  imports hitting missing references and locks all day, in bursts while a big shared MISP event
  is imported 08:02-09:21 (`Element(s) not found` with MISSING_REFERENCE_ERROR, `Execution
  timeout, too many concurrent call on the same entities` with LOCK_ERROR, each with its error
  object and stack in `errors`); an integration with an expired token 10:00-10:31 (`You must be
  logged in to do this.`); an analyst's dashboard widget without the capability (`You are not
  allowed to do this.`); the upgrade to 6.1.12 at 11:00 (`[OPENCTI] API stopped in %s ms`, a
  line per manager `[OPENCTI-MODULE] ... manager stopped in %s ms`, the start-up's dependency
  checks, `[OPENCTI] API ready on port %s`). The connector's run every five minutes (`Fetching
  MISP events with args: %s`, `MISP returned %s events.`, `Initiate work`, `Processing event
  %s`, `Update action expectations`, `Connector successfully run, storing last_run as %s`), the
  platform away during the upgrade (urllib3's `HTTPConnectionPool(...): Max retries exceeded ...`),
  its registration again (`Connector registered with ID`, `Starting PingAlive thread`).
- Maltrail 0.72 (`2024-06-07.log`: the server's event log, written for two sensors through its
  UDP log server, core/log.py's `"time" sensor src_ip src_port dst_ip dst_port proto type trail
  info reference` with safe_value()'s quoting; `mt-server.log`, `dmz-sensor.log`,
  `lan-sensor.log`: `journalctl -u` of the three services, systemd's unit lines among them).
  The DMZ sensor's inbound known attackers and scanners, condensed (several ports and targets
  joined by commas), port scans (`"potential port scanning" (heuristic)`), web scanners (`"user
  agent (suspicious)"`, `"%s (suspicious)"` for the request regexes, `"potential web scanning"`,
  `"potential proxy probe (suspicious)"`); the LAN sensor's lookups of listed domains and visits
  to listed addresses and URLs, long domains, the resolver's excessive NXDOMAINs and parked
  answers, a client using a listed public resolver (`"%s (%s)"` trails), a DNS tunnel 08:14
  (`"potential dns exhaustion (suspicious)"`), direct downloads, an infected laptop scanning SMB
  10:12-10:40 (`"potential infection"`). The journals: each sensor's daily trail update (the
  progress line ends in a carriage return, so journalctl shows every line printed after it as
  `[%sB blob data]`, and only the lines after a `[x]` failure are shown as text), the DMZ sensor
  restarted at 09:00, the server at 09:30, the LAN sensor at 11:10 (its SIGTERM's `\\r[i]
  cleaning up...` a blob too, the banner's empty second line).
- LinOTP 3.2 (`linotp-a.log`, `linotp-b.log`: two nodes' linotp.log with the default
  `%(asctime)s %(levelname)s: %(message)s [in %(pathname)s:%(lineno)d]` at LOG_LEVEL INFO). Every
  check of a corporate user logs `NOT forwarding auth request for user %s (no servers)`; the
  partner realm's forward-on-no-token policy (`NOT forwarding ... (get_auth_forward_on_no_token
  returned False)`, `forwarding auth request for user %s to %s`, `result of auth request for user
  %s: (%s, %s)`), its RADIUS server down 09:02-09:39; service accounts let through by
  passOnNoToken (`user %r has not token. PassOnNoToken set - authenticated!`, the `%r` written
  as is: the call passes no argument); three users' legacy tokens (`token typ %r not found in
  tokenclasses: %r`); a subsidiary's OTP server down 10:05-10:26 for remote tokens (`checking
  token %r failed: %r` with requests' ConnectionError); a kiosk calling /validate/check_t without
  its transaction (`[check_t] validate/check_t failed: Exception('missing parameter: state or
  transactionid!')`); a password typed into the YubiKey field (`[check_yubikey]
  validate/check_yubikey failed: Error('Non-hexadecimal digit found')`); the database failing
  over at 11:02 (each endpoint's `... failed: %r` with SQLAlchemy's OperationalError, `Lost
  connection to MySQL server during query` and then `Can't connect to MySQL server on ...`).

Label notes. The heads are context: CakePHP's date and `Type: ` word, logback's date, level,
logger, thread and `[request|tx]`, winston's and pycti's JSON fields but the message, Maltrail's
event time and sensor name, the journal's time, host and ident, LinOTP's date and level and the
`[in path:line]` after the message; Akka's `Cluster Node [%s] - ` (its ClusterLogger) and
systemd's `unit: ` as in rounds 51 and 285. Words a call site passes as literals are wording:
Maltrail's protocol and trail type constants and its heuristics' info and reference strings
(`"potential port scanning" (heuristic)`; the static trails' info and reference, read from the
feeds, are values, and so is `%s` in `"%s (suspicious)"`, a description picked from a table by
a regex), OpenCTI's manager names in each `... stopped in %s ms`, TheHive's `returned %s %s
bytes` beside `returned %s`. A value that is an error contributes its format: the exceptions'
texts after CakePHP's `[%s] `, STDERR's `Error: Connection timed out` and PHP's fatal error in a
failed job's line, phpredis' texts, Akka HTTP's error summaries, LinOTP's repr()s of
OperationalError, ConnectionError and binascii's Error (the class names are values, as in round
285). A message written over several lines is labelled by its first line's part: the failed
job's STDERR with the trace and `. STDOUT: .` below it, the exceptions' traces, CakePHP's
`Request URL:` and `Stack Trace:`, the vertex dump; those lines have no row, nor has the
banner's empty journal line. journalctl's own `[%sB blob data]` is the label of the lines it
hides (what the line shows is journalctl's format, not Maltrail's). Second-resolution logs
(CakePHP, the journals) keep one process's lines a second apart (the Clock).

Checked against copies of the sources: MISP's StartWorkerShell (every worker line, the
`launching job with ID: %s` and `successfully completed in %s seconds.` of the current shell,
the failure line with STDERR and STDOUT) and BackgroundJobsTool, AppModel's logException() use in
Server.php (`Could not push event '%s' to remote server #%s`) and ServerShell (`Failed caching
Feed: %s`); TheHive's logback.xml (the pattern, `[%X{request}|%X{tx}]`) and TheHive 4 logs in
issues (AccessLogFilter's `took %sms and returned %s %s bytes` and without the size,
InputFilter's deprecation, Database's rollback, TOTPAuthSrv's `local fails: ...`,
TraversalOps' schema line and vertex dump); OpenCTI's boot module (`[OPENCTI] API ready on port
%s`, the managers' `stopped in %s ms` lines, `Sync manager not started (disabled by
configuration)`) and a 5.11 start-up log in an issue (the `[OPENCTI]`, `[SEARCH]`, `[CHECK]` and
`[REDIS]` lines, the JSON layout), the error layout in another; Maltrail's core/log.py
(log_event's line, safe_value(), condensing, log_error), sensor.py (every heuristic's info and
reference, `_check_domain`'s DNS trails, the start-up and shutdown prints) and core/update.py
(the feed list's ` [o] '%s'%s` and `\\r` progress, `[x] something went wrong during remote data
retrieval ('%s')`, `post-processing`, `update finished`, `trails stored to`); LinOTP's
settings.py (the file layout), lib/auth/validate.py (the forwarding lines, the PassOnNoToken
line with no argument, `token typ %r not found in tokenclasses: %r`, `checking token %r failed:
%r`) and controllers/validate.py (`check_status failed: %r`, `[check_t] validate/check_t
failed: %r`, `[check_yubikey] validate/check_yubikey failed: %r`, `[samlcheck] validate/check
failed: %r`, `validate/accept_transaction failed: %r`, `validate/reject_transaction failed:
%r`).

Least sure (written from the helper's knowledge): MISP's job command strings (`server pull 1 2
full 41461`, `event publish ...`: the arguments' order), CakePHP 2's ConsoleLog layout and
ConsoleErrorHandler's `Error: %s` with the trace for the workers' crashes, the traces' frames,
whether a pull's failure is a non-zero exit, `Invalid event`'s wording, the HttpSocket exception
texts; TheHive's DataStax `Error creating pool to %s` at WARN, JanusGraph's operation names, the
Akka 2.6 cluster and remoting lines and Play's start and stop lines as TheHive 4 writes them;
OpenCTI's error objects (`attributes`, the `user` context, the stacks), the error texts'
wording beside their names, `[CHECK] Redis is alive`, `[CHECK] Python3 is available`,
`[MIGRATION] Platform already up to date, nothing to migrate`, `[OPENCTI-MODULE] Running history
manager`, and the whole connector: pycti's helper lines (`Connector registered with ID`,
`Starting PingAlive thread`, `Initiate work`, `Update action expectations`) and the MISP
connector's (`Fetching MISP events with args: %s`, `MISP returned %s events.`, `Processing event
%s`, `Connector successfully run, storing last_run as %s`, the older connectors' wording);
Maltrail's `[i] using configuration file '%s'` (read_config()), the server's start-up prints,
the unit files' descriptions, `[i] %s trails loaded` with its thousands separators; LinOTP's
User in messages (`<login@realm>`), `[check] validate/check failed: %r` (by analogy with the
other endpoints), the repr()s of its exceptions, the line numbers.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000
MS = 1000
US = 1


def times(
    r: random.Random, t0: datetime, t1: datetime, mean: float, min_gap: float = 0.0
) -> list[datetime]:
    """Instants from t0 to t1 with exponential gaps of `mean` seconds (at least `min_gap`)."""
    out, t = [], t0
    while True:
        t += sec(min_gap + r.expovariate(1 / mean))
        if t >= t1:
            return out
        out.append(t)


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def pick_w(r: random.Random, table: list[tuple[float, object]]) -> object:
    x = r.uniform(0, sum(w for w, _ in table))
    for w, v in table:
        x -= w
        if x <= 0:
            return v
    return table[-1][1]


# ------------------------------------------------------------------------------------- misp

MISP_APP = "/var/www/MISP/app"
MISP_CORE = "/var/www/MISP/app/Lib/cakephp/lib/Cake"
MISP_QUEUES = {"default": 2, "prio": 2, "email": 1, "update": 1, "cache": 1}
MISP_SERVERS = {
    1: "https://misp.circl.lu",
    2: "https://misp.fin-isac.example",
    3: "https://sandbox-misp.corp.example",
}
MISP_USERS = [3, 7, 12, 18, 23, 31]
MISP_WEB_PIDS = [2811, 2814, 2817, 2820, 2833, 2841, 2852, 2866]
MISP_SHELL_TAIL = [
    f"#6 {MISP_CORE}/Console/Shell.php(459): ServerShell->{{cmd}}()",
    f"#7 {MISP_CORE}/Console/ShellDispatcher.php(222): Shell->runCommand('{{cmd}}', Array)",
    f"#8 {MISP_CORE}/Console/ShellDispatcher.php(66): ShellDispatcher->dispatch()",
    f"#9 {MISP_APP}/Console/cake.php(45): ShellDispatcher::run(Array)",
    "#10 {main}",
]


def misp_timeout_trace(server_url: str, sid: int, job: int) -> list[str]:
    return [
        f"#0 {MISP_CORE}/Network/Http/HttpSocket.php(364): CakeSocket->connect()",
        f"#1 {MISP_APP}/Lib/Tools/HttpSocketExtended.php(165): HttpSocket->request(Array)",
        f"#2 {MISP_CORE}/Network/Http/HttpSocket.php(465): HttpSocketExtended->request(Array)",
        f"#3 {MISP_APP}/Lib/Tools/ServerSyncTool.php(1112): HttpSocket->get('{server_url[:15]}...', Array, Array)",
        f"#4 {MISP_APP}/Model/Server.php(723): ServerSyncTool->eventIndex(Array)",
        f"#5 {MISP_APP}/Console/Command/ServerShell.php(178): Server->pull(Array, '{sid}', 'full', Array, '{job}')",
        *[x.replace("{cmd}", "pull") for x in MISP_SHELL_TAIL],
    ]


def misp_push_trace(sid: int) -> list[str]:
    return [
        f"#0 {MISP_CORE}/Network/Http/HttpSocket.php(364): CakeSocket->connect()",
        f"#1 {MISP_APP}/Lib/Tools/HttpSocketExtended.php(165): HttpSocket->request(Array)",
        f"#2 {MISP_CORE}/Network/Http/HttpSocket.php(559): HttpSocketExtended->request(Array)",
        f"#3 {MISP_APP}/Lib/Tools/ServerSyncTool.php(1156): HttpSocket->post('https://misp.fi...', '{{\"Event\":{{\"uuid...', Array)",
        f"#4 {MISP_APP}/Lib/Tools/ServerSyncTool.php(214): ServerSyncTool->post('/events/add/met...', Array, NULL)",
        f"#5 {MISP_APP}/Model/Event.php(1027): ServerSyncTool->pushEvent(Array)",
        f"#6 {MISP_APP}/Model/Event.php(1102): Event->__executeRestfulEventToServer(Array, Array)",
        f"#7 {MISP_APP}/Model/Server.php(1491): Event->uploadEventToServer(Array, Array, Object(ServerSyncTool))",
        f"#8 {MISP_APP}/Console/Command/ServerShell.php(260): Server->push('{sid}', 'full', '4', Object(HttpSocketExtended), Array)",
        f"#9 {MISP_CORE}/Console/Shell.php(459): ServerShell->push()",
        f"#10 {MISP_CORE}/Console/ShellDispatcher.php(222): Shell->runCommand('push', Array)",
        f"#11 {MISP_CORE}/Console/ShellDispatcher.php(66): ShellDispatcher->dispatch()",
        f"#12 {MISP_APP}/Console/cake.php(45): ShellDispatcher::run(Array)",
        "#13 {main}",
    ]


MISP_WORKER_TAIL = [
    f"#2 {MISP_CORE}/Console/Shell.php(459): StartWorkerShell->main()",
    f"#3 {MISP_CORE}/Console/ShellDispatcher.php(222): Shell->runCommand(NULL, Array)",
    f"#4 {MISP_CORE}/Console/ShellDispatcher.php(66): ShellDispatcher->dispatch()",
    f"#5 {MISP_APP}/Console/cake.php(45): ShellDispatcher::run(Array)",
    "#6 {main}",
]


def misp(r: random.Random) -> list[Log]:
    """MISP 2.4.190's app/tmp/logs: error.log and the SimpleBackgroundJobs workers' supervisor logs."""
    fs = Files()
    redis_down = (at(9, 40, 12), at(9, 41, 47))
    isac_down = (at(7, 58, 40), at(9, 11, 5))
    siem_key = (at(9, 10, 20), at(10, 21))

    def cake(t: datetime) -> str:
        return f"{t:%Y-%m-%d %H:%M:%S}"

    def wlog(
        t: datetime, pid: int, typ: str, label: str, msg: str, cont: list[str] | None = None
    ) -> datetime:
        """A worker's CakeLog line: stdout (info) or stderr (warning, error) as supervisor keeps
        them; a warning or an error also goes to error.log through the File engine."""
        f = "misp-workers.log" if typ == "Info" else "misp-workers-errors.log"
        lines = msg.split("\n") + (cont or [])
        t = fs.add(
            f, t, label, lambda x: [f"{cake(x)} {typ}: {lines[0]}", *lines[1:]], ("w", pid), SEC
        )
        if typ != "Info":
            fs.add(
                "error.log",
                t,
                label,
                lambda x: [f"{cake(x)} {typ}: {lines[0]}", *lines[1:]],
                ("e", pid),
                SEC,
            )
        return t

    def crash(t: datetime, pid: int, label: str, msg: str, trace: list[str]) -> datetime:
        """ConsoleErrorHandler's `Error: %s` with the trace, written to stderr with no time."""
        return fs.add(
            "misp-workers-errors.log",
            t,
            label,
            lambda x: [f"Error: {msg}", *trace],
            ("w", pid),
            SEC,
        )

    def web(t: datetime, typ: str, label: str, lines: list[str]) -> datetime:
        pid = r.choice(MISP_WEB_PIDS)
        return fs.add(
            "error.log",
            t,
            label,
            lambda x: [f"{cake(x)} {typ}: {lines[0]}", *lines[1:]],
            ("web", pid),
            SEC,
        )

    # workers ----------------------------------------------------------------------------
    next_pid = [3102]
    workers: dict[str, list[dict]] = {}

    def new_pid() -> int:
        next_pid[0] += r.randint(3, 40)
        return next_pid[0]

    def start_worker(q: str, t: datetime) -> dict:
        w = {"pid": new_pid(), "queue": q, "busy": t, "born": t}
        wlog(
            t,
            w["pid"],
            "Info",
            "[WORKER PID: %s][%s] - starting to process background jobs...",
            f"[WORKER PID: {w['pid']}][{q}] - starting to process background jobs...",
        )
        return w

    for q, n in MISP_QUEUES.items():
        workers[q] = []
        for _ in range(n):
            born = at(6, 12) + sec(r.uniform(0, 300))
            w = {"pid": new_pid(), "queue": q, "busy": T0, "born": born - timedelta(days=1)}
            workers[q].append(w)

    def worker_for(q: str, t: datetime) -> tuple[dict, datetime]:
        ws = workers[q]
        w = min(ws, key=lambda x: x["busy"])
        return w, max(t, w["busy"]) + sec(r.uniform(0.1, 5.0))

    def max_exec(t: datetime) -> None:
        """Workers started yesterday morning reach maxExecutionTime (one day) and exit."""
        for q in workers:
            for i, w in enumerate(workers[q]):
                limit = w["born"] + timedelta(days=1) + sec(r.uniform(1, 5))
                if t >= limit and w["busy"] <= limit and w["born"] < T0:
                    wlog(
                        limit,
                        w["pid"],
                        "Info",
                        "[WORKER PID: %s][%s] - worker max execution time reached, exiting gracefully worker...",
                        f"[WORKER PID: {w['pid']}][{q}] - worker max execution time reached, exiting gracefully worker...",
                    )
                    nw = start_worker(q, limit + sec(r.uniform(1.0, 2.5)))
                    workers[q][i] = nw

    job_seq = [41213]
    jobs: list[tuple[datetime, int, str, str, float, str | None, object]] = []
    order = [0]

    def job(
        t: datetime, q: str, cmd: str, dur: float, fail: str | None = None, extra: object = None
    ) -> None:
        order[0] += 1
        jobs.append((t, order[0], q, cmd, dur, fail, extra))

    def run_job(t: datetime, q: str, cmd: str, dur: float, fail: str | None, extra: object) -> None:
        if in_any(t, [(redis_down[0] - sec(6), redis_down[1] + sec(25))]):
            return
        max_exec(t)
        w, t = worker_for(q, t)
        job_seq[0] += r.randint(1, 3)
        cmd = cmd.replace("{j}", str(job_seq[0]))
        jid = uuid4(r)
        pid = w["pid"]
        t = wlog(
            t,
            pid,
            "Info",
            "[WORKER PID: %s][%s] - launching job with ID: %s",
            f"[WORKER PID: {pid}][{q}] - launching job with ID: {jid}",
        )
        t = wlog(
            t,
            pid,
            "Info",
            "[JOB ID: %s] - started command `%s`.",
            f"[JOB ID: {jid}] - started command `{cmd}`.",
        )
        if t < redis_down[0] <= t + sec(dur):
            w["busy"] = redis_down[0]
            w["interrupted"] = jid
            return
        if callable(extra):
            extra(t + sec(dur * r.uniform(0.3, 0.9)), w, job_seq[0])
        t += sec(dur)
        d = f"{dur:.3f}"
        if fail is None:
            t = wlog(
                t,
                pid,
                "Info",
                "[JOB ID: %s] - successfully completed in %s seconds.",
                f"[JOB ID: {jid}] - successfully completed in {d} seconds.",
            )
        elif fail == "timeout":
            sid = int(cmd.split()[3])
            tr = misp_timeout_trace(MISP_SERVERS[sid], sid, int(cmd.split()[-1]))
            t = wlog(
                t,
                pid,
                "Error",
                "[JOB ID: %s] - failed with error code %s after %s seconds. STDERR: Error: Connection timed out",
                f"[JOB ID: {jid}] - failed with error code 1 after {d} seconds. STDERR: Error: Connection timed out",
                [*tr, ". STDOUT: ."],
            )
        else:
            t = wlog(
                t,
                pid,
                "Error",
                "[JOB ID: %s] - failed with error code %s after %s seconds. STDERR: PHP Fatal error:  Allowed memory size of %s bytes exhausted (tried to allocate %s bytes) in %s on line %s",
                f"[JOB ID: {jid}] - failed with error code 255 after {d} seconds. STDERR: PHP Fatal error:  Allowed memory size of 2147483648 bytes exhausted (tried to allocate {r.choice([20480, 65536, 4096, 262144])} bytes) in {MISP_APP}/Model/Event.php on line {r.choice([3521, 3544, 2911])}",
                [". STDOUT: ."],
            )
        w["busy"] = t

    def feed_fail(x: datetime, w: dict, j: int) -> None:
        wlog(
            x,
            w["pid"],
            "Error",
            "Failed caching Feed: %s",
            "Failed caching Feed: all",
            [
                "[HttpSocketHttpException] Remote server returns HTTP error code 404",
                "Stack Trace:",
                f"#0 {MISP_APP}/Model/Feed.php(1693): HttpSocketExtended->get('https://feeds.c...', Array, Array)",
                f"#1 {MISP_APP}/Model/Feed.php(1474): Feed->feedGetUri(Array, 'https://feeds.c...', Object(HttpSocketExtended))",
                f"#2 {MISP_APP}/Model/Feed.php(1368): Feed->__cacheFreetextFeed(Array, Object(Redis), 2, 'all')",
                f"#3 {MISP_APP}/Console/Command/ServerShell.php(497): Feed->cacheFeedInitiator(Array, '{j}', 'all')",
                f"#4 {MISP_CORE}/Console/Shell.php(459): ServerShell->cacheFeed()",
                f"#5 {MISP_CORE}/Console/ShellDispatcher.php(222): Shell->runCommand('cacheFeed', Array)",
                f"#6 {MISP_CORE}/Console/ShellDispatcher.php(66): ShellDispatcher->dispatch()",
                f"#7 {MISP_APP}/Console/cake.php(45): ShellDispatcher::run(Array)",
                "#8 {main}",
            ],
        )

    def push_fail(x: datetime, w: dict, j: int) -> None:
        wlog(
            x,
            w["pid"],
            "Error",
            "Could not push event '%s' to remote server #%s",
            f"Could not push event '{uuid4(r)}' to remote server #2",
            ["[SocketException] Connection timed out", "Stack Trace:", *misp_push_trace(2)],
        )

    # scheduled jobs: pulls, feed fetches, caches
    for h in range(6, 12):
        for sid in (1, 2, 3):
            t = at(h, 5, 0) + sec(sid * 40 + r.uniform(0, 20))
            if sid == 2 and in_any(t, [isac_down]):
                job(
                    t,
                    "default",
                    f"server pull 1 {sid} full {{j}}",
                    r.uniform(30.0, 30.4),
                    fail="timeout",
                )
            else:
                job(
                    t,
                    "default",
                    f"server pull 1 {sid} full {{j}}",
                    r.uniform(14, 190) if sid != 3 else r.uniform(2, 9),
                )
        job(
            at(h, 20) + sec(r.uniform(0, 30)),
            "default",
            "server fetchFeed 1 all {j}",
            r.uniform(40, 125),
        )
        job(
            at(h, 35) + sec(r.uniform(0, 30)),
            "cache",
            "server cacheServer 1 all {j}",
            r.uniform(9, 31),
        )
        for m in (0, 30):
            t = at(h, m, 10) + sec(r.uniform(0, 20))
            job(
                t,
                "cache",
                "server cacheFeed 1 all {j}",
                r.uniform(30, 95),
                extra=feed_fail if (h, m) == (10, 30) else None,
            )

    # analysts publishing events: publish (prio), alert e-mails, pushes to two servers
    event_ids = list(range(5288, 5420))
    for t in times(r, at(6, 50), at(11, 52), 150, 20):
        ev = r.choice(event_ids)
        user = r.choice(MISP_USERS)
        big = t > at(10, 45) and ev % 29 == 0
        job(
            t,
            "prio",
            f"event publish {ev} 0 {{j}} {user}",
            r.uniform(180, 320) if big else r.uniform(0.4, 3.2),
            fail="memory" if big else None,
        )
        if big:
            continue
        job(
            t + sec(r.uniform(1, 4)),
            "email",
            f"event alertemail {user} {{j}} {ev} 0",
            r.uniform(0.9, 4.5),
        )
        for sid in (2, 3):
            tt = t + sec(r.uniform(2, 8))
            if sid == 2 and in_any(tt, [isac_down]):
                job(
                    tt,
                    "default",
                    f"server push 2 full {{j}} {user}",
                    r.uniform(30.1, 30.6),
                    extra=push_fail,
                )
            else:
                job(
                    tt,
                    "default",
                    f"server push {sid} full {{j}} {user}",
                    r.uniform(1.5, 14) if sid == 2 else r.uniform(0.5, 3),
                )

    job(at(9, 39, 2), "default", "server cacheServer 1 2 {j}", 84.0)
    job(at(9, 39, 40), "prio", "event publish 5391 0 {j} 12", 41.0)

    def redis_restart() -> None:
        """Redis restarted by an upgrade: every worker's blpop fails, supervisor restarts them."""
        for q in workers:
            for i, w in enumerate(workers[q]):
                t = redis_down[0] + sec(r.uniform(0.0, 1.5))
                if w.get("interrupted"):
                    wlog(
                        t,
                        w["pid"],
                        "Error",
                        "[WORKER PID: %s][%s] - job ID: %s failed with exception: read error on connection to %s:%s",
                        f"[WORKER PID: {w['pid']}][{q}] - job ID: {w['interrupted']} failed with exception: read error on connection to 127.0.0.1:6379",
                    )
                    t += sec(1)
                dq = f"#0 {MISP_APP}/Lib/Tools/BackgroundJobsTool.php(264): Redis->blpop(Array, 5)"
                crash(
                    t,
                    w["pid"],
                    "Error: read error on connection to %s:%s",
                    "read error on connection to 127.0.0.1:6379",
                    [
                        dq,
                        f"#1 {MISP_APP}/Console/Command/StartWorkerShell.php(77): BackgroundJobsTool->dequeue('{q}')",
                        *MISP_WORKER_TAIL,
                    ],
                )
                tt = t + sec(r.uniform(1, 2))
                while tt < redis_down[1]:
                    crash(
                        tt,
                        new_pid(),
                        "Error: Connection refused",
                        "Connection refused",
                        [
                            f"#0 {MISP_APP}/Lib/Tools/BackgroundJobsTool.php(866): Redis->connect('127.0.0.1', 6379, 10)",
                            f"#1 {MISP_APP}/Lib/Tools/BackgroundJobsTool.php(112): BackgroundJobsTool->createRedisConnection(Array)",
                            *[
                                x.replace(
                                    "StartWorkerShell->main()", "StartWorkerShell->initialize()"
                                )
                                for x in MISP_WORKER_TAIL
                            ],
                        ],
                    )
                    tt += sec(r.uniform(4, 8) + (tt - t).total_seconds() * 0.6)
                nw = start_worker(q, tt)
                nw["busy"] = tt
                workers[q][i] = nw

    restarted = False
    for t, _, q, cmd, dur, fail, extra in sorted(jobs, key=lambda x: (x[0], x[1])):
        if not restarted and t >= redis_down[0]:
            redis_restart()
            restarted = True
        run_job(t, q, cmd, dur, fail, extra)
    max_exec(at(11, 59))

    # the web application's exceptions and warnings ---------------------------------------
    def frames_view(ctrl: str, action: str, arg: str) -> list[str]:
        return [
            f"#0 [internal function]: {ctrl}->{action}('{arg}')",
            f"#1 {MISP_CORE}/Controller/Controller.php(499): ReflectionMethod->invokeArgs(Object({ctrl}), Array)",
            f"#2 {MISP_CORE}/Routing/Dispatcher.php(193): Controller->invokeAction(Object(CakeRequest))",
            f"#3 {MISP_CORE}/Routing/Dispatcher.php(167): Dispatcher->_invoke(Object({ctrl}), Object(CakeRequest))",
            f"#4 {MISP_APP}/webroot/index.php(92): Dispatcher->dispatch(Object(CakeRequest), Object(CakeResponse))",
            "#5 {main}",
        ]

    for t in times(r, at(6, 10), T_END, 560):
        eid = uuid4(r) if r.random() < 0.6 else str(r.randint(4000, 5500))
        web(
            t,
            "Error",
            "[%s] Invalid event",
            [
                "[NotFoundException] Invalid event",
                f"Request URL: /events/view/{eid}",
                "Stack Trace:",
                *frames_view("EventsController", "view", eid),
            ],
        )
    for t in times(r, siem_key[0], siem_key[1], 62, 55):
        path = "/attributes/restSearch"
        web(
            t,
            "Error",
            "[%s] Authentication failed. Please make sure you pass the API key of an API enabled user along in the Authorization header.",
            [
                "[ForbiddenException] Authentication failed. Please make sure you pass the API key of an API enabled user along in the Authorization header.",
                f"Request URL: {path}",
                "Stack Trace:",
                f"#0 {MISP_APP}/Controller/AppController.php(267): AppController->__loginByAuthKey()",
                f"#1 {MISP_CORE}/Controller/Controller.php(677): AppController->beforeFilter()",
                f"#2 {MISP_CORE}/Routing/Dispatcher.php(189): Controller->startupProcess()",
                f"#3 {MISP_CORE}/Routing/Dispatcher.php(167): Dispatcher->_invoke(Object(AttributesController), Object(CakeRequest))",
                f"#4 {MISP_APP}/webroot/index.php(92): Dispatcher->dispatch(Object(CakeRequest), Object(CakeResponse))",
                "#5 {main}",
            ],
        )
    scans = [
        ("/wp-login.php", "Wp-login.phpController"),
        ("/phpmyadmin/index.php", "PhpmyadminController"),
        ("/actuator/health", "ActuatorController"),
        ("/owa/auth/logon.aspx", "OwaController"),
        ("/.git/config", ".gitController"),
        ("/cgi-bin/luci", "Cgi-binController"),
        ("/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "VendorController"),
    ]
    for t0 in [at(7, 12, 3), at(9, 55, 40), at(11, 20, 18)]:
        t = t0
        for path, cls in r.sample(scans, 5):
            t = web(
                t + sec(r.uniform(0.2, 3)),
                "Error",
                "[%s] Controller class %s could not be found.",
                [
                    f"[MissingControllerException] Controller class {cls} could not be found.",
                    f"Request URL: {path}",
                    "Stack Trace:",
                    f"#0 {MISP_APP}/webroot/index.php(92): Dispatcher->dispatch(Object(CakeRequest), Object(CakeResponse))",
                    "#1 {main}",
                ],
            )
        for ctrl, act in r.sample(
            [
                ("Users", "register"),
                ("Events", "wp-admin"),
                ("Servers", "phpinfo"),
                ("Users", "admin"),
            ],
            2,
        ):
            t = web(
                t + sec(r.uniform(0.2, 3)),
                "Error",
                "[%s] Action %s::%s() could not be found.",
                [
                    f"[MissingActionException] Action {ctrl}Controller::{act}() could not be found.",
                    f"Request URL: /{ctrl.lower()}/{act}",
                    "Stack Trace:",
                    f"#0 {MISP_CORE}/Routing/Dispatcher.php(193): Controller->invokeAction(Object(CakeRequest))",
                    f"#1 {MISP_CORE}/Routing/Dispatcher.php(167): Dispatcher->_invoke(Object({ctrl}Controller), Object(CakeRequest))",
                    f"#2 {MISP_APP}/webroot/index.php(92): Dispatcher->dispatch(Object(CakeRequest), Object(CakeResponse))",
                    "#3 {main}",
                ],
            )
    for t in times(r, at(7, 30), T_END, 820):
        key = r.choice(["Orgc", "Orgc", "Org", "SharingGroup"])
        line = {"Orgc": 1966, "Org": 1971, "SharingGroup": 2004}[key]
        web(
            t,
            "Warning",
            'Warning (%s): Undefined array key "%s" in [%s, line %s]',
            [
                f'Warning (2): Undefined array key "{key}" in [{MISP_APP}/Model/Event.php, line {line}]',
                "Trace:",
                f"Event::__attachReferences() - APP/Model/Event.php, line {line}",
                "Event::fetchEvent() - APP/Model/Event.php, line 1812",
                "EventsController::view() - APP/Controller/EventsController.php, line 1592",
                "ReflectionMethod::invokeArgs() - [internal], line ??",
                "Controller::invokeAction() - CORE/Cake/Controller/Controller.php, line 499",
                "Dispatcher::_invoke() - CORE/Cake/Routing/Dispatcher.php, line 193",
                "Dispatcher::dispatch() - CORE/Cake/Routing/Dispatcher.php, line 167",
                "[main] - APP/webroot/index.php, line 92",
                "",
            ],
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- thehive

TH_NODES = {"thehive-1": "10.20.0.21", "thehive-2": "10.20.0.22"}
TH_ANALYSTS = [f"10.10.4.{n}" for n in (11, 12, 14, 16, 17)]
TH_SIEM = "10.30.0.15"
TH_SOAR = "10.30.0.22"
TH_SCRIPT = "10.30.0.31"
TH_SCANNER = "10.60.1.200"
TH_QUERIES = [
    ("cases", 30),
    ("alerts", 22),
    ("case-tasks", 12),
    ("case-observables", 10),
    ("get-case", 9),
    ("case-similar-alerts", 5),
    ("observable-jobs", 5),
    ("case-task-logs", 6),
    ("case-count", 4),
    ("alert-count", 4),
]
TH_CASSANDRA = "/10.20.0.32:9042"
TH_AKKA = "2.6.18"
TH_DUMP = [
    "v[{v}]",
    " - _label = ObservableType",
    " - _createdBy = system@thehive.local",
    " - _createdAt = Tue Nov 14 09:12:41 UTC 2023",
    " - name = {name}",
    " - isAttachment = false",
]
TH_POOL_TRACE = [
    "com.datastax.driver.core.exceptions.TransportException: [/10.20.0.32:9042] Cannot connect",
    "\tat com.datastax.driver.core.Connection$1.operationComplete(Connection.java:165)",
    "\tat com.datastax.driver.core.Connection$1.operationComplete(Connection.java:148)",
    "\tat io.netty.util.concurrent.DefaultPromise.notifyListener0(DefaultPromise.java:578)",
    "\tat io.netty.util.concurrent.DefaultPromise.notifyListeners0(DefaultPromise.java:571)",
    "\tat io.netty.channel.nio.NioEventLoop.run(NioEventLoop.java:493)",
    "\tat java.lang.Thread.run(Thread.java:829)",
    "Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: /10.20.0.32:9042",
    "Caused by: java.net.ConnectException: Connection refused",
    "\tat sun.nio.ch.SocketChannelImpl.checkConnect(Native Method)",
    "\tat sun.nio.ch.SocketChannelImpl.finishConnect(SocketChannelImpl.java:777)",
    "\t... 6 common frames omitted",
]
TH_JANUS_TRACE = [
    "org.janusgraph.diskstorage.TemporaryBackendException: Temporary failure in storage backend",
    "\tat org.janusgraph.diskstorage.cql.CQLKeyColumnValueStore.lambda$static$0(CQLKeyColumnValueStore.java:120)",
    "\tat io.vavr.API$Match$Case0.apply(API.java:3174)",
    "\tat org.janusgraph.diskstorage.cql.CQLKeyColumnValueStore.getSlice(CQLKeyColumnValueStore.java:326)",
    "\tat org.janusgraph.diskstorage.keycolumnvalue.cache.ExpirationKCVSCache.lambda$getSlice$1(ExpirationKCVSCache.java:93)",
    "\tat org.janusgraph.diskstorage.util.BackendOperation.executeDirect(BackendOperation.java:68)",
    "\tat org.janusgraph.diskstorage.util.BackendOperation.execute(BackendOperation.java:54)",
    "\tat java.lang.Thread.run(Thread.java:829)",
    "Caused by: com.datastax.driver.core.exceptions.NoHostAvailableException: All host(s) tried for query failed (tried: /10.20.0.32:9042 (com.datastax.driver.core.exceptions.TransportException: [/10.20.0.32:9042] Connection has been closed))",
    "\tat com.datastax.driver.core.RequestHandler.reportNoMoreHosts(RequestHandler.java:283)",
    "\t... 7 common frames omitted",
]


def thehive(r: random.Random) -> list[Log]:
    """Two TheHive 4.1 nodes' /var/log/thehive/application.log (see the module docstring)."""
    fs = Files()
    cass_down = (at(8, 20, 4), at(8, 31, 40))
    script_fail = (at(7, 31, 10), at(8, 46))
    scan = (at(10, 2, 15), at(10, 6, 50))
    restart = {"thehive-1": at(10, 30, 12), "thehive-2": at(10, 41, 5)}
    down: dict[str, tuple[datetime, datetime]] = {
        n: (t, t + sec(r.uniform(48, 70))) for n, t in restart.items()
    }
    req = {n: r.randrange(0x400, 0x900) for n in TH_NODES}
    used: set[tuple[str, int]] = set()

    def L(
        node: str,
        t: datetime,
        level: str,
        logger: str,
        thread: str,
        mdc: str,
        label: str,
        lines: list[str],
    ) -> datetime:
        f = f"{node}-application.log"
        return fs.add(
            f,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} [{level}] from {logger} in {thread} [{mdc}] {lines[0]}",
                *lines[1:],
            ],
            (node, thread),
            MS,
        )

    def disp() -> str:
        return f"application-akka.actor.default-dispatcher-{r.randint(3, 41)}"

    def up(node: str, t: datetime) -> bool:
        a, b = down[node]
        return not (a - sec(2) <= t < b + sec(15))

    def node_for(t: datetime) -> str:
        ok = [n for n in TH_NODES if up(n, t)]
        return r.choice(ok)

    def next_req(node: str, t: datetime) -> str:
        """The node's request counter, counting up with time (ids are given in time order)."""
        n = req[node] + int((t - T0).total_seconds() / 2.7)
        while (node, n) in used:
            n += 1
        used.add((node, n))
        return f"{n:08x}"

    def access(
        node: str,
        t: datetime,
        ip: str,
        method: str,
        uri: str,
        took: int,
        status: int,
        size: int | None,
        rid: str | None = None,
        thread: str | None = None,
    ) -> datetime:
        rid = rid or next_req(node, t)
        if not up(node, t + sec(took / 1000)):
            return t
        if size is None:
            return L(
                node,
                t + sec(took / 1000),
                "INFO",
                "org.thp.scalligraph.AccessLogFilter",
                thread or disp(),
                f"{rid}|",
                "%s %s %s took %sms and returned %s",
                [f"{ip} {method} {uri} took {took}ms and returned {status}"],
            )
        return L(
            node,
            t + sec(took / 1000),
            "INFO",
            "org.thp.scalligraph.AccessLogFilter",
            thread or disp(),
            f"{rid}|",
            "%s %s %s took %sms and returned %s %s bytes",
            [f"{ip} {method} {uri} took {took}ms and returned {status} {size} bytes"],
        )

    def slow(t: datetime) -> float:
        return 6.0 if in_any(t, [cass_down]) else 1.0

    # analysts' sessions: stream long polls, queries, current user, logins
    sessions: list[tuple[str, datetime, datetime]] = []
    for ip in TH_ANALYSTS:
        t = at(6, 0) + sec(r.uniform(0, 5400))
        while t < T_END - sec(600):
            dur = r.uniform(1800, 4000)
            sessions.append((ip, t, min(t + sec(dur), T_END)))
            t += sec(dur + r.uniform(1800, 6000))
    for ip, a, b in sessions:
        n = node_for(a)
        access(n, a, ip, "POST", "/api/v1/login", int(r.uniform(90, 260)), 200, r.randint(380, 420))
        access(
            n,
            a + sec(0.4),
            ip,
            "GET",
            "/api/v1/user/current",
            int(r.uniform(25, 90)),
            200,
            r.randint(1100, 1300),
        )
        stream = "".join(
            r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
            for _ in range(20)
        )
        t = a + sec(1)
        while t < b:
            n = node_for(t)
            if r.random() < 0.55:
                took = int(r.uniform(59950, 60090))
                access(n, t, ip, "GET", f"/api/stream/{stream}", took, 200, 2)
            else:
                took = int(r.uniform(150, 40000))
                access(n, t, ip, "GET", f"/api/stream/{stream}", took, 200, r.randint(300, 9000))
            t += sec(took / 1000 + r.uniform(0.05, 0.4))
        for t in times(r, a + sec(5), b, 90):
            n = node_for(t)
            name = pick_w(r, [(w, q) for q, w in TH_QUERIES])
            uri = (
                f"/api/v1/query?name={name}"
                if r.random() < 0.8
                else f"/api/v1/query?name={name}-~{r.randint(40960000, 41960000)}"
            )
            rid = next_req(n, t)
            th = disp()
            if name == "case-observables" and r.random() < 0.35:
                vid = r.choice([4144, 4312, 8400])
                for field in ("login", "locked"):
                    L(
                        n,
                        t,
                        "ERROR",
                        "org.thp.scalligraph.traversal.TraversalOps",
                        th,
                        f"{rid}|{hexid(r, 8)}",
                        "%s %s doesn't comply with its schema, field %s is missing:",
                        [
                            f"ObservableType {vid} doesn't comply with its schema, field {field} is missing:",
                            *[
                                x.format(
                                    v=vid,
                                    name={4144: "url", 4312: "hostname", 8400: "autonomous-system"}[
                                        vid
                                    ],
                                )
                                for x in TH_DUMP
                            ],
                        ],
                    )
            took = int(r.uniform(20, 400) * slow(t))
            access(n, t, ip, "POST", uri, took, 200, None, rid, th)
        for t in times(r, a + sec(30), b, 900):
            n = node_for(t)
            access(
                n,
                t,
                ip,
                "GET",
                "/api/v1/user/current",
                int(r.uniform(25, 90)),
                200,
                r.randint(1100, 1300),
            )

    # the SIEM's alerts
    for t in times(r, T0, T_END, 150):
        n = node_for(t)
        took = int(r.uniform(60, 350) * slow(t))
        access(n, t, TH_SIEM, "POST", "/api/v1/alert", took, 201, r.randint(1500, 4200))
    # the SOAR's polls through the v0 API with a v0 filter
    t = T0 + sec(r.uniform(0, 60))
    while t < T_END:
        n = node_for(t)
        rid, th = next_req(n, t), disp()
        st = r.choice(["New", "New", "Updated"])
        L(
            n,
            t,
            "WARN",
            "org.thp.scalligraph.query.InputFilter",
            th,
            f"{rid}|",
            "Use of filter %s is deprecated. Please use %s",
            [
                f'Use of filter {{"status": "FString({st})"}} is deprecated. Please use {{"_field": "status", "_value": "FString({st})"}}'
            ],
        )
        access(
            n,
            t + sec(0.002),
            TH_SOAR,
            "POST",
            "/api/alert/_search?range=0-100&sort=-date",
            int(r.uniform(40, 220) * slow(t)),
            200,
            r.randint(2, 48000),
            rid,
            th,
        )
        t += sec(r.uniform(119.5, 121.0))
    # a report script logging in with a deleted account
    for t in times(r, script_fail[0], script_fail[1], 60, 55):
        n = node_for(t)
        rid, th, tx = next_req(n, t), disp(), hexid(r, 8)
        x = L(
            n,
            t,
            "ERROR",
            "org.thp.scalligraph.models.Database",
            th,
            f"{rid}|{tx}",
            "Exception raised, rollback (User not found)",
            ["Exception raised, rollback (User not found)"],
        )
        x = L(
            n,
            x + sec(0.003),
            "WARN",
            "org.thp.thehive.services.TOTPAuthSrv",
            th,
            f"{rid}|{tx}",
            "%s fails: %s: Authentication failure",
            ["local fails: org.thp.scalligraph.AuthenticationError: Authentication failure"],
        )
        access(n, x, TH_SCRIPT, "POST", "/api/login", int(r.uniform(90, 180)), 401, 65, rid, th)
    # Cassandra's third node rebooted: the driver's reconnection and JanusGraph's retries
    for node in TH_NODES:
        t, delay = cass_down[0] + sec(r.uniform(0.2, 3)), 1.0
        while t < cass_down[1]:
            L(
                node,
                t,
                "WARN",
                "com.datastax.driver.core.Session",
                f"cluster1-nio-worker-{r.randint(0, 3)}",
                "|",
                "Error creating pool to %s",
                [f"Error creating pool to {TH_CASSANDRA}", *TH_POOL_TRACE],
            )
            delay = min(delay * 2, 128)
            t += sec(delay + r.uniform(0, 0.3))
        for x in times(r, cass_down[0], cass_down[0] + sec(95), 14):
            op = r.choice(["EdgeStoreQuery", "MultiSlicesQuery", "EdgeStoreKeys"])
            L(
                node,
                x,
                "WARN",
                "org.janusgraph.diskstorage.util.BackendOperation",
                disp(),
                f"{next_req(node, x)}|{hexid(r, 8)}",
                "Temporary exception during backend operation [%s]. Attempting backoff retry.",
                [
                    f"Temporary exception during backend operation [{op}]. Attempting backoff retry.",
                    *TH_JANUS_TRACE,
                ],
            )
    # a vulnerability scanner on port 9000
    for t in times(r, scan[0], scan[1], 9):
        n = r.choice(list(TH_NODES))
        kind = pick_w(r, [(5, "start"), (3, "method"), (2, "host")])
        if kind == "start":
            lbl, msg = (
                "Illegal request, responding with status '%s': Illegal HTTP message start",
                "Illegal request, responding with status '400 Bad Request': Illegal HTTP message start",
            )
        elif kind == "method":
            meth = r.choice(["PROPFIND", "TRACK", "DEBUG", "SEARCH"])
            lbl, msg = (
                "Illegal request, responding with status '%s': Unsupported HTTP method: %s",
                f"Illegal request, responding with status '501 Not Implemented': Unsupported HTTP method: {meth}",
            )
        else:
            lbl = "Illegal request, responding with status '%s': Request is missing required `Host` header: Cannot establish effective URI of request to `%s`, request has a relative URI and is missing a `Host` header; consider setting `akka.http.server.default-host-header`"
            msg = f"Illegal request, responding with status '400 Bad Request': Request is missing required `Host` header: Cannot establish effective URI of request to `{r.choice(['/', '/index.html', '/api/status'])}`, request has a relative URI and is missing a `Host` header; consider setting `akka.http.server.default-host-header`"
        L(n, t, "WARN", "akka.actor.ActorSystemImpl", disp(), "|", lbl, [msg])
    # the rolling restart for a configuration change
    for node, (a, b) in down.items():
        ip = TH_NODES[node]
        other = next(n for n in TH_NODES if n != node)
        me, them = f"akka://application@{ip}:2551", f"akka://application@{TH_NODES[other]}:2551"
        cl = "akka.cluster.Cluster"
        t = L(
            node,
            a,
            "INFO",
            "play.core.server.AkkaHttpServer",
            f"Thread-{r.randint(4, 12)}",
            "|",
            "Stopping server...",
            ["Stopping server..."],
        )
        t = L(
            node,
            t + sec(0.3),
            "INFO",
            cl,
            disp(),
            "|",
            "Marked address [%s] as [%s]",
            [f"Cluster Node [{me}] - Marked address [{me}] as [Leaving]"],
        )
        L(
            other,
            t + sec(0.6),
            "INFO",
            cl,
            disp(),
            "|",
            "Leader is moving node [%s] to [%s]",
            [f"Cluster Node [{them}] - Leader is moving node [{me}] to [Exiting]"],
        )
        t = L(
            node,
            t + sec(1.1),
            "INFO",
            cl,
            disp(),
            "|",
            "Exiting completed",
            [f"Cluster Node [{me}] - Exiting completed"],
        )
        t = L(
            node,
            t + sec(0.05),
            "INFO",
            cl,
            disp(),
            "|",
            "Shutting down...",
            [f"Cluster Node [{me}] - Shutting down..."],
        )
        t = L(
            node,
            t + sec(0.05),
            "INFO",
            cl,
            disp(),
            "|",
            "Successfully shut down",
            [f"Cluster Node [{me}] - Successfully shut down"],
        )
        L(
            other,
            t + sec(0.4),
            "INFO",
            cl,
            disp(),
            "|",
            "Leader is removing confirmed Exiting node [%s]",
            [f"Cluster Node [{them}] - Leader is removing confirmed Exiting node [{me}]"],
        )
        t = b - sec(r.uniform(20, 30))
        t = L(
            node,
            t,
            "INFO",
            "akka.event.slf4j.Slf4jLogger",
            disp(),
            "|",
            "Slf4jLogger started",
            ["Slf4jLogger started"],
        )
        t = L(
            node,
            t + sec(0.2),
            "INFO",
            "akka.remote.artery.tcp.ArteryTcpTransport",
            disp(),
            "|",
            "Remoting started with transport [Artery tcp]; listening on address [%s] with UID [%s]",
            [
                f"Remoting started with transport [Artery tcp]; listening on address [{me}] with UID [{r.randint(-(2**63), 2**63 - 1)}]"
            ],
        )
        t = L(
            node,
            t + sec(0.1),
            "INFO",
            cl,
            disp(),
            "|",
            "Starting up, Akka version [%s] ...",
            [f"Cluster Node [{me}] - Starting up, Akka version [{TH_AKKA}] ..."],
        )
        t = L(
            node,
            t + sec(0.05),
            "INFO",
            cl,
            disp(),
            "|",
            "Registered cluster JMX MBean [%s]",
            [f"Cluster Node [{me}] - Registered cluster JMX MBean [akka:type=Cluster]"],
        )
        t = L(
            node,
            t + sec(0.01),
            "INFO",
            cl,
            disp(),
            "|",
            "Started up successfully",
            [f"Cluster Node [{me}] - Started up successfully"],
        )
        x = L(
            other,
            t + sec(0.5),
            "INFO",
            cl,
            disp(),
            "|",
            "Node [%s] is JOINING, roles [%s], version [%s]",
            [
                f"Cluster Node [{them}] - Node [{me}] is JOINING, roles [dc-default], version [0.0.0]"
            ],
        )
        t = L(
            node,
            x + sec(0.02),
            "INFO",
            cl,
            disp(),
            "|",
            "Welcome from [%s]",
            [f"Cluster Node [{me}] - Welcome from [{them}]"],
        )
        L(
            other,
            t + sec(0.9),
            "INFO",
            cl,
            disp(),
            "|",
            "Leader is moving node [%s] to [%s]",
            [f"Cluster Node [{them}] - Leader is moving node [{me}] to [Up]"],
        )
        t = L(
            node,
            b,
            "INFO",
            "play.api.Play",
            "main",
            "|",
            "Application started (Prod) (no global state)",
            ["Application started (Prod) (no global state)"],
        )
        L(
            node,
            t + sec(0.2),
            "INFO",
            "play.core.server.AkkaHttpServer",
            "main",
            "|",
            "Listening for HTTP on /%s",
            ["Listening for HTTP on /0:0:0:0:0:0:0:0:9000"],
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- opencti

OC_BUILD = "/opt/opencti/build/back.js"
OC_MANAGERS_STOP = [
    "[OPENCTI-MODULE] Expiration manager stopped in %s ms",
    "[OPENCTI-MODULE] Retention manager stopped in %s ms",
    "[OPENCTI-MODULE] Notification manager stopped in %s ms",
    "[OPENCTI-MODULE] Publisher manager stopped in %s ms",
    "[OPENCTI-MODULE] Task manager stopped in %s ms",
    "[OPENCTI-MODULE] Rule engine stopped in %s ms",
    "[OPENCTI-MODULE] History manager stopped in %s ms",
    "[OPENCTI-MODULE] Cluster manager stopped in %s ms",
]
OC_TYPES = [
    "indicator",
    "identity",
    "malware",
    "attack-pattern",
    "intrusion-set",
    "threat-actor",
    "vulnerability",
    "marking-definition",
]


def oc_stack(name: str, msg: str, frames: list[str]) -> str:
    return f"{name}: {msg}\n" + "\n".join(f"    at {f}" for f in frames)


def opencti(r: random.Random) -> list[Log]:
    """OpenCTI 6.1's platform container and its MISP connector under `docker logs` (see the module docstring)."""
    fs = Files()
    import_burst = (at(8, 2, 30), at(9, 21))
    splunk = (at(10, 0, 40), at(10, 31))
    restart = at(11, 0, 5)
    version = ["6.1.10"]

    def iso(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z"

    def P(t: datetime, level: str, label: str, msg: str, **extra: object) -> datetime:
        """One winston line of the platform: the fields in key order, as the JSON formatter writes them."""

        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {
                "category": "APP",
                "level": level,
                "message": msg,
                "timestamp": iso(x),
                "version": version[0],
            }
            d.update(extra)
            return [json.dumps(dict(sorted(d.items())), separators=(",", ":"), ensure_ascii=False)]

        return fs.add("opencti.log", t, label, text, "platform", MS)

    def C(
        t: datetime, level: str, label: str, msg: str, attrs: dict | None = None, name: str = "MISP"
    ) -> datetime:
        """One line of pycti's JSON logger (python-json-logger's separators)."""

        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {
                "timestamp": f"{x:%Y-%m-%dT%H:%M:%S.%f}Z",
                "level": level,
                "name": name,
                "message": msg,
            }
            if attrs is not None:
                d["attributes"] = attrs
            return [json.dumps(d)]

        return fs.add("connector-misp.log", t, label, text, "connector", US)

    def user_ctx(uid: str, ip: str) -> dict:
        return {
            "applicant_id": uid,
            "call_retry_number": None,
            "group_ids": [uuid4(r)],
            "ip": ip,
            "organization_ids": [],
            "socket": "query",
            "user_id": uid,
            "user_metadata": {},
        }

    worker_uid = uuid4(r)
    worker_ip = "::ffff:172.19.0.14"

    # the MISP import's side effects on the platform: workers' bundles hitting missing refs and locks
    for t in times(r, T0, T_END, 42):
        if in_any(t, [(restart - sec(5), restart + sec(95))]):
            continue
        burst = in_any(t, [import_burst])
        n = r.randint(3, 9) if burst else 1
        for k in range(n):
            x = t + sec(k * r.uniform(0.01, 2.5))
            kind = pick_w(r, [(6, "ref"), (3 if burst else 0.3, "lock")])
            if kind == "ref":
                ids = [
                    f"{r.choice(OC_TYPES)}--{uuid4(r)}" for _ in range(r.choice([1, 1, 1, 2, 3]))
                ]
                err = {
                    "attributes": {"genre": "BUSINESS", "http_status": 404, "unresolvedIds": ids},
                    "message": "Element(s) not found",
                    "name": "MISSING_REFERENCE_ERROR",
                    "stack": oc_stack(
                        "MISSING_REFERENCE_ERROR",
                        "Element(s) not found",
                        [
                            "error (/opt/opencti/build/src/config/errors.js:8:10)",
                            "MissingReferenceError (/opt/opencti/build/src/config/errors.js:117:48)",
                            "inputResolveRefsFn (/opt/opencti/build/src/database/middleware.js:789:11)",
                            "processTicksAndRejections (node:internal/process/task_queues:95:5)",
                            "createEntityRaw (/opt/opencti/build/src/database/middleware.js:3152:25)",
                        ],
                    ),
                }
                P(
                    x,
                    "warn",
                    "Element(s) not found",
                    "Element(s) not found",
                    errors=[err],
                    source="backend",
                    user=user_ctx(worker_uid, worker_ip),
                )
            else:
                ids = [f"{r.choice(OC_TYPES)}--{uuid4(r)}" for _ in range(r.randint(2, 6))]
                err = {
                    "attributes": {"genre": "TECHNICAL", "http_status": 500, "participantIds": ids},
                    "message": "Execution timeout, too many concurrent call on the same entities",
                    "name": "LOCK_ERROR",
                    "stack": oc_stack(
                        "LOCK_ERROR",
                        "Execution timeout, too many concurrent call on the same entities",
                        [
                            "error (/opt/opencti/build/src/config/errors.js:8:10)",
                            "LockTimeoutError (/opt/opencti/build/src/config/errors.js:102:51)",
                            "createRelationRaw (/opt/opencti/build/src/database/middleware.js:2905:15)",
                            "processTicksAndRejections (node:internal/process/task_queues:95:5)",
                        ],
                    ),
                }
                P(
                    x,
                    "warn",
                    "Execution timeout, too many concurrent call on the same entities",
                    "Execution timeout, too many concurrent call on the same entities",
                    errors=[err],
                    source="backend",
                    user=user_ctx(worker_uid, worker_ip),
                )
    # an integration with an expired token, an analyst's dashboard without the capability
    for t in times(r, splunk[0], splunk[1], 30, 25):
        err = {
            "attributes": {"genre": "TECHNICAL", "http_status": 401},
            "message": "You must be logged in to do this.",
            "name": "AUTH_REQUIRED",
            "stack": oc_stack(
                "AUTH_REQUIRED",
                "You must be logged in to do this.",
                [
                    "error (/opt/opencti/build/src/config/errors.js:8:10)",
                    "AuthRequired (/opt/opencti/build/src/config/errors.js:35:48)",
                    "authenticateUserFromRequest (/opt/opencti/build/src/domain/user.js:1475:11)",
                ],
            ),
        }
        P(
            t,
            "warn",
            "You must be logged in to do this.",
            "You must be logged in to do this.",
            errors=[err],
            source="backend",
        )
    analyst = uuid4(r)
    for t in times(r, at(7, 40), at(11, 50), 190):
        if in_any(t, [(restart - sec(5), restart + sec(95))]):
            continue
        err = {
            "attributes": {"genre": "TECHNICAL", "http_status": 403},
            "message": "You are not allowed to do this.",
            "name": "FORBIDDEN_ACCESS",
            "stack": oc_stack(
                "FORBIDDEN_ACCESS",
                "You are not allowed to do this.",
                [
                    "error (/opt/opencti/build/src/config/errors.js:8:10)",
                    "ForbiddenAccess (/opt/opencti/build/src/config/errors.js:43:51)",
                    "Object.auth (/opt/opencti/build/src/graphql/authDirective.js:71:17)",
                ],
            ),
        }
        P(
            t,
            "warn",
            "You are not allowed to do this.",
            "You are not allowed to do this.",
            errors=[err],
            source="backend",
            user=user_ctx(analyst, "10.10.4.23"),
        )
    # the upgrade to 6.1.12 at 11:00: shutdown, then start-up
    t = P(
        restart,
        "info",
        "[OPENCTI] API stopped in %s ms",
        f"[OPENCTI] API stopped in {r.randint(3, 40)} ms",
    )
    for lbl in OC_MANAGERS_STOP:
        t = P(
            t + sec(r.uniform(0.001, 0.4)), "info", lbl, lbl.replace("%s", str(r.randint(0, 260)))
        )
    version[0] = "6.1.12"
    t = restart + sec(r.uniform(38, 55))
    start = [
        ("[OPENCTI] Starting platform", "[OPENCTI] Starting platform"),
        ("[OPENCTI] Checking dependencies statuses", "[OPENCTI] Checking dependencies statuses"),
        (
            "[SEARCH] Engine client not specified, trying to discover it with opensearch client",
            "[SEARCH] Engine client not specified, trying to discover it with opensearch client",
        ),
        ("[SEARCH] Engine detected to %s", "[SEARCH] Engine detected to elk"),
        (
            "[SEARCH] %s (%s) client selected / runtime sorting enabled",
            "[SEARCH] elk (8.13.4) client selected / runtime sorting enabled",
        ),
        ("[CHECK] Search engine is alive", "[CHECK] Search engine is alive"),
        ("[CHECK] Minio is alive", "[CHECK] Minio is alive"),
        ("[CHECK] RabbitMQ is alive", "[CHECK] RabbitMQ is alive"),
        ("[REDIS] Redis '%s' client ready", "[REDIS] Redis 'base' client ready"),
        ("[CHECK] Redis is alive", "[CHECK] Redis is alive"),
        ("[CHECK] Python3 is available", "[CHECK] Python3 is available"),
        (
            "[MIGRATION] Platform already up to date, nothing to migrate",
            "[MIGRATION] Platform already up to date, nothing to migrate",
        ),
        ("[OPENCTI] API ready on port %s", "[OPENCTI] API ready on port 8080"),
        (
            "[OPENCTI-MODULE] Sync manager not started (disabled by configuration)",
            "[OPENCTI-MODULE] Sync manager not started (disabled by configuration)",
        ),
        ("[OPENCTI-MODULE] Running history manager", "[OPENCTI-MODULE] Running history manager"),
    ]
    for lbl, msg in start:
        t = P(t + sec(r.uniform(0.002, 1.8)), "info", lbl, msg)

    # the MISP connector: a run every five minutes, a big shared event at 08:00
    t = T0 + sec(r.uniform(5, 200))
    work = 0
    while t < T_END:
        down = restart - sec(2) <= t < restart + sec(75)
        if down:
            msg = f"HTTPConnectionPool(host='opencti', port=8080): Max retries exceeded with url: /graphql (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f{hexid(r, 10)}>: Failed to establish a new connection: [Errno 111] Connection refused'))"
            C(
                t,
                "ERROR",
                "HTTPConnectionPool(host=%s, port=%s): Max retries exceeded with url: %s (Caused by NewConnectionError('%s: Failed to establish a new connection: [Errno 111] Connection refused'))",
                msg,
                name="api",
            )
            t += sec(r.uniform(9.5, 10.5))
            if t >= restart + sec(75):
                x = C(
                    t,
                    "INFO",
                    "Connector registered with ID",
                    "Connector registered with ID",
                    {"id": "9e1c0a3b-5f43-4d2e-b6f1-2a9d7c3e4f80"},
                )
                x = C(
                    x + sec(0.01), "INFO", "Starting PingAlive thread", "Starting PingAlive thread"
                )
            continue
        work += 1
        wid = f"work_9e1c0a3b-5f43-4d2e-b6f1-2a9d7c3e4f80_{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z"
        x = C(
            t,
            "INFO",
            "Fetching MISP events with args: %s",
            f'Fetching MISP events with args: {{"timestamp": "{int((t - sec(300)).timestamp())}", "published": true}}',
        )
        burst = at(8, 0) <= t < at(8, 6)
        n = r.choice([0, 0, 0, 1, 1, 2, 3]) if not burst else 1
        x = C(
            x + sec(r.uniform(0.3, 2.5)),
            "INFO",
            "MISP returned %s events.",
            f"MISP returned {n} events.",
        )
        if n:
            x = C(
                x + sec(0.01),
                "INFO",
                "Initiate work",
                "Initiate work",
                {"connector_id": "9e1c0a3b-5f43-4d2e-b6f1-2a9d7c3e4f80"},
            )
        for _ in range(n):
            ev = uuid4(r)
            x = C(
                x + sec(r.uniform(0.05, 0.5)),
                "INFO",
                "Processing event %s",
                f"Processing event {ev}",
            )
            x += sec(r.uniform(0.5, 8.0) * (40 if burst else 1))
        if n:
            x = C(
                x + sec(0.02),
                "INFO",
                "Update action expectations",
                "Update action expectations",
                {"work_id": wid, "expectations": n},
            )
        x = C(
            x + sec(0.01),
            "INFO",
            "Connector successfully run, storing last_run as %s",
            f"Connector successfully run, storing last_run as {int(x.timestamp())}",
        )
        nxt = t + sec(300 + r.uniform(-0.5, 0.5))
        if t < restart - sec(2) <= nxt:
            nxt = restart + sec(r.uniform(5, 25))  # the run falls while the platform is away
        t = nxt
    return fs.logs(T0)


# --------------------------------------------------------------------------------- maltrail

MT_VERSION = "0.72"
MT_HOME = "https://maltrail.github.io"
MT_FILTER = "udp or icmp or (tcp and (tcp[tcpflags] == tcp-syn or port 80 or port 1080 or port 3128 or port 8000 or port 8080 or port 8118))"
MT_FEEDS = [
    "https://reputation.alienvault.com/reputation.generic",
    "https://www.binarydefense.com/banlist.txt",
    "https://lists.blocklist.de/lists/all.txt",
    "https://danger.rulez.sk/projects/bruteforceblocker/blist.php",
    "https://cinsscore.com/list/ci-badguys.txt",
    "https://cybercrime-tracker.net/all.php",
    "https://feeds.dshield.org/top10-2.txt",
    "https://rules.emergingthreats.net/open/suricata/rules/botcc.rules",
    "https://rules.emergingthreats.net/open/suricata/rules/compromised-ips.txt",
    "https://feodotracker.abuse.ch/downloads/ipblocklist.txt",
    "https://blocklist.greensnow.co/greensnow.txt",
    "https://malc0de.com/bl/IP_Blacklist.txt",
    "https://malwaredomains.lehigh.edu/files/domains.txt",
    "https://openphish.com/feed.txt",
    "https://raw.githubusercontent.com/mitchellkrogza/Phishing.Database/master/phishing-domains-ACTIVE.txt",
    "https://report.cs.rutgers.edu/DROP/attackers",
    "https://sblam.com/blacklist.txt",
    "https://sslbl.abuse.ch/blacklist/sslipblacklist.txt",
    "https://check.torproject.org/torbulkexitlist",
    "https://project.turris.cz/greylist-data/greylist-latest.csv",
    "https://urlhaus.abuse.ch/downloads/text/",
    "https://tracker.viriback.com/dump.php",
    "http://vxvault.net/URL_List.php",
    "https://www.spamhaus.org/drop/drop.txt",
    "https://raw.githubusercontent.com/stamparm/aux/master/maltrail-static-trails.txt",
    "https://bazaar.abuse.ch/export/txt/md5/recent/",
    "https://threatfox.abuse.ch/export/json/recent/",
    "https://www.talosintelligence.com/documents/ip-blacklist",
    "https://iplists.firehol.org/files/firehol_level1.netset",
    "https://isc.sans.edu/api/threatlist/shodan/?text",
    "https://www.maxmind.com/en/high-risk-ip-sample-list",
    "https://zeustracker.abuse.ch/blocklist.php?download=baddomains",
    "(custom)",
    "(static)",
]
MT_DEAD = {
    "https://malwaredomains.lehigh.edu/files/domains.txt",
    "https://zeustracker.abuse.ch/blocklist.php?download=baddomains",
    "https://cybercrime-tracker.net/all.php",
}
MT_ATTACKERS = [
    ("45.148.10.{n}", "known attacker", "alienvault.com"),
    ("185.224.128.{n}", "known attacker", "blocklist.de"),
    ("193.163.125.{n}", "mass scanner", "(static)"),
    ("167.94.138.{n}", "mass scanner", "(static)"),
    ("141.98.11.{n}", "bad reputation", "greensnow.co (+blocklist.de)"),
    ("80.66.83.{n}", "known attacker", "cinsscore.com"),
    ("218.92.0.{n}", "known attacker", "rutgers.edu (+alienvault.com,blocklist.de)"),
    ("185.220.101.{n}", "tor exit node", "torproject.org"),
]
MT_DOMAINS = [
    ("update-check.duckdns.org", "dynamic domain", "(static)"),
    ("cdn-23.telemetry-sync.top", "malware", "urlhaus.abuse.ch"),
    ("login-microsoft365.account-verify.cc", "phishing", "openphish.com"),
    ("pool.supportxmr.com", "crypto mining (suspicious)", "(static)"),
    ("api.ipify.org", "ipinfo (suspicious)", "(static)"),
    ("kxwbiqmt.xyz", "potential malware site", "threatfox.abuse.ch"),
    ("files.catbox.moe", "suspicious", "(static)"),
    ("paste.ee", "suspicious", "(static)"),
    ("ngrok-free.app", "suspicious", "(static)"),
    ("ns1.parkingcrew.net", "parking site (suspicious)", "(static)"),
]
MT_LAN = [
    f"10.50.{a}.{b}"
    for a, b in [
        (1, 21),
        (1, 34),
        (2, 11),
        (2, 57),
        (2, 90),
        (3, 14),
        (3, 77),
        (4, 8),
        (4, 63),
        (5, 102),
    ]
]
MT_DMZ = {
    "web": "203.0.113.10",
    "mail": "203.0.113.25",
    "vpn": "203.0.113.40",
    "dns": "203.0.113.53",
}
MT_DNS = "10.50.0.53"


def mt_safe(v: object) -> str:
    """core/log.py's safe_value(): '-' for nothing, quoted when it holds a blank or a quote."""
    s = str(v or "-").replace("\n", " ").replace("\r", " ")
    if " " in s or '"' in s:
        s = '"' + s.replace('"', '""') + '"'
    return s


def maltrail(r: random.Random) -> list[Log]:
    """Maltrail 0.72's server event log and the three services' journals (see the module docstring)."""
    fs = Files()
    ev_file = "2024-06-07.log"

    def E(t: datetime, sensor: str, label: str, fields: list[object]) -> datetime:
        """One event line: the time and the sensor's name before the event tuple's fields."""

        def text(x: datetime) -> list[str]:
            stamp = f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond:06d}"
            return [" ".join(mt_safe(v) for v in [stamp, sensor, *fields])]

        return fs.add(ev_file, t, label, text, sensor, US)

    def J(
        host: str, pid: int, t: datetime, label: str, msg: str, ident: str = "python3"
    ) -> datetime:
        return fs.add(
            f"{host}.log",
            t,
            label,
            lambda x: [f"{x:%b %d %H:%M:%S} {host} {ident}[{pid}]: {msg}"],
            (host, pid),
            SEC,
        )

    def blank(host: str, pid: int, t: datetime) -> None:
        """The banner's second line: the same write, so the same instant, and no row."""
        fs.add(
            f"{host}.log",
            t,
            None,
            lambda x: [f"{x:%b %d %H:%M:%S} {host} python3[{pid}]: "],
            (host, pid, "nl"),
            SEC,
        )

    def sysd(host: str, t: datetime, unit: str, desc: str, what: str) -> datetime:
        if what == "stop":
            t = J(host, 1, t, "Stopping %s - %s...", f"Stopping {unit} - {desc}...", "systemd")
            return t
        if what == "stopped":
            t = J(
                host,
                1,
                t,
                "Deactivated successfully.",
                f"{unit}: Deactivated successfully.",
                "systemd",
            )
            t = J(host, 1, t, "Stopped %s - %s.", f"Stopped {unit} - {desc}.", "systemd")
            cpu = r.choice(
                ["1h 51min 12.402s", "2h 3min 44.118s", "47min 9.771s", "3h 12min 0.356s"]
            )
            return J(
                host, 1, t, "Consumed %s CPU time.", f"{unit}: Consumed {cpu} CPU time.", "systemd"
            )
        return J(host, 1, t, "Started %s - %s.", f"Started {unit} - {desc}.", "systemd")

    def blob(text: str) -> str:
        return f"[{len(text.encode())}B blob data]"

    def update(host: str, pid: int, t: datetime) -> datetime:
        """update_trails(): the feed list with its progress line, written with a carriage return,
        so that journalctl shows every line the progress precedes as blob data."""
        t = J(
            host,
            pid,
            t,
            "[i] updating trails (this might take a while)...",
            "[i] updating trails (this might take a while)...",
        )
        pending = ""
        n = len(MT_FEEDS)
        for i, url in enumerate(MT_FEEDS):
            line = f" [o] '{url}'{' ' * 20 if len(url) < 20 else ''}"
            t += sec(r.uniform(0.3, 4.0))
            if pending:
                t = J(host, pid, t, "[%s blob data]", blob(pending + line))
            else:
                t = J(host, pid, t, " [o] '%s'%s", line)
            pending = f"[?] progress: {i}/{n} ({i * 100 // n}%)\r"
            if url in MT_DEAD:
                t += sec(r.uniform(5, 30))
                t = J(
                    host,
                    pid,
                    t,
                    "[%s blob data]",
                    blob(
                        pending + f"[x] something went wrong during remote data retrieval ('{url}')"
                    ),
                )
                pending = ""
        t = J(
            host,
            pid,
            t + sec(r.uniform(1, 3)),
            "[%s blob data]",
            blob(pending + "[i] post-processing trails (this might take a while)..."),
        )
        t = J(
            host,
            pid,
            t + sec(r.uniform(20, 60)),
            "[i] update finished%s",
            "[i] update finished%s" % (40 * " "),
        )
        return J(
            host,
            pid,
            t,
            "[i] trails stored to '%s'",
            "[i] trails stored to '/root/.maltrail/trails.csv'",
        )

    def sensor_start(
        host: str, pid: int, t: datetime, iface: str, fresh: bool, mtime: str
    ) -> datetime:
        t = J(
            host, pid, t, "%s (sensor) #v%s {%s}", f"Maltrail (sensor) #v{MT_VERSION} {{{MT_HOME}}}"
        )
        blank(host, pid, t)
        t = J(
            host,
            pid,
            t + sec(0.3),
            "[i] using configuration file '%s'",
            "[i] using configuration file '/opt/maltrail/maltrail.conf'",
        )
        t = J(
            host,
            pid,
            t,
            "[i] using '%s' for log storage",
            "[i] using '/var/log/maltrail' for log storage",
        )
        t = J(
            host,
            pid,
            t,
            "[i] using '%s' for trail storage (last modification: '%s')",
            f"[i] using '/root/.maltrail/trails.csv' for trail storage (last modification: '{mtime}')",
        )
        if fresh:
            t = J(host, pid, t + sec(0.2), "[i] loading trails...", "[i] loading trails...")
            t = J(
                host,
                pid,
                t + sec(r.uniform(8, 14)),
                "[i] %s trails loaded",
                f"[i] {r.randint(1180000, 1240000):,} trails loaded",
            )
        else:
            t = update(host, pid, t)
        t = J(
            host,
            pid,
            t + sec(0.4),
            "[i] opening interface '%s'",
            f"[i] opening interface '{iface}'",
        )
        t = J(
            host,
            pid,
            t,
            "[i] setting capture filter '%s'",
            f"[i] setting capture filter '{MT_FILTER}'",
        )
        t = J(host, pid, t, "[i] preparing capture buffer...", "[i] preparing capture buffer...")
        t = J(
            host,
            pid,
            t + sec(r.uniform(2, 4)),
            "[i] created %d more processes (out of total %d)",
            "[i] created 3 more processes (out of total 4)",
        )
        return J(host, pid, t, "[^] running...", "[^] running...")

    def sensor_stop(host: str, pid: int, t: datetime, unit: str, desc: str) -> datetime:
        t = sysd(host, t, unit, desc, "stop")
        t = J(host, pid, t, "[%s blob data]", blob("\r[i] cleaning up..."))
        return sysd(host, t + sec(r.uniform(1, 3)), unit, desc, "stopped")

    # journals ----------------------------------------------------------------------------
    s_unit, s_desc = (
        "maltrail-sensor.service",
        "Maltrail. Sensor of malicious traffic detection system",
    )
    v_unit, v_desc = (
        "maltrail-server.service",
        "Maltrail. Server of malicious traffic detection system",
    )
    # lan sensor: yesterday's update timer fires, then a restart after `git pull` at 11:10
    u = update("lan-sensor", 1187, at(6, 41, 3))
    t = sensor_stop("lan-sensor", 1187, at(11, 10, 20), s_unit, s_desc)
    t = sysd("lan-sensor", t + sec(1), s_unit, s_desc, "start")
    sensor_start("lan-sensor", 48211, t, "ens224", True, f"{u:%a, %d %b %Y %H:%M:%S} GMT")
    # dmz sensor: update timer at 06:52, a restart at 09:00 for a wider capture filter
    u = update("dmz-sensor", 942, at(6, 52, 40))
    t = sensor_stop("dmz-sensor", 942, at(9, 0, 7), s_unit, s_desc)
    t = sysd("dmz-sensor", t + sec(1), s_unit, s_desc, "start")
    sensor_start("dmz-sensor", 30388, t, "ens256", True, f"{u:%a, %d %b %Y %H:%M:%S} GMT")
    # server: restarted at 09:30 for a new user
    t = sysd("mt-server", at(9, 30, 44), v_unit, v_desc, "stop")
    t = sysd("mt-server", t + sec(r.uniform(0.5, 1.5)), v_unit, v_desc, "stopped")
    t = sysd("mt-server", t + sec(1), v_unit, v_desc, "start")
    pid = 22716
    t = J(
        "mt-server",
        pid,
        t,
        "%s (server) #v%s {%s}",
        f"Maltrail (server) #v{MT_VERSION} {{{MT_HOME}}}",
    )
    blank("mt-server", pid, t)
    t = J(
        "mt-server",
        pid,
        t + sec(0.3),
        "[i] using configuration file '%s'",
        "[i] using configuration file '/opt/maltrail/maltrail.conf'",
    )
    t = J(
        "mt-server",
        pid,
        t,
        "[i] using '%s' for log storage",
        "[i] using '/var/log/maltrail' for log storage",
    )
    t = J(
        "mt-server",
        pid,
        t + sec(0.2),
        "[i] running UDP server at '%s:%d'",
        "[i] running UDP server at '0.0.0.0:8337'",
    )
    t = J(
        "mt-server",
        pid,
        t,
        "[i] starting HTTP%s server at '%s://%s:%d/'",
        "[i] starting HTTP server at 'http://0.0.0.0:8338/'",
    )
    J("mt-server", pid, t, "[^] running...", "[^] running...")

    # events ------------------------------------------------------------------------------
    gaps = [
        (at(9, 0, 5), at(9, 0, 40)),
        (at(11, 10, 18), at(11, 10, 50)),
        (at(9, 30, 44), at(9, 30, 49)),
    ]

    def ok(t: datetime, sensor: str) -> bool:
        if in_any(t, gaps[2:]):
            return False
        return not (sensor == "dmz-sensor" and in_any(t, gaps[:1])) and not (
            sensor == "lan-sensor" and in_any(t, gaps[1:2])
        )

    def port() -> int:
        return r.randint(32768, 60999)

    # inbound known attackers on the DMZ, condensed per (source, trail)
    for t in times(r, T0, T_END, 26):
        if not ok(t, "dmz-sensor"):
            continue
        tmpl, info, ref = r.choice(MT_ATTACKERS)
        src = tmpl.format(n=r.randint(2, 250))
        k = r.choice([1, 1, 1, 2, 3])
        dst = ",".join(sorted(r.sample(list(MT_DMZ.values()), r.choice([1, 1, 1, 2]))))
        sp = ",".join(str(port()) for _ in range(k))
        dp = ",".join(
            str(p)
            for p in sorted(
                r.sample([22, 23, 25, 80, 443, 445, 587, 993, 1194, 3389, 5060, 8080, 8443], k)
            )
        )
        E(
            t,
            "dmz-sensor",
            "%s %s %s %s TCP IP %s %s %s",
            [src, sp, dst, dp, "TCP", "IP", src, info, ref],
        )
    # SIP and NTP scanners on the VPN's UDP ports
    for t in times(r, T0, T_END, 240):
        if not ok(t, "dmz-sensor"):
            continue
        tmpl, info, ref = r.choice(MT_ATTACKERS[2:5])
        src = tmpl.format(n=r.randint(2, 250))
        E(
            t,
            "dmz-sensor",
            "%s %s %s %s UDP IP %s %s %s",
            [
                src,
                port(),
                MT_DMZ["vpn"],
                r.choice([5060, 123, 1194, 500]),
                "UDP",
                "IP",
                src,
                info,
                ref,
            ],
        )
    # port scans of the DMZ: one line per probe, the probed ports condensed
    for t0 in times(r, T0, T_END, 1500):
        if not ok(t0, "dmz-sensor"):
            continue
        src = f"{r.choice(['79.124.62', '89.248.165', '162.216.150', '35.203.210'])}.{r.randint(2, 250)}"
        dst = r.choice(list(MT_DMZ.values()))
        for i in range(r.randint(4, 12)):
            ports = ",".join(str(p) for p in sorted(r.sample(range(1, 10000), r.randint(1, 4))))
            E(
                t0 + sec(i * r.uniform(0.5, 10)),
                "dmz-sensor",
                '%s %s %s %s TCP IP %s "potential port scanning" (heuristic)',
                [
                    src,
                    port(),
                    dst,
                    ports,
                    "TCP",
                    "IP",
                    src,
                    "potential port scanning",
                    "(heuristic)",
                ],
            )
    # web scans of the public site
    webscan_agents = [
        ("zgrab/0.x", "Mozilla/5.0 zgrab/0.x"),
        ("sqlmap", "sqlmap/1.8.5#stable (https://sqlmap.org)"),
        (
            "Nuclei",
            "Mozilla/5.0 (Windows NT 10.0) Nuclei - Open-source project (github.com/projectdiscovery/nuclei)",
        ),
        ("masscan", "masscan/1.3 (https://github.com/robertdavidgraham/masscan)"),
        ("python-requests", "python-requests/2.31.0"),
    ]
    found = [
        ("potential sql injection", "/index.php?id=1%20AND%201=1"),
        ("potential directory traversal", "/cgi-bin/.%2e/.%2e/.%2e/.%2e/etc/passwd"),
        (
            "potential remote code execution",
            "/?s=/Index/\\think\\app/invokefunction&function=call_user_func_array",
        ),
        ("config file access", "/.env"),
        ("potential xss injection", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E"),
    ]
    for t0 in times(r, T0, T_END, 900):
        if not ok(t0, "dmz-sensor"):
            continue
        src = f"{r.choice(['104.248.', '64.227.', '143.198.', '167.172.'])}{r.randint(1, 254)}.{r.randint(1, 254)}"
        dst = MT_DMZ["web"]
        sport = port()
        ua, full = r.choice(webscan_agents)
        t = t0
        for _ in range(r.randint(1, 4)):
            trail = f"{ua} ({full})" if ua != full else ua
            t = E(
                t + sec(r.uniform(0.1, 3)),
                "dmz-sensor",
                '%s %s %s %s TCP UA %s "user agent (suspicious)" (heuristic)',
                [src, sport, dst, 80, "TCP", "UA", trail, "user agent (suspicious)", "(heuristic)"],
            )
        for _ in range(r.randint(1, 3)):
            desc, path = r.choice(found)
            t = E(
                t + sec(r.uniform(0.1, 3)),
                "dmz-sensor",
                '%s %s %s %s TCP URL %s "%s (suspicious)" (heuristic)',
                [
                    src,
                    port(),
                    dst,
                    80,
                    "TCP",
                    "URL",
                    f"{dst}({path})",
                    f"{desc} (suspicious)",
                    "(heuristic)",
                ],
            )
        if r.random() < 0.45:
            E(
                t + sec(r.uniform(1, 5)),
                "dmz-sensor",
                '%s %s %s %s TCP PATH * "potential web scanning" (heuristic)',
                [src, port(), dst, 80, "TCP", "PATH", "*", "potential web scanning", "(heuristic)"],
            )
        if r.random() < 0.15:
            E(
                t + sec(r.uniform(1, 5)),
                "dmz-sensor",
                '%s %s %s %s TCP HTTP %s "potential proxy probe (suspicious)" (heuristic)',
                [
                    src,
                    port(),
                    dst,
                    80,
                    "TCP",
                    "HTTP",
                    f"http://{r.choice(['www.google.com', 'api.ipify.org', 'azenv.net', 'httpbin.org'])}/(headers)",
                    "potential proxy probe (suspicious)",
                    "(heuristic)",
                ],
            )
    # the LAN: clients' lookups of listed domains, through the resolver
    for t in times(r, at(6, 30), T_END, 30):
        if not ok(t, "lan-sensor"):
            continue
        cl = r.choice(MT_LAN)
        dom, info, ref = r.choice(MT_DOMAINS)
        q = r.choice([dom, dom, f"www.{dom}", f"{hexid(r, 6)}.{dom}"])
        trail = dom if q == dom else f"({q[: -len(dom) - 1]}).{dom}"
        proto = "UDP" if r.random() < 0.85 else "TCP"
        dport = 53 if proto == "UDP" else 80
        dst = (
            MT_DNS
            if proto == "UDP"
            else f"{r.randint(5, 220)}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        )
        E(
            t,
            "lan-sensor",
            "%s %s %s %s %s DNS %s %s %s",
            [cl, port(), dst, dport, proto, "DNS", trail, info, ref],
        )
    for t in times(r, at(6, 30), T_END, 380):
        if not ok(t, "lan-sensor"):
            continue
        cl = r.choice(MT_LAN)
        ip = f"{r.choice(['91.215.85', '194.26.29', '45.9.148'])}.{r.randint(2, 250)}"
        E(
            t,
            "lan-sensor",
            "%s %s %s %s TCP IP %s %s %s",
            [
                cl,
                port(),
                ip,
                r.choice([443, 80, 8443, 4444]),
                "TCP",
                "IP",
                ip,
                r.choice(["potential malware site", "cobaltstrike (malware)", "bad reputation"]),
                r.choice(
                    ["feodotracker.abuse.ch", "(static)", "threatfox.abuse.ch (+urlhaus.abuse.ch)"]
                ),
            ],
        )
    for t in times(r, at(6, 30), T_END, 420):
        if not ok(t, "lan-sensor"):
            continue
        cl = r.choice(MT_LAN)
        host = r.choice(["cdn-23.telemetry-sync.top", "185.172.128.19", "files.catbox.moe"])
        path = r.choice(["/gate.php", "/data/pl.bin", "/x86"])
        E(
            t,
            "lan-sensor",
            "%s %s %s %s TCP URL %s %s %s",
            [
                cl,
                port(),
                f"{r.randint(5, 220)}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}",
                80,
                "TCP",
                "URL",
                f"{host}{path}",
                "malware",
                "urlhaus.abuse.ch",
            ],
        )
    for t in times(r, at(6, 30), T_END, 520):
        if not ok(t, "lan-sensor"):
            continue
        cl = r.choice(MT_LAN)
        sub = "".join(
            r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(r.randint(26, 48))
        )
        dom = r.choice(["cloudfront.net", "akamaized.net", "sync-cdn.xyz"])
        proto = "UDP" if r.random() < 0.9 else "TCP"
        E(
            t,
            "lan-sensor",
            '%s %s %s %s %s DNS %s "long domain (suspicious)" (heuristic)',
            [
                cl,
                port(),
                MT_DNS if proto == "UDP" else "13.32.99.10",
                53 if proto == "UDP" else 80,
                proto,
                "DNS",
                f"({sub}).{dom}",
                "long domain (suspicious)",
                "(heuristic)",
            ],
        )
    for t in times(r, at(6, 30), T_END, 900):
        if not ok(t, "lan-sensor"):
            continue
        dom = r.choice(["lan.corp.example", "wpad.example", "corp-printers.local.example"])
        subs = ",".join(hexid(r, 8) for _ in range(r.randint(2, 5)))
        E(
            t,
            "lan-sensor",
            '%s %s %s %s UDP DNS %s "excessive no such domain (suspicious)" (heuristic)',
            [
                MT_DNS,
                port(),
                f"{r.choice(['8.8.8.8', '1.1.1.1', '9.9.9.9'])}",
                53,
                "UDP",
                "DNS",
                f"({subs}).{dom}",
                "excessive no such domain (suspicious)",
                "(heuristic)",
            ],
        )
    for t in times(r, at(6, 30), T_END, 1100):
        if not ok(t, "lan-sensor"):
            continue
        cl = r.choice(MT_LAN)
        E(
            t,
            "lan-sensor",
            '%s %s %s %s UDP DNS %s "parked site (suspicious)" (heuristic)',
            [
                MT_DNS,
                53,
                cl,
                port(),
                "UDP",
                "DNS",
                f"({r.choice(['www.', 'shop.', 'login.'])}{r.choice(['paypa1-secure', 'micr0soft-support', 'amazon-refunds'])}).com",
                "parked site (suspicious)",
                "(heuristic)",
            ],
        )
    # a client using a listed public resolver, a DNS tunnel, a download, an infected laptop
    for t in times(r, at(7, 5), at(7, 50), 140):
        q = r.choice(
            [
                "teams.microsoft.com",
                "outlook.office365.com",
                "www.bing.com",
                "update.googleapis.com",
            ]
        )
        E(
            t,
            "lan-sensor",
            '%s %s %s %s UDP IP "%s (%s)" %s %s',
            [
                MT_LAN[4],
                port(),
                "94.140.14.14",
                53,
                "UDP",
                "IP",
                f"94.140.14.14 ({q})",
                "bad reputation",
                "(static)",
            ],
        )
    t = at(8, 14, 2)
    for _ in range(9):
        sub = ".".join(hexid(r, 12) for _ in range(2))
        t = E(
            t + sec(r.uniform(55, 70)),
            "lan-sensor",
            '%s %s %s %s UDP DNS %s "potential dns exhaustion (suspicious)" (heuristic)',
            [
                MT_LAN[6],
                port(),
                MT_DNS,
                53,
                "UDP",
                "DNS",
                f"({sub}).tunnel-dl.xyz",
                "potential dns exhaustion (suspicious)",
                "(heuristic)",
            ],
        )
    for t in [at(9, 12, 40), at(9, 13, 2), at(10, 48, 15), at(11, 31, 7)]:
        ext, name = r.choice([(".exe", "setup"), (".ps1", "inv"), (".hta", "doc"), (".exe", "upd")])
        ip = f"{r.randint(5, 220)}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        E(
            t,
            "lan-sensor",
            '%s %s %s %s TCP URL %s "direct %s download (suspicious)" (heuristic)',
            [
                r.choice(MT_LAN),
                port(),
                ip,
                80,
                "TCP",
                "URL",
                f"{ip}(/{name}{ext})",
                f"direct {ext} download (suspicious)",
                "(heuristic)",
            ],
        )
    for t in times(r, at(10, 12), at(10, 40), 150):
        dsts = [f"10.50.{r.randint(1, 9)}.{r.randint(2, 250)}" for _ in range(4)]
        E(
            t,
            "lan-sensor",
            '%s %s %s %s TCP PORT %s "potential infection" (heuristic)',
            [
                MT_LAN[6],
                port(),
                dsts[0],
                445,
                "TCP",
                "PORT",
                445,
                "potential infection",
                "(heuristic)",
            ],
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- linotp

LO_PKG = "/usr/lib/python3/dist-packages/linotp"
LO_AUTH = f"{LO_PKG}/lib/auth/validate.py"
LO_CTRL = f"{LO_PKG}/controllers/validate.py"
LO_TOKENCLASSES = "['email', 'forward', 'hmac', 'motp', 'ocra2', 'password', 'push', 'qr', 'remote', 'sms', 'spass', 'totp', 'voice', 'yubico', 'yubikey']"
LO_FIRST = [
    "anna",
    "ben",
    "clara",
    "david",
    "eva",
    "felix",
    "greta",
    "hanna",
    "jonas",
    "lena",
    "lukas",
    "maria",
    "max",
    "nina",
    "paul",
    "sara",
    "tim",
    "tom",
    "julia",
    "leon",
]
LO_LAST = [
    "berger",
    "fischer",
    "hofmann",
    "koch",
    "meyer",
    "neumann",
    "richter",
    "schmid",
    "wagner",
    "weber",
    "wolf",
    "zimmer",
]
LO_MYSQL_LOST = "(2013, 'Lost connection to MySQL server during query')"
LO_MYSQL_REFUSED = "(2003, \"Can't connect to MySQL server on 'db-vip.corp.example' ([Errno 111] Connection refused)\")"


def linotp(r: random.Random) -> list[Log]:
    """Two LinOTP 3.2 nodes' linotp.log at LOG_LEVEL INFO (see the module docstring)."""
    fs = Files()
    nodes = ["linotp-a", "linotp-b"]
    corp = sorted({f"{r.choice(LO_FIRST)}.{r.choice(LO_LAST)}" for _ in range(120)})
    vasco = r.sample(corp, 3)
    remote = r.sample([u for u in corp if u not in vasco], 6)
    partner = [f"ext-{r.choice(LO_FIRST)}{r.randint(1, 99)}" for _ in range(14)]
    partner_down = (at(9, 2, 10), at(9, 39, 40))
    remote_down = (at(10, 5, 30), at(10, 26, 2))
    db_lost = (at(11, 2, 11), at(11, 2, 16))
    db_refused = (at(11, 2, 16), at(11, 2, 44))
    broken_client = (at(10, 10, 5), at(10, 41, 30))

    def L(
        node: str, t: datetime, level: str, label: str, msg: str, path: str, line: int, thread: int
    ) -> datetime:
        return fs.add(
            f"{node}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {level}: {msg} [in {path}:{line}]"],
            (node, thread),
            MS,
        )

    def thread() -> int:
        return r.choice([140211, 140212, 140213, 140214, 140215, 140216, 140217, 140218])

    def node_of() -> str:
        return r.choice(nodes)

    def repr_db(err: str) -> str:
        inner = f"(pymysql.err.OperationalError) {err}"
        return f"OperationalError({inner!r})"

    def db_err(t: datetime) -> str | None:
        if in_any(t, [db_lost]):
            return LO_MYSQL_LOST
        if in_any(t, [db_refused]):
            return LO_MYSQL_REFUSED
        return None

    DB_LBL = {
        LO_MYSQL_LOST: "%s(\"(%s.%s) (%s, 'Lost connection to MySQL server during query')\")",
        LO_MYSQL_REFUSED: "%s('(%s.%s) (%s, \"Can\\'t connect to MySQL server on \\'%s\\' ([Errno %s] Connection refused)\")')",
    }

    def check(t: datetime, user: str, realm: str) -> None:
        """One /validate/check from the VPN's RADIUS server or the web SSO."""
        node, th = node_of(), thread()
        u = f"<{user}@{realm}>"
        err = db_err(t)
        if realm == "partner":
            t = L(
                node,
                t,
                "INFO",
                "NOT forwarding auth request for user %s (get_auth_forward_on_no_token returned False)",
                f"NOT forwarding auth request for user {u} (get_auth_forward_on_no_token returned False)",
                LO_AUTH,
                383,
                th,
            )
        else:
            t = L(
                node,
                t,
                "INFO",
                "NOT forwarding auth request for user %s (no servers)",
                f"NOT forwarding auth request for user {u} (no servers)",
                LO_AUTH,
                377,
                th,
            )
        if err:
            L(
                node,
                t + sec(r.uniform(0.005, 0.05) if err == LO_MYSQL_REFUSED else r.uniform(0.5, 2.0)),
                "ERROR",
                "[check] validate/check failed: " + DB_LBL[err],
                f"[check] validate/check failed: {repr_db(err)}",
                LO_CTRL,
                195,
                th,
            )
            return
        if realm == "partner":
            srv = "radius://10.70.0.12:1812"
            t = L(
                node,
                t + sec(r.uniform(0.01, 0.05)),
                "INFO",
                "forwarding auth request for user %s to %s",
                f"forwarding auth request for user {u} to {srv}",
                LO_AUTH,
                440,
                th,
            )
            if in_any(t, [partner_down]):
                res = "(False, {})"
                t += sec(r.uniform(9.5, 10.5))
            else:
                res = r.choice(["(True, None)", "(True, None)", "(True, None)", "(False, {})"])
                t += sec(r.uniform(0.05, 0.4))
            L(
                node,
                t,
                "INFO",
                "result of auth request for user %s: (%s, %s)",
                f"result of auth request for user {u}: {res}",
                LO_AUTH,
                447,
                th,
            )
            return
        if realm == "service":
            L(
                node,
                t + sec(r.uniform(0.01, 0.05)),
                "INFO",
                "user %r has not token. PassOnNoToken set - authenticated!",
                "user %r has not token. PassOnNoToken set - authenticated!",
                LO_AUTH,
                421,
                th,
            )
            return
        if user in vasco:
            L(
                node,
                t + sec(r.uniform(0.005, 0.03)),
                "ERROR",
                "token typ %r not found in tokenclasses: %r",
                f"token typ 'vasco5' not found in tokenclasses: {LO_TOKENCLASSES}",
                LO_AUTH,
                596,
                th,
            )
        if user in remote and in_any(t, [remote_down]):
            obj = f"<linotp.tokens.remotetoken.RemoteTokenClass object at 0x7f{hexid(r, 10)}>"
            exc = f"ConnectionError(MaxRetryError(\"HTTPSConnectionPool(host='otp.subsidiary.example', port=443): Max retries exceeded with url: /validate/check (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f{hexid(r, 10)}>: Failed to establish a new connection: [Errno 111] Connection refused'))\"))"
            L(
                node,
                t + sec(r.uniform(0.02, 0.2)),
                "ERROR",
                "checking token %s failed: %s(%s(\"HTTPSConnectionPool(host=%s, port=%s): Max retries exceeded with url: %s (Caused by NewConnectionError('%s: Failed to establish a new connection: [Errno %s] Connection refused'))\"))",
                f"checking token {obj} failed: {exc}",
                LO_AUTH,
                667,
                th,
            )

    # VPN and SSO logins of the corporate realm, busiest in the morning
    for t in times(r, T0, T_END, 16):
        peak = at(7, 20) <= t < at(9, 30)
        if not peak and r.random() < 0.45:
            continue
        user = (
            r.choice(vasco)
            if r.random() < 0.03
            else r.choice(remote)
            if r.random() < 0.08
            else r.choice(corp)
        )
        check(t, user, "corp")
    for t in times(r, db_lost[0], db_refused[1], 2.5):
        check(t, r.choice(corp), "corp")
    for t in times(r, at(6, 30), T_END, 200):
        check(t, r.choice(partner), "partner")
    for svc, period in [("svc-nagios", 300), ("svc-backup", 1800), ("svc-jenkins", 900)]:
        t = T0 + sec(r.uniform(0, period))
        while t < T_END:
            check(t + sec(r.uniform(0, 2)), svc, "service")
            t += sec(period)
    # the push app: status polls fail while the database fails over, accepts too
    for t in times(r, db_lost[0] - sec(1), db_refused[1], 1.4):
        err = db_err(t)
        if not err:
            continue
        node, th = node_of(), thread()
        kind = pick_w(
            r, [(14, "status"), (2, "accept"), (1, "reject"), (2, "check_t"), (3, "saml")]
        )
        if kind == "status":
            L(
                node,
                t,
                "ERROR",
                "check_status failed: " + DB_LBL[err],
                f"check_status failed: {repr_db(err)}",
                LO_CTRL,
                321,
                th,
            )
        elif kind == "accept":
            L(
                node,
                t,
                "ERROR",
                "validate/accept_transaction failed: " + DB_LBL[err],
                f"validate/accept_transaction failed: {repr_db(err)}",
                LO_CTRL,
                602,
                th,
            )
        elif kind == "reject":
            L(
                node,
                t,
                "ERROR",
                "validate/reject_transaction failed: " + DB_LBL[err],
                f"validate/reject_transaction failed: {repr_db(err)}",
                LO_CTRL,
                661,
                th,
            )
        elif kind == "check_t":
            L(
                node,
                t,
                "ERROR",
                "[check_t] validate/check_t failed: " + DB_LBL[err],
                f"[check_t] validate/check_t failed: {repr_db(err)}",
                LO_CTRL,
                531,
                th,
            )
        else:
            L(
                node,
                t,
                "ERROR",
                "[samlcheck] validate/check failed: " + DB_LBL[err],
                f"[samlcheck] validate/check failed: {repr_db(err)}",
                LO_CTRL,
                458,
                th,
            )
    # a user typing a password into the YubiKey field of the Citrix gateway
    for t in times(r, at(7, 48), at(8, 12), 110, 20):
        L(
            node_of(),
            t,
            "ERROR",
            "[check_yubikey] validate/check_yubikey failed: %s('Non-hexadecimal digit found')",
            "[check_yubikey] validate/check_yubikey failed: Error('Non-hexadecimal digit found')",
            LO_CTRL,
            264,
            thread(),
        )
    # a kiosk client calling /validate/check_t without its transaction id
    for t in times(r, broken_client[0], broken_client[1], 28, 20):
        L(
            node_of(),
            t,
            "ERROR",
            "[check_t] validate/check_t failed: %s('missing parameter: state or transactionid!')",
            "[check_t] validate/check_t failed: Exception('missing parameter: state or transactionid!')",
            LO_CTRL,
            531,
            thread(),
        )
    return fs.logs(T0)


SYSTEMS = {
    "misp": misp,
    "thehive": thehive,
    "opencti": opencti,
    "maltrail": maltrail,
    "linotp": linotp,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
