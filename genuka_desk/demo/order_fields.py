"""An order body's documented vocabulary (06-orders-sales.md): statuses, modes, which keys a PUT reads.

Plain constants, shared by the rooms that read, change, log and create
orders.
"""

from __future__ import annotations

import re

SHIPPING_STATUSES = ("pending", "taken_in_charge", "delivered", "partial_delivery")
BILLING_STATUSES = ("pending", "paid", "partially_paid", "unpaid", "canceled")
SHIPPING_MODES = ("delivery", "pickup")
# Keys a PUT body cannot change: the server owns them.
READ_ONLY = frozenset(
    {
        "id",
        "reference",
        "created_at",
        "updated_at",
        "amount",
        "amount_due",
        "company",
        "company_id",
        "shop",
        "user",
        "order_products",
        "products",
        "addresses",
        "invoices",
        "invoices_count",
        "deliveries",
        "customer_orders_count",
        "returns",
        "returns_count",
        "deleted_at",
    }
)
# Top-level keys PUT /orders/{id} reads as plain values (06-orders-sales.md); the others have effects.
ORDER_INPUTS = frozenset(
    {
        "source",
        "currency",
        "state",
        "revenue_type",
        "due_at",
        "created_at",
        "credit_code",
        "debit_code",
        "shipping_fee_id",
        "pickup_location_id",
        "shop_id",
    }
)
BILLING_COMPUTED = frozenset(
    {
        "subtotal",
        "total",
        "net_to_pay",
        "out_of_tax_total",
        "shipping",
        "amount",
        "treasury_account",
        "treasury_account_label",
        "address",
        "address_id",
    }
)
ADDRESS_KEYS = (
    "first_name",
    "last_name",
    "line1",
    "line2",
    "city",
    "state",
    "postal_code",
    "country",
    "phone",
    "email",
)
# The paths an order's history follows (a change to one is logged with its old and new value).
TRACKED = (
    "shipping.status",
    "billing.status",
    "billing.method",
    "billing.treasury_account_id",
    "billing.scheduled_at",
    "shipping.mode",
    "shipping.amount",
    "shipping.scheduled_at",
    *(f"{side}.address.{key}" for side in ("billing", "shipping") for key in ADDRESS_KEYS),
)
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
