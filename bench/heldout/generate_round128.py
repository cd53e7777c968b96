#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 128 (redmine, confluence, bitbucket, mediawiki, moodle) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file). Five team web applications, 06:00 to 12:00 on
2024-06-05. None was in the set; all five are the brief's.

- Redmine 5.1 on Rails 6.1 (`production.log`: Redmine's production environment keeps Rails'
  plain formatter, so a line is the message alone, with no time, level or pid; the only times
  are in `Started GET "/" for 10.20.1.15 at 2024-06-05 06:00:03 +0000` and in the login lines):
  every request's `Started`, `Processing by %s#%s as %s`, `  Parameters: %s`, Redmine's own
  `  Current user: %s (id=%d)` / `  Current user: anonymous`, Rails 6.1's `  Rendering layout`,
  `  Rendering %s within %s`, `  Rendered ... (Duration: %.1fms | Allocations: %d)` and
  `Completed %d %s in %dms (...)` with and without `Views:`; `Redirected to %s`, `Filter chain
  halted as %s rendered or redirected`, `Sent file %s (%.1fms)`; a CI bot polling the REST API
  every ten minutes (`issues/index.api.rsb`); issue updates enqueueing their notifications
  (`[ActiveJob] Enqueued ActionMailer::MailDeliveryJob ...`, then `Performing` / `Performed` in
  the async adapter's threads, tagged, with the mail templates rendered); the SMTP relay down
  07:00-07:20 (`Email delivery error: %s`: `Connection refused - connect(2) for %s port %d`, then
  `execution expired`); a password spray 08:10-08:40 (`Failed login for '%s' from %s at %s`); a
  plugin update breaking issues/show 09:30-10:02 (`ActionView::Template::Error (undefined method
  `name' for nil:NilClass):` with the template's annotated lines and the trace, logged as one
  FATAL call opened by a line of two blanks); the database restarting 10:40-10:46
  (`ActiveRecord::ConnectionNotEstablished (...)`); scanners' `ActionController::RoutingError`;
  CSRF failures; the mail receiver's `MailHandler: issue #%d created by %s`.
- Confluence Data Center 8.5 (`atlassian-confluence.log`: log4j's `%d %p [%t] [%c{4}] %M %m`,
  the request's context on a line of its own after the message, ` -- referer: ... | url: ... |
  traceId: ... | userName: ...`, and a stack trace after that): a monitoring account removed from
  the users group at 07:00 failing every 30 s (Seraph's `login : '%s' tried to login but they do
  not have USE permission or weren't found. Deleting remember me cookie.`), the Active Directory
  sync every 10 minutes (Crowd's `INCREMENTAL synchronisation for directory [ %d ] starting`,
  `found [ %d ] changed remote users in [ %dms ]`, `... groups ...`, `... complete ...`) and the
  domain controller down 08:50-09:05 (`Error occurred while refreshing the cache for directory [
  %d ].` with its stack), the mail relay down 07:40-08:40 (`Failed to execute task` with
  `com.atlassian.mail.MailException: ...`), a restored space whose attachments are missing
  (`Could not find data for attachment: %s`), the PostgreSQL primary failing over 09:12-09:15
  (Hikari's `Connection %s marked as broken because of SQLSTATE(%s), ErrorCode(%d)`, Hibernate's
  `SQL Error: %d, SQLState: %s` and the driver's or pool's message, `Could not execute action`,
  `Scheduled job %s completed unsuccessfully with response %s`), and a restart at 10:30 (the
  plugin system's shutdown and start-up, `Starting Confluence %s [build %s based on commit hash
  %s]`, `Confluence is ready to serve`).
- Bitbucket Data Center 8.19 (`bitbucket1-atlassian-bitbucket.log`,
  `bitbucket2-atlassian-bitbucket.log`: logback's `%date %-5level [%thread] %X{...} %logger{36}
  %message`, a request's user, request id, session, client address and request line between
  the thread and the logger, two blanks for a background thread): a CI storm 08:50-09:45 (`A
  [%s] ticket could not be acquired (%d/%d)` for `scm-hosting` and `scm-refs`, the event queue
  full twice with the processing threads' stacks), builds cancelled all morning (`%s[%d]: Read
  request from %s failed: org.apache.catalina.connector.ClientAbortException: java.io.IOException:
  Broken pipe`, and over SSH the monorepo's `... com.atlassian.utils.process.ProcessTimeoutException:
  process timed out`), a plugin's NullPointerException on the dashboard 07:15-10:45 (`Unhandled
  exception while processing REST request: %s` with its stack), the hourly directory sync, and
  bitbucket2 restarted at 10:15 (Hazelcast's `%s is %s` states, `Hazelcast Shutdown is completed
  in %d ms.`, the multi-line `Members {size:%d, ver:%d} [` lists on both nodes, a closed
  connection, Spring Boot's start-up lines, the home lock, the plugin system's phases).
- MediaWiki 1.39 (`exception.log`, `error.log`, `runJobs.log`, `DBPerformance.log`,
  `DBReplication.log`, `memcached.log`, `ratelimit.log`, `authentication.log`: the files of
  `$wgDebugLogGroups`, LegacyLogger's `2024-06-05 06:00:01 wiki1 wikidb: message`, an
  exception's redacted trace appended as `#0 ...` lines): the job runner's `%s STARTING` and
  `%s t=%d good` for refreshLinks, htmlCacheUpdate, cdnPurge, recentChangesUpdate and
  enotifNotify jobs (the job's own string first), a maintenance script holding locks 08:20-08:35
  (`%s t=%d error=Wikimedia\\Rdbms\\DBQueryError: ...` over several lines, the same
  DBQueryError in exception.log, DBPerformance's `Sub-optimal transaction [%s]:` and
  `Expectation (%s <= %d) by %s not met (actual: %d) in trx #%s:` with the query and a trace),
  a skin's PHP warnings on every page using one template (`[%s] %s   PHP Warning: Undefined
  array key "%s"`, PHP 8.2's dynamic property deprecation), an extension's fatal `Error: Call to
  a member function getText() on null`, the replica lagging 09:40-10:05 (`%s: server %s has %s
  seconds of lag (>= %d)`, `%s: all replica DBs lagged. Switch to read-only mode`,
  `DBReadOnlyError`), memcached restarted at 08:00 and one server unreachable 10:50-11:05
  (`Memcached error for key "%s" on server "%s": %s` with libmemcached's three messages), a
  crawler tripping the purge limit, logins and a brute force (`Login for %s succeeded from %s`,
  `Login failed in primary authentication by %s`), the primary restarted at 11:20
  (`DBConnectionError` in exception.log, from page views and from the job runner, whose queue is
  in the database).
- Moodle 4.1 (`cron.log`: `admin/cli/cron.php`'s output appended by cron every ten minutes, no
  time on a line but `Server Time: %s` and `... started %s.`): every run's seven minute tasks
  (`Execute scheduled task: %s (%s)`, `... started %s. Current memory use %s.`, `... used %d
  dbqueries`, `... used %s seconds`, `Scheduled task complete: %s (%s)`), the forum's and the
  quiz's own lines (`Removing old digest records from %d days ago.`, `Fetching unmailed posts.`,
  `  No posts found.`, `  Looking for quiz overdue quiz attempts...`, `  Considered %d attempts
  in %d quizzes.`), the forum's notification tasks (`Execute adhoc task: %s`, `Adhoc task id:
  %d`, `Adhoc task custom data: %s`, `Sending messages to %s (%d)`, `Sent %d messages with %d
  failures`, `Adhoc task complete: %s`), the LDAP sync every 30 minutes (`Connecting to LDAP
  server...`, `User entries to be updated: %d`, `Updating user %s id %d`, ...) failing while the
  domain controller is down (`Scheduled task failed: %s (%s),LDAP-module cannot connect to any
  servers: ...`, one `Server: ...` line per server), the mail relay down 10:00-10:40 (`Error:
  lib/moodlelib.php email_to_user(): SMTP Error: Could not connect to SMTP host. Failed to
  connect to server`), and each run's `Cron script completed correctly`, `Cron completed at %s.
  Memory used %s.`, `Execution took %s seconds`.

Label notes. The heads are context: Confluence's and Bitbucket's time, level, thread, logger
(and Confluence's method), Bitbucket's request columns and Hazelcast's `[address] [cluster]
[version]` prefix, MediaWiki's time, host and wiki id, Rails' tags (`[ActiveJob]
[ActionMailer::MailDeliveryJob] [job id]`). Confluence's ` -- url: ...` line and every stack
trace, annotated template line, `#N` frame and later line of a multi-line message continue their
event (no label). Rails' exception call opens with a line of two blanks, which holds nothing to
label: the exception's `%s (%s):` line after it carries the label (if errctl stores the blank
line as an event it counts as unlabelled). A value that is a message of its own contributes its
format (`Email delivery error: execution expired`, MediaWiki's `error=` and exception texts,
Moodle's failed task's exception, libmemcached's messages); enum names (Hazelcast's states,
throttle bucket names, the DB expectation's measure) and job strings, user names, paths,
durations and counts are variables. Words picked by branch are wording (Rails' `Completed` with
and without `Views:`, `Rendered %s within %s` beside `Rendered %s`, Redmine's `Current user:
anonymous`).

Least sure (written from the helper's knowledge, no source at hand): Redmine's plain log (no
`log_formatter` in its production.rb) and whether Rails 6.1 logs `Rendering ...` at info;
Confluence's `-- ...` context line's keys and order, the AbstractErrorQueuedTaskQueue mail
failure, the attachment DAO's message and the Crowd refresher's `found [ %d ] changed remote
users` lines; Bitbucket's throttle service's logger name and bucket counts, the GitSmartExitHandler
messages, the SSH exit handler's logger, the dashboard's REST message and its background
threads' two blanks; MediaWiki 1.39's DBQueryError text, TransactionProfiler's wording, the
ratelimit line (an older `User::pingLimiter` wording) and the replication messages; Moodle's
forum and adhoc task lines (`Sending messages to %s (%d)`, `Sent %d messages with %d failures`,
the custom data's shape) and the LDAP sync's strings.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec


def at(h: int, m: int, s: float = 0) -> datetime:
    """An instant of 2024-06-05 (UTC), the day every system of the round runs."""
    return datetime(2024, 6, 5, h, m, 0, tzinfo=UTC) + sec(s)


def ms3(t: datetime) -> str:
    return f"{t.microsecond // 1000:03d}"


def logback_abbrev(name: str, target: int = 36) -> str:
    """logback's `%logger{36}`: the leftmost packages cut to their initial until it fits."""
    parts = name.split(".")
    trim = len(name) - target
    for i in range(len(parts) - 1):
        if trim <= 0:
            break
        trim -= len(parts[i]) - 1
        parts[i] = parts[i][0]
    return ".".join(parts)


def log4j_c(name: str, n: int = 4) -> str:
    """log4j's `%c{4}`: the logger's last four components."""
    return ".".join(name.split(".")[-n:])


# ---------------------------------------------------------------------------------- redmine

RM_HOST = "https://redmine.example.com"
# login, name, id, address
RM_USERS = [
    ("jsmith", "John Smith", 5, "10.20.1.15"),
    ("akowalski", "Anna Kowalski", 12, "10.20.1.22"),
    ("mchen", "Mei Chen", 17, "10.20.1.31"),
    ("pdubois", "Pierre Dubois", 23, "10.8.0.14"),
    ("rsingh", "Ravi Singh", 31, "10.20.1.47"),
    ("lnovak", "Lucie Novak", 38, "10.8.0.22"),
    ("tmeyer", "Tobias Meyer", 44, "10.20.1.53"),
    ("admin", "Redmine Admin", 1, "10.20.1.10"),
]
RM_PROJECTS = ["web", "mobile", "infra", "billing"]
RM_WIKI = ["Runbook", "Release_process", "Onboarding", "Architecture"]
RM_STATUS = {
    200: "OK",
    302: "Found",
    403: "Forbidden",
    404: "Not Found",
    422: "Unprocessable Entity",
    500: "Internal Server Error",
}
RM_SCANS = [
    "/wp-login.php",
    "/.env",
    "/xmlrpc.php",
    "/phpmyadmin/index.php",
    "/.git/config",
    "/cgi-bin/luci",
]
RM_DISPATCH_TRACE = [
    "actionpack (6.1.7.8) lib/action_dispatch/middleware/debug_exceptions.rb:31:in `call'",
    "actionpack (6.1.7.8) lib/action_dispatch/middleware/show_exceptions.rb:33:in `call'",
    "railties (6.1.7.8) lib/rails/rack/logger.rb:37:in `call_app'",
    "railties (6.1.7.8) lib/rails/rack/logger.rb:26:in `block in call'",
    "activesupport (6.1.7.8) lib/active_support/tagged_logging.rb:99:in `block in tagged'",
    "railties (6.1.7.8) lib/rails/rack/logger.rb:26:in `call'",
    "actionpack (6.1.7.8) lib/action_dispatch/middleware/remote_ip.rb:81:in `call'",
    "rack (2.2.9) lib/rack/method_override.rb:24:in `call'",
    "puma (6.4.2) lib/puma/request.rb:100:in `block in handle_request'",
    "puma (6.4.2) lib/puma/thread_pool.rb:155:in `block in spawn_thread'",
]
RM_TEMPLATE_ERR = [
    '    11: <ul class="checklist">',
    "    12:   <% @issue.checklists.each do |item| %>",
    "    13:     <li class=\"checklist-item<%= ' is-done' if item.is_done %>\">",
    '    14:       <%= item.subject %> <span class="assignee"><%= item.assigned_to.name %></span>',
    "    15:     </li>",
    "    16:   <% end %>",
    "    17: </ul>",
    "  ",
    "plugins/redmine_checklists/app/views/issues/_checklist.html.erb:14",
    "plugins/redmine_checklists/app/views/issues/_checklist.html.erb:12",
    "plugins/redmine_checklists/lib/redmine_checklists/hooks/views_issues_hook.rb:31:in `view_issues_show_description_bottom'",
    "lib/redmine/hook.rb:67:in `block (2 levels) in call_hook'",
    "lib/redmine/hook.rb:67:in `each'",
    "lib/redmine/hook.rb:67:in `block in call_hook'",
    "lib/redmine/hook.rb:64:in `call_hook'",
    "lib/redmine/hook.rb:98:in `call_hook'",
    "app/views/issues/show.html.erb:85",
    "app/controllers/issues_controller.rb:141:in `block (2 levels) in show'",
    "app/controllers/issues_controller.rb:123:in `show'",
    "lib/redmine/sudo_mode.rb:61:in `sudo_mode'",
]
RM_DB_TRACE = [
    "  ",
    "app/models/user.rb:259:in `try_to_autologin'",
    "app/controllers/application_controller.rb:138:in `find_current_user'",
    "app/controllers/application_controller.rb:95:in `user_setup'",
    "lib/redmine/sudo_mode.rb:61:in `sudo_mode'",
]


def rails_gid(r: random.Random, model: str, ident: int) -> str:
    return f"#<GlobalID:0x00007f{hexid(r, 10)} @uri=#<URI::GID gid://redmine-app/{model}/{ident}>>"


def redmine(r: random.Random) -> list[Log]:
    """Redmine 5.1 (four Puma workers, one production.log) for a team of eight, 06:00 to 12:00:
    a CI bot polling the API every ten minutes, the SMTP relay down 07:00-07:20, a password
    spray 08:10-08:40, a plugin update breaking issues/show 09:30-10:02, the database restarting
    10:40-10:46, the mail receiver every five minutes, scanners."""
    fs = Files()
    F = "production.log"

    def L(t: datetime, label: str | None, lines: list[str]) -> datetime:
        return fs.add(F, t, label, lambda x: lines, "rails", 1)

    def started(t: datetime, method: str, path: str, ip: str) -> datetime:
        return fs.add(
            F,
            t,
            'Started %s "%s" for %s at %s',
            lambda x: [f'Started {method} "{path}" for {ip} at {x:%Y-%m-%d %H:%M:%S} +0000'],
            "puma",
            1_000_000,
        )

    def step(t: datetime, lo: float = 0.0005, hi: float = 0.004) -> datetime:
        return t + sec(r.uniform(lo, hi))

    def params(d: dict) -> str:
        def v(x: object) -> str:
            if isinstance(x, dict):
                return "{" + ", ".join(f'"{k}"=>{v(y)}' for k, y in x.items()) + "}"
            return json.dumps(x, ensure_ascii=False)

        return v(d)

    def head(
        t: datetime, method: str, path: str, ip: str, action: str, fmt: str, p: dict | None
    ) -> datetime:
        t = started(t, method, path, ip)
        t = L(step(t), "Processing by %s#%s as %s", [f"Processing by {action} as {fmt}"])
        if p:
            t = L(step(t), "  Parameters: %s", [f"  Parameters: {params(p)}"])
        return t

    def cur(t: datetime, user: tuple | None) -> datetime:
        if user is None:
            return L(step(t), "  Current user: anonymous", ["  Current user: anonymous"])
        return L(
            step(t), "  Current user: %s (id=%d)", [f"  Current user: {user[0]} (id={user[2]})"]
        )

    def alloc(lo: int, hi: int) -> int:
        return r.randint(lo, hi)

    def render(
        t: datetime, view: str, layout: str = "layouts/base", ok: bool = True
    ) -> tuple[datetime, float]:
        lf = f"{layout}.html.erb" if layout else ""
        if layout:
            t = L(step(t), "  Rendering layout %s", [f"  Rendering layout {lf}"])
            t = L(step(t), "  Rendering %s within %s", [f"  Rendering {view} within {layout}"])
        else:
            t = L(step(t), "  Rendering %s", [f"  Rendering {view}"])
        if not ok:
            return t, 0.0
        d = r.uniform(4, 180)
        if layout:
            a1 = alloc(2000, 90000)
            t = L(
                t + sec(d / 1000),
                "  Rendered %s within %s (Duration: %.1fms | Allocations: %d)",
                [f"  Rendered {view} within {layout} (Duration: {d:.1f}ms | Allocations: {a1})"],
            )
            d2 = d + r.uniform(8, 60)
            t = L(
                t + sec((d2 - d) / 1000),
                "  Rendered layout %s (Duration: %.1fms | Allocations: %d)",
                [
                    f"  Rendered layout {lf} (Duration: {d2:.1f}ms | Allocations: {a1 + alloc(4000, 40000)})"
                ],
            )
            return t, d2
        t = L(
            t + sec(d / 1000),
            "  Rendered %s (Duration: %.1fms | Allocations: %d)",
            [f"  Rendered {view} (Duration: {d:.1f}ms | Allocations: {alloc(1500, 60000)})"],
        )
        return t, d

    def done(
        t: datetime, status: int, views: float | None, db: float, total: int | None = None
    ) -> datetime:
        tot = total if total is not None else int((views or 0) + db + r.uniform(2, 40))
        if views is None:
            return L(
                step(t),
                "Completed %d %s in %dms (ActiveRecord: %.1fms | Allocations: %d)",
                [
                    f"Completed {status} {RM_STATUS[status]} in {tot}ms (ActiveRecord: {db:.1f}ms | Allocations: {alloc(300, 40000)})"
                ],
            )
        return L(
            step(t),
            "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)",
            [
                f"Completed {status} {RM_STATUS[status]} in {tot}ms (Views: {views:.1f}ms | ActiveRecord: {db:.1f}ms | Allocations: {alloc(5000, 160000)})"
            ],
        )

    def fatal(t: datetime, label: str, lines: list[str]) -> datetime:
        t = L(step(t), None, ["  "])
        return L(t, label, lines)

    smtp_refused = (at(7, 0, 12), at(7, 8, 30))
    smtp_timeout = (at(7, 8, 30), at(7, 20, 5))
    db_down = (at(10, 40, 5), at(10, 45, 50))
    plugin_bug = (at(9, 30, 20), at(10, 2, 10))

    def mail_job(
        t: datetime, mailer: str, user: tuple, obj: tuple[str, int], tag: str = ""
    ) -> datetime:
        jid = uuid4(r)
        args = f'"Mailer", "{mailer}", "deliver_now", {{:args=>[{rails_gid(r, "User", user[2])}, {rails_gid(r, obj[0], obj[1])}]}}'
        t = L(
            step(t),
            "Enqueued %s (Job ID: %s) to %s(%s) with arguments: %s",
            [
                f"[ActiveJob] Enqueued ActionMailer::MailDeliveryJob (Job ID: {jid}) to Async(mailers) with arguments: {args}"
            ],
        )
        tags = f"[ActiveJob] [ActionMailer::MailDeliveryJob] [{jid}] "
        tj = t + sec(r.uniform(0.02, 0.3))
        enq = t
        tj = L(
            tj,
            "Performing %s (Job ID: %s) from %s(%s) enqueued at %s with arguments: %s",
            [
                f"{tags}Performing ActionMailer::MailDeliveryJob (Job ID: {jid}) from Async(mailers) enqueued at {enq:%Y-%m-%dT%H:%M:%S}Z with arguments: {args}"
            ],
        )
        t1 = tj
        for part in ("html", "text"):
            tj = L(
                step(tj, 0.001, 0.003),
                "  Rendering layout %s",
                [f"{tags}  Rendering layout layouts/mailer.{part}.erb"],
            )
            tj = L(
                step(tj),
                "  Rendering %s within %s",
                [f"{tags}  Rendering mailer/{mailer}.{part}.erb within layouts/mailer"],
            )
            d = r.uniform(2, 30)
            a1 = alloc(800, 9000)
            tj = L(
                tj + sec(d / 1000),
                "  Rendered %s within %s (Duration: %.1fms | Allocations: %d)",
                [
                    f"{tags}  Rendered mailer/{mailer}.{part}.erb within layouts/mailer (Duration: {d:.1f}ms | Allocations: {a1})"
                ],
            )
            tj = L(
                step(tj),
                "  Rendered layout %s (Duration: %.1fms | Allocations: %d)",
                [
                    f"{tags}  Rendered layout layouts/mailer.{part}.erb (Duration: {d + r.uniform(0.5, 4):.1f}ms | Allocations: {a1 + alloc(100, 1500)})"
                ],
            )
        if smtp_refused[0] <= tj < smtp_refused[1]:
            tj = L(
                step(tj, 0.002, 0.01),
                "Email delivery error: Connection refused - connect(2) for %s port %d",
                [
                    f'{tags}Email delivery error: Connection refused - connect(2) for "mail.example.com" port 587'
                ],
            )
        elif smtp_timeout[0] <= tj < smtp_timeout[1]:
            tj = L(
                tj + sec(5.0 + r.uniform(0.001, 0.02)),
                "Email delivery error: execution expired",
                [f"{tags}Email delivery error: execution expired"],
            )
        else:
            tj += sec(r.uniform(0.2, 1.4))
        L(
            step(tj),
            "Performed %s (Job ID: %s) from %s(%s) in %.2fms",
            [
                f"{tags}Performed ActionMailer::MailDeliveryJob (Job ID: {jid}) from Async(mailers) in {(tj - t1).total_seconds() * 1000 + r.uniform(1, 5):.2f}ms"
            ],
        )
        return t

    def db_fail(
        t: datetime, method: str, path: str, ip: str, action: str, fmt: str, p: dict | None
    ) -> None:
        t = head(t, method, path, ip, action, fmt, p)
        t = done(t, 500, None, 0.0, r.randint(2, 9))
        fatal(
            t,
            "%s (Can't connect to MySQL server on '%s' (%d \"Connection refused\")):",
            [
                "ActiveRecord::ConnectionNotEstablished (Can't connect to MySQL server on 'db1.internal' (111 \"Connection refused\")):",
                *RM_DB_TRACE,
            ],
        )

    def page(t: datetime, user: tuple) -> None:
        p = r.choice(RM_PROJECTS)
        iid = r.randint(4100, 5230)
        kind = r.choices(
            [
                "home",
                "my",
                "issues",
                "issue",
                "project",
                "wiki",
                "activity",
                "roadmap",
                "file",
                "nf",
                "forbid",
            ],
            [4, 8, 14, 26, 4, 8, 5, 3, 5, 2, 1],
        )[0]
        ip = user[3]
        if db_down[0] <= t < db_down[1]:
            db_fail(
                t, "GET", f"/issues/{iid}", ip, "IssuesController#show", "HTML", {"id": str(iid)}
            )
            return
        if kind == "home":
            t = head(t, "GET", "/", ip, "WelcomeController#index", "HTML", None)
            view = "welcome/index.html.erb"
        elif kind == "my":
            t = head(t, "GET", "/my/page", ip, "MyController#page", "HTML", None)
            view = "my/page.html.erb"
        elif kind == "issues":
            q = r.choice([None, "12", "15"])
            ps = {"project_id": p} if q is None else {"query_id": q, "project_id": p}
            path = f"/projects/{p}/issues" + (f"?query_id={q}" if q else "")
            t = head(t, "GET", path, ip, "IssuesController#index", "HTML", ps)
            view = "issues/index.html.erb"
        elif kind in ("issue", "nf", "forbid"):
            t = head(
                t, "GET", f"/issues/{iid}", ip, "IssuesController#show", "HTML", {"id": str(iid)}
            )
            view = "issues/show.html.erb"
            if kind in ("nf", "forbid"):
                t = cur(t, user)
                t, v = render(t, "common/error.html.erb")
                done(t, 404 if kind == "nf" else 403, v, r.uniform(0.5, 4))
                return
            if plugin_bug[0] <= t < plugin_bug[1] and r.random() < 0.55:
                t = cur(t, user)
                t, _ = render(t, view, ok=False)
                t = done(t + sec(r.uniform(0.03, 0.2)), 500, None, r.uniform(6, 40))
                fatal(
                    t,
                    "%s (undefined method `%s' for nil:NilClass):",
                    [
                        "ActionView::Template::Error (undefined method `name' for nil:NilClass):",
                        *RM_TEMPLATE_ERR,
                    ],
                )
                return
        elif kind == "project":
            t = head(t, "GET", f"/projects/{p}", ip, "ProjectsController#show", "HTML", {"id": p})
            view = "projects/show.html.erb"
        elif kind == "wiki":
            w = r.choice(RM_WIKI)
            t = head(
                t,
                "GET",
                f"/projects/{p}/wiki/{w}",
                ip,
                "WikiController#show",
                "HTML",
                {"project_id": p, "id": w},
            )
            view = "wiki/show.html.erb"
        elif kind == "activity":
            t = head(
                t,
                "GET",
                f"/projects/{p}/activity",
                ip,
                "ActivitiesController#index",
                "HTML",
                {"id": p},
            )
            view = "activities/index.html.erb"
        elif kind == "roadmap":
            t = head(
                t,
                "GET",
                f"/projects/{p}/roadmap",
                ip,
                "VersionsController#index",
                "HTML",
                {"project_id": p},
            )
            view = "versions/index.html.erb"
        else:
            aid = r.randint(8800, 9400)
            name = r.choice(
                ["report.pdf", "screenshot.png", "export.csv", "trace.log", "mockup.fig"]
            )
            t = head(
                t,
                "GET",
                f"/attachments/download/{aid}/{name}",
                ip,
                "AttachmentsController#download",
                "HTML",
                {"id": str(aid), "filename": name},
            )
            t = cur(t, user)
            stamp = f"2406{r.randint(1, 5):02d}{r.randint(0, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
            t = L(
                step(t),
                "Sent file %s (%.1fms)",
                [
                    f"Sent file /var/lib/redmine/files/2024/06/{stamp}_{name} ({r.uniform(0.1, 0.9):.1f}ms)"
                ],
            )
            done(t, 200, None, r.uniform(0.8, 5))
            return
        t = cur(t, user)
        t, v = render(t, view)
        done(t, 200, v, r.uniform(2, 60))

    def update(t: datetime, user: tuple) -> None:
        iid = r.randint(4100, 5230)
        ip = user[3]
        if db_down[0] <= t < db_down[1]:
            db_fail(t, "PATCH", f"/issues/{iid}", ip, "IssuesController#update", "HTML", None)
            return
        notes = r.choice(
            [
                "Deployed to staging.",
                "Cannot reproduce on 5.1.2.",
                "Fixed in r4512.",
                "See the attached trace.",
                "",
            ]
        )
        p = {
            "utf8": "✓",
            "_method": "patch",
            "authenticity_token": "[FILTERED]",
            "form_update_triggered_by": "",
            "issue": {
                "status_id": str(r.choice([2, 3, 5])),
                "done_ratio": str(r.choice([0, 50, 80, 100])),
                "notes": notes,
            },
            "last_journal_id": str(r.randint(20000, 21000)),
            "commit": "Submit",
            "id": str(iid),
        }
        t = head(t, "PATCH", f"/issues/{iid}", ip, "IssuesController#update", "HTML", p)
        if r.random() < 0.06:
            t = L(
                step(t),
                "Can't verify CSRF token authenticity.",
                ["Can't verify CSRF token authenticity."],
            )
            t, v = render(t, "common/error.html.erb")
            done(t, 422, v, 0.0)
            return
        t = cur(t, user)
        watchers = r.sample([u for u in RM_USERS if u != user], r.choice([1, 1, 1, 2]))
        jrn = r.randint(20000, 21000)
        for w in watchers:
            t = mail_job(t, "issue_edit", w, ("Journal", jrn))
        t = L(step(t), "Redirected to %s", [f"Redirected to {RM_HOST}/issues/{iid}"])
        done(t, 302, None, r.uniform(10, 90))

    def bot(t: datetime) -> None:
        since = t - sec(300)
        ps = {"project_id": "web", "status_id": "3", "updated_on": f">={since:%Y-%m-%dT%H:%M:00Z}"}
        path = f"/issues.json?project_id=web&status_id=3&updated_on=%3E%3D{since:%Y-%m-%dT%H}%3A{since:%M}%3A00Z"
        if db_down[0] <= t < db_down[1]:
            db_fail(t, "GET", path, "10.20.5.40", "IssuesController#index", "JSON", ps)
            return
        t = head(t, "GET", path, "10.20.5.40", "IssuesController#index", "JSON", ps)
        t = cur(t, ("ci-bot", "CI Bot", 52, ""))
        t, v = render(t, "issues/index.api.rsb", layout="")
        done(t, 200, v, r.uniform(4, 30))

    def login_ok(t: datetime, user: tuple) -> None:
        ip = user[3]
        t = head(t, "GET", "/login", ip, "AccountController#login", "HTML", None)
        t = cur(t, None)
        t, v = render(t, "account/login.html.erb")
        t = done(t, 200, v, r.uniform(0.5, 3))
        t += sec(r.uniform(4, 15))
        p = {
            "utf8": "✓",
            "authenticity_token": "[FILTERED]",
            "back_url": f"{RM_HOST}/",
            "username": user[0],
            "password": "[FILTERED]",
            "login": "Login",
        }
        t = head(t, "POST", "/login", ip, "AccountController#login", "HTML", p)
        t = cur(t, None)
        t = fs.add(
            F,
            step(t, 0.05, 0.2),
            "Successful authentication for '%s' from %s at %s",
            lambda x: [
                f"Successful authentication for '{user[0]}' from {ip} at {x:%Y-%m-%d %H:%M:%S} UTC"
            ],
            "rails",
            1,
        )
        t = L(step(t), "Redirected to %s", [f"Redirected to {RM_HOST}/"])
        done(t, 302, None, r.uniform(5, 20))

    def login_bad(t: datetime, name: str, ip: str) -> None:
        p = {
            "utf8": "✓",
            "authenticity_token": "[FILTERED]",
            "back_url": f"{RM_HOST}/",
            "username": name,
            "password": "[FILTERED]",
            "login": "Login",
        }
        t = head(t, "POST", "/login", ip, "AccountController#login", "HTML", p)
        t = cur(t, None)
        t = fs.add(
            F,
            step(t, 0.05, 0.3),
            "Failed login for '%s' from %s at %s",
            lambda x: [f"Failed login for '{name}' from {ip} at {x:%Y-%m-%d %H:%M:%S} UTC"],
            "rails",
            1,
        )
        t, v = render(t, "account/login.html.erb")
        done(t, 200, v, r.uniform(2, 8))

    def anon(t: datetime) -> None:
        p = r.choice(RM_PROJECTS)
        ip = f"10.20.1.{r.randint(60, 90)}"
        t = head(
            t,
            "GET",
            f"/projects/{p}/issues",
            ip,
            "IssuesController#index",
            "HTML",
            {"project_id": p},
        )
        t = cur(t, None)
        back = f"https%3A%2F%2Fredmine.example.com%2Fprojects%2F{p}%2Fissues"
        t = L(step(t), "Redirected to %s", [f"Redirected to {RM_HOST}/login?back_url={back}"])
        t = L(
            step(t),
            "Filter chain halted as %s rendered or redirected",
            ["Filter chain halted as :check_if_login_required rendered or redirected"],
        )
        done(t, 302, None, r.uniform(0.5, 2))

    def scan(t: datetime, ip: str, path: str) -> None:
        t = started(t, "GET", path, ip)
        fatal(
            t,
            '%s (No route matches [%s] "%s"):',
            [
                f'ActionController::RoutingError (No route matches [GET] "{path}"):',
                "  ",
                *RM_DISPATCH_TRACE,
            ],
        )

    def mailhandler(t: datetime) -> None:
        for _ in range(r.choice([0, 0, 0, 1, 1, 2])):
            t += sec(r.uniform(0.3, 1.5))
            x = r.random()
            if x < 0.15:
                t = L(
                    t,
                    "MailHandler: ignoring email from unknown user [%s]",
                    [
                        f"MailHandler: ignoring email from unknown user [{r.choice(['newsletter@vendor.example', 'no-reply@linkedin.com', 'sales@promo.example'])}]"
                    ],
                )
            elif x < 0.55:
                u = r.choice(RM_USERS[:7])
                iid = r.randint(5231, 5260)
                t = L(
                    t,
                    "MailHandler: issue #%d created by %s",
                    [f"MailHandler: issue #{iid} created by {u[1]}"],
                )
            else:
                u = r.choice(RM_USERS[:7])
                t = L(
                    t,
                    "MailHandler: issue #%d updated by %s",
                    [f"MailHandler: issue #{r.randint(4100, 5230)} updated by {u[1]}"],
                )

    t0, t1 = at(6, 0), at(12, 0)
    for t in poisson(r, t0, t1, 285):
        busy = 1.0 if t.hour in (9, 10) else 0.7 if t.hour in (6, 11) else 0.85
        if r.random() < busy:
            page(t, r.choice(RM_USERS[:7] + RM_USERS[:3]))
    for t in poisson(r, at(6, 10), t1, 560):
        update(t, r.choice(RM_USERS[:7]))
    for t in (at(7, 3, 41), at(7, 6, 12), at(7, 11, 5), at(7, 14, 48), at(7, 17, 30)):
        update(t, r.choice(RM_USERS[:7]))
    # reloads of the broken issue pages, and of everything while the database is away
    for t in poisson(r, plugin_bug[0], plugin_bug[1], 85):
        u = r.choice(RM_USERS[:7])
        iid = r.choice([4518, 4521, 4602, 4977, 5102])
        t = head(
            t, "GET", f"/issues/{iid}", u[3], "IssuesController#show", "HTML", {"id": str(iid)}
        )
        t = cur(t, u)
        t, _ = render(t, "issues/show.html.erb", ok=False)
        t = done(t + sec(r.uniform(0.03, 0.2)), 500, None, r.uniform(6, 40))
        fatal(
            t,
            "%s (undefined method `%s' for nil:NilClass):",
            [
                "ActionView::Template::Error (undefined method `name' for nil:NilClass):",
                *RM_TEMPLATE_ERR,
            ],
        )
    for t in poisson(r, db_down[0], db_down[1], 16):
        u = r.choice(RM_USERS[:7])
        p = r.choice(RM_PROJECTS)
        db_fail(
            t,
            "GET",
            f"/projects/{p}/issues",
            u[3],
            "IssuesController#index",
            "HTML",
            {"project_id": p},
        )
    for i in range(72):
        if i % 2 == 0:
            bot(t0 + sec(300 * i + 2.5 + r.uniform(0, 0.6)))
        mailhandler(t0 + sec(300 * i + 61 + r.uniform(0, 2)))
    for u in RM_USERS:
        login_ok(at(6, 2) + sec(r.uniform(0, 9000)), u)
    for t in poisson(r, at(6, 30), t1, 1500):
        anon(t)
    spray = ["admin", "administrator", "redmine", "root", "test", "jsmith", "support", "mchen"]
    t = at(8, 10, 4)
    while t < at(8, 40):
        login_bad(t, r.choice(spray), "203.0.113.50")
        t += sec(r.uniform(40, 80))
    for t in poisson(r, t0, t1, 2400):
        u = r.choice(RM_USERS[:7])
        login_bad(t, u[0], u[3])
    for t in poisson(r, t0, t1, 900):
        scan(t, r.choice(["198.51.100.23", "192.0.2.77", "203.0.113.140"]), r.choice(RM_SCANS))
    return fs.logs(t0)


# ------------------------------------------------------------------------------- confluence

CF_DIR = 1015809
CF_USERS = [
    "jsmith",
    "akowalski",
    "mchen",
    "pdubois",
    "rsingh",
    "lnovak",
    "tmeyer",
    "ebrown",
    "kmuller",
    "sgarcia",
]
CF_MAIL_STACK = [
    "com.atlassian.mail.MailException: javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 25;",
    "  nested exception is:",
    "\tjava.net.ConnectException: Connection refused",
    "\tat com.atlassian.mail.server.impl.SMTPMailServerImpl.sendWithMessageId(SMTPMailServerImpl.java:225)",
    "\tat com.atlassian.mail.server.impl.SMTPMailServerImpl.send(SMTPMailServerImpl.java:157)",
    "\tat com.atlassian.confluence.mail.template.AbstractMailNotificationQueueItem.send(AbstractMailNotificationQueueItem.java:129)",
    "\tat com.atlassian.core.task.AbstractErrorQueuedTaskQueue.flush(AbstractErrorQueuedTaskQueue.java:99)",
    "\tat com.atlassian.confluence.mail.ConfluenceMailQueue.flush(ConfluenceMailQueue.java:38)",
    "\tat com.atlassian.confluence.schedule.jobs.MailQueueFlushJob.runJob(MailQueueFlushJob.java:31)",
    "\tat com.atlassian.confluence.impl.schedule.caesium.JobRunnerWrapper.doRunJob(JobRunnerWrapper.java:135)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 25;",
    "  nested exception is:",
    "\tjava.net.ConnectException: Connection refused",
    "\tat com.sun.mail.smtp.SMTPTransport.openServer(SMTPTransport.java:2209)",
    "\tat com.sun.mail.smtp.SMTPTransport.protocolConnect(SMTPTransport.java:740)",
    "\t... 18 more",
]
CF_LDAP_STACK = [
    "com.atlassian.crowd.exception.OperationFailedException: org.springframework.ldap.CommunicationException: dc1.corp.example.com:636; nested exception is javax.naming.CommunicationException: dc1.corp.example.com:636 [Root exception is java.net.ConnectException: Connection refused]",
    "\tat com.atlassian.crowd.directory.SpringLDAPConnector.searchEntitiesWithRequestControls(SpringLDAPConnector.java:658)",
    "\tat com.atlassian.crowd.directory.MicrosoftActiveDirectory.searchGroupObjects(MicrosoftActiveDirectory.java:340)",
    "\tat com.atlassian.crowd.directory.ldap.cache.UsnChangedCacheRefresher.synchroniseChanges(UsnChangedCacheRefresher.java:117)",
    "\tat com.atlassian.crowd.directory.DbCachingRemoteDirectory.synchroniseCache(DbCachingRemoteDirectory.java:1177)",
    "\tat com.atlassian.crowd.directory.DbCachingDirectoryPoller.pollChanges(DbCachingDirectoryPoller.java:48)",
    "\tat com.atlassian.crowd.manager.directory.DirectorySynchroniserImpl.synchronise(DirectorySynchroniserImpl.java:73)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: org.springframework.ldap.CommunicationException: dc1.corp.example.com:636; nested exception is javax.naming.CommunicationException: dc1.corp.example.com:636 [Root exception is java.net.ConnectException: Connection refused]",
    "\tat org.springframework.ldap.support.LdapUtils.convertLdapException(LdapUtils.java:108)",
    "\t... 21 more",
]
CF_DISPATCH_STACK = [
    "org.springframework.transaction.CannotCreateTransactionException: Could not open Hibernate Session for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
    "\tat org.springframework.orm.hibernate5.HibernateTransactionManager.doBegin(HibernateTransactionManager.java:600)",
    "\tat org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:400)",
    "\tat com.atlassian.confluence.xwork.ConfluenceXWorkTransactionInterceptor.intercept(ConfluenceXWorkTransactionInterceptor.java:47)",
    "\tat com.atlassian.confluence.servlet.ConfluenceServletDispatcher.serviceAction(ConfluenceServletDispatcher.java:56)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection",
    "\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:112)",
    "\t... 154 more",
    "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
    "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
    "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
    "\t... 160 more",
]
CF_BROKEN_STACK = [
    "org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.",
    "\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:395)",
    "\tat org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:498)",
    "\tat com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeQuery(HikariProxyPreparedStatement.java)",
    "\tat org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.extract(ResultSetReturnImpl.java:57)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
    "Caused by: java.io.EOFException: null",
    "\tat org.postgresql.core.PGStream.receiveChar(PGStream.java:467)",
    "\t... 212 more",
]
CF_JOBS = [
    "IndexQueueFlusher",
    "MailQueueFlushJob",
    "ClusterSafetyJob",
    "EdgeIndexQueueFlusher",
    "JournalCleaner",
]
CF_ATTACH = [
    (88768512, "Q2-roadmap.pdf", 88768531, "mchen", 3),
    (88768512, "architecture-overview.png", 88768533, "mchen", 1),
    (88768540, "oncall-rota.xlsx", 88768547, "tmeyer", 7),
    (88768555, "incident-2024-05-14.docx", 88768559, "rsingh", 2),
    (88768555, "grafana-latency.png", 88768560, "rsingh", 1),
]


def confluence(r: random.Random) -> list[Log]:
    """One Confluence 8.5 node (PostgreSQL behind Patroni, Active Directory through Crowd),
    06:00 to 12:00: the monitoring account failing from 07:00, the directory sync every 10
    minutes and the domain controller down 08:50-09:05, the mail relay down 07:40-08:40, a
    restored space's missing attachments, the database failing over 09:12-09:15, a restart at
    10:30."""
    fs = Files()
    F = "atlassian-confluence.log"
    execs = [f"http-nio-8090-exec-{i}" for i in range(1, 51)]

    def C(
        t: datetime,
        level: str,
        thread: str,
        logger: str,
        method: str,
        label: str,
        msg: str,
        ctx: str = "",
        more: list[str] | None = None,
    ) -> datetime:
        lines = [f"{{ts}} {level} [{thread}] [{log4j_c(logger)}] {method} {msg}"]
        if ctx:
            lines.append(" -- " + ctx)
        lines += more or []
        return fs.add(
            F,
            t,
            label,
            lambda x: [lines[0].replace("{ts}", f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)}", 1), *lines[1:]],
            "confluence",
            1000,
        )

    def trace() -> str:
        return hexid(r, 16)

    def ctx(url: str, user: str = "", referer: str = "") -> str:
        parts = []
        if referer:
            parts.append(f"referer: {referer}")
        parts.append(f"url: {url}")
        parts.append(f"traceId: {trace()}")
        if user:
            parts.append(f"userName: {user}")
        return " | ".join(parts)

    t0, t1 = at(6, 0), at(12, 0)
    restart = at(10, 30, 4)
    down = (restart, restart + sec(168))
    db_fail = (at(9, 12, 10), at(9, 15, 14))
    dc_down = (at(8, 50), at(9, 5))
    smtp_down = (at(7, 40), at(8, 40))

    def up(t: datetime) -> bool:
        return not (down[0] <= t < down[1])

    SERAPH = "login : '%s' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie."
    A = "com.atlassian.seraph.auth.DefaultAuthenticator"

    def seraph(t: datetime, user: str, url: str, referer: str = "") -> None:
        C(
            t,
            "WARN",
            r.choice(execs),
            A,
            "login",
            SERAPH,
            f"login : '{user}' tried to login but they do not have USE permission or weren't found. Deleting remember me cookie.",
            ctx(url, referer=referer),
        )

    # the monitoring probe, removed from confluence-users at 07:00
    t = at(7, 0, 11.4)
    while t < t1:
        if up(t) and not (db_fail[0] <= t < db_fail[1]):
            seraph(t + sec(r.uniform(0, 0.4)), "svc-nagios", "/rest/api/space")
        t += sec(30)
    for t in poisson(r, t0, t1, 2400):
        if up(t):
            seraph(
                t,
                r.choice(["m.garcia", "contractor-ops2"]),
                "/dologin.action",
                f"https://wiki.example.com/login.action?os_destination=%2Fdisplay%2FOPS%2F{r.choice(['Runbooks', 'Oncall', 'Home'])}",
            )

    # the Active Directory sync, every 10 minutes
    D = "com.atlassian.crowd.directory.DbCachingRemoteDirectory"
    U = "com.atlassian.crowd.directory.ldap.cache.UsnChangedCacheRefresher"
    for i in range(36):
        t = t0 + sec(600 * i + 37.2 + r.uniform(0, 1.5))
        if not up(t):
            continue
        th = f"Caesium-1-{r.randint(1, 4)}"
        t = C(
            t,
            "INFO",
            th,
            D,
            "synchroniseCache",
            "INCREMENTAL synchronisation for directory [ %d ] starting",
            f"INCREMENTAL synchronisation for directory [ {CF_DIR} ] starting",
        )
        if dc_down[0] <= t < dc_down[1]:
            C(
                t + sec(r.uniform(0.02, 0.08)),
                "ERROR",
                th,
                "com.atlassian.crowd.directory.DbCachingDirectoryPoller",
                "pollChanges",
                "Error occurred while refreshing the cache for directory [ %d ].",
                f"Error occurred while refreshing the cache for directory [ {CF_DIR} ].",
                more=CF_LDAP_STACK,
            )
            continue
        start = t
        nu = r.choice([0, 0, 0, 0, 1, 2, 3])
        t = C(
            t + sec(r.uniform(0.01, 0.06)),
            "INFO",
            th,
            U,
            "synchroniseChanges",
            "found [ %d ] changed remote users in [ %dms ]",
            f"found [ {nu} ] changed remote users in [ {r.randint(9, 60)}ms ]",
        )
        t = C(
            t + sec(r.uniform(0.01, 0.05)),
            "INFO",
            th,
            U,
            "synchroniseChanges",
            "found [ %d ] changed remote groups in [ %dms ]",
            f"found [ {r.choice([0, 0, 0, 1])} ] changed remote groups in [ {r.randint(6, 40)}ms ]",
        )
        t += sec(r.uniform(0.02, 0.3))
        C(
            t,
            "INFO",
            th,
            D,
            "synchroniseCache",
            "INCREMENTAL synchronisation complete for directory [ %d ] in [ %dms ]",
            f"INCREMENTAL synchronisation complete for directory [ {CF_DIR} ] in [ {int((t - start).total_seconds() * 1000) + r.randint(2, 9)}ms ]",
        )

    # the mail queue flushed every minute while the relay is down
    t = smtp_down[0] + sec(14.2)
    while t < smtp_down[1]:
        th = f"Caesium-1-{r.randint(1, 4)}"
        tt = t
        for _ in range(r.choice([1, 1, 2, 2, 3])):
            tt = C(
                tt + sec(r.uniform(0.02, 0.3)),
                "ERROR",
                th,
                "com.atlassian.core.task.AbstractErrorQueuedTaskQueue",
                "handleException",
                "Failed to execute task",
                "Failed to execute task",
                more=CF_MAIL_STACK,
            )
        t += sec(60)

    # the restored OPS space's pages, whose attachments' files are missing
    for t in poisson(r, t0, t1, 45):
        if not up(t) or db_fail[0] <= t < db_fail[1]:
            continue
        page = r.choice([88768512, 88768540, 88768555])
        user = r.choice(CF_USERS)
        th = r.choice(execs)
        for pid, name, aid, owner, ver in CF_ATTACH:
            if pid != page or r.random() < 0.25:
                continue
            t = C(
                t + sec(r.uniform(0.01, 0.2)),
                "WARN",
                th,
                "com.atlassian.confluence.pages.persistence.dao.filesystem.FileSystemAttachmentDataDao",
                "getAttachmentData",
                "Could not find data for attachment: %s",
                f"Could not find data for attachment: [Attachment: {name} v.{ver} ({aid}) {owner}]",
                ctx(
                    f"/download/attachments/{pid}/{name}",
                    user,
                    f"https://wiki.example.com/pages/viewpage.action?pageId={pid}",
                ),
            )

    # the database failing over
    for _ in range(r.randint(14, 18)):
        C(
            db_fail[0] + sec(r.uniform(0, 9)),
            "WARN",
            r.choice(execs),
            "com.zaxxer.hikari.pool.ProxyConnection",
            "checkException",
            "%s - Connection %s marked as broken because of SQLSTATE(%s), ErrorCode(%d)",
            f"HikariPool-1 - Connection org.postgresql.jdbc.PgConnection@{hexid(r, 8).lstrip('0')} marked as broken because of SQLSTATE(08006), ErrorCode(0)",
            more=CF_BROKEN_STACK,
        )
    S = "org.hibernate.engine.jdbc.spi.SqlExceptionHelper"
    for t in poisson(r, db_fail[0], db_fail[1], 0.8):
        th = r.choice(execs)
        user = r.choice(CF_USERS)
        pid = r.choice([65538, 65541, 88768512, 98304017, 98304022, 101122049])
        url = r.choice(
            [
                f"/pages/viewpage.action?pageId={pid}",
                "/dashboard.action",
                f"/rest/api/content/{pid}",
                "/rest/mywork/latest/status/notification/count",
            ]
        )
        c = ctx(url, user)
        early = t < db_fail[0] + sec(10)
        t = C(
            t,
            "WARN",
            th,
            S,
            "logExceptions",
            "SQL Error: %d, SQLState: %s",
            f"SQL Error: 0, SQLState: {'08006' if early else '08001'}",
            c,
        )
        if early:
            t = C(
                t + sec(0.001),
                "ERROR",
                th,
                S,
                "logExceptions",
                "An I/O error occurred while sending to the backend.",
                "An I/O error occurred while sending to the backend.",
                c,
            )
        else:
            t = C(
                t + sec(0.001),
                "ERROR",
                th,
                S,
                "logExceptions",
                "%s - Connection is not available, request timed out after %dms.",
                f"HikariPool-1 - Connection is not available, request timed out after {30000 + r.randint(0, 12)}ms.",
                c,
            )
        if not url.startswith("/rest"):
            C(
                t + sec(r.uniform(0.002, 0.02)),
                "ERROR",
                th,
                "com.atlassian.confluence.servlet.ConfluenceServletDispatcher",
                "sendError",
                "Could not execute action",
                "Could not execute action",
                c,
                CF_DISPATCH_STACK
                if not early
                else [
                    *CF_DISPATCH_STACK[:9],
                    "Caused by: org.postgresql.util.PSQLException: An I/O error occurred while sending to the backend.",
                    "\tat org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:395)",
                    "\t... 160 more",
                ],
            )
    for job in CF_JOBS:
        C(
            db_fail[0] + sec(r.uniform(35, 150)),
            "WARN",
            f"Caesium-1-{r.randint(1, 4)}",
            "com.atlassian.confluence.impl.schedule.caesium.JobRunnerWrapper",
            "runJob",
            "Scheduled job %s completed unsuccessfully with response %s",
            f"Scheduled job {job}#{job} completed unsuccessfully with response JobRunnerResponse[runOutcome=FAILED,message='CannotCreateTransactionException: Could not open Hibernate Session for transaction; nested exception is org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection']",
        )

    # the restart at 10:30
    P = "com.atlassian.plugin.manager.DefaultPluginManager"
    L_ = "com.atlassian.confluence.lifecycle"
    t = C(
        restart,
        "INFO",
        "main",
        P,
        "shutdown",
        "Preparing to shut down the plugin system",
        "Preparing to shut down the plugin system",
    )
    C(
        t + sec(r.uniform(0.5, 1.5)),
        "INFO",
        "main",
        P,
        "shutdown",
        "Shutting down the plugin system",
        "Shutting down the plugin system",
    )
    t = restart + sec(42.7)
    th = "Catalina-utility-1"
    t = C(
        t,
        "INFO",
        th,
        L_,
        "contextInitialized",
        "Starting Confluence %s [build %s based on commit hash %s]",
        "Starting Confluence 8.5.9 [build 9012 based on commit hash 59d8e6e5e9f4d1b8c20a6ed4d4b51b73d2e9fd07]",
    )
    t = C(
        t + sec(9.8),
        "INFO",
        th,
        P,
        "earlyStartup",
        "Plugin system earlyStartup begun",
        "Plugin system earlyStartup begun",
    )
    t = C(
        t + sec(31.2),
        "INFO",
        th,
        P,
        "earlyStartup",
        "Plugin system earlyStartup ended",
        "Plugin system earlyStartup ended",
    )
    t = C(
        t + sec(6.4),
        "INFO",
        th,
        P,
        "lateStartup",
        "Plugin system lateStartup begun",
        "Plugin system lateStartup begun",
    )
    t = C(
        t + sec(58.1),
        "INFO",
        th,
        P,
        "lateStartup",
        "Plugin system lateStartup ended",
        "Plugin system lateStartup ended",
    )
    C(
        t + sec(3.3),
        "INFO",
        th,
        L_,
        "init",
        "Confluence is ready to serve",
        "Confluence is ready to serve",
    )
    return fs.logs(t0)


# -------------------------------------------------------------------------------- bitbucket

BB_NODES = {
    "bitbucket1": ("10.0.1.11", "1LWH8QX", 2204),
    "bitbucket2": ("10.0.1.12", "RZ80T2K", 2231),
}
BB_HZ = "[{ip}]:5701 [bitbucket] [5.2.4] "
BB_REPOS = [
    ("APP", "backend", 14),
    ("APP", "frontend", 15),
    ("APP", "mobile", 21),
    ("PLAT", "infra-modules", 33),
    ("PLAT", "helm-charts", 35),
    ("DATA", "etl-jobs", 41),
]
BB_CI = [f"10.0.4.{i}" for i in (21, 22, 23, 27, 31, 33, 38, 45)]
BB_PEOPLE = [
    ("jsmith", "10.20.1.15"),
    ("akowalski", "10.20.1.22"),
    ("mchen", "10.20.1.31"),
    ("rsingh", "10.20.1.47"),
    ("tmeyer", "10.20.1.53"),
]
BB_NPE = [
    'java.lang.NullPointerException: Cannot invoke "com.atlassian.bitbucket.user.ApplicationUser.getSlug()" because "reviewer" is null',
    "\tat com.example.bitbucket.reviewers.rest.DashboardReviewerDecorator.decorate(DashboardReviewerDecorator.java:88)",
    "\tat com.example.bitbucket.reviewers.rest.DashboardReviewerDecorator.lambda$decorateAll$0(DashboardReviewerDecorator.java:61)",
    "\tat java.base/java.util.stream.ReferencePipeline$3$1.accept(ReferencePipeline.java:197)",
    "\tat com.atlassian.bitbucket.internal.rest.dashboard.DashboardResource.getPullRequests(DashboardResource.java:137)",
    "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
    "\tat com.sun.jersey.spi.container.servlet.WebComponent.service(WebComponent.java:416)",
    "\tat com.atlassian.stash.internal.web.filters.StreamGuardFilter.doFilterInternal(StreamGuardFilter.java:31)",
    "\tat java.base/java.lang.Thread.run(Thread.java:840)",
]
BB_QUEUE_STACKS = [
    "Stack trace for AtlassianEvent::thread-1",
    "\tcom.atlassian.stash.internal.scm.git.CachingGitCommitReader.read(CachingGitCommitReader.java:74)",
    "\tcom.atlassian.stash.internal.build.status.DefaultBuildStatusService.onBuildStatus(DefaultBuildStatusService.java:212)",
    "\tcom.atlassian.event.internal.SingleParameterMethodListenerInvoker.invoke(SingleParameterMethodListenerInvoker.java:42)",
    "\tjava.base/java.lang.Thread.run(Thread.java:840)",
    "Stack trace for AtlassianEvent::thread-2",
    "\tjava.base/java.net.SocketInputStream.socketRead0(Native Method)",
    "\torg.apache.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:153)",
    "\tcom.atlassian.webhooks.internal.publish.DefaultWebhookDispatcher.dispatch(DefaultWebhookDispatcher.java:96)",
    "\tjava.base/java.lang.Thread.run(Thread.java:840)",
]


def bitbucket(r: random.Random) -> list[Log]:
    """A two-node Bitbucket 8.19 cluster, 06:00 to 12:00: CI builds cancelled all morning (client
    aborts), a CI storm 08:50-09:45 exhausting the hosting tickets, a plugin's NPE on the
    dashboard 07:15-10:45, the hourly directory sync, bitbucket2 restarted at 10:15."""
    fs = Files()
    counters = {n: r.randint(4000, 9000) for n in BB_NODES}
    pids = {n: v[2] for n, v in BB_NODES.items()}

    def f(node: str) -> str:
        return f"{node}-atlassian-bitbucket.log"

    def B(
        node: str,
        t: datetime,
        level: str,
        thread: str,
        mdc: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        lg = logback_abbrev(logger)
        mid = f" {mdc} " if mdc else "  "
        return fs.add(
            f(node),
            t,
            label,
            lambda x: [
                f"{x:%Y-%m-%d %H:%M:%S},{ms3(x)} {level:<5} [{thread}]{mid}{lg} {msg}",
                *(more or []),
            ],
            (node, pids[node]),
            1000,
        )

    def rid(node: str, t: datetime, conc: int) -> str:
        # the node's request counter: about one request a second since the node started
        since = at(6, 0) if node == "bitbucket1" or t < b2_down[0] else b2_down[1] - sec(5)
        n = (
            counters[node] + int((t - since).total_seconds() * 1.7)
            if since == at(6, 0)
            else int((t - since).total_seconds() * 1.7) + 40
        )
        return f"@{BB_NODES[node][1]}x{t.hour * 60 + t.minute}x{n}x{conc}"

    def sess() -> str:
        return "".join(r.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(7))

    def exec_() -> str:
        return f"http-nio-7990-exec-{r.randint(1, 60)}"

    t0, t1 = at(6, 0), at(12, 0)
    b2_down = (at(10, 15, 3), at(10, 17, 48))
    storm = (at(8, 50), at(9, 45))
    npe = (at(7, 15, 20), at(10, 45, 8))

    def alive(node: str, t: datetime) -> bool:
        return node == "bitbucket1" or not (b2_down[0] <= t < b2_down[1] + sec(30))

    def pick(t: datetime) -> str:
        return r.choice(list(BB_NODES)) if alive("bitbucket2", t) else "bitbucket1"

    THR = "com.atlassian.stash.internal.throttle.SemaphoreThrottleService"
    EXIT = "com.atlassian.stash.internal.scm.git.protocol.http.GitSmartExitHandler"
    SSHX = "com.atlassian.stash.internal.scm.git.protocol.ssh.GitSshExitHandler"

    # builds cancelled or timed out mid-clone, all morning
    for t in poisson(r, t0, t1, 36):
        node = pick(t)
        proj, repo, rid_ = r.choice(BB_REPOS)
        ip = r.choice(BB_CI)
        if r.random() < 0.93:
            rl = f'"POST /scm/{proj.lower()}/{repo}.git/git-upload-pack HTTP/1.1"'
            B(
                node,
                t,
                "WARN",
                exec_(),
                f"jenkins {rid(node, t, r.randint(1, 9))} {ip} {rl}",
                EXIT,
                "%s[%d]: Read request from %s failed: org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe",
                f"{proj}/{repo}[{rid_}]: Read request from {ip} failed: org.apache.catalina.connector.ClientAbortException: java.io.IOException: Broken pipe",
            )
        else:
            B(
                node,
                t,
                "WARN",
                "ssh-scm-request-handler",
                f"jenkins {rid(node, t, r.randint(1, 9))} {ip} SSH - git-upload-pack '/app/monorepo.git'",
                SSHX,
                "%s[%d]: Read request from %s failed: com.atlassian.utils.process.ProcessTimeoutException: process timed out",
                f"APP/monorepo[3]: Read request from {ip} failed: com.atlassian.utils.process.ProcessTimeoutException: process timed out",
            )

    # the CI storm: every branch of every repo rebuilt after a shared library's release
    for t in poisson(r, storm[0], storm[1], 2.45):
        node = pick(t)
        proj, repo, _ = r.choice(BB_REPOS)
        ip = r.choice(BB_CI)
        refs = r.random() < 0.35
        rl = (
            f'"GET /scm/{proj.lower()}/{repo}.git/info/refs?service=git-upload-pack HTTP/1.1"'
            if refs
            else f'"POST /scm/{proj.lower()}/{repo}.git/git-upload-pack HTTP/1.1"'
        )
        bucket, cap = ("scm-refs", 16) if refs else ("scm-hosting", 12)
        B(
            node,
            t,
            "WARN",
            exec_(),
            f"jenkins {rid(node, t, cap + r.randint(3, 40))} {ip} {rl}",
            THR,
            "A [%s] ticket could not be acquired (%d/%d)",
            f"A [{bucket}] ticket could not be acquired ({cap}/{cap})",
        )
    for t in (at(9, 6, 41), at(9, 21, 7)):
        B(
            "bitbucket1",
            t,
            "WARN",
            exec_(),
            f'jenkins {rid("bitbucket1", t, 57)} {r.choice(BB_CI)} "POST /rest/build-status/1.0/commits/{hexid(r, 40)} HTTP/1.1"',
            "com.atlassian.stash.internal.event.LockFreeEventPublisher$Publisher",
            "The event queue is full. Stacks for the processing threads follow:",
            "The event queue is full. Stacks for the processing threads follow:",
            BB_QUEUE_STACKS,
        )

    # a reviewers plugin's update breaking the dashboard
    for t in poisson(r, npe[0], npe[1], 115):
        node = pick(t)
        user, ip = r.choice(BB_PEOPLE)
        q = r.choice(
            ["state=OPEN&role=REVIEWER", "state=OPEN&role=AUTHOR", "state=OPEN&role=PARTICIPANT"]
        )
        line = f"GET /rest/ui/latest/dashboard/pull-requests?limit=25&{q}&start=0 HTTP/1.1"
        B(
            node,
            t,
            "ERROR",
            exec_(),
            f'{user} {rid(node, t, r.randint(1, 8))} {sess()} {ip} "{line}"',
            "com.atlassian.stash.internal.rest.exception.UnhandledExceptionMapper",
            "Unhandled exception while processing REST request: %s",
            f'Unhandled exception while processing REST request: "{line}"',
            BB_NPE,
        )

    # the directory sync, hourly, on whichever node holds the job
    D = "com.atlassian.crowd.directory.DbCachingRemoteDirectory"
    U = "com.atlassian.crowd.directory.ldap.cache.UsnChangedCacheRefresher"
    for h in range(6):
        t = at(6 + h, 23, 12.5 + r.uniform(0, 2))
        node = "bitbucket1"
        th = f"Caesium-1-{r.randint(1, 4)}"
        start = B(
            node,
            t,
            "INFO",
            th,
            "",
            D,
            "INCREMENTAL synchronisation for directory [ %d ] starting",
            "INCREMENTAL synchronisation for directory [ 98305 ] starting",
        )
        t = B(
            node,
            start + sec(r.uniform(0.05, 0.2)),
            "INFO",
            th,
            "",
            U,
            "found [ %d ] changed remote users in [ %dms ]",
            f"found [ {r.choice([0, 1, 2, 4])} ] changed remote users in [ {r.randint(30, 120)}ms ]",
        )
        t = B(
            node,
            t + sec(r.uniform(0.05, 0.2)),
            "INFO",
            th,
            "",
            U,
            "found [ %d ] changed remote groups in [ %dms ]",
            f"found [ {r.choice([0, 0, 1])} ] changed remote groups in [ {r.randint(20, 90)}ms ]",
        )
        t += sec(r.uniform(0.3, 1.5))
        B(
            node,
            t,
            "INFO",
            th,
            "",
            D,
            "INCREMENTAL synchronisation complete for directory [ %d ] in [ %dms ]",
            f"INCREMENTAL synchronisation complete for directory [ 98305 ] in [ {int((t - start).total_seconds() * 1000)}ms ]",
        )

    # bitbucket2 restarted for OS patches
    ip1, ip2 = BB_NODES["bitbucket1"][0], BB_NODES["bitbucket2"][0]
    uu1, uu2 = uuid4(r), uuid4(r)
    HZL = "com.hazelcast.core.LifecycleService"
    P = "com.atlassian.plugin.manager.DefaultPluginManager"
    APP = "com.atlassian.bitbucket.internal.boot.BitbucketServerApplication"

    def hz(
        node: str,
        t: datetime,
        thread: str,
        logger: str,
        label: str,
        msg: str,
        more: list[str] | None = None,
    ) -> datetime:
        ip = BB_NODES[node][0]
        return B(node, t, "INFO", thread, "", logger, label, BB_HZ.format(ip=ip) + msg, more)

    def members(ver: int, mem: list[tuple[str, str, bool]]) -> list[str]:
        return [
            "",
            f"Members {{size:{len(mem)}, ver:{ver}}} [",
            *[f"\tMember [{ip}]:5701 - {u}{' this' if me else ''}" for ip, u, me in mem],
            "]",
            "",
        ]

    t = b2_down[0]
    sh = "SpringApplicationShutdownHook"
    t = B(
        "bitbucket2",
        t,
        "INFO",
        sh,
        "",
        P,
        "Preparing to shut down the plugin system",
        "Preparing to shut down the plugin system",
    )
    t = B(
        "bitbucket2",
        t + sec(2.1),
        "INFO",
        sh,
        "",
        P,
        "Shutting down the plugin system",
        "Shutting down the plugin system",
    )
    t = hz("bitbucket2", t + sec(1.4), sh, HZL, "%s is %s", f"[{ip2}]:5701 is SHUTTING_DOWN")
    tc = B(
        "bitbucket1",
        t + sec(0.3),
        "INFO",
        "hz.hazelcast.IO.thread-in-1",
        "",
        "com.hazelcast.internal.server.tcp.TcpServerConnection",
        "Connection[id=%d, %s, qualifier=%s, endpoint=%s, remoteUuid=%s, alive=%s, connectionType=%s, planeIndex=%d] closed. Reason: %s",
        BB_HZ.format(ip=ip1)
        + f"Connection[id=4, /{ip1}:5701->/{ip2}:41877, qualifier=null, endpoint=[{ip2}]:5701, remoteUuid={uu2}, alive=false, connectionType=MEMBER, planeIndex=0] closed. Reason: Connection closed by the other side",
    )
    hz(
        "bitbucket1",
        tc + sec(0.05),
        "hz.hazelcast.priority-generic-operation.thread-0",
        "com.hazelcast.internal.cluster.ClusterService",
        "Members {size:%d, ver:%d} [",
        "",
        members(5, [(ip1, uu1, True)]),
    )
    t = hz(
        "bitbucket2",
        t + sec(1.2),
        sh,
        "com.hazelcast.instance.impl.Node",
        "Hazelcast Shutdown is completed in %d ms.",
        f"Hazelcast Shutdown is completed in {r.randint(900, 1600)} ms.",
    )
    hz("bitbucket2", t + sec(0.01), sh, HZL, "%s is %s", f"[{ip2}]:5701 is SHUTDOWN")
    pids["bitbucket2"] = 1742
    uu2 = uuid4(r)
    t = b2_down[1] - sec(99)
    t = B(
        "bitbucket2",
        t,
        "INFO",
        "main",
        "",
        APP,
        "Starting %s v%s using Java %s on %s with PID %d (%s started by %s in %s)",
        "Starting BitbucketServerApplication v8.19.5 using Java 17.0.11 on bitbucket2 with PID 1742 (/opt/atlassian/bitbucket/8.19.5/app/WEB-INF/classes started by atlbitbucket in /var/atlassian/application-data/bitbucket)",
    )
    t = B(
        "bitbucket2",
        t + sec(0.01),
        "INFO",
        "main",
        "",
        APP,
        'No active profile set, falling back to %d default profile: "%s"',
        'No active profile set, falling back to 1 default profile: "default"',
    )
    ss = "spring-startup"
    HL = "com.atlassian.stash.internal.home.HomeLockAcquirer"
    t = B(
        "bitbucket2",
        t + sec(3.8),
        "INFO",
        ss,
        "",
        HL,
        "Successfully acquired lock on home directory %s",
        "Successfully acquired lock on home directory /var/atlassian/application-data/bitbucket",
    )
    t = B(
        "bitbucket2",
        t + sec(0.02),
        "INFO",
        ss,
        "",
        HL,
        "Successfully acquired lock on home directory %s",
        "Successfully acquired lock on home directory /var/atlassian/application-data/bitbucket/shared",
    )
    t = hz("bitbucket2", t + sec(4.2), ss, HZL, "%s is %s", f"[{ip2}]:5701 is STARTING")
    t = hz(
        "bitbucket2",
        t + sec(0.6),
        ss,
        "com.hazelcast.internal.cluster.impl.TcpIpJoiner",
        "Connecting to %s, timeout: %d, bind-any: %s",
        f"Connecting to /{ip1}:5701, timeout: 10000, bind-any: true",
    )
    t = hz(
        "bitbucket2",
        t + sec(5.4),
        ss,
        "com.hazelcast.internal.cluster.ClusterService",
        "Members {size:%d, ver:%d} [",
        "",
        members(6, [(ip1, uu1, False), (ip2, uu2, True)]),
    )
    hz(
        "bitbucket1",
        t - sec(0.02),
        "hz.hazelcast.priority-generic-operation.thread-0",
        "com.hazelcast.internal.cluster.ClusterService",
        "Members {size:%d, ver:%d} [",
        "",
        members(6, [(ip1, uu1, True), (ip2, uu2, False)]),
    )
    t = hz("bitbucket2", t + sec(0.3), ss, HZL, "%s is %s", f"[{ip2}]:5701 is STARTED")
    t = B(
        "bitbucket2",
        t + sec(12.5),
        "INFO",
        ss,
        "",
        P,
        "Plugin system earlyStartup begun",
        "Plugin system earlyStartup begun",
    )
    t = B(
        "bitbucket2",
        t + sec(21.7),
        "INFO",
        ss,
        "",
        P,
        "Plugin system earlyStartup ended",
        "Plugin system earlyStartup ended",
    )
    t = B(
        "bitbucket2",
        t + sec(8.3),
        "INFO",
        ss,
        "",
        P,
        "Plugin system lateStartup begun",
        "Plugin system lateStartup begun",
    )
    t = B(
        "bitbucket2",
        t + sec(34.6),
        "INFO",
        ss,
        "",
        P,
        "Plugin system lateStartup ended",
        "Plugin system lateStartup ended",
    )
    B(
        "bitbucket2",
        t + sec(2.2),
        "INFO",
        ss,
        "",
        APP,
        "Started %s in %s seconds (JVM running for %s)",
        f"Started BitbucketServerApplication in {(t - (b2_down[1] - sec(99))).total_seconds() + 2.2:.3f} seconds (JVM running for {(t - (b2_down[1] - sec(99))).total_seconds() + 4.1:.3f})",
    )
    return fs.logs(t0)


# -------------------------------------------------------------------------------- mediawiki

MW_IP = "/var/www/mediawiki"
MW_PAGES = [
    "Main_Page",
    "Runbooks/DB_failover",
    "Runbooks/Certificate_renewal",
    "Services/Payments_API",
    "Services/Search",
    "Team/Platform",
    "Onboarding/First_week",
    "Architecture/Overview",
    "Incidents/2024-05-14",
    "Glossary",
]
MW_EDITORS = [
    ("Jsmith", 5, "10.20.1.15"),
    ("Mchen", 17, "10.20.1.31"),
    ("Rsingh", 31, "10.20.1.47"),
    ("Lnovak", 38, "10.8.0.22"),
    ("ImportBot", 61, "10.20.5.44"),
]
MW_LOCK_Q = "SELECT  page_id,page_latest  FROM `page`    WHERE page_id = N  LIMIT N   FOR UPDATE"
MW_DBQE = [
    "",
    "Please see https://www.mediawiki.org/wiki/Special:MyLanguage/Manual:Upgrading and https://www.mediawiki.org/wiki/Special:MyLanguage/Manual:How_to_debug for more information.",
    "",
    "Error 1205: Lock wait timeout exceeded; try restarting transaction",
    "Function: {fname}",
    "Query: {query}",
    "",
]


def mw_trace(frames: list[tuple[str, int, str, str]]) -> list[str]:
    out = [f"#{i} {MW_IP}/{f}({n}): {fn}({a})" for i, (f, n, fn, a) in enumerate(frames)]
    return [*out, f"#{len(frames)} {{main}}"]


MW_TR_LOCK = mw_trace(
    [
        (
            "includes/libs/rdbms/database/Database.php",
            1615,
            "Wikimedia\\Rdbms\\Database->getQueryException",
            "string, integer, string, string",
        ),
        (
            "includes/libs/rdbms/database/Database.php",
            1589,
            "Wikimedia\\Rdbms\\Database->getQueryExceptionAndLog",
            "string, integer, string, string",
        ),
        (
            "includes/libs/rdbms/database/Database.php",
            955,
            "Wikimedia\\Rdbms\\Database->reportQueryError",
            "string, integer, string, string, boolean",
        ),
        (
            "includes/libs/rdbms/database/Database.php",
            1860,
            "Wikimedia\\Rdbms\\Database->query",
            "string, string, integer",
        ),
        (
            "includes/page/WikiPage.php",
            1855,
            "Wikimedia\\Rdbms\\DBConnRef->selectRow",
            "string, array, array, string, array",
        ),
        ("includes/storage/DerivedPageDataUpdater.php", 1020, "WikiPage->lockAndGetLatest", ""),
        (
            "includes/deferred/LinksUpdate/LinksUpdate.php",
            203,
            "MediaWiki\\Storage\\DerivedPageDataUpdater->doUpdates",
            "",
        ),
        (
            "includes/jobqueue/jobs/RefreshLinksJob.php",
            220,
            "MediaWiki\\Deferred\\LinksUpdate\\LinksUpdate->doUpdate",
            "",
        ),
        ("includes/jobqueue/JobRunner.php", 382, "RefreshLinksJob->run", ""),
        ("maintenance/runJobs.php", 83, "JobRunner->run", "array"),
    ]
)
MW_TR_EDIT = mw_trace(
    [
        (
            "includes/libs/rdbms/database/Database.php",
            1615,
            "Wikimedia\\Rdbms\\Database->getQueryException",
            "string, integer, string, string",
        ),
        (
            "includes/libs/rdbms/database/Database.php",
            955,
            "Wikimedia\\Rdbms\\Database->reportQueryError",
            "string, integer, string, string, boolean",
        ),
        (
            "includes/page/WikiPage.php",
            1855,
            "Wikimedia\\Rdbms\\DBConnRef->selectRow",
            "string, array, array, string, array",
        ),
        ("includes/Storage/PageUpdater.php", 795, "WikiPage->lockAndGetLatest", ""),
        (
            "includes/EditPage.php",
            2393,
            "MediaWiki\\Storage\\PageUpdater->saveRevision",
            "CommentStoreComment, integer",
        ),
        ("includes/actions/SubmitAction.php", 38, "EditPage->edit", ""),
        ("includes/MediaWiki.php", 583, "SubmitAction->show", ""),
        ("index.php", 50, "MediaWiki->run", ""),
    ]
)
MW_TR_CONN = mw_trace(
    [
        (
            "includes/libs/rdbms/loadbalancer/LoadBalancer.php",
            1116,
            "Wikimedia\\Rdbms\\LoadBalancer->reportConnectionError",
            "",
        ),
        (
            "includes/libs/rdbms/loadbalancer/LoadBalancer.php",
            1043,
            "Wikimedia\\Rdbms\\LoadBalancer->getServerConnection",
            "integer, string, integer",
        ),
        (
            "includes/libs/rdbms/database/DBConnRef.php",
            103,
            "Wikimedia\\Rdbms\\LoadBalancer->getConnectionInternal",
            "integer, array, string, integer",
        ),
        (
            "includes/user/UserFactory.php",
            161,
            "Wikimedia\\Rdbms\\DBConnRef->selectRow",
            "string, array, array, string",
        ),
        ("includes/session/SessionManager.php", 712, "User->load", "integer"),
        ("includes/Setup.php", 496, "MediaWiki\\Session\\SessionManager::getGlobalSession", ""),
        ("index.php", 44, "require", "string"),
    ]
)
MW_TR_NULL = mw_trace(
    [
        (
            "extensions/PageSummary/includes/Hooks.php",
            87,
            "PageSummary\\SummaryBuilder->build",
            "null",
        ),
        (
            "includes/HookContainer/HookContainer.php",
            161,
            "PageSummary\\Hooks->onOutputPageParserOutput",
            "OutputPage, ParserOutput",
        ),
        (
            "includes/HookContainer/HookRunner.php",
            2832,
            "MediaWiki\\HookContainer\\HookContainer->run",
            "string, array, array",
        ),
        (
            "includes/OutputPage.php",
            2108,
            "MediaWiki\\HookContainer\\HookRunner->onOutputPageParserOutput",
            "OutputPage, ParserOutput",
        ),
        ("includes/page/Article.php", 768, "OutputPage->addParserOutput", "ParserOutput, array"),
        ("includes/actions/ViewAction.php", 78, "Article->view", ""),
        ("includes/MediaWiki.php", 583, "ViewAction->show", ""),
        ("index.php", 50, "MediaWiki->run", ""),
    ]
)
MW_TR_RO = mw_trace(
    [
        (
            "includes/libs/rdbms/database/Database.php",
            1172,
            "Wikimedia\\Rdbms\\Database->assertIsWritablePrimary",
            "",
        ),
        (
            "includes/libs/rdbms/database/Database.php",
            2498,
            "Wikimedia\\Rdbms\\Database->query",
            "string, string, integer",
        ),
        ("includes/api/ApiEditPage.php", 520, "EditPage->attemptSave", "array"),
        ("includes/api/ApiMain.php", 1925, "ApiEditPage->execute", ""),
        ("includes/api/ApiMain.php", 892, "ApiMain->executeAction", ""),
        ("api.php", 90, "ApiMain->execute", ""),
    ]
)
MW_TR_WARN = mw_trace(
    [
        (
            "skins/Chameleon/src/Components/NavbarHorizontal/PersonalTools.php",
            142,
            "MWExceptionHandler::handleError",
            "integer, string, string, integer",
        ),
        (
            "skins/Chameleon/src/Components/NavbarHorizontal/PersonalTools.php",
            98,
            "Skins\\Chameleon\\Components\\NavbarHorizontal\\PersonalTools->getDropdownItems",
            "",
        ),
        (
            "skins/Chameleon/src/Components/Container.php",
            54,
            "Skins\\Chameleon\\Components\\NavbarHorizontal\\PersonalTools->getHtml",
            "",
        ),
        (
            "includes/skins/SkinTemplate.php",
            138,
            "Skins\\Chameleon\\ChameleonTemplate->execute",
            "",
        ),
        ("includes/MediaWiki.php", 583, "OutputPage->output", ""),
        ("index.php", 50, "MediaWiki->run", ""),
    ]
)
MW_TR_DEPR = mw_trace(
    [
        (
            "extensions/PageSummary/includes/SummaryBuilder.php",
            44,
            "MWExceptionHandler::handleError",
            "integer, string, string, integer",
        ),
        (
            "extensions/PageSummary/includes/Hooks.php",
            83,
            "PageSummary\\SummaryBuilder->__construct",
            "Title",
        ),
        (
            "includes/HookContainer/HookContainer.php",
            161,
            "PageSummary\\Hooks->onOutputPageParserOutput",
            "OutputPage, ParserOutput",
        ),
        ("includes/page/Article.php", 768, "OutputPage->addParserOutput", "ParserOutput, array"),
        ("includes/MediaWiki.php", 583, "ViewAction->show", ""),
        ("index.php", 50, "MediaWiki->run", ""),
    ]
)
MW_TR_PERF = [
    "#0 /var/www/mediawiki/includes/libs/rdbms/TransactionProfiler.php(447): Wikimedia\\Rdbms\\TransactionProfiler->reportExpectationViolated(string, string, integer)",
    "#1 /var/www/mediawiki/includes/libs/rdbms/database/Database.php(1489): Wikimedia\\Rdbms\\TransactionProfiler->recordQueryCompletion(Wikimedia\\Rdbms\\GeneralizedSql, double, boolean, integer, string)",
    "#2 /var/www/mediawiki/includes/libs/rdbms/database/Database.php(1355): Wikimedia\\Rdbms\\Database->attemptQuery(string, string, boolean, integer)",
    "#3 /var/www/mediawiki/includes/watcheditem/WatchedItemStore.php(1180): Wikimedia\\Rdbms\\Database->update(string, array, array, string)",
    "#4 /var/www/mediawiki/includes/deferred/MWCallableUpdate.php(38): WatchedItemStore->resetNotificationTimestamp(User, Title, string, integer)",
    "#5 /var/www/mediawiki/includes/MediaWiki.php(1123): MediaWiki::preOutputCommit(RequestContext, Closure)",
    "#6 /var/www/mediawiki/index.php(50): MediaWiki->run()",
    "#7 {main}",
]


def mediawiki(r: random.Random) -> list[Log]:
    """One MediaWiki 1.39 server (wiki1; php-fpm, a primary and a replica, two memcached
    servers, runJobs.php every minute from a systemd timer), 06:00 to 12:00: edits and their
    jobs, a maintenance script holding page locks 08:20-08:35, a skin's and an extension's PHP
    errors on page views, memcached restarted at 08:00 and mc2 unreachable 10:50-11:05, the
    replica lagging 09:40-10:05, a crawler purging, a brute force on Special:UserLogin
    07:10-07:40, the primary restarted at 11:20."""
    fs = Files()

    def W(name: str, t: datetime, label: str, lines: list[str]) -> datetime:
        return fs.add(
            f"{name}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} wiki1 wikidb: {lines[0]}", *lines[1:]],
            name,
            1_000_000,
        )

    def reqid() -> str:
        return hexid(r, 24)

    t0, t1 = at(6, 0), at(12, 0)
    locks = (at(8, 20, 10), at(8, 35, 40))
    lag = (at(9, 40, 5), at(10, 5, 30))
    pri_down = (at(11, 20, 3), at(11, 21, 48))
    mc_restart = (at(8, 0, 2), at(8, 3, 30))
    mc2_down = (at(10, 50, 10), at(11, 5, 20))
    brute = (at(7, 10, 0), at(7, 40, 0))

    def url(page: str) -> str:
        return r.choice(
            [
                f"/wiki/{page}",
                f"/w/index.php?title={page}",
                f"/w/index.php?title={page}&action=history",
            ]
        )

    # page views: the skin's warning, the extension's deprecation and fatal, replication lag,
    # memcached errors
    for t in poisson(r, t0, t1, 38):
        page = r.choice(MW_PAGES)
        u = url(page)
        rq = reqid()
        if pri_down[0] <= t < pri_down[1]:
            W(
                "exception",
                t,
                "[%s] %s   Wikimedia\\Rdbms\\DBConnectionError: Cannot access the database: Connection refused (%s)",
                [
                    f"[{rq}] {u}   Wikimedia\\Rdbms\\DBConnectionError: Cannot access the database: Connection refused (db1.internal)",
                    *MW_TR_CONN,
                ],
            )
            continue
        if lag[0] <= t < lag[1]:
            sec_lag = 6 + (t - lag[0]).total_seconds() / 60 * r.uniform(0.8, 1.3)
            tt = W(
                "DBReplication",
                t,
                "%s: server %s has %s seconds of lag (>= %d)",
                [
                    f"Wikimedia\\Rdbms\\LoadBalancer::getRandomNonLagged: server db2.internal has {sec_lag:.2f} seconds of lag (>= 6)"
                ],
            )
            W(
                "DBReplication",
                tt + sec(0.001),
                "%s: all replica DBs lagged. Switch to read-only mode",
                [
                    "Wikimedia\\Rdbms\\LoadBalancer::getReaderIndex: all replica DBs lagged. Switch to read-only mode"
                ],
            )
        if (
            page in ("Services/Payments_API", "Services/Search", "Team/Platform")
            or r.random() < 0.12
        ):
            W(
                "error",
                t,
                '[%s] %s   PHP Warning: Undefined array key "%s"',
                [
                    f'[{rq}] {u}   PHP Warning: Undefined array key "{r.choice(["class", "class", "href"])}"',
                    *MW_TR_WARN,
                ],
            )
        if page.startswith("Incidents/") or page == "Glossary":
            W(
                "error",
                t,
                "[%s] %s   PHP Deprecated: Creation of dynamic property %s::$%s is deprecated",
                [
                    f"[{rq}] {u}   PHP Deprecated: Creation of dynamic property PageSummary\\SummaryBuilder::$title is deprecated",
                    *MW_TR_DEPR,
                ],
            )
            if r.random() < 0.3:
                W(
                    "exception",
                    t + sec(0.02),
                    "[%s] %s   Error: Call to a member function %s() on null",
                    [
                        f"[{rq}] {u}   Error: Call to a member function getText() on null",
                        *MW_TR_NULL,
                    ],
                )
        if mc_restart[0] <= t < mc_restart[1] or mc2_down[0] <= t < mc2_down[1]:
            server = (
                "10.20.3.21:11211" if not mc2_down[0] <= t < mc2_down[1] else "10.20.3.22:11211"
            )
            key = r.choice(
                [
                    "wikidb:messages:en:hash:v1",
                    f"WANCache:wikidb:page-content-model:{r.randint(1000, 1999)}|#|v",
                    f"WANCache:wikidb:preprocess-hash:{hexid(r, 40)}:0|#|v",
                    "WANCache:global:resourceloader-titleinfo:wikidb:" + hexid(r, 40) + "|#|v",
                ]
            )
            if mc2_down[0] <= t < mc2_down[1]:
                msg = (
                    "A TIMEOUT OCCURRED"
                    if t < mc2_down[0] + sec(100) or r.random() < 0.3
                    else "SERVER IS MARKED DEAD"
                )
            else:
                msg = (
                    "CONNECTION FAILURE"
                    if t < mc_restart[0] + sec(25) or r.random() < 0.2
                    else "SERVER IS MARKED DEAD"
                )
            tt = t
            for _ in range(r.randint(2, 5)):
                tt = W(
                    "memcached",
                    tt + sec(0.01),
                    f'Memcached error for key "%s" on server "%s": {msg}',
                    [f'Memcached error for key "{key}" on server "{server}": {msg}'],
                )
                key = r.choice(
                    [
                        "wikidb:messages:en:hash:v1",
                        f"WANCache:wikidb:page-content-model:{r.randint(1000, 1999)}|#|v",
                        f"WANCache:wikidb:preprocess-hash:{hexid(r, 40)}:0|#|v",
                        f"wikidb:revision-row-1.29:wikidb:{r.randint(20000, 21000)}",
                    ]
                )

    # edits and their jobs
    queue: list[tuple[datetime, str, str]] = []

    def jobs_for(t: datetime, page: str, editor: tuple, rq: str) -> None:
        ts = f"{t:%Y%m%d%H%M%S}"
        cause = f"causeAction=edit-page causeAgent={editor[0]} requestId={rq}"
        sig = hexid(r, 40)
        title = page.replace("_", " ")
        queue.append(
            (
                t,
                "refreshLinks",
                f"refreshLinks {page} namespace=0 title={page} {cause} (id={r.randint(180000, 190000)},timestamp={ts})",
            )
        )
        queue.append(
            (
                t,
                "htmlCacheUpdate",
                f"htmlCacheUpdate {page} table=templatelinks recursive=1 rootJobIsSelf=1 rootJobSignature={sig} rootJobTimestamp={ts} namespace=0 title={page} {cause} (id={r.randint(180000, 190000)},timestamp={ts})",
            )
        )
        queue.append(
            (
                t,
                "cdnPurge",
                f'cdnPurge Special:Badtitle/CdnPurgeJob urls=["https://wiki.example.com/wiki/{page}","https://wiki.example.com/w/index.php?title={page}&action=history"] namespace=-1 title=Badtitle/CdnPurgeJob requestId={rq} (id={r.randint(180000, 190000)},timestamp={ts})',
            )
        )
        if r.random() < 0.5:
            queue.append(
                (
                    t,
                    "enotifNotify",
                    f"enotifNotify {page} editor={editor[0]} editorID={editor[1]} timestamp={ts} summary={r.choice(['typo', 'update steps', 'new section', 'links'])} minorEdit=0 oldid={r.randint(20000, 21000)} watchers=[{r.randint(2, 40)}] pageStatus=changed namespace=0 title={title} requestId={rq} (id={r.randint(180000, 190000)},timestamp={ts})",
                )
            )
        if r.random() < 0.4:
            queue.append(
                (
                    t,
                    "recentChangesUpdate",
                    f"recentChangesUpdate Special:RecentChanges type=cacheUpdate namespace=-1 title=RecentChanges requestId={rq} (id={r.randint(180000, 190000)},timestamp={ts})",
                )
            )

    for t in poisson(r, t0, t1, 130):
        page = r.choice(MW_PAGES)
        ed = r.choice(MW_EDITORS[:4]) if not at(7, 30) <= t < at(7, 50) else MW_EDITORS[4]
        rq = reqid()
        u = f"/w/index.php?title={page}&action=submit"
        if pri_down[0] <= t < pri_down[1]:
            continue
        if locks[0] <= t < locks[1] and r.random() < 0.5:
            W(
                "exception",
                t + sec(50),
                "[%s] %s   Wikimedia\\Rdbms\\DBQueryError: A database query error has occurred. Did you forget to run your application's database schema updater after upgrading or after adding a new extension?",
                [
                    f"[{rq}] {u}   Wikimedia\\Rdbms\\DBQueryError: A database query error has occurred. Did you forget to run your application's database schema updater after upgrading or after adding a new extension?",
                    *[
                        x.format(
                            fname="WikiPage::lockAndGetLatest",
                            query=MW_LOCK_Q.replace("N", str(r.randint(1000, 1999)), 1).replace(
                                "N", "1"
                            ),
                        )
                        for x in MW_DBQE
                    ],
                    *MW_TR_EDIT,
                ],
            )
            continue
        if lag[0] <= t < lag[1] and r.random() < 0.5:
            W(
                "exception",
                t,
                "[%s] %s   Wikimedia\\Rdbms\\DBReadOnlyError: Database is read-only: %s",
                [
                    f"[{rq}] /w/api.php   Wikimedia\\Rdbms\\DBReadOnlyError: Database is read-only: The database has been automatically locked while the replica database servers catch up to the primary.",
                    *MW_TR_RO,
                ],
            )
            continue
        if t.minute % 7 == 0:
            W(
                "DBPerformance",
                t + sec(0.3),
                "Expectation (%s <= %d) by %s not met (actual: %d) in trx #%s:",
                [
                    f"Expectation (writes <= 0) by MediaWiki::main not met (actual: 1) in trx #{hexid(r, 6)}:",
                    "query-m: UPDATE `watchlist` SET wl_notificationtimestamp = 'X' WHERE wl_user = 'X' AND wl_namespace = 'X' AND wl_title = 'X'",
                    *MW_TR_PERF,
                ],
            )
        jobs_for(t, page, ed, rq)

    # the job runner, every minute (runJobs.php --maxtime=55)
    queue.sort()
    qi = 0
    pending: list[tuple[datetime, str, str]] = []
    tm = t0 + sec(12)
    while tm < t1:
        while qi < len(queue) and queue[qi][0] < tm:
            pending.append(queue[qi])
            qi += 1
        if pri_down[0] <= tm < pri_down[1]:
            # the job queue lives in the database: the runner dies claiming a job
            W(
                "exception",
                tm + sec(0.2),
                "[%s] %s   Wikimedia\\Rdbms\\DBConnectionError: Cannot access the database: Connection refused (%s)",
                [
                    f"[{reqid()}] [no req]   Wikimedia\\Rdbms\\DBConnectionError: Cannot access the database: Connection refused (db1.internal)",
                    *MW_TR_CONN[:3],
                    f"#3 {MW_IP}/includes/jobqueue/JobQueueDB.php(208): Wikimedia\\Rdbms\\DBConnRef->selectRow(string, string, array, string, array)",
                    f"#4 {MW_IP}/maintenance/runJobs.php(83): JobRunner->run(array)",
                    "#5 {main}",
                ],
            )
            tm += sec(60)
            continue
        t = tm
        n = 0
        for _, kind, s in pending:
            if t > tm + sec(55):
                break
            n += 1
            t = W("runJobs", t, "%s STARTING", [f"{s} STARTING"])
            if kind == "refreshLinks" and locks[0] <= t < locks[1]:
                q = MW_LOCK_Q.replace("N", str(r.randint(1000, 1999)), 1).replace("N", "1")
                t = W(
                    "runJobs",
                    t + sec(50),
                    "%s t=%d error=Wikimedia\\Rdbms\\DBQueryError: A database query error has occurred. Did you forget to run your application's database schema updater after upgrading or after adding a new extension?",
                    [
                        f"{s} t={r.randint(50010, 50090)} error=Wikimedia\\Rdbms\\DBQueryError: A database query error has occurred. Did you forget to run your application's database schema updater after upgrading or after adding a new extension?",
                        *[x.format(fname="WikiPage::lockAndGetLatest", query=q) for x in MW_DBQE],
                    ],
                )
                W(
                    "exception",
                    t,
                    "[%s] %s   Wikimedia\\Rdbms\\DBQueryError: A database query error has occurred. Did you forget to run your application's database schema updater after upgrading or after adding a new extension?",
                    [
                        f"[{reqid()}] [no req]   Wikimedia\\Rdbms\\DBQueryError: A database query error has occurred. Did you forget to run your application's database schema updater after upgrading or after adding a new extension?",
                        *[x.format(fname="WikiPage::lockAndGetLatest", query=q) for x in MW_DBQE],
                        *MW_TR_LOCK,
                    ],
                )
                W(
                    "DBPerformance",
                    t + sec(0.01),
                    "Sub-optimal transaction [%s]:",
                    [
                        "Sub-optimal transaction [db1.internal]:",
                        "0  0.000s query-m: SELECT  page_id,page_latest  FROM `page`    WHERE page_id = 'X'  LIMIT N   FOR UPDATE",
                        f"1  {r.uniform(50.0, 50.1):.3f}s query-m: UPDATE  `page` SET page_touched = 'X' WHERE page_id = 'X'",
                    ],
                )
                continue
            lo, hi = {
                "refreshLinks": (40, 900),
                "htmlCacheUpdate": (5, 60),
                "cdnPurge": (2, 30),
                "enotifNotify": (20, 400),
                "recentChangesUpdate": (10, 200),
            }[kind]
            d = r.randint(lo, hi)
            t = W("runJobs", t + sec(d / 1000), "%s t=%d good", [f"{s} t={d} good"])
        pending = pending[n:]
        tm += sec(60)

    # a crawler purging pages
    for t in poisson(r, at(9, 5), at(9, 35), 9):
        W(
            "ratelimit",
            t,
            "User '%s' (IP %s) tripped %s at %d (limit %d in %d seconds)",
            [
                f"User '203.0.113.77' (IP 203.0.113.77) tripped purge at {r.randint(31, 60)} (limit 30 in 60 seconds)"
            ],
        )
    for t in poisson(r, t0, t1, 2700):
        ed = r.choice(MW_EDITORS[:4])
        W(
            "ratelimit",
            t,
            "User '%s' (IP %s) tripped %s at %d (limit %d in %d seconds)",
            [
                f"User '{ed[0]}' (IP {ed[2]}) tripped {r.choice(['upload', 'edit'])} at {r.randint(9, 12)} (limit 8 in 60 seconds)"
            ],
        )

    # logins
    P = "MediaWiki\\Auth\\LocalPasswordPrimaryAuthenticationProvider"
    for t in poisson(r, t0, t1, 520):
        ed = r.choice(MW_EDITORS[:4])
        if r.random() < 0.12:
            t = W(
                "authentication",
                t,
                "Login failed in primary authentication by %s",
                [f"Login failed in primary authentication by {P}"],
            )
            t += sec(r.uniform(5, 20))
        W(
            "authentication",
            t,
            "Login for %s succeeded from %s",
            [f"Login for {ed[0]} succeeded from {ed[2]}"],
        )
    for t in poisson(r, brute[0], brute[1], 11):
        W(
            "authentication",
            t,
            "Login failed in primary authentication by %s",
            [f"Login failed in primary authentication by {P}"],
        )
    return fs.logs(t0)


# ----------------------------------------------------------------------------------- moodle

MD_MINUTE_TASKS = [
    ("Cleanup old sessions", "core\\task\\session_cleanup_task", (3, 9)),
    ("Send new user passwords", "core\\task\\send_new_user_passwords_task", (1, 2)),
    ("Send failed login notifications", "core\\task\\send_failed_login_notifications_task", (1, 3)),
    ("Calculate regular completion data", "core\\task\\completion_regular_task", (6, 40)),
    ("Background processing for forum", "mod_forum\\task\\cron_task", (3, 6)),
    ("Background processing for assignment module", "mod_assign\\task\\cron_task", (4, 12)),
    ("Updating overdue quiz attempts", "mod_quiz\\task\\update_overdue_attempts", (2, 5)),
]
MD_LDAP = ("LDAP users sync job", "auth_ldap\\task\\sync_task")
MD_STUDENTS = [
    ("s2301457", 2214),
    ("s2301562", 2231),
    ("s2302088", 2290),
    ("s2302141", 2302),
    ("s2303015", 2388),
    ("s2303127", 2391),
    ("s2304220", 2455),
    ("s2304501", 2470),
    ("jkerr", 311),
    ("amartin", 318),
    ("tnguyen", 344),
    ("hpatel", 352),
]


def moodle(r: random.Random) -> list[Log]:
    """A university department's Moodle 4.1 (PHP 8.0, PostgreSQL, LDAP accounts), cron.php run
    every ten minutes with its output appended to cron.log, 06:00 to 12:00: forum posts
    mailed half an hour after they are written, the LDAP sync every 30 minutes failing while the
    domain controller is down 08:20-09:05, the mail relay down 10:00-10:40."""
    fs = Files()
    F = "cron.log"

    def M(t: datetime, label: str | None, lines: list[str]) -> datetime:
        return fs.add(F, t, label, lambda x: lines, "cron", 1)

    mem = [27.1]

    def memory() -> str:
        mem[0] = min(mem[0] + r.uniform(0.0, 1.4), 61.0)
        return f"{mem[0]:.1f} MB"

    def task(
        t: datetime,
        name: str,
        cls: str,
        q: tuple[int, int],
        body: Callable[[datetime], tuple[datetime, str]],
    ) -> datetime:
        full = f"{name} ({cls})"
        t = M(t, "Execute scheduled task: %s (%s)", [f"Execute scheduled task: {full}"])
        t0 = t
        t = M(
            t + sec(0.0005),
            "... started %s. Current memory use %s.",
            [f"... started {t:%H:%M:%S}. Current memory use {memory()}."],
        )
        t, err = body(t)
        dt = (t - t0).total_seconds() + r.uniform(0.0005, 0.01)
        t = M(t + sec(0.0003), "... used %d dbqueries", [f"... used {r.randint(*q)} dbqueries"])
        t = M(t + sec(0.0002), "... used %s seconds", [f"... used {dt:.14g} seconds"])
        if err:
            head, *rest = err.split("\n")
            return M(
                t + sec(0.0002),
                "Scheduled task failed: %s (%s),LDAP-module cannot connect to any servers: %s",
                [f"Scheduled task failed: {full},{head}", *rest],
            )
        return M(
            t + sec(0.0002),
            "Scheduled task complete: %s (%s)",
            [f"Scheduled task complete: {full}"],
        )

    def nothing(t: datetime) -> tuple[datetime, str]:
        return t + sec(r.uniform(0.001, 0.02)), ""

    posts: list[tuple[datetime, int, list[tuple[str, int]]]] = []
    queued: list[tuple[int, list[tuple[str, int]], int]] = []
    t_start = at(6, 0)
    for t in poisson(r, at(5, 20), at(11, 30), 1000):
        posts.append((t, r.randint(5012, 5400), r.sample(MD_STUDENTS, r.randint(2, 6))))
    dc_down = (at(8, 20), at(9, 5))
    smtp_down = (at(10, 0), at(10, 40))
    task_id = [88412]

    def forum(now: datetime) -> Callable[[datetime], tuple[datetime, str]]:
        def body(t: datetime) -> tuple[datetime, str]:
            t = M(
                t + sec(0.001),
                "Removing old digest records from %d days ago.",
                ["Removing old digest records from 7 days ago."],
            )
            t = M(
                t + sec(0.002),
                "Removed all old digest records.",
                ["Removed all old digest records."],
            )
            t = M(t + sec(0.001), "Fetching unmailed posts.", ["Fetching unmailed posts."])
            due = [p for p in posts if p[0] <= now - sec(1800)]
            for p in due:
                posts.remove(p)
            if not due:
                return M(t + sec(0.004), "  No posts found.", ["  No posts found."]), ""
            t = M(t + sec(0.01), "Done", ["Done"])
            users: dict[tuple[str, int], list[int]] = {}
            for _, pid, subs in due:
                for u in subs:
                    users.setdefault(u, []).append(pid)
            for u, pids in users.items():
                task_id[0] += r.randint(1, 3)
                queued.append((task_id[0], [u], len(pids)))
            return t + sec(r.uniform(0.01, 0.05)), ""

        return body

    def quiz(t: datetime) -> tuple[datetime, str]:
        t = M(
            t + sec(0.001),
            "  Looking for quiz overdue quiz attempts...",
            ["  Looking for quiz overdue quiz attempts..."],
        )
        n = r.choice([0, 0, 0, 0, 1, 2]) if 8 <= t.hour < 12 else 0
        return M(
            t + sec(0.01),
            "  Considered %d attempts in %d quizzes.",
            [f"  Considered {n} attempts in {min(n, 1)} quizzes."],
        ), ""

    def ldap(t: datetime) -> tuple[datetime, str]:
        t = M(t + sec(0.002), "Connecting to LDAP server...", ["Connecting to LDAP server..."])
        if dc_down[0] <= t < dc_down[1]:
            t += sec(20.0 + r.uniform(0.01, 0.2))
            return t, (
                "LDAP-module cannot connect to any servers: Server: 'ldaps://dc1.ad.example.edu', Connection: 'Resource id #"
                + str(r.randint(180, 260))
                + "', Bind result: ''\nServer: 'ldaps://dc2.ad.example.edu', Connection: 'Resource id #"
                + str(r.randint(261, 340))
                + "', Bind result: ''\n"
            )
        t += sec(r.uniform(2.0, 6.0))
        upd = r.sample(MD_STUDENTS, r.choice([0, 1, 1, 2, 3]))
        t = M(t, "User entries to be updated: %d", [f"User entries to be updated: {len(upd)}"])
        for name, uid in upd:
            t = M(
                t + sec(r.uniform(0.01, 0.05)),
                "Updating user %s id %d",
                [f"Updating user {name} id {uid}"],
            )
        new = r.choice([0, 0, 0, 1, 2])
        t = M(t + sec(0.01), "User entries to be added: %d", [f"User entries to be added: {new}"])
        for _ in range(new):
            t = M(
                t + sec(r.uniform(0.01, 0.05)),
                "Inserted user %s id %d",
                [f"Inserted user s24{r.randint(10000, 99999)} id {r.randint(2600, 2700)}"],
            )
        return t + sec(0.05), ""

    for i in range(36):
        now = t_start + sec(600 * i)
        t = now + sec(1 + r.uniform(0, 0.4))
        mem[0] = 26.0 + r.uniform(0, 2)
        t = fs.add(
            F,
            t,
            "Server Time: %s",
            lambda x: [f"Server Time: {x:%a, %d %b %Y %H:%M:%S} +0000", "", ""],
            "cron-run",
            1_000_000,
        )
        run_start = t
        for name, cls, q in MD_MINUTE_TASKS:
            body = (
                forum(now)
                if cls.startswith("mod_forum")
                else quiz
                if cls.startswith("mod_quiz")
                else nothing
            )
            t = task(t + sec(0.001), name, cls, q, body)
        if now.minute in (0, 30):
            t = task(t + sec(0.001), MD_LDAP[0], MD_LDAP[1], (12, 60), ldap)
        while queued:
            tid, users, n = queued.pop(0)
            cls = "mod_forum\\task\\send_user_notifications"
            u = users[0]
            t = M(t + sec(0.001), "Execute adhoc task: %s", [f"Execute adhoc task: {cls}"])
            t0 = t
            t = M(t, "Adhoc task id: %d", [f"Adhoc task id: {tid}"])
            t = M(
                t,
                "Adhoc task custom data: %s",
                [
                    f"Adhoc task custom data: {json.dumps([r.randint(5012, 5400) for _ in range(n)], separators=(',', ':'))}"
                ],
            )
            t = M(
                t + sec(0.0005),
                "... started %s. Current memory use %s.",
                [f"... started {t:%H:%M:%S}. Current memory use {memory()}."],
            )
            t = M(
                t + sec(0.002),
                "Sending messages to %s (%d)",
                [f"Sending messages to {u[0]} ({u[1]})"],
            )
            fail = 0
            if smtp_down[0] <= t < smtp_down[1]:
                for _ in range(n):
                    t = M(
                        t + sec(r.uniform(0.3, 0.6)),
                        "Error: lib/moodlelib.php email_to_user(): SMTP Error: Could not connect to SMTP host. Failed to connect to server",
                        [
                            "Error: lib/moodlelib.php email_to_user(): SMTP Error: Could not connect to SMTP host. Failed to connect to server"
                        ],
                    )
                    fail += 1
            else:
                t += sec(r.uniform(0.05, 0.4) * n)
            t = M(
                t + sec(0.001),
                "Sent %d messages with %d failures",
                [f"Sent {n - fail} messages with {fail} failures"],
            )
            t = M(
                t + sec(0.0003),
                "... used %d dbqueries",
                [f"... used {r.randint(14, 40) * n} dbqueries"],
            )
            t = M(
                t + sec(0.0002),
                "... used %s seconds",
                [f"... used {(t - t0).total_seconds() + r.uniform(0.001, 0.01):.14g} seconds"],
            )
            t = M(t + sec(0.0002), "Adhoc task complete: %s", [f"Adhoc task complete: {cls}"])
        t = M(
            t + sec(0.002), "Cron script completed correctly", ["Cron script completed correctly"]
        )
        t = M(
            t + sec(0.01),
            "Cron completed at %s. Memory used %s.",
            [f"Cron completed at {t:%H:%M:%S}. Memory used {memory()}."],
        )
        M(
            t + sec(0.0001),
            "Execution took %s seconds",
            [
                f"Execution took {(t - run_start).total_seconds() + r.uniform(0.05, 0.2):.14g} seconds"
            ],
        )
    return fs.logs(t_start)


SYSTEMS = {
    "redmine": redmine,
    "confluence": confluence,
    "bitbucket": bitbucket,
    "mediawiki": mediawiki,
    "moodle": moodle,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
