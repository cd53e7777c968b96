"""A store in which ingest took groups over (a later, more general template of the same log
statement merged the earlier one's group into its own), built from hand-made batches."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from errctl.models import MiningMemory, Takeover
from errctl.store.duckdb_store import DuckDBStore
from tests.batches import batch

ALICE = "fp1:a11ce00000000000"  # `user alice logged in from <*>`, taken over by USERS
USERS = "fp1:b0b0000000000000"  # `user <*> logged in from <*>`
SDA = "fp1:5da0000000000000"  # `disk sda full`, taken over by DISKS
DISKS = "fp1:d15c000000000000"  # `disk <*> full`: made by the takeover, no event of its own
OTHER = "fp1:0e0e000000000000"  # a group of its own


def taken_over_store(db: Path) -> DuckDBStore:
    store = DuckDBStore(db)
    alice = "user alice logged in from <*>"
    users = "user <*> logged in from <*>"
    store.commit_batch(
        batch(
            [
                dict(
                    line=1,
                    timestamp=datetime(2024, 5, 1, 8),
                    message="user alice logged in from 10.0.0.1",
                    service="auth",
                    host="h1",
                    severity="high",
                ),
                dict(
                    line=2,
                    timestamp=datetime(2024, 5, 1, 9),
                    message="disk sda full",
                    template="disk sda full",
                    fingerprint=SDA,
                    host="db-1",
                ),
                dict(
                    line=3,
                    timestamp=datetime(2024, 5, 1, 9, 30),
                    message="disk sda full",
                    template="disk sda full",
                    fingerprint=SDA,
                    host="db-1",
                ),
                dict(
                    line=4,
                    timestamp=datetime(2024, 5, 1, 12),
                    message="no route",
                    template="no route",
                    fingerprint=OTHER,
                ),
            ],
            fingerprint=ALICE,
            template=alice,
            title="user alice logged in from 10.0.0.1",
        ),
        None,
        None,
    )
    store.commit_batch(
        batch(
            [
                dict(
                    line=5,
                    timestamp=datetime(2024, 5, 1, 10),
                    message="user bob logged in from 10.0.0.2",
                    service="web",
                    host="h2",
                ),
                dict(
                    line=6,
                    timestamp=datetime(2024, 5, 1, 10, 5),
                    message="user carol logged in from 10.0.0.3",
                    service="auth",
                    host="h2",
                ),
                dict(
                    line=7,
                    timestamp=datetime(2024, 5, 1, 11),
                    message="user dave logged in from 10.0.0.4",
                    service="web",
                    host="h3",
                    level="warning",
                ),
            ],
            fingerprint=USERS,
            template=users,
            title="user bob logged in from 10.0.0.2",
        ),
        None,
        None,
        MiningMemory(
            takeovers=[
                Takeover(alice, ALICE, users, USERS),
                Takeover("disk sda full", SDA, "disk <*> full", DISKS),
            ]
        ),
    )
    return store
