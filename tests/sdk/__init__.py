"""Tests of errctl.sdk, and helpers they share."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from errctl.sdk import JsonFormatter


class ListHandler(logging.Handler):
    """Keeps each formatted line, and its decoded event."""

    def __init__(self, formatter: logging.Formatter | None = None) -> None:
        super().__init__()
        self.setFormatter(formatter or JsonFormatter("test-svc", host="test-host"))
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))

    @property
    def events(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.lines]


@contextmanager
def capture_logs(name: str = "sdk-test", level: int = logging.DEBUG) -> Iterator[ListHandler]:
    """A logger `name` whose events land in the yielded handler (and nowhere else)."""
    logger = logging.getLogger(name)
    handler = ListHandler()
    old_level, old_propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)
        logger.propagate = old_propagate
