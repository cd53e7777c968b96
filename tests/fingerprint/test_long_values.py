"""An exception value of a megabyte (a hostile line, a payload in a message) is cut where a
template's message is (bounded.MINE_CHARS) before it is masked: the combined mask pattern is
quadratic on some long runs (a megabyte of `1.1.1.` took two minutes), and the first 16 KB of a
value name its problem."""

from __future__ import annotations

from errctl.fingerprint.bounded import MINE_CHARS
from errctl.fingerprint.fingerprint import canonical_chain
from errctl.models import ExceptionInfo


def test_a_long_value_is_cut_where_a_message_is() -> None:
    text = canonical_chain([ExceptionInfo(type="BadThingException", value="word " * 200_000)])
    assert text.endswith(" <*>")
    assert len(text) < MINE_CHARS + 100


def test_a_value_within_the_bound_is_masked_whole() -> None:
    text = canonical_chain([ExceptionInfo(type="E", value="order 42 failed for user 7")])
    assert text.endswith("order <*> failed for user <*>")
