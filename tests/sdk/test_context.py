"""Context: nesting, threads, asyncio tasks, and the snapshot an exception carries."""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from errctl.sdk import bind_context, context, exception_context, get_context
from tests.sdk import capture_logs


def test_nested_blocks_layer_and_restore():
    assert get_context() == {}
    with context(request_id="r1", user_id=1) as inside:
        assert inside == {"request_id": "r1", "user_id": 1}
        with context(user_id=2, step="pay"):
            assert get_context() == {"request_id": "r1", "user_id": 2, "step": "pay"}
        assert get_context() == {"request_id": "r1", "user_id": 1}
    assert get_context() == {}


def test_the_block_restores_on_error_and_the_exception_carries_the_innermost_context():
    with pytest.raises(KeyError) as info, context(request_id="r1"), context(step="inner"):
        raise KeyError("x")
    assert get_context() == {}
    assert exception_context(info.value) == {"request_id": "r1", "step": "inner"}


def test_get_context_is_a_copy():
    with context(a=1):
        get_context()["a"] = 2
        assert get_context() == {"a": 1}


def test_every_event_inside_carries_the_context():
    with capture_logs() as handler:
        log = logging.getLogger("sdk-test")
        with context(request_id="r1", user_id=42):
            log.info("inside")
        log.info("outside")
    inside, outside = handler.events
    assert inside["context"] == {"request_id": "r1", "user_id": 42}
    assert "context" not in outside


def test_as_a_decorator_sync_and_async():
    @context(job="sync")
    def work() -> dict:
        return get_context()

    @context(job="async")
    async def awork() -> dict:
        return get_context()

    assert work() == {"job": "sync"}
    assert asyncio.run(awork()) == {"job": "async"}
    assert get_context() == {}


def test_threads_start_empty_and_do_not_see_each_other():
    barrier = threading.Barrier(4)
    seen: dict[int, dict] = {}

    def worker(i: int) -> None:
        assert get_context() == {}
        with context(worker=i):
            barrier.wait()  # every thread is inside its block at the same time
            seen[i] = get_context()
            barrier.wait()

    with context(request_id="main"):
        threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert get_context() == {"request_id": "main"}
    assert seen == {i: {"worker": i} for i in range(4)}


def test_bind_context_carries_the_callers_context_into_threads_and_pools():
    with context(request_id="r9"):
        bound = bind_context(get_context)
        result: list[dict] = []
        t = threading.Thread(target=lambda: result.append(bound()))
        t.start()
        t.join()
        with ThreadPoolExecutor(2) as pool:
            pooled = list(pool.map(lambda _: bound(), range(4)))
    assert result == [{"request_id": "r9"}]
    assert pooled == [{"request_id": "r9"}] * 4


def test_bind_context_changes_inside_stay_inside():
    def change() -> dict:
        with context(extra=1):
            pass
        from errctl.sdk.context import CONTEXT

        CONTEXT.set({"leaked": True})
        return get_context()

    with context(a=1):
        bound = bind_context(change)
        assert bound() == {"leaked": True}
        assert bound() == {"leaked": True}
        assert get_context() == {"a": 1}


def test_an_exception_leaving_a_bound_function_carries_its_context():
    def fail() -> None:
        raise ValueError("x")

    with context(request_id="r2"):
        bound = bind_context(fail)
    with pytest.raises(ValueError) as info:
        bound()
    assert exception_context(info.value) == {"request_id": "r2"}


def test_asyncio_tasks_inherit_and_stay_isolated():
    with capture_logs() as handler:
        log = logging.getLogger("sdk-test")

        async def handle(i: int) -> dict:
            async with context(request_id=f"r{i}"):
                await asyncio.sleep(0.01 * (3 - i))  # interleave the tasks
                log.info("handled %s", i)
                return get_context()

        async def main() -> list[dict]:
            with context(service_run="batch"):
                return await asyncio.gather(*(handle(i) for i in range(3)))

        results = asyncio.run(main())
    assert results == [{"service_run": "batch", "request_id": f"r{i}"} for i in range(3)]
    by_message = {e["message"]: e["context"] for e in handler.events}
    assert by_message == {
        f"handled {i}": {"service_run": "batch", "request_id": f"r{i}"} for i in range(3)
    }
    assert get_context() == {}


def test_a_context_object_is_reentrant():
    block = context(depth="x")

    @block
    def recurse(n: int) -> int:
        return n if n == 0 else recurse(n - 1)

    with block, block:
        assert get_context() == {"depth": "x"}
    assert recurse(3) == 0
    assert get_context() == {}
