"""Generated orders: the draws of order *i* and the body built from them, the same every time for a seed.

Orders are not all held in memory: each order's random draws come from its
own seeded generator, so the body of order *i* can be rebuilt on demand and
100,000 orders cost only a compact summary each. The bodies carry the odd
shapes real ones do: booleans as 0/1 and true/false, objects as
``{}``/``[]``/null, dates in several formats, some amounts as strings.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from . import catalog
from .values import iso, ulid


class Seeded(Protocol):
    """What orders are drawn from: the seed and the fixed parts of one demo world (:class:`~.data.DemoData`)."""

    seed: int
    order_count: int
    anchor: datetime
    company_id: str
    shop_id: str
    warehouse_id: str
    users: list[dict[str, Any]]
    treasury_accounts: list[dict[str, Any]]
    payment_methods: list[dict[str, Any]]
    products: list[dict[str, Any]]
    customers: list[dict[str, Any]]


@dataclass(slots=True)
class Plan:
    """The random draws that make up one order (its body is built from these)."""

    index: int
    id: str
    reference: str
    created: datetime
    updated: datetime
    customer: int
    lines: tuple[tuple[int, int, int], ...]  # product, variant, quantity
    shipping_fee: int
    shipping_status: str
    billing_status: str
    source: str
    mode: str
    method: int
    quirks: int  # bit flags choosing the odd shapes of this body


def draw_plan(world: Seeded, index: int) -> Plan:
    """The draws of order ``index`` (0-based); the same every time for a seed."""
    rng = random.Random(world.seed * 1_000_003 + index)
    span = timedelta(days=365).total_seconds()
    step = span / max(1, world.order_count)
    created = world.anchor - timedelta(days=365) + timedelta(seconds=index * step + rng.random() * step * 0.9)
    shipping_status = rng.choices(catalog.SHIPPING_STATUSES, weights=(35, 20, 40, 5))[0]
    billing_status = rng.choices(catalog.BILLING_STATUSES, weights=(30, 40, 10, 12, 8))[0]
    age = (world.anchor - created).total_seconds()
    updated = created + timedelta(seconds=rng.random() * min(age, 20 * 86400))
    lines: list[tuple[int, int, int]] = []
    for _ in range(rng.choices((1, 2, 3, 4), weights=(45, 30, 17, 8))[0]):
        product = rng.randrange(len(world.products))
        variant = rng.randrange(len(world.products[product]["variants"]))
        if any(p == product and v == variant for p, v, _ in lines):
            continue
        lines.append((product, variant, rng.choices((1, 2, 3, 4, 5, 10), weights=(50, 25, 10, 6, 6, 3))[0]))
    return Plan(
        index=index,
        id=ulid(rng, created),
        reference=f"#ORDER_{1001 + index}",
        created=created,
        updated=updated,
        customer=rng.randrange(len(world.customers)),
        lines=tuple(lines),
        shipping_fee=rng.choice(catalog.SHIPPING_FEES),
        shipping_status=shipping_status,
        billing_status=billing_status,
        source=rng.choices(catalog.SOURCES, weights=catalog.SOURCE_WEIGHTS)[0],
        mode=rng.choices(("delivery", "pickup"), weights=(75, 25))[0],
        method=rng.randrange(len(world.payment_methods)),
        quirks=rng.getrandbits(16),
    )


def _address(world: Seeded, plan: Plan, kind: str, rng: random.Random) -> dict[str, Any]:
    customer = world.customers[plan.customer]
    city, region, quarters = catalog.CITIES[customer["city"]]
    boolean = (lambda v: bool(v)) if plan.quirks & 1 else (lambda v: int(v))
    billing = kind == "billing"
    return {
        "id": ulid(rng, plan.created),
        "addressable_id": plan.id,
        "addressable_type": "App\\Models\\Order",
        "label": None,
        "company": None,
        "company_id": world.company_id,
        "first_name": customer["first_name"] if billing or plan.quirks & 2 else None,
        "last_name": customer["last_name"] if billing or plan.quirks & 2 else None,
        "line1": f"{quarters[customer['quarter']]}, {catalog.STREETS[customer['street']]}",
        "line2": None,
        "city": city,
        "state": region,
        "postal_code": None,
        "country": "Cameroon",
        "phone": customer["phone"] if billing or plan.quirks & 4 else None,
        "email": customer["email"] if billing else None,
        "latitude": None,
        "longitude": None,
        "is_billing": boolean(billing),
        "is_shipping": boolean(not billing),
        "is_primary": boolean(True),
        "metadata": None if billing else ({"amount": 0} if plan.quirks & 8 else None),
        "created_at": iso(plan.created),
        "updated_at": iso(plan.created),
    }


def line_entries(
    world: Seeded, order_id: str, line_id: int, product: int, variant: int, quantity: int, price: Any, when: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The ``order_products[]`` entry and the ``products[]`` entry of one line."""
    prod = world.products[product]
    var = prod["variants"][variant]
    meta = {
        "cost_at_date": None,
        "delivered_quantity": 0,
        "item_title": prod["title"],
        "product_title": prod["title"],
        "product_media": "",
        "sales_user_id": world.users[0]["id"],
        "stock_warehouse_to_remove": [],
        "taxes": [],
        "variant_image": None,
        "variant_sku": var["sku"],
        "variant_title": var["title"],
    }
    order_product = {
        "id": line_id,
        "order_id": order_id,
        "product_id": prod["id"],
        "variant_id": var["id"],
        "service_id": None,
        "price": price,
        "quantity": quantity,
        "metadata": meta,
        "created_at": when,
        "updated_at": when,
    }
    product_entry = {
        key: prod[key]
        for key in (
            "id",
            "title",
            "handle",
            "type",
            "vendor",
            "content",
            "company_id",
            "is_shippable",
            "is_taxable",
            "published",
            "medias",
            "tags",
            "taxes",
            "discounts",
            "professionals",
            "metadata",
            "supplier_id",
            "deleted_at",
            "created_at",
            "updated_at",
        )
    }
    product_entry["service"] = None
    product_entry["pivot"] = {**{k: v for k, v in order_product.items() if k not in ("created_at", "updated_at")}}
    product_entry["pivot"]["metadata"] = dict(meta)
    product_entry["pivot"]["variant"] = {k: v for k, v in var.items()}
    return order_product, product_entry


