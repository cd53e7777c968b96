"""The format registry and format detection.

Owns `FORMATS` (name -> the built-in format instances), `get_format` (a name from --format, or a
--pattern, to a LogFormat; unknown names are a UsageError naming the choices and the closest)
and `detect` (a sample of lines -> `Detection`: the formats to try, most common first, and why).

Detection counts only lines that do not look like continuations (indented lines, but for
Zabbix's records, whose pid is padded with blanks; tracebacks,
`Caused by`, `\\tat`, exception lines, and the lines a format says continue an event, such as
PostgreSQL's DETAIL), because a traceback-heavy Python log is still a Python
log. Each counted line is credited to the first format, in `FORMATS` order (most specific first,
generic last), that accepts it. One format alone gives its name; several with a real share give
"mixed", and ingest then tries each in turn per line; generic always comes last, as a fallback,
because it also accepts the timestamped lines of the specific formats. Syslog's weakest
reading (rsyslog's ISO-time layout, which an application's `time Word word: text` line also
fits) counts only in a file that is mostly syslog (`syslog.weak_readings`). A file that names its
own columns (a W3C extended log's `#Fields:` directive, a CSV file's header row) is read by
them, before any line is counted (`_declared`), and so is PostgreSQL's csvlog, whose records
may span lines (a quoted query's newlines) and are counted as records. MySQL's slow query log is
told by its entries' comment lines (`# User@Host:` above `# Query_time:`, `_slow_log`), and
journalctl's `-o export` and `-o verbose` by their entries' cursor lines (`_journal`), which the
count passes over. Db2's db2diag.log is counted by its records' headers: their field lines
(`PID     : ...`) are claimed as continuations (`db2diag.FORMAT.continues`), and so are IBM
MQ's AMQERR logs: the lines only a record holds unindented (its `AMQnnnnX:` message line,
`EXPLANATION:`, `ACTION:`, the closing rule) are claimed (`ibmmq.FORMAT.continues`), and
Windows events as PowerShell's Format-List prints them, by their `TimeCreated :` lines (their
`ProviderName :`, `Id :` and `Message :` lines claimed, `winevent.FORMAT.continues`). The stamp of
PHP's built-in server is `dmesg -T`'s: its file's bare lines are the application's when the
server's own lines fill the file (`php.SERVED`).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from errctl.errors import UsageError
from errctl.formats import (
    access,
    apache_error,
    audit,
    awslambda,
    chromium,
    cmtrace,
    couchbase,
    csvfile,
    db2diag,
    dmesg,
    dotnet,
    elb,
    emqx,
    envoy,
    factorio,
    freeswitch,
    generic,
    haproxy,
    heroku,
    ibmmq,
    journal,
    jsonl,
    klog,
    log4j,
    logcat,
    logfmt,
    monolog,
    mssql,
    mysql_slow,
    nginx_error,
    php,
    postgres,
    pylogging,
    redis,
    ruby,
    supervisor,
    syslog,
    w3c,
    winevent,
    winston,
    xorg,
)
from errctl.formats.base import LogFormat, never_raising
from errctl.formats.daemon_headers import is_zabbix_header
from errctl.formats.pattern import PatternFormat
from errctl.formats.timestamps import starts_with_datetime
from errctl.formats.tool_output import tool_fields

FORMATS: dict[str, LogFormat] = {
    "json": jsonl.FORMAT,
    # journalctl's entries over several lines, told by their cursor lines (`_journal`): before
    # logfmt, which reads an export entry's `__CURSOR=...` line as a pair, and syslog.
    "journal-export": journal.EXPORT,
    "journal-verbose": journal.VERBOSE,
    # Before logfmt, which takes `type=AVC msg=audit(...): ...` for pairs with `msg` the message.
    "audit": audit.FORMAT,
    "logfmt": logfmt.FORMAT,
    # Before syslog, which reads a Classic Load Balancer's `time name ...` as `time host ...`.
    "elb": elb.FORMAT,
    "lambda": awslambda.FORMAT,
    "syslog": syslog.FORMAT,
    "access": access.FORMAT,
    "envoy": envoy.FORMAT,
    "haproxy": haproxy.FORMAT,
    "heroku": heroku.FORMAT,
    "nginx-error": nginx_error.FORMAT,
    "apache-error": apache_error.FORMAT,
    "monolog": monolog.FORMAT,
    "php": php.FORMAT,
    # Before python, whose `time LEVEL name: message` takes `spawned` for a logger.
    "supervisor": supervisor.FORMAT,
    # Before python, which takes a FreeSWITCH header without its idle CPU (before 1.10) for
    # `time [LEVEL] name: message`; generic would read its time alone.
    "freeswitch": freeswitch.FORMAT,
    "python": pylogging.FORMAT,
    "java": log4j.FORMAT,
    "klog": klog.FORMAT,
    "chromium": chromium.FORMAT,
    "postgres": postgres.FORMAT,
    # PostgreSQL's csvlog, by its fixed columns (a file with a header row is `_declared`).
    "csv": csvfile.FORMAT,
    "mssql": mssql.FORMAT,
    # IBM Db2's db2diag.log, by its records' headers; their field lines are claimed
    # (`db2diag.FORMAT.continues`), not counted.
    "db2diag": db2diag.FORMAT,
    # IBM MQ's AMQERR01.LOG, by its records' headers (`time - Process(...) User(...)
    # Program(...)`); the lines only a record holds unindented are claimed
    # (`ibmmq.FORMAT.continues`), not counted.
    "ibmmq": ibmmq.FORMAT,
    # Windows events as PowerShell's Format-List prints them, by their TimeCreated lines;
    # their other field lines are claimed (`winevent.FORMAT.continues`), not counted.
    "winevent": winevent.FORMAT,
    # CMTrace's records (Configuration Manager's and Intune's client logs), by their
    # `<![LOG[` opening; a message over lines is claimed up to its fields
    # (`cmtrace.FORMAT.continues`).
    "cmtrace": cmtrace.FORMAT,
    # MySQL's and MariaDB's slow query log, told by its entries' comment lines (`_slow_log`).
    "mysql-slow": mysql_slow.FORMAT,
    "ruby": ruby.FORMAT,
    "logcat": logcat.FORMAT,
    "redis": redis.FORMAT,
    # Couchbase's ns_server logs, by their heads (`[ns_server:info,time,node:...]`).
    "couchbase": couchbase.FORMAT,
    # EMQX 5's text log (`time [level] tag: ..., msg: name, ...`), by its head: its free-text
    # lines under that head are read as generic reads them.
    "emqx": emqx.FORMAT,
    "dotnet": dotnet.FORMAT,
    "winston": winston.FORMAT,
    "w3c": w3c.FORMAT,
    # The X server's `[    11.813] (II) ...`: seconds since it started, to the millisecond.
    "xorg": xorg.FORMAT,
    # After apache-error, whose 2.2 lines start with the same `[Fri Nov 15 00:00:01 2024]`.
    "dmesg": dmesg.FORMAT,
    # Factorio's server log: the seconds since the game started, right-aligned, then the line.
    "factorio": factorio.FORMAT,
    "generic": generic.FORMAT,
}
for _fmt in FORMATS.values():
    never_raising(_fmt)
del _fmt

ALIASES: dict[str, str] = {
    "jsonl": "json",
    "ndjson": "json",
    "nginx": "access",
    "apache": "access",
    "clf": "access",
    "log4j": "java",
    "logback": "java",
    "spring": "java",
    "pylogging": "python",
    "glog": "klog",
    "chrome": "chromium",
    "electron": "chromium",
    "cef": "chromium",
    "postgresql": "postgres",
    "pg": "postgres",
    "csvlog": "csv",
    "tsv": "csv",
    "iis": "w3c",
    "istio": "envoy",
    "alb": "elb",
    "aws-lambda": "lambda",
    "auditd": "audit",
    "supervisord": "supervisor",
    "kernel": "dmesg",
    "sqlserver": "mssql",
    "db2": "db2diag",
    "format-list": "winevent",
    "get-winevent": "winevent",
    "journald-export": "journal-export",
    "journald-verbose": "journal-verbose",
    "slowlog": "mysql-slow",
    "mysql-slowlog": "mysql-slow",
    "mariadb-slow": "mysql-slow",
    "rails": "ruby",
    "android": "logcat",
    "laravel": "monolog",
    "symfony": "monolog",
    "php-fpm": "php",
    "nginx_error": "nginx-error",
    "valkey": "redis",
    "aspnet": "dotnet",
    "apache_error": "apache-error",
    "httpd-error": "apache-error",
    "plain": "generic",
    "text": "generic",
}

JSON_ALONE_SHARE = 0.8
"""A sample where at least this share of counted lines is JSON is JSON lines, whatever else."""
MIN_LINES = 3
MIN_SHARE = 0.2
"""A format takes part when it parses at least MIN_LINES lines or MIN_SHARE of a small sample."""

_CONTINUATION_PREFIXES = (
    "Traceback",
    "Caused by",
    "\tat ",
    "...",
    "During handling of the above exception",
    "The above exception was the direct cause",
    "Exception in thread",
    "Suppressed: ",
    "Stack trace:",  # PHP
    # PHP's frames (`#0 /var/www/app/X.php(20): App\X->show()`): a `#` and a digit, since
    # WebLogic opens each record with `####<`.
    *(f"#{digit}" for digit in range(10)),
    "[stacktrace]",  # Monolog
    "[previous exception]",
)
# Formats that name lines of their own that continue an event (PostgreSQL's DETAIL lines).
_CONTINUES = tuple(f.continues for f in FORMATS.values() if hasattr(f, "continues"))
_EXCEPTION_LINE = re.compile(
    r"[A-Za-z_$][\w$.]*(?:Error|Exception|Exit|Interrupt|Warning|Throwable|Fault)\b(?::|\Z)"
)


@dataclass(frozen=True)
class Detection:
    formats: tuple[LogFormat, ...]
    name: str
    reason: str


def get_format(name: str | None, pattern: str | None = None) -> LogFormat:
    """The format for a --format name (or alias), or a PatternFormat for --pattern."""
    if pattern is not None and name in (None, "", "pattern", "auto"):
        return never_raising(PatternFormat(pattern))
    key = (name or "").strip().lower()
    key = ALIASES.get(key, key)
    if key == "pattern":
        raise UsageError("format 'pattern' needs a regex", hint="pass --pattern with named groups")
    fmt = FORMATS.get(key)
    if fmt is not None:
        return fmt
    choices = [*FORMATS, "pattern"]
    close = difflib.get_close_matches(key, [*choices, *ALIASES], n=1, cutoff=0.5)
    hint = None
    if close:
        hint = f"did you mean {ALIASES.get(close[0], close[0])!r}?"
    raise UsageError(f"unknown format {name!r}; known formats: {', '.join(choices)}", hint=hint)


INDENTED_HEADER_BLANKS = 4
"""How far in a dated header may start (`indented_header`): tracing's `Pretty` format writes
two blanks; a deeper line is a message's or a trace's own."""


_PADDED_LEVELS = (" INFO: ", " WARN: ")
# log4j's `%5p` before the time: ` INFO [2024-06-04 06:00:01,000] ...` beside `ERROR [...]`
# (Apache Zeppelin's layout, `%5p [%d] ({%t} %F[%M]:%L) - %m%n`).
_PADDED_LOG4J_LEVELS = (" INFO ", " WARN ")
# Kibana's (and OpenSearch Dashboards') legacy text log: the record's type centred in eight
# columns before its bracketed time (`  log   [06:00:00.018] [info][plugins] ...`).
_CENTRED_KIBANA_TYPES = ("  log   [", " error  [", "  ops   [")


_BLANK_PADDED_HOUR = re.compile(r" \d:[0-5]\d:[0-5]\d(?:[.,]\d{1,9})? (?=\S)")


def indented_header(line: str) -> str | None:
    """`line` without its indent when it is a log header written a few blanks in: it opens
    with a date and time there (tracing's `Pretty` format, `  2024-05-01T12:00:00.123456Z
    INFO app: msg`, then its `    at src/main.rs:42` below). No trace's or message's indented
    line opens with a calendar time; None for every other line. Or a level name padded to
    five columns, as Renovate's pretty log writes ` INFO: ` and ` WARN: ` beside `DEBUG: `, or as
    log4j's `%5p` writes it before the time (` INFO [2024-06-04 06:00:01,000] ...`); or
    Kibana's legacy record type centred before its time (`  log   [06:00:00.018] `); or a clock
    whose hour is padded with a blank (`%2d`, strftime's `%k`: Arma 3's and DayZ's ` 6:45:57
    Player ...`, read as `06:45:57 ...`)."""
    if line.startswith(_PADDED_LEVELS):
        return line[1:]
    if line[2:3] == ":" and line[1:2].isdigit() and _BLANK_PADDED_HOUR.match(line) is not None:
        return "0" + line[1:]  # the hour's blank its zero
    if line.startswith(_CENTRED_KIBANA_TYPES):
        return line.lstrip(" ")
    if line.startswith(_PADDED_LOG4J_LEVELS):
        after = line[6:]
        if starts_with_datetime(after[1:] if after[:1] == "[" else after):
            return line[1:]
        return None
    text = line.lstrip(" \t")
    if len(line) - len(text) > INDENTED_HEADER_BLANKS or not starts_with_datetime(text):
        return None
    return text


def looks_like_continuation(line: str) -> bool:
    """True for lines that usually continue an event (stack frames, traceback text)."""
    if not line:
        return False
    if line[0] in " \t":
        return not is_zabbix_header(line) and indented_header(line) is None
    if line.startswith(_CONTINUATION_PREFIXES) or _EXCEPTION_LINE.match(line) is not None:
        return True
    return any(continues(line, None) is not None for continues in _CONTINUES)


def _declared(lines: list[str]) -> Detection | None:
    """A file that names its own columns (a W3C extended log's `#Fields:` directive, a CSV
    header row), when most of its other lines have those columns; or PostgreSQL's csvlog."""
    fmt = w3c.from_sample(lines)
    if fmt is None:
        return _csv(lines)
    records = [line for line in lines if not line.startswith("#")]
    parsed = sum(1 for line in records if fmt.parse(line) is not None)
    if records and parsed < MIN_SHARE_DECLARED * len(records):
        return None
    columns = " and ".join(str(len(fields)) for fields in fmt.layouts)
    reason = f"{fmt.directive} names {columns} columns"
    if records:
        reason += f"; {_pct(parsed, len(records))} of {len(records)} sampled lines have them"
    return Detection((fmt,), "w3c", reason)


