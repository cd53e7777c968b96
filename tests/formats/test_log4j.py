import json
from datetime import UTC, datetime

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.log4j import FORMAT
from errctl.formats.pylogging import FORMAT as PY_FORMAT
from errctl.formats.timestamps import parse_timestamp
from tests.ingest.stored import stored_events


def test_log4j_pattern():
    f = FORMAT.parse(
        "2024-11-27 14:29:48,113 INFO  [http-nio-8080-exec-35] com.acme.inv.ReservationService"
        " - Reserved 139 units"
    )
    assert f.timestamp == "2024-11-27 14:29:48,113"
    assert f.level == "INFO"
    assert f.logger == "com.acme.inv.ReservationService"
    assert f.message == "Reserved 139 units"
    assert f.attributes == {"thread": "http-nio-8080-exec-35"}


def test_thread_with_spaces_and_hashes():
    f = FORMAT.parse(
        "2024-11-27 14:28:56,115 DEBUG "
        "[org.springframework.kafka.KafkaListenerEndpointContainer#0-2-C-1] "
        "com.acme.AccountCache - Cache lookup -> MISS"
    )
    assert (
        f.attributes["thread"] == "org.springframework.kafka.KafkaListenerEndpointContainer#0-2-C-1"
    )
    assert f.message == "Cache lookup -> MISS"
    f = FORMAT.parse("2024-01-01 12:00:00,000 WARN [Timer Thread 1] a.B - x")
    assert f.attributes["thread"] == "Timer Thread 1"


def test_logback_thread_first():
    f = FORMAT.parse("12:00:00.123 [main] INFO  com.acme.Foo - started")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "12:00:00.123",
        "INFO",
        "com.acme.Foo",
        "started",
    )
    f = FORMAT.parse("2024-01-01 12:00:00.123 [pool-1-thread-1] ERROR com.acme.Foo - boom")
    assert (f.level, f.attributes) == ("ERROR", {"thread": "pool-1-thread-1"})


def test_spring_boot():
    f = FORMAT.parse(
        "2024-01-01T12:00:00.123Z  INFO 1234 --- [           main] c.a.DemoApplication"
        "                      : Started DemoApplication in 2.3 seconds"
    )
    assert (f.timestamp, f.level, f.logger) == (
        "2024-01-01T12:00:00.123Z",
        "INFO",
        "c.a.DemoApplication",
    )
    assert f.message == "Started DemoApplication in 2.3 seconds"
    assert f.attributes == {"thread": "main", "pid": 1234}
    f = FORMAT.parse(
        "2024-01-01T12:00:00.123+01:00  WARN 99 --- [myapp] [nio-8080-exec-1] "
        "o.s.web.servlet.DispatcherServlet        : Completed initialization"
    )
    assert f.service == "myapp"
    assert f.attributes == {"thread": "nio-8080-exec-1", "pid": 99}
    f = FORMAT.parse(
        "2024-01-01 12:00:00.123 ERROR 7 --- [  restartedMain] o.s.boot.SpringApplication     "
        " : Application run failed"
    )
    assert (f.level, f.message) == ("ERROR", "Application run failed")


# Spring Boot 3.2+'s default layout (`defaults.xml`): the application's name, 3.4's group, the
# padded thread and, with Micrometer tracing, the correlation id (`[traceId-spanId] `, blank
# when no span is current; a 64-bit trace id padded to 32).
SPRING_BOOT_CORRELATION = """\
2025-06-02T14:07:31.455+02:00  INFO 30817 --- [billing] [nio-8080-exec-3] \
[5f0c2e9ad41b7c3e8a6f1d2b9e4c7a10-8a6f1d2b9e4c7a10] c.a.billing.web.InvoiceController        : \
Invoice 7731 rendered for tenant acme-eu
2025-06-02T14:07:31.502+02:00  WARN 30817 --- [billing] [     scheduling-1] \
[                                                 ] o.s.s.s.TaskUtils$LoggingErrorHandler    : \
Unexpected error occurred in scheduled task
2025-06-02T14:07:32.010+02:00 ERROR 30817 --- [billing] [payments] [nio-8080-exec-7] \
[a41b7c3e8a6f1d2b                -0c2e9ad41b7c3e8a] c.a.billing.PaymentClient                : \
Charge [card ending 4242] declined: insufficient funds
2025-06-02T14:07:33.000+02:00 DEBUG 30817 --- [           main] \
[0c2e9ad41b7c3e8a5f0c2e9ad41b7c3e-5f0c2e9ad41b7c3e] o.s.b.a.ApplicationAvailabilityBean      : \
Application availability state ReadinessState changed to ACCEPTING_TRAFFIC
"""


def test_spring_boot_application_name_and_correlation_id(tmp_path):
    rows = stored_events(
        tmp_path,
        SPRING_BOOT_CORRELATION,
        "timestamp, level, service, logger, trace_id, message, attributes",
    )
    read = [(*r[:6], json.loads(r[6]) if isinstance(r[6], str) else r[6]) for r in rows]
    assert read == [
        (
            datetime(2025, 6, 2, 12, 7, 31, 455000),
            "info",
            "billing",
            "c.a.billing.web.InvoiceController",
            "5f0c2e9ad41b7c3e8a6f1d2b9e4c7a10",
            "Invoice 7731 rendered for tenant acme-eu",
            {"pid": 30817, "thread": "nio-8080-exec-3", "span_id": "8a6f1d2b9e4c7a10"},
        ),
        (
            datetime(2025, 6, 2, 12, 7, 31, 502000),
            "warning",
            "billing",
            "o.s.s.s.TaskUtils$LoggingErrorHandler",
            None,
            "Unexpected error occurred in scheduled task",
            {"pid": 30817, "thread": "scheduling-1"},
        ),
        (
            datetime(2025, 6, 2, 12, 7, 32, 10000),
            "error",
            "billing",
            "c.a.billing.PaymentClient",
            "a41b7c3e8a6f1d2b",
            "Charge [card ending 4242] declined: insufficient funds",
            {
                "pid": 30817,
                "thread": "nio-8080-exec-7",
                "app_group": "payments",
                "span_id": "0c2e9ad41b7c3e8a",
            },
        ),
        (
            datetime(2025, 6, 2, 12, 7, 33),
            "debug",
            None,
            "o.s.b.a.ApplicationAvailabilityBean",
            "0c2e9ad41b7c3e8a5f0c2e9ad41b7c3e",
            "Application availability state ReadinessState changed to ACCEPTING_TRAFFIC",
            {"pid": 30817, "thread": "main", "span_id": "5f0c2e9ad41b7c3e"},
        ),
    ]


def test_spring_boot_thread_alone_is_never_a_correlation_id():
    """A thread whose name looks like ids (`[abc-123]`, hex and a dash) is the thread when it
    is the only bracketed field, and a short dashed hex name is not a correlation id."""
    f = FORMAT.parse(
        "2025-06-02T14:07:31.455Z  INFO 7 --- [         cafe-1] c.a.Foo                   : hi"
    )
    assert (f.service, f.trace_id, f.attributes) == (None, None, {"pid": 7, "thread": "cafe-1"})
    f = FORMAT.parse(
        "2025-06-02T14:07:31.455Z  INFO 7 --- [shop] [         cafe-1] c.a.Foo       : hi"
    )
    assert (f.service, f.trace_id, f.attributes) == ("shop", None, {"pid": 7, "thread": "cafe-1"})


FLINK = """\
2024-06-11 08:30:12,407 INFO  org.apache.flink.runtime.taskexecutor.TaskExecutor           [] - \
Receive slot request 5f1c for job 9a3e from resource manager.
2024-06-11 08:30:12,951 WARN  org.apache.flink.runtime.checkpoint.CheckpointCoordinator    \
[job-9a3e] - Failed to trigger checkpoint 17 for job 9a3e: not all tasks are running.
"""


def test_apache_flink_layout(tmp_path):
    # Flink's conf/log4j.properties: `%d %-5p %-60c %x - %m`, the generic reading kept the
    # logger and the `[]` in the message.
    rows = stored_events(tmp_path, FLINK, "timestamp, level, logger, message, attributes")
    assert [r[:4] for r in rows] == [
        (
            datetime(2024, 6, 11, 8, 30, 12, 407000),
            "info",
            "org.apache.flink.runtime.taskexecutor.TaskExecutor",
            "Receive slot request 5f1c for job 9a3e from resource manager.",
        ),
        (
            datetime(2024, 6, 11, 8, 30, 12, 951000),
            "warning",
            "org.apache.flink.runtime.checkpoint.CheckpointCoordinator",
            "Failed to trigger checkpoint 17 for job 9a3e: not all tasks are running.",
        ),
    ]
    assert rows[0][4] is None
    assert json.loads(rows[1][4]) == {"context": "job-9a3e"}


def test_jboss_logmanager_layout():
    # Quarkus, WildFly: `%d %-5p [%c] (%t) %s%e`
    f = FORMAT.parse(
        "2024-11-29 10:00:02,000 WARN  [org.jboss.as.controller] (Controller Boot Thread) "
        'WFLYCTL0013: Operation ("add") failed'
    )
    assert (f.level, f.logger, f.attributes, f.message) == (
        "WARN",
        "org.jboss.as.controller",
        {"thread": "Controller Boot Thread"},
        'WFLYCTL0013: Operation ("add") failed',
    )
    # CloudStack's management server: its log context after the thread is an attribute.
    f = FORMAT.parse(
        "2024-06-07 09:00:00,137 DEBUG [c.c.a.ApiServer] (qtp1579526446-43:ctx-ef2eb695"
        " ctx-06889d08) (logid:90ea9a4f) StorageCollector is running..."
    )
    assert (f.logger, f.attributes, f.message) == (
        "c.c.a.ApiServer",
        {"thread": "qtp1579526446-43:ctx-ef2eb695 ctx-06889d08", "logid": "90ea9a4f"},
        "StorageCollector is running...",
    )


