"""The global hooks (in subprocesses, where they end the process) and `capture`."""

from __future__ import annotations

import asyncio
import json
import logging
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from errctl import sdk
from errctl.sdk import capture, context
from tests.conftest import subprocess_env
from tests.sdk import capture_logs

PRELUDE = """
import asyncio, logging, sys, threading
from errctl import sdk
sdk.configure(service="hooked", log_dir=sys.argv[1], console=False, error_file=False)
"""


def run_script(tmp_path: Path, body: str) -> tuple[subprocess.CompletedProcess, list[dict]]:
    script = tmp_path / "app.py"
    script.write_text(PRELUDE + textwrap.dedent(body))
    proc = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "logs")],
        env=subprocess_env(),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    log = tmp_path / "logs" / "hooked.jsonl"
    events = [json.loads(x) for x in log.read_text().splitlines()] if log.exists() else []
    return proc, events


def test_sys_excepthook_logs_the_crash_with_the_context_it_was_raised_in(tmp_path):
    proc, events = run_script(
        tmp_path,
        """
        sdk.install_excepthook()
        def start():
            raise sdk.ConfigurationError("DATABASE_URL is not set", code="no_db")
        with sdk.context(phase="startup"):
            start()
        """,
    )
    assert proc.returncode == 1
    assert proc.stderr == ""  # logged, not printed twice (call_previous is off)
    (event,) = events
    assert event["level"] == "critical"
    assert event["logger"] == "uncaught"
    assert event["message"] == "uncaught exception"
    assert event["exception"][0]["type"] == "errctl.sdk.errors.ConfigurationError"
    assert [f["function"] for f in event["exception"][0]["frames"]] == ["<module>", "start"]
    assert event["context"] == {"phase": "startup"}
    assert event["error_code"] == "no_db"


def test_sys_excepthook_can_still_print_pythons_report(tmp_path):
    proc, events = run_script(
        tmp_path,
        """
        sdk.install_excepthook(call_previous=True)
        raise ValueError("boom")
        """,
    )
    assert proc.returncode == 1
    assert "ValueError: boom" in proc.stderr
    assert [e["exception"][0]["type"] for e in events] == ["ValueError"]


def test_keyboard_interrupt_is_left_to_python(tmp_path):
    proc, events = run_script(
        tmp_path,
        """
        sdk.install_excepthook()
        raise KeyboardInterrupt
        """,
    )
    assert proc.returncode != 0
    assert "KeyboardInterrupt" in proc.stderr
    assert events == []


def test_threading_excepthook_logs_a_dying_thread_with_its_bound_context(tmp_path):
    proc, events = run_script(
        tmp_path,
        """
        sdk.install_excepthook()
        def work():
            raise sdk.ExternalServiceError("mail refused")
        def leave():
            raise SystemExit(3)
        with sdk.context(request_id="r-7"):
            t = threading.Thread(target=sdk.bind_context(work), name="mailer")
        t.start(); t.join()
        s = threading.Thread(target=leave); s.start(); s.join()
        logging.getLogger("app").info("still running")
        """,
    )
    assert proc.returncode == 0
    crash, alive = events
    assert crash["level"] == "error"
    assert crash["message"] == "uncaught exception in thread mailer"
    assert crash["message_template"] == "uncaught exception in thread %s"
    assert crash["thread"] == "mailer"
    assert crash["context"] == {"request_id": "r-7"}
    assert crash["exception"][0]["frames"][-1]["function"] == "work"
    assert alive["message"] == "still running"


def test_asyncio_handler_logs_callback_errors_inside_a_running_loop(tmp_path):
    proc, events = run_script(
        tmp_path,
        """
        def tick():
            with sdk.context(job="tick"):
                raise RuntimeError("tick failed")
        async def main():
            sdk.install_excepthook()
            asyncio.get_running_loop().call_soon(tick)
            await asyncio.sleep(0.01)
        asyncio.run(main())
        """,
    )
    assert proc.returncode == 0
    (event,) = events
    assert event["level"] == "error"
    assert event["message"].startswith("Exception in callback tick()")
    assert event["exception"][0]["type"] == "RuntimeError"
    assert event["context"] == {"job": "tick"}
    assert "asyncio_handle" in event["extra"]


def test_asyncio_handler_logs_a_task_exception_never_retrieved(tmp_path):
    proc, events = run_script(
        tmp_path,
        """
        import gc
        async def doomed():
            raise LookupError("lost")
        async def main():
            sdk.install_excepthook()
            task = asyncio.get_running_loop().create_task(doomed())
            await asyncio.sleep(0.01)
            del task
            gc.collect()
            await asyncio.sleep(0.01)
        asyncio.run(main())
        """,
    )
    assert proc.returncode == 0
    (event,) = events
    assert event["message"] == "Task exception was never retrieved"
    assert event["exception"][0]["type"] == "LookupError"


