from datetime import UTC, datetime

import duckdb
import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.pylogging import FORMAT, PythonLoggingFormat
from errctl.formats.timestamps import parse_timestamp
from errctl.ingest.pipeline import IngestOptions, ingest
from errctl.store.duckdb_store import DuckDBStore
from tests.ingest.stored import stored_events


@pytest.mark.parametrize(
    ("line", "ts", "level", "logger", "message"),
    [
        (
            "2024-11-27 14:29:30,452 - etl.transform - WARNING - Skipped 22 malformed rows",
            "2024-11-27 14:29:30,452",
            "WARNING",
            "etl.transform",
            "Skipped 22 malformed rows",
        ),
        (
            "2024-01-01 12:00:00,123 INFO myapp.db: connected to db:5432",
            "2024-01-01 12:00:00,123",
            "INFO",
            "myapp.db",
            "connected to db:5432",
        ),
        (
            "2024-01-01 12:00:00,123 [ERROR] myapp.db: failed",
            "2024-01-01 12:00:00,123",
            "ERROR",
            "myapp.db",
            "failed",
        ),
        (
            "2024-01-01T12:00:00.123+0000 - root - CRITICAL - out of memory",
            "2024-01-01T12:00:00.123+0000",
            "CRITICAL",
            "root",
            "out of memory",
        ),
        ("ERROR:root:something bad", None, "ERROR", "root", "something bad"),
        (
            "WARNING:urllib3.connectionpool:Retrying (Retry(total=2)): /x",
            None,
            "WARNING",
            "urllib3.connectionpool",
            "Retrying (Retry(total=2)): /x",
        ),
        ("DEBUG::empty logger name", None, "DEBUG", None, "empty logger name"),
        (  # certbot's: basicConfig's layout behind a time
            "2024-11-29 10:00:01,456:ERROR:certbot._internal.log:Some challenges have failed.",
            "2024-11-29 10:00:01,456",
            "ERROR",
            "certbot._internal.log",
            "Some challenges have failed.",
        ),
        (  # fail2ban's: the logger padded, the pid, then the level padded
            "2024-11-29 10:00:02,789 fail2ban.actions        [1234]: NOTICE  [sshd] Ban 1.2.3.4",
            "2024-11-29 10:00:02,789",
            "NOTICE",
            "fail2ban.actions",
            "[sshd] Ban 1.2.3.4",
        ),
        (  # fail2ban 0.8's: the logger padded to 15, no pid, the level padded to 6
            "2013-05-07 22:14:09,118 fail2ban.jail   : INFO   Jail 'ssh-iptables' started",
            "2013-05-07 22:14:09,118",
            "INFO",
            "fail2ban.jail",
            "Jail 'ssh-iptables' started",
        ),
        (  # a name longer than the padding
            "2013-05-07 22:14:10,003 fail2ban.actions.action: ERROR  iptables -N fail2ban-ssh "
            "returned 100",
            "2013-05-07 22:14:10,003",
            "ERROR",
            "fail2ban.actions.action",
            "iptables -N fail2ban-ssh returned 100",
        ),
        (  # Barman's `%(asctime)s [%(process)s] %(name)s %(levelname)s: %(message)s`
            "2024-06-04 00:00:01,846 [418247] barman.wal_archiver INFO: No xlog segments found",
            "2024-06-04 00:00:01,846",
            "INFO",
            "barman.wal_archiver",
            "No xlog segments found",
        ),
        (  # `%(asctime)s %(levelname)s [%(name)s] %(message)s`
            "2024-11-29 10:00:01,456 ERROR [app.http] request failed: timeout",
            "2024-11-29 10:00:01,456",
            "ERROR",
            "app.http",
            "request failed: timeout",
        ),
        (  # the same with the level padded (`%(levelname)-8s`)
            "2024-11-29 10:00:01,456 INFO     [app.db] pool ready",
            "2024-11-29 10:00:01,456",
            "INFO",
            "app.db",
            "pool ready",
        ),
        (  # Scrapy's default: the logger in brackets, then the level and a colon
            "2024-05-01 12:00:00 [scrapy.core.engine] INFO: Spider opened",
            "2024-05-01 12:00:00",
            "INFO",
            "scrapy.core.engine",
            "Spider opened",
        ),
        (  # cloud-init's: the file and its level in brackets (no logger)
            "2024-11-29 10:00:01,456 - url_helper.py[WARNING]: Calling the metadata service failed",
            "2024-11-29 10:00:01,456",
            "WARNING",
            None,
            "Calling the metadata service failed",
        ),
    ],
)
def test_layouts(line, ts, level, logger, message):
    f = FORMAT.parse(line)
    assert f is not None
    assert (f.timestamp, f.level, f.logger, f.message) == (ts, level, logger, message)


@pytest.mark.parametrize(
    ("line", "logger", "message"),
    [
        (
            "2020-02-03T09:12:44.105+0100 [INFO]  nomad: cluster leadership acquired",
            "nomad",
            "cluster leadership acquired",
        ),
        # Raft on Go's log inside hclog: the subsystem joins the logger's name.
        (
            "2020-02-03T09:12:43.870+0100 [WARN]  nomad: raft: Election timeout reached, "
            "restarting election",
            "nomad.raft",
            "Election timeout reached, restarting election",
        ),
        (
            "2023-05-18T11:40:02.311Z [INFO]  client.driver_mgr: starting driver fingerprint: "
            "driver=docker",
            "client.driver_mgr",
            "starting driver fingerprint: driver=docker",
        ),
        # hclog's own `message: key=value` (a one-word message, then the record's fields).
        (
            "2023-05-18T11:40:02.311Z [INFO]  agent: starting: version=1.2.3",
            "agent",
            "starting: version=1.2.3",
        ),
        # Not hclog's time: a Python record's message keeps its words.
        (
            "2020-02-03 09:12:44,105 [INFO] app.sync: retry: 3 left",
            "app.sync",
            "retry: 3 left",
        ),
    ],
)
def test_hclog_lines_and_their_wrapped_subsystems(line, logger, message):
    f = FORMAT.parse(line)
    assert (f.timestamp, f.logger, f.message) == (line[: line.index(" [")], logger, message)


def test_a_pid_in_brackets_before_the_level_is_no_logger():
    """PostgreSQL's `time [pid] ERROR:  msg` is postgres's, not Scrapy's `[name] LEVEL: msg`."""
    assert FORMAT.parse("2024-05-01 12:00:01.200 UTC [1234] ERROR:  duplicate key") is None


def test_jetty_stderr_log_is_left_to_the_java_format():
    """Jetty's `time.millis:LEVEL:logger:thread: msg`, basicConfig's shape with a full stop
    before the milliseconds: read here, the thread was the message's first word."""
    assert FORMAT.parse("2024-05-01 12:00:00.123:INFO:oejs.Server:main: jetty-9.4.51") is None
    assert FORMAT.parse("2024-05-01 12:00:00,123:INFO:certbot:Renewing").message == "Renewing"


def test_basic_layout_after_the_time_with_a_dash_before_the_message():
    """Unmanic's `%(asctime)s:%(levelname)s:%(name)s - %(message)s`: no format read it, and
    the file was raw, every event at the file's time and with no level."""
    f = FORMAT.parse("2024-06-07T06:00:40:INFO:Unmanic.Worker - Picked up job - /tv/a.mkv")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2024-06-07T06:00:40",
        "INFO",
        "Unmanic.Worker",
        "Picked up job - /tv/a.mkv",
    )


def test_host_time_and_level_each_in_brackets():
    """Pritunl's `[%(host)s][%(asctime)s][%(levelname)s] %(message)s`: read as raw, its
    traceback swallowed the records after it."""
    f = FORMAT.parse("[silent-harbor-2831][2024-06-07 06:00:56,622][INFO] Bypass secondary")
    assert (f.host, f.timestamp, f.level, f.message) == (
        "silent-harbor-2831",
        "2024-06-07 06:00:56,622",
        "INFO",
        "Bypass secondary",
    )


def test_function_and_line_in_quotes_around_the_message():
    """Mayan EDMS's `... <%(process)d> [%(levelname)s] "%(funcName)s() line %(lineno)d
    %(message)s"`: read as text, the quoted span was one masked value, eight statements one
    template."""
    f = FORMAT.parse(
        '2024-06-07 10:46:45,735 mayan.apps.documents.models <1852> [INFO] "_create() line 83 '
        'Creating new file for document: 412"'
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-06-07 10:46:45,735",
        "INFO",
        "mayan.apps.documents.models",
        "Creating new file for document: 412",
        {"pid": 1852, "function": "_create", "lineno": 83},
    )


def test_flask_default():
    f = FORMAT.parse("[2024-01-01 12:00:00,123] ERROR in app: Exception on /x [GET]")
    assert (f.timestamp, f.level, f.message) == (
        "2024-01-01 12:00:00,123",
        "ERROR",
        "Exception on /x [GET]",
    )
    assert f.attributes == {"module": "app"}


