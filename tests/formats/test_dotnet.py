""".NET's console logger (Microsoft.Extensions.Logging's simple formatter), in the layout of its
defaults, with `SingleLine`, and with a `TimestampFormat`."""

from pathlib import Path

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.dotnet import FORMAT
from errctl.formats.registry import detect
from tests.ingest.stored import stored_events

CONSOLE = """\
info: Microsoft.Hosting.Lifetime[14]
      Now listening on: http://localhost:5000
fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]
      An unhandled exception has occurred while executing the request.
      System.InvalidOperationException: Sequence contains no elements
         at System.Linq.ThrowHelper.ThrowNoElementsException()
         at Acme.Orders.OrderService.Process(Int32 id) in /src/Acme/OrderService.cs:line 42
warn: Acme.Program[0]
      Slow request 1200ms
      after retrying twice
info: Microsoft.Hosting.Lifetime[0] Application is shutting down...
"""


def test_header():
    f = FORMAT.parse("fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]")
    assert (f.message, f.timestamp, f.level, f.logger, f.attributes) == (
        "",
        None,
        "error",
        "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware",
        {"event_id": 1},
    )
    f = FORMAT.parse("info: Microsoft.Hosting.Lifetime[0] Application is shutting down...")
    assert (f.message, f.level) == ("Application is shutting down...", "info")
    f = FORMAT.parse("2024-05-01 12:00:00 crit: Acme.Worker[7] Out of memory")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2024-05-01 12:00:00",
        "critical",
        "Acme.Worker",
        "Out of memory",
    )


@pytest.mark.parametrize(
    "line",
    [
        "info: no brackets",
        "note: Acme.Program[0] not a level",
        "Info: Acme.Program[0] capitalised",
        "      Now listening on: http://localhost:5000",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


def test_detected():
    assert detect(CONSOLE.splitlines()).name == "dotnet"


def test_the_message_below_its_header_is_the_message(tmp_path: Path):
    rows = stored_events(tmp_path, CONSOLE, "line, level, message, exception_type, stack")
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        (1, "info", "Now listening on: http://localhost:5000", None),
        (
            3,
            "error",
            "An unhandled exception has occurred while executing the request.",
            "System.InvalidOperationException",
        ),
        (8, "warning", "Slow request 1200ms\nafter retrying twice", None),
        (11, "info", "Application is shutting down...", None),
    ]
    (exc,) = orjson.loads(rows[1][4])
    assert exc["frames"][-1]["function"] == "ThrowNoElementsException"


@given(st.text(max_size=200))
def test_never_raises(text):
    FORMAT.parse(text)
    FORMAT.parse("info: " + text)
