"""Masking: the variable parts of a message (ids, numbers, addresses) become `<*>`.

The rules are data (DESIGN.md convention 5): an ordered list of named classes, each a regular
expression written in the subset that both RE2 (Arrow's vectorised kernels, used on the hot
path) and Python's `re` (used by `explain`, per message) read the same way. The classes are
joined into one alternation so a message is scanned once; earlier classes win where they
overlap. `<*>` is never matched by any class, so masking is idempotent.

Hot path: `mask_array` deduplicates first (real logs repeat whole messages) and runs one
vectorised RE2 pass over the distinct messages only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pyarrow as pa
import pyarrow.compute as pc

MASK = "<*>"


@dataclass(frozen=True, slots=True)
class MaskRule:
    name: str
    pattern: str


# Order matters: specific shapes before the catch-all `numeric` class, which masks any token
# that carries a digit (`job-2uLbxVaq`, `12ms`, `v1.2.3`), because ids that mix letters and
# digits are what splits one problem into thousands of groups.
DEFAULT_RULES: tuple[MaskRule, ...] = (
    MaskRule(
        "uuid", r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    ),
    MaskRule("email", r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"),
    MaskRule("url", r"[a-zA-Z][a-zA-Z0-9+.-]*://[^\s\"'<>]+"),
    MaskRule("ipv4", r"\d{1,3}(?:\.\d{1,3}){3}(?::\d{1,5})?"),
    MaskRule("hex", r"0[xX][0-9a-fA-F]+|[0-9a-fA-F]*[0-9][0-9a-fA-F]*[a-fA-F][0-9a-fA-F]*"),
    MaskRule("quoted", r"\"[^\"]*\"|'[^'\s][^']*'"),
    MaskRule("numeric", r"[A-Za-z_.+/-]*[0-9][A-Za-z0-9_.:/+-]*"),
)


def combined_pattern(rules: tuple[MaskRule, ...] = DEFAULT_RULES) -> str:
    return "|".join(f"(?:{r.pattern})" for r in rules)


@lru_cache(maxsize=8)
def _python_regex(rules: tuple[MaskRule, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?P<{r.name}>{r.pattern})" for r in rules))


def mask_message(message: str, rules: tuple[MaskRule, ...] = DEFAULT_RULES) -> str:
    """The template of one message (the same result `mask_array` gives, one at a time)."""
    return _python_regex(rules).sub(MASK, message)


def explain_masks(
    message: str, rules: tuple[MaskRule, ...] = DEFAULT_RULES
) -> list[tuple[str, str]]:
    """Which tokens were masked and by which class, in message order: [(class, token), ...]."""
    return [(m.lastgroup or "?", m.group(0)) for m in _python_regex(rules).finditer(message)]


def mask_array(messages: pa.Array, rules: tuple[MaskRule, ...] = DEFAULT_RULES) -> pa.Array:
    """Templates for a column of messages, vectorised; nulls stay null."""
    if isinstance(messages, pa.ChunkedArray):
        messages = messages.combine_chunks()
    encoded = pc.dictionary_encode(messages)
    templates = pc.replace_substring_regex(encoded.dictionary, combined_pattern(rules), MASK)
    return pc.take(templates, encoded.indices)