def test_quarkus_default_console_format():
    """Keycloak's (Quarkus's) lines were read by python's `time LEVEL [name] message`, the
    thread kept in the message. Quarkus's default: `%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{3.}]
    (%t) %s%e%n`."""
    from errctl.formats.registry import detect

    lines = [
        "2025-04-03 09:12:40,517 WARN  [org.keycloak.events] (executor-thread-3) "
        "type=LOGIN_ERROR, realmId=shop, clientId=web, error=invalid_user_credentials",
        "2025-04-03 09:12:41,002 INFO  [i.q.a.r.ApplicationLifecycleManager] (main) Installed "
        "features: [cdi, rest, smallrye-health]",
    ]
    f = FORMAT.parse(lines[0])
    assert (
        parse_timestamp(f.timestamp, UTC),
        f.level,
        f.logger,
        f.message,
        f.attributes,
    ) == (
        datetime(2025, 4, 3, 9, 12, 40, 517000),
        "WARN",
        "org.keycloak.events",
        "type=LOGIN_ERROR, realmId=shop, clientId=web, error=invalid_user_credentials",
        {"thread": "executor-thread-3"},
    )
    f = FORMAT.parse(lines[1])
    assert (f.logger, f.message, f.attributes) == (
        "i.q.a.r.ApplicationLifecycleManager",
        "Installed features: [cdi, rest, smallrye-health]",
        {"thread": "main"},
    )
    assert detect(lines * 10).name == "java"


def test_jetty_stderr_log():
    f = FORMAT.parse("2024-11-29 10:00:01.456:WARN:oejs.HttpChannel:qtp1234-56: /api/orders")
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-11-29 10:00:01.456",
        "WARN",
        "oejs.HttpChannel",
        "/api/orders",
        {"thread": "qtp1234-56"},
    )
    assert FORMAT.parse("2024-11-29 10:00:01.456:note: not a level") is None
    # A comma before the milliseconds: Python's `%(asctime)s:%(levelname)s:%(name)s:` (certbot)
    assert FORMAT.parse("2024-11-29 10:00:00,123:DEBUG:certbot.main:certbot version: 2") is None


JETTY = """\
2016-09-08 14:41:05.389:INFO::main: Logging initialized @406ms
2024-05-01 12:00:00.123:INFO:oejs.Server:main: jetty-9.4.51.v20230217
2024-05-01 12:00:01.456:WARN:oejs.HttpChannel:qtp12-34: /api/orders
java.lang.NullPointerException
\tat com.example.Servlet.doGet(Servlet.java:12)
2024-05-01 12:00:02.789:WARN :oejs.HttpChannel:qtp12-35: handleException /api/orders
"""


def test_jetty_files_name_the_thread_apart_from_the_message(tmp_path):
    """Jetty 9's StdErrLog (the root logger's name empty) and Jetty 10's padded level: the
    thread is an attribute, the message what follows it, the trace joined to its record."""
    rows = stored_events(tmp_path, JETTY, "line, level, logger, message, exception_type, format")
    assert rows == [
        (1, "info", None, "Logging initialized @406ms", None, "java"),
        (2, "info", "oejs.Server", "jetty-9.4.51.v20230217", None, "java"),
        (3, "warning", "oejs.HttpChannel", "/api/orders", "java.lang.NullPointerException", "java"),
        (6, "warning", "oejs.HttpChannel", "handleException /api/orders", None, "java"),
    ]


LOG4NET = """\
2024-05-01 12:00:00,123 [1] INFO  Acme.Program [(null)] - Starting
2024-05-01 12:00:01,456 [5] ERROR Acme.Orders [order-42] - Order failed
System.InvalidOperationException: boom
   at Acme.Orders.Process() in C:\\src\\Orders.cs:line 42
"""


def test_log4net_pattern_with_its_ndc(tmp_path):
    """log4net's `%date [%thread] %-5level %logger [%property{NDC}] - %message`: the NDC is an
    attribute (none when `(null)`), the logger the logger, not the message's first word."""
    f = FORMAT.parse("2024-05-01 12:00:01,456 [5] ERROR Acme.Orders [order-42] - Order failed")
    assert (f.logger, f.message, f.attributes) == (
        "Acme.Orders",
        "Order failed",
        {"thread": "5", "ndc": "order-42"},
    )
    rows = stored_events(tmp_path, LOG4NET, "line, level, logger, message, exception_type")
    assert rows == [
        (1, "info", "Acme.Program", "Starting", None),
        (2, "error", "Acme.Orders", "Order failed", "System.InvalidOperationException"),
    ]


# Zimbra's mailbox.log, `%d %-5p [%t] [%z] %c{1} - %m`: the mapped diagnostic context in a
# bracket of its own between the thread and the logger, `key=value;` pairs (none some lines).
ZIMBRA = """\
2024-06-04 06:13:39,218 INFO  [LmtpServer-303] [ip=127.0.0.1;] lmtp - Delivering message: \
size=40514 bytes, nrcpts=1, sender=news@example.org, msgid=<a1@example.org>
2024-06-04 06:13:39,281 INFO  [LmtpServer-303] [name=samir@example.com;mid=21;ip=127.0.0.1;] \
mailop - Adding Message: id=10085, Message-ID=<a1@example.org>, parentId=-1, folderId=2
2024-06-04 07:14:33,635 INFO  [ImapServer-1212] [ip=10.0.0.5;oip=5.146.62.43;via=iPhone \
Mail/(null),10.0.0.5(nginx/1.20.0);ua=Zimbra/8.8.15_GA_4581;] imap - ID elapsed=0 (NIO)
2024-06-04 07:15:00,002 WARN  [qtp1110280208-1579:https://mail.example.com/service/soap/\
AuthRequest] [oip=45.148.115.34;ua=zclient/8.8.15;] SoapEngine - handler exception
"""


def test_a_diagnostic_context_bracket_goes_to_attributes(tmp_path):
    """Its pairs are attributes, not the message's first words (which made every statement
    logged under the same keys one template); the file is Java's, not Python logging's
    `[%(name)s] %(message)s`, which would take the thread for a logger."""
    f = FORMAT.parse(ZIMBRA.splitlines()[1])
    assert (f.logger, f.message) == (
        "mailop",
        "Adding Message: id=10085, Message-ID=<a1@example.org>, parentId=-1, folderId=2",
    )
    assert f.attributes == {
        "thread": "LmtpServer-303",
        "name": "samir@example.com",
        "mid": "21",
        "ip": "127.0.0.1",
    }
    assert FORMAT.parse(ZIMBRA.splitlines()[2]).attributes["via"] == (
        "iPhone Mail/(null),10.0.0.5(nginx/1.20.0)"
    )
    assert PY_FORMAT.parse(ZIMBRA.splitlines()[0]) is None
    rows = stored_events(tmp_path, ZIMBRA, "line, level, logger, message, format")
    assert [(r[0], r[1], r[2], r[3][:18], r[4]) for r in rows] == [
        (1, "info", "lmtp", "Delivering message", "java"),
        (2, "info", "mailop", "Adding Message: id", "java"),
        (3, "info", "imap", "ID elapsed=0 (NIO)", "java"),
        (4, "warning", "SoapEngine", "handler exception", "java"),
    ]
    # A bracket that is no pairs is kept whole.
    f = FORMAT.parse("2024-06-04 06:13:39,218 INFO  [main] [order 42] a.B - x")
    assert (f.logger, f.message, f.attributes) == (
        "a.B",
        "x",
        {"thread": "main", "ndc": "order 42"},
    )


# Spring Boot's `%-40.40logger{39}` cuts a long abbreviated logger from the left, so it can
# start with `.` or mid-word; Hibernate 6 names a logger `SQL dialect`, with a blank.
SPRING_BOOT_LOGGERS = """\
2023-03-14 09:15:02.118  INFO 4821 --- [           main] .s.d.r.c.RepositoryConfigurationDelegate \
: Finished Spring Data repository scanning in 41 ms. Found 3 JPA repository interfaces.
2023-03-14 09:15:03.902  INFO 4821 --- [           main] SQL dialect                              \
: HHH000400: Using dialect: org.hibernate.dialect.PostgreSQLDialect
2023-03-14T09:15:04.250+01:00  WARN 4821 --- [inventory] [           main] \
trationDelegate$BeanPostProcessorChecker : Bean 'cacheConfig' of type [com.acme.CacheConfig] is \
not eligible for getting processed by all BeanPostProcessors
2023-03-14T09:15:05.007+01:00  INFO 4821 --- [main] o.s.b.w.e.tomcat.TomcatWebServer : \
Tomcat started on port 8443 (https) with context path '/inv'
"""


def test_spring_boot_logger_cut_from_the_left_or_with_a_blank(tmp_path):
    rows = stored_events(
        tmp_path, SPRING_BOOT_LOGGERS, "timestamp, level, logger, message, attributes"
    )
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        (
            datetime(2023, 3, 14, 9, 15, 2, 118000),
            "info",
            ".s.d.r.c.RepositoryConfigurationDelegate",
            "Finished Spring Data repository scanning in 41 ms. Found 3 JPA repository interfaces.",
        ),
        (
            datetime(2023, 3, 14, 9, 15, 3, 902000),
            "info",
            "SQL dialect",
            "HHH000400: Using dialect: org.hibernate.dialect.PostgreSQLDialect",
        ),
        (
            datetime(2023, 3, 14, 8, 15, 4, 250000),
            "warning",
            "trationDelegate$BeanPostProcessorChecker",
            "Bean 'cacheConfig' of type [com.acme.CacheConfig] is not eligible for getting "
            "processed by all BeanPostProcessors",
        ),
        (
            datetime(2023, 3, 14, 8, 15, 5, 7000),
            "info",
            "o.s.b.w.e.tomcat.TomcatWebServer",
            "Tomcat started on port 8443 (https) with context path '/inv'",
        ),
    ]
    attributes = [json.loads(r[4]) if isinstance(r[4], str) else r[4] for r in rows]
    assert attributes == [
        {"thread": "main", "pid": 4821},
        {"thread": "main", "pid": 4821},
        {"thread": "main", "pid": 4821},
        {"thread": "main", "pid": 4821},
    ]


@pytest.mark.parametrize(
    "logger",
    [
        "o.a.c.c.C.[.[.[/].[dispatcherServlet]",  # logback's %logger{39}: brackets kept whole
        "org.apache.catalina.core.ContainerBase.[Tomcat].[localhost].[/].[dispatcherServlet]",
    ],
)
def test_spring_boot_tomcat_servlet_logger(logger):
    # What Spring Boot 3 logs when a controller throws (its stack trace follows on the next
    # lines, after a blank one).
    f = FORMAT.parse(
        f"2024-01-01T10:00:05.456Z ERROR 1 --- [nio-8080-exec-1] {logger}    : "
        "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw "
        "exception [Request processing failed: java.lang.NullPointerException] with root cause"
    )
    assert (f.level, f.logger) == ("ERROR", logger)
    assert f.message.startswith("Servlet.service() for servlet [dispatcherServlet] in context")
    assert f.attributes == {"thread": "nio-8080-exec-1", "pid": 1}


