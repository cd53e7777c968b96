"""Daemons' own layouts in a whole file: each record is an event of its own, with its time,
level and logger, rather than text of the record above it."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.stored import stored_events

INFLUXDB_18 = """\
ts=2023-03-21T10:00:00.000000Z lvl=info msg="InfluxDB starting" log_id=0gXyZ9Vl000 version=1.8.10
ts=2023-03-21T10:00:00.001234Z lvl=info msg="Opened service" log_id=0gXyZ9Vl000 service=subscriber
[httpd] 172.17.0.1 - - [21/Mar/2023:10:00:00 +0000] "POST /write?db=telegraf HTTP/1.1" 204 0 \
"-" "telegraf" 5c1e3b4a-c7cd-11ed-8001-0242ac110002 10513
[httpd] 172.17.0.5 - - [21/Mar/2023:10:00:13 +0000] "POST /write?db=missing HTTP/1.1" 404 45 \
"-" "telegraf" 63e1f1ab-c7cd-11ed-8004-0242ac110002 391
ts=2023-03-21T10:00:20.123456Z lvl=info msg="Compacting file" log_id=0gXyZ9Vl000 engine=tsm1
"""


def test_influxdb_requests_among_its_logfmt_lines(tmp_path: Path):
    """InfluxDB 1.x's HTTP service logs each request after `[httpd] `: a request of its own,
    not text of the logfmt line before it."""
    assert stored_events(tmp_path, INFLUXDB_18, "line, level, logger, message") == [
        (1, "info", None, "InfluxDB starting"),
        (2, "info", None, "Opened service"),
        (3, "info", "httpd", "POST /write?db=telegraf HTTP/1.1 204"),
        (4, "warning", "httpd", "POST /write?db=missing HTTP/1.1 404"),
        (5, "info", None, "Compacting file"),
    ]


UWSGI_DJANGO = """\
*** Starting uWSGI 2.0.21 (64bit) on [Tue Mar 21 10:00:00 2023] ***
compiled with version: 10.2.1 20210110 on 20 March 2023 09:12:44
detected number of CPU cores: 4
uwsgi socket 0 bound to TCP address :8000 fd 3
2023-03-21 10:00:01,204 INFO django.setup: settings loaded from app.settings
2023-03-21 10:00:01,377 WARNING app.cache: redis not reachable, using local memory cache
WSGI app 0 (mountpoint='') ready in 1 seconds on interpreter 0x5581c1c2e9c0 pid: 1 (default app)
spawned uWSGI master process (pid: 1)
spawned uWSGI worker 1 (pid: 12, cores: 1)
2023-03-21 10:00:06,002 ERROR django.request: Internal Server Error: /boom
Traceback (most recent call last):
  File "/app/views.py", line 12, in boom
    raise KeyError("id")
KeyError: 'id'
worker 1 buried after 1 seconds
2023-03-21 10:00:07,100 INFO app.jobs: loaded plugins:
  cleanup
  digest
"""


def test_an_undated_writers_lines_under_a_header_are_events_of_their_own(tmp_path: Path):
    """uWSGI's own lines before the Django log it serves show an undated writer: its lines
    under a Django record are events of their own, at that record's time, flagged; the
    record keeps its traceback and the list its message announced."""
    events = stored_events(
        tmp_path,
        UWSGI_DJANGO,
        "line, strftime(timestamp, '%H:%M:%S.%f'), timestamp_inferred, level, message, "
        "exception_type",
    )
    assert [e[0] for e in events] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 16]
    assert events[6:9] == [
        (7, "10:00:01.377000", True, None, events[6][4], None),
        (8, "10:00:01.377000", True, None, "spawned uWSGI master process (pid: 1)", None),
        (9, "10:00:01.377000", True, None, "spawned uWSGI worker 1 (pid: 12, cores: 1)", None),
    ]
    assert events[6][4].startswith("WSGI app 0 (mountpoint='') ready in 1 seconds")
    assert events[9][3:] == ("error", "Internal Server Error: /boom", "KeyError")
    assert events[10][1:] == (
        "10:00:06.002000",
        True,
        None,
        "worker 1 buried after 1 seconds",
        None,
    )
    assert events[11][4] == "loaded plugins:\n  cleanup\n  digest"


def test_a_log_that_opens_with_a_header_keeps_its_messages_over_lines(tmp_path: Path):
    """No undated lines at the file's start: a message that spans lines stays one event."""
    text = """\
2023-03-21 10:00:00,123 INFO app.sql: slow query
SELECT id FROM orders
WHERE status = 'new'
2023-03-21 10:00:01,123 INFO app.sql: done
"""
    assert stored_events(tmp_path, text, "line, message") == [
        (1, "slow query\nSELECT id FROM orders\nWHERE status = 'new'"),
        (4, "done"),
    ]


