"""W3C extended logs: IIS, CloudFront and Windows Firewall, each as it writes its header."""

from __future__ import annotations

from pathlib import Path

import duckdb
import orjson

from errctl.formats.registry import detect, get_format
from errctl.formats.w3c import FORMAT, from_sample
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore

IIS = """\
#Software: Microsoft Internet Information Services 10.0
#Version: 1.0
#Date: 2024-11-15 00:00:01
#Fields: date time s-sitename s-computername s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken
2024-11-15 00:00:01 W3SVC1 WEB01 10.0.0.4 GET /api/orders id=42 443 - 203.0.113.9 Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 200 0 0 31
2024-11-15 00:00:02 W3SVC1 WEB01 10.0.0.4 POST /api/orders - 443 - 203.0.113.10 curl/8.4.0 - 500 0 0 1204
2024-11-15 00:00:03 W3SVC1 WEB01 10.0.0.4 GET /api/orders/17 - 443 alice 203.0.113.11 Mozilla/5.0 https://shop.example.com/ 404 0 2 12
2024-11-15 00:00:04 W3SVC1 WEB01 10.0.0.4 GET /api/orders/9 - 443 - 203.0.113.12 curl/8.4.0 - 500 0 0 998
"""  # noqa: E501

CLOUDFRONT = (
    "#Version: 1.0\n"
    "#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status "
    "cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type time-taken\n"
    "2024-11-15\t00:00:01\tFRA56-C1\t1045\t203.0.113.9\tGET\td1.cloudfront.net\t/img/logo.png\t"
    "200\t-\tMozilla/5.0%20(Windows)\t-\t-\tHit\t0.001\n"
)

FIREWALL = """\
#Version: 1.5
#Software: Microsoft Windows Firewall
#Time Format: Local
#Fields: date time action protocol src-ip dst-ip src-port dst-port size tcpflags tcpsyn tcpack tcpwin icmptype icmpcode info path
2024-11-15 08:01:02 DROP TCP 203.0.113.9 10.0.0.4 51234 3389 52 S 1234567 0 64240 - - - RECEIVE
"""  # noqa: E501


def _format(text: str):
    fmt = from_sample(text.splitlines())
    assert fmt is not None
    return fmt


def test_an_iis_request():
    lines = IIS.splitlines()
    f = _format(IIS).parse(lines[5])
    assert (f.timestamp, f.level, f.message, f.template, f.service, f.host) == (
        "2024-11-15T00:00:02Z",
        "error",
        "POST /api/orders 500",
        "POST /api/orders 500",
        "W3SVC1",
        "WEB01",
    )
    assert f.attributes == {
        "server_ip": "10.0.0.4",
        "method": "POST",
        "path": "/api/orders",
        "server_port": 443,
        "client_ip": "203.0.113.10",
        "user_agent": "curl/8.4.0",
        "status": 500,
        "sc_substatus": 0,
        "sc_win32_status": 0,
        "time_taken": 1204,
        "route": "/api/orders",
    }
    f = _format(IIS).parse(lines[6])
    assert (f.level, f.message, f.template) == (
        "warning",
        "GET /api/orders/17 404",
        "GET /api/orders/<*> 404",
    )
    assert _format(IIS).parse(lines[4]).message == "GET /api/orders?id=42 200"


HTTPERR = """\
#Software: Microsoft HTTP API 2.0
#Version: 1.0
#Date: 2024-06-04 00:03:17
#Fields: date time c-ip c-port s-ip s-port cs-version cs-method cs-uri streamid sc-status \
s-siteid s-reason s-queuename
2024-06-04 00:05:50 203.0.113.22 13043 10.0.0.4 443 - - - - - - Timer_ConnectionIdle -
2024-06-04 00:06:50 203.0.113.192 10211 10.0.0.4 443 HTTP/2.0 GET /Scripts/app.js 25 - 1 \
Connection_Dropped DefaultAppPool
2024-06-04 00:07:11 203.0.113.9 10213 10.0.0.4 443 HTTP/1.1 GET /api/orders/7 - 503 1 \
AppOffline DefaultAppPool
2024-06-04 00:07:12 203.0.113.9 10214 10.0.0.4 443 HTTP/1.1 POST /api/cart - 503 1 \
AppOffline DefaultAppPool
"""


