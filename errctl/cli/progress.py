"""The ingest progress bar (stderr, TTY only): bytes, events and their rates."""

from __future__ import annotations

import time
from types import TracebackType

from errctl.cli import console


class IngestProgress:
    """Implements the pipeline's Progress protocol with a rich bar, or silently."""

    def __init__(self, *, enabled: bool, quiet: bool) -> None:
        self.enabled = enabled
        self.quiet = quiet
        self._progress = None
        self._task = None
        self._events = 0
        self._started = time.perf_counter()

    def __enter__(self) -> IngestProgress:
        if self.enabled:
            from rich.progress import (
                BarColumn,
                DownloadColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TransferSpeedColumn,
            )

            self._progress = Progress(
                TextColumn("ingest"),
                BarColumn(),
                DownloadColumn(),
                TransferSpeedColumn(),
                TextColumn("{task.fields[events]} events, {task.fields[rate]}/s"),
                TimeElapsedColumn(),
                console=console.err_console(),
                transient=True,
            )
            self._progress.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def start(self, total_bytes: int) -> None:
        self._started = time.perf_counter()
        if self._progress is not None:
            self._task = self._progress.add_task(
                "ingest", total=total_bytes or None, events="0", rate="0"
            )

    def advance(self, nbytes: int, events: int) -> None:
        self._events += events
        if self._progress is not None and self._task is not None:
            elapsed = max(time.perf_counter() - self._started, 1e-6)
            self._progress.update(
                self._task,
                advance=nbytes,
                events=f"{self._events:,}",
                rate=f"{self._events / elapsed:,.0f}",
            )

    def warn(self, message: str) -> None:
        console.warn(message)
