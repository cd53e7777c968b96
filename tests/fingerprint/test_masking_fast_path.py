"""`mask_array`'s shortcuts (protect and unmark on the rows a match test picks, a large column
cut in halves on two threads) give what the plain per-message reference gives."""

from __future__ import annotations

from unittest.mock import patch

import pyarrow as pa
import pyarrow.compute as pc
from hypothesis import given
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


def test_a_dictionary_column_is_masked_as_its_values():
    messages = ["status 500", "x 12", None, "x 12", "a\ue000 7"]
    got = mask_array(pa.array(messages).dictionary_encode())
    assert got.to_pylist() == reference(messages)


@given(st.lists(piece.filter(lambda p: p != "\ue000"), max_size=16).map("".join))
def test_the_merged_small_integer_and_collapse_pass_equals_the_two(text: str):
    # On text after the classes pass and without marks, which is where mask_array uses it.
    two = masking._COLLAPSE_RE.sub(
        masking.MASK, masking._SMALL_INT_RE.sub("\\1" + masking.MASK, text)
    )
    merged = pc.replace_substring_regex(
        pa.array([text]), masking._SMALL_INT_COLLAPSE, "\\1" + masking.MASK
    )
    assert merged[0].as_py() == two
