# ruff: noqa: E501  (the log lines are data, as the servers write them)
"""WebLogic's server log and WebSphere's SystemOut.log: both were raw text (WebLogic's lines,
opening with `#`, were not even sampled: a `#` was taken for a PHP frame's)."""

from __future__ import annotations

import json
from datetime import datetime

import duckdb

from errctl.formats.java_servers import weblogic, websphere
from tests.ingest.stored import stored_events

WEBLOGIC = """\
####<Jun 11, 2024 6:00:01,118 AM UTC> <Info> <Server> <web-1> <AdminServer> <main> <<WLS Kernel>> <> <> <1718085601118> <[severity-value: 64] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <BEA-002622> <The protocol "t3" is now configured.>
####<Jun 11, 2024 6:00:02,118 AM UTC> <Error> <HTTP> <web-1> <AdminServer> <[ACTIVE] ExecuteThread: '3' for queue: 'weblogic.kernel.Default (self-tuning)'> <<anonymous>> <> <4bf92f35-77b3-4da6-a3ce-929d0e0e4736-00000012> <1718085602118> <[severity-value: 8] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > <BEA-101020> <[ServletContext@12345678[app:orders module:orders path:null spec-version:4.0]] Servlet failed with an Exception
java.lang.NullPointerException: null
\tat com.acme.orders.OrdersServlet.doGet(OrdersServlet.java:42)
\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:687)
>
####<Jun 11, 2024 6:00:03 PM UTC> <Warning> <JDBC> <web-1> <AdminServer> <Timer-2> <<WLS Kernel>> <> <> <1718128803000> <BEA-001129> <Received exception while creating connection for pool "OrdersDS": IO Error: Connection refused>
"""

WEBSPHERE = """\
[6/11/24 6:00:01:118 UTC] 00000001 WsServerImpl  A   WSVR0001I: Server server1 open for e-business
[6/11/24 6:00:02:223 UTC] 00000023 ServletWrappe E   SRVE0068E: An exception was thrown by one of the service methods of the servlet [OrdersServlet] in application [orders]. Exception created : [java.lang.NullPointerException
\tat com.acme.orders.OrdersServlet.doGet(OrdersServlet.java:42)
\tat javax.servlet.http.HttpServlet.service(HttpServlet.java:687)
]
[6/11/24 6:00:03:001 EDT] 0000002a SystemOut     O Charging invoice 42
[6/11/24 6:00:04:001 UTC] 0000002a ConnectionEve W   J2CA0206W: A connection error occurred.
"""


def test_weblogic_server_log(tmp_path):
    rows = stored_events(
        tmp_path,
        WEBLOGIC,
        "line, timestamp, level, service, host, logger, message, exception_type, attributes",
    )
    assert [r[:6] for r in rows] == [
        (1, datetime(2024, 6, 11, 6, 0, 1, 118000), "info", "AdminServer", "web-1", "Server"),
        (2, datetime(2024, 6, 11, 6, 0, 2, 118000), "error", "AdminServer", "web-1", "HTTP"),
        (7, datetime(2024, 6, 11, 18, 0, 3), "warning", "AdminServer", "web-1", "JDBC"),
    ]
    assert rows[0][6] == 'The protocol "t3" is now configured.'
    assert rows[1][7] == "java.lang.NullPointerException"
    assert json.loads(rows[2][8]) == {"message_id": "BEA-001129"}


def test_weblogic_14_long_zone_names_and_a_trailing_blank(tmp_path):
    # WebLogic 14.1.1 in a locale whose format writes the zone's long name, a blank after
    # the record's closing bracket.
    line = (
        "####<Jun 4, 2024, 6:00:01,016 AM Coordinated Universal Time> <Info> <Security> "
        "<wls-admin.shop.example.com> <AdminServer> <main> <<WLS Kernel>> <> <> <1717480801016> "
        "<[severity-value: 64] [rid: 0] [partition-id: 0] [partition-name: DOMAIN] > "
        "<BEA-090905> <Disabling the CryptoJ JCE Provider self-integrity check.> \n"
    )
    rows = stored_events(tmp_path, line, "timestamp, level, service, logger, message")
    assert rows == [
        (
            datetime(2024, 6, 4, 6, 0, 1, 16000),
            "info",
            "AdminServer",
            "Security",
            "Disabling the CryptoJ JCE Provider self-integrity check.",
        )
    ]


