"""Ruby's standard `Logger` output, which Rails, Sidekiq, Puma and most Ruby services write:

    I, [2024-05-01T12:00:00.123456 #1234]  INFO -- : Started GET "/" for 127.0.0.1
    E, [2024-05-01T12:00:01.000000 #1234] ERROR -- sidekiq: boom (RuntimeError)

(`severity-letter, [time #pid] SEVERITY -- progname: message`; the time with a blank and no
fraction, `[2024-05-01 12:00:00 #1234]`, where `datetime_format` is `%Y-%m-%d %H:%M:%S`, a
common setting; Zammad's with the thread after the pid and no blank, `[...123456#1187-2812]`),
and Sidekiq's own layout:

    2024-05-01T12:00:01.501Z pid=1 tid=6jd class=HardJob jid=b4a577ed elapsed=0.045 INFO: fail

(`time pid=N tid=T [context k=v ...] LEVEL: message`). Owns `RubyLoggerFormat` and the module
instance `FORMAT` (name "ruby"). The pid, Sidekiq's thread and job context go to attributes and
the progname, when there is one, to `logger`. Rails' tagged logging writes the request id
first in every message (`config.log_tags = [:request_id]`, in the `production.rb` Rails
generates: `INFO -- : [5f3c2a1b-...] Started GET "/"`): it is the attribute `request_id`, not
part of the message, or every message would start with a variable (and the FATAL line that
opens Rails' error block, blank after its tag, takes the exception's line below as its message).
Without Logger's header (Rails before 7.1 logging to standard output writes the message alone),
each line is its tags and message, `[5f3c2a1b-...] Started GET "/"`: `tagged_line` reads the
request id off such a line, and the lines of an exception Rails logs under its tag (the blank
after its `Type (message):` line, the backtrace's frames) go on its event
(`continues_tagged`).
The backtrace Ruby prints under an exception (`app/models/x.rb:12:in 'save'` lines, often
indented) is framing's business; Sidekiq logs a failed job's `Type: message` and then its
backtrace as a message of its own, under the same header: `continues` joins the backtrace to
the exception line before it.
"""

from __future__ import annotations

import re

import orjson

from errctl.formats.logfmt import trailing_pairs
from errctl.formats.stacktrace import ruby_frame_parts
from errctl.models import ParsedFields

_LINE = re.compile(
    r"(?P<letter>[DIWEFA]), \[(?P<ts>\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d{1,9})?"
    r"(?:Z|[+-]\d\d:?\d\d)?) ?#(?P<pid>\d{1,10})(?:-(?P<thread>\d{1,20}))?\] +"
    r"(?P<level>DEBUG|INFO|WARN|ERROR|FATAL|ANY) -- (?P<progname>[^:]*?): ?(?P<msg>.*)",
    re.S,
)
_FIRST = frozenset("DIWEFA")
# A request id tag: a UUID (ActionDispatch::RequestId's own) or the hex id a proxy sent as
# X-Request-Id (nginx's `$request_id`); hex digits only, so a word in brackets stays in the
# message (ActiveJob's tags are read apart: `_ACTIVE_JOB_TAGS`).
# ActiveJob's tagged logging: `[ActiveJob] `, then, around a job's run, `[JobClass] [job id] `
# (the id since Rails 5).
_ACTIVE_JOB_TAGS = re.compile(
    r"\[ActiveJob\] (?:\[(?P<job_class>[A-Z][\w:]{0,255})\] "
    r"(?:\[(?P<job_id>[0-9a-fA-F-]{8,64})\] )?)?"
)
# The line Logger writes first in a file it creates (logger/log_device.rb's add_log_header).
_LOGFILE_CREATED = re.compile(
    r"# Logfile created on (?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4}) by \S{1,64}\Z"
)
_REQUEST_ID = re.compile(r"\[(?P<id>(?=[^\]]{0,127}\d)[0-9a-fA-F][0-9a-fA-F-]{15,127})\](?: |\Z)")
_SIDEKIQ = re.compile(
    r"(?P<ts>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)) "
    r"pid=(?P<pid>\d{1,10}) tid=(?P<tid>[\w-]{1,32})(?P<context>(?: [\w.]{1,64}=[^ =]*)*) "
    r"(?P<level>DEBUG|INFO|WARN|ERROR|FATAL|UNKNOWN): (?P<msg>.*)",
    re.S,
)