@pytest.mark.parametrize(
    ("line", "timestamp", "level", "logger", "message", "attributes"),
    [
        (  # Hadoop, HBase: `%d %p [%t] %c: %m`
            "2015-10-18 18:01:47,978 INFO [IPC Server handler 5 on 62270] "
            "org.apache.hadoop.ipc.Server: Stopping: now",
            "2015-10-18 18:01:47,978",
            "INFO",
            "org.apache.hadoop.ipc.Server",
            "Stopping: now",
            {"thread": "IPC Server handler 5 on 62270"},
        ),
        (  # Jahia: `%d: %-5p [%t] %c: %m`, a colon after the time too
            "2024-06-07 06:10:39,227: INFO  [main] org.apache.jackrabbit.core.RepositoryImpl: "
            "Starting repository...",
            "2024-06-07 06:10:39,227",
            "INFO",
            "org.apache.jackrabbit.core.RepositoryImpl",
            "Starting repository...",
            {"thread": "main"},
        ),
        (  # ... and a message that opens with dashes is no Spring Boot line
            "2024-06-07 06:11:11,984: INFO  [FelixStartLevel] org.jahia.bundles.extender."
            "jahiamodules.Activator: --- Start Jahia OSGi bundle Font Awesome [182] --",
            "2024-06-07 06:11:11,984",
            "INFO",
            "org.jahia.bundles.extender.jahiamodules.Activator",
            "--- Start Jahia OSGi bundle Font Awesome [182] --",
            {"thread": "FelixStartLevel"},
        ),
        (  # OneDev: `%d %-5level [%thread] %logger{36} %msg`, no separator: a class only
            "2024-06-05 06:11:31,801 INFO  [main] io.onedev.agent.Agent Connecting to https://x",
            "2024-06-05 06:11:31,801",
            "INFO",
            "io.onedev.agent.Agent",
            "Connecting to https://x",
            {"thread": "main"},
        ),
        (  # Spark: `%d{yy/MM/dd HH:mm:ss} %p %c{1}: %m`
            "17/06/09 20:10:40 INFO executor.CoarseGrainedExecutorBackend: Registered handlers",
            "17/06/09 20:10:40",
            "INFO",
            "executor.CoarseGrainedExecutorBackend",
            "Registered handlers",
            None,
        ),
        (  # Kafka: `[%d] %p %m (%c)`
            "[2024-05-01 12:00:00,123] ERROR [ReplicaFetcher replicaId=1] Error for (a) "
            "partition (kafka.server.ReplicaFetcherThread)",
            "2024-05-01 12:00:00,123",
            "ERROR",
            "kafka.server.ReplicaFetcherThread",
            "[ReplicaFetcher replicaId=1] Error for (a) partition",
            None,
        ),
        (  # ZooKeeper: `%d - %-5p [%t:%C{1}@%L] - %m`, brackets and colons in the thread
            "2015-07-29 17:41:44,747 - INFO  [QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:"
            "FastLeaderElection@774] - Notification time out: 3200",
            "2015-07-29 17:41:44,747",
            "INFO",
            "FastLeaderElection",
            "Notification time out: 3200",
            {"thread": "QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181", "lineno": 774},
        ),
        (  # ZooKeeper 3.5+: `%d [myid:%X{myid}] - %-5p [%t:%C{1}@%L] - %m`
            "2023-11-02 14:05:12,930 [myid:2] - WARN  [QuorumPeer[myid=2](plain=[0:0:0:0:0:0:0:0]"
            ":2181)(secure=disabled):o.a.z.s.q.Follower@129] - Exception when following the "
            "leader",
            "2023-11-02 14:05:12,930",
            "WARN",
            "o.a.z.s.q.Follower",
            "Exception when following the leader",
            {
                "thread": "QuorumPeer[myid=2](plain=[0:0:0:0:0:0:0:0]:2181)(secure=disabled)",
                "lineno": 129,
                "myid": "2",
            },
        ),
        (  # a standalone server has no id; a nested class keeps its `$`
            "2023-11-02 14:05:13,001 [myid:] - INFO  [NIOWorkerThread-3:o.a.z.s.NIOServerCnxn"
            "$Factory@1052] - Closed socket connection for client /10.0.0.7:51200 [ok:Fake@1] - x",
            "2023-11-02 14:05:13,001",
            "INFO",
            "o.a.z.s.NIOServerCnxn$Factory",
            "Closed socket connection for client /10.0.0.7:51200 [ok:Fake@1] - x",
            {"thread": "NIOWorkerThread-3", "lineno": 1052},
        ),
    ],
)
def test_apache_project_layouts(line, timestamp, level, logger, message, attributes):
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        timestamp,
        level,
        logger,
        message,
        attributes,
    )


def test_kafka_layout_needs_its_logger_last():
    assert FORMAT.parse("[2024-05-01 12:00:00,123] ERROR Error in (a.b) handler") is None
    # ... and dotted: a word alone in parentheses ends a sentence (Ghost's `(latest)`).
    assert FORMAT.parse("[2024-06-05 06:01:04] INFO Fetched 9 events in 362ms (latest)") is None
    f = FORMAT.parse("[2024-05-01 12:00:00,123] INFO Shut down completely (state.change.logger)")
    assert f.logger == "state.change.logger"


def test_atlassians_thread_then_category_in_brackets():
    """Confluence's `%d %p [%t] [%c{4}] %M %m`: the thread, then the category in brackets of its
    own (read as Python's `[name]` before, the thread taken for the logger and the category
    left in every message)."""
    f = FORMAT.parse(
        "2024-06-05 06:00:37,785 INFO [Caesium-1-4] [directory.ldap.cache.UsnChangedCache"
        "Refresher] synchroniseChanges found [ 0 ] changed remote users in [ 45ms ]"
    )
    assert (f.level, f.logger, f.message, f.attributes) == (
        "INFO",
        "directory.ldap.cache.UsnChangedCacheRefresher",
        "synchroniseChanges found [ 0 ] changed remote users in [ 45ms ]",
        {"thread": "Caesium-1-4"},
    )
    assert (
        PY_FORMAT.parse("2024-06-05 06:00:37,785 INFO [Caesium-1-4] [atlassian.crowd.Directory] x")
        is None
    )
    # Python's `[name]` with a bracketed word in its message stays Python's.
    f = PY_FORMAT.parse("2024-06-05 06:00:37,785 INFO [app.jobs] [retry] job 7 failed")
    assert (f.logger, f.message) == ("app.jobs", "[retry] job 7 failed")


def test_bamboos_class_alfrescos_category_and_liferays_glued_class():
    # Bamboo's `%d %p [%t] [%c{1}]`: the class alone in the second bracket; threads with blanks
    # and colons (ActiveMQ's) too.
    for thread in ("scheduler_Worker-2", "ActiveMQ Transport: ssl:///10.0.5.22:50412"):
        line = f"2024-06-07 06:00:34,630 INFO [{thread}] [ChangeDetectionListenerAction] Found 1"
        f = FORMAT.parse(line)
        assert (f.level, f.logger, f.message, f.attributes) == (
            "INFO",
            "ChangeDetectionListenerAction",
            "Found 1",
            {"thread": thread},
        )
        assert PY_FORMAT.parse(line) is None
    # Alfresco's `%d %-5p [%c{3}] [%t] %m`: the category first, the thread (nested brackets in
    # it) after.
    line = (
        "2024-06-07 07:00:40,899 WARN  [org.alfresco.repo.cache.TransactionalCache.org.alfresco"
        ".cache.node.propertiesTransactionalCache] [Camel (ctx) thread #1 - JmsConsumer[q]] "
        "Transactional update cache is full"
    )
    f = FORMAT.parse(line)
    assert (f.level, f.logger, f.message, f.attributes) == (
        "WARN",
        "org.alfresco.repo.cache.TransactionalCache.org.alfresco.cache.node."
        "propertiesTransactionalCache",
        "Transactional update cache is full",
        {"thread": "Camel (ctx) thread #1 - JmsConsumer[q]"},
    )
    assert PY_FORMAT.parse(line) is None
    # (A Python module, lower case, in brackets before a bracketed word stays Python's.)
    f = PY_FORMAT.parse("2024-06-05 06:00:37,785 INFO [app.jobs.runner] [retry] job 7 failed")
    assert (f.logger, f.message) == ("app.jobs.runner", "[retry] job 7 failed")
    # Liferay's `%-5p [%t][%c{1}:%L] %m`: the class and its line glued to the thread's bracket.
    f = FORMAT.parse(
        "2024-06-07 06:00:05.027 WARN  [http-nio-8080-exec-33][PortalImpl:7107] Current URL /x"
    )
    assert (f.level, f.logger, f.message, f.attributes) == (
        "WARN",
        "PortalImpl",
        "Current URL /x",
        {"thread": "http-nio-8080-exec-33", "lineno": 7107},
    )


def test_tomcat_catalina_out():
    """java.util.logging's OneLineFormatter, which Tomcat writes `catalina.out` with: the logger
    is followed by the method that logged."""
    f = FORMAT.parse(
        "29-Nov-2026 10:00:01.456 SEVERE [http-nio-8080-exec-1] org.apache.catalina.core."
        "StandardWrapperValve.invoke Servlet.service() for servlet [dispatcher] threw exception"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "29-Nov-2026 10:00:01.456",
        "SEVERE",
        "org.apache.catalina.core.StandardWrapperValve",
        "Servlet.service() for servlet [dispatcher] threw exception",
        {"thread": "http-nio-8080-exec-1", "method": "invoke"},
    )
    f = FORMAT.parse("29-Nov-2026 10:00:00.123 INFO [main] a.B.<init> Starting")
    assert (f.logger, f.attributes["method"], f.message) == ("a.B", "<init>", "Starting")
    assert FORMAT.parse("29-Nov-2026 10:00:00.123 NOTICE [main] a.B.c not a JUL level") is None


JUL = """\
May 01, 2024 12:00:00 PM com.example.App start
INFO: Server started
May 01, 2024 12:00:01 PM com.example.Db connect
SEVERE: Could not connect
java.sql.SQLException: No suitable driver
\tat java.sql.DriverManager.getConnection(DriverManager.java:702)
\tat com.example.Db.connect(Db.java:12)
May 01, 2024 1:00:02 AM com.example.App$Worker run
WARNING: Slow request 1200ms
"""