def test_bracketed_time_then_padded_logger_and_level():
    # Frigate's `[%(asctime)s] %(name)-30s %(levelname)-8s: %(message)s`.
    f = FORMAT.parse(
        "[2024-06-04 07:40:20] watchdog.garage                ERROR   : "
        "Ffmpeg process crashed unexpectedly for garage."
    )
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2024-06-04 07:40:20",
        "ERROR",
        "watchdog.garage",
        "Ffmpeg process crashed unexpectedly for garage.",
    )
    # A name longer than its padding is followed by one blank.
    f = FORMAT.parse("[2024-06-04 06:00:05] frigate.detectors.plugins.edgetpu_tfl INFO    : x")
    assert (f.level, f.logger, f.message) == ("INFO", "frigate.detectors.plugins.edgetpu_tfl", "x")
    # Not a sentence after a time: the level must be followed by its colon.
    assert FORMAT.parse("[2024-06-04 06:00:05] worker ERROR happened twice") is None


def test_metabase_separator_after_the_logger_is_no_part_of_the_message():
    # Metabase's log4j2 layout, `%date %level %logger{2} :: %message`.
    f = FORMAT.parse("2024-06-04 06:00:03,200 INFO metabase.util :: Maximum memory: 1.9 GB")
    assert (f.level, f.logger, f.message) == ("INFO", "metabase.util", "Maximum memory: 1.9 GB")
    # Its API lines are requests, named by route and status.
    f = FORMAT.parse(
        "2024-06-04 06:00:03,200 DEBUG middleware.log :: GET /api/user/current 200 23.9 ms "
        "(3 DB calls) App DB connections: 3/15 Jetty threads: 4/50 (3 idle, 0 queued)"
    )
    assert f.template == "GET /api/user/current 200"


def test_rust_tracing_module_paths_are_loggers():
    f = FORMAT.parse("2024-05-01T12:00:01.123456Z ERROR my_app::db: could not connect: timed out")
    assert (f.level, f.logger, f.message) == ("ERROR", "my_app::db", "could not connect: timed out")


def test_celery_worker():
    f = FORMAT.parse(
        "[2024-05-01 12:00:01,456: ERROR/ForkPoolWorker-1] Task app.tasks.sync[3f2a-11] raised"
        ' unexpected: ValueError("bad")'
    )
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2024-05-01 12:00:01,456",
        "ERROR",
        'Task app.tasks.sync[3f2a-11] raised unexpected: ValueError("bad")',
        {"process": "ForkPoolWorker-1"},
    )


def test_loguru_default():
    f = FORMAT.parse(
        "2024-05-01 12:00:01.456 | ERROR    | app.db:connect:17 - Could not connect to db-1"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-05-01 12:00:01.456",
        "ERROR",
        "app.db",
        "Could not connect to db-1",
        {"function": "connect", "lineno": 17},
    )
    assert FORMAT.parse("2024-05-01 12:00:01.456 | SUCCESS  | m:f:1 - done").level == "SUCCESS"


@pytest.mark.parametrize(
    ("line", "ts"),
    [
        (
            "[2024-11-29, 10:00:05 UTC] {taskinstance.py:1937} ERROR - Task failed with exception",
            "2024-11-29 10:00:05 UTC",
        ),
        (  # Airflow before 2.3: logging's default asctime
            "[2021-05-01 10:00:05,123] {taskinstance.py:1937} ERROR - Task failed with exception",
            "2021-05-01 10:00:05,123",
        ),
    ],
)
def test_airflow_task_log(line, ts):
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        ts,
        "ERROR",
        "Task failed with exception",
        {"file": "taskinstance.py", "lineno": 1937},
    )
    assert parse_timestamp(f.timestamp, UTC, datetime(2024, 1, 1)) is not None


@pytest.mark.parametrize(
    ("line", "level", "message"),
    [
        ("INFO:     Started server process [1]", "INFO", "Started server process [1]"),
        ("WARNING:  Invalid HTTP request received.", "WARNING", "Invalid HTTP request received."),
        ("ERROR:    Exception in ASGI application", "ERROR", "Exception in ASGI application"),
        ("CRITICAL: shutting down", "CRITICAL", "shutting down"),
    ],
)
def test_uvicorn(line, level, message):
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.logger, f.message) == (None, level, None, message)


def test_thread_and_bracketed_logger_layout():
    # Home Assistant's: `%(asctime)s %(levelname)s (%(threadName)s) [%(name)s] %(message)s`
    f = FORMAT.parse(
        "2024-11-29 10:00:02.789 WARNING (SyncWorker_3) [homeassistant.components.ping] Ping failed"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-11-29 10:00:02.789",
        "WARNING",
        "homeassistant.components.ping",
        "Ping failed",
        {"thread": "SyncWorker_3"},
    )
    # python-matter-server's: the thread before the level.
    f = FORMAT.parse(
        "2024-06-07 06:00:03.213 (MainThread) INFO [matter_server.server.stack] Stack initialized."
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-06-07 06:00:03.213",
        "INFO",
        "matter_server.server.stack",
        "Stack initialized.",
        {"thread": "MainThread"},
    )


@pytest.mark.parametrize(
    ("line", "category", "message", "file"),
    [
        (
            "/app/legacy.py:10: DeprecationWarning: datetime.utcnow() is deprecated",
            "DeprecationWarning",
            "datetime.utcnow() is deprecated",
            "/app/legacy.py",
        ),
        (
            "app/db.py:42: UserWarning: pool exhausted",
            "UserWarning",
            "pool exhausted",
            "app/db.py",
        ),
        (
            r"C:\app\db.py:7: ResourceWarning: unclosed file",
            None,
            None,
            None,
        ),
    ],
)
def test_python_warnings(line, category, message, file):
    f = FORMAT.parse(line)
    if category is None:
        assert f is None  # a drive letter's colon: not read (the path takes no colon)
        return
    assert (f.level, f.logger, f.message, f.attributes["file"]) == (
        "WARNING",
        category,
        message,
        file,
    )
    assert FORMAT.parse("/app/x.py:10: not a category: y") is None


def test_uvicorn_access_lines_are_requests():
    f = FORMAT.parse('INFO:     10.0.0.7:52044 - "GET /items/5?full=1 HTTP/1.1" 200 OK')
    assert (f.level, f.message, f.template) == (
        "INFO",
        "GET /items/5?full=1 HTTP/1.1 200",
        "GET /items/<*>?full=<*> 200",
    )
    assert f.attributes["client_addr"] == "10.0.0.7:52044"
    assert (f.attributes["path"], f.attributes["status"]) == ("/items/5", 200)
    # Every request is logged at INFO: a server error is an error, a client's a warning.
    f = FORMAT.parse('INFO:     10.0.0.7:52046 - "POST /orders HTTP/1.1" 500 Internal Server Error')
    assert (f.level, f.template) == ("error", "POST /orders 500")
    f = FORMAT.parse('INFO:     10.0.0.7:52046 - "GET /nope HTTP/1.1" 404')  # without a phrase
    assert (f.level, f.template) == ("warning", "GET /nope 404")
    # A request line that is no request (a scanner's junk) keeps its text as the message.
    f = FORMAT.parse('WARNING:  10.0.0.9:1 - "\\x16\\x03\\x01" 400 Bad Request')
    assert (f.level, f.template) == ("warning", None)


def test_uvicorn_level_prefix_before_the_applications_time():
    """Chroma's log config, `%(levelprefix)s [%(asctime)s] %(message)s`: the time was left in
    every message and the requests, unread, merged by status."""
    f = FORMAT.parse(
        'INFO:     [07-06-2024 06:00:14] 10.0.4.21:42945 - "POST /api/v1/collections HTTP/1.1" 500'
    )
    assert (f.timestamp, f.level, f.template) == (
        "07-06-2024 06:00:14",
        "error",
        "POST /api/v1/collections 500",
    )
    f = FORMAT.parse("DEBUG:    [07-06-2024 06:00:15] Collection docs already exists")
    assert (f.timestamp, f.message) == ("07-06-2024 06:00:15", "Collection docs already exists")
    # A bracket that holds no time is the message's.
    f = FORMAT.parse("INFO:     [worker 3] started")
    assert (f.timestamp, f.message) == (None, "[worker 3] started")


