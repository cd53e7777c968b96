import json
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errctl.formats.generic import FORMAT
from errctl.formats.levels import normalize_level
from errctl.formats.registry import FORMATS
from errctl.formats.timestamps import match_timestamp_prefix, parse_timestamp
from tests.ingest.stored import stored_events


@pytest.mark.parametrize(
    ("line", "ts", "level", "message"),
    [
        (
            "2024-01-01 12:00:00,123 ERROR something broke",
            "2024-01-01 12:00:00,123",
            "ERROR",
            "something broke",
        ),
        ("2024-01-01T12:00:00Z [WARN] disk low", "2024-01-01T12:00:00Z", "WARN", "disk low"),
        ("2024-01-01 12:00:00 - info - message", "2024-01-01 12:00:00", "info", "message"),
        ("[2024-01-01T12:00:00.000Z] (error) oops", "2024-01-01T12:00:00.000Z", "error", "oops"),
        (
            "[2024-01-01 12:00:00] app.ERROR: Something",
            "2024-01-01 12:00:00",
            None,
            "app.ERROR: Something",
        ),
        ("Nov 27 14:24:12 ERROR x", "Nov 27 14:24:12", "ERROR", "x"),
        ("1700000000.123 INFO hi", "1700000000.123", "INFO", "hi"),
        (
            "1718085605: Client zigbee2mqtt closed its connection.",
            "1718085605",
            None,
            "Client zigbee2mqtt closed its connection.",
        ),
        (
            "2024/01/01 12:00:00 [error] 123#0: open() failed",
            "2024/01/01 12:00:00",
            "error",
            "123#0: open() failed",
        ),
        (
            "Wed Oct 11 14:32:52 2000 [error] client denied",
            "Wed Oct 11 14:32:52 2000",
            "error",
            "client denied",
        ),
        (
            "17/06/09 20:10:40 INFO spark.Executor: Registered",
            "17/06/09 20:10:40",
            "INFO",
            "spark.Executor: Registered",
        ),
        (
            "2005-06-03-15.42.50.675872 R02-M1 RAS KERNEL INFO",
            "2005-06-03-15.42.50.675872",
            None,
            "R02-M1 RAS KERNEL INFO",
        ),
        ("27.11.2024 14:24:12 | WARNING | low", "27.11.2024 14:24:12", "WARNING", "low"),
        (
            "2024-01-01 12:00:00 information system online",
            "2024-01-01 12:00:00",
            None,
            "information system online",
        ),
        ("12:00:00 just a time", "12:00:00", None, "just a time"),
        (  # Windows CBS: a comma after the time, the level padded to a column, the component
            "2016-09-28 04:30:31, Info                  CSI    00000001 called",
            "2016-09-28 04:30:31",
            "Info",
            "called",
        ),
        ("2016-09-28 04:30:31, no level here", "2016-09-28 04:30:31", None, "no level here"),
        (  # PostgreSQL's default prefix, `%m [%p] `
            "2024-05-01 12:00:00.123 UTC [1234] ERROR:  duplicate key value",
            "2024-05-01 12:00:00.123 UTC",
            "ERROR",
            "duplicate key value",
        ),
        (  # MySQL 8's error log: a thread id, then the bracketed level
            "2024-05-01T12:00:00.123456Z 0 [ERROR] [MY-010119] [Server] Aborting",
            "2024-05-01T12:00:00.123456Z",
            "ERROR",
            "Aborting",  # the code and subsystem go to attributes
        ),
        ("2024-05-01T12:00:00Z 0 [Note] ready", "2024-05-01T12:00:00Z", "Note", "ready"),
        (  # MariaDB's error log: the hour padded with a blank before ten o'clock
            "2024-03-11  6:26:16 27 [Warning] Aborted connection 27 to db: 'shop' user: 'app'",
            "2024-03-11  6:26:16",
            "Warning",
            "Aborted connection 27 to db: 'shop' user: 'app'",
        ),
        (  # MySQL 5.5's: the date in six digits, then the padded hour
            "240311  6:25:04 [ERROR] Can't open the mysql.plugin table.",
            "240311  6:25:04",
            "ERROR",
            "Can't open the mysql.plugin table.",
        ),
        (  # Apache 2.4's error log: the module before the level
            "[Wed May 01 12:00:00.123456 2024] [proxy:error] [pid 12:tid 34] AH00898: Error",
            "Wed May 01 12:00:00.123456 2024",
            "error",
            "[pid 12:tid 34] AH00898: Error",
        ),
        # OpenVPN at `--verb 4`: the microseconds after the time are the time's.
        (
            "2024-03-02 18:40:07 us=84170 alice/198.51.100.7:51234 MULTI: Learn: 10.8.0.6 -> x",
            "2024-03-02 18:40:07.084170",
            None,
            "alice/198.51.100.7:51234 MULTI: Learn: 10.8.0.6 -> x",
        ),
        # A number and a bracketed word that is no level stay the message.
        ("2024-05-01 12:00:00 42 [main] started", "2024-05-01 12:00:00", None, "42 [main] started"),
        # A bracketed number alone after the time is the process's id (rsyncd's `[1256]`).
        ("2024-05-01 12:00:00 [42] started", "2024-05-01 12:00:00", None, "started"),
    ],
)
def test_timestamped_lines(line, ts, level, message):
    f = FORMAT.parse(line)
    assert f is not None
    assert (f.timestamp, f.level, f.message) == (ts, level, message)


def test_loggers_some_layouts_name():
    # .NET: Serilog's file sink (a blank before the offset) and NLog's pipes.
    f = FORMAT.parse("2024-05-01 12:00:01.456 +00:00 [ERR] Failed to process order 17")
    assert (f.timestamp, f.level, f.message) == (
        "2024-05-01 12:00:01.456 +00:00",
        "ERR",
        "Failed to process order 17",
    )
    f = FORMAT.parse("2024-05-01 12:00:01.5678|ERROR|Acme.Orders.OrderService|Failed: a|b")
    assert (f.level, f.logger, f.message) == ("ERROR", "Acme.Orders.OrderService", "Failed: a|b")
    # Rust's env_logger.
    f = FORMAT.parse("[2024-05-01T12:00:01Z ERROR my_app::db] could not connect: timed out")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2024-05-01T12:00:01Z",
        "ERROR",
        "my_app::db",
        "could not connect: timed out",
    )
    assert FORMAT.parse("[2024-05-01T12:00:01Z NOTICE my_app::db] not its level") is None
    assert FORMAT.parse("[2024-13-01T12:00:01Z ERROR my_app::db] no such month") is None
    # The level padded on its left, the source file and line after the target (Mayastor's).
    f = FORMAT.parse(
        "[2024-06-07T06:02:35.229871321+00:00  INFO io_engine::bdev::nexus:nexus_bdev.rs:446]"
        " Nexus 'e6bb79b5' [init]:"
    )
    assert (f.level, f.logger, f.attributes, f.message) == (
        "INFO",
        "io_engine::bdev::nexus",
        {"caller": "nexus_bdev.rs:446"},
        "Nexus 'e6bb79b5' [init]:",
    )


@pytest.mark.parametrize(
    ("line", "level", "message"),
    [
        ("[08:41:07 INF] Application started. Press Ctrl+C to shut down.", "info", None),
        ("[08:41:09 WRN] Retrying payment 5531 in 2 s", "warning", None),
        ("[23:59:59 FTL] Host terminated unexpectedly", "critical", None),
        ("[08:41:10 VRB] Cache lookup orders:17", "trace", None),
        ("[08:41:10 DBG]", "debug", ""),
    ],
)
def test_serilog_console_lines(line, level, message):
    """Serilog's console sink (`[{Timestamp:HH:mm:ss} {Level:u3}] {Message}`): the time of day,
    the level, the message after the bracket."""
    f = FORMAT.parse(line)
    assert (f.timestamp, normalize_level(f.level), f.message) == (
        line[1:9],
        level,
        line[15:] if message is None else message,
    )


def test_serilog_full_level_names_and_a_source_context_alone():
    """`{Level}` writes the level's full name; a .NET type's name alone after it is the source
    context, the message on the line below (`{SourceContext}{NewLine}{Message}`)."""
    f = FORMAT.parse("[11:05:16 Information] Duende.IdentityServer.Startup")
    assert (f.timestamp, normalize_level(f.level), f.logger, f.message) == (
        "11:05:16",
        "info",
        "Duende.IdentityServer.Startup",
        "",
    )
    f = FORMAT.parse("[11:05:16 Warning] Disk almost full.")
    assert (normalize_level(f.level), f.logger, f.message) == ("warning", None, "Disk almost full.")
    # A word alone, or a sentence that ends with a dot, is a message.
    assert FORMAT.parse("[11:05:16 Information] Started").message == "Started"
    assert FORMAT.parse("[11:05:16 Error] Failed.").message == "Failed."


def test_serilog_console_needs_its_level_and_a_time():
    assert FORMAT.parse("[08:41:07 XYZ] not a level") is None
    assert FORMAT.parse("[28:41:07 INF] no such hour") is None
    assert FORMAT.parse("[08:41:07 inf] Serilog writes it upper case") is None


@pytest.mark.parametrize(
    ("line", "level", "thread", "logger", "message"),
    [
        (
            "[2023-03-21 10:00:00.123 +00:00] [INF] [1] Main: Jellyfin version: 10.8.9",
            "info",
            1,
            "Main",
            "Jellyfin version: 10.8.9",
        ),
        (
            "[2023-03-21 10:00:02.901 +00:00] [WRN] [7] Emby.Server.Implementations.Library."
            "LibraryManager: Library folder /media/movies is inaccessible or empty, skipping",
            "warning",
            7,
            "Emby.Server.Implementations.Library.LibraryManager",
            "Library folder /media/movies is inaccessible or empty, skipping",
        ),
        (
            "[2023-03-21 10:00:05.044 +00:00] [ERR] [12] MediaBrowser.MediaEncoding.Encoder."
            "MediaEncoder: Error getting media info from /media/tv/show.mkv",
            "error",
            12,
            "MediaBrowser.MediaEncoding.Encoder.MediaEncoder",
            "Error getting media info from /media/tv/show.mkv",
        ),
        (
            "[2023-03-21 10:00:06.110 +00:00] [FTL] [1] Main: Error while starting server",
            "critical",
            1,
            "Main",
            "Error while starting server",
        ),
    ],
)
def test_serilog_thread_and_source_context(line, level, thread, logger, message):
    """Jellyfin's Serilog template, `[{Timestamp}] [{Level:u3}] [{ThreadId}] {SourceContext}:
    {Message}`: the thread an attribute, the source context the logger."""
    f = FORMAT.parse(line)
    assert (f.timestamp, normalize_level(f.level), f.attributes, f.logger, f.message) == (
        line[1:31],
        level,
        {"thread": thread},
        logger,
        message,
    )


@pytest.mark.parametrize(
    ("line", "level", "logger", "spans", "message"),
    [
        (
            "Mar 21 10:00:00.141  INFO vector::topology::running: Running healthchecks.",
            "INFO",
            "vector::topology::running",
            None,
            "Running healthchecks.",
        ),
        (
            "Mar 21 10:00:00.151 ERROR vector::topology::builder: Healthcheck: Failed Reason: "
            "Connection refused (os error 111)",
            "ERROR",
            "vector::topology::builder",
            None,
            "Healthcheck: Failed Reason: Connection refused (os error 111)",
        ),
        (
            "Mar 21 10:00:05.330  WARN sink{name=out type=http}: vector::sinks::util::retries: "
            "Retrying after error. error=Failed to make HTTP(S) request",
            "WARN",
            "vector::sinks::util::retries",
            "sink{name=out type=http}",
            "Retrying after error.",  # the event's field, `error`, an attribute
        ),
        (
            "Mar 21 10:00:05.331 DEBUG sink{name=out}:request{request_id=3}: tower: Retrying.",
            "DEBUG",
            "tower",
            "sink{name=out}:request{request_id=3}",
            "Retrying.",
        ),
        # A word and a colon with no span before it is the message's own.
        ("Mar 21 10:00:06.000 ERROR Failed: disk full", "ERROR", None, None, "Failed: disk full"),
    ],
)
def test_rust_tracing_target_is_the_logger(line, level, logger, spans, message):
    """Rust's tracing-subscriber `fmt()` under a syslog-like time (Vector before 0.11): the
    spans an attribute, the target (a module path) the logger."""
    f = FORMAT.parse(line)
    assert (f.level, f.logger, (f.attributes or {}).get("spans"), f.message) == (
        level,
        logger,
        spans,
        message,
    )


def test_go_zap_console_lines():
    f = FORMAT.parse(
        '2024-05-01T12:00:01.456Z\tERROR\tdb/conn.go:17\tcould not connect\t{"host": "db-1"}'
    )
    assert (f.level, f.logger, f.message, f.attributes) == (
        "ERROR",
        None,
        "could not connect",
        {"host": "db-1", "caller": "db/conn.go:17"},
    )
    f = FORMAT.parse("2024-05-01T12:00:02.000Z\tWARN\tpayments\tserver/main.go:50\tslow request")
    assert (f.logger, f.message, f.attributes) == (
        "payments",
        "slow request",
        {"caller": "server/main.go:50"},
    )
    # A verbosity zap has no name for (logr's `V(2)`, Kyverno's): below info.
    f = FORMAT.parse(
        "2024-06-05T11:05:08Z\tLEVEL(-2)\twebhooks.validate\tvalidation/validation.go:121"
        '\tvalidation passed\t{"kind": "Deployment"}'
    )
    assert (f.level, f.logger, f.message, f.attributes["kind"]) == (
        "debug",
        "webhooks.validate",
        "validation passed",
        "Deployment",
    )
    # Caddy's console: the logger's name and no caller.
    f = FORMAT.parse(
        '2023/03/04 05:06:07.890\tINFO\ttls.obtain\tacquiring lock\t{"identifier": "shop.test"}'
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2023/03/04 05:06:07.890",
        "INFO",
        "tls.obtain",
        "acquiring lock",
        {"identifier": "shop.test"},
    )
    f = FORMAT.parse('2023/03/04 05:06:08.000\tINFO\tusing adjacent Caddyfile\t{"n": 1}')
    assert (f.logger, f.message) == (None, "using adjacent Caddyfile")
    # Tabs alone, without zap's caller or fields, leave the line as it was.
    f = FORMAT.parse("2024-05-01T12:00:02.000Z\tWARN\ta\tb")
    assert (f.logger, f.message) == (None, "a\tb")


@pytest.mark.parametrize(
    ("line", "level", "logger", "message", "attributes"),
    [
        (
            "2024-06-12T03:20:11.482913Z\twarn\tca\tca request failed, starting attempt 2 in"
            " 205.3ms",
            "warn",
            "ca",
            "ca request failed, starting attempt 2 in 205.3ms",
            None,
        ),
        (
            "2024-06-12T03:20:12.002117Z\twarning\tenvoy upstream external/envoy/source/"
            "extensions/clusters/eds/eds.cc:463\tMissing ClusterLoadAssignment for"
            " outbound|8080||reviews.shop.svc.cluster.local\tthread=17",
            "warning",
            "envoy upstream",
            "Missing ClusterLoadAssignment for outbound|8080||reviews.shop.svc.cluster.local",
            {"caller": "external/envoy/source/extensions/clusters/eds/eds.cc:463", "thread": 17},
        ),
        (  # istiod
            "2024-06-12T03:20:13.100000Z\tinfo\tads\tPush debounce stable[44] 1 for config"
            " ServiceEntry/shop/payments: 100.2ms since last change, full=true",
            "info",
            "ads",
            "Push debounce stable[44] 1 for config ServiceEntry/shop/payments: 100.2ms since"
            " last change, full=true",
            None,
        ),
        (  # the default scope is not written
            "2024-06-12T03:20:14.000000Z\tinfo\tVersion 1.22.1-abc",
            "info",
            None,
            "Version 1.22.1-abc",
            None,
        ),
    ],
)
def test_istio_proxy_scope_caller_and_fields(line, level, logger, message, attributes):
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        line[:27],
        level,
        logger,
        message,
        attributes,
    )


def test_pid_before_level():
    f = FORMAT.parse("081109 203615 148 INFO dfs.DataNode$PacketResponder: done")
    assert (f.timestamp, f.level, f.message) == (
        "081109 203615",
        "INFO",
        "dfs.DataNode$PacketResponder: done",
    )
    assert f.attributes == {"pid": 148}
    f = FORMAT.parse("2024-01-01 12:00:00 1234 apples")
    assert (f.level, f.message, f.attributes) == (None, "1234 apples", None)


def test_pgbouncer_log_level_after_its_pid():
    """PgBouncer's `%s [%d] %s %s`: its routine `LOG` lines kept the word and the pid in the
    message while its WARNING and DEBUG lines had them read."""
    f = FORMAT.parse(
        "2025-01-14 22:05:31.118 UTC [4417] LOG C-0x5581c2a0e950: shop/api@10.2.0.31:40772 "
        "login attempt: db=shop user=api tls=no"
    )
    assert (f.timestamp, normalize_level(f.level), f.message, f.attributes) == (
        "2025-01-14 22:05:31.118 UTC",
        "info",
        "C-0x5581c2a0e950: shop/api@10.2.0.31:40772 login attempt: db=shop user=api tls=no",
        {"pid": 4417},
    )
    # 1.7 wrote the pid bare.
    f = FORMAT.parse("2016-05-03 14:00:07.912 3110 LOG Stats: 12 req/s, in 3021 b/s")
    assert (normalize_level(f.level), f.message, f.attributes) == (
        "info",
        "Stats: 12 req/s, in 3021 b/s",
        {"pid": 3110},
    )
    # A zone with no abbreviation (`%Z` writes its offset, `+03`) was left in the message.
    f = FORMAT.parse(
        "2025-01-14 22:05:32.004 +03 [4417] LOG S-0x5581c2a0f0a0: shop/api@10.2.0.9:5432 "
        "new connection to server (from 10.2.0.31:40780)"
    )
    assert (parse_timestamp(f.timestamp, UTC), normalize_level(f.level), f.attributes) == (
        datetime(2025, 1, 14, 19, 5, 32, 4000),
        "info",
        {"pid": 4417},
    )
    assert f.message.startswith("S-0x5581c2a0f0a0: shop/api@")
    # The word alone is text.
    f = FORMAT.parse("2025-01-14 22:05:31 LOG rotated to /var/log/app.log.1")
    assert (f.level, f.message) == (None, "LOG rotated to /var/log/app.log.1")


def test_mysql_error_log_code_and_subsystem():
    f = FORMAT.parse(
        "2024-11-29T10:00:02.323456Z 8 [ERROR] [MY-012592] [InnoDB] Operating system error 2."
    )
    assert (f.timestamp, f.level, f.message) == (
        "2024-11-29T10:00:02.323456Z",
        "ERROR",
        "Operating system error 2.",
    )
    assert f.attributes == {"thread": 8, "code": "MY-012592", "subsystem": "InnoDB"}
    f = FORMAT.parse("2024-11-29T10:00:00.123456Z 0 [System] [MY-010116] [Server] starting")
    assert (normalize_level(f.level), f.message) == ("info", "starting")
    # Not MySQL's: a bracketed word after the level stays in the message.
    f = FORMAT.parse("2024-11-29 10:00:00 [ERROR] [MY-1] [db] x")
    assert (f.message, f.attributes) == ("[MY-1] [db] x", None)


@pytest.mark.parametrize(
    ("line", "when", "level", "message"),
    [
        (  # MariaDB 10's error log: the hour padded with a blank, then the thread id
            "2026-12-01  1:27:27 4 [Warning] Access denied for user 'app'@'localhost' (using"
            " password: YES)",
            datetime(2026, 12, 1, 1, 27, 27),
            "warning",
            "Access denied for user 'app'@'localhost' (using password: YES)",
        ),
        (
            "2026-12-01 13:27:34 0 [ERROR] Unknown/unsupported storage engine: InnoDB",
            datetime(2026, 12, 1, 13, 27, 34),
            "error",
            "Unknown/unsupported storage engine: InnoDB",
        ),
        (  # MySQL 5.5's and MariaDB 5.5's: a two-digit year, no thread id
            "161201  1:27:18 [Note] mysqld: ready for connections.",
            datetime(2016, 12, 1, 1, 27, 18),
            "info",
            "mysqld: ready for connections.",
        ),
    ],
)
def test_mariadb_error_log_with_its_blank_padded_hour(line, when, level, message):
    f = FORMAT.parse(line)
    assert f is not None
    assert parse_timestamp(f.timestamp, UTC) == when
    assert (normalize_level(f.level), f.message) == (level, message)


@pytest.mark.parametrize(
    "line",
    [
        "no timestamp here",
        "ERROR something",
        "200 OK",
        "2024 was a year",
        "2024-13-45 12:00:00 bad date",
        "2024-01-01 no time",
        "20240101 hello",
        "Traceback (most recent call last):",
        "    at com.acme.Foo.bar(Foo.java:42)",
        "KeyError: 'customer_id'",
        "[not a timestamp] x",
        "2024-01-01T12:00:00Zgarbage",
        "",
    ],
)
def test_rejects_lines_without_leading_timestamp(line):
    assert FORMAT.parse(line) is None


@given(st.text(max_size=200))
def test_never_raises(line):
    FORMAT.parse(line)
    FORMAT.parse("2024-01-01 12:00:00 " + line)
    FORMAT.parse("[" + line)


def test_a_ci_jobs_workflow_commands_are_levels():
    """GitHub Actions' job log (and Azure Pipelines'): `##[error]` after the time."""
    lines = {
        "2024-11-15T00:00:09.3234567Z ##[error]Process completed with exit code 1.": "error",
        "2024-11-15T00:00:02.1234567Z ##[warning]Node.js 16 actions are deprecated.": "warning",
        "2024-11-15T00:00:01.1234567Z ##[group]Run pytest -q": None,
        "2024-11-15T00:00:01.1234567Z ##[error": None,  # no closing bracket
    }
    for line, level in lines.items():
        f = FORMAT.parse(line)
        assert (f.level, f.message) == (level, line.split(" ", 1)[1])


