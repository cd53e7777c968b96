#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call)
"""Writes the held-out logs of round 231 (mybb, joomla, opencart, suitecrm, glpi) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its format strings over a seeded run, and
every line that starts an event is labelled with the format string that wrote it as it is
written. Distinct calls of one process never share a timestamp at the log's resolution (round
53's Clock, kept per process and per file: a PHP-FPM worker, a cron run). Five PHP web
applications of one small company, 06:00 to 12:00 on 2024-06-07. The brief's first system,
phpBB, writes no log file of its own (its error and admin logs are rows of its database, and
with DEBUG off its error handler writes nothing): MyBB, the other PHP forum, which does write
one, takes its place.

- MyBB 1.8 on PHP 8.2 (`web1-error.log`, `web2-error.log`: the forum's `errorloglocation` on
  each of two web nodes, error logging on for warnings and errors): errorHandler::log_error's
  XML-like blocks (`<error>`, `<dateline>` as a Unix time, `<script>`, `<line>`, `<type>`,
  `<friendly_type>`, `<message>`, `<back_trace>` as `#0  errorHandler->error() called at
  [/inc/class_error.php:153]` lines, `</error>` and a blank line): plugin warnings on every
  page view (`Undefined array key "%s"` from four plugins, `Undefined array key %d`,
  `Trying to access array offset on value of type %s`, `Attempt to read property "%s" on %s`,
  ...), a plugin update at 07:20 (`Undefined variable $%s`), the database restarted 08:12-08:16
  (`SQL Error: 2006 - MySQL server has gone away` with its `Query:` line, then `SQL Error: 2002 -
  Connection refused` / `Query: [READ] Unable to connect to database server`), a moderator's
  mass move 09:30-09:45 (lock wait timeouts and deadlocks), avatars moved 10:15-11:05
  (`getimagesize(%s): Failed to open stream: No such file or directory`), a plugin saved with a
  BOM 10:40-11:02 (`Cannot modify header information - headers already sent by (output started
  at %s:%d)`), a plugin uninstalled at 11:10 whose hook still queries its table (`Table '%s'
  doesn't exist`), duplicate session rows now and then.
- Joomla 4.4 (`www-error.php`, `www-joomla_scheduler.php`, `www-joomla_update.php` of the
  company site, `events-error.php`, `events-joomla_scheduler.php` of its events site; the log
  rotation plugin started new files just before 06:00): FormattedtextLogger's header (`#`,
  `#<?php die('Forbidden.'); ?>`, `#Date: %s UTC`, `#Software: %s`, a blank line, `#Fields:
  datetime	priority clientip	category	message`) and its `{DATETIME}	{PRIORITY}
  {CLIENTIP}	{CATEGORY}	{MESSAGE}` lines: the System - Log plugin's failed logins (INFO,
  `joomlafailure`: a botnet on /administrator 07:05-07:55, users mistyping), the exception
  handler's `Uncaught Throwable of type %s thrown with message "%s". Stack trace: %s` (CRITICAL,
  `error`, the stack continuing the event: 404s, 403s, a removed component, the database lost
  08:31-08:37 with `Could not connect to database: Connection refused` and then `Too many
  connections`, a gallery module broken by the update to 5.1.0 at 10:04 with `Call to undefined
  method %s::%s()` until it is unpublished at 10:41); the update's own log (`Update started by
  user %s (%s). Old version is %s.` to `Update to version %s is complete.`); the task
  scheduler's `Running task#%02d '%s'.` / `Successfully finished task#%02d '%s' in %.2f (net
  %.2f) seconds.`, a request task failing while its target is down and locked once.
- OpenCart 3.0.3.8 on PHP 7.4 (`error.log`: system/storage/logs, written by its Log class as
  `date('Y-m-d G:i:s') . ' - ' . $message`, the hour without a leading zero; `ocmod.log`): the
  framework's error handler's `PHP Notice:  %s in %s on line %d` / `PHP Warning:  ...` /
  `PHP Unknown:  ...` for the theme's and extensions' notices on every page (OCMOD's modified
  copies under storage/modification), a Google Shopping feed crawl 07:00-07:30, the database
  restarted 08:40-08:47 (`mysqli::__construct(): (HY000/2002): Connection refused`), the mail
  relay timing out 09:10-09:40 (`fsockopen(): unable to connect to %s:%d (Connection timed
  out)`), an extension installed at 09:55 (the modification refresh's ocmod.log, one write of
  many lines; its notices after), a crawler 10:20-10:35 (`Too many connections`), the cache
  files' races (`unlink(%s): No such file or directory`), truncated product images, PayPal
  Standard's debug lines for every IPN (`PP_STANDARD :: IPN REQUEST: %s`, `... IPN RESPONSE:
  %s`) and a DNS failure 11:05-11:12 (`PP_STANDARD :: CURL failed Could not resolve host: %s(%d)`).
- SuiteCRM 7.14 (`suitecrm.log`: SugarLogger's `%c [pid][user id][LEVEL] message`, level
  `fatal` as installed): cron every minute (`ImapHandler trying to use a non valid resource
  stream.` from a disabled group mailbox, and from 07:40 to 10:05 three a run for a mailbox
  whose password was changed, with `Job %s (%s) failed in CRON run`), a custom field removed in
  Studio at 08:05 breaking the Accounts list view until a repair at 09:00 (`Error retrieving %s
  list:  Query Failed:%s::: MySQL error %d: Unknown column ...` and the count query's), the
  repair's `Error fetching relationship from cache %s`, the database restarted 09:12-09:16
  (`Could not connect to DB server %s as %s. port %s: Connection refused`, `MySQL server has gone
  away` for queries in flight), a password spray 10:20-10:55 (`SECURITY: User authentication
  for %s failed` and `FAILED LOGIN:attempts[%d] - %s`), a mass update's lock waits 11:05-11:25,
  e-mails too long for the case name, root's crontab running cron.php from 11:00 (`cron.php:
  running with user that is not in allowed_cron_users in config.php`), throttled runs.
- GLPI 10.0 (`cron.log`, `event.log`, `mail.log`, `mail-error.log`, `php-errors.log`,
  `sql-errors.log` of files/_log): Toolbox::logInFile's `Y-m-d H:i:s [user id@host]` line with
  the message on the next (`External #%d: Launch %s` for each automatic action of the
  per-minute cron, `[login] 3: %s log in from IP %s`, `An email was sent to %s: %s`, `An email
  to %s was added to queue: %s`), Monolog's `[%s] glpiphplog.WARNING:   *** PHP Warning (2): ...
  in %s at line %d` with its `  Backtrace :` frames (plugins' warnings and deprecations on PHP
  8.1, `PHP User deprecated function (16384): Called method is deprecated`), the SMTP relay down
  08:20-09:05 (`Warning: an email was undeliverable to %s with %d retries remaining. Message: %s,
  Error: Connection could not be established with host "%s": ...` and `Fatal error: giving up
  delivery of email to %s: %s`, and `Can't get DB lock` while a run sending into the dead relay
  still holds the lock), the helpdesk mailbox's password expired 09:30-11:15 (the collector's
  exception and `An error occurred trying to connect to collector.<br/>%s`), a plugin's table
  missing from 07:10 (`Table '%s' doesn't exist`), maintenance mode 10:40-10:50 (`Maintenance
  mode enabled, running tasks is disabled`) and the database restarted in it (`MySQL server has
  gone away`).

Label notes. The heads are context: MyBB's block tags and their values (the time, script,
line, type and its name), Joomla's date, priority, client IP and category, OpenCart's date,
SuiteCRM's date, pid, user id and level, GLPI's date and `[user@host]` line and Monolog's
channel and level. A MyBB block is one event from `<error>` to the blank line after `</error>`,
its label on `<error>`: the message's format, written as one `error_log` call; a GLPI
logInFile entry is one event from its date line, which carries the label of the message under
it (round 229's Snakemake). Joomla's file header lines are labelled each (round 54's IIS). A
PHP message inside a message contributes its own format (`Undefined array key "%s"`, `Call to
undefined method %s::%s()`), a MySQL error its own text; the exception class a handler prints
with get_class is a variable, as are paths, lines, keys, SQL, users, ids and IPs. An error type
OpenCart's or GLPI's handler names by branch (`Notice`, `Warning`, `Unknown`, `User deprecated
function`) is wording. A multi-line message keeps its lines in the label as `\\n` (MyBB's `SQL
Error: %d - %s\\nQuery: %s`); stack traces and backtraces continue their event and have no row.

Least sure (written from the helper's knowledge; GLPI's Toolbox::logInFile, CronTask::launch,
Auth's login events, the mail queue's log lines and the error handler's `  *** %s: %s` line
were checked against copies of its source): MyBB's back_trace layout (`#%d  %s() called at
[%s:%d]`), whether `error_callback` is the handler's name and the connection error's
`Query: [READ] Unable to connect to database server`; Joomla's scheduler messages (`(net %.2f)`,
`is currently locked.`, the exit-code line) and its log file's format, whether 4.4 still logs
404s as CRITICAL, the update log's SQL lines; OpenCart's handler under PHP 7.4 and the
smtp.php and image.php line numbers; SuiteCRM's `%c` date under 7.14, the Query Failed
spacing (`:  Query Failed:%s::: MySQL error`), `Error fetching relationship from cache %s`,
`Error updating table: %s:` and `Error inserting into table: %s:`, the cron user message;
GLPI's sql-errors.log head (`DBmysql::query() in %s line %d`) and its context line, the
collector's exception and whether GLPI 10 still logs queued e-mails in mail.log.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4
from generate_round55 import poisson
from generate_round97 import Files, sec
from generate_round147 import T0, T_END, at, in_any

SEC = 1_000_000


def epoch(t: datetime) -> int:
    return int(t.timestamp())


def spans(r: random.Random, windows: list[tuple[datetime, datetime, float]]) -> list[datetime]:
    """Poisson instants over several windows, each (start, end, mean seconds apart)."""
    out: list[datetime] = []
    for a, b, mean in windows:
        out += poisson(r, a, b, mean)
    return sorted(out)


def every(
    r: random.Random, t0: datetime, t1: datetime, period: float, jitter: float
) -> list[datetime]:
    """Instants from t0 to t1 about `period` seconds apart (each moved by up to `jitter`)."""
    out, t = [], t0
    while t < t1:
        out.append(t + sec(r.uniform(0, jitter)))
        t += sec(period)
    return out


class Pool:
    """A PHP-FPM pool's workers: a request lands on one of them; a worker is replaced by a new
    pid after `max_requests` requests (pm.max_requests)."""

    def __init__(self, r: random.Random, first: int, size: int, max_requests: int) -> None:
        self.r = r
        self.next = first + size
        self.pids = list(range(first, first + size))
        self.served = {p: r.randint(0, max_requests - 1) for p in self.pids}
        self.max = max_requests

    def pick(self) -> tuple[int, bool]:
        """A worker's pid and whether it is a fresh one (its first request)."""
        i = self.r.randrange(len(self.pids))
        pid = self.pids[i]
        self.served[pid] += 1
        if self.served[pid] < self.max:
            return pid, False
        self.next += self.r.randint(1, 40)
        new = self.next
        self.pids[i] = new
        self.served[new] = 0
        return new, True


IPS_BOT = [
    f"{a}.{b}.{c}.{d}"
    for a, b, c, d in [
        (45, 155, 205, 233),
        (185, 220, 101, 34),
        (193, 32, 162, 71),
        (103, 152, 220, 44),
        (45, 141, 87, 19),
        (91, 92, 249, 110),
        (141, 98, 11, 60),
        (5, 188, 87, 51),
        (179, 43, 180, 106),
        (194, 169, 175, 42),
        (80, 94, 95, 81),
        (92, 255, 57, 58),
        (162, 142, 125, 221),
        (46, 101, 4, 130),
        (31, 220, 3, 140),
        (198, 235, 24, 37),
        (2, 57, 122, 209),
        (88, 214, 25, 100),
        (139, 59, 64, 27),
        (212, 70, 149, 150),
    ]
]
IPS_USERS = [
    f"203.0.113.{n}" for n in (14, 27, 39, 52, 66, 81, 95, 118, 140, 167, 188, 203, 229, 241)
] + [f"198.51.100.{n}" for n in (7, 23, 45, 61, 88, 102, 134, 157, 176, 199, 214, 250)]
IPS_CRAWLERS = [
    "66.249.66.12",
    "66.249.66.87",
    "40.77.167.45",
    "157.55.39.201",
    "114.119.133.72",
    "185.191.171.9",
]


