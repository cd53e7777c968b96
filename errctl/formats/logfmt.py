"""logfmt: `key=value key2="quoted \"value\"" ...` lines (Go's go-kit/log, logrus text, Heroku).

Owns `LogfmtFormat`, the module instance `FORMAT` (name "logfmt") and `split_pairs`. A header
starts with a key=value pair, consists only of pairs (and bare keys, which logfmt allows), has at
least two pairs, and names at least one of the keys that real logfmt emitters always write (ts,
time, level, msg, ...), or a request's method, path and status (Rails' lograge writes no time):
this keeps ordinary prose with an `=` in it out. Fields map through
the same aliases as JSON (`errctl.formats.fields`); values stay strings.

One rule differs from JSON's: when a line holds several keys that name a time, the first on
the line is the event's (the others stay attributes). A logfmt logger writes its own time
before the message and the call's key-values after it (go-kit's and zap's `ts`, logrus' and
slog's `time`, log15's and Grafana's `t`, after Grafana's `logger=` and context), so a later
`time=` is the payload's: Grafana's alert scheduler logs a rule's tick as `time=`. In JSON the
order says nothing (Bunyan writes its `time` after the call's fields), so the alias order rules.

LTSV records (`time:...<TAB>status:500<TAB>...`), logfmt's tab-and-colon sibling, are read
here too, by `ltsv.ltsv_fields`, and so is logrus' other text layout, the one its TextFormatter
writes to a terminal (and to any output with `ForceColors`: Docker's and Traefik 1.x's console,
Clash's): `INFO[0005] message<padding to 44>  key=value ...` (`logrus_terminal`), and
Mattermost's mlog's plain layout (`debug [time] message<padding>  caller=... key=value`,
`mlog_plain`), and apex/log's CLI layout as Pterodactyl Wings writes it (` INFO: [Jun  7
06:00:07.605] message<padding> key=value ...`, `_apex_cli`). A record may
follow its program's name and process id (`go.d[2417] time=... level=error msg=...`, as Netdata
gathers its plugins' output): the program is the service unless the record names one.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from errctl.formats.access import headed_request, under_header
from errctl.formats.fields import LEVEL_KEYS, TIMESTAMP_KEYS, fields_from_mapping
from errctl.formats.firewalls import fortigate_template
from errctl.formats.go_map import go_map
from errctl.formats.http_records import http_request
from errctl.formats.ltsv import ltsv_fields
from errctl.formats.timestamps import match_timestamp_prefix
from errctl.models import ParsedFields

# Used only for lines with backslash escapes; plain lines take the str-method path below,
# which is several times faster than any regex over the whole line.
_Q = r'"([^"\\]*(?:\\.[^"\\]*)*)"'
_TOKEN = re.compile(r'([^\s="]+)(=(?:' + _Q + r'|([^\s"]*)))?(?:[ \t]+|\Z)', re.S)
_QV = r'"[^"\\]*(?:\\.[^"\\]*)*"'
_LINE = re.compile(
    r'[^\s="]+=(?:' + _QV + r'|[^\s"]*)'
    r'(?:[ \t]+[^\s="]+(?:=(?:' + _QV + r'|[^\s"]*))?)*[ \t]*\Z',
    re.S,
)
_ESCAPE = re.compile(r"\\(.)", re.S)
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
_KEY_START = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_@")
HEADER_KEYS = frozenset(
    ("ts", "time", "timestamp", "level", "lvl", "severity", "msg", "message", "@timestamp")
)


_TIME_KEYS = frozenset(TIMESTAMP_KEYS)
# Some writers do not quote a value that holds blanks: logrus' TextFormatter with DisableQuote
# (Ory Hydra's and Kratos' `msg=started handling request http_request=map[host:x method:GET]`),
# hand-rolled `key=value` printers (`service_name=Ory Hydra`). So a bare word right after an
# unquoted, non-empty value continues that value, up to the next `key=`; logfmt's bare keys
# (`flag`) stay keys after a quoted or empty value and at the line's start, where go-kit and
# logrus (which never write bare keys) leave them. A level is one word: a bare word after
# `level=error` is the start of prose or a bare key, never part of the level.
_ONE_WORD_KEYS = frozenset(LEVEL_KEYS)


def _unescape(value: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(0)), value)


def _split_escaped(line: str) -> tuple[dict[str, str | bool], int] | None:
    if _LINE.match(line) is None:
        return None
    out: dict[str, str | bool] = {}
    pairs = 0
    spaced = ""  # as in split_pairs
    for key, eq, quoted, plain in _TOKEN.findall(line):
        # findall gives "" for a group that did not take part.
        if not eq:
            if spaced:
                out[spaced] = f"{out[spaced]} {key}"
            else:
                out[key] = True
            continue
        if quoted:
            out[key] = _unescape(quoted) if "\\" in quoted else quoted
            spaced = ""
        else:
            out[key] = plain
            spaced = key if plain and key not in _ONE_WORD_KEYS else ""
        pairs += 1
    return out, pairs


def split_pairs(line: str) -> tuple[dict[str, str | bool], int] | None:
    """The key/value pairs of a logfmt line and how many were `k=v` (not bare keys), or None
    when the line is not made only of logfmt tokens or does not start with a pair."""
    if "\\" in line:
        return _split_escaped(line)
    parts = line.split('"')
    last = len(parts) - 1
    if last & 1:  # an odd number of quotes: unterminated
        return None
    out: dict[str, str | bool] = {}
    pairs = 0
    pending = ""
    spaced = ""  # the key whose unquoted value a bare word continues (module comment)
    for i, part in enumerate(parts):
        if i & 1:  # inside quotes: the value of the key before the opening quote
            out[pending] = part
            pairs += 1
            spaced = ""
            continue
        if i and part and part[0] not in " \t":  # a closing quote must end the token
            return None
        toks = part.split()
        if i < last:
            # The text before an opening quote must end with `key=`.
            if not part.endswith("=") or not toks:
                return None
            key = toks.pop()[:-1]
            if not key or "=" in key:
                return None
            pending = key
        for tok in toks:
            k, eq, v = tok.partition("=")
            if not k:
                return None
            if eq:
                out[k] = v
                pairs += 1
                spaced = k if v and k not in _ONE_WORD_KEYS else ""
            elif not pairs:
                return None  # the first token must be a pair
            elif spaced:
                out[spaced] = f"{out[spaced]} {tok}"
            else:
                out[k] = True
    return out, pairs


# Loggers that do not escape quotes inside values write `err="bad "x""`. Such a line is still
# a logfmt event when it opens with a header key: read a quoted value up to the first quote that
# is followed by a space or the end, else a bare value up to a space. This is the regex
# `([A-Za-z_@][\w.@/-]*)=(?:"(.*?)"(?=\s|$)|(\S*))` applied with findall, done in linear time:
# a lazy scan for the closing quote, retried from every `="`, was quadratic on hostile input
# (`a="x ` repeated: 0.6 s for a 16 KB line), so the closing quotes are found once and looked
# up; and a word that is not a key is skipped whole (every later start inside it fails alike).
_LENIENT_KEY = re.compile(r"([A-Za-z_@][\w.@/-]*)=|[A-Za-z_@][\w.@/-]*+")
_LENIENT_CLOSER = re.compile(r'"(?=\s|$)')
_NON_BLANKS = re.compile(r"\S*")
_LENIENT_MAX = 16 * 1024


def _lenient_pairs(line: str) -> tuple[dict[str, str | bool], int] | None:
    if len(line) > _LENIENT_MAX or line.count('"') & 1:
        return None  # too long to be a log header worth the effort, or a value cut short
    if line[: line.find("=")] not in HEADER_KEYS:
        return None
    closers = [m.start() for m in _LENIENT_CLOSER.finditer(line)]
    out: dict[str, str | bool] = {}
    pos = 0
    spaced, spaced_from = "", 0  # as in split_pairs: the unquoted value the text after continues
    while (m := _LENIENT_KEY.search(line, pos)) is not None:
        key, pos = m.group(1), m.end()
        if not key:
            continue  # a word skipped whole
        if spaced:
            out[spaced], spaced = line[spaced_from : m.start()].rstrip(), ""
        if line.startswith('"', pos):
            i = bisect.bisect_right(closers, pos)
            if i < len(closers) and "\n" not in line[pos : closers[i]]:
                out[key], pos = line[pos + 1 : closers[i]], closers[i] + 1
                continue
        end = _NON_BLANKS.match(line, pos).end()  # type: ignore[union-attr]
        out[key] = line[pos:end]
        if end > pos and key not in _ONE_WORD_KEYS:
            spaced, spaced_from = key, pos
        pos = end
    if spaced:
        out[spaced] = line[spaced_from:].rstrip()
    return (out, len(out)) if out else None


def _is_day(value: object) -> bool:
    """`2024-05-01`: a day without a time."""
    return type(value) is str and len(value) == 10 and value[4] == "-" and value[7] == "-"


def _is_clock(value: object) -> bool:
    """`12:00:03` (`.123`): a time of day without a day."""
    return type(value) is str and 8 <= len(value) <= 15 and value[2] == ":" and value[5] == ":"


# A key of a pair at a line's end (`trailing_pairs`).
_PAIR_KEY = re.compile(r"[\w.@/-]{1,128}")


def trailing_pairs(text: str) -> tuple[str, dict[str, str]]:
    """`text` cut before the `key=value` pairs that end it, and the pairs (none: `text`, {}).

    Read from the end, one pair at a time, so that a message with an `=` in it stays whole: a
    quoted value opens at the last `="` before its closing quote (a quote inside is escaped),
    a bare one (no `"` in it, and no `=` but in a URL's query: zerolog leaves
    `dest=https://x/search?q=a` unquoted) after the last blank. Each step moves left: linear."""
    end = len(text)
    cut = end
    while end > 0:
        if text[end - 1] == '"' and end > 1:
            key_end = text.rfind('="', 0, end - 1)
            if key_end < 0:
                break
        else:
            blank = text.rfind(" ", 0, end)
            key_end = text.find("=", blank + 1, end)
            if key_end < 0 or not _bare_value(text, key_end + 1, end):
                break
        blank = text.rfind(" ", 0, key_end)
        if not _PAIR_KEY.fullmatch(text, blank + 1, key_end):
            break
        cut = blank + 1
        end = blank if blank >= 0 else 0
    if cut == len(text):
        return text, {}
    split = split_pairs(text[cut:])
    if split is None or split[1] != len(split[0]):
        return text, {}
    pairs = {k: v for k, v in split[0].items() if type(v) is str}
    return text[:cut].rstrip(" "), pairs


def _bare_value(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` can be a pair's unquoted value: no quote, and an `=` only
    after a `?` (a URL's query)."""
    if text.find('"', start, end) >= 0:
        return False
    equals = text.find("=", start, end)
    return equals < 0 or text.find("?", start, equals) >= 0


