"""Alerting: rules, state, routes, receivers, signed delivery with retry and an outbox.

For other services, `send_message(settings, store, receiver_name, title, markdown_text,
*, transport=None) -> DeliveryResult` posts a message through a configured receiver by the
same signing, retry and outbox path as alerts (see errctl.alert.run). Names are loaded on
first use so that importing one module here does not pull in the network client.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DeliveryResult", "run_alerts", "send_message"]


def __getattr__(name: str) -> Any:
    if name in ("send_message", "run_alerts"):
        from errctl.alert import run

        return getattr(run, name)
    if name == "DeliveryResult":
        from errctl.alert.delivery import DeliveryResult

        return DeliveryResult
    raise AttributeError(name)
