"""TemplateMemory: examples of templates that later batches are mined with, and takeovers."""

from __future__ import annotations

import sys

from errctl.fingerprint.memory import TemplateMemory
from errctl.fingerprint.mining import TemplateMiner
from errctl.models import EXAMPLES_PER_TEMPLATE


def _run(known: list[str], memory: TemplateMemory, messages: list[str]) -> list[str]:
    """One ingest run: a fresh miner with the store's templates and memory."""
    return TemplateMiner(known, memory=memory).assign(messages)


def test_a_run_is_mined_with_the_examples_of_earlier_runs():
    memory = TemplateMemory()
    first = _run([], memory, ["user alice logged in"])
    assert first == ["user alice logged in"]
    examples, _ = memory.drain()
    assert examples == [("user alice logged in", "user alice logged in")]
    later = TemplateMemory({"user alice logged in": ["user alice logged in"]})
    got = _run(first, later, ["user bob logged in", "user carol logged in", "user dan logged in"])
    assert got == ["user <*> logged in"] * 3
    assert later.drain()[1] == [("user alice logged in", "user <*> logged in")]
    # Without the examples, three users are a small vocabulary: three templates.
    alone = _run(first, TemplateMemory(), ["user bob logged in", "user carol logged in"])
    assert alone == ["user bob logged in", "user carol logged in"]


def test_a_pinned_template_is_never_taken_over():
    memory = TemplateMemory(
        {"user alice logged in": ["user alice logged in"]}, pinned=["user alice logged in"]
    )
    got = _run(
        ["user alice logged in"],
        memory,
        ["user bob logged in", "user carol logged in", "user dan logged in"],
    )
    assert got == ["user <*> logged in"] * 3
    assert memory.drain()[1] == []


def test_a_template_its_examples_mine_to_again_keeps_its_group():
    examples = ["disk sda full", "disk sdb full", "disk sdc full", "disk sdd full"]
    memory = TemplateMemory({"disk <*> full": examples})
    _run(["disk <*> full"], memory, ["disk is full now"])
    assert memory.drain()[1] == []


def test_no_mining_again_when_every_message_has_a_known_template():
    memory = TemplateMemory({"user alice logged in": ["user alice logged in"]})
    got = _run(["user <*> logged in", "user alice logged in"], memory, ["user bob logged in"])
    assert got == ["user <*> logged in"]
    assert memory.drain() == ([("user <*> logged in", "user bob logged in")], [])


def test_examples_are_bounded_and_show_the_layouts_of_values():
    memory = TemplateMemory()
    template = "install <*> <*>"
    plain = [f"install pkg{i} <*>" for i in range(3 * EXAMPLES_PER_TEMPLATE)]
    memory.remember((m, template) for m in plain)
    assert len(memory.context()) == EXAMPLES_PER_TEMPLATE // 2
    # Past half, only a message of a layout none of the examples has is kept.
    memory.remember([("install pkgx <*>:<*>-<*>", template), ("install pkgy <*>", template)])
    kept = list(memory.context())
    assert "install pkgx <*>:<*>-<*>" in kept and "install pkgy <*>" not in kept


def test_a_known_template_ending_a_sentence_takes_no_value_that_ends_one():
    """`Starting <*>.` was mined from values without a `.` of their own: `Starting Load Kernel
    Modules...` is another statement, which matters most when runs are small (each new message
    meets the known templates first)."""
    miner = TemplateMiner(["Starting <*>."])
    assert miner.assign(["Starting Load Kernel Modules...", "Starting Swap and Slices."]) == [
        "Starting Load Kernel Modules...",
        "Starting <*>.",
    ]


def test_a_known_template_takes_no_value_that_closes_a_bracket_it_did_not_open():
    """`1.2) over (1.1` is two values and the words between: apt's `Unpacking <*> (<*>) over
    (<*>) ...` is its own statement, though `Unpacking <*> (<*>) ...` spans it as text."""
    miner = TemplateMiner(["Unpacking <*> (<*>) ..."])
    got = miner.assign(["Unpacking tzdata (<*>) over (<*>) ...", "Unpacking tzdata (<*> (b)) ..."])
    assert got == ["Unpacking tzdata (<*>) over (<*>) ...", "Unpacking <*> (<*>) ..."]