def test_mongodb_text_log_before_4_4():
    f = FORMAT.parse(
        "2024-05-01T10:00:01.123+0000 E QUERY    [conn12] Plan executor error during find"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-05-01T10:00:01.123+0000",
        "E",
        "QUERY",
        "Plan executor error during find",
        {"context": "conn12"},
    )
    f = FORMAT.parse("2024-05-01T10:00:00.123+0000 D2 -        [main] verbose detail")
    assert (f.level, f.logger, f.message) == ("D2", None, "verbose detail")
    # As mongod writes it: the one-letter severity padded to two columns.
    f = FORMAT.parse(
        "2020-03-12T00:00:01.935+0000 I  ACCESS   [conn6677913] Successfully authenticated as"
        " principal app on admin from client 10.1.2.3:2101"
    )
    assert (f.level, f.logger, f.attributes) == ("I", "ACCESS", {"context": "conn6677913"})
    assert f.message.startswith("Successfully authenticated as principal app")
    f = FORMAT.parse("2020-03-12T00:00:02.001+0000 E  STORAGE  [initandlisten] exception in open")
    assert (f.level, f.logger, f.message) == ("E", "STORAGE", "exception in open")


def test_spdlog_and_envoys_bracketed_fields():
    # Envoy's application log: `[%Y-%m-%d %T.%e][%t][%l][%n] [%g:%#] %v`.
    f = FORMAT.parse(
        "[2025-03-02 08:14:07.311][17][warning][upstream] "
        "[source/common/upstream/cds_api_helper.cc:35] cds: add 3 cluster(s), remove 1 cluster(s)"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2025-03-02 08:14:07.311",
        "warning",
        "upstream",
        "cds: add 3 cluster(s), remove 1 cluster(s)",
        {"thread": 17, "caller": "source/common/upstream/cds_api_helper.cc:35"},
    )
    # Envoy in 2018: no `[%g:%#]` field, the message opened with `path:line] `.
    f = FORMAT.parse(
        "[2018-06-11 14:02:55.018][9][info][main] source/server/server.cc:407] starting main "
        "dispatch loop"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2018-06-11 14:02:55.018",
        "info",
        "main",
        "starting main dispatch loop",
        {"thread": 9, "caller": "source/server/server.cc:407"},
    )
    f = FORMAT.parse(
        "[2018-06-11 14:02:55.020][9][info][main] source/server/server.cc:188]   filters.http:"
        " envoy.buffer,envoy.cors,envoy.router"
    )
    assert (f.logger, f.message, f.attributes) == (
        "main",
        "  filters.http: envoy.buffer,envoy.cors,envoy.router",
        {"thread": 9, "caller": "source/server/server.cc:188"},
    )
    # spdlog's default pattern with a named logger, `[%Y-%m-%d %H:%M:%S.%e] [%n] [%l] %v`.
    f = FORMAT.parse("[2024-07-19 13:02:45.901] [render] [error] texture atlas full: 4096x4096")
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-07-19 13:02:45.901",
        "error",
        "render",
        "texture atlas full: 4096x4096",
        None,
    )
    # With the source location spdlog adds when it knows it.
    f = FORMAT.parse("[2024-07-19 13:02:46.002] [net] [critical] [client.cpp:88] lost peer")
    assert (f.level, f.logger, f.message, f.attributes) == (
        "critical",
        "net",
        "lost peer",
        {"caller": "client.cpp:88"},
    )
    # Bracketed words without a level stay the message; Apache's fields are not spdlog's.
    f = FORMAT.parse("[2024-07-19 13:02:46] [worker-3] [queue] drained")
    assert (f.level, f.logger, f.message) == (None, None, "[worker-3] [queue] drained")
    assert FORMAT.parse("[2024-07-19 13:02:46][worker-3] drained") is None
    f = FORMAT.parse("[Fri May 03 09:00:00.5 2024] [ssl:warn] [pid 9:tid 10] AH01909: cert")
    assert (f.level, f.logger, f.message) == ("warn", None, "[pid 9:tid 10] AH01909: cert")


@pytest.mark.parametrize(
    ("line", "level", "logger", "message"),
    [
        (
            "[2024/06/12 04:10:33] [ warn] [net] getaddrinfo(host='loki.monitoring', err=12):"
            " Timeout while contacting DNS servers",
            "warn",
            "net",
            "getaddrinfo(host='loki.monitoring', err=12): Timeout while contacting DNS servers",
        ),
        (
            "[2024/06/12 04:10:30] [ info] [fluent bit] version=3.0.7, commit=73e72b25a5, pid=1",
            "info",
            "fluent bit",
            "version=3.0.7, commit=73e72b25a5, pid=1",
        ),
        (
            "[2024/06/12 04:10:34] [error] [output:loki:loki.0] loki.monitoring:3100, HTTP"
            " status=429",
            "error",
            "output:loki:loki.0",
            "loki.monitoring:3100, HTTP status=429",
        ),
    ],
)
def test_fluent_bits_padded_level_and_component(line, level, logger, message):
    """Fluent Bit pads its level to five (`[ warn]`): the component after it is the logger
    whatever the level."""
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.logger, f.message) == (line[1:20], level, logger, message)


@pytest.mark.parametrize(
    ("line", "level", "logger", "message"),
    [
        (
            "[ERROR] plugin/errors: 2 api.shop.test. AAAA: read udp 10.42.0.9:51377->1.1.1.1:53:"
            " i/o timeout",
            "ERROR",
            "plugin/errors",
            "2 api.shop.test. AAAA: read udp 10.42.0.9:51377->1.1.1.1:53: i/o timeout",
        ),
        (
            '[WARNING] plugin/health: Local health request to "http://:8080/health" took'
            " more than 1s: 1.2s",
            "WARNING",
            "plugin/health",
            'Local health request to "http://:8080/health" took more than 1s: 1.2s',
        ),
        (  # the log plugin's query line
            '[INFO] 10.42.0.7:36712 - 5521 "AAAA IN db.shop.svc.cluster.local. udp 43 false'
            ' 512" NXDOMAIN qr,aa,rd 136 0.000211s',
            "INFO",
            None,
            '10.42.0.7:36712 - 5521 "AAAA IN db.shop.svc.cluster.local. udp 43 false 512"'
            " NXDOMAIN qr,aa,rd 136 0.000211s",
        ),
    ],
)
def test_coredns_level_and_plugin(line, level, logger, message):
    """CoreDNS writes no time: its bracketed level and the plugin that logged."""
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.logger, f.message) == (None, level, logger, message)


@pytest.mark.parametrize(
    "line", ["[NOTIFY] plugin/x: no level's name", "[info] lower case", "[ERROR]no blank"]
)
def test_coredns_needs_its_own_levels(line):
    assert FORMAT.parse(line) is None


def test_giteas_caller_and_level_letter():
    f = FORMAT.parse("2024/02/11 07:30:12 models/repo/repo.go:88:GetRepo() [E] repo 42 not found")
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024/02/11 07:30:12",
        "error",
        None,
        "repo 42 not found",
        {"caller": "models/repo/repo.go:88:GetRepo()"},
    )
    # A long path cut to its end; a closure's caller; a level word instead of a letter.
    f = FORMAT.parse("2024/02/11 07:30:13 ...ices/mailer/mail.go:301:func2() [D] queued 3 mails")
    assert (f.level, f.message, f.attributes) == (
        "debug",
        "queued 3 mails",
        {"caller": "...ices/mailer/mail.go:301:func2()"},
    )
    f = FORMAT.parse("2024/02/11 07:30:14 cmd/serv.go:12:fail() [FATAL] cannot start")
    assert (f.level, f.message) == ("FATAL", "cannot start")
    # No level in the brackets: the line is left as it was.
    f = FORMAT.parse("2024/02/11 07:30:15 cmd/serv.go:12:fail() [x] what")
    assert (f.level, f.message, f.attributes) == (None, "cmd/serv.go:12:fail() [x] what", None)


@pytest.mark.parametrize(
    ("line", "level", "logger", "message"),
    [
        (
            "2017/05/02 09:14:21.118734 [INFO] nomad: cluster leadership acquired",
            "INFO",
            "nomad",
            "cluster leadership acquired",
        ),
        (
            "2018/02/14 22:03:09 [ERR] memberlist: Failed fallback ping: read tcp "
            "10.2.0.7:40112->10.2.0.9:4648: i/o timeout",
            "ERR",
            "memberlist",
            "Failed fallback ping: read tcp 10.2.0.7:40112->10.2.0.9:4648: i/o timeout",
        ),
        (
            "2016/11/30 04:55:01.400263 [DEBUG] fingerprint.cpu: core count: 8",
            "DEBUG",
            "fingerprint.cpu",
            "core count: 8",
        ),
        # consul-template's `(runner)` after the bracketed level, as AixLog's `(Tag)`: the
        # part that logged.
        (
            "2017/05/02 09:14:22 [INFO] (runner) creating watcher",
            "INFO",
            "runner",
            "creating watcher",
        ),
        (
            "2017/05/02 09:14:22 [WARN] Note: the agent runs in dev mode",
            "WARN",
            None,
            "Note: the agent runs in dev mode",
        ),
    ],
)
def test_hashicorp_subsystem_before_hclog_is_the_logger(line, level, logger, message):
    """Nomad's and Consul's Go log lines before hclog name their subsystem as hclog's do."""
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.logger, f.message) == (
        line[: line.index(" [")],
        level,
        logger,
        message,
    )


def test_cups_error_log():
    f = FORMAT.parse("W [17/Mar/2024:09:02:11 +0100] [Job 318] Printer stopped due to error")
    assert (f.timestamp, f.level, f.message) == (
        "17/Mar/2024:09:02:11 +0100",
        "warning",
        "[Job 318] Printer stopped due to error",
    )
    letters = {"d": "debug", "N": "notice", "E": "error", "A": "alert", "X": "emerg"}
    for letter, level in letters.items():
        assert FORMAT.parse(f"{letter} [17/Mar/2024:09:02:11 +0100] x").level == level
    # Not CUPS: another letter, no time, or no blank after the bracket.
    assert FORMAT.parse("Q [17/Mar/2024:09:02:11 +0100] x") is None
    assert FORMAT.parse("E [Job 318] x") is None
    assert FORMAT.parse("E [17/Mar/2024:09:02:11 +0100]x") is None


def test_a_level_letter_before_the_time():
    # InfluxDB 1.3-1.4: `[I] time message`; other services' names stay attributes.
    f = FORMAT.parse("[I] 2017-07-03T14:47:41Z InfluxDB starting, version 1.3.0, branch HEAD")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2017-07-03T14:47:41Z",
        "info",
        "InfluxDB starting, version 1.3.0, branch HEAD",
        None,
    )
    assert FORMAT.parse("[E] 2017-07-03T14:47:42Z failed to open shard").level == "error"
    f = FORMAT.parse("[tsm1] 2016/11/02 10:00:01 compacting level 1 group (0)")
    assert (f.level, f.attributes) == (None, {"process": "tsm1"})


def test_a_level_word_before_the_time_and_couchdbs_erlang_header():
    # CouchDB's couch_log: `[level] time node <pid> request-id message`; the level was read as a
    # process's name and the node, process and request id stayed in the message.
    f = FORMAT.parse(
        "[notice] 2024-06-11T06:08:09.591313Z couchdb@10.0.0.1 <0.25653.0> 7d86ef93d4 "
        "10.0.0.1:5984 10.0.3.170 app POST /orders/_bulk_docs 201 ok 401"
    )
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2024-06-11T06:08:09.591313Z",
        "notice",
        "10.0.0.1:5984 10.0.3.170 app POST /orders/_bulk_docs 201 ok 401",
        {
            "erlang_node": "couchdb@10.0.0.1",
            "erlang_pid": "<0.25653.0>",
            "request_id": "7d86ef93d4",
        },
    )
    f = FORMAT.parse(
        "[error] 2024-06-11T06:00:04.662749Z couchdb@10.0.0.1 <0.5972.0> -------- "
        "Could not open file ./data/x.couch: no such file or directory"
    )
    assert (f.level, f.message, f.attributes) == (
        "error",
        "Could not open file ./data/x.couch: no such file or directory",
        {"erlang_node": "couchdb@10.0.0.1", "erlang_pid": "<0.5972.0>"},
    )
    # Without the Erlang header, only the level is read.
    f = FORMAT.parse("[warning] 2024-06-11T06:00:04Z disk low on /data")
    assert (f.level, f.message, f.attributes) == ("warning", "disk low on /data", None)


def test_charons_thread_subsystem_and_ike_sa():
    # strongSwan's charon filelog: `time thread[SUBSYSTEM] <name|number> message`; the thread,
    # subsystem and IKE_SA stayed in the message, the same statement two templates with and
    # without the IKE_SA.
    f = FORMAT.parse(
        "Jun 11 06:00:03 08[NET] <rw|14> sending packet: from 198.51.100.1[4500] to "
        "85.214.87.16[4500] (306 bytes)"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "Jun 11 06:00:03",
        None,
        "NET",
        "sending packet: from 198.51.100.1[4500] to 85.214.87.16[4500] (306 bytes)",
        {"thread": 8, "context": "rw|14"},
    )
    f = FORMAT.parse("Jun 11 06:00:03 13[NET] received packet: from 85.214.87.16[500]")
    assert (f.logger, f.message, f.attributes) == (
        "NET",
        "received packet: from 85.214.87.16[500]",
        {"thread": 13},
    )
    # `log_level = yes` glues the verbosity to the subsystem.
    f = FORMAT.parse("Jun 11 06:00:03 16[IKE1] <site-b|12> establishing CHILD_SA site-b{12}")
    assert (f.logger, f.message) == ("IKE", "establishing CHILD_SA site-b{12}")
    # A number and a bracket of another shape stay in the message.
    assert FORMAT.parse("2024-06-11 06:00:02 12[abc] x").message == "12[abc] x"


def test_the_source_file_and_line_in_parentheses_after_the_time():
    # lighttpd's error log: `time: (file.c.line) message`; the caller stayed in the message.
    f = FORMAT.parse(
        "2024-06-11 06:02:13: (gw_backend.c.238) establishing connection failed: Connection "
        "refused socket: unix:/run/php/php8.2-fpm.sock-1"
    )
    assert (f.timestamp, f.message, f.attributes) == (
        "2024-06-11 06:02:13",
        "establishing connection failed: Connection refused socket: "
        "unix:/run/php/php8.2-fpm.sock-1",
        {"caller": "gw_backend.c.238"},
    )
    f = FORMAT.parse("2024-06-11 06:02:13 (main.go:12) listening on :8080")
    assert (f.message, f.attributes) == ("listening on :8080", {"caller": "main.go:12"})
    # Words in parentheses are the message's.
    f = FORMAT.parse("2024-06-11 06:02:13 (see below) retrying")
    assert (f.message, f.attributes) == ("(see below) retrying", None)


def test_syncthings_prefix_and_gos_caller():
    f = FORMAT.parse("[K3QZ7] 2024/05/20 18:02:33 WARNING: Listen (BEP/quic): address in use")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2024/05/20 18:02:33",
        "WARNING",
        "Listen (BEP/quic): address in use",
        {"device": "K3QZ7"},
    )
    # Go's log with Lshortfile names the caller before syncthing's level.
    f = FORMAT.parse("[K3QZ7] 2024/05/20 18:02:34.120556 model.go:1187: DEBUG: index sent to peer")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2024/05/20 18:02:34.120556",
        "DEBUG",
        "index sent to peer",
        {"device": "K3QZ7", "caller": "model.go:1187"},
    )
    f = FORMAT.parse("[monitor] 2024/05/20 18:02:30 INFO: Log output saved to file")
    assert (f.level, f.message, f.attributes) == (
        "INFO",
        "Log output saved to file",
        {"process": "monitor"},
    )
    # A bracketed number is a process id (`test_a_pid_in_brackets_before_the_time`), not
    # syncthing's prefix; a prefix needs a time after it.
    assert FORMAT.parse("[4018] 2024/05/20 18:02:30 INFO: x").attributes == {"pid": 4018}
    assert FORMAT.parse("[K3QZ7] INFO: no time") is None
    assert FORMAT.parse("[4018] INFO: no time") is None


def test_a_pid_in_brackets_before_the_time():
    # NATS server (its logger's `[pid] ` prefix before Go's log time, then its level's three
    # letters): the pid an attribute, every level read, the message without the header.
    lines = {
        "[1] 2024/05/01 10:00:00.123456 [INF] Starting nats-server": (
            "INF",
            "Starting nats-server",
        ),
        "[1] 2024/05/01 10:00:00.123501 [INF]   Version:  2.10.14": ("INF", "Version:  2.10.14"),
        '[1] 2024/05/01 10:00:01.000210 [TRC] 10.42.0.7:46022 - cid:5 - "v1.31.0:go" - <<- '
        "[PING]": ("TRC", '10.42.0.7:46022 - cid:5 - "v1.31.0:go" - <<- [PING]'),
        "[1] 2024/05/01 10:00:01.000410 [DBG] 10.42.0.7:46022 - cid:5 - Client connection "
        "created": ("DBG", "10.42.0.7:46022 - cid:5 - Client connection created"),
        "[1] 2024/05/01 10:00:02.310000 [WRN] JetStream is not enabled on this server": (
            "WRN",
            "JetStream is not enabled on this server",
        ),
        "[1] 2024/05/01 10:00:03.000000 [ERR] 10.42.1.8:6222 - rid:12 - Error trying to "
        "connect to route: dial tcp 10.42.1.8:6222: i/o timeout": (
            "ERR",
            "10.42.1.8:6222 - rid:12 - Error trying to connect to route: dial tcp "
            "10.42.1.8:6222: i/o timeout",
        ),
        "[2412] 2024/05/01 10:00:04.000000 [FTL] Error listening on port: 0.0.0.0:4222, "
        '"address already in use"': (
            "FTL",
            'Error listening on port: 0.0.0.0:4222, "address already in use"',
        ),
    }
    for line, (level, message) in lines.items():
        f = FORMAT.parse(line)
        assert (f.level, f.message) == (level, message), line
        assert f.attributes["pid"] == int(line[1 : line.index("]")])
        assert f.timestamp.startswith("2024/05/01 10:00:0")
    # A bracketed number over ten digits is no pid.
    assert FORMAT.parse("[12345678901] 2024/05/01 10:00:00.123456 [INF] x") is None


def test_vsphere_service_logs():
    f = FORMAT.parse(
        "2023-06-12T08:21:44.517Z verbose hostd[2099514] [Originator@6876 sub=Vimsvc.TaskManager "
        "opID=lro-91-2b3c user=vpxuser] Task Created : haTask--vim.SearchIndex.findByUuid-1840"
    )
    assert (f.timestamp, f.level, f.service, f.message, f.attributes) == (
        "2023-06-12T08:21:44.517Z",
        "debug",
        "hostd",
        "Task Created : haTask--vim.SearchIndex.findByUuid-1840",
        {"pid": 2099514, "sub": "Vimsvc.TaskManager", "opID": "lro-91-2b3c", "user": "vpxuser"},
    )
    f = FORMAT.parse("2023-06-12T08:21:45Z error vpxd[07788] [Originator@6876 sub=Default] lost db")
    assert (f.level, f.service, f.message, f.attributes) == (
        "error",
        "vpxd",
        "lost db",
        {"pid": 7788, "sub": "Default"},
    )
    # Before 6.0: the thread, level and module in brackets, with the time before 5.0.
    f = FORMAT.parse(
        "2013-02-07T10:01:02.003Z [7F1E2D3C4B50 trivia 'SoapAdapter' opID=aa12] Sending response"
    )
    assert (f.level, f.logger, f.message, f.attributes) == (
        "trace",
        "SoapAdapter",
        "Sending response",
        {"thread": "7F1E2D3C4B50", "opID": "aa12"},
    )
    f = FORMAT.parse("[2010-09-03 11:05:06.788 0A1B2C3D warning 'App'] Low disk on datastore1")
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2010-09-03 11:05:06.788",
        "warning",
        "App",
        "Low disk on datastore1",
        {"thread": "0A1B2C3D"},
    )


def test_esxi_vmkernel_log():
    f = FORMAT.parse("2024-03-08T02:11:37.905Z cpu12:2097731)WARNING: NMP: path vmhba2:C0:T1 dead")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2024-03-08T02:11:37.905Z",
        "warning",
        "NMP: path vmhba2:C0:T1 dead",
        {"cpu": 12, "world": 2097731},
    )
    f = FORMAT.parse("2024-03-08T02:11:38.001Z cpu3:2097152 opID=7c1a9f02)ALERT: Heap vmfs3 full")
    assert (f.level, f.message, f.attributes) == (
        "error",
        "Heap vmfs3 full",
        {"cpu": 3, "world": 2097152, "opID": "7c1a9f02"},
    )
    f = FORMAT.parse("2024-03-08T02:11:38.101Z cpu0:2097153)ScsiDevice: 4721: Rescan done")
    assert (f.level, f.message) == (None, "ScsiDevice: 4721: Rescan done")


def test_a_rust_module_path_after_the_level_is_the_logger():
    """simple_logger's `{time} {level:<5} [{target}] {message}`: a module path is a target;
    a bare word there is as likely a Java thread (`%d %-5p [%t] %m`) and stays in the message."""
    f = FORMAT.parse(
        "2024-05-01T10:00:00.123456789Z WARN  [shop::db::pool@tokio-runtime-worker] pool exhausted"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-05-01T10:00:00.123456789Z",
        "WARN",
        "shop::db::pool",
        "pool exhausted",
        {"thread": "tokio-runtime-worker"},
    )
    f = FORMAT.parse("2024-05-01 10:00:00,123 INFO  [main] started")
    assert (f.logger, f.message) == (None, "[main] started")


@pytest.mark.parametrize(
    ("line", "level", "logger", "message"),
    [
        (
            "27-Nov-2026 12:00:00.123 security: error: client @0x7f1c2400 198.51.100.4#41822 "
            "(corp.example): zone transfer 'corp.example/AXFR/IN' denied",
            "error",
            "security",
            "client @0x7f1c2400 198.51.100.4#41822 (corp.example): zone transfer "
            "'corp.example/AXFR/IN' denied",
        ),
        (
            "27-Nov-2026 12:00:01.000 query-errors: info: client @0x7f1c2400 10.0.0.1#53 "
            "(db.corp.example): query failed (SERVFAIL) for db.corp.example/IN/A at query.c:7729",
            "info",
            "query-errors",
            "client @0x7f1c2400 10.0.0.1#53 (db.corp.example): query failed (SERVFAIL) for "
            "db.corp.example/IN/A at query.c:7729",
        ),
        (
            "27-Nov-2026 12:00:02.500 resolver: debug 3: createfetch: corp.example A",
            "debug",
            "resolver",
            "createfetch: corp.example A",
        ),
        (
            "27-Nov-2026 12:00:03.000 lame-servers: warning: timed out resolving "
            "'ns1.corp.example/A/IN': 192.0.2.53#53",
            "warning",
            "lame-servers",
            "timed out resolving 'ns1.corp.example/A/IN': 192.0.2.53#53",
        ),
    ],
)
def test_bind_named_category_and_severity(line, level, logger, message):
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.logger, f.message) == (line[:24], level, logger, message)


