"""Bounded dimension rows: at most `SAMPLE_SIZE` values per group and dimension.

`group_dims` holds a row per (group, dimension, value) with its event count, so that `groups`,
`top` and `show` count a group's distinct services, hosts and users without scanning events.
With a row per distinct user it grew with the store (1.76M rows at 5M events of genlogs' JSON,
every batch joining against all of them). Past `SAMPLE_SIZE` values, a group's dimension keeps
the `SAMPLE_SIZE` values whose hash is smallest: a k-minimum-values sketch (Bar-Yossef et al.,
2002; the base of Apache DataSketches' Theta sketch).

- The values kept are a uniform sample of the values seen, each with its exact event count: the
  cut only ever falls, so a value once left out is never let in again with a partial count.
- The number of distinct values is estimated from the largest hash kept, h_k:
  (k - 1) / (h_k / 2^64), within about 1/sqrt(k) (3% at k = 1000), never below k + 1.
- Up to `SAMPLE_SIZE` values everything stays exact, as before.
- Sketches of several groups (a group and those merged into it) combine: below the smallest cut
  of the sampled ones, every group kept every value it saw, so the distinct values there, scaled
  by that cut, estimate the union.

A dimension is sampled once its counter on `groups` (`n_services`, `n_hosts`, `n_users`) is above
`SAMPLE_SIZE`. The hash is MD5's lower 64 bits (`md5_number_lower`): DuckDB's own `hash()` may
change between versions, and these hashes are stored.
"""

from __future__ import annotations

from typing import Any

SAMPLE_SIZE = 1000

VALUE_HASH = "md5_number_lower({})"
"""The stored hash of a dimension value (SQL; format with the value's expression)."""

_TWO_64 = "18446744073709551616.0"


def counter(groups: str, dim: str) -> str:
    """The `groups` counter (SQL) of a dimension named by the expression `dim`."""
    return (
        f"CASE {dim} WHEN 'service' THEN {groups}.n_services "
        f"WHEN 'host' THEN {groups}.n_hosts ELSE {groups}.n_users END"
    )


def estimate(kept: str, cut: str) -> str:
    """Distinct values (SQL, BIGINT) from `kept` values at or below the hash `cut` of a sampled
    dimension: never below what an exact count could have reached."""
    return f"greatest({SAMPLE_SIZE + 1}, round(({kept} - 1) * {_TWO_64} / {cut}::DOUBLE)::BIGINT)"


def distinct_values(cut: str) -> str:
    """Distinct values (SQL aggregate) of rows (value, hash) grouped by dimension, one row per
    value; `cut` is the dimension's cut, NULL when no group of it is sampled (then exact)."""
    kept = f"count(*) FILTER (WHERE hash <= {cut})"
    sampled = estimate(kept, f"any_value({cut})")
    return f"CASE WHEN any_value({cut}) IS NULL THEN count(*) ELSE {sampled} END"


def sample_and_count(con: Any, fingerprints: str, params: list[Any] | None = None) -> None:
    """Cut the dimensions of some groups (`fingerprints`: SQL for their fingerprints) to their
    sample and set those groups' distinct counters from what is left, after rows were added.

    A dimension over `SAMPLE_SIZE` rows, or sampled before (its counter is above it), keeps the
    values below the (k+1)-th smallest hash and is counted by `estimate`; any other counts its
    rows. Reads only the rows of these groups, which the cut keeps small."""
    k = SAMPLE_SIZE
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE dim_cuts AS
        SELECT fingerprint, dim, count(*) AS n,
               max(hash) FILTER (WHERE r = {k}) AS kth,
               max(hash) FILTER (WHERE r = {k + 1}) AS cut
        FROM (SELECT fingerprint, dim, hash,
                     row_number() OVER (PARTITION BY fingerprint, dim ORDER BY hash, value) AS r
              FROM group_dims WHERE fingerprint IN ({fingerprints}))
        GROUP BY ALL
        """,
        params or [],
    )
    con.execute(
        """
        DELETE FROM group_dims USING dim_cuts c
        WHERE c.cut IS NOT NULL AND group_dims.fingerprint = c.fingerprint
          AND group_dims.dim = c.dim AND group_dims.hash >= c.cut
        """
    )
    sampled = f"(c.n > {k} OR {counter('g', 'c.dim')} > {k}) AND c.kth IS NOT NULL"
    value = f"CASE WHEN {sampled} THEN {estimate(str(k), 'c.kth')} ELSE c.n END"
    con.execute(
        f"""
        UPDATE groups SET n_services = coalesce(d.s, groups.n_services),
                          n_hosts = coalesce(d.h, groups.n_hosts),
                          n_users = coalesce(d.u, groups.n_users)
        FROM (
            SELECT fingerprint,
                   max(v) FILTER (WHERE dim = 'service') AS s,
                   max(v) FILTER (WHERE dim = 'host') AS h,
                   max(v) FILTER (WHERE dim = 'user') AS u
            FROM (SELECT c.fingerprint, c.dim,
                         {value} AS v
                  FROM dim_cuts c JOIN groups g USING (fingerprint))
            GROUP BY fingerprint
        ) d
        WHERE groups.fingerprint = d.fingerprint
        """
    )
    con.execute("DROP TABLE dim_cuts")
