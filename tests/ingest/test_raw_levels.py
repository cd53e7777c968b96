"""Lines no format reads say their level when they open with one (what programs print)."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.stored import stored_events

RAW = """\
ERROR: could not open config /etc/x.conf
Warning: Using a password on the command line interface can be insecure.
[WARN] slow disk
FATAL: the database system is shutting down
Errors happen: a word that starts like one is not one
Note: a word that is no level
e: a short alias is too often something else
Error rate is 0.1%
"""


def test_a_leading_level_word_with_a_colon_or_brackets_is_the_level(tmp_path: Path):
    rows = stored_events(tmp_path, RAW, "line, level, message")
    assert [(r[0], r[1]) for r in rows] == [
        (1, "error"),
        (2, "warning"),
        (3, "warning"),
        (4, "critical"),
        (5, None),
        (6, None),
        (7, None),
        (8, None),
    ]
    assert rows[0][2] == "ERROR: could not open config /etc/x.conf"  # the message stays whole
