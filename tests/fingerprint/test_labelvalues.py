"""A value printed after a label's colon is one variable however many tokens it has
(errctl/fingerprint/labelvalues.py); sentences after a colon, components and fields before
one, stay apart."""

from __future__ import annotations

import time

from errctl.fingerprint.labelvalues import value_after_label_heads
from tests.fingerprint.helpers import templates

# A task queue's worker receiving tasks: the one scheduled for later carries its ETA.
RECEIVED = [
    "Received task: reports.build_daily[5b0c2a1e-7d3f-4a51-9e0b-2f6d8c4a1b77]",
    "Received task: mail.send_digest[0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f]",
    "Received task: reports.build_daily[a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d]",
    "Received task: billing.retry_charge[11223344-5566-4778-899a-abbccddeeff0]  "
    "ETA:[2031-04-02 06:15:00.000000+00:00]",
]

# A scheduler handing a varying number of task instances to its executor at once.
ENQUEUE = [
    "Trying to enqueue tasks: [<TaskInstance: etl.extract run_7 [scheduled]>] for executor: Local",
    "Trying to enqueue tasks: [<TaskInstance: etl.transform run_7 [scheduled]>, "
    "<TaskInstance: etl.audit run_7 [scheduled]>] for executor: Local",
]


def test_values_of_several_lengths_after_a_label_are_one_template() -> None:
    got = templates(RECEIVED)
    assert set(got.values()) == {"Received task: <*>"}


def test_a_list_of_any_length_after_a_label_is_one_template() -> None:
    got = templates(ENQUEUE)
    # (The head keeps what the record ends with, from its last label on.)
    assert set(got.values()) == {"Trying to enqueue tasks: <*> for executor: Local"}


def test_a_later_template_joins_a_known_head() -> None:
    heads = value_after_label_heads(
        ["Received task: billing.retry_charge[<*>]  ETA:[<*>]"], known=["Received task: <*>"]
    )
    assert heads == {"Received task: billing.retry_charge[<*>]  ETA:[<*>]": "Received task: <*>"}


def test_order_does_not_matter() -> None:
    assert templates(RECEIVED) == templates(list(reversed(RECEIVED)))


def test_sentences_after_a_colon_stay_apart() -> None:
    # A statement's own wording of what went wrong: one event class each.
    lines = [
        "job 17 cleanup failed: Permission denied",
        "job 23 cleanup failed: No such file or directory",
        "job 31 cleanup failed: Permission denied",
        "job 42 cleanup failed: No such file or directory",
    ]
    assert len(set(templates(lines).values())) == 2


def test_a_code_and_its_text_after_a_colon_stay_apart() -> None:
    # A proxy's configuration stream closing with a gRPC status and its message: each message
    # is its own problem, as a sentence right after the colon is.
    lines = [
        "config stream to xds_cluster closed: 14, no healthy upstream",
        "config stream to xds_cluster closed: 4, Deadline Exceeded",
        "config stream to xds_cluster closed: 14, no healthy upstream",
        "config stream to xds_cluster closed: 4, Deadline Exceeded",
        "config stream to xds_cluster closed: 14, upstream connect error or disconnect/reset "
        "before headers. reset reason: connection failure",
    ]
    got = templates(lines)
    assert len(set(got.values())) == 3
    assert got[lines[0]] == "config stream to xds_cluster closed: <*>, no healthy upstream"


def test_a_list_of_values_after_a_colon_is_still_one_value() -> None:
    heads = value_after_label_heads(
        ["cluster members: <*>, <*>", "cluster members: <*>, <*>, <*>", "cluster members: <*>"]
    )
    assert set(heads.values()) == {"cluster members: <*>"}


def test_a_component_before_a_colon_is_no_label() -> None:
    heads = value_after_label_heads(
        ["sched/backfill: _start_job: [<*>] on node <*>", "sched/backfill: _start_job: [<*>]"]
    )
    assert heads == {}


