#!/usr/bin/env python3
# ruff: noqa: E501  (the log lines it writes are data, one per call; printf as the programs do)
"""Writes the held-out logs of round 28 (httpd, clickhouse, zabbix, bind, suricata) into
bench/heldout/, the same way and under the same label rules as generate.py (bench/README.md,
"heldout.py"): each program's log is simulated from its source's format strings over a seeded run,
and every line that starts an event is labelled with the format string that wrote it as it is
written. Five log shapes not yet covered: Apache httpd 2.4's error log (`[Tue Jun 11
07:02:13.401234 2024] [module:level] [pid N:tid N] (errno)Text: [client ip:port] AHnnnnn: msg`,
`, referer: ...` appended), ClickHouse's server log (`2024.06.11 07:02:13.401234 [ 812 ]
{query-id} <Level> Logger: msg`, `Code: N. DB::Exception: ...` with stack traces), Zabbix's
server and agent logs (`  1234:20240611:070213.401 msg`), BIND 9's named log with
`print-time`, `print-category` and `print-severity` (`11-Jun-2024 07:02:13.401 category: severity:
msg`, `client @0x... ip#port (name): ...`) and Suricata 6's suricata.log (`[pid] 11/6/2024 --
07:02:13 - <Level> - msg`, `[ERRCODE: SC_ERR_X(n)] - ` before errors). Run it only to change the
data on purpose: `python bench/heldout/generate_round28.py [SYSTEM ...]`.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import Log, generate, hexid, uuid4


def pick(r: random.Random, table: list[tuple[float, object]]):
    return r.choices([f for _, f in table], [w for w, _ in table])[0]


def pub_ip(r: random.Random) -> str:
    return pick(
        r,
        [
            (3, f"203.0.113.{r.randrange(2, 250)}"),
            (3, f"198.51.100.{r.randrange(2, 250)}"),
            (2, f"192.0.2.{r.randrange(2, 250)}"),
            (
                4,
                f"{r.choice([45, 62, 81, 89, 91, 141, 185, 193])}.{r.randrange(1, 255)}.{r.randrange(1, 255)}.{r.randrange(1, 255)}",
            ),
        ],
    )


# ------------------------------------------------------------------------------------ httpd

HTTPD_VHOSTS = ["www.example.com", "shop.example.com", "api.example.com"]
HTTPD_PAGES = [
    "/",
    "/index.php",
    "/products/view.php",
    "/cart.php",
    "/checkout/",
    "/blog/2024/05/spring-sale/",
    "/account/orders.php",
    "/search.php",
]
HTTPD_PROBES = [
    "/wp-login.php",
    "/.env",
    "/.git/config",
    "/phpmyadmin/index.php",
    "/xmlrpc.php",
    "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php",
    "/cgi-bin/luci",
    "/admin/config.php",
    "/owa/auth/logon.aspx",
    "/solr/admin/info/system",
    "/actuator/health",
    "/server-status",
]
PHP_FILES = [
    "/var/www/shop/products/view.php",
    "/var/www/shop/cart.php",
    "/var/www/shop/lib/Db.php",
    "/var/www/shop/account/orders.php",
    "/var/www/shop/lib/Template.php",
    "/var/www/html/search.php",
]


def httpd(r: random.Random) -> list[Log]:
    """Apache httpd 2.4.59's error log on a Debian web server (`error.log`, the default
    ErrorLogFormat, LogLevel warn with `ssl:info reqtimeout:info core:info`): mpm_event's
    start-ups, graceful restarts (logrotate's) and a stop; children exiting on a signal; denied
    and missing files for scanners; PHP-FPM through mod_proxy_fcgi with its warnings and fatal
    errors; a backend refusing connections behind mod_proxy (the errno text before the message,
    `(111)Connection refused: `); TLS handshakes failing; request read timeouts; basic auth
    failures; MaxRequestWorkers reached. The `[client ip:port] ` before a message and the
    `, referer: ...` after it are the logger's (ap_log_rerror's), not the statement's: labels
    leave them out; so is the `(errno)Text: ` the logger writes for a status."""
    log = Log("error.log", datetime(2024, 6, 9, 6, 25, 3, 118223, tzinfo=UTC))
    main = [r.randrange(700, 1200)]
    children: list[tuple[int, int]] = []

    def ts() -> str:
        t = log.t
        return f"{t:%a %b %d %H:%M:%S}.{t.microsecond:06d} {t:%Y}"

    def tid() -> int:
        return 139_900_000_000_000 + r.randrange(0, 400_000_000_000)

    def spawn() -> None:
        children[:] = [(r.randrange(1200, 60000), tid()) for _ in range(3)]

    def emit(
        mod: str,
        level: str,
        fmt: str,
        args: tuple = (),
        *,
        proc: str = "child",
        client: bool = False,
        errno: str = "",
        referer: bool = False,
        label: str | None = None,
    ) -> None:
        log.tick(r, 0.0001, 0.004)
        if proc == "main":
            p, t = main[0], main[1] if len(main) > 1 else tid()
        else:
            p, t = r.choice(children)
        head = f"[{ts()}] [{mod}:{level}] [pid {p}:tid {t}] "
        if errno:
            head += f"{errno}: "
        if client:
            head += (
                f"[client {pub_ip(r) if client is True else client}:{r.randrange(1024, 65535)}] "
            )
        msg = fmt % args if args else fmt
        if referer:
            msg += f", referer: https://{r.choice(HTTPD_VHOSTS)}{r.choice(HTTPD_PAGES)}"
        log.add(head + msg, label or fmt)

    def start(first: bool) -> None:
        main[:] = [r.randrange(700, 60000), tid()]
        if not first and r.random() < 0.5:
            emit(
                "core",
                "warn",
                "AH00098: pid file %s overwritten -- Unclean shutdown of previous Apache run?",
                ("/var/run/apache2/apache2.pid",),
                proc="main",
            )
        for vh in HTTPD_VHOSTS[:2]:
            emit(
                "ssl",
                "warn",
                "AH01909: %s:443:0 server certificate does NOT include an ID which matches the server name",
                (vh,),
                proc="main",
            )
        emit(
            "mpm_event",
            "notice",
            "AH00489: %s configured -- resuming normal operations",
            ("Apache/2.4.59 (Debian) OpenSSL/3.0.11",),
            proc="main",
        )
        emit("core", "notice", "AH00094: Command line: '%s'", ("/usr/sbin/apache2",), proc="main")
        spawn()

    def graceful() -> None:
        emit(
            "mpm_event", "notice", "AH00493: SIGUSR1 received.  Doing graceful restart", proc="main"
        )
        for vh in HTTPD_VHOSTS[:2]:
            emit(
                "ssl",
                "warn",
                "AH01909: %s:443:0 server certificate does NOT include an ID which matches the server name",
                (vh,),
                proc="main",
            )
        emit(
            "mpm_event",
            "notice",
            "AH00489: %s configured -- resuming normal operations",
            ("Apache/2.4.59 (Debian) OpenSSL/3.0.11",),
            proc="main",
        )
        emit("core", "notice", "AH00094: Command line: '%s'", ("/usr/sbin/apache2",), proc="main")
        spawn()

    def php_msg() -> tuple[str, str, str]:
        """(level, text, label): PHP's own formats inside `PHP %s:  %s in %s on line %d`, which
        PHP-FPM sends the web server on stderr after `PHP message: ` (fpm_main.c)."""
        f = r.choice(PHP_FILES)
        line = r.randrange(12, 480)
        kind = pick(
            r,
            [
                (
                    5,
                    (
                        "Warning",
                        'Undefined array key "%s"',
                        (r.choice(["id", "page", "sort", "qty", "coupon", "variant"]),),
                    ),
                ),
                (
                    3,
                    (
                        "Warning",
                        "Undefined variable $%s",
                        (r.choice(["total", "user", "row", "items"]),),
                    ),
                ),
                (
                    2,
                    (
                        "Warning",
                        "Trying to access array offset on value of type %s",
                        (r.choice(["null", "bool"]),),
                    ),
                ),
                (
                    2,
                    (
                        "Deprecated",
                        "%s(): Passing null to parameter #%d ($%s) of type %s is deprecated",
                        (
                            r.choice(["strlen", "htmlspecialchars", "trim", "str_replace"]),
                            r.randrange(1, 3),
                            r.choice(["string", "subject"]),
                            "string",
                        ),
                    ),
                ),
                (
                    1,
                    (
                        "Fatal error",
                        "Uncaught Error: Call to a member function %s() on null",
                        (r.choice(["fetch", "getId", "format"]),),
                    ),
                ),
                (
                    1,
                    (
                        "Fatal error",
                        "Allowed memory size of %d bytes exhausted (tried to allocate %d bytes)",
                        (134217728, r.choice([20480, 65536, 262144, 4194304])),
                    ),
                ),
            ],
        )
        level, fmt, args = kind
        return (
            level,
            f"PHP message: PHP {level}:  {fmt % args} in {f} on line {line}",
            f"PHP message: PHP {level}:  {fmt} in %s on line %d",
        )

    def traffic(n: int) -> None:
        for _ in range(n):
            roll = r.random()
            if roll < 0.22:
                emit(
                    "core",
                    "info",
                    "AH00128: File does not exist: %s",
                    (
                        "/var/www/shop"
                        + r.choice(
                            [*HTTPD_PROBES, "/favicon.ico", "/apple-touch-icon.png", "/robots.txt"]
                        ),
                    ),
                    client=True,
                )
            elif roll < 0.33:
                emit(
                    "authz_core",
                    "error",
                    "AH01630: client denied by server configuration: %s",
                    (
                        "/var/www/shop"
                        + r.choice(
                            [
                                "/.env",
                                "/.git/config",
                                "/.htaccess",
                                "/server-status",
                                "/lib/config.inc",
                            ]
                        ),
                    ),
                    client=True,
                )
            elif roll < 0.50:
                _, text, label = php_msg()
                emit(
                    "proxy_fcgi",
                    "error",  # mod_proxy_fcgi logs what the backend wrote at APLOG_ERR
                    "AH01071: Got error '%s'",
                    (text,),
                    client=True,
                    referer=r.random() < 0.6,
                    label="AH01071: Got error '" + label + "'",
                )
            elif roll < 0.57:
                emit(
                    "proxy_fcgi",
                    "error",
                    "AH01071: Got error '%s'",
                    ("Primary script unknown",),
                    client=True,
                    label="AH01071: Got error 'Primary script unknown'",
                )
            elif roll < 0.66:
                emit(
                    "ssl",
                    "info",
                    "AH01964: Connection to child %d established (server %s:443)",
                    (r.randrange(0, 75), r.choice(HTTPD_VHOSTS)),
                    client=True,
                )
            elif roll < 0.72:
                emit(
                    "ssl",
                    "info",
                    "AH02008: SSL library error %d in handshake (server %s:443)",
                    (1, r.choice(HTTPD_VHOSTS)),
                    client=True,
                )
                emit(
                    "ssl",
                    "info",
                    "SSL Library Error: %s",
                    (
                        r.choice(
                            [
                                "error:0A00006C:SSL routines::bad key share",
                                "error:0A000102:SSL routines::unsupported protocol",
                                "error:0A0000C1:SSL routines::no shared cipher",
                                "error:0A000418:SSL routines::tlsv1 alert unknown ca",
                            ]
                        ),
                    ),
                )
            elif roll < 0.77:
                emit(
                    "ssl",
                    "info",
                    "AH01991: SSL input filter read failed.",
                    client=True,
                    errno=r.choice(["(104)Connection reset by peer", "(70014)End of file found"]),
                )
            elif roll < 0.83:
                emit("reqtimeout", "info", "AH01382: Request header read timeout", client=True)
            elif roll < 0.87:
                emit(
                    "core",
                    "info",
                    "AH00126: Invalid URI in request %s",
                    (
                        r.choice(
                            [
                                "GET /../../../../etc/passwd HTTP/1.1",
                                "GET /cgi-bin/.%2e/.%2e/.%2e/bin/sh HTTP/1.1",
                                "POST /%%32%65%%32%65/bin/sh HTTP/1.1",
                            ]
                        ),
                    ),
                    client=True,
                )
            elif roll < 0.91:
                u = r.choice(["admin", "staff", "m.keller", "deploy", "test"])
                if r.random() < 0.5:
                    emit(
                        "auth_basic",
                        "error",
                        "AH01618: user %s not found: %s",
                        (u, r.choice(["/admin", "/stats/"])),
                        client=True,
                    )
                else:
                    emit(
                        "authn_file",
                        "error",
                        'AH01617: user %s: authentication failure for "%s": Password Mismatch',
                        (u, r.choice(["/admin", "/stats/"])),
                        client=True,
                    )
            elif roll < 0.94:
                emit(
                    "autoindex",
                    "error",
                    "AH01276: Cannot serve directory %s: No matching DirectoryIndex (index.html,index.php) found, and server-generated directory index forbidden by Options directive",
                    (
                        r.choice(
                            [
                                "/var/www/shop/uploads/",
                                "/var/www/shop/images/",
                                "/var/www/html/files/",
                            ]
                        ),
                    ),
                    client=True,
                )
            elif roll < 0.97:
                emit(
                    "core",
                    "error",
                    "AH00574: ap_content_length_filter: apr_bucket_read() failed",
                    client=True,
                    errno="(70007)The timeout specified has expired",
                    referer=r.random() < 0.5,
                )
            else:
                emit(
                    "cgid",
                    "error",
                    "End of script output before headers: %s",
                    (r.choice(["awstats.pl", "index.cgi"]),),
                    client=True,
                )
            if r.random() < 0.03:
                log.tick(r, 5, 120)

    def backend_down() -> None:
        emit(
            "proxy",
            "error",
            "AH00957: %s: attempt to connect to %s (%s) failed",
            ("http", "127.0.0.1:8081", "127.0.0.1:8081"),
            errno="(111)Connection refused",
        )
        emit(
            "proxy",
            "error",
            "AH00959: ap_proxy_connect_backend disabling worker for (%s:%d) for %ds",
            ("127.0.0.1", 8081, 60),
        )
        emit(
            "proxy_http",
            "error",
            "AH01114: HTTP: failed to make connection to backend: %s",
            ("127.0.0.1",),
            client=True,
        )
        for _ in range(r.randrange(3, 12)):
            emit(
                "proxy",
                "error",
                "AH00940: %s: disabled connection for (%s:%d)",
                ("http", "127.0.0.1", 8081),
                client=True,
            )
        log.tick(r, 30, 70)
        if r.random() < 0.4:
            emit(
                "proxy",
                "error",
                "AH00957: %s: attempt to connect to %s (%s) failed",
                ("http", "127.0.0.1:8081", "127.0.0.1:8081"),
                errno="(111)Connection refused",
            )
            emit(
                "proxy",
                "error",
                "AH00959: ap_proxy_connect_backend disabling worker for (%s:%d) for %ds",
                ("127.0.0.1", 8081, 60),
            )

    def busy() -> None:
        emit(
            "mpm_event",
            "error",
            "AH00484: server reached MaxRequestWorkers setting, consider raising the MaxRequestWorkers setting",
            proc="main",
        )
        for _ in range(r.randrange(1, 4)):
            log.tick(r, 1, 20)
            emit(
                "mpm_event",
                "error",
                "AH00485: scoreboard is full, not at MaxRequestWorkers.Increase ServerLimit.",
                proc="main",
            )

    def segv() -> None:
        p, _ = r.choice(children)
        emit(
            "core",
            "notice",
            "AH00052: child pid %d exit signal %s (%d)",
            (p, "Segmentation fault", 11),
            proc="main",
        )
        if r.random() < 0.4:
            emit(
                "core",
                "notice",
                "AH00060: seg fault or similar nasty error detected in the parent process",
                proc="main",
            )

    start(True)
    for day in range(3):
        for _block in range(40):
            traffic(r.randrange(15, 40))
            log.tick(r, 60, 900)
            x = r.random()
            if x < 0.08:
                backend_down()
            elif x < 0.12:
                busy()
            elif x < 0.16:
                segv()
        log.tick(r, 300, 3000)
        graceful()
        if day == 1:
            emit(
                "mpm_event",
                "notice",
                "AH00492: caught SIGWINCH, shutting down gracefully",
                proc="main",
            )
            log.tick(r, 2, 8)
            start(False)
    emit("mpm_event", "notice", "AH00491: caught SIGTERM, shutting down", proc="main")
    log.tick(r, 3, 10)
    start(False)
    traffic(40)
    return [log]


# ------------------------------------------------------------------------------- clickhouse

CH_TABLES = [
    ("default", "events"),
    ("default", "sessions"),
    ("analytics", "page_views"),
    ("analytics", "daily_rollup"),
    ("system", "query_log"),
    ("system", "trace_log"),
    ("system", "metric_log"),
    ("system", "part_log"),
]
CH_USERS = ["app", "grafana", "default", "etl"]
CH_QUERIES = [
    "SELECT count() FROM default.events WHERE event_date = today()",
    "SELECT toStartOfHour(ts) AS h, count() FROM default.events WHERE ts > now() - INTERVAL 1 DAY GROUP BY h ORDER BY h",
    "INSERT INTO default.events (ts, user_id, kind, payload) FORMAT Native",
    "INSERT INTO analytics.page_views FORMAT JSONEachRow",
    "SELECT uniqExact(user_id) FROM analytics.page_views WHERE date >= '2024-06-01'",
    "SELECT * FROM default.sessions WHERE session_id = 'f3a1c2' LIMIT 1",
    "SELECT version()",
]


def clickhouse(r: random.Random) -> list[Log]:
    """ClickHouse 24.3's clickhouse-server.log at `information` level with the executeQuery and
    TCPHandler debug lines (`2024.06.11 07:02:13.401234 [ 812 ] {query-id} <Level> Logger:
    msg`; `{}` without a query): start-up with the configuration and table loading, queries from
    a few clients (the query's text in `executeQuery`'s line, read counts, peak memory),
    inserts, merges and parts removed, system log flushes, errors with `Code: N.
    DB::Exception: ... (NAME) (version ...)` and their stack traces on the lines after
    (continuations), a memory limit hit during a merge, a ZooKeeper session expiring, a
    restart. The query id in braces and a table's `(uuid)` are the logger's, not the message's."""
    log = Log("clickhouse-server.log", datetime(2024, 6, 11, 7, 2, 13, 401234, tzinfo=UTC))
    pid = [r.randrange(700, 900)]
    uuids = {t: uuid4(r) for t in CH_TABLES}
    ver = "24.3.2.23"
    parts = {t: [0] for t in CH_TABLES}

    def emit(
        level: str,
        logger: str,
        fmt: str,
        args: tuple = (),
        *,
        q: str = "",
        tid: int | None = None,
        label: str | None = None,
    ) -> None:
        log.tick(r, 0.0002, 0.05)
        t = log.t
        msg = fmt % args if args else fmt
        log.add(
            f"{t:%Y.%m.%d %H:%M:%S}.{t.microsecond:06d} [ {tid or r.randrange(pid[0] + 1, pid[0] + 400)} ] {{{q}}} <{level}> {logger}: {msg}",
            label or fmt,
        )

    def more(text: str) -> None:
        log.add(text, None)

    tail_tcp = [
        "DB::executeQuery(String const&, std::shared_ptr<DB::Context>, DB::QueryFlags, DB::QueryProcessingStage::Enum)",
        "DB::TCPHandler::runImpl()",
        "DB::TCPHandler::run()",
        "Poco::Net::TCPServerConnection::start()",
        "Poco::Net::TCPServerDispatcher::run()",
        "Poco::PooledThread::run()",
        "Poco::ThreadImpl::runnableEntry(void*)",
        "start_thread",
    ]
    pipeline = [
        "DB::ExecutionThreadContext::executeTask()",
        "DB::PipelineExecutor::executeStepImpl(unsigned long, std::atomic<bool>*)",
        "DB::PipelineExecutor::executeImpl(unsigned long, bool)",
        "DB::PipelineExecutor::execute(unsigned long, bool)",
    ]
    alloc = [
        "DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool)",
        "DB::Exception::Exception<char const*, char const*, String, long&, String, char const*, std::basic_string_view<char, std::char_traits<char>>>(int, FormatStringHelperImpl<std::type_identity<char const*>::type, std::type_identity<char const*>::type, std::type_identity<String>::type, std::type_identity<long&>::type, std::type_identity<String>::type, std::type_identity<char const*>::type, std::type_identity<std::basic_string_view<char, std::char_traits<char>>>::type>, char const*&&, char const*&&, String&&, long&, String&&, char const*&&, std::basic_string_view<char, std::char_traits<char>>&&)",
        "MemoryTracker::allocImpl(long, bool, MemoryTracker*, double)",
        "MemoryTracker::allocImpl(long, bool, MemoryTracker*, double)",
        "CurrentMemoryTracker::alloc(long)",
        "Allocator<false, false>::realloc(void*, unsigned long, unsigned long, unsigned long)",
    ]
    # What each error's stack holds, from where ClickHouse throws it: the same every time.
    stacks = {
        "UNKNOWN_TABLE": [
            "DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool)",
            "DB::Exception::Exception<String, String>(int, FormatStringHelperImpl<std::type_identity<String>::type, std::type_identity<String>::type>, String&&, String&&)",
            "DB::DatabaseCatalog::getTableImpl(DB::StorageID const&, std::shared_ptr<DB::Context const>, std::optional<DB::Exception>*) const",
            "DB::DatabaseCatalog::getTable(DB::StorageID const&, std::shared_ptr<DB::Context const>) const",
            "DB::JoinedTables::getLeftTableStorage()",
            "DB::InterpreterSelectQuery::InterpreterSelectQuery(std::shared_ptr<DB::IAST> const&, std::shared_ptr<DB::Context> const&, std::optional<DB::Pipe>, std::shared_ptr<DB::IStorage> const&, DB::SelectQueryOptions const&, std::vector<String, std::allocator<String>> const&, std::shared_ptr<DB::StorageInMemoryMetadata const> const&, std::shared_ptr<DB::PreparedSets>)",
            "DB::InterpreterSelectWithUnionQuery::InterpreterSelectWithUnionQuery(std::shared_ptr<DB::IAST> const&, std::shared_ptr<DB::Context>, DB::SelectQueryOptions const&, std::vector<String, std::allocator<String>> const&)",
            "DB::InterpreterFactory::get(std::shared_ptr<DB::IAST>&, std::shared_ptr<DB::Context>, DB::SelectQueryOptions const&)",
            "DB::executeQueryImpl(char const*, char const*, std::shared_ptr<DB::Context>, DB::QueryFlags, DB::QueryProcessingStage::Enum, DB::ReadBuffer*)",
            *tail_tcp,
        ],
        "SYNTAX_ERROR": [
            "DB::Exception::createDeprecated(String const&, int, bool)",
            "DB::parseQueryAndMovePosition(DB::IParser&, char const*&, char const*, String const&, bool, unsigned long, unsigned long, unsigned long)",
            "DB::executeQueryImpl(char const*, char const*, std::shared_ptr<DB::Context>, DB::QueryFlags, DB::QueryProcessingStage::Enum, DB::ReadBuffer*)",
            *tail_tcp,
        ],
        "MEMORY_LIMIT_EXCEEDED": [
            *alloc,
            "DB::Aggregator::executeOnBlock(std::vector<COW<DB::IColumn>::immutable_ptr<DB::IColumn>, std::allocator<COW<DB::IColumn>::immutable_ptr<DB::IColumn>>>, unsigned long, unsigned long, DB::AggregatedDataVariants&, std::vector<DB::IColumn const*, std::allocator<DB::IColumn const*>>&, std::vector<std::vector<DB::IColumn const*, std::allocator<DB::IColumn const*>>, std::allocator<std::vector<DB::IColumn const*, std::allocator<DB::IColumn const*>>>>&, bool&) const",
            "DB::AggregatingTransform::consume(DB::Chunk)",
            "DB::AggregatingTransform::work()",
            *pipeline,
            "DB::PullingAsyncPipelineExecutor::pull(DB::Chunk&, unsigned long)",
            "DB::TCPHandler::processOrdinaryQuery()",
            *tail_tcp[1:],
        ],
        "CANNOT_PARSE_TEXT": [
            "DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool)",
            "DB::throwExceptionForIncompletelyParsedValue(DB::ReadBuffer&, DB::IDataType const&)",
            "DB::FunctionConvertFromString<DB::DataTypeNumber<unsigned short>, DB::NameToDate, (DB::ConvertFromStringExceptionMode)0, (DB::ConvertFromStringParsingMode)0>::executeImpl(std::vector<DB::ColumnWithTypeAndName, std::allocator<DB::ColumnWithTypeAndName>> const&, std::shared_ptr<DB::IDataType const> const&, unsigned long) const",
            "DB::IExecutableFunction::executeWithoutLowCardinalityColumns(std::vector<DB::ColumnWithTypeAndName, std::allocator<DB::ColumnWithTypeAndName>> const&, std::shared_ptr<DB::IDataType const> const&, unsigned long, bool) const",
            "DB::IExecutableFunction::execute(std::vector<DB::ColumnWithTypeAndName, std::allocator<DB::ColumnWithTypeAndName>> const&, std::shared_ptr<DB::IDataType const> const&, unsigned long, bool) const",
            "DB::ExpressionActions::execute(DB::Block&, unsigned long&, bool) const",
            "DB::ExpressionTransform::transform(DB::Chunk&)",
            "DB::ISimpleTransform::work()",
            *pipeline,
            "DB::PullingAsyncPipelineExecutor::pull(DB::Chunk&, unsigned long)",
            "DB::TCPHandler::processOrdinaryQuery()",
            *tail_tcp[1:],
        ],
        "MERGE": [
            *alloc,
            "DB::SerializationString::deserializeBinaryBulk(DB::IColumn&, DB::ReadBuffer&, unsigned long, double) const",
            "DB::MergeTreeReaderWide::readRows(unsigned long, unsigned long, bool, unsigned long, std::vector<COW<DB::IColumn>::immutable_ptr<DB::IColumn>, std::allocator<COW<DB::IColumn>::immutable_ptr<DB::IColumn>>>&)",
            "DB::MergeTreeSequentialSource::generate()",
            "DB::ISource::tryGenerate()",
            "DB::ISource::work()",
            *pipeline,
            "DB::MergeTask::ExecuteAndFinalizeHorizontalPart::executeImpl()",
            "DB::MergeTask::execute()",
            "DB::MergePlainMergeTreeTask::executeStep()",
            "DB::MergeTreeBackgroundExecutor<DB::DynamicRuntimeQueue>::threadFunction()",
            "ThreadPoolImpl<ThreadFromGlobalPoolImpl<false>>::worker(std::__list_iterator<ThreadFromGlobalPoolImpl<false>, void*>)",
            "void std::__function::__policy_invoker<void ()>::__call_impl<std::__function::__default_alloc_func<ThreadFromGlobalPoolImpl<false>::ThreadFromGlobalPoolImpl<void ThreadPoolImpl<ThreadFromGlobalPoolImpl<false>>::scheduleImpl<void>(std::function<void ()>, Priority, std::optional<unsigned long>, bool)::'lambda0'()>(void&&)::'lambda'(), void ()>>(std::__function::__policy_storage const*)",
            "ThreadPoolImpl<std::thread>::worker(std::__list_iterator<std::thread, void*>)",
            "void* std::__thread_proxy[abi:v15000]<std::tuple<std::unique_ptr<std::__thread_struct, std::default_delete<std::__thread_struct>>, void ThreadPoolImpl<std::thread>::scheduleImpl<void>(std::function<void ()>, Priority, std::optional<unsigned long>, bool)::'lambda0'()>>(void*)",
            "start_thread",
        ],
    }
    # A function's address is the same in every trace of one process (the binary is mapped
    # once).
    addresses: dict[str, int] = {}

    def stack(kind: str) -> None:
        frames = stacks[kind]
        for i, f in enumerate(frames):
            a = addresses.setdefault(f, r.randrange(0x7000000, 0x14000000))
            more(f"{i}. {f} @ 0x{a:016x}")
        more(
            f"{len(frames)}. ? @ 0x{addresses.setdefault('?', r.randrange(0x7F0000000000, 0x7FFFFFFFFFFF)):016x}"
        )

    def tname(t: tuple[str, str]) -> str:
        return f"{t[0]}.{t[1]} ({uuids[t]})"

    def start() -> None:
        pid[0] = r.randrange(700, 60000)
        emit("Information", "SentryWriter", "Sending crash reports is disabled", tid=pid[0])
        emit(
            "Information",
            "Application",
            "Starting ClickHouse %s (revision: %d, git hash: %s, build id: %s), PID %d",
            (ver, 54484, hexid(r, 40), hexid(r, 40).upper(), pid[0]),
            tid=pid[0],
        )
        emit("Information", "Application", "starting up", tid=pid[0])
        emit(
            "Information",
            "Application",
            "OS name: %s, version: %s, architecture: %s",
            ("Linux", "6.1.0-21-amd64", "x86_64"),
            tid=pid[0],
        )
        emit(
            "Information",
            "Application",
            "Available RAM: %s; physical cores: %d; logical cores: %d.",
            ("31.25 GiB", 8, 16),
            tid=pid[0],
        )
        emit(
            "Information",
            "Application",
            "Setting max_server_memory_usage was set to %s (%s available * %s max_server_memory_usage_to_ram_ratio)",
            ("28.12 GiB", "31.25 GiB", "0.90"),
            tid=pid[0],
        )
        emit(
            "Information",
            "Application",
            "Lowered uncompressed cache size to %s because the system has limited RAM",
            ("15.62 GiB",),
            tid=pid[0],
        )
        emit(
            "Information",
            "Application",
            "Loading metadata from %s",
            ("/var/lib/clickhouse/",),
            tid=pid[0],
        )
        for t in CH_TABLES:
            if t[0] != "system":
                emit("Information", tname(t), "Loading data parts", tid=pid[0] + 20)
                emit(
                    "Information",
                    tname(t),
                    "Loaded data parts (%d items)",
                    (r.randrange(4, 60),),
                    tid=pid[0] + 20,
                )
        emit(
            "Information",
            "DatabaseAtomic (default)",
            "Metadata processed, database default has %d tables and %d dictionaries in total.",
            (2, 0),
            tid=pid[0],
        )
        emit(
            "Information",
            "DatabaseAtomic (analytics)",
            "Metadata processed, database analytics has %d tables and %d dictionaries in total.",
            (2, 0),
            tid=pid[0],
            label="Metadata processed, database %s has %d tables and %d dictionaries in total.",
        )
        emit(
            "Information",
            "TablesLoader",
            "Parsed metadata of %d tables in %d databases in %s sec",
            (4, 2, f"{r.uniform(0.001, 0.02):.6f}"),
            tid=pid[0],
        )
        for port, what in [
            (8123, "http://[::]:8123"),
            (9000, "native protocol (tcp): [::]:9000"),
            (9004, "MySQL compatibility protocol: [::]:9004"),
        ]:
            if port == 8123:
                emit("Information", "Application", "Listening for %s", (what,), tid=pid[0])
            else:
                emit("Information", "Application", "Listening for %s", (what,), tid=pid[0])
        emit("Information", "Application", "Ready for connections.", tid=pid[0])

    def query(err: bool = False) -> None:
        qid = uuid4(r)
        user = r.choice(CH_USERS)
        peer = f"10.0.{r.randrange(1, 4)}.{r.randrange(2, 80)}:{r.randrange(30000, 65000)}"
        tid_ = r.randrange(pid[0] + 1, pid[0] + 400)
        if r.random() < 0.5:
            emit(
                "Debug",
                "TCPHandler",
                "Connected %s version %d.%d.%d, revision: %d, database: %s, user: %s.",
                ("ClickHouse client", 24, 3, 0, 54466, "default", user),
                tid=tid_,
            )
        q = r.choice(CH_QUERIES)
        if err:
            q = pick(
                r,
                [
                    (3, "SELECT * FROM default.events_tmp LIMIT 10"),
                    (2, "SELECT count() FORM default.events"),
                    (
                        2,
                        "SELECT user_id, sum(amount) FROM default.events GROUP BY user_id ORDER BY 2 DESC",
                    ),
                    (1, "SELECT toDate(payload) FROM default.events LIMIT 1"),
                ],
            )
        emit(
            "Debug",
            "executeQuery",
            "(from %s, user: %s) %s (stage: %s)",
            (peer, user, q, "Complete"),
            q=qid,
            tid=tid_,
        )
        if not err:
            if q.startswith("INSERT"):
                rows = r.randrange(1000, 200000)
                t = CH_TABLES[2] if "page_views" in q else CH_TABLES[0]
                parts[t][0] += 1
                emit(
                    "Debug",
                    tname(t),
                    "Wrote block with ID '%s', %d rows",
                    (f"202406_{hexid(r, 16)}_{hexid(r, 16)}", rows),
                    q=qid,
                    tid=tid_,
                )
                emit(
                    "Debug",
                    "DiskLocal",
                    "Reserved %s on local disk `default`, having unreserved %s.",
                    (f"{r.uniform(0.1, 30):.2f} MiB", f"{r.uniform(300, 420):.2f} GiB"),
                    q=qid,
                    tid=tid_,
                )
                emit(
                    "Information",
                    "executeQuery",
                    "Read %d rows, %s in %s sec., %d rows/sec., %s/sec.",
                    (
                        rows,
                        f"{rows * 0.05:.2f} KiB",
                        f"{r.uniform(0.01, 2):.6f}",
                        r.randrange(100000, 900000),
                        f"{r.uniform(1, 90):.2f} MiB",
                    ),
                    q=qid,
                    tid=tid_,
                )
            else:
                emit(
                    "Information",
                    "executeQuery",
                    "Read %d rows, %s in %s sec., %d rows/sec., %s/sec.",
                    (
                        r.randrange(1, 9000000),
                        f"{r.uniform(1, 900):.2f} MiB",
                        f"{r.uniform(0.001, 5):.6f}",
                        r.randrange(100000, 90000000),
                        f"{r.uniform(1, 900):.2f} MiB",
                    ),
                    q=qid,
                    tid=tid_,
                )
            emit(
                "Debug",
                "MemoryTracker",
                "Peak memory usage (for query): %s.",
                (f"{r.uniform(0.1, 900):.2f} MiB",),
                q=qid,
                tid=tid_,
            )
            emit(
                "Debug",
                "TCPHandler",
                "Processed in %s sec.",
                (f"{r.uniform(0.001, 5):.6f}",),
                q=qid,
                tid=tid_,
            )
            return
        if "events_tmp" in q:
            msg, lab = (
                "Code: 60. DB::Exception: Table default.events_tmp does not exist. (UNKNOWN_TABLE)",
                "Code: %d. DB::Exception: Table %s does not exist. (%s) (version %s) (from %s) (in query: %s)",
            )
        elif "FORM" in q:
            msg, lab = (
                "Code: 62. DB::Exception: Syntax error: failed at position 16 ('FORM') (line 1, col 16): FORM default.events. Expected one of: token, Comma, FROM, PREWHERE, WHERE, GROUP BY, WITH, HAVING, WINDOW, ORDER BY, LIMIT, OFFSET, SETTINGS, UNION, EXCEPT, INTERSECT, INTO OUTFILE, FORMAT, end of query. (SYNTAX_ERROR)",
                "Code: %d. DB::Exception: Syntax error: failed at position %d ('%s') (line %d, col %d): %s. Expected one of: %s. (%s) (version %s) (from %s) (in query: %s)",
            )
        elif "sum(amount)" in q:
            msg, lab = (
                f"Code: 241. DB::Exception: Memory limit (for query) exceeded: would use {r.uniform(9.3, 9.4):.2f} GiB (attempt to allocate chunk of {r.choice([4194304, 8388608, 16777216])} bytes), maximum: 9.31 GiB.: While executing AggregatingTransform. (MEMORY_LIMIT_EXCEEDED)",
                "Code: %d. DB::Exception: Memory limit (for query) exceeded: would use %s (attempt to allocate chunk of %d bytes), maximum: %s.: While executing %s. (%s) (version %s) (from %s) (in query: %s)",
            )
        else:
            msg, lab = (
                "Code: 6. DB::Exception: Cannot parse string '{\"k\":1}' as Date: syntax error at position 0 (parsed just ''): while executing 'FUNCTION toDate(payload :: 0) -> toDate(payload) Date : 1'. (CANNOT_PARSE_TEXT)",
                "Code: %d. DB::Exception: Cannot parse string '%s' as %s: syntax error at position %d (parsed just '%s'): while executing '%s'. (%s) (version %s) (from %s) (in query: %s)",
            )
        emit(
            "Error",
            "executeQuery",
            "%s (version %s (official build)) (from %s) (in query: %s)",
            (msg, ver, peer, q),
            q=qid,
            tid=tid_,
            label=lab,
        )
        emit(
            "Error",
            "TCPHandler",
            "%s Stack trace:",
            (msg.replace("Code: ", "Code: ", 1),),
            q=qid,
            tid=tid_,
            label=lab.split(" (version")[0] + " Stack trace:",
        )
        more("")
        stack(msg.rsplit("(", 1)[1].rstrip(")"))

    def merge() -> None:
        t = r.choice(
            [x for x in CH_TABLES if x[1] in ("events", "page_views", "query_log", "metric_log")]
        )
        n = r.randrange(2, 9)
        a, b = r.randrange(1, 3000), r.randrange(3000, 6000)
        emit(
            "Debug",
            f"{tname(t)} (MergerMutator)",
            "Selected %d parts from %s to %s",
            (n, f"202406_{a}_{a + 5}_1", f"202406_{b}_{b}_0"),
            tid=r.randrange(pid[0] + 100, pid[0] + 140),
        )
        emit(
            "Debug",
            "DiskLocal",
            "Reserved %s on local disk `default`, having unreserved %s.",
            (f"{r.uniform(0.1, 300):.2f} MiB", f"{r.uniform(300, 420):.2f} GiB"),
        )
        emit(
            "Debug",
            "MergeTask::PrepareStage",
            "Merging %d parts: from %s to %s into %s with storage %s",
            (n, f"202406_{a}_{a + 5}_1", f"202406_{b}_{b}_0", "Wide", "Full"),
        )
        emit(
            "Debug",
            "MergeTask::MergeProjectionsStage",
            "Merge sorted %d rows, containing %d columns (%d merged, %d gathered) in %s sec., %s rows/sec., %s/sec.",
            (
                r.randrange(1000, 9000000),
                12,
                12,
                0,
                f"{r.uniform(0.01, 9):.9f}",
                f"{r.uniform(1e5, 9e6):.2f}",
                f"{r.uniform(1, 300):.2f} MiB",
            ),
        )
        if r.random() < 0.4:
            emit(
                "Debug",
                tname(t),
                "Removing %d parts from filesystem (serially): Parts: [%s]",
                (n, ", ".join(f"202406_{a + i}_{a + i}_0" for i in range(n))),
            )

    def flush() -> None:
        t = r.choice([x for x in CH_TABLES if x[0] == "system"])
        off = r.randrange(1000, 900000)
        emit(
            "Information",
            f"SystemLog ({t[0]}.{t[1]})",
            "Flushing system log, %d entries to flush up to offset %d",
            (r.randrange(1, 3000), off),
        )
        emit(
            "Information",
            f"SystemLog ({t[0]}.{t[1]})",
            "Flushed system log up to offset %d",
            (off,),
        )

    def oom_merge() -> None:
        t = CH_TABLES[0]
        emit(
            "Error",
            "MergeTreeBackgroundExecutor",
            "Exception while executing background task {%s::%s}: Code: 241. DB::Exception: Memory limit (total) exceeded: would use %s (attempt to allocate chunk of %d bytes), maximum: %s. OvercommitTracker decision: Query was selected to stop by OvercommitTracker.: (while reading column payload): (while reading from part %s in table %s located on disk default of type local, from mark 0 with max_rows_to_read = 8192): While executing MergeTreeSequentialSource. (MEMORY_LIMIT_EXCEEDED), Stack trace (when copying this message, always include the lines below):",
            (
                uuids[t],
                "202406_1_2311_7",
                f"{r.uniform(28.1, 28.2):.2f} GiB",
                4194304,
                "28.12 GiB",
                f"/var/lib/clickhouse/store/{uuids[t][:3]}/{uuids[t]}/202406_1_2311_7/",
                "default.events",
            ),
            label="Exception while executing background task {%s}: Code: %d. DB::Exception: Memory limit (total) exceeded: would use %s (attempt to allocate chunk of %d bytes), maximum: %s. OvercommitTracker decision: %s.: (while reading column %s): (while reading from part %s in table %s located on disk %s of type %s, from mark %d with max_rows_to_read = %d): While executing %s. (%s), Stack trace (when copying this message, always include the lines below):",
        )
        more("")
        stack("MERGE")

    def zk() -> None:
        emit(
            "Warning",
            "default.sessions (ReplicatedMergeTreeRestartingThread)",
            "ZooKeeper session has expired. Switching to a new session.",
        )
        emit(
            "Information",
            "ZooKeeperClient",
            "Connected to ZooKeeper at %s with session_id %d",
            (f"10.0.0.{r.randrange(11, 14)}:2181", r.randrange(10**16, 10**17)),
        )
        emit(
            "Information",
            "default.sessions (ReplicatedMergeTreeRestartingThread)",
            "Table activated successfully",
        )

    def net_err() -> None:
        peer = f"10.0.{r.randrange(1, 4)}.{r.randrange(2, 80)}:{r.randrange(30000, 65000)}"
        msg, lab = pick(
            r,
            [
                (
                    3,
                    (
                        f"Code: 210. DB::NetException: Connection reset by peer, while reading from socket (peer: {peer}, local: 10.0.0.21:9000). (NETWORK_ERROR)",
                        "Code: %d. DB::NetException: Connection reset by peer, while reading from socket (peer: %s, local: %s). (%s) (version %s)",
                    ),
                ),
                (
                    1,
                    (
                        f"Code: 209. DB::NetException: Timeout exceeded while writing to socket (peer: {peer}, local: 10.0.0.21:9000, {r.randrange(300000, 310000)} ms). (SOCKET_TIMEOUT)",
                        "Code: %d. DB::NetException: Timeout exceeded while writing to socket (peer: %s, local: %s, %d ms). (%s) (version %s)",
                    ),
                ),
            ],
        )
        emit(
            "Error", "ServerErrorHandler", "%s (version %s (official build))", (msg, ver), label=lab
        )

    def stop() -> None:
        emit(
            "Information",
            "Application",
            "Received termination signal (%s)",
            ("Terminated",),
            tid=pid[0] + 2,
        )
        emit("Debug", "Application", "Received termination signal.", tid=pid[0])
        emit("Debug", "Application", "Waiting for current connections to close.", tid=pid[0])
        emit(
            "Information",
            "Application",
            "Closed all listening sockets. Waiting for %d outstanding connections.",
            (r.randrange(1, 6),),
            tid=pid[0],
        )
        emit(
            "Information",
            "Application",
            "Closed connections. But %d remain. Tip: To increase wait time add to config: <shutdown_wait_unfinished>60</shutdown_wait_unfinished>",
            (r.randrange(1, 3),),
            tid=pid[0],
        )
        emit("Information", "Application", "Will shutdown forcefully.", tid=pid[0])

    start()
    for hour in range(30):
        for _ in range(r.randrange(10, 30)):
            x = r.random()
            if x < 0.55:
                query()
            elif x < 0.62:
                query(err=True)
            elif x < 0.80:
                merge()
            elif x < 0.93:
                flush()
            else:
                net_err()
            log.tick(r, 5, 150)
        if hour in (9, 22):
            oom_merge()
        if hour in (5, 17, 26):
            zk()
        if hour == 14:
            stop()
            log.tick(r, 5, 20)
            start()
    return [log]


