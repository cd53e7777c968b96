"""The shape-cached fast path of fields_from_mapping must agree with the general rules."""

import copy

from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.fields import KEY_ROLES, _fields_from_mapping, fields_from_mapping, take_fields

keys = st.sampled_from([*KEY_ROLES, "user_id", "extra", "stack", "name", "error", "exc_info"])
scalars = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=8)
    | st.text(alphabet="ab\n\r ", max_size=5)  # stack traces span lines; messages end in one
)
values = st.recursive(scalars, lambda inner: st.dictionaries(keys, inner, max_size=3), max_leaves=6)


@given(st.dictionaries(keys, values, max_size=9), st.booleans())
def test_fast_path_agrees_with_the_general_rules(record, nested):
    expected = _fields_from_mapping(copy.deepcopy(record), nested=nested)
    for _ in range(2):  # the second time the shape is cached
        assert fields_from_mapping(copy.deepcopy(record), nested=nested) == expected


def test_a_lone_one_line_error_stays_an_attribute_in_place():
    record = {"msg": "failed", "error": "connection refused", "user": 7}
    fields = fields_from_mapping(record)
    assert fields.exception_text is None
    assert list(fields.attributes) == ["error", "user"]


def test_a_multi_line_error_is_the_exception_text():
    fields = fields_from_mapping({"msg": "failed", "error": "ValueError: x\n  at f (a.js:1:2)"})
    assert fields.exception_text == "ValueError: x\n  at f (a.js:1:2)"
    assert fields.attributes is None


def test_monolog_context_takes_the_general_path_only_when_it_is_an_object():
    """NestJS writes `context` as a string (the class that logged): the fast path keeps it;
    Monolog's `context` object may hold an exception, which only the general rules read."""
    assert take_fields({"message": "x", "context": "AppService", "level": "info"}) is not None
    assert take_fields({"message": "x", "context": {"exception": {"class": "E"}}}) is None