@pytest.mark.parametrize(
    ("line", "level", "logger", "context", "message"),
    [
        (
            "Jun 11 06:02:40 imap-login: Info: Login: user=<frank@example.org>, method=LOGIN, "
            "rip=203.0.113.200, lip=192.0.2.10, mpid=3129, TLS, session=<L0DKiwiGBDGBB8Hp>",
            "info",
            "imap-login",
            None,
            "Login: user=<frank@example.org>, method=LOGIN, rip=203.0.113.200, lip=192.0.2.10, "
            "mpid=3129, TLS, session=<L0DKiwiGBDGBB8Hp>",
        ),
        (
            "Jun 11 07:27:33 imap(bob@example.com)<3602><nhS3pKy5LA/0dyh3>: Error: Mailbox Junk: "
            "Corrupted index cache file /var/vmail/bob/dovecot.index.cache",
            "error",
            "imap",
            "(bob@example.com)<3602><nhS3pKy5LA/0dyh3>",
            "Mailbox Junk: Corrupted index cache file /var/vmail/bob/dovecot.index.cache",
        ),
        (
            "Jun 12 07:32:51 auth-worker(4711): Warning: pgsql: Connect failed to mail",
            "warning",
            "auth-worker",
            "(4711)",
            "pgsql: Connect failed to mail",
        ),
    ],
)
def test_dovecot_log_prefix_and_level(line, level, logger, context, message):
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.logger, f.message) == (line[:15], level, logger, message)
    assert (f.attributes or {}).get("context") == context


def test_a_word_and_colon_without_a_severity_is_message():
    line = "27-Nov-2026 12:00:00.123 client @0x7f 10.0.0.1#53 (example.com): query failed"
    f = FORMAT.parse(line)
    assert (f.level, f.logger, f.message) == (None, None, line[25:])
    # A severity without its category (print-severity alone) is the level as before.
    f = FORMAT.parse("27-Nov-2026 12:00:00.123 error: zone corp.example/IN: not loaded")
    assert (f.level, f.logger, f.message) == ("error", None, "zone corp.example/IN: not loaded")


@pytest.mark.parametrize(
    ("line", "level", "message"),
    [
        # dnf's /var/log/dnf.log and dnf.rpm.log: its own levels below DEBUG, then the stock ones.
        (
            "2026-11-29T16:04:50+0000 DDEBUG Command: dnf install -y nginx",
            "trace",
            "Command: dnf install -y nginx",
        ),
        (
            "2026-11-29T16:04:52+0000 SUBDEBUG Upgraded: openssl-1:3.0.7-27.el9.x86_64",
            "trace",
            "Upgraded: openssl-1:3.0.7-27.el9.x86_64",
        ),
        (
            "2026-11-29T16:04:52+0000 CRITICAL Error: Unable to find a match: nginx-mainline",
            "critical",
            "Error: Unable to find a match: nginx-mainline",
        ),
    ],
)
def test_dnf_log_levels(line, level, message):
    fields = FORMAT.parse(line)
    assert fields is not None
    assert fields.timestamp == line[:24]
    assert (normalize_level(fields.level), fields.message) == (level, message)


@pytest.mark.parametrize(
    ("line", "level", "service", "logger", "message", "attributes"),
    [
        (
            "2026-11-28 10:15:04.223456+0100 0x1a2c     Error       0x0                  123    0"
            "    WindowServer: (SkyLight) [com.apple.SkyLight:default] CGXDisplayDidWake",
            "error",
            "WindowServer",
            "com.apple.SkyLight",
            "CGXDisplayDidWake",
            {"thread": "0x1a2c", "pid": 123, "sender": "SkyLight", "category": "default"},
        ),
        (
            "2026-11-28 10:15:04.123456+0100 0x1a2b     Default     0x0                  0      0"
            "    kernel: (AppleACPIPlatform) ACPI: sleep states S3 S4 S5",
            "info",
            "kernel",
            "AppleACPIPlatform",
            "ACPI: sleep states S3 S4 S5",
            {"thread": "0x1a2b", "pid": 0, "sender": "AppleACPIPlatform"},
        ),
        (  # an activity, no image; and no TTL column (10.12's `log show`)
            "2026-11-28 10:15:04.323456+0100 0x1a2d     Fault       0x5b1c               312"
            "    Google Chrome Helper: [com.google.Chrome:net] socket closed",
            "critical",
            "Google Chrome Helper",
            "com.google.Chrome",
            "socket closed",
            {"thread": "0x1a2d", "pid": 312, "activity": "0x5b1c", "category": "net"},
        ),
    ],
)
def test_macos_log_show(line, level, service, logger, message, attributes):
    f = FORMAT.parse(line)
    assert (normalize_level(f.level), f.service, f.logger, f.message, f.attributes) == (
        level,
        service,
        logger,
        message,
        attributes,
    )
    assert f.timestamp == line[:31]


def test_windows_servicing_logs_component():
    """CBS.log and dism.log: the component after the padded level is the logger."""
    f = FORMAT.parse(
        "2026-11-28 10:15:06, Error                 CBS    Failed to resolve package "
        "[HRESULT = 0x800f0818 - CBS_E_IDENTITY_MISMATCH]"
    )
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2026-11-28 10:15:06",
        "Error",
        "CBS",
        "Failed to resolve package [HRESULT = 0x800f0818 - CBS_E_IDENTITY_MISMATCH]",
    )
    f = FORMAT.parse(
        "2026-11-28 10:15:07, Info                  DISM   DISM Provider Store: PID=4312 TID=5120"
        " Getting the collection of providers"
    )
    assert (f.logger, f.message[:25]) == ("DISM", "DISM Provider Store: PID=")
    # No padding after the level: a word after it is the message's.
    f = FORMAT.parse("2026-11-28 10:15:06, Info CBS started")
    assert (f.logger, f.message) == (None, "CBS started")


def test_csi_sequence_and_time_are_attributes():
    """CSI's hex line number, and the time it writes after a session's first, are not the
    message's: left there, every line would be a template of its own."""
    f = FORMAT.parse(
        "2026-11-28 18:20:41, Info                  CSI    00000001@2026/11/28:10:20:41.207 "
        "WcpInitialize: wcp.dll version 0.0.0.6 (stack @0x7ffb1c2d3e4f @0x7ffb1d0e1f2a)"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2026-11-28 18:20:41",
        "Info",
        "CSI",
        "WcpInitialize: wcp.dll version 0.0.0.6 (stack @0x7ffb1c2d3e4f @0x7ffb1d0e1f2a)",
        {"sequence": "00000001", "csi_time": "2026/11/28:10:20:41.207"},
    )
    f = FORMAT.parse(
        "2026-11-28 18:20:42, Info                  CSI    0000002c Warning: Overlap: Directory "
        "\\??\\C:\\Windows\\WinSxS\\Temp is owned twice"
    )
    assert (f.message[:26], f.attributes) == (
        "Warning: Overlap: Director",
        {"sequence": "0000002c"},
    )
    # CBS's own lines have no number; a CSI line whose first word is not one keeps it.
    f = FORMAT.parse("2026-11-28 18:20:43, Info                  CSI    Perf: 12 ms")
    assert (f.message, f.attributes) == ("Perf: 12 ms", None)


def test_time_component_pid_message_with_bars():
    """An Android health app's `time|component|pid|message`."""
    f = FORMAT.parse("20261128-10:15:04:123|Step_LSC|30002312|onStandStepChanged 3579")
    assert (f.timestamp, f.logger, f.message, f.attributes) == (
        "20261128-10:15:04:123",
        "Step_LSC",
        "onStandStepChanged 3579",
        {"pid": 30002312},
    )
    # NLog's `time|LEVEL|logger|message` is still NLog's.
    f = FORMAT.parse("2026-11-28 10:15:04.1234|ERROR|Shop.Orders|failed")
    assert (f.level, f.logger, f.message) == ("ERROR", "Shop.Orders", "failed")


@pytest.mark.parametrize(
    ("line", "logger", "thread", "message"),
    [
        # log4net's `%date|%-5level|%logger|%thread|%message`: a numbered thread, a named one.
        (
            "2024-02-19 06:19:18,161|INFO |Contoso.Orders.OrderProcessor|12|Order 880558 put on"
            " backorder",
            "Contoso.Orders.OrderProcessor",
            "12",
            "Order 880558 put on backorder",
        ),
        (
            "2024-02-19 07:04:18,182|DEBUG|Quartz.Core.JobRunShell|DefaultQuartzScheduler_Worker-4"
            "|Calling Execute on job DEFAULT.PollInboundOrdersJob",
            "Quartz.Core.JobRunShell",
            "DefaultQuartzScheduler_Worker-4",
            "Calling Execute on job DEFAULT.PollInboundOrdersJob",
        ),
        # `%thread|%logger`: the number first.
        (
            "2024-02-19 07:04:18,182|WARN |7|Contoso.Stock.Reconciler|Negative stock: SKU-1|SKU-2",
            "Contoso.Stock.Reconciler",
            "7",
            "Negative stock: SKU-1|SKU-2",
        ),
        # NLog's message with a bar of its own keeps it: `Health: queue=a` is no thread.
        (
            "2024-02-19 07:04:18.1820|INFO|Shop.Health|Health: queue=a depth=3 | db=ok",
            "Shop.Health",
            None,
            "Health: queue=a depth=3 | db=ok",
        ),
    ],
)
def test_log4net_bars_with_a_thread(line, logger, thread, message):
    f = FORMAT.parse(line)
    assert (f.logger, (f.attributes or {}).get("thread"), f.message) == (logger, thread, message)


def test_slurm_levels_and_job_step():
    f = FORMAT.parse("[2026-11-28T10:15:09.003] [1234.batch] error: *** JOB 1234 CANCELLED ***")
    assert (f.level, f.message, f.attributes) == (
        "error",
        "*** JOB 1234 CANCELLED ***",
        {"step": "1234.batch"},
    )
    f = FORMAT.parse("[2026-11-28T10:15:07.001] debug2: Processing RPC: REQUEST_NODE_INFO")
    assert (normalize_level(f.level), f.message) == ("debug", "Processing RPC: REQUEST_NODE_INFO")
    f = FORMAT.parse("[2026-11-28T10:15:08.002] [77_3.0] debug:  task 0 exited")
    assert (f.attributes, f.message) == ({"step": "77_3.0"}, "task 0 exited")


def test_proxifier_log():
    f = FORMAT.parse(
        "[11.28 10:15:04] chrome.exe - proxy.example.com:5070 open through proxy "
        "proxy.example.com:5070 HTTPS"
    )
    assert (f.timestamp, f.service, f.message) == (
        "Nov 28 10:15:04",
        "chrome.exe",
        "proxy.example.com:5070 open through proxy proxy.example.com:5070 HTTPS",
    )
    f = FORMAT.parse("[11.28 10:15:07] Dropbox.exe *64 - api.example.net:443 close")
    assert (f.service, f.attributes, f.message) == (
        "Dropbox.exe",
        {"bits": 64},
        "api.example.net:443 close",
    )
    # A day first (`28.11`) is no month: not read.
    assert FORMAT.parse("[28.11 10:15:04] chrome.exe - x") is None


def test_erlang_pid_after_the_level():
    """RabbitMQ's `time [level] <pid> message` kept the Erlang process in the message."""
    f = FORMAT.parse(
        "2025-01-08 16:02:11.734120+01:00 [warning] <0.1722.0> closing AMQP connection "
        "<0.1722.0> (10.4.1.9:52144 -> 10.4.0.2:5672, vhost: '/', user: 'orders'):"
    )
    assert (
        parse_timestamp(f.timestamp, UTC),
        f.level,
        f.logger,
        f.message,
        f.attributes,
    ) == (
        datetime(2025, 1, 8, 15, 2, 11, 734120),
        "warning",
        None,
        "closing AMQP connection <0.1722.0> (10.4.1.9:52144 -> 10.4.0.2:5672, vhost: '/', "
        "user: 'orders'):",
        {"erlang_pid": "<0.1722.0>"},
    )
    # Lager's default formatter (ejabberd, RabbitMQ 3.7 with its module): where, after `@`.
    f = FORMAT.parse(
        "2024-10-02 07:45:19.003 [error] <0.512.0>@ejabberd_listener:accept:311 (#Port<0.99>) "
        "Failed TCP accept: emfile"
    )
    assert (f.level, f.message, f.attributes) == (
        "error",
        "(#Port<0.99>) Failed TCP accept: emfile",
        {"erlang_pid": "<0.512.0>", "caller": "ejabberd_listener:accept:311"},
    )
    # OTP logger's location (ejabberd 20+): the function with its arity, `fun/3`, as Erlang
    # names functions; read as Lager's, the `/4:574` was left to open every message.
    f = FORMAT.parse(
        "2024-06-11 06:00:02.523402+00:00 [info] <0.523.0>@ejabberd_c2s:handle_auth_success/4:590 "
        "(tls|<0.522.0>) Accepted c2s PLAIN authentication for alice@example.org by sql backend "
        "from ::ffff:10.0.0.5"
    )
    assert (f.level, f.message, f.attributes) == (
        "info",
        "(tls|<0.522.0>) Accepted c2s PLAIN authentication for alice@example.org by sql backend "
        "from ::ffff:10.0.0.5",
        {"erlang_pid": "<0.523.0>", "caller": "ejabberd_c2s:handle_auth_success/4:590"},
    )
    # A bracket that is no pid stays in the message.
    f = FORMAT.parse("2025-01-08 16:02:11 [info] <html> page served")
    assert (f.message, f.attributes) == ("<html> page served", None)


def test_process_name_glued_to_a_bar_after_the_time():
    """Squid's cache.log: `time kid1| message` (a worker) and `time| message` (the parent)."""
    f = FORMAT.parse("2026/11/28 10:15:04 kid1| Accepting HTTP Socket connections at conn9 FD 12")
    assert (f.timestamp, f.message, f.attributes) == (
        "2026/11/28 10:15:04",
        "Accepting HTTP Socket connections at conn9 FD 12",
        {"process": "kid1"},
    )
    f = FORMAT.parse("2026/11/28 10:15:04| pinger: Initialising ICMP pinger ...")
    assert (f.message, f.attributes) == ("pinger: Initialising ICMP pinger ...", None)
    # A bar with blanks on both sides is a separator, not a process's name.
    f = FORMAT.parse("2026/11/28 10:15:04 cache | hit ratio 0.93")
    assert f.message == "cache | hit ratio 0.93"


def test_gos_caller_without_a_level_leaves_the_message():
    """Go's standard logger with `Lshortfile` (`Llongfile`: the whole path) and no level."""
    f = FORMAT.parse("2026/11/30 10:11:12.123456 server.go:87: listening on :8080")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2026/11/30 10:11:12.123456",
        None,
        "listening on :8080",
        {"caller": "server.go:87"},
    )
    f = FORMAT.parse("2026/11/30 10:11:12 /src/orders/internal/db.go:201: slow query took 1.2s")
    assert (f.message, f.attributes) == (
        "slow query took 1.2s",
        {"caller": "/src/orders/internal/db.go:201"},
    )
    # A file the message names, not a Go source file, stays in it.
    f = FORMAT.parse("2026/11/30 10:11:12 config.yaml:12: mapping values are not allowed")
    assert (f.message, f.attributes) == ("config.yaml:12: mapping values are not allowed", None)


@pytest.mark.parametrize(
    ("line", "level", "message", "caller"),
    [
        # Ofelia's `%{time} %{shortfile} ▶ %{level} %{message}`, docker logs' two blanks.
        (
            '2024-06-04T06:00:01.8Z  common.go:125 ▶ NOTICE [Job "app" (3f9a)] Started - df -h',
            "info",
            '[Job "app" (3f9a)] Started - df -h',
            "common.go:125",
        ),
        # go-logging's own example: the function, the level cut to four letters, the id.
        ("06:00:01.123 main ▶ ERRO 003 boom", "error", "boom", "main"),
        ("06:00:01.123 main ▶ NOTI 00a listening", "info", "listening", "main"),
        # A word of hex letters opens the message: no sequence number has no digit.
        ("06:00:01.123 main ▶ WARN add user failed", "warning", "add user failed", "main"),
    ],
)
def test_go_loggings_caller_arrow_and_level(line, level, message, caller):
    f = FORMAT.parse(line)
    assert (f.level, f.message, f.attributes) == (level, message, {"caller": caller})
    # An arrow before no level word is the message's.
    f = FORMAT.parse("06:00:01.123 next ▶ step two")
    assert f.message == "next ▶ step two"


@pytest.mark.parametrize(
    ("line", "level", "message", "attributes"),
    [
        # Beego's logs (frp's golib): the level's letter, then the caller, both in brackets.
        (
            "2024-06-05 06:00:09.570 [I] [proxy/proxy.go:204] [3f6c] get a user connection",
            "info",
            "[3f6c] get a user connection",
            {"caller": "proxy/proxy.go:204"},
        ),
        ("2024/06/05 06:00:09 [W] [app.go:12] slow", "warning", "slow", {"caller": "app.go:12"}),
        ("2024/06/05 06:00:09 [N] started", "notice", "started", None),
        # A bracketed capital that names no level is the message's.
        ("2024/06/05 06:00:09 [X] marks the spot", None, "[X] marks the spot", None),
    ],
)
def test_a_level_letter_in_brackets(line, level, message, attributes):
    f = FORMAT.parse(line)
    assert (f.level, f.message, f.attributes) == (level, message, attributes)


def test_sabnzbds_level_and_module_between_double_colons():
    f = FORMAT.parse("2024-06-07 06:15:01,712::INFO::[nzbparser:314] File a.par2 added to queue")
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-06-07 06:15:01,712",
        "INFO",
        "nzbparser",
        "File a.par2 added to queue",
        {"line": 314},
    )


def test_deluges_padded_logger_and_line_after_its_bracketed_level():
    f = FORMAT.parse(
        "06:00:12 [INFO    ][deluge.core.rpcserver         :179 ] Deluge Client connection made"
    )
    assert (f.level, f.logger, f.message, f.attributes) == (
        "INFO",
        "deluge.core.rpcserver",
        "Deluge Client connection made",
        {"line": 179},
    )


@pytest.mark.parametrize(("word", "level"), [("WAR", "warning"), ("DEB", "debug"), ("INF", "info")])
def test_mediamtxs_three_letter_levels(word, level):
    f = FORMAT.parse(f"2024/06/07 07:11:03 {word} [path cam] [RTSP source] 152 RTP packets lost")
    assert (normalize_level(f.level), f.message) == (
        level,
        "[path cam] [RTSP source] 152 RTP packets lost",
    )


@pytest.mark.parametrize(
    ("line", "level", "logger", "message", "caller"),
    [
        (
            "06/07/24 06:00:38.007045 zmc_m1[1512].INF-zm_monitor.cpp/3089 [Front Door: 1400000"
            " - Capturing at 14.93 fps]",
            "info",
            "zmc_m1",
            "Front Door: 1400000 - Capturing at 14.93 fps",
            "zm_monitor.cpp:3089",
        ),
        (
            "06/07/24 08:12:18.120000 zmdc[1288].ERR [ZMServer:625] ['zmc -m 3' exited"
            " abnormally, exit status 255]",
            "error",
            "zmdc",
            "'zmc -m 3' exited abnormally, exit status 255",
            "ZMServer:625",
        ),
        (
            "06/07/24 08:13:22.905235 zmwatch[1301].WAR [main:95] [Restarting capture daemon]",
            "warning",
            "zmwatch",
            "Restarting capture daemon",
            "main:95",
        ),
    ],
)
def test_zoneminders_ident_level_code_and_bracketed_message(line, level, logger, message, caller):
    f = FORMAT.parse(line)
    assert (f.level, f.logger, f.message, f.attributes["caller"]) == (
        level,
        logger,
        message,
        caller,
    )


def test_emissarys_diagd_head_and_its_request_record():
    f = FORMAT.parse("2024-06-07 06:00:19 diagd 3.9.1 [P41TAEW] INFO: EnvoyConfig: Generating V3")
    assert (f.level, f.logger, f.message, f.attributes) == (
        "INFO",
        "diagd",
        "EnvoyConfig: Generating V3",
        {"pid": 41, "thread": "AEW", "version": "3.9.1"},
    )
    f = FORMAT.parse(
        "2024-06-07 07:30:06 diagd 3.9.1 [P41TThreadPoolExecutor-0_3] INFO: 4ABABB46-7FB5-470B-"
        'AADC-253FC4B6C8F5: 10.42.5.23 "POST /_internal/v0/watt" 15ms 200 success'
    )
    assert (f.template, f.attributes["thread"]) == (
        "POST /_internal/v0/watt 200",
        "ThreadPoolExecutor-0_3",
    )


def test_resques_worker_head():
    f = FORMAT.parse("** [06:00:04 2024-06-06] 23011: got: (Job{default} | SyncOrders | [])")
    assert (f.timestamp, f.message, f.attributes) == (
        "06:00:04 2024-06-06",
        "got: (Job{default} | SyncOrders | [])",
        {"pid": 23011},
    )


def test_foremans_level_letter_logger_and_request_between_bars():
    f = FORMAT.parse("2024-06-06T06:05:22 [W|app|3ef44836] Processing by HostsController#facts")
    assert (f.level, f.logger, f.message, f.attributes) == (
        "warning",
        "app",
        "Processing by HostsController#facts",
        {"request_id": "3ef44836"},
    )
    f = FORMAT.parse("2024-06-06T06:05:22 [I|bg|] Job started")
    assert (f.level, f.logger, f.attributes) == ("info", "bg", None)
    # Its smart proxy's: the request's id, then the level's letter in brackets.
    f = FORMAT.parse("2024-06-06T06:00:01 5dd75c37 [E] Finished GET /version with 500 (0.7 ms)")
    assert (f.level, f.message, f.attributes) == (
        "error",
        "Finished GET /version with 500 (0.7 ms)",
        {"request_id": "5dd75c37"},
    )


