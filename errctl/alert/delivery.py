"""Sending what the outbox holds: signed POSTs with timeouts, retries and claims.

Per outbox row (a notification for one receiver): POST its stored body, signed afresh (a new
`webhook-timestamp`, the same `webhook-id`). A connection error, a timeout, 429 or 5xx is
retried up to the receiver's `retries` times within the run, after an exponential backoff with
jitter, or after the response's Retry-After when it gives one (capped by
`alerts.max_retry_after`; a longer one defers the row to a run after that time). Any other 4xx
is not retried within the run: the request itself is wrong (a bad URL, a rejected body), which
a person must fix. Whatever was not acknowledged with a 2xx stays pending in the outbox and is
tried again by the next run, so nothing is lost while a receiver is down.

Receivers are sent to side by side, each on a thread of its own, its rows in the order they
were queued: a receiver that is down does not hold back the others' alerts. A row whose tries
all failed on a connection error, a timeout, 429 or 5xx ends the run's sending to its receiver:
the rows after it are not tried (they stay pending, as that row does), so a receiver that hangs
costs a run one row's tries, not every row's.

A row is marked delivered right after its 2xx, in its own small write, so a run killed later
does not send it again; a run killed between the 2xx and that write sends it once more with the
same `webhook-id` (receivers deduplicate on it, as Standard Webhooks asks). Before sending, a
run claims its rows (host:pid and a lease): an overlapping run leaves them alone, and a run
finds the rows of a killed one free again at once (its pid is gone) or when the lease ends.

Delivery runs on the wall clock, whatever time a run evaluated its rules at (`alert --at`):
the `webhook-timestamp` is checked by receivers against their own clock (a signature from
another time reads as a replay); Retry-After asks for a wait in real seconds; claims and leases
are compared by overlapping runs that know nothing of `--at` (a lease dated in the past would
let another run send the same row at once); and `delivered_at` says when the receiver really
acknowledged, as it does for a row a later, plain run sends.
"""

from __future__ import annotations

import os
import queue
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import httpx

from errctl import __version__
from errctl.alert.signing import sign_headers
from errctl.config.schema import AlertsConfig, ReceiverConfig
from errctl.errors import ErrctlError
from errctl.models import OutboxItem
from errctl.query.timespec import utc_now
from errctl.store.duckdb_store import DuckDBStore

BACKOFF_BASE = 0.5  # seconds before the first retry (then doubled, with jitter)
BACKOFF_CAP = 30.0
ERROR_CHARS = 300  # of a response body kept as the last error
MAX_PARALLEL_RECEIVERS = 8  # receivers sent to at once; more wait for a free thread


@dataclass(frozen=True, slots=True)
class Attempt:
    """One POST: acknowledged (2xx) or not, and whether trying again may help."""

    ok: bool
    status: int | None = None
    error: str | None = None
    retryable: bool = False
    retry_after: float | None = None


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    id: str
    receiver: str
    kind: str
    title: str
    delivered: bool
    attempts: int  # in all, over every run
    status: int | None = None  # the last HTTP status, if a response came
    error: str | None = None
    next_attempt: datetime | None = None  # a Retry-After that defers it past this run
    # Not tried in this run: its receiver failed a row before it (its error says which), or is
    # not in the configuration. Said once per receiver, not once per row (cli/alert.py).
    skipped: bool = False


@dataclass(slots=True)
class DeliveryReport:
    results: list[DeliveryResult] = field(default_factory=list)
    pending: int = 0  # rows left undelivered in the outbox after this run, less in_flight
    in_flight: int = 0  # rows an overlapping live run has claimed and is sending now

    @property
    def delivered(self) -> list[DeliveryResult]:
        return [r for r in self.results if r.delivered]

    @property
    def failed(self) -> list[DeliveryResult]:
        return [r for r in self.results if not r.delivered]


@dataclass(slots=True)
class Transport:
    """The network and the clock, injectable so that tests need not wait."""

    sleep: Callable[[float], None] = time.sleep
    jitter: Callable[[], float] = random.random
    clock: Callable[[], float] = time.time
    client: httpx.Client | None = None

    def post(self, url: str, body: bytes, headers: dict[str, str], timeout: float) -> Attempt:
        client = self.client or httpx.Client(follow_redirects=False)
        try:
            response = client.post(url, content=body, headers=headers, timeout=timeout)
        except httpx.TimeoutException as e:
            return Attempt(
                False, error=f"timed out after {timeout:g}s ({type(e).__name__})", retryable=True
            )
        except httpx.TransportError as e:
            return Attempt(False, error=f"{type(e).__name__}: {e}", retryable=True)
        except httpx.HTTPError as e:  # an invalid URL and the like: trying again will not help
            return Attempt(False, error=f"{type(e).__name__}: {e}")
        finally:
            if self.client is None:
                client.close()
        code = response.status_code
        if 200 <= code < 300:
            return Attempt(True, status=code)
        text = " ".join(response.text.split())[:ERROR_CHARS]
        error = f"HTTP {code}" + (f": {text}" if text else "")
        retryable = code == 429 or code >= 500
        return Attempt(
            False,
            status=code,
            error=error,
            retryable=retryable,
            retry_after=retry_after(response.headers.get("retry-after"), self.clock())
            if retryable
            else None,
        )


