"""Absorption: a template mined from one token layout that is a spelling of a more general one.

Owns `absorbing(new, known)`, and `spans(template, text)`, which the miner also matches known
templates with. The miner clusters messages of one shape (token count and
separators) at a time, and a value's layout can change a message's shape: a Debian package is
`tzdata` or `libc6:amd64`, its version `2.36-9` or `1:9.2p1-2`, a broker list `zk:2181` or
`zk1:2181,zk2:2181`. Each layout then gets its own template, `Setting up <*> (<*>) ...` and
`Setting up <*>:<*> (<*>:<*>) ...`, and one problem becomes several groups. A template from an
earlier batch already takes such messages (`TemplateMiner._spanning`: a `<*>` matches one or
more tokens); this does the same for the templates one batch mines side by side.

Template A absorbs template B when A's text, each `<*>` standing for one or more characters,
is all of B's, A begins and ends with B's first and last whitespace tokens where those hold no
`<*>`, and each `<*>` of A stands for a span of B that

- holds a `<*>` of B: it covers a value, never constant text alone (`Adding debian:<*>` does not
  absorb a singleton `Adding debian:Foo_Root_CA.pem`, whose tokens no data called variable);
  except a whole token of a name where another span of B lays a value out otherwise (more
  tokens than a `<*>`): B was mined from the messages of a rarer layout, whose cluster saw
  one value there (ActiveJob's `Performing WebhookDeliveryJob ... with arguments: <*>, <*>`,
  one job class passing two arguments, next to `Performing <*> ... with arguments: <*>`);
- holds whole whitespace tokens of masks and punctuation only (`<*>:<*>`, `(<*>)`), never one
  with a word of its own: a different wording (`for <*> from` keeps off `for invalid user <*>
  from`) or a further key (`rhost=<*>` keeps off `rhost=<*> user=<*>`) is another event; but
  for copies of the token of A that `<*>` sits in: more items of a list, each written alike
  (`[<*>:level=0, ]` absorbs `[<*>:level=0, <*>:level=0, ]`, a list's length is a value's);
- cuts into a whitespace token only if that token holds a `<*>`: constant text may sit in the
  span inside a token the data already found varying in part (`<*>:all`);
- or is all of a square bracket's text, several tokens after a word, whatever they hold
  (`_bracket_of_words`): a value the message sets in brackets, whose other values are one
  token (Elasticsearch's `cause [auto(bulk api)]` beside `cause [<*>]`, Tomcat's thread
  `named [<*> housekeeper]` beside `named [<*>]`).

A template that ends with such a bracket of words is absorbed by one that ends with `[<*>]`
too (`bracket_end_heads`, which the miner runs after its other merges), though its last token
is constant: it is part of the bracket's value (a Minecraft server's `<*> has made the
advancement [Getting an Upgrade]` beside `... [<*>]`).

Of several templates that absorb B, the one with the most constant text wins (as in the miner);
a template that is absorbed passes its messages on, through a chain if need be. Pure and
deterministic: the result depends on the sets of templates, never on their order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from errctl.fingerprint.masking import MASK
from errctl.fingerprint.outcomes import failure_word
from errctl.fingerprint.spellings import chain_ends

_WTOKEN = re.compile(r"[^ \t\r\n\f\v]+")
_WORD = re.compile(r"[^\W_]")  # a letter or digit
_LETTER = re.compile(r"[^\W\d_]")
# A separator inside a value that makes it several tokens to the miner (`auto(bulk api)`).
_SEVERAL_TOKENS = re.compile(r"[\s=,;|#(){}<>]|:(?<!::)(?!:)")
# A value a cluster saw once, in place of a `<*>` (`_values_seen_once`): a name, one token;
# qualified by `::` (Ruby's and C++'s namespaces) or `\` (PHP's: Nextcloud's background job
# `OCA\Preview\BackgroundJob\GeneratePreviews`).
_NAME_TOKEN = re.compile(r"[A-Za-z][\w.-]*(?:(?:::|\\)[A-Za-z][\w.-]*)*")
# Past this many candidates sharing both end tokens, a template is left as it is: the check is
# pairwise within a bucket, and a bucket this large is a log of templates with no constant ends
# (`<*> ... <*>`), where spans decide little anyway.
_BUCKET_LIMIT = 500
# Past these, a template absorbs nothing: each span is checked against each token it touches,
# so a pair costs spans times tokens. A mail server's record holds ten values or so (Exim's
# `<= sender H=(helo) [ip] P=esmtpsa X=TLS1.3:cipher:256 CV=no A=plain:user S=size id=...`,
# whose HELO is a name or an address literal, `H=([192.168.5.1])`).
_MAX_SPANS = 12
_MAX_CHARS = 1_000


Ends = tuple[str | None, str | None]


def absorbing(new: Iterable[str], known: Iterable[str]) -> dict[str, str]:
    """{template of `new`: the template that absorbs it}, for each one of `new` absorbed by
    another of `new` or of `known` (never the reverse: known templates stay as they are)."""
    new = set(new)
    by_ends: dict[Ends, list[str]] = defaultdict(list)
    for template in new.union(known):
        if MASK in template:
            by_ends[ends(template)].append(template)
    return absorbing_indexed(new, by_ends)


def absorbing_indexed(new: Iterable[str], by_ends: Mapping[Ends, Sequence[str]]) -> dict[str, str]:
    """`absorbing`, with the templates of `new` and the known ones, those with a `<*>`, given
    by their `ends`: the miner keeps that index as it learns templates, where building it
    again for each batch read every template it knew (0.3 s a batch among 20,000)."""
    into: dict[str, str] = {}
    for template in sorted(set(new)):
        if MASK not in template:
            continue
        bucket = by_ends.get(ends(template), ())
        if len(bucket) > _BUCKET_LIMIT:
            continue
        found = [a for a in bucket if a != template and _absorbs(a, template)]
        if found:
            into[template] = min(found, key=_most_constant_first)
    return chain_ends(into)


def bracket_end_heads(new: Iterable[str], by_ends: Mapping[Ends, Sequence[str]]) -> dict[str, str]:
    """{template of `new`: the template that absorbs it}, for templates that end with a square
    bracket of several tokens (`_bracket_of_words`), by a template of `by_ends` whose last
    token holds a `<*>` (a Minecraft server's `<*> has made the advancement [Getting an
    Upgrade]` beside `... [<*>]`, the advancements of one word or two). `absorbing` compares
    templates with the same last token only, as its definition asks; the miner runs this after
    its other merges, which read a bracket's words in two statements as one value of both
    (`sharedvalues.py`: macOS's `idle exiting pid <*> [Microsoft Teams Helper]` and `killing
    ... (Microsoft Teams Helper)`), before one of them is gone."""
    into: dict[str, str] = {}
    for template in sorted(set(new)):
        key = ends(template)
        if MASK not in template or key[1] is None or not _ends_in_bracket_of_words(template):
            continue
        found = [a for a in _open_ended(by_ends, key) if _absorbs(a, template)]
        if found:
            into[template] = min(found, key=_most_constant_first)
    return into


def _ends_in_bracket_of_words(template: str) -> bool:
    """Whether `template` ends with a square bracket of several tokens (`_bracket_of_words`):
    its last whitespace token is then part of a value, which a template ending in `[<*>]`
    may stand for (a Minecraft server's `<*> has made the advancement [Getting an Upgrade]`
    beside `... [<*>]`, the advancements of one word or two)."""
    if not template.endswith("]"):
        return False
    opening = template.rfind("[")
    return opening > 0 and _bracket_of_words(template, opening + 1, len(template) - 1)


def _open_ended(by_ends: Mapping[Ends, Sequence[str]], key: Ends) -> list[str]:
    """The templates of `by_ends` whose last token holds a `<*>` and whose first is `key`'s
    first (or holds a `<*>` too), but for buckets past `_BUCKET_LIMIT`."""
    first = key[0]
    keys = [(first, None), (None, None)] if first is not None else [(None, None)]
    return [a for k in keys if len(bucket := by_ends.get(k, ())) <= _BUCKET_LIMIT for a in bucket]


def _most_constant_first(template: str) -> tuple[int, str]:
    return (-(len(template) - template.count(MASK) * len(MASK)), template)


def ends(template: str) -> Ends:
    """The first and last whitespace tokens when they hold no `<*>` (else None): an absorbing
    template has the same (the definition above), so templates are compared within these
    buckets only."""
    tokens = template.split()
    if not tokens:
        return None, None
    first, last = tokens[0], tokens[-1]
    return (None if MASK in first else first), (None if MASK in last else last)


def _absorbs(general: str, specific: str) -> bool:
    parts, longest = _pieces(general)
    if len(parts) - 1 > _MAX_SPANS or len(specific) > _MAX_CHARS or longest not in specific:
        return False
    placed = _align(parts, specific)
    if placed is None:
        return False
    tokens = [(m.start(), m.end(), m.group()) for m in _WTOKEN.finditer(specific)]
    holders = _mask_tokens(general)
    constant = []  # spans of constant text alone
    for (start, end), holder in zip(placed, holders, strict=True):
        if _bracket_of_words(specific, start, end):
            continue
        if MASK not in specific[start:end]:
            constant.append((start, end))
            continue
        for s, e, token in tokens:
            if e <= start or s >= end:
                continue
            inside = start <= s and e <= end
            if inside and _item(token) != holder and _WORD.search(token.replace(MASK, " ")):
                # A whole token with constant words of its own: other wording. Unless it is
                # the token the `<*>` sits in, again (but for the list's brackets): one more
                # item of a list (`[<*>:level=0, <*>:level=0, ]` is `[<*>:level=0, ]` with two
                # files).
                return False
            if not inside and MASK not in token:
                return False
    return (
        not constant
        or _values_seen_once(specific, placed, constant)
        or all(_key_value(specific, start, end) for start, end in constant)
    )


# The key before a value (`state=`), and what may end the value: a blank, `,`, `;`, `)`, `]`.
_KEY_BEFORE = re.compile(r"(?:^|[\s,;(\[{])[A-Za-z_][\w.-]{0,63}=\Z")
_VALUE_END = frozenset(" \t,;)]}")


def _key_value(specific: str, start: int, end: int) -> bool:
    """Whether `specific[start:end]` is all of a `key=` pair's value, a name: where the
    general template has `key=<*>`, a value its cluster saw one of (the UniFi controller's
    `state=CONNECTED`, in the messages of devices whose names masking keeps, beside
    `state=<*>` from those whose names it masks: one statement). Not an outcome
    (`status=failed` is another event than `status=<*>`: `outcomes.py`)."""
    value = specific[start:end]
    return (
        _NAME_TOKEN.fullmatch(value) is not None
        and (end == len(specific) or specific[end] in _VALUE_END)
        and _KEY_BEFORE.search(specific, max(0, start - 66), start) is not None
        and not failure_word(value)
    )


def _bracket_of_words(specific: str, start: int, end: int) -> bool:
    """Whether `specific[start:end]` is all of a square bracket's text, of several tokens,
    after a word: a value set in brackets (`_bracketed_values` in the miner), spelt in
    several words, constant (this template's cluster saw one of them) or in part masked.
    Elasticsearch's `cause [auto(bulk api)]` is one of the causes its other messages show
    one token of (`cause [api]`, `cause [rollover_data_stream]`: `cause [<*>]`), and Tomcat's
    thread `named [HikariPool-1 housekeeper]` one of the threads `named [<*>]`."""
    text = specific[start:end].replace(MASK, "x")
    return (
        start > 0
        and end < len(specific)
        and specific[start - 1] == "["
        and specific[end] == "]"
        and "[" not in text
        and "]" not in text
        and _SEVERAL_TOKENS.search(text) is not None
        and _LETTER.search(specific, 0, start - 1) is not None
    )


def _values_seen_once(
    specific: str, placed: list[tuple[int, int]], constant: list[tuple[int, int]]
) -> bool:
    """Whether the spans of constant text alone in `specific` are values its cluster saw one
    of: each a whole whitespace token of a word, while another span lays a value out
    otherwise (more tokens than a `<*>`). Such a template was mined from the messages of a
    rarer layout (ActiveJob's `with arguments: <*>, <*>` for one job class alone), whose
    other values its cluster showed but once (`Performing WebhookDeliveryJob`); a template
    that differs in constant text alone (`Adding debian:Foo_Root_CA.pem`) is not absorbed."""
    if not any(specific[s:e] != MASK and MASK in specific[s:e] for s, e in placed):
        return False
    for start, end in constant:
        if (start and not specific[start - 1].isspace()) or (
            end < len(specific) and not specific[end].isspace()
        ):
            return False  # part of a token
        if not _NAME_TOKEN.fullmatch(specific[start:end]):
            return False
    return True


@lru_cache(maxsize=10_000)
def _mask_tokens(template: str) -> tuple[str, ...]:
    """The whitespace token each `<*>` of `template` sits in, as a list item (`_item`), in
    order (once per `<*>`)."""
    return tuple(_item(t) for t in _WTOKEN.findall(template) for _ in range(t.count(MASK)))


def _item(token: str) -> str:
    """A token without the brackets that open or close a list around it (`[a,` and `b]`)."""
    return token.lstrip("([{").rstrip(")]}")


def spans(template: str, text: str) -> list[tuple[int, int]] | None:
    """The spans of `text` that the `<*>` of `template` stand for (each one character or
    more), or None when `template` does not match all of `text`: what a regex of the template
    with `(.+?)` for each `<*>` finds, in linear time (`_align`)."""
    return _align(_pieces(template)[0], text)


def _align(parts: tuple[str, ...], text: str) -> list[tuple[int, int]] | None:
    """The spans of `text` that the `<*>` between `parts` (a template's constant pieces) stand
    for, each piece found at its earliest place after the span before it (one character at
    least); None when the pieces do not all fit. Linear in the text: a regex of `(.+?)` groups
    does the same but, when the text ends otherwise, tries every placement of every piece (a
    power of the text's length)."""
    first, last = parts[0], parts[-1]
    if not text.startswith(first) or not text.endswith(last):
        return None
    placed = []
    pos = len(first)
    for piece in parts[1:-1]:
        found = text.find(piece, pos + 1)
        if found < 0:
            return None
        placed.append((pos, found))
        pos = found + len(piece)
    end = len(text) - len(last)
    if end <= pos:
        return None
    placed.append((pos, end))
    return placed


@lru_cache(maxsize=10_000)
def _pieces(template: str) -> tuple[tuple[str, ...], str]:
    """A template's constant pieces around its `<*>`, and the longest of them (a cheap test
    that rules most candidates out). Cached: shared, so a tuple."""
    parts = tuple(template.split(MASK))
    return parts, max(parts, key=len)