@pytest.mark.parametrize(
    ("line", "level", "message"),
    [
        # A capitalised level word, one blank, a word in lower case: the message's first word
        (
            "2026-11-28 12:00:00 Error creating bridge: timeout",
            None,
            "Error creating bridge: timeout",
        ),
        ("2026-11-28 12:00:00 Critical section entered", None, "Critical section entered"),
        ("2026-11-28 12:00:00 Debug mode enabled", None, "Debug mode enabled"),
        ("1717000000: Notice of change sent", None, "Notice of change sent"),
        # A level: in capitals or lower case, before a colon, padded, or before a capital
        ("2026-11-28 12:00:00 ERROR creating bridge", "ERROR", "creating bridge"),
        ("2026-11-28 12:00:00 error connection refused", "error", "connection refused"),
        ("2026-11-28 12:00:00 Error: disk full", "Error", "disk full"),
        ("2026-11-28 12:00:00 Info  mode set", "Info", "mode set"),
        ("2026-11-28 12:00:00 Info Starting server", "Info", "Starting server"),
    ],
)
def test_a_capitalised_level_word_before_lower_case_opens_a_sentence(line, level, message):
    f = FORMAT.parse(line)
    assert (f.level, f.message) == (level, message)


@pytest.mark.parametrize(
    ("line", "level", "message"),
    [
        # An arrow between the time and the message (ClamAV's `LogTime yes`)
        (
            "Tue Jun 11 00:00:17 2024 -> Self checking every 3600 seconds.",
            None,
            "Self checking every 3600 seconds.",
        ),
        (
            "Tue Jun 11 01:00:05 2024 -> WARNING: Can't query current.cvd.clamav.net",
            "WARNING",
            "Can't query current.cvd.clamav.net",
        ),
        (
            "Tue Jun 11 01:00:05 2024 -> --------------------------------------",
            None,
            "--------------------------------------",
        ),
        # An arrow glued to more is the message's (`->x` is no separator)
        ("2024-06-11 01:00:05 ->x", None, "->x"),
        # Two colons on either side of the level (Python's `%(asctime)s :: %(levelname)s ::
        # %(message)s`, LibreNMS's wrappers), or after the time alone
        (
            "2024-06-04 06:00:01,222 :: INFO :: starting the poller check with 16 threads",
            "INFO",
            "starting the poller check with 16 threads",
        ),
        (
            "2024-06-04 06:02:13,909 :: ERROR :: Thread-3 failed to poll device 7",
            "ERROR",
            "Thread-3 failed to poll device 7",
        ),
        ("2024-06-04 06:00:01 :: Log opened.", None, "Log opened."),
    ],
)
def test_an_arrow_after_the_time_separates_it_from_the_message(line, level, message):
    f = FORMAT.parse(line)
    assert (f.level, f.message) == (level, message)


def test_a_day_and_month_without_the_year_to_the_minute():
    # Bacula's daemons: `%d-%b %H:%M`, the sender and the job before the message.
    f = FORMAT.parse("01-Jun 23:05 bacula-dir JobId 4411: Start Backup JobId 4411, Job=web01")
    assert f.timestamp == "01-Jun 23:05"
    assert (f.service, f.attributes, f.message) == (
        "bacula-dir",
        {"job_id": 4411},
        "Start Backup JobId 4411, Job=web01",
    )


@pytest.mark.parametrize(
    ("line", "level", "message"),
    [
        (
            "2024-06-11T06:00:02Z I! Loading config: /etc/agent.conf",
            "info",
            "Loading config: /etc/agent.conf",
        ),
        (
            "2024-06-11T06:00:12Z D! [outputs.db] Wrote batch of 154 metrics in 47.5ms",
            "debug",
            "[outputs.db] Wrote batch of 154 metrics in 47.5ms",
        ),
        (
            "2024-06-11T06:23:58Z E! [agent] Error writing to outputs.db",
            "error",
            "[agent] Error writing to outputs.db",
        ),
        (
            "2024-06-11T06:00:21Z W! [inputs.docker] Collection took longer than expected",
            "warn",
            "[inputs.docker] Collection took longer than expected",
        ),
        # Another letter, or no blank after the `!`, is the message's
        ("2024-06-11T06:00:21Z X! marks the spot", None, "X! marks the spot"),
        ("2024-06-11T06:00:21Z I!nfo", None, "I!nfo"),
    ],
)
def test_a_level_letter_and_a_bang_after_the_time(line, level, message):
    f = FORMAT.parse(line)
    assert (f.level, f.message) == (level, message)


@pytest.mark.parametrize(
    ("line", "level", "logger", "message"),
    [
        (
            "2018-05-08 09:37:08.592398 I | etcdserver: starting member 8e9e05c52164694d",
            "info",
            "etcdserver",
            "starting member 8e9e05c52164694d",
        ),
        (
            "2018-05-08 09:37:09.101123 W | rafthttp: health check for peer 1 could not connect",
            "warning",
            "rafthttp",
            "health check for peer 1 could not connect",
        ),
        (
            "2018-05-08 09:37:10.000000 N | etcdserver/membership: set the cluster version",
            "notice",
            "etcdserver/membership",
            "set the cluster version",
        ),
    ],
)
def test_capnslog_level_letter_and_package(line, level, logger, message):
    """CoreOS's capnslog (etcd before 3.4): the letter is the level, the package the logger;
    before, both were the message's first words and the level was lost."""
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.logger, f.message) == (line[:26], level, logger, message)


@pytest.mark.parametrize(
    ("line", "level", "message"),
    [
        (
            "INFO [05-01|12:00:00.123] Starting peer-to-peer node               instance=Geth/v1",
            "INFO",
            "Starting peer-to-peer node               instance=Geth/v1",
        ),
        (
            'ERROR[05-01|12:00:02.000] Failed to decode block                    err="rlp: x"',
            "ERROR",
            'Failed to decode block                    err="rlp: x"',
        ),
    ],
)
def test_log15_terminal_format(line, level, message):
    """go-ethereum's console: the level padded to five, then the time without a year."""
    f = FORMAT.parse(line)
    assert (f.level, f.message) == (level, message)
    assert parse_timestamp(f.timestamp, UTC, datetime(2024, 12, 1)) == datetime(
        2024, 5, 1, 12, 0, int(line[18:20]), int(line[21:24]) * 1000
    )


@pytest.mark.parametrize(
    ("line", "service", "host", "message"),
    [
        (  # bunyan's CLI view
            "[2024-05-01T12:00:00.123Z]  INFO: myapp/1234 on web-1: Server listening (port=3000)",
            "myapp",
            "web-1",
            "Server listening (port=3000)",
        ),
        (  # pino-pretty's default
            "[2024-05-01 12:00:00.123 +0000] WARN (myapp/1234 on web-1): slow request",
            "myapp",
            "web-1",
            "slow request",
        ),
        ("[12:00:00.123] INFO (1234): Server listening", None, None, "Server listening"),
    ],
)
def test_node_loggers_name_pid_and_host_after_the_level(line, service, host, message):
    f = FORMAT.parse(line)
    assert (f.service, f.host, f.message, f.attributes) == (service, host, message, {"pid": 1234})


def test_a_parenthesis_after_the_level_without_a_pid_stays_in_the_message():
    f = FORMAT.parse("2024-05-01 12:00:00 ERROR (foo) bar")
    assert (f.level, f.message) == ("ERROR", "(foo) bar")


ERLANG_REPORTS = """\
=ERROR REPORT==== 1-May-2024::12:00:00.123456 ===
** Generic server foo terminating
** Reason for termination ==
** {badarg,[{erlang,list_to_atom,[1],[]}]}

=INFO REPORT==== 1-May-2024::12:00:01 ===
application: rabbit
    exited: stopped
"""


def test_erlang_error_logger_reports_are_one_event_each(tmp_path):
    """OTP's error_logger report: the header's kind is the level, the lines below the message
    (before, every line of a report was an event of its own, the header's time unread)."""
    rows = stored_events(tmp_path, ERLANG_REPORTS, "line, level, message")
    assert rows == [
        (
            1,
            "error",
            "** Generic server foo terminating\n** Reason for termination ==\n"
            "** {badarg,[{erlang,list_to_atom,[1],[]}]}",
        ),
        (6, "info", "application: rabbit\n    exited: stopped"),
    ]
    f = FORMAT.parse("=ERROR REPORT==== 1-May-2024::12:00:00.123456 ===")
    assert parse_timestamp(f.timestamp, UTC, datetime(2024, 12, 1)) == datetime(
        2024, 5, 1, 12, 0, 0, 123456
    )


def test_zerolog_console_under_its_default_kitchen_time():
    """zerolog's ConsoleWriter with time.Kitchen: the level and fields are read; the clock,
    without a date, is an attribute."""
    f = FORMAT.parse('12:01AM ERR db connect failed error="connection refused"')
    assert (f.timestamp, f.level, f.message) == (None, "ERR", "db connect failed")
    assert f.attributes == {"clock": "12:01AM", "error": "connection refused"}
    assert FORMAT.parse("12:01AM the meeting starts") is None


@pytest.mark.parametrize(
    ("line", "level", "attributes", "message"),
    [
        # libvirt's virLogFormatString: the thread, the level between ` : `, the function and
        # its line, after a time whose zone a colon ends
        (
            "2024-06-11 06:00:04.618+0000: 54055: error : virNetSocketReadWire:1793 : End of"
            " file while reading data: Input/output error",
            "error",
            {"thread": 54055, "caller": "virNetSocketReadWire:1793"},
            "End of file while reading data: Input/output error",
        ),
        # the version and host lines each start writes name no function
        (
            "2024-06-11 06:00:04.584+0000: 54055: info : libvirt version: 9.0.0, package: 9.0.0-4",
            "info",
            {"thread": 54055},
            "libvirt version: 9.0.0, package: 9.0.0-4",
        ),
    ],
)
def test_thread_level_and_caller_between_spaced_colons(line, level, attributes, message):
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.attributes, f.message) == (
        line[:28],
        level,
        attributes,
        message,
    )


def test_a_colon_and_a_blank_end_an_iso_time_with_its_zone():
    assert match_timestamp_prefix("2024-06-11 06:00:04.584+0000: 54055: x") == 28
    # a time without a zone before a colon is left to the envelopes: PM2's `--time` prefix
    assert match_timestamp_prefix("2024-05-01T10:00:01: Error: connect ECONNREFUSED") < 0


@pytest.mark.parametrize(
    ("line", "level", "logger", "message"),
    [
        (
            "[2024-06-11 06:00:04 +0000] information/ApiListener: My API identity: m1.example.com",
            "information",
            "ApiListener",
            "My API identity: m1.example.com",
        ),
        (
            "[2024-06-11 06:00:04 +0000] critical/IdoMysqlConnection: Connection to database"
            " 'icinga' failed",
            "critical",
            "IdoMysqlConnection",
            "Connection to database 'icinga' failed",
        ),
        # a path after the time is no level's component
        (
            "2024-06-11 06:00:04 errors/today: 3 new",
            None,
            None,
            "errors/today: 3 new",
        ),
    ],
)
def test_a_level_joined_to_its_component_by_a_slash(line, level, logger, message):
    f = FORMAT.parse(line)
    assert (f.level, f.logger, f.message) == (level, logger, message)


def test_log4rs_default_pattern_target_and_dash(tmp_path):
    """log4rs's default encoder, `{d} {l} {t} - {m}`: the target, a module path, is the logger
    (not a logger `my_app` cut at the first colon of `::`), the dash no part of the message."""
    rows = stored_events(
        tmp_path,
        "2024-05-01T12:00:00.123456789+00:00 INFO shop_server::http - Listening on 0.0.0.0:80\n"
        "2024-05-01T12:00:03.456789012+00:00 ERROR shop_server::orders - Failed: refused\n"
        "2024-05-01T12:00:04.000000000+00:00 ERROR Failed - a dash in a sentence\n",
        "level, logger, message",
    )
    assert rows == [
        ("info", "shop_server::http", "Listening on 0.0.0.0:80"),
        ("error", "shop_server::orders", "Failed: refused"),
        ("error", None, "Failed - a dash in a sentence"),
    ]


@pytest.mark.parametrize(
    ("line", "level", "message"),
    [
        (
            "[2024-05-01 12:00:00.123456] [0x00007f5a1c8e4740] [info]    Server starting on 9000",
            "info",
            "Server starting on 9000",
        ),
        (
            "[2024-05-01 12:00:03.567890] [0x00007f5a1c8e4740] [fatal]   Unrecoverable, exiting",
            "fatal",
            "Unrecoverable, exiting",
        ),
    ],
)
def test_boost_log_trivial_layout(line, level, message):
    """Boost.Log's trivial logger: the hex thread id an attribute, not the logger; `fatal` a
    level; the padding after the level no part of the message."""
    f = FORMAT.parse(line)
    assert (f.level, f.logger, f.message, f.attributes) == (
        level,
        None,
        message,
        {"thread": "0x00007f5a1c8e4740"},
    )


def test_passenger_and_vapor_blank_padded_bracket_headers():
    f = FORMAT.parse(
        "[ E 2024-05-01 12:00:03.4567 4242/T3 age/Cor/App/Implementation.cpp:221 ]:"
        " Could not spawn process for application /var/www/shop"
    )
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2024-05-01 12:00:03.4567",
        "error",
        "Could not spawn process for application /var/www/shop",
        {"pid": 4242, "thread": "T3", "caller": "age/Cor/App/Implementation.cpp:221"},
    )
    f = FORMAT.parse("[ WARNING ] Abort.404: Not Found [request-id: 3D8C2A1F]")
    assert (f.timestamp, f.level, f.message) == (
        None,
        "WARNING",
        "Abort.404: Not Found [request-id: 3D8C2A1F]",
    )
    # A blank after the bracket with no level word is nobody's header here.
    assert FORMAT.parse("[ Note ] something") is None


def test_name_line_level_pid_bracket_fields_after_the_time():
    """`[%(name)-17s:%(lineno)-4d][%(levelname)-8s][%(process)d]` (Salt's log file): the padded
    logger, line, level and pid read, none of them left in the message."""
    f = FORMAT.parse(
        "2024-05-01 12:00:02,345 [salt.minion                                  :1128][WARNING ]"
        "[4242] Master hostname: 'salt' not found"
    )
    assert (f.level, f.logger, f.message, f.attributes) == (
        "WARNING",
        "salt.minion",
        "Master hostname: 'salt' not found",
        {"lineno": 1128, "pid": 4242},
    )
    f = FORMAT.parse("2024-05-01 12:00:04,567 [salt.utils.process:1024][CRITICAL][4242] Boom")
    assert (f.level, f.logger, f.message) == ("CRITICAL", "salt.utils.process", "Boom")


def test_context_and_logger_after_a_pid_and_a_level():
    """`%(asctime)s %(pid)s %(levelname)s %(dbname)s %(name)s: %(message)s` (Odoo's): in a file
    whose start shows dotted loggers so, the database (or `?`) is context and the name the
    logger (a plain one too: `werkzeug`), neither left in the message; elsewhere `1234 INFO
    loading config.yaml: done` is a sentence."""
    dotted = "2024-06-11 06:00:02,118 1234 INFO prod odoo.modules.loading: Modules loaded."
    assert FORMAT.parse(dotted).message == "prod odoo.modules.loading: Modules loaded."
    plain = "2024-06-11 06:00:03,001 1234 INFO ? werkzeug: 10.0.0.5 - - [11/Jun/2024 06:00:03] x"
    sentence = "2024-06-11 06:00:03,001 1234 INFO loading config.yaml: done"
    assert FORMAT.parse(sentence).message == "loading config.yaml: done"
    sample = [
        "2024-06-11 06:00:02,118 1234 INFO ? odoo: Odoo version 17.0",
        "2024-06-11 06:00:02,301 1234 INFO ? odoo.service.server: HTTP service running",
        "2024-06-11 06:00:02,502 1234 INFO prod odoo.modules.loading: loading 1 modules...",
    ]
    odoo = FORMAT.specialise(sample)
    f = odoo.parse(dotted)
    assert (f.level, f.logger, f.message, f.attributes) == (
        "INFO",
        "odoo.modules.loading",
        "Modules loaded.",
        {"pid": 1234, "context": "prod"},
    )
    f = odoo.parse(plain)
    assert (f.logger, f.message, f.attributes["context"]) == (
        "werkzeug",
        "10.0.0.5 - - [11/Jun/2024 06:00:03] x",
        "?",
    )
    other = "2024-06-11 06:00:03,001 1234 INFO reading app.json: done"
    assert FORMAT.specialise([sentence, sentence, other, plain]) is FORMAT


def test_zone_before_a_time_without_a_year():
    """Monit's `[%Z %b %d %T] %-8s : msg`: the zone first in the bracket is the time's, the
    padded level before ` : ` read; a word that names no zone opens no time."""
    f = FORMAT.parse("[CEST Jun 11 06:00:02] error    : 'nginx' process is not running")
    assert (f.timestamp, f.level, f.message) == (
        "CEST Jun 11 06:00:02",
        "error",
        "'nginx' process is not running",
    )
    reference = datetime(2024, 7, 1, tzinfo=UTC)
    assert parse_timestamp("CEST Jun 11 06:00:02", UTC, reference) == datetime(2024, 6, 11, 4, 0, 2)
    assert match_timestamp_prefix("ERROR Jun 11 06:00:02 disk full") == -1


def test_level_letter_and_caller_in_brackets_after_a_bracketed_time():
    """GlusterFS's gf_msg: a level's letter, the message id, the caller as `file:line:function`
    and the translator under its graph's number, none of them left in the message (a plain
    gf_log call writes no id)."""
    f = FORMAT.parse(
        "[2024-06-11 06:00:02.118234 +0000] E [MSGID: 106118] [glusterd-syncop.c:1893:"
        "gd_sync_task_begin] 0-management: Unable to acquire lock for gv0"
    )
    assert (f.timestamp, f.level, f.logger, f.message, f.attributes) == (
        "2024-06-11 06:00:02.118234 +0000",
        "error",
        "management",
        "Unable to acquire lock for gv0",
        {"caller": "glusterd-syncop.c:1893:gd_sync_task_begin", "msgid": 106118, "graph": 0},
    )
    f = FORMAT.parse(
        "[2024-06-11 06:00:03.000001 +0000] W [socket.c:1011:__socket_server_bind] "
        "0-socket.management: process started listening on port (24007)"
    )
    assert (f.level, f.logger, f.message) == (
        "warning",
        "socket.management",
        "process started listening on port (24007)",
    )


def test_network_device_mnemonic_names_the_level():
    """`%FACILITY-SEVERITY-MNEMONIC:` after a device's own time (Cisco IOS's `service timestamps
    log datetime msec`, ASA's year): the digit is a syslog severity; the message keeps the id."""
    f = FORMAT.parse("Jun 11 06:00:02.118 UTC: %LINK-3-UPDOWN: Interface Gi0/1, changed state")
    assert (f.level, f.message) == ("error", "%LINK-3-UPDOWN: Interface Gi0/1, changed state")
    f = FORMAT.parse("Jun 11 2024 06:00:02: %ASA-6-302013: Built inbound TCP connection 1")
    assert (f.level, f.message) == ("info", "%ASA-6-302013: Built inbound TCP connection 1")
    assert FORMAT.parse("Jun 11 06:00:09.000 UTC: %SYS-2-MALLOCFAIL: Memory").level == "critical"
    assert FORMAT.parse("Jun 11 06:00:09 %LINK-SW1-4-FLAP: Port 1").level == "warning"
    # Not an id: a percentage, or no colon after it.
    assert FORMAT.parse("Jun 11 06:00:09 %CPU-9-HIGH: load").level is None
    assert FORMAT.parse("Jun 11 06:00:09 %LINK-3-UPDOWN went down").level is None


def test_go_monotonic_reading_belongs_to_the_time():
    """Go's `Time.String()` ends with `m=±s.nnnnnnnnn`, the monotonic clock: not the message's."""
    f = FORMAT.parse("2024-06-11 08:00:02.118234567 +0200 CEST m=+0.000123001 INFO started")
    assert (f.timestamp, f.level, f.message) == (
        "2024-06-11 08:00:02.118234567 +0200 CEST",
        "INFO",
        "started",
    )
    f = FORMAT.parse("2024-06-11 08:00:09.5 +0200 CEST m=-7.381902114 disk full")
    assert f.message == "disk full"
    assert FORMAT.parse("2024-06-11 08:00:09 m=5 set").message == "m=5 set"


def test_a_process_id_in_parentheses_after_the_time():
    # GNU Mailman's `%(asctime)s (%(process)d) %(message)s`: the pid opened every message.
    f = FORMAT.parse("Jun 11 06:00:02 2024 (1234) out runner started.")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "Jun 11 06:00:02 2024",
        None,
        "out runner started.",
        {"pid": 1234},
    )
    f = FORMAT.parse("2024-06-11 06:00:02 (77) ERROR queue stalled")
    assert (f.level, f.message, f.attributes) == ("ERROR", "queue stalled", {"pid": 77})
    # A number in parentheses with no blank after it, or words, are the message's.
    assert FORMAT.parse("2024-06-11 06:00:02 (77)x").message == "(77)x"
    assert FORMAT.parse("2024-06-11 06:00:02 (77 left) done").message == "(77 left) done"


def test_an_access_records_columns_after_a_header_are_named_by_route_and_status():
    # Mailman's REST server: http.server's request record under `date (pid)`; every request
    # was one `<*> - - <*> 200 <*>`, whatever its route.
    f = FORMAT.parse(
        'Jun 11 06:00:02 2024 (19988) 127.0.0.1 - - "GET /3.1/lists/dev@lists.example.org'
        '/config HTTP/1.1" 200 6133'
    )
    assert (f.level, f.message, f.template) == (
        "info",
        "GET /3.1/lists/dev@lists.example.org/config HTTP/1.1 200",
        "GET /<*>/lists/<*>/config 200",
    )
    assert f.attributes["pid"] == 19988
    assert (f.attributes["client_ip"], f.attributes["bytes"]) == ("127.0.0.1", 6133)
    # An error status raises a header's info; the bracketed time and a referer may come too.
    f = FORMAT.parse(
        '2024-06-11 06:00:02 INFO 10.0.0.5 - bob [11/Jun/2024:06:00:02 +0000] "POST /api/orders/'
        '42 HTTP/1.1" 502 0 "-" "curl/8.4.0"'
    )
    assert (f.level, f.template) == ("error", "POST /api/orders/<*> 502")
    # A message that only mentions a request keeps its words.
    f = FORMAT.parse('2024-06-11 06:00:02 retrying "GET /x HTTP/1.1" 200 times')
    assert f.template is None


