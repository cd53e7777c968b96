from __future__ import annotations

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.fingerprint.masking import MASK, explain_masks, mask_array, mask_message


@pytest.mark.parametrize(
    ("message", "template"),
    [
        ("User 123 logged in from 10.0.0.1:8080", "User <*> logged in from <*>"),
        ("job job-2uLbxVaq finished in 12ms", "job <*> finished in <*>"),
        ("id 550e8400-e29b-41d4-a716-446655440000 gone", "id <*> gone"),
        ("mail bob.smith@example.com bounced", "mail <*> bounced"),
        ("fetch https://api.example.com/v1/x?q=1 failed", "fetch <*> failed"),
        ("token 0892141edc4d571d expired", "token <*> expired"),
        ("query 'red shoes' slow", "query <*> slow"),
        ("nothing variable here", "nothing variable here"),
    ],
)
def test_masks_by_class(message: str, template: str):
    assert mask_message(message) == template


def test_explain_names_the_class_of_each_masked_token():
    assert explain_masks("u 42 at 10.1.2.3 id 550e8400-e29b-41d4-a716-446655440000") == [
        ("numeric", "42"),
        ("ipv4", "10.1.2.3"),
        ("uuid", "550e8400-e29b-41d4-a716-446655440000"),
    ]


def test_vectorised_masking_agrees_with_the_per_message_form_and_keeps_nulls():
    messages = ["a 1", "a 2", None, "b 0x1f", "c 'q' 3ms", "a 1"]
    got = mask_array(pa.array(messages)).to_pylist()
    assert got == [None if m is None else mask_message(m) for m in messages]


words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=60)


@given(words)
def test_masking_is_idempotent(message: str):
    once = mask_message(message)
    assert mask_message(once) == once


@given(st.lists(words, min_size=1, max_size=20))
def test_arrow_re2_and_python_re_read_the_rules_alike(messages: list[str]):
    assert mask_array(pa.array(messages)).to_pylist() == [mask_message(m) for m in messages]


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=10**12))
def test_a_template_does_not_move_when_only_masked_values_change(a: int, b: int):
    assert mask_message(f"order {a} failed after {b}ms") == mask_message(
        f"order {b} failed after {a}ms"
    )
    assert MASK in mask_message(f"order {a}")
