"""Free-text search reads every exception of a chain (type and message), never the frames:
`errctl search SocketTimeoutException` finds the Java events where it is a `Caused by:`, and
only `stack:` finds a term that is nowhere but in a frame."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_runner import found, run

JAVA_LOG = """\
2024-05-01 12:00:00,000 ERROR [http-nio-8080-exec-3] com.acme.orders.OrderController - checkout failed for order 881
org.springframework.web.client.ResourceAccessException: I/O error on POST request for "http://inventory:8080/reserve": Read timed out
\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:785)
\tat com.acme.orders.InventoryClient.reserve(InventoryClient.java:57)
\tat com.acme.orders.OrderController.checkout(OrderController.java:112)
Caused by: java.net.SocketTimeoutException: Read timed out
\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)
\tat java.base/java.net.Socket$SocketInputStream.read(Socket.java:976)
\t... 12 more
2024-05-01 12:00:01,000 INFO [http-nio-8080-exec-4] com.acme.orders.OrderController - order 882 placed
2024-05-01 12:00:02,000 ERROR [pool-2-thread-1] com.acme.billing.InvoiceJob - invoice run 7 failed
java.lang.IllegalStateException: invoice run aborted
\tat com.acme.billing.InvoiceJob.run(InvoiceJob.java:40)
Caused by: org.postgresql.util.PSQLException: ERROR: deadlock detected
\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2676)
\t... 3 more
Caused by: java.sql.SQLTransientException: lock wait on relation invoices
\t... 5 more
"""  # noqa: E501

PY_LOG = """\
2024-05-01 13:00:00,000 - app.sync - ERROR - sync of account 12 failed
Traceback (most recent call last):
  File "/srv/app/sync/fetch.py", line 21, in fetch_remote
    return session.get(url, timeout=5)
  File "/srv/app/sync/transport.py", line 88, in get
    raise ConnectionResetError(104, "Connection reset by peer")
ConnectionResetError: [Errno 104] Connection reset by peer

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/srv/app/sync/job.py", line 40, in run
    data = fetch_remote(account)
  File "/srv/app/sync/fetch.py", line 23, in fetch_remote
    raise RemoteUnavailable("account service unreachable") from e
app.sync.errors.RemoteUnavailable: account service unreachable

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/srv/app/sync/job.py", line 44, in run
    audit.record_failure(account)
