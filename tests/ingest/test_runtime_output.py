"""What real runtimes print when they fail, among their program's log lines, ingested whole:
each crash or logged stack one event, its exception named, the lines around it their own."""

from __future__ import annotations

import json

from errctl.fingerprint.inapp import is_library_frame
from errctl.models import Frame
from tests.ingest.stored import stored_events

# A Go 1.19 program logging with the standard `log` (LstdFlags | Lmicroseconds | Lshortfile),
# an HTTP handler's panic that net/http recovered and logged through that same logger, then a
# `fatal error:` printed by two goroutines at once before the runtime's one report.
GO_LOG = """\
2026/12/01 01:32:18.631503 main.go:44: starting worker pid=27901 mode=http
2026/12/01 01:32:18.836632 server.go:3230: http: panic serving 127.0.0.1:52580: \
runtime error: invalid memory address or nil pointer dereference
goroutine 18 [running]:
net/http.(*conn).serve.func1()
\t/usr/lib/go-1.19/src/net/http/server.go:1850 +0xbf
panic({0x6769e0, 0x8b0f50})
\t/usr/lib/go-1.19/src/runtime/panic.go:890 +0x262
main.process(...)
\t/tmp/orders/main.go:16
main.main.func1({0x7354b0?, 0xc0000e6000?}, 0x4a6893?)
\t/tmp/orders/main.go:64 +0x29
net/http.HandlerFunc.ServeHTTP(0xc00008baf0?, {0x7354b0?, 0xc0000e6000?}, 0x0?)
\t/usr/lib/go-1.19/src/net/http/server.go:2109 +0x2f
created by net/http.(*Server).Serve
\t/usr/lib/go-1.19/src/net/http/server.go:3102 +0x4db
2026/12/01 01:32:18.836757 main.go:70: client done err=EOF
2026/12/01 01:32:18.853504 main.go:44: starting worker pid=27938 mode=concurrent
fatal error: concurrent map writes
fatal error: concurrent map writes

goroutine 9 [running]:
main.concurrent.func1()
\t/tmp/orders/main.go:36 +0x5b
created by main.concurrent
\t/tmp/orders/main.go:36 +0x2b

goroutine 1 [sleep]:
time.Sleep(0x12a05f200)
\t/usr/lib/go-1.19/src/runtime/time.go:195 +0x135
main.main()
\t/tmp/orders/main.go:56 +0x46a
"""


def test_go_log_with_a_recovered_handler_panic_and_a_fatal_error(tmp_path):
    rows = stored_events(tmp_path, GO_LOG, "line, exception_type, exception_value")
    assert rows == [
        (1, None, None),
        (2, "runtime error", "invalid memory address or nil pointer dereference"),
        (16, None, None),
        (17, None, None),
        (18, "fatal error", "concurrent map writes"),
    ]


# logback 1.2's default layout (time only) with an exception whose cause has a suppressed
# close() failure, then a JVM thread dump (`kill -3`) written to the same stdout.
LOGBACK_WITH_DUMP = """\
01:42:27.194 [main] WARN LbApp - slow request took 1234 ms
01:42:27.234 [main] ERROR LbApp - order processing failed
java.lang.IllegalStateException: could not load order 42
\tat LbApp.service(LbApp.java:16)
\tat LbApp.main(LbApp.java:22)
Caused by: java.sql.SQLException: Connection refused: db-42.internal:5432
\tat LbApp$Repo.load(LbApp.java:10)
\tat LbApp.service(LbApp.java:15)
\t... 1 common frames omitted
\tSuppressed: java.io.IOException: close failed for handle 0x7f29957569244595
\t\tat LbApp$Repo.close(LbApp.java:12)
\t\t... 2 common frames omitted
01:42:27.234 [main] INFO LbApp - sleeping
2026-12-01 01:42:27
Full thread dump OpenJDK 64-Bit Server VM (17.0.15+6-Debian-1deb12u1 mixed mode, sharing):

Threads class SMR info:
_java_thread_list=0x00007f8fbc112c40, length=2, elements={
0x00007f8fbc017f30, 0x00007f8fbc0f7a40
}

"main" #1 prio=5 os_prio=0 cpu=227.79ms elapsed=1.47s tid=0x00007f8fbc017f30 nid=0x2141 \
waiting on condition  [0x00007f8fc411e000]
   java.lang.Thread.State: TIMED_WAITING (sleeping)
\tat java.lang.Thread.sleep(java.base@17.0.15/Native Method)
\tat LbApp.main(LbApp.java:25)

"Reference Handler" #2 daemon prio=10 os_prio=0 cpu=0.31ms elapsed=1.21s \
tid=0x00007f8fbc0f7a40 nid=0x216c waiting on condition  [0x00007f8fc0c77000]
   java.lang.Thread.State: RUNNABLE
\tat java.lang.ref.Reference.waitForReferencePendingList(java.base@17.0.15/Native Method)

"VM Thread" os_prio=0 cpu=1.02ms elapsed=1.22s tid=0x00007f8fbc0e9c30 nid=0x216b runnable

JNI global refs: 6, weak refs: 0

01:42:30.279 [main] INFO LbApp - done
"""


def test_logback_exception_and_a_thread_dump_in_its_output(tmp_path):
    rows = stored_events(tmp_path, LOGBACK_WITH_DUMP, "line, level, exception_type, message")
    assert [row[:3] for row in rows] == [
        (1, "warning", None),
        (2, "error", "java.lang.IllegalStateException"),
        (13, "info", None),
        (14, None, None),  # the dump: a diagnostic, not an exception
        (35, "info", None),
    ]
    assert rows[3][3].startswith("Full thread dump OpenJDK")


