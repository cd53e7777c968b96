#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 209 (gitbucket, pydio-cells, bugzilla, lychee, librephotos)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five self-hosted web applications of the
collaboration and photo kind, 06:00 to 12:00 on 2024-06-07; none of the five was in the set
(Bitbucket, Gogs, Redmine, MantisBT, PhotoPrism, Immich and Piwigo are).

- GitBucket 4.40 (`gitbucket.log`: `java -jar gitbucket.war` with stdout and stderr appended to
  one file, so logback's `HH:mm:ss.SSS [thread] LEVEL logger{36} - msg` lines, which carry no
  date, sit beside Jetty 9.4's StdErrLog lines `2024-06-07 11:05:59.683:WARN:oejs.HttpChannel:
  qtp1395089624-69: /platform/billing/pulls` and the stacks both print): MariaDB behind
  HikariCP, LDAP logins, the Apache MINA SSH server on 29418 behind two HAProxy nodes whose TCP
  checks reset a session every 30 s each (`exceptionCaught(%s)[state=%s] IOException:
  Connection reset by peer`, the thread `sshd-SshServer[6d2a209c](port=29418)-nio2-thread-N`),
  scanners failing key exchange (`SshException: Unable to negotiate key exchange for %s
  (client: %s / server: %s)`) and authentication (`Disconnecting(%s): %s - Too many
  authentication failures: %d`), idle sessions (`Detected %s after %d/%d ms.`); LDAPUtil's
  `"" + e` of JLDAP's exception over two lines and AccountService's `LDAP Authentication
  Failed: %s` with LDAPUtil's error texts, for a stale password every 5 minutes, a departed
  account's CI job every 10 and ldap1 down 08:12-08:49 (every HTTP git login); web hook
  failures with their stacks (`Failed: web hook request to %s`: Jenkins down 09:31-10:06, a
  decommissioned chat server in the mobile team's hooks); Hikari's housekeeper under GC
  pressure 10:15-10:32; a plugin jar dropped in at 10:40 and the old one removed at 10:43
  (PluginWatchThread's `%s: %s` with the watch event's kind, `Reloading plugins...`,
  `Initialize %s`, `Plugin %s is duplicated. %s is available.`); MariaDB restarted at 11:05
  (ten `Failed to validate connection`, six requests' `HttpChannel` warnings with Hikari's
  timeout and the driver's cause).
- Pydio Cells 4.4 (`pydio.log`, its JSON log, and `tasks.log`, the scheduler's: zap's
  production encoder, `{"level":"info","ts":"2024-06-07T06:42:18Z","logger":"pydio.grpc.tasks",
  "msg":"..."}` with the context's span, user claims and scheduler ids as fields): a design
  agency uploading images from 06:42 on (each: `Starting job on %s node event (triggered by
  user %s)`, `Thumbs Generated for` with `NodePath` and the thumbnails' meta, `Created
  thumbnails for %s`, `Extracted EXIF data from %s`), the studio's NEF files failing (`Error
  while running action %s` with the wrapped `image: unknown format`), the hourly prune and
  share-cleaning jobs (`Starting job on schedule %s`, `Pruned %d stuck jobs`, `Initial query
  retrieved no values, stopping job now`), users compressing folders (`Starting job manually
  (triggered by user %s)`, `Archive %s was created in %s`), an admin editing three roles at
  07:20, a password-guessing bot banned 08:31-08:52 (`IP address is banned`), the archive
  datasource's MinIO down 09:40-10:03 (`Watcher disconnected! Will try to restart sync now.`,
  `Sync %s - Try to contact Objects` and `Cannot contact s3 service (bucket %s), will retry in
  4s` every 4 s for 50 s, `Error while restarting sync`, the logger-less `Got errors on
  datasource, should resync now branch: %s`, the admin's restart and resync).
- Bugzilla 5.0.4 (`error_log`: Apache 2.4.58 with the prefork MPM and mod_cgi; every line a CGI
  script writes to stderr is stamped by CGI::Carp `[Fri Jun  7 06:00:10 2024] buglist.cgi: `
  and wrapped by Apache `[...] [cgi:error] [pid N] [client ip:port] AH01215: %s: /var/www/
  bugzilla/buglist.cgi, referer: %s`; `errorlog`: Bugzilla's data/errorlog, which
  Bugzilla::Error appends to when it exists: a rule of 75 dashes, `[pid] 06/07/24 06:38:01
  global/user-error.html.tmpl bug_access_denied 10.20.6.12tomas.novak@corp.example` (the
  address and login run together as the code writes them), the request's parameters and
  environment as Data::Dumper lines, a blank line): a BI gateway pulling two CSV bug lists
  every minute (`Use of uninitialized value in %s at %s line %d.`), a local extension's
  warning on every show_bug.cgi (`Argument "%s" isn't numeric in %s at %s line %d.`),
  BugMail's on every process_bug.cgi, scanners denied the files .htaccess protects
  (`AH01630: client denied by server configuration: %s`), the 06:25 log rotation (`AH00171`,
  `AH00163`, `AH00094`), a password-guessing run 08:02-08:20 (`invalid_login_or_password`,
  `account_locked`), staff's `bug_access_denied`, `bug_id_does_not_exist`,
  `token_does_not_exist`, `buglist_parameters_required`, MariaDB restarted at 09:14 (Bugzilla's
  `\\nCan't connect to the database.\\nError: %s\\n  Is your database installed and up and
  running?\\n  Do you have the correct username and password selected in localconfig?\\n\\n`,
  each of its six lines stamped and wrapped on a line of its own), big bug lists timing out at
  10:32 (`AH01220`, `Script timed out before returning headers: %s`), the SMTP relay down
  10:50-11:20 (`mail_send_error`, a code error).
- Lychee 5.5 on Laravel 10 (storage/logs/ as the `stack` channel writes it: `daily-2024-06-07.log`
  gets every record, `errors.log`, `warning.log` and `notice-2024-06-07.log` each its level with
  `bubble` false; the `login` channel's `login.log`; Monolog's `[2024-06-07 06:00:17]
  production.ERROR: message  ` with the empty context and extra leaving two spaces, a line of
  them after a message that ends in PHP_EOL): the Handler's reports `Class::method:line
  message` (the first two from the backtrace) for every exception, innermost first, each cause
  on a line of its own with `; caused by`; an old forum's links to Lychee 3's numeric ids
  (`App\\Legacy\\Legacy::translateLegacyID:103 Request for photos with legacy ID %d instead of
  new ID %s from %s`, and `base_albums`), deleted photos (`No query results for model [%s]
  %s`, two lines) and members-only albums (`User is not authenticated`), scanners hitting the
  honeypot (`.env`, `wp-login.php`: `The route %s could not be found.` at NOTICE) and other
  unknown routes (the same text at ERROR from DefaultNotFound), crawlers GETting the API's POST
  routes (`The %s method is not supported for route %s. Supported methods: %s.`, two lines),
  members logging in and out (`-- User (%s) has logged in from %s`, `has logged out.`), a bot
  guessing passwords 07:40-08:05 (`has tried to log in from %s` in login.log and `Unknown user
  or invalid password` in the stack), duplicates skipped or resynced, `Insufficient
  privileges`, HEIC files Imagick cannot read (two lines), MySQL restarted at 09:22 (the
  QueryException chain over four lines).
- LibrePhotos 2024w13 (`ownphotos.log`, api.util's `%(asctime)s : %(filename)s : %(funcName)s :
  %(lineno)s : %(levelname)s : %(message)s`): the 06:05 cron scan (`manage.py scan`) of three
  users' phone uploads in a pool of two processes (each new image: `job %s: handling image %s`
  and the ten timing lines `job %s: generate thumbnails: %s, elapsed: %s` ... `job %s: image
  processed: %s, elapsed: %s`, the elapsed time counted from the first step; conflict copies
  `job %s: file %s exists already`; videos ffmpeg cannot read, `could not load image %s.
  reason: ffmpeg error (see stderr output for detail)` with its traceback), `Scanned %d files
  in : %s`, `Finished updating album things`, `Finished checking paths`, `Added %d photos`;
  alice importing a Google Takeout folder at 08:33 (its .json and .html files `Could not
  handle %s, because unable to call thumbnail` with pyvips's detail on a second line and a
  blank third, many duplicates) while the Photon geocoder answers 502 (08:34-08:51: `something
  went wrong with geolocating` with geopy's traceback); ratings written to XMP sidecars by the
  web app (`Writing %s to %s`), a face scan at 10:15 (`Added %d faces`), the 11:05 scan.

Label notes. The heads are context: logback's time, thread, level and logger, Jetty's date,
level, logger and thread, zap's fields, Apache's date, module and level, pid and client and
mod_cgi's `AH01215: ` with the script path and referer after the message, CGI::Carp's stamp,
Monolog's date, channel and level, Python logging's time, file, function, line and level. A
value that is a message of its own contributes its format: JLDAP's `LDAPException: Invalid
Credentials (%d) Invalid Credentials` and `Unable to connect to server %s:%d (%d) Connect
Error` (their second lines continue the event), MINA's `IOException: Connection reset by peer`
and `SshException: Unable to negotiate ...`, Hikari's and the MariaDB driver's texts, Perl's
warning formats, the MySQL client's `Can't connect to MySQL server on '%s' (%d)`, Laravel's and
PDO's exception messages, ImageMagick's `no decode delegate ...`, pyvips's and ffmpeg-python's
errors. A word the call site writes is wording: Bugzilla's error tag and template name in the
errorlog header (one label per tag, at the dashed rule that starts the entry), Lychee's
`__METHOD__ . ':' . __LINE__` and the table name each translate call passes (`photos`,
`base_albums`), Cells' `triggered by user`. Computed values are variables: an enum's or a
watch event's name (`ENTRY_CREATE`, `Opened`, `IdleTimeout`, MINA's parameter description),
the class and method Lychee's Handler takes from the backtrace, user names, paths, ids, role
names. Jetty's `HttpChannel` warning is `LOG.warn(uri, failure)`: the label is `%s` and the
stack continues it. Lines that continue an event have no row: stacks, tracebacks, JLDAP's
second line, the Data::Dumper lines, Lychee's causes and trailing spaces, pyvips's detail and
the blank line after it, and the five lines after the first of Bugzilla's database error (each
a full Apache line of its own). Cells writes seconds (RFC 3339), Apache microseconds, the
others milliseconds or seconds, where Clock keeps one process's lines apart.

Sources. Checked against copies of the programs' sources: GitBucket's logback.xml,
InitializeListener, PluginRegistry and PluginWatchThread, GitCommand, SshServer,
WebHookService (`Failed: web hook request to %s`), LDAPUtil and AccountService; Cells'
encoders (JSON with RFC 3339 seconds), the tasks logger writing tasks.log, the sync handler's
messages, the runnable's `Error while running action %s`, the thumbnail and EXIF actions, the
scheduler's start messages, the role handler and the banned-IP check; Bugzilla::Error's
errorlog block and the `invalid_login_or_password` / `account_locked` tags; Lychee's
config/logging.php, its Handler's report(), the honeypot's exception, the legacy id
translation and the login controller's messages, PhotoSkipped/PhotoResynced, ImagickHandler;
LibrePhotos' api/util.py formatter and directory_watcher.py's messages. Least sure (from the
helper's knowledge of the programs' logs): MINA's `Disconnecting(...)` lines and their level,
the session toString and thread names; JLDAP's toString lines; Jetty's HttpChannel warning for
a non-IO failure; the exact Java frames; Cells' field names and order, the job ids and the
schedule string; whether Cells 4.4 already logs the scheduler's start messages; Apache's
`AH01215: %s: %s` suffix, `AH01220` at warn, CGI::Carp stamping every line; the Perl warnings
themselves (their files and lines) and the BugMail and extension warnings; Bugzilla's `mail_send_error`;
Lychee's backtrace classes and line numbers (the pipes, BaseApiRequest, the middleware), the
UnauthenticatedException reported after a failed login, the DB chain's frames; LibrePhotos'
line numbers, the `_geolocate_mapbox` traceback and geopy's 502 text.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, uuid4
from generate_round53 import ms3
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any, weighted