def test_java_util_logging_two_line_records(tmp_path):
    """java.util.logging's default SimpleFormatter: the header names the class and method; the
    level and message are the next line, which the event takes, the level out of its text."""
    f = FORMAT.parse("May 01, 2024 12:00:01 PM com.example.Db connect")
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "May 01, 2024 12:00:01 PM",
        None,
        "com.example.Db",
        "",
        {"method": "connect"},
    )
    assert FORMAT.parse("May 01, 2024 12:00:01 PM com.example.Db connect to db") is None
    rows = stored_events(tmp_path, JUL, "line, level, logger, message, exception_type")
    assert rows == [
        (1, "info", "com.example.App", "Server started", None),
        (3, "error", "com.example.Db", "Could not connect", "java.sql.SQLException"),
        (8, "warning", "com.example.App$Worker", "Slow request 1200ms", None),
    ]


def test_java_util_logging_header_with_the_logger_alone(tmp_path):
    """A record that names no caller has the logger alone in its header (Hazelcast's logging
    over JUL): still a header, so the level line below it gives the event its level; a word
    that is no dotted name after the time is not a logger."""
    text = (
        "Jun 04, 2024 6:00:02 AM com.hazelcast.internal.cluster.ClusterService\n"
        "INFO: [10.0.0.11]:5701 [dev] [5.3.6] Members joined\n"
        "Jun 04, 2024 6:05:11 AM com.hazelcast.internal.cluster.impl.ClusterHeartbeatManager\n"
        "WARNING: [10.0.0.11]:5701 [dev] [5.3.6] Suspecting Member [10.0.0.13]:5701\n"
    )
    f = FORMAT.parse(text.splitlines()[0])
    assert (f.timestamp, f.logger, f.message, f.attributes) == (
        "Jun 04, 2024 6:00:02 AM",
        "com.hazelcast.internal.cluster.ClusterService",
        "",
        None,
    )
    assert FORMAT.parse("May 01, 2024 12:00:01 PM Starting") is None
    rows = stored_events(tmp_path, text, "line, level, logger, format")
    assert rows == [
        (1, "info", "com.hazelcast.internal.cluster.ClusterService", "java"),
        (3, "warning", "com.hazelcast.internal.cluster.impl.ClusterHeartbeatManager", "java"),
    ]


def test_a_severe_record_without_a_trace_is_an_error(tmp_path):
    """The level line alone says it: SEVERE is java.util.logging's error."""
    log = "May 01, 2024 12:00:01 PM com.example.Db check\nSEVERE: Disk full\n"
    assert stored_events(tmp_path, log, "level, message") == [("error", "Disk full")]


def test_a_request_logged_through_java_util_logging(tmp_path):
    """Vert.x's LoggerHandler writes each request through JUL: the line under the header is an
    access log's, whose bracketed time is no event's start; the event is named by its route and
    status, at the status's level, the header's time kept."""
    log = (
        "Jun 04, 2024 6:00:14 AM io.vertx.ext.web.handler.impl.LoggerHandlerImpl\n"
        'INFO: 10.0.3.12 - - [Tue, 04 Jun 2024 06:00:14 GMT] "GET /catalog/items/4290 HTTP/1.1"'
        ' 200 4144 "-" "okhttp/4.12.0"\n'
        "Jun 04, 2024 6:00:15 AM io.vertx.ext.web.handler.impl.LoggerHandlerImpl\n"
        'SEVERE: 10.0.3.57 - - [Tue, 04 Jun 2024 06:00:15 GMT] "GET /catalog/items/7786 HTTP/1.1"'
        ' 500 0 "-" "Vert.x-WebClient/4.5.7"\n'
    )
    rows = stored_events(tmp_path, log, "line, timestamp::VARCHAR, level, template, format")
    assert rows == [
        (1, "2024-06-04 06:00:14", "info", "GET /catalog/items/<*> 200", "java"),
        (3, "2024-06-04 06:00:15", "error", "GET /catalog/items/<*> 500", "java"),
    ]


def test_uncaught_exception_line_starts_an_event():
    f = FORMAT.parse('Exception in thread "main" java.lang.IllegalStateException: closed')
    assert f.level == "ERROR"
    assert f.attributes == {"thread": "main"}


CASSANDRA = """\
INFO  [main] 2024-11-29 10:00:00,123 CassandraDaemon.java:600 - JVM vendor/version: OpenJDK 11
ERROR [CompactionExecutor:3] 2024-11-29 10:00:01,456 CassandraDaemon.java:244 - Exception in \
thread Thread[CompactionExecutor:3,1,main]
java.lang.RuntimeException: Tried to hard link to file that does not exist /var/lib/c/nb-5.db
\tat org.apache.cassandra.io.util.FileUtils.createHardLink(FileUtils.java:185)
\tat org.apache.cassandra.db.Directories.snapshot(Directories.java:900)
WARN  [GossipTasks:1] 2024-11-29 10:00:02,789 FailureDetector.java:288 - Not marking nodes down
"""


def test_level_first_layouts_cassandra(tmp_path):
    """Cassandra's `%-5level [%thread] %date %F:%L - %msg`: before, no format read it, so its
    lines had no level or time and its stack trace was an event of its own."""
    rows = stored_events(
        tmp_path, CASSANDRA, "line, level, logger, strftime(timestamp, '%S'), exception_type"
    )
    assert rows == [
        (1, "info", "CassandraDaemon.java", "00", None),
        (2, "error", "CassandraDaemon.java", "01", "java.lang.RuntimeException"),
        (6, "warning", "FailureDetector.java", "02", None),
    ]
    f = FORMAT.parse(CASSANDRA.splitlines()[-1])
    assert (f.message, f.attributes) == (
        "Not marking nodes down",
        {"thread": "GossipTasks:1", "lineno": 288},
    )


def test_level_first_layout_with_the_time_before_the_thread():
    f = FORMAT.parse("ERROR 2024-11-29 10:00:00,123 [http-nio-8080-exec-1] com.acme.Api - failed")
    assert (f.level, f.timestamp, f.logger, f.message, f.attributes) == (
        "ERROR",
        "2024-11-29 10:00:00,123",
        "com.acme.Api",
        "failed",
        {"thread": "http-nio-8080-exec-1"},
    )


def test_a_seastar_logger_with_a_slash_starts_its_own_event(tmp_path):
    """Redpanda's raft heartbeat logs as `r/heartbeat`: read as no logger, its lines were the
    text of the line above."""
    text = (
        "INFO  2024-06-04 06:00:53,563 [shard 0:main] storage - segment.cc:771 - Creating new"
        " segment /var/lib/redpanda/data/kafka/clicks/4_31/451007-5-v1.log\n"
        "INFO  2024-06-04 09:13:47,113 [shard 0:main] r/heartbeat - heartbeat_manager.cc:531 -"
        " Closed unresponsive connection to 2\n"
    )
    rows = stored_events(tmp_path, text, "line, level, logger")
    assert rows == [(1, "info", "storage"), (2, "info", "r/heartbeat")]


@pytest.mark.parametrize(
    "line",
    [
        "ERROR: disk full, not a java header",
        "INFO [main] starting, no time",
        "\tat com.acme.Foo.bar(Foo.java:42)",
        "Caused by: java.io.IOException: broken pipe",
        "java.lang.NullPointerException",
        "\t... 42 more",
        "2024-01-01 12:00:00,123 - app - INFO - python, not java",
        "2024-01-01 12:00:00,123 INFO app.db: python, not java",
        "2024-01-01 12:00:00,123 NOTALEVEL [main] a.B - x",
        "12:00:00 hello",
        "",
    ],
)
def test_rejects(line):
    assert FORMAT.parse(line) is None


@given(st.text(max_size=200))
def test_never_raises(line):
    FORMAT.parse(line)
    FORMAT.parse("2024-01-01 12:00:00,123 " + line)
    FORMAT.parse("2024-01-01 12:00:00,123 - INFO  [" + line)
    FORMAT.parse("[2024-01-01 12:00:00,123] INFO " + line)
    FORMAT.parse("24/01/01 12:00:00 INFO " + line)
    FORMAT.parse("2024-01-01T12:00:00.123Z  INFO 1 --- " + line)


def test_elasticsearch_and_logstash_bracketed_layout():
    f = FORMAT.parse(
        "[2024-11-15T00:00:01,123][WARN ][o.e.c.r.a.DiskThresholdMonitor] [node-1] high disk "
        "watermark [90%] exceeded on [abc][node-1][/var/lib/es] free: 4.1gb[8.3%]"
    )
    assert (f.timestamp, f.level, f.logger, f.attributes) == (
        "2024-11-15T00:00:01,123",
        "WARN",
        "o.e.c.r.a.DiskThresholdMonitor",
        {"node": "node-1"},
    )
    assert f.message.startswith("high disk watermark [90%] exceeded on [abc]")
    f = FORMAT.parse(
        "[2024-11-15T00:00:02,456][ERROR][logstash.outputs.elasticsearch][main] Could not index "
        'event to Elasticsearch. {:status=>400, :action=>["index"]}'
    )
    assert (f.level, f.logger, f.attributes) == (
        "ERROR",
        "logstash.outputs.elasticsearch",
        {"pipeline": "main"},
    )
    assert f.message.startswith("Could not index event")
    f = FORMAT.parse("[2024-11-15T00:00:03,000][INFO ][logstash.runner          ] Starting")
    assert (f.logger, f.message, f.attributes) == ("logstash.runner", "Starting", None)


def test_jenkins_layout(tmp_path):
    events = stored_events(
        tmp_path,
        "2024-11-15 00:00:02.456+0000 [id=43]\tSEVERE\thudson.model.Executor#run: Executor #0 "
        "failed\njava.lang.NullPointerException: boom\n"
        "\tat hudson.model.Run.execute(Run.java:1900)\n",
        "level, logger, message, exception_type, attributes->>'method'",
    )
    assert events == [
        (
            "error",
            "hudson.model.Executor",
            "Executor #0 failed",
            "java.lang.NullPointerException",
            "run",
        )
    ]