# ------------------------------------------------------------------------------------ mybb

MB_ROOT = "/var/www/forum"
MB_HANDLER = ("errorHandler->error", "/inc/class_error.php", 153)


def mb_frames(frames: list[tuple[str, str, int | str]]) -> list[str]:
    return [f"#{i}  {fn}() called at [{f}:{ln}]" for i, (fn, f, ln) in enumerate(frames)]


# the frames above a plugin's hook, by page: (function, file, line)
MB_PAGES: dict[str, list[tuple[str, str, int | str]]] = {
    "showthread": [
        ("pluginSystem->run_hooks", "/inc/functions_post.php", 898),
        ("build_postbit", "/showthread.php", 1297),
    ],
    "forumdisplay": [
        ("pluginSystem->run_hooks", "/forumdisplay.php", 1378),
    ],
    "index": [
        ("pluginSystem->run_hooks", "/index.php", 401),
    ],
    "member": [
        ("pluginSystem->run_hooks", "/member.php", 2286),
    ],
    "xmlhttp": [
        ("pluginSystem->run_hooks", "/xmlhttp.php", 182),
    ],
    "global": [
        ("pluginSystem->run_hooks", "/global.php", 100),
        ("require_once", "/showthread.php", 28),
    ],
}
MB_PAGE_WEIGHT = {
    "showthread": 46,
    "forumdisplay": 20,
    "index": 14,
    "member": 6,
    "xmlhttp": 9,
    "global": 5,
}

# PHP warnings from plugins: label, message maker, script, line, the hook function, pages
MB_KEYS_TYL = ["tyl_unames", "tyl_tlike", "tyl_pnumtyls"]
MB_DB = "forum"


def mybb(r: random.Random) -> list[Log]:
    """Two web nodes of a MyBB 1.8 forum (PHP 8.2-FPM), error logging on, 06:00 to 12:00."""
    fs = Files()
    pools = {
        "web1": Pool(r, 14210, 16, 500),
        "web2": Pool(r, 9877, 16, 500),
    }

    def host() -> str:
        return "web1" if r.random() < 0.55 else "web2"

    def E(
        h: str,
        t: datetime,
        label: str,
        etype: int,
        friendly: str,
        message: str,
        script: str,
        line: int,
        frames: list[tuple[str, str, int | str]],
        pid: int | None = None,
    ) -> datetime:
        if pid is None:
            pid, _ = pools[h].pick()
        msg = message.split("\n")
        body = [f"\t<message>{msg[0]}", *msg[1:]]
        body[-1] += "</message>"
        bt = mb_frames(frames)
        return fs.add(
            f"{h}-error.log",
            t,
            label,
            lambda x: [
                "<error>",
                f"\t<dateline>{epoch(x)}</dateline>",
                f"\t<script>{script}</script>",
                f"\t<line>{line}</line>",
                f"\t<type>{etype}</type>",
                f"\t<friendly_type>{friendly}</friendly_type>",
                *body,
                f"\t<back_trace>{bt[0]}",
                *bt[1:],
                "</back_trace>",
                "</error>",
                "",
            ],
            (h, pid),
            SEC,
        )

    def warn(
        t: datetime,
        label: str,
        message: str,
        script: str,
        line: int,
        hook: str,
        page: str | None = None,
        h: str | None = None,
    ) -> None:
        h = h or host()
        if page is None:
            page = r.choices(list(MB_PAGE_WEIGHT), list(MB_PAGE_WEIGHT.values()))[0]
        frames = [
            MB_HANDLER,
            ("errorHandler->error_callback", "/" + script, line),
            (hook, "/inc/class_plugins.php", 142),
            *MB_PAGES[page],
        ]
        E(h, t, label, 2, "Warning", message, script, line, frames)

    # --- the plugins' warnings on page views
    for t in spans(r, [(T0, T_END, 29.0)]):
        k = r.choices(MB_KEYS_TYL, [6, 3, 1])[0]
        warn(
            t,
            'Undefined array key "%s"',
            f'Undefined array key "{k}"',
            "inc/plugins/thankyoulike.php",
            r.choice([1498, 1512]),
            "thankyoulike_postbit",
            "showthread",
        )
    for t in spans(r, [(T0, T_END, 72.0)]):
        k = r.choice(["myalerts_disable_global", "myalerts_disable_global", "alerts_per_page"])
        warn(
            t,
            'Undefined array key "%s"',
            f'Undefined array key "{k}"',
            "inc/plugins/myalerts.php",
            1101,
            "myalerts_global_start",
            "global",
        )
    for t in spans(r, [(T0, T_END, 95.0)]):
        k = r.choice(["ougc_awards_postbit", "awards", "uid"])
        warn(
            t,
            'Undefined array key "%s"',
            f'Undefined array key "{k}"',
            "inc/plugins/ougc_awards.php",
            r.choice([2207, 2219]),
            "ougc_awards_postbit",
            "showthread",
        )
    for t in spans(r, [(T0, T_END, 140.0)]):
        warn(
            t,
            'Undefined array key "%s"',
            'Undefined array key "newpoints_allowance"',
            "inc/plugins/newpoints/core/hooks.php",
            212,
            "newpoints_global_start",
            "global",
        )
    for t in spans(r, [(T0, T_END, 230.0)]):
        fid = r.choice([17, 17, 23, 41])
        warn(
            t,
            "Undefined array key %d",
            f"Undefined array key {fid}",
            "inc/plugins/newpoints/core/hooks.php",
            318,
            "newpoints_forumdisplay_start",
            "forumdisplay",
        )
    # the lastposter avatar plugin updated at 07:20
    for t in spans(r, [(at(7, 20, 12), T_END, 63.0)]):
        v = r.choice(["lastposterlink", "lastposterlink", "avatar_dims"])
        warn(
            t,
            "Undefined variable $%s",
            f"Undefined variable ${v}",
            "inc/plugins/lastposter_avatar.php",
            88 if v == "lastposterlink" else 131,
            "lastposter_avatar_forumbits",
            r.choice(["index", "forumdisplay"]),
        )
    for t in spans(r, [(T0, T_END, 118.0)]):
        ty = r.choice(["null", "null", "null", "bool"])
        warn(
            t,
            "Trying to access array offset on value of type %s",
            f"Trying to access array offset on value of type {ty}",
            "inc/plugins/myalerts.php",
            1534,
            "myalerts_xmlhttp",
            "xmlhttp",
        )
    for t in spans(r, [(T0, T_END, 480.0)]):
        warn(
            t,
            'Attempt to read property "%s" on %s',
            f'Attempt to read property "{r.choice(["username", "username", "uid"])}" on null',
            "inc/plugins/ougc_awards.php",
            2288,
            "ougc_awards_profile",
            "member",
        )
    for t in spans(r, [(T0, T_END, 610.0)]):
        warn(
            t,
            "foreach() argument must be of type array|object, %s given",
            f"foreach() argument must be of type array|object, {r.choice(['null', 'null', 'string'])} given",
            "inc/plugins/newpoints/core/hooks.php",
            455,
            "newpoints_postbit",
            "showthread",
        )
    for t in spans(r, [(T0, T_END, 1100.0)]):
        warn(
            t,
            "Undefined property: %s::$%s",
            f"Undefined property: stdClass::${r.choice(['tid', 'tid', 'fid'])}",
            "inc/plugins/myalerts/src/Formatter/ThreadAuthorReplyFormatter.php",
            61,
            "myalerts_alert_formatter",
            "xmlhttp",
        )
    for t in spans(r, [(T0, T_END, 860.0)]):
        warn(
            t,
            "Array to string conversion",
            "Array to string conversion",
            "inc/plugins/ougc_awards.php",
            1640,
            "ougc_awards_postbit",
            "showthread",
        )
    for t in spans(r, [(at(9, 0), T_END, 1800.0)]):
        warn(
            t,
            "Uninitialized string offset %d",
            f"Uninitialized string offset {r.choice([0, 0, 1])}",
            "inc/plugins/thankyoulike.php",
            1733,
            "thankyoulike_postbit",
            "showthread",
        )
    # avatars moved to object storage 10:15; the plugin still reads them from disk until 11:05
    for t in spans(r, [(at(10, 15, 40), at(11, 5), 26.0)]):
        uid = r.randint(2, 9800)
        ext = r.choice(["png", "jpg", "jpg", "gif"])
        dl = r.randint(1_600_000_000, 1_717_000_000)
        warn(
            t,
            "getimagesize(%s): Failed to open stream: No such file or directory",
            f"getimagesize(./uploads/avatars/avatar_{uid}.{ext}?dateline={dl}): Failed to open stream: No such file or directory",
            "inc/plugins/lastposter_avatar.php",
            121,
            "lastposter_avatar_forumbits",
            r.choice(["index", "forumdisplay"]),
        )
    # dvz_shoutbox.php saved with a BOM 10:40, fixed 11:02
    for t in spans(r, [(at(10, 40, 31), at(11, 2, 10), 19.0)]):
        h = host()
        frames = [
            MB_HANDLER,
            ("errorHandler->error_callback", "[PHP]", "&nbsp;"),
            ("setcookie", "/inc/functions.php", 2283),
            ("my_setcookie", "/inc/class_session.php", 347),
            ("session->create_session", "/inc/class_session.php", 102),
            ("session->init", "/global.php", 58),
            ("require_once", "/index.php", 18),
        ]
        E(
            h,
            t,
            "Cannot modify header information - headers already sent by (output started at %s:%d)",
            2,
            "Warning",
            f"Cannot modify header information - headers already sent by (output started at {MB_ROOT}/inc/plugins/dvz_shoutbox.php:1)",
            "inc/functions.php",
            2283,
            frames,
        )

    # --- SQL errors
    def sql(
        h: str,
        t: datetime,
        label: str,
        errno: int,
        err: str,
        query: str,
        frames: list[tuple[str, str, int | str]],
        pid: int | None = None,
    ) -> None:
        E(
            h,
            t,
            label,
            20,
            "MyBB SQL Error",
            f"SQL Error: {errno} - {err}\nQuery: {query}",
            "",
            0,
            [
                ("errorHandler->error", "/inc/db_mysqli.php", 1331),
                ("DB_MySQLi->error", "/inc/db_mysqli.php", 581),
                *frames,
            ],
            pid,
        )

    def sess_q() -> str:
        sid = hexid(r, 32)
        return f"\n\t\t\tUPDATE mybb_sessions SET `uid`='{r.randint(0, 9800)}',`time`='{r.randint(1717740000, 1717761600)}',`location`='/showthread.php?tid={r.randint(1000, 48000)}',`useragent`='Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36',`location1`='{r.randint(1, 60)}',`location2`='{r.randint(1000, 48000)}',`nopermission`='0' WHERE sid='{sid}'\n\t\t"

    SESS_FRAMES: list[tuple[str, str, int | str]] = [
        ("DB_MySQLi->query", "/inc/db_mysqli.php", 653),
        ("DB_MySQLi->write_query", "/inc/db_mysqli.php", 1008),
        ("DB_MySQLi->update_query", "/inc/class_session.php", 408),
        ("session->update_session", "/inc/class_session.php", 85),
        ("session->init", "/global.php", 58),
        ("require_once", "/showthread.php", 28),
    ]
    THREAD_FRAMES: list[tuple[str, str, int | str]] = [
        ("DB_MySQLi->query", "/inc/db_mysqli.php", 653),
        ("DB_MySQLi->simple_select", "/inc/functions.php", 5318),
        ("get_thread", "/showthread.php", 51),
    ]
    # the database restarted at 08:12: queries in flight, then refused connections
    for t in spans(r, [(at(8, 12, 4), at(8, 12, 40), 0.9)]):
        h = host()
        if r.random() < 0.6:
            sql(
                h,
                t,
                "SQL Error: %d - MySQL server has gone away\\nQuery: %s",
                2006,
                "MySQL server has gone away",
                sess_q(),
                SESS_FRAMES,
            )
        else:
            tid = r.randint(1000, 48000)
            sql(
                h,
                t,
                "SQL Error: %d - MySQL server has gone away\\nQuery: %s",
                2006,
                "MySQL server has gone away",
                f"\n\t\t\tSELECT *\n\t\t\tFROM mybb_threads\n\t\t\tWHERE tid='{tid}'\n\t\t\t\n\t\t",
                THREAD_FRAMES,
            )
    for t in spans(r, [(at(8, 12, 41), at(8, 16, 20), 1.45)]):
        h = host()
        page = r.choice(["showthread", "forumdisplay", "index", "index", "member", "xmlhttp"])
        sql(
            h,
            t,
            "SQL Error: %d - Connection refused\\nQuery: [READ] Unable to connect to database server",
            2002,
            "Connection refused",
            "[READ] Unable to connect to database server",
            [
                ("DB_MySQLi->connect", "/inc/init.php", 98),
                ("require_once", "/global.php", 20),
                ("require_once", f"/{page}.php", 28),
            ],
        )
    # the mass move 09:30-09:45
    for t in spans(r, [(at(9, 30, 20), at(9, 45), 28.0)]):
        tid = r.randint(1000, 48000)
        sql(
            host(),
            t,
            "SQL Error: %d - Lock wait timeout exceeded; try restarting transaction\\nQuery: %s",
            1205,
            "Lock wait timeout exceeded; try restarting transaction",
            f"\n\t\t\tUPDATE mybb_threads\n\t\t\tSET replies='{r.randint(1, 400)}',lastpost='{r.randint(1717740000, 1717761600)}',lastposter='{r.choice(['Kestrel', 'nordwind', 'j.arnaud', 'mossbank', 'Halvard'])}',lastposteruid='{r.randint(2, 9800)}'\n\t\t\tWHERE tid='{tid}'\n\t\t",
            [
                ("DB_MySQLi->query", "/inc/db_mysqli.php", 653),
                ("DB_MySQLi->write_query", "/inc/db_mysqli.php", 1008),
                ("DB_MySQLi->update_query", "/inc/functions.php", 2616),
                ("update_thread_data", "/inc/datahandlers/post.php", 1151),
                ("PostDataHandler->insert_post", "/newreply.php", 582),
            ],
        )
    for t in spans(r, [(at(9, 31), at(9, 44), 65.0)]):
        fid = r.choice([4, 9, 12, 17])
        sql(
            host(),
            t,
            "SQL Error: %d - Deadlock found when trying to get lock; try restarting transaction\\nQuery: %s",
            1213,
            "Deadlock found when trying to get lock; try restarting transaction",
            f"\n\t\t\tUPDATE mybb_forums\n\t\t\tSET threads=threads+1,posts=posts+1\n\t\t\tWHERE fid='{fid}'\n\t\t",
            [
                ("DB_MySQLi->query", "/inc/db_mysqli.php", 653),
                ("DB_MySQLi->write_query", "/inc/functions.php", 2440),
                ("update_forum_counters", "/inc/datahandlers/post.php", 1139),
                ("PostDataHandler->insert_post", "/newreply.php", 582),
            ],
        )
    # duplicate session rows: two tabs of a new guest at once
    for t in spans(r, [(T0, T_END, 840.0)]):
        sid = hexid(r, 32)
        ip = r.choice(IPS_USERS + IPS_CRAWLERS)
        sql(
            host(),
            t,
            "SQL Error: %d - Duplicate entry '%s' for key '%s'\\nQuery: %s",
            1062,
            f"Duplicate entry '{sid}' for key 'mybb_sessions.PRIMARY'",
            f"\n\t\t\tINSERT\n\t\t\tINTO mybb_sessions (`sid`,`uid`,`time`,`ip`,`location`,`useragent`,`location1`,`location2`,`nopermission`)\n\t\t\tVALUES ('{sid}','0','{r.randint(1717740000, 1717761600)}',X'{''.join(f'{int(p):02x}' for p in ip.split('.'))}','/index.php','Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)','0','0','0')\n\t\t",
            [
                ("DB_MySQLi->query", "/inc/db_mysqli.php", 653),
                ("DB_MySQLi->write_query", "/inc/db_mysqli.php", 941),
                ("DB_MySQLi->insert_query", "/inc/class_session.php", 512),
                ("session->create_session", "/inc/class_session.php", 102),
                ("session->init", "/global.php", 58),
                ("require_once", "/index.php", 18),
            ],
        )
    # ougc_awards uninstalled at 11:10; its template hook on the profile still queries its table
    for t in spans(r, [(at(11, 10, 44), at(11, 32, 5), 29.0)]):
        uid = r.randint(2, 9800)
        sql(
            host(),
            t,
            "SQL Error: %d - Table '%s' doesn't exist\\nQuery: %s",
            1146,
            f"Table '{MB_DB}.mybb_ougc_awards_users' doesn't exist",
            f"\n\t\t\tSELECT u.*, a.*\n\t\t\tFROM mybb_ougc_awards_users u\n\t\t\tLEFT JOIN mybb_ougc_awards a ON (u.aid=a.aid)\n\t\t\tWHERE u.uid='{uid}' AND a.visible='1'\n\t\t\tORDER BY u.disporder, u.date desc\n\t\t\tLIMIT 0, 10\n\t\t",
            [
                ("DB_MySQLi->query", "/inc/plugins/ougc_awards.php", 2301),
                ("ougc_awards_profile", "/inc/class_plugins.php", 142),
                ("pluginSystem->run_hooks", "/member.php", 2286),
            ],
        )
    return fs.logs(T0)