def _csv(lines: list[str]) -> Detection | None:
    """A CSV file with a header row, or PostgreSQL's csvlog, when most of its records (joined
    over the lines a quoted field spans) read as such."""
    fmt = csvfile.from_sample(lines)
    headed = fmt is not None
    if fmt is None:
        if not lines or csvfile.FORMAT.record_start(lines[0]) is not True:
            return None  # csvlog's first line is a record, as every one is
        fmt = csvfile.FORMAT
    records = csvfile.joined_records(lines, fmt)
    parsed = sum(1 for record in records if fmt.parse(record) is not None)
    if (records or not headed) and parsed < max(1, MIN_SHARE_DECLARED * len(records)):
        return None
    if headed:
        reason = f"a header row names {len(fmt.names)} columns"
        if records:
            reason += f"; {_pct(parsed, len(records))} of {len(records)} sampled records have them"
    else:
        reason = f"{_pct(parsed, len(records))} of {len(records)} sampled records are csvlog rows"
    return Detection((fmt,), "csv", reason)


def _slow_log(lines: list[str]) -> Detection | None:
    """MySQL's or MariaDB's slow query log, by its entries' comment lines, which the counting
    below passes over (`#` lines look like PHP's frames)."""
    entries = mysql_slow.from_sample(lines)
    if entries < mysql_slow.MIN_ENTRIES:
        return None
    reason = f"{entries} sampled entries have a slow query log's `# User@Host:` and `# Query_time:`"
    return Detection((FORMATS["mysql-slow"],), "mysql-slow", reason)