def tagged_line(line: str) -> tuple[str, str] | None:
    """(request id, the rest) of a line that starts with Rails' request id tag alone, no
    Logger header before it; None for any other line."""
    m = _REQUEST_ID.match(line[:160]) if line[:1] == "[" else None
    if m is None:
        return None
    return m.group("id"), line[m.end() :]


def continues_tagged(line: str, header: str) -> bool:
    """Whether `line`, under the same request id tag as `header` (a line no format read), goes
    on its event: blank after the tag, or a backtrace's frame (Rails logs an exception's
    lines each under the tag)."""
    tagged = tagged_line(line)
    if tagged is None or not header.startswith(f"[{tagged[0]}]"):
        return False
    rest = tagged[1]
    return not rest.strip() or ruby_frame_parts(rest) is not None


def starts_rails_parameters(line: str, header: str) -> bool:
    """Whether `line` is one of the indented lines Rails writes while it processes a request
    (`  Parameters: {...}`, `  Rendering x within layouts/y`, `  Rendered x (Duration: ...)`,
    and Redmine's `  Current user: jsmith (id=5)`) under another of them or its `Processing by
    C#a as F` line: indented, yet a record of its own (each logged by a call of its own), in a
    log of messages alone (Rails' production.log without Logger's header: Discourse's,
    Redmine's). Taken as more of the line above, each request's lines were one event, split by
    what it rendered."""
    return line.startswith(_REQUEST_STATEMENTS) and header.startswith(_REQUEST_LINES)


_REQUEST_STATEMENTS = ("  Parameters: ", "  Current user: ", "  Rendering ", "  Rendered ")
_REQUEST_LINES = ("Processing by ", *_REQUEST_STATEMENTS)


class RubyLoggerFormat:
    name = "ruby"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        if line[:1].isdigit():
            return _sidekiq(_SIDEKIQ.match(line)) if " pid=" in line[19:40] else None
        if line[:1] == "#":
            return _logfile_created(line)
        if line[:1] == "[" and line[1:2].isdigit():
            return _time_progname(line)
        if line[:1] not in _FIRST or line[1:4] != ", [":
            return None
        m = _LINE.match(line)
        if m is None or m.group("letter") != m.group("level")[0]:
            return None
        attributes: dict[str, object] = {"pid": int(m.group("pid"))}
        if m["thread"] is not None:  # Zammad's `#pid-thread`, no blank before it
            attributes["thread"] = int(m["thread"])
        return _record(m["msg"], m["ts"], m["level"], m["progname"], attributes)

    def continues(self, line: str, opened: str | None, previous: str | None = None) -> str | None:
        """A Sidekiq backtrace (its first line, under the header) right after the exception line
        the same thread logged: the frame, which the event keeps. Or a backtrace an app logs a
        frame a record under Ruby's Logger (`e.backtrace.each { |l| log.error(l) }`), under the
        exception's record of the same process and level."""
        if opened is None:
            return None
        if line[1:4] == ", [" and opened[1:4] == ", [":
            return _logged_frame(line, opened)
        if not line[:1].isdigit() or " pid=" not in line[19:40]:
            return None
        m = _SIDEKIQ.match(line)
        if m is None or ruby_frame_parts(m.group("msg")) is None:
            return None
        before = _SIDEKIQ.match(opened)
        if before is None or before.group("pid", "tid") != m.group("pid", "tid"):
            return None
        if ruby_frame_parts(before.group("msg")) is not None:
            return None  # a backtrace under a backtrace: not an exception line's
        return m.group("msg")


def _lograge(msg: str) -> dict[str, str] | None:
    """The fields of a message that is lograge's `key=value` record alone, or None."""
    rest, pairs = trailing_pairs(msg)
    return pairs if not rest and "path" in pairs and "method" in pairs else None


