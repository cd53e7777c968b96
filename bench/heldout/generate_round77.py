#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 77 (sharepoint-uls, windows-dhcp, windows-firewall, nlog,
umbraco) into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over
a seeded run, and every line that starts an event is labelled with the format string that wrote
it as it is written; the lines that continue an event (a ULS message's continuation lines, a
.NET stack trace, EF Core's SQL under its message, a header block's later lines) have no label.
Distinct calls of one process never share a timestamp at the log's resolution (round 53's
Clock). Five Windows and .NET logs:

- SharePoint Server Subscription Edition's ULS logs (`SP-WFE01-20240604-0600.log` ... and
  `SP-APP01-20240604-0600.log` ...: two servers, a new file every 30 minutes, 06:00 to 11:00,
  each file opening with the column header): tab-separated columns padded with blanks
  (`06/04/2024 06:00:01.12 \tw3wp.exe (0x1A2C)                       \t0x2B3C\tSharePoint
  Foundation         \tGeneral                       \t8nca\tMedium  \tmessage\tcorrelation`),
  the time in centiseconds, the process with its pid in hex, the thread, area and category
  padded to 30, the event tag, the level (Verbose, Medium, High, Monitorable, Unexpected,
  Critical) and the correlation id; a message over 1,000 characters is cut into lines whose
  time ends with `*`, each part ending and the next starting with `...`. The web front end's
  requests (`Name=Request (GET:...)`, `Non-OAuth request. IsAuthenticated=...`, the browsers'
  first `Claims Windows Sign-In: Sending 401 ...`), a custom web part's NullReferenceException
  (`Application error when access %s, Error=...` with the stack on the same line, and the
  runtime's own `System.NullReferenceException: ...`), undisposed SPRequest objects, access
  denied, the object cache's super user warning after each app pool start, timer jobs on both
  servers (`Name=Timer Job %s`), the content database's SQL Server failing over at 08:20 (the
  5586 `Unknown SQL Exception 53 occurred. ...`, `SqlError: ...`, `ConnectionString: ...`,
  3760 on the application server, 6398 for a timer job, then timeouts, -2), a quarter of an
  hour with the Monitoring category at Verbose (`Entering monitored scope (%s). Parent %s`,
  `Leaving Monitored Scope (%s). Execution Time=%s`), the Distributed Cache timing out at 09:10
  (`Unexpected error occurred in method '%s' , usage '%s' - Exception '...DataCacheException:
  ErrorCode<ERRCA0018>:SubStatus<ES0001>:The request timed out...'`, `Token Cache: Failed to
  get token from distributed cache for '%s'...`), `Tracing Service lost trace events.`, an app
  pool recycle at 09:50.
- Windows Server 2022's DHCP Server audit logs (`DhcpSrvLog-Tue.log`, `DhcpV6SrvLog-Tue.log`,
  00:00 to 19:00 on Tuesday June 4): the header block the service writes at the top of a new
  day's file (the event id table, the QResult note, the column names), then CSV records:
  `00` Started, hourly `24` Database Cleanup Begin and `25` `%d leases expired and %d leases
  deleted`, hourly `55` Authorized(servicing); 380 clients arriving in the morning (`11`
  Renew, `10` Assign for new ones, `30` DNS Update Request and `32` DNS Update Successful),
  leaving in the afternoon (`12` Release and the DNS deletion's `30`/`32`), guests on the
  guest scope (no DNS), NACKs for laptops bringing a home address (`15`), the guest scope
  full at a lunchtime event (`14` Scope Full, `15` NACK), conflicts (`13`), DC01 restarting
  for an update at 08:05 in the arrivals (`31` DNS Update Failed with DnsRegError 1460), an
  admin deleting a lease (`16`); the
  DHCPv6 file's Solicit / Advertise / Request / Confirm / Renew / Rebind / Release /
  Information Request records and its own cleanup and DNS lines.
- Windows Defender Firewall's log on a file server (`pfirewall.log.old`, `pfirewall.log`,
  06:00 to 08:20: logging of dropped packets and successful connections on, the size limit
  set to 192 KB, so the log rolls over once, at 07:46, and the new file starts with the
  directives again):
  `#Version: 1.5`, `#Software: Microsoft Windows Firewall`, `#Time Format: Local`, `#Fields:
  ...` (the 1.5 fields with `pid`), then `2024-06-04 06:00:01 DROP TCP 203.0.113.7 10.0.0.5
  51234 3389 52 S 1234567 0 64240 - - - RECEIVE 4`: outbound DNS, Kerberos, LDAP, SMB, HTTPS and
  NTP, inbound SMB, RDP and WinRM from the admin subnet, monitoring pings, IGMP and ICMPv6
  chatter, NetBIOS, LLMNR, SSDP, mDNS and WS-Discovery broadcasts dropped, an internet RDP scan
  (SYNs dropped in bursts, `INFO-EVENTS-LOST` when the logger falls behind), an outbound block
  rule for an updater and a blocked public NTP server.