# logrus' TextFormatter on a terminal (text_formatter.go, printColored): the level upper-cased
# and cut to four letters (whole with DisableLevelTruncation, padded with PadLevelText), then
# in brackets the seconds since the program started (`%04d`) or, with FullTimestamp, the time.
_LOGRUS_TERMINAL = re.compile(
    r"(?P<level>PANIC?|FATAL?|ERROR?|WARN(?:ING)?|INFO|DEBUG?|TRACE?) {0,3}"
    r"\[(?P<when>\d{4,10}|[0-9A-Za-z][^\]\n]{6,62})\](?: |\Z)"
)
# A Java logger's package-qualified name and its colon after the time (Dropwizard's layout).
_JAVA_CATEGORY = re.compile(r"[a-z][\w$]{0,63}(?:\.[\w$]{1,128}){1,31}: ")
_LOGRUS_LEVELS = {
    "PANI": "critical",
    "FATA": "critical",
    "ERRO": "error",
    "WARN": "warning",
    "INFO": "info",
    "DEBU": "debug",
    "TRAC": "trace",
}


def logrus_terminal(line: str) -> ParsedFields | None:
    """A line of logrus' terminal layout, or None. The seconds since start are the `uptime`
    attribute (the line has no time of day). The entry's fields are attributes: logrus writes
    them after the message padded to 44 columns and a blank, so after two blanks at least; a
    message's own `k=v` (one blank before it) stays in the message."""
    m = _LOGRUS_TERMINAL.match(line)
    if m is None:
        return None
    when = m["when"]
    attributes: dict[str, object] = {}
    timestamp = None
    if when.isdigit():
        attributes["uptime"] = int(when)
    elif match_timestamp_prefix(when) == len(when):
        timestamp = when
    else:
        return None
    text = line[m.end() :]
    if timestamp is not None and _JAVA_CATEGORY.match(text) is not None:
        return None  # Dropwizard's `%-5p [%d] %c: %m`: the java format's
    message, pairs = trailing_pairs(text)
    if pairs and text.startswith("  ", len(message)):
        attributes.update(pairs)
    else:
        message = text.rstrip(" ")
    return ParsedFields(
        message, timestamp, _LOGRUS_LEVELS[m["level"][:4]], attributes=attributes or None
    )