def test_a_field_name_is_no_label() -> None:
    # One statement per event type: a capitalised key's value is no free value.
    heads = value_after_label_heads(
        [
            "Processing the event EventType: CONTAINER_REMOTE_LAUNCH for container <*>",
            "Processing the event EventType: TA_DIAGNOSTICS_UPDATE",
        ]
    )
    assert heads == {}


def test_a_colon_after_a_value_is_no_label() -> None:
    heads = value_after_label_heads(
        [
            "Received disconnect from <*>: <*>: Bye Bye [preauth]",
            "Received disconnect from <*>: <*>",
        ]
    )
    assert heads == {}


def test_values_of_one_length_are_left_to_the_miner() -> None:
    heads = value_after_label_heads(["Received task: a.b[<*>]", "Received task: c.d[<*>]"])
    assert heads == {}


def test_heads_of_a_family() -> None:
    heads = value_after_label_heads(
        ["Installed features: [agroal, cdi]", "Installed features: [agroal, cdi, vertx]"]
    )
    assert heads == {
        "Installed features: [agroal, cdi]": "Installed features: <*>",
        "Installed features: [agroal, cdi, vertx]": "Installed features: <*>",
    }


def test_keyed_fields_after_a_colon_stay_apart() -> None:
    # A database server logs a TCP client's port, and none for one on the Unix socket: two
    # statements, whose keys the server writes, not one value of two lengths.
    lines = [
        "connection received: host=10.0.2.15 port=49566",
        "connection received: host=10.0.2.16 port=50312",
        "connection received: host=10.0.4.9 port=41877",
        "connection received: host=[local]",
        "connection received: host=10.0.2.31 port=38011",
        "connection received: host=[local]",
    ]
    got = templates(lines)
    assert got[lines[0]] != got[lines[3]]
    assert got[lines[0]] == got[lines[1]] == got[lines[4]]
    assert (
        value_after_label_heads(
            ["connection received: host=<*> port=<*>", "connection received: host=<*>"]
        )
        == {}
    )


# A servlet container's start-up banner: one line per JVM argument, each one token between
# blanks, but `=` and `:` split them into tokens of other counts.
ARGUMENTS = [
    "Command line argument: --add-opens=java.base/java.lang=ALL-UNNAMED",
    "Command line argument: --add-opens=java.base/java.io=ALL-UNNAMED",
    "Command line argument: --add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED",
    "Command line argument: -Djava.util.logging.config.file=/opt/tomcat/conf/logging.properties",
    "Command line argument: -Dcatalina.base=/opt/tomcat",
    "Command line argument: -Xms1024m",
    "Command line argument: -Xmx2048m",
    "Command line argument: -XX:+UseG1GC",
    "Command line argument: -Djava.io.tmpdir=/opt/tomcat/temp",
    "Command line argument: -Dignore.endorsed.dirs=",
]


def test_values_of_one_word_but_other_shapes_are_one_template() -> None:
    assert set(templates(ARGUMENTS).values()) == {"Command line argument: <*>"}


def test_a_record_of_labelled_fields_keeps_its_reasons_apart() -> None:
    # A server dropping clients (written for this test): the reason after the record's
    # fields is the statement's own words, one group each.
    lead = "Dropped session <*> of db: <*> user: <*> host: <*> "
    new = [lead + "(client went away).", lead + "(read timed out after idle)."]
    assert value_after_label_heads(new) == {}
    lines = [
        f"Dropped session {n} of db: '{db}' user: '{u}' host: '10.0.0.{n}' ({why})."
        for n, (db, u, why) in enumerate(
            [("shop", "app", "client went away"), ("billing", "bill", "read timed out after idle")]
            * 6,
            start=2,
        )
    ]
    got = templates(lines)
    assert len(set(got.values())) == 2


