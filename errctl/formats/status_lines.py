"""Command-line tools' status lines: a glyph, a blank, then what happened.

Modern tools report each step of their work on a line of its own, opened by a glyph that says
how it went: Next.js (` ✓ Ready in 2.1s`, ` ○ Compiling /api ...`, ` ⚠ ...`, ` ⨯ Error: ...`,
each one blank in), Vite, Nuxt's consola (`ℹ`, `✔`, `✖`), ESLint and Angular's CLI (`✖`),
Jest and Vitest (`✓`, `×`), systemctl's unit lines (`●`, `×`). Such output lands in the same
files as logs (a container's stdout, a CI job's log). There:

- a status line starts an event of its own (`starts_status_line`, asked by
  `multiline.forces_new_event`), even right under another error's stack; a line indented
  further (`  ✓ adds (3 ms)` under a test suite's line, a check list inside a message) goes
  on the line above it, as an indented line does. But for `▲`, the glyph a server prints
  when it comes up (Next.js's `  ▲ Next.js 14.2.3`, two blanks in, above its `  - Local:`
  lines): no tool nests it under another line, so it starts its banner's event wherever it
  is, up to two blanks in;
- its glyph is its level (`status_fields`): a cross is an error, the warning sign a warning,
  whatever the words after it say (Next.js's ` ⚠ Fast Refresh had to perform a full reload
  due to a runtime error.` is its warning); the message is the text after the glyph, so an
  exception's line (`⨯ TypeError: ...` above Node's frames) is read as it would be alone.

Box-drawing characters are no status glyphs: a table or a tree goes on the line above it.

Cargo says what it does with a verb right-aligned to column 12 (`   Compiling demo v0.1.0
(/src/demo)`, `    Finished `dev` profile ...`, `     Running `target/debug/demo``): in raw
output such a line starts an event (`starts_verb_status`) though it is indented, and its
message is the line without the padding.

Laravel's console components open a line with a level badge, a few blanks in and two blanks
after it (`   INFO  No scheduled commands are ready to run.`, `   WARN  ...`, `   ERROR  ...`):
such a line starts an event wherever it stands (`starts_console_badge`), under the scheduler's
dated `Running [...]` lines too, and its badge is its level.
"""

from __future__ import annotations

import re

from errctl.models import ParsedFields

__all__ = [
    "STATUS_GLYPHS",
    "starts_console_badge",
    "starts_status_line",
    "starts_verb_status",
    "status_fields",
]

STATUS_GLYPHS = frozenset("✓✔✗✘✕✖⨯×⚠○●▲ℹ❌✅⛔")
_GLYPH_LEVELS = {**dict.fromkeys("✗✘✕✖⨯×❌⛔", "error"), "⚠": "warning"}
_BANNER_GLYPH = "▲"  # a server come up (Next.js's banner): never nested under another line
_EMOJI_PRESENTATION = "\ufe0f"  # `⚠️`: the glyph drawn as an emoji
_VERB_END = 12  # cargo's `{:>12} {}` (`Shell::status`)
_CONSOLE_BADGE = re.compile(r" {1,3}(?P<level>INFO|WARN|ERROR|DEBUG)  (?=\S)")
_BADGE_LEVELS = {"INFO": "info", "WARN": "warning", "ERROR": "error", "DEBUG": "debug"}


def starts_status_line(line: str) -> bool:
    """Whether `line` is a tool's status line: a status glyph (`STATUS_GLYPHS`), then a blank,
    at column 0 or after one blank (`▲`: or two)."""
    return _message_start(line) > 0


def starts_verb_status(line: str) -> bool:
    """Whether `line` is cargo's status line: blanks, then a capitalised verb (`Compiling`,
    `Finished`, `Doc-tests`) that ends at column 12, then a blank and the rest."""
    if line[:1] != " " or line[_VERB_END : _VERB_END + 1] != " " or line[_VERB_END - 1] == " ":
        return False
    verb = line[:_VERB_END].lstrip(" ")
    return (
        verb[:1].isupper()
        and verb[1:].replace("-", "").isalpha()
        and verb[1:].islower()
        and line[_VERB_END + 1 : _VERB_END + 2] not in ("", " ")
    )


def starts_console_badge(line: str) -> bool:
    """Whether `line` opens with Laravel's console badge: a level a few blanks in, then two
    blanks and the text (`   INFO  No scheduled commands are ready to run.`)."""
    return _CONSOLE_BADGE.match(line) is not None


def status_fields(line: str) -> ParsedFields | None:
    """A status line's fields (its glyph's or badge's level, the text after it), or None when
    `line` is none."""
    start = _message_start(line)
    if not start:
        if starts_verb_status(line):
            return ParsedFields(message=line.strip())
        if (badge := _CONSOLE_BADGE.match(line)) is not None:
            level = _BADGE_LEVELS[badge["level"]]
            return ParsedFields(message=line[badge.end() :].strip(), level=level)
        return None
    glyph = line[len(line) - len(line.lstrip(" "))]
    return ParsedFields(message=line[start:].strip(), level=_GLYPH_LEVELS.get(glyph))


def _message_start(line: str) -> int:
    """Where a status line's text starts (after its glyph and the blank), 0 if `line` is no
    status line."""
    at = 1 if line[:1] == " " else 0
    if line[at : at + 1] == " " and line[at + 1 : at + 2] == _BANNER_GLYPH:
        at += 1
    if line[at : at + 1] not in STATUS_GLYPHS:
        return 0
    after = at + 1
    if line[after : after + 1] == _EMOJI_PRESENTATION:
        after += 1
    return after + 1 if line[after : after + 1] == " " else 0
