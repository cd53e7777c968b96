# ruff: noqa: E501, W291
"""Exception traces as real programs print them, for `bench/trace_sweep.py` (session 23).

Each shape is one occurrence of a failure as a runtime or a logging library writes it, with the
ordinary log lines of the same program before and after it. Written from the runtimes' source
and from their documented output; no corpus log file is copied here. Markers let the sweep
write four occurrences of each shape that a demanding SRE groups as follows:

- `«D»` the deploy directory, `«L<n>»` a line number, `«M»` an id in the message, `«T»` a
  thread / goroutine / process id, `«X»` an address: occurrence B changes all of them and must
  keep occurrence A's fingerprint;
- `«E»` the exception's type: occurrence C takes `e[1]` and must not;
- `«F»` the in-app function that throws: occurrence D takes `f[1]` and must not.

`types` is the chain A must parse to (raised first, then its causes), `func` the function of a
frame that must be read with its line number (None: the shape has no frames), `json` a shape
whose trace is a string field of a JSON line (`trace` is then the field's text and `line` the
record with `«TRACE»` in its place).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Shape:
    name: str
    before: str
    trace: str
    after: str
    types: tuple[str, ...]
    e: tuple[str, str] | None
    f: tuple[str, str] | None
    func: bool = True  # a frame named «F» with its line is expected
    line: str | None = None  # a JSON record holding «TRACE»
    min_level: str = "error"
    notes: str = field(default="", compare=False)


PY_LOG = "2026-12-01 10:00:0«S»,123 INFO shop.api: GET /orders/«M» 200 12ms"
LOGBACK = "2026-12-01 10:00:0«S».123  INFO «T» --- [nio-8080-exec-«T»] c.a.shop.OrderController  : order «M» shown"
STDERR = "listening on 0.0.0.0:8080 (pid «T»)"

SHAPES: list[Shape] = [
    # ---------------------------------------------------------------- Python
    Shape(
        "py312 logging, ~~~^^^ markers, site-packages frames",
        PY_LOG,
        """\
2026-12-01 10:00:0«S»,124 ERROR shop.orders: failed to load order «M»
Traceback (most recent call last):
  File "«D»/venv/lib/python3.12/site-packages/flask/app.py", line «L880», in full_dispatch_request
    rv = self.dispatch_request()
         ^^^^^^^^^^^^^^^^^^^^^^^
  File "«D»/shop/views.py", line «L31», in show_order
    order = «F»(order_id)
            ^^^^^^^^^^^^^^^^^^^^
  File "«D»/shop/orders.py", line «L42», in «F»
    return ORDERS[order_id]["items"][0]
           ~~~~~~~~~~~~~~~~~~~~~~~~~^^^
«E»: list index out of range""",
        PY_LOG,
        ("«E»",),
        ("IndexError", "KeyError"),
        ("load_order", "parse_order"),
    ),
    Shape(
        "py313 During handling (implicit context)",
        PY_LOG,
        """\
2026-12-01 10:00:0«S»,124 ERROR shop.sync: sync of order «M» failed
Traceback (most recent call last):
  File "«D»/shop/sync.py", line «L12», in fetch_order
    resp = session.get(url, timeout=5)
  File "«D»/venv/lib/python3.13/site-packages/requests/sessions.py", line «L602», in get
    return self.request("GET", url, **kwargs)
           ~~~~~~~~~~~~^^^^^^^^^^^^^^^^^^^^^^
requests.exceptions.ConnectionError: HTTPSConnectionPool(host='erp.internal', port=443): Max retries exceeded with url: /orders/«M»

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "«D»/shop/sync.py", line «L30», in sync_all
    «F»(order_id)
    ~~~~~~~~~~~^^^^^^^^^^
  File "«D»/shop/sync.py", line «L15», in «F»
    raise «E»(f"order {order_id} unavailable")
«E»: order «M» unavailable""",
        PY_LOG,
        ("«E»", "requests.exceptions.ConnectionError"),
        ("RuntimeError", "LookupError"),
        ("fetch_order", "refresh_order"),
    ),
    Shape(
        "py312 direct cause (raise ... from e)",
        PY_LOG,
        """\
2026-12-01 10:00:0«S»,124 ERROR shop.payments: payment for order «M» failed
Traceback (most recent call last):
  File "«D»/shop/payments.py", line «L20», in charge
    return gateway.charge(amount)
           ^^^^^^^^^^^^^^^^^^^^^^
  File "«D»/shop/gateway.py", line «L8», in charge
    raise TimeoutError("gateway timed out after 30s")
TimeoutError: gateway timed out after 30s

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "«D»/shop/checkout.py", line «L51», in «F»
    charge(order.total)
  File "«D»/shop/payments.py", line «L22», in charge
    raise «E»(f"charge failed for {order_id}") from e
shop.errors.«E»: charge failed for «M»""",
        PY_LOG,
        ("shop.errors.«E»", "TimeoutError"),
        ("PaymentError", "RefundError"),
        ("checkout", "reorder"),
    ),
    Shape(
        "py312 raise ... from None",
        PY_LOG,
        """\
2026-12-01 10:00:0«S»,124 ERROR shop.config: bad config for tenant «M»
Traceback (most recent call last):
  File "«D»/shop/config.py", line «L40», in load_all
    cfg = «F»(path)
          ^^^^^^^^^^^^
  File "«D»/shop/config.py", line «L33», in «F»
    raise «E»(f"missing key in {path}") from None
«E»: missing key in /etc/shop/tenant-«M».toml""",
        PY_LOG,
        ("«E»",),
        ("ValueError", "TypeError"),
        ("read_config", "parse_config"),
    ),
    Shape(
        "py311 ExceptionGroup (TaskGroup) nested blocks",
        PY_LOG,
        """\
2026-12-01 10:00:0«S»,124 ERROR shop.batch: batch «M» failed
  + Exception Group Traceback (most recent call last):
  |   File "«D»/shop/batch.py", line «L20», in run_batch
  |     async with asyncio.TaskGroup() as tg:
  |   File "/usr/lib/python3.12/asyncio/taskgroups.py", line 145, in __aexit__
  |     raise me from None
  | ExceptionGroup: unhandled errors in a TaskGroup (2 sub-exceptions)
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File "«D»/shop/batch.py", line «L9», in «F»
    |     raise «E»(f"bad order {n}")
    | «E»: bad order «M»
    +---------------- 2 ----------------
    | Traceback (most recent call last):
    |   File "«D»/shop/batch.py", line «L12», in fetch_sku
    |     return SKUS[sku]
    |            ~~~~^^^^^
    | KeyError: 'sku-«M»'
    +------------------------------------""",
        PY_LOG,
        ("ExceptionGroup", "«E»", "KeyError"),
        ("ValueError", "TypeError"),
        ("fetch_order", "parse_order"),
    ),
    Shape(
        "py312 SyntaxError with its caret block (importing a plugin)",
        PY_LOG,
        """\
2026-12-01 10:00:0«S»,124 ERROR shop.plugins: could not load plugin broken_«M»
Traceback (most recent call last):
  File "«D»/shop/plugins.py", line «L8», in «F»
    return importlib.import_module(name)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/lib/python3.12/importlib/__init__.py", line 90, in import_module
    return _bootstrap._gcd_import(name[level:], package, level)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "<frozen importlib._bootstrap>", line 1387, in _gcd_import
  File "<frozen importlib._bootstrap>", line 1360, in _find_and_load
  File "<frozen importlib._bootstrap>", line 1331, in _find_and_load_unlocked
  File "<frozen importlib._bootstrap>", line 935, in _load_unlocked
  File "<frozen importlib._bootstrap_external>", line 991, in exec_module
  File "<frozen importlib._bootstrap_external>", line 1129, in get_code
  File "<frozen importlib._bootstrap_external>", line 1059, in source_to_code
  File "<frozen importlib._bootstrap>", line 488, in _call_with_frames_removed
  File "«D»/shop/plugins/broken.py", line «L3»
    def handler(event)
                      ^
