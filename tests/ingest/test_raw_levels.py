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
    inferred = "coalesce(attributes->>'level_inferred', 'false')"
    rows = stored_events(tmp_path, RAW, f"line, level, message, {inferred}")
    assert [(r[0], r[1], r[3]) for r in rows] == [
        (1, "error", "false"),
        (2, "warning", "false"),
        (3, "warning", "false"),
        (4, "critical", "false"),
        (5, "error", "true"),  # no level word at its start, but an error word in it
        (6, None, "false"),
        (7, None, "false"),
        (8, None, "false"),  # an error rate is no error
    ]
    assert rows[0][2] == "ERROR: could not open config /etc/x.conf"  # the message stays whole