def test_a_process_its_context_and_logger_in_brackets_after_the_level():
    # SonarQube's `%process[%X{HTTP_REQUEST_ID}][%logger{20}]`: the three opened every message,
    # the request's id making each line's template its own.
    f = FORMAT.parse(
        "2024.06.11 06:00:02 WARN  web[AYoXnx99yBmxy7ehrAiF][o.s.s.a.h.BasicAuthentication] "
        "Authentication failed for login 'carol': wrong password"
    )
    assert (f.level, f.logger, f.message, f.attributes) == (
        "WARN",
        "o.s.s.a.h.BasicAuthentication",
        "Authentication failed for login 'carol': wrong password",
        {"process": "web", "context": "AYoXnx99yBmxy7ehrAiF"},
    )
    f = FORMAT.parse(
        "2024.06.11 06:00:02 INFO  app[][o.s.a.SchedulerImpl] SonarQube is operational"
    )
    assert (f.logger, f.message, f.attributes) == (
        "o.s.a.SchedulerImpl",
        "SonarQube is operational",
        {"process": "app"},
    )
    # A bracket of words is the message's.
    f = FORMAT.parse("2024-06-11 06:00:02 INFO cache[hit][ratio] 0.93")
    assert f.message == "cache[hit][ratio] 0.93"


def test_a_request_record_of_bar_parted_columns_after_the_time():
    # Artifactory's request log: `time|trace|client|user|METHOD|target|status|...`; every
    # request of a user agent was one `|<*>|<*>|...` group, whatever its route and status.
    f = FORMAT.parse(
        "2024-06-11T06:00:59.695Z|1d6dfaf7d8cc183e|10.20.8.5|ci-bot|PUT|/artifactory/libs-"
        "release-local/com/acme/orders-api/2.3.0/orders-api-2.3.0.jar|201|6532972|0|741|curl/8.4.0"
    )
    assert (f.timestamp, f.level, f.template) == (
        "2024-06-11T06:00:59.695Z",
        "info",
        "PUT /artifactory/libs-release-local/com/acme/orders-api/<*>/orders-api-<*>.jar 201",
    )
    assert f.message.startswith("|1d6dfaf7d8cc183e|10.20.8.5|ci-bot|PUT|")
    f = FORMAT.parse("2024-06-11T06:00:59Z|abc|10.0.0.1|-|GET|/api/v1/items/42|502|-1|0|9|x")
    assert (f.level, f.template) == ("error", "GET /api/v1/items/<*> 502")
    # Bars around other words are a message's.
    assert FORMAT.parse("2024-06-11T06:00:59Z|abc|GET|later").template is None


def test_a_number_that_would_be_a_time_past_tomorrow_opens_no_event(tmp_path):
    # A count that opens a line under a report's header read as an epoch time (9876543210 is
    # the year 2282): the line became an event of its own, cut from its report.
    assert FORMAT.parse("9876543210 bytes free on /data") is None
    assert FORMAT.parse("1718085602 started worker").timestamp == "1718085602"
    assert FORMAT.parse("2282-12-31 10:00:00 started worker").timestamp == "2282-12-31 10:00:00"
    text = (
        "2024-06-11 06:00:02 INFO storage report:\n"
        "9876543210 bytes free on /data\n"
        "2024-06-11 06:00:03 INFO done\n"
    )
    rows = stored_events(tmp_path, text, "line, message")
    assert rows == [(1, "storage report:\n9876543210 bytes free on /data"), (3, "done")]


def test_a_level_word_before_the_time():
    """tinyproxy writes its level first, padded, then a yearless time and its pid; its own
    `CONNECT` level (between NOTICE and INFO) names no level errctl knows: info."""
    f = FORMAT.parse("WARNING   Dec 04 06:22:17.532 [18684]: You SHOULD set a UserName")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "Dec 04 06:22:17.532",
        "WARNING",
        "You SHOULD set a UserName",
        {"pid": 18684},
    )
    f = FORMAT.parse(
        "CONNECT   Dec 04 06:22:18.536 [18684]: Connect (file descriptor 5): 127.0.0.1"
    )
    assert (f.level, f.message) == ("info", "Connect (file descriptor 5): 127.0.0.1")
    f = FORMAT.parse("INFO  2024-06-11 06:00:00,123 [main] com.acme.App - started")
    assert (f.timestamp, f.level, f.message) == (
        "2024-06-11 06:00:00,123",
        "INFO",
        "[main] com.acme.App - started",
    )
    # Capitals before anything but a time are a message's words.
    assert FORMAT.parse("GET /index.html 200") is None
    assert FORMAT.parse("ERROR something broke at 12:00") is None


def test_tinyproxys_log_is_read_with_its_times_and_levels(tmp_path):
    text = (
        "NOTICE    Dec 04 06:22:17.531 [18684]: Initializing tinyproxy ...\n"
        "CONNECT   Dec 04 06:22:18.536 [18684]: Request (file descriptor 5): GET"
        " http://a.invalid/ HTTP/1.1\n"
        "ERROR     Dec 04 06:22:18.537 [18684]: opensock: Could not establish a connection"
        " to 10.0.0.1:80\n"
    )
    rows = stored_events(tmp_path, text, "strftime(timestamp, '%H:%M:%S'), level, message")
    assert [(r[0], r[1]) for r in rows] == [
        ("06:22:17", "info"),
        ("06:22:18", "info"),  # not a warning for the `.invalid` in its URL
        ("06:22:18", "error"),
    ]
    assert rows[2][2] == "opensock: Could not establish a connection to 10.0.0.1:80"


def test_prosodys_source_and_level_between_tabs():
    """Prosody's file log: `%b %d %H:%M:%S source\\tlevel\\tmessage`; the level was read from
    the message's words (`Shutting down: Couldn't write pidfile` at info read as an error)."""
    f = FORMAT.parse("Dec 04 06:25:52 startup\tinfo\tShutting down: Couldn't write pidfile")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "Dec 04 06:25:52",
        "info",
        "startup",
        "Shutting down: Couldn't write pidfile",
    )
    f = FORMAT.parse("Dec 04 06:25:52 localhost:tls\twarn\tCertificate expires soon")
    assert (f.level, f.logger, f.message) == ("warn", "localhost:tls", "Certificate expires soon")


def test_privoxys_thread_and_category():
    """Privoxy: `time thread Category: message`; the category is the level when it names one
    (`Info`, `Error`, `Fatal error`), else the message's first word."""
    f = FORMAT.parse(
        "2026-12-04 06:25:39.451 7f483deb66c0 Connect: Could not connect to [127.0.0.1]:18831"
    )
    assert (f.level, f.logger, f.attributes, f.message) == (
        None,
        None,
        {"thread": "7f483deb66c0"},
        "Connect: Could not connect to [127.0.0.1]:18831",
    )
    f = FORMAT.parse(
        "2026-12-04 06:25:32.747 7f818f63f080 Fatal error: can't bind to 127.0.0.1:8118"
    )
    assert (f.level, f.logger, f.message) == ("critical", None, "can't bind to 127.0.0.1:8118")


def test_rsyncds_bracketed_pid_is_no_part_of_the_message():
    f = FORMAT.parse("2026/12/04 06:30:43 [1256] connect from localhost (127.0.0.1)")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2026/12/04 06:30:43",
        None,
        "connect from localhost (127.0.0.1)",
        {"pid": 1256},
    )


def test_structlogs_console_event_and_its_bound_values():
    """structlog's ConsoleRenderer pads the level inside its brackets and the event to its
    column, then writes the bound values: the event is the message, the values attributes
    (the title was `charge failed                  invoice=<*> reason=<*>`)."""
    f = FORMAT.parse(
        "2026-12-04 06:37:29 [error    ] charge failed                  invoice=INV-1"
        " reason='card declined' attempt=2"
    )
    assert (f.level, f.message, f.attributes) == (
        "error",
        "charge failed",
        {"invoice": "INV-1", "reason": "card declined", "attempt": "2"},
    )
    # Words after the padding that are no pairs leave the message whole.
    f = FORMAT.parse("2026-12-04 06:37:29 [info     ] sent 31 bytes  received 8 bytes")
    assert f.message == "sent 31 bytes  received 8 bytes"
    # A level bracket with no padding inside is no structlog's: its text stays whole.
    f = FORMAT.parse("2026-12-04 06:37:29 [INFO] charge failed  invoice=INV-1")
    assert f.message == "charge failed  invoice=INV-1"


def test_rspamds_head_after_the_time():
    """rspamd: `#pid(process type) <task id>; module; function: message`; the head opened
    every title (`#<*>(normal) <<*>>; lua; <*>:<*>: cannot connect to redis ...`)."""
    f = FORMAT.parse(
        "2024-06-11 06:00:09 #1235(normal) <d1c903>; lua; lua_redis.lua:1153: cannot connect"
        " to redis server 127.0.0.1:6379: Connection refused"
    )
    assert (f.logger, f.message) == (
        "lua",
        "cannot connect to redis server 127.0.0.1:6379: Connection refused",
    )
    assert f.attributes == {
        "pid": 1235,
        "process": "normal",
        "function": "lua_redis.lua:1153",
        "task": "d1c903",
    }
    f = FORMAT.parse("2024-06-11 06:00:02 #1230(main) <>; map; http_map_finish: read map data")
    assert (f.logger, f.message, "task" in f.attributes) == ("map", "read map data", False)


def test_netdatas_program_level_and_thread():
    """Netdata's error.log (before 1.44): `time: program LEVEL : thread : message`."""
    f = FORMAT.parse(
        "2024-06-11 06:10:02: netdata ERROR : STREAM_RECEIVER[child1,[10.0.0.5]:41234] :"
        " STREAM 'child1' [receive from [10.0.0.5]:41234]: socket timeout"
    )
    assert (f.level, f.message) == (
        "ERROR",
        "STREAM 'child1' [receive from [10.0.0.5]:41234]: socket timeout",
    )
    assert f.attributes == {
        "process": "netdata",
        "thread": "STREAM_RECEIVER[child1,[10.0.0.5]:41234]",
    }
    f = FORMAT.parse("2024-06-11 06:00:02: netdata INFO  : MAIN : Netdata agent is starting")
    assert (f.level, f.message) == ("INFO", "Netdata agent is starting")


@pytest.mark.parametrize(
    ("line", "level", "logger", "message"),
    [
        # log.New(os.Stdout, "INFO: ", log.Ldate|log.Ltime|log.Lshortfile), Go's own example
        ("INFO: 2009/11/10 23:00:00 main.go:12: Starting up", "INFO", None, "Starting up"),
        ("ERROR: 2009/11/10 23:00:00.123456 main.go:14: disk full", "ERROR", None, "disk full"),
        # an http.Server's ErrorLog made with a prefix: net/http's own `http: ` follows the time
        ("http: 2026/12/04 08:02:25 http: TLS error", None, "http", "http: TLS error"),
    ],
)  # fmt: skip
def test_a_go_loggers_prefix_before_its_date(line, level, logger, message):
    """Go's log.Logger writes its prefix before the date: no layout read such a line, so a
    panic's `http: 2026/12/04 ... http: panic serving` went on the event above it (a served
    request took the panic's trace)."""
    f = FORMAT.parse(line)
    assert (f.level, f.logger, f.message) == (level, logger, message)
    assert f.timestamp.startswith(line.split(": ", 1)[1][:19])


def test_a_go_loggers_prefix_glued_to_its_date():
    """etcd 3.4's raft logger is `log.New(os.Stderr, "raft", log.LstdFlags)`, the prefix with
    no separator (captured from a real etcd 3.4.23 here): its lines went on the event above."""
    f = FORMAT.parse("raft2026/12/04 18:48:45 INFO: 8e9e05c52164694d became leader at term 2")
    assert (f.timestamp, f.level, f.logger) == ("2026/12/04 18:48:45", "INFO", "raft")
    assert f.message == "8e9e05c52164694d became leader at term 2"
    # A word that ends in a digit has no place where a year starts; a word with a blank
    # before the date is no glued prefix.
    assert FORMAT.parse("abc12026/12/04 18:48:45 INFO: x") is None
    assert FORMAT.parse("see 2026/12/04 18:48:45 INFO: x") is None


def test_etcd_34s_raft_lines_are_events_of_their_own(tmp_path):
    text = (
        "2026-12-04 18:48:45.473699 I | etcdserver: starting member 8e9e05c52164694d in cluster"
        " cdf818194e3a8c32\n"
        "raft2026/12/04 18:48:45 INFO: 8e9e05c52164694d switched to configuration voters=()\n"
        "raft2026/12/04 18:48:45 INFO: 8e9e05c52164694d became follower at term 0\n"
        "2026-12-04 18:48:45.475549 W | auth: simple token is not cryptographically signed\n"
        "raft2026/12/04 18:48:45 INFO: 8e9e05c52164694d became follower at term 1\n"
    )
    rows = stored_events(tmp_path, text, "line, level, logger, template")
    assert [r[:3] for r in rows] == [
        (1, "info", "etcdserver"),
        (2, "info", "raft"),
        (3, "info", "raft"),
        (4, "warning", "auth"),
        (5, "info", "raft"),
    ]
    assert rows[2][3] == rows[4][3] == "<*> became follower at term <*>"


def test_a_go_prefixed_panic_is_an_event_of_its_own(tmp_path):
    text = (
        "2026/12/04 08:02:25.467080 main.go:35: served order 2 in 2ms\n"
        "http: 2026/12/04 08:02:25 http: panic serving 127.0.0.1:52636: runtime error: index"
        " out of range [5] with length 2\n"
        "goroutine 20 [running]:\n"
        "net/http.(*conn).serve.func1()\n"
        "\t/usr/lib/go-1.19/src/net/http/server.go:1850 +0xbf\n"
        "main.handler({0x6e5968?, 0xc0001300e0}, 0xc000116600)\n"
        "\t/srv/shop/main.go:28 +0xd5\n"
        "2026/12/04 08:02:25.488626 main.go:35: served order 4 in 4ms\n"
    )
    rows = stored_events(tmp_path, text, "line, logger, exception_type")
    assert rows == [(1, None, None), (2, "http", "runtime error"), (8, None, None)]


@pytest.mark.parametrize(
    ("line", "level", "attributes", "message"),
    [
        (
            "06/11/24 06:00:30 (pid:1877) (D_ALWAYS) Phase 1:  Obtaining ads from collector ...",
            None,
            {"pid": 1877, "category": "D_ALWAYS"},
            "Phase 1:  Obtaining ads from collector ...",
        ),
        ("06/11/24 06:00:31 (D_FULLDEBUG) got ad", "debug", {"category": "D_FULLDEBUG"}, "got ad"),
        ("06/11/24 06:00:32 (pid:9) (D_ERROR) x", "error", {"pid": 9, "category": "D_ERROR"}, "x"),
        (
            "06/11/24 06:10:21 (4512.0) (23438): Request to run on slot1_14@wn23",
            None,
            {"pid": 23438, "job": "4512.0"},
            "Request to run on slot1_14@wn23",
        ),
    ],
)  # fmt: skip
def test_htcondors_header_after_the_time(line, level, attributes, message):
    """HTCondor's `(pid:N) (D_ALWAYS) ` was in every message: a statement of SchedLog and of
    StartLog was a template per log, the pid a value in each."""
    f = FORMAT.parse(line)
    assert (f.level, f.attributes, f.message) == (level, attributes, message)


def test_arangodbs_log_id_and_topic_after_the_level():
    """ArangoDB's `[6a82f] {cluster}` opened every message: the id a value in every template,
    the topic wording. Detection gives its files to the python format (`time [thread] LEVEL`),
    which reads them alike."""
    line = "2024-06-11T06:00:02Z [1] INFO [6a82f] {cluster} Starting up with role AGENT"
    f = FORMAT.parse(line)
    assert (f.level, f.logger, f.message) == ("INFO", "cluster", "Starting up with role AGENT")
    assert f.attributes == {"pid": 1, "log_id": "6a82f"}
    f = FORMATS["python"].parse(line)
    assert (f.level, f.logger, f.message) == ("INFO", "cluster", "Starting up with role AGENT")
    assert f.attributes == {"thread": "1", "log_id": "6a82f"}


@pytest.mark.parametrize(
    ("line", "ts", "level", "service", "logger", "attributes", "message"),
    [
        (
            # Plex Media Server: a date with a comma, to the millisecond; the thread's address
            "Jun 11, 2024 06:00:02.119 [0x7f3a5a17cf05] DEBUG - Request: [10.0.0.5:51234] GET /",
            "Jun 11, 2024 06:00:02.119",
            "DEBUG",
            None,
            None,
            {"thread": "0x7f3a5a17cf05"},
            "Request: [10.0.0.5:51234] GET /",
        ),
        (
            # Bareos' (and Bacula's) job message: the daemon, the job, the message type's word
            "04-Jun 06:00 bareos-dir JobId 1181: Fatal error: Network error with FD",
            "04-Jun 06:00",
            "critical",
            "bareos-dir",
            None,
            {"job_id": 1181},
            "Network error with FD",
        ),
    ],
)
def test_heads_of_round_49s_programs(line, ts, level, service, logger, attributes, message):
    """Plex's date with a comma was no time (every event the file's time, the thread and level
    in every message), Bareos' `bareos-dir JobId 1181: ` opened every message."""
    f = FORMAT.parse(line)
    assert (f.timestamp, f.level, f.service, f.logger, f.attributes, f.message) == (
        ts,
        level,
        service,
        logger,
        attributes,
        message,
    )


def test_a_process_after_the_time_in_the_header_bracket():
    """Pi-hole FTL's `[time pid+tag] message`: the main thread `612M`, a thread `612/T618`, a
    fork `14772/F612` after the time in its bracket, an attribute; the message after it."""
    f = FORMAT.parse('[2024-05-14 07:13:57.845 612M] Resizing "FTL-strings" from 249856')
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "2024-05-14 07:13:57.845",
        None,
        'Resizing "FTL-strings" from 249856',
        {"process": "612M"},
    )
    f = FORMAT.parse("[2024-05-14 03:06:59.737 612/T618] WARNING: Long-term load")
    assert (f.message, f.attributes) == ("WARNING: Long-term load", {"process": "612/T618"})
    assert FORMAT.parse("[2024-05-14 03:06:59.737 14772/F612] Remapping").attributes == {
        "process": "14772/F612"
    }
    # A word there is no process: env_logger's level and target, or nothing this reads.
    assert FORMAT.parse("[2024-05-14 03:06:59.737 starting] x") is None
    # SGLang's scheduler processes: their parallel ranks there.
    f = FORMAT.parse("[2024-06-07 06:00:06 DP1 TP3] Decode batch. #running-req: 3")
    assert (f.timestamp, f.message, f.attributes) == (
        "2024-06-07 06:00:06",
        "Decode batch. #running-req: 3",
        {"process": "DP1 TP3"},
    )


@pytest.mark.parametrize(
    ("line", "level", "message"),
    [
        (
            "2024-06-04T06:00:10.596Z [http]: GET /api/products?page=1 200 8928 - 83.381 ms",
            "info",
            "GET /api/products?page=1 200 8928 - 83.381 ms",
        ),
        ("2024-06-04T06:00:11.002Z [silly]: cache probe k=7", "trace", "cache probe k=7"),
        ("2024-06-04T06:00:12.000Z [warn]: SENTRY_DSN not set", "warn", "SENTRY_DSN not set"),
    ],
)
def test_winston_printf_layout_reads_npm_levels(line, level, message):
    # winston's common printf layout, `${timestamp} [${level}]: ${message}`: its npm levels
    # `http` and `silly` are levels there, in brackets before a colon.
    fields = FORMAT.parse(line)
    assert (fields.level, fields.message) == (level, message)


def test_a_bracketed_http_without_a_colon_is_no_level():
    # `[http]` alone names a component as often as a level.
    fields = FORMAT.parse("2024-06-04T06:00:10.596Z [http] listening on :8080")
    assert fields.level is None
    assert fields.message == "[http] listening on :8080"


def test_activemq_layout_logger_and_thread_after_the_message():
    # ActiveMQ's `%d | %-5p | %m | %c | %t`: the message between bars, then the class and
    # the thread, which may hold blanks and colons.
    fields = FORMAT.parse(
        "2024-06-04 06:00:02,541 | WARN  | Transport Connection to: tcp://10.0.4.41:41310 "
        "failed: java.io.EOFException | org.apache.activemq.broker.TransportConnection.Transport"
        " | ActiveMQ Transport: tcp:///10.0.4.41:41310@61616"
    )
    assert (fields.level, fields.message, fields.logger, fields.attributes) == (
        "WARN",
        "Transport Connection to: tcp://10.0.4.41:41310 failed: java.io.EOFException",
        "org.apache.activemq.broker.TransportConnection.Transport",
        {"thread": "ActiveMQ Transport: tcp:///10.0.4.41:41310@61616"},
    )
    # Bars in a message, with no class before the last: the message's own.
    fields = FORMAT.parse("2024-06-04 06:00:02,541 | INFO  | a | b | c")
    assert (fields.message, fields.logger) == ("a | b | c", None)


def test_logback_thread_in_angle_brackets_then_level_and_logger():
    # The UniFi Network Application's server.log: `[%d] <%thread> %-5level %logger - %msg`.
    fields = FORMAT.parse(
        "[2024-06-04 06:00:38,059] <inform-6> INFO  inform - from [d1:8f:eb:46:c9:88]"
        "(UAP-AC-Pro-Store, U7PG2, 6.5.62): state=CONNECTED"
    )
    assert (fields.timestamp, fields.level, fields.logger, fields.attributes) == (
        "2024-06-04 06:00:38,059",
        "INFO",
        "inform",
        {"thread": "inform-6"},
    )
    assert fields.message.startswith("from [d1:8f:eb:46:c9:88](UAP-AC-Pro-Store")
    fields = FORMAT.parse("[2024-06-04 08:54:52,264] <webapi-3> WARN  api    - [api.err.Invalid]")
    assert (fields.level, fields.logger, fields.message) == ("WARN", "api", "[api.err.Invalid]")


def test_play_framework_from_logger_in_thread():
    # Play's default `%date [%level] from %logger in %thread - %message`; its documented
    # LoggingFilter's requests are named by route and status.
    f = FORMAT.parse(
        "2024-06-04 06:00:05,700 [INFO] from play.api.db.HikariCPConnectionPool in main"
        " - Creating Pool for datasource 'default'"
    )
    assert (f.level, f.logger, f.attributes, f.message) == (
        "INFO",
        "play.api.db.HikariCPConnectionPool",
        {"thread": "main"},
        "Creating Pool for datasource 'default'",
    )
    f = FORMAT.parse(
        "2024-06-04 06:01:05,121 [INFO] from filters.LoggingFilter in application-akka.actor"
        ".default-dispatcher-7 - GET /products/1696 took 17ms and returned 500"
    )
    assert (f.level, f.logger, f.template) == (
        "error",
        "filters.LoggingFilter",
        "GET /products/<*> 500",
    )


