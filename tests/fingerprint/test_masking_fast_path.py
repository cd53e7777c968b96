"""`mask_array`'s shortcuts (protect and unmark on the rows a match test picks, a large column
cut in halves on two threads) give what the plain per-message reference gives."""

from __future__ import annotations

import re
from unittest.mock import patch

import pyarrow as pa
import pyarrow.compute as pc
from hypothesis import example, given
from hypothesis import strategies as st

from errctl.fingerprint import masking
from errctl.fingerprint.masking import mask_array, mask_message_python

# Pieces that reach every pass: small and large integers (signed too), enumeration keys and a
# protocol key before them, masks already there, the private-use mark, blanks and separators.
piece = st.sampled_from(
    [
        "7",
        "42",
        "500",
        "-3",
        "+12",
        "1234",
        "12.5",
        "0x1f",
        "HTTP",
        "status",
        "code",
        "SIG",
        "HTTP/1.1",
        "exit",
        "word",
        "job-2uLb",
        "<*>",
        "<",
        "*>",
        "\ue000",
        " ",
        "  ",
        "\t",
        "=",
        ":",
        "-",
        ".",
        ",",
        '"',
        "/",
        "a.com",
    ]
)
message = st.lists(piece, max_size=12).map("".join)
column = st.lists(st.one_of(message, st.none()), min_size=1, max_size=30)


def reference(messages: list[str | None]) -> list[str | None]:
    return [None if m is None else mask_message_python(m) for m in messages]


@given(column)
def test_the_fast_path_equals_the_per_message_reference(messages: list[str | None]):
    assert mask_array(pa.array(messages, pa.string())).to_pylist() == reference(messages)


@given(column)
def test_a_column_cut_in_halves_masks_as_one(messages: list[str | None]):
    arr = pa.array(messages, pa.string())
    with patch.object(masking, "PARALLEL_ROWS", 1), patch.object(masking, "_PARTS", 2):
        halves = mask_array(arr)
    assert halves.type == pa.string()
    assert halves.to_pylist() == reference(messages)


@given(column, st.booleans())
def test_masks_as_values_and_indices_are_the_masked_column(messages, as_dictionary):
    """What the miner reads (`mask_encoded`: masks once per digit shape, plus the rows whose
    mask kept a digit, masked from their own text) spreads back to `mask_array`'s column."""
    arr = pa.array(messages, pa.string())
    values, indices = masking.mask_encoded(arr.dictionary_encode() if as_dictionary else arr)
    assert len(indices) == len(messages)
    assert pc.take(values, indices).to_pylist() == reference(messages)


def test_a_dictionary_column_is_masked_as_its_values():
    messages = ["status 500", "x 12", None, "x 12", "a\ue000 7"]
    got = mask_array(pa.array(messages).dictionary_encode())
    assert got.to_pylist() == reference(messages)


@given(st.lists(piece.filter(lambda p: p != "\ue000"), max_size=16).map("".join))
@example('""-3')  # a signed integer glued to a quote: the row takes the two passes
def test_the_merged_small_integer_and_collapse_pass_equals_the_two(text: str):
    # On text after the classes pass and without marks, which is where mask_array uses it:
    # with fp1's collapse always, and with the default one where no quote stands by a value
    # (`_QUOTE_BY_VALUE`: those rows take the two passes).
    small = masking._SMALL_INT_RE.sub("\\1" + masking.MASK, text)
    merged = pc.replace_substring_regex(
        pa.array([text]), masking._SMALL_INT_COLLAPSE, "\\1" + masking.MASK
    )[0].as_py()
    assert merged == masking._FP1_COLLAPSE_RE.sub(masking.MASK, small)
    if re.search(masking._QUOTE_BY_VALUE, text) is None:
        assert merged == masking._COLLAPSE_RE.sub(masking.MASK, small)


# --------------------------------------------------------------------------- digit shapes
# `mask_array` masks one message per digit shape (digits 1-9 read as `1`) and copies its mask to
# the others of that shape, unless the mask kept a digit or a class names one (module docstring).

