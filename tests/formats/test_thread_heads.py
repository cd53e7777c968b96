# ruff: noqa: E501
"""A Java logger's thread after the level, read as the thread and not left in the message:
Helidon's `Thread.toString()` before a colon, Tigase's padded thread column; and the access
line Helidon's AccessLog writes under that head."""

from __future__ import annotations

from pathlib import Path

from errctl.formats.generic import FORMAT
from tests.ingest.stored import stored_events


def test_helidons_class_and_thread_before_the_colon():
    fields = FORMAT.parse(
        "2024.06.07 06:00:04 INFO io.helidon.logging.jul.JulProvider Thread[#1,main,5,main]: "
        "Logging at initialization configured using classpath: /logging.properties"
    )
    assert fields is not None
    assert fields.level == "INFO"
    assert fields.logger == "io.helidon.logging.jul.JulProvider"
    assert fields.attributes == {"thread": "Thread[#1,main,5,main]"}
    assert (
        fields.message
        == "Logging at initialization configured using classpath: /logging.properties"
    )


def test_a_virtual_threads_name_with_brackets_of_its_own():
    fields = FORMAT.parse(
        "2024.06.07 06:03:37 WARNING com.acme.inventory.pricing.PriceLookup "
        "VirtualThread[#1732,[0x0e574de1 0x95e0ac50] WebServer socket]/runnable@ForkJoinPool-1-worker-3: "
        "Pricing service call failed, using cached prices"
    )
    assert fields is not None
    assert fields.logger == "com.acme.inventory.pricing.PriceLookup"
    assert fields.message == "Pricing service call failed, using cached prices"


HELIDON_ACCESS = """\
2024.06.07 06:03:37 INFO io.helidon.webserver.AccessLog VirtualThread[#63,[0x0e574de1 0xb1962861] WebServer socket]/runnable@ForkJoinPool-1-worker-1: 10.244.3.41 - [07/Jun/2024:06:03:37 +0000] "GET /inventory/items/SKU-108352 HTTP/1.1" 200 254 9830
2024.06.07 06:03:38 INFO io.helidon.webserver.AccessLog VirtualThread[#64,[0x0e574de1 0xb1962862] WebServer socket]/runnable@ForkJoinPool-1-worker-2: 10.244.3.41 - [07/Jun/2024:06:03:38 +0000] "GET /inventory/items?category=kitchen&page=4 HTTP/1.1" 200 8560 36440
2024.06.07 06:03:39 INFO io.helidon.webserver.AccessLog VirtualThread[#65,[0x0e574de1 0xb1962863] WebServer socket]/runnable@ForkJoinPool-1-worker-1: 10.244.1.88 - [07/Jun/2024:06:03:39 +0000] "GET /inventory/items/SKU-110093 HTTP/1.1" 500 0 30020000
"""


def test_helidons_access_line_is_named_by_its_route_and_status(tmp_path: Path):
    """Helidon's AccessLog writes `%h %u %t %r %s %b %D`: a user but no ident before the time."""
    rows = stored_events(tmp_path, HELIDON_ACCESS, "line, level, logger, template")
    assert rows == [
        (1, "info", "io.helidon.webserver.AccessLog", "GET /inventory/items/SKU-<*> 200"),
        (
            2,
            "info",
            "io.helidon.webserver.AccessLog",
            "GET /inventory/items?category=<*>&page=<*> 200",
        ),
        (3, "error", "io.helidon.webserver.AccessLog", "GET /inventory/items/SKU-<*> 500"),
    ]


TIGASE = """\
[2024-06-07 06:00:01:781] [INFO    ] [       Watchdog - ws2s ] ConnectionManager$Watchdog$1.check(): ws2s: Max inactive time exceeded
[2024-06-07 06:00:33:270] [INFO    ] [        Watchdog - c2s ] ConnectionManager$Watchdog$1.check(): c2s: Max inactive time exceeded
[2024-06-07 10:40:26:000] [CONFIG  ] [                  main ] ConfigHolder.loadConfiguration() : Loading configuration from file: etc/config.tdsl
"""


def test_tigases_padded_thread_and_caller_and_javas_config_level(tmp_path: Path):
    rows = stored_events(tmp_path, TIGASE, "line, level, logger, template, attributes->>'thread'")
    assert rows == [
        (
            1,
            "info",
            "ConnectionManager$Watchdog$1",
            "<*>: Max inactive time exceeded",
            "Watchdog - ws2s",
        ),
        (
            2,
            "info",
            "ConnectionManager$Watchdog$1",
            "<*>: Max inactive time exceeded",
            "Watchdog - c2s",
        ),
        (3, "debug", "ConfigHolder", "Loading configuration from file: etc/config.tdsl", "main"),
    ]


def test_a_bracketed_component_named_config_is_no_level():
    fields = FORMAT.parse("[2024-06-07 10:40:26:000] [config] Loading configuration from etc/x")
    assert fields is not None
    assert fields.level is None
