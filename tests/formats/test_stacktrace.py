"""parse_trace on real-world traces (printed by CPython 3.11, OpenJDK 17, Node 20, or copied
from the shapes Go / logback / .NET print), on junk, and on pathological input."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from errctl.fingerprint.fingerprint import chain_fingerprint
from errctl.fingerprint.inapp import is_library_frame
from errctl.formats.stacktrace import UNKNOWN_TYPE, parse_trace
from errctl.models import Frame

PY311_MARKERS = """\
Traceback (most recent call last):
  File "/srv/app/orders/api.py", line 30, in get_order
    x = d["a"]["b"]["c"]
        ~~~~~~~~~~~^^^^^
TypeError: 'NoneType' object is not subscriptable"""

PY_RAISE_FROM = """\
Traceback (most recent call last):
  File "/usr/local/lib/python3.11/site-packages/urllib3/connection.py", line 203, in _new_conn
    sock = connection.create_connection(
  File "/usr/local/lib/python3.11/site-packages/urllib3/util/connection.py", line 73, in create_connection
    sock.connect(sa)
ConnectionRefusedError: [Errno 111] Connection refused

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "/usr/local/lib/python3.11/site-packages/celery/app/trace.py", line 477, in trace_task
    R = retval = fun(*args, **kwargs)
  File "/srv/app/worker/tasks.py", line 96, in sync_inventory
    resp = http.get(base + "/api/v1/stock/" + sku)
  File "/usr/local/lib/python3.11/site-packages/requests/adapters.py", line 519, in send
    raise ConnectionError(e, request=request)
requests.exceptions.ConnectionError: HTTPConnectionPool(host='inventory', port=8080): Max retries exceeded with url: /api/v1/stock/12"""  # noqa: E501

PY_DURING_HANDLING = """\
Traceback (most recent call last):
  File "/srv/app/ctx.py", line 4, in read_config
    return json.loads(raw)
           ^^^^^^^^^^^^^^^
  File "/root/.pyenv/versions/3.11.7/lib/python3.11/json/__init__.py", line 346, in loads
    return _default_decoder.decode(s)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/root/.pyenv/versions/3.11.7/lib/python3.11/json/decoder.py", line 337, in decode
    obj, end = self.raw_decode(s, idx=_w(s, 0).end())
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/root/.pyenv/versions/3.11.7/lib/python3.11/json/decoder.py", line 353, in raw_decode
    obj, end = self.scan_once(s, idx)
               ^^^^^^^^^^^^^^^^^^^^^^
json.decoder.JSONDecodeError: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "/srv/app/ctx.py", line 7, in <module>
    read_config("{bad")
  File "/srv/app/ctx.py", line 6, in read_config
    return {}["settings"]
           ~~^^^^^^^^^^^^
KeyError: 'settings'"""  # noqa: E501

PY_EXCEPTION_GROUP = """\
Traceback (most recent call last):
  File "/srv/app/eg.py", line 4, in f
    raise KeyError("k")
KeyError: 'k'

The above exception was the direct cause of the following exception:

  + Exception Group Traceback (most recent call last):
  |   File "/srv/app/eg.py", line 13, in <module>
  |     g()
  |   File "/srv/app/eg.py", line 9, in g
  |     f()
  |   File "/srv/app/eg.py", line 6, in f
  |     raise ExceptionGroup("many", [ValueError(1), TypeError(2), ExceptionGroup("nested", [OSError("disk")])]) from e
  | ExceptionGroup: many (3 sub-exceptions)
  +-+---------------- 1 ----------------
    | ValueError: 1
    +---------------- 2 ----------------
    | TypeError: 2
    +---------------- 3 ----------------
    | ExceptionGroup: nested (1 sub-exception)
    +-+---------------- 1 ----------------
      | OSError: disk
      +------------------------------------"""  # noqa: E501

PY_GROUP_WITH_TRACEBACKS = """\
  + Exception Group Traceback (most recent call last):
  |   File "/srv/app/eg2.py", line 8, in <module>
  |     raise ExceptionGroup("outer", [e, KeyError("x")])
  | ExceptionGroup: outer (2 sub-exceptions)
  +-+---------------- 1 ----------------
    | Exception Group Traceback (most recent call last):
    |   File "/srv/app/eg2.py", line 6, in <module>
    |     h()
    |   File "/srv/app/eg2.py", line 3, in h
    |     raise ExceptionGroup("inner", [ValueError("v")])
    | ExceptionGroup: inner (1 sub-exception)
    +-+---------------- 1 ----------------
      | ValueError: v
      +------------------------------------
    +---------------- 2 ----------------
    | KeyError: 'x'
    +------------------------------------"""

PY_GROUP_MORE = """\
  + Exception Group Traceback (most recent call last):
  |   File "/srv/app/eg2.py", line 13, in <module>
  |     raise ExceptionGroup("big", [ValueError(i) for i in range(17)])
  | ExceptionGroup: big (17 sub-exceptions)
  +-+---------------- 1 ----------------
    | ValueError: 0
    +---------------- 2 ----------------
    | ValueError: 1
    +---------------- ... ----------------
    | and 15 more exceptions
    +------------------------------------"""

PY_RECURSION = """\
Traceback (most recent call last):
  File "/srv/app/eg2.py", line 19, in <module>
    r(0)
  File "/srv/app/eg2.py", line 17, in r
    def r(n): return r(n+1)
                     ^^^^^^
  File "/srv/app/eg2.py", line 17, in r
    def r(n): return r(n+1)
                     ^^^^^^
  File "/srv/app/eg2.py", line 17, in r
    def r(n): return r(n+1)
                     ^^^^^^
  [Previous line repeated 996 more times]
RecursionError: maximum recursion depth exceeded"""

PY_SYNTAX_FROZEN = """\
Traceback (most recent call last):
  File "/srv/app/imp.py", line 4, in <module>
    load("shop.models")
  File "/srv/app/imp.py", line 3, in load
    return importlib.import_module(name)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/lib/python3.11/importlib/__init__.py", line 126, in import_module
    return _bootstrap._gcd_import(name[level:], package, level)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "<frozen importlib._bootstrap>", line 1204, in _gcd_import
  File "<frozen importlib._bootstrap>", line 1176, in _find_and_load
  File "<frozen importlib._bootstrap>", line 1147, in _find_and_load_unlocked
  File "<frozen importlib._bootstrap>", line 690, in _load_unlocked
  File "<frozen importlib._bootstrap_external>", line 936, in exec_module
  File "<frozen importlib._bootstrap_external>", line 1074, in get_code
  File "<frozen importlib._bootstrap_external>", line 1004, in source_to_code
  File "<frozen importlib._bootstrap>", line 241, in _call_with_frames_removed
  File "/srv/app/shop/models.py", line 2
    class Order(object)
                       ^
SyntaxError: expected ':'"""

PY_SYNTAX_BARE = """\
  File "/srv/app/settings.py", line 12
    DEBUG = True,,
                 ^
SyntaxError: invalid syntax"""

PY_DJANGO = """\
Internal Server Error: /api/orders/42/
Traceback (most recent call last):
  File "/usr/local/lib/python3.11/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
               ^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.11/site-packages/django/core/handlers/base.py", line 197, in _get_response
    response = wrapped_callback(request, *callback_args, **callback_kwargs)
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.11/site-packages/django/views/decorators/csrf.py", line 56, in wrapper_view
    return view_func(*args, **kwargs)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/app/src/shop/orders/views.py", line 88, in order_detail
    payment = client.get(f"{PAYMENTS_URL}/payments/{order.payment_id}", timeout=2)
              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.11/site-packages/requests/sessions.py", line 602, in get
    return self.request("GET", url, **kwargs)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.11/site-packages/requests/adapters.py", line 532, in send
    raise ReadTimeout(e, request=request)
requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='payments.internal', port=443): Read timed out. (read timeout=2)"""  # noqa: E501

PY_MULTILINE_VALUE = """\
Traceback (most recent call last):
  File "/usr/local/lib/python3.11/site-packages/sqlalchemy/engine/default.py", line 922, in do_execute
    cursor.execute(statement, parameters)
psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "orders_pkey"
DETAIL:  Key (id)=(42) already exists.
"""  # noqa: E501

JAVA_TWO_CAUSES = """\
Exception in thread "main" java.lang.RuntimeException: order placement failed
\tat com.acme.orders.OrderService.place(OrderService.java:12)
\tat com.acme.orders.OrderService.main(OrderService.java:16)
Caused by: java.lang.IllegalStateException: bad quantity in order line
\tat com.acme.orders.OrderService.loadQty(OrderService.java:8)
\tat com.acme.orders.OrderService.place(OrderService.java:11)
\t... 1 more
\tSuppressed: java.io.IOException: close failed
\t\tat com.acme.orders.OrderService$Res.close(OrderService.java:4)
\t\t... 2 more
Caused by: java.lang.NumberFormatException: For input string: "7y"
\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)
\tat java.base/java.lang.Integer.parseInt(Integer.java:668)
\tat java.base/java.lang.Integer.parseInt(Integer.java:786)
\tat com.acme.orders.OrderService.parseQty(OrderService.java:5)
\tat com.acme.orders.OrderService.loadQty(OrderService.java:7)
\t... 2 more"""

SPRING_JARS = """\
org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_orders_ref]; nested exception is org.hibernate.exception.ConstraintViolationException: could not execute statement
\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276) ~[spring-orm-5.3.23.jar:5.3.23]
\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:233) ~[spring-orm-5.3.23.jar:5.3.23]
\tat com.acme.orders.OrderController.create(OrderController.java:58) ~[classes/:na]
\tat sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method) ~[na:1.8.0_352]
\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883) [spring-webmvc-5.3.23.jar:5.3.23]
\tat java.lang.Thread.run(Thread.java:750) [na:1.8.0_352]
Caused by: org.hibernate.exception.ConstraintViolationException: could not execute statement
\tat org.hibernate.exception.internal.SQLStateConversionDelegate.convert(SQLStateConversionDelegate.java:59) ~[hibernate-core-5.4.33.Final.jar:5.4.33.Final]
\t... 2 common frames omitted
Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uk_orders_ref"
  Detail: Key (ref)=(A-1) already exists.
\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2675) ~[postgresql-42.3.8.jar:42.3.8]
\t... 5 common frames omitted"""  # noqa: E501

KOTLIN = """\
kotlin.KotlinNullPointerException
\tat com.acme.billing.InvoiceKt.total(Invoice.kt:14)
\tat com.acme.billing.InvoiceJob$run$1.invokeSuspend(InvoiceJob.kt:33)
\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)"""

NODE_ASYNC = """\
Error: connect ECONNREFUSED 127.0.0.1:5432
    at Object.query (/srv/app/node_modules/fakeorm/index.js:1:97)
    at async OrderService.load (/srv/app/b.js:2:46)
    at async handle (/srv/app/b.js:3:67)
    at async main (/srv/app/b.js:4:25)"""

NODE_UNCAUGHT = """\
/srv/app/b.js:5
main().catch(e => { console.log(e.stack); setTimeout(()=>{ null.x; }, 1) });
                                                                ^

TypeError: Cannot read properties of null (reading 'x')
    at Timeout._onTimeout (/srv/app/b.js:5:65)
    at listOnTimeout (node:internal/timers:581:17)
    at process.processTimers (node:internal/timers:519:7)

Node.js v20.20.2"""

NODE_CAUSE = """\
Error: config load failed
    at /srv/app/a.js:6:55 {
  [cause]: SyntaxError: Expected property name or '}' in JSON at position 1
      at JSON.parse (<anonymous>)
      at /srv/app/a.js:6:20
}"""

NODE_CODE = """\
Error [ERR_HTTP_HEADERS_SENT]: Cannot set headers after they are sent to the client
    at new NodeError (node:internal/errors:405:5)
    at ServerResponse.setHeader (node:_http_outgoing:648:11)
    at Object.<anonymous> (/srv/app/server.js:12:7)
    at async Promise.all (index 0)"""

GO_NIL = """\
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x10 pc=0x6b7d34]

goroutine 42 [running]:
github.com/acme/inventory/internal/store.(*Store).Reserve(0x0, {0x8a6f10, 0xc0001a2000}, {0xc00012c0f0, 0x8})
\t/build/internal/store/store.go:87 +0x54
github.com/acme/inventory/internal/api.(*Handler).reserve(0xc0000b6040, {0x8a5e60, 0xc0002a4000}, 0xc0002b2100)
\t/build/internal/api/handlers.go:142 +0x1b9
net/http.HandlerFunc.ServeHTTP(0xc0001f6a20?, {0x8a5e60?, 0xc0002a4000?}, 0xc0002a2000?)
\t/usr/local/go/src/net/http/server.go:2136 +0x29
created by net/http.(*Server).Serve in goroutine 1
\t/usr/local/go/src/net/http/server.go:3086 +0x5cb

goroutine 1 [IO wait]:
internal/poll.runtime_pollWait(0x7f3b5c1e2e28, 0x72)
\t/usr/local/go/src/runtime/netpoll.go:343 +0x85
main.main()
\t/build/cmd/inventory/main.go:40 +0x2a5
exit status 2"""  # noqa: E501

GO_PLAIN = """\
panic: order 17 has no lines [recovered]
\tpanic: order 17 has no lines

goroutine 1 [running]:
main.total(...)
\t/home/dev/shop/main.go:14
main.main()
\t/home/dev/shop/main.go:20 +0x1d
exit status 2"""

DOTNET = """\
System.InvalidOperationException: Order 42 cannot be shipped
 ---> System.Collections.Generic.KeyNotFoundException: The given key 'WH-9' was not present in the dictionary.
   at System.Collections.Generic.Dictionary`2.get_Item(TKey key)
   at Acme.Shipping.WarehouseRegistry.Resolve(String code) in /src/Acme.Shipping/WarehouseRegistry.cs:line 31
   --- End of inner exception stack trace ---
   at Acme.Shipping.ShipmentService.ShipAsync(Int32 orderId) in /src/Acme.Shipping/ShipmentService.cs:line 57
   at Acme.Api.Controllers.OrdersController.Ship(Int32 id) in /src/Acme.Api/Controllers/OrdersController.cs:line 24"""  # noqa: E501

# Printed by Ruby 3.1.2 (Debian 12): Logger#error(exception), then an uncaught exception with
# its cause (Ruby 3.1+ prints causes), and an uncaught one from inside a block.
RUBY_LOGGER = """\
order has no lines (ArgumentError)
/tmp/rbt/app/models/order.rb:10:in `rescue in ship'
/tmp/rbt/app/models/order.rb:7:in `ship'
main.rb:5:in `<main>'"""

RUBY_UNCAUGHT_CAUSE = """\
cause.rb:6:in `rescue in load_config': config is not JSON (RuntimeError)
\tfrom cause.rb:3:in `load_config'
\tfrom cause.rb:8:in `<main>'
/usr/lib/ruby/3.1.0/json/common.rb:216:in `parse': 859: unexpected token at '{oops' (JSON::ParserError)
\tfrom /usr/lib/ruby/3.1.0/json/common.rb:216:in `parse'
\tfrom cause.rb:4:in `load_config'
\tfrom cause.rb:8:in `<main>'"""  # noqa: E501

RUBY_UNCAUGHT_BLOCK = """\
/tmp/rbt/app/models/order.rb:5:in `+': nil can't be coerced into Integer (TypeError)
\tfrom /tmp/rbt/app/models/order.rb:5:in `sum'
\tfrom /tmp/rbt/app/models/order.rb:5:in `total'
\tfrom main.rb:9:in `block in <main>'
\tfrom main.rb:9:in `each'
\tfrom main.rb:9:in `<main>'"""

# Ruby 3.4 quotes labels as 'Class#method'; the VM's own methods are in <internal:...>.
RUBY_34 = """\
t.rb:2:in 'Integer#/': divided by 0 (ZeroDivisionError)
\tfrom t.rb:2:in 'Object#divide'
\tfrom <internal:kernel>:168:in 'Kernel#loop'
\tfrom t.rb:5:in '<main>'"""

# Ruby 2.5 to 2.7 printed the frames outermost first, numbered, above the exception line.
RUBY_27 = """\
Traceback (most recent call last):
\t2: from t.rb:9:in `<main>'
\t1: from t.rb:5:in `bar'
t.rb:2:in `foo': boom (RuntimeError)"""

# Rails 7.1's error in the log (ActionDispatch::DebugExceptions), tags already taken off:
# the exception, its causes, then each one's frames; a view's compiled method name.
RAILS_71 = """\
ActionView::Template::Error (undefined method `name' for nil):

Causes:
NoMethodError (undefined method `name' for nil)

Information for: ActionView::Template::Error (undefined method `name' for nil):

app/views/users/show.html.erb:5:in `_app_views_users_show_html_erb___3219876_70312'
app/controllers/users_controller.rb:10:in `show'

Information for cause: NoMethodError (undefined method `name' for nil):

app/models/user.rb:12:in `display_name'
app/views/users/show.html.erb:5:in `_app_views_users_show_html_erb___3219876_70312'"""


