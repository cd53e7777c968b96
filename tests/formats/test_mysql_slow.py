"""MySQL's and MariaDB's slow query log, as MariaDB 10.11.19 (Debian 12) wrote it with
`long_query_time = 0.2` (the `# Time:` line only when the second changed; the banner again
after a restart); and MySQL 8's layout."""

from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.mysql_slow import FORMAT
from errctl.formats.registry import detect, get_format
from tests.ingest.stored import stored_events

MARIADB = """\
mariadbd, Version: 10.11.19-MariaDB-0+deb12u1-log (Debian 12). started with:
Tcp port: 3306  Unix socket: /run/mysqld/mysqld.sock
Time\t\t    Id Command\tArgument
# Time: 261201  1:27:27
# User@Host: root[root] @ localhost []
# Thread_id: 7  Schema:   QC_hit: No
# Query_time: 0.300516  Lock_time: 0.000148  Rows_sent: 1  Rows_examined: 1
# Rows_affected: 0  Bytes_sent: 104
SET timestamp=1796088447;
select sleep(0.3), v from shop.t where id=1;
# Time: 261201  1:27:31
# User@Host: app[app] @ localhost [127.0.0.1]
# Thread_id: 13  Schema: shop  QC_hit: No
# Query_time: 1.000271  Lock_time: 0.000000  Rows_sent: 1  Rows_examined: 0
# Rows_affected: 0  Bytes_sent: 65
SET timestamp=1796088451;
select v from t
  where id = 17;
# User@Host: app[app] @ localhost [127.0.0.1]
# Thread_id: 14  Schema: shop  QC_hit: No
# Query_time: 1.000531  Lock_time: 0.000000  Rows_sent: 1  Rows_examined: 0
# Rows_affected: 0  Bytes_sent: 65
SET timestamp=1796088451;
select v from t
  where id = 4;
mariadbd, Version: 10.11.19-MariaDB-0+deb12u1-log (Debian 12). started with:
Tcp port: 3306  Unix socket: /run/mysqld/mysqld.sock
Time\t\t    Id Command\tArgument
"""

MYSQL8 = """\
# Time: 2026-12-01T01:27:27.412035Z
# User@Host: app[app] @  [10.0.0.7]  Id:     8
# Query_time: 2.000385  Lock_time: 0.000002 Rows_sent: 1  Rows_examined: 0
use shop;
SET timestamp=1796088447;
SELECT SLEEP(2);
"""


def test_each_entry_is_one_event_named_by_its_statement(tmp_path):
    """Each line was an event of its own: `# Query_time: <*>` was a group, and the queries
    themselves were text without a time."""
    events = stored_events(
        tmp_path,
        MARIADB,
        "line, level, message, timestamp, template, attributes::VARCHAR",
    )
    assert [e[:4] for e in events] == [
        (1, "info", events[0][2], events[0][3]),
        (
            4,
            "warning",
            "select sleep(0.3), v from shop.t where id=1;",
            datetime(2026, 12, 1, 1, 27, 27),
        ),
        (11, "warning", "select v from t\n  where id = 17;", datetime(2026, 12, 1, 1, 27, 31)),
        (19, "warning", "select v from t\n  where id = 4;", datetime(2026, 12, 1, 1, 27, 31)),
        (26, "info", events[4][2], events[4][3]),
    ]
    assert events[0][2].startswith("mariadbd, Version: 10.11.19-MariaDB")
    assert events[2][4] == events[3][4]  # the same query, other values: one template
    assert events[2][5] == (
        '{"user":"app","client":"127.0.0.1","thread_id":13,"schema":"shop","qc_hit":"No",'
        '"query_time":1.000271,"lock_time":0.0,"rows_sent":1,"rows_examined":0,'
        '"rows_affected":0,"bytes_sent":65}'
    )


def test_mysql_8_entry():
    lines = MYSQL8.splitlines()
    fields = FORMAT.parse(lines[0])
    fields, rest = FORMAT.fold(fields, lines[1:])
    assert rest == []
    assert (fields.message, fields.timestamp, fields.level) == (
        "SELECT SLEEP(2);",
        "1796088447",
        "warning",
    )
    assert fields.attributes == {
        "user": "app",
        "client": "10.0.0.7",
        "thread_id": 8,
        "query_time": 2.000385,
        "lock_time": 0.000002,
        "rows_sent": 1,
        "rows_examined": 0,
        "schema": "shop",
    }
    # `# User@Host:` right under `# Time:` is the same entry's; anywhere else it opens one.
    assert FORMAT.continues(lines[1], lines[0], lines[0]) == lines[1]
    assert FORMAT.continues(lines[1], lines[0], lines[2]) is None


def test_detected():
    detection = detect(MARIADB.splitlines())
    assert detection.name == "mysql-slow"
    assert "3 sampled entries" in detection.reason
    assert detect(MYSQL8.splitlines()).name == "mysql-slow"
    assert get_format("slowlog") is FORMAT
    # A log that only mentions the words is not one.
    assert detect(["2024-05-01 12:00:00 INFO # Query_time: is slow"] * 5).name != "mysql-slow"


@given(st.text(max_size=300))
def test_never_raises(text):
    FORMAT.parse(text)
    FORMAT.parse("# User@Host: " + text)
    FORMAT.fold(FORMAT.parse("# Time: 261201  1:27:27"), text.splitlines())