OSIXIA_OPENLDAP = """\
*** CONTAINER_LOG_LEVEL = 3 (info)
*** Search service in CONTAINER_SERVICE_DIR = /container/service :
*** link /container/service/slapd/startup.sh to /container/run/startup/slapd
*** Running /container/run/startup/slapd...
*** INFO   | 2023-03-21 10:00:00 | Start OpenLDAP...
*** WARNING | 2023-03-21 10:00:02 | Error: the config directory (/etc/ldap/slapd.d) is empty
*** INFO   | 2023-03-21 10:00:03 | First start is done...
*** Set environment for container process
*** Running /container/run/process/slapd/run...
64198020 @(#) $OpenLDAP: slapd 2.4.57+dfsg-3~bpo10+1 (Jan 30 2021 06:59:51) $
\tDebian OpenLDAP Maintainers <pkg-openldap-devel@lists.alioth.debian.org>
64198020 slapd starting
641980a5 conn=1000 fd=12 ACCEPT from IP=172.17.0.1:50412 (IP=0.0.0.0:389)
641980a5 conn=1000 op=0 RESULT tag=97 err=49 text=
"""


def test_osixia_openldap_container(tmp_path: Path):
    """osixia/openldap's output: its startup script's `*** LEVEL | time | message` lines (the
    level and time read), its other `*** ` lines events of their own, then slapd 2.4's debug
    output, each line with its hex time, its startup lines too (read so in a file that shows
    slapd's output: elsewhere a hex number before a word is as often a commit's hash)."""
    events = stored_events(
        tmp_path, OSIXIA_OPENLDAP, "line, strftime(timestamp, '%H:%M:%S'), level, message"
    )
    assert [e[0] for e in events] == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14]
    assert events[4:9] == [
        (5, "10:00:00", "info", "Start OpenLDAP..."),
        (6, "10:00:02", "warning", "Error: the config directory (/etc/ldap/slapd.d) is empty"),
        (7, "10:00:03", "info", "First start is done..."),
        (8, "10:00:03", None, "*** Set environment for container process"),
        (9, "10:00:03", None, "*** Running /container/run/process/slapd/run..."),
    ]
    assert events[9][1] == events[10][1] == "10:00:00"
    assert events[10][3] == "slapd starting"
    assert events[11][1:] == (
        "10:02:13",
        None,
        "conn=1000 fd=12 ACCEPT from IP=172.17.0.1:50412 (IP=0.0.0.0:389)",
    )


FREERADIUS = """\
Tue Mar 21 10:00:00 2023 : Info: Ready to process requests
(0) Received Access-Request Id 1 from 127.0.0.1:45000 to 127.0.0.1:1812 length 73
(0)   User-Name = "bob"
(0)   NAS-IP-Address = 127.0.1.1
(0) # Executing section authorize from file /etc/freeradius/3.0/sites-enabled/default
(0)   authorize {
(0)   } # authorize = ok
(0) Sent Access-Accept Id 1 from 127.0.0.1:1812 to 127.0.0.1:45000 length 0
(0) Finished request
Tue Mar 21 10:00:05 2023 : Auth: (1) Login incorrect: [alice/wrong] (from client localhost port 0)
(1) Received Access-Request Id 2 from 127.0.0.1:45001 to 127.0.0.1:1812 length 73
(1) ERROR: pap: Cleartext password does not match "known good" password
(1) Sent Access-Reject Id 2 from 127.0.0.1:1812 to 127.0.0.1:45001 length 20
Tue Mar 21 10:00:10 2023 : Info: Cleaning up request packet ID 2 with timestamp +10
"""


def test_freeradius_debug_lines_between_timed_lines(tmp_path: Path):
    """FreeRADIUS's debug lines between radius.log's timed ones: each unindented one an event
    at the time of the line before it, the request's number an attribute; the indented ones
    (a request's attributes, a section it runs) go on the line above."""
    events = stored_events(
        tmp_path,
        FREERADIUS,
        "line, strftime(timestamp, '%H:%M:%S'), timestamp_inferred, level, attributes->>'request'",
    )
    assert events == [
        (1, "10:00:00", False, "info", None),
        (2, "10:00:00", True, None, "0"),
        (5, "10:00:00", True, None, "0"),
        (8, "10:00:00", True, None, "0"),
        (9, "10:00:00", True, None, "0"),
        (10, "10:00:05", False, "info", None),
        (11, "10:00:05", True, None, "1"),
        (12, "10:00:05", True, "error", "1"),
        (13, "10:00:05", True, None, "1"),
        (14, "10:00:10", False, "info", None),
    ]


