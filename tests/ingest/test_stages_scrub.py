"""Ingest scrubs each batch's text columns; titles equal to their message reuse its result."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given
from hypothesis import strategies as st

from errctl.config.schema import Settings
from errctl.ingest.stages import SCRUBBED_COLUMNS, BatchStages

STAGES = BatchStages(Settings(), [])
texts = st.one_of(
    st.none(),
    st.sampled_from(
        [
            "login ok for ann",
            "login failed password=hunter2 for ann",
            "charge card 4111 1111 1111 1111 declined",
            "Authorization: Bearer abc.def.ghi",
            "GET https://bob:s3cret@example.com/x",
            "ValueError: token=abc123",
            "",
        ]
    ),
    st.text(max_size=20),
)


@st.composite
def batches(draw):
    n = draw(st.integers(min_value=0, max_value=12))
    columns = {name: draw(st.lists(texts, min_size=n, max_size=n)) for name in SCRUBBED_COLUMNS}
    # Most titles are their message; some are not (an exception's type: value).
    same = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    columns["title"] = [
        m if s else t for m, t, s in zip(columns["message"], columns["title"], same, strict=True)
    ]
    return pa.table({name: pa.array(v, pa.string()) for name, v in columns.items()})


@given(batches())
def test_scrubbing_a_batch_equals_scrubbing_each_column(table):
    expected = {
        name: STAGES.scrubber.scrub_array(table.column(name)).to_pylist()
        for name in SCRUBBED_COLUMNS
    }
    got = STAGES._scrub(table)
    assert {name: got.column(name).to_pylist() for name in SCRUBBED_COLUMNS} == expected


def test_a_title_that_is_its_message_is_scrubbed_with_it():
    message = "login failed password=hunter2 for ann"
    table = pa.table(
        {name: pa.array([message, "x"], pa.string()) for name in SCRUBBED_COLUMNS}
    ).set_column(
        SCRUBBED_COLUMNS.index("title"), "title", pa.array([message, "token=abc123"], pa.string())
    )
    got = STAGES._scrub(table)
    assert "hunter2" not in got.column("title")[0].as_py()
    assert "abc123" not in got.column("title")[1].as_py()
