"""Delivery against a real HTTP server on 127.0.0.1: retries, Retry-After, timeouts, refused
connections, the outbox across runs, and Standard Webhooks signatures checked by an
independent implementation."""

from __future__ import annotations

import base64
import hashlib
import hmac
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from standardwebhooks import Webhook

from errctl.alert import send_message
from errctl.alert.delivery import backoff, retry_after
from errctl.alert.run import run_alerts, send_test
from errctl.store.duckdb_store import DuckDBStore
from tests.alert.conftest import add_events, ev, receiver_toml, settings_from

T = datetime(2026, 11, 28, 12, 0)
M = timedelta(minutes=1)
NEW_RULE = '[[alerts.rules]]\nname = "new"\nkind = "new"\n'
SECRET = "whsec_" + base64.b64encode(b"a very secret key, 32 bytes long").decode()


@pytest.fixture
def store(db: Path) -> DuckDBStore:
    s = DuckDBStore(db)
    add_events(s, ev("a1", T - 3 * M), ev("b2", T - 2 * M), ev("c3", T - M))
    return s


def settings_for(tmp_path, url: str, **receiver) -> object:
    return settings_from(tmp_path, receiver_toml("ops", url, **receiver) + NEW_RULE)


def test_5xx_is_retried_with_backoff_then_delivered(tmp_path, store, receiver, transport, sleeps):
    receiver.script = [500, 503]
    settings = settings_for(tmp_path, receiver.url, retries=3)
    run = run_alerts(store, settings, at=T, transport=transport)
    assert run.delivery.pending == 0 and len(receiver.acked()) == 3
    assert sleeps.calls == [backoff(0, 0.5), backoff(1, 0.5)]  # exponential: 0.375, 0.75
    assert [r.attempts for r in run.delivery.results] == [3, 1, 1]


def test_429_honours_retry_after(tmp_path, store, receiver, transport, sleeps):
    receiver.script = [("status", 429, {"Retry-After": "7"})]
    run = run_alerts(store, settings_for(tmp_path, receiver.url), at=T, transport=transport)
    assert sleeps.calls == [7.0] and run.delivery.pending == 0


def test_a_long_retry_after_defers_to_a_later_run(tmp_path, store, receiver, transport, sleeps):
    receiver.script = [("status", 429, {"Retry-After": "3600"})]
    settings = settings_for(tmp_path, receiver.url)
    run = run_alerts(store, settings, at=T, transport=transport)
    assert sleeps.calls == [] and run.delivery.pending == 1
    [deferred] = run.delivery.failed
    assert deferred.next_attempt is not None and "HTTP 429" in deferred.error
    # The next run leaves it alone (not due yet) and delivers nothing twice.
    again = run_alerts(store, settings, at=T + M, transport=transport)
    assert again.delivery.results == [] and again.delivery.pending == 1
    assert retry_after("Wed, 21 Oct 2015 07:28:00 GMT", 1445412480.0) == 0.0
    assert retry_after("120", 0.0) == 120.0 and retry_after("soon", 0.0) is None


def test_other_4xx_is_not_retried(tmp_path, store, receiver, transport, sleeps):
    receiver.default = 400
    run = run_alerts(store, settings_for(tmp_path, receiver.url), at=T, transport=transport)
    assert len(receiver.requests) == 3 and sleeps.calls == []  # one try each
    assert run.delivery.pending == 3 and all("HTTP 400" in r.error for r in run.delivery.failed)


def test_timeouts_then_recovery_deliver_each_exactly_once(tmp_path, store, receiver, transport):
    receiver.default = "stall"
    receiver.stall_seconds = 2.0
    settings = settings_for(tmp_path, receiver.url, timeout=0.3, retries=1)
    run = run_alerts(store, settings, at=T, transport=transport)
    assert run.delivery.pending == 3
    assert all("timed out" in r.error for r in run.delivery.failed)
    receiver.release.set()  # the receiver recovers
    receiver.default = 200
    again = run_alerts(store, settings, at=T + M, transport=transport)
    assert again.sent == [] and again.delivery.pending == 0
    ids = {r.notification.id for r in run.sent}
    assert sorted(receiver.acked_ids()) == sorted(ids)  # each once, none lost


