"""A record's kind in capitals before its `key=value` fields is the statement
(`vocabularies.record_kind_before_pairs`): the Linux audit log's user-space records share their
fields, and only the kind tells an authentication from credentials dropped."""

from __future__ import annotations

import random

from tests.fingerprint.helpers import templates

KINDS = ["USER_AUTH", "USER_ACCT", "CRED_ACQ", "CRED_DISP", "CRED_REFR"]


def audit_records(seed: int = 3, n: int = 300) -> list[str]:
    pick = random.Random(seed)
    out = []
    for i in range(n):
        kind = pick.choice(KINDS)
        op = pick.choice(["PAM:setcred", "PAM:accounting", "PAM:authentication"])
        user = pick.choice(["alice", "bob", "root", "deploy"])
        out.append(
            f"{kind} pid={2000 + i} uid=0 auid={pick.choice([0, 1000, 4294967295])} "
            f"ses={pick.randrange(1, 90)} subj=unconfined op={op} grantors=pam_permit "
            f'acct="{user}" exe="/usr/sbin/sshd" hostname=10.0.{pick.randrange(256)}.'
            f"{pick.randrange(256)} terminal=ssh res=success"
        )
    return out


def test_record_kinds_before_fields_are_statements() -> None:
    lines = audit_records()
    got = templates(lines)
    for line, template in got.items():
        kind = line.split()[0]
        assert template.startswith(kind + " ")
        assert {x.split()[0] for x, t in got.items() if t == template} == {kind}


def test_kinds_with_digits_or_before_a_colon_stay_values() -> None:
    # A queue id in capitals before `: to=`, an id of digits and capitals before fields:
    # values, however few.
    pick = random.Random(4)
    ids = ["ABCDEFGH", "BCDEFGHA", "CDEFGHAB", "DEFGHABC", "EFGHABCD"]
    lines = [
        f"{pick.choice(ids)}: to=<u{i}@example.com>, relay=mx.example.com, status=sent"
        for i in range(60)
    ]
    assert len(set(templates(lines).values())) == 1
