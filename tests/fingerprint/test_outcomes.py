"""A key's value that says how something ended stays in the template (`status=failed` apart
from `status=ok`), where names and ids after a key stay variables
(errctl/fingerprint/outcomes.py, the miner's and keyvalues.py's use of it)."""

from __future__ import annotations

import random

import pytest

from errctl.fingerprint.keyvalues import key_value_heads
from errctl.fingerprint.outcomes import outcome_values, outcome_words
from tests.fingerprint.helpers import templates

FEW = 4  # the miner's default `min_variable_values`


@pytest.mark.parametrize(
    "values",
    [
        {"ok", "failed", "timeout"},
        {"ok", "error"},
        {"sent", "deferred", "bounced"},  # a mail's delivery: `sent` is no failure word
        {"running", "success", "failed", "canceled"},  # a CI job's states
        {"success", "failed", "timeout", "cancelled", "skipped"},
        {"OK", "PERMISSION_DENIED", "DEADLINE_EXCEEDED"},  # gRPC's codes, as constants
        {"OK", "DeadlineExceeded"},
        {"passing", "critical"},  # a health check's
        {"allow", "deny"},
        {"200", "failed"},  # a status kept by masking beside a word
        {"ok", "timed_out"},
    ],
)
def test_outcomes(values: set[str]) -> None:
    assert outcome_values(values, FEW)


@pytest.mark.parametrize(
    "values",
    [
        {"alice", "bob", "carol"},
        {"web-1", "web-2"},
        {"orders", "payments"},
        {"/10.0.0.1", "/10.0.0.2"},
        {"udp", "tcp"},
        {"ok", "success"},  # no failure among them: nothing to keep apart
        {"ok"},  # one value is a constant already
        {"ok", "failed", "<*>"},  # a masked value: a variable
        {"ok", "failed (exit 2)"},  # not a word
        {"orders", "users", "errors", "events"},  # many, and not all outcomes: names
        {"orders", "dead_letter"},  # a name whose first part is a failure's word
        {"default", "failed_jobs"},
        {"ok", "failed", *(f"s{c}" for c in "abcdefgh")},  # too many
    ],
)
def test_no_outcomes(values: set[str]) -> None:
    assert not outcome_values(values, FEW)


def job_lines(seed: int = 2, n: int = 120) -> list[str]:
    rng = random.Random(seed)
    return [
        f"job {rng.randint(100, 999)} finished in {rng.randint(1, 99)}ms "
        f"status={rng.choice(['ok', 'failed', 'timeout'])}"
        for _ in range(n)
    ]


def session_lines(seed: int = 3, n: int = 60) -> list[str]:
    rng = random.Random(seed)
    return [
        f"session {rng.randint(1000, 9999)} opened user={rng.choice(['alice', 'bob', 'carol'])} "
        f"host=web-{rng.randint(1, 3)} db={rng.choice(['orders', 'billing'])}"
        for _ in range(n)
    ]


def test_a_keys_outcomes_are_statements_of_their_own() -> None:
    got = templates(job_lines() + session_lines())
    assert set(got.values()) == {
        "job <*> finished in <*> status=ok",
        "job <*> finished in <*> status=failed",
        "job <*> finished in <*> status=timeout",
        # Names and ids after a key stay variables, however few.
        "session <*> opened user=<*> host=<*> db=<*>",
    }


def test_any_key_names_an_outcome() -> None:
    lines = [
        "backup of /srv/www took 41s result=success",
        "backup of /srv/db took 3s result=error",
        "backup of /srv/mail took 12s result=success",
        "login from 203.0.113.9 outcome=granted",
        "login from 198.51.100.4 outcome=denied",
        "login from 192.0.2.77 outcome=granted",
        "rpc method=GetUser took 3ms code=OK",
        "rpc method=ListUsers took 5004ms code=DEADLINE_EXCEEDED",
        "rpc method=GetUser took 7ms code=OK",
    ]
    got = templates(lines)
    assert got[lines[0]] == "backup of <*> took <*> result=success"
    assert got[lines[1]] == "backup of <*> took <*> result=error"
    assert got[lines[3]] != got[lines[4]]
    assert got[lines[6]] == "rpc method=<*> took <*> code=OK"
    assert got[lines[7]] == "rpc method=<*> took <*> code=DEADLINE_EXCEEDED"


