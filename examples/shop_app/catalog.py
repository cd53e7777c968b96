"""The product catalog: looking up a product raises NotFoundError for an unknown SKU."""

from __future__ import annotations

from dataclasses import dataclass

from errctl.sdk import NotFoundError


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price_cents: int
    stock: int


PRODUCTS = {
    "sku-100": Product("sku-100", "teapot", 2500, 10),
    "sku-200": Product("sku-200", "kettle", 4900, 3),
}


def get_product(sku: str) -> Product:
    product = PRODUCTS.get(sku)
    if product is None:
        # The SKU goes in the context, not the message: every unknown SKU is one problem.
        raise NotFoundError("unknown product", code="sku_not_found", sku=sku)
    return product
