"""Attack strings built from a regex's own structure: for each repetition in the pattern, the
text that leads up to it (a *prefix*), a string its body matches, to be repeated (a *pump*),
and a character that spoils the match after the pumped run.

That is how catastrophic backtracking is found by hand (prefix, pump, spoiler): a pattern is
slow where a long run can be split between its repetitions in many ways and the match then
fails. tests/regex_inventory.py's fixed fragments (runs of spaces, digits, `a=`, ...) and its
near-misses (real matches cut short) miss a repetition whose body no fragment matches, and a
repetition that no corpus line reaches; these are read off the parsed pattern, so a regex added
next year gets its own. Only what `re` itself parses is read (`re._parser`, the parser the
`re` module compiles with), never the pattern's text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from re import _constants as sre
from re import _parser

# Characters tried where a pattern admits any but some (a negated class, `[^"]`, `.`), and as
# spoilers: separators, quotes, brackets, a letter, a digit.
CANDIDATES = " a1-_.:/=\"'\t@,;[]{}()<>Z|\\"
SPOILERS = ("\x00", "!")
MAX_CHOICES = 3  # representatives of one character class
MAX_EXAMPLES = 3  # strings kept per sub-pattern
MAX_PUMPS = 16  # attack strings per regex

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_CATEGORY_CHARS = {
    "DIGIT": "1",
    "NOT_DIGIT": "a",
    "SPACE": " ",
    "NOT_SPACE": "a",
    "WORD": "a",
    "NOT_WORD": "-",
    "LINEBREAK": "\n",
    "NOT_LINEBREAK": "a",
}
_CATEGORY_TESTS = {
    "DIGIT": str.isdigit,
    "SPACE": str.isspace,
    "WORD": lambda c: c.isalnum() or c == "_",
    "LINEBREAK": lambda c: c == "\n",
}


def _category(arg: object) -> str:
    """`CATEGORY_UNI_DIGIT` -> `DIGIT`: the kind, whatever the flags."""
    return str(arg).removeprefix("CATEGORY_").removeprefix("UNI_").removeprefix("LOC_")


def _in_category(kind: str, ch: str) -> bool:
    negated = kind.startswith("NOT_")
    test = _CATEGORY_TESTS.get(kind.removeprefix("NOT_"), lambda c: False)
    return test(ch) != negated


def _class_holds(items: Sequence[tuple], ch: str) -> bool:
    """Whether the character class `items` (an `IN`'s argument) matches `ch`."""
    negate = False
    holds = False
    for op, arg in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            holds |= ord(ch) == arg
        elif op is sre.RANGE:
            holds |= arg[0] <= ord(ch) <= arg[1]
        elif op is sre.CATEGORY:
            holds |= _in_category(_category(arg), ch)
    return holds != negate


def _class_choices(items: Sequence[tuple]) -> list[str]:
    """A few characters the class matches: each literal and each range's ends, a category's
    typical character, or, negated, candidates it does not exclude."""
    if any(op is sre.NEGATE for op, _ in items):
        found = [c for c in CANDIDATES if _class_holds(items, c)]
    else:
        found = []
        for op, arg in items:
            if op is sre.LITERAL:
                found.append(chr(arg))
            elif op is sre.RANGE:
                found += [chr(arg[0]), chr(arg[1])]
            elif op is sre.CATEGORY:
                found.append(_CATEGORY_CHARS.get(_category(arg), "a"))
    return list(dict.fromkeys(found))[:MAX_CHOICES]


def _item_examples(op: object, arg: object) -> list[str]:
    """Strings one parsed item matches (at most `MAX_EXAMPLES`; `[""]` for what matches no
    text: anchors, look-arounds, back-references)."""
    if op is sre.LITERAL:
        return [chr(arg)]  # type: ignore[arg-type]
    if op is sre.NOT_LITERAL:
        return [next(c for c in CANDIDATES if ord(c) != arg)]
    if op is sre.ANY:
        return ["a", " "]
    if op is sre.IN:
        return _class_choices(arg) or [""]  # type: ignore[arg-type]
    if op is sre.BRANCH:
        out: list[str] = []
        for alternative in arg[1]:  # type: ignore[index]
            out += examples(alternative)
        return list(dict.fromkeys(out))[:MAX_EXAMPLES] or [""]
    if op is sre.SUBPATTERN:
        return examples(arg[3])  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return examples(arg)  # type: ignore[arg-type]
    if op in _REPEATS:
        low, _, body = arg  # type: ignore[misc]
        return [e * max(low, 1) for e in examples(body)]
    return [""]


def examples(items: Sequence[tuple]) -> list[str]:
    """Strings the sequence `items` matches: the first of each item's examples, then each
    item's other examples in turn with the others' first."""
    per_item = [_item_examples(op, arg) for op, arg in items]
    first = "".join(e[0] for e in per_item)
    out = [first]
    for i, choices in enumerate(per_item):
        for choice in choices[1:]:
            out.append("".join(choice if j == i else e[0] for j, e in enumerate(per_item)))
            if len(out) >= MAX_EXAMPLES:
                return out
    return out


def _children(op: object, arg: object) -> Iterator[Sequence[tuple]]:
    if op is sre.BRANCH:
        yield from arg[1]  # type: ignore[index]
    elif op is sre.SUBPATTERN:
        yield arg[3]  # type: ignore[index]
    elif op is sre.ATOMIC_GROUP:
        yield arg  # type: ignore[misc]
    elif op in _REPEATS:
        yield arg[2]  # type: ignore[index]
    elif op in (sre.ASSERT, sre.ASSERT_NOT):
        yield arg[1]  # type: ignore[index]


def _walk(items: Sequence[tuple], lead: str) -> Iterator[tuple[str, str]]:
    """(prefix, pump) for every repetition in `items` that may repeat a varying number of
    times, more than once (`x+`, `x{1,8}`; not `x{2}`), reached after `lead`."""
    for i, (op, arg) in enumerate(items):
        before = lead + "".join(_item_examples(o, a)[0] for o, a in items[:i])
        if op in _REPEATS and arg[1] > max(arg[0], 1):  # type: ignore[index]
            for pump in examples(arg[2]):  # type: ignore[index]
                if pump:
                    yield before, pump
        for child in _children(op, arg):
            yield from _walk(child, before)


def pumps(regex: re.Pattern[str]) -> list[tuple[str, str]]:
    """Distinct (prefix, pump) pairs for `regex`, at most `MAX_PUMPS`, the outermost first."""
    try:
        parsed = _parser.parse(regex.pattern, regex.flags)
    except (re.error, RecursionError):
        return []
    return list(dict.fromkeys(_walk(list(parsed), "")))[:MAX_PUMPS]


def pumped_inputs(regex: re.Pattern[str], size: int) -> dict[str, str]:
    """Named `size`-character attack strings: each prefix, its pump repeated, then a spoiler."""
    inputs = {}
    for i, (prefix, pump) in enumerate(pumps(regex)):
        for spoiler in SPOILERS:
            room = max(0, size - len(prefix) - len(spoiler))
            run = (pump * (room // len(pump) + 1))[:room]
            inputs[f"pump {i} {pump[:12]!r} + {spoiler!r}"] = prefix + run + spoiler
    return inputs