«E»: expected ':'""",
        PY_LOG,
        ("«E»",),
        ("SyntaxError", "IndentationError"),
        ("load_plugin", "import_plugin"),
    ),
    Shape(
        "py asyncio Task exception was never retrieved",
        PY_LOG,
        """\
2026-12-01 10:00:0«S»,124 ERROR asyncio: Task exception was never retrieved
future: <Task finished name='Task-«T»' coro=<«F»() done, defined at «D»/shop/poller.py:«L10»> exception=«E»('bad order «M»')>
Traceback (most recent call last):
  File "«D»/shop/poller.py", line «L14», in «F»
    raise «E»(f"bad order {n}")
«E»: bad order «M»""",
        PY_LOG,
        ("«E»",),
        ("ValueError", "KeyError"),
        ("poll_orders", "poll_refunds"),
    ),
    Shape(
        "py concurrent.futures _RemoteTraceback with its quoted block",
        PY_LOG,
        """\
2026-12-01 10:00:0«S»,124 ERROR shop.images: resize batch «M» failed
concurrent.futures.process._RemoteTraceback: 
\"\"\"
Traceback (most recent call last):
  File "/usr/lib/python3.12/concurrent/futures/process.py", line 263, in _process_worker
    r = call_item.fn(*call_item.args, **call_item.kwargs)
        ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "«D»/shop/images.py", line «L9», in «F»
    raise «E»(f"bad image {n}")
«E»: bad image «M»
\"\"\"

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "«D»/shop/images.py", line «L20», in resize_all
    for r in pool.map(«F», items):
  File "/usr/lib/python3.12/concurrent/futures/process.py", line 642, in _chain_from_iterable_of_lists
    for element in iterable:
  File "/usr/lib/python3.12/concurrent/futures/_base.py", line 619, in result_iterator
    yield _result_or_cancel(fs.pop())
          ^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/lib/python3.12/concurrent/futures/_base.py", line 449, in result
    return self.__get_result()
           ^^^^^^^^^^^^^^^^^^^
  File "/usr/lib/python3.12/concurrent/futures/_base.py", line 401, in __get_result
    raise self._exception
«E»: bad image «M»""",
        PY_LOG,
        ("«E»", "«E»"),  # the remote traceback's own exception, read from its quoted block
        ("ValueError", "OSError"),
        ("resize_image", "crop_image"),
    ),
    Shape(
        "py multiprocessing.pool RemoteTraceback",
        PY_LOG,
        """\
2026-12-01 10:00:0«S»,124 ERROR shop.report: report «M» failed
multiprocessing.pool.RemoteTraceback: 
\"\"\"
Traceback (most recent call last):
  File "/usr/lib/python3.11/multiprocessing/pool.py", line 125, in worker
    result = (True, func(*args, **kwds))
                    ^^^^^^^^^^^^^^^^^^^
  File "/usr/lib/python3.11/multiprocessing/pool.py", line 48, in mapstar
    return list(map(*args))
           ^^^^^^^^^^^^^^^^
  File "«D»/shop/report.py", line «L7», in «F»
    return 100 / row["count"]
           ~~~~^~~~~~~~~~~~~~
«E»: division by zero
\"\"\"

The above exception was the direct cause of the following exception:

Traceback (most recent call last):
  File "«D»/shop/report.py", line «L15», in build_report
    rows = pool.map(«F», data)
           ^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/lib/python3.11/multiprocessing/pool.py", line 367, in map
    return self._map_async(func, iterable, mapstar, chunksize).get()
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/lib/python3.11/multiprocessing/pool.py", line 774, in get
    raise self._value
«E»: division by zero""",
        PY_LOG,
        ("«E»", "«E»"),
        ("ZeroDivisionError", "KeyError"),
        ("ratio", "share"),
    ),
    Shape(
        "py loguru backtrace+diagnose (> File, └ variables)",
        "2026-12-01 10:00:0«S».123 | INFO     | shop.api:show:20 - GET /orders/«M» 200",
        """\
2026-12-01 10:00:0«S».124 | ERROR    | shop.orders:handle:«L55» - failed to load order «M»
Traceback (most recent call last):

  File "«D»/run.py", line «L10», in <module>
    main()
    └ <function main at «X»>

  File "«D»/shop/orders.py", line «L55», in handle
    «F»(order_id)
    │           └ «M»
    └ <function «F» at «X»>

> File "«D»/shop/orders.py", line «L42», in «F»
    return ORDERS[order_id]
           │      └ «M»
           └ {}

«E»: «M»""",
        "2026-12-01 10:00:0«S».125 | INFO     | shop.api:show:20 - GET /orders/«M» 200",
        ("«E»",),
        ("KeyError", "IndexError"),
        ("load_order", "parse_order"),
    ),
    Shape(
        "py rich RichHandler boxed traceback",
        "[12/01/26 10:00:0«S»] INFO     GET /orders/«M» 200                          api.py:20",
        """\
[12/01/26 10:00:0«S»] ERROR    failed to load order «M»                     orders.py:«L55»
                    ╭───────────── Traceback (most recent call last) ──────────────╮
                    │ «D»/shop/orders.py:«L53» in handle                              │
                    │                                                              │
                    │   52 │   try:                                                │
                    │ ❱ 53 │   │   «F»(order_id)                                   │
                    │   54 │   except Exception:                                   │
                    │                                                              │
                    │ «D»/shop/orders.py:«L42» in «F»                                 │
                    │                                                              │
                    │   41 │ def «F»(order_id):                                      │
                    │ ❱ 42 │   return ORDERS[order_id]                             │
                    ╰──────────────────────────────────────────────────────────────╯
                    «E»: «M»""",
        "[12/01/26 10:00:0«S»] INFO     GET /orders/«M» 200                          api.py:20",
        ("«E»",),
        ("KeyError", "IndexError"),
        ("load_order", "parse_order"),
        notes="a console renderer; judged not a log shape worth a parser",
    ),
    Shape(
        "py Django request failure (django.request)",
        '[01/Dec/2026 10:00:0«S»] "GET /orders/«M»/ HTTP/1.1" 200 512',
        """\
