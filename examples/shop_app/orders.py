"""Placing an order: validation, catalog, storage and payment, each failure logged once with
the request's context by `capture`, or by hand where the caller wants a status back."""

from __future__ import annotations

import logging

from errctl.sdk import ExternalServiceError, ValidationError, capture
from examples.shop_app.catalog import get_product
from examples.shop_app.payments import charge
from examples.shop_app.storage import OrderStore

log = logging.getLogger(__name__)


def validate(quantity: int) -> None:
    if quantity <= 0:
        raise ValidationError("quantity must be positive", code="bad_quantity", quantity=quantity)


@capture(message="order rejected", default="rejected")
def place_order(store: OrderStore, order_id: str, sku: str, quantity: int, card: str) -> str:
    validate(quantity)
    product = get_product(sku)
    with capture(message="could not save order", stage="storage"):
        store.save(order_id, sku, quantity)
    try:
        charge(order_id, product.price_cents * quantity, card)
    except ExternalServiceError:
        # Logged here, with a template of our own, and turned into a status for the caller.
        log.exception("payment failed for order %s", order_id)
        return "payment_failed"
    log.info("order %s placed: %d x %s", order_id, quantity, sku)
    return "placed"
