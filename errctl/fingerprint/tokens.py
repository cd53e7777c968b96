"""Tokens of masked messages, and messages grouped by their shape (mining's first step).

A message is split finer than whitespace (`split_tokens`): `=`, `:`, `,`, `;`, `|`, `#`,
brackets and blanks separate tokens, and the separators in order are the message's shape
(`shape_of`), constant for every message of one template. `tokenize_by_shape` does this for a
whole batch, without a regex for the messages whose separators are one character each. The
small spelling tests that the miner's judgements share (a letter, a word, a sentence's end)
live here too. Pure functions, no state.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from itertools import compress

from errctl.fingerprint.masking import MASK

# Separators between tokens: whitespace, key/value glue, list and group punctuation. `.`, `/`
# and `-` are not separators: they sit inside names (`org.apache.Foo`, `and/or`, `x-request`).
# `<` and `>` separate tokens too (`<memory:1024>`), except as the ends of MASK. (Every
# alternative starts with a character, the lookbehind comes after its `>`: `re` then skips ahead
# to the characters that can start a separator, which makes splitting faster.) A colon of `::`
# is no separator: `ActionMailer::MailDeliveryJob`, `std::vector`, `tokio::net` name one thing
# (a Ruby, C++ or Rust path), a value as a whole.
_SPLIT = re.compile(r"([=,;|#\[\](){}]|:(?<!::)(?!:)|[ \t\r\n\f\v]+|<(?!\*>)|>(?<!<\*>))")
COLLAPSE = re.compile(r"<\*>(?:[ \t]*<\*>)+")
_BLANKS = re.compile(r"[ \t\r\n\f\v]+")
# What `shape_of` normalises: a blank other than a space, or a run of blanks.
_NOT_ONE_SPACE = re.compile(r"[\t\r\n\f\v]|  ")

# Messages whose every separator is one character (`_plain`) are tokenized without a regex:
# a whole shape group at once, by turning separators into spaces and splitting on spaces.
_ONE_CHAR_SEPARATORS = "=:,;|#[](){}"
_TO_SPACE = str.maketrans(_ONE_CHAR_SEPARATORS, " " * len(_ONE_CHAR_SEPARATORS))
# Deleting everything but separators (and the newlines that join messages) leaves a message's
# separators: its shape.
_NOT_SEPARATOR = bytes(b for b in range(256) if chr(b) not in _ONE_CHAR_SEPARATORS + " \n")
_OTHER_BLANKS = "\t\r\f\v"
# Messages are checked for plainness this many at a time (one check for the chunk joined).
_PLAIN_CHUNK = 64


# A list of pairs separated by `;` (`_tail_start`): the `;` before the last pair's key, and a
# pair of the segment before it (a key after a blank, a `;` or the start, and a value).
_LIST_KEY = re.compile(r";[ \t]*[^\W\d][\w.-]*=(?=[^=\s])")
_PAIR_IN_SEGMENT = re.compile(r"(?<![^ \t;])[^\W\d][\w.-]*=[^=\s]")


def _tail_start(message: str) -> int:
    """Where the value of the last pair of a `key=value ; key=value` list starts, when that
    value runs to the end of the message and holds a separator; else -1.

    Such a value is one token (`split_tokens`): the list's last value is the rest of the line,
    whatever its words. sudo logs `alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ;
    COMMAND=/usr/bin/apt update` and `... ; COMMAND=/bin/systemctl restart nginx.service`:
    split at its blanks, each command's arguments made a shape of their own, and the users
    of one statement were spread over a dozen shape groups, never enough in one to be a
    variable. Only after a `;` that closes a pair (a lone `failure; logname= uid=0` is a
    sentence, then pairs split at blanks), and only on one line."""
    if ";" not in message or "\n" in message:
        return -1
    last = None
    for last in _LIST_KEY.finditer(message):  # noqa: B007 (the last one is wanted)
        pass
    if last is None:
        return -1
    semi = last.start()
    if _PAIR_IN_SEGMENT.search(message, message.rfind(";", 0, semi) + 1, semi) is None:
        return -1
    start = last.end()
    return start if _SPLIT.search(message, start) else -1


# A `key=value` value of words joined by `|` (`cmd=config|set`, `flags=O_RDONLY|O_CLOEXEC`,
# `events=r|w`): a set of flags or a command written by one `%s`, one token. Split at its bars,
# a value of two flags made a shape of its own, apart from the same statement's one-flag values
# (Redis's `Client closed connection ... cmd=set` and `... cmd=client|kill`). Only after an `=`
# and up to a blank or the end: a bar before another `=` parts pairs (`a=1|b=2`).
_BAR_VALUE = re.compile(r"(?<==)[^\s=,;|#\[\](){}<>:]+(?:\|[^\s=,;|#\[\](){}<>:]+)+(?=[ \t,;]|\Z)")
_HIDDEN_BAR = "\x1f"  # no separator; a message that holds one keeps its bars as they are


def _bars_hidden(message: str) -> str | None:
    """`message` with the bars of its `|`-joined values (`_BAR_VALUE`) hidden from `_SPLIT`;
    None when it has none."""
    if "|" not in message or "=" not in message or _HIDDEN_BAR in message:
        return None
    if _BAR_VALUE.search(message) is None:
        return None
    return _BAR_VALUE.sub(lambda m: m.group().replace("|", _HIDDEN_BAR), message)


def split_tokens(message: str) -> tuple[list[str], list[str]]:
    """Tokens and the separators after each (one fewer), `<*>` kept as one token, the last
    value of a `;` list of pairs as one token (`_tail_start`), and a value of `|`-joined words
    too (`_BAR_VALUE`)."""
    start = _tail_start(message)
    head = message if start < 0 else message[:start]
    hidden = _bars_hidden(head)
    pieces = _SPLIT.split(head if hidden is None else hidden)
    words = pieces[0::2]
    if hidden is not None:
        words = [word.replace(_HIDDEN_BAR, "|") for word in words]
    if start >= 0:
        words[-1] = message[start:]  # the empty token after the key's `=`
    return words, pieces[1::2]


def render_tokens(words: Sequence[str], seps: Sequence[str]) -> str:
    out = [words[0]]
    for sep, word in zip(seps, words[1:], strict=True):
        out.append(sep)
        out.append(word)
    return COLLAPSE.sub(MASK, "".join(out))


# The punctuation a token may end with (the tokeniser keeps dots inside names, so a sentence's
# `.` stays on its last word), and the part of it that ends a sentence.
END_PUNCTUATION = ".,;:!?"
SENTENCE_END = ".!?"

# The first character of a blank separator.
BLANK_START = frozenset(" \t")

# A letter of any script (a word has one; a number or a mask has none).
LETTER = re.compile(r"[^\W\d_]")


def slot_separator(sep: str) -> str:
    """A separator as a word slot's context reads it: any run of blanks is one blank."""
    return sep if sep.strip() else " "


