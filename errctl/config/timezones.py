"""The zone naive log timestamps are read in: `local` (the default), `UTC`, an IANA name, or a
fixed offset (`+02:00`, `-0530`, `UTC+2`): what a user knows of a host whose zone has no name
at hand ("those logs are two hours ahead")."""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from errctl.errors import UsageError


def resolve_tz(name: str | None) -> tzinfo:
    if not name or name.lower() == "local":
        env = os.environ.get("TZ")
        if env:
            try:
                return ZoneInfo(env.lstrip(":"))
            except (ZoneInfoNotFoundError, ValueError):
                pass
        try:
            with open("/etc/localtime", "rb") as f:
                return ZoneInfo.from_file(f, key="localtime")
        except OSError:
            return datetime.now().astimezone().tzinfo or UTC
    if name.upper() in ("UTC", "Z"):
        return UTC
    offset = _OFFSET.match(name.strip())
    if offset:
        hours, minutes = int(offset["hours"]), int(offset["minutes"] or 0)
        if hours > 14 or minutes > 59:
            raise UsageError(f"no time zone is {name!r} from UTC", hint="at most 14 hours")
        sign = -1 if offset["sign"] in "-\u2212" else 1
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(
            f"unknown time zone {name!r}",
            hint=_did_you_mean(name)
            + "use local, UTC, an IANA name like Europe/Oslo, or an offset like +02:00",
        ) from None


_OFFSET = re.compile(
    r"^(?:UTC|GMT)?\s*(?P<sign>[+\u2212-])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?$", re.I
)


def _did_you_mean(name: str) -> str:
    import difflib
    from zoneinfo import available_timezones

    zones = sorted(available_timezones())
    by_fold = {z.lower(): z for z in zones}
    match = difflib.get_close_matches(name.lower(), list(by_fold), n=1, cutoff=0.8)
    return f"did you mean {by_fold[match[0]]!r}? " if match else ""
