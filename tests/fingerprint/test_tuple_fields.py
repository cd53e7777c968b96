"""A word among the values of a printed record, `(<*>, executor <*>, partition <*>, ANY, <*>
bytes)`, is a value of the statement (errctl/fingerprint/tuplefields.py); outcomes and lists
of words alone still split."""

from __future__ import annotations

import random

from errctl.fingerprint.tuplefields import tuple_field_heads
from tests.fingerprint.helpers import templates


def _spark_tasks() -> list[str]:
    """Spark's driver starting tasks, three localities among the record's values."""
    r = random.Random(7)
    lines = []
    for tid in range(1, 61):
        locality = r.choice(["PROCESS_LOCAL", "NODE_LOCAL", "ANY"])
        lines.append(
            f"Starting task {tid % 9}.0 in stage {tid // 9}.0 (TID {tid}) "
            f"(10.0.0.{r.randrange(5, 9)}, executor {r.randrange(1, 4)}, partition {tid % 9}, "
            f"{locality}, {r.randrange(7000, 12000)} bytes) "
        )
        lines.append(f"Finished task {tid % 9}.0 in stage {tid // 9}.0 (TID {tid})")
    return lines


def test_a_word_among_a_records_values_is_a_value() -> None:
    lines = _spark_tasks()
    got = templates(lines)
    started = {got[line] for line in lines if line.startswith("Starting")}
    assert started == {
        "Starting task <*> in stage <*> (TID <*>) (<*>, executor <*>, partition <*>, <*>, <*> "
        "bytes) "
    }
    assert len({got[line] for line in lines if line.startswith("Finished")}) == 1


def test_it_holds_across_batches() -> None:
    lines = _spark_tasks()
    got = templates(lines, batches=6)
    assert len({got[line] for line in lines if line.startswith("Starting")}) == 1


def test_outcomes_and_words_alone_stay_apart() -> None:
    heads = tuple_field_heads(
        [
            # An outcome among the values: a failure counted apart (`outcomes.py`).
            "probe (<*>, ok, <*> ms)",
            "probe (<*>, failed, <*> ms)",
            # A list of words, no value beside the word: wording.
            "mode (read, write, <*>)",
            "mode (read, exec, <*>)",
        ],
        known=[],
    )
    assert heads == {}


def test_a_known_head_takes_a_single_word() -> None:
    head = "task (<*>, executor <*>, <*>, <*> bytes)"
    heads = tuple_field_heads(["task (<*>, executor <*>, ANY, <*> bytes)"], known=[head])
    assert heads == {"task (<*>, executor <*>, ANY, <*> bytes)": head}