- An ASP.NET Core 8 shop API on IIS with NLog 5 (`web01-2024-06-04.log`,
  `web02-2024-06-04.log`: the file target's layout `${longdate}|${level:uppercase=true}|
  ${logger}|${message} ${exception:format=tostring}`, so a line without an exception ends in a
  blank and an exception's ToString() follows the message on the same line, its stack on the
  lines under it): Microsoft.Hosting.Lifetime's start-up lines, EF Core's model and query
  warnings (`No store type was specified for the decimal property ...`, `Compiling a query
  which loads related collections ...`, the row limiting operator warning), orders, payments,
  e-mails, low stock, the hosted services (outbox publisher, order expiry, price sync); the
  payment gateway failing at 08:05 (502s, 503s and HttpClient timeouts), SQL Server failing
  over at 09:30 (`An error occurred using the connection to database ...`, `An exception
  occurred while iterating over the results of a query ...`, `Failed executing DbCommand ...`
  with its SQL, `An unhandled exception has occurred while executing the request.`, the outbox
  publisher's retries), deadlocks while saving, the SMTP relay down at 10:10, the price sync
  service throwing on web02 at 11:02 (`BackgroundService failed`, the host stopping, the
  restart).
- Umbraco 13 (`UmbracoTraceLog.WEB01.20240604.json`, `UmbracoTraceLog.WEB02.20240604.json`:
  Serilog's compact JSON, `@t` with seven fractional digits, `@mt` the message template, `@l`
  only when not Information, `@x` the exception's ToString(), the template's properties, then
  Umbraco's enrichers: SourceContext, ProcessId, ProcessName, ThreadId, ApplicationId,
  MachineName, Log4NetLevel, and RequestId / RequestPath inside a request): both servers'
  boot (MainDom, the NuCache stores, `Runtime Level: {RuntimeLevel} - {RuntimeLevelReason}`,
  the lifetime lines), a product import job publishing content every half hour, editors
  publishing and scheduled publishing (one document whose parent is unpublished), back-office
  logins and a lockout, members' logins and a credential-stuffing run against the member
  login at 13:00, a hero block without an image throwing in a Razor view, Examine's index
  locked on WEB02 (`Error indexing queue items` with Lucene's LockObtainFailedException) and an
  index rebuild, Azure SQL failing over at 10:30 (`Exception ({InstanceId}).`, `Failed to update
  server record in database.`, `Failed (will repeat).`, the keep-alive and requests failing),
  an app pool recycle of WEB01 at 12:00 (`Stopping ({SignalSource})`, `Released
  ({SignalSource})`).

Label notes. The rules of rounds 51 to 74 hold. ULS's time, process, thread, area, category,
event tag, level and correlation id, NLog's time, level and logger, and the CLEF keys other
than `@mt` are context: the message is the label. A ULS message that carries an exception's
ToString() with its stack on the same line is labelled with its format and the exception's
message (`Application error when access %s, Error=Object reference not set to an instance of
an object.`), the stack being part of the event; a continuation line (`*` after the time) has
no label. NLog's and Serilog's labels keep the message template's `{Name}` holes (as the
serilog and aspnetcore sets do); an exception NLog's layout writes after the message, or that
a message template's `{error}` holds, contributes its first line's format after the message
(`Payment capture failed for order {OrderId} System.Net.Http.HttpRequestException: Response
status code does not indicate success: {0} ({1}).`, as round 73's error fields); CLEF's `@x`
is a field, and the label is `@mt` alone, as a JSON line's other keys (round 73's error field
rule is about an error written as a key next to a message that names it; Umbraco's `@x` is
the exception Serilog was passed, its text never in `@mt`). The DHCP audit records and the
firewall records are labelled as round 57's structured records, by the fields that say what
happened: the DHCP event id with the Description's format (`10 Assign`, `25 %d leases expired
and %d leases deleted`), the firewall's action, protocol and path (`DROP TCP RECEIVE`,
`INFO-EVENTS-LOST`); the DHCP header block is one write labelled at its first non-blank line,
the firewall's directives are statements (`#Version: %s`, `#Software: %s`, `#Time Format:
%s`, `#Fields: %s`). So the firewall has only 22 true templates: its log has no more.

Sources: written from the helper's knowledge of each program and of real logs seen in forums
and issues, not checked against copies in this session. Least sure: ULS's message length
before a continuation (taken as 1,000 characters), the event tags (`8nca`, `xmnv`, `ajji`,
`ftd0`, `tkau`, `air4a`, `ah24q`, `8l1n`, `tzku`, `tzkv`), whether the timer job lines on the
application server log anything at Medium besides `Name=Timer Job %s` (the `Job %s completed in
%d ms` line is invented), the access-denied line's wording; the DHCP header's exact wording, the
Descriptions of events 13 (`Conflict`) and 14 (`Scope Full`), the DnsRegError code of a failed
update (1460), the DHCPv6 log's header, columns and Descriptions; whether the firewall writes
`ICMPv6` or `58` for ICMPv6 and the pid of dropped inbound packets; NLog's exact start-up lines
(the app's own are invented, as a shop's would be); Umbraco 13's boot lines (`Creating the
content store, localContentDbExists? {LocalContentDbExists}`, the runtime level line), the
Examine lines (`Rebuilding index {IndexName}` and `Index {IndexName} rebuilt ...` are invented),
`Unhandled controller exception occurred for request '{RequestUrl}'`, the member sign-in
manager's wording and the scheduled publishing failure's. Windows writes CRLF; the files here
end lines with LF only. Run it only to change the data on purpose: `python
bench/heldout/generate_round77.py [SYSTEM ...]`.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round52 import Records, secs
from generate_round53 import Clock
from generate_round55 import at, poisson

Text = Callable[[datetime], list[str]]


class Files:
    """The files of one system (each a Records) and its Clock: `add(file, t, label, text)`
    writes `text(t)` (the event's lines, the first labelled `label`) at the process's next
    free instant (`proc`, the file by default) and returns that instant."""

    def __init__(self, res: int) -> None:
        self.clock = Clock(res)
        self.files: dict[str, Records] = {}

    def add(
        self, f: str, t: datetime, label: str | None, text: Text, proc: object = None
    ) -> datetime:
        t = self.clock.at(proc if proc is not None else f, t)
        self.files.setdefault(f, Records()).add(t, text(t), label)  # type: ignore[arg-type]
        return t

    def logs(self, t0: datetime) -> list[Log]:
        return [self.files[k].into(Log(k, t0)) for k in sorted(self.files)]


HOLE = re.compile(r"\{\{|\}\}|\{[A-Za-z_@][\w]*(?:[:,][^}]*)?\}")


def render(tmpl: str, *vals: object) -> str:
    """A message template (`{Name}` holes, `{Name:fmt}`) with its holes filled in order."""
    it = iter(vals)

    def one(m: re.Match) -> str:
        s = m.group()
        if s in ("{{", "}}"):
            return s[0]
        return str(next(it))

    out = HOLE.sub(one, tmpl)
    assert next(it, None) is None, (tmpl, vals)
    return out


def frames(*fs: str) -> list[str]:
    """A .NET stack trace's frame lines as Exception.ToString() writes them."""
    return [f"   at {f}" for f in fs]


# --------------------------------------------------------------------------------- sharepoint-uls

SP_HOST = "https://intranet.contoso.com"
SP_PAGES = [
    ("GET", "/sites/hr/SitePages/Home.aspx", 6),
    ("GET", "/SitePages/Home.aspx", 10),
    ("GET", "/sites/projects/Shared Documents/Forms/AllItems.aspx", 4),
    ("GET", "/sites/hr/Lists/Announcements/AllItems.aspx", 2),
    ("POST", "/_api/contextinfo", 3),
    ("GET", "/_api/web/lists/getbytitle('Documents')/items", 4),
    ("GET", "/_layouts/15/viewlsts.aspx", 2),
    ("GET", "/sites/finance/SitePages/Reports.aspx", 2),
    ("POST", "/_vti_bin/client.svc/ProcessQuery", 5),
    ("GET", "/_layouts/15/start.aspx", 2),
    ("GET", "/sites/news/Pages/default.aspx", 5),
]
SP_USERS = [
    "anna",
    "bjorn",
    "carla",
    "deniz",
    "emil",
    "fatima",
    "georg",
    "hana",
    "ivan",
    "julia",
    "karl",
    "lena",
]
SP_WP_STACK = [
    "Contoso.Intranet.WebParts.NewsRollup.NewsRollupUserControl.BindItems(SPWeb web)",
    "Contoso.Intranet.WebParts.NewsRollup.NewsRollupUserControl.Page_Load(Object sender, EventArgs e)",
    "System.Web.UI.Control.OnLoad(EventArgs e)",
    "System.Web.UI.Control.LoadRecursive()",
    "System.Web.UI.Control.LoadRecursive()",
    "System.Web.UI.Control.LoadRecursive()",
    "System.Web.UI.Control.LoadRecursive()",
    "System.Web.UI.Page.ProcessRequestMain(Boolean includeStagesBeforeAsyncPoint, Boolean includeStagesAfterAsyncPoint)",
    "System.Web.UI.Page.ProcessRequest(Boolean includeStagesBeforeAsyncPoint, Boolean includeStagesAfterAsyncPoint)",
    "System.Web.UI.Page.ProcessRequest()",
    "System.Web.UI.Page.ProcessRequest(HttpContext context)",
    "Microsoft.SharePoint.Publishing.TemplateRedirectionPage.ProcessRequest(HttpContext context)",
    "System.Web.HttpApplication.CallHandlerExecutionStep.System.Web.HttpApplication.IExecutionStep.Execute()",
    "System.Web.HttpApplication.ExecuteStepImpl(IExecutionStep step)",
    "System.Web.HttpApplication.ExecuteStep(IExecutionStep step, Boolean& completedSynchronously)",
]
SP_SQL53 = "A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible. Verify that the instance name is correct and that SQL Server is configured to allow remote connections. (provider: Named Pipes Provider, error: 40 - Could not open a connection to SQL Server)"
SP_SQLTO = "Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding."
SP_SQL_STACK = [
    "System.Data.SqlClient.SqlInternalConnectionTds..ctor(DbConnectionPoolIdentity identity, SqlConnectionString connectionOptions, SqlCredential credential, Object providerInfo, String newPassword, SecureString newSecurePassword, Boolean redirectedUserInstance, SqlConnectionString userConnectionOptions, SessionData reconnectSessionData, DbConnectionPool pool, String accessToken, Boolean applyTransientFaultHandling, SqlAuthenticationProviderManager sqlAuthProviderManager)",
    "System.Data.SqlClient.SqlConnectionFactory.CreateConnection(DbConnectionOptions options, DbConnectionPoolKey poolKey, Object poolGroupProviderInfo, DbConnectionPool pool, DbConnection owningConnection, DbConnectionOptions userOptions)",
    "System.Data.ProviderBase.DbConnectionFactory.CreatePooledConnection(DbConnectionPool pool, DbConnection owningObject, DbConnectionOptions options, DbConnectionPoolKey poolKey, DbConnectionOptions userOptions)",
    "System.Data.ProviderBase.DbConnectionPool.CreateObject(DbConnection owningObject, DbConnectionOptions userOptions, DbConnectionInternal oldConnection)",
    "System.Data.ProviderBase.DbConnectionPool.TryGetConnection(DbConnection owningObject, UInt32 waitForMultipleObjectsTimeout, Boolean allowCreate, Boolean onlyOneCheckConnection, DbConnectionOptions userOptions, DbConnectionInternal& connection)",
    "System.Data.SqlClient.SqlConnection.Open()",
    "Microsoft.SharePoint.Utilities.SqlSession.OpenConnection()",
]
SP_DC_EXC = "Microsoft.ApplicationServer.Caching.DataCacheException: ErrorCode<ERRCA0018>:SubStatus<ES0001>:The request timed out.. Additional Information : The client was trying to communicate with the server : net.tcp://SP-APP01.corp.contoso.com:22233 ---> System.TimeoutException: The socket transfer timed out after 00:00:20. You have exceeded the timeout set on your binding. The time allotted to this operation may have been a portion of a longer timeout."
SP_TIMER_JOBS = [
    ("job-immediate-alerts", 300),
    ("job-change-log-expiration", 1800),
    ("job-workflow", 300),
    ("job-usage-log-file-import", 300),
    ("job-spapp-statequery", 900),
]
SP_APP_JOBS = [
    ("job-application-server-admin-service", 300),
    ("Microsoft.Office.Server.UserProfiles.LMTRepopulationJob", 300),
    ("Search Health Monitoring - Trace Events", 600),
    ("job-dead-site-delete", 1800),
]


def sharepoint_uls(r: random.Random) -> list[Log]:
    """Two SharePoint Subscription Edition servers, 06:00 to 11:00: SP-WFE01 serves the
    intranet (w3wp.exe, its pid changing at the 09:50 recycle) and runs the web application's
    timer jobs (OWSTIMER.EXE), SP-APP01 runs the farm's jobs and the Distributed Cache. Users
    browse all morning (a request every 15 to 25 s); a custom news web part throws on the news
    site; the content database's SQL Server fails over at 08:20 for five minutes; Monitoring
    is set to Verbose from 08:40 to 08:55; the Distributed Cache stops answering from 09:10 to
    09:35."""
    fs = Files(10_000)
    t0, t_end = at(6, 0), at(11, 0)
    pid = {
        "WFE01": {"w3wp": 0x1A2C, "owstimer": 0x0F24},
        "APP01": {"w3wp": 0x2210, "owstimer": 0x0E58},
    }
    threads = {
        k: [f"0x{r.randrange(0x1000, 0x4000):04X}" for _ in range(8)] for k in ("WFE01", "APP01")
    }
    LIMIT = 1000

    def fname(srv: str, t: datetime) -> str:
        slot = t.replace(minute=(t.minute // 30) * 30, second=0, microsecond=0)
        return f"SP-{srv}-{slot:%Y%m%d-%H%M}.log"

    def E(
        srv: str,
        t: datetime,
        proc: str,
        area: str,
        cat: str,
        eid: str,
        lvl: str,
        label: str,
        msg: str,
        corr: str = "",
        thread: str | None = None,
    ) -> datetime:
        pname = (
            f"w3wp.exe (0x{pid[srv]['w3wp']:04X})"
            if proc == "w3wp"
            else f"OWSTIMER.EXE (0x{pid[srv]['owstimer']:04X})"
        )
        th = thread or r.choice(threads[srv])

        def text(t: datetime) -> list[str]:
            ts = f"{t:%m/%d/%Y %H:%M:%S}.{t.microsecond // 10000:02d}"
            parts = [msg[i : i + LIMIT] for i in range(0, len(msg), LIMIT)]
            out = []
            for i, p in enumerate(parts):
                if i > 0:
                    p = "..." + p
                if i < len(parts) - 1:
                    p = p + "..."
                mark = " " if i == 0 else "*"
                out.append(
                    f"{ts}{mark}\t{pname:<40}\t{th}\t{area:<30}\t{cat:<30}\t{eid}\t{lvl:<8}\t{p}\t{corr}"
                )
            return out

        return fs.add(fname(srv, t), t, label, text, proc=(srv, proc))

    sf, grt = "SharePoint Foundation", "General"
    verbose = (at(8, 40), at(8, 55))
    sql_down = (at(8, 20, 5), at(8, 25, 20))
    sql_slow = (at(8, 25, 20), at(8, 27, 30))
    dc_down = (at(9, 10), at(9, 35))
    recycle = at(9, 50, 12)
    seen_user: set[tuple[str, int]] = set()
    cache_warned: set[int] = set()

    def sql_fail(
        srv: str, t: datetime, proc: str, corr: str, db: str
    ) -> tuple[datetime, str, bool]:
        timeout = t >= sql_slow[0]
        num, text = (-2, SP_SQLTO) if timeout else (53, SP_SQL53)
        exc = f"System.Data.SqlClient.SqlException (0x80131904): {text}" + "".join(
            f"   at {f}" for f in SP_SQL_STACK
        )
        lbl = (
            "Unknown SQL Exception %d occurred. Additional error information from SQL Server is included below.  "
            + (
                "Execution Timeout Expired. ..."
                if timeout
                else "A network-related or instance-specific error occurred while establishing a connection to SQL Server. ..."
            )
        )
        t = E(
            srv,
            t,
            proc,
            sf,
            "Database",
            "5586",
            "Critical",
            lbl,
            f"Unknown SQL Exception {num} occurred. Additional error information from SQL Server is included below.  {text}",
            corr,
        )
        lbl2 = (
            "SqlError: '"
            + (
                "Execution Timeout Expired. ..."
                if timeout
                else "A network-related or instance-specific error ..."
            )
            + "'    Source: '%s' Number: %d State: %d Class: %d Procedure: '%s' LineNumber: %d Server: '%s'"
        )
        t = E(
            srv,
            t,
            proc,
            sf,
            "Database",
            "tzku",
            "High",
            lbl2,
            f"SqlError: '{text}'    Source: '.Net SqlClient Data Provider' Number: {num} State: 0 Class: {11 if timeout else 20} Procedure: '' LineNumber: 0 Server: 'SQL01'",
            corr,
        )
        t = E(
            srv,
            t,
            proc,
            sf,
            "Database",
            "tzkv",
            "High",
            "ConnectionString: '%s'    Partition: %s ConnectionState: %s ConnectionTimeout: %d",
            f"ConnectionString: 'Data Source=SQL01;Initial Catalog={db};Integrated Security=True;Enlist=False;Pooling=True;Min Pool Size=0;Max Pool Size=100;Connect Timeout=15'    Partition: {uuid4(r)} ConnectionState: Closed ConnectionTimeout: 15",
            corr,
        )
        return t, exc, timeout

    def request(t: datetime) -> None:
        method, path, _ = r.choices(SP_PAGES, weights=[p[2] for p in SP_PAGES])[0]
        if r.random() < 0.03:
            gone = r.choice(
                [
                    "/sites/oldprojects/Shared Documents/Forms/AllItems.aspx",
                    "/sites/intranet2013/default.aspx",
                    "/favicon.ico.aspx",
                ]
            )
            E(
                "WFE01",
                t,
                "w3wp",
                sf,
                grt,
                "af4yd",
                "Medium",
                "Cannot find site lookup info for request Uri %s.",
                f"Cannot find site lookup info for request Uri {SP_HOST}:443{gone}.",
                uuid4(r),
            )
            return
        if r.random() < 0.08:
            path = "/sites/news/Pages/default.aspx"
            method = "GET"
        url = f"{SP_HOST}:443{path}"
        corr = uuid4(r)
        th = r.choice(threads["WFE01"])
        user = r.choice(SP_USERS)
        w3 = pid["WFE01"]["w3wp"]
        if (user, w3) not in seen_user:
            seen_user.add((user, w3))
            t = E(
                "WFE01",
                t,
                "w3wp",
                sf,
                "Claims Authentication",
                "ftd0",
                "Medium",
                "Claims Windows Sign-In: Sending 401 for request '%s' because the user is not authenticated and resource requires authentication.",
                f"Claims Windows Sign-In: Sending 401 for request '{url}' because the user is not authenticated and resource requires authentication.",
                corr,
                th,
            )
            corr = uuid4(r)
            t += secs(r, 0.02, 0.2)
        scope = f"Request ({method}:{url})"
        if verbose[0] <= t < verbose[1]:
            t = E(
                "WFE01",
                t,
                "w3wp",
                sf,
                "Monitoring",
                "nasq",
                "Verbose",
                "Entering monitored scope (%s). Parent %s",
                f"Entering monitored scope ({scope}). Parent No",
                corr,
                th,
            )
        t = E(
            "WFE01",
            t,
            "w3wp",
            sf,
            "Logging Correlation Data",
            "xmnv",
            "Medium",
            "Name=Request (%s:%s)",
            f"Name={scope}",
            corr,
            th,
        )
        if r.random() < 0.45:
            t = E(
                "WFE01",
                t + secs(r, 0.01, 0.05),
                "w3wp",
                sf,
                "Authentication Authorization",
                "ajji",
                "Medium",
                "Non-OAuth request. IsAuthenticated=%s, UserIdentityName=%s, ClaimsCount=%d",
                f"Non-OAuth request. IsAuthenticated=True, UserIdentityName=0#.w|contoso\\{user}, ClaimsCount={r.randrange(18, 40)}",
                corr,
                th,
            )
        if path.startswith("/sites/news/") and (w3 not in cache_warned or r.random() < 0.3):
            cache_warned.add(w3)
            if True:
                t = E(
                    "WFE01",
                    t + secs(r, 0.05, 0.2),
                    "w3wp",
                    "Web Content Management",
                    "Publishing Cache",
                    "ae8c",
                    "High",
                    "Object Cache: The super user account utilized by the cache is not configured. This can decrease performance. ...",
                    "Object Cache: The super user account utilized by the cache is not configured. This can decrease performance. To configure the account use the following command 'stsadm -o setproperty -propertyname portalsuperuseraccount -propertyvalue account -url webappurl'. The account should be any account that has Full Control access to the SharePoint databases but is not an application pool account. Additional Data:  Current default super user account: SHAREPOINT\\system",
                    corr,
                    th,
                )
        extra = None
        if sql_down[0] <= t < sql_slow[1] and r.random() < 0.8:
            t, _exc, _to = sql_fail(
                "WFE01", t + secs(r, 0.2, 15), "w3wp", corr, "WSS_Content_Intranet"
            )
            if t < sql_slow[0]:
                t = E(
                    "WFE01",
                    t + secs(r, 0.01, 0.05),
                    "w3wp",
                    sf,
                    grt,
                    "8nca",
                    "Medium",
                    "Application error when access %s, Error=A network-related or instance-specific error occurred while establishing a connection to SQL Server. ...",
                    f"Application error when access {path}, Error={SP_SQL53}"
                    + "".join(f"   at {f}" for f in SP_SQL_STACK),
                    corr,
                    th,
                )
            extra = "sql"
        elif path == "/sites/news/Pages/default.aspx" and r.random() < 0.5:
            nre = "Object reference not set to an instance of an object."
            stack = "".join(f"   at {f}" for f in SP_WP_STACK)
            t = E(
                "WFE01",
                t + secs(r, 0.05, 0.4),
                "w3wp",
                sf,
                "Runtime",
                "tkau",
                "Unexpected",
                "System.NullReferenceException: Object reference not set to an instance of an object.",
                f"System.NullReferenceException: {nre}{stack}",
                corr,
                th,
            )
            t = E(
                "WFE01",
                t + secs(r, 0.01, 0.03),
                "w3wp",
                sf,
                grt,
                "8nca",
                "Medium",
                "Application error when access %s, Error=Object reference not set to an instance of an object.",
                f"Application error when access {path}, Error={nre}{stack}",
                corr,
                th,
            )
            extra = "nre"
        elif path.startswith("/sites/finance/") and r.random() < 0.4:
            stack = "   at Microsoft.SharePoint.Utilities.SPUtilityInternal.Send401(HttpContext context, Int32 lcid, Boolean sendPage)   at Microsoft.SharePoint.Utilities.SPUtility.HandleAccessDenied(HttpContext context)   at Microsoft.SharePoint.SPSecurableObject.CheckPermissions(SPBasePermissions permissionMask)   at Microsoft.SharePoint.WebControls.SPControl.SPWebEnsureSPControl(HttpContext context)"
            t = E(
                "WFE01",
                t + secs(r, 0.05, 0.2),
                "w3wp",
                sf,
                grt,
                "aat87",
                "Monitorable",
                "Access Denied. Exception: Attempted to perform an unauthorized operation., StackTrace: %s",
                f"Access Denied. Exception: Attempted to perform an unauthorized operation., StackTrace: {stack}",
                corr,
                th,
            )
            extra = "denied"
        if path.startswith("/sites/projects/") and r.random() < 0.15:
            t = E(
                "WFE01",
                t + secs(r, 0.1, 0.5),
                "w3wp",
                sf,
                grt,
                "8l1n",
                "High",
                "Detected use of SPRequest for previously closed SPWeb object. Please close SPWeb objects when you are done with all objects obtained from them, but not before. Stack trace: %s",
                "Detected use of SPRequest for previously closed SPWeb object. Please close SPWeb objects when you are done with all objects obtained from them, but not before. Stack trace:    at Microsoft.SharePoint.SPWeb.get_Lists()   at Contoso.Intranet.Projects.ProjectStatusWebPart.RenderContents(HtmlTextWriter writer)   at System.Web.UI.WebControls.WebControl.Render(HtmlTextWriter writer)",
                corr,
                th,
            )
        if r.random() < 0.02:
            t = E(
                "WFE01",
                t + secs(r, 0.05, 0.3),
                "w3wp",
                "SharePoint Portal Server",
                "User Profiles",
                "1q6w",
                "Unexpected",
                "UserProfileApplicationNotAvailableException_Logging :: UserProfileApplicationProxy.ApplicationProperties ProfilePropertyCache does not have %s",
                f"UserProfileApplicationNotAvailableException_Logging :: UserProfileApplicationProxy.ApplicationProperties ProfilePropertyCache does not have {uuid4(r)}",
                corr,
                th,
            )
        if path.startswith("/sites/projects/") and r.random() < 0.3:
            t = E(
                "WFE01",
                t + secs(r, 0.1, 0.5),
                "w3wp",
                sf,
                grt,
                "8l1n",
                "Medium",
                "An SPRequest object was not disposed before the end of this thread. ... Allocation Id: {%s} ...",
                f"An SPRequest object was not disposed before the end of this thread.  To avoid wasting system resources, dispose of this object or its parent (such as an SPSite or SPWeb) as soon as you are done using it.  This object will now be disposed.  Allocation Id: {{{uuid4(r).upper()}}}  To determine where this object was allocated, set Microsoft.SharePoint.Administration.SPWebService.ContentService.CollectSPRequestAllocationCallStacks = true.",
                corr,
                th,
            )
        if dc_down[0] <= t < dc_down[1] and r.random() < 0.7:
            t = E(
                "WFE01",
                t + secs(r, 0.1, 0.3),
                "w3wp",
                sf,
                "DistributedCache",
                "ah24q",
                "Monitorable",
                "Token Cache: Failed to get token from distributed cache for '%s'.(This is expected during the process warm up or if data cache Initialization is getting done by some other thread).",
                f"Token Cache: Failed to get token from distributed cache for '0).w|s-1-5-21-1004336348-1177238915-682003330-{r.randrange(1100, 1400)}'.(This is expected during the process warm up or if data cache Initialization is getting done by some other thread).",
                corr,
                th,
            )
            t = E(
                "WFE01",
                t + secs(r, 19.5, 20.5),
                "w3wp",
                sf,
                "DistributedCache",
                "air4a",
                "Unexpected",
                "Unexpected error occurred in method '%s' , usage '%s' - Exception 'Microsoft.ApplicationServer.Caching.DataCacheException: ErrorCode<ERRCA0018>:SubStatus<ES0001>:The request timed out.. ...'.",
                f"Unexpected error occurred in method '{r.choice(['GetObject', 'Put'])}' , usage '{r.choice(['Distributed Logon Token Cache', 'Distributed Logon Token Cache', 'Distributed ViewState Cache'])}' - Exception '{SP_DC_EXC}'.",
                corr,
                th,
            )
            extra = extra or "dc"
        if extra or verbose[0] <= t < verbose[1]:
            tags = ["0 nasq", f"{r.randrange(1, 9)} agb9s", f"{r.randrange(10, 40)} ajji"]
            if extra == "nre":
                tags += [f"{r.randrange(100, 400)} tkau", f"{r.randrange(400, 500)} 8nca"]
            elif extra == "sql":
                tags += [f"{r.randrange(15000, 15100)} 5586", f"{r.randrange(15100, 15200)} tzku"]
            elif extra == "denied":
                tags += [f"{r.randrange(30, 90)} aat87"]
            elif extra == "dc":
                tags += [f"{r.randrange(20000, 20200)} air4a"]
            tags.append(f"{r.randrange(500, 21000)} b4ly")
            t = E(
                "WFE01",
                t + secs(r, 0.05, 0.3),
                "w3wp",
                "SharePoint Foundation",
                "Micro Trace",
                "uls4",
                "Medium",
                "Micro Trace Tags: %s",
                f"Micro Trace Tags: {','.join(tags)}",
                corr,
                th,
            )
        if verbose[0] <= t < verbose[1]:
            E(
                "WFE01",
                t + secs(r, 0.01, 0.02),
                "w3wp",
                sf,
                "Monitoring",
                "b4ly",
                "Verbose",
                "Leaving Monitored Scope (%s). Execution Time=%s",
                f"Leaving Monitored Scope ({scope}). Execution Time={r.uniform(12, 900):.4f}",
                corr,
                th,
            )

    x = t0
    while x < t_end:
        if x >= recycle and pid["WFE01"]["w3wp"] == 0x1A2C:
            pid["WFE01"]["w3wp"] = 0x3B70
            E(
                "WFE01",
                recycle + timedelta(seconds=35),
                "w3wp",
                sf,
                "Unified Logging Service",
                "8wsv",
                "High",
                "Tracing Service lost trace events.  Current value %d.",
                f"Tracing Service lost trace events.  Current value {r.randrange(3, 40)}.",
            )
            x = recycle + timedelta(seconds=40)
            continue
        request(x)
        busy = 1.0 if at(8, 0) <= x < at(10, 30) else 1.6
        x += timedelta(seconds=r.expovariate(1 / (15 * busy)))

    # timer jobs on both servers
    def timer(srv: str, name: str, every: int) -> None:
        x = t0 + secs(r, 0, every)
        while x < t_end:
            corr = uuid4(r)
            th = threads[srv][0]
            x2 = E(
                srv,
                x,
                "owstimer",
                sf,
                "Logging Correlation Data",
                "xmnv",
                "Medium",
                "Name=Timer Job %s",
                f"Name=Timer Job {name}",
                corr,
                th,
            )
            if (
                name == "Microsoft.Office.Server.UserProfiles.LMTRepopulationJob"
                and sql_down[0] <= x < sql_slow[1]
            ):
                x2, exc, timeout = sql_fail(
                    srv, x2 + secs(r, 0.1, 15), "owstimer", corr, "SP_Profile"
                )
                lbl = (
                    "The Execute method of job definition %s (ID %s) threw an exception. More information is included below.  "
                    + (
                        "Execution Timeout Expired. ..."
                        if timeout
                        else "A network-related or instance-specific error ..."
                    )
                )
                E(
                    srv,
                    x2 + secs(r, 0.01, 0.05),
                    "owstimer",
                    sf,
                    "Timer",
                    "6398",
                    "Critical",
                    lbl,
                    f"The Execute method of job definition {name} (ID {uuid4(r)}) threw an exception. More information is included below.  {exc.split(': ', 1)[1]}",
                    corr,
                    th,
                )
            elif srv == "APP01" and r.random() < 0.5:
                E(
                    srv,
                    x2 + secs(r, 0.2, 3),
                    "owstimer",
                    sf,
                    "Timer",
                    "8a1c",
                    "Medium",
                    "Job %s completed in %d ms",
                    f"Job {name} completed in {r.randrange(40, 4000)} ms",
                    corr,
                    th,
                )
            x += timedelta(seconds=every * r.uniform(0.98, 1.02))

    for name, every in SP_TIMER_JOBS:
        timer("WFE01", name, every)
    for name, every in SP_APP_JOBS:
        timer("APP01", name, every)
    # the configuration database seen from the application server during the failover
    for x in poisson(r, sql_down[0], sql_down[1], 25):
        E(
            "APP01",
            x,
            "owstimer",
            sf,
            "Database",
            "3760",
            "Critical",
            "SQL Database '%s' on SQL Server instance '%s' not found. Additional error information from SQL Server is included below.  Cannot open database ... requested by the login. The login failed. ...",
            "SQL Database 'SP_Config' on SQL Server instance 'SQL01' not found. Additional error information from SQL Server is included below.  Cannot open database \"SP_Config\" requested by the login. The login failed. Login failed for user 'CONTOSO\\sp_farm'.",
            uuid4(r),
            threads["APP01"][1],
        )
    # the cache host's own web application on APP01 during the cache outage
    for x in poisson(r, dc_down[0], dc_down[1], 60):
        E(
            "APP01",
            x,
            "w3wp",
            sf,
            "DistributedCache",
            "air4a",
            "Unexpected",
            "Unexpected error occurred in method '%s' , usage '%s' - Exception 'Microsoft.ApplicationServer.Caching.DataCacheException: ErrorCode<ERRCA0018>:SubStatus<ES0001>:The request timed out.. ...'.",
            f"Unexpected error occurred in method 'Put' , usage 'Distributed Security Trimming Cache' - Exception '{SP_DC_EXC}'.",
            uuid4(r),
        )
    for x in poisson(r, at(7, 0), at(10, 0), 1500):
        E(
            "APP01",
            x,
            "owstimer",
            sf,
            "Unified Logging Service",
            "8wsv",
            "High",
            "Tracing Service lost trace events.  Current value %d.",
            f"Tracing Service lost trace events.  Current value {r.randrange(3, 40)}.",
        )
    for x in poisson(r, at(9, 20), at(10, 20), 300):
        E(
            "WFE01",
            x,
            "w3wp",
            sf,
            grt,
            "8l1n",
            "High",
            "Potentially excessive number of SPRequest objects (%d) currently unreleased on thread %d.  ...",
            f"Potentially excessive number of SPRequest objects ({r.randrange(16, 40)}) currently unreleased on thread {r.randrange(20, 90)}.  Ensure that this object or its parent (such as an SPWeb or SPSite) is being properly disposed. This object is holding on to a separate native heap.This object will not be automatically disposed. Allocation Id for this object: {{{uuid4(r).upper()}}} Stack trace of current allocation: ",
            uuid4(r),
        )
    # column headers at the top of every file
    header = "Timestamp              \tProcess                                 \tTID   \tArea                          \tCategory                      \tEventID\tLevel     \tMessage \tCorrelation"
    for rec in fs.files.values():
        first = min(it[0] for it in rec.items)
        rec.add(
            first - timedelta(microseconds=1),
            [header],
            "Timestamp Process TID Area Category EventID Level Message Correlation",
        )
    return fs.logs(t0)


# --------------------------------------------------------------------------------- windows-dhcp

DHCP_HEADER = """\t\tMicrosoft DHCP Service Activity Log


Event ID  Meaning
00\tThe log was started.
01\tThe log was stopped.
02\tThe log was temporarily paused due to low disk space.
10\tA new IP address was leased to a client.
11\tA lease was renewed by a client.
12\tA lease was released by a client.
13\tAn IP address was found to be in use on the network.
14\tA lease request could not be satisfied because the scope's address pool was exhausted.
15\tA lease was denied.
16\tA lease was deleted.
17\tA lease was expired and DNS records for an expired leases have not been deleted.
18\tA lease was expired and DNS records were deleted.
20\tA BOOTP address was leased to a client.
21\tA dynamic BOOTP address was leased to a client.
22\tA BOOTP request could not be satisfied because the scope's address pool for BOOTP was exhausted.
23\tA BOOTP IP address was deleted after checking to see it was not in use.
24\tIP address cleanup operation has began.
25\tIP address cleanup statistics.
30\tDNS update request to the named DNS server.
31\tDNS update failed.
32\tDNS update successful.
33\tPacket dropped due to NAP policy.
34\tDNS update request failed.as the DNS update request queue limit exceeded.
35\tDNS update request failed.
36\tPacket dropped because the server is in failover standby role or the hash of the client ID does not match.
50+\tCodes above 50 are used for Rogue Server Detection information.

QResult: 0: NoQuarantine, 1:Quarantine, 2:Drop Packet, 3:Probation,6:No Quarantine Information ProbationTime:Year-Month-Day Hour:Minute:Second:MilliSecond.

ID,Date,Time,Description,IP Address,Host Name,MAC Address,User Name, TransactionID, QResult,Probationtime, CorrelationID,Dhcid,VendorClass(Hex),VendorClass(ASCII),UserClass(Hex),UserClass(ASCII),RelayAgentInformation,DnsRegError."""

DHCP6_HEADER = """\t\tMicrosoft DHCPv6 Service Activity Log


Event ID  Meaning
11000\tDHCPv6 Solicit.
11001\tDHCPv6 Advertise.
11002\tDHCPv6 Request.
11003\tDHCPv6 Confirm.
11004\tDHCPv6 Renew.
11005\tDHCPv6 Rebind.
11006\tDHCPv6 Decline.
11007\tDHCPv6 Release.
11008\tDHCPv6 Information Request.
11009\tDHCPv6 Scope Full.
11010\tDHCPv6 Started.
11011\tDHCPv6 Stopped.
11012\tDHCPv6 Audit log paused.
11013\tDHCPv6 Log File.
11014\tDHCPv6 Bad Address.
11015\tDHCPv6 Address is already in use.
11016\tDHCPv6 Client deleted.
11017\tDHCPv6 DNS record not deleted.
11018\tDHCPv6 Expired.
11019\tDHCPv6 Leases Expired and Leases Deleted.
11020\tDHCPv6 Database cleanup begin.
11021\tDHCPv6 Database cleanup end.
11022\tDNS IPv6 Update Request.
11023\tDNS IPv6 Update Failed.
11024\tDNS IPv6 Update Successful.
11028\tDNS IPv6 update request failed as the DNS update request queue limit exceeded.
11029\tDNS IPv6 update request failed.
11030\tDHCPv6 stateless client records purged.
11031\tDHCPv6 stateless client record is purged as the purge interval has expired for this client record.
11032\tDHCPV6 Information Request from IPV6 Stateless Client.

ID,Date,Time,Description,IPV6 Address,Host Name,Error Code, Duid Length, Duid Bytes(Hex),User Name,Dhcid,Subnet Prefix."""

MSFT = ("0x4D53465420352E30", "MSFT 5.0")


def ascii_hex(s: str) -> str:
    return "0x" + s.encode().hex().upper()


def windows_dhcp(r: random.Random) -> list[Log]:
    """DC02 (10.0.0.3), the DHCP server of corp.example.com, Tuesday June 4 from midnight to
    19:00: three relayed office scopes (10.10.0.0/22, 10.10.8.0/23 for printers and phones,
    10.20.0.0/23 at the branch) and a guest scope (10.50.0.0/24, 8-hour leases, no DNS
    updates). 300 staff PCs renew on arrival (a few get new leases, a few first ask for their
    home address), some renew again around midday and laptops release when shut down in the
    afternoon; 40 IP phones renew; DC01 (the DNS server the updates go to) restarts for an
    update at 08:05, in the arrivals; a lunchtime event fills the guest scope; an admin
    deletes a stale lease."""
    fs = Files(1_000_000)
    t0 = at(0, 0, 0)
    day = "06/04/24"
    F4, F6 = "DhcpSrvLog-Tue.log", "DhcpV6SrvLog-Tue.log"

    def rec(
        t: datetime,
        eid: str,
        desc_fmt: str,
        desc: str,
        ip: str = "",
        host: str = "",
        mac_: str = "",
        txid: int = 0,
        q: int = 6,
        vc: tuple[str, str] = ("", ""),
        relay: str = "",
        err: int = 0,
    ) -> datetime:
        def text(t: datetime) -> list[str]:
            return [
                f"{eid},{day},{t:%H:%M:%S},{desc},{ip},{host},{mac_},,{txid},{q},,,,{vc[0]},{vc[1]},,,{relay},{err}"
            ]

        return fs.add(F4, t, f"{eid} {desc_fmt}", text, proc=F4)

    def rec6(
        t: datetime,
        eid: str,
        desc: str,
        ip: str = "",
        host: str = "",
        duid: str = "",
        prefix: str = "",
    ) -> datetime:
        def text(t: datetime) -> list[str]:
            dl = str(len(duid) // 2) if duid else ""
            return [f"{eid},{day},{t:%H:%M:%S},{desc},{ip},{host},0,{dl},{duid},,,{prefix}"]

        return fs.add(F6, t, f"{eid} {desc}", text, proc=F6)

    fs.add(
        F4, t0, "Microsoft DHCP Service Activity Log", lambda t: DHCP_HEADER.split("\n"), proc="h4"
    )
    fs.add(
        F6,
        t0,
        "Microsoft DHCPv6 Service Activity Log",
        lambda t: DHCP6_HEADER.split("\n"),
        proc="h6",
    )
    rec(t0, "00", "Started", "Started")
    rec6(t0, "11010", "DHCPV6 Started")
    # hourly: rogue detection, cleanup
    for h in range(0, 19):
        x = at(h, 0) + secs(r, 1, 50)
        x = rec(x, "55", "Authorized(servicing)", "Authorized(servicing)", host="corp.example.com")
        x = rec(x + secs(r, 60, 600), "24", "Database Cleanup Begin", "Database Cleanup Begin")
        exp = r.randrange(0, 14) if h < 7 else r.randrange(0, 5)
        rec(
            x + secs(r, 0, 2),
            "25",
            "%d leases expired and %d leases deleted",
            f"{exp} leases expired and {r.randrange(0, 3)} leases deleted",
        )
        y = rec6(x + secs(r, 0, 2), "11020", "Database Cleanup Begin")
        fs.add(
            F6,
            y + secs(r, 0, 2),
            "11019 %d leases expired and %d leases deleted",
            lambda t, e=r.randrange(0, 4): [
                f"11019,{day},{t:%H:%M:%S},{e} leases expired and 0 leases deleted,,,0,,,,,"
            ],
            proc=F6,
        )
        fs.add(
            F6,
            y + secs(r, 2, 4),
            "11021 Database Cleanup End",
            lambda t: [f"11021,{day},{t:%H:%M:%S},Database Cleanup End,,,0,,,,,"],
            proc=F6,
        )

    scopes = {
        "office": ("10.10.", 0, 4, "0x010400040A0A0001"),
        "branch": ("10.20.", 0, 2, "0x010400040A140001"),
        "phones": ("10.10.", 8, 2, "0x010400040A0A0801"),
    }
    used: set[str] = set()

    def addr(scope: str) -> str:
        base, lo, n, _ = scopes[scope]
        while True:
            a = f"{base}{lo + r.randrange(n)}.{r.randrange(2, 255)}"
            if a not in used:
                used.add(a)
                return a

    def mac12() -> str:
        return hexid(r, 12).upper()

    dns_down = (at(8, 5, 30), at(8, 13))
    clients = []
    for i in range(300):
        scope = "branch" if i % 6 == 5 else "office"
        kind = "laptop" if i % 3 else "desktop"
        name = f"{'LAPTOP' if kind == 'laptop' else 'PC'}-{alnum_up(r, 7)}.corp.example.com"
        clients.append(
            {"host": name, "mac": mac12(), "ip": addr(scope), "scope": scope, "kind": kind}
        )
    phones = [
        {
            "host": f"SEP{hexid(r, 12).upper()}",
            "mac": mac12(),
            "ip": addr("phones"),
            "scope": "phones",
        }
        for _ in range(40)
    ]

    def dns_update(t: datetime, c: dict) -> datetime:
        t = rec(
            t + secs(r, 0, 1), "30", "DNS Update Request", "DNS Update Request", c["ip"], c["host"]
        )
        if dns_down[0] <= t < dns_down[1]:
            return rec(
                t + secs(r, 5, 15),
                "31",
                "DNS Update Failed",
                "DNS Update Failed",
                c["ip"],
                c["host"],
                err=1460,
            )
        return rec(
            t + secs(r, 0, 2),
            "32",
            "DNS Update Successful",
            "DNS Update Successful",
            c["ip"],
            c["host"],
        )

    def v6(t: datetime, c: dict, verb: str) -> None:
        if not c.get("duid"):
            c["duid"] = "000100012" + hexid(r, 7).upper() + c["mac"]
            c["ip6"] = f"2001:db8:10:{r.choice(['1', '2'])}::{hexid(r, 4)}"
        if verb == "solicit":
            t = rec6(
                t + secs(r, 1, 5), "11000", "Solicit", "", c["host"], c["duid"], "2001:db8:10::"
            )
            t = rec6(t, "11001", "Advertise", c["ip6"], c["host"], c["duid"], "2001:db8:10::")
            t = rec6(
                t + secs(r, 0, 1),
                "11002",
                "Request",
                c["ip6"],
                c["host"],
                c["duid"],
                "2001:db8:10::",
            )
            t = rec6(t + secs(r, 0, 1), "11022", "DNS IPv6 Update Request", c["ip6"], c["host"])
            rec6(t + secs(r, 0, 2), "11024", "DNS IPv6 Update Successful", c["ip6"], c["host"])
        elif verb == "renew":
            if r.random() < 0.15:
                t = rec6(
                    t + secs(r, 1, 5),
                    "11003",
                    "Confirm",
                    c["ip6"],
                    c["host"],
                    c["duid"],
                    "2001:db8:10::",
                )
            eid, desc = ("11004", "Renew") if r.random() < 0.9 else ("11005", "Rebind")
            rec6(t + secs(r, 1, 5), eid, desc, c["ip6"], c["host"], c["duid"], "2001:db8:10::")
        else:
            rec6(
                t + secs(r, 0, 2),
                "11007",
                "Release",
                c["ip6"],
                c["host"],
                c["duid"],
                "2001:db8:10::",
            )

    for c in clients:
        arrive = at(7, 0) + timedelta(minutes=r.gauss(75, 40))
        arrive = max(arrive, at(6, 10))
        relay = scopes[c["scope"]][3]
        txid = r.randrange(10**8, 4 * 10**9)
        if r.random() < 0.08:
            # a laptop back from home asks for its home address first
            x = rec(
                arrive,
                "15",
                "NACK",
                "NACK",
                f"192.168.{r.choice([0, 1, 178])}.{r.randrange(2, 250)}",
                "",
                c["mac"],
                txid,
                relay=relay,
            )
            arrive = x + secs(r, 1, 4)
        if r.random() < 0.1:
            x = rec(
                arrive,
                "10",
                "Assign",
                "Assign",
                c["ip"],
                c["host"],
                c["mac"],
                txid + 1,
                0,
                MSFT,
                relay,
            )
        else:
            x = rec(
                arrive,
                "11",
                "Renew",
                "Renew",
                c["ip"],
                c["host"],
                c["mac"],
                txid + 1,
                0,
                MSFT,
                relay,
            )
        x = dns_update(x, c)
        if c["kind"] == "laptop":
            v6(x, c, "solicit" if r.random() < 0.3 else "renew")
        elif r.random() < 0.5:
            fs.add(
                F6,
                x + secs(r, 2, 10),
                "11032 Information Request",
                lambda t, c=c: [
                    f"11032,{day},{t:%H:%M:%S},Information Request,,{c['host']},0,14,000100012{hexid(r, 7).upper()}{c['mac']},,,2001:db8:10::"
                ],
                proc=F6,
            )
        # a renewal at lunchtime for some (sleep and wake)
        if c["kind"] == "laptop" and r.random() < 0.35:
            y = at(10, 0) + timedelta(minutes=r.uniform(0, 240))
            y = rec(
                y,
                "11",
                "Renew",
                "Renew",
                c["ip"],
                c["host"],
                c["mac"],
                r.randrange(10**8, 4 * 10**9),
                0,
                MSFT,
                relay,
            )
            dns_update(y, c)
        leave = at(16, 0) + timedelta(minutes=r.gauss(50, 45))
        if c["kind"] == "laptop" and r.random() < 0.55 and leave < at(19, 0):
            y = rec(
                leave,
                "12",
                "Release",
                "Release",
                c["ip"],
                c["host"],
                c["mac"],
                r.randrange(10**8, 4 * 10**9),
                0,
                MSFT,
                relay,
            )
            y = dns_update(y, c)
            if c.get("duid") and r.random() < 0.5:
                v6(y, c, "release")
    for p in phones:
        x = at(r.choice([2, 5, 11, 14, 17]), r.randrange(60)) + secs(r, 0, 59)
        rec(
            x,
            "11",
            "Renew",
            "Renew",
            p["ip"],
            p["host"],
            p["mac"],
            r.randrange(10**8, 4 * 10**9),
            0,
            (
                ascii_hex("Cisco Systems, Inc. IP Phone CP-8845"),
                "Cisco Systems, Inc. IP Phone CP-8845",
            ),
            scopes["phones"][3],
        )
    # guests: 8-hour leases, no DNS updates; the event at 12:30 fills the scope
    guest_free = [f"10.50.0.{i}" for i in range(20, 200)]
    r.shuffle(guest_free)
    vcs = [("", ""), MSFT, (ascii_hex("android-dhcp-14"), "android-dhcp-14"), ("", "")]

    def guest(t: datetime) -> None:
        m = mac12()
        name = r.choice(
            ["iPhone", "Galaxy-S23", "Pixel-8", "DESKTOP-" + alnum_up(r, 7), "MacBookPro", ""]
        )
        txid = r.randrange(10**8, 4 * 10**9)
        if not guest_free:
            rec(t, "14", "Scope Full", "Scope Full", "10.50.0.0", txid=0)
            rec(
                t + secs(r, 4, 12),
                "15",
                "NACK",
                "NACK",
                "10.50.0.0",
                "",
                m,
                txid,
                relay="0x010400040A320001",
            )
            return
        rec(
            t,
            "10",
            "Assign",
            "Assign",
            guest_free.pop(),
            name,
            m,
            txid,
            0,
            r.choice(vcs),
            "0x010400040A320001",
        )

    for x in poisson(r, at(7, 30), at(18, 0), 240):
        guest(x)
    for x in poisson(r, at(12, 20), at(13, 10), 28):
        guest(x)
    # an address found in use (conflict detection) and a lease deleted by an admin
    for x in poisson(r, at(9, 0), at(15, 0), 5400):
        rec(x, "13", "Conflict", "Conflict", addr("office"), "BAD_ADDRESS", txid=0)
    c = r.choice(clients)
    rec(at(14, 22, 41), "16", "Deleted", "Deleted", c["ip"], c["host"], c["mac"], 0, 6)
    return fs.logs(t0)


def alnum_up(r: random.Random, n: int) -> str:
    return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(n))


# --------------------------------------------------------------------------------- windows-firewall

FW_FIELDS = "date time action protocol src-ip dst-ip src-port dst-port size tcpflags tcpsyn tcpack tcpwin icmptype icmpcode info path pid"


def windows_firewall(r: random.Random) -> list[Log]:
    """FS01 (10.0.0.5, fe80::5c1e:2a4b:8f3d:1a07), a domain file server whose RDP port is
    published through the edge router by mistake, 06:00 to 08:20, logging both dropped packets
    and successful connections, the log's size limit at 192 KB: the first file rolls over to
    pfirewall.log.old at 07:46. Its own traffic (DNS to the two DCs, Kerberos, LDAP, SMB
    to the DFS peers, Windows Update, NTP), clients' SMB sessions, admins' RDP and WinRM, the
    monitoring server's pings, the LAN's broadcasts and multicasts dropped, an internet RDP
    scan in bursts (the logger losing events in the worst), an outbound block rule for a
    vendor's updater."""
    t0, t_end = at(6, 0), at(8, 20)
    me, me6 = "10.0.0.5", "fe80::5c1e:2a4b:8f3d:1a07"
    dcs = ["10.0.0.2", "10.0.0.3"]
    lan = [f"10.10.{r.randrange(0, 4)}.{r.randrange(2, 255)}" for _ in range(60)]
    admins = ["10.0.9.21", "10.0.9.22", "10.0.9.35"]
    lines: list[tuple[datetime, str, Callable[[datetime], str]]] = []

    def rec(
        t: datetime,
        action: str,
        proto: str,
        src: str,
        dst: str,
        sport: object,
        dport: object,
        size: object = 0,
        flags: str = "-",
        syn: object = "-",
        ack: object = "-",
        win: object = "-",
        itype: object = "-",
        icode: object = "-",
        path: str = "SEND",
        pid_: object = 0,
    ) -> None:
        def text(t: datetime) -> str:
            return f"{t:%Y-%m-%d %H:%M:%S} {action} {proto} {src} {dst} {sport} {dport} {size} {flags} {syn} {ack} {win} {itype} {icode} - {path} {pid_}"

        lines.append((t, f"{action} {proto} {path}", text))

    def eph() -> int:
        return r.randrange(49152, 65535)

    def allow_tcp_out(t: datetime, dst: str, port: int, pid_: int) -> None:
        rec(t, "ALLOW", "TCP", me, dst, eph(), port, 0, "-", 0, 0, 0, path="SEND", pid_=pid_)

    # own traffic
    for x in poisson(r, t0, t_end, 14):
        d = r.choice(dcs)
        pick = r.random()
        if pick < 0.45:
            rec(x, "ALLOW", "UDP", me, d, eph(), 53, path="SEND", pid_=2480)
        elif pick < 0.6:
            allow_tcp_out(x, d, 88, 768)
        elif pick < 0.72:
            allow_tcp_out(x, d, 389, 768)
        elif pick < 0.8:
            allow_tcp_out(x, d, 445, 4)
        elif pick < 0.86:
            allow_tcp_out(x, d, 135, 1044)
        elif pick < 0.93:
            allow_tcp_out(
                x,
                f"{r.choice(['20.190.160', '13.107.4', '52.167.17'])}.{r.randrange(1, 250)}",
                443,
                r.choice([3212, 5884]),
            )
        else:
            allow_tcp_out(x, "10.0.0.6", 5722, 1932)
    for x in poisson(r, t0, t_end, 900):
        rec(x, "ALLOW", "UDP", me, dcs[0], 123, 123, path="SEND", pid_=1456)
    # inbound: clients' SMB, admins' RDP and WinRM
    for x in poisson(r, at(6, 40), t_end, 11):
        rec(
            x,
            "ALLOW",
            "TCP",
            r.choice(lan),
            me,
            eph(),
            445,
            0,
            "-",
            0,
            0,
            0,
            path="RECEIVE",
            pid_=4,
        )
    for x in poisson(r, at(6, 40), t_end, 180):
        rec(x, "ALLOW", "UDP", r.choice(lan), me, 137, 137, path="RECEIVE", pid_=4)
    for x in poisson(r, t0, t_end, 1200):
        a = r.choice(admins)
        if r.random() < 0.5:
            rec(x, "ALLOW", "TCP", a, me, eph(), 3389, 0, "-", 0, 0, 0, path="RECEIVE", pid_=1176)
            rec(
                x + secs(r, 0.1, 0.5), "ALLOW", "UDP", a, me, eph(), 3389, path="RECEIVE", pid_=1176
            )
        else:
            rec(x, "ALLOW", "TCP", a, me, eph(), 5985, 0, "-", 0, 0, 0, path="RECEIVE", pid_=4)
    # monitoring pings both ways, IGMP and ICMPv6 chatter
    for x in poisson(r, t0, t_end, 60):
        rec(
            x,
            "ALLOW",
            "ICMP",
            "10.0.9.40",
            me,
            "-",
            "-",
            0,
            itype=8,
            icode=0,
            path="RECEIVE",
            pid_=0,
        )
    for x in poisson(r, t0, t_end, 300):
        rec(x, "ALLOW", "ICMP", me, "10.0.0.1", "-", "-", 0, itype=8, icode=0, path="SEND", pid_=0)
    for x in poisson(r, t0, t_end, 125):
        rec(x, "ALLOW", "2", me, "224.0.0.22", "-", "-", 0, path="SEND", pid_=0)
    for x in poisson(r, t0, t_end, 125):
        rec(x, "ALLOW", "2", "10.0.0.1", "224.0.0.1", "-", "-", 0, path="RECEIVE", pid_=0)
    for x in poisson(r, t0, t_end, 100):
        rec(
            x,
            "ALLOW",
            "ICMPv6",
            me6,
            "ff02::16",
            "-",
            "-",
            0,
            itype=143,
            icode=0,
            path="SEND",
            pid_=0,
        )
    for x in poisson(r, t0, t_end, 150):
        rec(
            x,
            "ALLOW",
            "ICMPv6",
            f"fe80::{hexid(r, 4)}:{hexid(r, 4)}:{hexid(r, 4)}:{hexid(r, 4)}",
            me6,
            "-",
            "-",
            0,
            itype=135,
            icode=0,
            path="RECEIVE",
            pid_=0,
        )
    # the LAN's broadcasts and multicasts, dropped
    for x in poisson(r, t0, t_end, 13):
        src = r.choice(lan)
        kind = r.random()
        if kind < 0.35:
            rec(x, "DROP", "UDP", src, "10.10.3.255", 138, 138, 229, path="RECEIVE", pid_=0)
        elif kind < 0.55:
            rec(x, "DROP", "UDP", src, "239.255.255.250", eph(), 1900, 175, path="RECEIVE", pid_=0)
        elif kind < 0.7:
            rec(x, "DROP", "UDP", src, "224.0.0.251", 5353, 5353, 95, path="RECEIVE", pid_=0)
        elif kind < 0.82:
            rec(x, "DROP", "UDP", src, "224.0.0.252", eph(), 5355, 62, path="RECEIVE", pid_=0)
        elif kind < 0.92:
            rec(x, "DROP", "UDP", src, "239.255.255.250", eph(), 3702, 656, path="RECEIVE", pid_=0)
        else:
            rec(x, "DROP", "UDP", src, "255.255.255.255", 17500, 17500, 201, path="RECEIVE", pid_=0)
    for x in poisson(r, t0, t_end, 240):
        rec(x, "DROP", "2", r.choice(lan), "224.0.0.22", "-", "-", 40, path="RECEIVE", pid_=0)
    for x in poisson(r, t0, t_end, 420):
        rec(
            x,
            "DROP",
            "ICMPv6",
            "fe80::1",
            "ff02::1",
            "-",
            "-",
            104,
            itype=134,
            icode=0,
            path="RECEIVE",
            pid_=0,
        )
    # the internet RDP scan, in bursts, with its pings
    scanners = [
        f"{r.choice([45, 80, 185, 193, 194, 203])}.{r.randrange(1, 255)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        for _ in range(30)
    ]
    lost_at = []
    for b in poisson(r, at(6, 10), t_end, 900):
        src = r.choice(scanners)
        n = r.randrange(8, 60)
        x = b
        for _ in range(n):
            size = r.choice([52, 52, 48, 44])
            rec(
                x,
                "DROP",
                "TCP",
                src,
                me,
                eph(),
                r.choice([3389, 3389, 3389, 3390, 33389, 443, 22, 1433]),
                size,
                "S",
                r.randrange(10**8, 4 * 10**9),
                0,
                r.choice([64240, 65535, 8192, 1024]),
                path="RECEIVE",
                pid_=4,
            )
            x += secs(r, 0.05, 2.5)
        if n > 45:
            lost_at.append(x + secs(r, 0.5, 2))
        if r.random() < 0.3:
            rec(
                x + secs(r, 1, 5),
                "DROP",
                "ICMP",
                src,
                me,
                "-",
                "-",
                60,
                itype=8,
                icode=0,
                path="RECEIVE",
                pid_=0,
            )
    for x in lost_at:
        lines.append(
            (
                x,
                "INFO-EVENTS-LOST",
                lambda t, k=r.randrange(12, 90): (
                    f"{t:%Y-%m-%d %H:%M:%S} INFO-EVENTS-LOST - - - - - - - - - - - - {k} - -"
                ),
            )
        )
    # the vendor updater blocked outbound, and a public NTP server
    for x in poisson(r, t0, t_end, 600):
        for _ in range(r.randrange(1, 4)):
            rec(
                x,
                "DROP",
                "TCP",
                me,
                "104.18.22.141",
                eph(),
                443,
                52,
                "S",
                r.randrange(10**8, 4 * 10**9),
                0,
                64240,
                path="SEND",
                pid_=6132,
            )
            x += secs(r, 1, 4)
    for x in poisson(r, t0, t_end, 1024):
        rec(x, "DROP", "UDP", me, "162.159.200.1", 123, 123, 76, path="SEND", pid_=1456)
    lines.sort(key=lambda z: z[0])
    head = [
        "#Version: 1.5",
        "#Software: Microsoft Windows Firewall",
        "#Time Format: Local",
        f"#Fields: {FW_FIELDS}",
    ]
    head_lbl = ["#Version: %s", "#Software: %s", "#Time Format: %s", "#Fields: %s"]
    old, new = Log("pfirewall.log.old", t0), Log("pfirewall.log", t0)
    size, cur = 0, old
    for h, lb in zip(head, head_lbl, strict=True):
        old.add(h, lb)
    clock = Clock(1_000_000)
    for t, lb, text in lines:
        t = clock.at("fw", t)
        s = text(t)
        size += len(s) + 2
        if cur is old and size > 192 * 1024:
            cur = new
            for h, lb2 in zip(head, head_lbl, strict=True):
                new.add(h, lb2)
        cur.add(s, lb)
    return [old, new]


# --------------------------------------------------------------------------------- nlog

NL_CONTROLLERS = "Shop.Api.Controllers"
NL_PAY_STACK = frames(
    "System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
    "Shop.Api.Services.PaymentGatewayClient.CaptureAsync(String paymentId, Decimal amount, CancellationToken cancellationToken) in D:\\a\\shop\\src\\Shop.Api\\Services\\PaymentGatewayClient.cs:line 61",
    "Shop.Api.Services.PaymentService.CaptureAsync(Order order, CancellationToken cancellationToken) in D:\\a\\shop\\src\\Shop.Api\\Services\\PaymentService.cs:line 88",
)
NL_TIMEOUT_STACK = [
    " ---> System.TimeoutException: A task was canceled.",
    " ---> System.Threading.Tasks.TaskCanceledException: A task was canceled.",
    *frames(
        "System.Threading.Tasks.TaskCompletionSourceWithCancellation`1.WaitWithCancellationAsync(CancellationToken cancellationToken)",
        "System.Net.Http.HttpConnectionPool.GetHttp11ConnectionAsync(HttpRequestMessage request, Boolean async, CancellationToken cancellationToken)",
        "System.Net.Http.HttpConnectionPool.SendWithVersionDetectionAndRetryAsync(HttpRequestMessage request, Boolean async, Boolean doRequestAuthentication, CancellationToken cancellationToken)",
    ),
    "   --- End of inner exception stack trace ---",
    "   --- End of inner exception stack trace ---",
    *frames(
        "System.Net.Http.HttpClient.HandleFailure(Exception e, Boolean telemetryStarted, HttpResponseMessage response, CancellationTokenSource cts, CancellationToken cancellationToken, CancellationTokenSource pendingRequestsCts)",
        "System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)",
        "Shop.Api.Services.PaymentGatewayClient.CaptureAsync(String paymentId, Decimal amount, CancellationToken cancellationToken) in D:\\a\\shop\\src\\Shop.Api\\Services\\PaymentGatewayClient.cs:line 58",
        "Shop.Api.Services.PaymentService.CaptureAsync(Order order, CancellationToken cancellationToken) in D:\\a\\shop\\src\\Shop.Api\\Services\\PaymentService.cs:line 88",
    ),
]
NL_SQL_NET = "A network-related or instance-specific error occurred while establishing a connection to SQL Server. The server was not found or was not accessible. Verify that the instance name is correct and that SQL Server is configured to allow remote connections. (provider: TCP Provider, error: 40 - Could not open a connection to SQL Server)"
NL_SQL_STACK = [
    *frames(
        "Microsoft.Data.SqlClient.SqlInternalConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
        "Microsoft.Data.SqlClient.TdsParser.ThrowExceptionAndWarning(TdsParserStateObject stateObj, SqlCommand command, Boolean callerHasConnectionLock, Boolean asyncClose)",
        "Microsoft.Data.SqlClient.TdsParser.Connect(ServerInfo serverInfo, SqlInternalConnectionTds connHandler, TimeoutTimer timeout, SqlConnectionString connectionOptions, Boolean withFailover)",
        "Microsoft.Data.SqlClient.SqlInternalConnectionTds.AttemptOneLogin(ServerInfo serverInfo, String newPassword, SecureString newSecurePassword, TimeoutTimer timeout, Boolean withFailover)",
        "Microsoft.Data.SqlClient.SqlConnection.InternalOpenAsync(CancellationToken cancellationToken)",
        "Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenInternalAsync(Boolean errorsExpected, CancellationToken cancellationToken)",
        "Microsoft.EntityFrameworkCore.Storage.RelationalConnection.OpenAsync(CancellationToken cancellationToken, Boolean errorsExpected)",
        "Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)",
        "Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.InitializeReaderAsync(AsyncEnumerator enumerator, CancellationToken cancellationToken)",
        "Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.MoveNextAsync()",
    ),
    "ClientConnectionId:00000000-0000-0000-0000-000000000000",
    "Error Number:53,State:0,Class:20",
]
NL_ORDERS_SQL = [
    "SELECT TOP(1) [o].[Id], [o].[CreatedAt], [o].[CustomerId], [o].[Status], [o].[Total], [o0].[Id], [o0].[OrderId], [o0].[Quantity], [o0].[Sku], [o0].[UnitPrice]",
    "FROM [Orders] AS [o]",
    "LEFT JOIN [OrderLines] AS [o0] ON [o].[Id] = [o0].[OrderId]",
    "WHERE [o].[Id] = @__id_0",
    "ORDER BY [o].[Id]",
]


