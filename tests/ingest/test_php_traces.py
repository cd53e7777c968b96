"""PHP services' logs end to end: Laravel's log (Monolog with the trace inside the record's
JSON), Monolog's defaults, and PHP's own error log with an uncaught exception. The lines are
what PHP 8.2 and Debian's php-monolog 2 wrote (paths changed)."""

from __future__ import annotations

from pathlib import Path

import orjson

from errctl.models import EventFilter
from errctl.store.duckdb_store import DuckDBStore
from tests.ingest.stored import stored_events

LARAVEL = """\
[2026-11-29 09:59:56] production.INFO: User 12 logged in {"ip":"10.0.0.7"} 
[2026-11-29 09:59:56] production.ERROR: could not load user 12 {"userId":12,"exception":"[object] (RuntimeException(code: 0): could not load user 12 at /srv/shop/app/Http/Controllers/UserController.php:16)
[stacktrace]
#0 /srv/shop/app/Http/Controllers/UserController.php(8): App\\\\Http\\\\Controllers\\\\UserController->load()
#1 /srv/shop/index.php(21): App\\\\Http\\\\Controllers\\\\UserController->show()
#2 {main}

[previous exception] [object] (PDOException(code: 0): could not find driver at /srv/shop/app/Http/Controllers/UserController.php:14)
[stacktrace]
#0 /srv/shop/app/Http/Controllers/UserController.php(14): PDO->__construct()
#1 /srv/shop/app/Http/Controllers/UserController.php(8): App\\\\Http\\\\Controllers\\\\UserController->load()
#2 /srv/shop/index.php(21): App\\\\Http\\\\Controllers\\\\UserController->show()
#3 {main}
"} 
[2026-11-29T09:59:56.281483+00:00] app.ERROR: could not load user 12 {"userId":12,"exception":"[object] (RuntimeException(code: 0): could not load user 12 at /srv/shop/app/Http/Controllers/UserController.php:16)\\n[previous exception] [object] (PDOException(code: 0): could not find driver at /srv/shop/app/Http/Controllers/UserController.php:14)"} []
[2026-11-29 10:04:56] production.ERROR: could not load user 13 {"userId":13,"exception":"[object] (RuntimeException(code: 0): could not load user 13 at /srv/shop/app/Http/Controllers/UserController.php:17)
[stacktrace]
#0 /srv/shop/app/Http/Controllers/UserController.php(9): App\\\\Http\\\\Controllers\\\\UserController->load()
#1 /srv/shop/index.php(21): App\\\\Http\\\\Controllers\\\\UserController->show()
#2 {main}

[previous exception] [object] (PDOException(code: 0): could not find driver at /srv/shop/app/Http/Controllers/UserController.php:15)
[stacktrace]
#0 /srv/shop/app/Http/Controllers/UserController.php(15): PDO->__construct()
#1 /srv/shop/app/Http/Controllers/UserController.php(9): App\\\\Http\\\\Controllers\\\\UserController->load()
#2 /srv/shop/index.php(21): App\\\\Http\\\\Controllers\\\\UserController->show()
#3 {main}
"} 
[2026-11-29 10:05:00] production.WARNING: Slow query took 1200ms  
"""  # noqa: E501, W291

PHP_ERROR_LOG = """\
[29-Nov-2026 09:59:56 UTC] PHP Fatal error:  Uncaught PDOException: could not find driver in /srv/shop/app/Http/Controllers/UserController.php:14
Stack trace:
#0 /srv/shop/app/Http/Controllers/UserController.php(14): PDO->__construct()
#1 /srv/shop/app/Http/Controllers/UserController.php(8): App\\\\Http\\\\Controllers\\\\UserController->load()
#2 /srv/shop/index.php(28): App\\\\Http\\\\Controllers\\\\UserController->show()
#3 [internal function]: {closure}()
#4 /srv/shop/index.php(28): array_map()
#5 {main}

Next RuntimeException: could not load user 14 in /srv/shop/app/Http/Controllers/UserController.php:16
Stack trace:
#0 /srv/shop/app/Http/Controllers/UserController.php(8): App\\\\Http\\\\Controllers\\\\UserController->load()
#1 /srv/shop/index.php(28): App\\\\Http\\\\Controllers\\\\UserController->show()
#2 [internal function]: {closure}()
#3 /srv/shop/index.php(28): array_map()
#4 {main}
  thrown in /srv/shop/app/Http/Controllers/UserController.php on line 16
[29-Nov-2026 10:00:01 Europe/Berlin] PHP Warning:  Undefined variable $id in /srv/shop/x.php on line 12
"""  # noqa: E501

