"""Package managers' and provisioning tools' own files: what no log format reads, but the
tool's layout says, in the files a server's package manager and cloud-init write, and the
reports npm and Yarn leave after a failed command.

- npm's debug log (`~/.npm/_logs/<time>-debug-0.log`, the file npm names after every failure):
  each line is `<counter> <level> <message>`, `31 error code E404`, `12 verbose stack Error:
  ...`; npm's level (silly, verbose, timing, http, info, notice, warn, error) is the level and
  the counter the `npm_line` attribute. A message over several lines (a stack, a table) repeats
  its counter and level on each line: those lines are one event (`continues_package_block`), the
  prefix taken off (`package_block`); a title npm wrote on each (`stack`, `404`) is the logger.
  The file has no times: they stay inferred.
- npmlog, npm's logging library, in an application of its own (Mastodon's streaming server
  before 4.3): `<level> <prefix> <message>`, its levels silly, verb, info, timing, http,
  notice, warn and `ERR!`; a request's id as the prefix (`verb 4a568069-... Subscribe
  timeline:public`) is the event's trace id, the message the text after it. Without an id
  only its own words (`verb`, `silly`, `ERR!`) are read as npmlog's.
- apt's `/var/log/apt/term.log`: dpkg's output as it ran, without times, between apt's
  `Log started: 2026-11-29  16:04:52` and `Log ended: ...` lines. Those lines give their time,
  which the lines after them take (inferred) instead of the file's modification time.
- apt's `/var/log/apt/history.log`: a stanza per run, `Start-Date: 2026-11-29  16:04:50`, then
  `Commandline:`, `Requested-By:`, `Install:`/`Upgrade:`/`Remove:`..., `Error:` when dpkg
  failed, `End-Date:`. The stanza is one event (`continues_package_block`, `package_block`) at its
  start date: the command line is the message, the other lines its continuation; an `Error:`
  makes it an error, its text and the requesting user are attributes.
- dpkg's `/var/log/alternatives.log`: `update-alternatives 2026-11-29 16:04:58: <message>`,
  the program (the service) before the time.
- cloud-init's `/var/log/cloud-init-output.log`: the output of its stages and of the user's
  scripts, without times, under the banner cloud-init writes at column 0 as each stage starts
  and when it is done (`Cloud-init v. 24.1.3 running 'modules:final' at Sat, 28 Nov 2026
  09:14:09 +0000. Up 13.50 seconds.`, `Cloud-init v. ... finished at ...`). The banner gives
  its time, which the lines after it take, and starts an event even under a cloud-init log
  line (`opens_package_block`); the `ci-info:` lines of its tables are one event.
- Yarn 1's `yarn-error.log` (written on every failed command): sections (`Arguments:`,
  `Yarn version:`, ...) whose lines are indented two blanks; its `Trace:` section is the
  error's Node stack (`  Error: https://registry.yarnpkg.com/x: Not found`, then its `at`
  frames): one error event whose message is the exception's line (`package_block`).

Owns `package_fields` (a raw record's first line), `opens_package_block`,
`continues_package_block` and `package_block` (an entry over several lines); `tool_output.py`
dispatches to them, as it does for CI and build tools' layouts. Each is called on raw records
only (no format read their first line); every regex runs on a bounded slice.
"""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime

from errctl.models import ParsedFields

_SLICE = 4096  # the part of a line the layouts are read in

# npm's debug log (`lib/utils/log-file.js`): `<counter> <level> [<title> ]<message>`, each line
# of a message over several prefixed alike. npm's own level order: silly < verbose < info <
# timing < http < notice < warn < error.
_NPM_LINE = re.compile(
    r"(?P<count>\d{1,9}) (?P<level>silly|verbose|timing|http|info|notice|warn|error)(?: |\Z)"
)
_NPM_LEVELS = {
    "silly": "trace",
    "verbose": "debug",
    "timing": "debug",
    "http": "info",
    "info": "info",
    "notice": "info",
    "warn": "warning",
    "error": "error",
}

# npmlog's line in an application: its level word, then the call's prefix (a request's id).
_NPMLOG_LEVELS = {
    "silly": "trace",
    "verb": "debug",
    "info": "info",
    "timing": "debug",
    "http": "info",
    "notice": "notice",
    "warn": "warning",
    "ERR!": "error",
}
_NPMLOG_OWN_WORDS = frozenset(("silly", "verb", "ERR!"))
_REQUEST_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\Z")

# What npm prints on the terminal (npm 10 and later `npm error `, `npm warn `; before,
# `npm ERR! `, `npm WARN `), each line of a message over several prefixed alike: a failed
# command's report opens with its code (`npm error code E404`), then the reason, then where
# the debug log is.
_NPM_SAYS = ("npm error ", "npm ERR! ", "npm warn ", "npm WARN ")
_NPM_REPORTS = ("npm error ", "npm ERR! ")
_NPM_CODE = "code "
_NPM_SAID_LEVELS = {"error": "error", "ERR!": "error", "warn": "warning", "WARN": "warning"}

