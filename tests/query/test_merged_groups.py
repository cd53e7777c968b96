"""A group merged into another (a takeover at ingest, or errctl merge) counts under it in the
listing and the detail, as top counts it; `merges` says who merged it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from errctl.models import EventFilter, GroupFilter
from errctl.query import lifecycle
from errctl.query.groups import group_detail, list_groups, merges
from errctl.query.search import search_events
from errctl.store.duckdb_store import DuckDBStore
from tests.takeovers import ALICE, DISKS, OTHER, SDA, USERS, taken_over_store


@pytest.fixture
def store(db: Path) -> DuckDBStore:
    return taken_over_store(db)


def test_a_listing_counts_merged_groups_under_their_target_and_leaves_them_out(store):
    found = {g.fingerprint: g for g in list_groups(store, GroupFilter())}
    assert set(found) == {USERS, DISKS, OTHER}
    users = found[USERS]
    # alice's event (08:00, service auth, host h1, severity high) is the taker's too.
    assert (users.count, users.first_seen, users.last_seen) == (
        4,
        datetime(2024, 5, 1, 8),
        datetime(2024, 5, 1, 11),
    )
    assert (users.max_severity, users.services, users.hosts) == ("high", 2, 3)
    assert users.top_service == "auth"  # 2 of auth (alice, carol) against 2 of web: by name
    # A taker made with no event of its own has its taken group's events.
    assert (found[DISKS].count, found[DISKS].hosts) == (2, 1)
    # Asked for, merged groups are listed with their own events.
    every = {g.fingerprint: g for g in list_groups(store, GroupFilter(), show_merged=True)}
    assert (every[ALICE].count, every[SDA].count, every[USERS].count) == (1, 2, 4)


def test_top_folds_the_merged_groups_services_hosts_and_severity(store):
    """top counts alice's event as the taker's; its services, hosts, top service and
    severity are then the taker's too (distinct over both groups, not a sum)."""
    from errctl.query.top import TopQuery, top

    result = top(store, TopQuery(since=datetime(2024, 5, 1), at=datetime(2024, 5, 2)))
    rows = {r.group.fingerprint: r for r in result.rows}
    users = rows[USERS].group
    assert rows[USERS].count == 4
    assert (users.services, users.hosts, users.top_service) == (2, 3, "auth")
    assert users.max_severity == "high"  # alice's
    disks = rows[DISKS].group  # no event of its own: its taken group's
    assert (disks.services, disks.hosts, disks.top_service) == (1, 1, "api")
    assert (rows[OTHER].group.services, rows[OTHER].group.hosts) == (1, 1)


def test_a_resolved_group_regresses_with_the_events_of_groups_merged_into_it(store):
    """Regression reads the merged whole, as top counts it: a taker resolved before the events
    of a group it took over (DISKS: none of its own), or before those of a group someone
    merged into it later (OTHER, 12:00, into USERS resolved at 11:30), is back."""
    lifecycle.resolve(store, [DISKS], at=datetime(2024, 5, 1, 8, 30), who="t")
    lifecycle.resolve(store, [USERS], at=datetime(2024, 5, 1, 11, 30), who="t")
    at = datetime(2024, 5, 2)
    states = lifecycle.lifecycle_states(store, at)
    assert (states[DISKS].regressed, states[DISKS].regressed_at) == (
        True,
        datetime(2024, 5, 1, 9),
    )
    assert not states[USERS].regressed  # its own and alice's events are all older
    lifecycle.merge(store, USERS, [OTHER], who="t")
    states = lifecycle.lifecycle_states(store, at)
    assert (states[USERS].regressed, states[USERS].regressed_at) == (
        True,
        datetime(2024, 5, 1, 12),
    )


def test_an_ignore_until_count_counts_the_merged_groups_events(store):
    lifecycle.ignore(store, [DISKS], until_count=2, at=datetime(2024, 5, 1, 8), who="t")
    assert lifecycle.lifecycle_states(store, datetime(2024, 5, 2))[DISKS].expired == "count"


def test_an_ignore_until_rate_counts_the_merged_groups_hours(store):
    lifecycle.ignore(store, [DISKS], until_rate="2/1h", at=datetime(2024, 5, 1, 8), who="t")
    assert lifecycle.lifecycle_states(store, datetime(2024, 5, 2))[DISKS].expired == "rate"


def test_a_listing_over_a_window_folds_the_matching_events(store):
    window = GroupFilter(events=EventFilter(since=datetime(2024, 5, 1, 7), min_level="error"))
    found = {g.fingerprint: g.count for g in list_groups(store, window)}
    assert found == {USERS: 3, DISKS: 2, OTHER: 1}  # dave's warning is not counted
    found = {g.fingerprint: g.count for g in list_groups(store, window, show_merged=True)}
    assert found == {USERS: 3, DISKS: 2, OTHER: 1, ALICE: 1, SDA: 2}


