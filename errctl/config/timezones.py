"""The zone naive log timestamps are read in: `local` (the default), `UTC`, or an IANA name."""

from __future__ import annotations

import os
from datetime import UTC, datetime, tzinfo
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
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(
            f"unknown time zone {name!r}", hint="use local, UTC, or an IANA name like Europe/Oslo"
        ) from None