def test_intellij_idea_log():
    """JetBrains IDEs' idea.log: `%d [%7s] %6s - %s - %s`, the uptime in milliseconds padded."""
    f = FORMAT.parse(
        "2025-02-03 09:12:40,118 [   1207]   WARN - #c.i.o.v.n.p.NewMappings - VCS root not "
        "found: /home/dev/src/app - check the mappings"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2025-02-03 09:12:40,118",
        "WARN",
        "#c.i.o.v.n.p.NewMappings",
        "VCS root not found: /home/dev/src/app - check the mappings",
        {"uptime_ms": 1207},
    )
    f = FORMAT.parse(
        "2025-02-03 11:40:02,774 [8843355]  ERROR - c.i.o.a.i.ActionUpdater - Slow update: 512ms"
    )
    assert (f.level, f.logger, f.message, f.attributes) == (
        "ERROR",
        "c.i.o.a.i.ActionUpdater",
        "Slow update: 512ms",
        {"uptime_ms": 8843355},
    )


def test_nextflow_log(tmp_path):
    """Nextflow's `.nextflow.log`: `%d{MMM-dd HH:mm:ss.SSS} [%thread] %-5level %logger{36} -
    %msg`, a time without a year; the Java trace after an ERROR line is its exception."""
    f = FORMAT.parse(
        "Oct-02 07:15:44.093 [Task submitter] INFO  nextflow.Session - [3a/7c21e9] Submitted "
        "process > ALIGN (sample_12)"
    )
    assert parse_timestamp(f.timestamp, UTC, datetime(2024, 11, 1)) == datetime(
        2024, 10, 2, 7, 15, 44, 93000
    )
    assert (f.level, f.logger, f.message, f.attributes) == (
        "INFO",
        "nextflow.Session",
        "[3a/7c21e9] Submitted process > ALIGN (sample_12)",
        {"thread": "Task submitter"},
    )
    events = stored_events(
        tmp_path,
        "Oct-02 07:16:01.512 [main] DEBUG nextflow.cli.Launcher - $> nextflow run main.nf\n"
        "Oct-02 07:19:30.870 [Task monitor] ERROR nextflow.processor.TaskProcessor - Error "
        "executing process > 'ALIGN (sample_12)'\n"
        "java.nio.file.NoSuchFileException: /scratch/work/3a/7c21e9/.command.out\n"
        "\tat java.base/sun.nio.fs.UnixException.translateToIOException(UnixException.java:92)\n"
        "\tat nextflow.processor.TaskRun.getStdout(TaskRun.groovy:411)\n",
        "line, level, logger, message, exception_type",
    )
    assert events == [
        (1, "debug", "nextflow.cli.Launcher", "$> nextflow run main.nf", None),
        (
            2,
            "error",
            "nextflow.processor.TaskProcessor",
            "Error executing process > 'ALIGN (sample_12)'",
            "java.nio.file.NoSuchFileException",
        ),
    ]


def test_padded_thread_and_logger_before_a_colon():
    """A log4j2 pattern dressed as Spring Boot's, `%d %p [%-25.25t] %-25.25c{1} : %m`: the
    padding is not part of the thread or the logger."""
    f = FORMAT.parse(
        "2025-03-11T16:20:05,402 WARN [pool-3-thread-7          ] LedgerSyncJob            : "
        "Retrying batch 42 after timeout: 30s"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2025-03-11T16:20:05,402",
        "WARN",
        "LedgerSyncJob",
        "Retrying batch 42 after timeout: 30s",
        {"thread": "pool-3-thread-7"},
    )
    f = FORMAT.parse(
        "2025-03-11T16:20:05,411 INFO [main                     ] LedgerApplication        : "
        "Started LedgerApplication in 8.2 seconds"
    )
    assert (f.logger, f.message, f.attributes) == (
        "LedgerApplication",
        "Started LedgerApplication in 8.2 seconds",
        {"thread": "main"},
    )


SOLR = """\
2024-09-17 06:02:11.904 INFO  (qtp1989811701-58) [c:orders s:shard2 r:core_node7 \
x:orders_shard2_replica_n4 t:3fa1c2] o.a.s.c.S.Request webapp=/solr path=/select \
params={q=sku:X-42&wt=json} hits=3 status=0 QTime=4
2024-09-17 06:02:12.017 WARN  (recoveryExecutor-9-thread-2-processing-n:10.4.0.12:8983_solr \
x:orders_shard2_replica_n4 c:orders s:shard2 r:core_node7) [c:orders s:shard2 r:core_node7 \
x:orders_shard2_replica_n4] o.a.s.c.RecoveryStrategy Stopping recovery for core=[orders]
2024-09-17 06:02:13.250 ERROR (main) [   ] o.a.s.c.CoreContainer Error waiting for SolrCore \
to be loaded on startup
2024-09-17 06:02:14.001 INFO  (qtp1989811701-61) [   x:products] o.a.s.u.DirectUpdateHandler2 \
start commit{,optimize=false,openSearcher=true}
"""


def test_apache_solr_log(tmp_path):
    """solr.log (6.x+, `%d %-5p (%t) [%X{collection} %X{shard} %X{replica} %X{core}] %c{1.}
    %m`): before, the thread and context stayed in the message, and a thread name holding a
    colon was cut there by Python's `time LEVEL name: msg`."""
    rows = stored_events(tmp_path, SOLR, "timestamp, level, logger, message, trace_id, attributes")
    assert [r[:5] for r in rows] == [
        (
            datetime(2024, 9, 17, 6, 2, 11, 904000),
            "info",
            "o.a.s.c.S.Request",
            "webapp=/solr path=/select params={q=sku:X-42&wt=json} hits=3 status=0 QTime=4",
            "3fa1c2",
        ),
        (
            datetime(2024, 9, 17, 6, 2, 12, 17000),
            "warning",
            "o.a.s.c.RecoveryStrategy",
            "Stopping recovery for core=[orders]",
            None,
        ),
        (
            datetime(2024, 9, 17, 6, 2, 13, 250000),
            "error",
            "o.a.s.c.CoreContainer",
            "Error waiting for SolrCore to be loaded on startup",
            None,
        ),
        (
            datetime(2024, 9, 17, 6, 2, 14, 1000),
            "info",
            "o.a.s.u.DirectUpdateHandler2",
            "start commit{,optimize=false,openSearcher=true}",
            None,
        ),
    ]
    assert [json.loads(r[5]) for r in rows] == [
        {
            "thread": "qtp1989811701-58",
            "collection": "orders",
            "shard": "shard2",
            "replica": "core_node7",
            "core": "orders_shard2_replica_n4",
        },
        {
            "thread": "recoveryExecutor-9-thread-2-processing-n:10.4.0.12:8983_solr "
            "x:orders_shard2_replica_n4 c:orders s:shard2 r:core_node7",
            "collection": "orders",
            "shard": "shard2",
            "replica": "core_node7",
            "core": "orders_shard2_replica_n4",
        },
        {"thread": "main"},
        {"thread": "qtp1989811701-61", "core": "products"},
    ]


def test_apache_solr_8_6_context_leaves_unset_fields_out():
    f = FORMAT.parse(
        "2024-09-17 06:03:00.500 INFO  (qtp1-14) [ x:products] o.a.s.c.SolrCore [products] "
        "Registered new searcher autowarm time: 0 ms"
    )
    assert (f.logger, f.message, f.attributes) == (
        "o.a.s.c.SolrCore",
        "[products] Registered new searcher autowarm time: 0 ms",
        {"thread": "qtp1-14", "core": "products"},
    )
    f = FORMAT.parse("2024-09-17 06:03:00.600 INFO  (main) [] o.a.s.s.SolrDispatchFilter Up")
    assert (f.logger, f.message, f.attributes) == (
        "o.a.s.s.SolrDispatchFilter",
        "Up",
        {"thread": "main"},
    )


SOLR5_UPTIME = """\
0    INFO  (main) [   ] o.e.j.u.log Logging initialized @612ms
1873 WARN  (main) [   ] o.a.s.c.CoreContainer Couldn't add files from /srv/solr/lib to classpath
90412 INFO  (qtp5551212-17) [   x:catalog] o.a.s.u.p.LogUpdateProcessorFactory [catalog] \
webapp=/solr path=/update params={commit=true} {commit=} 0 38
"""


def test_apache_solr_5_relative_time_layout(tmp_path):
    """Solr 5's `%-4r %-5p (%t) [...] %c{1.} %m`: the milliseconds since start, no date; the
    events take their time as any event without one does."""
    rows = stored_events(
        tmp_path, SOLR5_UPTIME, "timestamp_inferred, level, logger, message, attributes"
    )
    assert [r[:4] for r in rows] == [
        (True, "info", "o.e.j.u.log", "Logging initialized @612ms"),
        (
            True,
            "warning",
            "o.a.s.c.CoreContainer",
            "Couldn't add files from /srv/solr/lib to classpath",
        ),
        (
            True,
            "info",
            "o.a.s.u.p.LogUpdateProcessorFactory",
            "[catalog] webapp=/solr path=/update params={commit=true} {commit=} 0 38",
        ),
    ]
    assert [json.loads(r[4]) for r in rows] == [
        {"thread": "main", "uptime_ms": 0},
        {"thread": "main", "uptime_ms": 1873},
        {"thread": "qtp5551212-17", "uptime_ms": 90412, "core": "catalog"},
    ]


SOLR4 = """\
WARN  - 2014-11-03 21:15:40.088; [   articles] org.apache.solr.core.SolrCore; [articles] \
PERFORMANCE WARNING: Overlapping onDeckSearchers=2
INFO  - 2014-11-03 21:15:41.120; [news shard1 core_node2 news_shard1_replica2] \
org.apache.solr.update.UpdateLog; Took 12ms to seed version buckets
ERROR - 2013-06-30 08:00:01.442; org.apache.solr.common.SolrException; null:java.lang.\
IllegalStateException: Form too large
"""