def test_http_sys_error_lines_are_named_by_their_reason():
    """HTTP.sys's error log: a connection's or a request's failure is its reason (and status),
    whichever URL it was on; the reason was masked as a value, so a dropped connection and one
    the application pool abandoned were one group."""
    fmt = from_sample(HTTPERR.splitlines())
    rows = [fmt.parse(line) for line in HTTPERR.splitlines()[4:]]
    assert [(r.template, r.level) for r in rows] == [
        ("Timer_ConnectionIdle", None),
        ("Connection_Dropped", None),
        ("503 AppOffline", "error"),
        ("503 AppOffline", "error"),
    ]
    assert rows[2].message == "GET /api/orders/7 503 AppOffline"
    assert rows[2].attributes["path"] == "/api/orders/7"


def test_directives_are_debug_events():
    f = _format(IIS).parse("#Date: 2024-11-15 00:00:01")
    assert (f.timestamp, f.level, f.attributes) == (
        "2024-11-15T00:00:01Z",
        "debug",
        {"directive": "Date"},
    )


def test_cloudfront_fields_are_tab_separated():
    f = _format(CLOUDFRONT).parse(CLOUDFRONT.splitlines()[2])
    assert (f.timestamp, f.level, f.message) == (
        "2024-11-15T00:00:01Z",
        "info",
        "GET /img/logo.png 200",
    )
    assert f.attributes["x_edge_result_type"] == "Hit"
    assert f.attributes["cs_host"] == "d1.cloudfront.net"


def test_a_log_of_no_requests_keeps_its_values_as_message():
    f = _format(FIREWALL).parse(FIREWALL.splitlines()[4])
    assert (
        f.message == "DROP TCP 203.0.113.9 10.0.0.4 51234 3389 52 S 1234567 0 64240 - - - RECEIVE"
    )
    # A dropped packet is a warning, named by what the firewall did to which protocol which
    # way; the firewall's time is local (`#Time Format: Local`), so it has no zone and is
    # read in --tz.
    assert (f.level, f.template, f.attributes["dst_port"]) == ("warning", "DROP TCP RECEIVE", 3389)
    assert f.timestamp == "2024-11-15T08:01:02"
    allowed = FIREWALL.splitlines()[4].replace("DROP TCP", "ALLOW UDP").replace("RECEIVE", "SEND")
    assert _format(FIREWALL).parse(allowed).template == "ALLOW UDP SEND"


def test_a_windows_files_crlf_keeps_its_local_time():
    sample = FIREWALL.replace("\n", "\r\n").split("\n")  # as read, each line with its CR
    f = from_sample(sample).parse(sample[4].rstrip("\r"))
    assert f.timestamp == "2024-11-15T08:01:02"


def test_directives_with_words_in_their_name_are_directives():
    f = _format(FIREWALL).parse("#Time Format: Local")
    assert (f.level, f.attributes) == ("debug", {"directive": "Time Format"})
    # IIS and CloudFront write UTC and say nothing: their times keep their zone.
    assert _format(IIS).parse(IIS.splitlines()[4]).timestamp.endswith("Z")


def test_lines_of_another_layout_are_not_its():
    fmt = _format(IIS)
    assert fmt.parse("2024-11-15 00:00:01 W3SVC1 WEB01 GET /x") is None
    assert fmt.parse(IIS.splitlines()[4].replace("2024-11-15", "15/11/2024", 1)) is None
    # the shared instance knows no columns and claims no line, directives included
    assert FORMAT.parse(IIS.splitlines()[4]) is None
    assert FORMAT.parse("#Fields: date time") is None


def test_detection():
    detection = detect(IIS.splitlines())
    assert detection.name == "w3c"
    assert "17 columns" in detection.reason
    assert detect(FIREWALL.splitlines()).name == "w3c"
    # A log that quotes a directive is read as what its lines are.
    quoting = ["#Fields: date time cs-method"] + [
        f"2024-05-01 12:00:0{i},000 - app - INFO - request {i} done" for i in range(5)
    ]
    assert detect(quoting).name == "python"