def test_a_template_mined_from_examples_alone_takes_them_over():
    """Four users stored as four literal templates (a store from before the memory learnt
    their examples one run at a time): a batch with an unrelated message mines them again
    as one statement, which nobody logged since. It takes them over and is known from now."""
    users = ["alice", "bob", "carol", "dan"]
    literal = [f"user {u} logged in" for u in users]
    memory = TemplateMemory({t: [t] for t in literal})
    miner = TemplateMiner(literal, memory=memory)
    assert miner.assign(["disk full"]) == ["disk full"]
    takeovers = memory.drain()[1]
    assert sorted(takeovers) == [(t, "user <*> logged in") for t in literal]
    assert miner.assign(["user erin logged in"]) == ["user <*> logged in"]


def test_a_span_over_several_tokens_is_judged_by_mining_with_the_examples():
    """`Connection closed by <*> port <*>` spans sshd's `... by invalid user root <*> port <*>
    [preauth]` as text; mined with the examples, the users are a variable of another
    statement. A message mining leaves as it was keeps the known template."""
    known = "Connection closed by <*> port <*>"
    users = ["root", "pi", "admin", "oracle"]
    invalid = [f"Connection closed by invalid user {u} <*> port <*> [preauth]" for u in users]
    other = "Connection closed by <*> port <*> [preauth]"
    with_memory = TemplateMiner([known], memory=TemplateMemory({known: [known]}))
    assert with_memory.assign([*invalid, other]) == [
        *["Connection closed by invalid user <*> port <*> [preauth]"] * 4,
        known,
    ]
    assert TemplateMiner([known]).assign(invalid) == [known] * 4


def test_a_family_is_mined_with_its_own_examples_only():
    """Three users are a variable with the remembered `alice` of the same program; with another
    program's they stay a small vocabulary, as they would in a store of their own."""
    users = ["bob", "carol", "dan"]
    memory = TemplateMemory()
    TemplateMiner([], memory=memory).assign(["user alice logged in"], "app")
    known = ["user alice logged in"]
    other = TemplateMiner(known, memory=memory)
    got = other.assign([f"user {u} logged in" for u in users], "web")
    assert got == [f"user {u} logged in" for u in users]
    assert memory.drain()[1] == []
    same = TemplateMiner(known, memory=memory)
    later = [f"user {u} logged in" for u in ("erin", "fay", "gus")]
    assert same.assign(later, "app") == ["user <*> logged in"] * 3


def test_context_holds_the_familys_templates_then_those_of_no_family():
    memory = TemplateMemory(
        {"old <*>": ["old a"], "app <*>": ["app a"], "web <*>": ["web a"]},
        families={"app <*>": ["app"], "web <*>": ["web"]},
    )
    assert memory.context("app") == {"app a": "app <*>", "old a": "old <*>"}
    assert memory.context("db") == {"old a": "old <*>"}
    assert set(memory.context()) == {"old a", "app a", "web a"}
    memory.remember([("db x", "db <*>")], "db")
    assert memory.context("db") == {"db x": "db <*>", "old a": "old <*>"}
    assert memory.drain_families() == [("db <*>", "db")]


def test_a_taker_gets_the_families_of_the_template_it_takes_over():
    users = ["alice", "bob", "carol", "dan"]
    literal = [f"user {u} logged in" for u in users]
    memory = TemplateMemory({t: [t] for t in literal}, families={t: ["app"] for t in literal})
    miner = TemplateMiner(literal, memory=memory)
    assert miner.assign(["disk full"], "app") == ["disk full"]
    assert len(memory.drain()[1]) == 4
    assert ("user <*> logged in", "app") in memory.drain_families()
    assert "user alice logged in" not in memory.context("app").values()


def test_a_template_of_values_alone_takes_nothing_over():
    """Mined from unrelated statements of one shape, each seen once, a template of no word
    (`<*>: <*>`) spans them all: it says nothing of what they log, and takes none over."""
    statements = {"Kernel started: <*>": "<*>: <*>", "Heap size: <*>": "<*>: <*>"}
    memory = TemplateMemory({t: [t] for t in statements})
    assert memory.take_over({t: t for t in statements}, statements, lambda _: None) == set()
    assert memory.drain()[1] == []
    # A template with a word of its own does.
    worded = {"Kernel started: <*>": "Kernel <*>: <*>"}
    assert memory.take_over({t: t for t in worded}, worded, lambda _: None) == {"Kernel <*>: <*>"}


