"""Go's zerolog console lines (Traefik v3's default log), read by generic."""

import time

import pytest

from errctl.formats.generic import FORMAT
from errctl.formats.levels import normalize_level
from errctl.formats.zerolog import trailing_pairs


def test_caller_message_and_fields():
    f = FORMAT.parse(
        "2024-06-11T07:30:15Z ERR github.com/traefik/traefik/v3/pkg/middlewares/auth/forward.go:"
        '183 > Error calling forward auth error="Get \\"http://auth:9000/verify\\": dial tcp:'
        ' lookup auth: no such host" middlewareName=sso@docker middlewareType=ForwardAuth'
    )
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2024-06-11T07:30:15Z",
        "ERR",
        "Error calling forward auth",
        {
            "caller": "github.com/traefik/traefik/v3/pkg/middlewares/auth/forward.go:183",
            "error": 'Get "http://auth:9000/verify": dial tcp: lookup auth: no such host',
            "middlewareName": "sso@docker",
            "middlewareType": "ForwardAuth",
        },
    )


def test_a_line_without_a_message_is_named_by_its_error():
    f = FORMAT.parse(
        '2024-06-11T07:30:16Z ERR error="entry point \\"websecure\\" not found"'
        " entryPointName=websecure routerName=api@docker"
    )
    assert (f.message, f.attributes) == (
        'entry point "websecure" not found',
        {
            "error": 'entry point "websecure" not found',
            "entryPointName": "websecure",
            "routerName": "api@docker",
        },
    )


@pytest.mark.parametrize(
    ("word", "level"),
    [
        ("TRC", "trace"),
        ("DBG", "debug"),
        ("INF", "info"),
        ("WRN", "warning"),
        ("ERR", "error"),
        ("FTL", "critical"),
        ("PNC", "critical"),
    ],
)
def test_levels(word, level):
    f = FORMAT.parse(f"2024-06-11T07:30:17+02:00 {word} Starting provider *acme.Provider")
    assert (normalize_level(f.level), f.message, f.attributes) == (
        level,
        "Starting provider *acme.Provider",
        None,
    )


@pytest.mark.parametrize(
    "message",
    [
        "Plain message without fields",
        'Loading file "dynamic.yml"',  # a quote that ends no value
        "ratio 3=3 is not a pair: too many = signs==",
        'msg ends in a cut value x="abc',
    ],
)
def test_text_that_is_not_fields_stays_in_the_message(message):
    assert trailing_pairs(message) == (message, {})


def test_only_the_trailing_pairs_are_fields():
    assert trailing_pairs('retry a=b then gave up count=3 err="x y=z"') == (
        "retry a=b then gave up",
        {"count": "3", "err": "x y=z"},
    )


def test_a_urls_query_in_a_bare_value_is_the_values():
    # zerolog's console quotes a value only for blanks, quotes and control characters.
    assert trailing_pairs(
        "Request failed connIndex=0 dest=https://shop.example.com/search?q=a+b&page=2 type=http"
    ) == (
        "Request failed",
        {"connIndex": "0", "dest": "https://shop.example.com/search?q=a+b&page=2", "type": "http"},
    )
    # An `=` before any `?` is no value's.
    assert trailing_pairs("ratio x=a=b") == ("ratio x=a=b", {})


def test_hostile_text_is_read_in_linear_time():
    for text in ('a="' * 20_000, "x=" * 30_000 + ' "', " =" * 30_000, 'k="v" ' * 10_000 + "z"):
        start = time.perf_counter()
        trailing_pairs(text)
        assert time.perf_counter() - start < 0.5