# Printed by PHP 8.2.32 (Debian 12): an uncaught exception wrapping another, as PHP's error log
# has it after `PHP Fatal error:  ` (the deepest cause first, `Next` before the one wrapping it).
PHP_UNCAUGHT = """\
Uncaught PDOException: could not find driver in /srv/shop/app/Http/Controllers/UserController.php:14
Stack trace:
#0 /srv/shop/app/Http/Controllers/UserController.php(14): PDO->__construct()
#1 /srv/shop/app/Http/Controllers/UserController.php(8): App\\Http\\Controllers\\UserController->load()
#2 /srv/shop/index.php(28): App\\Http\\Controllers\\UserController->show()
#3 [internal function]: {closure}()
#4 /srv/shop/index.php(28): array_map()
#5 {main}

Next RuntimeException: could not load user 14 in /srv/shop/app/Http/Controllers/UserController.php:16
Stack trace:
#0 /srv/shop/app/Http/Controllers/UserController.php(8): App\\Http\\Controllers\\UserController->load()
#1 /srv/shop/index.php(28): App\\Http\\Controllers\\UserController->show()
#2 [internal function]: {closure}()
#3 /srv/shop/index.php(28): array_map()
#4 {main}
  thrown in /srv/shop/app/Http/Controllers/UserController.php on line 16"""  # noqa: E501

# Monolog 2 (Debian's php-monolog) with Laravel's settings: the exception in the record's
# context, its trace inside the JSON string with real line breaks, backslashes JSON-escaped;
# a Laravel frame with its arguments.
MONOLOG_LARAVEL = """\
[object] (RuntimeException(code: 0): could not load user 12 at /srv/shop/app/Http/Controllers/UserController.php:16)
[stacktrace]
#0 /srv/shop/app/Http/Controllers/UserController.php(8): App\\\\Http\\\\Controllers\\\\UserController->load()
#1 /srv/shop/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\\\Http\\\\Controllers\\\\UserController->show(Object(Illuminate\\\\Http\\\\Request), '12')
#2 /srv/shop/public/index.php(51): Illuminate\\\\Routing\\\\Controller->callAction('show', Array)
#3 {main}

[previous exception] [object] (PDOException(code: 0): could not find driver at /srv/shop/app/Http/Controllers/UserController.php:14)
[stacktrace]
#0 /srv/shop/app/Http/Controllers/UserController.php(14): PDO->__construct()
#1 /srv/shop/app/Http/Controllers/UserController.php(8): App\\\\Http\\\\Controllers\\\\UserController->load()
#2 {main}
"}"""  # noqa: E501


REAL_TRACES = [
    PHP_UNCAUGHT,
    MONOLOG_LARAVEL,
    RUBY_LOGGER,
    RUBY_UNCAUGHT_CAUSE,
    RUBY_UNCAUGHT_BLOCK,
    RUBY_34,
    RUBY_27,
    RAILS_71,
    PY311_MARKERS,
    PY_RAISE_FROM,
    PY_DURING_HANDLING,
    PY_EXCEPTION_GROUP,
    PY_GROUP_WITH_TRACEBACKS,
    PY_RECURSION,
    PY_SYNTAX_FROZEN,
    PY_DJANGO,
    JAVA_TWO_CAUSES,
    SPRING_JARS,
    KOTLIN,
    NODE_ASYNC,
    NODE_UNCAUGHT,
    NODE_CAUSE,
    GO_NIL,
    GO_PLAIN,
    DOTNET,
]


def types(chain):
    return [e.type for e in chain]


# --- Python ----------------------------------------------------------------------------------


def test_python_311_markers_are_not_source():
    (exc,) = parse_trace(PY311_MARKERS)
    assert (exc.type, exc.value, exc.language) == (
        "TypeError",
        "'NoneType' object is not subscriptable",
        "python",
    )
    assert exc.frames == (
        Frame(
            file="/srv/app/orders/api.py",
            function="get_order",
            lineno=30,
            source='x = d["a"]["b"]["c"]',
        ),
    )


def test_python_raise_from_puts_the_raised_exception_first():
    chain = parse_trace(PY_RAISE_FROM)
    assert types(chain) == ["requests.exceptions.ConnectionError", "ConnectionRefusedError"]
    assert chain[0].value.startswith("HTTPConnectionPool(host='inventory', port=8080)")
    assert chain[1].value == "[Errno 111] Connection refused"
    assert [f.function for f in chain[0].frames] == ["trace_task", "sync_inventory", "send"]
    app = chain[0].frames[1]
    assert (app.file, app.module, app.lineno) == ("/srv/app/worker/tasks.py", None, 96)
    assert app.source == 'resp = http.get(base + "/api/v1/stock/" + sku)'
    assert chain[1].frames[1].module == "urllib3.util.connection"
    assert all(f.in_app is None for e in chain for f in e.frames)


def test_python_during_handling():
    chain = parse_trace(PY_DURING_HANDLING)
    assert types(chain) == ["KeyError", "json.decoder.JSONDecodeError"]
    assert chain[0].value == "'settings'"
    assert chain[1].value == (
        "Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"
    )
    assert [f.module for f in chain[1].frames] == [None, "json", "json.decoder", "json.decoder"]
    assert chain[1].frames[3].source == "obj, end = self.scan_once(s, idx)"


def test_python_exception_group_with_cause():
    chain = parse_trace(PY_EXCEPTION_GROUP)
    # The group, its cause, then the sub-exceptions depth first in printed order.
    assert types(chain) == [
        "ExceptionGroup",
        "KeyError",
        "ValueError",
        "TypeError",
        "ExceptionGroup",
        "OSError",
    ]
    group = chain[0]
    assert group.value == "many (3 sub-exceptions)"
    assert [(f.function, f.lineno) for f in group.frames] == [("<module>", 13), ("g", 9), ("f", 6)]
    assert group.frames[0].source == "g()"
    assert chain[4].value == "nested (1 sub-exception)"
    assert chain[5].value == "disk"
    assert chain[5].frames == ()


def test_python_nested_raised_groups_and_more_placeholder():
    chain = parse_trace(PY_GROUP_WITH_TRACEBACKS)
    assert types(chain) == ["ExceptionGroup", "ExceptionGroup", "ValueError", "KeyError"]
    assert chain[0].value == "outer (2 sub-exceptions)"
    assert [f.function for f in chain[1].frames] == ["<module>", "h"]
    chain = parse_trace(PY_GROUP_MORE)
    assert [e.value for e in chain] == ["big (17 sub-exceptions)", "0", "1"]


def test_python_recursion_repeated_line_adds_no_frames():
    (exc,) = parse_trace(PY_RECURSION)
    assert exc.type == "RecursionError"
    assert exc.value == "maximum recursion depth exceeded"
    assert len(exc.frames) == 4
    assert exc.frames[-1].source == "def r(n): return r(n+1)"


def test_python_syntax_error_with_frozen_frames():
    (exc,) = parse_trace(PY_SYNTAX_FROZEN)
    assert (exc.type, exc.value) == ("SyntaxError", "expected ':'")
    assert len(exc.frames) == 12
    frozen = exc.frames[3]
    assert frozen == Frame(
        file="<frozen importlib._bootstrap>",
        module="importlib._bootstrap",
        function="_gcd_import",
        lineno=1204,
    )
    assert exc.frames[2].module == "importlib"
    last = exc.frames[-1]
    assert (last.file, last.function, last.lineno, last.source) == (
        "/srv/app/shop/models.py",
        None,
        2,
        "class Order(object)",
    )


def test_python_syntax_error_without_traceback_header():
    (exc,) = parse_trace(PY_SYNTAX_BARE)
    assert (exc.type, exc.value) == ("SyntaxError", "invalid syntax")
    assert exc.frames == (Frame(file="/srv/app/settings.py", lineno=12, source="DEBUG = True,,"),)


def test_python_django_through_site_packages():
    (exc,) = parse_trace(PY_DJANGO)
    assert exc.type == "requests.exceptions.ReadTimeout"
    assert exc.value.endswith("Read timed out. (read timeout=2)")
    assert [f.module for f in exc.frames] == [
        "django.core.handlers.exception",
        "django.core.handlers.base",
        "django.views.decorators.csrf",
        None,  # the application's own file: no module guessed from where it is deployed
        "requests.sessions",
        "requests.adapters",
    ]
    assert exc.frames[3].source.startswith("payment = client.get(")


def test_python_multiline_value():
    (exc,) = parse_trace(PY_MULTILINE_VALUE)
    assert exc.type == "psycopg2.errors.UniqueViolation"
    assert exc.value == (
        'duplicate key value violates unique constraint "orders_pkey"\n'
        "DETAIL:  Key (id)=(42) already exists."
    )


def test_python_truncated_trace_has_unknown_type():
    text = """Traceback (most recent call last):
  File "/srv/app/a.py", line 3, in <module>
    main()"""
    (exc,) = parse_trace(text)
    assert exc.type == UNKNOWN_TYPE
    assert exc.frames[0].source == "main()"


