"""Plain data types shared across packages.

These are the contracts at the arrows of DESIGN.md's data flow. The hot path (millions of events)
moves events as Arrow batches, not as these objects; `ParsedFields` is the one per-record object,
short-lived and mutable for speed, that a format's parser hands to normalisation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import datetime
from typing import Any

LEVELS: tuple[str, ...] = ("trace", "debug", "info", "warning", "error", "critical")
"""Canonical levels, lowest first. The store keeps them as an ordered ENUM in this order."""


@dataclass(slots=True)
class ParsedFields:
    """What a format's parser extracts from one record, before normalisation.

    `timestamp` is raw (a string as written, an epoch number, or an aware/naive datetime);
    `level` is raw too ("WARN", "err", "E", 40, ...). Normalisation turns both into the schema.
    `exception_text` holds a stack trace as text when the record carries one (a JSON field such
    as `exc_info`, or the continuation lines of a plain-text event); `attributes` holds every
    other field worth keeping (nested objects stay nested). `template` is an exact template
    the format itself knows (variables as `<*>`, e.g. an access log's route), used as the
    event's template instead of mining its message.
    """

    message: str
    timestamp: Any = None
    level: Any = None
    service: str | None = None
    host: str | None = None
    logger: str | None = None
    trace_id: str | None = None
    exception_text: str | None = None
    attributes: dict[str, Any] | None = None
    template: str | None = None


@dataclass(frozen=True, slots=True)
class Frame:
    """One stack frame. Every part is optional because real traces omit different parts."""

    file: str | None = None
    module: str | None = None  # Python module, Java class (package.Class), Go package
    function: str | None = None
    lineno: int | None = None
    colno: int | None = None
    source: str | None = None  # the source line text, when the trace prints it
    in_app: bool | None = None  # None: not decided at parse time (fingerprinting decides)

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__ if getattr(self, k) is not None}


@dataclass(frozen=True, slots=True)
class ExceptionInfo:
    """One exception of a chain: its type, its message and its frames (outermost call first)."""

    type: str
    value: str = ""
    frames: tuple[Frame, ...] = ()
    language: str = "unknown"  # python | java | node | go | dotnet | ruby | elixir | ... | unknown

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "value": self.value,
            "language": self.language,
            "frames": [f.to_dict() for f in self.frames],
        }


ExceptionChain = tuple[ExceptionInfo, ...]
"""The exception that was raised (or caught and logged) first, then its causes in order.

Python prints causes first and the raised exception last, Java the reverse: parsers reorder so
that chain[0] is always the exception the program saw, and chain[-1] its deepest cause.
"""


@dataclass(frozen=True, slots=True)
class Event:
    """One stored event as the query side returns it (the event schema of DESIGN.md section 3)."""

    id: int
    source: str
    line: int
    timestamp: datetime
    level: str | None
    service: str | None
    host: str | None
    message: str
    template: str
    fingerprint: str
    severity: str | None
    exception_type: str | None
    exception_value: str | None
    stack: list[dict[str, Any]] | None
    trace_id: str | None
    attributes: dict[str, Any] | None
    logger: str | None = None
    timestamp_inferred: bool = False
    format: str | None = None
    category: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


EVENT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Event))
"""The event schema's fields in their documented order (machine output follows it)."""


@dataclass(slots=True)
class SourceResult:
    """What ingest did with one input."""

    path: str
    format: str | None = None
    format_reason: str | None = None
    events: int = 0
    lines: int = 0
    bytes: int = 0
    rejected: int = 0
    skipped: str | None = None  # why the whole source was skipped (binary, unreadable, ...)
    resumed_from: int = 0  # byte offset the read started at (0: from the start)
    restarted: str | None = None  # why the source was read again from the start
    error: str | None = None  # why reading stopped before the end (a damaged archive)
    held_back: int = 0  # bytes left for the next ingest: a line, a traceback, not finished
    # The first line of the stored event this read went on with (the last ingest ended inside
    # it: ingest.stored_tail), stored again whole and counted in `events` again; None if none.
    completed_event: int | None = None
    missing: bool = False  # a path the user named that does not exist
    # No line read had a time: what every event took instead (the file's modification time,
    # stdin's when it was read: `untimed_of` says which), flagged inferred. None once a time
    # was read.
    untimed_at: datetime | None = None
    untimed_of: str = "the file's modification time"
    # An untimed file whose lines yet seem to start with a time (its layout unknown to every
    # format): the first such text. A file of times unread, not one without times.
    unread_dates: str | None = None
    unread_times: int = 0  # events whose time was there but could not be read
    unread_time: str | None = None  # the first of them, as logged


@dataclass(slots=True)
class IngestSummary:
    sources: list[SourceResult] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def events(self) -> int:
        return sum(s.events for s in self.sources)

    @property
    def bytes(self) -> int:
        return sum(s.bytes for s in self.sources)

    @property
    def rejected(self) -> int:
        return sum(s.rejected for s in self.sources)

    @property
    def files(self) -> int:
        return sum(1 for s in self.sources if s.skipped is None)

    @property
    def skipped(self) -> int:
        return sum(1 for s in self.sources if s.skipped is not None)

    @property
    def missing(self) -> list[str]:
        """The paths named that do not exist."""
        return [s.path for s in self.sources if s.missing]

    @property
    def events_per_second(self) -> float:
        return self.events / self.seconds if self.seconds > 0 else 0.0


@dataclass(frozen=True, slots=True)
class AttributeFilter:
    key: str  # a top-level or dotted attribute path
    value: str


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events a query wants. Every field narrows; None or empty means no restriction.

    `since`/`until` are naive UTC datetimes. `text` is a case-insensitive substring of the
    message, the exception type or value; `regex` is a regular expression over the same.
    """

    text: tuple[str, ...] = ()
    regex: tuple[str, ...] = ()
    min_level: str | None = None
    levels: tuple[str, ...] = ()
    since: datetime | None = None
    until: datetime | None = None
    services: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()  # glob patterns over the source path
    fingerprints: tuple[str, ...] = ()  # full ids or unique prefixes, the events' own
    # groups by id (full or a prefix of the hash): their events and those of the groups merged
    # into them (`errctl merge`, a takeover at ingest), as top counts a group
    groups: tuple[str, ...] = ()
    trace_ids: tuple[str, ...] = ()
    attributes: tuple[AttributeFilter, ...] = ()
    # case-insensitive substrings of the parsed stack trace (frames' files, modules, functions)
    stack: tuple[str, ...] = ()
    # only events stored after the event of this id, and up to this one (`search --follow`:
    # what it has not shown yet, and what was stored when it looked)
    after_id: int | None = None
    until_id: int | None = None
    # events matching any of these are left out (`-term`, `!term`: errctl.query.parse)
    excluded: tuple[EventFilter, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceState:
    """The registry's memory of one input: which bytes of which content stream are stored.

    Identity is the content, not the path: `head_hash` is a hash of the first `head_len`
    decompressed bytes, so `app.log` renamed to `app.log.1` and later compressed to
    `app.log.2.gz` is still known, and its stored prefix is not read twice.
    """

    id: int
    path: str
    dev: int | None
    inode: int | None
    head_len: int
    head_hash: str
    offset: int  # decompressed bytes consumed (always at an event boundary)
    lines: int  # physical lines consumed, so line numbers continue across runs
    format: str | None = None
    # The events the last read stored still open at its end (the rest of a stack trace a cron
    # run cut may follow): where the first of them begins (byte offset), their first lines and
    # their ids (the store gives them). The next read starts there when lines were added, so
    # that lines going on such an event join it rather than stand as an event of their own
    # (ingest.stored_tail). One event for a plain file, one a stream for a container's log.
    record_offset: int | None = None
    record_lines: tuple[int, ...] = ()
    record_events: tuple[int | None, ...] = ()
    # How many bytes of its start its formats were last detected from (a read that sees twice
    # as many, up to a sample, detects them again: ingest.pipeline._detected_again); 0: unknown.
    detected_from: int = 0


@dataclass(frozen=True, slots=True)
class GroupFilter:
    """Which groups a listing wants.

    `text` (case-insensitive substrings) and `regex` match a group's title or template;
    `fingerprints` are whole ids or prefixes of their hash. `events` narrows the events that
    count (time, level, service, host, source, attributes): when it restricts anything, a
    group's count, first and last seen, services, hosts and users are over its matching events
    only, and groups with none are left out; otherwise they are the group's lifetime counters.
    """

    text: tuple[str, ...] = ()
    regex: tuple[str, ...] = ()
    fingerprints: tuple[str, ...] = ()
    events: EventFilter = field(default_factory=EventFilter)


GROUP_SORTS: tuple[str, ...] = ("count", "last-seen", "first-seen")
"""Orders of a group listing, each largest / newest first."""


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """One group as a listing shows it; `services`, `hosts`, `users` are distinct counts."""

    fingerprint: str
    title: str
    template: str
    exception_type: str | None
    count: int
    first_seen: datetime
    last_seen: datetime
    max_level: str | None
    max_severity: str | None
    services: int = 0
    hosts: int = 0
    users: int = 0
    top_service: str | None = None  # the service with the most events, if any

    @property
    def digest(self) -> str:
        """The fingerprint without its version prefix (`fp1:`): what short ids abbreviate."""
        return self.fingerprint.split(":", 1)[-1]


@dataclass(frozen=True, slots=True)
class DimensionCounts:
    """The most frequent values of one dimension (service, host, user) in a group."""

    dim: str
    distinct: int  # how many different values in all
    top: tuple[tuple[str, int], ...]  # (value, events), most events first
    # `distinct` is estimated and `top` taken from a uniform sample of the values: a group
    # keeps 1,000 values per dimension (errctl/store/dim_sample.py).
    estimated: bool = False


@dataclass(frozen=True, slots=True)
class GroupDetail:
    """One group in full, as `errctl show` prints it.

    `hourly` holds (hour, events) for the hours that had any, between `span_start` and
    `span_end` (the group's life, or the --since/--until window); `samples` are its newest
    events (in the window), newest first; `stack` is the exception chain of the newest one,
    with every frame's `in_app` decided, and `stack_text` its stack trace as the log wrote it
    (what a parser skipped is there too; the only trace of a stack no parser read).
    """

    summary: GroupSummary
    short_id: str
    since: datetime | None
    until: datetime | None
    span_start: datetime
    span_end: datetime
    hourly: tuple[tuple[datetime, int], ...]
    dimensions: tuple[DimensionCounts, ...]
    samples: tuple[Event, ...]
    stack: ExceptionChain | None
    stack_text: str | None = None
    merged: tuple[MergedGroup, ...] = ()  # the groups merged into it, counted in `summary`
    merged_into: MergedInto | None = None  # the group it was merged into, if it was
    # Other groups with the very same title (one exception raised from two places), by short
    # id, biggest first: a listing shows them alike but for their ids.
    alike: tuple[tuple[str, GroupSummary], ...] = ()
    # Where the newest event's exception left the program's own code (errctl.query.culprit).
    culprit: str | None = None
    # What its events without a stack trace say failed beside their message (`error="..."`),
    # masked: (text, events), most first, and how many distinct texts (`query.groups`).
    errors: tuple[tuple[str, int], ...] = ()
    errors_distinct: int = 0


@dataclass(frozen=True, slots=True)
class MergedGroup:
    """A group merged into the one shown, with its own events' counters; `by_ingest` when a
    later template of the same statement took it over at ingest (no one ran errctl merge)."""

    group: GroupSummary
    short_id: str
    by_ingest: bool


@dataclass(frozen=True, slots=True)
class MergedInto:
    """The group the one shown was merged into, where its events are counted."""

    fingerprint: str
    short_id: str
    by_ingest: bool


GROUP_STATUSES: tuple[str, ...] = ("unresolved", "resolved", "ignored", "merged")
"""Stored lifecycle states of a group (regressed, escalating and new are derived from these)."""


@dataclass(frozen=True, slots=True)
class GroupState:
    """A group's stored lifecycle state (no row in the store: unresolved). Times naive UTC.

    An ignore lasts until `ignored_until`, until `ignore_until_count` more events, or until
    `ignore_until_rate` events within `ignore_rate_hours` hours, whichever comes first.
    """

    fingerprint: str
    status: str = "unresolved"
    resolved_at: datetime | None = None
    ignored_at: datetime | None = None
    ignored_until: datetime | None = None
    ignore_until_count: int | None = None
    ignore_until_rate: int | None = None
    ignore_rate_hours: int | None = None
    merged_into: str | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One lifecycle transition of a group: when, what, who (the OS user) and why."""

    fingerprint: str
    at: datetime
    action: str
    actor: str | None = None
    note: str | None = None
    details: dict[str, Any] | None = None


EXAMPLES_PER_TEMPLATE = 32
"""Distinct masked messages the store keeps of each message template at most, for template
mining to mine again with later messages (`errctl.fingerprint.memory`): enough for mining's
evidence (a variable takes `min_variable_values` values, a column of 8 values says names) and
for the layouts of its values, few enough to mine again with every batch that brings a
message no known template matches."""


@dataclass(frozen=True, slots=True)
class Takeover:
    """A message group whose template a later, more general one took over during ingest
    (`errctl.fingerprint.memory`): stored as a merge of its group into the later one's."""

    template: str  # the earlier template
    fingerprint: str  # its group
    into_template: str  # the later template
    into: str  # its group


@dataclass(frozen=True, slots=True)
class MiningMemory:
    """What template mining learnt from one batch, stored in the batch's transaction: new
    examples of templates, (template, distinct masked message) pairs, takeovers, and new
    (template, family: `memory.mining_family`) pairs."""

    examples: list[tuple[str, str]] = field(default_factory=list)
    takeovers: list[Takeover] = field(default_factory=list)
    families: list[tuple[str, str]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.examples or self.takeovers or self.families)


# -- alerting (errctl.alert; the store keeps their tables, m005) ---------------------------------


@dataclass(frozen=True, slots=True)
class EventMatch:
    """Which events an alert rule counts. Patterns are globs matching the whole value (any
    case) or `re:` regexes searched in it, as severity rules take them; `None`/empty: any."""

    min_level: str | None = None
    min_severity: str | None = None
    services: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    templates: tuple[str, ...] = ()
    messages: tuple[str, ...] = ()
    attributes: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (dotted path, patterns)


@dataclass(frozen=True, slots=True)
class AlertState:
    """What errctl last told people about one (rule, key); key is a fingerprint or `*` for a
    rule over all its matching events. Times are the evaluation times (`alert --at`), UTC."""

    rule: str
    key: str
    status: str  # firing | resolved
    last_fired: datetime | None = None  # the last notification about this key (any status)
    episode: str | None = None  # what an edge rule fired for (a regression's resolve time)
    value: float | None = None
    fired_count: int = 0
    updated_at: datetime | None = None
    # The labels its last firing was sent with (None: a state from before m009 kept them). A
    # resolve carries these, not the group's labels of now: Alertmanager matches a resolve to
    # its firing by labels, and a group's top service, level or severity can change between.
    labels: dict[str, str] | None = None


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One notification to one receiver: its rendered body is stored and sent as is, so a
    retry sends the very bytes (and `webhook-id`) of the first attempt."""

    id: str  # the notification id (also the webhook-id header)
    receiver: str
    rule: str | None
    key: str | None
    kind: str  # firing | resolved | summary | test | message
    title: str
    body: bytes
    status: str  # pending | delivered
    attempts: int = 0
    next_attempt: datetime | None = None
    last_error: str | None = None
    created_at: datetime | None = None
    delivered_at: datetime | None = None
    claimed_by: str | None = None
    claimed_until: datetime | None = None


@dataclass(frozen=True, slots=True)
class Silence:
    """Notifications whose labels match every matcher (label, glob) are held back until
    `expires_at`."""

    id: str
    matchers: tuple[tuple[str, str], ...]
    created_by: str | None
    comment: str | None
    created_at: datetime
    expires_at: datetime