def _journal(lines: list[str]) -> Detection | None:
    """journalctl's `-o export` or `-o verbose`, by its entries' cursor lines: the field lines
    under them, which the counting below would give logfmt, are the entries' own."""
    found = journal.from_sample(lines)
    if found is None:
        return None
    name, entries = found
    reason = f"{entries} sampled entries open with a journal cursor ({name})"
    return Detection((FORMATS[name],), name, reason)


MIN_SHARE_DECLARED = 0.5
"""A file declares its layout, yet its lines must mostly have it: a log that merely quotes a
`#Fields:` line is read as what its lines are."""


def _pct(n: int, total: int) -> str:
    return f"{round(100 * n / total)}%"


def _raw_reason(lines: list[str]) -> str:
    """Why a file is raw text, and what still reads it: a package manager's or CI tool's own
    layout (`tool_output.tool_fields`) gives its raw records a time and a program, which a
    bare "no format parses" would hide from the user reading the summary."""
    total = len(lines)
    tool = sum(1 for line in lines if _reads_as_tool_output(line))
    if not tool:
        return f"no format parses any of the {total} sampled lines"
    # What reads the file first: a reader of the summary who meets "no format parses" first
    # takes the file for unread, though each record has its time and program.
    return (
        f"{tool} of the {total} sampled lines open a record in a tool's own layout (package"
        " manager, CI, build), which gives it a time and a program; no log format parses them"
    )


