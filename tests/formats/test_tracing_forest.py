"""Rust's tracing-forest tree (lldap's): the drawing and an event's icon, level and fields
leave the message."""

from __future__ import annotations

from errctl.formats.generic import FORMAT as GENERIC
from errctl.formats.tracing_forest import tree_line


def test_a_span_and_an_event_in_the_tree_are_their_text():
    assert tree_line("┝━ LDAP request [ 429ms | 97.36% ]") == (
        "LDAP request [ 429ms | 97.36% ]",
        1,
        None,
        {},
    )
    text, depth, level, fields = tree_line(
        '│  ┕━ ｉ [info]: Login attempt for "authelia" | log.target: "lldap::sql" | log.line: 74'
    )
    assert (text, depth, level) == ('Login attempt for "authelia"', 2, "info")
    assert fields == {"log.target": "lldap::sql", "log.line": "74"}
    # An event at the root, no drawing before it.
    assert tree_line("🚧 [warn]: slow query") == ("slow query", 0, "warn", {})
    # Other text is none of it.
    assert tree_line("LDAP session [ 441ms ]") is None
    assert tree_line("a [info]: c") is None


def test_one_statement_anywhere_in_the_tree_is_one_message():
    head = "2025-03-12T06:00:01.634143183+00:00  INFO     "
    messages = {
        GENERIC.parse(head + tree + 'ｉ [info]: Login attempt for "x" | log.line: 74').message
        for tree in ("", "┝━ ", "│  ┕━ ", "│  │  ┝━ ")
    }
    assert messages == {'Login attempt for "x"'}
    error = GENERIC.parse(head.replace("INFO ", "ERROR") + "┕━ 🚨 [error]: bind failed")
    assert (error.level, error.message) == ("error", "bind failed")