def _events(db: Path) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "SELECT line, level, message, template, attributes FROM events ORDER BY line"
        ).fetchall()


def test_ingest_resumes_with_the_columns_of_the_files_start(tmp_path: Path):
    path, db = tmp_path / "u_ex241115.log", tmp_path / "s.duckdb"
    path.write_text(IIS)
    summary = ingest([str(path)], DuckDBStore(db), IngestOptions())
    assert (summary.events, summary.rejected) == (8, 0)
    assert [r[3] for r in _events(db)[5:]] == [
        "POST /api/orders 500",
        "GET /api/orders/<*> 404",
        "GET /api/orders/<*> 500",
    ]
    with path.open("a") as f:
        # A line cut short; IIS restarted with other columns.
        f.write("2024-11-15 00:00:05 W3SVC1 WEB01 10.0.0.4 GET\n")
        f.write("#Fields: date time cs-method cs-uri-stem sc-status\n")
        f.write("2024-11-15 00:01:00 GET /api/orders/3 503\n")
    again = ingest([str(path)], DuckDBStore(db), IngestOptions())
    assert again.sources[0].resumed_from > 0
    assert (again.events, again.rejected) == (2, 1)
    last = _events(db)[-1]
    assert last[:4] == (11, "error", "GET /api/orders/3 503", "GET /api/orders/<*> 503")


def test_a_layout_declared_past_the_start_is_quarantined_not_guessed(tmp_path: Path):
    requests = IIS.splitlines()[4:] * 300  # past the 64 KiB detection reads
    text = "\n".join([*IIS.splitlines()[:4], *requests, "#Fields: date time cs-method"])
    path = tmp_path / "u_ex241116.log"
    path.write_text(text + "\n2024-11-16 00:00:01 GET\n")
    summary = ingest([str(path)], DuckDBStore(tmp_path / "s.duckdb"), IngestOptions())
    assert (summary.events, summary.rejected) == (4 + len(requests) + 1, 1)


def test_forced_format_takes_the_files_columns(tmp_path: Path):
    path, db = tmp_path / "cf.log", tmp_path / "s.duckdb"
    path.write_text(CLOUDFRONT)
    summary = ingest([str(path)], DuckDBStore(db), IngestOptions(format="iis"))
    assert (summary.events, summary.rejected) == (3, 0)
    assert orjson.loads(_events(db)[-1][4])["status"] == 200
    assert get_format("iis") is FORMAT


ZEEK = (
    "#separator \\x09\n"
    "#set_separator\t,\n"
    "#empty_field\t(empty)\n"
    "#unset_field\t-\n"
    "#path\tconn\n"
    "#open\t2026-11-27-12-00-00\n"
    "#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tproto\tservice\tconn_state\n"
    "#types\ttime\tstring\taddr\tport\taddr\tport\tenum\tstring\tstring\n"
    "1795780800.250000\tCHhAvVGS1DHFjwGM9\t10.0.0.5\t51234\t93.184.216.34\t443\ttcp\tssl\tSF\n"
    "1795780801.000000\tCUM0KZ3MLUfNB0cl11\t10.0.0.7\t40000\t10.0.0.9\t22\ttcp\t-\tREJ\n"
    "#close\t2026-11-27-13-00-00\n"
)


def test_zeek_declares_its_columns_too():
    detection = detect(ZEEK.splitlines())
    assert (detection.name, detection.reason) == (
        "w3c",
        "a Zeek #fields directive names 9 columns; 100% of 2 sampled lines have them",
    )
    fmt = _format(ZEEK)
    f = fmt.parse(ZEEK.splitlines()[9])
    assert (f.timestamp, f.logger, f.level, f.message, f.template) == (
        "1795780801.000000",
        "conn",
        None,
        "conn tcp REJ",  # what happened: a connection refused, whoever made it
        "conn tcp REJ",
    )
    assert f.attributes == {
        "uid": "CUM0KZ3MLUfNB0cl11",
        "id_orig_h": "10.0.0.7",
        "id_orig_p": 40000,
        "id_resp_h": "10.0.0.9",
        "id_resp_p": 22,
        "proto": "tcp",
        "conn_state": "REJ",
    }
    close = fmt.parse("#close\t2026-11-27-13-00-00")
    assert (close.level, close.attributes) == ("debug", {"directive": "close"})
    assert fmt.parse("1795780801.0\tCUM0\t10.0.0.7") is None  # cut short