def retry_after(value: str | None, now: float) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now)


def backoff(attempt: int, jitter: float) -> float:
    """Seconds before retry number `attempt` (0-based): exponential, capped, with jitter
    between half and all of it (two senders do not retry in lock step)."""
    return min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt) * (0.5 + jitter / 2)


class ReceiverUnusable(ErrctlError):
    """A receiver cannot be used as configured (its URL or secret variable is not set)."""


def receiver_target(cfg: ReceiverConfig) -> tuple[str, str | None]:
    """(URL, secret or None) of a receiver, read from the environment where the config says."""
    url = cfg.url
    if url is None:
        url = os.environ.get(cfg.url_env or "")
        if not url:
            raise ReceiverUnusable(f"the environment variable {cfg.url_env} (url_env) is not set")
    secret = None
    if cfg.secret_env:
        secret = os.environ.get(cfg.secret_env)
        if not secret:
            raise ReceiverUnusable(
                f"the environment variable {cfg.secret_env} (secret_env) is not set"
            )
    return url, secret


def send(
    item: OutboxItem, cfg: ReceiverConfig, transport: Transport, max_retry_after: float
) -> tuple[Attempt, int, float | None]:
    """POST one row, retrying as the module doc says. Returns (the last attempt, attempts
    made, seconds a too-long Retry-After asked to wait, if that ended the run's tries)."""
    try:
        url, secret = receiver_target(cfg)
    except ErrctlError as e:
        return Attempt(False, error=e.message), 0, None
    made = 0
    while True:
        headers = {
            "content-type": "application/json",
            "user-agent": f"errctl/{__version__}",
            **sign_headers(secret, item.id, int(transport.clock()), item.body),
        }
        attempt = transport.post(url, item.body, headers, cfg.timeout)
        made += 1
        if attempt.ok or not attempt.retryable or made > cfg.retries:
            return attempt, made, None
        if attempt.retry_after is not None:
            if attempt.retry_after > max_retry_after:
                return attempt, made, attempt.retry_after
            transport.sleep(attempt.retry_after)
        else:
            transport.sleep(backoff(made - 1, transport.jitter()))


def claimer() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _claim_is_free(item: OutboxItem, now: datetime) -> bool:
    if item.claimed_by is None or item.claimed_until is None or item.claimed_until <= now:
        return True
    host, _, pid = item.claimed_by.rpartition(":")
    if host != socket.gethostname() or not pid.isdecimal():
        return False  # another machine's run: wait for its lease
    if int(pid) == os.getpid():
        return True
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True  # the run that claimed it is gone (killed): free at once
    except PermissionError:
        return False
    return False


def _lease(cfg: AlertsConfig) -> timedelta:
    worst = (
        max(
            (r.timeout * (r.retries + 1) + r.retries * max(BACKOFF_CAP, cfg.max_retry_after))
            for r in cfg.receivers.values()
        )
        if cfg.receivers
        else 60.0
    )
    return timedelta(seconds=worst + 60)


def deliver_outbox(
    store: DuckDBStore,
    cfg: AlertsConfig,
    *,
    transport: Transport | None = None,
    ids: Sequence[str] | None = None,
    now: Callable[[], datetime] = utc_now,
) -> DeliveryReport:
    """Send the pending rows of the outbox (only those with these notification ids, when
    given) that are due and not claimed by a live run; record each outcome."""
    transport = transport or Transport()
    report = DeliveryReport()
    start = now()
    due = [
        item
        for item in store.outbox(status="pending", ids=ids)
        if (item.next_attempt is None or item.next_attempt <= start) and _claim_is_free(item, start)
    ]
    mine = store.claim_outbox(due, claimer(), start + _lease(cfg))
    place = {(item.id, item.receiver): i for i, item in enumerate(mine)}
    for item, sent in _send_by_receiver(cfg, mine, transport):
        report.results.append(_record(store, item, sent, now))
    report.results.sort(key=lambda r: place[(r.id, r.receiver)])  # as queued, not as finished
    # A row another live run is sending is not left undelivered by this one: counting it would
    # make the overlapping cron run exit 5 (and mail) about what is being delivered right now.
    left = store.outbox(status="pending")
    end = now()
    report.in_flight = sum(1 for item in left if not _claim_is_free(item, end))
    report.pending = len(left) - report.in_flight
    return report


