"""A value some messages of a statement carry in front of its text (a VPN server's client
address) does not split the statement (errctl/fingerprint/prefixes.py); a word in front does."""

from __future__ import annotations

from errctl.fingerprint.prefixes import context_prefix_heads
from tests.fingerprint.helpers import templates

# A VPN server logs what it does for a client after the client's address (then its name and
# address); the client program, and the server outside a client's context, log it bare.
HANDSHAKES = [
    "TLS: Initial packet from [AF_INET]198.51.100.20:1194, sid=4be1c2d0 9f3a7e61",
    "203.0.113.9:51734 TLS: Initial packet from [AF_INET]203.0.113.9:51734, sid=0c5d8e2a 71b4f903",
    "203.0.113.77:40022 TLS: Initial packet from [AF_INET]203.0.113.77:40022, "
    "sid=a91f0c3e 5d27b844",
    "PUSH: Received control message: 'PUSH_REPLY,route 10.9.0.1,topology net30,ping 10'",
    "bob/203.0.113.77:40022 PUSH: Received control message: 'PUSH_REQUEST'",
    "carol/192.0.2.45:60311 PUSH: Received control message: 'PUSH_REQUEST'",
]


def test_a_statement_with_and_without_a_leading_value_is_one_template() -> None:
    got = templates(HANDSHAKES)
    assert set(got.values()) == {
        "TLS: Initial packet from [AF_INET]<*>, sid=<*>",
        "PUSH: Received control message: <*>",
    }


def test_it_holds_across_batches() -> None:
    got = templates(HANDSHAKES, batches=3)
    assert len(set(got.values())) == 2


def test_a_new_plain_template_joins_its_known_prefixed_spelling() -> None:
    heads = context_prefix_heads(
        ["TLS: Initial packet from <*>"], known=["<*> TLS: Initial packet from <*>"]
    )
    assert heads == {"TLS: Initial packet from <*>": "<*> TLS: Initial packet from <*>"}


def test_a_prefix_of_masks_and_punctuation_is_a_value() -> None:
    heads = context_prefix_heads(
        ["[<*>] NodeID set to <*>", "<*>:<*> session promoted to trusted"],
        known=["NodeID set to <*>", "session promoted to trusted"],
    )
    assert heads == {
        "[<*>] NodeID set to <*>": "NodeID set to <*>",
        "<*>:<*> session promoted to trusted": "session promoted to trusted",
    }


def test_a_word_in_front_is_other_wording() -> None:
    # `Stopped` is the statement's own word; `CLIENT/<*>` holds a name, not only values.
    assert (
        context_prefix_heads(
            ["Stopped <*> service cache", "CLIENT/<*> route added"],
            known=[
                "<*> service cache",
                "route added",
            ],
        )
        == {}
    )


def test_a_bare_value_or_a_single_word_is_no_statement() -> None:
    # `<*> done` next to `done`, `<*> <*> ms` next to `<*> ms`: nothing of a statement left.
    assert context_prefix_heads(["<*> done", "<*> took <*>"], known=["done", "took <*>"]) == {}


def test_messages_that_differ_in_their_own_words_stay_apart() -> None:
    got = templates(
        [
            "203.0.113.9:51734 TLS: soft reset sec=3600 bytes=0/-1 pkts=0/0",
            "203.0.113.10:51735 TLS: soft reset sec=3600 bytes=0/-1 pkts=0/0",
            "TLS: hard reset sec=0 bytes=0/-1 pkts=0/0",
        ]
    )
    assert len(set(got.values())) == 2