MINIO = """\
MinIO Object Storage Server
Copyright: 2015-2023 MinIO, Inc.
Version: RELEASE.2023-03-20T20-16-18Z (go1.19.7 linux/amd64)

API: http://172.17.0.2:9000  http://127.0.0.1:9000
Warning: The standard parity is set to 0. This can lead to data loss.

API: SYSTEM()
Time: 10:00:00 UTC 03/21/2023
DeploymentID: 6faeded5-5cf3-4133-8a37-07c5d500207c
Error: Drive /data: Unable to write to the backend (*errors.errorString)
       3: internal/logger/logger.go:258:logger.LogIf()
       2: cmd/xl-storage.go:296:cmd.newXLStorage()
       1: /usr/local/go/src/runtime/asm_amd64.s:1598:runtime.goexit()

API: PutObject(bucket=photos, object=2023/cat.jpg)
Time: 10:00:05 UTC 03/21/2023
DeploymentID: 6faeded5-5cf3-4133-8a37-07c5d500207c
RequestID: 174E6B3C8A3F6A21
RemoteHost: 172.17.0.1
UserAgent: MinIO (linux; amd64) minio-go/v7.0.49
Error: Storage resources are insufficient for the write operation (cmd.InsufficientWriteQuorum)
       2: internal/logger/logger.go:258:logger.LogIf()
       1: cmd/object-handlers.go:1921:cmd.objectAPIHandlers.PutObjectHandler()
"""


def test_minio_error_blocks_are_one_event_each(tmp_path: Path):
    """MinIO's error block (`API: ...`, its keys, `Error: ...`, its frames): one event, at its
    `Time:`, an error named by its message, its keys attributes, its frames parsed."""
    events = stored_events(
        tmp_path,
        MINIO,
        "line, strftime(timestamp, '%Y-%m-%d %H:%M:%S'), timestamp_inferred, level, message, "
        "exception_type, json_array_length(stack->'$[0].frames'), attributes->>'api', "
        "attributes->>'request_id'",
    )
    assert [e[0] for e in events] == [1, 2, 3, 5, 6, 8, 16]
    assert events[5:] == [
        (
            8,
            "2023-03-21 10:00:00",
            False,
            "error",
            "Drive /data: Unable to write to the backend",
            "*errors.errorString",
            3,
            "SYSTEM",
            None,
        ),
        (
            16,
            "2023-03-21 10:00:05",
            False,
            "error",
            "Storage resources are insufficient for the write operation",
            "cmd.InsufficientWriteQuorum",
            2,
            "PutObject",
            "174E6B3C8A3F6A21",
        ),
    ]


POSTGRES_CONTAINER = """\
The files belonging to this database system will be owned by user "postgres".
This user must also own the server process.
2023-03-21 10:00:00.010 UTC [48] LOG:  database system is ready to accept connections
2023-03-21 10:00:05.000 UTC [55] LOG:  statement: SELECT *
FROM orders
WHERE id = 1
2023-03-21 10:00:06.000 UTC [56] LOG:  checkpoint starting: time
"""


def test_a_statement_over_lines_stays_whole_beside_an_undated_writer(tmp_path: Path):
    """PostgreSQL logs a statement as the client sent it, over lines: under an undated writer
    (the image's entrypoint) its lines are still the record's."""
    events = stored_events(tmp_path, POSTGRES_CONTAINER, "line, message")
    assert events[3:] == [(4, "statement: SELECT *\nFROM orders\nWHERE id = 1"), (7, events[4][1])]
    assert [e[0] for e in events[:3]] == [1, 2, 3]


# nginx Unit's log with its Python application's prints between its lines: no line stands
# alone at the start, but one print comes under three different messages.
UNIT_WITH_PRINTS = """\
2024/06/04 06:00:03 [info] 2137#2137 "shop" application started
cache warmup: 841 products in 1.40s
2024/06/04 06:00:09 [warn] 2137#2137 payment provider slow for order 584061
2024/06/04 06:05:11 [notice] 2135#2135 app process 2138 exited with code 0
cache warmup: 3880 products in 3.11s
2024/06/04 06:05:12 [info] 2151#2151 "shop" application started
2024/06/04 06:06:54 [info] 2111#2114 *415 recv(55, 2048, 0x0) failed (104: Connection reset)
cache warmup: 1194 products in 0.87s
2024/06/04 06:07:00 [info] 2151#2151 "shop" application started
"""


def test_a_print_that_comes_under_several_messages_is_an_event_of_its_own(tmp_path: Path):
    events = stored_events(tmp_path, UNIT_WITH_PRINTS, "line, timestamp_inferred, message")
    assert [(e[0], e[1]) for e in events] == [
        (1, False),
        (2, True),
        (3, False),
        (4, False),
        (5, True),
        (6, False),
        (7, False),
        (8, True),
        (9, False),
    ]
    assert events[1][2] == "cache warmup: 841 products in 1.40s"