@pytest.mark.parametrize(
    "line",
    [
        "[2024-11-29, 10:00:05 UTC] {taskinstance.py:1937} VERBOSE - not a level",
        "Traceback (most recent call last):",
        '  File "app.py", line 3, in <module>',
        "KeyError: 'customer_id'",
        "ValueError: could not convert string to float: 'x'",
        "INFO: no logger part",
        "WARNING: Could not connect",  # java.util.logging's level line: one blank, not uvicorn's
        "INFO:    one blank short of uvicorn's column",
        "2024-01-01 12:00:00,123 - app - VERBOSE - not a level",
        "2024-01-01 12:00:00,123 info app: lower-case level is not logging's",
        "2024-01-01 12:00:00,123 INFO  [main] com.acme.Foo - java, not python",
        # JBoss LogManager's `[%c] (%t) %s` (Quarkus, Keycloak): the thread is no message text
        "2025-04-03 09:12:40,517 WARN  [org.keycloak.events] (executor-thread-3) type=LOGIN_ERROR",
        "[2024-01-01 12:00:00] something else",
        "[2024-01-01 12:00:00,123: VERBOSE/MainProcess] not a level",
        "2024-05-01 12:00:01.456 | ERROR    | no location - x",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


@given(st.text(max_size=200))
def test_never_raises(line):
    FORMAT.parse(line)
    FORMAT.parse("2024-01-01 12:00:00,123 " + line)
    FORMAT.parse("ERROR:" + line)
    FORMAT.parse("INFO:     " + line)
    FORMAT.parse('INFO:     1.2.3.4:5 - "' + line)
    FORMAT.parse("[2024-11-29, 10:00:05 UTC] {" + line)


LOGURU_DIAGNOSED = """\
2024-05-01 10:00:01.123 | ERROR    | app:main:12 - An error has been caught in function 'main'
Traceback (most recent call last):

  File "/app/app.py", line 15, in <module>
    main()
    \u2514 <function main at 0x7f0000>

> File "/app/app.py", line 10, in main
    1 / 0

ZeroDivisionError: division by zero
2024-05-01 10:00:02.123 | INFO     | app:main:20 - done
"""


def test_a_loguru_traceback_with_its_drawings_is_one_parsed_event(tmp_path):
    """Loguru's `diagnose` marks the frame that caught (`> File`) and draws values under the
    lines; the frames are read as Python prints them."""
    rows = stored_events(tmp_path, LOGURU_DIAGNOSED, "line, level, exception_type, stack")
    assert [r[:3] for r in rows] == [(1, "error", "ZeroDivisionError"), (12, "info", None)]
    frames = orjson.loads(rows[0][3])[0]["frames"]
    assert [(f["function"], f["lineno"]) for f in frames] == [("<module>", 15), ("main", 10)]


def test_opentelemetry_logging_instrumentation_format(tmp_path):
    """OTEL_PYTHON_LOG_FORMAT's default: the logger, file and line, then the span's context in
    brackets: the trace id is the event's, the service its service, the span an attribute."""
    f = FORMAT.parse(
        "2025-06-02 08:45:31,207 ERROR [checkout.payments] [gateway.py:118] "
        "[trace_id=4bf92f3577b34da6a3ce929d0e0e4736 span_id=00f067aa0ba902b7 "
        "resource.service.name=checkout trace_sampled=True] - Card authorization failed: "
        "code=51 [insufficient funds]"
    )
    assert parse_timestamp(f.timestamp, UTC) == datetime(2025, 6, 2, 8, 45, 31, 207000)
    assert (f.level, f.logger, f.service, f.trace_id, f.message, f.attributes) == (
        "ERROR",
        "checkout.payments",
        "checkout",
        "4bf92f3577b34da6a3ce929d0e0e4736",
        "Card authorization failed: code=51 [insufficient funds]",
        {"file": "gateway.py", "lineno": 118, "span_id": "00f067aa0ba902b7", "trace_sampled": True},
    )
    # Outside a span the ids are 0 and the service may be empty: no trace, no service.
    f = FORMAT.parse(
        "2025-06-02 08:45:30,002 INFO [__main__] [app.py:12] [trace_id=0 span_id=0 "
        "resource.service.name= trace_sampled=False] - Listening on :8080"
    )
    assert (f.logger, f.service, f.trace_id, f.message, f.attributes) == (
        "__main__",
        None,
        None,
        "Listening on :8080",
        {"file": "app.py", "lineno": 12, "trace_sampled": False},
    )


@pytest.mark.parametrize(
    ("line", "utc", "level", "message", "file", "lineno"),
    [
        (
            "[2024-06-03T08:15:42.517+0000] {scheduler_job_runner.py:861} INFO - Starting the"
            " scheduler",
            datetime(2024, 6, 3, 8, 15, 42, 517000),
            "INFO",
            "Starting the scheduler",
            "scheduler_job_runner.py",
            861,
        ),
        (
            "[2024-06-03T10:15:43.009+0200] {dag_processing.py:1044} WARNING - DAG sales_rollup"
            " is missing and will be deactivated.",
            datetime(2024, 6, 3, 8, 15, 43, 9000),
            "WARNING",
            "DAG sales_rollup is missing and will be deactivated.",
            "dag_processing.py",
            1044,
        ),
    ],
)
def test_airflow_scheduler_log(line, utc, level, message, file, lineno):
    """Airflow's scheduler, webserver and workers write the task log's layout with an ISO 8601
    asctime and its offset (their default LOG_FORMAT with a timezone-aware formatter)."""
    f = FORMAT.parse(line)
    assert (f.level, f.message, f.attributes) == (level, message, {"file": file, "lineno": lineno})
    assert parse_timestamp(f.timestamp, UTC, datetime(2024, 7, 1)) == utc


def test_ansible_log_path_lines():
    # Ansible's log_path file writes no level before 2.17: its display's own words give it.
    fatal = FORMAT.parse(
        "2025-04-09 17:22:05,311 p=8812 u=ops n=ansible | fatal: [db3]: FAILED! => "
        '{"changed": false, "msg": "Service postgresql not found"}'
    )
    assert fatal is not None
    assert (fatal.timestamp, fatal.level, fatal.logger) == (
        "2025-04-09 17:22:05,311",
        "ERROR",
        "ansible",
    )
    assert fatal.message.startswith("fatal: [db3]: FAILED! => {")
    assert fatal.attributes == {"pid": 8812, "user": "ops"}
    warn = FORMAT.parse(
        "2025-04-09 17:22:06,001 p=8812 u=ops n=ansible | [WARNING]: Could not match supplied "
        "host pattern, ignoring: backup"
    )
    assert warn is not None and (warn.level, warn.message[:11]) == ("WARNING", "[WARNING]: ")
    task = FORMAT.parse("2025-04-09 17:22:04,900 p=8812 u=ops n=ansible | TASK [Install pg] ***")
    assert task is not None and (task.level, task.message) == (None, "TASK [Install pg] ***")
    # ansible-core 2.17 writes the level before the bar.
    leveled = FORMAT.parse(
        "2025-04-09 17:22:05,311 p=8812 u=ops n=ansible ERROR| fatal: [db3]: UNREACHABLE! => {}"
    )
    assert leveled is not None
    assert (leveled.level, leveled.message) == ("ERROR", "fatal: [db3]: UNREACHABLE! => {}")


def test_rust_tracing_inside_spans():
    """tracing-subscriber's `fmt()` writes the spans an event is in between its level and its
    target: the target is the logger, the spans and their fields attributes, the event's
    fields attributes too and still in the message (its `err=` names its problem)."""
    f = FORMAT.parse(
        "2026-11-27T12:00:01.000001Z ERROR request{method=GET uri=/orders/7}:db{pool=main}: "
        "shop::db: query failed err=timeout"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2026-11-27T12:00:01.000001Z",
        "ERROR",
        "shop::db",
        "query failed err=timeout",
        {
            "spans": "request{method=GET uri=/orders/7}:db{pool=main}",
            "method": "GET",
            "uri": "/orders/7",
            "pool": "main",
            "err": "timeout",
        },
    )
    # Outside any span it is the common `time LEVEL name: message`.
    plain = FORMAT.parse("2026-11-27T12:00:01.000001Z  WARN shop::http: slow request")
    assert (plain.level, plain.logger, plain.message) == ("WARN", "shop::http", "slow request")


# OpenStack's oslo.log, its default layouts (written here, not copied from any service's log).
_USER = "4c1f0e8a2b3d4e5f9a8b7c6d5e4f3a2b"
_PROJECT = "7e2d9c1b0a3f4e5d8c7b6a5f4e3d2c1b"
_INSTANCE = "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d"


@pytest.mark.parametrize(
    ("line", "level", "logger", "message", "attributes"),
    [
        (  # Queens and before: request id, then user, tenant, domain, user and project domain
            f"2026-11-28 10:15:04.321 2931 INFO nova.compute.manager [req-3f0b6a2e-8d1c-4b7a-"
            f"9e5f-0a1b2c3d4e5f {_USER} {_PROJECT} - - -] [instance: {_INSTANCE}] VM Started "
            "(Lifecycle Event)",
            "INFO",
            "nova.compute.manager",
            "VM Started (Lifecycle Event)",
            {
                "pid": 2931,
                "request_id": "req-3f0b6a2e-8d1c-4b7a-9e5f-0a1b2c3d4e5f",
                "user": _USER,
                "project": _PROJECT,
                "instance": _INSTANCE,
            },
        ),
        (  # no request context: logging_default_format_string's `[-]`
            f"2026-11-28 10:15:05.002 2931 INFO nova.compute.manager [-] [instance: {_INSTANCE}]"
            " VM Started (Lifecycle Event)",
            "INFO",
            "nova.compute.manager",
            "VM Started (Lifecycle Event)",
            {"pid": 2931, "instance": _INSTANCE},
        ),
        (  # since Pike the global request id comes first (`None` without one), and system_scope
            "2026-11-28 10:15:08.010 4120 INFO neutron.agent.securitygroups_rpc [None req-9d8c"
            "7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a - - - - - -] Security group member updated",
            "INFO",
            "neutron.agent.securitygroups_rpc",
            "Security group member updated",
            {"pid": 4120, "request_id": "req-9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a"},
        ),
        (
            "2026-11-28 10:15:09.220 1844 WARNING keystone.server.flask.application [req-1b2c3d4e"
            f"-5f6a-4b7c-8d9e-0f1a2b3c4d5e req-6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d {_USER} "
            f"{_PROJECT} - - default default] Authorization failed. The request you have made "
            "requires authentication. from 10.0.0.5",
            "WARNING",
            "keystone.server.flask.application",
            "Authorization failed. The request you have made requires authentication. from "
            "10.0.0.5",
            {
                "pid": 1844,
                "global_request_id": "req-1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e",
                "request_id": "req-6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d",
                "user": _USER,
                "project": _PROJECT,
                "user_domain": "default",
                "project_domain": "default",
            },
        ),
        (  # DevStack's identity: the project's and user's names
            "2026-11-28 10:15:10.330 3310 ERROR cinder.volume.manager [None req-2c3d4e5f-6a7b-"
            "4c8d-9e0f-1a2b3c4d5e6f demo admin] Failed to attach volume",
            "ERROR",
            "cinder.volume.manager",
            "Failed to attach volume",
            {
                "pid": 3310,
                "request_id": "req-2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                "user": "admin",
                "project": "demo",
            },
        ),
        (  # before Juno a context without a user or project wrote them as `None`
            "2014-03-04 12:00:05.010 1234 INFO nova.compute.manager [req-7c8d9e0f-1a2b-4c3d-"
            "8e4f-5a6b7c8d9e0f None None] Updating bandwidth usage cache",
            "INFO",
            "nova.compute.manager",
            "Updating bandwidth usage cache",
            {"pid": 1234, "request_id": "req-7c8d9e0f-1a2b-4c3d-8e4f-5a6b7c8d9e0f"},
        ),
        (  # a DEBUG line ends with logging_debug_format_suffix: the function, file and line
            "2026-11-28 10:15:11.440 2255 DEBUG glance.api.v2.images [req-3d4e5f6a-7b8c-4d9e-"
            "8f0a-1b2c3d4e5f6a - - - - -] Image 42 found show /usr/lib/python3/dist-packages/"
            "glance/api/v2/images.py:612",
            "DEBUG",
            "glance.api.v2.images",
            "Image 42 found",
            {
                "pid": 2255,
                "request_id": "req-3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a",
                "function": "show",
                "file": "/usr/lib/python3/dist-packages/glance/api/v2/images.py",
                "lineno": 612,
            },
        ),
    ],
)
def test_oslo_log(line, level, logger, message, attributes):
    f = FORMAT.parse(line)
    assert (f.level, f.logger, f.message, f.attributes) == (level, logger, message, attributes)
    assert f.timestamp == line[:23]


@pytest.mark.parametrize(
    ("request_line", "status", "level", "template"),
    [
        (
            "GET /v2.1/servers/0e526b5a-d053-4f34-81f1-f7895b617078 HTTP/1.1",
            200,
            "INFO",
            "GET /v2.1/servers/<*> 200",
        ),
        (
            "GET /v2.1/servers/detail?all_tenants=True HTTP/1.1",
            200,
            "INFO",
            "GET /v2.1/servers/detail?all_tenants=<*> 200",
        ),
        ("GET /v2.1/flavors/42 HTTP/1.1", 404, "warning", "GET /v2.1/flavors/<*> 404"),
    ],
)
def test_oslo_wsgi_request_lines_are_named_by_route(request_line, status, level, template):
    """oslo.service's WSGI server logs each request it served: a request's route and status
    name it, as an access log's line, not the masked request line."""
    line = (
        "2026-11-28 10:15:04.321 2871 INFO nova.osapi_compute.wsgi.server [req-3f0b6a2e-8d1c-4b7a"
        "-9e2f-0a1b2c3d4e5f 5b1f7c0e9d8a4b3c2d1e0f9a8b7c6d5e 1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d - - "
        f'default default] 10.20.0.11 "{request_line}" status: {status} len: 1893 time: 0.2477829'
    )
    f = FORMAT.parse(line)
    assert (f.level, f.template) == (level, template)
    assert f.message == f'10.20.0.11 "{request_line}" status: {status} len: 1893 time: 0.2477829'
    assert (f.attributes["status"], f.attributes["bytes"], f.attributes["client_addr"]) == (
        status,
        1893,
        "10.20.0.11",
    )
    assert f.attributes["duration_ms"] == pytest.approx(247.7829)


def test_an_oslo_message_that_quotes_a_request_is_mined():
    f = FORMAT.parse(
        "2026-11-28 10:15:04.321 2871 INFO nova.api.openstack.wsgi [-] HTTP exception thrown: "
        'Instance 42 could not be found. "GET /v2.1/servers/42 HTTP/1.1"'
    )
    assert f.template is None


@pytest.mark.parametrize(
    ("line", "timestamp", "message", "attributes"),
    [
        (  # DevStack's journal layout: no time, no pid; the suffix's pid in braces
            "DEBUG oslo_concurrency.lockutils [None req-ea7b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d demo "
            'admin] Lock "compute_resources" acquired :: waited 0.000s {{(pid=1234) inner '
            "/opt/stack/oslo.concurrency/oslo_concurrency/lockutils.py:404}}",
            None,
            'Lock "compute_resources" acquired :: waited 0.000s',
            {
                "request_id": "req-ea7b0c1d-2e3f-4a5b-9c6d-7e8f9a0b1c2d",
                "project": "demo",
                "user": "admin",
                "function": "inner",
                "file": "/opt/stack/oslo.concurrency/oslo_concurrency/lockutils.py",
                "lineno": 404,
                "pid": 1234,
            },
        ),
        (  # DevStack's file layout before the journal: a time, no pid, `from (pid=...)`
            "2016-01-01 12:00:00.123 DEBUG nova.service [req-3f0b6a2e-8d1c-4b7a-9e5f-0a1b2c3d4e5f"
            " demo admin] Started from (pid=1234) run /opt/stack/nova/nova/service.py:12",
            "2016-01-01 12:00:00.123",
            "Started",
            {
                "request_id": "req-3f0b6a2e-8d1c-4b7a-9e5f-0a1b2c3d4e5f",
                "project": "demo",
                "user": "admin",
                "function": "run",
                "file": "/opt/stack/nova/nova/service.py",
                "lineno": 12,
                "pid": 1234,
            },
        ),
    ],
)
def test_devstacks_oslo_log_layouts(line, timestamp, message, attributes):
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        timestamp,
        "DEBUG",
        message,
        attributes,
    )
    # A message that merely ends like a suffix keeps it without a pid.
    f = FORMAT.parse("INFO nova.x [-] done {{(pid=x) f /a.py:1}}")
    assert f.message == "done {{(pid=x) f /a.py:1}}"


@pytest.mark.parametrize(
    "line",
    [
        # A pid and a level and words: no request context, so no logger either (generic's).
        "2026-11-28 10:15:04.321 2931 INFO server started on port 80",
        "2026-11-28 10:15:04.321 2931 INFO com.acme.Main [main] started",  # a thread, not a req
        "INFO com.acme.Main [main] started",
    ],
)
def test_oslo_log_needs_its_context(line):
    assert FORMAT.parse(line) is None


OSLO_TRACEBACK = f"""\
2026-11-28 10:15:07.500 2931 ERROR nova.compute.manager [req-5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9 \
{_USER} {_PROJECT} - default default] [instance: {_INSTANCE}] Instance failed to spawn: \
libvirt.libvirtError: internal error: process exited
2026-11-28 10:15:07.500 2931 ERROR nova.compute.manager [instance: {_INSTANCE}] Traceback \
(most recent call last):
2026-11-28 10:15:07.500 2931 ERROR nova.compute.manager [instance: {_INSTANCE}]   File \
"/usr/lib/python3/dist-packages/nova/compute/manager.py", line 2743, in _build_resources
2026-11-28 10:15:07.500 2931 ERROR nova.compute.manager [instance: {_INSTANCE}]     yield resources
2026-11-28 10:15:07.500 2931 ERROR nova.compute.manager [instance: {_INSTANCE}] \
libvirt.libvirtError: internal error: process exited
2026-11-28 10:15:07.500 2931 ERROR nova.compute.manager [instance: {_INSTANCE}]\x20
2026-11-28 10:15:12.550 2931 ERROR oslo_messaging.rpc.server [req-4e5f6a7b-8c9d-4e0f-9a1b-\
2c3d4e5f6a7b {_USER} {_PROJECT} - - -] Exception during message handling: ValueError: bad value
2026-11-28 10:15:12.550 2931 ERROR oslo_messaging.rpc.server Traceback (most recent call last):
2026-11-28 10:15:12.550 2931 ERROR oslo_messaging.rpc.server   File "/usr/lib/python3/\
dist-packages/oslo_messaging/rpc/server.py", line 165, in _process_incoming
2026-11-28 10:15:12.550 2931 ERROR oslo_messaging.rpc.server     res = self.dispatcher.dispatch(m)
2026-11-28 10:15:12.550 2931 ERROR oslo_messaging.rpc.server ValueError: bad value
2026-11-28 10:15:12.550 2931 ERROR oslo_messaging.rpc.server
2026-11-28 10:15:12.551 2931 ERROR oslo_messaging.rpc.server [-] Next one
"""


def test_an_oslo_log_traceback_under_its_prefix_is_one_event(tmp_path):
    """oslo.log writes `logging_exception_prefix` before every traceback line: the lines join
    the event that logged the exception, whose frames are read; the next header is its own."""
    rows = stored_events(
        tmp_path, OSLO_TRACEBACK, "line, format, logger, message, exception_type, stack"
    )
    assert [r[:5] for r in rows] == [
        (
            1,
            "python",
            "nova.compute.manager",
            "Instance failed to spawn: libvirt.libvirtError: internal error: process exited",
            "libvirt.libvirtError",
        ),
        (
            7,
            "python",
            "oslo_messaging.rpc.server",
            "Exception during message handling: ValueError: bad value",
            "ValueError",
        ),
        (13, "python", "oslo_messaging.rpc.server", "Next one", None),
    ]
    frames = orjson.loads(rows[1][5])[0]["frames"]
    assert [(f["function"], f["lineno"]) for f in frames] == [("_process_incoming", 165)]


# Before Liberty oslo.log's exception prefix wrote TRACE in the level's place; DevStack's screen
# logs of that time wrote no pid (nor does its error line).
OLD_OSLO_TRACEBACK = f"""\
2014-03-04 12:00:01.123 1234 ERROR nova.compute.manager [req-0a1b2c3d-4e5f-4a6b-8c7d-\
9e0f1a2b3c4d {_USER} {_PROJECT}] [instance: {_INSTANCE}] Error: Timed out waiting for a reply
2014-03-04 12:00:01.123 1234 TRACE nova.compute.manager [instance: {_INSTANCE}] Traceback \
(most recent call last):
2014-03-04 12:00:01.123 1234 TRACE nova.compute.manager [instance: {_INSTANCE}]   File \
"/opt/stack/nova/nova/compute/manager.py", line 1301, in _build_instance
2014-03-04 12:00:01.123 1234 TRACE nova.compute.manager [instance: {_INSTANCE}]     set_access_ip)
2014-03-04 12:00:01.123 1234 TRACE nova.compute.manager [instance: {_INSTANCE}] \
MessagingTimeout: Timed out waiting for a reply
2014-03-04 12:00:01.123 1234 TRACE nova.compute.manager [instance: {_INSTANCE}]\x20
2014-03-04 12:00:02.456 ERROR nova.openstack.common.rpc.amqp [-] Exception during message \
handling
2014-03-04 12:00:02.456 TRACE nova.openstack.common.rpc.amqp Traceback (most recent call last):
2014-03-04 12:00:02.456 TRACE nova.openstack.common.rpc.amqp   File \
"/opt/stack/nova/nova/openstack/common/rpc/amqp.py", line 461, in _process_data
2014-03-04 12:00:02.456 TRACE nova.openstack.common.rpc.amqp     **args)
2014-03-04 12:00:02.456 TRACE nova.openstack.common.rpc.amqp KeyError: 'image_ref'
2014-03-04 12:00:02.456 TRACE nova.openstack.common.rpc.amqp\x20
2014-03-04 12:00:03.000 1234 TRACE nova.compute.manager Traceback (most recent call last):
"""


def test_an_old_oslo_log_traceback_under_its_trace_prefix_is_one_event(tmp_path):
    """The TRACE lines join the event that logged the exception as its stack, with a pid or
    without; a TRACE line whose time is not its event's stays an event of its own."""
    rows = stored_events(
        tmp_path, OLD_OSLO_TRACEBACK, "line, format, level, logger, message, exception_type, stack"
    )
    assert [r[:6] for r in rows] == [
        (
            1,
            "python",
            "error",
            "nova.compute.manager",
            "Error: Timed out waiting for a reply",
            "MessagingTimeout",
        ),
        (
            7,
            "python",
            "error",
            "nova.openstack.common.rpc.amqp",
            "Exception during message handling",
            "KeyError",
        ),
        (
            13,
            "generic",
            "trace",
            None,
            "nova.compute.manager Traceback (most recent call last):",
            None,
        ),
    ]
    frames = orjson.loads(rows[0][6])[0]["frames"]
    assert [(f["function"], f["lineno"]) for f in frames] == [("_build_instance", 1301)]
    frames = orjson.loads(rows[1][6])[0]["frames"]
    assert [(f["function"], f["lineno"]) for f in frames] == [("_process_data", 461)]


@pytest.mark.parametrize(
    "line",
    [
        "2024-11-29 10:00:01,456 INFO  [main] com.acme.Foo - started",  # log4j's [%t] %c - %m
        "2024-11-29 10:00:01,456 ERROR [com.acme.Foo] - failed to start",  # log4j's [%c] - %m
        # logback's `%d %-5level [%thread] %logger{36} : %msg`, log4j2's `[%t] %c: %m`
        "2026-12-01 01:42:24.142 INFO  [main] OrderService : done",
        "2026-12-01T01:40:22,274 ERROR [main] com.acme.orders.OrderService: order failed",
        # logback's `[%thread] %logger{36} %msg`, no separator after the class (OneDev's)
        "2024-06-05 06:11:31,801 INFO  [main] io.onedev.agent.Agent Connecting to https://x",
    ],
)
def test_log4j_bracketed_layouts_are_not_python(line):
    assert FORMAT.parse(line) is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("2024-11-29 10:00:01,456 INFO [myapp.db] Connection: refused", "Connection: refused"),
        ("2024-11-29 10:00:01,456 INFO [app] GET /orders: 200", "GET /orders: 200"),
    ],
)
def test_a_message_with_a_colon_after_a_bracketed_logger_is_python(line, message):
    assert FORMAT.parse(line).message == message