def nlog(r: random.Random) -> list[Log]:
    """Shop.Api on two IIS servers (web01, web02) behind a load balancer, 06:00 to 12:00, NLog
    writing Info and up (Microsoft.* below Warn dropped but for Microsoft.Hosting.Lifetime).
    Orders come in every 25 s or so across both; each is paid, confirmed by e-mail, sometimes
    leaving a SKU low on stock; a payment is declined now and then. Hosted services publish the
    outbox every minute, expire unpaid orders every 15 minutes and sync prices hourly. The
    payment gateway fails from 08:05 to 08:20; SQL Server fails over at 09:30 for about four
    minutes; the SMTP relay is down from 10:10 to 10:22; at 11:02 web02's price sync reads a
    malformed supplier feed, the BackgroundService fails and the host stops; IIS starts it again
    on the next request."""
    fs = Files(100)
    t0, t_end = at(6, 0), at(12, 0)
    files = {"web01": "web01-2024-06-04.log", "web02": "web02-2024-06-04.log"}

    def E(
        srv: str,
        t: datetime,
        lvl: str,
        logger: str,
        tmpl: str,
        *vals: object,
        exc: list[str] | None = None,
        exc_label: str = "",
        msg: str | None = None,
    ) -> datetime:
        text_msg = msg if msg is not None else render(tmpl, *vals)
        mlines = text_msg.split("\n")

        def text(t: datetime) -> list[str]:
            ts = f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond // 100:04d}"
            first = f"{ts}|{lvl}|{logger}|{mlines[0]}"
            rest = mlines[1:]
            if exc:
                if rest:
                    rest = [*rest[:-1], rest[-1] + " " + exc[0], *exc[1:]]
                else:
                    first += " " + exc[0]
                    rest = exc[1:]
            else:
                if rest:
                    rest[-1] += " "
                else:
                    first += " "
            return [first, *rest]

        label = tmpl.replace("\n", "\\n") + (" " + exc_label if exc_label else "")
        return fs.add(files[srv], t, label, text, proc=srv)

    def startup(srv: str, t: datetime) -> datetime:
        t = E(
            srv,
            t,
            "INFO",
            "Shop.Api.Program",
            "Starting Shop.Api {Version} ({Environment})",
            "2.31.0+a41c9e2",
            "Production",
        )
        t = E(
            srv,
            t + secs(r, 0.8, 1.6),
            "WARN",
            "Microsoft.EntityFrameworkCore.Model.Validation",
            "No store type was specified for the decimal property '{property}' on entity type '{entityType}'. This will cause values to be silently truncated if they do not fit in the default precision and scale. Explicitly specify the SQL server column type that can accommodate all the values in 'OnModelCreating' using 'HasColumnType', specify precision and scale using 'HasPrecision', or configure a value converter using 'HasConversion'.",
            "Amount",
            "Refund",
        )
        t = E(
            srv,
            t + secs(r, 0.001, 0.01),
            "WARN",
            "Microsoft.EntityFrameworkCore.Model.Validation",
            "No store type was specified for the decimal property '{property}' on entity type '{entityType}'. This will cause values to be silently truncated if they do not fit in the default precision and scale. Explicitly specify the SQL server column type that can accommodate all the values in 'OnModelCreating' using 'HasColumnType', specify precision and scale using 'HasPrecision', or configure a value converter using 'HasConversion'.",
            "UnitPrice",
            "CartLine",
        )
        t = E(
            srv,
            t + secs(r, 0.3, 0.6),
            "INFO",
            "Microsoft.Hosting.Lifetime",
            "Application started. Press Ctrl+C to shut down.",
        )
        t = E(
            srv,
            t + secs(r, 0.001, 0.005),
            "INFO",
            "Microsoft.Hosting.Lifetime",
            "Hosting environment: {EnvName}",
            "Production",
        )
        t = E(
            srv,
            t + secs(r, 0.001, 0.005),
            "INFO",
            "Microsoft.Hosting.Lifetime",
            "Content root path: {ContentRoot}",
            "C:\\inetpub\\shop-api\\",
        )
        compiled[srv] = set()
        return t

    compiled: dict[str, set[str]] = {"web01": set(), "web02": set()}

    def compile_warn(srv: str, t: datetime, q: str) -> datetime:
        if q in compiled[srv]:
            return t
        compiled[srv].add(q)
        if q == "order":
            return E(
                srv,
                t,
                "WARN",
                "Microsoft.EntityFrameworkCore.Query",
                "Compiling a query which loads related collections for more than one collection navigation, either via 'Include' or through projection, but no 'QuerySplittingBehavior' has been configured. By default, Entity Framework will use 'QuerySplittingBehavior.SingleQuery', which can potentially result in slow query performance. See https://go.microsoft.com/fwlink/?linkid=2134277 for more information. To identify the query that's triggering this warning call 'ConfigureWarnings(w => w.Throw(RelationalEventId.MultipleCollectionIncludeWarning))'.",
            )
        return E(
            srv,
            t,
            "WARN",
            "Microsoft.EntityFrameworkCore.Query",
            "The query uses a row limiting operator ('Skip'/'Take') without an 'OrderBy' operator. This may lead to unpredictable results. If the 'Distinct' operator is used after 'OrderBy', then make sure to use the 'OrderBy' operator after 'Distinct' as the ordering would otherwise get erased.",
        )

    down: dict[str, tuple[datetime, datetime]] = {}
    for srv in ("web01", "web02"):
        startup(srv, t0 + secs(r, 0, 40))
    gw_down = (at(8, 5), at(8, 20))
    sql_down = (at(9, 30, 10), at(9, 34, 5))
    smtp_down = (at(10, 10), at(10, 22))
    crash = at(11, 2, 14)
    down["web02"] = (crash + timedelta(seconds=1), crash + timedelta(seconds=95))
    skus = [f"SKU-{r.randrange(10000, 99999)}" for _ in range(60)]
    ctx = "ShopDbContext"

    def sql_error(srv: str, t: datetime, where: str) -> datetime:
        sqlexc = [
            f"Microsoft.Data.SqlClient.SqlException (0x80131904): {NL_SQL_NET}",
            *NL_SQL_STACK,
        ]
        t = E(
            srv,
            t,
            "ERROR",
            "Microsoft.EntityFrameworkCore.Database.Connection",
            "An error occurred using the connection to database '{database}' on server '{server}'.",
            "Shop",
            "tcp:sql01.corp.example.com,1433",
        )
        if where == "query":
            t = E(
                srv,
                t + secs(r, 0.0005, 0.003),
                "ERROR",
                "Microsoft.EntityFrameworkCore.Query",
                "An exception occurred while iterating over the results of a query for context type '{contextType}'.{newline}{error}",
                exc=sqlexc,
                exc_label="Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred ...",
                msg=f"An exception occurred while iterating over the results of a query for context type 'Shop.Api.Data.{ctx}'.\n"
                + "\n".join(sqlexc),
            )
            t = E(
                srv,
                t + secs(r, 0.001, 0.01),
                "ERROR",
                "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware",
                "An unhandled exception has occurred while executing the request.",
                exc=sqlexc,
                exc_label="Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred ...",
            )
        return t

    def order(t: datetime) -> None:
        srv = r.choice(["web01", "web02"])
        if srv in down and down[srv][0] <= t < down[srv][1]:
            srv = "web01"
        oid = r.randrange(120000, 140000)
        cust = r.randrange(100, 9000)
        t = compile_warn(srv, t, "order")
        if sql_down[0] <= t < sql_down[1]:
            sql_error(srv, t + secs(r, 0.5, 15), "query")
            return
        t = E(
            srv,
            t,
            "INFO",
            f"{NL_CONTROLLERS}.OrdersController",
            "Order {OrderId} created for customer {CustomerId}",
            oid,
            cust,
        )
        t += secs(r, 0.2, 1.5)
        if gw_down[0] <= t < gw_down[1]:
            kind = r.random()
            if kind < 0.55:
                exc = [
                    "System.Net.Http.HttpRequestException: Response status code does not indicate success: 502 (Bad Gateway).",
                    *NL_PAY_STACK,
                ]
                lbl = "System.Net.Http.HttpRequestException: Response status code does not indicate success: {0} ({1})."
            elif kind < 0.8:
                exc = [
                    "System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).",
                    *NL_PAY_STACK,
                ]
                lbl = "System.Net.Http.HttpRequestException: Response status code does not indicate success: {0} ({1})."
            else:
                t += secs(r, 29.9, 30.1)
                exc = [
                    "System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 30 seconds elapsing.",
                    *NL_TIMEOUT_STACK,
                ]
                lbl = "System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of {0} seconds elapsing."
            E(
                srv,
                t,
                "ERROR",
                "Shop.Api.Services.PaymentService",
                "Payment capture failed for order {OrderId}",
                oid,
                exc=exc,
                exc_label=lbl,
            )
            return
        if r.random() < 0.04:
            E(
                srv,
                t,
                "WARN",
                "Shop.Api.Services.PaymentService",
                "Payment declined for order {OrderId}: {Reason}",
                oid,
                r.choice(["insufficient_funds", "card_declined", "expired_card", "do_not_honor"]),
            )
            return
        amount = r.uniform(9, 400)
        t = E(
            srv,
            t,
            "INFO",
            "Shop.Api.Services.PaymentService",
            "Payment {PaymentId} captured for order {OrderId}: {Amount} {Currency}",
            f"pay_{hexid(r, 24)}",
            oid,
            f"{amount:.2f}",
            "EUR",
        )
        if r.random() < 0.012:
            dead = [
                "Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.",
                f" ---> Microsoft.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID {r.randrange(50, 200)}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.",
                *frames(
                    "Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
                    "Microsoft.Data.SqlClient.SqlCommand.EndExecuteReaderInternal(IAsyncResult asyncResult)",
                    "Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)",
                ),
                "ClientConnectionId:" + uuid4(r),
                "Error Number:1205,State:51,Class:13",
                "   --- End of inner exception stack trace ---",
                *frames(
                    "Microsoft.EntityFrameworkCore.Update.ReaderModificationCommandBatch.ExecuteAsync(IRelationalConnection connection, CancellationToken cancellationToken)",
                    "Microsoft.EntityFrameworkCore.DbContext.SaveChangesAsync(Boolean acceptAllChangesOnSuccess, CancellationToken cancellationToken)",
                    "Shop.Api.Services.InventoryService.ReserveAsync(Order order, CancellationToken cancellationToken) in D:\\a\\shop\\src\\Shop.Api\\Services\\InventoryService.cs:line 47",
                ),
            ]
            E(
                srv,
                t + secs(r, 0.05, 0.4),
                "ERROR",
                "Microsoft.EntityFrameworkCore.Update",
                "An exception occurred in the database while saving changes for context type '{contextType}'.{newline}{error}",
                exc=dead,
                exc_label="Microsoft.EntityFrameworkCore.DbUpdateException: An error occurred while saving the entity changes. See the inner exception for details.",
                msg=f"An exception occurred in the database while saving changes for context type 'Shop.Api.Data.{ctx}'.\n"
                + "\n".join(dead),
            )
            return
        if r.random() < 0.2:
            t = E(
                srv,
                t + secs(r, 0.01, 0.1),
                "WARN",
                "Shop.Api.Services.InventoryService",
                "Stock for SKU {Sku} is low: {Quantity} left",
                r.choice(skus),
                r.randrange(0, 6),
            )
        t += secs(r, 0.3, 2)
        if smtp_down[0] <= t < smtp_down[1]:
            exc = [
                "System.Net.Mail.SmtpException: Failure sending mail.",
                " ---> System.Net.Sockets.SocketException (10061): No connection could be made because the target machine actively refused it. [::ffff:10.0.0.25]:25",
                *frames(
                    "System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)",
                    "System.Net.Mail.SmtpConnection.ConnectAndHandshakeAsync[TIOAdapter](String host, Int32 port)",
                ),
                "   --- End of inner exception stack trace ---",
                *frames(
                    "System.Net.Mail.SmtpClient.SendAsync(MailMessage message, Object userToken)",
                    "Shop.Api.Services.EmailSender.SendOrderConfirmationAsync(Order order, CancellationToken cancellationToken) in D:\\a\\shop\\src\\Shop.Api\\Services\\EmailSender.cs:line 39",
                ),
            ]
            E(
                srv,
                t + secs(r, 0.02, 0.2),
                "ERROR",
                "Shop.Api.Services.EmailSender",
                "Failed to send order confirmation for order {OrderId}",
                oid,
                exc=exc,
                exc_label="System.Net.Mail.SmtpException: Failure sending mail.",
            )
            return
        E(
            srv,
            t,
            "INFO",
            "Shop.Api.Services.EmailSender",
            "Order confirmation sent to {Email} for order {OrderId}",
            f"{alnum_low(r, 6)}@{r.choice(['gmail.com', 'outlook.com', 'web.de', 'example.org'])}",
            oid,
        )

    def lookup(t: datetime) -> None:
        srv = r.choice(["web01", "web02"])
        if srv in down and down[srv][0] <= t < down[srv][1]:
            srv = "web01"
        if sql_down[0] <= t < sql_down[1]:
            sql_error(srv, t, "query")
            return
        if at(9, 50) <= t < at(10, 5) and r.random() < 0.5:
            # the nightly index rebuild overrunning: order lookups time out
            toexc = [
                "Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.",
                " ---> System.ComponentModel.Win32Exception (258): The wait operation timed out.",
                *frames(
                    "Microsoft.Data.SqlClient.SqlCommand.EndExecuteReaderInternal(IAsyncResult asyncResult)",
                    "Microsoft.EntityFrameworkCore.Storage.RelationalCommand.ExecuteReaderAsync(RelationalCommandParameterObject parameterObject, CancellationToken cancellationToken)",
                    "Microsoft.EntityFrameworkCore.Query.Internal.SingleQueryingEnumerable`1.AsyncEnumerator.MoveNextAsync()",
                ),
                "ClientConnectionId:" + uuid4(r),
                "Error Number:-2,State:0,Class:11",
            ]
            tolbl = "Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding."
            t = compile_warn(srv, t, "order")
            t = E(
                srv,
                t + secs(r, 30, 30.1),
                "ERROR",
                "Microsoft.EntityFrameworkCore.Database.Command",
                "Failed executing DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}",
                msg=f"Failed executing DbCommand ({r.randrange(30000, 30100):,}ms) [Parameters=[@__id_0='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30']\n"
                + "\n".join(NL_ORDERS_SQL),
            )
            t = E(
                srv,
                t + secs(r, 0.0005, 0.003),
                "ERROR",
                "Microsoft.EntityFrameworkCore.Query",
                "An exception occurred while iterating over the results of a query for context type '{contextType}'.{newline}{error}",
                exc=toexc,
                exc_label=tolbl,
                msg=f"An exception occurred while iterating over the results of a query for context type 'Shop.Api.Data.{ctx}'.\n"
                + "\n".join(toexc),
            )
            E(
                srv,
                t + secs(r, 0.001, 0.01),
                "ERROR",
                "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware",
                "An unhandled exception has occurred while executing the request.",
                exc=toexc,
                exc_label=tolbl,
            )
            return
        kind = r.random()
        if kind < 0.5:
            E(
                srv,
                t,
                "WARN",
                f"{NL_CONTROLLERS}.OrdersController",
                "Order {OrderId} not found",
                r.randrange(100000, 140000),
            )
        elif kind < 0.8:
            t = compile_warn(srv, t, "take")
            E(
                srv,
                t,
                "INFO",
                f"{NL_CONTROLLERS}.CartController",
                "Cart {CartId} checked out with {ItemCount} items",
                uuid4(r),
                r.randrange(1, 9),
            )
        else:
            E(srv, t, "WARN", f"{NL_CONTROLLERS}.CartController", "Cart {CartId} expired", uuid4(r))

    for x in poisson(r, t0 + timedelta(seconds=60), t_end, 38):
        order(x)
    for x in poisson(r, t0 + timedelta(seconds=60), t_end, 60):
        lookup(x)
    # hosted services
    for srv in ("web01", "web02"):
        x = t0 + secs(r, 50, 70)
        while x < t_end:
            if srv in down and down[srv][0] <= x < down[srv][1]:
                x += timedelta(seconds=60)
                continue
            if sql_down[0] <= x < sql_down[1] + timedelta(seconds=20):
                exc = [
                    "Microsoft.Data.SqlClient.SqlException (0x80131904): " + NL_SQL_NET,
                    *NL_SQL_STACK,
                ]
                E(
                    srv,
                    x,
                    "ERROR",
                    "Shop.Api.Workers.OutboxPublisher",
                    "Outbox publishing failed, retrying in {Delay}",
                    "00:00:30",
                    exc=exc,
                    exc_label="Microsoft.Data.SqlClient.SqlException (0x80131904): A network-related or instance-specific error occurred ...",
                )
                x += timedelta(seconds=30)
                continue
            n = r.randrange(-12, 12)
            if n > 0:
                E(
                    srv,
                    x,
                    "INFO",
                    "Shop.Api.Workers.OutboxPublisher",
                    "Published {Count} outbox messages in {Elapsed} ms",
                    n,
                    r.randrange(4, 90),
                )
            x += timedelta(seconds=60) + secs(r, 0, 0.5)
        x = t0 + secs(r, 300, 900)
        while x < t_end:
            if not (srv in down and down[srv][0] <= x < down[srv][1]):
                E(
                    srv,
                    x,
                    "INFO",
                    "Shop.Api.Workers.OrderExpiryService",
                    "Expired {Count} unpaid orders older than {Age}",
                    r.randrange(0, 7),
                    "01:00:00",
                )
            x += timedelta(minutes=15)
        for h in range(6, 12):
            x = at(h, 2, 14) if srv == "web02" else at(h, 32, 40)
            if srv == "web02" and h == 11:
                continue
            y = E(srv, x, "INFO", "Shop.Api.Workers.PriceSyncService", "Price sync started")
            E(
                srv,
                y + secs(r, 8, 40),
                "INFO",
                "Shop.Api.Workers.PriceSyncService",
                "Price sync finished: {Updated} prices updated, {Skipped} skipped",
                r.randrange(0, 400),
                r.randrange(0, 30),
            )
    # the price sync crash on web02
    x = E("web02", crash, "INFO", "Shop.Api.Workers.PriceSyncService", "Price sync started")
    jexc = [
        "System.Text.Json.JsonException: 'c' is an invalid start of a value. Path: $[812].price | LineNumber: 0 | BytePositionInLine: 96411.",
        " ---> System.Text.Json.JsonReaderException: 'c' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 96411.",
        *frames(
            "System.Text.Json.ThrowHelper.ThrowJsonReaderException(Utf8JsonReader& json, ExceptionResource resource, Byte nextByte, ReadOnlySpan`1 bytes)",
            "System.Text.Json.Utf8JsonReader.ConsumeValue(Byte marker)",
        ),
        "   --- End of inner exception stack trace ---",
        *frames(
            "System.Text.Json.JsonSerializer.ContinueDeserialize[TValue](ReadBufferState& bufferState, JsonReaderState& jsonReaderState, ReadStack& readStack, JsonTypeInfo jsonTypeInfo)",
            "System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsyncCore[T](HttpContent content, JsonSerializerOptions options, CancellationToken cancellationToken)",
            "Shop.Api.Workers.PriceSyncService.ExecuteAsync(CancellationToken stoppingToken) in D:\\a\\shop\\src\\Shop.Api\\Workers\\PriceSyncService.cs:line 52",
            "Microsoft.Extensions.Hosting.Internal.Host.TryExecuteBackgroundServiceAsync(BackgroundService backgroundService)",
        ),
    ]
    x = E(
        "web02",
        x + secs(r, 3, 5),
        "ERROR",
        "Microsoft.Extensions.Hosting.Internal.Host",
        "BackgroundService failed",
        exc=jexc,
        exc_label="System.Text.Json.JsonException: {0} is an invalid start of a value. Path: {1} | LineNumber: {2} | BytePositionInLine: {3}.",
    )
    x = E(
        "web02",
        x + secs(r, 0.001, 0.01),
        "FATAL",
        "Microsoft.Extensions.Hosting.Internal.Host",
        "The HostOptions.BackgroundServiceExceptionBehavior is configured to StopHost. A BackgroundService has thrown an unhandled exception, and the IHost instance is stopping. To avoid this behavior, configure this to Ignore; however the BackgroundService will not be restarted.",
        exc=jexc,
        exc_label="System.Text.Json.JsonException: {0} is an invalid start of a value. Path: {1} | LineNumber: {2} | BytePositionInLine: {3}.",
    )
    x = E(
        "web02",
        x + secs(r, 0.001, 0.01),
        "INFO",
        "Microsoft.Hosting.Lifetime",
        "Application is shutting down...",
    )
    startup("web02", down["web02"][1] - timedelta(seconds=2))
    # a planned restart of web01 (deployment) at 07:15
    x = E(
        "web01",
        at(7, 15, 3),
        "INFO",
        "Microsoft.Hosting.Lifetime",
        "Application is shutting down...",
    )
    startup("web01", x + secs(r, 6, 9))
    return fs.logs(t0)


