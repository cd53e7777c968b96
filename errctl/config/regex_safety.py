"""Refusing user regexes that can take exponential time (catastrophic backtracking).

Owns `dangerous_construct(pattern)`: why a pattern is dangerous, or None. User patterns
(`--pattern`, a source's `pattern`, scrub patterns, severity `re:` rules) run in Python's
backtracking `re` over text that strangers write, so one bad pattern must not let a log line
stall ingest. The check is static, on the parsed pattern, and refuses the two shapes behind
nearly all catastrophic cases:

- a repeat inside an unbounded repeat: `(a+)+`, `(.*)*`, `(\\w+\\s?)*`;
- an unbounded repeat over alternatives that can start with the same character: `(a|aa)+`,
  `(\\w|\\d)*` (the engine may split a run between the branches in exponentially many ways).

Possessive repeats and atomic groups (`(?:a+)++`, `(?>...)`) never backtrack and are allowed,
as are repeats over alternatives that start differently (`(?:[^"\\\\]|\\\\.)*`, the usual way to
read a quoted string). Chosen over a per-line time budget because Python cannot interrupt a
running `re` call without a process per line, and over a length cap alone because a nested
quantifier is exponential: no cap small enough to help would keep real lines whole. What stays
possible is polynomial (`\\d+\\d+x`), bounded by the 1 MiB line cap (docs/security.md).
"""

from __future__ import annotations

import re

try:  # Python 3.11+: the parser moved, the old name still works with a warning
    import re._constants as _c
    import re._parser as _parser
except ImportError:  # pragma: no cover
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT}


def dangerous_construct(pattern: str) -> str | None:
    """Why `pattern` risks exponential backtracking, or None. Assumes it compiles."""
    try:
        parsed = _parser.parse(pattern)
    except (re.error, RecursionError):
        return None  # the compile check reports it
    return _walk(list(parsed), inside_unbounded=False)


def _walk(items: list, inside_unbounded: bool, delimiters: tuple[_Chars, ...] = ()) -> str | None:
    """`delimiters`: characters every iteration of the enclosing unbounded repeat must match
    once; an inner repeat that can consume none of one of them cannot blur two iterations."""
    for op, av in items:
        if op in _REPEATS:
            low, high, body = av
            body = list(body)
            varies = low != high or _can_vary(body)
            if (
                inside_unbounded
                and high > 1
                and varies
                and not any(not d.overlaps(_all_chars(body)) for d in delimiters)
            ):
                return "a repeated group inside a repeated group, such as (a+)+ or (.*)*"
            unbounded = high == _c.MAXREPEAT or high > 100
            if unbounded and _overlapping_branches(body):
                return "a repeat over alternatives that can match the same text, such as (a|aa)+"
            if unbounded and varies:
                found = _walk(body, True, _required_chars(body))
            else:
                found = _walk(body, inside_unbounded, delimiters)
            if found:
                return found
        elif op == getattr(_c, "POSSESSIVE_REPEAT", object()) or op == getattr(
            _c, "ATOMIC_GROUP", object()
        ):
            continue  # never backtracks into
        elif op == _c.SUBPATTERN:
            found = _walk(list(av[-1]), inside_unbounded, delimiters)
            if found:
                return found
        elif op == _c.BRANCH:
            for branch in av[1]:
                found = _walk(list(branch), inside_unbounded, delimiters)
                if found:
                    return found
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            found = _walk(list(av[1]), inside_unbounded, delimiters)
            if found:
                return found
    return None


def _required_chars(items: list) -> tuple[_Chars, ...]:
    """The single-character elements every match of `items` contains (`\\.` in `[a-z]+\\.`)."""
    while len(items) == 1 and items[0][0] == _c.SUBPATTERN:
        items = list(items[0][1][-1])
    single = (_c.LITERAL, _c.IN, _c.NOT_LITERAL)
    required = []
    for op, av in items:
        if op in single:
            required.append(_first_chars([(op, av)]))
        elif op in _REPEATS and av[0] >= 1 and len(av[2]) == 1 and av[2][0][0] in single:
            required.append(_first_chars(list(av[2])))  # `[ \t]+`: at least one of them
    return tuple(required)