# What Python's logging writes for `log.error("lookup failed", exc_info=True, stack_info=True)`
# below the record's line (CPython 3.11): the traceback, then where the record was logged from.
PY_EXC_AND_LOG_STACK = """\
Traceback (most recent call last):
  File "/srv/app/cache.py", line 7, in run
    value = store["k"]
            ~~~~~^^^^^
KeyError: 'k'
Stack (most recent call last):
  File "/srv/app/main.py", line 10, in <module>
    run()
  File "/srv/app/cache.py", line 9, in run
    log.error("lookup failed", exc_info=True, stack_info=True)"""


def test_python_log_stack_is_not_part_of_the_exception():
    (exc,) = parse_trace(PY_EXC_AND_LOG_STACK)
    assert (exc.type, exc.value) == ("KeyError", "'k'")
    assert [(f.file, f.function) for f in exc.frames] == [("/srv/app/cache.py", "run")]


def test_python_log_stack_alone_is_no_trace():
    # `log.warning("slow query", stack_info=True)`: a warning with its call site, no exception.
    assert parse_trace(PY_EXC_AND_LOG_STACK.split("\n", 5)[5]) is None


def test_python_after_log_header_and_crlf():
    text = "2026-11-27 14:37:37,988 - etl - ERROR - Job failed\r\n" + PY311_MARKERS.replace(
        "\n", "\r\n"
    )
    (exc,) = parse_trace(text)
    assert exc.type == "TypeError"
    assert exc.frames[0].source == 'x = d["a"]["b"]["c"]'


# --- JVM -------------------------------------------------------------------------------------


def test_java_two_causes_in_printed_order_and_suppressed_skipped():
    chain = parse_trace(JAVA_TWO_CAUSES)
    assert types(chain) == [
        "java.lang.RuntimeException",
        "java.lang.IllegalStateException",
        "java.lang.NumberFormatException",
    ]
    assert [e.value for e in chain] == [
        "order placement failed",
        "bad quantity in order line",
        'For input string: "7y"',
    ]
    assert {e.language for e in chain} == {"java"}
    # Outermost call first; the Suppressed close() frame is not attached.
    assert [f.function for f in chain[1].frames] == ["place", "loadQty"]
    assert chain[0].frames[0] == Frame(
        file="OrderService.java", module="com.acme.orders.OrderService", function="main", lineno=16
    )
    deepest = chain[2].frames[-1]
    assert (deepest.module, deepest.function, deepest.file, deepest.lineno) == (
        "java.lang.NumberFormatException",
        "forInputString",
        "NumberFormatException.java",
        67,
    )


def test_spring_jar_suffixes_native_method_and_multiline_message():
    chain = parse_trace(SPRING_JARS)
    assert types(chain) == [
        "org.springframework.dao.DataIntegrityViolationException",
        "org.hibernate.exception.ConstraintViolationException",
        "org.postgresql.util.PSQLException",
    ]
    assert chain[2].value == (
        'ERROR: duplicate key value violates unique constraint "uk_orders_ref"\n'
        "  Detail: Key (ref)=(A-1) already exists."
    )
    frames = chain[0].frames
    assert len(frames) == 6
    assert frames[0] == Frame(
        file="Thread.java", module="java.lang.Thread", function="run", lineno=750
    )
    assert frames[2] == Frame(
        module="sun.reflect.NativeMethodAccessorImpl", function="invoke0"
    )  # (Native Method): no file
    assert frames[3].file == "OrderController.java"
    assert frames[5].function == "convertHibernateAccessException"


def test_kotlin_frames_and_message_less_exception():
    (exc,) = parse_trace(KOTLIN)
    assert (exc.type, exc.value) == ("kotlin.KotlinNullPointerException", "")
    assert exc.frames[-1] == Frame(
        file="Invoice.kt", module="com.acme.billing.InvoiceKt", function="total", lineno=14
    )
    assert exc.frames[1].module == "com.acme.billing.InvoiceJob$run$1"


def test_java_exception_line_without_stack():
    text = (
        "org.apache.kafka.common.errors.TimeoutException: Expiring 12 record(s) for "
        "billing.events-4:45 ms has passed since batch creation"
    )
    (exc,) = parse_trace(text)
    assert exc.type == "org.apache.kafka.common.errors.TimeoutException"
    assert exc.frames == ()
    assert parse_trace("com.acme.Settings: loaded 4 keys") is None


def test_logback_root_cause_first_is_reversed():
    text = """java.net.ConnectException: Connection refused
\tat java.base/sun.nio.ch.Net.connect0(Native Method)
Wrapped by: org.springframework.web.client.ResourceAccessException: I/O error on GET
\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:785)"""
    chain = parse_trace(text)
    assert types(chain) == [
        "org.springframework.web.client.ResourceAccessException",
        "java.net.ConnectException",
    ]


# --- Node ------------------------------------------------------------------------------------


def test_node_async_frames():
    (exc,) = parse_trace(NODE_ASYNC)
    assert (exc.type, exc.value, exc.language) == (
        "Error",
        "connect ECONNREFUSED 127.0.0.1:5432",
        "node",
    )
    assert [f.function for f in exc.frames] == [
        "main",
        "handle",
        "OrderService.load",
        "Object.query",
    ]
    assert exc.frames[-1] == Frame(
        file="/srv/app/node_modules/fakeorm/index.js", function="Object.query", lineno=1, colno=97
    )


def test_node_uncaught_with_source_excerpt_and_internal_frames():
    (exc,) = parse_trace(NODE_UNCAUGHT)
    assert exc.type == "TypeError"
    assert exc.value == "Cannot read properties of null (reading 'x')"
    assert exc.frames[0] == Frame(
        file="node:internal/timers", function="process.processTimers", lineno=519, colno=7
    )
    assert exc.frames[-1].function == "Timeout._onTimeout"


def test_node_cause_and_anonymous_frames():
    chain = parse_trace(NODE_CAUSE)
    assert types(chain) == ["Error", "SyntaxError"]
    assert chain[0].frames == (Frame(file="/srv/app/a.js", lineno=6, colno=55),)
    assert chain[1].frames[-1] == Frame(file="<anonymous>", function="JSON.parse")


def test_node_error_code_new_and_promise_index():
    (exc,) = parse_trace(NODE_CODE)
    assert exc.type == "Error"
    assert exc.value.startswith("[ERR_HTTP_HEADERS_SENT] Cannot set headers")
    assert [f.function for f in exc.frames] == [
        "Promise.all",
        "Object.<anonymous>",
        "ServerResponse.setHeader",
        "new NodeError",
    ]
    assert exc.frames[0].file is None


# --- Go and .NET -----------------------------------------------------------------------------


def test_go_nil_pointer_first_goroutine_only():
    (exc,) = parse_trace(GO_NIL)
    assert (exc.type, exc.language) == ("runtime error", "go")
    assert exc.value == "invalid memory address or nil pointer dereference"
    assert [(f.module, f.function) for f in exc.frames] == [
        ("net/http", "(*Server).Serve"),
        ("net/http", "HandlerFunc.ServeHTTP"),
        ("github.com/acme/inventory/internal/api", "(*Handler).reserve"),
        ("github.com/acme/inventory/internal/store", "(*Store).Reserve"),
    ]
    assert exc.frames[-1].file == "/build/internal/store/store.go"
    assert exc.frames[-1].lineno == 87


def test_go_plain_panic_recovered_and_inlined_frame():
    (exc,) = parse_trace(GO_PLAIN)
    assert (exc.type, exc.value) == ("panic", "order 17 has no lines")
    assert exc.frames == (
        Frame(file="/home/dev/shop/main.go", module="main", function="main", lineno=20),
        Frame(file="/home/dev/shop/main.go", module="main", function="total", lineno=14),
    )


# MinIO's logged error: the error's line with its type, then where it was logged, innermost first.
GO_LOGGED = """\
Error: Drive /data: Unable to write to the backend (*errors.errorString)
       4: internal/logger/logger.go:258:logger.LogIf()
       3: cmd/xl-storage.go:296:cmd.newXLStorage()
       2: internal/sync/errgroup/errgroup.go:123:errgroup.(*Group).Go.func1()
       1: /usr/local/go/src/runtime/asm_amd64.s:1598:runtime.goexit()"""


def test_go_logged_error_and_its_numbered_frames():
    (exc,) = parse_trace(GO_LOGGED)
    assert (exc.type, exc.value, exc.language) == (
        "*errors.errorString",
        "Drive /data: Unable to write to the backend",
        "go",
    )
    assert exc.frames == (
        Frame(
            file="/usr/local/go/src/runtime/asm_amd64.s",
            module="runtime",
            function="goexit",
            lineno=1598,
        ),
        Frame(
            file="internal/sync/errgroup/errgroup.go",
            module="errgroup",
            function="(*Group).Go.func1",
            lineno=123,
        ),
        Frame(file="cmd/xl-storage.go", module="cmd", function="newXLStorage", lineno=296),
        Frame(file="internal/logger/logger.go", module="logger", function="LogIf", lineno=258),
    )
    # Frames without the error's line name nothing.
    assert parse_trace(GO_LOGGED.split("\n", 1)[1]) is None