@pytest.mark.parametrize(
    ("line", "level"),
    [("[WARN] disk 91% full", "WARN"), ("[NOTICE] reloading", "NOTICE"), ("[CRIT] gone", "CRIT")],
)
def test_a_bracketed_level_alone_opens_a_record(line, level):
    # A program whose runtime stamps its lines writes no time of its own, as CoreDNS does.
    fields = FORMAT.parse(line)
    assert (fields.level, fields.message) == (level, line.split("] ", 1)[1])


def test_teamcity_category_after_the_level_and_its_dash():
    # log4j's `[%d] %6p - %30.30c - %m`: the category right-aligned, cut from the left.
    f = FORMAT.parse(
        "[2024-06-04 06:03:19,357]   INFO - tbrains.buildServer.ACTIVITIES - Build started; x"
    )
    assert (f.level, f.logger, f.message) == (
        "INFO",
        "tbrains.buildServer.ACTIVITIES",
        "Build started; x",
    )
    f = FORMAT.parse(
        "[2024-06-04 06:03:19,357]   WARN -  .CommitStatusPublisherListener - Publishing failed"
    )
    assert (f.level, f.logger, f.message) == (
        "WARN",
        ".CommitStatusPublisherListener",
        "Publishing failed",
    )
    # A word and a dash after the level is the message's.
    f = FORMAT.parse("[2024-06-04 06:03:19,357]   INFO - Starting - step 1")
    assert (f.logger, f.message) == (None, "Starting - step 1")


def test_firebird_entries_are_a_host_and_a_time_then_the_message(tmp_path):
    # firebird.log: `host<TAB>ctime`, the message on tab-indented lines, a blank line after.
    text = (
        "\n"
        "fbsrv1\tSun Jun  2 00:04:09 2024\n"
        "\tINET/inet_error: read errno = 104, client host = WS-045, user = STOCK\n"
        "\n"
        "\n"
        "fbsrv1\tSun Jun  2 00:23:23 2024\n"
        "\tDatabase: /data/erp/erp.fdb\n"
        "\tinternal Firebird consistency check (decompression overran buffer (179))\n"
    )
    rows = stored_events(tmp_path, text, "line, timestamp, host, message")
    assert rows == [
        (
            2,
            datetime(2024, 6, 2, 0, 4, 9),
            "fbsrv1",
            "INET/inet_error: read errno = 104, client host = WS-045, user = STOCK",
        ),
        (
            6,
            datetime(2024, 6, 2, 0, 23, 23),
            "fbsrv1",
            "Database: /data/erp/erp.fdb\n"
            "internal Firebird consistency check (decompression overran buffer (179))",
        ),
    ]
    assert FORMAT.parse("fbsrv1\tSun Jun  2 00:04:09 2024 and more") is None


def test_coturns_pid_glued_to_the_time():
    # coturn's `%Y-%m-%dT%H:%M:%S%z(pid): LEVEL: message`.
    f = FORMAT.parse(
        "2024-06-04T06:03:55+0000(1876): INFO: session 002000000000000131: realm <turn.example.org>"
        " user <>: incoming packet BINDING processed, success"
    )
    assert (f.timestamp, f.level, f.attributes) == (
        "2024-06-04T06:03:55+0000",
        "INFO",
        {"pid": 1876},
    )
    assert f.message.startswith("session 002000000000000131: realm")
    assert FORMAT.parse("2024-06-04T06:03:55+0000(x): INFO: no pid") is None


def test_evccs_area_before_the_level_and_fhems_verbosity():
    # evcc: Go's log.New with a padded `[area] LEVEL ` prefix and log.LstdFlags.
    f = FORMAT.parse("[lp-1  ] DEBUG 2024/06/07 05:59:48 charger status: B")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2024/06/07 05:59:48",
        "DEBUG",
        "lp-1",
        "charger status: B",
    )
    assert FORMAT.parse("[lp-1  ] charger status: B") is None
    # FHEM: the statement's verbosity after the dotted date; 1 is an error's.
    f = FORMAT.parse("2024.06.07 06:00:00.106 1: DbLog logdb - Error: DBI connect failed")
    assert (f.level, f.attributes, f.message) == (
        "error",
        {"verbosity": 1},
        "DbLog logdb - Error: DBI connect failed",
    )
    assert FORMAT.parse("2024.06.07 06:00:00.106 3: CUL_HM set x on").level == "info"
    # (Elsewhere a digit and a colon are the message's.)
    assert FORMAT.parse("2024-06-07 06:00:00 3: retries left").message == "3: retries left"


def test_netbirds_context_fields_and_caller_after_the_level():
    # NetBird's logrus formatter: `DEBG`, the entry's fields in brackets (Go's map order), the
    # caller, then the message.
    a = FORMAT.parse(
        "2024-06-07T06:14:56Z DEBG [accountID: cp1s4, peerID: W9/Lj=] "
        "management/server/grpcserver.go:225: stream of peer W9/Lj= has been closed"
    )
    b = FORMAT.parse(
        "2024-06-07T06:14:57Z DEBG [peerID: W9/Lj=, accountID: cp1s4] "
        "management/server/grpcserver.go:225: stream of peer W9/Lj= has been closed"
    )
    for f in (a, b):
        assert (f.level, f.message) == ("DEBG", "stream of peer W9/Lj= has been closed")
        assert f.attributes == {
            "caller": "management/server/grpcserver.go:225",
            "accountID": "cp1s4",
            "peerID": "W9/Lj=",
        }
    f = FORMAT.parse("2024-06-07T07:02:18Z INFO client/internal/connect.go:276: stopped client")
    assert (f.level, f.message, f.attributes) == (
        "INFO",
        "stopped client",
        {"caller": "client/internal/connect.go:276"},
    )


def test_nlog_columns_with_the_level_a_few_columns_on():
    # Orchard Core's NLog layout: tenant, trace id, event id, logger, level, message.
    f = FORMAT.parse(
        "2024-06-07 06:00:12.4000|Default|0HN47474813JM||OrchardCore.Modules.Modular"
        "BackgroundService|INFO|Start processing background task 'X' on tenant 'Default'."
    )
    assert (f.level, f.logger, f.attributes, f.message) == (
        "INFO",
        "OrchardCore.Modules.ModularBackgroundService",
        {"context": "Default|0HN47474813JM|"},
        "Start processing background task 'X' on tenant 'Default'.",
    )
    # No level among the columns: not this layout.
    f = FORMAT.parse("2024-06-07 06:00:12.4000|a|b|c")
    assert f is None or f.logger is None


def test_unreal_engines_frame_category_and_verbosity():
    f = FORMAT.parse("[2024.06.07-06.00.02:001][412]LogNet: Warning: Connection timed out")
    assert (f.timestamp, f.level, f.logger, f.attributes, f.message) == (
        "2024.06.07-06.00.02:001",
        "warning",
        "LogNet",
        {"frame": 412},
        "Connection timed out",
    )
    # The game's own lines: no category; the frame right-aligned in its bracket.
    f = FORMAT.parse("[2024.06.07-06.00.02:001][  7]Primal Game Data Took 3.17 seconds")
    assert (f.level, f.logger, f.attributes, f.message) == (
        None,
        None,
        {"frame": 7},
        "Primal Game Data Took 3.17 seconds",
    )


def test_a_subsystem_glued_to_the_times_bracket():
    """Teeworlds' `[time][server]: message`: no format read it, and the file was raw."""
    f = FORMAT.parse("[2024-06-07 06:00:10][server]: maps/ctf1.map crc is b7e2114a")
    assert (f.timestamp, f.logger, f.message) == (
        "2024-06-07 06:00:10",
        "server",
        "maps/ctf1.map crc is b7e2114a",
    )
    # Without the colon the bracket is no subsystem's.
    assert FORMAT.parse("[2024-06-07 06:00:10][server] maps loaded") is None


def test_a_request_id_then_a_channel_and_its_level():
    """SnappyMail's `[time][request id] CHANNEL[LEVEL]: message`, the channel empty for some:
    read as raw, each line of a PHP stack trace was an event of its own."""
    f = FORMAT.parse(
        "[2024-06-07 06:43:29.429][57d1d1e3] SERVICE[WARNING]: NegativeResponseException: NO"
    )
    assert (f.timestamp, f.level, f.logger, f.attributes, f.message) == (
        "2024-06-07 06:43:29.429",
        "warning",
        "SERVICE",
        {"request_id": "57d1d1e3"},
        "NegativeResponseException: NO",
    )
    f = FORMAT.parse("[2024-06-07 06:43:29.432][57d1d1e3] [ERROR]: Login failed")
    assert (f.level, f.logger, f.message) == ("error", None, "Login failed")


def test_unitys_uptime_and_three_letter_level():
    # 7 Days to Die: `time uptime LVL message`; EXC is an exception's line.
    f = FORMAT.parse("2024-06-07T06:16:09 957.933 EXC NullReferenceException: Object reference")
    assert (f.level, f.attributes, f.message) == (
        "error",
        {"uptime": "957.933"},
        "NullReferenceException: Object reference",
    )
    assert FORMAT.parse("2024-06-07T06:00:36 24.959 INF StartGame done").level == "info"


def test_tshocks_caller_and_level_after_a_dash():
    f = FORMAT.parse("2024-06-07 06:00:03 - TShock: INFO: TShock 5.2.0.0 now running.")
    assert (f.level, f.logger, f.message) == ("INFO", "TShock", "TShock 5.2.0.0 now running.")


def test_aixlogs_dashed_time_and_tag():
    # Snapcast's AixLog: `%Y-%m-%d %H-%M-%S.ms [Severity] (Tag) message`.
    f = FORMAT.parse("2024-06-07 06-00-37.505 [Error] (StreamSessionTCP) Error reading header")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "2024-06-07 06-00-37.505",
        "Error",
        "StreamSessionTCP",
        "Error reading header",
    )


def test_calibre_webs_logger_and_line_in_braces():
    f = FORMAT.parse("[2024-06-07 06:00:04,240]  WARN {cps.server:206} Unable to listen")
    assert (f.level, f.logger, f.attributes, f.message) == (
        "WARN",
        "cps.server",
        {"line": 206},
        "Unable to listen",
    )


def test_lldpds_level_and_token_in_one_bracket():
    f = FORMAT.parse("2024-06-07T08:30:41 [WARN/lldp] System capabilities TLV too short")
    assert (f.level, f.logger, f.message) == ("WARN", "lldp", "System capabilities TLV too short")
    # A bracket whose first word is no level is the message's.
    f = FORMAT.parse("2024-06-07T08:30:41 [GET/api] handled")
    assert (f.level, f.logger, f.message) == (None, None, "[GET/api] handled")


def test_a_daemons_name_and_pid_after_the_time():
    # radvd's own logfile (`-m logfile`): `[%b %d %H:%M:%S] radvd (pid): message`.
    f = FORMAT.parse("[Jun 07 06:00:02] radvd (812): version 2.19 started")
    assert (f.service, f.level, f.attributes, f.message) == (
        "radvd",
        None,
        {"pid": 812},
        "version 2.19 started",
    )
    # CTDB's log.ctdb: the program and its pid in brackets, as syslog's tag.
    f = FORMAT.parse("2024/06/07 06:02:57.135977 ctdbd[2469]: Takeover run starting")
    assert (f.service, f.attributes, f.message) == ("ctdbd", {"pid": 2469}, "Takeover run starting")
    # A word and a parenthesised count that is no pid's stays the message.
    f = FORMAT.parse("2024-06-07 06:00:02 retries (3) exhausted")
    assert (f.service, f.message) == (None, "retries (3) exhausted")


def test_openhab_padded_logger_and_esphome_device_lines():
    f = FORMAT.parse(
        "2024-06-04 06:00:04.413 [INFO ] [.core.internal.i18n.I18nProviderImpl] - Time zone set"
    )
    assert (f.level, f.logger, f.message) == (
        "INFO",
        ".core.internal.i18n.I18nProviderImpl",
        "Time zone set",
    )
    f = FORMAT.parse("2024-06-04 06:00:02.534 [WARN ] [org.openhab.core.Activator      ] - Slow")
    assert (f.level, f.logger, f.message) == ("WARN", "org.openhab.core.Activator", "Slow")
    # ESPHome: `C` is its CONFIG level, not critical; the time is optional (the serial port's).
    f = FORMAT.parse("[06:00:00][C][wifi:583]: WiFi:")
    assert (f.timestamp, f.level, f.message, f.attributes) == (
        "06:00:00",
        "info",
        "WiFi:",
        {"component": "wifi", "lineno": 583},
    )
    f = FORMAT.parse(
        "[W][api.connection:150]: Home Assistant 2024.6.0 (10.0.0.5): Connection closed"
    )
    assert (f.timestamp, f.level) == (None, "warning")


def test_ossec_alerts_are_one_event_named_by_their_rule(tmp_path):
    text = (
        "** Alert 1717480813.149: - web,accesslog,\n"
        "2024 Jun 04 06:00:13 (web02) 10.0.1.12->/var/log/nginx/access.log\n"
        "Rule: 31101 (level 5) -> 'Web server 400 error code.'\n"
        "Src IP: 45.148.10.12\n"
        '45.148.10.12 - - [04/Jun/2024:06:00:13 +0000] "GET /.env HTTP/1.1" 400 150 "-" "x"\n'
        "\n"
        "** Alert 1717480820.611: mail  - syslog,sshd,authentication_failures,\n"
        "2024 Jun 04 06:00:20 (db01) 10.0.1.21->/var/log/auth.log\n"
        "Rule: 5712 (level 10) -> 'SSHD brute force trying to get access to the system.'\n"
        "Src IP: 203.0.113.9\n"
        "User: oracle\n"
        "Jun  4 06:00:19 db01 sshd[2211]: Failed password for invalid user oracle from "
        "203.0.113.9 port 51514 ssh2\n"
        "\n"
    )
    rows = stored_events(
        tmp_path, text, "line, timestamp, level, template, attributes->>'rule_id', attributes"
    )
    assert [r[:5] for r in rows] == [
        (
            1,
            datetime(2024, 6, 4, 6, 0, 13),
            "info",
            "Rule: 31101 (level 5) -> 'Web server 400 error code.'",
            "31101",
        ),
        (
            7,
            datetime(2024, 6, 4, 6, 0, 20),
            "warning",
            "Rule: 5712 (level 10) -> 'SSHD brute force trying to get access to the system.'",
            "5712",
        ),
    ]
    attrs = json.loads(rows[1][5])
    assert (attrs["Src IP"], attrs["User"], attrs["mail"]) == ("203.0.113.9", "oracle", True)
    assert attrs["location"] == "(db01) 10.0.1.21->/var/log/auth.log"
    assert attrs["log"].startswith("Jun  4 06:00:19 db01 sshd[2211]: Failed password")


def test_signale_lines_of_nginx_proxy_manager(tmp_path):
    rows = stored_events(
        tmp_path,
        "[6/2/2024] [12:00:04 AM] [Migrate  ] \u203a \u2139  info      Database version: 2024\n"
        "[6/2/2024] [1:00:13 PM] [SSL      ] \u203a \u2716  error     Command failed: certbot\n",
        "timestamp, level, logger, message",
    )
    assert rows == [
        (datetime(2024, 6, 2, 0, 0, 4), "info", "Migrate", "Database version: 2024"),
        (datetime(2024, 6, 2, 13, 0, 13), "error", "SSL", "Command failed: certbot"),
    ]


def test_a_padded_logger_and_a_thread_in_brackets_before_a_dash():
    # Apache SeaTunnel's log4j2 pattern, `%d %-5p [%-30.30c{1.}] [%t] - %m`.
    f = FORMAT.parse(
        "2024-06-04 06:00:40,049 INFO  [o.a.s.e.s.m.JobMaster         ] "
        "[hz.main.seaTunnel.task.thread-2] - Job crm (8600047424039169) turned from state CREATED"
    )
    assert (f.level, f.logger, f.attributes, f.message) == (
        "INFO",
        "o.a.s.e.s.m.JobMaster",
        {"thread": "hz.main.seaTunnel.task.thread-2"},
        "Job crm (8600047424039169) turned from state CREATED",
    )


def test_a_transforms_name_and_copy_is_the_subject_of_a_hop_line():
    # Apache Hop's (and Pentaho Kettle's) `date - subject - message`.
    f = FORMAT.parse("2024/06/04 06:00:08 - Insert / update.0 - Finished processing (I=0, O=12)")
    assert (f.timestamp, f.logger, f.message) == (
        "2024/06/04 06:00:08",
        "Insert / update.0",
        "Finished processing (I=0, O=12)",
    )
    # A subject of no copy stays in the message, as any words before a dash.
    assert FORMAT.parse("2024/06/04 06:00:02 - HopServer - Started").message == (
        "HopServer - Started"
    )


@pytest.mark.parametrize(
    ("line", "level", "service", "caller", "message"),
    [
        (
            "2024-06-11T06:00:05.475Z [jfrt ] [WARN ] [                ] [o.j.c.ExecutionUtils:164"
            "      ] [pool-5-thread-1     ] - Retry 1 Elapsed 1.02 secs",
            "WARN",
            "jfrt",
            "o.j.c.ExecutionUtils:164",
            "Retry 1 Elapsed 1.02 secs",
        ),
        (
            "2024-06-04T06:00:02.166Z [jfxr ] [ERROR] [5f1c2d3e4a5b6c7d] [main:78       ] [main  ]"
            " Xray (jfxr) failed to start",
            "ERROR",
            "jfxr",
            "main:78",
            "Xray (jfxr) failed to start",
        ),
    ],
)
def test_the_jfrog_platforms_head(line, level, service, caller, message):
    # Artifactory's (a dash before the message) and Xray's (none).
    f = FORMAT.parse(line)
    assert (f.level, f.service, f.attributes["caller"], f.message) == (
        level,
        service,
        caller,
        message,
    )


def test_pyramids_default_layout():
    # `%(asctime)s %(levelname)-5.5s [%(name)s:%(lineno)s][%(threadName)s] %(message)s`: the
    # level cut to five letters, the logger and its line, the thread; a request under it.
    f = FORMAT.parse(
        "2024-06-04 06:07:14,008 WARNI [inventory.views.stock:71][waitress-0] Invalid quantity"
    )
    assert (f.level, f.logger, f.attributes, f.message) == (
        "WARNI",
        "inventory.views.stock",
        {"line": 71, "thread": "waitress-0"},
        "Invalid quantity",
    )
    f = FORMAT.parse(
        "2024-06-04 06:01:36,836 INFO  [wsgi:62][waitress-3] 10.0.4.22 - - [04/Jun/2024:06:01:36"
        ' +0000] "POST /api/items/1491/stock HTTP/1.1" 500 122 "-" "okhttp/4.12.0"'
    )
    assert (f.template, f.level, f.logger) == ("POST /api/items/<*>/stock 500", "error", "wsgi")


def test_a_logger_and_its_level_glued_by_a_colon():
    # Python's `%(asctime)s %(name)s:%(levelname)s %(message)s` (Thumbor's), Tornado's access
    # logger's requests under it.
    f = FORMAT.parse("2024-06-04 06:16:42 thumbor.loaders.http_loader:WARNING ERROR retrieving")
    assert (f.level, f.logger, f.message) == (
        "WARNING",
        "thumbor.loaders.http_loader",
        "ERROR retrieving",
    )
    f = FORMAT.parse(
        "2024-06-04 06:00:11 tornado.access:INFO 200 GET /healthcheck (10.0.1.5) 0.93ms"
    )
    assert (f.template, f.logger) == ("GET /healthcheck 200", "tornado.access")


def test_net_servers_pid_in_the_times_brackets_and_a_level_after_a_bracketed_name():
    # Policyd v2 (cluebringer), on Perl's Net::Server: `[time - pid] [MODULE] LEVEL: message`.
    f = FORMAT.parse("[2024/06/07-06:00:22 - 24725] [CORE] INFO: module=Quotas, mode=update")
    assert (f.timestamp, f.level, f.logger, f.attributes, f.message) == (
        "2024/06/07-06:00:22",
        "INFO",
        "CORE",
        {"pid": 24725},
        "module=Quotas, mode=update",
    )
    f = FORMAT.parse("[2024/06/07-06:00:22 - 24725] Server closing!")
    assert (f.attributes, f.message) == ({"pid": 24725}, "Server closing!")
    # A word after a bracketed name, in small letters and with no colon, is the message's.
    f = FORMAT.parse("[2024-06-07 06:00:01] [main] error happened")
    assert (f.level, f.message) == (None, "[main] error happened")


def test_daemontools_tai64n_label_is_the_time():
    # multilog's label (qmail's, djbdns's, runit's services'): 2^62 + 10 + the Unix second in
    # hex, then the nanosecond.
    f = FORMAT.parse("@400000006662a240392c5f55 new msg 1866949")
    assert f.message == "new msg 1866949"
    assert parse_timestamp(f.timestamp, UTC) == datetime(2024, 6, 7, 6, 1, 26, 959209)
    # A service's own header under the label keeps its time, level and message.
    f = FORMAT.parse("@400000006662a240392c5f55 2024-06-07 06:00:00 ERROR boom")
    assert (f.timestamp, f.level, f.message) == ("2024-06-07 06:00:00", "ERROR", "boom")
    # A nanosecond count past a second is no label's.
    assert parse_timestamp("@400000006662a240ffffffff", UTC) is None


def test_a_padded_logger_column_before_the_level():
    # log4j's `[%d] %-10c %-5p %m` (Apache Jena Fuseki): the logger's column, then the level's.
    f = FORMAT.parse("[2024-06-07 06:38:43] Fuseki     WARN  [49907] Runtime IO Exception")
    assert (f.level, f.logger, f.message) == ("WARN", "Fuseki", "[49907] Runtime IO Exception")
    # One blank after a word is a sentence's, not a column's: the level stays in the message.
    f = FORMAT.parse("2024-06-07 06:38:43 Disk INFO table rebuilt")
    assert (f.logger, f.message) == (None, "Disk INFO table rebuilt")