ERROR 2026-12-01 10:00:0«S»,124 log «T» 140230 Internal Server Error: /orders/«M»/
Traceback (most recent call last):
  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
               ^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/base.py", line 197, in _get_response
    response = wrapped_callback(request, *callback_args, **callback_kwargs)
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "«D»/shop/views.py", line «L18», in «F»
    order = Order.objects.get(pk=pk)
            ^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/django/db/models/manager.py", line 87, in manager_method
    return getattr(self.get_queryset(), name)(*args, **kwargs)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/django/db/models/query.py", line 649, in get
    raise self.model.DoesNotExist(
shop.models.Order.«E»: Order matching query does not exist.""",
        '[01/Dec/2026 10:00:0«S»] "GET /orders/«M»/ HTTP/1.1" 200 512',
        ("shop.models.Order.«E»",),
        ("DoesNotExist", "MultipleObjectsReturned"),
        ("order_detail", "order_edit"),
    ),
    Shape(
        "py Celery task raised unexpected",
        "[2026-12-01 10:00:0«S»,123: INFO/MainProcess] Task shop.tasks.sync_order[«M»-aaaa-bbbb] received",
        """\
[2026-12-01 10:00:0«S»,124: ERROR/ForkPoolWorker-«T»] Task shop.tasks.sync_order[«M»-aaaa-bbbb] raised unexpected: «E»('bad order «M»')
Traceback (most recent call last):
  File "/usr/local/lib/python3.12/site-packages/celery/app/trace.py", line 453, in trace_task
    R = retval = fun(*args, **kwargs)
                 ^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/celery/app/trace.py", line 736, in __protected_call__
    return self.run(*args, **kwargs)
           ^^^^^^^^^^^^^^^^^^^^^^^^^
  File "«D»/shop/tasks.py", line «L22», in «F»
    raise «E»(f"bad order {order_id}")
«E»: bad order «M»""",
        "[2026-12-01 10:00:0«S»,125: INFO/MainProcess] Task shop.tasks.sync_order[«M»-cccc-dddd] received",
        ("«E»",),
        ("ValueError", "KeyError"),
        ("sync_order", "sync_refund"),
    ),
    Shape(
        "py python-json-logger exc_info field",
        "",
        """\
Traceback (most recent call last):
  File "«D»/shop/orders.py", line «L42», in «F»
    return ORDERS[order_id]
           ~~~~~~^^^^^^^^^^
«E»: «M»""",
        "",
        ("«E»",),
        ("KeyError", "IndexError"),
        ("load_order", "parse_order"),
        line='{"asctime": "2026-12-01 10:00:0«S»,124", "levelname": "ERROR", "name": "shop.orders", '
        '"message": "failed to load order «M»", "exc_info": «TRACE»}',
    ),
    # ---------------------------------------------------------------- JVM
    Shape(
        "java21 Spring Boot logback: java.base/, ~[jar:ver], CGLIB, common frames omitted",
        LOGBACK,
        """\
2026-12-01 10:00:0«S».124 ERROR «T» --- [nio-8080-exec-«T»] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] threw exception
java.lang.«E»: could not load order «M»
\tat com.acme.shop.OrderService.«F»(OrderService.java:«L42») ~[classes/:na]
\tat com.acme.shop.OrderController.show(OrderController.java:«L27») ~[classes/:na]
\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103) ~[na:na]
\tat java.base/java.lang.reflect.Method.invoke(Method.java:580) ~[na:na]
\tat org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255) ~[spring-web-6.1.5.jar:6.1.5]
\tat com.acme.shop.OrderController$$SpringCGLIB$$0.show(<generated>) ~[classes/:na]
\tat org.apache.tomcat.util.threads.TaskThread$WrappingRunnable.run(TaskThread.java:61) ~[tomcat-embed-core-10.1.19.jar:10.1.19]
\tat java.base/java.lang.Thread.run(Thread.java:1583) ~[na:na]
Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.
\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696) ~[HikariCP-5.0.1.jar:na]
\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181) ~[HikariCP-5.0.1.jar:na]
\tat com.acme.shop.OrderRepository.find(OrderRepository.java:«L19») ~[classes/:na]
\tat com.acme.shop.OrderService.«F»(OrderService.java:«L40») ~[classes/:na]
\t... 12 common frames omitted""",
        LOGBACK,
        ("java.lang.«E»", "java.sql.SQLTransientConnectionException"),
        ("IllegalStateException", "IllegalArgumentException"),
        ("loadOrder", "saveOrder"),
    ),
    Shape(
        "java printStackTrace to stderr: Suppressed with tab indents, ... n more",
        STDERR,
        """\
Exception in thread "main" java.lang.«E»: flush failed for batch «M»
\tat com.acme.ingest.Writer.«F»(Writer.java:«L42»)
\tat com.acme.ingest.Main.main(Main.java:«L12»)
\tSuppressed: java.io.IOException: close failed
\t\tat com.acme.ingest.Writer.close(Writer.java:«L60»)
\t\tat com.acme.ingest.Writer.«F»(Writer.java:«L40»)
\t\t... 1 more
Caused by: java.io.IOException: No space left on device
\tat java.base/java.io.FileOutputStream.writeBytes(Native Method)
\tat java.base/java.io.FileOutputStream.write(FileOutputStream.java:367)
\tat com.acme.ingest.Writer.write(Writer.java:«L50»)
\tat com.acme.ingest.Writer.«F»(Writer.java:«L41»)
\t... 1 more""",
        "shutdown hook ran",
        ("java.lang.«E»", "java.io.IOException"),  # Suppressed: left out by design
        ("RuntimeException", "IllegalStateException"),
        ("flush", "rotate"),
    ),
    Shape(
        "java21 virtual thread, lambda and $$Lambda hidden frames",
        STDERR,
        """\
Exception in thread "order-worker-«T»" java.lang.«E»: bad sku «M»
\tat com.acme.shop.Pricing.lambda$«F»$0(Pricing.java:«L31»)
\tat com.acme.shop.Pricing$$Lambda/0x000071c0f8003a18.apply(Unknown Source)
\tat java.base/java.util.stream.ReferencePipeline$3$1.accept(ReferencePipeline.java:197)
\tat java.base/java.util.ArrayList$ArrayListSpliterator.forEachRemaining(ArrayList.java:1708)
\tat java.base/java.util.stream.ReferencePipeline.collect(ReferencePipeline.java:682)
\tat com.acme.shop.Pricing.«F»(Pricing.java:«L33»)
\tat com.acme.shop.Worker.run(Worker.java:«L15»)
\tat java.base/java.lang.VirtualThread.run(VirtualThread.java:309)""",
        "worker pool drained",
        ("java.lang.«E»",),
        ("IllegalArgumentException", "NumberFormatException"),
        ("price", "discount"),
    ),
    Shape(
        "log4j2 %xEx: ~[app.jar:?] and [?:?] suffixes",
        "10:00:0«S».123 [main] INFO  com.acme.shop.App - order «M» shown",
        """\
10:00:0«S».124 [pool-1-thread-«T»] ERROR com.acme.shop.Sync - sync of order «M» failed
java.io.«E»: Connection reset
\tat sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:328) ~[?:?]
\tat java.net.Socket$SocketInputStream.read(Socket.java:1099) ~[?:?]
\tat com.acme.shop.ErpClient.«F»(ErpClient.java:«L77») ~[shop-1.4.«T».jar:?]
\tat com.acme.shop.Sync.run(Sync.java:«L30») ~[shop-1.4.«T».jar:?]
\tat java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144) [?:?]
\tat java.lang.Thread.run(Thread.java:1583) [?:?]""",
        "10:00:0«S».125 [main] INFO  com.acme.shop.App - order «M» shown",
        ("java.io.«E»",),
        ("IOException", "EOFException"),
        ("fetchOrder", "fetchRefund"),
    ),
    Shape(
        "kotlin coroutines: _COROUTINE._BOUNDARY and Caused by recovered copy",
        "10:00:0«S».123 [main] INFO  com.acme.shop.App - order «M» shown",
        """\
10:00:0«S».124 [DefaultDispatcher-worker-«T»] ERROR com.acme.shop.App - sync failed
java.lang.«E»: bad order «M»
\tat com.acme.shop.OrdersKt.«F»(Orders.kt:«L12»)
\tat com.acme.shop.OrdersKt$«F»$1.invokeSuspend(Orders.kt)
\tat _COROUTINE._BOUNDARY._(CoroutineDebugging.kt:46)
\tat com.acme.shop.AppKt$main$1.invokeSuspend(App.kt:«L20»)
Caused by: java.lang.«E»: bad order «M»
\tat com.acme.shop.OrdersKt.«F»(Orders.kt:«L12»)
\tat com.acme.shop.OrdersKt$«F»$1.invokeSuspend(Orders.kt)
\tat kotlin.coroutines.jvm.internal.BaseContinuationImpl.resumeWith(ContinuationImpl.kt:33)
\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)
\tat kotlinx.coroutines.scheduling.CoroutineScheduler$Worker.run(CoroutineScheduler.kt:793)""",
        "10:00:0«S».125 [main] INFO  com.acme.shop.App - order «M» shown",
        ("java.lang.«E»", "java.lang.«E»"),
        ("IllegalStateException", "IllegalArgumentException"),
        ("loadOrder", "saveOrder"),
    ),
    Shape(
        "kotlin coroutines 1.6: (Coroutine boundary) pseudo-frame",
        "10:00:0«S».123 [main] INFO  com.acme.shop.App - order «M» shown",
        """\
