#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 183 (gearmand, c-icap, e2guardian, minidlna,
airsonic-advanced) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format
string that wrote it as it is written. Distinct calls of one process never share a timestamp at
the log's resolution (round 53's Clock, kept per process and per file). A job queue, an ICAP
virus scanner, a school's web filter, a home media server and a music streamer, 06:00 to 12:00
on 2024-06-07. None of the five was in the set.

- gearmand 1.1.21 on two job servers (`gm1-gearmand.log`, `gm2-gearmand.log`; `--verbose=INFO`,
  four I/O threads, the MySQL persistent queue on 10.0.3.20): its own log file, `%7s %s [%6s ]
  %s`, the level right-aligned in seven columns (so `   INFO`, `  ERROR`, ` NOTICE`,
  `WARNING`), the time with gearmand's `.000000`, the thread (`  main`, `  proc`, an I/O
  thread's number) and, on every level but INFO, ` -> file.cc:line`. Three PHP web hosts connect
  for each background job (`Accepted connection from %s:%s`, the `proc` thread's
  `accepted,%.*s,%.*s,%jd` with the function, unique id and priority, then `Peer connection has
  called close()`, `Disconnected %s:%s` and `Gear connection disconnected: %s:%s` with `-:-`),
  Nagios' `status` check every five minutes; a hung worker timing out video_transcode jobs
  07:38-07:58 (`Worker timeout reached on job, requeueing: %s %s` three times a job, `Dropped
  job due to max retry count: %s %.*s`); MariaDB restarting 08:10:31-08:14:12 under the queue
  (`mysql_stmt_execute failed: MySQL server has gone away`, `mysql_stmt_prepare failed: Can't
  connect to MySQL server on '%s' (%d)`, `gearman_server_job_add` with the call's
  `gearman_server_run_command(GEARMAND_QUEUE_ERROR)`, `GEARMAN_QUEUE_ERROR:%s`); worker3's eight
  workers reconnecting after a deploy at 09:15; resize_image's queue full on gm2 09:32-09:47
  (`GEARMAN_QUEUE_ERROR:Job queue is full`); gm1 restarted at 10:20 (`Clearing event for
  listening socket (%d)`, `Closing listening socket (%d)`, `Shutdown complete`, `Initializing
  MySQL module`, `Initializing Gear on port %s with SSL: %s`, `Starting up with pid %lu, verbose
  is set to %s`, `Listening on %s:%s (%d)`, `MySQL queue replay`, `Adding event for listening
  socket (%d)`), a second gearmand started by hand failing (`Timeout occurred when calling bind()
  for %s:%s`), and the reload's ` NOTICE SIGHUP, reopening log file` written without time or
  thread.
- c-icap 0.5.10 with c-icap-modules' virus_scan over clamd (`server.log` at DebugLevel 1:
  ctime's date, `, `, the child's `pid/pthread id` or `main proc`, `, `, the message;
  `access.log` in the default format: `07/Jun/2024:06:00:21 +0000, 10.0.5.20 10.0.5.12 RESPMOD
  virus_scan 204`), the ICAP server of two Squid proxies: 1,840 RESPMOD and REQMOD requests and
  Squid's OPTIONS; eight finds (`VIRUS DETECTED: %s , http client ip: %s, http user: %s, http
  url: %s \n ` — the format's `\n ` puts a space at the head of the next line); each new
  child's `Setting antivirus default engine: %s`; clamd OOM-killed 08:20:10-08:26:34
  (`clamd_connect: Can not connect to clamd server on %s!`, `clamd_scan: Unable to connect to
  clamd server!`, `Failed to scan web object`, `Error while scanning for virus. Aborting....`,
  500s until Squid's bypass suspends the service); a load peak up to MaxServers (`ATTENTION!!!!
  Not enough available servers (children %d, free servers %d, used servers %d)!!!!! Maybe you
  should increase ...` at 08:47:12, written without a newline, so the next record continues its
  line); two children crashing at 09:10:44 and 09:31:02 (`Child %d did not exit normally.` and,
  on the same line, `signaled with signal: 11` under its own head); a bad `DefaultEngine` at
  09:40:05 (`WARNING! Wrong antivirus engine name: clamav`) fixed at 10:05:30 (`A reconfigure
  pending. Ignoring reconfigure request.....`); the 11:30 restart (`Possibly a term signal
  received. Monitor process going to term all children`, `Exiting....`) racing clamd's start
  (`clamd_init: Error while sending command to clamd server`, then every request's `WARNING!
  Wrong antivirus engine name: clamd` and `Antivirus engine is not available, allow 204` until
  11:47:20).
- e2guardian 5.3 on a school's filter (`syslog`: host filter1, `e2guardian[pid]: `;
  `access.log` in the DansGuardian format, logfileformat 1: `2024.6.7 6:00:06 - 10.20.1.16
  https://www.google.com:443 - CONNECT 267481 0 - 1 200 - - Staff - - - - -`, the date
  unpadded, the what column `-`, `*DENIED* Blocked site: %s`, `*TRUSTED* Site match.` or
  `*DENIED* Banned file extension: %s`), in front of a local Squid, two filter groups (Staff,
  Students from 07:45): 1,762 requests, CONNECTs to allowed sites, plain-HTTP OCSP, CRL and
  connectivity checks, banned sites (social networking, games, gambling) and banned `.exe`
  downloads, the update hosts on the exception list; 284 `%d No header recd from client at %s -
  errno: %d` (104, 0, 110); Squid restarting 07:10:05-07:12:10 (`Proxy not responding after %d
  trys - ip client: %s destination: %s - %d::%s`); the workers full 08:04:31-08:06:33 (`Warning
  system is full : max httpworkers: %d Used: %d`); the hourly blacklist update's gentle reloads
  at xx:15 (`sigtimedwait() signal %d recd:`, `Reconfiguring E2guardian: gentle reload
  starting` / `completed`); a reload failing at 09:40:12 on a moved list (`Error reading file
  (does it exist?): %s`, `Reconfiguring E2guardian: gentle reload failed`) and the good one at
  09:47:41; a restart at 11:05:20 (`Stopping`, `sending null socket to http_workers to stop
  them`, `stopping any remaining connections`, `connections stopped`, `listener thread exiting`,
  `log_listener exiting`, `Main thread exiting.`, `Started sucessfully.`).
