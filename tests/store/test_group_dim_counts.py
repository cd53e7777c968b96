"""The distinct services, hosts and users kept on each group (migration m006), and its top
service (m007), always equal a fresh count of its dimension rows, whatever the batches repeat
or add."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
from hypothesis import given, settings
from hypothesis import strategies as st

from errctl.store.duckdb_store import DuckDBStore
from tests import batches
from tests.old_stores import store_at

FPS = ("fp1:aaaa000000000000", "fp1:bbbb000000000000")

event = st.fixed_dictionaries(
    {
        "fingerprint": st.sampled_from(FPS),
        "service": st.sampled_from(["api", "web", "auth", None]),
        "host": st.sampled_from(["h1", "h2", "h3", None]),
        "user": st.sampled_from(["u1", "u2", "u3", "u4", None]),
    }
)


def _row(e: dict) -> dict:
    attrs = json.dumps({"user_id": e["user"]}) if e["user"] else None
    return batches.row(
        fingerprint=e["fingerprint"], service=e["service"], host=e["host"], attributes=attrs
    )


def _kept_and_counted(db: Path) -> tuple[list, list]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        kept = con.execute(
            "SELECT fingerprint, n_services, n_hosts, n_users, top_service, "
            "CASE WHEN top_service IS NULL THEN NULL ELSE top_service_count END "
            "FROM groups ORDER BY 1"
        ).fetchall()
        counted = con.execute(
            """
            SELECT g.fingerprint,
                   count(d.value) FILTER (WHERE d.dim = 'service'),
                   count(d.value) FILTER (WHERE d.dim = 'host'),
                   count(d.value) FILTER (WHERE d.dim = 'user'),
                   -- the most frequent service, a tie to the first by name
                   first(d.value ORDER BY d.count DESC, d.value) FILTER (WHERE d.dim = 'service'),
                   max(d.count) FILTER (WHERE d.dim = 'service')
            FROM groups g LEFT JOIN group_dims d USING (fingerprint)
            GROUP BY 1 ORDER BY 1
            """
        ).fetchall()
    finally:
        con.close()
    return kept, counted


@settings(max_examples=25, deadline=None)
@given(st.lists(st.lists(event, min_size=1, max_size=6), min_size=1, max_size=5))
def test_counters_equal_a_recount_after_any_batches(tmp_path_factory, batch_list) -> None:
    db = tmp_path_factory.mktemp("dims") / "store.duckdb"
    store = DuckDBStore(db)
    for events in batch_list:
        store.commit_batch(batches.batch([_row(e) for e in events]), None, None)
    store.release()
    kept, counted = _kept_and_counted(db)
    assert kept == counted


def test_group_summaries_report_the_kept_counts(tmp_path) -> None:
    store = DuckDBStore(tmp_path / "store.duckdb")
    one = [{"fingerprint": FPS[0], "service": "api", "host": "h1", "user": "u1"}]
    two = [
        {"fingerprint": FPS[0], "service": "web", "host": "h1", "user": "u2"},
        {"fingerprint": FPS[0], "service": "api", "host": "h2", "user": "u1"},
    ]
    for events in (one, two):
        store.commit_batch(batches.batch([_row(e) for e in events]), None, None)
    (summary,) = store.groups_by_fingerprint([FPS[0]])
    assert (summary.services, summary.hosts, summary.users) == (2, 2, 2)
    assert summary.top_service == "api"


def test_the_migration_fills_the_counters_of_an_existing_store(tmp_path) -> None:
    from errctl.store import migrations

    con = store_at(tmp_path / "old.duckdb", 5)  # a store as m005 left it
    con.execute(
        "INSERT INTO groups (fingerprint, title, template, first_seen, last_seen, count) "
        "VALUES (?, 't', 't', now()::TIMESTAMP, now()::TIMESTAMP, 3)",
        [FPS[0]],
    )
    con.executemany(
        "INSERT INTO group_dims VALUES (?, ?, ?, 1)",
        [[FPS[0], "service", "api"], [FPS[0], "user", "u1"], [FPS[0], "user", "u2"]],
    )
    con.executemany(
        "INSERT INTO group_dims VALUES (?, 'service', ?, ?)",
        [[FPS[0], "web", 2], [FPS[0], "auth", 2]],
    )
    assert migrations.migrate(con)[:2] == ["m006_group_dim_counts", "m007_group_top_service"]
    row = con.execute(
        "SELECT n_services, n_hosts, n_users, top_service, top_service_count FROM groups"
    ).fetchall()
    assert row == [(3, 0, 2, "auth", 2)]  # web and auth tie at 2: the first by name


def test_top_service_follows_the_counts_across_batches_and_a_reingest(tmp_path) -> None:
    store = DuckDBStore(tmp_path / "store.duckdb")
    fp = FPS[0]

    def commit(*services: str) -> None:
        rows = [
            _row({"fingerprint": fp, "service": s, "host": None, "user": None}) for s in services
        ]
        store.commit_batch(batches.batch(rows), None, None)

    commit("web")  # web 1
    assert store.groups_by_fingerprint([fp])[0].top_service == "web"
    commit("api")  # api 1, web 1: a tie goes to the first by name
    assert store.groups_by_fingerprint([fp])[0].top_service == "api"
    commit("web", "auth")  # web 2
    assert store.groups_by_fingerprint([fp])[0].top_service == "web"
    commit("auth", "auth")  # auth 3
    assert store.groups_by_fingerprint([fp])[0].top_service == "auth"
    store.release()
    kept, counted = _kept_and_counted(tmp_path / "store.duckdb")
    assert kept == counted


def test_the_dimension_rows_keep_no_key_and_a_keyed_store_loses_its_key(tmp_path) -> None:
    # A key's index lives in DuckDB's memory outside its buffer pool: with a row per distinct
    # user it outgrew the writer's limit (an out-of-memory failure at 3.3M genlogs events).
    path = tmp_path / "old.duckdb"
    con = store_at(path, 9)  # a store as m009 left it: group_dims keyed
    con.executemany(
        "INSERT INTO group_dims VALUES (?, ?, ?, ?, ?)",
        [[FPS[0], "service", "api", 2, 0], [FPS[0], "user", "u1", 1, 0]],
    )
    con.execute(
        "INSERT INTO groups (fingerprint, title, template, first_seen, last_seen, count, "
        "n_services, n_users, top_service, top_service_count) "
        "VALUES (?, 't', 't', now()::TIMESTAMP, now()::TIMESTAMP, 2, 1, 1, 'api', 2)",
        [FPS[0]],
    )
    keyed = (
        "SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'group_dims' "
        "AND constraint_type IN ('PRIMARY KEY', 'UNIQUE')"
    )
    assert con.execute(keyed).fetchall()[0][0] > 0
    con.close()
    store = DuckDBStore(path)
    store.commit_batch(
        batches.batch(
            [
                _row({"fingerprint": FPS[0], "service": "api", "host": None, "user": u})
                for u in ("u1", "u2")
            ]
        ),
        None,
        None,
    )
    with duckdb.connect(str(path), read_only=True) as con:
        assert con.execute(keyed).fetchall()[0][0] == 0
        rows = con.execute(
            "SELECT dim, value, count FROM group_dims ORDER BY dim, value"
        ).fetchall()
        assert rows == [("service", "api", 4), ("user", "u1", 2), ("user", "u2", 1)]
        assert con.execute("SELECT n_users, top_service_count FROM groups").fetchall() == [(2, 4)]


def test_a_filtered_listing_names_the_most_frequent_service_of_the_matching_events(tmp_path):
    from datetime import datetime

    from errctl.models import EventFilter, GroupFilter

    store = DuckDBStore(tmp_path / "store.duckdb")
    services = ["web", "api", "web", "auth", "auth", "web", None]
    rows = [
        _row({"fingerprint": FPS[0], "service": s, "host": None, "user": None}) for s in services
    ]
    store.commit_batch(batches.batch(rows), None, None)
    since = EventFilter(since=datetime(2000, 1, 1))
    (listed,) = store.list_groups(GroupFilter(events=since))
    assert (listed.top_service, listed.services) == ("web", 3)  # not 'api', first by name
    (lifetime,) = store.list_groups(GroupFilter())
    assert lifetime.top_service == "web"