def test_jupyter_server_tornado_header():
    f = FORMAT.parse(
        "[I 2026-03-02 14:05:09.482 ServerApp] Serving notebooks from local directory: /srv/nb"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes, f.template) == (
        "2026-03-02 14:05:09.482",
        "I",
        "ServerApp",
        "Serving notebooks from local directory: /srv/nb",
        {},
        None,
    )


def test_classic_notebook_header_has_no_date():
    f = FORMAT.parse("[D 14:05:09.482 NotebookApp] Found kernel ir in /usr/share/jupyter/kernels")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "14:05:09.482",
        "D",
        "NotebookApp",
        "Found kernel ir in /usr/share/jupyter/kernels",
    )


def test_jupyter_request_line_is_named_by_route_and_status():
    f = FORMAT.parse(
        "[W 2026-03-02 14:05:11.003 ServerApp] 404 GET /lsp/status?1772460311 "
        "(3f9c2b@127.0.0.1) 5.61ms referer=http://127.0.0.1:8888/lab"
    )
    assert (f.level, f.logger, f.template) == ("W", "ServerApp", "GET /lsp/status?<*> 404")
    assert f.attributes == {
        "status": 404,
        "client_addr": "3f9c2b@127.0.0.1",
        "duration_ms": 5.61,
        "referer": "http://127.0.0.1:8888/lab",
        "method": "GET",
        "path": "/lsp/status",
        "route": "/lsp/status?<*>",
        "query": "1772460311",
    }