- MiniDLNA (ReadyMedia) 1.3.3 on a home NAS (`minidlna.log`, `[%Y/%m/%d %H:%M:%S] file.c:line:
  level: message`): an old radio without a Host header every ten minutes (`Invalid request,
  responding ERROR 400.  (No Host specified in HTTP headers?)`), `recv (state0): %s`,
  `send(res_buf): %s`; restarted at 06:40:12 with a new media_dir and `log_level=http=info`
  (`received signal %d, good-bye`, `Starting MiniDLNA version 1.3.3.`, `New media_dir detected;
  rebuilding...`, `HTTP listening on port %d`, the scanner's `Scanning %s` / `Scanning %s
  finished (%llu files)!`, `Opening %s failed! [Invalid data found when processing input]` for
  ten broken videos, the playlists), then the inotify thread running out of watches (321
  `inotify_add_watch(%s) [No space left on device]` on photo folders with spaces in their names,
  the `WARNING: Inotify max_user_watches [%u] is low ...` line); the TV browsing the ObjectIDs it
  cached before the rebuild 07:05-07:22 (`Returning UPnPError 701: No such object error`, `%s not
  found, responding ERROR 404`); cartoons with `DLNA TimeSeek requested, responding ERROR 406`;
  Kodi syncing 640 album covers at 08:10 (`Serving album art ID: %lld [%s]`, `Exceeded max
  connections [%d], not forking`); a phone app using the NAS's host name 09:00-09:56 (`DNS
  rebinding attack suspected (Host: %.*s)`, written without a newline); the USB disk unplugged
  09:31:20-09:52:40 (`Error resolving path %s: %s`, the `received signal %d, reloading` after
  it); a port scan at 10:31 (`%s not found, responding ERROR 404`, `Unsupported HTTP Command
  %s`); every stream's `Serving DetailID: %lld [%s]`; the TV's slideshow 10:58-11:45 (`Serving
  thumbnail for ObjectId: %lld [%s]`, `Serving resized image for ObjectId: %lld [%s]`, `Done
  serving %s`); `upnp_event_send: send(): Connection refused` after the TV's standby.
- Airsonic-Advanced 11.0.0-SNAPSHOT (the project's last build; an executable war on Java 17,
  HSQLDB) on a family NAS (`airsonic.log`, the project's `logging.pattern.file`: `2024-06-07
  06:31:05.004  INFO --- o.a.p.c.StreamController                 : message`, the logger
  abbreviated to 39 characters and padded to 40, an exception's stack after a blank line and a
  blank line after it): the hourly default Podcast refresh over five channels (`Starting
  scheduled default Podcast refresh.` and `Completed ...` at once, then 1,432 `Episode already
  exists for episode %s by guid %s`, four new episodes' `Created Podcast episode %s`, `Starting
  to download Podcast from %s`, `Downloaded %s bytes from Podcast %s`, a PDT date's `Failed to
  parse publish date: %s`); listening (`%s: %s listening to %s in folder %s`, the web players'
  `Successfully registered now playing for song '%s' for user %s at Last.fm: %s` and
  `... submission ...`, DSub's `Starting transcoder: %s` with the ffmpeg command in brackets,
  `Stream output exceeded expected length of %s. ...`); a DNS outage 07:25:10-07:45:40 (the 07:41
  refresh's five `Failed to get/parse RSS file for Podcast channel %s` with
  `java.net.UnknownHostException` stacks, the scrobbler's `Last.fm registration for '%s'
  encountered network error: java.net.UnknownHostException: %s: Temporary failure in name
  resolution.  Will try again later. In queue: %s`); an upgrade restart at 09:05:30 (UPnP
  disabled, Spring Boot's `Starting Application v%s using Java %s on %s with PID %s (%s started
  by %s in %s)`, `No active profile set, ...`, Liquibase's lock and changelog lines, the
  scanner's and Podcast service's schedules, UPnP started, `Started Application in %s seconds
  (JVM running for %s)`); a new album with broken tags at 09:34 (`Error when parsing tags in %s`
  with jaudiotagger's `InvalidAudioFrameException` and `CannotReadException` stacks); carol's
  two typos and a password-guessing run 10:40-10:52 from 45.155.205.233 (`Login failed from
  [%s]`); a Podcast download timing out at 11:21 (`Failed to download Podcast from %s`,
  `java.net.SocketTimeoutException: Read timed out`).

Label notes. The heads are context: gearmand's level, time, thread and ` -> file:line`,
c-icap's date and `pid/tid` or `main proc`, the syslog head, e2guardian's and c-icap's access
date, MiniDLNA's date, `file.c:line` and level, logback's time, level, `---` and logger. A line
two records share (c-icap's ATTENTION and a crash written without a newline, MiniDLNA's DNS
rebinding line) is labelled with its first record's format; the record continuing it has no
label of its own. The leading space c-icap's `\n ` leaves on the next line is not part of that
line's record. gearmand's `gearman_server_job_add` is the message it writes for the failed call
(`gearman_server_run_command(GEARMAND_QUEUE_ERROR)` after it is the call and its return code,
values of that format's); `GEARMAN_QUEUE_ERROR:%s` carries the return code's name, while `Job
queue is full` is written at its own call site (two labels). An access
record is labelled as the set's access-log systems are: c-icap's by method, service and status
(`RESPMOD virus_scan 204`), e2guardian's by the what column's message (`-` when there is none;
`*DENIED* Blocked site: %s`, the reason's own format), method and status (`- CONNECT 200`,
`*DENIED* Blocked site: %s CONNECT 403`); clients, URLs, sizes, categories, group numbers and
names and MIME types are values. c-icap's and gearmand's `%s` values, a path, a podcast's or a
song's title, a guid, an ffmpeg command, a username and an address are values; an exception's
own text after `encountered network error: ` contributes its format. The Java stacks continue
their events and are not labelled.

Least sure (written from the helper's knowledge; c-icap-modules' `VIRUS DETECTED` format with
its `\n `, e2guardian's `No header recd` line, MiniDLNA's `inotify_add_watch` line, gearmand's
`Worker timeout reached on job, requeueing` and `Gear connection disconnected` and
Airsonic-Advanced's PodcastService (the guid check, the default refresh's lines, `Failed to
parse publish date: %s`), LastFMScrobbler and the `Login failed from [%s]` line were checked
against copies of their sources): gearmand's other call sites' file names and line numbers, that
INFO lines carry no position, the order of a closing connection's three lines, the MySQL
queue's exact error texts and that `gearman_server_job_add` is logged at ERROR; c-icap's
`Setting antivirus default engine`, `Antivirus engine is not available, allow 204` and the
shutdown lines in 0.5.10, the crash's second line under its own head, the access log's default
fields; e2guardian 5.3's `Site match.` and `Banned file extension:` texts, the empty logid
fields as `-`, the gentle reload's wording and `sending null socket to http_workers to stop
them`; MiniDLNA's source line numbers, `Exceeded max connections [%d], not forking`, which
`http` messages 1.3.3 logs at info and `Done serving %s`; Airsonic-Advanced's StreamController
line (`in folder %s`), the logger abbreviation, Spring Boot's and Liquibase's start-up lines in
this build, the UPnP lines and jaudiotagger's exception texts and frames.
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at, in_any, weighted

SECOND = 1_000_000
MILLI = 1_000

# A call that wrote no newline: the next record of the file continues its line.
NOLF = "\x00nolf"
# A call whose format ends in "\n ": the next line of the file begins with a space.
TRAIL = "\x00trail"


def settle(logs: list[Log]) -> list[Log]:
    """Join a record written without a newline to the line that follows it, and give the line
    after a record ending in `\\n ` its leading space, as the file holds them."""
    for log in logs:
        out: list[tuple[str, str | None]] = []
        pending = ""
        for text, tid in log.lines:
            if pending == "nolf" and out:
                out[-1] = (out[-1][0] + text, out[-1][1])
            elif pending == "trail":
                out.append((" " + text, tid))
            else:
                out.append((text, tid))
            pending = ""
            last, ltid = out[-1]
            if last.endswith(NOLF):
                pending = "nolf"
                out[-1] = (last[: -len(NOLF)], ltid)
            elif last.endswith(TRAIL):
                pending = "trail"
                out[-1] = (last[: -len(TRAIL)], ltid)
        log.lines = out
    return logs


def arrivals(r: random.Random, spans: list[tuple[datetime, datetime, float]]) -> list[datetime]:
    """Poisson instants over consecutive spans, each with its own mean gap in seconds."""
    out: list[datetime] = []
    for a, b, mean in spans:
        t = a
        while True:
            t += sec(r.expovariate(1 / mean))
            if t >= b:
                break
            out.append(t)
    return out


# ---------------------------------------------------------------------------------- gearmand

GM_IP = {"gm1": "10.0.2.11", "gm2": "10.0.2.12"}
GM_WEB = ["10.0.3.31", "10.0.3.32", "10.0.3.33"]
GM_WORKERS = ["10.0.4.21", "10.0.4.22", "10.0.4.23", "10.0.4.24"]
GM_NAGIOS = "10.0.1.5"
GM_DB = "10.0.3.20"
GM_FUNCS: list[tuple[float, object]] = [
    (0.34, "resize_image"),
    (0.27, "send_email"),
    (0.13, "index_document"),
    (0.11, "generate_pdf"),
    (0.10, "webhook_dispatch"),
    (0.05, "video_transcode"),
]
GM_MAIN, GM_PROC = "[  main ]", "[  proc ]"
GM_AT = {
    "accepted": "libgearman-server/server.cc:318",
    "job_add": "libgearman-server/server.cc:296",
    "queue_error": "libgearman-server/server.cc:297",
    "queue_full": "libgearman-server/server.cc:291",
    "exec": "libgearman-server/plugins/queue/mysql/queue.cc:301",
    "prepare": "libgearman-server/plugins/queue/mysql/queue.cc:134",
    "timeout": "libgearman-server/connection.cc:681",
    "dropped": "libgearman-server/job.cc:399",
    "bind": "libgearman-server/gearmand.cc:509",
}
GM_CANT = "Can't connect to MySQL server on '%s' (%d)"


def gearmand(r: random.Random) -> list[Log]:
    """Two gearmand 1.1.21 job servers (gm1, gm2) with the MySQL persistent queue, behind three
    PHP web hosts that submit background jobs and four worker hosts, 06:00 to 12:00: Nagios'
    status check every 5 minutes, video_transcode jobs timing out on a hung worker 07:38-07:58,
    MariaDB restarting 08:10-08:14 under the queue, worker3 redeployed at 09:15, resize_image's
    queue full on gm2 09:32-09:47, gm1 restarted at 10:20 (a second gearmand started by hand
    fails to bind, then a reload)."""
    fs = Files()
    pid = {"gm1": 1412, "gm2": 1398}
    handle = {"gm1": 104233, "gm2": 98541}
    rr = {"gm1": 0, "gm2": 0}

    def L(
        host: str,
        t: datetime,
        level: str,
        ident: str,
        label: str,
        msg: str,
        pos: str = "",
        p: int = 0,
    ) -> datetime:
        tail = f" -> {pos}" if pos and level != "INFO" else ""
        line = f"{level:>7} {{ts}} {ident} {msg}{tail}"
        return fs.add(
            f"{host}-gearmand.log",
            t,
            label,
            lambda x: [line.replace("{ts}", f"{x:%Y-%m-%d %H:%M:%S}.000000", 1)],
            (host, p or pid[host]),
            SECOND,
        )

    def io(host: str) -> str:
        rr[host] = rr[host] % 4 + 1
        return f"[{rr[host]:6d} ]"

    def accept(host: str, t: datetime, ip: str) -> tuple[datetime, int, str]:
        port = r.randint(32768, 60999)
        t = L(
            host,
            t,
            "INFO",
            GM_MAIN,
            "Accepted connection from %s:%s",
            f"Accepted connection from {ip}:{port}",
        )
        return t, port, io(host)

    def close(host: str, t: datetime, ip: str, port: int, th: str) -> datetime:
        t = L(
            host,
            t,
            "INFO",
            th,
            "Peer connection has called close()",
            "Peer connection has called close()",
        )
        t = L(host, t + sec(0.0005), "INFO", th, "Disconnected %s:%s", f"Disconnected {ip}:{port}")
        return L(
            host,
            t + sec(0.0005),
            "INFO",
            th,
            "Gear connection disconnected: %s:%s",
            "Gear connection disconnected: -:-",
        )

    db_state = {"gm1": "up", "gm2": "up"}

    def client(host: str, t: datetime, func: str, outcome: str = "ok") -> tuple[str, str]:
        ip = r.choice(GM_WEB)
        t, port, th = accept(host, t, ip)
        t += sec(r.uniform(0.01, 0.6))
        uniq = uuid4(r)
        jh = ""
        if outcome == "ok":
            handle[host] += 1
            jh = f"H:{host}:{handle[host]}"
            t = L(
                host,
                t,
                "NOTICE",
                GM_PROC,
                "accepted,%.*s,%.*s,%jd",
                f"accepted,{func},{uniq},0",
                GM_AT["accepted"],
            )
        elif outcome == "db":
            state = db_state[host]
            if state == "up":
                t = L(
                    host,
                    t,
                    "ERROR",
                    GM_PROC,
                    "mysql_stmt_execute failed: MySQL server has gone away",
                    "mysql_stmt_execute failed: MySQL server has gone away",
                    GM_AT["exec"],
                )
                db_state[host] = "lost"
            elif state == "lost":
                t = L(
                    host,
                    t,
                    "ERROR",
                    GM_PROC,
                    "mysql_stmt_prepare failed: " + GM_CANT,
                    f"mysql_stmt_prepare failed: Can't connect to MySQL server on '{GM_DB}' (111)",
                    GM_AT["prepare"],
                )
                t = L(
                    host,
                    t,
                    "ERROR",
                    GM_PROC,
                    "mysql_stmt_execute failed: " + GM_CANT,
                    f"mysql_stmt_execute failed: Can't connect to MySQL server on '{GM_DB}' (111)",
                    GM_AT["exec"],
                )
                db_state[host] = "down"
            else:
                t = L(
                    host,
                    t,
                    "ERROR",
                    GM_PROC,
                    "mysql_stmt_prepare failed: " + GM_CANT,
                    f"mysql_stmt_prepare failed: Can't connect to MySQL server on '{GM_DB}' (111)",
                    GM_AT["prepare"],
                )
            t = L(
                host,
                t,
                "ERROR",
                GM_PROC,
                "gearman_server_job_add",
                "gearman_server_job_add gearman_server_run_command(GEARMAND_QUEUE_ERROR)",
                GM_AT["job_add"],
            )
            t = L(
                host,
                t,
                "WARNING",
                GM_PROC,
                "GEARMAN_QUEUE_ERROR:%s",
                "GEARMAN_QUEUE_ERROR:GEARMAND_QUEUE_ERROR",
                GM_AT["queue_error"],
            )
        elif outcome == "full":
            t = L(
                host,
                t,
                "WARNING",
                GM_PROC,
                "GEARMAN_QUEUE_ERROR:Job queue is full",
                "GEARMAN_QUEUE_ERROR:Job queue is full",
                GM_AT["queue_full"],
            )
        close(host, t + sec(r.uniform(0.02, 1.5)), ip, port, th)
        return jh, uniq

    # persistent worker connections, opened yesterday: (ip, port, io thread)
    workers: dict[str, list[tuple[str, int, str]]] = {}
    for host in GM_IP:
        workers[host] = []
        for ip in GM_WORKERS:
            for _ in range(8):
                workers[host].append((ip, r.randint(32768, 60999), io(host)))

    db_down = (at(8, 10, 31), at(8, 14, 12))
    full_gm2 = (at(9, 32, 5), at(9, 47, 40))
    restart = at(10, 20, 1)
    back = at(10, 20, 9)

    def startup(host: str, t: datetime, p: int, bind_fails: bool = False) -> datetime:
        t = L(
            host, t, "INFO", GM_MAIN, "Initializing MySQL module", "Initializing MySQL module", p=p
        )
        t = L(
            host,
            t + sec(0.2),
            "INFO",
            GM_MAIN,
            "Initializing Gear on port %s with SSL: %s",
            "Initializing Gear on port 4730 with SSL: false",
            p=p,
        )
        t = L(
            host,
            t + sec(0.01),
            "INFO",
            GM_MAIN,
            "Starting up with pid %lu, verbose is set to %s",
            f"Starting up with pid {p}, verbose is set to INFO",
            p=p,
        )
        if bind_fails:
            return L(
                host,
                t + sec(21.4),
                "ERROR",
                GM_MAIN,
                "Timeout occurred when calling bind() for %s:%s",
                "Timeout occurred when calling bind() for 0.0.0.0:4730",
                GM_AT["bind"],
                p=p,
            )
        for addr, fd in (("0.0.0.0", 10), ("::", 11)):
            t = L(
                host,
                t,
                "INFO",
                GM_MAIN,
                "Listening on %s:%s (%d)",
                f"Listening on {addr}:4730 ({fd})",
                p=p,
            )
        t = L(host, t + sec(0.3), "INFO", GM_MAIN, "MySQL queue replay", "MySQL queue replay", p=p)
        for fd in (10, 11):
            t = L(
                host,
                t + sec(0.4),
                "INFO",
                GM_MAIN,
                "Adding event for listening socket (%d)",
                f"Adding event for listening socket ({fd})",
                p=p,
            )
        return t

    for host in GM_IP:
        # the web hosts' background jobs
        share = 1.0 if host == "gm1" else 0.85
        spans = [
            (T0, at(7, 0), 260 / share),
            (at(7, 0), at(8, 0), 160 / share),
            (at(8, 0), T_END, 115 / share),
        ]
        for t in arrivals(r, spans):
            if host == "gm1" and restart - sec(1) <= t < back:
                continue
            func = str(weighted(r, GM_FUNCS))
            outcome = "ok"
            if db_down[0] <= t < db_down[1]:
                outcome = "db"
            elif host == "gm2" and func == "resize_image" and full_gm2[0] <= t < full_gm2[1]:
                outcome = "full"
            client(host, t, func, outcome)
        if host == "gm2":
            # photo uploads after the newsletter: resize_image against its maxqueue
            for t in arrivals(r, [(full_gm2[0], full_gm2[1], 24.0)]):
                client(host, t, "resize_image", "full")
        for t in arrivals(r, [(db_down[0], db_down[1], 20.0)]):
            client(host, t, str(weighted(r, GM_FUNCS)), "db")
        # Nagios' check_gearman (a text-protocol `status`)
        t = T0 + sec(r.uniform(20, 200))
        while t < T_END:
            if not (host == "gm1" and restart - sec(2) <= t < back):
                t1, port, th = accept(host, t, GM_NAGIOS)
                close(host, t1 + sec(r.uniform(0.005, 0.05)), GM_NAGIOS, port, th)
            t += sec(300 + r.uniform(-0.4, 0.4))

    # video_transcode jobs on a worker hung on a corrupt upload: CAN_DO_TIMEOUT 300, retries 3
    for i in range(4):
        ts = at(7, 38 + 3 * i, r.uniform(0, 50))
        jh, uniq = client("gm1", ts, "video_transcode")
        t = ts + sec(r.uniform(1, 4))
        for attempt in range(3):
            t += sec(300 + r.uniform(0.0, 2.0))
            th = r.choice(workers["gm1"])[2]
            t = L(
                "gm1",
                t,
                "WARNING",
                th,
                "Worker timeout reached on job, requeueing: %s %s",
                f"Worker timeout reached on job, requeueing: {jh} {uniq}",
                GM_AT["timeout"],
            )
            if attempt == 2:
                L(
                    "gm1",
                    t,
                    "NOTICE",
                    th,
                    "Dropped job due to max retry count: %s %.*s",
                    f"Dropped job due to max retry count: {jh} {uniq}",
                    GM_AT["dropped"],
                )
            t += sec(r.uniform(0.5, 3))

    # worker3's supervisor restarts its eight workers after a deploy
    for host in GM_IP:
        t = at(9, 15, 20) + sec(r.uniform(0, 2))
        keep = []
        for ip, port, th in workers[host]:
            if ip != "10.0.4.23":
                keep.append((ip, port, th))
                continue
            close(host, t + sec(r.uniform(0, 3)), ip, port, th)
        t = at(9, 15, 31)
        for _ in range(8):
            t, port, th = accept(host, t + sec(r.uniform(0.1, 1.5)), "10.0.4.23")
            keep.append(("10.0.4.23", port, th))
        workers[host] = keep

    # gm1 restarted for the package upgrade
    t = restart
    for fd in (10, 11):
        t = L(
            "gm1",
            t,
            "INFO",
            GM_MAIN,
            "Clearing event for listening socket (%d)",
            f"Clearing event for listening socket ({fd})",
        )
    for fd in (10, 11):
        t = L(
            "gm1",
            t,
            "INFO",
            GM_MAIN,
            "Closing listening socket (%d)",
            f"Closing listening socket ({fd})",
        )
    L("gm1", t + sec(0.3), "INFO", GM_MAIN, "Shutdown complete", "Shutdown complete")
    pid["gm1"] = 52817
    rr["gm1"] = 0
    t = startup("gm1", back, 52817)
    for ip in GM_WORKERS:
        for _ in range(8):
            accept("gm1", t + sec(r.uniform(1, 40)), ip)
    # somebody starts a second gearmand by hand
    startup("gm1", at(10, 22, 9), 52990, bind_fails=True)
    # systemctl reload: the log file reopened, the line written without its head
    fs.add(
        "gm1-gearmand.log",
        at(10, 24, 33),
        "SIGHUP, reopening log file",
        lambda x: [" NOTICE SIGHUP, reopening log file"],
        ("gm1", 52817),
        SECOND,
    )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ c-icap

CI_SELF = "10.0.5.20"
CI_SQUIDS = ["10.0.5.11", "10.0.5.12"]
CI_SOCKET = "/run/clamav/clamd.ctl"
CI_ATTENTION = (
    "ATTENTION!!!! Not enough available servers (children %d, free servers %d, used servers %d)!!!!! "
    "Maybe you should increase the MaxServers and the ThreadsPerChild values in c-icap.conf file!!!!!!!!!"
)
CI_VIRUS = "VIRUS DETECTED: %s , http client ip: %s, http user: %s, http url: %s "
# (time, virus, http client ip, http user, url, method)
CI_FINDS = [
    (
        at(6, 52, 11),
        "Win.Test.EICAR_HDB-1",
        "10.0.7.15",
        "-",
        "http://www.eicar.org/download/eicar.com",
        "RESPMOD",
    ),
    (
        at(6, 52, 40),
        "Win.Test.EICAR_HDB-1",
        "10.0.7.15",
        "-",
        "http://www.eicar.org/download/eicar_com.zip",
        "RESPMOD",
    ),
    (
        at(7, 48, 3),
        "PUA.Win.Packer.Upx-57",
        "10.0.21.44",
        "-",
        "http://dl.freewarefiles.example/setup/PDFconvertPro_setup.exe",
        "RESPMOD",
    ),
    (
        at(8, 58, 27),
        "Doc.Dropper.Agent-7389441-0",
        "10.0.22.17",
        "mkowalski",
        "http://invoice-portal.example.net/download.php?id=88213&f=Rechnung_0612.doc",
        "RESPMOD",
    ),
    (
        at(9, 23, 50),
        "Html.Phishing.Bank-8235790-0",
        "10.0.21.9",
        "-",
        "http://secure-login.example-bank.info/verify/index.html",
        "RESPMOD",
    ),
    (
        at(10, 14, 2),
        "Js.Downloader.Nemucod-6335455-0",
        "10.0.22.31",
        "-",
        "http://cdn.fast-updates.example.org/js/update.js",
        "RESPMOD",
    ),
    (
        at(10, 48, 19),
        "Win.Trojan.Agent-1388639",
        "10.0.21.52",
        "jbauer",
        "http://files.example-share.net/d/7Qx2a/keygen.exe",
        "RESPMOD",
    ),
    (
        at(11, 12, 44),
        "Win.Test.EICAR_HDB-1",
        "10.0.7.15",
        "-",
        "http://www.eicar.org/download/eicar.com.txt",
        "REQMOD",
    ),
]


def ci_time(t: datetime) -> str:
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


class CiChild:
    """One c-icap child process: its pid, its ThreadsPerChild (10) pthread ids, and whether its
    first request (when virus_scan picks its engine) is still to come."""

    def __init__(self, r: random.Random, pid: int, first: bool):
        self.pid = pid
        base = r.randint(0x7F1000000000, 0x7FFE00000000) & ~0xFFF
        self.tids = [base - i * 0x801000 for i in range(10)]
        self.first = first


def cicap(r: random.Random) -> list[Log]:
    """c-icap 0.5.10 with virus_scan over clamd (c-icap-modules), the ICAP server of two Squid
    proxies, 06:00 to 12:00: DebugLevel 1 server.log and the default access.log; EICAR tests and
    a handful of real finds, clamd OOM-killed 08:20-08:26 (Squid's bypass suspends the service
    after ten failures), a load peak 08:30-08:47 up to MaxServers, two children crashing, a bad
    DefaultEngine at 09:40 fixed at 10:05, and the 11:30 restart racing clamd's start."""
    fs = Files()
    main = {"pid": 1187}
    nxt = {"pid": 4121}

    def child(first: bool) -> CiChild:
        nxt["pid"] += r.randint(1, 40)
        return CiChild(r, nxt["pid"], first)

    def S(
        t: datetime, c: CiChild | None, label: str, msg: str, mark: str = "", tid: int = 0
    ) -> datetime:
        who = "main proc" if c is None else f"{c.pid}/{tid or r.choice(c.tids)}"
        pid = main["pid"] if c is None else c.pid
        return fs.add(
            "server.log",
            t,
            label,
            lambda x: [f"{ci_time(x)}, {who}, {msg}{mark}"],
            ("server", pid),
            SECOND,
        )

    def A(t: datetime, pid: int, squid: str, method: str, code: int) -> datetime:
        return fs.add(
            "access.log",
            t,
            f"{method} virus_scan {code}",
            lambda x: [
                f"{x:%d/%b/%Y:%H:%M:%S} +0000, {CI_SELF} {squid} {method} virus_scan {code}"
            ],
            ("access", pid),
            SECOND,
        )

    children = [child(False) for _ in range(3)]
    clamd_down = (at(8, 20, 10), at(8, 26, 34))
    peak = (at(8, 30, 0), at(8, 50, 0))
    bad_conf = at(9, 40, 5)
    good_conf = at(10, 5, 30)
    stop = at(11, 30, 0)
    start = at(11, 30, 3)
    fixed = at(11, 47, 20)
    phase = {"p": "none"}

    # requests: (time, squid, method, finding)
    reqs: list[tuple[datetime, str, str, tuple | None]] = []
    spans = [
        (T0, at(7, 30), 46.0),
        (at(7, 30), at(8, 30), 12.0),
        (peak[0], peak[1], 3.1),
        (peak[1], T_END, 10.2),
    ]
    for t in arrivals(r, spans):
        if stop - sec(1) <= t < start + sec(2):
            continue
        method = "REQMOD" if r.random() < 0.12 else "RESPMOD"
        reqs.append((t, r.choice(CI_SQUIDS), method, None))
    for squid in CI_SQUIDS:
        t = T0 + sec(r.uniform(60, 3500))
        while t < T_END:
            reqs.append((t, squid, "OPTIONS", None))
            t += sec(3600 + r.uniform(0, 2))
        reqs.append((start + sec(r.uniform(2, 9)), squid, "OPTIONS", None))
    for f in CI_FINDS:
        reqs.append((f[0], r.choice(CI_SQUIDS), f[5], f))
    reqs.sort(key=lambda x: x[0])

    # children spawned for the peak, before MaxServers (10)
    spawns = sorted(peak[0] + sec(r.uniform(30, 1000)) for _ in range(7))
    attention = at(8, 47, 12)
    crashes = [at(9, 10, 44), at(9, 31, 2)]
    shrink = at(9, 2, 0)
    fails = {s: 0 for s in CI_SQUIDS}
    suspended = {s: T0 for s in CI_SQUIDS}
    revive = {s: False for s in CI_SQUIDS}
    done = set()

    def once(key: str, t: datetime) -> bool:
        if key in done or t < {"attention": attention, "shrink": shrink}.get(key, t):
            return False
        done.add(key)
        return True

    for t, squid, method, find in reqs:
        while spawns and spawns[0] <= t:
            children.append(child(True))
            spawns.pop(0)
        if once("attention", t):
            S(attention, None, CI_ATTENTION, CI_ATTENTION % (10, 0, 100), NOLF)
        if once("shrink", t):
            children = children[:3] + children[-1:]
        while crashes and crashes[0] <= t:
            victim = r.choice(children)
            children.remove(victim)
            head = ci_time(crashes[0])
            S(
                crashes[0],
                None,
                "Child %d did not exit normally.",
                f"Child {victim.pid} did not exit normally.{head}, main proc, signaled with signal: 11",
            )
            children.append(child(True))
            crashes.pop(0)
        if phase["p"] == "none" and t >= bad_conf:
            phase["p"] = "bad"
            children = [child(True) for _ in range(3)]
        if phase["p"] == "bad" and t >= good_conf:
            phase["p"] = "good"
            children = [child(True) for _ in range(3)]
            S(
                good_conf + sec(2.4),
                None,
                "A reconfigure pending. Ignoring reconfigure request.....",
                "A reconfigure pending. Ignoring reconfigure request.....",
            )
        if phase["p"] == "good" and stop <= t:
            S(
                stop,
                None,
                "Possibly a term signal received. Monitor process going to term all children",
                "Possibly a term signal received. Monitor process going to term all children",
            )
            S(stop + sec(0.4), None, "Exiting....", "Exiting....")
            main["pid"] = 27734
            S(
                start,
                None,
                "clamd_connect: Can not connect to clamd server on %s!",
                f"clamd_connect: Can not connect to clamd server on {CI_SOCKET}!",
            )
            S(
                start,
                None,
                "clamd_init: Error while sending command to clamd server",
                "clamd_init: Error while sending command to clamd server",
            )
            phase["p"] = "nosrv"
            children = [child(True) for _ in range(3)]
        if phase["p"] == "nosrv" and t >= fixed:
            phase["p"] = "after"
            children = [child(True) for _ in range(3)]
        if t < suspended[squid]:
            continue
        if revive[squid]:
            revive[squid] = False
            A(t - sec(0.3), r.choice(children).pid, squid, "OPTIONS", 200)
        c = r.choice(children)
        tid = r.choice(c.tids)
        if method == "OPTIONS":
            A(t, c.pid, squid, "OPTIONS", 200)
            continue
        t1 = t
        if phase["p"] == "nosrv":
            t1 = S(
                t1,
                c,
                "WARNING! Wrong antivirus engine name: %s",
                "WARNING! Wrong antivirus engine name: clamd",
                tid=tid,
            )
            t1 = S(
                t1 + sec(0.001),
                c,
                "Antivirus engine is not available, allow 204",
                "Antivirus engine is not available, allow 204",
                tid=tid,
            )
            A(t1 + sec(0.01), c.pid, squid, method, 204)
            continue
        if c.first:
            c.first = False
            if phase["p"] == "none":
                t1 = S(
                    t1,
                    c,
                    "Setting antivirus default engine: %s",
                    "Setting antivirus default engine: clamd",
                    tid=tid,
                )
            elif phase["p"] == "bad":
                t1 = S(
                    t1,
                    c,
                    "WARNING! Wrong antivirus engine name: %s",
                    "WARNING! Wrong antivirus engine name: clamav",
                    tid=tid,
                )
        t1 += sec(r.uniform(0.05, 2.5))
        if clamd_down[0] <= t < clamd_down[1]:
            t1 = S(
                t1,
                c,
                "clamd_connect: Can not connect to clamd server on %s!",
                f"clamd_connect: Can not connect to clamd server on {CI_SOCKET}!",
                tid=tid,
            )
            t1 = S(
                t1,
                c,
                "clamd_scan: Unable to connect to clamd server!",
                "clamd_scan: Unable to connect to clamd server!",
                tid=tid,
            )
            t1 = S(t1, c, "Failed to scan web object", "Failed to scan web object", tid=tid)
            t1 = S(
                t1,
                c,
                "Error while scanning for virus. Aborting....",
                "Error while scanning for virus. Aborting....",
                tid=tid,
            )
            A(t1, c.pid, squid, method, 500)
            fails[squid] += 1
            if fails[squid] >= 10:
                fails[squid] = 0
                suspended[squid] = t1 + sec(180)
                revive[squid] = True
            continue
        if find is not None:
            _, name, ip, user, url, _ = find
            t1 = S(t1, c, CI_VIRUS, CI_VIRUS % (name, ip, user, url), TRAIL, tid=tid)
            A(t1, c.pid, squid, method, 200)
            continue
        code = 200 if method == "RESPMOD" and r.random() < 0.025 else 204
        A(t1, c.pid, squid, method, code)
    return settle(fs.logs(T0))


# -------------------------------------------------------------------------------- e2guardian

E2_HOST = "filter1"
E2_STAFF = [f"10.20.1.{n}" for n in range(11, 64)]
E2_STUDENTS = [f"10.20.{a}.{b}" for a in (10, 11, 12) for b in range(20, 120)]
E2_ALLOWED = {
    "staff": [
        "outlook.office365.com",
        "login.microsoftonline.com",
        "www.google.com",
        "docs.google.com",
        "mail.google.com",
        "classroom.google.com",
        "teams.microsoft.com",
        "oakfieldacademy.sharepoint.com",
        "www.bbc.co.uk",
        "en.wikipedia.org",
        "accounts.google.com",
        "www.gstatic.com",
        "www.youtube.com",
        "i.ytimg.com",
        "www.tes.com",
        "app.arbor.sc",
    ],
    "students": [
        "classroom.google.com",
        "docs.google.com",
        "www.google.com",
        "accounts.google.com",
        "www.bbc.co.uk",
        "www.khanacademy.org",
        "scratch.mit.edu",
        "quizlet.com",
        "kahoot.it",
        "en.wikipedia.org",
        "www.gstatic.com",
        "ssl.gstatic.com",
        "clients4.google.com",
        "fonts.googleapis.com",
        "www.mathsisfun.com",
        "www.sparxmaths.uk",
        "www.duolingo.com",
    ],
}
E2_TRUSTED = [
    "dl.google.com",
    "update.googleapis.com",
    "ctldl.windowsupdate.com",
    "download.windowsupdate.com",
]
# (host, the bannedsitelist entry, its #listcategory, for staff too)
E2_BANNED = [
    ("www.tiktok.com", "tiktok.com", "Social Networking", False),
    ("www.instagram.com", "instagram.com", "Social Networking", False),
    ("www.snapchat.com", "snapchat.com", "Social Networking", False),
    ("discord.com", "discord.com", "Social Networking", False),
    ("www.roblox.com", "roblox.com", "Games", False),
    ("poki.com", "poki.com", "Games", False),
    ("www.coolmathgames.com", "coolmathgames.com", "Games", False),
    ("www.twitch.tv", "twitch.tv", "Streaming Media", False),
    ("www.bet365.com", "bet365.com", "Gambling", True),
    ("www.skybet.com", "skybet.com", "Gambling", True),
]
E2_HTTP = [
    # (url, method, code, mime)
    ("http://ocsp.digicert.com/", "POST", 200, "application/ocsp-response"),
    ("http://ocsp.pki.goog/gts1c3", "POST", 200, "application/ocsp-response"),
    ("http://r3.o.lencr.org/", "POST", 200, "application/ocsp-response"),
    (
        "http://crl.microsoft.com/pki/crl/products/MicRooCerAut2011_2011_03_22.crl",
        "GET",
        304,
        "application/pkix-crl",
    ),
    ("http://detectportal.firefox.com/success.txt", "GET", 200, "text/plain"),
    ("http://connectivitycheck.gstatic.com/generate_204", "GET", 204, "-"),
    ("http://clients3.google.com/generate_204", "GET", 204, "-"),
    ("http://www.bbc.co.uk/", "GET", 302, "text/html"),
    ("http://google.com/", "GET", 302, "text/html"),
    ("http://www.mathsisfun.com/numbers/times-table-chart.html", "GET", 200, "text/html"),
    ("http://www.mathsisfun.com/images/style/mif-logo.svg", "GET", 304, "image/svg+xml"),
    ("http://www.mathsisfun.com/favicon.ico", "GET", 404, "text/html"),
    ("http://www.primaryresources.co.uk/maths/maths.htm", "GET", 200, "text/html"),
    ("http://www.primaryresources.co.uk/favicon.ico", "GET", 404, "text/html"),
]


def e2_when(t: datetime) -> str:
    return f"{t.year}.{t.month}.{t.day} {t.hour}:{t:%M:%S}"


def e2guardian(r: random.Random) -> list[Log]:
    """e2guardian 5.3 on a school's filter (filter1) in front of a local Squid, two filter
    groups (Staff, Students), 06:00 to 12:00: the syslog lines and access.log in the
    DansGuardian format; Squid restarting 07:10-07:12, the workers full at 08:04, the hourly
    blacklist update's gentle reloads, a gentle reload failing at 09:40 on a moved list, a
    restart at 11:05."""
    fs = Files()
    pid = {"p": 1021}

    def S(t: datetime, label: str, msg: str) -> datetime:
        p = pid["p"]
        return fs.add(
            "syslog",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {E2_HOST} e2guardian[{p}]: {msg}"],
            ("syslog", p),
            SECOND,
        )

    def A(
        t: datetime,
        ip: str,
        url: str,
        what: str,
        method: str,
        size: int,
        cat: str,
        group: int,
        code: int,
        mime: str,
        label: str,
    ) -> datetime:
        name = "Staff" if group == 1 else "Students"
        fields = (
            f"- {ip} {url} {what} {method} {size} 0 {cat} {group} {code} {mime} - {name} - - - - -"
        )
        return fs.add(
            "access.log",
            t,
            label,
            lambda x: [f"{e2_when(x)} {fields}"],
            ("access", pid["p"]),
            SECOND,
        )

    squid_down = (at(7, 10, 5), at(7, 12, 10))
    full = (at(8, 4, 31), at(8, 6, 33))
    stop = at(11, 5, 20)
    start = at(11, 5, 24)
    spans = [
        (T0, at(7, 45), 31.0),
        (at(7, 45), at(8, 30), 6.0),
        (at(8, 30), T_END, 9.1),
    ]
    for t in arrivals(r, spans):
        if stop - sec(1) <= t < start + sec(1):
            continue
        students = t >= at(7, 45) and r.random() < 0.78
        group = 2 if students else 1
        ip = r.choice(E2_STUDENTS if students else E2_STAFF)
        if r.random() < 0.14:
            err = int(weighted(r, [(0.55, 104), (0.3, 0), (0.15, 110)]))  # type: ignore[call-overload]
            S(
                t,
                "%d No header recd from client at %s - errno: %d",
                f"{r.randint(49152, 65535)} No header recd from client at {ip} - errno: {err}",
            )
            continue
        kind = str(
            weighted(
                r,
                [
                    (0.62, "connect"),
                    (0.085 if students else 0.01, "banned"),
                    (0.05, "trusted"),
                    (0.2, "http"),
                    (0.012 if students else 0.0, "url"),
                    (0.006 if students else 0.0, "ext"),
                ],
            )
        )
        host = r.choice(E2_ALLOWED["students" if students else "staff"])
        url = f"https://{host}:443"
        if squid_down[0] <= t < squid_down[1] and kind != "banned":
            if t < squid_down[1] - sec(20):
                S(
                    t + sec(20.2),
                    "Proxy not responding after %d trys - ip client: %s destination: %s - %d::%s",
                    f"Proxy not responding after 20 trys - ip client: {ip} destination: {host} - 111::Connection refused",
                )
            else:
                tries = int((squid_down[1] - t).total_seconds()) + 1
                t2 = S(
                    squid_down[1] + sec(r.uniform(0, 0.9)),
                    "Proxy responded after %d retrys",
                    f"Proxy responded after {tries} retrys",
                )
                A(
                    t2 + sec(0.3),
                    ip,
                    url,
                    "-",
                    "CONNECT",
                    r.randint(2500, 90000),
                    "-",
                    group,
                    200,
                    "-",
                    "- CONNECT 200",
                )
            continue
        if kind == "connect":
            A(
                t,
                ip,
                url,
                "-",
                "CONNECT",
                r.randint(1800, 950000),
                "-",
                group,
                200,
                "-",
                "- CONNECT 200",
            )
        elif kind == "banned":
            choices = [b for b in E2_BANNED if students or b[3]]
            bhost, entry, cat, _ = r.choice(choices)
            if r.random() < 0.85:
                A(
                    t,
                    ip,
                    f"https://{bhost}:443",
                    f"*DENIED* Blocked site: {entry}",
                    "CONNECT",
                    0,
                    cat,
                    group,
                    403,
                    "-",
                    "*DENIED* Blocked site: %s CONNECT 403",
                )
            else:
                A(
                    t,
                    ip,
                    f"http://{bhost}/",
                    f"*DENIED* Blocked site: {entry}",
                    "GET",
                    0,
                    cat,
                    group,
                    403,
                    "-",
                    "*DENIED* Blocked site: %s GET 403",
                )
        elif kind == "trusted":
            thost = r.choice(E2_TRUSTED)
            if r.random() < 0.6:
                A(
                    t,
                    ip,
                    f"https://{thost}:443",
                    "*TRUSTED* Site match.",
                    "CONNECT",
                    r.randint(4000, 4200000),
                    "-",
                    group,
                    200,
                    "-",
                    "*TRUSTED* Site match. CONNECT 200",
                )
            else:
                path = (
                    f"/{hexid(r, 2)}/{hexid(r, 40)}.cab"
                    if "windowsupdate" in thost
                    else f"/release2/chrome_component/{hexid(r, 28)}_{r.randint(1, 9000)}/{hexid(r, 64)}.crx3"
                )
                A(
                    t,
                    ip,
                    f"http://{thost}{path}",
                    "*TRUSTED* Site match.",
                    "GET",
                    r.randint(9000, 8400000),
                    "-",
                    group,
                    200,
                    "application/octet-stream",
                    "*TRUSTED* Site match. GET 200",
                )
        elif kind == "http":
            url2, method, code, mime = r.choice(E2_HTTP)
            size = {
                200: r.randint(400, 60000),
                204: 0,
                302: r.randint(180, 420),
                304: 0,
                404: r.randint(900, 4000),
            }[code]
            if method == "POST":
                size = r.randint(1400, 2600)
            A(t, ip, url2, "-", method, size, "-", group, code, mime, f"- {method} {code}")
        elif kind == "url":
            game = r.choice(
                ["8-ball-pool-multiplayer", "bloons-tower-defense-5", "moto-x3m", "slope"]
            )
            A(
                t,
                ip,
                f"http://www.miniclip.com/games/{game}/en/",
                "*DENIED* Blocked URL: miniclip.com/games",
                "GET",
                0,
                "Games",
                group,
                403,
                "-",
                "*DENIED* Blocked URL: %s GET 403",
            )
        else:
            exe = r.choice(
                [
                    "Setup_FunPack.exe",
                    "MinecraftInstaller.exe",
                    "vlc-3.0.20-win64.exe",
                    "free_robux_gen.exe",
                ]
            )
            A(
                t,
                ip,
                f"http://dl.{r.choice(['softfree', 'getapps', 'gamezone'])}.example/files/{exe}",
                "*DENIED* Banned file extension: .exe",
                "GET",
                0,
                "-",
                group,
                403,
                "-",
                "*DENIED* Banned file extension: %s GET 403",
            )

    # the start of the school day fills the 250 http_workers
    t = full[0]
    while t < full[1]:
        S(
            t,
            "Warning system is full : max httpworkers: %d Used: %d",
            f"Warning system is full : max httpworkers: 250 Used: {r.randint(241, 250)}",
        )
        t += sec(5 + r.uniform(0, 0.02))

    def gentle(t: datetime, ok: bool = True) -> None:
        t = S(t, "sigtimedwait() signal %d recd:", "sigtimedwait() signal 1 recd:")
        t = S(
            t + sec(0.01),
            "Reconfiguring E2guardian: gentle reload starting",
            "Reconfiguring E2guardian: gentle reload starting",
        )
        if ok:
            S(
                t + sec(r.uniform(1.5, 4)),
                "Reconfiguring E2guardian: gentle reload completed",
                "Reconfiguring E2guardian: gentle reload completed",
            )
        else:
            t = S(
                t + sec(0.4),
                "Error reading file (does it exist?): %s",
                "Error reading file (does it exist?): /etc/e2guardian/lists/exceptioniplist",
            )
            S(
                t + sec(0.01),
                "Reconfiguring E2guardian: gentle reload failed",
                "Reconfiguring E2guardian: gentle reload failed",
            )

    for h in range(6, 12):
        gentle(at(h, 15, r.uniform(2, 9)))
    gentle(at(9, 40, 12), ok=False)
    gentle(at(9, 47, 41))

    # the package upgrade restarts the daemon
    t = S(stop, "sigtimedwait() signal %d recd:", "sigtimedwait() signal 15 recd:")
    t = S(t, "Stopping", "Stopping")
    t = S(
        t,
        "sending null socket to http_workers to stop them",
        "sending null socket to http_workers to stop them",
    )
    t = S(t, "log_listener exiting", "log_listener exiting")
    t = S(t, "stopping any remaining connections", "stopping any remaining connections")
    t = S(t, "listener thread exiting", "listener thread exiting")
    t = S(t, "connections stopped", "connections stopped")
    S(t + sec(2), "Main thread exiting.", "Main thread exiting.")
    pid["p"] = 31877
    S(start + sec(2.5), "Started sucessfully.", "Started sucessfully.")
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- minidlna

MD_SITE = {
    # call site: (file, line, level)
    "start": ("minidlna.c", 1137, "warn"),
    "goodbye": ("minidlna.c", 174, "warn"),
    "reload": ("minidlna.c", 190, "warn"),
    "newdir": ("minidlna.c", 455, "warn"),
    "listen": ("minidlna.c", 1219, "warn"),
    "scan": ("scanner.c", 735, "warn"),
    "scandone": ("scanner.c", 822, "warn"),
    "open": ("metadata.c", 705, "warn"),
    "pls": ("playlist.c", 125, "warn"),
    "plsdone": ("playlist.c", 259, "warn"),
    "watch": ("monitor_inotify.c", 101, "error"),
    "watchwarn": ("monitor_inotify.c", 178, "warn"),
    "recv": ("upnphttp.c", 1170, "error"),
    "send": ("upnphttp.c", 1293, "error"),
    "rebind": ("upnphttp.c", 1003, "error"),
    "400": ("upnphttp.c", 1022, "warn"),
    "406": ("upnphttp.c", 1029, "warn"),
    "404": ("upnphttp.c", 1137, "warn"),
    "404file": ("upnphttp.c", 1888, "warn"),
    "cmd": ("upnphttp.c", 1151, "warn"),
    "resolve": ("upnphttp.c", 1433, "error"),
    "soap": ("upnpsoap.c", 2007, "warn"),
    "event": ("upnpevents.c", 372, "warn"),
    "maxconn": ("process.c", 73, "warn"),
    "detail": ("upnphttp.c", 1907, "info"),
    "art": ("upnphttp.c", 1480, "info"),
    "thumb": ("upnphttp.c", 1575, "info"),
    "resized": ("upnphttp.c", 1723, "info"),
    "done": ("upnphttp.c", 1840, "info"),
}
MD_WORDS_A = [
    "Velvet",
    "Northern",
    "Paper",
    "Hollow",
    "Silver",
    "Quiet",
    "Electric",
    "Golden",
    "Broken",
    "Wandering",
    "Crimson",
    "Little",
    "Distant",
    "Midnight",
    "Glass",
]
MD_WORDS_N = [
    "Foxes",
    "Lights",
    "Boats",
    "Harbour",
    "Rivers",
    "Engines",
    "Orchard",
    "Sparrows",
    "Tides",
    "Lanterns",
    "Machines",
    "Gardens",
    "Comets",
    "Ghosts",
    "Islands",
]
MD_SHOWS = ["Captain Puddles", "The Moonbeam Club", "Tractor Tom and Friends", "Ollie the Otter"]
MD_EVENTS = [
    "Beach Trip",
    "Birthday Ben",
    "Christmas at Gran's",
    "School Play",
    "Lake Garda",
    "Garden",
    "Zoo",
    "Camping Wales",
    "First Day at School",
    "Easter",
    "Snow Day",
    "Misc",
]
MD_PROBES = [
    "/.env",
    "/admin/",
    "/wp-login.php",
    "/cgi-bin/luci",
    "/HNAP1/",
    "/.git/config",
    "/phpmyadmin/",
    "/server-status",
    "/actuator/health",
    "/boaform/admin/formLogin",
    "/setup.cgi",
    "/manager/html",
    "/solr/admin/info/system",
    "/owa/auth/logon.aspx",
    "/robots.txt",
    "/favicon.ico",
    "/config.json",
    "/api/v1/status",
    "/login.htm",
    "/index.php",
]


def md_title(r: random.Random) -> str:
    return f"{r.choice(MD_WORDS_A)} {r.choice(MD_WORDS_N)}"


def minidlna(r: random.Random) -> list[Log]:
    """MiniDLNA (ReadyMedia) 1.3.3 on a home NAS, `log_dir=/var/cache/minidlna`, 06:00 to 12:00:
    restarted at 06:40 with a new media_dir (the full rebuild, the inotify watches running out)
    and `http=info` for a TV's troubles; the TV browsing stale ObjectIDs, Kodi's album art sync,
    a phone app using the host name, the USB disk unplugged 09:31-09:52, a port scan at 10:31,
    the TV's photo slideshow."""
    fs = Files()
    st = {"main": 812, "child": 16240}
    http_info = {"on": False}

    def L(t: datetime, site: str, label: str, msg: str, p: int = 0, mark: str = "") -> datetime:
        f, line, level = MD_SITE[site]
        if level == "info" and not http_info["on"]:
            return t
        return fs.add(
            "minidlna.log",
            t,
            label,
            lambda x: [f"[{x:%Y/%m/%d %H:%M:%S}] {f}:{line}: {level}: {msg}{mark}"],
            p or st["main"],
            SECOND,
        )

    def fork() -> int:
        st["child"] += r.randint(2, 30)
        return st["child"]

    music = [f"/srv/media/Music/The {md_title(r)}/{md_title(r)}" for _ in range(40)]
    tracks = [
        f"{a}/{n:02d} - {md_title(r)}.{r.choice(['flac', 'flac', 'mp3'])}"
        for a in music
        for n in r.sample(range(1, 13), 4)
    ]
    shows = [
        f"/srv/media/Video/Kids/{s}/Season {k}/{s} - S0{k}E{e:02d} - The {md_title(r)}.mkv"
        for s in MD_SHOWS
        for k in (1, 2)
        for e in r.sample(range(1, 27), 6)
    ]
    movies = [
        f"/media/usb-movies/Movies/{t} ({y})/{t} ({y}).mkv"
        for t, y in ((md_title(r), r.randint(1995, 2023)) for _ in range(30))
    ]
    photo_dirs = []
    for year in range(2015, 2025):
        for _ in range(r.randint(8, 14)):
            m, d = r.randint(1, 12 if year < 2024 else 5), r.randint(1, 28)
            photo_dirs.append(
                f"/srv/media/Photos/{year}/{year}-{m:02d}-{d:02d} {r.choice(MD_EVENTS)}"
            )
    photo_dirs.sort()
    detail_id = {p: 18402 + i * 3 for i, p in enumerate(shows + movies)}
    track_id = {p: 212 + i * 2 for i, p in enumerate(tracks)}

    # -- before the restart: the old kitchen radio sends HTTP/1.1 without a Host header
    t = T0 + sec(r.uniform(30, 500))
    while t < T_END:
        L(
            t,
            "400",
            "Invalid request, responding ERROR 400.  (No Host specified in HTTP headers?)",
            "Invalid request, responding ERROR 400.  (No Host specified in HTTP headers?)",
        )
        t += sec(600 + r.uniform(-3, 3))
    for t in arrivals(r, [(T0, T_END, 210.0)]):
        L(t, "recv", "recv (state0): %s", "recv (state0): Connection reset by peer")
    for t in arrivals(r, [(at(7, 25), at(12, 0), 420.0)]):
        L(t, "send", "send(res_buf): %s", "send(res_buf): Broken pipe")

    # -- the restart with the new media_dir and http=info
    restart = at(6, 40, 12)
    L(restart, "goodbye", "received signal %d, good-bye", "received signal 15, good-bye")
    st["main"] = 16204
    http_info["on"] = True
    t = L(
        restart + sec(2.1),
        "start",
        "Starting MiniDLNA version 1.3.3.",
        "Starting MiniDLNA version 1.3.3.",
    )
    t = L(
        t,
        "newdir",
        "New media_dir detected; rebuilding...",
        "New media_dir detected; rebuilding...",
    )
    scanner = 16209
    L(t + sec(0.4), "listen", "HTTP listening on port %d", "HTTP listening on port 8200")
    t = t + sec(0.2)
    dirs = [
        ("/srv/media/Music", 18342, 1380, []),
        ("/srv/media/Video", 1122, 460, r.sample(shows, 6)),
        ("/media/usb-movies", 386, 230, r.sample(movies, 4)),
        ("/srv/media/Photos", 31877, 2200, []),
    ]
    for path, n, dur, bad in dirs:
        t = L(t, "scan", "Scanning %s", f"Scanning {path}", p=scanner)
        for b in bad:
            L(
                t + sec(r.uniform(10, dur - 10)),
                "open",
                "Opening %s failed! [Invalid data found when processing input]",
                f"Opening {b} failed! [Invalid data found when processing input]",
                p=scanner,
            )
        t = L(
            t + sec(dur),
            "scandone",
            "Scanning %s finished (%llu files)!",
            f"Scanning {path} finished ({n} files)!",
            p=scanner,
        )
    t = L(t + sec(0.3), "pls", "Parsing playlists...", "Parsing playlists...", p=scanner)
    scan_end = L(
        t + sec(2.6),
        "plsdone",
        "Finished parsing playlists.",
        "Finished parsing playlists.",
        p=scanner,
    )
    # the inotify thread, once the scanner has exited: 8192 watches for 8531 directories
    t = scan_end + sec(1.2)
    failed = photo_dirs[-339:] if len(photo_dirs) >= 339 else photo_dirs
    extra = [f"{d}/{sub}" for d in photo_dirs for sub in ("RAW", "edited")][
        : max(0, 339 - len(failed))
    ]
    for d in failed + extra:
        t = L(
            t,
            "watch",
            "inotify_add_watch(%s) [No space left on device]",
            f"inotify_add_watch({d}) [No space left on device]",
        )
    L(
        t + sec(0.1),
        "watchwarn",
        "WARNING: Inotify max_user_watches [%u] is low or close to the number of used watches [%u] and I do not have permission to increase this limit.  Please do so manually by writing a higher value into /proc/sys/fs/inotify/max_user_watches.",
        "WARNING: Inotify max_user_watches [8192] is low or close to the number of used watches [8531] and I do not have permission to increase this limit.  Please do so manually by writing a higher value into /proc/sys/fs/inotify/max_user_watches.",
    )

    # -- the TV (10.0.0.51) browses with the ObjectIDs it cached before the rebuild
    for t in arrivals(r, [(at(7, 5), at(7, 22), 24.0)]):
        if r.random() < 0.75:
            L(
                t,
                "soap",
                "Returning UPnPError 701: No such object error",
                "Returning UPnPError 701: No such object error",
            )
        else:
            L(
                t,
                "404file",
                "%s not found, responding ERROR 404",
                f"{r.randint(40100, 44900)}.mkv not found, responding ERROR 404",
            )

    def play(t: datetime, path: str, oid: int) -> datetime:
        p = fork()
        t = L(t, "detail", "Serving DetailID: %lld [%s]", f"Serving DetailID: {oid} [{path}]", p=p)
        if path.startswith("/media/usb-movies") and at(9, 31, 20) <= t < at(9, 52, 40):
            L(
                t,
                "resolve",
                "Error resolving path %s: %s",
                f"Error resolving path {path}: No such file or directory",
                p=p,
            )
        return t

    # cartoons on the TV, its seeks without a Range header
    t = at(7, 24, 40)
    while t < at(8, 30):
        path = r.choice(shows)
        play(t, path, detail_id[path])
        for _ in range(r.randint(0, 2)):
            L(
                t + sec(r.uniform(60, 600)),
                "406",
                "DLNA TimeSeek requested, responding ERROR 406",
                "DLNA TimeSeek requested, responding ERROR 406",
            )
        t += sec(r.uniform(660, 1500))
    # the TV goes to standby without unsubscribing
    for te in (at(8, 31, 12), at(11, 46, 3)):
        L(
            te + sec(r.uniform(0, 40)),
            "event",
            "upnp_event_send: send(): Connection refused",
            "upnp_event_send: send(): Connection refused",
        )
        L(
            te + sec(r.uniform(60, 200)),
            "event",
            "upnp_event_send: send(): Connection refused",
            "upnp_event_send: send(): Connection refused",
        )

    # Kodi (10.0.0.60) syncs its music library: every album's cover, and more connections than allowed
    t = at(8, 10, 4)
    art_ids = list(range(1, 1900))
    r.shuffle(art_ids)
    covers = {i: f"/var/cache/minidlna/art_cache{r.choice(music)}/cover.jpg" for i in art_ids[:640]}
    for i in art_ids[:640]:
        t = L(
            t + sec(r.uniform(0.2, 0.9)),
            "art",
            "Serving album art ID: %lld [%s]",
            f"Serving album art ID: {i} [{covers[i]}]",
        )
        if r.random() < 0.025:
            L(
                t,
                "maxconn",
                "Exceeded max connections [%d], not forking",
                "Exceeded max connections [50], not forking",
            )

    # the phone app (BubbleUPnP, 10.0.0.73) set up with the NAS's host name
    t = at(9, 0, 31)
    while t < at(9, 56):
        if r.random() < 0.3:
            L(
                t,
                "rebind",
                "DNS rebinding attack suspected (Host: %.*s)",
                "DNS rebinding attack suspected (Host: nas.fritz.box:8200)",
                mark=NOLF,
            )
            t += sec(r.uniform(2, 6))
        if r.random() < 0.35:
            path = r.choice(movies)
            play(t, path, detail_id[path])
        else:
            path = r.choice(tracks)
            play(t, path, track_id[path])
        t += sec(r.uniform(120, 330))
    # the kids keep trying a film from the unplugged USB disk on the TV
    for t in arrivals(r, [(at(9, 33), at(9, 51), 110.0)]):
        path = r.choice(movies)
        play(t, path, detail_id[path])
    L(at(9, 52, 40), "reload", "received signal %d, reloading", "received signal 1, reloading")

    # a port scan from a laptop on the LAN
    t = at(10, 31, 7)
    probes = [("GET", p) for p in MD_PROBES] * 3
    r.shuffle(probes)
    verbs = ["OPTIONS", "PUT", "DELETE", "PROPFIND", "TRACE", "CONNECT", "PATCH", "MKCOL"]
    for i, (_, path) in enumerate(probes):
        t = L(
            t + sec(r.uniform(0.1, 6)),
            "404",
            "%s not found, responding ERROR 404",
            f"{path} not found, responding ERROR 404",
        )
        if i % 3 == 0:
            t = L(
                t + sec(r.uniform(0.1, 3)),
                "cmd",
                "Unsupported HTTP Command %s",
                f"Unsupported HTTP Command {r.choice(verbs)}",
            )

    # Kodi plays music
    t = at(10, 2, 11)
    while t < T_END:
        path = r.choice(tracks)
        play(t, path, track_id[path])
        t += sec(r.uniform(170, 420))

    # the TV's photo slideshow: thumbnails while browsing, then resized images
    photos = [f"{d}/IMG_{r.randint(1000, 9999)}.JPG" for d in photo_dirs for _ in range(4)]
    t = at(10, 58, 40)
    for _ in range(110):
        ph = r.choice(photos)
        t = L(
            t + sec(r.uniform(0.2, 2)),
            "thumb",
            "Serving thumbnail for ObjectId: %lld [%s]",
            f"Serving thumbnail for ObjectId: {r.randint(20100, 52000)} [{ph}]",
        )
    while t < at(11, 45, 30):
        ph = r.choice(photos)
        p = fork()
        t1 = L(
            t,
            "resized",
            "Serving resized image for ObjectId: %lld [%s]",
            f"Serving resized image for ObjectId: {r.randint(20100, 52000)} [{ph}]",
            p=p,
        )
        L(t1 + sec(r.uniform(0.3, 1.4)), "done", "Done serving %s", f"Done serving {ph}", p=p)
        t += sec(r.uniform(7.5, 10.5))
    return settle(fs.logs(T0))


# ------------------------------------------------------------------------- airsonic-advanced

AS_PODCAST = "org.airsonic.player.service.PodcastService"
AS_STREAM = "org.airsonic.player.controller.StreamController"
AS_LASTFM = "org.airsonic.player.service.scrobbler.LastFMScrobbler"
AS_TRANSCODE = "org.airsonic.player.io.TranscodeInputStream"
AS_SECURITY = "org.airsonic.player.security.GlobalSecurityConfig"
AS_TAGS = "org.airsonic.player.service.metadata.JaudiotaggerParser"
AS_APP = "org.airsonic.player.Application"
AS_SCANNER = "org.airsonic.player.service.MediaScannerService"
AS_UPNP = "org.airsonic.player.service.UPnPService"
AS_CLASSES = "~[classes!/:na]"
AS_HTTPCLIENT = "~[httpclient-4.5.14.jar!/:4.5.14]"
AS_HTTPCORE = "~[httpcore-4.4.16.jar!/:4.4.16]"
AS_JAT = "~[jaudiotagger-3.0.1.jar!/:na]"
AS_JDK = "~[na:na]"
AS_EXECUTOR = [
    ("java.base/java.util.concurrent.Executors$RunnableAdapter.call", "Executors.java:539", AS_JDK),
    ("java.base/java.util.concurrent.FutureTask.run", "FutureTask.java:264", AS_JDK),
    (
        "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker",
        "ThreadPoolExecutor.java:1136",
        AS_JDK,
    ),
    (
        "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run",
        "ThreadPoolExecutor.java:635",
        AS_JDK,
    ),
    ("java.base/java.lang.Thread.run", "Thread.java:840", AS_JDK),
]
AS_DNS_FRAMES = [
    ("java.base/java.net.Inet6AddressImpl.lookupAllHostAddr", "Native Method", AS_JDK),
    (
        "java.base/java.net.InetAddress$PlatformNameService.lookupAllHostAddr",
        "InetAddress.java:934",
        AS_JDK,
    ),
    ("java.base/java.net.InetAddress.getAddressesFromNameService", "InetAddress.java:1543", AS_JDK),
    ("java.base/java.net.InetAddress$NameServiceAddresses.get", "InetAddress.java:852", AS_JDK),
    ("java.base/java.net.InetAddress.getAllByName0", "InetAddress.java:1533", AS_JDK),
    ("java.base/java.net.InetAddress.getAllByName", "InetAddress.java:1385", AS_JDK),
    ("java.base/java.net.InetAddress.getAllByName", "InetAddress.java:1306", AS_JDK),
    (
        "org.apache.http.impl.conn.SystemDefaultDnsResolver.resolve",
        "SystemDefaultDnsResolver.java:45",
        AS_HTTPCLIENT,
    ),
    (
        "org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect",
        "DefaultHttpClientConnectionOperator.java:112",
        AS_HTTPCLIENT,
    ),
    (
        "org.apache.http.impl.conn.PoolingHttpClientConnectionManager.connect",
        "PoolingHttpClientConnectionManager.java:376",
        AS_HTTPCLIENT,
    ),
    (
        "org.apache.http.impl.execchain.MainClientExec.establishRoute",
        "MainClientExec.java:393",
        AS_HTTPCLIENT,
    ),
    (
        "org.apache.http.impl.execchain.MainClientExec.execute",
        "MainClientExec.java:236",
        AS_HTTPCLIENT,
    ),
    ("org.apache.http.impl.execchain.ProtocolExec.execute", "ProtocolExec.java:186", AS_HTTPCLIENT),
    ("org.apache.http.impl.execchain.RetryExec.execute", "RetryExec.java:89", AS_HTTPCLIENT),
    ("org.apache.http.impl.execchain.RedirectExec.execute", "RedirectExec.java:110", AS_HTTPCLIENT),
    (
        "org.apache.http.impl.client.InternalHttpClient.doExecute",
        "InternalHttpClient.java:185",
        AS_HTTPCLIENT,
    ),
    (
        "org.apache.http.impl.client.CloseableHttpClient.execute",
        "CloseableHttpClient.java:83",
        AS_HTTPCLIENT,
    ),
    (
        "org.apache.http.impl.client.CloseableHttpClient.execute",
        "CloseableHttpClient.java:108",
        AS_HTTPCLIENT,
    ),
    (
        "org.airsonic.player.service.PodcastService.doRefreshChannel",
        "PodcastService.java:288",
        AS_CLASSES,
    ),
    (
        "org.airsonic.player.service.PodcastService.lambda$refreshChannels$9",
        "PodcastService.java:271",
        AS_CLASSES,
    ),
    *AS_EXECUTOR,
]
AS_TIMEOUT_FRAMES = [
    ("java.base/sun.nio.ch.NioSocketImpl.timedRead", "NioSocketImpl.java:288", AS_JDK),
    ("java.base/sun.nio.ch.NioSocketImpl.implRead", "NioSocketImpl.java:314", AS_JDK),
    ("java.base/sun.nio.ch.NioSocketImpl.read", "NioSocketImpl.java:355", AS_JDK),
    ("java.base/sun.nio.ch.NioSocketImpl$1.read", "NioSocketImpl.java:808", AS_JDK),
    ("java.base/java.net.Socket$SocketInputStream.read", "Socket.java:966", AS_JDK),
    (
        "java.base/sun.security.ssl.SSLSocketInputRecord.read",
        "SSLSocketInputRecord.java:484",
        AS_JDK,
    ),
    (
        "java.base/sun.security.ssl.SSLSocketInputRecord.readFully",
        "SSLSocketInputRecord.java:467",
        AS_JDK,
    ),
    (
        "java.base/sun.security.ssl.SSLSocketInputRecord.decodeInputRecord",
        "SSLSocketInputRecord.java:243",
        AS_JDK,
    ),
    (
        "java.base/sun.security.ssl.SSLSocketInputRecord.decode",
        "SSLSocketInputRecord.java:181",
        AS_JDK,
    ),
    ("java.base/sun.security.ssl.SSLTransport.decode", "SSLTransport.java:111", AS_JDK),
    ("java.base/sun.security.ssl.SSLSocketImpl.decode", "SSLSocketImpl.java:1506", AS_JDK),
    (
        "java.base/sun.security.ssl.SSLSocketImpl.readApplicationRecord",
        "SSLSocketImpl.java:1416",
        AS_JDK,
    ),
    (
        "java.base/sun.security.ssl.SSLSocketImpl$AppInputStream.read",
        "SSLSocketImpl.java:1022",
        AS_JDK,
    ),
    (
        "org.apache.http.impl.io.SessionInputBufferImpl.streamRead",
        "SessionInputBufferImpl.java:137",
        AS_HTTPCORE,
    ),
    (
        "org.apache.http.impl.io.SessionInputBufferImpl.read",
        "SessionInputBufferImpl.java:197",
        AS_HTTPCORE,
    ),
    (
        "org.apache.http.impl.io.ContentLengthInputStream.read",
        "ContentLengthInputStream.java:176",
        AS_HTTPCORE,
    ),
    (
        "org.apache.http.conn.EofSensorInputStream.read",
        "EofSensorInputStream.java:135",
        AS_HTTPCLIENT,
    ),
    ("java.base/java.io.InputStream.read", "InputStream.java:218", AS_JDK),
    (
        "org.airsonic.player.service.PodcastService.doDownloadEpisode",
        "PodcastService.java:433",
        AS_CLASSES,
    ),
    (
        "org.airsonic.player.service.PodcastService.lambda$downloadEpisode$13",
        "PodcastService.java:337",
        AS_CLASSES,
    ),
    *AS_EXECUTOR,
]
AS_TAG_FRAMES = [
    ("org.jaudiotagger.audio.AudioFileIO.readFile", "AudioFileIO.java:286", AS_JAT),
    ("org.jaudiotagger.audio.AudioFileIO.read", "AudioFileIO.java:157", AS_JAT),
    (
        "org.airsonic.player.service.metadata.JaudiotaggerParser.getRawMetaData",
        "JaudiotaggerParser.java:96",
        AS_CLASSES,
    ),
    (
        "org.airsonic.player.service.metadata.MetaDataParser.getMetaData",
        "MetaDataParser.java:54",
        AS_CLASSES,
    ),
    (
        "org.airsonic.player.service.MediaFileService.parseMediaFile",
        "MediaFileService.java:789",
        AS_CLASSES,
    ),
    (
        "org.airsonic.player.service.MediaFileService.createMediaFile",
        "MediaFileService.java:735",
        AS_CLASSES,
    ),
    (
        "org.airsonic.player.service.MediaFileService.getMediaFile",
        "MediaFileService.java:163",
        AS_CLASSES,
    ),
    (
        "org.airsonic.player.service.MediaFileService.lambda$updateChildren$7",
        "MediaFileService.java:520",
        AS_CLASSES,
    ),
    (
        "java.base/java.util.stream.ReferencePipeline$3$1.accept",
        "ReferencePipeline.java:197",
        AS_JDK,
    ),
    (
        "java.base/java.util.ArrayList$ArrayListSpliterator.forEachRemaining",
        "ArrayList.java:1625",
        AS_JDK,
    ),
    ("java.base/java.util.stream.AbstractPipeline.copyInto", "AbstractPipeline.java:509", AS_JDK),
    (
        "java.base/java.util.stream.AbstractPipeline.wrapAndCopyInto",
        "AbstractPipeline.java:499",
        AS_JDK,
    ),
    (
        "java.base/java.util.stream.ReduceOps$ReduceOp.evaluateSequential",
        "ReduceOps.java:921",
        AS_JDK,
    ),
    ("java.base/java.util.stream.AbstractPipeline.evaluate", "AbstractPipeline.java:234", AS_JDK),
    ("java.base/java.util.stream.ReferencePipeline.collect", "ReferencePipeline.java:682", AS_JDK),
    (
        "org.airsonic.player.service.MediaFileService.updateChildren",
        "MediaFileService.java:522",
        AS_CLASSES,
    ),
    (
        "org.airsonic.player.service.MediaFileService.getChildrenOf",
        "MediaFileService.java:327",
        AS_CLASSES,
    ),
    ("org.airsonic.player.controller.MainController.get", "MainController.java:103", AS_CLASSES),
    ("java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke0", "Native Method", AS_JDK),
    (
        "java.base/jdk.internal.reflect.NativeMethodAccessorImpl.invoke",
        "NativeMethodAccessorImpl.java:77",
        AS_JDK,
    ),
    (
        "java.base/jdk.internal.reflect.DelegatingMethodAccessorImpl.invoke",
        "DelegatingMethodAccessorImpl.java:43",
        AS_JDK,
    ),
    ("java.base/java.lang.reflect.Method.invoke", "Method.java:568", AS_JDK),
    (
        "org.springframework.web.method.support.InvocableHandlerMethod.doInvoke",
        "InvocableHandlerMethod.java:205",
        "~[spring-web-5.3.31.jar!/:5.3.31]",
    ),
    (
        "org.springframework.web.servlet.DispatcherServlet.doDispatch",
        "DispatcherServlet.java:1072",
        "~[spring-webmvc-5.3.31.jar!/:5.3.31]",
    ),
    (
        "org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run",
        "TaskThread.java:61",
        "~[tomcat-embed-core-9.0.83.jar!/:na]",
    ),
    ("java.base/java.lang.Thread.run", "Thread.java:840", AS_JDK),
]
AS_NOUNS = [
    "Signal",
    "Harbour",
    "Archive",
    "Orbit",
    "Frontier",
    "Kitchen",
    "Engine",
    "Atlas",
    "Garden",
    "Ledger",
    "Compass",
    "Lantern",
    "Bridge",
    "Canvas",
    "Meridian",
]
AS_ADJS = [
    "Hidden",
    "Unlikely",
    "Quiet",
    "Strange",
    "Lost",
    "Secret",
    "Great",
    "Forgotten",
    "Modern",
    "Curious",
    "Broken",
    "Open",
    "Invisible",
    "Last",
    "Second",
]
AS_TOPICS = [
    "Rust in the kernel",
    "home labs",
    "the tariff maths",
    "sourdough science",
    "the Roman roads",
    "deep-sea cables",
    "why trains are late",
    "password managers",
    "the 1918 flu",
    "tiny houses",
    "chess engines",
    "coffee prices",
    "solar storms",
    "the printing press",
    "ZFS on root",
]


def lb_abbrev(name: str, target: int = 32) -> str:
    """logback's `%logger{32}`: shorten the leading package names to their initials, left to
    right, until the name fits."""
    if len(name) <= target:
        return name
    parts = name.split(".")
    total, out = len(name), []
    for p in parts[:-1]:
        if total > target:
            total -= len(p) - 1
            out.append(p[0])
        else:
            out.append(p)
    out.append(parts[-1])
    return ".".join(out)


def jinstant(t: datetime) -> str:
    """java.time.Instant.toString() of a Linux clock (microseconds)."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}Z"


def airsonic(r: random.Random) -> list[Log]:
    """Airsonic-Advanced 11.0.0-SNAPSHOT (the project's last build, an executable war on Java 17, HSQLDB) on a family NAS, 06:00 to
    12:00: airsonic.log with the project's `logging.pattern.file`; the hourly Podcast refresh
    over five channels, listening (the web players scrobbling to Last.fm, DSub transcoding), a
    DNS outage 07:25-07:45 (the 07:41 refresh and the scrobbles), an upgrade restart at 09:05,
    a new album with broken tags, a password-guessing run 10:40-10:52, a Podcast download timing
    out at 11:11."""
    fs = Files()
    pid = {"p": 1187}

    def L(
        t: datetime, level: str, logger: str, label: str, msg: str, exc: list[str] | None = None
    ) -> datetime:
        head = f"{level:>5} --- {lb_abbrev(logger):<40} : {msg}"
        tail = ["", *exc, ""] if exc else []
        return fs.add(
            "airsonic.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S}.{x.microsecond // 1000:03d} {head}", *tail],
            pid["p"],
            MILLI,
        )

    def stack(first: str, frames: list[tuple[str, str, str]]) -> list[str]:
        return [first, *(f"\tat {m}({src}) {pkg}" for m, src, pkg in frames)]

    dns_down = (at(7, 25, 10), at(7, 45, 40))
    restart = at(9, 5, 30)
    up = at(9, 6, 2.417)

    # -- the channels, each with its feed's items (newest first)
    def titles(kind: int, n: int) -> list[str]:
        out = []
        for i in range(n):
            if kind == 0:
                out.append(f"Episode {412 - i}: {r.choice(AS_ADJS)} {r.choice(AS_NOUNS)}")
            elif kind == 1:
                out.append(
                    f"{r.choice(AS_TOPICS).capitalize()} with {r.choice(['Maya', 'Tom', 'Priya', 'Jonas', 'Ines', 'Kwame'])} {r.choice(['Okafor', 'Lindqvist', 'Ferreira', 'Nakamura', 'Walsh'])}"
                )
            elif kind == 2:
                out.append(
                    f"The {r.choice(AS_ADJS)} {r.choice(AS_NOUNS)} of {r.randint(1066, 1989)}"
                )
            elif kind == 3:
                out.append(f"#{688 - i} - {r.choice(AS_TOPICS).capitalize()}")
            else:
                day = at(6, 0) - sec(86400 * (i + 1))
                out.append(
                    f"Morning Briefing, {day:%A} {day.day} {day:%B}: {r.choice(AS_TOPICS).capitalize()}"
                )
        return list(dict.fromkeys(out))

    channels = [
        ("https://feeds.example-radio.org/tech-weekly/rss", titles(0, 30)),
        ("https://anchor.fm/s/4f2a91c8/podcast/rss", titles(1, 85)),
        ("https://podcasts.example-broadcast.co.uk/history-hour/feed.xml", titles(2, 20)),
        ("https://feeds.megaphone.fm/NSR8217461382", titles(3, 110)),
        ("https://www.omnycontent.com/d/playlist/2b4f1c2e-91a0/feed.xml", titles(4, 45)),
    ]
    # new items appearing in a feed: (refresh from which, channel, title, dated in PDT)
    fresh = [
        (at(6, 41), 4, "Morning Briefing, Friday 7 June: Solar storms", True),
        (at(9, 11), 0, "Episode 413: Invisible Bridges", False),
        (at(10, 11), 1, "Password managers with Ines Walsh", False),
        (at(11, 11), 3, "#689 - The printing press", False),
    ]
    known = {i: list(items) for i, (_, items) in enumerate(channels)}
    # each feed's <guid>: the host's own ids (a UUID, megaphone's id, a permalink)
    guids: dict[tuple[int, str], str] = {}

    def guid(ci: int, tt: str) -> str:
        if (ci, tt) not in guids:
            if ci in (1, 4):
                guids[(ci, tt)] = uuid4(r)
            elif ci == 3:
                guids[(ci, tt)] = f"{hexid(r, 8)}-{hexid(r, 4)}-11ee-{hexid(r, 4)}-{hexid(r, 12)}"
            elif ci == 0:
                guids[(ci, tt)] = (
                    f"https://feeds.example-radio.org/tech-weekly/episodes/{tt.split(':')[0].split()[-1]}"
                )
            else:
                guids[(ci, tt)] = f"tag:example-broadcast.co.uk,2024:history-hour/{hexid(r, 10)}"
        return guids[(ci, tt)]

    refreshes = [
        at(6, 41, 12.4),
        at(7, 41, 12.4),
        at(8, 41, 12.4),
        at(9, 11, 2.4),
        at(10, 11, 2.4),
        at(11, 11, 2.4),
    ]
    for rt in refreshes:
        rt += sec(r.uniform(0, 0.05))
        t = L(
            rt,
            " INFO",
            AS_PODCAST,
            "Starting scheduled default Podcast refresh.",
            "Starting scheduled default Podcast refresh.",
        )
        L(
            t + sec(0.002),
            " INFO",
            AS_PODCAST,
            "Completed scheduled default Podcast refresh.",
            "Completed scheduled default Podcast refresh.",
        )
        for ci, (url, _) in enumerate(channels):
            tc = rt + sec(r.uniform(0.3, 2.5))
            host = url.split("/")[2]
            if in_any(rt, [dns_down]):
                L(
                    tc + sec(r.uniform(0, 0.05)),
                    " WARN",
                    AS_PODCAST,
                    "Failed to get/parse RSS file for Podcast channel %s",
                    f"Failed to get/parse RSS file for Podcast channel {url}",
                    stack(
                        f"java.net.UnknownHostException: {host}: Temporary failure in name resolution",
                        AS_DNS_FRAMES,
                    ),
                )
                continue
            new = [
                (f[2], f[3]) for f in fresh if f[1] == ci and abs((f[0] - rt).total_seconds()) < 120
            ]
            items = [(tt, False, pdt) for tt, pdt in new] + [(tt, True, False) for tt in known[ci]]
            r.shuffle(items)
            for tt, exists, pdt in items:
                tc += sec(r.uniform(0.002, 0.03))
                if exists:
                    tc = L(
                        tc,
                        " INFO",
                        AS_PODCAST,
                        "Episode already exists for episode %s by guid %s",
                        f"Episode already exists for episode {tt} by guid {guid(ci, tt)}",
                    )
                    continue
                if pdt:
                    tc = L(
                        tc,
                        " WARN",
                        AS_PODCAST,
                        "Failed to parse publish date: %s",
                        "Failed to parse publish date: Thu, 06 Jun 2024 21:00:00 PDT",
                    )
                tc = L(
                    tc,
                    " INFO",
                    AS_PODCAST,
                    "Created Podcast episode %s",
                    f"Created Podcast episode {tt}",
                )
                known[ci].insert(0, tt)
                slug = "".join(c for c in tt.lower().replace(" ", "-") if c.isalnum() or c == "-")[
                    :40
                ]
                media = f"https://{host}/media/{hexid(r, 8)}/{slug}.mp3"
                td = L(
                    tc + sec(r.uniform(0.5, 2)),
                    " INFO",
                    AS_PODCAST,
                    "Starting to download Podcast from %s",
                    f"Starting to download Podcast from {media}",
                )
                if ci == 3:
                    L(
                        td + sec(600 + r.uniform(0, 1)),
                        " WARN",
                        AS_PODCAST,
                        "Failed to download Podcast from %s",
                        f"Failed to download Podcast from {media}",
                        stack("java.net.SocketTimeoutException: Read timed out", AS_TIMEOUT_FRAMES),
                    )
                else:
                    L(
                        td + sec(r.uniform(15, 90)),
                        " INFO",
                        AS_PODCAST,
                        "Downloaded %s bytes from Podcast %s",
                        f"Downloaded {r.randint(18_000_000, 95_000_000)} bytes from Podcast {media}",
                    )

    # -- listening
    albums = [f"{r.choice(AS_ADJS)} {r.choice(AS_NOUNS)}" for _ in range(30)]
    artists = [f"The {r.choice(AS_ADJS)} {r.choice(AS_NOUNS)} Band" for _ in range(18)]
    queue: list[
        tuple[datetime, str, str, bool, datetime]
    ] = []  # (enqueued, user, title, submission, time)

    def session(
        user: str, ip: str, a: datetime, b: datetime, web: bool, lastfm: bool, transcode: bool
    ) -> None:
        t = a
        while t < b:
            if restart - sec(40) <= t < up:
                t = up + sec(r.uniform(60, 300))
                continue
            artist, album = r.choice(artists), r.choice(albums)
            n = r.randint(1, 11)
            for k in range(n, min(n + r.randint(2, 9), 14)):
                if t >= b or restart - sec(5) <= t < up:
                    break
                title = f"{r.choice(AS_ADJS)} {r.choice(AS_NOUNS)}"
                ext = r.choice(["flac", "flac", "mp3"])
                short = f"{album}/{k:02d} - {title}.{ext}"
                if transcode:
                    t = L(
                        t,
                        " INFO",
                        AS_TRANSCODE,
                        "Starting transcoder: %s",
                        f"Starting transcoder: [/var/airsonic/transcode/ffmpeg][-i][/var/music/{artist}/{short}][-map][0:0][-b:a][128k][-v][0][-f][mp3][-]",
                    )
                t = L(
                    t + sec(0.004),
                    " INFO",
                    AS_STREAM,
                    "%s: %s listening to %s in folder %s",
                    f"{ip}: {user} listening to {short} in folder 1",
                )
                dur = r.uniform(140, 330)
                if web and lastfm:
                    queue.append((t + sec(0.01), user, title, False, t))
                    queue.append((t + sec(dur), user, title, True, t + sec(dur)))
                if transcode and r.random() < 0.08:
                    L(
                        t + sec(dur - r.uniform(1, 5)),
                        " WARN",
                        AS_STREAM,
                        "Stream output exceeded expected length of %s. It is likely that the transcoder is not adhering to the bitrate limit or the media source is corrupted or has grown larger",
                        f"Stream output exceeded expected length of {int(dur * 16000)}. It is likely that the transcoder is not adhering to the bitrate limit or the media source is corrupted or has grown larger",
                    )
                t += sec(dur + r.uniform(0.2, 1.5))
            t += sec(r.uniform(20, 400))

    session("alice", "10.0.1.23", at(6, 31, 5), at(7, 52), True, True, False)
    session("alice", "10.0.1.23", at(10, 2, 40), at(11, 58), True, True, False)
    session("dave", "10.0.1.37", at(8, 5, 12), at(9, 50), True, True, False)
    session("bob", "198.51.100.23", at(7, 4, 30), at(8, 21), False, False, True)
    session("bob", "198.51.100.23", at(11, 15, 2), T_END, False, False, True)
    session("carol", "10.0.1.57", at(9, 30, 40), at(11, 20), True, False, False)
    session("dave", "10.0.1.37", at(10, 12, 3), at(11, 51), True, True, False)
    session("emma", "10.0.1.64", at(6, 52, 20), at(7, 41), True, False, False)
    session("emma", "10.0.1.64", at(11, 2, 9), T_END, True, False, False)
    session("frank", "203.0.113.140", at(8, 1, 44), at(11, 4), False, False, True)

    # the LastFMScrobbler registration thread: one at a time, 60 s pause after a network error
    queue.sort(key=lambda q: q[0])
    pending: list[tuple[datetime, str, str, bool, datetime]] = []
    tt = T0
    i = 0
    while i < len(queue) or pending:
        if not pending:
            pending.append(queue[i])
            i += 1
        item = pending[0]
        tt = max(tt, item[0])
        while i < len(queue) and queue[i][0] <= tt:
            pending.append(queue[i])
            i += 1
        _, user, title, sub, when = item
        if restart <= tt < up:
            pending.pop(0)
            continue
        if in_any(tt, [dns_down]):
            pending.append(pending.pop(0))
            L(
                tt + sec(0.02),
                " INFO",
                AS_LASTFM,
                "Last.fm registration for '%s' encountered network error: java.net.UnknownHostException: %s: Temporary failure in name resolution.  Will try again later. In queue: %s",
                f"Last.fm registration for '{title}' encountered network error: java.net.UnknownHostException: post.audioscrobbler.com: Temporary failure in name resolution.  Will try again later. In queue: {len(pending) - 1}",
            )
            tt += sec(60.02)
            continue
        pending.pop(0)
        kind = "submission" if sub else "now playing"
        tt = L(
            tt + sec(r.uniform(0.25, 1.1)),
            " INFO",
            AS_LASTFM,
            f"Successfully registered {kind} for song '%s' for user %s at Last.fm: %s",
            f"Successfully registered {kind} for song '{title}' for user {user} at Last.fm: {jinstant(when)}",
        )

    # -- the upgrade restart
    L(
        restart,
        " INFO",
        AS_UPNP,
        "Disabling UPnP/DLNA media server",
        "Disabling UPnP/DLNA media server",
    )
    pid["p"] = 48213
    t = L(
        at(9, 5, 41.882),
        " INFO",
        AS_APP,
        "Starting Application v%s using Java %s on %s with PID %s (%s started by %s in %s)",
        "Starting Application v11.0.0-SNAPSHOT using Java 17.0.11 on nas with PID 48213 (/opt/airsonic/airsonic.war started by airsonic in /var/airsonic)",
    )
    t = L(
        t + sec(0.004),
        " INFO",
        AS_APP,
        "No active profile set, falling back to %s default profile: %s",
        'No active profile set, falling back to 1 default profile: "default"',
    )
    t = L(
        t + sec(9.412),
        " INFO",
        "liquibase.lockservice",
        "Successfully acquired change log lock",
        "Successfully acquired change log lock",
    )
    t = L(
        t + sec(0.731),
        " INFO",
        "liquibase.changelog",
        "Reading from %s",
        "Reading from PUBLIC.DATABASECHANGELOG",
    )
    t = L(
        t + sec(1.204),
        " INFO",
        "liquibase.lockservice",
        "Successfully released change log lock",
        "Successfully released change log lock",
    )
    t = L(
        t + sec(3.118),
        " INFO",
        AS_SCANNER,
        "Automatic media library scanning scheduled to run every %s day(s), starting at %s",
        "Automatic media library scanning scheduled to run every 1 day(s), starting at 2024-06-08T03:00",
    )
    t = L(
        t + sec(0.281),
        " INFO",
        AS_PODCAST,
        "Automatic default Podcast update scheduled to run every %s hour(s), starting at %s",
        f"Automatic default Podcast update scheduled to run every 1 hour(s), starting at {jinstant(at(9, 11, 2.417349))}",
    )
    t = L(t + sec(1.6), " INFO", AS_UPNP, "Starting UPnP service...", "Starting UPnP service...")
    t = L(
        t + sec(0.512),
        " INFO",
        AS_UPNP,
        "Successfully started UPnP service on port %s!",
        "Successfully started UPnP service on port 4041!",
    )
    t = L(
        t + sec(0.873),
        " INFO",
        AS_UPNP,
        "Enabling UPnP/DLNA media server",
        "Enabling UPnP/DLNA media server",
    )
    L(
        up,
        " INFO",
        AS_APP,
        "Started Application in %s seconds (JVM running for %s)",
        "Started Application in 31.512 seconds (JVM running for 34.883)",
    )

    # -- carol opens the folder of a freshly copied album with broken files
    t = at(9, 34, 12)
    for name, kind in [
        ("07 - Interlude.mp3", "mp3"),
        ("11 - Hidden Track.mp3", "mp3"),
        ("02 - Lantern Song.flac", "flac"),
        ("09 - Reprise.mp3", "mp3"),
        ("13 - Outro.flac", "flac"),
    ]:
        path = f"/var/music/Incoming/The Hollow Comets/Live at the Orchard/{name}"
        if kind == "mp3":
            first = f"org.jaudiotagger.audio.exceptions.InvalidAudioFrameException: No audio header found within {name}"
            frames = [
                ("org.jaudiotagger.audio.mp3.MP3File.<init>", "MP3File.java:446", AS_JAT),
                ("org.jaudiotagger.audio.mp3.MP3FileReader.read", "MP3FileReader.java:39", AS_JAT),
            ]
        else:
            first = f"org.jaudiotagger.audio.exceptions.CannotReadException: {path} Flac Header not found, not a flac file"
            frames = [
                (
                    "org.jaudiotagger.audio.flac.FlacStreamReader.findStream",
                    "FlacStreamReader.java:109",
                    AS_JAT,
                ),
                (
                    "org.jaudiotagger.audio.flac.FlacInfoReader.read",
                    "FlacInfoReader.java:61",
                    AS_JAT,
                ),
                (
                    "org.jaudiotagger.audio.flac.FlacFileReader.getEncodingInfo",
                    "FlacFileReader.java:57",
                    AS_JAT,
                ),
                (
                    "org.jaudiotagger.audio.generic.AudioFileReader.read",
                    "AudioFileReader.java:224",
                    AS_JAT,
                ),
            ]
        t = L(
            t + sec(r.uniform(0.01, 0.2)),
            " WARN",
            AS_TAGS,
            "Error when parsing tags in %s",
            f"Error when parsing tags in {path}",
            stack(first, frames + AS_TAG_FRAMES),
        )

    # -- failed logins: carol's typos, then somebody guessing through the reverse proxy
    for ts in (at(9, 29, 51), at(9, 30, 8)):
        L(ts, " INFO", AS_SECURITY, "Login failed from [%s]", "Login failed from [10.0.1.57]")
    t = at(10, 40, 9)
    while t < at(10, 52, 30):
        t = L(
            t, " INFO", AS_SECURITY, "Login failed from [%s]", "Login failed from [45.155.205.233]"
        )
        t += sec(r.uniform(9, 15))
    return fs.logs(T0)


SYSTEMS = {
    "gearmand": gearmand,
    "c-icap": cicap,
    "e2guardian": e2guardian,
    "minidlna": minidlna,
    "airsonic-advanced": airsonic,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
