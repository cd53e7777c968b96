"""Template mining: which tokens of masked messages are variables, decided by the data.

Owns `TemplateMiner`, which turns DISTINCT masked messages (`masking.py` output) into templates.
Promises:

- Cost grows with the number of distinct masked messages, never with events: the caller
  deduplicates, so a million repetitive events cost what their few thousand distinct messages
  cost. Pure Python, no I/O, deterministic: the result never depends on the order of the input.
- Stability: a template in `known` (or mined earlier by the same miner) never changes, and a
  new message it matches gets it (`<*>` matches one or more tokens; when several match, the one
  with the most constant text wins, so `for <*> from` does not swallow
  `for invalid user <*> from` when both are known).
- One default configuration for every log; the knobs are keyword arguments with defaults.

How variables are found (`_Cluster`):

1. Tokens are split finer than whitespace: `=`, `:`, `,`, `;`, `|`, `#` and brackets separate
   tokens too, so `status=404` and `user:58` are key and value. Separators are part of the
   message's shape and stay constant.
2. Messages with the same shape (token count and separators) are grouped by their most
   characteristic constant tokens: for each message, its tokens' frequencies across the shape
   group are computed, the frequency most of its tokens share marks the template's own
   constants (a variable's values are rarer than the text around them, a word shared with other
   templates is more frequent), and messages agreeing on those tokens form a cluster.
3. Inside a cluster, a position whose values vary is a variable when it takes many values
   (`min_variable_values`, default 4: identifiers, user names) or holds a masked value; with
   fewer it is a small vocabulary (`FOLLOWING`/`LEADING`, `opened`/`closed`), and the cluster
   splits on it instead. (Numbers were settled by masking: small integers after an
   enumeration key such as `HTTP` or `status=` stay, all others are masked.)
4. Runs of adjacent variables collapse into one `<*>`, so a value that spans a varying number of
   tokens is one variable; known templates match such spans.
"""

from __future__ import annotations

import gc
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import repeat
from operator import ge, itemgetter

import pyarrow as pa
import pyarrow.compute as pc

from errctl.fingerprint.masking import DEFAULT_RULES, MASK, MaskRule, mask_array

# Separators between tokens: whitespace, key/value glue, list and group punctuation. `.`, `/`
# and `-` are not separators: they sit inside names (`org.apache.Foo`, `and/or`, `x-request`).
# `<` and `>` separate tokens too (`<memory:1024>`), except as the ends of MASK. (Every
# alternative starts with a character, the lookbehind comes after its `>`: `re` then skips ahead
# to the characters that can start a separator, which makes splitting faster.)
_SPLIT = re.compile(r"([=:,;|#\[\](){}]|[ \t\r\n\f\v]+|<(?!\*>)|>(?<!<\*>))")
_COLLAPSE = re.compile(r"<\*>(?:[ \t]*<\*>)+")
_BLANKS = re.compile(r"[ \t\r\n\f\v]+")
# What `_shape` normalises: a blank other than a space, or a run of blanks.
_NOT_ONE_SPACE = re.compile(r"[\t\r\n\f\v]|  ")
_ENUM_VALUE = re.compile(r"[-+]?\d{1,3}")


def _split(message: str) -> tuple[list[str], list[str]]:
    """Tokens and the separators after each (one fewer), `<*>` kept as one token."""
    pieces = _SPLIT.split(message)
    return pieces[0::2], pieces[1::2]


def _render(words: Sequence[str], seps: Sequence[str]) -> str:
    out = [words[0]]
    for sep, word in zip(seps, words[1:], strict=True):
        out.append(sep)
        out.append(word)
    return _COLLAPSE.sub(MASK, "".join(out))


def _template_regex(template: str) -> re.Pattern[str]:
    parts = template.split(MASK)
    return re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL)