# net/http's log of a handler's panic (Go 1.21): the server recovers, logs this, and goes on.
GO_HTTP_PANIC = """\
http: panic serving [::1]:52044: runtime error: invalid memory address or nil pointer dereference
goroutine 18 [running]:
net/http.(*conn).serve.func1()
\t/usr/local/go/src/net/http/server.go:1868 +0xb9
panic({0x6c8f20?, 0x9a5e70?})
\t/usr/local/go/src/runtime/panic.go:920 +0x270
main.handler({0x7a8f58, 0xc0000f2000}, 0xc0000e6000)
\t/app/main.go:15 +0x1d"""


def test_go_http_server_panic_names_its_value():
    (exc,) = parse_trace(GO_HTTP_PANIC)
    assert (exc.type, exc.value) == (
        "runtime error",
        "invalid memory address or nil pointer dereference",
    )
    assert [(f.module, f.function) for f in exc.frames] == [
        ("main", "handler"),
        (None, "panic"),
        ("net/http", "(*conn).serve.func1"),
    ]


# What a recovering handler logs: the recovered value, then `debug.Stack()`, which opens with
# its goroutine's header and has no `panic:` line.
GO_RECOVERED_STACK = """\
runtime error: invalid memory address or nil pointer dereference
goroutine 57 [running]:
runtime/debug.Stack()
\t/usr/local/go/src/runtime/debug/stack.go:24 +0x5e
github.com/acme/api/server.recoverer.func1()
\t/src/server/recover.go:30 +0x8d
panic({0xa1b2c0?, 0x11d6a90?})
\t/usr/local/go/src/runtime/panic.go:770 +0x132
github.com/acme/api/orders.(*Service).Total(0x0, {0xc0001a2000, 0x24})
\t/src/orders/service.go:88 +0x1f
created by net/http.(*Server).Serve in goroutine 1
\t/usr/local/go/src/net/http/server.go:3285 +0x4b4
"""

# zap's `stacktrace` under the record's error: function lines over their locations, no header.
GO_ZAP_STACK = """\
dial tcp 10.0.0.5:5432: connect: connection refused
github.com/acme/api/orders.(*Client).Fetch
\t/src/orders/client.go:61
github.com/acme/api/server.(*Handler).ServeHTTP
\t/src/server/handler.go:54
"""


def test_go_stack_under_the_error_it_was_logged_with():
    (exc,) = parse_trace(GO_RECOVERED_STACK)
    assert (exc.type, exc.value, exc.language) == (
        "runtime error",
        "invalid memory address or nil pointer dereference",
        "go",
    )
    assert [(f.function, f.lineno) for f in exc.frames] == [
        ("(*Server).Serve", 3285),
        ("(*Service).Total", 88),
        ("panic", 770),
        ("recoverer.func1", 30),
        ("Stack", 24),
    ]
    (exc,) = parse_trace(GO_ZAP_STACK)
    assert (exc.type, exc.value) == ("error", "dial tcp 10.0.0.5:5432: connect: connection refused")
    assert [(f.module, f.function, f.file) for f in exc.frames] == [
        ("github.com/acme/api/server", "(*Handler).ServeHTTP", "/src/server/handler.go"),
        ("github.com/acme/api/orders", "(*Client).Fetch", "/src/orders/client.go"),
    ]
    # A stack alone says nothing of what failed: no exception.
    assert parse_trace(GO_RECOVERED_STACK.split("\n", 1)[1]) is None
    assert parse_trace(GO_ZAP_STACK.split("\n", 1)[1]) is None


def test_node_14_unhandled_rejection_warning():
    text = (
        "(node:1234) UnhandledPromiseRejectionWarning: Error: connect ECONNREFUSED 127.0.0.1:6379\n"
        "    at TCPConnectWrap.afterConnect [as oncomplete] (net.js:1141:16)"
    )
    (exc,) = parse_trace(text)
    assert (exc.type, exc.value) == ("Error", "connect ECONNREFUSED 127.0.0.1:6379")
    assert [f.function for f in exc.frames] == ["TCPConnectWrap.afterConnect [as oncomplete]"]


def _dotnet_async(state_machine: int, closure: str, lam: int) -> str:
    return (
        "System.InvalidOperationException: Sequence contains no elements\n"
        f"   at Shop.Api.Orders.<GetAsync>d__{state_machine}.MoveNext() in /src/O.cs:line 27\n"
        f"   at Shop.Api.OrdersService.<>c__DisplayClass{closure}.<Load>b__{lam}(Order o)\n"
        "   at Shop.Api.Program.<Main>g__Local|0_0(String[] args)\n"
        f"   at lambda_method{state_machine}(Closure, Object, Object[])"
    )


def test_dotnet_compiler_generated_names_are_read_as_written():
    (exc,) = parse_trace(_dotnet_async(5, "3_0", 0))
    assert [(f.module, f.function) for f in exc.frames] == [
        (None, "lambda_method"),
        ("Shop.Api.Program", "<Main>g__Local"),
        ("Shop.Api.OrdersService.<>c__DisplayClass", "<Load>b__"),
        ("Shop.Api.Orders", "GetAsync"),  # the async method, not its MoveNext
    ]
    # A build that renumbers them (a method or a lambda added to the class) keeps the group.
    rebuilt = parse_trace(_dotnet_async(7, "4_1", 2))
    assert chain_fingerprint(rebuilt) == chain_fingerprint(parse_trace(_dotnet_async(5, "3_0", 0)))


def _jvm_run(lambda_address: str, cglib: str, hibernate: str, proxy: int) -> str:
    return (
        "java.lang.IllegalStateException: boom\n"
        "\tat com.acme.OrderService.place(OrderService.java:42)\n"
        f"\tat com.acme.OrderService$$SpringCGLIB$${cglib}.place(<generated>)\n"
        f"\tat com.acme.Order$HibernateProxy${hibernate}.getId(Unknown Source)\n"
        f"\tat com.acme.OrderController$$Lambda/0x{lambda_address}.apply(Unknown Source)\n"
        f"\tat jdk.proxy2/jdk.proxy2.$Proxy{proxy}.place(Unknown Source)\n"
        f"\tat jdk.internal.reflect.GeneratedMethodAccessor{proxy}.invoke(Unknown Source)\n"
        "\tat java.base/java.lang.Thread.run(Thread.java:840)"
    )


def test_jvm_generated_class_suffixes_change_nothing_from_run_to_run():
    (exc,) = parse_trace(_jvm_run("000001f0010b4a00", "0", "oRW3t5Xb", 123))
    assert [f.module for f in exc.frames] == [
        "java.lang.Thread",
        "jdk.internal.reflect.GeneratedMethodAccessor",
        "jdk.proxy2.$Proxy",
        "com.acme.OrderController$$Lambda",  # the address after its slash is no module
        "com.acme.Order$HibernateProxy$",
        "com.acme.OrderService$$SpringCGLIB$$",
        "com.acme.OrderService",
    ]
    other_run = parse_trace(_jvm_run("0000000800c4b440", "1", "Zq81LmPx", 98))
    assert chain_fingerprint(other_run) == chain_fingerprint((exc,))


def test_dotnet_inner_exception():
    chain = parse_trace(DOTNET)
    assert types(chain) == [
        "System.InvalidOperationException",
        "System.Collections.Generic.KeyNotFoundException",
    ]
    assert {e.language for e in chain} == {"dotnet"}
    assert [f.function for f in chain[0].frames] == ["Ship", "ShipAsync"]
    assert chain[0].frames[0].file == "/src/Acme.Api/Controllers/OrdersController.cs"
    assert chain[0].frames[0].lineno == 24
    assert chain[1].frames[0].module == "Acme.Shipping.WarehouseRegistry"
    assert chain[1].frames[1] == Frame(
        module="System.Collections.Generic.Dictionary`2", function="get_Item"
    )


def test_mono_frames_and_a_type_without_its_namespace():
    """Unity's (Mono's) trace: the type as Unity prints it, no namespace; each frame's IL
    offset, then its file and line, or the assembly's module id and `:0` without symbols."""
    (exc,) = parse_trace(
        "NullReferenceException: Object reference not set to an instance of an object\n"
        "  at Game.Main.Update () [0x00010] in /src/Game/Main.cs:42 \n"
        "  at (wrapper dynamic-method) EntityAlive.DMD<EntityAlive::Die>(EntityAlive) "
        "[0x001e8] in <be3a9d4f0c2e4e7f8a1b2c3d4e5f6a7b>:0 "
    )
    assert (exc.type, exc.value, exc.language) == (
        "NullReferenceException",
        "Object reference not set to an instance of an object",
        "dotnet",
    )
    assert exc.frames == (
        Frame(module="EntityAlive", function="DMD<EntityAlive::Die>"),
        Frame(file="/src/Game/Main.cs", module="Game.Main", function="Update", lineno=42),
    )