def test_install_and_uninstall_restore_the_previous_hooks():
    before = (sys.excepthook, threading.excepthook)
    sdk.install_excepthook()
    sdk.install_excepthook()  # twice: still restorable
    assert sys.excepthook is not before[0]
    sdk.uninstall_excepthook()
    assert (sys.excepthook, threading.excepthook) == before


def test_install_sets_the_handler_of_the_loop_it_is_given():
    loop = asyncio.new_event_loop()
    try:
        sdk.install_excepthook(loop=loop)
        assert loop.get_exception_handler() is sdk.asyncio_exception_handler
    finally:
        sdk.uninstall_excepthook()
        loop.close()


# -- capture


def _missing(sku: str) -> None:
    raise sdk.NotFoundError("unknown product", sku=sku)


def test_capture_logs_with_context_and_reraises():
    @capture(step="lookup")
    def lookup(sku: str) -> None:
        _missing(sku)

    with (
        capture_logs("tests.sdk.test_hooks") as handler,
        context(request_id="r1"),
        pytest.raises(sdk.NotFoundError),
    ):
        lookup("sku-1")
    (event,) = handler.events
    assert event["level"] == "warning"  # a NotFoundError is low severity
    assert event["logger"] == "tests.sdk.test_hooks"
    assert event["message"] == event["message_template"]
    assert event["message"].endswith("lookup failed")
    assert event["context"] == {"request_id": "r1", "step": "lookup", "sku": "sku-1"}
    assert [f["function"] for f in event["exception"][0]["frames"]][-2:] == ["lookup", "_missing"]


def test_capture_returns_a_default_when_told_to():
    @capture(default=[], message="search failed", logger="sdk-test", level="ERROR")
    def search() -> list:
        raise TimeoutError("slow")

    with capture_logs() as handler:
        assert search() == []
    (event,) = handler.events
    assert (event["level"], event["message"]) == ("error", "search failed")


def test_capture_bare_decorator_and_reraise_false():
    @capture
    def plain() -> int:
        raise ValueError("x")

    quiet = capture(reraise=False, logger="sdk-test")(plain.__wrapped__)
    with capture_logs(__name__) as handler, pytest.raises(ValueError):
        plain()
    assert handler.events[0]["level"] == "error"
    with capture_logs() as handler:
        assert quiet() is None
    assert len(handler.events) == 1


def test_nested_captures_log_an_exception_once():
    @capture(logger="sdk-test")
    def outer() -> None:
        inner()

    @capture(logger="sdk-test", message="inner failed")
    def inner() -> None:
        raise ConnectionError("down")

    with capture_logs() as handler, pytest.raises(ConnectionError):
        outer()
    assert [e["message"] for e in handler.events] == ["inner failed"]


def test_capture_as_a_block_suppresses_with_a_default_and_names_its_function():
    def checkout() -> sdk.hooks.Capture:
        with capture(default=None, logger="sdk-test", order_id="o-1") as cap:
            raise sdk.DatabaseError("write failed")
        return cap

    with capture_logs() as handler:
        cap = checkout()
    assert isinstance(cap.exception, sdk.DatabaseError)
    (event,) = handler.events
    assert event["level"] == "error"
    assert event["message"].endswith("checkout failed")
    assert event["context"] == {"order_id": "o-1"}
    assert sdk.get_context() == {}


def test_capture_ignores_exceptions_it_was_not_asked_about():
    with (
        capture_logs() as handler,
        pytest.raises(KeyError),
        capture(exceptions=(ValueError,), logger="sdk-test"),
    ):
        raise KeyError("k")
    assert handler.events == []


def test_capture_on_coroutines():
    @capture(default="fallback", logger="sdk-test", job="async")
    async def fetch() -> str:
        await asyncio.sleep(0)
        raise sdk.ExternalServiceError("upstream 503")

    with capture_logs() as handler:
        assert asyncio.run(fetch()) == "fallback"
    (event,) = handler.events
    assert event["context"] == {"job": "async"}
    assert event["exception"][0]["frames"][-1]["function"] == "fetch"


def test_capture_keeps_working_when_logging_is_not_configured():
    # No handler at all: logging's last resort prints it; capture must not break the call.
    @capture(default=0, logger=logging.getLogger("sdk-unconfigured"))
    def f() -> int:
        raise ValueError("x")

    assert f() == 0