def test_a_list_wrapped_onto_a_line_of_its_own_stays_with_its_record(tmp_path: Path):
    """Seata's merged messages wrap their fields onto a second line that opens with the comma
    between two of them: no statement opens with a comma, so beside an undated writer's
    lines it still goes on the record above it."""
    wrapped = UNIT_WITH_PRINTS.replace(
        "payment provider slow for order 584061",
        "merged xid=10.0.1.31:8091:26123,branchType=AT\n,clientIp:10.0.1.21,vgroup:default_tx",
    )
    events = stored_events(tmp_path, wrapped, "line, message")
    assert [e[0] for e in events] == [1, 2, 3, 5, 6, 7, 8, 9, 10]
    assert events[2][1].endswith("branchType=AT\n,clientIp:10.0.1.21,vgroup:default_tx")


def test_a_print_after_a_python_warnings_source_line_is_its_own(tmp_path: Path):
    warned = UNIT_WITH_PRINTS.replace(
        "cache warmup: 3880",
        "/srv/shop/orders/models.py:88: DeprecationWarning: datetime.utcnow() is deprecated\n"
        "  created = datetime.utcnow()\n"
        "cache warmup: 3880",
    ) + (
        "2024/06/04 06:08:00 [warn] 2151#2151 upstream timed out\n"
        "cache warmup: 900 products in 1.00s\n"
        "2024/06/04 06:08:01 [info] 2151#2151 router started\n"
    )
    events = stored_events(tmp_path, warned, "line, message")
    assert [e[0] for e in events] == [1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12, 13, 14]
    assert events[4][1].endswith("is deprecated\n  created = datetime.utcnow()")
    assert events[5][1] == "cache warmup: 3880 products in 3.11s"


def test_a_print_after_a_read_python_warning_is_its_own(tmp_path: Path):
    """With Python's logging read too, the warning is a record: its source line goes on it,
    the print below does not."""
    text = (
        "WARNING:shop.payments:Payment provider timeout for order 584061 after 23.0s\n"
        "cache warmup: 841 products in 1.40s\n"
        "ERROR:shop.inventory:Inventory service returned 503 for sku SKU-41395\n"
        "cache warmup: 900 products in 1.00s\n"
        "WARNING:django.request:Not Found: /apple-touch-icon.png\n"
        "cache warmup: 1194 products in 0.87s\n"
        "WARNING:shop.payments:Payment provider timeout for order 782015 after 21.9s\n"
        "/srv/shop/orders/models.py:88: DeprecationWarning: datetime.utcnow() is deprecated\n"
        "  created = datetime.utcnow()\n"
        "cache warmup: 3880 products in 3.11s\n"
        "WARNING:shop.payments:Payment provider timeout for order 851567 after 18.5s\n"
    )
    events = stored_events(tmp_path, text, "line, message")
    assert [e[0] for e in events] == [1, 2, 3, 4, 5, 6, 7, 8, 10, 11]
    assert events[7][1] == "datetime.utcnow() is deprecated\n  created = datetime.utcnow()"


def test_a_messages_own_second_line_under_the_same_message_stays_with_it(tmp_path: Path):
    """The same second line under one message each time is that message's own."""
    text = """\
2023-03-21 10:00:00,123 WARNING app.sql: slow query
took 1200 ms
2023-03-21 10:00:01,123 INFO app.sql: done
2023-03-21 10:00:02,123 WARNING app.sql: slow query
took 900 ms
2023-03-21 10:00:03,123 WARNING app.sql: slow query
took 1500 ms
"""
    assert [e[0] for e in stored_events(tmp_path, text, "line")] == [1, 3, 4, 6]


def test_a_dump_over_many_lines_under_several_messages_stays_with_each(tmp_path: Path):
    """Zulip's unsupported-webhook log dumps each request under its warning: the same lines
    under different messages, but many of them, no one of them alone between two headers."""
    dump = (
        "user: bot@acme.example (acme)\nclient: ZulipGitHubWebhook\nurl: /api/v1/external/github\n"
    )
    text = "".join(
        f"2024-06-04 06:1{i}:49.458 WARN [zulip.webhooks] The '{event}' event isn't supported\n"
        + dump
        for i, event in enumerate(("deployment_status", "check_suite", "star", "fork"))
    )
    assert [e[0] for e in stored_events(tmp_path, text, "line")] == [1, 5, 9, 13]


UWSGI_RESTART = """\
2023-03-21 10:00:01,204 INFO django.setup: settings loaded from app.settings
2023-03-21 10:05:00,377 WARNING app.cache: redis not reachable, using local memory cache
*** Starting uWSGI 2.0.21 (64bit) on [Tue Mar 21 10:05:01 2023] ***
compiled with version: 10.2.1 20210110 on 20 March 2023 09:12:44
detected number of CPU cores: 4
spawned uWSGI worker 1 (pid: 12, cores: 1)
2023-03-21 10:05:02,002 INFO django.setup: settings loaded from app.settings
"""


