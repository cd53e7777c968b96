"""Traces as runtimes print them, read into the chain and fingerprint an SRE expects: the same
problem keeps one fingerprint wherever the program was deployed, whatever its line numbers."""

from __future__ import annotations

from errctl.fingerprint.fingerprint import chain_fingerprint
from errctl.formats.stacktrace import parse_trace
from errctl.models import Frame

PY_TRACE = """\
Traceback (most recent call last):
  File "{root}/shop/views.py", line {line}, in show_order
    order = load_order(order_id)
  File "{root}/shop/orders.py", line 42, in load_order
    return ORDERS[order_id]
KeyError: 4711"""


def test_a_python_trace_keeps_its_fingerprint_from_a_container_to_a_laptop_checkout():
    roots = ("/usr/src/app", "/app", "/home/alice/src/shop", "/srv/app-v2")
    chains = [parse_trace(PY_TRACE.format(root=root, line=31 + n)) for n, root in enumerate(roots)]
    assert len({chain_fingerprint(c) for c in chains}) == 1
    assert [f.file for f in chains[0][0].frames][-1] == "/usr/src/app/shop/orders.py"


DENO = """\
error: Uncaught (in promise) {type}: bad order {n}
    throw new {type}(`bad order ${{id}}`);
          ^
    at loadOrder (file:///srv/app/src/orders.ts:42:11)
    at async file:///srv/app/main.ts:5:1"""


def test_deno_names_the_error_not_its_own_error_prefix():
    (exc,) = parse_trace(DENO.format(type="TypeError", n=4711))
    assert (exc.type, exc.value) == ("TypeError", "bad order 4711")  # not the excerpt below it
    assert [f.function for f in exc.frames] == [None, "loadOrder"]
    other = parse_trace(DENO.format(type="RangeError", n=4711))
    assert chain_fingerprint(other) != chain_fingerprint((exc,))


NODE_REJECTION = """\
node:internal/process/promises:289
            triggerUncaughtException(err, true /* fromPromise */);
            ^

[UnhandledPromiseRejection: This error originated either by throwing inside of an async \
function without a catch block, or by rejecting a promise which was not handled with .catch(). \
The promise rejected with the reason "{reason}".] {{
  code: 'ERR_UNHANDLED_REJECTION'
}}

Node.js v20.11.1"""


def test_a_promise_rejected_with_no_error_is_named_by_its_reason():
    (exc,) = parse_trace(NODE_REJECTION.format(reason="order 4711 not found"))
    assert (exc.type, exc.value) == ("UnhandledPromiseRejection", "order 4711 not found")
    same = parse_trace(NODE_REJECTION.format(reason="order 9902 not found"))
    other = parse_trace(NODE_REJECTION.format(reason="order 4711 timed out"))
    assert chain_fingerprint(same) == chain_fingerprint((exc,)) != chain_fingerprint(other)


DART = """\
Unhandled exception:
{type}: bad order {n}
#0      {func} (package:shop/orders.dart:{line}:5)
#1      main (file:///srv/app/bin/shop.dart:5:3)
#2      _delayEntrypointInvocation.<anonymous closure> (dart:isolate-patch/isolate_patch.dart:297:19)
#3      _RawReceivePort._handleMessage (dart:isolate-patch/isolate_patch.dart:184:12)"""  # noqa: E501


def _dart(type="FormatException", n=4711, func="parseOrder", line=42):
    return parse_trace(DART.format(type=type, n=n, func=func, line=line))


def test_dart_vm_crash_is_read_with_its_frames():
    (exc,) = _dart()
    assert (exc.type, exc.value) == ("FormatException", "bad order 4711")
    inner = exc.frames[-1]
    assert (inner.function, inner.file, inner.lineno, inner.colno) == (
        "parseOrder",
        "package:shop/orders.dart",
        42,
        5,
    )
    fp = chain_fingerprint(_dart())
    assert chain_fingerprint(_dart(n=9902, line=49)) == fp
    assert chain_fingerprint(_dart(type="StateError")) != fp
    assert chain_fingerprint(_dart(func="loadOrder")) != fp


def test_swift_fatal_error_in_both_spellings():
    for text in (
        "Fatal error: Index out of range: file Shop/Orders.swift, line 42",
        "Shop/Orders.swift:42: Fatal error: Index out of range",
    ):
        (exc,) = parse_trace(text)
        assert (exc.type, exc.value) == ("Fatal error", "Index out of range")


def test_cxx_terminate_names_the_exception_type_and_what():
    (exc,) = parse_trace(
        "terminate called after throwing an instance of 'std::out_of_range'\n"
        "  what():  vector::_M_range_check: __n (which is 5) >= this->size() (which is 3)\n"
    )
    assert exc.type == "std::out_of_range"
    assert exc.value.startswith("vector::_M_range_check")


ASAN = """\
=================================================================
==4711==ERROR: AddressSanitizer: {kind} on address 0x602000000010 at pc {pc} bp 0x7ffd5c8e1e50 sp 0x7ffd5c8e1e48
READ of size 4 at 0x602000000010 thread T0
    #0 {pc} in Order::{func}() const {root}/src/order.cpp:{line}:12
    #1 0x55d0c1e2f8a1 in process_orders(std::vector<Order*, std::allocator<Order*> >&) {root}/src/main.cpp:20:5
    #2 0x7f3a2b629d8f in __libc_start_call_main ../sysdeps/nptl/libc_start_call_main.h:58:16
    #3 0x55d0c1e2f1e4 in _start ({root}/build/shop+0x1e4)

0x602000000010 is located 0 bytes inside of 4-byte region [0x602000000010,0x602000000014)
freed by thread T0 here:
    #0 0x7f3a2b8b6b6f in operator delete(void*) ../../../../src/libsanitizer/asan/asan_new_delete.cpp:160
    #1 0x55d0c1e2f7f2 in cleanup(Order*) {root}/src/main.cpp:12:3

SUMMARY: AddressSanitizer: {kind} {root}/src/order.cpp:{line}:12 in Order::{func}() const
==4711==ABORTING"""  # noqa: E501


def _asan(kind="heap-use-after-free", func="total", root="/srv/app", line=42, pc="0x55d0c1e2f79f"):
    return parse_trace(ASAN.format(kind=kind, func=func, root=root, line=line, pc=pc))


def test_a_sanitizer_report_is_its_bug_and_the_stack_of_the_access():
    (exc,) = _asan()
    assert exc.type == "AddressSanitizer: heap-use-after-free"
    assert [(f.function, f.lineno) for f in exc.frames] == [
        ("_start", None),
        ("__libc_start_call_main", 58),
        ("process_orders", 20),
        ("total", 42),
    ]
    # the C library's own frame, and the binary's start, which has no debug information
    assert [f.in_app for f in exc.frames] == [False, False, None, None]
    fp = chain_fingerprint(_asan())
    assert chain_fingerprint(_asan(root="/home/alice/shop", line=49, pc="0x7f00deadbe10")) == fp
    assert chain_fingerprint(_asan(kind="heap-buffer-overflow")) != fp
    assert chain_fingerprint(_asan(func="count")) != fp


def test_dart_and_flutter_frames_are_not_the_apps():
    from errctl.fingerprint.inapp import is_library_frame

    (exc,) = _dart()
    assert [is_library_frame(f) for f in exc.frames] == [True, True, False, False]
    assert is_library_frame(Frame(file="package:flutter/src/widgets/framework.dart"))