# Pterodactyl Wings' CLI handler for apex/log: the level upper-cased and right-aligned in six
# columns (` INFO: `, `DEBUG: `; the blank before it taken off as an indented header's), a
# colon, the time in brackets, the message padded to 25 columns, then the fields sorted by key.
_APEX_CLI = re.compile(
    r"(?P<level>DEBUG|INFO|WARN|ERROR|FATAL): \[(?P<when>[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d"
    r"(?:\.\d{1,9})?|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d[^\]\n]{0,16})\] "
)


def _apex_cli(line: str) -> ParsedFields | None:
    """A line of apex/log's CLI layout as Wings writes it (`_APEX_CLI`), or None: its fields,
    after the message, are attributes."""
    m = _APEX_CLI.match(line)
    if m is None:
        return None
    message, pairs = trailing_pairs(line[m.end() :])
    return ParsedFields(message.rstrip(" "), m["when"], m["level"], attributes=pairs or None)


# Mattermost's mlog (logr) plain layout, Focalboard's and Mattermost's console: the level in
# lower case padded to five, the time in brackets, the message padded to a column, then the
# fields.
_MLOG_PLAIN = re.compile(
    r"(?P<level>trace|debug|info|warn|error|fatal|critical) +"
    r"\[(?P<ts>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{1,9})? ?(?:Z|[+-]\d\d:?\d\d))\] "
)


