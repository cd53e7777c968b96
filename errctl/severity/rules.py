"""Ordered severity rules: which severity (and category) an event gets, and why.

Owns `SeverityRule` (one named rule: conditions, a severity, an optional category), `RuleSet`
(the user's rules from `[[severity.rules]]` in front of the built-in defaults of
`errctl.severity.defaults`), its per-event `classify` and `explain`, its column forms
`classify_columns` and `classify_arrays` for batches, and `priority`, the documented order
groups are triaged in (docs/severity.md).

Promises: pure (no I/O, no store); the first rule whose conditions all hold wins, and when none
does the defaults decide; every pattern is compiled once, when the RuleSet is built.

Pattern semantics: a glob (`*`, `?`, `[...]`) matches the whole value, ignoring case; a
pattern starting `re:` is a Python regex searched anywhere in the value, case as written (use
`(?i)` to ignore it). A list of patterns matches when any does. An event without the field
(no service, no exception) never matches a condition on it.
"""

from __future__ import annotations

import fnmatch
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from errctl.config.schema import NO_SEVERITY, SEVERITIES, Settings, SeverityRuleConfig
from errctl.severity.defaults import CRASH_LEVELS, default_reason, looks_like_crash

if TYPE_CHECKING:
    import pyarrow as pa

EVENT_FIELDS: tuple[str, ...] = (
    "level",
    "service",
    "host",
    "logger",
    "exception_type",
    "template",
    "message",
    "source",
    "attributes",
)
"""What `classify` reads from an event: the event schema's names. `attributes` may be a dict or
its JSON text. `template` is only needed when a rule tests it."""

# Rule condition -> the event field it reads.
_CONDITION_FIELD: dict[str, str] = {
    "service": "service",
    "host": "host",
    "logger": "logger",
    "exception": "exception_type",
    "template": "template",
    "message": "message",
    "source": "source",
}


class Patterns:
    """A compiled list of globs and `re:` regexes; `test(value)` is true when any matches."""

    __slots__ = ("_globs", "_regexes", "texts")

    def __init__(self, texts: Iterable[str]) -> None:
        self.texts = tuple(texts)
        globs = [fnmatch.translate(t) for t in self.texts if not t.startswith("re:")]
        # One alternation for all globs: one scan whatever their number.
        self._globs = re.compile("|".join(globs), re.IGNORECASE) if globs else None
        self._regexes = tuple(re.compile(t[3:]) for t in self.texts if t.startswith("re:"))

    def test(self, value: str | None) -> bool:
        if value is None:
            return False
        if self._globs is not None and self._globs.match(value):
            return True
        return any(r.search(value) for r in self._regexes)

    def __repr__(self) -> str:
        return f"Patterns({list(self.texts)!r})"


@dataclass(frozen=True, slots=True)
class SeverityRule:
    """One rule. Every non-empty condition must hold; `severity` None means "no severity"."""

    name: str
    severity: str | None
    category: str | None = None
    level: frozenset[str] = frozenset()
    fields: tuple[tuple[str, Patterns], ...] = ()  # (condition name, patterns)
    attributes: tuple[tuple[str, Patterns], ...] = ()  # (attribute path, patterns)
    origin: str | None = None  # `file:line` of the rule, for explanations

    @classmethod
    def create(
        cls,
        name: str,
        severity: str,
        *,
        category: str | None = None,
        level: Iterable[str] = (),
        attributes: Mapping[str, str | Iterable[str]] | None = None,
        origin: str | None = None,
        **conditions: str | Iterable[str],
    ) -> SeverityRule:
        """A rule from plain values (tests and code): `create("db", "high", service="api")`."""
        unknown = set(conditions) - set(_CONDITION_FIELD)
        if unknown:
            raise ValueError(f"unknown condition(s): {', '.join(sorted(unknown))}")
        if severity not in (*SEVERITIES, NO_SEVERITY):
            raise ValueError(f"unknown severity {severity!r}")
        return cls(
            name=name,
            severity=None if severity == NO_SEVERITY else severity,
            category=category,
            level=frozenset(_as_tuple(level)),
            fields=tuple(
                (key, Patterns(_as_tuple(conditions[key])))
                for key in _CONDITION_FIELD
                if conditions.get(key)
            ),
            attributes=tuple(
                (path, Patterns(_as_tuple(p))) for path, p in (attributes or {}).items()
            ),
            origin=origin,
        )

    @classmethod
    def from_config(cls, rule: SeverityRuleConfig) -> SeverityRule:
        return cls.create(
            rule.name or "rule",
            rule.severity,
            category=rule.category,
            level=rule.level,
            attributes=rule.attributes,
            origin=rule.origin,
            **{key: getattr(rule, key) for key in _CONDITION_FIELD},
        )

    @property
    def reads(self) -> frozenset[str]:
        """The event fields this rule looks at."""
        used = {_CONDITION_FIELD[key] for key, _ in self.fields}
        if self.level:
            used.add("level")
        if self.attributes:
            used.add("attributes")
        return frozenset(used)

    def mismatch(self, event: Mapping[str, Any], attrs: _Attributes) -> str | None:
        """Why this rule does not match `event` (the first failing condition), or None."""
        if self.level and event.get("level") not in self.level:
            return f"level {event.get('level')!r} is not {' or '.join(sorted(self.level))}"
        for key, patterns in self.fields:
            value = event.get(_CONDITION_FIELD[key])
            if not patterns.test(value):
                shown = "none" if value is None else repr(_short(value))
                return f"{key} {shown} does not match {_or(patterns.texts)}"
        for path, patterns in self.attributes:
            value = attrs.text(path)
            if not patterns.test(value):
                shown = "absent" if value is None else repr(_short(value))
                return f"attribute {path} {shown} does not match {_or(patterns.texts)}"
        return None

    def matches(self, event: Mapping[str, Any], attrs: _Attributes | None = None) -> bool:
        return self.mismatch(event, attrs or _Attributes(event.get("attributes"))) is None


