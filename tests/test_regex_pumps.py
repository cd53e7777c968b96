"""The attack strings tests/regex_pumps.py reads off a pattern reach each repetition and repeat
what its body matches."""

from __future__ import annotations

import re

from tests.regex_pumps import pumped_inputs, pumps


def test_a_nested_repetition_is_pumped_with_what_its_body_matches():
    found = pumps(re.compile(r"^(\w+\s?)+$"))
    assert ("", "a") in found  # the inner `\w+`: the run two repetitions can split
    assert ("", "a ") in found  # the outer group's body


def test_the_prefix_leads_up_to_the_repetition():
    found = pumps(re.compile(r"id=(\d+)-\d+;"))
    assert ("id=", "1") in found
    assert ("id=1-", "1") in found


def test_a_negated_class_pumps_a_character_it_admits():
    found = pumps(re.compile(r'"[^"\\]*"'))
    assert found and all(p == '"' and '"' not in pump for p, pump in found)


def test_an_alternative_and_a_bounded_repeat_are_reached():
    found = pumps(re.compile(r"a{2}|(?:x|y){1,8}z"))
    assert ("", "x") in found and ("", "y") in found
    assert not any(pump == "a" for _, pump in found)  # `a{2}` repeats exactly twice


def test_pumped_inputs_have_the_size_asked_and_end_spoiled():
    inputs = pumped_inputs(re.compile(r"%[-#0 +]*\d*[sd]"), 1000)
    assert inputs
    for text in inputs.values():
        assert len(text) == 1000 and text.startswith("%") and text[-1] in "\x00!"
