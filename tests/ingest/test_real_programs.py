"""Logs written by real programs, run for these tests (excerpts of their own output, paths as
they ran): each excerpt once showed a record read, levelled or grouped wrong."""

from __future__ import annotations

import json

from tests.ingest.stored import stored_events

# pino 10 with its default serializers: an Error with a `cause` is logged with the cause's
# stack below its own, after `caused by: ` (pino-std-serializers' stackWithCauses).
PINO_CAUSE = (
    '{"level":50,"time":1796081620105,"pid":2925,"hostname":"vm","err":{"type":"DbError",'
    '"message":"query failed for user 17: Expected property name or \'}\' in JSON at position 1",'
    '"stack":"DbError: query failed for user 17\\n    at query (/tmp/reallogs/node/app.js:4:54)'
    "\\n    at errs (/tmp/reallogs/node/app.js:6:70)\\n    at Object.<anonymous> "
    "(/tmp/reallogs/node/app.js:10:19)\\n    at Module._compile "
    "(node:internal/modules/cjs/loader:1521:14)\\ncaused by: SyntaxError: Expected property "
    "name or '}' in JSON at position 1\\n    at JSON.parse (<anonymous>)\\n    at query "
    "(/tmp/reallogs/node/app.js:4:14)\\n    at errs (/tmp/reallogs/node/app.js:6:70)\\n    at "
    "Object.<anonymous> (/tmp/reallogs/node/app.js:10:19)\\n    at Module._compile "
    '(node:internal/modules/cjs/loader:1521:14)","name":"DbError","code":"ECONNREFUSED"},'
    '"userId":1,"msg":"request failed"}\n'
)


def _chain(stack: str) -> list[tuple[str, str, list[str]]]:
    return [
        (e["type"], e["value"], [f.get("function") for f in e["frames"]]) for e in json.loads(stack)
    ]


def test_pino_caused_by_is_the_next_exception_of_the_chain(tmp_path):
    """The cause's stack was read as more frames of the error that wraps it."""
    [(exc_type, stack)] = stored_events(tmp_path, PINO_CAUSE, "exception_type, stack")
    assert exc_type == "DbError"
    assert _chain(stack) == [
        (
            "DbError",
            "query failed for user 17",
            ["Module._compile", "Object.<anonymous>", "errs", "query"],
        ),
        (
            "SyntaxError",
            "Expected property name or '}' in JSON at position 1",
            ["Module._compile", "Object.<anonymous>", "errs", "query", "JSON.parse"],
        ),
    ]


# structlog 26 with `dict_tracebacks` and `JSONRenderer` (the production setup its docs give):
# `exception` is a list of dicts, the logged exception first, then its cause. (The `<module>`
# frame's locals are cut to the one that matters.)
STRUCTLOG_DICT_TRACEBACK = """\
{"order_id": 17, "event": "payment failed", "level": "error", "timestamp": "2026-11-30T23:32:58.523781Z", "exception": [{"exc_type": "PaymentError", "exc_value": "card lookup failed for order 17", "exc_notes": [], "syntax_error": null, "is_cause": false, "frames": [{"filename": "/tmp/reallogs/py/sl.py", "lineno": 18, "name": "<module>", "locals": {"oid": "17"}}, {"filename": "/tmp/reallogs/py/sl.py", "lineno": 15, "name": "charge", "locals": {"order_id": "17"}}], "is_group": false, "exceptions": []}, {"exc_type": "KeyError", "exc_value": "'card-17'", "exc_notes": [], "syntax_error": null, "is_cause": true, "frames": [{"filename": "/tmp/reallogs/py/sl.py", "lineno": 13, "name": "charge", "locals": {"order_id": "17"}}], "is_group": false, "exceptions": []}]}
"""  # noqa: E501


def test_structlog_dict_tracebacks_are_the_exception_chain(tmp_path):
    """The list of exception dicts stayed an attribute: no exception type, no frames."""
    [(exc_type, value, stack)] = stored_events(
        tmp_path, STRUCTLOG_DICT_TRACEBACK, "exception_type, exception_value, stack"
    )
    assert (exc_type, value) == ("PaymentError", "card lookup failed for order 17")
    assert _chain(stack) == [
        ("PaymentError", "card lookup failed for order 17", ["<module>", "charge"]),
        ("KeyError", "'card-17'", ["charge"]),
    ]