# ---------------------------------------------------------------------------------- joomla

JM_ROOT = {"www": "/var/www/corp", "events": "/var/www/events"}
JM_V4 = "Joomla! 4.4.4 Stable [ Pamoja ] 16-April-2024 16:00 GMT"
JM_FIELDS = "#Fields: datetime\tpriority clientip\tcategory\tmessage"
JM_BADPASS = "Username and password do not match or you do not have an account yet."


def php_arg(s: str) -> str:
    """A string argument as PHP's getTraceAsString() prints it (15 characters at most)."""
    return f"'{s[:15]}...'" if len(s) > 15 else f"'{s}'"


def jm_tail(root: str, cms: int) -> list[str]:
    return [
        f"{root}/libraries/src/Application/CMSApplication.php({cms}): Joomla\\CMS\\Application\\SiteApplication->doExecute()",
        f"{root}/includes/app.php(58): Joomla\\CMS\\Application\\CMSApplication->execute()",
        f"{root}/index.php(32): require_once({php_arg(root + '/includes/app.php')})",
    ]


def joomla(r: random.Random) -> list[Log]:
    """The company site (www) and its events site on one host, Joomla 4.4 on PHP 8.2-FPM,
    06:00 to 12:00; www updated to 5.1.0 at 10:04."""
    fs = Files()
    pools = {"www": Pool(r, 31020, 12, 1000), "events": Pool(r, 31140, 6, 1000)}
    upd_done = at(10, 5, 2)

    def iso(t: datetime) -> str:
        return f"{t:%Y-%m-%dT%H:%M:%S}+00:00"

    def J(
        site: str,
        fname: str,
        t: datetime,
        label: str,
        prio: str,
        ip: str,
        cat: str,
        lines: list[str],
        pid: object = None,
    ) -> datetime:
        f = f"{site}-{fname}"
        if pid is None:
            pid, _ = pools[site].pick()
        return fs.add(
            f,
            t,
            label,
            lambda x: [f"{iso(x)}\t{prio} {ip}\t{cat}\t{lines[0]}", *lines[1:]],
            (f, pid),
            SEC,
        )

    def throw(
        site: str, t: datetime, ip: str, cls: str, label_msg: str, msg: str, frames: list[str]
    ) -> None:
        tr = [f"#{i} {f}" for i, f in enumerate(frames)] + [f"#{len(frames)} {{main}}"]
        J(
            site,
            "error.php",
            t,
            f'Uncaught Throwable of type %s thrown with message "{label_msg}". Stack trace: %s',
            "CRITICAL",
            ip,
            "error",
            [
                f'Uncaught Throwable of type {cls} thrown with message "{msg}". Stack trace: {tr[0]}',
                *tr[1:],
            ],
        )

    def v5(site: str, t: datetime) -> bool:
        return site == "www" and t >= upd_done

    def fail(site: str, t: datetime, ip: str, msg: str) -> None:
        J(site, "error.php", t, msg, "INFO", ip, "joomlafailure", [msg])

    # --- failed logins: the botnet on www's /administrator, users mistyping
    bots = r.sample(IPS_BOT, 16)
    for t in spans(r, [(at(7, 5, 11), at(7, 55, 40), 2.9)]):
        fail("www", t, r.choice(bots), JM_BADPASS)
    for site, mean in (("www", 900.0), ("events", 1150.0)):
        for t in spans(r, [(T0, T_END, mean)]):
            fail(site, t, r.choice(IPS_USERS), JM_BADPASS)
        for t in spans(r, [(T0, T_END, 2300.0)]):
            fail(site, t, r.choice(IPS_USERS), "Empty password not allowed.")
    # --- 404s, 403s, a removed component
    for site, mean in (("www", 70.0), ("events", 175.0)):
        root = JM_ROOT[site]
        for t in spans(r, [(T0, T_END, mean)]):
            ip = r.choice(IPS_CRAWLERS + IPS_BOT + IPS_USERS)
            a, b, c = (781, 271, 306) if v5(site, t) else (766, 243, 304)
            throw(
                site,
                t,
                ip,
                "Joomla\\CMS\\Router\\Exception\\RouteNotFoundException",
                "Page not found",
                "Page not found",
                [
                    f"{root}/libraries/src/Application/SiteApplication.php({a}): Joomla\\CMS\\Router\\Router->parse(Object(Joomla\\CMS\\Uri\\Uri), true)",
                    f"{root}/libraries/src/Application/SiteApplication.php({b}): Joomla\\CMS\\Application\\SiteApplication->route()",
                    *jm_tail(root, c),
                ],
            )
    root = JM_ROOT["www"]
    for t in spans(r, [(T0, T_END, 880.0)]):
        c = 306 if v5("www", t) else 304
        throw(
            "www",
            t,
            r.choice(IPS_USERS + IPS_CRAWLERS),
            "Exception",
            "You are not authorised to view this resource.",
            "You are not authorised to view this resource.",
            [
                f"{root}/libraries/src/MVC/Controller/BaseController.php(697): Joomla\\Component\\Content\\Site\\View\\Article\\HtmlView->display(NULL)",
                f"{root}/components/com_content/src/Controller/DisplayController.php(123): Joomla\\CMS\\MVC\\Controller\\BaseController->display(true, Array)",
                f"{root}/libraries/src/MVC/Controller/BaseController.php(730): Joomla\\Component\\Content\\Site\\Controller\\DisplayController->display()",
                f"{root}/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\\CMS\\MVC\\Controller\\BaseController->execute('display')",
                f"{root}/libraries/src/Component/ComponentHelper.php(361): Joomla\\CMS\\Dispatcher\\ComponentDispatcher->dispatch()",
                f"{root}/libraries/src/Application/SiteApplication.php(217): Joomla\\CMS\\Component\\ComponentHelper::renderComponent('com_content')",
                f"{root}/libraries/src/Application/SiteApplication.php(271): Joomla\\CMS\\Application\\SiteApplication->dispatch()",
                *jm_tail(root, c),
            ],
        )
    root = JM_ROOT["events"]
    for t in spans(r, [(T0, T_END, 590.0)]):
        throw(
            "events",
            t,
            r.choice(IPS_CRAWLERS + IPS_USERS),
            "Joomla\\CMS\\Component\\Exception\\MissingComponentException",
            "Component not found.",
            "Component not found.",
            [
                f"{root}/libraries/src/Application/SiteApplication.php(217): Joomla\\CMS\\Component\\ComponentHelper::renderComponent('com_rsform')",
                f"{root}/libraries/src/Application/SiteApplication.php(243): Joomla\\CMS\\Application\\SiteApplication->dispatch()",
                *jm_tail(root, 304),
            ],
        )
    for t in spans(r, [(T0, T_END, 1500.0)]):
        throw(
            "events",
            t,
            r.choice(IPS_USERS),
            "Error",
            "Call to a member function %s() on null",
            "Call to a member function getParams() on null",
            [
                f"{root}/libraries/src/Plugin/CMSPlugin.php(289): PlgContentEventgallery->onContentPrepare('com_content.art...', Object(stdClass), Object(Joomla\\Registry\\Registry), 0)",
                f"{root}/libraries/vendor/joomla/event/src/Dispatcher.php(486): Joomla\\CMS\\Plugin\\CMSPlugin->Joomla\\CMS\\Plugin\\{{closure}}(Object(Joomla\\Event\\Event))",
                f"{root}/libraries/src/Application/EventAware.php(111): Joomla\\Event\\Dispatcher->dispatch('onContentPrepar...', Object(Joomla\\Event\\Event))",
                f"{root}/components/com_content/src/View/Article/HtmlView.php(198): Joomla\\CMS\\Application\\WebApplication->triggerEvent('onContentPrepar...', Array)",
                f"{root}/libraries/src/MVC/Controller/BaseController.php(697): Joomla\\Component\\Content\\Site\\View\\Article\\HtmlView->display()",
                f"{root}/components/com_content/src/Controller/DisplayController.php(123): Joomla\\CMS\\MVC\\Controller\\BaseController->display(true, Array)",
                f"{root}/libraries/src/Dispatcher/ComponentDispatcher.php(143): Joomla\\Component\\Content\\Site\\Controller\\DisplayController->display()",
                f"{root}/libraries/src/Component/ComponentHelper.php(361): Joomla\\CMS\\Dispatcher\\ComponentDispatcher->dispatch()",
                f"{root}/libraries/src/Application/SiteApplication.php(217): Joomla\\CMS\\Component\\ComponentHelper::renderComponent('com_content')",
                f"{root}/libraries/src/Application/SiteApplication.php(243): Joomla\\CMS\\Application\\SiteApplication->dispatch()",
                *jm_tail(root, 304),
            ],
        )

    # --- the database lost 08:31-08:37 (both sites)
    def db_frames(root: str) -> list[str]:
        return [
            f"{root}/libraries/vendor/joomla/database/src/Mysqli/MysqliDriver.php(970): Joomla\\Database\\Mysqli\\MysqliDriver->connect()",
            f"{root}/libraries/vendor/joomla/database/src/DatabaseDriver.php(1790): Joomla\\Database\\Mysqli\\MysqliDriver->execute()",
            f"{root}/libraries/src/Plugin/PluginHelper.php(303): Joomla\\Database\\DatabaseDriver->loadObjectList()",
            f"{root}/libraries/src/Plugin/PluginHelper.php(123): Joomla\\CMS\\Plugin\\PluginHelper::load()",
            f"{root}/libraries/src/Plugin/PluginHelper.php(224): Joomla\\CMS\\Plugin\\PluginHelper::getPlugin('system')",
            f"{root}/libraries/src/Application/SiteApplication.php(609): Joomla\\CMS\\Plugin\\PluginHelper::importPlugin('system')",
            f"{root}/libraries/src/Application/SiteApplication.php(235): Joomla\\CMS\\Application\\SiteApplication->initialiseApp()",
            *jm_tail(JM_ROOT["www"] if root.endswith("corp") else root, 304),
        ]

    for site, m1, m2 in (("www", 4.0, 6.0), ("events", 9.0, 14.0)):
        for t in spans(r, [(at(8, 31, 10), at(8, 34, 40), m1)]):
            throw(
                site,
                t,
                r.choice(IPS_USERS + IPS_CRAWLERS),
                "Joomla\\Database\\Exception\\ConnectionFailureException",
                "Could not connect to database: Connection refused",
                "Could not connect to database: Connection refused",
                db_frames(JM_ROOT[site]),
            )
        for t in spans(r, [(at(8, 34, 41), at(8, 36, 30), m2)]):
            throw(
                site,
                t,
                r.choice(IPS_USERS + IPS_CRAWLERS),
                "Joomla\\Database\\Exception\\ConnectionFailureException",
                "Could not connect to database: Too many connections",
                "Could not connect to database: Too many connections",
                db_frames(JM_ROOT[site]),
            )

    # --- the update of www to 5.1.0 at 10:04, and the gallery module it broke
    admin = "10.0.8.21"
    t = at(10, 4, 11)
    upd = [
        (
            "Update started by user %s (%s). Old version is %s.",
            "Update started by user Webmaster (417). Old version is 4.4.4.",
            0.0,
        ),
        (
            "Downloading update file from %s.",
            "Downloading update file from https://downloads.joomla.org/cms/joomla5/5-1-0/Joomla_5.1.0-Stable-Update_Package.zip.",
            0.4,
        ),
        ("File %s downloaded.", "File Joomla_5.1.0-Stable-Update_Package.zip downloaded.", 6.8),
        ("Starting installation of new version.", "Starting installation of new version.", 1.2),
        ("Finalising installation.", "Finalising installation.", 21.5),
        ("Start of SQL updates.", "Start of SQL updates.", 0.3),
        (
            "The current database version (schema) is %s.",
            "The current database version (schema) is 4.4.3-2024-03-28.",
            0.1,
        ),
    ]
    for f_, q in [
        (
            "5.0.0-2023-05-18",
            "ALTER TABLE `#__menu` DROP INDEX `idx_client_id_parent_id_alias_language`",
        ),
        (
            "5.0.0-2023-06-27",
            "UPDATE `#__extensions` SET `enabled` = 1 WHERE `type` = 'plugin' AND `element` = 'compat' AND `folder` = 'behaviour'",
        ),
        (
            "5.0.0-2023-09-02",
            "DELETE FROM `#__extensions` WHERE `type` = 'plugin' AND `element` = 'fields' AND `folder` = 'content'",
        ),
        (
            "5.1.0-2024-02-10",
            "INSERT INTO `#__mail_templates` (`template_id`, `extension`, `language`, `subject`, `body`, `htmlbody`, `attachments`, `params`) VALUES ('com_users.massmail.mail', 'com_users', '', 'COM_USERS_MASSMAIL_MAIL_SUBJECT', 'COM_USERS_MASSMAIL_MAIL_BODY', '', '', '{\"tags\": [\"subject\", \"body\", \"subjectprefix\", \"bodysuffix\"]}')",
        ),
        (
            "5.1.0-2024-03-08",
            "ALTER TABLE `#__guidedtour_steps` ADD COLUMN `params` text NULL /** CAN FAIL **/",
        ),
    ]:
        upd.append(
            (
                "Ran query from file %s. Query text: %s.",
                f"Ran query from file {f_}. Query text: {q}.",
                r.uniform(0.05, 0.4),
            )
        )
    upd += [
        ("End of SQL updates.", "End of SQL updates.", 0.2),
        ("Deleting removed files and folders.", "Deleting removed files and folders.", 0.6),
        ("Cleaning up after installation.", "Cleaning up after installation.", 4.1),
        ("Update to version %s is complete.", "Update to version 5.1.0 is complete.", 0.5),
    ]
    for label, msg, dt in upd:
        t = J(
            "www",
            "joomla_update.php",
            t + sec(dt),
            label,
            "INFO",
            admin,
            "update",
            [msg],
            pid=31061,
        )
    root = JM_ROOT["www"]
    for t in spans(r, [(at(10, 5, 31), at(10, 41, 2), 16.0)]):
        throw(
            "www",
            t,
            r.choice(IPS_USERS + IPS_CRAWLERS),
            "Error",
            "Call to undefined method %s::%s()",
            "Call to undefined method Joomla\\CMS\\Document\\HtmlDocument::addScriptVersion()",
            [
                f"{root}/modules/mod_bt_contentslider/mod_bt_contentslider.php(42): BTContentSliderHelper::fetchHead(Object(Joomla\\Registry\\Registry))",
                f"{root}/libraries/src/Dispatcher/LegacyModuleDispatcher.php(71): include({php_arg(root + '/modules/mod_bt_contentslider/mod_bt_contentslider.php')})",
                f"[internal function]: Joomla\\CMS\\Dispatcher\\LegacyModuleDispatcher->Joomla\\CMS\\Dispatcher\\{{closure}}({php_arg(root + '/modules/mod_bt_contentslider/mod_bt_contentslider.php')})",
                f"{root}/libraries/src/Dispatcher/LegacyModuleDispatcher.php(73): call_user_func(Object(Closure), {php_arg(root + '/modules/mod_bt_contentslider/mod_bt_contentslider.php')})",
                f"{root}/libraries/src/Helper/ModuleHelper.php(294): Joomla\\CMS\\Dispatcher\\LegacyModuleDispatcher->dispatch()",
                f"{root}/libraries/src/Document/Renderer/Html/ModuleRenderer.php(99): Joomla\\CMS\\Helper\\ModuleHelper::renderRawModule(Object(stdClass), Object(Joomla\\Registry\\Registry), Array)",
                f"{root}/libraries/src/Document/Renderer/Html/ModulesRenderer.php(51): Joomla\\CMS\\Document\\Renderer\\Html\\ModuleRenderer->render(Object(stdClass), Array, NULL)",
                f"{root}/libraries/src/Document/HtmlDocument.php(578): Joomla\\CMS\\Document\\Renderer\\Html\\ModulesRenderer->render('slider', Array, NULL)",
                f"{root}/libraries/src/Document/HtmlDocument.php(894): Joomla\\CMS\\Document\\HtmlDocument->getBuffer('modules', 'slider', Array)",
                f"{root}/libraries/src/Document/HtmlDocument.php(648): Joomla\\CMS\\Document\\HtmlDocument->_renderTemplate()",
                f"{root}/libraries/src/Application/CMSApplication.php(1174): Joomla\\CMS\\Document\\HtmlDocument->render(false, Array)",
                f"{root}/libraries/src/Application/SiteApplication.php(795): Joomla\\CMS\\Application\\CMSApplication->render()",
                *jm_tail(root, 306),
            ],
        )

    # --- the task scheduler (web cron from the monitoring host every minute)
    cron_ip = "10.0.4.5"
    db_down = [(at(8, 31, 0), at(8, 37, 0))]
    tasks = {
        "www": [
            (1, "Session GC", 3600, 480, (0.02, 0.09)),
            (3, "Uptime ping", 300, 60, (0.2, 0.9)),
            (4, "Update Notification", 7200, 2220, (0.6, 1.8)),
            (5, "Delete Action Logs", 86400, 3 * 3600 + 60, (0.3, 1.1)),
        ],
        "events": [
            (1, "Session GC", 3600, 900, (0.02, 0.09)),
            (3, "Registrations export", 600, 240, (0.8, 3.5)),
        ],
    }
    for site, tl in tasks.items():
        for tid, title, period, off, (lo, hi) in tl:
            t = T0 + sec(off)
            while t < T_END:
                st = t.replace(second=0, microsecond=0) + sec(r.uniform(0.3, 2.5))
                pid = ("cron", site, st.minute)
                locked = title == "Uptime ping" and at(9, 50) <= st < at(9, 55)
                hung = title == "Uptime ping" and at(9, 45) <= st < at(9, 50)
                failed = title == "Uptime ping" and at(9, 40) <= st < at(9, 45)
                if in_any(st, db_down):
                    pass
                elif locked:
                    J(
                        site,
                        "joomla_scheduler.php",
                        st,
                        "Task#%02d '%s' is currently locked.",
                        "INFO",
                        cron_ip,
                        "scheduler",
                        [f"Task#{tid:02d} '{title}' is currently locked."],
                        pid=pid,
                    )
                else:
                    st = J(
                        site,
                        "joomla_scheduler.php",
                        st,
                        "Running task#%02d '%s'.",
                        "INFO",
                        cron_ip,
                        "scheduler",
                        [f"Running task#{tid:02d} '{title}'."],
                        pid=pid,
                    )
                    dur = r.uniform(lo, hi)
                    if failed:
                        dur = 30.0 + r.uniform(0.01, 0.06)
                        J(
                            site,
                            "joomla_scheduler.php",
                            st + sec(dur),
                            "Task#%02d '%s' exited with code %d in %.2f (net %.2f) seconds.",
                            "INFO",
                            cron_ip,
                            "scheduler",
                            [
                                f"Task#{tid:02d} '{title}' exited with code 3 in {dur:.2f} (net {dur - 0.01:.2f}) seconds."
                            ],
                            pid=pid,
                        )
                    elif not hung:
                        J(
                            site,
                            "joomla_scheduler.php",
                            st + sec(dur),
                            "Successfully finished task#%02d '%s' in %.2f (net %.2f) seconds.",
                            "INFO",
                            cron_ip,
                            "scheduler",
                            [
                                f"Successfully finished task#{tid:02d} '{title}' in {dur:.2f} (net {dur * r.uniform(0.9, 0.99):.2f}) seconds."
                            ],
                            pid=pid,
                        )
                t += sec(period)

    # --- each file's header, written with its first entry (the log rotation plugin started new
    # files just before 06:00; the update log is new)
    for rec in fs.files.values():
        t = min(x[0] for x in rec.items) - sec(0.000001)
        rec.add(t, ["#"], "#")
        rec.add(t, ["#<?php die('Forbidden.'); ?>"], "#<?php die('Forbidden.'); ?>")
        rec.add(t, [f"#Date: {t + sec(0.000001):%Y-%m-%d %H:%M:%S} UTC"], "#Date: %s UTC")
        rec.add(t, [f"#Software: {JM_V4}", ""], "#Software: %s")
        rec.add(t, [JM_FIELDS], "#Fields: %s")
    return fs.logs(T0)