def test_apache_solr_4_level_first_layout(tmp_path):
    """Solr 4's and 5's console `%-5p - %d{yyyy-MM-dd HH:mm:ss.SSS}; [context] %C; %m`, the
    context positional (collection, shard, replica, core), absent before 4.10."""
    rows = stored_events(tmp_path, SOLR4, "timestamp, level, logger, message, attributes")
    assert [r[:4] for r in rows] == [
        (
            datetime(2014, 11, 3, 21, 15, 40, 88000),
            "warning",
            "org.apache.solr.core.SolrCore",
            "[articles] PERFORMANCE WARNING: Overlapping onDeckSearchers=2",
        ),
        (
            datetime(2014, 11, 3, 21, 15, 41, 120000),
            "info",
            "org.apache.solr.update.UpdateLog",
            "Took 12ms to seed version buckets",
        ),
        (
            datetime(2013, 6, 30, 8, 0, 1, 442000),
            "error",
            "org.apache.solr.common.SolrException",
            "null:java.lang.IllegalStateException: Form too large",
        ),
    ]
    assert [json.loads(r[4]) if r[4] else None for r in rows] == [
        {"core": "articles"},
        {
            "collection": "news",
            "shard": "shard1",
            "replica": "core_node2",
            "core": "news_shard1_replica2",
        },
        None,
    ]


def test_logback_ttll_layout_double_dash_is_no_part_of_the_message():
    # logback 1.3's BasicConfigurator (TTLLLayout): `-%kvp- ` between the logger and message.
    f = FORMAT.parse("12:00:02.012 [worker-3] ERROR com.shop.orders.OrderService -- Failed: 42")
    assert (f.level, f.logger, f.message) == ("ERROR", "com.shop.orders.OrderService", "Failed: 42")
    assert f.attributes == {"thread": "worker-3"}
    f = FORMAT.parse("2024-05-01 12:00:00,123 INFO  [main] com.acme.Foo - - a dash item")
    assert f.message == "- a dash item"


def test_kafka_connect_context_and_line_number_are_attributes():
    f = FORMAT.parse(
        "[2024-05-01 12:00:02,345] WARN [s3-sink|task-1] Commit of offsets timed out"
        " (org.apache.kafka.connect.runtime.WorkerSinkTask:370)"
    )
    assert f.logger == "org.apache.kafka.connect.runtime.WorkerSinkTask"
    assert f.message == "Commit of offsets timed out"
    assert f.attributes == {"connector": "s3-sink|task-1", "lineno": 370}
    f = FORMAT.parse(
        "[2024-05-01 12:00:00,123] INFO [KafkaServer id=1] started (kafka.server.KafkaServer)"
    )
    assert (f.logger, f.message, f.attributes) == (
        "kafka.server.KafkaServer",
        "[KafkaServer id=1] started",
        None,
    )


def test_airlift_tab_separated_layout():
    """Trino's and Presto's server.log: time, level, thread and class between tabs."""
    f = FORMAT.parse(
        "2024-05-01T12:00:03.456Z\tERROR\tQuery-20240501_120003_00005_abcde-412"
        "\tio.trino.execution.StageStateMachine\tStage 20240501_120003_00005_abcde.1 failed"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-05-01T12:00:03.456Z",
        "ERROR",
        "io.trino.execution.StageStateMachine",
        "Stage 20240501_120003_00005_abcde.1 failed",
        {"thread": "Query-20240501_120003_00005_abcde-412"},
    )
    # Go's zap console lines (a caller, no class) stay the generic format's.
    assert FORMAT.parse("2024-05-01T12:00:02.000Z\tWARN\tpayments\tserver/main.go:50\tslow") is None
    assert FORMAT.parse("2024-05-01T12:00:01.456Z\tERROR\tdb/conn.go:17\tcould not connect") is None


def test_akka_log_marker_before_the_time(tmp_path):
    """A record with a log marker has it in brackets before the time: still a header."""
    rows = stored_events(
        tmp_path,
        "[INFO] [05/01/2024 12:00:00.123] [c-akka.actor.internal-dispatcher-3]"
        " [akka.cluster.Cluster(akka://c)] Cluster Node [akka://c@10.0.1.11:25520] - Started\n"
        "[WARN] [akkaUnreachable][05/01/2024 12:00:01.972] [c-akka.actor.internal-dispatcher-7]"
        " [akka.cluster.Cluster(akka://c)] Cluster Node [akka://c@10.0.1.11:25520] - Marking"
        " node as UNREACHABLE\n",
        "line, level, logger, attributes",
    )
    assert [(r[0], r[1], r[2], orjson.loads(r[3]).get("marker")) for r in rows] == [
        (1, "info", "akka.cluster.Cluster(akka://c)", None),
        (2, "warning", "akka.cluster.Cluster(akka://c)", "akkaUnreachable"),
    ]


def test_requests_under_logback_headers_are_named_by_route(tmp_path):
    """Micronaut's access logger and Ktor's CallLogging write each request under logback's
    header: named by route and status, as an access log's lines."""
    rows = stored_events(
        tmp_path,
        "06:00:18.570 [default-nioEventLoopGroup-1-4] INFO  HTTP_ACCESS_LOGGER - 10.244.2.171 - -"
        ' [04/Jun/2024:06:00:18 +0000] "POST /stock/SKU-8060/adjustments HTTP/1.1" 201 52\n'
        "2024-06-04 06:00:54.096 [eventLoopGroupProxy-4-8] INFO  ktor.application - 500 Internal"
        " Server Error: GET - /api/orders/176304 in 15ms\n",
        "level, logger, template",
    )
    assert rows == [
        ("info", "HTTP_ACCESS_LOGGER", "POST /stock/SKU-<*>/adjustments 201"),
        ("error", "ktor.application", "GET /api/orders/<*> 500"),
    ]


def test_akka_stdout_logger_layout(tmp_path):
    """Akka's (and Pekko's) own log line: level, month-first date, thread, the actor's path."""
    rows = stored_events(
        tmp_path,
        "[INFO] [05/01/2024 12:00:00.123] [shop-akka.actor.default-dispatcher-3]"
        " [akka://shop/user/orders] Order actor started\n"
        "[ERROR] [05/13/2024 12:00:02.789] [shop-akka.actor.default-dispatcher-4]"
        " [akka://shop/user/orders/worker-7] Failed to persist order 4711\n"
        "java.lang.IllegalStateException: journal unavailable\n"
        "\tat com.shop.OrderActor.persist(OrderActor.scala:88)\n"
        "[WARN] [05/13/2024 12:00:03.001] [shop-akka.actor.default-dispatcher-3]"
        " [akka://shop/user/orders] Mailbox size 1200 exceeds threshold\n",
        "timestamp, level, logger, message, exception_type",
    )
    assert rows == [
        (
            datetime(2024, 5, 1, 12, 0, 0, 123000),
            "info",
            "akka://shop/user/orders",
            "Order actor started",
            None,
        ),
        (
            datetime(2024, 5, 13, 12, 0, 2, 789000),
            "error",
            "akka://shop/user/orders/worker-7",
            "Failed to persist order 4711",
            "java.lang.IllegalStateException",
        ),
        (
            datetime(2024, 5, 13, 12, 0, 3, 1000),
            "warning",
            "akka://shop/user/orders",
            "Mailbox size 1200 exceeds threshold",
            None,
        ),
    ]


# log4j 1.x's `%d %-5p %c - %m%n` (no thread), a Java stack after its error, and Python's
# `%(asctime)s %(levelname)s %(name)s - %(message)s` with a traceback after its own.
CLASSIC = """\
2024-06-11 06:00:01,000 INFO  org.apache.kafka.clients.NetworkClient - Connected to node 1
2024-06-11 06:00:02,118 ERROR com.acme.billing.Charger - Charge failed for invoice 42
java.lang.IllegalStateException: card declined
\tat com.acme.billing.Charger.charge(Charger.java:42)
\tat com.acme.billing.Api.post(Api.java:17)
2024-06-11 06:00:03,000 WARN  NetworkClient - Connection to node 2 could not be established
2024-06-11 06:00:04 ERROR app.worker - Job 7 failed
Traceback (most recent call last):
  File "/srv/app/worker.py", line 12, in run
    total = compute(rows)
KeyError: 'amount'
2024-06-11 06:00:05,000 INFO  root - Shutting down
2024-06-11 06:00:06,000 ERROR Timeout - retrying in 5s
"""


def test_log4j_classic_pattern_without_thread(tmp_path):
    """The logger was left in the message (`org.apache.kafka.clients.NetworkClient - ...`)."""
    rows = stored_events(tmp_path, CLASSIC, "line, level, logger, message, exception_type")
    assert rows == [
        (1, "info", "org.apache.kafka.clients.NetworkClient", "Connected to node 1", None),
        (
            2,
            "error",
            "com.acme.billing.Charger",
            "Charge failed for invoice 42",
            "java.lang.IllegalStateException",
        ),
        (6, "warning", "NetworkClient", "Connection to node 2 could not be established", None),
        (7, "error", "app.worker", "Job 7 failed", "KeyError"),
        (12, "info", "root", "Shutting down", None),
        # A plain word before a dash is no logger.
        (13, "error", None, "Timeout - retrying in 5s", None),
    ]


def test_class_and_line_before_the_dash():
    """`%d %-5p %c{1}:%L - %m` and `%d [%t] %-5p %c:%L - %m` (times without milliseconds
    too): the line is an attribute, not the message's first word; python left them alone."""
    f = FORMAT.parse("2024-06-11 06:00:01 ERROR Charger:42 - Charge failed for invoice 42")
    assert (f.logger, f.message, f.attributes) == (
        "Charger",
        "Charge failed for invoice 42",
        {"lineno": 42},
    )
    f = FORMAT.parse("2024-06-11 06:00:01 [main] ERROR c.a.b.Charger:42 - Charge failed")
    assert (f.level, f.logger, f.message) == ("ERROR", "c.a.b.Charger", "Charge failed")
    assert f.attributes == {"thread": "main", "lineno": 42}
    f = FORMAT.parse("06:00:01 [main] INFO  c.a.b.Charger - Started")
    assert (f.logger, f.message) == ("c.a.b.Charger", "Started")


def test_level_in_brackets_then_the_logger_and_a_dash():
    """Apache James's logback pattern, `%d{HH:mm:ss.SSS} [%-5level] %logger{36} - %msg`: the
    logger had been the message's first word, one template per handler class."""
    f = FORMAT.parse(
        "06:00:07.875 [INFO ] o.a.j.p.n.BasicChannelInboundHandler - Connection established"
    )
    assert (f.level, f.logger, f.message) == (
        "INFO",
        "o.a.j.p.n.BasicChannelInboundHandler",
        "Connection established",
    )
    f = FORMAT.parse("2024-06-11 06:00:01,000 [ERROR] SendMailHandler - Spool failed")
    assert (f.level, f.logger, f.message) == ("ERROR", "SendMailHandler", "Spool failed")
    # A plain word before the dash is still no logger, and an unclosed bracket no level.
    assert FORMAT.parse("06:00:07.875 [WARN ] Timeout - retrying") is None
    assert FORMAT.parse("06:00:07.875 [WARN c.a.Charger - retrying") is None


