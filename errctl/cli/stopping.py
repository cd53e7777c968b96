"""How the commands that keep running (`ingest --follow`, `search --follow`, `top --watch`)
are stopped, and how they wait for a store that is not there yet."""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def stop_on_sigterm() -> Iterator[threading.Event]:
    """An event set by SIGTERM, how a service manager stops a program: the command finishes
    what it is doing and returns (exit 0). Ctrl-C stays an interrupt (130). The previous
    handler is back on the way out."""
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        yield stop
    finally:
        signal.signal(signal.SIGTERM, previous)


def wait_for_store(path: Path, interval: float, stop: threading.Event | None = None) -> bool:
    """For the commands that keep running (`search --follow`, `top --watch`) started before
    the store exists (a fresh host, before the first ingest): wait for it to appear, as
    `tail -F` waits for its file, saying so once on stderr. False when SIGTERM (`stop`) came
    first; Ctrl-C stays an interrupt. A store being created is then opened as any other: its
    writer holds the lock until it is ready, and the reader waits for it."""
    if path.exists():
        return True
    from errctl.cli.console import info

    info(f"waiting for the store {path} to appear (errctl ingest creates it; Ctrl-C to stop)")
    while not path.exists():
        if stop is None:
            time.sleep(interval)
        elif stop.wait(interval):
            return False
    return True
