"""The shape-cached fast path of fields_from_mapping must agree with the general rules."""

import copy

from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.fields import KEY_ROLES, _fields_from_mapping, fields_from_mapping

keys = st.sampled_from([*KEY_ROLES, "user_id", "extra", "stack", "name"])
scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
)
values = st.recursive(scalars, lambda inner: st.dictionaries(keys, inner, max_size=3), max_leaves=6)


@given(st.dictionaries(keys, values, max_size=9))
def test_fast_path_agrees_with_the_general_rules(record):
    expected = _fields_from_mapping(copy.deepcopy(record))
    for _ in range(2):  # the second time the shape is cached
        assert fields_from_mapping(copy.deepcopy(record)) == expected