# PostgreSQL 15's server log in Debian's default prefix (`%m [%p] %q%u@%d `), the errors
# psql provoked; its csvlog and jsonlog of the same run hold each follower line (DETAIL,
# HINT, CONTEXT, STATEMENT) in a field of its own and the cursor position apart.
POSTGRES_STDERR = """\
2026-11-30 23:31:12.563 UTC [20969] postgres@app ERROR:  duplicate key value violates unique constraint "users_email_key"
2026-11-30 23:31:12.563 UTC [20969] postgres@app DETAIL:  Key (email)=(a@x.org) already exists.
2026-11-30 23:31:12.563 UTC [20969] postgres@app STATEMENT:  insert into users values (3,'a@x.org');
2026-11-30 23:31:12.566 UTC [20969] postgres@app ERROR:  relation "missing_table" does not exist at character 15
2026-11-30 23:31:12.566 UTC [20969] postgres@app STATEMENT:  select * from missing_table;
2026-11-30 23:31:12.566 UTC [20969] postgres@app ERROR:  relation "missing_other" does not exist at character 15
2026-11-30 23:31:12.566 UTC [20969] postgres@app STATEMENT:  select * from missing_other where id = 5;
2026-11-30 23:31:12.582 UTC [20969] postgres@app ERROR:  boom 42 happened
2026-11-30 23:31:12.582 UTC [20969] postgres@app CONTEXT:  PL/pgSQL function boom() line 1 at RAISE
2026-11-30 23:31:12.582 UTC [20969] postgres@app STATEMENT:  select boom();
2026-11-30 23:31:12.743 UTC [20973] postgres@app FATAL:  password authentication failed for user "postgres"
2026-11-30 23:31:12.743 UTC [20973] postgres@app DETAIL:  Password does not match for user "postgres".
	Connection matched pg_hba.conf line 87: "host    all             all             127.0.0.1/32            md5"
2026-11-30 23:31:24.391 UTC [21611] postgres@app ERROR:  duplicate key value violates unique constraint "users_pkey"
2026-11-30 23:31:24.391 UTC [21611] postgres@app DETAIL:  Key (id)=(3) already exists.
2026-11-30 23:31:24.391 UTC [21611] postgres@app STATEMENT:  insert into users values (3,'v3@x.org')
2026-11-30 23:31:24.419 UTC [21621] postgres@app ERROR:  relation "tbl_3" does not exist at character 15
2026-11-30 23:31:24.419 UTC [21621] postgres@app STATEMENT:  select * from tbl_3
2026-11-30 23:31:24.714 UTC [21659] alice@app FATAL:  password authentication failed for user "alice"
2026-11-30 23:31:24.714 UTC [21659] alice@app DETAIL:  Role "alice" does not exist.
	Connection matched pg_hba.conf line 87: "host    all             all             127.0.0.1/32            md5"
2026-11-30 23:31:25.971 UTC [21773] postgres@app ERROR:  could not open file "/nonexistent/file.csv" for reading: No such file or directory
2026-11-30 23:31:25.971 UTC [21773] postgres@app HINT:  COPY FROM instructs the PostgreSQL server process to read a file. You may want a client-side facility such as psql's \\copy.
2026-11-30 23:31:25.971 UTC [21773] postgres@app STATEMENT:  copy users from '/nonexistent/file.csv'
"""  # noqa: E501


