"""What the store's mixins (group_queries, batch_writes, alert_tables, retention, user_sql) use of
`DuckDBStore`, declared once for the type checker: its file, its connections (`_reader()`,
`_writer()`: one unit of work each, under the store's locking rules) and the lifecycle states'
relation (`_states()`: the present, or as of a replay's time), and `_require_existing()`, the
refusal of a writer that must not create the store."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable
    from contextlib import AbstractContextManager
    from pathlib import Path

    import duckdb


class StoreMixin:
    path: Path
    _reader: Callable[..., AbstractContextManager[duckdb.DuckDBPyConnection]]
    _writer: Callable[[], AbstractContextManager[duckdb.DuckDBPyConnection]]
    _states: Callable[[], str]
    _require_existing: Callable[..., None]
