"""`key=value` fields some messages of a statement carry and others do not (a directory
server's timings once enabled) do not split the statement
(errctl/fingerprint/optionalfields.py); a pair with a constant value or a word does."""

from __future__ import annotations

import time

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


def test_a_long_record_of_fields_with_one_optional() -> None:
    # Klipper's stats line: thirty fields, and `sd_pos=` only while it prints from its card.
    def stats(i: int, printing: bool) -> str:
        sd = f"sd_pos={i * 37} " if printing else ""
        fields = " ".join(f"{name}={i + k}" for k, name in enumerate(_MCU_FIELDS))
        return (
            f"Stats {i}.0: gcodein=0  mcu: {fields} heater_bed: target=60 temp=22.{i} "
            f"pwm=0.2 {sd}print_time={i}.3 buffer_time=2.3 print_stall=0"
        )

    lines = [stats(i, printing=i % 3 != 0) for i in range(30)]
    got = templates(lines)
    assert len({got[line] for line in lines}) == 1
    assert got[lines[0]].startswith("Stats <*>: gcodein=<*>  mcu: mcu_awake=<*> ")


_MCU_FIELDS = [
    "mcu_awake",
    "mcu_task_avg",
    "mcu_task_stddev",
    "bytes_write",
    "bytes_read",
    "bytes_retransmit",
    "bytes_invalid",
    "send_seq",
    "receive_seq",
    "retransmit_seq",
    "srtt",
    "rttvar",
    "rto",
    "ready_bytes",
    "upcoming_bytes",
    "freq",
]


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


# A mail filter's verdicts: the DKIM signing domain is written only for a signed mail, among the
# record's comma-joined fields (amavisd-new's `dkim_sd=`), and a delivery's original recipient
# only when an alias rewrote it (Postfix's `orig_to=`).
VERDICTS = [
    "Passed CLEAN {RelayedInbound}, [203.0.113.7]:41234 <ann@ext.example> -> <bob@example.org>, "
    f"Hits: {hits}, size: {size}, queued_as: {qid}, {extra}{ms} ms"
    for hits, size, qid, extra, ms in [
        ("-1.9", "4312", "4Vz1k23Xy1", "", "1204"),
        ("0.3", "18733", "4Vz1k23Xy2", "dkim_sd=selector1:ext.example, ", "873"),
        ("-0.8", "2210", "4Vz1k23Xy3", "", "2291"),
        ("1.2", "90211", "4Vz1k23Xy4", "dkim_sd=20230601:mail.example, ", "3310"),
        ("-2.4", "5120", "4Vz1k23Xy5", "dkim_sd=s1:news.example, ", "655"),
    ]
]


def test_a_field_inside_a_comma_joined_record_is_optional() -> None:
    got = templates(VERDICTS)
    assert len(set(got.values())) == 1, set(got.values())
    heads = optional_field_heads(
        ["to=<<*>>, orig_to=<<*>>, relay=<*>, delay=<*>, dsn=<*>, status=sent (delivered)"],
        known=["to=<<*>>, relay=<*>, delay=<*>, dsn=<*>, status=sent (delivered)"],
    )
    # (The known template never changes: the new, fuller one takes it.)
    assert heads == {
        "to=<<*>>, orig_to=<<*>>, relay=<*>, delay=<*>, dsn=<*>, status=sent (delivered)": (
            "to=<<*>>, relay=<*>, delay=<*>, dsn=<*>, status=sent (delivered)"
        )
    }


def test_a_field_a_record_ends_with_or_one_with_a_word_stays_apart() -> None:
    # Several fields missing: Sendmail's envelope of a transaction that sent no data.
    assert (
        optional_field_heads(
            ["from=<<*>>, size=<*>, nrcpts=<*>, msgid=<<*>>, bodytype=<*>, proto=<*>, relay=<*>"],
            known=["from=<<*>>, size=<*>, nrcpts=<*>, proto=<*>, relay=<*>"],
        )
        == {}
    )
    assert (
        optional_field_heads(
            ["Blocked SPAM, size: <*>, quarantine: <*>, tag=<*>"],
            known=["Blocked SPAM, size: <*>, quarantine: <*>"],
        )
        == {}
    )
    assert (
        optional_field_heads(
            ["Passed CLEAN, size: <*>, action=discard, <*> ms"],
            known=["Passed CLEAN, size: <*>, <*> ms"],
        )
        == {}
    )


def test_a_hostile_template_costs_a_time_linear_in_its_length() -> None:
    # A field of many masked values a punctuation mark joins, which no record's comma ends:
    # each `<*>` read one way only (a pattern that read it as a mask or as three marks took
    # twice as long for each one more).
    field = "k=" + "-".join(["<*>"] * 24) + "x,"
    started = time.perf_counter()
    optional_field_heads([f"Passed CLEAN, size: <*>, {field} <*> ms"], known=[])
    assert time.perf_counter() - started < 2.0
