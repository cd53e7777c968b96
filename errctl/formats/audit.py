"""Linux audit records: auditd's `/var/log/audit/audit.log` (and `ausearch --raw` output), one
record a line:

    type=AVC msg=audit(1732874402.789:458): avc:  denied  { read } for  pid=3456 comm="nginx" ...
    node=web-1 type=USER_AUTH msg=audit(1732874401.456:457): pid=2345 uid=0 ... msg='op=PAM:
    authentication acct="root" exe="/usr/sbin/sshd" addr=203.0.113.9 res=failed'

Owns `AuditFormat` and the module instance `FORMAT` (name "audit").

- The time is the epoch in `audit(seconds.millis:serial)`; the serial goes to attributes
  (`audit_serial`): the records of one event share it (a SYSCALL, its EXECVE, CWD and PATH
  records), as `ausearch` groups them. (`ausearch -i` output, its times in the locale's date
  layout, is not read.)
- The message is the record's type and its fields, the quoted `msg='...'` of a user-space
  record opened up: that quoting would otherwise make the whole of it one masked value, and
  `res=failed` one template with `res=success`. The fields also go to attributes; `node=` is
  the host.
- Level: an AVC denial, or an `ANOM_*` record (a process that crashed, a promiscuous
  interface), is an error; a user-space record whose `res` failed, or a syscall that did not
  succeed, a warning; anything else info.
"""

from __future__ import annotations

import re

from errctl.models import ParsedFields

_RECORD = re.compile(
    r"(?:node=(?P<node>\S+) )?type=(?P<type>[A-Z0-9_]{2,40}) "
    r"msg=audit\((?P<time>\d{1,12}\.\d{1,9}):(?P<serial>\d{1,20})\): ?(?P<body>.*)",
    re.S,
)
# key=value, the value quoted "..." or '...' or bare; a linear scan (each alternative is
# bounded by a character it cannot contain).
_PAIR = re.compile(r"""([A-Za-z_][\w-]{0,64})=("[^"]*"|'[^']*'|[^\s'"]*)""")
_INNER_MSG = re.compile(r"""\bmsg='([^']*)'""")
_MAX_FIELDS = 64


class AuditFormat:
    name = "audit"
    multiline = False

    def parse(self, line: str) -> ParsedFields | None:
        if not line.startswith(("type=", "node=")):
            return None
        m = _RECORD.match(line)
        if m is None:
            return None
        kind, body = m["type"], m["body"].rstrip()
        # A user-space record's fields are inside `msg='...'`: opened up, in place.
        opened = _INNER_MSG.sub(lambda inner: inner.group(1), body)
        attributes: dict[str, object] = {"audit_type": kind, "audit_serial": int(m["serial"])}
        for key, value in _PAIR.findall(opened)[:_MAX_FIELDS]:
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            attributes.setdefault(key, value)
        return ParsedFields(
            f"{kind} {opened}".rstrip(),
            m["time"],  # an epoch's text: read to the millisecond, as a float would not be
            _level(kind, opened, attributes),
            None,
            m["node"],
            None,
            None,
            None,
            attributes,
        )


def _level(kind: str, body: str, attributes: dict[str, object]) -> str:
    if kind.startswith("ANOM_") or (kind == "AVC" and "denied" in body[:64]):
        return "error"
    if attributes.get("res") in ("failed", "0") or attributes.get("success") == "no":
        return "warning"
    return "info"


FORMAT = AuditFormat()
