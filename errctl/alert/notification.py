"""What one notification says, before any receiver's format: the data every payload carries.

A `Notification` is built once per fired (rule, key) and rendered by `errctl.alert.payloads`
for each receiver. Its `id` is stable: derived from the rule, the key, the status and the
evaluation time, so the same decision always has the same id, and it is the `webhook-id` of
every delivery attempt (receivers deduplicate on it).
"""

from __future__ import annotations

import hashlib
import shlex
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from errctl.models import Event

PAYLOAD_VERSION = 1
"""Version of the generic JSON payload (docs/alerts.md); bumped only on a breaking change."""

STATUSES: tuple[str, ...] = ("firing", "resolved", "summary", "test", "message")


def iso(ts: datetime | None) -> str | None:
    """A UTC time (naive, as the store keeps them) as ISO 8601 with `Z`: how every time in a
    payload reads, `values` included, so a receiver parses them all with one parser."""
    return None if ts is None else ts.isoformat(timespec="seconds") + "Z"


def notification_id(*parts: object) -> str:
    """`evt_` + 24 hex digits of a hash over `parts` (stable across runs and machines)."""
    text = "\x1f".join("" if p is None else str(p) for p in parts)
    return "evt_" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:24]


@dataclass(frozen=True, slots=True)
class Notification:
    """One message about one (rule, key), or a summary, test or free-form message."""

    id: str
    status: str  # one of STATUSES
    at: datetime  # the evaluation time (UTC)
    title: str  # the group's title, or the rule's own for a rule over all events
    rule: str | None = None
    rule_kind: str | None = None
    key: str | None = None  # a fingerprint, or "*"
    reason: str = ""  # why it fired, in words: "12 events in 10m (threshold 5)"
    count: int = 0  # the events that made it fire (in the rule's window)
    values: dict[str, Any] = field(default_factory=dict)  # threshold, window, baseline, ...
    fingerprint: str | None = None
    short_id: str | None = None
    severity: str | None = None
    level: str | None = None
    service: str | None = None
    total: int | None = None  # the group's events in all
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    sample: Event | None = None
    text: str | None = None  # summaries and messages: the body (markdown)
    items: tuple[Notification, ...] = ()  # a summary: the notifications it stands for
    store: str | None = None  # the store file the run read (absolute), for `command`
    fired_labels: dict[str, str] | None = None  # a resolve: the labels its firing was sent with
    started_at: datetime | None = None  # a resolve: when its firing was (Alertmanager's startsAt)

    @property
    def command(self) -> str | None:
        """The command that shows more. It names the store: the run's came from cron's
        `--db`, which a bare `errctl show` run by the person paged would not find."""
        if not self.short_id:
            return None
        db = f"--db {shlex.quote(self.store)} " if self.store else ""
        return f"errctl {db}show {self.short_id}"

    def labels(self) -> dict[str, str]:
        """Label -> value, what silences match and Alertmanager groups by. A resolve has its
        firing's labels (when that was recorded): the group's service, level or severity may
        have changed since, and a receiver such as Alertmanager finds the alert a resolve ends
        by its labels."""
        if self.fired_labels is not None:
            return {**self.fired_labels, "status": self.status}
        out = {
            "alertname": self.rule or self.status,
            "rule": self.rule or "",
            "kind": self.rule_kind or "",
            "status": self.status,
            "group": self.short_id or "",
            "fingerprint": self.fingerprint or "",
            "service": self.service or "",
            "severity": self.severity or "",
            "level": self.level or "",
        }
        return {k: v for k, v in out.items() if v}

    def identity(self) -> dict[str, str]:
        """The labels that name the alert, all but `status`: what a firing records, for its
        resolve to carry."""
        return {k: v for k, v in self.labels().items() if k != "status"}