@dataclass(frozen=True, slots=True)
class _Sent:
    """What sending one row came to: its last attempt, the attempts made, the seconds a long
    Retry-After deferred it by (None: not deferred)."""

    attempt: Attempt
    made: int
    wait: float | None = None

    @property
    def receiver_down(self) -> bool:
        """Whether the receiver is not to be sent more rows in this run: it failed this one
        on every try, where trying again could have helped (a long Retry-After defers its
        row alone, as it asks)."""
        return not self.attempt.ok and self.attempt.retryable and self.wait is None


_DONE = object()  # a receiver's thread has sent (or skipped) all its rows


def _send_by_receiver(
    cfg: AlertsConfig, items: Sequence[OutboxItem], transport: Transport
) -> Iterator[tuple[OutboxItem, _Sent]]:
    """Send `items`, each receiver's on a thread of its own in the order given; yield each
    row's outcome as it comes, in this thread, where the store is written. A thread sends its
    next row only once the one before is recorded (the module doc's "right after its 2xx":
    a run killed later does not send it again).

    The threads are daemons, and an interrupt (Ctrl-C) or an error here does not wait for
    them: a receiver that hangs would hold the exit for its timeout times its tries (a minute
    with 30s and one retry). Their rows stay claimed by this process's pid, which is gone
    once it exits: the next run finds them free at once (`_claim_is_free`)."""
    by_receiver: dict[str, list[OutboxItem]] = {}
    for item in items:
        by_receiver.setdefault(item.receiver, []).append(item)
    if not by_receiver:
        return
    outcomes: queue.SimpleQueue[object] = queue.SimpleQueue()
    stop = threading.Event()  # this thread is gone (an error): the others send no more
    jobs: queue.SimpleQueue[list[OutboxItem]] = queue.SimpleQueue()
    for rows in by_receiver.values():
        jobs.put(rows)
    failures: list[BaseException] = []

    def work() -> None:
        while not stop.is_set():
            try:
                rows = jobs.get_nowait()
            except queue.Empty:
                return
            try:
                _send_in_order(cfg, rows, transport, outcomes.put, stop)
            except BaseException as e:  # raised in the caller's thread, not lost
                failures.append(e)
            finally:
                outcomes.put(_DONE)

    workers = [
        threading.Thread(target=work, name=f"errctl-deliver-{i}", daemon=True)
        for i in range(min(MAX_PARALLEL_RECEIVERS, len(by_receiver)))
    ]
    for worker in workers:
        worker.start()
    try:
        finished = 0
        while finished < len(by_receiver):
            outcome = outcomes.get()
            if outcome is _DONE:
                finished += 1
                continue
            item, sent, recorded = outcome  # type: ignore[misc]
            try:
                yield item, sent
            finally:
                recorded.set()
    finally:
        stop.set()
    for worker in workers:
        worker.join()
    if failures:
        raise failures[0]


def _send_in_order(
    cfg: AlertsConfig,
    items: Sequence[OutboxItem],
    transport: Transport,
    put: Callable[[object], None],
    stop: threading.Event,
) -> None:
    """One receiver's rows, one after another, on this thread, each once the one before is
    recorded; after a row that finds the receiver down, the rest are not tried (module
    doc)."""
    own = transport.client is None  # a client of its own: a connection pool per thread
    if own:
        transport = replace(transport, client=httpx.Client(follow_redirects=False))
    try:
        down: str | None = None
        for item in items:
            receiver = cfg.receivers.get(item.receiver)
            if receiver is None:
                error = f"no receiver {item.receiver!r} in the configuration"
                sent = _Sent(Attempt(False, error=error), 0)
            elif down is not None:
                error = f"not tried in this run: {item.receiver} failed the row before ({down})"
                sent = _Sent(Attempt(False, error=error), 0)
            else:
                sent = _Sent(*send(item, receiver, transport, cfg.max_retry_after))
                if sent.receiver_down:
                    down = sent.attempt.error
            recorded = threading.Event()
            put((item, sent, recorded))
            while not recorded.wait(0.1):
                if stop.is_set():
                    return
            if stop.is_set():
                return
    finally:
        if own and transport.client is not None:
            transport.client.close()


def _record(
    store: DuckDBStore,
    item: OutboxItem,
    sent: _Sent,
    now: Callable[[], datetime],
) -> DeliveryResult:
    """Write one row's outcome (delivered, or pending again with its error), releasing it."""
    attempt = sent.attempt
    at = now()
    next_attempt = at + timedelta(seconds=sent.wait) if sent.wait is not None else None
    attempts = item.attempts + sent.made
    store.finish_outbox(
        item,
        delivered_at=at if attempt.ok else None,
        attempts=attempts,
        next_attempt=next_attempt,
        last_error=None if attempt.ok else attempt.error,
    )
    return DeliveryResult(
        item.id,
        item.receiver,
        item.kind,
        item.title,
        attempt.ok,
        attempts,
        attempt.status,
        None if attempt.ok else attempt.error,
        next_attempt,
        skipped=sent.made == 0 and not attempt.ok,
    )
