from __future__ import annotations

import random

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from errctl.fingerprint.masking import MASK, mask_message
from errctl.fingerprint.mining import TemplateMiner, explain, mine_column
from tests.fingerprint.helpers import templates

USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace"]
STATES = ["LOOKING", "FOLLOWING"]


def family() -> list[str]:
    """Hand-written messages of a few templates, masked as ingest masks them."""
    raw = []
    for i, user in enumerate(USERS):
        raw.append(f"Accepted password for {user} from 10.0.0.{i} port {4000 + i} ssh2")
        raw.append(f"session opened for user {user} by (uid={i})")
    for i in range(3):
        raw.append(f"PacketResponder {i} for block blk_{9000 + i} terminating")
    for state in STATES:
        raw.append(f"Notification: 3 (n.leader), {state} (n.state)")
    for code in (400, 404, 500):
        raw.append(f"GET /api/items returned HTTP {code}")
        raw.append(f"request done status={code} in 12ms")
    raw.append("Starting service cache")
    raw.append("Stopping service cache")
    return sorted({mask_message(m) for m in raw})


def groups(messages: list[str], templates: list[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m, t in zip(messages, templates, strict=True):
        out.setdefault(t, set()).add(m)
    return out


def test_variables_are_found_by_how_values_vary():
    messages = family()
    templates = TemplateMiner().assign(messages)
    got = set(templates)
    assert "Accepted password for <*> from <*> port <*>" in got
    assert "session opened for user <*> by (uid=<*>)" in got
    assert "PacketResponder <*> for block <*> terminating" in got


def test_small_vocabularies_and_status_codes_stay_constant():
    templates = set(TemplateMiner().assign(family()))
    for state in STATES:
        assert f"Notification: <*> (n.leader), {state} (n.state)" in templates
    for code in (400, 404, 500):
        assert f"GET <*> returned HTTP {code}" in templates
        assert f"request done status={code} in <*>" in templates
    assert "Starting service cache" in templates
    assert "Stopping service cache" in templates


def test_one_template_per_input_in_order_with_duplicates():
    messages = family()
    doubled = messages + messages[::-1]
    templates = TemplateMiner().assign(doubled)
    assert len(templates) == len(doubled)
    assert templates[: len(messages)] == templates[len(messages) :][::-1]


def test_input_order_does_not_matter():
    messages = family()
    shuffled = list(messages)
    random.Random(7).shuffle(shuffled)
    a = dict(zip(messages, TemplateMiner().assign(messages), strict=True))
    b = dict(zip(shuffled, TemplateMiner().assign(shuffled), strict=True))
    assert a == b


def test_known_templates_never_change_and_are_reused():
    known = ["session opened for user <*> by (uid=<*>)", "Starting service cache"]
    miner = TemplateMiner(known)
    templates = miner.assign(
        ["session opened for user zed by (uid=<*>)", "Starting service cache", "new thing here"]
    )
    assert templates == [*known, "new thing here"]
    assert miner.templates[:2] == known


def test_known_template_variables_span_several_tokens():
    miner = TemplateMiner(["Connection from <*> closed by peer"])
    assert miner.assign(["Connection from some client name closed by peer"]) == [
        "Connection from <*> closed by peer"
    ]


def test_the_most_specific_known_template_wins():
    known = ["Failed password for <*> from <*>", "Failed password for invalid user <*> from <*>"]
    miner = TemplateMiner(known)
    assert miner.assign(["Failed password for invalid user x from <*>"]) == [known[1]]
    assert miner.assign(["Failed password for root from <*>"]) == [known[0]]


def test_a_mostly_variable_template_does_not_swallow_other_messages():
    miner = TemplateMiner(["<*>", "<*> started"])
    assert miner.assign(["Registered BlockManager", "Slf4jLogger really started now"]) == [
        "Registered BlockManager",
        "Slf4jLogger really started now",
    ]


def test_batches_give_the_templates_one_batch_gives():
    messages = family()
    whole = dict(zip(messages, TemplateMiner().assign(messages), strict=True))
    miner = TemplateMiner()
    # First half of every template family, then the rest: templates mined from the first
    # batch are known for the second, whose messages match them.
    first = [m for i, m in enumerate(messages) if i % 2 == 0]
    rest = [m for i, m in enumerate(messages) if i % 2 == 1]
    split = dict(zip(first, miner.assign(first), strict=True))
    split.update(zip(rest, miner.assign(rest), strict=True))
    # Same groups (each template of the whole run maps to one template of the split run).
    assert groups(messages, [whole[m] for m in messages]) == groups(
        messages, [split[m] for m in messages]
    )


def test_explain_reports_the_variable_tokens():
    assert explain("user bob from <*>", "user <*> from <*>") == [(1, "bob"), (3, MASK)]
    assert explain("from a b c end", "from <*> end") == [(1, "a"), (2, "b"), (3, "c")]


# --------------------------------------------------------------------------- properties

text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40)


@settings(max_examples=200)
@given(st.lists(text, max_size=25), st.lists(text, max_size=5))
def test_assign_never_raises_and_returns_one_template_per_input(messages, known):
    miner = TemplateMiner(known)
    templates = miner.assign(messages)
    assert len(templates) == len(messages)
    assert set(templates) <= set(miner.templates)
    assert all(isinstance(t, str) for t in templates)


@given(
    st.lists(st.integers(min_value=0, max_value=10**9), min_size=6, max_size=6),
    st.lists(st.sampled_from(USERS), min_size=3, max_size=3),
)
def test_a_template_does_not_move_when_only_masked_values_change(numbers, users):
    def batch(ns, us):
        return [
            mask_message(f"user {u} paid {n} cents in {n % 97}ms")
            for u, n in zip(us, ns, strict=True)
        ]

    base = [mask_message(f"user {u} paid 1234 cents in 5ms") for u in USERS]
    miner = TemplateMiner()
    (template,) = set(miner.assign(base))
    assert miner.assign(batch(numbers[:3], users)) == [template] * 3
    assert TemplateMiner([template]).assign(batch(numbers[3:], users)) == [template] * 3


def test_status_codes_kept_by_masking_are_never_mined_into_a_variable():
    statuses = [200, 500, 502, 503, 504, 404] * 5
    masked = sorted({mask_message(f"GET /a/{i} HTTP/1.1 {s}") for i, s in enumerate(statuses)})
    templates = set(TemplateMiner().assign(masked))
    assert templates == {f"GET <*> HTTP/<*> {s}" for s in set(statuses)}


def test_a_long_message_is_mined_from_its_first_characters() -> None:
    from errctl.fingerprint.bounded import MINE_CHARS, bounded_message

    head = "payload dump " + " ".join(f"k{i}=v" for i in range(3000))
    assert len(head) > MINE_CHARS
    a, b = head + " tail one", head + " and another tail"
    miner = TemplateMiner()
    templates = mine_column(pa.array([a, b, "short message"]), miner).to_pylist()
    assert templates[0] == templates[1]
    assert templates[0].endswith("<*>") and len(templates[0]) <= MINE_CHARS + 8
    assert templates[2] == "short message"
    assert bounded_message("short message") == "short message"
    assert bounded_message(a).endswith(" <*>")


def test_a_column_is_cut_as_each_message_would_be() -> None:
    # Characters, not bytes: a row of two-byte characters just under the limit stays whole.
    from errctl.fingerprint.bounded import MINE_CHARS, bounded_column, bounded_message

    rows = ["é" * MINE_CHARS, "é" * (MINE_CHARS + 1), None, "a" * (MINE_CHARS + 5), "short"]
    expected = [None if m is None else bounded_message(m) for m in rows]
    assert bounded_column(pa.array(rows)).to_pylist() == expected
    assert bounded_column(pa.chunked_array([rows[:2], rows[2:]])).to_pylist() == expected
    assert bounded_column(pa.array(rows[:1] + rows[4:])).to_pylist() == [rows[0], rows[4]]


def test_long_rows_are_masked_apart_yet_mined_as_their_cut_text() -> None:
    # mine_column masks a long row's cut text on its own and the column with that row left
    # out (null): every row gets the template its cut text would, in any slice of a column.
    from errctl.fingerprint.bounded import MINE_CHARS, bounded_message

    long = "job 7 failed: " + "é1 " * MINE_CHARS
    rows = ["job 12 failed: disk full", long, None, "job 9 failed: disk full", long + "x"]
    rows += ["retry 3 of job 4", None, "é" * (MINE_CHARS + 2), "retry 5 of job 8"]
    for kind in (pa.string(), pa.large_string()):
        column = pa.array(["padding 1"] * 3 + rows, kind).slice(3)
        cut = pa.array([None if m is None else bounded_message(m) for m in rows], kind)
        got = mine_column(column, TemplateMiner()).to_pylist()
        assert got == mine_column(cut, TemplateMiner()).to_pylist()
        assert got[2] is None and got[1] == got[4] and got[0] == got[3]


def test_a_hostile_megabyte_of_tokens_gets_a_template() -> None:
    """260,000 tokens in one message: the miner reads the first MINE_CHARS characters only
    (before the cap, one column of counts per token took the ingest of such lines to hours)."""
    line = "a=" * (1 << 19)
    (template,) = mine_column(pa.array([line]), TemplateMiner()).to_pylist()
    assert template.endswith("<*>")


def test_a_dictionary_column_mines_as_its_plain_form() -> None:
    """Arrow hands dictionary-encoded strings to a library caller that read Parquet or
    DuckDB; the cut of over-long messages had no kernel for them."""
    from errctl.fingerprint.bounded import MINE_CHARS

    plain = pa.array(
        ["took 12ms", "took 15ms", None, "user 5 login", "x " * MINE_CHARS, "took 99ms"]
    )
    expected = mine_column(plain, TemplateMiner()).to_pylist()
    got = mine_column(plain.dictionary_encode(), TemplateMiner())
    assert got.to_pylist() == expected


def test_a_token_masking_cut_in_part_is_a_variable_however_few_its_prefixes():
    # An index name joined to its generated id (`orders/<id>`): two indices only, yet the
    # token varies by instance as a whole mask would.
    raw = [
        "[node-a] [orders/Qm3vX9pLr2TtYw8Kd1Zs0A] put_mapping [doc]",
        "[node-a] [orders/Pk8wB1mTz5QaXc2Ve7Ny4D] put_mapping [doc]",
        "[node-a] [audit-log/Hy7cN2bWq4RfUe6Ja5Lm3B] put_mapping [doc]",
    ]
    masked = [mask_message(m) for m in raw]
    assert masked[0] == "[node-a] [orders/<*>] put_mapping [doc]"
    assert set(TemplateMiner().assign(masked)) == {"[node-a] [<*>] put_mapping [doc]"}


def test_a_rare_name_whose_count_matches_a_rare_word_is_no_template_of_its_own():
    # A package manager's state changes: hundreds of package names (a variable) after a few
    # states. `reinstreq` is seen 3 times, and so is `zlib-tools` (one of them): agreeing on
    # a count says nothing, the package column has too many values to hold constants.
    packages = [f"{w}-{s}" for w in ("libfoo", "perl", "gnome", "xorg") for s in "abcdefghij"]
    states = ["unpacked", "half-configured", "installed", "config-files"]
    raw = [f"state {st} {pkg}:amd64 1.{i}-2" for pkg in packages for i, st in enumerate(states)]
    raw += [f"state reinstreq {pkg}:amd64 2.0-1" for pkg in ("zlib-tools", "bash-x", "curl-y")]
    raw += [f"state {st} zlib-tools:amd64 2.0-1" for st in states[:2]]
    templates = set(TemplateMiner().assign(sorted({mask_message(m) for m in raw})))
    assert templates == {"state <*>:<*>"}


def test_sentences_logged_once_each_keep_their_words():
    # A shape group of different sentences that share only their trailing `...`: their rare
    # words are most of each message, so they stay constants, not one `<*> ...` template.
    raw = [
        "Reloading system manager configuration ...",
        "Building dependency tree now ...",
        "Writing extended state information ...",
        "Checking filesystem journal again ...",
        "Mounting remote volumes from ...",
        "Starting network time sync ...",
        "Generating locales for everyone ...",
        "Flushing journal to storage ...",
    ]
    assert TemplateMiner().assign(raw) == raw


def test_a_broker_list_of_any_length_shares_the_single_broker_template():
    # A client logs where it connects: the loopback alone on a laptop, a list of brokers in
    # production. The host and the list are one value laid out differently.
    raw = [
        "Connecting to coordinator on localhost:9092",
        "Connecting to coordinator on broker-a1:9092,broker-b2:9092,broker-c3:9092",
        "Connecting to coordinator on 10.1.2.3:9092",
        "Connecting to coordinator on node7.cluster.internal:9092",
    ]
    templates = TemplateMiner().assign([mask_message(m) for m in raw])
    assert set(templates) == {"Connecting to coordinator on <*>"}


def test_a_value_after_a_key_is_a_variable_however_few_its_values():
    # hclog and logfmt name their values (`network=udp`), Postfix too (`transport=smtp`): a
    # log that shows two of them still logs one event, and an enumeration kept by masking
    # (`code=404`) still splits, as an outcome in words does (`status=bounced`, `outcomes.py`).
    raw = [
        "Listening for queries: bind=10.1.2.3:53 network=udp",
        "Listening for queries: bind=10.1.2.3:53 network=tcp",
        "Listening for queries: bind=10.1.2.4:53 network=udp",
        "delivery 4F2A1 done: relay=mx.example.org transport=smtp status=sent",
        "delivery 9B7C3 done: relay=mx.example.net transport=lmtp status=sent",
        "delivery 9B7C4 done: relay=mx.example.net transport=smtp status=bounced",
        "request finished code=404 after 3 ms",
        "request finished code=500 after 8 ms",
    ]
    templates = set(TemplateMiner().assign([mask_message(m) for m in raw]))
    assert templates == {
        "Listening for queries: bind=<*> network=<*>",
        "delivery <*> done: relay=<*> transport=<*> status=sent",
        "delivery <*> done: relay=<*> transport=<*> status=bounced",
        "request finished code=404 after <*> ms",
        "request finished code=500 after <*> ms",
    }


def test_a_value_after_a_spaced_equals_sign_is_a_variable_too():
    # Postfix's verbose `dict_update: <name> = <value>`: the blank after `=` leaves an empty
    # token, the value is the one after it; two values still make one template.
    raw = [
        "dict_update: mail_owner = postfix",
        "dict_update: mail_owner = vmail",
        "dict_update: mail_owner = postfix",
    ]
    assert set(TemplateMiner().assign(raw)) == {"dict_update: mail_owner = <*>"}


def test_a_key_that_varies_with_its_value_is_a_variable_too():
    # Postfix's verbose mode logs its settings one a line, `dict_lookup: <name> = <value>`:
    # three names and their values are one event, not one template per setting.
    raw = [
        "dict_lookup: mydomain = lan",
        "dict_lookup: mydomain = lan",
        "dict_lookup: myorigin = relay",
        "dict_lookup: setgid_group = postdrop",
    ]
    assert set(TemplateMiner().assign(raw)) == {"dict_lookup: <*> = <*>"}


def test_the_last_value_of_a_semicolon_list_of_pairs_is_one_token():
    # sudo logs each command as a `;` list of pairs whose last value, the command line, runs
    # to the end: each command's arguments made a shape of their own, so each user was seen
    # with one or two commands per shape and never became a variable (22 groups for sudo's
    # two statements). The list's last value is one token: one shape, one template each.
    commands = {
        "alice": ["/usr/bin/apt update", "/usr/bin/apt install -y htop", "/bin/ls"],
        "bob": ["/bin/systemctl restart nginx.service", "/usr/bin/tail -n 100 /var/log/syslog"],
        "carol": ["/usr/bin/docker compose up -d", "/usr/bin/docker ps -a"],
        "dave": ["/usr/bin/journalctl -u nginx --since today", "/usr/bin/crontab -e -u www-data"],
    }
    raw = []
    for user, lines in commands.items():
        for i, command in enumerate(lines):
            where = f"TTY=pts/{i} ; PWD=/home/{user} ; USER=root ; COMMAND={command}"
            raw.append(f"{user} : {where}")
            raw.append(f"{user} : 3 incorrect password attempts ; {where}")
    assert set(templates(raw).values()) == {
        "<*> : TTY=pts/<*> ; PWD=<*> ; USER=root ; COMMAND=<*>",
        "<*> : <*> incorrect password attempts ; TTY=pts/<*> ; PWD=<*> ; USER=root ; COMMAND=<*>",
    }


def test_pairs_after_a_sentence_and_a_semicolon_are_tokens_as_before():
    # `failure; logname= uid=0 ...`: the `;` ends a sentence, not a pair, and the pairs after
    # it are split at their blanks (a constant value stays).
    raw = [
        f"pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= "
        f"rhost=10.0.0.{i} user={user}"
        for i, user in enumerate(["root", "admin", "root"])
    ]
    assert set(templates(raw).values()) == {
        "pam_unix(<*>:auth): authentication failure; logname= uid=<*> euid=<*> tty=ssh ruser= "
        "rhost=<*> user=<*>"
    }


def test_statements_of_one_shape_that_share_no_word_are_not_one_template():
    # An index check prints its counters one a line, right-aligned, among other lines of the
    # same token count: each statement seen once, and the empty token before the indent the
    # only text they share. Every position then takes several values, and the cluster they
    # formed would be `        <*>` alone.
    raw = [
        "Opening index file /srv/idx/main.idx",
        "Loading plugin set alpha",
        "Cache warmup is done.",
        "Using 4096 hash buckets",
        "Flushing dirty pages now",
        "        12 Records read",
        "        0 Stale entries.",
        "        3 Records skipped.",
        "        1 Records dropped.",
        "  Finished Index Check",
        "  Checked 12 Records",
    ]
    templates = TemplateMiner().assign([mask_message(m) for m in raw])
    assert templates[5:] == [
        "        <*> Records read",
        "        <*> Stale entries.",
        "        <*> Records skipped.",
        "        <*> Records dropped.",
        "  Finished Index Check",
        "  Checked <*> Records",
    ]


def test_a_list_of_names_without_a_constant_word_stays_one_template():
    # Members that differ in one word only are that word's values: a list logged one item a
    # line after a bullet keeps one template, as a name after a word does.
    raw = ["Members of group wheel:", "  - alice", "  - bob", "  - carol", "  - dave", "  - erin"]
    templates = TemplateMiner().assign([mask_message(m) for m in raw])
    assert templates == ["Members of group wheel:"] + ["  - <*>"] * 5


def test_a_one_word_message_is_no_value_of_the_bare_values_printed_alone():
    # A DNS server prints its banner as bare values one a line (its listen block, version and
    # platform) and, on each config reload, a one-word line. The values are masked whole, the
    # word is the statement's whole wording: `<*>` does not take it.
    raw = [
        ".:1053",
        "dnsd-2.4.1",
        "Reloading",
        "dnsd-2.4.2",
        "Reloading",
        "Reloading complete",
        "dnsd-2.5.0",
    ]
    templates = TemplateMiner().assign([mask_message(m) for m in raw])
    assert templates[2] == templates[4] == "Reloading"
    assert templates[1] == templates[3] == templates[6] == MASK


def test_a_known_value_alone_takes_no_one_word_message_of_a_later_batch():
    # The same once `<*>` is a known template: a later `Reloading` is mined, not matched.
    miner = TemplateMiner()
    assert miner.assign([mask_message("dnsd-2.4.1"), mask_message("dnsd-2.5.0")]) == [MASK] * 2
    assert miner.assign(["Reloading", mask_message("dnsd-2.6.0")]) == ["Reloading", MASK]
    assert TemplateMiner([MASK]).assign(["Shutdown"]) == ["Shutdown"]


def test_a_template_without_words_keeps_its_variables_where_values_are_masked():
    # A settings dump with no constant word (`name = value`, one a line) stays one template:
    # the key varies with its value. So does a column masking found values in.
    raw = [
        "cache_dir = /var/cache/app",
        "log_level = info",
        "max_workers = 8",
        "listen_on = 0.0.0.0:8080",
    ]
    assert set(TemplateMiner().assign([mask_message(m) for m in raw])) == {"<*> = <*>"}


def test_a_known_template_of_many_pieces_meets_a_long_message_that_ends_otherwise():
    """Known templates are matched by one scan of the message (`absorb.spans`): a regex of
    `.+?` for each `<*>` tried every placement of the pieces when the message ended otherwise,
    which for this one (five pieces in 5,000 characters) would not finish."""
    known = "x <*>b<*>b<*>b<*>b<*>b<*> y"
    message = "x <*>" + "b" * 5_000 + "c"
    miner = TemplateMiner([known])
    (template,) = miner.assign([message])
    assert template != known
    assert miner.assign(["x <*>b<*>b<*>b<*>b<*>b<*>b<*> y"]) == [known]


def test_a_word_slot_several_statements_vary_is_a_variable_however_few_values_each_shows():
    # sshd names the user after `user` in several statements; a log shows each with two or
    # three users, together five: every one of them is one template. A vocabulary only one
    # statement shows (`opened`/`closed`), or one the statements share but with few words in
    # all, still splits.
    raw = [
        "Invalid user pi from 10.0.0.1 port 4001",
        "Invalid user oracle from 10.0.0.2 port 4002",
        "Invalid user test from 10.0.0.3 port 4003",
        "Failed password for invalid user root from 10.0.0.4 port 4004 ssh2",
        "Failed password for invalid user pi from 10.0.0.1 port 4001 ssh2",
        "Failed password for invalid user admin from 10.0.0.5 port 4005 ssh2",
        "session opened for user root by (uid=0)",
        "session closed for user root by (uid=0)",
        "link wan is up, carrier on",
        "link wan is down, carrier off",
        "port lan is up now",
        "port lan is down now",
    ]
    templates = set(TemplateMiner().assign([mask_message(m) for m in raw]))
    assert templates == {
        "Invalid user <*> from <*> port <*>",
        "Failed password for invalid user <*> from <*> port <*>",
        "session opened for user root by (uid=<*>)",
        "session closed for user root by (uid=<*>)",
        "link wan is up, carrier on",
        "link wan is down, carrier off",
        "port lan is up now",
        "port lan is down now",
    }


def test_what_happened_after_a_shared_word_is_no_variable():
    # TeamCity's `Build started; ...`, `Build finished; ...`, `Build added to queue; ...`,
    # `Build removed from queue; ...`: five words vary after `Build` in several statements,
    # but each says what happened, a verb's past tense, not which build.
    raw = []
    for i, name in enumerate(("Shop / Build", "Shop / Deploy Prod", "Docs")):
        build = f'Build "{name}" {{build id={48150 + i}, buildTypeId=Shop_{i}}}'
        raw += [f"Build started; {build}", f"Build finished; {build}"]
        raw += [f"Build added to queue; {build}", f"Build removed from queue; {build}"]
    raw.append('Build interrupted; Build "Docs" {build id=48160, buildTypeId=Shop_2}')
    templates = {t.split(";")[0] for t in TemplateMiner().assign([mask_message(m) for m in raw])}
    assert templates == {
        "Build started",
        "Build finished",
        "Build interrupted",
        "Build added to queue",
        "Build removed from queue",
    }


def test_a_variable_keeps_the_punctuation_that_ends_every_value():
    # systemd: `Starting Swap.` and `Starting Slices.` are `Starting <*>.`, the template the
    # longer descriptions get (`Starting Journal Service.`: freetext.py), not `Starting <*>`.
    messages = [
        "Starting Swap.",
        "Starting Slices.",
        "Starting Paths.",
        "Starting Timers.",
        "Starting sys-kernel-debug.mount.",
        "Starting system-getty.slice.",
        "Starting Sockets.",
        "Starting Network.",
        "Waiting for a...",
        "Waiting for b...",
        "Waiting for c...",
        "Waiting for d.",
        "Mounted a.",
        "Mounted b.",
        "Mounted c.",
        "Mounted d",
    ]
    mined = mine_column(pa.array(messages), TemplateMiner()).to_pylist()
    templates = dict(zip(messages, mined, strict=True))
    assert {templates[m] for m in messages[:8]} == {"Starting <*>."}
    # `...` and `.` share one `.`; a value without the end makes it the variable's.
    assert {templates[m] for m in messages[8:12]} == {"Waiting for <*>."}
    assert {templates[m] for m in messages[12:]} == {"Mounted <*>"}


def test_the_punctuation_a_variable_keeps_does_not_depend_on_which_value_comes_first():
    # A value that is all punctuation (`...`, a progress mark) keeps a character of its own as
    # the others do: whichever member the cluster lists first, `c...` and `...` share `..`.
    from errctl.fingerprint.mining import _shared_end

    assert _shared_end([["c..."], ["..."]], 0) == _shared_end([["..."], ["c..."]], 0) == ".."


def test_names_a_variable_takes_elsewhere_are_a_variable_here_too():
    # Cassandra names each table as it opens it (`Initializing <keyspace.table>`, many
    # tables), then truncates two or three of them: those few names are the same variable's
    # values, not a vocabulary to split `Truncating` on. One of them seen elsewhere is enough
    # (`shop.cart_items` is truncated but never initialized), and across shapes too.
    opened = ["shop.customers", "shop.orders_by_day", "shop.carts", "shop.audit_log", "shop.pay"]
    messages = [f"Initializing {table}" for table in opened]
    messages += ["Truncating shop.carts", "Truncating shop.cart_items"]
    messages += ["Truncate of shop.carts is complete", "Truncate of shop.cart_items is complete"]
    # No variable of the batch takes these names, but they follow the statement's word: what
    # it acts on (`test_a_few_names_after_the_statements_words_are_a_variable`).
    messages += ["Dropping shop.tmp_import", "Dropping shop.tmp_export"]
    mined = mine_column(pa.array(messages), TemplateMiner()).to_pylist()
    templates = dict(zip(messages, mined, strict=True))
    assert {templates[m] for m in messages[:5]} == {"Initializing <*>"}
    assert {templates[m] for m in messages[5:7]} == {"Truncating <*>"}
    assert {templates[m] for m in messages[7:9]} == {"Truncate of <*> is complete"}
    assert {templates[m] for m in messages[9:]} == {"Dropping <*>"}


def test_a_few_names_after_the_statements_words_are_a_variable():
    # RabbitMQ migrates two Mnesia tables when it enables a feature flag, MySQL reports the
    # two limits it changed at startup: a name after the statement's words is what it acts
    # on, however few names the log shows and though no other statement names them.
    messages = [
        "<0.231.0> Feature flag `quorum_queue`:   migrating Mnesia table rabbit_queue...",
        "<0.231.0> Feature flag `quorum_queue`:   migrating Mnesia table rabbit_durable_queue...",
        "Changed limits: max_open_files: 5000 (requested 10000)",
        "Changed limits: table_open_cache: 1995 (requested 4000)",
    ]
    mined = mine_column(pa.array(messages), TemplateMiner()).to_pylist()
    assert mined == [
        "<<*>> Feature flag <*>:   migrating Mnesia table <*>...",  # backquoted: a value
        "<<*>> Feature flag <*>:   migrating Mnesia table <*>...",
        "Changed limits: <*>: <*> (requested <*>)",
        "Changed limits: <*>: <*> (requested <*>)",
    ]


def test_a_few_class_names_after_the_statements_words_are_a_variable():
    # Rails names the controller and action that handle a request, Druid the duty group it
    # ran: classes in CamelCase, a few per log, what the statement acts on.
    messages = [
        "Processing by IssuesController#index as HTML",
        "Processing by ProjectsController#index as HTML",
        "Duty group[HistoricalManagementDuties] finished in [681]ms.",
        "Duty group[IndexingServiceDuties] finished in [37]ms.",
    ]
    mined = mine_column(pa.array(messages), TemplateMiner()).to_pylist()
    assert mined == [
        "Processing by <*>#index as HTML",
        "Processing by <*>#index as HTML",
        "Duty group[<*>] finished in [<*>]ms.",
        "Duty group[<*>] finished in [<*>]ms.",
    ]
    # An exception's class names the problem: two are two statements' worth of groups.
    messages = [
        "Request failed with SocketTimeoutException",
        "Request failed with ConnectException",
    ]
    mined = mine_column(pa.array(messages), TemplateMiner()).to_pylist()
    assert mined == messages


def test_a_name_that_opens_the_message_still_splits_it():
    # Postfix logs each dictionary operation under its function's name: `dict_lookup` and
    # `dict_update` are two statements, not one statement naming two functions.
    messages = [
        "dict_lookup: smtpd_sender_login_maps = alice@example.org",
        "dict_lookup: virtual_alias_maps = bob@example.org",
        "dict_update: verify_cache = carol@example.org",
        "dict_update: address_verify_map = dave@example.org",
    ]
    mined = mine_column(pa.array(messages), TemplateMiner()).to_pylist()
    assert mined[0] == mined[1] != mined[2] == mined[3]
    assert mined[0].startswith("dict_lookup:") and mined[2].startswith("dict_update:")


def test_names_count_as_a_variables_only_among_members_that_share_the_statements_words():
    # The kubelet's volume manager opens its messages with the operation's name: three
    # operations `started` and one `succeeded` make four names at one position of one
    # cluster, but `started`/`succeeded` split it, and no part has many names.
    tail = 'for volume "config" (UniqueName: "kubernetes.io/configmap/{0}-config") pod "{0}"'
    uid = "8b1e2f04-5c1d-4e8a-9f3b-2d7c6a1e0b94"
    messages = [
        f"operationExecutor.{op} started {tail.format(uid)}"
        for op in ("VerifyControllerAttachedVolume", "MountVolume", "UnmountVolume")
    ] + [f"MountVolume.SetUp succeeded {tail.format(uid)}"]
    mined = mine_column(pa.array(messages), TemplateMiner()).to_pylist()
    assert len(set(mined)) == 4
    assert (
        mined[1] == "operationExecutor.MountVolume started for volume <*> (UniqueName: <*>) pod <*>"
    )
    # Four names after one statement's words are still its variable's values.
    messages = [
        f"Reconciling volume {name} started"
        for name in ("kube-api.access", "config.map", "tls.certs", "cache.dir")
    ]
    assert set(mine_column(pa.array(messages), TemplateMiner()).to_pylist()) == {
        "Reconciling volume <*> started"
    }


def test_two_words_are_a_statement_for_a_few_words_more_than_a_vocabulary():
    # A structured logger's messages: the kubelet's `SyncLoop ADD`/`UPDATE`/`DELETE`/`REMOVE`,
    # MongoDB's `WiredTiger opened`/`closed`/`message`. Two words say what happened only as a
    # pair; a variable's value there would leave one word to say it.
    messages = [
        "SyncLoop ADD",
        "SyncLoop UPDATE",
        "SyncLoop DELETE",
        "SyncLoop REMOVE",
        "WiredTiger opened",
        "WiredTiger closed",
        "WiredTiger message",
        "WiredTiger recoveryTimestamp",
    ]
    assert mine_column(pa.array(messages), TemplateMiner()).to_pylist() == messages
    # A value that is no plain word, or a third word, is a variable's value as before.
    messages = ["Accepted 10.0.2.15:51234", "Accepted 10.0.2.16:40022", "Deleting job_17"]
    messages += ["Deleting job_18", "Deleting job_19", "Deleting job_20"]
    messages += [f"Invalid user {u}" for u in ("alice", "bob", "carol", "dave")]
    mined = mine_column(pa.array(messages), TemplateMiner()).to_pylist()
    assert mined[:2] == ["Accepted <*>"] * 2
    assert set(mined[2:6]) == {"Deleting <*>"}
    assert set(mined[6:]) == {"Invalid user <*>"}
    # Eight words or more are names: a log names more services than a statement has verbs.
    services = ["nginx", "postfix", "cron", "sshd", "rsyslog", "chrony", "docker", "containerd"]
    mined = mine_column(pa.array([f"Reloading {s}" for s in services]), TemplateMiner())
    assert set(mined.to_pylist()) == {"Reloading <*>"}


def test_a_verb_that_ends_the_statement_is_its_wording():
    # SDDM's `Display server starting...`, `... started.`, `... stopping...`, `... stopped.`:
    # four statements, whatever the count of their last words.
    verbs = ["starting...", "started.", "stopping...", "stopped."]
    messages = [f"Display server {v}" for v in verbs]
    assert mine_column(pa.array(messages), TemplateMiner()).to_pylist() == messages
    # After `to`, `is` or a state's label the verb is a state's value, one variable.
    for lead in ("State changed to", "Job state"):
        messages = [f"{lead} {v}" for v in ("running", "stopped", "failed", "queued", "paused")]
        mined = mine_column(pa.array(messages), TemplateMiner()).to_pylist()
        assert set(mined) == {f"{lead} <*>"}, lead
    # So are many verbs: eight or more are no statement's few.
    verbs = ["added", "removed", "changed", "renamed", "moved", "copied", "linked", "locked"]
    messages = [f"File handle {v}" for v in verbs]
    assert set(mine_column(pa.array(messages), TemplateMiner()).to_pylist()) == {"File handle <*>"}


def test_two_words_before_a_record_of_fields_are_a_statement_as_two_alone_are():
    # SonarQube's compute engine profiles each step: `Persist issues | status=SUCCESS |
    # time=12ms`. The four `Persist` steps were one `Persist <*> | ...` group.
    steps = ["components", "analysis", "measures", "issues"]
    messages = [f"Persist {s} | status=SUCCESS | time={t}ms" for s in steps for t in (12, 340, 7)]
    mined = mine_column(pa.array(messages), TemplateMiner()).to_pylist()
    assert set(mined) == {f"Persist {s} | status=SUCCESS | time=<*>" for s in steps}
    # A value that is no plain word is a variable's value as before.
    messages = [f"Persist job_{i} | status=SUCCESS | time={i}ms" for i in range(6)]
    mined = mine_column(pa.array(messages), TemplateMiner()).to_pylist()
    assert set(mined) == {"Persist <*> | status=SUCCESS | time=<*>"}


def test_words_and_constants_a_variable_takes_elsewhere_still_split_a_statement():
    # A state word is a variable's value in a transition log (`Transition to <*>`) and the
    # statement itself elsewhere (`Connection opened` is not `Connection closed`); an enum
    # constant (gRPC's status codes) names a different problem wherever it is also a value.
    states = ["opened", "closed", "draining", "failed", "pending"]
    codes = ["NOT_FOUND", "PERMISSION_DENIED", "UNAVAILABLE", "DEADLINE_EXCEEDED"]
    messages = [f"Transition to {state}" for state in states]
    messages += [f"rpc status {code}" for code in codes]
    statements = ["Connection opened", "Connection closed"]
    statements += ["Call failed with NOT_FOUND", "Call failed with PERMISSION_DENIED"]
    mined = mine_column(pa.array(messages + statements), TemplateMiner()).to_pylist()
    templates = dict(zip(messages + statements, mined, strict=True))
    assert {templates[m] for m in messages[:5]} == {"Transition to <*>"}
    assert {templates[m] for m in messages[5:]} == {"rpc status <*>"}
    assert [templates[m] for m in statements] == statements


def test_request_methods_are_values_however_few():
    # Rails logs each request's method: two or three values of a variable, never wording (a
    # small vocabulary of words splits: `opened`/`closed`).
    raw = [
        f'Started {method} "/orders/{i}" for 10.0.0.{i} at 2024-11-29 10:00:0{i} +0000'
        for i, method in enumerate(["GET", "POST", "GET", "PATCH"])
    ]
    raw += [f"session {state} for user {u}" for state in ("opened", "closed") for u in "abcd"]
    templates = set(
        mine_column(pa.array([mask_message(m) for m in raw]), TemplateMiner()).to_pylist()
    )
    assert "Started <*> for <*> at <*>" in templates  # the method and the path: one run
    assert {"session opened for user <*>", "session closed for user <*>"} <= templates


def test_the_states_of_a_transition_are_values_however_few():
    # A daemon logs each state change as `old -> new`: two or three transitions in a log are
    # values of one statement, not wording to split on (a small vocabulary elsewhere still
    # splits: `opened`/`closed`).
    raw = [
        "wlan0: link state: scanning -> associating",
        "wlan0: link state: associating -> completed",
        "eth1: link state: completed -> disconnected",
        "pump: mode AUTO → MANUAL",
        "pump: mode MANUAL → AUTO",
    ]
    raw += [f"session {state} for user {u}" for state in ("opened", "closed") for u in "abcd"]
    templates = set(
        mine_column(pa.array([mask_message(m) for m in raw]), TemplateMiner()).to_pylist()
    )
    assert "<*>: link state: <*> -> <*>" in templates
    assert "pump: mode <*> → <*>" in templates
    assert {"session opened for user <*>", "session closed for user <*>"} <= templates


def test_an_arrow_inside_a_token_marks_no_transition():
    # `a->b` without blanks is one token (a mapping's name, a C member access): its few
    # values still split as words do.
    raw = ["route lan->wan up", "route lan->dmz up", "route lan->wan up"]
    templates = set(
        mine_column(pa.array([mask_message(m) for m in raw]), TemplateMiner()).to_pylist()
    )
    assert templates == {"route lan->wan up", "route lan->dmz up"}


def test_a_process_named_with_its_pid_is_a_value_however_few():
    # launchd names the process that killed a service as `name[pid]`: three senders in a log
    # are values of one statement, not wording to split on.
    raw = [
        "Service exited due to SIGKILL | sent by mds[111]",
        "Service exited due to SIGKILL | sent by loginwindow[86]",
        "Service exited due to SIGKILL | sent by launchd[1]",
        "Service exited due to SIGKILL | sent by mds[111]",
    ]
    raw += [f"session {state} for user {u}" for state in ("opened", "closed") for u in "abcd"]
    templates = set(
        mine_column(pa.array([mask_message(m) for m in raw]), TemplateMiner()).to_pylist()
    )
    assert "Service exited due to SIGKILL | sent by <*>[<*>]" in templates
    assert {"session opened for user <*>", "session closed for user <*>"} <= templates


def test_the_name_of_a_numbered_thing_is_a_value_however_few():
    # A process or a user written with its id, the name in brackets or parentheses right
    # after the number (glued or one blank apart): a few names in a log are one statement's.
    lines = [
        "Out of memory: Killed process 4412 (postgres) total-vm:812340kB",
        "Out of memory: Killed process 9120 (java) total-vm:4402112kB",
        "Out of memory: Killed process 3310 (node) total-vm:1203312kB",
        "reaper: idle exit pid 5120 [indexerd] after 300 s",
        "reaper: idle exit pid 6231 [thumbnailer] after 300 s",
        "spawned worker as uid=10233(deploy) gid=10233",
        "spawned worker as uid=10301(builder) gid=10301",
    ]
    assert set(templates(lines).values()) == {
        "Out of memory: Killed process <*> (<*>) total-vm:<*>",
        "reaper: idle exit pid <*> [<*>] after <*> s",
        "spawned worker as uid=<*>(<*>) gid=<*>",
    }
    # A number masking kept (after an enumeration key) is a kind, and so is its name; a word
    # in parentheses after a word is wording.
    lines = [
        "worker got signal 17 (SIGCHLD) from kernel",
        "worker got signal 29 (SIGIO) from kernel",
        "cache state is (warm) for shard",
        "cache state is (cold) for shard",
    ]
    assert set(templates(lines).values()) == set(lines)


def test_a_process_that_opens_the_message_or_has_no_id_still_splits():
    # The program that logs (`cron[12]: ...`) is the message's subject, and a word before
    # brackets that hold no masked id (`level[warn]`) is no process: few values split.
    raw = [
        "cron[12]: job done",
        "anacron[40]: job done",
        "set level[warn] for app",
        "set level[info] for app",
    ]
    templates = set(
        mine_column(pa.array([mask_message(m) for m in raw]), TemplateMiner()).to_pylist()
    )
    assert {"cron[<*>]: job done", "anacron[<*>]: job done"} <= templates
    assert {"set level[warn] for app", "set level[info] for app"} <= templates


def test_the_argument_of_a_named_call_is_a_value_however_few():
    # Dovecot's master names the service it starts (`service(anvil)`), Clash the rule's
    # argument (`DomainSuffix(cn)`), pam_syslog the service that called the PAM module
    # (`pam_unix(cron:session)`): a few values in a log are one statement's, not wording.
    raw = [
        "master: Error: service(anvil): command startup failed, throttling for 2 secs",
        "master: Error: service(log): command startup failed, throttling for 2 secs",
        "match DomainSuffix(cn) using DIRECT",
        "match DomainSuffix(com) using DIRECT",
        "pam_unix(cron:session): session opened for user root by (uid=0)",
        "pam_unix(systemd-user:session): session opened for user root by (uid=0)",
        "pam_unix(sudo:session): session opened for user root by (uid=0)",
    ]
    raw += [f"session {state} for user {u}" for state in ("opened", "closed") for u in "abcd"]
    templates = set(
        mine_column(pa.array([mask_message(m) for m in raw]), TemplateMiner()).to_pylist()
    )
    dovecot = "master: Error: service(<*>): command startup failed, throttling for <*> secs"
    assert dovecot in templates
    assert "match DomainSuffix(<*>) using DIRECT" in templates
    assert "pam_unix(<*>:session): session opened for user root by (uid=<*>)" in templates
    assert {"session opened for user <*>", "session closed for user <*>"} <= templates


def test_a_call_name_or_empty_parentheses_still_split():
    # The name before the parenthesis is the statement's wording (`open(...)` and `stat(...)`
    # are two literals), and empty parentheses (`main()`, `init()`) hold no argument.
    raw = [
        "open(/var/mail/a) failed: Permission denied",
        "stat(/var/mail/a) failed: Permission denied",
        "entering main() now",
        "entering init() now",
        "state (busy) seen",
        "state (idle) seen",
    ]
    templates = set(
        mine_column(pa.array([mask_message(m) for m in raw]), TemplateMiner()).to_pylist()
    )
    failed = {"open(<*>) failed: Permission denied", "stat(<*>) failed: Permission denied"}
    assert failed <= templates
    assert {"entering main() now", "entering init() now"} <= templates
    assert {"state (busy) seen", "state (idle) seen"} <= templates


def test_a_template_of_function_words_alone_keeps_no_statement():
    # dnsmasq's log_query writes `<source> <name> is <answer>`: a reply from upstream, a
    # cached answer, a configured one, a DHCP lease's name. Four sources made the opening
    # word a variable and every answer one template, `<*> is <*>`: `is` says nothing.
    raw = [
        "reply api.github.com is 140.82.121.6",
        "reply www.google.com is 142.250.185.68",
        "reply gogle.com is NXDOMAIN",
        "cached api.github.com is 140.82.121.6",
        "cached www.google.com is 142.250.185.68",
        "cached gogle.com is NXDOMAIN",
        "config ads.doubleclick.net is 0.0.0.0",
        "config wpad.lan is NXDOMAIN",
        "DHCP laptop-anna.lan is 192.168.10.23",
        "DHCP 192.168.10.23 is laptop-anna.lan",
    ]
    got = templates(raw)
    assert got["reply www.google.com is 142.250.185.68"].startswith("reply ")
    assert got["cached www.google.com is 142.250.185.68"].startswith("cached ")
    assert got["config ads.doubleclick.net is 0.0.0.0"].startswith("config ")
    assert got["DHCP laptop-anna.lan is 192.168.10.23"] == "DHCP <*> is <*>"
    # A list of names, with no word at all, stays one template (`_wordless`).
    names = templates(["- alice", "- bob", "- carol", "- dave"])
    assert names["- alice"] == names["- bob"] == "- <*>"


def test_a_template_whose_only_word_says_it_failed_keeps_no_statement():
    # xrdp logs a broken connection as a chain, each function naming the call that failed
    # (`xrdp_sec_recv: xrdp_mcs_recv failed`, `xrdp_rdp_recv: xrdp_sec_recv failed`): nine
    # callers made both names variables and every link one template, `<*>: <*> failed`.
    # `failed` says nothing of what failed; the names are each link's wording.
    chain = [
        ("xrdp_sec_recv", "xrdp_mcs_recv"),
        ("xrdp_rdp_recv", "xrdp_sec_recv"),
        ("libxrdp_process_data", "xrdp_rdp_recv"),
        ("xrdp_process_data_in", "xrdp_process_loop"),
        ("xrdp_iso_recv", "xrdp_iso_recv_msg"),
        ("xrdp_rdp_incoming", "xrdp_sec_incoming"),
    ]
    raw = [f"{caller}: {callee} failed" for caller, callee in chain]
    got = templates(raw)
    assert len(set(got.values())) == len(chain)
    # A word of the statement beside the failure keeps the names values (`job <*> failed`).
    jobs = templates([f"job {name}: step {step} failed" for name, step in chain])
    assert len(set(jobs.values())) == 1
    # Names of one part (users) and methods are a request's values, not code's names.
    users, methods = ["admin", "etl", "app", "undefined"], ["GET", "PUT", "POST"]
    requests = [
        f"10.0.3.{i} {user} {methods[i % 3]} /db{i} error {i * 7}"
        for i, user in enumerate(users * 3)
    ]
    assert len(set(templates(requests).values())) == 1


def test_the_name_of_a_call_is_wording_however_many():
    # dnsmasq logs each DHCP packet as `TYPE(interface) ...`: five packet types over two
    # interfaces made the interface the constant and the type `<*>`, every packet one group
    # per interface. The type is the statement's wording, the interface its argument.
    raw = []
    for iface, net in (("br-lan", "192.168.10"), ("wlan-guest", "192.168.20")):
        for n in range(3):
            mac = f"3c:22:fb:0{n}:a1:{n}e"
            ip = f"{net}.{100 + n}"
            raw += [
                f"DHCPDISCOVER({iface}) {mac}",
                f"DHCPOFFER({iface}) {ip} {mac}",
                f"DHCPREQUEST({iface}) {ip} {mac}",
                f"DHCPACK({iface}) {ip} {mac}",
                f"DHCPRELEASE({iface}) {ip} {mac}",
            ]
    got = templates(raw)
    assert got["DHCPOFFER(br-lan) 192.168.10.100 3c:22:fb:00:a1:0e"] == "DHCPOFFER(<*>) <*>"
    assert got["DHCPOFFER(wlan-guest) 192.168.20.101 3c:22:fb:01:a1:1e"] == "DHCPOFFER(<*>) <*>"
    assert got["DHCPACK(wlan-guest) 192.168.20.102 3c:22:fb:02:a1:2e"] == "DHCPACK(<*>) <*>"
    assert got["DHCPDISCOVER(br-lan) 3c:22:fb:00:a1:0e"] == "DHCPDISCOVER(<*>) <*>"
    assert len(set(got.values())) == 5


def test_many_calls_named_after_the_statements_words_are_one_statement():
    # A PBX logs each dialplan application it runs with one format, `Executing [%s@%s:%d]
    # %s("%s", "%s") in new stack`: the application is what the statement runs, and every
    # application a statement of its own split one event. A few names there still split
    # (`Retry(...)`/`Abort(...)`), and so do many that open the message (`open(<*>)`).
    raw = []
    for n, (app, arg) in enumerate(
        [("Answer", ""), ("Playback", "welcome"), ("Dial", "SIP/201,20"), ("Hangup", "16")]
    ):
        for chan in ("SIP/201-0000001a", "SIP/trunk-0000002b"):
            raw.append(f'Executing [s@inbound:{n + 1}] {app}("{chan}", "{arg}") in new stack')
    for op in ("Retry", "Abort"):
        for job in ("nightly", "hourly"):
            raw.append(f"Queue manager ran {op}({job}, now) for backups")
    for call in ("open", "stat", "chmod", "unlink"):
        raw.append(f"{call}(/var/spool/mail/anna) failed: Permission denied")
    got = templates(raw)
    executing = {t for m, t in got.items() if m.startswith("Executing")}
    assert executing == {"Executing [s@inbound:<*>] <*>(<*>, <*>) in new stack"}
    assert got["Queue manager ran Retry(nightly, now) for backups"] == (
        "Queue manager ran Retry(<*>, now) for backups"
    )
    assert got["Queue manager ran Abort(hourly, now) for backups"] == (
        "Queue manager ran Abort(<*>, now) for backups"
    )
    failed = {t for m, t in got.items() if "failed" in m}
    assert len(failed) == 4
    assert "unlink(<*>) failed: Permission denied" in failed


def test_the_argument_of_a_call_seen_once_is_a_value():
    # keepalived on one host runs one check script, on the other another: each log shows the
    # statement with one argument, and the second batch's messages must get the first's
    # template, not a template of their own.
    lb1 = ["VRRP_Script(chk_haproxy) timed out", "Startup complete"]
    lb2 = ["VRRP_Script(chk_nginx) timed out", "Stopped"]
    got = templates(lb1 + lb2, batches=2)
    assert got["VRRP_Script(chk_haproxy) timed out"] == "VRRP_Script(<*>) timed out"
    assert got["VRRP_Script(chk_nginx) timed out"] == "VRRP_Script(<*>) timed out"
    assert got["Startup complete"] == "Startup complete"


def test_labels_of_a_startup_banner_are_wording_however_many():
    # A .NET media server logs its environment once per start, one statement per label:
    # seen once each, the labels' words looked like a variable's many values, and every
    # label became `[<*>] Main: <*>: <*>`.
    banner = [
        "[1] Main: Operating system: Linux",
        "[1] Main: Processor count: {n}",
        "[1] Main: User Interactive: True",
        "[1] Main: Program directory: /opt/media/{n}",
        "[1] Main: Server version: 10.{n}.2",
        "[1] Main: Runtime flavour: Portable",
    ]
    raw = [line.format(n=n) for n in (4, 8, 16) for line in banner]
    templates = set(
        mine_column(pa.array([mask_message(m) for m in raw]), TemplateMiner()).to_pylist()
    )
    assert {
        "[<*>] Main: Operating system: Linux",
        "[<*>] Main: Processor count: <*>",
        "[<*>] Main: User Interactive: <*>",
        "[<*>] Main: Program directory: <*>",
        "[<*>] Main: Server version: <*>",
        "[<*>] Main: Runtime flavour: Portable",
    } <= templates


def test_a_value_inside_a_label_or_a_dumped_setting_stays_a_variable():
    # A variable changes one word of a label (`USER alice:`), and a settings dump names each
    # setting with one token (`config.reload.interval: 3s`): both stay one statement.
    raw = [f"USER {u}: Login successful." for u in ("alice", "bob", "carol", "dave")]
    raw += [
        f"{name}: {value}"
        for name, value in (
            ("config.reload.automatic", "false"),
            ("config.reload.interval", "3s"),
            ("pipeline.workers", "2"),
            ("pipeline.batch_size", "125"),
        )
    ]
    templates = set(
        mine_column(pa.array([mask_message(m) for m in raw]), TemplateMiner()).to_pylist()
    )
    assert "USER <*>: Login successful." in templates
    assert "<*>: <*>" in templates


def test_a_two_word_label_opening_the_message_before_a_value_is_the_statement():
    # A notebook server's kernel lifecycle: what happened to the kernel is the label's second
    # word, one statement each, however many of them a log shows.
    kernels = [
        "5b0c2a1e-7d3f-4a51-9e0b-2f6d8c4a1b77",
        "0f9e8d7c-6b5a-4c3d-8e2f-1a0b9c8d7e6f",
        "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
    ]
    raw = [f"Kernel {verb}: {k}" for k in kernels for verb in ("started", "restarted")]
    raw += [f"Kernel interrupted: {kernels[1]}", f"Kernel shutdown: {kernels[0]}"]
    raw += [f"Kernel shutdown: {kernels[2]}"]
    got = templates(raw)
    assert set(got.values()) == {
        "Kernel started: <*>",
        "Kernel restarted: <*>",
        "Kernel interrupted: <*>",
        "Kernel shutdown: <*>",
    }
    # A name varying before a sentence stays the label's variable.
    users = [f"USER {u}: Login failed: <*>" for u in ("alice", "bob", "carol", "dave")]
    assert set(templates(users).values()) == {"USER <*>: Login failed: <*>"}


def test_a_label_of_two_words_in_capitals_is_the_kind_of_record():
    # Nagios's log: `SERVICE ALERT: host;service;state;...` and `SERVICE NOTIFICATION:
    # contact;host;service;...` end alike (a plugin's output), but are two kinds of record;
    # they were one `SERVICE <*>: <*>;<*>;...` once their fields were masked.
    timeout = "(Service check timed out after 60.0{} seconds)"
    refused = "connect to address {}.lan and port 80: Connection refused"
    pgsql = (
        "CRITICAL - no connection to 'template1' (connection to server at \"127.0.0.1\", "
        "port 5432 failed: Connection refused)"
    )
    email = "notify-service-by-email"
    raw = [
        f"SERVICE NOTIFICATION: admins;mail1;HTTP;UNKNOWN;{email};{timeout.format(9)}",
        f"SERVICE ALERT: web1;PostgreSQL;CRITICAL;SOFT;2;{timeout.format(2)}",
        f"SERVICE ALERT: web1;PostgreSQL;CRITICAL;HARD;3;{timeout.format(2)}",
        f"SERVICE NOTIFICATION: oncall;web1;PostgreSQL;CRITICAL;{email};{timeout.format(2)}",
        f"SERVICE ALERT: db2;HTTP;CRITICAL;HARD;3;{refused.format('db2')}",
        f"SERVICE NOTIFICATION: oncall;db2;HTTP;CRITICAL;{email};{refused.format('db2')}",
        f"SERVICE ALERT: nas1;PostgreSQL;CRITICAL;SOFT;1;{pgsql}",
        f"SERVICE NOTIFICATION: oncall;nas1;PostgreSQL;CRITICAL;{email};{pgsql}",
    ]
    got = set(templates(raw).values())
    assert {t.split(":")[0] for t in got} == {"SERVICE ALERT", "SERVICE NOTIFICATION"}, got
    # A name in a label's second place stays a variable when written as names are.
    users = [f"LOGIN {u}: session opened for <*>" for u in ("alice", "bob", "carol", "dave")]
    assert set(templates(users).values()) == {"LOGIN <*>: session opened for <*>"}


def test_a_record_kind_after_a_bracketed_prefix_is_the_statement():
    # A file server's log (written for this test): after the session's pid and user in
    # brackets, `OK` and the action in capitals name the kind of record, each action a
    # statement of its own, as `SERVICE ALERT:` is at the message's start.
    actions = ["MKDIR", "DELETE", "RMDIR", "CHMOD", "RENAME", "MKDIR", "DELETE"]
    raw = [
        f'[pid {700 + i}] [{u}] OK {a}: Client "10.0.{i}.9", "/in/d{i}"'
        for i, (a, u) in enumerate((a, u) for a in actions for u in ("ann", "bo", "cy"))
    ]
    got = set(templates(raw).values())
    assert {t.split(" OK ")[1].split(":")[0] for t in got} == set(actions), got
    assert len(got) == len(set(actions))
    # A name in the label's second place stays a variable when written as names are.
    names = ["ann", "bo", "cy", "di"]
    users = [f"[pid {i}] LOGIN {u}: session opened" for i, u in enumerate(names)]
    assert set(templates(users).values()) == {"[pid <*>] LOGIN <*>: session opened"}


def test_a_command_in_capitals_after_a_bracketed_prefix_is_the_statement():
    # cron's lines (`(user) CMD (command)`, `(user) CMDEND (command)`) and an FTP server's
    # (`>> [FTP Session ...] STOR file`): the word in capitals right after the prefix is what
    # the line reports. Taken for a slot's values (the prefix's users in many statements),
    # a job's start and end were one template.
    users, jobs = ("root", "deploy", "postgres"), ("run-parts /etc/cron.hourly", "backup.sh")
    kinds = ("CMD", "CMDEND", "RELOAD", "BEGIN", "REPLACE")
    raw = [f"({u}) {k} ({j})" for u in users for k in kinds for j in jobs]
    got = set(templates(raw).values())
    assert {t.split(") ")[1].split(" ")[0] for t in got} == set(kinds), got
    ftp = [
        f">> [FTP Session {4000 + i} 10.0.{i}.5 {u}] {verb} /in/f{i}.xml"
        for i, (verb, u) in enumerate(
            (v, u)
            for v in ("STOR", "CWD", "TYPE", "PBSZ", "PROT", "RETR")
            for u in ("ann", "bo", "cy", "di", "ed")
        )
    ]
    got = set(templates(ftp).values())
    assert len(got) == 6 and all("[FTP Session <*>]" in t for t in got), got


def test_a_namespaced_name_is_one_value():
    # Ruby, C++ and Rust write a namespaced name with `::` (`ActionMailer::MailDeliveryJob`):
    # one token, a value of the column that holds the other jobs' names, not three tokens
    # mined apart from them.
    jobs = ["InvoicePdfJob", "ReportJob", "CleanupJob", "SyncJob", "ActionMailer::MailDeliveryJob"]
    lines = [f"Performed {job} (Job ID: {i}f3a-77) in {10 + i}ms" for i, job in enumerate(jobs)]
    got = templates(lines)
    assert set(got.values()) == {"Performed <*> (Job ID: <*>) in <*>"}
    # A colon alone still separates a key from its value.
    assert set(templates(["user:58 a", "user:59 a", "user:60 a", "user:61 a"]).values()) == {
        "user:<*> a"
    }


def test_a_vocabulary_holding_an_identifier_is_a_value():
    # cloud-init runs each module with one of three frequencies, one spelt as an identifier:
    # the frequency is the statement's value, however few a log shows.
    modules = {"ssh": "once-per-instance", "bootcmd": "always", "scripts_user": "once"}
    lines = [f"Running module {m} with frequency {f}" for m, f in modules.items()]
    lines += [f"Running module {m}_x with frequency {f}" for m, f in modules.items()]
    assert set(templates(lines).values()) == {"Running module <*> with frequency <*>"}
    # Words with no identifier among them, or an identifier that opens the message, split.
    lines = [f"session {s} for user {u}" for s in ("opened", "closed") for u in "abcd"]
    lines += [f"{name} started in {n}ms" for name in ("cache_warmer", "reaper") for n in (5, 7)]
    assert set(templates(lines).values()) == {
        "session opened for user <*>",
        "session closed for user <*>",
        "cache_warmer started in <*>",
        "reaper started in <*>",
    }


def test_the_value_of_a_glued_key_is_a_value_however_few():
    # Pacemaker's executor names the resource and the action as `rsc:web action:stop`.
    lines = [
        f"executing - rsc:{rsc} action:{action} call_id:{n}"
        for n, (rsc, action) in enumerate([("web", "stop"), ("vip", "start"), ("web", "start")])
    ]
    assert set(templates(lines).values()) == {"executing - rsc:<*> action:<*> call_id:<*>"}
    # So is the part of a `key=` value glued to it by a colon: the rest of that value
    # (Android's wake-up details, `package:reason`).
    lines = [
        f"Waking up from Asleep (uid=1000, reason={why}, details={who}:{what})..."
        for why, who, what in [
            ("WAKE_REASON_LIFT", "android.policy", "LIFT"),
            ("WAKE_REASON_APPLICATION", "com.google.android.gms", "NOTIFICATION"),
            ("WAKE_REASON_POWER_BUTTON", "android.policy", "POWER"),
        ]
    ]
    assert set(templates(lines).values()) == {
        "Waking up from Asleep (uid=<*>, reason=<*>, details=<*>:<*>)..."
    }
    # A colon before a blank ends a subject, and a call's argument keeps its own rule.
    lines = ["Loading containers: start.", "Loading containers: done."]
    assert set(templates(lines).values()) == set(lines)


def test_the_values_of_a_record_of_labelled_fields_are_values_however_few():
    # A database server logs a failed sort as a record of `label: value` fields: two users
    # and two reasons for a flush made statements of their own.
    lines = [
        f"Sort aborted, host: 10.0.3.{n}, user: {user}, thread: {4100 + n}, query: SELECT 1"
        for n, user in enumerate(["app", "reporting", "app", "reporting"])
    ]
    lines += [
        f"Enqueuing flush of shop.{t}, Reason: {why}, Usage: {n}.5MiB ({n}%) on-heap"
        for n, (t, why) in enumerate([("orders", "MEMTABLE_LIMIT"), ("carts", "COMMITLOG_DIRTY")])
    ]
    assert set(templates(lines).values()) == {
        "Sort aborted, host: <*>, user: <*>, thread: <*>, query: SELECT <*>",
        "Enqueuing flush of <*>, Reason: <*>, Usage: <*> (<*>%) on-heap",
    }
    # A semicolon joins the fields of a DNS server's query record as a comma does: the query
    # type is a value, however few types a log shows.
    lines = [
        f"QNAME: host{n}.example.lan; QTYPE: {qtype}; QCLASS: IN; ANSWER: [10.0.0.{n}]"
        for n, qtype in enumerate(["A", "AAAA", "A", "SRV"])
    ]
    assert set(templates(lines).values()) == {"QNAME: <*>; QTYPE: <*>; QCLASS: IN; ANSWER: [<*>]"}
    # A label alone (no comma to another) is a sentence's subject: its words still split.
    lines = ["Wake reason: ARPT", "Wake reason: RTC", "Loading containers: done."]
    lines += ["Loading containers: start."]
    assert set(templates(lines).values()) == set(lines)


def test_a_vocabulary_three_statements_share_is_an_enumerations_names():
    # A monitoring server names an item's type (`agent`, `SNMP`, `IPMI`) in every statement
    # about its checks: three kinds in three statements are values, not each statement's
    # wording. A vocabulary one statement owns still splits (`opened`/`closed`), and so does
    # one that a single statement shows in two layouts of its values.
    hosts = ["db01", "web-02", "ups-rack3", "mq01", "cache-7", "lb01"]
    lines = []
    for n, host in enumerate(hosts * 2):
        kind = ["agent", "SNMP", "IPMI"][n % 3]
        lines += [
            f'{kind} item "{host}:ping" failed: first network error',
            f'temporarily disabling {kind} checks on host "{host}"',
            f'resuming {kind} checks on host "{host}": connection restored',
        ]
        lines.append(f"session {['opened', 'closed'][n % 2]} for user u{n}x")
        lines.append(f"configure pkg{n} {['install', 'remove'][n % 2]} now")
        lines.append(f"configure pkg{n}:amd64 {['install', 'remove'][n % 2]} now")
    got = set(templates(lines).values())
    assert {
        "<*> item <*> failed: first network error",
        "temporarily disabling <*> checks on host <*>",
        "resuming <*> checks on host <*>: connection restored",
        "session opened for user <*>",
        "session closed for user <*>",
        "configure <*> install now",
        "configure <*> remove now",
    } <= got


def test_statements_that_show_part_of_an_enumeration_share_it():
    # A broker logs a consumer group's state in four statements: two show all three states a
    # log met, two only the first two. Each statement shows some of one enumeration's names,
    # so each is a value. Two statements sharing a vocabulary are still two wordings each
    # (`opened`/`closed`, `started`/`stopped`).
    lines = []
    for n in range(12):
        group = f"grp{n}x"
        state = ["Stable", "Empty", "CompletingRebalance"][n % 3]
        both = ["Stable", "CompletingRebalance"][n % 2]
        lines += [
            f"member joins group {group} in {state} state",
            f"rebalance group {group} in state {state} with old generation {n}",
            f"rebalance group {group} in state {both} as member m{n}x leaves",
            f"member m{n}x of group {group} in state {both} expired on heartbeat",
            f"session {['opened', 'closed'][n % 2]} for user u{n}x",
            f"channel {['opened', 'closed'][n % 2]} for peer p{n}x",
        ]
    got = set(templates(lines).values())
    assert {
        "member joins group <*> in <*> state",
        "rebalance group <*> in state <*> with old generation <*>",
        "rebalance group <*> in state <*> as member <*> leaves",
        "member <*> of group <*> in state <*> expired on heartbeat",
        "session opened for user <*>",
        "session closed for user <*>",
        "channel opened for peer <*>",
        "channel closed for peer <*>",
    } == got


def test_verbs_several_statements_share_are_each_statements_wording():
    # dhcpcd says what it does to a route, a default route and an address with the same two
    # verbs: three statements share them, yet they are what each line did, not names of an
    # enumeration (`adding route to` and `deleting route to` are two events to an operator).
    lines = []
    for n in range(12):
        verb = ["adding", "deleting"][n % 2]
        lines += [
            f"wlan0: {verb} route to 10.{n}.0.0/24",
            f"wlan0: {verb} default route via 10.{n}.0.1",
            f"wlan0: {verb} address fd00::{n}",
        ]
    got = set(templates(lines).values())
    assert {
        "<*>: adding route to <*>",
        "<*>: deleting route to <*>",
        "<*>: adding default route via <*>",
        "<*>: deleting default route via <*>",
        "<*>: adding address <*>",
        "<*>: deleting address <*>",
    } == got


def test_an_event_name_marked_with_a_sign_is_the_statements_wording():
    # Redis Sentinel opens each line with what happened: five names were one variable, and
    # `+sdown` (an instance went down) one group with `-sdown` (it came back).
    lines = []
    for n in range(6):
        for event in ("+sdown", "-sdown", "+odown", "-odown", "+switch-master"):
            lines.append(f"{event} master mymaster 10.0.0.{n} 6379 #quorum {n}/2")
    got = set(templates(lines).values())
    assert {t.split(" ", 1)[0] for t in got} == {
        "+sdown",
        "-sdown",
        "+odown",
        "-odown",
        "+switch-master",
    }


def test_a_label_with_an_index_is_wording():
    # Corosync's quorum lists, `name[count]: ids`: three statements, each with its list, where
    # a process with its id (`sent by mds[111]`) is a value.
    lines = [
        "Sync members[1]: 1",
        "Sync members[2]: 1 2",
        "Sync joined[1]: 2",
        "Sync left[1]: 2",
    ]
    assert set(templates(lines).values()) == {
        "Sync members[<*>]: <*>",
        "Sync joined[<*>]: <*>",
        "Sync left[<*>]: <*>",
    }


def test_a_constant_in_place_of_a_value_is_its_own_statement():
    # dnsmasq writes the address of a reply, or what it got instead: `NODATA` is no address.
    lines = [f"reply host{i}.example.com is 10.0.0.{i}" for i in range(6)]
    lines += ["reply files.example.org is NODATA", "reply cdn.example.net is NODATA"]
    got = templates(lines)
    assert set(got.values()) == {"reply <*> is <*>", "reply <*> is NODATA"}
    # A word that is no constant's spelling stays a value beside masked ones.
    lines = [f"user u{i}x logged in" for i in range(4)] + ["user alice logged in"]
    assert set(templates(lines).values()) == {"user <*> logged in"}


def test_a_few_sentences_after_a_shared_prefix_are_statements():
    # smartd opens every line with its device: four statements of one shape, each logged for
    # every disk, share only that prefix and differ in three words or more. (The device type
    # in brackets is a value: `word_roles.bracketed_values`.)
    lines = [
        f"Device: /dev/sd{d} [SAT], {text}"
        for d in "abc"
        for text in (
            f"{7 + ord(d) % 5} Offline uncorrectable sectors",
            "starting scheduled Long Self-Test.",
            f"state read from /var/lib/smartmontools/smartd.{d}.state",
            f"state written to /var/lib/smartmontools/smartd.{d}.state",
        )
    ]
    assert set(templates(lines).values()) == {
        "Device: <*> [<*>], <*> Offline uncorrectable sectors",
        "Device: <*> [<*>], starting scheduled Long Self-Test.",
        "Device: <*> [<*>], state read from <*>",
        "Device: <*> [<*>], state written to <*>",
    }
    # A value a message repeats, or names of two words, differ in one value: a variable.
    jobs = ["InvoiceJob", "SyncJob", "ReportJob", "MailJob"]
    lines = [f"[{job}] Performed {job} from default" for job in jobs]
    assert set(templates(lines).values()) == {"[<*>] Performed <*> from default"}
    people = ["Ann Lee", "Bob Ray", "Cy Dunn", "Di Moss"]
    lines = [f"user {name} logged in" for name in people]
    assert set(templates(lines).values()) == {"user <*> logged in"}


def test_a_sentence_with_a_measurement_in_a_words_place_is_another_wording() -> None:
    # A collector's phases, one shape once `Mark Cycle` ends with its duration: where one
    # sentence has a masked value the other has a word, and they differ in a word besides.
    phases = [
        "Clear Claimed Marks",
        "Scan Root Regions",
        "Mark From Roots",
        "Rebuild Remembered Sets",
    ]
    lines = [f"GC({n}) Concurrent {phase}" for n in range(3) for phase in phases]
    lines += [f"GC({n}) Concurrent Mark Cycle {0.5 + n:.3f}ms" for n in range(3)]
    got = templates(lines)
    assert len(set(got.values())) == 5
    assert got["GC(1) Concurrent Mark Cycle 1.500ms"] == "GC(<*>) Concurrent Mark Cycle <*>"
    # A name of two words beside a masked one stays a value.
    people = ["Ann Lee", "Bob Ray", "Cy Dunn", "Di Moss"]
    lines = [f"user {name} logged in" for name in people] + ["user 4711 logged in"]
    assert set(templates(lines).values()) == {"user <*> logged in"}


def test_a_label_opening_the_message_is_its_statement() -> None:
    # A gossip library logs each kind of membership event as a label and the member: four
    # statements, not one label that varies.
    lines = [
        "EventMemberJoin: web-1 10.0.2.17",
        "EventMemberJoin: api-2 10.0.3.41",
        "EventMemberLeave: cache-3 10.0.5.52",
        "EventMemberLeave: web-1 10.0.2.17",
        "EventMemberFailed: api-1 10.0.3.206",
        "EventMemberFailed: worker-2 10.0.4.12",
        "EventMemberUpdate: worker-2",
        "EventMemberUpdate: cache-1",
        "EventMemberJoin: worker-3 10.0.4.77",
    ]
    got = templates(lines)
    assert len(set(got.values())) == 4
    assert got[lines[0]] == got[lines[1]] == got[lines[8]] == "EventMemberJoin: <*>"
    # A word that is no label stays a value: a list of names, one a line.
    names = ["- alice", "- bob", "- carol", "- dave", "- erin"]
    assert set(templates(names).values()) == {"- <*>"}


def test_hyphenated_names_a_variable_takes_elsewhere_are_its_values() -> None:
    # A message broker's group coordinator: four consumer groups stabilise (a variable of four
    # values), and three of them are later emptied, each a few times.
    groups = ["order-processor", "payments-service", "inventory-sync", "analytics-sink"]
    lines = [
        f"Stabilized group {g} generation {40 + i} with {2 + i % 3} members"
        for i, g in enumerate(groups * 2)
    ]
    emptied = [
        f"Group {g} with generation {50 + i} is now empty" for i, g in enumerate(groups[:3] * 2)
    ]
    got = templates(lines + emptied)
    assert {got[x] for x in emptied} == {"Group <*> with generation <*> is now empty"}
    # Spelt alike but no variable's values: a state machine's states stay its statements.
    states = [
        f"{n:x}cafe became {s} at term {n}"
        for n, s in enumerate(["pre-candidate", "follower", "pre-candidate", "follower"], 7)
    ]
    assert len(set(templates(states).values())) == 2


def test_plain_words_beside_a_hyphenated_name_a_variable_takes_elsewhere_are_its_values() -> None:
    # A broker names its clients as they connect (many: a variable), and drops messages for
    # three of them: `Node-RED`, spelt as a name, beside `telegraf` and `frigate`, plain words
    # the same variable takes too.
    clients = ["Node-RED", "telegraf", "frigate", "zigbee2mqtt", "ha-core", "esphome"]
    connected = [
        f"New client connected from 10.0.0.{i} as {c} (p2, c1, k60)." for i, c in enumerate(clients)
    ]
    dropped = [f"Outgoing messages are being dropped for client {c}." for c in clients[:3]] * 2
    got = templates(connected + dropped)
    assert {got[x] for x in dropped} == {"Outgoing messages are being dropped for client <*>."}
    # Plain words alone stay a statement's, whatever a variable elsewhere takes: a session's
    # state among a key's many values.
    states = ["opened", "closed", "pending", "failed", "expired"]
    keyed = [f"session state={s} id={i}" for i, s in enumerate(states)]
    sessions = [f"session {s} for user root" for s in ("opened", "closed")] * 2
    got = templates(keyed + sessions)
    assert len({got[x] for x in sessions}) == 2
    # And names spelt in capitals are constants (`NOT_FOUND`), not a variable's values.
    kinds = ["NOT_FOUND", "Not-Found", "ok", "denied", "busy"]
    keyed = [f"reply code={k} to {i}" for i, k in enumerate(kinds)]
    replies = [f"lookup ended with {k}" for k in ("NOT_FOUND", "Not-Found")] * 2
    got = templates(keyed + replies)
    assert len({got[x] for x in replies}) == 2


def test_a_bracketed_value_after_a_key_is_the_keys() -> None:
    # A mail server's pickup daemon names the local sender in angle brackets: three users,
    # one statement.
    lines = [
        "4F2A81C031: uid=0 from=<root>",
        "5B0C2A1E7D: uid=33 from=<www-data>",
        "A1B2C3D4E5: uid=1000 from=<anna>",
        "0F9E8D7C6B: uid=0 from=<root>",
        "11223344AA: uid=33 from=<www-data>",
    ]
    assert set(templates(lines).values()) == {"<*>: uid=<*> from=<<*>>"}


def test_a_word_in_brackets_of_its_own_is_a_value_however_few():
    # Java programs set a value in brackets (`... [{}] ...`): an index's state changes between
    # three colours, a backend serves three request kinds. Each value, seen many times, is no
    # wording of its own.
    raw = [
        f"Index state moved from [{a}] to [{b}] after recovery of shard {n}"
        for n, (a, b) in enumerate(
            [("RED", "AMBER"), ("AMBER", "GREEN"), ("GREEN", "AMBER"), ("AMBER", "RED")] * 3
        )
    ]
    raw += [
        f"Serving lookup [0x{n % 7 + 1:x}][{kind}][uid={u}] for daemon"
        for n, (kind, u) in enumerate(
            [
                ("LOOKUP_USER", "ann"),
                ("LOOKUP_GROUP", "ops"),
                ("LOOKUP_USER", "bo"),
                ("LOOKUP_GROUP", "dev"),
                ("LOOKUP_USER", "cy"),
                ("LOOKUP_GROUP", "qa"),
                ("LOOKUP_USER", "di"),
                ("LOOKUP_GROUP", "web"),
                ("LOOKUP_USER", "ed"),
            ]
        )
    ]
    templates = set(
        mine_column(pa.array([mask_message(m) for m in raw]), TemplateMiner()).to_pylist()
    )
    assert "Index state moved from [<*>] to [<*>] after recovery of shard <*>" in templates
    assert "Serving lookup [<*>][<*>][uid=<*>] for daemon" in templates
    assert len(templates) == 2


def test_an_empty_list_in_brackets_is_a_value_of_the_list_beside_it():
    # A search cluster prints the index templates that matched a new index as a list in
    # brackets: `[[]]` when none did, `[[orders]]` when one did. The empty token beside the
    # name was a small vocabulary, and the statement split in two. An empty pair that ends
    # the message, or a word that is no bracket's of its own, still splits.
    raw = [
        f"[orders-{n}] creating index, matched [[{t}]], shards [{n % 3 + 1}]"
        for n, t in enumerate(["", "orders", "", "orders", "", "orders"])
    ]
    raw += [f"Loaded rule set {n} with hooks [{h}]" for n, h in enumerate(["", "audit"] * 3)]
    raw += [f"Mounted volume {n} as ({m}) here" for n, m in enumerate(["", "ro"] * 3)]
    got = templates(raw)
    assert {t for m, t in got.items() if "creating" in m} == {
        "[<*>] creating index, matched [[<*>]], shards [<*>]"
    }
    assert got["Loaded rule set 0 with hooks []"] == "Loaded rule set <*> with hooks []"
    assert got["Loaded rule set 1 with hooks [audit]"] == "Loaded rule set <*> with hooks [audit]"
    assert got["Mounted volume 0 as () here"] == "Mounted volume <*> as () here"
    assert got["Mounted volume 1 as (ro) here"] == "Mounted volume <*> as (ro) here"


def test_a_constant_in_brackets_masked_as_a_value_is_nothing_to_split_on():
    # A word in brackets of its own is masked even with one value; a template that keeps no
    # other word then looked for words to split on and found that one value, splitting on
    # it without end (a RecursionError).
    raw = ["moved [/srv] to [[/srv]]", "copied [/srv] to [[backup]]"]
    got = TemplateMiner(min_variable_values=2).assign([mask_message(m) for m in raw])
    assert got == ["moved [<*>] to [[<*>]]", "copied [<*>] to [[backup]]"]


def test_a_bracketed_tag_that_opens_or_an_outcome_that_ends_the_message_still_splits():
    # A tag before the wording names the part that logs, and a verdict at the end is what the
    # line reports: `[OK]` and `[FAILED]` are two outcomes, never one statement.
    raw = [f"Checking volume {v} for errors [{verdict}]" for v in "abcd" for verdict in ("OK",)]
    raw += [f"Checking volume {v} for errors [FAILED]" for v in "efgh"]
    raw += [f"[{tag}] Verifying store {n}" for tag in ("SR", "CSI") for n in range(4)]
    templates = set(
        mine_column(pa.array([mask_message(m) for m in raw]), TemplateMiner()).to_pylist()
    )
    assert "Checking volume <*> for errors [OK]" in templates
    assert "Checking volume <*> for errors [FAILED]" in templates
    assert {"[SR] Verifying store <*>", "[CSI] Verifying store <*>"} <= templates


def test_capitalised_opening_words_are_the_statements_verbs() -> None:
    # A container runtime's CRI calls, each logged as `<Operation> for "<id>"` and again
    # with `returns successfully`: four operations, each its own statement, though the
    # rest of their wording is the same.
    ids = [
        "237eac250175e46a202809bfc2be9decf3b87501066b047ee1d78077bea40553",
        "4d4ddfb55d1d09d62a007c1ebf8121c7056a8a5db81d25f7acbf25666d95b700",
        "58fd2f2358add602df2fab9e05b74bb155f9308bb037dbbaf6633e4b4a2568eb",
    ]
    ops = ["StartContainer", "StopContainer", "RemoveContainer", "StopPodSandbox"]
    lines = [f'{op} for "{i}" returns successfully' for op in ops for i in ids]
    got = templates(lines)
    assert set(got.values()) == {f"{op} for <*> returns successfully" for op in ops}
    # A servlet container's lifecycle: the same handler started, paused, stopped.
    handlers = ['["http-nio-8080"]', '["https-jsse-nio-8443"]', '["ajp-nio-127.0.0.1-8009"]']
    verbs = ["Initializing", "Starting", "Pausing", "Stopping", "Destroying"]
    got = templates([f"{v} ProtocolHandler {h}" for v in verbs for h in handlers])
    assert set(got.values()) == {f"{v} ProtocolHandler [<*>]" for v in verbs}
    # An instance's lifecycle in four verbs and two tenses, the message two words: eight
    # participles are eight statements, though as many names would be a variable's values.
    verbs = [f"{v}{end}" for v in ("Creat", "Delet", "Start", "Stopp") for end in ("ing", "ed")]
    lines = [f"{v} container" for v in verbs]
    assert templates(lines) == {line: line for line in lines}
    names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel"]
    assert set(templates([f"{n} container" for n in names]).values()) == {"<*> container"}


def directory_access_log() -> list[str]:
    """A directory server's access log at its statistics level: every line opens with the
    connection's `key=value` pairs, then the operation's name in capitals."""
    rng = random.Random(5)
    lines = []
    for conn in range(2001, 2041):
        op = 0
        for _ in range(rng.randrange(1, 4)):
            op += 1
            dn = f'"uid={rng.choice(["tmp1", "tmp2", "new1"])},ou=people,dc=corp,dc=test"'
            what = rng.choice(
                [
                    f"SRCH attr={rng.choice(['cn', 'mail', 'uid', 'sn', 'gecos'])}",
                    f"MOD attr={rng.choice(['mail', 'loginShell'])}",
                    f"DEL dn={dn}",
                    f"ADD dn={dn}",
                ]
            )
            lines.append(f"conn={conn} op={op} {what}")
        lines.append(f"conn={conn} op={op + 1} UNBIND")
        lines.append(f"conn={conn} fd={rng.randrange(12, 40)} closed")
    return lines


def test_operations_after_a_context_are_the_statements() -> None:
    # `conn=<*> op=<*>` is the context every line opens with; the operation after it is what
    # happened, in capitals: four statements, never one `conn=<*> op=<*> <*>=<*>`.
    got = templates(directory_access_log())
    assert set(got.values()) == {
        "conn=<*> op=<*> SRCH attr=<*>",
        "conn=<*> op=<*> MOD attr=<*>",
        "conn=<*> op=<*> DEL dn=<*>",
        "conn=<*> op=<*> ADD dn=<*>",
        "conn=<*> op=<*> UNBIND",
        "conn=<*> fd=<*> closed",
    }


def test_names_after_a_context_in_lower_case_stay_a_variable() -> None:
    # A worker's `job=<n> try=<n>` before the queue's name: names, values however few.
    lines = [
        f"job={n} try={t} {q} drained"
        for n, t, q in [
            (101, 1, "mailer"),
            (102, 1, "billing"),
            (103, 2, "mailer"),
            (104, 1, "reports"),
            (105, 3, "billing"),
            (106, 1, "exports"),
        ]
    ]
    assert set(templates(lines).values()) == {"job=<*> try=<*> drained"}  # (masks collapse)


def test_opening_names_in_lower_case_stay_a_variable() -> None:
    # Hosts a message opens with are values, however few.
    lines = [f"{h} is unreachable, retrying in 30s" for h in ["db-1", "cache", "queue", "web"]]
    assert set(templates(lines).values()) == {"<*> is unreachable, retrying in <*>"}


def test_names_a_key_takes_elsewhere_are_values():
    """Two queues named after `queue=` in a health line are a variable's values where
    another statement names them without a key: one template, not one per queue."""
    lines = [
        f"Health: queue={q} depth={d} | db=ok | carrier=ok"
        for q, d in [
            ("orders-inbound", 3),
            ("orders-retry", 0),
            ("invoices", 12),
            ("orders-inbound", 41),
            ("orders-retry", 7),
        ]
    ] + [
        f"Received {n} message(s) from queue {q}"
        for n, q in [
            (2, "orders-retry"),
            (0, "orders-inbound"),
            (5, "orders-inbound"),
            (1, "orders-retry"),
        ]
    ]
    got = templates(lines)
    assert {got[x] for x in lines if x.startswith("Received")} == {
        "Received <*> message(<*>) from queue <*>"
    }


def test_compounds_no_key_names_stay_a_statements_words():
    lines = [
        "Switched to read-only mode",
        "Switched to read-write mode",
        "Switched to read-only mode",
        "Health: state=degraded load=3",
        "Health: state=ok load=1",
    ]
    got = templates(lines)
    assert got["Switched to read-only mode"] == "Switched to read-only mode"
    assert got["Switched to read-write mode"] == "Switched to read-write mode"


def test_the_keys_of_a_tables_rows_are_values() -> None:
    # A thread pool table a database prints into its log: each row's name left-justified in a
    # column of 24, then right-justified counts. Each name is seen as often as its wording
    # would be, but the rows are one format.
    pools = ["ReadStage", "MutationStage", "GossipStage", "CompactionExecutor", "Sampler"]
    rows = []
    for i in range(6):
        rows.append(f"{'Pool Name':<24}{'Active':>8}{'Pending':>9}{'Completed':>12}")
        for j, pool in enumerate(pools):
            rows.append(f"{pool:<24}{j % 3:>8}{(i * 7 + j) % 50:>9}{1000 + 37 * i * j:>12}")
        # A row the code writes with its own name and layout: its name is its wording.
        rows.append(f"{'CommitLog':<20}{i % 3:>8}{i * 3:>9}")
    out = templates(rows)
    row_templates = {out[r] for r in rows if r.split()[0] in pools}
    assert row_templates == {MASK}
    assert {out[r] for r in rows if r.startswith("CommitLog")} == {"CommitLog                  <*>"}
    assert out[rows[0]] == rows[0]  # the header is text

    # Three names only, and a value of text in their last column: still one template; and
    # a row whose right-justified size is wider (its name's spaces end earlier) too.
    caches = [
        f"{name:<20}{size:>10}{'all':>12}"
        for name, size in (
            ("KeyCache", 4096),
            ("RowCache", 8192),
            ("CounterCache", 1024),
            ("KeyCache", 40960),
        )
    ]
    assert set(templates(caches).values()) == {f"{MASK}{'all':>12}"}


def test_words_padded_otherwise_are_no_table() -> None:
    # Statements one blank from their value, and a structured logger's message padded before
    # its fields: the words are wording.
    lines = []
    for i in range(5):
        lines.append(f"Started unit-{i}.service")
        lines.append(f"Stopped unit-{i}.service")
        lines.append(f"{'Checking for jobs... received':<40}job={4000 + i} runner=r{i}x")
        lines.append(f"{'Checking for jobs... nothing':<40}job={4000 + i} runner=r{i}x")
    out = templates(lines)
    assert len({out[line] for line in lines if line.startswith("Started")}) == 1
    assert {out[line] for line in lines if line.startswith("Started")} != {
        out[line] for line in lines if line.startswith("Stopped")
    }
    assert len({out[line] for line in lines if "received" in line}) == 1
    assert {out[line] for line in lines if "received" in line} != {
        out[line] for line in lines if "nothing" in line
    }


def test_a_path_in_brackets_that_ends_the_message_is_a_value() -> None:
    # A servlet container names each web application by its context path, one component
    # that no path class masks; at the end of the message it is no verdict like `[OK]`.
    raw = [f"Undeploying context [/{app}]" for app in ("shop", "api") for _ in range(5)]
    raw += [f"Reloading context [/{app}] is completed" for app in ("shop", "api")]
    raw += [f"Checking volume {v} for errors [OK]" for v in "abcd"]
    raw += [f"Checking volume {v} for errors [FAILED]" for v in "efgh"]
    templates = set(
        mine_column(pa.array([mask_message(m) for m in raw]), TemplateMiner()).to_pylist()
    )
    assert templates == {
        "Undeploying context [<*>]",
        "Reloading context [<*>] is completed",
        "Checking volume <*> for errors [OK]",
        "Checking volume <*> for errors [FAILED]",
    }


def test_a_tables_row_keys_do_not_make_the_words_beside_them_rare() -> None:
    # A status dump's rows share their shape (a name, then values) with a statement that
    # names one table each: the rows' many names are values, so `Opening` stays the
    # statement's word and its tables its values.
    pools = ["ReadStage", "MutationStage", "GossipStage", "CompactionExecutor", "Sampler"]
    pools += ["HintsDispatcher", "MigrationStage", "ViewBuildExecutor", "MemtablePostFlush"]
    rows = [f"{pool:<26}{n % 4:>6}{n * 13:>9}" for n, pool in enumerate(pools)]
    opened = [f"Opening {t}" for t in ("shop.orders", "shop.carts", "auth.sessions")]
    opened += [f"Opening {t}" for t in ("shop.items", "audit.events_v2", "auth.tokens_v3")]
    out = templates(rows + opened)
    assert {out[r] for r in rows} == {MASK}
    assert {out[m] for m in opened} == {"Opening <*>"}


def test_records_of_other_fields_are_other_statements():
    # An identity server's error events: the fields each type of event writes name it, and a
    # key spelt as an identifier (`grant_type`, `code_id`) is no value of a variable.
    def event(kind: str, n: int, tail: str) -> str:
        return (
            f'type="{kind}", realmId="{n:08x}-4a1b", clientId="app{n % 3}", userId="null", '
            f'ipAddress="10.0.0.{n}", error="invalid_token", {tail}'
        )

    refresh = [
        event(
            "REFRESH_TOKEN_ERROR",
            n,
            'reason="Token is not active", grant_type="refresh_token", '
            f'client_auth_method="secret{n}"',
        )
        for n in range(1, 6)
    ]
    code = [
        event(
            "CODE_TO_TOKEN_ERROR",
            n,
            f'grant_type="authorization_code", code_id="{n:04x}", client_auth_method="secret{n}"',
        )
        for n in range(1, 6)
    ]
    client = [
        event("CLIENT_LOGIN_ERROR", n, 'grant_type="client_credentials"') for n in range(1, 6)
    ]
    redirect = [
        event("LOGIN_ERROR", n, f'redirect_uri="https://evil{n}.example.net/cb"')
        for n in range(1, 6)
    ]
    got = templates(refresh + code + client + redirect)
    assert len({got[x] for x in refresh}) == 1
    assert len({got[x] for x in code}) == 1
    assert len({got[x] for x in client}) == 1
    assert len({got[x] for x in redirect}) == 1
    assert len(set(got.values())) == 4
    assert "grant_type=<*>, code_id=<*>" in got[code[0]]


def test_a_column_of_dotted_names_is_a_variable():
    # An antivirus's databases, each checked every hour: three files, one statement.
    lines = [
        f"{db} database is up-to-date (version: {v}, sigs: {s}, f-level: 90, builder: {b})"
        for db, v, s, b in (
            ("main.cvd", 62, 6647427, "sigmgr"),
            ("bytecode.cvd", 335, 86, "raynman"),
            ("daily.cld", 27301, 2061040, "raynman"),
            ("daily.cld", 27303, 2061107, "raynman"),
        )
    ] * 10
    assert len(set(templates(lines).values())) == 1


def test_a_column_of_namespaced_names_is_a_variable_however_frequent_each():
    # Laravel's queue worker: two jobs, each run hundreds of times, their dot leaders as long
    # as the column's width less the name; one statement per state, not per job.
    jobs = ["BookStack\\Activity\\DispatchWebhookJob", "Illuminate\\Notifications\\SendQueued"]
    lines = []
    for i in range(300):
        job = jobs[i % 3 == 0]
        dots = "." * (40 - len(job) % 7)
        lines += [f"{job} {dots} RUNNING", f"{job} {dots} {i % 90 + 1}.{i % 7}ms DONE"]
    lines.append(f"{jobs[1]} .. 3s FAIL")
    got = templates(lines)
    assert sorted(set(got.values())) == ["<*> DONE", "<*> RUNNING", f"{jobs[1]} <*> FAIL"]


def test_escapes_in_a_column_are_no_namespaced_names():
    lines = ["saw a\\nb in input", "saw a\\tb in input"] * 5
    assert len(set(templates(lines).values())) == 2


def test_words_in_a_column_of_dotted_names_stay_words():
    # Two statements whose only difference is a word: no dotted name among them.
    lines = ["cache flushed for tenant acme.example", "cache rebuilt for tenant acme.example"] * 5
    assert len(set(templates(lines).values())) == 2


def test_methods_of_one_receiver_stay_words():
    # A volume manager's operations, named by the method that logs them: three statements.
    lines = [
        f'operationExecutor.{op} started for volume "v{n}" pod "p{n}"'
        for op in ("MountVolume", "UnmountVolume", "VerifyControllerAttachedVolume")
        for n in range(6)
    ]
    assert len(set(templates(lines).values())) == 3


def test_a_wordless_reply_keeps_its_constant_apart():
    # A text protocol's server traced one line a reply: the connection's number, glued to the
    # direction sign, and the reply a constant (`>28 STORED`, `>28 NOT_FOUND`). The constant is
    # the line's only word: each reply is a statement of its own, not a value of `><*>`.
    rng = random.Random(7)
    replies = ["END", "STORED", "NOT_FOUND", "DELETED"]
    raw = [f">{rng.randrange(20, 90)} {replies[i % 4]}" for i in range(40)]
    mined = templates(raw)
    assert mined[raw[1]] == "><*> STORED"
    assert len({mined[m] for m in raw}) == 4
    # A list of names, no constant among them, stays one template.
    names = templates(["  - alice", "  - bob", "  - carol", "  - dave", "  - EU"])
    assert len(set(names.values())) == 1


def test_a_programs_own_name_is_a_value_where_other_programs_say_the_same() -> None:
    # supervisord names the program a line is about, which is the event's service: each
    # program's messages are mined apart, where its name, alike in all, would be wording.
    programs = ["nginx", "php-fpm", "cron"]
    rows = [f"success: {p} entered RUNNING state, process has stayed up" for p in programs]
    rows += [f"stopped: {p} (exit status 0)" for p in programs[:2]]
    # A name only its own family's messages hold is the statement's word (a subsystem of
    # InfluxDB named `store` logs `Open store (start)` and `Open store (end)`).
    rows += ["Open store (start)", "Open store (end)"]
    families = programs + programs[:2] + ["store", "store"]
    got = mine_column(pa.array(rows), TemplateMiner(), families=pa.array(families)).to_pylist()
    assert set(got[:3]) == {f"success: {MASK} entered RUNNING state, process has stayed up"}
    assert set(got[3:5]) == {f"stopped: {MASK} (exit status 0)"}
    assert got[5:] == ["Open store (start)", "Open store (end)"]


def test_a_namespaced_programs_last_name_is_a_value_where_others_say_the_same() -> None:
    # Argo CD's records name their application (`application=argocd/guestbook`, the service)
    # and its messages the application's name alone: mined apart, each name was wording.
    apps = ["guestbook", "billing", "orders"]
    rows = [f"Comparing app state (cluster: https://k8s, namespace: {a})" for a in apps]
    rows += [f"Applying resource Deployment/{a} in namespace: {a}" for a in apps]
    families = [f"argocd/{a}" for a in apps] * 2
    got = mine_column(pa.array(rows), TemplateMiner(), families=pa.array(families)).to_pylist()
    assert len(set(got[:3])) == 1 and MASK in got[0]
    assert set(got[3:]) == {f"Applying resource Deployment/{MASK} in namespace: {MASK}"}


def test_a_key_value_another_statement_makes_frequent_is_no_cluster_key():
    # hclog's `opening fifo: ... task=web ...` shares its shape with the many `Task event: ...
    # task=web ...` lines: their counts made each task's name as frequent as the statement's
    # words, so the name went into the cluster key and each task was a template of its own.
    # A `key=` value is a variable however few values it shows.
    pick = random.Random(7)
    tasks = ["web", "api", "worker", "redis", "report"]
    kinds = ["Received", "Driver", "Started", "Terminated"]
    raw = []
    for i in range(400):
        task, kind = pick.choice(tasks), pick.choice(kinds)
        raw.append(f"Task event: alloc_id=a{i:05d} task={task} type={kind} msg=ok failed=false")
    for i in range(60):
        task = pick.choice(tasks)
        raw.append(
            f"opening fifo: alloc_id=b{i:05d} task={task} @module=logmon path=/b{i}.fifo mode=0600"
        )
    got = templates(raw)
    assert len({t for line, t in got.items() if line.startswith("opening")}) == 1
    assert len({t for line, t in got.items() if line.startswith("Task")}) == 1
