"""Severity rules: defaults, first match wins, every matcher, globs vs regexes, batches."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.config.loader import load_file
from errctl.config.schema import SEVERITIES as SCHEMA_SEVERITIES
from errctl.severity.defaults import SEVERITIES, default_reason, default_severity
from errctl.severity.rules import (
    Classification,
    RuleSet,
    SeverityRule,
    classify,
    crash_flags_array,
    priority,
)


def ev(**fields) -> dict:
    return fields


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (ev(level="critical", message="boom"), "critical"),
        (ev(level="error", message="Out of memory: Killed process 123 (python3)"), "critical"),
        (ev(level="warning", message="worker", exception_type="MemoryError"), "critical"),
        (ev(level="error", message="failed", exception_type="KeyError"), "high"),
        (ev(level="error", message="failed"), "medium"),
        (ev(level="warning", message="slow"), "low"),
        (ev(level="info", message="oom killer settings loaded"), None),
        (ev(level="debug", message="x"), None),
        (ev(level=None, message="x"), None),
    ],
)
def test_defaults(event: dict, expected: str | None) -> None:
    assert classify(event) == Classification(expected, None, None)
    text = f"{event['message']} {event.get('exception_type') or ''}"
    severity, reason = default_reason(event["level"], "exception_type" in event, text)
    assert severity == expected and reason
    assert default_severity(event["level"], "exception_type" in event, text) == expected


# A cluster member killed or thrown out by the others (fencing, STONITH, eviction) is the
# cluster's kin of a process killed for memory: critical at warning or error, whatever the
# cluster software; the fence devices, the fencing daemon and its settings are not.
FENCED = [
    "Cluster node node2 will be fenced: peer is no longer part of the cluster",
    "Node db-2 will be fenced because the node is no longer part of the cluster",
    "Guest node web-vm will be fenced because the node is no longer part of the cluster",
    "Node return implies stonith of node2 (action 12) was not expected",
    "Stonith/shutdown of node node2 was not expected",
    "Scheduling Node node2 for STONITH",
    "fencing node node2",
    "CRS-1607: Node rac2 is being evicted in cluster incarnation 612345678",
]
NOT_FENCED = [
    "fence-node1_monitor_60000 on node2 'not running' (7): call=34, status=complete",
    "Resource start-up disabled since no STONITH resources have been defined",
    "Either configure some or disable STONITH with the stonith-enabled option",
    "Forked process 1727 for subdaemon pacemaker-fenced",
    "cache entry orders:42 was evicted before use",
    "Evicting 3 entries from the LRU cache",
]


@pytest.mark.parametrize("message", FENCED)
def test_a_fenced_node_is_critical(message: str) -> None:
    for level in ("warning", "error"):
        assert classify(ev(level=level, message=message)).severity == "critical"
    assert default_reason("warning", False, message)[1].startswith("a crash or out-of-memory")
    assert classify(ev(level="info", message=message)).severity is None


@pytest.mark.parametrize("message", NOT_FENCED)
def test_fencing_words_that_kill_no_node(message: str) -> None:
    assert classify(ev(level="warning", message=message)).severity == "low"
    assert classify(ev(level="error", message=message)).severity == "medium"


def test_fencing_reads_alike_in_arrow() -> None:
    """Ingest runs the crash test through Arrow's RE2: the same verdicts as Python's."""
    texts = FENCED + NOT_FENCED
    flags = crash_flags_array(
        pa.array(["warning"] * len(texts)),
        pa.array(texts),
        pa.array([None] * len(texts), pa.string()),
    )
    assert flags.to_pylist() == [True] * len(FENCED) + [False] * len(NOT_FENCED)


def test_one_list_of_severities() -> None:
    assert SEVERITIES == SCHEMA_SEVERITIES == ("low", "medium", "high", "critical")


def test_first_match_wins_and_sets_category() -> None:
    rules = RuleSet(
        (
            SeverityRule.create("db", "critical", category="database", message="*too many*"),
            SeverityRule.create("api", "low", category="api", service="api"),
        )
    )
    both = ev(level="error", service="api", message="too many clients")
    assert rules.classify(both) == Classification("critical", "database", "db")
    swapped = RuleSet(tuple(reversed(rules.rules)))
    assert swapped.classify(both) == Classification("low", "api", "api")
    neither = ev(level="error", service="web", message="x", exception_type="E")
    assert rules.classify(neither) == Classification("high", None, None)


def test_severity_none_quiets_an_event() -> None:
    rules = RuleSet(
        (SeverityRule.create("scan", "none", category="auth", message="invalid user*"),)
    )
    assert rules.classify(ev(level="error", message="Invalid user admin")) == Classification(
        None, "auth", "scan"
    )


def test_a_rule_can_raise_info_events() -> None:
    rules = RuleSet((SeverityRule.create("deploy", "low", logger="deploy.*"),))
    assert rules.classify(ev(level="info", logger="deploy.k8s", message="x")).severity == "low"


@pytest.mark.parametrize(
    ("condition", "hit", "miss"),
    [
        ({"level": ["error", "critical"]}, ev(level="critical"), ev(level="warning")),
        ({"service": "bill*"}, ev(service="billing"), ev(service="api")),
        ({"host": "web-?"}, ev(host="web-1"), ev(host="web-10")),
        ({"logger": "sqlalchemy.*"}, ev(logger="sqlalchemy.pool"), ev(logger="app.db")),
        (
            {"exception": "*OperationalError"},
            ev(exception_type="psycopg.OperationalError"),
            ev(exception_type="KeyError"),
        ),
        ({"template": "Job <*> failed"}, ev(template="Job <*> failed"), ev(template="Job ok")),
        ({"message": "*reset by peer*"}, ev(message="Connection reset by peer"), ev(message="x")),
        ({"source": "*/nginx/*"}, ev(source="/var/log/nginx/a.log"), ev(source="/var/log/a")),
        (
            {"attributes": {"http.status": "5*"}},
            ev(attributes={"http": {"status": 502}}),
            ev(attributes={"http": {"status": 404}}),
        ),
        (
            {"attributes": {"http.status": "5*"}},
            ev(attributes='{"http.status": 503}'),  # a flat dotted key, as JSON text
            ev(attributes=None),
        ),
        (
            {"attributes": {"user.vip": "true"}},
            ev(attributes={"user": {"vip": True}}),
            ev(attributes={"user": "bob"}),
        ),
    ],
)
def test_each_matcher(condition: dict, hit: dict, miss: dict) -> None:
    rule = SeverityRule.create("r", "high", **condition)
    rules = RuleSet((rule,))
    assert rules.classify(hit).rule == "r"
    assert rules.classify(miss).rule is None
    assert rules.classify({}).rule is None  # an absent field never matches


def test_globs_ignore_case_and_match_whole_values_regexes_search_as_written() -> None:
    glob = SeverityRule.create("g", "high", message="*TIMEOUT*")
    assert glob.matches(ev(message="read timeout after 5s"))
    assert not SeverityRule.create("g", "high", message="timeout").matches(
        ev(message="read timeout")
    )
    regex = SeverityRule.create("r", "high", message="re:Timeout")
    assert regex.matches(ev(message="a Timeout here")) and not regex.matches(ev(message="timeout"))
    folded = SeverityRule.create("r", "high", message="re:(?i)dead(lock|line)")
    assert folded.matches(ev(message="DEADLOCK detected"))
    either = SeverityRule.create("e", "high", message=["*a*", "re:^b"])
    assert either.matches(ev(message="xa")) and either.matches(ev(message="bz"))
    assert not either.matches(ev(message="cb"))


def test_explain_says_why_each_rule_missed() -> None:
    rules = RuleSet(
        (
            SeverityRule.create("lv", "high", level="critical"),
            SeverityRule.create("svc", "high", service="billing"),
            SeverityRule.create("attr", "high", attributes={"status": "5*"}),
        )
    )
    ex = rules.explain(ev(level="error", service=None, message="m", attributes={"status": 404}))
    assert ex.rule is None and ex.severity == "medium"
    assert [why for _, why in ex.checked] == [
        "level 'error' is not critical",
        "service none does not match billing",
        "attribute status '404' does not match 5*",
    ]
    assert ex.default_reason == "level error without an exception is medium"


def test_rules_from_the_config_file(tmp_path: Path) -> None:
    path = tmp_path / "errctl.toml"
    path.write_text(
        "[[severity.rules]]\nname = 'db'\nexception = 're:Operational'\nseverity = 'critical'\n"
        "category = 'database'\n"
    )
    rules = RuleSet.from_settings(load_file(path))
    ex = rules.explain(ev(level="error", exception_type="psycopg.OperationalError", message="m"))
    assert (ex.severity, ex.category, ex.rule, ex.origin) == (
        "critical",
        "database",
        "db",
        f"{path}:1",
    )


def test_create_rejects_unknown_conditions_and_severities() -> None:
    with pytest.raises(ValueError):
        SeverityRule.create("x", "high", servce="api")
    with pytest.raises(ValueError):
        SeverityRule.create("x", "urgent", service="api")


# -- batches ---------------------------------------------------------------------------------

RULES = RuleSet(
    (
        SeverityRule.create("db", "critical", category="database", message="*too many clients*"),
        SeverityRule.create("quiet", "none", service="cron"),
        SeverityRule.create("vip", "high", attributes={"tier": "gold"}),
    )
)
events_strategy = st.lists(
    st.fixed_dictionaries(
        {
            "level": st.sampled_from([None, "debug", "info", "warning", "error", "critical"]),
            "service": st.sampled_from([None, "api", "cron"]),
            "message": st.sampled_from(
                ["ok", "too many clients", "Out of memory: Killed process 1", "panic: x", ""]
            ),
            "exception_type": st.sampled_from([None, "KeyError", "MemoryError"]),
            "attributes": st.sampled_from([None, '{"tier": "gold"}', '{"tier": "free"}']),
        }
    ),
    max_size=30,
)


@given(events_strategy)
def test_columns_agree_with_one_at_a_time(events: list[dict]) -> None:
    columns = {k: [e[k] for e in events] for k in events_strategy_keys()}
    severities, categories, names = RULES.classify_columns(columns)
    expected = [RULES.classify(e) for e in events]
    assert severities == [c.severity for c in expected]
    assert categories == [c.category for c in expected]
    assert names == [c.rule for c in expected]
    arrays = {k: pa.array(v, pa.string()) for k, v in columns.items()}
    crash = crash_flags_array(arrays["level"], arrays["message"], arrays["exception_type"])
    assert RULES.classify_columns(arrays, crash=crash.to_pylist()) == (
        severities,
        categories,
        names,
    )


def events_strategy_keys() -> tuple[str, ...]:
    return ("level", "service", "message", "exception_type", "attributes")


@given(events_strategy, st.integers(min_value=1, max_value=4))
def test_arrays_agree_with_columns(events: list[dict], chunks: int) -> None:
    # What ingest calls on each batch: Arrow columns (chunked, as a table's are) in and out.
    columns = {k: [e[k] for e in events] for k in events_strategy_keys()}
    expected = RULES.classify_columns(columns)[:2]
    step = -(-len(events) // chunks) or 1
    arrays = {
        k: pa.chunked_array(
            [pa.array(v[i : i + step], pa.string()) for i in range(0, len(v), step)],
            pa.string(),
        )
        for k, v in columns.items()
    }
    crash = crash_flags_array(arrays["level"], arrays["message"], arrays["exception_type"])
    for rules, want in ((RULES, expected), (RuleSet(), RuleSet().classify_columns(columns)[:2])):
        severities, categories = rules.classify_arrays(arrays, crash)
        assert (severities.to_pylist(), categories.to_pylist()) == want


def test_a_large_batch() -> None:
    n = 200_000
    columns = {
        "level": ["error", "info", "warning", "error"] * (n // 4),
        "service": ["api", "cron", "api", "billing"] * (n // 4),
        "message": ["too many clients", "tick", "slow", "card declined"] * (n // 4),
        "exception_type": [None, None, None, "CardError"] * (n // 4),
    }
    severities, _, _ = RULES.classify_columns(columns)
    assert severities[:4] == ["critical", None, "low", "high"]
    assert severities[-4:] == severities[:4]


# -- priority --------------------------------------------------------------------------------


def test_priority_severity_first_then_volume_spread_recency() -> None:
    now = datetime(2024, 5, 1, 12)
    assert priority("critical", 1) > priority("high", 10**9, services=50, hosts=50, users=1000)
    assert priority("high", 1000) > priority("high", 10)
    assert priority("high", 100, services=8, hosts=8) > priority("high", 100)
    assert priority("high", 100, users=20) > priority("high", 100)
    fresh = priority("high", 100, last_seen=now, now=now)
    stale = priority("high", 100, last_seen=now - timedelta(days=7), now=now)
    assert fresh > stale > priority("high", 100)
    assert priority(None, 10**12) < priority("low", 1)
    assert 400 <= priority("critical", 10**15, services=10**6, hosts=10**6, users=10**9) < 500


# A process's death as programs log it below warning: critical at info level too. At info only
# the death counts: the mentions a warning's crash test takes stay quiet there.
DIED = [
    "AH00052: child pid 4242 exit signal Segmentation fault (11)",
    "AH00051: child pid 4243 exit signal Aborted (6), possible coredump in /etc/apache2",
    "shop-api[4242]: segfault at 0 ip 000055d1c2a8b1f3 sp 00007ffc2bd3a8a0 error 4 in app",
    "shop-api.service: Main process exited, code=dumped, status=11/SEGV",
    "server process (PID 4242) was terminated by signal 9: Killed",
    'background worker "logical replication launcher" (PID 88) was terminated by signal 11:'
    " Segmentation fault",
    "/bin/sh: line 1:  4242 Segmentation fault      (core dumped) ./run",
]
NOT_DIED = [
    "oom_score_adj set to -1000 for the main process",
    "Installed a handler for fatal error signals",
    "test_core_dump_on_panic: ok",
    "server process (PID 4242) was terminated by signal 15: Terminated",  # a shutdown asked for
    "child pid 4242 exit status 0",
    "LimitCORE=infinity: core dumps enabled",
]


@pytest.mark.parametrize("message", DIED)
def test_a_process_that_died_is_critical_at_info_level_too(message: str) -> None:
    for level in ("info", "warning", "error"):
        assert classify(ev(level=level, message=message)).severity == "critical", level
    assert default_reason("info", False, message)[1] == (
        "a process's death, logged at level info, is critical"
    )
    assert classify(ev(level="debug", message=message)).severity is None
    assert classify(ev(level=None, message=message)).severity is None


@pytest.mark.parametrize("message", NOT_DIED)
def test_an_info_line_that_only_mentions_a_crash_stays_quiet(message: str) -> None:
    assert classify(ev(level="info", message=message)).severity is None


def test_deaths_read_alike_in_arrow() -> None:
    texts = DIED + NOT_DIED
    levels = pa.array(["info"] * len(texts) + ["debug", None])
    flags = crash_flags_array(
        levels,
        pa.array([*texts, DIED[0], DIED[0]]),
        pa.array([None] * (len(texts) + 2), pa.string()),
    )
    assert flags.to_pylist() == [True] * len(DIED) + [False] * len(NOT_DIED) + [False, False]
