"""Re-classify stored events after the severity rules changed (`errctl reclassify`).

Owns `reclassify`: ingest's classify stage run again over the store, batch by batch of event
ids. The store reads only the DISTINCT combinations of the fields the rules read (with the
fingerprint, the current severity and category, and an event count), each combination is
classified once by `RuleSet.classify_columns`, and only the combinations whose severity or
category change go back, as one UPDATE per batch joining that small table; the groups they
touch get `max_severity` recomputed in the same transaction. A crash leaves whole batches, and
running it again finishes the job (a batch already done has nothing left to change).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc

from errctl.config.schema import Settings
from errctl.severity.defaults import DIED_PATTERN, WARNING_CRASH_PATTERN
from errctl.severity.rules import RuleSet
from errctl.store.duckdb_store import DuckDBStore, SeverityKey

BATCH_EVENTS = 500_000
"""Events (by id range) per transaction: big enough that a million take two, small enough
that a batch's distinct combinations stay small."""


@dataclass(slots=True)
class ReclassifyResult:
    events: int = 0  # events looked at
    severity_changed: int = 0
    category_changed: int = 0
    groups_touched: int = 0  # groups holding a changed event
    groups_changed: int = 0  # groups whose max_severity changed (0 on a dry run)
    combinations: int = 0  # distinct combinations classified
    batches: int = 0
    seconds: float = 0.0
    dry_run: bool = False

    def to_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__slots__}


def severity_key(rules: RuleSet) -> SeverityKey:
    """The fields that decide a severity: level and exception type (the defaults), the crash
    test (precomputed per event by the store), and whatever the user rules read."""
    columns = ["level", "exception_type"]
    columns += sorted(rules.reads - {"level", "exception_type", "attributes"})
    paths = sorted({path for rule in rules.rules for path, _ in rule.attributes})
    # RE2 and Python read the crash patterns alike (ingest already runs them through Arrow's
    # RE2).
    return SeverityKey(
        tuple(columns),
        tuple(paths),
        "(?i)" + WARNING_CRASH_PATTERN.pattern,
        "(?i)" + DIED_PATTERN.pattern,
    )


def reclassify(
    store: DuckDBStore,
    settings: Settings,
    *,
    dry_run: bool = False,
    batch_events: int = BATCH_EVENTS,
) -> ReclassifyResult:
    """Bring every stored event's severity and category in line with `settings`' rules."""
    started = time.perf_counter()
    rules = RuleSet.from_settings(settings)
    key = severity_key(rules)
    names, _exprs, _params = key.select()
    result = ReclassifyResult(dry_run=dry_run)
    touched: set[str] = set()

    def classify(combos: pa.Table) -> pa.Table:
        result.combinations += combos.num_rows
        result.events += pc.sum(combos.column("n")).as_py() or 0
        columns = {c: combos.column(c) for c in key.columns}
        if key.attributes:
            attrs = [combos.column(f"attr_{i}").to_pylist() for i in range(len(key.attributes))]
            paths = key.attributes
            columns["attributes"] = [
                {p: v[row] for p, v in zip(paths, attrs, strict=True) if v[row] is not None}
                for row in range(combos.num_rows)
            ]
        severity, category, _rule = rules.classify_columns(
            columns, crash=combos.column("crash").to_pylist()
        )
        new_sev = pa.array(severity, pa.string())
        new_cat = pa.array(category, pa.string())
        sev_diff = _differs(combos.column("severity"), new_sev)
        cat_diff = _differs(combos.column("category"), new_cat)
        n = combos.column("n")
        result.severity_changed += pc.sum(pc.filter(n, sev_diff)).as_py() or 0
        result.category_changed += pc.sum(pc.filter(n, cat_diff)).as_py() or 0
        changed = pc.or_(sev_diff, cat_diff)
        out = (
            combos.select([*names, "fingerprint", "severity", "category", "n"])
            .append_column("new_severity", new_sev)
            .append_column("new_category", new_cat)
            .filter(changed)
        )
        touched.update(out.column("fingerprint").to_pylist())
        return out

    first, last = store.event_id_range()
    lo = first
    while last and lo <= last:
        hi = min(lo + batch_events - 1, last)
        _changed, groups = store.reclassify_batch(lo, hi, key, classify, dry_run=dry_run)
        result.groups_changed += groups
        result.batches += 1
        lo = hi + 1
    result.groups_touched = len(touched)
    result.seconds = time.perf_counter() - started
    return result


def _differs(old: pa.ChunkedArray | pa.Array, new: pa.Array) -> pa.Array:
    """Row-wise `old IS DISTINCT FROM new`."""
    old = old.combine_chunks() if isinstance(old, pa.ChunkedArray) else old
    old = old.cast(pa.string())
    equal = pc.equal(old, new)
    both_null = pc.and_(pc.is_null(old), pc.is_null(new))
    return pc.invert(pc.or_(pc.fill_null(equal, False), both_null))
