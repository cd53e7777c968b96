"""Which of a message's tokens are its template's own constants, by how often its shape group
shows each (mining's second step, `TemplateMiner._cluster`).

A variable's values are rarer than the text around them and a word shared with other templates
is more frequent, so the frequency most of a message's tokens share marks its template's
constants (`constant_level`); a value of a column with many values is a variable's however its
count happens to fall (`mark_rare_values`), and `ConstantLevels` computes each pattern of counts
once.
"""

from __future__ import annotations

from collections import Counter

from errctl.fingerprint.masking import MASK

# A column with at least this many distinct values across its shape group is some template's
# variable (package, user or file names), whatever else shares the position.
MANY_VALUES = 8


def mark_rare_values(freq: Counter[str]) -> bool:
    """Turns `freq` (a column's count of each value) into the counts the constant level is
    taken from, and returns whether it made any value rare.

    A mask is never a constant: it is dropped (count 0). In a column of many values
    (`MANY_VALUES`), a value seen fewer times than the column has values is a variable's
    value, not a constant: its count is made negative (rare), and `ConstantLevels` decides.
    dpkg's `status <state> <package>:<arch> <version>` has hundreds of packages, a few seen
    four or five times each, and a package whose count happened to equal its state's
    (`triggers-awaited`, 5) made a template of its own."""
    freq.pop(MASK, None)
    distinct = len(freq)
    if distinct < MANY_VALUES:
        return False
    rare = False
    for value, count in freq.items():
        if count < distinct:
            freq[value] = -count
            rare = True
    return rare


class ConstantLevels(dict[tuple[int, ...], int]):
    """`constant_level` of each pattern of counts, computed once per pattern; `whole`: the
    patterns whose rare values (negative, `mark_rare_values`) were read as constants.

    A message's rare values are read as variables (0) when they are at most as many as its
    other unmasked tokens: then the rest of the message says which template it is (`status
    triggers-awaited <package>:<*>`). A message made mostly of rare values (a sentence logged
    once, in a shape group of other sentences) keeps their counts: read as variables, it would
    be all variable but for a shared `...`."""

    def __init__(self) -> None:
        super().__init__()
        self.whole: set[tuple[int, ...]] = set()

    def __missing__(self, counts: tuple[int, ...]) -> int:
        read = counts
        if min(counts) < 0:
            if sum(1 for c in counts if c < 0) <= sum(1 for c in counts if c > 0):
                read = tuple(c if c > 0 else 0 for c in counts)
            else:
                read = tuple(map(abs, counts))
                self.whole.add(counts)
        level = self[counts] = constant_level(read)
        return level


def _by_count_then_level(item: tuple[int, int]) -> tuple[int, int]:
    return item[1], item[0]


def constant_level(counts: tuple[int, ...]) -> int:
    """The frequency most of a message's tokens share marks its template's own constants; ties
    go to the higher frequency (more messages agree). 0: every token is a mask."""
    tally = Counter(counts)
    tally.pop(0, None)
    if not tally:
        return 0
    return max(tally.items(), key=_by_count_then_level)[0]