class TemplateMiner:
    """Assigns templates to distinct masked messages; see the module docstring."""

    def __init__(self, known: Iterable[str] = (), *, min_variable_values: int = 4) -> None:
        self.min_variable_values = min_variable_values
        self._templates: dict[str, None] = {}  # insertion-ordered set
        # Positional index for one-token-per-`<*>` matches: shape -> [(words, template)].
        self._by_shape: dict[tuple, list[tuple[list[str], str]]] = defaultdict(list)
        # Fallback for `<*>` spanning several tokens: literal prefix -> [(regex, template)].
        self._by_prefix: dict[str, list[tuple[re.Pattern[str], int, str]]] = defaultdict(list)
        self._prefix_lengths: list[int] = []
        # Messages already assigned (bounded): a message seen in an earlier batch costs a lookup.
        self._seen: dict[str, str] = {}
        for template in known:
            self._add(template)

    @property
    def templates(self) -> list[str]:
        return list(self._templates)

    # ----------------------------------------------------------------- known templates

    def _add(self, template: str) -> None:
        if template in self._templates:
            return
        self._templates[template] = None
        if MASK not in template:
            return
        words, seps = _split(template)
        first = words[0] if words[0] != MASK else ""
        self._by_shape[(_shape(seps), first)].append((words, template))
        prefix = template.split(MASK, 1)[0]
        n_constants = sum(1 for w in words if w and w != MASK)
        self._by_prefix[prefix].append((_template_regex(template), n_constants, template))
        self._prefix_lengths = sorted({len(p) for p in self._by_prefix})

    def _match_known(
        self, message: str, words: list[str], shape: str, spans: bool = True
    ) -> str | None:
        if message in self._templates:
            return message
        best: tuple[int, str] | None = None
        for first in {words[0], ""}:
            for t_words, template in self._by_shape.get((shape, first), ()):
                if all(t in (MASK, w) for t, w in zip(t_words, words, strict=True)):
                    key = (len(template) - template.count(MASK) * len(MASK), template)
                    if best is None or _better(key, best):
                        best = key
        if best is not None or not spans:
            return None if best is None else best[1]
        # A `<*>` spanning several tokens: only for templates whose constant tokens are at least
        # half of the message's, so that a mostly variable template (`<*> started`) does not
        # swallow unrelated messages. Candidates are found by their literal prefix.
        constants = sum(1 for w in words if w and w != MASK)
        for length in self._prefix_lengths:
            if length > len(message):
                break
            for regex, n_constants, template in self._by_prefix.get(message[:length], ()):
                if 2 * n_constants >= constants and regex.fullmatch(message):
                    key = (len(template) - template.count(MASK) * len(MASK), template)
                    if best is None or _better(key, best):
                        best = key
        return None if best is None else best[1]

    # ----------------------------------------------------------------- assignment

    def assign(self, masked: Sequence[str]) -> list[str]:
        """A template for each distinct masked message, in the same order."""
        with _gc_paused():
            return self._assign(masked)

    def _assign(self, masked: Sequence[str]) -> list[str]:
        result: dict[str, str] = {}
        # New messages are clustered by shape, in sorted order, so that the order of the input
        # never changes the outcome.
        by_shape: dict[tuple, dict[str, list[str]]] = defaultdict(dict)
        seen = self._seen
        for message in masked:
            if message in result:
                continue
            hit = seen.get(message)
            if hit is None:
                pieces = _SPLIT.split(message)
                words = pieces[0::2]
                shape = _shape(pieces[1::2])
                hit = self._match_known(message, words, shape) if self._templates else None
                if hit is None:
                    by_shape[shape][message] = words
                    result[message] = ""  # placeholder: clustered below
                    continue
            result[message] = hit

        for shape in sorted(by_shape):
            group = by_shape[shape]
            items = [(m, group[m], shape) for m in sorted(group)]
            for members, template in self._cluster(items):
                # Same template text mined before: reuse it. Spans are not tried here: a
                # cluster found by the data keeps its own template.
                words, seps = _split(template)
                existing = self._match_known(template, words, _shape(seps), spans=False)
                template = existing if existing is not None else template
                self._add(template)
                for message in members:
                    result[message] = template
        if len(seen) < _SEEN_LIMIT:
            seen.update(result)
        return [result[m] for m in masked]

    def _cluster(
        self, group: list[tuple[str, list[str], list[str]]]
    ) -> list[tuple[list[str], str]]:
        """Templates for messages of one shape: [(member messages, template), ...]."""
        # Column-wise (one pass per token position, in C where it can be): each token's
        # frequency at its position across the shape group.
        columns = list(zip(*(words for _, words, _ in group), strict=True))
        count_columns = []
        for column in columns:
            first = column[0]
            if column.count(first) == len(column):
                # One value (constant text, or masks only): no need to count by hashing.
                count_columns.append([0 if first == MASK else len(column)] * len(column))
                continue
            freq = Counter(column)
            freq.pop(MASK, None)  # a mask is never a constant: count 0 below
            count_columns.append(list(map(freq.get, column, repeat(0))))
        # Each message's constant level; many messages share one pattern of counts.
        row_levels = list(map(_Levels().__getitem__, zip(*count_columns, strict=True)))
        # A message's cluster key: its tokens at or above its level, the rest masked (a
        # message of masks only, level 0, keeps them all). Built column by column too.
        key_columns = [
            # A column whose every token is at or above its message's level (most constant
            # text) is its own key column.
            column
            if all(map(ge, counts, row_levels))
            else [
                w if c >= lv else MASK for w, c, lv in zip(column, counts, row_levels, strict=True)
            ]
            for column, counts in zip(columns, count_columns, strict=True)
        ]
        clusters: dict[tuple[str, ...], list[tuple[str, list[str], str]]] = defaultdict(list)
        for item, key in zip(group, zip(*key_columns, strict=True), strict=True):
            clusters[key].append(item)
        out: list[tuple[list[str], str]] = []
        for key in sorted(clusters):
            self._split_cluster(list(key), clusters[key], out)
        return out

    def _split_cluster(
        self,
        key: list[str],
        members: list[tuple[str, list[str], list[str]]],
        out: list[tuple[list[str], str]],
    ) -> None:
        template = list(key)
        vocab: list[tuple[int, int]] = []  # (distinct values, position) of small vocabularies
        member_words = None
        for p, k in enumerate(key):
            if k != MASK:
                continue
            if member_words is None:
                member_words = [words for _, words, _ in members]
            values = set(map(itemgetter(p), member_words))
            # Masking left a small integer only where it follows an enumeration key (`HTTP/1.1
            # 500`, `status=404`): such values are kinds of problem, never a variable.
            enumeration = all(_ENUM_VALUE.fullmatch(v) for v in values)
            if len(values) == 1:
                template[p] = next(iter(values))
            elif not enumeration and (MASK in values or len(values) >= self.min_variable_values):
                template[p] = MASK
            else:
                vocab.append((len(values), p))
        if vocab:
            _, p = min(vocab)
            parts: dict[str, list[tuple[str, list[str], list[str]]]] = defaultdict(list)
            for item in members:
                parts[item[1][p]].append(item)
            for value in sorted(parts):
                sub_key = list(key)
                sub_key[p] = value
                self._split_cluster(sub_key, parts[value], out)
            return
        # The first member's own separators (not the shape's normalised blanks).
        seps = _split(members[0][0])[1]
        out.append(([m for m, _, _ in members], _render(template, seps)))