def test_zeek_ingest(tmp_path: Path):
    path, db = tmp_path / "conn.log", tmp_path / "s.duckdb"
    path.write_text(ZEEK)
    summary = ingest([str(path)], DuckDBStore(db), IngestOptions())
    assert (summary.events, summary.rejected) == (11, 0)
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT strftime(timestamp, '%Y-%m-%dT%H:%M:%S.%f'), logger FROM events"
            " WHERE level IS DISTINCT FROM 'debug' ORDER BY line"
        ).fetchall()
    assert rows == [("2026-11-27T12:00:00.250000", "conn"), ("2026-11-27T12:00:01.000000", "conn")]


def _zeek(path: str, fields: str, *records: str) -> list:
    """Zeek's log `path` with these columns, and the parsed records."""
    head = [
        "#separator \\x09",
        "#set_separator\t,",
        "#empty_field\t(empty)",
        "#unset_field\t-",
        f"#path\t{path}",
        "#open\t2026-11-27-12-00-00",
        "#fields\tts\t" + fields.replace(" ", "\t"),
    ]
    fmt = _format("\n".join(head) + "\n")
    return [fmt.parse("1795780801.000000\t" + r.replace(" ", "\t")) for r in records]


def test_zeek_records_are_named_by_what_happened():
    weird = _zeek(
        "weird",
        "uid id.orig_h id.orig_p id.resp_h id.resp_p name addl notice peer source",
        "CsMZ9HkTbkXYFRpr4D 10.1.0.5 48472 10.1.0.40 443 bad_TCP_checksum - F zeek TCP",
        "- 10.1.0.53 53 10.1.10.7 40000 dns_unmatched_reply - F zeek DNS",
    )
    assert [(f.template, f.level) for f in weird] == [
        ("weird bad_TCP_checksum", "warning"),
        ("weird dns_unmatched_reply", "warning"),
    ]
    dns = _zeek(
        "dns",
        "uid id.orig_h id.orig_p id.resp_h id.resp_p proto query qtype_name rcode_name",
        "Cx1 10.1.10.97 57135 10.1.0.53 53 udp shop.example.com A NOERROR",
        "Cx2 10.1.10.98 57136 10.1.0.53 53 udp api.example.com AAAA SERVFAIL",
    )
    assert [f.template for f in dns] == ["dns A NOERROR", "dns AAAA SERVFAIL"]
    assert dns[0].attributes["query"] == "shop.example.com"
    ssl = _zeek(
        "ssl",
        "uid id.orig_h id.orig_p id.resp_h id.resp_p version last_alert established"
        " validation_status",
        "Cx3 10.1.10.5 50000 140.82.121.4 443 TLSv13 - T -",
        "Cx4 10.1.10.5 50001 10.1.0.40 443 TLSv12 protocol_version F -",
    )
    assert [f.template for f in ssl] == ["ssl T -", "ssl F protocol_version"]
    (notice,) = _zeek(
        "notice",
        "uid note msg src",
        "- Scan::Port_Scan 10.1.0.9_scanned_at_least_15_unique_ports 10.1.0.9",
    )
    assert (notice.message, notice.template, notice.level) == (
        "Scan::Port_Scan 10.1.0.9_scanned_at_least_15_unique_ports",
        None,  # the note's words are mined, its values masked
        "warning",
    )
    (reporter,) = _zeek("reporter", "level message location", "Reporter::ERROR boom -")
    assert (reporter.message, reporter.level) == ("boom", "error")
    (http,) = _zeek(
        "http",
        "uid id.orig_h id.orig_p id.resp_h id.resp_p method host uri status_code",
        "Cx5 10.1.10.5 50002 93.184.216.34 80 GET ocsp.example.com /ocsp/MFQwUjBQ 200",
    )
    assert (http.template, http.level) == ("GET /ocsp/<*> 200", "info")
    (files,) = _zeek("files", "fuid mime_type", "F1 application/pdf")
    assert (files.message, files.template) == ("F1 application/pdf", None)  # not known: mined