# PHP-FPM's log when the worker's errors go to its stderr (the official Docker image's setting):
# an uncaught exception's trace comes one line at a time, each after the worker's pid.
PHP_FPM_LOG = """\
[29-Nov-2026 10:00:01] NOTICE: ready to handle connections
[29-Nov-2026 10:00:02] WARNING: [pool www] child 21 said into stderr: "NOTICE: PHP message: PHP Fatal error:  Uncaught PDOException: could not find driver in /srv/shop/Db.php:14"
[29-Nov-2026 10:00:02] WARNING: [pool www] child 21 said into stderr: "Stack trace:"
[29-Nov-2026 10:00:02] WARNING: [pool www] child 21 said into stderr: "#0 /srv/shop/Db.php(14): PDO->__construct()"
[29-Nov-2026 10:00:02] WARNING: [pool www] child 21 said into stderr: "#1 /srv/shop/index.php(9): Db->connect()"
[29-Nov-2026 10:00:02] WARNING: [pool www] child 22 said into stderr: "NOTICE: PHP message: PHP Warning:  Undefined variable $cart in /srv/shop/cart.php on line 12"
[29-Nov-2026 10:00:02] WARNING: [pool www] child 21 said into stderr: "#2 {main}"
[29-Nov-2026 10:00:02] WARNING: [pool www] child 21 said into stderr: "  thrown in /srv/shop/Db.php on line 14"
[29-Nov-2026 10:00:03] WARNING: [pool www] child 23 said into stderr: "#0 not a trace: no error above it from this worker"
"""  # noqa: E501


def _events(tmp_path: Path, text: str) -> list[tuple]:
    return stored_events(
        tmp_path,
        text,
        "line, level, logger, message, exception_type, fingerprint, stack, attributes",
    )


def test_laravel_log_events_carry_their_exception_chain(tmp_path: Path):
    rows = _events(tmp_path, LARAVEL)
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        (1, "info", "production", None),
        (2, "error", "production", "RuntimeException"),
        (15, "error", "app", "RuntimeException"),
        (16, "error", "production", "RuntimeException"),
        (29, "warning", "production", None),
    ]
    assert rows[1][3] == "could not load user 12"
    attributes = orjson.loads(rows[1][7])
    assert attributes.pop("exception_text").startswith("[object] (RuntimeException(code: 0)")
    assert attributes == {"userId": 12}
    # Other line numbers, another user: the same frames, one group.
    assert rows[1][5] == rows[3][5]
    outer, cause = orjson.loads(rows[1][6])
    assert (outer["type"], cause["type"]) == ("RuntimeException", "PDOException")
    assert [f["function"] for f in outer["frames"]] == ["{main}", "show", "load"]
    assert outer["frames"][-1]["module"] == "App\\Http\\Controllers\\UserController"


def test_php_error_log_uncaught_exception(tmp_path: Path):
    rows = _events(tmp_path, PHP_ERROR_LOG)
    assert [(r[0], r[1], r[4]) for r in rows] == [
        (1, "critical", "RuntimeException"),
        (18, "warning", None),
    ]
    outer, cause = orjson.loads(rows[0][6])
    assert (outer["value"], cause["type"]) == ("could not load user 14", "PDOException")


