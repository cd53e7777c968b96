"""A statement that prints a list of one repeated item is one template however long the list
(errctl/fingerprint/repeats.py); lists whose items differ, and other words, still split."""

from __future__ import annotations

import random

from errctl.fingerprint.repeats import repeated_item_heads
from tests.fingerprint.helpers import templates


def _compactions(lengths: list[int], seed: int = 7) -> list[str]:
    """ScyllaDB's compaction lines of one table, each with a list of SSTables of the given
    length."""
    rng = random.Random(seed)
    lines = []
    for n in lengths:
        table = "metrics.samples"
        items = ", ".join(
            f"/var/lib/scylla/data/{table.replace('.', '/')}-{rng.randrange(16**8):08x}/"
            f"me-{rng.randrange(10**6)}-big-Data.db:level=0:"
            f"origin={rng.choice(['memtable', 'compaction', 'repair'])}"
            for _ in range(n)
        )
        lines.append(f"[Compact {table} {rng.randrange(10**6)}] Compacting [{items}]")
    return lines


# Lengths with gaps (no list of three), as a node's compactions print them.
LENGTHS = [2] * 8 + [4] * 20 + [5] * 8 + [6] * 8


def test_lists_of_any_length_are_one_template() -> None:
    lines = _compactions(LENGTHS)
    got = templates(lines)
    assert len({got[line] for line in lines}) == 1


def test_it_holds_across_batches_either_way() -> None:
    lines = _compactions(LENGTHS)
    for ordered in (lines, lines[::-1]):
        got = templates(ordered, batches=4)
        assert len({got[line] for line in ordered}) == 1


def test_another_statement_with_a_list_stays_apart() -> None:
    lines = _compactions(LENGTHS)
    cleaned = [line.replace("Compacting [", "Cleaning up [") for line in lines[:12]]
    got = templates(lines + cleaned)
    assert got[lines[0]] != got[cleaned[0]]
    assert len({got[line] for line in cleaned}) == 1


def test_the_shortest_list_is_the_statement() -> None:
    two = "Compacting [<*>=0:origin=<*>, <*>=0:origin=<*>]"
    four = "Compacting [<*>=0:origin=<*>, <*>=0:origin=<*>, <*>=0:origin=<*>, <*>=0:origin=<*>]"
    assert repeated_item_heads([two, four], known=[]) == {four: two}
    # A known template never changes: the new one takes it, whichever is longer.
    assert repeated_item_heads([two], known=[four]) == {two: four}
    # The list of one item, when it is a template, is the statement's.
    one = "Compacting [<*>=0:origin=<*>]"
    assert repeated_item_heads([two, four, one], known=[]) == {two: one, four: one}


def test_items_that_differ_or_hold_no_value_are_no_repeated_list() -> None:
    assert (
        repeated_item_heads(
            [
                "placed on (node-<*> slot <*>, node-<*> slot <*>)",
                "placed on (node-<*> slot <*>, rack-<*> slot <*>, node-<*> slot <*>)",
                "modes [read, write]",
                "modes [read, read, read]",
                "state {up=<*>, down=<*>}",
                "state {up=<*>, up=<*>, down=<*>}",
            ],
            known=[],
        )
        == {}
    )


def _bulk_failures(lengths: list[int], seed: int = 11) -> list[str]:
    """Graylog's failed bulk requests: a first line that announces them, then a line for each
    message that failed, as many as the request held."""
    rng = random.Random(seed)
    out = []
    for n in lengths:
        items = [
            f"[{i}]: index [{rng.choice(['nginx', 'fw', 'graylog'])}_{rng.randrange(300)}], "
            f"id [{rng.randrange(16**12):012x}], message [index read-only, disk full]"
            for i in range(n)
        ]
        head = f"Failed to index [{n}] messages. Error: failure in bulk execution:"
        out.append("\n".join([head, *items]))
    return out


def test_a_list_printed_a_line_an_item_is_one_template_at_any_length() -> None:
    lines = _bulk_failures([1] * 6 + [2] * 9 + [3] * 7)
    for ordered in (lines, lines[::-1]):
        got = templates(ordered, batches=3)
        assert len({got[line] for line in ordered}) == 1
    # ... and the message of one item is the statement's spelling.
    assert templates(lines)[lines[0]].count("\n") == 1


def test_lines_that_differ_or_hold_no_value_are_no_repeated_list() -> None:
    assert (
        repeated_item_heads(["Summary:\n  ok <*>\n  failed <*>"], known=["Summary:\n  ok <*>"])
        == {}
    )
    assert (
        repeated_item_heads(["Done:\n-----\n-----\nrows <*>"], known=["Done:\n-----\nrows <*>"])
        == {}
    )
    # A run of like lines written once is a spelling of the same statement.
    assert repeated_item_heads(["Done:\n  row <*>\n  row <*>"], known=["Done:\n  row <*>"]) == {
        "Done:\n  row <*>\n  row <*>": "Done:\n  row <*>"
    }