# Text that reads as a date or a clock: `2024/05/01`, `2024-05-01`, `01/05/2024`, `01.05.24`,
# `12:00:00`. Not a version (`3.11.2`, `2.31.0`): dots only between a day, a month and a year.
_DATE_OR_CLOCK = re.compile(
    r"(?<![\w.:/-])(?:\d{4}[-/.]\d\d[-/.]\d\d|\d{1,2}[-/]\d{1,2}[-/]\d{2,4}"
    r"|\d\d\.\d\d\.(?:\d{4}|\d\d)(?!\.\d)|\d{1,2}:\d\d:\d\d)(?![\d/])"
)
_DATED_WITHIN = 40
"""The characters of a line its time lies in: a log's time opens its line, after at most a
bracket, a level or a name."""


def unread_dates(sample: list[str]) -> str | None:
    """For a file none of whose times was read: the text its lines seem to start with a time
    in (the first, with what it is glued to), when most of its lines do; else None (a file
    whose lines carry no time: pip's install output, a build's). Its layout is none any format
    knows, which `--pattern` can read."""
    lines = [s for s in sample if s.strip() and not looks_like_continuation(s)]
    found = [m for m in (_DATE_OR_CLOCK.search(s, 0, _DATED_WITHIN) for s in lines) if m]
    if not found or len(found) * 2 < len(lines):
        return None
    text = found[0].string
    last = list(_DATE_OR_CLOCK.finditer(text, 0, _DATED_WITHIN))[-1]
    start = text.rfind(" ", 0, found[0].start()) + 1
    end = text.find(" ", last.end())
    return text[start : end if end != -1 else len(text)][:_DATED_WITHIN]