# ----------------------------------------------------------------------------------- zabbix

ZBX_HOSTS = [
    "web01",
    "web02",
    "db01",
    "db02",
    "cache01",
    "mq01",
    "lb01",
    "backup01",
    "switch-core",
    "ups-rack3",
]
ZBX_ITEMS = [
    "system.cpu.load[all,avg1]",
    "vfs.fs.size[/,pfree]",
    "vfs.fs.size[/var/lib/mysql,pfree]",
    "net.if.in[eth0]",
    "proc.num[nginx]",
    "mysql.ping",
    "web.page.get[localhost,/status,80]",
    "system.swap.size[,pfree]",
    'vfs.file.regmatch[/var/log/syslog,"error"]',
]


def zabbix(r: random.Random) -> list[Log]:
    """Zabbix 6.4's zabbix_server.log and one host's zabbix_agentd.log (`%6d:%Y%m%d:%H%M%S.%03d
    msg`: the writing process's pid, padded to six): the server's start-up (its process list,
    `server #N started [poller #M]`), items and triggers becoming (not) supported with the
    reason, agents becoming unreachable and available again, active checks from hosts the server
    does not know, housekeeping, configuration syncs, slow queries, the database going away
    and back, a stop; the agent's start-up banner and its active check configuration failing
    while the server is down."""
    srv = Log("zabbix_server.log", datetime(2024, 6, 10, 6, 0, 1, 223000, tzinfo=UTC))
    agent = Log("zabbix_agentd.log", datetime(2024, 6, 10, 6, 0, 4, 12000, tzinfo=UTC))
    procs: dict[str, int] = {}

    def emit(
        log: Log,
        p: int,
        fmt: str,
        args: tuple = (),
        label: str | None = None,
        lo: float = 0.001,
        hi: float = 0.4,
    ) -> None:
        log.tick(r, lo, hi)
        t = log.t
        log.add(
            f"{p:6d}:{t:%Y%m%d:%H%M%S}.{t.microsecond // 1000:03d} {fmt % args if args else fmt}",
            label or fmt,
        )

    def sproc(name: str) -> int:
        return procs.get(name) or procs.setdefault(name, r.randrange(1000, 9000))

    def srv_start() -> None:
        procs.clear()
        main = sproc("main")
        emit(
            srv, main, "Starting Zabbix Server. Zabbix %s (revision %s).", ("6.4.12", "3a9e5c1e7b0")
        )
        emit(srv, main, "****** Enabled features ******")
        for feat, on in [
            ("SNMP monitoring", "YES"),
            ("IPMI monitoring", "YES"),
            ("Web monitoring", "YES"),
            ("VMware monitoring", "YES"),
            ("SMTP authentication", "YES"),
            ("ODBC", "YES"),
            ("SSH support", "YES"),
            ("IPv6 support", "YES"),
            ("TLS support", "YES"),
        ]:
            emit(srv, main, f"{feat + ':':<26} %s", (on,))
        emit(srv, main, "******************************")
        emit(srv, main, "using configuration file: %s", ("/etc/zabbix/zabbix_server.conf",))
        emit(
            srv,
            main,
            "current database version (mandatory/optional): %08d/%08d",
            (6040000, 6040029),
        )
        emit(srv, main, "required mandatory version: %08d", (6040000,))
        emit(srv, main, "starting HA manager")
        emit(srv, main, "HA manager started in active mode")
        n = 1
        for kind, cnt in [
            ("ha manager", 1),
            ("service manager", 1),
            ("configuration syncer", 1),
            ("alert manager", 1),
            ("alerter", 3),
            ("preprocessing manager", 1),
            ("lld manager", 1),
            ("housekeeper", 1),
            ("timer", 1),
            ("http poller", 1),
            ("discoverer", 1),
            ("history syncer", 4),
            ("escalator", 1),
            ("proxy poller", 1),
            ("self-monitoring", 1),
            ("task manager", 1),
            ("poller", 5),
            ("unreachable poller", 1),
            ("trapper", 5),
            ("icmp pinger", 1),
        ]:
            for i in range(1, cnt + 1):
                pid = sproc(f"{kind} #{i}")
                emit(srv, pid, "server #%d started [%s #%d]", (n, kind, i))
                n += 1

    def srv_stop() -> None:
        main = sproc("main")
        emit(
            srv,
            main,
            "Got signal [signal:%d(%s),sender_pid:%d,sender_uid:%d,reason:%d]. Exiting ...",
            (15, "SIGTERM", 1, 0, 0),
        )
        emit(srv, sproc("ha manager #1"), "HA manager has been paused")
        emit(srv, sproc("ha manager #1"), "HA manager has been stopped")
        emit(srv, main, "syncing history data...")
        emit(
            srv,
            main,
            "syncing history data... %s%%",
            ("100.000000",),
            label="syncing history data... %f%%",
        )
        emit(srv, main, "syncing history data done")
        emit(srv, main, "syncing trend data...")
        emit(srv, main, "syncing trend data done")
        emit(
            srv, main, "Zabbix Server stopped. Zabbix %s (revision %s).", ("6.4.12", "3a9e5c1e7b0")
        )

    def agent_start() -> None:
        main = r.randrange(500, 900)
        emit(
            agent,
            main,
            "Starting Zabbix Agent [%s]. Zabbix %s (revision %s).",
            ("web01", "6.4.12", "3a9e5c1e7b0"),
        )
        emit(agent, main, "**** Enabled features ****")
        emit(agent, main, "IPv6 support:          %s", ("YES",))
        emit(agent, main, "TLS support:           %s", ("YES",))
        emit(agent, main, "**************************")
        emit(agent, main, "using configuration file: %s", ("/etc/zabbix/zabbix_agentd.conf",))
        emit(agent, main, "agent #0 started [main process]")
        for i, k in enumerate(
            ["collector", "listener #1", "listener #2", "listener #3", "active checks #1"], 1
        ):
            emit(agent, main + i, "agent #%d started [%s]", (i, k))
        return main

    reasons = [
        (
            4,
            (
                'Cannot evaluate function: item "%s" has unsupported value type',
                'Cannot evaluate function: item "%s" has unsupported value type',
            ),
        ),
        (
            3,
            (
                'Value of type "string" is not suitable for value type "Numeric (float)". Value "n/a"',
                'Value of type "%s" is not suitable for value type "%s". Value "%s"',
            ),
        ),
        (
            3,
            (
                "Cannot obtain filesystem information: [2] No such file or directory",
                "Cannot obtain filesystem information: [%d] %s",
            ),
        ),
        (2, ("Unsupported item key.", "Unsupported item key.")),
        (
            2,
            (
                'Cannot find the "data" array in the received JSON object.',
                'Cannot find the "%s" array in the received JSON object.',
            ),
        ),
    ]

    def item_unsup() -> None:
        h, it = r.choice(ZBX_HOSTS[:8]), r.choice(ZBX_ITEMS)
        text, lab = pick(r, reasons)
        if "%s" in text:
            text = text % f"{h}:{it}"
        emit(
            srv,
            sproc(f"history syncer #{r.randrange(1, 5)}")
            if r.random() < 0.2
            else sproc(f"poller #{r.randrange(1, 6)}"),
            'item "%s:%s" became not supported: %s',
            (h, it, text),
            label='item "%s:%s" became not supported: ' + lab,
        )
        if r.random() < 0.5:
            srv.tick(r, 60, 3000)
            emit(
                srv, sproc(f"poller #{r.randrange(1, 6)}"), 'item "%s:%s" became supported', (h, it)
            )

    def trig() -> None:
        h = r.choice(ZBX_HOSTS)
        exp = r.choice(
            [
                f"last(/{h}/system.cpu.load[all,avg1])>5",
                f"nodata(/{h}/agent.ping,5m)=1",
                f"avg(/{h}/net.if.in[eth0],5m)>100M",
            ]
        )
        why, lab = pick(
            r,
            [
                (
                    3,
                    (
                        "Cannot evaluate function: not enough data.",
                        "Cannot evaluate function: not enough data.",
                    ),
                ),
                (
                    1,
                    (
                        f'Cannot evaluate function: item "/{h}/system.cpu.load[all,avg1]" does not exist.',
                        'Cannot evaluate function: item "%s" does not exist.',
                    ),
                ),
            ],
        )
        emit(
            srv,
            sproc(f"history syncer #{r.randrange(1, 5)}"),
            'trigger expression "%s" became not supported: %s',
            (exp, why),
            label='trigger expression "%s" became not supported: ' + lab,
        )

    def unreach(h: str) -> None:
        it = r.choice(ZBX_ITEMS[:6])
        p = sproc(f"poller #{r.randrange(1, 6)}")
        up = sproc("unreachable poller #1")
        snmp = h in ("switch-core", "ups-rack3")
        kind = "SNMP agent" if snmp else "Zabbix agent"
        if snmp:
            it = r.choice(["ifInOctets[Gi1/0/1]", "ifOperStatus[Gi1/0/24]", "upsBatteryCapacity"])
        emit(
            srv,
            p,
            '%s item "%s" on host "%s" failed: first network error, wait for %d seconds',
            (kind, it, h, 15),
            label='%s item "%s" on host "%s" failed: first network error, wait for %d seconds',
        )
        srv.tick(r, 15, 16)
        for _ in range(r.randrange(0, 3)):
            emit(
                srv,
                up,
                '%s item "%s" on host "%s" failed: another network error, wait for %d seconds',
                (kind, r.choice(ZBX_ITEMS[:6]) if not snmp else it, h, 15),
            )
            srv.tick(r, 15, 16)
        emit(
            srv,
            up,
            'temporarily disabling %s checks on host "%s": interface unavailable',
            (kind, h),
        )
        srv.tick(r, 60, 900)
        emit(srv, up, 'resuming %s checks on host "%s": connection restored', (kind, h))

    def unknown_active() -> None:
        h = r.choice(["web03", "test-vm", "ip-10-0-7-21", "laptop-anna", "k8s-node-4"])
        ip = f"10.0.{r.randrange(1, 8)}.{r.randrange(2, 250)}"
        emit(
            srv,
            sproc(f"trapper #{r.randrange(1, 6)}"),
            'cannot send list of active checks to "%s": host [%s] not found',
            (ip, h),
        )

    def housekeeper() -> None:
        p = sproc("housekeeper #1")
        emit(srv, p, "executing housekeeper")
        emit(
            srv,
            p,
            "housekeeper [deleted %d hist/trends, %d items/triggers, %d events, %d problems, %d sessions, %d alarms, %d audit, %d autoreg_host, %d records in %s sec, idle for %d hour(s)]",
            (
                r.randrange(0, 900000),
                r.randrange(0, 20),
                r.randrange(0, 300),
                r.randrange(0, 100),
                r.randrange(0, 5),
                r.randrange(0, 50),
                r.randrange(0, 200),
                0,
                0,
                f"{r.uniform(0.1, 40):.6f}",
                1,
            ),
            label="housekeeper [deleted %d hist/trends, %d items/triggers, %d events, %d problems, %d sessions, %d alarms, %d audit, %d autoreg_host, %d records in %f sec, idle for %d hour(s)]",
        )

    def slow() -> None:
        q = r.choice(
            [
                "select clock,ns,value from history_uint where itemid=%d and clock>%d and clock<=%d",
                "delete from history where itemid=%d and clock<%d",
                "select eventid,source,object,objectid,clock,value,acknowledged,ns,name,severity from events where eventid=%d",
            ]
        )
        args = tuple(
            r.randrange(10000, 90000) if i == 0 else r.randrange(1717990000, 1718100000)
            for i in range(q.count("%d"))
        )
        emit(
            srv,
            sproc(r.choice(["history syncer #2", "housekeeper #1", "escalator #1"])),
            'slow query: %s sec, "%s"',
            (f"{r.uniform(3, 40):.6f}", q % args),
            label='slow query: %f sec, "%s"',
        )

    def accept_fail() -> None:
        ip = pub_ip(r)
        text, lab = pick(
            r,
            [
                (
                    3,
                    (
                        f"from {ip}: reading first byte from connection failed: [104] Connection reset by peer",
                        "from %s: reading first byte from connection failed: [%d] %s",
                    ),
                ),
                (
                    2,
                    (
                        f'from {ip}: TLS handshake returned error code 1: file ssl/record/ssl3_record.c line 354: error:0A00010B:SSL routines::wrong version number: TLS write fatal alert "protocol version"',
                        "from %s: TLS handshake returned error code %d: file %s line %d: %s: TLS write fatal alert %s",
                    ),
                ),
                (
                    2,
                    (
                        f'connection from "{ip}" rejected, allowed hosts: "127.0.0.1,10.0.0.0/16"',
                        'connection from "%s" rejected, allowed hosts: "%s"',
                    ),
                ),
            ],
        )
        emit(
            srv,
            sproc(f"trapper #{r.randrange(1, 6)}"),
            "failed to accept an incoming connection: %s",
            (text,),
            label="failed to accept an incoming connection: " + lab,
        )

    def db_down() -> None:
        p = sproc(f"history syncer #{r.randrange(1, 5)}")
        emit(
            srv,
            p,
            "[Z3001] connection to database '%s' failed: [%d] %s",
            (
                "zabbix",
                2002,
                "Can't connect to local MySQL server through socket '/run/mysqld/mysqld.sock' (111)",
            ),
        )
        emit(srv, p, "database is down: reconnecting in %d seconds", (10,))
        for _ in range(r.randrange(1, 5)):
            q = sproc(
                r.choice(
                    [
                        "configuration syncer #1",
                        "timer #1",
                        "escalator #1",
                        f"poller #{r.randrange(1, 6)}",
                    ]
                )
            )
            emit(
                srv,
                q,
                "[Z3001] connection to database '%s' failed: [%d] %s",
                (
                    "zabbix",
                    2002,
                    "Can't connect to local MySQL server through socket '/run/mysqld/mysqld.sock' (111)",
                ),
            )
            emit(srv, q, "database is down: reconnecting in %d seconds", (10,))
        srv.tick(r, 20, 60)
        emit(srv, p, "database connection re-established")

    def agent_traffic(main: int, down: bool) -> None:
        act = main + 5
        if down:
            emit(
                agent,
                act,
                "active check configuration update from [%s:%d] started to fail (%s)",
                (
                    "zabbix.example.net",
                    10051,
                    "cannot connect to [[zabbix.example.net]:10051]: [111] Connection refused",
                ),
                label="active check configuration update from [%s:%d] started to fail (cannot connect to [[%s]:%d]: [%d] %s)",
                lo=1,
                hi=60,
            )
            emit(
                agent,
                act,
                "active check data upload to [%s:%d] started to fail (%s)",
                (
                    "zabbix.example.net",
                    10051,
                    "cannot connect to [[zabbix.example.net]:10051]: [111] Connection refused",
                ),
                label="active check data upload to [%s:%d] started to fail (cannot connect to [[%s]:%d]: [%d] %s)",
                lo=1,
                hi=60,
            )
        else:
            emit(
                agent,
                act,
                "active check configuration update from [%s:%d] is working again",
                ("zabbix.example.net", 10051),
                lo=1,
                hi=60,
            )
            emit(
                agent,
                act,
                "active check data upload to [%s:%d] is working again",
                ("zabbix.example.net", 10051),
                lo=1,
                hi=60,
            )

    def agent_misc(main: int) -> None:
        x = r.random()
        if x < 0.5:
            emit(
                agent,
                main + r.randrange(2, 5),
                'failed to accept an incoming connection: connection from "%s" rejected, allowed hosts: "%s"',
                (f"10.0.{r.randrange(1, 8)}.{r.randrange(2, 250)}", "10.0.0.5"),
                lo=60,
                hi=1800,
            )
        elif x < 0.8:
            emit(
                agent,
                main + 5,
                "no active checks on server [%s:%d]: host [%s] not monitored",
                ("zabbix.example.net", 10051, "web01"),
                lo=60,
                hi=1800,
            )
        else:
            emit(
                agent,
                main + 1,
                "cannot get process information: %s",
                (r.choice(["[13] Permission denied", "[2] No such file or directory"]),),
                label="cannot get process information: [%d] %s",
                lo=60,
                hi=1800,
            )

    srv_start()
    amain = agent_start()
    for hour in range(60):
        for _ in range(r.randrange(10, 40)):
            x = r.random()
            if x < 0.26:
                item_unsup()
            elif x < 0.34:
                trig()
            elif x < 0.45:
                unreach(r.choice(ZBX_HOSTS))
            elif x < 0.78:
                unknown_active()
            elif x < 0.86:
                slow()
            else:
                accept_fail()
            srv.tick(r, 2, 120)
        if hour % 12 == 3:
            housekeeper()
        if hour % 4 == 0:
            emit(
                srv, sproc("configuration syncer #1"), "forced reloading of the configuration cache"
            )
        if hour in (13, 41):
            db_down()
        if hour == 30:
            srv_stop()
            if agent.t < srv.t:
                agent.t = srv.t
            agent_traffic(amain, True)
            srv.tick(r, 120, 300)
            srv_start()
            if agent.t < srv.t:
                agent.t = srv.t
            agent_traffic(amain, False)
        while agent.t < srv.t:
            agent_misc(amain)
    return [srv, agent]


