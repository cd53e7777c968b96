# ruff: noqa: E501
"""Dropwizard's default layout, `%-5p [%d{ISO8601,UTC}] %c: %m%n%rEx`: the level first, the
time in brackets, the logger and a colon; an exception below it root cause first, each of its
lines after `! ` and each wrapper after `! Causing: `. In its own file, and in the journal,
which keeps each line of the exception as an entry of its own."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.stored import stored_events

EXCEPTION = """\
! java.net.ConnectException: Connection refused
! at java.base/sun.nio.ch.Net.connect0(Native Method)
! at java.base/sun.nio.ch.Net.connect(Net.java:579)
! Causing: javax.ws.rs.ProcessingException: java.net.ConnectException: Connection refused
! at org.glassfish.jersey.client.JerseyInvocation.invoke(JerseyInvocation.java:500)
! ... 12 common frames omitted"""

LOG = f"""\
INFO  [2024-06-07 06:02:18,085] com.acme.orders.resources.OrderResource: Created order o-2463910 for customer c-742665
ERROR [2024-06-07 07:30:38,001] io.dropwizard.jersey.errors.LoggingExceptionMapper: Error handling a request: 9f2a
{EXCEPTION}
WARN  [2024-06-07 07:30:40,120] com.acme.orders.resources.OrderResource: Order o-2468317 cannot be cancelled
"""

COLUMNS = "line, level, logger, message, exception_type, json_array_length(stack)"
EXPECTED = [
    (
        1,
        "info",
        "com.acme.orders.resources.OrderResource",
        "Created order o-2463910 for customer c-742665",
        None,
        None,
    ),
    (
        2,
        "error",
        "io.dropwizard.jersey.errors.LoggingExceptionMapper",
        "Error handling a request: 9f2a",
        # The outermost exception names the chain, as Java's own `Caused by:` order would.
        "javax.ws.rs.ProcessingException",
        2,
    ),
    (
        9,
        "warning",
        "com.acme.orders.resources.OrderResource",
        "Order o-2468317 cannot be cancelled",
        None,
        None,
    ),
]


def test_dropwizards_own_file(tmp_path: Path):
    assert stored_events(tmp_path, LOG, COLUMNS) == EXPECTED


def test_dropwizard_in_the_journal_one_entry_a_line(tmp_path: Path):
    head = "2024-06-07T07:30:38+00:00 orders-1 orders-service[1187]: "
    journal = "".join(head + line + "\n" for line in LOG.splitlines())
    rows = stored_events(tmp_path, journal, COLUMNS)
    assert [row[1:] for row in rows] == [row[1:] for row in EXPECTED]
