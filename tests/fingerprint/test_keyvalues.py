"""The value of a key is one variable however many tokens it has
(errctl/fingerprint/keyvalues.py); a key's few outcomes, and sentences without a key, stay
apart."""

from __future__ import annotations

import random

from errctl.fingerprint.keyvalues import key_value_heads
from tests.fingerprint.helpers import templates

# A JVM client printing its environment one key a line as it connects, as a coordination
# service's client library does: most values one token, some several.
CLIENT_ENV = [
    "Client environment:host.name=build-agent-07",
    "Client environment:java.version=21.0.2",
    "Client environment:java.vendor=Azul Systems, Inc.",
    "Client environment:java.home=/usr/lib/jvm/zulu21",
    "Client environment:java.compiler=<NA>",
    "Client environment:os.name=Mac OS X",
    "Client environment:os.arch=aarch64",
    "Client environment:os.version=14.2.1",
    "Client environment:user.name=ci",
    "Client environment:user.dir=/srv/app",
    "Client environment:os.memory.free=231MB",
    "Client environment:lib.version=4.1.0-2be6c1e9, built on 2024-02-11 08:12 UTC",
]

# A mail server's verbose configuration trace: each setting looked up, then its value parsed
# and evaluated.
SETTINGS = {
    "queue_directory": "/var/spool/mta",
    "relay_domain": "example.org",
    "banner_name": "Example Relay Service",
    "local_domains": "$hostname, mail.$domain, $domain",
    "owner": "mta",
    "facility": "mail",
}


def settings_lines() -> list[str]:
    lines = []
    for key, value in SETTINGS.items():
        lines += [f"cfg_lookup: {key} = {value}", f"expand: {value}", f"evaluate: const  {value}"]
    return lines


def test_environment_dump_is_one_template() -> None:
    got = templates(CLIENT_ENV)
    assert set(got.values()) == {"Client environment:<*>=<*>"}


def test_settings_and_their_values_are_one_template_each() -> None:
    got = templates(settings_lines())
    assert {got[f"cfg_lookup: {k} = {v}"] for k, v in SETTINGS.items()} == {"cfg_lookup: <*> = <*>"}
    # `expand:` and `evaluate:` name no key: a value of several tokens joins their `<*>`
    # because `cfg_lookup` named it a value.
    assert {got[f"expand: {v}"] for v in SETTINGS.values()} == {"expand: <*>"}
    assert {got[f"evaluate: const  {v}"] for v in SETTINGS.values()} == {"evaluate: const  <*>"}


def test_a_later_batch_joins_the_head() -> None:
    got = templates(CLIENT_ENV, 3)
    assert set(got.values()) == {"Client environment:<*>=<*>"}


def test_order_does_not_matter() -> None:
    lines = CLIENT_ENV + settings_lines() + NEAR_MISSES
    expected = templates(lines)
    random.Random(3).shuffle(lines)
    assert templates(lines) == expected


# Outcomes of one key, and sentences that merely share a lead with a key's statement.
NEAR_MISSES = [
    "sync finished status=ok",
    "sync finished status=skipped",
    "sync finished status=failed retrying",
    "Connection reset by peer",
    "Connection closed",
    "Connection refused",
    "Connection lost",
    "Connection dropped",
    "Connection timed out",
]


def test_a_keys_few_outcomes_stay_apart() -> None:
    got = templates(NEAR_MISSES + CLIENT_ENV)
    assert got["sync finished status=ok"] == "sync finished status=<*>"
    assert got["sync finished status=failed retrying"] == "sync finished status=failed retrying"


def test_sentences_without_a_key_stay_apart() -> None:
    """`reset by peer` and `timed out` are named by no key, so they stay statements of their
    own; so do the one-word outcomes (`Connection refused`, `Connection closed`: two words
    are a statement, `vocabularies.word_after_word`)."""
    got = templates(NEAR_MISSES + settings_lines())
    assert got["Connection refused"] == "Connection refused"
    assert got["Connection closed"] == "Connection closed"
    assert got["Connection reset by peer"] == "Connection reset by peer"
    assert got["Connection timed out"] == "Connection timed out"


