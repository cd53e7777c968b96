"""cron's own lines in syslog: `(user) EVENT (detail)`.

Vixie cron and its descendants (cronie on Red Hat and SUSE, Debian's cron, ISC cron) log
through one call, `log_it(username, pid, event, detail)`, written `(%s) %s (%s)`:

    CROND[3012]: (deploy) CMD (cd /var/www/app && php artisan schedule:run)
    CROND[3012]: (deploy) CMDEND (cd /var/www/app && php artisan schedule:run)
    crond[812]: (root) RELOAD (/var/spool/cron/root)
    CRON[771]: (CRON) INFO (pidfile fd = 3)

The event word is the statement; the user is a value, and so is the detail of an event that
names a job's command or a crontab's file (`_VALUE_DETAIL`). Those details repeat exactly run
after run (a job every minute is the same command every time), so mining would take each
job's command for wording and make a group per job and user: the format is known, so its
template is given. Any other event's detail is a message (`(CRON) INFO (Shutting down)`,
`(jsmith) ORPHAN (no passwd entry)`, a job's output in `CMDOUT`, which says what it says)
and is mined as written.
"""

from __future__ import annotations

import re

from errctl.models import ParsedFields

# The names cron's daemon logs under: cronie's `CROND` (a job's child) and `crond`, Debian's
# and the BSDs' `CRON` and `cron`.
CRON_PROGRAMS = frozenset({"CROND", "crond", "CRON", "cron"})

# The user (cron's own `CRON`, `*system*` or `*system*file` for /etc/crontab and cron.d), the
# event in capitals (words, `CAN'T OPEN`), then the detail in parentheses to the line's end.
_LOG_IT = re.compile(
    r"\((?P<user>[^()\s]+)\) (?P<event>[A-Z][A-Z0-9'> ]*[A-Z0-9]) \((?P<detail>.*)\)\Z", re.DOTALL
)

# The events whose detail is a command or a file, never a statement: a job started and ended,
# a crontab edited, listed, deleted or reloaded, one refused for its owner or mode, the
# daemon's version at start-up.
_VALUE_DETAIL = frozenset(
    {
        "CMD",
        "CMDEND",
        "RELOAD",
        "BEGIN EDIT",
        "END EDIT",
        "REPLACE",
        "LIST",
        "DELETE",
        "BAD FILE MODE",
        "WRONG FILE OWNER",
        "WRONG INODE INFO",
        "NUMBER OF HARD LINKS > 1",
        "CAN'T OPEN",
        "STARTUP",
    }
)


def cron_line(msg: str) -> ParsedFields | None:
    """The fields of a cron daemon's `(user) EVENT (detail)` line: the user an attribute and,
    for an event whose detail is a value, the template `(<*>) EVENT (<*>)` with the detail
    an attribute too; None for any other message."""
    m = _LOG_IT.match(msg)
    if m is None:
        return None
    user, event, detail = m["user"], m["event"], m["detail"]
    attrs: dict[str, object] = {"user": user, "cron_event": event}
    if event not in _VALUE_DETAIL:
        return ParsedFields(msg, attributes=attrs)
    attrs["command" if event.startswith("CMD") else "detail"] = detail
    return ParsedFields(msg, attributes=attrs, template=f"(<*>) {event} (<*>)")
