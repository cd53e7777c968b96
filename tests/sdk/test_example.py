"""examples/shop_app, run for real: every error it makes is stored by errctl's ingest with its
type, frames, template and context, and repeated errors share one group."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from tests.conftest import ROOT, errctl_cmd, subprocess_env

pytestmark = pytest.mark.slow

SDK = "errctl.sdk.errors."


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("shop")
    logs = tmp / "logs"
    run = subprocess.run(
        [sys.executable, "-m", "examples.shop_app.main", "--log-dir", str(logs), "--crash"],
        env=subprocess_env(),
        cwd=ROOT,  # `-m examples...` resolves from the repository root
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1, run.stderr  # the --crash at the end is uncaught
    log_file = logs / "shop.jsonl"
    db = tmp / "store.duckdb"
    subprocess.run(
        [*errctl_cmd(), "--db", str(db), "ingest", str(log_file), "--quiet"],
        env=subprocess_env(),
        cwd=tmp,
        check=True,
        timeout=120,
    )
    out = subprocess.run(
        [*errctl_cmd(), "--db", str(db), "search", "--format", "ndjson", "--limit", "0"],
        env=subprocess_env(),
        cwd=tmp,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    events = [json.loads(line) for line in out.splitlines()]
    return {"events": events, "raw": log_file.read_text(), "stderr": run.stderr, "logs": logs}


def _errors(stored: dict, exc_type: str) -> list[dict]:
    return [e for e in stored["events"] if e["exception_type"] == SDK + exc_type]


def _functions(event: dict, index: int = 0) -> list[str]:
    return [f.get("function") for f in event["stack"][index]["frames"]]


def test_every_line_written_is_stored(stored):
    lines = stored["raw"].splitlines()
    assert len(stored["events"]) == len(lines)
    assert {e["format"] for e in stored["events"]} == {"json"}
    assert {e["service"] for e in stored["events"]} == {"shop"}
    assert all(not e["timestamp_inferred"] for e in stored["events"])


def test_unknown_products_are_one_group_with_their_frames_template_and_context(stored):
    found = _errors(stored, "NotFoundError")
    assert len(found) == 2
    assert len({e["fingerprint"] for e in found}) == 1
    for e in found:
        assert e["level"] == "warning"
        assert e["exception_value"] == "unknown product"
        assert _functions(e)[-2:] == ["place_order", "get_product"]
        assert e["template"] == "order rejected"
        assert e["attributes"]["message_template"] == "order rejected"
        assert e["attributes"]["error_code"] == "sku_not_found"
    contexts = sorted((e["attributes"]["context"] for e in found), key=lambda c: c["sku"])
    assert contexts == [
        {"request_id": "req-ord-3-u-3", "user_id": "u-3", "sku": "sku-404"},
        {"request_id": "req-ord-6-u-7", "user_id": "u-7", "sku": "sku-999"},
    ]


def test_gateway_timeouts_are_one_group_with_their_cause(stored):
    timeouts = [
        e for e in _errors(stored, "ExternalServiceError") if e["exception_value"].endswith("out")
    ]
    assert len(timeouts) == 2
    assert len({e["fingerprint"] for e in timeouts}) == 1
    for e in timeouts:
        assert e["level"] == "error"
        assert [x["type"] for x in e["stack"]] == [SDK + "ExternalServiceError", "TimeoutError"]
        assert _functions(e, 0) == ["place_order", "charge"]
        assert _functions(e, 1) == ["charge", "_post"]
        assert e["template"] == "payment failed for order <*>"
        assert e["attributes"]["message_template"] == "payment failed for order %s"
        assert e["attributes"]["context"]["gateway"] == "acme-pay"
    assert {e["attributes"]["context"]["request_id"] for e in timeouts} == {
        "req-ord-2-u-2",
        "req-ord-5-u-6",
    }
    assert {e["message"] for e in timeouts} == {
        "payment failed for order ord-2",
        "payment failed for order ord-5",
    }


def test_a_declined_card_is_its_own_group_and_its_secrets_never_reach_the_disk(stored):
    (declined,) = [
        e for e in _errors(stored, "ExternalServiceError") if "declined" in e["exception_value"]
    ]
    assert declined["exception_value"] == "card [REDACTED-CARD] declined (api_key=[REDACTED])"
    assert _functions(declined) == ["place_order", "charge", "_post"]
    for secret in ("4000000000000002", "sk_live_51HxExampleKey", "hunter2"):
        for path in stored["logs"].iterdir():
            assert secret not in path.read_text(), (secret, path.name)
        assert secret not in stored["stderr"]
    (login,) = [e for e in stored["events"] if e["message"].startswith("login retry")]
    assert login["message"] == "login retry for u-1 with password=[REDACTED]"
    assert login["attributes"]["message_template"] == "login retry for %s with password=%s"


def test_validation_and_database_errors(stored):
    (invalid,) = _errors(stored, "ValidationError")
    assert _functions(invalid)[-2:] == ["place_order", "validate"]
    assert invalid["attributes"]["context"]["quantity"] == 0
    assert invalid["level"] == "warning"

    (db_error,) = _errors(stored, "DatabaseError")
    assert [x["type"] for x in db_error["stack"]] == [
        SDK + "DatabaseError",
        "sqlite3.IntegrityError",
    ]
    assert _functions(db_error, 0) == ["place_order", "save"]
    assert db_error["template"] == "could not save order"
    assert db_error["attributes"]["context"] == {
        "request_id": "req-ord-1-u-5",
        "user_id": "u-5",
        "stage": "storage",
    }
    # logged once, by the innermost capture, though it passed through two
    assert db_error["attributes"]["error_code"] == "duplicate_order"


def test_thread_asyncio_and_crash_reach_the_store_through_the_hooks(stored):
    by_value = defaultdict(list)
    for e in stored["events"]:
        by_value[e["exception_value"]].append(e)
    (receipt,) = by_value["mail server refused the receipt"]
    assert receipt["logger"] == "uncaught"
    assert receipt["attributes"]["message_template"] == "uncaught exception in thread %s"
    assert _functions(receipt)[-1] == "send_receipt"
    assert receipt["attributes"]["context"] == {"request_id": "req-receipts", "user_id": "u-1"}

    (stock,) = by_value["warehouse API unavailable"]
    assert _functions(stock)[-1] == "sync_stock"
    assert stock["attributes"]["context"] == {"job": "stock-sync", "sku": "sku-100"}

    (crash,) = _errors(stored, "ConfigurationError")
    assert crash["level"] == "critical"
    assert crash["exception_value"] == "PAYMENT_GATEWAY_URL is not set"
    assert _functions(crash)[-1] == "main"
    assert crash["attributes"]["context"] == {"phase": "startup-check", "setting": "gateway_url"}


def test_distinct_errors_are_distinct_groups(stored):
    groups = {
        e["fingerprint"] for e in stored["events"] if e["exception_type"] and e["level"] != "info"
    }
    # not found, validation, database, timeout, declined, receipt, stock, crash
    assert len(groups) == 8


def test_the_example_runs_as_a_script_too(tmp_path: Path):
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "examples" / "shop_app" / "main.py"),
            "--log-dir",
            "out",
            "--quiet",
        ],
        env={k: v for k, v in subprocess_env().items() if k != "PYTHONPATH"},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert (tmp_path / "out" / "shop.jsonl").stat().st_size > 0
    assert (tmp_path / "out" / "shop.errors.jsonl").stat().st_size > 0