VPC_FLOW = (
    "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes"
    " start end action log-status\n"
    "2 123456789012 eni-0a1b2c3d4e5f60718 10.0.1.5 10.0.2.9 49152 443 6 12 4200"
    " 1795780800 1795780860 ACCEPT OK\n"
    "2 123456789012 eni-0a1b2c3d4e5f60718 203.0.113.7 10.0.1.5 51515 22 6 3 180"
    " 1795780800 1795780860 REJECT OK\n"
    "2 123456789012 eni-0a1b2c3d4e5f60718 - - - - - - - 1795780860 1795780920 - NODATA\n"
)


def test_vpc_flow_logs_by_their_header_row_or_default_record():
    lines = VPC_FLOW.splitlines()
    detection = detect(lines)
    assert (detection.name, detection.reason) == (
        "w3c",
        "a VPC Flow Logs header row names 14 columns; 100% of 4 sampled lines have them",
    )
    fmt = _format(VPC_FLOW)
    header = fmt.parse(lines[0])
    assert (header.level, header.attributes) == ("debug", {"directive": "header"})
    reject = fmt.parse(lines[2])
    assert (reject.timestamp, reject.level) == ("1795780800", "warning")
    assert (reject.attributes["srcaddr"], reject.attributes["dstport"]) == ("203.0.113.7", 22)
    assert reject.attributes["action"] == "REJECT"
    assert "start" not in reject.attributes and reject.attributes["end"] == 1795780860
    assert fmt.parse(lines[1]).level is None
    assert fmt.parse(lines[3]).attributes["log_status"] == "NODATA"
    # CloudWatch Logs' records have no header row: the default record's columns are known.
    rows = detect(lines[1:])
    assert (rows.name, rows.reason.split(";")[0]) == (
        "w3c",
        "VPC Flow Logs' default record names 14 columns",
    )
    # A custom format's header names its own columns.
    custom = from_sample(["srcaddr dstaddr start action flow-direction"])
    assert custom.parse("10.0.0.1 10.0.0.2 1795780800 REJECT ingress").attributes == {
        "srcaddr": "10.0.0.1",
        "dstaddr": "10.0.0.2",
        "action": "REJECT",
        "flow_direction": "ingress",
    }
    # Other space-separated files are not VPC Flow Logs.
    assert from_sample(["start end of the run", "2 apples 3 pears"]) is None