app.audit.AuditWriteError: audit table is read-only
2024-05-01 13:00:01,000 - app.sync - INFO - sync of account 13 done
"""

DOTNET_TRACE = (
    "System.InvalidOperationException: Shipment 42 could not be booked\n"
    " ---> Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.0.0.5:5432\n"
    " ---> System.Net.Sockets.SocketException (111): Connection refused\n"
    "   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)\n"
    "   --- End of inner exception stack trace ---\n"
    "   at Npgsql.Internal.NpgsqlConnector.Open(NpgsqlTimeout timeout)\n"
    "   --- End of inner exception stack trace ---\n"
    "   at Acme.Shipping.BookingService.Book(Int32 id) in /src/BookingService.cs:line 27"
)
NODE_TRACE = (
    "Error: config load failed\n"
    "    at loadConfig (/srv/gateway/config.js:6:55) {\n"
    "  [cause]: SyntaxError: Unexpected token } in JSON at position 118\n"
    "      at JSON.parse (<anonymous>)\n"
    "      at loadConfig (/srv/gateway/config.js:6:20)\n"
    "}"
)
JSON_LOG = "".join(
    json.dumps(record) + "\n"
    for record in (
        {"ts": "2024-05-01T14:00:00Z", "level": "error", "service": "shipping",
         "msg": "booking failed", "exception": DOTNET_TRACE},
        {"ts": "2024-05-01T14:00:01Z", "level": "error", "service": "gateway",
         "msg": "startup failed", "err": {"stack": NODE_TRACE}},
    )
)  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    (tmp_path / "orders.log").write_text(JAVA_LOG)
    (tmp_path / "sync.log").write_text(PY_LOG)
    (tmp_path / "services.jsonl").write_text(JSON_LOG)
    db = tmp_path / "s.duckdb"
    for name in ("orders.log", "sync.log", "services.jsonl"):
        result = run("--db", str(db), "ingest", str(tmp_path / name))
        assert result.exit_code == 0, result.stderr
    return db


CHECKOUT = "checkout failed for order 881"
INVOICE = "invoice run 7 failed"
SYNC = "sync of account 12 failed"


def test_a_java_cause_is_found_by_its_type_and_its_message(db: Path):
    assert found(db, "SocketTimeoutException") == [CHECKOUT]
    assert found(db, "java.net.sockettimeoutexception") == [CHECKOUT]  # any case
    assert found(db, "PSQLException") == [INVOICE]  # the middle of three
    assert found(db, "SQLTransientException") == [INVOICE]  # the deepest cause
    assert found(db, '"deadlock detected"') == [INVOICE]  # a cause's message
    assert found(db, "invoices") == [INVOICE]
    # A phrase across a cause's type and message, as its `Caused by:` line writes them.
    assert found(db, '"SocketTimeoutException: Read timed out"') == [CHECKOUT]


def test_a_python_chain_is_found_by_each_of_its_exceptions(db: Path):
    assert found(db, "ConnectionResetError") == [SYNC]  # the direct cause
    assert found(db, '"reset by peer"') == [SYNC]
    assert found(db, "RemoteUnavailable") == [SYNC]  # the exception handled
    assert found(db, "AuditWriteError") == [SYNC]  # the one raised while handling it


def test_dotnet_inner_exceptions_and_a_node_cause_are_found(db: Path):
    assert found(db, "NpgsqlException") == ["booking failed"]
    assert found(db, "SocketException") == ["booking failed"]  # the innermost
    assert found(db, '"Connection refused"') == ["booking failed"]
    assert found(db, "SyntaxError") == ["startup failed"]
    assert found(db, '"Unexpected token"') == ["startup failed"]
    assert found(db, "NpgsqlConnector") == []  # a frame
    assert found(db, "config.js") == []


def test_a_term_only_in_a_frame_is_found_by_stack_alone(db: Path):
    for term, message in (
        ("NioSocketImpl", CHECKOUT),  # a cause's frame
        ("InventoryClient", CHECKOUT),  # the raised exception's frame
        ("transport.py", SYNC),  # a Python frame's file
        ("fetch_remote", SYNC),  # and function
        ("receiveErrorResponse", INVOICE),
    ):
        assert found(db, term) == [], term
        assert found(db, f"stack:{term}") == [message], term


def test_free_text_still_reads_the_message_and_the_raised_exception(db: Path):
    assert found(db, "order") == [CHECKOUT, "order 882 placed"]
    assert found(db, "ResourceAccessException") == [CHECKOUT]
    assert found(db, "IllegalStateException") == [INVOICE]
    assert found(db, "account") == [SYNC, "sync of account 13 done"]


def test_a_regex_reads_each_exception_of_the_chain_as_its_own_line(db: Path):
    assert found(db, r"/^java\.net\.Socket\w+: Read/") == [CHECKOUT]  # a cause's line
    assert found(db, r"/relation \w+$/") == [INVOICE]  # the end of the last one
    assert found(db, "/(?i)^app.audit.auditwriteerror/") == [SYNC]
    assert found(db, "/Impl.timedRead/") == []  # frames are not read
    assert found(db, "/deadlock detected.*lock wait/") == []  # nor across two exceptions


def test_a_secret_in_a_cause_is_scrubbed_before_it_is_searchable(tmp_path: Path):
    log = tmp_path / "db.log"
    log.write_text(
        "2024-05-01 15:00:00,000 ERROR [main] com.acme.db.Pool - pool start failed\n"
        "java.lang.IllegalStateException: no connection\n"
        "\tat com.acme.db.Pool.start(Pool.java:20)\n"
        "Caused by: java.sql.SQLException: login refused for "
        "jdbc:postgresql://db:5432/orders?user=app&password=Tr0ub4dor3xyz\n"
        "\tat org.postgresql.Driver.connect(Driver.java:301)\n"
    )
    db = tmp_path / "s.duckdb"
    assert run("--db", str(db), "ingest", str(log)).exit_code == 0
    assert found(db, "SQLException") == ["pool start failed"]
    assert found(db, '"login refused"') == ["pool start failed"]
    assert found(db, "Tr0ub4dor3xyz") == []
    assert found(db, "password=[REDACTED]") == ["pool start failed"]
