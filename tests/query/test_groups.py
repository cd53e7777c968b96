"""Groups: maintained counters and dimensions, listings, short ids, prefixes, detail."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import orjson
import pyarrow as pa
import pytest

from errctl.errors import UsageError
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.models import EventFilter, GroupFilter
from errctl.query.groups import (
    group_detail,
    hour_buckets,
    list_groups,
    resolve_group,
    short_ids,
    shortest_unique_prefixes,
)
from errctl.store.batch_writes import BATCH_COLUMNS
from errctl.store.duckdb_store import DuckDBStore
from tests import batches

PY_LOG = batches.PY_LOG


row = batches.row


def batch(rows: list[dict]) -> pa.Table:
    return pa.table({c: [r[c] for r in rows] for c in BATCH_COLUMNS})


@pytest.fixture
def store(db: Path) -> DuckDBStore:
    s = DuckDBStore(db)
    s.commit_batch(
        batch(
            [
                row(line=1, attributes='{"user_id": 7}', severity="low"),
                row(line=2, host="web-2", attributes='{"user": {"id": "u9"}}'),
                row(line=3, fingerprint="fp1:aaaab00000000000", template="t <*>", title="t 1"),
                row(
                    line=4,
                    fingerprint="fp1:bbbb000000000000",
                    message="x",
                    template="x",
                    service="worker",
                    timestamp=datetime(2024, 5, 2, 9, 30),
                    level="warning",
                    severity="low",
                ),
            ]
        ),
        None,
        None,
    )
    # A second batch: counters, severity and dimensions are upserted, not replaced.
    s.commit_batch(
        batch(
            [
                row(
                    line=5,
                    timestamp=datetime(2024, 5, 1, 15),
                    level="critical",
                    severity="critical",
                    service="billing",
                    attributes='{"username": "ann", "user.id": "ignored: username first"}',
                )
            ]
        ),
        None,
        None,
    )
    return s


def test_the_groups_table_is_maintained_incrementally(store: DuckDBStore):
    groups = {g.fingerprint: g for g in list_groups(store, GroupFilter(), limit=None)}
    a = groups["fp1:aaaa000000000000"]
    assert (a.count, a.first_seen, a.last_seen) == (
        3,
        datetime(2024, 5, 1, 12),
        datetime(2024, 5, 1, 15),
    )
    assert (a.max_level, a.max_severity) == ("critical", "critical")
    assert (a.services, a.hosts, a.users, a.top_service) == (2, 2, 3, "api")
    dims = {d.dim: d for d in store.group_dimensions(a.fingerprint)}
    assert dims["user"].top == (("7", 1), ("ann", 1), ("u9", 1))
    assert dims["service"].top == (("api", 2), ("billing", 1))
    assert store.group_hourly(a.fingerprint) == [
        (datetime(2024, 5, 1, 12), 2),
        (datetime(2024, 5, 1, 15), 1),
    ]


def test_titles_are_the_exception_or_the_template(store: DuckDBStore):
    groups = {g.fingerprint: g for g in list_groups(store, GroupFilter(), limit=None)}
    assert groups["fp1:aaaab00000000000"].title == "t <*>"  # not the first event's "t 1"


def test_sorts_limits_and_filters(store: DuckDBStore):
    def fps(flt: GroupFilter = GroupFilter(), **kw) -> list[str]:
        return [g.fingerprint[4:9] for g in list_groups(store, flt, **kw)]

    assert fps() == ["aaaa0", "bbbb0", "aaaab"]  # ties: the last seen first
    assert fps(sort="last-seen") == ["bbbb0", "aaaa0", "aaaab"]
    assert fps(sort="first-seen") == ["bbbb0", "aaaa0", "aaaab"]
    assert fps(limit=1) == ["aaaa0"]
    assert fps(GroupFilter(text=("T <",))) == ["aaaab"]  # the template, any case
    assert fps(GroupFilter(text=("t 1",))) == ["aaaab"]  # or the first message
    assert fps(GroupFilter(regex=("^x$",))) == ["bbbb0"]
    assert fps(GroupFilter(fingerprints=("aaaa",))) == ["aaaa0", "aaaab"]
    window = GroupFilter(events=EventFilter(since=datetime(2024, 5, 1, 13)))
    counted = list_groups(store, window)
    assert [(g.fingerprint[4:9], g.count, g.services) for g in counted] == [
        ("bbbb0", 1, 1),  # ties: the last seen first
        ("aaaa0", 1, 1),
    ]
    assert fps(GroupFilter(events=EventFilter(services=("worker",)))) == ["bbbb0"]
    assert fps(GroupFilter(events=EventFilter(min_level="critical"))) == ["aaaa0"]
    with pytest.raises(UsageError):
        list_groups(store, GroupFilter(), sort="nope")


def test_reingest_recounts_severity_and_dimensions(store: DuckDBStore):
    state = store.register_source("/logs/app.log", 1, 2, 10, "h", "json")
    store.reset_source(state, keep_events=False)
    assert list_groups(store, GroupFilter(), limit=None) == []
    assert store.group_dimensions("fp1:aaaa000000000000")[0].distinct == 0


def test_shortest_unique_prefixes_are_at_least_seven_digits():
    digests = sorted(["abcdef0123", "abcdef0199", "abcdef1000", "ffff000000"])
    fps = ["fp1:" + d for d in digests]
    assert shortest_unique_prefixes(digests, fps) == {
        "fp1:abcdef0123": "abcdef012",
        "fp1:abcdef0199": "abcdef019",
        "fp1:abcdef1000": "abcdef1",
        "fp1:ffff000000": "ffff000",
    }


def test_short_ids_from_the_store(store: DuckDBStore):
    groups = list_groups(store, GroupFilter(), limit=None)
    ids = short_ids(store, groups)
    assert ids["fp1:aaaa000000000000"] == "aaaa000" and ids["fp1:bbbb000000000000"] == "bbbb000"


def test_resolve_group_by_unique_prefix_like_git(store: DuckDBStore):
    assert resolve_group(store, "bbbb") == "fp1:bbbb000000000000"
    assert resolve_group(store, "AAAAB") == "fp1:aaaab00000000000"
    assert resolve_group(store, "fp1:aaaa000000000000") == "fp1:aaaa000000000000"
    for prefix in ("aaaa", "fp1:aaa"):
        with pytest.raises(UsageError) as ambiguous:
            resolve_group(store, prefix)
        message = ambiguous.value.message
        assert "ambiguous" in message
        assert "aaaa000" in message and "aaaab00" in message and "bbbb" not in message
    with pytest.raises(UsageError, match="no group"):
        resolve_group(store, "cccc")
    with pytest.raises(UsageError, match="too short"):
        resolve_group(store, "aa")
    with pytest.raises(UsageError, match="not a group id"):
        resolve_group(store, "zzzz")


def test_same_stack_other_lines_and_values_is_one_group_in_detail(tmp_path: Path, db: Path):
    log = tmp_path / "worker.log"
    log.write_text(PY_LOG)
    store = DuckDBStore(db)
    ingest([str(log)], store, IngestOptions())
    (group,) = list_groups(store, GroupFilter(), limit=None)
    assert group.count == 2 and group.exception_type == "KeyError"

    detail = group_detail(store, group.fingerprint[4:11])
    assert detail.short_id == group.fingerprint[4:11]
    assert detail.hourly == ((datetime(2024, 5, 1, 12), 1), (datetime(2024, 5, 1, 14), 1))
    assert (detail.span_start, detail.span_end) == (group.first_seen, group.last_seen)
    assert [e.line for e in detail.samples] == [10, 1]  # newest first, with source lines
    assert detail.samples[0].source == str(log)
    assert detail.stack is not None and detail.stack[0].value == "'total'"  # the latest event
    frames = detail.stack[0].frames
    assert [(f.function, f.in_app) for f in frames] == [
        ("run", True),
        ("helper", False),
        ("compute", True),
    ]

    windowed = group_detail(
        store, group.fingerprint, window=EventFilter(since=datetime(2024, 5, 1, 13))
    )
    assert windowed.summary.count == 1 and len(windowed.samples) == 1
    assert windowed.span_start == datetime(2024, 5, 1, 13)
    # None in the window is an answer (exit 0), not a usage error: no events, no samples,
    # and when it was seen in its life.
    empty = group_detail(store, group.fingerprint, window=EventFilter(since=datetime(2030, 1, 1)))
    assert (empty.summary.count, empty.samples, empty.hourly, empty.stack) == (0, (), (), None)
    assert empty.summary.last_seen == group.last_seen


def test_detail_dimensions_over_a_window_count_matching_events(store: DuckDBStore):
    detail = group_detail(store, "aaaa0", window=EventFilter(until=datetime(2024, 5, 1, 14)), top=1)
    dims = {d.dim: d for d in detail.dimensions}
    assert (dims["host"].distinct, dims["host"].top) == (2, (("web-1", 1),))
    assert dims["user"].distinct == 2
    assert detail.summary.count == 2


def test_hour_buckets_fill_gaps_and_fold_long_spans():
    hourly = [(datetime(2024, 5, 1, 12), 2), (datetime(2024, 5, 1, 15), 1)]
    assert hour_buckets(hourly, datetime(2024, 5, 1, 12, 30), datetime(2024, 5, 1, 15, 5)) == (
        1,
        [2, 0, 0, 1],
    )
    width, columns = hour_buckets(hourly, datetime(2024, 5, 1), datetime(2024, 5, 4), 24)
    assert width == 4 and len(columns) == 19 and sum(columns) == 3 and columns[3] == 3


def test_events_keep_their_attributes_for_user_counts(tmp_path: Path, db: Path):
    log = tmp_path / "app.jsonl"
    log.write_text(
        "\n".join(
            orjson.dumps(
                {
                    "timestamp": f"2024-05-01T12:00:0{i}Z",
                    "level": "error",
                    "service": "api",
                    "host": f"web-{i % 2}",
                    "message": "payment failed",
                    **({"userId": f"u{i % 3}"} if i < 6 else {}),
                }
            ).decode()
            for i in range(8)
        )
        + "\n"
    )
    store = DuckDBStore(db)
    ingest([str(log)], store, IngestOptions(batch_events=3))  # several batches
    (group,) = list_groups(store, GroupFilter(), limit=None)
    assert (group.count, group.services, group.hosts, group.users) == (8, 1, 2, 3)
