"""Fingerprint rules: the user's `matcher:glob ... -> name` lines, applied (Sentry's idea).

Owns `FingerprintRules` (the rules of `[fingerprint] rules`, compiled once), the per-event
`match` (for `explain`), the column form `apply_columns` (for ingest batches) and
`rule_fingerprint`, the fingerprint a rule gives.

Promises: pure (no I/O, no store); the first rule whose matchers all hold wins, and an event
no rule matches keeps its computed fingerprint; every glob is compiled once.

Matchers and the event field each reads (docs/configuration.md):
  error.type -> exception_type, error.value -> exception_value, message, logger, level,
  service, host, source (the file's path), stack.function / stack.module / stack.file (true
  when ANY frame of the exception chain matches), attr.KEY (the attribute at dotted path KEY,
  as text). A glob (`*`, `?`, `[...]`) matches the whole value ignoring case; an event without
  the field never matches.

The fingerprint of a rule (part of fp1's canonical form, docs/fingerprints.md): `fp1:` + the
first 16 hex digits of SHA-256 over `r|` + the rule's name as written after `->` (stripped),
with each `{{ default }}` in it replaced by the fingerprint errctl computed for the event. The
computed fingerprint stands for its canonical text (it is that text's digest), so
`{{ default }}` keeps the default grouping as one part and splits it by the rest.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import orjson
import pyarrow as pa
import pyarrow.compute as pc

from errctl.config.schema import FingerprintRule, Settings
from errctl.fingerprint.fingerprint import digest

DEFAULT_TOKEN = re.compile(r"\{\{\s*default\s*\}\}")
ATTR_PREFIX = "attr."

# Matcher -> the event field (column) it reads.
MATCHER_FIELD: dict[str, str] = {
    "error.type": "exception_type",
    "error.value": "exception_value",
    "message": "message",
    "logger": "logger",
    "level": "level",
    "service": "service",
    "host": "host",
    "source": "source",
    "stack.function": "stack",
    "stack.module": "stack",
    "stack.file": "stack",
}
_FRAME_KEY = {"stack.function": "function", "stack.module": "module", "stack.file": "file"}


def field_of(matcher: str) -> str:
    """The event field a matcher reads (`attr.KEY` reads `attributes`)."""
    if matcher.startswith(ATTR_PREFIX):
        return "attributes"
    return MATCHER_FIELD[matcher]


def rule_fingerprint(name: str, default: str) -> str:
    """The fingerprint a rule named `name` gives an event whose computed one is `default`."""
    return digest("r|" + DEFAULT_TOKEN.sub(lambda _: default, name.strip()))


def rule_canonical(name: str, default: str) -> str:
    """The text `rule_fingerprint` hashes (shown by explain)."""
    return "r|" + DEFAULT_TOKEN.sub(lambda _: default, name.strip())


class _Matcher:
    __slots__ = ("glob", "matcher", "path", "regex")

    def __init__(self, matcher: str, glob: str) -> None:
        self.matcher = matcher
        self.glob = glob
        self.regex = re.compile(fnmatch.translate(glob), re.IGNORECASE | re.DOTALL)
        self.path = matcher[len(ATTR_PREFIX) :] if matcher.startswith(ATTR_PREFIX) else None

    @property
    def field(self) -> str:
        return field_of(self.matcher)

    def test_value(self, raw: Any) -> bool:
        """Whether the glob holds for the field's stored value (`stack`/`attributes`: JSON text
        or parsed)."""
        if raw is None:
            return False
        if self.path is not None:
            value = attribute_text(raw, self.path)
            return value is not None and self.regex.match(value) is not None
        if self.matcher in _FRAME_KEY:
            values = frame_values(raw, _FRAME_KEY[self.matcher])
            return any(self.regex.match(value) for value in values)
        return self.regex.match(str(raw)) is not None


@dataclass(frozen=True, slots=True)
class CompiledRule:
    rule: FingerprintRule
    matchers: tuple[_Matcher, ...]

    @property
    def name(self) -> str:
        return self.rule.name

    @property
    def uses_default(self) -> bool:
        return DEFAULT_TOKEN.search(self.rule.name) is not None

    def mismatch(self, event: Mapping[str, Any]) -> str | None:
        """The first matcher that does not hold for `event`, described; None when all hold."""
        for m in self.matchers:
            if not m.test_value(event.get(m.field)):
                return f"{m.matcher}:{m.glob} does not match"
        return None


class FingerprintRules:
    """`[fingerprint] rules`, compiled; first match wins."""

    def __init__(self, rules: Iterable[FingerprintRule] = ()) -> None:
        self.rules = tuple(
            CompiledRule(r, tuple(_Matcher(k, g) for k, g in r.matchers)) for r in rules
        )
        self.reads = frozenset(m.field for r in self.rules for m in r.matchers)

    @classmethod
    def from_settings(cls, settings: Settings) -> FingerprintRules:
        return cls(settings.fingerprint.rules)

    def __bool__(self) -> bool:
        return bool(self.rules)

    def match(self, event: Mapping[str, Any]) -> CompiledRule | None:
        """The first rule whose matchers all hold for `event` (keys: the event schema's
        names; `stack` and `attributes` as JSON text or parsed)."""
        for rule in self.rules:
            if rule.mismatch(event) is None:
                return rule
        return None

    def checked(self, event: Mapping[str, Any]) -> list[tuple[CompiledRule, str | None]]:
        """Each rule up to the first that matches, with why it did not (None: it matched)."""
        out: list[tuple[CompiledRule, str | None]] = []
        for rule in self.rules:
            why = rule.mismatch(event)
            out.append((rule, why))
            if why is None:
                break
        return out

    def fingerprint(self, event: Mapping[str, Any], default: str) -> str:
        rule = self.match(event)
        return default if rule is None else rule_fingerprint(rule.name, default)

    def apply_columns(
        self, columns: Mapping[str, pa.Array | pa.ChunkedArray], fingerprints: pa.Array
    ) -> pa.Array:
        """The fingerprints of a batch after the rules: `columns` holds at least `reads`.

        Each matcher is tested once per DISTINCT value of the column it reads (real logs
        repeat), then rows are combined with Arrow kernels, rule by rule, first match wins.
        """
        if not self.rules:
            return fingerprints
        fingerprints = _flat(fingerprints)
        n = len(fingerprints)
        encoded = {name: pc.dictionary_encode(_flat(columns[name])) for name in self.reads}
        tested: dict[tuple[str, str], pa.Array] = {}
        result = fingerprints
        unassigned = pa.array([True] * n, pa.bool_())
        for rule in self.rules:
            hit = unassigned
            for m in rule.matchers:
                key = (m.matcher, m.glob)
                if key not in tested:
                    column = encoded[m.field]
                    on_values = pa.array(
                        [m.test_value(v) for v in column.dictionary.to_pylist()], pa.bool_()
                    )
                    tested[key] = pc.fill_null(pc.take(on_values, column.indices), False)
                hit = pc.and_(hit, tested[key])
            if not pc.any(hit).as_py():
                continue
            if rule.uses_default:
                defaults = pc.dictionary_encode(pc.filter(fingerprints, hit))
                replaced = pa.array(
                    [rule_fingerprint(rule.name, d) for d in defaults.dictionary.to_pylist()],
                    pa.string(),
                )
                new = pc.replace_with_mask(result, hit, pc.take(replaced, defaults.indices))
            else:
                new = pc.if_else(hit, rule_fingerprint(rule.name, ""), result)
            result = new
            unassigned = pc.and_(unassigned, pc.invert(hit))
        return result


def _flat(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    return values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values


def _parsed(raw: Any) -> Any:
    if isinstance(raw, str | bytes):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            return None
    return raw


def attribute_text(raw: Any, path: str) -> str | None:
    """The attribute at dotted `path` as text (a flat key holding dots wins), or None."""
    data = _parsed(raw)
    if not isinstance(data, dict):
        return None
    if path in data:
        node = data[path]
    else:
        node = data
        for part in path.split("."):
            if not isinstance(node, dict) or part not in node:
                return None
            node = node[part]
    if node is None:
        return None
    if isinstance(node, bool):
        return "true" if node else "false"
    if isinstance(node, str):
        return node
    if isinstance(node, int | float):
        return str(node)
    return orjson.dumps(node).decode()


def frame_values(raw: Any, key: str) -> Sequence[str]:
    """Every frame's `key` (function, module, file) across a stored exception chain."""
    chain = _parsed(raw)
    if not isinstance(chain, list):
        return ()
    out = []
    for exc in chain:
        for frame in (exc.get("frames") or ()) if isinstance(exc, dict) else ():
            value = frame.get(key) if isinstance(frame, dict) else None
            if value:
                out.append(str(value))
    return out
