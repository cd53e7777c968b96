"""A template mined from one layout of a value is absorbed by the template of another layout
(errctl/fingerprint/absorb.py), and never one with other wording."""

from __future__ import annotations

import random

import pytest

from errctl.fingerprint.absorb import absorbing
from errctl.fingerprint.masking import mask_message
from errctl.fingerprint.mining import TemplateMiner

JOBS = ["InvoicePdfJob", "SyncOrdersJob", "PurgeCartsJob", "RebuildIndexJob", "ResizeImageJob"]

NAMES = ["tzdata", "perl-base", "ca-certificates", "openssl", "git-man", "less", "curl"]
NAMES += ["dbus", "xz-utils", "gnupg", "bash", "coreutils", "findutils", "sed", "tar", "gzip"]
NAMES += ["zlib1g", "mawk", "grep", "adduser", "passwd", "login", "mount", "procps", "nano"]
VERSIONS = ["2024a-0+deb12u1", "2.36-9+deb12u10", "1:9.2p1-2+deb12u3", "20230311", "3.0.15-1"]


def apt_lines() -> list[str]:
    """Package-manager progress lines as apt writes them: a package is `name` or `name:arch`,
    a version has an epoch (`1:`) or not, so one event has several token layouts."""
    lines = []
    for i, name in enumerate(NAMES):
        for j, package in enumerate((name, f"{name}:amd64", f"lib{name}3:amd64")):
            version = VERSIONS[(i + j) % len(VERSIONS)]
            lines.append(f"Setting up {package} ({version}) ...")
            lines.append(f"Unpacking {package} ({version}) ...")
            lines.append(f"Selecting previously unselected package {package}.")
    return lines


def templates_of(lines: list[str]) -> dict[str, set[str]]:
    """{first word: the templates its lines got}."""
    masked = [mask_message(line) for line in lines]
    out: dict[str, set[str]] = {}
    for line, template in zip(lines, TemplateMiner().assign(masked), strict=True):
        out.setdefault(line.split()[0], set()).add(template)
    return out


def test_each_event_is_one_template_whatever_the_layout_of_its_values():
    # Without absorption: `Setting up <*>:<*> (<*>:<*>) ...` and three more layouts each.
    found = templates_of(apt_lines())
    assert found == {
        "Setting": {"Setting up <*> (<*>) ..."},
        "Unpacking": {"Unpacking <*> (<*>) ..."},
        "Selecting": {"Selecting previously unselected package <*>."},
    }


def test_the_result_does_not_depend_on_the_order_of_the_lines():
    lines = apt_lines()
    masked = [mask_message(line) for line in lines]
    expected = dict(zip(masked, TemplateMiner().assign(masked), strict=True))
    for seed in range(5):
        random.Random(seed).shuffle(masked)
        assert dict(zip(masked, TemplateMiner().assign(masked), strict=True)) == expected


def test_another_wording_is_never_absorbed():
    general = "Failed password for <*> from <*> port <*> ssh2"
    specific = "Failed password for invalid user <*> from <*> port <*> ssh2"
    assert absorbing([general, specific], []) == {}


@pytest.mark.parametrize(
    "general, specific",
    [
        # A span made of constant text only: a template no data called variable there.
        ("Adding debian:<*>", "Adding debian:Foo_Root_CA.pem"),
        # A whole token of its own words inside the span: a further key, not the value.
        ("login failure rhost=<*>", "login failure rhost=<*> user=<*>"),
        # A word standing alone next to the value.
        ("status <*>:<*>", "status unpacked less:<*>"),
        ("Connecting to <*>", "Connecting to localhost:<*>"),
    ],
)
def test_a_span_must_be_the_value_alone(general, specific):
    assert absorbing([specific], [general]) == {}


