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


_GLOB_CHARS = "*?["


def source_glob(value: str) -> str:
    """The glob `--source VALUE` and `source:VALUE` match paths with: VALUE when it is a glob,
    else any path that holds it (`api` finds /var/log/api/app.log)."""
    return value if any(c in value for c in _GLOB_CHARS) else f"*{value}*"


def describe_source(glob: str) -> str:
    """`no stored event's source contains other.log`: the value as it was typed, never the
    glob `source_glob` made of it (`*other.log*` is not what the user wrote)."""
    inner = glob[1:-1]
    if len(glob) > 2 and glob[0] == glob[-1] == "*" and not any(c in inner for c in _GLOB_CHARS):
        return f"no stored event's source contains {inner}"
    return f"no stored event's source matches {glob}"


def unmatched_sources(store: Any, patterns: Iterable[str]) -> list[str]:
    """The --source globs that no stored event's source path matches."""
    from errctl.models import EventFilter

    return [p for p in dict.fromkeys(patterns) if not store.count_events(EventFilter(sources=(p,)))]