# apt's term.log (`apt-pkg/deb/dpkgpm.cc`): `Log started: %Y-%m-%d  %H:%M:%S`, two blanks.
_APT_TERM = ("Log started: ", "Log ended: ")
_APT_TIME = re.compile(r"(?P<date>\d{4}-\d\d-\d\d) {1,2}(?P<time>\d\d:\d\d:\d\d)\Z")

# apt's history.log (`apt-pkg/deb/dpkgpm.cc`): `Key: value` lines from `Start-Date:` to
# `End-Date:`, the dates as term.log's.
_APT_START = "Start-Date: "
_APT_END = "End-Date: "
_APT_KEY = re.compile(r"(?P<key>[A-Z][A-Za-z-]{1,31}): ")

# update-alternatives' log (dpkg's `utils/update-alternatives.c`, `log_msg`): the program, then
# `%Y-%m-%d %H:%M:%S: `.
_ALTERNATIVES = re.compile(r"update-alternatives (?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d): ")

# cloud-init's banners (`cloudinit/cmd/main.py`), the time as `util.time_rfc2822()` writes it.
_CLOUD_INIT = "Cloud-init v. "
_CLOUD_INIT_BANNER = re.compile(
    r"Cloud-init v\. (?P<version>[^\s']{1,64}) (?:running '(?P<stage>[^'\n]{1,64})'|finished) at "
    r"(?P<date>[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d [+-]\d{4})\."
)
_CI_INFO = "ci-info: "

# Yarn 1's error report (`src/reporters/.../yarn-error.log`, `cli/index.js`): `Trace: ` and the
# stack below it, each line indented two blanks.
_YARN_TRACE = "Trace:"
_YARN_INDENT = "  "


def package_fields(line: str) -> ParsedFields | None:
    """The fields a package or provisioning tool's layout gives a raw record's first line, or
    None."""
    c = line[:1]
    if c == "L":
        return _apt_term(line)
    if c == "S" and line.startswith(_APT_START):
        return _apt_start(line)
    if c == "C" and line.startswith(_CLOUD_INIT):
        return _cloud_init_banner(line)
    if c == "u" and line.startswith("update-alternatives "):
        return _alternatives(line)
    if c.isdigit():
        return _npm_debug(line)
    if c == "n" and line.startswith(_NPM_SAYS):
        return _npm_said(line)
    if c in "svithnwE":
        return _npmlog(line)
    return None


def _npmlog(line: str) -> ParsedFields | None:
    """An application's npmlog line (`verb <request id> message`), or None."""
    word, _, rest = line.partition(" ")
    level = _NPMLOG_LEVELS.get(word)
    if level is None or not rest or rest[:1] == " ":
        return None
    prefix, _, message = rest.partition(" ")
    if _REQUEST_ID.match(prefix) is not None and message:
        return ParsedFields(message=message, level=level, trace_id=prefix)
    if word in _NPMLOG_OWN_WORDS:
        return ParsedFields(message=rest, level=level)
    return None


def opens_package_block(line: str) -> bool:
    """Whether `line` starts an event even under an open one: cloud-init's banner, written as a
    stage starts."""
    return line[:1] == "C" and _CLOUD_INIT_BANNER.match(line[:_SLICE]) is not None


def continues_package_block(line: str, header: str, continuation: list[str]) -> bool | None:
    """Whether `line` goes on the entry that `header` opened (a `ci-info:` table, an apt
    history stanza, an npm entry's lines); None when `header` opens no such entry."""
    c = header[:1]
    if c == "c" and header.startswith(_CI_INFO):
        return line.startswith(_CI_INFO)
    if c == "S" and header.startswith(_APT_START):
        return (
            not line.startswith(_APT_START)  # a run that never ended: the next one
            and _APT_KEY.match(line[:40]) is not None
            and not any(x.startswith(_APT_END) for x in continuation[-1:])
        )
    if c.isdigit():
        prefix = _npm_prefix(header)
        if prefix is not None:
            return line.startswith(prefix) or line == prefix[:-1]
    if c == "n" and (prefix := _npm_report_prefix(header)) is not None:
        # (A report's first line names its code: the next `code` is the next report's.)
        return line.startswith(prefix) and not line.startswith(_NPM_CODE, len(prefix))
    return None


def package_block(header: str, continuation: list[str]) -> tuple[ParsedFields, list[str]] | None:
    """(fields, continuation lines) of an npm debug log's entry over several lines (the prefix
    each repeats taken off), an apt history.log stanza or Yarn's `Trace:` section; None when
    `header` opens none of them."""
    if not continuation:
        return None
    if header[:1].isdigit():
        return _npm_entry(header, continuation)
    if _npm_report_prefix(header) is not None:
        fields = _npm_said(header)
        return None if fields is None else (fields, continuation)
    if header.startswith(_APT_START):
        return _apt_stanza(header, continuation)
    if header.rstrip() == _YARN_TRACE:
        return _yarn_trace(continuation)
    return None