def _reads_as_tool_output(line: str) -> bool:
    try:
        return tool_fields(line) is not None
    except Exception:  # detection only words a reason: a layout's bug must not break it
        return False


def detect(sample: list[str]) -> Detection:
    """The formats that parse `sample`, most common first, with a human-readable reason."""
    declared = _declared([s for s in sample if s.strip()])  # (`#` lines look like PHP frames)
    if declared is not None:
        return declared
    slow = _slow_log(sample) or _journal(sample)
    if slow is not None:
        return slow
    lines = [s for s in sample if s.strip() and not looks_like_continuation(s)]
    total = len(lines)
    if not total:
        if not any(s.strip() for s in sample):
            return Detection((), "raw", "empty, or blank lines only")
        return Detection(
            (), "raw", "no header-looking lines in the sample (all indented or stack frames)"
        )
    counts = dict.fromkeys(FORMATS, 0)
    order = list(FORMATS.items())
    bare_iso: list[str] = []  # syslog's lines with an ISO time and no PRI
    for line in lines:
        if line[0] in " \t":
            line = indented_header(line) or line
        for name, fmt in order:
            try:
                hit = fmt.parse(line) is not None
            except Exception:  # a format bug must not break detection
                hit = False
            if hit:
                counts[name] += 1
                if name == "syslog" and line[0].isdigit():
                    bare_iso.append(line)
                break
    chosen = dict(FORMATS)
    if bare_iso:
        # rsyslog's file layout (`RSYSLOG_FileFormat`: ISO time, host, tag, no PRI) fits an
        # application's own line too when its message starts `<Word> <word>: ` (`request
        # failed: timeout` as host `request`, program `failed`). The file decides, not the
        # line: the weak readings (no pid, `syslog.weak_readings`)
        # stay syslog's when they outnumber the lines only generic reads (a file that is
        # rsyslog's: `ubuntu kernel: ...`); otherwise they are the application's, and the file
        # is read without that reading, but under the hosts its firm syslog lines name, so a
        # file mixing both keeps every syslog line (`ubuntu kernel:` beside `ubuntu sshd[9]:`).
        hosts, weak = syslog.weak_readings(bare_iso)
        if weak and len(weak) <= counts["generic"]:
            chosen["syslog"] = syslog.without_weak_readings(hosts)
            counts["syslog"] -= len(weak)
            counts["generic"] += sum(1 for line in weak if generic.FORMAT.parse(line) is not None)
    if counts["php"] and counts["dmesg"]:
        # The built-in PHP server's stamp is `dmesg -T`'s: a bare message under it is the
        # application's in a file the server's own lines (requests, PHP's errors) fill, and
        # the kernel's anywhere else.
        own, bare = php.FORMAT.served_lines(lines)
        if own and own >= bare:
            chosen["php"] = php.SERVED
            counts["php"] += bare
            counts["dmesg"] -= bare
    parsed = sum(counts.values())
    if not parsed:
        return Detection((), "raw", _raw_reason(lines))
    if counts["json"] >= JSON_ALONE_SHARE * total:
        return Detection(
            (FORMATS["json"],),
            "json",
            f"{_pct(counts['json'], total)} of {total} sampled lines parse as json",
        )

    def qualifies(n: int) -> bool:
        return n >= MIN_LINES or (n > 0 and n >= MIN_SHARE * total)

    specific = sorted(
        (name for name in FORMATS if name != "generic" and qualifies(counts[name])),
        key=lambda name: -counts[name],
    )
    participants = [*specific]
    if counts["generic"] and (qualifies(counts["generic"]) or not specific):
        participants.append("generic")
    fallback = bool(counts["generic"])
    if not participants:
        # A sample mostly of lines no format reads (a crash's, raw output), its few records
        # none of them a real share: those formats still read them, the most common first,
        # and generic after them, so the other lines stay raw events (JSON alone rejects them).
        participants = sorted((n for n in FORMATS if counts[n]), key=lambda n: -counts[n])
        fallback = True
    formats = tuple(chosen[n] for n in participants)
    if fallback and "generic" not in participants:
        formats += (FORMATS["generic"],)  # the fallback for the odd generic-only line
    if len(participants) == 1:
        name = participants[0]
        reason = f"{_pct(counts[name], total)} of {total} sampled lines parse as {name}"
        if counts["generic"] and name != "generic":
            reason += f"; {_pct(counts['generic'], total)} only as generic"
        return Detection(formats, name, reason)
    shares = ", ".join(f"{n} {_pct(counts[n], total)}" for n in participants)
    return Detection(formats, "mixed", f"mixed: {shares} of {total} sampled lines")