@dataclass(frozen=True, slots=True)
class Classification:
    severity: str | None
    category: str | None
    rule: str | None  # the matching rule's name; None when the defaults decided


@dataclass(frozen=True, slots=True)
class Explanation:
    """What `severity test` and `explain` show: the outcome and how it was reached."""

    severity: str | None
    category: str | None
    rule: str | None
    origin: str | None  # where the matching rule is written (`errctl.toml:12`)
    checked: tuple[tuple[str, str], ...] = ()  # (rule name, why it did not match), in order
    default_reason: str | None = None  # set when no rule matched


@dataclass(frozen=True)
class RuleSet:
    """User rules in order, then the built-in defaults."""

    rules: tuple[SeverityRule, ...] = ()
    _reads: frozenset[str] = field(default=frozenset(), init=False, repr=False)

    def __post_init__(self) -> None:
        reads: set[str] = set()
        for rule in self.rules:
            reads |= rule.reads
        object.__setattr__(self, "_reads", frozenset(reads))

    @classmethod
    def from_settings(cls, settings: Settings) -> RuleSet:
        return cls(tuple(SeverityRule.from_config(r) for r in settings.severity.rules))

    @property
    def reads(self) -> frozenset[str]:
        """Event fields the user rules look at (the defaults also read level, exception_type
        and message)."""
        return self._reads

    def classify(self, event: Mapping[str, Any]) -> Classification:
        """Severity, category and rule name for one event (keys: EVENT_FIELDS)."""
        attrs = _Attributes(event.get("attributes"))
        for rule in self.rules:
            if rule.mismatch(event, attrs) is None:
                return Classification(rule.severity, rule.category, rule.name)
        severity, _ = _default(event)
        return Classification(severity, None, None)

    def explain(self, event: Mapping[str, Any]) -> Explanation:
        attrs = _Attributes(event.get("attributes"))
        checked = []
        for rule in self.rules:
            why = rule.mismatch(event, attrs)
            if why is None:
                return Explanation(
                    rule.severity, rule.category, rule.name, rule.origin, tuple(checked)
                )
            checked.append((rule.name, why))
        severity, reason = _default(event)
        if event.get("level") and attrs.text("level_inferred") == "true":
            reason += " (a level read from the message's words: its format writes none)"
        return Explanation(severity, None, None, None, tuple(checked), reason)

    def classify_columns(
        self, columns: Mapping[str, Any], crash: Sequence[bool] | None = None
    ) -> tuple[list[str | None], list[str | None], list[str | None]]:
        """(severities, categories, rule names) for a batch given as columns.

        `columns` maps EVENT_FIELDS names to equal-length lists or pyarrow arrays; only the
        fields the rules read plus `level`, `exception_type` and `message` are needed.
        `crash` may carry the defaults' crash test precomputed per row (vectorised, see
        `crash_flags_array`); otherwise it is computed here for the rows of CRASH_LEVELS only.
        Each distinct combination of the fields that matter is classified once.
        """
        cols = {name: _to_list(values) for name, values in columns.items()}
        n = len(next(iter(cols.values()))) if cols else 0
        levels = cols.get("level") or [None] * n
        exc_types = cols.get("exception_type") or [None] * n
        if crash is None:
            messages = cols.get("message") or [""] * n
            crash = _crash_flags(levels, messages, exc_types)
        key_fields = sorted(self._reads - {"level", "exception_type"})
        key_cols = [cols.get(name) or [None] * n for name in key_fields]
        hashable = "attributes" not in key_fields or all(
            not isinstance(v, dict) for v in cols.get("attributes") or ()
        )
        severities: list[str | None] = []
        categories: list[str | None] = []
        names: list[str | None] = []
        cache: dict[tuple, Classification] = {}
        for i in range(n):
            key = (levels[i], exc_types[i], crash[i], *(c[i] for c in key_cols))
            result = cache.get(key) if hashable else None
            if result is None:
                event = dict(zip(key_fields, key[3:], strict=True))
                event["level"] = levels[i]
                event["exception_type"] = exc_types[i]
                result = self._classify_known_crash(event, crash[i])
                if hashable:
                    cache[key] = result
            severities.append(result.severity)
            categories.append(result.category)
            names.append(result.rule)
        return severities, categories, names

    def classify_arrays(self, columns: Mapping[str, Any], crash: Any) -> tuple[pa.Array, pa.Array]:
        """(severities, categories) for a batch of Arrow columns, as `classify_columns` gives
        them: Arrow finds the distinct combinations of the fields that matter (`crash` is
        one: a boolean array, see `crash_flags_array`) and each is classified once, in Python.
        Unlike `classify_columns`, no row is converted to a Python object: in a batch of
        20,000 events that is most of the cost, and usually a handful of combinations.
        `columns` needs the fields the rules read, `level` and `exception_type`."""
        import pyarrow as pa
        import pyarrow.compute as pc

        fields = ["level", "exception_type", *sorted(self._reads - {"level", "exception_type"})]
        combination, first_rows = _distinct_rows([*(columns[f] for f in fields), crash])
        firsts = {f: pc.take(columns[f], first_rows) for f in fields}
        severities, categories, _ = self.classify_columns(
            firsts, crash=pc.take(crash, first_rows).to_pylist()
        )
        return (
            pc.take(pa.array(severities, pa.string()), combination),
            pc.take(pa.array(categories, pa.string()), combination),
        )

    def _classify_known_crash(self, event: dict[str, Any], crash: bool) -> Classification:
        attrs = _Attributes(event.get("attributes"))
        for rule in self.rules:
            if rule.mismatch(event, attrs) is None:
                return Classification(rule.severity, rule.category, rule.name)
        level = event.get("level")
        has_exception = event.get("exception_type") is not None
        severity, _ = default_reason(level, has_exception, "", crash=crash)
        return Classification(severity, None, None)


