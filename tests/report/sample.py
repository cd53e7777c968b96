"""A fixed store for the report tests: a day of events against the day before, with every kind
of group the report tells apart (new, regressed, escalating, steady, resolved), info events for
the error rate, and hostile variants of every log-derived string."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from errctl.query.lifecycle import resolve
from errctl.store.duckdb_store import DuckDBStore
from tests import batches

AT = datetime(2026, 11, 28, 12, 0)
AT_TEXT = "2026-11-28T12:00Z"
H = timedelta(hours=1)
D = timedelta(days=1)

A = "fp1:aaaa000000000000"  # escalating: daily at 11:30 for a week, then 20 in the last hour
B = "fp1:bbbb000000000000"  # new in the period
C = "fp1:cccc000000000000"  # resolved in the period, then regressed
E = "fp1:eeee000000000000"  # steady warnings, both periods
F = "fp1:ffff000000000000"  # resolved in the period (6h open)
G = "fp1:1111000000000000"  # resolved in the period (1h open)
INFO = "fp1:9999000000000000"  # info events: no severity, not a problem group


def _ev(fp: str, ts: datetime, title: str, **kw) -> dict:
    return {"fingerprint": fp, "timestamp": ts, "title": title, "template": title, **kw}


def sample_rows(title: str = "", service: str | None = None, host: str | None = None) -> list[dict]:
    """The events; `title`, `service` and `host` replace the log-derived strings when given
    (the hostile variant)."""

    def t(name: str) -> str:
        return f"{title} {name}" if title else name

    api = {"service": service or "api", "host": host or "web-1"}
    rows = [_ev(A, AT - 8 * D, t("KeyError: 'customer_id'"), severity="high", **api)]
    rows += [
        _ev(A, AT - k * D - 30 * timedelta(minutes=1), t("KeyError: 'customer_id'"),
            severity="high", **api)
        for k in range(1, 8)
    ]  # fmt: skip
    rows += [
        _ev(A, AT - timedelta(minutes=2 + 2 * i), t("KeyError: 'customer_id'"), severity="high",
            **api)
        for i in range(20)
    ]  # fmt: skip
    db = {"service": service or "db", "host": host or "db-1"}
    rows += [
        _ev(B, AT - 3 * H + i * 20 * timedelta(minutes=1), t("Disk full on /var"),
            severity="critical", level="critical", **db)
        for i in range(3)
    ]  # fmt: skip
    billing = {"service": service or "billing", "host": host or "web-2"}
    rows += [
        _ev(C, datetime(2026, 11, 26, 13) + i * 3 * H, t("Payment provider timeout"),
            severity="medium", **billing)
        for i in range(8)
    ]  # fmt: skip
    rows += [
        _ev(C, datetime(2026, 11, 28, 8) + i * 10 * timedelta(minutes=1),
            t("Payment provider timeout"), severity="medium", **billing)
        for i in range(2)
    ]  # fmt: skip
    rows += [
        _ev(E, AT - 2 * D + i * 2 * H, t("Slow query took <*> ms"), severity="low",
            level="warning", **api)
        for i in range(24)
    ]  # fmt: skip
    rows += [
        _ev(F, datetime(2026, 11, 27, 13) + i * H, t("Cache miss storm"), severity="medium", **api)
        for i in range(3)
    ]  # fmt: skip
    rows += [_ev(G, datetime(2026, 11, 28, 1), t("Worker crashed"), severity="high", **db)]
    rows += [
        _ev(INFO, AT - 2 * D + i * timedelta(minutes=30), "request ok", severity=None,
            level="info", **api)
        for i in range(96)
    ]  # fmt: skip
    return rows


def build_store(path: Path, **hostile: str) -> DuckDBStore:
    store = DuckDBStore(path)
    store.commit_batch(batches.batch(sample_rows(**hostile)), None, None)
    resolve(store, [C], at=datetime(2026, 11, 27, 18), who="tester")
    resolve(store, [F], at=datetime(2026, 11, 27, 19), who="tester")
    resolve(store, [G], at=datetime(2026, 11, 28, 2), who="tester")
    return store
