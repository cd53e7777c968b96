"""Names given to --service and --host that no stored event has: a filter by them keeps
nothing, which an empty table does not tell apart from "nothing happened" (a typo such as
`--service biling` looks like a quiet service). What to do about it is the caller's: a hint
beside the empty answer, or a refusal where an empty answer would pass a check (the gate)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class UnknownName:
    option: str  # "service" or "host"
    value: str
    close: tuple[str, ...]  # stored names like it, the closest first


def unknown_names(
    store: Any, services: Iterable[str] = (), hosts: Iterable[str] = ()
) -> list[UnknownName]:
    """The values of `services` and `hosts` that no stored event has, each with the stored
    names close to it (difflib's ratio, case folded: `API` is close to `api`)."""
    out: list[UnknownName] = []
    for option, given in (("service", services), ("host", hosts)):
        values = list(dict.fromkeys(given))
        if not values:
            continue
        stored = store.distinct_values(option)
        known = set(stored)
        for value in values:
            if value not in known:
                out.append(UnknownName(option, value, tuple(close_names(value, stored))))
    return out


def close_names(value: str, stored: list[str], n: int = 3) -> list[str]:
    """Up to `n` of `stored` that look like `value`, the closest first."""
    by_fold: dict[str, str] = {}
    for name in stored:
        by_fold.setdefault(name.casefold(), name)
    matches = difflib.get_close_matches(value.casefold(), list(by_fold), n=n, cutoff=0.6)
    return [by_fold[m] for m in matches]


def describe(name: UnknownName) -> str:
    """`no stored event's service is biling (did you mean billing?)`."""
    text = f"no stored event's {name.option} is {name.value}"
    if name.close:
        text += f" (did you mean {' or '.join(name.close)}?)"
    return text


def unmatched_sources(store: Any, patterns: Iterable[str]) -> list[str]:
    """The --source globs that no stored event's source path matches."""
    from errctl.models import EventFilter

    return [p for p in dict.fromkeys(patterns) if not store.count_events(EventFilter(sources=(p,)))]
