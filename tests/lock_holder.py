"""Another process holding a store's write lock, as a second errctl (or any DuckDB client)
does: a real process, since DuckDB's lock is per process."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

HOLDER = textwrap.dedent(
    """
    import duckdb, sys
    con = duckdb.connect(sys.argv[1])
    print("locked", flush=True)
    sys.stdin.readline()
    """
)


@contextlib.contextmanager
def held_by_another_process(db: Path) -> Iterator[None]:
    """The store at `db` opened for writing by another process until the block ends."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(10)
