"""Order storage on SQLite: a duplicate order id becomes a DatabaseError caused by the
driver's IntegrityError."""

from __future__ import annotations

import sqlite3

from errctl.sdk import DatabaseError


class OrderStore:
    def __init__(self) -> None:
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.execute("CREATE TABLE orders (id TEXT PRIMARY KEY, sku TEXT, quantity INTEGER)")

    def save(self, order_id: str, sku: str, quantity: int) -> None:
        try:
            with self.db:
                self.db.execute("INSERT INTO orders VALUES (?, ?, ?)", (order_id, sku, quantity))
        except sqlite3.IntegrityError as e:
            raise DatabaseError("could not insert order", code="duplicate_order") from e
