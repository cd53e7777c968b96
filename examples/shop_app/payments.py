"""The payment gateway client: a timeout becomes an ExternalServiceError with the timeout as
its cause, and a declined card carries the card number and API key, which the SDK scrubs."""

from __future__ import annotations

from errctl.sdk import ExternalServiceError

GATEWAY_TIMEOUT_ORDERS = {"ord-2", "ord-5"}


def _post(path: str, payload: dict[str, object]) -> dict[str, object]:
    if payload["order_id"] in GATEWAY_TIMEOUT_ORDERS:
        raise TimeoutError(f"POST {path} timed out after 5.0s")
    if str(payload["card"]).startswith("4000"):
        # What a careless gateway client puts in its error: the card and the key.
        raise ExternalServiceError(
            f"card {payload['card']} declined (api_key={payload['api_key']})",
            code="card_declined",
            severity="medium",
        )
    return {"status": "paid"}


def charge(order_id: str, amount_cents: int, card: str) -> dict[str, object]:
    payload = {
        "order_id": order_id,
        "amount": amount_cents,
        "card": card,
        "api_key": "sk_live_51HxExampleKey",
    }
    try:
        return _post("/v1/charges", payload)
    except TimeoutError as e:
        raise ExternalServiceError(
            "payment gateway timed out", code="gateway_timeout", gateway="acme-pay"
        ) from e
