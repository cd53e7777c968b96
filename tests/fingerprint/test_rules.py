"""Fingerprint rules: each matcher, first match wins, `{{ default }}`, stability, columns."""

from __future__ import annotations

import orjson
import pyarrow as pa
import pytest

from errctl.config.loader import parse_fingerprint_rule
from errctl.fingerprint.fingerprint import digest
from errctl.fingerprint.rules import FingerprintRules, rule_canonical, rule_fingerprint

STACK = orjson.dumps(
    [
        {
            "type": "psycopg.OperationalError",
            "value": "too many clients",
            "frames": [
                {"file": "/srv/app/billing/db.py", "module": "billing.db", "function": "connect"},
                {"file": "/usr/lib/python3.11/socket.py", "function": "create_connection"},
            ],
        }
    ]
).decode()

EVENT = {
    "exception_type": "psycopg.OperationalError",
    "exception_value": "too many clients",
    "message": "Payment 42 failed: too many clients",
    "logger": "billing.worker",
    "level": "error",
    "service": "billing",
    "host": "web-1",
    "source": "/var/log/app/billing.jsonl",
    "stack": STACK,
    "attributes": orjson.dumps({"http": {"status": 503}, "user.tier": "gold"}).decode(),
}


def rules(*texts: str) -> FingerprintRules:
    return FingerprintRules(parse_fingerprint_rule(t) for t in texts)


@pytest.mark.parametrize(
    ("term", "other"),
    [
        ("error.type:psycopg.*", "error.type:ValueError"),
        ('error.value:"*TOO MANY*"', "error.value:timeout"),
        ('message:"payment * failed*"', "message:refund*"),
        ("logger:billing.*", "logger:api.*"),
        ("level:error", "level:warning"),
        ("service:bill*", "service:api"),
        ("host:web-?", "host:db-?"),
        ("source:*/billing.jsonl", "source:*/api.jsonl"),
        ("stack.function:connect", "stack.function:close"),
        ("stack.module:billing.*", "stack.module:api.*"),
        ("stack.file:*/socket.py", "stack.file:*/ssl.py"),
        ("attr.http.status:5??", "attr.http.status:4??"),
        ("attr.user.tier:GOLD", "attr.user.tier:silver"),
    ],
)
def test_each_matcher_matches_its_field_and_only_it(term: str, other: str):
    assert rules(f"{term} -> x").match(EVENT) is not None
    assert rules(f"{other} -> x").match(EVENT) is None


def test_every_matcher_of_a_rule_must_hold():
    assert rules("service:billing level:warning -> x").match(EVENT) is None
    assert rules("service:billing level:error -> x").match(EVENT) is not None


def test_an_absent_field_never_matches():
    assert rules("service:* -> x").match({**EVENT, "service": None}) is None
    assert rules("attr.missing:* -> x").match(EVENT) is None
    assert rules("stack.function:* -> x").match({**EVENT, "stack": None}) is None


def test_first_match_wins():
    r = rules("message:nothing* -> a", "service:billing -> b", "level:error -> c")
    assert r.match(EVENT).name == "b"
    assert r.fingerprint(EVENT, "fp1:0000000000000000") == digest("r|b")


def test_default_keeps_the_computed_fingerprint_as_one_part():
    r = rules("service:billing -> {{ default }}, billing")
    a, b = "fp1:aaaaaaaaaaaaaaaa", "fp1:bbbbbbbbbbbbbbbb"
    assert r.fingerprint(EVENT, a) != r.fingerprint(EVENT, b)
    assert r.fingerprint(EVENT, a) == digest(f"r|{a}, billing")
    assert rule_canonical("{{default}}, billing", a) == f"r|{a}, billing"
    # Not the same as the default itself, nor as another rule's name for it.
    assert r.fingerprint(EVENT, a) not in (a, rule_fingerprint("billing", a))


def test_stability_same_inputs_same_fingerprint():
    r1 = rules("service:billing -> pay")
    r2 = rules("service:billing -> pay")
    assert r1.fingerprint(EVENT, "fp1:x") == r2.fingerprint(EVENT, "fp1:y")
    assert (
        rule_fingerprint("pay", "")
        == "fp1:" + __import__("hashlib").sha256(b"r|pay").hexdigest()[:16]
    )


def test_columns_agree_with_events_and_first_match_wins():
    r = rules(
        "message:*timeout* -> timeouts",
        "service:api -> {{ default }} api",
        "attr.http.status:5* -> server-errors",
    )
    events = [
        {"message": "db timeout after 3s", "service": "api", "attributes": None},
        {"message": "boom", "service": "api", "attributes": None},
        {"message": "boom", "service": "web", "attributes": '{"http": {"status": 502}}'},
        {"message": "boom", "service": None, "attributes": None},
        {"message": "boom", "service": "api", "attributes": None},
    ]
    defaults = ["fp1:1", "fp1:2", "fp1:3", "fp1:4", "fp1:5"]
    columns = {k: pa.array([e[k] for e in events], pa.string()) for k in r.reads}
    out = r.apply_columns(columns, pa.array(defaults, pa.string())).to_pylist()
    assert out == [r.fingerprint(e, d) for e, d in zip(events, defaults, strict=True)]
    assert out[0] == digest("r|timeouts") and out[3] == "fp1:4"
    assert out[1] != out[4]  # {{ default }} keeps the two defaults apart


def test_no_rules_leave_fingerprints_alone():
    fps = pa.array(["fp1:a"], pa.string())
    assert FingerprintRules().apply_columns({}, fps) is fps


def test_attribute_matchers_parse_from_the_config_syntax():
    rule = parse_fingerprint_rule("attr.http.status:5* attr.x-y:1 -> server")
    assert rule.matchers == (("attr.http.status", "5*"), ("attr.x-y", "1"))
    with pytest.raises(ValueError):
        parse_fingerprint_rule("attr.:x -> y")
