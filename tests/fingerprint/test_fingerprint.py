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