@pytest.mark.parametrize(
    "general, specific",
    [
        ("Setting up <*> (<*>) ...", "Setting up <*>:<*> (<*>:<*>) ..."),
        # Constant text in a token the data found varying in part (`<*>:all`).
        ("status <*>:<*>", "status <*>:all <*>"),
        ("Connecting to brokers <*>", "Connecting to brokers <*>:<*>,<*>:<*>"),
    ],
)
def test_another_layout_of_the_values_is_absorbed(general, specific):
    assert absorbing([specific], [general]) == {specific: general}


def test_a_rarer_layout_keeps_a_value_its_cluster_saw_once():
    # A job runner logs each job's arguments: one job class alone passes two, so its
    # messages are a shape of their own and their cluster shows one class. The class is a
    # value seen once there, and the template another layout of the general one's values.
    general = "Running <*> (id <*>) with arguments: <*>"
    specific = "Running ReportMailerJob (id <*>) with arguments: <*>, <*>"
    assert absorbing([specific, general], []) == {specific: general}
    lines = [f"Running {job} (id {n}) with arguments: {n * 7}" for n, job in enumerate(JOBS)]
    lines += [f"Running ReportMailerJob (id {n}) with arguments: {n}, {n + 1}" for n in range(3)]
    miner = TemplateMiner()
    assert set(miner.assign([mask_message(m) for m in lines])) == {general}


def test_a_php_class_seen_once_in_a_rarer_layout_is_a_value_too():
    # A PHP server's background jobs: one job class alone passes arguments as JSON, so its
    # messages are a shape of their own; its class, qualified by PHP's `\`, is the value the
    # general template's `<*>` stands for, as a class qualified by `::` is.
    general = "Background job <*> (id: <*>, arguments: <*>) ran for <*> seconds"
    specific = (
        "Background job OCA\\Preview\\BackgroundJob\\GeneratePreviews "
        "(id: <*>, arguments: {<*>:<*>}) ran for <*> seconds"
    )
    assert absorbing([specific, general], []) == {specific: general}


@pytest.mark.parametrize(
    "general, specific",
    [
        # Constant text alone, with no value laid out otherwise: another statement's words.
        (
            "Running <*> (id <*>) with arguments: <*>",
            "Running cleanup (id <*>) with arguments: <*>",
        ),
        # Constant text of a key and its value, or of two tokens.
        ("Running <*> with <*>", "Running job:cleanup with <*>, <*>"),
        ("Running <*> with <*>", "Running nightly cleanup with <*>, <*>"),
    ],
)
def test_constant_text_needs_a_value_laid_out_otherwise_and_one_whole_token(general, specific):
    assert absorbing([specific], [general]) == {}


def test_known_templates_are_never_remapped_and_the_most_specific_wins():
    known = ["job <*> done", "job <*> done in <*>"]
    # A known template that a new one would absorb keeps its messages: stored groups stay.
    assert absorbing(["job <*> done"], ["job <*>:<*> done"]) == {}
    # Both known templates absorb this one; the one with more constant text wins.
    assert absorbing(["job <*>:<*> done in <*>:<*>"], known) == {
        "job <*>:<*> done in <*>:<*>": "job <*> done in <*>"
    }


def test_a_chain_of_absorptions_ends_at_its_root():
    new = ["sync <*>:<*>", "sync <*>:<*>:<*>"]
    assert absorbing(new, ["sync <*>"]) == {t: "sync <*>" for t in new}


def test_a_template_with_many_spans_or_a_long_text_absorbs_nothing():
    general = "a" + " <*>," * 13
    specific = "a" + " <*>:<*>," * 13
    assert absorbing([specific], [general]) == {}
    assert absorbing(["x " + "<*>:" * 400 + "<*>"], ["x <*>"]) == {}


def test_a_record_of_ten_values_still_absorbs_a_spelling_of_one():
    # A mail server's arrival line: the client's HELO is a name or an address literal.
    general = "<*> <= <*> H=(<*>) [<*>] P=esmtpsa X=<*>:<*>:<*> CV=no A=plain:<*> S=<*> id=<*>"
    specific = general.replace("H=(<*>)", "H=([<*>])")
    assert absorbing([specific, general], []) == {specific: general}


