"""A user's own SQL over the store (`errctl sql`), as lnav answers SQL over its logs.

`UserSql` is a mixin of `DuckDBStore`, kept in its own module as `Retention` is. The query runs
on a read-only connection of its own with DuckDB's external access off: it reads the store's
tables (`events`, `groups`, ... as docs/event-schema.md describes them) and nothing else, and
writes nothing: no table, no file (`COPY ... TO`), no other database (`ATTACH`), no extension
fetched. Rows stream in batches, so `SELECT * FROM events` over a large store is not held in
memory.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import duckdb

from errctl.errors import UsageError
from errctl.store.mixin import StoreMixin

_BATCH_ROWS = 2048
_NUMBER = re.compile(r"(?:U?(?:TINY|SMALL|BIG|HUGE)?INT(?:EGER)?|FLOAT|DOUBLE|DECIMAL)\b")


@dataclass(frozen=True, slots=True)
class SqlResult:
    """A query's columns, which of them hold JSON (as text) and which numbers, and its rows
    as they are read (each a tuple in column order)."""

    columns: tuple[str, ...]
    json: tuple[bool, ...]
    numeric: tuple[bool, ...]
    rows: Iterator[tuple[Any, ...]]


class UserSql(StoreMixin):
    @contextlib.contextmanager
    def user_sql(self, sql: str) -> Iterator[SqlResult]:
        """Run `sql` (DuckDB's dialect) as the module doc says; its rows are read while the
        block runs. A query DuckDB refuses (syntax, an unknown table, a write, a file) is a
        usage error with DuckDB's own words."""
        with self._reader(sealed=True) as con:
            try:
                statements = len(con.extract_statements(sql))
                if statements > 1:
                    # DuckDB runs them all and answers the last: the others' rows were lost
                    # without a word.
                    raise UsageError(
                        f"the query holds {statements} statements: errctl sql answers one",
                        hint="run errctl sql once for each, or join them in one (UNION ALL, "
                        "WITH ... AS)",
                    )
                cursor = con.execute(sql)
            except duckdb.Error as e:
                raise UsageError(f"the query failed: {e}") from e
            described = cursor.description or ()
            columns = tuple(d[0] for d in described)
            json = tuple(str(d[1]) == "JSON" for d in described)
            numeric = tuple(_NUMBER.match(str(d[1])) is not None for d in described)
            yield SqlResult(columns, json, numeric, _rows(cursor) if columns else iter(()))


def _rows(cursor: duckdb.DuckDBPyConnection) -> Iterator[tuple[Any, ...]]:
    while True:
        try:
            batch = cursor.fetchmany(_BATCH_ROWS)
        except duckdb.Error as e:  # raised while reading (a cast of a later row, say)
            raise UsageError(f"the query failed: {e}") from e
        if not batch:
            return
        yield from batch