def is_word(value: str) -> bool:
    """A word: a letter, no mask."""
    return MASK not in value and LETTER.search(value) is not None


# New messages by shape: shape -> [(message, its tokens)], in no particular order.
ShapeGroups = dict[str, list[tuple[str, Sequence[str]]]]


def tokenize_by_shape(messages: list[str]) -> ShapeGroups:
    """Tokens of each message, by shape.

    A plain message (see `_plain`) is tokenized without a regex: its separators are one
    character each, so deleting every other character leaves its shape, and the messages of
    one shape, joined by spaces, with separators turned into spaces and split on spaces, give
    their tokens in a row, the same count for each. Other messages, and plain ones that end
    in a list's last value (`_tail_start`), are split by `split_tokens`.
    """
    groups: ShapeGroups = defaultdict(list)
    plain, other = _partition_plain(messages)
    if any(";" in message for message in plain):
        # A list's last value is one token (`_tail_start`), whatever separators it holds.
        tails = [_tail_start(message) >= 0 if ";" in message else False for message in plain]
        other += compress(plain, tails)
        plain = [message for message, tail in zip(plain, tails, strict=True) if not tail]
    if any("|" in message for message in plain):
        # A value of `|`-joined words is one token (`_BAR_VALUE`).
        bars = [_bars_hidden(message) is not None for message in plain]
        other += compress(plain, bars)
        plain = [message for message, bar in zip(plain, bars, strict=True) if not bar]
    if plain:
        shapes = "\n".join(plain).encode().translate(None, _NOT_SEPARATOR).decode().split("\n")
        by_separators: dict[str, list[str]] = defaultdict(list)
        for message, separators in zip(plain, shapes, strict=True):
            by_separators[separators].append(message)
        for separators, members in by_separators.items():
            n = len(separators) + 1
            tokens = iter(" ".join(members).translate(_TO_SPACE).split(" "))
            rows = zip(*[tokens] * n, strict=False)  # n tokens at a time
            groups["\x00".join(separators)] += zip(members, rows, strict=True)
    for message in other:
        words, seps = split_tokens(message)
        groups[shape_of(seps)].append((message, words))
    return groups


def _partition_plain(messages: list[str]) -> tuple[list[str], list[str]]:
    """(plain messages, the others). Checked a chunk of messages at a time: a chunk that is
    plain as a whole, joined by newlines, is plain message by message."""
    plain: list[str] = []
    other: list[str] = []
    for start in range(0, len(messages), _PLAIN_CHUNK):
        chunk = messages[start : start + _PLAIN_CHUNK]
        if _plain("\n".join(chunk), len(chunk)):
            plain += chunk
            continue
        for message in chunk:
            (plain if _plain(message) else other).append(message)
    return plain, other


def _plain(text: str, lines: int = 1) -> bool:
    """Whether every separator in `text` (`lines` messages joined by newlines) is one character,
    which `_SPLIT` splits off alone: ASCII, no blank but single spaces (a newline only between
    messages), `<` and `>` only as the ends of MASK (every `<` starts one, every `>` ends one),
    no `::` (a path's, inside a token)."""
    return (
        text.isascii()
        and "::" not in text
        and text.count("\n") == lines - 1
        and "  " not in text
        and not any(blank in text for blank in _OTHER_BLANKS)
        and text.count("<") == text.count(MASK) == text.count(">")
    )


def shape_of(seps: Sequence[str]) -> str:
    """The separators in order, any run of blanks counting as one blank (hashable)."""
    joined = "\x00".join(seps)
    # Most separators are one space or punctuation already: a search costs less than a rewrite.
    return _BLANKS.sub(" ", joined) if _NOT_ONE_SPACE.search(joined) else joined