EXCHANGE_FIELDS = (
    "date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,"
    "source,event-id,internal-message-id,message-id,network-message-id,recipient-address,"
    "recipient-status,total-bytes,recipient-count,related-recipient-address,reference,"
    "message-subject,sender-address,return-path,message-info,directionality,tenant-id,"
    "original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,"
    "schema-version"
)
# Exchange's message tracking log: a UTF-8 BOM, CRLF line ends, a CSV body under directives.
EXCHANGE = (
    "\ufeff"
    + "\r\n".join(
        [
            "#Software: Microsoft Exchange Server",
            "#Version: 15.02.1544.004",
            "#Log-type: Message Tracking Log",
            "#Date: 2024-06-07T00:00:04.975Z",
            f"#Fields: {EXCHANGE_FIELDS}",
            # 5: received over SMTP
            "2024-06-07T00:00:04.979Z,10.0.1.25,APP01.corp.example.com,10.0.0.21,EX01,"
            "08DC86A1B2C3D38A;2024-06-07T00:00:04.721Z;0,EX01\\Relay APP01,SMTP,RECEIVE,"
            "28458953790596,<8bad.6160@corp.example.com>,8cb8c1c9-3f9c-4abe-9544-0984019fcd09,"
            "reports@corp.example.com,,15732,1,,,Nightly batch report 00:00,"
            "app01@corp.example.com,app01@corp.example.com,08B:,Originating,,10.0.1.25,10.0.0.21,"
            "S:DeliveryPriority=Normal,Email,8cb8c1c9-3f9c-4abe-9544-0984019fcd09,15.02.1544.004",
            # 6: a transport agent's note
            "2024-06-07T00:00:05.076Z,,EX01,,,Malware Agent,,AGENT,AGENTINFO,28458953790596,"
            "<8bad.6160@corp.example.com>,8cb8c1c9-3f9c-4abe-9544-0984019fcd09,"
            "reports@corp.example.com,,15732,1,,,Nightly batch report 00:00,"
            "app01@corp.example.com,app01@corp.example.com,,Originating,,,,"
            "S:AMA=SUM|action=p|error=|atch=2,Email,8cb8c1c9-3f9c-4abe-9544-0984019fcd09,"
            "15.02.1544.004",
            # 7: sent on, its subject quoted for its comma (and its doubled quotes)
            "2024-06-07T00:00:05.420Z,10.0.0.21,EX01,10.0.0.22,EX02,"
            '"08DC86A1B2C3D38B;250 2.0.0 OK",'
            "EX01\\Default EX01,SMTP,SEND,28458953790597,<a1.77@corp.example.com>,"
            "5b2d9c1e-7f4a-4c3e-9a61-2f8e0d4b7c15,wrossi@corp.example.com,250 2.1.5 Recipient OK,"
            '84426,1,,,"Holiday schedule, June ""draft""",fyilmaz@corp.example.com,'
            "fyilmaz@corp.example.com,2024-06-07T00:00:03.820Z,Originating,,,,,Email,"
            "5b2d9c1e-7f4a-4c3e-9a61-2f8e0d4b7c15,15.02.1544.004",
            # 8, 9: two recipients not found, each its own mailbox
            "2024-06-07T01:46:03.180Z,,,,EX01,,,ROUTING,FAIL,28458953790600,<b2.1@partner.example>,"
            "0d57d1c6-7a5a-40b4-952b-02df849e80a9,nobody@corp.example.com,"
            "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found,5120,1,,,Invoice 4411,"
            "billing@partner.example,billing@partner.example,,Incoming,,,,,Email,"
            "0d57d1c6-7a5a-40b4-952b-02df849e80a9,15.02.1544.004",
            "2024-06-07T02:11:40.004Z,,,,EX01,,,ROUTING,FAIL,28458953790611,<c3.2@shop.example>,"
            "6e417779-cdc4-4e83-afc4-69e9042ea55b,gone@corp.example.com,"
            "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found,9001,1,,,Your order,"
            "orders@shop.example,orders@shop.example,,Incoming,,,,,Email,"
            "6e417779-cdc4-4e83-afc4-69e9042ea55b,15.02.1544.004",
            # 10: a delivery deferred, the next hop busy
            "2024-06-07T02:30:00.000Z,,,,EX01,,,SMTP,DEFER,28458953790620,<d4.3@corp.example.com>,"
            "7da35bac-fa54-4537-84a8-c9c81bfafc5e,ops@partner.example,"
            "451 4.4.0 Primary target IP address responded with: 421 4.3.2 Service not available,"
            "2048,1,,,Status,ops@corp.example.com,ops@corp.example.com,,Originating,,,,,Email,"
            "7da35bac-fa54-4537-84a8-c9c81bfafc5e,15.02.1544.004",
            # 11: delivered to a mailbox
            "2024-06-07T00:00:05.675Z,10.0.0.21,EX01.corp.example.com,,EX01,08DC86A1B2C3D38B,,"
            "STOREDRIVER,DELIVER,28458953790596,<8bad.6160@corp.example.com>,"
            "8cb8c1c9-3f9c-4abe-9544-0984019fcd09,wrossi@corp.example.com,,15732,1,,,"
            "Nightly batch report 00:00,app01@corp.example.com,app01@corp.example.com,,Originating,"
            ",,,,Email,8cb8c1c9-3f9c-4abe-9544-0984019fcd09,15.02.1544.004",
        ]
    )
    + "\r\n"
)


def _exchange_lines() -> list[str]:
    """EXCHANGE's lines as ingest reads them: the BOM dropped, each line without its CRLF."""
    return EXCHANGE.removeprefix("\ufeff").split("\r\n")[:-1]