def build_order(world: Seeded, plan: Plan) -> dict[str, Any]:
    """The list-shaped body of one order (what ``GET /orders`` returns for it)."""
    rng = random.Random(world.seed * 7_919 + plan.index)
    created, updated = iso(plan.created), iso(plan.updated)
    customer = world.customers[plan.customer]
    order_products, products = [], []
    subtotal = 0
    for n, (product, variant, quantity) in enumerate(plan.lines):
        price = world.products[product]["variants"][variant]["price"]
        subtotal += price * quantity
        op, pe = line_entries(world, plan.id, 1000 + plan.index * 8 + n, product, variant, quantity, price, created)
        order_products.append(op)
        products.append(pe)
    shipping_fee = plan.shipping_fee if plan.mode == "delivery" else 0
    amount = subtotal + shipping_fee
    paid = {"paid": amount, "partially_paid": amount // 2}.get(plan.billing_status, 0)
    billing_address = _address(world, plan, "billing", rng)
    shipping_address = _address(world, plan, "shipping", rng)
    method = world.payment_methods[plan.method]
    account = world.treasury_accounts[plan.method]
    scheduled = plan.created + timedelta(days=2)
    money: Any = (lambda v: str(v)) if plan.quirks & 16 and plan.quirks & 32 else (lambda v: v)
    invoices = []
    if plan.billing_status in ("paid", "partially_paid"):
        invoices.append(
            {
                "id": ulid(rng, plan.updated),
                "reference": f"#INV_{1001 + plan.index}",
                "amount": paid,
                "currency_code": "XAF",
                "is_deposit": plan.billing_status == "partially_paid",
                "is_final": plan.billing_status == "paid",
                "status": "paid",
                "order_id": plan.id,
                "medias": [],
                "metadata": None,
                "created_at": updated,
                "updated_at": updated,
            }
        )
    deliveries = []
    if plan.shipping_status in ("delivered", "partial_delivery"):
        deliveries.append(
            {
                "id": ulid(rng, plan.updated),
                "order_id": plan.id,
                "address_id": shipping_address["id"],
                "status": plan.shipping_status,
                "mode": None,
                "tracking_number": f"#DLV_{1001 + plan.index}",
                "tracking_url": None,
                "scheduled_at": iso(scheduled),
                "starts_at": None,
                "ends_at": updated,
                "metadata": {"auto_created": True},
                "created_at": updated,
                "updated_at": updated,
            }
        )
    payments = []
    if paid:
        payments.append(
            {
                "id": ulid(rng, plan.updated),
                "user_id": world.users[0]["id"],
                "treasury_account_id": account["id"],
                "type": "inbound",
                "status": "paid",
                "amount": paid,
                "currency_code": "XAF",
                "method": method["processor"],
                "reference": f"#PAY_{1001 + plan.index}",
                "paid_at": updated[:10],
                "due_date": updated[:10],
                "metadata": None,
                "created_at": updated,
                "updated_at": updated,
                "deleted_at": None,
            }
        )
    empty_meta: Any = ({}, [], None, {"matchingMediaIds": []})[plan.quirks >> 6 & 3]
    return {
        "id": plan.id,
        "reference": plan.reference,
        "status": "pending",
        "state": 1 if plan.billing_status in ("paid", "partially_paid") else 3,
        "source": plan.source,
        "revenue_type": "PRODUCTS",
        "currency": "XAF",
        "amount": money(amount),
        "amount_due": money(amount - paid),
        "company_id": world.company_id,
        "shop_id": world.shop_id,
        "user_id": world.users[0]["id"],
        "customer_id": customer["id"],
        "customer": {
            "id": customer["id"],
            "first_name": customer["first_name"],
            "last_name": customer["last_name"],
            "email": customer["email"],
            "phone": customer["phone"],
            "type": "individual",
            "company_name": None,
        },
        "customer_orders_count": 1 + plan.index % 7,
        "addresses": [billing_address, shipping_address],
        "billing": {
            "address": billing_address,
            "address_id": billing_address["id"],
            "status": plan.billing_status,
            "method": method["processor"] if plan.quirks & 128 else account["id"],
            "treasury_account_id": account["id"],
            "treasury_account_label": account["label"],
            "treasury_account": account,
            "scheduled_at": scheduled.strftime("%d/%m/%Y"),
            "amount": paid,
            "discount": 0,
            "line_discounts_total": 0,
            "order_discounts_total": 0,
            "shipping": shipping_fee,
            "subtotal": subtotal,
            "out_of_tax_total": amount,
            "sum_positive_taxes": 0,
            "sum_negative_taxes": 0,
            "net_to_pay": amount,
            "total": amount,
        },
        "shipping": {
            "address": shipping_address,
            "address_id": shipping_address["id"],
            "status": plan.shipping_status,
            "mode": plan.mode,
            "amount": shipping_fee,
            "scheduled_at": scheduled.strftime("%Y-%m-%d"),
        },
        "order_products": order_products,
        "products": products,
        "deliveries": deliveries,
        "delivery": None,
        "invoices": invoices,
        "invoices_count": len(invoices),
        "payments": payments,
        "bills": [],
        "returns": [],
        "returns_count": 0,
        "discounts": [],
        "taxes": [],
        "subscriptions": [],
        "medias": [],
        "private_medias": [],
        "custom_fields": [],
        "metadata": empty_meta,
        "calendar_event_id": None,
        "pickup_location": None,
        "pickup_location_id": None if plan.mode == "delivery" else world.warehouse_id,
        "shipping_fee": None,
        "shipping_fee_id": None,
        "signature": None,
        "credit_code": "701",
        "debit_code": "4111",
        "due_at": None,
        "expires_at": None,
        "deleted_at": None,
        "created_at": created,
        "updated_at": updated,
    }