def test_knime_columns_after_the_level():
    """KNIME's `%d : %-5p : %t : %X{knime.jobid} : %c{1} : %X{knime.nodename} :
    %X{knime.nodeid} : %m`: the logger's class, the thread, the node and its id are context."""
    f = FORMAT.parse(
        "2024-06-07 06:00:13,527 : DEBUG : KNIME-Worker-1-DB Connector 0:1 :  : NodeContainer"
        " : DB Connector : 0:1 : DB Connector 0:1 has new state: PREEXECUTE"
    )
    assert (f.level, f.logger, f.message) == (
        "DEBUG",
        "NodeContainer",
        "DB Connector 0:1 has new state: PREEXECUTE",
    )
    assert f.attributes == {
        "thread": "KNIME-Worker-1-DB Connector 0:1",
        "node": "DB Connector",
        "node_id": "0:1",
    }
    f = FORMAT.parse(
        "2024-06-07 06:00:11,178 : INFO  : main :  : NodeTimer$GlobalNodeStats :  :  : Read stats"
    )
    assert (f.logger, f.attributes, f.message) == (
        "NodeTimer$GlobalNodeStats",
        {"thread": "main"},
        "Read stats",
    )


def test_oxide_time_to_the_minute_before_a_bracketed_level():
    """Oxide's (uMod's) `oxide/logs/oxide_YYYY-MM-DD.txt`: `HH:mm [Level] message`."""
    f = FORMAT.parse("06:08 [Warning] Calling hook OnEntityTakeDamage resulted in a conflict")
    assert (f.timestamp, normalize_level(f.level), f.message) == (
        "06:08:00",
        "warning",
        "Calling hook OnEntityTakeDamage resulted in a conflict",
    )
    # Without a level's name in the bracket, a time to the minute is no header.
    assert FORMAT.parse("06:08 [chat] hello") is None
    assert FORMAT.parse("25:08 [Info] no such hour") is None


def test_serilog_thread_in_the_times_bracket_then_level_and_source_context():
    """Kavita's `[Kavita] [{Timestamp} {ThreadId,3}] [{Level}] {SourceContext} {Message}`."""
    f = FORMAT.parse(
        "[Kavita] [2024-06-07 06:07:36.737 +00:00  12] [Information]"
        " Serilog.AspNetCore.RequestLoggingMiddleware HTTP GET /api/series responded 200 in 9 ms"
    )
    assert (f.timestamp, normalize_level(f.level), f.logger, f.message) == (
        "2024-06-07 06:07:36.737 +00:00",
        "info",
        "Serilog.AspNetCore.RequestLoggingMiddleware",
        "HTTP GET /api/series responded 200 in 9 ms",
    )
    # Serilog.AspNetCore's request logging: a request's record, named by route and status.
    assert f.attributes == {
        "process": "Kavita",
        "thread": 12,
        "method": "GET",
        "path": "/api/series",
        "route": "/api/series",
        "status": 200,
    }
    assert f.template == "GET /api/series 200"
    # A message that opens with a type's name and a colon (an exception's) keeps it.
    f = FORMAT.parse("[2024-06-07 06:07:36.737 +00:00 7] [Error] System.IO.IOException: disk full")
    assert (f.logger, f.message) == (None, "System.IO.IOException: disk full")


def test_a_c_source_file_and_line_after_the_level_is_the_caller():
    # pgagroal's `%Y-%m-%d %H:%M:%S LEVEL  file.c:line message`.
    f = FORMAT.parse("2024-06-07 06:00:05 INFO  worker.c:94 connect: user=shop database=shop")
    assert (f.level, f.message, f.attributes) == (
        "INFO",
        "connect: user=shop database=shop",
        {"caller": "worker.c:94"},
    )


def test_sddm_qt_message_type_and_part():
    """SDDM's `[HH:mm:ss.zzz] (II) DAEMON: message`."""
    f = FORMAT.parse("[08:07:12.621] (WW) DAEMON: Auth: sddm-helper exited with 139")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "08:07:12.621",
        "warning",
        "DAEMON",
        "Auth: sddm-helper exited with 139",
    )
    assert FORMAT.parse("[08:07:12.621] (DD) HELPER: [PAM] Starting...").level == "debug"


def test_charmbracelet_log_four_letter_levels():
    # charmbracelet/log (Soft Serve's): `DEBU`, `INFO`, `WARN`, `ERRO`, `FATA`.
    f = FORMAT.parse("2024-06-07 06:00:09 DEBU http: request method=GET uri=/x")
    assert (normalize_level(f.level), f.message) == ("debug", "http: request method=GET uri=/x")
    f = FORMAT.parse("2024-06-07 06:00:09 FATA failed to start")
    assert (normalize_level(f.level), f.message) == ("critical", "failed to start")


def test_gitolite_date_and_time_joined_by_a_dot():
    f = FORMAT.parse("2024-06-07.06:00:32\t412213\tssh\tARGV=jenkins\tFROM=10.2.0.15")
    assert f.timestamp == "2024-06-07.06:00:32"
    assert f.message.endswith("ssh\tARGV=jenkins\tFROM=10.2.0.15")


def test_vikunja_go_logging_head_and_request_log():
    # go-logging's `%{time}: %{level}\t▶ %{shortpkg}/%{shortfunc} %{id:03x} %{message}`, and
    # Vikunja's web logger's `WEB \t▶ ip  METHOD status uri latency - agent`.
    f = FORMAT.parse(
        "2024-06-07T07:50:24.497296319Z: ERROR\t\u25b6 handler/HandleHTTPError 041 dial tcp"
        " 172.18.0.3:5432: connect: connection refused"
    )
    assert (f.level, f.message, f.attributes) == (
        "ERROR",
        "dial tcp 172.18.0.3:5432: connect: connection refused",
        {"caller": "handler/HandleHTTPError"},
    )
    f = FORMAT.parse(
        "2024-06-07T06:00:04.595157422Z: WEB \t\u25b6 172.18.0.1  GET 200 /api/v1/labels?page=1"
        " 4.480836ms - Vikunja/0.9.0 (Android 14)"
    )
    assert (f.logger, f.message, f.template) == (
        "WEB",
        "GET /api/v1/labels?page=1 200",
        "GET /api/v1/labels?page=<*> 200",
    )
    assert (f.attributes["status"], f.attributes["user_agent"]) == (
        200,
        "Vikunja/0.9.0 (Android 14)",
    )


def test_kibana_legacy_text_log():
    """OpenSearch Dashboards' (Kibana 7's) legacy layout: the record's type centred in eight
    columns, the time of day, the tags (the level first) or a response's request."""
    f = FORMAT.parse("  log   [04:54:55.018] [info][plugins-service] Plugin x is disabled.")
    assert f is None  # (indented: framing hands it over without its blanks, `indented_header`)
    f = FORMAT.parse("log   [04:54:55.018] [info][status][plugin:alerting@2.11.0] Status red")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "04:54:55.018",
        "info",
        "status.plugin:alerting@2.11.0",
        "Status red",
    )
    f = FORMAT.parse("error  [10:23:47.918] [error][data][opensearch] TimeoutError: timed out")
    assert (f.level, f.logger) == ("error", "data.opensearch")
    f = FORMAT.parse("response [06:01:44.324] POST /api/saved_objects/_bulk_get 200 12ms - 930.0B")
    assert (f.message, f.attributes["status"], f.attributes["duration_ms"]) == (
        "POST /api/saved_objects/_bulk_get 200",
        200,
        12,
    )


def test_a_served_host_in_brackets_before_the_time():
    """PeerTube's console: `[host:port] time level: message`, the host the event's."""
    f = FORMAT.parse("[tube.example.org:443] 2024-06-07 06:00:40.814 info: Receiving inbox")
    assert (f.host, f.level, f.message) == ("tube.example.org", "info", "Receiving inbox")
    assert f.timestamp == "2024-06-07 06:00:40.814"
    f = FORMAT.parse("[localhost:9000] 2024-06-07 06:00:40.814 warn: Slow query")
    assert (f.host, f.level) == ("localhost", "warn")
    # A word alone in brackets is no host (syncthing's prefix reads it), nor a word and a
    # number, nor an address without a time after it.
    assert FORMAT.parse("[tube.example.org:443] Receiving inbox") is None
    assert FORMAT.parse("[worker:3] 2024-06-07 06:00:40.814 info: x") is None


def test_a_python_module_and_line_after_a_level_first_time():
    """`%(levelname)-8s %(asctime)s %(module)s:%(lineno)d %(message)s` (Luigi's workers)."""
    f = FORMAT.parse("INFO     2024-06-07 06:05:02 worker:442 Informed scheduler that task x")
    assert (f.level, f.attributes, f.message) == (
        "INFO",
        {"caller": "worker:442"},
        "Informed scheduler that task x",
    )
    # Its message may start on the next line: the caller alone ends the header.
    assert FORMAT.parse("INFO     2024-06-07 06:05:02 interface:175 ").message == ""


def test_stunnels_priority_and_thread():
    """stunnel's `LOG%d[%s]: `: syslog's priority, then the thread, `ui` the main one's."""
    f = FORMAT.parse("2024.06.07 06:01:56 LOG3[184227]: SSL_accept: wrong version number")
    assert (f.level, f.service, f.attributes, f.message) == (
        "error",
        None,
        {"thread": "184227"},
        "SSL_accept: wrong version number",
    )
    f = FORMAT.parse("2024.06.07 09:00:04 LOG4[ui]: Insecure file permissions")
    assert (f.level, f.attributes) == ("warning", {"thread": "ui"})
    # A program named otherwise is a program (`LOGGER[12]: `).
    assert FORMAT.parse("2024.06.07 09:00:04 LOGGER[12]: started").service == "LOGGER"


def test_misskeys_level_worker_and_context():
    """Misskey's logger: `LEVEL worker<TAB>[context]<TAB>message`, `DONE` a success's."""
    f = FORMAT.parse("2024-06-07T06:00:04.019300480Z DONE *\t[core boot]\tMisskey initialized")
    assert (f.level, f.logger, f.attributes, f.message) == (
        "info",
        "core boot",
        {"worker": "*"},
        "Misskey initialized",
    )
    f = FORMAT.parse("2024-06-07T06:01:00Z ERR  2\t[queue deliver]\tfailed(502 Bad Gateway)")
    assert (f.level, f.logger, f.message) == ("error", "queue deliver", "failed(502 Bad Gateway)")


ZEEBE = """\
2024-06-07 06:02:09.616 [Broker-0] [zb-fs-workers-1] [SnapshotDirector-3] INFO 
      io.camunda.zeebe.logstreams.snapshot - Taking temporary snapshot into /data/3/pending.
2024-06-07 06:02:11.001 [] [zb-actors-1] [] WARN 
      io.camunda.zeebe.exporter.ElasticsearchExporter - Unexpected exception occurred, will retry.
java.io.IOException: Connection refused
\tat org.elasticsearch.client.RestClient.extractAndWrapCause(RestClient.java:929)
"""  # noqa: W291


def test_zeebes_logger_and_message_below_a_level_alone(tmp_path):
    """Zeebe's console layout breaks the line after the level; the logger and the message
    are on the next one, indented."""
    f = FORMAT.parse("2024-06-07 06:02:09.616 [Broker-0] [zb-fs-workers-1] [Snap-3] INFO ")
    assert (f.level, f.message, f.attributes) == (
        "INFO",
        "",
        {"context": "[Broker-0] [zb-fs-workers-1] [Snap-3]"},
    )
    rows = stored_events(tmp_path, ZEEBE, "line, level, logger, message, exception_type")
    snapshot = "io.camunda.zeebe.logstreams.snapshot"
    exporter = "io.camunda.zeebe.exporter.ElasticsearchExporter"
    assert rows == [
        (1, "info", snapshot, "Taking temporary snapshot into /data/3/pending.", None),
        (
            3,
            "warning",
            exporter,
            "Unexpected exception occurred, will retry.",
            "java.io.IOException",
        ),
    ]


def test_vespas_columns_and_its_events_named_by_their_name():
    """Vespa's log: epoch, host, pid/thread, service, component, level, message; an event's
    kind and name are its statement, its values variables."""
    head = "1717740145.462287\tcontent1.search.internal\t3120/3157\tsearchnode\tproton.eventlogger"
    f = FORMAT.parse(f'{head}\tevent\tstate/1 name="flush.start" value="{{"memory":12}}"')
    assert (f.level, f.service, f.host, f.logger, f.template) == (
        "info",
        "searchnode",
        "content1.search.internal",
        "proton.eventlogger",
        'state/<*> name="flush.start" <*>',
    )
    assert f.attributes == {"pid": 3120, "thread": 3157, "event": "flush.start"}
    f = FORMAT.parse(f"{head}\twarning\tCoverage of group 0 is only 80%")
    assert (f.level, f.template, f.message) == ("warning", None, "Coverage of group 0 is only 80%")


def test_a_level_right_aligned_in_seven_columns():
    """gearmand's `%7s %s [%6s ] %s`: the blanks before the level are its padding, not a line
    going on."""
    f = FORMAT.parse("   INFO 2024-06-07 06:02:03.000000 [  main ] Accepted connection from x")
    assert (f.level, f.attributes, f.message) == (
        "INFO",
        {"thread": "main"},
        "Accepted connection from x",
    )
    f = FORMAT.parse("  ERROR 2024-06-07 06:02:03.000000 [     2 ] GEARMAN_QUEUE_ERROR:full")
    assert (f.level, f.attributes["thread"]) == ("ERROR", "2")
    # An indented line under an event is not a header: no level word, or no time after it.
    assert FORMAT.parse("    at com.acme.Foo.bar(Foo.java:12)") is None
    assert FORMAT.parse("   INFO is what the next line says") is None


def test_a_c_sources_file_and_line_then_the_level_after_the_time():
    """MiniDLNA's log.c: `[time] file.c:line: level: message`."""
    f = FORMAT.parse("[2024/06/07 06:00:56] upnphttp.c:1170: warn: Invalid request, responding")
    assert (f.level, f.attributes, f.message) == (
        "warn",
        {"caller": "upnphttp.c:1170"},
        "Invalid request, responding",
    )
    # A word that is no level's after the file's line is the message's.
    f = FORMAT.parse("[2024/06/07 06:00:56] upnphttp.c:1170: serving: /media/a.mp3")
    assert f.message.startswith("upnphttp.c:1170: serving")


def test_kurentos_gstreamer_debug_columns():
    """Kurento's log: pid, thread, level, category, `file:line`, `function()`, the object."""
    f = FORMAT.parse(
        "2024-06-07T06:01:58,957015 1184 0x00007f1d3e804640    info KurentoWebRtcEndpointImpl "
        "WebRtcEndpointImpl.cpp:97 remove_codecs() <kmswebrtcendpoint3917>  Removing codec 'H264'"
    )
    assert (f.level, f.logger, f.message) == (
        "info",
        "KurentoWebRtcEndpointImpl",
        "Removing codec 'H264'",
    )
    assert f.attributes == {
        "pid": 1184,
        "thread": "0x00007f1d3e804640",
        "caller": "WebRtcEndpointImpl.cpp:97",
        "function": "remove_codecs()",
        "object": "kmswebrtcendpoint3917",
    }
    f = FORMAT.parse(
        "2024-06-07T06:02:00,000001 1184 0x00007f1d3e804640   fixme   KurentoModule "
        "Module.cpp:12 run()  Keep-Alive failed"
    )
    assert (f.level, f.message) == ("warning", "Keep-Alive failed")


def test_log4js_mapped_context_before_a_name_and_a_dash():
    # ONLYOFFICE Docs: `[%d] [%p] [%c] [%X{DOCID}] [%X{USERID}] nodeJS - %m`. The document's and
    # the user's ids are the request's context, not the message's first words.
    f = FORMAT.parse(
        "[2024-06-07T06:07:41.678] [INFO] [localhost] [ocd2sq9x7kvz_48213_57] [m.keller2] nodeJS"
        " - Start Task"
    )
    assert (f.level, f.logger, f.message) == ("INFO", "localhost", "Start Task")
    assert f.attributes == {"context": "[ocd2sq9x7kvz_48213_57] [m.keller2]", "tag": "nodeJS"}
    # Without a name and its dash after them, brackets are the message's own.
    f = FORMAT.parse("[2024-06-07T06:07:41.678] [INFO] [localhost] [a] [b] started")
    assert f.message == "[a] [b] started"


def test_slings_level_between_asterisks_then_thread_and_logger():
    """Apache Sling's and AEM's error.log (logback's `%d{dd.MM.yyyy HH:mm:ss.SSS} *%level*
    [%thread] %logger %msg`): the level was not read (levels came from the words: a login's
    INFO stack record an error, a WARN none) and the thread and logger stayed in every
    message."""
    f = FORMAT.parse(
        "07.06.2024 06:02:16.127 *WARN* [qtp1413356429-64 GET /content/site.html HTTP/1.1] "
        "org.apache.sling.auth.core.impl.SlingAuthenticator getAnonymousResolver: Anonymous"
        " access not allowed"
    )
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "07.06.2024 06:02:16.127",
        "WARN",
        "org.apache.sling.auth.core.impl.SlingAuthenticator",
        "getAnonymousResolver: Anonymous access not allowed",
    )
    assert f.attributes == {"thread": "qtp1413356429-64 GET /content/site.html HTTP/1.1"}
    # A word between asterisks that is no level is the message's.
    f = FORMAT.parse("07.06.2024 06:02:16.127 *IMPORTANT* backup starts")
    assert (f.level, f.message) == (None, "*IMPORTANT* backup starts")


def test_geodes_head_in_one_bracket():
    """Apache Geode's (GemFire's) log writer: the level, time, member, thread and thread id in
    one bracket. Unread, its files were raw: the file's time on every event, and a statement
    logged by two threads two templates."""
    f = FORMAT.parse(
        "[warn 2024/06/07 06:00:36.304 UTC server1 <ServerConnection on port 40404 Thread 2>"
        " tid=0x53] Server connection from [identity(10.40.6.129)]: connection disconnect"
    )
    assert (f.timestamp, f.level, f.message) == (
        "2024/06/07 06:00:36.304 UTC",
        "warn",
        "Server connection from [identity(10.40.6.129)]: connection disconnect",
    )
    assert f.attributes == {
        "member": "server1",
        "thread": "ServerConnection on port 40404 Thread 2",
        "tid": "0x53",
    }
    assert parse_timestamp(f.timestamp, UTC) == datetime(2024, 6, 7, 6, 0, 36, 304000)
    # A thread's name may hold a member's id in angle brackets.
    f = FORMAT.parse(
        "[info 2024/06/07 09:41:12.014 UTC server1 <P2P message reader for 10.30.0.22(server2:"
        "3170)<v2>:41000 shared unordered uid=6 port=50318> tid=0x152] Member: above heap"
    )
    assert (f.message, f.attributes["tid"]) == ("Member: above heap", "0x152")


def test_ros2_console_lines_alone_and_under_the_launch_and_the_journal(tmp_path):
    """ROS 2's rcutils console format, `[{severity}] [{time}] [{name}]: {message}`, and the
    launch system's `[node-N] ` before each process's line (in the journal, under `ros2
    launch`'s unit): the prefix had stayed in every message, and its four tokens outweighed a
    short message's words (`Goal succeeded` and `Reached the goal!` one template)."""
    f = FORMAT.parse("[WARN] [1717740005.808693500] [planner_server]: Planning algorithm failed")
    assert (f.timestamp, f.level, f.logger, f.message) == (
        "1717740005.808693500",
        "WARN",
        "planner_server",
        "Planning algorithm failed",
    )
    f = FORMAT.parse("[bt_navigator-7] [INFO] [1717740105.1] [bt_navigator]: Goal succeeded")
    assert (f.logger, f.message, f.attributes) == (
        "bt_navigator",
        "Goal succeeded",
        {"process": "bt_navigator-7"},
    )
    head = "2024-06-07T06:00:05+00:00 amr-01 ros2[3749]: "
    lines = [
        f"{head}[bt_navigator-7] [INFO] [17177400{i:02d}.1] [bt_navigator]: {msg}"
        for i, msg in enumerate(["Goal succeeded", "Reached the goal!"] * 6)
    ] + [f"{head}[INFO] [launch]: Default logging verbosity is set to INFO"]
    rows = stored_events(tmp_path, "\n".join(lines) + "\n", "level, logger, template")
    assert rows[0] == ("info", "bt_navigator", "Goal succeeded")
    assert rows[1][2] == "Reached the goal!"
    assert rows[-1] == ("info", "launch", "Default logging verbosity is set to INFO")


def test_juicefs_program_pid_and_level_in_angle_brackets():
    """JuiceFS's logger, `time juicefs[pid] <LEVEL>: message [file.go:line]`: the level was
    left in the text (levels came from words: 367 WARNINGs errors, the INFOs none) and the
    caller's line number in every template."""
    f = FORMAT.parse(
        "2024/06/07 06:04:01.207499 juicefs[2817] <WARNING>: backup metadata skipped because of"
        " too many inodes: 2315610 [backup.go:71]"
    )
    assert (f.timestamp, f.level, f.service, f.message) == (
        "2024/06/07 06:04:01.207499",
        "WARNING",
        "juicefs",
        "backup metadata skipped because of too many inodes: 2315610",
    )
    assert f.attributes == {"pid": 2817, "caller": "backup.go:71"}
    # A word in angle brackets that is no level is the message's.
    f = FORMAT.parse("2024/06/07 06:04:01.207499 render[12] <html>: closed")
    assert (f.level, f.message) == (None, "render[12] <html>: closed")


def test_friendicas_channel_and_level_in_brackets():
    """Friendica's logger, `%datetime% %channel% [%level%]: %message% %context% - %extra%`:
    the level was not read, so levels came from words, the context's keys among them (an INFO
    line with a `"failed"` key stored as an error)."""
    f = FORMAT.parse(
        '2024-06-07T06:00:02Z worker [NOTICE]: Found: {"priority":20,"failed":0} - {"file":'
        '"Worker.php","line":878}'
    )
    assert (f.timestamp, f.level, f.logger) == ("2024-06-07T06:00:02Z", "NOTICE", "worker")
    assert f.message.startswith('Found: {"priority":20')
    # A bracket that holds no level after a word is the message's.
    f = FORMAT.parse("2024-06-07T06:00:02Z worker [shard-3]: started")
    assert (f.level, f.logger) == (None, None)


def test_hubzillas_logger_head():
    """Hubzilla's `logger()`: `time:LOG_level:session:file:line:function: message`. No layout
    read it: every event took the file's time, and levels came from words."""
    f = FORMAT.parse(
        "2024-06-07T06:00:03Z:LOG_WARNING:ce15c6e7d9:Queue.php:189:deliver: deliver: remote"
        " zot delivery failed to https://hub.down.example/zot"
    )
    assert (f.timestamp, normalize_level(f.level), f.message) == (
        "2024-06-07T06:00:03Z",
        "warning",
        "deliver: remote zot delivery failed to https://hub.down.example/zot",
    )
    assert f.attributes == {
        "session": "ce15c6e7d9",
        "file": "Queue.php",
        "function": "deliver",
        "lineno": 189,
    }
    f = FORMAT.parse("2024-06-07T06:00:01Z:LOG_NORMAL::Cron.php:38:run: cron: start")
    assert (f.level, f.message, f.attributes["session"]) == ("info", "cron: start", "")


