"""Terminal escape sequences in log text: services that colour their output
(`\x1b[31mERROR\x1b[0m`) write it into files, container logs and the journal as well, where the
colour codes would hide the timestamp and level from every format and split one message into
several templates. Owns `without_escapes`, which readers apply to every line and the JSON
fields to journald's byte-array messages."""

from __future__ import annotations

import re

# ECMA-48 control sequences (colours, cursor moves: `ESC [ ... final`), operating system
# commands (`ESC ] ... BEL`, terminal titles and hyperlinks) and two-character escapes.
_ESCAPE = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?|[@-Z\\-_])")


def without_escapes(text: str) -> str:
    """`text` without terminal escape sequences; `text` itself when it has none."""
    return _ESCAPE.sub("", text) if "\x1b" in text else text