def test_postgres_follower_lines_are_fields_so_one_error_is_one_group(tmp_path):
    """The follower lines were part of the message, so each statement that met the same error
    made a group of its own (three groups of `relation ... does not exist`, three of the
    duplicate key), where the csvlog and jsonlog of the same run made one each."""
    rows = stored_events(tmp_path, POSTGRES_STDERR, "line, message, fingerprint, attributes")
    messages = [message for _line, message, _fp, _attrs in rows]
    assert messages == [
        'duplicate key value violates unique constraint "users_email_key"',
        'relation "missing_table" does not exist',
        'relation "missing_other" does not exist',
        "boom 42 happened",
        'password authentication failed for user "postgres"',
        'duplicate key value violates unique constraint "users_pkey"',
        'relation "tbl_3" does not exist',
        'password authentication failed for user "alice"',
        'could not open file "/nonexistent/file.csv" for reading: No such file or directory',
    ]
    groups = {}
    for line, _message, fingerprint, _attrs in rows:
        groups.setdefault(fingerprint, []).append(line)
    assert sorted(groups.values()) == [[1, 14], [4, 6, 17], [8], [11, 19], [22]]
    attributes = {line: json.loads(attrs) for line, _m, _fp, attrs in rows}
    assert attributes[1] == {
        "pid": 20969,
        "user": "postgres",
        "database": "app",
        "detail": "Key (email)=(a@x.org) already exists.",
        "query": "insert into users values (3,'a@x.org');",
    }
    assert attributes[4]["query_pos"] == 15
    assert attributes[8]["context"] == "PL/pgSQL function boom() line 1 at RAISE"
    assert attributes[11]["detail"] == (
        'Password does not match for user "postgres".\n\tConnection matched pg_hba.conf line 87: '
        '"host    all             all             127.0.0.1/32            md5"'
    )
    assert attributes[22]["hint"].startswith("COPY FROM instructs")
    assert attributes[11]["severity"] == "FATAL"


# winston 3 with `format.errors({ stack: true })` and `format.json()`, as its README sets it
# up: the error's own fields are the record's, its `name` among them.
WINSTON_ERROR = """\
{"level":"info","message":"server listening on 8080","timestamp":"2026-11-30T23:33:40.440Z"}
{"code":"ECONNREFUSED","level":"error","message":"query failed for user 17","name":"DbError","stack":"DbError: query failed for user 17\\n    at query (/tmp/reallogs/node/app.js:4:54)\\n    at errs (/tmp/reallogs/node/app.js:6:70)\\n    at Object.<anonymous> (/tmp/reallogs/node/app.js:21:19)\\n    at Module._compile (node:internal/modules/cjs/loader:1521:14)\\n    at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)\\n    at Module.load (node:internal/modules/cjs/loader:1266:32)\\n    at Module._load (node:internal/modules/cjs/loader:1091:12)\\n    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)\\n    at node:internal/main/run_main_module:28:49","timestamp":"2026-11-30T23:33:40.451Z"}
"""  # noqa: E501


def test_winston_error_name_is_not_the_logger(tmp_path):
    """`name` (bunyan's logger) was read as the logger: every error logged this way named its
    own class as the logger."""
    rows = stored_events(tmp_path, WINSTON_ERROR, "logger, exception_type, attributes")
    assert [(logger, exc_type) for logger, exc_type, _ in rows] == [
        (None, None),
        (None, "DbError"),
    ]
    attributes = json.loads(rows[1][2])
    assert (attributes["name"], attributes["code"]) == ("DbError", "ECONNREFUSED")


# CPython 3.11's stderr as a script dies of an exception raised `from` another: nothing but
# the traceback, so the file has no log format.
PYTHON_UNCAUGHT_CHAIN = """\
Traceback (most recent call last):
  File "/tmp/reallogs/py/crash.py", line 4, in load
    return json.loads(open(p).read())
                      ^^^^^^^
FileNotFoundError: [Errno 2] No such file or directory: '/etc/nope.json'

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/tmp/reallogs/py/crash.py", line 7, in <module>
    load("/etc/nope.json")
  File "/tmp/reallogs/py/crash.py", line 6, in load
    raise RuntimeError(f"config {p} missing") from e
RuntimeError: config /etc/nope.json missing
"""


def test_an_uncaught_python_chain_on_its_own_is_one_event(tmp_path):
    """Its second section (`Traceback ...` after the separator) started an event of its own:
    two events, the cause alone in one, the exception without its cause in the other."""
    rows = stored_events(tmp_path, PYTHON_UNCAUGHT_CHAIN, "line, exception_type, stack")
    assert [(line, exc_type) for line, exc_type, _ in rows] == [(1, "RuntimeError")]
    assert [(t, v) for t, v, _ in _chain(rows[0][2])] == [
        ("RuntimeError", "config /etc/nope.json missing"),
        ("FileNotFoundError", "[Errno 2] No such file or directory: '/etc/nope.json'"),
    ]


