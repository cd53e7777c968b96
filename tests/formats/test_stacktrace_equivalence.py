"""parse_trace and chain_fingerprint give exactly the answers they gave before they were tuned.

`data/stacktrace_golden.json` was written by the implementation before its speed-ups (caches per
frame line, per path and per frame), over 318 texts: distinct Python traces of a realistic
200k-line JSON log, every trace text the rest of the suite hands to the parser (and the sample
logs' traces), and seeded damaged copies of those (lines dropped, duplicated, swapped, bits
inserted). Each record holds the chain as `to_dict()` lists (or null) and the fingerprint with
the default in-app rules and with `RULES` below. A difference here is a changed fingerprint for
users: fp1 must not move (docs/fingerprints.md). A record a documented correction to fp1 moves
gets the corrected fingerprint written in, and nothing else (session 33: two Go runtime errors).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from errctl.fingerprint.fingerprint import chain_fingerprint
from errctl.fingerprint.inapp import NO_RULES, InAppRules
from errctl.formats.stacktrace import parse_trace
from errctl.models import ExceptionInfo, Frame

GOLDEN = json.loads((Path(__file__).parent / "data" / "stacktrace_golden.json").read_text())

# The non-default rules the golden fingerprints were computed with: includes and excludes that
# match Python paths, JVM / .NET modules, Node files and Go packages of the golden traces.
RULES = InAppRules(
    include=(
        "*/site-packages/stripe/*",
        "com.acme.billing.*",
        "*/node_modules/@acme/*",
        "github.com/acme/*",
    ),
    exclude=("/srv/app/payments/*", "*/orders/*", "com.acme.*", "Acme.Shipping.*", "*.js"),
)


def _chain(dicts: list[dict] | None) -> tuple[ExceptionInfo, ...] | None:
    """Rebuild the chain from its `to_dict()` form (which leaves out only None fields)."""
    if dicts is None:
        return None
    return tuple(
        ExceptionInfo(
            type=d["type"],
            value=d["value"],
            language=d["language"],
            frames=tuple(Frame(**f) for f in d["frames"]),
        )
        for d in dicts
    )


def _check(record: dict) -> None:
    chain = parse_trace(record["text"])
    assert chain == _chain(record["chain"])
    if chain:
        assert chain_fingerprint(chain, NO_RULES) == record["fingerprint"]
        assert chain_fingerprint(chain, RULES) == record["fingerprint_rules"]


def test_golden_file_covers_every_runtime():
    languages = {r["chain"][0]["language"] for r in GOLDEN if r["chain"]}
    assert languages == {"python", "java", "node", "go", "dotnet"}
    assert any(r["chain"] is None for r in GOLDEN)
    assert any(r["fingerprint"] != r["fingerprint_rules"] for r in GOLDEN)


@pytest.mark.parametrize("record", GOLDEN, ids=range(len(GOLDEN)))
def test_same_chain_and_fingerprint_as_before(record):
    _check(record)


def test_same_answers_with_warm_caches_in_another_order():
    # Caches are filled by the texts parsed before: a second pass, backwards, must agree too.
    for record in GOLDEN:
        _check(record)
    for record in reversed(GOLDEN):
        _check(record)


_TRACES = [r["text"] for r in GOLDEN if r["chain"]]
_BITS = st.sampled_from(
    [
        "",
        "Traceback (most recent call last):",
        '  File "/srv/app/x.py", line 3, in f',
        '  File "/usr/lib/python3.11/site-packages/x/y.py", line 3',
        "    ^^^^^",
        "ValueError: 1",
        "Caused by: java.lang.X: y",
        "\tat a.B.c(B.java:1)",
        "    at async f (/a.js:1:2)",
        "goroutine 1 [running]:",
        "panic: x",
        " ---> System.X: y",
        "  +-+---------------- 1 ----------------",
        "    | ValueError: 1",
        "\r",
    ]
)


def _fingerprints(chain):
    return chain and (chain_fingerprint(chain, NO_RULES), chain_fingerprint(chain, RULES))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    trace=st.sampled_from(_TRACES),
    ops=st.lists(
        st.tuples(
            st.sampled_from(["drop", "duplicate", "swap", "insert"]),
            st.integers(min_value=0, max_value=500),
            st.integers(min_value=0, max_value=500),
            st.one_of(_BITS, st.text(max_size=40)),
        ),
        max_size=6,
    ),
)
def test_damaged_golden_traces_never_raise_and_parse_the_same_twice(trace, ops):
    lines = trace.split("\n")
    for op, i, j, bit in ops:
        i, j = i % (len(lines) + 1), j % (len(lines) + 1)
        if op == "drop" and i < len(lines):
            del lines[i]
        elif op == "duplicate" and i < len(lines):
            lines.insert(i, lines[i])
        elif op == "swap" and max(i, j) < len(lines):
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            lines.insert(i, bit)
    text = "\n".join(lines)
    first = parse_trace(text)
    again = parse_trace(text)
    assert first == again
    assert _fingerprints(first) == _fingerprints(again)


def test_frame_caches_stay_bounded():
    from errctl.fingerprint import fingerprint
    from errctl.formats import stacktrace

    for n in range(stacktrace._CACHE_ENTRIES + 100):
        chain = parse_trace(
            "Traceback (most recent call last):\n"
            f'  File "/srv/app/m{n}.py", line {n}, in f{n}\n'
            f"    g({n})\n"
            "ValueError: x"
        )
        chain_fingerprint(chain)
        text = "java.lang.IllegalStateException: x\n" + "x" * 2000 + f"\n\tat a.B.c{n}(B.java:1)"
        assert parse_trace(text)
    for parser in (stacktrace._read_py_frame, stacktrace._py_frame_object, stacktrace._jvm_frame):
        assert 0 < len(parser.cache) <= stacktrace._CACHE_ENTRIES
    assert len(fingerprint._facts) <= fingerprint._FACTS_MAX
    # A frame line longer than _CACHE_CHARS is parsed every time, not kept.
    long_line = "\tat a.B.c(" + "x" * stacktrace._CACHE_CHARS + ".java:1)"
    assert parse_trace("java.lang.IllegalStateException: x\n" + long_line)
    assert ("at a.B.c(" + "x" * stacktrace._CACHE_CHARS + ".java:1)",) not in (
        stacktrace._jvm_frame.cache
    )


def test_an_odd_digit_in_one_frame_does_not_lose_the_trace():
    """`"²".isdigit()` is true but int() refuses it: such a frame is not read as a frame."""
    text = (
        "Traceback (most recent call last):\n"
        '  File "/srv/app/a.py", line 3, in f\n'
        '  File "/srv/app/b.py", line ², in g\n'
        "ValueError: x"
    )
    chain = parse_trace(text)
    assert chain is not None and chain[0].type == "ValueError"
    assert [f.file for f in chain[0].frames] == ["/srv/app/a.py"]
    java = "java.lang.IllegalStateException: x\n\tat a.B.c(B.java:²)\n\tat a.B.d(B.java:7)"
    chain = parse_trace(java)
    assert chain is not None and {f.lineno for f in chain[0].frames} == {None, 7}