def test_a_later_batch_gets_the_absorbing_template_too():
    lines = apt_lines()
    masked = [mask_message(line) for line in lines]
    miner = TemplateMiner()
    first = dict(zip(masked, miner.assign(masked), strict=True))
    later = [mask_message("Setting up libfoo9:arm64 (1:2.0-1) ..."), *masked[:3]]
    assert miner.assign(later) == ["Setting up <*> (<*>) ...", *(first[m] for m in masked[:3])]


def test_a_text_that_ends_otherwise_costs_a_scan_not_every_placement():
    """Pieces are placed at their earliest fit, once. A regex of lazy groups tried every
    placement of every piece when the text ended otherwise: 0.6 s for five spans over 60
    repeats, and this case (eight spans, 190 repeats) would not finish."""
    general = "a " + "<*>:b" * 8
    specific = "a " + "<*>:b" * 190 + "<*>:c"
    assert absorbing([specific], [general]) == {}
    assert absorbing(["a " + "<*>:b" * 190], [general]) == {"a " + "<*>:b" * 190: general}


def test_a_list_of_any_length_is_one_template():
    # A program writes a list of items, each `path:level=N` (the level stays, after its
    # enumeration key), as many as it has: the list's length is a value's, not another event.
    rng = random.Random(7)
    lines = []
    for n in range(40):
        files = ", ".join(
            f"/srv/spool/q{rng.randrange(10, 99)}/seg-{rng.randrange(100, 999)}.dat:level=0"
            for _ in range(1 + n % 4)
        )
        lines.append(f"Merging segments [{files}, ] for queue q{rng.randrange(10, 99)}")
        lines.append(f"Merge of {1 + n % 4} segments done in {rng.randrange(5, 900)}ms")
    found = templates_of(lines)
    assert len(found["Merging"]) == 1, found["Merging"]
    assert found["Merge"] == {"Merge of <*> segments done in <*>"}


def test_another_copy_of_a_word_is_no_list_item():
    # Only copies of the token the `<*>` sits in count as items: `ok` after the value is
    # wording of the other template, as `invalid user` is.
    assert absorbing(["sent <*> ok", "sent <*> ok <*> ok"], []) == {}
    general = "Compacting (<*>) [<*>:level=0, ]"
    longer = "Compacting (<*>) [<*>:level=0, <*>:level=0, <*>:level=0, ]"
    assert absorbing([general, longer], []) == {longer: general}
    assert absorbing([general, "Compacting (<*>) [<*>:level=0, <*>:level=1, ]"], []) == {}


def test_a_bracket_of_several_words_is_a_value_its_others_show_one_token_of():
    # A search cluster logs why it created an index in brackets: `[api]`, `[rollover]`, and
    # `[auto(bulk api)]` when a bulk request created it, a shape of its own.
    general = "[<*>] creating index, cause [<*>], shards [<*>]"
    specific = "[<*>] creating index, cause [auto(bulk api)], shards [<*>]"
    assert absorbing([specific, general], []) == {specific: general}
    lines = [
        f"[orders-{n}] creating index, cause [{cause}], shards [{n % 3 + 1}]"
        for n, cause in enumerate(["api", "rollover", "api", "auto(bulk api)", "auto(bulk api)"])
    ]
    assert set(TemplateMiner().assign([mask_message(m) for m in lines])) == {general}
    # A bracket's value in part masked, with a word of its own: a servlet container names
    # the threads a web application left running, `[pool-2 reaper]` among `[<*>]`.
    general = "Application [<*>] left a thread named [<*>] running"
    specific = "Application [<*>] left a thread named [<*> reaper] running"
    assert absorbing([specific, general], []) == {specific: general}


