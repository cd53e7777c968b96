#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 283 (zammad, request-tracker, znuny, chatwoot, freescout)
into bench/heldout/, the same way and under the same label rules as generate.py
(bench/README.md, "heldout.py"): each program's log is simulated from its format strings over a
seeded run, and every line that starts an event is labelled with the format string that wrote it
as it is written. Distinct calls of one process (one thread, for the Ruby loggers that print
it) never share a timestamp at the log's resolution (round 53's Clock, per process and file).
Five help desks of one company's support teams on 2024-06-07. The brief's osTicket is replaced
by Chatwoot, the open-source customer-support desk of the same kind: osTicket writes its system
log (`Mailer Error`, `Mail Fetch Error`, failed logins...) into its `ost_syslog` table, shown in
the admin panel, and no file of its own; what reaches a file is PHP's warnings in the web
server's error log, so an osTicket day could not be written faithfully with 15 formats.

- Zammad 6.3 from the package (`production.log`: /opt/zammad/log/production.log, 08:45 to
  10:00, the part an admin attaches to an issue). Zammad's Logger::Formatter override adds the
  thread's object id to the pid, with no blank before `#`: `I,
  [2024-06-07T08:45:02.460880#1187-2812]  INFO -- : Started POST "/api/v1/signin" ...`. The
  web process (puma, five threads) and the background worker (the scheduler's loop thread, a
  new thread per started job, two delayed-job threads) write the same file. The scheduler's
  `ProcessScheduledJobs running...` every ~11 s, `execute %s (try_count %d)...` / `ended %s
  took: %s seconds.` (Ruby's unrounded Float) for Channel.fetch every 30 s and nine other jobs;
  the IMAP driver's `fetching imap (%s/%s port=%d,ssl=%s,...)`, ` - no message`, ` - message
  %d/%d`, `Process email with msgid '%s'`; ActiveJob's `Enqueued` / `Performing` / `Performed`
  (Rails 7.1, tagged `[ActiveJob] [Class] [id]`) for TransactionJob, SearchIndexJob,
  TicketUserTicketCounterJob and TicketArticleCommunicateEmailJob; agents' REST calls and a
  Checkmk integration's `POST /api/v1/tickets` (Started / Processing / Parameters /
  Completed). The mail server down 08:52-09:04 (`Can't use Channel::Driver::Imap:
  #<Errno::ECONNREFUSED: ...>` and the exception again with its cleaned backtrace), a 27 MB
  mail at 09:12 (`  - download message 1/1 - ignore message because it's too large (is:%s
  MB/max:%s MB)`), Elasticsearch restarted 09:20-09:33 (SearchIndexJob's `Retrying ... due to
  a RuntimeError (Unable to process POST request to elasticsearch URL '...'. Elasticsearch is
  not reachable, ...` over nine lines), PostgreSQL restarted at 09:41:12 under a running
  OnlineNotification.cleanup (`execute %s (try_count %d) exited with error
  #<ActiveRecord::ConnectionNotEstablished: ...> in: %s seconds.` and `Can't reconnect to
  database %s`, three lines each, retried after try_count seconds until it is back; two
  requests answered 500 with Rails' FATAL block).
- Request Tracker 5.0.5 (`rt.log`: `$LogToFile = 'info'`, RT.pm's file callback: `[$$]
  [gmtime] [level]: message (file:line)`, `[2213] [Fri Jun  7 06:02:36 2024] [info]: Ticket
  31208 created in queue 'Support' by ...`), five FastCGI workers, 06:00 to 18:00. Mail in
  through rt-mailgate (`Ticket %d created in queue '%s' by %s`, a requester's address as the
  autocreated user's name), agents' replies, comments, resolves and takes, customers'
  replies; the scrips' `<msgid> #%d/%d - Scrip %d %s` (the scrip's description) and
  SendEmail's `<msgid> sent ` with ` To: `, ` Cc: `, ` Bcc: ` for the headers present and `
  (comment)` (one label per shape), `No recipients found. Not sending.` when the actor is the
  only recipient, `Squelch header found. Not sending.` for autoreplies to machine mail; logins
  (`Successful login for %s from %s`, `FAILED LOGIN for %s from %s`, a password-guessing script
  16:44-16:52); msmtp unable to reach the relay 11:10-11:26 (`%s: `%s %s` exited with code %d`
  and the crit `%s: Could not send mail with command `%s %s`: ...` holding the die message);
  PostgreSQL restarted at 14:30 (each worker's first query: DBD::Pg's warning over four lines,
  `RT::Handle=HASH(0x...) couldn't execute the query '...'`); a plugin's `Use of uninitialized
  value $value in concatenation (.) or string at ... line 143.`; a mailing list echoing RT's
  autoreply (`RT Received mail (%s) from itself.`); the ops-chat scrip failing 15:40-15:57
  (`Scrip Commit %d died. - ...`); `Possible CSRF: your browser did not supply a Referrer
  header`.
- Znuny 7.0 (`syslog`: rsyslog's traditional format on helpdesk01, Kernel::System::Log::SysLog:
  `Jun  7 06:02:03 helpdesk01 Znuny-CGI-10[23058]: [Notice][Kernel::System::CustomerAuth::DB::Auth]
  CustomerUser: ... authentication ok (REMOTE_ADDR: ...).`, errors as `[Error][Module][Line:N]:
  message`), MinimumLogLevel notice, 06:00 to 18:00: agents' and customers' logins (`User: %s
  authentication ok (Method: sha256, REMOTE_ADDR: %s).`, `... with wrong Pw!!!`, `... doesn't
  exist or is invalid!!!`, `... without Pw!!!`, the customer portal's `CustomerUser: ...`
  forms), idle sessions (`SessionID (%s) idle timeout (%d h)! Don't grant access!!!`), VPN
  address changes (`RemoteIP of '%s' (%s) is different from registered IP (%s). Invalidating
  session! ...`), stale links (`No such TicketID (%s)!`, `Need %s!`), a credential-stuffing
  botnet on customer.pl 13:05-13:37 (590 `CustomerUser: %s doesn't exist or is invalid!!!`),
  MariaDB restarted 10:21:04-10:22:31 (`Lost connection to MySQL server during query, SQL:
  '%s'`, `MySQL server has gone away, SQL: '%s'`, then `Can't connect to MySQL server on '%s'
  (%d)` from the Apache children and the daemon's scheduler modules), and cron's `(otrs) CMD
  ($HOME/bin/otrs.Daemon.pl start >> /dev/null)` every five minutes with the hourly run-parts.
- Chatwoot v3.9 under Docker Compose (`chatwoot-rails.log`, `chatwoot-sidekiq.log`: `docker
  logs` of the two containers, RAILS_LOG_TO_STDOUT, Logger::Formatter with the request id tag:
  `I, [2024-06-07T08:45:03.123456 #1]  INFO -- : [uuid] Started GET ...`; Sidekiq 7.2's own
  lines in its Pretty layout, `2024-06-07T08:45:00.336Z pid=1 tid=1jq0
  class=Inboxes::FetchImapEmailInboxesJob jid=... INFO: start`, beside Rails' lines of the
  jobs), 08:45 to 10:30: the IMAP inbox fetched every minute (`start`, `Performing ...`,
  `Performed ...`, `done` for Inboxes::FetchImapEmailInboxesJob and Inboxes::FetchImapEmailsJob),
  widget visitors' messages and agents' replies (ActionCableBroadcastJob, WebhookJob,
  ActionMailer::MailDeliveryJob with `Delivered mail %s (%.1fms)`), ActionCable's connection
  lines (`Started GET "/cable" [WebSocket] ...`, `Successfully upgraded to WebSocket (...)`,
  `RoomChannel is transmitting the subscription confirmation`, `RoomChannel is streaming from
  %s`, `Finished ...`, `stopped streaming from`), scanners' RoutingError FATAL blocks. The mail
  server refusing 08:50-08:56 (`Authorization error for email channel - %s : Connection
  refused ...`), the CRM webhook down 09:05-09:21 (`Exception: Invalid webhook URL %s :
  Failed to open TCP connection to ...`), the SMTP relay timing out 09:52-10:03 (ActiveJob's
  `Error performing ... Net::ReadTimeout ...:` with its backtrace, Sidekiq's `fail`, its error
  handler's three WARN lines, the backtrace one going on the exception's event; retried by
  Sidekiq), the mail server's expired certificate 10:05-10:12 (`Error for email channel - %s :
  SSL_connect returned=1 ... certificate verify failed (certificate has expired)`), and the
  Sidekiq container OOM-killed at 10:15 and restarted (Sidekiq's boot lines and sidekiq-cron's
  `Cron Jobs - added job with name: %s`).
- FreeScout 1.8 (`fetch-emails.log`: the host's crontab runs `php artisan freescout:fetch-emails`
  every two minutes with `>> storage/logs/fetch-emails.log 2>&1`, because the built-in
  schedule's `sendOutputTo` keeps only the last run; the command writes `[Y-m-d H:i:s] ` before
  each line itself: `[2024-06-07 06:00:01] Mailbox: Support`; `laravel-2024-06-07.log`: the
  daily log, Laravel 5.5's Monolog line with the exception's `[stacktrace]` in the JSON
  context), 06:00 to 12:00: per run `Mailbox: %s`, `Folder: %s`, `Fetched: %d` for Support
  and Sales, per mail `%d) %s` (the subject), `Message from: Customer` / `Message from: User`,
  `Thread successfully created: %d`, `Email detected as autoresponder and ignored.`, `Message
  with such Message-ID has been fetched before: %s` (a mail to both mailboxes), `From address %s
  is not the same as user %d email: %s`, `Fetching finished`; the IMAP server down
  07:31-07:43 (`Error: connection setup failed; File: %s (%d)`), a flaky `Could not get
  mailbox folder: INBOX`; in the daily log the SMTP relay refusing 09:10-09:31
  (Swift_TransportException `Connection could not be established with host %s [%s #%d]` from
  SendReplyToCustomer and SendNotificationToUsers), the Sales mailbox's SMTP password rotated
  10:05-10:41 (`Failed to authenticate on SMTP server with username "%s" using %d possible
  authenticators. ...`), and a view's `Attempt to read property "%s" on null (View: %s)`.

Label notes. The heads are context: Zammad's and Rails' Logger head (letter, time, pid and
thread, level, progname), the request id tag and ActiveJob's `[ActiveJob] [Class] [id]` tags,
Sidekiq's time, pid, tid and job context, RT's pid, time, level and the `(file:line)` RT.pm
appends, syslog's head with Znuny's `[Notice][Module]` / `[Error][Module][Line:N]:` (which
Kernel::System::Log::SysLog writes around the message), FreeScout's `[date] ` and Monolog's
time, channel and level with the JSON context. A value that is an error contributes its format
(Zammad's `#<Errno::ECONNREFUSED: ...>`, the PG error, RT's die message inside the crit line,
MySQL's errstr before `, SQL:`, FreeScout's exception after `Error: `, Sidekiq's
Net::ReadTimeout). Run-time values are variables: scrip descriptions, mailbox names, subjects,
job classes, controller actions, HTTP status phrases, users, addresses, ids; words a call site
picks by branch are wording (RT's header names in `sent`, Znuny's `Method: sha256`,
FreeScout's `Customer` / `User`). The later lines of one write have no row: Ruby
backtraces, the multi-line exception messages (Elasticsearch's, PostgreSQL's), Rails' FATAL
block after its first line, DBD::Pg's warning, Laravel's stack traces, and the backtrace
Sidekiq logs right after a job's exception.

Checked against copies of the sources (the search tool): Zammad's Logger::Formatter override
(`%s, [%s#%d-%d] %5s -- %s: %s`), the JobExecutor's execute / ended / exited with / Can't
reconnect / retry messages, the IMAP driver's fetching / message / no message / too large
lines, Channel#fetch's `Can't use Channel::Driver::%s: %s` then the exception; RT.pm's file
callback and RT's SendEmail lines (Scrip, sent, No recipients found, Squelch header), the
msmtp `exited with code` / `Could not send mail with command` pair and `RT Received mail (%s)
from itself.`; Znuny's SysLog backend layout, `CGILogPrefix` `Znuny-CGI`, Auth::DB's four
login notices, IMAP.pm's `Exception while processing mail` (its branch draws none in this
run) and SMTP.pm (its errors go to the communication log, so no SMTP outage is written);
FreeScout's fetch-emails output lines and `logError`'s `Error: %s; File: %s (%d)`; Chatwoot's
IMAP job errors (`Authorization error for email channel - %s : %s`, `Error for email channel -
%s : %s`) and production.rb's Logger::Formatter with the request id tag.

Least sure (written from the helper's knowledge): Zammad's `ProcessScheduledJobs running...`
in 6.3 and `Process email with msgid '%s'`, whether Zammad logs ActiveJob's lines at info,
SearchIndexJob's retry and the Elasticsearch message's layout; RT's `Ticket %d created in
queue '%s' by %s`, the login lines, `Possible CSRF: ...`, `Scrip Commit %d died. - %s`, the
` (comment)` suffix and the SendEmail.pm line numbers; Znuny's CustomerAuth lines, the
session notices, `No such TicketID (%s)!`, the `, SQL: '%s'` suffix, the daemon's
`Znuny-otrs.Daemon.pl` prefix and its scheduler modules' names; Chatwoot 3.9's log level and
Sidekiq logging (Rails' lines not broadcast to Sidekiq's logger when both write stdout), the
`Exception: Invalid webhook URL %s : %s` warning, the sidekiq-cron names; FreeScout 1.8's
fetch lines beyond the checked version (whether it also prints `Fetching UNREAD emails ...`),
the webklex `connection setup failed` text and path, and the operator's crontab wrapper.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round97 import Files, sec
from generate_round147 import at

US = 1
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


def arrivals(
    r: random.Random, t0: datetime, t1: datetime, rate: Callable[[datetime], float]
) -> list[datetime]:
    """A Poisson process from t0 to t1 whose rate (events a minute) may change with the time."""
    out, t = [], t0
    while True:
        lam = max(rate(t), 0.01)
        t += sec(r.expovariate(lam / 60))
        if t >= t1:
            return out
        out.append(t)


def within(t: datetime, span: tuple[datetime, datetime]) -> bool:
    return span[0] <= t < span[1]


FIRST = [
    "Anna",
    "Jonas",
    "Maria",
    "Lukas",
    "Sofia",
    "Felix",
    "Elena",
    "Paul",
    "Laura",
    "David",
    "Mia",
    "Tom",
    "Clara",
    "Ben",
    "Nina",
    "Erik",
    "Lena",
    "Max",
    "Julia",
    "Noah",
]
LAST = [
    "Schneider",
    "Weber",
    "Novak",
    "Rossi",
    "Meyer",
    "Fischer",
    "Dubois",
    "Keller",
    "Jansen",
    "Brandt",
    "Horvat",
    "Larsen",
    "Moreau",
    "Vogel",
    "Costa",
    "Berg",
    "Kowalski",
    "Lindqvist",
    "Hoffmann",
    "Petrov",
]
DOMAINS = [
    "gmail.com",
    "outlook.com",
    "web.de",
    "gmx.net",
    "acme-logistics.com",
    "nordwind-reisen.de",
    "bluepeak.io",
    "hansa-moebel.de",
    "yahoo.com",
    "t-online.de",
    "lumen-dental.ch",
    "orbit-print.nl",
]
SUBJECTS = [
    "Invoice {n} - wrong VAT",
    "Order #{n} not delivered",
    "Cannot log in to the portal",
    "Password reset does not arrive",
    "Refund for order {n}",
    "Question about my subscription",
    "Change of billing address",
    "Damaged item in delivery {n}",
    "API key expired",
    "Export to CSV fails",
    "Wrong item shipped",
    "Cancel contract {n}",
    "Upgrade to business plan",
    "Two-factor codes not working",
    "Delivery date for order {n}?",
    "Invoice copy for March",
    "Account locked",
    "Feature request: dark mode",
]


def person(r: random.Random) -> tuple[str, str]:
    """A customer's name and address."""
    f, la = r.choice(FIRST), r.choice(LAST)
    dom = r.choice(DOMAINS)
    sep = r.choice([".", "", "_"])
    return f"{f} {la}", f"{f.lower()}{sep}{la.lower()}@{dom}"


def subject(r: random.Random) -> str:
    return r.choice(SUBJECTS).replace("{n}", str(r.randint(10000, 99999)))


def rb_float(x: float) -> str:
    """A Ruby Float's to_s for a duration (Time - Time): up to nine decimals, no trailing zeros."""
    s = f"{x:.9f}".rstrip("0")
    return s + "0" if s.endswith(".") else s


# ------------------------------------------------------------------------------------ zammad

ZM_HOST = "mail.corp.example"
ZM_USER = "support@corp.example"
ZM_IMAP = f"fetching imap ({ZM_HOST}/{ZM_USER} port=993,ssl=true,starttls=false,folder=INBOX,keep_on_server=false,auth_type=LOGIN)"
ZM_AGENTS = ["m.keller", "s.brandt", "j.novak", "a.rossi", "t.meyer", "l.fischer", "k.berg"]
# scheduler jobs: method, period (s), duration (s) low/high
ZM_JOBS = [
    ("Channel.fetch", 30, (0.2, 1.4)),
    ("Ticket.process_escalation", 300, (0.3, 2.6)),
    ("Job.run", 300, (0.02, 0.4)),
    ("SessionTimeoutJob.perform_now", 300, (0.01, 0.2)),
    ("Ticket.process_pending", 900, (0.05, 0.9)),
    ("Ticket.process_auto_unassign", 600, (0.02, 0.3)),
    ("DataPrivacyTaskJob.perform_now", 600, (0.01, 0.15)),
    ("Stats.generate", 660, (1.1, 4.8)),
    ("Chat.cleanup_close", 900, (0.01, 0.08)),
    ("OnlineNotification.cleanup", 7200, (12.0, 16.0)),
]
ZM_PG = 'connection to server at "127.0.0.1", port 5432 failed: Connection refused'
ZM_PG2 = "\tIs the server running on that host and accepting TCP/IP connections?"


def zammad(r: random.Random) -> list[Log]:
    """Zammad 6.3 from the package, 08:30 to 10:00 of its production.log (module docstring)."""
    fs = Files()
    f = "production.log"
    web, wrk = 1187, 1203
    t0, t1 = at(8, 45), at(10, 0)
    imap_down = (at(8, 52, 20), at(9, 4, 40))
    es_down = (at(9, 20, 5), at(9, 33, 30))
    pg_down = (at(9, 41, 12), at(9, 41, 58))
    tid_seq = [2_671_280]

    def new_tid() -> int:
        tid_seq[0] += 8 * r.randint(3, 40)
        return tid_seq[0]

    def L(
        pid: int, tid: int, t: datetime, lvl: str, label: str | None, msg: str, more: list[str] = ()
    ) -> datetime:  # type: ignore[assignment]
        def text(x: datetime) -> list[str]:
            head = (
                f"{lvl[0]}, [{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d}#{pid}-{tid}] {lvl:>5} -- : "
            )
            return [head + msg, *more]

        return fs.add(f, t, label, text, (pid, tid), US)

    # ---- ActiveJob (delayed jobs run in the worker's job threads)
    job_tids = [1480, 1488]

    def aj_enqueue(pid: int, tid: int, t: datetime, cls: str, args: str) -> tuple[str, datetime]:
        jid = uuid4(r)
        t = L(
            pid,
            tid,
            t,
            "INFO",
            "Enqueued %s (Job ID: %s) to %s(%s) with arguments: %s",
            f"[ActiveJob] Enqueued {cls} (Job ID: {jid}) to DelayedJob(default) with arguments: {args}",
        )
        return jid, t

    def aj_perform(
        t_enq: datetime, cls: str, jid: str, args: str, work: Callable[[int, datetime], datetime]
    ) -> None:
        tid = r.choice(job_tids)
        t = t_enq + sec(r.uniform(0.4, 4.5))
        tag = f"[ActiveJob] [{cls}] [{jid}] "
        enq = f"{t_enq:%Y-%m-%dT%H:%M:%S}.{t_enq.microsecond:06d}{r.randint(100, 999)}Z"
        t = L(
            wrk,
            tid,
            t,
            "INFO",
            "Performing %s (Job ID: %s) from %s(%s) enqueued at %s with arguments: %s",
            f"{tag}Performing {cls} (Job ID: {jid}) from DelayedJob(default) enqueued at {enq} with arguments: {args}",
        )
        t0_ = t
        t = work(tid, t)
        ms_ = (t - t0_).total_seconds() * 1000 + r.uniform(2, 40)
        L(
            wrk,
            tid,
            t0_ + sec(ms_ / 1000),
            "INFO",
            "Performed %s (Job ID: %s) from %s(%s) in %.2fms",
            f"{tag}Performed {cls} (Job ID: {jid}) from DelayedJob(default) in {ms_:.2f}ms",
        )

    def es_job(kind: str, oid: int, t_enq: datetime) -> None:
        cls, args = "SearchIndexJob", f'"{kind}", {oid}'
        jid = uuid4(r)

        def work(tid: int, t: datetime) -> datetime:
            if not within(t, es_down):
                return t + sec(r.uniform(0.01, 0.09))
            idx = {
                "Ticket": "ticket",
                "Ticket::Article": "ticket_article",
                "User": "user",
            }[kind]
            url = f"http://127.0.0.1:9200/zammad_production_{idx}/_doc/{oid}?pipeline=zammad{hexid(r, 24)}"
            return L(
                wrk,
                tid,
                t + sec(r.uniform(0.002, 0.02)),
                "INFO",
                "Retrying %s (Job ID: %s) after %d attempts in %d seconds, due to a %s (Unable to process %s request to elasticsearch URL '%s'. Elasticsearch is not reachable, probably because it's not running or even installed.",
                f"[ActiveJob] [{cls}] [{jid}] Retrying {cls} (Job ID: {jid}) after 1 attempts in 10 seconds, due to a RuntimeError (Unable to process POST request to elasticsearch URL '{url}'. Elasticsearch is not reachable, probably because it's not running or even installed.",
                [
                    "",
                    "Response:",
                    f'#<UserAgent::Result:0x00007f{hexid(r, 10)} @success=false, @body=nil, @data=nil, @code=0, @content_type=nil, @error="#<Errno::ECONNREFUSED: Failed to open TCP connection to 127.0.0.1:9200 (Connection refused - connect(2) for \\"127.0.0.1\\" port 9200)>", @header=nil, @body_json=nil>',
                    "",
                    "Payload:",
                    f'{{"id":{oid},"created_by_id":1,"updated_by_id":1,"created_at":"{t:%Y-%m-%dT%H:%M:%S}.{t.microsecond // 1000:03d}Z"}}',
                    "",
                    "Payload size: 0M).",
                ],
            )

        aj_perform(t_enq, cls, jid, args, work)

    def plain_job(cls: str, args: str, t_enq: datetime, lo: float, hi: float) -> None:
        aj_perform(t_enq, cls, uuid4(r), args, lambda tid, t: t + sec(r.uniform(lo, hi)))

    ticket_seq = [48213]
    article_seq = [102377]
    user_seq = [18422]

    def ticket_jobs(
        pid: int, tid: int, t: datetime, tk: int, art: int, cust: int, typ: str
    ) -> None:
        args = f'{{:object=>"Ticket", :type=>"{typ}", :object_id=>{tk}, :interface_handle=>"{"scheduler" if pid == wrk else "application_server"}", :changes=>nil, :created_at=>"{t:%Y-%m-%d %H:%M:%S} UTC", :user_id=>{1 if pid == wrk else 3}}}'
        _, t = aj_enqueue(pid, tid, t + sec(0.004), "TransactionJob", args)
        plain_job("TransactionJob", args, t, 0.08, 0.9)
        _, t2 = aj_enqueue(pid, tid, t + sec(0.002), "SearchIndexJob", f'"Ticket", {tk}')
        es_job("Ticket", tk, t2)
        if typ == "create" and cust:
            _jid, t4 = aj_enqueue(
                pid, tid, t2 + sec(0.003), "TicketUserTicketCounterJob", f"{cust}, 1"
            )
            plain_job("TicketUserTicketCounterJob", f"{cust}, 1", t4, 0.01, 0.05)

    def auto_reply(t: datetime, art: int) -> None:
        _jid, t = aj_enqueue(
            wrk,
            r.choice(job_tids),
            t + sec(r.uniform(0.5, 2)),
            "TicketArticleCommunicateEmailJob",
            str(art),
        )
        plain_job("TicketArticleCommunicateEmailJob", str(art), t, 0.3, 1.6)

    # ---- mail arriving in the IMAP inbox
    def mail_rate(t: datetime) -> float:
        return 0.55 if t < at(9, 0) else 0.75

    mail_times = arrivals(r, t0 - sec(40), t1, mail_rate)
    big_mail_at = at(9, 12, 40)
    big_done: list[datetime] = []

    def fetch(tid: int, t: datetime, last: datetime) -> datetime:
        t = L(
            wrk,
            tid,
            t + sec(r.uniform(0.002, 0.01)),
            "INFO",
            "fetching imap (%s/%s port=%d,ssl=%s,starttls=%s,folder=%s,keep_on_server=%s,auth_type=%s)",
            ZM_IMAP,
        )
        if within(t, imap_down):
            t += sec(r.uniform(0.002, 0.02))
            e = f'Connection refused - connect(2) for "{ZM_HOST}" port 993'
            t = L(
                wrk,
                tid,
                t,
                "ERROR",
                "Can't use Channel::Driver::%s: #<Errno::ECONNREFUSED: Connection refused - connect(2) for %s port %d>",
                f"Can't use Channel::Driver::Imap: #<Errno::ECONNREFUSED: {e}>",
            )
            return L(
                wrk,
                tid,
                t + sec(0.0002),
                "ERROR",
                "Connection refused - connect(2) for %s port %d (Errno::ECONNREFUSED)",
                f"{e} (Errno::ECONNREFUSED)",
                [
                    "app/models/channel/driver/imap.rb:112:in `block in fetch'",
                    "app/models/channel/driver/imap.rb:498:in `timeout'",
                    "app/models/channel/driver/imap.rb:109:in `fetch'",
                    "app/models/channel.rb:62:in `fetch'",
                    "app/models/channel.rb:33:in `block in fetch'",
                    "app/models/channel.rb:30:in `fetch'",
                    "lib/background_services/service/process_scheduled_jobs/job_executor.rb:55:in `eval'",
                    "lib/background_services/service/process_scheduled_jobs/job_executor.rb:55:in `eval_job_method'",
                    "lib/background_services/service/process_scheduled_jobs/job_executor.rb:37:in `execute'",
                ],
            )
        new = [m for m in mail_times if last <= m < t]
        if not new:
            return L(
                wrk, tid, t + sec(r.uniform(0.05, 0.4)), "INFO", " - no message", " - no message"
            )
        t += sec(r.uniform(0.05, 0.3))
        for i, m in enumerate(new, 1):
            t = L(wrk, tid, t, "INFO", " - message %d/%d", f" - message {i}/{len(new)}")
            if abs((m - big_mail_at).total_seconds()) < 60 and not big_done:
                big_done.append(m)
                size = r.uniform(24.0, 31.0)
                t = L(
                    wrk,
                    tid,
                    t + sec(r.uniform(0.3, 1.2)),
                    "INFO",
                    "  - download message %d/%d - ignore message because it's too large (is:%s MB/max:%s MB)",
                    f"  - download message {i}/{len(new)} - ignore message because it's too large (is:{size!r} MB/max:20.0 MB)",
                )
                continue
            _name, addr = person(r)
            msgid = f"<{hexid(r, 8)}-{hexid(r, 4)}-{hexid(r, 4)}@{addr.split('@')[1]}>"
            t = L(
                wrk,
                tid,
                t + sec(r.uniform(0.05, 0.3)),
                "INFO",
                "Process email with msgid '%s'",
                f"Process email with msgid '{msgid}'",
            )
            t += sec(r.uniform(0.1, 0.6))
            art = article_seq[0] = article_seq[0] + r.randint(1, 4)
            if r.random() < 0.3:  # a follow-up to an open ticket
                tk = r.randint(47800, ticket_seq[0])
                ticket_jobs(wrk, tid, t, tk, art, 0, "update")
            else:
                tk = ticket_seq[0] = ticket_seq[0] + 1
                cust = user_seq[0] = user_seq[0] + r.randint(0, 2)
                ticket_jobs(wrk, tid, t, tk, art, cust, "create")
                article_seq[0] += 1
                auto_reply(t + sec(1), article_seq[0])
        return t

    def pg_error(tid: int, meth: str, try_count: int, st: datetime, took: float) -> datetime:
        err = f"#<ActiveRecord::ConnectionNotEstablished: {ZM_PG}"
        st = L(
            wrk,
            tid,
            st,
            "ERROR",
            "execute %s (try_count %d) exited with error %s in: %s seconds.",
            f"execute {meth} (try_count {try_count}) exited with error {err}",
            [ZM_PG2, f"> in: {rb_float(took)} seconds."],
        )
        return L(
            wrk,
            tid,
            st + sec(0.002),
            "ERROR",
            "Can't reconnect to database %s",
            f"Can't reconnect to database {err}",
            [ZM_PG2, ">"],
        )

    # ---- the scheduler: one loop thread, a thread per started job
    loop_tid = 1160
    nxt = {m: t0 + sec(r.uniform(0, p)) for m, p, _ in ZM_JOBS}
    nxt["OnlineNotification.cleanup"] = pg_down[0] - sec(11)  # every two hours: it is due now
    running: dict[str, datetime] = {}
    last_fetch = [t0 - sec(30)]
    t = t0 + sec(r.uniform(0, 5))
    while t < t1:
        if within(t, pg_down):
            t = pg_down[1] + sec(r.uniform(0.5, 3))
            continue
        t = L(
            wrk,
            loop_tid,
            t,
            "INFO",
            "ProcessScheduledJobs running...",
            "ProcessScheduledJobs running...",
        )
        for meth, period, (lo, hi) in ZM_JOBS:
            if nxt[meth] > t or running.get(meth, t0) > t:
                continue
            tid = new_tid()
            st = t + sec(r.uniform(0.001, 0.01))
            try_count = 0
            while True:
                while within(st, pg_down):  # mark_as_started fails before `execute` is logged
                    st = pg_error(tid, meth, try_count, st, r.uniform(0.002, 0.006))
                    try_count += 1
                    st += sec(try_count + r.uniform(0.001, 0.01))
                st = L(
                    wrk,
                    tid,
                    st,
                    "INFO",
                    "execute %s (try_count %d)...",
                    f"execute {meth} (try_count {try_count})...",
                )
                begun = st
                if meth == "Channel.fetch":
                    st = fetch(tid, st, last_fetch[0])
                    if not within(begun, imap_down):
                        last_fetch[0] = begun
                dur = (st - begun).total_seconds() + r.uniform(lo, hi)
                if begun < pg_down[0] < begun + sec(dur):  # the database goes away under the job
                    st = pg_error(
                        tid,
                        meth,
                        try_count,
                        pg_down[0] + sec(r.uniform(0.001, 0.3)),
                        (pg_down[0] - begun).total_seconds() + 0.01,
                    )
                    try_count += 1
                    st += sec(try_count + r.uniform(0.001, 0.01))
                    continue
                break
            end = L(
                wrk,
                tid,
                begun + sec(dur),
                "INFO",
                "ended %s took: %s seconds.",
                f"ended {meth} took: {rb_float(dur + r.uniform(0.0001, 0.001))} seconds.",
            )
            running[meth] = end
            nxt[meth] = begun + sec(period)
            t += sec(1.0 + r.uniform(0.0005, 0.004))
        t += sec(10 + r.uniform(0.001, 0.05))

    # ---- the web: agents' REST calls and a monitoring integration
    web_tids = [2812, 2820, 2828, 2836, 2844]

    def completed(tid: int, t: datetime, code: str, dur: int) -> datetime:
        views = r.uniform(0.1, 2.5)
        ar = r.uniform(0.6, dur * 0.6 + 1)
        return L(
            web,
            tid,
            t,
            "INFO",
            "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)",
            f"Completed {code} in {dur}ms (Views: {views:.1f}ms | ActiveRecord: {ar:.1f}ms | Allocations: {r.randint(900, 60000)})",
        )

    def request(
        t: datetime,
        ip: str,
        method: str,
        path: str,
        ctrl: str,
        params: str,
        code: str,
        lo: int,
        hi: int,
    ) -> tuple[int, datetime]:
        tid = r.choice(web_tids)
        t = L(
            web,
            tid,
            t,
            "INFO",
            'Started %s "%s" for %s at %s',
            f'Started {method} "{path}" for {ip} at {t:%Y-%m-%d %H:%M:%S} +0000',
        )
        t = L(
            web,
            tid,
            t + sec(r.uniform(0.0003, 0.002)),
            "INFO",
            "Processing by %s#%s as %s",
            f"Processing by {ctrl} as JSON",
        )
        if params:
            t = L(web, tid, t + sec(0.0001), "INFO", "  Parameters: %s", f"  Parameters: {params}")
        dur = r.randint(lo, hi)
        if within(t, pg_down):
            t = L(
                web,
                tid,
                t + sec(r.uniform(0.002, 0.006)),
                "INFO",
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                f"Completed 500 Internal Server Error in {r.randint(2, 7)}ms (ActiveRecord: 0.0ms | Allocations: {r.randint(700, 2400)})",
            )
            L(
                web,
                tid,
                t + sec(0.0004),
                "FATAL",
                '%s (connection to server at "%s", port %d failed: Connection refused',
                "  ",
                [
                    f"ActiveRecord::ConnectionNotEstablished ({ZM_PG}",
                    ZM_PG2,
                    "):",
                    "  ",
                    "app/controllers/application_controller/authenticates.rb:9:in `authentication_check'",
                    "app/controllers/application_controller/handles_transitions.rb:12:in `block in handle_transitions'",
                ],
            )
            return tid, t
        return tid, completed(tid, t + sec(dur / 1000), code, dur)

    agent_ip = {a: f"10.40.{r.randint(1, 6)}.{r.randint(10, 250)}" for a in ZM_AGENTS}
    for a in ZM_AGENTS:
        ts = arrivals(r, t0, t1, lambda x: 0.26)
        for i, tr in enumerate(ts):
            ip = agent_ip[a]
            tk = r.randint(47700, 48240)
            roll = r.random()
            if i == 0 or roll < 0.03:
                ok = not (a == "k.berg" and tr < at(8, 50) and r.random() < 0.7)
                request(
                    tr,
                    ip,
                    "POST",
                    "/api/v1/signin",
                    "SessionsController#create",
                    f'{{"username"=>"{a}", "password"=>"[FILTERED]", "fingerprint"=>"{r.randint(-(2**31), 2**31)}", "remember_me"=>false, "session"=>{{"username"=>"{a}", "password"=>"[FILTERED]", "fingerprint"=>"{r.randint(-(2**31), 2**31)}", "remember_me"=>false}}}}',
                    "201 Created" if ok else "401 Unauthorized",
                    40,
                    260,
                )
            elif roll < 0.40:
                request(
                    tr,
                    ip,
                    "GET",
                    f"/api/v1/tickets/{tk}?all=true",
                    "TicketsController#show",
                    f'{{"all"=>"true", "id"=>"{tk}"}}',
                    "200 OK",
                    25,
                    420,
                )
            elif roll < 0.62:
                state = r.choice([2, 2, 3, 4, 7])
                tid, _te = request(
                    tr,
                    ip,
                    "PUT",
                    f"/api/v1/tickets/{tk}?all=true",
                    "TicketsController#update",
                    f'{{"id"=>"{tk}", "state_id"=>{state}, "owner_id"=>{r.randint(3, 12)}, "group_id"=>{r.choice([1, 2, 4])}, "priority_id"=>{r.choice([1, 2, 2, 3])}, "article"=>{{"type"=>"email", "internal"=>false, "body"=>"[FILTERED]", "content_type"=>"text/html", "subtype"=>"reply"}}, "all"=>"true"}}',
                    "200 OK",
                    90,
                    900,
                )
                if not within(tr, pg_down):
                    article_seq[0] += 1
                    ticket_jobs(web, tid, tr + sec(0.05), tk, article_seq[0], 0, "update")
                    if r.random() < 0.45:
                        auto_reply(tr + sec(0.2), article_seq[0])
            elif roll < 0.80:
                view = r.choice(
                    [
                        "my_assigned",
                        "all_unassigned",
                        "all_open",
                        "all_escalated",
                        "my_pending_reached",
                    ]
                )
                request(
                    tr,
                    ip,
                    "GET",
                    f"/api/v1/ticket_overviews?view={view}",
                    "TicketOverviewsController#data",
                    f'{{"view"=>"{view}"}}',
                    "200 OK",
                    30,
                    650,
                )
            elif roll < 0.92:
                q = r.choice(LAST).lower()
                request(
                    tr,
                    ip,
                    "GET",
                    f"/api/v1/users/search?query={q}&limit=10",
                    "UsersController#search",
                    f'{{"query"=>"{q}", "limit"=>"10"}}',
                    "200 OK",
                    20,
                    300,
                )
            else:
                request(
                    tr,
                    ip,
                    "GET",
                    "/api/v1/signshow",
                    "SessionsController#show",
                    "",
                    "200 OK",
                    8,
                    60,
                )
    # monitoring (Checkmk) opens tickets through the API
    for tr in arrivals(r, t0, t1, lambda x: 0.08 if x < at(9, 20) else 0.2):
        host = r.choice(["db02", "web05", "lb01", "nas01", "app07", "vpn01"])
        svc = r.choice(
            ["CPU load", "Filesystem /var", "Memory", "HTTPS cert", "NTP Time", "Interface eth0"]
        )
        tid, _te = request(
            tr,
            "10.20.0.15",
            "POST",
            "/api/v1/tickets",
            "TicketsController#create",
            f'{{"title"=>"{host}/{svc} is CRIT", "group"=>"Monitoring", "customer"=>"monitoring@corp.example", "article"=>{{"subject"=>"{host}/{svc} is CRIT", "body"=>"[FILTERED]", "type"=>"note", "internal"=>false}}, "ticket"=>{{}}}}',
            "201 Created",
            110,
            480,
        )
        if not within(tr, pg_down):
            tk = ticket_seq[0] = ticket_seq[0] + 1
            article_seq[0] += 1
            ticket_jobs(web, tid, tr + sec(0.08), tk, article_seq[0], 77, "create")
    return fs.logs(t0)


# ------------------------------------------------------------------------------ request tracker

RT_LIB = "/opt/rt5/sbin/../lib/RT"
RT_QUEUES = {
    # queue: admincc addresses (Bcc of the AdminCc notifications), share of the tickets
    "General": ([], 2),
    "Support": (["support-team@corp.example"], 9),
    "Billing": (["billing-lead@corp.example", "finance-ops@corp.example"], 4),
    "IT-Helpdesk": (["it-oncall@corp.example"], 5),
}
RT_AGENTS = ["akim", "bfoster", "cnguyen", "dpatel", "eolsen", "fmorales", "gwright"]
RT_PLUGIN = "/opt/rt5/local/plugins/RT-Extension-ExtractCustomFieldValues/lib/RT/Action/ExtractCustomFieldValues.pm"


def rt_time(t: datetime) -> str:
    """Perl's scalar gmtime()."""
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


def request_tracker(r: random.Random) -> list[Log]:
    """Request Tracker 5.0.5's rt.log, 06:00 to 18:00 (see the module docstring)."""
    fs = Files()
    f = "rt.log"
    workers = [2211, 2212, 2213, 2214, 2215]
    msmtp_down = (at(11, 10), at(11, 26))
    chat_down = (at(15, 40), at(15, 57))
    pg_restart = at(14, 30, 6)
    t_end = at(18, 0)

    def L(
        pid: int, t: datetime, lvl: str, label: str, msg: str, where: str, more: list[str] = ()
    ) -> datetime:  # type: ignore[assignment]
        def text(x: datetime) -> list[str]:
            if more:
                return [
                    f"[{pid}] [{rt_time(x)}] [{lvl}]: {msg}",
                    *more[:-1],
                    f"{more[-1]} ({where})",
                ]
            return [f"[{pid}] [{rt_time(x)}] [{lvl}]: {msg} ({where})"]

        return fs.add(f, t, label, text, pid, SEC)

    def msgid(pid: int, t: datetime, tk: int, scrip: int) -> str:
        return f"<rt-5.0.5-{pid}-{int(t.timestamp())}-{r.randint(0, 1999)}.{tk}-{scrip}-0@corp.example>"

    txn = [812_044]
    seq = [31_207]
    tickets: list[tuple[int, str, str, str, list[str]]] = []  # id, queue, requester, subject, ccs
    pg_seen: set[int] = set()

    def pg_check(pid: int, t: datetime) -> datetime:
        """The first query of each worker after PostgreSQL's restart fails on the dead handle."""
        if t < pg_restart or pid in pg_seen or t > pg_restart + sec(3600):
            return t
        pg_seen.add(pid)
        t = L(
            pid,
            t,
            "warning",
            "DBD::Pg::st execute failed: FATAL:  terminating connection due to administrator command",
            "DBD::Pg::st execute failed: FATAL:  terminating connection due to administrator command",
            "/usr/share/perl5/DBIx/SearchBuilder/Handle.pm:586",
            [
                "server closed the connection unexpectedly",
                "\tThis probably means the server terminated abnormally",
                "\tbefore or while processing the request. at /usr/share/perl5/DBIx/SearchBuilder/Handle.pm line 586.",
            ],
        )
        q = r.choice(
            [
                "SELECT main.* FROM Users main  WHERE (LOWER(main.Name) = LOWER(?)) ",
                "SELECT main.* FROM Sessions main  WHERE (main.id = ?) ",
                "SELECT main.* FROM Tickets main  WHERE (main.id = ?) ",
            ]
        )
        return L(
            pid,
            t,
            "warning",
            "%s couldn't execute the query '%s' at %s line %d.",
            f"RT::Handle=HASH(0x55{hexid(r, 10)}) couldn't execute the query '{q}' at /usr/share/perl5/DBIx/SearchBuilder/Handle.pm line 599.",
            "/usr/share/perl5/DBIx/SearchBuilder/Handle.pm:599",
        ) + sec(1)

    def send(
        pid: int,
        t: datetime,
        tk: int,
        scrip: int,
        desc: str,
        to: list[str],
        cc: list[str],
        bcc: list[str],
        comment: bool = False,
        squelch: bool = False,
    ) -> datetime:
        mid = msgid(pid, t, tk, scrip)
        t = L(
            pid,
            t,
            "info",
            "%s #%d/%d - Scrip %d %s",
            f"{mid} #{tk}/{txn[0]} - Scrip {scrip} {desc}",
            f"{RT_LIB}/Action/SendEmail.pm:289",
        )
        if not (to or cc or bcc):
            return L(
                pid,
                t,
                "info",
                "%s No recipients found. Not sending.",
                f"{mid} No recipients found. Not sending.",
                f"{RT_LIB}/Interface/Email.pm:828",
            )
        if squelch:
            return L(
                pid,
                t,
                "info",
                "%s Squelch header found. Not sending.",
                f"{mid} Squelch header found. Not sending.",
                f"{RT_LIB}/Interface/Email.pm:833",
            )
        if within(t, msmtp_down):
            t = L(
                pid,
                t + sec(r.uniform(0.5, 3)),
                "error",
                "%s: `%s %s` exited with code %d",
                f"{mid}: `/usr/bin/msmtp -oi -t -f rt@corp.example` exited with code 75",
                f"{RT_LIB}/Interface/Email.pm:951",
            )
            return L(
                pid,
                t,
                "crit",
                "%s: Could not send mail with command `%s %s`: %s: `%s %s` exited with code %d at %s line %d.",
                f"{mid}: Could not send mail with command `/usr/bin/msmtp -oi -t -f rt@corp.example`: {mid}: `/usr/bin/msmtp -oi -t -f rt@corp.example` exited with code 75 at {RT_LIB}/Interface/Email.pm line 952.",
                f"{RT_LIB}/Interface/Email.pm:956",
            )
        shape = "%s sent "
        line = f"{mid} sent "
        for hdr, lst in (("To", to), ("Cc", cc), ("Bcc", bcc)):
            if lst:
                shape += f" {hdr}: %s"
                line += f" {hdr}: " + ", ".join(lst)
        if comment:
            shape += " (comment)"
            line += " (comment)"
        return L(
            pid,
            t + sec(r.uniform(0.1, 0.8)),
            "info",
            shape,
            line,
            f"{RT_LIB}/Action/SendEmail.pm:336",
        )

    def new_ticket(t: datetime) -> None:
        pid = r.choice(workers)
        t = pg_check(pid, t)
        queue = r.choices(list(RT_QUEUES), [w for _, w in RT_QUEUES.values()])[0]
        machine = r.random() < 0.07
        if machine:
            req = r.choice(
                [
                    "noreply@status.vendor-cloud.com",
                    "mailer-daemon@corp.example",
                    "no-reply@accounts.example-saas.com",
                ]
            )
        else:
            req = person(r)[1]
        ccs = [person(r)[1]] if r.random() < 0.15 else []
        seq[0] += 1
        tk = seq[0]
        tickets.append((tk, queue, req, subject(r), ccs))
        txn[0] += r.randint(2, 9)
        if r.random() < 0.18:  # the plugin reads a field the mail does not have
            t = L(
                pid,
                t,
                "warning",
                "Use of uninitialized value %s in concatenation (.) or string at %s line %d.",
                f"Use of uninitialized value $value in concatenation (.) or string at {RT_PLUGIN} line 143.",
                f"{RT_PLUGIN}:143",
            )
        t = L(
            pid,
            t + sec(r.uniform(0.1, 0.6)),
            "info",
            "Ticket %d created in queue '%s' by %s",
            f"Ticket {tk} created in queue '{queue}' by {req}",
            f"{RT_LIB}/Ticket.pm:567",
        )
        t = send(
            pid,
            t + sec(0.2),
            tk,
            1,
            "On Create Autoreply To Requesters",
            [req, *ccs],
            [],
            [],
            squelch=machine,
        )
        t = send(pid, t + sec(0.2), tk, 2, "On Create Notify AdminCcs", [], [], RT_QUEUES[queue][0])
        if queue == "IT-Helpdesk" and within(t, chat_down):
            L(
                pid,
                t + sec(r.uniform(5, 10)),
                "error",
                "Scrip Commit %d died. - 500 Can't connect to %s (Connection refused) at %s line %d.",
                "Scrip Commit 12 died. - 500 Can't connect to chat.corp.example:443 (Connection refused) at /opt/rt5/local/lib/RT/Action/NotifyOpsChat.pm line 57.",
                f"{RT_LIB}/Scrip.pm:707",
            )

    def agent_action(t: datetime, agent: str) -> None:
        if not tickets:
            return
        pid = r.choice(workers)
        t = pg_check(pid, t)
        tk, queue, req, _, ccs = r.choice(tickets[-120:])
        txn[0] += r.randint(1, 7)
        roll = r.random()
        if roll < 0.55:  # a reply
            t = send(pid, t, tk, 3, "On Correspond Notify Requesters and Ccs", [req], ccs, [])
            send(
                pid,
                t + sec(0.2),
                tk,
                5,
                "On Correspond Notify AdminCcs",
                [],
                [],
                [a for a in RT_QUEUES[queue][0]],
            )
        elif roll < 0.75:  # a comment
            send(
                pid,
                t,
                tk,
                6,
                "On Comment Notify AdminCcs as Comment",
                [],
                [],
                RT_QUEUES[queue][0],
                comment=True,
            )
        elif roll < 0.90:  # resolved
            send(pid, t, tk, 8, "On Resolve Notify Requesters", [req], [], [])
        else:  # taken: the owner is the actor, who is not notified
            send(pid, t, tk, 7, "On Owner Change Notify Owner", [], [], [])

    def customer_reply(t: datetime) -> None:
        if not tickets:
            return
        pid = r.choice(workers)
        t = pg_check(pid, t)
        tk, queue, _req, _, ccs = r.choice(tickets[-150:])
        txn[0] += r.randint(1, 7)
        t = send(pid, t, tk, 3, "On Correspond Notify Requesters and Ccs", [], ccs, [])
        send(pid, t + sec(0.2), tk, 5, "On Correspond Notify AdminCcs", [], [], RT_QUEUES[queue][0])

    def busy(x: datetime) -> float:
        h = x.hour + x.minute / 60
        if h < 7.5:
            return 0.25
        if h < 12:
            return 1.0
        if h < 13:
            return 0.6
        if h < 16.5:
            return 0.9
        return 0.5

    for tc in arrivals(r, at(6, 0), t_end, lambda x: 0.32 * busy(x)):
        new_ticket(tc)
    for tc in arrivals(r, at(6, 20), t_end, lambda x: 0.19 * busy(x)):
        customer_reply(tc)
    logged: dict[str, datetime] = {}
    ips = {a: f"10.12.{r.randint(1, 9)}.{r.randint(10, 240)}" for a in RT_AGENTS}
    for a in RT_AGENTS:
        start = at(r.choice([6, 7, 7, 8]), r.randint(0, 59))
        for tc in arrivals(r, start, t_end, lambda x: 0.072 * busy(x)):
            if a not in logged or (tc - logged[a]).total_seconds() > 2 * 3600:
                pid = r.choice(workers)
                if r.random() < 0.2:
                    L(
                        pid,
                        tc - sec(r.uniform(8, 20)),
                        "error",
                        "FAILED LOGIN for %s from %s",
                        f"FAILED LOGIN for {a} from {ips[a]}",
                        f"{RT_LIB}/Interface/Web.pm:855",
                    )
                L(
                    pid,
                    tc - sec(r.uniform(1, 5)),
                    "info",
                    "Successful login for %s from %s",
                    f"Successful login for {a} from {ips[a]}",
                    f"{RT_LIB}/Interface/Web.pm:842",
                )
                logged[a] = tc
            agent_action(tc, a)
    # a password-guessing script against the web login
    for tc in every(r, at(16, 44), at(16, 52), 17, 6):
        who = r.choice(["root", "admin", "rt", "administrator", "support"])
        L(
            r.choice(workers),
            tc,
            "error",
            "FAILED LOGIN for %s from %s",
            f"FAILED LOGIN for {who} from 185.220.101.{r.randint(2, 60)}",
            f"{RT_LIB}/Interface/Web.pm:855",
        )
    # a mailing list echoing RT's own autoreply back to the queue
    for tc in every(r, at(10, 2), at(10, 9), 140, 40):
        pid = r.choice(workers)
        L(
            pid,
            tc,
            "crit",
            "RT Received mail (%s) from itself.",
            f"RT Received mail ({msgid(pid, tc - sec(r.uniform(30, 90)), seq[0] - 3, 1)}) from itself.",
            f"{RT_LIB}/Interface/Email.pm:312",
        )
    # bookmarked form posts without a Referer (a browser extension strips it)
    for tc in arrivals(r, at(9, 0), at(17, 0), lambda x: 0.012):
        L(
            r.choice(workers),
            tc,
            "notice",
            "Possible CSRF: your browser did not supply a Referrer header",
            "Possible CSRF: your browser did not supply a Referrer header",
            f"{RT_LIB}/Interface/Web.pm:1637",
        )
    return fs.logs(at(6, 0))


# ------------------------------------------------------------------------------------- znuny

ZN_AGENTS = [
    "hmueller",
    "kschmidt",
    "pwagner",
    "sbecker",
    "jhofmann",
    "akoch",
    "mrichter",
    "lwolf",
    "tklein",
    "nschulz",
    "dzimmer",
    "cbraun",
]
ZN_SQL = [
    "SELECT session_id, data_key, data_value, serialized FROM sessions WHERE session_id = ? ORDER BY id ASC",
    "SELECT id, login, pw, valid_id FROM users WHERE login = ?",
    "SELECT st.id, st.queue_id, st.ticket_state_id, st.ticket_lock_id FROM ticket st WHERE st.id = ?",
    "SELECT id, name, valid_id FROM queue WHERE valid_id IN (1)",
    "SELECT id, login, email, customer_id, pw, valid_id FROM customer_user WHERE LOWER(login) = LOWER(?)",
]
ZN_SQL_CALLER = [
    "Kernel::System::AuthSession::DB::GetSessionIDData",
    "Kernel::System::User::GetUserData",
    "Kernel::System::Ticket::TicketGet",
    "Kernel::System::Queue::QueueList",
    "Kernel::System::CustomerUser::DB::CustomerUserDataGet",
]


def sessid(r: random.Random) -> str:
    return "".join(
        r.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        for _ in range(32)
    )


def znuny(r: random.Random) -> list[Log]:
    """Znuny 7.0's syslog lines on one host, 06:00 to 18:00 (see the module docstring)."""
    fs = Files()
    f = "syslog"
    host = "helpdesk01"
    apache = [r.randint(18000, 24000) for _ in range(10)]
    db_down = (at(10, 21, 4), at(10, 22, 31))
    stuffing = (at(13, 5), at(13, 37))
    t_end = at(18, 0)

    def Z(
        t: datetime, ident: str, pid: int, pri: str, module: str, line: int, label: str, msg: str
    ) -> datetime:
        if pri == "Error":
            body = f"[Error][{module}][Line:{line}]: {msg}"
        else:
            body = f"[{pri}][{module}] {msg}"

        def text(x: datetime) -> list[str]:
            return [f"{x:%b} {x.day:2d} {x:%H:%M:%S} {host} {ident}[{pid}]: {body}"]

        return fs.add(f, t, label, text, pid, SEC)

    def web(
        t: datetime, pri: str, module: str, line: int, label: str, msg: str, pid: int = 0
    ) -> datetime:
        return Z(t, "Znuny-CGI-10", pid or r.choice(apache), pri, module, line, label, msg)

    def db_fail(t: datetime, pid: int, ident: str = "Znuny-CGI-10") -> datetime:
        k = r.randrange(len(ZN_SQL))
        if t < db_down[0] + sec(4):
            err = r.choice(
                ["Lost connection to MySQL server during query", "MySQL server has gone away"]
            )
            return Z(
                t,
                ident,
                pid,
                "Error",
                ZN_SQL_CALLER[k],
                r.choice([118, 201, 340, 612]),
                f"{err}, SQL: '%s'",
                f"{err}, SQL: '{ZN_SQL[k]}'",
            )
        return Z(
            t,
            ident,
            pid,
            "Error",
            r.choice(["Kernel::System::DB::Prepare", "Kernel::System::DB::Do"]),
            r.choice([287, 505]),
            "Can't connect to MySQL server on '%s' (%d)",
            "Can't connect to MySQL server on 'db01.corp.example:3306' (111)",
        )

    def busy(x: datetime) -> float:
        h = x.hour + x.minute / 60
        if h < 7:
            return 0.3
        if h < 12:
            return 1.0
        if h < 13:
            return 0.55
        if h < 16.5:
            return 0.9
        return 0.45

    # agents: a login in the morning, idle sessions timing out, logins again
    ips = {a: f"10.30.{r.randint(1, 8)}.{r.randint(10, 240)}" for a in ZN_AGENTS}
    for a in ZN_AGENTS:
        t = at(r.choice([6, 7, 7, 7, 8]), r.randint(0, 59), r.uniform(0, 59))
        while t < t_end:
            pid = r.choice(apache)
            if within(t, db_down):
                db_fail(t, pid)
                t += sec(r.uniform(40, 120))
                continue
            if r.random() < 0.12:
                Z(
                    t - sec(r.uniform(6, 25)),
                    "Znuny-CGI-10",
                    pid,
                    "Notice",
                    "Kernel::System::Auth::DB::Auth",
                    0,
                    "User: %s authentication with wrong Pw!!! (Method: sha256, REMOTE_ADDR: %s)",
                    f"User: {a} authentication with wrong Pw!!! (Method: sha256, REMOTE_ADDR: {ips[a]})",
                )
            if r.random() < 0.03:
                Z(
                    t - sec(r.uniform(30, 40)),
                    "Znuny-CGI-10",
                    pid,
                    "Notice",
                    "Kernel::System::Auth::DB::Auth",
                    0,
                    "User: %s without Pw!!! (REMOTE_ADDR: %s)",
                    f"User: {a} without Pw!!! (REMOTE_ADDR: {ips[a]})",
                )
            Z(
                t,
                "Znuny-CGI-10",
                pid,
                "Notice",
                "Kernel::System::Auth::DB::Auth",
                0,
                "User: %s authentication ok (Method: sha256, REMOTE_ADDR: %s).",
                f"User: {a} authentication ok (Method: sha256, REMOTE_ADDR: {ips[a]}).",
            )
            sid = sessid(r)
            # the session lives until the agent is idle for longer than SessionMaxIdleTime (2 h)
            t += sec(r.uniform(1.5, 5.5) * 3600)
            if t >= t_end:
                break
            if r.random() < 0.25:  # on a VPN that changed the address
                new_ip = f"10.31.{r.randint(1, 8)}.{r.randint(10, 240)}"
                Z(
                    t,
                    "Znuny-CGI-10",
                    r.choice(apache),
                    "Notice",
                    "Kernel::System::AuthSession::CheckSessionID",
                    0,
                    "RemoteIP of '%s' (%s) is different from registered IP (%s). Invalidating session! Disable config 'SessionCheckRemoteIP' if you don't want this!",
                    f"RemoteIP of '{sid}' ({ips[a]}) is different from registered IP ({new_ip}). Invalidating session! Disable config 'SessionCheckRemoteIP' if you don't want this!",
                )
                ips[a] = new_ip
            else:
                hours = r.choice([2, 2, 2, 3, 4])
                Z(
                    t,
                    "Znuny-CGI-10",
                    r.choice(apache),
                    "Notice",
                    "Kernel::System::AuthSession::CheckSessionID",
                    0,
                    "SessionID (%s) idle timeout (%d h)! Don't grant access!!!",
                    f"SessionID ({sid}) idle timeout ({hours} h)! Don't grant access!!!",
                )
            t += sec(r.uniform(5, 600))
    # an agent who left the company: the SSO bookmark still posts the old login
    for tc in every(r, at(8, 10), at(17, 0), 3400, 900):
        web(
            tc,
            "Notice",
            "Kernel::System::Auth::DB::Auth",
            0,
            "User: %s doesn't exist or is invalid!!! (REMOTE_ADDR: %s)",
            f"User: fkrause doesn't exist or is invalid!!! (REMOTE_ADDR: 10.30.{r.randint(1, 8)}.{r.randint(10, 240)})",
        )

    # customers on the portal
    customers = [person(r)[1] for _ in range(260)]
    for tc in arrivals(r, at(6, 0), t_end, lambda x: 1.0 * busy(x)):
        c = r.choice(customers)
        ip = f"{r.choice([84, 91, 178, 217, 46, 93])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
        if within(tc, db_down):
            db_fail(tc, r.choice(apache))
            continue
        if r.random() < 0.09:
            web(
                tc - sec(r.uniform(5, 30)),
                "Notice",
                "Kernel::System::CustomerAuth::DB::Auth",
                0,
                "CustomerUser: %s authentication with wrong Pw!!! (REMOTE_ADDR: %s)",
                f"CustomerUser: {c} authentication with wrong Pw!!! (REMOTE_ADDR: {ip})",
            )
        web(
            tc,
            "Notice",
            "Kernel::System::CustomerAuth::DB::Auth",
            0,
            "CustomerUser: %s authentication ok (REMOTE_ADDR: %s).",
            f"CustomerUser: {c} authentication ok (REMOTE_ADDR: {ip}).",
        )
        idle = tc + sec(r.uniform(2.2, 6) * 3600)
        if r.random() < 0.35 and idle < t_end:
            web(
                idle,
                "Notice",
                "Kernel::System::AuthSession::CheckSessionID",
                0,
                "SessionID (%s) idle timeout (%d h)! Don't grant access!!!",
                f"SessionID ({sessid(r)}) idle timeout ({r.choice([2, 3, 5])} h)! Don't grant access!!!",
            )
    # credential stuffing against customer.pl from a botnet
    bots = [
        f"{r.choice([45, 103, 141, 185, 194, 5])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
        for _ in range(40)
    ]
    for tc in arrivals(r, stuffing[0], stuffing[1], lambda x: 19.0):
        ip = r.choice(bots)
        if r.random() < 0.1:
            c = r.choice(customers)
            web(
                tc,
                "Notice",
                "Kernel::System::CustomerAuth::DB::Auth",
                0,
                "CustomerUser: %s authentication with wrong Pw!!! (REMOTE_ADDR: %s)",
                f"CustomerUser: {c} authentication with wrong Pw!!! (REMOTE_ADDR: {ip})",
            )
        else:
            c = person(r)[1]
            web(
                tc,
                "Notice",
                "Kernel::System::CustomerAuth::DB::Auth",
                0,
                "CustomerUser: %s doesn't exist or is invalid!!! (REMOTE_ADDR: %s)",
                f"CustomerUser: {c} doesn't exist or is invalid!!! (REMOTE_ADDR: {ip})",
            )

    # stale links in old notification mails
    for tc in arrivals(r, at(7, 0), at(17, 30), lambda x: 0.025):
        web(
            tc,
            "Error",
            "Kernel::System::Ticket::TicketGet",
            1242,
            "No such TicketID (%s)!",
            f"No such TicketID ({r.randint(1000, 48000)})!",
        )
    for tc in arrivals(r, at(7, 0), at(17, 30), lambda x: 0.008):
        web(
            tc,
            "Error",
            "Kernel::System::Ticket::Article::Backend::MIMEBase::ArticleAttachment",
            1134,
            "Need %s!",
            "Need FileID!",
        )

    # the daemon: the mail account fetch hits the database outage
    dpid = [30211]
    for tc in every(r, at(6, 0, 40), t_end, 60, 3):
        if within(tc, db_down):
            dpid[0] += r.randint(3, 40)
            if r.random() < 0.5:
                Z(
                    tc,
                    "Znuny-otrs.Daemon.pl-10",
                    dpid[0],
                    "Error",
                    "Kernel::System::MailAccount::IMAP::_Fetch",
                    372,
                    "Exception while processing mail: %s",
                    "Exception while processing mail: Can't connect to MySQL server on 'db01.corp.example:3306' (111) at /opt/znuny/Kernel/System/PostMaster.pm line 118.",
                )
            else:
                db_fail(tc, dpid[0], "Znuny-otrs.Daemon.pl-10")
    # the daemon's modules poll their task tables and the agents' browsers refresh their views
    mods = {
        "SchedulerTaskWorker": (
            "Kernel::System::Daemon::SchedulerDB::TaskList",
            "SELECT id, ident, name, task_type, task_data, attempts, lock_key, lock_time, create_time FROM scheduler_task WHERE lock_key = 0 ORDER BY id ASC",
            3.0,
        ),
        "SchedulerFutureTaskManager": (
            "Kernel::System::Daemon::SchedulerDB::FutureTaskToExecute",
            "SELECT id, ident, execution_time, name, task_type, task_data, lock_key FROM scheduler_future_task WHERE execution_time <= ? ORDER BY execution_time ASC",
            5.0,
        ),
        "SchedulerCronTaskManager": (
            "Kernel::System::Daemon::SchedulerDB::CronTaskToExecute",
            "SELECT name, last_execution_time FROM scheduler_recurrent_task WHERE task_type = ?",
            10.0,
        ),
        "SchedulerGenericAgentTaskManager": (
            "Kernel::System::Daemon::SchedulerDB::GenericAgentTaskToExecute",
            "SELECT id, name, last_execution_time FROM scheduler_recurrent_task WHERE task_type = ?",
            10.0,
        ),
    }
    for _mod, (caller, sql, period) in mods.items():
        mpid = r.randint(30000, 30200)
        first = True
        for tc in every(r, db_down[0] + sec(r.uniform(0, 3)), db_down[1], period, 0.8):
            if first:
                Z(
                    tc,
                    "Znuny-otrs.Daemon.pl-10",
                    mpid,
                    "Error",
                    caller,
                    r.choice([1204, 1630, 1855]),
                    "Lost connection to MySQL server during query, SQL: '%s'",
                    f"Lost connection to MySQL server during query, SQL: '{sql}'",
                )
                first = False
            else:
                Z(
                    tc,
                    "Znuny-otrs.Daemon.pl-10",
                    mpid,
                    "Error",
                    "Kernel::System::DB::Prepare",
                    505,
                    "Can't connect to MySQL server on '%s' (%d)",
                    "Can't connect to MySQL server on 'db01.corp.example:3306' (111)",
                )
    for tc in arrivals(r, db_down[0], db_down[1], lambda x: 24.0):
        db_fail(tc, r.choice(apache))
    # cron starts the daemon every five minutes (otrs_daemon), and the hourly run-parts
    cpid = [4120]
    for tc in every(r, at(6, 0, 1), t_end, 300, 0.4):
        cpid[0] += r.randint(40, 900)
        fs.add(
            f,
            tc,
            "(%s) CMD (%s)",
            lambda x, p=cpid[0]: [
                f"{x:%b} {x.day:2d} {x:%H:%M:%S} {host} CRON[{p}]: (otrs) CMD ($HOME/bin/otrs.Daemon.pl start >> /dev/null)"
            ],
            cpid[0],
            SEC,
        )
    for h in range(6, 18):
        cpid[0] += r.randint(40, 900)
        fs.add(
            f,
            at(h, 17, 1.2),
            "(%s) CMD (%s)",
            lambda x, p=cpid[0]: [
                f"{x:%b} {x.day:2d} {x:%H:%M:%S} {host} CRON[{p}]: (root) CMD (cd / && run-parts --report /etc/cron.hourly)"
            ],
            cpid[0],
            SEC,
        )
    return fs.logs(at(6, 0))


# --------------------------------------------------------------------------------- freescout

FS_ROOT = "/var/www/freescout"
FS_SMTP_TRACE = [
    "vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/StreamBuffer.php(62): Swift_Transport_StreamBuffer->establishSocketConnection()",
    "vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/AbstractSmtpTransport.php(113): Swift_Transport_StreamBuffer->initialize(Array)",
    "vendor/swiftmailer/swiftmailer/lib/classes/Swift/Mailer.php(79): Swift_Transport_AbstractSmtpTransport->start()",
    "vendor/laravel/framework/src/Illuminate/Mail/Mailer.php(484): Swift_Mailer->send(Object(Swift_Message), Array)",
    "vendor/laravel/framework/src/Illuminate/Mail/Mailer.php(259): Illuminate\\Mail\\Mailer->sendSwiftMessage(Object(Swift_Message))",
    "app/Jobs/{job}.php({line}): Illuminate\\Mail\\Mailer->send(Object(App\\Mail\\{mail}))",
    "[internal function]: App\\Jobs\\{job}->handle()",
    "vendor/laravel/framework/src/Illuminate/Container/BoundMethod.php(29): call_user_func_array(Array, Array)",
    "vendor/laravel/framework/src/Illuminate/Container/Container.php(564): Illuminate\\Container\\BoundMethod::call(Object(Illuminate\\Foundation\\Application), Array)",
    "vendor/laravel/framework/src/Illuminate/Bus/Dispatcher.php(94): Illuminate\\Container\\Container->call(Array)",
    "vendor/laravel/framework/src/Illuminate/Queue/CallQueuedHandler.php(49): Illuminate\\Bus\\Dispatcher->dispatchNow(Object(App\\Jobs\\{job}), false)",
    "vendor/laravel/framework/src/Illuminate/Queue/Jobs/Job.php(83): Illuminate\\Queue\\CallQueuedHandler->call(Object(Illuminate\\Queue\\Jobs\\DatabaseJob), Array)",
    "vendor/laravel/framework/src/Illuminate/Queue/Worker.php(326): Illuminate\\Queue\\Jobs\\Job->fire()",
    "vendor/laravel/framework/src/Illuminate/Queue/Worker.php(276): Illuminate\\Queue\\Worker->process('database', Object(Illuminate\\Queue\\Jobs\\DatabaseJob), Object(Illuminate\\Queue\\WorkerOptions))",
    "vendor/laravel/framework/src/Illuminate/Queue/Worker.php(118): Illuminate\\Queue\\Worker->runJob(Object(Illuminate\\Queue\\Jobs\\DatabaseJob), 'database', Object(Illuminate\\Queue\\WorkerOptions))",
    "vendor/laravel/framework/src/Illuminate/Queue/Console/WorkCommand.php(101): Illuminate\\Queue\\Worker->daemon('database', 'emails,default', Object(Illuminate\\Queue\\WorkerOptions))",
    "vendor/laravel/framework/src/Illuminate/Queue/Console/WorkCommand.php(85): Illuminate\\Queue\\Console\\WorkCommand->runWorker('database', 'emails,default')",
    "[internal function]: Illuminate\\Queue\\Console\\WorkCommand->handle()",
    "artisan(35): Illuminate\\Foundation\\Console\\Kernel->handle(Object(Symfony\\Component\\Console\\Input\\ArgvInput), Object(Symfony\\Component\\Console\\Output\\ConsoleOutput))",
    "{main}",
]
FS_VIEW_TRACE = [
    "storage/framework/views/{view}.php(212): Illuminate\\Foundation\\Bootstrap\\HandleExceptions->handleError(2, 'Attempt to read...', '/var/www/freesc...', 212, Array)",
    "vendor/laravel/framework/src/Illuminate/View/Engines/PhpEngine.php(43): include('/var/www/freesc...')",
    "vendor/laravel/framework/src/Illuminate/View/Engines/CompilerEngine.php(59): Illuminate\\View\\Engines\\PhpEngine->evaluatePath('/var/www/freesc...', Array)",
    "vendor/laravel/framework/src/Illuminate/View/View.php(142): Illuminate\\View\\Engines\\CompilerEngine->get('/var/www/freesc...', Array)",
    "vendor/laravel/framework/src/Illuminate/View/View.php(125): Illuminate\\View\\View->getContents()",
    "vendor/laravel/framework/src/Illuminate/View/View.php(90): Illuminate\\View\\View->renderContents()",
    "vendor/laravel/framework/src/Illuminate/Http/Response.php(42): Illuminate\\View\\View->render()",
    "vendor/laravel/framework/src/Illuminate/Routing/Router.php(783): Illuminate\\Http\\Response->setContent(Object(Illuminate\\View\\View))",
    "public/index.php(55): Illuminate\\Foundation\\Http\\Kernel->handle(Object(Illuminate\\Http\\Request))",
    "{main}",
]


def freescout(r: random.Random) -> list[Log]:
    """FreeScout 1.8 on one host, 06:00 to 12:00 (see the module docstring)."""
    fs = Files()
    fetch_f, app_f = "fetch-emails.log", "laravel-2024-06-07.log"
    imap_down = (at(7, 31), at(7, 43))
    smtp_down = (at(9, 10), at(9, 31))
    sales_pw = (at(10, 5), at(10, 41))
    t_end = at(12, 0)
    boxes = [("Support", 1, "support@corp.example"), ("Sales", 2, "sales@corp.example")]
    users = {
        3: "anna.weber@corp.example",
        4: "jonas.keller@corp.example",
        5: "lena.fischer@corp.example",
        7: "paul.berg@corp.example",
    }
    thread = [66_412]
    conv_seq = [14_380]

    def F(p: int, t: datetime, label: str, msg: str) -> datetime:
        return fs.add(fetch_f, t, label, lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] {msg}"], p, SEC)

    def E(
        p: object, t: datetime, label: str, msg: str, ctx: str, exc: str, trace: list[str]
    ) -> datetime:
        def text(x: datetime) -> list[str]:
            lines = [
                f'[{x:%Y-%m-%d %H:%M:%S}] production.ERROR: {msg} {{{ctx}"exception":"[object] ({exc})'
            ]
            lines.append("[stacktrace]")
            for n, fr in enumerate(trace):
                lines.append(f"#{n} {fr}" if fr.startswith(("[", "{")) else f"#{n} {FS_ROOT}/{fr}")
            lines.append('"} ')
            return lines

        return fs.add(app_f, t, label, text, p, SEC)

    def mail_rate(x: datetime) -> float:
        return 0.35 if x.hour < 8 else 0.8

    inbox: dict[int, list[tuple[datetime, str]]] = {1: [], 2: []}  # arrival, kind
    for mb, share in ((1, 0.8), (2, 0.2)):
        for ta in arrivals(r, at(5, 50), t_end, lambda x, s=share: mail_rate(x) * s):
            kind = r.choices(
                ["new", "reply", "auto", "user", "alien", "cc"], [42, 36, 7, 9, 1.5, 4.5]
            )[0]
            inbox[mb].append((ta, kind))
            if kind == "cc":  # the same message, also addressed to the other mailbox
                inbox[3 - mb].append((ta + sec(r.uniform(0.5, 3)), "dup"))
    for mb in inbox:
        inbox[mb].sort()
    fetched_upto = {1: at(5, 50), 2: at(5, 50)}
    pid = [40_210]

    for t in every(r, at(6, 0), t_end, 120, 0):
        pid[0] += r.randint(20, 400)
        p = pid[0]
        t = t + sec(r.uniform(1.1, 2.4))
        for name, mb, _addr in boxes:
            t = F(p, t, "Mailbox: %s", f"Mailbox: {name}")
            t += sec(r.uniform(0.3, 1.1))
            if within(t, imap_down):
                t = F(
                    p,
                    t + sec(r.uniform(0.1, 1.5)),
                    "Error: connection setup failed; File: %s (%d)",
                    f"Error: connection setup failed; File: {FS_ROOT}/vendor/webklex/php-imap/src/Client.php (357)",
                )
                continue
            if mb == 1 and r.random() < 0.008:
                t = F(
                    p,
                    t + sec(r.uniform(0.1, 1.5)),
                    "Error: Could not get mailbox folder: INBOX; File: %s (%d)",
                    f"Error: Could not get mailbox folder: INBOX; File: {FS_ROOT}/app/Console/Commands/FetchEmails.php (157)",
                )
                continue
            t = F(p, t, "Folder: %s", "Folder: INBOX")
            new = [m for m in inbox[mb] if fetched_upto[mb] <= m[0] < t]
            fetched_upto[mb] = t
            t = F(p, t + sec(r.uniform(0.2, 1.5)), "Fetched: %d", f"Fetched: {len(new)}")
            for n, (_ta, kind) in enumerate(new, 1):
                subj = subject(r)
                if kind in ("reply", "auto", "dup"):
                    subj = "Re: " + subj
                if kind == "auto":
                    subj = (
                        r.choice(["Automatic reply: ", "Out of Office: ", "Abwesenheitsnotiz: "])
                        + subj[4:]
                    )
                t = F(p, t + sec(r.uniform(0.05, 0.4)), "%d) %s", f"{n}) {subj}")
                if kind == "dup":
                    mid = f"{hexid(r, 16)}@{r.choice(DOMAINS)}"
                    t = F(
                        p,
                        t,
                        "Message with such Message-ID has been fetched before: %s",
                        f"Message with such Message-ID has been fetched before: {mid}",
                    )
                    continue
                if kind in ("user", "alien"):
                    t = F(p, t, "Message from: User", "Message from: User")
                    uid = r.choice(list(users))
                    if kind == "alien":
                        first = users[uid].split(".")[0]
                        t = F(
                            p,
                            t,
                            "From address %s is not the same as user %d email: %s",
                            f"From address {first}.{r.choice(LAST).lower()}@gmail.com is not the same as user {uid} email: {users[uid]}",
                        )
                        continue
                else:
                    t = F(p, t, "Message from: Customer", "Message from: Customer")
                    if kind == "auto":
                        t = F(
                            p,
                            t,
                            "Email detected as autoresponder and ignored.",
                            "Email detected as autoresponder and ignored.",
                        )
                        continue
                thread[0] += r.randint(1, 5)
                if kind == "new":
                    conv_seq[0] += 1
                t = F(
                    p,
                    t + sec(r.uniform(0.3, 2.5)),
                    "Thread successfully created: %d",
                    f"Thread successfully created: {thread[0]}",
                )
        F(p, t + sec(r.uniform(0.2, 0.9)), "Fetching finished", "Fetching finished")

    # the queue worker's failed jobs and the web's errors in the daily log
    wpid = ("queue", 1)
    for tj in arrivals(r, smtp_down[0], smtp_down[1], lambda x: 1.1):
        job, line, mail = r.choice(
            [
                ("SendReplyToCustomer", 120, "ReplyToCustomer"),
                ("SendNotificationToUsers", 101, "UserNotification"),
            ]
        )
        host = "smtp.corp.example"
        msg = f"Connection could not be established with host {host} [Connection refused #111]"
        E(
            wpid,
            tj,
            "Connection could not be established with host %s [%s #%d]",
            msg,
            "",
            f"Swift_TransportException(code: 0): {msg} at {FS_ROOT}/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/StreamBuffer.php:269",
            [
                x.replace("{job}", job).replace("{line}", str(line)).replace("{mail}", mail)
                for x in FS_SMTP_TRACE
            ],
        )
    for tj in arrivals(r, sales_pw[0], sales_pw[1], lambda x: 0.35):
        job, line, mail = "SendReplyToCustomer", 120, "ReplyToCustomer"
        msg = 'Failed to authenticate on SMTP server with username "sales@corp.example" using 2 possible authenticators. Authenticator LOGIN returned Expected response code 235 but got code "535", with message "535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6"'
        E(
            wpid,
            tj,
            'Failed to authenticate on SMTP server with username "%s" using %d possible authenticators. Authenticator %s returned Expected response code %s but got code "%s", with message "%s"',
            msg,
            "",
            f"Swift_TransportException(code: 0): {msg.replace(chr(34), chr(92) + chr(34))} at {FS_ROOT}/vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/Esmtp/AuthHandler.php:191",
            [
                "vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/EsmtpTransport.php(408): Swift_Transport_Esmtp_AuthHandler->afterEhlo(Object(Swift_SmtpTransport))",
                "vendor/swiftmailer/swiftmailer/lib/classes/Swift/Transport/AbstractSmtpTransport.php(148): Swift_Transport_EsmtpTransport->doHeloCommand()",
            ]
            + [
                x.replace("{job}", job).replace("{line}", str(line)).replace("{mail}", mail)
                for x in FS_SMTP_TRACE[2:]
            ],
        )
    view = hexid(r, 40)
    for tj in arrivals(r, at(8, 30), t_end, lambda x: 0.035):
        uid = r.choice(list(users))
        msg = 'Attempt to read property "id" on null (View: /var/www/freescout/resources/views/conversations/view.blade.php)'
        esc = msg.replace('"', '\\"')
        E(
            ("web", r.randint(1, 4)),
            tj,
            'Attempt to read property "%s" on null (View: %s)',
            msg,
            f'"userId":{uid},"email":"{users[uid]}",',
            f'ErrorException(code: 0): {esc} at {FS_ROOT}/storage/framework/views/{view}.php:212, ErrorException(code: 0): Attempt to read property \\"id\\" on null at {FS_ROOT}/storage/framework/views/{view}.php:212',
            [x.replace("{view}", view) for x in FS_VIEW_TRACE],
        )
    return fs.logs(at(6, 0))


# ---------------------------------------------------------------------------------- chatwoot

CW_AGENTS = ["maria", "tom", "lena", "jonas", "sofia", "erik", "clara", "ben", "nina", "felix"]
CW_RUBY = "ruby 3.2.2 (2023-03-30 revision e51014f9c0) [x86_64-linux-musl]"


def b36(n: int) -> str:
    out = ""
    while n:
        n, d = divmod(n, 36)
        out = "0123456789abcdefghijklmnopqrstuvwxyz"[d] + out
    return out or "0"


def gid(r: random.Random, model: str, oid: int) -> str:
    return f"#<GlobalID:0x00007f{hexid(r, 10)} @uri=#<URI::GID gid://chatwoot/{model}/{oid}>>"


def chatwoot(r: random.Random) -> list[Log]:
    """Chatwoot v3.9 under Docker Compose, 08:30 to 10:30 (see the module docstring)."""
    fs = Files()
    rf, sf = "chatwoot-rails.log", "chatwoot-sidekiq.log"
    t0, t1 = at(8, 45), at(10, 30)
    imap_refused = (at(8, 50, 20), at(8, 56, 40))
    imap_cert = (at(10, 5), at(10, 12, 30))
    crm_down = (at(9, 5), at(9, 21))
    smtp_slow = (at(9, 52), at(10, 3))
    deploy = at(10, 15, 2)  # the sidekiq container is OOM-killed; `restart: always` brings it back
    back = {"rails": deploy - sec(3), "sidekiq": deploy + sec(11.8)}

    def rl(
        file: str,
        proc: object,
        t: datetime,
        lvl: str,
        label: str,
        msg: str,
        more: list[str] = (),
        pid: int = 1,
    ) -> datetime:  # type: ignore[assignment]
        def text(x: datetime) -> list[str]:
            return [
                f"{lvl[0]}, [{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond:06d} #{pid}] {lvl:>5} -- : {msg}",
                *more,
            ]

        return fs.add(file, t, label, text, proc, US)

    def bare(file: str, proc: object, t: datetime, label: str, line: str) -> datetime:
        return fs.add(file, t, label, lambda x: [line], proc, US)

    def sk(
        t: datetime, tid: str, ctx: str, lvl: str, label: str | None, msg: str, more: list[str] = ()
    ) -> datetime:  # type: ignore[assignment]
        def text(x: datetime) -> list[str]:
            return [
                f"{x:%Y-%m-%dT%H:%M:%S}.{x.microsecond // 1000:03d}Z pid=1 tid={tid}{ctx} {lvl}: {msg}",
                *more,
            ]

        return fs.add(sf, t, label, text, ("sk", tid), MS)

    def up(svc: str, t: datetime) -> bool:
        return not (deploy - sec(2) <= t < back[svc])

    sk_tids = [b36(r.randint(40000, 90000)) for _ in range(10)]

    def job(
        t: datetime,
        cls: str,
        queue: str,
        args: str,
        work: Callable[[str, str, datetime], tuple[datetime, str]],
    ) -> tuple[datetime, str]:
        """One ActiveJob run by Sidekiq: start, Performing, the job's own lines, Performed, done."""
        if not up("sidekiq", t):
            t = back["sidekiq"] + sec(r.uniform(0.2, 3))
        tid = r.choice(sk_tids)
        jid = hexid(r, 24)
        ajid = uuid4(r)
        ctx = f" class={cls} jid={jid}"
        start = sk(t, tid, ctx, "INFO", "start", "start")
        tag = f"[ActiveJob] [{cls}] [{ajid}] "
        enq = f"{t - sec(r.uniform(0.01, 0.9)):%Y-%m-%dT%H:%M:%SZ}"
        tail = f" with arguments: {args}" if args else ""
        label = "Performing %s (Job ID: %s) from %s(%s) enqueued at %s" + (
            " with arguments: %s" if args else ""
        )
        tp = rl(
            sf,
            ("sk", tid),
            start + sec(r.uniform(0.0005, 0.004)),
            "INFO",
            label,
            f"{tag}Performing {cls} (Job ID: {ajid}) from Sidekiq({queue}) enqueued at {enq}{tail}",
        )
        te, outcome = work(tag, tid, tp)
        te += sec(r.uniform(0.002, 0.03))
        dur = (te - tp).total_seconds() * 1000
        if outcome == "ok":
            rl(
                sf,
                ("sk", tid),
                te,
                "INFO",
                "Performed %s (Job ID: %s) from %s(%s) in %.2fms",
                f"{tag}Performed {cls} (Job ID: {ajid}) from Sidekiq({queue}) in {dur:.2f}ms",
            )
            sk(
                te + sec(0.0008),
                tid,
                ctx + f" elapsed={(te - start).total_seconds() + 0.001:.3f}",
                "INFO",
                "done",
                "done",
            )
            return te, outcome
        # the job raised: ActiveJob's error line with the backtrace, Sidekiq's handler, the fail line
        rl(
            sf,
            ("sk", tid),
            te,
            "ERROR",
            "Error performing %s (Job ID: %s) from %s(%s) in %.2fms: %s (Net::ReadTimeout with %s):",
            f"{tag}Error performing {cls} (Job ID: {ajid}) from Sidekiq({queue}) in {dur:.2f}ms: Net::ReadTimeout (Net::ReadTimeout with #<TCPSocket:(closed)>):",
            [
                "/usr/local/bundle/gems/net-protocol-0.2.2/lib/net/protocol.rb:229:in `rbuf_fill'",
                "/usr/local/bundle/gems/net-protocol-0.2.2/lib/net/protocol.rb:199:in `readuntil'",
                "/usr/local/bundle/gems/net-protocol-0.2.2/lib/net/protocol.rb:209:in `readline'",
                "/usr/local/bundle/gems/net-smtp-0.4.0.1/lib/net/smtp.rb:1015:in `recv_response'",
                "/usr/local/bundle/gems/net-smtp-0.4.0.1/lib/net/smtp.rb:648:in `block in do_start'",
                "/usr/local/bundle/gems/mail-2.8.1/lib/mail/network/delivery_methods/smtp.rb:109:in `start_smtp_session'",
                "/usr/local/bundle/gems/actionmailer-7.0.8.4/lib/action_mailer/delivery_job.rb:15:in `perform'",
            ],
        )
        sk(
            te + sec(0.0009),
            tid,
            ctx + f" elapsed={(te - start).total_seconds() + 0.001:.3f}",
            "INFO",
            "fail",
            "fail",
        )
        hx = sec(0.0012)
        sk(
            te + hx,
            tid,
            "",
            "WARN",
            '{"context":"Job raised exception","job":%s}',
            f'{{"context":"Job raised exception","job":{{"retry":true,"queue":"{queue}","wrapped":"{cls}","args":[{{"job_class":"{cls}","job_id":"{ajid}","queue_name":"{queue}","arguments":["ConversationReplyMailer","email_reply","deliver_now"],"executions":1}}],"class":"ActiveJob::QueueAdapters::SidekiqAdapter::JobWrapper","jid":"{jid}","created_at":{t.timestamp() - 0.4:.7f},"enqueued_at":{t.timestamp() - 0.2:.7f}}}}}',
        )
        sk(
            te + hx * 2,
            tid,
            "",
            "WARN",
            "%s: Net::ReadTimeout with %s",
            "Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)>",
        )
        sk(
            te + hx * 3,
            tid,
            "",
            "WARN",
            None,  # the backtrace, logged right after the exception, goes on its event
            "/usr/local/bundle/gems/net-protocol-0.2.2/lib/net/protocol.rb:229:in `rbuf_fill'",
            [
                "/usr/local/bundle/gems/net-protocol-0.2.2/lib/net/protocol.rb:199:in `readuntil'",
                "/usr/local/bundle/gems/net-smtp-0.4.0.1/lib/net/smtp.rb:1015:in `recv_response'",
                "/usr/local/bundle/gems/mail-2.8.1/lib/mail/network/delivery_methods/smtp.rb:109:in `start_smtp_session'",
                "/usr/local/bundle/gems/sidekiq-7.2.4/lib/sidekiq/processor.rb:202:in `execute_job'",
            ],
        )
        return te, outcome

    def quick(lo: float, hi: float) -> Callable[[str, str, datetime], tuple[datetime, str]]:
        return lambda tag, tid, t: (t + sec(r.uniform(lo, hi)), "ok")

    # ---- the IMAP inbox, fetched every minute by the cron job
    def fetch_work(tag: str, tid: str, t: datetime) -> tuple[datetime, str]:
        if within(t, imap_refused):
            return rl(
                sf,
                ("sk", tid),
                t + sec(r.uniform(0.01, 0.05)),
                "ERROR",
                "Authorization error for email channel - %s : Connection refused - connect(2) for %s port %d",
                f'{tag}Authorization error for email channel - 3 : Connection refused - connect(2) for "mail.corp.example" port 993',
            ), "ok"
        if within(t, imap_cert):
            return rl(
                sf,
                ("sk", tid),
                t + sec(r.uniform(0.05, 0.2)),
                "ERROR",
                "Error for email channel - %s : SSL_connect returned=%d errno=%d peeraddr=%s state=error: certificate verify failed (certificate has expired)",
                f"{tag}Error for email channel - 3 : SSL_connect returned=1 errno=0 peeraddr=10.20.0.25:993 state=error: certificate verify failed (certificate has expired)",
            ), "ok"
        return t + sec(r.uniform(0.3, 1.6)), "ok"

    for tc in every(r, t0, t1, 60, 0.05):
        tc += sec(r.uniform(0.05, 0.6))
        job(tc, "Inboxes::FetchImapEmailInboxesJob", "scheduled_jobs", "", quick(0.02, 0.09))
        job(
            tc + sec(r.uniform(0.2, 0.5)),
            "Inboxes::FetchImapEmailsJob",
            "scheduled_jobs",
            gid(r, "Channel::Email", 3),
            fetch_work,
        )
    for tc in every(r, t0 + sec(120), t1, 300, 0.05):
        job(tc, "TriggerScheduledItemsJob", "scheduled_jobs", "", quick(0.01, 0.06))
        job(
            tc + sec(0.3),
            "Conversations::ReopenSnoozedConversationsJob",
            "scheduled_jobs",
            "",
            quick(0.01, 0.2),
        )

    # ---- conversations: widget visitors and mails in, agents' replies out
    tokens = {a: alnum_token(r) for a in CW_AGENTS}
    conv = [4_480]
    msg_seq = [88_100]

    def broadcast(t: datetime, event: str, cid: int) -> None:
        toks = ", ".join(f'"{tokens[a]}"' for a in r.sample(CW_AGENTS, r.randint(1, 3)))
        msg_seq[0] += 1
        args = (
            f'[{toks}], "{event}", {{:id=>{msg_seq[0]}, :conversation_id=>{cid}, :account_id=>1}}'
        )
        job(t, "ActionCableBroadcastJob", "critical", args, quick(0.005, 0.04))

    def webhook(t: datetime, event: str, cid: int) -> None:
        url = "https://crm.corp.example/hooks/chatwoot"
        args = f'"{url}", {{:event=>"{event}", :id=>{msg_seq[0]}, :conversation=>{{:id=>{cid}}}, :account=>{{:id=>1, :name=>"Corp Support"}}}}'

        def work(tag: str, tid: str, tw: datetime) -> tuple[datetime, str]:
            if within(tw, crm_down):
                e = 'Failed to open TCP connection to crm.corp.example:443 (Connection refused - connect(2) for "crm.corp.example" port 443)'
                return rl(
                    sf,
                    ("sk", tid),
                    tw + sec(r.uniform(0.01, 0.05)),
                    "WARN",
                    "Exception: Invalid webhook URL %s : Failed to open TCP connection to %s (Connection refused - connect(2) for %s port %d)",
                    f"{tag}Exception: Invalid webhook URL {url} : {e}",
                ), "ok"
            return tw + sec(r.uniform(0.08, 0.6)), "ok"

        job(t, "WebhookJob", "medium", args, work)

    def mail_out(t: datetime, mid: int) -> None:
        args = f'"ConversationReplyMailer", "email_reply", "deliver_now", {{:args=>[{gid(r, "Message", mid)}]}}'

        def work(tag: str, tid: str, tw: datetime) -> tuple[datetime, str]:
            if within(tw, smtp_slow):
                return tw + sec(r.uniform(30, 31)), "fail"
            tw += sec(r.uniform(0.3, 1.4))
            return rl(
                sf,
                ("sk", tid),
                tw,
                "INFO",
                "Delivered mail %s (%.1fms)",
                f"{tag}Delivered mail {hexid(r, 13)}_{hexid(r, 4)}@chatwoot-sidekiq-1.mail ({r.uniform(280, 1300):.1f}ms)",
            ), "ok"

        for count in range(
            5
        ):  # Sidekiq's retries: (count ** 4) + 15 + rand(10) * (count + 1) seconds
            te, outcome = job(t, "ActionMailer::MailDeliveryJob", "mailers", args, work)
            if outcome == "ok":
                return
            t = te + sec(count**4 + 15 + r.randint(0, 9) * (count + 1) + r.uniform(0, 5))

    # ---- the Rails container: requests and ActionCable
    web_tid = ["web"]

    def R(t: datetime, lvl: str, label: str, msg: str, more: list[str] = ()) -> datetime:  # type: ignore[assignment]
        return rl(rf, ("rails", web_tid[0]), t, lvl, label, msg, more)

    def request(
        t: datetime,
        ip: str,
        method: str,
        path: str,
        ctrl: str,
        params: str,
        code: str,
        lo: int,
        hi: int,
    ) -> datetime | None:
        if not up("rails", t):
            return None
        rid = uuid4(r)
        web_tid[0] = rid
        t = R(
            t,
            "INFO",
            'Started %s "%s" for %s at %s',
            f'[{rid}] Started {method} "{path}" for {ip} at {t:%Y-%m-%d %H:%M:%S} +0000',
        )
        t = R(
            t + sec(r.uniform(0.0005, 0.003)),
            "INFO",
            "Processing by %s#%s as %s",
            f"[{rid}] Processing by {ctrl} as JSON",
        )
        if params:
            t = R(t + sec(0.0001), "INFO", "  Parameters: %s", f"[{rid}]   Parameters: {params}")
        dur = r.randint(lo, hi)
        return R(
            t + sec(dur / 1000),
            "INFO",
            "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)",
            f"[{rid}] Completed {code} in {dur}ms (Views: {r.uniform(0.3, dur * 0.5):.1f}ms | ActiveRecord: {r.uniform(0.8, dur * 0.4 + 1):.1f}ms | Allocations: {r.randint(2000, 90000)})",
        )

    ips = {
        a: f"{r.choice([84, 91, 178, 217])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
        for a in CW_AGENTS
    }

    def cable(t_on: datetime, t_off: datetime | None, a: str) -> None:
        rid = uuid4(r)
        key = ("cable", rid)
        tag = f"[{rid}] "
        t = rl(
            rf,
            key,
            t_on,
            "INFO",
            'Started %s "%s" [WebSocket] for %s at %s',
            f'{tag}Started GET "/cable" [WebSocket] for {ips[a]} at {t_on:%Y-%m-%d %H:%M:%S} +0000',
        )
        t = rl(
            rf,
            key,
            t + sec(0.0002),
            "INFO",
            "Successfully upgraded to WebSocket (REQUEST_METHOD: %s, HTTP_CONNECTION: %s, HTTP_UPGRADE: %s)",
            f"{tag}Successfully upgraded to WebSocket (REQUEST_METHOD: GET, HTTP_CONNECTION: Upgrade, HTTP_UPGRADE: websocket)",
        )
        t = rl(
            rf,
            key,
            t + sec(r.uniform(0.05, 0.3)),
            "INFO",
            "%s is transmitting the subscription confirmation",
            f"{tag}RoomChannel is transmitting the subscription confirmation",
        )
        t = rl(
            rf,
            key,
            t + sec(0.0004),
            "INFO",
            "%s is streaming from %s",
            f"{tag}RoomChannel is streaming from {tokens[a]}",
        )
        t = rl(
            rf,
            key,
            t + sec(0.0002),
            "INFO",
            "%s is streaming from %s",
            f"{tag}RoomChannel is streaming from account_1",
        )
        if t_off is None:
            return
        t = rl(
            rf,
            key,
            t_off,
            "INFO",
            'Finished "%s" [WebSocket] for %s at %s',
            f'{tag}Finished "/cable" [WebSocket] for {ips[a]} at {t_off:%Y-%m-%d %H:%M:%S} +0000',
        )
        t = rl(
            rf,
            key,
            t + sec(0.0003),
            "INFO",
            "%s stopped streaming from %s",
            f"{tag}RoomChannel stopped streaming from {tokens[a]}",
        )
        rl(
            rf,
            key,
            t + sec(0.0002),
            "INFO",
            "%s stopped streaming from %s",
            f"{tag}RoomChannel stopped streaming from account_1",
        )

    for a in CW_AGENTS:
        t = t0 + sec(r.uniform(0, 1500))
        while t < t1:
            off = t + sec(r.uniform(900, 4200))
            cable(t, off if off < t1 else None, a)
            if off >= t1:
                break
            t = off + sec(r.uniform(3, 600))
        for tr in arrivals(r, t0 + sec(r.uniform(0, 600)), t1, lambda x: 0.1):
            cid = r.randint(4300, conv[0])
            roll = r.random()
            if roll < 0.35:
                request(
                    tr,
                    ips[a],
                    "GET",
                    "/api/v1/accounts/1/conversations?status=open&assignee_type=me&page=1",
                    "Api::V1::Accounts::ConversationsController#index",
                    '{"status"=>"open", "assignee_type"=>"me", "page"=>"1", "account_id"=>"1"}',
                    "200 OK",
                    40,
                    380,
                )
            elif roll < 0.60:
                request(
                    tr,
                    ips[a],
                    "GET",
                    f"/api/v1/accounts/1/conversations/{cid}/messages",
                    "Api::V1::Accounts::Conversations::MessagesController#index",
                    f'{{"account_id"=>"1", "conversation_id"=>"{cid}"}}',
                    "200 OK",
                    25,
                    240,
                )
            elif roll < 0.88:
                text = r.choice(
                    [
                        "Thanks, I have forwarded this to our billing team.",
                        "Could you send us the order number?",
                        "We have reset the password, please try again.",
                        "The refund has been issued.",
                        "Sorry for the delay, looking into it now.",
                    ]
                )
                te = request(
                    tr,
                    ips[a],
                    "POST",
                    f"/api/v1/accounts/1/conversations/{cid}/messages",
                    "Api::V1::Accounts::Conversations::MessagesController#create",
                    f'{{"content"=>"{text}", "private"=>false, "account_id"=>"1", "conversation_id"=>"{cid}", "message"=>{{"content"=>"{text}", "private"=>false}}}}',
                    "200 OK",
                    60,
                    420,
                )
                if te is not None:
                    broadcast(te + sec(r.uniform(0.01, 0.3)), "message.created", cid)
                    if r.random() < 0.75:
                        mail_out(te + sec(r.uniform(0.02, 0.4)), msg_seq[0])
            else:
                request(
                    tr,
                    ips[a],
                    "GET",
                    "/api/v1/accounts/1/notifications?page=1",
                    "Api::V1::Accounts::NotificationsController#index",
                    '{"page"=>"1", "account_id"=>"1"}',
                    "200 OK",
                    20,
                    160,
                )
    # website visitors writing through the widget
    wtoken = "Qm4k7pZr2sWx9vTb6yNe3hJd"
    for tv in arrivals(r, t0, t1, lambda x: 0.36):
        ip = f"{r.choice([31, 46, 77, 85, 89, 93, 109, 176, 188, 212])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
        new = r.random() < 0.35
        if new:
            conv[0] += 1
        cid = conv[0] if new else r.randint(4300, conv[0])
        text = r.choice(
            [
                "Hi, my order has not arrived yet",
                "Do you ship to Austria?",
                "I cannot log in",
                "Is there a student discount?",
                "hello?",
                "How do I cancel my subscription?",
            ]
        )
        te = request(
            tv,
            ip,
            "POST",
            f"/api/v1/widget/messages?website_token={wtoken}",
            "Api::V1::Widget::MessagesController#create",
            f'{{"website_token"=>"{wtoken}", "message"=>{{"content"=>"{text}", "timestamp"=>"{tv:%a %b %d %Y %H:%M:%S} GMT+0200 (Central European Summer Time)", "referer_url"=>"https://www.corp.example/{r.choice(["pricing", "shop", "help", ""])}"}}}}',
            "200 OK",
            50,
            300,
        )
        if te is None:
            continue
        broadcast(te + sec(r.uniform(0.01, 0.2)), "message.created", cid)
        if new:
            broadcast(te + sec(r.uniform(0.01, 0.2)), "conversation.created", cid)
            webhook(te + sec(r.uniform(0.02, 0.3)), "conversation_created", cid)
        else:
            webhook(te + sec(r.uniform(0.02, 0.3)), "message_created", cid)
    # scanners
    for ts in arrivals(r, t0, t1, lambda x: 0.09):
        if not up("rails", ts):
            continue
        rid = uuid4(r)
        path = r.choice(
            [
                "/wp-login.php",
                "/.env",
                "/xmlrpc.php",
                "/phpmyadmin/index.php",
                "/.git/config",
                "/admin/config.php",
            ]
        )
        ip = f"{r.choice([45, 103, 141, 185, 194])}.{r.randint(1, 254)}.{r.randint(0, 254)}.{r.randint(1, 254)}"
        key = ("scan", rid)
        t = rl(
            rf,
            key,
            ts,
            "INFO",
            'Started %s "%s" for %s at %s',
            f'[{rid}] Started GET "{path}" for {ip} at {ts:%Y-%m-%d %H:%M:%S} +0000',
        )
        rl(
            rf,
            key,
            t + sec(r.uniform(0.0008, 0.003)),
            "FATAL",
            '%s (No route matches [%s] "%s"):',
            f"[{rid}]   ",
            [
                f'[{rid}] ActionController::RoutingError (No route matches [GET] "{path}"):',
                f"[{rid}]   ",
            ],
        )

    # ---- Sidekiq is killed by the kernel's OOM killer (no shutdown lines) and restarted
    st = back["sidekiq"] - sec(3.4)
    main = b36(r.randint(40000, 90000))
    for label, msg in [
        (
            "Booted Rails %s application in %s environment",
            "Booted Rails 7.0.8.4 application in production environment",
        ),
        ("Running in %s", f"Running in {CW_RUBY}"),
        (
            "See LICENSE and the LGPL-3.0 for licensing details.",
            "See LICENSE and the LGPL-3.0 for licensing details.",
        ),
        (
            "Upgrade to Sidekiq Pro for more features and support: %s",
            "Upgrade to Sidekiq Pro for more features and support: https://sidekiq.org",
        ),
        (
            "Sidekiq %s connecting to Redis with options %s",
            'Sidekiq 7.2.4 connecting to Redis with options {:size=>10, :pool_name=>"internal", :url=>"redis://:REDACTED@redis:6379"}',
        ),
        (
            "Sidekiq %s connecting to Redis with options %s",
            'Sidekiq 7.2.4 connecting to Redis with options {:size=>27, :pool_name=>"default", :url=>"redis://:REDACTED@redis:6379"}',
        ),
    ]:
        st = sk(st + sec(r.uniform(0.001, 0.3)), main, "", "INFO", label, msg)
    for name in [
        "internal_check_new_versions_job",
        "trigger_scheduled_items_job",
        "trigger_imap_email_inboxes_job",
        "reopen_snoozed_conversations_job",
        "remove_stale_contact_inboxes_job",
        "purge_orphan_conversations_job",
    ]:
        st = sk(
            st + sec(r.uniform(0.001, 0.01)),
            main,
            "",
            "INFO",
            "Cron Jobs - added job with name: %s",
            f"Cron Jobs - added job with name: {name}",
        )
    sk(
        st + sec(0.2),
        main,
        "",
        "INFO",
        "Starting processing, hit Ctrl-C to stop",
        "Starting processing, hit Ctrl-C to stop",
    )
    return fs.logs(t0)


def alnum_token(r: random.Random) -> str:
    return "".join(
        r.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(24)
    )


SYSTEMS = {
    "zammad": zammad,
    "request-tracker": request_tracker,
    "znuny": znuny,
    "chatwoot": chatwoot,
    "freescout": freescout,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