def _by_another_family(message: str, family: str = "notebook") -> str:
    """The template `message` gets in a run of `family` when the store knows these templates
    of family `server`."""
    known = [
        "Kernel started: <*>",
        "task <*>: OK",
        "Starting <*>",
        "segfault at <*> ip <*> sp <*> error <*> in <*>[<*>]",
    ]
    memory = TemplateMemory({t: [t] for t in known}, families={t: ["server"] for t in known})
    return TemplateMiner(known, memory=memory).assign([message], family)[0]


def test_another_familys_template_spans_no_words_over_a_blank():
    """Masking left nothing in the message to mine (`<*>, name: <*>`): another program's
    `<*>` spanning its words is no evidence that they are a value."""
    message = "Kernel started: <*>, name: <*>"
    assert _by_another_family(message) == message


def test_another_familys_template_spans_one_value_that_glues_words():
    """A task id whose words are glued with colons is one value (Proxmox's daemons log one
    statement each)."""
    assert _by_another_family("task <*>:vzdump:<*>:backup@pve: OK") == "task <*>: OK"


def test_a_familys_own_template_spans_words():
    known = ["Kernel started: <*>"]
    memory = TemplateMemory({t: [t] for t in known}, families={t: ["server"] for t in known})
    got = TemplateMiner(known, memory=memory).assign(["Kernel started: <*>, name: <*>"], "server")
    assert got == ["Kernel started: <*>"]


def test_a_formats_templates_from_before_layouts_are_each_layouts():
    """A store's templates of a format's family from before families named their times'
    layout are mined again with each layout's messages, and span their words."""
    from errctl.fingerprint.memory import mining_family

    before = mining_family(None, "generic")
    now = mining_family(None, "generic", "0-0-0a0:0:0-0")
    other = mining_family(None, "json", "0-0-0a0:0:0-0")
    memory = TemplateMemory(
        {"user alice logged in": ["user alice logged in"]},
        families={"user alice logged in": [before]},
    )
    assert memory.context(now) == {"user alice logged in": "user alice logged in"}
    assert memory.context(other) == {}
    assert memory.in_family("user alice logged in", now)
    assert not memory.in_family("user alice logged in", other)


def test_another_familys_short_template_takes_no_word_of_a_message():
    """`Starting <*>` of a service manager says nothing of NATS's `Starting JetStream`: a
    statement of NATS's own; the service manager's own messages take it."""
    assert _by_another_family("Starting JetStream") == "Starting JetStream"
    assert _by_another_family("Starting JetStream", "server") == "Starting <*>"
    assert _by_another_family("Starting <*>") == "Starting <*>"  # a value


def test_another_familys_statement_of_several_words_takes_a_word():
    """The kernel's segfault line is one statement whichever process it names (the syslog
    tag is the process's: one family each)."""
    message = "segfault at <*> ip <*> sp <*> error <*> in node[<*>]"
    assert _by_another_family(message) == "segfault at <*> ip <*> sp <*> error <*> in <*>[<*>]"


def test_another_familys_template_of_no_word_spans_nothing():
    """Another program's `<*>` (a line of values alone) is no statement the kernel's
    partition lines (` sdb: sdb1`, ` nvme0n1: p1 p2`) are."""
    memory = TemplateMemory({"<*>": ["<*>"]}, families={"<*>": ["server"]})
    got = TemplateMiner(["<*>"], memory=memory).assign([" <*>: <*>"], "kernel")
    assert got == [" <*>: <*>"]
    memory = TemplateMemory({"<*>": ["<*>"]}, families={"<*>": ["kernel"]})
    assert TemplateMiner(["<*>"], memory=memory).assign([" <*>: <*>"], "kernel") == ["<*>"]