def test_a_restart_banner_starts_the_undated_writers_lines(tmp_path: Path):
    """uWSGI restarting under the Django log it serves, in a file that opens with Django's
    lines: its banner is no Django message's next line, and the lines after it are its own."""
    events = stored_events(
        tmp_path, UWSGI_RESTART, "line, strftime(timestamp, '%H:%M:%S'), timestamp_inferred"
    )
    assert events == [
        (1, "10:00:01", False),
        (2, "10:05:00", False),
        (3, "10:05:00", True),
        (4, "10:05:00", True),
        (5, "10:05:00", True),
        (6, "10:05:00", True),
        (7, "10:05:02", False),
    ]


NATS_SERVER = """\
[1] 2024/05/01 10:00:00.123456 [INF] Starting nats-server
[1] 2024/05/01 10:00:00.123501 [INF]   Version:  2.10.14
[1] 2024/05/01 10:00:00.123530 [INF]   Git:      [31ea8f4]
[1] 2024/05/01 10:00:00.125100 [INF] Listening for client connections on 0.0.0.0:4222
[1] 2024/05/01 10:00:01.000410 [DBG] 10.42.0.7:46022 - cid:5 - Client connection created
[1] 2024/05/01 10:00:03.000000 [ERR] 10.42.1.8:6222 - rid:12 - Error trying to connect to \
route: dial tcp 10.42.1.8:6222: i/o timeout
[1] 2024/05/01 10:00:04.500000 [WRN] 10.42.0.7:46022 - cid:5 - Readloop processing time: 2.1s
"""


def test_nats_server_log(tmp_path: Path):
    """NATS server's `[pid] time [LVL] message`: every line an event at its level, the pid an
    attribute, the message without the header."""
    events = stored_events(
        tmp_path, NATS_SERVER, "line, format, level, message, attributes->>'$.pid'"
    )
    assert [e[:3] for e in events] == [
        (1, "generic", "info"),
        (2, "generic", "info"),
        (3, "generic", "info"),
        (4, "generic", "info"),
        (5, "generic", "debug"),
        (6, "generic", "error"),
        (7, "generic", "warning"),
    ]
    assert events[1][3] == "Version:  2.10.14"
    assert events[5][3].startswith("10.42.1.8:6222 - rid:12 - Error trying to connect")
    assert {e[4] for e in events} == {"1"}


PACEMAKER_DETAIL = """\
May 01 10:00:00.101 node1 pacemaker-controld  [1731] (do_state_transition) \tnotice: State \
transition S_IDLE -> S_POLICY_ENGINE | input=I_PE_CALC cause=C_FSA_INTERNAL origin=abort_transition
May 01 10:00:00.140 node1 pacemaker-schedulerd[1730] (unpack_config) \tnotice: On loss of \
quorum: Ignore
May 01 10:00:00.141 node1 pacemaker-schedulerd[1730] (pe_fence_node) \twarning: Cluster node \
node2 will be fenced: peer is no longer part of the cluster
May 01 10:00:00.150 node1 pacemaker-based     [1726] (cib_perform_op) \tinfo: Diff: --- 0.34.1 2
May 01 10:00:00.150 node1 pacemaker-based     [1726] (cib_perform_op) \tinfo: +  /cib:  \
@num_updates=2
May 01 10:00:02.000 node1 pacemaker-execd     [1728] (log_finished) \terror: web monitor \
(call 42, PID 4412) exited with status 7 (execution time 12ms)
"""

COROSYNC = """\
May 01 09:59:58.204 [1150] node1 corosync notice  [TOTEM ] Token has not been received in \
3000 ms
May 01 09:59:58.204 [1150] node1 corosync notice  [TOTEM ] A processor failed, forming new \
configuration: token timed out (3000ms), waiting 3600ms for consensus.
May 01 10:00:00.001 [1150] node1 corosync notice  [QUORUM] Sync members[1]: 1
May 01 10:00:00.001 [1150] node1 corosync info    [KNET  ] link: host: 2 link: 0 is down
May 01 10:00:00.002 [1150] node1 corosync warning [KNET  ] host: host: 2 has no active links
"""


def test_a_pacemaker_clusters_logs(tmp_path: Path):
    """Pacemaker's detail log (libqb's padded tag) and Corosync's log file (libqb's logsys
    layout): the daemon is the service, the priority the level (a processor failing is
    Corosync's notice, not an error), the host read."""
    events = stored_events(
        tmp_path, PACEMAKER_DETAIL, "line, host, service, level, message, attributes"
    )
    assert [e[1:4] for e in events] == [
        ("node1", "pacemaker-controld", "info"),
        ("node1", "pacemaker-schedulerd", "info"),
        ("node1", "pacemaker-schedulerd", "warning"),
        ("node1", "pacemaker-based", "info"),
        ("node1", "pacemaker-based", "info"),
        ("node1", "pacemaker-execd", "error"),
    ]
    assert events[1][4] == "On loss of quorum: Ignore"
    assert '"function":"pe_fence_node"' in events[2][5]
    (tmp_path / "corosync").mkdir()
    events = stored_events(tmp_path / "corosync", COROSYNC, "line, host, service, level, message")
    assert [e[1:4] for e in events] == [
        ("node1", "corosync", "info"),
        ("node1", "corosync", "info"),
        ("node1", "corosync", "info"),
        ("node1", "corosync", "info"),
        ("node1", "corosync", "warning"),
    ]
    assert events[1][4].startswith("A processor failed, forming new configuration")