def test_jupyterhub_header_names_the_app_and_the_module():
    f = FORMAT.parse(
        "[I 2026-05-13 08:00:04.746 JupyterHub proxy:319] Adding user eva to proxy /user/eva/ "
        "=> http://172.18.0.51:8888"
    )
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2026-05-13 08:00:04.746",
        "I",
        "JupyterHub",
        "Adding user eva to proxy /user/eva/ => http://172.18.0.51:8888",
    )
    assert f.attributes == {"module": "proxy", "lineno": 319}


def test_a_redirect_request_line_keeps_its_target_out_of_the_route():
    lines = [
        "[I 2026-05-13 08:17:41.044 JupyterHub log:191] 302 GET /hub/ -> /hub/login?next=%2Fhub%2F "
        "(@10.0.3.42) 0.55ms",
        "[I 2026-05-13 09:17:02.518 JupyterHub log:191] 302 GET /hub/ -> /hub/spawn "
        "(eva@10.0.3.9) 1.94ms",
    ]
    parsed = [FORMAT.parse(line) for line in lines]
    assert [f.template for f in parsed] == ["GET /hub/ 302", "GET /hub/ 302"]
    assert [f.attributes["location"] for f in parsed] == ["/hub/login?next=%2Fhub%2F", "/hub/spawn"]
    assert parsed[1].attributes["client_addr"] == "eva@10.0.3.9"


