"""The day a log file's name dates it by, for the stamps that carry no date or no year.

A time-only stamp (logback's `HH:mm:ss.SSS`, log4j's `%d{ABSOLUTE}`) takes its day, and an RFC
3164 stamp (`Jun 11 06:00:02`) its year, from the time the file's last line was written: its
mtime (`timestamps.parse_timestamp`'s `reference`). A copied file's mtime is the copy's (`scp`
without `-p`, a support bundle, a CI artefact, a download), days or years later, and every
such event is dated then. Rolled files often name their day (`app.log.2024-06-11`, log4j's and
logback's time-based rolling; `messages-20240611.gz`, logrotate's `dateext`): when the mtime
is days past the named day, the named day's end is the reference instead.
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta, tzinfo

# A day in a name: 2024-06-11, 2024_06_11, 2024.06.11 or 20240611, not inside a longer number,
# and not a moment's date: a time after it (glog's `INFO.20240611-060002.1234`, CockroachDB's
# `2024-06-11T06_00_02Z`, PostgreSQL's `postgresql-2024-06-11_060002.log`) names when the file
# was opened, and its lines may run on for weeks after that day.
_NAME_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d\d)([-_.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)"
    r"(?![-_T]?\d\d[-_:.]?\d\d[-_:.]?\d\d)"
)
# How long after the named day's end the mtime may be and still be the last write: logrotate's
# `dateext` names a file by the day it rotates it (the lines mostly the day before), and its
# mtime, that morning's, is the better reference there.
_COPY_SLACK = timedelta(days=1)


def named_day(name: str) -> datetime | None:
    """Midnight of the last day a file's base name gives, or None when it gives none."""
    found = None
    for m in _NAME_DATE.finditer(os.path.basename(name)):
        try:
            found = datetime(int(m[1]), int(m[3]), int(m[4]))
        except ValueError:  # 2024-02-30
            continue
    return found


def stamp_reference(name: str, mtime: datetime, tz: tzinfo) -> datetime:
    """The naive UTC time a file's date-less and year-less stamps are read against: its mtime,
    unless its name dates it to a day the mtime is days past (module doc), then that day's
    last second on the file's clock, in UTC."""
    day = named_day(name)
    if day is None:
        return mtime
    end = (day + timedelta(days=1, seconds=-1)).replace(tzinfo=tz)
    end_utc = (end - end.utcoffset()).replace(tzinfo=None)  # type: ignore[operator]
    return end_utc if mtime > end_utc + _COPY_SLACK else mtime