def alnum_low(r: random.Random, n: int) -> str:
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))


# --------------------------------------------------------------------------------- umbraco

UM_PAGES = [
    "/",
    "/products/",
    "/news/",
    "/about-us/",
    "/contact/",
    "/products/garden/",
    "/products/kitchen/",
    "/news/summer-sale-2024/",
]
UM_NRE_STACK = frames(
    "AspNetCoreGeneratedDocument.Views_Partials_blocklist_Components_heroBlock.ExecuteAsync() in C:\\inetpub\\site\\Views\\Partials\\blocklist\\Components\\heroBlock.cshtml:line 14",
    "Microsoft.AspNetCore.Mvc.Razor.RazorView.RenderPageCoreAsync(IRazorPage page, ViewContext context)",
    "Microsoft.AspNetCore.Mvc.Razor.RazorView.RenderPageAsync(IRazorPage page, ViewContext context, Boolean invokeViewStarts)",
    "Microsoft.AspNetCore.Mvc.Razor.RazorView.RenderAsync(ViewContext context)",
    "Microsoft.AspNetCore.Mvc.ViewFeatures.HtmlHelper.RenderPartialCoreAsync(String partialViewName, Object model, ViewDataDictionary viewData, TextWriter writer)",
    "Umbraco.Extensions.BlockListTemplateExtensions.GetBlockListHtmlAsync(IHtmlHelper html, BlockListModel model, String template)",
    "AspNetCoreGeneratedDocument.Views_Home.ExecuteAsync() in C:\\inetpub\\site\\Views\\Home.cshtml:line 22",
    "Microsoft.AspNetCore.Mvc.ViewFeatures.ViewExecutor.ExecuteAsync(ViewContext viewContext, String contentType, Nullable`1 statusCode)",
    "Microsoft.AspNetCore.Mvc.Infrastructure.ResourceInvoker.<InvokeNextResultFilterAsync>g__Awaited|30_0[TFilter,TFilterAsync](ResourceInvoker invoker, Task lastTask, State next, Scope scope, Object state, Boolean isCompleted)",
    "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)",
)
UM_SQL = "Microsoft.Data.SqlClient.SqlException (0x80131904): A transport-level error has occurred when receiving results from the server. (provider: TCP Provider, error: 0 - An existing connection was forcibly closed by the remote host.)"
UM_SQL_STACK = frames(
    "Microsoft.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
    "Microsoft.Data.SqlClient.TdsParserStateObject.ThrowExceptionAndWarning(Boolean callerHasConnectionLock, Boolean asyncClose)",
    "Microsoft.Data.SqlClient.SqlCommand.ExecuteReader(CommandBehavior behavior)",
    "NPoco.Database.ExecuteReaderHelper(DbCommand cmd)",
    "NPoco.Database.ExecuteScalarHelper(DbCommand cmd)",
    "Umbraco.Cms.Infrastructure.Persistence.UmbracoDatabase.ExecuteScalar[T](String sql, CommandType commandType, Object[] args)",
)
UM_LOCK = "Lucene.Net.Store.LockObtainFailedException: Lock obtain timed out: NativeFSLock@C:\\inetpub\\site\\umbraco\\Data\\TEMP\\ExamineIndexes\\ExternalIndex\\write.lock"
UM_LOCK_STACK = frames(
    "Lucene.Net.Store.Lock.Obtain(Int64 lockWaitTimeout)",
    "Lucene.Net.Index.IndexWriter..ctor(Directory d, IndexWriterConfig conf)",
    "Examine.Lucene.Providers.LuceneIndex.CreateIndexWriterInternal()",
    "Examine.Lucene.Providers.LuceneIndex.get_IndexWriter()",
    "Examine.Lucene.Providers.LuceneIndex.ProcessQueueItem(IndexOperation item)",
)


