"""What real runtimes print when they fail, among their program's log lines, ingested whole:
each crash or logged stack one event, its exception named, the lines around it their own."""

from __future__ import annotations

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
