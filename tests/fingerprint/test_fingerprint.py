from __future__ import annotations

import pyarrow as pa

from errctl.fingerprint.fingerprint import (
    canonical_chain,
    chain_fingerprint,
    template_fingerprint,
    template_fingerprints,
)
from errctl.models import ExceptionInfo, Frame


def frames(*specs: tuple[str, str, int]) -> tuple[Frame, ...]:
    return tuple(Frame(file=f, function=fn, lineno=n) for f, fn, n in specs)


APP = frames(("/srv/app/api/views.py", "create", 10), ("/srv/app/api/db.py", "save", 20))
LIB = frames(("/usr/lib/python3.11/site-packages/sqlalchemy/engine.py", "execute", 99))


def test_fingerprints_are_versioned():
    assert template_fingerprint("x <*>").startswith("fp1:")
    assert chain_fingerprint([ExceptionInfo("ValueError", "bad", APP)]).startswith("fp1:")


def test_line_numbers_directories_and_messages_do_not_move_a_stack_fingerprint():
    a = ExceptionInfo("IntegrityError", "duplicate key 17", APP + LIB, "python")
    moved = frames(("/deploy/v2/api/views.py", "create", 11), ("/deploy/v2/api/db.py", "save", 25))
    b = ExceptionInfo("IntegrityError", "duplicate key 99", moved + LIB, "python")
    assert chain_fingerprint([a]) == chain_fingerprint([b])


def test_library_frames_do_not_count_when_app_frames_exist():
    a = ExceptionInfo("E", "", APP + LIB)
    b = ExceptionInfo("E", "", APP)
    assert chain_fingerprint([a]) == chain_fingerprint([b])
    only_lib = ExceptionInfo("E", "", LIB)
    assert "engine.py:execute" in canonical_chain([only_lib])


def test_type_and_causes_distinguish_groups():
    a = ExceptionInfo("KeyError", "", APP)
    b = ExceptionInfo("ValueError", "", APP)
    assert chain_fingerprint([a]) != chain_fingerprint([b])
    assert chain_fingerprint([a]) != chain_fingerprint([a, b])


def test_recursion_counts_once():
    rec = frames(("/srv/app/tree.py", "walk", 5))
    assert chain_fingerprint([ExceptionInfo("RecursionError", "", rec * 50)]) == (
        chain_fingerprint([ExceptionInfo("RecursionError", "", rec)])
    )


def test_without_frames_the_masked_value_counts():
    a = ExceptionInfo("TimeoutError", "after 30s to 10.0.0.1")
    b = ExceptionInfo("TimeoutError", "after 5s to 10.0.0.2")
    c = ExceptionInfo("TimeoutError", "pool exhausted")
    assert chain_fingerprint([a]) == chain_fingerprint([b]) != chain_fingerprint([c])


def test_java_lambda_names_do_not_move_fingerprints():
    a = ExceptionInfo("E", "", (Frame(module="com.acme.Svc", function="lambda$run$0"),))
    b = ExceptionInfo("E", "", (Frame(module="com.acme.Svc", function="lambda$run$3"),))
    assert chain_fingerprint([a]) == chain_fingerprint([b])


def test_vectorised_template_fingerprints():
    got = template_fingerprints(pa.array(["a <*>", "b", "a <*>"])).to_pylist()
    assert got == [template_fingerprint("a <*>"), template_fingerprint("b"), got[0]]


GO_HANDLER = (
    Frame(
        file="/usr/lib/go-1.19/src/net/http/server.go", module="net/http", function="(*conn).serve"
    ),
    Frame(file="/srv/shop/main.go", module="main", function="handler", lineno=24),
)


def test_go_runtime_errors_in_one_function_are_told_apart_by_their_kind():
    """The runtime's panics are all typed `runtime error`: a nil dereference and an index out
    of range in one handler were one group. Their messages name the kind (Go types of their
    own); the indexes in them are values."""
    nil = ExceptionInfo(
        "runtime error", "invalid memory address or nil pointer dereference", GO_HANDLER, "go"
    )
    index5 = ExceptionInfo(
        "runtime error", "index out of range [5] with length 2", GO_HANDLER, "go"
    )
    index9 = ExceptionInfo(
        "runtime error", "index out of range [9] with length 3", GO_HANDLER, "go"
    )
    assert chain_fingerprint([nil]) != chain_fingerprint([index5])
    assert chain_fingerprint([index5]) == chain_fingerprint([index9])
    assert canonical_chain([index5]).splitlines()[0] == (
        "runtime error: index out of range [<*>] with length <*>"
    )
    # A program's own panic is named by its stack, whatever it says, as any language's error.
    a = ExceptionInfo("panic", "order 5 has no lines", GO_HANDLER, "go")
    b = ExceptionInfo("panic", "cannot happen", GO_HANDLER, "go")
    assert chain_fingerprint([a]) == chain_fingerprint([b])