def _monolog_json() -> str:
    """What Debian's php-monolog 2 wrote with `JsonFormatter` (stack traces included) for an
    info record and two exceptions that each wrap a PDOException."""
    records = [
        {"message": "User 12 logged in", "context": {"ip": "10.0.0.7"}, "level": 200},
    ]
    for user in (12, 13):
        cause = {
            "class": "PDOException",
            "message": "could not find driver",
            "code": 0,
            "file": "/srv/shop/index.php:12",
            "trace": ["/srv/shop/index.php:12", "/srv/shop/index.php:15", "/srv/shop/index.php:19"],
        }
        exception = {
            "class": "RuntimeException",
            "message": f"could not load user {user}",
            "code": 0,
            "file": "/srv/shop/index.php:13",
            "trace": ["/srv/shop/index.php:15", "/srv/shop/index.php:19"],
            "previous": cause,
        }
        context = {"userId": user, "exception": exception}
        records.append({"message": f"could not load user {user}", "context": context, "level": 400})
    lines = []
    for i, record in enumerate(records):
        level = "INFO" if record["level"] == 200 else "ERROR"
        record |= {"level_name": level, "channel": "app", "extra": {}}
        record["datetime"] = f"2026-11-29T13:29:5{i}.121297+00:00"
        lines.append(orjson.dumps(record).decode())
    return "\n".join(lines) + "\n"


def test_monolog_json_exception_objects_are_parsed(tmp_path: Path):
    rows = _events(tmp_path, _monolog_json())
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [
        (1, "info", "app", None),
        (2, "error", "app", "RuntimeException"),
        (3, "error", "app", "RuntimeException"),
    ]
    assert rows[1][5] == rows[2][5]  # another user, the same frames: one group
    outer, cause = orjson.loads(rows[1][6])
    assert (outer["type"], outer["value"]) == ("RuntimeException", "could not load user 12")
    assert [f["lineno"] for f in outer["frames"]] == [19, 15, 13]
    assert (cause["type"], [f["lineno"] for f in cause["frames"]]) == (
        "PDOException",
        [19, 15, 12, 12],
    )
    attributes = orjson.loads(rows[1][7])
    assert attributes["context"] == {"userId": 12}  # the exception moved to the trace text
    assert attributes["exception_text"].startswith("[object] (RuntimeException(code: 0): ")


def test_a_namespace_is_searched_for_as_written(tmp_path: Path):
    """`stack:App\\Http\\Controllers` finds the frames, though the stored JSON doubles each
    backslash."""
    _events(tmp_path, LARAVEL)
    store = DuckDBStore(tmp_path / "store.duckdb")
    lines = [
        e.line for e in store.search(EventFilter(stack=("App\\Http\\Controllers",)), limit=None)
    ]
    assert lines == [16, 2]  # newest first; the record without frames (line 15) has none
    # The doubled form is found too, but only because Laravel's log itself writes it so (the
    # trace as logged is searched as well): what JSON escaping adds is never matched.
    doubled = [e.line for e in store.search(EventFilter(stack=("App\\\\Http",)), limit=None)]
    assert doubled == [16, 2]
    assert list(store.search(EventFilter(stack=("App\\\\\\\\Http",)), limit=None)) == []


def test_php_fpm_worker_trace_joins_its_error(tmp_path: Path):
    rows = _events(tmp_path, PHP_FPM_LOG)
    assert [(r[0], r[1], r[3], r[4]) for r in rows] == [
        (1, "info", "ready to handle connections", None),
        (
            2,
            "critical",
            "Uncaught PDOException: could not find driver in /srv/shop/Db.php:14",
            "PDOException",
        ),
        (6, "warning", "Undefined variable $cart in /srv/shop/cart.php on line 12", None),
        # Another worker's line came between: the rest of the trace is an event of its own.
        (7, "warning", "#2 {main}\n  thrown in /srv/shop/Db.php on line 14", None),
        (9, "warning", "#0 not a trace: no error above it from this worker", None),
    ]
    attributes = orjson.loads(rows[1][7])
    assert attributes.pop("exception_text").endswith("#1 /srv/shop/index.php(9): Db->connect()")
    assert attributes == {"pool": "www", "child": 21, "php_error": "Fatal error"}