def test_tornado_default_header_module_and_short_date():
    f = FORMAT.parse("[E 260302 14:05:12 web:2246] 500 POST /orders (10.2.0.7) 41.20ms")
    assert (f.timestamp, f.level, f.logger, f.template) == (
        "2026-03-02 14:05:12",
        "E",
        None,
        "POST /orders 500",
    )
    assert f.attributes["module"] == "web" and f.attributes["lineno"] == 2246
    assert f.attributes["status"] == 500 and f.attributes["client_addr"] == "10.2.0.7"


def test_bracketed_level_letter_needs_the_tornado_header():
    assert FORMAT.parse("[I am] not a header") is None


def test_fail2ban_08_layout_needs_a_dotted_logger():
    """fail2ban 0.8's `name: LEVEL` header; a word before a colon is a sentence's."""
    assert FORMAT.parse("2013-05-07 22:14:09,118 Note: INFO lines are kept for a week") is None


def test_tracs_application_and_module_before_the_level():
    """Trac's `%(asctime)s Trac[%(module)s] %(levelname)s: %(message)s`."""
    f = FORMAT.parse("2024-06-07 06:00:32,305 Trac[api] INFO: Synchronized 'ansible' repository")
    assert (f.level, f.logger, f.attributes, f.message) == (
        "INFO",
        "api",
        {"app": "Trac"},
        "Synchronized 'ansible' repository",
    )
    # A bracket of another shape (a pid, a thread with blanks) is no module.
    assert FORMAT.parse("2024-06-07 06:00:32,305 Trac[a b] INFO: x") is None


@given(
    st.sampled_from(
        ["2026-11-27 12:00:00,123", "2026-11-27T12:00:00.123Z", "2026-11-27 12:00:00 UTC"]
    ),
    st.sampled_from(["INFO", "ERROR", "main", "[INFO]", "[main]"]),
    st.sampled_from([" ", "  "]),
    st.sampled_from(["[main]", "[com.acme.Foo]", "[INFO]", "[a b]", "main]", "[x"]),
    st.sampled_from([" ", "", "  "]),
    st.sampled_from(
        ["com.acme.Foo - msg", "- msg", "-", "(worker-1) msg", "hello: world", "a b - c", "x"]
    ),
)
def test_the_regexes_skipped_on_java_headers_could_not_have_read_them(
    time, level, pad, bracket, blank, tail
):
    """The two shortcuts that spare a log4j header the python format's bracket regexes skip
    only lines those regexes refuse."""
    from errctl.formats import pylogging

    line = f"{time} {level}{pad}{bracket}{blank}{tail}"
    if pylogging._java_after_bracket(line):
        assert pylogging._LEVEL_BRACKETED_NAME.match(line) is None
    k = line.find("[")
    if k >= 0 and line[k + 1 : k + 2] not in pylogging._LEVEL_FIRST:
        assert pylogging._BRACKET_LEVEL.match(line) is None


THREAD_LEVEL_LOG = """\
2024-05-01 10:00:00,123 [MainThread] INFO Starting worker pool with 4 processes
2024-05-01 10:00:00,456 [MainThread] DEBUG Loaded configuration from /etc/app/config.yaml
2024-05-01 10:00:01,789 [ThreadPoolExecutor-0_0] WARNING Retrying GET http://api/v1/jobs (2/5)
2024-05-01 10:00:02,012 [ThreadPoolExecutor-0_1] ERROR Failed to process job 42
Traceback (most recent call last):
  File "/app/worker.py", line 88, in run
    result = handler(job)
ValueError: bad payload
2024-05-01 10:00:03,100 [Thread-3 (serve_forever)] INFO Shutting down
"""


def test_thread_before_the_level(tmp_path):
    # `%(asctime)s [%(threadName)s] %(levelname)s %(message)s`: the thread an attribute, the
    # level read, no logger.
    f = FORMAT.parse("2024-05-01 10:00:00,123 [MainThread] INFO Starting worker pool")
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-05-01 10:00:00,123",
        "INFO",
        None,
        "Starting worker pool",
        {"thread": "MainThread"},
    )
    rows = stored_events(tmp_path, THREAD_LEVEL_LOG, "line, level, message, exception_type")
    assert rows == [
        (1, "info", "Starting worker pool with 4 processes", None),
        (2, "debug", "Loaded configuration from /etc/app/config.yaml", None),
        (3, "warning", "Retrying GET http://api/v1/jobs (2/5)", None),
        (4, "error", "Failed to process job 42", "ValueError"),
        (9, "info", "Shutting down", None),
    ]
    # log4j's `%d [%t] %-5p %c - %m` (and TTCC's `%c %x - %m`) is the java format's.
    for line in (
        "2024-05-01 10:00:00,123 [main] INFO  com.acme.Foo - Starting",
        "2024-05-01 10:00:00,123 [main] INFO  com.acme.Foo  - Starting",
        "2024-05-01 10:00:00,123 [main] WARN Foo:42 - careful",
    ):
        assert FORMAT.parse(line) is None, line


@pytest.mark.parametrize(
    ("line", "level", "logger", "message"),
    [
        # `%(asctime)s %(levelname)s %(name)s %(message)s`: a module path, root or __main__
        (
            "2026-11-28 12:00:00,123 ERROR app.db.pool connection refused",
            "ERROR",
            "app.db.pool",
            "connection refused",
        ),
        (
            "2026-11-28 12:00:00,123 WARNING  urllib3.connectionpool Retrying (Retry(total=2))",
            "WARNING",
            "urllib3.connectionpool",
            "Retrying (Retry(total=2))",
        ),
        (
            "2026-11-28 12:00:00,123 INFO     root request served in 12 ms",
            "INFO",
            "root",
            "request served in 12 ms",
        ),
        (
            "2026-11-28 12:00:00,123 INFO __main__ started worker 3",
            "INFO",
            "__main__",
            "started worker 3",
        ),
        # `%(asctime)s %(name)s %(levelname)s %(message)s`: the level word marks any logger
        ("2026-11-28 12:00:00,123 root INFO request served", "INFO", "root", "request served"),
        (
            "2026-11-28 12:00:00,123 app.db ERROR  connection refused",
            "ERROR",
            "app.db",
            "connection refused",
        ),
        # `%(asctime)s - %(levelname)s - %(name)s - %(message)s`
        (
            "2026-11-28 12:00:00,123 - INFO - root - request served",
            "INFO",
            "root",
            "request served",
        ),
        (
            "2026-11-28 12:00:00,123 - ERROR - app - failed - retrying",
            "ERROR",
            "app",
            "failed - retrying",
        ),
    ],
)
def test_a_logger_and_a_level_between_blanks_or_dashes(line, level, logger, message):
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.logger, f.message) == (line[:23], level, logger, message)


@pytest.mark.parametrize(
    "line",
    [
        # A word after the level with blanks alone is the message's, unless a module path's
        "2026-11-28 12:00:00,123 ERROR Connection refused to db",
        # log4j's `%d %-5p %c - %m`, `%d %t %-5p %c - %m` and Flink's `%-60c %x - %m`
        "2026-11-28 12:00:00,123 ERROR com.acme.Foo - failed",
        "2026-11-28 12:00:00,123 ERROR  com.acme.Foo    - failed",
        "2026-11-28 12:00:00,123 main ERROR com.acme.Foo - failed",
        "2024-06-11 08:30:12,407 INFO  org.apache.flink.runtime.Foo        [] - Receive slot",
        # oslo.log's pid is no logger: without its request context the line is not oslo's
        "2026-11-28 10:15:04.321 2931 INFO server started on port 80",
    ],
)
def test_a_logger_and_a_level_need_their_shape(line):
    f = FORMAT.parse(line)
    assert f is None or f.logger is None


def test_a_file_of_the_blank_separated_layout_keeps_the_logger_out_of_its_templates(tmp_path):
    """Read as generic, the logger was the message's first word and a dotted one masked as a
    host: `<*> Retrying ...` joined the same words from another module."""
    log = (
        "2026-11-28 12:00:00,123 WARNING urllib3.connectionpool Retrying after reset\n"
        "2026-11-28 12:00:01,123 WARNING botocore.retries Retrying after reset\n"
        "2026-11-28 12:00:02,123 ERROR app.db.pool connection refused to 10.0.0.1:5432\n"
    )
    rows = stored_events(tmp_path, log, "line, level, logger, template")
    assert rows == [
        (1, "warning", "urllib3.connectionpool", "Retrying after reset"),
        (2, "warning", "botocore.retries", "Retrying after reset"),
        (3, "error", "app.db.pool", "connection refused to <*>"),
    ]