# -------------------------------------------------------------------------------- opencart

OC_ROOT = "/var/www/shop"
OC_STORE = "/var/www/storage"
OC_MOD = OC_STORE + "/modification"


def oc_time(t: datetime) -> str:
    """OpenCart 3's Log: date('Y-m-d G:i:s'), the hour without a leading zero."""
    return f"{t:%Y-%m-%d} {t.hour}:{t:%M:%S}"


def opencart(r: random.Random) -> list[Log]:
    """One OpenCart 3.0.3.8 store on PHP 7.4-FPM, 06:00 to 12:00."""
    fs = Files()
    pool = Pool(r, 20311, 20, 500)

    def W(
        t: datetime, label: str, msg: str, pid: int | None = None, fname: str = "error.log"
    ) -> datetime:
        if pid is None:
            pid, _ = pool.pick()
        lines = msg.split("\n")
        return fs.add(
            fname, t, label, lambda x: [f"{oc_time(x)} - {lines[0]}", *lines[1:]], (fname, pid), SEC
        )

    def php(
        t: datetime,
        kind: str,
        label_msg: str,
        msg: str,
        file: str,
        line: int,
        pid: int | None = None,
    ) -> datetime:
        return W(
            t,
            f"PHP {kind}:  {label_msg} in %s on line %d",
            f"PHP {kind}:  {msg} in {file} on line {line}",
            pid,
        )

    def notices(
        windows: list[tuple[datetime, datetime, float]],
        kind: str,
        label_msg: str,
        places: list[tuple[str, int, float, list[str]]],
    ) -> None:
        """Notices at the places (file, line, weight, the values it shows) over the windows."""
        for t in spans(r, windows):
            f, ln, _, vals = r.choices(places, [w for _, _, w, _ in places])[0]
            v = r.choice(vals) if vals else ""
            msg = label_msg.replace("%s", v).replace("%d", v) if "%" in label_msg else label_msg
            php(t, kind, label_msg, msg, f, ln)

    # the page requests' notices
    notices(
        [(T0, T_END, 25.0)],
        "Notice",
        "Undefined index: %s",
        [
            (f"{OC_MOD}/catalog/controller/common/header.php", 102, 9, ["route"]),
            (f"{OC_MOD}/catalog/controller/product/product.php", 528, 5, ["HTTP_REFERER"]),
            (
                f"{OC_ROOT}/catalog/controller/extension/module/ocfilter.php",
                141,
                3,
                ["filter_ocfilter", "filter_ocfilter", "ocfilter_page_id"],
            ),
            (f"{OC_ROOT}/catalog/model/extension/total/quantity_discount.php", 39, 2, ["quantity"]),
            (f"{OC_MOD}/catalog/controller/product/category.php", 44, 1, ["path"]),
        ],
    )
    N = ["null", "null", "null", "bool"]
    notices(
        [(T0, T_END, 75.0)],
        "Notice",
        "Trying to access array offset on value of type %s",
        [
            (f"{OC_ROOT}/catalog/controller/extension/module/featured_plus.php", 88, 3, N),
            (f"{OC_MOD}/catalog/controller/product/category.php", 219, 1, N),
        ],
    )
    notices(
        [(T0, T_END, 640.0)],
        "Notice",
        "Undefined variable: %s",
        [
            (
                f"{OC_ROOT}/catalog/controller/extension/module/featured_plus.php",
                112,
                1,
                ["data", "results"],
            )
        ],
    )
    notices(
        [(at(9, 56, 30), T_END, 27.0)],
        "Notice",
        "Undefined variable: %s",
        [
            (
                f"{OC_ROOT}/catalog/controller/extension/module/special_countdown.php",
                74,
                1,
                ["special_countdown", "special_countdown", "date_end"],
            )
        ],
    )
    notices(
        [(T0, T_END, 270.0)],
        "Notice",
        "Undefined offset: %d",
        [(f"{OC_MOD}/catalog/controller/product/category.php", 61, 1, ["1", "1", "2"])],
    )
    notices(
        [(T0, T_END, 360.0)],
        "Notice",
        "Trying to get property '%s' of non-object",
        [
            (
                f"{OC_ROOT}/catalog/model/extension/module/ocfilter.php",
                212,
                1,
                ["num_rows", "num_rows", "row"],
            )
        ],
    )
    QD = f"{OC_ROOT}/catalog/model/extension/total/quantity_discount.php"
    notices([(T0, T_END, 145.0)], "Warning", "A non-numeric value encountered", [(QD, 46, 1, [])])
    notices([(T0, T_END, 1900.0)], "Warning", "Division by zero", [(QD, 52, 1, [])])
    notices(
        [(T0, T_END, 300.0)],
        "Warning",
        "count(): Parameter must be an array or an object that implements Countable",
        [(f"{OC_ROOT}/catalog/controller/extension/module/featured_plus.php", 61, 1, [])],
    )
    # Google Shopping's crawler on the feed 07:00-07:30
    notices(
        [(at(7, 0, 14), at(7, 30, 2), 19.0), (T0, T_END, 3000.0)],
        "Warning",
        "Invalid argument supplied for foreach()",
        [(f"{OC_ROOT}/catalog/controller/extension/feed/google_base.php", 98, 1, [])],
    )
    # the file cache's races
    for t in spans(r, [(T0, T_END, 235.0)]):
        key = r.choice(
            [
                "product.bestseller.1.1.0.4.5",
                "product.latest.1.0.1.2.8",
                "category.1.1",
                "manufacturer.0",
                "currency",
                "product.special.1.1.0.1.4",
            ]
        )
        stamp = epoch(t) + r.randint(-20, 3600)
        line = r.choice([16, 68])
        php(
            t,
            "Warning",
            "unlink(%s): No such file or directory",
            f"unlink({OC_STORE}/cache/cache.{key}.{stamp}): No such file or directory",
            f"{OC_ROOT}/system/library/cache/file.php",
            line,
        )
    # truncated product images, resized on a cache miss
    for t in spans(r, [(T0, T_END, 690.0)]):
        php(
            t,
            "Warning",
            "imagecreatefromjpeg(): gd-jpeg, libjpeg: recoverable error: Premature end of JPEG file",
            "imagecreatefromjpeg(): gd-jpeg, libjpeg: recoverable error: Premature end of JPEG file",
            f"{OC_ROOT}/system/library/image.php",
            35,
        )
    bad = f"{OC_ROOT}/image/catalog/products/{r.choice(['sofa', 'lamp'])}-{r.randint(100, 999)}.jpg"
    for t in spans(r, [(T0, T_END, 1500.0)]):
        pid, _ = pool.pick()
        t = php(
            t,
            "Warning",
            "imagecreatefromjpeg(): gd-jpeg: JPEG library reports unrecoverable error: Not a JPEG file: starts with 0x%s 0x%s",
            "imagecreatefromjpeg(): gd-jpeg: JPEG library reports unrecoverable error: Not a JPEG file: starts with 0x89 0x50",
            f"{OC_ROOT}/system/library/image.php",
            35,
            pid,
        )
        php(
            t,
            "Warning",
            "imagecreatefromjpeg(): '%s' is not a valid JPEG file",
            f"imagecreatefromjpeg(): '{bad}' is not a valid JPEG file",
            f"{OC_ROOT}/system/library/image.php",
            35,
            pid,
        )
    # the database restarted 08:40-08:47; the crawler 10:20-10:35
    for t in spans(r, [(at(8, 40, 12), at(8, 46, 50), 2.8)]):
        php(
            t,
            "Warning",
            "mysqli::__construct(): (%s/%d): Connection refused",
            "mysqli::__construct(): (HY000/2002): Connection refused",
            f"{OC_ROOT}/system/library/db/mysqli.php",
            7,
        )
    for t in spans(r, [(at(10, 20, 5), at(10, 35, 30), 20.0)]):
        php(
            t,
            "Warning",
            "mysqli::__construct(): (%s/%d): Too many connections",
            "mysqli::__construct(): (HY000/1040): Too many connections",
            f"{OC_ROOT}/system/library/db/mysqli.php",
            7,
        )
    # orders paid with PayPal: the IPN callback adds the order history, which sends the
    # confirmation mail (the relay timing out 09:10-09:40)
    for t in spans(r, [(T0, T_END, 300.0)]):
        ipn = t + sec(r.uniform(4, 40))
        pid, _ = pool.pick()
        oid = 10000 + int((t - T0).total_seconds() // 60)
        gross = f"{r.uniform(18, 640):.2f}"
        pdt = t - sec(7 * 3600)
        req = (
            f"cmd=_notify-validate&mc_gross={gross}&protection_eligibility=Eligible&address_status=confirmed"
            f"&payer_id={''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(13))}&payment_date={pdt:%H}%3A{pdt:%M}%3A{pdt:%S}+Jun+{pdt:%d}%2C+2024+PDT"
            f"&payment_status=Completed&charset=UTF-8&first_name={r.choice(['Anna', 'Jonas', 'Lea', 'Mats', 'Sofia', 'Emil'])}&mc_fee={float(gross) * 0.029 + 0.35:.2f}&notify_version=3.9&custom={oid}"
            f"&payer_status=verified&business=orders%40nordhaus-living.example&quantity=1&verify_sign={hexid(r, 56)}"
            f"&payer_email=buyer{r.randint(100, 999)}%40mail.example&txn_id={hexid(r, 17).upper()}&payment_type=instant&receiver_email=orders%40nordhaus-living.example"
            f"&payment_fee=&receiver_id=QH7R9ZK3M2LXA&txn_type=web_accept&item_name=Nordhaus+Living&mc_currency=EUR&item_number=&residence_country=DE&handling_amount=0.00&transaction_subject=&payment_gross=&shipping=0.00&ipn_track_id={hexid(r, 13)}"
        )
        if at(11, 5) <= ipn < at(11, 12):
            ipn = W(
                ipn,
                "PP_STANDARD :: CURL failed Could not resolve host: %s(%d)",
                "PP_STANDARD :: CURL failed Could not resolve host: ipnpb.paypal.com(6)",
                pid,
            )
            ipn = W(
                ipn, "PP_STANDARD :: IPN REQUEST: %s", "PP_STANDARD :: IPN REQUEST: " + req, pid
            )
            W(ipn, "PP_STANDARD :: IPN RESPONSE: %s", "PP_STANDARD :: IPN RESPONSE: ", pid)
            continue
        ipn = W(ipn, "PP_STANDARD :: IPN REQUEST: %s", "PP_STANDARD :: IPN REQUEST: " + req, pid)
        ipn = W(
            ipn + sec(r.uniform(0.3, 1.4)),
            "PP_STANDARD :: IPN RESPONSE: %s",
            "PP_STANDARD :: IPN RESPONSE: VERIFIED",
            pid,
        )
        if at(9, 10) <= ipn < at(9, 40):
            php(
                ipn + sec(r.uniform(0.2, 0.5)),
                "Warning",
                "fsockopen(): unable to connect to %s:%d (Connection timed out)",
                "fsockopen(): unable to connect to tls://smtp.mailrelay.example.net:587 (Connection timed out)",
                f"{OC_ROOT}/system/library/mail/smtp.php",
                48,
                pid,
            )
    # cash-on-delivery orders send their mail at checkout
    for t in spans(r, [(at(9, 10), at(9, 40), 95.0)]):
        php(
            t,
            "Warning",
            "fsockopen(): unable to connect to %s:%d (Connection timed out)",
            "fsockopen(): unable to connect to tls://smtp.mailrelay.example.net:587 (Connection timed out)",
            f"{OC_ROOT}/system/library/mail/smtp.php",
            48,
        )
    # the countdown extension installed at 09:55: the modification refresh, then a stray BOM
    mods = [
        (
            "Special Countdown Timer",
            [
                (
                    "catalog/controller/product/product.php",
                    "$data['price'] = $this->currency->format(",
                    "318",
                    "",
                ),
                (
                    "catalog/view/theme/journal3/template/product/product.twig",
                    '<div class="product-price-group">',
                    "",
                    "NOT FOUND - OPERATIONS ABORTED!",
                ),
            ],
        ),
        (
            "Journal Theme Modification",
            [
                (
                    "catalog/controller/common/header.php",
                    "$data['title'] = $this->document->getTitle();",
                    "35",
                    "",
                ),
                ("catalog/controller/common/footer.php", "$data['powered'] =", "52", ""),
                (
                    "catalog/controller/product/category.php",
                    "$data['products'][] = array(",
                    "221",
                    "",
                ),
                ("catalog/controller/product/product.php", "$data['tab_review'] =", "301", ""),
                ("admin/controller/common/column_left.php", "// Design", "134", ""),
            ],
        ),
        (
            "OCFilter - Product filter",
            [
                ("catalog/controller/product/category.php", "$filter_data = array(", "157", ""),
                (
                    "catalog/model/catalog/product.php",
                    "if (!empty($data['filter_manufacturer_id'])) {",
                    "129",
                    "",
                ),
                (
                    "catalog/model/catalog/product.php",
                    "public function getTotalProducts($data = array()) {",
                    "",
                    "NOT FOUND - SKIPPING!",
                ),
            ],
        ),
        (
            "Quantity Discount",
            [
                (
                    "catalog/model/checkout/order.php",
                    "$order_id = $this->db->getLastId();",
                    "17",
                    "",
                ),
            ],
        ),
    ]
    log = []
    for name, edits in mods:
        log.append(f"MOD: {name}")
        for f_, code, line, nf in edits:
            log += ["", f"FILE: {f_}", f"CODE: {code}"]
            log.append(f"LINE: {line}" if line else nf)
        log.append("-" * 64)
    W(at(9, 55, 41), "MOD: %s", "\n".join(log), pid=20999, fname="ocmod.log")
    for t in spans(r, [(at(9, 56, 3), at(10, 7, 40), 42.0)]):
        php(
            t,
            "Warning",
            "Cannot modify header information - headers already sent by (output started at %s:%d)",
            f"Cannot modify header information - headers already sent by (output started at {OC_ROOT}/catalog/controller/extension/module/special_countdown.php:1)",
            f"{OC_ROOT}/system/library/response.php",
            71,
        )
    # an old slider module calls each(): once in a worker's life
    for t in spans(r, [(T0, T_END, 2.6)]):
        pid, fresh = pool.pick()
        if fresh and r.random() < 0.8:
            php(
                t,
                "Unknown",
                "The each() function is deprecated. This message will be suppressed on further calls",
                "The each() function is deprecated. This message will be suppressed on further calls",
                f"{OC_ROOT}/catalog/controller/extension/module/slideshow_pro.php",
                47,
                pid,
            )
    return fs.logs(T0)


# -------------------------------------------------------------------------------- suitecrm

SC_USERS = [
    "1b3f0c52-8d4e-4a7b-9e21-5c6d7f8a9b01",
    "2c4a1d63-9e5f-4b8c-8f32-6d7e8f9a0c12",
    "3d5b2e74-af60-4c9d-9043-7e8f9a0b1d23",
    "4e6c3f85-b071-4dae-a154-8f9a0b1c2e34",
    "5f7d4096-c182-4ebf-b265-9a0b1c2d3f45",
    "6a8e51a7-d293-4fc0-8376-ab1c2d3e4a56",
    "7b9f62b8-e3a4-40d1-9487-bc2d3e4f5b67",
    "8ca073c9-f4b5-41e2-a598-cd3e4f5a6c78",
]
SC_SPRAY = [
    "admin",
    "administrator",
    "sales",
    "support",
    "info",
    "test",
    "crm",
    "user",
    "manager",
    "office",
    "j.meyer",
    "k.wagner",
    "accounting",
    "demo",
    "guest",
    "root",
]
SC_REL = [
    "accounts_contacts",
    "accounts_opportunities",
    "account_cases",
    "accounts_bugs",
    "member_accounts",
    "securitygroups_accounts",
    "account_tasks",
    "account_notes",
    "account_meetings",
    "account_calls",
    "accounts_email_addresses",
]
SC_ACC_LIST = "SELECT  accounts.id , accounts_cstm.region_c , accounts.name , accounts.billing_address_city , accounts.phone_office , jt0.user_name assigned_user_name , jt0.created_by assigned_user_name_owner  , 'Users' assigned_user_name_mod, accounts.date_entered , accounts.assigned_user_id  FROM accounts   LEFT JOIN  accounts_cstm ON accounts.id = accounts_cstm.id_c   LEFT JOIN  users jt0 ON accounts.assigned_user_id=jt0.id AND jt0.deleted=0\n\n AND jt0.deleted=0 where accounts.deleted=0 ORDER BY accounts.date_entered DESC"


def sc_date(t: datetime) -> str:
    """strftime('%c') in the C locale."""
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S %Y}"