# --- PHP ---------------------------------------------------------------------------------------


def php_frames(exc):
    return [
        (f.file.rsplit("/", 1)[-1] if f.file else None, f.module, f.function) for f in exc.frames
    ]


def test_php_uncaught_exception_is_the_one_that_wraps_its_cause():
    outer, cause = parse_trace(PHP_UNCAUGHT)
    assert (outer.type, outer.value, outer.language) == (
        "RuntimeException",
        "could not load user 14",
        "php",
    )
    assert (cause.type, cause.value) == ("PDOException", "could not find driver")
    # Each place with the function it was in: the throwing line in `load`, the call of `load`
    # in `show`, ..., `array_map` calling the closure from PHP itself.
    controller = "App\\Http\\Controllers\\UserController"
    assert php_frames(outer) == [
        ("index.php", None, "{main}"),
        ("[internal function]", None, "array_map"),
        ("index.php", None, "{closure}"),
        ("UserController.php", controller, "show"),
        ("UserController.php", controller, "load"),
    ]
    assert outer.frames[-1].lineno == 16 and outer.frames[-2].lineno == 8
    assert php_frames(cause)[-1] == ("UserController.php", "PDO", "__construct")


def test_monolog_exception_with_its_previous_and_escaped_names():
    outer, cause = parse_trace(MONOLOG_LARAVEL)
    assert (outer.type, cause.type) == ("RuntimeException", "PDOException")
    assert outer.value == "could not load user 12"
    controller = "App\\Http\\Controllers\\UserController"
    assert php_frames(outer) == [
        ("index.php", None, "{main}"),
        ("Controller.php", "Illuminate\\Routing\\Controller", "callAction"),
        ("UserController.php", controller, "show"),
        ("UserController.php", controller, "load"),
    ]
    assert php_frames(cause) == [
        ("UserController.php", None, "{main}"),
        ("UserController.php", controller, "load"),
        ("UserController.php", "PDO", "__construct"),
    ]


def test_monolog_exception_without_its_trace():
    (exc,) = parse_trace("[object] (LogicException(code: 3): bad state at /srv/a/B.php:7)")
    assert (exc.type, exc.value) == ("LogicException", "bad state")
    assert [(f.file, f.lineno) for f in exc.frames] == [("/srv/a/B.php", 7)]


def test_php_closures_are_named_alike_wherever_they_are():
    text = (
        "Exception: x in /a/b.php:3\nStack trace:\n#0 /a/b.php(9): {closure:/a/b.php:2}()\n"
        "#1 {main}"
    )
    (exc,) = parse_trace(text)
    assert [f.function for f in exc.frames] == ["{main}", "{closure}"]


# --- Ruby --------------------------------------------------------------------------------------


def frames_of(exc):
    return [(f.file, f.function, f.lineno) for f in exc.frames]


def test_ruby_logger_exception_takes_its_type_from_the_line_above_the_frames():
    (exc,) = parse_trace(RUBY_LOGGER)
    assert (exc.type, exc.value, exc.language) == ("ArgumentError", "order has no lines", "ruby")
    assert frames_of(exc) == [  # outermost call first
        ("main.rb", "<main>", 5),
        ("/tmp/rbt/app/models/order.rb", "ship", 7),
        ("/tmp/rbt/app/models/order.rb", "rescue in ship", 10),
    ]


def test_ruby_uncaught_exception_and_its_cause():
    outer, cause = parse_trace(RUBY_UNCAUGHT_CAUSE)
    assert (outer.type, outer.value) == ("RuntimeError", "config is not JSON")
    assert frames_of(outer)[-1] == ("cause.rb", "rescue in load_config", 6)
    assert len(outer.frames) == 3
    assert (cause.type, cause.value) == ("JSON::ParserError", "859: unexpected token at '{oops'")
    assert frames_of(cause) == [
        ("cause.rb", "<main>", 8),
        ("cause.rb", "load_config", 4),
        ("/usr/lib/ruby/3.1.0/json/common.rb", "parse", 216),
        ("/usr/lib/ruby/3.1.0/json/common.rb", "parse", 216),
    ]


def test_ruby_34_labels_and_internal_frames():
    (exc,) = parse_trace(RUBY_34)
    assert (exc.type, exc.value) == ("ZeroDivisionError", "divided by 0")
    assert [f.function for f in exc.frames] == [
        "<main>",
        "Kernel#loop",
        "Object#divide",
        "Integer#/",
    ]
    assert exc.frames[1].file == "<internal:kernel>"


def test_ruby_27_numbered_frames_are_outermost_first():
    (exc,) = parse_trace(RUBY_27)
    assert (exc.type, exc.value) == ("RuntimeError", "boom")
    assert [f.function for f in exc.frames] == ["<main>", "bar", "foo"]


def test_rails_71_exception_causes_and_view_methods():
    outer, cause = parse_trace(RAILS_71)
    assert (outer.type, cause.type) == ("ActionView::Template::Error", "NoMethodError")
    assert cause.value == "undefined method `name' for nil"
    # The numbers Rails gives a compiled view change with every boot: they are not the name.
    assert frames_of(outer) == [
        ("app/controllers/users_controller.rb", "show", 10),
        ("app/views/users/show.html.erb", "_app_views_users_show_html_erb", 5),
    ]
    assert frames_of(cause)[-1] == ("app/models/user.rb", "display_name", 12)


def test_ruby_frames_without_an_exception_line_keep_the_text_above_them():
    (exc,) = parse_trace("Something failed\napp/models/user.rb:12:in `save'")
    assert (exc.type, exc.value) == (UNKNOWN_TYPE, "Something failed")
    assert frames_of(exc) == [("app/models/user.rb", "save", 12)]


@pytest.mark.parametrize(
    "text",
    [
        "Processing file data.csv:12:in 'x' failed",  # a path with spaces is no frame
        "user.rb:12:in the morning",  # no label
        "user.rb:x:in `save'",
        "see app.rb:in `save'",
    ],
)
def test_not_a_ruby_frame(text):
    assert parse_trace(text) is None


# --- not traces, robustness ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n",
        "User 42 logged in",
        "Error: something happened",  # a message, no stack
        "KeyError: 'x'",
        "  at least 3 retries failed",
        "goroutine leak suspected: 3000 running",
        '{"level": "error", "msg": "boom"}',
    ],
)
def test_not_a_trace(text):
    assert parse_trace(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "at " * 350_000,
        " " * 1_048_576,
        "Traceback (most recent call last):\n" + " " * 1_048_576 + "x",
        'File "' + "a" * 1_048_576,
        '  File "' + '", line 1' * 100_000,
        "java.lang." + "a." * 500_000 + ": x\n\tat a.b(" + "(" * 500_000,
        "Error: x\n    at " + "a (" * 300_000 + "\n",
        "panic: x\ngoroutine 1 [running]:\nmain.f" + ")" * 1_000_000 + "\n\t/a.go:1",
        "System.X: y\n   at " + "A.B(" * 250_000 + ") in " * 10 + ":line 1",
        "a.rb:1:in `"
        + "b" * 1_048_576
        + "\n"
        + "a.rb:1:in 'x': (" * 100_000
        + "\n"
        + "(A)" * 300_000,
        "  + Exception Group Traceback (most recent call last):\n"
        + "".join("  " * i + "+-+---- 1 ----\n" + "  " * (i + 1) + "| E: x\n" for i in range(300)),
    ],
    ids=[
        "at-at-at",
        "spaces",
        "tb-spaces",
        "file-quote",
        "file-lines",
        "java",
        "node",
        "go",
        "dotnet",
        "ruby",
        "deep-groups",
    ],
)
def test_pathological_input_completes(text):
    parse_trace(text)  # must return (None or a chain) without hanging


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_never_raises_on_arbitrary_text(text):
    chain = parse_trace(text)
    assert chain is None or (isinstance(chain, tuple) and chain)


_LINE_BITS = st.sampled_from(
    [
        "Traceback (most recent call last):",
        '  File "/srv/app/x.py", line 3, in f',
        "    ^^^^^",
        "During handling of the above exception, another exception occurred:",
        "  +-+---------------- 1 ----------------",
        "    | ValueError: 1",
        "Caused by: java.lang.X: y",
        "\tat a.B.c(B.java:1)",
        "\t... 3 more",
        "    at async f (/a.js:1:2)",
        "goroutine 1 [running]:",
        "panic: x",
        " ---> System.X: y",
        "   --- End of inner exception stack trace ---",
        "",
        "}",
    ]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    trace=st.sampled_from(REAL_TRACES),
    removals=st.lists(st.integers(min_value=0, max_value=200), max_size=5),
    insertions=st.lists(
        st.tuples(st.integers(min_value=0, max_value=200), st.one_of(_LINE_BITS, st.text())),
        max_size=5,
    ),
)
def test_never_raises_on_damaged_real_traces(trace, removals, insertions):
    lines = trace.split("\n")
    for r in removals:
        if lines:
            del lines[r % len(lines)]
    for pos, text in insertions:
        lines.insert(pos % (len(lines) + 1), text)
    chain = parse_trace("\n".join(lines))
    assert chain is None or all(isinstance(e.type, str) and e.type for e in chain)