# Node 20's report of an uncaught exception thrown from a line that starts at column 0 (a
# top-level statement, a one-line function, a bundle): the source line below the location is
# not indented.
NODE_CRASH_UNINDENTED_SOURCE = """\
/tmp/reallogs/node/crash.js:1
function load() { try { JSON.parse('{bad'); } catch (e) { throw new Error('config load failed', { cause: e }); } }
                                                          ^

Error: config load failed
    at load (/tmp/reallogs/node/crash.js:1:65)
    at Object.<anonymous> (/tmp/reallogs/node/crash.js:3:1)
    ... 5 lines matching cause stack trace ...
    at node:internal/main/run_main_module:28:49 {
  [cause]: SyntaxError: Expected property name or '}' in JSON at position 1
      at JSON.parse (<anonymous>)
      at load (/tmp/reallogs/node/crash.js:1:30)
      at Object.<anonymous> (/tmp/reallogs/node/crash.js:3:1)
      at Module._compile (node:internal/modules/cjs/loader:1521:14)
      at Module._extensions..js (node:internal/modules/cjs/loader:1623:10)
      at Module.load (node:internal/modules/cjs/loader:1266:32)
      at Module._load (node:internal/modules/cjs/loader:1091:12)
      at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)
      at node:internal/main/run_main_module:28:49
}

Node.js v20.20.2
"""  # noqa: E501


def test_node_crash_report_with_its_source_line_at_column_0_is_one_event(tmp_path):
    """The source line started an event of its own (levelled error for its `new Error`), and
    so, cut from their location line, did the closing `}` and `Node.js v20`: five events."""
    rows = stored_events(tmp_path, NODE_CRASH_UNINDENTED_SOURCE, "line, level, stack")
    assert [(line, level) for line, level, _ in rows] == [(1, "error")]
    assert [t for t, _v, _f in _chain(rows[0][2])] == ["Error", "SyntaxError"]


# The same server with `log_error_verbosity = verbose`: the SQLSTATE heads the message (csvlog
# has it in `sql_state_code`) and a LOCATION line names the server's source.
POSTGRES_VERBOSE = """\
2026-11-30 23:48:03.491 UTC [23626] postgres@app ERROR:  23505: duplicate key value violates unique constraint "users_pkey"
2026-11-30 23:48:03.491 UTC [23626] postgres@app DETAIL:  Key (id)=(3) already exists.
2026-11-30 23:48:03.491 UTC [23626] postgres@app LOCATION:  _bt_check_unique, nbtinsert.c:664
2026-11-30 23:48:03.491 UTC [23626] postgres@app STATEMENT:  insert into users values (3, 'z@x.org');
"""  # noqa: E501


def test_postgres_verbose_sqlstate_is_an_attribute(tmp_path):
    """The SQLSTATE stayed in the message: a group apart from the same error logged with the
    default verbosity."""
    [(message, template, attrs)] = stored_events(
        tmp_path, POSTGRES_VERBOSE, "message, template, attributes"
    )
    assert message == 'duplicate key value violates unique constraint "users_pkey"'
    (tmp_path / "default").mkdir()
    [default] = stored_events(tmp_path / "default", POSTGRES_STDERR, "template")[5:6]
    assert template == default[0]
    attributes = json.loads(attrs)
    assert attributes["sql_state_code"] == "23505"
    assert attributes["location"] == "_bt_check_unique, nbtinsert.c:664"


# The same server's jsonlog (PostgreSQL 15), beside the stderr and csvlog above.
POSTGRES_JSONLOG = r"""{"timestamp":"2026-11-30 23:31:07.554 UTC","pid":20840,"session_id":"6b0e073b.5168","line_num":1,"session_start":"2026-11-30 23:31:07 UTC","txid":0,"error_severity":"LOG","message":"starting PostgreSQL 15.18 (Debian 15.18-0+deb12u1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14+deb12u1) 12.2.0, 64-bit","backend_type":"postmaster","query_id":0}
{"timestamp":"2026-11-30 23:31:12.563 UTC","user":"postgres","dbname":"app","pid":20969,"remote_host":"127.0.0.1","remote_port":59928,"session_id":"6b0e0740.51e9","line_num":6,"ps":"INSERT","session_start":"2026-11-30 23:31:12 UTC","vxid":"3/6","txid":728,"error_severity":"ERROR","state_code":"23505","message":"duplicate key value violates unique constraint \"users_email_key\"","detail":"Key (email)=(a@x.org) already exists.","statement":"insert into users values (3,'a@x.org');","application_name":"psql","backend_type":"client backend","query_id":0}
"""  # noqa: E501