def test_a_bracket_of_several_words_the_line_ends_with_is_a_value_too():
    # A Minecraft server names the advancement a player made last, in brackets: `[Stone Age]`
    # and `[Diamonds!]` were `[<*>]`, `[Getting an Upgrade]` and `[We Need to Go Deeper]`
    # (shapes of their own, one each) kept their words, as the line's last token.
    names = ["Stone Age", "Diamonds!", "Monster Hunter", "Sweet Dreams", "Acquire Hardware"]
    names += ["Getting an Upgrade", "We Need to Go Deeper"]
    players = ["Steve", "Alex", "kitsune", "BuilderBob"]
    lines = [f"{p} has made the advancement [{name}]" for name in names for p in players]
    got = set(TemplateMiner().assign([mask_message(m) for m in lines]))
    assert got == {"<*> has made the advancement [<*>]"}
    # One token in the bracket is the miner's to judge, at the end as anywhere.
    lines = [f"check {n} done [{w}]" for n, w in enumerate(["ok", "ok", "FAILED", "ok"] * 2)]
    assert "check <*> done [FAILED]" in set(TemplateMiner().assign(list(map(mask_message, lines))))


@pytest.mark.parametrize(
    "general, specific",
    [
        # One token in the bracket: the miner's to judge (`[FAILED]` may be an outcome).
        ("[<*>] check <*> [<*>] done", "[<*>] check <*> [FAILED] done"),
        # Brackets inside the bracket (their own layout), or no bracket at all.
        ("check <*> [<*>] done", "check <*> [disk [full] retry] done"),
        ("check <*> <*> done", "check <*> disk full done"),
        # A bracket that opens the message: its tag.
        ("[<*>] check <*>", "[audit log] check <*>"),
    ],
)
def test_only_a_whole_bracket_of_several_tokens_after_a_word_is_absorbed(general, specific):
    assert absorbing([specific], [general]) == {}


@pytest.mark.parametrize(
    ("specific", "absorbed"),
    [
        # A key's value its cluster saw one of, where the general template has `key=<*>`.
        ("connect <*>: state=CONNECTED, uptime=<*>", True),
        # An outcome is another event (outcomes.py), and a word that is no key's value too.
        ("connect <*>: state=failed, uptime=<*>", False),
        ("connect <*>: state=<*>, uptime=<*> CONNECTED", False),
    ],
)
def test_a_keys_value_seen_once_is_absorbed_by_the_keys_mask(specific, absorbed):
    general = specific.replace("CONNECTED", "<*>").replace("failed", "<*>")
    if "uptime=<*> <*>" in general:
        general = "connect <*>: state=<*>, uptime=<*> <*>"
    assert (specific in absorbing({specific, general}, ())) is absorbed


def test_a_head_of_record_values_is_absorbed_by_the_statement_beside_it():
    """Devices whose names masking keeps make a head (`tuplefields.py`) whose state is the one
    its cluster saw; those whose names it masks, with several states, `state=<*>`: one
    statement, one template."""
    lines = [
        f"from [{mac}]({name}, {model}, 6.5.62): state={state}, last_inform={n}"
        for n in range(40)
        for mac, name, model, state in (
            (f"d1:8f:eb:46:c9:{n:02x}", "UAP-AC-Pro-Store", "U7PG2", "CONNECTED"),
            (f"1f:f4:a8:c8:65:{n:02x}", "US-Office-Switch", "US8P60", "CONNECTED"),
            (f"39:e0:bd:4a:7d:{n:02x}", "U6-Pro-Office2", "UAP6MP", "CONNECTED"),
            (f"c7:a9:83:e4:01:{n:02x}", "U6-Lite-Lobby2", "UAL6", "CONNECTED"),
        )
    ] + [
        f"from [c7:a9:83:e4:01:f{k}](U6-Lite-Lobby2, UAL6, 6.6.55): state=PENDING, last_inform={k}"
        for k in range(3)
    ]
    miner = TemplateMiner()
    assert len(set(miner.assign([mask_message(x) for x in lines]))) == 1
