#!/usr/bin/env python3
# ruff: noqa: E501, B023  (the log lines it writes are data, one per call; closures run in their loop)
"""Writes the held-out logs of round 40 (aspnetcore, auditd, filebeat, rails, sendmail) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: ASP.NET Core's console logger (`info: Microsoft.Hosting.
Lifetime[14]` on a line of its own, the message indented on the next: the header names the
category and event id, the message says what happened; exceptions after the message), the Linux
audit log (`type=USER_AUTH msg=audit(1718085602.118:412): pid=... uid=0 auid=1000 ses=3 msg='op=PAM:
authentication ... res=success'`: a record type, the event's time and serial, then key=value
fields only, the outcome a field's value), Filebeat 7's log file (zap's console encoder:
`2024-06-11T06:00:02.118Z<TAB>INFO<TAB>[crawler]<TAB>beater/crawler.go:71<TAB>Loading Inputs: 1`,
a JSON object of fields after a last tab), Rails's production.log (Ruby's Logger: `I, [2024-06-11T
06:00:02.118118 #1234]  INFO -- : [request-id] Started GET "/" for 1.2.3.4 at ...`, several Puma
workers' pids, the request id tag, an exception logged as one FATAL call over several lines each
tagged again) and Sendmail's maillog (`sm-mta[1234]: 45B602a1001234: to=<bob@example.com>,
delay=00:00:01, ..., stat=Sent (...)`: the queue id, then a comma-separated list of key=value
pieces, which pieces appear depending on the delivery). Run it only to change the data on purpose:
`python bench/heldout/generate_round40.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, alnum, generate, hexid, ip4, syslog_ts, uuid4

# --------------------------------------------------------------------------------- ASP.NET Core

ASPNET_ROUTES = [
    ("GET", "/api/orders/{}", "OrdersController", "Get", "Orders.Api.Order"),
    (
        "GET",
        "/api/orders",
        "OrdersController",
        "List",
        "System.Collections.Generic.List`1[[Orders.Api.Order, Orders.Api]]",
    ),
    ("POST", "/api/orders", "OrdersController", "Create", "Orders.Api.Order"),
    ("GET", "/api/customers/{}", "CustomersController", "Get", "Orders.Api.Customer"),
    ("PUT", "/api/customers/{}", "CustomersController", "Update", "Orders.Api.Customer"),
]


def aspnetcore(r: random.Random) -> list[Log]:
    """Two replicas of an ASP.NET Core 8 API writing the default console formatter to a file
    (`dotnet Orders.Api.dll >> app.log`): the host's start messages, requests with routing, MVC
    and EF Core messages, a few failing requests with their exception after the message, data
    protection warnings, a shutdown and restart."""
    logs = []
    for name in ("orders-api-1.log", "orders-api-2.log"):
        log = Log(name, datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))

        def emit(level: str, category: str, event_id: int, msg: str, label: str, extra=()) -> None:
            log.add(f"{level}: {category}[{event_id}]", label)
            for part in msg.split("\n"):
                log.add("      " + part, None)
            for part in extra:
                log.add(part, None)

        def start() -> None:
            emit(
                "warn",
                "Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository",
                60,
                "Storing keys in a directory '/root/.aspnet/DataProtection-Keys' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed.",
                "Storing keys in a directory '{path}' that may not be persisted outside of the container. Protected data will be unavailable when container is destroyed.",
            )
            if r.random() < 0.5:
                emit(
                    "info",
                    "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager",
                    62,
                    "User profile is available. Using '/root/.aspnet/DataProtection-Keys' as key repository; keys will not be encrypted at rest.",
                    "User profile is available. Using '{FullName}' as key repository; keys will not be encrypted at rest.",
                )
            emit(
                "warn",
                "Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager",
                35,
                "No XML encryptor configured. Key {"
                + uuid4(r)
                + "} may be persisted to storage in unencrypted form.",
                "No XML encryptor configured. Key {KeyId:B} may be persisted to storage in unencrypted form.",
            )
            emit(
                "info",
                "Microsoft.Hosting.Lifetime",
                14,
                "Now listening on: http://[::]:8080",
                "Now listening on: {address}",
            )
            emit(
                "info",
                "Microsoft.Hosting.Lifetime",
                0,
                "Application started. Press Ctrl+C to shut down.",
                "Application started. Press Ctrl+C to shut down.",
            )
            emit(
                "info",
                "Microsoft.Hosting.Lifetime",
                0,
                "Hosting environment: Production",
                "Hosting environment: {EnvName}",
            )
            emit(
                "info",
                "Microsoft.Hosting.Lifetime",
                0,
                "Content root path: /app",
                "Content root path: {ContentRoot}",
            )

        def request() -> None:
            method, path, ctrl, action, rtype = r.choice(ASPNET_ROUTES)
            path = path.format(r.randrange(1, 9000))
            url = f"http://orders.example.com{path}"
            body = method in ("POST", "PUT")
            ctype = "application/json;+charset=utf-8" if body else "-"
            clen = str(r.randrange(80, 900)) if body else "-"
            log.tick(r, 0.1, 20)
            emit(
                "info",
                "Microsoft.AspNetCore.Hosting.Diagnostics",
                1,
                f"Request starting HTTP/1.1 {method} {url} - {ctype} {clen}",
                "Request starting {Protocol} {Method} {Scheme}://{Host}{PathBase}{Path}{QueryString} - {ContentType} {ContentLength}",
            )
            full = f"Orders.Api.Controllers.{ctrl}.{action} (Orders.Api)"
            emit(
                "info",
                "Microsoft.AspNetCore.Routing.EndpointMiddleware",
                0,
                f"Executing endpoint '{full}'",
                "Executing endpoint '{EndpointName}'",
            )
            emit(
                "info",
                "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker",
                102,
                f'Route matched with {{action = "{action}", controller = "{ctrl[:-10]}"}}. Executing controller action with signature Microsoft.AspNetCore.Mvc.ActionResult`1[{rtype}] {action}(Int32) on controller Orders.Api.Controllers.{ctrl} (Orders.Api).',
                "Route matched with {RouteData}. Executing controller action with signature {MethodInfo} on controller {Controller} ({AssemblyName}).",
            )
            status = 200 if method == "GET" else (201 if method == "POST" else 204)
            x = r.random()
            ms = r.randrange(1, 40)
            table = "Orders" if "Orders" in ctrl else "Customers"
            emit(
                "info",
                "Microsoft.EntityFrameworkCore.Database.Command",
                20101,
                f"Executed DbCommand ({ms}ms) [Parameters=[@__id_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']\nSELECT TOP(1) [o].[Id], [o].[CreatedAt], [o].[Status]\nFROM [{table}] AS [o]\nWHERE [o].[Id] = @__id_0",
                "Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}",
            )
            if x < 0.05:
                emit(
                    "fail",
                    "Microsoft.EntityFrameworkCore.Database.Connection",
                    20004,
                    "An error occurred using the connection to database 'orders' on server 'sql-1.internal'.",
                    "An error occurred using the connection to database '{database}' on server '{server}'.",
                )
                cid = "0HN4" + alnum(r, 9).upper()
                emit(
                    "fail",
                    "Microsoft.AspNetCore.Server.Kestrel",
                    13,
                    f'Connection id "{cid}", Request id "{cid}:0000000{r.randrange(1, 9)}": An unhandled exception was thrown by the application.',
                    'Connection id "{ConnectionId}", Request id "{TraceIdentifier}": An unhandled exception was thrown by the application.',
                    extra=(
                        "      Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred while establishing a connection to SQL Server.",
                        "         at Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
                        f"         at Orders.Api.Controllers.{ctrl}.{action}(Int32 id) in /src/Orders.Api/Controllers/{ctrl}.cs:line {r.randrange(20, 90)}",
                    ),
                )
                status = 500
            elif x < 0.15 and method == "GET":
                emit(
                    "info",
                    "Microsoft.AspNetCore.Mvc.StatusCodeResult",
                    1,
                    "Executing StatusCodeResult, setting HTTP status code 404",
                    "Executing StatusCodeResult, setting HTTP status code {StatusCode}",
                )
                status = 404
            elif status == 204:
                emit(
                    "info",
                    "Microsoft.AspNetCore.Mvc.StatusCodeResult",
                    1,
                    "Executing StatusCodeResult, setting HTTP status code 204",
                    "Executing StatusCodeResult, setting HTTP status code {StatusCode}",
                )
            else:
                emit(
                    "info",
                    "Microsoft.AspNetCore.Mvc.Infrastructure.ObjectResultExecutor",
                    1,
                    f"Executing {'CreatedAtActionResult' if status == 201 else 'OkObjectResult'}, writing value of type '{rtype}'.",
                    "Executing {ObjectResultType}, writing value of type '{Type}'.",
                )
            if status != 500:
                emit(
                    "info",
                    "Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker",
                    105,
                    f"Executed action {full} in {r.uniform(1, 90):.4f}ms",
                    "Executed action {ActionName} in {ElapsedMilliseconds}ms",
                )
                emit(
                    "info",
                    "Microsoft.AspNetCore.Routing.EndpointMiddleware",
                    1,
                    f"Executed endpoint '{full}'",
                    "Executed endpoint '{EndpointName}'",
                )
            rtype_out = "application/json;+charset=utf-8" if status in (200, 201) else "-"
            rlen = str(r.randrange(40, 4000)) if status in (200, 201) else "0"
            emit(
                "info",
                "Microsoft.AspNetCore.Hosting.Diagnostics",
                2,
                f"Request finished HTTP/1.1 {method} {url} - {status} {rlen} {rtype_out} {r.uniform(1, 120):.4f}ms",
                "Request finished {Protocol} {Method} {Scheme}://{Host}{PathBase}{Path}{QueryString} - {StatusCode} {ContentLength} {ContentType} {ElapsedMilliseconds}ms",
            )

        def health() -> None:
            log.tick(r, 0.1, 20)
            emit(
                "warn",
                "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService",
                103,
                f"Health check sqlserver with status Unhealthy completed after {r.uniform(1000, 5000):.4f}ms with message '(null)'",
                "Health check {HealthCheckName} with status {HealthStatus} completed after {ElapsedMilliseconds}ms with message '{HealthCheckDescription}'",
            )

        def stop() -> None:
            log.tick(r, 5, 60)
            emit(
                "info",
                "Microsoft.Hosting.Lifetime",
                0,
                "Application is shutting down...",
                "Application is shutting down...",
            )

        start()
        for _ in range(150):
            if r.random() < 0.03:
                health()
            elif r.random() < 0.008:
                stop()
                start()
            else:
                request()
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- auditd

AUDIT_USERS = {"alice": 1000, "bob": 1001, "deploy": 1002}


def auditd(r: random.Random) -> list[Log]:
    """One host's /var/log/audit/audit.log (log_format = RAW): the daemon's start, sshd and sudo
    logins through PAM (authentication, accounting, credentials, session open and close, with
    failures), executed commands watched by a rule (SYSCALL, EXECVE, CWD, PATH and PROCTITLE
    records of one event), services started and stopped by systemd, an SELinux denial, BPF
    programs loaded by systemd."""
    log = Log("audit.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    serial = [r.randrange(200, 400)]

    def stamp() -> str:
        serial[0] += 1
        return f"{log.t.timestamp():.3f}:{serial[0]}"

    def rec(kind: str, body: str, label: str, ts: str | None = None) -> str:
        ts = ts or stamp()
        log.add(f"type={kind} msg=audit({ts}): {body}", f"type={kind} msg=audit(%s): {label}")
        return ts

    def user_msg(
        kind: str, pid: int, uid: int, auid: int, ses: int, inner: str, label: str
    ) -> None:
        rec(
            kind,
            f"pid={pid} uid={uid} auid={auid} ses={ses} subj=unconfined msg='{inner}'",
            f"pid=%d uid=%u auid=%u ses=%u subj=%s msg='{label}'",
        )

    log.tick(r, 0, 1)
    rec(
        "DAEMON_START",
        f"op=start ver=3.0.9 format=raw kernel=6.1.0-21-amd64 auid=4294967295 pid={r.randrange(500, 700)} uid=0 ses=4294967295 subj=unconfined res=success",
        "op=start ver=%s format=%s kernel=%s auid=%u pid=%d uid=%u ses=%u subj=%s res=success",
    )
    rec(
        "CONFIG_CHANGE",
        "op=set audit_backlog_limit=8192 old=64 auid=4294967295 ses=4294967295 subj=unconfined res=1",
        "op=set audit_backlog_limit=%u old=%u auid=%u ses=%u subj=%s res=%d",
    )
    for unit in ("systemd-journald", "auditd", "systemd-logind", "ssh", "nginx", "cron"):
        log.tick(r, 0, 0.5)
        rec(
            "SERVICE_START",
            f'pid=1 uid=0 auid=4294967295 ses=4294967295 subj=unconfined msg=\'unit={unit} comm="systemd" exe="/usr/lib/systemd/systemd" hostname=? addr=? terminal=? res=success\'',
            "pid=%d uid=%u auid=%u ses=%u subj=%s msg='unit=%s comm=%s exe=%s hostname=%s addr=%s terminal=%s res=success'",
        )
    sessions = [r.randrange(1, 5)]

    def pam(
        kind: str,
        op: str,
        pid: int,
        uid: int,
        auid: int,
        ses: int,
        acct: str,
        exe: str,
        host: str,
        term: str,
        ok: bool,
        grantors: str,
    ) -> None:
        res = "success" if ok else "failed"
        g = grantors if ok else "?"
        user_msg(
            kind,
            pid,
            uid,
            auid,
            ses,
            f'op={op} grantors={g} acct="{acct}" exe="{exe}" hostname={host} addr={host} terminal={term} res={res}',
            f"op={op} grantors=%s acct=%s exe=%s hostname=%s addr=%s terminal=%s res={res}",
        )

    def ssh_login() -> None:
        log.tick(r, 1, 90)
        user = r.choice(list(AUDIT_USERS))
        uid = AUDIT_USERS[user]
        host = ip4(r, "10.20")
        pid = r.randrange(2000, 30000)
        ok = r.random() < 0.8
        pam(
            "USER_AUTH",
            "PAM:authentication",
            pid,
            0,
            4294967295,
            4294967295,
            user,
            "/usr/sbin/sshd",
            host,
            "ssh",
            ok,
            "pam_unix",
        )
        if not ok:
            return
        pam(
            "USER_ACCT",
            "PAM:accounting",
            pid,
            0,
            4294967295,
            4294967295,
            user,
            "/usr/sbin/sshd",
            host,
            "ssh",
            True,
            "pam_permit",
        )
        pam(
            "CRED_ACQ",
            "PAM:setcred",
            pid,
            0,
            4294967295,
            4294967295,
            user,
            "/usr/sbin/sshd",
            host,
            "ssh",
            True,
            "pam_permit",
        )
        sessions[0] += 1
        ses = sessions[0]
        rec(
            "LOGIN",
            f"pid={pid} uid=0 subj=unconfined old-auid=4294967295 auid={uid} tty=(none) old-ses=4294967295 ses={ses} res=1",
            "pid=%d uid=%u subj=%s old-auid=%u auid=%u tty=%s old-ses=%u ses=%u res=%d",
        )
        pam(
            "USER_START",
            "PAM:session_open",
            pid,
            0,
            uid,
            ses,
            user,
            "/usr/sbin/sshd",
            host,
            "ssh",
            True,
            "pam_selinux,pam_loginuid,pam_keyinit,pam_permit,pam_umask,pam_unix,pam_systemd,pam_mail,pam_limits,pam_env,pam_env,pam_selinux",
        )
        for _ in range(r.randrange(0, 4)):
            command(user, uid, ses)
        log.tick(r, 5, 600)
        pam(
            "USER_END",
            "PAM:session_close",
            pid,
            0,
            uid,
            ses,
            user,
            "/usr/sbin/sshd",
            host,
            "ssh",
            True,
            "pam_selinux,pam_loginuid,pam_keyinit,pam_permit,pam_umask,pam_unix,pam_systemd,pam_mail,pam_limits,pam_env,pam_env,pam_selinux",
        )
        pam(
            "CRED_DISP",
            "PAM:setcred",
            pid,
            0,
            uid,
            ses,
            user,
            "/usr/sbin/sshd",
            host,
            "ssh",
            True,
            "pam_permit",
        )

    def command(user: str, uid: int, ses: int) -> None:
        log.tick(r, 1, 60)
        pid = r.randrange(2000, 30000)
        argv = r.choice(
            [
                ["systemctl", "restart", "nginx"],
                ["apt", "update"],
                ["journalctl", "-u", "nginx", "--since", "today"],
                ["tail", "-f", "/var/log/nginx/error.log"],
                ["vim", "/etc/nginx/sites-enabled/default"],
            ]
        )
        tty = f"pts/{r.randrange(0, 4)}"
        ok = r.random() < 0.85
        pam(
            "USER_ACCT",
            "PAM:accounting",
            pid,
            uid,
            uid,
            ses,
            "root" if ok else user,
            "/usr/bin/sudo",
            "?",
            tty,
            ok,
            "pam_permit",
        )
        if not ok:
            return
        cmd = " ".join(argv)
        user_msg(
            "USER_CMD",
            pid,
            uid,
            uid,
            ses,
            f'cwd="/home/{user}" cmd={cmd.encode().hex().upper()} exe="/usr/bin/sudo" terminal={tty} res=success',
            "cwd=%s cmd=%s exe=%s terminal=%s res=success",
        )
        pam(
            "CRED_REFR",
            "PAM:setcred",
            pid,
            0,
            uid,
            ses,
            "root",
            "/usr/bin/sudo",
            "?",
            tty,
            True,
            "pam_permit",
        )
        pam(
            "USER_START",
            "PAM:session_open",
            pid,
            0,
            uid,
            ses,
            "root",
            "/usr/bin/sudo",
            "?",
            tty,
            True,
            "pam_limits,pam_unix",
        )
        cpid = pid + 1
        ts = rec(
            "SYSCALL",
            f'arch=c000003e syscall=59 success=yes exit=0 a0=55d{hexid(r, 9)} a1=55d{hexid(r, 9)} a2=55d{hexid(r, 9)} a3=0 items=2 ppid={pid} pid={cpid} auid={uid} uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty={tty.replace("/", "")} ses={ses} comm="{argv[0]}" exe="/usr/bin/{argv[0]}" subj=unconfined key="exec"',
            "arch=%x syscall=%d success=yes exit=%ld a0=%lx a1=%lx a2=%lx a3=%lx items=%d ppid=%d pid=%d auid=%u uid=%u gid=%u euid=%u suid=%u fsuid=%u egid=%u sgid=%u fsgid=%u tty=%s ses=%u comm=%s exe=%s subj=%s key=%s",
        )
        args = " ".join(f'a{i}="{a}"' for i, a in enumerate(argv))
        rec("EXECVE", f"argc={len(argv)} {args}", "argc=%d a%d=%s", ts)
        rec("CWD", f'cwd="/home/{user}"', "cwd=%s", ts)
        for item, (path, ino) in enumerate(
            (
                (f"/usr/bin/{argv[0]}", r.randrange(100000, 999999)),
                ("/lib64/ld-linux-x86-64.so.2", 1835421),
            )
        ):
            rec(
                "PATH",
                f'item={item} name="{path}" inode={ino} dev=fe:01 mode=0100755 ouid=0 ogid=0 rdev=00:00 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0',
                "item=%d name=%s inode=%lu dev=%02x:%02x mode=%#ho ouid=%u ogid=%u rdev=%02x:%02x nametype=%s cap_fp=%s cap_fi=%s cap_fe=%d cap_fver=%x cap_frootid=%d",
                ts,
            )
        rec(
            "PROCTITLE",
            f"proctitle={bytes(chr(0).join(argv), 'ascii').hex().upper()}",
            "proctitle=%s",
            ts,
        )
        pam(
            "USER_END",
            "PAM:session_close",
            pid,
            0,
            uid,
            ses,
            "root",
            "/usr/bin/sudo",
            "?",
            tty,
            True,
            "pam_limits,pam_unix",
        )
        pam(
            "CRED_DISP",
            "PAM:setcred",
            pid,
            0,
            uid,
            ses,
            "root",
            "/usr/bin/sudo",
            "?",
            tty,
            True,
            "pam_permit",
        )

    def denial() -> None:
        log.tick(r, 30, 900)
        name = r.choice(["index.html", "uploads", "app.sock"])
        ts = rec(
            "AVC",
            f'avc:  denied  {{ {r.choice(["read", "write", "getattr"])} }} for  pid={r.randrange(800, 1500)} comm="nginx" name="{name}" dev="vda1" ino={r.randrange(10000, 999999)} scontext=system_u:system_r:httpd_t:s0 tcontext=unconfined_u:object_r:user_home_t:s0 tclass={r.choice(["file", "dir", "sock_file"])} permissive=0',
            "avc:  denied  { %s } for  pid=%d comm=%s name=%s dev=%s ino=%lu scontext=%s tcontext=%s tclass=%s permissive=%u",
        )
        rec(
            "SYSCALL",
            f'arch=c000003e syscall=257 success=no exit=-13 a0=ffffff9c a1=55d{hexid(r, 9)} a2=80000 a3=0 items=0 ppid=1 pid={r.randrange(800, 1500)} auid=4294967295 uid=33 gid=33 euid=33 suid=33 fsuid=33 egid=33 sgid=33 fsgid=33 tty=(none) ses=4294967295 comm="nginx" exe="/usr/sbin/nginx" subj=system_u:system_r:httpd_t:s0 key=(null)',
            "arch=%x syscall=%d success=no exit=%ld a0=%lx a1=%lx a2=%lx a3=%lx items=%d ppid=%d pid=%d auid=%u uid=%u gid=%u euid=%u suid=%u fsuid=%u egid=%u sgid=%u fsgid=%u tty=%s ses=%u comm=%s exe=%s subj=%s key=%s",
            ts,
        )

    def service() -> None:
        log.tick(r, 30, 900)
        unit = r.choice(
            ["apt-daily", "logrotate", "man-db", "fstrim", "certbot", "systemd-tmpfiles-clean"]
        )
        for op in ("START", "STOP"):
            rec(
                f"SERVICE_{op}",
                f'pid=1 uid=0 auid=4294967295 ses=4294967295 subj=unconfined msg=\'unit={unit} comm="systemd" exe="/usr/lib/systemd/systemd" hostname=? addr=? terminal=? res=success\'',
                "pid=%d uid=%u auid=%u ses=%u subj=%s msg='unit=%s comm=%s exe=%s hostname=%s addr=%s terminal=%s res=success'",
            )
            log.tick(r, 1, 40)

    def bpf() -> None:
        log.tick(r, 30, 900)
        pid = r.randrange(100, 900)
        for op in ("LOAD", "UNLOAD"):
            rec("BPF", f"prog-id={pid} op={op}", "prog-id=%u op=%s")

    for _ in range(260):
        x = r.random()
        if x < 0.5:
            ssh_login()
        elif x < 0.6:
            denial()
        elif x < 0.85:
            service()
        else:
            bpf()
    return [log]


# --------------------------------------------------------------------------------- Filebeat

FILEBEAT_FILES = [
    "/var/log/nginx/access.log",
    "/var/log/nginx/error.log",
    "/var/log/syslog",
    "/var/log/auth.log",
    "/var/log/app/orders.log",
]


def filebeat(r: random.Random) -> list[Log]:
    """Two hosts' Filebeat 7.17 log files (logging.to_files, the default console encoder of
    zap: time, level, the logger's name in brackets when it has one, the caller, the message,
    and a JSON object of fields after a tab): the start banner, inputs and harvesters opening and
    closing files, the 30 s metrics lines, Elasticsearch outages with backoff and reconnects,
    events Elasticsearch refused."""
    logs = []
    for host in ("web-1", "web-2"):
        log = Log(f"filebeat-{host}", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))

        def emit(
            level: str,
            logger: str,
            caller: str,
            msg: str,
            label: str,
            fields: str = "",
            lo=0.0,
            hi=0.05,
        ) -> None:
            t = log.tick(r, lo, hi)
            stamp = f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"
            parts = [
                stamp,
                level,
                *([f"[{logger}]"] if logger else []),
                caller,
                msg,
                *([fields] if fields else []),
            ]
            log.add("\t".join(parts), label)

        es = "http://es-1.internal:9200"

        def start() -> None:
            emit(
                "INFO",
                "",
                "instance/beat.go:698",
                "Home path: [/usr/share/filebeat] Config path: [/etc/filebeat] Data path: [/var/lib/filebeat] Logs path: [/var/log/filebeat] Hostfs Path: [/]",
                "Home path: [%s] Config path: [%s] Data path: [%s] Logs path: [%s] Hostfs Path: [%s]",
            )
            emit("INFO", "", "instance/beat.go:706", f"Beat ID: {uuid4(r)}", "Beat ID: %v")
            emit(
                "INFO",
                "seccomp",
                "seccomp/seccomp.go:124",
                "Syscall filter successfully installed",
                "Syscall filter successfully installed",
            )
            emit(
                "INFO",
                "beat",
                "instance/beat.go:1052",
                "Beat info",
                "Beat info",
                '{"system_info": {"beat": {"path": {"config": "/etc/filebeat", "data": "/var/lib/filebeat", "home": "/usr/share/filebeat", "logs": "/var/log/filebeat"}, "type": "filebeat", "uuid": "'
                + uuid4(r)
                + '"}}}',
            )
            emit(
                "INFO",
                "",
                "instance/beat.go:328",
                "Setup Beat: filebeat; Version: 7.17.21",
                "Setup Beat: %s; Version: %s",
            )
            emit(
                "INFO",
                "esclientleg",
                "eslegclient/connection.go:105",
                f"elasticsearch url: {es}",
                "elasticsearch url: %s",
            )
            emit(
                "INFO", "publisher", "pipeline/module.go:113", f"Beat name: {host}", "Beat name: %s"
            )
            emit(
                "INFO",
                "monitoring",
                "log/log.go:142",
                "Starting metrics logging every 30s",
                "Starting metrics logging every %v",
            )
            emit("INFO", "", "instance/beat.go:492", "filebeat start running.", "%s start running.")
            emit(
                "INFO",
                "memlog",
                "memlog/store.go:119",
                f"Loading data file of '/var/lib/filebeat/registry/filebeat' succeeded. Active transaction id={r.randrange(1000, 90000)}",
                "Loading data file of '%v' succeeded. Active transaction id=%v",
            )
            emit(
                "INFO",
                "memlog",
                "memlog/store.go:124",
                f"Finished loading transaction log file for '/var/lib/filebeat/registry/filebeat'. Active transaction id={r.randrange(1000, 90000)}",
                "Finished loading transaction log file for '%v'. Active transaction id=%v",
            )
            emit(
                "INFO",
                "registrar",
                "registrar/registrar.go:109",
                f"States Loaded from registrar: {r.randrange(3, 12)}",
                "States Loaded from registrar: %+v",
            )
            emit(
                "INFO", "crawler", "beater/crawler.go:71", "Loading Inputs: 1", "Loading Inputs: %v"
            )
            emit(
                "INFO",
                "input",
                "log/input.go:171",
                f"Configured paths: [{' '.join(FILEBEAT_FILES)}]",
                "Configured paths: %v",
                '{"input_id": "' + uuid4(r) + '"}',
            )
            emit(
                "INFO",
                "crawler",
                "beater/crawler.go:141",
                f"Starting input (ID: {r.randrange(10**18, 10**19)})",
                "Starting input (ID: %d)",
            )
            emit(
                "INFO",
                "crawler",
                "beater/crawler.go:108",
                "Loading and starting Inputs completed. Enabled inputs: 1",
                "Loading and starting Inputs completed. Enabled inputs: %v",
            )

        open_files: set[str] = set()
        connected = [False]

        def harvest() -> None:
            path = r.choice(FILEBEAT_FILES)
            if path in open_files:
                open_files.discard(path)
                emit(
                    "INFO",
                    "",
                    "log/harvester.go:333",
                    f"File is inactive: {path}. Closing because close_inactive of 5m0s reached.",
                    "File is inactive: %s. Closing because close_inactive of %v reached.",
                    lo=1,
                    hi=60,
                )
            else:
                open_files.add(path)
                emit(
                    "INFO",
                    "",
                    "log/harvester.go:309",
                    f"Harvester started for file: {path}",
                    "Harvester started for file: %s",
                    lo=1,
                    hi=60,
                )

        def connect() -> None:
            emit(
                "INFO",
                "publisher_pipeline_output",
                "pipeline/output.go:143",
                f"Connecting to backoff(elasticsearch({es}))",
                "Connecting to backoff(%s)",
                lo=0.1,
                hi=2,
            )
            if r.random() < 0.3:
                emit(
                    "ERROR",
                    "publisher_pipeline_output",
                    "pipeline/output.go:154",
                    f'Failed to connect to backoff(elasticsearch({es})): Get "{es}": dial tcp 10.0.9.5:9200: connect: connection refused',
                    "Failed to connect to backoff(%s): %v",
                    lo=0,
                    hi=0.01,
                )
                emit(
                    "INFO",
                    "publisher_pipeline_output",
                    "pipeline/output.go:145",
                    "Attempting to reconnect to backoff(elasticsearch("
                    + es
                    + f")) with {r.randrange(1, 9)} reconnect attempt(s)",
                    "Attempting to reconnect to backoff(%s) with %d reconnect attempt(s)",
                    lo=0,
                    hi=0.01,
                )
                emit(
                    "INFO",
                    "publisher",
                    "pipeline/retry.go:219",
                    "retryer: send unwait signal to consumer",
                    "retryer: send unwait signal to consumer",
                    lo=0,
                    hi=0.01,
                )
                emit(
                    "INFO", "publisher", "pipeline/retry.go:223", "  done", "  done", lo=0, hi=0.01
                )
                return
            emit(
                "INFO",
                "esclientleg",
                "eslegclient/connection.go:285",
                "Attempting to connect to Elasticsearch version 7.17.21",
                "Attempting to connect to Elasticsearch version %s",
                lo=0,
                hi=0.1,
            )
            emit(
                "INFO",
                "index-management",
                "idxmgmt/std.go:261",
                "Auto ILM enable success.",
                "Auto ILM enable success.",
                lo=0,
                hi=0.1,
            )
            emit(
                "INFO",
                "index-management.ilm",
                "ilm/std.go:180",
                "ILM policy filebeat exists already.",
                "ILM policy %v exists already.",
                lo=0,
                hi=0.1,
            )
            emit(
                "INFO",
                "index-management",
                "idxmgmt/std.go:401",
                "Set setup.template.name to '{filebeat-7.17.21 {now/d}-000001}' as ILM is enabled.",
                "Set setup.template.name to '%v' as ILM is enabled.",
                lo=0,
                hi=0.1,
            )
            emit(
                "INFO",
                "template",
                "template/load.go:131",
                'Template "filebeat-7.17.21" already exists and will not be overwritten.',
                "Template %q already exists and will not be overwritten.",
                lo=0,
                hi=0.1,
            )
            emit(
                "INFO",
                "publisher_pipeline_output",
                "pipeline/output.go:151",
                f"Connection to backoff(elasticsearch({es})) established",
                "Connection to backoff(%s) established",
                lo=0,
                hi=0.1,
            )
            connected[0] = True

        def metrics() -> None:
            events = r.randrange(10, 4000)
            emit(
                "INFO",
                "[monitoring]",
                "log/log.go:184",
                "Non-zero metrics in the last 30s",
                "Non-zero metrics in the last 30s",
                '{"monitoring": {"metrics": {"beat":{"cgroup":{"memory":{"mem":{"usage":{"bytes":'
                + str(r.randrange(10**7, 10**8))
                + '}}}},"cpu":{"system":{"ticks":'
                + str(r.randrange(100, 90000))
                + '},"total":{"ticks":'
                + str(r.randrange(100, 90000))
                + '}},"memstats":{"gc_next":'
                + str(r.randrange(10**7, 10**8))
                + '}},"filebeat":{"events":{"active":'
                + str(r.randrange(0, 50))
                + ',"added":'
                + str(events)
                + ',"done":'
                + str(events)
                + '},"harvester":{"open_files":'
                + str(len(open_files))
                + ',"running":'
                + str(len(open_files))
                + '}},"libbeat":{"output":{"events":{"acked":'
                + str(events)
                + ',"batches":'
                + str(events // 50 + 1)
                + ',"total":'
                + str(events)
                + '}},"pipeline":{"clients":1,"events":{"active":0,"published":'
                + str(events)
                + ',"total":'
                + str(events)
                + '}}},"registrar":{"states":{"current":'
                + str(r.randrange(3, 12))
                + ',"update":'
                + str(events)
                + "}}}}}",
                lo=25,
                hi=30,
            )

        def refused() -> None:
            field = r.choice(["response_time", "upstream.status", "user_agent.version"])
            emit(
                "WARN",
                "[elasticsearch]",
                "elasticsearch/client.go:414",
                f'Cannot index event publisher.Event{{Content:beat.Event{{Timestamp:time.Date(2024, time.June, 11, 6, {r.randrange(60)}, {r.randrange(60)}, 0, time.UTC), Meta:null, Fields:null, Private:(*file.State)(0xc000{hexid(r, 6)}), TimeSeries:false}}, Flags:0x1, Cache:publisher.EventCache{{m:common.MapStr(nil)}}}} (status=400): {{"type":"mapper_parsing_exception","reason":"failed to parse field [{field}] of type [long] in document with id \'{alnum(r, 20)}\'. Preview of field\'s value: \'-\'","caused_by":{{"type":"illegal_argument_exception","reason":"For input string: \\"-\\""}}}}, dropping event!',
                "Cannot index event %#v (status=%v): %s, dropping event!",
                lo=0.1,
                hi=30,
            )

        def outage() -> None:
            emit(
                "ERROR",
                "elasticsearch",
                "elasticsearch/client.go:224",
                f'failed to perform any bulk index operations: Post "{es}/_bulk": dial tcp 10.0.9.5:9200: connect: connection refused',
                "failed to perform any bulk index operations: %v",
                lo=1,
                hi=30,
            )
            emit(
                "INFO",
                "publisher",
                "pipeline/retry.go:219",
                "retryer: send unwait signal to consumer",
                "retryer: send unwait signal to consumer",
                lo=0,
                hi=0.01,
            )
            emit("INFO", "publisher", "pipeline/retry.go:223", "  done", "  done", lo=0, hi=0.01)
            emit(
                "ERROR",
                "publisher_pipeline_output",
                "pipeline/output.go:180",
                f'failed to publish events: Post "{es}/_bulk": dial tcp 10.0.9.5:9200: connect: connection refused',
                "failed to publish events: %v",
                lo=0,
                hi=0.01,
            )
            connected[0] = False
            for _ in range(r.randrange(1, 4)):
                connect()

        start()
        for _ in range(3):
            harvest()
        connect()
        for _ in range(220):
            x = r.random()
            if not connected[0]:
                connect()
            elif x < 0.5:
                metrics()
            elif x < 0.75:
                harvest()
            elif x < 0.9:
                refused()
            else:
                outage()
        logs.append(log)
    return logs


# --------------------------------------------------------------------------------- Rails

RAILS_ROUTES = [
    ("GET", "/projects", "ProjectsController#index", "html", "projects/index.html.erb", None),
    ("GET", "/projects/{}", "ProjectsController#show", "html", "projects/show.html.erb", "id"),
    (
        "GET",
        "/projects/{}/issues",
        "IssuesController#index",
        "html",
        "issues/index.html.erb",
        "project_id",
    ),
    ("GET", "/api/v1/issues/{}", "Api::V1::IssuesController#show", "json", None, "id"),
    ("POST", "/projects/{}/issues", "IssuesController#create", "html", None, "project_id"),
    ("PATCH", "/issues/{}", "IssuesController#update", "TURBO_STREAM", None, "id"),
]


def rails(r: random.Random) -> list[Log]:
    """A Rails 7.1 application's log/production.log written by four Puma workers (Ruby's Logger:
    severity letter, time, pid, severity, progname, message; every request's lines tagged with
    its request id): requests with their parameters, partials and layouts rendered, redirects,
    404s and 500s logged as one FATAL call over several lines, CSRF failures, background jobs
    enqueued and mails delivered."""
    log = Log("production.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    pids = [r.randrange(20000, 30000) for _ in range(4)]

    def emit(sev: str, pid: int, rid: str, msg: str, label: str | None, lo=0.0, hi=0.02) -> None:
        t = log.tick(r, lo, hi)
        stamp = f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}"
        log.add(f"{sev[0]}, [{stamp} #{pid}] {sev:>5} -- : [{rid}] {msg}", label)

    def fatal(pid: int, rid: str, klass: str, message: str, label: str, trace: list[str]) -> None:
        t = log.tick(r, 0, 0.01)
        stamp = f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}"
        log.add(f"F, [{stamp} #{pid}] FATAL -- : [{rid}]   ", label)
        for part in [f"{klass} ({message}):", "  ", *trace]:
            log.add(f"[{rid}] {part}", None)

    def request() -> None:
        method, path, action, fmt, view, key = r.choice(RAILS_ROUTES)
        ident = r.randrange(1, 900)
        path = path.format(ident)
        pid = r.choice(pids)
        rid = uuid4(r)
        ip = ip4(r, "203.0.113") if r.random() < 0.7 else ip4(r)
        t = log.tick(r, 0.05, 15)
        emit(
            "INFO",
            pid,
            rid,
            f'Started {method} "{path}" for {ip} at {t:%Y-%m-%d %H:%M:%S} +0000',
            'Started %s "%s" for %s at %s',
            lo=0,
            hi=0,
        )
        emit(
            "INFO",
            pid,
            rid,
            f"Processing by {action} as {fmt.upper()}",
            "Processing by %s#%s as %s",
        )
        params = {}
        if key:
            params[key] = str(ident)
        if method in ("POST", "PATCH"):
            params = {
                "authenticity_token": "[FILTERED]",
                "issue": {
                    "title": r.choice(["Login broken", "Typo on pricing", "Export fails"]),
                    "state": "open",
                },
                **params,
            }
        if params:
            text = (
                "{"
                + ", ".join(
                    f'"{k}"=>'
                    + (
                        f'"{v}"'
                        if isinstance(v, str)
                        else "{" + ", ".join(f'"{a}"=>"{b}"' for a, b in v.items()) + "}"
                    )
                    for k, v in params.items()
                )
                + "}"
            )
            emit("INFO", pid, rid, f"  Parameters: {text}", "  Parameters: %s")
        x = r.random()
        if method in ("POST", "PATCH") and x < 0.06:
            emit(
                "WARN",
                pid,
                rid,
                "Can't verify CSRF token authenticity.",
                "Can't verify CSRF token authenticity.",
            )
            emit(
                "INFO",
                pid,
                rid,
                f"Completed 422 Unprocessable Entity in {r.randrange(1, 9)}ms (ActiveRecord: 0.0ms | Allocations: {r.randrange(300, 900)})",
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
            )
            fatal(
                pid,
                rid,
                "ActionController::InvalidAuthenticityToken",
                "Can't verify CSRF token authenticity.",
                "%s (Can't verify CSRF token authenticity.):",
                [
                    "actionpack (7.1.3.4) lib/action_controller/metal/request_forgery_protection.rb:309:in `handle_unverified_request'",
                    "actionpack (7.1.3.4) lib/action_controller/metal/request_forgery_protection.rb:408:in `handle_unverified_request'",
                ],
            )
            return
        if key and x < 0.12:
            model = "Project" if "project" in key or action.startswith("Projects") else "Issue"
            emit(
                "INFO",
                pid,
                rid,
                f"Completed 404 Not Found in {r.randrange(1, 30)}ms (ActiveRecord: {r.uniform(0.2, 5):.1f}ms | Allocations: {r.randrange(500, 3000)})",
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
            )
            ctrl = action.split("#")[0]
            fatal(
                pid,
                rid,
                "ActiveRecord::RecordNotFound",
                f"Couldn't find {model} with 'id'={ident}",
                "%s (Couldn't find %s with '%s'=%s):",
                [
                    f"app/controllers/{ctrl.replace('::', '/').lower().replace('controller', '_controller')}.rb:{r.randrange(20, 80)}:in `set_{model.lower()}'"
                ],
            )
            return
        if x < 0.16:
            emit(
                "INFO",
                pid,
                rid,
                f"Completed 500 Internal Server Error in {r.randrange(20, 3000)}ms (ActiveRecord: {r.uniform(1, 900):.1f}ms | Allocations: {r.randrange(1000, 30000)})",
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
            )
            if r.random() < 0.5:
                fatal(
                    pid,
                    rid,
                    "ActiveRecord::ConnectionTimeoutError",
                    f"could not obtain a connection from the pool within 5.000 seconds (waited {r.uniform(5, 5.1):.3f} seconds); all pooled connections were in use",
                    "%s (could not obtain a connection from the pool within %.3f seconds (waited %.3f seconds); all pooled connections were in use):",
                    [
                        "activerecord (7.1.3.4) lib/active_record/connection_adapters/abstract/connection_pool/queue.rb:128:in `block in wait_poll'"
                    ],
                )
            else:
                fatal(
                    pid,
                    rid,
                    "ActionView::Template::Error",
                    "undefined method `name' for nil:NilClass",
                    "%s (undefined method `%s' for %s):",
                    [
                        f"app/views/{view or 'issues/show.html.erb'}:{r.randrange(3, 40)}",
                        "app/views/layouts/application.html.erb:22",
                    ],
                )
            return
        if method in ("POST", "PATCH"):
            emit(
                "INFO",
                pid,
                rid,
                f"[ActiveJob] Enqueued NotifyWatchersJob (Job ID: {uuid4(r)}) to Sidekiq(default) with arguments: #<GlobalID:0x00007f{hexid(r, 10)} @uri=#<URI::GID gid://tracker/Issue/{ident}>>",
                "[ActiveJob] Enqueued %s (Job ID: %s) to %s(%s) with arguments: %s",
            )
            if fmt == "html":
                emit(
                    "INFO",
                    pid,
                    rid,
                    f"Redirected to https://tracker.example.com/issues/{r.randrange(900, 9000)}",
                    "Redirected to %s",
                )
                emit(
                    "INFO",
                    pid,
                    rid,
                    f"Completed 302 Found in {r.randrange(10, 200)}ms (ActiveRecord: {r.uniform(1, 90):.1f}ms | Allocations: {r.randrange(2000, 20000)})",
                    "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                )
                return
            emit(
                "INFO",
                pid,
                rid,
                f"  Rendered issues/update.turbo_stream.erb (Duration: {r.uniform(0.5, 20):.1f}ms | Allocations: {r.randrange(200, 4000)})",
                "  Rendered %s (Duration: %.1fms | Allocations: %d)",
            )
        elif view:
            for partial in r.sample(
                [
                    "projects/_project.html.erb",
                    "issues/_issue.html.erb",
                    "shared/_pagination.html.erb",
                    "shared/_flash.html.erb",
                ],
                r.randrange(1, 3),
            ):
                emit(
                    "INFO",
                    pid,
                    rid,
                    f"  Rendered collection of {partial} [{r.randrange(1, 30)} times] (Duration: {r.uniform(0.5, 40):.1f}ms | Allocations: {r.randrange(200, 9000)})",
                    "  Rendered collection of %s [%d times] (Duration: %.1fms | Allocations: %d)",
                )
            emit(
                "INFO",
                pid,
                rid,
                f"  Rendered {view} within layouts/application (Duration: {r.uniform(1, 90):.1f}ms | Allocations: {r.randrange(1000, 30000)})",
                "  Rendered %s within %s (Duration: %.1fms | Allocations: %d)",
            )
            emit(
                "INFO",
                pid,
                rid,
                f"  Rendered layout layouts/application.html.erb (Duration: {r.uniform(2, 120):.1f}ms | Allocations: {r.randrange(2000, 40000)})",
                "  Rendered layout %s (Duration: %.1fms | Allocations: %d)",
            )
        status = "201 Created" if method == "POST" else "200 OK"
        emit(
            "INFO",
            pid,
            rid,
            f"Completed {status} in {r.randrange(3, 400)}ms (Views: {r.uniform(0.5, 200):.1f}ms | ActiveRecord: {r.uniform(0.2, 90):.1f}ms | Allocations: {r.randrange(1000, 50000)})",
            "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)",
        )

    def mail() -> None:
        pid = r.choice(pids)
        rid = uuid4(r)
        emit(
            "INFO",
            pid,
            rid,
            f"[ActiveJob] [ActionMailer::MailDeliveryJob] [{uuid4(r)}] Delivered mail {hexid(r, 24)}@tracker.example.com ({r.uniform(20, 900):.1f}ms)",
            "Delivered mail %s (%.1fms)",
            lo=1,
            hi=30,
        )

    def scanner() -> None:
        pid = r.choice(pids)
        rid = uuid4(r)
        path = r.choice(
            ["/wp-login.php", "/.env", "/phpmyadmin/index.php", "/.git/config", "/xmlrpc.php"]
        )
        t = log.tick(r, 1, 60)
        emit(
            "INFO",
            pid,
            rid,
            f'Started GET "{path}" for {ip4(r)} at {t:%Y-%m-%d %H:%M:%S} +0000',
            'Started %s "%s" for %s at %s',
            lo=0,
            hi=0,
        )
        fatal(
            pid,
            rid,
            "ActionController::RoutingError",
            f'No route matches [GET] "{path}"',
            '%s (No route matches [%s] "%s"):',
            [],
        )

    for _ in range(420):
        x = r.random()
        if x < 0.85:
            request()
        elif x < 0.93:
            mail()
        else:
            scanner()
    return [log]


# --------------------------------------------------------------------------------- Sendmail

SENDMAIL_REMOTES = [
    ("mail-ej1-f41.google.com", "209.85.218.41"),
    ("mail-wm1-f54.google.com", "209.85.128.54"),
    ("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.22.93"),
    ("mx2.mailbox.org", "80.241.60.215"),
    ("smtp.newsletters.example.net", "198.51.100.25"),
]
SENDMAIL_MX = [
    ("gmail-smtp-in.l.google.com.", "142.250.102.27"),
    ("example-com.mail.protection.outlook.com.", "52.101.68.14"),
    ("mx1.mailbox.org.", "80.241.60.212"),
    ("mx.partner.example.", "192.0.2.44"),
]
SENDMAIL_USERS = ["alice", "bob", "carol", "helpdesk", "billing"]


def sendmail(r: random.Random) -> list[Log]:
    """A mail host's /var/log/mail.log with Sendmail 8.17 (sm-mta for SMTP, sendmail for local
    submissions, sm-msp-queue): messages received (`from=`) and delivered or deferred (`to=`)
    with the key=value pieces each delivery has, STARTTLS, relays denied by check_rcpt, DNSBL
    rejects, unknown users, clients dropping the connection, AUTH failures, queue runs."""
    log = Log("mail.log", datetime(2024, 6, 11, 6, 0, 2, tzinfo=UTC))
    host = "mail"
    seq = [r.randrange(1000, 9000)]

    def emit(prog: str, pid: int, msg: str, label: str, lo=0.0, hi=0.5) -> None:
        t = log.tick(r, lo, hi)
        log.add(f"{syslog_ts(t)} {host} {prog}[{pid}]: {msg}", label)

    def qid() -> str:
        seq[0] += 1
        t = log.t
        return f"4{'ABCDEFGHIJKL'[t.month - 1]}{'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'[t.day]}{t.hour:02d}{t.minute:02d}{seq[0] % 100:02d}{seq[0]:06d}"[
            :14
        ]

    def delay() -> str:
        s = r.randrange(0, 5)
        return f"00:00:{s:02d}"

    emit(
        "sm-mta",
        812,
        "starting daemon (8.17.1): SMTP+queueing@00:25:00",
        "starting daemon (%s): %s",
    )
    emit(
        "sm-msp-queue",
        820,
        "starting daemon (8.17.1): queueing@00:25:00",
        "starting daemon (%s): %s",
    )

    def inbound() -> None:
        pid = r.randrange(2000, 40000)
        name, ip = r.choice(SENDMAIL_REMOTES)
        relay = f"{name} [{ip}]"
        log.tick(r, 1, 120)
        if r.random() < 0.7:
            emit(
                "sm-mta",
                pid,
                f"STARTTLS=server, relay={relay}, version=TLSv1.3, verify=NO, cipher=TLS_AES_256_GCM_SHA384, bits=256/256",
                "STARTTLS=server, relay=%.100s, version=%.16s, verify=%.16s, cipher=%.64s, bits=%.6s/%.6s",
            )
        q = qid()
        x = r.random()
        if x < 0.08:
            bad = f"{r.choice(['info', 'sales', 'admin'])}@example.com"
            emit("sm-mta", pid, f"{q}: <{bad}>... User unknown", "%s... User unknown")
            emit(
                "sm-mta",
                pid,
                f"{q}: from=<noreply@{name.split('.', 1)[1]}>, size=0, class=0, nrcpts=0, proto=ESMTPS, daemon=MTA-v4, relay={relay}",
                "from=%s, size=%ld, class=%d, nrcpts=%d, proto=%s, daemon=%s, relay=%s",
            )
            return
        user = r.choice(SENDMAIL_USERS)
        size = r.randrange(900, 400000)
        msgid = f"<{hexid(r, 16)}@{name.split('.', 1)[1]}>"
        emit(
            "sm-mta",
            pid,
            f"{q}: from=<news@{name.split('.', 1)[1]}>, size={size}, class=0, nrcpts=1, msgid={msgid}, bodytype=8BITMIME, proto=ESMTPS, daemon=MTA-v4, relay={relay}",
            "from=%s, size=%ld, class=%d, nrcpts=%d, msgid=%s, bodytype=%s, proto=%s, daemon=%s, relay=%s",
        )
        lpid = r.randrange(2000, 40000)
        emit(
            "sm-mta",
            lpid,
            f"{q}: to=<{user}@example.com>, delay={delay()}, xdelay=00:00:00, mailer=local, pri={size + 30000 + r.randrange(0, 90)}, dsn=2.0.0, stat=Sent",
            "to=%s, delay=%s, xdelay=%s, mailer=%s, pri=%ld, dsn=%s, stat=Sent",
        )

    def outbound() -> None:
        user = r.choice(SENDMAIL_USERS)
        uid = 1000 + SENDMAIL_USERS.index(user)
        pid = r.randrange(2000, 40000)
        q = qid()
        size = r.randrange(400, 90000)
        log.tick(r, 1, 120)
        emit(
            "sendmail",
            pid,
            f"{q}: from={user}, size={size}, class=0, nrcpts=1, msgid=<{log.t:%Y%m%d%H%M%S}.{q}@mail.example.com>, relay={user}@localhost",
            "from=%s, size=%ld, class=%d, nrcpts=%d, msgid=%s, relay=%s",
        )
        emit(
            "sendmail",
            pid,
            f"{q}: to=<{r.choice(['ops', 'partner', 'customer'])}@partner.example>, ctladdr={user} ({uid}/{uid}), delay={delay()}, xdelay=00:00:00, mailer=relay, pri={size + 30000}, relay=[127.0.0.1] [127.0.0.1], dsn=2.0.0, stat=Sent ({q} Message accepted for delivery)",
            "to=%s, ctladdr=%s, delay=%s, xdelay=%s, mailer=%s, pri=%ld, relay=%s, dsn=%s, stat=Sent (%s Message accepted for delivery)",
        )
        spid = r.randrange(2000, 40000)
        q2 = qid()
        emit(
            "sm-mta",
            spid,
            f"{q2}: from=<{user}@example.com>, size={size + 400}, class=0, nrcpts=1, msgid=<{log.t:%Y%m%d%H%M%S}.{q}@mail.example.com>, proto=ESMTP, daemon=MTA-v4, relay=localhost [127.0.0.1]",
            "from=%s, size=%ld, class=%d, nrcpts=%d, msgid=%s, proto=%s, daemon=%s, relay=%s",
        )
        mx, mip = r.choice(SENDMAIL_MX)
        dpid = r.randrange(2000, 40000)
        if r.random() < 0.8:
            emit(
                "sm-mta",
                dpid,
                f"STARTTLS=client, relay={mx[:-1]}, version=TLSv1.3, verify=OK, cipher=TLS_AES_256_GCM_SHA384, bits=256/256",
                "STARTTLS=client, relay=%.100s, version=%.16s, verify=%.16s, cipher=%.64s, bits=%.6s/%.6s",
            )
        x = r.random()
        to = f"<{r.choice(['ops', 'partner', 'customer', 'j.doe'])}@{mx.split('.', 1)[1].rstrip('.')}>"
        head = f"{q2}: to={to}, ctladdr=<{user}@example.com> ({uid}/{uid}), delay={delay()}, xdelay={delay()}, mailer=esmtp, pri={size + 120400}, relay={mx} [{mip}]"
        hl = "to=%s, ctladdr=%s, delay=%s, xdelay=%s, mailer=%s, pri=%ld, relay=%s"
        if x < 0.12:
            emit(
                "sm-mta",
                dpid,
                f"{head}, dsn=4.0.0, stat=Deferred: Connection refused by {mx}",
                hl + ", dsn=%s, stat=Deferred: Connection refused by %s",
            )
        elif x < 0.2:
            emit(
                "sm-mta",
                dpid,
                f"{head}, dsn=4.0.0, stat=Deferred: Connection timed out with {mx}",
                hl + ", dsn=%s, stat=Deferred: Connection timed out with %s",
            )
        elif x < 0.26:
            emit(
                "sm-mta",
                dpid,
                f"{head}, dsn=5.1.1, stat=User unknown",
                hl + ", dsn=%s, stat=User unknown",
            )
            emit("sm-mta", dpid, f"{qid()}: {q2}: DSN: User unknown", "%s: DSN: %s")
        else:
            emit(
                "sm-mta",
                dpid,
                f"{head}, dsn=2.0.0, stat=Sent (OK  {int(log.t.timestamp())} {alnum(r, 12)}.{r.randrange(10, 900)} - gsmtp)",
                hl + ", dsn=%s, stat=Sent (%s)",
            )

    def abuse() -> None:
        pid = r.randrange(2000, 40000)
        ip = ip4(r)
        log.tick(r, 1, 120)
        x = r.random()
        if x < 0.3:
            to = f"<{r.choice(['x', 'spam', 'test'])}@{r.choice(['gmail.com', 'yahoo.com', 'qq.com'])}>"
            emit(
                "sm-mta",
                pid,
                f"{qid()}: ruleset=check_rcpt, arg1={to}, relay=[{ip}], reject=550 5.7.1 {to}... Relaying denied. IP name lookup failed [{ip}]",
                "ruleset=%s, arg1=%s, relay=%s, reject=%s... Relaying denied. IP name lookup failed [%s]",
            )
        elif x < 0.5:
            emit(
                "sm-mta",
                pid,
                f"{qid()}: ruleset=check_relay, arg1=[{ip}], arg2=127.0.0.2, relay=[{ip}], reject=554 5.7.1 Rejected {ip} found in zen.spamhaus.org",
                "ruleset=%s, arg1=%s, arg2=%s, relay=%s, reject=%s Rejected %s found in %s",
            )
        elif x < 0.7:
            emit(
                "sm-mta",
                pid,
                f"{qid()}: [{ip}] did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA-v4",
                "%s did not issue MAIL/EXPN/VRFY/ETRN during connection to %s",
            )
        elif x < 0.8:
            emit(
                "sm-mta",
                pid,
                f"{qid()}: lost input channel from [{ip}] to MTA-v4 after {r.choice(['rcpt', 'mail', 'data'])}",
                "lost input channel from %s to %s after %s",
            )
        elif x < 0.9:
            for _n in range(1, r.randrange(2, 5)):
                emit(
                    "sm-mta",
                    pid,
                    f"{qid()}: AUTH failure (LOGIN): authentication failure (-13) SASL(-13): authentication failure: checkpass failed, user={r.choice(['admin', 'test', 'info'])}, relay=[{ip}]",
                    "AUTH failure (%s): %s (%d) %s, relay=%.100s",
                )
            emit(
                "sm-mta",
                pid,
                f"{qid()}: possible SMTP attack: command=AUTH, count=3",
                "possible SMTP attack: command=%.40s, count=%u",
            )
        else:
            emit(
                "sm-mta",
                pid,
                f"{qid()}: timeout waiting for input from [{ip}] during server cmd read",
                "timeout waiting for input from %s during %s",
            )

    for _ in range(480):
        x = r.random()
        if x < 0.4:
            inbound()
        elif x < 0.7:
            outbound()
        else:
            abuse()
    return [log]


SYSTEMS = {
    "aspnetcore": aspnetcore,
    "auditd": auditd,
    "filebeat": filebeat,
    "rails": rails,
    "sendmail": sendmail,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