10:00:0«S».124 [DefaultDispatcher-worker-«T»] ERROR com.acme.shop.App - sync failed
java.lang.«E»: bad order «M»
\tat com.acme.shop.OrdersKt.«F»(Orders.kt:«L12»)
\tat com.acme.shop.OrdersKt$«F»$1.invokeSuspend(Orders.kt)
\tat \b\b\b(Coroutine boundary.\b(\b)
\tat com.acme.shop.AppKt$main$1.invokeSuspend(App.kt:«L20»)
Caused by: java.lang.«E»: bad order «M»
\tat com.acme.shop.OrdersKt.«F»(Orders.kt:«L12»)
\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:106)""",
        "10:00:0«S».125 [main] INFO  com.acme.shop.App - order «M» shown",
        ("java.lang.«E»", "java.lang.«E»"),
        ("IllegalStateException", "IllegalArgumentException"),
        ("loadOrder", "saveOrder"),
    ),
    Shape(
        "scala: object$ frames and $anonfun",
        "[info] 2026-12-01 10:00:0«S».123 application - order «M» shown",
        """\
Exception in thread "main" java.lang.«E»: / by zero
\tat com.acme.shop.Pricing$.«F»(Pricing.scala:«L12»)
\tat com.acme.shop.Main$.$anonfun$main$1(Main.scala:«L8»)
\tat scala.collection.immutable.List.map(List.scala:250)
\tat com.acme.shop.Main$.main(Main.scala:«L8»)
\tat com.acme.shop.Main.main(Main.scala)""",
        "[info] 2026-12-01 10:00:0«S».125 application - order «M» shown",
        ("java.lang.«E»",),
        ("ArithmeticException", "ArrayIndexOutOfBoundsException"),
        ("ratio", "share"),
    ),
    Shape(
        "android logcat threadtime: FATAL EXCEPTION, Process: line",
        "12-01 10:00:0«S».100  «T»  «T» I ActivityManager: Start proc «T»:com.acme.shop/u0a187",
        """\
12-01 10:00:0«S».123  «T»  «T» E AndroidRuntime: FATAL EXCEPTION: main
12-01 10:00:0«S».123  «T»  «T» E AndroidRuntime: Process: com.acme.shop, PID: «T»
12-01 10:00:0«S».123  «T»  «T» E AndroidRuntime: java.lang.«E»: Attempt to invoke virtual method 'int java.lang.String.length()' on a null object reference
12-01 10:00:0«S».123  «T»  «T» E AndroidRuntime: \tat com.acme.shop.CartActivity.«F»(CartActivity.java:«L42»)
12-01 10:00:0«S».123  «T»  «T» E AndroidRuntime: \tat android.app.Activity.performCreate(Activity.java:8305)
12-01 10:00:0«S».123  «T»  «T» E AndroidRuntime: \tat android.app.ActivityThread.main(ActivityThread.java:7839)
12-01 10:00:0«S».123  «T»  «T» E AndroidRuntime: \tat java.lang.reflect.Method.invoke(Native Method)
12-01 10:00:0«S».123  «T»  «T» E AndroidRuntime: \tat com.android.internal.os.ZygoteInit.main(ZygoteInit.java:1003)""",
        "12-01 10:00:0«S».200  1234  1300 I ActivityManager: Process com.acme.shop (pid «T») has died",
        ("java.lang.«E»",),
        ("NullPointerException", "IllegalStateException"),
        ("onCreate", "onResume"),
    ),
    Shape(
        "android crash without logcat prefixes (Caused by inside)",
        STDERR,
        """\
FATAL EXCEPTION: main
Process: com.acme.shop, PID: «T»
java.lang.RuntimeException: Unable to start activity ComponentInfo{com.acme.shop/com.acme.shop.CartActivity}: java.lang.«E»: bad cart «M»
\tat android.app.ActivityThread.performLaunchActivity(ActivityThread.java:3449)
\tat android.app.ActivityThread.handleLaunchActivity(ActivityThread.java:3601)
\tat android.os.Looper.loop(Looper.java:223)
\tat android.app.ActivityThread.main(ActivityThread.java:7656)
Caused by: java.lang.«E»: bad cart «M»
\tat com.acme.shop.CartActivity.«F»(CartActivity.java:«L42»)
\tat android.app.Activity.performCreate(Activity.java:8000)
\t... 3 more""",
        "app restarted",
        ("java.lang.RuntimeException", "java.lang.«E»"),
        ("IllegalStateException", "NullPointerException"),
        ("onCreate", "onResume"),
    ),
    # ---------------------------------------------------------------- .NET
    Shape(
        ".NET 8 unhandled: ---> inner chain and End of inner exception",
        STDERR,
        """\
Unhandled exception. System.«E»: could not load order «M»
 ---> System.Net.Http.HttpRequestException: Connection refused (erp.internal:443)
 ---> System.Net.Sockets.SocketException (111): Connection refused
   at System.Net.Sockets.Socket.AwaitableSocketAsyncEventArgs.ThrowException(SocketError error, CancellationToken cancellationToken)
   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)
   --- End of inner exception stack trace ---
   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)
   at System.Net.Http.HttpClient.<SendAsync>g__Core|83_0(HttpRequestMessage request, HttpCompletionOption completionOption, CancellationTokenSource cts, Boolean disposeCts, CancellationTokenSource pendingRequestsCts, CancellationToken originalCancellationToken)
   at Shop.Orders.ErpClient.FetchAsync(Int32 id) in «D»/Shop/Orders/ErpClient.cs:line «L30»
   --- End of inner exception stack trace ---
   at Shop.Orders.OrderService.«F»(Int32 id) in «D»/Shop/Orders/OrderService.cs:line «L42»
   at Shop.Program.<Main>$(String[] args) in «D»/Shop/Program.cs:line «L12»
   at Shop.Program.<Main>(String[] args)""",
        "Application is shutting down...",
        (
            "System.«E»",
            "System.Net.Http.HttpRequestException",
            "System.Net.Sockets.SocketException",
        ),
        ("InvalidOperationException", "ApplicationException"),
        ("LoadAsync", "SaveAsync"),
    ),
    Shape(
        "ASP.NET Core console: fail: header, indented trace, previous location",
        "info: Microsoft.Hosting.Lifetime[0]\n      Now listening on: http://[::]:8080",
        """\