def umbraco(r: random.Random) -> list[Log]:
    """A shop's Umbraco 13 site on two servers, 06:00 to 18:00: WEB01 is the back office and
    SchedulingPublisher, WEB02 a Subscriber serving the public site. A product import job on
    WEB01 publishes changed products every half hour; editors publish pages; scheduled
    publishing runs every minute (one page at 09:00 fails, its parent unpublished). Members log
    in on WEB02; at 13:00 a credential-stuffing run hits the member login. A hero block without
    an image throws on the home page of WEB02 until 14:20. WEB02's Examine index is locked
    (both servers share its files) from 07:40 to 08:10; an admin rebuilds the index on WEB01 at
    08:15. Azure SQL fails over at 10:30 for about three minutes. WEB01's app pool recycles at
    12:00."""
    fs = Files(1)
    t0 = at(6, 0)
    names = {
        "WEB01": "UmbracoTraceLog.WEB01.20240604.json",
        "WEB02": "UmbracoTraceLog.WEB02.20240604.json",
    }
    pids = {"WEB01": 5120, "WEB02": 4388}
    appid = {"WEB01": hexid(r, 40), "WEB02": hexid(r, 40)}
    L4N = {
        "Information": "INFO ",
        "Warning": "WARN ",
        "Error": "ERROR",
        "Fatal": "FATAL",
        "Debug": "DEBUG",
    }

    def E(
        srv: str,
        t: datetime,
        lvl: str,
        ctx: str,
        tmpl: str,
        props: dict[str, object],
        x: list[str] | None = None,
        req: str | None = None,
    ) -> datetime:
        def text(t: datetime) -> list[str]:
            ts = f"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond:06d}0Z"
            d: dict[str, object] = {"@t": ts, "@mt": tmpl}
            if lvl != "Information":
                d["@l"] = lvl
            if x:
                d["@x"] = "\r\n".join(x)
            d.update(props)
            d["SourceContext"] = ctx
            if req:
                d["RequestId"] = f"0HN4{alnum_up(r, 8)}:0000000{r.randrange(1, 9)}"
                d["RequestPath"] = req
            d.update(
                {
                    "ProcessId": pids[srv],
                    "ProcessName": "w3wp",
                    "ThreadId": r.randrange(4, 80),
                    "ApplicationId": appid[srv],
                    "MachineName": srv,
                    "Log4NetLevel": L4N[lvl],
                }
            )
            if req:
                d["HttpRequestId"] = uuid4(r)
                d["HttpRequestNumber"] = r.randrange(1, 9000)
            return [json.dumps(d, ensure_ascii=False, separators=(",", ":"))]

        return fs.add(names[srv], t, tmpl, text, proc=srv)

    MD = "Umbraco.Cms.Core.Runtime.MainDom"
    PSS = "Umbraco.Cms.Infrastructure.PublishedCache.PublishedSnapshotService"
    LT = "Microsoft.Hosting.Lifetime"

    def boot(srv: str, t: datetime, first: bool) -> datetime:
        t = E(srv, t, "Information", MD, "Acquiring MainDom.", {})
        t = E(srv, t + secs(r, 0.01, 0.2), "Information", MD, "Acquired MainDom.", {})
        t = E(
            srv,
            t + secs(r, 0.3, 1.2),
            "Information",
            "Umbraco.Cms.Infrastructure.Runtime.CoreRuntime",
            "Runtime Level: {RuntimeLevel} - {RuntimeLevelReason}",
            {"RuntimeLevel": "Run", "RuntimeLevelReason": "Run"},
        )
        if first and srv == "WEB02":
            t = E(
                srv,
                t + secs(r, 0.05, 0.2),
                "Warning",
                "Umbraco.Cms.Infrastructure.Sync.SyncBootStateAccessor",
                "No last synced Id found, this generally means this is a new server/install. A cold boot will be triggered.",
                {},
            )
        t = E(
            srv,
            t + secs(r, 0.2, 0.6),
            "Information",
            PSS,
            "Creating the content store, localContentDbExists? {LocalContentDbExists}",
            {"LocalContentDbExists": not first},
        )
        t = E(
            srv,
            t + secs(r, 0.01, 0.1),
            "Information",
            PSS,
            "Creating the media store, localMediaDbExists? {LocalMediaDbExists}",
            {"LocalMediaDbExists": not first},
        )
        t = E(
            srv,
            t + secs(r, 1, 3),
            "Information",
            LT,
            "Application started. Press Ctrl+C to shut down.",
            {},
        )
        t = E(
            srv,
            t + secs(r, 0.001, 0.01),
            "Information",
            LT,
            "Hosting environment: {EnvName}",
            {"EnvName": "Production"},
        )
        t = E(
            srv,
            t + secs(r, 0.001, 0.01),
            "Information",
            LT,
            "Content root path: {ContentRoot}",
            {"ContentRoot": "C:\\inetpub\\site\\"},
        )
        return t

    def shutdown(srv: str, t: datetime, source: str) -> datetime:
        t = E(srv, t, "Information", LT, "Application is shutting down...", {})
        t = E(
            srv,
            t + secs(r, 0.01, 0.1),
            "Information",
            MD,
            "Stopping ({SignalSource})",
            {"SignalSource": source},
        )
        return E(
            srv,
            t + secs(r, 0.2, 1.5),
            "Information",
            MD,
            "Released ({SignalSource})",
            {"SignalSource": source},
        )

    boot("WEB01", t0 + secs(r, 2, 10), True)
    boot("WEB02", t0 + secs(r, 15, 30), True)
    sql_down = (at(10, 30, 5), at(10, 33, 20))
    recycle = at(12, 0, 7)
    lock_down = (at(7, 40), at(8, 10))
    CS = "Umbraco.Cms.Core.Services.ContentService"
    products = [
        (
            f"{r.choice(['Oak', 'Steel', 'Linen', 'Clay', 'Bamboo', 'Cedar', 'Wool'])} {r.choice(['Planter', 'Bench', 'Lamp', 'Bowl', 'Tray', 'Stool', 'Basket', 'Throw'])} {r.choice(['S', 'M', 'L', 'XL', 'Mini'])}",
            2000 + i,
        )
        for i in range(140)
    ]
    pages = [
        ("Home", 1052),
        ("Products", 1061),
        ("News", 1070),
        ("Summer sale 2024", 1188),
        ("About us", 1063),
        ("Contact", 1064),
        ("Delivery", 1101),
        ("Garden", 1122),
        ("Kitchen", 1123),
    ]

    def sql_fail(
        srv: str, t: datetime, ctx: str, tmpl: str, props: dict[str, object], req: str | None = None
    ) -> datetime:
        t = E(
            srv,
            t,
            "Error",
            "Umbraco.Cms.Infrastructure.Persistence.UmbracoDatabase",
            "Exception ({InstanceId}).",
            {"InstanceId": f"{hexid(r, 8)}:{r.randrange(1, 40)}"},
            [UM_SQL, *UM_SQL_STACK],
        )
        return E(
            srv, t + secs(r, 0.001, 0.02), "Error", ctx, tmpl, props, [UM_SQL, *UM_SQL_STACK], req
        )

    # the product import every half hour on WEB01
    x = at(6, 10)
    while x < at(18, 0):
        if recycle <= x < recycle + timedelta(minutes=2):
            x += timedelta(minutes=30)
            continue
        y = E(
            "WEB01",
            x + secs(r, 0, 5),
            "Information",
            "Shop.Web.Jobs.ProductImportJob",
            "Product import started, {Count} products in feed",
            {"Count": 1240 + r.randrange(-30, 30)},
        )
        n = r.randrange(8, 40)
        if sql_down[0] <= y < sql_down[1] + timedelta(minutes=1):
            sql_fail(
                "WEB01",
                y + secs(r, 1, 10),
                "Shop.Web.Jobs.ProductImportJob",
                "Product import failed",
                {},
            )
        else:
            for name, cid in r.sample(products, n):
                y = E(
                    "WEB01",
                    y + secs(r, 0.1, 1.5),
                    "Information",
                    "Shop.Web.Jobs.ProductImportJob",
                    "Updated product {Sku} in node {ContentId}",
                    {"Sku": f"P-{cid * 7:05d}", "ContentId": cid},
                )
                y = E(
                    "WEB01",
                    y + secs(r, 0.05, 0.4),
                    "Information",
                    CS,
                    "Document {ContentName} ({ContentId}) has been published.",
                    {"ContentName": name, "ContentId": cid},
                )
            E(
                "WEB01",
                y + secs(r, 0.2, 1),
                "Information",
                "Shop.Web.Jobs.ProductImportJob",
                "Product import finished: {Updated} updated, {Unchanged} unchanged in {Elapsed}",
                {
                    "Updated": n,
                    "Unchanged": 1240 - n,
                    "Elapsed": f"00:00:{r.randrange(10, 59)}.{r.randrange(10**6, 10**7)}",
                },
            )
        x += timedelta(minutes=30)
    # editors
    for x in poisson(r, at(8, 30), at(17, 30), 500):
        name, cid = r.choice(pages)
        E(
            "WEB01",
            x,
            "Information",
            CS,
            "Document {ContentName} ({ContentId}) has been published.",
            {"ContentName": name, "ContentId": cid},
        )
    for x in poisson(r, at(9, 0), at(17, 0), 4000):
        name, cid = r.choice(pages[3:])
        E(
            "WEB01",
            x,
            "Information",
            CS,
            "Document {ContentName} ({ContentId}) has been unpublished.",
            {"ContentName": name, "ContentId": cid},
        )
    # scheduled publishing: one failure at 09:00, two scheduled pages published
    E(
        "WEB01",
        at(9, 0, 12),
        "Error",
        CS,
        "Failed to publish document id={DocumentId}, reason={Reason}.",
        {"DocumentId": 1214, "Reason": "FailedPublishPathNotPublished"},
    )
    E(
        "WEB01",
        at(9, 1, 12),
        "Error",
        CS,
        "Failed to publish document id={DocumentId}, reason={Reason}.",
        {"DocumentId": 1214, "Reason": "FailedPublishPathNotPublished"},
    )
    E(
        "WEB01",
        at(7, 0, 11),
        "Information",
        CS,
        "Document {ContentName} ({ContentId}) has been published.",
        {"ContentName": "Summer sale 2024", "ContentId": 1188},
    )
    # back-office logins
    BO = "Umbraco.Cms.Web.BackOffice.Security.BackOfficeSignInManager"
    editors = ["anna@shop.example", "marco@shop.example", "li@shop.example", "admin@shop.example"]
    for x in poisson(r, at(7, 50), at(16, 0), 1400):
        E(
            "WEB01",
            x,
            "Information",
            BO,
            "User: {UserName} logged in from IP address {IpAddress}",
            {"UserName": r.choice(editors), "IpAddress": f"10.8.0.{r.randrange(10, 60)}"},
        )
    x = at(14, 5, 3)
    for i in range(6):
        tmpl = (
            "Login attempt failed for username {UserName} from IP address {IpAddress}"
            if i < 5
            else "Login attempt failed for username {UserName} from IP address {IpAddress}, the user is locked"
        )
        x = E(
            "WEB01",
            x + secs(r, 5, 30),
            "Information",
            BO,
            tmpl,
            {"UserName": "marco@shop.example", "IpAddress": "10.8.0.44"},
        )
    # members on WEB02, the credential stuffing at 13:00
    MS = "Umbraco.Cms.Web.Common.Security.MemberSignInManager"
    for x in poisson(r, at(6, 30), at(18, 0), 180):
        if r.random() < 0.85:
            E(
                "WEB02",
                x,
                "Information",
                MS,
                "User: {UserName} logged in from IP address {IpAddress}",
                {
                    "UserName": f"{alnum_low(r, 7)}@{r.choice(['gmail.com', 'outlook.com', 'example.org'])}",
                    "IpAddress": f"{r.randrange(20, 220)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                },
            )
        else:
            E(
                "WEB02",
                x,
                "Information",
                MS,
                "Login attempt failed for username {UserName} from IP address {IpAddress}",
                {
                    "UserName": f"{alnum_low(r, 7)}@gmail.com",
                    "IpAddress": f"{r.randrange(20, 220)}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
                },
            )
    bots = [
        f"{r.choice([45, 91, 185, 193])}.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}"
        for _ in range(12)
    ]
    for x in poisson(r, at(13, 0), at(13, 40), 6):
        tmpl = (
            "Login attempt failed for username {UserName} from IP address {IpAddress}"
            if r.random() < 0.93
            else "Login attempt failed for username {UserName} from IP address {IpAddress}, the user is locked"
        )
        E(
            "WEB02",
            x,
            "Information",
            MS,
            tmpl,
            {
                "UserName": f"{alnum_low(r, r.randrange(5, 10))}@{r.choice(['gmail.com', 'yahoo.com', 'hotmail.com'])}",
                "IpAddress": r.choice(bots),
            },
        )
    # the hero block throwing on WEB02
    for x in poisson(r, at(6, 30), at(14, 20), 120):
        E(
            "WEB02",
            x,
            "Error",
            "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware",
            "An unhandled exception has occurred while executing the request.",
            {},
            [
                "System.NullReferenceException: Object reference not set to an instance of an object.",
                *UM_NRE_STACK,
            ],
            "/",
        )
    # Examine: the lock on WEB02, the rebuild on WEB01
    for x in poisson(r, lock_down[0], lock_down[1], 25):
        E(
            "WEB02",
            x,
            "Error",
            "Examine.Lucene.Providers.LuceneIndex",
            "Error indexing queue items",
            {},
            [UM_LOCK, *UM_LOCK_STACK],
        )
    x = E(
        "WEB01",
        at(8, 15, 40),
        "Information",
        "Umbraco.Cms.Infrastructure.Examine.ExamineIndexRebuilder",
        "Rebuilding index {IndexName}",
        {"IndexName": "ExternalIndex"},
    )
    E(
        "WEB01",
        x + secs(r, 30, 60),
        "Information",
        "Umbraco.Cms.Infrastructure.Examine.ExamineIndexRebuilder",
        "Index {IndexName} rebuilt in {Elapsed}",
        {
            "IndexName": "ExternalIndex",
            "Elapsed": f"00:00:{r.randrange(30, 59)}.{r.randrange(10**6, 10**7)}",
        },
    )
    # the SQL failover
    for srv in ("WEB01", "WEB02"):
        for x in poisson(r, sql_down[0], sql_down[1], 12):
            pick = r.random()
            if pick < 0.3:
                sql_fail(
                    srv,
                    x,
                    "Umbraco.Cms.Infrastructure.HostedServices.ServerRegistration.InstructionProcessTask",
                    "Failed (will repeat).",
                    {},
                )
            elif pick < 0.5:
                sql_fail(
                    srv,
                    x,
                    "Umbraco.Cms.Infrastructure.HostedServices.ServerRegistration.TouchServerTask",
                    "Failed to update server record in database.",
                    {},
                )
            elif pick < 0.8:
                sql_fail(
                    srv,
                    x,
                    "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware",
                    "An unhandled exception has occurred while executing the request.",
                    {},
                    r.choice(UM_PAGES),
                )
            else:
                sql_fail(
                    srv,
                    x,
                    "Umbraco.Cms.Web.Common.Middleware.UnhandledExceptionLoggerMiddleware",
                    "Unhandled controller exception occurred for request '{RequestUrl}'",
                    {
                        "RequestUrl": f"https://www.shop.example/umbraco/backoffice/umbracoapi/content/GetById?id={r.choice(pages)[1]}"
                    },
                    "/umbraco/backoffice/umbracoapi/content/GetById",
                )
        E(
            srv,
            sql_down[0] + secs(r, 20, 90),
            "Error",
            "Umbraco.Cms.Infrastructure.HostedServices.KeepAlive",
            "Keep alive failed (at '{keepAlivePingUrl}').",
            {"keepAlivePingUrl": "https://www.shop.example/api/keepalive/ping"},
            [
                "System.Net.Http.HttpRequestException: Response status code does not indicate success: 500 (Internal Server Error).",
                *frames(
                    "System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
                    "Umbraco.Cms.Infrastructure.HostedServices.KeepAlive.PerformExecuteAsync(Object state)",
                ),
            ],
        )
    x = E(
        "WEB01",
        sql_down[0] + secs(r, 30, 60),
        "Error",
        "Umbraco.Cms.Infrastructure.HostedServices.ScheduledPublishing",
        "Failed.",
        {},
        [UM_SQL, *UM_SQL_STACK],
    )
    # the recycle
    x = shutdown("WEB01", recycle, "environment")
    boot("WEB01", x + secs(r, 3, 6), False)
    return fs.logs(t0)


SYSTEMS = {
    "sharepoint-uls": sharepoint_uls,
    "windows-dhcp": windows_dhcp,
    "windows-firewall": windows_firewall,
    "nlog": nlog,
    "umbraco": umbraco,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