def _ray_driver(epochs: int) -> str:
    """A Ray job's driver log: Ray's own logging lines, then the script's prints."""
    head = (
        "2024-06-04 06:12:05,556\tINFO worker.py:1432 -- Using address 10.0.1.11:6379 set in "
        "the environment variable RAY_ADDRESS\n"
        "2024-06-04 06:12:05,836\tINFO worker.py:1743 -- Connected to Ray cluster. View the "
        "dashboard at 10.0.1.11:8265\n"
    )
    prints = "".join(
        f"[epoch {n}] loss={1.5 / n:.4f} val_acc={0.6 + n / 100:.3f}\n"
        for n in range(1, epochs + 1)
    )
    return head + prints


def test_a_scripts_prints_in_a_loop_under_its_frameworks_lines_are_events(tmp_path: Path):
    """Eight bare lines of one shape in a row under a header are a writer of undated lines,
    each an event, not the header's message."""
    events = stored_events(tmp_path, _ray_driver(12), "line, timestamp_inferred, message")
    assert [e[0] for e in events] == list(range(1, 15))
    assert events[1][2].endswith("dashboard at 10.0.1.11:8265")
    assert events[2][1:] == (True, "[epoch 1] loss=1.5000 val_acc=0.610")


def test_a_few_bare_lines_under_a_header_stay_its_message(tmp_path: Path):
    # Fewer than eight in a row: no evidence, the header's message spans them as before.
    events = stored_events(tmp_path, _ray_driver(5), "line, message")
    assert [e[0] for e in events] == [1, 2]
    assert events[1][1].endswith("[epoch 5] loss=0.3000 val_acc=0.650")


def _streamlit(queries: int) -> str:
    """A Streamlit app's output: Streamlit's stamped lines (no level), the app's two prints
    for each query, Tornado's bare request line under a missing file's warning."""
    head = (
        "2024-06-04 06:06:50.962 Thread 'MainThread': missing ScriptRunContext! This warning "
        "can be ignored when running in bare mode.\n"
    )
    prints = "".join(
        f"cache miss: load_sales('east', '2024-0{n}')\nLoaded {7000 + n} rows from sales.orders"
        f" in 0.{n}1s\n"
        for n in range(1, queries + 1)
    )
    missing = (
        "2024-06-04 06:11:57.581 MediaFileHandler: Missing file d35875cc7c59.jpg\n"
        "404 GET /media/d35875cc7c59.jpg (10.0.4.35) 1.40ms\n"
    )
    return head + prints + missing


def test_a_loops_prints_of_two_statements_each_round_are_events(tmp_path: Path):
    """Two bare statements that repeat in turn, four rounds of them under a header, are a
    loop's prints: each line an event. Tornado's request line is a request of its own."""
    events = stored_events(tmp_path, _streamlit(4), "line, level, message")
    assert [e[0] for e in events] == list(range(1, 12))
    assert events[1][2] == "cache miss: load_sales('east', '2024-01')"
    assert events[2][2] == "Loaded 7001 rows from sales.orders in 0.11s"
    assert events[9][2] == "MediaFileHandler: Missing file d35875cc7c59.jpg"
    assert events[10][1:] == ("warning", "404 GET /media/d35875cc7c59.jpg (10.0.4.35) 1.40ms")


def test_two_statements_that_do_not_come_round_three_times_stay_the_headers(tmp_path: Path):
    # Two rounds and a half: no loop shown, the header's message spans the lines as before.
    text = _streamlit(2).split("2024-06-04 06:11:57")[0] + "cache miss: load_sales('x', 'y')\n"
    events = stored_events(tmp_path, text, "line")
    assert events == [(1,)]


def test_a_list_its_message_announces_stays_on_it_beside_a_loops_prints(tmp_path: Path):
    listed = "2024-06-04 06:12:06,001\tINFO worker.py:1800 -- Loaded plugins:\n" + "".join(
        f"plugin-{n} 1.{n}\n" for n in range(9)
    )
    events = stored_events(tmp_path, _ray_driver(9) + listed, "line, message")
    assert [e[0] for e in events] == list(range(1, 13))
    assert events[-1][1].endswith(
        "Loaded plugins:\n" + "\n".join(f"plugin-{n} 1.{n}" for n in range(9))
    )


