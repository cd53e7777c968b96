"""Fitting a listing of groups to a width: which columns stay, how much room the title gets,
and titles that can still be told apart once cut.

A listing (`errctl groups`, the text report's group tables) has fixed columns, then the title,
which is what a reader scans for. Each listing gives its layouts from the widest to the
narrowest (the lesser columns shortened, then dropped); `pick` takes the first that leaves
the title its share of the width. Plain text in, plain text out: the terminal code and the
report both use it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence

from errctl.query.groups import common_prefix

MIN_TITLE = 24
"""A title gets at least this many columns when the layouts allow it: enough to read which
problem a row is, where 10 or 20 columns read as `acme-worker.servic…` on every row."""


MIN_TELLABLE = 16
"""Below this many columns a title is only cut: two parts of it would be too short to read."""


def title_need(width: int, longest: int, share: float = 2 / 5) -> int:
    """The columns a title should get on a line `width` wide: its `share` of it (at least
    MIN_TITLE), and never more than the longest title needs."""
    return max(1, min(longest, max(MIN_TITLE, int(width * share + 1e-9))))


def pick(before_title: Sequence[int], width: int, need: int) -> int:
    """The index of the first (widest) layout whose columns before the title, `before_title`
    wide, leave it `need` columns of `width`; the narrowest when none does."""
    for i, used in enumerate(before_title):
        if width - used >= need:
            return i
    return len(before_title) - 1


def cut(text: str, room: int) -> str:
    """`text` in `room` columns: whole, or cut with `…`."""
    if len(text) <= room:
        return text
    return text[: max(0, room - 1)] + "…"


def tellable(
    titles: Sequence[str],
    details: Sequence[str | None],
    room: int | None = None,
    origins: Callable[[list[int]], Mapping[int, str]] | None = None,
) -> list[str]:
    """The titles as a listing shows them, `room` columns wide (None: whole), such that two
    different groups never read the same.

    Rows whose shown titles read the same, or the same but for their digits (the invoice
    number in the value of the event each group took its title from says nothing of why two
    groups are two), get what tells them apart, the first of:
    - where their whole titles differ in more than digits (past the cut), the title from the
      word where they part, after the first third of the title and a `…`;
    - where their details (the message logged with the exception) differ in more than
      digits, the row's detail, in parentheses;
    - what `origins(rows)`, if given, says of each (where its exception came from:
      errctl.query.culprit.origins), in parentheses;
    - where the shown titles are the very same but the whole titles differ (in digits: `HTTP
      500` and `HTTP 502` past the cut), the title from the word where they part.
    Rows that stay alike (nothing tells them apart but their id) are left as they are."""
    shown = [t if room is None else cut(t, room) for t in titles]
    if room is not None and room < MIN_TELLABLE:
        return shown  # no room for two parts of a title: `th… 5…` tells nothing
    alike: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(shown):
        alike[_fold(text)].append(i)
    out = list(shown)
    for rows in alike.values():
        if len(rows) < 2:
            continue
        # By title: rows whose whole titles differ in more than digits.
        same_title: dict[str, list[int]] = defaultdict(list)
        for i in rows:
            others = [titles[j] for j in rows if _fold(titles[j]) != _fold(titles[i])]
            if others:
                out[i] = _tail(titles[i], others, room)
            else:
                same_title[_fold(titles[i])].append(i)
        for alike_rows in same_title.values():
            # By detail, then, among rows of one detail, by origin.
            by_detail: dict[str, list[int]] = defaultdict(list)
            for i in alike_rows:
                by_detail[_fold(details[i] or "")].append(i)
            told = len(by_detail) > 1
            for pending in by_detail.values():
                words = origins(pending) if origins is not None and len(pending) > 1 else {}
                for i in pending:
                    said = [w for w in (details[i] if told else None, words.get(i)) if w]
                    if said:
                        out[i] = _join(titles[i], f"({'; '.join(said)})", room, whole_head=True)
                        continue
                    others = [titles[j] for j in pending if titles[j] != titles[i]]
                    if others and any(shown[j] == shown[i] for j in pending if j != i):
                        out[i] = _tail(titles[i], others, room)
    return out


_DIGITS = re.compile(r"[0-9]+")


def _fold(text: str) -> str:
    """`text` with every run of digits read as one `0`."""
    return _DIGITS.sub("0", text)


def alike_but_digits(titles: Sequence[str], details: Sequence[str | None]) -> list[list[int]]:
    """The sets of two or more rows whose titles and details are the same but for digits:
    the rows `tellable` asks `origins` of, when it is given them."""
    sets: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (title, detail) in enumerate(zip(titles, details, strict=True)):
        sets[(_fold(title), _fold(detail or ""))].append(i)
    return [rows for rows in sets.values() if len(rows) > 1]


_CLAUSE_BREAK = " \t:;,"
"""Characters where a title's next part begins: `NullPointerException: Cannot invoke ...`
parts from `NullPointerException` at its colon, and what tells it apart is after it."""


def _tail(title: str, others: Sequence[str], room: int | None) -> str:
    """`title` shown from the word where it parts from the most like it of `others`. A title
    that is the start of another has no word of its own to show: it is shown as it is, and
    the other's tail tells the two apart (both showed the word back from the parting, cut
    inside a long token: `java.lang… ang.NullPointerE…` on both rows)."""
    parted = max(common_prefix(title, o) for o in others)
    if parted >= len(title):
        return title if room is None else cut(title, room)
    start = parted
    while start < len(title) and title[start] in _CLAUSE_BREAK:
        start += 1
    if start == parted or start == len(title):
        start = _word_start(title, parted)
    return _join(title, title[start:], room)


def _join(title: str, tail: str, room: int | None, *, whole_head: bool = False) -> str:
    if room is None:
        return f"{title}  {tail}" if whole_head else title
    # A long tail leaves the title its first third; a short one, all the room it does not need.
    head = max(1, room // 3) if len(tail) + 2 > room * 2 // 3 else room - len(tail) - 2
    if whole_head and len(title) <= head:
        return cut(f"{title} {tail}", room)
    return cut(f"{title[:head]}… {tail}", room)


def _word_start(text: str, at: int, back: int = 24) -> int:
    """The start of the word holding position `at`, looking back at most `back` characters
    (a token as long as `INV-2026-004411` is read whole)."""
    start = at
    while start > 0 and at - start < back and not text[start - 1].isspace():
        start -= 1
    return start