def test_postgres_jsonlog_reads_as_its_csvlog(tmp_path):
    """jsonlog had no service (csvlog's is the application_name, else the backend type) and
    kept the fields under names of its own (`statement`, `state_code`, `dbname`)."""
    rows = stored_events(tmp_path, POSTGRES_JSONLOG, "level, service, attributes")
    assert [(level, service) for level, service, _ in rows] == [
        ("info", "postmaster"),
        ("error", "psql"),
    ]
    attributes = json.loads(rows[1][2])
    assert attributes["query"] == "insert into users values (3,'a@x.org');"
    assert attributes["sql_state_code"] == "23505"
    assert attributes["database"] == "app"
    assert attributes["detail"] == "Key (email)=(a@x.org) already exists."


# Postfix 3.7 and Dovecot 2.3 through rsyslog (Debian 12's default file layout), run on
# loopback for these tests: a failed SMTP login, a bounce, a deferral, a refused recipient.
MAIL_LOG = """\
2026-12-01T04:19:44.272148+00:00 vm postfix/smtpd[22438]: warning: localhost[127.0.0.1]: SASL LOGIN authentication failed: (reason unavailable), sasl_username=alice
2026-12-01T04:19:44.287875+00:00 vm postfix/smtpd[22438]: disconnect from localhost[127.0.0.1] ehlo=2 starttls=1 auth=0/1 quit=1 commands=4/5
2026-12-01T04:19:18.519932+00:00 vm postfix/smtp[22457]: 6F75C1825FB: to=<nobody@slow.example.org>, relay=127.0.0.1[127.0.0.1]:2527, delay=0.06, delays=0/0/0.04/0.02, dsn=5.1.1, status=bounced (host 127.0.0.1[127.0.0.1] said: 550 5.1.1 <nobody@slow.example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))
2026-12-01T04:19:18.726930+00:00 vm postfix/smtp[22457]: 9D3891825FB: to=<full@slow.example.org>, relay=127.0.0.1[127.0.0.1]:2527, delay=0.07, delays=0.01/0/0.05/0.02, dsn=4.2.2, status=deferred (host 127.0.0.1[127.0.0.1] said: 452 4.2.2 Mailbox full, try again later (in reply to RCPT TO command))
2026-12-01T04:19:17.661203+00:00 vm postfix/smtpd[22438]: NOQUEUE: reject: RCPT from localhost[127.0.0.1]: 550 5.1.1 <nosuchuser@example.test>: Recipient address rejected: User unknown in local recipient table; from=<bob@example.test> to=<nosuchuser@example.test> proto=ESMTP helo=<vm>
2026-12-01T04:18:04.200730+00:00 vm chpasswd[19799]: pam_unix(chpasswd:chauthtok): password changed for alice
"""  # noqa: E501


def test_postfix_and_pam_lines_keep_their_text_and_get_a_level(tmp_path):
    """The scrubber took Postfix's tally `auth=0/1` and PAM's `(chpasswd:chauthtok)` for
    secrets; a bounce, a deferral and a rejected recipient had no level."""
    rows = stored_events(tmp_path, MAIL_LOG, "level, service, message")
    assert [(level, service) for level, service, _ in rows] == [
        ("warning", "postfix/smtpd"),
        (None, "postfix/smtpd"),
        ("error", "postfix/smtp"),
        ("warning", "postfix/smtp"),
        ("warning", "postfix/smtpd"),
        (None, "chpasswd"),
    ]
    assert "auth=0/1" in rows[1][2]
    assert rows[5][2] == "pam_unix(chpasswd:chauthtok): password changed for alice"
