"""Terminal escape sequences in log text: services that colour their output
(`\x1b[31mERROR\x1b[0m`) write it into files, container logs and the journal as well, where the
colour codes would hide the timestamp and level from every format and split one message into
several templates. CI job logs are terminal output too: GitLab CI's section markers end in a
carriage return and an erase of the line (`section_start:1764244800:step_script\r\x1b[0K`), so
a terminal never shows them, and Buildkite's agent puts each line's time in an application
program command (`\x1b_bk;t=1764244800000\x07`). A bare carriage return in a line is a redraw:
apt's and dpkg's progress (`(Reading database ... 5%\r(Reading database ... 10%\r...`), pip's and
docker's bars write one line over and over, and a terminal shows only what was drawn last.
Owns `as_shown`, which readers apply to every line, the container envelopes to their payloads
and the JSON fields to journald's byte-array messages."""

from __future__ import annotations

import re

from errctl.formats.timestamps import match_timestamp_prefix

# ECMA-48 control sequences (colours, cursor moves: `ESC [ ... final`), control strings up to
# their terminator (operating system commands `ESC ] ... BEL`: terminal titles and hyperlinks;
# device control `ESC P`, `ESC X`, privacy `ESC ^` and application program commands `ESC _`:
# Buildkite's timestamps), two-character escapes, and the designations of a character set
# (`ESC ( B`, which `tput sgr0` writes before `ESC [m`: every line a script coloured so ended
# in `ESC ( B` left in the message).
_ESCAPE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|[\]PX^_][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?|[@-Z\\-_]"
    r"|[()*+][0-~])"
)
# A carriage return, then an erase of the line (`ESC [K`, `ESC [0K`, `ESC [2K`): the terminal
# goes back to the line's start and clears it, so what came before it is never seen. GitLab
# CI's section markers are written so, and progress bars (docker pull, pip) redraw a line so.
_ERASE_LINE = re.compile(r"\r\x1b\[[02]?K")


def without_escapes(text: str) -> str:
    """`text` without terminal escape sequences, nor what a carriage return and an erase of
    the line cleared; `text` itself when it has no escape."""
    if "\x1b" not in text:
        return text
    if "\r\x1b[" in text:
        ends = [m.end() for m in _ERASE_LINE.finditer(text)]
        if ends:
            text = text[ends[-1] :]
    return _ESCAPE.sub("", text)


def overdrawn(text: str) -> str:
    """`text` as a terminal leaves it after each bare carriage return went back to the line's
    start and the text after it was written over what was there; `text` itself when a part
    after a carriage return opens with a date and time: those are records whose lines end in
    a carriage return alone (a classic Mac or a misconfigured Windows tool), not a redraw,
    and each must stay."""
    if "\r" not in text:
        return text
    parts = text.split("\r")
    if any(_opens_with_datetime(part) for part in parts[1:]):
        return text
    shown = ""
    for part in parts:
        shown = part + shown[len(part) :]
    return shown


def as_shown(text: str) -> str:
    """`text` as a person sees it on a terminal: without escape sequences (`without_escapes`)
    and without what a carriage return drew over (`overdrawn`)."""
    if "\x1b" in text:
        text = without_escapes(text)
    if "\r" in text:
        text = overdrawn(text)
    return text


def _opens_with_datetime(text: str) -> bool:
    start = 1 if text[:1] == "[" else 0
    end = match_timestamp_prefix(text, start)
    return end - start >= 8 and not text[start:end].isdigit()