@pytest.mark.parametrize(
    ("ids", "service", "trace_id", "span_id"),
    [
        (
            "billing,4bf92f3577b34da6,00f067aa0ba902b7,true",
            "billing",
            "4bf92f3577b34da6",
            "00f067aa0ba902b7",
        ),
        (
            "billing,4bf92f3577b34da6a3ce929d0e0e4736,00f067aa0ba902b7",
            "billing",
            "4bf92f3577b34da6a3ce929d0e0e4736",
            "00f067aa0ba902b7",
        ),
        ("billing,,", "billing", None, None),
        (",,,", None, None, None),
    ],
)
def test_spring_boot_2_with_sleuth(ids, service, trace_id, span_id):
    """Spring Cloud Sleuth's `[app,traceId,spanId(,exportable)]` before the pid: the python
    format read the bracket as a logger and `1 --- [...] ...` as the message."""
    line = (
        f"2024-06-11 06:00:01.118 ERROR [{ids}] 1 --- [nio-8080-exec-1] "
        "c.a.b.Charger                            : Charge failed"
    )
    f = FORMAT.parse(line)
    assert (f.service, f.trace_id, f.logger, f.message) == (
        service,
        trace_id,
        "c.a.b.Charger",
        "Charge failed",
    )
    assert f.attributes.get("span_id") == span_id
    assert f.attributes["thread"] == "nio-8080-exec-1"
    assert PY_FORMAT.parse(line) is None


@pytest.mark.parametrize(
    ("ids", "trace_id", "span_id"),
    [
        ("/", None, None),
        ("5f3a9c2b1d4e6f70/1d4e6f705f3a9c2b", "5f3a9c2b1d4e6f70", "1d4e6f705f3a9c2b"),
    ],
)
def test_zipkins_trace_and_span_before_the_pid(ids, trace_id, span_id):
    """Zipkin's server writes `[%X{traceId}/%X{spanId}]` where Sleuth writes its ids: read as
    the generic layout, `[/] 1 --- [main] logger :` opened every template, no logger read."""
    line = (
        f"2024-06-07T06:00:09.198Z  INFO [{ids}] 1 --- [pool-2-thread-1] "
        "z.c.k.KafkaCollectorWorker               : Kafka consumer starting polling loop."
    )
    f = FORMAT.parse(line)
    assert (f.trace_id, f.logger, f.message) == (
        trace_id,
        "z.c.k.KafkaCollectorWorker",
        "Kafka consumer starting polling loop.",
    )
    assert f.attributes.get("span_id") == span_id


def test_log4j_date_layout_names_thread_and_logger():
    """log4j's `%d{DATE}` (`dd MMM yyyy HH:mm:ss,SSS`) before the usual fields: the thread and
    logger are read, not left in the message."""
    f = FORMAT.parse("11 Jun 2024 06:00:03,250 ERROR [pool-2] com.acme.Job - Job 42 failed")
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "11 Jun 2024 06:00:03,250",
        "ERROR",
        "com.acme.Job",
        "Job 42 failed",
        {"thread": "pool-2"},
    )
    f = FORMAT.parse("11 Jun 2024 06:00:03 INFO  com.acme.App - Application started")
    assert (f.timestamp, f.logger, f.message) == (
        "11 Jun 2024 06:00:03",
        "com.acme.App",
        "Application started",
    )


def test_time_only_with_thread_and_level_in_one_bracket():
    # log4j2's `[%d{HH:mm:ss}] [%t/%level]: %msg` (a Minecraft server's latest.log): the
    # thread may hold blanks and slashes; the console's `[%d{HH:mm:ss} %level]: %msg` too.
    f = FORMAT.parse("[06:00:02] [RCON Client /127.0.0.1 #2/INFO]: Thread RCON Client shut down")
    assert (f.timestamp, f.level, f.logger) == ("06:00:02", "INFO", None)
    assert f.message == "Thread RCON Client shut down"
    assert f.attributes == {"thread": "RCON Client /127.0.0.1 #2"}
    f = FORMAT.parse("[06:00:02 WARN]: Can't keep up! Is the server overloaded?")
    assert (f.level, f.message) == ("WARN", "Can't keep up! Is the server overloaded?")
    assert FORMAT.parse("[06:00:02] Steve joined the game") is None


def test_time_only_thread_level_lines_are_grouped_by_their_message(tmp_path):
    log = "".join(
        f"[06:00:0{i}] [Server thread/INFO]: {who} joined the game\n"
        for i, who in enumerate(["Steve", "Alex", "kitsune", "BuilderBob"])
    )
    events = stored_events(tmp_path, log, "message, template")
    assert {e[0] for e in events} == {
        f"{w} joined the game" for w in ("Steve", "Alex", "kitsune", "BuilderBob")
    }
    assert len({e[1] for e in events}) == 1


def test_the_time_in_brackets_before_the_threads():
    """Gerrit's error_log (`[%d] [%t] %-5p %c %x: %m`): only its time was read, the thread,
    level and class left in every message (`[HTTP-221] WARN  com.google...`), a statement a
    template per request thread."""
    f = FORMAT.parse(
        "[2024-06-11T06:06:04.389Z] [HTTP-221] WARN  com.google.gerrit.httpd.ProjectBasicAuth"
        "Filter : Authentication from 10.0.4.10 failed for jenkins: password does not match"
    )
    assert (f.timestamp, f.level, f.logger, f.attributes, f.message) == (
        "2024-06-11T06:06:04.389Z",
        "WARN",
        "com.google.gerrit.httpd.ProjectBasicAuthFilter",
        {"thread": "HTTP-221"},
        "Authentication from 10.0.4.10 failed for jenkins: password does not match",
    )
    f = FORMAT.parse(
        "[2024-06-11T06:19:02.100Z] [sshd-SshServer[1d8c2e4b](port=29418)-nio2-thread-7] WARN  "
        "org.apache.sshd.server.session.ServerSessionImpl : exceptionCaught(x) IOException"
    )
    assert (f.attributes, f.logger, f.message) == (
        {"thread": "sshd-SshServer[1d8c2e4b](port=29418)-nio2-thread-7"},
        "org.apache.sshd.server.session.ServerSessionImpl",
        "exceptionCaught(x) IOException",
    )


@pytest.mark.parametrize(
    ("line", "ts", "level", "thread", "logger", "msg"),
    [
        (  # Apache Ignite's console: the time of day alone
            "[06:01:05,129][WARN ][exchange-worker-#47][TcpCommunicationSpi] Queue limit is 0",
            "06:01:05,129",
            "WARN",
            "exchange-worker-#47",
            "TcpCommunicationSpi",
            "Queue limit is 0",
        ),
        (  # ... and its file, `%d{ISO8601}`
            "[2024-06-04T06:01:07,683][INFO ][main][IgniteKernal] Config URL: file:/opt/ignite.xml",
            "2024-06-04T06:01:07,683",
            "INFO",
            "main",
            "IgniteKernal",
            "Config URL: file:/opt/ignite.xml",
        ),
    ],
)
def test_the_thread_in_brackets_before_the_logger(line, ts, level, thread, logger, msg):
    """Ignite's `[%d][%-5p][%t][%c{1}] %m`: read as raw text before (time only), or with the
    thread as the logger and the lines of a thread named `exchange-worker-#47` glued."""
    fields = FORMAT.parse(line)
    assert (fields.timestamp, fields.level, fields.logger, fields.message) == (
        ts,
        level,
        logger,
        msg,
    )
    assert fields.attributes == {"thread": thread}


def test_logstash_s_pipeline_is_not_a_thread():
    line = "[2024-06-04T06:01:07,683][INFO ][logstash.agent][main] Pipelines running"
    fields = FORMAT.parse(line)
    assert (fields.logger, fields.attributes) == ("logstash.agent", {"pipeline": "main"})


def test_a_context_value_before_a_packaged_logger():
    # Nexus Repository: `%d %-5p [%thread] %mdc{userId:-*SYSTEM} %c - %m`.
    line = (
        "2024-06-04 06:00:01,123+0000 WARN  [qtp1234567-211] anonymous "
        "org.sonatype.nexus.repository.httpbridge.internal.ViewServlet - Failure servicing: "
        "GET /repository/maven-public/x.pom"
    )
    f = FORMAT.parse(line)
    assert (f.level, f.logger, f.message) == (
        "WARN",
        "org.sonatype.nexus.repository.httpbridge.internal.ViewServlet",
        "Failure servicing: GET /repository/maven-public/x.pom",
    )
    assert f.attributes == {"thread": "qtp1234567-211", "mdc": "anonymous"}
    # Python logging's `[name] message` leaves such a line to this format.
    assert PY_FORMAT.parse(line) is None
    # Two words before a dash, the second no packaged logger: not this layout.
    assert FORMAT.parse("2024-06-04 06:00:01,123 INFO  [main] Starting Server - blah") is None


def test_mule_4_layout_with_its_processor_and_event():
    line = (
        "INFO  2024-06-04 06:00:24,949 [[MuleRuntime].uber.11: [orders-api].post:\\orders:"
        "application\\json:orders-api-config.CPU_LITE @5b5d9337] [processor: post:\\orders:"
        "application\\json:orders-api-config/processors/0; event: 1f0e7a30-2224-11ef-9d4c] "
        "org.mule.runtime.core.internal.processor.LoggerMessageProcessor: Order 4711 received"
    )
    f = FORMAT.parse(line)
    assert (f.level, f.logger, f.message) == (
        "INFO",
        "org.mule.runtime.core.internal.processor.LoggerMessageProcessor",
        "Order 4711 received",
    )
    assert f.attributes["event"] == "1f0e7a30-2224-11ef-9d4c"
    assert f.attributes["thread"].startswith("[MuleRuntime].uber.11: [orders-api].post")
    f = FORMAT.parse(
        "WARN  2024-06-04 06:00:05,295 [WrapperListener_start_runner] [processor: ; event: ] "
        "org.mule.runtime.core.internal.logging.LogUtil: "
    )
    assert (f.level, f.logger, f.message, f.attributes) == (
        "WARN",
        "org.mule.runtime.core.internal.logging.LogUtil",
        "",
        {"thread": "WrapperListener_start_runner"},
    )


