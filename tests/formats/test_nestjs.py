# ruff: noqa: E501  (the log lines are data, as the program writes them)
"""NestJS's ConsoleLogger: read as raw text before, its level inferred from its words."""

from __future__ import annotations

import json

import pytest

from errctl.formats.generic import FORMAT
from errctl.formats.nestjs import nestjs
from tests.ingest.stored import stored_events

NEST_LOG = """\
[Nest] 1234  - 06/11/2024, 6:00:01 AM     LOG [NestFactory] Starting Nest application...
[Nest] 1234  - 06/11/2024, 6:00:01 AM     LOG [InstanceLoader] AppModule dependencies initialized +12ms
[Nest] 1234  - 06/11/2024, 12:30:05 PM   ERROR [ExceptionsHandler] Cannot read properties of undefined (reading 'price')
TypeError: Cannot read properties of undefined (reading 'price')
    at OrdersService.total (/usr/src/app/dist/orders/orders.service.js:42:31)
    at OrdersController.create (/usr/src/app/dist/orders/orders.controller.js:17:35)
[Nest] 1234  - 06/11/2024, 12:30:06 PM    WARN [PaymentsService] Retrying charge for invoice 42
[billing] 7  - 11/06/2024, 18:00:07   FATAL [Bootstrap] Cannot connect to the database
"""


def test_a_nest_applications_log(tmp_path):
    rows = stored_events(
        tmp_path,
        NEST_LOG,
        "line, timestamp, level, service, logger, message, exception_type, attributes",
    )
    assert [(r[0], r[1].isoformat(), *r[2:7]) for r in rows] == [
        (
            1,
            "2024-06-11T06:00:01",
            "info",
            None,
            "NestFactory",
            "Starting Nest application...",
            None,
        ),
        (
            2,
            "2024-06-11T06:00:01",
            "info",
            None,
            "InstanceLoader",
            "AppModule dependencies initialized",
            None,
        ),
        (
            3,
            "2024-06-11T12:30:05",
            "error",
            None,
            "ExceptionsHandler",
            "Cannot read properties of undefined (reading 'price')",
            "TypeError",
        ),
        (
            7,
            "2024-06-11T12:30:06",
            "warning",
            None,
            "PaymentsService",
            "Retrying charge for invoice 42",
            None,
        ),
        # A prefix of its own names the service; a 24-hour clock in a locale that writes the
        # day first reads as month first: the layout cannot tell them apart (see below).
        (
            8,
            "2024-11-06T18:00:07",
            "critical",
            "billing",
            "Bootstrap",
            "Cannot connect to the database",
            None,
        ),
    ]
    assert json.loads(rows[1][7]) == {"pid": 1234, "delta_ms": 12}


@pytest.mark.parametrize(
    "line",
    [
        "[Nest] 1234  - 06/11/2024, 13:00:01 PM     LOG [X] bad hour",
        "[Nest] 1234  - 06/11/2024, 6:00:01 AM  NOTICE [X] not Nest's level",
        "[Nest] - 06/11/2024, 6:00:01 AM     LOG [X] no pid",
    ],
)
def test_other_lines_are_not_nests(line):
    assert nestjs(line) is None


def test_the_generic_format_asks_it():
    f = FORMAT.parse("[Nest] 1  - 6/1/2024, 9:05:00 PM   DEBUG [Cache] miss for key user:7")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2024-06-01T21:05:00",
        "DEBUG",
        "Cache",
        "miss for key user:7",
    )