# -------------------------------------------------------------------------------- gitbucket

GB_REPOS = [
    ("platform", "api-gateway"),
    ("platform", "auth-service"),
    ("platform", "billing"),
    ("web", "storefront"),
    ("web", "admin-ui"),
    ("mobile", "ios-app"),
    ("mobile", "android-app"),
    ("mobile", "shared-kotlin"),
    ("data", "etl-jobs"),
    ("data", "reports"),
    ("infra", "terraform"),
    ("infra", "ansible"),
]
GB_USERS = [
    "kenji.sato",
    "anna.berg",
    "tomas.novak",
    "priya.nair",
    "li.wei",
    "omar.haddad",
    "julia.fischer",
    "marc.dupont",
    "sara.costa",
    "svc-jenkins",
]
GB_PLUGINS = [
    "gitbucket-notifications-plugin-1.11.0.jar",
    "gitbucket-gist-plugin-4.23.0.jar",
    "gitbucket-emoji-plugin-4.6.0.jar",
    "gitbucket-pages-plugin-1.10.0.jar",
]
GB_CHAT_HOOKS = {"ios-app": "x7k2q9fz", "android-app": "p3m8d1ra", "shared-kotlin": "c5t0w4mb"}
GB_PAGES = [
    "/{o}/{n}",
    "/{o}/{n}/pulls",
    "/{o}/{n}/issues",
    "/{o}/{n}/tree/main",
    "/{o}/{n}/commits/main",
    "/{o}/{n}/pull/{i}",
    "/{o}/{n}/compare/main...release-2024.06",
    "/api/v3/repos/{o}/{n}/statuses/{h}",
]
GB_HTTP_FRAMES = [
    "\tat org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:156)",
    "\tat org.apache.http.impl.conn.PoolingHttpClientConnectionManager.connect(PoolingHttpClientConnectionManager.java:376)",
    "\tat org.apache.http.impl.execchain.MainClientExec.establishRoute(MainClientExec.java:393)",
    "\tat org.apache.http.impl.execchain.MainClientExec.execute(MainClientExec.java:236)",
    "\tat org.apache.http.impl.execchain.ProtocolExec.execute(ProtocolExec.java:186)",
    "\tat org.apache.http.impl.execchain.RetryExec.execute(RetryExec.java:89)",
    "\tat org.apache.http.impl.execchain.RedirectExec.execute(RedirectExec.java:110)",
    "\tat org.apache.http.impl.client.InternalHttpClient.doExecute(InternalHttpClient.java:185)",
    "\tat org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:83)",
    "\tat org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:108)",
    "\tat org.apache.http.impl.client.CloseableHttpClient.execute(CloseableHttpClient.java:56)",
    "\tat gitbucket.core.service.WebHookService.$anonfun$callWebHook$2(WebHookService.scala:325)",
    "\tat scala.concurrent.Future$.$anonfun$apply$1(Future.scala:687)",
    "\tat scala.concurrent.impl.Promise$Transformation.run(Promise.scala:467)",
    "\tat java.base/java.util.concurrent.ForkJoinTask$RunnableExecuteAction.exec(ForkJoinTask.java:1395)",
    "\tat java.base/java.util.concurrent.ForkJoinTask.doExec(ForkJoinTask.java:373)",
    "\tat java.base/java.util.concurrent.ForkJoinPool$WorkQueue.topLevelExec(ForkJoinPool.java:1182)",
    "\tat java.base/java.util.concurrent.ForkJoinPool.scan(ForkJoinPool.java:1655)",
    "\tat java.base/java.util.concurrent.ForkJoinPool.runWorker(ForkJoinPool.java:1622)",
    "\tat java.base/java.util.concurrent.ForkJoinWorkerThread.run(ForkJoinWorkerThread.java:165)",
]
GB_SQL_FRAMES = [
    "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
    "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
    "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:146)",
    "\tat com.zaxxer.hikari.HikariDataSource.getConnection(HikariDataSource.java:100)",
    "\tat slick.jdbc.hikaricp.HikariCPJdbcDataSource.createConnection(HikariCPJdbcDataSource.scala:14)",
    "\tat slick.jdbc.JdbcBackend$BaseSession.<init>(JdbcBackend.scala:494)",
    "\tat slick.jdbc.JdbcBackend$DatabaseDef.createSession(JdbcBackend.scala:46)",
    "\tat com.github.takezoe.slick.blocking.BlockingJdbcProfile$BlockingAPI$BlockingDatabase.withSession(BlockingProfile.scala:137)",
    "\tat gitbucket.core.servlet.TransactionFilter.doFilter(TransactionFilter.scala:43)",
    "\tat org.eclipse.jetty.servlet.FilterHolder.doFilter(FilterHolder.java:193)",
    "\tat org.eclipse.jetty.servlet.ServletHandler$Chain.doFilter(ServletHandler.java:1626)",
    "\tat org.eclipse.jetty.servlet.ServletHandler.doHandle(ServletHandler.java:552)",
    "\tat org.eclipse.jetty.server.handler.ScopedHandler.handle(ScopedHandler.java:143)",
    "\tat org.eclipse.jetty.server.handler.HandlerWrapper.handle(HandlerWrapper.java:127)",
    "\tat org.eclipse.jetty.server.Server.handle(Server.java:516)",
    "\tat org.eclipse.jetty.server.HttpChannel.lambda$handle$1(HttpChannel.java:487)",
    "\tat org.eclipse.jetty.server.HttpChannel.dispatch(HttpChannel.java:732)",
    "\tat org.eclipse.jetty.server.HttpChannel.handle(HttpChannel.java:479)",
    "\tat org.eclipse.jetty.server.HttpConnection.onFillable(HttpConnection.java:277)",
    "\tat org.eclipse.jetty.io.AbstractConnection$ReadCallback.succeeded(AbstractConnection.java:311)",
    "\tat org.eclipse.jetty.io.FillInterest.fillable(FillInterest.java:105)",
    "\tat org.eclipse.jetty.util.thread.QueuedThreadPool$Runner.run(QueuedThreadPool.java:1034)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]


def gitbucket(r: random.Random) -> list[Log]:
    """One GitBucket 4.40 (`java -jar gitbucket.war`, stdout and stderr into gitbucket.log:
    logback's `HH:mm:ss.SSS [thread] LEVEL logger{36} - msg` and Jetty's StdErrLog lines), on
    MariaDB with LDAP logins and its SSH server on 29418 behind two HAProxy nodes, 06:00 to
    12:00: HAProxy's TCP checks resetting SSH sessions every 30 s from each node, scanners
    failing key exchange and authentication, idle SSH sessions timing out, a stale password in
    an IDE every 5 minutes, a departed account's CI job every 10 minutes, ldap1 down
    08:12-08:49 (every HTTP git login failing), Jenkins down 09:31-10:06 and a decommissioned
    chat server in the mobile team's hooks (web hook failures with their stacks), GC pressure
    10:15-10:32 (Hikari's housekeeper), a plugin dropped in at 10:40 and the old one removed at
    10:43 (hot reloads: the registry reinitialised twice), and MariaDB restarted at 11:05
    (pooled connections failing validation, requests timing out in Jetty's HttpChannel)."""
    fs = Files()
    F = "gitbucket.log"
    jvm = {"id": 1}
    qtp = {1: "qtp1395089624"}
    sshd = {1: "6d2a209c"}

    def LB(
        t: datetime, thread: str, level: str, logger: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [
                f"{x:%H:%M:%S}.{ms3(x)} [{thread}] {level:<5} {logger} - {lines[0]}",
                *lines[1:],
            ],
            ("jvm", jvm["id"]),
            1000,
        )

    def JT(
        t: datetime, level: str, logger: str, thread: str, label: str, lines: list[str]
    ) -> datetime:
        return fs.add(
            F,
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)}:{level}:{logger}:{thread}: {lines[0]}",
                *lines[1:],
            ],
            ("jvm", jvm["id"]),
            1000,
        )

    def http_thread() -> str:
        return f"{qtp[jvm['id']]}-{r.randint(18, 74)}"

    def sshd_thread() -> str:
        return f"sshd-SshServer[{sshd[jvm['id']]}](port=29418)-nio2-thread-{r.randint(1, 8)}"

    def up(t: datetime) -> bool:
        return True

    def which(t: datetime) -> int:
        return 1

    # ---- SSH: HAProxy checks, scanners, idle sessions
    for lb_ip, off in [("10.20.0.11", 3.1), ("10.20.0.12", 17.4)]:
        t = T0 + sec(off)
        while t < T_END:
            tt = t + sec(r.uniform(0, 1.5))
            if up(tt):
                jvm["id"] = which(tt)
                LB(
                    tt,
                    sshd_thread(),
                    "WARN",
                    "o.a.s.s.session.ServerSessionImpl",
                    "exceptionCaught(%s)[state=%s] IOException: Connection reset by peer",
                    [
                        f"exceptionCaught(ServerSessionImpl[null@/{lb_ip}:{r.randint(32768, 60999)}])[state=Opened] IOException: Connection reset by peer"
                    ],
                )
            t += sec(30)
    kex_clients = [
        ("diffie-hellman-group1-sha1,diffie-hellman-group14-sha1", "kex algorithms"),
        ("diffie-hellman-group-exchange-sha1,diffie-hellman-group1-sha1", "kex algorithms"),
        ("ssh-dss", "server host key algorithms"),
    ]
    server_kex = "curve25519-sha256,curve25519-sha256@libssh.org,ecdh-sha2-nistp521,ecdh-sha2-nistp384,ecdh-sha2-nistp256,diffie-hellman-group-exchange-sha256,diffie-hellman-group18-sha512,diffie-hellman-group17-sha512,diffie-hellman-group16-sha512,diffie-hellman-group15-sha512,diffie-hellman-group14-sha256"
    server_hk = "rsa-sha2-512,rsa-sha2-256,ssh-rsa"
    for t in poisson(r, T0, T_END, 420):
        if not up(t):
            continue
        jvm["id"] = which(t)
        client, kind = r.choice(kex_clients)
        ip = f"{r.choice(['198.51.100', '203.0.113', '192.0.2'])}.{r.randint(2, 250)}"
        LB(
            t,
            sshd_thread(),
            "WARN",
            "o.a.s.s.session.ServerSessionImpl",
            "exceptionCaught(%s)[state=%s] SshException: Unable to negotiate key exchange for %s (client: %s / server: %s)",
            [
                f"exceptionCaught(ServerSessionImpl[null@/{ip}:{r.randint(32768, 60999)}])[state=Opened] SshException: Unable to negotiate key exchange for {kind} (client: {client} / server: {server_kex if kind.startswith('kex') else server_hk})"
            ],
        )
    for t in poisson(r, T0, T_END, 1500):
        if not up(t):
            continue
        jvm["id"] = which(t)
        ip = f"{r.choice(['45.148.10', '80.94.95', '218.92.0'])}.{r.randint(2, 250)}"
        LB(
            t,
            sshd_thread(),
            "INFO",
            "o.a.s.s.session.ServerSessionImpl",
            "Disconnecting(%s): %s - Too many authentication failures: %d",
            [
                f"Disconnecting(ServerSessionImpl[{r.choice(['git', 'root', 'admin', 'gitbucket'])}@/{ip}:{r.randint(32768, 60999)}]): SSH2_DISCONNECT_NO_MORE_AUTH_METHODS_AVAILABLE - Too many authentication failures: 20"
            ],
        )
    for t in poisson(r, at(6, 20), T_END, 900):
        if not up(t):
            continue
        jvm["id"] = which(t)
        user = r.choice(GB_USERS[:9])
        ip = f"10.20.{r.choice([5, 5, 6, 7])}.{r.randint(10, 220)}"
        LB(
            t,
            sshd_thread(),
            "INFO",
            "o.a.s.s.session.ServerSessionImpl",
            "Disconnecting(%s): %s - Detected %s after %d/%d ms.",
            [
                f"Disconnecting(ServerSessionImpl[{user}@/{ip}:{r.randint(32768, 60999)}]): SSH2_DISCONNECT_PROTOCOL_ERROR - Detected IdleTimeout after {600000 + r.randint(3, 480)}/600000 ms."
            ],
        )

    # ---- LDAP logins over HTTP (git over https, the API)
    ldap_down = (at(8, 12, 31), at(8, 49, 5))

    def login(t: datetime, user: str, bad_password: bool = False, unknown: bool = False) -> None:
        if not up(t):
            return
        jvm["id"] = which(t)
        th = http_thread()
        if in_any(t, [ldap_down]):
            t = LB(
                t,
                th,
                "INFO",
                "gitbucket.core.util.LDAPUtil$",
                "LDAPException: Unable to connect to server %s:%d (%d) Connect Error",
                [
                    "LDAPException: Unable to connect to server ldap1.corp.example:389 (91) Connect Error",
                    "java.net.ConnectException: Connection refused",
                ],
            )
            LB(
                t + sec(r.uniform(0.001, 0.004)),
                th,
                "INFO",
                "g.core.service.AccountService",
                "LDAP Authentication Failed: System LDAP authentication failed.",
                ["LDAP Authentication Failed: System LDAP authentication failed."],
            )
        elif unknown:
            LB(
                t,
                th,
                "INFO",
                "g.core.service.AccountService",
                "LDAP Authentication Failed: User does not exist.",
                ["LDAP Authentication Failed: User does not exist."],
            )
        elif bad_password:
            t = LB(
                t,
                th,
                "INFO",
                "gitbucket.core.util.LDAPUtil$",
                "LDAPException: Invalid Credentials (%d) Invalid Credentials",
                [
                    "LDAPException: Invalid Credentials (49) Invalid Credentials",
                    "LDAPException: Matched DN: ",
                ],
            )
            LB(
                t + sec(r.uniform(0.001, 0.004)),
                th,
                "INFO",
                "g.core.service.AccountService",
                "LDAP Authentication Failed: User LDAP Authentication Failed.",
                ["LDAP Authentication Failed: User LDAP Authentication Failed."],
            )

    t = T0 + sec(47.3)
    while t < T_END:  # kenji.sato's IDE with the password he changed yesterday
        login(t + sec(r.uniform(0, 2)), "kenji.sato", bad_password=True)
        t += sec(300)
    t = T0 + sec(212.8)
    while t < T_END:  # a CI job still fetching as a departed colleague
        login(t + sec(r.uniform(0, 4)), "m.keller", unknown=True)
        t += sec(600)
    for t in poisson(r, at(6, 30), T_END, 1300):
        login(t, r.choice(GB_USERS[:9]), bad_password=True)
    t = at(6, 0, 31.5)
    while t < T_END:  # Jenkins polling ten repositories every two minutes
        for _i in range(10):
            tt = t + sec(r.uniform(0, 25))
            if in_any(tt, [ldap_down]):
                login(tt, "svc-jenkins")
        t += sec(120)
    for tt in poisson(r, ldap_down[0], ldap_down[1], 22):
        login(tt, r.choice(GB_USERS[:9]))

    # ---- pushes and their web hooks
    jenkins_down = (at(9, 31, 12), at(10, 6, 40))
    for t in poisson(r, at(6, 25), T_END, 170):
        if not up(t) or in_any(t, [ldap_down]):
            continue
        jvm["id"] = which(t)
        o, n = r.choice(GB_REPOS)
        th = f"scala-execution-context-global-{r.randint(40, 71)}"
        if in_any(t, [jenkins_down]):
            LB(
                t + sec(r.uniform(0.003, 0.02)),
                th,
                "ERROR",
                "g.core.service.WebHookService",
                "Failed: web hook request to %s",
                [
                    "Failed: web hook request to http://jenkins.corp.example:8080/gitbucket-webhook/",
                    "org.apache.http.conn.HttpHostConnectException: Connect to jenkins.corp.example:8080 [jenkins.corp.example/10.20.0.31] failed: Connection refused",
                    *GB_HTTP_FRAMES,
                    "Caused by: java.net.ConnectException: Connection refused",
                    "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
                    "\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
                    "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)",
                    "\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:602)",
                    "\tat java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)",
                    "\tat java.base/java.net.Socket.connect(Socket.java:633)",
                    "\tat org.apache.http.conn.socket.PlainConnectionSocketFactory.connectSocket(PlainConnectionSocketFactory.java:75)",
                    "\tat org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:142)",
                    "\t... 19 common frames omitted",
                ],
            )
        if o == "mobile":
            LB(
                t + sec(r.uniform(0.02, 0.09)),
                f"scala-execution-context-global-{r.randint(40, 71)}",
                "ERROR",
                "g.core.service.WebHookService",
                "Failed: web hook request to %s",
                [
                    f"Failed: web hook request to https://chat-old.corp.example/hooks/{GB_CHAT_HOOKS[n]}",
                    "java.net.UnknownHostException: chat-old.corp.example: Name or service not known",
                    "\tat java.base/java.net.Inet6AddressImpl.lookupAllHostAddr(Native Method)",
                    "\tat java.base/java.net.InetAddress$PlatformNameService.lookupAllHostAddr(InetAddress.java:933)",
                    "\tat java.base/java.net.InetAddress.getAddressesFromNameService(InetAddress.java:1534)",
                    "\tat java.base/java.net.InetAddress$NameServiceAddresses.get(InetAddress.java:852)",
                    "\tat java.base/java.net.InetAddress.getAllByName0(InetAddress.java:1524)",
                    "\tat java.base/java.net.InetAddress.getAllByName(InetAddress.java:1381)",
                    "\tat java.base/java.net.InetAddress.getAllByName(InetAddress.java:1305)",
                    "\tat org.apache.http.impl.conn.SystemDefaultDnsResolver.resolve(SystemDefaultDnsResolver.java:45)",
                    "\tat org.apache.http.impl.conn.DefaultHttpClientConnectionOperator.connect(DefaultHttpClientConnectionOperator.java:112)",
                    *GB_HTTP_FRAMES[1:],
                ],
            )

    # ---- GC pressure: Hikari's housekeeper
    jvm["id"] = 1
    for t in [
        at(10, 15, 44),
        at(10, 18, 2),
        at(10, 21, 37),
        at(10, 24, 9),
        at(10, 27, 51),
        at(10, 31, 20),
    ]:
        d = r.uniform(62, 118)
        LB(
            t + sec(r.uniform(0, 0.9)),
            "HikariPool-1 housekeeper",
            "WARN",
            "com.zaxxer.hikari.pool.HikariPool",
            "%s - Thread starvation or clock leap detected (housekeeper delta=%s).",
            [
                f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={int(d // 60)}m{int(d % 60)}s{r.randint(1, 999)}ms)."
            ],
        )

    # ---- plugin hot deploy at 10:40 and the old jar removed at 10:43
    jvm["id"] = 1
    watch = "Thread-7"

    def reload(t: datetime, jars: list[str], dup: bool) -> datetime:
        th = f"Thread-{r.randint(180, 240)}"
        t = LB(
            t,
            th,
            "INFO",
            "g.core.plugin.PluginWatchThread",
            "Reloading plugins...",
            ["Reloading plugins..."],
        )
        for j in jars:
            t = LB(
                t + sec(r.uniform(0.004, 0.03)),
                th,
                "INFO",
                "g.core.plugin.PluginRegistry$",
                "Initialize %s",
                [f"Initialize {j}"],
            )
        if dup:
            t = LB(
                t + sec(r.uniform(0.05, 0.2)),
                th,
                "WARN",
                "g.core.plugin.PluginRegistry$",
                "Plugin %s is duplicated. %s is available.",
                ["Plugin ci is duplicated. gitbucket-ci-plugin-1.12.0.jar is available."],
            )
        return LB(
            t + sec(r.uniform(0.3, 0.9)),
            th,
            "INFO",
            "g.core.plugin.PluginWatchThread",
            "Reloading finished.",
            ["Reloading finished."],
        )

    ci_new, ci_old = "gitbucket-ci-plugin-1.12.0.jar", "gitbucket-ci-plugin-1.11.0.jar"
    t = at(10, 40, 12.4)
    t = LB(
        t, watch, "INFO", "g.core.plugin.PluginWatchThread", "%s: %s", [f"ENTRY_CREATE: {ci_new}"]
    )
    t = LB(
        t + sec(0.002),
        watch,
        "INFO",
        "g.core.plugin.PluginWatchThread",
        "%s: %s",
        [f"ENTRY_MODIFY: {ci_new}"],
    )
    reload(t + sec(0.01), [ci_new, ci_old, *GB_PLUGINS], True)
    t = at(10, 43, 2.8)
    t = LB(
        t, watch, "INFO", "g.core.plugin.PluginWatchThread", "%s: %s", [f"ENTRY_DELETE: {ci_old}"]
    )
    reload(t + sec(0.01), [ci_new, *GB_PLUGINS], False)

    # ---- MariaDB restarted at 11:05:10
    db_down = (at(11, 5, 10), at(11, 5, 47))
    conns = [f"org.mariadb.jdbc.MariaDbConnection@{hexid(r, 8).lstrip('0')}" for _ in range(10)]
    tt = db_down[0] + sec(0.4)
    for i, c in enumerate(conns):
        tt = LB(
            tt + sec(r.uniform(0.05, 2.5)),
            http_thread(),
            "WARN",
            "com.zaxxer.hikari.pool.PoolBase",
            "%s - Failed to validate connection %s (%s). Possibly consider using a shorter maxLifetime value.",
            [
                f"HikariPool-1 - Failed to validate connection {c} ((conn={2841 + i * 7}) Connection.setNetworkTimeout cannot be called on a closed connection). Possibly consider using a shorter maxLifetime value."
            ],
        )
    for t in sorted(r.uniform(0, 32) for _ in range(6)):
        o, n = r.choice(GB_REPOS)
        path = r.choice(GB_PAGES).format(o=o, n=n, i=r.randint(40, 390), h=hexid(r, 40))
        JT(
            db_down[0] + sec(5 + t + 30.0),
            "WARN",
            "oejs.HttpChannel",
            http_thread(),
            "%s",
            [
                path,
                "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
                *GB_SQL_FRAMES,
                "Caused by: java.sql.SQLNonTransientConnectionException: Could not connect to address=(host=db1.corp.example)(port=3306)(type=master) : Socket fail to connect to host:db1.corp.example, port:3306. Connection refused",
                "\tat org.mariadb.jdbc.internal.util.exceptions.ExceptionFactory.createException(ExceptionFactory.java:73)",
                "\tat org.mariadb.jdbc.internal.util.exceptions.ExceptionFactory.create(ExceptionFactory.java:192)",
                "\tat org.mariadb.jdbc.internal.protocol.AbstractConnectProtocol.connectWithoutProxy(AbstractConnectProtocol.java:1372)",
                "\tat org.mariadb.jdbc.internal.util.Utils.retrieveProxy(Utils.java:635)",
                "\tat org.mariadb.jdbc.MariaDbConnection.newConnection(MariaDbConnection.java:150)",
                "\tat org.mariadb.jdbc.Driver.connect(Driver.java:89)",
                "\tat com.zaxxer.hikari.util.DriverDataSource.getConnection(DriverDataSource.java:138)",
                "\tat com.zaxxer.hikari.pool.PoolBase.newConnection(PoolBase.java:364)",
                "\tat com.zaxxer.hikari.pool.PoolBase.newPoolEntry(PoolBase.java:206)",
                "\tat com.zaxxer.hikari.pool.HikariPool.createPoolEntry(HikariPool.java:476)",
                "\tat com.zaxxer.hikari.pool.HikariPool.access$100(HikariPool.java:71)",
                "\tat com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:726)",
                "\tat com.zaxxer.hikari.pool.HikariPool$PoolEntryCreator.call(HikariPool.java:712)",
                "\tat java.base/java.util.concurrent.FutureTask.run(FutureTask.java:264)",
                "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
                "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
                "\tat java.base/java.lang.Thread.run(Thread.java:840)",
                "Caused by: java.net.ConnectException: Connection refused",
                "\tat java.base/sun.nio.ch.Net.pollConnect(Native Method)",
                "\tat java.base/sun.nio.ch.Net.pollConnectNow(Net.java:672)",
                "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:547)",
                "\tat java.base/sun.nio.ch.NioSocketImpl.connect(NioSocketImpl.java:602)",
                "\tat java.base/java.net.SocksSocketImpl.connect(SocksSocketImpl.java:327)",
                "\tat java.base/java.net.Socket.connect(Socket.java:633)",
                "\tat org.mariadb.jdbc.internal.protocol.AbstractConnectProtocol.createSocket(AbstractConnectProtocol.java:250)",
                "\tat org.mariadb.jdbc.internal.protocol.AbstractConnectProtocol.createConnection(AbstractConnectProtocol.java:524)",
                "\tat org.mariadb.jdbc.internal.protocol.AbstractConnectProtocol.connectWithoutProxy(AbstractConnectProtocol.java:1367)",
            ],
        )

    return fs.logs(T0)


# ------------------------------------------------------------------------------ pydio-cells

PC_USERS = [
    ("marta.rossi", "/Marketing", "standard", "ROOT_GROUP,marketing,marta.rossi"),
    ("jonas.weber", "/Marketing", "standard", "ROOT_GROUP,marketing,jonas.weber"),
    ("chloe.martin", "/Marketing", "standard", "ROOT_GROUP,marketing,chloe.martin"),
    ("ravi.patel", "/Design", "standard", "ROOT_GROUP,design,ravi.patel"),
    ("elena.popescu", "/Design", "standard", "ROOT_GROUP,design,elena.popescu"),
    ("tom.hughes", "/Studio", "standard", "ROOT_GROUP,studio,tom.hughes"),
    ("aiko.tanaka", "/Studio", "standard", "ROOT_GROUP,studio,aiko.tanaka"),
    ("lucas.silva", "/Sales", "standard", "ROOT_GROUP,sales,lucas.silva"),
    ("admin", "/", "admin", "ROOT_GROUP,ADMINS,admin"),
]
PC_FOLDERS = {
    "/Marketing": [
        "Campaigns/Summer24/shoot-03",
        "Campaigns/Summer24/social",
        "Brand/Logos",
        "Events/TradeFair-Milan",
    ],
    "/Design": ["Mockups/webshop-v5", "Moodboards/autumn", "Icons/export"],
    "/Studio": ["Catalogue/2024-06-07", "Catalogue/retouched", "Raw/2024-06-07"],
    "/Sales": ["Customers/Hotel-Aurora/site-visit", "Shared/Offers"],
}
PC_WS = {"/Marketing": "marketing", "/Design": "design", "/Studio": "studio", "/Sales": "sales"}


def pydio_cells(r: random.Random) -> list[Log]:
    """Pydio Cells 4.4 on one host (`pydio.log`, its JSON log at info; `tasks.log`, the
    scheduler's JSON log), 06:00 to 12:00: a design agency uploading photos all morning (each
    image: the thumbs job started on the create event, `Thumbs Generated for`, `Created
    thumbnails for %s`, `Extracted EXIF data from %s`), the studio's NEF raw files failing the
    thumbnail action, the hourly prune and share-cleaning jobs, users compressing folders, an
    admin editing roles at 07:20, a password-guessing bot banned 08:31-08:52, the archive
    datasource's MinIO (minio2) down 09:40-10:03 (the sync watcher disconnected, its retries
    and give-up, the admin's manual resync)."""
    fs = Files()

    def ts(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}Z"

    def J(
        f: str, t: datetime, level: str, logger: str | None, label: str, msg: str, fields: dict
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            d: dict[str, object] = {"level": level, "ts": ts(x)}
            if logger:
                d["logger"] = logger
            d["msg"] = msg
            d.update(fields)
            return [json.dumps(d, ensure_ascii=False, separators=(",", ":"))]

        return fs.add(f, t, label, text, ("cells", f), 1_000_000)

    uuids = {u[0]: uuid4(r) for u in PC_USERS}

    def claims(u: tuple[str, str, str, str]) -> dict:
        name, group, profile, roles = u
        return {
            "UserName": name,
            "UserUuid": uuids[name],
            "GroupPath": group,
            "Profile": profile,
            "Roles": roles,
        }

    def task_fields(job: str, path: str, user: dict | None, task: str) -> dict:
        d: dict[str, object] = {"LogType": "tasks", "SpanUuid": uuid4(r)}
        if user:
            d.update(user)
        d.update(
            {"SchedulerJobUuid": job, "SchedulerTaskUuid": task, "SchedulerTaskActionPath": path}
        )
        return d

    # ---- uploads: one thumbs job per image
    archive_down = (at(9, 40, 12), at(10, 3, 20))
    user_objs = {u[0]: u for u in PC_USERS}
    weights = [
        (9, "marta.rossi"),
        (6, "jonas.weber"),
        (4, "chloe.martin"),
        (5, "ravi.patel"),
        (3, "elena.popescu"),
        (10, "tom.hughes"),
        (7, "aiko.tanaka"),
        (2, "lucas.silva"),
    ]
    counters: dict[str, int] = {}
    for t in poisson(r, at(6, 42), T_END, 38):
        who = weighted(r, weights)
        u = user_objs[who]
        group = u[1]
        folder = r.choice(PC_FOLDERS[group])
        raw = folder.startswith("Raw")
        counters[folder] = counters.get(folder, r.randint(100, 8000)) + r.randint(1, 3)
        n = counters[folder]
        if raw:
            name = f"_DSC{n:04d}.NEF"
        elif group == "/Design":
            name = r.choice([f"hero-{n}.png", f"variant-{n:03d}.jpg", f"tile_{n}.png"])
        elif group == "/Sales":
            name = f"IMG_{n:04d}.JPG"
        else:
            name = r.choice(
                [
                    f"DSC_{n:04d}.jpg",
                    f"IMG_{n:04d}.jpg",
                    f"PXL_20240607_{6 + (t.hour - 6):02d}{t.minute:02d}{r.randint(10, 59)}{r.randint(100, 999)}.jpg",
                ]
            )
        path = f"{PC_WS[group]}/{folder}/{name}"
        ds_path = f"pydiods1/{group.strip('/')}/{folder}/{name}"
        cl = claims(u)
        task = uuid4(r)
        t1 = J(
            "tasks.log",
            t + sec(r.uniform(0.2, 0.9)),
            "info",
            "pydio.grpc.tasks",
            "Starting job on %s node event (triggered by user %s)",
            f"Starting job on create node event (triggered by user {who})",
            task_fields("thumbs-job", "ROOT", cl, task),
        )
        if raw:
            J(
                "tasks.log",
                t1 + sec(r.uniform(0.4, 1.5)),
                "error",
                "pydio.grpc.tasks",
                "Error while running action %s",
                "Error while running action actions.images.thumbnails",
                {
                    **task_fields("thumbs-job", "ROOT/actions.images.thumbnails$0", cl, task),
                    "error": f"{ds_path}: image: unknown format",
                },
            )
        else:
            big = r.random() < 0.8
            meta = {"Processing": False, "thumbnails": [{"format": "jpg", "size": 300, "id": "sm"}]}
            if big:
                meta["thumbnails"].append({"format": "jpg", "size": 1024, "id": "md"})
            tg = J(
                "pydio.log",
                t1 + sec(r.uniform(0.6, 3.5)),
                "info",
                "pydio.grpc.tasks",
                "Thumbs Generated for",
                "Thumbs Generated for",
                {"SpanUuid": uuid4(r), **cl, "NodePath": ds_path, "meta": meta},
            )
            J(
                "tasks.log",
                tg + sec(r.uniform(0.01, 0.2)),
                "info",
                "pydio.grpc.tasks",
                "Created thumbnails for %s",
                f"Created thumbnails for {path}",
                {
                    **task_fields("thumbs-job", "ROOT/actions.images.thumbnails$0", cl, task),
                    "NodePath": path,
                },
            )
        J(
            "tasks.log",
            t1 + sec(r.uniform(0.2, 1.2)),
            "info",
            "pydio.grpc.tasks",
            "Extracted EXIF data from %s",
            f"Extracted EXIF data from {path}",
            {**task_fields("thumbs-job", "ROOT/actions.images.exif$1", cl, task), "NodePath": path},
        )

    # ---- hourly jobs
    for h in range(6, 12):
        t = at(h, 0, 1) + sec(r.uniform(0, 0.6))
        task = uuid4(r)
        t = J(
            "tasks.log",
            t,
            "info",
            "pydio.grpc.tasks",
            "Starting job on schedule %s",
            'Starting job on schedule "R/2012-06-04T19:00:00.828Z/PT60M"',
            task_fields("prune-jobs", "ROOT", None, task),
        )
        J(
            "tasks.log",
            t + sec(r.uniform(0.1, 0.8)),
            "info",
            "pydio.grpc.tasks",
            "Pruned %d stuck jobs",
            f"Pruned {r.choice([0, 0, 0, 1, 2])} stuck jobs",
            task_fields("prune-jobs", "ROOT/actions.tasks.prune$0", None, task),
        )
        t = at(h, 30, 2) + sec(r.uniform(0, 0.6))
        task = uuid4(r)
        t = J(
            "tasks.log",
            t,
            "info",
            "pydio.grpc.tasks",
            "Starting job on schedule %s",
            'Starting job on schedule "R/2012-06-04T19:30:00.828Z/PT60M"',
            task_fields("clean-expired-shares", "ROOT", None, task),
        )
        J(
            "tasks.log",
            t + sec(r.uniform(0.1, 0.5)),
            "warn",
            "pydio.grpc.tasks",
            "Initial query retrieved no values, stopping job now",
            "Initial query retrieved no values, stopping job now",
            task_fields("clean-expired-shares", "ROOT/actions.idm.delete$0", None, task),
        )

    # ---- users compressing folders
    for t in poisson(r, at(7, 0), T_END, 1300):
        who = weighted(r, weights)
        u = user_objs[who]
        folder = r.choice(PC_FOLDERS[u[1]])
        cl = claims(u)
        task = uuid4(r)
        t1 = J(
            "tasks.log",
            t,
            "info",
            "pydio.grpc.tasks",
            "Starting job manually (triggered by user %s)",
            f"Starting job manually (triggered by user {who})",
            task_fields(f"compress-{uuid4(r)}", "ROOT", cl, task),
        )
        base = folder.rsplit("/", 1)[-1]
        J(
            "tasks.log",
            t1 + sec(r.uniform(2, 40)),
            "info",
            "pydio.grpc.tasks",
            "Archive %s was created in %s",
            f"Archive {base}.zip was created in {PC_WS[u[1]]}/{folder.rsplit('/', 1)[0]}",
            task_fields(f"compress-{uuid4(r)}", "ROOT/actions.archive.compress$0", cl, task),
        )

    # ---- the admin edits roles
    admin = claims(user_objs["admin"])
    for i, role in enumerate(["Marketing Editors", "Studio", "External Reviewers"]):
        J(
            "pydio.log",
            at(7, 20, 14) + sec(i * r.uniform(20, 70)),
            "info",
            "pydio.grpc.role",
            "Role [%s] has been updated",
            f"Role [{role}] has been updated",
            {"SpanUuid": uuid4(r), **admin, "RoleUuid": uuid4(r)},
        )

    # ---- a bot guessing passwords, banned
    bot = "45.146.165.37"
    for t in poisson(r, at(8, 31, 5), at(8, 52, 40), 9.5):
        J(
            "pydio.log",
            t,
            "error",
            "pydio.web.oauth",
            "IP address is banned",
            "IP address is banned",
            {
                "SpanUuid": uuid4(r),
                "RemoteAddress": bot,
                "UserAgent": "python-requests/2.31.0",
                "ContentType": "application/x-www-form-urlencoded",
                "HttpProtocol": "HTTP/1.1",
                "ip": bot,
            },
        )

    # ---- minio2 (the archive datasource) down 09:40-10:03
    lg = "pydio.grpc.data.sync.archive"
    err = 'Get "http://minio2.corp.example:9000/cells-archive/?delimiter=%2F&max-keys=1&prefix=": dial tcp 10.20.3.12:9000: connect: connection refused'
    t = J(
        "pydio.log",
        archive_down[0],
        "error",
        lg,
        "Watcher disconnected! Will try to restart sync now.",
        "Watcher disconnected! Will try to restart sync now.",
        {},
    )
    t += sec(3)
    end = t + sec(50)
    while t < end:
        t = J(
            "pydio.log",
            t,
            "info",
            lg,
            "Sync %s - Try to contact Objects",
            "Sync archive - Try to contact Objects",
            {},
        )
        t = J(
            "pydio.log",
            t + sec(r.uniform(0.01, 0.05)),
            "warn",
            lg,
            "Cannot contact s3 service (bucket %s), will retry in 4s",
            "Cannot contact s3 service (bucket cells-archive), will retry in 4s",
            {"error": err},
        )
        t += sec(4)
    J(
        "pydio.log",
        t + sec(0.2),
        "error",
        lg,
        "Error while restarting sync",
        "Error while restarting sync",
        {},
    )
    # users hitting it in the meantime: the sync's errors branch
    for t in poisson(r, archive_down[0] + sec(60), archive_down[1], 300):
        J(
            "pydio.log",
            t,
            "info",
            None,
            "Got errors on datasource, should resync now branch: %s",
            f"Got errors on datasource, should resync now branch: /{r.choice(['2023/Q4', '2024/Q1', 'Clients/Hotel-Aurora', 'Press/2022'])}",
            {},
        )
    # the admin restarts the sync service and resyncs
    t = archive_down[1] + sec(14)
    t = J(
        "pydio.log",
        t,
        "info",
        lg,
        "Sync %s - Try to contact Objects",
        "Sync archive - Try to contact Objects",
        {},
    )
    t = J(
        "pydio.log",
        t + sec(0.3),
        "info",
        lg,
        "Successfully listed objects from bucket %s",
        "Successfully listed objects from bucket cells-archive",
        {},
    )
    task = uuid4(r)
    t = J(
        "tasks.log",
        t + sec(95),
        "info",
        "pydio.grpc.tasks",
        "Starting job manually (triggered by user %s)",
        "Starting job manually (triggered by user admin)",
        task_fields("resync-ds-archive", "ROOT", admin, task),
    )
    t = J(
        "tasks.log",
        t + sec(0.4),
        "info",
        lg,
        "Starting Resync",
        "Starting Resync",
        task_fields("resync-ds-archive", "ROOT/actions.cmd.resync$0", admin, task),
    )
    J(
        "tasks.log",
        t + sec(r.uniform(40, 90)),
        "info",
        lg,
        "Sync completed",
        "Sync completed",
        task_fields("resync-ds-archive", "ROOT/actions.cmd.resync$0", admin, task),
    )
    return fs.logs(T0)


# --------------------------------------------------------------------------------- bugzilla

BZ_DASH = "-" * 75
BZ_ROOT = "/var/www/bugzilla"
BZ_STAFF = [
    ("anna.berg", "10.20.4.31"),
    ("kenji.sato", "10.20.5.44"),
    ("priya.nair", "10.20.4.77"),
    ("tomas.novak", "10.20.6.12"),
    ("li.wei", "10.20.6.58"),
    ("omar.haddad", "10.20.5.103"),
    ("julia.fischer", "10.20.7.21"),
    ("marc.dupont", "10.20.4.150"),
    ("sara.costa", "10.20.7.88"),
    ("jane.doe", "10.20.4.12"),
]
BZ_DENIED = [
    "localconfig",
    "localconfig.old",
    "data/params.json",
    "data/params",
    "Bugzilla.pm",
    "checksetup.pl",
    "lib/",
    "data/bugzilla-update.xml",
    "contrib/",
    "template/en/default/index.html.tmpl",
    "Bugzilla/Config.pm",
    "data/errorlog",
]
BZ_UA = "Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0"


def bugzilla(r: random.Random) -> list[Log]:
    """Bugzilla 5.0.4 under Apache 2.4.58 with mod_cgi and the prefork MPM (`error_log`:
    Apache's own lines and every line a CGI script writes to stderr, which CGI::Carp stamps
    `[date] script.cgi: ` and Apache wraps in `AH01215: %s: %s`), and Bugzilla's own
    `data/errorlog` (created by the admin: every ThrowUserError / ThrowCodeError as a dashed
    rule, a header line, the request's parameters and environment dumped by Data::Dumper),
    06:00 to 12:00: a BI gateway pulling two CSV bug lists every minute (an uninitialized
    value in Search.pm each), a local extension's warning on every show_bug.cgi, BugMail's on
    every process_bug.cgi, scanners denied the files .htaccess protects, the log rotation's
    graceful restart at 06:25, a password-guessing run 08:02-08:20 (failed logins, account
    locks), MariaDB restarted at 09:14 (every request dying with Bugzilla's `Can't connect to
    the database.` over six lines), big bug lists timing out at 10:32, the SMTP relay down
    10:50-11:20 (mail_send_error)."""
    fs = Files()
    workers = [r.randint(2000, 32000) for _ in range(12)]
    master = 1021

    def apache_ts(x: datetime) -> str:
        return f"{x:%a %b %d %H:%M:%S}.{x.microsecond:06d} {x:%Y}"

    def A(
        t: datetime, mod: str, pid: int, client: str | None, label: str | None, msg: str
    ) -> datetime:
        cl = f" [client {client}]" if client else ""
        return fs.add(
            "error_log",
            t,
            label,
            lambda x: [f"[{apache_ts(x)}] [{mod}] [pid {pid}]{cl} {msg}"],
            ("httpd", pid),
            1,
        )

    def cgi(
        t: datetime,
        pid: int,
        client: str,
        script: str,
        label: str,
        lines: list[str],
        referer: str = "",
    ) -> datetime:
        """A CGI script's stderr: CGI::Carp's stamp on each line, Apache's AH01215 around
        each; the first line starts the event, the others continue it."""
        ref = f", referer: {referer}" if referer else ""

        def text(x: datetime) -> list[str]:
            stamp = f"[{x:%a %b} {x.day:2d} {x:%H:%M:%S %Y}] {script}: "
            out = []
            for i, line in enumerate(lines):
                y = x + timedelta(microseconds=37 * i)
                out.append(
                    f"[{apache_ts(y)}] [cgi:error] [pid {pid}] [client {client}] AH01215: {stamp}{line}: {BZ_ROOT}/{script}{ref}"
                )
            return out

        return fs.add("error_log", t, label, text, ("httpd", pid), 1)

    def port() -> int:
        return r.randint(32768, 60999)

    db_down = (at(9, 14, 5), at(9, 15, 41))
    smtp_down = (at(10, 50, 0), at(11, 20, 30))

    def db_fail(t: datetime, pid: int, client: str, script: str, referer: str = "") -> bool:
        if not in_any(t, [db_down]):
            return False
        cgi(
            t,
            pid,
            client,
            script,
            "\\nCan't connect to the database.\\nError: Can't connect to MySQL server on '%s' (%d)\\n  Is your database installed and up and running?\\n  Do you have the correct username and password selected in localconfig?",
            [
                "",
                "Can't connect to the database.",
                "Error: Can't connect to MySQL server on 'db1.corp.example' (111)",
                "  Is your database installed and up and running?",
                "  Do you have the correct username and password selected in localconfig?",
                "",
            ],
            referer,
        )
        return True

    # ---- the BI gateway's two CSV lists, every minute
    gw = "10.20.8.40"
    for m in range(360):
        for k in range(2):
            t = T0 + sec(60 * m + 7 + 21 * k + r.uniform(0, 3))
            pid = r.choice(workers)
            if db_fail(t, pid, f"{gw}:{port()}", "buglist.cgi"):
                continue
            cgi(
                t + sec(r.uniform(0.4, 2.5)),
                pid,
                f"{gw}:{port()}",
                "buglist.cgi",
                "Use of uninitialized value in %s at %s line %d.",
                ["Use of uninitialized value in string eq at Bugzilla/Search.pm line 2163."],
            )

    # ---- staff browsing: show_bug (the extension's warning), process_bug (BugMail's)
    def staff_t(t: datetime) -> bool:
        return not (at(6, 0) <= t < at(7, 10) and r.random() < 0.7)

    for t in poisson(r, T0, T_END, 21):
        if not staff_t(t):
            continue
        user, ip = r.choice(BZ_STAFF)
        pid = r.choice(workers)
        bug = r.randint(38000, 42600)
        ref = r.choice(
            [
                f"https://bugzilla.corp.example/buglist.cgi?quicksearch={r.choice(['crash', 'login', 'timeout', 'checkout', 'android'])}",
                "https://bugzilla.corp.example/",
                f"https://bugzilla.corp.example/show_bug.cgi?id={bug - r.randint(1, 40)}",
                "",
            ]
        )
        if db_fail(t, pid, f"{ip}:{port()}", "show_bug.cgi", ref):
            continue
        cgi(
            t,
            pid,
            f"{ip}:{port()}",
            "show_bug.cgi",
            'Argument "%s" isn\'t numeric in %s at %s line %d.',
            [
                'Argument "" isn\'t numeric in numeric eq (==) at extensions/TeamDashboard/Extension.pm line 118.'
            ],
            ref,
        )
    for t in poisson(r, at(6, 20), T_END, 95):
        user, ip = r.choice(BZ_STAFF)
        pid = r.choice(workers)
        bug = r.randint(38000, 42600)
        ref = f"https://bugzilla.corp.example/show_bug.cgi?id={bug}"
        if db_fail(t, pid, f"{ip}:{port()}", "process_bug.cgi", ref):
            continue
        if in_any(t, [smtp_down]):
            continue
        cgi(
            t,
            pid,
            f"{ip}:{port()}",
            "process_bug.cgi",
            "Use of uninitialized value %s in %s at %s line %d.",
            ["Use of uninitialized value $field in hash element at Bugzilla/BugMail.pm line 332."],
            ref,
        )

    # ---- scanners and .htaccess
    for t in poisson(r, T0, T_END, 150):
        ip = f"{r.choice(['45.148.10', '80.94.95', '193.41.206', '185.224.128'])}.{r.randint(2, 250)}"
        path = r.choice(BZ_DENIED)
        A(
            t,
            "authz_core:error",
            r.choice(workers),
            f"{ip}:{port()}",
            "AH01630: client denied by server configuration: %s",
            f"AH01630: client denied by server configuration: {BZ_ROOT}/{path}",
        )

    # ---- log rotation at 06:25
    t = at(6, 25, 2) + sec(0.118)
    t = A(
        t,
        "mpm_prefork:notice",
        master,
        None,
        "AH00171: Graceful restart requested, doing restart",
        "AH00171: Graceful restart requested, doing restart",
    )
    t = A(
        t + sec(0.158),
        "mpm_prefork:notice",
        master,
        None,
        "AH00163: %s configured -- resuming normal operations",
        "AH00163: Apache/2.4.58 (Ubuntu) OpenSSL/3.0.13 configured -- resuming normal operations",
    )
    A(
        t + sec(0.00002),
        "core:notice",
        master,
        None,
        "AH00094: Command line: '%s'",
        "AH00094: Command line: '/usr/sbin/apache2'",
    )

    # ---- big bug lists timing out at 10:32
    for i in range(4):
        user, ip = BZ_STAFF[i * 2]
        pid = r.choice(workers)
        t = at(10, 32, 10) + sec(i * r.uniform(15, 40))
        c = f"{ip}:{port()}"
        t = A(
            t,
            "cgi:warn",
            pid,
            c,
            "AH01220: Timeout waiting for output from CGI script %s",
            f"AH01220: Timeout waiting for output from CGI script {BZ_ROOT}/buglist.cgi",
        )
        A(
            t + sec(0.0003),
            "core:error",
            pid,
            c,
            "Script timed out before returning headers: %s",
            "Script timed out before returning headers: buglist.cgi",
        )

    # ---- data/errorlog
    def env_lines(
        pid: int, ip: str, script: str, method: str, query: str, referer: str, cookie: str
    ) -> list[str]:
        uri = f"/{script}" + (f"?{query}" if query else "")
        env = [
            ("CONTEXT_DOCUMENT_ROOT", BZ_ROOT),
            ("CONTEXT_PREFIX", ""),
            ("DOCUMENT_ROOT", BZ_ROOT),
            ("GATEWAY_INTERFACE", "CGI/1.1"),
            ("HTTPS", "on"),
            ("HTTP_ACCEPT", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"),
            ("HTTP_ACCEPT_ENCODING", "gzip, deflate, br"),
            ("HTTP_ACCEPT_LANGUAGE", "en-US,en;q=0.5"),
            ("HTTP_CONNECTION", "keep-alive"),
        ]
        if cookie:
            env.append(("HTTP_COOKIE", cookie))
        env.append(("HTTP_HOST", "bugzilla.corp.example"))
        if referer:
            env.append(("HTTP_REFERER", referer))
        env += [
            (
                "HTTP_USER_AGENT",
                BZ_UA
                if not ip.startswith("185.")
                else "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:109.0) Gecko/20100101 Firefox/115.0",
            ),
            ("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/snap/bin"),
            ("QUERY_STRING", query),
            ("REMOTE_ADDR", ip),
            ("REMOTE_PORT", str(port())),
            ("REQUEST_METHOD", method),
            ("REQUEST_SCHEME", "https"),
            ("REQUEST_URI", uri),
            ("SCRIPT_FILENAME", f"{BZ_ROOT}/{script}"),
            ("SCRIPT_NAME", f"/{script}"),
            ("SERVER_ADDR", "10.20.1.40"),
            ("SERVER_ADMIN", "webmaster@corp.example"),
            ("SERVER_NAME", "bugzilla.corp.example"),
            ("SERVER_PORT", "443"),
            ("SERVER_PROTOCOL", "HTTP/1.1"),
            (
                "SERVER_SIGNATURE",
                "<address>Apache/2.4.58 (Ubuntu) Server at bugzilla.corp.example Port 443</address>\\n",
            ),
            ("SERVER_SOFTWARE", "Apache/2.4.58 (Ubuntu)"),
        ]
        return [f'[{pid}] $env({k}) = "{v}";' for k, v in env]

    def errorlog(
        t: datetime,
        kind: str,
        tag: str,
        ip: str,
        login: str,
        params: list[tuple[str, str]],
        script: str,
        method: str,
        query: str,
        referer: str,
        cookie: str = "",
    ) -> datetime:
        pid = r.randint(3000, 60000)
        tmpl = f"global/{kind}-error.html.tmpl"
        label = f"{BZ_DASH}\\n[%d] %s {tmpl} {tag} %s%s"

        def text(x: datetime) -> list[str]:
            head = f"[{pid}] {x:%m/%d/%y %H:%M:%S} {tmpl} {tag} {ip}{login}"
            ps = []
            for k, v in sorted(params):
                v = v.replace("@", "\\@")
                ps.append(f'[{pid}] $param({k}) = "{v}";')
            return [
                BZ_DASH,
                head,
                *ps,
                *env_lines(pid, ip, script, method, query, referer, cookie),
                "",
            ]

        return fs.add("errorlog", t, label, text, "errorlog", 1_000_000)

    # the password-guessing run (five tries per account, then locked)
    bot = "185.220.101.45"
    targets = [
        "admin@corp.example",
        "jane.doe@corp.example",
        "bugzilla@corp.example",
        "it@corp.example",
        "test@corp.example",
    ]
    t = at(8, 2, 11)
    for acct in targets:
        for k in range(6):
            tok = f"{int((t - timedelta(seconds=40)).timestamp())}-{alnum(r, 43)}"
            params = [
                ("Bugzilla_login", acct),
                ("Bugzilla_login_token", tok),
                ("Bugzilla_password", "*****"),
                ("GoAheadAndLogIn", "Log in"),
            ]
            if k < 5:
                errorlog(
                    t,
                    "user",
                    "invalid_login_or_password",
                    bot,
                    "",
                    params,
                    "index.cgi",
                    "POST",
                    "",
                    "https://bugzilla.corp.example/index.cgi?GoAheadAndLogIn=1",
                )
            else:
                errorlog(
                    t,
                    "user",
                    "account_locked",
                    bot,
                    "",
                    params,
                    "index.cgi",
                    "POST",
                    "",
                    "https://bugzilla.corp.example/index.cgi?GoAheadAndLogIn=1",
                )
            t += sec(r.uniform(9, 30))
    # staff's own mistakes and dead links
    for t in poisson(r, at(6, 30), T_END, 900):
        user, ip = r.choice(BZ_STAFF)
        login = f"{user}@corp.example"
        cookie = f"Bugzilla_login={r.randint(20, 400)}; Bugzilla_logincookie={alnum(r, 22)}"
        kind = weighted(
            r, [(4, "invalid"), (3, "access"), (3, "noexist"), (2, "token"), (2, "params")]
        )
        if kind == "invalid":
            tok = f"{int(t.timestamp()) - 30}-{alnum(r, 43)}"
            params = [
                ("Bugzilla_login", login),
                ("Bugzilla_login_token", tok),
                ("Bugzilla_password", "*****"),
                ("GoAheadAndLogIn", "Log in"),
            ]
            errorlog(
                t,
                "user",
                "invalid_login_or_password",
                ip,
                "",
                params,
                "index.cgi",
                "POST",
                "",
                "https://bugzilla.corp.example/",
            )
        elif kind == "access":
            bug = r.choice([39112, 40871, 41506, 41932])
            errorlog(
                t,
                "user",
                "bug_access_denied",
                ip,
                login,
                [("id", str(bug))],
                "show_bug.cgi",
                "GET",
                f"id={bug}",
                "https://bugzilla.corp.example/buglist.cgi?quicksearch=security",
                cookie,
            )
        elif kind == "noexist":
            bug = r.randint(426000, 999999)
            errorlog(
                t,
                "user",
                "bug_id_does_not_exist",
                ip,
                login,
                [("id", str(bug))],
                "show_bug.cgi",
                "GET",
                f"id={bug}",
                "",
                cookie,
            )
        elif kind == "token":
            bug = r.randint(38000, 42600)
            params = [
                ("id", str(bug)),
                ("token", f"{int(t.timestamp()) - 260000}-{alnum(r, 43)}"),
                ("comment", "Fixed in build 2024.06.06"),
                ("bug_status", "RESOLVED"),
                ("resolution", "FIXED"),
            ]
            errorlog(
                t,
                "user",
                "token_does_not_exist",
                ip,
                login,
                params,
                "process_bug.cgi",
                "POST",
                "",
                f"https://bugzilla.corp.example/show_bug.cgi?id={bug}",
                cookie,
            )
        else:
            errorlog(
                t,
                "user",
                "buglist_parameters_required",
                ip,
                login,
                [],
                "buglist.cgi",
                "GET",
                "",
                "",
                cookie,
            )
    # the SMTP relay down: every change that mails fails after it is saved
    for t in poisson(r, smtp_down[0], smtp_down[1], 230):
        user, ip = r.choice(BZ_STAFF)
        login = f"{user}@corp.example"
        bug = r.randint(38000, 42600)
        cookie = f"Bugzilla_login={r.randint(20, 400)}; Bugzilla_logincookie={alnum(r, 22)}"
        params = [
            ("id", str(bug)),
            ("token", f"{int(t.timestamp()) - 90}-{alnum(r, 43)}"),
            ("comment", r.choice(["", "Can reproduce on 5.2.1", "Assigning to the mobile team"])),
            ("bug_status", r.choice(["ASSIGNED", "CONFIRMED", "RESOLVED"])),
        ]
        errorlog(
            t,
            "code",
            "mail_send_error",
            ip,
            login,
            params,
            "process_bug.cgi",
            "POST",
            "",
            f"https://bugzilla.corp.example/show_bug.cgi?id={bug}",
            cookie,
        )
    return fs.logs(T0)


# ----------------------------------------------------------------------------------- lychee

LY_MEMBERS = ["marta", "jpeters", "hanna.k", "olli", "sophie_b", "dieter", "maya", "admin"]
LY_HONEY = [
    "wp-login.php",
    "wp-admin/setup-config.php",
    "xmlrpc.php",
    "phpmyadmin/index.php",
    "pma/index.php",
    "admin/config.php",
    "vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
    "cgi-bin/luci/;stok=/locale",
    "wp-content/plugins/wp-file-manager/readme.txt",
    "boaform/admin/formLogin",
]
LY_ENV = [".env", ".env.production", "api/.env", "laravel/.env", ".env.bak"]
LY_404 = [
    "favicon.png",
    "apple-touch-icon-precomposed.png",
    "robots.txt~",
    "view.php",
    "album/7",
    "gallery/summer",
    "api/Photo::get",
    "php/index.php",
    "sitemap.xml",
    "feed",
    "img/lychee.png",
    "dist/main.css",
]
LY_FORUM = [
    "https://forum.fotoclub-nord.example/t/hdr-nights-the-harbour/{n}",
    "https://forum.fotoclub-nord.example/t/monthly-challenge-2019-03/{n}",
    "https://www.google.com/",
    "https://fotoclub-nord.example/archiv/{n}.html",
    "(unknown)",
    "(unknown)",
]


def lychee(r: random.Random) -> list[Log]:
    """Lychee 5.5 (Laravel 10) of a photo club, one host, its storage/logs/ as the `stack`
    channel writes them (`daily-2024-06-07.log` every record, and `errors.log`, `warning.log`,
    `notice-2024-06-07.log` each at its own level, `bubble` false) and the `login` channel's
    `login.log`, 06:00 to 12:00: links from the club's old forum still pointing at Lychee 3's
    numeric ids (legacy id translations, photos and albums), scanners touching the honeypot
    (`.env`, `wp-login.php`, ...) and other unknown routes, crawlers GETting the API's POST
    routes (MethodNotAllowedHttpException over two lines), members logging in and out, a bot
    guessing passwords 07:40-08:05 (each failure in login.log and its UnauthenticatedException
    in the stack), forum links to deleted photos (ModelNotFoundException over two lines) and to
    members-only albums, re-uploaded duplicates skipped (or their metadata updated), a member
    opening another's album, iPhone HEIC files Imagick cannot read, and MySQL restarted at
    09:22 (every request's QueryException chain over four lines)."""
    fs = Files()
    daily = "daily-2024-06-07.log"
    level_file = {
        "ERROR": "errors.log",
        "WARNING": "warning.log",
        "NOTICE": "notice-2024-06-07.log",
    }

    def L(t: datetime, level: str, label: str, msg: str) -> datetime:
        """One record of the stack: the daily file and its level's file; Monolog's line
        `[%datetime%] %channel%.%level_name%: %message% %context% %extra%` with empty context
        and extra (two trailing spaces; a message ending in PHP_EOL leaves a line of them)."""

        def text(x: datetime) -> list[str]:
            return f"[{x:%Y-%m-%d %H:%M:%S}] production.{level}: {msg}  ".split("\n")

        t = fs.add(daily, t, label, text, "php", 1_000_000)
        if level in level_file:
            fs.add(level_file[level], t, label, text, level_file[level], 1_000_000)
        return t

    def LOGIN(t: datetime, level: str, label: str, msg: str) -> datetime:
        return fs.add(
            "login.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] production.{level}: {msg}  "],
            "login",
            1_000_000,
        )

    def newid() -> str:
        return alnum(r, 24)

    def route(t: datetime, path: str) -> None:
        if path in LY_ENV:
            L(
                t,
                "NOTICE",
                "%s:%d The route %s could not be found.",
                f"App\\Actions\\HoneyPot\\EnvAccessTentative::handle:31 The route {path} could not be found.\n",
            )
        elif path in LY_HONEY:
            L(
                t,
                "NOTICE",
                "%s:%d The route %s could not be found.",
                f"App\\Actions\\HoneyPot\\FlaggedPathsAccessTentative::handle:47 The route {path} could not be found.\n",
            )
        else:
            L(
                t,
                "ERROR",
                "%s:%d The route %s could not be found.",
                f"App\\Actions\\HoneyPot\\DefaultNotFound::handle:24 The route {path} could not be found.\n",
            )

    db_down = (at(9, 22, 40), at(9, 24, 5))

    def db_error(t: datetime) -> bool:
        if not in_any(t, [db_down]):
            return False
        L(
            t,
            "ERROR",
            "%s:%d SQLSTATE[HY000] [2002] Connection refused\\n%s:%d SQLSTATE[HY000] [2002] Connection refused; caused by\\n%s:%d SQLSTATE[HY000] [2002] Connection refused (Connection: %s, SQL: %s); caused by\\n%s:%d SQLSTATE[HY000] [2002] Connection refused (Connection: %s, SQL: %s); caused by",
            "PDO::__construct:65 SQLSTATE[HY000] [2002] Connection refused\n"
            "App\\Models\\Configs::get:92 SQLSTATE[HY000] [2002] Connection refused; caused by\n"
            "Illuminate\\Database\\Connection::runQueryCallback:801 SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `configs` where `level` <= 0); caused by\n"
            "App\\Models\\Configs::get:92 SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `configs` where `level` <= 0); caused by\n",
        )
        return True

    # ---- old forum links: Lychee 3 ids
    legacy_photos = [
        int(f"15{r.randint(20, 79)}{r.randint(10**9, 10**10 - 1)}") for _ in range(160)
    ]
    legacy_albums = [int(f"15{r.randint(20, 79)}{r.randint(10**9, 10**10 - 1)}") for _ in range(25)]
    new_ids: dict[int, str] = {}
    for t in poisson(r, T0, T_END, 52):
        if db_error(t):
            continue
        if r.random() < 0.85:
            lid, table = r.choice(legacy_photos), "photos"
        else:
            lid, table = r.choice(legacy_albums), "base_albums"
        nid = new_ids.setdefault(lid, newid())
        ref = r.choice(LY_FORUM).format(n=r.randint(100, 2400))
        if table == "photos" and lid % 9 == 0:  # the photo was deleted since
            L(
                t,
                "WARNING",
                f"App\\Legacy\\Legacy::translateLegacyID:103 Request for {table} with legacy ID %d instead of new ID %s from %s",
                f"App\\Legacy\\Legacy::translateLegacyID:103 Request for {table} with legacy ID {lid} instead of new ID {nid} from {ref}",
            )
            L(
                t + sec(0.2),
                "ERROR",
                "%s:%d No query results for model [%s] %s\\n%s:%d No query results for model [%s] %s; caused by",
                f"Illuminate\\Database\\Eloquent\\Builder::findOrFail:621 No query results for model [App\\Models\\Photo] {nid}\n"
                f"App\\Http\\Requests\\Photo\\GetPhotoRequest::processValidatedValues:52 No query results for model [App\\Models\\Photo] {nid}; caused by\n",
            )
            continue
        if table == "base_albums" and lid % 4 == 0:  # a members-only album
            L(
                t,
                "WARNING",
                f"App\\Legacy\\Legacy::translateLegacyID:103 Request for {table} with legacy ID %d instead of new ID %s from %s",
                f"App\\Legacy\\Legacy::translateLegacyID:103 Request for {table} with legacy ID {lid} instead of new ID {nid} from {ref}",
            )
            L(
                t + sec(0.2),
                "ERROR",
                "%s:%d User is not authenticated",
                "App\\Http\\Requests\\BaseApiRequest::failedAuthorization:64 User is not authenticated\n",
            )
            continue
        L(
            t,
            "WARNING",
            f"App\\Legacy\\Legacy::translateLegacyID:103 Request for {table} with legacy ID %d instead of new ID %s from %s",
            f"App\\Legacy\\Legacy::translateLegacyID:103 Request for {table} with legacy ID {lid} instead of new ID {nid} from {ref}",
        )

    # ---- scanners: the honeypot and other unknown routes
    for t in poisson(r, T0, T_END, 620):  # a scan: a burst of paths from one address
        burst = r.randint(2, 9)
        for _i in range(burst):
            t += sec(r.uniform(0.3, 4))
            if db_error(t):
                continue
            route(t, r.choice(LY_HONEY + LY_ENV + LY_ENV))
    for t in poisson(r, T0, T_END, 105):
        if db_error(t):
            continue
        route(t, r.choice(LY_404))
    for t in poisson(r, T0, T_END, 480):  # crawlers GETting the API's POST routes
        if db_error(t):
            continue
        rt = r.choice(
            [
                "api/v2/Auth::login",
                "api/v2/Photo::upload",
                "api/v2/Album::create",
                "api/v2/Session::init",
            ]
        )
        msg = f"The GET method is not supported for route {rt}. Supported methods: POST."
        L(
            t,
            "ERROR",
            "%s:%d The %s method is not supported for route %s. Supported methods: %s.\\n%s:%d The %s method is not supported for route %s. Supported methods: %s.; caused by",
            f"Illuminate\\Routing\\AbstractRouteCollection::requestMethodNotAllowed:122 {msg}\n"
            f"App\\Http\\Middleware\\ContentSecurityPolicy::handle:47 {msg}; caused by\n",
        )

    # ---- members: logins, logouts, uploads
    ips = {
        m: f"{r.choice(['84.112', '91.64', '178.24', '31.17'])}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        for m in LY_MEMBERS
    }
    for t in poisson(r, at(6, 30), T_END, 540):
        m = r.choice(LY_MEMBERS)
        if db_error(t):
            continue
        if r.random() < 0.1:
            LOGIN(
                t,
                "ERROR",
                "App\\Http\\Controllers\\AuthController::login:64 -- User (%s) has tried to log in from %s",
                f"App\\Http\\Controllers\\AuthController::login:64 -- User ({m}) has tried to log in from {ips[m]}",
            )
            L(
                t,
                "ERROR",
                "%s:%d Unknown user or invalid password",
                "App\\Http\\Controllers\\AuthController::login:67 Unknown user or invalid password\n",
            )
            t += sec(r.uniform(5, 20))
        LOGIN(
            t,
            "NOTICE",
            "App\\Http\\Controllers\\AuthController::login:57 -- User (%s) has logged in from %s",
            f"App\\Http\\Controllers\\AuthController::login:57 -- User ({m}) has logged in from {ips[m]}",
        )
        session = r.uniform(120, 2400)
        # uploads during the session: duplicates skipped, HEIC unreadable
        for tu in poisson(r, t, t + sec(session), 160):
            if db_error(tu):
                continue
            x = r.random()
            if x < 0.3:
                L(
                    tu,
                    "WARNING",
                    "%s:%d The photo has been skipped",
                    "App\\Actions\\Photo\\Pipes\\Duplicate\\ThrowSkipDuplicate::handle:38 The photo has been skipped\n",
                )
            elif x < 0.36:
                L(
                    tu,
                    "WARNING",
                    "%s:%d The photo has been skipped, but its metadata has been updated",
                    "App\\Actions\\Photo\\Pipes\\Duplicate\\ThrowSkipDuplicate::handle:35 The photo has been skipped, but its metadata has been updated\n",
                )
            elif x < 0.39:
                L(
                    tu,
                    "ERROR",
                    "%s:%d Insufficient privileges",
                    "App\\Http\\Requests\\BaseApiRequest::failedAuthorization:62 Insufficient privileges\n",
                )
            elif x < 0.45:
                L(
                    tu,
                    "ERROR",
                    "%s:%d no decode delegate for this image format `%s' @ error/constitute.c/ReadImage/746\\n%s:%d Failed to load image; caused by",
                    "Imagick::readImageFile:95 no decode delegate for this image format `HEIC' @ error/constitute.c/ReadImage/746\n"
                    "App\\Image\\Handlers\\ImagickHandler::load:101 Failed to load image; caused by\n",
                )
        if r.random() < 0.5:
            LOGIN(
                t + sec(session),
                "INFO",
                "App\\Http\\Controllers\\AuthController::logout:84 -- User (%s) has logged out.",
                f"App\\Http\\Controllers\\AuthController::logout:84 -- User ({m}) has logged out.",
            )

    # ---- a bot guessing passwords
    bot = "141.98.11.73"
    for t in poisson(r, at(7, 40, 12), at(8, 5, 30), 11):
        u = r.choice(["admin", "Admin", "lychee", "test", "marta", "root", "photo", "user"])
        t = LOGIN(
            t,
            "ERROR",
            "App\\Http\\Controllers\\AuthController::login:64 -- User (%s) has tried to log in from %s",
            f"App\\Http\\Controllers\\AuthController::login:64 -- User ({u}) has tried to log in from {bot}",
        )
        L(
            t,
            "ERROR",
            "%s:%d Unknown user or invalid password",
            "App\\Http\\Controllers\\AuthController::login:67 Unknown user or invalid password\n",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------ librephotos

LP_USERS = {
    "alice": "/data/alice",
    "bob": "/data/bob",
    "carol": "/data/carol",
}
LP_GEO_TB = [
    "Traceback (most recent call last):",
    '  File "/code/api/models/photo.py", line 304, in _geolocate_mapbox',
    "    res = reverse_geocode(self.exif_gps_lat, self.exif_gps_lon)",
    '  File "/code/api/geocode/geocode.py", line 108, in reverse_geocode',
    "    return provider.reverse(lat, lon)",
    '  File "/code/api/geocode/geocode.py", line 62, in reverse',
    "    res = self._reverse(location)",
    '  File "/usr/local/lib/python3.10/dist-packages/geopy/geocoders/photon.py", line 220, in reverse',
    "    return self._call_geocoder(url, callback, timeout=timeout)",
    '  File "/usr/local/lib/python3.10/dist-packages/geopy/geocoders/base.py", line 388, in _call_geocoder',
    "    res = self._adapter_error_handler(error)",
    '  File "/usr/local/lib/python3.10/dist-packages/geopy/geocoders/base.py", line 411, in _adapter_error_handler',
    "    raise exc_cls(str(error)) from error",
    "geopy.exc.GeocoderServiceError: Non-successful status code 502",
]
LP_FFMPEG_TB = [
    "Traceback (most recent call last):",
    '  File "/code/api/directory_watcher.py", line 92, in handle_new_image',
    "    photo._generate_thumbnail(True)",
    '  File "/code/api/models/photo.py", line 122, in _generate_thumbnail',
    "    create_thumbnail_for_video(",
    '  File "/code/api/thumbnails.py", line 97, in create_thumbnail_for_video',
    "    .run(capture_stdout=True, capture_stderr=True)",
    '  File "/usr/local/lib/python3.10/dist-packages/ffmpeg/_run.py", line 325, in run',
    "    raise Error('ffmpeg', out, err)",
    "ffmpeg._run.Error: ffmpeg error (see stderr output for detail)",
]


def librephotos(r: random.Random) -> list[Log]:
    """LibrePhotos 2024w13 (the backend container's `ownphotos.log`, api.util's formatter
    `%(asctime)s : %(filename)s : %(funcName)s : %(lineno)s : %(levelname)s : %(message)s`)
    of a family of three, 06:00 to 12:00: the nightly phone sync's new photos picked up by the
    06:05 scan (each image: `job %s: handling image %s` and
    the ten steps' `job %s: generate thumbnails: %s, elapsed: %s` ... `image processed`, the
    elapsed time counted from the first; conflict copies `exists already`), alice importing a
    Google Takeout folder at 08:33 (its .json and .html files `Could not handle`, pyvips's
    error over two lines, many duplicates), the Photon geocoder answering 502 08:34-08:51
    (`something went wrong with geolocating` with geopy's traceback), videos ffmpeg cannot
    read, ratings written to XMP sidecars from the web app, a face scan at 10:15, the 11:05
    scan."""
    fs = Files()
    F = "ownphotos.log"

    def P(
        t: datetime,
        proc: int,
        where: tuple[str, str, int],
        level: str,
        label: str,
        lines: list[str],
    ) -> datetime:
        fn, func, line = where

        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} : {fn} : {func} : {line} : {level} : {lines[0]}",
                *lines[1:],
            ]

        return fs.add(F, t, label, text, proc, 1000)

    geo_down = (at(8, 34, 10), at(8, 51, 30))
    HANDLE = ("directory_watcher.py", "handle_new_image", 80)
    EXISTS = ("directory_watcher.py", "handle_new_image", 165)
    FAIL = ("directory_watcher.py", "handle_new_image", 170)
    VALID = ("directory_watcher.py", "is_valid_media", 37)
    STEPS = [
        ("generate thumbnails", 97, (0.4, 1.6)),
        ("calculate aspect ratio", 103, (0.01, 0.05)),
        ("generate caption", 109, (0.5, 2.4)),
        ("geolocate", 115, (0.1, 0.7)),
        ("extract date time", 121, (0.05, 0.3)),
        ("add location to album dates", 127, (0.01, 0.08)),
        ("extract rating", 133, (0.03, 0.2)),
        ("extract video length", 139, (0.01, 0.1)),
        ("extract faces", 145, (0.6, 3.5)),
        ("image processed", 151, (0.05, 0.4)),
    ]

    def new_image(t: datetime, proc: int, job: str, path: str, video: bool = False) -> datetime:
        t = P(
            t,
            proc,
            HANDLE,
            "INFO",
            "job %s: handling image %s",
            [f"job {job}: handling image {path}"],
        )
        if video and r.random() < 0.3:
            return P(
                t + sec(r.uniform(0.3, 1.2)),
                proc,
                FAIL,
                "ERROR",
                "job %s: could not load image %s. reason: ffmpeg error (see stderr output for detail)",
                [
                    f"job {job}: could not load image {path}. reason: ffmpeg error (see stderr output for detail)",
                    *LP_FFMPEG_TB,
                ],
            )
        t += sec(r.uniform(0.01, 0.05))
        el = 0.0
        for step, line, (lo, hi) in STEPS:
            d = r.uniform(lo, hi) * (
                3 if video and step in ("generate thumbnails", "extract video length") else 1
            )
            if step == "geolocate" and in_any(t, [geo_down]):
                d += 0.25
                t = P(
                    t + sec(d),
                    proc,
                    ("photo.py", "_geolocate_mapbox", 316),
                    "ERROR",
                    "something went wrong with geolocating",
                    ["something went wrong with geolocating", *LP_GEO_TB],
                )
                d = 0.0005
            el += d
            t = P(
                t + sec(d),
                proc,
                ("directory_watcher.py", "handle_new_image", line),
                "INFO",
                f"job %s: {step}: %s, elapsed: %s",
                [f"job {job}: {step}: {path}, elapsed: {el:.6f}"],
            )
        return t

    def exists(t: datetime, proc: int, job: str, path: str) -> datetime:
        t = P(
            t,
            proc,
            HANDLE,
            "INFO",
            "job %s: handling image %s",
            [f"job {job}: handling image {path}"],
        )
        return P(
            t + sec(r.uniform(0.05, 0.4)),
            proc,
            EXISTS,
            "WARNING",
            "job %s: file %s exists already",
            [f"job {job}: file {path} exists already"],
        )

    def cannot(t: datetime, proc: int, path: str) -> datetime:
        return P(
            t,
            proc,
            VALID,
            "INFO",
            'Could not handle %s, because unable to call thumbnail\\n  VipsForeignLoad: "%s" is not a known file format',
            [
                f"Could not handle {path}, because unable to call thumbnail",
                f'  VipsForeignLoad: "{path}" is not a known file format',
                "",
            ],
        )

    def camera_name(user: str, t: datetime, i: int) -> str:
        hh, mm = 8 + (i * 37) % 14, (i * 7) % 60
        if user == "alice":
            return f"{LP_USERS[user]}/Camera/2024/06/PXL_20240606_{hh:02d}{mm:02d}{r.randint(10, 59)}{r.randint(100, 999)}.jpg"
        if user == "bob":
            return f"{LP_USERS[user]}/Phone/DCIM/Camera/IMG_20240606_{hh:02d}{mm:02d}{r.randint(10, 59)}.jpg"
        return f"{LP_USERS[user]}/iCloud/2024-06/IMG_{4100 + i}.JPG"

    def scan(t0: datetime, user: str, items: list[tuple[str, str]]) -> datetime:
        """scan_photos for one user: a pool of two processes over `items` ((kind, path))."""
        job = uuid4(r)
        procs = {p: t0 + sec(r.uniform(1, 4)) for p in (r.randint(200, 900), r.randint(200, 900))}
        for kind, path in items:
            p = min(procs, key=lambda k: procs[k])
            t = procs[p]
            if kind == "new":
                t = new_image(t, p, job, path)
            elif kind == "video":
                t = new_image(t, p, job, path, video=True)
            elif kind == "dup":
                t = exists(t, p, job, path)
            else:
                t = cannot(t, p, path)
            procs[p] = t + sec(r.uniform(0.05, 0.5))
        t = max(procs.values()) + sec(r.uniform(1, 3))
        n_new = sum(1 for k, _ in items if k in ("new", "video"))
        total = len(items) + r.randint(2000, 9000)
        t = P(
            t,
            1,
            ("directory_watcher.py", "scan_photos", 259),
            "INFO",
            "Scanned %d files in : %s",
            [f"Scanned {total} files in : {LP_USERS[user]}"],
        )
        t = P(
            t + sec(r.uniform(1, 6)),
            1,
            ("directory_watcher.py", "scan_photos", 263),
            "INFO",
            "Finished updating album things",
            ["Finished updating album things"],
        )
        t = P(
            t + sec(r.uniform(2, 12)),
            1,
            ("directory_watcher.py", "scan_photos", 269),
            "INFO",
            "Finished checking paths",
            ["Finished checking paths"],
        )
        return P(
            t + sec(r.uniform(0.05, 0.3)),
            1,
            ("directory_watcher.py", "scan_photos", 276),
            "INFO",
            "Added %d photos",
            [f"Added {n_new} photos"],
        )

    def phone_batch(user: str, n: int, dups: int, videos: int) -> list[tuple[str, str]]:
        items: list[tuple[str, str]] = []
        for i in range(n):
            items.append(("new", camera_name(user, T0, i)))
        for i in range(videos):
            items.append(("video", camera_name(user, T0, 300 + i).rsplit(".", 1)[0] + ".mp4"))
        for i in range(dups):
            p = camera_name(user, T0, 600 + i)
            items.append(
                (
                    "dup",
                    p.rsplit(".", 1)[0]
                    + r.choice([" (1)", "~2", "_conflict-20240606"])
                    + "."
                    + p.rsplit(".", 1)[1],
                )
            )
        r.shuffle(items)
        return items

    # the nightly sync's photos, scanned at 06:05 (cron: manage.py scan)
    t = at(6, 5, 0.4)
    t = scan(t, "alice", phone_batch("alice", 36, 30, 7))
    t = scan(t + sec(2), "bob", phone_batch("bob", 25, 22, 5))
    scan(t + sec(2), "carol", phone_batch("carol", 9, 8, 1))
    # alice imports a Google Takeout folder at 08:30
    items: list[tuple[str, str]] = []
    tk = f"{LP_USERS['alice']}/Takeout/Google Photos"
    albums = [
        "Photos from 2019",
        "Photos from 2020",
        "Trip to Lisbon",
        "Photos from 2021",
        "Grandpa 80th",
    ]
    for _i in range(105):
        a = r.choice(albums)
        name = (
            f"IMG_{r.randint(1000, 9999)}.JPG"
            if r.random() < 0.6
            else f"PXL_2021{r.randint(1, 12):02d}{r.randint(1, 28):02d}_{r.randint(100000, 235959)}{r.randint(100, 999)}.jpg"
        )
        if r.random() < 0.58:
            items.append(("dup", f"{tk}/{a}/{name}"))
        else:
            items.append(("new", f"{tk}/{a}/{name}"))
        if r.random() < 0.9:
            items.append(("bad", f"{tk}/{a}/{name}.json"))
    for a in albums:
        items.append(("bad", f"{tk}/{a}/metadata.json"))
        items.append(
            (
                "bad",
                f"{tk}/{a}/print-subscriptions.json"
                if a.startswith("Photos")
                else f"{tk}/{a}/shared_album_comments.json",
            )
        )
    items.append(("bad", f"{LP_USERS['alice']}/Takeout/archive_browser.html"))
    r.shuffle(items)
    scan(at(8, 33, 44), "alice", items)
    # bob's face scan
    t = at(10, 15, 31)
    P(
        t + sec(r.uniform(300, 420)),
        1,
        ("directory_watcher.py", "scan_faces", 344),
        "INFO",
        "Added %d faces",
        [f"Added {r.randint(30, 60)} faces"],
    )
    # the 11:05 scan: the morning's photos
    t = at(11, 5, 0.3)
    t = scan(t, "alice", phone_batch("alice", 12, 4, 2))
    t = scan(t + sec(2), "bob", phone_batch("bob", 8, 3, 1))
    scan(t + sec(2), "carol", phone_batch("carol", 3, 1, 0))
    # ratings and favourites written to sidecars by the web app
    for t in poisson(r, at(6, 40), T_END, 420):
        user = r.choice(["alice", "alice", "bob", "carol"])
        p = camera_name(user, t, r.randint(0, 400)).rsplit(".", 1)[0] + ".xmp"
        tag = r.choice(
            ["{'Rating': 5}", "{'Rating': 4}", "{'Rating': 3}", "{'Rating': 1}", "{'Rating': 0}"]
        )
        P(
            t,
            2,
            ("util.py", "write_metadata", 121),
            "INFO",
            "Writing %s to %s",
            [f"Writing {tag} to {p}"],
        )
    return fs.logs(T0)


SYSTEMS = {
    "gitbucket": gitbucket,
    "pydio-cells": pydio_cells,
    "bugzilla": bugzilla,
    "lychee": lychee,
    "librephotos": librephotos,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
