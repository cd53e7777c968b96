#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 252 (exchange, adfs, configmgr, windowsupdate,
powershell-transcript) into bench/heldout/, the same way and under the same label rules as
generate.py (bench/README.md, "heldout.py"): each program's log is simulated from its format
strings over a seeded run, and every line that starts an event is labelled with the format string
that wrote it as it is written. Distinct calls of one process never share a timestamp at the log's
resolution (round 53's Clock, kept per process and per file). Five Windows-side logs of one
company's infrastructure team on 2024-06-07 (UTC, the servers' time zone): a mail system, the
federation service, client management, patching and the team's scheduled scripts. Windows writes
CRLF, and so do these files; the message tracking logs and the transcripts open with UTF-8's BOM
as the programs write them.

- Exchange Server 2019 CU14 message tracking (`EX01-MSGTRK2024060700-1.LOG`,
  `EX01-MSGTRKMD2024060700-1.LOG`, `EX01-MSGTRKMS2024060700-1.LOG` and EX02's three: the
  Transport service's, Mailbox Transport Delivery's and Mailbox Transport Submission's logs of a
  two-server DAG, each begun at the day's first event after midnight UTC): the directives
  (`#Software: Microsoft Exchange Server`, `#Version: 15.02.1544.004`, `#Log-type: Message
  Tracking Log`, `#Date: ...`, `#Fields: date-time,client-ip,...,schema-version`), then one CSV
  record a line (quoted where a value holds a comma: MDB source contexts, subjects). Mail of 60
  mailboxes in two databases 00:00 to 12:00 (quiet at night, busy from 07:00): Outlook and OWA
  submissions (`STOREDRIVER NOTIFYMAPI`, `STOREDRIVER SUBMIT`, `STOREDRIVER RECEIVE`), mail from
  the internet through the mail gateway (`SMTP RECEIVE` on `EXnn\\Default EXnn`), an
  application server's hourly reports through a relay connector, transport rules and the malware
  agent (`AGENT AGENTINFO`), shadow redundancy (`SMTP HAREDIRECT`, `SMTP HARECEIVE`, `SMTP
  HADISCARD`), distribution lists (`ROUTING EXPAND`), alias resolution (`ROUTING RESOLVE`),
  sends to the delivery service and the internet (`SMTP SEND`), deliveries (`STOREDRIVER
  DELIVER`), NDRs (`DSN DSN`); incidents: a mailbox full 07:40-09:50 (`SMTP FAIL` with `554 5.2.2
  mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException...`), unknown recipients
  (`ROUTING FAIL` with `550 5.1.1 RESOLVER.ADR.RecipNotFound; not found`), the mail gateway down
  08:40-09:05 (outbound mail held, then sent in a burst), a spam run 10:50-11:10 (`AGENT FAIL`
  with `550 5.7.1 Message rejected as spam by Content Filtering.`), EX02 patched 10:05-10:40
  (its database moved to EX01, no shadow copies: `SMTP HAREDIRECTFAIL`).
- AD FS on Windows Server 2019 (`ADFS01-Admin.txt`, `ADFS02-Admin.txt`: `wevtutil qe "AD
  FS/Admin" /f:text`; `ADFS01-Security.txt`, `ADFS02-Security.txt`: `wevtutil qe Security
  /q:"*[System[Provider[@Name='AD FS Auditing']]]" /f:text`, both run from a scheduled batch
  file at 12:00 and redirected by cmd.exe): `Event[N]:` then the indented `Log Name:`, `Source:`,
  `Date: 2024-06-07T06:00:41.237`, `Event ID:`, `Task:`, `Level:`, `Opcode:`, `Keyword:`,
  `User:`, `User Name:`, `Computer:` and `Description: `, the message's lines at column 0
  (AD FS's blanks before each line end kept), a blank line between events. A two-node farm for
  Microsoft 365, ServiceNow, Workday, Salesforce and the intranet, 06:00 to 12:00: the Basic
  audits (1200 `The Federation Service issued a valid token. See XML for details.`, 1202
  `validated a new credential`, 1203 `failed to validate a new credential`, 1201 `failed to
  issue a valid token`, each with its AuditBase XML over ~30 lines); a password spray on the
  WS-Trust usernamemixed endpoint 07:10-07:55 (342 `Token validation failed. See inner exception
  for more details.` with `%Error message:` and the Win32 text, 1203, extranet lockouts 516);
  ServiceNow's SAML signing certificate rotated by the vendor 08:30-09:20 (364 `Encountered error
  during federation passive request.` with MSIS7012 / MSIS0038), contractors refused by Workday's
  issuance authorization 09:40-10:10 (364 with MSIS5007, 1201), bookmarks of the disabled
  IdP-initiated page (MSIS7065), a looping browser (MSIS7042), a test application's unknown
  identifier (MSIS7007); ADFS02 rebooted for patching 10:30-10:36 (100 `The Federation Service
  started successfully.`, 570 `Active Directory trust enumeration ...`, 385 certificates
  expiring).
- Configuration Manager 2309 clients (`PC0142-AppDiscovery.log`, `-AppIntentEval.log`,
  `-AppEnforce.log` and the same for PC0287, PC0311, PC0455 and the laptop LT0519: CMTrace's
  `<![LOG[message]LOG]!><time="06:02:11.417+000" date="06-07-2024" component="AppEnforce"
  context="" type="1" thread="5124" file="appprovider.cpp:1767">`, a message of several lines
  over several file lines): the application deployment evaluation of twelve deployed
  applications (AppIntentEval's `ScopeId_.../DeploymentType_.../N :- Current State = ...,
  Applicability = ..., ResolvedState = ..., ConfigureState = ..., Title = ...`, AppDiscovery's
  `Entering ExecQueryAsync for query ...`, `Performing detection of app deployment type ...`,
  `+++ Detected app deployment type ...` / `+++ Did not detect app deployment type ...`), the
  installs the day's deadlines start (Chrome at 08:00, Zoom at 10:00 with PSADT returning 3010,
  Citrix Workspace failing with 1603 on LT0519 and retried, 1618 while another install runs),
  VLC installed by two users from Software Center (user context), AppEnforce's sequence (`+++
  Starting Install enforcement for App DT ...`, the nine-line `App enforcement environment:`,
  `Prepared working directory: %s`, `Executing Command line: %s with user context`, `Waiting for
  process %d to finish.  Timeout = %d minutes.`, `Process %d terminated with exitcode: %d`,
  `Matched exit code %d to a %s entry in exit codes table.`, `Unmatched exit code (%d) is
  considered an execution failure.`, `++++++ App enforcement completed (%d seconds) for App DT
  ...`).
- WindowsUpdate.log of five WSUS clients (`APP01-WindowsUpdate.log`, `FS01-WindowsUpdate.log`,
  `SQL01-WindowsUpdate.log`, `APP02-...`, `DC01-...`: `Get-WindowsUpdateLog`'s decoding of the ETW traces,
  `2024/06/07 06:00:01.1234567 1172  5436  Agent           message`: date, time to 100 ns, pid and
  tid padded to five, the component padded to sixteen): wuauserv's demand starts (`===========
  Logging initialized (build: %s, tz: %s)  ===========`, the `*************` / `** START **
  Service: Service startup` / `*********` banner, the agent's settings) and idle exits (`** END
  **  Service: Service exit [Exit code = 0x240001]`), scans from the Update Orchestrator and
  Configuration Manager's agent (`* START * Finding updates CallerId = %s  Id = %d (cV = %s)` ...
  `* END * Finding updates CallerId = %s, Id = %d, Exit code = 0x%08X (cV = %s)`), Defender's
  security intelligence updates downloaded and installed three times, the WSUS application pool
  stopped 09:00-09:35 (`WS error: The server returned HTTP status code '503 (0x1F7)' with text
  'Service Unavailable'.`, `Web service call failed with hr = 80244022.`), WSUS's server down
  for its reboot 11:20-11:30 (`WS error: There was an error communicating with the endpoint at
  '%s'.`).
- Windows PowerShell 5.1 transcripts on the team's script server OPS01
  (`Sync-HRUsers_20240607.log`, `Test-ServiceHealth_20240607.log`,
  `Get-MailboxQuotaReport_20240607.log`, `Backup-GPOs_20240607.log`: each script's
  `Start-Transcript -Append` into a daily file): the prologue (`**********************`, `Windows
  PowerShell transcript start`, `Start time: 20240607060002`, `Username:`, `RunAs User:`,
  `Configuration Name:`, `Machine: OPS01 (...)`, `Host Application:`, `Process ID:`, the
  PSVersionTable lines, `**********************`), `Transcript started, output file is %s`, the
  script's output and the epilogue (`Windows PowerShell transcript end`, `End time: ...`).
  Sync-HRUsers every 10 minutes with its own `Write-Log` (`2024-06-07 06:00:07 [INFO] Loaded 1841
  rows from ...`) and `-Verbose` on the AD cmdlets (ShouldProcess's `VERBOSE: Performing the
  operation "Set" on target "%s".`, and `"New"`, `"Move"`): attribute updates, new hires,
  leavers, managers not found, two protected accounts it may not write
  (`PS>TerminatingError(Set-ADUser): "Insufficient access rights to perform the operation"` for
  each caught error), the HR export late 07:00-07:30, DC01 rebooted 09:00-09:25 (`Unable to
  contact the server. ...`, the run aborted after three); the health check every 10 minutes (a
  line per server, `Service %s on %s is %s` while DC01, EX02 and WSUS's pool are down,
  Test-Connection's error record while DC01 and FS01 reboot); the hourly quota report without
  timestamps (Import-PSSession's unapproved-verbs `WARNING:`, `WARNING: %s is at %d%% of its
  quota (%s of %s)`, at 10:15 EX02 in maintenance: `New-PSSession : [ex02...] Connecting to
  remote server ... failed ...` with its `At`, `+` and `CategoryInfo` lines, then
  `Get-MailboxStatistics : The term 'Get-MailboxStatistics' is not recognized ...`); the daily
  GPO backup at 06:30.

Label notes. The heads are context: the tracking record's columns are labelled as round 54's W3C
records, by the fields that say what happened (`source` and `event-id`, and for a FAIL the
recipient status's format), everything else a value; each directive is a statement (`#Date:
%s`). wevtutil's `Event[N]:` and property lines are context: a record is one event from its
`Event[N]:` line, labelled by its description's template (insertion strings `%s`, AD FS's
trailing blanks kept, the XML of an audit a value, an exception's text its own format and its
stack a value). CMTrace's tail (time, date, component, context, type, thread, file) is context;
a message of several lines is one event. WindowsUpdate.log's date, time, pid, tid and component
are context. A transcript's prologue and epilogue are one write each (labelled on their first
`**********************` line), every output line is a write of its own, Write-Log's time and
level are context, Write-Warning's `WARNING: ` and Write-Verbose's `VERBOSE: ` are the host's
prefixes (context) and an error record is one event of six lines labelled by its message's
format (the `Cmdlet : ` before it is the error view's, context).

Checked against copies of public sources: the tracking log's directives, field list and record
shapes (NOTIFYMAPI, RECEIVE, AGENTINFO samples in parsers' tests and a log-format notebook), the
BOM; AppEnforce's start, detection, discovery, `App enforcement environment:`, `Prepared working
directory`, `Found executable file`, `Executing Command line: ... with user context`, `Process %d
terminated with exitcode`, `Looking for exit code`, `Matched exit code ... to a Success entry` and
`App enforcement completed` lines and AppDiscovery's / AppIntentEval's lines (Microsoft's
troubleshooting articles), the CMTrace tail (plaso's parser tests); the Finding updates START and
END format strings (a decompiled wuaueng.dll), the `Online = ...`, `ServiceID = ...`, `Search
Scope = ...` lines (a Microsoft article's log excerpt); the transcript's prologue and epilogue
resources and their fields (PowerShell's source); AD FS's 364 layout (two copies of the event),
MSIS7065's and MSIS0038's texts, the 1200-1203 and 411 event texts. Least sure (written from the
helper's knowledge): the tracking records' source contexts, message-info and custom-data values,
where HAREDIRECTFAIL is logged and the 5.2.2 status text; wevtutil's `Date:` form and the blank
line between events, the AuditBase XML's elements, AD FS 342's `%Error message:` layout, 100's,
570's and 385's texts, MSIS7042's, MSIS7007's and MSIS5007's texts and the exceptions' stack
frames; AppEnforce's `Valid MSI Package path`, `Advertising MSI package`, `Working directory`,
`Post install behavior is`, `Waiting for process`, `Unmatched exit code`, `+++ Application not
discovered after successful enforcement` and the `file=` attributes; most of WindowsUpdate.log's
lines (the start banner, the settings, the Federated Search / Download / Install lines, the
IdleTimer lines, the WebServices errors, `*FAILED* [%s] Sync of Updates`); the transcript's
`PS>TerminatingError(%s): "%s"` line and the scripts' own messages (invented, as any script's
are).
"""

from __future__ import annotations

import random
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

MS = 1_000
SEC = 1_000_000


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


def windows(logs: list[Log], bom: bool = False) -> list[Log]:
    """Windows' line ends (CRLF), and UTF-8's BOM before a file's first line when the program
    writes one."""
    for log in logs:
        log.lines = [(text + "\r", tid) for text, tid in log.lines]
        if bom and log.lines:
            text, tid = log.lines[0]
            log.lines[0] = ("\ufeff" + text, tid)
    return logs


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def iso_z(t: datetime) -> str:
    return f"{t:%Y-%m-%dT%H:%M:%S}.{ms3(t)}Z"


def guid(r: random.Random) -> str:
    return uuid4(r)


FIRST = [
    "Anna",
    "Ben",
    "Carla",
    "David",
    "Elena",
    "Farid",
    "Grace",
    "Hugo",
    "Ines",
    "Jonas",
    "Kira",
    "Liam",
    "Maria",
    "Nils",
    "Olga",
    "Paul",
    "Rosa",
    "Samir",
    "Tara",
    "Umar",
    "Vera",
    "Wim",
    "Yara",
    "Zoe",
    "Aaron",
    "Bianca",
    "Chen",
    "Dana",
    "Emil",
    "Fatima",
]
LAST = [
    "Keller",
    "Novak",
    "Lopez",
    "Schmidt",
    "Brennan",
    "Okafor",
    "Lindqvist",
    "Moreau",
    "Haddad",
    "Petrov",
    "Tanaka",
    "Silva",
    "Fischer",
    "Nguyen",
    "Kowalski",
    "Rossi",
    "Andersen",
    "Yilmaz",
    "Walsh",
    "Becker",
    "Costa",
    "Dubois",
    "Ivanova",
    "Jansen",
    "Kaur",
    "Meyer",
    "Horvat",
    "Santos",
    "Weber",
    "Mendes",
]


def people(r: random.Random, n: int) -> list[tuple[str, str]]:
    """`n` distinct (sam account name, display name) pairs."""
    out: dict[str, str] = {}
    while len(out) < n:
        f, last = r.choice(FIRST), r.choice(LAST)
        sam = (f[0] + last).lower()
        if sam not in out:
            out[sam] = f"{f} {last}"
    return list(out.items())


# --------------------------------------------------------------------------------- exchange

EX_VER = "15.02.1544.004"
EX_DOM = "corp.example.com"
EX_FIELDS = "date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version"
EX_COLS = EX_FIELDS.split(",")
EX_IP = {"EX01": "10.0.0.21", "EX02": "10.0.0.22"}
EX_GW = ("10.0.0.50", f"gw01.{EX_DOM}")
EX_APP = ("10.0.1.25", f"APP01.{EX_DOM}")
EX_NDR_FROM = f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{EX_DOM}"
EX_MDB = {
    "DB01": "5b2d9c1e-7f4a-4c3e-9a61-2f8e0d4b7c15",
    "DB02": "c81f3a07-2e5d-4b9f-8d46-91a7e2c05b38",
}
EX_RECIPNOTFOUND = "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"
EX_SPAM = "550 5.7.1 Message rejected as spam by Content Filtering."
EX_QUOTA = "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox %s.[EndDiagnosticData]"
EX_SUBJECTS_INT = [
    "RE: Q2 forecast",
    "Weekly status",
    "FW: Invoice 2024-0612",
    "Meeting notes",
    "Lunch?",
    "RE: Onboarding checklist",
    "Updated: Project sync",
    "Draft contract, please review",
    "RE: RE: Server migration plan",
    "Out of office",
    "Travel request",
    "Accepted: Budget review",
    "Holiday schedule, June",
    "RE: Ticket #48213",
]
EX_SUBJECTS_EXT = [
    "Your order has shipped",
    "Invoice INV-88213",
    "RE: Proposal",
    "Webinar reminder",
    "Password reset request",
    "Delivery notification",
    "RE: Quote for licences",
    "Newsletter June 2024",
    "Your monthly statement",
    "Meeting follow-up",
]
EX_SPAM_SUBJECTS = [
    "You have won!",
    "Urgent: payment pending",
    "Limited offer - 90% off",
    "Re: your account",
]
EX_EXT_SENDERS = [
    "orders@shop.example.net",
    "billing@vendor.example.org",
    "m.jensen@partner.example.com",
    "noreply@webinar.example.net",
    "support@saas.example.io",
    "k.olsen@lawfirm.example.net",
    "news@industry.example.org",
    "ap@supplier.example.com",
]
EX_EXT_RCPTS = [
    "m.jensen@partner.example.com",
    "sales@supplier.example.com",
    "k.olsen@lawfirm.example.net",
    "team@agency.example.net",
    "jobs@recruit.example.org",
    "info@customer.example.com",
]


def ex_field(v: str) -> str:
    """A CSV value as the tracking log writes it: quoted when it holds a comma or a quote."""
    if any(c in v for c in ',"'):
        return '"' + v.replace('"', '""') + '"'
    return v


def exchange(r: random.Random) -> list[Log]:
    """Two mailbox servers' tracking logs, 00:00 to 12:00 (see the module docstring)."""
    fs = Files()
    iid = {"EX01": 28458953785345, "EX02": 30279949606913}
    sess = {"EX01": 0x08DC86A1B2C3D000, "EX02": 0x08DC86A1B7F14000}
    mbx_evt = {"DB01": 251188410, "DB02": 187340112}

    users = people(r, 60)
    db = {sam: ("DB01" if i % 2 == 0 else "DB02") for i, (sam, _) in enumerate(users)}
    mbx_guid = {sam: guid(r) for sam, _ in users}
    addr = {sam: f"{sam}@{EX_DOM}" for sam, _ in users}
    sams = [s for s, _ in users]
    weights = [r.paretovariate(1.3) for _ in sams]
    full_user = sams[5]
    full_span = (at(7, 40), at(9, 50))
    dls = {
        f"all-sales@{EX_DOM}": r.sample(sams, 9),
        f"it-team@{EX_DOM}": r.sample(sams, 6),
        f"finance@{EX_DOM}": r.sample(sams, 5),
        f"reports@{EX_DOM}": r.sample(sams, 4),
    }
    names = dict(users)
    aliases = {f"{names[sam].lower().replace(' ', '.')}@{EX_DOM}": sam for sam in r.sample(sams, 6)}
    gone = [f"tnguyen@{EX_DOM}", f"jpetrov@{EX_DOM}", f"info-old@{EX_DOM}"]
    gw_down = (at(8, 40), at(9, 5, 12))
    ex02_maint = (at(10, 5), at(10, 40))
    spam_run = (at(10, 50), at(11, 10))

    def fname(s: str, kind: str) -> str:
        return f"{s}-MSGTRK{kind}2024060700-1.LOG"

    def rec(s: str, kind: str, t: datetime, label: str, vals: dict[str, str]) -> datetime:
        f = fname(s, kind)
        proc = (s, kind)
        vals = dict(vals)

        def text(x: datetime) -> list[str]:
            vals["date-time"] = iso_z(x)
            vals.setdefault("schema-version", EX_VER)
            return [",".join(ex_field(vals.get(c, "")) for c in EX_COLS)]

        return fs.add(f, t, label, text, proc, MS)

    def home(sam: str, t: datetime) -> str:
        d = db[sam]
        if d == "DB02" and not in_any(t, [ex02_maint]):
            return "EX02"
        return "EX01"

    def other(s: str) -> str:
        return "EX02" if s == "EX01" else "EX01"

    def up(s: str, t: datetime) -> bool:
        return not (s == "EX02" and in_any(t, [ex02_maint]))

    def next_iid(s: str) -> str:
        iid[s] += r.randint(1, 40)
        return str(iid[s])

    def session(s: str, t: datetime) -> str:
        sess[s] += r.randint(1, 9)
        return f"{sess[s]:016X};{iso_z(t - sec(r.uniform(0.05, 0.4)))};0"

    def msg_info(t: datetime, s: str) -> str:
        sub = r.uniform(0.02, 0.4)
        return f"{iso_z(t - sec(sub + 0.3))};SRV={s}.{EX_DOM}:TOTAL-SUB={sub:.3f}|SA={sub * 0.6:.3f}|MTSS-PEN=0.000;SRV={s}.{EX_DOM}:TOTAL-HUB={r.uniform(0.05, 0.9):.3f}|SMR={r.uniform(0.01, 0.2):.3f}|CAT={r.uniform(0.01, 0.1):.3f}|QUE={r.uniform(0.0, 0.05):.3f}"

    def base(m: dict[str, str]) -> dict[str, str]:
        return {
            "message-id": m["mid"],
            "network-message-id": m["nmid"],
            "total-bytes": m["size"],
            "message-subject": m["subject"],
            "sender-address": m["from"],
            "return-path": m["from"],
            "directionality": m["dir"],
            "transport-traffic-type": "Email",
            "log-id": m["nmid"],
        }

    def deliver(
        m: dict[str, str], t: datetime, s: str, rcpts: list[str], msgs: list[str]
    ) -> datetime:
        """The transport on `s` sends `rcpts` (internal) to their servers' delivery services."""
        by: dict[str, list[str]] = {}
        for a in rcpts:
            by.setdefault(home(a.split("@")[0], t), []).append(a)
        for h, group in sorted(by.items()):
            ok = [a for a in group if not (a.split("@")[0] == full_user and in_any(t, [full_span]))]
            for a in group:
                if a not in ok:
                    t = rec(
                        s,
                        "",
                        t + sec(r.uniform(0.05, 0.3)),
                        "SMTP FAIL " + EX_QUOTA,
                        {
                            **base(m),
                            "server-ip": EX_IP[h],
                            "server-hostname": h,
                            "source-context": f"{session(s, t)}",
                            "connector-id": "Intra-Organization SMTP Send Connector",
                            "source": "SMTP",
                            "event-id": "FAIL",
                            "internal-message-id": m["iid"],
                            "recipient-address": a,
                            "recipient-status": EX_QUOTA.replace(
                                "%s",
                                f"/o=Corp/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn={hexid(r, 32)}-{a.split('@')[0]}",
                            ),
                            "recipient-count": "1",
                            "message-info": msg_info(t, s),
                            "custom-data": "S:DeliveryPriority=Normal;S:AccountForest=" + EX_DOM,
                        },
                    )
                    msgs.append(a)
            if not ok:
                continue
            t = rec(
                s,
                "",
                t + sec(r.uniform(0.05, 0.6)),
                "SMTP SEND",
                {
                    **base(m),
                    "client-ip": EX_IP[s],
                    "client-hostname": s,
                    "server-ip": EX_IP[h],
                    "server-hostname": f"{h}.{EX_DOM}",
                    "source-context": f"{sess[s] + 1:016X};250 2.0.0 OK;ClientSubmitTime:{iso_z(t - sec(1.2))}",
                    "connector-id": "Intra-Organization SMTP Send Connector",
                    "source": "SMTP",
                    "event-id": "SEND",
                    "internal-message-id": m["iid"],
                    "recipient-address": ";".join(ok),
                    "recipient-status": ";".join("250 2.1.5 Recipient OK" for _ in ok),
                    "recipient-count": str(len(ok)),
                    "message-info": msg_info(t, s),
                    "original-client-ip": m.get("oip", ""),
                    "original-server-ip": EX_IP[s],
                    "custom-data": "S:E2ELatency="
                    + f"{r.uniform(0.2, 3.5):.3f}"
                    + ";S:ExternalSendLatency=;S:ToEntity=Hosted;S:FromEntity="
                    + ("Hosted" if m["dir"] == "Originating" else "Internet")
                    + ";S:MsgRecipCount="
                    + str(len(ok)),
                },
            )
            for a in ok:
                sam = a.split("@")[0]
                d = db[sam]
                t = rec(
                    h,
                    "MD",
                    t + sec(r.uniform(0.08, 0.9)),
                    "STOREDRIVER DELIVER",
                    {
                        **base(m),
                        "client-ip": EX_IP[s],
                        "client-hostname": f"{s}.{EX_DOM}",
                        "server-hostname": h,
                        "source-context": f"{sess[s] + 1:016X};{iso_z(t)};ClientSubmitTime:{iso_z(t - sec(1.6))}",
                        "source": "STOREDRIVER",
                        "event-id": "DELIVER",
                        "internal-message-id": m["iid"],
                        "recipient-address": a,
                        "recipient-count": "1",
                        "message-info": f"{iso_z(t - sec(1.6))};SRV={h}.{EX_DOM}:TOTAL-DEL={r.uniform(0.05, 0.6):.3f}|DAL={r.uniform(0.01, 0.1):.3f}|RSCR={r.uniform(0.0, 0.05):.3f}|MDBAGW={r.uniform(0.0, 0.02):.3f}",
                        "custom-data": f"S:Mailboxes={mbx_guid[sam]};S:MailboxDatabaseGuid={EX_MDB[d]};S:DeliveryLatency={r.uniform(0.2, 4):.3f};S:AccountForest={EX_DOM}",
                    },
                )
        return t

    def ndr(m: dict[str, str], t: datetime, s: str, failed: list[str]) -> datetime:
        """The DSN for `failed`, and its delivery (an internal sender) or send (an external one)."""
        n = {
            "mid": f"<{hexid(r, 32)}@{s}.{EX_DOM}>",
            "nmid": guid(r),
            "size": str(int(m["size"]) + r.randint(4000, 9000)),
            "subject": "Undeliverable: " + m["subject"],
            "from": "",
            "dir": "Originating",
            "iid": next_iid(s),
        }
        t = rec(
            s,
            "",
            t + sec(r.uniform(0.05, 0.4)),
            "DSN DSN",
            {
                **base(n),
                "server-ip": EX_IP[s],
                "server-hostname": s,
                "source": "DSN",
                "event-id": "DSN",
                "internal-message-id": n["iid"],
                "recipient-address": m["from"],
                "recipient-count": "1",
                "related-recipient-address": ";".join(failed),
                "reference": m["mid"],
                "sender-address": EX_NDR_FROM,
                "return-path": "<>",
                "custom-data": "S:DeliveryPriority=Normal;S:AccountForest=" + EX_DOM,
            },
        )
        if m["from"].endswith("@" + EX_DOM):
            return deliver(n, t, s, [m["from"]], [])
        return send_out(n, t, s, [m["from"]])

    def send_out(m: dict[str, str], t: datetime, s: str, rcpts: list[str]) -> datetime:
        if in_any(t, [gw_down]):
            t = gw_down[1] + sec(r.uniform(0, 70))
        qid = alnum_id(r)
        return rec(
            s,
            "",
            t + sec(r.uniform(0.2, 1.5)),
            "SMTP SEND",
            {
                **base(m),
                "client-ip": EX_IP[s],
                "client-hostname": s,
                "server-ip": EX_GW[0],
                "server-hostname": EX_GW[1],
                "source-context": f"{sess[s] + 2:016X};250 2.0.0 Ok: queued as {qid};ClientSubmitTime:{iso_z(t - sec(0.8))}",
                "connector-id": "Outbound to Internet",
                "source": "SMTP",
                "event-id": "SEND",
                "internal-message-id": m["iid"],
                "recipient-address": ";".join(rcpts),
                "recipient-status": ";".join(f"250 2.0.0 Ok: queued as {qid}" for _ in rcpts),
                "recipient-count": str(len(rcpts)),
                "message-info": msg_info(t, s),
                "original-server-ip": EX_IP[s],
                "custom-data": "S:E2ELatency="
                + f"{r.uniform(0.4, 5):.3f}"
                + ";S:ExternalSendLatency="
                + f"{r.uniform(0.05, 0.6):.3f}"
                + ";S:ToEntity=Internet;S:FromEntity=Hosted;S:MsgRecipCount="
                + str(len(rcpts)),
            },
        )

    def shadow(m: dict[str, str], t: datetime, s: str, rcpts: list[str]) -> datetime:
        o = other(s)
        if not up(o, t):
            return rec(
                s,
                "",
                t + sec(r.uniform(0.01, 0.1)),
                "SMTP HAREDIRECTFAIL",
                {
                    **base(m),
                    "server-hostname": s,
                    "source": "SMTP",
                    "event-id": "HAREDIRECTFAIL",
                    "internal-message-id": m["iid"],
                    "recipient-address": ";".join(rcpts),
                    "recipient-count": str(len(rcpts)),
                    "custom-data": "S:DeliveryPriority=Normal;S:AccountForest=" + EX_DOM,
                },
            )
        t = rec(
            s,
            "",
            t + sec(r.uniform(0.01, 0.1)),
            "SMTP HAREDIRECT",
            {
                **base(m),
                "client-ip": EX_IP[s],
                "client-hostname": s,
                "server-ip": EX_IP[o],
                "server-hostname": f"{o}.{EX_DOM}",
                "source-context": f"{sess[s]:016X};{iso_z(t)};0",
                "connector-id": "",
                "source": "SMTP",
                "event-id": "HAREDIRECT",
                "internal-message-id": m["iid"],
                "recipient-address": ";".join(rcpts),
                "recipient-count": str(len(rcpts)),
                "custom-data": "S:DeliveryPriority=Normal;S:AccountForest=" + EX_DOM,
            },
        )
        sh = next_iid(o)
        rec(
            o,
            "",
            t + sec(r.uniform(0.02, 0.15)),
            "SMTP HARECEIVE",
            {
                **base(m),
                "client-ip": EX_IP[s],
                "client-hostname": f"{s}.{EX_DOM}",
                "server-ip": EX_IP[o],
                "server-hostname": o,
                "source-context": session(o, t),
                "connector-id": f"{o}\\Default {o}",
                "source": "SMTP",
                "event-id": "HARECEIVE",
                "internal-message-id": sh,
                "recipient-address": ";".join(rcpts),
                "recipient-count": str(len(rcpts)),
                "custom-data": "S:DeliveryPriority=Normal;S:AccountForest=" + EX_DOM,
            },
        )
        m["shadow"] = sh
        return t

    def discard(m: dict[str, str], t: datetime, s: str, rcpts: list[str]) -> None:
        if "shadow" not in m:
            return
        o = other(s)
        rec(
            o,
            "",
            t + sec(r.uniform(8, 75)),
            "SMTP HADISCARD",
            {
                **base(m),
                "server-hostname": o,
                "source": "SMTP",
                "event-id": "HADISCARD",
                "internal-message-id": m["shadow"],
                "recipient-address": ";".join(rcpts),
                "recipient-count": str(len(rcpts)),
                "custom-data": "S:DeliveryPriority=Normal;S:AccountForest=" + EX_DOM,
            },
        )

    def agentinfo(m: dict[str, str], t: datetime, s: str, rcpts: list[str], agent: str) -> datetime:
        if agent == "Transport Rule Agent":
            cd = f"S:TRA=ETR|ruleId={EX_RULE}|st={iso_z(t - sec(3600 * 24 * 40))}|action=ApplyHtmlDisclaimer|sev=1|mode=Enforce"
        else:
            cd = f"S:AMA=SUM|action=p|error=|atch={r.randint(0, 3)};S:TRA=ETRP|ETR={r.randint(0, 3)}|TRU={r.randint(0, 2)}"
        return rec(
            s,
            "",
            t + sec(r.uniform(0.02, 0.3)),
            "AGENT AGENTINFO",
            {
                **base(m),
                "client-hostname": s,
                "source-context": agent,
                "source": "AGENT",
                "event-id": "AGENTINFO",
                "internal-message-id": m["iid"],
                "recipient-address": ";".join(rcpts),
                "recipient-count": str(len(rcpts)),
                "custom-data": cd,
            },
        )

    def expand(
        m: dict[str, str], t: datetime, s: str, rcpts: list[str]
    ) -> tuple[datetime, list[str]]:
        out: list[str] = []
        for a in rcpts:
            if a in dls:
                members = [addr[x] for x in dls[a]]
                t = rec(
                    s,
                    "",
                    t + sec(r.uniform(0.01, 0.2)),
                    "ROUTING EXPAND",
                    {
                        **base(m),
                        "server-hostname": s,
                        "source": "ROUTING",
                        "event-id": "EXPAND",
                        "internal-message-id": m["iid"],
                        "recipient-address": ";".join(members),
                        "recipient-count": str(len(members)),
                        "related-recipient-address": a,
                        "custom-data": "S:DeliveryPriority=Normal;S:AccountForest=" + EX_DOM,
                    },
                )
                out += [x for x in members if x not in out]
            elif a in aliases:
                real = addr[aliases[a]]
                t = rec(
                    s,
                    "",
                    t + sec(r.uniform(0.01, 0.2)),
                    "ROUTING RESOLVE",
                    {
                        **base(m),
                        "server-hostname": s,
                        "source": "ROUTING",
                        "event-id": "RESOLVE",
                        "internal-message-id": m["iid"],
                        "recipient-address": real,
                        "recipient-count": "1",
                        "related-recipient-address": a,
                        "custom-data": "S:DeliveryPriority=Normal;S:AccountForest=" + EX_DOM,
                    },
                )
                if real not in out:
                    out.append(real)
            elif a not in out:
                out.append(a)
        return t, out

    def route(m: dict[str, str], t: datetime, s: str, rcpts: list[str]) -> None:
        """Categorise and route a committed message on transport `s`."""
        t, rcpts = expand(m, t, s, rcpts)
        bad = [a for a in rcpts if a in gone]
        for a in bad:
            t = rec(
                s,
                "",
                t + sec(r.uniform(0.01, 0.2)),
                "ROUTING FAIL " + EX_RECIPNOTFOUND,
                {
                    **base(m),
                    "server-hostname": s,
                    "source": "ROUTING",
                    "event-id": "FAIL",
                    "internal-message-id": m["iid"],
                    "recipient-address": a,
                    "recipient-status": EX_RECIPNOTFOUND,
                    "recipient-count": "1",
                    "custom-data": "S:DeliveryPriority=Normal;S:AccountForest=" + EX_DOM,
                },
            )
        good = [a for a in rcpts if a not in bad]
        internal = [a for a in good if a.endswith("@" + EX_DOM)]
        external = [a for a in good if a not in internal]
        failed: list[str] = []
        t0 = t
        if internal:
            t = deliver(m, t, s, internal, failed)
        if external:
            t = send_out(m, t0, s, external)
        if bad or failed:
            ndr(m, t, s, bad + failed)
        discard(m, max(t, t0), s, good)

    def submit(
        t: datetime, sender: str, rcpts: list[str], subject: str, cls: str = "IPM.Note"
    ) -> None:
        s = home(sender, t)
        d = db[sender]
        mbx_evt[d] += r.randint(3, 400)
        client = r.choices(["MOMT", "OWA", "AirSync"], [7, 2, 1])[0]
        created = t - sec(r.uniform(0.1, 0.6))
        ctx = f"MDB:{EX_MDB[d]}, Mailbox:{mbx_guid[sender]}, Event:{mbx_evt[d]}, MessageClass:{cls}, CreationTime:{iso_z(created)}, ClientType:{client}, SubmissionAssistant:MailboxTransportSubmissionEmailAssistant"
        m = {
            "mid": f"<{hexid(r, 32)}@{s}.{EX_DOM}>",
            "nmid": guid(r),
            "size": str(int(r.lognormvariate(10.2, 1.1)) + 3000),
            "subject": subject,
            "from": addr[sender],
            "dir": "Originating",
        }
        t = rec(
            s,
            "MS",
            t,
            "STOREDRIVER NOTIFYMAPI",
            {
                "client-ip": EX_IP[s],
                "client-hostname": s,
                "source-context": ctx,
                "source": "STOREDRIVER",
                "event-id": "NOTIFYMAPI",
                "sender-address": addr[sender],
                "message-info": f"{iso_z(created)};LSRV={s}.{EX_DOM}:TOTAL-SUB={r.uniform(0.05, 0.3):.3f}|SA={r.uniform(0.02, 0.2):.3f}|MTSS-PEN=0.000",
                "custom-data": "S:ItemEntryId=" + "-".join(hexid(r, 2).upper() for _ in range(20)),
                "log-id": EX_MDB[d],
            },
        )
        tr = r.choice(["EX01", "EX02"]) if up("EX02", t) else "EX01"
        m["iid"] = next_iid(tr)
        t = rec(
            s,
            "MS",
            t + sec(r.uniform(0.05, 0.4)),
            "STOREDRIVER SUBMIT",
            {
                **base(m),
                "client-ip": EX_IP[s],
                "client-hostname": s,
                "server-ip": EX_IP[tr],
                "server-hostname": f"{tr}.{EX_DOM}",
                "source-context": ctx + ", ServerMdbConnectionId:" + f"{sess[s]:016X}",
                "source": "STOREDRIVER",
                "event-id": "SUBMIT",
                "recipient-count": str(len(rcpts)),
                "message-info": f"{iso_z(created)};LSRV={s}.{EX_DOM}:TOTAL-SUB={r.uniform(0.05, 0.3):.3f}|SA={r.uniform(0.02, 0.2):.3f}|MTSS-PEN=0.000",
                "custom-data": f"S:MailboxDatabaseGuid={EX_MDB[d]};S:DeliveryPriority=Normal;S:AccountForest={EX_DOM}",
            },
        )
        t = rec(
            tr,
            "",
            t + sec(r.uniform(0.05, 0.5)),
            "STOREDRIVER RECEIVE",
            {
                **base(m),
                "client-ip": EX_IP[s],
                "client-hostname": f"{s}.{EX_DOM}",
                "server-ip": EX_IP[tr],
                "server-hostname": tr,
                "source-context": ctx + ", ServerMdbConnectionId:" + f"{sess[s]:016X}",
                "source": "STOREDRIVER",
                "event-id": "RECEIVE",
                "internal-message-id": m["iid"],
                "recipient-address": ";".join(rcpts),
                "recipient-status": ";".join(r.choice(["To", "To", "Cc"]) for _ in rcpts),
                "recipient-count": str(len(rcpts)),
                "message-info": "04I:",
                "original-client-ip": f"10.20.{r.randint(1, 9)}.{r.randint(10, 250)}",
                "original-server-ip": EX_IP[s],
                "custom-data": f"S:MailboxDatabaseGuid={EX_MDB[d]};S:DeliveryPriority=Normal;S:AccountForest={EX_DOM}",
            },
        )
        if any(not a.endswith("@" + EX_DOM) for a in rcpts):
            t = agentinfo(m, t, tr, rcpts, "Transport Rule Agent")
        elif r.random() < 0.5:
            t = agentinfo(m, t, tr, rcpts, "Malware Agent")
        t = shadow(m, t, tr, rcpts)
        route(m, t, tr, rcpts)

    def inbound(
        t: datetime,
        src: str,
        rcpts: list[str],
        subject: str,
        via: tuple[str, str] = EX_GW,
        conn: str = "Default",
    ) -> None:
        s = r.choice(["EX01", "EX02"]) if up("EX02", t) else "EX01"
        m = {
            "mid": f"<{hexid(r, 24)}.{r.randint(1000, 99999)}@{src.split('@')[1]}>",
            "nmid": guid(r),
            "size": str(int(r.lognormvariate(10.6, 1.0)) + 4000),
            "subject": subject,
            "from": src,
            "dir": "Incoming" if via == EX_GW else "Originating",
            "oip": via[0],
            "iid": next_iid(s),
        }
        if in_any(t, [spam_run]) and via == EX_GW and r.random() < 0.8:
            rec(
                s,
                "",
                t,
                "AGENT FAIL " + EX_SPAM,
                {
                    **base(m),
                    "client-ip": EX_IP[s],
                    "client-hostname": f"{s}.{EX_DOM}",
                    "server-ip": EX_IP[s],
                    "server-hostname": s,
                    "source-context": f"{session(s, t)}",
                    "connector-id": f"{s}\\Default {s}",
                    "source": "AGENT",
                    "event-id": "FAIL",
                    "recipient-address": ";".join(rcpts),
                    "recipient-status": EX_SPAM,
                    "recipient-count": str(len(rcpts)),
                    "original-client-ip": via[0],
                    "original-server-ip": EX_IP[s],
                    "custom-data": f"S:CFA=SUM|SID={guid(r)}|SCL=9|SCORE=-|RULE=cn|FIN=0|RCPTS={len(rcpts)}",
                },
            )
            return
        t = rec(
            s,
            "",
            t,
            "SMTP RECEIVE",
            {
                **base(m),
                "client-ip": via[0] if conn != "Default" else EX_IP[s],
                "client-hostname": via[1] if conn != "Default" else f"{s}.{EX_DOM}",
                "server-ip": EX_IP[s],
                "server-hostname": s,
                "source-context": session(s, t),
                "connector-id": f"{s}\\{conn} {s}" if conn == "Default" else f"{s}\\{conn}",
                "source": "SMTP",
                "event-id": "RECEIVE",
                "internal-message-id": m["iid"],
                "recipient-address": ";".join(rcpts),
                "recipient-count": str(len(rcpts)),
                "message-info": "08B:",
                "original-client-ip": via[0],
                "original-server-ip": EX_IP[s],
                "custom-data": "S:ProxiedClientIPAddress="
                + via[0]
                + ";S:ProxiedClientHostname="
                + via[1]
                + ";S:DeliveryPriority=Normal;S:AccountForest="
                + EX_DOM,
            },
        )
        t = agentinfo(m, t, s, rcpts, "Malware Agent")
        t = shadow(m, t, s, rcpts)
        route(m, t, s, rcpts)

    # Internal mail: ~140 messages, quiet at night, busy from 07:00.
    day0 = at(0, 0)
    t = day0 + sec(r.uniform(60, 400))
    end = T_END
    while t < end:
        h = t.hour
        rate = 2400 if h < 6 else (900 if h < 7 else 180)
        t += sec(r.expovariate(1 / rate))
        if t >= end:
            break
        if h < 6:
            continue
        sender = r.choices(sams, weights)[0]
        n = r.choices([1, 1, 1, 2, 3, 4], k=1)[0]
        rc: list[str] = []
        for _ in range(n):
            p = r.random()
            if p < 0.1:
                a = r.choice(list(dls))
            elif p < 0.16:
                a = r.choice(list(aliases))
            elif p < 0.19:
                a = r.choice(gone)
            elif p < 0.33:
                a = r.choice(EX_EXT_RCPTS)
            else:
                a = addr[r.choices(sams, weights)[0]]
            if a != addr[sender] and a not in rc:
                rc.append(a)
        if not rc:
            continue
        submit(t, sender, rc, r.choice(EX_SUBJECTS_INT))

    # Quota warnings to the mailbox about to fill (a system message from its own mailbox).
    for tw in [at(6, 58, 12), at(7, 31, 40)]:
        submit(
            tw,
            full_user,
            [addr[full_user]],
            "Your mailbox is almost full.",
            "IPM.Note.StorageQuotaWarning.Warning",
        )

    # Inbound from the internet: ~120 messages, and a spam run.
    t = day0 + sec(r.uniform(100, 900))
    while t < end:
        h = t.hour
        rate = 1500 if h < 6 else (700 if h < 7 else 200)
        if in_any(t, [spam_run]):
            rate = 18
        t += sec(r.expovariate(1 / rate))
        if t >= end:
            break
        src = r.choice(EX_EXT_SENDERS)
        if in_any(t, [spam_run]):
            src = f"{alnum_id(r).lower()}@{r.choice(['promo-mail.example.biz', 'offers.example.top', 'secure-pay.example.click'])}"
            subj = r.choice(EX_SPAM_SUBJECTS)
            rc = [addr[x] for x in r.sample(sams, r.randint(1, 3))]
        else:
            subj = r.choice(EX_SUBJECTS_EXT)
            p = r.random()
            if p < 0.06:
                rc = [r.choice(gone)]
            elif p < 0.14:
                rc = [f"all-sales@{EX_DOM}"]
            elif p < 0.3:
                rc = [addr[full_user]]
            else:
                rc = [addr[r.choices(sams, weights)[0]]]
        inbound(t, src, rc, subj)

    # The application server's hourly reports through its relay connector.
    for h in range(0, 12):
        tr = at(h, 0, r.uniform(2, 9))
        inbound(
            tr,
            f"app01-noreply@{EX_DOM}",
            [f"reports@{EX_DOM}"],
            f"Nightly batch report {h:02d}:00",
            EX_APP,
            "Relay APP01",
        )

    # Each file opens with its directives, dated by its first record (written at the day's
    # first event after midnight).
    for f, recs in list(fs.files.items()):
        h = min(x[0] for x in recs.items) - sec(0.004)
        for lbl, line in [
            ("#Software: Microsoft Exchange Server", "#Software: Microsoft Exchange Server"),
            ("#Version: %s", f"#Version: {EX_VER}"),
            ("#Log-type: Message Tracking Log", "#Log-type: Message Tracking Log"),
            ("#Date: %s", f"#Date: {iso_z(h)}"),
            ("#Fields: %s", f"#Fields: {EX_FIELDS}"),
        ]:
            fs.add(f, h, lbl, lambda x, line=line: [line], ("hdr", f), 1)
    logs = fs.logs(day0)
    return windows(logs, bom=True)


EX_RULE = "6a1f9c2e-4b7d-4e3a-9f10-2c8d5e7b1a46"


def alnum_id(r: random.Random) -> str:
    return "".join(
        r.choice("ABCDEFGHJKLMNPQRSTVWXYZbcdfghjkmnpqrstvwxyz0123456789") for _ in range(11)
    )


# ------------------------------------------------------------------------------------- adfs

AD_DOM = "corp.example.com"
AD_STS = f"sts.{AD_DOM}"
AD_SVC_SID = "S-1-5-21-3623811015-3361044348-30300820-1611"
AD_SVC = "CORP\\gmsa-adfs$"
AD_WAP = ["172.16.36.41", "172.16.36.42"]
# relying party, protocol, endpoint, weight
AD_RPS = [
    ("urn:federation:MicrosoftOnline", "WSFederation", "/adfs/ls/", 14),
    ("https://corp.service-now.com", "SAMLP", "/adfs/ls/", 4),
    ("https://wd3.myworkday.com/corp", "SAMLP", "/adfs/ls/", 3),
    ("https://corp.my.salesforce.com", "SAMLP", "/adfs/ls/", 3),
    ("https://intranet.corp.example.com/", "WSFederation", "/adfs/ls/", 5),
]
AD_UA = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.0.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
    "Microsoft Office/16.0 (Windows NT 10.0; Microsoft Outlook 16.0.17628; Pro)",
]
AD_SPRAY_UA = "python-requests/2.31.0"
AD_364 = "Encountered error during federation passive request. \\n\\nAdditional Data \\n\\nProtocol Name: \\n%s \\n\\nRelying Party: \\n%s \\n\\nException details: \\n"
AD_342 = "Token validation failed. See inner exception for more details. \\n\\nAdditional Data \\n\\nToken Type: \\nhttp://schemas.microsoft.com/ws/2006/05/identitymodel/tokens/UserName \\n%%Error message: \\n%s-%s \\n\\nException details: \\nSystem.IdentityModel.Tokens.SecurityTokenValidationException: %s ---> System.ComponentModel.Win32Exception: %s\\n%s"
AD_FRAMES_SAML = [
    "   at Microsoft.IdentityServer.Protocols.Saml.Contract.SamlContractUtility.CreateSamlMessage(MSISSamlBindingMessage message)",
    "   at Microsoft.IdentityServer.Service.SamlProtocol.SamlProtocolService.ProcessRequest(Message requestMessage)",
    "   --- End of inner exception stack trace ---",
    "   at Microsoft.IdentityServer.Web.Protocols.Saml.SamlProtocolManager.Issue(HttpSamlRequestMessage httpSamlRequestMessage, SecurityTokenElement onBehalfOf, String sessionState, String relayState, String& newSamlSession, String& samlpAuthenticationProvider, Boolean isUrlTranslationNeeded, WrappedHttpListenerContext context, Boolean isKmsiRequested)",
    "   at Microsoft.IdentityServer.Web.Protocols.Saml.SamlProtocolHandler.RequestBearerToken(WrappedHttpListenerContext context, HttpSamlRequestMessage httpSamlRequest, SecurityTokenElement onBehalfOf, String relyingPartyIdentifier, Boolean isKmsiRequested, Boolean isApplicationProxyTokenRequired, String& samlpSessionState, String& samlpAuthenticationProvider)",
    "   at Microsoft.IdentityServer.Web.Protocols.Saml.SamlProtocolHandler.BuildSignInResponseCoreWithSerializedToken(HttpSamlRequestMessage httpSamlRequest, WrappedHttpListenerContext context, String relyingPartyIdentifier, SecurityTokenElement signOnTokenElement, Boolean isKmsiRequested, Boolean isApplicationProxyTokenRequired)",
    "   at Microsoft.IdentityServer.Web.Protocols.Saml.SamlProtocolHandler.Process(ProtocolContext context)",
    "   at Microsoft.IdentityServer.Web.PassiveProtocolListener.ProcessProtocolRequest(ProtocolContext protocolContext, PassiveProtocolHandler protocolHandler)",
    "   at Microsoft.IdentityServer.Web.PassiveProtocolListener.OnGetContext(WrappedHttpListenerContext context)",
]
AD_FRAMES_LSA = [
    "   at Microsoft.IdentityServer.Service.Tokens.LsaLogonUserHelper.GetLsaLogonUserHandle(SafeHGlobalHandle pLogonInfo, Int32 logonInfoSize, DateTime& nextPasswordChange, DateTime& lastPasswordChange, String authenticationType, String issuerName)",
    "   at Microsoft.IdentityServer.Service.Tokens.LsaLogonUserHelper.GetLsaLogonUser(UserNameSecurityToken token, DateTime& nextPasswordChange, DateTime& lastPasswordChange, String issuerName)",
    "   at Microsoft.IdentityServer.Service.Tokens.MSISWindowsUserNameSecurityTokenHandler.ValidateTokenInternal(SecurityToken token)",
    "   --- End of inner exception stack trace ---",
    "   at Microsoft.IdentityServer.Service.Tokens.MSISWindowsUserNameSecurityTokenHandler.ValidateTokenInternal(SecurityToken token)",
    "   at Microsoft.IdentityServer.Service.Tokens.MSISWindowsUserNameSecurityTokenHandler.ValidateToken(SecurityToken token)",
]


def ad_event(
    log: str,
    source: str,
    eid: int,
    level: str,
    keyword: str,
    user: tuple[str, str],
    computer: str,
    desc: list[str],
) -> object:
    """wevtutil's /f:text rendering of one event, its number filled in when the file is
    written (`Event[#]:`)."""

    def text(x: datetime) -> list[str]:
        return [
            "Event[#]:",
            f"  Log Name: {log}",
            f"  Source: {source}",
            f"  Date: {x:%Y-%m-%dT%H:%M:%S}.{ms3(x)}",
            f"  Event ID: {eid}",
            "  Task: N/A",
            f"  Level: {level}",
            "  Opcode: Info",
            f"  Keyword: {keyword}",
            f"  User: {user[0]}",
            f"  User Name: {user[1]}",
            f"  Computer: {computer}",
            "  Description: ",
            *desc,
            "",
        ]

    return text


def ad_xml(
    kind: str,
    result: str,
    failure: str,
    rp: str,
    user: str,
    proto: str,
    location: str,
    ip: str,
    fwd: str,
    proxy: str,
    ua: str,
    endpoint: str,
    mfa: bool = False,
) -> list[str]:
    """An AD FS 2019 audit's AuditBase XML as the event's second insertion string shows it."""
    head = [
        'XML: <?xml version="1.0" encoding="utf-16"?>',
        f'<AuditBase xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="{kind}Audit">',
        f"  <AuditType>{kind}</AuditType>",
        f"  <AuditResult>{result}</AuditResult>",
        f"  <FailureType>{failure}</FailureType>",
        "  <ErrorCode>N/A</ErrorCode>",
        "  <ContextComponents>",
        '    <Component xsi:type="ResourceAuditComponent">',
        f"      <RelyingParty>{rp}</RelyingParty>",
        "      <ClaimsProvider>AD AUTHORITY</ClaimsProvider>",
        f"      <UserId>{user}</UserId>",
        "    </Component>",
    ]
    authn = [
        '    <Component xsi:type="AuthNAuditComponent">',
        "      <PrimaryAuth>"
        + (
            "urn:federation:authentication:windows"
            if location == "Intranet"
            else "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"
        )
        + "</PrimaryAuth>",
        "      <DeviceAuth>false</DeviceAuth>",
        "      <DeviceId>N/A</DeviceId>",
        f"      <MfaPerformed>{'true' if mfa else 'false'}</MfaPerformed>",
        f"      <MfaMethod>{'AzureMfaAuthentication' if mfa else 'N/A'}</MfaMethod>",
        "      <TokenBindingProvidedId>false</TokenBindingProvidedId>",
        "      <TokenBindingReferredId>false</TokenBindingReferredId>",
        "      <SsoBindingValidationLevel>NotSet</SsoBindingValidationLevel>",
        "    </Component>",
    ]
    req = [
        '    <Component xsi:type="ProtocolAuditComponent">',
        "      <OAuthClientId>N/A</OAuthClientId>",
        "      <OAuthGrant>N/A</OAuthGrant>",
        "    </Component>",
        '    <Component xsi:type="RequestAuditComponent">',
        f"      <Server>http://{AD_STS}/adfs/services/trust</Server>",
        f"      <AuthProtocol>{proto}</AuthProtocol>",
        f"      <NetworkLocation>{location}</NetworkLocation>",
        f"      <IpAddress>{ip}</IpAddress>",
        f"      <ForwardedIpAddress>{fwd}</ForwardedIpAddress>"
        if fwd
        else "      <ForwardedIpAddress />",
        f"      <ProxyIpAddress>{proxy}</ProxyIpAddress>",
        "      <NetworkIpAddress>N/A</NetworkIpAddress>",
        f"      <ProxyServer>{'WAP0' + str(AD_WAP.index(proxy) + 1) if proxy != 'N/A' else 'N/A'}</ProxyServer>",
        f"      <UserAgentString>{ua}</UserAgentString>",
        f"      <Endpoint>{endpoint}</Endpoint>",
        "    </Component>",
        "  </ContextComponents>",
        "</AuditBase>",
    ]
    return head + (authn if kind == "AppToken" else []) + req


def adfs(r: random.Random) -> list[Log]:
    """A two-node AD FS farm's Admin and Security (AD FS Auditing) logs, 06:00 to 12:00 (see
    the module docstring)."""
    fs = Files()
    users = people(r, 90)
    sams = [s for s, _ in users]
    weights = [r.paretovariate(1.6) for _ in sams]
    contractors = r.sample(sams, 4)
    spray_ips = ["185.220.101.47", "45.134.26.88", "193.56.28.103", "91.240.118.29"]
    locked: dict[str, int] = {}
    ad_locked = set(r.sample(sams, 2))
    snow_bad = (at(8, 30), at(9, 20, 30))
    wd_bad = (at(9, 40), at(10, 10))
    spray = (at(7, 10), at(7, 55))
    reboot = (at(10, 30, 5), at(10, 36, 40))
    sso: dict[str, datetime] = {}

    def node(t: datetime) -> str:
        if in_any(t, [reboot]):
            return "ADFS01"
        return r.choice(["ADFS01", "ADFS02"])

    def sec_ev(n: str, t: datetime, eid: int, ok: bool, label: str, desc: list[str]) -> datetime:
        text = ad_event(
            "Security",
            "AD FS Auditing",
            eid,
            "Information",
            "Audit Success,Classic" if ok else "Audit Failure,Classic",
            (AD_SVC_SID, AD_SVC),
            f"{n}.{AD_DOM}",
            desc,
        )
        return fs.add(f"{n}-Security.txt", t, label, text, n, MS)  # type: ignore[arg-type]

    def adm_ev(n: str, t: datetime, eid: int, level: str, label: str, desc: list[str]) -> datetime:
        text = ad_event(
            "AD FS/Admin", "AD FS", eid, level, "AD FS", (AD_SVC_SID, AD_SVC), f"{n}.{AD_DOM}", desc
        )
        return fs.add(f"{n}-Admin.txt", t, label, text, n, MS)  # type: ignore[arg-type]

    def activity() -> str:
        return f"00000000-0000-0000-{hexid(r, 2)}00-0080000000{hexid(r, 2)}"

    def audit(
        n: str,
        t: datetime,
        eid: int,
        rp: str,
        user: str,
        proto: str,
        loc: str,
        ip: str,
        ua: str,
        endpoint: str,
        failure: str = "None",
    ) -> datetime:
        fwd = ip if loc == "Extranet" else ""
        proxy = r.choice(AD_WAP) if loc == "Extranet" else "N/A"
        src = "N/A" if loc == "Extranet" else ip
        if eid == 1200:
            head = "The Federation Service issued a valid token. See XML for details. "
            kind, res = "AppToken", "Success"
        elif eid == 1201:
            head = "The Federation Service failed to issue a valid token. See XML for details. "
            kind, res = "AppToken", "Failure"
        elif eid == 1202:
            head = "The Federation Service validated a new credential. See XML for details. "
            kind, res = "FreshCredential", "Success"
        else:
            head = (
                "The Federation Service failed to validate a new credential. See XML for details. "
            )
            kind, res = "FreshCredential", "Failure"
        desc = [
            head,
            "",
            f"Activity ID: {activity()} ",
            "",
            "Additional Data ",
            *ad_xml(
                kind,
                res,
                failure,
                rp,
                user,
                proto,
                loc,
                src,
                fwd,
                proxy,
                ua,
                endpoint,
                mfa=(loc == "Extranet" and kind == "AppToken" and res == "Success"),
            ),
        ]
        return sec_ev(
            n,
            t,
            eid,
            res == "Success",
            head + "\\n\\nActivity ID: %s \\n\\nAdditional Data \\nXML: %s",
            desc,
        )

    def e364(n: str, t: datetime, proto: str, rp: str, exc: list[str], label_exc: str) -> datetime:
        desc = [
            "Encountered error during federation passive request. ",
            "",
            "Additional Data ",
            "",
            "Protocol Name: ",
            f"{proto} ",
            "",
            "Relying Party: ",
            f"{rp} ",
            "",
            "Exception details: ",
            *exc,
        ]
        return adm_ev(n, t, 364, "Error", AD_364 + label_exc, desc)

    def signin(t: datetime, sam: str = "", rp: str = "") -> None:
        n = node(t)
        sam = sam or r.choices(sams, weights)[0]
        rp, proto, endpoint, _ = (
            next(x for x in AD_RPS if x[0] == rp)
            if rp
            else r.choices(AD_RPS, [w for *_, w in AD_RPS])[0]
        )
        loc = "Intranet" if r.random() < 0.7 else "Extranet"
        ip = (
            f"10.20.{r.randint(1, 9)}.{r.randint(10, 250)}"
            if loc == "Intranet"
            else f"{r.choice(['81', '92', '178', '213', '89'])}.{r.randint(1, 254)}.{r.randint(1, 254)}.{r.randint(1, 254)}"
        )
        ua = r.choice(AD_UA)
        user = f"CORP\\{sam}"
        if rp == "https://corp.service-now.com" and in_any(t, [snow_bad]):
            exc = [
                f"Microsoft.IdentityServer.RequestFailedException: MSIS7012: An error occurred while processing the request. Contact your administrator for details. ---> Microsoft.IdentityModel.Protocols.XmlSignature.SignatureVerificationFailedException: MSIS0038: SAML Message has wrong signature. Issuer: '{rp}'.",
                *AD_FRAMES_SAML,
            ]
            for _ in range(r.choice([1, 2, 2, 3])):
                t = e364(
                    n,
                    t,
                    "Saml",
                    rp,
                    exc,
                    "Microsoft.IdentityServer.RequestFailedException: MSIS7012: An error occurred while processing the request. Contact your administrator for details. ---> Microsoft.IdentityModel.Protocols.XmlSignature.SignatureVerificationFailedException: MSIS0038: SAML Message has wrong signature. Issuer: '%s'.\\n%s",
                )
                t += sec(r.uniform(6, 40))
                n = node(t)
            return
        fresh = (
            sso.get(sam) is None or (t - sso[sam]).total_seconds() > 8 * 3600 or r.random() < 0.25
        )
        if fresh:
            t = audit(n, t, 1202, rp, user, proto, loc, ip, ua, endpoint)
            sso[sam] = t
        if rp == "https://wd3.myworkday.com/corp" and sam in contractors and in_any(t, [wd_bad]):
            t = audit(
                n,
                t + sec(r.uniform(0.05, 0.3)),
                1201,
                rp,
                user,
                proto,
                loc,
                ip,
                ua,
                endpoint,
                "PolicyFailure",
            )
            exc = [
                f"Microsoft.IdentityServer.RequestFailedException: MSIS7012: An error occurred while processing the request. Contact your administrator for details. ---> Microsoft.IdentityServer.Service.IssuancePipeline.CallerAuthorizationException: MSIS5007: The caller authorization failed for caller identity {user} for relying party trust {rp}.",
                "   at Microsoft.IdentityServer.Service.IssuancePipeline.PolicyEngine.EvaluateAuthorizationRules(PolicyEvaluationContext context)",
                "   at Microsoft.IdentityServer.Service.SecurityTokenService.MSISSecurityTokenService.AuthorizeCaller(ClaimsIdentity callerIdentity, String relyingPartyIdentifier)",
                "   --- End of inner exception stack trace ---",
                *AD_FRAMES_SAML[3:],
            ]
            e364(
                n,
                t + sec(r.uniform(0.01, 0.1)),
                "Saml",
                rp,
                exc,
                "Microsoft.IdentityServer.RequestFailedException: MSIS7012: An error occurred while processing the request. Contact your administrator for details. ---> Microsoft.IdentityServer.Service.IssuancePipeline.CallerAuthorizationException: MSIS5007: The caller authorization failed for caller identity %s for relying party trust %s.\\n%s",
            )
            return
        audit(n, t + sec(r.uniform(0.05, 0.6)), 1200, rp, user, proto, loc, ip, ua, endpoint)

    def spray_try(t: datetime) -> None:
        n = node(t)
        sam = r.choice(sams)
        upn = f"{sam}@{AD_DOM}"
        ip = r.choice(spray_ips)
        proxy = r.choice(AD_WAP)
        if locked.get(sam, 0) >= 5:
            audit(
                n,
                t,
                1203,
                "http://" + AD_STS + "/adfs/services/trust",
                upn,
                "WSTrust",
                "Extranet",
                ip,
                AD_SPRAY_UA,
                "/adfs/services/trust/2005/usernamemixed",
                "ExtranetLockoutError",
            )
            return
        if sam in ad_locked:
            err = "The referenced account is currently locked out and may not be logged on to"
        else:
            err = "The user name or password is incorrect"
        exc = [
            f"System.IdentityModel.Tokens.SecurityTokenValidationException: {upn} ---> System.ComponentModel.Win32Exception: {err}",
            *AD_FRAMES_LSA,
        ]
        desc = [
            "Token validation failed. See inner exception for more details. ",
            "",
            "Additional Data ",
            "",
            "Token Type: ",
            "http://schemas.microsoft.com/ws/2006/05/identitymodel/tokens/UserName ",
            "%Error message: ",
            f"{upn}-{err} ",
            "",
            "Exception details: ",
            *exc,
        ]
        t = adm_ev(
            n,
            t,
            342,
            "Error",
            AD_342.replace("%%", "%")
            .replace("%s-%s", "%s-" + err)
            .replace("Win32Exception: %s", "Win32Exception: " + err),
            desc,
        )
        t = audit(
            n,
            t + sec(r.uniform(0.002, 0.02)),
            1203,
            "http://" + AD_STS + "/adfs/services/trust",
            upn,
            "WSTrust",
            "Extranet",
            ip,
            AD_SPRAY_UA,
            "/adfs/services/trust/2005/usernamemixed",
            "CredentialValidationError",
        )
        locked[sam] = locked.get(sam, 0) + 1
        if locked[sam] == 5:
            desc = [
                "The following user account has been locked out due to too many bad password attempts. ",
                "",
                "Additional Data ",
                "",
                f"Activity ID: {activity()} ",
                "",
                "User: ",
                f"{upn} ",
                "",
                "Client IP: ",
                f"{ip},{proxy} ",
                "",
                "Bad Password Count: ",
                "5 ",
                "",
                "Last Bad Password Attempt: ",
                f"{t:%m/%d/%Y} {t:%I:%M:%S %p} ",
            ]
            sec_ev(
                n,
                t + sec(0.003),
                516,
                False,
                "The following user account has been locked out due to too many bad password attempts. \\n\\nAdditional Data \\n\\nActivity ID: %s \\n\\nUser: \\n%s \\n\\nClient IP: \\n%s \\n\\nBad Password Count: \\n%s \\n\\nLast Bad Password Attempt: \\n%s ",
                desc,
            )

    def startup(n: str, t: datetime) -> None:
        t = adm_ev(
            n,
            t,
            100,
            "Information",
            "The Federation Service started successfully. ",
            ["The Federation Service started successfully. "],
        )
        t = adm_ev(
            n,
            t + sec(r.uniform(2, 6)),
            570,
            "Warning",
            "Active Directory trust enumeration was unable to enumerate one or more domains, forests, or both. Authentication requests for the users belonging to these untrusted domains or forests will fail. \\n\\nAdditional Data \\n\\nUntrusted domains: \\n%s ",
            [
                "Active Directory trust enumeration was unable to enumerate one or more domains, forests, or both. Authentication requests for the users belonging to these untrusted domains or forests will fail. ",
                "",
                "Additional Data ",
                "",
                "Untrusted domains: ",
                "LEGACY.corp.example.com ",
            ],
        )
        adm_ev(
            n,
            t + sec(r.uniform(20, 60)),
            385,
            "Warning",
            "AD FS detected that one or more certificates specified in the Federation Service configuration have expired, or will expire soon. \\n\\nAdditional Data \\n\\nCertificate type: \\n%s \\n\\nCertificate thumbprint: \\n%s \\n\\nExpiration date: \\n%s ",
            [
                "AD FS detected that one or more certificates specified in the Federation Service configuration have expired, or will expire soon. ",
                "",
                "Additional Data ",
                "",
                "Certificate type: ",
                "Service-Communications ",
                "",
                "Certificate thumbprint: ",
                "4F2A9C7D1E0B83A65D4C2E1F9A7B6C5D3E2F1A09 ",
                "",
                "Expiration date: ",
                "6/28/2024 11:59:59 PM ",
            ],
        )

    # Sign-ins all morning (a peak at 08:00-09:30), the spray, the oddities.
    t = T0
    while t < T_END:
        h = t.hour + t.minute / 60
        rate = 90 if h < 7 else (26 if h < 9.5 else 36)
        t += sec(r.expovariate(1 / rate))
        if t < T_END:
            signin(t)
    t = spray[0]
    while t < spray[1]:
        t += sec(r.expovariate(1 / 6.0))
        spray_try(t)
    for t in sorted(r.uniform(0, 1800) for _ in range(14)):
        signin(wd_bad[0] + sec(t), r.choice(contractors), "https://wd3.myworkday.com/corp")
    for t in sorted(r.uniform(0, 6 * 3600) for _ in range(29)):
        tt = T0 + sec(t)
        e364(
            node(tt),
            tt,
            "",
            "",
            [
                "Microsoft.IdentityServer.RequestFailedException: MSIS7065: There are no registered protocol handlers on path /adfs/ls/idpinitiatedsignon.aspx to process the incoming request.",
                "   at Microsoft.IdentityServer.Web.PassiveProtocolListener.OnGetContext(WrappedHttpListenerContext context)",
            ],
            "Microsoft.IdentityServer.RequestFailedException: MSIS7065: There are no registered protocol handlers on path %s to process the incoming request.\\n%s",
        )
    loop_t = at(8, 12, 30)
    for _ in range(9):
        loop_t += sec(r.uniform(40, 160))
        nreq, nsec = r.randint(6, 9), r.randint(9, 20)
        e364(
            node(loop_t),
            loop_t,
            "WSFederation",
            "urn:federation:MicrosoftOnline",
            [
                f"Microsoft.IdentityServer.Web.InvalidRequestException: MSIS7042: The same client browser session has made '{nreq}' requests in the last '{nsec}' seconds. Contact your administrator for details.",
                "   at Microsoft.IdentityServer.Web.Protocols.PassiveProtocolHandler.UpdateLoopDetectionCookie(WrappedHttpListenerContext context)",
                "   at Microsoft.IdentityServer.Web.Protocols.WSFederation.WSFederationProtocolHandler.SendSignInResponse(WSFederationContext context, MSISSignInResponse response)",
                "   at Microsoft.IdentityServer.Web.PassiveProtocolListener.ProcessProtocolRequest(ProtocolContext protocolContext, PassiveProtocolHandler protocolHandler)",
                "   at Microsoft.IdentityServer.Web.PassiveProtocolListener.OnGetContext(WrappedHttpListenerContext context)",
            ],
            "Microsoft.IdentityServer.Web.InvalidRequestException: MSIS7042: The same client browser session has made '%s' requests in the last '%s' seconds. Contact your administrator for details.\\n%s",
        )
    for t in sorted(r.uniform(2.5 * 3600, 4.2 * 3600) for _ in range(11)):
        tt = T0 + sec(t)
        rp = r.choice(
            [
                "https://apps-test.corp.example.com/",
                "https://apps-test.corp.example.com/signin-wsfed",
            ]
        )
        e364(
            node(tt),
            tt,
            "WSFederation",
            rp,
            [
                f"Microsoft.IdentityServer.Web.InvalidScopeException: MSIS7007: The requested relying party trust '{rp}' is unspecified or unsupported. If a relying party trust was specified, it is possible that you do not have permission to access the trust relying party. Contact your administrator for details.",
                "   at Microsoft.IdentityServer.Web.Protocols.WSFederation.WSFederationSignInContext.ValidateCore()",
                "   at Microsoft.IdentityServer.Web.Protocols.WSFederation.WSFederationProtocolHandler.GetRequiredPipelineBehaviors(ProtocolContext pContext)",
                "   at Microsoft.IdentityServer.Web.PassiveProtocolListener.GetAuthMethodsFromAuthPolicyRules(PassiveProtocolHandler protocolHandler, ProtocolContext protocolContext)",
                "   at Microsoft.IdentityServer.Web.PassiveProtocolListener.OnGetContext(WrappedHttpListenerContext context)",
            ],
            "Microsoft.IdentityServer.Web.InvalidScopeException: MSIS7007: The requested relying party trust '%s' is unspecified or unsupported. If a relying party trust was specified, it is possible that you do not have permission to access the trust relying party. Contact your administrator for details.\\n%s",
        )
    startup("ADFS02", reboot[1])
    logs = fs.logs(T0)
    for log in logs:
        n = 0
        out = []
        for text, tid in log.lines:
            if text == "Event[#]:":
                text = f"Event[{n}]:"
                n += 1
            out.append((text, tid))
        log.lines = out
    return windows(logs)


# -------------------------------------------------------------------------------- configmgr

# name, kind (msi / exe / psadt / script), command line, deployment (required deadline hour or
# None: available), installed at 06:00 on how many of the five clients, revision, ok exit code
CM_APPS = [
    (
        "Google Chrome 125.0.6422.142",
        "msi",
        'msiexec /i "googlechromestandaloneenterprise64.msi" /qn /norestart',
        8,
        0,
        4,
        0,
    ),
    ("7-Zip 23.01 (x64)", "msi", 'msiexec /i "7z2301-x64.msi" /qn', None, 5, 2, 0),
    ("Notepad++ 8.6.7 (x64)", "exe", '"npp.8.6.7.Installer.x64.exe" /S', None, 3, 1, 0),
    (
        "Adobe Acrobat Reader 24.002.20759",
        "msi",
        'msiexec /i "AcroRead.msi" TRANSFORMS="AcroRead.mst" /qn',
        9,
        2,
        6,
        0,
    ),
    (
        "Microsoft Teams Machine-Wide Installer",
        "msi",
        'msiexec /i "Teams_windows_x64.msi" ALLUSERS=1 /qn',
        None,
        5,
        3,
        0,
    ),
    (
        "Zoom Workplace 6.0.11",
        "psadt",
        '"Deploy-Application.exe" -DeploymentType Install -DeployMode Silent',
        10,
        0,
        2,
        3010,
    ),
    (
        "Cisco Secure Client 5.1.3.62",
        "msi",
        'msiexec /i "cisco-secure-client-win-5.1.3.62-core-vpn-predeploy-k9.msi" /qn /norestart',
        None,
        5,
        1,
        0,
    ),
    (
        "Microsoft 365 Apps for enterprise",
        "exe",
        '"setup.exe" /configure "configuration.xml"',
        None,
        5,
        5,
        0,
    ),
    ("VLC media player 3.0.21", "exe", '"vlc-3.0.21-win64.exe" /L=1033 /S', None, 0, 1, 0),
    (
        "Citrix Workspace 2405",
        "exe",
        '"CitrixWorkspaceApp.exe" /silent /noreboot /AutoUpdateCheck=disabled',
        9,
        3,
        2,
        0,
    ),
    (
        "FortiClient VPN 7.2.4",
        "msi",
        'msiexec /i "FortiClientVPN.msi" /qn REBOOT=ReallySuppress',
        None,
        2,
        3,
        0,
    ),
    (
        "Microsoft Visual C++ 2015-2022 Redistributable (x64)",
        "exe",
        '"VC_redist.x64.exe" /install /quiet /norestart',
        11,
        2,
        4,
        0,
    ),
]
CM_CLIENTS = ["PC0142", "PC0287", "PC0311", "PC0455", "LT0519"]
CM_FILES = {
    "AppEnforce": "appprovider.cpp",
    "AppDiscovery": "appprovider.cpp",
    "AppIntentEval": "appevalprovider.cpp",
}


def cm_line(msg: str, t: datetime, comp: str, typ: int, thread: int, src: str) -> list[str]:
    """CMTrace's record: `<![LOG[message]LOG]!><time=... date=... component=... context=""
    type=... thread=... file=...>`; a message with newlines runs over several lines."""
    tail = f']LOG]!><time="{t:%H:%M:%S}.{ms3(t)}+000" date="{t:%m-%d-%Y}" component="{comp}" context="" type="{typ}" thread="{thread}" file="{src}">'
    parts = msg.split("\n")
    parts[0] = "<![LOG[" + parts[0]
    parts[-1] += tail
    return parts


def configmgr(r: random.Random) -> list[Log]:
    """Five Configuration Manager clients' application logs, 06:00 to 12:00 (see the module
    docstring)."""
    fs = Files()
    scope = "ScopeId_8C4F2A61-3B7E-4D19-A5C2-7E9D1B3F6A08"
    apps = []
    for name, kind, cmd, deadline, inst, rev, okcode in CM_APPS:
        apps.append(
            {
                "name": name,
                "kind": kind,
                "cmd": cmd,
                "deadline": deadline,
                "inst": inst,
                "rev": rev,
                "ok": okcode,
                "dt": f"{scope}/DeploymentType_{guid(r)}",
                "app": f"{scope}/Application_{guid(r)}",
            }
        )
    installed = {
        c: {a["name"] for a in apps if CM_CLIENTS.index(c) < a["inst"]} for c in CM_CLIENTS
    }
    cache = {c: r.randint(10, 60) for c in CM_CLIENTS}
    pids = {c: r.randint(4000, 12000) for c in CM_CLIENTS}
    boot = {c: at(6, 0, r.uniform(40, 900)) for c in CM_CLIENTS}
    boot["LT0519"] = at(7, 46, 12)

    def log(
        c: str, comp: str, t: datetime, typ: int, label: str, msg: str, thread: int, line: int
    ) -> datetime:
        src = f"{CM_FILES[comp]}:{line}"
        return fs.add(
            f"{c}-{comp}.log",
            t,
            label,
            lambda x: cm_line(msg, x, comp, typ, thread, src),
            (c, "ccmexec"),
            MS,
        )

    def state(c: str, a: dict) -> tuple[str, str]:
        if a["name"] in installed[c]:
            return "Installed", "Installed"
        if a["deadline"] is not None:
            return "NotInstalled", "Installed"
        return "NotInstalled", "Available"

    def detect(
        c: str, t: datetime, a: dict, thread: int, who: str = "system"
    ) -> tuple[datetime, bool]:
        found = a["name"] in installed[c]
        t = log(
            c,
            "AppDiscovery",
            t + sec(r.uniform(0.01, 0.1)),
            1,
            'Entering ExecQueryAsync for query "select * from CCM_AppDeliveryType where (AppDeliveryTypeId = "%s" AND Revision = %d)"',
            f'Entering ExecQueryAsync for query "select * from CCM_AppDeliveryType where (AppDeliveryTypeId = "{a["dt"]}" AND Revision = {a["rev"]})"',
            thread,
            1193,
        )
        t = log(
            c,
            "AppDiscovery",
            t + sec(r.uniform(0.01, 0.08)),
            1,
            "    Performing detection of app deployment type %s(%s, revision %d) for %s.",
            f"    Performing detection of app deployment type {a['name']}({a['dt']}, revision {a['rev']}) for {who}.",
            thread,
            2153,
        )
        t += sec(r.uniform(0.02, 0.6) if a["kind"] != "script" else r.uniform(0.5, 2))
        if found:
            t = log(
                c,
                "AppDiscovery",
                t,
                1,
                "+++ Detected app deployment type %s(%s, revision %d) for %s.",
                f"+++ Detected app deployment type {a['name']}({a['dt']}, revision {a['rev']}) for {who}.",
                thread,
                2257,
            )
        else:
            t = log(
                c,
                "AppDiscovery",
                t,
                1,
                "+++ Did not detect app deployment type %s(%s, revision %d) for %s.",
                f"+++ Did not detect app deployment type {a['name']}({a['dt']}, revision {a['rev']}) for {who}.",
                thread,
                2262,
            )
        return t, found

    def evaluate(c: str, t: datetime) -> datetime:
        """An application deployment evaluation cycle over every deployed application."""
        thread = r.choice([3412, 5124, 6880, 7316, 9204])
        for a in apps:
            t, _ = detect(c, t + sec(r.uniform(0.05, 0.4)), a, thread)
            cur, res = state(c, a)
            t = log(
                c,
                "AppIntentEval",
                t + sec(r.uniform(0.01, 0.1)),
                1,
                "%s :- Current State = %s, Applicability = %s, ResolvedState = %s, ConfigureState = %s, Title = %s",
                f"{a['dt']}/{a['rev']} :- Current State = {cur}, Applicability = Applicable, ResolvedState = {res}, ConfigureState = NotNeeded, Title = {a['name']}",
                thread,
                731,
            )
        return t

    def enforce(c: str, t: datetime, a: dict, user: str = "") -> tuple[datetime, str]:
        """One install enforcement; returns its end and outcome (ok, reboot, retry, fail)."""
        thread = r.choice([4484, 5508, 7792, 8836])
        who = "user" if user else "system"
        cache[c] += 1
        path = f"C:\\WINDOWS\\ccmcache\\{cache[c]:x}"
        t = log(
            c,
            "AppDiscovery",
            t,
            1,
            'ActionType - Install,Max execute time = %d minutes for AppDT "%s" [%s], Revision - %d',
            f'ActionType - Install,Max execute time = 120 minutes for AppDT "{a["name"]}" [{a["dt"]}], Revision - {a["rev"]}',
            thread,
            1634,
        )
        t = log(
            c,
            "AppEnforce",
            t + sec(r.uniform(0.2, 1.5)),
            1,
            '+++ Starting Install enforcement for App DT "%s" ApplicationDeliveryType - %s, Revision - %d, ContentPath - %s, Execution Context - %s',
            f'+++ Starting Install enforcement for App DT "{a["name"]}" ApplicationDeliveryType - {a["dt"]}, Revision - {a["rev"]}, ContentPath - {path}, Execution Context - {"User" if user else "System"}',
            thread,
            1767,
        )
        if user:
            t = log(
                c,
                "AppEnforce",
                t + sec(0.01),
                1,
                "    A user is logged on to the system.",
                "    A user is logged on to the system.",
                thread,
                2083,
            )
        t = log(
            c,
            "AppEnforce",
            t + sec(r.uniform(0.02, 0.1)),
            1,
            "    Performing detection of app deployment type %s(%s, revision %d) for %s.",
            f"    Performing detection of app deployment type {a['name']}({a['dt']}, revision {a['rev']}) for {who}.",
            thread,
            2153,
        )
        t = log(
            c,
            "AppEnforce",
            t + sec(r.uniform(0.05, 1.5)),
            1,
            "+++ Application not discovered. [AppDT Id: %s, Revision: %d]",
            f"+++ Application not discovered. [AppDT Id: {a['dt']}, Revision: {a['rev']}]",
            thread,
            2276,
        )
        cmd = a["cmd"]
        env = (
            "    App enforcement environment: \n"
            f"\tContext: {'User' if user else 'Machine'}\n"
            f"\tCommand line: {cmd}\n"
            "\tAllow user interaction: No\n"
            "\tUI mode: 0\n"
            f"\tUser token: {'not null' if user else 'null'}\n"
            f"\tSession Id: {r.choice([1, 2]) if user else 4294967295}\n"
            f"\tContent path: {path}\n"
            "\tWorking directory: "
        )
        t = log(
            c,
            "AppEnforce",
            t + sec(r.uniform(0.01, 0.05)),
            1,
            "    App enforcement environment: \\n\\tContext: %s\\n\\tCommand line: %s\\n\\tAllow user interaction: %s\\n\\tUI mode: %d\\n\\tUser token: %s\\n\\tSession Id: %d\\n\\tContent path: %s\\n\\tWorking directory: %s",
            env,
            thread,
            1172,
        )
        t = log(
            c,
            "AppEnforce",
            t + sec(r.uniform(0.01, 0.05)),
            1,
            "    Prepared working directory: %s",
            f"    Prepared working directory: {path}",
            thread,
            1269,
        )
        if a["kind"] == "msi":
            exe, full = "msiexec", "C:\\WINDOWS\\system32\\msiexec.exe"
            line = '"C:\\WINDOWS\\system32\\msiexec.exe"' + cmd[len("msiexec") :]
        else:
            exe = cmd.split('"')[1]
            full = f"{path}\\{exe}"
            line = f'"{full}"' + cmd.split('"', 2)[2]
        t = log(
            c,
            "AppEnforce",
            t + sec(r.uniform(0.01, 0.05)),
            1,
            "    Found executable file %s with complete path %s",
            f"    Found executable file {exe} with complete path {full}",
            thread,
            1305,
        )
        t = log(
            c,
            "AppEnforce",
            t + sec(r.uniform(0.01, 0.05)),
            1,
            "    Prepared command line: %s",
            f"    Prepared command line: {line}",
            thread,
            1311,
        )
        if a["kind"] == "msi":
            pkg = cmd.split('"')[1]
            t = log(
                c,
                "AppEnforce",
                t + sec(r.uniform(0.01, 0.05)),
                1,
                "    Valid MSI Package path = %s",
                f"    Valid MSI Package path = {path}\\{pkg}",
                thread,
                1395,
            )
            t = log(
                c,
                "AppEnforce",
                t + sec(r.uniform(0.3, 1.5)),
                1,
                "    Advertising MSI package [%s] to the system.",
                f"    Advertising MSI package [{path}\\{pkg}] to the system.",
                thread,
                1432,
            )
        t = log(
            c,
            "AppEnforce",
            t + sec(r.uniform(0.05, 0.4)),
            1,
            "    Executing Command line: %s with user context",
            f"    Executing Command line: {line} with user context",
            thread,
            1436,
        )
        t = log(
            c,
            "AppEnforce",
            t + sec(0.01),
            1,
            "    Working directory %s",
            f"    Working directory {path}",
            thread,
            1437,
        )
        t = log(
            c,
            "AppEnforce",
            t + sec(0.01),
            1,
            "    Post install behavior is %s",
            f"    Post install behavior is {'BasedOnExitCode' if a['kind'] != 'exe' else 'NoAction'}",
            thread,
            1453,
        )
        pids[c] += r.randint(40, 900)
        pid = pids[c]
        t = log(
            c,
            "AppEnforce",
            t + sec(0.01),
            1,
            "    Waiting for process %d to finish.  Timeout = %d minutes.",
            f"    Waiting for process {pid} to finish.  Timeout = 120 minutes.",
            thread,
            2126,
        )
        outcome = "ok"
        code = a["ok"]
        if a["name"].startswith("Citrix") and c == "LT0519":
            code, outcome = 1603, "fail"
        elif r.random() < 0.08 and a["kind"] == "msi":
            code, outcome = 1618, "retry"
        elif code == 3010:
            outcome = "reboot"
        t = log(
            c,
            "AppEnforce",
            t + sec(r.uniform(15, 160)),
            1,
            "    Process %d terminated with exitcode: %d",
            f"    Process {pid} terminated with exitcode: {code}",
            thread,
            2139,
        )
        t = log(
            c,
            "AppEnforce",
            t + sec(0.01),
            1,
            "    Looking for exit code %d in exit codes table...",
            f"    Looking for exit code {code} in exit codes table...",
            thread,
            565,
        )
        if outcome == "fail":
            t = log(
                c,
                "AppEnforce",
                t + sec(0.01),
                3,
                "    Unmatched exit code (%d) is considered an execution failure.",
                f"    Unmatched exit code ({code}) is considered an execution failure.",
                thread,
                649,
            )
        else:
            kind = {"ok": "Success", "reboot": "SoftReboot", "retry": "FastRetry"}[outcome]
            t = log(
                c,
                "AppEnforce",
                t + sec(0.01),
                1,
                "    Matched exit code %d to a %s entry in exit codes table.",
                f"    Matched exit code {code} to a {kind} entry in exit codes table.",
                thread,
                608,
            )
        if outcome in ("ok", "reboot"):
            t = log(
                c,
                "AppEnforce",
                t + sec(r.uniform(0.02, 0.2)),
                1,
                "    Performing detection of app deployment type %s(%s, revision %d) for %s.",
                f"    Performing detection of app deployment type {a['name']}({a['dt']}, revision {a['rev']}) for {who}.",
                thread,
                2153,
            )
            if a["name"].startswith("Notepad") and c == "PC0311":
                t = log(
                    c,
                    "AppEnforce",
                    t + sec(r.uniform(0.05, 0.5)),
                    2,
                    "+++ Application not discovered after successful enforcement [AppDT Id: %s, Revision: %d]",
                    f"+++ Application not discovered after successful enforcement [AppDT Id: {a['dt']}, Revision: {a['rev']}]",
                    thread,
                    2405,
                )
                outcome = "fail"
            else:
                t = log(
                    c,
                    "AppEnforce",
                    t + sec(r.uniform(0.05, 0.5)),
                    1,
                    "+++ Discovered application [AppDT Id: %s, Revision: %d]",
                    f"+++ Discovered application [AppDT Id: {a['dt']}, Revision: {a['rev']}]",
                    thread,
                    2269,
                )
                installed[c].add(a["name"])
        secs = r.randint(20, 190)
        sid = user or ""
        t = log(
            c,
            "AppEnforce",
            t + sec(0.01),
            1,
            '++++++ App enforcement completed (%d seconds) for App DT "%s" [%s], Revision: %d, User SID: %s] ++++++',
            f'++++++ App enforcement completed ({secs} seconds) for App DT "{a["name"]}" [{a["dt"]}], Revision: {a["rev"]}, User SID: {sid}] ++++++',
            thread,
            1954,
        )
        return t, outcome

    by_name = {a["name"]: a for a in apps}
    for c in CM_CLIENTS:
        cycles = sorted(
            {
                boot[c] + sec(r.uniform(150, 420)),
                at(8, 0, r.uniform(5, 300)),
                at(9, 0, r.uniform(5, 300)),
                at(10, 0, r.uniform(5, 300)),
                at(11, 15, r.uniform(0, 1500)),
                at(6, 45, r.uniform(0, 2400)),
            }
        )
        for tc in cycles:
            if tc < boot[c]:
                continue
            tc = evaluate(c, tc)
            for a in apps:
                dl = a["deadline"]
                if dl is None or a["name"] in installed[c] or tc < at(dl, 0):
                    continue
                end, outcome = enforce(c, tc + sec(r.uniform(2, 20)), a)
                if outcome == "retry":
                    end, outcome = enforce(c, end + sec(r.uniform(120, 300)), a)
                tc = end
        # users installing from Software Center
        if c in ("PC0287", "PC0455", "PC0311"):
            tu = at(r.choice([9, 10, 11]), r.randint(0, 50), r.uniform(0, 59))
            name = "VLC media player 3.0.21" if c != "PC0311" else "Notepad++ 8.6.7 (x64)"
            user = f"S-1-5-21-3623811015-3361044348-30300820-{r.randint(2100, 4800)}"
            enforce(c, tu, by_name[name], user)
    return windows(fs.logs(T0))


# ---------------------------------------------------------------------------- windowsupdate

WU_WSUS = "https://wsus01.corp.example.com:8531"
WU_SVC_WSUS = "3DA21691-E39D-4DA6-8A4B-B43877BCB1B7"
# host, build, WSUS target group
WU_HOSTS = [
    ("APP01", "10.0.17763.5830", "Servers-Production"),
    ("FS01", "10.0.20348.2461", "Servers-Pilot"),
    ("SQL01", "10.0.17763.5830", "Servers-Production"),
    ("APP02", "10.0.17763.5830", "Servers-Production"),
    ("DC01", "10.0.20348.2461", "Servers-DomainControllers"),
]
WU_DEFENDER = [
    ("{6A2B1C4D-8E3F-4A5B-9C7D-1E2F3A4B5C6D}", "1.413.42.0"),
    ("{0F8E7D6C-5B4A-4938-8271-6A5B4C3D2E1F}", "1.413.56.0"),
    ("{9C8B7A6D-5E4F-4321-8765-4A3B2C1D0E9F}", "1.413.71.0"),
]
WU_CU = "{B7E4F1A2-3C5D-4E6F-8A9B-0C1D2E3F4A5B}"


def wu_cv(r: random.Random) -> str:
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "".join(r.choice(chars) for _ in range(16))


def windowsupdate(r: random.Random) -> list[Log]:
    """Three WSUS clients' decoded Windows Update traces, 06:00 to 12:00 (see the module
    docstring)."""
    fs = Files()
    pool_down = (at(9, 0, 20), at(9, 35, 10))
    wsus_reboot = (at(11, 20), at(11, 29, 40))
    state: dict[str, dict] = {}

    def line(h: str, t: datetime, comp: str, label: str, msg: str) -> datetime:
        st = state[h]
        pid, tid = st["pid"], st["tid"]

        def text(x: datetime) -> list[str]:
            frac = x.microsecond * 10 + (x.microsecond * 7 + x.second) % 10
            return [f"{x:%Y/%m/%d %H:%M:%S}.{frac:07d} {pid:<5} {tid:<5} {comp:<16}{msg}"]

        return fs.add(f"{h}-WindowsUpdate.log", t, label, text, (h, pid), 1)

    def step(lo: float = 0.0001, hi: float = 0.004) -> object:
        return sec(r.uniform(lo, hi))

    def start(h: str, build: str, group: str, t: datetime) -> datetime:
        state[h] = {
            "pid": r.randrange(900, 6200, 4),
            "tid": r.randrange(1000, 9000, 4),
            "up": True,
            "op": state.get(h, {}).get("op", r.randint(20, 80)),
            "id": state.get(h, {}).get("id", r.randint(5, 40)),
        }
        t = line(
            h,
            t,
            "Misc",
            "===========  Logging initialized (build: %s, tz: %s)  ===========",
            f"===========  Logging initialized (build: {build}, tz: +0000)  ===========",
        )
        t = line(h, t + step(), "Service", "*************", "*************")
        t = line(
            h,
            t + step(),
            "Service",
            "** START **  Service: Service startup",
            "** START **  Service: Service startup",
        )
        t = line(h, t + step(), "Service", "*********", "*********")
        t = line(
            h, t + step(0.01, 0.03), "Agent", "WU client version %s", f"WU client version {build}"
        )
        t = line(
            h,
            t + step(),
            "Agent",
            "Datastore directory: %s",
            "Datastore directory: C:\\Windows\\SoftwareDistribution\\DataStore\\DataStore.edb",
        )
        t = line(
            h,
            t + step(0.02, 0.08),
            "Agent",
            "Initializing global settings cache",
            "Initializing global settings cache",
        )
        t = line(h, t + step(), "Agent", "WSUS server: %s", f"WSUS server: {WU_WSUS}")
        t = line(h, t + step(), "Agent", "Target group: %s", f"Target group: {group}")
        return line(
            h,
            t + step(0.01, 0.05),
            "Agent",
            "Initializing Windows Update Agent",
            "Initializing Windows Update Agent",
        )

    def stop(h: str, t: datetime) -> datetime:
        t = line(h, t, "Service", "*********", "*********")
        t = line(
            h,
            t + step(),
            "Service",
            "** END **  Service: Service exit [Exit code = 0x%X]",
            "** END **  Service: Service exit [Exit code = 0x240001]",
        )
        t = line(h, t + step(), "Service", "*************", "*************")
        state[h]["up"] = False
        return t

    def op(h: str, t: datetime, what: str, started: bool) -> datetime:
        st = state[h]
        if started:
            st["op"] += 1
        verb = "started" if started else "stopped"
        return line(
            h,
            t,
            "IdleTimer",
            "WU operation (%s) %s; operation # %d; does use network: %s; is at background priority: %s".replace(
                "%s) %s", "%s) " + verb
            ),
            f"WU operation ({what}) {verb}; operation # {st['op']}; does use network: yes; is at background priority: {'yes' if 'Defender' in what else 'no'}",
        )

    def scan(
        h: str, build: str, group: str, t: datetime, caller: str, updates: list[str]
    ) -> tuple[datetime, bool]:
        if not state.get(h, {}).get("up"):
            t = start(h, build, group, t)
        st = state[h]
        st["tid"] = r.randrange(1000, 9000, 4)
        cv = wu_cv(r)
        st["id"] += 1
        sid = st["id"]
        t = line(
            h,
            t + step(0.05, 0.3),
            "ComApi",
            "* START *   Federated Search ClientId = %s (cV = %s)",
            f"* START *   Federated Search ClientId = {caller} (cV = {cv}.0.1)",
        )
        t = op(h, t + step(), f"SR.{caller} ID {sid}", True)
        t = line(
            h,
            t + step(0.001, 0.02),
            "Agent",
            "* START * Finding updates CallerId = %s  Id = %d (cV = %s)",
            f"* START * Finding updates CallerId = {caller}  Id = {sid} (cV = {cv}.0.1.0.0)",
        )
        t = line(
            h,
            t + step(),
            "Agent",
            "Online = %s; Interactive = %s; AllowCachedResults = %s; Ignore download priority = %s",
            "Online = Yes; Interactive = No; AllowCachedResults = No; Ignore download priority = No",
        )
        t = line(
            h, t + step(), "Agent", "ServiceID = {%s} %s", f"ServiceID = {{{WU_SVC_WSUS}}} Managed"
        )
        t = line(h, t + step(), "Agent", "Search Scope = {%s}", "Search Scope = {Machine}")
        t = line(
            h,
            t + step(0.005, 0.04),
            "Misc",
            'Got WSUS Client/Server URL: %s""',
            f'Got WSUS Client/Server URL: {WU_WSUS}/ClientWebService/client.asmx""',
        )
        t = line(
            h,
            t + step(0.005, 0.04),
            "ProtocolTalker",
            "OK to reuse existing configuration",
            "OK to reuse existing configuration",
        )
        ok = True
        if in_any(t, [pool_down]):
            t += sec(r.uniform(0.2, 1.5))
            t = line(
                h,
                t,
                "WebServices",
                "WS error: The server returned HTTP status code '%s' with text '%s'.",
                "WS error: The server returned HTTP status code '503 (0x1F7)' with text 'Service Unavailable'.",
            )
            hr = "80244022"
            ok = False
        elif in_any(t, [wsus_reboot]):
            t += sec(r.uniform(20, 42))
            t = line(
                h,
                t,
                "WebServices",
                "WS error: There was an error communicating with the endpoint at '%s'.",
                f"WS error: There was an error communicating with the endpoint at '{WU_WSUS}/ClientWebService/client.asmx'.",
            )
            hr = "80072EE2"
            ok = False
        if not ok:
            t = line(
                h,
                t + step(),
                "WebServices",
                "Web service call failed with hr = %s.",
                f"Web service call failed with hr = {hr.lower()}.",
            )
            t = line(
                h,
                t + step(),
                "ProtocolTalker",
                "*FAILED* [%s] Sync of Updates",
                f"*FAILED* [{hr}] Sync of Updates",
            )
            t = line(
                h,
                t + step(0.001, 0.01),
                "Agent",
                "* END * Finding updates CallerId = %s, Id = %d, Exit code = 0x%08X (cV = %s)",
                f"* END * Finding updates CallerId = {caller}, Id = {sid}, Exit code = 0x{hr} (cV = {cv}.0.1.0.0)",
            )
            t = op(h, t + step(), f"SR.{caller} ID {sid}", False)
            t = line(
                h,
                t + step(0.001, 0.01),
                "ComApi",
                "* END *   Federated Search ClientId = %s (cV = %s)",
                f"* END *   Federated Search ClientId = {caller} (cV = {cv}.0.1)",
            )
            return t, False
        t += sec(r.uniform(0.8, 6.0))
        t = line(
            h,
            t,
            "ProtocolTalker",
            "SyncUpdates round trips: %d",
            f"SyncUpdates round trips: {1 if not updates else 2}",
        )
        t += sec(r.uniform(0.5, 4.0))
        t = line(
            h,
            t,
            "Agent",
            "Found %d updates and %d categories in search; evaluated appl. rules of %d out of %d deployed entities",
            f"Found {len(updates)} updates and {r.randint(78, 96)} categories in search; evaluated appl. rules of {r.randint(1480, 1720)} out of {r.randint(2600, 2900)} deployed entities",
        )
        for u in updates:
            t = line(
                h,
                t + step(),
                "Agent",
                "Added update %s to search result",
                f"Added update {u} to search result",
            )
        t = line(
            h,
            t + step(),
            "Agent",
            "* END * Finding updates CallerId = %s, Id = %d, Exit code = 0x%08X (cV = %s)",
            f"* END * Finding updates CallerId = {caller}, Id = {sid}, Exit code = 0x00000000 (cV = {cv}.0.1.0.0)",
        )
        t = op(h, t + step(), f"SR.{caller} ID {sid}", False)
        t = line(
            h,
            t + step(0.001, 0.01),
            "ComApi",
            "Updates found = %d",
            f"Updates found = {len(updates)}",
        )
        t = line(
            h,
            t + step(),
            "ComApi",
            "* END *   Federated Search ClientId = %s (cV = %s)",
            f"* END *   Federated Search ClientId = {caller} (cV = {cv}.0.1)",
        )
        return t, True

    def install(h: str, t: datetime, caller: str, upd: str) -> datetime:
        cv = wu_cv(r)
        t = line(
            h,
            t + sec(r.uniform(0.5, 3)),
            "ComApi",
            "* START *   Federated Download ClientId = %s (cV = %s)",
            f"* START *   Federated Download ClientId = {caller} (cV = {cv}.0.1)",
        )
        t = op(h, t + step(), f"Download.{caller}", True)
        t += sec(r.uniform(4, 40))
        t = op(h, t, f"Download.{caller}", False)
        t = line(
            h,
            t + step(),
            "ComApi",
            "* END *   Federated Download ClientId = %s (cV = %s)",
            f"* END *   Federated Download ClientId = {caller} (cV = {cv}.0.1)",
        )
        t = line(
            h,
            t + sec(r.uniform(0.5, 2)),
            "ComApi",
            "* START *   Federated Install ClientId = %s (cV = %s)",
            f"* START *   Federated Install ClientId = {caller} (cV = {cv}.0.2)",
        )
        t = op(h, t + step(), f"Install.{caller}", True)
        t += sec(
            r.uniform(20, 90) if "Defender" in caller or upd != WU_CU else r.uniform(600, 1100)
        )
        t = op(h, t, f"Install.{caller}", False)
        return line(
            h,
            t + step(),
            "ComApi",
            "* END *   Federated Install ClientId = %s (cV = %s)",
            f"* END *   Federated Install ClientId = {caller} (cV = {cv}.0.2)",
        )

    for h, build, group in WU_HOSTS:
        events: list[tuple[datetime, str]] = []
        for tt in every(r, T0 + sec(r.uniform(60, 900)), T_END, 3600 * r.uniform(0.9, 1.2), 600):
            events.append((tt, "CcmExec"))
        for tt in every(r, T0 + sec(r.uniform(600, 2400)), T_END, 3600 * r.uniform(1.6, 2.2), 900):
            events.append((tt, "UpdateOrchestrator"))
        for k, tt in enumerate([at(6, 20), at(8, 25), at(10, 25)]):
            events.append((tt + sec(r.uniform(0, 900)), f"Windows Defender|{k}"))
        if h == "FS01":
            events.append((at(10, 2, 30), "CU"))
        for tt in every(r, pool_down[0] + sec(60), pool_down[1], 420, 120):
            events.append((tt, "CcmExec"))
        for tt in every(r, wsus_reboot[0] + sec(30), wsus_reboot[1], 240, 60):
            events.append((tt, "CcmExec"))
        events.sort()
        last = T0
        done_def: set[int] = set()
        cu_done = False
        for tt, what in events:
            if tt < last:
                tt = last + sec(r.uniform(5, 30))
            if state.get(h, {}).get("up") and (tt - last).total_seconds() > 600:
                stop(h, last + sec(600 + r.uniform(0, 5)))
            if what.startswith("Windows Defender"):
                k = int(what.split("|")[1])
                upd = f"{WU_DEFENDER[k][0]}.200"
                t, ok = scan(
                    h,
                    build,
                    group,
                    tt,
                    "Windows Defender (77BDAF73-B396-481F-9042-AD358843EC24)",
                    [upd],
                )
                if ok:
                    t = install(
                        h, t, "Windows Defender (77BDAF73-B396-481F-9042-AD358843EC24)", upd
                    )
                    done_def.add(k)
            elif what == "CU":
                t, ok = scan(h, build, group, tt, "CcmExec", [f"{WU_CU}.201"])
                if ok:
                    t = install(h, t, "CcmExec", WU_CU)
                    t = stop(h, t + sec(r.uniform(40, 120)))
                    cu_done = True
                    t += sec(r.uniform(240, 420))
            else:
                pending = [
                    f"{WU_DEFENDER[k][0]}.200"
                    for k in range(3)
                    if k not in done_def and tt > at(6 + 2 * k, 20)
                ]
                if h == "FS01" and not cu_done and tt > at(9, 55):
                    pending.append(f"{WU_CU}.201")
                t, _ = scan(h, build, group, tt, what, pending[:1])
            last = t
        if state[h]["up"]:
            stop(h, last + sec(600 + r.uniform(0, 5)))
    return windows(fs.logs(T0))


# -------------------------------------------------------------------- powershell-transcript

PS_STAR = "**********************"
PS_VERSIONS = [
    "PSVersion: 5.1.17763.5830",
    "PSEdition: Desktop",
    "PSCompatibleVersions: 1.0, 2.0, 3.0, 4.0, 5.0, 5.1.17763.5830",
    "BuildVersion: 10.0.17763.5830",
    "CLRVersion: 4.0.30319.42000",
    "WSManStackVersion: 3.0",
    "PSRemotingProtocolVersion: 2.3",
    "SerializationVersion: 1.1.0.1",
]
PS_PROLOGUE = "**********************\\nWindows PowerShell transcript start\\nStart time: %s\\nUsername: %s\\nRunAs User: %s\\nConfiguration Name: %s\\nMachine: %s (%s)\\nHost Application: %s\\nProcess ID: %s\\n%s\\n**********************"
PS_EPILOGUE = "**********************\\nWindows PowerShell transcript end\\nEnd time: %s\\n**********************"
PS_ADWS = "Unable to contact the server. This may be because this server does not exist, it is currently down, or it does not have the Active Directory Web Services running."
PS_WINRM = "WinRM cannot complete the operation. Verify that the specified computer name is valid, that the computer is accessible over the network, and that a firewall exception for the WinRM service is enabled and allows access from this computer. By default, the WinRM firewall exception for public profiles limits access to remote computers within the same local subnet. For more information, see the about_Remote_Troubleshooting Help topic."
PS_DEPTS = [
    "Sales",
    "Finance",
    "IT",
    "Operations",
    "Marketing",
    "HR",
    "Legal",
    "Logistics",
    "Customer Service",
]
PS_TITLES = [
    "Account Manager",
    "Senior Account Manager",
    "Accountant",
    "Controller",
    "Systems Engineer",
    "Service Desk Analyst",
    "Team Lead Operations",
    "Marketing Specialist",
    "HR Business Partner",
    "Paralegal",
    "Warehouse Coordinator",
    "Support Agent",
]
PS_OFFICES = ["Berlin", "Munich", "Hamburg", "Vienna", "Zurich"]
PS_GPOS = [
    "Default Domain Policy",
    "Default Domain Controllers Policy",
    "WS - Baseline Security",
    "WS - BitLocker",
    "WS - Edge Settings",
    "WS - Office 365 Apps",
    "WS - Power Management",
    "WS - Windows Update for Business",
    "SRV - Baseline Security",
    "SRV - Remote Desktop",
    "SRV - WinRM",
    "SRV - Windows Firewall",
    "SRV - Audit Policy",
    "USR - Drive Mappings",
    "USR - Folder Redirection",
    "USR - Outlook Profiles",
    "USR - Printers Berlin",
    "USR - Printers Munich",
    "USR - Printers Hamburg",
    "USR - Start Layout",
    "DC - Audit Policy",
    "DC - NTP",
    "DC - LDAP Signing",
    "KIOSK - Lockdown",
    "LAPS - Workstations",
    "LAPS - Servers",
    "WS - Defender Antivirus",
    "WS - AppLocker",
    "SRV - Defender Antivirus",
    "WS - Certificate Autoenrollment",
]


def powershell_transcript(r: random.Random) -> list[Log]:
    """Four scheduled scripts' transcripts on OPS01, 06:00 to 12:00 (see the module
    docstring)."""
    fs = Files()
    users = people(r, 140)
    sams = [s for s, _ in users]
    names = dict(users)
    export_late = (at(7, 0), at(7, 31))
    dc_down = (at(9, 0, 40), at(9, 25, 10))
    maint = (at(10, 5), at(10, 40))
    pid = [r.randint(3000, 9000)]

    def session(f: str, t: datetime, script: str, user: str) -> tuple[datetime, object]:
        """The prologue and `Transcript started`; returns the time and the run's process key."""
        pid[0] += r.randint(60, 2600)
        proc = (f, pid[0])
        p = pid[0]
        host = f"C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -NonInteractive -ExecutionPolicy Bypass -File D:\\Scripts\\{script}.ps1"
        lines = [
            PS_STAR,
            "Windows PowerShell transcript start",
            f"Start time: {t:%Y%m%d%H%M%S}",
            f"Username: CORP\\{user}",
            f"RunAs User: CORP\\{user}",
            "Configuration Name: ",
            "Machine: OPS01 (Microsoft Windows NT 10.0.17763.0)",
            f"Host Application: {host}",
            f"Process ID: {p}",
            *PS_VERSIONS,
            PS_STAR,
        ]
        t = fs.add(f, t, PS_PROLOGUE, lambda x: lines, proc, SEC)
        path = f"D:\\Logs\\{script}\\{f}"
        t = fs.add(
            f,
            t + sec(r.uniform(0.02, 0.2)),
            "Transcript started, output file is %s",
            lambda x: [f"Transcript started, output file is {path}"],
            proc,
            SEC,
        )
        return t, proc

    def end(f: str, t: datetime, proc: object) -> datetime:
        return fs.add(
            f,
            t,
            PS_EPILOGUE,
            lambda x: [
                PS_STAR,
                "Windows PowerShell transcript end",
                f"End time: {x:%Y%m%d%H%M%S}",
                PS_STAR,
            ],
            proc,
            SEC,
        )

    def out(f: str, t: datetime, proc: object, label: str, lines: list[str]) -> datetime:
        return fs.add(f, t, label, lambda x: lines, proc, SEC)

    # ---- Sync-HRUsers: every 15 minutes, its own Write-Log.
    fa = "Sync-HRUsers_20240607.log"

    def wlog(t: datetime, proc: object, level: str, label: str, msg: str) -> datetime:
        return fs.add(fa, t, label, lambda x: [f"{x:%Y-%m-%d %H:%M:%S} [{level}] {msg}"], proc, SEC)

    def errrec(
        f: str,
        t: datetime,
        proc: object,
        cmd: str,
        label: str,
        msg: str,
        script: str,
        line: int,
        col: int,
        src: str,
        cat: str,
        fqid: str,
    ) -> datetime:
        under = " " * (col - 1) + "~" * min(len(src) - col + 1, 60)
        return out(
            f,
            t,
            proc,
            label,
            [
                f"{cmd} : {msg}",
                f"At D:\\Scripts\\{script}.ps1:{line} char:{col}",
                f"+ {src}",
                f"+ {under}",
                f"    + CategoryInfo          : {cat}",
                f"    + FullyQualifiedErrorId : {fqid}",
            ],
        )

    rows = 1843
    protected = sams[1:3]
    for k, t0 in enumerate(every(r, T0 + sec(2), T_END, 600, 4)):
        t, proc = session(fa, t0, "Sync-HRUsers", "svc-hrsync")
        t = wlog(
            t + sec(0.3),
            proc,
            "INFO",
            "Starting HR sync (script version %s)",
            "Starting HR sync (script version 2.3.1)",
        )
        src = f"\\\\hr-sftp01\\exports\\employees_{t:%Y%m%d}_{t.hour:02d}{t.minute // 10 * 10:02d}.csv"
        if in_any(t0, [export_late]):
            for _ in range(3):
                t = wlog(
                    t + sec(0.2),
                    proc,
                    "WARN",
                    "Export %s not found yet, waiting %d s",
                    f"Export {src} not found yet, waiting 60 s",
                )
                t += sec(60)
            t = wlog(
                t,
                proc,
                "ERROR",
                "Export %s not found after %d attempts, giving up",
                f"Export {src} not found after 3 attempts, giving up",
            )
            t = wlog(
                t + sec(0.1),
                proc,
                "INFO",
                "Run finished in %s s: %d updated, %d created, %d disabled, %d warnings, %d errors",
                f"Run finished in {(t - t0).total_seconds():.1f} s: 0 updated, 0 created, 0 disabled, 3 warnings, 1 errors",
            )
            end(fa, t + sec(0.1), proc)
            continue
        rows += r.randint(-2, 3)
        t = wlog(
            t + sec(r.uniform(0.5, 2.5)),
            proc,
            "INFO",
            "Loaded %d rows from %s",
            f"Loaded {rows} rows from {src}",
        )
        dc = "DC02.corp.example.com" if in_any(t, [dc_down]) and k % 2 else "DC01.corp.example.com"
        t += sec(r.uniform(0.2, 1.0))
        busy = 2.5 if 7 <= t.hour < 10 else 1.0
        nupd = max(0, int(r.gauss(8 * busy, 3)))
        nnew = r.choice([0, 0, 0, 1, 1, 2]) if t.hour >= 7 else 0
        nleave = r.choice([0, 0, 0, 1]) if t.hour >= 8 else 0
        t = wlog(
            t + sec(r.uniform(3, 9)),
            proc,
            "INFO",
            "%d changes to apply: %d updates, %d new hires, %d leavers",
            f"{nupd + nnew + nleave} changes to apply: {nupd} updates, {nnew} new hires, {nleave} leavers",
        )
        warns = errs = upd = created = disabled = 0
        consecutive = 0
        aborted = False
        for _ in range(nupd):
            sam = r.choice(protected) if r.random() < 0.04 else r.choice(sams)
            t += sec(r.uniform(0.3, 2.5))
            if dc.startswith("DC01") and in_any(t, [dc_down]):
                t = out(
                    fa,
                    t,
                    proc,
                    f'PS>TerminatingError(%s): "{PS_ADWS}"',
                    [f'PS>TerminatingError(Get-ADUser): "{PS_ADWS}"'],
                )
                t = wlog(
                    t + sec(0.01),
                    proc,
                    "ERROR",
                    f"Failed to update %s: {PS_ADWS}",
                    f"Failed to update {sam}: {PS_ADWS}",
                )
                errs += 1
                consecutive += 1
                if consecutive >= 3:
                    t = wlog(
                        t + sec(0.01),
                        proc,
                        "ERROR",
                        "Aborting after %d consecutive errors",
                        "Aborting after 3 consecutive errors",
                    )
                    aborted = True
                    break
                continue
            consecutive = 0
            if sam in protected:
                t = out(
                    fa,
                    t,
                    proc,
                    'PS>TerminatingError(%s): "Insufficient access rights to perform the operation"',
                    [
                        'PS>TerminatingError(Set-ADUser): "Insufficient access rights to perform the operation"'
                    ],
                )
                t = wlog(
                    t + sec(0.01),
                    proc,
                    "ERROR",
                    "Failed to update %s: Insufficient access rights to perform the operation",
                    f"Failed to update {sam}: Insufficient access rights to perform the operation",
                )
                errs += 1
                continue
            attr = r.choices(
                ["title", "department", "telephoneNumber", "physicalDeliveryOfficeName", "manager"],
                [4, 2, 3, 1, 3],
            )[0]
            if attr == "manager" and r.random() < 0.3:
                mgr = r.choice(["mkraus", "lbauer", "jhoffmann", "svogel"])
                t = wlog(
                    t,
                    proc,
                    "WARN",
                    "Manager %s not found for %s, manager left unchanged",
                    f"Manager {mgr} not found for {sam}, manager left unchanged",
                )
                warns += 1
                continue
            if attr == "title":
                old, new = r.sample(PS_TITLES, 2)
            elif attr == "department":
                old, new = r.sample(PS_DEPTS, 2)
            elif attr == "telephoneNumber":
                old, new = (
                    f"+49 30 {r.randint(1000000, 9999999)}",
                    f"+49 30 {r.randint(1000000, 9999999)}",
                )
            elif attr == "physicalDeliveryOfficeName":
                old, new = r.sample(PS_OFFICES, 2)
            else:
                a, b = r.sample(sams, 2)
                old, new = (
                    f"CN={names[a]},OU=Users,OU=Corp,DC=corp,DC=example,DC=com",
                    f"CN={names[b]},OU=Users,OU=Corp,DC=corp,DC=example,DC=com",
                )
            t = out(
                fa,
                t,
                proc,
                'Performing the operation "Set" on target "%s".',
                [
                    f'VERBOSE: Performing the operation "Set" on target "CN={names[sam]},OU=Users,OU=Corp,DC=corp,DC=example,DC=com".'
                ],
            )
            t = wlog(
                t + sec(r.uniform(0.05, 0.4)),
                proc,
                "INFO",
                "Updated %s: %s '%s' -> '%s'",
                f"Updated {sam}: {attr} '{old}' -> '{new}'",
            )
            upd += 1
        if not aborted:
            for _ in range(nnew):
                sam = (r.choice(FIRST)[0] + r.choice(LAST)).lower() + str(r.randint(1, 9))
                dept = r.choice(PS_DEPTS)
                t = out(
                    fa,
                    t + sec(r.uniform(1, 4)),
                    proc,
                    'Performing the operation "New" on target "%s".',
                    [
                        f'VERBOSE: Performing the operation "New" on target "CN={sam},OU={dept},OU=Users,OU=Corp,DC=corp,DC=example,DC=com".'
                    ],
                )
                t = wlog(
                    t + sec(r.uniform(1, 4)),
                    proc,
                    "INFO",
                    "Created %s (%s) in %s",
                    f"Created {sam} ({dept}) in OU={dept},OU=Users,OU=Corp,DC=corp,DC=example,DC=com",
                )
                created += 1
            for _ in range(nleave):
                sam = r.choice(sams)
                t = out(
                    fa,
                    t + sec(r.uniform(1, 3)),
                    proc,
                    'Performing the operation "Set" on target "%s".',
                    [
                        f'VERBOSE: Performing the operation "Set" on target "CN={names[sam]},OU=Users,OU=Corp,DC=corp,DC=example,DC=com".'
                    ],
                )
                t = out(
                    fa,
                    t + sec(r.uniform(0.1, 0.5)),
                    proc,
                    'Performing the operation "Move" on target "%s".',
                    [
                        f'VERBOSE: Performing the operation "Move" on target "CN={names[sam]},OU=Users,OU=Corp,DC=corp,DC=example,DC=com".'
                    ],
                )
                t = wlog(
                    t + sec(r.uniform(0.1, 0.5)),
                    proc,
                    "INFO",
                    "Disabled %s and moved to %s",
                    f"Disabled {sam} and moved to OU=Leavers,OU=Corp,DC=corp,DC=example,DC=com",
                )
                disabled += 1
        t = wlog(
            t + sec(r.uniform(0.2, 1)),
            proc,
            "INFO",
            "Run finished in %s s: %d updated, %d created, %d disabled, %d warnings, %d errors",
            f"Run finished in {(t - t0).total_seconds():.1f} s: {upd} updated, {created} created, {disabled} disabled, {warns} warnings, {errs} errors",
        )
        end(fa, t + sec(0.1), proc)

    # ---- Get-MailboxQuotaReport: hourly at :15, plain output and Write-Warning.
    fb = "Get-MailboxQuotaReport_20240607.log"
    full = sams[5]
    for h in range(6, 12):
        t0 = at(h, 15, r.uniform(1, 4))
        t, proc = session(fb, t0, "Get-MailboxQuotaReport", "svc-exreport")
        for srv, dbn in (("ex01", "DB01"), ("ex02", "DB02")):
            t = out(
                fb,
                t + sec(r.uniform(0.3, 1)),
                proc,
                "Connecting to %s",
                [f"Connecting to {srv}.corp.example.com"],
            )
            if srv == "ex02" and in_any(t, [maint]):
                t += sec(r.uniform(20, 22))
                t = errrec(
                    fb,
                    t,
                    proc,
                    "New-PSSession",
                    f"[%s] Connecting to remote server %s failed with the following error message : {PS_WINRM}",
                    f"[{srv}.corp.example.com] Connecting to remote server {srv}.corp.example.com failed with the following error message : {PS_WINRM}",
                    "Get-MailboxQuotaReport",
                    21,
                    16,
                    "...   $session = New-PSSession -ConfigurationName Microsoft.Exchange -Con ...",
                    "OpenError: (System.Manageme....RemoteRunspace:RemoteRunspace) [New-PSSession], PSRemotingTransportException",
                    "WinRMOperationTimeout,PSSessionOpenFailed",
                )
                t = errrec(
                    fb,
                    t + sec(0.2),
                    proc,
                    "Get-MailboxStatistics",
                    "The term '%s' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
                    "The term 'Get-MailboxStatistics' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
                    "Get-MailboxQuotaReport",
                    27,
                    13,
                    "...    $stats = Get-MailboxStatistics -Database $db | Where-Object { $_.Tota ...",
                    "ObjectNotFound: (Get-MailboxStatistics:String) [], CommandNotFoundException",
                    "CommandNotFoundException",
                )
                continue
            tmp = f"tmp_{''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(8))}.{''.join(r.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(3))}"
            t = out(
                fb,
                t + sec(r.uniform(4, 9)),
                proc,
                "The names of some imported commands from the module '%s' include unapproved verbs that might make them less discoverable. To find the commands with unapproved verbs, run the Import-Module command again with the Verbose parameter. For a list of approved verbs, type Get-Verb.",
                [
                    f"WARNING: The names of some imported commands from the module '{tmp}' include unapproved verbs that might make them less discoverable. To find the commands with unapproved verbs, run the Import-Module command again with the Verbose parameter. For a list of approved verbs, type Get-Verb."
                ],
            )
            n = r.randint(29, 31)
            t = out(
                fb,
                t + sec(r.uniform(2, 6)),
                proc,
                "Checking %d mailboxes in %s",
                [f"Checking {n} mailboxes in {dbn}"],
            )
            near = r.sample(sams, r.randint(2, 5))
            if dbn == "DB02" and full not in near:
                near.append(full)
            for sam in near:
                pct = r.randint(86, 97) if sam != full else (100 if 7 <= h < 10 else 88)
                quota = 5 if sam != full else 2
                used = quota * pct / 100
                b = int(used * 1024**3)
                t = out(
                    fb,
                    t + sec(r.uniform(0.1, 0.8)),
                    proc,
                    "%s is at %d%% of its quota (%s of %s)",
                    [
                        f"WARNING: {sam}@corp.example.com is at {pct}% of its quota ({used:.2f} GB ({b:,} bytes) of {quota} GB ({quota * 1024**3:,} bytes))"
                    ],
                )
        end(fb, t + sec(0.2), proc)

    # ---- Test-ServiceHealth: every 10 minutes, a line per server.
    fd = "Test-ServiceHealth_20240607.log"
    servers = [
        ("DC01", ["NTDS", "DNS", "Netlogon", "W32Time"]),
        ("DC02", ["NTDS", "DNS", "Netlogon", "W32Time"]),
        ("EX01", ["MSExchangeTransport", "MSExchangeFrontEndTransport", "MSExchangeIS", "W3SVC"]),
        ("EX02", ["MSExchangeTransport", "MSExchangeFrontEndTransport", "MSExchangeIS", "W3SVC"]),
        ("ADFS01", ["adfssrv"]),
        ("ADFS02", ["adfssrv"]),
        ("CM01", ["SMS_EXECUTIVE", "SMS_SITE_COMPONENT_MANAGER", "W3SVC"]),
        ("WSUS01", ["WsusService", "W3SVC"]),
        ("FS01", ["LanmanServer", "DFSR"]),
        ("SQL01", ["MSSQLSERVER", "SQLSERVERAGENT"]),
        ("APP01", ["W3SVC", "BatchRunner"]),
        ("APP02", ["W3SVC", "BatchRunner"]),
    ]
    dc01_down = (at(9, 0, 40), at(9, 6, 30))
    dc01_boot = (at(9, 6, 30), at(9, 25, 10))
    ex02_down = (at(10, 9), at(10, 31))
    fs01_reboot = (at(10, 20, 40), at(10, 26, 10))
    for t0 in every(r, T0 + sec(60), T_END, 600, 6):
        t, proc = session(fd, t0, "Test-ServiceHealth", "svc-monitor")
        nsvc = sum(len(x) for _, x in servers)
        t = out(
            fd,
            t + sec(r.uniform(0.2, 0.6)),
            proc,
            "Checking %d services on %d servers",
            [f"Checking {nsvc} services on {len(servers)} servers"],
        )
        problems = 0
        for host, svcs in servers:
            t += sec(r.uniform(0.3, 1.6))
            if (host == "DC01" and in_any(t, [dc01_down])) or (
                host == "FS01" and in_any(t, [fs01_reboot])
            ):
                t += sec(r.uniform(3, 5))
                t = errrec(
                    fd,
                    t,
                    proc,
                    "Test-Connection",
                    "Testing connection to computer '%s' failed: %s",
                    f"Testing connection to computer '{host}' failed: Error due to lack of resources",
                    "Test-ServiceHealth",
                    18,
                    9,
                    "    if (-not (Test-Connection -ComputerName $server -Count 1 -Quiet:$fals ...",
                    f"ResourceUnavailable: ({host}:String) [Test-Connection], PingException",
                    "TestConnectionException,Microsoft.PowerShell.Commands.TestConnectionCommand",
                )
                problems += len(svcs)
                continue
            stopped = []
            if host == "DC01" and in_any(t, [dc01_boot]):
                stopped = (
                    ["NTDS", "Netlogon"] if t < at(9, 14) else ["Netlogon"][: int(t < at(9, 18))]
                )
            if host == "EX02" and in_any(t, [ex02_down]):
                stopped = ["MSExchangeTransport", "MSExchangeFrontEndTransport", "MSExchangeIS"]
            if host == "WSUS01" and in_any(t, [(at(9, 0, 20), at(9, 35, 10))]):
                stopped = []
                t = out(
                    fd,
                    t,
                    proc,
                    "App pool %s on %s is %s",
                    [f"App pool WsusPool on {host} is Stopped"],
                )
                problems += 1
            for sv in stopped:
                t = out(
                    fd,
                    t + sec(0.05),
                    proc,
                    "Service %s on %s is %s",
                    [f"Service {sv} on {host} is Stopped"],
                )
            problems += len(stopped)
            t = out(
                fd,
                t + sec(0.05),
                proc,
                "%s: %d/%d services running",
                [f"{host}: {len(svcs) - len(stopped)}/{len(svcs)} services running"],
            )
        t = out(
            fd,
            t + sec(r.uniform(0.1, 0.5)),
            proc,
            "Health check finished: %d problem(s)",
            [f"Health check finished: {problems} problem(s)"],
        )
        end(fd, t + sec(0.1), proc)

    # ---- Backup-GPOs: daily at 06:30.
    fc = "Backup-GPOs_20240607.log"
    t, proc = session(fc, at(6, 30, 1), "Backup-GPOs", "svc-gpobackup")
    dest = f"\\\\nas01\\backup\\gpo\\{t:%Y-%m-%d}"
    t = out(
        fc,
        t + sec(0.8),
        proc,
        "Backing up %d GPOs to %s",
        [f"Backing up {len(PS_GPOS)} GPOs to {dest}"],
    )
    for g in PS_GPOS:
        t = out(
            fc,
            t + sec(r.uniform(1.5, 6)),
            proc,
            "Backed up '%s' (%s)",
            [f"Backed up '{g}' ({{{guid(r).upper()}}})"],
        )
    end(fc, t + sec(0.2), proc)
    return windows(fs.logs(T0), bom=True)


SYSTEMS = {
    "exchange": exchange,
    "adfs": adfs,
    "configmgr": configmgr,
    "windowsupdate": windowsupdate,
    "powershell-transcript": powershell_transcript,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