fail: Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware[1]
      An unhandled exception has occurred while executing the request.
      System.«E»: could not load order «M»
         at Shop.Orders.OrderService.«F»(Int32 id) in «D»/Shop/Orders/OrderService.cs:line «L42»
         at Shop.Controllers.OrdersController.Get(Int32 id) in «D»/Shop/Controllers/OrdersController.cs:line «L20»
         at lambda_method«T»(Closure, Object)
         at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.AwaitableObjectResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)
      --- End of stack trace from previous location ---
         at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.<InvokeActionMethodAsync>g__Awaited|12_0(ControllerActionInvoker invoker, ValueTask`1 actionResultValueTask)
         at Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddlewareImpl.<Invoke>g__Awaited|10_0(ExceptionHandlerMiddlewareImpl middleware, HttpContext context, Task task)""",
        "info: Microsoft.Hosting.Lifetime[0]\n      Application is shutting down...",
        ("System.«E»",),
        ("InvalidOperationException", "ArgumentException"),
        ("LoadAsync", "SaveAsync"),
    ),
    Shape(
        ".NET 6 async MoveNext frames (d__N state machines), Serilog file",
        "2026-12-01 10:00:0«S».123 +00:00 [INF] Order «M» shown",
        """\
2026-12-01 10:00:0«S».124 +00:00 [ERR] Sync of order «M» failed
System.«E»: bad order «M»
   at Shop.Orders.OrderService.<«F»>d__«T».MoveNext() in «D»/Shop/Orders/OrderService.cs:line «L42»
--- End of stack trace from previous location where exception was thrown ---
   at System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw()
   at System.Runtime.CompilerServices.TaskAwaiter.HandleNonSuccessAndDebuggerNotification(Task task)
   at Shop.Sync.Worker.<ExecuteAsync>d__4.MoveNext() in «D»/Shop/Sync/Worker.cs:line «L25»""",
        "2026-12-01 10:00:0«S».125 +00:00 [INF] Order «M» shown",
        ("System.«E»",),
        ("InvalidOperationException", "FormatException"),
        ("LoadAsync", "SaveAsync"),
    ),
    # ---------------------------------------------------------------- Node and friends
    Shape(
        "node20 uncaught: source excerpt with ^, node:internal frames, Node.js v20",
        STDERR,
        """\
«D»/src/orders.js:«L42»
    throw new «E»(`bad order ${id}`);
    ^

«E»: bad order «M»
    at «F» («D»/src/orders.js:«L42»:11)
    at Object.<anonymous> («D»/src/index.js:«L5»:1)
    at Module._compile (node:internal/modules/cjs/loader:1376:14)
    at Module._extensions..js (node:internal/modules/cjs/loader:1435:10)
    at Module.load (node:internal/modules/cjs/loader:1207:32)
    at Module._load (node:internal/modules/cjs/loader:1023:12)
    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:135:12)
    at node:internal/main/run_main_module:28:49

Node.js v20.11.1""",
        "restarting (exit code 1)",
        ("«E»",),
        ("TypeError", "RangeError"),
        ("loadOrder", "saveOrder"),
    ),
    Shape(
        "node22 [cause] block with error properties, at async",
        STDERR,
        """\
«E»: could not load order «M»
    at «F» («D»/src/orders.js:«L42»:11)
    at async handler («D»/src/server.js:«L20»:5) {
  [cause]: Error: connect ECONNREFUSED 10.0.0.5:5432
      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16) {
    errno: -111,
    code: 'ECONNREFUSED',
    syscall: 'connect',
    address: '10.0.0.5',
    port: 5432
  }
}""",
        "request «M» done in 12ms",
        ("«E»", "Error"),
        ("Error", "TypeError"),
        ("loadOrder", "saveOrder"),
    ),
    Shape(
        "node22 AggregateError with [errors]: [ ... ]",
        STDERR,
        """\
«D»/src/batch.js:«L9»
  throw new AggregateError(errors, `2 of 5 orders failed`);
  ^

AggregateError: 2 of 5 orders failed
    at syncAll («D»/src/batch.js:«L9»:9)
    at async main («D»/src/index.js:«L4»:3) {
  [errors]: [
    «E»: bad order «M»
        at «F» («D»/src/batch.js:«L3»:11)
        at «D»/src/batch.js:«L7»:36
        at Array.map (<anonymous>)
        at syncAll («D»/src/batch.js:«L7»:29),
    «E»: bad order 4712
        at «F» («D»/src/batch.js:«L3»:11)
        at «D»/src/batch.js:«L7»:36
        at Array.map (<anonymous>)
        at syncAll («D»/src/batch.js:«L7»:29)
  ]
}

Node.js v22.3.0""",
        "restarting (exit code 1)",
        ("AggregateError", "«E»", "«E»"),
        ("Error", "TypeError"),
        ("syncOne", "checkOne"),
    ),
    Shape(
        "node20 unhandled rejection of an Error from an async function",
        STDERR,
        """\
«D»/src/orders.js:«L42»
    throw new «E»(`bad order ${id}`);
          ^

«E»: bad order «M»
    at «F» («D»/src/orders.js:«L42»:11)
    at async main («D»/src/index.js:«L5»:3)

Node.js v20.11.1""",
        "restarting (exit code 1)",
        ("«E»",),
        ("TypeError", "RangeError"),
        ("loadOrder", "saveOrder"),
    ),
    Shape(
        "node20 unhandled rejection of a non-Error (ERR_UNHANDLED_REJECTION)",
        STDERR,
        """\
node:internal/process/promises:289
            triggerUncaughtException(err, true /* fromPromise */);
            ^

[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "order «M» «E»".] {
  code: 'ERR_UNHANDLED_REJECTION'
}

Node.js v20.11.1""",
        "restarting (exit code 1)",
        ("UnhandledPromiseRejection",),
        ("not found", "timed out"),
        None,
        func=False,
    ),
    Shape(
        "node pino JSON: err.stack",
        "",
        """\
«E»: bad order «M»
    at «F» («D»/src/orders.js:«L42»:11)
    at async handler («D»/src/server.js:«L20»:5)""",
        "",
        ("«E»",),
        ("TypeError", "RangeError"),
        ("loadOrder", "saveOrder"),
        line='{"level":50,"time":1764583200124,"pid":«T»,"hostname":"web-1","err":{"type":"«E»",'
        '"message":"bad order «M»","stack":«TRACE»},"msg":"bad order «M»"}',
    ),
    Shape(
        "deno: error: Uncaught (in promise) with excerpt",
        "Listening on http://0.0.0.0:8000/",
        """\
error: Uncaught (in promise) «E»: bad order «M»
    throw new «E»(`bad order ${id}`);
          ^
    at «F» (file://«D»/src/orders.ts:«L42»:11)
    at async file://«D»/main.ts:«L5»:1""",
        "Listening on http://0.0.0.0:8000/",
        ("«E»",),
        ("TypeError", "RangeError"),
        ("loadOrder", "saveOrder"),
    ),
    Shape(
        "bun: numbered source excerpt, then the error and frames",
        "Listening on http://0.0.0.0:3000/",
        """\
«L40» | function «F»(id) {
«L41» |   if (!ORDERS[id])
«L42» |     throw new «E»(`bad order ${id}`);
              ^
«E»: bad order «M»
      at «F» («D»/src/orders.js:«L42»:11)
      at «D»/src/index.js:«L5»:1

Bun v1.1.8 (Linux x64)""",
        "Listening on http://0.0.0.0:3000/",
        ("«E»",),
        ("TypeError", "RangeError"),
        ("loadOrder", "saveOrder"),
    ),
    # ---------------------------------------------------------------- Go
    Shape(
        "go1.22 panic [recovered], created by ... in goroutine N, exit status",
        "2026/12/01 10:00:0«S» worker «T» started",
        """\
panic: bad order «M» [recovered]
\tpanic: bad order «M»

goroutine «T» [running]:
main.worker.func1()
\t«D»/cmd/worker/main.go:«L21» +0x65
panic({0x4a1f20?, 0xc000012345?})
\t/usr/local/go/src/runtime/panic.go:770 +0x132
main.«F»(...)
\t«D»/cmd/worker/main.go:«L12»
main.worker(0x0?)
\t«D»/cmd/worker/main.go:«L25» +0x57
created by main.startWorkers in goroutine 1
\t«D»/cmd/worker/main.go:«L30» +0x25
exit status 2""",
        "2026/12/01 10:00:0«S» worker «T» started",
        ("panic",),
        None,
        ("loadOrder", "saveOrder"),
    ),
    Shape(
        "go fatal error: concurrent map writes with goroutine dump",
        "2026/12/01 10:00:0«S» cache warm (goroutine «T»)",
        """\
fatal error: concurrent map writes

goroutine «T» [running]:
main.(*Cache).«F»(...)
\t«D»/internal/cache/cache.go:«L18»
main.worker(0xc000010000, 0x3)
\t«D»/cmd/worker/main.go:«L40» +0x8c
created by main.main in goroutine 1
\t«D»/cmd/worker/main.go:«L52» +0x9a

goroutine 1 [semacquire]:
sync.runtime_Semacquire(0xc0000140a8?)
\t/usr/local/go/src/runtime/sema.go:62 +0x25
sync.(*WaitGroup).Wait(0xc0000140a0)
\t/usr/local/go/src/sync/waitgroup.go:116 +0x48
main.main()
\t«D»/cmd/worker/main.go:«L55» +0xd5
exit status 2""",
        "2026/12/01 10:00:0«S» cache warm (goroutine «T»)",
        ("fatal error",),
        None,
        ("Put", "Delete"),
    ),
    Shape(
        "go nil dereference: [signal SIGSEGV ...] block",
        "2026/12/01 10:00:0«S» serving on :8080",
        """\
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=«X»]

goroutine «T» [running]:
main.(*OrderService).«F»(0x0, 0x1267)
\t«D»/internal/orders/service.go:«L42» +0x2e
main.main()
\t«D»/cmd/api/main.go:«L18» +0x45
exit status 2""",
        "2026/12/01 10:00:0«S» serving on :8080",
        ("runtime error",),
        None,
        ("Load", "Save"),
    ),
    Shape(
        "go zap JSON: stacktrace field",
        "",
        """\
main.(*OrderService).«F»
\t«D»/internal/orders/service.go:«L42»
main.main
\t«D»/cmd/api/main.go:«L18»
runtime.main
\t/usr/local/go/src/runtime/proc.go:271""",
        "",
        ("error",),
        None,
        ("Load", "Save"),
        line='{"level":"error","ts":1764583200.124,"caller":"orders/service.go:«L42»",'
        '"msg":"failed to load order","order":«M»,"error":"dial tcp 10.0.4.7:5432: connect: connection refused","stacktrace":«TRACE»}',
    ),
    # ---------------------------------------------------------------- Rust
    Shape(
        "rust 1.73+ panic, RUST_BACKTRACE=1 numbered frames",
        "2026-12-01T10:00:0«S».123456Z  INFO shop: order «M» shown",
        """\
thread 'main' panicked at src/orders.rs:«L42»:9:
bad order «M»
stack backtrace:
   0: rust_begin_unwind
             at /rustc/82e1608dfa6e0b5569232559e3d385fea5a93112/library/std/src/panicking.rs:645:5
   1: core::panicking::panic_fmt
             at /rustc/82e1608dfa6e0b5569232559e3d385fea5a93112/library/core/src/panicking.rs:72:14
   2: shop::orders::«F»
             at ./src/orders.rs:«L42»:9
   3: shop::main
             at ./src/main.rs:«L5»:5
   4: core::ops::function::FnOnce::call_once
             at /rustc/82e1608dfa6e0b5569232559e3d385fea5a93112/library/core/src/ops/function.rs:250:5
note: Some details are omitted, run with `RUST_BACKTRACE=full` for a verbose backtrace.""",
        "2026-12-01T10:00:0«S».125456Z  INFO shop: order «M» shown",
        ("panic",),
        None,
        ("load_order", "save_order"),
    ),
    Shape(
        "rust panic without backtrace (note: run with RUST_BACKTRACE=1)",
        "2026-12-01T10:00:0«S».123456Z  INFO shop: order «M» shown",
        """\
thread 'tokio-runtime-worker' panicked at src/orders.rs:«L42»:9:
called `Option::unwrap()` on a `«E»` value
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace""",
        "2026-12-01T10:00:0«S».125456Z  INFO shop: order «M» shown",
        ("panic",),
        ("None", "Err"),
        None,
        func=False,
    ),
    # ---------------------------------------------------------------- Ruby
    Shape(
        "ruby 3.4 uncaught: quoted 'Class#method' labels",
        STDERR,
        """\
«D»/lib/orders.rb:«L42»:in 'Orders::Loader#«F»': bad order «M» («E»)
\tfrom «D»/lib/orders.rb:«L12»:in 'block in Orders::Loader#load_all'
\tfrom «D»/lib/orders.rb:«L11»:in 'Array#each'
\tfrom «D»/lib/orders.rb:«L11»:in 'Orders::Loader#load_all'
\tfrom «D»/bin/sync:«L5»:in '<main>'""",
        "sync finished",
        ("«E»",),
        ("ArgumentError", "KeyError"),
        ("load", "parse"),
    ),
    Shape(
        "ruby 3.3 uncaught with its cause printed below",
        STDERR,
        """\
«D»/lib/orders.rb:«L20»:in `rescue in «F»': could not fetch order «M» (Orders::«E»)
\tfrom «D»/lib/orders.rb:«L17»:in `«F»'
\tfrom «D»/bin/sync:«L5»:in `<main>'
«D»/lib/orders.rb:«L18»:in `«F»': Connection refused - connect(2) for "erp.internal" port 443 (Errno::ECONNREFUSED)
\tfrom «D»/bin/sync:«L5»:in `<main>'""",
        "sync finished",
        ("Orders::«E»", "Errno::ECONNREFUSED"),
        ("FetchError", "ParseError"),
        ("fetch", "refresh"),
    ),
    Shape(
        "rails 7.1 log: tagged FATAL with the exception and app backtrace",
        'I, [2026-12-01T10:00:0«S».123456 #«T»]  INFO -- : [«M»-req] Started GET "/orders/«M»" for 10.0.0.1 at 2026-12-01 10:00:00 +0000',
        """\
F, [2026-12-01T10:00:0«S».223456 #«T»] FATAL -- : [«M»-req]   
[«M»-req] «E» (Couldn't find Order with 'id'=«M»):
[«M»-req]   
[«M»-req] app/controllers/orders_controller.rb:«L12»:in `«F»'""",
        'I, [2026-12-01T10:00:0«S».323456 #«T»]  INFO -- : [«M»-req] Started GET "/orders/«M»" for 10.0.0.1 at 2026-12-01 10:00:00 +0000',
        ("«E»",),
        ("ActiveRecord::RecordNotFound", "ActiveRecord::StatementInvalid"),
        ("show", "edit"),
    ),
    # ---------------------------------------------------------------- PHP
    Shape(
        "php8 error_log: PHP Fatal error:  Uncaught, #N frames, thrown in",
        '[01-Dec-2026 10:00:0«S» UTC] PHP Warning:  Undefined array key "size" in «D»/src/Cart.php on line «L7»',
        """\
[01-Dec-2026 10:00:0«S» UTC] PHP Fatal error:  Uncaught «E»: could not load order «M» in «D»/src/Orders.php:«L42»
Stack trace:
#0 «D»/src/Orders.php(«L20»): App\\Orders->«F»(«M»)
#1 «D»/public/index.php(«L8»): App\\Orders->show(«M»)
#2 {main}
  thrown in «D»/src/Orders.php on line «L42»""",
        '[01-Dec-2026 10:00:0«S» UTC] PHP Warning:  Undefined array key "size" in «D»/src/Cart.php on line «L7»',
        ("«E»",),
        ("RuntimeException", "LogicException"),
        ("load", "parse"),
    ),
    Shape(
        "php8 Next chain (previous exception first)",
        '[01-Dec-2026 10:00:0«S» UTC] PHP Warning:  Undefined array key "size" in «D»/src/Cart.php on line «L7»',
        """\
[01-Dec-2026 10:00:0«S» UTC] PHP Fatal error:  Uncaught PDOException: SQLSTATE[HY000] [2002] Connection refused in «D»/src/Db.php:«L14»
Stack trace:
#0 «D»/src/Db.php(«L14»): PDO->__construct('mysql:host=db', 'shop', Object(SensitiveParameterValue))
#1 «D»/src/Orders.php(«L40»): App\\Db->connect()
#2 «D»/public/index.php(«L8»): App\\Orders->«F»(«M»)
#3 {main}

Next «E»: could not load order «M» in «D»/src/Orders.php:«L42»
Stack trace:
#0 «D»/public/index.php(«L8»): App\\Orders->«F»(«M»)
#1 {main}
  thrown in «D»/src/Orders.php on line «L42»""",
        '[01-Dec-2026 10:00:0«S» UTC] PHP Warning:  Undefined array key "size" in «D»/src/Cart.php on line «L7»',
        ("«E»", "PDOException"),
        ("RuntimeException", "LogicException"),
        ("load", "parse"),
    ),
    # ---------------------------------------------------------------- BEAM
    Shape(
        "elixir GenServer terminating with ** (RuntimeError), Last message, State",
        "10:00:0«S».123 [info] order «M» shown",
        """\
10:00:0«S».124 [error] GenServer Shop.OrderWorker terminating
** («E») bad order «M»
    (shop 0.1.0) lib/shop/order_worker.ex:«L42»: Shop.OrderWorker.«F»/1
    (shop 0.1.0) lib/shop/order_worker.ex:«L20»: Shop.OrderWorker.handle_info/2
    (stdlib 5.2) gen_server.erl:1095: :gen_server.try_handle_info/3
    (stdlib 5.2) gen_server.erl:1183: :gen_server.handle_msg/6
    (stdlib 5.2) proc_lib.erl:241: :proc_lib.init_p_do_apply/3
Last message: :tick
State: %{id: «M»}""",
        "10:00:0«S».125 [info] order «M» shown",
        ("«E»",),
        ("RuntimeError", "ArgumentError"),
        ("load_order", "save_order"),
    ),
    Shape(
        "elixir Task terminating with ** (stop) exited in GenServer.call",
        "10:00:0«S».123 [info] order «M» shown",
        """\
10:00:0«S».124 [error] Task #PID<0.«T».0> started from Shop.Supervisor terminating
** (stop) exited in: GenServer.call(Shop.Cache, {:get, «M»}, 5000)
    ** (EXIT) time out
    (elixir 1.16.0) lib/gen_server.ex:1114: GenServer.call/3
    (shop 0.1.0) lib/shop/orders.ex:«L42»: Shop.Orders.«F»/1
Function: #Function<0.1234/0 in Shop.Orders.sync/0>
    Args: []""",
        "10:00:0«S».125 [info] order «M» shown",
        ("stop", "EXIT"),
        None,
        ("load", "save"),
    ),
    # ---------------------------------------------------------------- native
    Shape(
        "c++ terminate called after throwing an instance of",
        STDERR,
        """\
terminate called after throwing an instance of '«E»'
  what():  bad order «M»
Aborted (core dumped)""",
        "service restarted",
        ("«E»",),
        ("std::runtime_error", "std::out_of_range"),
        None,
        func=False,
    ),
    Shape(
        "AddressSanitizer report: #N 0x... in func file:line:col",
        STDERR,
        """\
=================================================================
==«T»==ERROR: AddressSanitizer: «E» on address 0x602000000010 at pc «X» bp 0x7ffd5c8e1e50 sp 0x7ffd5c8e1e48
READ of size 4 at 0x602000000010 thread T0
    #0 «X» in Order::«F»() const «D»/src/order.cpp:«L42»:12
    #1 0x55d0c1e2f8a1 in process_orders(std::vector<Order*, std::allocator<Order*> >&) «D»/src/main.cpp:«L20»:5
    #2 0x7f3a2b629d8f in __libc_start_call_main ../sysdeps/nptl/libc_start_call_main.h:58:16
    #3 0x7f3a2b629e3f in __libc_start_main ../csu/libc-start.c:392:3
    #4 0x55d0c1e2f1e4 in _start («D»/build/shop+0x1e4)

0x602000000010 is located 0 bytes inside of 4-byte region [0x602000000010,0x602000000014)
freed by thread T0 here:
    #0 0x7f3a2b8b6b6f in operator delete(void*) ../../../../src/libsanitizer/asan/asan_new_delete.cpp:160
    #1 0x55d0c1e2f7f2 in cleanup(Order*) «D»/src/main.cpp:«L12»:3

SUMMARY: AddressSanitizer: «E» «D»/src/order.cpp:«L42»:12 in Order::«F»() const
==«T»==ABORTING""",
        "service restarted",
        ("AddressSanitizer: «E»",),
        ("heap-use-after-free", "heap-buffer-overflow"),
        ("total", "count"),
    ),
    # ---------------------------------------------------------------- Perl
    Shape(
        "perl Carp confess: at FILE line N. and called at lines",
        "[2026-12-01 10:00:0«S»] sync started for «M»",
        """\
bad order «M» at «D»/lib/Shop/Orders.pm line «L42».
\tShop::Orders::«F»(«M») called at «D»/lib/Shop/Orders.pm line «L20»
\tShop::Orders::sync_all() called at «D»/bin/sync.pl line «L5»""",
        "[2026-12-01 10:00:0«S»] sync started for «M»",
        ("error",),
        None,
        ("load_order", "save_order"),
    ),
    # ---------------------------------------------------------------- Dart, Swift
    Shape(
        "dart VM: Unhandled exception: and #N frames",
        "2026-12-01 10:00:0«S».123 INFO shop: order «M» shown",
        """\
Unhandled exception:
«E»: bad order «M»
#0      «F» (package:shop/orders.dart:«L42»:5)
#1      main (file://«D»/bin/shop.dart:«L5»:3)
#2      _delayEntrypointInvocation.<anonymous closure> (dart:isolate-patch/isolate_patch.dart:297:19)
#3      _RawReceivePort._handleMessage (dart:isolate-patch/isolate_patch.dart:184:12)""",
        "2026-12-01 10:00:0«S».125 INFO shop: order «M» shown",
        ("«E»",),
        ("FormatException", "StateError"),
        ("parseOrder", "loadOrder"),
    ),
    Shape(
        "flutter logcat: E/flutter ( pid): Unhandled Exception",
        "I/flutter ( 4711): order «M» shown",
        """\
E/flutter ( 4711): [ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: «E»: bad order «M»
E/flutter ( 4711): #0      «F» (package:shop/orders.dart:«L42»:5)
E/flutter ( 4711): #1      _CartState.build (package:shop/cart.dart:«L20»:7)
E/flutter ( 4711): #2      StatelessElement.build (package:flutter/src/widgets/framework.dart:5687:49)
E/flutter ( 4711): """,
        "I/flutter ( 4711): order «M» shown",
        ("«E»",),
        ("FormatException", "StateError"),
        ("parseOrder", "loadOrder"),
    ),
    Shape(
        "swift Fatal error: ... file x.swift, line N",
        "[2026-12-01T10:00:0«S»Z] info: order «M» shown",
        """\
Fatal error: «E»: file Shop/Orders.swift, line «L42»""",
        "[2026-12-01T10:00:0«S»Z] info: order «M» shown",
        ("Fatal error",),
        ("Index out of range", "Unexpectedly found nil while unwrapping an Optional value"),
        None,
        func=False,
    ),
    # ---------------------------------------------------------------- more hosts
    Shape(
        "py uncaught ExceptionGroup on bare stderr (starts indented with `  + `)",
        STDERR,
        """\
  + Exception Group Traceback (most recent call last):
  |   File "«D»/shop/batch.py", line «L30», in <module>
  |     asyncio.run(main())
  |   File "«D»/shop/batch.py", line «L20», in main
  |     async with asyncio.TaskGroup() as tg:
  | ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception)
  +-+---------------- 1 ----------------
    | Traceback (most recent call last):
    |   File "«D»/shop/batch.py", line «L9», in «F»
    |     raise «E»(f"bad order {n}")
    | «E»: bad order «M»
    +------------------------------------""",
        "worker restarted",
        ("ExceptionGroup", "«E»"),
        ("ValueError", "TypeError"),
        ("fetch_order", "parse_order"),
    ),
    Shape(
        "py uncaught traceback on bare stderr after the program's own line",
        "Running migrations for tenant «M»",
        """\
Traceback (most recent call last):
  File "«D»/manage.py", line «L22», in <module>
    main()
  File "«D»/shop/migrate.py", line «L40», in «F»
    raise «E»(f"tenant {tenant} missing")
«E»: tenant «M» missing""",
        "Running migrations for tenant «M»",
        ("«E»",),
        ("RuntimeError", "LookupError"),
        ("migrate", "rollback"),
    ),
    Shape(
        "java logstash-logback-encoder JSON: stack_trace field",
        "",
        """\
java.lang.«E»: could not load order «M»
\tat com.acme.shop.OrderService.«F»(OrderService.java:«L42»)
\tat com.acme.shop.OrderController.show(OrderController.java:«L27»)
\tat java.base/java.lang.Thread.run(Thread.java:1583)
Caused by: java.net.ConnectException: Connection refused
\tat java.base/sun.nio.ch.Net.connect0(Native Method)
\tat com.acme.shop.ErpClient.fetch(ErpClient.java:«L19»)
\t... 2 common frames omitted""",
        "",
        ("java.lang.«E»", "java.net.ConnectException"),
        ("IllegalStateException", "IllegalArgumentException"),
        ("loadOrder", "saveOrder"),
        line='{"@timestamp":"2026-12-01T10:00:0«S».124Z","@version":"1","message":"failed to load order «M»",'
        '"logger_name":"com.acme.shop.OrderController","thread_name":"http-nio-8080-exec-«T»",'
        '"level":"ERROR","level_value":40000,"stack_trace":«TRACE»}',
    ),
    Shape(
        "Serilog CLEF JSON: @x exception",
        "",
        """\
System.«E»: could not load order «M»
   at Shop.Orders.OrderService.«F»(Int32 id) in «D»/Shop/Orders/OrderService.cs:line «L42»
   at Shop.Controllers.OrdersController.Get(Int32 id) in «D»/Shop/Controllers/OrdersController.cs:line «L20»""",
        "",
        ("System.«E»",),
        ("InvalidOperationException", "ArgumentException"),
        ("LoadAsync", "SaveAsync"),
        line='{"@t":"2026-12-01T10:00:0«S».124Z","@mt":"Failed to load order {OrderId}","@l":"Error",'
        '"@x":«TRACE»,"OrderId":«M»}',
    ),
    Shape(
        "go panic on stderr among the service's JSON lines",
        "",
        """\
panic: runtime error: index out of range [«M»] with length 3

goroutine «T» [running]:
main.(*OrderService).«F»(...)
\t«D»/internal/orders/service.go:«L42»
main.main()
\t«D»/cmd/api/main.go:«L18» +0x45
exit status 2""",
        "",
        ("runtime error",),
        None,
        ("Load", "Save"),
    ),
    Shape(
        "node uncaught on stderr among pino JSON lines",
        "",
        """\
«D»/src/orders.js:«L42»
    throw new «E»(`bad order ${id}`);
    ^

«E»: bad order «M»
    at «F» («D»/src/orders.js:«L42»:11)
    at Object.<anonymous> («D»/src/index.js:«L5»:1)
    at Module._compile (node:internal/modules/cjs/loader:1376:14)

Node.js v20.11.1""",
        "",
        ("«E»",),
        ("TypeError", "RangeError"),
        ("loadOrder", "saveOrder"),
    ),
    Shape(
        "py RecursionError with [Previous line repeated N more times]",
        PY_LOG,
        """\
2026-12-01 10:00:0«S»,124 ERROR shop.tree: walk of category «M» failed
Traceback (most recent call last):
  File "«D»/shop/tree.py", line «L20», in walk_all
    return «F»(root)
           ^^^^^^^^^^
  File "«D»/shop/tree.py", line «L12», in «F»
    return «F»(node.parent)
           ^^^^^^^^^^^^^^^^^
  File "«D»/shop/tree.py", line «L12», in «F»
    return «F»(node.parent)
           ^^^^^^^^^^^^^^^^^
  [Previous line repeated 996 more times]
«E»: maximum recursion depth exceeded""",
        PY_LOG,
        ("«E»",),
        ("RecursionError", "MemoryError"),
        ("walk", "climb"),
    ),
    Shape(
        ".NET AggregateException with (Inner Exception #0)",
        "2026-12-01 10:00:0«S».123 +00:00 [INF] Order «M» shown",
        """\
2026-12-01 10:00:0«S».124 +00:00 [ERR] Batch «M» failed
System.AggregateException: One or more errors occurred. (could not load order «M»)
 ---> System.«E»: could not load order «M»
   at Shop.Orders.OrderService.«F»(Int32 id) in «D»/Shop/Orders/OrderService.cs:line «L42»
   at System.Threading.Tasks.Task.InnerInvoke()
   --- End of inner exception stack trace ---
   at System.Threading.Tasks.Task.WaitAllCore(Task[] tasks, Int32 millisecondsTimeout, CancellationToken cancellationToken)
   at Shop.Batch.Run() in «D»/Shop/Batch.cs:line «L18»""",
        "2026-12-01 10:00:0«S».125 +00:00 [INF] Order «M» shown",
        ("System.AggregateException", "System.«E»"),
        ("InvalidOperationException", "FormatException"),
        ("Load", "Save"),
    ),
    Shape(
        "go1.23 traceback goroutine header with gp= m= fields",
        "2026/12/01 10:00:0«S» serving on :8080",
        """\
panic: bad order «M»

goroutine «T» gp=0xc000006c40 m=0 mp=0x6b3f40 [running]:
main.(*OrderService).«F»(0xc000012345)
\t«D»/internal/orders/service.go:«L42» +0x2e
main.main()
\t«D»/cmd/api/main.go:«L18» +0x45
exit status 2""",
        "2026/12/01 10:00:0«S» serving on :8080",
        ("panic",),
        None,
        ("Load", "Save"),
    ),
    Shape(
        "node winston JSON: stack with error properties block",
        "",
        """\
Error: connect ECONNREFUSED 10.0.4.7:5432
    at «F» («D»/src/db.js:«L42»:11)
    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1595:16)""",
        "",
        ("Error",),
        None,
        ("connectDb", "connectCache"),
        line='{"level":"error","message":"db down for order «M»","stack":«TRACE»,'
        '"timestamp":"2026-12-01T10:00:0«S».124Z"}',
    ),
]
