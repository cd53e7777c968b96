#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 180 (seafile, ocis, filebrowser, nzbget, znc) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five self-hosted file, download and chat servers,
06:00 to 12:00 on 2024-06-07. None of the five was in the set.

- Seafile 11.0 CE on MariaDB (`seafile.log`: seaf-server's own log, `[%Y-%m-%d %H:%M:%S]
  [LEVEL] file.c(line): msg` as common/log.c writes it, seaf_warning's `%s(%d): ` prefix with
  `../common/` on the shared sources; `seahub.log` and `seahub_django_request.log`: seahub's
  Django logging, `%(asctime)s [%(levelname)s] %(name)s:%(lineno)s %(funcName)s %(message)s`,
  the `django.request` logger into a file of its own): a library whose head commit object was
  lost in a botched restore, one desktop client asking for it all morning (`Get commit info
  failed: commit %s is missing.`); MariaDB restarted for an upgrade 08:20:10-08:27:40 (the
  in-flight statements' `Failed to prepare sql %s: MySQL server has gone away`, `DB error when
  get branch master.`, then every sync poll's `Failed to connect to MySQL: Can't connect to
  MySQL server on '%s' (%d)` and `DB error when check repo existence.`, pushes' `Repo %s is
  missing or corrupted.`, seahub's `Internal Server Error: %s` with Django's chained
  OperationalError traceback); seaf-server restarted at 09:40 (its `fileserver: ...` settings
  and the `Failed to read SEAFILE_MYSQL_DB_..._NAME, use ... by default` warnings); a password
  guesser 10:05-10:50 (`Login attempt limit reached, email/username: %s, ip: %s, attemps: %d`)
  and a second bot without cookies 10:20-10:35 (`Forbidden (CSRF cookie not set.): %s`);
  scanners' and stale links' `Not Found: %s` all morning.
- ownCloud Infinite Scale 5.0 (`ocis.log`: `docker logs` of the single `ocis server`
  container, zerolog JSON with `service`, reva's `pkg`/`traceid`, `time` in RFC 3339 seconds
  and ocis's own `line`): the proxy's `access-log` for two desktop clients polling their space
  (PROPFIND every 30 s), the web UI, token refreshes, TUS uploads (`POST` to the space, `PATCH
  /data/<token>`) each followed by the antivirus service's `TraceID` and `File scanned`, big
  files' `Skipping file to be virus scanned because ...`; browser tabs left open with expired
  tokens 06:00-06:40 (`Failed to parse/verify the access token.`, `failed to authenticate the
  request`, 401s); a backup script with a revoked app password every 10 minutes (`failed to
  authenticate request`, 401); clamd down 07:30-07:50 (`error scanning file`, scans retried); the
  users service unreachable 08:05-08:09 (`Could not get user by claim`, 500s); MinIO under
  maintenance 09:12-09:20 (storage-users' `unexpected error` and reva's `http` record, gateway's
  `unary` errors, 500s); an upgrade restart at 10:40 (each service's `starting server`, reva's
  `grpc server listening at %s:%s` and `http server listening at %s://%s`, the proxy's `could not
  initialize oidcAuth provider` while the IdP starts).
- File Browser 2.30 (`filebrowser.log`: `docker logs` of the container, Go's log with the
  default `2006/01/02 15:04:05 ` prefix): `http/data.go`'s `log.Printf("%s: %v %s %v", r.URL.Path,
  status, clientIP, err)` for every failed request (the path after the handler's prefix is
  stripped), with the error's own format: a NAS job polling a deleted folder every 30 s (`lstat
  %s: no such file or directory`), a password guesser on `/api/login` 10:02-10:40 (`403 ...
  <nil>`), expired sessions (401), thumbnails of broken images (`image: unknown format`,
  `unexpected EOF`), the disk full 08:41-09:10 (`write %s: no space left on device`), a restored
  folder owned by root (`open %s: permission denied`), expired shares (`not found`), upload and
  rename conflicts; `Failed to archive %s: %v` per file of zip downloads a client gave up on; the
  hooks' `[INFO] Nonblocking Command: "%s"` / `[INFO] Blocking Command: "%s"`; a restart at 09:12
  (`Caught signal %s: shutting down.`, `Using database: %s`, `Using config file: %s`, `Listening on
  %s`).
- NZBGet 24.1 (`nzbget.log`: its log file, ctime's `Fri Jun  7 06:00:01 2024`, a tab, the
  kind, a tab, the message; `DetailTarget=screen`, so no per-article lines): Sonarr's and
  Radarr's collections (`Collection %s added to queue`, `Successfully downloaded %s` per file,
  `Unpacking %s`, unrar's own lines behind `Unrar: ` (`Extracting from %s`, `Extracting %s`, `All
  OK`), `Unpack for %s successful`, `Deleting archive files`, `Deleting file %s`, `Cleaning up %s`,
  `Cleanup for %s successful`, `Moving completed files for %s`, `Moving file %s to %s`, `Move for
  %s successful`, `Collection %s added to history`); a release with missing articles repaired
  (`%i of %i article downloads failed for "%s"`, `Repairing %s`, `Successfully repaired %s`) and
  one taken down (`Cancelling download and deleting %s due to health %.1f%% below critical
  %.1f%%`); the main news server unreachable 08:10-08:24 (`Connection to %s failed: ErrNo %i,
  Connection timed out`, `Blocking %s (%s) for %i sec`) and the block account refusing
  (`Authorization for %s (%s) failed: %s`); the disk filling at 10:15 (`Low disk space on %s.
  Pausing download`, `Unrar error code: %i`, `Unpack for %s failed`); the container updated at
  11:00 (`nzbget %s server-mode`); old history entries expiring (`Collection %s removed from
  history`).
- ZNC 1.8.2 (Debian 12's package) on two bouncers (`znc.log`: bnc1's adminlog file, `[%Y-%m-%d %H:%M:%S] ` then the
  module's concatenated message; `bnc1-syslog`: bnc1's syslog with what `znc --foreground`
  prints under systemd when it is restarted at 09:45; `bnc2-syslog`: bnc2, whose adminlog target
  is syslog, `Jun  7 06:00:01 bnc2 znc[1187]: ...`): clients connecting and leaving (`[%s]
  connected to ZNC from %s`, `[%s] disconnected from ZNC from %s`, mobile clients every few
  minutes), networks (`[%s/%s] connected to IRC: %s`, `[%s/%s] disconnected from IRC`, and
  `[%s/%s] disconnected from IRC: %s [%s]` with the server's ERROR text, whose format is its own:
  `Closing Link: %s (Ping timeout: %d seconds)`, `(Excess Flood)`, `(K-Lined)`, `(Quit: %s)`);
  bnc1's uplink dropping at 07:40 (every network at once), OFTC lagging at 09:05, bnc1 restarted
  at 09:45 (`Logging ended.`, the networks' `Quit`, `Logging started. ZNC PID[%s]
  UID/GID[%s:%s]`, and in its syslog `Opening config [%s]... `, `Loading global module [%s]...
  [%s]`, `Binding to port [%s]... `, `Loading user [%s]`, `Loading network [%s]`, `Adding server
  [%s]... `, `Loading network module [%s]... [%s]`, `Loading user module [%s]... [%s]`, `Staying
  open for debugging [pid: %s]`, `ZNC %s - https://znc.in`); a password guesser against bnc2
  10:10-11:02 (`[%s] failed to login from %s`).

Label notes. The log heads are context: seaf-server's date, level and `file.c(line): ` (the
macro's prefix, as Ofelia's `file:line`), seahub's date, level, logger, line and function,
zerolog's fields around `message`, Go's date, NZBGet's date and kind, adminlog's date and the
syslog head. A JSON line's label is its `message`; the proxy's `access-log` records and reva's
`http` records are labelled as the set's access records are (method, route with ids and file
paths as values, status: `PROPFIND /remote.php/dav/spaces/%s 207`). A value that is a message of
its own contributes its format: MySQL's error text (`Can't connect to MySQL server on '%s'
(%d)`, `MySQL server has gone away`), Django's CSRF reason, File Browser's Go errors (`lstat %s:
no such file or directory`, `<nil>` for a nil error), strerror in NZBGet's `ErrNo %i, %s`, an IRC
server's ERROR text. A SQL statement is one value. NZBGet's `%s %s` with `Unpack for %s` and
`successful` (a literal argument) is `Unpack for %s successful`; unrar's lines after the literal
`Unrar: ` prefix are unrar's formats. ZNC's adminlog builds its lines by concatenation: the
pieces between the values are wording. ZNC's `PrintAction` and `PrintStatus` write one line
between them (`Loading global module [%s]... [%s]`).

Least sure (written from the helper's knowledge; seaf-server's log head and its
`http-server.c` and `seaf-db.c` messages, oCIS's proxy middlewares and antivirus service, File
Browser's `handle`, runner, `raw.go` and start-up lines, NZBGet's log head, unpack, cleanup, move,
health, connection and history messages, and ZNC's adminlog module and `CUtils::PrintAction` /
`PrintStatus` were checked against copies of their sources): seaf-server's file line numbers,
`fileserver: fixed_block_size` and `web_token_expire_time` coming from seafile-session.c and the
`Failed to read SEAFILE_MYSQL_DB_..._NAME` warnings; seahub's `Login attempt limit reached`
wording and logger line; oCIS's `starting server` fields, reva's listening lines, the `unary` and
`http` record fields and the blob error text; File Browser's `lstat` (not `stat`) error and the
archiver's `copying contents` wrapping; NZBGet's `Unrar: Extracting %s` spacing, that no
par-check verification lines are written with `DetailTarget=screen`, the order of cleanup and
move; ZNC's module status text (`[%s]` with the module's path) and `Staying open for debugging`.
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
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at, in_any
from generate_round156 import pyts, traceback

# ---------------------------------------------------------------------------------- seafile

SF_TOP = "/opt/seafile/seafile-server-11.0.9"
SF_TP = f"{SF_TOP}/seahub/thirdpart"
SF_USERS = [
    "m.keller@example.org",
    "a.novak@example.org",
    "j.hansen@example.org",
    "s.moreau@example.org",
    "t.weber@example.org",
    "l.rossi@example.org",
    "k.yilmaz@example.org",
    "p.lindqvist@example.org",
]
SF_GUESSES = [
    "admin",
    "admin@example.org",
    "administrator",
    "root",
    "info@example.org",
    "test",
    "seafile",
    "m.keller@example.org",
    "support@example.org",
    "a.novak@example.org",
]
SF_NOT_FOUND = [
    "/wp-login.php",
    "/.env",
    "/xmlrpc.php",
    "/wp-admin/setup-config.php",
    "/.git/config",
    "/owa/auth/logon.aspx",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
    "/actuator/health",
    "/cgi-bin/luci/;stok=/locale",
    "/server-status",
]
SF_DJANGO_DB = [
    (f"{SF_TP}/django/db/backends/base/base.py", 289, "ensure_connection", "self.connect()"),
    (f"{SF_TP}/django/utils/asyncio.py", 26, "inner", "return func(*args, **kwargs)"),
    (
        f"{SF_TP}/django/db/backends/base/base.py",
        270,
        "connect",
        "self.connection = self.get_new_connection(conn_params)",
    ),
    (f"{SF_TP}/django/utils/asyncio.py", 26, "inner", "return func(*args, **kwargs)"),
    (
        f"{SF_TP}/django/db/backends/mysql/base.py",
        247,
        "get_new_connection",
        "connection = Database.connect(**conn_params)",
    ),
    (
        "/usr/local/lib/python3.10/dist-packages/MySQLdb/__init__.py",
        121,
        "Connect",
        "return Connection(*args, **kwargs)",
    ),
    (
        "/usr/local/lib/python3.10/dist-packages/MySQLdb/connections.py",
        195,
        "__init__",
        "super().__init__(*args, **kwargs2)",
    ),
]
SF_VIEWS = {
    "/api2/repos/": (
        f"{SF_TOP}/seahub/seahub/api2/views.py",
        553,
        "get",
        "starred_repos = UserStarredFiles.objects.get_starred_repos_by_user(email)",
    ),
    "/api/v2.1/repos/": (
        f"{SF_TOP}/seahub/seahub/api2/endpoints/repos.py",
        104,
        "get",
        "starred_repo_id_list = UserStarredFiles.objects.get_starred_repos_by_user(email)",
    ),
    "/api2/repos/{}/dir/": (
        f"{SF_TOP}/seahub/seahub/api2/views.py",
        2311,
        "get",
        "for share in FileShare.objects.filter(repo_id=repo_id, path__startswith=path):",
    ),
    "/api2/account/info/": (
        f"{SF_TOP}/seahub/seahub/api2/views.py",
        397,
        "get",
        "profile = Profile.objects.get_profile_by_user(email)",
    ),
}


def seafile(r: random.Random) -> list[Log]:
    """Seafile 11 for a 40-person office, 06:00 to 12:00: a library with a lost head commit asked
    for by one client until seaf-server is restarted at 09:40, MariaDB restarted 08:20:10-08:27:40,
    a password guesser 10:05-10:50 and a cookie-less bot 10:20-10:35, scanners all morning."""
    fs = Files()
    pid = [2387]
    workers = [1411, 1412, 1413, 1414, 1415]

    def S(t: datetime, level: str, src: str, label: str, msg: str) -> datetime:
        p = pid[0]
        return fs.add(
            "seafile.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] [{level}] {src}: {msg}"],
            ("seaf-server", p),
            1_000_000,
        )

    def H(
        f: str,
        t: datetime,
        level: str,
        where: str,
        label: str,
        lines: list[str],
    ) -> datetime:
        w = r.choice(workers)
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{pyts(x)} [{level}] {where} {lines[0]}", *lines[1:]],
            ("seahub", w),
            1000,
        )

    def startup(t: datetime) -> datetime:
        msgs = [
            (
                "WARNING",
                "../common/seaf-utils.c(553)",
                "Failed to read SEAFILE_MYSQL_DB_CCNET_DB_NAME, use ccnet_db by default",
                "Failed to read SEAFILE_MYSQL_DB_CCNET_DB_NAME, use ccnet_db by default",
            ),
            (
                "WARNING",
                "../common/seaf-utils.c(581)",
                "Failed to read SEAFILE_MYSQL_DB_SEAFILE_DB_NAME, use seafile_db by default",
                "Failed to read SEAFILE_MYSQL_DB_SEAFILE_DB_NAME, use seafile_db by default",
            ),
            (
                "INFO",
                "seafile-session.c(64)",
                "fileserver: web_token_expire_time = %d",
                "fileserver: web_token_expire_time = 3600",
            ),
            (
                "INFO",
                "seafile-session.c(76)",
                "fileserver: max_index_processing_threads= %d",
                "fileserver: max_index_processing_threads= 3",
            ),
            (
                "INFO",
                "seafile-session.c(89)",
                "fileserver: fixed_block_size = %ld",
                "fileserver: fixed_block_size = 8388608",
            ),
            (
                "INFO",
                "http-server.c(193)",
                "fileserver: worker_threads = %d",
                "fileserver: worker_threads = 10",
            ),
            (
                "INFO",
                "http-server.c(205)",
                "fileserver: verify_client_blocks = %d",
                "fileserver: verify_client_blocks = 1",
            ),
            (
                "INFO",
                "http-server.c(229)",
                "fileserver: cluster_shared_temp_file_mode = %o",
                "fileserver: cluster_shared_temp_file_mode = 600",
            ),
        ]
        for level, src, label, msg in msgs:
            t = S(t + sec(r.uniform(0.001, 0.05)), level, src, label, msg)
        return t

    t0, t_end = T0, T_END
    db_down = (at(8, 20, 10), at(8, 27, 40))
    restart = at(9, 40, 5)
    bad_commit = hexid(r, 40)
    repos = [uuid4(r) for _ in range(60)]
    clients = [(u, r.sample(repos, r.randint(2, 7))) for u in SF_USERS for _ in range(3)][:20]

    # the lost head commit: one client asking for it until the restart and fsck at 09:40
    t = t0 + sec(r.uniform(5, 40))
    while t < restart:
        if not (db_down[0] <= t < db_down[1]):
            S(
                t,
                "WARNING",
                "http-server.c(1419)",
                "Get commit info failed: commit %s is missing.",
                f"Get commit info failed: commit {bad_commit} is missing.",
            )
        t += sec(r.uniform(42, 58))

    # MariaDB restarted: first the statements in flight, then every poll fails to connect
    in_flight = []
    for _ in range(9):
        _u, rs = r.choice(clients)
        ids = ",".join(f"'{x}'" for x in rs)
        in_flight.append(
            (
                f"SELECT repo_id, commit_id FROM Branch WHERE name='master' AND repo_id IN ({ids}) LOCK IN SHARE MODE",
                "",
            )
        )
    for _ in range(5):
        in_flight.append(
            ("SELECT commit_id FROM Branch WHERE name='master' AND repo_id=?", "branch")
        )
    for _ in range(3):
        in_flight.append(("SELECT repo_id, origin_repo FROM VirtualRepo where repo_id = ?", ""))
    r.shuffle(in_flight)
    t = db_down[0]
    for sql, kind in in_flight:
        t = S(
            t + sec(r.uniform(0.1, 1.2)),
            "WARNING",
            "../common/seaf-db.c(791)",
            "Failed to prepare sql %s: MySQL server has gone away",
            f"Failed to prepare sql {sql}: MySQL server has gone away",
        )
        if kind == "branch":
            t = S(
                t + sec(0.001),
                "WARNING",
                "http-server.c(836)",
                "DB error when get branch master.",
                "DB error when get branch master.",
            )
    polls = []
    for _u, _rs in clients:
        tp = db_down[0] + sec(r.uniform(15, 45))
        while tp < db_down[1]:
            polls.append((tp, r.random() < 0.12))
            tp += sec(r.uniform(29, 33))
    for tp, single in sorted(polls):
        tt = S(
            tp,
            "WARNING",
            "../common/seaf-db.c(712)",
            "Failed to connect to MySQL: Can't connect to MySQL server on '%s' (%d)",
            "Failed to connect to MySQL: Can't connect to MySQL server on 'db' (111)",
        )
        if single:
            S(
                tt + sec(0.001),
                "WARNING",
                "http-server.c(805)",
                "DB error when check repo existence.",
                "DB error when check repo existence.",
            )
    for tp in sorted(db_down[0] + sec(r.uniform(30, 420)) for _ in range(6)):
        S(
            tp,
            "WARNING",
            "http-server.c(1205)",
            "Repo %s is missing or corrupted.",
            f"Repo {r.choice(repos)} is missing or corrupted.",
        )
    # seahub's 500s while the database is away
    for tp in sorted(db_down[0] + sec(r.uniform(5, 440)) for _ in range(18)):
        key = r.choice(list(SF_VIEWS))
        view = SF_VIEWS[key]
        path = key.format(r.choice(repos))
        code = 2002 if tp > db_down[0] + sec(20) else 2013
        err = (
            "(2002, \"Can't connect to MySQL server on 'db' (115)\")"
            if code == 2002
            else "(2013, 'Lost connection to MySQL server during query')"
        )
        tb = [
            f"Internal Server Error: {path}",
            *traceback(SF_DJANGO_DB, [f"MySQLdb.OperationalError: {err}"]),
            "",
            "The above exception was the direct cause of the following exception:",
            "",
            *traceback(
                [
                    (
                        f"{SF_TP}/django/core/handlers/exception.py",
                        55,
                        "inner",
                        "response = get_response(request)",
                    ),
                    (
                        f"{SF_TP}/django/core/handlers/base.py",
                        197,
                        "_get_response",
                        "response = wrapped_callback(request, *callback_args, **callback_kwargs)",
                    ),
                    (
                        f"{SF_TP}/django/views/decorators/csrf.py",
                        56,
                        "wrapper_view",
                        "return view_func(*args, **kwargs)",
                    ),
                    (
                        f"{SF_TP}/django/views/generic/base.py",
                        104,
                        "view",
                        "return self.dispatch(request, *args, **kwargs)",
                    ),
                    (
                        f"{SF_TP}/rest_framework/views.py",
                        509,
                        "dispatch",
                        "response = self.handle_exception(exc)",
                    ),
                    view,
                    (
                        f"{SF_TP}/django/db/models/query.py",
                        1928,
                        "_fetch_all",
                        "self._result_cache = list(self._iterable_class(self))",
                    ),
                    (
                        f"{SF_TP}/django/db/backends/base/base.py",
                        330,
                        "cursor",
                        "return self._cursor()",
                    ),
                    (
                        f"{SF_TP}/django/db/backends/base/base.py",
                        306,
                        "_cursor",
                        "self.ensure_connection()",
                    ),
                    (
                        f"{SF_TP}/django/utils/asyncio.py",
                        26,
                        "inner",
                        "return func(*args, **kwargs)",
                    ),
                    (
                        f"{SF_TP}/django/db/backends/base/base.py",
                        288,
                        "ensure_connection",
                        "with self.wrap_database_errors:",
                    ),
                    (
                        f"{SF_TP}/django/db/utils.py",
                        91,
                        "__exit__",
                        "raise dj_exc_value.with_traceback(traceback) from exc_value",
                    ),
                    *SF_DJANGO_DB,
                ],
                [f"django.db.utils.OperationalError: {err}"],
            ),
        ]
        H(
            "seahub_django_request.log",
            tp,
            "ERROR",
            "django.request:241 log_response",
            "Internal Server Error: %s",
            tb,
        )
    # seaf-server restarted after the fsck
    pid[0] = 31877
    startup(restart)
    # scanners and stale links
    for tp in poisson(r, t0, t_end, 85):
        if r.random() < 0.3:
            path = f"/api2/repos/{r.choice(repos)}/file/"
        elif r.random() < 0.15:
            path = f"/lib/{r.choice(repos)}/file/Shared/{r.choice(['Budget 2024.xlsx', 'Offer-Draft.docx', 'IMG_4471.jpg', 'notes.md'])}"
        else:
            path = r.choice(SF_NOT_FOUND)
        H(
            "seahub_django_request.log",
            tp,
            "WARNING",
            "django.request:241 log_response",
            "Not Found: %s",
            [f"Not Found: {path}"],
        )
    # a password guesser and a cookie-less bot
    tries: dict[tuple[str, str], int] = {}
    for ip, span, mean in [
        ("45.155.205.12", (at(10, 5, 3), at(10, 50, 40)), 3.6),
        ("185.196.9.41", (at(10, 31, 0), at(10, 47, 0)), 6.0),
    ]:
        for tp in poisson(r, span[0], span[1], mean):
            login = r.choice(SF_GUESSES)
            n = tries.get((login, ip), 0) + 1
            tries[(login, ip)] = n
            if n < 3:
                continue
            H(
                "seahub.log",
                tp,
                "WARNING",
                "seahub.auth.views:210 login",
                "Login attempt limit reached, email/username: %s, ip: %s, attemps: %d",
                [f"Login attempt limit reached, email/username: {login}, ip: {ip}, attemps: {n}"],
            )
    for tp in poisson(r, at(10, 20, 0), at(10, 35, 0), 2.9):
        H(
            "seahub.log",
            tp,
            "WARNING",
            "django.security.csrf:241 log_response",
            "Forbidden (CSRF cookie not set.): %s",
            ["Forbidden (CSRF cookie not set.): /accounts/login/"],
        )
    return fs.logs(t0)


# ------------------------------------------------------------------------------------- ocis

OC_STORAGE = "1284d238-aa92-42ce-bdc4-0b0000009157"
OC_MW = "github.com/owncloud/ocis/v2/services/proxy/pkg/middleware"
OC_HOST = "cloud.example.org"
OC_SERVICES_HTTP = [
    ("proxy", "0.0.0.0:9200"),
    ("web", "127.0.0.1:9100"),
    ("ocs", "127.0.0.1:9110"),
    ("graph", "127.0.0.1:9120"),
    ("idp", "127.0.0.1:9130"),
    ("settings", "127.0.0.1:9190"),
    ("thumbnails", "127.0.0.1:9186"),
    ("userlog", "127.0.0.1:9210"),
    ("sse", "127.0.0.1:9135"),
]
OC_SERVICES_GRPC = [
    ("settings", "127.0.0.1:9191"),
    ("thumbnails", "127.0.0.1:9185"),
    ("search", "127.0.0.1:9220"),
    ("eventhistory", "127.0.0.1:9274"),
]
OC_REVA_GRPC = [
    ("gateway", "127.0.0.1:9142"),
    ("users", "127.0.0.1:9144"),
    ("groups", "127.0.0.1:9160"),
    ("auth-basic", "127.0.0.1:9146"),
    ("auth-machine", "127.0.0.1:9166"),
    ("sharing", "127.0.0.1:9150"),
    ("storage-system", "127.0.0.1:9215"),
    ("storage-users", "127.0.0.1:9157"),
]
OC_REVA_HTTP = [
    ("frontend", "127.0.0.1:9140"),
    ("ocdav", "127.0.0.1:9350"),
    ("storage-system", "127.0.0.1:9216"),
    ("storage-users", "127.0.0.1:9158"),
]
OC_FILES = [
    "Documents/Quarterly Report Q2.docx",
    "Documents/Board Minutes 2024-05.pdf",
    "Projects/Atlas/specs/api-v3.md",
    "Projects/Atlas/design/mockup-dashboard.fig",
    "Photos/2024-06 Offsite/IMG_2031.JPG",
    "Photos/2024-06 Offsite/IMG_2047.JPG",
    "Finance/Invoices/INV-2024-0412.pdf",
    "Finance/Budget 2025.xlsx",
    "Shared/Onboarding/Handbook.pdf",
    "Projects/Atlas/builds/atlas-installer-3.2.1.msi",
    "Videos/Town Hall 2024-06-05.mp4",
]


def zj(fields: list[tuple[str, object]]) -> str:
    """One zerolog JSON line, the fields in the order they were added."""
    return (
        "{"
        + ",".join(f"{json.dumps(k)}:{json.dumps(v, separators=(',', ':'))}" for k, v in fields)
        + "}"
    )


def ocis(r: random.Random) -> list[Log]:
    """One `ocis server` container behind Traefik for a small team, 06:00 to 12:00: desktop
    clients and the web UI, browser tabs with expired tokens 06:00-06:40, a backup script with a
    revoked app password, clamd down 07:30-07:50, the users service unreachable 08:05-08:09, MinIO
    under maintenance 09:12-09:20, an upgrade restart at 10:40."""
    fs = Files()
    F = "ocis.log"
    users = {u: uuid4(r) for u in ["mkeller", "jhansen", "smoreau", "backup-svc"]}

    def space(u: str) -> str:
        return f"{OC_STORAGE}${users[u]}"

    def J(
        t: datetime,
        level: str,
        service: str,
        label: str,
        message: str,
        fields: list[tuple[str, object]],
        line: str | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            f: list[tuple[str, object]] = [("level", level), ("service", service), *fields]
            f.append(("time", f"{x:%Y-%m-%dT%H:%M:%SZ}"))
            if line:
                f.append(("line", line))
            f.append(("message", message))
            return [zj(f)]

        return fs.add(F, t, label, text, "ocis", 1_000_000)

    def access(
        t: datetime, method: str, path: str, status: int, label: str, remote: str, nbytes: int
    ) -> datetime:
        dur = round(r.uniform(2.0, 60.0) if status != 500 else r.uniform(30, 400), 6)
        return J(
            t,
            "info",
            "proxy",
            label,
            "access-log",
            [
                ("proto", "HTTP/1.1"),
                ("request-id", hexid(r, 32)),
                ("traceid", hexid(r, 32)),
                ("remote-addr", remote),
                ("method", method),
                ("status", status),
                ("path", path),
                ("duration", dur),
                ("bytes", nbytes),
            ],
            f"{OC_MW}/accesslog.go:34",
        )

    restart = (at(10, 40, 2), at(10, 41, 15))
    users_down = (at(8, 5, 11), at(8, 9, 2))
    clamd_down = (at(7, 30, 0), at(7, 50, 20))
    minio_down = (at(9, 12, 0), at(9, 20, 30))

    def up(t: datetime) -> bool:
        return not (restart[0] - sec(1) <= t < restart[1] + sec(30))

    def user_lookup_fails(t: datetime, remote: str) -> bool:
        if not users_down[0] <= t < users_down[1]:
            return False
        tid = hexid(r, 32)
        st = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
        t = J(
            t,
            "error",
            "gateway",
            "unary",
            "unary",
            [
                ("pkg", "rgrpc"),
                ("traceid", tid),
                ("user-agent", "grpc-go/1.62.1"),
                ("from", f"tcp://127.0.0.1:{r.randint(40000, 60000)}"),
                ("uri", "/cs3.gateway.v1beta1.GatewayAPI/GetUserByClaim"),
                ("start", st),
                ("end", st),
                ("time_ns", r.randint(900_000, 4_000_000)),
                ("code", "Unavailable"),
            ],
        )
        J(
            t + sec(0.001),
            "error",
            "proxy",
            "Could not get user by claim",
            "Could not get user by claim",
            [
                (
                    "error",
                    'rpc error: code = Unavailable desc = last connection error: connection error: desc = "transport: Error while dialing: dial tcp 127.0.0.1:9144: connect: connection refused"',
                )
            ],
            f"{OC_MW}/account_resolver.go:113",
        )
        return True

    # the desktop clients: m.keller all day, j.hansen from 08:00
    for u, ip, start in [("mkeller", "10.20.0.31", T0), ("jhansen", "10.20.0.47", at(8, 0, 12))]:
        t = start + sec(r.uniform(1, 29))
        while t < T_END:
            if up(t):
                path = f"/remote.php/dav/spaces/{space(u)}"
                if user_lookup_fails(t, ip):
                    access(
                        t + sec(0.002),
                        "PROPFIND",
                        path,
                        500,
                        "PROPFIND /remote.php/dav/spaces/%s 500",
                        ip,
                        0,
                    )
                else:
                    access(
                        t,
                        "PROPFIND",
                        path,
                        207,
                        "PROPFIND /remote.php/dav/spaces/%s 207",
                        ip,
                        r.randint(1050, 1900),
                    )
            t += sec(r.uniform(29.5, 31.5))
        t = start + sec(r.uniform(60, 240))
        while t < T_END:
            if up(t) and not users_down[0] <= t < users_down[1]:
                access(
                    t,
                    "POST",
                    "/konnect/v1/token",
                    200,
                    "POST /konnect/v1/token 200",
                    ip,
                    r.randint(1480, 1620),
                )
            t += sec(r.uniform(290, 300))

    # the web UI: s.moreau from 08:30
    ipw = "10.20.0.58"
    t = at(8, 31, 40)
    while t < at(11, 52):
        if up(t):
            access(
                t,
                "GET",
                "/ocs/v2.php/apps/notifications/api/v1/notifications",
                200,
                "GET /ocs/v2.php/apps/notifications/api/v1/notifications 200",
                ipw,
                r.choice([96, 96, 412, 733]),
            )
        t += sec(r.uniform(118, 122))
    for t in poisson(r, at(8, 31, 0), at(11, 50), 420):
        if up(t) and not users_down[0] <= t < users_down[1]:
            access(
                t,
                "GET",
                "/graph/v1.0/me/drives",
                200,
                "GET /graph/v1.0/me/drives 200",
                ipw,
                r.randint(2800, 4100),
            )
    t = at(8, 33, 5)
    while t < at(11, 50):
        if up(t):
            access(
                t,
                "POST",
                "/konnect/v1/token",
                200,
                "POST /konnect/v1/token 200",
                ipw,
                r.randint(1480, 1620),
            )
        t += sec(r.uniform(296, 300))

    # browser tabs left open overnight: their tokens expired
    for ip in ["10.20.0.64", "10.20.0.71"]:
        t = T0 + sec(r.uniform(3, 50))
        expired = r.uniform(3600 * 7, 3600 * 9)
        while t < at(6, 40):
            age = expired + (t - T0).total_seconds()
            d = f"{int(age // 3600)}h{int(age % 3600 // 60)}m{int(age % 60)}s"
            t = J(
                t,
                "info",
                "proxy",
                "Failed to parse/verify the access token.",
                "Failed to parse/verify the access token.",
                [("error", f"token is expired by {d}")],
                f"{OC_MW}/oidc_auth.go:151",
            )
            path = "/ocs/v2.php/apps/notifications/api/v1/notifications"
            t = J(
                t + sec(0.001),
                "error",
                "proxy",
                "failed to authenticate the request",
                "failed to authenticate the request",
                [
                    ("error", f"failed to verify access token: token is expired by {d}"),
                    ("authenticator", "oidc"),
                    ("path", path),
                ],
                f"{OC_MW}/oidc_auth.go:247",
            )
            access(
                t + sec(0.001),
                "GET",
                path,
                401,
                "GET /ocs/v2.php/apps/notifications/api/v1/notifications 401",
                ip,
                0,
            )
            t += sec(r.uniform(58, 62))

    # the backup script's revoked app password
    t = T0 + sec(r.uniform(60, 500))
    while t < T_END:
        if up(t):
            path = f"/remote.php/dav/spaces/{space('backup-svc')}"
            tt = J(
                t,
                "error",
                "proxy",
                "failed to authenticate request",
                "failed to authenticate request",
                [
                    (
                        "error",
                        "could not authenticate with username and password user: backup-svc, got code: 15",
                    ),
                    ("authenticator", "basic"),
                    ("path", path),
                ],
                f"{OC_MW}/basic_auth.go:39",
            )
            access(
                tt + sec(0.001),
                "PROPFIND",
                path,
                401,
                "PROPFIND /remote.php/dav/spaces/%s 401",
                "10.20.3.9",
                0,
            )
        t += sec(r.uniform(598, 603))

    # uploads, and the antivirus step of their postprocessing
    def scan(t: datetime, upload: str, name: str, size: int, u: str) -> None:
        delay = 5.0
        while True:
            t = J(
                t,
                "info",
                "antivirus",
                "TraceID",
                "TraceID",
                [("traceID", hexid(r, 32))],
                "github.com/owncloud/ocis/v2/services/antivirus/pkg/service/service.go:139",
            )
            outcome = "continue"
            if size > 100 * 1024 * 1024:
                t = J(
                    t + sec(0.001),
                    "info",
                    "antivirus",
                    "Skipping file to be virus scanned because its file size is higher than the defined limit.",
                    "Skipping file to be virus scanned because its file size is higher than the defined limit.",
                    [("uploadid", upload), ("limit", 104857600), ("filesize", size)],
                    "github.com/owncloud/ocis/v2/services/antivirus/pkg/service/service.go:223",
                )
            elif in_any(t, [clamd_down]):
                outcome = "retry"
                t = J(
                    t + sec(r.uniform(0.01, 0.2)),
                    "error",
                    "antivirus",
                    "error scanning file",
                    "error scanning file",
                    [
                        (
                            "error",
                            "dial unix /run/clamav/clamd.sock: connect: no such file or directory",
                        ),
                        ("uploadid", upload),
                    ],
                    "github.com/owncloud/ocis/v2/services/antivirus/pkg/service/service.go:247",
                )
            elif in_any(t, [minio_down]):
                outcome = "retry"
                t = J(
                    t + sec(r.uniform(0.05, 0.4)),
                    "error",
                    "antivirus",
                    "error downloading file",
                    "error downloading file",
                    [("error", "unexpected status code from Download 500"), ("uploadid", upload)],
                    "github.com/owncloud/ocis/v2/services/antivirus/pkg/service/service.go:240",
                )
            t = J(
                t + sec(r.uniform(0.05, 1.5)),
                "info",
                "antivirus",
                "File scanned",
                "File scanned",
                [
                    ("uploadid", upload),
                    (
                        "resourceID",
                        {"storage_id": OC_STORAGE, "opaque_id": uuid4(r), "space_id": users[u]},
                    ),
                    ("virus", ""),
                    ("outcome", outcome),
                    ("filename", name),
                    ("user", users[u]),
                    ("infected", False),
                    (
                        "duration",
                        round(r.uniform(40, 900), 6)
                        if outcome == "continue"
                        else round(r.uniform(1, 300), 6),
                    ),
                ],
                "github.com/owncloud/ocis/v2/services/antivirus/pkg/service/service.go:170",
            )
            if outcome == "continue":
                return
            t += sec(delay + r.uniform(0, 1))
            delay *= 2

    uploaders = [
        ("mkeller", "10.20.0.31", T0, T_END, 520),
        ("smoreau", ipw, at(8, 35), at(11, 45), 900),
    ]
    for u, ip, a, b, mean in uploaders:
        for t in poisson(r, a, b, mean):
            if not up(t) or users_down[0] <= t < users_down[1]:
                continue
            path = r.choice(OC_FILES)
            folder = path.rsplit("/", 1)[0]
            name = path.rsplit("/", 1)[1]
            size = (
                r.randint(150, 900) * 1024 * 1024
                if name.endswith((".mp4", ".msi"))
                else r.randint(40_000, 9_000_000)
            )
            t = access(
                t,
                "POST",
                f"/remote.php/dav/spaces/{space(u)}/{folder}",
                201,
                "POST /remote.php/dav/spaces/%s 201",
                ip,
                0,
            )
            t = access(
                t + sec(size / 8e6 + r.uniform(0.2, 2)),
                "PATCH",
                f"/data/{hexid(r, 8)}.{hexid(r, 36)}",
                204,
                "PATCH /data/%s 204",
                ip,
                0,
            )
            scan(t + sec(r.uniform(0.3, 1.5)), uuid4(r), name, size, u)

    # downloads; MinIO under maintenance 09:12-09:20
    for u, ip, a, b, mean in [
        ("jhansen", "10.20.0.47", at(8, 1), T_END, 300),
        ("smoreau", ipw, at(8, 35), at(11, 50), 600),
    ]:
        for t in poisson(r, a, b, mean):
            if not up(t) or users_down[0] <= t < users_down[1]:
                continue
            path = f"/remote.php/dav/spaces/{space(u)}/{r.choice(OC_FILES)}"
            if in_any(t, [minio_down]):
                node = uuid4(r)
                st = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
                tid = hexid(r, 32)
                tt = J(
                    t,
                    "error",
                    "storage-users",
                    "unexpected error",
                    "unexpected error",
                    [
                        ("pkg", "rhttp"),
                        ("traceid", tid),
                        ("request-id", hexid(r, 32)),
                        ("svc", "datatx"),
                        ("handler", "download"),
                        (
                            "error",
                            f"Decomposedfs: error download blob '{node}': blob path: {users[u]}/{node[:2]}/{node[2:4]}/{node[4:6]}/{node[6:8]}/{node[9:]}: dial tcp 10.20.0.9:9000: connect: connection refused",
                        ),
                        ("action", "download"),
                    ],
                )
                tt = J(
                    tt + sec(0.001),
                    "error",
                    "storage-users",
                    "GET /data/spaces/%s 500",
                    "http",
                    [
                        ("pkg", "rhttp"),
                        ("traceid", tid),
                        ("host", "127.0.0.1"),
                        ("method", "GET"),
                        ("uri", f"/data/spaces/{OC_STORAGE}${users[u]}%21{node}"),
                        ("url", "/"),
                        ("proto", "HTTP/1.1"),
                        ("status", 500),
                        ("size", 0),
                        ("start", st),
                        ("end", st),
                        ("time_ns", r.randint(20_000_000, 160_000_000)),
                    ],
                )
                access(
                    tt + sec(0.001), "GET", path, 500, "GET /remote.php/dav/spaces/%s/%s 500", ip, 0
                )
            else:
                access(
                    t,
                    "GET",
                    path,
                    200,
                    "GET /remote.php/dav/spaces/%s/%s 200",
                    ip,
                    r.randint(40_000, 9_000_000),
                )

    # the upgrade restart at 10:40
    t = restart[1]
    starts: list[tuple[str, str, str, str]] = []
    for svc, addr in OC_REVA_GRPC:
        starts.append(
            (svc, "rgrpc", "grpc server listening at %s:%s", f"grpc server listening at tcp:{addr}")
        )
    for svc, addr in OC_REVA_HTTP:
        starts.append(
            (
                svc,
                "rhttp",
                "http server listening at %s://%s",
                f"http server listening at http://{addr}",
            )
        )
    for svc, addr in OC_SERVICES_HTTP:
        starts.append((svc, "http", "starting server", addr))
    for svc, addr in OC_SERVICES_GRPC:
        starts.append((svc, "grpc", "starting server", addr))
    r.shuffle(starts)
    for svc, kind, label, msg in starts:
        t += sec(r.uniform(0.05, 0.6))
        if kind in ("rgrpc", "rhttp"):
            t = J(t, "info", svc, label, msg, [("pkg", kind)])
        else:
            t = J(
                t,
                "info",
                svc,
                label,
                "starting server",
                [("transport", kind), ("addr", msg)],
                f"github.com/owncloud/ocis/v2/ocis-pkg/service/{kind}/service.go:{38 if kind == 'http' else 52}",
            )
    for _ in range(3):
        t = J(
            t + sec(r.uniform(0.5, 3)),
            "error",
            "proxy",
            "could not initialize oidcAuth provider",
            "could not initialize oidcAuth provider",
            [
                (
                    "error",
                    f'Get "https://{OC_HOST}/.well-known/openid-configuration": dial tcp 10.20.0.2:443: connect: connection refused',
                )
            ],
            f"{OC_MW}/oidc_auth.go:218",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ filebrowser

FB_REQ = "%s: %v %s %v"
FB_PHOTOS = [f"Photos/2024/06/IMG_{n:04d}.JPG" for n in range(4380, 4460)]
FB_DOCS = [
    "Documents/Invoices/2024-05.pdf",
    "Documents/Invoices/2024-06.pdf",
    "Documents/Taxes/2023/receipts.zip",
    "Documents/Contracts/lease-renewal.pdf",
    "Music/Playlists/summer.m3u",
    "Uploads/scan_0607_0812.pdf",
]
FB_GUESS_IPS = ["185.220.101.34", "185.220.101.47", "45.141.84.120"]


def gots(t: datetime) -> str:
    """Go's log package's default prefix."""
    return f"{t:%Y/%m/%d %H:%M:%S}"


def filebrowser(r: random.Random) -> list[Log]:
    """One File Browser container behind Caddy on a home server, 06:00 to 12:00: a NAS job polling
    a deleted folder, expired sessions, broken thumbnails, the data disk full 08:41-09:10 and the
    container restarted at 09:12, a password guesser 10:02-10:40, zip downloads given up on."""
    fs = Files()
    F = "filebrowser.log"
    pid = [1]

    def L(t: datetime, label: str, msg: str) -> datetime:
        p = pid[0]
        return fs.add(F, t, label, lambda x: [f"{gots(x)} {msg}"], ("fb", p), 1_000_000)

    def req(t: datetime, path: str, status: int, ip: str, err: str, label_err: str) -> datetime:
        return L(t, f"%s: %v %s {label_err}", f"{path}: {status} {ip} {err}")

    def start(t: datetime) -> datetime:
        t = L(t, "Using database: %s", "Using database: /database/filebrowser.db")
        t = L(t, "Using config file: %s", "Using config file: /.filebrowser.json")
        return L(t + sec(0.02), "Listening on %s", "Listening on [::]:80")

    disk_full = (at(8, 41, 20), at(9, 10, 0))
    restart = at(9, 12, 40)
    L(restart, "Caught signal %s: shutting down.", "Caught signal terminated: shutting down.")
    pid[0] = 2
    start(restart + sec(2.4))

    def up(t: datetime) -> bool:
        return not (restart - sec(1) <= t < restart + sec(5))

    # the NAS job polling a folder deleted last week
    t = T0 + sec(r.uniform(0, 30))
    while t < T_END:
        if up(t):
            req(
                t,
                "/backups/nightly/",
                404,
                "192.168.1.20",
                "lstat /srv/backups/nightly: no such file or directory",
                "lstat %s: no such file or directory",
            )
        t += sec(r.uniform(29.6, 30.4))

    # a password guesser on the login endpoint
    for t in poisson(r, at(10, 2, 14), at(10, 40, 30), 2.9):
        req(t, "/api/login", 403, r.choice(FB_GUESS_IPS), "<nil>", "<nil>")
    # family members' typos
    for t in [at(7, 12, 3), at(7, 12, 9), at(11, 20, 44)]:
        req(t, "/api/login", 403, "192.168.1.31", "<nil>", "<nil>")

    # sessions that expired overnight: the open tab renews, then lists
    for ip, t0 in [
        ("192.168.1.31", at(6, 48, 10)),
        ("192.168.1.42", at(7, 55, 2)),
        ("192.168.1.31", at(11, 2, 40)),
    ]:
        t = t0
        for _ in range(r.randint(6, 14)):
            t = req(t, "/api/renew", 401, ip, "<nil>", "<nil>")
            t = req(
                t + sec(r.uniform(0.05, 0.3)),
                r.choice(["/", "/Photos/2024/06/", "/Documents/"]),
                401,
                ip,
                "<nil>",
                "<nil>",
            )
            t += sec(r.uniform(20, 70))

    # thumbnails of the camera's broken files
    broken = r.sample(FB_PHOTOS, 9)
    for t in poisson(r, at(6, 30), T_END, 240):
        if not up(t):
            continue
        ph = r.choice(broken)
        if broken.index(ph) < 6:
            req(
                t,
                f"/thumb/{ph}",
                500,
                r.choice(["192.168.1.31", "192.168.1.42"]),
                "image: unknown format",
                "image: unknown format",
            )
        else:
            req(
                t,
                f"/thumb/{ph}",
                500,
                r.choice(["192.168.1.31", "192.168.1.42"]),
                "unexpected EOF",
                "unexpected EOF",
            )

    # uploads, with the after_upload hook; conflicts; the disk full
    for t in poisson(r, T0, T_END, 95):
        if not up(t):
            continue
        ip = r.choice(["192.168.1.31", "192.168.1.42", "192.168.1.42", "192.168.1.55"])
        path = "/" + (r.choice(FB_PHOTOS) if r.random() < 0.7 else r.choice(FB_DOCS))
        if disk_full[0] <= t < disk_full[1]:
            req(
                t,
                path,
                500,
                ip,
                f"write /srv{path}: no space left on device",
                "write %s: no space left on device",
            )
            continue
        if r.random() < 0.08:
            req(t, path, 409, ip, "<nil>", "<nil>")
            continue
        L(
            t + sec(r.uniform(0.5, 4)),
            '[INFO] Nonblocking Command: "%s"',
            '[INFO] Nonblocking Command: "sh -c /config/hooks/after-upload.sh"',
        )

    # deletions run the before_delete hook
    for t in poisson(r, at(7, 0), T_END, 420):
        if up(t):
            L(
                t,
                '[INFO] Blocking Command: "%s"',
                '[INFO] Blocking Command: "sh -c /config/hooks/to-trash.sh"',
            )

    # renames onto an existing name
    for t in [at(7, 41, 12), at(9, 55, 3), at(11, 14, 27), at(11, 14, 40)]:
        req(
            t,
            "/Documents/Invoices/2024-06.pdf",
            409,
            "192.168.1.42",
            "the resource already exists",
            "the resource already exists",
        )

    # a folder restored from backup owned by root
    for t in poisson(r, at(9, 30), at(10, 30), 110):
        ip = r.choice(["192.168.1.31", "192.168.1.55"])
        sub = r.choice(["", "Q3/", "Q3/drafts/"])
        req(
            t,
            f"/Shared/Projects/{sub}",
            403,
            ip,
            f"open /srv/Shared/Projects/{sub.rstrip('/')}".rstrip("/") + ": permission denied",
            "open %s: permission denied",
        )

    # expired share links still in a group chat
    for t in poisson(r, T0, T_END, 900):
        h = r.choice(["xK9f2LmQ", "b7TqPz0w", "Yc3mNv8R"])
        req(
            t,
            f"{h}/",
            404,
            r.choice(["84.119.66.12", "91.64.201.7", "2a02:810d:4b3f:e100::1c"]),
            "not found",
            "not found",
        )

    # zip downloads given up on: one line per file still to archive
    for t0, folder, n in [
        (at(7, 20, 33), "/Photos/2024/06", 31),
        (at(10, 51, 2), "/Photos/2024/06", 18),
        (at(11, 33, 50), "/Documents/Taxes/2023", 9),
    ]:
        files = (
            r.sample(FB_PHOTOS, n)
            if "Photos" in folder
            else [f"Documents/Taxes/2023/receipt-{k:03d}.pdf" for k in range(n)]
        )
        t = t0
        port = r.randint(40000, 60000)
        for f in files:
            name = f.rsplit("/", 1)[1]
            t = L(
                t + sec(r.uniform(0.001, 0.01)),
                "Failed to archive %s: %s: copying contents: write tcp %s->%s: write: broken pipe",
                f"Failed to archive /{f}: {name}: copying contents: write tcp 172.18.0.4:80->172.18.0.2:{port}: write: broken pipe",
            )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- nzbget

NZ_TV = [
    "Shogun.2024.S01E09.1080p.WEB.h264-ETHEL",
    "The.Boys.S04E03.1080p.WEB.h264-ETHEL",
    "Hacks.S03E09.1080p.WEB.h264-ETHEL",
    "Dark.Matter.2024.S01E07.1080p.WEB.h264-SuccessfulCrab",
    "Doctor.Who.2023.S01E07.1080p.WEB.h264-GP-TV-NLsubs",
    "Clarksons.Farm.S03E08.1080p.WEB.h264-EDITH",
    "Bluey.S03E49.1080p.WEB.h264-KOGi",
    "Star.Wars.The.Acolyte.S01E02.1080p.WEB.h264-ETHEL",
    "The.Chi.S06E13.1080p.WEB.h264-SuccessfulCrab",
    "Under.the.Bridge.S01E08.1080p.WEB.h264-ETHEL",
    "Evil.S04E10.1080p.WEB.h264-ETHEL",
    "Eric.S01E01.1080p.WEB.h264-EDITH",
    "Eric.S01E02.1080p.WEB.h264-EDITH",
    "Eric.S01E03.1080p.WEB.h264-EDITH",
    "Bodkin.S01E04.1080p.WEB.h264-ETHEL",
    "Bodkin.S01E05.1080p.WEB.h264-ETHEL",
    "Sugar.S01E08.1080p.WEB.h264-ETHEL",
]
NZ_MOVIES = [
    "Dune.Part.Two.2024.1080p.WEB-DL.DDP5.1.Atmos.H.264-FLUX",
    "Civil.War.2024.1080p.WEB-DL.DDP5.1.H.264-FLUX",
]
NZ_OLD = [
    "Fallout.S01E06.1080p.WEB.h264-ETHEL",
    "Fallout.S01E07.1080p.WEB.h264-ETHEL",
    "Shogun.2024.S01E07.1080p.WEB.h264-ETHEL",
    "The.Fall.Guy.2024.1080p.WEB-DL.DDP5.1.H.264-FLUX",
    "Hacks.S03E07.1080p.WEB.h264-ETHEL",
]


def ctime(t: datetime) -> str:
    """C's ctime() without its newline."""
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


def nzbget(r: random.Random) -> list[Log]:
    """NZBGet in the linuxserver container fed by Sonarr and Radarr, 06:00 to 12:00: seventeen
    episodes and two films, one release repaired and one taken down, the main news server down
    08:10-08:24 with the block account refusing from 08:19, the disk filling at 10:15 (downloads
    paused until 10:44), the container updated at 11:00."""
    fs = Files()
    F = "nzbget.log"
    proc = ["nzbget-1"]

    def N(t: datetime, kind: str, label: str, msg: str) -> datetime:
        p = proc[0]
        return fs.add(F, t, label, lambda x: [f"{ctime(x)}\t{kind}\t{msg}"], p, 1_000_000)

    outage = (at(8, 10, 4), at(8, 24, 30))
    block_refusing = (at(8, 19, 10), at(8, 24, 30))
    disk_full = at(10, 15, 22)
    resumed = at(10, 44, 5)
    restart = (at(10, 59, 55), at(11, 0, 31))

    def rate(t: datetime) -> float:
        return 4.2e6 if outage[0] <= t < outage[1] else 11.6e6

    def stalled(t: datetime) -> datetime:
        if block_refusing[0] <= t < block_refusing[1]:
            return block_refusing[1] + sec(r.uniform(1, 4))
        if disk_full <= t < resumed:
            return resumed + sec(r.uniform(1, 3))
        if restart[0] <= t < restart[1]:
            return restart[1] + sec(r.uniform(2, 5))
        return t

    # Sonarr and Radarr hand over the collections
    adds = sorted(T0 + sec(r.uniform(120, 21000)) for _ in NZ_TV)
    jobs = [(t, n, "tv", r.randint(20, 27)) for t, n in zip(adds, NZ_TV, strict=True)]
    jobs += [
        (at(9, 41, 7), NZ_MOVIES[0], "movies", 44),
        (at(10, 6, 40), NZ_MOVIES[1], "movies", 41),
    ]
    jobs.sort()
    repaired = NZ_TV[3]
    taken_down = NZ_TV[8]
    free = T0
    pp_free = T0
    for t_add, name, cat, nparts in jobs:
        N(t_add, "INFO", "Collection %s added to queue", f"Collection {name} added to queue")
        base = name.lower()
        files = [f"{base}.par2", f"{base}.nfo"] + [
            f"{base}.part{i:02d}.rar" for i in range(1, nparts + 1)
        ]
        t = stalled(max(t_add + sec(r.uniform(0.5, 2)), free))
        failed_files = 0
        for i, f in enumerate(files):
            size = 300e3 if f.endswith((".par2", ".nfo")) else 52.4e6
            if f.endswith(".rar") and f.endswith(f"part{nparts:02d}.rar"):
                size = r.uniform(5e6, 50e6)
            t = stalled(t + sec(size / rate(t) * r.uniform(0.9, 1.15)))
            if name == taken_down and f.endswith(".rar"):
                total = 71
                miss = r.randint(9, 38)
                t = N(
                    t,
                    "WARNING",
                    '%i of %i article downloads failed for "%s"',
                    f'{miss} of {total} article downloads failed for "{name}/{f}"',
                )
                failed_files += 1
                if failed_files == 5:
                    t = N(
                        t + sec(0.1),
                        "WARNING",
                        "Cancelling download and deleting %s due to health %.1f%% below critical %.1f%%",
                        f"Cancelling download and deleting {name} due to health 81.6% below critical 94.3%",
                    )
                    break
                continue
            if name == repaired and i in (6, 11, 15):
                t = N(
                    t,
                    "WARNING",
                    '%i of %i article downloads failed for "%s"',
                    f'{r.randint(1, 4)} of 71 article downloads failed for "{name}/{f}"',
                )
                continue
            t = N(t, "INFO", "Successfully downloaded %s", f"Successfully downloaded {name}/{f}")
        free = t
        if name == taken_down:
            N(
                t + sec(0.5),
                "INFO",
                "Collection %s added to history",
                f"Collection {name} added to history",
            )
            continue
        # post-processing runs in its own thread, one collection at a time
        pt = stalled(max(t + sec(r.uniform(0.5, 1.5)), pp_free))
        cleanup = [f"{base}.par2"]
        if name == repaired:
            for v in ["vol00+01", "vol01+02", "vol03+04"]:
                pt = N(
                    pt + sec(r.uniform(0.3, 1.5)),
                    "INFO",
                    "Successfully downloaded %s",
                    f"Successfully downloaded {name}/{base}.{v}.par2",
                )
                cleanup.append(f"{base}.{v}.par2")
            pt = N(pt + sec(r.uniform(20, 40)), "INFO", "Repairing %s", f"Repairing {name}")
            pt = N(
                pt + sec(r.uniform(30, 70)),
                "INFO",
                "Successfully repaired %s",
                f"Successfully repaired {name}",
            )
        pt = N(pt + sec(r.uniform(0.1, 0.6)), "INFO", "Unpacking %s", f"Unpacking {name}")
        final = f"/downloads/completed/{cat}/{name}"
        broke = cat == "movies" and name == NZ_MOVIES[1]
        for k in range(1, nparts + 1):
            step = r.uniform(8, 10) if broke else r.uniform(0.6, 1.6)
            pt = N(
                pt + sec(step),
                "INFO",
                "Unrar: Extracting from %s",
                f"Unrar: Extracting from {base}.part{k:02d}.rar",
            )
            if k == 1:
                ext = "mkv"
                pt = N(
                    pt + sec(0.05),
                    "INFO",
                    "Unrar: Extracting %s",
                    f"Unrar: Extracting {name}.{ext}",
                )
            if broke and pt >= disk_full:
                break
        if broke:
            N(
                disk_full,
                "WARNING",
                "Low disk space on %s. Pausing download",
                "Low disk space on /downloads/completed. Pausing download",
            )
            pt = N(
                pt + sec(r.uniform(1, 3)), "ERROR", "Unrar error code: %i", "Unrar error code: 5"
            )
            pt = N(pt + sec(0.2), "ERROR", "Unpack for %s failed", f"Unpack for {name} failed")
            pt = N(
                pt + sec(0.5),
                "INFO",
                "Collection %s added to history",
                f"Collection {name} added to history",
            )
            pp_free = pt
            continue
        pt = N(pt + sec(r.uniform(0.2, 1.0)), "INFO", "Unrar: All OK", "Unrar: All OK")
        pt = N(pt + sec(0.1), "INFO", "Unpack for %s successful", f"Unpack for {name} successful")
        pt = N(pt + sec(0.05), "INFO", "Deleting archive files", "Deleting archive files")
        parts = [f"{base}.part{k:02d}.rar" for k in range(1, nparts + 1)]
        r.shuffle(parts)
        for f in parts:
            pt = N(
                pt + sec(r.uniform(0.005, 0.05)), "INFO", "Deleting file %s", f"Deleting file {f}"
            )
        pt = N(pt + sec(0.2), "INFO", "Cleaning up %s", f"Cleaning up {name}")
        for f in cleanup:
            pt = N(pt + sec(0.01), "INFO", "Deleting file %s", f"Deleting file {f}")
        pt = N(
            pt + sec(0.01), "INFO", "Cleanup for %s successful", f"Cleanup for {name} successful"
        )
        pt = N(
            pt + sec(0.1),
            "INFO",
            "Moving completed files for %s",
            f"Moving completed files for {name}",
        )
        pt = N(pt + sec(0.02), "INFO", "Moving file %s to %s", f"Moving file {base}.nfo to {final}")
        pt = N(pt + sec(0.05), "INFO", "Move for %s successful", f"Move for {name} successful")
        pt = N(
            pt + sec(0.3),
            "INFO",
            "Collection %s added to history",
            f"Collection {name} added to history",
        )
        pp_free = pt

    # the main news server unreachable; the block account refusing
    for t in poisson(r, outage[0], outage[1], 2.6):
        N(
            t,
            "ERROR",
            "Connection to %s failed: ErrNo %i, Connection timed out",
            "Connection to news.newshosting.com failed: ErrNo 110, Connection timed out",
        )
    t = outage[0] + sec(r.uniform(55, 62))
    while t < outage[1]:
        N(
            t,
            "WARNING",
            "Blocking %s (%s) for %i sec",
            "Blocking newshosting (news.newshosting.com) for 10 sec",
        )
        t += sec(r.uniform(10, 13))
    t = block_refusing[0]
    while t < block_refusing[1]:
        N(
            t,
            "ERROR",
            "Authorization for %s (%s) failed: %s",
            "Authorization for blocknews (usnews.blocknews.net) failed: 481 Authentication failed",
        )
        t += sec(r.uniform(8, 14))
    # the container updated
    proc[0] = "nzbget-2"
    N(restart[1], "INFO", "nzbget %s server-mode", "nzbget 24.1 server-mode")
    # old history entries expiring
    for t, name in zip(sorted(T0 + sec(r.uniform(0, 21000)) for _ in NZ_OLD), NZ_OLD, strict=True):
        N(
            t,
            "INFO",
            "Collection %s removed from history",
            f"Collection {name} removed from history",
        )
    return fs.logs(T0)


# -------------------------------------------------------------------------------------- znc

ZN_NETS = {
    "libera": ("irc.libera.chat", "+6697"),
    "oftc": ("irc.oftc.net", "+6697"),
    "hackint": ("irc.hackint.org", "+6697"),
}
# (user, networks, kind: "mobile" reconnects all the time, "desktop" stays, "bot" floods)
ZN_BNC1_USERS = [
    ("alice", ["libera", "oftc"], "mobile"),
    ("bram", ["libera"], "desktop"),
    ("chidi", ["libera", "hackint"], "mobile"),
    ("dagny", ["libera", "oftc"], "desktop"),
    ("emeka", ["libera"], "mobile"),
    ("farah", ["libera", "oftc", "hackint"], "desktop"),
    ("gus", ["oftc"], "desktop"),
    ("hiro", ["libera"], "mobile"),
    ("ines", ["libera", "hackint"], "desktop"),
    ("jonas", ["libera", "oftc"], "mobile"),
    ("kat", ["libera"], "desktop"),
    ("lior", ["hackint"], "mobile"),
    ("mara", ["libera", "oftc"], "desktop"),
    ("nils", ["libera"], "mobile"),
    ("olu", ["oftc", "hackint"], "desktop"),
    ("pia", ["libera"], "mobile"),
    ("feedbot", ["libera"], "bot"),
]
ZN_BNC2_USERS = [
    ("carol", ["libera"], "mobile"),
    ("dmitri", ["libera", "oftc"], "desktop"),
    ("eva", ["libera"], "mobile"),
    ("fynn", ["oftc"], "desktop"),
]
ZN_GUESS = ["admin", "root", "znc", "test", "user", "irc", "guest", "administrator"]


def znc(r: random.Random) -> list[Log]:
    """Two ZNC bouncers, 06:00 to 12:00: bnc1 (seventeen users, adminlog into its file) loses
    its uplink at 07:40, sees OFTC lag out at 09:05 and is restarted at 09:45;
    bnc2 (four users, adminlog to syslog) gets a password guesser 10:10-11:02."""
    fs = Files()
    pids = {"bnc1": 4127, "bnc2": 1187}

    def A(h: str, t: datetime, label: str, msg: str) -> datetime:
        p = pids[h]
        if h == "bnc1":
            return fs.add(
                "znc.log",
                t,
                label,
                lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] {msg}"],
                ("bnc1", p),
                1_000_000,
            )
        return fs.add(
            "bnc2-syslog",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} bnc2 znc[{p}]: {msg}"],
            ("bnc2", p),
            1_000_000,
        )

    def out(t: datetime, label: str, msg: str) -> datetime:
        p = pids["bnc1"]
        return fs.add(
            "bnc1-syslog",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} bnc1 znc[{p}]: {msg}"],
            ("bnc1-stdout", p),
            1_000_000,
        )

    def ip_of(r2: random.Random, kind: str) -> str:
        if kind == "mobile":
            return r2.choice(
                [
                    f"37.{r2.randint(80, 90)}.{r2.randint(0, 255)}.{r2.randint(1, 254)}",
                    f"2a01:598:{r2.choice(['a0', 'b1', 'c3'])}{r2.randint(10, 99)}:{hexid(r2, 4)}:{hexid(r2, 4)}:{hexid(r2, 3)}:{hexid(r2, 4)}:{hexid(r2, 4)}",
                    f"176.{r2.randint(0, 7)}.{r2.randint(0, 255)}.{r2.randint(1, 254)}",
                ]
            )
        return r2.choice(
            [
                f"84.{r2.randint(100, 190)}.{r2.randint(0, 255)}.{r2.randint(1, 254)}",
                f"2001:9e8:{hexid(r2, 4)}:{hexid(r2, 2)}00::{hexid(r2, 3)}",
            ]
        )

    uplink = (at(7, 40, 12), at(7, 42, 50))
    oftc_lag = at(9, 5, 30)
    restart = (at(9, 45, 10), at(9, 45, 31))

    for host, users in [("bnc1", ZN_BNC1_USERS), ("bnc2", ZN_BNC2_USERS)]:
        for user, nets, kind in users:
            # clients: desktop ones connected since yesterday, until the restart; mobile ones come and go
            ur = random.Random(f"{user}-{host}")
            home = ip_of(ur, kind)
            if kind == "mobile":
                t = T0 + sec(r.uniform(60, 1800))
                while t < T_END:
                    ip = ip_of(r, kind) if r.random() < 0.4 else home
                    if host == "bnc1" and restart[0] - sec(2) <= t < restart[1] + sec(40):
                        t = restart[1] + sec(r.uniform(40, 200))
                        continue
                    t = A(
                        host,
                        t,
                        "[%s] connected to ZNC from %s",
                        f"[{user}] connected to ZNC from {ip}",
                    )
                    stay = r.uniform(30, 900)
                    te = t + sec(stay)
                    if host == "bnc1" and te >= restart[0] and t < restart[0]:
                        te = restart[0] + sec(r.uniform(0.5, 2))
                    if te >= T_END:
                        break
                    A(
                        host,
                        te,
                        "[%s] disconnected from ZNC from %s",
                        f"[{user}] disconnected from ZNC from {ip}",
                    )
                    t = te + sec(r.uniform(60, 900))
            elif kind == "desktop":
                if host == "bnc1":
                    A(
                        host,
                        restart[0] + sec(r.uniform(0.3, 2)),
                        "[%s] disconnected from ZNC from %s",
                        f"[{user}] disconnected from ZNC from {home}",
                    )
                    A(
                        host,
                        restart[1] + sec(r.uniform(5, 90)),
                        "[%s] connected to ZNC from %s",
                        f"[{user}] connected to ZNC from {home}",
                    )
                if r.random() < 0.6:
                    # the laptop sleeps once
                    ts = T0 + sec(r.uniform(1800, 20000))
                    if host == "bnc2" or not (restart[0] - sec(1200) <= ts < restart[1] + sec(300)):
                        A(
                            host,
                            ts,
                            "[%s] disconnected from ZNC from %s",
                            f"[{user}] disconnected from ZNC from {home}",
                        )
                        A(
                            host,
                            ts + sec(r.uniform(300, 1500)),
                            "[%s] connected to ZNC from %s",
                            f"[{user}] connected to ZNC from {home}",
                        )
            # the networks
            for net in nets:
                server = ZN_NETS[net][0]
                if host == "bnc1":
                    # the uplink drops: every network times out on ZNC's side
                    A(
                        host,
                        uplink[0] + sec(r.uniform(60, 240)),
                        "[%s/%s] disconnected from IRC",
                        f"[{user}/{net}] disconnected from IRC",
                    )
                    A(
                        host,
                        uplink[1] + sec(r.uniform(200, 420)),
                        "[%s/%s] connected to IRC: %s",
                        f"[{user}/{net}] connected to IRC: {server}",
                    )
                    if net == "oftc":
                        tl = oftc_lag + sec(r.uniform(0, 40))
                        tl = A(
                            host,
                            tl,
                            "[%s/%s] disconnected from IRC: %s [Closing Link: %s (Ping timeout: %d seconds)]",
                            f"[{user}/{net}] disconnected from IRC: {server} [Closing Link: {user}[{ip_of(random.Random(host), 'desktop')}] (Ping timeout: 240 seconds)]",
                        )
                        A(
                            host,
                            tl + sec(0.01),
                            "[%s/%s] disconnected from IRC",
                            f"[{user}/{net}] disconnected from IRC",
                        )
                        A(
                            host,
                            tl + sec(r.uniform(15, 90)),
                            "[%s/%s] connected to IRC: %s",
                            f"[{user}/{net}] connected to IRC: {server}",
                        )
                    # the restart: ZNC quits every network
                    tq = restart[0] + sec(r.uniform(0.1, 1.5))
                    tq = A(
                        host,
                        tq,
                        "[%s/%s] disconnected from IRC: %s [Closing Link: %s (Quit: %s)]",
                        f"[{user}/{net}] disconnected from IRC: {server} [Closing Link: 198.51.100.23 (Quit: ZNC 1.8.2+deb3.1 - https://znc.in)]",
                    )
                    A(
                        host,
                        tq + sec(0.01),
                        "[%s/%s] disconnected from IRC",
                        f"[{user}/{net}] disconnected from IRC",
                    )
                    A(
                        host,
                        restart[1] + sec(r.uniform(2, 30)),
                        "[%s/%s] connected to IRC: %s",
                        f"[{user}/{net}] connected to IRC: {server}",
                    )
                if kind == "bot":
                    # the RSS bot floods a channel after a feed outage, four times
                    for tb in sorted(T0 + sec(r.uniform(600, 21000)) for _ in range(4)):
                        if restart[0] - sec(60) <= tb < restart[1] + sec(120) or in_any(
                            tb, [(uplink[0], uplink[1] + sec(480))]
                        ):
                            continue
                        tb = A(
                            host,
                            tb,
                            "[%s/%s] disconnected from IRC: %s [Closing Link: %s (Excess Flood)]",
                            f"[{user}/{net}] disconnected from IRC: {server} [Closing Link: 198.51.100.23 (Excess Flood)]",
                        )
                        A(
                            host,
                            tb + sec(0.01),
                            "[%s/%s] disconnected from IRC",
                            f"[{user}/{net}] disconnected from IRC",
                        )
                        A(
                            host,
                            tb + sec(r.uniform(20, 60)),
                            "[%s/%s] connected to IRC: %s",
                            f"[{user}/{net}] connected to IRC: {server}",
                        )
    # a hackint K-line on a user whose client spammed joins
    tk = at(11, 18, 41)
    tk = A(
        "bnc1",
        tk,
        "[%s/%s] disconnected from IRC: %s [Closing Link: %s (K-Lined)]",
        "[lior/hackint] disconnected from IRC: irc.hackint.org [Closing Link: 198.51.100.23 (K-Lined)]",
    )
    A(
        "bnc1",
        tk + sec(0.01),
        "[%s/%s] disconnected from IRC",
        "[lior/hackint] disconnected from IRC",
    )
    # bnc2's networks ping out once when its provider reroutes
    for user, nets, _kind in ZN_BNC2_USERS:
        for net in nets:
            server = ZN_NETS[net][0]
            tp = at(8, 52, 0) + sec(r.uniform(0, 30))
            tp = A(
                "bnc2",
                tp,
                "[%s/%s] disconnected from IRC: %s [Closing Link: %s (Ping timeout: %d seconds)]",
                f"[{user}/{net}] disconnected from IRC: {server} [Closing Link: 203.0.113.88 (Ping timeout: 240 seconds)]",
            )
            A(
                "bnc2",
                tp + sec(0.01),
                "[%s/%s] disconnected from IRC",
                f"[{user}/{net}] disconnected from IRC",
            )
            A(
                "bnc2",
                tp + sec(r.uniform(15, 120)),
                "[%s/%s] connected to IRC: %s",
                f"[{user}/{net}] connected to IRC: {server}",
            )
    # typos, and bnc2's password guesser
    for t in [at(6, 44, 2), at(8, 3, 19), at(10, 27, 50), at(11, 41, 8)]:
        u, _n, k = r.choice(ZN_BNC1_USERS)
        A(
            "bnc1",
            t,
            "[%s] failed to login from %s",
            f"[{u}] failed to login from {ip_of(random.Random(u + '-bnc1'), k)}",
        )
    for t in poisson(r, at(10, 10, 4), at(11, 2, 30), 2.3):
        A(
            "bnc2",
            t,
            "[%s] failed to login from %s",
            f"[{r.choice(ZN_GUESS)}] failed to login from {r.choice(['45.148.10.190', '45.148.10.203', '194.169.175.36'])}",
        )

    # bnc1 restarted: the module's last and first lines, and what znc prints
    A("bnc1", restart[0] + sec(2.5), "Logging ended.", "Logging ended.")
    pids["bnc1"] = 51877
    t = restart[1] - sec(0.8)
    mod = "/usr/lib/x86_64-linux-gnu/znc"
    t = out(t, "Opening config [%s]... ", "Opening config [/var/lib/znc/configs/znc.conf]... ")
    for m in ["webadmin", "adminlog", "fail2ban"]:
        t = out(
            t,
            "Loading global module [%s]... [%s]",
            f"Loading global module [{m}]... [{mod}/{m}.so]",
        )
        if m == "adminlog":
            A(
                "bnc1",
                t,
                "Logging started. ZNC PID[%s] UID/GID[%s:%s]",
                "Logging started. ZNC PID[51877] UID/GID[113:120]",
            )
    t = out(t, "Binding to port [%s]... ", "Binding to port [+6697]... ")
    t = out(t, "Binding to port [%s]... ", "Binding to port [+8443]... ")
    for user, nets, _kind in ZN_BNC1_USERS:
        t = out(t, "Loading user [%s]", f"Loading user [{user}]")
        for net in nets:
            t = out(t, "Loading network [%s]", f"Loading network [{net}]")
            if r.random() < 0.5:
                t = out(
                    t,
                    "Loading network module [%s]... [%s]",
                    f"Loading network module [simple_away]... [{mod}/simple_away.so]",
                )
            t = out(
                t,
                "Adding server [%s]... ",
                f"Adding server [{ZN_NETS[net][0]} {ZN_NETS[net][1]}]... ",
            )
        t = out(
            t,
            "Loading user module [%s]... [%s]",
            f"Loading user module [chansaver]... [{mod}/chansaver.so]",
        )
    t = out(t, "Staying open for debugging [pid: %s]", "Staying open for debugging [pid: 51877]")
    out(t, "ZNC %s - https://znc.in", "ZNC 1.8.2+deb3.1 - https://znc.in")
    return fs.logs(T0)


SYSTEMS = {
    "seafile": seafile,
    "ocis": ocis,
    "filebrowser": filebrowser,
    "nzbget": nzbget,
    "znc": znc,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