_SEEN_LIMIT = 200_000


def _shape(seps: Sequence[str]) -> str:
    """The separators in order, any run of blanks counting as one blank (hashable)."""
    joined = "\x00".join(seps)
    # Most separators are one space or punctuation already: a search costs less than a rewrite.
    return _BLANKS.sub(" ", joined) if _NOT_ONE_SPACE.search(joined) else joined


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection inside: mining allocates a few lists and tuples per token
    and makes no reference cycles, so the collector's passes over a large batch's (growing)
    heap are pure cost (a tenth of mining time at a million events)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class _Levels(dict[tuple[int, ...], int]):
    """`_constant_level` of each pattern of counts, computed once per pattern."""

    def __missing__(self, counts: tuple[int, ...]) -> int:
        level = self[counts] = _constant_level(counts)
        return level


def _by_count_then_level(item: tuple[int, int]) -> tuple[int, int]:
    return item[1], item[0]


def _constant_level(counts: tuple[int, ...]) -> int:
    """The frequency most of a message's tokens share marks its template's own constants; ties
    go to the higher frequency (more messages agree). 0: every token is a mask."""
    tally = Counter(counts)
    tally.pop(0, None)
    if not tally:
        return 0
    return max(tally.items(), key=_by_count_then_level)[0]


def _better(a: tuple[int, str], b: tuple[int, str]) -> bool:
    """More constant text wins; equal: the smaller string, for determinism."""
    return a[0] > b[0] or (a[0] == b[0] and a[1] < b[1])