def test_connection_refused_stays_in_the_outbox_until_the_receiver_is_up(
    tmp_path, store, receiver, transport, closed_port, sleeps
):
    down = settings_for(tmp_path, f"http://127.0.0.1:{closed_port}/hook", retries=2)
    run = run_alerts(store, down, at=T, transport=transport)
    # The first row's three tries find it down: the two after it are not tried in this run.
    assert run.delivery.pending == 3 and len(sleeps.calls) == 2
    assert [r.attempts for r in run.delivery.results] == [3, 0, 0]
    assert all("ConnectError" in r.error for r in run.delivery.failed)
    # Two consecutive runs while it is down: nothing new is decided, the same three wait.
    run = run_alerts(store, down, at=T + M, transport=transport)
    assert run.sent == [] and run.delivery.pending == 3
    up = settings_for(tmp_path, receiver.url)
    run = run_alerts(store, up, at=T + 2 * M, transport=transport)
    assert run.sent == [] and run.delivery.pending == 0 and len(receiver.acked()) == 3
    assert len(set(receiver.acked_ids())) == 3
    run = run_alerts(store, up, at=T + 3 * M, transport=transport)
    assert run.delivery.results == [] and len(receiver.requests) == 3


def test_a_receiver_that_hangs_does_not_hold_back_another(
    tmp_path, store, receiver, another_receiver, transport
):
    """Receivers are sent to side by side: the hanging one answers only once the other has
    had every row, which a run sending one receiver's rows after the other's never sees
    (its tries time out first)."""
    hanging, healthy = receiver, another_receiver
    hanging.default = "stall"
    toml = receiver_toml("hanging", hanging.url, timeout=5.0, retries=0)
    toml += receiver_toml("healthy", healthy.url, retries=0)
    settings = settings_from(tmp_path, toml + NEW_RULE)

    def release_when_healthy_has_all() -> None:
        for _ in range(1000):
            if len(healthy.acked()) == 3:
                hanging.release.set()
                return
            time.sleep(0.01)

    watcher = threading.Thread(target=release_when_healthy_has_all, daemon=True)
    watcher.start()
    run = run_alerts(store, settings, at=T, transport=transport)
    watcher.join()
    assert run.delivery.pending == 0 and len(run.delivery.delivered) == 6
    assert len(hanging.acked()) == 3 and len(healthy.acked()) == 3
    # Reported in the order the rows were queued, whichever thread finished first.
    queued = [(item.id, item.receiver) for item in store.outbox()]
    assert [(r.id, r.receiver) for r in run.delivery.results] == queued


def test_signatures_verify_with_standardwebhooks(tmp_path, store, receiver, transport, monkeypatch):
    monkeypatch.setenv("OPS_SECRET", SECRET)
    settings = settings_for(tmp_path, receiver.url, secret_env="OPS_SECRET")
    run_alerts(store, settings, at=T, transport=transport)
    assert len(receiver.requests) == 3
    hook = Webhook(SECRET)
    for req in receiver.requests:
        payload = hook.verify(req.body, req.headers)  # raises when it does not verify
        assert payload["id"] == req.headers["webhook-id"]
    tampered = dict(receiver.requests[0].headers, **{"webhook-id": "evt_other"})
    with pytest.raises(Exception, match="signature"):
        hook.verify(receiver.requests[0].body, tampered)


def test_a_plain_secret_signs_with_its_bytes(tmp_path, store, receiver, transport, monkeypatch):
    # Written from the spec, independently of errctl.alert.signing.
    monkeypatch.setenv("OPS_SECRET", "plain-text secret")
    settings = settings_for(tmp_path, receiver.url, secret_env="OPS_SECRET")
    run_alerts(store, settings, at=T, transport=transport)
    for req in receiver.requests:
        signed = f"{req.headers['webhook-id']}.{req.headers['webhook-timestamp']}.".encode()
        digest = hmac.new(b"plain-text secret", signed + req.body, hashlib.sha256).digest()
        assert req.headers["webhook-signature"] == "v1," + base64.b64encode(digest).decode()


