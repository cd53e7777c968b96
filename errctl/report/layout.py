"""Fitting a listing of groups to a width: which columns stay, how much room the title gets,
and titles that can still be told apart once cut.

A listing (`errctl groups`, the text report's group tables) has fixed columns, then the title,
which is what a reader scans for. Each listing gives its layouts from the widest to the
narrowest (the lesser columns shortened, then dropped); `pick` takes the first that leaves
the title its share of the width. Plain text in, plain text out: the terminal code and the
report both use it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

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
    titles: Sequence[str], details: Sequence[str | None], room: int | None = None
) -> list[str]:
    """The titles as a listing shows them, `room` columns wide (None: whole), such that two
    different groups never read the same.

    Rows whose shown titles are the same get the part that tells them apart: where the whole
    titles differ (past the cut: `...(invoice INV-2026-004411)`), the title from the word
    where they part, after the first third of the title and a `…`; where the titles are the
    same throughout (one exception raised from two places), the row's detail (the message
    logged with it), in parentheses. Rows that stay alike (nothing tells them apart but their
    id) are left as they are."""
    shown = [t if room is None else cut(t, room) for t in titles]
    if room is not None and room < MIN_TELLABLE:
        return shown  # no room for two parts of a title: `th… 5…` tells nothing
    alike: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(shown):
        alike[text].append(i)
    out = list(shown)
    for rows in alike.values():
        if len(rows) < 2:
            continue
        for i in rows:
            title = titles[i]
            others = [titles[j] for j in rows if titles[j] != title]
            if others:
                parted = max(common_prefix(title, o) for o in others)
                out[i] = _join(title, title[_word_start(title, parted) :], room)
                continue
            detail = details[i]
            if detail and any(details[j] != detail for j in rows):
                out[i] = _join(title, f"({detail})", room, whole_head=True)
    return out


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
