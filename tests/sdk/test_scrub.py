"""Secret scrubbing: each class, inside messages, exception values and nested context."""

from __future__ import annotations

import logging

import pytest

from errctl.sdk import context
from errctl.sdk.scrub import CARD_MASK, MASK, is_secret_key, scrub_text, scrub_value
from tests.sdk import capture_logs

PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"
    "MIIEowIBAAKCAQEA7\nq2b5yFAKEfakeFAKE\n"
    "-----END RSA PRIVATE KEY-----"
)
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"

CASES = [
    # (text, secret that must disappear, expected output)
    ("login password=hunter2 user=bob", "hunter2", f"login password={MASK} user=bob"),
    ("passwd: hunter2", "hunter2", f"passwd: {MASK}"),
    ('{"secret": "s3cr3t value", "n": 1}', "s3cr3t", f'{{"secret": "{MASK}", "n": 1}}'),
    ("{'api_key': 'abc123'}", "abc123", f"{{'api_key': '{MASK}'}}"),
    ("apikey=abc123&page=2", "abc123", f"apikey={MASK}&page=2"),
    ("GET /x?access_token=abc123 200", "abc123", f"GET /x?access_token={MASK} 200"),
    ("auth=xyz credentials=u:p", "xyz", f"auth={MASK} credentials={MASK}"),
    (
        "private_key=AAAA session=s1 cookie=c1",
        "AAAA",
        f"private_key={MASK} session={MASK} cookie={MASK}",
    ),
    ("X-Api-Key: k-123 accessToken=t-1", "k-123", f"X-Api-Key: {MASK} accessToken={MASK}"),
    ("Authorization: Basic dXNlcjpwYXNz", "dXNlcjpwYXNz", f"Authorization: {MASK}"),
    ("sent Bearer abcdef123456.xyz to api", "abcdef123456", f"sent Bearer {MASK} to api"),
    ("key AKIAIOSFODNN7EXAMPLE used", "AKIAIOSFODNN7EXAMPLE", f"key {MASK} used"),
    (
        "creds (AKIAIOSFODNN7EXAMPLE, wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY)",
        "wJalrXUtnFEMI",
        f"creds ({MASK})",
    ),
    (
        "aws_secret_access_key=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "wJalrXUtnFEMI",
        f"aws_secret_access_key={MASK}",
    ),
    (f"key:\n{PEM}\nafter", "MIIEow", f"key:\n{MASK}\nafter"),
    ("-----BEGIN PRIVATE KEY-----\nMIIEcut short", "MIIEcut", MASK),
    (f"token {JWT} rejected", "eyJzdWIi", f"token {MASK} rejected"),
    ("card 4111 1111 1111 1111 declined", "4111 1111", f"card {CARD_MASK} declined"),
    ("card 4111-1111-1111-1111 declined", "4111-1111", f"card {CARD_MASK} declined"),
    ("card 4000000000000002", "4000000000000002", f"card {CARD_MASK}"),
    ("amex 378282246310005", "378282246310005", f"amex {CARD_MASK}"),
    ("postgresql://app:hunter2@db:5432/shop", "hunter2", f"postgresql://app:{MASK}@db:5432/shop"),
]


@pytest.mark.parametrize(("text", "secret", "expected"), CASES)
def test_each_class_is_masked(text, secret, expected):
    out = scrub_text(text)
    assert out == expected
    assert secret not in out
    assert scrub_text(out) == out  # idempotent


@pytest.mark.parametrize(
    "text",
    [
        "author=bob oauth_provider=google tokenizer_version=3",
        "check_token(x) failed at auth.py:12",
        "order 4111111111111112 (Luhn fails) and id 1714567890",
        "1111111111111111 is not a card",  # no issuer starts with 1 (epoch ms do)
        "thread 412345678901233 joined",  # 15 digits that pass Luhn: only Amex gives 15
        "sms to:<+4915112345678> sent",  # a phone number: Visa's 13 digits, Luhn, after a +
        "at 1714567890123 ms",
        "time=12:00:00 level=info",
        "login password=%s token=%(tok)s key={}",  # placeholders in a template stay
        "login password=%(pw)010s token=%05d",  # with a zero flag and a width too
        "",
    ],
)
def test_what_is_not_a_secret_stays(text):
    assert scrub_text(text) == text


def test_secret_key_words():
    for key in (
        "password",
        "DB_PASSWORD",
        "clientSecret",
        "x-api-key",
        "privateKey",
        "Cookie",
        "aws_access_key_id",
        "pin",
    ):
        assert is_secret_key(key), key
    for key in ("author", "oauth_provider", "keyboard", "user_id", "sessionless"):
        assert not is_secret_key(key), key


def test_nested_values_are_scrubbed_by_key_and_by_content():
    value = {
        "user": {"id": 7, "password": {"old": "a", "new": "b"}},
        "headers": [{"Authorization": "Bearer abcdefghijkl"}, "token=xyz"],
        "note": "card 4111111111111111",
        "count": 3,
    }
    assert scrub_value(value) == {
        "user": {"id": 7, "password": MASK},
        "headers": [{"Authorization": MASK}, f"token={MASK}"],
        "note": f"card {CARD_MASK}",
        "count": 3,
    }


def test_the_formatter_scrubs_message_exception_context_and_extra():
    with capture_logs() as handler:
        log = logging.getLogger("sdk-test")
        with context(request_id="r-1", auth={"user": "u", "password": "p"}, note="api_key=k1"):
            try:
                raise RuntimeError(f"upstream said token=abc123 for card 4111111111111111, {JWT}")
            except RuntimeError:
                log.exception(
                    "login for %s with password=%s failed", "bob", "hunter2", extra={"cookie": "c1"}
                )
    line = handler.lines[0]
    for secret in ("hunter2", "abc123", "4111111111111111", JWT, "k1", '"c1"', '"p"'):
        assert secret not in line, secret
    event = handler.events[0]
    assert event["message"] == f"login for bob with password={MASK} failed"
    assert event["message_template"] == "login for %s with password=%s failed"
    assert event["exception"][0]["value"] == (
        f"upstream said token={MASK} for card {CARD_MASK}, {MASK}"
    )
    assert event["exc_info"].endswith(event["exception"][0]["value"])
    assert event["context"] == {"request_id": "r-1", "auth": MASK, "note": f"api_key={MASK}"}
    assert event["extra"] == {"cookie": MASK}


def test_source_lines_of_frames_are_scrubbed_the_same_in_text_and_structure():
    with capture_logs() as handler:
        try:
            raise ValueError("x")  # password=hunter2 on the source line
        except ValueError:
            logging.getLogger("sdk-test").exception("failed")
    event = handler.events[0]
    source = event["exception"][0]["frames"][-1]["source"]
    assert "hunter2" not in source and MASK in source
    assert source in event["exc_info"]


def test_scrubbing_can_be_turned_off():
    from errctl.sdk import JsonFormatter

    record = logging.LogRecord("x", logging.INFO, __file__, 1, "password=%s", ("p1",), None)
    assert "p1" in JsonFormatter(scrub=False).format(record)
    assert "p1" not in JsonFormatter().format(record)


def test_a_long_line_without_secrets_is_quick():
    import time

    text = ("a=" + "x" * 5000 + " ") * 200 + "password:" * 10000
    start = time.perf_counter()
    scrub_text(text)
    assert time.perf_counter() - start < 2.0
