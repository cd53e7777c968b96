"""A group keeps at most SAMPLE_SIZE values per dimension (errctl/store/dim_sample.py): past it,
the values with the smallest hashes, each with its exact count, and an estimate of how many
values there were; below it everything is exact."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

from errctl.query.lifecycle import merge
from errctl.store.dim_sample import SAMPLE_SIZE
from errctl.store.duckdb_store import DuckDBStore
from tests import batches
from tests.old_stores import store_at

A, B = "fp1:aaaa000000000000", "fp1:bbbb000000000000"


def _rows(fp: str, users: list[str]) -> list[dict]:
    return [
        batches.row(fingerprint=fp, service="api", attributes=json.dumps({"user_id": u}))
        for u in users
    ]


def _commit(store: DuckDBStore, rows: list[dict], parts: int) -> None:
    step = -(-len(rows) // parts)
    for start in range(0, len(rows), step):
        store.commit_batch(batches.batch(rows[start : start + step]), None, None)


def _users(n: int, start: int = 0) -> list[str]:
    # Every third user twice, so that counts differ from one.
    users = [f"user-{i}" for i in range(start, start + n)]
    return users + users[::3]


def _dims(db: Path) -> tuple[list, list]:
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT fingerprint, dim, value, count FROM group_dims ORDER BY ALL"
        ).fetchall()
        counters = con.execute(
            "SELECT fingerprint, n_services, n_hosts, n_users FROM groups ORDER BY 1"
        ).fetchall()
    return rows, counters


def _smallest_hashes(values: list[str], k: int) -> set[str]:
    con = duckdb.connect()
    return {
        v
        for (v,) in con.execute(
            "SELECT v FROM (SELECT DISTINCT unnest(?::VARCHAR[]) AS v) "
            "ORDER BY md5_number_lower(v), v LIMIT ?",
            [values, k],
        ).fetchall()
    }


def test_a_dimension_past_the_sample_keeps_its_smallest_hashes_with_exact_counts(tmp_path):
    users = _users(4000)
    db = tmp_path / "store.duckdb"
    store = DuckDBStore(db)
    _commit(store, _rows(A, users), parts=7)
    store.release()
    rows, counters = _dims(db)
    kept = {value: count for _, dim, value, count in rows if dim == "user"}
    assert set(kept) == _smallest_hashes(users, SAMPLE_SIZE)
    assert all(count == users.count(value) for value, count in kept.items())
    ((_, services, _, n_users),) = counters
    assert services == 1
    assert abs(n_users - 4000) / 4000 < 0.1  # within about 1/sqrt(1000) = 3% expected


def test_the_sample_and_its_estimate_do_not_depend_on_how_the_batches_fell(tmp_path):
    users = _users(3000)
    results = []
    for parts in (1, 3, 11):
        db = tmp_path / f"store-{parts}.duckdb"
        store = DuckDBStore(db)
        _commit(store, _rows(A, users), parts)
        store.release()
        results.append(_dims(db))
    assert results[0] == results[1] == results[2]


def test_up_to_the_sample_size_every_value_is_kept_and_counted_exactly(tmp_path):
    db = tmp_path / "store.duckdb"
    store = DuckDBStore(db)
    _commit(store, _rows(A, _users(SAMPLE_SIZE)), parts=4)
    (dims,) = [d for d in store.group_dimensions(A) if d.dim == "user"]
    assert (dims.distinct, dims.estimated) == (SAMPLE_SIZE, False)
    assert store.groups_by_fingerprint([A])[0].users == SAMPLE_SIZE
    # One more value makes it a sample, never counted below what was exact.
    _commit(store, _rows(A, ["one-more"]), parts=1)
    (dims,) = [d for d in store.group_dimensions(A) if d.dim == "user"]
    assert dims.estimated and dims.distinct > SAMPLE_SIZE
    store.release()
    rows, _ = _dims(db)
    assert sum(1 for r in rows if r[1] == "user") == SAMPLE_SIZE


def test_show_and_a_folded_listing_estimate_the_users_of_merged_groups_together(tmp_path):
    # A: users 0..2999, B: users 2000..4999 (1000 shared): 5000 together.
    store = DuckDBStore(tmp_path / "store.duckdb")
    _commit(store, _rows(A, _users(3000)), parts=2)
    _commit(store, _rows(B, _users(3000, start=2000)), parts=3)
    merge(store, A, [B])
    (users,) = [d for d in store.group_dimensions([A, B]) if d.dim == "user"]
    assert users.estimated
    assert abs(users.distinct - 5000) / 5000 < 0.1
    assert all(value.startswith("user-") for value, _ in users.top)
    (folded,) = store.groups_by_fingerprint([A], fold_merged=True)
    assert folded.users == users.distinct
    assert folded.services == 1


def test_a_filtered_show_counts_the_matching_events_exactly(tmp_path):
    from errctl.models import EventFilter

    store = DuckDBStore(tmp_path / "store.duckdb")
    _commit(store, _rows(A, _users(2500)), parts=2)
    (users,) = [
        d for d in store.group_dimensions(A, EventFilter(services=("api",))) if d.dim == "user"
    ]
    assert (users.distinct, users.estimated) == (2500, False)


def test_the_migration_samples_the_dimensions_of_an_existing_store(tmp_path):
    from errctl.store import migrations

    path = tmp_path / "old.duckdb"
    con = store_at(path, 10)  # a store as m010 left it: every value kept
    users = [f"user-{i}" for i in range(1500)]
    con.execute(
        "INSERT INTO groups (fingerprint, title, template, first_seen, last_seen, count, "
        "n_services, n_users, top_service, top_service_count) "
        "VALUES (?, 't', 't', now()::TIMESTAMP, now()::TIMESTAMP, 1502, 2, 1500, 'api', 1)",
        [A],
    )
    con.executemany(
        "INSERT INTO group_dims VALUES (?, ?, ?, 1, 0)",
        [[A, "user", u] for u in users] + [[A, "service", "api"], [A, "service", "web"]],
    )
    assert migrations.migrate(con)[:2] == [
        "m011_group_dims_sampled",
        "m012_group_dims_without_first_batch",
    ]
    kept = {v for (v,) in con.execute("SELECT value FROM group_dims WHERE dim = 'user'").fetchall()}
    assert kept == _smallest_hashes(users, SAMPLE_SIZE)
    n_services, n_users = con.execute("SELECT n_services, n_users FROM groups").fetchone()
    assert n_services == 2 and abs(n_users - 1500) / 1500 < 0.15
    assert con.execute("SELECT count(*) FROM group_dims WHERE hash IS NULL").fetchone() == (0,)
    columns = [
        c
        for (c,) in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = 'group_dims'"
        ).fetchall()
    ]
    assert columns == ["fingerprint", "dim", "value", "count", "hash"]
    con.close()
