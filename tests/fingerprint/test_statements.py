"""A message over lines is mined by its first line when that line is a statement
(errctl/fingerprint/statements.py): what it printed below is no part of its template; a first
line that says nothing keeps the message whole."""

from __future__ import annotations

import pyarrow as pa

from errctl.fingerprint.mining import TemplateMiner, mine_column
from errctl.fingerprint.statements import says_something, statement_lines


def test_a_dump_under_a_statement_is_no_part_of_its_template() -> None:
    """Minecraft Bedrock's `list`: the players online on the line under the count. Mined whole,
    each list of names was a template of its own."""
    names = ["Emilia K", "Nether Nelly", "Sir Stoneheart", "Lunafox", "bee friend", "Papa Bär"]
    messages = [
        f"There are {n}/10 players online:\n" + ", ".join(names[i : i + n])
        for i in range(3)
        for n in range(1, 4)
    ]
    templates = set(mine_column(pa.array(messages), TemplateMiner()).to_pylist())
    assert templates == {"There are <*>/<*> players online:"}


def test_a_first_line_that_says_nothing_keeps_the_message_whole() -> None:
    messages = pa.array(
        [
            "mopidy_mpd.session\n  New MPD connection from [::ffff:192.168.1.10]:52464",
            "[12@glpi-app01]\nAn email to a@example.org was added to queue",
            "Code: DEADLINE_EXCEEDED\nQuery execution was interrupted",
            "<error>\n\t<dateline>1717740027</dateline>",
            "No line break here at all",
            None,
            "Received 512 bytes SIP message from 10.0.0.5:5060\n------\nOPTIONS sip:x SIP/2.0",
        ]
    )
    assert statement_lines(messages).to_pylist() == [
        *messages.to_pylist()[:6],
        "Received 512 bytes SIP message from 10.0.0.5:5060",
    ]
    chunked = pa.chunked_array([messages[:3], messages[3:]])
    assert statement_lines(chunked).to_pylist() == statement_lines(messages).to_pylist()


def test_a_statement_that_announces_its_sentence_below_stays_whole() -> None:
    """RabbitMQ's `... channel 1:` over the exception's sentence, dnf's errors under their
    announcement, an error over its span trace: the statement goes on below; an object or a
    list of names is what it printed."""
    messages = pa.array(
        [
            "Channel error on connection <0.690.0> (a -> b), channel 1:\n"
            "operation queue.declare caused a channel exception not_found: no queue 'x'",
            "Errors during downloading metadata for repository 'epel':\n"
            "  - Curl error (6): Couldn't resolve host name for https://mirrors.example.org",
            "New message received:\n{ message: { event: 'pusher:ping', data: {} } }",
            "Error encountered while processing the incoming HTTP request: x: NotFound\n"
            "   0: lemmy_api_crud::post::read::get_post\n           at crates/read.rs:21",
            "There are 2/10 players online:\nEmilia K, Nether Nelly",
        ]
    )
    assert statement_lines(messages).to_pylist() == [
        *messages.to_pylist()[:2],
        "New message received:",
        messages[3].as_py(),  # a span trace's frames below: the error's own lines
        "There are 2/10 players online:",
    ]


def test_words_of_a_sentence_not_names_or_codes() -> None:
    assert says_something("⚡ New message received:   ")
    assert not says_something("nautobot.core.api.views.ModelViewSet :")
    assert not says_something("Authentication error")
    assert not says_something("[1:MpdSession-2418 (_actor_loop)] mopidy_mpd.session")
