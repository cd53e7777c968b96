"""A statement that ends with a name is one template whether the name is one word or several
capitalised ones (errctl/fingerprint/titles.py); lower-case wording still splits."""

from __future__ import annotations

from errctl.fingerprint.titles import (
    names_at_end,
    names_at_start,
    names_inside,
    title_end_heads,
)
from tests.fingerprint.helpers import templates

# A game server picking maps: `"Selected next map to be %s."`, most names one word.
MAPS = [
    "Selected next map to be Tendrils.",
    "Selected next map to be Labyrinth.",
    "Selected next map to be Shattered.",
    "Selected next map to be Fortress.",
    "Selected next map to be Glacier.",
    "Selected next map to be Molten Lake.",
    "Selected next map to be Nuclear Production Complex.",
    "Selected next map to be Tar Fields.",
]


def test_a_name_of_several_words_joins_the_one_word_names() -> None:
    got = templates(MAPS)
    assert {got[line] for line in MAPS} == {"Selected next map to be <*>."}


def test_it_holds_across_batches() -> None:
    got = templates(MAPS, batches=2)
    assert {got[line] for line in MAPS} == {"Selected next map to be <*>."}


def test_the_head_must_be_a_template_with_the_same_end() -> None:
    known = ["Scene <*> activated", "Selected next map to be <*>."]
    heads = {*known, "Now playing <*>"}
    assert title_end_heads(["Selected next map to be Molten Lake"], known, heads=heads) == {}
    assert title_end_heads(["Selected next map to be Molten Lake."], known, heads=heads) == {
        "Selected next map to be Molten Lake.": "Selected next map to be <*>."
    }
    playing = ["Now playing The Lord of the Rings"]
    assert title_end_heads(playing, ["Now playing <*>"], heads=heads) == {
        playing[0]: "Now playing <*>"
    }


def test_wording_is_no_name() -> None:
    known = ["Connection to <*>", "Reloading <*>"]
    # Lower-case words are the statement's own, and one capitalised word was the miner's to
    # judge in its cluster.
    wording = ["Connection to server lost", "Reloading Configuration"]
    assert title_end_heads(wording, known, heads=set(known)) == {}
    assert title_end_heads(["Connection to Primary Database"], known, heads=set(known)) == {
        "Connection to Primary Database": "Connection to <*>"
    }


def test_a_head_whose_value_was_never_a_word_takes_no_name() -> None:
    # `Starting <*>` of one masked value, `Concurrent Mark <*>` of durations: their `<*>` never
    # stood for a name, so a run of capitalised words after their lead is the statement's own.
    lines = ["Starting HiveServer2", *["Starting Semantic Analysis"] * 3]
    got = templates(lines)
    assert got["Starting Semantic Analysis"] != got["Starting HiveServer2"]
    marks = ["Concurrent Mark From Roots", "Concurrent Mark 239.655ms", "Concurrent Mark 12.1ms"]
    got = templates(marks)
    assert got[marks[0]] != got[marks[1]]
    assert names_at_end("Selected <*>.", ["Selected Tendrils.", "Selected Labyrinth."])
    assert not names_at_end("Selected <*>.", ["Selected <*>.", "Selected Labyrinth."])
    assert not names_at_end("Selected <*> now", ["Selected Tendrils now", "Selected Fort now"])


def test_a_subject_of_several_words_before_the_colon_joins_the_one_word_subjects():
    # NZBHydra 2's `%s: Successfully executed search call in %dms with %d results`, one
    # indexer named in two words.
    lines = [
        f"{name}: Successfully executed search call in {ms}ms with {n} results"
        for name, ms, n in [
            ("altHUB", 542, 3),
            ("NZBgeek", 120, 9),
            ("ZBFinder", 87, 0),
            ("DrunkenSlug", 301, 4),
            ("Tabula Rasa", 807, 1),
            ("Tabula Rasa", 655, 2),
        ]
    ]
    got = templates(lines)
    assert {got[line] for line in lines} == {
        "<*>: Successfully executed search call in <*> with <*> results"
    }
    assert names_at_start("<*>: done", ["altHUB: done", "NZBgeek: done"])
    assert not names_at_start("<*>: done", ["<*>: done", "NZBgeek: done"])
    # Lower-case words before the colon are the statement's own (`connection lost: ...`).
    heads = {"<*>: Successfully executed search call in <*>"}
    wording = ["search failed: Successfully executed search call in <*>"]
    assert title_end_heads(wording, heads, heads=heads) == {}


def test_a_name_between_a_statements_words_joins_its_head() -> None:
    """Jackett's `Torznab search in %s for %s => Found %s releases [%sms]`: a one-word title
    makes the head, each longer title, a film's with its year, stayed a template of its own;
    so did one under an indexer's name of several words too."""
    head = "Torznab search in <*> for <*> => Found <*> releases [<*>]"
    members = [
        "Torznab search in EZTV for Bluey => Found <*> releases [<*>]",
        "Torznab search in YTS for Challengers => Found <*> releases [<*>]",
        "Torznab search in EZTV for Hacks => Found <*> releases [<*>]",
    ]
    assert not names_inside(head, members[:2])  # two words may be two call sites' wording
    assert names_inside(head, members)
    titles = [
        "Torznab search in <*> for Late Night with the Devil <*> => Found <*> releases [<*>]",
        "Torznab search in <*> for Kingdom of the Planet of the Apes <*> => Found <*> releases"
        " [<*>]",
        "Torznab search in The Pirate Bay for The Fall Guy <*> => Found <*> releases [<*>]",
        "Scene Movie Night activated",
    ]
    heads = {head, "Scene <*> activated"}
    assert title_end_heads(titles, sorted(heads), heads=heads) == {
        **dict.fromkeys(titles[:3], head),
        titles[3]: "Scene <*> activated",
    }


def test_a_name_inside_needs_a_head_that_stood_for_names() -> None:
    """A `<*>` of masked values, or of one word, says nothing of names: `Starting job <*> in
    <*>` beside `Starting job Nightly Backup in <*>` is the miner's decision."""
    head = "Starting job <*> in <*>"
    assert not names_inside(head, ["Starting job <*> in <*>", "Starting job <*>-x in <*>"])
    assert not names_inside(head, ["Starting job backup in <*>"] * 3)
    jobs = [f"Starting job {name} in <*>" for name in ("backup", "prune", "vacuum")]
    assert names_inside(head, jobs)
    # Wording is no name, nor are values alone, and the head must be one that stood for names.
    wording = ["Starting job for the user in <*>", "Starting job <*> <*> in <*>"]
    assert title_end_heads(wording, [head], heads={head}) == {}
    assert title_end_heads(["Starting job Nightly Backup in <*>"], [head], heads=set()) == {}