# ------------------------------------------------------------------------------------- bind

BIND_ZONES = ["example.net", "corp.example.net", "10.in-addr.arpa"]
BIND_NAMES = [
    "www.example.net",
    "mail.example.net",
    "vpn.corp.example.net",
    "intranet.corp.example.net",
    "ldap.corp.example.net",
    "api.github.com",
    "update.microsoft.com",
    "www.google.com",
    "ocsp.digicert.com",
    "pool.ntp.org",
    "debian.map.fastlydns.net",
    "outlook.office365.com",
]
BIND_LAME = [
    ("ns1.broken-dns.example", "192.0.2.53"),
    ("dns.oldcorp.example", "198.51.100.20"),
    ("ns2.parked.example", "203.0.113.44"),
]


def bind(r: random.Random) -> list[Log]:
    """BIND 9.18's named log on a corporate resolver that also serves two zones (`named.log`,
    one channel with `print-time yes; print-category yes; print-severity yes;` and `severity
    info`, the query log on): `dd-Mmm-yyyy time category: severity: msg`; queries (`client @0x...
    ip#port (name): query: name IN TYPE +flags (server)`), denied queries and updates, lame
    servers and resolver errors, DNSSEC validation failures, zone transfers out to the
    secondary with their statistics, NOTIFYs, rndc reloads and stats, rate-limited responses,
    the managed keys zone, a restart. The `client @0x... ip#port (name): ` before a client's
    message is the logger's (ns_client_log's), not the statement's: labels leave it out."""
    log = Log("named.log", datetime(2024, 6, 11, 6, 25, 1, 88000, tzinfo=UTC))
    serial = {z: 2024061101 + i for i, z in enumerate(BIND_ZONES)}

    def emit(
        cat: str,
        sev: str,
        fmt: str,
        args: tuple = (),
        *,
        client: str | None = None,
        label: str | None = None,
        lo: float = 0.001,
        hi: float = 2.0,
    ) -> None:
        log.tick(r, lo, hi)
        t = log.t
        pre = ""
        if client is not None:
            ip = client or f"10.{r.choice([0, 1, 2])}.{r.randrange(1, 40)}.{r.randrange(2, 250)}"
            pre = f"client @0x7f{hexid(r, 10)} {ip}#{r.randrange(1024, 65535)}"
            pre += f" ({args[0] if args else 'x'}): "
        log.add(
            f"{t:%d-%b-%Y %H:%M:%S}.{t.microsecond // 1000:03d} {cat}: {sev}: {pre}{fmt % args if args else fmt}",
            label or fmt,
        )

    def cemit(cat: str, sev: str, fmt: str, name: str, args: tuple, ip: str = "", **kw) -> None:
        log.tick(r, 0.001, 2.0)
        t = log.t
        ip = ip or f"10.{r.choice([0, 1, 2])}.{r.randrange(1, 40)}.{r.randrange(2, 250)}"
        pre = f"client @0x7f{hexid(r, 10)} {ip}#{r.randrange(1024, 65535)} ({name}): "
        log.add(
            f"{t:%d-%b-%Y %H:%M:%S}.{t.microsecond // 1000:03d} {cat}: {sev}: {pre}{fmt % args}",
            kw.get("label") or fmt,
        )

    def start() -> None:
        emit(
            "general",
            "notice",
            "starting BIND %s (Extended Support Version) <id:%s>",
            ("9.18.24-1-Debian", "1c6fc9a"),
        )
        emit(
            "general",
            "notice",
            "running on Linux x86_64 6.1.0-21-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.90-1 (2024-05-03)",
            label="running on %s",
        )
        emit(
            "general",
            "notice",
            "built with  '--build=x86_64-linux-gnu' '--prefix=/usr' '--sysconfdir=/etc/bind' '--with-openssl=/usr' '--enable-dnstap'",
            label="built with %s",
        )
        emit("general", "notice", "running as: named -f -u bind", label="running as: %s")
        emit("general", "notice", "compiled by GCC 12.2.0")
        emit(
            "general",
            "notice",
            "compiled with OpenSSL version: OpenSSL 3.0.11 19 Sep 2023",
            label="compiled with OpenSSL version: %s",
        )
        emit(
            "general",
            "notice",
            "linked to OpenSSL version: OpenSSL 3.0.13 30 Jan 2024",
            label="linked to OpenSSL version: %s",
        )
        emit("general", "info", "found %d CPUs, using %d worker threads", (4, 4))
        emit("general", "info", "using %d UDP listeners per interface", (4,))
        emit("config", "info", "loading configuration from '%s'", ("/etc/bind/named.conf",))
        emit("network", "info", "listening on IPv4 interface %s, %s#%d", ("lo", "127.0.0.1", 53))
        emit("network", "info", "listening on IPv4 interface %s, %s#%d", ("eth0", "10.0.0.53", 53))
        emit("network", "info", "listening on IPv6 interface %s, %s#%d", ("lo", "::1", 53))
        emit("general", "info", "managed-keys-zone: loaded serial %d", (r.randrange(10, 90),))
        for z in BIND_ZONES:
            emit("general", "info", "zone %s/IN: loaded serial %d", (z, serial[z]))
        emit("general", "notice", "all zones loaded")
        emit("general", "notice", "running")
        for z in BIND_ZONES[:2]:
            emit("notify", "info", "zone %s/IN: sending notifies (serial %d)", (z, serial[z]))
        emit("resolver", "info", "resolver priming query complete: success")

    def stop() -> None:
        emit(
            "general",
            "info",
            "received control channel command 'stop'",
            label="received control channel command '%s'",
        )
        emit("general", "info", "shutting down: flushing changes")
        emit("general", "info", "stopping command channel on %s#%d", ("127.0.0.1", 953))
        emit("network", "info", "no longer listening on %s#%d", ("127.0.0.1", 53))
        emit("network", "info", "no longer listening on %s#%d", ("10.0.0.53", 53))
        emit("general", "notice", "exiting")

    types = ["A", "A", "A", "AAAA", "AAAA", "HTTPS", "MX", "TXT", "PTR", "SRV"]

    def query() -> None:
        name = r.choice(BIND_NAMES)
        qt = r.choice(types)
        if qt == "PTR":
            name = f"{r.randrange(2, 250)}.{r.randrange(0, 40)}.{r.randrange(0, 3)}.10.in-addr.arpa"
        fl = r.choice(["+", "+E(0)", "+E(0)K", "+E(0)DC", "-E(0)", "+ED"])
        # The flags are pieces the code appends by branch (`+`/`-`, `E(%d)`, `T`, `D`, `C`,
        # `K`...): each combination is one format, as Exim's pieces are (round 27).
        cemit(
            "queries",
            "info",
            "query: %s IN %s %s (%s)",
            name,
            (name, qt, fl, "10.0.0.53"),
            label=f"query: %s IN %s {fl.replace('(0)', '(%d)')} (%s)",
        )

    def denied() -> None:
        ip = pub_ip(r)
        name, what, lab = pick(
            r,
            [
                (4, ("version.bind", "'version.bind/TXT/CH'", "query (cache) '%s/%s/%s' denied")),
                (3, ("example.com", "'example.com/ANY/IN'", "query (cache) '%s/%s/%s' denied")),
                (2, ("sl", "'sl/ANY/IN'", "query (cache) '%s/%s/%s' denied")),
                (2, ("isc.org", "'isc.org/ANY/IN'", "query (cache) '%s/%s/%s' denied")),
            ],
        )
        cemit("security", "info", "query (cache) %s denied", name, (what,), ip=ip, label=lab)

    def lame() -> None:
        ns, ip = r.choice(BIND_LAME)
        name = r.choice(
            ["www.oldcorp.example", "shop.parked.example", "cdn.broken-dns.example", ns]
        )
        qt = r.choice(["A", "AAAA", "DS"])
        fmt, lab = pick(
            r,
            [
                (
                    4,
                    (
                        "%s unexpected RCODE resolving '%s/%s/IN': %s#53",
                        "%s unexpected RCODE resolving '%s/%s/IN': %s#%d",
                    ),
                ),
                (
                    3,
                    (
                        "timed out resolving '%s/%s/IN': %s#53",
                        "timed out resolving '%s/%s/IN': %s#%d",
                    ),
                ),
                (
                    2,
                    (
                        "connection refused resolving '%s/%s/IN': %s#53",
                        "connection refused resolving '%s/%s/IN': %s#%d",
                    ),
                ),
            ],
        )
        args = (
            (r.choice(["REFUSED", "SERVFAIL"]), name, qt, ip)
            if fmt.startswith("%s unexpected")
            else (name, qt, ip)
        )
        emit("lame-servers", "info", fmt, args, label=lab)

    def resolver_err() -> None:
        name = r.choice(["www.oldcorp.example", "mx.badzone.example", "_dmarc.sender.example"])
        x = r.random()
        if x < 0.4:
            emit(
                "resolver",
                "notice",
                "DNS format error from %s#53 resolving %s/%s for %s: %s",
                (
                    r.choice(BIND_LAME)[1],
                    name,
                    r.choice(["A", "AAAA"]),
                    f"10.0.{r.randrange(1, 40)}.{r.randrange(2, 250)}#{r.randrange(1024, 65535)}",
                    r.choice(
                        [
                            "non-improving referral",
                            "invalid response",
                            "Name example.com (SOA) not subdomain of zone oldcorp.example -- invalid response",
                        ]
                    ),
                ),
                label="DNS format error from %s#%d resolving %s/%s for %s: %s",
            )
        elif x < 0.7:
            cemit(
                "query-errors",
                "info",
                "query failed (%s) for %s/IN/%s at query.c:%d",
                name,
                (
                    r.choice(["SERVFAIL", "timed out"]),
                    name,
                    r.choice(["A", "AAAA"]),
                    r.choice([7718, 7815]),
                ),
            )
        else:
            emit(
                "edns-disabled",
                "info",
                "success resolving '%s/%s' after disabling EDNS",
                (name, r.choice(["A", "AAAA", "NS"])),
            )

    def dnssec() -> None:
        name = r.choice(
            [
                "dnssec-failed.org",
                "www.dnssec-failed.org",
                "brokendnssec.example",
                "expired.badsig.example",
            ]
        )
        x = r.random()
        if x < 0.5:
            emit(
                "dnssec",
                "info",
                "validating %s/%s: no valid signature found",
                (name, r.choice(["A", "DNSKEY", "SOA"])),
            )
        elif x < 0.8:
            emit(
                "dnssec",
                "info",
                "validating %s/%s: got insecure response; parent indicates it should be secure",
                (name, r.choice(["DS", "SOA"])),
            )
        else:
            emit(
                "dnssec",
                "info",
                "validating %s/%s: verify failed due to bad signature (keyid=%d): RRSIG has expired",
                (name, "A", r.randrange(1000, 65000)),
            )
        cemit(
            "query-errors",
            "info",
            "query failed (%s) for %s/IN/%s at query.c:%d",
            name,
            ("broken trust chain", name, "A", 7718),
        )

    def xfer(z: str) -> None:
        serial[z] += 1
        emit("general", "info", "zone %s/IN: loaded serial %d", (z, serial[z]))
        emit("notify", "info", "zone %s/IN: sending notifies (serial %d)", (z, serial[z]))
        sec = "10.0.0.54"
        mn = "IXFR" if serial[z] % 3 else "AXFR"  # the request's type picks the word
        cemit(
            "xfer-out",
            "info",
            "transfer of '%s/IN': %s started (serial %d)",
            z,
            (z, mn, serial[z]),
            ip=sec,
            label=f"transfer of '%s/IN': {mn} started (serial %d)",
        )
        recs = r.randrange(3, 400)
        b = recs * r.randrange(40, 90)
        cemit(
            "xfer-out",
            "info",
            "transfer of '%s/IN': %s ended: %d messages, %d records, %d bytes, %s secs (%d bytes/sec) (serial %d)",
            z,
            (z, mn, 1, recs, b, f"{r.uniform(0.001, 0.01):.3f}", b * 300, serial[z]),
            ip=sec,
            label=f"transfer of '%s/IN': {mn} ended: %d messages, %d records, %d bytes, %s secs (%d bytes/sec) (serial %d)",
        )

    def rndc() -> None:
        cmd = r.choice(["reload", "stats", "flush", "reconfig"])
        emit("general", "info", "received control channel command '%s'", (cmd,))
        if cmd == "reload":
            emit(
                "general",
                "info",
                "loading configuration from '%s'",
                ("/etc/bind/named.conf",),
                label="loading configuration from '%s'",
            )
            emit("general", "info", "reloading configuration succeeded")
            emit("general", "info", "reloading zones succeeded")
            emit("general", "notice", "all zones loaded")
        elif cmd == "stats":
            emit("general", "info", "dumpstats complete")
        elif cmd == "flush":
            emit("general", "info", "flushing caches in all views succeeded")
        else:
            emit("general", "info", "loading configuration from '%s'", ("/etc/bind/named.conf",))
            emit("general", "info", "scheduled loading new zones")
            emit("general", "info", "any newly configured zones are now loaded")

    def rate() -> None:
        ip = f"{r.choice(['185.220.101', '45.155.205', '89.248.165'])}.{r.randrange(1, 250)}"
        net = ip.rsplit(".", 1)[0] + ".0/24"
        what = r.choice(["drop", "slip"])  # rrl.c picks `drop ` or `slip ` by branch: wording
        cemit(
            "rate-limit",
            "info",
            "%s response to %s for %s %s  (%s)",
            "example.net",
            (
                f"rate limit {what}",
                net,
                "example.net IN",
                "ANY",
                hexid(r, 8),
            ),
            ip=ip,
            label=f"rate limit {what} response to %s for %s %s  (%s)",
        )

    def upd_denied() -> None:
        ip = f"10.{r.choice([1, 2])}.{r.randrange(1, 40)}.{r.randrange(2, 250)}"
        z = "corp.example.net"
        cemit("update-security", "error", "update '%s/IN' denied", z, (z,), ip=ip)

    def mkeys() -> None:
        emit(
            "dnssec",
            "warning",
            "managed-keys-zone: Unable to fetch DNSKEY set '.': %s",
            (r.choice(["timed out", "failure"]),),
        )

    start()
    for hour in range(26):
        for _ in range(r.randrange(40, 90)):
            x = r.random()
            if x < 0.55:
                query()
            elif x < 0.68:
                denied()
            elif x < 0.78:
                lame()
            elif x < 0.86:
                resolver_err()
            elif x < 0.90:
                dnssec()
            elif x < 0.95:
                rate()
            else:
                upd_denied()
            log.tick(r, 0.5, 50)
        if hour % 3 == 1:
            xfer(r.choice(BIND_ZONES[:2]))
        if hour % 6 == 2:
            rndc()
        if hour in (4, 19):
            mkeys()
        if hour == 15:
            stop()
            log.tick(r, 2, 8)
            start()
    return [log]