@pytest.mark.parametrize("trace", REAL_TRACES)
def test_every_real_trace_parses_with_frames(trace):
    chain = parse_trace(trace)
    assert chain
    assert any(e.frames for e in chain)


# --- Rust ------------------------------------------------------------------------------------

RUST_BACKTRACE = """\
thread 'tokio-runtime-worker' panicked at src/db.rs:17:5:
connection refused
stack backtrace:
   0: rust_begin_unwind
             at /rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library/std/src/panicking.rs:645:5
   1: core::panicking::panic_fmt
             at /rustc/90b35a6239c3d8bdabc530a6a0816f7ff89a0aaf/library/core/src/panicking.rs:72:14
   2: shop::db::connect
             at ./src/db.rs:17:5
   3: shop::main::{{closure}}
             at ./src/main.rs:9:5
   4: tokio::runtime::park::CachedParkThread::block_on
             at /usr/local/cargo/registry/src/crates.io/tokio-1.35.1/src/runtime/park.rs:281:63
note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace."""


def test_rust_panic_since_1_73_without_a_backtrace():
    (exc,) = parse_trace(
        "thread 'main' panicked at src/main.rs:42:10:\n"
        "called `Option::unwrap()` on a `None` value\n"
        "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"
    )
    assert (exc.type, exc.value, exc.language) == (
        "panic",
        "called `Option::unwrap()` on a `None` value",
        "rust",
    )
    # Its location names no function: as a frame it would be every panic of that file's.
    assert exc.frames == ()


def test_rust_panic_before_1_73_has_its_message_in_quotes():
    (exc,) = parse_trace(
        "thread '<unnamed>' panicked at 'index out of bounds: the len is 3 but the index is 5',"
        " src/main.rs:4:5"
    )
    assert exc.value == "index out of bounds: the len is 3 but the index is 5"
    assert exc.frames == ()


def test_rust_backtrace_frames_outermost_first():
    (exc,) = parse_trace(RUST_BACKTRACE)
    assert exc.value == "connection refused"
    assert [(f.module, f.function, f.lineno) for f in exc.frames] == [
        ("tokio::runtime::park::CachedParkThread", "block_on", 281),
        ("shop", "main::{closure}", 9),
        ("shop::db", "connect", 17),
        ("core::panicking", "panic_fmt", 72),
        (None, "rust_begin_unwind", 645),
    ]
    assert [is_library_frame(f) for f in exc.frames] == [True, False, False, True, True]


def test_rails_cleaned_backtrace_names_gems_by_name_and_version():
    """Rails' backtrace cleaner writes a gem's frames as `gem (version) path`: frames, of a
    library, not lines that end the trace."""
    text = (
        "NoMethodError (undefined method 'total' for nil):\n"
        "  \n"
        "app/models/order.rb:12:in 'Order#display_total'\n"
        "app/controllers/orders_controller.rb:8:in 'OrdersController#show'\n"
        "actionpack (7.1.3) lib/action_controller/metal/basic_implicit_render.rb:6:in "
        "'send_action'\n"
        "actionpack (7.1.3) lib/abstract_controller/base.rb:224:in 'process_action'\n"
    )
    (exc,) = parse_trace(text)
    assert exc.type == "NoMethodError"
    assert [(f.function, f.lineno, is_library_frame(f)) for f in exc.frames] == [
        ("process_action", 224, True),
        ("send_action", 6, True),
        ("OrdersController#show", 8, False),
        ("Order#display_total", 12, False),
    ]
    assert exc.frames[0].file == "actionpack (7.1.3) lib/abstract_controller/base.rb"
    # Words with blanks before a location are no frame.
    assert parse_trace("hello world lib/x.rb:3:in 'y'") is None


def test_dotnet_hresult_after_the_type():
    """Exception.ToString prints an HResult that is not the class's default after the type:
    the type stays the type, the code heads the value."""
    text = (
        "System.InvalidOperationException: Order lookup failed\n"
        " ---> Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.0.0.5:5432\n"
        " ---> System.Net.Sockets.SocketException (111): Connection refused\n"
        "   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)\n"
        "   --- End of inner exception stack trace ---\n"
        "   at Npgsql.Internal.NpgsqlConnector.Open(NpgsqlTimeout timeout)\n"
        "   --- End of inner exception stack trace ---\n"
        "   at Orders.Api.OrdersController.Get(Int32 id) in /src/OrdersController.cs:line 27\n"
    )
    chain = parse_trace(text)
    assert [(e.type, e.value, [f.function for f in e.frames]) for e in chain] == [
        ("System.InvalidOperationException", "Order lookup failed", ["Get"]),
        ("Npgsql.NpgsqlException", "(0x80004005) Failed to connect to 10.0.0.5:5432", ["Open"]),
        ("System.Net.Sockets.SocketException", "(111) Connection refused", ["Connect"]),
    ]
    (exc,) = parse_trace(
        "System.ComponentModel.Win32Exception (2): An error occurred trying to start process\n"
        "   at System.Diagnostics.Process.ForkAndExecProcess(ProcessStartInfo startInfo)\n"
    )
    assert (exc.type, exc.value) == (
        "System.ComponentModel.Win32Exception",
        "(2) An error occurred trying to start process",
    )


# A JVM thread dump (`kill -3`, jstack) names each frame's module inside its parentheses.
JVM_THREAD_DUMP = """\
Full thread dump OpenJDK 64-Bit Server VM (17.0.15+6-Debian-1deb12u1 mixed mode, sharing):

"main" #1 prio=5 os_prio=0 cpu=227.79ms elapsed=1.47s tid=0x00007f8fbc017f30 nid=0x2141 waiting
   java.lang.Thread.State: TIMED_WAITING (sleeping)
\tat java.lang.Thread.sleep(java.base@17.0.15/Native Method)
\tat com.acme.Worker.run(Worker.java:25)
\tat java.lang.Thread.run(java.base@17.0.15/Thread.java:833)
"""


def test_a_jvm_thread_dump_is_no_exception():
    assert parse_trace(JVM_THREAD_DUMP) is None


def test_a_jvm_frame_that_names_its_module_inside_the_parentheses_is_java():
    (exc,) = parse_trace(
        "java.lang.IllegalStateException: stopped\n"
        "\tat java.lang.Thread.sleep(java.base@17.0.15/Native Method)\n"
        "\tat java.lang.Thread.run(java.base@17.0.15/Thread.java:833)\n"
    )
    assert exc.language == "java"
    assert [(f.module, f.function, f.file, f.lineno) for f in exc.frames] == [
        ("java.lang.Thread", "run", "Thread.java", 833),
        ("java.lang.Thread", "sleep", None, None),
    ]


# Rust 1.95, `RUST_BACKTRACE=1` and `=full` of one panic in a spawned thread: since 1.89 the
# thread's id follows its name; the full backtrace adds addresses, crate disambiguators and the
# standard library's frames around the short one's.
RUST_SHORT = """\
thread 'worker-1' (29737) panicked at src/main.rs:14:54:
no entry found for key
stack backtrace:
   0: __rustc::rust_begin_unwind
             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/std/src/panicking.rs:689:5
   1: core::panicking::panic_fmt
             at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/panicking.rs:80:14
   2: orders::lookup
             at ./src/main.rs:14:54
   3: orders::main::{{closure}}
             at ./src/main.rs:23:97
note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace."""

RUST_FULL = """\
thread 'worker-1' (29802) panicked at src/main.rs:14:54:
no entry found for key
stack backtrace:
   0:     0x5617bbf9ef4a - std[e28293b1aa0f68bd]::backtrace_rs::backtrace::libunwind::trace
                               at {R}/std/src/../../backtrace/src/backtrace/libunwind.rs:117:9
   1:     0x5617bbf80dd9 - std[e28293b1aa0f68bd]::sys::backtrace::__rust_end_short_backtrace::\
<std[e28293b1aa0f68bd]::panicking::panic_handler::{closure#0}, !>
                               at {R}/std/src/sys/backtrace.rs:182:18
   2:     0x5617bbf89c4d - __rustc[b7974e8690430dd9]::rust_begin_unwind
                               at {R}/std/src/panicking.rs:689:5
   3:     0x5617bbfb0f8c - core[c1f1a4ba060b9bfa]::panicking::panic_fmt
                               at {R}/core/src/panicking.rs:80:14
   4:     0x5617bbf7171e - orders[5d1a2b3c4d5e6f70]::lookup
                               at ./src/main.rs:14:54
   5:     0x5617bbf7188a - orders[5d1a2b3c4d5e6f70]::main::{closure#0}
                               at ./src/main.rs:23:97
   6:     0x5617bbf72401 - std[e28293b1aa0f68bd]::sys::backtrace::__rust_begin_short_backtrace::\
<orders[5d1a2b3c4d5e6f70]::main::{closure#0}, u32>
                               at {R}/std/src/sys/backtrace.rs:158:18
   7:     0x5617bbf9ff3b - std[e28293b1aa0f68bd]::sys::thread::unix::Thread::new::thread_start
                               at {R}/std/src/sys/thread/unix.rs:117:17
   8:     0x7f1c2e6a1144 - start_thread
                               at ./nptl/pthread_create.c:442:8
   9:     0x7f1c2e7217dc - __GI___clone3
                               at ./misc/../sysdeps/unix/sysv/linux/x86_64/clone3.S:81
  10:                0x0 - <unknown>""".replace(
    "{R}", "/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library"
)