def test_one_key_with_many_values_of_several_lengths() -> None:
    new = [
        "job done reason=<*>",
        "job done reason=disk full",
        "job done reason=operator cancelled the run",
        "job done reason=quota exceeded on <*>",
    ]
    assert key_value_heads(new) == {t: "job done reason=<*>" for t in new[1:]}
    # Three values, or most starting with one word: a vocabulary, not one variable.
    assert key_value_heads(new[:3]) == {}
    worded = [*new[:2], "job done reason=failed twice", "job done reason=failed on <*>"]
    assert key_value_heads([*worded, "job done reason=failed hard"]) == {}


def test_a_variable_value_spelt_longer_with_a_masked_part_joins_it() -> None:
    """A database's connection line names the client program, with its version when the
    client sends one: few values, but the miner made the pair `<*>` and the longer value
    holds a masked one, so it is the same variable."""
    lines = [
        f"connection authorized: user={user} database={db} application_name={app}"
        for user, db in (("shop_app", "shop"), ("report", "analytics"), ("etl", "warehouse"))
        for app in ("", "psql", "Grafana v10.4.1", "Grafana v10.4.2")
    ]
    got = templates(lines)
    assert set(got.values()) == {
        "connection authorized: user=<*> database=<*> application_name=<*>"
    }
    # A longer value of words alone is an outcome's phrase, as before.
    new = ["sync done status=<*>", "sync done status=failed retrying"]
    assert key_value_heads(new) == {}
    assert key_value_heads([*new[:1], "sync done status=failed after <*> tries"]) == {
        "sync done status=failed after <*> tries": "sync done status=<*>"
    }


def test_values_of_one_shape_are_left_to_the_miner() -> None:
    assert key_value_heads(["cache a=red blue", "cache b=green grey"]) == {}


def test_a_pair_glued_to_the_next_key_is_no_value() -> None:
    """`page=<*>&size=...` in a query: the `&` glues the value to the next key."""
    new = ["fetch /items?page=<*>&size=<*>", "fetch /items?limit=ten items&size=<*>"]
    assert key_value_heads(new) == {}


def test_a_value_before_the_next_key() -> None:
    new = ["task id=<*> owner=<*> state=<*>", "task id=<*> owner=ops team, state=<*>"]
    head = "task id=<*> <*>=<*> state=<*>"
    assert key_value_heads(new, ["task id=<*> role=<*> state=<*>"]) == dict.fromkeys(new, head)


def test_a_bare_pair_or_a_colon_is_no_family() -> None:
    """Nothing before the key to agree on; and a colon ends a sentence's subject."""
    assert key_value_heads(["<*>=<*>", "mode=fast and quiet", "path=<*> then more"]) == {}
    new = [
        "Failed to open file: permission denied",
        "Failed to open socket: address already in use",
        "Failed to open <*>: <*>",
    ]
    assert key_value_heads(new) == {}


def test_a_hostile_run_of_pairs_costs_a_bounded_scan() -> None:
    template = "cfg " + " ".join(f"k{i}=v {i}" for i in range(3000))
    short = "cfg " + " ".join(f"k{i}=v{i}" for i in range(150))
    assert key_value_heads([template, template.replace("k1=v 1", "k1=v")]) == {}
    # The first pairs of a long line still count; those past `_MAX_PAIRS` do not.
    assert key_value_heads([short, short.replace("k5=v5", "kx=a b c")]) != {}
    assert key_value_heads([short, short.replace("k99=v99", "kx=a b c")]) == {}


def test_words_after_a_masked_value_are_the_statements() -> None:
    """Lines that open with a connection's pairs and differ in the key after it (`op=`,
    `fd=`) and in what follows its value: the words after a masked value are what happened
    (`UNBIND`, `closed`), statements of their own, not one `conn=<*> <*>=<*>`."""
    new = [
        "conn=<*> op=<*> UNBIND",
        "conn=<*> op=<*> ABANDON",
        "conn=<*> fd=<*> closed",
        "conn=<*> fd=<*> closed (connection lost)",
        "conn=<*> fd=<*> closed (idle timeout)",
    ]
    assert key_value_heads(new) == {}
    # A dump of settings whose values are words still merges, keys and all.
    settings = ["cfg: mode = fast", "cfg: owner = <*>", "cfg: banner = Example Relay Service"]
    assert set(key_value_heads(settings).values()) == {"cfg: <*> = <*>"}


