"""The shop's entry point: configure logging, install the hooks, serve a batch of requests (one
`context` each), send receipts from a thread, sync stock on an asyncio loop, and, with
`--crash`, die of a configuration error that only the excepthook sees.

    python -m examples.shop_app.main --log-dir /tmp/shop-logs [--crash]
    errctl ingest /tmp/shop-logs/shop.jsonl && errctl search --level warning
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import threading
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `examples` and `errctl` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from errctl import sdk
from examples.shop_app.orders import place_order
from examples.shop_app.storage import OrderStore

log = logging.getLogger("shop")

# (order id, user, sku, quantity, card): each line is a request the shop serves.
REQUESTS = [
    ("ord-1", "u-1", "sku-100", 1, "4242424242424242"),
    ("ord-2", "u-2", "sku-100", 2, "4242424242424242"),  # gateway timeout
    ("ord-3", "u-3", "sku-404", 1, "4242424242424242"),  # unknown product
    ("ord-4", "u-4", "sku-200", 0, "4242424242424242"),  # invalid quantity
    ("ord-1", "u-5", "sku-200", 1, "4242424242424242"),  # duplicate order id
    ("ord-5", "u-6", "sku-200", 1, "4242424242424242"),  # gateway timeout again
    ("ord-6", "u-7", "sku-999", 3, "4242424242424242"),  # unknown product again
    ("ord-7", "u-8", "sku-100", 1, "4000000000000002"),  # declined: secrets in the message
]


def send_receipt(order_id: str) -> None:
    # Runs in a thread with the request's context (bind_context); nobody catches its error.
    raise sdk.ExternalServiceError("mail server refused the receipt", code="smtp_refused")


def sync_stock(sku: str) -> None:
    with sdk.context(job="stock-sync", sku=sku):
        raise sdk.ExternalServiceError("warehouse API unavailable", code="warehouse_down")


async def nightly_jobs() -> None:
    sdk.install_excepthook()  # inside the loop, so the running loop gets the handler too
    loop = asyncio.get_running_loop()
    loop.call_soon(sync_stock, "sku-100")  # raises in a callback: the loop handler logs it

    async def audit(user: str) -> None:
        async with sdk.context(job="audit", user_id=user):
            await asyncio.sleep(0)
            log.info("audit done for %s", user)

    await asyncio.gather(audit("u-1"), audit("u-2"))
    await asyncio.sleep(0.01)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--log-dir", default="logs", help="where the log files go")
    parser.add_argument("--crash", action="store_true", help="end with an uncaught error")
    parser.add_argument("--quiet", action="store_true", help="no console output")
    args = parser.parse_args(argv)

    sdk.configure(service="shop", log_dir=args.log_dir, level="INFO", console=not args.quiet)
    sdk.install_excepthook()
    log.info("shop starting")
    log.warning("login retry for %s with password=%s", "u-1", "hunter2")

    store = OrderStore()
    for order_id, user, sku, quantity, card in REQUESTS:
        with sdk.context(request_id=f"req-{order_id}-{user}", user_id=user):
            status = place_order(store, order_id, sku, quantity, card)
            log.info("request for %s finished: %s", order_id, status)

    with sdk.context(request_id="req-receipts", user_id="u-1"):
        worker = threading.Thread(target=sdk.bind_context(send_receipt), args=("ord-1",))
        worker.start()
        worker.join()

    asyncio.run(nightly_jobs())

    if args.crash:
        with sdk.context(phase="startup-check"):
            raise sdk.ConfigurationError(
                "PAYMENT_GATEWAY_URL is not set", code="config_missing", setting="gateway_url"
            )
    log.info("shop done")
    return 0


if __name__ == "__main__":
    sys.exit(main())