def test_quarkus_access_log_category_with_its_hyphen():
    """Quarkus' access log goes through JBoss LogManager under `io.quarkus.http.access-log`
    (`%c{3.}`: `io.qua.htt.access-log`): the line is the logger's, the request its record."""
    f = FORMAT.parse(
        "2024-06-07 06:00:21,160 INFO  [io.qua.htt.access-log] (vert.x-eventloop-thread-1)"
        ' 10.42.5.41 - - [07/Jun/2024:06:00:21 +0000] "GET /api/v2/config HTTP/1.1" 200 6862'
    )
    assert f.logger == "io.qua.htt.access-log"
    assert f.attributes["thread"] == "vert.x-eventloop-thread-1"
    assert f.template is not None and f.template.startswith("GET /api/v2/config")


def test_a_hyphenated_thread_before_a_category_in_parentheses_is_no_jboss_logger():
    # Qpid Broker-J's `%d %-5p [%t] (%c) - %m`: the hyphen before any dot says a thread.
    line = "2024-06-04 06:00:02,200 INFO  [Broker-Config] (q.m.b.config) - [Broker] BRK-1006 : x"
    f = FORMAT.parse(line)
    assert f is None or f.logger != "Broker-Config"


def test_ttcc_layout_with_the_milliseconds_since_start(tmp_path):
    """log4j's TTCC layout, `%r [%t] %-5p %c %x - %m` (Netflix Conductor's): no time of day,
    the thread, level and logger read, and a stack below it the event's."""
    f = FORMAT.parse(
        "118168976 [http-nio-8080-exec-16] INFO  com.netflix.conductor.core.WorkflowExecutor"
        " [] - Pushed workflow 92b9 to _deciderQueue"
    )
    assert (f.timestamp, f.level, f.logger, f.message) == (
        None,
        "INFO",
        "com.netflix.conductor.core.WorkflowExecutor",
        "Pushed workflow 92b9 to _deciderQueue",
    )
    assert f.attributes == {"uptime_ms": 118168976, "thread": "http-nio-8080-exec-16"}
    # log4j 1's, the empty context written as nothing; a context that is not empty.
    f = FORMAT.parse("21 [main] WARN  org.acme.Boot  - Slow start")
    assert (f.level, f.logger, f.message) == ("WARN", "org.acme.Boot", "Slow start")
    assert FORMAT.parse("21 [main] INFO  org.acme.Api [user=7] - hi").attributes["ndc"] == "user=7"
    text = (
        "122411415 [system-task-worker-8] ERROR com.netflix.conductor.tasks.http.HttpTask [] -"
        " Got unexpected http response - uri: http://wms:8080/api\n"
        "org.springframework.web.client.ResourceAccessException: I/O error on POST request\n"
        "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:791)\n"
        "122411420 [main] INFO  com.netflix.conductor.Boot [] - next\n"
    )
    rows = stored_events(tmp_path, text, "line, level, exception_type")
    assert rows == [
        (1, "error", "org.springframework.web.client.ResourceAccessException"),
        (4, "info", None),
    ]


def test_spring_boots_layout_without_its_pid_and_thread():
    """Airsonic's logback pattern, `%d %5p --- %-40.40logger{39} : %m`."""
    f = FORMAT.parse(
        "2024-06-07 06:31:05.004  INFO --- o.a.p.c.StreamController                 : "
        "10.0.1.23: alice listening to x.flac"
    )
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2024-06-07 06:31:05.004",
        "INFO",
        "o.a.p.c.StreamController",
        "10.0.1.23: alice listening to x.flac",
    )


def test_spring_boots_layout_without_its_pid_with_its_thread():
    """NZBHydra 2's logback pattern, `%d %5p --- [%15.15t] %-40.40logger{39} : %m`: the thread
    had stayed in every message (`[ZBFinder-search] ...`), splitting statements by indexer."""
    f = FORMAT.parse(
        "2024-06-07 06:00:03.600  INFO --- [ZBFinder-search] o.n.searching.Indexer"
        "                    : ZBFinder: Successfully executed search call in 542ms"
    )
    assert (f.level, f.logger, f.message, f.attributes) == (
        "INFO",
        "o.n.searching.Indexer",
        "ZBFinder: Successfully executed search call in 542ms",
        {"thread": "ZBFinder-search"},
    )


def test_tika_servers_level_thread_and_time_of_day_then_the_class():
    """Apache Tika server's `%-5p [%t] %d{HH:mm:ss,SSS} %c %m`: no dash after the logger,
    which is a class's full name; a first word with no dots stays the message's."""
    f = FORMAT.parse(
        "WARN  [qtp1-23] 06:14:02,759 org.apache.tika.server.core.resource.TikaResource"
        " tika/: Text extraction failed (report.pdf)"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "06:14:02,759",
        "WARN",
        "org.apache.tika.server.core.resource.TikaResource",
        "tika/: Text extraction failed (report.pdf)",
        {"thread": "qtp1-23"},
    )
    assert FORMAT.parse("INFO  [main] 06:00:02,759 Starting tika-server on port 9998") is None


def test_openmrss_level_class_method_and_line_then_the_time_between_bars():
    """OpenMRS's `%p - %C{1}.%M(%L) |%d{ISO8601}| %m`."""
    f = FORMAT.parse(
        "ERROR - TaskThreadedInitializationWrapper.run(103) |2024-06-07T08:00:00,012|"
        " Error running task"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-06-07T08:00:00,012",
        "ERROR",
        "TaskThreadedInitializationWrapper",
        "Error running task",
        {"method": "run", "lineno": 103},
    )


def test_a_month_and_day_before_a_thread_and_a_padded_logger_and_line():
    """Pinpoint's collector: `%d{MM-dd HH:mm:ss.SSS} [%15.15t] %-5level %-40.40logger{39}:%-4line
    -- %msg`; logcat writes its pid, never a bracket, after a month and day."""
    fields = FORMAT.parse(
        "06-07 06:12:19.019 [ent-Worker(7-5)] INFO  c.n.p.c.r.g.s.AgentService              :117 "
        "-- Failed to ping stream, id=5145, cause=CANCELLED: client cancelled"
    )
    assert fields is not None
    assert (fields.level, fields.logger, fields.message) == (
        "INFO",
        "c.n.p.c.r.g.s.AgentService",
        "Failed to ping stream, id=5145, cause=CANCELLED: client cancelled",
    )
    assert fields.attributes == {"thread": "ent-Worker(7-5)", "lineno": 117}
    assert FORMAT.parse("06-07 06:12:21.021  1234  5678 I ActivityManager: Start proc") is None


def test_crowds_bare_thread_then_level_then_bracketed_category():
    """Crowd's `%d %t %p [%c{4}] %m`: the java format's, not Python's `%(name)s %(levelname)s`."""
    line = (
        "2024-06-07 06:01:29,862 Caesium-1-1 INFO "
        "[atlassian.crowd.directory.DbCachingRemoteDirectory] "
        "INCREMENTAL synchronisation for directory [ 1769473 ] starting"
    )
    assert PY_FORMAT.parse(line) is None
    fields = FORMAT.parse(line)
    assert fields is not None
    assert (fields.level, fields.logger, fields.attributes) == (
        "INFO",
        "atlassian.crowd.directory.DbCachingRemoteDirectory",
        {"thread": "Caesium-1-1"},
    )
    assert fields.message == "INCREMENTAL synchronisation for directory [ 1769473 ] starting"


def test_spring_boots_layout_with_columns_of_its_own_before_the_dashes():
    """metasfresh's webapi: the session's address and user in brackets after the pid."""
    fields = FORMAT.parse(
        "2024-06-07 06:00:17.443  INFO 1 [                ][          ] --- [MessageBroker-1] "
        "o.s.w.s.c.WebSocketMessageBrokerStats    : WebSocketSession[11 current WS(11)]"
    )
    assert fields is not None
    assert (fields.level, fields.logger, fields.message) == (
        "INFO",
        "o.s.w.s.c.WebSocketMessageBrokerStats",
        "WebSocketSession[11 current WS(11)]",
    )
    fields = FORMAT.parse(
        "2024-06-07 06:00:18.001  WARN 1 [10.0.0.7        ][jdoe      ] --- [http-nio-8080-exec-3] "
        "d.m.w.LoginRestController                : Login failed"
    )
    assert fields is not None and fields.attributes["session"] == "10.0.0.7 jdoe"


def test_kafkas_layout_with_a_hyphen_in_the_loggers_name():
    """Confluent's request logger, `io.confluent.rest-utils.requests`, after the message."""
    fields = FORMAT.parse(
        "[2024-06-07 06:01:05,481] INFO 10.244.7.31 - - [07/Jun/2024:06:01:05 +0000] "
        '"GET /subjects HTTP/1.1" 200 415 "-" "Java/11.0.22" 4 (io.confluent.rest-utils.requests)'
    )
    assert fields is not None
    assert (fields.logger, fields.template) == (
        "io.confluent.rest-utils.requests",
        "GET /subjects 200",
    )


def test_dittos_correlation_id_padded_logger_and_akka_source():
    """Eclipse Ditto's `%date %-5level [%X{x-correlation-id}] %logger{20} %X{akkaSource} - %msg`:
    the java format's, not Python's `%(levelname)s [%(name)s]` with the id for a logger."""
    lines = [
        "2024-06-07 06:00:02,641 INFO  [07f20eb0-c76a-4a9e-a821-fcfa3e21ad35] "
        "o.e.d.g.s.e.d.RequestResultLoggingDirective  - StatusCode of request GET '/x' was: 200",
        "2024-06-07 07:31:09,206 WARN  [] akka.cluster.Cluster "
        "akka://ditto-cluster/system/cluster/core/daemon - Cluster Node [akka://c@10.42.3.8:2551]"
        " - Marking node as UNREACHABLE",
    ]
    assert [PY_FORMAT.parse(line) for line in lines] == [None, None]
    first, second = (FORMAT.parse(line) for line in lines)
    assert first is not None and second is not None
    assert (first.logger, first.message) == (
        "o.e.d.g.s.e.d.RequestResultLoggingDirective",
        "StatusCode of request GET '/x' was: 200",
    )
    assert second.logger == "akka.cluster.Cluster"
    assert second.attributes["akka_source"] == "akka://ditto-cluster/system/cluster/core/daemon"
    assert second.message.startswith("Cluster Node [akka://c@10.42.3.8:2551] - Marking")