def test_dashes_layout_with_the_line_number_before_the_level():
    """`%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - %(request)s - %(message)s`
    (Matrix Synapse's default log config): the line number an attribute, not the logger's or
    the message's, and so is the log context after the level (a request's `GET-4212`, a
    background process's, `main`), which made every request's rare statement a group of its
    own."""
    f = FORMAT.parse(
        "2024-05-01 12:00:02,345 - synapse.http.federation.matrix_federation_agent - 310 - "
        "WARNING - loop-7 - Failed to connect to remote.example.org: timeout"
    )
    assert (f.level, f.logger, f.message, f.attributes) == (
        "WARNING",
        "synapse.http.federation.matrix_federation_agent",
        "Failed to connect to remote.example.org: timeout",
        {"lineno": 310, "request": "loop-7"},
    )
    f = FORMAT.parse(
        "2024-06-04 06:00:02,286 - synapse.http.server - 124 - INFO - GET-4955 - "
        "<SynapseRequest at 0x7f3a> SynapseError: 401 - Missing access token"
    )
    assert (f.message, f.attributes["request"]) == (
        "<SynapseRequest at 0x7f3a> SynapseError: 401 - Missing access token",
        "GET-4955",
    )
    f = FORMAT.parse("2024-06-04 06:00:02,286 - root - 355 - INFO - main - Server hostname: x")
    assert (f.message, f.attributes) == ("Server hostname: x", {"lineno": 355, "request": "main"})
    # Without one, the cookbook's layout is read as before, with no attributes.
    f = FORMAT.parse("2024-05-01 12:00:02,345 - app.db - WARNING - 310 - rows skipped")
    assert (f.logger, f.message, f.attributes) == ("app.db", "310 - rows skipped", None)


def test_django_verbose_formatter():
    """Django's documented `{levelname} {asctime} {module} {process:d} {thread:d} {message}`:
    the level first; read as raw text before."""
    f = FORMAT.parse(
        "ERROR 2024-06-11 06:00:01,000 log 1234 140234567 Internal Server Error: /api/orders/"
    )
    assert (f.level, f.timestamp, f.message) == (
        "ERROR",
        "2024-06-11 06:00:01,000",
        "Internal Server Error: /api/orders/",
    )
    assert f.attributes == {
        "module": "log",
        "process": 1234,
        "thread": 140234567,
        # django.request's response, as runserver's stderr has it (access.django_response)
        "status": 500,
        "path": "/api/orders/",
        "route": "/api/orders/",
    }
    f = FORMAT.parse("WARNING 2024-06-11 06:00:02,118 basehttp 1234 1402 Not Found: /favicon.ico")
    assert (f.level, f.message) == ("WARNING", "Not Found: /favicon.ico")


def test_log4j_class_and_line_is_no_logger_and_message():
    """`%d %-5p %c{1}:%L - %m` is log4j's: `Charger` and `42 - Charge failed` was a misread."""
    assert FORMAT.parse("2024-06-11 06:00:01 ERROR Charger:42 - Charge failed") is None
    f = FORMAT.parse("2024-06-11 06:00:01 ERROR app.db: 42 rows skipped")
    assert (f.logger, f.message) == ("app.db", "42 rows skipped")


def test_bars_between_time_level_and_logger():
    """`%(asctime)s | %(levelname)-8s | %(name)s | %(message)s`: the logger was left in the
    message (`app.billing | Charge failed`)."""
    f = FORMAT.parse("2024-06-11 06:00:01,118 | ERROR    | app.billing | Charge failed: 42")
    assert (f.level, f.logger, f.message) == ("ERROR", "app.billing", "Charge failed: 42")
    f = FORMAT.parse("2024-06-11 06:00:01,118 | INFO     | __main__ | ready")
    assert (f.level, f.logger, f.message) == ("INFO", "__main__", "ready")


def test_process_and_thread_after_a_bracketed_logger():
    """log4cplus's `%D %-5p [%c/%i.%t] %m` (ISC Kea's): the process's and thread's ids after
    the logger's name were part of it, a logger per restart and thread."""
    f = FORMAT.parse(
        "2024-06-11 06:00:02.118 INFO  [kea-dhcp4.leases/812.139876543210112] "
        "DHCP4_LEASE_ALLOC [hwtype=1 aa:bb:cc:dd:ee:ff], cid=[no info], tid=0x1f: lease 10.0.0.5"
    )
    assert (f.level, f.logger) == ("INFO", "kea-dhcp4.leases")
    assert f.attributes == {"pid": 812, "thread": "139876543210112"}
    assert f.message.startswith("DHCP4_LEASE_ALLOC [hwtype=1")
    f = FORMAT.parse("2024-06-11 06:00:02.118 WARN  [kea-ctrl-agent/1907] CTRL_AGENT_STARTED ok")
    assert (f.logger, f.attributes) == ("kea-ctrl-agent", {"pid": 1907})
    # A logger whose name holds a slash and no number keeps it.
    f = FORMAT.parse("2024-06-11 06:00:02.118 WARN  [api/v2] slow request")
    assert (f.logger, f.attributes) == ("api/v2", None)


def test_djangos_failed_response_through_the_applications_formatter(tmp_path):
    """`django.request`'s `Not Found: /nf/1`, written by a project's LOGGING formatter, was mined
    (`Not Found: <*>`) while runserver's stderr named it by route (`Not Found: /nf/<*>`): one
    statement, two groups for a user who ingests both. Both files now give it the route."""
    app = tmp_path / "app.log"
    app.write_text(
        "WARNING 2026-12-04 08:39:53,800 log 10962 140165519324864 Not Found: /nf/1\n"
        "WARNING 2026-12-04 08:39:54,100 log 10962 140165519324864 Not Found: /nf/2\n"
    )
    stderr = tmp_path / "run.err"
    stderr.write_text('Not Found: /nf/3\n[04/Dec/2026 08:39:55] "GET /nf/3 HTTP/1.1" 404 2\n')
    db = tmp_path / "store.duckdb"
    ingest([str(app), str(stderr)], DuckDBStore(db), IngestOptions())
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "SELECT template, fingerprint FROM events WHERE message LIKE 'Not Found%' ORDER BY id"
        ).fetchall()
    assert [t for t, _ in rows] == ["Not Found: /nf/<*>"] * 3
    assert len({f for _, f in rows}) == 1
    f = FORMAT.parse("WARNING 2026-12-04 08:39:53,800 log 10962 1401 Not Found: /nf/1")
    assert (f.level, f.attributes["status"], f.attributes["route"]) == ("WARNING", 404, "/nf/<*>")


# aiohttp 3.9's server with `logging.basicConfig(level=logging.INFO)` (its output, captured):
# the access logger's default format, `%a %t "%r" %s %b "%{Referer}i" "%{User-Agent}i"`, has no
# ident or user column, under basicConfig's `LEVEL:name:` header, which has no time.
AIOHTTP = """\
INFO:aiohttp.access:127.0.0.1 [04/Dec/2026:11:35:14 +0000] "GET /orders/5 HTTP/1.1" 200 154 \
"-" "curl/7.88.1"
ERROR:aiohttp.server:Error handling request from 127.0.0.1
Traceback (most recent call last):
  File "/srv/app/server.py", line 6, in h
    1/0
ZeroDivisionError: division by zero
INFO:aiohttp.access:127.0.0.1 [04/Dec/2026:11:35:15 +0000] "GET /orders/0 HTTP/1.1" 500 246 \
"-" "curl/7.88.1"
INFO:aiohttp.access:127.0.0.1 [04/Dec/2026:11:35:16 +0000] "GET /nope HTTP/1.1" 404 174 "-" \
"curl/7.88.1"
"""


_ORDERS = "GET /orders/<*>"


@pytest.mark.parametrize(
    ("line", "template", "level"),
    [
        # Tornado's access log (`tornado.access`): the status, then the method and path.
        (
            "INFO:tornado.access:200 GET /api/block_runs?pipeline_run_id=792 (172.18.0.1) 19.29ms",
            "GET /api/block_runs?pipeline_run_id=<*> 200",
            "INFO",
        ),
        ("WARNING:tornado.access:404 PUT /api/x/7 (::1) 2.26ms", "PUT /api/x/<*> 404", "WARNING"),
        (
            "ERROR:tornado.access:500 GET /api/kernels (10.0.0.1) 3.1ms",
            "GET /api/kernels 500",
            "ERROR",
        ),
    ],
)
def test_tornados_access_line_is_a_request(line, template, level):
    f = FORMAT.parse(line)
    assert (f.template, f.level, f.logger) == (template, level, "tornado.access")