digit = st.sampled_from("0123456789")
# Pieces with one to twelve digits in them, in the places the classes look at: ids, hex,
# addresses, dates, durations, enumerations, versions, hashes.
digit_piece = st.sampled_from(
    [
        "{}",
        "{}{}",
        "{}{}{}",
        "{}{}{}{}{}",
        "0x{}{}",
        "{}x{}f",
        "job-{}{}ab",
        "{}{}.{}.{}.{}:{}{}",
        "20{}{}-{}{}-{}{}T{}{}:{}{}:{}{}",
        "{}{}ms",
        "HTTP {}{}{}",
        "status={}",
        "v{}.{}",
        "{}{}{}{}{}{}{}{}abcdef{}{}{}{}{}{}{}{}abcdef{}{}{}{}{}{}{}{}",
        "a-{}",
        "ERR{}{}{}",
    ]
)


@st.composite
def digit_column(draw: st.DrawFn) -> list[str]:
    """Several shapes, each filled with digits many times, so that shapes repeat."""
    shapes = draw(st.lists(st.lists(st.one_of(digit_piece, piece), max_size=8), min_size=1))
    rows = []
    for shape in draw(st.lists(st.sampled_from(shapes), min_size=1, max_size=40)):
        rows.append("".join(p.format(*(draw(digit) for _ in range(p.count("{}")))) for p in shape))
    return rows


@given(digit_column())
def test_messages_of_one_digit_shape_mask_as_each_would_alone(messages: list[str]):
    assert mask_array(pa.array(messages, pa.string())).to_pylist() == reference(messages)


@given(digit_column())
def test_a_user_class_that_names_a_digit_masks_each_message_by_its_own_digits(
    messages: list[str],
):
    rules = masking.build_rules(extra=[("err4xx", r"\bERR4\d\d\b")])
    expected = [mask_message_python(m, rules) for m in messages]
    assert mask_array(pa.array(messages, pa.string()), rules).to_pylist() == expected


def test_a_user_class_that_names_a_digit_tells_one_from_two():
    rules = masking.build_rules(extra=[("first_node", r"\bnode 1\b")])
    got = mask_array(pa.array(["down: node 1", "down: node 2", "down: node 1"]), rules)
    assert got.to_pylist() == ["down: <*>", "down: node <*>", "down: <*>"]


def test_the_default_passes_read_the_digits_one_to_nine_alike():
    # If a default class named a digit, every column would take the slow path, silently.
    assert masking._treats_digits_alike(masking.DEFAULT_RULES)


def digits_alike(pattern: str) -> bool:
    return masking._treats_digits_alike(masking.build_rules(extra=[("user", pattern)]))


def test_what_reads_digits_alike():
    for pattern in [r"\d+", r"\w\S\W", r"[0-9a-f]+", r"[^0-9]", r"0x[0-9]", r"a{2,3}(?:b|c)"]:
        assert digits_alike(pattern), pattern
    for pattern in [r"ERR4\d", r"[1-5]\d\d", r"[^5]", r"(\d)\1", r"(?P<x>a)(?(x)b|c)"]:
        assert not digits_alike(pattern), pattern


@given(
    st.lists(st.one_of(digit_column(), st.just([None])), min_size=1).map(
        lambda parts: [row for part in parts for row in part]
    )
)
def test_a_column_cut_by_rows_gives_each_rows_mask(messages: list[str | None]):
    # Each half finds and masks its own shapes (a shape in both is masked twice, an
    # enumeration's rows from their own text): every row still points at its own mask.
    arr = pa.array(messages, pa.string())
    with patch.object(masking, "PARALLEL_ROWS", 1), patch.object(masking, "_PARTS", 2):
        values, indices = masking.mask_encoded(arr)
    assert len(indices) == len(messages)
    assert pc.take(values, indices).to_pylist() == reference(messages)


def test_a_slice_of_a_larger_column_masks_its_own_rows():
    # The digits are turned into `1` in the data buffer, which a slice shares with the
    # column it was cut from: the slice's rows, not the buffer's first ones, are masked.
    rows = [
        f"job-{i}ab took {i * 7} ms from 10.0.{i % 250}.1, HTTP {200 + i % 3}" for i in range(40)
    ]
    rows[25] = None
    for kind in (pa.string(), pa.large_string()):
        column = pa.array(rows, kind)
        for start, length in ((0, 3), (17, 12), (30, 10), (39, 1), (10, 0)):
            part = column.slice(start, length)
            assert mask_array(part).to_pylist() == reference(rows[start : start + length])
