# ruff: noqa: E501
"""Timestamps as real programs write them, for `bench/time_sweep.py` (session 24).

Each shape is a short log (2-4 lines) in one program's layout, written from the program's
source or documentation (no corpus file copied), with what each of its events must be read as:
the instant in UTC (to the precision the log gives: stored times keep microseconds, so a
nanosecond fraction is cut, never rounded), the level (None: the line names none) and the
message (the text without the time, level and other header fields).

`tz` is the zone ingest is given (`--tz`, `IngestOptions(tz=...)`) for times written without
one; `mtime` the file's modification time (UTC), which supplies the year of times written
without one (RFC 3164: the mtime's year, or the year before when that puts the line more than
a day after the mtime) and the date of times written without one (the mtime's day; a time more
than an hour after the mtime is the day before's): errctl's documented rules
(`errctl/formats/timestamps.py`, `errctl/ingest/pipeline.py`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Shape:
    name: str
    text: str
    # (UTC instant, level, message); an instant None: a line with no time of its own, whose
    # time must be marked inferred
    events: tuple[tuple[str | None, str | None, str], ...]
    tz: str = "UTC"
    mtime: str = "2024-06-11T12:00:00"  # UTC
    name_of_file: str = "app.log"
    notes: str = ""


T = "2024-06-11T06:00:02"  # the instant most shapes write, in UTC

SHAPES: list[Shape] = [
    # ---------------------------------------------------------------- ISO 8601 and RFC 3339
    Shape(
        "ISO 8601 Z, millis (zap console, Sidekiq)",
        "2024-06-11T06:00:02.118Z\tINFO\tserver started\n"
        "2024-06-11T06:00:03.500Z\tERROR\tdial tcp 10.0.0.7:5432: connection refused\n",
        (
            (T + ".118", "info", "server started"),
            ("2024-06-11T06:00:03.5", "error", "dial tcp 10.0.0.7:5432: connection refused"),
        ),
    ),
    Shape(
        "ISO 8601 +05:30 offset",
        "2024-06-11T11:30:02.118+05:30 INFO payment service ready\n"
        "2024-06-11T11:30:04.000+05:30 WARN queue depth 812 above 500\n",
        (
            (T + ".118", "info", "payment service ready"),
            ("2024-06-11T06:00:04", "warning", "queue depth 812 above 500"),
        ),
    ),
    Shape(
        "ISO 8601 -0700 offset crossing midnight",
        "2024-06-10T23:00:02-0700 ERROR upstream timed out\n"
        "2024-06-10T23:00:05-0700 INFO retry succeeded\n",
        ((T, "error", "upstream timed out"), ("2024-06-11T06:00:05", "info", "retry succeeded")),
    ),
    Shape(
        "ISO 8601 nanoseconds Z (docker logs -t, Go RFC3339Nano)",
        "2024-06-11T06:00:02.118234567Z level=info msg=started\n"
        "2024-06-11T06:00:02.999999999Z level=error msg=crashed\n",
        ((T + ".118234", "info", "started"), (T + ".999999", "error", "crashed")),
    ),
    Shape(
        "ISO 8601 space for T, Z",
        "2024-06-11 06:00:02.118Z INFO cache warmed\n2024-06-11 06:00:09.250Z WARN cache miss ratio 0.4\n",
        (
            (T + ".118", "info", "cache warmed"),
            ("2024-06-11T06:00:09.25", "warning", "cache miss ratio 0.4"),
        ),
    ),
    Shape(
        "ISO 8601 comma fraction with offset",
        "2024-06-11T08:00:02,118+02:00 INFO import started\n2024-06-11T08:00:03,007+02:00 ERROR import failed\n",
        (
            (T + ".118", "info", "import started"),
            ("2024-06-11T06:00:03.007", "error", "import failed"),
        ),
    ),
    Shape(
        "ISO 8601 .NET round-trip 7 digits Z",
        "2024-06-11T06:00:02.1181234Z [INF] Application started\n2024-06-11T06:00:02.2000001Z [ERR] Unhandled exception\n",
        (
            (T + ".118123", "info", "Application started"),
            (T + ".2", "error", "Unhandled exception"),
        ),
    ),
    Shape(
        ".NET 7 digits, no zone (Serilog file sink default)",
        "2024-06-11 06:00:02.1181234 [INF] Now listening on: http://[::]:8080\n"
        "2024-06-11 06:00:03.0000001 [ERR] Request failed\n",
        (
            (T + ".118123", "info", "Now listening on: http://[::]:8080"),
            ("2024-06-11T06:00:03", "error", "Request failed"),
        ),
    ),
    Shape(
        "Serilog file sink with offset after a blank",
        "2024-06-11 08:00:02.118 +02:00 [INF] Starting web host\n2024-06-11 08:00:02.530 +02:00 [WRN] Slow request 1200 ms\n",
        ((T + ".118", "info", "Starting web host"), (T + ".53", "warning", "Slow request 1200 ms")),
    ),
    Shape(
        "one-digit fraction",
        "2024-06-11 06:00:02.1 INFO tick\n2024-06-11 06:00:02.9 ERROR tock\n",
        ((T + ".1", "info", "tick"), (T + ".9", "error", "tock")),
    ),
    Shape(
        "ISO with UTC word (Exim-like, PostgreSQL %t)",
        "2024-06-11 06:00:02 UTC [811] LOG:  checkpoint starting: time\n2024-06-11 06:00:05 UTC [811] ERROR:  could not write block 7\n",
        (
            (T, "info", "checkpoint starting: time"),
            ("2024-06-11T06:00:05", "error", "could not write block 7"),
        ),
        name_of_file="postgresql.log",
    ),
    # ---------------------------------------------------------------- Python
    Shape(
        "Python logging %(asctime)s (comma millis), UTC",
        "2024-06-11 06:00:02,118 INFO shop.api: GET /orders 200\n2024-06-11 06:00:02,240 ERROR shop.db: pool exhausted\n",
        ((T + ".118", "info", "GET /orders 200"), (T + ".24", "error", "pool exhausted")),
    ),
    Shape(
        "Python logging, --tz Europe/Berlin (summer)",
        "2024-06-11 08:00:02,118 WARNING shop.api: slow query 2.1s\n2024-06-11 08:00:03,000 ERROR shop.db: pool exhausted\n",
        (
            (T + ".118", "warning", "slow query 2.1s"),
            ("2024-06-11T06:00:03", "error", "pool exhausted"),
        ),
        tz="Europe/Berlin",
    ),
    Shape(
        "Python logging, --tz America/New_York",
        "2024-06-11 02:00:02,118 - shop.api - INFO - started\n2024-06-11 02:00:04,118 - shop.api - ERROR - stopped\n",
        ((T + ".118", "info", "started"), ("2024-06-11T06:00:04.118", "error", "stopped")),
        tz="America/New_York",
    ),
    Shape(
        "DST change day Europe/Berlin (spring forward)",
        "2024-03-31 01:59:59,500 INFO cron: nightly job started\n2024-03-31 03:00:01,500 ERROR cron: nightly job failed\n",
        (
            ("2024-03-31T00:59:59.5", "info", "nightly job started"),
            ("2024-03-31T01:00:01.5", "error", "nightly job failed"),
        ),
        tz="Europe/Berlin",
        mtime="2024-03-31T12:00:00",
    ),
    Shape(
        "DST change day America/New_York (fall back), outside the repeated hour",
        "2024-11-03 00:30:00 INFO backup started\n2024-11-03 02:30:00 ERROR backup failed\n",
        (
            ("2024-11-03T04:30:00", "info", "backup started"),
            ("2024-11-03T07:30:00", "error", "backup failed"),
        ),
        tz="America/New_York",
        mtime="2024-11-03T12:00:00",
    ),
    Shape(
        "Gunicorn [time +0000] [pid] [LEVEL]",
        "[2024-06-11 06:00:02 +0000] [1234] [INFO] Starting gunicorn 21.2.0\n[2024-06-11 08:00:03 +0200] [1234] [ERROR] Worker (pid:1240) was sent SIGKILL!\n",
        (
            (T, "info", "Starting gunicorn 21.2.0"),
            ("2024-06-11T06:00:03", "error", "Worker (pid:1240) was sent SIGKILL!"),
        ),
    ),
    Shape(
        "Airflow [ISO+0000] {file:line} LEVEL - msg",
        "[2024-06-11T06:00:02.118+0000] {taskinstance.py:1234} INFO - Starting attempt 1 of 3\n"
        "[2024-06-11T06:00:05.000+0000] {taskinstance.py:1235} ERROR - Task failed with exception\n",
        (
            (T + ".118", "info", "Starting attempt 1 of 3"),
            ("2024-06-11T06:00:05", "error", "Task failed with exception"),
        ),
    ),
    Shape(
        "Supervisord (comma millis, no zone) --tz Asia/Kolkata",
        "2024-06-11 11:30:02,118 INFO spawned: 'web' with pid 1234\n2024-06-11 11:30:04,500 WARN exited: web (exit status 1; not expected)\n",
        (
            (T + ".118", "info", "spawned: 'web' with pid 1234"),
            ("2024-06-11T06:00:04.5", "error", "exited: web (exit status 1; not expected)"),
        ),
        tz="Asia/Kolkata",
        notes="an unexpected exit is an error, whatever supervisord's WARN says (errctl's rule)",
    ),
    # ---------------------------------------------------------------- syslog
    Shape(
        "RFC 3164 syslog, no year (mtime's year)",
        "Jun 11 06:00:02 web01 sshd[1234]: Accepted publickey for deploy from 10.0.0.5 port 50122 ssh2\n"
        "Jun 11 06:00:07 web01 kernel: Out of memory: Killed process 4321 (java)\n",
        (
            (T, None, "Accepted publickey for deploy from 10.0.0.5 port 50122 ssh2"),
            ("2024-06-11T06:00:07", "error", "Out of memory: Killed process 4321 (java)"),
        ),
        name_of_file="syslog",
    ),
    Shape(
        "RFC 3164 written in late December, read in January",
        "Dec 31 23:59:58 web01 cron[99]: (root) CMD (run-parts /etc/cron.hourly)\n"
        "Jan  1 00:00:01 web01 systemd[1]: Started Daily apt upgrade.\n",
        (
            ("2024-12-31T23:59:58", None, "(root) CMD (run-parts /etc/cron.hourly)"),
            ("2025-01-01T00:00:01", None, "Started Daily apt upgrade."),
        ),
        mtime="2025-01-01T00:05:00",
        name_of_file="syslog",
    ),
    Shape(
        "RFC 3164 December file read in January (rotated, mtime Dec 31)",
        "Dec 30 10:00:00 web01 app[7]: nightly export done\nDec 31 10:00:00 web01 app[7]: nightly export failed\n",
        (
            ("2023-12-30T10:00:00", None, "nightly export done"),
            ("2023-12-31T10:00:00", "error", "nightly export failed"),
        ),
        mtime="2023-12-31T10:00:05",
        name_of_file="syslog.1",
    ),
    Shape(
        "RFC 3164 with <PRI>, --tz Asia/Kolkata",
        "<34>Jun 11 11:30:02 web01 su: 'su root' failed for alice on /dev/pts/0\n<30>Jun 11 11:30:05 web01 systemd[1]: Started Session 4.\n",
        (
            (T, "critical", "'su root' failed for alice on /dev/pts/0"),
            ("2024-06-11T06:00:05", "info", "Started Session 4."),
        ),
        tz="Asia/Kolkata",
    ),
    Shape(
        "RFC 5424 with offset and fraction",
        "<165>1 2024-06-11T08:00:02.118+02:00 web01 myapp 1234 ID47 - order 4711 shipped\n"
        "<163>1 2024-06-11T08:00:03.5+02:00 web01 myapp 1234 ID47 - order 4712 failed\n",
        (
            (T + ".118", "info", "order 4711 shipped"),
            ("2024-06-11T06:00:03.5", "error", "order 4712 failed"),
        ),
    ),
    Shape(
        "journalctl -o short-iso",
        "2024-06-11T08:00:02+0200 web01 sshd[1234]: Server listening on 0.0.0.0 port 22.\n"
        "2024-06-11T08:00:04+0200 web01 kernel: EXT4-fs error (device sda1): bad block\n",
        (
            (T, None, "Server listening on 0.0.0.0 port 22."),
            ("2024-06-11T06:00:04", "error", "EXT4-fs error (device sda1): bad block"),
        ),
    ),
    Shape(
        "journalctl -o short-iso-precise",
        "2024-06-11T06:00:02.118234+00:00 web01 nginx[77]: started\n2024-06-11T06:00:02.500000+00:00 web01 nginx[77]: worker crashed\n",
        ((T + ".118234", None, "started"), (T + ".5", None, "worker crashed")),
    ),
    Shape(
        "journalctl -o short-precise (no year, no zone)",
        "Jun 11 06:00:02.118234 web01 sshd[1234]: Connection closed by 10.0.0.9 port 4242\n"
        "Jun 11 06:00:03.000001 web01 sshd[1234]: error: kex_exchange_identification: read: Connection reset\n",
        (
            (T + ".118234", None, "Connection closed by 10.0.0.9 port 4242"),
            (
                "2024-06-11T06:00:03.000001",
                "error",
                "error: kex_exchange_identification: read: Connection reset",
            ),
        ),
    ),
    Shape(
        "rsyslog RSYSLOG_FileFormat (RFC 3339 micro, offset)",
        "2024-06-11T08:00:02.118234+02:00 web01 CRON[4321]: (root) CMD (/usr/local/bin/backup)\n"
        "2024-06-11T08:00:02.998877+02:00 web01 backup[4322]: backup failed: disk full\n",
        (
            (T + ".118234", None, "(root) CMD (/usr/local/bin/backup)"),
            (T + ".998877", "error", "backup failed: disk full"),
        ),
    ),
    Shape(
        "Cisco IOS with millis and zone (service timestamps log datetime msec)",
        "Jun 11 06:00:02.118 UTC: %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down\n"
        "Jun 11 06:00:04.220 UTC: %SYS-5-CONFIG_I: Configured from console by admin\n",
        (
            (
                T + ".118",
                "error",
                "%LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down",
            ),
            ("2024-06-11T06:00:04.22", "info", "%SYS-5-CONFIG_I: Configured from console by admin"),
        ),
        notes="the facility-severity-mnemonic names the level (3 error, 5 notice)",
    ),
    # ---------------------------------------------------------------- web servers
    Shape(
        "Apache/nginx access log CLF -0700",
        '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326\n'
        '127.0.0.1 - frank [10/Oct/2000:13:55:38 -0700] "GET /missing HTTP/1.0" 500 12\n',
        (
            ("2000-10-10T20:55:36", "info", "GET /apache_pb.gif HTTP/1.0 200"),
            ("2000-10-10T20:55:38", "error", "GET /missing HTTP/1.0 500"),
        ),
        name_of_file="access.log",
    ),
    Shape(
        "nginx combined +0530",
        '10.0.0.1 - - [11/Jun/2024:11:30:02 +0530] "POST /api/pay HTTP/1.1" 502 157 "-" "curl/8.5.0"\n'
        '10.0.0.1 - - [11/Jun/2024:11:30:03 +0530] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n',
        (
            (T, "error", "POST /api/pay HTTP/1.1 502"),
            ("2024-06-11T06:00:03", "info", "GET /healthz HTTP/1.1 200"),
        ),
        name_of_file="access.log",
    ),
    Shape(
        "Apache 2.4 error log [Tue Jun 11 06:00:02.118234 2024]",
        "[Tue Jun 11 06:00:02.118234 2024] [core:error] [pid 1234:tid 5678] [client 10.0.0.1:5555] AH00126: Invalid URI in request GET /%%% HTTP/1.1\n"
        "[Tue Jun 11 06:00:03.000100 2024] [mpm_event:notice] [pid 1234:tid 1] AH00489: Apache/2.4.58 configured -- resuming normal operations\n",
        (
            (T + ".118234", "error", "Invalid URI in request GET /%%% HTTP/1.1"),
            (
                "2024-06-11T06:00:03.0001",
                "info",
                "Apache/2.4.58 configured -- resuming normal operations",
            ),
        ),
        name_of_file="error.log",
    ),
    Shape(
        "Apache 2.2 error log, --tz Europe/Berlin",
        "[Tue Jun 11 08:00:02 2024] [error] [client 10.0.0.1] File does not exist: /var/www/favicon.ico\n"
        "[Tue Jun 11 08:00:05 2024] [notice] Apache/2.2.22 configured -- resuming normal operations\n",
        (
            (T, "error", "File does not exist: /var/www/favicon.ico"),
            (
                "2024-06-11T06:00:05",
                "info",
                "Apache/2.2.22 configured -- resuming normal operations",
            ),
        ),
        tz="Europe/Berlin",
        name_of_file="error.log",
    ),
    Shape(
        "nginx error log yyyy/MM/dd",
        '2024/06/11 06:00:02 [error] 1234#1234: *1 open() "/usr/share/nginx/html/x" failed (2: No such file or directory)\n'
        "2024/06/11 06:00:04 [notice] 1234#1234: signal process started\n",
        (
            (T, "error", 'open() "/usr/share/nginx/html/x" failed (2: No such file or directory)'),
            ("2024-06-11T06:00:04", "info", "signal process started"),
        ),
        name_of_file="error.log",
    ),
    Shape(
        "HAProxy raw log [dd/MMM/yyyy:HH:mm:ss.SSS]",
        '10.0.0.1:5555 [11/Jun/2024:06:00:02.118] fe_https be_app/srv1 0/0/1/12/13 200 512 - - ---- 1/1/0/0/0 0/0 "GET /api HTTP/1.1"\n'
        '10.0.0.1:5556 [11/Jun/2024:06:00:03.250] fe_https be_app/srv1 0/0/1/-1/3001 503 212 - - sH-- 1/1/0/0/0 0/0 "GET /api HTTP/1.1"\n',
        (
            (T + ".118", "info", "GET /api HTTP/1.1 200 ---- via be_app/srv1"),
            ("2024-06-11T06:00:03.25", "error", "GET /api HTTP/1.1 503 sH-- via be_app/srv1"),
        ),
        name_of_file="haproxy.log",
    ),
    Shape(
        "Squid access.log epoch.millis",
        "1718085602.118    123 10.0.0.1 TCP_MISS/200 1234 GET http://example.com/ - HIER_DIRECT/93.184.216.34 text/html\n"
        "1718085603.250      5 10.0.0.1 TCP_DENIED/403 3921 GET http://blocked.example/ - HIER_NONE/- text/html\n",
        (
            (T + ".118", "info", "GET http://example.com/ TCP_MISS/200"),
            ("2024-06-11T06:00:03.25", "warning", "GET http://blocked.example/ TCP_DENIED/403"),
        ),
        name_of_file="access.log",
        notes="the level and message are loose: only the time is this sweep's",
    ),
    Shape(
        "Squid cache.log yyyy/MM/dd kid1|",
        "2024/06/11 06:00:02 kid1| Accepting HTTP Socket connections at conn3 local=[::]:3128\n"
        "2024/06/11 06:00:05 kid1| ERROR: No forward-proxy ports configured.\n",
        (
            (T, None, "Accepting HTTP Socket connections at conn3 local=[::]:3128"),
            ("2024-06-11T06:00:05", "error", "ERROR: No forward-proxy ports configured."),
        ),
        name_of_file="cache.log",
    ),
    Shape(
        "Envoy [yyyy-MM-dd HH:mm:ss.SSS][tid][level][logger]",
        "[2024-06-11 06:00:02.118][1234][info][main] [source/server/server.cc:932] starting main dispatch loop\n"
        "[2024-06-11 06:00:03.000][1234][warning][config] [source/common/config/grpc_stream.h:201] gRPC config stream closed\n",
        (
            (T + ".118", "info", "starting main dispatch loop"),
            ("2024-06-11T06:00:03", "warning", "gRPC config stream closed"),
        ),
    ),
    Shape(
        "Gunicorn/uWSGI-like RFC 1123 date in brackets (toUTCString)",
        "[Tue, 11 Jun 2024 06:00:02 GMT] INFO worker booted\n[Tue, 11 Jun 2024 06:00:03 GMT] ERROR worker timeout\n",
        ((T, "info", "worker booted"), ("2024-06-11T06:00:03", "error", "worker timeout")),
    ),
    # ---------------------------------------------------------------- Java
    Shape(
        "log4j dd MMM yyyy HH:mm:ss,SSS",
        "11 Jun 2024 06:00:02,118 INFO  [main] com.acme.App - Application started\n"
        "11 Jun 2024 06:00:03,250 ERROR [pool-1-thread-2] com.acme.Job - Job 42 failed\n",
        (
            (T + ".118", "info", "Application started"),
            ("2024-06-11T06:00:03.25", "error", "Job 42 failed"),
        ),
    ),
    Shape(
        "Spark yy/MM/dd HH:mm:ss",
        "24/06/11 06:00:02 INFO SparkContext: Running Spark version 3.5.0\n24/06/11 06:00:09 WARN NativeCodeLoader: Unable to load native-hadoop library\n",
        (
            (T, "info", "Running Spark version 3.5.0"),
            ("2024-06-11T06:00:09", "warning", "Unable to load native-hadoop library"),
        ),
    ),
    Shape(
        "logback HH:mm:ss.SSS time only (mtime's day)",
        "06:00:02.118 [main] INFO  com.acme.App - Started App in 2.1 seconds\n06:00:03.500 [main] ERROR com.acme.App - Shutting down\n",
        (
            (T + ".118", "info", "Started App in 2.1 seconds"),
            ("2024-06-11T06:00:03.5", "error", "Shutting down"),
        ),
    ),
    Shape(
        "logback time only, --tz Europe/Berlin",
        "08:00:02.118 [main] WARN  com.acme.App - low memory\n08:00:02.119 [main] ERROR com.acme.App - out of memory\n",
        ((T + ".118", "warning", "low memory"), (T + ".119", "error", "out of memory")),
        tz="Europe/Berlin",
    ),
    Shape(
        "Spring Boot logback default (ISO with offset)",
        "2024-06-11T08:00:02.118+02:00  INFO 1234 --- [           main] c.a.shop.ShopApplication                 : Started ShopApplication in 3.2 seconds\n"
        "2024-06-11T08:00:03.007+02:00 ERROR 1234 --- [nio-8080-exec-1] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() failed\n",
        (
            (T + ".118", "info", "Started ShopApplication in 3.2 seconds"),
            ("2024-06-11T06:00:03.007", "error", "Servlet.service() failed"),
        ),
    ),
    Shape(
        "java.util.logging SimpleFormatter, 12-hour PM",
        "Jun 11, 2024 6:00:02 PM org.apache.catalina.startup.Catalina start\nINFO: Server startup in 1234 ms\n"
        "Jun 11, 2024 6:00:05 PM org.apache.catalina.core.StandardContext startInternal\nSEVERE: Context [/shop] startup failed\n",
        (
            ("2024-06-11T18:00:02", "info", "Server startup in 1234 ms"),
            ("2024-06-11T18:00:05", "error", "Context [/shop] startup failed"),
        ),
        mtime="2024-06-11T20:00:00",
        notes="SEVERE is errctl's error",
    ),
    Shape(
        "java.util.logging 12-hour AM past noon-less hour (12:xx AM)",
        "Jun 11, 2024 12:30:02 AM com.acme.Sync run\nINFO: sync started\nJun 11, 2024 12:30:02 PM com.acme.Sync run\nWARNING: sync slow\n",
        (
            ("2024-06-11T00:30:02", "info", "sync started"),
            ("2024-06-11T12:30:02", "warning", "sync slow"),
        ),
        mtime="2024-06-11T20:00:00",
    ),
    Shape(
        "Tomcat catalina.out dd-MMM-yyyy HH:mm:ss.SSS",
        "11-Jun-2024 06:00:02.118 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [1234] milliseconds\n"
        "11-Jun-2024 06:00:03.500 SEVERE [main] org.apache.catalina.core.StandardContext.startInternal One or more listeners failed to start\n",
        (
            (T + ".118", "info", "Server startup in [1234] milliseconds"),
            ("2024-06-11T06:00:03.5", "error", "One or more listeners failed to start"),
        ),
    ),
    Shape(
        "Kafka [yyyy-MM-dd HH:mm:ss,SSS] LEVEL",
        "[2024-06-11 06:00:02,118] INFO [KafkaServer id=1] started (kafka.server.KafkaServer)\n"
        "[2024-06-11 06:00:04,000] ERROR [ReplicaManager broker=1] Error processing append operation (kafka.server.ReplicaManager)\n",
        (
            (T + ".118", "info", "[KafkaServer id=1] started"),
            (
                "2024-06-11T06:00:04",
                "error",
                "[ReplicaManager broker=1] Error processing append operation",
            ),
        ),
    ),
    Shape(
        "Cassandra LEVEL [thread] time",
        "INFO  [main] 2024-06-11 06:00:02,118 CassandraDaemon.java:123 - Startup complete\n"
        "ERROR [CompactionExecutor:1] 2024-06-11 06:00:03,250 CassandraDaemon.java:244 - Exception in thread\n",
        (
            (T + ".118", "info", "Startup complete"),
            ("2024-06-11T06:00:03.25", "error", "Exception in thread"),
        ),
    ),
    Shape(
        "ZooKeeper [myid:1]",
        "2024-06-11 06:00:02,118 [myid:1] - INFO  [main:QuorumPeerMain@123] - Starting quorum peer\n"
        "2024-06-11 06:00:02,500 [myid:1] - WARN  [QuorumPeer[myid=1]:Follower@98] - Exception when following the leader\n",
        (
            (T + ".118", "info", "Starting quorum peer"),
            (T + ".5", "warning", "Exception when following the leader"),
        ),
    ),
    Shape(
        "Elasticsearch [ISO,SSS][LEVEL][logger]",
        "[2024-06-11T06:00:02,118][INFO ][o.e.n.Node               ] [node-1] started\n"
        "[2024-06-11T06:00:09,940][WARN ][o.e.c.r.a.DiskThresholdMonitor] [node-1] high disk watermark [90%] exceeded\n",
        (
            (T + ".118", "info", "started"),
            ("2024-06-11T06:00:09.94", "warning", "high disk watermark [90%] exceeded"),
        ),
    ),
    Shape(
        "JVM unified logging [ISO+offset][uptime][level][tags]",
        "[2024-06-11T08:00:02.118+0200][0.012s][info][gc] Using G1\n[2024-06-11T08:00:05.500+0200][3.394s][warning][gc] GC overhead high\n",
        (
            (T + ".118", "info", "Using G1"),
            ("2024-06-11T06:00:05.5", "warning", "GC overhead high"),
        ),
    ),
    Shape(
        "Redis pid:role dd MMM yyyy HH:mm:ss.SSS",
        "1234:M 11 Jun 2024 06:00:02.118 * Ready to accept connections tcp\n1234:M 11 Jun 2024 06:00:03.250 # Background saving error\n",
        (
            (T + ".118", "info", "Ready to accept connections tcp"),
            ("2024-06-11T06:00:03.25", "warning", "Background saving error"),
        ),
        notes="# is Redis's warning",
    ),
    # ---------------------------------------------------------------- Go, k8s
    Shape(
        "Go log with Lmicroseconds",
        "2024/06/11 06:00:02.118234 server.go:42: listening on :8080\n2024/06/11 06:00:02.500000 server.go:57: accept error: too many open files\n",
        (
            (T + ".118234", None, "listening on :8080"),
            (T + ".5", "error", "accept error: too many open files"),
        ),
    ),
    Shape(
        "Go log default (seconds), --tz Asia/Tokyo",
        "2024/06/11 15:00:02 starting worker pool\n2024/06/11 15:00:09 worker 3: panic recovered\n",
        (
            (T, None, "starting worker pool"),
            ("2024-06-11T06:00:09", None, "worker 3: panic recovered"),
        ),
        tz="Asia/Tokyo",
    ),
    Shape(
        "glog/klog I0611 (no year)",
        "I0611 06:00:02.118234    1234 server.go:42] Serving on :10250\nE0611 06:00:03.000001    1234 controller.go:114] error syncing pod default/web-0\n",
        (
            (T + ".118234", "info", "Serving on :10250"),
            ("2024-06-11T06:00:03.000001", "error", "error syncing pod default/web-0"),
        ),
    ),
    Shape(
        "klog across new year (December lines, mtime Jan 1)",
        "I1231 23:59:59.900000       1 leader.go:10] renewed lease\nW0101 00:00:00.100000       1 leader.go:12] lease renewal slow\n",
        (
            ("2024-12-31T23:59:59.9", "info", "renewed lease"),
            ("2025-01-01T00:00:00.1", "warning", "lease renewal slow"),
        ),
        mtime="2025-01-01T00:01:00",
    ),
    Shape(
        'logrus text time="..."',
        'time="2024-06-11T08:00:02+02:00" level=info msg="Configuration loaded"\ntime="2024-06-11T08:00:03+02:00" level=error msg="backend down"\n',
        ((T, "info", "Configuration loaded"), ("2024-06-11T06:00:03", "error", "backend down")),
    ),
    Shape(
        "go-kit logfmt ts=RFC3339Nano",
        'ts=2024-06-11T06:00:02.118234567Z caller=main.go:42 level=info msg=started\nts=2024-06-11T06:00:02.9Z caller=main.go:57 level=error msg="scrape failed"\n',
        ((T + ".118234", "info", "started"), (T + ".9", "error", "scrape failed")),
    ),
    Shape(
        "logfmt ts as epoch seconds with millis",
        'ts=1718085602.118 level=info msg=started\nts=1718085603.5 level=warn msg="slow tick"\n',
        ((T + ".118", "info", "started"), ("2024-06-11T06:00:03.5", "warning", "slow tick")),
    ),
    # ---------------------------------------------------------------- Ruby, PHP, Erlang, .NET
    Shape(
        "Ruby Logger [ISO #pid]",
        'I, [2024-06-11T06:00:02.118234 #1234]  INFO -- : Started GET "/" for 10.0.0.1\n'
        "E, [2024-06-11T06:00:02.500000 #1234] ERROR -- : ActiveRecord::ConnectionTimeoutError\n",
        (
            (T + ".118234", "info", 'Started GET "/" for 10.0.0.1'),
            (T + ".5", "error", "ActiveRecord::ConnectionTimeoutError"),
        ),
    ),
    Shape(
        "Ruby Logger, --tz America/Los_Angeles",
        "W, [2024-06-10T23:00:02.118234 #1234]  WARN -- : slow request\nF, [2024-06-10T23:00:02.918234 #1234] FATAL -- : out of memory\n",
        ((T + ".118234", "warning", "slow request"), (T + ".918234", "critical", "out of memory")),
        tz="America/Los_Angeles",
    ),
    Shape(
        "PHP error_log [dd-MMM-yyyy HH:mm:ss UTC]",
        "[11-Jun-2024 06:00:02 UTC] PHP Warning:  Undefined variable $x in /var/www/index.php on line 3\n"
        "[11-Jun-2024 06:00:05 UTC] PHP Fatal error:  Allowed memory size exhausted in /var/www/x.php on line 9\n",
        (
            (T, "warning", "Undefined variable $x in /var/www/index.php on line 3"),
            (
                "2024-06-11T06:00:05",
                "critical",
                "Allowed memory size exhausted in /var/www/x.php on line 9",
            ),
        ),
        name_of_file="php_errors.log",
    ),
    Shape(
        "PHP error_log [dd-MMM-yyyy HH:mm:ss Europe/Berlin]",
        "[11-Jun-2024 08:00:02 Europe/Berlin] PHP Warning:  Undefined index: id in /var/www/a.php on line 7\n"
        "[11-Jun-2024 08:00:04 Europe/Berlin] PHP Notice:  Undefined offset: 1 in /var/www/a.php on line 8\n",
        (
            (T, "warning", "Undefined index: id in /var/www/a.php on line 7"),
            ("2024-06-11T06:00:04", "info", "Undefined offset: 1 in /var/www/a.php on line 8"),
        ),
        name_of_file="php_errors.log",
    ),
    Shape(
        "PHP error_log [... America/New_York], winter",
        "[11-Jan-2024 01:00:02 America/New_York] PHP Warning:  foo() expects 1 argument in /a.php on line 2\n"
        "[11-Jan-2024 01:00:03 America/New_York] PHP Fatal error:  Uncaught Error: Call to undefined function bar() in /a.php:3\n",
        (
            ("2024-01-11T06:00:02", "warning", "foo() expects 1 argument in /a.php on line 2"),
            (
                "2024-01-11T06:00:03",
                "critical",
                "Uncaught Error: Call to undefined function bar() in /a.php:3",
            ),
        ),
        mtime="2024-01-11T12:00:00",
        name_of_file="php_errors.log",
    ),
    Shape(
        "PHP-FPM [dd-MMM-yyyy HH:mm:ss] NOTICE:, --tz Europe/Berlin",
        "[11-Jun-2024 08:00:02] NOTICE: fpm is running, pid 1234\n[11-Jun-2024 08:00:03] WARNING: [pool www] server reached pm.max_children setting (5)\n",
        (
            (T, "info", "fpm is running, pid 1234"),
            ("2024-06-11T06:00:03", "warning", "server reached pm.max_children setting (5)"),
        ),
        tz="Europe/Berlin",
    ),
    Shape(
        "Erlang error_logger =ERROR REPORT==== dd-MMM-yyyy::HH:mm:ss ===",
        "=INFO REPORT==== 11-Jun-2024::06:00:02 ===\naccepting AMQP connection <0.123.0> (10.0.0.1:5555 -> 10.0.0.2:5672)\n"
        "=ERROR REPORT==== 11-Jun-2024::06:00:04 ===\nclosing AMQP connection <0.123.0>: connection_closed_abruptly\n",
        (
            (T, "info", "accepting AMQP connection <0.123.0> (10.0.0.1:5555 -> 10.0.0.2:5672)"),
            (
                "2024-06-11T06:00:04",
                "error",
                "closing AMQP connection <0.123.0>: connection_closed_abruptly",
            ),
        ),
    ),
    Shape(
        "Erlang lager / RabbitMQ 3.8 yyyy-MM-dd HH:mm:ss.SSS [level] <pid>",
        "2024-06-11 06:00:02.118 [info] <0.123.0> Server startup complete\n2024-06-11 06:00:03.250 [error] <0.456.0> connection closed\n",
        (
            (T + ".118", "info", "Server startup complete"),
            ("2024-06-11T06:00:03.25", "error", "connection closed"),
        ),
        notes="the process id is an attribute",
    ),
    Shape(
        ".NET en-US M/d/yyyy h:mm:ss AM",
        "6/11/2024 6:00:02 AM [Information] Service started\n6/11/2024 6:00:09 AM [Error] Connection refused\n",
        ((T, "info", "Service started"), ("2024-06-11T06:00:09", "error", "Connection refused")),
    ),
    Shape(
        ".NET en-US 12-hour PM",
        "6/11/2024 6:00:02 PM [Warning] Disk almost full\n6/11/2024 12:00:09 PM [Error] Disk full\n",
        (
            ("2024-06-11T18:00:02", "warning", "Disk almost full"),
            ("2024-06-11T12:00:09", "error", "Disk full"),
        ),
        mtime="2024-06-11T20:00:00",
    ),
    Shape(
        "Windows CBS.log yyyy-MM-dd HH:mm:ss, Level",
        "2024-06-11 06:00:02, Info                  CBS    Loaded Servicing Stack v10.0.19041.3684\n"
        "2024-06-11 06:00:04, Error                 CBS    Failed to process single phase execution. [HRESULT = 0x800f0922]\n",
        (
            (T, "info", "Loaded Servicing Stack v10.0.19041.3684"),
            (
                "2024-06-11T06:00:04",
                "error",
                "Failed to process single phase execution. [HRESULT = 0x800f0922]",
            ),
        ),
        notes="CBS is the component: the message keeps it or the logger takes it",
    ),
    # ---------------------------------------------------------------- databases
    Shape(
        "MySQL 5.5 yyMMdd H:mm:ss",
        "240611  6:00:02 [Note] InnoDB: Started; log sequence number 1234567\n240611  6:00:03 [ERROR] Can't open the mysql.plugin table\n",
        (
            (T, "info", "InnoDB: Started; log sequence number 1234567"),
            ("2024-06-11T06:00:03", "error", "Can't open the mysql.plugin table"),
        ),
    ),
    Shape(
        "MySQL 8 ISO micro Z [System] [MY-...]",
        "2024-06-11T06:00:02.118234Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.36) starting as process 1\n"
        "2024-06-11T06:00:03.000001Z 0 [ERROR] [MY-010119] [Server] Aborting\n",
        (
            (T + ".118234", "info", "/usr/sbin/mysqld (mysqld 8.0.36) starting as process 1"),
            ("2024-06-11T06:00:03.000001", "error", "Aborting"),
        ),
    ),
    Shape(
        "MariaDB yyyy-MM-dd  H:mm:ss (blank-padded hour)",
        "2024-06-11  6:00:02 0 [Note] InnoDB: Buffer pool(s) load completed\n2024-06-11  6:00:03 0 [ERROR] mysqld: Table 'x' is marked as crashed\n",
        (
            (T, "info", "InnoDB: Buffer pool(s) load completed"),
            ("2024-06-11T06:00:03", "error", "mysqld: Table 'x' is marked as crashed"),
        ),
    ),
    Shape(
        "PostgreSQL %m UTC",
        "2024-06-11 06:00:02.118 UTC [811] LOG:  database system is ready to accept connections\n"
        '2024-06-11 06:00:03.500 UTC [812] FATAL:  password authentication failed for user "app"\n',
        (
            (T + ".118", "info", "database system is ready to accept connections"),
            ("2024-06-11T06:00:03.5", "critical", 'password authentication failed for user "app"'),
        ),
        name_of_file="postgresql.log",
    ),
    Shape(
        "PostgreSQL %m CEST",
        '2024-06-11 08:00:02.118 CEST [811] ERROR:  relation "orders" does not exist at character 15\n'
        "2024-06-11 08:00:02.200 CEST [811] LOG:  checkpoint complete\n",
        (
            (T + ".118", "error", 'relation "orders" does not exist'),
            (T + ".2", "info", "checkpoint complete"),
        ),
        name_of_file="postgresql.log",
    ),
    Shape(
        "PostgreSQL %m PST (winter)",
        "2024-01-10 22:00:02.118 PST [811] LOG:  autovacuum launcher started\n2024-01-10 22:00:04.000 PST [811] WARNING:  there is no transaction in progress\n",
        (
            ("2024-01-11T06:00:02.118", "info", "autovacuum launcher started"),
            ("2024-01-11T06:00:04", "warning", "there is no transaction in progress"),
        ),
        mtime="2024-01-11T12:00:00",
        name_of_file="postgresql.log",
    ),
    Shape(
        'MongoDB 4.4+ JSON {"t":{"$date":...}}',
        '{"t":{"$date":"2024-06-11T08:00:02.118+02:00"},"s":"I","c":"NETWORK","id":23016,"ctx":"listener","msg":"Waiting for connections"}\n'
        '{"t":{"$date":"2024-06-11T08:00:03.000+02:00"},"s":"E","c":"STORAGE","id":22435,"ctx":"conn1","msg":"WiredTiger error"}\n',
        (
            (T + ".118", "info", "Waiting for connections"),
            ("2024-06-11T06:00:03", "error", "WiredTiger error"),
        ),
    ),
    # ---------------------------------------------------------------- epochs
    Shape(
        "plain-text epoch seconds",
        "1718085602 ERROR disk /dev/sda1 full\n1718085605 INFO disk cleanup done\n",
        ((T, "error", "disk /dev/sda1 full"), ("2024-06-11T06:00:05", "info", "disk cleanup done")),
    ),
    Shape(
        "plain-text epoch seconds.millis",
        "1718085602.118 WARN queue backlog 900\n1718085602.5 ERROR queue stalled\n",
        ((T + ".118", "warning", "queue backlog 900"), (T + ".5", "error", "queue stalled")),
    ),
    Shape(
        "plain-text epoch milliseconds",
        "1718085602118 INFO started\n1718085603250 ERROR failed\n",
        ((T + ".118", "info", "started"), ("2024-06-11T06:00:03.25", "error", "failed")),
    ),
    Shape(
        "Nagios [epoch] SERVICE ALERT",
        "[1718085602] SERVICE ALERT: web01;HTTP;CRITICAL;HARD;3;Connection refused\n[1718085665] HOST ALERT: db01;DOWN;SOFT;1;PING CRITICAL - Packet loss = 100%\n",
        (
            (T, "error", "SERVICE ALERT: web01;HTTP;CRITICAL;HARD;3;Connection refused"),
            (
                "2024-06-11T06:01:05",
                None,
                "HOST ALERT: db01;DOWN;SOFT;1;PING CRITICAL - Packet loss = 100%",
            ),
        ),
        name_of_file="nagios.log",
        notes="the level is loose here: only the time is this sweep's",
    ),
    Shape(
        "JSON epoch seconds (int)",
        '{"ts":1718085602,"level":"info","msg":"started"}\n{"ts":1718085603,"level":"error","msg":"failed"}\n',
        ((T, "info", "started"), ("2024-06-11T06:00:03", "error", "failed")),
    ),
    Shape(
        "JSON epoch seconds float (zap production, Caddy)",
        '{"level":"info","ts":1718085602.1182342,"logger":"http","msg":"server running"}\n{"level":"error","ts":1718085602.5,"logger":"http","msg":"handler failed"}\n',
        ((T + ".118234", "info", "server running"), (T + ".5", "error", "handler failed")),
        notes="a float epoch carries about 7 significant digits after the second: microseconds",
    ),
    Shape(
        "JSON epoch milliseconds (pino, bunyan-like)",
        '{"level":30,"time":1718085602118,"pid":1,"msg":"listening"}\n{"level":50,"time":1718085603250,"pid":1,"msg":"request failed"}\n',
        ((T + ".118", "info", "listening"), ("2024-06-11T06:00:03.25", "error", "request failed")),
    ),
    Shape(
        "JSON epoch microseconds",
        '{"timestamp":1718085602118234,"severity":"INFO","message":"ok"}\n{"timestamp":1718085602500000,"severity":"ERROR","message":"bad"}\n',
        ((T + ".118234", "info", "ok"), (T + ".5", "error", "bad")),
    ),
    Shape(
        "JSON epoch nanoseconds (zerolog UnixNano, OTel)",
        '{"time":1718085602118234567,"level":"info","message":"ok"}\n{"time":1718085602999999999,"level":"error","message":"bad"}\n',
        ((T + ".118234", "info", "ok"), (T + ".999999", "error", "bad")),
    ),
    Shape(
        "JSON epoch as strings (s, ms)",
        '{"ts":"1718085602","level":"info","msg":"a"}\n{"ts":"1718085603250","level":"error","msg":"b"}\n',
        ((T, "info", "a"), ("2024-06-11T06:00:03.25", "error", "b")),
    ),
    Shape(
        "JSON epoch as strings (us, ns, s.frac)",
        '{"ts":"1718085602118234","level":"info","msg":"a"}\n{"ts":"1718085602118234567","level":"warn","msg":"b"}\n{"ts":"1718085602.118","level":"error","msg":"c"}\n',
        ((T + ".118234", "info", "a"), (T + ".118234", "warning", "b"), (T + ".118", "error", "c")),
    ),
    Shape(
        "JSON naive ISO with --tz Europe/Berlin",
        '{"timestamp":"2024-06-11 08:00:02.118","level":"INFO","message":"a"}\n{"timestamp":"2024-06-11T08:00:03","level":"ERROR","message":"b"}\n',
        ((T + ".118", "info", "a"), ("2024-06-11T06:00:03", "error", "b")),
        tz="Europe/Berlin",
    ),
    Shape(
        "JSON ISO with offset and --tz elsewhere (offset wins)",
        '{"@timestamp":"2024-06-11T11:30:02.118+05:30","log.level":"info","message":"a"}\n{"@timestamp":"2024-06-11T06:00:03Z","log.level":"error","message":"b"}\n',
        ((T + ".118", "info", "a"), ("2024-06-11T06:00:03", "error", "b")),
        tz="America/New_York",
    ),
    # ---------------------------------------------------------------- kernel, devices, misc
    Shape(
        "dmesg -T [Tue Jun 11 06:00:02 2024]",
        "[Tue Jun 11 06:00:02 2024] usb 1-1: new high-speed USB device number 2 using xhci_hcd\n"
        "[Tue Jun 11 06:00:05 2024] EXT4-fs error (device sda1): ext4_find_entry:1455: inode #2: comm ls: reading directory lblock 0\n",
        (
            (T, None, "usb 1-1: new high-speed USB device number 2 using xhci_hcd"),
            (
                "2024-06-11T06:00:05",
                "error",
                "EXT4-fs error (device sda1): ext4_find_entry:1455: inode #2: comm ls: reading directory lblock 0",
            ),
        ),
        name_of_file="dmesg.log",
    ),
    Shape(
        "date(1) default EEE MMM d HH:mm:ss zzz yyyy",
        "Tue Jun 11 02:00:02 EDT 2024 backup: starting\nTue Jun 11 02:00:09 EDT 2024 backup: ERROR tar exited 2\n",
        (
            (T, None, "backup: starting"),
            ("2024-06-11T06:00:09", "error", "backup: ERROR tar exited 2"),
        ),
    ),
    Shape(
        "Android logcat threadtime MM-dd (no year)",
        "06-11 06:00:02.118  1234  5678 I ActivityManager: Start proc 4321:com.example/u0a12\n"
        "06-11 06:00:03.250  1234  5678 E AndroidRuntime: FATAL EXCEPTION: main\n",
        (
            (T + ".118", "info", "Start proc 4321:com.example/u0a12"),
            ("2024-06-11T06:00:03.25", "error", "FATAL EXCEPTION: main"),
        ),
    ),
    Shape(
        "Chromium [pid:tid:MMdd/HHmmss.micro:LEVEL:file(line)]",
        "[1234:5678:0611/060002.118234:ERROR:gpu_init.cc(523)] Passthrough is not supported, GL is egl\n"
        "[1234:5678:0611/060003.000100:WARNING:dns_config_service.cc(120)] Failed to read DnsConfig\n",
        (
            (T + ".118234", "error", "Passthrough is not supported, GL is egl"),
            ("2024-06-11T06:00:03.0001", "warning", "Failed to read DnsConfig"),
        ),
    ),
    Shape(
        "Heroku router (ISO micro +00:00)",
        '2024-06-11T06:00:02.118234+00:00 heroku[router]: at=info method=GET path="/" host=app.herokuapp.com status=200 bytes=512\n'
        '2024-06-11T06:00:03.000001+00:00 heroku[router]: at=error code=H12 desc="Request timeout" method=GET path="/slow" status=503\n',
        (
            (T + ".118234", "info", "GET / 200"),
            ("2024-06-11T06:00:03.000001", "error", "H12 Request timeout: GET /slow 503"),
        ),
        notes="message loose: only the time is this sweep's",
    ),
    Shape(
        "Monit [CEST Jun 11 08:00:02] (zone first, no year)",
        "[CEST Jun 11 08:00:02] info     : 'web01' Monit 5.33.0 started\n[CEST Jun 11 08:00:32] error    : 'nginx' process is not running\n",
        (
            (T, "info", "'web01' Monit 5.33.0 started"),
            ("2024-06-11T06:00:32", "error", "'nginx' process is not running"),
        ),
    ),
    Shape(
        "European dotted dd.MM.yyyy HH:mm:ss, --tz Europe/Berlin",
        "11.06.2024 08:00:02 INFO Dienst gestartet\n11.06.2024 08:00:05 ERROR Verbindung abgelehnt\n",
        ((T, "info", "Dienst gestartet"), ("2024-06-11T06:00:05", "error", "Verbindung abgelehnt")),
        tz="Europe/Berlin",
    ),
    Shape(
        "Hadoop HDFS yyMMdd HHmmss",
        "240611 060002 143 INFO dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38865049064139660 terminating\n"
        "240611 060005 143 WARN dfs.DataNode: Slow BlockReceiver write packet\n",
        (
            (
                T,
                "info",
                "dfs.DataNode$PacketResponder: PacketResponder 1 for block blk_38865049064139660 terminating",
            ),
            ("2024-06-11T06:00:05", "warning", "dfs.DataNode: Slow BlockReceiver write packet"),
        ),
    ),
    Shape(
        "syslog with year (Cisco ASA / some appliances) MMM dd yyyy HH:mm:ss",
        "Jun 11 2024 06:00:02: %ASA-6-302013: Built inbound TCP connection 1 for outside:10.0.0.1/5555\n"
        "Jun 11 2024 06:00:03: %ASA-3-710003: TCP access denied by ACL from 10.0.0.2/4444\n",
        (
            (T, "info", "%ASA-6-302013: Built inbound TCP connection 1 for outside:10.0.0.1/5555"),
            (
                "2024-06-11T06:00:03",
                "error",
                "%ASA-3-710003: TCP access denied by ACL from 10.0.0.2/4444",
            ),
        ),
    ),
    Shape(
        "ISO then GMT word (Java Date-like)",
        "2024-06-11 06:00:02 GMT INFO replication caught up\n2024-06-11 06:00:04 GMT ERROR replication lag 30s\n",
        (
            (T, "info", "replication caught up"),
            ("2024-06-11T06:00:04", "error", "replication lag 30s"),
        ),
    ),
    Shape(
        "Cisco IOS UTC: stamp, read with --tz Europe/Berlin",
        "Jun 11 06:00:02.118 UTC: %LINEPROTO-5-UPDOWN: Line protocol on Interface Gi0/2, changed state to up\n"
        "Jun 11 06:00:09.000 UTC: %SYS-2-MALLOCFAIL: Memory allocation of 65536 bytes failed\n",
        (
            (
                T + ".118",
                "info",
                "%LINEPROTO-5-UPDOWN: Line protocol on Interface Gi0/2, changed state to up",
            ),
            (
                "2024-06-11T06:00:09",
                "critical",
                "%SYS-2-MALLOCFAIL: Memory allocation of 65536 bytes failed",
            ),
        ),
        tz="Europe/Berlin",
    ),
    Shape(
        "log4j %d{ABSOLUTE} HH:mm:ss,SSS time only",
        "06:00:02,118 INFO  [main] com.acme.App - Application started\n06:00:03,250 ERROR [worker-1] com.acme.Job - Job 42 failed\n",
        (
            (T + ".118", "info", "Application started"),
            ("2024-06-11T06:00:03.25", "error", "Job 42 failed"),
        ),
    ),
    Shape(
        "Java SimpleDateFormat yyyy-MM-dd hh:mm:ss a (PM)",
        "2024-06-11 06:00:02 PM INFO  OrderService - order 4711 shipped\n2024-06-11 06:00:05 PM ERROR OrderService - order 4712 failed\n",
        (
            ("2024-06-11T18:00:02", "info", "OrderService - order 4711 shipped"),
            ("2024-06-11T18:00:05", "error", "OrderService - order 4712 failed"),
        ),
        mtime="2024-06-11T20:00:00",
        notes="the logger before ` - ` is a loose part of this check",
    ),
    Shape(
        "JavaScript Date.toString() (GMT+0200 and the zone's name)",
        "Tue Jun 11 2024 08:00:02 GMT+0200 (Central European Summer Time) INFO server listening\n"
        "Tue Jun 11 2024 08:00:07 GMT+0200 (Central European Summer Time) ERROR request failed\n",
        ((T, "info", "server listening"), ("2024-06-11T06:00:07", "error", "request failed")),
    ),
    Shape(
        "RFC 1123 with numeric offset (Go RFC1123Z)",
        "Tue, 11 Jun 2024 08:00:02 +0200 INFO sync started\nTue, 11 Jun 2024 08:00:04 +0200 ERROR sync failed\n",
        ((T, "info", "sync started"), ("2024-06-11T06:00:04", "error", "sync failed")),
    ),
    Shape(
        "IIS W3C (UTC by the format), read with --tz Europe/Berlin",
        "#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Date: 2024-06-11 06:00:00\n"
        "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken\n"
        "2024-06-11 06:00:02 10.0.0.2 GET /api - 443 - 10.0.0.1 curl/8.0 500 0 0 12\n",
        (
            (None, "debug", "#Software: Microsoft Internet Information Services 10.0"),
            (None, "debug", "#Version: 1.0"),
            ("2024-06-11T06:00:00", "debug", "#Date: 2024-06-11 06:00:00"),
            (
                None,
                "debug",
                "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken",
            ),
            (T, "error", "GET /api 500"),
        ),
        tz="Europe/Berlin",
        name_of_file="u_ex240611.log",
        notes="directives are events of their own at debug (w3c.py), with no time of their own but #Date's",
    ),
    Shape(
        "Rust env_logger [ISO Z LEVEL target]",
        "[2024-06-11T06:00:02Z INFO  my_app::server] listening on 0.0.0.0:3000\n[2024-06-11T06:00:04Z ERROR my_app::db] connection lost\n",
        (
            (T, "info", "listening on 0.0.0.0:3000"),
            ("2024-06-11T06:00:04", "error", "connection lost"),
        ),
    ),
    Shape(
        "Android logcat -v epoch",
        "1718085602.118  1234  5678 I ActivityManager: Start proc 4321:com.example/u0a12\n1718085603.250  1234  5678 E AndroidRuntime: FATAL EXCEPTION: main\n",
        (
            (T + ".118", "info", "Start proc 4321:com.example/u0a12"),
            ("2024-06-11T06:00:03.25", "error", "FATAL EXCEPTION: main"),
        ),
    ),
    Shape(
        "Python asctime with %z offset (datefmt)",
        "2024-06-11 08:00:02+0200 INFO worker: job 17 done\n2024-06-11 08:00:03+0200 ERROR worker: job 18 failed\n",
        ((T, "info", "job 17 done"), ("2024-06-11T06:00:03", "error", "job 18 failed")),
    ),
    Shape(
        "shell date +%s.%N epoch with nanoseconds",
        "1718085602.118234567 backup: started\n1718085602.999999999 backup: ERROR tar exited 2\n",
        (
            (T + ".118234", None, "backup: started"),
            (T + ".999999", "error", "backup: ERROR tar exited 2"),
        ),
        notes="the nanoseconds are cut to microseconds, never rounded up",
    ),
    Shape(
        "JSON epoch seconds with nanoseconds as a string",
        '{"ts":"1718085602.118234567","level":"info","msg":"a"}\n{"ts":"1718085602.999999999","level":"error","msg":"b"}\n',
        ((T + ".118234", "info", "a"), (T + ".999999", "error", "b")),
    ),
    Shape(
        "Node toLocaleString() en-US (comma after the date)",
        "6/11/2024, 6:00:02 AM - info: server listening on 3000\n6/11/2024, 6:00:09 PM - error: request failed\n",
        (
            (T, "info", "server listening on 3000"),
            ("2024-06-11T18:00:09", "error", "request failed"),
        ),
        mtime="2024-06-11T20:00:00",
    ),
    Shape(
        "Go time.Time.String() (offset, abbreviation, monotonic clock)",
        "2024-06-11 08:00:02.118234567 +0200 CEST m=+0.000123001 INFO started\n"
        "2024-06-11 08:00:09.5 +0200 CEST m=+7.381902114 ERROR stopped\n",
        ((T + ".118234", "info", "started"), ("2024-06-11T06:00:09.5", "error", "stopped")),
    ),
    Shape(
        "Java ZonedDateTime.toString() ([zone id] after the offset)",
        "2024-06-11T08:00:02.118+02:00[Europe/Berlin] INFO order 4711 shipped\n"
        "2024-06-11T08:00:05+02:00[Europe/Berlin] ERROR order 4712 failed\n",
        (
            (T + ".118", "info", "order 4711 shipped"),
            ("2024-06-11T06:00:05", "error", "order 4712 failed"),
        ),
    ),
    Shape(
        ".NET DateTimeOffset en-US (offset after AM/PM)",
        "6/11/2024 8:00:02 AM +02:00 [Information] Worker running\n6/11/2024 8:00:05 AM +02:00 [Error] Worker crashed\n",
        ((T, "info", "Worker running"), ("2024-06-11T06:00:05", "error", "Worker crashed")),
    ),
    Shape(
        "Elixir Logger console HH:mm:ss.SSS [level]",
        "06:00:02.118 [info] Running MyAppWeb.Endpoint with cowboy 2.10.0 at 0.0.0.0:4000 (http)\n06:00:03.250 [error] GenServer MyApp.Worker terminating\n",
        (
            (
                T + ".118",
                "info",
                "Running MyAppWeb.Endpoint with cowboy 2.10.0 at 0.0.0.0:4000 (http)",
            ),
            ("2024-06-11T06:00:03.25", "error", "GenServer MyApp.Worker terminating"),
        ),
    ),
    Shape(
        "time only, lines before midnight read just after it (yesterday's)",
        "23:59:58.500 [main] INFO  com.acme.App - nightly rollover\n00:00:01.250 [main] ERROR com.acme.App - rollover failed\n",
        (
            ("2024-06-10T23:59:58.5", "info", "nightly rollover"),
            ("2024-06-11T00:00:01.25", "error", "rollover failed"),
        ),
        mtime="2024-06-11T00:00:30",
    ),
    Shape(
        "RFC 3164, --tz America/New_York (EDT), zone-less",
        "Jun 11 02:00:02 db01 postgres[811]: [3-1] LOG:  checkpoint starting: time\nJun 11 02:00:04 db01 postgres[811]: [4-1] ERROR:  deadlock detected\n",
        (
            (T, "info", "checkpoint starting: time"),
            ("2024-06-11T06:00:04", "error", "deadlock detected"),
        ),
        tz="America/New_York",
        name_of_file="syslog",
    ),
    Shape(
        "date '+%F %T %z %Z' (offset, then its abbreviation)",
        "2024-06-11 08:00:02 +0200 CEST INFO backup started\n2024-06-11 08:00:09 +0200 CEST ERROR tar exited 2\n",
        ((T, "info", "backup started"), ("2024-06-11T06:00:09", "error", "tar exited 2")),
    ),
    Shape(
        "yyyy.MM.dd dotted date (NLog / .NET custom format)",
        "2024.06.11 06:00:02.118 INFO Sync started\n2024.06.11 06:00:04 ERROR Sync failed: disk full\n",
        (
            (T + ".118", "info", "Sync started"),
            ("2024-06-11T06:00:04", "error", "Sync failed: disk full"),
        ),
    ),
    Shape(
        "ISO 8601 basic (boost posix_time::to_iso_string, compact UTC)",
        "20240611T060002,118000 [info] listener bound\n20240611T060004Z [error] handshake failed\n",
        (
            (T + ".118", "info", "listener bound"),
            ("2024-06-11T06:00:04", "error", "handshake failed"),
        ),
    ),
    Shape(
        '.NET full date/time pattern ("F": weekday, month name, 12-hour)',
        "Tuesday, June 11, 2024 6:00:02 AM INFO Service started\nTuesday, June 11, 2024 6:00:04 AM ERROR Service crashed\n",
        ((T, "info", "Service started"), ("2024-06-11T06:00:04", "error", "Service crashed")),
    ),
    Shape(
        "month day time year, no weekday (ctime without it)",
        "Jun 11 06:00:02 2024 INFO cert loaded\nJun 11 06:00:04 2024 ERROR cert expired\n",
        ((T, "info", "cert loaded"), ("2024-06-11T06:00:04", "error", "cert expired")),
        mtime="2026-01-05T12:00:00",
    ),
]
