"""A statement that writes the noun after a count singular or plural by the count is one
template (errctl/fingerprint/plurals.py); other words that differ still split."""

from __future__ import annotations

from errctl.fingerprint.plurals import plural_heads
from tests.fingerprint.helpers import templates

# A kernel's USB hubs as they are found at boot: `"%d port%s detected"`.
HUBS = [
    "hub 1-0:1.0: USB hub found",
    "hub 1-0:1.0: 1 port detected",
    "hub 2-0:1.0: USB hub found",
    "hub 2-0:1.0: 2 ports detected",
    "hub 3-1:1.0: USB hub found",
    "hub 3-1:1.0: 6 ports detected",
    "hub 4-1:1.0: 4 ports detected",
]


def test_singular_and_plural_after_a_count_are_one_template() -> None:
    got = templates(HUBS)
    assert got["hub 1-0:1.0: 1 port detected"] == got["hub 2-0:1.0: 2 ports detected"]
    assert got["hub 1-0:1.0: 1 port detected"] == got["hub 3-1:1.0: 6 ports detected"]
    assert got["hub 1-0:1.0: USB hub found"] != got["hub 1-0:1.0: 1 port detected"]


def test_it_holds_across_batches_either_way() -> None:
    # The singular seen first and known: the plural joins it, and the other way round.
    for lines in (HUBS, HUBS[::-1]):
        got = templates(lines, batches=len(lines))
        counted = {got[line] for line in lines if "detected" in line}
        assert len(counted) == 1


def test_the_singular_takes_the_plural_spelling() -> None:
    opened = "accepted from <*> (<*> connection now open)"
    heads = plural_heads(
        [
            opened,
            "accepted from <*> (<*> connections now open)",
            "<*> process exited",
            "<*> processes exited",
            "<*> entry removed",
            "<*> entries removed",
        ],
        known=[],
    )
    assert heads == {
        opened: "accepted from <*> (<*> connections now open)",
        "<*> process exited": "<*> processes exited",
        "<*> entry removed": "<*> entries removed",
    }


def test_a_new_spelling_takes_the_known_one() -> None:
    assert plural_heads(["<*> ports detected"], known=["<*> port detected"]) == {
        "<*> ports detected": "<*> port detected"
    }
    assert plural_heads(["<*> port detected"], known=["<*> ports detected"]) == {
        "<*> port detected": "<*> ports detected"
    }


def test_other_words_and_uncounted_nouns_stay_apart() -> None:
    assert (
        plural_heads(
            [
                # Not after a count: the noun's number is the statement's own wording.
                "worker started",
                "workers started",
                # A unit is no plural (`m`, `ms`), nor is another word.
                "took <*> m",
                "took <*> ms",
                "<*> port opened",
                "<*> port closed",
            ],
            known=[],
        )
        == {}
    )
