"""The scrubber: applies the scrub classes (errctl.scrub.rules) and the user's patterns.

Owns `Scrubber`, built once from the settings, with `scrub_text` (one string),
`scrub_mapping` (a parsed record: fields named like secrets are masked whatever their value,
at any depth; other strings are scrubbed as text) and `scrub_array` (a pyarrow string column,
vectorised: distinct values only, an RE2 prefilter picks the few that can hold a secret, and
only those get the Python pass, where the lookbehinds and the Luhn check live; RE2 also finds,
per class, which of them hold its hints, so Python skips a class without looking).

Promises: scrubbing is idempotent (`scrub(scrub(x)) == scrub(x)`: no class matches its own
replacement), never raises on any input, and leaves text without secrets untouched (same
object). Classes run in order, user patterns first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import repeat
from typing import Any

import orjson

from errctl.config.schema import ScrubConfig, Settings
from errctl.scrub.rules import (
    BUILTIN_RULES,
    ID_LABEL,
    NOT_SECRET_KEY_END,
    SECRET_KEY_PATTERN,
    ScrubRule,
    looks_like_card,
    no_secret_value,
)

_RE2_UNSAFE = re.compile(r"\(\?<?[=!]|\(\?>|\\[1-9]|\(\?P=")


@dataclass(frozen=True, slots=True)
class _Compiled:
    name: str
    regex: re.Pattern[str]
    replacement: str
    hints: tuple[str, ...]
    validate: Callable[[str], bool] | None
    keep: Callable[[re.Match[str]], bool] | None
    has_value: bool  # a `value` group narrows what is replaced
    prefilter: str | None
    starts: tuple[str, ...] | None = None  # ScrubRule.starts
    prefilter_chars: str | None = None  # ScrubRule.prefilter_chars


class Scrubber:
    """Masks secrets and personal data as configured. Build once, use for every batch."""

    def __init__(self, settings: Settings | ScrubConfig | None = None) -> None:
        config = settings.scrub if isinstance(settings, Settings) else settings or ScrubConfig()
        self.config = config
        self.enabled = config.enabled
        self.replacement = config.replacement
        self._guard = self._make_guard(config.replacement)
        on = {r.name: r.on_by_default for r in BUILTIN_RULES}
        on.update(config.classes)
        self.classes: tuple[str, ...] = tuple(r.name for r in BUILTIN_RULES if on.get(r.name))
        rules: list[_Compiled] = []
        for p in config.patterns:
            rules.append(
                _Compiled(
                    p.name,
                    re.compile(p.regex),
                    self._replacement_for(p.name, p.replacement),
                    (),
                    None,
                    None,
                    "value" in re.compile(p.regex).groupindex,
                    None if _RE2_UNSAFE.search(p.regex) else p.regex,
                )
            )
        for rule in BUILTIN_RULES:
            if on.get(rule.name):
                rules.append(self._compile(rule))
        self._rules = tuple(rules)
        keys = SECRET_KEY_PATTERN
        if config.keys:
            keys += "|" + "|".join(re.escape(k) for k in config.keys)
            # The user's keys also count in key=value text.
            base = next(r for r in BUILTIN_RULES if r.name == "secret_field")
            words = "|".join(re.escape(k) for k in config.keys)
            extra = ScrubRule(
                base.name,
                base.pattern.replace(SECRET_KEY_PATTERN, keys),
                f"(?i)(?:{words})[\\w.\"'\\\\-]*\\s*[=:]|{base.prefilter}",
                # Hints are looked for in the lower-cased text: `SSN` as the user wrote it
                # would never be found, and the class would skip `SSN=123-45-6789`.
                hints=(*base.hints, *(k.lower() for k in config.keys)),
                keep=base.keep,
                # A key that is not plain ASCII may match ASCII text in other letters under
                # the regex's case folding: then the regex is tried everywhere.
                starts=(*base.starts, *(k.lower() for k in config.keys))
                if base.starts is not None and all(k and k.isascii() for k in config.keys)
                else None,
            )
            self._rules = tuple(
                self._compile(extra) if r.name == "secret_field" else r for r in self._rules
            )
        self._replacers = {id(r): self._replacer(r) for r in self._rules}
        self._absence_lasts = self._absences_that_last()
        self._secret_key = re.compile(SECRET_KEY_PATTERN, re.IGNORECASE)
        self._user_key = (
            re.compile("|".join(re.escape(k) for k in config.keys), re.IGNORECASE)
            if config.keys
            else None
        )
        self._cards = "card" in self.classes

    # -- building

    def _absences_that_last(self) -> tuple[bool, ...]:
        """Per rule: whether text that cannot hold its hints (or its `prefilter_chars`
        prefilter) still cannot once other rules put their replacements in it.

        Scrubbing only cuts the text and puts a replacement `r` (bare, or quoted as `"r"`,
        `'r'`, `\\"r\\"`: `_keep_quotes`) between pieces of it, so a new hint would have to
        overlap an inserted `r`: lie inside it, or hold its first or last character. A run of
        `prefilter_chars` would have to hold one of the inserted characters. ASCII `r` only,
        where `lower()` maps character to character."""
        inserted = set()
        for rule in self._rules:
            r = rule.replacement
            inserted |= {r, f'"{r}"', f"'{r}'", f'\\"{r}\\"'}
        if not all(w and w.isascii() for w in inserted):
            return tuple(False for _ in self._rules)
        lasts = []
        for rule in self._rules:
            if rule.hints:
                lasts.append(
                    all(
                        w[0].lower() not in h and w[-1].lower() not in h and h not in w.lower()
                        for w in inserted
                        for h in rule.hints
                    )
                )
            elif rule.prefilter_chars is not None:
                lasts.append(not any(c in w for w in inserted for c in rule.prefilter_chars))
            else:
                lasts.append(False)
        return tuple(lasts)

    @staticmethod
    def _make_guard(replacement: str) -> str:
        escaped = re.escape(replacement).replace(re.escape("{class}"), r"[A-Za-z0-9_]+")
        return f"(?!{escaped}|\\\\?[\"']{escaped})"

    def _replacement_for(self, name: str, replacement: str | None) -> str:
        return (replacement or self.replacement).replace("{class}", name)

    def _compile(self, rule: ScrubRule) -> _Compiled:
        regex = re.compile(rule.pattern.replace("{guard}", self._guard))
        return _Compiled(
            rule.name,
            regex,
            self._replacement_for(rule.name, None),
            rule.hints,
            rule.validate,
            rule.keep,
            "value" in regex.groupindex,
            rule.prefilter,
            rule.starts,
            rule.prefilter_chars,
        )

    # -- text

    def scrub_text(self, text: str) -> str:
        """`text` with every enabled class masked (the same object when nothing was)."""
        return self._scrub_text(text, repeat(None))

    def _scrub_text(self, text: str, found: Iterable[bool | None]) -> str:
        """`scrub_text`, told per rule whether `text` holds its hints (or, for a rule with
        `prefilter_chars`, its prefilter): True, False, or None (not known: checked here)."""
        if not self.enabled or not text:
            return text
        original = text
        low: str | None = None
        # `found` (maybe endless) was read from the original text.
        for rule, hit, absence_lasts in zip(self._rules, found, self._absence_lasts, strict=False):
            if text is not original and not (hit is False and absence_lasts):
                hit = None
            if hit is False:
                continue
            if rule.hints and hit is None:
                if low is None:
                    low = text.lower()
                if not any(h in low for h in rule.hints):
                    continue
            try:
                if rule.starts is not None and (
                    text.isascii() or not any(c in text for c in _LOWER_DIFFERS)
                ):
                    if low is None:
                        low = text.lower()
                    scrubbed = _sub_at_starts(rule, self._replacers[id(rule)], text, low)
                else:
                    scrubbed = rule.regex.sub(self._replacers[id(rule)], text)
                if scrubbed != text:  # else keep the same object: callers test identity
                    text = scrubbed
                    low = None
            except RecursionError:  # a pathological user regex: mask the whole value
                return self._replacement_for(rule.name, None)
        return text

    def _replacer(self, rule: _Compiled) -> Callable[[re.Match[str]], str]:
        replacement = rule.replacement

        def replace(m: re.Match[str]) -> str:
            if not rule.has_value:
                return replacement
            start, end = m.span("value")
            if start < 0:
                return m.group(0)
            value = m.group("value")
            # A bare value's closing parentheses that it did not open close what holds it
            # (`Cfg(token=abc)`): they stay, or the text after the mask would not read; so does
            # the colon or stop after them (Databend's `request(client_session_id=<id>): ...`).
            core = value.rstrip(":.")
            if core != value and core.endswith(")") and core.count(")") > core.count("("):
                value, end = core, end - (len(value) - len(core))
            while value.endswith(")") and value.count(")") > value.count("("):
                value, end = value[:-1], end - 1
            if not value:
                return m.group(0)
            if rule.validate is not None and not rule.validate(value):
                # The run may hold the value after a blank or a dash, a number before it
                # (`paid 12 4111111111111111`): a match from a later part, within this one.
                # (Searched up to the run's end only, or a line of numbers that fail the check
                # costs the rest of the line per separator. The run ended where the pattern's
                # lookahead held in the whole text, so a match ending there holds in it too.)
                for k, c in enumerate(value):
                    if c not in " -":
                        continue
                    later = rule.regex.search(m.string, start + k + 1, m.end())
                    if later is not None:
                        offset = m.start()
                        whole = m.group(0)
                        return (
                            whole[: later.start() - offset]
                            + replace(later)
                            + whole[later.end() - offset :]
                        )
                return m.group(0)
            if _PLACEHOLDER.fullmatch(value.strip("\"'")):
                return m.group(0)  # `password=%s` in a message template holds no secret
            if rule.keep is not None and rule.keep(m):
                return m.group(0)
            whole = m.group(0)
            offset = m.start()
            return (
                whole[: start - offset]
                + _keep_quotes(value, replacement, m)
                + whole[end - offset :]
            )

        return replace

    # -- records

    def scrub_mapping(self, mapping: dict[str, Any], *, text: bool = True) -> dict[str, Any]:
        """A copy of `mapping` with the values of secret-named keys masked, whatever they are
        (strings, numbers, nested objects), at any depth, and (with `text`) every other string
        scrubbed as text. With `text=False` only key names decide, which is cheap enough to do
        per record while a later vectorised `scrub_array` pass handles free text."""
        if not self.enabled:
            return mapping
        return self._walk(mapping, text)

    def is_secret_key(self, key: str) -> bool:
        """Whether a field named `key` holds a secret: a user's key anywhere in it, or a secret
        word unless the name ends as one that names something about a secret (`tokenType`)."""
        if self._user_key is not None and self._user_key.search(key) is not None:
            return True
        return self._secret_key.search(key) is not None and NOT_SECRET_KEY_END.search(key) is None

    def _walk(self, value: Any, text: bool) -> Any:
        if isinstance(value, dict):
            out = {}
            for k, v in value.items():
                if (
                    v is not None
                    and v != ""
                    and isinstance(k, str)
                    and self.is_secret_key(k)
                    and not no_secret_value(k, v)
                ):
                    out[k] = self._replacement_for("secret_field", None)
                elif isinstance(v, int) and isinstance(k, str) and ID_LABEL.search(k):
                    out[k] = v  # an id or a handle (`"thread_id": 412345678901233`), no card
                else:
                    out[k] = self._walk(v, text)
            return out
        if isinstance(value, list | tuple):
            return [self._walk(v, text) for v in value]
        if isinstance(value, str):
            return self.scrub_text(value) if text else value
        if (
            self._cards
            and isinstance(value, int)
            and not isinstance(value, bool)
            and looks_like_card(str(value))
        ):
            return self._replacement_for("card", None)
        return value

    # -- columns

    def scrub_array(self, values: Any) -> Any:
        """A pyarrow string array (or chunked array) scrubbed; nulls stay null.

        Work is per distinct value, and Python only sees the values the RE2 prefilter picks,
        so a batch of a million repetitive log lines costs a few vectorised passes."""
        import pyarrow as pa
        import pyarrow.compute as pc

        if not self.enabled:
            return values
        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
        if len(values) == 0 or values.null_count == len(values):
            return values
        encoded = pc.dictionary_encode(values)
        distinct = encoded.dictionary
        candidates = self._candidates(distinct)
        if candidates is not None:
            if not pc.any(candidates).as_py():
                return values
            chosen = pc.filter(distinct, candidates)
        else:
            chosen = distinct
            candidates = pa.array([True] * len(distinct))
        picked = chosen.to_pylist()
        scrubbed = [
            self._scrub_text(v, found)
            for v, found in zip(picked, self._found_per_rule(chosen), strict=True)
        ]
        if all(a is b for a, b in zip(picked, scrubbed, strict=True)):
            return values
        new = pc.replace_with_mask(distinct, candidates, pa.array(scrubbed, type=distinct.type))
        return pc.take(new, encoded.indices)

    def scrub_json_array(self, values: Any) -> Any:
        """`scrub_array` over a column of JSON documents, each still valid JSON after.

        Text scrubbing keeps a JSON value's quotes, but a secret's key can be written inside
        a string (LDAP's `Code 49 \\"Invalid Credentials\\": ` in an `error`), where no
        text rule can tell an escaped quote from a key's: such a row would no longer parse,
        and the store would refuse the whole batch. The few rows that changed are checked;
        one that no longer parses is scrubbed again from its parsed record instead."""
        import pyarrow as pa
        import pyarrow.compute as pc

        scrubbed = self.scrub_array(values)
        if scrubbed is values or not self.enabled:
            return scrubbed
        if isinstance(values, pa.ChunkedArray):
            values = values.combine_chunks()
        changed = pc.fill_null(pc.not_equal(values, scrubbed), False)
        if not pc.any(changed).as_py():
            return scrubbed
        # Only the changed rows (few: those that held a secret) come to Python.
        texts = pc.filter(scrubbed, changed).to_pylist()
        originals = pc.filter(values, changed).to_pylist()
        broken = False
        for i, text in enumerate(texts):
            try:
                orjson.loads(text)
            except orjson.JSONDecodeError:
                try:
                    parsed = orjson.loads(originals[i])
                except orjson.JSONDecodeError:
                    continue  # no JSON before either: the text scrubbed as text stays
                texts[i] = orjson.dumps(self._walk(parsed, True)).decode()
                broken = True
        if not broken:
            return scrubbed
        return pc.replace_with_mask(scrubbed, changed, pa.array(texts, type=scrubbed.type))

    def _found_per_rule(self, values: Any) -> list[tuple[bool | None, ...]]:
        """Per value, per rule: whether the value holds the rule's hints (True, False, or None
        when not known), found with one vectorised RE2 pass per rule instead of a Python
        `in` per hint per value (a third of scrubbing csvlog rows, whose long attributes
        all go through the Python pass).

        Only ASCII values are answered, where this is what `_scrub_text`'s own check finds:
        a hint is in `text.lower()` exactly when it is in the ASCII lower-casing, matched
        case-sensitively (a hint that is not lower-case ASCII is found in neither). A rule
        with `prefilter_chars` is answered by its prefilter, which Python's regex cannot
        match without."""
        import pyarrow as pa
        import pyarrow.compute as pc

        unknown: list[bool | None] = [None] * len(values)
        ascii_ = pc.string_is_ascii(values)
        if not pc.any(ascii_).as_py():
            return list(zip(*(unknown for _ in self._rules), strict=True))
        lowered = pc.ascii_lower(values)
        columns: list[list[bool | None]] = []
        for rule in self._rules:
            try:
                if rule.hints:
                    hit = pc.match_substring_regex(
                        lowered, "|".join(re.escape(h) for h in rule.hints)
                    )
                elif rule.prefilter_chars is not None and rule.prefilter is not None:
                    hit = pc.match_substring_regex(values, rule.prefilter)
                else:
                    columns.append(unknown)
                    continue
            except pa.ArrowInvalid:  # a user's key RE2 cannot read: checked in Python
                columns.append(unknown)
                continue
            columns.append(pc.if_else(ascii_, hit, pa.scalar(None, pa.bool_())).to_pylist())
        return list(zip(*columns, strict=True))

    def _candidates(self, distinct: Any) -> Any:
        import pyarrow as pa
        import pyarrow.compute as pc

        filters = [r.prefilter for r in self._rules]
        if any(f is None for f in filters):
            return None
        try:
            return pc.match_substring_regex(
                distinct, "|".join(f"(?:{f})" for f in filters), ignore_case=True
            )
        except pa.ArrowInvalid:  # a user regex RE2 cannot read: every value is a candidate
            return None


def _sub_at_starts(
    rule: _Compiled, replace: Callable[[re.Match[str]], str], text: str, low: str
) -> str:
    """`rule.regex.sub(replace, text)`, trying the regex only where one of `rule.starts`
    begins in `low` (`text.lower()`, for text without `_LOWER_DIFFERS`) instead of at every
    position.

    Why: the secret_field regex is a case-insensitive alternation of a dozen words, which
    Python's engine tries at each position of the text (16 us for a 64-character message,
    0.4 s for a 1.4 MB line); `str.find` finds the words in a fraction of that. Equal to `sub`:
    every match starts with a word of `rule.starts`, which `low` has at the same offset, so
    the leftmost match at or after a position is the first of those word positions, in order,
    at which `match` succeeds; `match(text, i)` sees the text before `i` as `sub` does (the
    lookbehinds), and scanning goes on from the match's end as `sub` does (a match is never
    empty: it holds its word)."""
    found: set[int] = set()
    for word in rule.starts:  # type: ignore[union-attr]
        i = low.find(word)
        while i >= 0:
            found.add(i)
            i = low.find(word, i + 1)
    if not found:
        return text
    pieces: list[str] = []
    done = 0
    match = rule.regex.match
    for i in sorted(found):
        if i < done:
            continue
        m = match(text, i)
        if m is not None:
            pieces.append(text[done:i])
            pieces.append(replace(m))
            done = m.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


_LOWER_DIFFERS = ("\u0130", "\u0131", "\u017f")
"""The letters for which `str.lower()` does not give what Python's case-insensitive regexes
read them as (`İ` lowers to two characters, `ı` and `ſ` stay, but the regexes read them as `i`
and `s`); text without them has each letter that the regexes read as an ASCII letter at the
same offset in its `lower()` (tests/scrub check this on every code point)."""


# A printf or str.format placeholder where a value would be: a template, not a secret.
_PLACEHOLDER = re.compile(
    r"%(?:\(\w+\))?[-#0 +]*(?:[1-9]\d*)?(?:\.\d+)?[sdrifgeExXoca]|\{\w*(?:![rsa])?\}"
    # ... or a shell's or a config file's variable, to be interpolated (`$DB_PASSWORD`)
    r"|\$[A-Z_][A-Z0-9_]*"
)


def _keep_quotes(value: str, replacement: str, m: re.Match[str]) -> str:
    """The replacement for `value`, keeping the quotes around it (valid JSON stays valid), and
    quoting it when it replaces a bare JSON value (`"pin": 1234`)."""
    for quote in ('\\"', '"', "'"):
        if len(value) >= 2 * len(quote) and value.startswith(quote) and value.endswith(quote):
            return f"{quote}{replacement}{quote}"
    key = m.groupdict().get("key")
    if key is None:
        # A bare value right after a JSON key (`"number": 4111...`) is a JSON number.
        if _JSON_VALUE_START.search(m.string, max(0, m.start() - 64), m.start("value")):
            return f'"{replacement}"'
        return replacement
    if key.endswith('"') and not m.groupdict().get("scheme"):
        return f'\\"{replacement}\\"' if key.endswith('\\"') else f'"{replacement}"'
    return replacement


_JSON_VALUE_START = re.compile(r'(?<!\\)"\s*:\s*$')


def scrub_texts(scrubber: Scrubber, texts: Iterable[str | None]) -> list[str | None]:
    """`scrub_text` over a list, keeping None (for callers without pyarrow at hand)."""
    return [scrubber.scrub_text(t) if t else t for t in texts]
