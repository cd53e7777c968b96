"""Ruby's standard `Logger` output, which Rails, Sidekiq, Puma and most Ruby services write:

    I, [2024-05-01T12:00:00.123456 #1234]  INFO -- : Started GET "/" for 127.0.0.1
    E, [2024-05-01T12:00:01.000000 #1234] ERROR -- sidekiq: boom (RuntimeError)

(`severity-letter, [time #pid] SEVERITY -- progname: message`). Owns `RubyLoggerFormat` and the
module instance `FORMAT` (name "ruby"). The pid goes to attributes and the progname, when
there is one, to `logger`. The backtrace Ruby prints under an exception (`app/models/x.rb:12:in
'save'` lines, often indented) is framing's business.
"""

from __future__ import annotations

import re

from errctl.models import ParsedFields

_LINE = re.compile(
    r"(?P<letter>[DIWEFA]), \[(?P<ts>\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?"
    r"(?:Z|[+-]\d\d:?\d\d)?) #(?P<pid>\d{1,10})\] +"
    r"(?P<level>DEBUG|INFO|WARN|ERROR|FATAL|ANY) -- (?P<progname>[^:]*?): ?(?P<msg>.*)",
    re.S,
)
_FIRST = frozenset("DIWEFA")


class RubyLoggerFormat:
    name = "ruby"
    multiline = True

    def parse(self, line: str) -> ParsedFields | None:
        if line[:1] not in _FIRST or line[1:4] != ", [":
            return None
        m = _LINE.match(line)
        if m is None or m.group("letter") != m.group("level")[0]:
            return None
        level = m.group("level")
        return ParsedFields(
            m.group("msg"),
            m.group("ts"),
            "critical" if level == "ANY" else level,  # `unknown`: logged whatever the level
            logger=m.group("progname") or None,
            attributes={"pid": int(m.group("pid"))},
        )


FORMAT = RubyLoggerFormat()
