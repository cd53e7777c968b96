"""Terminal escape sequences (a service's coloured output) are taken off every line read, so
formats see the line a person sees; offsets stay those of the raw bytes."""

from __future__ import annotations

import io
from pathlib import Path

import orjson
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.escapes import as_shown, overdrawn, without_escapes
from errctl.formats.jsonl import FORMAT as JSON
from errctl.ingest.readers import iter_lines
from tests.ingest.stored import stored_events

RED, DIM, RESET = "\x1b[31m", "\x1b[2m", "\x1b[0m"
COLOURED = (
    f"{DIM}2024-11-29 10:00:00,123{RESET} - app.db - {RED}ERROR{RESET} - query failed\n"
    f"{DIM}2024-11-29 10:00:01,123{RESET} - app.web - INFO - ok\x1b]0;title\x07\n"
)


def test_escapes_are_taken_off_and_offsets_kept():
    raw = COLOURED.encode() + b"\x00tail " + RED.encode() + b"x\n"  # a NUL: the per-line path
    lines = list(iter_lines(io.BytesIO(raw), 0, 1))
    assert [line.text for line in lines] == [
        "2024-11-29 10:00:00,123 - app.db - ERROR - query failed",
        "2024-11-29 10:00:01,123 - app.web - INFO - ok",
        "tail x",
    ]
    assert [line.end for line in lines] == [
        len(COLOURED.splitlines(keepends=True)[0].encode()),
        len(COLOURED.encode()),
        len(raw),
    ]


def test_a_character_sets_designation_is_an_escape_too():
    # `tput sgr0` writes `ESC ( B` before `ESC [m`: scripts that colour their lines with tput
    # left it at the end of every message.
    line = "\x1b[34m[BACKEND][2024-06-05 06:00:00] GET /api/_health/ 200\x1b(B\x1b[m"
    assert without_escapes(line) == "[BACKEND][2024-06-05 06:00:00] GET /api/_health/ 200"
    assert without_escapes("a\x1b)0b") == "ab"


def test_a_coloured_python_log_is_read_as_python(tmp_path: Path):
    rows = stored_events(tmp_path, COLOURED, "line, level, logger, message, format")
    assert rows == [
        (1, "error", "app.db", "query failed", "python"),
        (2, "info", "app.web", "ok", "python"),
    ]


def test_docker_and_journald_payloads_lose_their_escapes_too(tmp_path: Path):
    record = {
        "log": f"{RED}ERROR{RESET} db down\n",
        "stream": "stderr",
        "time": "2024-11-29T10:00:00Z",
    }
    text = "".join(orjson.dumps(record).decode() + "\n" for _ in range(3))
    assert stored_events(tmp_path, text, "message")[0] == ("ERROR db down",)
    journal = {"PRIORITY": "3", "MESSAGE": list(f"{RED}db down{RESET}\n".encode())}
    assert JSON.parse(orjson.dumps(journal).decode()).message == "db down"


@given(st.text(alphabet=st.sampled_from(["\x1b", "[", "]", "3", "1", "m", ";", "\x07", "a", " "])))
def test_without_escapes_only_removes_and_only_where_there_is_an_escape(text):
    out = without_escapes(text)
    rest = iter(text)
    assert all(c in rest for c in out)  # what is left is the text, in order, minus some parts
    if "\x1b" not in text:
        assert out == text
    assert without_escapes(f"a{RED}b{RESET}{text}") == "ab" + out


def test_a_gitlab_ci_trace_loses_its_section_markers(tmp_path: Path):
    # GitLab CI's job trace: a section marker, then a carriage return and an erase of the line
    # (which a terminal never shows), then the section's coloured header.
    trace = (
        "section_start:1764244802:step_script\r\x1b[0K\x1b[0K\x1b[36;1mExecuting "
        '"step_script" stage of the job script\x1b[0;m\n'
        "\x1b[32;1m$ npm ci\x1b[0;m\n"
        "section_end:1764244810:step_script\r\x1b[0K\n"
        "\x1b[31;1mERROR: Job failed: exit code 1\x1b[0;m\n"
    )
    rows = stored_events(tmp_path, trace, "line, level, message, template")
    assert rows == [
        (
            1,
            None,
            'Executing "step_script" stage of the job script',
            "Executing <*> stage of the job script",
        ),
        (2, None, "$ npm ci", "$ npm ci"),
        (4, "error", "ERROR: Job failed: exit code 1", "ERROR: Job failed: exit code 1"),
    ]


def test_control_strings_are_taken_off_whole():
    # Buildkite's agent writes each line's time as an application program command.
    assert without_escapes("\x1b_bk;t=1764244802000\x07make: *** [all] Error 2") == (
        "make: *** [all] Error 2"
    )
    assert without_escapes("a\x1bP+q544e\x1b\\b") == "ab"  # device control, ST-terminated
    assert without_escapes("50%\r\x1b[Kdone\r\x1b[2K100% ok") == "100% ok"  # a progress bar
    assert without_escapes("keep\rthis\x1b[1m") == "keep\rthis"  # no erase: nothing cleared


def test_a_progress_line_is_read_as_the_terminal_left_it(tmp_path: Path):
    # apt's term.log keeps dpkg's progress as one line of redraws; pip and docker pull bars
    # are written so too. The event is what the terminal showed last, not 20 redraws.
    progress = "".join(f"(Reading database ... {p}%\r" for p in range(0, 101, 5))
    text = (
        f"{progress}(Reading database ... 4012 files and directories currently installed.)\r\n"
        "Downloading [====>      ] 40%\rDownloading [==========] done\n"
    )
    rows = stored_events(tmp_path, text, "line, message")
    assert rows == [
        (1, "(Reading database ... 4012 files and directories currently installed.)"),
        (2, "Downloading [==========] done"),
    ]


def test_overdrawn_writes_each_part_over_the_one_before():
    assert overdrawn("  5% done\r 50% done\r100% done") == "100% done"
    assert overdrawn("copying 10 files\rdone") == "doneing 10 files"  # as a terminal shows it
    assert overdrawn("tail\r") == "tail"  # a trailing carriage return draws nothing
    assert overdrawn("no return") == "no return"
    # Records whose lines end in a carriage return alone (not a redraw) are never drawn over.
    lines = "2024-11-29 10:00:00 ERROR one\r2024-11-29 10:00:01 INFO two"
    assert overdrawn(lines) == lines
    assert overdrawn("[2024-11-29T10:00:00Z] a\r[2024-11-29T10:00:01Z] b").count("\r") == 1
    assert as_shown("\x1b[32m10%\x1b[0m\r\x1b[32m100%\x1b[0m") == "100%"


@given(st.text(alphabet=st.sampled_from(["\r", "a", "b", " ", "1", "%"])))
def test_overdrawn_keeps_the_longest_part_length_and_the_last_part(text):
    out = overdrawn(text)
    parts = text.split("\r")
    assert len(out) == max(map(len, parts))
    assert out.startswith(parts[-1])
    assert "\r" not in out