def test_a_name_of_capitalised_words_is_a_value_beside_a_masked_one() -> None:
    """A certificate chain checked link by link: the issuing CA's name is words in capitals,
    the client's one token. Both are the subject's common name, one variable; an outcome's
    phrase in lower case still stays apart (`test_a_keys_few_outcomes_stay_apart`)."""
    lines = []
    for client, port in [("kim", 40112), ("lee", 51872), ("ola", 33019), ("raj", 60210)]:
        lines.append(f"198.51.100.23:{port} VERIFY OK: depth=1, CN=Example Corp Issuing CA")
        lines.append(f"198.51.100.23:{port} VERIFY OK: depth=0, CN={client}")
    got = templates(lines)
    assert set(got.values()) == {"<*> VERIFY OK: depth=<*>, CN=<*>"}


def test_a_value_of_bar_joined_words_is_one_value_with_single_words():
    # Redis logs each closed client's info: `cmd=set`, `cmd=bgsave`, and subcommands as
    # `cmd=client|kill`. Split at the bar, each of those seen once was a template of its own
    # (three were enough to be mined as `cmd=<*>|<*>`, then one variable).
    line = (
        "Client closed connection id={} addr=127.0.0.1:{} fd=7 name= age=0 idle=0 flags=N db=0 "
        "events=r cmd={} user=default redir=-1 resp=2"
    )
    commands = ["set"] * 6 + ["get", "bgsave", "client|kill", "config|set"]
    lines = [line.format(i, 50000 + i, c) for i, c in enumerate(commands)]
    found = templates(lines)
    assert len(set(found.values())) == 1, set(found.values())
    assert "cmd=<*> user=default" in found[lines[0]]
    # A bar before another key parts pairs: its words stay words.
    pairs = [f"route a=up|b={i} done" for i in range(5)]
    assert set(templates(pairs).values()) == {"route a=up|b=<*> done"}


def test_an_arrow_is_no_pair() -> None:
    """Jackett's `Torznab search in %s => Found %s releases [%sms]` and its `(from cache)`
    variant: the text after `=>` is the statement's, not a value of the indexer before it;
    read as one, both made one template `Torznab search in <*> =<*>`."""
    indexers = ["1337x", "EZTV", "Nyaa.si", "YTS", "TorrentLeech", "IPTorrents"]
    lines = [
        f"Torznab search in {name} => Found {n} releases{cached} [{ms}ms]"
        for n, name in enumerate(indexers)
        for cached, ms in (("", 700 + n), (" (from cache)", n))
    ]
    got = templates(lines)
    assert got[lines[0]] == "Torznab search in <*> => Found <*> releases [<*>]"
    assert got[lines[1]] == "Torznab search in <*> => Found <*> releases (from cache) [<*>]"
    assert key_value_heads(set(got.values())) == {}


def test_pairs_before_a_colon_are_the_statements_subject() -> None:
    """srsRAN's RRC lines: the UE's pairs, a colon, then the statement (`ue=0 c-rnti=0x4601:
    DCCH DL rrcSetup`). The value of the last pair ends at its colon: read to the line's end,
    every statement was a value of `c-rnti`, and another key's (`rnti=`) made them one
    template `ue=<*> <*>=<*>`. A value of several words before a colon stays whole (Postfix's
    `status=deferred (host ... said: 450 ...)`)."""
    lines = [
        f"ue={ue} {key}=0x46{ue:02x}: {statement}"
        for ue in range(6)
        for key, statement in (
            ("c-rnti", "DCCH DL rrcSetup"),
            ("c-rnti", "DCCH UL rrcSetupComplete"),
            ("c-rnti", "CCCH UL rrcSetupRequest"),
            ("rnti", f"RLF detected with cause {ue}. Timer of 1000 msec to release UE started"),
        )
    ]
    got = templates(lines)
    assert len(set(got.values())) == 4
    assert got[lines[0]] == "ue=<*> c-rnti=<*>: DCCH DL rrcSetup"