def _logged_frame(line: str, opened: str) -> str | None:
    """The frame a Ruby Logger record holds, when the event's first record (`opened`) is the
    same process's at the same level and no frame itself; else None."""
    m = _LINE.match(line)
    if m is None or ruby_frame_parts(m.group("msg")) is None:
        return None
    before = _LINE.match(opened)
    if before is None or before.group("pid", "level") != m.group("pid", "level"):
        return None
    if ruby_frame_parts(before.group("msg")) is not None:
        return None  # frames logged with no exception's record above them
    return m.group("msg")


def _sidekiq(m: re.Match[str] | None) -> ParsedFields | None:
    if m is None:
        return None
    attributes: dict[str, object] = {"pid": int(m.group("pid")), "tid": m.group("tid")}
    for pair in m.group("context").split():
        key, _, value = pair.partition("=")
        attributes[key] = value
    level = m.group("level")
    return ParsedFields(
        m.group("msg"), m.group("ts"), "critical" if level == "UNKNOWN" else level,
        attributes=attributes,
    )  # fmt: skip


FORMAT = RubyLoggerFormat()


def _logfile_created(line: str) -> ParsedFields | None:
    """Logger's first line in a file it created: an event at its time, at debug (it was raw
    text: no level, Logger's own words and the file's time in its template)."""
    m = _LOGFILE_CREATED.match(line)
    return None if m is None else ParsedFields(line[2:], m["ts"], "debug")


def _record(
    msg: str, ts: str, level: str, progname: str | None, attributes: dict[str, object]
) -> ParsedFields:
    """The fields of a Logger line's message under its head (`parse`): the request id tag
    Rails writes first and a lograge record read."""
    if msg[:1] == "[":
        tag = _REQUEST_ID.match(msg)
        if tag is not None:
            attributes["request_id"] = tag.group("id")
            msg = msg[tag.end() :]
    if msg[:12] == "[ActiveJob] " and (job := _ACTIVE_JOB_TAGS.match(msg)) is not None:
        # ActiveJob's tags, the framework's and, while a job runs, its class and id: context
        # the logger adds, as the request id is (`[ActiveJob] [OrdersJob] [4f0c...] Performing`).
        if job["job_class"]:
            attributes["job_class"] = job["job_class"]
        if job["job_id"]:
            attributes["job_id"] = job["job_id"]
        msg = msg[job.end() :]
    if msg[:7] == "method=" and (pairs := _lograge(msg)) is not None:
        # lograge's request record under Logger's header (OpenProject's): its fields, which
        # name the request by route and status as a logfmt line's do, and the request's line
        # for its message (`http_records.request_view`).
        attributes.update(pairs)
        msg = f"{pairs['method']} {pairs['path']} {pairs.get('status', '')}".rstrip()
    return ParsedFields(
        msg,
        ts,
        "critical" if level == "ANY" else level,  # `unknown`: logged whatever the level
        logger=progname or None,
        attributes=attributes,
    )


# Open OnDemand's dashboard logger (its `formatter`, `[%s %s] %5s %s`): the time, the progname
# (blank for the apps': `-0400 ]`), the level padded to five, and the message as Ruby's
# `String#inspect` writes it, in quotes, the quotes and escapes in it escaped.
_TIME_PROGNAME = re.compile(
    r"\[(?P<ts>\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:\.\d{1,9})?(?: ?(?:Z|[+-]\d\d:?\d\d))?)"
    r" (?P<progname>[^\]\s]{0,64}) ?\] +(?P<level>DEBUG|INFO|WARN|ERROR|FATAL|ANY) (?P<msg>.*)",
    re.S,
)


def _time_progname(line: str) -> ParsedFields | None:
    """A line of Open OnDemand's layout (`_TIME_PROGNAME`), its message unquoted, or None."""
    m = _TIME_PROGNAME.match(line)
    if m is None:
        return None
    msg = m["msg"]
    if len(msg) > 1 and msg[0] == '"' and msg[-1] == '"':
        try:
            msg = orjson.loads(msg)  # inspect's escapes are JSON's for what apps log
        except orjson.JSONDecodeError:
            msg = msg[1:-1]
    return _record(msg, m["ts"], m["level"], m["progname"], {})