def _npm_debug(line: str) -> ParsedFields | None:
    m = _NPM_LINE.match(line[:32])
    if m is None:
        return None
    return ParsedFields(
        message=line[m.end() :],
        level=_NPM_LEVELS[m.group("level")],
        attributes={"npm_line": int(m.group("count"))},
    )


def _apt_term(line: str) -> ParsedFields | None:
    if not line.startswith(_APT_TERM):
        return None
    timestamp = _apt_time(line.partition(": ")[2])
    return None if timestamp is None else ParsedFields(message=line, timestamp=timestamp)


def _apt_start(line: str) -> ParsedFields | None:
    timestamp = _apt_time(line[len(_APT_START) :])
    return None if timestamp is None else ParsedFields(message=line, timestamp=timestamp)


def _alternatives(line: str) -> ParsedFields | None:
    m = _ALTERNATIVES.match(line[:64])
    if m is None:
        return None
    return ParsedFields(
        message=line[m.end() :], timestamp=m.group("ts"), service="update-alternatives"
    )


def _cloud_init_banner(line: str) -> ParsedFields | None:
    m = _CLOUD_INIT_BANNER.match(line[:_SLICE])
    if m is None:
        return None
    try:
        when = parsedate_to_datetime(m.group("date")).isoformat()
    except (TypeError, ValueError):
        return None
    attributes: dict[str, object] = {"version": m.group("version")}
    if m.group("stage") is not None:
        attributes["stage"] = m.group("stage")
    return ParsedFields(
        message=line, timestamp=when, level="info", service="cloud-init", attributes=attributes
    )


def _apt_time(text: str) -> str | None:
    """`2026-11-29 16:04:52` of apt's `2026-11-29  16:04:52`, or None."""
    m = _APT_TIME.match(text[:32].rstrip())
    return None if m is None else f"{m.group('date')} {m.group('time')}"


def _npm_said(line: str) -> ParsedFields | None:
    """A line npm printed on the terminal (`_NPM_SAYS`): its level, npm the logger; the
    message whole, as npmlog's other headings' are (`gyp ERR! ...`)."""
    word, _, message = line[4:].partition(" ")
    level = _NPM_SAID_LEVELS.get(word)
    if level is None or not message.strip():
        return None
    return ParsedFields(message=line, level=level, logger="npm")


def _npm_report_prefix(header: str) -> str | None:
    """The prefix each line of npm's error report repeats (`npm error `), when `header` opens
    one; else None."""
    return next((p for p in _NPM_REPORTS if header.startswith(p)), None)


def _npm_prefix(header: str) -> str | None:
    """The `<counter> <level> ` that each line of an npm debug log's entry repeats, or None."""
    m = _NPM_LINE.match(header[:32])
    return None if m is None else f"{m.group('count')} {m.group('level')} "


def _npm_entry(header: str, continuation: list[str]) -> tuple[ParsedFields, list[str]] | None:
    prefix = _npm_prefix(header)
    fields = _npm_debug(header)
    if prefix is None or fields is None:
        return None
    lines = [x[len(prefix) :] for x in continuation]
    # A title npm wrote on each line (`stack`, `404`) is npm's name for the entry: the logger,
    # taken off every line, so a stack's frames (`12 verbose stack     at f (x.js:1:2)`) keep
    # their indentation under the exception's `HttpErrorGeneral: 404 Not Found` line.
    title, _, rest = fields.message.partition(" ")
    if title and all(x == title or x.startswith(title + " ") for x in lines):
        lines = [x[len(title) + 1 :] for x in lines]
        fields.message, fields.logger = rest, title
        if title == "stack":
            # npm's exit handler logs the error's `err.stack` under `stack`: its first line
            # is the exception's own (`HttpErrorGeneral: 404 Not Found - GET ...`).
            fields.exception_text = "\n".join([rest, *lines])
            return fields, []
    return fields, lines


def _apt_stanza(header: str, continuation: list[str]) -> tuple[ParsedFields, list[str]] | None:
    fields = _apt_start(header)
    if fields is None:
        return None
    rest, attributes = [], {}
    for x in continuation:
        key, _, value = x.partition(": ")
        if key == "Commandline" and fields.message is header:
            fields.message = value
            continue
        if key == "Error":
            fields.level = "error"
            attributes.setdefault("error", value)
        elif key == "Requested-By":
            attributes["requested_by"] = value
        rest.append(x)
    fields.attributes = attributes or None
    return fields, rest


def _yarn_trace(continuation: list[str]) -> tuple[ParsedFields, list[str]] | None:
    lines = list(continuation)
    while lines and not lines[-1].strip():
        lines.pop()
    if not lines or not all(x.startswith(_YARN_INDENT) or not x.strip() for x in lines):
        return None
    lines = [x[len(_YARN_INDENT) :] for x in lines]
    if lines[0][:1] in ("", " ") or not any(x.lstrip().startswith("at ") for x in lines[1:]):
        return None
    fields = ParsedFields(message=lines[0], level="error")
    fields.exception_text = "\n".join(lines)
    return fields, []
