"""A run of words two statements log where their templates have a `<*>` is a value, not a
statement's wording (errctl/fingerprint/sharedvalues.py); a reason after a colon, and a run
one statement alone has, still split."""

from __future__ import annotations

from errctl.fingerprint.sharedvalues import shared_value_heads
from tests.fingerprint.helpers import templates

# A backup scheduler logs each job as it begins and ends, naming it: the names of two words
# make one template each statement, the name of four words is left in its own.
JOBS = ["nightly snapshot", "catalog vacuum", "archive rotate", "index compaction"]
LONG = "offsite replica consistency check"


def runs() -> list[str]:
    lines = []
    for n in range(3):
        for job in [*JOBS, LONG]:
            lines.append(f"Beginning job {job}")
            lines.append(f"Job {job} ended after {41 + 17 * n} seconds")
    return lines


def test_a_value_of_more_words_named_by_two_statements_takes_their_templates() -> None:
    got = templates(runs())
    assert got[f"Beginning job {LONG}"] == "Beginning job <*>"
    assert got[f"Job {LONG} ended after 41 seconds"] == "Job <*> ended after <*> seconds"
    assert len(set(got.values())) == 2


def test_a_value_in_brackets_that_end_the_message_is_shared_too() -> None:
    """The template's last token holds its `<*>` (`[<*>]`): a run of words there is a spelling
    of it as much as at the end of the message."""
    new = [
        "reaper: idle exit pid <*> [<*>]",
        "reaper: idle exit pid <*> [Photo Library Agent]",
        "low memory: killing pid <*> (<*>) of <*> MB",
        "low memory: killing pid <*> (Photo Library Agent) of <*> MB",
    ]
    assert shared_value_heads(new) == {
        "reaper: idle exit pid <*> [Photo Library Agent]": "reaper: idle exit pid <*> [<*>]",
        "low memory: killing pid <*> (Photo Library Agent) of <*> MB": (
            "low memory: killing pid <*> (<*>) of <*> MB"
        ),
    }
    # Seen by one statement alone, the run is its wording.
    assert shared_value_heads(new[:2]) == {}


def test_a_run_of_words_one_statement_alone_has_stays_its_own() -> None:
    # `Beginning job <*>` and `Beginning job recovery from last checkpoint`: the words are
    # found after no other statement's words, so nothing tells them from a wording.
    lines = [f"Beginning job {job}" for job in JOBS for _ in range(2)]
    lines += ["Beginning job recovery from last checkpoint"] * 2
    got = templates(lines)
    assert got["Beginning job recovery from last checkpoint"] == (
        "Beginning job recovery from last checkpoint"
    )


def test_a_reason_after_a_colon_is_never_a_shared_value() -> None:
    heads = shared_value_heads(
        ["Upload failed: connection reset by peer", "Retry aborted: connection reset by peer"],
        known=["Upload failed: <*>", "Retry aborted: <*>"],
    )
    assert heads == {}


def test_the_heads_follow_from_the_sets_of_templates() -> None:
    new = ["Beginning job offsite replica check", "Job offsite replica check ended after <*>"]
    known = ["Beginning job <*>", "Job <*> ended after <*>"]
    heads = shared_value_heads(new, known)
    assert heads == {new[0]: known[0], new[1]: known[1]}
    assert shared_value_heads(list(reversed(new)), list(reversed(known))) == heads


def test_past_the_bucket_limit_a_template_is_left_as_it_is() -> None:
    """A test suite's summary: thousands of templates after one word (`PASS: <*>: ...`). Each
    would be compared with every other; past `_BUCKET_LIMIT` of them none is, as `absorb.py`
    leaves its buckets."""
    from errctl.fingerprint.sharedvalues import _BUCKET_LIMIT

    new = ["Beginning job offsite replica check", "Job offsite replica check ended after <*>"]
    known = ["Beginning job <*>", "Job <*> ended after <*>"]
    crowd = [f"Beginning step{i} <*>" for i in range(_BUCKET_LIMIT)]
    heads = shared_value_heads(new, [*known, *crowd])
    assert heads == {}  # `Beginning ...` is past the limit: its statement keeps its wording
    assert shared_value_heads(new, known) == {new[0]: known[0], new[1]: known[1]}
