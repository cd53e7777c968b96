# ruff: noqa: E501
"""Error codes and message identifiers as real programs write them, for `bench/code_sweep.py`
(session 25).

Each shape is a short log of one program, in its line layout, written from the program's
source or documentation (no corpus file copied). Each event carries the name of the problem
it reports (`group`) and the code that names that problem (`code`, "" for none): messages of
one group differ only in values that vary (an address, a pid, a queue id, a path) and must get
ONE template; messages of two groups differ by their code (`ORA-00942`, `HTTP 503`,
`ECONNREFUSED`, `DHCP4_LEASE_ALLOC`) and must get DIFFERENT templates (issue #3: status codes
and similar enumerations stay constant); and the code must be written in its template as it is
in the message (not `<*>`). Values that look like codes but vary (Postfix queue ids, ticket
keys) are shapes too: their messages must be one template.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Shape:
    name: str
    # (line as the program writes it, group, the code its template must hold or "")
    lines: tuple[tuple[str, str, str], ...]
    name_of_file: str = "app.log"
    notes: str = ""

    @property
    def text(self) -> str:
        return "".join(line + "\n" for line, _, _ in self.lines)


def _sec(i: int) -> str:
    return f"{2 + i:02d}"


def syslog(host: str, tag: str, messages: list[tuple[str, str, str]]) -> tuple:
    """RFC 3164 lines (`Jun 11 06:00:02 host tag: message`), one per message."""
    return tuple(
        (f"Jun 11 06:00:{_sec(i)} {host} {tag}: {m}", g, c) for i, (m, g, c) in enumerate(messages)
    )


def log4j(logger: str, messages: list[tuple[str, str, str, str]]) -> tuple:
    """log4j/logback's `%d %-5level [%thread] %logger - %msg`; messages are (level, message,
    group, code), the thread varies."""
    return tuple(
        (
            f"2024-06-11 06:00:{_sec(i)},118 {lvl:<5} [http-nio-8080-exec-{i + 3}] {logger} - {m}",
            g,
            c,
        )
        for i, (lvl, m, g, c) in enumerate(messages)
    )


def iso(level: str, messages: list[tuple[str, str, str]]) -> tuple:
    """`2024-06-11T06:00:02.118Z LEVEL message` (a Go or Node service's console layout)."""
    return tuple(
        (f"2024-06-11T06:00:{_sec(i)}.118Z {level} {m}", g, c)
        for i, (m, g, c) in enumerate(messages)
    )


def pylog(level: str, logger: str, messages: list[tuple[str, str, str]]) -> tuple:
    """Python logging's `%(asctime)s %(levelname)s %(name)s: %(message)s`."""
    return tuple(
        (f"2024-06-11 06:00:{_sec(i)},118 {level} {logger}: {m}", g, c)
        for i, (m, g, c) in enumerate(messages)
    )


SHAPES: list[Shape] = [
    # ------------------------------------------------------------------- Apache httpd AHnnnnn
    Shape(
        "Apache httpd 2.4 error log AH codes",
        (
            (
                "[Tue Jun 11 06:00:02.118234 2024] [authz_core:error] [pid 2211:tid 139874] [client 10.0.0.7:51234] AH01630: client denied by server configuration: /var/www/html/admin",
                "denied",
                "AH01630",
            ),
            (
                "[Tue Jun 11 06:00:03.512001 2024] [authz_core:error] [pid 2214:tid 139901] [client 10.0.0.19:40022] AH01630: client denied by server configuration: /var/www/html/server-status",
                "denied",
                "AH01630",
            ),
            (
                "[Tue Jun 11 06:00:04.000120 2024] [proxy:error] [pid 2217:tid 139912] (111)Connection refused: AH00957: http: attempt to connect to 10.0.0.9:8080 (10.0.0.9:8080) failed",
                "connect",
                "AH00957",
            ),
            (
                "[Tue Jun 11 06:00:05.700200 2024] [proxy:error] [pid 2219:tid 139913] (111)Connection refused: AH00957: http: attempt to connect to 10.0.0.12:8081 (10.0.0.12:8081) failed",
                "connect",
                "AH00957",
            ),
            (
                "[Tue Jun 11 06:00:06.001000 2024] [proxy_http:error] [pid 2217:tid 139912] [client 10.0.0.7:51240] AH01114: HTTP: failed to make connection to backend: 10.0.0.9",
                "backend",
                "AH01114",
            ),
            (
                "[Tue Jun 11 06:00:07.001000 2024] [proxy_http:error] [pid 2290:tid 139990] [client 10.0.0.31:41111] AH01114: HTTP: failed to make connection to backend: 10.0.0.12",
                "backend",
                "AH01114",
            ),
        ),
        name_of_file="error.log",
    ),
    Shape(
        "Apache httpd startup AH00558 via syslog",
        syslog(
            "web1",
            "apachectl[2201]",
            [
                (
                    "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 127.0.1.1. Set the 'ServerName' directive globally to suppress this message",
                    "fqdn",
                    "AH00558",
                ),
                (
                    "AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using 10.0.0.5. Set the 'ServerName' directive globally to suppress this message",
                    "fqdn",
                    "AH00558",
                ),
                (
                    "AH00112: Warning: DocumentRoot [/var/www/html/shop] does not exist",
                    "docroot",
                    "AH00112",
                ),
                (
                    "AH00112: Warning: DocumentRoot [/srv/www/blog] does not exist",
                    "docroot",
                    "AH00112",
                ),
            ],
        ),
        name_of_file="syslog",
    ),
    # ------------------------------------------------------------------------- Oracle ORA-
    Shape(
        "Oracle ORA- codes in a Java service's log",
        log4j(
            "c.e.orders.OrderDao",
            [
                (
                    "ERROR",
                    "query failed for order 81234: ORA-00942: table or view does not exist",
                    "942",
                    "ORA-00942",
                ),
                (
                    "ERROR",
                    "query failed for order 81299: ORA-00942: table or view does not exist",
                    "942",
                    "ORA-00942",
                ),
                (
                    "ERROR",
                    "query failed for order 81301: ORA-01017: invalid username/password; logon denied",
                    "1017",
                    "ORA-01017",
                ),
                (
                    "ERROR",
                    "query failed for order 81377: ORA-01017: invalid username/password; logon denied",
                    "1017",
                    "ORA-01017",
                ),
                (
                    "ERROR",
                    "query failed for order 81402: ORA-12541: TNS:no listener",
                    "12541",
                    "ORA-12541",
                ),
                (
                    "ERROR",
                    "query failed for order 81455: ORA-12541: TNS:no listener",
                    "12541",
                    "ORA-12541",
                ),
            ],
        ),
    ),
    Shape(
        "Oracle alert log ORA-00060 and ORA-01555",
        (
            (
                "2024-06-11T06:00:02.118234+00:00 ORA-00060: Deadlock detected. See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors. More info in file /u01/app/oracle/diag/rdbms/orcl/orcl/trace/orcl_ora_12345.trc.",
                "60",
                "ORA-00060",
            ),
            (
                "2024-06-11T06:00:09.000001+00:00 ORA-00060: Deadlock detected. See Note 60.1 at My Oracle Support for Troubleshooting ORA-60 Errors. More info in file /u01/app/oracle/diag/rdbms/orcl/orcl/trace/orcl_ora_23817.trc.",
                "60",
                "ORA-00060",
            ),
            (
                "2024-06-11T06:00:12.500000+00:00 ORA-01555 caused by SQL statement below (SQL ID: 4ztz048yfq32s, Query Duration=1808 sec, SCN: 0x0000.0c3a1f2b):",
                "1555",
                "ORA-01555",
            ),
            (
                "2024-06-11T06:00:15.500000+00:00 ORA-01555 caused by SQL statement below (SQL ID: 9babjv8yq8ru3, Query Duration=2411 sec, SCN: 0x0000.0c3a9e01):",
                "1555",
                "ORA-01555",
            ),
        ),
        name_of_file="alert_orcl.log",
    ),
    # ------------------------------------------------------------------------------- MySQL
    Shape(
        "MySQL 8 error log [MY-nnnnnn]",
        (
            (
                "2024-06-11T06:00:02.118234Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.36) starting as process 2211",
                "start",
                "MY-010116",
            ),
            (
                "2024-06-11T06:00:03.118234Z 0 [System] [MY-010116] [Server] /usr/sbin/mysqld (mysqld 8.0.36) starting as process 4417",
                "start",
                "MY-010116",
            ),
            (
                "2024-06-11T06:00:04.118234Z 812 [Note] [MY-010914] [Server] Aborted connection 812 to db: 'shop' user: 'app' host: '10.0.0.7' (Got an error reading communication packets).",
                "aborted",
                "MY-010914",
            ),
            (
                "2024-06-11T06:00:05.118234Z 907 [Note] [MY-010914] [Server] Aborted connection 907 to db: 'shop' user: 'app' host: '10.0.0.19' (Got an error reading communication packets).",
                "aborted",
                "MY-010914",
            ),
            (
                "2024-06-11T06:00:06.118234Z 0 [Warning] [MY-010055] [Server] IP address '10.0.0.9' could not be resolved: Name or service not known",
                "resolve",
                "MY-010055",
            ),
            (
                "2024-06-11T06:00:07.118234Z 0 [Warning] [MY-010055] [Server] IP address '10.0.0.23' could not be resolved: Name or service not known",
                "resolve",
                "MY-010055",
            ),
        ),
        name_of_file="error.log",
    ),
    Shape(
        "MySQL client ERROR nnnn (SQLSTATE) in a cron job's log",
        (
            (
                "2024-06-11 06:00:02 backup.sh[2211]: ERROR 1045 (28000): Access denied for user 'backup'@'10.0.0.7' (using password: YES)",
                "1045",
                "1045",
            ),
            (
                "2024-06-11 06:15:02 backup.sh[2377]: ERROR 1045 (28000): Access denied for user 'report'@'10.0.0.19' (using password: YES)",
                "1045",
                "1045",
            ),
            (
                "2024-06-11 06:30:02 backup.sh[2512]: ERROR 2003 (HY000): Can't connect to MySQL server on '10.0.0.9:3306' (111)",
                "2003",
                "2003",
            ),
            (
                "2024-06-11 06:45:02 backup.sh[2699]: ERROR 2003 (HY000): Can't connect to MySQL server on '10.0.0.12:3306' (111)",
                "2003",
                "2003",
            ),
        ),
        name_of_file="backup.log",
    ),
    Shape(
        "MySQL error number after Error: in a Go service (same words, two codes)",
        iso(
            "ERROR",
            [
                (
                    "db ping failed for shard 3: Error 1045: Access denied for user 'app'@'10.0.0.7'",
                    "1045",
                    "Error 1045",
                ),
                (
                    "db ping failed for shard 7: Error 1045: Access denied for user 'app'@'10.0.0.19'",
                    "1045",
                    "Error 1045",
                ),
                (
                    "db ping failed for shard 3: Error 1040: Too many connections",
                    "1040",
                    "Error 1040",
                ),
                (
                    "db ping failed for shard 5: Error 1040: Too many connections",
                    "1040",
                    "Error 1040",
                ),
            ],
        ),
    ),
    Shape(
        "PHP PDO SQLSTATE[...] [nnnn]",
        (
            (
                "[11-Jun-2024 06:00:02 UTC] PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/app/src/Db.php:41",
                "2002",
                "[2002]",
            ),
            (
                "[11-Jun-2024 06:00:03 UTC] PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in /var/www/app/src/Db.php:41",
                "2002",
                "[2002]",
            ),
            (
                "[11-Jun-2024 06:00:04 UTC] PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user 'app'@'10.0.0.7' (using password: YES) in /var/www/app/src/Db.php:41",
                "1045",
                "[1045]",
            ),
            (
                "[11-Jun-2024 06:00:05 UTC] PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user 'app'@'10.0.0.9' (using password: YES) in /var/www/app/src/Db.php:41",
                "1045",
                "[1045]",
            ),
            (
                "[11-Jun-2024 06:00:06 UTC] PHP Warning:  PDOStatement::execute(): SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '8123' for key 'orders.PRIMARY' in /var/www/app/src/Orders.php on line 77",
                "1062",
                "SQLSTATE[23000]",
            ),
            (
                "[11-Jun-2024 06:00:07 UTC] PHP Warning:  PDOStatement::execute(): SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '9177' for key 'orders.PRIMARY' in /var/www/app/src/Orders.php on line 77",
                "1062",
                "SQLSTATE[23000]",
            ),
        ),
        name_of_file="php_errors.log",
    ),
    Shape(
        "SQL Server errorlog Error: nnnnn, Severity, State (two lines an error)",
        (
            (
                "2024-06-11 06:00:02.11 Logon       Error: 18456, Severity: 14, State: 8.\n2024-06-11 06:00:02.11 Logon       Login failed for user 'sa'. Reason: Password did not match that for the login provided. [CLIENT: 10.0.0.7]",
                "18456",
                "Login failed",
            ),
            (
                "2024-06-11 06:00:03.47 Logon       Error: 18456, Severity: 14, State: 8.\n2024-06-11 06:00:03.47 Logon       Login failed for user 'app'. Reason: Password did not match that for the login provided. [CLIENT: 10.0.0.19]",
                "18456",
                "Login failed",
            ),
            (
                "2024-06-11 06:00:04.02 Logon       Error: 17836, Severity: 20, State: 17.\n2024-06-11 06:00:04.02 Logon       Length specified in network packet payload did not match number of bytes read; the connection has been closed. Please contact the vendor of the client library. [CLIENT: 10.0.0.9]",
                "17836",
                "Length specified",
            ),
            (
                "2024-06-11 06:00:05.93 Logon       Error: 17836, Severity: 20, State: 17.\n2024-06-11 06:00:05.93 Logon       Length specified in network packet payload did not match number of bytes read; the connection has been closed. Please contact the vendor of the client library. [CLIENT: 10.0.0.23]",
                "17836",
                "Length specified",
            ),
        ),
        name_of_file="ERRORLOG",
    ),
    # -------------------------------------------------------------------------- PostgreSQL
    Shape(
        "PostgreSQL (SQLSTATE nnnnn) from pgx in a Go service",
        iso(
            "ERROR",
            [
                (
                    'create order failed: ERROR: duplicate key value violates unique constraint "orders_pkey" (SQLSTATE 23505)',
                    "23505",
                    "SQLSTATE 23505",
                ),
                (
                    'create order failed: ERROR: duplicate key value violates unique constraint "orders_ref_key" (SQLSTATE 23505)',
                    "23505",
                    "SQLSTATE 23505",
                ),
                (
                    "create order failed: ERROR: could not serialize access due to concurrent update (SQLSTATE 40001)",
                    "40001",
                    "SQLSTATE 40001",
                ),
                (
                    "create order failed: ERROR: deadlock detected (SQLSTATE 40P01)",
                    "40P01",
                    "SQLSTATE 40P01",
                ),
                (
                    "create order failed: ERROR: deadlock detected (SQLSTATE 40P01)",
                    "40P01",
                    "SQLSTATE 40P01",
                ),
            ],
        ),
    ),
    Shape(
        "PostgreSQL log_line_prefix with %e (SQLSTATE in the prefix)",
        (
            (
                '2024-06-11 06:00:02.118 UTC [2211] app@shop 23505 ERROR:  duplicate key value violates unique constraint "users_email_key"',
                "23505",
                "unique constraint",
            ),
            (
                '2024-06-11 06:00:03.118 UTC [2377] app@shop 23505 ERROR:  duplicate key value violates unique constraint "users_email_key"',
                "23505",
                "unique constraint",
            ),
            (
                "2024-06-11 06:00:04.118 UTC [2411] app@shop 57014 ERROR:  canceling statement due to statement timeout",
                "57014",
                "statement timeout",
            ),
            (
                "2024-06-11 06:00:05.118 UTC [2519] app@shop 57014 ERROR:  canceling statement due to statement timeout",
                "57014",
                "statement timeout",
            ),
        ),
        name_of_file="postgresql-16-main.log",
    ),
    Shape(
        "PostgreSQL ERROR with the same words and two SQLSTATEs (psql-style client)",
        pylog(
            "ERROR",
            "etl.load",
            [
                ("batch 8123 rejected by database (SQLSTATE 23505)", "23505", "SQLSTATE 23505"),
                ("batch 8177 rejected by database (SQLSTATE 23505)", "23505", "SQLSTATE 23505"),
                ("batch 8201 rejected by database (SQLSTATE 23503)", "23503", "SQLSTATE 23503"),
                ("batch 8266 rejected by database (SQLSTATE 23503)", "23503", "SQLSTATE 23503"),
            ],
        ),
    ),
    # ---------------------------------------------------------------- Java SQL error codes
    Shape(
        "Hibernate SqlExceptionHelper SQL Error, SQLState",
        log4j(
            "o.h.engine.jdbc.spi.SqlExceptionHelper",
            [
                ("WARN", "SQL Error: 1062, SQLState: 23000", "1062", "1062"),
                ("WARN", "SQL Error: 1062, SQLState: 23000", "1062", "1062"),
                ("WARN", "SQL Error: 1213, SQLState: 40001", "1213", "1213"),
                ("WARN", "SQL Error: 1205, SQLState: 40001", "1205", "1205"),
                ("WARN", "SQL Error: 1213, SQLState: 40001", "1213", "1213"),
            ],
        ),
    ),
    Shape(
        "JDBC SQLState, ErrorCode in a batch job",
        log4j(
            "c.e.batch.ImportJob",
            [
                ("ERROR", "row 8123 failed: SQLState: 23505, ErrorCode: 0", "23505", "23505"),
                ("ERROR", "row 9177 failed: SQLState: 23505, ErrorCode: 0", "23505", "23505"),
                ("ERROR", "row 9212 failed: SQLState: 22001, ErrorCode: 0", "22001", "22001"),
                ("ERROR", "row 9301 failed: SQLState: 22001, ErrorCode: 0", "22001", "22001"),
            ],
        ),
    ),
    Shape(
        "IBM Db2 SQLnnnnN with SQLSTATE=",
        log4j(
            "c.e.ledger.PostingDao",
            [
                (
                    "ERROR",
                    "DB2 SQL Error: SQLCODE=-911, SQLSTATE=40001, SQLERRMC=2, DRIVER=4.33.31 on posting 8123",
                    "911",
                    "SQLCODE=-911",
                ),
                (
                    "ERROR",
                    "DB2 SQL Error: SQLCODE=-911, SQLSTATE=40001, SQLERRMC=2, DRIVER=4.33.31 on posting 9177",
                    "911",
                    "SQLCODE=-911",
                ),
                (
                    "ERROR",
                    "DB2 SQL Error: SQLCODE=-803, SQLSTATE=23505, SQLERRMC=1;LEDGER.POSTING, DRIVER=4.33.31 on posting 9212",
                    "803",
                    "SQLCODE=-803",
                ),
                (
                    "ERROR",
                    "DB2 SQL Error: SQLCODE=-803, SQLSTATE=23505, SQLERRMC=1;LEDGER.POSTING, DRIVER=4.33.31 on posting 9301",
                    "803",
                    "SQLCODE=-803",
                ),
            ],
        ),
    ),
    # ----------------------------------------------------------------------------- MongoDB
    Shape(
        "MongoDB E11000 from a Node service",
        iso(
            "ERROR",
            [
                (
                    'insert failed: MongoServerError: E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: "ann@example.com" }',
                    "dup",
                    "E11000",
                ),
                (
                    'insert failed: MongoServerError: E11000 duplicate key error collection: shop.users index: email_1 dup key: { email: "bob@example.org" }',
                    "dup",
                    "E11000",
                ),
                (
                    "insert failed: MongoServerError: Transaction numbers are only allowed on a replica set member or mongos",
                    "txn",
                    "Transaction numbers",
                ),
                (
                    "insert failed: MongoServerError: Transaction numbers are only allowed on a replica set member or mongos",
                    "txn",
                    "Transaction numbers",
                ),
            ],
        ),
    ),
    # ------------------------------------------------------------------------ Windows codes
    Shape(
        "Windows Update HRESULT 0x8nnnnnnn (same words, two codes)",
        (
            (
                "2024-06-11 06:00:02, Error                 Installation Failure: Windows failed to install the following update with error 0x80070643: Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.411.1.0).",
                "643",
                "0x80070643",
            ),
            (
                "2024-06-11 06:30:02, Error                 Installation Failure: Windows failed to install the following update with error 0x80070643: Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.411.52.0).",
                "643",
                "0x80070643",
            ),
            (
                "2024-06-11 07:00:02, Error                 Installation Failure: Windows failed to install the following update with error 0x80240022: Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.411.77.0).",
                "022",
                "0x80240022",
            ),
            (
                "2024-06-11 07:30:02, Error                 Installation Failure: Windows failed to install the following update with error 0x80240022: Security Intelligence Update for Microsoft Defender Antivirus - KB2267602 (Version 1.411.93.0).",
                "022",
                "0x80240022",
            ),
        ),
        name_of_file="WindowsUpdate.log",
    ),
    Shape(
        "Windows CBS HRESULT = 0x...",
        (
            (
                "2024-06-11 06:00:02, Info                  CBS    Failed to get session package state [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]",
                "805",
                "0x800f0805",
            ),
            (
                "2024-06-11 06:00:03, Info                  CBS    Failed to get session package state [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]",
                "805",
                "0x800f0805",
            ),
            (
                "2024-06-11 06:00:04, Info                  CBS    Failed to get session package state [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]",
                "002",
                "0x80070002",
            ),
            (
                "2024-06-11 06:00:05, Info                  CBS    Failed to get session package state [HRESULT = 0x80070002 - ERROR_FILE_NOT_FOUND]",
                "002",
                "0x80070002",
            ),
        ),
        name_of_file="CBS.log",
    ),
    Shape(
        "Windows process exit code 0xC0000005 (same words, two codes)",
        iso(
            "ERROR",
            [
                ("worker 2211 exited with code 0xC0000005 after 812 jobs", "av", "0xC0000005"),
                ("worker 4417 exited with code 0xC0000005 after 93 jobs", "av", "0xC0000005"),
                ("worker 4590 exited with code 0xC0000409 after 77 jobs", "stack", "0xC0000409"),
                ("worker 4771 exited with code 0xC0000409 after 1204 jobs", "stack", "0xC0000409"),
            ],
        ),
    ),
    Shape(
        "Windows Security event ids (same words, two ids; the account is a word, kept alike)",
        syslog(
            "dc01",
            "MSWinEventLog",
            [
                (
                    "Security: Event ID 4625 on dc01.corp.example.com: logon failure for account alice from 10.0.0.7",
                    "4625",
                    "4625",
                ),
                (
                    "Security: Event ID 4625 on dc01.corp.example.com: logon failure for account alice from 10.0.0.19",
                    "4625",
                    "4625",
                ),
                (
                    "Security: Event ID 4740 on dc01.corp.example.com: logon failure for account alice from 10.0.0.7",
                    "4740",
                    "4740",
                ),
                (
                    "Security: Event ID 4740 on dc01.corp.example.com: logon failure for account alice from 10.0.0.23",
                    "4740",
                    "4740",
                ),
            ],
        ),
        name_of_file="syslog",
    ),
    # ---------------------------------------------------------------------- errno and names
    Shape(
        "Node errno names after connect (same words, two codes)",
        iso(
            "ERROR",
            [
                (
                    "upstream request failed: Error: connect ECONNREFUSED 10.0.0.7:5432",
                    "refused",
                    "ECONNREFUSED",
                ),
                (
                    "upstream request failed: Error: connect ECONNREFUSED 10.0.0.9:6379",
                    "refused",
                    "ECONNREFUSED",
                ),
                (
                    "upstream request failed: Error: connect ETIMEDOUT 10.0.0.7:443",
                    "timeout",
                    "ETIMEDOUT",
                ),
                (
                    "upstream request failed: Error: connect ETIMEDOUT 10.0.0.31:443",
                    "timeout",
                    "ETIMEDOUT",
                ),
            ],
        ),
    ),
    Shape(
        "Node fs errno ENOENT / EACCES",
        iso(
            "ERROR",
            [
                (
                    "Error: ENOENT: no such file or directory, open '/srv/app/uploads/8123.png'",
                    "enoent",
                    "ENOENT",
                ),
                (
                    "Error: ENOENT: no such file or directory, open '/srv/app/uploads/9177.png'",
                    "enoent",
                    "ENOENT",
                ),
                (
                    "Error: EACCES: permission denied, open '/srv/app/uploads/9212.png'",
                    "eacces",
                    "EACCES",
                ),
                (
                    "Error: EACCES: permission denied, open '/srv/app/uploads/9301.png'",
                    "eacces",
                    "EACCES",
                ),
            ],
        ),
    ),
    Shape(
        "C daemon errno=nnn (same words, two codes)",
        syslog(
            "gw1",
            "relayd[2211]",
            [
                ("connect to 10.0.0.7 port 5432 failed: errno=111", "111", "errno=111"),
                ("connect to 10.0.0.9 port 5433 failed: errno=111", "111", "errno=111"),
                ("connect to 10.0.0.7 port 5432 failed: errno=113", "113", "errno=113"),
                ("connect to 10.0.0.31 port 6432 failed: errno=113", "113", "errno=113"),
            ],
        ),
        name_of_file="syslog",
    ),
    Shape(
        "Python [Errno nn]",
        pylog(
            "ERROR",
            "sync.worker",
            [
                (
                    "upload of /data/out/8123.csv failed: [Errno 28] No space left on device",
                    "28",
                    "[Errno 28]",
                ),
                (
                    "upload of /data/out/9177.csv failed: [Errno 28] No space left on device",
                    "28",
                    "[Errno 28]",
                ),
                (
                    "upload of /data/out/9212.csv failed: [Errno 13] Permission denied",
                    "13",
                    "[Errno 13]",
                ),
                (
                    "upload of /data/out/9301.csv failed: [Errno 13] Permission denied",
                    "13",
                    "[Errno 13]",
                ),
            ],
        ),
    ),
    Shape(
        "nginx connect() failed (nnn: strerror)",
        (
            (
                '2024/06/11 06:00:02 [error] 2211#2211: *8123 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.7, server: shop.example.com, request: "GET /api/orders HTTP/1.1", upstream: "http://10.0.0.9:8080/api/orders", host: "shop.example.com"',
                "111",
                "Connection refused",
            ),
            (
                '2024/06/11 06:00:03 [error] 2211#2211: *9177 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.0.19, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://10.0.0.9:8080/api/cart", host: "shop.example.com"',
                "111",
                "Connection refused",
            ),
            (
                '2024/06/11 06:00:04 [error] 2212#2212: *9212 connect() failed (113: No route to host) while connecting to upstream, client: 10.0.0.7, server: shop.example.com, request: "GET /api/orders HTTP/1.1", upstream: "http://10.0.0.12:8080/api/orders", host: "shop.example.com"',
                "113",
                "No route to host",
            ),
            (
                '2024/06/11 06:00:05 [error] 2212#2212: *9301 connect() failed (113: No route to host) while connecting to upstream, client: 10.0.0.23, server: shop.example.com, request: "GET /api/cart HTTP/1.1", upstream: "http://10.0.0.12:8080/api/cart", host: "shop.example.com"',
                "113",
                "No route to host",
            ),
        ),
        name_of_file="error.log",
    ),
    # ----------------------------------------------------------------- message identifiers
    Shape(
        "ISC Kea message ids with a digit (DHCP4_..., DHCP6_...)",
        (
            (
                "2024-06-11 06:00:02.118 INFO  [kea-dhcp4.leases/2211.140245] DHCP4_LEASE_ALLOC [hwtype=1 08:00:27:25:d3:f4], cid=[no info], tid=0xba1c3f4b: lease 192.168.50.112 has been allocated for 4000 seconds",
                "alloc",
                "DHCP4_LEASE_ALLOC",
            ),
            (
                "2024-06-11 06:00:03.118 INFO  [kea-dhcp4.leases/2211.140245] DHCP4_LEASE_ALLOC [hwtype=1 08:00:27:9a:11:02], cid=[no info], tid=0x1a2b3c4d: lease 192.168.50.113 has been allocated for 4000 seconds",
                "alloc",
                "DHCP4_LEASE_ALLOC",
            ),
            (
                "2024-06-11 06:00:04.118 INFO  [kea-dhcp4.leases/2211.140245] DHCP4_LEASE_ADVERT [hwtype=1 08:00:27:25:d3:f4], cid=[no info], tid=0xba1c3f4b: lease 192.168.50.112 will be advertised",
                "advert",
                "DHCP4_LEASE_ADVERT",
            ),
            (
                "2024-06-11 06:00:05.118 INFO  [kea-dhcp4.leases/2211.140245] DHCP4_LEASE_ADVERT [hwtype=1 08:00:27:9a:11:02], cid=[no info], tid=0x1a2b3c4d: lease 192.168.50.113 will be advertised",
                "advert",
                "DHCP4_LEASE_ADVERT",
            ),
            (
                "2024-06-11 06:00:06.118 INFO  [kea-dhcp4.dhcp4/2211.140245] DHCP4_STARTED Kea DHCPv4 server version 2.4.1 started",
                "started",
                "DHCP4_STARTED",
            ),
            (
                "2024-06-11 06:00:07.118 INFO  [kea-dhcp6.dhcp6/2290.140250] DHCP6_STARTED Kea DHCPv6 server version 2.4.1 started",
                "started6",
                "DHCP6_STARTED",
            ),
        ),
        name_of_file="kea-dhcp.log",
    ),
    Shape(
        "ISC Kea packet ids with the same words",
        (
            (
                "2024-06-11 06:00:02.118 DEBUG [kea-dhcp4.packets/2211.140245] DHCP4_BUFFER_RECEIVED received buffer from 10.0.0.1:67 to 10.0.0.2:67 over interface eth0",
                "buf4",
                "DHCP4_BUFFER_RECEIVED",
            ),
            (
                "2024-06-11 06:00:03.118 DEBUG [kea-dhcp4.packets/2211.140245] DHCP4_BUFFER_RECEIVED received buffer from 10.0.0.5:67 to 10.0.0.2:67 over interface eth0",
                "buf4",
                "DHCP4_BUFFER_RECEIVED",
            ),
            (
                "2024-06-11 06:00:04.118 DEBUG [kea-dhcp4.packets/2211.140245] DHCP4_PACKET_RECEIVED [hwtype=1 08:00:27:25:d3:f4], cid=[no info], tid=0xba1c3f4b: DHCPDISCOVER (type 1) received from 10.0.0.1 to 10.0.0.2 on interface eth0",
                "pkt4",
                "DHCP4_PACKET_RECEIVED",
            ),
            (
                "2024-06-11 06:00:05.118 DEBUG [kea-dhcp4.packets/2211.140245] DHCP4_PACKET_RECEIVED [hwtype=1 08:00:27:9a:11:02], cid=[no info], tid=0x1a2b3c4d: DHCPDISCOVER (type 1) received from 10.0.0.5 to 10.0.0.2 on interface eth0",
                "pkt4",
                "DHCP4_PACKET_RECEIVED",
            ),
        ),
        name_of_file="kea-dhcp4.log",
    ),
    Shape(
        "Cisco IOS %FACILITY-SEVERITY-MNEMONIC",
        syslog(
            "10.0.0.1",
            "123",
            [
                (
                    "Jun 11 06:00:02.118: %LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to down",
                    "link",
                    "%LINK-3-UPDOWN",
                ),
                (
                    "Jun 11 06:00:03.118: %LINK-3-UPDOWN: Interface GigabitEthernet0/7, changed state to down",
                    "link",
                    "%LINK-3-UPDOWN",
                ),
                (
                    "Jun 11 06:00:04.118: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/1, changed state to down",
                    "proto",
                    "%LINEPROTO-5-UPDOWN",
                ),
                (
                    "Jun 11 06:00:05.118: %LINEPROTO-5-UPDOWN: Line protocol on Interface GigabitEthernet0/7, changed state to down",
                    "proto",
                    "%LINEPROTO-5-UPDOWN",
                ),
                (
                    "Jun 11 06:00:06.118: %SYS-5-CONFIG_I: Configured from console by admin on vty0 (10.0.0.9)",
                    "config",
                    "%SYS-5-CONFIG_I",
                ),
                (
                    "Jun 11 06:00:07.118: %SYS-5-CONFIG_I: Configured from console by admin on vty1 (10.0.0.23)",
                    "config",
                    "%SYS-5-CONFIG_I",
                ),
            ],
        ),
        name_of_file="cisco.log",
    ),
    Shape(
        "Junos message tags (RPD_..., SNMP_TRAP_...)",
        syslog(
            "mx1",
            "rpd[2211]",
            [
                (
                    "RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer 10.0.0.1 (External AS 65001) changed state from Established to Idle (event RecvNotify) (instance master)",
                    "bgp",
                    "RPD_BGP_NEIGHBOR_STATE_CHANGED",
                ),
                (
                    "RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer 10.0.0.5 (External AS 65002) changed state from Established to Idle (event RecvNotify) (instance master)",
                    "bgp",
                    "RPD_BGP_NEIGHBOR_STATE_CHANGED",
                ),
                (
                    "RPD_OSPF_NBRDOWN: OSPF neighbor 10.0.1.1 (realm ospf-v2 ge-0/0/1.0 area 0.0.0.0) state changed from Full to Down due to KillNbr (event reason: interface went down)",
                    "ospf",
                    "RPD_OSPF_NBRDOWN",
                ),
                (
                    "RPD_OSPF_NBRDOWN: OSPF neighbor 10.0.1.9 (realm ospf-v2 ge-0/0/3.0 area 0.0.0.0) state changed from Full to Down due to KillNbr (event reason: interface went down)",
                    "ospf",
                    "RPD_OSPF_NBRDOWN",
                ),
            ],
        ),
        name_of_file="messages",
    ),
    Shape(
        "Hibernate and WildFly message codes (HHHnnnnnn, WFLYCTLnnnn)",
        log4j(
            "org.jboss.as.controller",
            [
                (
                    "ERROR",
                    'WFLYCTL0013: Operation ("deploy") failed - address: ([("deployment" => "orders-8123.war")])',
                    "deploy",
                    "WFLYCTL0013",
                ),
                (
                    "ERROR",
                    'WFLYCTL0013: Operation ("deploy") failed - address: ([("deployment" => "orders-9177.war")])',
                    "deploy",
                    "WFLYCTL0013",
                ),
                (
                    "WARN",
                    "HHH000342: Could not obtain connection to query metadata",
                    "meta",
                    "HHH000342",
                ),
                (
                    "WARN",
                    "HHH000342: Could not obtain connection to query metadata",
                    "meta",
                    "HHH000342",
                ),
                (
                    "WARN",
                    "HHH000100: Fail-safe cleanup (collections) : org.hibernate.engine.loading.internal.CollectionLoadContext@5e9f23b4<rs=HikariProxyResultSet@1912>",
                    "cleanup",
                    "HHH000100",
                ),
                (
                    "WARN",
                    "HHH000100: Fail-safe cleanup (collections) : org.hibernate.engine.loading.internal.CollectionLoadContext@7a1b2c3d<rs=HikariProxyResultSet@2231>",
                    "cleanup",
                    "HHH000100",
                ),
            ],
        ),
    ),
    Shape(
        "Azure AD AADSTS codes (same words, two codes)",
        iso(
            "WARN",
            [
                (
                    "token request for client 3f2a9c1e-5b6d-4e7f-8a9b-0c1d2e3f4a5b failed: AADSTS50126: Error validating credentials due to invalid username or password.",
                    "50126",
                    "AADSTS50126",
                ),
                (
                    "token request for client 7e8f9a0b-1c2d-4e3f-9a5b-6c7d8e9f0a1b failed: AADSTS50126: Error validating credentials due to invalid username or password.",
                    "50126",
                    "AADSTS50126",
                ),
                (
                    "token request for client 3f2a9c1e-5b6d-4e7f-8a9b-0c1d2e3f4a5b failed: AADSTS50053: The account is locked because the user tried to sign in too many times.",
                    "50053",
                    "AADSTS50053",
                ),
                (
                    "token request for client 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d failed: AADSTS50053: The account is locked because the user tried to sign in too many times.",
                    "50053",
                    "AADSTS50053",
                ),
            ],
        ),
    ),
    Shape(
        "TypeScript compiler errors in CI (TSnnnn)",
        (
            (
                "src/orders/api.ts(12,5): error TS2304: Cannot find name 'OrderDto'.",
                "2304",
                "TS2304",
            ),
            (
                "src/orders/api.ts(88,17): error TS2304: Cannot find name 'CartItem'.",
                "2304",
                "TS2304",
            ),
            (
                "src/orders/api.ts(40,9): error TS2339: Property 'total' does not exist on type 'Order'.",
                "2339",
                "TS2339",
            ),
            (
                "src/orders/api.ts(7,3): error TS2339: Property 'email' does not exist on type 'User'.",
                "2339",
                "TS2339",
            ),
        ),
        name_of_file="tsc.log",
    ),
    Shape(
        "dotnet build errors (CSnnnn)",
        (
            (
                "/src/Orders/OrderService.cs(12,5): error CS0246: The type or namespace name 'OrderDto' could not be found (are you missing a using directive or an assembly reference?) [/src/Orders/Orders.csproj]",
                "0246",
                "CS0246",
            ),
            (
                "/src/Cart/CartStore.cs(88,17): error CS0246: The type or namespace name 'CartItem' could not be found (are you missing a using directive or an assembly reference?) [/src/Cart/Cart.csproj]",
                "0246",
                "CS0246",
            ),
            (
                "/src/Orders/OrderService.cs(40,9): error CS1002: ; expected [/src/Orders/Orders.csproj]",
                "1002",
                "CS1002",
            ),
            (
                "/src/Users/UserModel.cs(7,3): error CS1002: ; expected [/src/Users/Users.csproj]",
                "1002",
                "CS1002",
            ),
        ),
        name_of_file="build.log",
    ),
    Shape(
        "rustc error[Ennnn]",
        (
            ("error[E0308]: mismatched types", "0308", "E0308"),
            ("error[E0308]: mismatched types", "0308", "E0308"),
            ("error[E0425]: cannot find value `order_total` in this scope", "0425", "E0425"),
            ("error[E0425]: cannot find value `cart_items` in this scope", "0425", "E0425"),
        ),
        name_of_file="cargo.log",
    ),
    # --------------------------------------------------------------------- protocol codes
    Shape(
        "HTTP nnn after a client error (same words, two codes)",
        iso(
            "ERROR",
            [
                ("GET https://api.example.com/v1/orders/8123 failed: HTTP 503", "503", "HTTP 503"),
                ("GET https://api.example.com/v1/orders/9177 failed: HTTP 503", "503", "HTTP 503"),
                ("GET https://api.example.com/v1/orders/9212 failed: HTTP 500", "500", "HTTP 500"),
                ("GET https://api.example.com/v1/orders/9301 failed: HTTP 500", "500", "HTTP 500"),
            ],
        ),
    ),
    Shape(
        "status=nnn in a text line's fields",
        tuple(
            (
                f"2024-06-11T06:00:{_sec(i)}.118Z ERROR request failed path=/api/orders/{n} status={s} duration={d}ms",
                g,
                f"status={s}",
            )
            for i, (n, s, d, g) in enumerate(
                [
                    (8123, 500, 12, "500"),
                    (9177, 500, 31, "500"),
                    (9212, 502, 3, "502"),
                    (9301, 502, 7, "502"),
                ]
            )
        ),
    ),
    Shape(
        "Python requests HTTPError nnn Server Error",
        pylog(
            "ERROR",
            "billing.client",
            [
                (
                    "503 Server Error: Service Unavailable for url: https://api.example.com/v1/invoices/8123",
                    "503",
                    "503",
                ),
                (
                    "503 Server Error: Service Unavailable for url: https://api.example.com/v1/invoices/9177",
                    "503",
                    "503",
                ),
                (
                    "429 Client Error: Too Many Requests for url: https://api.example.com/v1/invoices/9212",
                    "429",
                    "429",
                ),
                (
                    "429 Client Error: Too Many Requests for url: https://api.example.com/v1/invoices/9301",
                    "429",
                    "429",
                ),
            ],
        ),
    ),
    Shape(
        "aiohttp ClientResponseError nnn, message='...'",
        # (The code is the status; its reason phrase is a quoted value, which the quoted class
        # masks as any: the status says the same and stays.)
        pylog(
            "ERROR",
            "fetcher",
            [
                (
                    "fetch failed: 429, message='Too Many Requests', url='https://api.example.com/v1/items/8123'",
                    "429",
                    "429",
                ),
                (
                    "fetch failed: 429, message='Too Many Requests', url='https://api.example.com/v1/items/9177'",
                    "429",
                    "429",
                ),
                (
                    "fetch failed: 503, message='Service Unavailable', url='https://api.example.com/v1/items/9212'",
                    "503",
                    "503",
                ),
                (
                    "fetch failed: 503, message='Service Unavailable', url='https://api.example.com/v1/items/9301'",
                    "503",
                    "503",
                ),
            ],
        ),
    ),
    Shape(
        "Spring RestTemplate nnn reason: [body]",
        log4j(
            "c.e.gateway.InventoryClient",
            [
                (
                    "ERROR",
                    "inventory lookup for sku 8123 failed: 503 Service Unavailable: [no body]",
                    "503",
                    "503 Service Unavailable",
                ),
                (
                    "ERROR",
                    "inventory lookup for sku 9177 failed: 503 Service Unavailable: [no body]",
                    "503",
                    "503 Service Unavailable",
                ),
                (
                    "ERROR",
                    "inventory lookup for sku 9212 failed: 404 Not Found: [no body]",
                    "404",
                    "404 Not Found",
                ),
                (
                    "ERROR",
                    "inventory lookup for sku 9301 failed: 404 Not Found: [no body]",
                    "404",
                    "404 Not Found",
                ),
            ],
        ),
    ),
    Shape(
        "Postfix SMTP reply 550 5.1.1 and 452 4.2.2 (queue ids vary)",
        syslog(
            "mx1",
            "postfix/smtp[2211]",
            [
                (
                    "4F3A21C0D12: to=<alice@example.com>, relay=mx.example.net[203.0.113.5]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.1.1, status=bounced (host mx.example.net[203.0.113.5] said: 550 5.1.1 <alice@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))",
                    "550",
                    "550 5.1.1",
                ),
                (
                    "9B2C40E1A77: to=<bob@example.com>, relay=mx.example.net[203.0.113.5]:25, delay=0.8, delays=0.1/0/0.3/0.4, dsn=5.1.1, status=bounced (host mx.example.net[203.0.113.5] said: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))",
                    "550",
                    "550 5.1.1",
                ),
                (
                    "C71D3A9F0B4: to=<carol@example.com>, relay=mx.example.net[203.0.113.5]:25, delay=2.1, delays=0.1/0/0.9/1.1, dsn=4.2.2, status=deferred (host mx.example.net[203.0.113.5] said: 452 4.2.2 <carol@example.com>: Mailbox full (in reply to RCPT TO command))",
                    "452",
                    "452 4.2.2",
                ),
                (
                    "D8E6C2A1B39: to=<dave@example.com>, relay=mx.example.net[203.0.113.5]:25, delay=1.7, delays=0.1/0/0.7/0.9, dsn=4.2.2, status=deferred (host mx.example.net[203.0.113.5] said: 452 4.2.2 <dave@example.com>: Mailbox full (in reply to RCPT TO command))",
                    "452",
                    "452 4.2.2",
                ),
            ],
        ),
        name_of_file="mail.log",
    ),
    Shape(
        "Postfix queue ids vary (one statement, four ids)",
        syslog(
            "mx1",
            "postfix/qmgr[2201]",
            [
                ("4F3A21C0D12: removed", "removed", ""),
                ("9B2C40E1A77: removed", "removed", ""),
                ("C71D3A9F0B4: removed", "removed", ""),
                ("D8E6C2A1B39: removed", "removed", ""),
                ("4Wz3Kp1Q2Xz8Hs: removed", "removed", ""),
            ],
        ),
        name_of_file="mail.log",
    ),
    Shape(
        "Postfix queue ids, two statements of three",
        syslog(
            "mx1",
            "postfix/cleanup[2205]",
            [
                ("4F3A21C0D12: message-id=<20240611060002.8123@shop.example.com>", "mid", ""),
                ("9B2C40E1A77: message-id=<20240611060003.9177@shop.example.com>", "mid", ""),
                ("C71D3A9F0B4: message-id=<20240611060004.9212@shop.example.com>", "mid", ""),
                (
                    "4F3A21C0D12: reject: header Subject: WIN A PRIZE from mail.spam.example[198.51.100.7]; from=<x@spam.example> to=<alice@example.com> proto=ESMTP helo=<mail.spam.example>: 5.7.1 message content rejected",
                    "reject",
                    "5.7.1",
                ),
                (
                    "AB12CD34EF5: reject: header Subject: WIN A PRIZE from mail.spam.example[198.51.100.9]; from=<y@spam.example> to=<bob@example.com> proto=ESMTP helo=<mail.spam.example>: 5.7.1 message content rejected",
                    "reject",
                    "5.7.1",
                ),
            ],
        ),
        name_of_file="mail.log",
    ),
    Shape(
        "Exim SMTP error 550 / 452 (message ids vary)",
        (
            (
                "2024-06-11 06:00:02 1sGtQ2-0004Xy-Ab ** bob@example.com R=dnslookup T=remote_smtp H=mx.example.net [203.0.113.5]: SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550 5.1.1 User unknown",
                "550",
                "550 5.1.1",
            ),
            (
                "2024-06-11 06:00:03 1sGtQ3-0004Yz-Cd ** carol@example.com R=dnslookup T=remote_smtp H=mx.example.net [203.0.113.5]: SMTP error from remote mail server after RCPT TO:<carol@example.com>: 550 5.1.1 User unknown",
                "550",
                "550 5.1.1",
            ),
            (
                "2024-06-11 06:00:04 1sGtQ4-0004Za-Ef == dave@example.com R=dnslookup T=remote_smtp defer (-44) H=mx.example.net [203.0.113.5]: SMTP error from remote mail server after RCPT TO:<dave@example.com>: 452 4.2.2 Mailbox full",
                "452",
                "452 4.2.2",
            ),
            (
                "2024-06-11 06:00:05 1sGtQ5-0004Zb-Gh == erin@example.com R=dnslookup T=remote_smtp defer (-44) H=mx.example.net [203.0.113.5]: SMTP error from remote mail server after RCPT TO:<erin@example.com>: 452 4.2.2 Mailbox full",
                "452",
                "452 4.2.2",
            ),
        ),
        name_of_file="mainlog",
    ),
    Shape(
        "gRPC status code = Name (same words, two codes)",
        iso(
            "ERROR",
            [
                (
                    "call to inventory.v1.Inventory/Reserve failed: rpc error: code = Unavailable desc = connection error: 10.0.0.7:50051 refused",
                    "unavail",
                    "code = Unavailable",
                ),
                (
                    "call to inventory.v1.Inventory/Reserve failed: rpc error: code = Unavailable desc = connection error: 10.0.0.9:50051 refused",
                    "unavail",
                    "code = Unavailable",
                ),
                (
                    "call to inventory.v1.Inventory/Reserve failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                    "deadline",
                    "code = DeadlineExceeded",
                ),
                (
                    "call to inventory.v1.Inventory/Reserve failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded",
                    "deadline",
                    "code = DeadlineExceeded",
                ),
                (
                    "call to inventory.v1.Inventory/Reserve failed: rpc error: code = NotFound desc = sku 8123 not found",
                    "notfound",
                    "code = NotFound",
                ),
                (
                    "call to inventory.v1.Inventory/Reserve failed: rpc error: code = NotFound desc = sku 9177 not found",
                    "notfound",
                    "code = NotFound",
                ),
            ],
        ),
    ),
    Shape(
        "AWS SDK (ErrorCode) when calling ... (same words, two codes)",
        pylog(
            "ERROR",
            "orders.store",
            [
                (
                    "put order 8123 failed: An error occurred (ProvisionedThroughputExceededException) when calling the PutItem operation (reached max retries: 9): Rate exceeded",
                    "throttle",
                    "(ProvisionedThroughputExceededException)",
                ),
                (
                    "put order 9177 failed: An error occurred (ProvisionedThroughputExceededException) when calling the PutItem operation (reached max retries: 9): Rate exceeded",
                    "throttle",
                    "(ProvisionedThroughputExceededException)",
                ),
                (
                    "put order 9212 failed: An error occurred (ConditionalCheckFailedException) when calling the PutItem operation: The conditional request failed",
                    "cond",
                    "(ConditionalCheckFailedException)",
                ),
                (
                    "put order 9301 failed: An error occurred (ConditionalCheckFailedException) when calling the PutItem operation: The conditional request failed",
                    "cond",
                    "(ConditionalCheckFailedException)",
                ),
            ],
        ),
    ),
    Shape(
        "AWS SDK for Go v2 api error Code: (same words)",
        iso(
            "ERROR",
            [
                (
                    "operation error S3: GetObject, https response error StatusCode: 404, RequestID: 4442587FB7D0A2F9, HostID: aGVsbG8gd29ybGQ=, api error NoSuchKey: The specified key does not exist.",
                    "nokey",
                    "NoSuchKey",
                ),
                (
                    "operation error S3: GetObject, https response error StatusCode: 404, RequestID: 9F2C11AB07D3E5C1, HostID: c29tZSBvdGhlcg==, api error NoSuchKey: The specified key does not exist.",
                    "nokey",
                    "NoSuchKey",
                ),
                (
                    "operation error S3: GetObject, https response error StatusCode: 403, RequestID: 0B7E2D44C1A9F3E8, HostID: dGhpcmQgaG9zdA==, api error AccessDenied: Access Denied",
                    "denied",
                    "AccessDenied",
                ),
                (
                    "operation error S3: GetObject, https response error StatusCode: 403, RequestID: 77A1C3E5F9B2D4C6, HostID: Zm91cnRoIGhvc3Q=, api error AccessDenied: Access Denied",
                    "denied",
                    "AccessDenied",
                ),
            ],
        ),
    ),
    Shape(
        "Kafka producer Error: ENUM_NAME (same words)",
        log4j(
            "o.a.k.clients.producer.internals.Sender",
            [
                (
                    "WARN",
                    "[Producer clientId=producer-1] Got error produce response with correlation id 8123 on topic-partition orders-3, retrying (2147483646 attempts left). Error: NOT_LEADER_OR_FOLLOWER",
                    "nl",
                    "NOT_LEADER_OR_FOLLOWER",
                ),
                (
                    "WARN",
                    "[Producer clientId=producer-1] Got error produce response with correlation id 9177 on topic-partition orders-7, retrying (2147483645 attempts left). Error: NOT_LEADER_OR_FOLLOWER",
                    "nl",
                    "NOT_LEADER_OR_FOLLOWER",
                ),
                (
                    "WARN",
                    "[Producer clientId=producer-1] Got error produce response with correlation id 9212 on topic-partition orders-3, retrying (2147483644 attempts left). Error: NETWORK_EXCEPTION",
                    "net",
                    "NETWORK_EXCEPTION",
                ),
                (
                    "WARN",
                    "[Producer clientId=producer-1] Got error produce response with correlation id 9301 on topic-partition orders-5, retrying (2147483643 attempts left). Error: NETWORK_EXCEPTION",
                    "net",
                    "NETWORK_EXCEPTION",
                ),
            ],
        ),
    ),
    Shape(
        "ClickHouse Code: nn. DB::Exception ... (NAME)",
        (
            (
                "2024.06.11 06:00:02.118234 [ 2211 ] {8f2c1a9e-5b6d-4e7f-8a9b-0c1d2e3f4a5b} <Error> executeQuery: Code: 60. DB::Exception: Table default.events_8123 does not exist. (UNKNOWN_TABLE) (version 24.3.2.23 (official build))",
                "60",
                "Code: 60",
            ),
            (
                "2024.06.11 06:00:03.118234 [ 2214 ] {7e8f9a0b-1c2d-4e3f-9a5b-6c7d8e9f0a1b} <Error> executeQuery: Code: 60. DB::Exception: Table default.events_9177 does not exist. (UNKNOWN_TABLE) (version 24.3.2.23 (official build))",
                "60",
                "Code: 60",
            ),
            (
                "2024.06.11 06:00:04.118234 [ 2217 ] {9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d} <Error> executeQuery: Code: 241. DB::Exception: Memory limit (total) exceeded: would use 9.31 GiB (attempt to allocate chunk of 4194304 bytes), maximum: 9.00 GiB. (MEMORY_LIMIT_EXCEEDED) (version 24.3.2.23 (official build))",
                "241",
                "Code: 241",
            ),
            (
                "2024.06.11 06:00:05.118234 [ 2219 ] {1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d} <Error> executeQuery: Code: 241. DB::Exception: Memory limit (total) exceeded: would use 9.87 GiB (attempt to allocate chunk of 8388608 bytes), maximum: 9.00 GiB. (MEMORY_LIMIT_EXCEEDED) (version 24.3.2.23 (official build))",
                "241",
                "Code: 241",
            ),
        ),
        name_of_file="clickhouse-server.err.log",
    ),
    Shape(
        "OpenLDAP RESULT err=nn (success and failure)",
        syslog(
            "ldap1",
            "slapd[2211]",
            [
                ("conn=1001 op=0 RESULT tag=97 err=49 text=", "49", "err=49"),
                ("conn=1017 op=0 RESULT tag=97 err=49 text=", "49", "err=49"),
                ("conn=1023 op=0 RESULT tag=97 err=0 text=", "0", "err=0"),
                ("conn=1044 op=0 RESULT tag=97 err=0 text=", "0", "err=0"),
            ],
        ),
        name_of_file="syslog",
    ),
    Shape(
        "BIND query failed (SERVFAIL) / (REFUSED)",
        syslog(
            "ns1",
            "named[2211]",
            [
                (
                    "client @0x7f3a2c01e168 10.0.0.7#53211 (shop.example.com): query failed (SERVFAIL) for shop.example.com/IN/A at query.c:7123",
                    "servfail",
                    "SERVFAIL",
                ),
                (
                    "client @0x7f3a2c0a1f28 10.0.0.19#40022 (api.example.com): query failed (SERVFAIL) for api.example.com/IN/AAAA at query.c:7123",
                    "servfail",
                    "SERVFAIL",
                ),
                (
                    "client @0x7f3a2c0b2e18 10.0.0.23#41111 (mail.example.com): query failed (REFUSED) for mail.example.com/IN/MX at query.c:7123",
                    "refused",
                    "REFUSED",
                ),
                (
                    "client @0x7f3a2c0c3d08 10.0.0.31#52222 (www.example.com): query failed (REFUSED) for www.example.com/IN/A at query.c:7123",
                    "refused",
                    "REFUSED",
                ),
            ],
        ),
        name_of_file="syslog",
    ),
    Shape(
        "MIT Kerberos KDC error names",
        syslog(
            "kdc1",
            "krb5kdc[2211]",
            [
                (
                    "AS_REQ (4 etypes {18 17 20 19}) 10.0.0.7: PREAUTH_FAILED: alice@EXAMPLE.COM for krbtgt/EXAMPLE.COM@EXAMPLE.COM, Preauthentication failed",
                    "preauth",
                    "PREAUTH_FAILED",
                ),
                (
                    "AS_REQ (4 etypes {18 17 20 19}) 10.0.0.19: PREAUTH_FAILED: bob@EXAMPLE.COM for krbtgt/EXAMPLE.COM@EXAMPLE.COM, Preauthentication failed",
                    "preauth",
                    "PREAUTH_FAILED",
                ),
                (
                    "AS_REQ (4 etypes {18 17 20 19}) 10.0.0.23: CLIENT_NOT_FOUND: mallory@EXAMPLE.COM for krbtgt/EXAMPLE.COM@EXAMPLE.COM, Client not found in Kerberos database",
                    "notfound",
                    "CLIENT_NOT_FOUND",
                ),
                (
                    "AS_REQ (4 etypes {18 17 20 19}) 10.0.0.31: CLIENT_NOT_FOUND: eve@EXAMPLE.COM for krbtgt/EXAMPLE.COM@EXAMPLE.COM, Client not found in Kerberos database",
                    "notfound",
                    "CLIENT_NOT_FOUND",
                ),
            ],
        ),
        name_of_file="krb5kdc.log",
    ),
    Shape(
        "OpenSSL 3 error:XXXXXXXX:lib::reason:file:line",
        iso(
            "ERROR",
            [
                (
                    "TLS handshake with 10.0.0.7:443 failed: error:0A000086:SSL routines::certificate verify failed:ssl/statem/statem_clnt.c:1889:",
                    "verify",
                    "0A000086",
                ),
                (
                    "TLS handshake with 10.0.0.9:8443 failed: error:0A000086:SSL routines::certificate verify failed:ssl/statem/statem_clnt.c:1889:",
                    "verify",
                    "0A000086",
                ),
                (
                    "TLS handshake with 10.0.0.7:443 failed: error:0A00010B:SSL routines::wrong version number:ssl/record/ssl3_record.c:354:",
                    "version",
                    "0A00010B",
                ),
                (
                    "TLS handshake with 10.0.0.31:993 failed: error:0A00010B:SSL routines::wrong version number:ssl/record/ssl3_record.c:354:",
                    "version",
                    "0A00010B",
                ),
            ],
        ),
    ),
    # -------------------------------------------------------------- exit codes and signals
    Shape(
        "exit status nnn from a Go job runner (same words)",
        iso(
            "ERROR",
            [
                ("job 8123 (nightly-export) failed: exit status 137", "137", "exit status 137"),
                ("job 9177 (nightly-export) failed: exit status 137", "137", "exit status 137"),
                ("job 9212 (nightly-export) failed: exit status 1", "1", "exit status 1"),
                ("job 9301 (nightly-export) failed: exit status 1", "1", "exit status 1"),
            ],
        ),
    ),
    Shape(
        "systemd Main process exited, code=, status=",
        syslog(
            "web1",
            "systemd[1]",
            [
                (
                    "orders.service: Main process exited, code=exited, status=1/FAILURE",
                    "1",
                    "status=1/FAILURE",
                ),
                (
                    "orders.service: Main process exited, code=exited, status=1/FAILURE",
                    "1",
                    "status=1/FAILURE",
                ),
                (
                    "orders.service: Main process exited, code=killed, status=9/KILL",
                    "9",
                    "status=9/KILL",
                ),
                (
                    "orders.service: Main process exited, code=killed, status=9/KILL",
                    "9",
                    "status=9/KILL",
                ),
                (
                    "orders.service: Main process exited, code=dumped, status=11/SEGV",
                    "11",
                    "status=11/SEGV",
                ),
            ],
        ),
        name_of_file="syslog",
    ),
    Shape(
        "Kubernetes container waiting reasons (same words)",
        iso(
            "WARN",
            [
                (
                    'container "app" in pod "web-7d9f8b6c5-x2k4q" is waiting to start: CrashLoopBackOff',
                    "crash",
                    "CrashLoopBackOff",
                ),
                (
                    'container "app" in pod "web-7d9f8b6c5-p9z7m" is waiting to start: CrashLoopBackOff',
                    "crash",
                    "CrashLoopBackOff",
                ),
                (
                    'container "app" in pod "web-7d9f8b6c5-q4w8e" is waiting to start: ImagePullBackOff',
                    "pull",
                    "ImagePullBackOff",
                ),
                (
                    'container "app" in pod "web-7d9f8b6c5-r3t6y" is waiting to start: ImagePullBackOff',
                    "pull",
                    "ImagePullBackOff",
                ),
            ],
        ),
    ),
    Shape(
        "Kubernetes reasons unquoted (same words)",
        iso(
            "WARN",
            [
                (
                    "pod default/web-7d9f8b6c5-x2k4q container app terminated: reason=OOMKilled exitCode=137",
                    "oom",
                    "OOMKilled",
                ),
                (
                    "pod default/web-7d9f8b6c5-p9z7m container app terminated: reason=OOMKilled exitCode=137",
                    "oom",
                    "OOMKilled",
                ),
                (
                    "pod default/web-7d9f8b6c5-q4w8e container app terminated: reason=Error exitCode=1",
                    "error",
                    "reason=Error",
                ),
                (
                    "pod default/web-7d9f8b6c5-r3t6y container app terminated: reason=Error exitCode=1",
                    "error",
                    "reason=Error",
                ),
            ],
        ),
    ),
    Shape(
        "Gunicorn worker was sent SIGNAME",
        (
            (
                "[2024-06-11 06:00:02 +0000] [2211] [ERROR] Worker (pid:2245) was sent SIGKILL! Perhaps out of memory?",
                "kill",
                "SIGKILL",
            ),
            (
                "[2024-06-11 06:00:03 +0000] [2211] [ERROR] Worker (pid:2290) was sent SIGKILL! Perhaps out of memory?",
                "kill",
                "SIGKILL",
            ),
            (
                "[2024-06-11 06:00:04 +0000] [2211] [ERROR] Worker (pid:2311) was sent SIGTERM!",
                "term",
                "SIGTERM",
            ),
            (
                "[2024-06-11 06:00:05 +0000] [2211] [ERROR] Worker (pid:2377) was sent SIGTERM!",
                "term",
                "SIGTERM",
            ),
        ),
        name_of_file="gunicorn.log",
    ),
    Shape(
        "worker died with SIGNAME (same words)",
        syslog(
            "web1",
            "supervisor[2211]",
            [
                ("worker 2245 died with SIGSEGV after 812 requests", "segv", "SIGSEGV"),
                ("worker 2290 died with SIGSEGV after 93 requests", "segv", "SIGSEGV"),
                ("worker 2311 died with SIGABRT after 77 requests", "abrt", "SIGABRT"),
                ("worker 2377 died with SIGABRT after 1204 requests", "abrt", "SIGABRT"),
            ],
        ),
        name_of_file="syslog",
    ),
    Shape(
        "nginx worker exited on signal n",
        (
            (
                "2024/06/11 06:00:02 [alert] 2201#2201: worker process 2245 exited on signal 9",
                "9",
                "signal 9",
            ),
            (
                "2024/06/11 06:00:03 [alert] 2201#2201: worker process 2290 exited on signal 9",
                "9",
                "signal 9",
            ),
            (
                "2024/06/11 06:00:04 [alert] 2201#2201: worker process 2311 exited on signal 11 (core dumped)",
                "11",
                "signal 11",
            ),
            (
                "2024/06/11 06:00:05 [alert] 2201#2201: worker process 2377 exited on signal 11 (core dumped)",
                "11",
                "signal 11",
            ),
        ),
        name_of_file="error.log",
    ),
    Shape(
        "klog E-lines with error reasons",
        (
            (
                "E0611 06:00:02.118234    2211 reflector.go:147] k8s.io/client-go/informers/factory.go:159: Failed to watch *v1.Pod: failed to list *v1.Pod: Unauthorized",
                "unauth",
                "Unauthorized",
            ),
            (
                "E0611 06:00:03.118234    2211 reflector.go:147] k8s.io/client-go/informers/factory.go:159: Failed to watch *v1.Node: failed to list *v1.Node: Unauthorized",
                "unauth",
                "Unauthorized",
            ),
            (
                "E0611 06:00:04.118234    2211 reflector.go:147] k8s.io/client-go/informers/factory.go:159: Failed to watch *v1.Pod: failed to list *v1.Pod: the server has asked for the client to provide credentials",
                "creds",
                "credentials",
            ),
            (
                "E0611 06:00:05.118234    2211 reflector.go:147] k8s.io/client-go/informers/factory.go:159: Failed to watch *v1.Node: failed to list *v1.Node: the server has asked for the client to provide credentials",
                "creds",
                "credentials",
            ),
        ),
        name_of_file="kube-controller-manager.log",
    ),
    # ------------------------------------------------------------------- vulnerabilities
    Shape(
        "Vulnerability scanner CVE ids",
        iso(
            "WARN",
            [
                (
                    "package openssl 3.0.2-0ubuntu1.10 in image registry.example.com/shop/web:8123 is affected by CVE-2024-0727 (severity MEDIUM)",
                    "0727",
                    "CVE-2024-0727",
                ),
                (
                    "package openssl 3.0.2-0ubuntu1.10 in image registry.example.com/shop/api:9177 is affected by CVE-2024-0727 (severity MEDIUM)",
                    "0727",
                    "CVE-2024-0727",
                ),
                (
                    "package openssl 3.0.2-0ubuntu1.10 in image registry.example.com/shop/web:8123 is affected by CVE-2023-5678 (severity MEDIUM)",
                    "5678",
                    "CVE-2023-5678",
                ),
                (
                    "package openssl 3.0.2-0ubuntu1.10 in image registry.example.com/shop/api:9177 is affected by CVE-2023-5678 (severity MEDIUM)",
                    "5678",
                    "CVE-2023-5678",
                ),
            ],
        ),
    ),
    Shape(
        "Keycloak KC-SERVICESnnnn codes",
        log4j(
            "org.keycloak.services",
            [
                (
                    "WARN",
                    "KC-SERVICES0013: Failed authentication: org.keycloak.authentication.AuthenticationFlowException",
                    "auth",
                    "KC-SERVICES0013",
                ),
                (
                    "WARN",
                    "KC-SERVICES0013: Failed authentication: org.keycloak.authentication.AuthenticationFlowException",
                    "auth",
                    "KC-SERVICES0013",
                ),
                (
                    "ERROR",
                    "KC-SERVICES0029: Failed to send email: org.keycloak.email.EmailException: Error when attempting to send the email to the server.",
                    "email",
                    "KC-SERVICES0029",
                ),
                (
                    "ERROR",
                    "KC-SERVICES0029: Failed to send email: org.keycloak.email.EmailException: Error when attempting to send the email to the server.",
                    "email",
                    "KC-SERVICES0029",
                ),
            ],
        ),
    ),
    Shape(
        "macOS CoreGraphics CG error nnnn (same words, two codes)",
        syslog(
            "mbp",
            "WindowServer[161]",
            [
                ("CGSTrackingRegionSetIsEnabled returned CG error 1003", "1003", "CG error 1003"),
                ("CGSTrackingRegionSetIsEnabled returned CG error 1003", "1003", "CG error 1003"),
                ("CGSTrackingRegionSetIsEnabled returned CG error 1001", "1001", "CG error 1001"),
                ("CGSTrackingRegionSetIsEnabled returned CG error 1001", "1001", "CG error 1001"),
            ],
        ),
        name_of_file="system.log",
    ),
    # -------------------------------------------------------------- ids that look like codes
    Shape(
        "Ticket keys vary (PROJ-nnnn)",
        pylog(
            "INFO",
            "sync.jira",
            [
                ("synced issue OPS-1234 to board 7", "synced", ""),
                ("synced issue OPS-1302 to board 7", "synced", ""),
                ("synced issue OPS-1377 to board 7", "synced", ""),
                ("synced issue INFRA-88 to board 7", "synced", ""),
            ],
        ),
    ),
    Shape(
        "Order numbers vary (ORD-nnnnnn), two statements",
        log4j(
            "c.e.orders.Checkout",
            [
                ("INFO", "order ORD-081234 paid by card", "paid", ""),
                ("INFO", "order ORD-091771 paid by card", "paid", ""),
                ("INFO", "order ORD-092120 paid by card", "paid", ""),
                ("WARN", "order ORD-093011 payment declined by issuer", "declined", ""),
                ("WARN", "order ORD-093377 payment declined by issuer", "declined", ""),
            ],
        ),
    ),
    Shape(
        "Stock ids shaped like codes before a colon vary (SKU-nnnnn:)",
        log4j(
            "c.e.inventory.StockService",
            [
                ("WARN", "Insufficient stock for SKU-49510: requested 4, available 1", "stock", ""),
                ("WARN", "Insufficient stock for SKU-67839: requested 6, available 0", "stock", ""),
                ("WARN", "Insufficient stock for SKU-12877: requested 2, available 1", "stock", ""),
                ("WARN", "Insufficient stock for SKU-90412: requested 9, available 3", "stock", ""),
                ("WARN", "Insufficient stock for SKU-33021: requested 1, available 0", "stock", ""),
            ],
        ),
    ),
    Shape(
        "Request ids in upper-case hex vary (S3 request ids)",
        iso(
            "INFO",
            [
                ("uploaded part 3 of backup-2024-06-11.tar (request 4442587FB7D0A2F9)", "part", ""),
                ("uploaded part 4 of backup-2024-06-11.tar (request 9F2C11AB07D3E5C1)", "part", ""),
                ("uploaded part 5 of backup-2024-06-11.tar (request 0B7E2D44C1A9F3E8)", "part", ""),
            ],
        ),
    ),
    Shape(
        "Hosts named with upper case and digits vary (SRV01, DC02)",
        pylog(
            "WARNING",
            "inventory.poll",
            [
                ("host SRV01 did not answer the poll", "noanswer", ""),
                ("host SRV07 did not answer the poll", "noanswer", ""),
                ("host DC02 did not answer the poll", "noanswer", ""),
            ],
        ),
    ),
    Shape(
        "A payment gateway's codes after a label (PAY-nnnn)",
        log4j(
            "c.e.pay.Gateway",
            [
                ("ERROR", "charge 8123 declined: PAY-4001 insufficient funds", "4001", "PAY-4001"),
                ("ERROR", "charge 9177 declined: PAY-4001 insufficient funds", "4001", "PAY-4001"),
                ("ERROR", "charge 9212 declined: PAY-4003 card expired", "4003", "PAY-4003"),
                ("ERROR", "charge 9301 declined: PAY-4003 card expired", "4003", "PAY-4003"),
            ],
        ),
    ),
    # ------------------------------------------------- round 2 (session 26): more codes users meet
    Shape(
        "MySQL client ERROR nnnn (SQLSTATE) at line n in a migration's output",
        syslog(
            "db1",
            "migrate.sh[2211]",
            [
                (
                    "ERROR 1064 (42000) at line 12: You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'FROM orders' at line 1",
                    "1064",
                    "1064 (42000)",
                ),
                (
                    "ERROR 1064 (42000) at line 40: You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'WHERE id' at line 3",
                    "1064",
                    "1064 (42000)",
                ),
                (
                    "ERROR 1146 (42S02) at line 7: Table 'shop.order_items' doesn't exist",
                    "1146",
                    "1146 (42S02)",
                ),
                (
                    "ERROR 1146 (42S02) at line 9: Table 'shop.refunds' doesn't exist",
                    "1146",
                    "1146 (42S02)",
                ),
            ],
        ),
        name_of_file="syslog",
    ),
    Shape(
        "mysqldump Got error: nnnn: in a cron job's mail",
        syslog(
            "db1",
            "backup[2211]",
            [
                (
                    "mysqldump: Got error: 1045: Access denied for user 'backup'@'localhost' (using password: YES) when trying to connect",
                    "1045",
                    "1045",
                ),
                (
                    "mysqldump: Got error: 1045: Access denied for user 'report'@'localhost' (using password: YES) when trying to connect",
                    "1045",
                    "1045",
                ),
                (
                    "mysqldump: Got error: 2002: Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2) when trying to connect",
                    "2002",
                    "2002",
                ),
                (
                    "mysqldump: Got error: 2002: Can't connect to local MySQL server through socket '/run/mysqld/mysqld.sock' (2) when trying to connect",
                    "2002",
                    "2002",
                ),
            ],
        ),
        name_of_file="syslog",
    ),
    Shape(
        "Python MySQL drivers' (nnnn, 'message') through SQLAlchemy (the message a quoted value)",
        pylog(
            "ERROR",
            "shop.db",
            [
                (
                    "(MySQLdb.OperationalError) (2006, 'MySQL server has gone away')",
                    "2006",
                    "2006",
                ),
                (
                    "(MySQLdb.OperationalError) (2006, 'MySQL server has gone away')",
                    "2006",
                    "2006",
                ),
                (
                    "(MySQLdb.OperationalError) (2013, 'Lost connection to MySQL server during query')",
                    "2013",
                    "2013",
                ),
                (
                    "(MySQLdb.OperationalError) (2013, 'Lost connection to MySQL server during query')",
                    "2013",
                    "2013",
                ),
                (
                    "(pymysql.err.OperationalError) (1045, \"Access denied for user 'app'@'10.0.0.7' (using password: YES)\")",
                    "1045",
                    "1045",
                ),
                (
                    "(pymysql.err.OperationalError) (1045, \"Access denied for user 'app'@'10.0.0.19' (using password: YES)\")",
                    "1045",
                    "1045",
                ),
                (
                    "(pymysql.err.OperationalError) (2003, \"Can't connect to MySQL server on 'db1.internal' ([Errno 111] Connection refused)\")",
                    "2003",
                    "2003",
                ),
                (
                    "(pymysql.err.OperationalError) (2003, \"Can't connect to MySQL server on 'db2.internal' ([Errno 111] Connection refused)\")",
                    "2003",
                    "2003",
                ),
            ],
        ),
    ),
    Shape(
        "PostgreSQL log_error_verbosity=verbose (ERROR:  SQLSTATE: ...)",
        (
            (
                '2024-06-11 06:00:02.118 UTC [2211] ERROR:  23505: duplicate key value violates unique constraint "orders_pkey"',
                "23505",
                "23505",
            ),
            (
                '2024-06-11 06:00:03.512 UTC [2214] ERROR:  23505: duplicate key value violates unique constraint "payments_pkey"',
                "23505",
                "23505",
            ),
            (
                '2024-06-11 06:00:04.000 UTC [2217] ERROR:  42P01: relation "order_items" does not exist at character 15',
                "42P01",
                "42P01",
            ),
            (
                '2024-06-11 06:00:05.700 UTC [2219] ERROR:  42P01: relation "refunds" does not exist at character 22',
                "42P01",
                "42P01",
            ),
            (
                "2024-06-11 06:00:06.001 UTC [2222] ERROR:  40P01: deadlock detected",
                "40P01",
                "40P01",
            ),
            (
                "2024-06-11 06:00:07.001 UTC [2290] ERROR:  40P01: deadlock detected",
                "40P01",
                "40P01",
            ),
        ),
        name_of_file="postgresql-2024-06-11.log",
    ),
    Shape(
        "Windows events forwarded with EventID= (same words, two ids)",
        # (Each account in one statement: an account in both, two messages each, is a word the
        # two statements share to the miner, as a statement's own word is; not a code's matter.)
        syslog(
            "dc01",
            "nxlog[2211]",
            [
                (
                    "EventID=4625 Channel=Security Computer=DC01.corp.example.com TargetUserName=alice IpAddress=10.0.0.7 Message=An account failed to log on.",
                    "4625",
                    "4625",
                ),
                (
                    "EventID=4625 Channel=Security Computer=DC01.corp.example.com TargetUserName=bob IpAddress=10.0.0.19 Message=An account failed to log on.",
                    "4625",
                    "4625",
                ),
                (
                    "EventID=4740 Channel=Security Computer=DC01.corp.example.com TargetUserName=dave IpAddress=10.0.0.7 Message=A user account was locked out.",
                    "4740",
                    "4740",
                ),
                (
                    "EventID=4740 Channel=Security Computer=DC01.corp.example.com TargetUserName=carol IpAddress=10.0.0.23 Message=A user account was locked out.",
                    "4740",
                    "4740",
                ),
                (
                    "EventID=7036 Channel=System Computer=SRV04.corp.example.com Message=The Print Spooler service entered the stopped state.",
                    "7036",
                    "7036",
                ),
                (
                    "EventID=7036 Channel=System Computer=SRV09.corp.example.com Message=The Print Spooler service entered the stopped state.",
                    "7036",
                    "7036",
                ),
            ],
        ),
        name_of_file="syslog",
    ),
    Shape(
        'aiohttp access log "GET / HTTP/1.1" nnn (status after the quoted request)',
        pylog(
            "INFO",
            "aiohttp.access",
            [
                (
                    '10.0.0.7 [11/Jun/2024:06:00:02 +0000] "GET /api/orders/8123 HTTP/1.1" 500 245 "-" "python-requests/2.31.0"',
                    "500",
                    "500",
                ),
                (
                    '10.0.0.19 [11/Jun/2024:06:00:03 +0000] "GET /api/orders/9177 HTTP/1.1" 500 245 "-" "python-requests/2.31.0"',
                    "500",
                    "500",
                ),
                (
                    '10.0.0.7 [11/Jun/2024:06:00:04 +0000] "GET /api/orders/9212 HTTP/1.1" 200 1893 "-" "python-requests/2.31.0"',
                    "200",
                    "200",
                ),
                (
                    '10.0.0.23 [11/Jun/2024:06:00:05 +0000] "GET /api/orders/9301 HTTP/1.1" 200 2011 "-" "python-requests/2.31.0"',
                    "200",
                    "200",
                ),
            ],
        ),
    ),
    Shape(
        "urllib HTTP Error nnn: Reason",
        pylog(
            "ERROR",
            "feeds.fetch",
            [
                (
                    "fetching https://feeds.example.com/a.xml failed: HTTP Error 503: Service Unavailable",
                    "503",
                    "503",
                ),
                (
                    "fetching https://feeds.example.org/b.xml failed: HTTP Error 503: Service Unavailable",
                    "503",
                    "503",
                ),
                (
                    "fetching https://feeds.example.com/c.xml failed: HTTP Error 404: Not Found",
                    "404",
                    "404",
                ),
                (
                    "fetching https://feeds.example.net/d.xml failed: HTTP Error 404: Not Found",
                    "404",
                    "404",
                ),
            ],
        ),
    ),
    Shape(
        "Kubernetes HTTP probe statuscode: nnn (same words, two codes)",
        syslog(
            "node3",
            "kubelet[2554]",
            [
                ("Readiness probe failed: HTTP probe failed with statuscode: 503", "503", "503"),
                ("Readiness probe failed: HTTP probe failed with statuscode: 503", "503", "503"),
                ("Readiness probe failed: HTTP probe failed with statuscode: 500", "500", "500"),
                ("Readiness probe failed: HTTP probe failed with statuscode: 500", "500", "500"),
            ],
        ),
        name_of_file="syslog",
    ),
    Shape(
        "Python smtplib (nnn, b'x.y.z ...') (the reply a quoted value)",
        pylog(
            "ERROR",
            "notify.mail",
            [
                (
                    "sending to bob@example.com failed: {'bob@example.com': (550, b'5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table')}",
                    "550",
                    "550",
                ),
                (
                    "sending to dan@example.org failed: {'dan@example.org': (550, b'5.1.1 <dan@example.org>: Recipient address rejected: User unknown in virtual mailbox table')}",
                    "550",
                    "550",
                ),
                (
                    "sending to carol@example.com failed: {'carol@example.com': (452, b'4.2.2 <carol@example.com>: Mailbox full')}",
                    "452",
                    "452",
                ),
                (
                    "sending to erin@example.net failed: {'erin@example.net': (452, b'4.2.2 <erin@example.net>: Mailbox full')}",
                    "452",
                    "452",
                ),
            ],
        ),
    ),
    Shape(
        "Nodemailer all recipients were rejected: nnn x.y.z",
        iso(
            "ERROR",
            [
                (
                    "Error: Can't send mail - all recipients were rejected: 550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
                    "550",
                    "550 5.1.1",
                ),
                (
                    "Error: Can't send mail - all recipients were rejected: 550 5.1.1 <dan@example.org>: Recipient address rejected: User unknown in virtual mailbox table",
                    "550",
                    "550 5.1.1",
                ),
                (
                    "Error: Can't send mail - all recipients were rejected: 554 5.7.1 <carol@example.com>: Relay access denied",
                    "554",
                    "554 5.7.1",
                ),
                (
                    "Error: Can't send mail - all recipients were rejected: 554 5.7.1 <erin@example.net>: Relay access denied",
                    "554",
                    "554 5.7.1",
                ),
            ],
        ),
    ),
    Shape(
        "Exchange Online NDR 550 5.1.10 in a relay's log",
        syslog(
            "mx1",
            "postfix/smtp[2231]",
            [
                (
                    "4F3A21C0D12: to=<bob@contoso.example>, relay=contoso-example.mail.protection.outlook.com[52.101.73.31]:25, delay=1.1, delays=0.1/0/0.5/0.5, dsn=5.1.10, status=bounced (host contoso-example.mail.protection.outlook.com[52.101.73.31] said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient bob@contoso.example not found by SMTP address lookup (in reply to RCPT TO command))",
                    "51010",
                    "550 5.1.10",
                ),
                (
                    "9B2C40E1A77: to=<eve@contoso.example>, relay=contoso-example.mail.protection.outlook.com[52.101.73.32]:25, delay=0.9, delays=0.1/0/0.4/0.4, dsn=5.1.10, status=bounced (host contoso-example.mail.protection.outlook.com[52.101.73.32] said: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient eve@contoso.example not found by SMTP address lookup (in reply to RCPT TO command))",
                    "51010",
                    "550 5.1.10",
                ),
                (
                    "C71D3A9F0B4: to=<amy@contoso.example>, relay=contoso-example.mail.protection.outlook.com[52.101.73.31]:25, delay=1.3, delays=0.1/0/0.6/0.6, dsn=5.7.606, status=bounced (host contoso-example.mail.protection.outlook.com[52.101.73.31] said: 550 5.7.606 Access denied, banned sending IP [198.51.100.7] (in reply to RCPT TO command))",
                    "57606",
                    "550 5.7.606",
                ),
            ],
        ),
        name_of_file="mail.log",
    ),
    Shape(
        "Sendmail dsn=x.y.z, stat= (queue ids vary)",
        syslog(
            "mx2",
            "sm-mta[2211]",
            [
                (
                    "45B60027002211: to=<bob@example.com>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120394, relay=mx.example.com. [10.0.0.9], dsn=5.1.1, stat=User unknown",
                    "511",
                    "5.1.1",
                ),
                (
                    "45B60031002290: to=<dan@example.com>, delay=00:00:02, xdelay=00:00:01, mailer=esmtp, pri=120512, relay=mx.example.com. [10.0.0.9], dsn=5.1.1, stat=User unknown",
                    "511",
                    "5.1.1",
                ),
                (
                    "45B60044002317: to=<carol@example.org>, delay=00:00:05, xdelay=00:00:05, mailer=esmtp, pri=121077, relay=mx.example.org. [10.0.0.12], dsn=4.2.2, stat=Deferred: 452 4.2.2 Mailbox full",
                    "422",
                    "4.2.2",
                ),
                (
                    "45B60052002388: to=<erin@example.org>, delay=00:00:07, xdelay=00:00:06, mailer=esmtp, pri=121230, relay=mx.example.org. [10.0.0.12], dsn=4.2.2, stat=Deferred: 452 4.2.2 Mailbox full",
                    "422",
                    "4.2.2",
                ),
            ],
        ),
        name_of_file="maillog",
    ),
    Shape(
        "Node errno in a read error and its code (ECONNRESET, EPIPE)",
        iso(
            "ERROR",
            [
                (
                    "upstream 10.0.0.9:8080 request 8123 failed: Error: read ECONNRESET",
                    "ECONNRESET",
                    "ECONNRESET",
                ),
                (
                    "upstream 10.0.0.12:8080 request 9177 failed: Error: read ECONNRESET",
                    "ECONNRESET",
                    "ECONNRESET",
                ),
                (
                    "upstream 10.0.0.9:8080 request 9212 failed: Error: write EPIPE",
                    "EPIPE",
                    "EPIPE",
                ),
                (
                    "upstream 10.0.0.12:8080 request 9301 failed: Error: write EPIPE",
                    "EPIPE",
                    "EPIPE",
                ),
            ],
        ),
    ),
    Shape(
        "Python [Errno nnn] Connection refused / reset (same places, two codes)",
        pylog(
            "WARNING",
            "sync.peer",
            [
                (
                    "peer 10.0.0.9:7000 unreachable: [Errno 111] Connection refused",
                    "111",
                    "[Errno 111]",
                ),
                (
                    "peer 10.0.0.12:7000 unreachable: [Errno 111] Connection refused",
                    "111",
                    "[Errno 111]",
                ),
                (
                    "peer 10.0.0.9:7000 unreachable: [Errno 104] Connection reset by peer",
                    "104",
                    "[Errno 104]",
                ),
                (
                    "peer 10.0.0.23:7000 unreachable: [Errno 104] Connection reset by peer",
                    "104",
                    "[Errno 104]",
                ),
                (
                    "peer db1.internal:7000 unreachable: [Errno -2] Name or service not known",
                    "-2",
                    "[Errno -2]",
                ),
                (
                    "peer db7.internal:7000 unreachable: [Errno -2] Name or service not known",
                    "-2",
                    "[Errno -2]",
                ),
            ],
        ),
    ),
    Shape(
        "Trivy-style table rows of CVE ids (same words, the CVE the subject)",
        iso(
            "WARN",
            [
                (
                    "libssl3 3.0.2-0ubuntu1.10 CVE-2024-0727 MEDIUM fixed in 3.0.2-0ubuntu1.14",
                    "0727",
                    "CVE-2024-0727",
                ),
                (
                    "libssl3 3.0.2-0ubuntu1.12 CVE-2024-0727 MEDIUM fixed in 3.0.2-0ubuntu1.14",
                    "0727",
                    "CVE-2024-0727",
                ),
                (
                    "libssl3 3.0.2-0ubuntu1.10 CVE-2023-5678 MEDIUM fixed in 3.0.2-0ubuntu1.13",
                    "5678",
                    "CVE-2023-5678",
                ),
                (
                    "libssl3 3.0.2-0ubuntu1.12 CVE-2023-5678 MEDIUM fixed in 3.0.2-0ubuntu1.13",
                    "5678",
                    "CVE-2023-5678",
                ),
            ],
        ),
    ),
    Shape(
        "curl (22) The requested URL returned error: nnn in a cron job (same words, two codes)",
        syslog(
            "web1",
            "healthcheck[2211]",
            [
                ("curl: (22) The requested URL returned error: 503", "503", "error: 503"),
                ("curl: (22) The requested URL returned error: 503", "503", "error: 503"),
                ("curl: (22) The requested URL returned error: 404", "404", "error: 404"),
                ("curl: (22) The requested URL returned error: 404", "404", "error: 404"),
            ],
        ),
        name_of_file="syslog",
    ),
    Shape(
        ".NET HttpClient status code does not indicate success: nnn (Reason)",
        log4j(
            "Shop.Inventory.Client",
            [
                (
                    "ERROR",
                    "stock sync for sku 8123 failed: Response status code does not indicate success: 503 (Service Unavailable).",
                    "503",
                    "503",
                ),
                (
                    "ERROR",
                    "stock sync for sku 9177 failed: Response status code does not indicate success: 503 (Service Unavailable).",
                    "503",
                    "503",
                ),
                (
                    "ERROR",
                    "stock sync for sku 9212 failed: Response status code does not indicate success: 404 (Not Found).",
                    "404",
                    "404",
                ),
                (
                    "ERROR",
                    "stock sync for sku 9301 failed: Response status code does not indicate success: 404 (Not Found).",
                    "404",
                    "404",
                ),
            ],
        ),
    ),
    Shape(
        ".NET SqlException Error Number:nnnnn,State:n,Class:nn",
        log4j(
            "Shop.Orders.Repository",
            [
                (
                    "ERROR",
                    "save of order 8123 failed: Error Number:2627,State:1,Class:14",
                    "2627",
                    "2627",
                ),
                (
                    "ERROR",
                    "save of order 9177 failed: Error Number:2627,State:1,Class:14",
                    "2627",
                    "2627",
                ),
                (
                    "ERROR",
                    "save of order 9212 failed: Error Number:1205,State:51,Class:13",
                    "1205",
                    "1205",
                ),
                (
                    "ERROR",
                    "save of order 9301 failed: Error Number:1205,State:51,Class:13",
                    "1205",
                    "1205",
                ),
            ],
        ),
    ),
    Shape(
        'Ruby Net::HTTP nnn "Reason" (same words, two codes)',
        tuple(
            (
                f'E, [2024-06-11T06:00:{_sec(i)}.118234 #{2211 + i}] ERROR -- : webhook {n} failed: {code} "{reason}"',
                code,
                code,
            )
            for i, (n, code, reason) in enumerate(
                [
                    (8123, "502", "Bad Gateway"),
                    (9177, "502", "Bad Gateway"),
                    (9212, "504", "Gateway Timeout"),
                    (9301, "504", "Gateway Timeout"),
                ]
            )
        ),
        name_of_file="production.log",
    ),
]