def suitecrm(r: random.Random) -> list[Log]:
    """One SuiteCRM 7.14 instance (Apache with PHP 8.1-FPM, cron every minute as www-data),
    06:00 to 12:00."""
    fs = Files()
    pool = Pool(r, 2811, 14, 1000)

    def L(t: datetime, pid: int, user: str, label: str, msg: str, level: str = "FATAL") -> datetime:
        lines = msg.split("\n")
        return fs.add(
            "suitecrm.log",
            t,
            label,
            lambda x: [f"{sc_date(x)} [{pid}][{user}][{level}] {lines[0]}", *lines[1:]],
            pid,
            SEC,
        )

    def web(t: datetime, user: str, label: str, msg: str) -> datetime:
        pid, _ = pool.pick()
        return L(t, pid, user, label, msg)

    GONE = "MySQL error 2006: MySQL server has gone away"
    # --- cron.php every minute as www-data (root's crontab runs it too from 11:00)
    cpid = 40112
    imap_bad = (at(7, 40, 0), at(10, 5, 0))
    db_down = (at(9, 12, 8), at(9, 16, 20))
    throttled = set(r.sample(range(7 * 60 + 45, 10 * 60 + 4), 14))
    oversize = sorted(r.sample(range(10 * 60 + 6, 11 * 60 + 50), 8))
    m = 0
    while (T0 + sec(60 * m)) < T_END:
        tm = T0 + sec(60 * m)
        m += 1
        cpid += r.randint(25, 90)
        t = tm + sec(r.uniform(0.2, 0.9))
        minute = tm.hour * 60 + tm.minute
        if tm >= at(11, 0):
            L(
                tm + sec(r.uniform(0.1, 0.5)),
                cpid - r.randint(3, 12),
                "-none-",
                "cron.php: running with user that is not in allowed_cron_users in config.php",
                "cron.php: running with user that is not in allowed_cron_users in config.php",
            )
        if db_down[0] <= t < db_down[1]:
            L(
                t,
                cpid,
                "-none-",
                "Could not connect to DB server %s as %s. port %s: Connection refused",
                "Could not connect to DB server db01.internal as suitecrm. port 3306: Connection refused",
            )
            continue
        if minute in throttled:
            L(
                t,
                cpid,
                "1",
                "Job runs too frequently, throttled to protect the system.",
                "Job runs too frequently, throttled to protect the system.",
            )
            continue
        t = L(
            t,
            cpid,
            "1",
            "ImapHandler trying to use a non valid resource stream.",
            "ImapHandler trying to use a non valid resource stream.",
        )
        if imap_bad[0] <= t < imap_bad[1]:
            for _ in range(2):
                t = L(
                    t + sec(r.uniform(0.2, 6)),
                    cpid,
                    "1",
                    "ImapHandler trying to use a non valid resource stream.",
                    "ImapHandler trying to use a non valid resource stream.",
                )
            L(
                t + sec(r.uniform(0.1, 0.4)),
                cpid,
                "1",
                "Job %s (%s) failed in CRON run",
                f"Job {uuid4(r)} (Check Inbound Mailboxes) failed in CRON run",
            )
        if minute in oversize:
            cid = uuid4(r)
            subj = (
                "AW: AW: WG: "
                + "Rückfrage zu Rechnung RE-2024-0"
                + str(r.randint(1000, 9999))
                + " / Lieferung KW23 – bitte dringend prüfen, " * 6
            )
            L(
                t + sec(r.uniform(1, 4)),
                cpid,
                "1",
                "Error inserting into table: %s: Query Failed:%s::: MySQL error %d: Data too long for column '%s' at row %d",
                f"Error inserting into table: cases: Query Failed:INSERT INTO cases (id,name,date_entered,date_modified,modified_user_id,created_by,deleted,assigned_user_id,case_number,type,status,priority,state,account_id) VALUES ('{cid}','{subj.strip()}','{tm:%Y-%m-%d %H:%M:%S}','{tm:%Y-%m-%d %H:%M:%S}','1','1',0,'{r.choice(SC_USERS)}',NULL,'User','Open_New','P2','Open','{uuid4(r)}')::: MySQL error 1406: Data too long for column 'name' at row 1",
            )
        if at(9, 12, 0) <= tm < at(9, 12, 8) or tm == at(9, 12):
            L(
                t + sec(2.2),
                cpid,
                "1",
                " Query Failed:%s::: MySQL error %d: MySQL server has gone away",
                f" Query Failed:SELECT id FROM aow_workflow WHERE aow_workflow.status = 'Active' AND (aow_workflow.run_when = 'Always' OR aow_workflow.run_when = 'In_Scheduler' OR aow_workflow.run_when = 'Create') AND aow_workflow.deleted = 0 ::: {GONE}",
            )
            L(
                t + sec(2.5),
                cpid,
                "1",
                "Job %s (%s) failed in CRON run",
                f"Job {uuid4(r)} (Process Workflow Tasks) failed in CRON run",
            )

    # --- the Accounts list view broken by a field removed in Studio 08:05, repaired 09:00
    for t in spans(r, [(at(8, 5, 31), at(9, 0, 20), 25.0)]):
        pid, _ = pool.pick()
        u = r.choice(SC_USERS)
        t = L(
            t,
            pid,
            u,
            "Error retrieving %s list:  Query Failed:%s::: MySQL error %d: Unknown column '%s' in '%s'",
            f"Error retrieving Account list:  Query Failed:{SC_ACC_LIST} LIMIT 0,21::: MySQL error 1054: Unknown column 'accounts_cstm.region_c' in 'field list'",
        )
        region = r.choice(["Nord", "Süd", "West", "Ost", "DACH"])
        L(
            t,
            pid,
            u,
            "Error running count query for %s List:  Query Failed:%s::: MySQL error %d: Unknown column '%s' in '%s'",
            f"Error running count query for Account List:  Query Failed:SELECT count(*) c FROM accounts   LEFT JOIN  accounts_cstm ON accounts.id = accounts_cstm.id_c  where ((accounts_cstm.region_c = '{region}')) AND accounts.deleted=0::: MySQL error 1054: Unknown column 'accounts_cstm.region_c' in 'where clause'",
        )
    for t in spans(r, [(at(9, 1, 3), at(9, 35), 22.0)]):
        web(
            t,
            r.choice(SC_USERS),
            "Error fetching relationship from cache %s",
            f"Error fetching relationship from cache {r.choice(SC_REL)}",
        )

    # --- the database restarted 09:12-09:16
    for t in spans(r, [(at(9, 12, 0), at(9, 12, 8), 0.35)]):
        u = r.choice(SC_USERS)
        k = r.random()
        if k < 0.45:
            rid = uuid4(r)
            mod = r.choice(["cases", "accounts", "contacts"])
            web(
                t,
                u,
                "Retrieving record by id %s:%s found  Query Failed:%s::: MySQL error %d: MySQL server has gone away",
                f"Retrieving record by id {mod}:{rid} found  Query Failed:SELECT {mod}.*,{mod}_cstm.* FROM {mod}  LEFT JOIN {mod}_cstm ON {mod}.id = {mod}_cstm.id_c  WHERE {mod}.id = '{rid}' AND {mod}.deleted=0 LIMIT 0,1::: {GONE}",
            )
        elif k < 0.75:
            web(
                t,
                u,
                "Error retrieving %s list:  Query Failed:%s::: MySQL error %d: MySQL server has gone away",
                f"Error retrieving Case list:  Query Failed:SELECT  cases.id , cases.case_number , cases.name , accounts.name account_name, cases.priority , cases.status , cases.date_entered  FROM cases  LEFT JOIN  accounts ON cases.account_id=accounts.id AND accounts.deleted=0 where cases.deleted=0 ORDER BY cases.date_entered DESC LIMIT 0,21::: {GONE}",
            )
        else:
            web(
                t,
                u,
                " Query Failed:%s::: MySQL error %d: MySQL server has gone away",
                f" Query Failed:SELECT * FROM config WHERE category = 'MySettings' AND name = 'tab' ::: {GONE}",
            )
    for t in spans(r, [(at(9, 12, 9), at(9, 16, 20), 3.4)]):
        web(
            t,
            "-none-",
            "Could not connect to DB server %s as %s. port %s: Connection refused",
            "Could not connect to DB server db01.internal as suitecrm. port 3306: Connection refused",
        )

    # --- failed logins: a password spray 10:20-10:55, users mistyping
    def failed(t: datetime, name: str, n: int) -> None:
        pid, _ = pool.pick()
        t = L(
            t,
            pid,
            "-none-",
            "SECURITY: User authentication for %s failed",
            f"SECURITY: User authentication for {name} failed",
        )
        L(
            t,
            pid,
            "-none-",
            "FAILED LOGIN:attempts[%d] - %s",
            f"FAILED LOGIN:attempts[{n}] - {name}",
        )

    for t in spans(r, [(at(10, 20, 14), at(10, 55, 50), 5.6)]):
        failed(t, r.choice(SC_SPRAY), 1)
    for t in spans(r, [(T0, T_END, 1500.0)]):
        name = r.choice(["j.meyer", "k.wagner", "s.becker", "l.hoffmann", "m.schulz", "t.klein"])
        for n in range(1, r.choice([1, 1, 2, 3]) + 1):
            failed(t, name, n)
            t += sec(r.uniform(5, 20))

    # --- the mass update of accounts 11:05-11:25: users' saves wait on its locks
    for t in spans(r, [(at(11, 5, 40), at(11, 25, 10), 48.0)]):
        aid = uuid4(r)
        web(
            t,
            r.choice(SC_USERS),
            "Error updating table: %s: Query Failed:%s::: MySQL error %d: Lock wait timeout exceeded; try restarting transaction",
            f"Error updating table: accounts: Query Failed:UPDATE accounts SET name='{r.choice(['Brandt Logistik GmbH', 'Kessler & Söhne KG', 'Nordlicht Energie AG', 'Vogel Maschinenbau', 'Rheinwerk Textil GmbH'])}',date_modified='{t:%Y-%m-%d %H:%M:%S}',modified_user_id='{r.choice(SC_USERS)}',description=NULL,deleted=0,assigned_user_id='{r.choice(SC_USERS)}',account_type='Customer',industry='Manufacturing',phone_office='+49 {r.randint(30, 89)} {r.randint(100000, 9999999)}' WHERE accounts.id = '{aid}' AND deleted=0::: MySQL error 1205: Lock wait timeout exceeded; try restarting transaction",
        )
    return fs.logs(T0)