def test_exchange_tracking_events_are_named_by_source_and_event():
    lines = _exchange_lines()
    fmt = _format("\n".join(lines))
    rows = [fmt.parse(line) for line in lines[5:]]
    assert [(r.message, r.template, r.level) for r in rows if r.template is not None] == [
        ("SMTP RECEIVE", "SMTP RECEIVE", "info"),
        ("AGENT AGENTINFO", "AGENT AGENTINFO", "info"),
        ("SMTP SEND", "SMTP SEND", "info"),  # (its `250` status is no failure's)
        ("STOREDRIVER DELIVER", "STOREDRIVER DELIVER", "info"),
    ]
    received = rows[0]
    assert received.timestamp == "2024-06-07T00:00:04.979Z"
    assert received.attributes["message_subject"] == "Nightly batch report 00:00"
    assert received.attributes["recipient_address"] == "reports@corp.example.com"
    assert received.attributes["connector_id"] == "EX01\\Relay APP01"
    assert (received.attributes["source"], received.attributes["event_id"]) == ("SMTP", "RECEIVE")
    assert received.attributes["total_bytes"] == 15732
    assert "recipient_status" not in received.attributes  # (empty: no value)
    assert "date_time" not in received.attributes  # (the time)


def test_exchange_quoted_values_keep_their_commas():
    sent = _format(EXCHANGE).parse(_exchange_lines()[7])
    assert sent.message == "SMTP SEND"
    assert sent.attributes["message_subject"] == 'Holiday schedule, June "draft"'
    assert sent.attributes["source_context"] == "08DC86A1B2C3D38B;250 2.0.0 OK"
    assert sent.attributes["recipient_status"] == "250 2.1.5 Recipient OK"
    assert sent.attributes["sender_address"] == "fyilmaz@corp.example.com"


def test_exchange_failures_say_why_and_are_mined():
    fmt = _format(EXCHANGE)
    lines = _exchange_lines()
    failed, again, deferred = (fmt.parse(line) for line in lines[8:11])
    assert (failed.message, failed.template, failed.level) == (
        "ROUTING FAIL 550 5.1.1 RESOLVER.ADR.RecipNotFound; not found",
        None,  # mined: the values in the reply masked, its words the group's
        "error",
    )
    assert again.message == failed.message
    assert failed.attributes["recipient_address"] == "nobody@corp.example.com"
    assert (deferred.level, deferred.template) == ("warning", None)
    assert deferred.message.startswith("SMTP DEFER 451 4.4.0 Primary target IP address")


def test_exchange_directives_are_debug_events_and_the_bom_is_no_matter():
    fmt = _format(EXCHANGE)
    date = fmt.parse("#Date: 2024-06-07T00:00:04.975Z")
    assert (date.level, date.timestamp) == ("debug", "2024-06-07T00:00:04.975Z")  # (one Z)
    with_bom = EXCHANGE.split("\r\n")  # the BOM kept on the first line, a CR on none
    assert from_sample(with_bom).layouts == fmt.layouts
    software = fmt.parse(with_bom[0])
    assert (software.level, software.attributes) == ("debug", {"directive": "Software"})


def test_exchange_rows_of_another_width_are_not_its():
    fmt = _format(EXCHANGE)
    row = _exchange_lines()[5]
    assert fmt.parse(row.rsplit(",", 3)[0]) is None  # cut short
    assert fmt.parse(row + ",extra") is None
    assert fmt.parse(row.replace("2024-06-07T00:00:04.979Z", "07/06/2024 00:00", 1)) is None
    assert fmt.parse('2024-06-07T00:00:05Z,"an open quote,' + "," * 28) is None