def test_a_missing_secret_variable_leaves_it_undelivered(tmp_path, store, receiver, transport):
    settings = settings_for(tmp_path, receiver.url, secret_env="NOT_SET_ANYWHERE")
    run = run_alerts(store, settings, at=T, transport=transport)
    assert receiver.requests == [] and run.delivery.pending == 3
    assert "NOT_SET_ANYWHERE" in run.delivery.failed[0].error


def test_url_from_the_environment(tmp_path, store, receiver, transport, monkeypatch):
    monkeypatch.setenv("OPS_URL", receiver.url)
    text = '[alerts.receivers.ops]\nkind = "webhook"\nurl_env = "OPS_URL"\n' + NEW_RULE
    run = run_alerts(store, settings_from(tmp_path, text), at=T, transport=transport)
    assert run.delivery.pending == 0 and len(receiver.acked()) == 3


def test_send_message_goes_through_the_outbox(tmp_path, store, receiver, transport, closed_port):
    monkey_down = settings_for(tmp_path, f"http://127.0.0.1:{closed_port}/x", retries=0)
    result = send_message(monkey_down, store, "ops", "Weekly report", "*3* new groups")
    assert not result.delivered and store.outbox(status="pending")[0].kind == "message"
    up = settings_for(tmp_path, receiver.url)
    ok = send_message(up, store, "ops", "Daily report", "all quiet", transport=transport)
    assert ok.delivered and receiver.acked()[0].json["text"] == "all quiet"
    # The first one is sent by the next alert run.
    run = run_alerts(
        store,
        settings_from(tmp_path, receiver_toml("ops", receiver.url)),
        at=T,
        transport=transport,
    )
    assert run.delivery.pending == 0
    assert [r.json["title"] for r in receiver.acked()] == ["Daily report", "Weekly report"]


def test_alert_test_sends_a_signed_test(tmp_path, receiver, transport, monkeypatch):
    monkeypatch.setenv("OPS_SECRET", SECRET)
    settings = settings_for(tmp_path, receiver.url, secret_env="OPS_SECRET")
    result = send_test(settings, "ops", transport=transport)
    assert result.delivered and result.status == 200
    body = Webhook(SECRET).verify(receiver.requests[0].body, receiver.requests[0].headers)
    assert body["type"] == "alert.test" and body["version"] == 1


def test_the_receiver_check_in_the_docs_verifies(tmp_path, store, receiver, transport, monkeypatch):
    import re

    text = (Path(__file__).parents[2] / "docs" / "alerts.md").read_text(encoding="utf-8")
    code = re.search(r"```python\n(import base64.*?)```", text, re.DOTALL).group(1)
    namespace: dict = {}
    exec(code, namespace)
    monkeypatch.setenv("OPS_SECRET", SECRET)
    run_alerts(
        store,
        settings_for(tmp_path, receiver.url, secret_env="OPS_SECRET"),
        at=T,
        transport=transport,
    )
    verify = namespace["verify"]
    for req in receiver.requests:
        assert verify(SECRET, req.headers, req.body)
        assert not verify(SECRET, req.headers, req.body + b" ")


def test_what_an_overlapping_live_run_is_sending_is_not_left_undelivered(
    tmp_path, store, receiver, transport, closed_port
):
    """Cron started a run while the last one still waits on a slow receiver: the new run
    leaves that run's rows alone and does not exit 5 about them (they are being sent)."""
    import os
    import socket

    from errctl.query.timespec import utc_now

    down = settings_for(tmp_path, f"http://127.0.0.1:{closed_port}/hook", retries=0)
    first = run_alerts(store, down, at=T, transport=transport)
    assert first.delivery.pending == 3 and first.delivery.in_flight == 0
    # Another live process on this host (our parent) claims them, with a long lease.
    other = f"{socket.gethostname()}:{os.getppid()}"
    lease = utc_now() + timedelta(hours=1)
    assert len(store.claim_outbox(store.outbox(status="pending"), other, lease)) == 3
    up = settings_for(tmp_path, receiver.url)
    run = run_alerts(store, up, at=T + M, transport=transport)
    assert run.delivery.results == [] and receiver.requests == []
    assert run.delivery.pending == 0 and run.delivery.in_flight == 3
    assert run.undelivered == 0  # so `errctl alert` exits 0, not 5