# ------------------------------------------------------------------------------------ glpi

GL_HOST = "glpi-app01"
GL_ROOT = "/var/www/glpi"
GL_TECHS = {
    2: "glpi",
    7: "m.durand",
    8: "s.lefevre",
    9: "a.moreau",
    12: "j.girard",
    15: "c.roux",
    21: "n.fournier",
}
GL_USERS = [
    "p.bonnet",
    "l.mercier",
    "e.blanc",
    "h.garnier",
    "t.faure",
    "r.andre",
    "v.chevalier",
    "y.lambert",
    "o.robin",
    "g.masson",
    "b.henry",
    "f.muller",
]
GL_SUBJECTS = [
    "Imprimante bloquée au 2e étage",
    "VPN ne se connecte plus",
    "Demande d'accès au partage Compta",
    "Écran noir au démarrage",
    "Mot de passe expiré",
    "Installation de Teams",
    "Souris sans fil HS",
    "Lenteurs sur l'ERP",
    "Nouvel arrivant: poste à préparer",
    "Wi-Fi instable salle de réunion",
]


def gl_frames(frames: list[tuple[str, str]]) -> list[str]:
    """GLPI's backtrace: `  Backtrace :` and a line a frame, the script padded to 50."""
    out = ["  Backtrace :"]
    for script, call in frames:
        sc = "..." + script[-47:] if len(script) > 50 else script.ljust(50)
        out.append(f"  {sc} {call}")
    return out