def classify(event: Mapping[str, Any], rules: RuleSet | None = None) -> Classification:
    """Severity of one event under `rules` (the defaults alone when None)."""
    return (rules or RuleSet()).classify(event)


def crash_flags_array(levels: Any, messages: Any, exception_types: Any) -> pa.Array:
    """The defaults' crash test per row (for `classify_arrays`, or `classify_columns(crash=...)`
    as a list), vectorised: a boolean array, never null."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from errctl.severity.defaults import DIED_PATTERN, WARNING_CRASH_PATTERN

    levels, messages, exception_types = (
        c.combine_chunks() if isinstance(c, pa.ChunkedArray) else c
        for c in (levels, messages, exception_types)
    )
    flags = pc.fill_null(pc.is_in(levels, value_set=pa.array([], pa.string())), False)
    # Warnings and errors are read for any crash sign, info for a death alone
    # (`looks_like_crash`); the text of the others is never read.
    for kinds, pattern in ((["error", "warning"], WARNING_CRASH_PATTERN), (["info"], DIED_PATTERN)):
        relevant = pc.fill_null(pc.is_in(levels, value_set=pa.array(kinds)), False)
        if not pc.any(relevant).as_py():
            continue
        text = pc.binary_join_element_wise(
            pc.fill_null(pc.filter(messages, relevant), ""),
            pc.fill_null(pc.filter(exception_types, relevant), ""),
            " ",
        )
        hit = pc.match_substring_regex(text, pattern.pattern, ignore_case=True)
        flags = pc.or_(flags, pc.replace_with_mask(relevant, relevant, hit))
    return flags


def _distinct_rows(columns: Sequence[Any]) -> tuple[pa.Array, pa.Array]:
    """For equal-length Arrow columns: each row's combination number (0, 1, ... in order of
    first appearance) and the first row of each combination. Nulls are values like any other.
    Each column's dictionary indices are folded into one code per row, re-numbered after each
    column so that the code stays below the number of rows."""
    import pyarrow as pa
    import pyarrow.compute as pc

    code = None
    for column in columns:
        if isinstance(column, pa.ChunkedArray):
            column = column.combine_chunks()
        encoded = pc.dictionary_encode(column, null_encoding="encode")
        indices = encoded.indices.cast(pa.int64())
        if code is not None:
            indices = pc.add(pc.multiply(code, len(encoded.dictionary)), indices)
        code = pc.dictionary_encode(indices).indices.cast(pa.int64())
    assert code is not None, "no columns"
    rows = pa.table({"code": code, "row": pa.array(range(len(code)), pa.int64())})
    firsts = rows.group_by("code", use_threads=False).aggregate([("row", "min")])
    order = pc.sort_indices(firsts.column("code"))
    return code, pc.take(firsts.column("row_min"), order)


def _crash_flags(levels: list, messages: list, exc_types: list) -> list[bool]:
    seen: dict[tuple[bool, str | None, str | None], bool] = {}
    out = []
    for level, message, exc in zip(levels, messages, exc_types, strict=True):
        if level not in CRASH_LEVELS:
            out.append(False)
            continue
        key = (level == "info", message, exc)
        hit = seen.get(key)
        if hit is None:
            hit = looks_like_crash(f"{message or ''} {exc or ''}", level)
            if len(seen) < 100_000:
                seen[key] = hit
        out.append(hit)
    return out


def _default(event: Mapping[str, Any]) -> tuple[str | None, str]:
    exc = event.get("exception_type")
    text = f"{event.get('message') or ''} {exc or ''}"
    return default_reason(event.get("level"), exc is not None, text)


# ---------------------------------------------------------------------------------------------
# Attributes


class _Attributes:
    """Lazy access to an event's attributes by dotted path; JSON text parsed on first use."""

    __slots__ = ("_data", "_raw")

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        self._data: Any = None if isinstance(raw, str | bytes) else raw

    def text(self, path: str) -> str | None:
        if self._data is None and self._raw:
            import orjson

            try:
                self._data = orjson.loads(self._raw)
            except orjson.JSONDecodeError:
                self._data = {}
            self._raw = None
        data = self._data
        if not isinstance(data, dict):
            return None
        if path in data:  # a flat key that itself contains dots ("http.status")
            return _as_text(data[path])
        node: Any = data
        for part in path.split("."):
            if not isinstance(node, dict) or part not in node:
                return None
            node = node[part]
        return _as_text(node)


