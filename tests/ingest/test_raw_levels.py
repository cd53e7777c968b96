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


CI_OUTPUT = """\
npm ERR! code ELIFECYCLE
gyp WARN install got an error, rolling back install
npm error code E404
npm warn config production Use `--omit=dev` instead.
npm notice New major version of npm available! 10.8.2 -> 11.0.0
##[error]Process completed with exit code 2.
::warning file=app/main.py,line=3,col=1::unused import os
##vso[task.logissue type=error;sourcepath=src/app.ts]Cannot find name 'foo'.
[WARNING]: Could not match supplied host pattern, ignoring: dbservers
npmx is a word that starts like a heading
"""


def test_ci_tools_level_prefixes_are_the_level(tmp_path: Path):
    # npmlog's heading and level (npm, node-gyp), workflow commands as a CI job log prints them
    # (GitHub Actions, Azure Pipelines), Ansible's `[WARNING]:`; the message stays whole.
    inferred = "coalesce(attributes->>'level_inferred', 'false')"
    rows = stored_events(tmp_path, CI_OUTPUT, f"line, level, {inferred}, message")
    assert [r[:3] for r in rows] == [
        (1, "error", "false"),
        (2, "warning", "false"),
        (3, "error", "false"),
        (4, "warning", "false"),
        (5, "info", "false"),
        (6, "error", "false"),
        (7, "warning", "false"),
        (8, "error", "false"),
        (9, "warning", "false"),
        (10, None, "false"),
    ]
    assert rows[0][3] == "npm ERR! code ELIFECYCLE"
    # The workflow command's properties are attributes (tests/ingest/test_tool_output.py).
    assert rows[6][3] == "unused import os"


XORG_JOURNAL = """\
Mar  2 14:05:09 ws1 Xorg[877]: (EE) Failed to load module "nv" (module does not exist, 0)
Mar  2 14:05:09 ws1 Xorg[877]: (WW) Falling back to old probe method for fbdev
Mar  2 14:05:09 ws1 Xorg[877]: (WW) VGA arbiter: cannot open kernel arbiter, no multi-card support
Mar  2 14:05:09 ws1 Xorg[877]: (II) modeset(0): Disabling kernel dirty updates, not required.
Mar  2 14:05:09 ws1 Xorg[877]: (==) modeset(0): Backing store enabled
Mar  2 14:05:09 ws1 Xorg[877]: (??) unknown type, error words decide
Mar  2 14:05:09 ws1 Xorg[877]: (see above) no type
"""


def test_xorg_message_types_are_the_level(tmp_path: Path):
    # Rootless Xorg's lines in the journal: the X server's message type says the level, even
    # where the words would say otherwise (a warning that "cannot open", an info "not required").
    inferred = "coalesce(attributes->>'level_inferred', 'false')"
    rows = stored_events(tmp_path, XORG_JOURNAL, f"line, level, {inferred}, message")
    assert [r[:3] for r in rows] == [
        (1, "error", "false"),
        (2, "warning", "false"),
        (3, "warning", "false"),
        (4, "info", "false"),
        (5, "info", "false"),
        (6, "error", "true"),
        (7, None, "false"),
    ]
    assert rows[0][3] == '(EE) Failed to load module "nv" (module does not exist, 0)'