def test_exchange_ingest(tmp_path: Path):
    path, db = tmp_path / "MSGTRK2024060700-1.LOG", tmp_path / "s.duckdb"
    path.write_bytes(EXCHANGE.encode() + b"2024-06-07T03:00:00.000Z,EX01,cut short\r\n")
    summary = ingest([str(path)], DuckDBStore(db), IngestOptions())
    assert summary.sources[0].format == "w3c"
    assert (summary.events, summary.rejected) == (12, 1)
    events = _events(db)
    assert [e[1] for e in events[:5]] == ["debug"] * 5
    assert events[0][2] == "#Software: Microsoft Exchange Server"
    assert [e[3] for e in events[5:8]] == ["SMTP RECEIVE", "AGENT AGENTINFO", "SMTP SEND"]
    assert orjson.loads(events[7][4])["message_subject"] == 'Holiday schedule, June "draft"'
    # The two recipients not found are one group, whoever they were.
    assert events[8][3] == events[9][3]
    assert events[8][3].startswith("ROUTING FAIL 550 5.1.1 RESOLVER.ADR.RecipNotFound")
    assert events[8][1] == "error"
    with duckdb.connect(str(db), read_only=True) as con:
        (first,) = con.execute(
            "SELECT strftime(timestamp, '%Y-%m-%dT%H:%M:%S.%g') FROM events WHERE line = 6"
        ).fetchone()
    assert first == "2024-06-07T00:00:04.979"


SMTP_RECEIVE = "\r\n".join(
    [
        "#Software: Microsoft Exchange Server",
        "#Version: 15.02.1544.004",
        "#Log-type: SMTP Receive Protocol Log",
        "#Date: 2024-06-07T00:00:03.087Z",
        "#Fields: date-time,connector-id,session-id,sequence-number,local-endpoint,"
        "remote-endpoint,event,data,context",
        "2024-06-07T00:00:03.087Z,EX01\\Default Frontend EX01,08DC86A1B2C3D001,0,10.0.0.21:25,"
        "203.0.113.5:52414,+,,",
        "2024-06-07T00:00:03.088Z,EX01\\Default Frontend EX01,08DC86A1B2C3D001,1,10.0.0.21:25,"
        "203.0.113.5:52414,*,SMTPSubmit SMTPAcceptAnySender,Set Session Permissions",
        "2024-06-07T00:00:03.089Z,EX01\\Default Frontend EX01,08DC86A1B2C3D001,2,10.0.0.21:25,"
        '203.0.113.5:52414,>,"220 EX01.corp.example.com Microsoft ESMTP MAIL Service ready at '
        'Fri, 7 Jun 2024 00:00:03 +0000",',
        "2024-06-07T00:00:03.090Z,EX01\\Default Frontend EX01,08DC86A1B2C3D001,3,10.0.0.21:25,"
        "203.0.113.5:52414,<,EHLO mail.partner.example,",
        "2024-06-07T00:00:03.120Z,EX01\\Default Frontend EX01,08DC86A1B2C3D001,4,10.0.0.21:25,"
        "203.0.113.5:52414,-,,Local",
    ]
)


def test_exchange_protocol_log_lines_are_their_data():
    lines = SMTP_RECEIVE.split("\r\n")
    assert detect(lines).name == "w3c"
    fmt = _format(SMTP_RECEIVE)
    connect, permissions, banner, ehlo, disconnect = (fmt.parse(line) for line in lines[5:])
    assert (ehlo.message, ehlo.template, ehlo.timestamp) == (
        "EHLO mail.partner.example",
        None,  # mined: the host is a value
        "2024-06-07T00:00:03.090Z",
    )
    assert banner.message.startswith("220 EX01.corp.example.com Microsoft ESMTP MAIL Service")
    assert permissions.attributes["context"] == "Set Session Permissions"
    assert ehlo.attributes["session_id"] == "08DC86A1B2C3D001"
    assert ehlo.attributes["remote_endpoint"] == "203.0.113.5:52414"
    assert (connect.message, disconnect.message) == ("connect", "disconnect Local")


def test_other_comma_separated_fields_keep_their_values_as_message():
    sample = ["#Fields: date-time,component,outcome,detail", '2024-06-07T08:00:00Z,sync,ok,"a, b"']
    fmt = from_sample(sample)
    f = fmt.parse(sample[1])
    assert (f.message, f.template, f.timestamp) == ("sync ok a, b", None, "2024-06-07T08:00:00Z")
    assert f.attributes == {"component": "sync", "outcome": "ok", "detail": "a, b"}
    # Columns with blanks among commas are blank-separated, as before (and have no `time`).
    assert from_sample(["#Fields: date-time, component"]) is None
