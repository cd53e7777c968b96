#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 192 (keystone, swift, shibboleth-idp, privacyidea, mdadm)
into bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Two OpenStack services, two identity services and
Linux software RAID, 06:00 to 12:00 on 2024-06-07; none of the five was in the set (Nova,
Neutron, Keycloak, Authelia, Authentik, Apereo CAS, smartd, ZED, multipathd and DRBD are).

- Keystone 2024.1 (`ctl1-keystone.log`, `ctl2-keystone.log`, `ctl3-keystone.log`: oslo.log's
  default `%(asctime)s.%(msecs)03d %(process)d %(levelname)s %(name)s [%(global_request_id)s
  %(request_id)s %(user_identity)s] %(instance)s%(message)s`, `[-]` without a request, the
  `: ExceptionClass: text` summary oslo.log appends to a warning logged while an exception is
  handled, each traceback line under `logging_exception_prefix`): three controllers under
  Apache mod_wsgi, five processes each. Every password check warns `Truncating password to
  algorithm specific maximum length %d characters.` (bcrypt); services validating tokens;
  Flask's error handler's `Authorization failed. %(exception)s from %(remote_addr)s` (a stale
  exporter password 07:45-10:52, mistyped passwords, an expired one, a guessing run locking
  svc-backup: `The account is locked for user: %s.`), `LOG.warning(str(error))` for
  ForbiddenAction, ProjectNotFound, UserNotFound, DomainNotFound, RoleAssignmentNotFound and a
  Conflict; RabbitMQ restarted at 08:31 (oslo.messaging's `[%s] AMQP server on %s:%d is
  unreachable: %s. Trying again in %d seconds.` and `Reconnected to AMQP server on ...`);
  `keystone-manage fernet_rotate` on ctl1 at 09:00 (fernet_utils' seven INFO lines) with the
  keys not synced, ctl2 and ctl3 answering `Could not recognize Fernet token` until 09:37 and
  then warning `key_repository is world readable: %s` on every key load until 11:20; the
  Galera VIP moving at 10:14 (oslo.db's `Database connection was found disconnected;
  reconnecting` with the DBConnectionError's `[SQL: ...]` and `(Background on this error at:
  ...)` lines and a chained traceback, 40 prefixed lines per event); Apache restarted at 11:05
  (oslo.config's `Deprecated: Option "%s" from group "%s" is deprecated. Use option "%s" from
  group "%s".` per process).
- Swift 2.33 (`proxy1-swift.log`, `proxy2-swift.log`, `sto1-swift.log`, `sto2-swift.log`,
  `sto3-swift.log`: the daemons' syslog through rsyslog's traditional files, `Jun  7 06:00:41
  proxy1 proxy-server: ...`): proxy-logging's access line (client ip, remote addr,
  `%d/%b/%Y/%H/%M/%S`, method, path, protocol, status, referer, quoted user agent, the token cut
  to 16 characters and `...`, bytes, transaction id, `%.4f` duration, epoch start and end, policy
  index) for four tenants (backups, Glance images, a website's assets, a log shipper); the
  logger's ` (txn: %s) (client_ip: %s)` suffix on non-INFO lines; sto3's sdc throwing I/O errors
  07:32-08:58 (`ERROR __call__ error with %s %s : [Errno 5] Input/output error: '%s'`),
  swift-drive-audit unmounting it at 09:00 (`Unmounting %s with %d errors`, `Commenting out %s
  from /etc/fstab`, every other run `No drives were unmounted`), then the proxies'
  `Node will be error limited for %.2fs: %s, error: ERROR Insufficient Storage` and `Handoff
  requested (%d)`, the other replicators' `%s responded as unmounted` for each partition, sto3's
  `/srv/node/sdc is not mounted` and `Skipping: ...` until 11:34; sto2 overloaded by a
  rebalance 10:10-10:25 (`ERROR with Object server %s re: Trying to %s %s: ConnectionTimeout
  (0.5s)`, `... re: Expect: 100-continue on %s: ...`, `Object PUT returning 503, %s/%s
  required connections`, longer replication passes); the replicators'
  pass reports every 30 minutes, the updaters' sweeps (SweepStats' counts), the auditors' hourly
  `Object audit (ZBF)` / `(ALL)` reports, a quarantined object and one `Error syncing
  partition: ` whose traceback Swift's formatter writes on the same line with `#012`.
- Shibboleth IdP 4.3 (`idp-process.log`: logback's default `%date{ISO8601} -
  %mdc{idp.remote_addr} - %level [%logger:%line] - %msg%n%ex{short}`, the address empty on
  background threads; `idp-audit.log`: the default audit format, one `|`-separated line per
  SSO with the compact UTC time first): a university's logins checked against AD (`Credential
  Validator ldap: Login by '%s' succeeded` / `failed`), SSOs to nine SPs; a timesheet SP not in
  the metadata from 07:10 (`Message Handler:  No metadata returned for %s in role %s with
  protocol %s`, `Profile Action SelectProfileConfiguration: Profile %s is not available for RP
  configuration %s (RPID %s)`, LogEvent's `A non-proceed event occurred while processing the
  request: %s`); a research portal eight minutes slow (`Message was expired: ...`), replayed
  requests; a guessing run (`Account locked out, aborting authentication`); the AD controllers
  unreachable 08:40-08:47 (`Login by %s produced exception` with ldaptive's exception and one
  frame); InCommon's aggregate refreshed hourly (`New metadata successfully loaded for '%s'`,
  `Next refresh cycle for metadata provider '%s' will occur on '%s' ('%s' local time)`), the
  10:00 refresh failing in a DNS outage; attribute-filter.xml broken 10:41-10:53 (`Service
  '%s': Reload for %s failed` three times, then `Completed reload ...` and `Reload complete`);
  Jetty restarted at 11:30 (LogImplementationDetails, OpenSAML's initialization, every
  service's reload).
- privacyIDEA 3.9 (`pi1-privacyidea.log`, `pi2-privacyidea.log`: its default
  `[%(asctime)s][%(process)d][%(thread)d][%(levelname)s][%(name)s:%(lineno)d] %(message)s`,
  INFO): /validate/check from a VPN's RADIUS plugin and Keycloak's provider; the AD resolver
  created per request (`Setting system wide POOLING_LOOP_TIMEOUT to %s.`), every user
  resolution's `user %r found in resolver %r` and `userid resolved to %r ` (its trailing space),
  otppin=userstore's `User %r from realm %r tries to authenticate`, mistyped AD passwords
  (`failed to check password for %r/%r: %r`, `user %r failed to authenticate.`), a locked token
  (`['Failcounter exceeded'] %s`), replayed TOTP values, autoresyncs; the AD controllers
  unreachable 08:20-08:26 (Flask's `Exception on %s [%s]` with ldap3's traceback); Firebase
  answering 503 09:10-09:41 (`Failed to send message to firebase service: %s` with the JSON
  body over seven lines, `Failed to submit message to Firebase service for token %s.`); the SMS
  gateway failing 10:20-10:35; the audit database lost at 10:05 (`exception %r`, `DATA: %s`); a
  token import (`initialize token. serial: %s, realm: %s`), admin logins and notification mails.
- mdadm 4.2 with the kernel's md driver (`bk1-syslog` ... `bk6-syslog`: the md lines of six
  Debian 12 backup servers' /var/log/syslog, rsyslog's RFC 3339 stamps, `kernel: [uptime]`):
  mdadm's monitor writes `%s event detected on md device %s` (`, component device %s`, `: %s`),
  a few lines per change of state, and the kernel writes the rest, so both are here. The
  weekly data-check at 06:05 (`md: data-check of RAID array %s`, `md: delaying data-check of
  %s until %s has finished (they share one or more physical units)`, RebuildStarted, RebuildNN,
  `md: %s: data-check done.`, RebuildFinished with and without `mismatches found`); bk2's sdg1
  failing under it (1,126 rate-limited `md/raid:%s: read error corrected (%lu sectors at %llu
  on %pg)` with `raid5_end_read_request: %d callbacks suppressed`, then `read error not
  correctable`, `Too many read errors, failing device %pg.`, `Disk failure on %pg, disabling
  device.`, `Operation continuing on %d devices.`, the hot spare's recovery); bk3's degraded
  RAID1s (the 06:25 oneshot's DegradedArray, the disk replaced at 10:21, `md: recovery of RAID
  array %s`, SpareActive); bk4's controller dropping two disks (Fail, a bitmap re-add); bk5's
  sda3 (`md/raid1:%s: %pg: rescheduling sector %llu`, `read error corrected`, `redirecting
  sector %llu to other mirror: %pg`); bk1 rebooted at 11:10 (`md: %s stopped.`, the arrays
  assembled again from the ring buffer rsyslog reads at start, small uptimes).

Label notes. The heads are context: oslo.log's time, pid, level, logger and request context
(and the traceback prefix), the error summary it appends (`: keystone.exception.X: ...`), the
syslog heads, Swift's ` (txn: %s) (client_ip: %s)`, logback's time, address, level, logger and
line, privacyIDEA's brackets, the kernel's uptime. OpenSAML's and the IdP's `getLogPrefix()`
(`Metadata Resolver FileBackedHTTPMetadataResolver InCommon: `, `Profile Action ...: `,
`Message Handler: `, `Credential Validator ldap: `, `Service '%s': `) is a component prefix,
context as Kafka's `[GroupCoordinator 1]: ` is. A keystone exception's text is its
message_format (Flask's handler logs `str(error)`); oslo.messaging's `[Errno 111] ECONNREFUSED`
and the DB error are messages of their own. A word picked by the call site is wording: Swift's
server type (`Object`), the auditor's `ZBF` / `ALL`, mdadm's event names (`Fail`,
`RebuildStarted`, `Rebuild%02d` from the percentage, `DegradedArray`), md's `data-check` /
`recovery` and `done` / `interrupted`, the `md/raid:` and `md/raid1:` prefixes (two drivers);
names, addresses, ids, sectors, counts and an LDAP exception's text are values. Swift's access
line is labelled as the set's access logs are: method, route (`/v1/AUTH_%s/%s/%s`, a
container listing `/v1/AUTH_%s/%s`, the query string a value) and status. The IdP's audit line
is its format's thirteen fields. The lines after an event's first (oslo.log's prefixed
traceback lines, the DB error's second and third lines, logback's exception and frame, the
Firebase JSON, Python tracebacks) have no label; Swift's `#012` keeps its traceback on the line.

Least sure (written from the helper's knowledge; Keystone's error handler, exceptions, fernet_utils
and password hashing, oslo.log's formatter, oslo.messaging's, oslo.db's and oslo.config's
messages, Swift's proxy, replicator, updater, auditor, drive-audit and logging code,
privacyIDEA's log calls (their line numbers too) and mdadm's Monitor.c were read in copies of
their sources; the IdP's validator, metadata, replay, lifetime, reload and version lines in
copies of its and OpenSAML's): the IdP's line numbers, its audit field order for 4.3 and
whether the compact audit time is UTC; Keystone's request context for token validations and
whether the deprecated `notification_driver` still reports; the kernel's md and raid5 wording
in 6.1 (`read error corrected` rate-limited at info, the callbacks-suppressed line's function
name), the ring-buffer lines' stamps after a reboot; privacyIDEA's Flask logger name and line
(`privacyidea.app:1744`) and the SMSError text; Swift's `Error syncing partition`
frames.
"""

from __future__ import annotations

import math
import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec, syslog_ts
from generate_round147 import T0, T_END, at, weighted


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def pytrace(frames: list[tuple[str, int, str, str]], tail: list[str]) -> list[str]:
    """A Python traceback's lines: the header, each frame's two lines, then `tail`."""
    out = ["Traceback (most recent call last):"]
    for f, n, fn, src in frames:
        out.append(f'  File "{f}", line {n}, in {fn}')
        if src:
            out.append(f"    {src}")
    return out + tail


# -------------------------------------------------------------------------------- keystone

KS_HOSTS = {"ctl1": "10.20.0.11", "ctl2": "10.20.0.12", "ctl3": "10.20.0.13"}
KS_PIDS = {
    "ctl1": [2811, 2812, 2813, 2814, 2815],
    "ctl2": [2790, 2791, 2792, 2793, 2794],
    "ctl3": [2803, 2804, 2805, 2806, 2807],
}
KS_NEW_PIDS = {
    "ctl1": [41102, 41103, 41104, 41105, 41106],
    "ctl2": [39871, 39872, 39873, 39874, 39875],
    "ctl3": [40217, 40218, 40219, 40220, 40221],
}
KS_RABBIT = ["10.20.0.11", "10.20.0.12", "10.20.0.13"]
# service users (name, user id, the controller nodes they live on)
KS_SERVICES = ["nova", "neutron", "glance", "cinder", "placement", "heat", "octavia"]
KS_DIST = "/usr/lib/python3/dist-packages"
KS_TRUNC = "Truncating password to algorithm specific maximum length %d characters."
KS_AUTHFAIL = "Authorization failed. The request you have made requires authentication. from %s"
KS_ACTIONS = [
    "identity:list_users",
    "identity:list_projects",
    "identity:get_domain",
    "identity:list_role_assignments",
    "identity:create_project",
    "identity:list_domains",
    "identity:update_user",
]


def ks_dbtrace() -> list[str]:
    """oslo.db's ping listener raising on a dead connection, SQLAlchemy 1.4 under pymysql."""
    sa = f"{KS_DIST}/sqlalchemy"
    frames1 = [
        (f"{sa}/engine/base.py", 1900, "_execute_context", "self.dialect.do_execute("),
        (f"{sa}/engine/default.py", 736, "do_execute", "cursor.execute(statement, parameters)"),
        (f"{KS_DIST}/pymysql/cursors.py", 148, "execute", "result = self._query(query)"),
        (f"{KS_DIST}/pymysql/cursors.py", 310, "_query", "conn.query(q)"),
        (
            f"{KS_DIST}/pymysql/connections.py",
            548,
            "query",
            "self._affected_rows = self._read_query_result(unbuffered=unbuffered)",
        ),
        (
            f"{KS_DIST}/pymysql/connections.py",
            775,
            "_read_query_result",
            "result.read()",
        ),
        (
            f"{KS_DIST}/pymysql/connections.py",
            1156,
            "read",
            "first_packet = self.connection._read_packet()",
        ),
        (
            f"{KS_DIST}/pymysql/connections.py",
            692,
            "_read_packet",
            "packet_header = self._read_bytes(4)",
        ),
        (
            f"{KS_DIST}/pymysql/connections.py",
            748,
            "_read_bytes",
            "raise err.OperationalError(",
        ),
    ]
    err = "(2013, 'Lost connection to MySQL server during query')"
    out = pytrace(frames1, [f"pymysql.err.OperationalError: {err}", ""])
    out += [
        "The above exception was the direct cause of the following exception:",
        "",
    ]
    frames2 = [
        (
            f"{KS_DIST}/oslo_db/sqlalchemy/engines.py",
            73,
            "_connect_ping_listener",
            "connection.scalar(select(1))",
        ),
        (
            f"{sa}/engine/base.py",
            1218,
            "scalar",
            "return self.execute(object_, *multiparams, **params).scalar()",
        ),
        (
            f"{sa}/engine/base.py",
            1380,
            "execute",
            "return meth(self, multiparams, params, _EMPTY_EXECUTION_OPTIONS)",
        ),
        (f"{sa}/engine/base.py", 1943, "_execute_context", "self._handle_dbapi_exception("),
        (
            f"{sa}/engine/base.py",
            2122,
            "_handle_dbapi_exception",
            "util.raise_(newraise, with_traceback=exc_info[2], from_=e)",
        ),
        (f"{sa}/util/compat.py", 211, "raise_", "raise exception"),
    ]
    out += pytrace(
        frames2,
        [
            f"oslo_db.exception.DBConnectionError: (pymysql.err.OperationalError) {err}",
            "[SQL: SELECT 1]",
            "(Background on this error at: https://sqlalche.me/e/14/e3q8)",
            "",
        ],
    )
    return out


def keystone(r: random.Random) -> list[Log]:
    """Keystone 2024.1 under Apache mod_wsgi on three controllers (ctl1-3, five WSGI processes
    each), 06:00 to 12:00: service users and people authenticating by password (every check
    warning that the password is truncated for bcrypt), the cloud's monitoring exporter left with
    a stale password 07:45-10:52, a password-guessing run locking an account at 08:06, RabbitMQ
    restarted at 08:31, the Fernet keys rotated on ctl1 at 09:00 but not synced (ctl2 and ctl3
    rejecting new tokens until 09:37, and warning on every key load that the repository synced by
    hand is world readable until 11:20), the Galera VIP moving at 10:14 (each process finding its
    pooled connection dead), Apache restarted at 11:05 by a config push."""
    fs = Files()
    hosts = list(KS_HOSTS)
    apache_restart = at(11, 5, 2)
    amqp_down = (at(8, 31, 4), at(8, 32, 51))
    rotation = at(9, 0, 1)
    resync = at(9, 37, 12)
    world_fixed = at(11, 20, 30)
    exporter_bad = (at(7, 45, 0), at(10, 52, 0))
    vip_move = at(10, 14, 20)
    users = {s: (hexid(r, 32), s) for s in [*KS_SERVICES, "exporter", "ci-deployer", "svc-backup"]}
    people = [
        "akowalski",
        "bmartin",
        "cnguyen",
        "dpatel",
        "eriksson",
        "fgarcia",
        "gkim",
        "hmueller",
        "ipetrova",
        "jsmith",
        "kyamada",
        "lrossi",
    ]
    for p in people:
        users[p] = (hexid(r, 32), p)
    service_project = hexid(r, 32)
    projects = [hexid(r, 32) for _ in range(14)]
    deleted_projects = [hexid(r, 32) for _ in range(5)]
    gone_users = [hexid(r, 32) for _ in range(3)]
    roles = {"member": hexid(r, 32), "reader": hexid(r, 32), "load-balancer_member": hexid(r, 32)}

    def pid_of(h: str, t: datetime) -> int:
        pool = KS_NEW_PIDS[h] if t >= apache_restart + sec(3) else KS_PIDS[h]
        return r.choice(pool)

    def req_ctx(uid: str | None, proj: str | None, glob: bool = False) -> str:
        g = f"req-{uuid4(r)}" if glob else "None"
        rid = f"req-{uuid4(r)}"
        if uid is None:
            return f"{g} {rid} - - - - - -"
        return f"{g} {rid} {uid} {proj or '-'} - - default {'default' if proj else '-'}"

    def L(
        h: str,
        t: datetime,
        pid: int,
        level: str,
        logger: str,
        ctx: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
        trace: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            stamp = f"{x:%Y-%m-%d %H:%M:%S}.{ms3(x)}"
            lines = [f"{stamp} {pid} {level} {logger} [{ctx}] {msg}", *(more or [])]
            for tl in trace or []:
                lines.append(f"{stamp} {pid} ERROR {logger} {tl}")
            return lines

        return fs.add(f"{h}-keystone.log", t, label, text, (h, pid), 1000)

    summ_unauth = (
        ": keystone.exception.Unauthorized: The request you have made requires authentication."
    )

    def password_auth(
        h: str, t: datetime, who: str, ok: bool, src: str, pid: int | None = None
    ) -> datetime:
        pid = pid or pid_of(h, t)
        ctx = req_ctx(None, None)
        t = L(
            h, t, pid, "WARNING", "keystone.common.password_hashing", ctx, KS_TRUNC, KS_TRUNC % 72
        )
        if not ok:
            t = L(
                h,
                t + sec(r.uniform(0.02, 0.09)),
                pid,
                "WARNING",
                "keystone.server.flask.application",
                ctx,
                KS_AUTHFAIL,
                f"Authorization failed. The request you have made requires authentication. from {src}{summ_unauth}",
            )
        return t

    def world(h: str, t: datetime, pid: int, ctx: str) -> datetime:
        if h != "ctl1" and resync <= t < world_fixed:
            return L(
                h,
                t,
                pid,
                "WARNING",
                "keystone.common.fernet_utils",
                ctx,
                "key_repository is world readable: %s",
                "key_repository is world readable: /etc/keystone/fernet-keys/",
            )
        return t

    t0, t_end = T0, T_END
    # service users renewing their tokens, and their services validating users' tokens
    for s in KS_SERVICES:
        for t in poisson(r, t0, t_end, 300.0):
            h = r.choice(hosts)
            pid = pid_of(h, t)
            tt = password_auth(h, t, s, True, f"10.20.0.{r.randint(11, 13)}", pid)
            world(h, tt + sec(r.uniform(0.05, 0.2)), pid, req_ctx(None, None))
    # token validations by the services (GET /v3/auth/tokens): warnings only when they fail
    for t in poisson(r, t0, t_end, 11.0):
        h = r.choice(hosts)
        pid = pid_of(h, t)
        svc = r.choice(KS_SERVICES)
        ctx = req_ctx(users[svc][0], service_project, glob=r.random() < 0.6)
        tt = world(h, t, pid, ctx)
        new_token = rotation <= t < resync and h != "ctl1" and r.random() < 0.55
        if new_token:
            L(
                h,
                tt + sec(r.uniform(0.003, 0.02)),
                pid,
                "WARNING",
                "keystone.server.flask.application",
                ctx,
                "Could not recognize Fernet token",
                "Could not recognize Fernet token: keystone.exception.TokenNotFound: Could not recognize Fernet token",
            )
        elif r.random() < 0.055:
            L(
                h,
                tt + sec(r.uniform(0.003, 0.02)),
                pid,
                "WARNING",
                "keystone.server.flask.application",
                ctx,
                "Failed to validate token",
                "Failed to validate token: keystone.exception.TokenNotFound: Failed to validate token",
            )
    # people: CLI and dashboard logins, some mistyped
    for t in poisson(r, at(6, 40), t_end, 95.0):
        h = r.choice(hosts)
        who = r.choice(people)
        ok = r.random() > 0.09
        src = r.choice(
            ["10.20.0.40", "10.20.0.41", f"172.16.{r.randint(4, 9)}.{r.randint(10, 250)}"]
        )
        password_auth(h, t, who, ok, src)
    # the exporter polls every minute with its own password; stale 07:45-10:52
    t = t0 + sec(r.uniform(0, 30))
    while t < t_end:
        h = r.choice(hosts)
        bad = exporter_bad[0] <= t < exporter_bad[1]
        if bad or r.random() < 0.04:
            password_auth(h, t, "exporter", not bad, "10.20.0.60")
        t += sec(60 + r.uniform(-0.4, 0.4))
    # the CI deployer's password expired at 06:00
    for t in [
        at(6, 12, 5),
        at(6, 12, 41),
        at(7, 3, 9),
        at(9, 18, 30),
        at(9, 18, 55),
        at(11, 41, 2),
    ]:
        h = r.choice(hosts)
        pid = pid_of(h, t)
        ctx = req_ctx(None, None)
        tt = L(
            h, t, pid, "WARNING", "keystone.common.password_hashing", ctx, KS_TRUNC, KS_TRUNC % 72
        )
        uid = users["ci-deployer"][0]
        L(
            h,
            tt + sec(0.04),
            pid,
            "WARNING",
            "keystone.server.flask.application",
            ctx,
            "Authorization failed. The password is expired and needs to be changed for user: %s. from %s",
            f"Authorization failed. The password is expired and needs to be changed for user: {uid}. from 10.30.1.25: keystone.exception.PasswordExpired: The password is expired and needs to be changed for user: {uid}.",
        )
    # password guessing against svc-backup from one address, locked after six failures
    t = at(8, 6, 2)
    uid = users["svc-backup"][0]
    for i in range(48):
        h = hosts[i % 3]
        pid = pid_of(h, t)
        ctx = req_ctx(None, None)
        if i < 6:
            password_auth(h, t, "svc-backup", False, "203.0.113.77", pid)
        else:
            tt = L(
                h,
                t,
                pid,
                "WARNING",
                "keystone.common.password_hashing",
                ctx,
                KS_TRUNC,
                KS_TRUNC % 72,
            )
            L(
                h,
                tt + sec(0.03),
                pid,
                "WARNING",
                "keystone.server.flask.application",
                ctx,
                "Authorization failed. The account is locked for user: %s. from %s",
                f"Authorization failed. The account is locked for user: {uid}. from 203.0.113.77: keystone.exception.AccountLocked: The account is locked for user: {uid}.",
            )
        t += sec(r.uniform(1.5, 9))
    # members calling admin APIs, lookups of what is gone
    for t in poisson(r, at(6, 30), t_end, 190.0):
        h = r.choice(hosts)
        pid = pid_of(h, t)
        who = r.choice(people[:8])
        ctx = req_ctx(users[who][0], r.choice(projects))
        k = r.random()
        if k < 0.5:
            act = r.choice(KS_ACTIONS)
            L(
                h,
                t,
                pid,
                "WARNING",
                "keystone.server.flask.application",
                ctx,
                "You are not authorized to perform the requested action: %s.",
                f"You are not authorized to perform the requested action: {act}.: keystone.exception.ForbiddenAction: You are not authorized to perform the requested action: {act}.",
            )
        elif k < 0.8:
            p = r.choice(deleted_projects)
            L(
                h,
                t,
                pid,
                "WARNING",
                "keystone.server.flask.application",
                ctx,
                "Could not find project: %s.",
                f"Could not find project: {p}.: keystone.exception.ProjectNotFound: Could not find project: {p}.",
            )
        elif k < 0.93:
            u = r.choice(gone_users)
            L(
                h,
                t,
                pid,
                "WARNING",
                "keystone.server.flask.application",
                ctx,
                "Could not find user: %s.",
                f"Could not find user: {u}.: keystone.exception.UserNotFound: Could not find user: {u}.",
            )
        else:
            d = r.choice(["corp", "partners", hexid(r, 32)])
            L(
                h,
                t,
                pid,
                "WARNING",
                "keystone.server.flask.application",
                ctx,
                "Could not find domain: %s.",
                f"Could not find domain: {d}.: keystone.exception.DomainNotFound: Could not find domain: {d}.",
            )
    # an onboarding script re-creating users and revoking roles twice, 07:20
    t = at(7, 20, 11)
    admin = users["ci-deployer"][0]
    for name in ["mvega", "nokafor", "oberg", "pwalsh", "qchen", "rdiaz"]:
        h = r.choice(hosts)
        pid = pid_of(h, t)
        ctx = req_ctx(admin, projects[0])
        L(
            h,
            t,
            pid,
            "WARNING",
            "keystone.server.flask.application",
            ctx,
            "Conflict occurred attempting to store user - Duplicate entry found with name %s at domain ID %s.",
            f"Conflict occurred attempting to store user - Duplicate entry found with name {name} at domain ID default.: keystone.exception.Conflict: Conflict occurred attempting to store user - Duplicate entry found with name {name} at domain ID default.",
        )
        t += sec(r.uniform(0.4, 1.5))
        for rn in ["member", "load-balancer_member"]:
            h = r.choice(hosts)
            pid = pid_of(h, t)
            rid, actor, target = roles[rn], hexid(r, 32), r.choice(projects)
            L(
                h,
                t,
                pid,
                "WARNING",
                "keystone.server.flask.application",
                req_ctx(admin, projects[0]),
                "Could not find role assignment with role: %s, user or group: %s, project, domain, or system: %s.",
                f"Could not find role assignment with role: {rid}, user or group: {actor}, project, domain, or system: {target}.: keystone.exception.RoleAssignmentNotFound: Could not find role assignment with role: {rid}, user or group: {actor}, project, domain, or system: {target}.",
            )
            t += sec(r.uniform(0.3, 1.2))
    # RabbitMQ restarted: each process's notifier connection retries, then reconnects
    for h in hosts:
        for pid in KS_PIDS[h]:
            if r.random() < 0.25:
                continue
            cid = uuid4(r)
            host = r.choice(KS_RABBIT)
            t = amqp_down[0] + sec(r.uniform(0.5, 25))
            delay = 1
            while t < amqp_down[1]:
                L(
                    h,
                    t,
                    pid,
                    "ERROR",
                    "oslo.messaging._drivers.impl_rabbit",
                    "-",
                    "[%s] AMQP server on %s:%d is unreachable: [Errno 111] ECONNREFUSED. Trying again in %d seconds.",
                    f"[{cid}] AMQP server on {host}:5672 is unreachable: [Errno 111] ECONNREFUSED. Trying again in {delay} seconds.: ConnectionRefusedError: [Errno 111] ECONNREFUSED",
                )
                t += sec(delay + r.uniform(0.01, 0.2))
                delay = min(delay + 2, 32)
            L(
                h,
                t,
                pid,
                "INFO",
                "oslo.messaging._drivers.impl_rabbit",
                "-",
                "[%s] Reconnected to AMQP server on %s:%d via [%s] client with port %d.",
                f"[{cid}] Reconnected to AMQP server on {r.choice(KS_RABBIT)}:5672 via [amqp] client with port {r.randint(33000, 60999)}.",
            )
    # keystone-manage fernet_rotate from cron on ctl1
    kp = 18422
    t = rotation
    keys = [
        "/etc/keystone/fernet-keys/0",
        "/etc/keystone/fernet-keys/1",
        "/etc/keystone/fernet-keys/7",
        "/etc/keystone/fernet-keys/8",
    ]

    def K(t: datetime, label: str, msg: str) -> datetime:
        return L("ctl1", t, kp, "INFO", "keystone.common.fernet_utils", "-", label, msg)

    t = K(
        t,
        "Starting key rotation with %s key files: %s",
        f"Starting key rotation with 4 key files: {keys!r}",
    )
    t = K(
        t + sec(0.004),
        "Created a new temporary key: %s",
        "Created a new temporary key: /etc/keystone/fernet-keys/0.tmp",
    )
    t = K(t + sec(0.001), "Current primary key is: %s", "Current primary key is: 8")
    t = K(t + sec(0.0005), "Next primary key will be: %s", "Next primary key will be: 9")
    t = K(
        t + sec(0.001),
        "Promoted key 0 to be the primary: %s",
        "Promoted key 0 to be the primary: 9",
    )
    t = K(
        t + sec(0.001),
        "Become a valid new key: %s",
        "Become a valid new key: /etc/keystone/fernet-keys/0",
    )
    K(t + sec(0.001), "Excess key to purge: %s", "Excess key to purge: /etc/keystone/fernet-keys/1")
    # the Galera VIP moves: each process's pooled connection is found dead
    for h in hosts:
        for pid in KS_PIDS[h]:
            t = vip_move + sec(r.uniform(0.5, 40))
            L(
                h,
                t,
                pid,
                "ERROR",
                "oslo_db.sqlalchemy.engines",
                req_ctx(None, None)
                if r.random() < 0.5
                else req_ctx(users[r.choice(KS_SERVICES)][0], service_project),
                "Database connection was found disconnected; reconnecting",
                "Database connection was found disconnected; reconnecting: oslo_db.exception.DBConnectionError: (pymysql.err.OperationalError) (2013, 'Lost connection to MySQL server during query')",
                more=[
                    "[SQL: SELECT 1]",
                    "(Background on this error at: https://sqlalche.me/e/14/e3q8)",
                ],
                trace=ks_dbtrace(),
            )
    # Apache restarted by a config push: each new process reports the deprecated options
    for h in hosts:
        for pid in KS_NEW_PIDS[h]:
            t = apache_restart + sec(r.uniform(3.2, 30))
            t = L(
                h,
                t,
                pid,
                "WARNING",
                "oslo_config.cfg",
                "-",
                'Deprecated: Option "%s" from group "%s" is deprecated. Use option "%s" from group "%s".',
                'Deprecated: Option "notification_driver" from group "DEFAULT" is deprecated. Use option "driver" from group "oslo_messaging_notifications".',
            )
            L(
                h,
                t + sec(0.0004),
                pid,
                "WARNING",
                "oslo_config.cfg",
                "-",
                'Deprecated: Option "%s" from group "%s" is deprecated. Use option "%s" from group "%s".',
                'Deprecated: Option "notification_topics" from group "DEFAULT" is deprecated. Use option "topics" from group "oslo_messaging_notifications".',
            )
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- swift

SW_PROXIES = {"proxy1": "10.30.0.21", "proxy2": "10.30.0.22"}
SW_STORAGE = {"sto1": "10.30.1.11", "sto2": "10.30.1.12", "sto3": "10.30.1.13"}
SW_DEVS = ["sdb", "sdc", "sdd", "sde"]
SW_ACCOUNTS = {
    "backups": "AUTH_3f1c9a7e52d04b6c8e0a2f6d19b47c55",
    "glance": "AUTH_8b2d44e1f0a34c7f9e51d2c6a0b3e7f1",
    "web": "AUTH_c41e07d9a8b24f35b6e2d18f7a9c0e42",
    "logs": "AUTH_5e9a1b3c7d2f4e6a8b0c1d3e5f7a9b2c",
}
SW_UA = {
    "backups": "python-swiftclient-4.5.0",
    "glance": "openstacksdk/3.0.0%20keystoneauth1/5.6.0%20python-requests/2.31.0%20CPython/3.10.12",
    "web": "rclone/v1.66.0",
    "logs": "fluent-plugin-swift/0.1.1",
}
SW_CLIENTS = {
    "backups": ["10.40.2.31", "10.40.2.32"],
    "glance": ["10.20.0.11", "10.20.0.12", "10.20.0.13"],
    "web": ["10.40.5.10", "10.40.5.11"],
    "logs": ["10.40.7.21"],
}
SW_PART_POWER = 7
SW_DIST = "/usr/lib/python3/dist-packages"


def sw_dbytes(r: random.Random, lo: int, hi: int) -> int:
    return int(math.exp(r.uniform(math.log(lo), math.log(hi))))


def swift(r: random.Random) -> list[Log]:
    """Swift 2.33 on two proxies and three storage nodes (four disks each, one replica policy
    of three), syslog through rsyslog's traditional files, 06:00 to 12:00: backups, Glance
    images, a website's assets and a log shipper as tenants; sto3's sdc throwing I/O errors
    07:32-08:58 until swift-drive-audit unmounts it at 09:00 (507s from then on: proxies
    error-limiting the node, PUTs going to handoffs, the other nodes' replicators finding it
    unmounted, sto3's own daemons skipping it) and the disk remounted after replacement at 11:34,
    sto2 overloaded by a rebalance 10:10-10:25 (connect timeouts, error limiting, a few PUTs
    refused with 503)."""
    fs = Files()
    sdc_errors = (at(7, 32, 10), at(8, 58, 40))
    sdc_out = (at(9, 0, 14), at(11, 34, 40))
    sto2_slow = (at(10, 10, 0), at(10, 25, 30))

    def S(h: str, t: datetime, ident: str, label: str, msg: str) -> datetime:
        return fs.add(
            f"{h}-swift.log",
            t,
            label,
            lambda x: [f"{syslog_ts(x)} {h} {ident}: {msg}"],
            (h, ident),
            1_000_000,
        )

    # the object ring: each partition's three primaries on distinct nodes
    ring: list[list[tuple[str, str]]] = []
    for _ in range(2**SW_PART_POWER):
        hs = r.sample(list(SW_STORAGE), 3)
        ring.append([(hh, r.choice(SW_DEVS)) for hh in hs])

    def nstr(n: tuple[str, str], port: int = 6200) -> str:
        return f"{SW_STORAGE[n[0]]}:{port}/{n[1]}"

    def txid(t: datetime) -> str:
        return f"tx{hexid(r, 21)}-{int(t.timestamp()):010x}"

    limited: dict[tuple[str, tuple[str, str]], datetime] = {}

    def access(
        h: str,
        t: datetime,
        acct: str,
        method: str,
        path: str,
        status: int,
        tx: str,
        dur: float,
        recv: int,
        sent: int,
        policy: str,
    ) -> None:
        end = t + sec(dur)
        client = r.choice(SW_CLIENTS[acct])
        token = "gAAAAABmYr" + alnum(r, 6) + "..."
        fs.add(
            f"{h}-swift.log",
            end,
            f"{method} {path_route(path)} {status}",
            lambda x: [
                f"{syslog_ts(x)} {h} proxy-server: {client} {client} {x:%d/%b/%Y/%H/%M/%S} {method} {path} HTTP/1.0 {status} - {SW_UA[acct]} {token} {recv or '-'} {sent or '-'} - {tx} - {dur:.4f} - - {t.timestamp():.9f} {x.timestamp():.9f} {policy}"
            ],
            (h, "proxy-server"),
            1_000_000,
        )

    def path_route(path: str) -> str:
        parts = path.split("?")[0].split("/")
        if len(parts) >= 5:
            return "/v1/AUTH_%s/%s/%s"
        return "/v1/AUTH_%s/%s"

    def err_limit(
        h: str, t: datetime, n: tuple[str, str], tx: str, client: str, reason: str = ""
    ) -> None:
        key = (h, n)
        if key in limited and t < limited[key]:
            return
        limited[key] = t + sec(60)
        if reason:
            S(
                h,
                t,
                "proxy-server",
                "Node will be error limited for %.2fs: %s, error: ERROR Insufficient Storage",
                f"Node will be error limited for 60.00s: {nstr(n)}, error: ERROR Insufficient Storage (txn: {tx}) (client_ip: {client})",
            )
        else:
            S(
                h,
                t,
                "proxy-server",
                "Node will be error limited for %.2fs: %s",
                f"Node will be error limited for 60.00s: {nstr(n)} (txn: {tx}) (client_ip: {client})",
            )

    def is_limited(h: str, n: tuple[str, str], t: datetime) -> bool:
        return (h, n) in limited and t < limited[(h, n)]

    timeouts: dict[tuple[str, tuple[str, str]], int] = {}

    def request(t: datetime, acct: str) -> None:
        h = r.choice(list(SW_PROXIES))
        a = SW_ACCOUNTS[acct]
        client = r.choice(SW_CLIENTS[acct])
        tx = txid(t)
        if acct == "backups":
            cont = r.choice(["db-dumps", "etc-snapshots", "home"])
            obj = f"{r.choice(['pg-main', 'pg-billing', 'mysql-wiki', 'host-a', 'host-b'])}/{t:%Y%m%dT%H}00.tar.gz.{r.randint(0, 40):04d}"
            method = r.choice(["PUT", "PUT", "PUT", "HEAD"])
        elif acct == "glance":
            cont = "glance"
            obj = uuid4(r)
            method = r.choice(["GET", "GET", "GET", "HEAD", "PUT"])
        elif acct == "web":
            cont = r.choice(["assets", "assets", "uploads"])
            obj = r.choice(
                [
                    f"img/products/{r.randint(1000, 9999)}.jpg",
                    f"css/site.{hexid(r, 8)}.css",
                    f"js/app.{hexid(r, 8)}.js",
                    f"u/{r.randint(100, 999)}/{hexid(r, 12)}.png",
                ]
            )
            method = r.choice(["GET"] * 6 + ["PUT"])
        else:
            cont = "app-logs"
            obj = f"{t:%Y/%m/%d/%H}/{r.choice(['web1', 'web2', 'worker1'])}-{hexid(r, 6)}.log.gz"
            method = "PUT"
        listing = r.random() < 0.08
        path = f"/v1/{a}/{cont}?format=json" if listing else f"/v1/{a}/{cont}/{obj}"
        if listing:
            access(
                h,
                t,
                acct,
                "GET",
                path,
                200,
                tx,
                r.uniform(0.01, 0.09),
                0,
                r.randint(400, 90000),
                "0",
            )
            return
        part = r.randrange(2**SW_PART_POWER)
        prim = ring[part]
        dur = r.uniform(0.008, 0.09)
        size = (
            sw_dbytes(r, 2_000, 400_000_000)
            if acct in ("backups", "glance")
            else sw_dbytes(r, 900, 3_000_000)
        )
        status = {"PUT": 201, "GET": 200, "HEAD": 200}[method]
        if method == "GET" and r.random() < 0.03:
            status = 404
        recv, sent = (
            (size, 0) if method == "PUT" else (0, size if status == 200 and method == "GET" else 0)
        )
        if method == "PUT":
            dur += size / 180_000_000
        elif method == "GET" and status == 200:
            dur += size / 400_000_000
        tt = t + sec(r.uniform(0.001, 0.004))
        # sto3/sdc unmounted: 507s, error limiting, handoffs for PUTs
        for n in prim:
            if (
                n == ("sto3", "sdc")
                and sdc_out[0] <= t < sdc_out[1]
                and (method == "PUT" or r.random() < 0.5)
            ):
                if not is_limited(h, n, tt):
                    err_limit(h, tt, n, tx, client, reason="507")
                if method == "PUT":
                    S(
                        h,
                        tt + sec(0.002),
                        "proxy-server",
                        "Handoff requested (%d)",
                        f"Handoff requested (1) (txn: {tx}) (client_ip: {client})",
                    )
        # sto2 overloaded: connect timeouts
        failed = 0
        for n in prim:
            if n[0] == "sto2" and sto2_slow[0] <= t < sto2_slow[1] and r.random() < 0.55:
                if is_limited(h, n, tt):
                    continue
                if method == "PUT":
                    info = f"Expect: 100-continue on /{a}/{cont}/{obj}"
                else:
                    info = f"Trying to {method} {path}"
                S(
                    h,
                    tt,
                    "proxy-server",
                    "ERROR with Object server %s re: Expect: 100-continue on %s: ConnectionTimeout (%ss)"
                    if method == "PUT"
                    else "ERROR with Object server %s re: Trying to %s %s: ConnectionTimeout (%ss)",
                    f"ERROR with Object server {nstr(n)} re: {info}: ConnectionTimeout (0.5s) (txn: {tx}) (client_ip: {client})",
                )
                dur += 0.5
                failed += 1
                k = (h, n)
                timeouts[k] = timeouts.get(k, 0) + 1
                if timeouts[k] % 10 == 0:
                    err_limit(h, tt + sec(0.001), n, tx, client)
        if method == "PUT" and failed and r.random() < 0.4:
            S(
                h,
                tt + sec(0.51),
                "proxy-server",
                "Object PUT returning 503, %s/%s required connections",
                f"Object PUT returning 503, 1/2 required connections (txn: {tx}) (client_ip: {client})",
            )
            access(h, t, acct, method, path, 503, tx, dur, 0, 0, "0")
            return
        access(h, t, acct, method, path, status, tx, dur, recv, sent, "0")

    t0, t_end = T0, T_END
    rates = {"backups": 55.0, "glance": 95.0, "web": 48.0, "logs": 90.0}
    for acct, mean in rates.items():
        for t in poisson(r, t0, t_end, mean):
            if (
                acct == "backups"
                and not (at(6, 0) <= t < at(7, 30) or at(10, 30) <= t < at(11, 0))
                and r.random() < 0.6
            ):
                continue
            request(t, acct)
    # sto3/sdc failing: object-server errors on writes and reads
    for t in poisson(r, sdc_errors[0], sdc_errors[1], 140.0):
        part = r.randrange(2**SW_PART_POWER)
        method = r.choice(["PUT", "GET", "PUT"])
        acct = r.choice(list(SW_ACCOUNTS))
        p = f"/sdc/{part}/{SW_ACCOUNTS[acct]}/{r.choice(['glance', 'db-dumps', 'assets'])}/{hexid(r, 8)}"
        fpath = (
            f"/srv/node/sdc/objects/{part}/{hexid(r, 3)}/{hexid(r, 32)}/{t.timestamp():.5f}.data"
        )
        S(
            "sto3",
            t,
            "object-server",
            "ERROR __call__ error with %s %s : [Errno 5] Input/output error: '%s'",
            f"ERROR __call__ error with {method} {p} : [Errno 5] Input/output error: '{fpath}' (txn: {txid(t)})",
        )
    # swift-drive-audit from cron every 30 minutes on each storage node
    for h in SW_STORAGE:
        t = t0 + sec(60 * (7 if h == "sto1" else 12 if h == "sto2" else 0) + r.uniform(0.1, 0.9))
        while t < t_end:
            if h == "sto3" and sdc_out[0] - sec(5) <= t < sdc_out[0] + sec(5):
                S(
                    h,
                    t,
                    "drive-audit",
                    "Unmounting %s with %d errors",
                    "Unmounting /srv/node/sdc with 63 errors",
                )
                S(
                    h,
                    t + sec(0.2),
                    "drive-audit",
                    "Commenting out %s from /etc/fstab",
                    "Commenting out /srv/node/sdc from /etc/fstab",
                )
            else:
                S(h, t, "drive-audit", "No drives were unmounted", "No drives were unmounted")
            t += sec(1800)
    # object replicators: a pass every ~30 minutes on each node
    for h in SW_STORAGE:
        t = t0 + sec(r.uniform(30, 600))
        while t < t_end:
            t = S(
                h,
                t,
                "object-replicator",
                "Starting object replication pass.",
                "Starting object replication pass.",
            )
            slow = h == "sto2" and sto2_slow[0] <= t < sto2_slow[1]
            dur = r.uniform(150, 260) * (2.5 if slow else 1.0)
            my = [p for p in range(2**SW_PART_POWER) if any(n[0] == h for n in ring[p])]
            unmounted = [p for p in my if ("sto3", "sdc") in ring[p] and h != "sto3"]
            failures = 0
            if sdc_out[0] <= t < sdc_out[1]:
                for i in range(len(unmounted)):
                    S(
                        h,
                        t + sec(dur * (i + 1) / (len(unmounted) + 2)),
                        "object-replicator",
                        "%s responded as unmounted",
                        f"{SW_STORAGE['sto3']}:6200/sdc responded as unmounted",
                    )
                failures = len(unmounted)
            if h == "sto3" and sdc_out[0] <= t < sdc_out[1]:
                S(
                    h,
                    t + sec(0.01),
                    "object-replicator",
                    "%s is not mounted",
                    "/srv/node/sdc is not mounted",
                )
                my = [p for p in my if ("sto3", "sdc") not in ring[p]]
            if h == "sto1" and at(8, 20) <= t < at(8, 50):
                tt = t + sec(r.uniform(20, dur - 20))
                part = r.choice(my)
                S(
                    h,
                    tt,
                    "object-replicator",
                    "Error syncing partition",
                    "Error syncing partition: #012"
                    + "#012".join(
                        pytrace(
                            [
                                (
                                    f"{SW_DIST}/swift/obj/replicator.py",
                                    651,
                                    "update",
                                    "hashed, local_hash = tpool.execute(",
                                ),
                                (
                                    f"{SW_DIST}/eventlet/tpool.py",
                                    132,
                                    "execute",
                                    "six.reraise(c, e, tb)",
                                ),
                                (f"{SW_DIST}/six.py", 719, "reraise", "raise value"),
                                (
                                    f"{SW_DIST}/eventlet/tpool.py",
                                    86,
                                    "tworker",
                                    "rv = meth(*args, **kwargs)",
                                ),
                                (
                                    f"{SW_DIST}/swift/obj/diskfile.py",
                                    1289,
                                    "_get_hashes",
                                    "hashed, hashes = self.__get_hashes(*args, **kwargs)",
                                ),
                                (
                                    f"{SW_DIST}/swift/obj/diskfile.py",
                                    1348,
                                    "__get_hashes",
                                    "for suff in os.listdir(partition_path):",
                                ),
                            ],
                            [
                                f"OSError: [Errno 117] Structure needs cleaning: '/srv/node/sdd/objects/{part}'"
                            ],
                        )
                    ),
                )
                failures += 1
            n = len(my)
            stamp = t + sec(dur)
            S(
                h,
                stamp,
                "object-replicator",
                "%d/%d (%.2f%%) partitions replicated in %.2fs (%.2f/sec, %s remaining)",
                f"{n}/{n} (100.00%) partitions replicated in {dur:.2f}s ({n / dur:.2f}/sec, 0s remaining)",
            )
            S(
                h,
                stamp,
                "object-replicator",
                "%s successes, %s failures",
                f"{n * 2 - failures} successes, {failures} failures",
            )
            sfx = n * r.randint(55, 70)
            S(
                h,
                stamp,
                "object-replicator",
                "%d suffixes checked - %.2f%% hashed, %.2f%% synced",
                f"{sfx} suffixes checked - {r.uniform(0, 0.6):.2f}% hashed, {r.uniform(0, 0.2) + (4 if failures else 0):.2f}% synced",
            )
            S(
                h,
                stamp,
                "object-replicator",
                "Partition times: max %.4fs, min %.4fs, med %.4fs",
                f"Partition times: max {r.uniform(3, 12) * (3 if slow else 1):.4f}s, min {r.uniform(0.01, 0.03):.4f}s, med {r.uniform(0.4, 0.9):.4f}s",
            )
            S(
                h,
                stamp + sec(0.3),
                "object-replicator",
                "Object replication complete. (%.02f minutes)",
                f"Object replication complete. ({dur / 60:.2f} minutes)",
            )
            t = stamp + sec(1800)
    # object updaters, every 30 minutes; object auditors' hourly reports
    for h in SW_STORAGE:
        t = t0 + sec(r.uniform(60, 900))
        while t < t_end:
            t = S(h, t, "object-updater", "Begin object update sweep", "Begin object update sweep")
            total = 0.0
            for d in SW_DEVS:
                if h == "sto3" and d == "sdc" and sdc_out[0] <= t < sdc_out[1]:
                    S(
                        h,
                        t + sec(0.01),
                        "object-updater",
                        "Skipping: %s is not mounted",
                        "Skipping: /srv/node/sdc is not mounted",
                    )
                    continue
                pid = r.randint(20000, 60000)
                ts = t + sec(total + 0.02)
                S(
                    h,
                    ts,
                    "object-updater",
                    "Object update sweep starting on %s (pid: %d)",
                    f"Object update sweep starting on /srv/node/{d} (pid: {pid})",
                )
                el = r.uniform(0.02, 0.4)
                ok = r.randint(0, 3) if not (sto2_slow[0] <= t < sto2_slow[1]) else r.randint(8, 30)
                fl = (
                    0 if not (h != "sto2" and sto2_slow[0] <= t < sto2_slow[1]) else r.randint(1, 6)
                )
                S(
                    h,
                    ts + sec(el),
                    "object-updater",
                    "Object update sweep of %s completed: %.02fs, %d successes, %d failures, %d quarantines, %d unlinks, %d errors, %d redirects, %d skips, %d deferrals, %d drains",
                    f"Object update sweep of /srv/node/{d} completed: {el:.2f}s, {ok} successes, {fl} failures, 0 quarantines, {ok} unlinks, 0 errors, 0 redirects, 0 skips, 0 deferrals, 0 drains",
                )
                total += el
            S(
                h,
                t + sec(total + 0.3),
                "object-updater",
                "Object update sweep completed: %.02fs",
                f"Object update sweep completed: {total + 0.28:.2f}s",
            )
            t += sec(1800)
        t = t0 + sec(r.uniform(100, 3000))
        files = {"sto1": 311_204, "sto2": 308_977, "sto3": 312_530}[h]
        while t < t_end:
            for typ in ["ZBF", "ALL"]:
                passes = r.randint(25_000, 30_000) if typ == "ALL" else r.randint(300_000, 320_000)
                quars = 1 if (h == "sto3" and typ == "ALL" and at(8, 0) <= t < at(9, 0)) else 0
                start = t - sec(3600)
                S(
                    h,
                    t + sec(0.05 if typ == "ALL" else 0.0),
                    "object-auditor",
                    f"Object audit ({typ}). Since %s: Locally: %d passed, %d quarantined, %d errors, files/sec: %.2f, bytes/sec: %.2f, Total time: %.2f, Auditing time: %.2f, Rate: %.2f",
                    f"Object audit ({typ}). Since {start:%a %b} {start.day:2d} {start:%H:%M:%S %Y}: Locally: {passes} passed, {quars} quarantined, 0 errors, files/sec: {passes / 3600:.2f}, bytes/sec: {(r.uniform(9e6, 1.2e7) if typ == 'ALL' else 0):.2f}, Total time: 3600.{r.randint(10, 99)}, Auditing time: {r.uniform(3300, 3590):.2f}, Rate: {r.uniform(0.92, 0.99):.2f}",
                )
            _ = files
            t += sec(3600)
    S(
        "sto3",
        at(8, 41, 17),
        "object-auditor",
        "ERROR Object %s failed audit and was quarantined: ETag %s and file's md5 %s do not match",
        f"ERROR Object /srv/node/sdc/objects/{r.randrange(256)}/{hexid(r, 3)}/{hexid(r, 32)} failed audit and was quarantined: ETag {hexid(r, 32)} and file's md5 {hexid(r, 32)} do not match",
    )
    return fs.logs(t0)


# -------------------------------------------------------------------------- shibboleth-idp

IDP_ENTITY = "https://idp.example.edu/idp/shibboleth"
IDP_SPS = [
    # entity id, attributes released, weight
    (
        "https://lms.example.edu/shibboleth",
        "uid,mail,eduPersonPrincipalName,eduPersonScopedAffiliation,displayName",
        30,
    ),
    ("https://mail.example.edu/sso/saml", "uid,mail", 16),
    ("https://wiki.example.edu/shibboleth", "uid,mail,displayName", 9),
    ("https://library.example.edu/sp", "eduPersonScopedAffiliation,eduPersonTargetedID", 8),
    ("urn:amazon:webservices", "uid", 3),
    ("https://sp.zoom.us", "mail,givenName,sn", 10),
    ("https://www.jstor.org/shibboleth", "eduPersonScopedAffiliation,eduPersonTargetedID", 5),
    ("https://sso.canvaslms.example.edu/saml2", "uid,mail,eduPersonPrincipalName", 6),
    ("https://hr.example.edu/saml/metadata", "uid,mail,employeeNumber", 4),
]
IDP_ROGUE_SP = "https://timesheets.example.edu/saml/metadata"
IDP_SKEWED_SP = "https://research-portal.example.edu/shibboleth"
IDP_PROFILE_SSO = "http://shibboleth.net/ns/profiles/saml2/sso/browser"
IDP_PROFILE_SLO = "http://shibboleth.net/ns/profiles/saml2/logout"
IDP_PPT = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
IDP_REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect"
IDP_POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST"
IDP_INCOMMON = "http://md.incommon.org/InCommon/InCommon-metadata.xml"
IDP_LOCAL_MD = [
    ("LocalSPs", "/opt/shibboleth-idp/metadata/local-sps.xml"),
    ("AWS", "/opt/shibboleth-idp/metadata/aws-metadata.xml"),
]
IDP_SERVICES = [
    "shibboleth.LoggingService",
    "shibboleth.ReloadableAccessControlService",
    "shibboleth.MetadataResolverService",
    "shibboleth.RelyingPartyResolverService",
    "shibboleth.NameIdentifierGenerationService",
    "shibboleth.AttributeResolverService",
    "shibboleth.AttributeFilterService",
    "shibboleth.CASServiceRegistry",
    "shibboleth.ManagedBeanService",
]


def shibboleth_idp(r: random.Random) -> list[Log]:
    """A university's Shibboleth IdP 4.3 (Jetty 10, Java 17) on one host, 06:00 to 12:00:
    idp-process.log (logback's default `%date{ISO8601} - %mdc{idp.remote_addr} - %level
    [%logger:%line] - %msg%n%ex{short}`) and idp-audit.log (the default audit format, one
    `|`-separated line per SSO). Morning logins to the LMS, mail, Zoom and others with the
    passwords checked against AD; a new timesheet SP not yet in the metadata sending users
    every few minutes from 07:10; a research portal whose clock runs eight minutes behind;
    a password-guessing run locking an account at 07:52; the AD domain controllers unreachable
    08:40-08:47 (logins failing with an exception); InCommon's aggregate refreshed every
    hour, the 10:00 refresh failing in a DNS outage; attribute-filter.xml broken by an edit at
    10:41 and fixed at 10:53 (the service's reloads failing, then completing); Jetty restarted
    at 11:30 for a Java update."""
    fs = Files()
    t0, t_end = T0, T_END
    ad_down = (at(8, 40, 5), at(8, 47, 30))
    dns_out = (at(9, 58, 0), at(10, 6, 0))
    filter_bad = (at(10, 41, 12), at(10, 53, 40))
    restart = at(11, 30, 4)
    threads = [f"qtp{r.randint(100000000, 999999999)}-{n}" for n in range(5)]
    _ = threads

    def P(
        t: datetime,
        addr: str,
        level: str,
        logger: str,
        line: int,
        label: str,
        msg: str,
        ex: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            stamp = f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)}"
            return [f"{stamp} - {addr} - {level} [{logger}:{line}] - {msg}", *(ex or [])]

        return fs.add("idp-process.log", t, label, text, "idp", 1000)

    def A(t: datetime, sp: str, user: str, attrs: str, profile: str = IDP_PROFILE_SSO) -> None:
        stamp = f"{t:%Y%m%dT%H%M%SZ}"
        req = f"_{hexid(r, 32)}"
        resp = f"_{hexid(r, 32)}"
        pid = f"AAdzZWNyZXQx{alnum(r, 40)}"
        sess = hexid(r, 64)
        fs.add(
            "idp-audit.log",
            t,
            "%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|",
            lambda x: [
                f"{stamp}|{IDP_REDIRECT}|{req}|{sp}|{profile}|{IDP_ENTITY}|{IDP_POST}|{resp}|{user}|{IDP_PPT}|{attrs}|{pid}|{sess}|"
            ],
            "audit",
            1_000_000,
        )

    def client_ip() -> str:
        k = r.random()
        if k < 0.55:
            return f"10.{r.choice([12, 13, 14])}.{r.randint(0, 255)}.{r.randint(2, 254)}"
        if k < 0.8:
            return f"172.20.{r.randint(0, 63)}.{r.randint(2, 254)}"
        return f"{r.choice([73, 98, 174, 24, 68])}.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"

    people = [
        f"{a}{b}"
        for a in ["j", "m", "s", "a", "k", "d", "r", "l", "t", "e"]
        for b in [
            "smith",
            "nguyen",
            "garcia",
            "chen",
            "patel",
            "okafor",
            "kim",
            "brown",
            "lopez",
            "walker",
        ]
    ]
    r.shuffle(people)
    people = people[:70]

    def sso(
        t: datetime, sp: str, attrs: str, user: str, addr: str, login: bool, fail_first: int = 0
    ) -> datetime:
        if login:
            for _ in range(fail_first):
                t = P(
                    t,
                    addr,
                    "INFO",
                    "net.shibboleth.idp.authn.impl.LDAPCredentialValidator",
                    159,
                    "Login by '%s' failed",
                    f"Credential Validator ldap: Login by '{user}' failed",
                )
                t += sec(r.uniform(6, 25))
            t = P(
                t,
                addr,
                "INFO",
                "net.shibboleth.idp.authn.impl.LDAPCredentialValidator",
                126,
                "Login by '%s' succeeded",
                f"Credential Validator ldap: Login by '{user}' succeeded",
            )
            t += sec(r.uniform(0.05, 0.4))
        A(t, sp, user, attrs)
        return t

    weights = [(w, (sp, attrs)) for sp, attrs, w in IDP_SPS]
    sessions: dict[str, datetime] = {}
    # the morning's logins; a session lasts eight hours, so later SSOs need no password
    for t in poisson(r, t0, t_end, 13.0):
        hour = t.hour + t.minute / 60
        if hour < 7.3 and r.random() < 0.55:
            continue
        if restart <= t < restart + sec(40):
            continue
        sp, attrs = weighted(r, weights)  # type: ignore[misc]
        user = r.choice(people)
        addr = client_ip()
        login = user not in sessions or r.random() < 0.08
        if login and ad_down[0] <= t < ad_down[1]:
            P(
                t,
                addr,
                "WARN",
                "net.shibboleth.idp.authn.impl.LDAPCredentialValidator",
                187,
                "Login by %s produced exception",
                f"Credential Validator ldap: Login by {user} produced exception",
                ex=[
                    f"org.ldaptive.LdapException: Unable to connect to the ldap entry point: [org.ldaptive.ConnectionException: java.net.ConnectException: Connection timed out] for {user}",
                    "\tat org.ldaptive.auth.Authenticator.authenticate(Authenticator.java:202)",
                ],
            )
            P(
                t + sec(0.002),
                addr,
                "WARN",
                "org.opensaml.profile.action.impl.LogEvent",
                101,
                "A non-proceed event occurred while processing the request: %s",
                "A non-proceed event occurred while processing the request: AuthenticationException",
            )
            continue
        fails = 1 if (login and r.random() < 0.07) else 0
        sso(t, sp, attrs, user, addr, login, fails)
        sessions[user] = t
    # the timesheet SP, not yet in any metadata source
    for t in poisson(r, at(7, 10), t_end, 150.0):
        if restart <= t < restart + sec(40):
            continue
        addr = client_ip()
        t = P(
            t,
            addr,
            "INFO",
            "org.opensaml.saml.common.binding.impl.SAMLMetadataLookupHandler",
            163,
            "No metadata returned for %s in role %s with protocol %s",
            f"Message Handler:  No metadata returned for {IDP_ROGUE_SP} in role {{urn:oasis:names:tc:SAML:2.0:metadata}}SPSSODescriptor with protocol urn:oasis:names:tc:SAML:2.0:protocol",
        )
        t = P(
            t + sec(0.004),
            addr,
            "WARN",
            "net.shibboleth.idp.profile.impl.SelectProfileConfiguration",
            118,
            "Profile %s is not available for RP configuration %s (RPID %s)",
            f"Profile Action SelectProfileConfiguration: Profile {IDP_PROFILE_SSO} is not available for RP configuration shibboleth.UnverifiedRelyingParty (RPID {IDP_ROGUE_SP})",
        )
        P(
            t + sec(0.001),
            addr,
            "WARN",
            "org.opensaml.profile.action.impl.LogEvent",
            101,
            "A non-proceed event occurred while processing the request: %s",
            "A non-proceed event occurred while processing the request: InvalidProfileConfiguration",
        )
    # the research portal's clock runs 8 minutes behind (requests arrive "expired")
    for t in poisson(r, t0, t_end, 420.0):
        addr = client_ip()
        issue = t - sec(480 + r.uniform(0, 20))
        exp = issue + sec(180)
        t = P(
            t,
            addr,
            "WARN",
            "org.opensaml.saml.common.binding.security.impl.MessageLifetimeSecurityHandler",
            183,
            "Message was expired: message issue time was '%s', message expired at: '%s', current time: '%s'",
            f"Message Handler: Message was expired: message issue time was '{issue:%Y-%m-%dT%H:%M:%S}Z', message expired at: '{exp:%Y-%m-%dT%H:%M:%S}Z', current time: '{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z'",
        )
        P(
            t + sec(0.001),
            addr,
            "WARN",
            "org.opensaml.profile.action.impl.LogEvent",
            101,
            "A non-proceed event occurred while processing the request: %s",
            "A non-proceed event occurred while processing the request: MessageExpired",
        )
    # double submissions of the same AuthnRequest (back button)
    for t in poisson(r, at(7, 0), t_end, 900.0):
        addr = client_ip()
        sp = weighted(r, weights)[0]  # type: ignore[index]
        t = P(
            t,
            addr,
            "WARN",
            "org.opensaml.saml.common.binding.security.impl.MessageReplaySecurityHandler",
            169,
            "Replay detected of message '%s' from issuer '%s'",
            f"Message Handler: Replay detected of message '_{hexid(r, 32)}' from issuer '{sp}'",
        )
        P(
            t + sec(0.001),
            addr,
            "WARN",
            "org.opensaml.profile.action.impl.LogEvent",
            101,
            "A non-proceed event occurred while processing the request: %s",
            "A non-proceed event occurred while processing the request: MessageReplay",
        )
    # a password-guessing run against one account; the lockout manager stops it
    t = at(7, 52, 3)
    for i in range(26):
        addr = "185.220.101.34"
        if i < 5:
            P(
                t,
                addr,
                "INFO",
                "net.shibboleth.idp.authn.impl.LDAPCredentialValidator",
                159,
                "Login by '%s' failed",
                "Credential Validator ldap: Login by 'tchen' failed",
            )
        else:
            P(
                t,
                addr,
                "INFO",
                "net.shibboleth.idp.authn.impl.ValidateCredentials",
                310,
                "Account locked out, aborting authentication",
                "Profile Action ValidateCredentials: Account locked out, aborting authentication",
            )
        t += sec(r.uniform(2, 14))

    # metadata: InCommon's aggregate hourly, the local files when they change
    def md_loaded(t: datetime, kind: str, name: str, src: str, every: float) -> datetime:
        t = P(
            t,
            "",
            "INFO",
            "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver",
            417,
            "New metadata successfully loaded for '%s'",
            f"Metadata Resolver {kind} {name}: New metadata successfully loaded for '{src}'",
        )
        nxt = t + sec(every)
        return P(
            t + sec(0.002),
            "",
            "INFO",
            "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver",
            320,
            "Next refresh cycle for metadata provider '%s' will occur on '%s' ('%s' local time)",
            f"Metadata Resolver {kind} {name}: Next refresh cycle for metadata provider '{src}' will occur on '{nxt:%Y-%m-%dT%H:%M:%S}.{ms3(nxt)}Z' ('{nxt:%Y-%m-%dT%H:%M:%S}.{ms3(nxt)}Z[Etc/UTC]' local time)",
        )

    t = at(6, 0, 41) + sec(0.117)
    while t < t_end:
        if dns_out[0] <= t < dns_out[1]:
            t = P(
                t + sec(10.01),
                "",
                "ERROR",
                "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver",
                344,
                "Error occurred while attempting to refresh metadata from '%s'",
                f"Metadata Resolver FileBackedHTTPMetadataResolver InCommon: Error occurred while attempting to refresh metadata from '{IDP_INCOMMON}'",
                ex=[
                    f"net.shibboleth.utilities.java.support.resolver.ResolverException: Error retrieving metadata from {IDP_INCOMMON}",
                    "\tat org.opensaml.saml.metadata.resolver.impl.HTTPMetadataResolver.fetchMetadata(HTTPMetadataResolver.java:279)",
                ],
            )
            t = P(
                t + sec(0.003),
                "",
                "INFO",
                "org.opensaml.saml.metadata.resolver.impl.AbstractReloadingMetadataResolver",
                320,
                "Next refresh cycle for metadata provider '%s' will occur on '%s' ('%s' local time)",
                f"Metadata Resolver FileBackedHTTPMetadataResolver InCommon: Next refresh cycle for metadata provider '{IDP_INCOMMON}' will occur on '{t + sec(600):%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z' ('{t + sec(600):%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z[Etc/UTC]' local time)",
            )
            t = t + sec(600)
            continue
        if restart <= t < restart + sec(60):
            t += sec(60)
            continue
        md_loaded(t, "FileBackedHTTPMetadataResolver", "InCommon", IDP_INCOMMON, 3600)
        t += sec(3600 + r.uniform(2.5, 8.5))
    md_loaded(at(9, 14, 20), "FilesystemMetadataResolver", "LocalSPs", IDP_LOCAL_MD[0][1], 300)
    # attribute-filter.xml broken by an edit; reloaded by hand (reload-service.sh) until fixed
    svc = "shibboleth.AttributeFilterService"
    for t in [filter_bad[0], filter_bad[0] + sec(191.4), filter_bad[0] + sec(487.9)]:
        P(
            t,
            "127.0.0.1",
            "ERROR",
            "net.shibboleth.utilities.java.support.service.AbstractReloadableService",
            198,
            "Reload for %s failed",
            f"Service '{svc}': Reload for {svc} failed",
            ex=[
                'net.shibboleth.utilities.java.support.service.ServiceException: org.springframework.beans.factory.xml.XmlBeanDefinitionStoreException: Line 212 in XML document from file [/opt/shibboleth-idp/conf/attribute-filter.xml] is invalid; nested exception is org.xml.sax.SAXParseException; lineNumber: 212; columnNumber: 23; The element type "afp:AttributeRule" must be terminated by the matching end-tag "</afp:AttributeRule>".',
                "\tat net.shibboleth.ext.spring.service.ReloadableSpringService.doReload(ReloadableSpringService.java:353)",
            ],
        )
    t = filter_bad[1]
    P(
        t,
        "127.0.0.1",
        "INFO",
        "net.shibboleth.ext.spring.service.ReloadableSpringService",
        355,
        "Completed reload and swapped in latest configuration for service '%s'",
        f"Service '{svc}': Completed reload and swapped in latest configuration for service '{svc}'",
    )
    P(
        t + sec(0.001),
        "127.0.0.1",
        "INFO",
        "net.shibboleth.ext.spring.service.ReloadableSpringService",
        362,
        "Reload complete",
        f"Service '{svc}': Reload complete",
    )
    # Jetty restarted for a Java update
    t = restart + sec(21.3)
    t = P(
        t,
        "",
        "INFO",
        "net.shibboleth.idp.admin.impl.LogImplementationDetails",
        57,
        "Shibboleth IdP Version %s",
        "Shibboleth IdP Version 4.3.1",
    )
    t = P(
        t + sec(0.001),
        "",
        "INFO",
        "net.shibboleth.idp.admin.impl.LogImplementationDetails",
        58,
        "Java version='%s' vendor='%s'",
        "Java version='17.0.11' vendor='Eclipse Adoptium'",
    )
    t = P(
        t + sec(0.3),
        "",
        "INFO",
        "org.opensaml.core.config.InitializationService",
        63,
        "Initializing OpenSAML using the Java Services API",
        "Initializing OpenSAML using the Java Services API",
    )
    for s in IDP_SERVICES:
        t += sec(r.uniform(0.05, 1.8))
        if s == "shibboleth.MetadataResolverService":
            for name, src in IDP_LOCAL_MD:
                t = md_loaded(t, "FilesystemMetadataResolver", name, src, 300)
            t = md_loaded(
                t + sec(r.uniform(1.5, 4)),
                "FileBackedHTTPMetadataResolver",
                "InCommon",
                IDP_INCOMMON,
                3600,
            )
        t = P(
            t,
            "",
            "INFO",
            "net.shibboleth.ext.spring.service.ReloadableSpringService",
            355,
            "Completed reload and swapped in latest configuration for service '%s'",
            f"Service '{s}': Completed reload and swapped in latest configuration for service '{s}'",
        )
        t = P(
            t + sec(0.001),
            "",
            "INFO",
            "net.shibboleth.ext.spring.service.ReloadableSpringService",
            362,
            "Reload complete",
            f"Service '{s}': Reload complete",
        )
    return fs.logs(t0)


# ----------------------------------------------------------------------------- privacyidea

PI_NODES = {"pi1": [1821, 1822], "pi2": [1790, 1791]}
PI_NEW_PIDS = {"pi1": [30417, 30418]}
PI_VENV = "/opt/privacyidea/lib/python3.10/site-packages"
PI_FIREBASE_503 = [
    "{",
    '  "error": {',
    '    "code": 503,',
    '    "message": "The service is currently unavailable.",',
    '    "status": "UNAVAILABLE"',
    "  }",
    "}",
]


def pi_ldap_trace() -> list[str]:
    v = PI_VENV
    return pytrace(
        [
            (f"{v}/flask/app.py", 1821, "full_dispatch_request", "rv = self.preprocess_request()"),
            (
                f"{v}/flask/app.py",
                2313,
                "preprocess_request",
                "rv = self.ensure_sync(before_func)()",
            ),
            (
                f"{v}/privacyidea/api/validate.py",
                134,
                "before_request",
                "request.User = get_user_from_param(request.all_data)",
            ),
            (
                f"{v}/privacyidea/lib/user.py",
                658,
                "get_user_from_param",
                "user_object = User(login=username, realm=realm,",
            ),
            (f"{v}/privacyidea/lib/user.py", 103, "__init__", "self._get_user_from_userstore()"),
            (
                f"{v}/privacyidea/lib/usercache.py",
                63,
                "cache_wrapper",
                "return wrapped_function(*args, **kwds)",
            ),
            (
                f"{v}/privacyidea/lib/user.py",
                113,
                "_get_user_from_userstore",
                "self._get_resolvers()",
            ),
            (
                f"{v}/privacyidea/lib/user.py",
                238,
                "_get_resolvers",
                "if self._locate_user_in_resolver(resolvername):",
            ),
            (
                f"{v}/privacyidea/lib/user.py",
                258,
                "_locate_user_in_resolver",
                "uid = y.getUserId(self.login)",
            ),
            (f"{v}/privacyidea/lib/resolvers/LDAPIdResolver.py", 656, "getUserId", "self._bind()"),
            (
                f"{v}/privacyidea/lib/resolvers/LDAPIdResolver.py",
                532,
                "_bind",
                "if not self.l.bind():",
            ),
            (f"{v}/ldap3/core/connection.py", 590, "bind", "self.open(read_server_info=False)"),
            (
                f"{v}/ldap3/strategy/sync.py",
                57,
                "open",
                "BaseStrategy.open(self, reset_usage, read_server_info)",
            ),
            (
                f"{v}/ldap3/strategy/base.py",
                146,
                "open",
                "raise exception_history[0][0](exception_history[0][1])",
            ),
        ],
        [
            "ldap3.core.exceptions.LDAPSocketOpenError: socket connection error while opening: timed out"
        ],
    )


def privacyidea(r: random.Random) -> list[Log]:
    """privacyIDEA 3.9 on two nodes (pi1, pi2; Apache mod_wsgi, two processes each) behind a
    load balancer, its default detail log at INFO, 06:00 to 12:00: the VPN's RADIUS plugin
    (otppin=userstore: the AD password checked first) and Keycloak's provider (push tokens)
    calling /validate/check for the `corp` realm (an AD resolver, created per request) and the
    `partners` realm (a SQL resolver, SMS tokens); replayed TOTP values, a locked token retried,
    mistyped AD passwords; the AD controllers unreachable from the nodes 08:20-08:26 (every check
    failing in before_request with ldap3's socket error); Firebase refusing push messages
    09:10-09:41; the SMS gateway answering errors 10:20-10:35; the audit database lost for a
    minute at 10:05; the helpdesk importing 40 hardware tokens at 09:50; pi1 reloaded at
    11:15."""
    fs = Files()
    t0, t_end = T0, T_END
    ad_down = (at(8, 20, 10), at(8, 26, 40))
    fcm_down = (at(9, 10, 0), at(9, 41, 30))
    sms_down = (at(10, 20, 0), at(10, 35, 0))
    audit_down = (at(10, 5, 3), at(10, 6, 9))
    reload1 = at(11, 15, 6)
    threads = {
        p: [139_900_000_000_000 + r.randrange(100_000_000_000) * 8 for _ in range(6)]
        for n in PI_NODES
        for p in PI_NODES[n] + PI_NEW_PIDS.get(n, [])
    }

    def pid_of(n: str, t: datetime) -> int:
        if n == "pi1" and t >= reload1 + sec(2):
            return r.choice(PI_NEW_PIDS["pi1"])
        return r.choice(PI_NODES[n])

    def L(
        n: str,
        t: datetime,
        pid: int,
        tid: int,
        level: str,
        logger: str,
        line: int,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            stamp = f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)}"
            return [f"[{stamp}][{pid}][{tid}][{level}][{logger}:{line}] {msg}", *(more or [])]

        return fs.add(f"{n}-privacyidea.log", t, label, text, (n, pid), 1000)

    corp = [
        f"{a}.{b}"
        for a in [
            "anna",
            "ben",
            "carla",
            "dirk",
            "eva",
            "frank",
            "gina",
            "hans",
            "ines",
            "jan",
            "katrin",
            "lars",
            "mia",
            "nils",
            "olga",
            "paul",
        ]
        for b in ["weber", "schmidt", "mueller", "fischer"]
    ]
    r.shuffle(corp)
    corp = corp[:48]
    guid = {u: uuid4(r) for u in corp}
    dn = {
        u: f"CN={u.split('.')[0].title()} {u.split('.')[1].title()},OU=Staff,OU=Users,DC=corp,DC=example,DC=de"
        for u in corp
    }
    partners = [
        f"{a}@{b}"
        for a in [
            "m.rossi",
            "j.dupont",
            "k.nowak",
            "s.jensen",
            "p.silva",
            "a.horvat",
            "t.berg",
            "l.costa",
        ]
        for b in ["acme-consult.it", "nordlog.dk"]
    ][:12]
    pid_sql = {u: str(1000 + i) for i, u in enumerate(partners)}
    totp = {u: f"TOTP{hexid(r, 8).upper()}" for u in corp}
    push = {u: f"PIPU{hexid(r, 8).upper()}" for u in r.sample(corp, 32)}
    locked = r.choice(corp)
    engine_seen: set[tuple[str, int]] = set()

    def resolve(n: str, t: datetime, pid: int, tid: int, user: str) -> datetime:
        if user in guid:
            t = L(
                n,
                t,
                pid,
                tid,
                "INFO",
                "privacyidea.lib.resolvers.LDAPIdResolver",
                332,
                "Setting system wide POOLING_LOOP_TIMEOUT to %s.",
                "Setting system wide POOLING_LOOP_TIMEOUT to 10.",
            )
            if ad_down[0] <= t < ad_down[1]:
                L(
                    n,
                    t + sec(r.uniform(10.0, 10.3)),
                    pid,
                    tid,
                    "ERROR",
                    "privacyidea.app",
                    1744,
                    "Exception on %s [%s]",
                    "Exception on /validate/check [POST]",
                    more=pi_ldap_trace(),
                )
                return datetime.max.replace(tzinfo=t.tzinfo)
            t = L(
                n,
                t + sec(r.uniform(0.004, 0.03)),
                pid,
                tid,
                "INFO",
                "privacyidea.lib.user",
                260,
                "user %r found in resolver %r",
                f"user '{user}' found in resolver 'corp-ad'",
            )
            return L(
                n,
                t,
                pid,
                tid,
                "INFO",
                "privacyidea.lib.user",
                262,
                "userid resolved to %r ",
                f"userid resolved to '{guid[user]}' ",
            )
        if (n, pid) not in engine_seen:
            engine_seen.add((n, pid))
            t = L(
                n,
                t,
                pid,
                tid,
                "INFO",
                "privacyidea.lib.resolvers.SQLIdResolver",
                499,
                "using the connect string %s",
                "using the connect string mysql+pymysql://pi_partners:***@db2.corp.example.de/partners?charset=utf8mb4",
            )
        t = L(
            n,
            t + sec(r.uniform(0.002, 0.01)),
            pid,
            tid,
            "INFO",
            "privacyidea.lib.user",
            260,
            "user %r found in resolver %r",
            f"user '{user}' found in resolver 'partners-sql'",
        )
        return L(
            n,
            t,
            pid,
            tid,
            "INFO",
            "privacyidea.lib.user",
            262,
            "userid resolved to %r ",
            f"userid resolved to '{pid_sql[user]}' ",
        )

    def check(t: datetime, via: str) -> None:
        n = r.choice(list(PI_NODES))
        if n == "pi1" and reload1 - sec(1) <= t < reload1 + sec(2):
            n = "pi2"
        pid = pid_of(n, t)
        tid = r.choice(threads[pid])
        if via == "partners":
            user = r.choice(partners)
        elif r.random() < 0.03:
            user = locked
        else:
            user = r.choice(corp)
        t = resolve(n, t, pid, tid, user)
        if t.year > 2100:
            return
        t += sec(r.uniform(0.005, 0.03))
        if via == "vpn" and user in guid:
            t = L(
                n,
                t,
                pid,
                tid,
                "INFO",
                "privacyidea.lib.user",
                430,
                "User %r from realm %r tries to authenticate",
                f"User '{user}' from realm 'corp' tries to authenticate",
            )
            if r.random() < 0.06:
                t = L(
                    n,
                    t + sec(r.uniform(0.02, 0.09)),
                    pid,
                    tid,
                    "WARNING",
                    "privacyidea.lib.resolvers.LDAPIdResolver",
                    394,
                    "failed to check password for %r/%r: %r",
                    f"failed to check password for '{guid[user]}'/'{dn[user]}': Exception('Wrong credentials')",
                )
                L(
                    n,
                    t,
                    pid,
                    tid,
                    "INFO",
                    "privacyidea.lib.user",
                    442,
                    "user %r failed to authenticate.",
                    f"user User(login='{user}', realm='corp', resolver='corp-ad') failed to authenticate.",
                )
                return
            t += sec(r.uniform(0.02, 0.09))
        if user == locked:
            L(
                n,
                t,
                pid,
                tid,
                "INFO",
                "privacyidea.lib.tokenclass",
                1308,
                "['Failcounter exceeded'] %s",
                f"['Failcounter exceeded'] {totp[user]}",
            )
            return
        k = r.random()
        if via == "keycloak" and user in push:
            if fcm_down[0] <= t < fcm_down[1]:
                t = L(
                    n,
                    t,
                    pid,
                    tid,
                    "WARNING",
                    "privacyidea.lib.smsprovider.FirebaseProvider",
                    165,
                    "Failed to send message to firebase service: %s",
                    "Failed to send message to firebase service: " + PI_FIREBASE_503[0],
                    more=PI_FIREBASE_503[1:],
                )
                L(
                    n,
                    t + sec(0.001),
                    pid,
                    tid,
                    "WARNING",
                    "privacyidea.lib.tokens.pushtoken",
                    905,
                    "Failed to submit message to Firebase service for token %s.",
                    f"Failed to submit message to Firebase service for token {push[user]}.",
                )
            return
        if via == "partners":
            if sms_down[0] <= t < sms_down[1]:
                reply = '{"status":"error","code":503,"detail":"route unavailable"}'
                t = L(
                    n,
                    t + sec(r.uniform(0.2, 0.9)),
                    pid,
                    tid,
                    "WARNING",
                    "privacyidea.lib.smsprovider.HttpSMSProvider",
                    209,
                    "failed to send sms. Reply %s does not match the RETURN_SUCCESS definition",
                    f"failed to send sms. Reply {reply} does not match the RETURN_SUCCESS definition",
                )
                L(
                    n,
                    t + sec(0.002),
                    pid,
                    tid,
                    "WARNING",
                    "privacyidea.lib.tokens.smstoken",
                    359,
                    "The PIN was correct, but the SMS could not be sent! (%r)",
                    f"The PIN was correct, but the SMS could not be sent! (SMSError(error_id=503, description=\"We received a none success reply from the SMS Gateway: {reply} ({{'status':'ok'}})\"))",
                )
            return
        if k < 0.03:
            c = int(t.timestamp()) // 30
            L(
                n,
                t,
                pid,
                tid,
                "WARNING",
                "privacyidea.lib.tokens.totptoken",
                342,
                "a previous OTP value was used again! former tokencounter: %i, presented counter %i",
                f"a previous OTP value was used again! former tokencounter: {c}, presented counter {c}",
            )
        elif k < 0.04:
            L(
                n,
                t,
                pid,
                tid,
                "INFO",
                "privacyidea.lib.tokens.totptoken",
                424,
                "Autoresync successful for token %s.",
                f"Autoresync successful for token {totp[user]}.",
            )

    for t in poisson(r, t0, t_end, 70.0):
        if t.hour < 7 and r.random() < 0.6:
            continue
        check(t, "vpn")
    for t in poisson(r, t0, t_end, 100.0):
        if t.hour < 7 and r.random() < 0.6:
            continue
        check(t, "keycloak")
    for t in poisson(r, at(7, 0), t_end, 90.0):
        check(t, "partners")
    # the audit database lost for a minute: each write fails
    for t in poisson(r, audit_down[0], audit_down[1], 1.6):
        n = r.choice(list(PI_NODES))
        pid = pid_of(n, t)
        tid = r.choice(threads[pid])
        exx = "OperationalError('(pymysql.err.OperationalError) (2003, \"Can\\'t connect to MySQL server on \\'db1.corp.example.de\\' ([Errno 111] Connection refused)\")')"
        t = L(
            n,
            t,
            pid,
            tid,
            "ERROR",
            "privacyidea.lib.auditmodules.sqlaudit",
            328,
            "exception %r",
            f"exception {exx}",
        )
        user = r.choice(corp)
        data = f"{{'success': True, 'serial': '{totp[user]}', 'user': '{user}', 'realm': 'corp', 'resolver': 'corp-ad', 'token_type': 'totp', 'client': '10.10.0.{r.choice([5, 6])}', 'client_user_agent': 'FreeRADIUS', 'privacyidea_server': '{n}.corp.example.de', 'action': 'POST /validate/check', 'action_detail': '', 'info': 'matching 1 tokens', 'authentication': 'ACCEPT'}}"
        L(
            n,
            t + sec(0.0005),
            pid,
            tid,
            "ERROR",
            "privacyidea.lib.auditmodules.sqlaudit",
            329,
            "DATA: %s",
            f"DATA: {data}",
        )
    # helpdesk sessions and a token import
    for t in [at(7, 41, 3), at(8, 55, 40), at(9, 48, 12), at(10, 58, 30), at(11, 44, 51)]:
        n = r.choice(list(PI_NODES))
        pid = pid_of(n, t)
        who = r.choice(["helpdesk", "helpdesk", "admin"])
        L(
            n,
            t,
            pid,
            r.choice(threads[pid]),
            "INFO",
            "privacyidea.api.auth",
            291,
            "Local admin '%s' successfully logged in.",
            f"Local admin '{who}' successfully logged in.",
        )
    t = at(9, 50, 44)
    n = "pi2"
    pid = pid_of(n, t)
    tid = threads[pid][0]
    for i in range(40):
        t = L(
            n,
            t + sec(r.uniform(0.02, 0.06)),
            pid,
            tid,
            "INFO",
            "privacyidea.api.token",
            1030,
            "initialize token. serial: %s, realm: %s",
            f"initialize token. serial: OATH{4021877 + i:08d}, realm: ['corp']",
        )
    # notification e-mails for enrolled tokens
    for t in poisson(r, at(7, 30), t_end, 900.0):
        n = r.choice(list(PI_NODES))
        pid = pid_of(n, t)
        tid = r.choice(threads[pid])
        user = r.choice(corp)
        t = resolve(n, t, pid, tid, user)
        if t.year > 2100:
            continue
        first, last = (x.title() for x in user.split("."))
        rcpt = f"{{'givenname': '{first}', 'surname': '{last}', 'email': '{user}@corp.example.de', 'mobile': '+49 171 {r.randint(1000000, 9999999)}'}}"
        t = L(
            n,
            t + sec(r.uniform(0.05, 0.4)),
            pid,
            tid,
            "INFO",
            "privacyidea.lib.smtpserver",
            135,
            "Mail sent: %s",
            "Mail sent: {}",
        )
        L(
            n,
            t + sec(0.001),
            pid,
            tid,
            "INFO",
            "privacyidea.lib.eventhandler.usernotification",
            444,
            "Sent a notification email to user %s",
            f"Sent a notification email to user {rcpt}",
        )
    # pi1 reloaded (apache2 reload): the new processes load the SQL engine again when needed
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- mdadm

MD_HOSTS = ["bk1", "bk2", "bk3", "bk4", "bk5", "bk6"]
MD_DATA = [f"sd{c}1" for c in "cdefghijklmn"]
# sizes in 512-byte sectors
MD_SECTORS = {"md0": 390_459_392, "md1": 78_126_735_360, "md2": 3_515_498_496}


def rfc3339us(t: datetime) -> str:
    """rsyslog's RFC 3339 high-precision stamp (Debian 12's default file format)."""
    return f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}+00:00"


def mdadm(r: random.Random) -> list[Log]:
    """Linux software RAID on six Debian 12 backup servers (bk1-bk6: md0 and md2 RAID1 on
    sda/sdb, md1 a twelve-disk RAID6), the md lines of each host's syslog: mdadm's monitor
    (`mdadm --monitor --scan`, and the daily `--oneshot` run from cron.daily) and the kernel's md
    driver, which writes the rest of the story. 06:00 to 12:00: the weekly data-check started at
    06:05 on every host (md2 waiting for md0, which shares its disks); on bk2 sdg1 failing under
    the check (read errors corrected, rate-limited, until too many and the disk is failed at
    08:14, the hot spare sdo1 rebuilding); bk3's md0 and md2 degraded since a disk was pulled
    last week (the 06:25 oneshot's DegradedArray), the disk replaced at 10:20 and both
    arrays recovering; bk4's controller dropping sdk1 and sdl1 at 08:41 (re-added at 08:58, a
    bitmap recovery); bk5's sda3 returning read errors to md2 (RAID1 rescheduling and
    redirecting to the other mirror); bk1 rebooted at 11:10 for a kernel update (md1 stopped, the
    arrays assembled again)."""
    fs = Files()
    t0, t_end = T0, T_END
    boot = {h: t0 - sec(r.uniform(9e5, 2.2e6)) for h in MD_HOSTS}
    reboot1 = at(11, 10, 12) + sec(r.uniform(0, 1))
    new_boot1 = reboot1 + sec(41.3)
    monpid = {h: r.randint(900, 1300) for h in MD_HOSTS}
    md0_end: dict[str, datetime] = {}

    def up(h: str, t: datetime) -> str:
        b = new_boot1 if (h == "bk1" and t >= new_boot1) else boot[h]
        s = (t - b).total_seconds()
        return f"[{s:12.6f}]"

    def K(h: str, t: datetime, label: str, msg: str, uptime: str | None = None) -> datetime:
        return fs.add(
            f"{h}-syslog",
            t,
            label,
            lambda x: [f"{rfc3339us(x)} {h} kernel: {uptime or up(h, x)} {msg}"],
            (h, "kernel"),
            1,
        )

    def M(h: str, t: datetime, label: str, msg: str, pid: int | None = None) -> datetime:
        p = pid or monpid[h]
        return fs.add(
            f"{h}-syslog",
            t,
            label,
            lambda x: [f"{rfc3339us(x)} {h} mdadm[{p}]: {msg}"],
            (h, "mdadm", p),
            1,
        )

    def ev(
        h: str,
        t: datetime,
        event: str,
        dev: str,
        comp: str = "",
        desc: str = "",
        pid: int | None = None,
    ) -> datetime:
        if comp:
            return M(
                h,
                t,
                f"{event} event detected on md device %s, component device %s",
                f"{event} event detected on md device {dev}, component device {comp}",
                pid,
            )
        if desc:
            return M(
                h,
                t,
                f"{event} event detected on md device %s:  mismatches found: %d (on raid level %d)",
                f"{event} event detected on md device {dev}:  {desc}",
                pid,
            )
        if event.startswith("Rebuild") and event[7:].isdigit():
            return M(
                h,
                t,
                "Rebuild%02d event detected on md device %s",
                f"{event} event detected on md device {dev}",
                pid,
            )
        return M(
            h,
            t,
            f"{event} event detected on md device %s",
            f"{event} event detected on md device {dev}",
            pid,
        )

    def monitor_progress(
        h: str,
        md: str,
        start: datetime,
        end: datetime,
        final: bool,
        desc: str = "",
        stop_at: datetime | None = None,
    ) -> None:
        """mdadm's monitor polls every 60 s: RebuildStarted, RebuildNN at each 20%, RebuildFinished."""
        dev = f"/dev/md/{md[2:]}"
        poll = start + sec(r.uniform(1, 59))
        ev(h, poll, "RebuildStarted", dev)
        last = 0
        limit = min(end, stop_at or end, t_end)
        while True:
            poll += sec(60)
            if poll >= limit:
                break
            pct = int(100 * (poll - start).total_seconds() / (end - start).total_seconds())
            if pct // 20 > last // 20:
                ev(h, poll, f"Rebuild{pct:02d}", dev)
            last = pct
        if final and limit == end and end < t_end:
            ev(h, poll, "RebuildFinished", dev, desc=desc)

    def check(h: str, md: str, start: datetime, dur: float, desc: str = "") -> datetime:
        end = start + sec(dur)
        K(h, start, "md: data-check of RAID array %s", f"md: data-check of RAID array {md}")
        if end < t_end:
            K(h, end, "md: %s: data-check done.", f"md: {md}: data-check done.")
        monitor_progress(h, md, start, end, True, desc)
        return end

    # the weekly data-check from the site's cron at 06:05, on every host
    for h in MD_HOSTS:
        s = at(6, 5, 1) + sec(r.uniform(0.0, 0.4))
        if h not in ("bk2", "bk4"):
            mism = "mismatches found: 128 (on raid level 6)" if h == "bk3" else ""
            check(h, "md1", s + sec(0.01), r.uniform(4.3, 4.7) * 3600, mism)
        if h == "bk3":
            continue  # md0 and md2 are degraded: nothing to check
        m0 = md0_end[h] = check(h, "md0", s, r.uniform(1380, 1560))
        K(
            h,
            s + sec(0.02),
            "md: delaying data-check of %s until %s has finished (they share one or more physical units)",
            "md: delaying data-check of md2 until md0 has finished (they share one or more physical units)",
        )
        if h == "bk5":
            continue
        check(h, "md2", m0 + sec(0.001), r.uniform(3.1, 3.5) * 3600)
    # bk2: sdg1 failing under the check
    h = "bk2"
    s = at(6, 5, 1) + sec(0.011)
    fail = at(8, 14, 27) + sec(r.uniform(0, 1))
    K(h, s, "md: data-check of RAID array %s", "md: data-check of RAID array md1")
    monitor_progress(h, "md1", s, s + sec(4.5 * 3600), False, stop_at=fail)
    sector = 3_121_406_000
    t = at(6, 12, 40) + sec(r.uniform(0, 1))
    while t < fail - sec(30):
        n = r.randint(3, 24)
        shown = min(n, 10)
        for i in range(shown):
            sector += 8 * r.randint(1, 40)
            K(
                h,
                t + sec(0.0004 * i),
                "md/raid:%s: read error corrected (%lu sectors at %llu on %pg)",
                f"md/raid:md1: read error corrected (8 sectors at {sector} on sdg1)",
            )
        if n > 10:
            K(
                h,
                t + sec(5.0 + r.uniform(0, 2)),
                "raid5_end_read_request: %d callbacks suppressed",
                f"raid5_end_read_request: {n - 10} callbacks suppressed",
            )
        sector += 8 * r.randint(5_000, 110_000)
        t += sec(r.uniform(40, 90) if t < at(7, 40) else r.uniform(20, 55))
    t = fail - sec(6)
    for i in range(4):
        sector += 8
        K(
            h,
            t + sec(i * 0.3),
            "md/raid:%s: read error not correctable (sector %llu on %pg).",
            f"md/raid:md1: read error not correctable (sector {sector} on sdg1).",
        )
    K(
        h,
        fail,
        "md/raid:%s: Too many read errors, failing device %pg.",
        "md/raid:md1: Too many read errors, failing device sdg1.",
    )
    K(
        h,
        fail + sec(0.000031),
        "md/raid:%s: Disk failure on %pg, disabling device.",
        "md/raid:md1: Disk failure on sdg1, disabling device.",
    )
    K(
        h,
        fail + sec(0.000052),
        "md/raid:%s: Operation continuing on %d devices.",
        "md/raid:md1: Operation continuing on 11 devices.",
    )
    K(h, fail + sec(0.31), "md: %s: data-check interrupted.", "md: md1: data-check interrupted.")
    rec = fail + sec(0.42)
    K(h, rec, "md: recovery of RAID array %s", "md: recovery of RAID array md1")
    poll = fail + sec(r.uniform(2, 50))
    ev(h, poll, "Fail", "/dev/md/1", comp="/dev/sdg1")
    ev(h, poll + sec(0.0003), "RebuildFinished", "/dev/md/1")
    monitor_progress(h, "md1", rec, rec + sec(5.6 * 3600), True)
    # the daily oneshot from cron.daily at 06:25
    for h in MD_HOSTS:
        t = at(6, 25, 1) + sec(r.uniform(0.5, 3))
        pid = r.randint(20000, 60000)
        if h == "bk3":
            t = ev(h, t, "DegradedArray", "/dev/md/0", pid=pid)
            ev(h, t + sec(0.002), "DegradedArray", "/dev/md/2", pid=pid)
        if h == "bk4":
            ev(h, t, "SparesMissing", "/dev/md/1", pid=pid)
    # bk3: the pulled disk replaced, md0 then md2 recovering
    h = "bk3"
    t = at(10, 21, 33) + sec(r.uniform(0, 1))
    K(h, t, "md: recovery of RAID array %s", "md: recovery of RAID array md0")
    end0 = t + sec(1390)
    K(h, end0, "md: %s: recovery done.", "md: md0: recovery done.")
    monitor_progress(h, "md0", t, end0, True)
    t2 = at(10, 21, 58) + sec(r.uniform(0, 1))
    K(
        h,
        t2,
        "md: delaying recovery of %s until %s has finished (they share one or more physical units)",
        "md: delaying recovery of md2 until md0 has finished (they share one or more physical units)",
    )
    ev(h, end0 + sec(r.uniform(1, 50)), "SpareActive", "/dev/md/0", comp="/dev/sdb2")
    rec2 = end0 + sec(0.002)
    K(h, rec2, "md: recovery of RAID array %s", "md: recovery of RAID array md2")
    monitor_progress(h, "md2", rec2, rec2 + sec(3.4 * 3600), True)
    # bk4: the controller drops two disks during the check, re-added with the bitmap
    h = "bk4"
    s = at(6, 5, 1) + sec(0.2)
    drop = at(8, 41, 9) + sec(r.uniform(0, 1))
    K(h, s, "md: data-check of RAID array %s", "md: data-check of RAID array md1")
    monitor_progress(h, "md1", s, s + sec(4.6 * 3600), False, stop_at=drop)
    t = drop
    for dsk, left in [("sdk1", 11), ("sdl1", 10)]:
        t = K(
            h,
            t,
            "md/raid:%s: Disk failure on %pg, disabling device.",
            f"md/raid:md1: Disk failure on {dsk}, disabling device.",
        )
        t = K(
            h,
            t + sec(0.00002),
            "md/raid:%s: Operation continuing on %d devices.",
            f"md/raid:md1: Operation continuing on {left} devices.",
        )
        t += sec(0.0011)
    K(h, t + sec(0.2), "md: %s: data-check interrupted.", "md: md1: data-check interrupted.")
    poll = drop + sec(r.uniform(3, 55))
    poll = ev(h, poll, "Fail", "/dev/md/1", comp="/dev/sdk1")
    poll = ev(h, poll + sec(0.0002), "Fail", "/dev/md/1", comp="/dev/sdl1")
    ev(h, poll + sec(0.0002), "RebuildFinished", "/dev/md/1")
    readd = at(8, 58, 40) + sec(r.uniform(0, 1))
    K(h, readd, "md: recovery of RAID array %s", "md: recovery of RAID array md1")
    done = readd + sec(211)
    K(h, done, "md: %s: recovery done.", "md: md1: recovery done.")
    monitor_progress(h, "md1", readd, done, True)
    poll = done + sec(r.uniform(1, 50))
    poll = ev(h, poll + sec(0.001), "SpareActive", "/dev/md/1", comp="/dev/sdk1")
    ev(h, poll + sec(0.0002), "SpareActive", "/dev/md/1", comp="/dev/sdl1")
    # bk5: sda3 returning read errors to md2 under its check
    h = "bk5"
    s2 = md0_end[h] + sec(0.003)
    K(h, s2, "md: data-check of RAID array %s", "md: data-check of RAID array md2")
    end2 = s2 + sec(3.3 * 3600)
    K(h, end2, "md: %s: data-check done.", "md: md2: data-check done.")
    monitor_progress(h, "md2", s2, end2, True, desc="mismatches found: 256 (on raid level 1)")
    t = at(7, 2, 11) + sec(r.uniform(0, 1))
    while t < at(9, 36):
        sec_no = r.randint(200_000_000, 3_400_000_000) // 8 * 8
        t = K(
            h,
            t,
            "md/raid1:%s: %pg: rescheduling sector %llu",
            f"md/raid1:md2: sda3: rescheduling sector {sec_no}",
        )
        t = K(
            h,
            t + sec(r.uniform(0.2, 1.9)),
            "md/raid1:%s: read error corrected (%d sectors at %llu on %pg)",
            f"md/raid1:md2: read error corrected (8 sectors at {sec_no + 264192} on sda3)",
        )
        K(
            h,
            t + sec(0.0005),
            "md/raid1:%s: redirecting sector %llu to other mirror: %pg",
            f"md/raid1:md2: redirecting sector {sec_no} to other mirror: sdb3",
        )
        t += sec(r.uniform(12, 70))
    # bk1 rebooted for a kernel update
    h = "bk1"
    K(h, reboot1, "md: %s stopped.", "md: md1 stopped.")
    rs = new_boot1 + sec(
        9.7 + r.uniform(0, 0.1)
    )  # rsyslog starts and reads the kernel's ring buffer
    u = 2.1
    bootlines = [
        (
            "md/raid1:%s: active with %d out of %d mirrors",
            "md/raid1:md0: active with 2 out of 2 mirrors",
        ),
        (
            "%s: detected capacity change from %lld to %lld",
            f"md0: detected capacity change from 0 to {MD_SECTORS['md0']}",
        ),
        (
            "md/raid1:%s: active with %d out of %d mirrors",
            "md/raid1:md2: active with 2 out of 2 mirrors",
        ),
        (
            "%s: detected capacity change from %lld to %lld",
            f"md2: detected capacity change from 0 to {MD_SECTORS['md2']}",
        ),
    ]
    for i, dsk in enumerate(MD_DATA):
        bootlines.append(
            (
                "md/raid:%s: device %pg operational as raid disk %d",
                f"md/raid:md1: device {dsk} operational as raid disk {i}",
            )
        )
    bootlines.append(
        (
            "md/raid:%s: raid level %d active with %d out of %d devices, algorithm %d",
            "md/raid:md1: raid level 6 active with 12 out of 12 devices, algorithm 2",
        )
    )
    bootlines.append(
        (
            "%s: detected capacity change from %lld to %lld",
            f"md1: detected capacity change from 0 to {MD_SECTORS['md1']}",
        )
    )
    for label, msg in bootlines:
        u += r.uniform(0.0001, 0.4) if not msg.startswith("md/raid:md1: device") else 0.000011
        K(h, rs, label, msg, uptime=f"[{u:12.6f}]")
        rs += sec(0.000004)
    return fs.logs(t0)


SYSTEMS = {
    "keystone": keystone,
    "swift": swift,
    "shibboleth-idp": shibboleth_idp,
    "privacyidea": privacyidea,
    "mdadm": mdadm,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