def test_idempieres_clog_marks_and_file_head(tmp_path):
    """iDempiere's (Compiere's) CLogFormatter: a WARNING's `-----------> ` and a SEVERE's
    `===========> ` glued to the time, then `Class.method: ` and the thread in brackets. Glued,
    no layout read them (SEVERE records were stored raw, their traces events of their own),
    and the file's `*** date ... Log (CLogFile) ***` went on the record above it."""
    f = FORMAT.parse(
        "10:55:50.816===========> Doc_Invoice.post: Resubmit - Cannot lock C_Invoice_ID="
        "1005256, Force=false,RePost=false [145]"
    )
    assert (f.timestamp, f.level, f.logger, f.attributes) == (
        "10:55:50.816",
        "error",
        "Doc_Invoice.post",
        {"thread": 145},
    )
    assert f.message == "Resubmit - Cannot lock C_Invoice_ID=1005256, Force=false,RePost=false"
    f = FORMAT.parse("06:21:17.351-----------> Doc_InOut.isPeriodOpen: NO - MInOut[1002380] [79]")
    assert (f.level, f.logger, f.message) == (
        "warning",
        "Doc_InOut.isPeriodOpen",
        "NO - MInOut[1002380]",
    )
    lines = [
        "*** 2024-06-07 06:00:03.418 idempiere Log (CLogFile) ***",
        "06:00:17.418 AcctProcessor.run:  Next run: 2024-06-07 06:01:17.396 sleep 59974 [84]",
        "",
        "*** 2024-06-07 10:40:07.814 idempiere Log (CLogFile) ***",
    ]
    rows = stored_events(tmp_path, "\n".join(lines) + "\n", "line, message")
    assert [r[0] for r in rows] == [1, 2, 4]
    assert rows[2][1] == "idempiere Log (CLogFile) ***"


def test_telecom_cores_module_and_level_and_their_times():
    """Open5GS's ogs_log (`MM/dd` with no year, the module in brackets, the level and a colon),
    Yate's absolute time (an underscore before the clock) and channel (`<sip/136:WARN>`), and
    libosmocore's extended timestamp (seventeen digits), category, level and source file: the
    time, level and module read."""
    reference = datetime(2024, 6, 7, 12, 0)
    f = FORMAT.parse("06/07 06:02:21.147: [amf] ERROR: [Added] Number of gNB-UEs is now 1")
    assert (f.level, f.logger, f.message) == ("ERROR", "amf", "[Added] Number of gNB-UEs is now 1")
    assert parse_timestamp(f.timestamp, UTC, reference) == datetime(2024, 6, 7, 6, 2, 21, 147000)
    f = FORMAT.parse("2024-06-07_08:14:23.459891 <sip/136:WARN> Could not create party for 'x'")
    assert (f.level, f.message) == ("WARN", "Could not create party for 'x'")
    assert parse_timestamp(f.timestamp, UTC) == datetime(2024, 6, 7, 8, 14, 23, 459891)
    f = FORMAT.parse("20240607060001627 DRSL ERROR abis_rsl.c:2093 (bts=2) CHAN RQD: reason: x")
    assert parse_timestamp(f.timestamp, UTC) == datetime(2024, 6, 7, 6, 0, 1, 627000)
    assert (f.level, f.logger, f.attributes) == ("ERROR", "DRSL", {"caller": "abis_rsl.c:2093"})
    assert f.message == "(bts=2) CHAN RQD: reason: x"


def test_time_and_level_in_one_pair_of_brackets():
    """Minecraft Bedrock's dedicated server: `[date time:millis LEVEL] message`."""
    f = FORMAT.parse("[2024-06-07 06:00:14:549 ERROR] Player connected: Emilia K, xuid: 25354")
    assert (f.level, f.message) == ("ERROR", "Player connected: Emilia K, xuid: 25354")
    assert parse_timestamp(f.timestamp, UTC) == datetime(2024, 6, 7, 6, 0, 14, 549000)


def test_mistservers_program_stream_pid_and_kind():
    """MistServer's `[time] Program:stream (pid) KIND: `: the program, stream and pid are
    attributes, FAIL its worst level; in the message they split one statement by program."""
    f = FORMAT.parse(
        "[2024-06-07 06:02:38] MistOutHTTP:live+stage (36335) FAIL: onFail 'live+stage': x"
    )
    assert (f.level, f.message) == ("critical", "onFail 'live+stage': x")
    assert f.attributes == {"process": "MistOutHTTP", "pid": 36335, "stream": "live+stage"}
    f = FORMAT.parse("[2024-06-07 06:03:01] MistController (1) VERYHIGH: Wrote config to disk")
    assert (f.level, f.attributes) == ("debug", {"process": "MistController", "pid": 1})


def test_optunas_level_letter_and_time_in_one_bracket():
    fields = FORMAT.parse("[W 2024-06-07 07:05:20,871] Trial 197 failed with value None.")
    assert fields is not None
    assert (fields.timestamp, fields.level, fields.message) == (
        "2024-06-07 07:05:20,871",
        "warning",
        "Trial 197 failed with value None.",
    )


def test_a_librarys_tag_and_level_bracketed_with_no_time():
    """LightGBM's `[LightGBM] [Warning] ...` in its trainer's output: a line of its own."""
    fields = FORMAT.parse("[LightGBM] [Warning] No further splits with positive gain, gain: -inf")
    assert fields is not None
    assert (fields.timestamp, fields.level, fields.logger) == (None, "Warning", "LightGBM")
    assert fields.message == "No further splits with positive gain, gain: -inf"
    assert FORMAT.parse("[LightGBM] [Something] else") is None


def test_a_channel_right_aligned_in_brackets_after_the_time_is_the_logger():
    """FXServer's console (`%20s`); a word centred in its bracket is no channel."""
    fields = FORMAT.parse("2024-06-07T06:00:03.2Z [    c-scripting-core] Creating script envs")
    assert fields is not None
    assert (fields.logger, fields.message) == ("c-scripting-core", "Creating script envs")
    fields = FORMAT.parse("2024-06-07T06:00:03.2Z [  OK  ] Started Session 1 of user root.")
    assert fields is not None
    assert (fields.logger, fields.message) == (None, "[  OK  ] Started Session 1 of user root.")


MARKLOGIC = """\
2024-06-07 06:33:17.074 Notice: XDMP-DEADLOCK: Deadlock detected locking Documents /orders/85.json
2024-06-07 06:33:17.074 Notice:+in /lib/orders.xqy, at 224:8 [1.0-ml]
2024-06-07 06:33:17.074 Notice:+  $uri = "/orders/85.json"
2024-06-07 06:33:18.001 Info: Merged 2 MB at 40 MB/sec to /var/opt/MarkLogic/Forests/orders-1
"""


def test_marklogics_further_lines_under_the_same_time_and_level(tmp_path):
    """MarkLogic writes each line of a message with the header, a `+` after the level's colon."""
    rows = stored_events(tmp_path, MARKLOGIC, "line, message")
    assert rows == [
        (
            1,
            "XDMP-DEADLOCK: Deadlock detected locking Documents /orders/85.json\n"
            'in /lib/orders.xqy, at 224:8 [1.0-ml]\n  $uri = "/orders/85.json"',
        ),
        (4, "Merged 2 MB at 40 MB/sec to /var/opt/MarkLogic/Forests/orders-1"),
    ]


def test_a_count_before_the_date_is_no_time():
    """SingleStore's memsql.log: microseconds since the node started, then the date."""
    fields = FORMAT.parse("287176533601 2024-06-07 06:00:07.610    INFO: Thread 11: Flushed 7 rows")
    assert fields is not None
    assert (fields.timestamp, fields.level, fields.attributes) == (
        "2024-06-07 06:00:07.610",
        "INFO",
        {"counter": 287176533601},
    )


def test_request_trackers_pid_ctime_and_level_and_the_perl_caller_after():
    fields = FORMAT.parse(
        "[2215] [Fri Jun  7 06:02:36 2024] [info]: Ticket 31208 created in queue 'Billing' "
        "by felix@example.org (/opt/rt5/sbin/../lib/RT/Ticket.pm:567)"
    )
    assert fields is not None
    assert (fields.timestamp, fields.level, fields.message) == (
        "Fri Jun  7 06:02:36 2024",
        "info",
        "Ticket 31208 created in queue 'Billing' by felix@example.org",
    )
    assert fields.attributes == {"pid": 2215, "caller": "/opt/rt5/sbin/../lib/RT/Ticket.pm:567"}


def test_project_zomboids_subsystem_and_milliseconds_after_its_level():
    fields = FORMAT.parse(
        "[07-06-24 06:00:05.318] LOG  : Network     , 1717740005318> ConnectionManager: ok"
    )
    assert fields is not None
    assert (fields.level, fields.logger, fields.message) == (
        "info",
        "Network",
        "ConnectionManager: ok",
    )
    assert fields.attributes == {"millis": 1717740005318}
    fields = FORMAT.parse("[07-06-24 06:05:33.200] ERROR: General     , 1717740333200> boom")
    assert fields is not None
    assert (fields.level, fields.logger, fields.message) == ("ERROR", "General", "boom")


def test_vpps_log_class_padded_after_its_level_is_the_logger():
    # vlib's `%U %-10U %-14U %v`: left in the message, the class split the plugin loader's
    # lines from the VAT plugin loader's only by accident, and no level or time was read.
    fields = FORMAT.parse(
        "2024/06/07 07:15:03:882 notice     plugin/load    Loaded plugin: abf_plugin.so (ACL)"
    )
    assert fields is not None
    assert (fields.timestamp, fields.level, fields.logger, fields.message) == (
        "2024/06/07 07:15:03:882",
        "notice",
        "plugin/load",
        "Loaded plugin: abf_plugin.so (ACL)",
    )
    # A word padded as a column after a level that is not padded is the message's.
    fields = FORMAT.parse("2024-06-07 06:00:01 INFO starting  up")
    assert fields is not None
    assert (fields.logger, fields.message) == (None, "starting  up")


def test_mylars_logger_function_line_and_thread_after_its_level():
    # `%(asctime)s - %(levelname)-7s :: %(name)s.%(funcName)s.%(lineno)s : %(threadName)s : `:
    # left in the message, a thread's name of three words split every statement it logged.
    fields = FORMAT.parse(
        "07-Jun-2024 10:20:22 - INFO    :: mylar.search_init.412 : CP Server Thread-12 : "
        "Shhh be very quiet...I'm looking for Saga issue: 67 (2024) using DrunkenSlug."
    )
    assert fields is not None
    assert (fields.level, fields.logger) == ("INFO", "mylar")
    assert fields.message == (
        "Shhh be very quiet...I'm looking for Saga issue: 67 (2024) using DrunkenSlug."
    )
    assert fields.attributes == {
        "function": "search_init",
        "lineno": 412,
        "thread": "CP Server Thread-12",
    }


def test_kometas_file_and_level_in_brackets_and_its_message_out_of_its_box():
    # `| %(message)-100s |`: the padding in the message made one template per value length.
    fields = FORMAT.parse(
        "[2024-06-07 10:00:56,048] [builder.py:3012]           [INFO]     | IMDb Top 250 "
        "Collection | = | Aliens (1986)" + " " * 40 + "|"
    )
    assert fields is not None
    assert (fields.timestamp, fields.level) == ("2024-06-07 10:00:56,048", "INFO")
    assert fields.message == "IMDb Top 250 Collection | = | Aliens (1986)"
    assert fields.attributes == {"file": "builder.py", "lineno": 3012}
    # A border is no box's message: it stays whole.
    border = FORMAT.parse("[2024-06-07 10:00:00,378] [kometa.py:1047]  [ERROR]  |=====|")
    assert border is not None
    assert (border.level, border.message) == ("ERROR", "|=====|")


def test_a_controllers_kind_is_a_zap_logger_without_a_caller():
    # controller-runtime's zap console: `time\tINFO\tEphemeralRunner\tmessage\t{fields}`.
    fields = FORMAT.parse(
        '2024-06-07T08:34:13Z\tINFO\tEphemeralRunner\tAdding finalizer\t{"version": "0.9.3"}'
    )
    assert fields is not None
    assert (fields.logger, fields.message) == ("EphemeralRunner", "Adding finalizer")
    assert fields.attributes == {"version": "0.9.3"}


def test_sync_gateways_log_key_and_context_after_its_level():
    fields = FORMAT.parse(
        "2024-06-07T06:00:09.300Z [INF] Cache: db:catalog c:#41474     Got 12 rows from query"
    )
    assert fields is not None
    assert (fields.level, fields.logger) == ("INF", "Cache")
    assert fields.message == "    Got 12 rows from query"
    assert fields.attributes == {"db": "catalog", "context": "#41474"}
    # A word and a colon alone after a bracketed level stay the message's.
    fields = FORMAT.parse("2024-06-07T06:00:09.300Z [ERR] Error: disk full")
    assert fields is not None
    assert (fields.logger, fields.message) == (None, "Error: disk full")


def test_jitsis_thread_context_and_source_and_a_program_name_before_the_time():
    fields = FORMAT.parse(
        "Jicofo 2024-06-07 06:05:00.711 INFO: [47] [room=review@conference.meet.example.com] "
        "JitsiMeetConferenceImpl.joinTheRoom#437: Joining review@conference.meet.example.com"
    )
    assert fields is not None
    assert (fields.timestamp, fields.level) == ("2024-06-07 06:05:00.711", "INFO")
    assert (fields.service, fields.logger) == ("Jicofo", "JitsiMeetConferenceImpl")
    assert fields.message == "Joining review@conference.meet.example.com"
    assert fields.attributes == {
        "thread": 47,
        "method": "joinTheRoom",
        "lineno": 437,
        "context": "room=review@conference.meet.example.com",
    }
    # A capitalised word before a line that is no header is no program's name.
    assert FORMAT.parse("Total 2024-06-07 report follows") is None


def test_quoted_tab_separated_columns_with_a_time_among_them():
    # hMailServer's log: unread, every line was the template `<*>` and took the file's time.
    fields = FORMAT.parse(
        '"SMTPD"\t5544\t148212\t"2024-06-07 08:00:37.821"\t"40.107.13.45"\t"RECEIVED: EHLO x"\r'
    )
    assert fields is not None
    assert (fields.timestamp, fields.level, fields.logger) == (
        "2024-06-07 08:00:37.821",
        None,
        "SMTPD",
    )
    assert fields.message == "RECEIVED: EHLO x"
    assert fields.attributes == {"field2": 5544, "field3": 148212, "field5": "40.107.13.45"}
    error = FORMAT.parse('"ERROR"\t6388\t"2024-06-07 13:07:05.000"\t"Severity: 3 (Medium)"')
    assert error is not None
    assert (error.level, error.logger, error.message) == ("ERROR", None, "Severity: 3 (Medium)")
    # No time among the columns: no header.
    assert FORMAT.parse('"name"\t"value"\t"other"') is None


def test_kopanos_program_and_thread_before_its_bracketed_level():
    fields = FORMAT.parse(
        "Fri Jun  7 08:03:23 2024: [kopano-gateway|T2871] [notice ] Starting worker thread"
    )
    assert fields is not None
    assert (fields.level, fields.message) == ("notice", "Starting worker thread")
    assert fields.attributes == {"process": "kopano-gateway", "thread": 2871}


def test_ocelots_request_ids_around_its_message_are_attributes():
    fields = FORMAT.parse(
        "2024-06-07 06:01:04.044 +00:00 [WRN] requestId: 0HN424PIUGHH3:00000001, "
        "previousRequestId: No PreviousRequestId, message: 'Error Code: "
        "UnableToFindDownstreamRouteError Message: Failed to match Route'"
    )
    assert fields is not None
    assert fields.level == "WRN"
    assert fields.message == (
        "Error Code: UnableToFindDownstreamRouteError Message: Failed to match Route"
    )
    assert fields.attributes == {
        "request_id": "0HN424PIUGHH3:00000001",
        "previous_request_id": "No PreviousRequestId",
    }


def test_a_level_first_then_an_rfc_1123_time_and_a_semicolon():
    # FTS3's server log: unread, every line of its multi-line messages was an event.
    fields = FORMAT.parse("INFO    Fri, 07 Jun 2024 06:02:16 +0000; Job id:e7f54e9d")
    assert fields is not None
    assert (fields.timestamp, fields.level, fields.message) == (
        "Fri, 07 Jun 2024 06:02:16 +0000",
        "INFO",
        "Job id:e7f54e9d",
    )
    assert FORMAT.parse("INFO    Fri, 07 Jun 2024 06:02:16 +0000;glued") is None


def test_kill_bills_quoted_level_logger_thread_and_request_ids():
    fields = FORMAT.parse(
        "2024-06-07T06:00:00,944+0000 lvl='WARN', log='InvoiceDispatcher', th='notifications-th',"
        " xff='', rId='', tok='63f0d506', aRId='1001', tRId='1', Generated invoiceId='4fc10a89'"
    )
    assert fields is not None
    assert (fields.level, fields.logger) == ("WARN", "InvoiceDispatcher")
    assert fields.message == "Generated invoiceId='4fc10a89'"
    assert fields.attributes == {
        "thread": "notifications-th",
        "tok": "63f0d506",
        "aRId": "1001",
        "tRId": "1",
    }


def test_a_windows_source_path_and_line_after_the_level_is_the_caller():
    # NSClient++: the drive letter had been read as the logger, the rest left in the message.
    fields = FORMAT.parse(
        "2024-06-07 08:00:49: error:c:\\source\\master\\modules\\NRPEServer\\handler_impl.cpp:18:"
        " Rejected connection from: 10.0.0.5"
    )
    assert fields is not None
    assert (fields.level, fields.logger) == ("error", None)
    assert fields.message == "Rejected connection from: 10.0.0.5"
    assert fields.attributes == {
        "caller": "c:\\source\\master\\modules\\NRPEServer\\handler_impl.cpp:18"
    }


def test_game_servers_heads_a_channel_tag_a_thread_arrow_and_a_clock_alone():
    # Vintage Story: `d.M.yyyy HH:mm:ss [Type] message`, its log type a channel.
    fields = FORMAT.parse("7.6.2024 06:49:56 [Event] Player Saga_B left.")
    assert fields is not None
    assert (fields.timestamp, fields.logger, fields.message) == (
        "7.6.2024 06:49:56",
        "Event",
        "Player Saga_B left.",
    )
    # Space Engineers: the thread after the time, an arrow before the message.
    fields = FORMAT.parse("2024-06-07 06:00:02.001 - Thread:   1 ->  Log Started")
    assert fields is not None
    assert (fields.message, fields.attributes) == ("Log Started", {"thread": 1})
    # MCGalaxy: a clock alone in parentheses (the date is the file's).
    fields = FORMAT.parse("(06:01:31) Lumen connected using ClassiCube 1.3.6.")
    assert fields is not None
    assert (fields.timestamp, fields.message) == (
        "06:01:31",
        "Lumen connected using ClassiCube 1.3.6.",
    )


def test_h3c_comwares_log_file_head():
    fields = FORMAT.parse(
        "%Jun  7 10:05:21:337 2024 CORE LLDP/6/LLDP_DELETE_NEIGHBOR: -Slot=2; Nearest bridge "
        "agent neighbor deleted on port FortyGigE2/0/53 (IfIndex 566)"
    )
    assert fields is not None
    assert (fields.timestamp, fields.level, fields.host, fields.logger) == (
        "Jun 7 2024 10:05:21.337",
        "info",
        "CORE",
        "LLDP",
    )
    assert (
        fields.message
        == "Nearest bridge agent neighbor deleted on port FortyGigE2/0/53 (IfIndex 566)"
    )
    assert fields.attributes == {"mnemonic": "LLDP_DELETE_NEIGHBOR", "slot": "2"}


def test_dokuwikis_php_file_column_and_error_constant():
    fields = FORMAT.parse(
        "2024-06-07 06:00:49\t/var/www/dokuwiki/lib/plugins/wrap/syntax/div.php(67)\t"
        "E_WARNING: Undefined variable $attr"
    )
    assert fields is not None
    assert (fields.level, fields.message) == ("warning", "Undefined variable $attr")
    assert fields.attributes == {"caller": "/var/www/dokuwiki/lib/plugins/wrap/syntax/div.php(67)"}


def test_litellms_logger_level_file_and_line_after_a_clock():
    fields = FORMAT.parse("06:00:12 - LiteLLM Router:INFO: router.py:663 - Routing strategy: x")
    assert fields is not None
    assert (fields.timestamp, fields.level, fields.logger) == ("06:00:12", "INFO", "LiteLLM Router")
    assert fields.message == "Routing strategy: x"
    assert fields.attributes == {"file": "router.py", "lineno": 663}


def test_edgedbs_level_pid_time_and_logger():
    fields = FORMAT.parse("INFO 142 2024-06-07T00:06:20.036 postgres: checkpoint starting: time")
    assert fields is not None
    assert (fields.timestamp, fields.level, fields.logger) == (
        "2024-06-07T00:06:20.036",
        "INFO",
        "postgres",
    )
    assert (fields.message, fields.attributes) == ("checkpoint starting: time", {"pid": 142})


def test_faktorys_level_letter_before_its_time():
    # Unread, the file was raw (the file's time for every event) and the letter split one
    # statement by the level it was logged at.
    fields = FORMAT.parse("I 2024-06-07T06:15:46.356Z GET /queues 200")
    assert fields is not None
    assert (fields.timestamp, fields.level, fields.message) == (
        "2024-06-07T06:15:46.356Z",
        "info",
        "GET /queues 200",
    )
    assert FORMAT.parse("I 2024 was a year") is None


def test_a_request_as_it_comes_in_after_its_client_and_http_version():
    # Rauthy's request log under tracing's header: unread, every route was one template.
    fields = FORMAT.parse(
        "2025-03-12T06:01:48.478041Z  INFO rauthy_middlewares::logging: 203.0.113.14 HTTP/1.1 "
        'POST /auth/v1/oidc/session "Mozilla/5.0 (X11; Linux x86_64)"'
    )
    assert fields is not None
    assert (fields.level, fields.template) == ("INFO", "POST /auth/v1/oidc/session")
    assert fields.attributes["client_ip"] == "203.0.113.14"
    assert fields.attributes["user_agent"] == "Mozilla/5.0 (X11; Linux x86_64)"