def mlog_plain(line: str) -> ParsedFields | None:
    """A line of mlog's plain layout (`debug [2024-06-07 06:02:43.775 Z] Command: AUTH
    caller="ws/server.go:151" client="172.19.0.1:50324"`), or None: the fields after the
    message are attributes."""
    m = _MLOG_PLAIN.match(line)
    if m is None:
        return None
    message, pairs = trailing_pairs(line[m.end() :])
    return ParsedFields(message.rstrip(" "), m["ts"], m["level"], attributes=pairs or None)


# A program's name and process id before its record, as a supervisor that gathers several
# programs' output into one file tags each line (Netdata's `collector.log`: `go.d[2417]
# time=... level=error msg="check failed" plugin=go.d ...`), syslog's tag without its header.
_TAG = re.compile(r"([A-Za-z][\w.-]{0,63})\[(\d{1,10})\]:? (?=[A-Za-z_@][\w.@/-]{0,63}=)")
# A process's name in brackets before its record, as a manager that runs several processes
# prefixes each one's output (Longhorn's instance-manager: `[pvc-86a8...-e-0] time="..."
# level=info msg="Adding backend: tcp://10.42.1.40:10460"`), or glued to it (Skipper's
# application lines beside its access log: `[APP]time="..." level=info msg="..."`).
_PROCESS = re.compile(r"\[([\w.:@/-]{1,128})\] ?(?=[A-Za-z_@][\w.@/-]{0,63}=)")


class LogfmtFormat:
    name = "logfmt"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        if not line:
            return None
        if line[0] == "[":
            process = _PROCESS.match(line)
            if process is None or (fields := self._record(line[process.end() :])) is None:
                return None
            fields.attributes = {"process": process[1], **(fields.attributes or {})}
            return fields
        if line[0] not in _KEY_START:
            return _timed(self._record, line) if line[0].isdigit() else None
        if "[" in line[1:66] and (tag := _TAG.match(line)) is not None:
            return _tagged(self._record(line[tag.end() :]), tag[1], tag[2])
        return self._record(line)

    def _record(self, line: str) -> ParsedFields | None:
        if not line or line[0] not in _KEY_START:
            return None
        if line[0] in "PFEWIDT" and "[" in line[4:11]:
            fields = logrus_terminal(line) or _apex_cli(line)
            if fields is not None:
                return fields
        if line[0] in "tdiwef" and line.find(" [", 3, 9) > 0:
            fields = mlog_plain(line)
            if fields is not None:
                return fields
        if "\t" in line:
            tab, colon = line.find("\t"), line.find(":")
            if 0 < colon < tab:
                return ltsv_fields(line)  # `label:value<TAB>...` (ltsv.py)
        eq = line.find("=")
        if eq < 0 or eq > 64:  # the first key is short; prose rarely has '=' this early
            return None
        maps: dict[str, str] = {}
        if "=map[" in line:
            line, maps = _set_aside_maps(line)
        try:
            split = split_pairs(line)
        except RecursionError:
            return None
        if split is None:
            split = _lenient_pairs(line)
            if split is None:
                return None
        fields, pairs = split
        if maps:
            _put_back_maps(fields, maps)
        if pairs < 2 or (HEADER_KEYS.isdisjoint(fields) and http_request(fields) is None):
            # (A request's record alone, with no time or level, is one too: Rails' lograge,
            # `method=GET path=/users/1 format=html controller=... status=200 duration=58.33`.)
            return None
        if "logid" in fields and (template := fortigate_template(fields)) is not None:
            parsed = self._mapped(fields)  # a FortiGate's record (`firewalls.py`)
            parsed.template = template
            return parsed
        parsed = self._mapped(fields)
        # An access logger's line as the record's message (CrowdSec's API under logrus): the
        # request, named by its route and status.
        if '" ' in parsed.message[:8192] and (request := headed_request(parsed.message)):
            return under_header(parsed, request)
        return parsed

    def _mapped(self, fields: dict[str, str | bool]) -> ParsedFields:
        times = _TIME_KEYS.intersection(fields)
        if len(times) < 2:
            return fields_from_mapping(fields, nested=False)
        # The first time on the line is the logger's (module docstring): the later ones are
        # set aside while the fields are mapped, then kept as attributes.
        first = next(k for k in fields if k in times)
        later = {k: fields.pop(k) for k in [k for k in fields if k in times and k != first]}
        day, clock = fields.get("date"), later.get("time")
        if first == "date" and _is_day(day) and _is_clock(clock):
            # The day and the time of day as two keys (FortiGate's `date=2024-05-01
            # time=12:00:03`): one time.
            fields["date"] = f"{day} {later.pop('time')}"
        parsed = fields_from_mapping(fields, nested=False)
        parsed.attributes = {**(parsed.attributes or {}), **later}
        return parsed


