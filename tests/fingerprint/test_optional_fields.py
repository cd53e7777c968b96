"""`key=value` fields some messages of a statement carry and others do not (a directory
server's timings once enabled) do not split the statement
(errctl/fingerprint/optionalfields.py); a pair with a constant value or a word does."""

from __future__ import annotations

from errctl.fingerprint.optionalfields import optional_field_heads
from tests.fingerprint.helpers import templates

# A directory server's stats log before and after its operation timings were switched on (its
# searches all succeeded: `err=` is an enumeration, each code a problem of its own).
SESSION = [
    'conn=1201 op=2 SRCH base="ou=people,dc=example,dc=net" scope=2 deref=0 filter="(uid=ann)"',
    "conn=1201 op=2 SEARCH RESULT tag=101 err=0 nentries=1 text=",
    'conn=1202 op=1 SRCH base="dc=example,dc=net" scope=0 deref=0 filter="(objectClass=*)"',
    "conn=1202 op=1 SEARCH RESULT tag=101 err=0 nentries=0 text=",
    "conn=1310 op=4 SEARCH RESULT tag=101 err=0 qtime=0.000019 etime=0.000342 nentries=3 text=",
    "conn=1311 op=2 SEARCH RESULT tag=101 err=0 qtime=0.000044 etime=0.001207 nentries=0 text=",
    "conn=1312 op=7 SEARCH RESULT tag=101 err=0 qtime=0.000031 etime=0.000518 nentries=0 text=",
]


def test_a_statement_with_and_without_its_optional_fields_is_one_template() -> None:
    got = templates(SESSION)
    search_results = {got[line] for line in SESSION if "SEARCH RESULT" in line}
    assert search_results == {"conn=<*> op=<*> SEARCH RESULT tag=<*> err=0 nentries=<*> text="}


def test_it_holds_across_batches() -> None:
    got = templates(SESSION, batches=3)
    assert len({got[line] for line in SESSION if "SEARCH RESULT" in line}) == 1


def test_fields_added_at_the_end_are_left_apart() -> None:
    # An authentication module names the user only when it knows it; the two are told apart.
    heads = optional_field_heads(
        ["check pass; logname= uid=<*> tty=<*> rhost=<*> user=<*>"],
        known=["check pass; logname= uid=<*> tty=<*> rhost=<*>"],
    )
    assert heads == {}


def test_a_new_plain_template_joins_its_known_fuller_spelling() -> None:
    heads = optional_field_heads(
        ["conn=<*> op=<*> RESULT tag=<*> err=<*> text="],
        known=["conn=<*> op=<*> RESULT tag=<*> err=<*> qtime=<*> etime=<*> text="],
    )
    assert heads == {
        "conn=<*> op=<*> RESULT tag=<*> err=<*> text=": (
            "conn=<*> op=<*> RESULT tag=<*> err=<*> qtime=<*> etime=<*> text="
        )
    }


def test_a_constant_value_a_word_or_fields_apart_are_other_wording() -> None:
    assert (
        optional_field_heads(
            [
                "Accepted login user=<*> status=denied",
                "Backup job finished cleanly",
                "Backup job size=<*> finished files=<*>",
            ],
            known=["Accepted login user=<*>", "Backup job finished"],
        )
        == {}
    )


def test_what_is_left_must_be_a_statement() -> None:
    assert optional_field_heads(["<*> done pid=<*>"], known=["<*> done"]) == {}
