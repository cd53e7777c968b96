import pytest

from errctl.errors import UsageError
from errctl.models import AttributeFilter, EventFilter
from errctl.query.parse import parse_query


def test_free_text_phrases_regex_and_fields():
    flt = parse_query(
        'timeout "connection reset" /dead(lock|line)/ level:ERROR service:api host:web-1 '
        "source:nginx fp:3f2a trace:abc attr.user.id:42 stack:OrderService.charge"
    )
    assert flt.text == ("timeout", "connection reset")
    assert flt.regex == ("dead(lock|line)",)
    assert flt.levels == ("error",)
    assert flt.services == ("api",) and flt.hosts == ("web-1",)
    assert flt.sources == ("*nginx*",)
    assert flt.groups == ("3f2a",) and flt.trace_ids == ("abc",)
    assert flt.attributes == (AttributeFilter("user.id", "42"),)
    assert flt.stack == ("OrderService.charge",)


def test_a_fingerprint_term_names_a_group_and_an_equals_sign_the_fingerprint_alone():
    # The id a listing shows is the group's: merged groups' events count with it, as in top.
    flt = parse_query("fingerprint:3f2a fp:=fp1:77c0 fingerprint:=")
    assert flt.groups == ("3f2a", "=")
    assert flt.fingerprints == ("fp1:77c0",)


def test_unknown_field_names_are_plain_text():
    assert parse_query("url:http://x").text == ("url:http://x",)


def test_bad_level_and_unbalanced_quotes_are_usage_errors():
    with pytest.raises(UsageError):
        parse_query("level:loud")
    with pytest.raises(UsageError):
        parse_query('"unterminated')


def test_level_aliases_and_a_misspelt_level():
    assert parse_query("level:fatal level:Warn level:crit").levels == (
        "critical",
        "warning",
        "critical",
    )
    with pytest.raises(UsageError) as info:
        parse_query("level:eror")
    assert info.value.hint is not None and info.value.hint.startswith("did you mean 'error'?")
    with pytest.raises(UsageError) as info:
        parse_query("level:bogus")  # nothing close: no guess
    assert info.value.hint == "levels: trace, debug, info, warning, error, critical"


def test_regex_terms_keep_their_backslashes_and_spaces():
    flt = parse_query(r'/pay(ment)? \d+/ service:"billing api" plain')
    assert flt.regex == (r"pay(ment)? \d+",)
    assert flt.services == ("billing api",)
    assert flt.text == ("plain",)


@pytest.mark.parametrize(
    ("term", "reason"),
    [
        ("/[/", "missing ]"),
        ("/(?<=a)b/", "invalid perl operator"),  # lookbehind: RE2 has none
        ("/(a)\\1/", "invalid escape sequence"),  # a backreference
        ("/a{1001}/", "invalid repetition size"),
    ],
)
def test_a_regex_re2_cannot_run_is_refused_with_its_reason(term: str, reason: str):
    with pytest.raises(UsageError) as info:
        parse_query(f"timeout {term}")
    assert term in info.value.message and reason in info.value.message
    assert "Invalid Input Error" not in info.value.message
    assert parse_query("/(?i)time(d)? ?out/").regex == ("(?i)time(d)? ?out",)


def test_a_dash_or_a_bang_negates_the_term_after_it():
    flt = parse_query('timeout -healthcheck !service:canary -"connection reset" -/5\\d\\d/')
    assert flt.text == ("timeout",)
    assert flt.excluded == (
        EventFilter(text=("healthcheck",)),
        EventFilter(services=("canary",)),
        EventFilter(text=("connection reset",)),
        EventFilter(regex=("5\\d\\d",)),
    )
    # A phrase is text whatever it opens with; a dash alone or inside a word is text too.
    plain = parse_query('"-1" - foo-bar')
    assert plain.text == ("-1", "-", "foo-bar") and plain.excluded == ()