# Ruby 3.1's Logger (its default format) logging an exception whose message error_highlight
# made three lines long, then an uncaught exception with its cause on stderr.
RUBY_LOGGER = """\
W, [2026-12-01T01:47:46.632528 #22477]  WARN -- orders: slow request took 1234 ms
E, [2026-12-01T01:47:46.632729 #22477] ERROR -- orders: undefined method `upcase' for nil:NilClass

  order.customer.upcase
                ^^^^^^^ (NoMethodError)
app.rb:34:in `notify'
app.rb:40:in `<main>'
I, [2026-12-01T01:47:46.633667 #22477]  INFO -- orders: done
app.rb:17:in `rescue in fetch': could not load order 7 (OrderError)
\tfrom app.rb:14:in `fetch'
\tfrom app.rb:40:in `<main>'
/usr/lib/ruby/3.1.0/json/common.rb:216:in `parse': unexpected token at '{' (JSON::ParserError)
\tfrom /usr/lib/ruby/3.1.0/json/common.rb:216:in `parse'
\tfrom app.rb:9:in `load'
\tfrom app.rb:15:in `fetch'
\tfrom app.rb:40:in `<main>'
"""


def test_ruby_logger_exception_with_a_message_of_several_lines(tmp_path):
    rows = stored_events(tmp_path, RUBY_LOGGER, "line, level, exception_type, exception_value")
    assert [row[:3] for row in rows] == [
        (1, "warning", None),
        (2, "error", "NoMethodError"),
        (8, "info", None),
        (9, "error", "OrderError"),
    ]
    assert rows[1][3].split("\n")[0] == "undefined method `upcase' for nil:NilClass"


# A Rust 1.95 program (env_logger's default format on stderr) whose threads panic: since Rust
# 1.89 the panic line names the thread's id after its name.
RUST_THREADS = """\
[2026-12-01T01:02:03Z INFO  orders] starting pid=29733

thread 'worker-1' (29734) panicked at src/main.rs:14:54:
no entry found for key
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
[2026-12-01T01:02:04Z ERROR orders] worker failed: true

thread '<unnamed>' (29735) panicked at src/main.rs:9:92:
called `Result::unwrap()` on an `Err` value: "connection refused"
[2026-12-01T01:02:05Z INFO  orders] done
"""


def test_rust_panics_in_threads_with_their_ids(tmp_path):
    rows = stored_events(tmp_path, RUST_THREADS, "line, exception_type, exception_value")
    assert rows == [
        (1, None, None),
        (3, "panic", "no entry found for key"),
        (6, None, None),
        (8, "panic", 'called `Result::unwrap()` on an `Err` value: "connection refused"'),
        (10, None, None),
    ]


# A Perl 5.36 script's own log lines on stderr, among Perl's warn and die and Carp's confess.
PERL_STDERR = """\
2026-12-01 01:56:38 [INFO] starting pid=15290
Use of uninitialized value $u in concatenation (.) or string at app.pl line 16.
2026-12-01 01:56:38 [ERROR] fetch failed: connection refused to db-15290.internal:5432 at \
lib/Shop/Repo.pm line 7.
\tShop::Repo::load(Shop::Repo=HASH(0x5604eec99ca0), 42) called at lib/Shop/Service.pm line 10
\tShop::Service::fetch(Shop::Service=HASH(0x5604eec6b4e8), 42) called at app.pl line 19
\teval {...} called at app.pl line 19

Can't call method "method" on an undefined value at app.pl line 21.
"""


def test_perl_warn_die_and_a_logged_confess(tmp_path):
    rows = stored_events(tmp_path, PERL_STDERR, "line, exception_type, exception_value, stack")
    assert [row[:3] for row in rows] == [
        (1, None, None),
        (2, None, None),
        (3, "error", "fetch failed: connection refused to db-15290.internal:5432"),
        (8, None, None),
    ]
    frames = json.loads(rows[2][3])[0]["frames"]
    assert [(f.get("module"), f["function"]) for f in frames] == [
        (None, "eval {...}"),
        ("Shop::Service", "fetch"),
        ("Shop::Repo", "load"),
    ]


# A Mojolicious app's error with Carp's backtrace through CPAN modules and Perl's own.
PERL_THROUGH_LIBRARIES = """\
2026-12-01 01:56:40 [ERROR] order 42 failed: DBI connect('dbname=shop','app',...) failed: \
connection refused at /usr/lib/x86_64-linux-gnu/perl5/5.36/DBI.pm line 683.
\tDBI::connect("DBI", "dbi:Pg:dbname=shop", "app", "...") called at \
/usr/share/perl5/DBIx/Connector.pm line 41
\tDBIx::Connector::_connect(DBIx::Connector=HASH(0x55d1c0a8e2a8)) called at \
/srv/shop/lib/Shop/Repo.pm line 12
\tShop::Repo::load(Shop::Repo=HASH(0x55d1c0a6b4e8), 42) called at \
/usr/local/share/perl/5.36.0/Mojolicious/Routes.pm line 204
"""


def test_perls_library_frames_are_not_in_app(tmp_path):
    rows = stored_events(tmp_path, PERL_THROUGH_LIBRARIES, "stack")
    frames = [Frame(**f) for f in json.loads(rows[0][0])[0]["frames"]]
    # Each sub where it was: the error's place for the innermost, else where it called the
    # next (a Carp line's file is its caller's).
    assert [(f.function, f.file, f.lineno, is_library_frame(f)) for f in frames] == [
        ("load", "/srv/shop/lib/Shop/Repo.pm", 12, False),
        ("_connect", "/usr/share/perl5/DBIx/Connector.pm", 41, True),
        ("connect", "/usr/lib/x86_64-linux-gnu/perl5/5.36/DBI.pm", 683, True),
    ]