def test_websphere_system_out(tmp_path):
    rows = stored_events(
        tmp_path, WEBSPHERE, "line, timestamp, level, logger, message, exception_type"
    )
    assert rows == [
        (
            1,
            datetime(2024, 6, 11, 6, 0, 1, 118000),
            "info",
            "WsServerImpl",
            "WSVR0001I: Server server1 open for e-business",
            None,
        ),
        (
            2,
            datetime(2024, 6, 11, 6, 0, 2, 223000),
            "error",
            "ServletWrappe",
            "SRVE0068E: An exception was thrown by one of the service methods of the servlet [OrdersServlet] in application [orders]. Exception created : [java.lang.NullPointerException",
            "java.lang.NullPointerException",
        ),
        (
            6,
            datetime(2024, 6, 11, 10, 0, 3, 1000),
            "info",
            "SystemOut",
            "Charging invoice 42",
            None,
        ),
        (
            7,
            datetime(2024, 6, 11, 6, 0, 4, 1000),
            "warning",
            "ConnectionEve",
            "J2CA0206W: A connection error occurred.",
            None,
        ),
    ]


def test_other_lines_are_neither():
    assert weblogic("####<Jun 11, 2024> no fields") is None
    assert websphere("[6/11/24 6:00:01:118 UTC] not a thread id") is None
    assert websphere("[2024-06-11 06:00:01] INFO x") is None


ULF = """\
[#|2024-06-07T05:59:08.400+0000|INFO|glassfish3.1.2|javax.enterprise.system.core|_ThreadID=21;_ThreadName=main;|Running GlassFish Version: 3.1.2.2|#]

[#|2024-06-07T07:42:13.899+0000|WARNING|glassfish3.1.2|javax.enterprise.resource.pool|_ThreadID=43;_ThreadName=http-1;|RAR5038:Unexpected exception while creating resource: Communications link failure

The last packet sent successfully to the server was 0 milliseconds ago.|#]

[#|2024-06-07T07:42:14.001+0000|SEVERE|glassfish3.1.2|javax.enterprise.web|_ThreadID=44;_ThreadName=http-2;|Request failed|#]
"""


def test_glassfish_ulf_records_over_lines_up_to_their_close(tmp_path):
    events = stored_events(tmp_path, ULF, "line, level, logger, message, attributes")
    assert [e[:3] for e in events] == [
        (1, "info", "javax.enterprise.system.core"),
        (3, "warning", "javax.enterprise.resource.pool"),
        (7, "error", "javax.enterprise.web"),
    ]
    assert events[1][3] == (
        "RAR5038:Unexpected exception while creating resource: Communications link failure"
        "\n\nThe last packet sent successfully to the server was 0 milliseconds ago."
    )
    assert '"thread":"http-1"' in events[1][4].replace(" ", "")


OPENAM = """\
amAuthLDAP:06/07/2024 08:03:08:671 AM UTC: Thread[http-nio-8080-exec-1,5,main]: TransactionId[02c9-3837]
WARNING: Search for User error:
org.forgerock.opendj.ldap.AuthenticationException: Invalid Credentials
	at org.forgerock.opendj.ldap.LoadBalancer.getConnection(LoadBalancer.java:62)
amAuth:06/07/2024 01:03:09:002 PM UTC: Thread[http-nio-8080-exec-1,5,main]: TransactionId[02c9-3837]
login success
"""


def test_openam_debug_records_take_their_message_and_level_from_below(tmp_path):
    events = stored_events(tmp_path, OPENAM, "line, level, logger, message, exception_type")
    assert [e[:3] for e in events] == [(1, "warning", "amAuthLDAP"), (5, None, "amAuth")]
    assert events[0][3].startswith("Search for User error:")
    assert events[0][4] == "org.forgerock.opendj.ldap.AuthenticationException"
    assert events[1][3] == "login success"
    with duckdb.connect(str(tmp_path / "store.duckdb"), read_only=True) as con:
        rows = con.execute("SELECT timestamp FROM events ORDER BY line").fetchall()
    times = [str(t) for (t,) in rows]
    assert times == ["2024-06-07 08:03:08.671000", "2024-06-07 13:03:09.002000"]