def glpi(r: random.Random) -> list[Log]:
    """GLPI 10.0 (Apache, PHP 8.1-FPM, front/cron.php every minute as www-data), its logs in
    files/_log, 06:00 to 12:00."""
    fs = Files()
    pool = Pool(r, 5120, 10, 500)

    def F(
        name: str, t: datetime, label: str, user: object, lines: list[str], pid: object
    ) -> datetime:
        """Toolbox::logInFile: the date and [user@host] line, then the text."""
        u = "" if user is None else str(user)
        return fs.add(
            f"{name}.log",
            t,
            label,
            lambda x: [f"{x:%Y-%m-%d %H:%M:%S} [{u}@{GL_HOST}]", *lines],
            (name, pid),
            SEC,
        )

    def M(
        name: str, t: datetime, channel: str, level: str, label: str, lines: list[str], pid: object
    ) -> datetime:
        """Monolog's LineFormatter: `[date] channel.LEVEL: message`, the context after it."""
        return fs.add(
            f"{name}.log",
            t,
            label,
            lambda x: [f"[{x:%Y-%m-%d %H:%M:%S}] {channel}.{level}: {lines[0]}", *lines[1:]],
            (name, pid),
            SEC,
        )

    def php(
        t: datetime,
        level: str,
        kind: str,
        label_msg: str,
        msg: str,
        file: str,
        line: int,
        frames: list[tuple[str, str]],
        pid: object,
    ) -> datetime:
        head = f"  *** {kind}: {msg} in {GL_ROOT}/{file} at line {line}"
        lk = (
            kind.rsplit("(", 1)[0] + "(%s)"
            if kind.startswith("PHP")
            else kind.split(" ", 2)[0] + " " + kind.split(" ", 2)[1] + " %s"
        )
        return M(
            "php-errors",
            t,
            "glpiphplog",
            level,
            f"  *** {lk}: {label_msg} in %s at line %s",
            [head, *gl_frames(frames), "  "],
            pid,
        )

    def sqlerr(
        t: datetime,
        label_err: str,
        sql: str,
        err: str,
        frames: list[tuple[str, str]],
        user: object,
        pid: object,
    ) -> None:
        u = "" if user is None else str(user)
        M(
            "sql-errors",
            t,
            "glpisqllog",
            "ERROR",
            f"%s::%s() in %s line %d\\n  *** MySQL query error:\\n  SQL: %s\\n  Error: {label_err}",
            [
                f"DBmysql::query() in {GL_ROOT}/src/DBmysql.php line 370",
                "  *** MySQL query error:",
                f"  SQL: {sql}",
                f"  Error: {err}",
                *gl_frames(frames),
                f'  {{"user":"{u}@{GL_HOST}"}} ',
            ],
            pid,
        )

    # --- tickets: web users' actions queue notifications
    queue: list[list] = []  # [due, recipient, subject, sent_try]
    for t in spans(r, [(T0, T_END, 118.0)]):
        tid = r.randint(14810, 15490)
        uid = r.choice(list(GL_TECHS))
        kind = r.choice(
            [
                "Nouveau ticket",
                "Mise à jour d'un ticket",
                "Nouveau suivi",
                "Nouveau suivi",
                "Clôture du ticket",
                "Ticket résolu",
            ]
        )
        subj = f"[GLPI #{tid:07d}] {kind} {r.choice(GL_SUBJECTS)}"
        pid, _ = pool.pick()
        rcpts = r.sample(GL_USERS, r.choice([1, 1, 2, 2, 3]))
        for who in rcpts:
            to = f"{who}@groupe-lemaire.example"
            t = F(
                "mail",
                t,
                "An email to %s was added to queue: %s",
                uid,
                [f"An email to {to} was added to queue: {subj}"],
                pid,
            )
            queue.append([t, to, subj, 0])

    # --- cron.php every minute
    tasks = [
        # name, frequency (s), first run offset (s), itemtype
        ("queuednotification", 60, 0),
        ("slaticket", 300, 120),
        ("mailgate", 300, 180),
        ("pendingreason", 1800, 600),
        ("ticketrecurrent", 3600, 900),
        ("closeticket", 43200, 2460),
        ("alertnotclosed", 43200, 2520),
        ("purgelogs", 86400, 3 * 3600 + 300),
        ("session", 86400, 3 * 3600 + 360),
        ("circularlogs", 86400, 3 * 3600 + 420),
    ]
    due = {n: T0 + sec(off) for n, _, off in tasks}
    freq = {n: f for n, f, _ in tasks}
    smtp_down = (at(8, 20, 0), at(9, 5, 0))
    imap_bad = (at(9, 30, 0), at(11, 15, 0))
    maint = (at(10, 40, 0), at(10, 50, 0))
    cpid = 731204
    busy_until = T0
    SMTP_ERR = 'Connection could not be established with host "smtp.groupe-lemaire.example:25": stream_socket_client(): Unable to connect to smtp.groupe-lemaire.example:25 (Connection refused)'
    m = 0
    while T0 + sec(60 * m) < T_END:
        tm = T0 + sec(60 * m + 1)
        m += 1
        cpid += r.randint(40, 160)
        t = tm + sec(r.uniform(0.05, 0.4))
        if maint[0] <= t < maint[1]:
            F(
                "cron",
                t,
                "Maintenance mode enabled, running tasks is disabled",
                None,
                ["Maintenance mode enabled, running tasks is disabled"],
                cpid,
            )
            continue
        if t < busy_until:
            F("cron", t, "Can't get DB lock", None, ["Can't get DB lock"], cpid)
            continue
        ready = sorted((d, n) for n, d in due.items() if d <= t)[:5]
        if not ready:
            F(
                "cron",
                t,
                "External #%s: Nothing to launch",
                None,
                ["External #1: Nothing to launch"],
                cpid,
            )
            continue
        for i, (_, n) in enumerate(ready, 1):
            due[n] = tm.replace(second=0) + sec(freq[n])
            t = F("cron", t, "External #%s: Launch %s", None, [f"External #{i}: Launch {n}"], cpid)
            if n == "queuednotification":
                sendable = [q for q in queue if q[0] <= t][:50]
                for q in sendable:
                    if smtp_down[0] <= t < smtp_down[1]:
                        t += sec(r.uniform(0.01, 0.05))
                        retries = 5 - q[3]
                        t = F(
                            "mail-error",
                            t,
                            'Warning: an email was undeliverable to %s with %d retries remaining. Message: %s, Error: Connection could not be established with host "%s": stream_socket_client(): Unable to connect to %s (Connection refused)',
                            None,
                            [
                                f"Warning: an email was undeliverable to {q[1]} with {retries} retries remaining. Message: {q[2]}, Error: {SMTP_ERR}"
                            ],
                            cpid,
                        )
                        if retries <= 0:
                            t = F(
                                "mail-error",
                                t,
                                "Fatal error: giving up delivery of email to %s: %s",
                                None,
                                [f"Fatal error: giving up delivery of email to {q[1]}: {q[2]}"],
                                cpid,
                            )
                            queue.remove(q)
                        else:
                            q[3] += 1
                            q[0] = tm + sec(300)
                    else:
                        t = F(
                            "mail",
                            t + sec(r.uniform(0.2, 0.9)),
                            "An email was sent to %s: %s",
                            None,
                            [f"An email was sent to {q[1]}: {q[2]}"],
                            cpid,
                        )
                        queue.remove(q)
                if smtp_down[0] <= t < smtp_down[1] and len(sendable) > 3:
                    busy_until = t + sec(len(sendable) * 20)
            elif n == "mailgate" and imap_bad[0] <= t < imap_bad[1]:
                t = php(
                    t + sec(r.uniform(0.3, 1.2)),
                    "CRITICAL",
                    "Uncaught Exception Laminas\\Mail\\Storage\\Exception\\RuntimeException",
                    "cannot login, user or password wrong",
                    "cannot login, user or password wrong",
                    "vendor/laminas/laminas-mail/src/Storage/Imap.php",
                    187,
                    [
                        ("vendor/laminas/laminas-mail/src/Storage/Imap.php:187", ""),
                        (
                            "src/MailCollector.php:981",
                            "Laminas\\Mail\\Storage\\Imap->__construct()",
                        ),
                        ("src/MailCollector.php:658", "MailCollector->connect()"),
                        ("src/MailCollector.php:1844", "MailCollector->collect()"),
                        ("src/CronTask.php:1068", "MailCollector::cronMailgate()"),
                        ("front/cron.php:94", "CronTask::launch()"),
                    ],
                    ("cron", cpid),
                )
                t = F(
                    "cron",
                    t,
                    "An error occurred trying to connect to collector.<br/>cannot login, user or password wrong",
                    None,
                    [
                        "An error occurred trying to connect to collector.<br/>cannot login, user or password wrong"
                    ],
                    cpid,
                )
            else:
                t += sec(r.uniform(0.05, 0.8))

    # --- logins
    for t in spans(r, [(T0, T_END, 88.0)]):
        who = r.choice(list(GL_TECHS.values()) + GL_USERS)
        pid, _ = pool.pick()
        F(
            "event",
            t,
            "[%s] %s: %s log in from IP %s",
            None,
            [f"[login] 3: {who} log in from IP 10.20.{r.randint(1, 9)}.{r.randint(10, 250)}"],
            pid,
        )
    for t in spans(r, [(T0, T_END, 560.0)]):
        who = r.choice(list(GL_TECHS.values()) + GL_USERS + ["admin", "administrateur", "p.bonet"])
        pid, _ = pool.pick()
        F(
            "event",
            t,
            "[%s] %s: Failed login for %s from IP %s",
            None,
            [
                f"[login] 3: Failed login for {who} from IP 10.20.{r.randint(1, 9)}.{r.randint(10, 250)}"
            ],
            pid,
        )
    for t in spans(r, [(T0, T_END, 5200.0)]):
        pid, _ = pool.pick()
        F(
            "event",
            t,
            "[%s] %s: Login for %s denied by authorization rules from IP %s",
            None,
            [
                f"[login] 3: Login for {r.choice(['stagiaire.ete', 'ext.prestataire'])} denied by authorization rules from IP 10.20.{r.randint(1, 9)}.{r.randint(10, 250)}"
            ],
            pid,
        )

    # --- the plugins' warnings and deprecations on page views
    def web_frames(first: str, calls: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(first, ""), *calls]

    TICKET = [("front/ticket.form.php:137", "Html::footer()")]
    for t in spans(r, [(T0, T_END, 72.0)]):
        pid, _ = pool.pick()
        k = r.random()
        if k < 0.55:
            key, f, ln, calls = (
                r.choice(["plugin_formcreator_forms_id", "itilcategories_id"]),
                "plugins/formcreator/inc/issue.class.php",
                1188,
                [
                    (
                        "plugins/formcreator/setup.php:392",
                        "PluginFormcreatorIssue::getTicketSummary()",
                    ),
                    ("src/Plugin.php:1732", "plugin_formcreator_hook_dashboard_cards()"),
                    ("front/central.php:63", "Plugin::doHookFunction()"),
                ],
            )
        elif k < 0.85:
            key, f, ln, calls = (
                r.choice(["plugin_fields_containers_id", "c_id"]),
                "plugins/fields/inc/container.class.php",
                1611,
                [
                    ("plugins/fields/hook.php:180", "PluginFieldsContainer::preItemUpdate()"),
                    ("src/Plugin.php:1660", "plugin_fields_item_update()"),
                    ("src/CommonDBTM.php:1632", "Plugin::doHook()"),
                    ("front/ticket.form.php:82", "CommonDBTM->update()"),
                ],
            )
        else:
            key, f, ln, calls = (
                "tag_color",
                "plugins/tag/inc/tag.class.php",
                455,
                [
                    ("plugins/tag/inc/tag.class.php:611", "PluginTagTag::getTagsForItem()"),
                    ("plugins/tag/setup.php:118", "PluginTagTag::showForItem()"),
                    ("src/Plugin.php:1732", "plugin_tag_post_item_form()"),
                    *TICKET,
                ],
            )
        php(
            t,
            "WARNING",
            "PHP Warning (2)",
            'Undefined array key "%s"',
            f'Undefined array key "{key}"',
            f,
            ln,
            web_frames(f"{f}:{ln}", calls),
            pid,
        )
    for t in spans(r, [(T0, T_END, 105.0)]):
        pid, _ = pool.pick()
        php(
            t,
            "NOTICE",
            "PHP User deprecated function (16384)",
            "Called method is deprecated",
            "Called method is deprecated",
            "src/Toolbox.php",
            397,
            [
                ("src/Toolbox.php:397", ""),
                ("src/Search.php:1512", "Toolbox::deprecated()"),
                ("plugins/formcreator/inc/form.class.php:2264", "Search::addDefaultJoin()"),
                (
                    "plugins/formcreator/front/formlist.php:54",
                    "PluginFormcreatorForm::showListForCentral()",
                ),
            ],
            pid,
        )
    for t in spans(r, [(T0, T_END, 160.0)]):
        pid, _ = pool.pick()
        fn, param, ty = r.choice(
            [
                ("strlen", "string", "string"),
                ("trim", "string", "string"),
                ("htmlspecialchars", "string", "string"),
                ("explode", "string", "string"),
            ]
        )
        php(
            t,
            "NOTICE",
            "PHP Deprecated function (8192)",
            "%s(): Passing null to parameter #%d ($%s) of type %s is deprecated",
            f"{fn}(): Passing null to parameter #{2 if fn == 'explode' else 1} (${param}) of type {ty} is deprecated",
            "plugins/tag/inc/tag.class.php",
            302,
            [
                ("plugins/tag/inc/tag.class.php:302", ""),
                ("plugins/tag/inc/tag.class.php:611", "PluginTagTag::getTagsForItem()"),
                ("plugins/tag/setup.php:118", "PluginTagTag::showForItem()"),
                ("src/Plugin.php:1732", "plugin_tag_post_item_form()"),
                *TICKET,
            ],
            pid,
        )
    for t in spans(r, [(T0, T_END, 880.0)]):
        pid, _ = pool.pick()
        php(
            t,
            "WARNING",
            "PHP Warning (2)",
            "Undefined variable $%s",
            f"Undefined variable ${r.choice(['rand', 'rand', 'canedit'])}",
            "plugins/fields/inc/field.class.php",
            1074,
            [
                ("plugins/fields/inc/field.class.php:1074", ""),
                (
                    "plugins/fields/inc/field.class.php:862",
                    "PluginFieldsField::prepareHtmlFields()",
                ),
                ("plugins/fields/hook.php:228", "PluginFieldsField::showForTab()"),
                *TICKET,
            ],
            pid,
        )
    for t in spans(r, [(T0, T_END, 480.0)]):
        pid, _ = pool.pick()
        php(
            t,
            "WARNING",
            "PHP Warning (2)",
            "Trying to access array offset on value of type %s",
            f"Trying to access array offset on value of type {r.choice(['null', 'null', 'bool'])}",
            "plugins/formcreator/inc/form.class.php",
            1712,
            [
                ("plugins/formcreator/inc/form.class.php:1712", ""),
                (
                    "plugins/formcreator/front/formdisplay.php:61",
                    "PluginFormcreatorForm->displayUserForm()",
                ),
            ],
            pid,
        )
    for t in spans(r, [(T0, T_END, 1700.0)]):
        pid, _ = pool.pick()
        php(
            t,
            "CRITICAL",
            "Uncaught Exception TypeError",
            "count(): Argument #%d ($value) must be of type Countable|array, %s given",
            "count(): Argument #1 ($value) must be of type Countable|array, null given",
            "plugins/formcreator/inc/abstractquestionparameter.class.php",
            138,
            [
                ("plugins/formcreator/inc/abstractquestionparameter.class.php:138", ""),
                (
                    "plugins/formcreator/inc/question.class.php:1021",
                    "PluginFormcreatorAbstractQuestionParameter->getParameters()",
                ),
                (
                    "plugins/formcreator/front/question.form.php:72",
                    "PluginFormcreatorQuestion->update()",
                ),
            ],
            pid,
        )

    # --- the fields plugin's container deleted at 07:10, its table still queried on tickets
    for t in spans(r, [(at(7, 10, 22), T_END, 290.0)]):
        pid, _ = pool.pick()
        tid = r.randint(14810, 15490)
        sqlerr(
            t,
            "Table '%s' doesn't exist",
            f"SELECT * FROM `glpi_plugin_fields_ticketinterventions` WHERE `items_id` = '{tid}' AND `itemtype` = 'Ticket' AND `plugin_fields_containers_id` = '4'",
            "Table 'glpi.glpi_plugin_fields_ticketinterventions' doesn't exist",
            [
                ("src/DBmysqlIterator.php:117", "DBmysql->query()"),
                ("src/DBmysql.php:1090", "DBmysqlIterator->execute()"),
                ("plugins/fields/inc/field.class.php:1012", "DBmysql->request()"),
                (
                    "plugins/fields/inc/field.class.php:862",
                    "PluginFieldsField::prepareHtmlFields()",
                ),
                ("plugins/fields/hook.php:228", "PluginFieldsField::showForTab()"),
                ("front/ticket.form.php:137", "Html::footer()"),
            ],
            r.choice(list(GL_TECHS)),
            pid,
        )
    # the database restarted in the maintenance window
    for t in spans(r, [(at(10, 44, 30), at(10, 44, 52), 1.9)]):
        pid, _ = pool.pick()
        tid = r.randint(14810, 15490)
        sqlerr(
            t,
            "MySQL server has gone away",
            f"SELECT `glpi_tickets`.* FROM `glpi_tickets` WHERE `glpi_tickets`.`id` = '{tid}' LIMIT 1",
            "MySQL server has gone away",
            [
                ("src/DBmysqlIterator.php:117", "DBmysql->query()"),
                ("src/DBmysql.php:1090", "DBmysqlIterator->execute()"),
                ("src/CommonDBTM.php:298", "DBmysql->request()"),
                ("front/ticket.form.php:176", "CommonDBTM->getFromDB()"),
            ],
            2,
            pid,
        )
    return fs.logs(T0)


SYSTEMS: dict[str, Callable[[random.Random], list[Log]]] = {
    "mybb": mybb,
    "joomla": joomla,
    "opencart": opencart,
    "suitecrm": suitecrm,
    "glpi": glpi,
}

if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