def test_an_outcome_seen_once_keeps_the_statements_variables() -> None:
    lines = [
        "export finished user=alice target=s3 status=ok",
        "export finished user=bob target=gcs status=ok",
        "export finished user=carol target=s3 status=ok",
        "export finished user=dave target=gcs status=ok",
        "export finished user=erin target=s3 status=failed",
    ]
    got = templates(lines)
    # The user and the target varied in the statement: one failure does not make them its
    # wording, and the next failure, by another user, gets the same template.
    assert got[lines[4]] == "export finished user=<*> target=<*> status=failed"
    assert set(got.values()) == {
        "export finished user=<*> target=<*> status=ok",
        "export finished user=<*> target=<*> status=failed",
    }


def test_later_batches_keep_their_outcomes_apart() -> None:
    ok = [f"sync of shard {i} done in {i * 7}ms state=complete" for i in range(1, 9)]
    failed = [f"sync of shard {i} done in {i * 3}ms state=failed" for i in range(9, 13)]
    got = templates(ok + failed + ok[:2], batches=3)
    assert {got[x] for x in ok} == {"sync of shard <*> done in <*> state=complete"}
    assert {got[x] for x in failed} == {"sync of shard <*> done in <*> state=failed"}


def test_the_same_words_in_prose_stay_apart_too() -> None:
    lines = [
        "worker 7 finished with status ok",
        "worker 9 finished with status failed",
        "worker 3 finished with status ok",
    ]
    got = templates(lines)
    assert got[lines[0]] != got[lines[1]]


# A mail relay's delivery lines (written for this test): the status, then the next hop's
# reply, in words of its own.
DELIVERIES = [
    "4F1E2D0A: to=<ann@example.org>, relay=mx1.example.org[203.0.113.5]:25, delay=0.9, "
    "dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9C3B1)",
    "5A2B3C4D: to=<bo@example.org>, relay=mx1.example.org[203.0.113.5]:25, delay=1.1, "
    "dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 1D2E3)",
    "6B3C4D5E: to=<cy@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=0.4, "
    "dsn=2.0.0, status=sent (250 OK id=1rXyZ-0004Qk-2b)",
    "7C4D5E6F: to=<di@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=0.6, "
    "dsn=2.0.0, status=sent (250 OK id=1rXzA-0007Lm-9c)",
    "8D5E6F70: to=<ed@example.com>, relay=mx.example.com[192.0.2.25]:25, delay=31, "
    "dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.25]:25: Connection timed out)",
    "9E6F7081: to=<fay@example.com>, relay=mx.example.com[192.0.2.25]:25, delay=30, "
    "dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.25]:25: Connection timed out)",
    "AF708192: to=<gus@example.edu>, relay=mx.example.edu[192.0.2.80]:25, delay=0.7, "
    "dsn=5.1.1, status=bounced (host mx.example.edu[192.0.2.80] said: 550 5.1.1 User unknown "
    "(in reply to RCPT TO command))",
    "B08192A3: to=<hal@example.edu>, relay=mx.example.edu[192.0.2.80]:25, delay=0.5, "
    "dsn=5.1.1, status=bounced (host mx.example.edu[192.0.2.80] said: 550 5.1.1 User unknown "
    "(in reply to RCPT TO command))",
]


def test_outcomes_with_replies_of_several_wordings_stay_apart() -> None:
    got = templates(DELIVERIES)
    outcome = {line: line.split("status=")[1].split()[0] for line in DELIVERIES}
    for line, template in got.items():
        # No template holds lines of two outcomes.
        assert {outcome[x] for x, t in got.items() if t == template} == {outcome[line]}


def test_a_family_whose_values_open_with_outcomes_has_no_head() -> None:
    lead = "<*>: to=<<*>>, relay=<*>, dsn=<*>, status="
    new = [
        lead + "sent (<*> Ok: queued as <*>)",
        lead + "sent (<*> OK id=<*>)",
        lead + "deferred (connect to <*>: Connection timed out)",
        lead + "bounced (host <*> said: <*> User unknown (in reply to RCPT TO command))",
    ]
    assert key_value_heads(new) == {}
    # Values that open with names are one variable still (a reason, a client's name).
    named = [lead + "<*>", lead + "mailer daemon <*>", lead + "queue runner", lead + "pickup <*>"]
    assert set(key_value_heads(named).values()) == {lead + "<*>"}


