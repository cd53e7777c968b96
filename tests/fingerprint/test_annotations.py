"""A bracketed tag some messages of a statement carry among its words (an FTP server's user
once logged in) does not split the statement (errctl/fingerprint/annotations.py); a word, a
parenthesised aside or a pair does."""

from __future__ import annotations

from errctl.fingerprint.annotations import annotation_heads
from tests.fingerprint.helpers import templates

# An FTP server's protocol log: the user in brackets after the process once USER was accepted.
SESSION = [
    '[pid 2211] CONNECT: Client "198.51.100.7"',
    '[pid 2211] FTP command: Client "198.51.100.7", "USER alice"',
    '[pid 2211] FTP response: Client "198.51.100.7", "331 Please specify the password."',
    '[pid 2211] [alice] FTP command: Client "198.51.100.7", "PASS <password>"',
    '[pid 2211] [alice] FTP response: Client "198.51.100.7", "230 Login successful."',
    '[pid 2211] [alice] FTP command: Client "198.51.100.7", "PWD"',
    '[pid 2240] CONNECT: Client "203.0.113.30"',
    '[pid 2240] FTP command: Client "203.0.113.30", "USER backup"',
    '[pid 2240] [backup] FTP command: Client "203.0.113.30", "STOR nightly.tar"',
    '[pid 2240] [backup] FTP response: Client "203.0.113.30", "226 Transfer complete."',
]


def test_a_statement_with_and_without_a_bracketed_tag_is_one_template() -> None:
    got = templates(SESSION)
    assert set(got.values()) == {
        "[pid <*>] CONNECT: Client <*>",
        "[pid <*>] FTP command: Client <*>, <*>",
        "[pid <*>] FTP response: Client <*>, <*>",
    }


def test_it_holds_across_batches() -> None:
    got = templates(SESSION, batches=3)
    assert len(set(got.values())) == 3


def test_a_tag_after_the_text_is_one_too() -> None:
    # A privilege-separated child marks what it logs before authentication at the end.
    heads = annotation_heads(
        ["Connection closed by <*> port <*> [preauth]"],
        known=["Connection closed by <*> port <*>"],
    )
    assert heads == {
        "Connection closed by <*> port <*> [preauth]": "Connection closed by <*> port <*>"
    }


def test_a_new_plain_template_joins_its_known_annotated_spelling() -> None:
    heads = annotation_heads(
        ["[pid <*>] FTP command: Client <*>, <*>"],
        known=["[pid <*>] [alice] FTP command: Client <*>, <*>"],
    )
    assert heads == {
        "[pid <*>] FTP command: Client <*>, <*>": "[pid <*>] [alice] FTP command: Client <*>, <*>"
    }


def test_a_parenthesised_aside_a_word_or_a_pair_is_other_wording() -> None:
    # A name server logs `query (cache) ... denied` and `query ... denied` from two checks.
    assert (
        annotation_heads(
            [
                "client <*>#<*>: query (cache) <*> denied",
                "Failed password for invalid user <*> from <*>",
                "Session opened [uid=<*>] for <*>",
                "Listening on [<*>]:<*> for clients",
            ],
            known=[
                "client <*>#<*>: query <*> denied",
                "Failed password for <*> from <*>",
                "Session opened for <*>",
                "Listening on for clients",
            ],
        )
        == {}
    )


def test_what_is_left_must_be_a_statement() -> None:
    assert annotation_heads(["<*> [debug] done"], known=["<*> done"]) == {}


def test_a_tag_before_punctuation_is_one_too() -> None:
    # smartd tags a device it reads through a SAT layer, before the comma that ends the
    # device's part: the statement is the same with and without the tag.
    lines = [
        f"Device: /dev/{dev}{tag}, {text}"
        for dev, tag in (("sda", " [SAT]"), ("sdb", " [SAT]"), ("nvme0", ""), ("nvme1", ""))
        for text in ("opened", 'is SMART capable. Adding to "monitor" list.')
    ]
    assert set(templates(lines).values()) == {
        "Device: <*>, opened",
        "Device: <*>, is SMART capable. Adding to <*> list.",
    }
    assert annotation_heads({"Device: <*> [SAT], opened"}, {"Device: <*>, opened"}) == {
        "Device: <*> [SAT], opened": "Device: <*>, opened"
    }


# A mail server's connections: the client's name where the DNS gives one, else its address alone.
CONNECTIONS = [
    "SMTP connection from mail-wm1-f45.google.com [209.85.128.45]:54991 (connection count = 4)",
    "SMTP connection from [5.188.206.26]:47806 (connection count = 2)",
    "SMTP connection from mout.gmx.net [212.227.17.22]:33180 (connection count = 1)",
    "SMTP connection from [45.142.120.11]:51486 (connection count = 3)",
    "1s6PZO-umZY5T-iX <= ann@example.org H=mx.example.org [192.0.2.25] P=esmtps S=7731",
    "1s6Pa0-AbCdEf-12 <= ben@example.net H=[198.51.100.44] P=esmtps S=2012",
    "1s6Pb4-GhIjKl-3Q <= cy@example.com H=out.example.com [203.0.113.80] P=esmtps S=88120",
]


def test_a_hosts_name_before_its_bracketed_address_is_optional() -> None:
    got = templates(CONNECTIONS)
    assert set(got.values()) == {
        "SMTP connection from [<*>]:<*> (connection count = <*>)",
        "<*> <= <*> H=[<*>] P=esmtps S=<*>",
    }
    assert templates(CONNECTIONS, batches=3) == got


def test_a_name_before_other_brackets_or_a_word_stays_apart() -> None:
    heads = annotation_heads(["queued for <*> [<*>:<*>] done", "queued for [<*>] done"], [])
    assert heads == {}
    heads = annotation_heads(["relay via gateway [<*>]:<*> ok", "relay via [<*>]:<*> ok"], [])
    assert heads == {}