def test_examples_keep_values_enough_of_each_layout():
    """A template's rare layout (Proxmox's `aptupdate::<user>` task ids among `vzdump:<id>:
    <user>`) keeps examples enough to show its values vary: mined again with a later run's
    messages, one example was one user, a word of the statement."""
    memory = TemplateMemory()
    template = "task <*>: OK"
    common = [f"task <*>:vzdump:<*>:user{i}: OK" for i in range(EXAMPLES_PER_TEMPLATE // 2)]
    rare = [f"task <*>:aptupdate::user{i}: OK" for i in range(6)]
    memory.remember([(m, template) for m in common + rare])
    kept = [example for example in memory.context() if "aptupdate" in example]
    assert len(kept) == 4


def test_another_familys_template_of_values_takes_no_punctuation():
    """NATS's banner rule (`-----`) is its own text, not a value of another program's `<*>`."""
    memory = TemplateMemory({"<*>": ["<*>"]}, families={"<*>": ["server"]})
    assert TemplateMiner(["<*>"], memory=memory).assign(["-----"], "nats") == ["-----"]
    assert TemplateMiner(["<*>"], memory=memory).assign(["<*>"], "nats") == ["<*>"]


def test_a_runs_messages_a_known_template_took_are_evidence_for_the_earlier_templates():
    """A first run saw three users, each a template of its own (`user alice logged in`), and a
    later one a user of two words (`user <*> logged in`, spelt with one `<*>`). A run whose
    fourth user that template takes (`erin`) shows the four users of one shape that, mined at
    once, are one variable: mined with the run's new messages, the known template's take is
    evidence too, and the three earlier templates are taken over."""
    literal = [f"user {u} logged in" for u in ("alice", "bob", "carol")]
    general = "user <*> logged in"
    examples = {t: [t] for t in literal} | {general: ["user dan smith logged in"]}
    memory = TemplateMemory(examples)
    miner = TemplateMiner([*literal, general], memory=memory)
    assert miner.assign(["user erin logged in", "disk full"]) == [general, "disk full"]
    assert sorted(memory.drain()[1]) == [(t, general) for t in literal]
    # Without a new message, nothing is mined again: the run costs a lookup a message.
    quiet = TemplateMemory(examples)
    assert TemplateMiner([*literal, general], memory=quiet).assign(["user erin logged in"]) == [
        general
    ]
    assert quiet.drain()[1] == []


def test_a_template_mining_merges_into_a_later_one_is_taken_over():
    """A first run logged one event (`Triggered refresh from 1 event`), a later one more
    (`... from 3 events`): mined together, the plural takes the singular (`plurals.py`), as it
    does at once, though neither template covers the other's text."""
    singular = "(<*>) Triggered <*> from <*> event"
    plural = "(<*>) Triggered <*> from <*> events"
    memory = TemplateMemory({singular: [singular]})
    assert TemplateMiner([singular], memory=memory).assign([plural]) == [plural]
    assert memory.drain()[1] == [(singular, plural)]


def test_a_template_of_an_empty_value_is_taken_over_by_the_values_template():
    """`chg=` logged with no value first, with one later: one statement, `chg=<*>`, as mined at
    once (`<*>` spans no empty text, so no cover of text says so)."""
    empty = "battery l=<*> chg="
    memory = TemplateMemory({empty: [empty]})
    got = TemplateMiner([empty], memory=memory).assign(["battery l=<*> chg=u"])
    assert got == ["battery l=<*> chg=<*>"]
    assert memory.drain()[1] == [(empty, "battery l=<*> chg=<*>")]


def test_no_template_is_taken_over_by_one_its_examples_make_more_specific():
    """A template's examples that all show one value (`user alice logged in`) mine to a
    template of that value; the template's own text gets no template from it."""
    general = "user <*> logged in"
    memory = TemplateMemory({general: ["user alice logged in"]})
    TemplateMiner([general], memory=memory).assign(["disk full"])
    assert memory.drain()[1] == []


def test_a_template_with_its_examples_all_kept_gives_no_evidence():
    """What a run's known messages add to mining is what the memory will keep of them: a
    template with all its examples adds nothing (the memory of a learnt log costs nothing
    more), one with room adds what it will keep, one of a layout at a time past half."""
    full = [f"user u{i} logged in" for i in range(EXAMPLES_PER_TEMPLATE)]
    memory = TemplateMemory({"user <*> logged in": full, "disk <*> full": ["disk sda full"]})
    assert memory.keeps([("user erin logged in", "user <*> logged in")]) == []
    assert memory.keeps(
        [("disk sdb full", "disk <*> full"), ("disk sda full", "disk <*> full")]
    ) == ["disk sdb full"]
    assert memory.drain() == ([], [])


def test_templates_of_one_family_share_the_record_of_it():
    """A log of distinct statements makes a template of each: what the memory keeps per
    template is what a run's memory grows with, so the record of their family is one object
    (a set per template was most of it), and a template of two families is still of both."""
    memory = TemplateMemory()
    memory.remember([("disk full", "disk full"), ("fan stopped", "fan stopped")], "app")
    memory.remember([("fan stopped", "fan stopped")], "web")
    memory.remember([("link down", "link down")], "web")
    assert memory.in_family("disk full", "app") and not memory.in_family("disk full", "web")
    assert memory.in_family("fan stopped", "app") and memory.in_family("fan stopped", "web")
    assert not memory.in_family("link down", "app")
    twice = TemplateMemory(families={}, examples={"a": ["a"], "b": ["b"]})
    twice.remember([("a", "a"), ("b", "b")], "app")
    assert twice._families["a"] is twice._families["b"]


def test_a_statement_logged_once_is_its_own_templates_string():
    """A message nothing varies in is its template: one string for both, since the run keeps
    both for as long as it knows the template (half the memory a template costs)."""
    messages = ["disk full on the root volume", "fan stopped"]
    got = TemplateMiner().assign(messages)
    assert got == messages
    assert all(t is m for t, m in zip(got, messages, strict=True))


def test_a_template_seen_once_keeps_its_example_in_the_least_memory():
    """Most templates of a log of distinct messages have one example: held in a list (with
    room to grow), it cost twice what a tuple of one does, for every template of the run."""
    memory = TemplateMemory({"disk <*>": ["disk full"]})
    memory.remember([("fan stopped", "fan stopped"), ("disk gone", "disk <*>")], "app")
    assert memory.context("app") == {
        "fan stopped": "fan stopped",
        "disk gone": "disk <*>",
        "disk full": "disk <*>",
    }
    assert sys.getsizeof(memory._examples["fan stopped"]) <= sys.getsizeof(("fan stopped",))


def test_a_span_over_a_value_and_the_reason_after_it_is_a_statement_of_its_own():
    """A known template's last `<*>` matches ISC dhcpd's `... via eth1: wrong network.` as
    the value `eth1: wrong network.`; mined at once, the NAK's reason keeps it apart from the
    requests, so a later run keeps it apart too (the requests' group must not hide it)."""
    known = "DHCPREQUEST for <*> from <*> via <*>"
    examples = [known, "DHCPREQUEST for <*> from <*> via eth1"]
    memory = TemplateMemory({known: examples})
    nak = "DHCPREQUEST for <*> from <*> via eth1: wrong network."
    assert _run([known], memory, [nak, examples[1]]) == [nak, known]
    # A span with no reason after a value is still the known template's (`[preauth]`).
    closed = "Connection closed by <*> port <*>"
    memory = TemplateMemory({closed: [closed]})
    assert _run([closed], memory, [f"{closed} [preauth]"]) == [closed]
    # Nor is a reason with a value in it (`: no such file <*>` may be a longer value).
    failed = "Failed to open <*>"
    memory = TemplateMemory({failed: [failed]})
    assert _run([failed], memory, ["Failed to open <*>: error <*>"]) == [failed]


def test_a_span_over_a_further_field_is_a_statement_of_its_own():
    """Zimbra's audit line `cmd=Auth; account=...; protocol=imap;` with a further field when
    the login failed (`error=authentication failed for [...], invalid password;`): the known
    template's last `<*>` must not take `imap; error=...` for the protocol's value, or every
    failed login hides in the group of the good ones. A value over blanks is still one."""
    known = "cmd=Auth; account=<*>; protocol=<*>;"
    memory = TemplateMemory({known: [known, "cmd=Auth; account=<*>; protocol=imap;"]})
    failed = (
        "cmd=Auth; account=<*>; protocol=imap; "
        "error=authentication failed for [<*>], invalid password;"
    )
    assert _run([known], memory, [failed]) == [failed]
    done = "job <*> finished with status=<*> after <*>"
    memory = TemplateMemory({done: [done]})
    assert _run([done], memory, ["job nightly db backup finished with status=<*> after <*>"]) == [
        done
    ]
