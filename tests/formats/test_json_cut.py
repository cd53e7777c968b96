"""A JSON record cut short, closed (errctl.formats.json_cut)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.json_cut import closed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"level": "error", "msg": "a long mes', {"level": "error", "msg": "a long mes"}),
        ('{"a": 1, "msg": "x\\', {"a": 1, "msg": "x"}),  # in an escape: the escape goes
        ('{"a": 1, "msg": "x\\u00', {"a": 1, "msg": "x"}),
        ('{"a": 1, "msg": "say \\"hi\\"', {"a": 1, "msg": 'say "hi"'}),
        ('{"a": 1, "stack": ["f1", "f2", "f', {"a": 1, "stack": ["f1", "f2", "f"]}),
        ('{"a": 1, "b": {"c": [1, 2], "d": "e', {"a": 1, "b": {"c": [1, 2], "d": "e"}}),
        ('{"a": 1, "ke', {"a": 1}),  # in a key: back to the last whole value
        ('{"a": 1, "key": ', {"a": 1}),
        ('{"a": "x", "n": 12', {"a": "x"}),  # a number may go on: not whole
        ('{"a": "x", "t": tr', {"a": "x"}),
        ('{"a": [1, 2], ', {"a": [1, 2]}),
        ('  {"a": "lead', {"a": "lead"}),
    ],
)
def test_a_cut_record_is_closed_where_it_was_cut(text, expected):
    assert closed(text) == expected


@pytest.mark.parametrize(
    "text",
    ['{"a": 1}', '{"a": 1} trailing', "[1, 2", '"a string', "plain text", "{", '{"ke', ""],
)
def test_what_is_whole_or_no_object_is_not_closed(text):
    assert closed(text) is None


# The integers JSON lines carry whole: orjson reads one past 64 bits (signed or unsigned) as a
# float, cut or not (`-9223372036854775809` -> `-9.223372036854776e+18`), which is the reader's
# limit, not the cut's.
_INTEGERS = st.integers(min_value=-(2**63), max_value=2**64 - 1)
_values = st.recursive(
    st.none() | st.booleans() | _INTEGERS | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)


@given(st.dictionaries(st.text(max_size=8), _values, min_size=1, max_size=6), st.data())
def test_a_record_cut_anywhere_closes_to_its_first_keys(record, data):
    """Wherever the cut falls, what comes back is an object (or nothing), its keys the record's
    first ones, and every one but the last holds the record's value whole."""
    text = json.dumps(record)
    cut = data.draw(st.integers(1, len(text) - 1))
    found = closed(text[:cut])
    if found is None:
        return
    keys = list(found)
    assert keys == list(record)[: len(keys)]
    for key in keys[:-1]:
        assert found[key] == record[key]
