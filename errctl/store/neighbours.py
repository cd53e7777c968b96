"""The events around others in their file, as `grep -C` shows lines around a match
(`errctl search --context`).

An event's neighbours are the events stored from the same source just before and after it, in
the order ingest read them: by id, which grows with every event read, across runs too (lines
appended later, a rotated file's new content under the same path); `--reingest` deletes the
events it reads again, so no two generations of one file's lines interleave.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# Neighbours are looked for among the events of an id window around each event first: a file's
# events are stored together, so the window holds them unless ingest read other files' events
# between them; an event with fewer than asked in it is looked at again over its whole source.
WINDOW = 5_000

_IN_WINDOW = """
WITH hit AS (SELECT id, source FROM events WHERE id IN (SELECT unnest(?::BIGINT[]))),
near AS (
    SELECT h.id AS hit, e.id, e.id < h.id AS before,
           row_number() OVER (PARTITION BY h.id, e.id < h.id ORDER BY abs(e.id - h.id)) AS k
    FROM hit h JOIN events e
      ON e.source = h.source AND e.id BETWEEN h.id - ? AND h.id + ? AND e.id <> h.id
)
SELECT hit, id, before FROM near WHERE k <= CASE WHEN before THEN ? ELSE ? END
"""

# Over the whole of each source (its events ranked in read order, then each neighbour found
# by its rank, an equality join): exact, and as costly as the sources are long, however many
# the hits.
_IN_SOURCE = """
WITH hit AS (SELECT id, source FROM events WHERE id IN (SELECT unnest(?::BIGINT[]))),
ranked AS (
    SELECT id, source, row_number() OVER (PARTITION BY source ORDER BY id) AS rn
    FROM events WHERE source IN (SELECT source FROM hit)
),
placed AS (SELECT r.id AS hit, r.source, r.rn FROM ranked r JOIN hit USING (id)),
wanted AS (
    SELECT p.hit, p.source, p.rn + o.step AS rn
    FROM placed p, (SELECT range AS step FROM range(-?, ? + 1)) o
    WHERE o.step <> 0
)
SELECT w.hit, r.id, r.id < w.hit AS before
FROM wanted w JOIN ranked r ON r.source = w.source AND r.rn = w.rn
"""

# The id window's join holds each hit's whole window: past this many hits, the whole sources
# cost less.
_MOST_HITS_IN_WINDOWS = 200


def neighbour_ids(
    con: Any, hits: Sequence[int], before: int, after: int, window: int = WINDOW
) -> dict[int, list[int]]:
    """{hit: the ids of its block}: up to `before` events of its source read before it, the
    hit, up to `after` read after it, in read order. A hit not stored has no block."""
    if not hits:
        return {}
    if len(hits) > _MOST_HITS_IN_WINDOWS:
        found: dict[int, tuple[list[int], list[int]]] = {}
        short = list(hits)
    else:
        found = _neighbours(con, _IN_WINDOW, [list(hits), window, window, before, after])
        short = [
            hit for hit, (early, late) in found.items() if len(early) < before or len(late) < after
        ]
    if short:
        found.update(_neighbours(con, _IN_SOURCE, [short, before, after]))
    return {hit: [*early, hit, *late] for hit, (early, late) in found.items()}


def _neighbours(con: Any, sql: str, params: list[Any]) -> dict[int, tuple[list[int], list[int]]]:
    """{hit: (its neighbours before, after)}, each sorted by id; a stored hit without any
    neighbour is there too, with two empty lists."""
    stored = con.execute(
        "SELECT id FROM events WHERE id IN (SELECT unnest(?::BIGINT[]))", [params[0]]
    ).fetchall()
    out: dict[int, tuple[list[int], list[int]]] = {hit: ([], []) for (hit,) in stored}
    for hit, near, is_before in con.execute(sql, params).fetchall():
        out[hit][0 if is_before else 1].append(near)
    for early, late in out.values():
        early.sort()
        late.sort()
    return out