def test_an_access_line_under_a_python_header_is_a_request(tmp_path):
    """A request: named by route and status, at its status's level (a 500 under INFO is an
    error), at its own time where the header has none; the traceback's record between takes
    the time of the line above it."""
    rows = stored_events(
        tmp_path, AIOHTTP, "line, timestamp, level, logger, template, timestamp_inferred"
    )
    assert [(r[0], str(r[1]), r[2], r[3], r[4], r[5]) for r in rows] == [
        (1, "2026-12-04 11:35:14", "info", "aiohttp.access", _ORDERS + " 200", False),
        (
            2,
            "2026-12-04 11:35:14",
            "error",
            "aiohttp.server",
            "Error handling request from <*>",
            True,
        ),
        (7, "2026-12-04 11:35:15", "error", "aiohttp.access", _ORDERS + " 500", False),
        (8, "2026-12-04 11:35:16", "warning", "aiohttp.access", "GET /nope 404", False),
    ]


def test_a_word_and_a_colon_open_the_message_in_a_layout_that_writes_no_names():
    """dnf's `%(asctime)s %(levelname)s %(message)s`: most lines have no `name:` after the
    level, so the few that have one (a repository's id) keep it as the message's."""
    sample = [
        "2024-06-05T06:03:15+0000 INFO --- logging initialized ---",
        "2024-06-05T06:03:15+0000 DEBUG timer: config: 3 ms",
        "2024-06-05T06:03:15+0000 DEBUG Loaded plugins: builddep, changelog",
        "2024-06-05T06:03:15+0000 DEBUG DNF version: 4.14.0",
        "2024-06-05T06:03:15+0000 DEBUG Command: dnf -q check-update",
        "2024-06-05T06:03:15+0000 DEBUG Installroot: /",
        "2024-06-05T06:03:15+0000 DEBUG Releasever: 9",
        "2024-06-05T06:03:15+0000 DEBUG cachedir: /var/cache/dnf",
        "2024-06-05T06:03:18+0000 DEBUG appstream: using metadata from Tue 04 Jun 2024.",
        "2024-06-05T06:03:18+0000 DEBUG Base command: check-update",
    ]
    line = sample[8]
    assert FORMAT.parse(line).logger == "appstream"  # alone, the layout is the common one
    own = FORMAT.specialise(sample)
    assert own.parse(line) is None  # generic's, whole
    # A file of Python's named layout keeps its names.
    named = [f"2024-06-05 06:03:{i:02d},123 INFO app.jobs: job {i} done" for i in range(10)]
    assert FORMAT.specialise(named) is FORMAT
    assert FORMAT.specialise(sample[:5]) is FORMAT  # too few lines to say
    assert isinstance(own, PythonLoggingFormat)


def test_thread_pid_and_caller_after_the_level():
    """Weights & Biases' debug-internal.log: `%(threadName)-10s:%(process)d [%(filename)s:
    %(funcName)s():%(lineno)s]`; left in the message, `send: %s` and `send_request: %s` were
    one template of the thread and the caller."""
    f = FORMAT.parse(
        "2024-06-05 06:00:12,411 DEBUG   SenderThread:39203 [sender.py:send():379] send: header"
    )
    assert (f.level, f.message, f.attributes) == (
        "DEBUG",
        "send: header",
        {"thread": "SenderThread", "pid": 39203, "caller": "sender.py:send():379"},
    )
    f = FORMAT.parse(
        "2024-06-05 06:00:12,404 INFO    StreamThr :39203 [internal.py:wandb_internal():85] x"
    )
    assert (f.message, f.attributes["thread"]) == ("x", "StreamThr")


def test_rhasspys_level_and_time_in_one_bracket():
    # `[%(levelname)s:%(asctime)s] %(name)s: %(message)s`
    f = FORMAT.parse(
        "[DEBUG:2024-06-07 06:01:52,647] rhasspydialogue_hermes: Starting new session (id=k-1)"
    )
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2024-06-07 06:01:52,647",
        "DEBUG",
        "rhasspydialogue_hermes",
        "Starting new session (id=k-1)",
    )


def test_a_source_file_and_line_after_the_level_is_no_logger():
    # pgagroal's `INFO  worker.c:94 connect: ...`, NetBird's `file.go:352: `: the generic
    # format reads them, the caller an attribute.
    assert FORMAT.parse("2024-06-07 06:00:05 INFO  worker.c:94 connect: user=shop") is None
    assert FORMAT.parse("2024-06-07 06:00:05 INFO  peer.go:352: connected") is None
    f = FORMAT.parse("2024-06-07 06:00:05 INFO  app.db: connected")
    assert (f.logger, f.message) == ("app.db", "connected")


def test_redash_pid_level_and_logger_in_brackets():
    # Redash's `[%(asctime)s][PID:%(process)d][%(levelname)s][%(name)s] %(message)s`.
    f = FORMAT.parse("[2024-06-07 06:09:36,313][PID:8][INFO][rq.worker] queries: b0997c33")
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-06-07 06:09:36,313",
        "INFO",
        "rq.worker",
        "queries: b0997c33",
        {"pid": 8},
    )


def test_a_message_opening_with_a_name_and_dash_in_a_file_of_bracketed_names():
    """Logback's `%date %level [%logger{0}] %msg` (Dependency-Track's): HikariCP's messages open
    `HikariPool-1 - `, which alone reads as log4j's `[thread] logger - msg` and is refused, so a
    file of this layout stored them unread (the time of the line before, the head in the text).
    Where the file's start shows this layout alone, the line is the layout's."""
    sample = [
        f"2024-06-07 06:0{i}:57,599 INFO [BomUploadProcessingTask] Processing BOM {i}"
        for i in range(9)
    ]
    hikari = (
        "2024-06-07 09:20:15,376 WARN [PoolBase] HikariPool-1 - Failed to validate connection"
        " org.postgresql.jdbc.PgConnection@3ad0ed26 (This connection has been closed.)."
    )
    assert FORMAT.parse(hikari) is None  # alone, a log4j header: the java format's
    own = FORMAT.specialise(sample)
    f = own.parse(hikari)
    assert (f.timestamp, f.level, f.logger) == ("2024-06-07 09:20:15,376", "WARN", "PoolBase")
    assert f.message.startswith("HikariPool-1 - Failed to validate connection")
    assert own.parse(sample[3]).logger == "BomUploadProcessingTask"
    # A start with a log4j header among them, or too few lines to say, keeps the refusal.
    log4j = "2024-06-07 06:01:00,001 INFO [main] com.acme.Boot - Started in 3 s"
    assert FORMAT.specialise([*sample[:8], log4j]).parse(hikari) is None
    assert FORMAT.specialise(sample[:5]).parse(hikari) is None


def test_java_util_loggings_severe_in_a_thread_and_level_layout():
    """Dogtag PKI's debug log, `%d [%t] %p: %m`, through java.util.logging: SEVERE is its error."""
    fields = FORMAT.parse(
        "2024-06-07 09:38:18 [https-jsse-nio-8443-exec-24] SEVERE: "
        "Internal Database Error encountered"
    )
    assert fields is not None
    assert (fields.level, fields.message) == ("SEVERE", "Internal Database Error encountered")


def test_trytonds_process_and_thread_before_the_bracketed_time():
    fields = FORMAT.parse(
        '1 139871245796928 [2024-06-07 06:00:02,310] INFO trytond.ir.cron cron started for "tryton"'
    )
    assert fields is not None
    assert (fields.timestamp, fields.level, fields.logger, fields.message) == (
        "2024-06-07 06:00:02,310",
        "INFO",
        "trytond.ir.cron",
        'cron started for "tryton"',
    )
    assert fields.attributes == {"pid": 1, "thread": 139871245796928}


def test_easybuilds_file_and_line_before_the_level_after_its_mark():
    fields = FORMAT.parse(
        "== 2024-06-07 07:20:05,559 easyblock.py:318 INFO Init completed for application name X"
    )
    assert fields is not None
    assert (fields.timestamp, fields.level, fields.message) == (
        "2024-06-07 07:20:05,559",
        "INFO",
        "Init completed for application name X",
    )
    assert fields.attributes == {"file": "easyblock.py", "lineno": 318}


def test_a_pid_between_the_logger_and_the_level_and_uvicorns_access_line_under_it():
    # Xinference's `%(asctime)s %(name)s %(process)d %(levelname)s %(message)s`: unread, the
    # request line was one masked value, every route one group.
    f = FORMAT.parse(
        '2025-02-20 06:00:32,612 uvicorn.access 1 INFO     10.20.0.40:54958 - "POST '
        '/v1/embeddings HTTP/1.1" 200'
    )
    assert (f.level, f.logger, f.attributes["pid"]) == ("INFO", "uvicorn.access", 1)
    assert f.template == "POST /v1/embeddings 200"
    f = FORMAT.parse("2025-02-20 07:41:40,832 xinference.api.restful_api 1 ERROR    boom")
    assert (f.level, f.logger, f.message) == ("ERROR", "xinference.api.restful_api", "boom")