def test_an_outcome_glued_to_its_reason_still_opens_the_value() -> None:
    # A status word glued to a colon and its reason (`stat=Deferred: ...`), capitalised: the
    # first word is the outcome all the same.
    lead = "<*>: to=<<*>>, mailer=esmtp, pri=<*>, relay=<*>, dsn=<*>, stat="
    new = [
        lead + "Sent (OK <*> - gsmtp)",
        lead + "Deferred: Connection refused by <*>.",
        lead + "Deferred: Connection timed out with <*>.",
        lead + "User unknown",
    ]
    assert key_value_heads(new) == {}


# A file server's transfer log (written for this test): every statement opens with how it
# ended, the same two words in each, after the session's pid and user.
def transfer_lines(seed: int = 5, n: int = 240) -> list[str]:
    pick = random.Random(seed)
    out = []
    for i in range(n):
        user = pick.choice(["ann", "bo", "cy", "root", "guest"])
        ended = "FAIL" if pick.random() < 0.3 else "OK"
        client = f'Client "10.1.{pick.randrange(256)}.{pick.randrange(256)}"'
        action = pick.choice(
            [
                f"LOGIN: {client}",
                f'DOWNLOAD: {client}, "/pub/f{i}.bin", {pick.randrange(10**6)} bytes',
                f'UPLOAD: {client}, "/in/f{i}.csv", {pick.randrange(10**6)} bytes',
                f'MKDIR: {client}, "/in/d{i}"',
                f'DELETE: {client}, "/in/f{i}.csv"',
            ]
        )
        out.append(f"[pid {1000 + i}] [{user}] {ended} {action}")
    return out


def test_outcome_words_every_statement_opens_with_stay_apart() -> None:
    lines = transfer_lines()
    got = templates(lines)
    for line, template in got.items():
        # Each template holds one outcome, and says which.
        assert line.split("] ")[2].split()[0] in template.split()
        assert {x.split("] ")[2].split()[0] for x, t in got.items() if t == template} == {
            line.split("] ")[2].split()[0]
        }
    assert len(set(got.values())) == 10


def test_severities_are_no_outcome_words() -> None:
    assert outcome_words({"OK", "FAIL"})
    assert outcome_words({"success", "failed", "skipped"})
    # A monitor's states are the level its records are written at.
    assert not outcome_words({"OK", "WARNING", "CRITICAL"})
    assert not outcome_words({"alice", "FAIL"})


def test_a_state_spelt_as_a_constant_keeps_the_statements_variables() -> None:
    """A statement that ends in an enumeration's state (Spinnaker's `Execution %s for %s
    completed with status %s`) splits by state, and each state keeps the statement's
    variables however few the state shows: three apps' failed executions are one template,
    not one per app."""
    apps = ["shop", "catalog", "payments", "search", "billing", "orders"]
    lines = [
        f"Execution 01HZ{n:022d} for {apps[n % 6]} completed with status SUCCEEDED"
        for n in range(30)
    ]
    failed = [
        f"Execution 01HZ{n:022d} for {app} completed with status TERMINAL"
        for n, app in zip(range(90, 93), ["payments", "catalog", "shop"], strict=True)
    ]
    canceled = [
        f"Execution 01HZ{n:022d} for catalog completed with status CANCELED" for n in (95, 96)
    ]
    out = templates(lines + failed + canceled)
    assert {out[x] for x in lines} == {"Execution <*> for <*> completed with status SUCCEEDED"}
    assert {out[x] for x in failed} == {"Execution <*> for <*> completed with status TERMINAL"}
    assert {out[x] for x in canceled} == {"Execution <*> for <*> completed with status CANCELED"}


def test_a_split_on_words_keeps_names_of_code_apart() -> None:
    """Not on a state in words: the kubelet's operations, few in each of `started` and
    `succeeded`, stay the statements' words."""
    ops = ["VerifyControllerAttachedVolume", "MountVolume", "UnmountVolume"]
    lines = [
        f"operationExecutor.{op} {verb} for volume vol-{n}"
        for n in range(4)
        for op in ops
        for verb in ("started", "succeeded")
    ]
    out = templates(lines)
    assert len(set(out.values())) == 6
