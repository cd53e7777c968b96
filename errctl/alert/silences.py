"""Silences: label matchers with an expiry that hold notifications back.

A silence matches a notification when every one of its matchers (`label=glob`, the glob
matching the whole label value, any case) matches one of the notification's labels (`rule`,
`kind`, `group` (short id), `fingerprint`, `service`, `severity`, `level`, `status`). A held
back firing is not recorded, so when the silence ends and the condition still holds, the next
run notifies (as Alertmanager does); a resolve that is held back is recorded without a word.
A silence is in force from when it was made until it expires: a run evaluated as of another
time (`alert --at`) is held back by the silences in force then, not by those of now.
"""

from __future__ import annotations

import fnmatch
import secrets
from collections.abc import Sequence
from datetime import datetime

from errctl.alert.notification import Notification
from errctl.config.loader import closest
from errctl.errors import UsageError
from errctl.models import Silence
from errctl.query.lifecycle import actor
from errctl.query.timespec import parse_duration, parse_time, utc_now
from errctl.store.duckdb_store import DuckDBStore

LABELS: tuple[str, ...] = (
    "rule",
    "kind",
    "group",
    "fingerprint",
    "service",
    "severity",
    "level",
    "status",
)


def parse_matcher(text: str) -> tuple[str, str]:
    label, sep, value = text.partition("=")
    label = label.strip().lower()
    if not sep or not label or not value.strip():
        raise UsageError(f"not a matcher: {text!r}", hint="write label=value, e.g. service=api")
    if label not in LABELS:
        raise UsageError(f"unknown label {label!r}", hint="labels: " + ", ".join(LABELS))
    return label, value.strip()


def matches(silence: Silence, n: Notification) -> bool:
    labels = n.labels()
    return all(
        fnmatch.fnmatchcase(labels.get(label, "").lower(), glob.lower())
        for label, glob in silence.matchers
    )


def silenced_by(silences: Sequence[Silence], n: Notification) -> Silence | None:
    return next((s for s in silences if matches(s, n)), None)


def add_silence(
    store: DuckDBStore,
    matchers: Sequence[str],
    *,
    duration: str | None = None,
    until: str | None = None,
    comment: str | None = None,
    at: datetime | None = None,
    who: str | None = None,
) -> Silence:
    """Record a silence from `label=glob` matchers, for a duration or until a time."""
    if not matchers:
        raise UsageError("a silence needs at least one --match label=value")
    if (duration is None) == (until is None):
        raise UsageError("give --duration or --until (one of them)")
    now = at or utc_now()
    expires = now + parse_duration(duration) if duration else parse_time(until or "", now=now)
    if expires <= now:
        raise UsageError("the silence would end before it starts")
    silence = Silence(
        id="sil_" + secrets.token_hex(4),
        matchers=tuple(parse_matcher(m) for m in matchers),
        created_by=who or actor(),
        comment=comment,
        created_at=now,
        expires_at=expires,
    )
    store.add_silence(silence)
    return silence


def unknown_rule_matchers(silence: Silence, rule_names: Sequence[str]) -> list[str]:
    """A warning per `rule=` matcher that no configured rule name matches: a typo there (the
    README's `new-errors` for a rule named `new errors`) silences nothing, quietly."""
    if not rule_names:
        return []  # no rules in the configuration read: nothing to check against
    out = []
    for label, glob in silence.matchers:
        if label != "rule":
            continue
        if any(fnmatch.fnmatchcase(name.lower(), glob.lower()) for name in rule_names):
            continue
        suggestion = closest(glob, list(rule_names))
        out.append(
            f"no configured rule matches rule={glob}"
            + (f" (did you mean {suggestion!r}?)" if suggestion else "")
            + "; it silences nothing until one does. Rules: "
            + ", ".join(repr(n) for n in rule_names)
        )
    return out


def list_silences(
    store: DuckDBStore, *, include_expired: bool = False, at: datetime | None = None
) -> list[Silence]:
    return store.silences(None if include_expired else (at or utc_now()))


def expire_silence(store: DuckDBStore, silence_id: str, at: datetime | None = None) -> None:
    if not store.expire_silence(silence_id, at or utc_now()):
        raise UsageError(
            f"no active silence {silence_id!r}", hint="list them with: errctl silence list"
        )
