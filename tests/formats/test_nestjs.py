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


def test_node_18_13s_narrow_space_before_am(tmp_path):
    """Node 18.13 and later (ICU 72, CLDR 42) write U+202F before `AM`/`PM`."""
    text = (
        "[Nest] 19  - 06/04/2024, 6:00:02\u202fAM     LOG [NestFactory] Starting Nest application...\n"
        "[Nest] 19  - 06/04/2024, 6:00:04\u202fPM   ERROR [TypeOrmModule] Unable to connect to the database. Retrying (1)...\n"
    )
    rows = stored_events(tmp_path, text, "timestamp, level, logger, message")
    assert [(r[0].isoformat(), *r[1:]) for r in rows] == [
        ("2024-06-04T06:00:02", "info", "NestFactory", "Starting Nest application..."),
        (
            "2024-06-04T18:00:04",
            "error",
            "TypeOrmModule",
            "Unable to connect to the database. Retrying (1)...",
        ),
    ]


def test_a_request_middlewares_line_is_named_by_its_route_and_status(tmp_path):
    """`${method} ${originalUrl} ${statusCode} ${contentLength} - ${userAgent} ${ip}`, the
    middleware of Nest's own docs: one group per route and status, not per user agent; a
    5xx is an error under `LOG`."""
    head = "[Nest] 19  - 06/04/2024, 6:00:0{}\u202fAM     LOG [HTTP] "
    text = "".join(
        head.format(i) + line + "\n"
        for i, line in enumerate(
            [
                "GET /api/orders/17 200 5330 - Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) ::ffff:10.0.0.7",
                "GET /api/orders/18 200 612 - ShopApp/4.12.0 (Android 14; Pixel 8) ::ffff:10.0.0.8",
                "POST /api/cart 502 86 - ShopApp/4.12.0 (Android 14; Pixel 8) ::ffff:10.0.0.8",
                "GET /api/orders is slow today",
            ]
        )
    )
    rows = stored_events(tmp_path, text, "level, logger, template, message")
    assert [r[:3] for r in rows[:3]] == [
        ("info", "HTTP", "GET /api/orders/<*> 200"),
        ("info", "HTTP", "GET /api/orders/<*> 200"),
        ("error", "HTTP", "POST /api/cart 502"),
    ]
    assert rows[3][2].endswith(" is slow today")  # no status: a sentence, mined as one
    assert rows[1][3] == (
        "GET /api/orders/18 200 612 - ShopApp/4.12.0 (Android 14; Pixel 8) ::ffff:10.0.0.8"
    )
