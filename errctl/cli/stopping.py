"""How the commands that keep running (`ingest --follow`, `search --follow`) are stopped."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


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