def _as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, int | float):
        return str(value)
    import orjson

    return orjson.dumps(value).decode()


# ---------------------------------------------------------------------------------------------
# Priority


SEVERITY_RANK: dict[str | None, int] = {None: 0, **{s: i + 1 for i, s in enumerate(SEVERITIES)}}
"""0 for no severity, then low 1 .. critical 4."""

RECENCY_HALF_LIFE_HOURS = 24.0


def priority(
    severity: str | None,
    events: int,
    *,
    services: int = 0,
    hosts: int = 0,
    users: int = 0,
    last_seen: datetime | None = None,
    now: datetime | None = None,
) -> float:
    """How urgently a group needs a look; higher first. Documented in docs/severity.md.

    `severity rank * 100 + weight`, where the weight (0 to 100) adds up volume, spread and
    recency, each on a log scale so that no one of them drowns the others:

        log10(1 + events) * 10                       # 10 events: 10, 1000: 30, 1e6: 60
      + log2(max(services, 1)) * 3                   # each doubling of services: +3
      + log2(max(hosts, 1)) * 2                      # each doubling of hosts: +2
      + log2(1 + users) * 2                          # users affected: 1 -> +2, 7 -> +6
      + 10 * 0.5 ** (hours since last_seen / 24)     # seen now: +10, a day ago: +5

    Severity always wins: a critical group with one event outranks any high group.
    `last_seen` and `now` are naive UTC (as stored); without them recency counts nothing.
    """
    weight = math.log10(1 + max(events, 0)) * 10
    weight += math.log2(max(services, 1)) * 3 + math.log2(max(hosts, 1)) * 2
    weight += math.log2(1 + max(users, 0)) * 2
    if last_seen is not None and now is not None:
        hours = max((now - last_seen).total_seconds() / 3600, 0.0)
        weight += 10 * 0.5 ** (hours / RECENCY_HALF_LIFE_HOURS)
    return SEVERITY_RANK.get(severity, 0) * 100 + min(weight, 99.999)


def group_priority(group: Any, now: datetime) -> float:
    """`priority` of a group summary (anything with max_severity, count, services, hosts,
    users and last_seen attributes, such as errctl.models.GroupSummary)."""
    return priority(
        group.max_severity,
        group.count,
        services=getattr(group, "services", 0),
        hosts=getattr(group, "hosts", 0),
        users=getattr(group, "users", 0),
        last_seen=getattr(group, "last_seen", None),
        now=now,
    )


# ---------------------------------------------------------------------------------------------


def _as_tuple(value: str | Iterable[str]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else tuple(value)


def _to_list(values: Any) -> list:
    if hasattr(values, "to_pylist"):
        return values.to_pylist()
    return values if isinstance(values, list) else list(values)


def _short(value: Any, limit: int = 60) -> str:
    text = str(value).split("\n", 1)[0]
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _or(texts: tuple[str, ...]) -> str:
    return " or ".join(texts)