def explain(masked: str, template: str) -> list[tuple[int, str]]:
    """The tokens of `masked` that `template` turns into variables: [(token index, token), ...].

    Positional, so it answers for templates that use one token per `<*>`; for a `<*>` that
    spans several tokens it reports the tokens in the span.
    """
    words, _ = _split(masked)
    t_words, _ = _split(template)
    if len(words) == len(t_words):
        return [(i, w) for i, (t, w) in enumerate(zip(t_words, words, strict=True)) if t == MASK]
    regex = _template_regex(template)
    match = re.fullmatch(regex.pattern.replace(".+?", "(.+?)"), masked, re.DOTALL)
    if match is None:
        return []
    spans = [match.span(i + 1) for i in range(len(match.groups()))]
    out: list[tuple[int, str]] = []
    pos = 0
    for i, w in enumerate(words):
        start = masked.find(w, pos)
        if any(a <= start < b for a, b in spans):
            out.append((i, w))
        pos = start + len(w)
    return out


MINE_CHARS = 16_384
"""Templates read a message's first MINE_CHARS characters; a longer message is cut there and
ends in ` <*>`. Real messages are far shorter; a hostile one (a 1 MiB line of 260,000 tokens)
would otherwise cost the miner seconds to hours, one column of counts per token. Messages this
long made their own groups anyway."""

_CUT_MARK = " " + MASK


def bounded_message(message: str) -> str:
    """What the template of `message` is made from (see MINE_CHARS)."""
    return message if len(message) <= MINE_CHARS else message[:MINE_CHARS] + _CUT_MARK


def _bounded(messages: pa.Array | pa.ChunkedArray) -> pa.Array | pa.ChunkedArray:
    if isinstance(messages, pa.ChunkedArray):
        messages = messages.combine_chunks()
    # Counting bytes reads only the offsets; characters are counted (and rows cut) only where
    # there are more bytes than MINE_CHARS: every row costs as much as masking otherwise.
    long = pc.fill_null(pc.greater(pc.binary_length(messages), MINE_CHARS), False)
    if not pc.any(long).as_py():
        return messages
    long = pc.replace_with_mask(
        long, long, pc.greater(pc.utf8_length(pc.filter(messages, long)), MINE_CHARS)
    )
    if not pc.any(long).as_py():
        return messages
    cut = pc.binary_join_element_wise(
        pc.utf8_slice_codeunits(pc.filter(messages, long), 0, MINE_CHARS), _CUT_MARK, ""
    )
    return pc.replace_with_mask(messages, long, cut)


def mine_column(
    messages: pa.Array | pa.ChunkedArray,
    miner: TemplateMiner,
    rules: tuple[MaskRule, ...] = DEFAULT_RULES,
) -> pa.Array:
    """Templates for a column of messages: masked once per distinct message, mined once per
    distinct masked message, then spread back to every row."""
    masked = mask_array(_bounded(messages), rules)
    encoded = pc.dictionary_encode(masked)
    mined = miner.assign(encoded.dictionary.to_pylist())
    return pc.take(pa.array(mined, pa.string()), encoded.indices)
