"""A value of several free-text words between a statement's constant lead and end is one
variable (errctl/fingerprint/freetext.py); statements that only share their first words stay
apart."""

from __future__ import annotations

import random

from errctl.fingerprint.freetext import free_text_heads
from tests.fingerprint.helpers import templates

# Unit descriptions as a service manager names them: several words each, of varying length.
UNITS = [
    "Session Bus Daemon",
    "Printer Queue Scheduler",
    "Remote Backup Mount Helper",
    "Time Sync",
    "Local Disk Quota Check on Data Volume",
    "Message Relay",
    "Cache Cleanup for the current user",
    "Sensor Monitoring Agent",
]


def boot_lines() -> list[str]:
    lines = []
    for unit in UNITS:
        lines.append(f"Starting {unit}...")
        lines.append(f"Started {unit}.")
    for unit in UNITS[:5]:
        lines.append(f"Stopping {unit}...")
        lines.append(f"Stopped {unit}.")
    for unit in UNITS[5:]:
        lines.append(f"Failed to start {unit}.")
    for target in ("Printer Queue Scheduler", "Time Sync", "Message Relay", "Sensor Monitoring"):
        lines.append(f"Failed to start {target} Agent.")
    return lines


# Different statements that share their first words, as an SSH server and a network client
# write them.
NEAR_MISSES = [
    "Connection closed by 10.1.2.3 port 51022",
    "Connection closed by 10.1.2.9 port 40122",
    "Connection reset by peer",
    "Connection timed out",
    "Connection refused",
    "Connection established to upstream mirror",
    "Failed password for root from 10.1.2.3 port 51022 ssh2",
    "Failed password for invalid user admin from 10.1.2.9 port 40122 ssh2",
    "The cache key is no longer respected.",
    "The service is defined to be constantly running.",
    "The queue was drained before shutdown.",
    "The configuration file could not be parsed.",
]


def test_unit_descriptions_are_one_variable() -> None:
    got = templates(boot_lines() + NEAR_MISSES)
    for unit in UNITS:
        assert got[f"Starting {unit}..."] == "Starting <*>..."
        assert got[f"Started {unit}."] == "Started <*>."
    for unit in UNITS[:5]:
        assert got[f"Stopping {unit}..."] == "Stopping <*>..."
        assert got[f"Stopped {unit}."] == "Stopped <*>."
    # The variable starts after `Failed to start`, not after `Failed`.
    assert got["Failed to start Message Relay."] == "Failed to start <*>."
    assert got["Failed to start Time Sync Agent."] == "Failed to start <*>."


def test_statements_sharing_first_words_stay_apart() -> None:
    got = templates(boot_lines() + NEAR_MISSES)
    near = {got[line] for line in NEAR_MISSES}
    assert "Connection reset by peer" in near
    assert "Connection timed out" in near
    assert "Connection refused" in near
    assert got["Connection closed by 10.1.2.3 port 51022"] == "Connection closed by <*> port <*>"
    assert got["Failed password for root from 10.1.2.3 port 51022 ssh2"] != "Failed to start <*>."
    # Sentences that only share `The`: their middles are named nowhere else.
    assert len({got[line] for line in NEAR_MISSES if line.startswith("The ")}) == 4


def test_a_constant_word_after_the_lead_keeps_its_statement() -> None:
    """`Stopped target <*>.` is a statement of its own beside `Stopped <*>.`: `target` starts
    many middles, and `target Network` is named nowhere else while `Network` is."""
    targets = ["Network", "Remote File Systems", "Local Encrypted Volumes", "Sound Card"]
    lines = boot_lines() + [f"Stopped target {t}." for t in targets]
    lines += [f"Reached target {t}." for t in targets]
    got = templates(lines)
    assert {got[f"Stopped target {t}."] for t in targets} == {"Stopped target <*>."}
    assert got["Stopped Time Sync."] == "Stopped <*>."


def test_a_word_another_statement_writes_before_the_same_value_stays_wording() -> None:
    """One target stopped, once: too few to be a family of its own, but `target` is written
    before the same value in `Reached target ...`, so it is no part of `Stopped <*>.`'s."""
    lines = [*boot_lines(), "Stopped target Remote File Systems."]
    lines += [f"Reached target {t}." for t in ("Remote File Systems", "Sound Card")]
    got = templates(lines)
    assert got["Stopped target Remote File Systems."] == "Stopped target <*>."
    assert got["Stopped Time Sync."] == "Stopped <*>."
    # Nor is a word that opens a value nowhere else after it.
    lines = [*boot_lines(), "Stopped remote File Systems."]
    assert templates(lines)["Stopped remote File Systems."] != "Stopped remote <*>."


def test_names_with_their_descriptions_are_values() -> None:
    """`Reached target timers.target - Timer Units.`: each middle a unit's name and its
    description, named nowhere else (targets are never `Starting`), still one variable."""
    targets = [
        "local-fs.target - Local File Systems",
        "network.target - Network",
        "network-online.target - Network is Online",
        "timers.target - Timer Units",
        "multi-user.target - Multi-User System",
    ]
    got = templates([*boot_lines(), *(f"Reached target {t}." for t in targets)])
    assert {got[f"Reached target {t}."] for t in targets} == {"Reached target <*>."}
    # Sentences named nowhere else stay apart, as before.
    near = templates(NEAR_MISSES)
    assert len({near[line] for line in NEAR_MISSES if line.startswith("The ")}) == 4


def test_a_later_batch_joins_the_head() -> None:
    got = templates([*boot_lines(), "Started Disk Health Reporter for removable media."], 3)
    assert got["Started Disk Health Reporter for removable media."] == "Started <*>."
    assert {got[f"Started {unit}."] for unit in UNITS} == {"Started <*>."}


def test_order_does_not_matter() -> None:
    lines = boot_lines() + NEAR_MISSES
    expected = templates(lines)
    random.Random(7).shuffle(lines)
    assert templates(lines) == expected


def test_few_middles_stay_apart() -> None:
    """Three continuations are a small vocabulary, named elsewhere or not."""
    new = ["Loaded Alpha Module.", "Loaded Beta Two Module.", "Loaded Gamma Module Three."]
    new += ["Unloaded Alpha Module.", "Unloaded Beta Two Module."]
    assert free_text_heads(new) == {}
