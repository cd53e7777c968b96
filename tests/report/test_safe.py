"""errctl.report.safe: each medium's escaping."""

from __future__ import annotations

import pytest

from errctl.cli.console import visible as cli_visible
from errctl.report.safe import html_text, md_code, one_line, visible

NASTY = [
    "plain",
    "\x1b[31mred\x1b[0m",
    "bell\x07 and del\x7f and c1\x9b",
    "bidi \u202eevil\u202c and \u2066isolate\u2069",
    "tab\tand\nnewline",
    "",
]


def test_the_terminal_uses_the_same_rule() -> None:
    assert cli_visible is visible


@pytest.mark.parametrize("text", NASTY)
def test_visible_leaves_no_control_character(text: str) -> None:
    shown = visible(text)
    assert not any(ord(c) < 32 and c not in "\t\n" for c in shown)
    assert not any(
        0x7F <= ord(c) <= 0x9F or 0x202A <= ord(c) <= 0x202E or 0x2066 <= ord(c) <= 0x2069
        for c in shown
    )


def test_one_line_takes_the_first_line_and_cuts() -> None:
    assert one_line("a\nb", 10) == "a"
    assert one_line("abcdefghij", 5) == "abcd…"
    assert one_line(None, 5) == "-" and one_line("", 5) == "-"
    assert one_line("\x1b[2J", 20) == "\\x1b[2J"


def test_html_text_escapes_quotes_and_tags() -> None:
    assert html_text("<a href=\"x\" onclick='y'>&</a>") == (
        "&lt;a href=&quot;x&quot; onclick=&#x27;y&#x27;&gt;&amp;&lt;/a&gt;"
    )


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("plain", "`plain`"),
        ("a `tick`", "`` a `tick` ``"),
        ("``double``", "``` ``double`` ```"),
        ("a|b", "`a\\|b`"),
        ("two\nlines", "`two lines`"),
    ],
)
def test_md_code_fences_any_backticks(text: str, span: str) -> None:
    assert md_code(text) == span


def test_md_code_for_chat_breaks_mentions_but_keeps_the_mask_token() -> None:
    out = md_code("@here <!channel> <@U1> <*>", chat=True, in_table=False)
    assert out == "`@\u200bhere ‹!channel› ‹@\u200bU1› <*>`"