def _set_aside_maps(line: str) -> tuple[str, dict[str, str]]:
    """`line` with each unquoted value that is a Go map as fmt prints it (`key=map[...]`, its
    brackets balanced) put aside behind a token, and the tokens' texts. A map's keys and values
    hold blanks, colons and even `=` (Ory's redacted header says `LOG_LEAK_SENSITIVE_VALUES=true`)
    that the pairs' reading would take for pairs of their own."""
    maps: dict[str, str] = {}
    out: list[str] = []
    pos = 0
    while (at := line.find("=map[", pos)) >= 0:
        end = _bracket_end(line, at + 5)
        if end < 0 or line.count('"', 0, at) & 1:
            break
        token = f"\x00map{len(maps)}"
        maps[token] = line[at + 1 : end]
        out.append(line[pos : at + 1])
        out.append(token)
        pos = end
    out.append(line[pos:])
    return "".join(out), maps


def _bracket_end(line: str, pos: int) -> int:
    """Where the bracket open before `pos` is closed, past it; -1 when it is not."""
    depth = 1
    for m in _BRACKETS.finditer(line, pos):
        depth += 1 if m[0] == "[" else -1
        if depth == 0:
            return m.end()
    return -1


_BRACKETS = re.compile(r"[\[\]]")


def _put_back_maps(fields: dict[str, str | bool], maps: dict[str, str]) -> None:
    """Each value set aside by `_set_aside_maps` back in `fields`, as the dict it prints
    (`go_map`), or as written when it reads as none."""
    for key, value in fields.items():
        if type(value) is str and value[:1] == "\x00":
            text = maps.get(value)
            if text is None:  # a bare word after the map continued it (logfmt's rule)
                head, _, rest = value.partition(" ")
                text = f"{maps.get(head, head)} {rest}"
                fields[key] = text
                continue
            read = go_map(text)
            fields[key] = text if read is None else read  # type: ignore[assignment]


def _timed(record: Callable[[str], ParsedFields | None], line: str) -> ParsedFields | None:
    """A record after a time that is none of its pairs, as a formatter that writes its own
    time first and logfmt after it (karma's `06:02:14 level=info msg="Got silences"
    alertmanager=am-eu-1`): the time is the record's, unless the record names one."""
    if line.find(" msg=", 5) < 0 and line.find(" message=", 5) < 0:
        # Only a record that names its message: pairs then prose (Grafana OnCall's celery
        # layout, `time source=... level=INFO Task ... succeeded`) are a line's head and text.
        # (Asked first: every dated line of a mixed file comes here, and few hold either.)
        return None
    end = match_timestamp_prefix(line)
    if end < 0 or line[end : end + 1] != " " or line.find("=", end, end + 66) < 0:
        return None
    fields = record(line[end + 1 :])
    if fields is not None and fields.timestamp is None:
        fields.timestamp = line[:end]
    return fields


def _tagged(fields: ParsedFields | None, program: str, pid: str) -> ParsedFields | None:
    """A record under its program's tag: the program names the service when the record
    names none, and its process id is kept."""
    if fields is None:
        return None
    if fields.service is None:
        fields.service = program
    fields.attributes = {**(fields.attributes or {}), "pid": int(pid)}
    return fields


FORMAT = LogfmtFormat()