VLLM_LOAD = """\
INFO 06-04 06:00:14 selector.py:135] Using Flash Attention backend.
INFO 06-04 06:00:15 weight_utils.py:243] Using model weights format ['*.safetensors']
Loading safetensors checkpoint shards:   0% Completed | 0/2 [00:00<?, ?it/s]
Loading safetensors checkpoint shards:  50% Completed | 1/2 [00:01<00:01, 1.67s/it]
Loading safetensors checkpoint shards: 100% Completed | 2/2 [00:03<00:00, 1.58s/it]
INFO 06-04 06:00:23 model_runner.py:1067] Loading model weights took 14.9888 GB
ERROR 06-04 06:00:24 engine.py:160] Engine failed:
  CUDA out of memory
"""


def test_a_progress_bar_s_lines_are_no_message_s_lines(tmp_path: Path):
    """tqdm's lines between vLLM's log lines (however few) are a writer of undated lines:
    events of their own, not text of the message above them, whose group they would split;
    a message's own lines below it still go on it."""
    events = stored_events(tmp_path, VLLM_LOAD, "line, level, message")
    assert [e[0] for e in events] == [1, 2, 3, 4, 5, 6, 7]
    assert events[1][2] == "Using model weights format ['*.safetensors']"
    assert events[2][2].startswith("Loading safetensors checkpoint shards:   0% Completed")
    assert events[6][1:] == ("error", "Engine failed:\n  CUDA out of memory")


# dbt's file log: each query's SQL over lines under `On <node>: /* {...} */`, the node a name.
DBT_QUERIES = "".join(
    f'06:00:02.{n:06d} [debug] [Thread-{n} (]: On model.shop.{node}: /* {{"app": "dbt"}} */\n'
    f"select count(*) from {node}\n"
    f"06:00:03.{n:06d} [debug] [Thread-{n} (]: SQL status: SELECT 1 in 0.0 seconds\n"
    for n, node in enumerate(("stg_orders", "stg_customers", "fct_orders", "dim_products"), 1)
)


def test_a_query_under_headers_that_name_different_nodes_stays_with_its_header(tmp_path: Path):
    """The SQL comes under four messages, but they are one statement about four nodes: the
    lines are the messages', no undated writer's. dbt's thread is an attribute."""
    events = stored_events(tmp_path, DBT_QUERIES, "line, attributes->>'thread', message")
    assert [line for line, _, _ in events] == [1, 3, 4, 6, 7, 9, 10, 12]
    _, thread, message = events[0]
    assert thread == "Thread-1 ("
    assert (
        message == 'On model.shop.stg_orders: /* {"app": "dbt"} */\nselect count(*) from stg_orders'
    )


def test_serilog_source_context_above_its_message_and_json(tmp_path: Path):
    # Duende IdentityServer's console template: `[{Timestamp:HH:mm:ss} {Level}]
    # {SourceContext}{NewLine}{Message:lj}{NewLine}{Exception}`, a blank line after each; its
    # events' message is a JSON object (no time, no level: the header's).
    event = (
        "[11:06:5{s} Information] Duende.IdentityServer.Events.DefaultEventService\n"
        '{{"ClientId": "job-{s}", "Name": "Client Authentication Success",'
        ' "TimeStamp": "2024-06-07T11:06:5{s}.5521060Z",'
        ' "$type": "ClientAuthenticationSuccessEvent"}}\n'
        "\n"
    )
    text = (
        "[11:05:16 Information] Duende.IdentityServer.Startup\n"
        "Starting Duende IdentityServer version 7.0.5 (.NET 8.0.6)\n"
        "\n"
        + "".join(event.format(s=s) for s in range(4))
        + "[11:07:52 Warning] Duende.IdentityServer.Validation.TokenRequestValidator\n"
        "Invalid refresh token\n"
        "\n"
    )
    events = stored_events(tmp_path, text, "line, level, logger, message")
    name = "DefaultEventService"
    assert [e[:3] for e in events] == [
        (1, "info", "Duende.IdentityServer.Startup"),
        *[(4 + 3 * s, "info", f"Duende.IdentityServer.Events.{name}") for s in range(4)],
        (16, "warning", "Duende.IdentityServer.Validation.TokenRequestValidator"),
    ]
    assert events[0][3] == "Starting Duende IdentityServer version 7.0.5 (.NET 8.0.6)"
    assert events[2][3].startswith('{"ClientId": "job-1"')
    assert events[5][3] == "Invalid refresh token"


# Mopidy's layout writes the message on the line under its header, indented; an exception's
# traceback follows it.
MOPIDY = """\
INFO     2024-06-07 06:00:11,750 [1:MpdSession-1894 (_actor_loop)] mopidy_mpd.session
  New MPD connection from [::ffff:192.168.1.10]:46052
ERROR    2024-06-07 09:31:52,827 [1:Core-7 (_actor_loop)] mopidy.core.library
  JellyfinBackend backend caused an exception.
Traceback (most recent call last):
  File "/usr/lib/python3/dist-packages/mopidy/core/library.py", line 19, in _backend_error_handling
    yield
ConnectionError: HTTPConnectionPool(host='jellyfin.lan', port=8096): Max retries exceeded
"""