def test_an_aside_that_ends_the_value_stays_the_statements() -> None:
    # A name server's NOTIFY to a secondary: acknowledged, or refused with the error, each
    # said in the statement's words in parentheses after the value.
    lines = [
        f"Removed from notification list: '{zone}' to {peer}  (was acknowledged)"
        for zone, peer in [
            ("example.com", "10.0.0.2:53"),
            ("example.net", "10.0.0.2:53"),
            ("corp.example.com", "10.0.0.3:53"),
        ]
    ] + [
        f"Removed from notification list: '{zone}' to {peer} (resolver gave error {rcode})"
        for zone, peer, rcode in [
            ("example.com", "192.0.2.53:53", "Refused"),
            ("example.org", "192.0.2.53:53", "Refused"),
            ("example.net", "198.51.100.7:53", "NotAuth"),
        ]
    ]
    got = templates(lines)
    acknowledged = {got[line] for line in lines[:3]}
    assert acknowledged == {"Removed from notification list: <*> to <*>  (was acknowledged)"}
    assert not acknowledged & {got[line] for line in lines[3:]}
    # Values of several lengths before the same aside are still one value; the head keeps
    # the aside, so a value of a third length with the other aside stays apart.
    heads = value_after_label_heads(
        [
            "Removed from notification list: <*> to <*>  (was acknowledged)",
            "Removed from notification list: <*>  (was acknowledged)",
            "Removed from notification list: <*> at <*> to <*> (resolver gave error <*>)",
        ]
    )
    assert heads == {
        "Removed from notification list: <*> to <*>  (was acknowledged)": (
            "Removed from notification list: <*>  (was acknowledged)"
        ),
    }


def test_a_sentence_that_ends_the_value_stays_the_statements() -> None:
    # Kibana's failed connector runs: the connector's type and id, its name, then what went
    # wrong in words, one problem each.
    heads = value_after_label_heads(
        [
            "action execution failure: <*>: ops-slack: error posting slack message",
            "action execution failure: <*>: oncall-email: an error occurred while running it",
        ]
    )
    assert heads == {}
    # Words after the value's own words are the value (Android's step a slow start got to).
    steps = [
        "Slow operation: <*> so far, now at startProcess: building args",
        "Slow operation: <*> so far, now at startProcess: done updating pids map",
    ]
    assert set(value_after_label_heads(steps).values()) == {"Slow operation: <*>"}


def test_a_sentence_after_the_value_s_full_stop_stays_the_statements() -> None:
    # Django's DisallowedHost: the host, then what is wrong with it in a sentence of its own,
    # two problems (one head for both before: the values' words differ in number).
    heads = value_after_label_heads(
        [
            "Invalid HTTP_HOST header: <*>. You may need to add <*> to ALLOWED_HOSTS.",
            "Invalid HTTP_HOST header: <*>. The domain name provided is not valid according"
            " to RFC <*>/<*>.",
        ]
    )
    assert heads == {}


def test_a_records_last_words_keep_its_problems_apart() -> None:
    # ScyllaDB's connection errors: an exception's name, then its record's fields, ending in
    # what went wrong; values of several shapes before two endings are two problems.
    lead = "exception while processing connection: "
    new = [
        lead + "std::system_error (error system:<*>, sendmsg: Broken pipe)",
        lead + "std::system_error (error system:<*>, read: Connection reset by peer)",
        lead + "seastar::nested_exception: std::system_error (error system:<*>, read: "
        "Connection reset by peer) (while cleaning up after a shutdown)",
    ]
    assert value_after_label_heads(new) == {}
    # Fields some records carry and others do not come before the end: one statement, whose
    # head keeps the end.
    lead = "Health check for server <*> failed, reason: "
    new = [
        lead + "<*> connection problem, info: <*>, check duration: <*>, status: <*> UP.",
        lead + "<*> timeout, check duration: <*>, status: <*> UP.",
    ]
    assert set(value_after_label_heads(new).values()) == {lead + "<*> status: <*> UP."}


def test_a_long_run_of_blanks_costs_a_time_linear_in_its_length() -> None:
    # (A pattern that opened with the blanks before the aside was tried at each of them.)
    blanks = " " * 60_000
    started = time.perf_counter()
    value_after_label_heads([f"sent to peers: <*>{blanks}x", f"sent to peers: <*> <*>{blanks}y"])
    assert time.perf_counter() - started < 2.0