# --------------------------------------------------------------------------------- suricata

SURI_RULES = [
    (
        'alert http $HOME_NET any -> $EXTERNAL_NET any (msg:"ET POLICY curl User-Agent Outbound"; flow:established,to_server; http.user_agent; content:"curl/"; startswith; classtype:attempted-recon; sid:2013028; rev:7;)',
        2013028,
    ),
    (
        'alert tls $EXTERNAL_NET any -> $HOME_NET any (msg:"ET JA3 Hash - Possible Malware"; ja3.hash; content:"e7d705a3286e19ea42f587b344ee6865"; sid:2028371; rev:3;)',
        2028371,
    ),
    (
        'alert dns $HOME_NET any -> any any (msg:"ET INFO DNS Query for .onion proxy Domain"; dns.query; content:".onion"; endswith; nocase; sid:2014939; rev:6;)',
        2014939,
    ),
    (
        'alert quic any any -> any any (msg:"ET INFO QUIC Initial"; quic.version; content:"|00 00 00 01|"; sid:2030911; rev:2;)',
        2030911,
    ),
]
SURI_IFACES = ["eth1", "eth2"]


def suricata(r: random.Random) -> list[Log]:
    """Suricata 6.0's suricata.log on a sensor with two capture interfaces (default
    `[%i] %t - <%d> - ` format: the pid, a day/month/year date without padding, the level): start-ups
    with the configuration, outputs and rule loading (signatures that fail to parse, a protocol
    the engine has disabled), `[ERRCODE: SC_ERR_X(n)] - ` before every warning and error (the
    code is the call's literal), AF_PACKET's threads and an interface going down and up,
    suricata-update's rule reloads through the unix socket, flow emergencies, and stops with the
    per-thread packet counts."""
    log = Log("suricata.log", datetime(2024, 6, 3, 6, 0, 2, tzinfo=UTC))
    pid = [0]

    def emit(
        level: str,
        fmt: str,
        args: tuple = (),
        *,
        err: tuple[str, int] | None = None,
        label: str | None = None,
        lo: float = 0.0,
        hi: float = 0.3,
    ) -> None:
        log.tick(r, lo, hi)
        t = log.t
        pre = f"[ERRCODE: {err[0]}({err[1]})] - " if err else ""
        log.add(
            f"[{pid[0]}] {t.day}/{t.month}/{t.year} -- {t:%H:%M:%S} - <{level}> - {pre}{fmt % args if args else fmt}",
            label or fmt,
        )

    def load_rules(reload: bool) -> None:
        bad = r.sample(SURI_RULES, r.randrange(1, 3))
        for rule, _sid in bad:
            if rule.startswith("alert quic"):
                emit(
                    "Error",
                    'protocol "%s" cannot be used in a signature.  Either detection for this protocol is not yet supported OR detection has been disabled for protocol through the yaml option app-layer.protocols.%s.detection-enabled',
                    ("quic", "quic"),
                    err=("SC_ERR_UNKNOWN_PROTOCOL", 124),
                )
            elif "ja3" in rule:
                emit("Warning", "JA3 support is not enabled", err=("SC_WARN_JA3_DISABLED", 309))
            else:
                emit(
                    "Error",
                    "unknown rule keyword '%s'.",
                    (r.choice(["startswith", "endswith"]),),
                    err=("SC_ERR_RULE_KEYWORD_UNKNOWN", 102),
                )
            emit(
                "Error",
                'error parsing signature "%s" from file %s at line %d',
                (rule, "/var/lib/suricata/rules/suricata.rules", r.randrange(1000, 40000)),
                err=("SC_ERR_INVALID_SIGNATURE", 39),
            )
        emit(
            "Info",
            "1 rule files processed. %d rules successfully loaded, %d rules failed",
            (r.randrange(34000, 35000), len(bad)),
        )
        emit("Info", "Threshold config parsed: %d rule(s) found", (r.randrange(0, 4),))
        emit(
            "Info",
            "%d signatures processed. %d are IP-only rules, %d are inspecting packet payload, %d inspect application layer, %d are decoder event only",
            (
                r.randrange(34000, 35000),
                r.randrange(1200, 1300),
                r.randrange(5000, 6000),
                r.randrange(27000, 28000),
                108,
            ),
        )
        if reload:
            emit("Notice", "rule reload complete", lo=1, hi=4)

    def start() -> None:
        pid[0] = r.randrange(400, 60000)
        emit(
            "Notice", "This is Suricata version %s RELEASE running in %s mode", ("6.0.10", "SYSTEM")
        )
        emit("Info", "CPUs/cores online: %d", (8,))
        emit("Info", "Found an MTU of %d for '%s'", (1500, "eth1"))
        emit("Info", "Found an MTU of %d for '%s'", (9000, "eth2"))
        emit("Info", "fast output device (regular) initialized: %s", ("fast.log",))
        emit("Info", "eve-log output device (regular) initialized: %s", ("eve.json",))
        emit("Info", "stats output device (regular) initialized: %s", ("stats.log",))
        load_rules(False)
        for _i, ifc in enumerate(SURI_IFACES):
            emit("Info", "%s: enabling zero copy mode by using data release call", (ifc,))
            emit("Info", "Going to use %d thread(s)", (4,))
        emit(
            "Notice",
            "all %d packet processing threads, %d management threads initialized, engine started.",
            (8, 4),
        )
        for ifc in SURI_IFACES:
            for _ in range(4):
                emit(
                    "Info",
                    "%s: AF_PACKET RX Ring params: block_size=%d block_nr=%d frame_size=%d frame_nr=%d",
                    (ifc, 32768, 26, 1600, 520),
                )
        emit("Info", "All AFP capture threads are running.")

    def stop(hours: float) -> None:
        emit("Notice", "Signal Received.  Stopping engine.", lo=60, hi=3000)
        emit(
            "Info",
            "time elapsed %.3fs",
            (hours * 3600 + r.uniform(0, 60),),
            label="time elapsed %.3fs",
        )
        for ifc in SURI_IFACES:
            for t in range(1, 5):
                pk = r.randrange(10**6, 9 * 10**7)
                emit(
                    "Perf",
                    "(W#%02d-%s) Kernel: Packets %d, dropped %d",
                    (t, ifc, pk, r.randrange(0, pk // 500)),
                )
        for ifc in SURI_IFACES:
            pk = r.randrange(10**7, 3 * 10**8)
            d = r.randrange(0, pk // 300)
            emit(
                "Notice",
                "Stats for '%s':  pkts: %d, drop: %d (%.2f%%), invalid chksum: %d",
                (ifc, pk, d, 100 * d / pk, 0),
            )
        emit("Info", "Alerts: %d", (r.randrange(100, 90000),))
        emit("Info", "cleaning up signature grouping structure... complete")

    def ifdown(ifc: str) -> None:
        for _ in range(r.randrange(2, 5)):
            emit(
                "Error",
                "Error reading data from iface '%s': (%d) %s",
                (ifc, 100, "Network is down"),
                err=("SC_ERR_AFP_READ", 191),
                lo=0,
                hi=0.01,
            )
        emit(
            "Error",
            "%s: failed to poll interface: %s",
            (ifc, "Network is down"),
            err=("SC_ERR_AFP_READ", 191),
            label="%s: failed to poll interface: %s",
        )
        log.tick(r, 5, 60)
        emit("Info", "Interface '%s' is back", (ifc,))

    def reload() -> None:
        emit("Notice", "rule reload starting", lo=60, hi=600)
        load_rules(True)

    def flow_emerg() -> None:
        emit("Perf", "Flow emergency mode entered...", lo=1, hi=30)
        emit(
            "Perf",
            "Flow emergency mode over, back to normal... unsetting FLOW_EMERGENCY bit (ts.tv_sec: %d, ts.tv_usec:%d) flow_spare_q status(): %d%% flows at the queue",
            (int(log.t.timestamp()), r.randrange(0, 999999), r.randrange(30, 99)),
            lo=5,
            hi=120,
        )

    def misc() -> None:
        x = r.random()
        if x < 0.35:
            emit(
                "Warning",
                "app-layer-event: invalid %s event name: %s",
                ("dns", r.choice(["malformed_data", "not_a_request"])),
                err=("SC_WARN_APP_LAYER_EVENT", 317),
                lo=10,
                hi=900,
            )
        elif x < 0.7:
            emit(
                "Warning",
                "af-packet: %s: checksum validation: %s",
                (
                    r.choice(SURI_IFACES),
                    "packets with invalid checksum on interface, disabling validation",
                ),
                err=("SC_WARN_CHECKSUM", 277),
                lo=10,
                hi=900,
                label="af-packet: %s: checksum validation: packets with invalid checksum on interface, disabling validation",
            )
        else:
            emit(
                "Warning",
                "Unable to get %s stats: %s",
                ("AF_PACKET", "No such device"),
                err=("SC_ERR_AFP_READ", 191),
                lo=10,
                hi=900,
            )

    for _day in range(12):
        start()
        for _h in range(r.randrange(6, 14)):
            for _ in range(r.randrange(2, 6)):
                misc()
            if r.random() < 0.5:
                reload()
            if r.random() < 0.25:
                flow_emerg()
            if r.random() < 0.15:
                ifdown(r.choice(SURI_IFACES))
        stop(r.uniform(4, 24))
        log.tick(r, 5, 600)
    return [log]


SYSTEMS = {
    "httpd": httpd,
    "clickhouse": clickhouse,
    "zabbix": zabbix,
    "bind": bind,
    "suricata": suricata,
}


if __name__ == "__main__":
    raise SystemExit(generate(SYSTEMS, sys.argv[1:]))