def test_a_message_under_its_header_stays_the_message_above_a_traceback(tmp_path: Path):
    events = stored_events(tmp_path, MOPIDY, "line, message, exception_type")
    assert events[0][1].endswith("\n  New MPD connection from [::ffff:192.168.1.10]:46052")
    line, message, exception = events[1]
    assert (line, exception) == (3, "ConnectionError")
    assert message.endswith("mopidy.core.library\n  JellyfinBackend backend caused an exception.")


# Joomla's log file: comment lines before its first record (an undated writer's evidence), then
# a record whose PHP stack goes on over numbered frames at column 0.
JOOMLA = """\
#
#<?php die('Forbidden.'); ?>
#Date: 2024-06-07 06:01:56 UTC
#Software: Joomla! 4.4.4 Stable [ Pamoja ] 16-April-2024 16:00 GMT

#Fields: datetime\tpriority clientip\tcategory\tmessage
2024-06-07T06:01:56+00:00\tCRITICAL 203.0.113.241\terror\tUncaught Throwable. Stack trace: \
#0 /var/www/libraries/src/Application/SiteApplication.php(766): Router->parse(Object(Uri), true)
#1 /var/www/libraries/src/Application/SiteApplication.php(243): SiteApplication->route()
#2 /var/www/index.php(32): require_once('/var/www/events...')
#3 {main}
2024-06-07T06:02:10+00:00\tCRITICAL 203.0.113.9\terror\tPage not found
"""


def test_php_frames_at_column_0_stay_with_their_record_beside_an_undated_writer(tmp_path: Path):
    events = stored_events(tmp_path, JOOMLA, "line, level")
    # (The record's first frame is on its own line: `Stack trace: #0 ...`.)
    assert [e for e in events if e[1] is not None] == [(7, "critical"), (11, "critical")]
    assert not any(line in (8, 9, 10) for line, _ in events)


CELERY_BARE_EXCEPTIONS = """\
[2024-06-07 06:01:40,760: INFO/MainProcess] Task app.broadcast[e22c] received
Failed to send broadcast to https://a.example/inbox: Unauthorized
NoneType: None
Trying again with legacy keyId header value
[2024-06-07 06:01:41,244: INFO/ForkPoolWorker-3] Task app.broadcast[e22c] succeeded in 0.4s: None
[2024-06-07 06:02:11,624: INFO/MainProcess] Task app.broadcast[6c9d] received
Failed to send broadcast to https://b.example/inbox: Bad Gateway
NoneType: None
Trying again with legacy keyId header value
[2024-06-07 06:02:12,001: ERROR/ForkPoolWorker-2] Failed to send broadcast to https://b.example/inbox
NoneType: None
Stack (most recent call last):
  File "/app/tasks.py", line 40, in broadcast
    logger.exception("Failed to send broadcast to %s", url, stack_info=True)
[2024-06-07 06:02:13,001: INFO/ForkPoolWorker-2] Task app.broadcast[6c9d] succeeded in 1.4s: None
"""


def test_a_record_that_no_exception_ended_is_followed_by_another(tmp_path: Path):
    """`logger.exception` with no exception in hand ends its record with `NoneType: None`: a
    bare line below it is another record (a library's logger with no formatter beside
    Celery's), and two such show a writer of undated lines, whose first line under a header
    is its own event too. The line itself says nothing of the message (no trace either); the
    record's `stack_info` below it stays the record's."""
    events = stored_events(
        tmp_path,
        CELERY_BARE_EXCEPTIONS,
        "line, message, exception_type, json_extract_string(attributes, '$.exception_text')",
    )
    assert [(line, message) for line, message, _, _ in events] == [
        (1, "Task app.broadcast[e22c] received"),
        (2, "Failed to send broadcast to https://a.example/inbox: Unauthorized"),
        (4, "Trying again with legacy keyId header value"),
        (5, "Task app.broadcast[e22c] succeeded in 0.4s: None"),
        (6, "Task app.broadcast[6c9d] received"),
        (7, "Failed to send broadcast to https://b.example/inbox: Bad Gateway"),
        (9, "Trying again with legacy keyId header value"),
        (10, "Failed to send broadcast to https://b.example/inbox"),
        (15, "Task app.broadcast[6c9d] succeeded in 1.4s: None"),
    ]
    assert all(exception_type is None for _, _, exception_type, _ in events)
    assert [line for line, _, _, text in events if text is not None] == [10]
    assert events[7][3].startswith("Stack (most recent call last):\n  File ")