def test_rust_full_backtrace_is_read_as_the_short_one():
    short, full = parse_trace(RUST_SHORT), parse_trace(RUST_FULL)
    assert short[0].value == full[0].value == "no entry found for key"
    assert [(f.module, f.function) for f in full[0].frames] == [
        ("orders", "main::{closure}"),
        ("orders", "lookup"),
        ("core::panicking", "panic_fmt"),
        ("__rustc", "rust_begin_unwind"),
    ]
    assert chain_fingerprint(short) == chain_fingerprint(full)


# ClickHouse 24's error under a query, its frames numbered innermost first with their address;
# ClickHouse 23 writes the source before the function and the binary after the address.
CLICKHOUSE_24 = """\
Code: 60. DB::Exception: Table default.events_tmp does not exist. (UNKNOWN_TABLE) Stack trace:

0. DB::Exception::Exception(DB::Exception::MessageMasked&&, int, bool) @ 0x000000000c800f1b
1. DB::DatabaseCatalog::getTableImpl(DB::StorageID const&, std::shared_ptr<DB::Context const>) const @ 0x0000000011c237f5
2. DB::InterpreterSelectQuery::InterpreterSelectQuery(std::shared_ptr<DB::IAST> const&) @ 0x000000000d5d94d0
3. DB::TCPHandler::runImpl() @ 0x000000000e9b85d2
4. Poco::Net::TCPServerConnection::start() @ 0x0000000013ff6bd4
5. ? @ 0x00007f3a2c01e168"""  # noqa: E501
CLICKHOUSE_23 = """\
Code: 241. DB::Exception: Memory limit (total) exceeded: would use 28.13 GiB. (MEMORY_LIMIT_EXCEEDED), Stack trace (when copying this message, always include the lines below):

0. ./build_docker/./src/Common/Exception.cpp:96: DB::Exception::Exception(DB::Exception::MessageAndPattern&&, int, bool) @ 0x000000000c800f1b in /usr/bin/clickhouse
1. ./build_docker/./src/Common/MemoryTracker.cpp:268: MemoryTracker::allocImpl(long, bool, MemoryTracker*, double) @ 0x000000000c8e4a5d in /usr/bin/clickhouse
2. DB::MergeTask::execute() @ 0x0000000012b1f0a2 in /usr/bin/clickhouse
3. ThreadPoolImpl<std::thread>::worker(std::__list_iterator<std::thread, void*>) @ 0x000000000c8a8a2b in /usr/bin/clickhouse
4. void* std::__thread_proxy[abi:v15000]<std::tuple<std::unique_ptr<std::__thread_struct>>>(void*) @ 0x000000000c8ac561 in /usr/bin/clickhouse"""  # noqa: E501


def test_numbered_native_frames_with_their_addresses():
    (exc,) = parse_trace(CLICKHOUSE_24)
    assert (exc.type, exc.value, exc.language) == (
        "DB::Exception",
        "Table default.events_tmp does not exist. (UNKNOWN_TABLE)",
        "native",
    )
    # Outermost first, the arguments and the address dropped, `?` (no symbol) left out.
    assert [(f.module, f.function) for f in exc.frames] == [
        ("Poco::Net::TCPServerConnection", "start"),
        ("DB::TCPHandler", "runImpl"),
        ("DB::InterpreterSelectQuery", "InterpreterSelectQuery"),
        ("DB::DatabaseCatalog", "getTableImpl"),
        ("DB::Exception", "Exception"),
    ]
    (exc,) = parse_trace(CLICKHOUSE_23)
    assert (exc.type, exc.value) == (
        "DB::Exception",
        "Memory limit (total) exceeded: would use 28.13 GiB. (MEMORY_LIMIT_EXCEEDED)",
    )
    assert exc.frames[-2:] == (
        Frame(
            file="./build_docker/./src/Common/MemoryTracker.cpp",
            module="MemoryTracker",
            function="allocImpl",
            lineno=268,
        ),
        Frame(
            file="./build_docker/./src/Common/Exception.cpp",
            module="DB::Exception",
            function="Exception",
            lineno=96,
        ),
    )
    assert exc.frames[:2] == (
        Frame(
            module="std",
            function="__thread_proxy[abi:v15000]<std::tuple<std::unique_ptr<std::__thread_struct>>>",
        ),
        Frame(module="ThreadPoolImpl<std::thread>", function="worker"),
    )


def test_native_frames_name_a_problem_whatever_the_addresses():
    """Each build and each start of a PIE binary moves the addresses: not the problem's."""
    moved = CLICKHOUSE_24.replace("0x000000000", "0x000000001").replace("0x00007f3a", "0x00007f11")
    assert moved != CLICKHOUSE_24
    assert chain_fingerprint(parse_trace(moved)) == chain_fingerprint(parse_trace(CLICKHOUSE_24))


@pytest.mark.parametrize(
    "text",
    [
        # No address: a numbered list, not frames.
        "Steps:\n1. DB::Exception::Exception() failed\n2. retry",
        # An address in a sentence.
        "Errors:\n3. segfault at address @ 0xdeadbeef in module",
    ],
)
def test_not_native_frames(text):
    chain = parse_trace(text)
    assert chain is None or chain[0].language != "native"


# PHP-FPM's slow log: a request that ran too long, its backtrace innermost first, under the
# script it ran; `???` where the engine knows no file.
FPM_SLOWLOG = """\
[11-Jun-2024 07:29:37]  [pool www] pid 1168
script_filename = /var/www/shop/public/index.php
[0x00007f3a2b62c010] PDOStatement->execute() /var/www/shop/vendor/doctrine/Statement.php:130
[0x00007f3a2b62bde0] App\\Repo\\ProductRepository::search() /var/www/shop/src/Repo.php:211
[0x00007f3a2b62bd00] array_map() ???"""


def test_a_slow_requests_backtrace():
    (exc,) = parse_trace(FPM_SLOWLOG)
    assert (exc.type, exc.value, exc.language) == (
        "backtrace",
        "/var/www/shop/public/index.php",
        "php",
    )
    assert exc.frames == (
        Frame(module=None, function="array_map"),
        Frame(
            file="/var/www/shop/src/Repo.php",
            module="App\\Repo\\ProductRepository",
            function="search",
            lineno=211,
        ),
        Frame(
            file="/var/www/shop/vendor/doctrine/Statement.php",
            module="PDOStatement",
            function="execute",
            lineno=130,
        ),
    )
    # Each request's frames sit at other addresses: not the problem's.
    moved = FPM_SLOWLOG.replace("0x00007f3a2b62", "0x00007f11aa03")
    assert chain_fingerprint(parse_trace(moved)) == chain_fingerprint(parse_trace(FPM_SLOWLOG))


@pytest.mark.parametrize(
    "text",
    [
        "Scanning:\n[0x00007f3a2b62c010] region mapped at start",
        "[0x00007f3a2b62c010] free(): invalid pointer",
    ],
)
def test_no_slow_log_frames(text):
    chain = parse_trace(text)
    assert chain is None or chain[0].type != "backtrace"


PINO_PRETTY_ERR = """\
    err: {
      "type": "TypeError",
      "message": "Cannot read properties of undefined (reading 'id')",
      "stack":
          TypeError: Cannot read properties of undefined (reading 'id')
              at handler (/app/src/routes/orders.js:42:18)
              at Layer.handle (/app/node_modules/express/lib/router/layer.js:95:5)
      "code": "E_ORDER"
    }"""


def test_pino_prettys_dump_of_an_error_is_read_from_its_stack():
    # `err: {` opens the serialized error's fields: a key, not an exception named `err`.
    (exc,) = parse_trace(PINO_PRETTY_ERR)
    assert (exc.type, exc.value) == (
        "TypeError",
        "Cannot read properties of undefined (reading 'id')",
    )
    assert [f.function for f in exc.frames] == ["Layer.handle", "handler"]