def test_the_detail_of_a_taker_shows_the_merged_events_and_whose_they_are(store):
    d = group_detail(store, USERS)
    assert d.summary.count == 4
    assert [e.line for e in d.samples] == [7, 6, 5, 1]
    assert sum(c for _, c in d.hourly) == 4 and d.hourly[0] == (datetime(2024, 5, 1, 8), 1)
    dims = {x.dim: x for x in d.dimensions}
    assert dims["host"].top == (("h2", 2), ("h1", 1), ("h3", 1))
    assert dims["service"].top == (("auth", 2), ("web", 2))
    assert [(m.group.fingerprint, m.group.count, m.by_ingest) for m in d.merged] == [
        (ALICE, 1, True)
    ]
    assert d.merged_into is None
    # With a window, over the window's events of both.
    d = group_detail(store, USERS, window=EventFilter(until=datetime(2024, 5, 1, 10, 1)))
    assert d.summary.count == 2 and [e.line for e in d.samples] == [5, 1]


def test_the_detail_of_a_taker_without_events_of_its_own(store):
    d = group_detail(store, DISKS)
    assert d.summary.count == 2
    assert [e.line for e in d.samples] == [3, 2]
    assert d.hourly == ((datetime(2024, 5, 1, 9), 2),)
    assert {x.dim: x.top for x in d.dimensions}["host"] == (("db-1", 2),)


def test_the_detail_of_a_merged_group_says_where_it_went(store):
    d = group_detail(store, ALICE)
    assert d.summary.count == 1 and d.merged == ()
    assert d.merged_into is not None
    assert (d.merged_into.fingerprint, d.merged_into.by_ingest) == (USERS, True)


def test_a_group_search_includes_the_merged_groups_events(store):
    def lines(flt: EventFilter) -> list[int]:
        return [e.line for e in search_events(store, flt, limit=None)]

    assert lines(EventFilter(groups=("b0b0",))) == [7, 6, 5, 1]
    assert lines(EventFilter(groups=(DISKS,))) == [3, 2]
    assert lines(EventFilter(fingerprints=("b0b0",))) == [7, 6, 5]  # the stored ones alone
    assert lines(EventFilter(groups=("a11ce",))) == [1]  # a merged group: its own


def test_merges_tell_a_takeover_from_a_users_merge(store):
    assert {fp: (m.into, m.by_ingest) for fp, m in merges(store).items()} == {
        ALICE: (USERS, True),
        SDA: (DISKS, True),
    }
    # Someone merges the taker on: alice follows it (one hop), and is no takeover of OTHER.
    lifecycle.merge(store, OTHER, [USERS])
    assert {fp: (m.into, m.by_ingest) for fp, m in merges(store).items()} == {
        ALICE: (OTHER, False),
        USERS: (OTHER, False),
        SDA: (DISKS, True),
    }
    found = {g.fingerprint: g.count for g in list_groups(store, GroupFilter())}
    assert found == {OTHER: 5, DISKS: 2}


SDA_TEMPLATE = "disk sda full on host <*> after <*> retries"
DISKS_TEMPLATE = "disk <*> full on host <*> after <*> retries"


def taker_without_events(db: Path) -> tuple[DuckDBStore, str, str]:
    """(store, taker, taken): `disk <*> full`, mined from the examples of `disk sda full` at
    ingest with no event of its own, took it over; fingerprints as ingest computes them."""
    from errctl.fingerprint.fingerprint import template_fingerprint
    from errctl.models import MiningMemory, Takeover
    from tests.batches import batch

    store = DuckDBStore(db)
    sda = template_fingerprint(SDA_TEMPLATE)
    disks = template_fingerprint(DISKS_TEMPLATE)
    store.commit_batch(
        batch(
            [dict(line=1, timestamp=datetime(2024, 5, 1, 9)), dict(line=2)],
            message="disk sda full on host 10.0.0.7 after 3 retries",
            template=SDA_TEMPLATE,
            fingerprint=sda,
            title="disk sda full",
        ),
        None,
        None,
    )
    store.commit_batch(
        None,
        None,
        None,
        MiningMemory(takeovers=[Takeover(SDA_TEMPLATE, sda, DISKS_TEMPLATE, disks)]),
    )
    return store, disks, sda


def test_explain_of_a_taker_with_no_events_of_its_own_explains_its_template(db: Path) -> None:
    """Its template was mined from the examples of the groups it took over: it is explained
    with the newest of their events, read with its template (what masking and mining made of
    the message, and what is hashed), naming the groups it took over."""
    from errctl.fingerprint.fingerprint import template_fingerprint
    from errctl.query.explain import explain

    store, disks, sda = taker_without_events(db)
    x = explain(store, disks)
    assert (x.event_id, x.message) == (2, "disk sda full on host 10.0.0.7 after 3 retries")
    assert (x.template, x.canonical) == (DISKS_TEMPLATE, "m|" + DISKS_TEMPLATE)
    assert x.computed == x.fingerprint == disks and x.matches
    assert [(m.cls, m.token) for m in x.masks] == [("ipv4", "10.0.0.7"), ("small-int", "3")]
    assert x.masked == SDA_TEMPLATE  # what masking alone makes of the message
    assert x.mined == ("sda",)  # mining, not a masking class, made it a variable
    assert (x.taken_group, x.taken_template, x.took_over) == (sda, SDA_TEMPLATE, (sda,))
    assert template_fingerprint(x.taken_template) == sda
    # A group's own events explain it as before; the taken group is its own template.
    own = explain(store, sda)
    assert own.template == SDA_TEMPLATE and own.mined == ()
    assert own.taken_group is None and own.matches