def _all_chars(items: list) -> _Chars:
    """Every character a match of `items` can contain (approximate: larger, never smaller)."""
    out = _Chars(frozenset())
    for op, av in items:
        if op in (_c.LITERAL, _c.IN, _c.NOT_LITERAL):
            out = out.union(_first_chars([(op, av)]))
        elif op in _REPEATS:
            out = out.union(_all_chars(list(av[2])))
        elif op == _c.SUBPATTERN:
            out = out.union(_all_chars(list(av[-1])))
        elif op == _c.BRANCH:
            for branch in av[1]:
                out = out.union(_all_chars(list(branch)))
        elif op not in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # those consume nothing
            return _ANY
    return out


def _can_vary(items: list) -> bool:
    """Whether these items can match text of more than one length (a repeat, a branch)."""
    for op, av in items:
        if op in _REPEATS and av[0] != av[1]:
            return True
        if op in _REPEATS and _can_vary(list(av[2])):
            return True
        if op == _c.SUBPATTERN and _can_vary(list(av[-1])):
            return True
        if op == _c.BRANCH:
            return True
    return False


def _overlapping_branches(items: list) -> bool:
    """An alternation in the body whose branches can start with the same character (an empty
    branch, as the parser writes `a|aa`, overlaps everything)."""
    while len(items) == 1 and items[0][0] == _c.SUBPATTERN:
        items = list(items[0][1][-1])
    for op, av in items:
        if op != _c.BRANCH:
            continue
        seen: list[_Chars] = []
        for branch in av[1]:
            first = _first_chars(list(branch))
            if any(first.overlaps(other) for other in seen):
                return True
            seen.append(first)
    return False


_CATEGORIES = {
    _c.CATEGORY_DIGIT: frozenset(range(48, 58)),
    _c.CATEGORY_WORD: frozenset([*range(48, 58), *range(65, 91), *range(97, 123), 95]),
    _c.CATEGORY_SPACE: frozenset(b" \t\n\r\f\v"),
}


class _Chars:
    """A set of characters, or its complement (`negated`): what a match can start with."""

    __slots__ = ("chars", "negated")

    def __init__(self, chars: frozenset[int], negated: bool = False) -> None:
        self.chars = chars
        self.negated = negated

    def union(self, other: _Chars) -> _Chars:
        if self.negated and other.negated:
            return _Chars(self.chars & other.chars, negated=True)
        if self.negated:
            return _Chars(self.chars - other.chars, negated=True)
        if other.negated:
            return _Chars(other.chars - self.chars, negated=True)
        return _Chars(self.chars | other.chars)

    def overlaps(self, other: _Chars) -> bool:
        if self.negated and other.negated:
            return True
        if self.negated:
            return bool(other.chars - self.chars)
        if other.negated:
            return bool(self.chars - other.chars)
        return bool(self.chars & other.chars)


_ANY = _Chars(frozenset(), negated=True)


def _first_chars(items: list) -> _Chars:
    """What a match of `items` can start with (approximate: larger, never smaller)."""
    if not items:
        return _ANY  # an empty branch: overlaps whatever follows
    op, av = items[0]
    if op == _c.LITERAL:
        return _Chars(frozenset([av]))
    if op == _c.NOT_LITERAL:
        return _Chars(frozenset([av]), negated=True)
    if op == _c.IN:
        chars: set[int] = set()
        negated = False
        for kind, value in av:
            if kind == _c.NEGATE:
                negated = True
            elif kind == _c.LITERAL:
                chars.add(value)
            elif kind == _c.RANGE and value[1] - value[0] <= 4096:
                chars.update(range(value[0], value[1] + 1))
            elif kind == _c.CATEGORY and value in _CATEGORIES:
                chars.update(_CATEGORIES[value])
            elif not negated:
                return _ANY  # a class too large or too odd to list (\W, \S, a wide range)
        return _Chars(frozenset(chars), negated)
    if op == _c.SUBPATTERN:
        return _first_chars(list(av[-1]))
    if op in _REPEATS:
        return _ANY if av[0] == 0 else _first_chars(list(av[2]))
    if op == _c.BRANCH:
        firsts = [_first_chars(list(b)) for b in av[1]]
        if any(f.negated for f in firsts):
            return _ANY
        return _Chars(frozenset().union(*(f.chars for f in firsts)))
    return _ANY
