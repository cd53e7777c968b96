"""A C++ server's numbered native stack under its error line, as ClickHouse 24 logs a failed
query: the frames are the event's stack, not its message."""

from __future__ import annotations

from tests.ingest.stored import stored_events

CLICKHOUSE = """\
2024.06.11 07:38:42.509533 [ 56569 ] {b2d6e75f-f2c5-4b3d-8da8-c6b823202f68} <Error> TCPHandler: \
Code: 60. DB::Exception: Table default.events_tmp does not exist. (UNKNOWN_TABLE) Stack trace:

0. DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool) @ 0x000000000c800f1b
1. DB::DatabaseCatalog::getTableImpl(DB::StorageID const&) const @ 0x0000000011c237f5
2. DB::TCPHandler::runImpl() @ 0x000000000e9b85d2
3. ? @ 0x00007f3a2c01e168
2024.06.11 07:38:43.112001 [ 56570 ] {} <Information> executeQuery: Read 10 rows, 1.00 KiB in \
0.001 sec., 10000 rows/sec., 1.00 MiB/sec.
2024.06.11 09:12:01.000412 [ 56571 ] {0c1e0a52-7d35-4c4e-9d0f-61b5f0e2a9c1} <Error> TCPHandler: \
Code: 60. DB::Exception: Table default.sessions_old does not exist. (UNKNOWN_TABLE) Stack trace:

0. DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool) @ 0x000000000c800f1b
1. DB::DatabaseCatalog::getTableImpl(DB::StorageID const&) const @ 0x0000000011c237f5
2. DB::TCPHandler::runImpl() @ 0x000000000e9b85d2
3. Poco::Net::TCPServerConnection::start() @ 0x0000000013ff6bd4
4. ? @ 0x00007f3a2c01e168
"""


def test_a_native_stack_is_the_events_stack_not_its_message(tmp_path):
    rows = stored_events(tmp_path, CLICKHOUSE, "line, level, message, template, exception_type")
    assert [(r[0], r[1], r[4]) for r in rows] == [
        (1, "error", "DB::Exception"),
        (7, "info", None),
        (8, "error", "DB::Exception"),
    ]
    # Without its frames, the message is the error's line; both errors one template, whatever
    # the depth of their stacks.
    assert rows[0][2] == (
        "Code: 60. DB::Exception: Table default.events_tmp does not exist. (UNKNOWN_TABLE)"
        " Stack trace:"
    )
    assert rows[0][3] == rows[2][3]
    assert "\n" not in rows[0][3]
