"""The values any message's masking would take in a template a format writes itself.

A format that names its events (a compiler's diagnostic, a firewall's record) masks what it
knows is a value, a quoted name, a field's value, and the rest of the text is as the tool
wrote it: numbers, addresses and ids there are values too, or `Line too long (126 > 88)` is a
group per length. Formats sit below fingerprinting (DESIGN's layers), so this is the small
part of `fingerprint.masking` that such text needs, not the masking itself.

Owns `mask_values`.
"""

from __future__ import annotations

import re

MASK = "<*>"

# A value standing alone (not inside a word, a path or a dotted name): a UUID, an IPv4
# address with its port, a hex number, a number with its fraction and unit (`12ms`, `3.5MB`,
# `45%`), a version's dotted numbers.
_VALUE = re.compile(
    r"(?<![\w.:/-])(?:"
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|(?:\d{1,3}\.){3}\d{1,3}(?::\d{1,5})?"
    r"|0x[0-9a-fA-F]{1,64}"
    r"|[-+]?\d{1,32}(?:[.,]\d{1,32}){0,8}(?:[a-zA-Z%]{1,3})?"
    r")(?![\w.:/-])"
)


def mask_values(text: str) -> str:
    """`text` with the values that stand alone in it masked (module docstring)."""
    return _VALUE.sub(MASK, text) if any(c.isdigit() for c in text) else text
